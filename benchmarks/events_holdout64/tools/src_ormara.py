"""Authoring source of benchmarks/events_holdout64 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ormara, Pakistan cluster (holdout64-006 to 010; English and
French), two suicide bombers on Sunday 12 April 2026 at two sites of one
town on the Makran coast of Balochistan (the auction hall of the fish
harbour and the main bazaar, about 600 m and seven minutes apart): an
English wire with a first report (006), a gas company's public safety
notice (007), a French agency dispatch on the claim and arrests
("dépêche", fr 008), a Karachi marina's notice to berth holders (009) and
the transcript of a student radio's news bulletin (010). Pakistan is UTC+5:
every publication time here is between 05:00 and 11:00 UTC, so every local
date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout64")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout64-006
ARTICLES.append(A(6, "en", "article", "2026-04-12T10:00:00Z",
"Twin suicide blasts kill at least 13 in Pakistan's Ormara",
"""
ORMARA, Pakistan (Arabian Sea Wire) - Two suicide bombers struck the fishing town of Ormara on Pakistan's Makran coast on Sunday morning, killing at least 13 people, including themselves, and wounding more than 30, police and hospital officials said.

The first attacker blew himself up at about 9:10 a.m. inside the auction hall of the fish harbour, where boats that had been at sea for three days were unloading their catch. Seven minutes later a second man detonated his vest in the main bazaar, some 600 metres inland, as crowds ran from the harbour.

"I was weighing a 40-kilo crate of mackerel when the roof fell," said Karim Bakhsh, 38, whose cousin was killed. "Mackerel fetches 9,000 rupees a crate this season. Nobody will buy fish today."

No group claimed responsibility. A police official in Ormara said investigators were examining whether Baloch separatists, who have attacked Chinese-funded projects along the coast, could be behind the bombings, but stressed that "nothing is confirmed".

The wounded were taken to the town's 50-bed hospital and to a navy hospital nearby, and nine were flown by helicopter to Karachi, about 350 km to the east. The provincial government declared a day of mourning and closed the coastal highway for 24 hours.

Balochistan's coast has seen sporadic bombings. In 2019, a homemade bomb hidden in an oil drum exploded beside a passenger bus near Kund Malir, on the same highway, wounding seven travellers.

Some 1,200 boats work out of Ormara, whose population of about 40,000 lives almost entirely from fishing. The harbour will remain closed until further notice, the fisheries department said, and 2,000 tonnes of ice stored in its cold rooms may be lost.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the fishing town of Ormara", "The first attacker blew himself up", "a second man detonated his vest", "the bombings"],
  "SUI", "2026-04-12", "day", "Ormara", "PK", 13, 30, "at_least", None, None, False,
  "Wire of Sunday 12 April 2026 (15:00 in Ormara); 'on Sunday morning' = the publication day. Two sites of one town (the fish harbour's auction hall and the main bazaar, 'some 600 metres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least 13 people, including themselves, and wounding more than 30' -> killed 13 (bombers inside), at_least; injured 30 ('more than 30'; the qualifier describes the killed figure). No claim; 'could be behind the bombings' is speculation -> perpetrator null. 'Balochistan's coast has seen sporadic bombings' is generic (not a trigger). '9:10 a.m.', 'three days', 'Seven minutes', '600 metres', '40-kilo', '38', 'whose cousin was killed' (inside the toll), '9,000 rupees', '50-bed', 'nine were flown' (a subset of the injured), '350 km', '24 hours', '1,200 boats', '40,000', '2,000 tonnes' are not casualties."),
