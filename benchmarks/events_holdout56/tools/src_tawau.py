"""Authoring source of benchmarks/events_holdout56 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Tawau, Malaysia (Sabah) cluster (holdout56-001 to 005, all in
English), two suicide bombers on Saturday 14 March 2026 at two sites of one
town (the central market and the ferry terminal, about 600 m and six minutes
apart): an English wire with the first report (001), a hospital car park
notice (002), an English wire on the claim and the arrests (003), the log of
a volunteer sea rescue station (004) and a golf club's email to its members
(005). Malaysia is UTC+8: every publication time here is between 02:00 and
08:00 UTC (10:00 to 16:00 in Tawau), so every local date is the UTC date.
Indonesia's North Kalimantan (Nunukan) is UTC+8 too. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout56")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout56-001
ARTICLES.append(A(1, "en", "article", "2026-03-14T08:00:00Z",
"Twin suicide bombing kills at least ten in Malaysia's Tawau",
"""
TAWAU, Malaysia (Borneo Wire) - Two suicide bombers blew themselves up six minutes apart at the central market and the ferry terminal of Tawau, in Malaysia's Sabah state, on Saturday morning, killing at least eight people besides themselves and wounding dozens, police said.

The first attacker detonated a vest at about 10:05 among fish stalls crowded with weekend shoppers. The second set off his charge at 10:11 in the departure hall of the ferry terminal, some 600 metres away, where about 180 passengers were waiting for the 10:30 boat to Nunukan in Indonesia.

"The roof of the hall came down on the queue," said a ticket clerk, Norhayati Sulaiman, 38, who was treated for cuts at the scene. Ambulances ferried the wounded to Tawau Hospital, which declared a code red and called in off-duty staff.

No group had claimed the bombing by mid-afternoon. A senior police officer said investigators were checking whether the two men "may have crossed" from the southern Philippines, and whether the attack bore the hallmarks of Abu Sayyaf, which has carried out kidnappings along this coast.

Sabah has seen few bombings. In 2018, a grenade thrown into a karaoke lounge in Sandakan wounded four people; no one was ever charged.

The state government closed the ferry terminal until further notice and suspended sailings to Nunukan and Tarakan. About 1,200 police officers were deployed across the east coast, and the 87 schools of the Tawau district will stay shut on Monday. The national airline added two evening flights to Kota Kinabalu, MH2667 and MH2669, adding 360 seats for people leaving the town. Relatives were asked to call the police hotline, 089-774 2020, rather than go to the hospital, where the car parks were full by noon.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart", "The first attacker detonated a vest", "The second set off his charge", "the bombing", "the attack"],
  "SUI", "2026-03-14", "day", "Tawau", "MY", 10, 12, "at_least", None, None, False,
  "Wire of Saturday 14 March 2026 (16:00 in Tawau); 'on Saturday morning' = the publication day. Two sites of one town (the central market and the ferry terminal, 'some 600 metres away', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people besides themselves and wounding dozens' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); 'dozens' -> injured 12 (dev table; the qualifier describes the killed figure). No claim; 'may have crossed' and 'bore the hallmarks of Abu Sayyaf' are speculation -> perpetrator null. '10:05', '10:11', '600 metres', 'about 180 passengers', '10:30', '38', '1,200 police officers', '87 schools', 'MH2667', 'MH2669', '360 seats', '089-774 2020' are not casualties."),
E(1, ["a grenade thrown into a karaoke lounge in Sandakan wounded four people"],
  "GRN", "2018-01-01", "year", "Sandakan", "MY", None, 4, "exact", None, None, True,
  "'In 2018' -> year, background. A thrown grenade -> Grenade; 'no one was ever charged', no author named -> perpetrator null. 'wounded four people' -> injured 4, exact; killed null."),
]

