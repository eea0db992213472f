"""Authoring source of benchmarks/events_holdout19 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bassikounou, Mauritania cluster (holdout19-001 to 005, all French),
two suicide bombers on Friday 13 March 2026 at two sites of one town (the
livestock market and the bus station, about 600 m apart, about eight minutes
apart): a correspondent's dispatch with a JNIM « pourrait être derrière »
(001), a national daily's next-day report with the revised toll, a sit-in and
arrests (002), the Islamic State claim and a JNIM denial four days later
(003), a daily on arrests, a facilitator and a raid that turns into a clash
(004) and a weekly magazine's analysis dense with older attacks (005). Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout19")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout19-001
ARTICLES.append(A(1, "fr", "article", "2026-03-13T15:10:00Z",
"Mauritanie : au moins huit morts dans un double attentat-suicide à Bassikounou",
"""
BASSIKOUNOU (Mauritanie) - Au moins huit personnes ont été tuées et une vingtaine d'autres blessées vendredi matin à Bassikounou, dans le Hodh Ech Chargui, lorsque deux kamikazes ont actionné leurs ceintures d'explosifs au marché à bétail puis à la gare routière, a constaté notre correspondant.

Le premier assaillant, un adolescent de 16 ans selon des éleveurs, s'est approché vers 9 h 15 d'un enclos où plus de 300 têtes de bétail attendaient d'être vendues. Huit minutes plus tard, le second kamikaze a frappé la gare routière, à quelque 600 mètres de là, où des voyageurs s'étaient réfugiés après la première déflagration.

« J'ai compté huit corps au marché et à la gare », a déclaré un infirmier du centre de santé, débordé par l'afflux des blessés. Les cas les plus graves ont été évacués vers l'hôpital régional de Néma, à environ 250 kilomètres à l'ouest.

Aucune revendication n'avait été enregistrée vendredi après-midi. Selon un responsable sécuritaire joint par téléphone, le Groupe de soutien à l'islam et aux musulmans (JNIM) « pourrait être derrière » l'attaque, sans plus de précisions.

Par ailleurs, dans la nuit de mercredi à jeudi, des hommes armés venus de la frontière malienne ont enlevé un commerçant de bétail près de Fassala, à une quarantaine de kilomètres de Bassikounou, selon des notables.

Bassikounou, ville frontalière située à moins de 60 kilomètres du Mali, accueille le camp de réfugiés de Mbera, où vivent des dizaines de milliers de personnes. Le wali a interdit la circulation des motos jusqu'à nouvel ordre et fermé le marché pour 72 heures.
"""))
GOLD += [
E(1, ["deux kamikazes ont actionné leurs ceintures d'explosifs au marché à bétail puis à la gare routière"],
  "SUI", "2026-03-13", "day", "Bassikounou", "MR", 8, 20, "at_least", None, None, False,
  "'vendredi matin' = publication day, Friday 13 March. Two bombers at two sites of one town (the livestock market and the bus station, about 600 m apart), eight minutes apart -> ONE Suicide bomb event (events_holdout10 Koupéla, events_holdout13 to 17). 'Au moins huit personnes ont été tuées et une vingtaine d'autres blessées' -> 8 killed (at_least), 20 injured (une vingtaine; the qualifier describes killed). The JNIM « pourrait être derrière » is speculation -> null. '16 ans' is an age; '9 h 15', 'Huit minutes', '300 têtes de bétail', '600 mètres', 'huit corps' (the same eight), '250 kilomètres', '60 kilomètres', 'des dizaines de milliers de personnes' (refugees, not casualties), '72 heures' are not casualties."),
E(1, ["des hommes armés venus de la frontière malienne ont enlevé un commerçant de bétail près de Fassala"],
  "ABD", "2026-03-11", "day", "Fassala", "MR", None, None, None, None, None, False,
  "'dans la nuit de mercredi à jeudi' vs Friday 13 March -> Wednesday 11 March (nights dated at their start). Unnamed 'hommes armés' -> null. 'une quarantaine de kilomètres' is a distance. Fassala (also Fassala-Néré) is the Mauritanian border village."),
]

# -------------------------------------------------------------- holdout19-002
ARTICLES.append(A(2, "fr", "article", "2026-03-14T17:00:00Z",
"Attentat de Bassikounou : le bilan passe à 17 morts",
"""
Le bilan du double attentat-suicide qui a frappé vendredi Bassikounou s'est alourdi. Le ministre de l'Intérieur a annoncé samedi 15 morts, sans compter les deux kamikazes, et 44 blessés, dont onze dans un état grave.

