"""Authoring source of benchmarks/events_holdout13 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Khenchela, Algeria cluster (holdout13-001 to 005), two bombers on
Sunday 8 March 2026, one at the gate of the gendarmerie headquarters and one
at the bus station about 400 m away: the agency flash (001), a regional
daily's report with the revised toll and the march after the funerals (002),
the claim and a denial (003), an English wire on the arrests and a raid
(004) and a radio interview full of older attacks (005). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout13")

ARTICLES = []
GOLD = []

AQIM = "al-Qaeda in the Islamic Maghreb"

# -------------------------------------------------------------- holdout13-001
ARTICLES.append(A(1, "fr", "article", "2026-03-08T10:30:00Z",
"Algérie : double attentat-suicide à Khenchela, au moins onze morts",
"""
KHENCHELA (Algérie), 8 mars (Agence) – Deux kamikazes se sont fait exploser à quelques minutes d'intervalle dimanche matin à Khenchela, dans l'est de l'Algérie, l'un devant le portail du groupement de gendarmerie, l'autre à la gare routière située à environ 400 mètres, tuant au moins onze personnes et en blessant des dizaines, selon des sources hospitalières et sécuritaires.

La première explosion s'est produite vers 8 h 20, au moment de la relève des gendarmes. La seconde a eu lieu six ou sept minutes plus tard parmi les voyageurs qui attendaient les cars pour Batna et Tébessa, a indiqué un témoin.

« J'ai vu un jeune homme d'environ 25 ans courir vers les cars, puis tout a explosé », a raconté par téléphone Rachid, un chauffeur de 47 ans. « Il y avait des corps partout entre les bus. »

Les blessés ont été transportés à l'hôpital de Khenchela, où un appel aux dons de sang a été lancé. Selon un médecin, quatorze d'entre eux sont dans un état grave. Une vingtaine d'ambulances ont été dépêchées depuis les wilayas voisines.

Aucun groupe n'a revendiqué l'attaque dans l'immédiat. Un responsable sécuritaire a estimé qu'elle « pourrait être l'œuvre » d'Al-Qaïda au Maghreb islamique (AQMI) ou de Jund al-Khilafa, un groupe qui a prêté allégeance à l'État islamique, sans avancer de preuve.

Samedi soir, un berger a été tué et son fils de 12 ans blessé par l'explosion d'une bombe artisanale près de Meskiana, à une soixantaine de kilomètres au nord, selon la même source.

Vendredi, un détachement de l'armée a abattu deux terroristes lors d'une opération de ratissage dans les monts proches d'Arris, dans la wilaya voisine de Batna, a annoncé le ministère de la Défense, qui a fait état de la récupération de deux kalachnikovs et de 300 cartouches.

Khenchela, ville d'environ 120 000 habitants située à quelque 500 kilomètres au sud-est d'Alger, n'avait pas connu d'attentat de cette ampleur depuis le début des années 2010. Les autorités ont fermé la gare routière jusqu'à nouvel ordre et renforcé les barrages aux entrées de la ville.

La wilaya a mis en place une cellule d'écoute joignable au 1548, où des psychologues se relaient jour et nuit.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser à quelques minutes d'intervalle", "La première explosion", "Aucun groupe n'a revendiqué l'attaque"],
  "SUI", "2026-03-08", "day", "Khenchela", "DZ", 11, 12, "at_least", None, None, False,
  "'dimanche matin' = publication day, Sunday 8 March. Two bombers at two sites of one town (gendarmerie gate and bus station, about 400 m apart), minutes apart -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention). 'au moins onze' -> 11, at_least; 'des dizaines' wounded -> 12 (dev table); the qualifier describes killed. 'pourrait être l'œuvre' of AQIM or Jund al-Khilafa is speculation -> perpetrator null. '400 mètres', '8 h 20', 'six ou sept minutes', '25 ans', '47 ans', 'quatorze d'entre eux' (a subset), 'Une vingtaine d'ambulances', '120 000', '500 kilomètres', '1548' are not casualties."),
