"""Authoring source of benchmarks/events_holdout62 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Narathiwat, Thailand cluster (holdout62-011 to 015; English and
French), two suicide bombers on Friday 10 July 2026 at two sites of one town
(the night market by the clock tower and the bus terminal, about 600 m and
five minutes apart): an English wire with a first report (011), a French
agency dispatch on the claim and arrests ("dépêche", fr 012), the transcript
of a community radio's English news bulletin (013, kind "transcript"), a
port health authority's note to ship agents (014) and a youth football
league's email to coaches and parents (015). Thailand and Malaysia's
Kelantan are UTC+7 and UTC+8: every publication time here is between 02:00
and 15:00 UTC, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout62")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout62-011
ARTICLES.append(A(11, "en", "article", "2026-07-10T15:00:00Z",
"Twin suicide blasts kill at least eight in Thailand's far south",
"""
NARATHIWAT, Thailand (Gulf Wire) - Two suicide bombers blew themselves up at a night market and the bus terminal of the southern Thai town of Narathiwat on Friday evening, killing at least six people in addition to themselves and wounding a score of others, police and hospital officials said.

The first bomber, who arrived on a motorcycle, set off his explosives at about 6:40 p.m. among food stalls near the clock tower, where hundreds of families were buying dinner at the end of the working week. Five minutes later the second walked into the waiting hall of the bus terminal, some 600 metres away, and detonated a bag he was carrying. The 7 p.m. bus to Bangkok had just been called.

"I saw a big flash and then everyone was on the ground," said Somchai Kaewsuwan, 36, a seller of grilled chicken whose stall had 40 skewers on the grill at 10 baht each.

No group has claimed responsibility. Police Colonel Anan Rattanaphong said the attack "bore the hallmarks" of the separatist insurgents who have fought the Thai state in the Muslim-majority far south since 2004, but that it was too early to name anyone.

Bombs are not new to the province. In 2019, a bomb hidden in a motorcycle outside a school in Si Sakhon district wounded five rangers. But no suicide attack had been recorded in the town.

The provincial hospital, which has 400 beds, declared a code red and appealed for blood donors; four Malaysian tourists are among the wounded. More than 1,500 soldiers and police are deployed in Narathiwat province, and checkpoints on the roads to the Malaysian border, 60 km to the south, were reinforced overnight. The governor ordered the town's 27 schools closed on Monday.
"""))
GOLD += [
E(11, ["Two suicide bombers blew themselves up at a night market and the bus terminal", "The first bomber, who arrived on a motorcycle, set off his explosives", "the second walked into the waiting hall of the bus terminal", "the attack"],
  "SUI", "2026-07-10", "day", "Narathiwat", "TH", 8, 20, "at_least", None, None, False,
  "Wire of Friday 10 July 2026 (22:00 in Narathiwat); 'on Friday evening' = the publication day. Two sites of one town (the night market by the clock tower and the bus terminal, 'some 600 metres' and five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least six people in addition to themselves' -> 6 + 2 bombers = 8, at_least (the bombers are added); 'a score of others' -> injured 20 (dev table; the qualifier describes the killed figure). 'four Malaysian tourists' are a subset of the injured. No claim; 'bore the hallmarks' is speculation -> perpetrator null. '6:40 p.m.', 'hundreds of families', 'Five minutes', '600 metres', '7 p.m.', '36' (an age), '40 skewers', '10 baht', '2004', '400 beds', '1,500 soldiers and police', '60 km', '27 schools' are not casualties."),
E(11, ["a bomb hidden in a motorcycle outside a school in Si Sakhon district"],
  "IED", "2019-01-01", "year", "Si Sakhon", "TH", None, 5, "exact", None, None, True,
  "'In 2019' -> year, background. A bomb hidden in a motorcycle -> Remote explosive/landmine/IED; no author named -> null. 'wounded five rangers' -> injured 5 (number word), exact. A district -> coded to its name, Si Sakhon (no town named)."),
]

# -------------------------------------------------------------- holdout62-012
ARTICLES.append(A(12, "fr", "article", "2026-07-13T09:00:00Z",
"Thaïlande : le BRN revendique le double attentat de Narathiwat",
"""
NARATHIWAT (Thaïlande), 13 juillet 2026 (Agence Asie du Sud-Est Presse) - Le Barisan Revolusi Nasional (BRN), principal mouvement séparatiste malais du sud de la Thaïlande, a revendiqué lundi le double attentat-suicide qui a frappé vendredi soir le marché de nuit et la gare routière de Narathiwat, dans un communiqué qui affirme avoir tué « plus de quarante soldats siamois ».

