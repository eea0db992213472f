"""Authoring source of benchmarks/events_holdout13 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mangina, Democratic Republic of the Congo cluster (holdout13-006 to
009), two bombers on Sunday 24 May 2026, one at the gate of the Catholic
church after mass and one at the central market about 300 m away: the agency
flash (006), an English correspondent's report with the revised toll and a
march dispersed with tear gas (007), the Islamic State's claim and the
arrests (008) and an analysis full of older attacks (009). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout13")

ARTICLES = []
GOLD = []

ADF = "Allied Democratic Forces"

# -------------------------------------------------------------- holdout13-006
ARTICLES.append(A(6, "fr", "article", "2026-05-24T13:00:00Z",
"RDC : deux kamikazes frappent Mangina, dans le Nord-Kivu",
"""
Mangina (RDC), 24 mai 2026 (Agence) – Au moins neuf personnes ont été tuées et une vingtaine blessées dimanche matin à Mangina, dans le territoire de Beni (Nord-Kivu), par deux kamikazes qui se sont fait exploser à quelques minutes d'intervalle, l'un à l'entrée de l'église catholique, l'autre au marché central, à quelque 300 mètres de là, selon les autorités locales.

« Le premier a actionné sa charge vers 9 h 40, quand les fidèles sortaient de la première messe. Le second s'est fait exploser au marché, alors que les gens couraient dans tous les sens », a déclaré l'administrateur adjoint du territoire, Jean-Paul Kambale, joint par téléphone.

Parmi les morts figurent trois enfants, selon la Croix-Rouge locale, qui a évacué les blessés vers l'hôpital général de Mangina avec cinq ambulances et une dizaine de motos. Le curé de la paroisse, un prêtre de 58 ans, a été légèrement touché à la main.

Aucune revendication n'avait été enregistrée dimanche en début d'après-midi. « Les soupçons se portent sur les ADF », a dit un officier de l'armée, en référence aux Forces démocratiques alliées, un groupe armé d'origine ougandaise qui a prêté allégeance à l'État islamique.

La veille, samedi, des combattants des ADF ont tué quatre cultivateurs dans leurs champs près de Mabalako, à une quinzaine de kilomètres à l'est, a affirmé l'administrateur du territoire. Les corps ont été retrouvés ligotés au bord d'un sentier.

Vendredi, des militaires ont repoussé une attaque contre leur position à Kalunguta, tuant trois assaillants, a indiqué le porte-parole de l'armée dans la région, le lieutenant Marc Kasereka. Il n'a pas donné de bilan pour ses hommes.

Jeudi déjà, la police avait arrêté au marché de Mangina un homme de 30 ans qui transportait deux grenades dans un sac de manioc, selon une source policière. On ignore s'il a un lien avec l'attentat de dimanche.

Mangina, localité d'environ 40 000 habitants située à une trentaine de kilomètres à l'ouest de Beni, accueille des milliers de déplacés venus des villages voisins. Selon une ONG locale, plus de 300 civils ont été tués dans le territoire depuis janvier.

