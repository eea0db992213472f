"""Authoring source of benchmarks/events_holdout17 (see its README): the
trap article with no security event (holdout17-017), a French football match
report full of violent vocabulary, with invented clubs, people and town and
many numbers. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout17")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout17-017
ARTICLES.append(A(17, "fr", "article", "2026-09-14T07:45:00Z",
"Football : le double coup de massue de l'Étoile de Kerbaye",
"""
PORT-SABINE - L'Étoile de Kerbaye a explosé dimanche soir, au terme d'une deuxième mi-temps que son entraîneur a lui-même qualifiée d'« attentat-suicide défensif ». Battue 4-1 par le FC Rivière-Noire devant environ 18 000 spectateurs, l'équipe a encaissé deux buts en trois minutes, un double coup de massue dont elle ne s'est jamais relevée.

Tout a basculé à la 72e minute. Sur une sortie kamikaze de son gardien, Samuel Ndoumbé, 24 ans, l'attaquant adverse a glissé le ballon dans le but vide. Trois minutes plus tard, une frappe de 25 mètres a fusillé le malheureux portier. « Ils nous ont exécutés en deux actions », a reconnu le capitaine de l'Étoile.

L'entraîneur du FC Rivière-Noire, lui, a revendiqué la paternité du plan de jeu. « Nous avons bombardé leur surface pendant une heure, et leur défense a fini par céder », a-t-il expliqué en conférence de presse.

Le bilan est lourd pour Kerbaye : trois joueurs blessés, dont un défenseur touché à la cheville, et un milieu expulsé pour un tacle jugé dangereux. Le président du club a interpellé l'arbitre à la fin du match, sans obtenir d'explication, et a dit vouloir saisir la fédération.

Dans les tribunes, l'ambiance a été électrique jusqu'au bout, mais aucun incident n'a été signalé. Les supporteurs de Rivière-Noire ont fêté la victoire jusque tard dans la nuit, au son des tambours.

Avec ce revers, l'Étoile glisse à la 9e place du championnat, à 11 points du leader. Son prochain match, samedi, face au Racing de Kerbaye, prend déjà des allures de bataille de survie. Le club, qui a dépensé près de 300 millions de francs CFA en transferts cet été, ne peut plus se permettre une nouvelle déroute.
"""))
GOLD += []
