"""Authoring source of benchmarks/events_holdout9 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in French: a wire brief from the Ségou region, Mali (holdout9-012),
the French round-up (013), a Malian army communiqué (014) and a suicide
bombing in Hajin, Syria (015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout9")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout9-012
ARTICLES.append(A(12, "fr", "article", "2026-01-20T10:00:00Z",
"Mali : onze passagers tués par un engin explosif près de Diabaly",
"""
BAMAKO, 20 janvier (Agence) – Onze passagers d'un car de transport ont été tués et une quinzaine d'autres blessés dimanche lorsque leur véhicule a sauté sur un engin explosif improvisé sur l'axe Diabaly–Dogofry, dans la région de Ségou, ont indiqué mardi des sources sécuritaires et locales.

Le car, qui transportait une soixantaine de personnes vers le marché hebdomadaire de Diabaly, a été projeté dans le fossé vers 8 h 30, à une douzaine de kilomètres de la ville. Parmi les morts figurent un enfant de 5 ans et deux commerçantes, selon un infirmier du centre de santé.

L'engin a probablement été posé par des jihadistes du JNIM, très actifs dans la zone, a estimé un élu local joint par téléphone, mais l'attaque n'avait pas été revendiquée mardi soir. Les blessés les plus graves ont été évacués vers Ségou, à quelque 250 kilomètres.

Les transporteurs de la région affirment avoir perdu plus de 40 véhicules sur les routes du centre du pays depuis deux ans et réclament des escortes.
"""))
GOLD += [
E(12, ["leur véhicule a sauté sur un engin explosif improvisé", "L'engin a probablement été posé", "l'attaque n'avait pas été revendiquée"],
  "IED", "2026-01-18", "day", "Diabaly", "ML", 11, 15, "exact", None, None, False,
  "'dimanche' vs Tuesday 20 January -> 18 January. 'Onze' killed, 'une quinzaine' injured -> 15 (the -aine row); the qualifier describes the killed figure -> exact. Road Diabaly–Dogofry -> first-named Diabaly. 'probablement' is speculation and no claim -> null. 'une soixantaine de personnes', '8 h 30', 'une douzaine de kilomètres', '5 ans', '250 kilomètres', 'plus de 40 véhicules' are distractors."),
]

# --------------------------------------------------------------- holdout9-013
ARTICLES.append(A(13, "fr", "article", "2026-02-26T07:00:00Z",
"Le point sécurité du jeudi 26 février",
"""
Notre revue quotidienne des incidents de sécurité, établie à partir de sources officielles, locales et de nos correspondants.

MALI – Le JNIM a revendiqué l'attaque de mardi contre le camp militaire de Nara, dans la région de Koulikoro. Selon l'état-major, le bilan s'élève à quatre-vingt-dix morts : vingt-huit soldats et soixante-deux assaillants. Une trentaine de militaires ont été blessés. Le groupe affirme de son côté avoir tué « plus de cent soldats ».

NIGERIA – Par ailleurs, des hommes armés ont enlevé une vingtaine de femmes qui ramassaient du bois près de Madagali, dans l'État d'Adamawa, lundi. Selon la police, les ravisseurs seraient des combattants de Boko Haram.

SOUDAN – Au Soudan, la police a dispersé à coups de gaz lacrymogène une manifestation de plusieurs centaines d'étudiants à Wad Madani mercredi. Quatre étudiants ont été blessés, selon un syndicat.

MOZAMBIQUE – Dans un autre registre, l'armée a arrêté trois hommes soupçonnés de recruter pour les insurgés à Memba, dans la province de Nampula, vendredi dernier. Des tracts et 2 000 meticais ont été saisis.

