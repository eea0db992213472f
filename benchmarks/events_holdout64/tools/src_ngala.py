"""Authoring source of benchmarks/events_holdout64 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ngala, Nigeria cluster (holdout64-016 to 020; English and
French), two female suicide bombers on Saturday 10 October 2026 at two
sites of one border town in Borno State (the cattle market and the motor
park, about 500 m and six minutes apart): an English wire with a first
report (016), a Maiduguri farmers' market's notice to its stallholders
(017), a French agency dispatch from Cameroon on the claim and arrests
("dépêche", fr 018), the newsletter of a Cameroonian parish choir ("lettre
d'information de la chorale", fr 019) and a Cameroonian municipal
library's overdue-books notice ("avis de retard", fr 020). Nigeria and
Cameroon are UTC+1: every publication time here is between 07:00 and 15:00
UTC, so every local date is the UTC date. The gold spells the Cameroonian
village "Logomani". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout64")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout64-016
ARTICLES.append(A(16, "en", "article", "2026-10-10T15:00:00Z",
"Two suicide bombers kill at least 20 in Nigeria's Ngala",
"""
MAIDUGURI, Nigeria (Lake Chad Wire) - Two female suicide bombers blew themselves up at a cattle market and a motor park in the northeastern Nigerian town of Ngala on Saturday morning, killing at least 18 people and wounding dozens, a militia leader and a hospital official said. The figure did not include the two bombers.

The first woman detonated her explosives at about 8:30 a.m. among traders haggling over cattle at the weekly market, which draws buyers from Cameroon and Chad. The second struck six minutes later at the motor park, about 500 metres away, where people were boarding buses to Maiduguri, 140 km to the south-west.

"A good bull sells for 450,000 naira on a Saturday," said Bukar Modu, 50, a cattle dealer who helped carry the wounded. "This morning there were more than 2,000 head of cattle, and now nobody is left to sell them."

No group claimed the attack. A senior army officer said it "bore the hallmarks" of Boko Haram, which has often used women and girls as suicide bombers, but that the investigation was at an early stage.

The wounded were taken to the town's general hospital, which has 60 beds, and the most serious were flown to Maiduguri by two air force helicopters. The Borno State government imposed a 24-hour curfew on Ngala and closed the border crossing into Cameroon.

Ngala, a border town of about 50,000 people, many of them displaced by the conflict, has been hit before. In 2019, a bomb buried in the road near Kirawa, farther south, destroyed an army truck and killed five soldiers; the same morning, troops defused a second device on the road outside Pulka.

The market had reopened in March after being shut for three years. About 1,500 traders pay the council a daily levy of 500 naira.
"""))
GOLD += [
E(16, ["Two female suicide bombers blew themselves up", "The first woman detonated her explosives", "The second struck six minutes later", "the attack"],
  "SUI", "2026-10-10", "day", "Ngala", "NG", 20, 12, "at_least", None, None, False,
  "Wire of Saturday 10 October 2026 (16:00 in Ngala); 'on Saturday morning' = the publication day. Two sites of one town (the cattle market and the motor park, 'about 500 metres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least 18 people and wounding dozens ... The figure did not include the two bombers' -> killed 18 + 2 = 20 (the bombers are added), at_least; injured 'dozens' -> 12 (dev table); the qualifier describes the killed figure. No claim; 'bore the hallmarks' of Boko Haram is speculation -> perpetrator null. '8:30 a.m.', '500 metres', '140 km', '450,000 naira', '50', 'more than 2,000 head of cattle', '60 beds', 'two air force helicopters', '24-hour', '50,000 people', 'three years', '1,500 traders', '500 naira' are not casualties."),
E(16, ["a bomb buried in the road near Kirawa"],
  "IED", "2019-01-01", "year", "Kirawa", "NG", 5, None, "exact", None, None, True,
  "'In 2019' -> year, background. A bomb buried in a road -> Remote explosive/landmine/IED, coded to the nearest named place ('near Kirawa'); no author named -> null. 'killed five soldiers' -> killed 5 (number word), exact; injured null."),
E(16, ["troops defused a second device on the road outside Pulka"],
  "DWU", "2019-01-01", "year", "Pulka", "NG", None, None, None, "military", None, True,
  "'In 2019 ... the same morning' -> year, background. A device defused on its own -> Disrupted weapons use by 'troops' -> 'military'. Devices at two places are two events (one per place), although laid the same morning on the same roads. No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout64-017
ARTICLES.append(A(17, "en", "article", "2026-10-12T07:00:00Z",
"Notice to stallholders: searches at the gates and a collection for Ngala",
"""
GWANGE FARMERS' MARKET, MAIDUGURI - NOTICE TO ALL STALLHOLDERS. Monday 12 October 2026. From the market management committee.