E(1, ["un berger a été tué et son fils de 12 ans blessé par l'explosion d'une bombe artisanale près de Meskiana"],
  "IED", "2026-03-07", "day", "Meskiana", "DZ", 1, 1, "exact", None, None, False,
  "'Samedi soir' vs Sunday 8 March -> 7 March. A homemade bomb -> Remote explosive/landmine/IED; no actor. A shepherd killed, his son wounded -> 1/1. '12 ans' is an age, 'une soixantaine de kilomètres' a distance."),
E(1, ["un détachement de l'armée a abattu deux terroristes lors d'une opération de ratissage"],
  "BAT", "2026-03-06", "day", "Arris", "DZ", 2, None, "exact", "military", None, False,
  "'Vendredi' vs Sunday 8 March -> 6 March. An army sweep killing militants -> Armed clash initiated by the military. 'dans les monts proches d'Arris' -> the nearest named town, Arris. 'abattu deux terroristes' -> 2 (the ministry's own figure, the only one); 'deux kalachnikovs', '300 cartouches' are not casualties."),
]

# -------------------------------------------------------------- holdout13-002
ARTICLES.append(A(2, "fr", "article", "2026-03-09T16:00:00Z",
"Khenchela, au lendemain du double attentat : le bilan, la colère",
"""
De notre envoyée spéciale à Khenchela

Devant la gare routière de Khenchela, les agents municipaux lavaient encore le bitume lundi matin. Des cars calcinés, dont un acheté l'an dernier pour 9 millions de dinars, selon son propriétaire, restaient garés contre le mur d'enceinte.

Le premier bilan, dimanche à la mi-journée, faisait état de onze morts. Dimanche soir, la direction de la santé de la wilaya annonçait dix-neuf morts. Dans la nuit, trois blessés ont succombé à l'hôpital, portant le bilan à vingt-deux morts, sans compter les deux kamikazes. Soixante-sept personnes ont été blessées, dont neuf restent dans un état critique.

Parmi les victimes figurent six gendarmes, tués devant le portail du groupement, et une famille de quatre personnes qui attendait le car de 8 h 30 pour Batna. Le plus jeune des morts avait 3 ans, le plus âgé 81.

Selon une source proche de l'enquête, les deux kamikazes, âgés d'une vingtaine d'années, portaient chacun une ceinture contenant environ 6 kilogrammes d'explosifs. Le second aurait attendu l'arrivée des secours pour actionner sa charge. Deux frères, soupçonnés d'avoir hébergé les assaillants, ont été interpellés lundi à l'aube par la gendarmerie dans un quartier périphérique de la ville.

Lundi après-midi, des milliers de personnes ont suivi les obsèques des gendarmes au cimetière de la ville. À l'issue de la cérémonie, plusieurs centaines de jeunes ont marché jusqu'au siège de la wilaya en scandant « Le wali dehors ! » et en réclamant des portiques de sécurité à la gare. La marche s'est dispersée dans le calme vers 17 heures, après qu'une délégation de cinq personnes a été reçue par le secrétaire général de la wilaya.

« On nous parle de sécurité depuis vingt ans », lâche Karim, 34 ans, commerçant près de la gare. « Il a suffi de deux garçons pour tout faire sauter. »

Khenchela avait déjà été touchée. En 2016, une bombe artisanale avait tué trois soldats sur la route de Kaïs, à une trentaine de kilomètres à l'ouest. L'attaque n'avait jamais été revendiquée.

Lundi soir, aucun groupe n'avait encore revendiqué le double attentat. La gendarmerie a ouvert une ligne d'information, le 1055, et promis l'anonymat aux témoins.
"""))
GOLD += [
E(2, ["portant le bilan à vingt-deux morts, sans compter les deux kamikazes", "revendiqué le double attentat"],
  "SUI", "2026-03-08", "day", "Khenchela", "DZ", 24, 67, "exact", None, None, False,
  "'dimanche' vs Monday 9 March -> 8 March. Revised toll inside the article: 11 -> 19 -> three wounded died overnight -> 'vingt-deux morts, sans compter les deux kamikazes' -> 22 + 2 = 24 ('sans compter' adds the bombers, events_test rule). 'Soixante-sept personnes ont été blessées' -> 67 ('dont neuf' is a subset; the wounded figure is not reduced by the deaths). Not yet claimed ('aucun groupe n'avait encore revendiqué') -> null. 'six gendarmes', 'une famille de quatre personnes' are subsets; '9 millions de dinars', '8 h 30', '3 ans', '81', '6 kilogrammes' are not casualties."),
E(2, ["Deux frères, soupçonnés d'avoir hébergé les assaillants, ont été interpellés"],
  "ARR", "2026-03-09", "day", "Khenchela", "DZ", None, None, None, "police", None, False,
  "'lundi à l'aube' = publication day, Monday 9 March. Gendarmerie -> police. 'dans un quartier périphérique de la ville' -> Khenchela. 'Deux frères' are arrestees."),
E(2, ["plusieurs centaines de jeunes ont marché jusqu'au siège de la wilaya"],
  "PP", "2026-03-09", "day", "Khenchela", "DZ", None, None, None, None, None, False,
  "'Lundi après-midi' = publication day. A march after the funeral, chanting against the wali, dispersed calmly after a delegation was received -> Peaceful protest (events_holdout12 Mohassan). The funeral itself is not coded. 'des milliers', 'plusieurs centaines', '17 heures', 'cinq personnes' are not casualties."),
E(2, ["une bombe artisanale avait tué trois soldats sur la route de Kaïs"],
  "IED", "2016-01-01", "year", "Kaïs", "DZ", 3, None, "exact", None, None, True,
  "'En 2016' -> year, background. A road near a town -> the town (Kaïs). Never claimed -> null. 'une trentaine de kilomètres', 'vingt ans', '34 ans', '1055' are not casualties."),
]

