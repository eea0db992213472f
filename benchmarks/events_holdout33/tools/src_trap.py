"""Authoring source of benchmarks/events_holdout33 (see its README): the trap
article (holdout33-022), a French theatre review full of violent vocabulary
("explosive", "kamikaze", "revendique", "interpellé", "fusille", "mort de
rire") and numbers, with no security event. It has no gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout33")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout33-022
ARTICLES.append(A(22, "fr", "article", "2026-10-03T08:00:00Z",
"Théâtre : « La Noce explosive », un triomphe à guichets fermés",
"""
Il fallait oser. Monter une comédie de Feydeau en créole, avec onze comédiens, trois musiciens et un décor tournant, relevait du pari kamikaze. Le Collectif des Lagons l'a fait, et sa « Noce explosive » a fait salle comble vendredi soir pour sa première, devant 450 spectateurs morts de rire du lever au baisser de rideau.

Dès la première scène, la mariée, interprétée par une Annabelle Rivière de 26 ans absolument déchaînée, fusille du regard une belle-mère qui lui tire dessus à boulets rouges. Le public, pris en otage par un rythme infernal, n'a pas le temps de souffler : les répliques fusent en rafales, les portes claquent comme des coups de feu, et le deuxième acte se termine sur un véritable carnage de vaisselle, trente-deux assiettes brisées chaque soir selon la régie.

Le metteur en scène, Patrice Hoarau, revendique l'héritage du vaudeville « avec une mèche allumée sous chaque chaise ». Interpellé par un spectateur à la fin de la représentation sur la longueur du spectacle, 2 h 40 avec entracte, il a répondu en riant qu'il préférait « achever le public plutôt que de le laisser sur sa faim ».

Tout n'est pas parfait. Le troisième acte s'essouffle, une scène de duel au parapluie tombe à plat, et deux comédiens, blessés dans leur orgueil par une critique assassine parue il y a trois ans, jouent encore un peu sur la défensive. Mais la bombe a bien explosé : quatre rappels, une ovation debout, et une tournée déjà programmée dans huit villes l'an prochain.

« La Noce explosive », jusqu'au 25 octobre, du mercredi au dimanche à 20 heures. Places de 15 à 35 euros ; réservations au 0262 41 20 20.
"""))
