"""Authoring source of benchmarks/events_holdout27 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout27-022), a French rugby match report full of violent
vocabulary ("massacre", "carnage", "kamikaze", "revendiqué", "interpellé",
"arrêté", "embuscade", "bilan", "deux blessés") and numbers, with no security
event. The town, the clubs and the people are invented. No gold events."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout27")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout27-022
ARTICLES.append(A(22, "fr", "article", "2026-10-11T21:30:00Z",
"Rugby : le Stade vaumarcellois écrase Lannemort et file en demi-finale",
"""
VAUMARCEL - Il y avait un parfum de massacre dans l'air dès la première minute, samedi soir, au stade des Tilleuls. Devant 12 000 spectateurs chauffés à blanc, le Stade vaumarcellois a pulvérisé l'Union de Lannemort (43-10) et file en demi-finale pour la première fois depuis 2011.

Le carnage a commencé à la 4e minute. Sur une attaque lancée depuis ses 22 mètres, l'ailier Théo Marsac, 23 ans, surnommé « le Kamikaze » pour ses plongeons sans retenue, a fait exploser la défense adverse avant d'aplatir entre les poteaux. Dix minutes plus tard, une double frappe du demi d'ouverture, un drop puis une pénalité, achevait de tuer tout suspense.

Lannemort a bien tenté une embuscade juste avant la pause, mais sa mêlée a été fusillée par un pack qui pèse près de 900 kilos. « On s'est fait exécuter, il n'y a pas d'autre mot », a reconnu l'entraîneur visiteur.

Le capitaine vaumarcellois a revendiqué après le match « une victoire de tout un village ». L'arbitre, interpellé vivement par le banc de Lannemort à la 52e minute, a distribué deux cartons jaunes. Le bilan est lourd pour les visiteurs : deux blessés, un talonneur touché à l'épaule et un pilier sorti sur une civière, sans gravité selon le médecin du club.

Les supporters avaient respecté l'arrêté municipal interdisant les fumigènes. Aucun incident n'a été signalé à la sortie, où les bars de la rue de la Gare ont servi leur dernière bière vers 1 heure du matin.

La demi-finale aura lieu le 25 octobre. Les billets, à 15 euros, seront mis en vente lundi à 9 heures ; le club en attend 3 000 pour ses 800 abonnés.
"""))
