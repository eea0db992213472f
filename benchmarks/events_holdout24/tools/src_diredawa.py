"""Authoring source of benchmarks/events_holdout24 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Dire Dawa, Ethiopia cluster (holdout24-006 to 010; French and
English), two suicide bombers on Saturday 18 April 2026 at two sites of one
city (the Kefira market and the railway station, about 1.2 km apart, about
ten minutes apart): a French-language international radio's first report
with an OLA « pourrait être derrière » (fr 006), a police press conference
transcript with REPORTER:/COMMISSIONER: Q&A and the revised toll (007), an
English daily's claim story with a denial, an arrest at the border and older
attacks (008), a think-tank commentary with no new event (fr 009) and a local
paper's eyewitness piece with a march (010); numbered last, a French
correspondent's report nine days on, with an arrest, a blockade and older
attacks (fr 021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout24")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout24-006
ARTICLES.append(A(6, "fr", "article", "2026-04-18T13:00:00Z",
"Éthiopie : double attentat-suicide à Dire Dawa, au moins huit morts",
"""
Au moins huit personnes ont été tuées et des dizaines d'autres blessées samedi matin à Dire Dawa, la deuxième ville d'Éthiopie, lorsque deux kamikazes se sont fait exploser au marché de Kefira puis à la gare ferroviaire, selon la police et des sources hospitalières.

Le premier assaillant a actionné sa ceinture vers 8 h 30 au milieu des étals de khat et de légumes du marché, le plus grand de l'est du pays. Une dizaine de minutes plus tard, le second s'est fait sauter devant la gare de la ligne Addis-Abeba-Djibouti, à 1,2 kilomètre de là, où quelque 300 voyageurs attendaient le train de 9 heures.

« J'ai vu un homme de 40 ans environ porter un enfant en sang », a raconté un chauffeur de bajaj, ces triporteurs bleus qui sillonnent la ville. Les blessés ont été transportés à l'hôpital Dil Chora, qui a lancé un appel aux donneurs de sang.

L'attaque n'a pas été revendiquée. Un responsable de la sécurité régionale, sous couvert d'anonymat, a estimé que l'Armée de libération oromo (OLA) « pourrait être derrière » le double attentat, tout en reconnaissant que ce mouvement n'avait jamais eu recours aux kamikazes.

Vendredi, la police avait arrêté à Harar, à une cinquantaine de kilomètres, deux hommes transportant 20 kilos d'explosifs dans un camion de charbon de bois. Les enquêteurs cherchent à savoir s'ils étaient liés aux kamikazes.

Dire Dawa, ville à charte de quelque 500 000 habitants fondée en 1902 autour du chemin de fer, était jusqu'ici épargnée par les violences qui touchent les régions Oromia et Amhara.
"""))
GOLD += [
E(6, ["deux kamikazes se sont fait exploser au marché de Kefira puis à la gare ferroviaire"],
  "SUI", "2026-04-18", "day", "Dire Dawa", "ET", 8, 12, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 18 April. Two sites of one city (the Kefira market and the railway station, 1.2 km and about ten minutes apart) -> ONE Suicide bomb event. 'Au moins huit ... et des dizaines d'autres blessées' -> 8 (at_least), 12 ('des dizaines', dev table). The OLA « pourrait être derrière » is speculation -> null. '8 h 30', 'Une dizaine de minutes', '1,2 kilomètre', 'quelque 300 voyageurs', '9 heures', '40 ans environ' (an age) are not casualties."),
E(6, ["la police avait arrêté à Harar"],
  "ARR", "2026-04-17", "day", "Harar", "ET", None, None, None, "police", None, False,
  "'Vendredi' vs Saturday 18 April -> 17 April. 'deux hommes' are arrestees; 'une cinquantaine de kilomètres', '20 kilos d'explosifs' (seized in the arrest, part of it), '500 000 habitants', '1902' are not casualties."),
]

# -------------------------------------------------------------- holdout24-007
ARTICLES.append(A(7, "en", "transcript", "2026-04-19T09:00:00Z",
"Transcript: Dire Dawa police press conference on the twin bombing",
"""
COMMISSIONER: Good morning. I will give you the latest figures on yesterday's twin suicide bombing in Dire Dawa, at Kefira market and the railway station, then take questions. Yesterday afternoon we reported eight dead. By the evening the hospitals had received 13 bodies, and three of the wounded died during the night. As of 7 a.m. today, 16 people have been killed, not counting the two attackers, and 71 are wounded, between 12 and 15 of them in critical condition.

