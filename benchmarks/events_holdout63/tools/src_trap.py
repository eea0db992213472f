"""Authoring source of benchmarks/events_holdout63 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout63-022), a French bulletin of a philatelic society in
Kapuskasing, Ontario (« bulletin d'une société philatélique »), with no
security event at all: an auction called « explosive », « la bombe de la
soirée », « une attaque-éclair », « une attaque kamikaze sur le
portefeuille », « un carnage », « victimes » of forgers, « revendique »,
accounts « arrêtés », a forger « jamais arrêté », « fait sauter de joie »,
a « coup de feu » of bids, and stamps of Chad, Niger, Canada and Louisiana
that recall the four clusters (Bongor, Maradi, Sudbury, Lafayette), with
many numbers (lots, prices, years, ages, percentages, dates, a phone
number). It has no gold event. Ontario is UTC-5 in December: the
publication time, 16:00 UTC, is 11:00 local, the same date."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout63")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout63-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T16:00:00Z",
"Société philatélique du Nord de l'Ontario : bulletin de décembre",
"""
SOCIÉTÉ PHILATÉLIQUE DU NORD DE L'ONTARIO - SECTION DE KAPUSKASING. Bulletin n° 87, lundi 7 décembre 2026.

LE MOT DU PRÉSIDENT. Notre vente aux enchères du samedi 28 novembre a été explosive : 212 lots adjugés en trois heures, un record depuis 1971. La salle était pleine à craquer : 96 membres et visiteurs.

LA BOMBE DE LA SOIRÉE. Le lot n° 44, un bloc de quatre timbres du Tchad de 1962 surchargés à l'envers, mis à prix à 80 $, a été adjugé 1 150 $ après une véritable attaque-éclair de deux enchérisseurs de Hearst. Notre trésorier parle d'une « attaque kamikaze sur le portefeuille ». Le lot n° 45, une enveloppe de Bongor, est parti comme un coup de feu à 310 $.

UN CARNAGE SUR LES PRIX. Les Niger des années 1960 (série « Marché de Maradi ») se sont vendus au tiers de leur cote : un vrai carnage pour les vendeurs. En revanche, la carte postale de Lafayette (Louisiane) de 1910 et le bloc « Mines de Sudbury » de 1953 ont fait un tir groupé au-dessus de 200 $.

LES VICTIMES DES FAUSSAIRES. Deux faux « Bluenose » de 1929 circulent dans la région. Trois membres en ont été victimes l'an dernier, pour une perte totale de 900 $. Le faussaire, un vendeur en ligne, n'a jamais été arrêté.

UN COUP DE CŒUR. Émilie, 14 ans, a remporté le prix jeunesse avec sa collection « Ponts et barrages du Nord », qui a fait sauter de joie le jury. Notre doyen, Réal, 91 ans, revendique le plus bel album de la province.

LES COMPTES. Les comptes 2026 ont été arrêtés au 30 novembre : 148 membres cotisants (+ 12 %), un solde de 4 380 $ et une cotisation maintenue à 30 $ pour 2027.

À VENIR.
- Bourse aux timbres le samedi 16 janvier, de 9 h à 15 h, à la bibliothèque ; table à 15 $.
- Réunion mensuelle le mardi 12 janvier à 19 h, salle 2.

Bonnes fêtes ! Renseignements : 705-555-0193.

Le président, Normand Lacroix
"""))
GOLD += [
]
