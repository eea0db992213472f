"""Authoring source of benchmarks/events_holdout26 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout26-022, French), a football match report full of
violent vocabulary, with no security event. Its town, clubs, stadium and
people are invented. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout26")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout26-022
ARTICLES.append(A(22, "fr", "article", "2026-10-05T07:30:00Z",
"Valbrune fusille Sainte-Oriane : la double frappe kamikaze de Kouyaté",
"""
VALBRUNE - Ce fut un massacre, et personne n'a eu le temps de compter les victimes. Devant 12 000 spectateurs, l'Union sportive de Valbrune a exécuté dimanche le FC Sainte-Oriane (4-0), au terme d'un match à sens unique qui ressemblait davantage à une embuscade qu'à une rencontre de championnat.

Tout a explosé à la 23e minute. Sur un corner, Moussa Kouyaté, 25 ans, a surgi au premier poteau pour une reprise de la tête qui a fait l'effet d'une bombe dans les tribunes. Deux minutes plus tard, le même Kouyaté, auteur d'un tacle kamikaze au milieu de terrain, s'est relevé pour doubler la mise d'une frappe croisée. Le double attentat contre la défense adverse était consommé.

Le gardien de Sainte-Oriane, Julien Perrault, a pourtant arrêté un penalty à la 38e minute, mais il a été fusillé à deux reprises en seconde période, à la 61e et à la 77e. « On s'est fait tirer comme des lapins », a reconnu son entraîneur, qui a revendiqué « l'entière responsabilité » de la déroute.

Sainte-Oriane termine la rencontre avec deux blessés : un latéral touché à la cheville, un milieu victime d'une commotion après un choc aérien. Aucun des deux ne devrait manquer plus de trois semaines.

À la fin du match, l'arbitre a été interpellé vivement par plusieurs joueurs visiteurs, sans conséquence. Dans les tribunes, les supporters de Valbrune ont manifesté leur joie pendant une demi-heure et lancé quelques fumigènes, ce qui vaudra sans doute au club une amende de 5 000 euros.

Avec ce succès, le quatrième en cinq matches, Valbrune grimpe à la 3e place avec 13 points. « On est venus pour tuer le match et on l'a tué », résumait Kouyaté, buteur pour la 7e fois de la saison. Prochaine explosion attendue samedi à 18 heures, sur la pelouse de Port-Lagune.
"""))
GOLD += []