# -------------------------------------------------------------- holdout13-003
ARTICLES.append(A(3, "fr", "article", "2026-03-10T19:00:00Z",
"Khenchela : la revendication d'AQMI, le démenti de Jund al-Khilafa",
"""
Constantine (Algérie), 10 mars (Agence) – Al-Qaïda au Maghreb islamique (AQMI) a revendiqué mardi le double attentat-suicide qui a fait vingt-quatre morts, dont les deux kamikazes, dimanche à Khenchela, dans un communiqué diffusé sur une messagerie cryptée et authentifié par un centre spécialisé dans la surveillance des sites jihadistes.

Le texte, signé de la « région Est » de l'organisation, affirme que « deux lions » ont visé « les gendarmes du régime et leurs auxiliaires » et dit avoir tué « plus de soixante » personnes. Le ministère de l'Intérieur a rejeté ce chiffre, qu'il a qualifié de « propagande », sans mettre en doute l'authenticité de la revendication.

Dimanche, un responsable sécuritaire avait évoqué la piste de Jund al-Khilafa, un petit groupe affilié à l'État islamique et actif dans les montagnes de l'Est. Dans un message audio de trois minutes, ce groupe a démenti mardi toute implication.

Selon le dernier bilan de la direction de la santé, 67 personnes ont été blessées, dont neuf restent hospitalisées en réanimation. Les obsèques de la plupart des victimes civiles ont eu lieu lundi.

L'enquête progresse, selon la gendarmerie. Mardi à l'aube, trois hommes âgés de 22, 29 et 41 ans ont été interpellés lors d'une perquisition à Aïn Beïda, à 60 kilomètres au nord, où les enquêteurs ont saisi un ordinateur et des téléphones. Par ailleurs, 52 personnes ont été entendues depuis dimanche et laissées libres.

Lundi soir, des démineurs de l'armée ont désamorcé un engin explosif artisanal dissimulé sous un pont à l'entrée de Cheria, au sud-est de Khenchela. L'engin contenait environ 15 kilogrammes d'explosifs reliés à un téléphone portable.

Un commerçant de la gare routière, joint par téléphone, se dit « soulagé d'avoir un nom », mais ajoute : « Ça ne ramène pas mes deux cousins. »

AQMI, dont les effectifs sont estimés à quelques centaines de combattants en Algérie, avait perdu plusieurs de ses chefs ces dernières années. Sa dernière revendication dans la région remontait à 2022, lorsque l'organisation avait affirmé avoir tendu une embuscade à une patrouille militaire près de Bir el Ater, tuant neuf soldats.
"""))
GOLD += [
E(3, ["le double attentat-suicide qui a fait vingt-quatre morts"],
  "SUI", "2026-03-08", "day", "Khenchela", "DZ", 24, 67, "exact", AQIM, AQIM, False,
  "'dimanche' vs Tuesday 10 March -> 8 March. 'vingt-quatre morts, dont les deux kamikazes' -> 24 (bombers inside); '67 personnes ont été blessées' -> 67 ('dont neuf' is a subset). 'a revendiqué' -> claimed by AQIM (canonical 'al-Qaeda in the Islamic Maghreb', named like 'al-Qaeda in the Arabian Peninsula'); the ministry rejects the figure, not the authorship -> claimant is perpetrator. The claim's 'plus de soixante' is not used. Jund al-Khilafa's denial is not a claim, and the Sunday 'piste' was speculation. 'deux cousins' is a subset."),
E(3, ["trois hommes âgés de 22, 29 et 41 ans ont été interpellés lors d'une perquisition à Aïn Beïda"],
  "ARR", "2026-03-10", "day", "Aïn Beïda", "DZ", None, None, None, "police", None, False,
  "'Mardi à l'aube' = publication day, Tuesday 10 March. Gendarmerie -> police. The ages are not casualties; '52 personnes ont été entendues ... et laissées libres' are not arrests; '60 kilomètres' is a distance."),
E(3, ["des démineurs de l'armée ont désamorcé un engin explosif artisanal"],
  "DWU", "2026-03-09", "day", "Cheria", "DZ", None, None, None, "military", None, False,
  "'Lundi soir' vs Tuesday 10 March -> 9 March. A bomb defused on its own -> Disrupted weapons use, by army deminers -> military. '15 kilogrammes' is a weight."),
E(3, ["l'organisation avait affirmé avoir tendu une embuscade à une patrouille militaire près de Bir el Ater"],
  "BAT", "2022-01-01", "year", "Bir el Ater", "DZ", 9, None, "exact", AQIM, AQIM, True,
  "'remontait à 2022' -> year, background. An ambush on an army patrol -> Armed clash initiated by AQIM, which claimed it ('Sa dernière revendication ... avait affirmé') -> claimant and perpetrator. 'tuant neuf soldats' -> 9. 'quelques centaines de combattants' is not a casualty figure."),
]