REPORTER: Commissioner, have you made arrests?

COMMISSIONER: Yes. Overnight, our officers and the Somali regional police arrested four suspects in Jijiga. They are aged 19 to 33. We believe they helped the bombers travel from the border. I will not give names.

REPORTER: Are the two men you arrested in Harar on Friday connected?

COMMISSIONER: The two men arrested in Harar on Friday had 20 kilograms of explosives. We are examining whether that material came from the same source. I cannot say more.

REPORTER: Some officials have blamed the OLA. Do you?

COMMISSIONER: We do not speculate. No group has claimed this attack so far.

REPORTER: How many people have you questioned?

COMMISSIONER: Twenty-three people were questioned yesterday and released. They are not suspects. Anyone with information can call 991 or come to any police station. The federal government has offered a reward of 500,000 birr.

REPORTER: Will the market reopen?

COMMISSIONER: Kefira market stays closed for three days. The 10 o'clock train to Djibouti will leave as normal, with 40 extra officers on board. Thank you.
"""))
GOLD += [
E(7, ["yesterday's twin suicide bombing in Dire Dawa"],
  "SUI", "2026-04-18", "day", "Dire Dawa", "ET", 18, 71, "exact", None, None, False,
  "'yesterday's' vs Sunday 19 April -> 18 April. Two sites of one city -> one event. Revised toll inside the transcript: 'eight dead' -> '13 bodies' -> 'three of the wounded died during the night' -> '16 people have been killed, not counting the two attackers, and 71 are wounded' -> 16 + 2 = 18, 71, exact. 'between 12 and 15 of them in critical condition' is a subset, not a toll. No claim ('No group has claimed this attack so far'); the OLA is only blamed by 'some officials', which the police decline -> null. '7 a.m.' is a time."),
E(7, ["arrested four suspects in Jijiga"],
  "ARR", "2026-04-18", "day", "Jijiga", "ET", None, None, None, "police", None, False,
  "'Overnight' in a Sunday 19 April press conference -> the night of 18 to 19 April, dated at its start, 18 April (holdout23 convention). 'four suspects', 'aged 19 to 33' are not casualties."),
E(7, ["the two men you arrested in Harar on Friday", "The two men arrested in Harar on Friday"],
  "ARR", "2026-04-17", "day", "Harar", "ET", None, None, None, "police", None, False,
  "'on Friday' vs Sunday 19 April -> 17 April. Restated arrest (holdout23: one Arrests event per document that tells it). '20 kilograms' is seized material. 'Twenty-three people were questioned ... and released' are not arrests; '991', '500,000 birr', 'three days', '10 o'clock', '40 extra officers' are not casualties."),
]

# -------------------------------------------------------------- holdout24-008
ARTICLES.append(A(8, "en", "article", "2026-04-21T06:00:00Z",
"Al-Shabaab claims Dire Dawa bombings; driver held at Somaliland border",
"""
HARAR (Horn Observer) - Somalia's al-Shabaab claimed responsibility on Monday for Saturday's twin suicide bombing in Dire Dawa, the first time the militant group has struck an Ethiopian city outside the Somali region.

In a statement read on its Andalus radio station, the group said its two "martyrs" had killed more than 100 "Ethiopian soldiers and apostates". Ethiopian officials rejected the figure but did not dispute the claim. The toll stood on Monday at 19 dead, including the two bombers, and 71 injured, after a railway porter died of his wounds on Sunday.

The Oromo Liberation Army, which a regional official had suggested might be responsible, denied any involvement on Sunday, calling the attack "a crime against all Ethiopians".

On Monday, federal police arrested a 29-year-old lorry driver in Togochale, on the border with Somaliland, on suspicion of driving the two bombers and their vests into Ethiopia hidden under 40 sacks of sugar. Seven people are now in custody.

Al-Shabaab has been active along Ethiopia's eastern border for years. In 2019, a grenade thrown into a crowded khat market in Jijiga killed three people; no one claimed it. And last August, federal police defused a car bomb packed with about 50 kg of explosives outside a hotel in Gode, 600 km south-east of Dire Dawa.