1. NGALA. Many of you buy cattle and grain in Ngala, and some of you have lost relatives in Saturday's twin suicide bombing there. The first reports spoke of at least 20 dead. The Borno State Emergency Management Agency has now confirmed 23 deaths, including the two women who carried the bombs, and 57 people wounded, 19 of them children. Our committee member Alhaji Kachalla Goni, 66, who sold onions at stall 44 for thirty years, was among those killed at the motor park. May Allah grant them rest.

2. SEARCHES. After soldiers arrested two men at the Dalori checkpoint on Saturday night with a motorcycle and two suicide vests, the army has asked all markets in Maiduguri to search bags. From Wednesday, the market opens only through Gate A, from 7 a.m. to 6 p.m. Women volunteers will search women. Please do not argue with the volunteers.

3. STALLS. Stalls 40 to 52 (onions, pepper and tomatoes) are moved to the shaded row by the water tank until the roof is repaired. No rent will be charged for October on those stalls.

4. COLLECTION. Our collection for the families of Ngala runs until Friday. So far 312 stallholders have given 1,870,000 naira. Bags of grain and tins of oil can be left at the office; the committee's lorry leaves for Ngala on Saturday at 6 a.m. with 80 bags of maize.

5. PRICES. The committee reminds sellers that the agreed price of a 100-kg bag of maize is 68,000 naira. Overcharging people who buy for the displaced will lead to suspension.

6. MEETING. An emergency meeting of all stall representatives will be held on Thursday at 4 p.m. in the mosque hall.

Lost receipt books, complaints and donations: market office, 0803 412 7765.
"""))
GOLD += [
E(17, ["Saturday's twin suicide bombing there"],
  "SUI", "2026-10-10", "day", "Ngala", "NG", 23, 57, "exact", None, None, False,
  "Stallholders' notice of Monday 12 October; 'Saturday's' -> 10 October; 'there' is Ngala. The toll is revised inside: 'at least 20 dead' (the first reports, superseded) -> '23 deaths, including the two women who carried the bombs, and 57 people wounded' -> killed 23 (bombers inside), injured 57, exact; '19 of them children' is a subset of the injured; the committee member 'killed at the motor park' is inside. No claim, no group named -> perpetrator null. '66', 'stall 44', 'thirty years', 'Gate A', '7 a.m. to 6 p.m.', 'Stalls 40 to 52', '312 stallholders', '1,870,000 naira', '6 a.m.', '80 bags', '100-kg', '68,000 naira', '4 p.m.', the phone number are not casualties."),
E(17, ["soldiers arrested two men at the Dalori checkpoint"],
  "ARR", "2026-10-10", "day", "Dalori", "NG", None, None, None, "military", None, False,
  "'on Saturday night' vs Monday 12 October -> 10 October, the night of the bombing. Arrested by 'soldiers' at a checkpoint at Dalori, outside Maiduguri -> 'military' (the armed forces of the country where the event happened). The motorcycle and two suicide vests belong to the arrest (not a separate Disrupted weapons use)."),
]

# -------------------------------------------------------------- holdout64-018
ARTICLES.append(A(18, "fr", "article", "2026-10-13T10:00:00Z",
"Nigeria : l'Iswap revendique l'attentat de Ngala, un passeur arrêté au Cameroun",
"""
KOUSSÉRI (Cameroun), (Agence Lac Tchad Presse) - Le groupe État islamique en Afrique de l'Ouest (Iswap) a revendiqué lundi soir le double attentat-suicide perpétré samedi à Ngala, dans le nord-est du Nigeria, et la gendarmerie camerounaise a arrêté dimanche, de l'autre côté de la frontière, un homme soupçonné d'avoir fait passer les deux kamikazes.

