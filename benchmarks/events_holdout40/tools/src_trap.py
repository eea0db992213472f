"""Authoring source of benchmarks/events_holdout40 (see its README): the trap
article (holdout40-022), a French port authority notice to mariners ("avis
urgent aux navigateurs") from an invented harbour master's office in Bastia,
Corsica, announcing a fireworks display, a historical re-enactment of a
corsair attack with blank cannon fire and a regatta, full of violent and
security vocabulary ("tirs", "bombes", "explosions", "détonations",
"attaque", "assaut", "zone d'exclusion", "kamikaze", "la police maritime",
"interpellation", "victimes", "saisie") and numbers, with a Maltese tall ship
and a Cypriot crew that recall two of the clusters' countries. It has no
gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout40")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout40-022
ARTICLES.append(A(22, "fr", "article", "2026-07-10T08:00:00Z",
"Bastia : restrictions de navigation pour les fêtes du 14 juillet",
"""
AVIS URGENT AUX NAVIGATEURS N° 2026/147. Capitainerie du port de Bastia. Objet : feu d'artifice, reconstitution historique et régate des 13 et 14 juillet 2026.

1. RECONSTITUTION. Le lundi 13 juillet, de 21 heures à 22 h 15, le trois-mâts maltais Santa Marija et deux goélettes reconstitueront une attaque imaginaire du Vieux-Port par des corsaires, tirée d'un roman pour la jeunesse. L'assaut sera mené par 40 figurants en costume ; les tirs de canons à blanc provoqueront de fortes détonations, audibles jusqu'à 3 km. Aucune munition réelle n'est embarquée. L'équipage de la seconde goélette vient d'un club de voile de Limassol.

2. FEU D'ARTIFICE. Le mardi 14 juillet, à 22 h 30, 1,2 tonne de pyrotechnie sera tirée depuis la jetée du Dragon, dont 600 bombes de calibre 75 à 150 mm. La durée du tir est de 25 minutes. Les explosions en altitude peuvent projeter des débris incandescents jusqu'à 300 mètres de la jetée.

3. ZONE D'EXCLUSION. Une zone d'exclusion d'un rayon de 400 mètres autour du point 42° 42,0' N, 9° 27,3' E est interdite à toute navigation de 21 heures à 23 h 30 les deux soirs. Elle est balisée par six bouées jaunes à feu clignotant.

4. RÉGATE. La régate « Kamikaze Cup » des dériveurs, 62 bateaux inscrits, partira le 14 juillet à 14 heures. Parcours de 8 milles au nord de la zone.

5. CONTRÔLES. La police maritime et les moyens nautiques de la gendarmerie patrouilleront avec trois vedettes. Tout navire entrant dans la zone fera l'objet d'une interpellation par VHF puis d'un procès-verbal ; l'amende peut atteindre 1 500 euros, avec saisie éventuelle du matériel de pêche. L'an dernier, 17 plaisanciers avaient été verbalisés.

6. SÉCURITÉ. Deux bateaux de la SNSM seront en alerte. Les secouristes rappellent qu'aucune victime n'a jamais été à déplorer lors de ce spectacle, créé en 1986.

7. CONTACT. Veille permanente sur le canal 16 de la VHF, dégagement sur le canal 12. Capitainerie : 04 95 10 26 14, de 7 heures à 21 heures. Houle attendue de 0,5 à 1 mètre, vent d'ouest force 3.
"""))
GOLD += []
