"""Authoring source of benchmarks/events_holdout29 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout29-021), a Quebec newspaper's review of a crime novel
full of violent vocabulary ("double attentat", "kamikaze", "revendiqué",
"interpellé", "arrêté", "bilan", "morts", "blessés", "garde à vue") and
numbers, all of it fiction inside the book or literary talk, with no security
event. The novel, its author, the bookshop and the outlet are invented. No
gold events."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout29")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout29-021
ARTICLES.append(A(21, "fr", "article", "2026-11-14T13:00:00Z",
"Polar : « La Rivière aux cendres », le roman qui fait exploser les codes",
"""
SHERBROOKE - Il y a des livres qu'on referme avec l'impression d'avoir survécu à quelque chose. « La Rivière aux cendres », le cinquième polar de l'auteure sherbrookoise Nathalie Vaillancourt, 52 ans, est de ceux-là. Ses 384 pages se lisent d'une traite, et le lecteur en sort sonné.

Tout commence par un double attentat imaginaire dans une ville fictive des Cantons-de-l'Est : deux kamikazes, un marché, une gare, et un bilan que l'inspectrice Maude Gingras refuse de croire. Les morts s'empilent au fil des chapitres, les blessés aussi, et la romancière ne nous épargne aucun détail de l'enquête, des perquisitions aux gardes à vue.

L'attaque est revendiquée dès le chapitre 3 par un mystérieux groupe que personne ne connaît, et c'est là que le roman décolle. Gingras, arrêtée dans son élan par une hiérarchie frileuse, interpellée à chaque conférence de presse par une journaliste acharnée, finit par comprendre que la revendication est un leurre.

Vaillancourt manie la tension comme une arme. Certains chapitres sont de véritables embuscades ; d'autres, plus calmes, font mouche par leur humanité. On pense à Simenon, parfois à Fred Vargas, et l'on se dit que le Québec tient là une plume redoutable.

Seul bémol : une fin un peu précipitée, expédiée en 12 pages, qui tue dans l'œuf un suspense patiemment construit. Mais on pardonne tout à un livre qui a déjà écoulé 3 000 exemplaires en deux semaines, selon son éditeur montréalais.

L'auteure sera en séance de dédicaces le samedi 21 novembre, de 13 heures à 17 heures, à la librairie Le Phare, au 1200 de la rue King Ouest. Le roman est vendu 29,95 $. Une adaptation télévisée serait déjà en discussion, nous dit-on, pour l'automne 2027.
"""))
