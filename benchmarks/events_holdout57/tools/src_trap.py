"""Authoring source of benchmarks/events_holdout57 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout57-022), a French extract of the minutes of a
neighbourhood association's general meeting ("extrait de procès-verbal
d'assemblée d'une association de quartier") in Le Locle, Switzerland, with
no security event: "véritable bombe", "torpillé", "explosent", "l'explosion
des loyers", "attaque en règle", "victimes de la spéculation", a
« kamikaze » descent on a scooter "sans faire de blessé", "pris en otage par
les chiffres", "a arrêté de le financer", "pétards", a children's walk
planned for the spring, and a pétanque stand of friends from Porrentruy
that recalls the first cluster. It has no gold event. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout57")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout57-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T10:00:00Z",
"Association de quartier du Crêt-Vaillant : extrait du procès-verbal de l'assemblée générale",
"""
ASSOCIATION DE QUARTIER DU CRÊT-VAILLANT, LE LOCLE - EXTRAIT DU PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE ORDINAIRE du jeudi 3 décembre 2026, 19 h 30, salle de paroisse.

Présents : 46 membres ; excusés : 9. Présidence : Mme Ariane Jeanneret. Procès-verbal : M. Luc Perrenoud, secrétaire-caissier.

1. Rapport de la présidente. Mme Jeanneret qualifie l'année de « véritable bombe » : la fête de rue de juin a attiré 2 300 visiteurs, un record, et le stand de pétanque tenu par nos amis de Porrentruy a fait un carton. Elle rappelle que le projet de parking souterrain, « torpillé » en mars par le Conseil communal, n'est pas enterré.

2. Comptes 2026. Le caissier présente des comptes qui « explosent » enfin : recettes 18 450 francs, dépenses 16 980 francs. Les comptes sont approuvés par 44 voix et 2 abstentions.

3. Loyers. Plusieurs membres dénoncent « l'explosion des loyers » dans les immeubles rénovés de la rue (plus 18 % en deux ans). M. Robert Vuille parle d'une « attaque en règle contre les anciens locataires » et des « victimes de la spéculation ».

4. Sécurité routière. Après la descente « kamikaze » d'un livreur à trottinette qui a dévalé la rue à contresens en octobre, sans faire de blessé, le comité demande une zone de rencontre à 20 km/h. Une pétition a recueilli 312 signatures. Une marche des enfants jusqu'à l'école sera organisée au printemps.

5. Élections. Mme Jeanneret est réélue par acclamation. M. Perrenoud, qui se dit « pris en otage par les chiffres depuis douze ans », cède la caisse à Mme Sylvie Dubois, 38 ans, et reste secrétaire.

6. Divers. La soirée raclette du samedi 23 janvier coûtera 25 francs (12 francs pour les moins de 12 ans). Le feu d'artifice du 1er août ayant brûlé une haie, le comité a arrêté de le financer ; une fête sans pétards est à l'étude.

La séance est levée à 21 h 50.

Pour extrait conforme, Le Locle, le lundi 7 décembre 2026.
"""))
# No gold event: every violent word is figurative, the scooter's descent
# hurt nobody and is no security event, the children's walk is planned, and
# the burnt hedge is an accident of fireworks.
