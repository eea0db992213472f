"""Authoring source of benchmarks/events_holdout35 (see its README): the trap
article (holdout35-022), a French chess report from an invented open
tournament in Luxembourg, full of violent vocabulary ("sacrifice kamikaze",
"attaque-suicide", "double explosion", "exécuté", "revendique", "interpellé",
"carnage", "bombe") and numbers, with no security event. It has no gold
event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout35")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout35-022
ARTICLES.append(A(22, "fr", "article", "2026-11-09T09:00:00Z",
"Échecs : à Wiltz, un sacrifice kamikaze offre le titre à une joueuse de 17 ans",
"""
Personne ne l'avait vue venir. Léa Schmit, 17 ans et 2 314 points Elo, a remporté dimanche l'Open international de Wiltz devant 142 joueurs venus de 23 pays, au terme d'une dernière ronde que les spectateurs ne sont pas près d'oublier.

Face au grand maître ukrainien Oleksandr Marchenko, tête de série numéro un avec 2 561 points, elle a lancé au 19e coup une véritable attaque-suicide : un sacrifice kamikaze du fou en h7, suivi d'une double explosion sur l'aile roi, les deux tours blanches se jetant dans la mêlée. « Une bombe théorique », a résumé l'arbitre principal, Jean-Paul Reuter.

Le carnage a été total. En douze coups, huit pièces sont tombées, et le roi noir, traqué jusqu'en a3, a été exécuté au 31e coup par un mat de la dame. Marchenko, abattu, a abandonné avant même le coup fatal, après 4 h 12 min de jeu.

« J'ai tout misé sur ce sacrifice. Si ça ratait, j'étais morte », a raconté la lauréate, qui revendique l'influence de Mikhaïl Tal, le « magicien de Riga ». Elle termine avec 7,5 points sur 9 et empoche le premier prix, 2 500 euros.

La journée n'a pas été sans incident. Au 5e échiquier, l'arbitre a interpellé un joueur dont le téléphone avait sonné pendant la partie : il a été exclu sur-le-champ, conformément au règlement. Un autre, blessé dans son amour-propre après une gaffe au 40e coup, a quitté la salle sans serrer la main de son adversaire.

Les organisateurs se félicitent d'une affluence record : environ 600 visiteurs ont suivi les parties dans la salle du château, et plus de 35 000 internautes en direct. Le tournoi, doté de 12 000 euros au total, reviendra l'an prochain, du 30 octobre au 8 novembre 2027.

Renseignements : +352 95 12 12, ou à l'office du tourisme, 33 Grand-Rue.
"""))
