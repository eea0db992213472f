"""Authoring source of benchmarks/events_holdout42 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kuala Belait, Brunei cluster (holdout42-001 to 005, and 021 six
months later; English and French), two suicide bombers on Tuesday 27 January
2026 at two sites of one town (the riverside tamu, an open-air market, and
the central bus station, about 450 m and four minutes apart): an English
wire with a first report (001), an English security alert of the Australian
High Commission to its citizens (002), a French agency dispatch on the claim
and the arrests (fr 003), an English government gazette notice, an
emergency order with a curfew (004), an English notice of a planned power
interruption of a utility (005) and an English "On this day" column of a
local paper six months later (021). Brunei is UTC+8 and has no daylight
saving time: every publication time here is between 01:00 and 07:30 UTC
(09:00 to 15:30 local), so every local date is the UTC date. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout42")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout42-001
ARTICLES.append(A(1, "en", "article", "2026-01-27T07:30:00Z",
"Twin suicide blasts kill at least nine in Brunei oil town",
"""
KUALA BELAIT, Brunei (Borneo Wire) - Two suicide bombers blew themselves up four minutes apart in the oil town of Kuala Belait on Tuesday morning, killing at least seven people besides themselves and wounding dozens, in the first such attack in the history of the sultanate, police said.

The first bomber detonated his explosives at 8:40 a.m. among shoppers at the riverside tamu, the open-air market where fishermen sell the night's catch. The second struck at 8:44 outside the central bus station, about 450 metres away, as people ran from the market.

"I was weighing two kilos of prawns for a customer when the ground shook," said Rosnah Ahmad, 61, who has sold seafood at stall 23 for three decades. "Then the second one went off behind us."

No group had claimed responsibility by early afternoon. A senior police officer said it was "too early" to name a culprit, but that investigators were examining whether the bombers could have travelled from Sabah in neighbouring Malaysia, where Abu Sayyaf militants have long operated.

Brunei, a country of about 460,000 people that pumps some 95,000 barrels of oil a day, has been largely spared political violence. In 2014, a homemade bomb exploded outside a shop in Limbang, across the border in the Malaysian state of Sarawak, wounding three people.

Authorities closed the road between Kuala Belait and Seria, 18 km to the east, and cancelled the afternoon ferry to Labuan. About 300 police officers and Gurkha reservists were sent from the capital, Bandar Seri Begawan. The Suri Seri Begawan Hospital, which has 140 beds, asked for blood donors, and a hotline, 2334 100, was opened for relatives. All 27 schools in the Belait district will stay closed until Thursday.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up four minutes apart in the oil town of Kuala Belait", "The first bomber detonated his explosives", "The second struck at 8:44", "the second one went off"],
  "SUI", "2026-01-27", "day", "Kuala Belait", "BN", 9, 12, "at_least", None, None, False,
  "Wire of Tuesday 27 January 2026 (15:30 in Brunei, UTC+8); 'on Tuesday morning' = the publication day. Two sites of one town (the riverside tamu and the central bus station, 'about 450 metres away', four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people besides themselves and wounding dozens' -> killed 7 + 2 bombers = 9, at_least (the bombers are added: 'besides themselves'); 'dozens' -> injured 12 (dev table; the qualifier describes the killed figure). No claim: 'could have travelled from Sabah ... where Abu Sayyaf militants have long operated' is speculation about a route, not an attribution -> perpetrator null. 'the first such attack' is generic. '8:40 a.m.', '8:44', '450 metres', 'two kilos', '61', 'stall 23', 'three decades', '460,000 people', '95,000 barrels', '18 km', '300 police officers', '140 beds', '2334 100', '27 schools' are not casualties."),
E(1, ["a homemade bomb exploded outside a shop in Limbang"],
  "IED", "2014-01-01", "year", "Limbang", "MY", None, 3, "exact", None, None, True,
  "'In 2014' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author named -> null. In Limbang, Sarawak, Malaysia -> MY (not the bombing's country). 'wounding three people' -> injured 3, exact; killed null (not stated)."),
]

