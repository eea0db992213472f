"""Authoring source of benchmarks/events_holdout53 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout53-022), the French monthly bulletin of a bridge club
in Jodoigne, Belgium ("bulletin d'un club de bridge"), with the vocabulary
of attacks, explosions, claims, tolls and sacrifices that the card game
uses ("le mort" is the dummy, "l'attaque" the opening lead, "la
revendication" a claim of the remaining tricks, "l'arrêt" a stopper,
"contrer" to double) and players from three of the clusters' towns, but no
security event: no gold entry. Belgium is UTC+1 in December; published
Monday 7 December 2026 at 10:00 UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout53")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout53-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T10:00:00Z",
"Bridge-Club jodoignois : un tournoi de la Saint-Nicolas record",
"""
BRIDGE-CLUB JODOIGNOIS - BULLETIN MENSUEL N° 112. Jodoigne, le lundi 7 décembre 2026.

LE MOT DU PRÉSIDENT. Quelle fin d'année ! Notre tournoi de la Saint-Nicolas, samedi, a réuni 56 paires sur 28 tables, un record depuis la fondation du club en 1978.

LES RÉSULTATS. Victoire de la paire nivelloise Anne Dufour - Michel Gérard avec 63,42 %, devant nos amis sénégalais Abdoulaye Diallo et Khady Sané, de passage en Belgique entre deux séjours à Kolda (61,15 %). Lucie Ondo, rentrée de Moanda pour les fêtes, remporte le trophée des débutantes. Notre doyenne, Mme Lambotte, 91 ans, termine cinquième : respect.

LA DONNE DU MOIS (donne 17). Sud joue 4 piques contrés. Ouest attaque du roi de cœur ; le déclarant laisse passer. Est, qui croit tenir l'arrêt à trèfle, se défausse d'un trèfle au troisième tour d'atout : erreur fatale. Le mort étale ses honneurs, le squeeze s'exécute tout seul et la défense explose. Sud abat son jeu et revendique les dix levées ; la revendication est acceptée sans discussion. Bilan : 790 points pour Nord-Sud.

À l'autre table, Ouest avait tenté un sacrifice kamikaze à 5 carreaux, contré, trois de chute : 500 points. Deux victimes d'un même barrage, en somme.

LE COIN DES DÉBUTANTS. Quand votre partenaire contre, ce n'est pas une attaque personnelle. Et avec 12 points d'honneur et une couleur sixième, on ne passe pas.

L'AGENDA.
- Mardi et jeudi à 13 h 45 : tournois de régularité (5 euros, 3 euros pour les moins de 25 ans).
- Samedi 19 décembre : tournoi de Noël, suivi d'un souper à 22 euros.
- Du 4 au 8 janvier : stage d'enchères avec Luc Moreau, 40 euros les cinq séances.
- Cotisation 2027 : 75 euros, à verser sur le compte BE41 0015 8230 9910 avant le 31 janvier.

CARNET. Bon rétablissement à Jacques, opéré de la hanche. Bienvenue à nos 9 nouveaux membres, qui portent le club à 187 affiliés.

Club ouvert du mardi au samedi de 13 heures à 18 heures, rue de la Station 12. Tél. : 010 81 22 64.
"""))
# No gold event: "contrés", "attaque", "l'arrêt", "erreur fatale", "Le mort",
# "la défense explose", "revendique", "la revendication", "Bilan",
# "sacrifice kamikaze", "trois de chute", "Deux victimes", "barrages" and
# "une attaque personnelle" are the card game's words; nobody is killed, hurt
# or arrested, and Kolda and Moanda are only where players live or travel.
# Numbers: "N° 112", "56 paires", "28 tables", "1978", "63,42 %", "61,15 %", "91 ans", "donne 17",
# "4 piques", "troisième tour", "dix levées", "790 points", "5 carreaux",
# "500 points", "12 points", "13 h 45", "5 euros", "3 euros", "25 ans",
# "19 décembre", "22 euros", "4 au 8 janvier", "40 euros", "cinq séances",
# "2027", "75 euros", "BE41 0015 8230 9910", "31 janvier", "9 nouveaux
# membres", "187 affiliés", "13 heures à 18 heures", "12", "010 81 22 64".