Vendredi à la mi-journée, les premières sources parlaient de huit morts. Dans la soirée, le centre de santé avait reçu douze corps, et trois blessés ont succombé à leurs blessures dans la nuit à l'hôpital de Néma, a précisé le ministre lors d'un point de presse.

Parmi les victimes figurent un marchand de moutons de 52 ans, père de neuf enfants, et deux chauffeurs de taxi-brousse qui attendaient des clients à la gare routière.

Samedi matin, plusieurs centaines de commerçants du marché à bétail ont observé un sit-in devant la préfecture pour réclamer le retour d'un poste de l'armée à l'entrée de la ville. Ils se sont dispersés dans le calme vers midi, après avoir été reçus par le préfet.

Vendredi soir, la gendarmerie a interpellé trois suspects à Adel Bagrou, à une cinquantaine de kilomètres au sud. Deux motos et un téléphone satellitaire ont été saisis. Une vingtaine de personnes ont par ailleurs été entendues par les enquêteurs, puis relâchées.

Le gouvernement a décrété trois jours de deuil national et promis 500 000 ouguiyas à chaque famille endeuillée. Les premiers enterrements ont eu lieu vendredi soir au cimetière de la ville.

L'attentat n'avait toujours pas été revendiqué samedi en fin d'après-midi.
"""))
GOLD += [
E(2, ["Le bilan du double attentat-suicide qui a frappé vendredi Bassikounou", "L'attentat"],
  "SUI", "2026-03-13", "day", "Bassikounou", "MR", 17, 44, "exact", None, None, False,
  "'vendredi' vs Saturday 14 March -> 13 March. Two sites of one town -> one event. Revised toll inside the report: 'huit morts' -> 'douze corps' -> three wounded died overnight -> '15 morts, sans compter les deux kamikazes' -> 15 + 2 = 17 (events_holdout14 to 17: 'sans compter' adds the bombers), exact. '44 blessés' -> 44 (not reduced by the three who died, events_holdout16); 'dont onze dans un état grave' is a subset. No claim -> null. '52 ans', 'neuf enfants' (an age and a family), 'trois jours de deuil', '500 000 ouguiyas' are not casualties; the burials are not coded."),
E(2, ["plusieurs centaines de commerçants du marché à bétail ont observé un sit-in devant la préfecture"],
  "PP", "2026-03-14", "day", "Bassikounou", "MR", None, None, None, None, None, False,
  "'Samedi matin' = publication day, 14 March. A sit-in with a demand that ends calmly -> Peaceful protest; null actor (protests). 'plusieurs centaines' are participants."),
E(2, ["la gendarmerie a interpellé trois suspects à Adel Bagrou"],
  "ARR", "2026-03-13", "day", "Adel Bagrou", "MR", None, None, None, "police", None, False,
  "'Vendredi soir' vs Saturday 14 March -> 13 March. Gendarmerie -> 'police'. The motorcycles and the phone belong to the arrest; 'une cinquantaine de kilomètres' is a distance. 'Une vingtaine de personnes ont ... été entendues ... puis relâchées' are not arrests."),
]

# -------------------------------------------------------------- holdout19-003
ARTICLES.append(A(3, "fr", "article", "2026-03-17T10:20:00Z",
"L'État islamique revendique l'attentat de Bassikounou, le JNIM dément",
"""
L'attentat de vendredi à Bassikounou a été revendiqué par l'État islamique au Sahel, dans un communiqué diffusé lundi soir par son agence de propagande, accompagné de deux photos présentées comme celles des kamikazes.