SOMALIE – Enfin, une grenade lancée dans la nuit de samedi à dimanche contre un restaurant de Bu'aale, dans la région du Moyen-Djouba, a tué deux clients et en a blessé six autres. L'attaque n'a pas été revendiquée, mais les shebab contrôlent la plupart des villages alentour.
"""))
GOLD += [
E(13, ["l'attaque de mardi contre le camp militaire de Nara"],
  "BAT", "2026-02-24", "day", "Nara", "ML", 90, 30, "exact", "JNIM", "JNIM", False,
  "'mardi' vs Thursday 26 February -> 24 February. An attack on a military camp -> Armed clash initiated by JNIM, which claimed it. 'quatre-vingt-dix morts : vingt-huit soldats et soixante-deux assaillants' = 90 (all sides, exact). 'Une trentaine' injured -> 30; the qualifier describes the killed figure. The claimant's 'plus de cent soldats' is not used."),
E(13, ["des hommes armés ont enlevé une vingtaine de femmes"],
  "ABD", "2026-02-23", "day", "Madagali", "NG", None, None, None, None, None, False,
  "'lundi' -> 23 February. 'seraient des combattants de Boko Haram' is conditional (speculation) -> null. 'une vingtaine' are abductees."),
E(13, ["la police a dispersé à coups de gaz lacrymogène une manifestation"],
  "PI", "2026-02-25", "day", "Wad Madani", "SD", None, 4, "exact", None, None, False,
  "'mercredi' -> 25 February. Dispersed with tear gas -> Protest with intervention. 'Quatre étudiants ont été blessés' -> injured 4, no killed figure. 'plusieurs centaines' are participants."),
E(13, ["l'armée a arrêté trois hommes"],
  "ARR", "2026-02-20", "day", "Memba", "MZ", None, None, None, "military", None, False,
  "'vendredi dernier' vs Thursday 26 February -> 20 February. Arrests by the army -> military. '2 000 meticais' seized belong to the arrest."),
E(13, ["une grenade lancée dans la nuit de samedi à dimanche contre un restaurant de Bu'aale", "L'attaque n'a pas été revendiquée"],
  "GRN", "2026-02-21", "day", "Bu'aale", "SO", 2, 6, "exact", None, None, False,
  "'dans la nuit de samedi à dimanche' -> dated at the start, Saturday 21 February. Not claimed; 'les shebab contrôlent la plupart des villages' is context, not an attribution -> null."),
]

# --------------------------------------------------------------- holdout9-014
ARTICLES.append(A(14, "fr", "article", "2026-03-30T18:00:00Z",
"Communiqué de l'état-major général des armées du 30 mars",
"""
COMMUNIQUÉ N°032/EMGA

Bamako, le 30/03/2026

L'état-major général des armées informe l'opinion nationale et internationale de ce qui suit.

Le 27/03/2026, des frappes aériennes des FAMa ont visé un rassemblement de terroristes dans la zone de Tessalit. Une dizaine de terroristes ont été neutralisés et trois véhicules détruits.

Le 28/03/2026, vers 5 h du matin, le poste de sécurité de Ber, dans la région de Tombouctou, a fait l'objet d'une attaque complexe de groupes armés terroristes. La riposte vigoureuse des FAMa a permis de repousser les assaillants. Bilan provisoire côté ami : 4 morts et 9 blessés. Côté ennemi : 23 terroristes neutralisés, de nombreux équipements récupérés, dont deux motos et un lance-roquettes.

Le 29/03/2026, lors d'une opération de fouille à Kolongo, dans la région de Ségou, 17 suspects ont été interpellés par nos unités et remis à la gendarmerie pour les besoins de l'enquête.

Le même jour, un engin explosif improvisé a été désamorcé sur l'axe Anéfis–Tessalit par une équipe du génie militaire, sans faire de victimes.

L'état-major général des armées salue la résilience des populations et les invite à signaler tout mouvement suspect au numéro vert 80 00 11 14. Les FAMa restent engagées dans la sécurisation de l'ensemble du territoire national, conformément à leurs missions.

