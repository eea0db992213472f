"""Authoring source of benchmarks/events_holdout45 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout45-022), a French housing-market note ("note de
conjoncture immobilière") on the north of Luxembourg (Ettelbruck, Diekirch,
Wiltz, Schengen), published on Wednesday 11 February 2026, two months before
the Ettelbruck bombing and without any security event: an "explosion" of
prices, a market "frappé de plein fouet", "victimes", a "stratégie
kamikaze", promoters who "ont déposé les armes", building sites "à l'arrêt",
a "bombe à retardement", an "offensive" of rents, a "bilan" and many
numbers. It has no gold event. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout45")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout45-022
ARTICLES.append(A(22, "fr", "article", "2026-02-11T10:00:00Z",
"Immobilier dans le Nord : la note de conjoncture du quatrième trimestre",
"""
OBSERVATOIRE DE L'HABITAT DU NORD - NOTE DE CONJONCTURE IMMOBILIÈRE N° 4/2025. Nordstad (Ettelbruck, Diekirch) et canton de Wiltz. Publiée le mercredi 11 février 2026.

Le quatrième trimestre 2025 confirme nos prévisions : après l'explosion des prix entre 2015 et 2022, le marché du nord du pays a été frappé de plein fouet par la hausse des taux. Le bilan est lourd : 412 ventes d'appartements anciens, contre 731 un an plus tôt, soit un effondrement de 44 %.

Prix. Le mètre carré ancien s'établit à 6 180 euros à Ettelbruck (- 3,1 % sur un an) et à 5 940 euros à Diekirch (- 2,6 %). Dans le canton de Wiltz, il tombe à 4 870 euros. Les maisons de quatre chambres ont à leur tour été touchées : - 5,8 %.

Loyers. À l'inverse, les loyers poursuivent leur offensive : + 6,2 % en un an, et 28,40 euros le mètre carré pour un deux-pièces neuf. Pour un ménage au revenu médian, le loyer absorbe désormais 41 % du budget.

Les victimes. Les primo-accédants sont les premières victimes de ce retournement. Avec un taux moyen de 3,45 % sur 25 ans, un couple doit gagner 7 900 euros net par mois pour acheter un trois-pièces de 75 m². Trois dossiers de crédit sur dix ont été refusés.

Les promoteurs. Plusieurs promoteurs ont choisi une stratégie kamikaze : brader leurs lots de 20 % pour écouler leur stock. D'autres ont déposé les armes : 17 chantiers sont à l'arrêt, soit 640 logements bloqués. « C'est une bombe à retardement : quand la demande reviendra, il n'y aura plus rien à vendre », prévient l'économiste Carole Wagner.

Perspectives. Nous attendons une stabilisation au second semestre 2026, à condition que la Banque centrale européenne poursuive la baisse de ses taux directeurs, de 2,00 % aujourd'hui. La zone d'activités de Schengen et la future ligne de bus rapide Ettelbruck-Luxembourg, attendue pour 2029, devraient soutenir la demande.

Méthode : 1 296 actes notariés et 3 850 annonces analysés. Prochaine note : le 13 mai 2026. Contact : 26 81 47 20.
"""))
# No gold event: every violent word is a figure of speech about prices, rents
# and building sites, and nothing here happened to anyone's body.