Les autorités ont interdit jusqu'à nouvel ordre les rassemblements de plus de 50 personnes et la circulation des motos après 18 heures.
"""))
GOLD += [
E(6, ["deux kamikazes qui se sont fait exploser à quelques minutes d'intervalle", "l'attentat de dimanche"],
  "SUI", "2026-05-24", "day", "Mangina", "CD", 9, 20, "at_least", None, None, False,
  "'dimanche matin' = publication day, Sunday 24 May. Two bombers at two sites of one town (church gate and market, about 300 m apart), minutes apart -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention). 'Au moins neuf' -> 9, at_least; 'une vingtaine blessées' -> 20 (about; the qualifier describes killed). 'Les soupçons se portent sur les ADF' is speculation -> perpetrator null. 'trois enfants' is a subset; '300 mètres', '9 h 40', 'cinq ambulances', 'une dizaine de motos', '58 ans' are not casualties (the priest's wound is inside the wounded figure)."),
E(6, ["des combattants des ADF ont tué quatre cultivateurs dans leurs champs près de Mabalako"],
  "ATK", "2026-05-23", "day", "Mabalako", "CD", 4, None, "exact", ADF, None, False,
  "'La veille, samedi' -> 23 May. Farmers killed -> Violence against civilians / Attack. The territory administrator states the ADF did it as fact -> perpetrator 'Allied Democratic Forces' (events_val name), no claim. 'une quinzaine de kilomètres' is a distance."),
E(6, ["des militaires ont repoussé une attaque contre leur position à Kalunguta"],
  "BAT", "2026-05-22", "day", "Kalunguta", "CD", 3, None, "exact", None, None, False,
  "'Vendredi' vs Sunday 24 May -> 22 May. Unnamed attackers of an army position, repelled -> Armed clash with a null initiator (events_holdout12 Machina). 'tuant trois assaillants' -> 3; no figure for the soldiers -> injured null."),
E(6, ["la police avait arrêté au marché de Mangina un homme de 30 ans"],
  "ARR", "2026-05-21", "day", "Mangina", "CD", None, None, None, "police", None, False,
  "'Jeudi' vs Sunday 24 May -> 21 May. Police arrest; the two grenades belong to the arrest. '30 ans' is an age. 'plus de 300 civils ... depuis janvier' is a cumulative statistic; '40 000', 'une trentaine de kilomètres', 'des milliers de déplacés', '50 personnes', '18 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout13-007
ARTICLES.append(A(7, "en", "article", "2026-05-26T07:00:00Z",
"Mangina after the bombers: a rising toll, tear gas at the army camp",
"""
By our correspondent in North Kivu

Sunday mass at Mangina's parish church had barely ended when the first bomber, a young man in a football shirt, walked up to the gate and blew himself up. A few minutes later, a second bomber set off his charge among the tomato sellers of the central market, some 300 metres down the road.

Officials first counted nine dead. By Sunday night the figure had reached 19, and on Monday the provincial health ministry said 21 people had died. Two of the wounded died overnight at Mangina's general hospital, bringing the toll to twenty-three people, not including the two bombers. Fifty-four people were wounded, 11 of them children, the ministry said.

"I lost my wife and my sister's boy, who was eight," said Kahindo Muhindo, a 62-year-old catechist, standing beside the church's blackened iron gate. "We were singing. Then the singing stopped."

The army's regional spokesman said on Monday that the Allied Democratic Forces had carried out the attack, and that the two bombers had been sent from a camp in the forest west of the town. No group had claimed it by Monday evening.

On Monday afternoon, hundreds of mourners who had just buried 14 of the victims marched from the cemetery to the army camp, chanting that the soldiers had failed to protect them. Troops fired tear gas and shots into the air to disperse the crowd, and two marchers were hurt in the crush, the Red Cross said.

Police said they had arrested three people in Mangina on Monday, including the owner of a guest house where the bombers are believed to have slept. They gave no names.

Violence has not paused. On Sunday night, suspected ADF fighters attacked the village of Hyosha, north of Mangina, and killed five civilians with machetes, local leaders said.

Mangina lies on the 30 km road to Beni, on which more than 40 motorcycle taxis carry traders every morning. Many drivers say they will now refuse passengers with large bags. "How do we feed our children?" asked one, who charges 2,000 Congolese francs a trip.

