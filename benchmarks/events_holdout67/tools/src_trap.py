"""Authoring source of benchmarks/events_holdout67 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout67-022), a French handball club's email to its
members ("courriel d'un club de handball") after a derby, with the words of
attacks, bombs, executions, massacres, kamikazes, claims, arrests and
injuries used for sport, and no security event. It has no gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout67")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout67-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T08:00:00Z",
"HC Val-de-Ruz : le mot du comité après le derby",
"""
Objet : Derby, blessure de Samuel et loto de Noël. De : Handball-Club Val-de-Ruz, comité. Lundi 7 décembre 2026.

Chères et chers membres,

Quelle soirée ! Samedi, devant 450 spectateurs déchaînés à la salle de la Fontenelle, notre première équipe masculine a fait exploser la défense de Morges, 34 à 21, dans un véritable massacre. Dès la 3e minute, notre arrière droit Luca a envoyé une bombe de 9 mètres en pleine lucarne, et notre gardien a fait des ravages : 17 arrêts, dont deux jets de 7 mètres. Yanis, véritable kamikaze en contre-attaque, a marqué 9 buts. L'entraîneur adverse a parlé d'une « exécution ». Les maillots roses de nos visiteurs, eux, étaient un attentat contre le bon goût, selon notre président.

Le bilan n'est pas tout rose : notre pivot Samuel, 24 ans, blessé au genou à la 41e minute, a été évacué sur civière et sera opéré mardi à l'hôpital de Pourtalès. Trois joueurs de Morges ont été exclus pour deux minutes et un quatrième a reçu un carton rouge direct. L'arbitre a dû arrêter le match quatre minutes à cause d'une panne d'éclairage.

Nos dames ont elles aussi frappé fort : victoire 28 à 26 à Yverdon après une fin de match explosive. Leur capitaine, Inès, revendique déjà la première place, à égalité de points avec Bulle.

LOTO DE NOËL. Samedi 19 décembre à 19 h 30, salle de gymnastique de Cernier : 2 000 francs de lots, dont un vélo électrique et 40 paniers garnis. Carton à 5 francs, 25 francs les six. Nous cherchons encore 12 bénévoles pour la buvette : lors du dernier loto, nous avions vendu 1 200 saucisses et 600 litres de boissons.

PROCHAIN MATCH. Samedi 12 décembre à 18 heures, contre Kriens, leader invaincu : il faudra une attaque de feu et une défense de fer. Entrée 10 francs, gratuite pour les moins de 16 ans.

Sportivement, le comité. Renseignements : 079 555 31 08.
"""))