# -------------------------------------------------------------- holdout42-002
ARTICLES.append(A(2, "en", "article", "2026-01-28T04:00:00Z",
"Security alert for Australians in Brunei",
"""
AUSTRALIAN HIGH COMMISSION, BANDAR SERI BEGAWAN. SECURITY ALERT No. 2 FOR AUSTRALIANS IN BRUNEI DARUSSALAM. Issued Wednesday 28 January 2026, 12:00 local time (UTC+8). This alert replaces alert No. 1.

WHAT HAS HAPPENED. Our alert No. 1 of Tuesday reported that at least nine people had died in the twin suicide bombing at the tamu and the central bus station of Kuala Belait. The Royal Brunei Police Force now reports 12 people killed, including the two bombers, and 41 injured. A Filipino nurse, 31, died of her wounds overnight and is included in that figure. One Australian, a 52-year-old engineer, is among the injured; he is in a stable condition.

Police arrested two men at a house in Seria on Tuesday night. The bombers' employer, a Kuala Belait building contractor, was questioned for several hours and released. No group has claimed the attack.

WHAT YOU SHOULD DO.
- If you are in the Belait district, stay where you are and shelter indoors. A curfew applies from 10 p.m. to 5 a.m.
- Avoid markets, bus stations and any gathering of more than 50 people.
- Carry your passport. Roadblocks are in place on the Kuala Belait-Seria road and at the Sungai Tujoh crossing into Sarawak.
- Follow the instructions of local authorities and monitor local media.
- Tell your family and friends that you are safe.

TRAVEL. Flight BI 1516 to Melbourne left on time this morning and the airport is open. Allow three hours for check-in and additional security screening. Checked baggage is limited to 30 kg and one piece per passenger until further notice.

CONTACTS. Consular section, Bandar Seri Begawan: +673 222 4081, open 8 a.m. to 4 p.m. 24-hour Consular Emergency Centre in Canberra: +61 2 6261 4420. Brunei police emergency line: 993. Ambulance: 991.

We will update this alert by 6 p.m. today. Our level of advice for Brunei has been raised to level 2, "exercise a high degree of caution", on a scale of 4.
"""))
GOLD += [
E(2, ["the twin suicide bombing at the tamu and the central bus station of Kuala Belait", "the attack"],
  "SUI", "2026-01-27", "day", "Kuala Belait", "BN", 12, 41, "exact", None, None, False,
  "Security alert of Wednesday 28 January; 'Our alert No. 1 of Tuesday' and 'Tuesday night' place the bombing on Tuesday 27 January. Two sites of one town -> ONE event. The toll is revised inside: alert No. 1's 'at least nine' (superseded) -> '12 people killed, including the two bombers, and 41 injured' -> killed 12 (bombers inside), injured 41, exact; the nurse who 'died of her wounds overnight' is 'included in that figure'; 'One Australian' is a subset of the injured. 'No group has claimed the attack' -> perpetrator null. 'No. 2', '12:00', 'UTC+8', '31', '52-year-old', '10 p.m. to 5 a.m.', '50 people', 'BI 1516', 'three hours', '30 kg', 'one piece', '+673 222 4081', '8 a.m. to 4 p.m.', '24-hour', '+61 2 6261 4420', '993', '991', '6 p.m.', 'level 2 ... on a scale of 4' are not casualties."),
E(2, ["Police arrested two men at a house in Seria on Tuesday night"],
  "ARR", "2026-01-27", "day", "Seria", "BN", None, None, None, "police", None, False,
  "'on Tuesday night' vs Wednesday 28 January -> 27 January, the night of the bombing (dev: 'Thursday night' means Thursday). 'Police' -> 'police'. The bombers' employer 'questioned for several hours and released' is not arrested."),
]