# -------------------------------------------------------------- holdout13-004
ARTICLES.append(A(4, "en", "article", "2026-03-12T08:00:00Z",
"Algeria: suspected facilitator held, two militants killed in Batna raid",
"""
By a staff correspondent

Algerian security forces have detained a man suspected of renting the house where the two suicide bombers who struck Khenchela on Sunday spent their last night, and killed two militants in a raid in the neighbouring province of Batna, officials said on Wednesday.

The suspected facilitator, a 38-year-old mechanic, was taken into custody on Wednesday morning in Kaïs, about 30 km west of Khenchela, a gendarmerie officer said. Investigators believe he also bought the second-hand van, a 2014 model, that carried the bombers into town.

Later on Wednesday, soldiers raided a farmhouse near Tazoult, in Batna province. The militants inside opened fire, and in the exchange that followed two of them were killed and a soldier was wounded, the defence ministry said. Troops recovered two suicide belts, 40 kg of explosives and a pistol.

The ministry said the dead men belonged to al-Qaeda in the Islamic Maghreb, which took credit for the Khenchela attack on Tuesday.

The toll from Sunday's twin bombing, at the gate of the gendarmerie headquarters and at the bus station about 400 metres away, rose on Wednesday when a 19-year-old student died of his wounds. It now stands at 25, including the two bombers, officials said. Sixty-seven people were wounded.

Three men detained on Tuesday in Ain Beida remain in custody. More than 140 people have been questioned since Sunday, and a reward of 5 million dinars has been offered for information, the gendarmerie said.

"We are following every lead," the provincial prosecutor told reporters. "Nobody who helped them will be forgotten."

In Khenchela, shops reopened on Wednesday for the first time since the bombings, but the bus station remained sealed. Travellers to Batna and Tebessa now board their buses at a football ground on the edge of town, watched by about 200 gendarmes.

Algeria has suffered few large attacks since the early 2010s. The army says it killed 37 militants and arrested 210 suspected collaborators across the country in 2025, figures that cannot be independently verified.
"""))
GOLD += [
E(4, ["the two suicide bombers who struck Khenchela on Sunday", "took credit for the Khenchela attack", "Sunday's twin bombing"],
  "SUI", "2026-03-08", "day", "Khenchela", "DZ", 25, 67, "exact", AQIM, AQIM, False,
  "'on Sunday' vs Thursday 12 March -> 8 March. Two sites of one town (gate and bus station, 400 m) -> one event. A wounded student died on Wednesday -> 'It now stands at 25, including the two bombers' -> 25 (bombers inside); 'Sixty-seven people were wounded' -> 67 (not reduced by the later death). 'which took credit for the Khenchela attack' -> claimed by AQIM. '19-year-old', '400 metres' are not casualties."),
E(4, ["have detained a man suspected of renting the house", "was taken into custody on Wednesday morning in Kaïs"],
  "ARR", "2026-03-11", "day", "Kaïs", "DZ", None, None, None, "police", None, False,
  "'on Wednesday morning' vs Thursday 12 March -> 11 March. A suspected facilitator taken into custody, per a gendarmerie officer -> police. '38-year-old', 'about 30 km', 'a 2014 model' are not casualties."),
E(4, ["killed two militants in a raid in the neighbouring province of Batna", "soldiers raided a farmhouse near Tazoult"],
  "BAT", "2026-03-11", "day", "Tazoult", "DZ", 2, 1, "exact", "military", None, False,
  "'Later on Wednesday' -> 11 March. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (soldiers -> military), although the militants fired first. Two militants killed, a soldier wounded -> 2/1. 'two suicide belts', '40 kg', 'a pistol' belong to the raid."),
E(4, ["Three men detained on Tuesday in Ain Beida"],
  "ARR", "2026-03-10", "day", "Aïn Beïda", "DZ", None, None, None, "police", None, False,
  "'on Tuesday' vs Thursday 12 March -> 10 March. The gendarmerie speaks for the arrests -> police. English 'Ain Beida' -> gold 'Aïn Beïda' (the set's spelling). 'More than 140 people have been questioned' are not arrests; '5 million dinars', 'about 200 gendarmes' are not casualties; 'killed 37 militants and arrested 210 ... in 2025' is a cumulative statistic, not coded."),
]

