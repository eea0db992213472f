"""Authoring source of benchmarks/events_holdout41 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout41-022), a French press release of a tourist office
("communiqué de l'office du tourisme") on a video-game tournament in
Luxembourg, with the vocabulary of bombings, claims, arrests and tolls and
players from the four clusters' towns, but no security event: no gold
entry. Luxembourg is UTC+1 in December; published Monday 7 December 2026
at 10:00 UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout41")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout41-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T10:00:00Z",
"Luxembourg Gaming Cup : 41 000 visiteurs et une finale explosive",
"""
OFFICE DU TOURISME DE LA VILLE DE LUXEMBOURG - COMMUNIQUÉ. Luxembourg, le lundi 7 décembre 2026.

La quatrième édition de la Luxembourg Gaming Cup, du jeudi 3 au dimanche 6 décembre au centre de congrès du Kirchberg, a battu tous ses records : 41 000 visiteurs, dont 38 % de frontaliers, et 2 600 nuitées d'hôtel, 24 % de plus qu'en 2025.

Sur la grande scène, la finale de Counter-Strike 2 a opposé dimanche soir les Roumains de Carpați Five aux Vietnamiens de Sông Hương Esports devant 3 200 spectateurs. Menés 9 à 4, les Vietnamiens ont renversé la partie grâce à une attaque kamikaze de leur capitaine, Minh « Tiger » Pham, 19 ans, parti seul vers le site B. Dans la dernière manche, les « terroristes » ont posé la bombe à 14 secondes de la fin : explosion de joie dans la salle. Bilan de la soirée : un double kill décisif du sniper géorgien Levan Beridze, originaire de Koutaïssi, élu joueur du tournoi, et un massacre de 13 à 11 au score final.

« On a tout fait sauter, c'était un carnage », résumait le capitaine, qui revendique déjà une place au mondial de Shanghai. Les Rwandais de Volcano Gaming, venus de Musanze, ont perdu en quart de finale une prolongation de 47 minutes que l'arbitre a dû arrêter deux fois.

Le tournoi d'échecs rapides a lui aussi fait des victimes : le champion sortant, le Luxembourgeois Tom Weber, 24 ans, a été éliminé dès le premier tour par une joueuse de Brașov âgée de 16 ans, Ioana Pop. Deux joueurs ont été disqualifiés pour avoir utilisé un logiciel de triche.

La dotation totale atteignait 120 000 euros, dont 50 000 pour les vainqueurs. Les 180 bénévoles ont servi 9 400 repas et distribué 12 000 bouteilles d'eau.

La cinquième édition aura lieu du 2 au 5 décembre 2027. Billetterie dès le 1er mars, à 35 euros la journée (25 euros pour les moins de 18 ans). Renseignements : +352 26 47 81 30, du lundi au samedi de 9 heures à 18 heures.
"""))
# No gold event: a game's "attaque kamikaze", "terroristes", "bombe",
# "explosion", "double kill", "massacre", "carnage", "revendique", "arrêter",
# "victimes", "éliminé" and "disqualifiés" are a tournament's words; nobody is
# killed, hurt or arrested. Numbers: "41 000", "38 %", "2 600 nuitées",
# "24 %", "2025", "3 200 spectateurs", "9 à 4", "19 ans", "14 secondes",
# "13 à 11", "47 minutes", "deux fois", "24 ans", "16 ans", "Deux joueurs",
# "120 000 euros", "50 000", "180 bénévoles", "9 400 repas", "12 000
# bouteilles", "2 au 5 décembre 2027", "1er mars", "35 euros", "25 euros",
# "18 ans", the phone number, "9 heures à 18 heures".
