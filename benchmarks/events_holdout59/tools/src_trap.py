"""Authoring source of benchmarks/events_holdout59 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout59-023), a French boules club's monthly bulletin
("bulletin d'un club de boules lyonnaises") with no security event: sport
boules vocabulary that sounds like violence (« explosé », « un carreau
kamikaze », « fait sauter le but », « un massacre », « revendique », «
touchés », « victimes », « tir », « cibles », « ravages », « arrêté »,
« blessé »), players from Biskra, Bohicon, Tozeur and Batroun, whose names
recall the set's clusters, and many numbers. It has no gold event. France is
UTC+1 in December. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout59")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout59-023
ARTICLES.append(A(23, "fr", "article", "2026-12-07T09:00:00Z",
"Le Bouliste villeurbannais : le bulletin de décembre",
"""
AMICALE BOULISTE DE VILLEURBANNE - LE BULLETIN DE DÉCEMBRE. Villeurbanne, le lundi 7 décembre 2026.

Chers sociétaires,

Quel week-end ! Samedi, au boulodrome de la rue Léon-Blum, notre quadrette a littéralement explosé celle de Vénissieux en demi-finale du challenge de l'Avent : 13 à 2 en 1 h 45. Kevin, notre tireur, a réussi 9 tirs sur 11, dont un carreau kamikaze en fin de partie qui a fait sauter le but hors du cadre. « C'était un massacre », a reconnu en riant le capitaine adverse, qui revendique déjà une revanche au printemps.

En finale, dimanche, ce fut une autre histoire. Face à la Boule d'Oullins, nos joueurs ont été touchés au moral après une première mène ratée et ont sombré 8 à 13. Deux victimes de plus au classement : nous reculons à la 4e place du championnat départemental.

Notre doyen, Ahmed, 79 ans, originaire de Biskra, a été élu « pointeur de l'année » à l'unanimité des 64 votants. Il jouait déjà aux boules sous les palmiers des Ziban « avec une datte comme but ». Saluons aussi nos trois recrues : Rodrigue, de Bohicon, Amel, de Tozeur, et Charbel, de Batroun, qui fait déjà des ravages au tir rapide en double (42 cibles touchées en 5 minutes).

Blessé au poignet, Marcel a été arrêté trois semaines par son médecin. Il reviendra pour le concours du 9 janvier.

INFOS PRATIQUES
- Le concours de Noël (64 doublettes, 4 parties garanties) aura lieu le samedi 19 décembre à 13 h 30. Inscription : 12 euros par doublette.
- Le boulodrome sera fermé du 24 décembre au 2 janvier.
- La cotisation 2027 passe à 45 euros, licence comprise ; 20 euros pour les moins de 18 ans.
- La buvette a vendu 320 sandwichs en novembre : merci aux bénévoles !
- Huit jeux de boules de compétition de 900 grammes ont été commandés, pour 1 120 euros.

L'assemblée générale se tiendra le vendredi 15 janvier à 19 heures. Contact : 04 78 85 31 60.

Sportivement,

Le président, Jean-Claude Perrin
"""))
GOLD += []