# -------------------------------------------------------------- holdout56-002
ARTICLES.append(A(2, "en", "article", "2026-03-15T02:00:00Z",
"Tawau Hospital: car park and access notice No. 2",
"""
TAWAU HOSPITAL - FACILITIES MANAGEMENT UNIT. CAR PARK AND ACCESS NOTICE No. 2/2026. Issued Sunday 15 March 2026, 10:00. Replaces Notice No. 1 of Saturday evening.

1. WHY THIS NOTICE. Following yesterday's twin suicide bombing at the central market and the ferry terminal, the hospital remains on code red. Notice No. 1 reported 11 deaths. The State Health Department has this morning confirmed 14 people killed, including the two bombers, and 63 injured, after a woman aged 52 died in our intensive care unit overnight. Forty-one patients remain on our wards.

2. MAIN CAR PARK. The open car park in front of the Emergency Department (bays 1 to 240) is reserved until Wednesday for ambulances, police and staff. Visitors must use the multi-storey car park on the north side, levels 2 to 5. Level 1 is closed.

3. FEES. Parking is free for relatives of patients admitted on Saturday until 22 March. Show the yellow ward card at the barrier. Other visitors pay RM2 for the first hour and RM1 for each hour after that.

4. SECURITY. On Saturday night, police arrested a man in the multi-storey car park after he had been seen filming the emergency entrance and the police post for more than an hour. Vehicles may now be searched at the barrier. Do not leave bags unattended: they will be removed and may be destroyed.

5. SHUTTLE. A free shuttle bus runs every 15 minutes from the Tawau Stadium car park, 2.5 km away, between 07:00 and 22:00.

6. BLOOD DONORS. Donors aged 18 to 60 and weighing over 45 kg are welcome at the blood bank, ground floor, block C, from 08:00 to 17:00. More than 300 people gave blood on Saturday. Thank you.

7. VISITING. Two visitors per patient at a time. Children under 12 are not allowed on the wards. Flowers are not accepted in the intensive care unit.

Enquiries: 089-773 533, extension 4102. We thank the public for its patience.
"""))
GOLD += [
E(2, ["yesterday's twin suicide bombing at the central market and the ferry terminal"],
  "SUI", "2026-03-14", "day", "Tawau", "MY", 14, 63, "exact", None, None, False,
  "Hospital notice of Sunday 15 March; 'yesterday's' -> 14 March. Two sites of one town -> ONE event coded to Tawau (the notice is the town's hospital). The toll is revised inside: 'Notice No. 1 reported 11 deaths' (superseded) -> '14 people killed, including the two bombers, and 63 injured' -> killed 14 (bombers inside; the woman aged 52 who died overnight is inside), injured 63, exact. 'Forty-one patients remain on our wards' is a subset of the injured. No claim, no group named -> perpetrator null. 'No. 2/2026', '10:00', 'bays 1 to 240', 'levels 2 to 5', 'Level 1', '22 March', 'RM2', 'RM1', '15 minutes', '2.5 km', '07:00', '22:00', '18 to 60', '45 kg', '08:00 to 17:00', 'More than 300 people' (blood donors), 'Two visitors', 'under 12', '089-773 533', '4102' are not casualties."),
E(2, ["police arrested a man in the multi-storey car park"],
  "ARR", "2026-03-14", "day", "Tawau", "MY", None, None, None, "police", None, False,
  "'On Saturday night' vs Sunday 15 March -> 14 March, the evening of the bombing. A man filming the emergency entrance of Tawau Hospital, arrested in its car park -> Arrests at Tawau (a building of the town -> the town), by 'police'. holdout56-003 tells his release without charge the next day."),
]