Dans un message de son agence Amaq, l'organisation affirme avoir tué « plus de 100 apostats » au marché au bétail et à la gare routière. L'armée nigériane juge cette revendication « authentique ». Le bilan officiel est de vingt-quatre morts, les deux kamikazes comprises, et de 57 blessés, un adolescent de 15 ans ayant succombé lundi à Maiduguri.

La faction historique de Boko Haram, rivale de l'Iswap, a démenti dimanche toute implication dans un enregistrement audio. Selon un responsable de la police de l'État de Borno, les deux jeunes femmes « pourraient avoir été recrutées » dans des camps de déplacés au Niger.

Le passeur présumé, un conducteur de moto-taxi de 34 ans, a été interpellé à Logomani, village camerounais situé à une dizaine de kilomètres de Ngala. Il aurait transporté les deux femmes et leurs ceintures d'explosifs à travers la frontière dans la nuit de vendredi à samedi. Les deux hommes arrêtés samedi soir au poste de contrôle de Dalori, à l'entrée de Maiduguri, ont été transférés lundi à Abuja.

Côté camerounais, la frontière reste fermée et les autorités ont renforcé les patrouilles autour de Kousséri, où vivent de nombreuses familles originaires de Ngala. Quelque 40 commerçants nigérians ont été entendus par les gendarmes puis laissés libres.

La région a déjà été frappée. En 2018, une grenade lancée dans une mosquée de Wulgo, près de Ngala, avait blessé neuf fidèles.
"""))
GOLD += [
E(18, ["le double attentat-suicide perpétré samedi à Ngala"],
  "SUI", "2026-10-10", "day", "Ngala", "NG", 24, 57, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Dispatch of Tuesday 13 October; 'samedi' -> 10 October. 'vingt-quatre morts, les deux kamikazes comprises, et ... 57 blessés' -> killed 24 (number words; bombers inside; the boy of 15 who died on Monday is inside), injured 57, exact. Claimed 'lundi soir' by « Le groupe État islamique en Afrique de l'Ouest (Iswap) » -> 'Islamic State West Africa Province' (dev: ISWAP is not folded into Islamic State), judged « authentique » by the Nigerian army -> claimant and perpetrator; the claim's « plus de 100 apostats » is never used. Boko Haram's denial is not a claim; « pourraient avoir été recrutées » is speculation. '15 ans', '34 ans', 'une dizaine de kilomètres', 'Quelque 40 commerçants' (heard and freed) are not casualties."),
E(18, ["la gendarmerie camerounaise a arrêté dimanche", "a été interpellé à Logomani"],
  "ARR", "2026-10-11", "day", "Logomani", "CM", None, None, None, "police", None, False,
  "'dimanche' vs Tuesday 13 October -> 11 October. The cluster's suspected facilitator (the moto-taxi driver who carried the two women and their belts across the border), arrested by « la gendarmerie camerounaise » (dev: gendarmerie is police) -> 'police', in Logomani, Cameroon -> CM. The forty Nigerian traders 'entendus par les gendarmes puis laissés libres' are not arrested."),
E(18, ["Les deux hommes arrêtés samedi soir au poste de contrôle de Dalori"],
  "ARR", "2026-10-10", "day", "Dalori", "NG", None, None, None, "military", None, False,
  "Participle restating the arrest of holdout64-017: 'samedi soir' vs Tuesday 13 October -> 10 October. 'transférés lundi à Abuja' is a follow-up. No force named here; the soldiers of holdout64-017 -> 'military'."),
E(18, ["une grenade lancée dans une mosquée de Wulgo"],
  "GRN", "2018-01-01", "year", "Wulgo", "NG", None, 9, "exact", None, None, True,
  "'En 2018' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'avait blessé neuf fidèles' -> injured 9 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout64-019
ARTICLES.append(A(19, "fr", "article", "2026-10-15T08:00:00Z",
"Chorale Sainte-Cécile : nos voix pour Ngala",
"""
CHORALE SAINTE-CÉCILE DE KOUSSÉRI - LETTRE D'INFORMATION N° 12. Jeudi 15 octobre 2026.

