"""Authoring source of benchmarks/events_holdout50 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout50-022, French), a fireworks festival's press release
("communiqué de presse d'un festival pyrotechnique") on an invented
international fireworks competition on the Lac du Bourget, with teams from
the four countries of the set's clusters (Mongolia, Slovenia, Oman,
Latvia). It is full of attack, bomb, explosion, claim, toll and arrest
words used about fireworks, and holds no security event: no gold. France is
UTC+2 in September; 09:00 UTC is 11:00 local, the same date."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout50")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout50-022
ARTICLES.append(A(22, "fr", "article", "2026-09-05T09:00:00Z",
"Feux du lac : la Lettonie remporte une finale explosive",
"""
COMMUNIQUÉ DE PRESSE - FESTIVAL INTERNATIONAL D'ART PYROTECHNIQUE DU LAC DU BOURGET. Aix-les-Bains, le samedi 5 septembre 2026.

La 9e édition des Feux du lac s'est achevée vendredi soir sur une finale explosive. Devant 62 000 spectateurs massés sur les quais, l'équipe lettone de Latgale Pyro a revendiqué le titre au terme d'un duel acharné avec les artificiers slovènes, tenants du trophée.

Quatre nations étaient en lice cette année : la Mongolie, la Slovénie, Oman et la Lettonie. Chaque équipe disposait de 18 minutes et de 1,2 tonne de produits pour son tableau, tiré depuis deux barges distantes de 600 mètres.

Le moment le plus commenté restera la double détonation des Lettons : deux bombes aériennes de 300 mm, mises à feu à six secondes d'intervalle depuis chacune des barges, ont illuminé tout le lac. « Un véritable carnage de couleurs », a résumé le président du jury, Bernard Collomb, 64 ans. Les Omanais, eux, ont lancé leur attaque finale à 22 h 47 avec un bouquet de 2 400 comètes dorées.

Le bilan est excellent : aucune victime, si ce n'est la pelouse du parc du Casino. Les sapeurs-pompiers, présents avec 40 hommes, n'ont eu qu'à éteindre un départ de feu dans une poubelle. La gendarmerie a fermé la route du lac entre 20 heures et 1 heure du matin, et le jury a arrêté son classement à minuit.

Classement final : 1. Lettonie, 92 points ; 2. Slovénie, 89 points ; 3. Oman, 81 points ; 4. Mongolie, 77 points. Le prix du public, attribué par 4 318 votes par SMS, est revenu aux Slovènes.

Le festival, doté d'un budget de 850 000 euros, a attiré cette année 38 % de visiteurs venus de l'étranger. À la buvette, le cocktail maison, le « Kamikaze », s'est vendu à 3 900 exemplaires.

La 10e édition aura lieu du 3 au 5 septembre 2027. Billetterie : 12 euros en tribune, 8 euros pour les moins de 16 ans, gratuit pour les moins de 6 ans. Renseignements : 04 79 88 68 00.
"""))
GOLD += []