# -------------------------------------------------------------- holdout13-005
ARTICLES.append(A(5, "fr", "transcript", "2026-03-15T18:00:00Z",
"Radio, journal du soir : Khenchela, une semaine après",
"""
ANIMATEUR : Bonsoir. Il y a une semaine, dimanche dernier, deux kamikazes se faisaient exploser à Khenchela, l'un devant la gendarmerie, l'autre à la gare routière. Le bilan est aujourd'hui de vingt-cinq morts, dont les deux assaillants, et de soixante-sept blessés. AQMI a revendiqué l'attaque. Notre invitée, Leïla Mansouri, 52 ans, chercheuse à l'université de Constantine, suit ces groupes depuis quinze ans. Madame Mansouri, cette attaque est-elle une surprise ?

INVITÉE : Pas tout à fait. La région a connu une longue série d'attaques plus petites. En 2019, un kamikaze avait visé une caserne à Tébessa, tuant sept militaires. Il y a quatre ans, AQMI avait revendiqué l'assassinat de deux gardes forestiers près d'Oum el Bouaghi. Et en mars 2021, des hommes armés avaient enlevé un entrepreneur et son chauffeur sur la route d'El Aouinet ; on ne les a jamais revus.

ANIMATEUR : Et plus récemment ?

INVITÉE : En août dernier, une bombe a blessé quatre gendarmes près de Zeribet el Oued, au sud de la wilaya. Personne ne l'a revendiquée. On voyait bien que quelque chose se préparait.

ANIMATEUR : Les autorités ont annoncé samedi une nouvelle arrestation.

INVITÉE : Oui, un homme de 27 ans, présenté comme l'artificier de la cellule, a été arrêté vendredi dans un appartement de Batna, selon le communiqué de la gendarmerie. C'est important : des ceintures de 6 kilos chacune ne se fabriquent pas dans une cuisine.

ANIMATEUR : On parle aussi de plus de 140 personnes interrogées.

INVITÉE : Interrogées, pas arrêtées. Il faut faire attention aux chiffres. Ce qui compte, c'est qu'on remonte la filière logistique : les voitures, les téléphones, l'argent.

ANIMATEUR : Les habitants de Khenchela sont de nouveau descendus dans la rue ?

INVITÉE : Oui, samedi, quelques centaines de personnes se sont rassemblées devant le siège de la wilaya pour réclamer la réouverture de la gare routière avec des portiques de sécurité. Le rassemblement s'est déroulé sans incident. Les familles, elles, attendent surtout qu'on leur rende les corps identifiés.

ANIMATEUR : Une dernière question : faut-il craindre d'autres attaques ?

INVITÉE : Le risque existe toujours. Mais la population coopère davantage qu'il y a dix ans, et c'est la meilleure protection.

ANIMATEUR : Merci, Leïla Mansouri. La ligne d'écoute des familles reste ouverte au 1548, 24 heures sur 24.
"""))
GOLD += [
E(5, ["deux kamikazes se faisaient exploser à Khenchela", "AQMI a revendiqué l'attaque"],
  "SUI", "2026-03-08", "day", "Khenchela", "DZ", 25, 67, "exact", AQIM, AQIM, False,
  "'Il y a une semaine, dimanche dernier' vs Sunday 15 March -> 8 March (7 days, current). Two sites of one town -> one event. 'vingt-cinq morts, dont les deux assaillants' -> 25 (bombers inside); 'soixante-sept blessés' -> 67. 'AQMI a revendiqué' -> claimed by AQIM. '52 ans', 'quinze ans' are not casualties."),
E(5, ["un kamikaze avait visé une caserne à Tébessa"],
  "SUI", "2019-01-01", "year", "Tébessa", "DZ", 7, None, "exact", None, None, True,
  "'En 2019' -> year, background. 'tuant sept militaires' -> 7 as written (whether the bomber is inside is not said). No actor named."),
E(5, ["AQMI avait revendiqué l'assassinat de deux gardes forestiers près d'Oum el Bouaghi"],
  "ATK", "2022-01-01", "year", "Oum el Bouaghi", "DZ", 2, None, "exact", AQIM, AQIM, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. Forest guards (civilians) killed -> Violence against civilians / Attack. Claimed by AQIM -> claimant and perpetrator; 2 killed."),
E(5, ["des hommes armés avaient enlevé un entrepreneur et son chauffeur sur la route d'El Aouinet"],
  "ABD", "2021-03-01", "month", "El Aouinet", "DZ", None, None, None, None, None, True,
  "'en mars 2021' -> month, background. Unnamed gunmen -> null. A road near a town -> the town. The two abductees are not casualties ('on ne les a jamais revus' gives no death)."),
E(5, ["une bombe a blessé quatre gendarmes près de Zeribet el Oued"],
  "IED", "2025-08-01", "month", "Zeribet el Oued", "DZ", None, 4, "exact", None, None, True,
  "'En août dernier' vs March 2026 -> August 2025, month, background (dev 'last August' rule). Unclaimed bomb -> IED, no actor. 'blessé quatre gendarmes' -> injured 4; killed not stated -> null; the qualifier describes the injured figure."),
E(5, ["a été arrêté vendredi dans un appartement de Batna"],
  "ARR", "2026-03-13", "day", "Batna", "DZ", None, None, None, "police", None, False,
  "'vendredi' vs Sunday 15 March -> 13 March (the arrest day is given; the announcement was Saturday). Gendarmerie -> police. '27 ans', '6 kilos' are not casualties; 'plus de 140 personnes interrogées' are, as the guest says, not arrests."),
E(5, ["quelques centaines de personnes se sont rassemblées devant le siège de la wilaya"],
  "PP", "2026-03-14", "day", "Khenchela", "DZ", None, None, None, None, None, False,
  "'samedi' vs Sunday 15 March -> 14 March. A gathering with a demand, 'sans incident' -> Peaceful protest. 'dix ans', '1548', '24 heures' are not casualties."),
]
