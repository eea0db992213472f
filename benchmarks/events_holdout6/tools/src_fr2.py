"""Authoring source of benchmarks/events_holdout6 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in French: an ambush near Palmyra, Syria (holdout6-018), a weekly
round-up (019), an opinion piece on central Mali (020), a film review with no
security event (021) and a police press release from Cabo Delgado (022).
Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout6")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout6-018
ARTICLES.append(A(18, "fr", "article", "2026-06-26T09:00:00Z",
"Syrie : sept membres des forces de sécurité tués près de Palmyre",
"""
AMMAN, 26 juin (Dépêche) - Un engin explosif a frappé mercredi un véhicule des forces de sécurité syriennes sur la route reliant Palmyre à Homs, tuant cinq de ses occupants, a annoncé le ministère de l'Intérieur. Jeudi soir, deux blessés ont succombé à l'hôpital de Homs, portant le bilan à sept morts. Trois autres sont toujours hospitalisés.

Le groupe État islamique a revendiqué l'attaque jeudi par l'intermédiaire de son agence Amaq, affirmant avoir tué « quinze apostats ».

Le véhicule, qui escortait un convoi de six camions-citernes, a été touché à une quarantaine de kilomètres à l'ouest de Palmyre, vers 6 heures du matin. Le conducteur, âgé de 24 ans, figure parmi les morts.

Jeudi, le ministère de l'Intérieur a annoncé l'arrestation à Homs de cinq membres d'une cellule de l'EI, en possession de 20 kilos d'explosifs et de trois ceintures explosives.

Dans l'est du pays, le commandement militaire américain a annoncé jeudi qu'une frappe aérienne avait tué la veille près d'Abou Kamal un haut responsable de l'EI et son garde du corps. Aucun civil n'a été blessé, selon la même source.

L'EI, défait territorialement en 2019, conserve selon l'ONU entre 1 500 et 3 000 combattants en Syrie et en Irak. En 2023, l'explosion d'une mine au passage d'un minibus avait tué onze bergers près de Palmyre, une attaque attribuée par les autorités au groupe.
"""))
GOLD += [
E(18, ["Un engin explosif a frappé mercredi un véhicule des forces de sécurité syriennes", "a revendiqué l'attaque jeudi"],
  "IED", "2026-06-24", "day", "Palmyra", "SY", 7, 3, "exact", "Islamic State", "Islamic State", False,
  "'mercredi' vs Friday 26 June -> 24 June. 'cinq' then two wounded died -> 'portant le bilan à sept morts' -> 7; 'Trois autres sont toujours hospitalisés' -> 3 (the two who died are in the 7). A road between Palmyre and Homs -> first-named place, Palmyra (English spelling). Claimed through Amaq -> Islamic State; the claim's 'quinze' is not used. 'six camions-citernes', 'une quarantaine de kilomètres', '6 heures', '24 ans' are distractors."),
E(18, ["l'arrestation à Homs de cinq membres d'une cellule de l'EI"],
  "ARR", "2026-06-25", "day", "Homs", "SY", None, None, None, "police", None, False,
  "'Jeudi' -> 25 June, the announcement day (announcement-date rule). Interior ministry -> police. '20 kilos', 'trois ceintures explosives' belong to the arrest."),
E(18, ["une frappe aérienne avait tué la veille près d'Abou Kamal un haut responsable de l'EI et son garde du corps"],
  "AIR", "2026-06-24", "day", "Abu Kamal", "SY", 2, 0, "exact", "US military", None, False,
  "Announced 'jeudi' (25 June); 'la veille' -> the day before the announcement, 24 June (events_holdout2 'la veille' rule). 'un haut responsable ... et son garde du corps' -> 2; 'Aucun civil n'a été blessé' -> injured 0. Foreign force -> 'US military'. Abou Kamal -> Abu Kamal."),
E(18, ["l'explosion d'une mine au passage d'un minibus"],
  "IED", "2023-01-01", "year", "Palmyra", "SY", 11, None, "exact", "Islamic State", None, True,
  "'En 2023' -> year. 'attribuée par les autorités au groupe' -> attribution stated as fact -> Islamic State, no claim. 'entre 1 500 et 3 000 combattants' is a strength estimate; 'en 2019' is a territorial defeat, not an event."),
]

# --------------------------------------------------------------- holdout6-019
ARTICLES.append(A(19, "fr", "article", "2026-09-26T10:00:00Z",
"La semaine sécurité : du 20 au 26 septembre",
"""
Notre récapitulatif hebdomadaire des principaux incidents sécuritaires, établi à partir de nos correspondants et de sources locales.

