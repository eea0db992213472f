"""Authoring source of benchmarks/events_holdout48 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Apia, Samoa cluster (holdout48-011 to 015; English and French),
two suicide bombers on Saturday 19 September 2026 at two sites of one town
(the Fugalei produce market at 8:05 a.m. and the bus terminal at Savalalo
at 8:12 a.m., about 900 m and seven minutes apart): an English wire with a
first report (011), the weekly bulletin of the Samoa Meteorology Division
(012), a French agency dispatch on the claim and the arrests ("dépêche", fr
013), a driving school's notice to its learners (014) and the newsletter
of a French rugby club with a Samoan player ("lettre du club", fr 015).
Samoa is UTC+13: the Samoan documents are published between 01:00 and
05:00 UTC, i.e. between 14:00 and 18:00 local time, so their local date is
the UTC date; France is UTC+2 in September (fr 015 at 09:00 UTC is 11:00 in
France and 22:00 in Apia, the same Monday). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout48")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout48-011
ARTICLES.append(A(11, "en", "article", "2026-09-19T05:00:00Z",
"Suicide bombers strike Samoan capital, killing at least seven",
"""
APIA, Samoa (Pacific Wire) - Two suicide bombers attacked the Samoan capital on Saturday morning, blowing themselves up seven minutes apart at the main produce market and the bus terminal, killing at least five people plus themselves and wounding more than 60, police said.

The first bomber detonated his explosives at 8:05 a.m. among shoppers at the Fugalei market, where growers from across Upolu sell taro, bananas and fish on Saturday mornings. The second set off his device at 8:12 a.m. in the crowded bus terminal at Savalalo, about 900 metres away, as buses were leaving for the villages.

"The buses were full of families going home with their shopping," said Sina Aumua, 38, who sells coconut oil at stall 112 of the market. "After the second bang, nobody knew where to run."

Police Commissioner Taualuga Faamausili said the two men were young and had not been identified, and that it was "too soon to say" whether they were linked to any foreign group. A senior officer said the attack "could be the work" of Islamic State sympathisers, adding that the explosives "may have come in by sea".

Samoa, a nation of some 220,000 people with no army, had never seen a suicide bombing. In 2019, a homemade bomb damaged a fuel depot in Vaitele, an industrial town 6 km west of the capital, wounding a security guard; no one was ever charged.

About 150 police officers, nearly a third of the force, were deployed in Apia, and the government said all 38 state primary schools in the urban area would stay closed until Wednesday. The 2:30 p.m. flight to Auckland left Faleolo International Airport, 35 km to the west, two hours late after extra checks.

The main hospital appealed for blood donors, and a police information line, +685 26 470, was opened for relatives.
"""))
GOLD += [
E(11, ["Two suicide bombers attacked the Samoan capital", "The first bomber detonated his explosives", "The second set off his device", "the attack"],
  "SUI", "2026-09-19", "day", "Apia", "WS", 7, 60, "at_least", None, None, False,
  "Wire of Saturday 19 September 2026 (18:00 in Apia); 'on Saturday morning' = the publication day. Two sites of one town (the Fugalei market and the Savalalo bus terminal, 'about 900 metres' and seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least five people plus themselves and wounding more than 60' -> killed 5 + 2 bombers = 7, at_least (the bombers are added); injured 60 ('more than 60'; the qualifier describes the killed figure). No claim; 'could be the work' of Islamic State sympathisers and 'may have come in by sea' are speculation -> perpetrator null. '8:05', '8:12', '900 metres', '38', 'stall 112', '220,000 people', '6 km', '150 police officers', 'a third', '38 state primary schools', '2:30 p.m.', '35 km', 'two hours', '+685 26 470' are not casualties."),
E(11, ["a homemade bomb damaged a fuel depot in Vaitele"],
  "IED", "2019-01-01", "year", "Vaitele", "WS", None, 1, "exact", None, None, True,
  "'In 2019' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author named ('no one was ever charged') -> null. 'wounding a security guard' -> injured 1, exact. Vaitele is 'an industrial town 6 km west of the capital', coded as its own place."),
]

# -------------------------------------------------------------- holdout48-012
ARTICLES.append(A(12, "en", "article", "2026-09-21T01:00:00Z",
"Samoa Meteorology Division: weekly weather bulletin No. 38",
"""
SAMOA METEOROLOGY DIVISION - WEEKLY WEATHER BULLETIN No. 38/2026. Issued at 2 p.m., Monday 21 September 2026. Valid until 2 p.m., Monday 28 September 2026.