E(6, ["a homemade bomb hidden in an oil drum exploded beside a passenger bus near Kund Malir"],
  "IED", "2019-01-01", "year", "Kund Malir", "PK", None, 7, "exact", None, None, True,
  "'In 2019' -> year, background. A homemade bomb -> Remote explosive/landmine/IED, coded to the nearest named place ('near Kund Malir'); no author named -> null. 'wounding seven travellers' -> injured 7 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout64-007
ARTICLES.append(A(7, "en", "article", "2026-04-13T06:00:00Z",
"Safety notice: gas supply suspended in Ormara bazaar",
"""
MAKRAN COAST GAS COMPANY - PUBLIC SAFETY NOTICE No. 7/2026. Issued Monday 13 April 2026, 11:00, by the Ormara district office.

1. WHAT HAPPENED. The second explosion of Sunday's twin suicide bombing in Ormara, in the main bazaar, ruptured our 4-inch distribution main under Bazaar Road. Our notice No. 6 of Sunday evening quoted the police figure of at least 13 dead. The district administration has since confirmed 17 dead, not counting the two bombers, and 41 injured. Among the dead is our meter reader Ghulam Rasool, 52, who died of his injuries overnight at the navy hospital. We offer our condolences to all the families.

2. SUPPLY. Gas to 2,300 households and 140 shops in Ward 3 and Ward 4 is suspended while the main is repaired. Work will take about 72 hours. Supply to the harbour ice plant and to the hospital is not affected.

3. DO NOT. Do not relight pilot lights yourself. Do not use open flames if you smell gas. Do not connect LPG cylinders to pipes meant for natural gas.

4. CYLINDERS. The Counter Terrorism Department has told us that the two men arrested at a checkpoint near Hoshab on Sunday night were carrying three 11.8-kg cylinders of our company, stolen from a depot in February. Customers who have lost a cylinder are asked to report its serial number. Cylinders are refilled free of charge this week; the usual price is 3,250 rupees.

5. COMPENSATION. Damaged meters and regulators will be replaced free of charge. Bring your latest bill and your identity card to our office at Plot 12, Harbour Road, from 9 a.m. to 4 p.m.

6. EMERGENCIES. Gas leak line, 24 hours: 086 921 4400. Do not call this number for news of relatives; the district control room is on 086 921 1100.

Makran Coast Gas Company thanks the firefighters and the navy engineers who isolated the damaged main within 40 minutes of the blast.
"""))
GOLD += [
E(7, ["The second explosion of Sunday's twin suicide bombing in Ormara", "the blast"],
  "SUI", "2026-04-12", "day", "Ormara", "PK", 19, 41, "exact", None, None, False,
  "Gas company notice of Monday 13 April; 'Sunday's' -> 12 April. The toll is revised inside: 'at least 13 dead' (notice No. 6, superseded) -> '17 dead, not counting the two bombers, and 41 injured' -> killed 17 + 2 = 19 (the bombers are added), injured 41, exact; the meter reader who 'died of his injuries overnight' is inside the 17. No claim, no group named -> perpetrator null. 'No. 7/2026', '11:00', '4-inch', 'No. 6', '52', '2,300 households', '140 shops', 'Ward 3 and Ward 4', '72 hours', '11.8-kg', '3,250 rupees', 'Plot 12', '9 a.m. to 4 p.m.', '24 hours', the phone numbers, '40 minutes' are not casualties."),
E(7, ["the two men arrested at a checkpoint near Hoshab"],
  "ARR", "2026-04-12", "day", "Hoshab", "PK", None, None, None, "police", None, False,
  "'on Sunday night' vs Monday 13 April -> 12 April, the night of the bombing. The arrest is told only through a participle in this notice; it is its first telling in the cluster. Reported by the Counter Terrorism Department -> 'police' (dev: counter-terrorism is police). The three gas cylinders they carried belong to the arrest."),
]

# -------------------------------------------------------------- holdout64-008
ARTICLES.append(A(8, "fr", "article", "2026-04-15T09:00:00Z",
"Pakistan : la BLA revendique l'attentat d'Ormara, un passeur arrêté à Karachi",
"""
KARACHI (Agence Asie du Sud Presse) - L'Armée de libération du Baloutchistan (BLA), principal groupe séparatiste baloutche, a revendiqué mardi le double attentat-suicide qui a fait vingt morts dimanche à Ormara, petit port de pêche de la côte du Makran, et la police antiterroriste a arrêté mercredi à l'aube, à Karachi, un homme soupçonné d'avoir acheminé les explosifs.

Dans un communiqué, la « brigade Majeed » de la BLA affirme que ses deux « martyrs » ont tué « plus de 50 soldats et espions pakistanais ». Le Département de lutte antiterroriste (CTD) juge la revendication crédible, mais rappelle qu'aucun militaire ne figure parmi les victimes. Le bilan est de vingt morts, dont les deux kamikazes et un garçon de 11 ans mort mardi à Karachi, et de quarante et un blessés.

Le Front de libération du Baloutchistan (BLF), autre groupe armé, a démenti toute participation. Selon un porte-parole du gouvernement provincial, les deux kamikazes « pourraient avoir traversé » la frontière iranienne la semaine dernière.

L'homme arrêté à Karachi, patron d'un chalutier amarré dans une marina de la ville, aurait transporté par mer 60 kilos d'explosifs depuis la frontière iranienne jusqu'à Ormara. Les deux hommes interpellés dimanche soir près de Hoshab ont, eux, été placés en détention pour trente jours par un tribunal antiterroriste de Turbat.

Mardi, plusieurs milliers d'habitants d'Ormara ont défilé en silence du port au bazar pour réclamer « la paix et du travail », derrière une banderole « Ormara n'a pas peur ». Aucun incident n'a été signalé.

Le port, fermé depuis dimanche, fait vivre la quasi-totalité des 40 000 habitants. Selon la coopérative des pêcheurs, chaque jour de fermeture coûte environ 15 millions de roupies. En 2019, une bombe artisanale avait blessé sept voyageurs d'un autocar près de Kund Malir, sur la même route côtière.
"""))
GOLD += [
E(8, ["le double attentat-suicide qui a fait vingt morts dimanche à Ormara"],
  "SUI", "2026-04-12", "day", "Ormara", "PK", 20, 41, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "Dispatch of Wednesday 15 April; 'dimanche' -> 12 April. 'vingt morts, dont les deux kamikazes et un garçon de 11 ans mort mardi à Karachi, et ... quarante et un blessés' -> killed 20 (bombers and the boy who died later inside), injured 41 (number words), exact. Claimed 'mardi' by « L'Armée de libération du Baloutchistan (BLA) » (its « brigade Majeed ») -> 'Balochistan Liberation Army' (canonical), judged 'crédible' by the CTD -> claimant and perpetrator; the claim's 'plus de 50 soldats et espions pakistanais' is never used (the CTD says no soldier is among the victims). The BLF's denial is not a claim; « pourraient avoir traversé » is speculation. '11 ans', '60 kilos', 'trente jours', '40 000 habitants', '15 millions de roupies' are not casualties."),
E(8, ["la police antiterroriste a arrêté mercredi à l'aube, à Karachi, un homme", "L'homme arrêté à Karachi"],
  "ARR", "2026-04-15", "day", "Karachi", "PK", None, None, None, "police", None, False,
  "'mercredi à l'aube' = the publication day, Wednesday 15 April. The cluster's suspected facilitator (the skipper of a trawler who carried 60 kg of explosives by sea), arrested in Karachi by 'la police antiterroriste' -> 'police'."),
E(8, ["Les deux hommes interpellés dimanche soir près de Hoshab"],
  "ARR", "2026-04-12", "day", "Hoshab", "PK", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout64-007: 'dimanche soir' vs Wednesday 15 April -> 12 April. 'placés en détention pour trente jours par un tribunal antiterroriste de Turbat' is its judicial follow-up (Turbat is the court's seat, not the arrest's place). No force named; the CTD of holdout64-007 -> 'police'."),
E(8, ["plusieurs milliers d'habitants d'Ormara ont défilé en silence"],
  "PP", "2026-04-14", "day", "Ormara", "PK", None, None, None, None, None, False,
  "'Mardi' vs Wednesday 15 April -> 14 April. A silent march from the port to the bazaar with a demand (« la paix et du travail »); 'Aucun incident n'a été signalé' -> Peaceful protest, perpetrator null. 'plusieurs milliers' counts marchers."),
E(8, ["une bombe artisanale avait blessé sept voyageurs d'un autocar près de Kund Malir"],
  "IED", "2019-01-01", "year", "Kund Malir", "PK", None, 7, "exact", None, None, True,
  "'En 2019' -> year, background: the Kund Malir bus bomb of holdout64-006. A homemade bomb -> Remote explosive/landmine/IED; no author -> null. 'blessé sept voyageurs' -> injured 7, exact."),
]

# -------------------------------------------------------------- holdout64-009
ARTICLES.append(A(9, "en", "article", "2026-04-17T05:00:00Z",
"Chinna Creek Marina: notice to berth holders after Wednesday's arrest",
"""
CHINNA CREEK MARINA, KARACHI - NOTICE TO BERTH HOLDERS No. 14/2026. Friday 17 April 2026. From the marina manager.

Dear berth holders,

As many of you saw, officers of the Counter Terrorism Department boarded the trawler Al-Noor at pontoon C, berth C-14, at 5 a.m. on Wednesday and arrested her skipper. Police say he carried the explosives used in Sunday's suicide bombing in Ormara, which killed 20 people, the two bombers included, and injured 41, and which the Balochistan Liberation Army has claimed. The skipper, who had kept his boat here since 2023, was remanded in custody for 14 days by an anti-terrorism court on Thursday. Two of our night watchmen were questioned for several hours and released; they have returned to work.

The following measures apply from today until further notice:

1. ACCESS. Gate 2 is closed. All access is through Gate 1, 6 a.m. to 10 p.m. Show your berth card; guests must be registered 24 hours in advance.

2. MOVEMENTS. Departures and arrivals must be reported to the marina office on VHF channel 71 at least 30 minutes before casting off. Night movements between 10 p.m. and 6 a.m. are suspended.

3. SEARCHES. The Maritime Security Agency may board any vessel without notice. Please cooperate.

4. PONTOON C. Berths C-12 to C-16 remain cordoned off. Owners of boats in those berths may move them to visitor berths V-1 to V-5 free of charge until 30 April.

5. FUEL. The fuel pontoon reopens on Saturday; diesel is 287 rupees a litre.

6. FEES. Monthly berth fees (4,500 rupees per metre for boats up to 12 metres) are unchanged. The May invoice will be sent on 1 May.

Tide table for Saturday: high water 07:42 (2.6 m), low water 14:05 (0.4 m).

Marina office: 021 3524 7800, 9 a.m. to 6 p.m. Emergencies: VHF channel 16.
"""))
GOLD += [
E(9, ["arrested her skipper"],
  "ARR", "2026-04-15", "day", "Karachi", "PK", None, None, None, "police", None, False,
  "Marina notice of Friday 17 April; 'at 5 a.m. on Wednesday' -> 15 April: the arrest of the facilitator of holdout64-008, aboard a trawler at the Chinna Creek marina in Karachi, by 'officers of the Counter Terrorism Department' -> 'police'. 'remanded in custody for 14 days by an anti-terrorism court on Thursday' is the follow-up. The two night watchmen 'questioned for several hours and released' are not arrested."),
E(9, ["Sunday's suicide bombing in Ormara"],
  "SUI", "2026-04-12", "day", "Ormara", "PK", 20, 41, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'Sunday's' vs Friday 17 April -> 12 April. 'killed 20 people, the two bombers included, and injured 41' -> killed 20 (bombers inside), injured 41, exact. 'which the Balochistan Liberation Army has claimed' -> claimant and perpetrator. 'No. 14/2026', 'berth C-14', '5 a.m.', '2023', '14 days', 'Gate 2', 'Gate 1', '6 a.m. to 10 p.m.', '24 hours', 'VHF channel 71', '30 minutes', 'C-12 to C-16', 'V-1 to V-5', '30 April', '287 rupees', '4,500 rupees', '12 metres', '1 May', '07:42', '2.6 m', '14:05', '0.4 m', the phone number, 'VHF channel 16' are not casualties."),
]

# -------------------------------------------------------------- holdout64-010
ARTICLES.append(A(10, "en", "transcript", "2026-04-17T11:00:00Z",
"Campus FM news at four: Ormara fishermen tear-gassed, student freed",
"""
CAMPUS FM 89.4 - STUDENT RADIO OF LASBELA UNIVERSITY, UTHAL. NEWS AT FOUR, FRIDAY 17 APRIL 2026. TRANSCRIPT.

SANA (presenter): Good afternoon, this is Sana Baloch with the news at four. Our top story: police in Ormara fired tear gas and swung batons yesterday to break up a march of fishermen demanding the reopening of the fish harbour, closed since Sunday's twin suicide bombing. Our reporter Zubair is on the line.

ZUBAIR (reporter): Thanks, Sana. Some 400 fishermen walked from the jetty to the harbour authority office chanting "Let us work". When they reached the gate, police fired tear gas and charged. Doctors at the town hospital say six fishermen and two policemen were hurt. The harbour is expected to reopen on Monday for boats under 15 metres.

SANA: The toll from the bombing itself stands at twenty dead, the two bombers among them, and forty-one wounded. It was claimed on Tuesday by the Balochistan Liberation Army. A provincial spokesman told us the bombers may have been trained in Afghanistan, but he gave no evidence.

ZUBAIR: And there is news from our own campus, Sana. Marine sciences student Faheem Dashti, 21, who was arrested at his family home in Jiwani on Tuesday, was released without charge last night. His lawyer says police had confused him with a cousin.

SANA: The university says mid-term exams in the faculty of marine sciences are moved to 4 May, and that the 18 students from Ormara are excused from this week's lab work. The student union has collected 86,000 rupees for the families. Counselling is available in block B, room 12, from 10 to 1.

SANA: Weather now: hot and humid, 37 degrees in Uthal, winds of 20 km/h from the sea. Our next bulletin is at five. This is Campus FM 89.4.
"""))
GOLD += [
E(10, ["police in Ormara fired tear gas and swung batons yesterday to break up a march of fishermen", "Some 400 fishermen walked from the jetty"],
  "PI", "2026-04-16", "day", "Ormara", "PK", None, 8, "exact", None, None, False,
  "Student radio bulletin of Friday 17 April (16:00 in Uthal); 'yesterday' -> 16 April. A march with a demand (the reopening of the harbour, 'Let us work') broken up with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev). 'six fishermen and two policemen were hurt' -> injured 6 + 2 = 8 (all sides summed, dev), exact; killed null. 'Some 400 fishermen' counts marchers. '15 metres' is not a casualty."),
E(10, ["Sunday's twin suicide bombing", "the bombing itself"],
  "SUI", "2026-04-12", "day", "Ormara", "PK", 20, 41, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'Sunday's' vs Friday 17 April -> 12 April. 'twenty dead, the two bombers among them, and forty-one wounded' -> killed 20 (number word; bombers inside), injured 41, exact. 'claimed on Tuesday by the Balochistan Liberation Army' -> claimant and perpetrator. 'may have been trained in Afghanistan' is speculation about training, not an attribution. '89.4', '4 May', '18 students', '86,000 rupees', 'block B, room 12', '10 to 1', '37 degrees', '20 km/h' are not casualties."),
E(10, ["who was arrested at his family home in Jiwani on Tuesday"],
  "ARR", "2026-04-14", "day", "Jiwani", "PK", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 17 April -> 14 April. A student arrested in Jiwani and 'released without charge last night' (16 April): the release does not undo the arrest and is not an event. 'police had confused him' -> 'police'. '21' is an age."),
]
