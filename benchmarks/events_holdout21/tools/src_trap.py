"""Authoring source of benchmarks/events_holdout21 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout21-021, French), a review of a regional cooking
contest full of violent vocabulary, with no security event. Its town, contest
and people are invented. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout21")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout21-021
ARTICLES.append(A(21, "fr", "article", "2026-11-08T09:00:00Z",
"Concours des Toques de Castelbrune : une explosion de saveurs et un carnage en cuisine",
"""
CASTELBRUNE - Il y a eu du sang, des larmes et beaucoup de beurre samedi soir sous la halle de Castelbrune, où la 14e édition du concours des Toques a tourné au carnage pour les favoris. Sur les douze candidats engagés, trois seulement ont survécu à la demi-finale.

Le grand vainqueur, Bastien Roucayrol, 31 ans, a frappé fort dès l'entrée avec une « bombe glacée » au piment d'Espelette qui a littéralement fait exploser le jury. « Un attentat contre la routine », a salué la présidente, la cheffe étoilée Mireille Aubadie. Le jeune cuisinier a revendiqué la victoire « au nom de tous les commis qui n'ont jamais droit à la parole ».

En face, la pâtissière Inès Carrel, surnommée « la kamikaze » pour ses prises de risque, a tenté un double soufflé qui s'est effondré sous les yeux des 300 spectateurs. « Deux charges, deux explosions, zéro survivant », a-t-elle plaisanté après coup, beau joueur.

Le bilan est lourd pour l'ego de certains : une dizaine de blessures d'amour-propre, un fouet brisé et un finaliste qui a pris en otage le micro de l'animateur pendant de longues minutes pour contester la note du jury. Aucun incident n'a été signalé par les organisateurs, hormis une brûlure au doigt soignée sur place.

La guerre des desserts a fait rage jusqu'à 23 heures. Le vainqueur empoche 2 000 euros et un stage de deux semaines dans une brigade lyonnaise. Il promet de « tout faire sauter » l'an prochain, lors de la 15e édition, prévue en novembre 2027. Les places, à 12 euros, sont déjà en vente à l'office de tourisme, au 4 rue des Halles.
"""))