Aucun soldat ne figure pourtant parmi les victimes. Selon l'hôpital provincial, le bilan est de treize morts, y compris les deux kamikazes, et de 52 blessés : une fillette de 8 ans a succombé dimanche. Le Commandement des opérations de sécurité intérieure (Isoc) juge la revendication « crédible ». L'Organisation unie de libération de Patani (PULO), autre groupe séparatiste, a démenti toute participation.

Selon un officier de l'Isoc, les deux kamikazes, des frères de 20 et 22 ans, « pourraient avoir séjourné » plusieurs mois dans l'État malaisien du Kelantan avant l'attaque.

La police malaisienne a arrêté dimanche à Rantau Panjang, ville frontalière du Kelantan, un commerçant thaïlandais de 45 ans soupçonné d'avoir fourni les gilets explosifs. Les deux hommes interpellés samedi à l'aube à un barrage militaire de Cho-airong restent détenus en vertu de la loi martiale, qui autorise une garde à vue de sept jours.

La province n'avait jamais connu d'attentat-suicide. En 2019, une bombe cachée dans une moto avait blessé cinq rangers devant une école du district de Si Sakhon.

Lundi, le marché de nuit, qui compte 340 étals, restait fermé, et les bus partaient d'un arrêt provisoire installé au stade provincial. Un couvre-feu a été décrété de 22 heures à 5 heures, et 200 policiers ont été envoyés en renfort depuis Bangkok. Les hôtels de la ville font état d'un taux d'occupation tombé à 15 %.
"""))
GOLD += [
E(12, ["le double attentat-suicide qui a frappé vendredi soir le marché de nuit et la gare routière de Narathiwat", "l'attaque"],
  "SUI", "2026-07-10", "day", "Narathiwat", "TH", 13, 52, "exact", "Barisan Revolusi Nasional", "Barisan Revolusi Nasional", False,
  "Dispatch of Monday 13 July; 'vendredi soir' -> 10 July. Two sites of one town -> ONE event. 'treize morts, y compris les deux kamikazes, et de 52 blessés' (the girl of 8 who died Sunday is inside) -> killed 13 (bombers inside), injured 52, exact. Claimed 'lundi' by the Barisan Revolusi Nasional (BRN), judged « crédible » by Isoc -> claimant and perpetrator (canonical 'Barisan Revolusi Nasional'); the claim's « plus de quarante soldats siamois » is never used (« Aucun soldat ne figure ... parmi les victimes »). The PULO's denial is not a claim; « pourraient avoir séjourné » is speculation. '8 ans', '20 et 22 ans', '45 ans', 'sept jours', '340 étals', '22 heures à 5 heures', '200 policiers', '15 %' are not casualties."),
E(12, ["La police malaisienne a arrêté dimanche à Rantau Panjang"],
  "ARR", "2026-07-12", "day", "Rantau Panjang", "MY", None, None, None, "police", None, False,
  "'dimanche' vs Monday 13 July -> 12 July. The cluster's suspected facilitator (a trader suspected of supplying the vests), arrested by the Malaysian police in Rantau Panjang, Kelantan -> MY, 'police'."),
E(12, ["Les deux hommes interpellés samedi à l'aube à un barrage militaire de Cho-airong"],
  "ARR", "2026-07-11", "day", "Cho-airong", "TH", None, None, None, "military", None, False,
  "Participle restating the arrest of holdout62-013: 'samedi à l'aube' vs Monday 13 July -> 11 July. At a military checkpoint (holdout62-013: 'Soldiers ... detained') -> 'military' (the armed forces of the country of the event). Their detention under martial law is the arrest's follow-up, not a new event. A district -> Cho-airong."),
E(12, ["une bombe cachée dans une moto avait blessé cinq rangers"],
  "IED", "2019-01-01", "year", "Si Sakhon", "TH", None, 5, "exact", None, None, True,
  "'En 2019' -> year, background (the bomb of holdout62-011). 'avait blessé cinq rangers' -> injured 5, exact; author null."),
]

# -------------------------------------------------------------- holdout62-013
ARTICLES.append(A(13, "en", "transcript", "2026-07-11T12:00:00Z",
"Nara Community Radio, English news, Saturday 7 p.m.",
"""
NARA COMMUNITY RADIO 96.25 FM - NEWS IN ENGLISH, SATURDAY 11 JULY 2026, 7 P.M. TRANSCRIPT.