Ethiopia has about 3,000 troops in Somalia under the African Union mission, which al-Shabaab has repeatedly threatened to punish. Analysts said the group may be seeking to show it can reach Ethiopia's economic corridor: the 750-km railway through Dire Dawa carries about 95 percent of the landlocked country's trade to the port of Djibouti.
"""))
GOLD += [
E(8, ["Saturday's twin suicide bombing in Dire Dawa"],
  "SUI", "2026-04-18", "day", "Dire Dawa", "ET", 19, 71, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Saturday's' vs Tuesday 21 April -> 18 April. 'al-Shabaab claimed responsibility' -> claimant and perpetrator; officials reject its figure ('more than 100 \"Ethiopian soldiers and apostates\"', never used) but not the claim. '19 dead, including the two bombers, and 71 injured' -> 19 (inside), 71, exact; the porter who died on Sunday is in it. The OLA's denial is not a claim."),
E(8, ["federal police arrested a 29-year-old lorry driver in Togochale"],
  "ARR", "2026-04-20", "day", "Togochale", "ET", None, None, None, "police", None, False,
  "'On Monday' vs Tuesday 21 April -> 20 April. The suspected facilitator (the driver). Federal police -> 'police'. '29-year-old', '40 sacks', 'Seven people are now in custody' (cumulative) are not casualties."),
E(8, ["a grenade thrown into a crowded khat market in Jijiga killed three people"],
  "GRN", "2019-01-01", "year", "Jijiga", "ET", 3, None, "exact", None, None, True,
  "'In 2019' -> year, background. 'no one claimed it', no actor -> null. 'killed three people' -> 3."),
E(8, ["federal police defused a car bomb packed with about 50 kg of explosives outside a hotel in Gode"],
  "DWU", "2025-08-01", "month", "Gode", "ET", None, None, None, "police", None, True,
  "'last August' vs April 2026 -> August 2025, month, background. Defused on its own -> Disrupted weapons use, 'police'. 'about 50 kg', '600 km', '3,000 troops', '750-km', '95 percent' are not casualties."),
]

# -------------------------------------------------------------- holdout24-009
ARTICLES.append(A(9, "fr", "article", "2026-04-24T10:00:00Z",
"Tribune : après Dire Dawa, l'Éthiopie découvre la menace shebab au cœur du pays",
"""
Par un chercheur associé au programme Afrique de l'Est d'un centre d'études stratégiques parisien.

Le double attentat-suicide du 18 avril à Dire Dawa, revendiqué par les Shebab somaliens, a fait vingt morts, kamikazes compris, et 71 blessés. Il marque une rupture : jusqu'ici, l'Éthiopie avait réussi à contenir le mouvement à ses frontières, au prix d'une présence militaire massive en Somalie.

Les signaux d'alerte ne manquaient pourtant pas. En mars 2021, des combattants shebab avaient attaqué un poste de police à Kebri Dahar, dans la région Somali, tuant cinq policiers. Il y a quatre ans, un kamikaze s'était fait exploser devant une caserne près de Degehabur, ne tuant que lui-même. Et en 2016 déjà, la police fédérale avait démantelé à Dire Dawa une cellule de sept personnes qui projetait de frapper la gare.

Ce qui frappe, dans le cas de Dire Dawa, c'est la logistique : deux ceintures d'une dizaine de kilos chacune, acheminées sur 250 kilomètres depuis la frontière somalilandaise, et des repérages qui auraient duré trois semaines. Cela suppose des complicités locales, dans une ville où transitent chaque jour quelque 15 000 commerçants et 40 camions de contrebande.

La réponse sécuritaire seule ne suffira pas. Depuis 2018, le gouvernement fédéral a multiplié les arrestations dans la région Somali, sans tarir le recrutement. Les jeunes de l'Est, où le chômage dépasse 25 %, restent une cible facile.

