"""Authoring source of benchmarks/events_holdout47 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout47-022), a French race committee's bulletin of an
invented sailing regatta in Gustavia, Saint-Barthélemy ("bulletin du comité
de course"), with the vocabulary of attacks, explosions, claims, arrests,
tolls and marches, boats named after the clusters' towns, and two sailors
slightly hurt in a sailing accident, but no security event: no gold entry.
Saint-Barthélemy is UTC-4; published Sunday 8 March 2026 at 20:00 UTC
(16:00 local)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout47")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout47-022
ARTICLES.append(A(22, "fr", "article", "2026-03-08T20:00:00Z",
"Coupe des Alizés : une journée d'attaque sous les grains",
"""
COUPE DES ALIZÉS DE GUSTAVIA - BULLETIN DU COMITÉ DE COURSE N° 3. Saint-Barthélemy, dimanche 8 mars 2026, 16 heures.

Troisième journée sous le signe de l'attaque. Dès le coup de canon de 10 h 30, les 42 voiliers engagés ont été bombardés par des grains à plus de 30 nœuds entre le Pain de Sucre et l'île Fourchue. Le comité a dû arrêter la deuxième manche après 48 minutes et renvoyer la flotte au port.

Bilan de la journée : deux démâtages, trois abandons, une explosion de spinnaker à bord de « Kamikaze », le maxi guadeloupéen, et deux équipiers légèrement blessés au poignet par une écoute, soignés sur le quai par les sauveteurs en mer. Rien de grave, assure le médecin de course.

En tête du classement général, « Marigot Express » a frappé fort : un départ au ras de la bouée, une attaque dans le grain et une victoire avec 2 minutes 14 secondes d'avance. Son skipper, Jean-Luc Gréaux, 58 ans, revendique déjà le titre. « On a fait sauter la banque », riait-il au ponton. Derrière, « Fort-Louis » et « Tahiti Nui » se disputent la deuxième place à un point d'écart.

Deux bateaux ont été disqualifiés pour un départ anticipé et un troisième pénalisé de 20 % pour une voile non déclarée. Le jury a reçu quatre réclamations ; trois ont été rejetées. L'équipage de « Basse-Terre Racing », pris à partie par un concurrent, a renoncé à porter plainte.

Sur le quai, la parade des équipages, prévue samedi soir, a été déplacée sous les tentes du village de course, où 1 200 visiteurs ont dégusté 900 langoustes et 300 litres de ti-punch.

Programme de lundi : briefing à 8 h 30, deux manches côtières de 18 et 24 milles, remise des prix à 19 heures sur le quai du Général-de-Gaulle. Prévisions : vent d'est de 18 à 22 nœuds, mer de 2 mètres.

Inscriptions pour 2027 : 450 euros par bateau avant le 31 décembre, 600 euros ensuite. Contact presse : +590 590 27 70 41.
"""))
GOLD += []