PRESENTER (Nurul): Good evening, this is Nurul with the news in English.

The toll from last night's twin suicide bombing in Narathiwat has risen again. This morning officials were speaking of at least eight dead. This afternoon the provincial governor gave a new figure: ten people killed, not counting the two bombers, and 52 injured. Twelve of them are still in intensive care.

Soldiers at a checkpoint in Cho-airong district detained two men in a pickup truck at dawn this morning. The army says they were carrying two mobile phones linked to the bombers and 3 kg of fertiliser, and that they can be held for up to seven days under martial law.

Police questioned about 30 night-market vendors overnight and let all of them go home. No group has claimed the bombing.

Now some practical information. The night market stays closed until further notice. Buses to Bangkok and Yala now leave from a temporary stop at the provincial stadium; the first departure is at 6 a.m. The 27 schools of Narathiwat municipality will be closed on Monday.

The provincial hospital needs blood, especially group O. Donors can come from 8 a.m. to 4 p.m. at the blood bank on the second floor. Families looking for news can call the hospital's hotline on 073 532 110, 24 hours a day.

The governor has asked residents not to share images of the victims, and reminds drivers that all motorcycles entering the town centre will be searched.

Weather: thunderstorms this evening, 32 degrees tomorrow, with a 70 percent chance of rain.

PRESENTER (Nurul): That was the news. Our next bulletin, in Malay, is at 8 o'clock. Stay with us on 96.25.
"""))
GOLD += [
E(13, ["last night's twin suicide bombing in Narathiwat", "the bombing"],
  "SUI", "2026-07-10", "day", "Narathiwat", "TH", 12, 52, "exact", None, None, False,
  "Radio bulletin of Saturday 11 July, 7 p.m. (12:00 UTC); 'last night's' -> Friday 10 July. ONE event (twin bombing in one town). The toll is revised inside: 'at least eight dead' (the morning figure, superseded) -> 'ten people killed, not counting the two bombers, and 52 injured' -> killed 10 + 2 = 12 (the bombers are added), injured 52, exact; 'Twelve of them' in intensive care is a subset. 'No group has claimed the bombing' -> perpetrator null. '96.25 FM', '7 p.m.', '3 kg', 'seven days', 'about 30 night-market vendors' (questioned), '6 a.m.', '27 schools', '8 a.m. to 4 p.m.', 'second floor', '073 532 110', '24 hours', '32 degrees', '70 percent', '8 o'clock' are not casualties."),
E(13, ["Soldiers at a checkpoint in Cho-airong district detained two men"],
  "ARR", "2026-07-11", "day", "Cho-airong", "TH", None, None, None, "military", None, False,
  "'at dawn this morning' -> Saturday 11 July, the publication day. Detained by soldiers ('The army says') -> 'military' (Thai armed forces). The phones and fertiliser found on them belong to the arrest. 'held for up to seven days under martial law' is the detention's frame, not an event. The 30 vendors 'questioned ... and let ... go home' are not arrested."),
]

# -------------------------------------------------------------- holdout62-014
ARTICLES.append(A(14, "en", "article", "2026-07-15T03:00:00Z",
"Port health note: vessels arriving from Narathiwat",
"""
PORT HEALTH AUTHORITY, SONGKHLA DEEP SEA PORT - NOTE TO SHIP AGENTS, MASTERS AND FISHING VESSEL OPERATORS No. PH-2026/31. Wednesday 15 July 2026, 10:00.