# -------------------------------------------------------------- holdout42-003
ARTICLES.append(A(3, "fr", "article", "2026-01-29T06:00:00Z",
"Brunei : le groupe Abou Sayyaf revendique le double attentat de Kuala Belait",
"""
BANDAR SERI BEGAWAN, (Agence Asie-Océanie Presse) - Le groupe jihadiste philippin Abou Sayyaf a revendiqué mercredi soir le double attentat-suicide de mardi à Kuala Belait, dans une vidéo de quatre minutes diffusée sur une messagerie cryptée. La police royale du Brunei a jugé jeudi cette revendication « crédible ».

La vidéo montre les deux kamikazes, deux Philippins de 19 et 23 ans originaires de l'archipel de Sulu, et affirme que l'opération a tué « plus de cinquante mécréants ». Le bilan officiel s'élève à treize morts, dont les deux kamikazes, et 41 blessés, après le décès mercredi d'un collégien de 15 ans. Le Front Moro islamique de libération (MILF), ancienne rébellion signataire d'un accord de paix avec Manille, a condamné l'attentat et démenti tout lien avec ses auteurs. Selon un enquêteur, les deux jeunes gens « pourraient avoir été formés » dans des camps du sud des Philippines.

La police malaisienne a arrêté mercredi à Miri, dans l'État de Sarawak, un batelier de 47 ans soupçonné d'avoir fait passer les kamikazes et une douzaine de kilos d'explosifs par la rivière, à 30 km de Kuala Belait. Les deux hommes interpellés mardi soir à Seria, un chauffeur et son cousin, ont été placés en détention pour deux ans renouvelables en vertu de la loi sur la sécurité intérieure.

Mercredi soir, quelque 4 000 habitants ont marché en silence le long de la rivière Belait, de la mosquée jusqu'au tamu, derrière une banderole « Belait bersatu » (« Belait uni »). Le cortège s'est dispersé dans le calme avant le couvre-feu de 22 heures.

Le tamu restera fermé au moins jusqu'à lundi. Le sultan a annoncé une aide de 10 000 dollars brunéiens par famille endeuillée et la prise en charge intégrale des soins des blessés. Le prix du poisson a bondi de 30 % à Seria, où les pêcheurs de Kuala Belait vendent désormais leurs prises.
"""))
GOLD += [
E(3, ["le double attentat-suicide de mardi à Kuala Belait", "l'opération a tué", "a condamné l'attentat"],
  "SUI", "2026-01-27", "day", "Kuala Belait", "BN", 13, 41, "exact", "Abu Sayyaf", "Abu Sayyaf", False,
  "Dispatch of Thursday 29 January; 'de mardi' -> 27 January. Two sites of one town -> ONE event. 'treize morts, dont les deux kamikazes, et 41 blessés' -> killed 13 (bombers inside; the schoolboy of 15 who died Wednesday is inside), injured 41, exact. Claimed 'mercredi soir' by 'Le groupe jihadiste philippin Abou Sayyaf', judged « crédible » by the royal police -> claimant and perpetrator 'Abu Sayyaf' (canonical English name; no earlier set coded it); the video's own toll 'plus de cinquante mécréants' is never used. The MILF's denial ('démenti tout lien') is not a claim; « pourraient avoir été formés » is speculation. 'quatre minutes' (the video), '19 et 23 ans', '15 ans', '47 ans', 'une douzaine de kilos' (explosives, a weight), '30 km', 'deux ans' (detention), '4 000 habitants' (marchers), '22 heures', '10 000 dollars brunéiens', '30 %' are not casualties."),
E(3, ["La police malaisienne a arrêté mercredi à Miri"],
  "ARR", "2026-01-28", "day", "Miri", "MY", None, None, None, "police", None, False,
  "'mercredi' vs Thursday 29 January -> 28 January. The cluster's suspected facilitator (a boatman who brought the bombers and the explosives in by the river), arrested in Miri, Sarawak -> MY, not the bombing's country; 'La police malaisienne' -> 'police'."),
E(3, ["Les deux hommes interpellés mardi soir à Seria"],
  "ARR", "2026-01-27", "day", "Seria", "BN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout42-002: 'mardi soir' vs Thursday 29 January -> 27 January. Told through its judicial follow-up ('placés en détention pour deux ans renouvelables en vertu de la loi sur la sécurité intérieure') -> one Arrests event at the arrest's place and day. No force named; the cluster's police -> 'police'."),
E(3, ["quelque 4 000 habitants ont marché en silence"],
  "PP", "2026-01-28", "day", "Kuala Belait", "BN", None, None, None, None, None, False,
  "'Mercredi soir' vs Thursday 29 January -> 28 January. A silent march along the Belait river behind a banner with a message (« Belait bersatu », « Belait uni »), which 's'est dispersé dans le calme' (dispersed of itself) -> Peaceful protest, perpetrator null. 'quelque 4 000' counts marchers, not casualties."),
]