# -------------------------------------------------------------- holdout56-003
ARTICLES.append(A(3, "en", "article", "2026-03-17T07:00:00Z",
"Abu Sayyaf claims Tawau bombing; boatman held in Lahad Datu",
"""
KOTA KINABALU, Malaysia (Borneo Wire) - Abu Sayyaf claimed responsibility on Monday for Saturday's twin suicide bombing in Tawau, and Malaysian police arrested a boat operator in Lahad Datu suspected of ferrying the two bombers and their explosives from the southern Philippines.

The claim, posted on a channel used by the group's Sulu faction, said two "martyrs" had killed "more than 90 crusaders and apostates". Sabah's police commissioner, Datuk Rahman Idris, said it was credible, citing photographs of the bombers that only their handlers could have taken. The Moro Islamic Liberation Front, which signed a peace deal with Manila in 2014, denied any link.

The toll rose to 15 late on Monday when a ferry worker, 29, died of burns; the figure includes the two bombers, and 63 people were wounded.

The boatman, 47, was arrested on Monday at his home in Lahad Datu, about 150 km up the coast from Tawau. Police said he had carried the two men and some 20 kg of explosives across the Sulu Sea in a pump boat on March 9. Officers seized RM48,000 in cash and two satellite phones.

Two men arrested in Semporna on the evening of the attack, both Filipino nationals aged 24 and 31, were remanded for seven days on Sunday. A man held in the hospital car park in Tawau on Saturday night was released without charge on Sunday. The bombers' landlord in Tawau was questioned for nine hours and freed. The commissioner said the bombers "may have been" trained on Jolo island, but gave no evidence.

Sabah had not seen a bombing since 2018, when a grenade thrown into a karaoke lounge in Sandakan wounded four people.

The ferry terminal reopened on Tuesday under armed guard, with two sailings a day to Nunukan instead of six. Police have offered a reward of RM100,000 for information and set up a tip line, 089-771 500.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing in Tawau"],
  "SUI", "2026-03-14", "day", "Tawau", "MY", 15, 63, "exact", "Abu Sayyaf", "Abu Sayyaf", False,
  "Wire of Tuesday 17 March; 'Saturday's' -> 14 March. 'The toll rose to 15 late on Monday when a ferry worker, 29, died of burns; the figure includes the two bombers, and 63 people were wounded' -> killed 15 (bombers inside), injured 63, exact. Claimed 'on Monday' by Abu Sayyaf (its Sulu faction), judged 'credible' by the police commissioner -> claimant and perpetrator 'Abu Sayyaf' (the canonical name earlier sets use); the claim's 'more than 90 crusaders and apostates' is never used. The Moro Islamic Liberation Front's denial is not a claim; 'may have been' trained on Jolo is speculation. '2014', '29', '47', '150 km', '20 kg', 'March 9', 'RM48,000', 'two satellite phones', '24 and 31', 'seven days', 'nine hours', 'two sailings', 'six', 'RM100,000', '089-771 500' are not casualties."),
E(3, ["Malaysian police arrested a boat operator in Lahad Datu", "The boatman, 47, was arrested on Monday at his home in Lahad Datu"],
  "ARR", "2026-03-16", "day", "Lahad Datu", "MY", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 17 March -> 16 March. The cluster's suspected facilitator (he carried the bombers and the explosives across the Sulu Sea), arrested at his home in Lahad Datu by 'Malaysian police' -> 'police'. The cash and satellite phones seized belong to the arrest."),
E(3, ["Two men arrested in Semporna on the evening of the attack"],
  "ARR", "2026-03-14", "day", "Semporna", "MY", None, None, None, "police", None, False,
  "Participle: 'on the evening of the attack' -> 14 March, the evening of the bombing (first told here). 'were remanded for seven days on Sunday' is the arrest's judicial follow-up, not a new event. No force named; the cluster's police -> 'police'."),
E(3, ["A man held in the hospital car park in Tawau on Saturday night"],
  "ARR", "2026-03-14", "day", "Tawau", "MY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout56-002: 'on Saturday night' vs Tuesday 17 March -> 14 March. 'was released without charge on Sunday': the release does not undo the arrest and is not an event. No force named -> 'police'. The landlord 'questioned for nine hours and freed' is not arrested."),
E(3, ["a grenade thrown into a karaoke lounge in Sandakan wounded four people"],
  "GRN", "2018-01-01", "year", "Sandakan", "MY", None, 4, "exact", None, None, True,
  "'since 2018, when' -> year 2018, background. A thrown grenade -> Grenade, no author named -> null. 'wounded four people' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout56-004
ARTICLES.append(A(4, "en", "article", "2026-03-20T05:00:00Z",
"Tawau Volunteer Sea Rescue: station log, 14 to 19 March",
"""
TAWAU VOLUNTEER SEA RESCUE STATION - STATION LOG, extract for members and donors. Lifeboat "Semangat Tawau", 12-metre all-weather boat. All times local.

Sat 14 Mar, 10:14. Two explosions heard from the direction of the ferry terminal and the market. Crew of five paged. Launched 10:31 to the terminal pontoon. Took off 22 passengers stranded on the ferry "Nunukan Express" and carried four injured to the hospital jetty. Returned 12:50.

Sat 14 Mar, 19:00. Briefing by the harbour master: eleven dead so far, the two bombers among them. All sailings suspended. Boat kept on 30-minute readiness.

Sun 15 Mar, 17:00. Crew and families joined the march for peace from the waterfront to the town padang, some 5,000 people behind a banner reading "Tawau Tak Takut" (Tawau is not afraid). Calm throughout. Boat stayed on its mooring.

Tue 17 Mar, 08:00. Coxswain's briefing: the harbour office gives 15 dead, including the two bombers. The claim by Abu Sayyaf was discussed; crew reminded not to post about it.

Wed 18 Mar, 05:40. Launched at the request of the marine police to a pump boat drifting 3 nautical miles off Kunak with engine failure. Marine police officers boarded her and arrested the two men aboard, Indonesian nationals, after finding a box of detonators under the fish hold. We towed the pump boat to Kunak jetty at 6 knots, the police launch alongside. Fuel used: 140 litres. Returned 11:20.

Thu 19 Mar, 09:30. Our former coxswain Jamal Ahmad, 61, injured at the terminal on Saturday, died in hospital this morning. The toll now stands at 16, including the two bombers, and 63 people were injured. Flags at half mast until Sunday.

Station notes: a listening watch on VHF channel 16 is kept 24 hours a day until further notice. Training night of Tuesday 24 March cancelled. Donations for Jamal's family: account 8009-4421-77, reference JAMAL.
"""))
GOLD += [
E(4, ["Two explosions heard from the direction of the ferry terminal and the market"],
  "SUI", "2026-03-14", "day", "Tawau", "MY", 16, 63, "exact", "Abu Sayyaf", "Abu Sayyaf", False,
  "Station log published Friday 20 March, entries from Saturday 14 to Thursday 19 March; the entry 'Sat 14 Mar, 10:14' dates the bombing: 14 March. The two explosions at the ferry terminal and the market of one town -> ONE Suicide bomb event (the log names the bombers in the next entry: 'the two bombers among them'). The toll grows entry by entry ('eleven dead' on Saturday, '15 dead' on Tuesday, both superseded) and the last figure wins: 'The toll now stands at 16, including the two bombers, and 63 people were injured' -> killed 16 (bombers inside; the former coxswain, 61, who died Thursday is inside), injured 63, exact. 'four injured' carried to the hospital jetty are a subset. 'The claim by Abu Sayyaf', told and not disputed -> claimant and perpetrator 'Abu Sayyaf'. '12-metre', '10:31', 'Crew of five', '22 passengers', '12:50', '19:00', '30-minute', '05:40', '3 nautical miles', '6 knots', '140 litres', '11:20', '61', '09:30', 'channel 16', '24 hours', '24 March', '8009-4421-77' are not casualties."),
E(4, ["joined the march for peace from the waterfront to the town padang"],
  "PP", "2026-03-15", "day", "Tawau", "MY", None, None, None, None, None, False,
  "Log entry 'Sun 15 Mar, 17:00' -> 15 March. A march of some 5,000 people behind a banner with a message ('Tawau is not afraid'), 'Calm throughout' -> Peaceful protest, perpetrator null (dev). '5,000' counts marchers."),
E(4, ["Marine police officers boarded her and arrested the two men aboard"],
  "ARR", "2026-03-18", "day", "Kunak", "MY", None, None, None, "police", None, False,
  "Log entry 'Wed 18 Mar, 05:40' -> 18 March. Two Indonesian men arrested aboard a pump boat '3 nautical miles off Kunak' and brought to Kunak jetty -> an event at sea coded to the nearest named place, Kunak (dev: nearest named place). 'Marine police' -> 'police'. The box of detonators found belongs to the arrest (dev). The lifeboat's crew only towed the boat."),
]

# -------------------------------------------------------------- holdout56-005
ARTICLES.append(A(5, "en", "article", "2026-03-23T04:00:00Z",
"Tawau Hills Golf Club: a message to members",
"""
From: The Captain and Committee, Tawau Hills Golf & Country Club. To: all members. Monday 23 March 2026. Subject: club news, competitions and how to help.

Dear Members,

Nine days after the twin suicide bombing at the central market and the ferry terminal, our town mourns sixteen dead, including the two bombers, and sixty-three injured. Two of our caddies, Ah Keong and Rosli, are among the injured and are recovering at home. The attack was claimed by Abu Sayyaf, and the police say they are satisfied the claim is genuine.

Many of you have asked about the police visit last week. Our head greenkeeper was questioned on Wednesday about a delivery of fertiliser to the maintenance yard and was allowed home the same evening. He has not been accused of anything and is back at work.

You will have read that the boatman arrested in Lahad Datu last Monday was charged on Friday with supplying the explosives, and that Indonesian police arrested another suspect in Nunukan on Thursday, a money changer said to have paid for the bombers' ferry tickets.

Several members who trade at the market took part on Saturday in the march of ferry traders to the district office to demand compensation for their lost stalls. Riot police fired tear gas to break it up near the clock tower roundabout; five people were hurt, among them our member Mr Lim, 58, who has a broken wrist.

Club arrangements:
- The Monthly Medal of 28 March is postponed to 11 April; tee times from 07:00.
- The course is closed to visitors until 31 March; members may play the back nine only.
- The clubhouse car park (62 spaces) is lent to the Red Crescent as a store.
- Our appeal has raised RM36,400 from 212 members; the committee will match it from the reserve fund up to RM20,000.
- Guests of members who live in the market area pay no green fees this month.

Donations: reference TAWAU14 at the club office. Questions: the secretary, 089-761 218.

With our thanks for your solidarity,
The Committee
"""))
GOLD += [
E(5, ["the twin suicide bombing at the central market and the ferry terminal", "The attack"],
  "SUI", "2026-03-14", "day", "Tawau", "MY", 16, 63, "exact", "Abu Sayyaf", "Abu Sayyaf", False,
  "Members' email of Monday 23 March; 'Nine days after' -> 23 - 9 = 14 March. Two sites of one town -> ONE event. 'sixteen dead, including the two bombers, and sixty-three injured' (number words) -> killed 16 (bombers inside), injured 63, exact; the two caddies are a subset. 'claimed by Abu Sayyaf', the claim judged 'genuine' by the police -> claimant and perpetrator. The greenkeeper 'questioned on Wednesday ... allowed home' is not arrested. '28 March', '11 April', '07:00', '31 March', 'back nine', '62 spaces', 'RM36,400', '212 members', 'RM20,000', 'TAWAU14', '089-761 218' are not casualties."),
E(5, ["the boatman arrested in Lahad Datu last Monday"],
  "ARR", "2026-03-16", "day", "Lahad Datu", "MY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout56-003: 'last Monday' in a Monday email -> the Monday before, 16 March (as 'jeudi dernier' is the most recent Thursday). 'was charged on Friday' is the arrest's follow-up. No force named -> 'police'."),
E(5, ["Indonesian police arrested another suspect in Nunukan on Thursday"],
  "ARR", "2026-03-19", "day", "Nunukan", "ID", None, None, None, "police", None, False,
  "'on Thursday' vs Monday 23 March -> 19 March. A money changer suspected of paying for the bombers' tickets, arrested in Nunukan, Indonesia -> ID; the Indonesian police -> 'police' (coded to the place of the arrest, not to the bombing's country)."),
E(5, ["the march of ferry traders to the district office", "Riot police fired tear gas to break it up"],
  "PI", "2026-03-21", "day", "Tawau", "MY", None, 5, "exact", None, None, False,
  "'on Saturday' vs Monday 23 March -> 21 March. A march with a demand (compensation for lost stalls) broken up by riot police with tear gas -> Protests / Protest with intervention, perpetrator null (dev). 'five people were hurt' -> injured 5, exact (Mr Lim, 58, is one of them); killed null."),
]