The Division extends its sympathy to the families of the ten people killed, two of them the bombers, and to the 63 people injured in the suicide bombings at the Fugalei market and the Savalalo bus terminal on Saturday.

PAST WEEK. Saturday 19 September, the day of the bombings, was dry and hot in Apia, with a maximum of 31.4°C at Mulinu'u and light east-south-easterly winds of 8 to 12 knots. Rescue teams worked in full sun until dusk, and the Division sent hourly readings to the National Emergency Operations Centre from 8:30 a.m. Sunday was cloudier. The march of about 5,000 people from the Fugalei market to Parliament at Mulinu'u on Sunday afternoon, calling for tighter checks on boats and ships, stayed dry, with only 0.2 mm of rain recorded at 3 p.m.

STATIONS. The automatic weather station at the Salelologa wharf on Savai'i stopped reporting on Sunday morning, when police sealed off the wharf after arresting two men who had come off the first ferry from Mulifanua. Readings will resume when access is allowed. Data from the Asau station were lost for 40 minutes on Saturday because of a power cut.

OUTLOOK. A trough will bring showers from Wednesday, with 20 to 40 mm over the southern slopes of Upolu and up to 60 mm on Savai'i. Winds south-easterly, 15 to 20 knots. Seas moderate, with swells of 1.5 to 2 metres. The UV index will be very high (11) around midday.

TIDES, APIA HARBOUR. High water on Tuesday at 6:14 a.m. (1.1 m) and 6:32 p.m. (1.0 m).

SEASON. The tropical cyclone season begins on 1 November. The Division's seasonal outlook, which will give the expected number of cyclones in Samoan waters, will be published on 15 October.

Enquiries: +685 20 855, Monday to Friday, 8 a.m. to 4:30 p.m.
"""))
GOLD += [
E(12, ["the suicide bombings at the Fugalei market and the Savalalo bus terminal", "the day of the bombings"],
  "SUI", "2026-09-19", "day", "Apia", "WS", 10, 63, "exact", None, None, False,
  "Weather bulletin of Monday 21 September (14:00 in Apia); 'on Saturday' and 'Saturday 19 September, the day of the bombings' -> 19 September. Two sites of one town -> ONE event. 'the ten people killed, two of them the bombers, and ... the 63 people injured' -> killed 10 (bombers inside), injured 63, exact. No claim -> perpetrator null. 'No. 38/2026', '2 p.m.', '31.4°C', '8 to 12 knots', '8:30 a.m.', '0.2 mm', '3 p.m.', '40 minutes', '20 to 40 mm', '60 mm', '15 to 20 knots', '1.5 to 2 metres', '11', '6:14 a.m.', '1.1 m', '6:32 p.m.', '1.0 m', '1 November', '15 October', '+685 20 855', '4:30 p.m.' are not casualties."),
E(12, ["The march of about 5,000 people from the Fugalei market to Parliament at Mulinu'u"],
  "PP", "2026-09-20", "day", "Apia", "WS", None, None, None, None, None, False,
  "'on Sunday afternoon' vs Monday 21 September -> 20 September. A march 'calling for tighter checks on boats and ships' that 'stayed dry', no incident told -> Peaceful protest, perpetrator null. Mulinu'u (Parliament) is in Apia -> Apia. 'about 5,000 people' counts marchers."),
E(12, ["after arresting two men who had come off the first ferry"],
  "ARR", "2026-09-20", "day", "Salelologa", "WS", None, None, None, "police", None, False,
  "'on Sunday morning' vs Monday 21 September -> 20 September. Police arrested two men at the Salelologa wharf on Savai'i -> Salelologa, 'police'. The weather station's outage is not an event; Mulifanua (the ferry's port of departure) holds no event."),
]

# -------------------------------------------------------------- holdout48-013
ARTICLES.append(A(13, "fr", "article", "2026-09-22T02:00:00Z",
"Samoa : l'État islamique revendique le double attentat d'Apia",
"""
APIA, 22 septembre 2026 (Agence Océanie Presse) - L'organisation État islamique a revendiqué lundi, au nom de sa « province d'Asie de l'Est », le double attentat-suicide qui a frappé samedi matin le marché de Fugalei et la gare routière d'Apia, faisant onze morts, kamikazes compris, et 63 blessés. Une vendeuse de 63 ans, grièvement brûlée au marché, est morte lundi à l'hôpital.