Addis-Abeba devra aussi revoir sa politique somalienne. Tant que ses 3 000 soldats resteront engagés au sud de la Somalie, le pays restera, pour les Shebab, une cible légitime, et Dire Dawa ne sera peut-être pas la dernière.
"""))
GOLD += [
E(9, ["Le double attentat-suicide du 18 avril à Dire Dawa"],
  "SUI", "2026-04-18", "day", "Dire Dawa", "ET", 20, 71, "exact", "al-Shabaab", "al-Shabaab", False,
  "'du 18 avril' -> 18 April 2026 (publication year), day, current (6 days before). 'revendiqué par les Shebab somaliens' -> 'al-Shabaab'. 'vingt morts, kamikazes compris, et 71 blessés' -> 20 (inside), 71, exact. The commentary has no new event; 'le cas de Dire Dawa' is not in the triggers. 'une dizaine de kilos', '250 kilomètres', 'trois semaines', '15 000 commerçants', '40 camions', '2018', '25 %', '3 000 soldats' are not casualties."),
E(9, ["des combattants shebab avaient attaqué un poste de police à Kebri Dahar"],
  "BAT", "2021-03-01", "month", "Kebri Dahar", "ET", 5, None, "exact", "al-Shabaab", None, True,
  "'En mars 2021' -> month, background. A named group attacking a police post -> Armed clash initiated by it (holdout23 Tataouine convention), no claim. 'tuant cinq policiers' -> 5."),
E(9, ["un kamikaze s'était fait exploser devant une caserne près de Degehabur"],
  "SUI", "2022-01-01", "year", "Degehabur", "ET", 1, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. 'ne tuant que lui-même' -> 1 (the bomber, as the text counts him; holdout23 Kébili). No actor named -> null."),
E(9, ["la police fédérale avait démantelé à Dire Dawa une cellule de sept personnes"],
  "ARR", "2016-01-01", "year", "Dire Dawa", "ET", None, None, None, "police", None, True,
  "'en 2016' -> year, background. Dismantling a cell is read as arrests (holdout21 Kamed el-Loz, holdout23 Charleroi). 'sept personnes' are arrestees. Same city as the current bombing, a different event. 'multiplié les arrestations' since 2018 is generic, not coded."),
]

# -------------------------------------------------------------- holdout24-010
ARTICLES.append(A(10, "en", "article", "2026-04-23T07:00:00Z",
"'The station shook': Dire Dawa traders recall Saturday's blasts as thousands march",
"""
DIRE DAWA - Abdi Yusuf was counting change for a customer when the first bomb went off at Kefira market on Saturday morning. "I thought a gas cylinder had exploded," said the 57-year-old spice seller, whose stall is 20 metres from where the bomber stood. "Then I saw the people lying on the ground."

About ten minutes later, at the railway station, ticket clerk Hanna Tesfaye, 24, heard the second blast through the walls of her office. "The station shook. The glass of the ticket window fell on my hands," she said, showing two bandaged fingers.

The twin suicide bombing has now killed 20 people, the two bombers among them, after a 14-year-old shoe-shiner died in Dil Chora hospital on Tuesday. Nearly 70 people were wounded, according to the city's health bureau; 11 remain in hospital.

On Wednesday, several thousand residents marched from Kefira to the city administration building, carrying photographs of the dead and demanding more police at markets and bus stations. The march, led by elders and the heads of the market association, ended peacefully after the mayor came out to speak to the crowd.

At the market, traders have raised 120,000 birr for the families of the dead. The funeral of three of the victims, a mother and her two daughters, drew hundreds of mourners to the Ashewa cemetery on Sunday.

Police have arrested seven people in connection with the attack. Kefira reopened on Tuesday, with metal detectors at four of its seven gates, and the 10 o'clock train to Djibouti has run every day since Sunday.
"""))
GOLD += [
E(10, ["the first bomb went off at Kefira market", "The twin suicide bombing"],
  "SUI", "2026-04-18", "day", "Dire Dawa", "ET", 20, 70, "exact", None, None, False,
  "'on Saturday morning' vs Thursday 23 April -> 18 April. Dateline DIRE DAWA; Kefira market and the station are in the city. 'killed 20 people, the two bombers among them' -> 20 (inside), exact; 'Nearly 70 people were wounded' -> 70 ('nearly' is 'about', but the qualifier describes the killed figure, which is exact -> 'exact'). No claim in this document -> null. '57-year-old', '20 metres', 'About ten minutes', '24', 'two bandaged fingers', '14-year-old' (an age; he is in the toll), '11 remain in hospital' (a subset) are not new figures."),
E(10, ["several thousand residents marched from Kefira to the city administration building"],
  "PP", "2026-04-22", "day", "Dire Dawa", "ET", None, None, None, None, None, False,
  "'On Wednesday' vs Thursday 23 April -> 22 April. A march with a demand that ends peacefully -> Peaceful protest, null actor. 'several thousand' are participants. The funeral is not coded; '120,000 birr', 'hundreds of mourners', 'three of the victims', 'seven people' (arrested, a cumulative count with no place or day: not an event), 'four of its seven gates', '10 o'clock' are not casualties."),
]

# -------------------------------------------------------------- holdout24-021
# Numbered after the other clusters: added to the Dire Dawa cluster last.
ARTICLES.append(A(21, "fr", "article", "2026-04-27T08:00:00Z",
"Éthiopie : neuf jours après l'attentat de Dire Dawa, la traque des complices s'étend",
"""
DIRE DAWA (envoyé spécial) - Neuf jours après le double attentat-suicide du 18 avril, revendiqué par les Shebab somaliens, Dire Dawa enterre encore ses morts. Le bilan s'établit à vingt et un morts, kamikazes compris, et 71 blessés, après le décès samedi d'une marchande de khat de 33 ans, grièvement brûlée à la gare.