1. Reason for this note. After the suicide bombing in Narathiwat on Friday 10 July, which killed 13 people, including the two bombers, and injured 52, and which the BRN claimed on Monday, the Marine Police arrested the skipper of a Narathiwat-registered trawler at berth 6 of this port on Monday afternoon. He is suspected of bringing explosives by sea from Malaysia. His 11 crew members were questioned on board for six hours and released; the vessel is detained.

2. Health declarations. Until further notice, every fishing vessel arriving from Narathiwat, Pattani or Malaysian ports must send its Maritime Declaration of Health 24 hours before arrival, instead of 12. Crews will have their temperature checked at the gangway; anyone above 37.5 degrees will be seen by the port doctor.

3. Casualty transfers. Songkhla Hospital has received nine of the injured from Narathiwat by road. Vessels carrying medical supplies to Narathiwat will be cleared first.

4. Berths and anchorage. Berths 4 to 7 are closed to fishing vessels until Friday. Vessels waiting for clearance must anchor at 7 degrees 13 minutes north, 100 degrees 35 minutes east, and keep a listening watch on VHF channel 14. Maximum speed in the channel is 5 knots.

5. Fees. The inspection fee stays at 1,200 baht per vessel; night inspections after 18:00 cost 1,800 baht.

6. Contacts. Duty officer, 24 hours: +66 74 333 215. Agents should send crew lists, with passport numbers, no later than 16:00 on the day before arrival.

This note replaces note No. PH-2026/30 and stays in force until 31 July 2026.
"""))
GOLD += [
E(14, ["the suicide bombing in Narathiwat on Friday 10 July"],
  "SUI", "2026-07-10", "day", "Narathiwat", "TH", 13, 52, "exact", "Barisan Revolusi Nasional", "Barisan Revolusi Nasional", False,
  "Port health note of Wednesday 15 July (10:00 local, 03:00 UTC); 'on Friday 10 July' -> 10 July. One event. 'killed 13 people, including the two bombers, and injured 52' -> killed 13 (bombers inside), injured 52, exact; 'nine of the injured' received in Songkhla are a subset. 'which the BRN claimed on Monday', undisputed -> 'Barisan Revolusi Nasional' (canonical), claimant and perpetrator. 'No. PH-2026/31', '10:00', 'berth 6', '11 crew members' (questioned), 'six hours', '24 hours', '12', '37.5 degrees', 'Berths 4 to 7', '7 degrees 13 minutes north, 100 degrees 35 minutes east', 'channel 14', '5 knots', '1,200 baht', '18:00', '1,800 baht', '+66 74 333 215', '16:00', 'No. PH-2026/30', '31 July 2026' are not casualties."),
E(14, ["the Marine Police arrested the skipper of a Narathiwat-registered trawler"],
  "ARR", "2026-07-13", "day", "Songkhla", "TH", None, None, None, "police", None, False,
  "'on Monday afternoon' vs Wednesday 15 July -> 13 July. Arrested at berth 6 of Songkhla deep sea port -> Songkhla (the port -> its town). The Marine Police -> 'police'. The 11 crew members 'questioned on board for six hours and released' are not arrested; the detained vessel is not an event."),
]

# -------------------------------------------------------------- holdout62-015
ARTICLES.append(A(15, "en", "article", "2026-07-18T02:00:00Z",
"League update: festival cancelled, minute's silence this weekend",
"""
From: League Secretary, Southern Gulf Junior Football League
To: All coaches, team managers and parents
Subject: Narathiwat festival cancelled; fixtures; minute's silence
Date: Saturday 18 July 2026

