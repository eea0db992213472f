"""Authoring source of benchmarks/events_holdout39 (see its README): the trap
article (holdout39-022), a French chess tournament report ("compte rendu
d'échecs") from an invented open tournament in Andorra, full of violent
vocabulary ("attaque kamikaze", "sacrifice", "bombe", "explosion", "carnage",
"bilan", "pièces tuées", "revendique", "arrêté", "otage", "exécution",
"double frappe") and numbers, with no security event. It has no gold
event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout39")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout39-022
ARTICLES.append(A(22, "fr", "article", "2026-11-23T10:00:00Z",
"Échecs : à l'Open d'Andorre, la « double frappe » d'une joueuse de 17 ans",
"""
Il fallait être dans la salle des congrès d'Escaldes-Engordany, samedi soir, pour voir la ronde 9 de l'Open international d'Andorre tourner au carnage. Sur l'échiquier numéro 1, la Moldave Daria Lungu, 17 ans, a lancé une attaque kamikaze contre le roi du grand maître bulgare Stefan Iliev, de 24 ans son aîné.

Au 23e coup, elle sacrifie son fou en h7 : c'est la bombe de la soirée. Puis une tour, au 26e coup, et la position explose. « J'ai vu l'explosion venir, mais pas la double frappe », a reconnu Iliev, beau joueur. Bilan de la partie : sept pièces tuées côté blanc, cinq côté noir, et un roi pris en otage au centre de l'échiquier jusqu'à l'exécution, au 41e coup.

Sur l'échiquier 2, le duel entre l'Arménien Aram Petrosyan et le Laotien Khamla Vongsa s'est achevé par un pat, après cinq heures et 112 coups. La pendule avait été arrêtée deux fois par l'arbitre, à la suite d'une réclamation de Petrosyan qui revendiquait une triple répétition.

Lungu termine seule en tête avec 7,5 points sur 9 et empoche le premier prix, 6 000 euros. Elle revendique déjà une place dans l'équipe olympique de Moldavie. Son entraîneur, un ancien joueur de 63 ans installé à Chișinău, résume : « Elle attaque comme d'autres respirent. »

Le tournoi a réuni 214 joueurs de 31 pays, dont 18 grands maîtres, et la salle a affiché complet avec 400 spectateurs pour la dernière ronde. Le prix de beauté, 500 euros, récompense la partie de la ronde 9. Le plus jeune participant, un Andorran de 8 ans, a marqué 4 points.

Prochaine édition du 14 au 22 novembre 2027, avec une cadence de 90 minutes plus 30 secondes par coup. Inscriptions ouvertes dès le 1er mars, 80 euros, réduites à 40 euros pour les moins de 18 ans. Renseignements : +376 80 12 34, ou au bureau de la fédération, 3 avenue Carlemany.
"""))