# -------------------------------------------------------------- holdout42-004
ARTICLES.append(A(4, "en", "article", "2026-01-30T02:00:00Z",
"Government Gazette: Emergency (Belait District) Order, 2026",
"""
BRUNEI DARUSSALAM GOVERNMENT GAZETTE. PART II. No. 9 of 2026. Published by Authority on Friday, 30th January 2026.

S 14/2026. CONSTITUTION OF BRUNEI DARUSSALAM (Article 83(3)). EMERGENCY (BELAIT DISTRICT) ORDER, 2026.

WHEREAS on the 27th day of January 2026 two persons detonated explosive devices carried on their bodies at the tamu and at the central bus station of Kuala Belait, thereby killing thirteen persons, including themselves, and injuring forty-one others;

AND WHEREAS the said bombings have been claimed by the group known as Abu Sayyaf, which claim the Commissioner of Police has found to be credible;

AND WHEREAS two persons were arrested at Seria on the night of the 27th day of January 2026 on suspicion of having harboured the said persons;

NOW THEREFORE, in exercise of the powers conferred by Article 83(3) of the Constitution, His Majesty the Sultan and Yang Di-Pertuan hereby makes the following Order:

1. Citation and commencement. This Order may be cited as the Emergency (Belait District) Order, 2026, and shall come into force on the 30th day of January 2026 for a period of 30 days.

2. Curfew. No person shall be out of doors within the mukims of Kuala Belait and Seria between the hours of 10.00 p.m. and 5.00 a.m., save with a written permit issued by the Officer-in-Charge of Police, Belait District.

3. Assemblies. No assembly of more than five persons shall be held in a public place without a permit.

4. Search. Any police officer may stop and search any person or vehicle within 500 metres of a market, a bus station or an oil installation.

5. Closure. The tamu of Kuala Belait shall remain closed until the 9th day of February 2026.

6. Penalty. Any person who contravenes this Order shall be guilty of an offence and liable on conviction to a fine not exceeding $10,000, to imprisonment for a term not exceeding three years, or to both.

7. Revocation. This Order may be revoked by notification in the Gazette.

Made this 29th day of January 2026. Clerk to the Council of Ministers.
"""))
GOLD += [
E(4, ["two persons detonated explosive devices carried on their bodies", "the said bombings"],
  "SUI", "2026-01-27", "day", "Kuala Belait", "BN", 13, 41, "exact", "Abu Sayyaf", "Abu Sayyaf", False,
  "Gazette of Friday 30 January; 'on the 27th day of January 2026' -> 27 January. Two persons detonating devices 'carried on their bodies' at two sites of one town -> ONE Suicide bomb event. 'killing thirteen persons, including themselves, and injuring forty-one others' (number words) -> killed 13 (bombers inside), injured 41, exact. 'claimed by the group known as Abu Sayyaf, which claim the Commissioner of Police has found to be credible' -> claimant and perpetrator 'Abu Sayyaf'. The order's numbers ('No. 9', 'S 14/2026', 'Article 83(3)', '30 days', '10.00 p.m. and 5.00 a.m.', 'five persons', '500 metres', '9th day of February', '$10,000', 'three years', '29th day', the article numbers 1 to 7) are not casualties. The curfew, the assembly ban and the closure are not events."),
E(4, ["two persons were arrested at Seria"],
  "ARR", "2026-01-27", "day", "Seria", "BN", None, None, None, "police", None, False,
  "Restates the arrest of holdout42-002: 'on the night of the 27th day of January 2026' -> 27 January. No force named; the cluster's police -> 'police'."),
]