The Democratic Republic of the Congo's east has seen a growing number of bombings in public places since 2021, most of them blamed on the ADF, a group of Ugandan origin that pledged allegiance to the Islamic State.
"""))
GOLD += [
E(7, ["the first bomber, a young man in a football shirt, walked up to the gate and blew himself up", "bringing the toll to twenty-three people, not including the two bombers"],
  "SUI", "2026-05-24", "day", "Mangina", "CD", 25, 54, "exact", ADF, None, False,
  "'Sunday' vs Tuesday 26 May -> 24 May. Two sites of one town (church gate and market, 300 m) -> one event. Revised toll: 9 -> 19 -> 21 -> two wounded died overnight -> 'twenty-three people, not including the two bombers' -> 23 + 2 = 25 ('not including' read like 'not counting': adds the bombers). 'Fifty-four people were wounded' -> 54 ('11 of them children' is a subset). The army spokesman states the ADF carried it out, as fact, and no claim is named in this document -> perpetrator 'Allied Democratic Forces', claimed_by null. '300 metres', 'eight', '62-year-old' are not casualties; the wife and the nephew are inside the toll."),
E(7, ["hundreds of mourners who had just buried 14 of the victims marched from the cemetery to the army camp"],
  "PI", "2026-05-25", "day", "Mangina", "CD", None, 2, "exact", None, None, False,
  "'On Monday afternoon' vs Tuesday 26 May -> 25 May. A funeral march dispersed with tear gas and shots in the air -> Protest with intervention. 'two marchers were hurt in the crush' -> injured 2 (caused by the dispersal); killed not stated -> null. 'hundreds' are participants; '14 of the victims' buried is a subset of the bombing's toll."),
E(7, ["Police said they had arrested three people in Mangina on Monday"],
  "ARR", "2026-05-25", "day", "Mangina", "CD", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 26 May -> 25 May. Police -> police. 'three people' are arrestees."),
E(7, ["suspected ADF fighters attacked the village of Hyosha"],
  "ATK", "2026-05-24", "day", "Hyosha", "CD", 5, None, "exact", None, None, False,
  "'On Sunday night' vs Tuesday 26 May -> 24 May (a night is dated at its start). Civilians killed with machetes -> Attack. 'suspected ADF fighters' is not an attribution stated as fact -> perpetrator null. 'killed five civilians' -> 5. '30 km', 'more than 40 motorcycle taxis', '2,000 Congolese francs' are not casualties; 'since 2021' is a generic reference, not coded."),
]

# -------------------------------------------------------------- holdout13-008
ARTICLES.append(A(8, "fr", "article", "2026-05-27T17:00:00Z",
"Attentat de Mangina : l'État islamique revendique, l'enquête avance",
"""
Kisangani, 27 mai (Agence) – L'État islamique a revendiqué mercredi, par l'intermédiaire de son agence de propagande Amaq, le double attentat-suicide qui a tué vingt-cinq personnes, kamikazes compris, dimanche à Mangina, dans l'est de la République démocratique du Congo.

Dans son communiqué, la « province d'Afrique centrale » de l'organisation affirme que « deux frères » ont tué « plus de 80 croisés » à l'église et au marché de la localité. Ce chiffre est sans rapport avec le bilan officiel, qui fait aussi état de 54 blessés, dont une quinzaine toujours hospitalisés à Mangina et à Butembo.

L'armée, qui avait attribué l'attaque aux Forces démocratiques alliées (ADF), n'a pas contesté la revendication. « ADF ou État islamique, sur le terrain, ce sont les mêmes hommes », a résumé un officier du secteur opérationnel, sous couvert d'anonymat.

L'enquête a déjà conduit à plusieurs interpellations. Lundi, des militaires ont interpellé à Mangina quatre personnes, dont un conducteur de moto-taxi de 24 ans soupçonné d'avoir conduit les deux kamikazes jusqu'au centre de la localité. Mardi, la police a appréhendé deux femmes à Mutwanga, au pied du massif du Ruwenzori, soupçonnées d'avoir hébergé les assaillants pendant une semaine.

Une trentaine d'autres personnes ont été convoquées pour être entendues, puis relâchées, selon le parquet militaire. Aucune d'elles n'est considérée comme suspecte à ce stade.

Mardi matin, des démineurs de l'armée ont neutralisé un engin explosif abandonné dans un sac en plastique à une centaine de mètres de la paroisse de Mangina. Selon un officier, il contenait environ 3 kilogrammes d'explosifs et des clous.

Le gouverneur militaire du Nord-Kivu a promis une récompense de 10 000 dollars pour toute information menant aux commanditaires et demandé aux habitants d'appeler le numéro vert 117. Il a aussi annoncé l'envoi de deux compagnies supplémentaires, soit environ 250 soldats.

Les habitants restent sceptiques. « On arrête des moto-taximen, mais ceux qui fabriquent les bombes sont dans la forêt », a dit un commerçant du marché central, qui a perdu deux neveux.