Le texte affirme que les deux assaillants ont tué « plus de 60 apostats et soldats ». Le porte-parole du gouvernement a rejeté ce chiffre et maintenu un bilan de 18 morts, kamikazes compris, après le décès lundi à Néma d'un berger de 70 ans. Il n'a pas contesté l'authenticité de la revendication.

Le Groupe de soutien à l'islam et aux musulmans (JNIM), que des sources sécuritaires avaient d'abord désigné, a démenti toute implication dans un message audio de quatre minutes adressé à des journalistes de la sous-région.

L'État islamique au Sahel n'en est pas à sa première action dans le Hodh Ech Chargui. En 2019, ses combattants avaient attaqué un poste de la garde nationale près d'Oualata, tuant trois gardes, une attaque que le groupe avait revendiquée à l'époque.

Pour un chercheur mauritanien joint à Nouakchott, le délai de trois jours avant la revendication « est conforme aux habitudes du groupe ». Il rappelle que la frontière avec le Mali s'étend sur plus de 2 000 kilomètres, dont une grande partie dans le désert.

Les autorités ont offert une récompense de 2 millions d'ouguiyas pour toute information sur les complices des kamikazes. Le marché à bétail de Bassikounou doit rouvrir jeudi.
"""))
GOLD += [
E(3, ["L'attentat de vendredi à Bassikounou a été revendiqué par l'État islamique au Sahel"],
  "SUI", "2026-03-13", "day", "Bassikounou", "MR", 18, None, "exact", "Islamic State", "Islamic State", False,
  "A claim published four days later that names the attack by its place and day: 'vendredi' vs Tuesday 17 March -> 13 March. 'l'État islamique au Sahel' -> 'Islamic State' (dev: every branch except ISWAP). The government rejects the claimant's figure ('plus de 60', not used) but not the authorship -> claimant and perpetrator. '18 morts, kamikazes compris' -> 18 (inside), exact; the herder who died on Monday raised it. The JNIM denial is not a claim. '70 ans' is an age; 'deux photos', 'quatre minutes' are not casualties."),
E(3, ["ses combattants avaient attaqué un poste de la garde nationale près d'Oualata"],
  "BAT", "2019-01-01", "year", "Oualata", "MR", 3, None, "exact", "Islamic State", "Islamic State", True,
  "'En 2019' -> year, background. A named group attacking a guard post -> Armed clash, initiated by the attackers; 'une attaque que le groupe avait revendiquée' -> claimant and perpetrator 'Islamic State'. 'tuant trois gardes' -> 3. '2 000 kilomètres', 'trois jours', '2 millions d'ouguiyas' are not casualties."),
]

# -------------------------------------------------------------- holdout19-004
ARTICLES.append(A(4, "fr", "article", "2026-03-19T09:00:00Z",
"Bassikounou : sept suspects interpellés à Néma, le chauffeur des kamikazes arrêté",
"""
Six jours après le double attentat-suicide de Bassikounou, l'enquête s'accélère. Mardi, des militaires ont interpellé sept suspects, âgés de 19 à 45 ans, lors d'une opération de bouclage dans un quartier périphérique de Néma, a indiqué l'état-major dans un communiqué.

La veille, lundi, un chauffeur de 35 ans soupçonné d'avoir conduit les deux kamikazes depuis la frontière a été arrêté par la gendarmerie à Timbedra, à 110 kilomètres de Néma. Son pick-up, un véhicule tout-terrain immatriculé au Mali, a été saisi avec quatre bidons de carburant.