MALI - Des hommes armés ont attaqué lundi un hameau de pêcheurs près de Youwarou, dans la région de Mopti, tuant plus d'une quinzaine de civils, selon des élus locaux. Une quarantaine de pirogues ont été incendiées.

CAMEROUN - Un kamikaze s'est fait exploser mercredi à l'entrée du marché de Hile-Alifa, dans l'Extrême-Nord, tuant trois personnes en plus de lui-même. Sept autres ont été blessées, dont deux enfants de 6 et 9 ans.

CENTRAFRIQUE - Les rebelles du groupe 3R ont attaqué jeudi une base de casques bleus près de Bocaranga. Un casque bleu a été tué et deux autres blessés, selon la mission de l'ONU, qui affirme avoir repoussé une cinquantaine d'assaillants.

RD CONGO - Des combattants des ADF ont enlevé mardi au moins vingt-deux personnes, dont des femmes et des enfants, près de Biakato, en Ituri, a indiqué l'armée. Quatre otages se sont évadés le lendemain.

MOZAMBIQUE - La police a arrêté vendredi à Montepuez six hommes soupçonnés de recruter des jeunes pour les insurgés de Cabo Delgado. Ils ont entre 20 et 34 ans.

LIBYE - Des manifestants en colère contre les coupures d'électricité ont incendié jeudi soir le siège de la municipalité de Gharyan, au sud de Tripoli. Personne n'a été blessé, selon la municipalité, qui estime les dégâts à 2 millions de dinars.

Le chiffre de la semaine : 37, le nombre d'attaques recensées dans le centre du Mali depuis le 1er juillet par une ONG locale.
"""))
GOLD += [
E(19, ["Des hommes armés ont attaqué lundi un hameau de pêcheurs près de Youwarou"],
  "ATK", "2026-09-21", "day", "Youwarou", "ML", 15, None, "more_than", None, None, False,
  "Round-up dated Saturday 26 Sept; 'lundi' -> 21 Sept. The hamlet is unnamed -> Youwarou. 'plus d'une quinzaine' -> 15, more_than (events_holdout 'plus d'une trentaine' rule). 'Une quarantaine de pirogues' are boats."),
E(19, ["Un kamikaze s'est fait exploser mercredi à l'entrée du marché de Hile-Alifa"],
  "SUI", "2026-09-23", "day", "Hile-Alifa", "CM", 4, 7, "exact", None, None, False,
  "'mercredi' -> 23 Sept. 'trois personnes en plus de lui-même' -> 3 + the bomber = 4 (bombers count when the text counts them). 'Sept autres' wounded -> 7; '6 et 9 ans' are ages. No actor named -> null."),
E(19, ["Les rebelles du groupe 3R ont attaqué jeudi une base de casques bleus"],
  "BAT", "2026-09-24", "day", "Bocaranga", "CF", 1, 2, "exact", "3R", None, False,
  "'jeudi' -> 24 Sept. An attack on a peacekeepers' base -> Armed clash initiated by 3R (new canonical name 3R, Retour, Réclamation et Réhabilitation). 1 killed, 2 wounded; 'une cinquantaine d'assaillants' is the attackers' strength, not a toll."),
E(19, ["Des combattants des ADF ont enlevé mardi au moins vingt-deux personnes"],
  "ABD", "2026-09-22", "day", "Biakato", "CD", None, None, None, "Allied Democratic Forces", None, False,
  "'mardi' -> 22 Sept. The army states it as fact -> Allied Democratic Forces. 'au moins vingt-deux' are abductees, 'Quatre otages' escapees: not casualties."),
E(19, ["La police a arrêté vendredi à Montepuez six hommes"],
  "ARR", "2026-09-25", "day", "Montepuez", "MZ", None, None, None, "police", None, False,
  "'vendredi' -> 25 Sept. 'entre 20 et 34 ans' is an age range."),
E(19, ["Des manifestants en colère contre les coupures d'électricité ont incendié jeudi soir le siège de la municipalité de Gharyan"],
  "RIOT", "2026-09-24", "day", "Gharyan", "LY", 0, 0, "exact", None, None, False,
  "'jeudi soir' -> 24 Sept. Protesters setting a building on fire -> Violent demonstration. 'Personne n'a été blessé' -> 0/0. '2 millions de dinars' is money; the closing '37' attacks since 1 July is a cumulative statistic."),
]

# --------------------------------------------------------------- holdout6-020
ARTICLES.append(A(20, "fr", "article", "2026-11-03T08:00:00Z",
"Tribune : le centre du Mali ne doit pas devenir une zone oubliée",
"""
Par Aminata Guindo, sociologue