Selon un sondage réalisé l'an dernier par une université locale, 70 % des habitants du territoire de Beni disaient ne pas se sentir en sécurité dans les lieux de culte.
"""))
GOLD += [
E(8, ["le double attentat-suicide qui a tué vingt-cinq personnes"],
  "SUI", "2026-05-24", "day", "Mangina", "CD", 25, 54, "exact", "Islamic State", "Islamic State", False,
  "'dimanche' vs Wednesday 27 May -> 24 May. 'vingt-cinq personnes, kamikazes compris' -> 25 (bombers inside); '54 blessés' -> 54 ('une quinzaine toujours hospitalisés' is a subset). Claimed by the Islamic State's Central Africa Province via Amaq -> 'Islamic State' (dev canonical; every branch except ISWAP); the army had named the ADF and does not dispute the claim -> the claimant is the perpetrator (events_test test-024). The claim's 'plus de 80' is not used; 'deux neveux' is a subset."),
E(8, ["des militaires ont interpellé à Mangina quatre personnes"],
  "ARR", "2026-05-25", "day", "Mangina", "CD", None, None, None, "military", None, False,
  "'Lundi' vs Wednesday 27 May -> 25 May. Soldiers -> military. 'quatre personnes' are arrestees; '24 ans' is an age."),
E(8, ["la police a appréhendé deux femmes à Mutwanga"],
  "ARR", "2026-05-26", "day", "Mutwanga", "CD", None, None, None, "police", None, False,
  "'Mardi' vs Wednesday 27 May -> 26 May. 'appréhendé' = arrested, by the police. 'pendant une semaine' is a span. 'Une trentaine d'autres personnes ont été convoquées ... puis relâchées' are not arrests."),
E(8, ["des démineurs de l'armée ont neutralisé un engin explosif abandonné"],
  "DWU", "2026-05-26", "day", "Mangina", "CD", None, None, None, "military", None, False,
  "'Mardi matin' -> 26 May. A device defused on its own -> Disrupted weapons use, army deminers -> military. 'une centaine de mètres', '3 kilogrammes', '10 000 dollars', '117', '250 soldats', '70 %' are not casualties."),
]

# -------------------------------------------------------------- holdout13-009
ARTICLES.append(A(9, "fr", "article", "2026-06-02T07:00:00Z",
"Kamikazes au Nord-Kivu : généalogie d'une menace",
"""
Analyse

Le 24 mai, deux jeunes hommes se sont fait exploser à quelques minutes d'intervalle à Mangina, l'un devant l'église, l'autre au marché. Vingt-cinq morts, dont les deux assaillants, et cinquante-quatre blessés : c'est l'attentat le plus meurtrier de l'année dans le territoire de Beni. L'attentat a été revendiqué trois jours plus tard par l'État islamique. Mais l'arme des bombes humaines n'est pas nouvelle dans la région, et sa généalogie dit beaucoup de l'évolution des ADF.

Il y a cinq ans, un kamikaze s'était fait exploser devant un bar de Kyondo, ne tuant que lui-même et blessant deux clients. L'attaque était passée presque inaperçue. Les enquêteurs y voient aujourd'hui un « essai ».

En 2019, un engin explosif artisanal avait tué deux militaires au passage d'un convoi près de Kainama. C'était l'une des premières bombes posées sur une route du Nord-Kivu, une technique que les ADF auraient apprise auprès de formateurs venus d'Afrique de l'Est.

En mars 2023, des combattants des ADF avaient enlevé une vingtaine d'élèves sur la route de leur école près de Lume. Une partie d'entre eux ont été relâchés des mois plus tard ; certains ont raconté avoir vu fabriquer des ceintures d'explosifs dans les camps.

L'an dernier, l'armée ougandaise, qui opère dans la région aux côtés des forces congolaises, a mené des frappes aériennes contre des camps près de Mavivi, tuant selon elle une trentaine de combattants. Les ADF se sont dispersés en petites unités, plus mobiles et plus difficiles à frapper.

Depuis Mangina, la pression retombe peu. Samedi, des centaines de femmes en noir ont marché en silence dans les rues de Mangina, de la paroisse jusqu'au marché, pour demander la paix et la réouverture des écoles fermées depuis l'attentat. La marche s'est terminée par une prière, sans incident.

« Chaque attaque prépare la suivante », résume un chercheur congolais, âgé de 41 ans, qui travaille sur le groupe depuis 2014. Selon lui, un kamikaze coûte aux ADF moins cher qu'une embuscade : quelques kilos d'explosifs, une moto, une famille à qui l'on promet de l'argent.