Le chef d'état-major général des armées
"""))
GOLD += [
E(14, ["des frappes aériennes des FAMa ont visé un rassemblement de terroristes"],
  "AIR", "2026-03-27", "day", "Tessalit", "ML", 10, None, "about", "military", None, False,
  "'Le 27/03/2026' -> day/month (Mali, French use) -> 27 March. FAMa -> military. 'Une dizaine' -> 10, about (the acting force's own figure, the only one). 'trois véhicules' is a distractor."),
E(14, ["le poste de sécurité de Ber", "une attaque complexe de groupes armés terroristes", "La riposte vigoureuse des FAMa"],
  "BAT", "2026-03-28", "day", "Ber", "ML", 27, 9, "exact", None, None, False,
  "'Le 28/03/2026' -> 28 March. An attack on an armed post -> Armed clash; 'groupes armés terroristes' unnamed -> null. 4 soldiers + 23 attackers = 27 (all sides; 'Bilan provisoire' is the only figure). '5 h', 'deux motos et un lance-roquettes' are distractors."),
E(14, ["17 suspects ont été interpellés par nos unités"],
  "ARR", "2026-03-29", "day", "Kolongo", "ML", None, None, None, "military", None, False,
  "'Le 29/03/2026' -> 29 March. 'interpellés par nos unités' -> arrests by army units -> military (holdout8 rule); handed to the gendarmerie afterwards."),
E(14, ["un engin explosif improvisé a été désamorcé"],
  "DWU", "2026-03-29", "day", "Anefis", "ML", 0, 0, "exact", "military", None, False,
  "'Le même jour' -> 29 March. Defused by army engineers -> military. 'sans faire de victimes' -> 0/0. Road Anéfis–Tessalit -> first-named Anéfis, coded in the English spelling Anefis (see Known ambiguities). The phone number is a distractor."),
]

# --------------------------------------------------------------- holdout9-015
ARTICLES.append(A(15, "fr", "article", "2026-05-05T16:00:00Z",
"Syrie : un attentat-suicide endeuille un mariage à Hajin",
"""
BEYROUTH, 5 mai (Agence) – Un kamikaze s'est fait exploser lundi soir au milieu d'une fête de mariage à Hajin, dans la province de Deir ez-Zor, dans l'est de la Syrie, tuant douze personnes, sans compter l'assaillant, et en blessant une trentaine, selon les autorités locales.

L'organisation État islamique a revendiqué l'attentat mardi via son agence Amaq, affirmant avoir visé « des collaborateurs du régime ». Le marié, âgé de 26 ans, est au nombre des morts, de même que trois enfants.

Selon un responsable local de la sécurité, l'assaillant s'est approché de la tente vers 21 h en se mêlant aux quelque 200 invités. Une deuxième ceinture d'explosifs a été retrouvée dans une voiture abandonnée à proximité.

Mardi matin, les forces de sécurité du ministère de l'Intérieur ont interpellé cinq suspects à Hajin. Une trentaine d'habitants ont par ailleurs été convoqués pour être entendus.

La ville n'en est pas à son premier deuil. Il y a deux ans, une voiture piégée avait tué six personnes devant un poste de police de Dhiban, à une trentaine de kilomètres au nord. Dimanche encore, des centaines d'habitants de Hajin avaient manifesté dans le calme contre la hausse du prix du pain et les coupures d'électricité.
"""))
GOLD += [
E(15, ["Un kamikaze s'est fait exploser lundi soir", "a revendiqué l'attentat"],
  "SUI", "2026-05-04", "day", "Hajin", "SY", 13, 30, "exact", "Islamic State", "Islamic State", False,
  "'lundi soir' vs Tuesday 5 May -> 4 May. 'douze personnes, sans compter l'assaillant' -> 12 + 1 = 13 (events_test 'sans compter' rule); 'une trentaine' injured -> 30; the qualifier describes the killed figure -> exact. Claimed through Amaq. '26 ans', 'trois enfants' (subset), '21 h', 'quelque 200 invités' are distractors; the second belt found in a car is part of the same attack (no separate defusal described)."),
E(15, ["les forces de sécurité du ministère de l'Intérieur ont interpellé cinq suspects à Hajin"],
  "ARR", "2026-05-05", "day", "Hajin", "SY", None, None, None, "police", None, False,
  "'Mardi matin' -> 5 May. Interior ministry security forces -> police. 'Une trentaine d'habitants ... convoqués' are summoned, not arrested."),
E(15, ["une voiture piégée avait tué six personnes devant un poste de police de Dhiban"],
  "IED", "2024-01-01", "year", "Dhiban", "SY", 6, None, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year. No actor named. 'une trentaine de kilomètres' is a distance."),
E(15, ["des centaines d'habitants de Hajin avaient manifesté dans le calme"],
  "PP", "2026-05-03", "day", "Hajin", "SY", None, None, None, None, None, False,
  "'Dimanche' vs Tuesday 5 May -> 3 May. Peaceful; 'des centaines' are participants."),
]
