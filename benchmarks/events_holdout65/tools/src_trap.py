"""Authoring source of benchmarks/events_holdout65 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap article (holdout65-022), a French cycling club's monthly
bulletin ("bulletin d'un club cycliste") with the season's review, full of
words of the clusters used in their sporting sense (« attaque kamikaze », «
faire exploser le peloton », « la bombe », « arrêtés », « revendique », «
bilan », « victimes », « manifestation », « dispersé », « mettre les gaz »)
and of numbers. It has no security event and no gold entry. Manitoba is UTC-6
in December: the publication time, 16:00 UTC, is 10:00 local, the same
date."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout65")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout65-022
ARTICLES.append(A(22, "fr", "article", "2026-12-01T16:00:00Z",
"Le Rayon, bulletin du Vélo-Club de Saint-Boniface, décembre 2026",
"""
VÉLO-CLUB DE SAINT-BONIFACE - LE RAYON, BULLETIN N° 112, DÉCEMBRE 2026. Envoyé aux membres le mardi 1er décembre.

LE BILAN DE LA SAISON. Quelle saison ! Nos coureurs ont signé 14 victoires, dont 6 chez les juniors, et 31 podiums en 22 courses. Le bilan kilométrique du club dépasse les 410 000 km.

LA COURSE DE L'ANNÉE. Au Grand Prix de la Rivière-Seine, le 23 août, tout s'est joué dans la dernière côte. À 12 km de l'arrivée, Mathieu Lagassé a lancé une attaque kamikaze qui a fait exploser le peloton : seuls quatre coureurs ont pu suivre. Dans la descente, une vraie bombe à 78 km/h, il a encore creusé l'écart. Il revendique aujourd'hui « la plus belle victoire de ma vie ». Le vent de face a fait beaucoup de victimes ce jour-là : 38 abandons sur 96 partants.

L'EMBUSCADE DU CRITÉRIUM. Au critérium de Lorette, nos trois juniors ont tendu une embuscade parfaite à l'équipe de Winnipeg, qui a mis les gaz trop tôt. Les commissaires ont dû arrêter la course deux fois à cause d'un train de marchandises au passage à niveau ; les coureurs arrêtés ont été regroupés, puis relancés avec leurs écarts.

LA MANIFESTATION DE L'AUTOMNE. Notre randonnée d'automne, la plus grande manifestation du club, a réuni 540 cyclistes le 4 octobre. Le groupe s'est dispersé au ravitaillement de Sainte-Agathe, au kilomètre 58, où nos bénévoles ont servi 1 200 crêpes.

L'HIVER. Les séances sur home-trainer reprennent le mardi et le jeudi à 18 h 30, au gymnase de l'école, salle 3 : 20 places, réservez sur le site. Sortie du dimanche maintenue jusqu'à -10 degrés.

LES CHIFFRES.
- Cotisation 2027 : 85 $ (40 $ pour les moins de 18 ans), avant le 31 janvier.
- Souper de Noël : samedi 12 décembre à 19 h, 35 $ par personne, 80 places.

LE MOT DU TRÉSORIER. Le club termine l'année avec 212 membres, un record depuis sa fondation en 1987.

Bonnes fêtes, et à vos pédales !
"""))
GOLD += [
]