Le communiqué, diffusé en anglais et en arabe, évoque « plus de cent cinquante croisés tués ou blessés ». Le commissaire de police a jugé la revendication « crédible ». Le groupe philippin Abou Sayyaf, un temps cité sur les réseaux sociaux, a démenti toute implication. Selon le Premier ministre, les deux kamikazes, deux Samoans de 19 et 22 ans, « pourraient avoir été recrutés » en ligne par des militants basés aux Philippines.

Les deux hommes interpellés dimanche matin sur le quai de Salelologa, sur l'île de Savai'i, sont soupçonnés d'avoir hébergé les kamikazes. Un passager arrêté dimanche soir à l'aéroport de Faleolo, alors qu'il embarquait pour Auckland avec 4 000 tala en liquide, était toujours entendu mardi. Lundi, la police des Samoa américaines a arrêté à Pago Pago le capitaine d'un palangrier, soupçonné d'avoir fait entrer les explosifs à Apia lors d'une escale en août. Une vingtaine de vendeurs du marché, entendus dimanche comme témoins, ont été relâchés.

Le gouvernement a décrété trois jours de deuil national et fermé pour une semaine les 38 écoles publiques de la zone urbaine. La gare routière a été déplacée provisoirement près du stade d'Apia Park. Les dons au fonds des victimes atteignaient lundi soir 1,2 million de tala, soit environ 410 000 euros.

Le marché de Fugalei, où vendent chaque samedi près de 400 producteurs, doit rouvrir jeudi sous la surveillance de 40 policiers. Les églises de l'archipel ont annoncé des offices communs dimanche prochain.
"""))
GOLD += [
E(13, ["le double attentat-suicide qui a frappé samedi matin le marché de Fugalei et la gare routière d'Apia"],
  "SUI", "2026-09-19", "day", "Apia", "WS", 11, 63, "exact", "Islamic State", "Islamic State", False,
  "Dispatch of Tuesday 22 September (15:00 in Apia); 'samedi matin' -> 19 September. 'onze morts, kamikazes compris, et 63 blessés' -> killed 11 (bombers inside; the vendor of 63 who died Monday is inside), injured 63, exact. Claimed 'lundi' by the Islamic State's « province d'Asie de l'Est » (a regional branch -> 'Islamic State', dev), judged « crédible » by the police commissioner -> claimant and perpetrator. The claim's 'plus de cent cinquante croisés tués ou blessés' is never used; Abu Sayyaf's denial is not a claim; « pourraient avoir été recrutés » is speculation. '63 ans' (an age, equal to the injured figure by chance), '19 et 22 ans', '4 000 tala', 'Une vingtaine de vendeurs' (heard), 'trois jours', '38 écoles', '1,2 million de tala', '410 000 euros', '400 producteurs', '40 policiers' are not casualties."),
E(13, ["Les deux hommes interpellés dimanche matin sur le quai de Salelologa"],
  "ARR", "2026-09-20", "day", "Salelologa", "WS", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-012: 'dimanche matin' vs Tuesday 22 September -> 20 September. No force named -> 'police'."),
E(13, ["Un passager arrêté dimanche soir à l'aéroport de Faleolo"],
  "ARR", "2026-09-20", "day", "Faleolo", "WS", None, None, None, "police", None, False,
  "'dimanche soir' vs Tuesday 22 September -> 20 September. A passenger arrested as he boarded for Auckland at Faleolo airport -> Faleolo (Auckland, his destination, holds no event). 'toujours entendu mardi' is his custody. No force named -> 'police'."),
E(13, ["la police des Samoa américaines a arrêté à Pago Pago"],
  "ARR", "2026-09-21", "day", "Pago Pago", "AS", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 22 September -> 21 September. The cluster's suspected facilitator (the captain of a longliner who brought the explosives in), arrested in Pago Pago, American Samoa (ISO code AS) by its police -> 'police'. The vendors 'entendus ... comme témoins' are not arrested."),
]

# -------------------------------------------------------------- holdout48-014
ARTICLES.append(A(14, "en", "article", "2026-09-24T03:00:00Z",
"Driving school tells learners lessons resume on Monday",
"""
MOANA DRIVING SCHOOL - NOTICE TO ALL LEARNERS AND PARENTS. Beach Road, Apia. Thursday 24 September 2026.