Chers choristes, chers amis,

Cette lettre n'est pas celle que nous voulions écrire. Samedi matin, à Ngala, de l'autre côté de la frontière, deux femmes kamikazes se sont fait exploser au marché au bétail et à la gare routière. Notre ténor Emmanuel Ndjidda, 51 ans, commerçant en bétail, faisait ses achats au marché : il a succombé mardi à ses blessures à l'hôpital de Maiduguri. Avec lui, le double attentat a fait vingt-cinq morts, dont les deux kamikazes, et 57 blessés. Il a été revendiqué par l'État islamique en Afrique de l'Ouest.

Mardi après-midi, une délégation de douze choristes a chanté « Dona nobis pacem » en tête de la marche pour la paix de Ngala : quelque 3 000 personnes, chrétiens et musulmans, ont marché en silence de la gare routière jusqu'au palais du chef de district, pour demander la réouverture du marché et la sécurité sur les routes. La marche s'est terminée sans incident.

Notre alto Rebecca nous demande de remercier tous ceux qui ont prié pour son mari Ibrahim, commerçant à Ngala. Arrêté lundi à Ngala par l'armée parce que son numéro figurait dans le téléphone d'une des kamikazes, il a été relâché mercredi sans inculpation. Il s'agissait d'une cliente qui lui avait acheté deux chèvres.

Calendrier :
- Répétitions suspendues cette semaine ; reprise mardi 20 octobre à 17 h 30, salle paroissiale.
- Messe de requiem pour Emmanuel dimanche 18 octobre à 9 heures ; nous chanterons le Requiem de Fauré, pages 12 à 31 de la partition.
- Le concert du 31 octobre à la cathédrale de Maroua est reporté au 5 décembre.

Cotisations : 2 000 francs CFA par mois. La quête de dimanche pour les familles de Ngala a rapporté 186 500 francs CFA ; elle continue jusqu'à la fin du mois.

Que nos voix restent unies.

Sœur Madeleine Hamadou, cheffe de chœur. Tél. : +237 6 77 42 18 90.
"""))
GOLD += [
E(19, ["deux femmes kamikazes se sont fait exploser", "le double attentat", "Il a été revendiqué"],
  "SUI", "2026-10-10", "day", "Ngala", "NG", 25, 57, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Choir newsletter of Thursday 15 October; 'Samedi matin' -> 10 October. The tenor who 'a succombé mardi' raises the toll: 'vingt-cinq morts, dont les deux kamikazes, et 57 blessés' -> killed 25 (number words; bombers and the tenor inside), injured 57, exact. 'revendiqué par l'État islamique en Afrique de l'Ouest', undisputed -> 'Islamic State West Africa Province', claimant and perpetrator. '51 ans', 'douze choristes', '17 h 30', '20 octobre', '18 octobre', '9 heures', 'pages 12 à 31', '31 octobre', '5 décembre', '2 000 francs CFA', '186 500 francs CFA', 'deux chèvres', the phone number are not casualties."),
E(19, ["la marche pour la paix de Ngala", "quelque 3 000 personnes, chrétiens et musulmans, ont marché en silence", "La marche s'est terminée sans incident"],
  "PP", "2026-10-13", "day", "Ngala", "NG", None, None, None, None, None, False,
  "'Mardi après-midi' vs Thursday 15 October -> 13 October. A silent march with a demand (« demander la réouverture du marché et la sécurité sur les routes ») that 'ended without incident' -> Peaceful protest, perpetrator null. 'quelque 3 000 personnes' counts marchers."),
E(19, ["Arrêté lundi à Ngala par l'armée"],
  "ARR", "2026-10-12", "day", "Ngala", "NG", None, None, None, "military", None, False,
  "'lundi' vs Thursday 15 October -> 12 October. A trader arrested in Ngala 'par l'armée' -> 'military'; 'relâché mercredi sans inculpation' does not undo the arrest and is not an event."),
]

# -------------------------------------------------------------- holdout64-020
ARTICLES.append(A(20, "fr", "article", "2026-10-19T08:00:00Z",
"Bibliothèque municipale de Kousséri : avis de retard, amendes suspendues",
"""
BIBLIOTHÈQUE MUNICIPALE DE KOUSSÉRI - AVIS DE RETARD. Lundi 19 octobre 2026.

