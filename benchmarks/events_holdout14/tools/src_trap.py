"""Authoring source of benchmarks/events_holdout14 (see its README): the
trap article with no security event (holdout14-022), a French football match
report full of violent vocabulary, with invented clubs, an invented town and
many numbers. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout14")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout14-022
ARTICLES.append(A(22, "fr", "article", "2026-10-12T21:30:00Z",
"Football : la double frappe « kamikaze » de Valcourt fait exploser Sainte-Odile",
"""
Il y aurait eu de quoi écrire un roman noir. Dimanche après-midi, au stade des Tilleuls, l'Union sportive de Valcourt a littéralement pulvérisé le FC Sainte-Odile (4-0) lors de la 9e journée de Régionale 1, grâce notamment à une double frappe de son attaquant Yanis Berrada, surnommé « le kamikaze » pour sa manie de plonger tête la première dans les défenses adverses.

Le bilan s'élève à deux buts en quatre minutes : à la 23e, Berrada a fait exploser la lucarne d'une frappe de 25 mètres ; à la 27e, il a achevé un gardien déjà à terre d'une reprise de volée. « Un double attentat contre le football », a plaisanté en conférence de presse l'entraîneur visiteur, qui a revendiqué la responsabilité de la défaite : « C'est moi qui ai aligné trois défenseurs, c'est moi qu'il faut arrêter. »

Sainte-Odile, déjà décimée par les blessures (on dénombre sept blessés dans l'effectif, dont trois pour plusieurs mois), a sombré en seconde période. Un carton rouge à la 58e minute, deux buts encaissés sur des contre-attaques meurtrières, et une tribune visiteurs qui a fini par se vider avant le coup de sifflet final.

Dans les tribunes, l'ambiance est restée bon enfant malgré l'enjeu. Environ 1 800 spectateurs, un record depuis 2019, avaient pris place au stade. Les stadiers n'ont procédé à aucune interpellation, et la buvette a écoulé quelque 600 sandwiches.

Avec ce succès, Valcourt compte désormais 21 points et s'installe en tête, avec trois longueurs d'avance sur son dauphin. Sainte-Odile, avant-dernier avec 6 points, recevra dimanche prochain le leader de l'autre poule. Son président, 67 ans, a promis « une purge » dans l'effectif et des renforts dès le mercato d'hiver, avec un budget de 40 000 euros.

Berrada, 24 ans, auteur de 11 buts en 9 matches, a savouré : « Je tire, ça explose, c'est tout. » Il a été élu homme du match par 62 % des votants sur le site du club.

Prochaine rencontre à domicile pour Valcourt le 25 octobre, à 15 heures. Billets à 8 euros, gratuit pour les moins de 12 ans.
"""))