L'enquête, elle, s'étend vers l'est. Dimanche à l'aube, la police fédérale a interpellé à Babile, à 30 kilomètres de Harar, trois frères soupçonnés d'avoir hébergé les kamikazes pendant deux nuits. Le chauffeur de camion arrêté lundi dernier à Togochale a été présenté jeudi à un juge, qui a accordé aux enquêteurs 14 jours de détention supplémentaires. Son employeur, convoqué par la police, a été relâché après quatre heures d'audition.

La colère gronde aussi. Samedi, plusieurs centaines de chauffeurs de bajaj ont bloqué la route de Harar, à la sortie de la ville, pour protester contre l'interdiction de circuler après 18 heures décrétée au lendemain de l'attentat. La police les a dispersés au gaz lacrymogène ; trois manifestants ont été blessés.

L'est de l'Éthiopie n'en est pas à sa première alerte. En août 2023, des hommes armés avaient tendu une embuscade à un convoi militaire près de Shinile, tuant six soldats. Il y a six ans, une bombe avait explosé dans un bus à Awash, faisant quatre blessés. Aucune de ces attaques n'avait été revendiquée.

Au marché de Kefira, rouvert depuis une semaine, les commerçants comptent leurs pertes : environ 40 % de clients en moins, selon l'association des marchands, qui réclame 2 millions de birrs d'aide. Le train de 10 heures pour Djibouti, lui, part désormais avec une escorte de 40 policiers.
"""))
GOLD += [
E(21, ["double attentat-suicide du 18 avril"],
  "SUI", "2026-04-18", "day", "Dire Dawa", "ET", 21, 71, "exact", "al-Shabaab", "al-Shabaab", False,
  "'du 18 avril' -> 18 April 2026, day, current (9 days before Monday 27 April). 'revendiqué par les Shebab somaliens' -> 'al-Shabaab'. 'vingt et un morts, kamikazes compris, et 71 blessés' -> 21 (inside), 71, exact; the khat seller who died on Saturday is in it ('33 ans' is an age). 'Neuf jours' is a span."),
E(21, ["la police fédérale a interpellé à Babile"],
  "ARR", "2026-04-26", "day", "Babile", "ET", None, None, None, "police", None, False,
  "'Dimanche à l'aube' vs Monday 27 April -> 26 April. Federal police -> 'police'. 'trois frères' are arrestees; '30 kilomètres', 'deux nuits' are not casualties."),
E(21, ["Le chauffeur de camion arrêté lundi dernier à Togochale"],
  "ARR", "2026-04-20", "day", "Togochale", "ET", None, None, None, "police", None, False,
  "'lundi dernier' in a Monday 27 April story -> the Monday before, 20 April. Restated arrest told through its follow-up (presented to a judge, '14 jours' more detention): one Arrests event dated at the arrest (holdout23). No force named -> 'police'. 'Son employeur, convoqué par la police, a été relâché' is not an arrest; 'quatre heures' a span."),
E(21, ["plusieurs centaines de chauffeurs de bajaj ont bloqué la route de Harar"],
  "PI", "2026-04-25", "day", "Dire Dawa", "ET", None, 3, "exact", None, None, False,
  "'Samedi' vs Monday 27 April -> 25 April. A road blockade dispersed with tear gas -> Protest with intervention, null actor. The Harar road at the city's exit -> Dire Dawa (a road out of a town -> that town, holdout23), not Harar. 'trois manifestants ont été blessés' -> 3 injured. 'plusieurs centaines' are participants; '18 heures' a time."),
E(21, ["des hommes armés avaient tendu une embuscade à un convoi militaire près de Shinile"],
  "BAT", "2023-08-01", "month", "Shinile", "ET", 6, None, "exact", None, None, True,
  "'En août 2023' -> month, background. An ambush on a military convoy by unnamed gunmen -> Armed clash, null initiator (holdout23 Douz). 'tuant six soldats' -> 6. 'Aucune de ces attaques n'avait été revendiquée'."),
E(21, ["une bombe avait explosé dans un bus à Awash"],
  "IED", "2020-01-01", "year", "Awash", "ET", None, 4, "exact", None, None, True,
  "'Il y a six ans' vs 2026 -> 2020, year, background. No actor -> null. 'faisant quatre blessés' -> 4 injured. 'une semaine', '40 %', '2 millions de birrs', '10 heures', '40 policiers' are not casualties."),
]