Madame, Monsieur,

Selon nos registres, les documents suivants, empruntés sur votre carte de lecteur n° 2417, auraient dû être rendus le 12 octobre :
- « Une si longue lettre », Mariama Bâ (cote R BA) ;
- « Atlas du bassin du lac Tchad », édition 2019 (cote 916.7 ATL) ;
- un DVD de cours d'anglais, niveau 2.

À titre exceptionnel, aucune amende ne sera appliquée pour les retards survenus depuis le samedi 10 octobre, jour du double attentat-suicide de Ngala, qui a fait vingt-cinq morts, dont les deux kamikazes, et cinquante-sept blessés, et qui a été revendiqué par l'État islamique en Afrique de l'Ouest. Plusieurs de nos lecteurs ont de la famille à Ngala, et la bibliothèque est restée fermée trois jours.

L'amende habituelle de 100 francs CFA par jour et par document reprendra le 2 novembre. Vous pouvez rendre vos documents au guichet ou dans la boîte de retour, à droite de l'entrée principale.

Nous vous informons également que notre salle de lecture a été fermée mardi et mercredi à la demande de la gendarmerie, à la suite de l'arrestation, dimanche 11 octobre à Logomani, d'un conducteur de moto-taxi qui fréquentait notre cybercafé quand il travaillait à Kousséri. Cet homme, soupçonné d'avoir fait passer la frontière aux deux kamikazes, a été présenté vendredi au tribunal militaire de Maroua, qui l'a placé en détention provisoire. Notre gardien, entendu comme témoin, a été laissé libre le jour même. Les deux ordinateurs emportés par les enquêteurs nous ont été rendus.

Horaires jusqu'au 31 octobre : du lundi au vendredi, de 9 heures à 16 heures ; le samedi, de 9 heures à 12 heures. L'accès au cybercafé (200 francs CFA l'heure) est limité à 30 minutes par personne.

Renseignements : +237 6 99 15 40 27.

Brigitte Abba, bibliothécaire en chef.
"""))
GOLD += [
E(20, ["du double attentat-suicide de Ngala"],
  "SUI", "2026-10-10", "day", "Ngala", "NG", 25, 57, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Library notice of Monday 19 October; 'le samedi 10 octobre' -> 10 October, 9 days before -> current. 'vingt-cinq morts, dont les deux kamikazes, et cinquante-sept blessés' -> killed 25 (bombers inside), injured 57 (number words), exact. 'revendiqué par l'État islamique en Afrique de l'Ouest' -> 'Islamic State West Africa Province', claimant and perpetrator. 'n° 2417', '12 octobre', '2019', '916.7', 'niveau 2', 'trois jours', '100 francs CFA', '2 novembre', '31 octobre', '9 heures à 16 heures', '9 heures à 12 heures', '200 francs CFA', '30 minutes', the phone number are not casualties."),
E(20, ["l'arrestation, dimanche 11 octobre à Logomani, d'un conducteur de moto-taxi"],
  "ARR", "2026-10-11", "day", "Logomani", "CM", None, None, None, "police", None, False,
  "A noun restating the arrest of holdout64-018: 'dimanche 11 octobre à Logomani' -> 11 October, in Cameroon (CM). 'présenté vendredi au tribunal militaire de Maroua, qui l'a placé en détention provisoire' is its judicial follow-up (Maroua is the court's seat, not an event place). The gendarmerie of holdout64-018 -> 'police'. The library's watchman 'entendu comme témoin, a été laissé libre' is not arrested."),
]