Dimanche encore, un car de transport a sauté sur un engin explosif entre Hombori et Boni. Bilan : neuf morts, dont deux enfants, et quatorze blessés. Le car transportait 62 passagers, des commerçants pour la plupart, qui se rendaient à la foire hebdomadaire. Personne n'a revendiqué l'attentat.

La semaine dernière, à Mondoro, un berger de 70 ans a été abattu par des hommes armés alors qu'il abreuvait son troupeau. Son fils de 15 ans a été blessé.

Ces drames ne font plus la une. Pourtant, ils s'inscrivent dans une longue série. En mai 2022, une embuscade contre des forains près de Hombori avait fait onze morts. En 2024, l'armée avait arrêté une trentaine d'hommes au marché de Mondoro ; plusieurs n'ont jamais reparu. L'an dernier, une frappe de drone de l'armée sur une cérémonie de mariage près de San avait tué une vingtaine de personnes, selon des habitants ; l'armée avait parlé de « terroristes ».

Le 12 octobre, des centaines de femmes ont marché pacifiquement dans les rues de Hombori pour demander la réouverture de la route. Elles n'ont reçu aucune réponse.

Depuis 2015, selon nos relevés, plus de 3 000 civils ont été tués dans le centre du pays. Le budget de la reconstruction, 15 milliards de francs CFA, n'a été décaissé qu'à 10 %. Il faut rouvrir les écoles, payer les enseignants et parler aux communautés peules et dogons, qui se regardent en ennemies depuis dix ans.

Le centre du Mali n'est pas une ligne de front. C'est un pays habité.

Aminata Guindo enseigne à l'université de Ségou.
"""))
GOLD += [
E(20, ["un car de transport a sauté sur un engin explosif entre Hombori et Boni", "l'attentat"],
  "IED", "2026-11-01", "day", "Hombori", "ML", 9, 14, "exact", None, None, False,
  "'Dimanche' vs Tuesday 3 Nov -> 1 Nov. A road between two places -> first-named place, Hombori. 9 killed ('dont deux enfants' is a subset), 14 wounded. Unclaimed -> null. '62 passagers' is a distractor."),
E(20, ["un berger de 70 ans a été abattu par des hommes armés"],
  "ATK", None, None, "Mondoro", "ML", 1, 1, "exact", None, None, False,
  "'La semaine dernière' -> null date (dev rule), so not background. 1 killed, his son wounded -> 1. '70 ans', '15 ans' are ages."),
E(20, ["une embuscade contre des forains près de Hombori"],
  "ATK", "2022-05-01", "month", "Hombori", "ML", 11, None, "exact", None, None, True,
  "'En mai 2022' -> month. An ambush on travelling traders (civilians) -> Attack; no actor -> null."),
E(20, ["l'armée avait arrêté une trentaine d'hommes au marché de Mondoro"],
  "ARR", "2024-01-01", "year", "Mondoro", "ML", None, None, None, "military", None, True,
  "'En 2024' -> year. 'une trentaine d'hommes' are arrestees, not casualties; 'plusieurs n'ont jamais reparu' gives no figure."),
E(20, ["une frappe de drone de l'armée sur une cérémonie de mariage près de San"],
  "AIR", "2025-01-01", "year", "San", "ML", 20, None, "about", "military", None, True,
  "'L'an dernier' -> 2025, year. Residents' 'une vingtaine de personnes' -> 20, about; the army calls them terrorists but gives no other figure."),
E(20, ["des centaines de femmes ont marché pacifiquement dans les rues de Hombori"],
  "PP", "2026-10-12", "day", "Hombori", "ML", None, None, None, None, None, False,
  "'Le 12 octobre' -> 22 days before publication -> current. 'des centaines' are participants. 'plus de 3 000 civils ... Depuis 2015' is a cumulative statistic; '15 milliards', '10 %', 'dix ans' are distractors."),
]

# --------------------------------------------------------------- holdout6-021
ARTICLES.append(A(21, "fr", "article", "2026-04-10T12:00:00Z",
"Critique : « La Colline des braves », un film de guerre qui fait mouche",
"""
Il faut une bonne heure pour se remettre de « La Colline des braves ». Le premier long métrage du Camerounais Blaise Tchoumi, sorti mercredi dans 140 salles, raconte en 2 h 18 la défense d'un poste isolé par une section de trente-deux soldats, encerclés pendant neuf jours par un ennemi qu'on ne voit presque jamais.