Pour les habitants, les chiffres restent abstraits. Ils retiennent surtout que, depuis dix ans, ils ont appris à reconnaître le bruit d'une explosion à plusieurs kilomètres, et à compter les minutes avant la seconde.
"""))
GOLD += [
E(9, ["deux jeunes hommes se sont fait exploser à quelques minutes d'intervalle à Mangina", "L'attentat a été revendiqué trois jours plus tard par l'État islamique"],
  "SUI", "2026-05-24", "day", "Mangina", "CD", 25, 54, "exact", "Islamic State", "Islamic State", False,
  "'Le 24 mai' absolute (9 days before Tuesday 2 June -> current). Two sites of one town -> one event. 'Vingt-cinq morts, dont les deux assaillants' -> 25; 'cinquante-quatre blessés' -> 54. 'a été revendiqué ... par l'État islamique' -> claimed by the Islamic State."),
E(9, ["un kamikaze s'était fait exploser devant un bar de Kyondo"],
  "SUI", "2021-01-01", "year", "Kyondo", "CD", 1, 2, "exact", None, None, True,
  "'Il y a cinq ans' vs 2026 -> 2021, year, background. 'ne tuant que lui-même et blessant deux clients' -> killed 1 (the bomber), injured 2. No actor named."),
E(9, ["un engin explosif artisanal avait tué deux militaires au passage d'un convoi près de Kainama"],
  "IED", "2019-01-01", "year", "Kainama", "CD", 2, None, "exact", None, None, True,
  "'En 2019' -> year, background. Roadside IED on a convoy -> Remote explosive/landmine/IED; the ADF are mentioned only as having learnt the technique ('auraient apprise') -> no perpetrator. 2 killed."),
E(9, ["des combattants des ADF avaient enlevé une vingtaine d'élèves"],
  "ABD", "2023-03-01", "month", "Lume", "CD", None, None, None, ADF, None, True,
  "'En mars 2023' -> month, background. An abduction by the ADF stated as fact -> 'Allied Democratic Forces'. 'une vingtaine d'élèves' are abductees, not casualties. A road near a town -> Lume."),
E(9, ["l'armée ougandaise, qui opère dans la région aux côtés des forces congolaises, a mené des frappes aériennes"],
  "AIR", "2025-01-01", "year", "Mavivi", "CD", 30, None, "about", "Ugandan military", None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. Air strikes by a foreign army -> 'Ugandan military' (dev rule '<Country adjective> military'). 'une trentaine de combattants', the acting force's own figure ('selon elle') and the only one -> 30, about (dev table)."),
E(9, ["des centaines de femmes en noir ont marché en silence dans les rues de Mangina"],
  "PP", "2026-05-30", "day", "Mangina", "CD", None, None, None, None, None, False,
  "'Samedi' vs Tuesday 2 June -> 30 May. A silent march ending with a prayer, 'sans incident' -> Peaceful protest. '41 ans', 'depuis 2014', 'quelques kilos', 'dix ans' are not casualties."),
]

# -------------------------------------------------------------- holdout13-020
ARTICLES.append(A(20, "fr", "transcript", "2026-05-29T18:00:00Z",
"Radio, le journal du Nord-Kivu : Mangina, cinq jours après",
"""
PRÉSENTATEUR : Bonsoir. Cinq jours après le double attentat-suicide de Mangina, qui a fait vingt-cinq morts, dont les deux kamikazes, et cinquante-quatre blessés, la revendication de l'État islamique n'a rien apaisé, et les habitants enterrent encore leurs morts. Notre correspondant, Josué Paluku, est à Mangina. Josué ?

CORRESPONDANT : Bonsoir. Ce matin, la paroisse a célébré une messe pour les victimes, sous la protection d'une cinquantaine de soldats. Le marché central a rouvert à moitié : sur quelque 400 étals, une centaine seulement étaient occupés. Hier, jeudi, l'armée a annoncé que ses soldats avaient attaqué un campement près de Kalunguta et tué deux combattants ADF, sans perte dans ses rangs. Selon le porte-parole, ce camp servait de base aux kamikazes.

PRÉSENTATEUR : Et l'enquête ?

CORRESPONDANT : Un commerçant de 45 ans, soupçonné d'avoir financé l'achat des explosifs, a été appréhendé mercredi à Musienene, au sud de Butembo, selon la police. Une vingtaine de personnes ont aussi été entendues cette semaine au parquet militaire, mais elles sont ressorties libres.