Mercredi, une patrouille de l'armée qui fouillait un campement près d'Amourj a été accueillie par des tirs. Dans l'échange qui a suivi, deux assaillants ont été tués et un soldat a été blessé, selon l'état-major, qui dit avoir récupéré une kalachnikov et 200 cartouches.

L'attentat du 13 mars, revendiqué par l'État islamique au Sahel, a fait 18 morts, dont les deux kamikazes, selon le dernier bilan officiel.

Une quarantaine de personnes ont en outre été convoquées par les enquêteurs, puis relâchées après audition. « Être convoqué ne veut pas dire être suspect », a tenu à préciser un magistrat du pôle antiterroriste de Nouakchott.

À Bassikounou, le marché à bétail doit rouvrir ce jeudi, avec trois points de contrôle à l'entrée. Les éleveurs, qui ont perdu une semaine de ventes, demandent un allègement de la taxe sur le bétail, fixée à 1 000 ouguiyas par tête.
"""))
GOLD += [
E(4, ["le double attentat-suicide de Bassikounou", "L'attentat du 13 mars"],
  "SUI", "2026-03-13", "day", "Bassikounou", "MR", 18, None, "exact", "Islamic State", "Islamic State", False,
  "'L'attentat du 13 mars' -> 13 March (6 days before Thursday 19 March -> current; 'Six jours après' agrees). '18 morts, dont les deux kamikazes' -> 18 (inside), exact. 'revendiqué par l'État islamique au Sahel' -> claimant and perpetrator 'Islamic State'."),
E(4, ["des militaires ont interpellé sept suspects"],
  "ARR", "2026-03-17", "day", "Néma", "MR", None, None, None, "military", None, False,
  "'Mardi' vs Thursday 19 March -> 17 March. Soldiers, état-major -> 'military'. 'âgés de 19 à 45 ans' is an age range, not casualties. A neighbourhood of Néma -> Néma (also the hospital town of 001 to 003, no event there)."),
E(4, ["un chauffeur de 35 ans soupçonné d'avoir conduit les deux kamikazes depuis la frontière a été arrêté par la gendarmerie à Timbedra"],
  "ARR", "2026-03-16", "day", "Timbedra", "MR", None, None, None, "police", None, False,
  "'La veille, lundi' -> Monday 16 March. The suspected facilitator. Gendarmerie -> 'police'. '35 ans' is an age; '110 kilomètres', 'quatre bidons' are not casualties; the pick-up seized belongs to the arrest."),
E(4, ["une patrouille de l'armée qui fouillait un campement près d'Amourj a été accueillie par des tirs"],
  "BAT", "2026-03-18", "day", "Amourj", "MR", 2, 1, "exact", "military", None, False,
  "'Mercredi' vs Thursday 19 March -> 18 March. A search that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout15 to 17); army -> 'military'. 'deux assaillants ont été tués et un soldat a été blessé, selon l'état-major' -> 2 killed, 1 injured (the acting force's own figure, the only one). 'une kalachnikov et 200 cartouches', 'Une quarantaine de personnes ... convoquées' (not arrests), 'trois points de contrôle', '1 000 ouguiyas' are not casualties."),
]

# -------------------------------------------------------------- holdout19-005
ARTICLES.append(A(5, "fr", "article", "2026-03-27T06:00:00Z",
"Hebdo. Le Hodh Ech Chargui, une frontière qui ne dort plus",
"""
Le 13 mars, deux kamikazes ont frappé Bassikounou à huit minutes d'intervalle, au marché à bétail puis à la gare routière. Dix-neuf personnes sont mortes, les deux assaillants compris, depuis qu'une femme blessée a succombé mardi. L'État islamique au Sahel a revendiqué l'attentat.

À Nouakchott, on a parlé de coup de tonnerre. Dans l'Est, personne n'a été surpris. Retour sur des années d'alertes.

En août 2019, des hommes armés ont attaqué un poste de douane à Kobenni, tuant deux douaniers. Le poste n'a jamais été reconstruit.

