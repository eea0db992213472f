"""Authoring source of benchmarks/events_holdout37 (see its README): the trap
article (holdout37-022), a French board-game review ("critique de jeu de
société") of an invented game about defusing a bomb, full of violent
vocabulary ("bombe", "explosion", "carte Kamikaze", "Revendication",
"double détonation", "carnage", "morts", "blessés", "arrêté", "Otages") and
numbers, with no security event. It has no gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout37")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout37-022
ARTICLES.append(A(22, "fr", "article", "2026-12-05T09:00:00Z",
"Jeux de société : « Compte à rebours », la bombe ludique de l'hiver",
"""
C'est le jeu qui a fait exploser les ventes au dernier salon ludique de Namur. « Compte à rebours », des éditions Minuit Pile, met de deux à six joueurs dans la peau de démineurs chargés de neutraliser une bombe avant que le sablier de 90 secondes ne s'écoule.

Le principe est simple : chaque joueur reçoit six fils de couleur et doit deviner lesquels couper. Un mauvais choix, et c'est l'explosion : le joueur est « éliminé » et passe son tour. Une carte « Kamikaze » permet de se sacrifier pour faire sauter toute la table ; une autre, « Revendication », oblige un adversaire à dévoiler ses fils. Les plus stratèges tenteront la « double détonation », qui fait perdre deux vies à chacun de leurs voisins.

Lors de notre partie de test, à cinq, le carnage a été total : trois « morts » dès le premier tour, deux « blessés », qui perdent une carte, et un joueur « arrêté » par la carte Inspecteur, qui l'envoie en « prison » pendant deux tours. Notre benjamin, 10 ans, a remporté les trois parties en 47 minutes au total, et il revendique déjà une revanche.

Le matériel est soigné : 120 cartes, 36 fils en silicone, un détonateur en plastique qui s'allume et bipe, et un livret de règles de 16 pages. On regrettera un prix élevé, 34,90 euros, et une boîte un peu grande pour les étagères.

L'auteur, Mathieu Van den Berghe, un ancien ingénieur de 44 ans, dit s'être inspiré des films d'action des années 1990, « ceux où le héros hésite toujours entre le fil rouge et le fil bleu ». Il a vendu 18 000 exemplaires en six semaines et prépare une extension, « Otages », annoncée pour mars 2027.

Âge : dès 10 ans. Durée d'une partie : 15 à 20 minutes. Notre note : 4,5 sur 5. En vente dans les boutiques spécialisées ; service clients au +32 81 22 44 66, du lundi au vendredi.
"""))