Talofa lava. As many of you know, our instructor Tavita Lemalu, 34, was waiting with a learner at the Savalalo bus terminal last Saturday when the second bomber blew himself up. He is one of the 63 injured and is recovering well after two operations. His learner, aged 17, was not hurt. We are thinking of the families of the twelve people who have died in the twin bombing, two of them the bombers; a schoolboy injured at the market died on Wednesday.

On Monday the Prime Minister said the claim of responsibility made by Islamic State was credible.

LESSONS. All lessons from Saturday 19 to Saturday 26 September are cancelled and will be rebooked free of charge. Lessons resume on Monday 28 September from 7 a.m. Beach Road and the streets around Savalalo remain closed, so we will use the practice yard at Vaitele until further notice.

TESTS. The Land Transport Authority has postponed all practical driving tests until 5 October. Theory tests (30 questions, pass mark 24) continue at its office.

ONE OF OUR LEARNERS. Many of you have asked about Ioane, the learner who was arrested at Faleolo airport on Sunday night. He was released without charge on Tuesday afternoon, and police told his family that he had been travelling to Auckland for his sister's wedding. He will take his test with us as planned. Please do not share his photograph online.

FEES. Lesson prices stay at 60 tala an hour (45 tala for students), and the 10-lesson package costs 550 tala. Fees for the cancelled week will not be charged.

SAFETY. Police have asked drivers to keep clear of the Fugalei market area, where 40 officers are on duty, and to give way to ambulances at all times. Please drive slowly near schools, which reopen on Monday.

Contact us on 7 215 330 (mobile, 8 a.m. to 5 p.m.). Soifua.
"""))
GOLD += [
E(14, ["the second bomber blew himself up", "the twin bombing"],
  "SUI", "2026-09-19", "day", "Apia", "WS", 12, 63, "exact", "Islamic State", "Islamic State", False,
  "Driving school notice of Thursday 24 September (16:00 in Apia); 'last Saturday' -> 19 September (also 'Saturday 19 ... September'). 'the twelve people who have died in the twin bombing, two of them the bombers' -> killed 12 (bombers inside; the schoolboy who died on Wednesday is inside), exact; 'one of the 63 injured' -> injured 63. 'the claim of responsibility made by Islamic State was credible' -> claimant and perpetrator 'Islamic State'. '34', 'two operations', '17', '26 September', '28 September', '7 a.m.', '5 October', '30 questions', '24' (a pass mark), '60 tala', '45 tala', '10-lesson', '550 tala', '40 officers', '7 215 330', '8 a.m. to 5 p.m.' are not casualties."),
E(14, ["the learner who was arrested at Faleolo airport on Sunday night"],
  "ARR", "2026-09-20", "day", "Faleolo", "WS", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-013: 'on Sunday night' vs Thursday 24 September -> 20 September. 'released without charge on Tuesday afternoon': the release does not undo the arrest and is no event. No force named; 'police told his family' -> 'police'."),
]

# -------------------------------------------------------------- holdout48-015
ARTICLES.append(A(15, "fr", "article", "2026-09-28T09:00:00Z",
"La lettre du RCVL : pensées pour Fetu et pour Apia",
"""
RUGBY CLUB VALLÉE DU LOT - LA LETTRE DU CLUB, numéro 87, lundi 28 septembre 2026.