Il y a trois ans, un kamikaze s'est fait exploser à un barrage de la garde nationale à l'entrée de Tintane, tuant quatre gardes. L'attaque n'a jamais été revendiquée.

En novembre 2024, un drone de l'armée malienne a frappé un puits près de Nbeiket Lahwach, côté mauritanien, tuant une dizaine de bergers. Bamako a parlé d'une « erreur de ciblage ».

En janvier 2025, le JNIM a enlevé cinq bergers près de Djiguenni. Trois ont été relâchés contre rançon au bout de 40 jours ; on reste sans nouvelles des deux autres.

L'an dernier, enfin, la gendarmerie a arrêté à Aïoun el-Atrouss un recruteur présumé, un homme de 29 ans qui aurait envoyé une quinzaine de jeunes vers les camps du Macina.

Chacun de ces épisodes a été traité à part. Pourtant, la frontière avec le Mali court sur des centaines de kilomètres de sable sans poste fixe. Le gouvernement promet 1 500 soldats supplémentaires et trois bases avancées d'ici décembre. Les éleveurs, eux, attendent surtout que les puits soient surveillés.
"""))
GOLD += [
E(5, ["deux kamikazes ont frappé Bassikounou", "L'État islamique au Sahel a revendiqué l'attentat"],
  "SUI", "2026-03-13", "day", "Bassikounou", "MR", 19, None, "exact", "Islamic State", "Islamic State", False,
  "'Le 13 mars' -> 13 March (14 days before Friday 27 March -> current). Two sites, eight minutes apart -> one event. 'Dix-neuf personnes sont mortes, les deux assaillants compris' -> 19 (inside), exact; the woman who died on Tuesday raised it. 'L'État islamique au Sahel a revendiqué l'attentat' -> claimant and perpetrator 'Islamic State'."),
E(5, ["des hommes armés ont attaqué un poste de douane à Kobenni"],
  "BAT", "2019-08-01", "month", "Kobenni", "MR", 2, None, "exact", None, None, True,
  "'En août 2019' -> month, background. Unnamed gunmen attacking a customs post -> Armed clash with a null initiator (events_holdout16/17 convention for posts). 'tuant deux douaniers' -> 2. A reader could code Violence against civilians / Attack."),
E(5, ["un kamikaze s'est fait exploser à un barrage de la garde nationale à l'entrée de Tintane"],
  "SUI", "2023-01-01", "year", "Tintane", "MR", 4, None, "exact", None, None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. 'n'a jamais été revendiquée' -> null. 'tuant quatre gardes' -> 4."),
E(5, ["un drone de l'armée malienne a frappé un puits près de Nbeiket Lahwach"],
  "AIR", "2024-11-01", "month", "Nbeiket Lahwach", "MR", 10, None, "about", "Malian military", None, True,
  "'En novembre 2024' -> month, background. A foreign state's drone -> 'Malian military' (dev: foreign forces are '<Country adjective> military'). 'tuant une dizaine de bergers' -> 10, about (dev table). 'côté mauritanien' -> MR."),
E(5, ["le JNIM a enlevé cinq bergers près de Djiguenni"],
  "ABD", "2025-01-01", "month", "Djiguenni", "MR", None, None, None, "JNIM", None, True,
  "'En janvier 2025' -> month, background. Stated as fact -> perpetrator 'JNIM', no claim. 'cinq bergers', 'Trois', 'des deux autres' are abductees; '40 jours' a span."),
E(5, ["la gendarmerie a arrêté à Aïoun el-Atrouss un recruteur présumé"],
  "ARR", "2025-01-01", "year", "Aïoun el-Atrouss", "MR", None, None, None, "police", None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. Gendarmerie -> 'police'. '29 ans' is an age; 'une quinzaine de jeunes' are recruits, not casualties; '1 500 soldats', 'trois bases', 'des centaines de kilomètres' are not casualties."),
]
