"""Authoring source of benchmarks/events_holdout43 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout43-023), a French football league's notice of a
postponed match ("report de match par une fédération", here a regional
league of the French federation), with the vocabulary of attacks,
bombings, massacres, claims, suspensions and explosions and players from
the four clusters' countries, but no security event: no gold entry.
Guadeloupe is UTC-4; published Saturday 14 November 2026 at 16:00 UTC
(12:00 local)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout43")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout43-023
ARTICLES.append(A(23, "fr", "article", "2026-11-14T16:00:00Z",
"Régionale 1 : le choc Baie-Mahault - Gosier reporté à mercredi",
"""
LIGUE GUADELOUPÉENNE DE FOOTBALL - COMMISSION RÉGIONALE DES COMPÉTITIONS. COMMUNIQUÉ OFFICIEL N° 27 : REPORT DE MATCH. Les Abymes, le samedi 14 novembre 2026.

La rencontre de la 9e journée de Régionale 1 entre le Club sportif de Baie-Mahault et l'AS Gosier, prévue ce samedi 14 novembre à 19 heures au stade municipal de Baie-Mahault, est reportée au mercredi 18 novembre à 19 h 30. La pelouse, inondée par 92 millimètres de pluie tombés en six heures, a été déclarée impraticable à 11 heures par l'arbitre de la rencontre, M. Fabrice Lollia.

Le choc était attendu : les deux meilleures attaques du championnat, 27 buts pour Baie-Mahault, 24 pour Gosier. Au match aller, les Gosiériens avaient été bombardés de centres et avaient subi un véritable massacre, 5 buts à 0, dont un triplé de l'attaquant dominiquais Kervin Joseph, né à Roseau et surnommé « le kamikaze » pour ses plongeons dans les pieds des gardiens. En face, le gardien andorran Marc Vila, 31 ans, et le milieu santoméen Adilson Costa, 23 ans, arrivé de Neves cet été, avaient été exécutés en dix minutes.

Le club de Baie-Mahault, qui revendique 1 450 abonnés, a regretté « une décision qui fait exploser notre calendrier » : son équipe joue aussi le mercredi 25 novembre en Coupe de Guadeloupe.

DISCIPLINE. La commission a suspendu pour trois matchs le défenseur de Gosier Yannick Pavadé, exclu le 7 novembre pour un tacle jugé « d'une rare violence » sur le Vanuatais Jimmy Natuman, qui souffre d'une entorse, et infligé au club une amende de 300 euros pour l'usage d'engins pyrotechniques par ses supporters. Deux fumigènes avaient explosé en tribune sans faire de blessé.

BILLETTERIE. Les billets achetés pour samedi restent valables. Tarifs : 8 euros en tribune, 5 euros en pourtour, gratuit pour les moins de 12 ans. Les 240 places réservées aux supporters de Gosier seront remises en vente lundi à 9 heures.

Renseignements : secrétariat de la Ligue, 0590 21 30 40, du lundi au vendredi de 8 heures à 16 heures.
"""))
# No gold event: a football league's "attaques", "bombardés de centres",
# "massacre", "kamikaze", "exécutés", "revendique", "fait exploser notre
# calendrier", "suspendu", "exclu", "violence" (a tackle) and "engins
# pyrotechniques" / "fumigènes avaient explosé en tribune sans faire de
# blessé" (flares at a match, no security event) are a match report's words;
# nobody is killed, hurt by violence or arrested. Numbers: "N° 27", "9e
# journée", "14 novembre", "19 heures", "18 novembre", "19 h 30", "92
# millimètres", "six heures", "11 heures", "27 buts", "24", "5 buts à 0",
# "31 ans", "23 ans", "dix minutes", "1 450 abonnés", "25 novembre", "trois
# matchs", "7 novembre", "300 euros", "Deux fumigènes", "8 euros", "5 euros",
# "12 ans", "240 places", "9 heures", the phone number, "8 heures à 16
# heures". Roseau, Neves, an Andorran and a Vanuatu player recall the
# clusters.