Le mot du président. Cette lettre n'a pas le ton habituel. Notre troisième ligne Fetu Aiono, 26 ans, 1,94 m et 118 kg, a appris que sa sœur Lagi faisait partie des 63 blessés du double attentat-suicide du samedi 19 septembre à Apia, aux Samoa. Le club lui a offert le billet (2 400 euros, trente heures de voyage par Auckland) et il est auprès d'elle depuis mercredi. Lagi, touchée à la gare routière, se remet de ses brûlures.

Le bilan de cette double explosion est terrible pour un si petit pays : douze morts, dont les deux kamikazes. L'attaque a été revendiquée par l'État islamique. Fetu nous écrit que trois suspects sont en prison : les deux hommes arrêtés le dimanche 20 septembre à Salelologa, sur l'île de Savai'i, et le capitaine d'un palangrier arrêté le 21 septembre à Pago Pago. Ses parents ont défilé le 20 septembre avec la marche d'environ 5 000 personnes qui a rejoint le Parlement pour demander plus de contrôles dans les ports.

Côté terrain. Dimanche, notre équipe première s'est imposée 27 à 19 face à Gourdon, avec trois essais, dont un de notre ailier Romain au bout d'une attaque de 60 mètres. Les joueurs portaient un brassard noir, et une minute de silence a été respectée avant le coup d'envoi. Score à la mi-temps : 10 à 6. La réserve s'est inclinée 12 à 15, et le public a explosé de joie quand le pilier Kevin a marqué son premier essai en quatre saisons.

Solidarité. La buvette a reversé 3 200 euros à la collecte ouverte pour les victimes, et les 1 150 spectateurs ont signé un grand drapeau qui partira pour Apia. La cagnotte reste ouverte jusqu'au 15 octobre.

Agenda. Samedi 3 octobre à 15 heures, déplacement à Cahors ; dimanche 11 octobre à 15 h 30, réception de Villeneuve. Billets à 8 euros, gratuits pour les moins de 12 ans. École de rugby : reprise mercredi à 14 heures pour les moins de 10 ans.
"""))
GOLD += [
E(15, ["double attentat-suicide du samedi 19 septembre à Apia", "cette double explosion", "L'attaque a été revendiquée"],
  "SUI", "2026-09-19", "day", "Apia", "WS", 12, 63, "exact", "Islamic State", "Islamic State", False,
  "Club newsletter of Monday 28 September; 'du samedi 19 septembre' -> 19 September. 'douze morts, dont les deux kamikazes' -> killed 12 (bombers inside), exact; 'des 63 blessés' -> injured 63; the player's sister is one of them. 'revendiquée par l'État islamique', undisputed -> claimant and perpetrator. The rugby words ('une attaque de 60 mètres', 'le public a explosé de joie', 'essais') are no event. 'numéro 87', '26 ans', '1,94 m', '118 kg', '2 400 euros', 'trente heures', '27 à 19', 'trois essais', '60 mètres', '10 à 6', '12 à 15', 'quatre saisons', '3 200 euros', '1 150 spectateurs', '15 octobre', '15 heures', '15 h 30', '8 euros', '12 ans', '14 heures', '10 ans' are not casualties."),
E(15, ["les deux hommes arrêtés le dimanche 20 septembre à Salelologa"],
  "ARR", "2026-09-20", "day", "Salelologa", "WS", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-012: 'le dimanche 20 septembre' -> 20 September. 'en prison' is its follow-up. No force named -> 'police'."),
E(15, ["le capitaine d'un palangrier arrêté le 21 septembre à Pago Pago"],
  "ARR", "2026-09-21", "day", "Pago Pago", "AS", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-013: 'le 21 septembre' -> 21 September, in American Samoa -> AS. No force named -> 'police'."),
E(15, ["la marche d'environ 5 000 personnes qui a rejoint le Parlement"],
  "PP", "2026-09-20", "day", "Apia", "WS", None, None, None, None, None, False,
  "'le 20 septembre' -> 20 September: the march of holdout48-012 to Parliament, 'pour demander plus de contrôles dans les ports', no incident told -> Peaceful protest, perpetrator null. '5 000' counts marchers."),
]
