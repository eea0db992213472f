"""Authoring source of benchmarks/events_holdout64 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout64-022), a French chimney sweep's booking notice
("avis de passage du ramoneur") in Haute-Savoie, with the vocabulary of
bombs, explosions, attacks, kamikazes, commandos, arrests and claims, and
an apprentice from Kousséri who recalls the Ngala cluster, but no security
event: no gold entry. France is UTC+1 in November; published Monday 2
November 2026 at 08:00 UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout64")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout64-022
ARTICLES.append(A(22, "fr", "article", "2026-11-02T08:00:00Z",
"Ramonage 2026-2027 : réservez avant les grands froids",
"""
RAMONAGE BERTHOLLET ET FILS - AVIS DE PASSAGE ET PRISE DE RENDEZ-VOUS. Thônes (Haute-Savoie), le lundi 2 novembre 2026.

Madame, Monsieur,

Comme chaque automne, notre équipe passera dans votre commune du lundi 16 au samedi 28 novembre pour le ramonage des conduits de cheminée, inserts, poêles à bois et à granulés et chaudières. Un arrêté préfectoral impose deux ramonages par an, dont un pendant la période de chauffe : sans certificat, votre assureur peut refuser de vous indemniser après un sinistre.

L'an dernier, la demande a littéralement explosé : 1 240 interventions en sept semaines, 38 % de plus qu'en 2024. Nous avons été victimes de notre succès. Cette année, notre petit commando de six ramoneurs, dont deux apprentis, Lucas, 17 ans, et Moussa, 19 ans, arrivé de Kousséri l'an dernier, attaquera les hameaux en premier, avant les premières neiges.

Un conduit encrassé est une véritable bombe à retardement : la suie et le bistre s'enflamment au-delà de 1 000 degrés. Chaque hiver, les pompiers de la vallée sont appelés pour des feux de cheminée, presque toujours dans des conduits négligés. Votre poêle fait entendre une détonation à l'allumage ? Appelez-nous.

Nos tarifs 2026-2027 (TTC, certificat compris) :
- cheminée ou insert : 75 euros ;
- poêle à granulés, avec nettoyage complet : 95 euros ;
- chaudière fioul ou bois : 110 euros ;
- supplément pour un toit de plus de 12 mètres ou un conduit de plus de 150 mm : 20 euros.

Pour le passage du hérisson, prévoyez un accès dégagé d'un mètre autour de l'appareil et protégez vos meubles. Ne jouez pas les kamikazes sur le toit pour vérifier votre chapeau de cheminée : nos ramoneurs sont harnachés et assurés.

Plusieurs clients nous ont interpellés sur la hausse de 5 euros : elle correspond au prix des brosses et du gazole. La profession revendique depuis 2023 une TVA réduite, sans succès.

Réservations : 04 50 32 18 77, du lundi au vendredi de 8 heures à 18 heures, ou par SMS au 06 71 24 90 13.

Hervé Berthollet, maître ramoneur.
"""))
# No gold event: "arrêté préfectoral" (a decree), "sinistre", "a littéralement
# explosé" (demand), "victimes de notre succès", "commando" (the team),
# "attaquera les hameaux", "bombe à retardement" (a clogged flue), "feux de
# cheminée", "détonation" (a stove's), "kamikazes" (on the roof),
# "interpellés" (customers who asked), "revendique" (the trade's demand) are
# a chimney sweep's words; nobody is killed, hurt or arrested. Numbers: "2
# novembre 2026", "16 au samedi 28 novembre", "deux ramonages par an",
# "1 240 interventions", "sept semaines", "38 %", "2024", "six ramoneurs",
# "17 ans", "19 ans", "1 000 degrés", "75 euros", "95 euros",
# "110 euros", "12 mètres", "150 mm", "20 euros", "un mètre", "5 euros",
# "2023", the phone numbers, "8 heures à 18 heures".
