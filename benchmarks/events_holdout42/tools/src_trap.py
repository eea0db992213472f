"""Authoring source of benchmarks/events_holdout42 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout42-022), a French press release with the programme of
an invented winter theatre festival in Lille, with no security event: a
comedy called « La Bombe de Tartu », a one-man show « Kamikaze » about a
racing driver from Kuala Belait, a farce from Nikšić in which a grandmother
« prend en otage » the town council and is « arrêtée » by her daughter, a
musical western « Coup de feu à Orange Walk », a burlesque revue « Attentat à
la pudeur » that « a fait un carnage », a union that « revendique », a
municipal « arrêté », a « bombe glacée » and a « Molotov » cocktail without
alcohol. France is UTC+1 in December; the release is dated Monday 7 December
2026. No gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout42")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout42-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T10:00:00Z",
"Festival Tréteaux d'hiver : un programme explosif venu de quatre continents",
"""
COMMUNIQUÉ DE PRESSE. Festival Tréteaux d'hiver, 12e édition, Théâtre de la Halle, Lille, du jeudi 10 au dimanche 20 décembre 2026. Lille, le lundi 7 décembre 2026.

Cette année, Tréteaux d'hiver met à l'honneur les petits pays et leurs troupes : onze spectacles, quatre continents, 38 comédiens.

« La Bombe de Tartu » (Estonie). Une comédie sur un étudiant qui rate son examen de mathématiques et décide de « tout faire sauter » au bal de fin d'année. La critique estonienne a parlé d'une « explosion de rires ». 1 h 20, dès 12 ans. Jeudi 10 et vendredi 11 à 20 h 30.

« Kamikaze » (Brunei). Un seul-en-scène sur un pilote de course de Kuala Belait qui prend tous les virages à fond. 55 minutes. Samedi 12 à 18 heures.

« Le Siège du conseil » (Monténégro). Une farce de la troupe municipale de Nikšić : une grand-mère prend en otage le conseil municipal pour obtenir un banc, et finit « arrêtée » par sa propre fille, garde champêtre. 1 h 35. Dimanche 13 à 16 heures.

« Coup de feu à Orange Walk » (Belize). Un western musical avec huit comédiens et un orchestre de marimba, où le shérif tire plus de blagues que de balles. Mardi 15 et mercredi 16 à 20 heures.

En clôture, le collectif lillois Les Sans-Rideau reprend « Attentat à la pudeur », revue burlesque interdite aux moins de 16 ans, dont la première, en 2024, avait fait un carnage au box-office : 4 200 entrées.

Le syndicat des intermittents revendique par ailleurs une hausse des cachets de 8 % et tiendra un stand dans le hall.

Infos pratiques. Tarif plein 18 euros, réduit 12 euros, pass festival 60 euros ; 320 places par représentation. Billetterie : 03 20 58 41 90, du mardi au samedi, de 13 heures à 19 heures. Le bar sert une bombe glacée à 6 euros et un cocktail « Molotov » sans alcool à 5 euros. Un arrêté municipal du 2 décembre interdit le stationnement rue de la Halle pendant le festival.
"""))
GOLD += []