# -------------------------------------------------------------- holdout42-005
ARTICLES.append(A(5, "en", "article", "2026-02-02T03:00:00Z",
"Planned power interruption in Kuala Belait town centre",
"""
BELAIT POWER AND WATER SERVICES. NOTICE OF PLANNED SUPPLY INTERRUPTION, KUALA BELAIT TOWN CENTRE. Ref. KB/OUT/026/2026. Monday 2 February 2026.

Dear customers,

The bombing of Tuesday 27 January, which killed twelve people, not counting the two bombers, and injured 41, badly damaged our substation KB-07 beside the central bus station. One of our contractors, a welder aged 46 who was wounded by the second blast, died in hospital on Saturday. Our thoughts are with all the families.

Since the attack, the town centre has been supplied through a temporary 11 kV cable and two mobile generators of 500 kVA each. To connect the new transformer, supply will be interrupted as follows:

- Date: Wednesday 4 February 2026.
- Time: 9:00 a.m. to 3:00 p.m. (six hours).
- Streets affected: Jalan Pretty and Jalan McKerron, numbers 1 to 88, and the shophouses around the bus station.
- Not affected: the Suri Seri Begawan Hospital, the police station and the mosque, which run on their own generators.

The works had been planned for Saturday. On Saturday morning, however, the police bomb squad found a pipe bomb in a cable trench beside the substation and made it safe; the area was cordoned off for eight hours. We thank our crews, and the police, for their patience.

Water: pumping at the Kuala Belait treatment plant will continue, but pressure may be low on upper floors. Please store 20 litres of drinking water per household before Wednesday.

Customers who use home dialysis or oxygen machines should call our priority line, 2331 999 (24 hours), before Tuesday at 5 p.m. to be visited by a technician.

Bills for January will be issued with a 14-day extension, and the late-payment fee of $5 is waived until 31 March. Meter readings in the town centre are suspended for the month of February.

For outages not listed here, call 2331 000 or report them on our mobile app. We apologise for the inconvenience.
"""))
GOLD += [
E(5, ["The bombing of Tuesday 27 January", "the second blast", "Since the attack"],
  "SUI", "2026-01-27", "day", "Kuala Belait", "BN", 14, 41, "exact", None, None, False,
  "Utility notice of Monday 2 February; 'Tuesday 27 January' -> 27 January. 'killed twelve people, not counting the two bombers, and injured 41' -> killed 12 + 2 bombers = 14 (the bombers are added), injured 41, exact; the welder 'wounded by the second blast' who 'died in hospital on Saturday' (31 January) is one of the twelve (holdout42-003 had 13 with the bombers). No claim named -> perpetrator null. 'KB-07', '46', '11 kV', 'two mobile generators', '500 kVA', '4 February', '9:00 a.m. to 3:00 p.m.', 'six hours', 'numbers 1 to 88', 'eight hours', '20 litres', '2331 999', '24 hours', '5 p.m.', '14-day', '$5', '31 March', '2331 000' are not casualties."),
E(5, ["the police bomb squad found a pipe bomb in a cable trench beside the substation and made it safe"],
  "DWU", "2026-01-31", "day", "Kuala Belait", "BN", None, None, None, "police", None, False,
  "'On Saturday morning' vs Monday 2 February -> 31 January. A pipe bomb found and 'made it safe' by the police bomb squad, with no explosion -> Disrupted weapons use by 'police', coded to the town (the substation beside the bus station). No casualty figure -> null; the 'eight hours' of cordon are not casualties."),
]