L'embuscade d'ouverture est d'une brutalité rare : un camion saute sur une mine, les rafales déchirent la brousse, et en quelques minutes onze hommes tombent. Les obus pleuvent ensuite sur la colline, nuit après nuit. À la fin, seuls quatre survivants redescendent, portant les corps de leurs camarades. Le réalisateur refuse tout héroïsme : les blessés hurlent, l'aumônier est abattu alors qu'il prie, un village est rasé pour l'exemple.

Tourné en six semaines près de Garoua avec 600 figurants et un budget de 1,8 milliard de francs CFA, le film a nécessité 3 tonnes d'explosifs factices. « Aucun membre de l'équipe n'a été blessé, même pendant les scènes de bombardement », assure la production.

Le jeune Ousmane Bello, 19 ans, bouleversant en radio de la section, tue littéralement chaque scène où il apparaît. Seule faiblesse, un dernier acte trop long, que le montage a massacré au lieu de le resserrer.

Présenté en février au Fespaco, où il a reçu deux prix, le film a déjà attiré 85 000 spectateurs en trois jours. Une suite est annoncée pour 2028. Les scènes de combat ont été chorégraphiées par d'anciens militaires, et cela se voit : rarement une bataille aura paru aussi réelle.

Note : 4/5.
"""))

# --------------------------------------------------------------- holdout6-022
ARTICLES.append(A(22, "fr", "article", "2026-07-09T16:00:00Z",
"Communiqué de la Sûreté nationale : un réseau de preneurs d'otages démantelé à Garoua",
"""
COMMUNIQUÉ

Le Délégué général à la Sûreté nationale informe l'opinion publique que, le mardi 7 juillet 2026, les éléments du Groupement spécial d'opérations ont démantelé à Garoua un réseau de preneurs d'otages actif dans les régions du Nord et de l'Adamaoua.

Sept individus, âgés de 21 à 45 ans, ont été interpellés dans un domicile du quartier Lopéré. Deux otages ont été libérés sains et saufs : un commerçant de 58 ans et son neveu de 12 ans, enlevés le 28 juin à Touboro par des hommes armés qui réclamaient à leur famille une rançon de 10 millions de francs CFA. Trois fusils de type AK-47, 245 cartouches, quatre motos et une somme de 4,5 millions de francs CFA ont été saisis.

Par ailleurs, le dimanche 5 juillet, vers 23 heures, des individus armés ont ouvert le feu sur un poste de contrôle de la police à l'entrée de Ngaoundéré. Un policier a été tué et un autre blessé. Les assaillants ont pris la fuite en direction de Mbé. Un suspect a été interpellé le lendemain à Ngaoundéré ; les enquêtes se poursuivent pour retrouver ses complices.

Le Délégué général rappelle que depuis janvier, 63 cas d'enlèvement ont été enregistrés dans la région du Nord, et que 41 otages ont été libérés par les forces de défense et de sécurité. Il félicite les unités engagées et invite les populations à signaler toute présence suspecte au numéro vert 117, gratuit et disponible 24 heures sur 24.

Fait le 9 juillet 2026.
"""))
GOLD += [
E(22, ["les éléments du Groupement spécial d'opérations ont démantelé à Garoua un réseau", "Sept individus, âgés de 21 à 45 ans, ont été interpellés"],
  "ARR", "2026-07-07", "day", "Garoua", "CM", None, None, None, "police", None, False,
  "'le mardi 7 juillet 2026'. A police unit (GSO of the Sûreté nationale) -> police. Lopéré is a district of Garoua. Freed hostages, 'Trois fusils', '245 cartouches', 'quatre motos', '4,5 millions' belong to the arrest; ages '21 à 45', '58 ans', '12 ans' are distractors."),
E(22, ["enlevés le 28 juin à Touboro"],
  "ABD", "2026-06-28", "day", "Touboro", "CM", None, None, None, None, None, False,
  "'le 28 juin' -> 11 days before publication -> current. Unnamed gunmen -> null. '10 millions de francs CFA' is a ransom."),
E(22, ["des individus armés ont ouvert le feu sur un poste de contrôle de la police"],
  "BAT", "2026-07-05", "day", "Ngaoundéré", "CM", 1, 1, "exact", None, None, False,
  "'le dimanche 5 juillet'. Gunmen firing on a police checkpoint -> Armed clash (police are an armed state force, not civilians); unnamed -> null. 1 killed, 1 wounded. '23 heures' is a time; Mbé is where they fled."),
E(22, ["Un suspect a été interpellé le lendemain à Ngaoundéré"],
  "ARR", "2026-07-06", "day", "Ngaoundéré", "CM", None, None, None, "police", None, False,
  "'le lendemain' of 5 July -> 6 July. '63 cas', '41 otages' since January are cumulative figures; '117', '24 heures' are a phone number and a span."),
]