PRÉSENTATEUR : Merci, Josué. Avec nous en studio, le professeur Alain Mumbere, historien. Professeur, ces attentats sont-ils nouveaux dans la région ?

INVITÉ : Ils sont nouveaux par leur forme, pas par leur cible. Il y a six ans, des combattants des ADF avaient massacré dix-sept civils en une nuit à Kamango, près de la frontière ougandaise. En janvier dernier, une mine artisanale a tué un enfant et blessé sa mère près de Nobili. Ce qui change, c'est que les tueurs viennent désormais jusque dans les églises et les marchés.

PRÉSENTATEUR : Que peut-on faire ?

INVITÉ : Protéger les lieux de rassemblement, bien sûr : des fouilles à l'entrée, des barrières. Mais surtout reconstruire la confiance entre la population et l'armée. Lundi, des soldats ont dispersé à coups de gaz lacrymogène la marche des familles qui revenaient du cimetière de Mangina. Ce n'est pas ainsi qu'on gagne les cœurs.

PRÉSENTATEUR : Beaucoup d'auditeurs nous demandent si les écoles vont rouvrir.

INVITÉ : Les autorités parlent de lundi prochain, avec deux policiers par école. C'est un début, mais il en faudrait dix fois plus.

PRÉSENTATEUR : Professeur Mumbere, merci. Le numéro vert 117 reste ouvert aux familles qui recherchent un proche, de 6 heures à 22 heures.
"""))
GOLD += [
E(20, ["le double attentat-suicide de Mangina", "la revendication de l'État islamique"],
  "SUI", "2026-05-24", "day", "Mangina", "CD", 25, 54, "exact", "Islamic State", "Islamic State", False,
  "'Cinq jours après' vs Friday 29 May -> 24 May. Two sites of one town -> one event. 'vingt-cinq morts, dont les deux kamikazes' -> 25 (bombers inside); 'cinquante-quatre blessés' -> 54. 'la revendication de l'État islamique' -> claimed by the Islamic State. 'une cinquantaine de soldats', 'quelque 400 étals', 'une centaine' are not casualties."),
E(20, ["ses soldats avaient attaqué un campement près de Kalunguta"],
  "BAT", "2026-05-28", "day", "Kalunguta", "CD", 2, None, "exact", "military", None, False,
  "'Hier, jeudi' vs Friday 29 May -> 28 May (the attack day as announced). Soldiers attacking a camp -> Armed clash initiated by the military; the army's own figure is the only one: 'tué deux combattants ADF' -> 2; 'sans perte dans ses rangs' says no soldier died but nothing about wounded -> killed stays 2, injured null."),
E(20, ["a été appréhendé mercredi à Musienene"],
  "ARR", "2026-05-27", "day", "Musienene", "CD", None, None, None, "police", None, False,
  "'mercredi' vs Friday 29 May -> 27 May. 'appréhendé' = arrested, per the police. '45 ans' is an age; 'Une vingtaine de personnes ont aussi été entendues ... ressorties libres' are not arrests."),
E(20, ["des combattants des ADF avaient massacré dix-sept civils en une nuit à Kamango"],
  "ATK", "2020-01-01", "year", "Kamango", "CD", 17, None, "exact", ADF, None, True,
  "'Il y a six ans' vs 2026 -> 2020, year, background. A massacre of civilians stated as the ADF's -> Attack, 'Allied Democratic Forces', no claim. 'dix-sept civils' -> 17."),
E(20, ["une mine artisanale a tué un enfant et blessé sa mère près de Nobili"],
  "IED", "2026-01-01", "month", "Nobili", "CD", 1, 1, "exact", None, None, True,
  "'En janvier dernier' vs May 2026 -> January 2026, month, background (more than 30 days). A homemade mine -> IED; no actor. A child killed, his mother wounded -> 1/1."),
E(20, ["des soldats ont dispersé à coups de gaz lacrymogène la marche des familles"],
  "PI", "2026-05-25", "day", "Mangina", "CD", None, None, None, None, None, False,
  "'Lundi' vs Friday 29 May -> 25 May. A funeral march dispersed with tear gas -> Protest with intervention (the same march as 007's; no casualty figure in this document). 'deux policiers par école', 'dix fois', '117', '6 heures à 22 heures' are not casualties."),
]
