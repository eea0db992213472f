"""Authoring source of benchmarks/events_holdout54 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout54-022), a French municipal swimming pool's timetable
change ("modification des horaires de la piscine") with no security event:
a decree ("arrêté municipal"), an "explosion" of gas prices, a cannonball
contest ("concours de bombes"), a water-polo rout ("écrasé", "démolition",
"attaquant", "expulsés"), a twin-town exchange with Namangan (the third
cluster's town) and many numbers. It has no gold event. Published Monday 9
November 2026 (France is UTC+1 then; 09:00 UTC is 10:00 local)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout54")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout54-022
ARTICLES.append(A(22, "fr", "article", "2026-11-09T09:00:00Z",
"Piscine des Cordeliers : de nouveaux horaires à partir du 16 novembre",
"""
VILLE D'ANNONAY - PISCINE MUNICIPALE DES CORDELIERS. Modification des horaires à compter du lundi 16 novembre 2026. Avis publié le lundi 9 novembre 2026.

VIDANGE. Conformément à l'arrêté municipal n° 2026-418, le grand bassin (25 mètres, 6 couloirs) est fermé du 9 au 15 novembre pour sa vidange annuelle. Le petit bassin reste ouvert aux écoles.

NOUVEAUX HORAIRES (période scolaire) :
- lundi : 12 h - 13 h 45 et 17 h - 20 h ;
- mardi : 7 h 30 - 9 h (nageurs confirmés) et 12 h - 13 h 45 ;
- mercredi : 10 h - 18 h 30 ;
- jeudi : nocturne jusqu'à 21 h 30 ;
- vendredi : 12 h - 13 h 45 et 17 h - 19 h ;
- samedi : 9 h - 12 h et 14 h - 18 h ;
- dimanche : 9 h - 12 h 30.

POURQUOI CE CHANGEMENT ? L'explosion du prix du gaz (+ 38 % en deux ans) nous oblige à fermer plus tôt le dimanche. La température de l'eau passe de 28 à 27 degrés.

ANIMATIONS. Le concours de bombes des 8-12 ans revient le samedi 28 novembre à 15 heures : le jury notera la hauteur des gerbes. L'aquagym « spécial seniors » passe au mercredi à 10 h 15 (20 places).

WATER-POLO. Bravo à notre équipe première, qui a écrasé Montélimar 14 à 3 samedi dernier : une véritable démolition, avec quatre buts de son attaquant vedette, Yanis, 19 ans. Les trois joueurs expulsés en fin de match seront suspendus pour une rencontre.

JUMELAGE. Les douze jeunes nageurs de Namangan (Ouzbékistan), accueillis en juin dans le cadre de l'échange entre nos clubs, nous invitent à leur tour en avril 2027. Réunion d'information le jeudi 3 décembre à 18 heures.

TARIFS 2027. Entrée adulte : 4,20 euros ; enfant : 2,60 euros ; carte de 10 entrées : 36 euros.

Renseignements : 04 75 33 12 80, accueil ouvert de 8 h 30 à 18 heures.
"""))