Dear all,

1. The under-10 and under-12 festival planned at Narathiwat's provincial stadium on 25 and 26 July is cancelled. The stadium has been used as the town's temporary bus terminal since the suicide bombings of 10 July at the night market and the bus station, which have now killed 14 people, the two bombers included, and injured 52. A market vendor died of her wounds on Wednesday.

2. Our thoughts are with the Narathiwat Dolphins under-12 team, whose goalkeeper lost his father in the attack. A minute's silence will be held before every match this weekend.

3. Many of you asked about the march. On Thursday, about 8,000 people, Muslims and Buddhists together, walked from the central mosque to the clock tower in Narathiwat to say "No more bombs". It passed off peacefully, and several of our coaches took part.

4. Parents have also asked about the investigation. The bombing was claimed by the BRN. Police say the two men detained at a checkpoint in Cho-airong on 11 July have been handed to a court; one has since been freed without charge. A Thai trader arrested in Malaysia's Rantau Panjang on 12 July is being held there.

5. Fixtures this weekend: under-10 kick-off 8:30 a.m., under-12 at 10 a.m., under-14 at 4 p.m., all on pitch 2. The match fee is 100 baht per child. Water breaks at 20 and 60 minutes when it is above 33 degrees.

6. Refunds. The 300-baht festival entry fee will be refunded by 31 July.

7. Shirts. Squad numbers 1 to 18 are available in sizes 8 to 14 years, 350 baht each.

League Secretary: Ms Pimchanok Srisuk, 081 642 7730.
"""))
GOLD += [
E(15, ["the suicide bombings of 10 July at the night market and the bus station", "the attack", "The bombing was claimed"],
  "SUI", "2026-07-10", "day", "Narathiwat", "TH", 14, 52, "exact", "Barisan Revolusi Nasional", "Barisan Revolusi Nasional", False,
  "League email of Saturday 18 July; 'of 10 July' -> 10 July, eight days before -> current. Plural 'bombings' at two sites of one town -> ONE event. 'killed 14 people, the two bombers included, and injured 52' (the vendor who died Wednesday is inside) -> killed 14, injured 52, exact. 'The bombing was claimed by the BRN', undisputed -> 'Barisan Revolusi Nasional', claimant and perpetrator. 'under-10', 'under-12', '25 and 26 July', '8,000 people' (marchers), '8:30 a.m.', '10 a.m.', '4 p.m.', 'pitch 2', '100 baht', '20 and 60 minutes', '33 degrees', '300-baht', '31 July', '1 to 18', '8 to 14 years', '350 baht', '081 642 7730' are not casualties."),
E(15, ["about 8,000 people, Muslims and Buddhists together, walked from the central mosque to the clock tower"],
  "PP", "2026-07-16", "day", "Narathiwat", "TH", None, None, None, None, None, False,
  "'On Thursday' vs Saturday 18 July -> 16 July. A march with a message ('No more bombs'), 'passed off peacefully' -> Peaceful protest, perpetrator null. '8,000' counts marchers."),
E(15, ["the two men detained at a checkpoint in Cho-airong on 11 July"],
  "ARR", "2026-07-11", "day", "Cho-airong", "TH", None, None, None, "military", None, False,
  "Participle restating the arrest of holdout62-013: 'on 11 July' -> 11 July. 'handed to a court' is the follow-up; 'one has since been freed without charge' does not undo the arrest. The text names no force for the detention itself ('Police say' only reports it); the checkpoint's soldiers of holdout62-013 and -012 -> 'military', the cluster's actor."),
E(15, ["A Thai trader arrested in Malaysia's Rantau Panjang on 12 July"],
  "ARR", "2026-07-12", "day", "Rantau Panjang", "MY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout62-012: 'on 12 July' -> 12 July; in Malaysia -> MY. No force named; the Malaysian police of holdout62-012 -> 'police'. 'is being held there' is a follow-up."),
]