# -------------------------------------------------------------- holdout42-021
ARTICLES.append(A(21, "en", "article", "2026-07-27T01:00:00Z",
"On this day: 27 July",
"""
THE BELAIT STAR. ON THIS DAY, MONDAY 27 JULY. Compiled by our archives desk from the pages of the Star.

1965: The Kuala Belait night market opens with 40 stalls, each rented for $2 a month. The first stallholder, a noodle seller, is still remembered for his 10-cent bowls of mee.

1988: A record 212 millimetres of rain fall on Seria in 24 hours; the Belait river bursts its banks and 300 families spend the night in the district's schools.

2011: Police defuse parcel bombs at a bank in Bandar Seri Begawan and, less than an hour later, at the post office in Tutong. A former bank clerk is later jailed for eight years.

2017: A grenade thrown into a karaoke lounge in Lawas, across the border in Sarawak, wounds four people. The attackers are never found.

2020: The Kuala Belait youth orchestra, 46 players strong, wins the regional band contest in Kota Kinabalu with a score of 91 points.

SIX MONTHS AGO. Today marks six months since two suicide bombers struck the tamu and the bus station of Kuala Belait, killing 14 people, including the two bombers, and wounding 41. The bombing was claimed by Abu Sayyaf. The boatman arrested in Miri the next day was handed over by Malaysia in March and sentenced last week to 18 years in prison; the two men detained in Seria on the night of the attack go on trial in September.

The tamu reopened on 9 February with 112 stalls, six fewer than before, and 16 cameras now watch over it. A memorial garden with 14 frangipani trees, one for each life lost, will be planted beside the bus station in August; readers can contribute through the district office, 333 2100.

Tomorrow: 28 July.
"""))
GOLD += [
E(21, ["Police defuse parcel bombs at a bank in Bandar Seri Begawan"],
  "DWU", "2011-07-27", "day", "Bandar Seri Begawan", "BN", None, None, None, "police", None, True,
  "An 'On this day' item: '2011:' under the heading 'ON THIS DAY, MONDAY 27 JULY' -> 27 July 2011, day precision (the column's date gives day and month), background. Parcel bombs defused by 'Police' -> Disrupted weapons use. Devices in two towns are two events, one per place (this one in the capital). The clerk 'jailed for eight years' is a follow-up; 'eight years' is a sentence, not a casualty. Null casualties."),
E(21, ["at the post office in Tutong"],
  "DWU", "2011-07-27", "day", "Tutong", "BN", None, None, None, "police", None, True,
  "Same item, 27 July 2011, background: the second parcel bomb, defused 'less than an hour later' at the Tutong post office -> its own Disrupted weapons use event (two towns, two events), by 'police' (the subject of 'defuse' carries over). Null casualties."),
E(21, ["A grenade thrown into a karaoke lounge in Lawas"],
  "GRN", "2017-07-27", "day", "Lawas", "MY", None, 4, "exact", None, None, True,
  "'2017:' under 'ON THIS DAY, MONDAY 27 JULY' -> 27 July 2017, day precision, background. A thrown grenade -> Grenade; 'The attackers are never found' -> null. In Lawas, Sarawak -> MY. 'wounds four people' -> injured 4, exact."),
E(21, ["two suicide bombers struck the tamu and the bus station of Kuala Belait", "The bombing was claimed"],
  "SUI", "2026-01-27", "day", "Kuala Belait", "BN", 14, 41, "exact", "Abu Sayyaf", "Abu Sayyaf", True,
  "'six months since' against Monday 27 July -> 27 January 2026 (the cluster's date), 181 days before -> background. Two sites of one town -> ONE event. 'killing 14 people, including the two bombers, and wounding 41' -> killed 14 (bombers inside), injured 41, exact. 'The bombing was claimed by Abu Sayyaf', undisputed -> claimant and perpetrator. '14 frangipani trees, one for each life lost' restates the toll. Non-casualty numbers of the column: '1965', '40 stalls', '$2', '10-cent', '1988', '212 millimetres', '24 hours', '300 families' (flooded, a natural disaster, not coded), '2020', '46 players', '91 points', '18 years' (a sentence), '112 stalls', 'six fewer', '16 cameras', '333 2100'."),
E(21, ["The boatman arrested in Miri the next day"],
  "ARR", "2026-01-28", "day", "Miri", "MY", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout42-003: 'the next day' after the bombing of 27 January -> 28 January, 180 days before -> background. In Miri, Sarawak -> MY. 'handed over by Malaysia in March' and 'sentenced last week to 18 years' are follow-ups of the arrest, not events. No force named; holdout42-003's Malaysian police -> 'police'."),
E(21, ["the two men detained in Seria on the night of the attack"],
  "ARR", "2026-01-27", "day", "Seria", "BN", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout42-002: 'on the night of the attack' -> 27 January, 181 days before -> background. 'go on trial in September' is future, a follow-up. No force named -> 'police'."),
]
