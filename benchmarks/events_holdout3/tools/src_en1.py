"""Authoring source of benchmarks/events_holdout3 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Daffo, Nigeria chain (holdout3-001, 002), a radio bulletin from
Chhattisgarh, India (003), a newest-first live blog from south Lebanon (004),
an oldest-first live blog from Celaya, Mexico (005) and the first English
roundup (006). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout3")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout3-001
ARTICLES.append(A(1, "en", "article", "2026-02-16T06:00:00Z",
"Gunmen kill at least 19 in Plateau village raid",
"""
JOS, Nigeria, Feb. 16 (Wire) - Gunmen stormed the farming village of Daffo in the Bokkos area of Nigeria's Plateau State late on Saturday, shooting residents as they fled and setting homes on fire, killing at least 19 people and wounding 11, police said.

The attackers arrived on about 30 motorcycles shortly after 10 p.m. and stayed for nearly two hours, said Alfred Gyang, 44, a farmer who hid in a maize store with his two daughters. "They burned 64 houses and the grain store. We counted the bodies at 5:40 in the morning," he said. Among the dead was a 17-year-old girl who had come home from school in Jos for the weekend.

A police spokesman said he could not yet say who the attackers were. Some residents blamed armed herders, a charge herders' associations have rejected after earlier raids.

On Sunday, troops pursuing the attackers caught up with them in a forest south of Daffo, and three gunmen were killed in the exchange of fire, an army spokesman said. The army said it had moved 300 more soldiers into the area.

On Friday, gunmen ambushed a police patrol near Butura, about 15 km east of Bokkos town, killing two officers. A third officer is missing.

On Sunday afternoon, several hundred young men burned tyres and blocked the main road through Bokkos to protest the killings. Soldiers fired tear gas to clear the road, and a 23-year-old trader was hit in the face by a canister, a local official said.

About 2,500 people who fled Daffo and two nearby hamlets are sheltering in a primary school in Bokkos, the state emergency agency said.

Villages in the area have been attacked before. In 2022, gunmen killed seven tin miners at a pit near Ropp, some 40 km to the west.
"""))
GOLD += [
E(1, ["Gunmen stormed the farming village of Daffo", "the killings"],
  "ATK", "2026-02-14", "day", "Daffo", "NG", 19, 11, "at_least", None, None, False,
  "'late on Saturday' vs Monday 16 Feb -> 14 Feb. Unnamed gunmen; residents' blame of 'armed herders' is rejected and names no group -> null. 'about 30 motorcycles', '10 p.m.', '44', 'two daughters', '64 houses', '5:40', '17-year-old' (one of the dead, not a figure), '300 more soldiers', '2,500 people', 'two nearby hamlets' are distractors."),
E(1, ["troops pursuing the attackers caught up with them", "the exchange of fire"],
  "BAT", "2026-02-15", "day", "Daffo", "NG", 3, None, "exact", "military", None, False,
  "'On Sunday' -> 15 Feb. Troops pursued and engaged -> initiator military. 'in a forest south of Daffo' -> nearest named place Daffo."),
E(1, ["gunmen ambushed a police patrol near Butura"],
  "BAT", "2026-02-13", "day", "Butura", "NG", 2, None, "exact", None, None, False,
  "'On Friday' -> 13 Feb. An ambush of police by unnamed gunmen -> Armed clash, perpetrator null. '15 km' is a distance; 'A third officer is missing' is not a casualty figure."),
E(1, ["several hundred young men burned tyres and blocked the main road"],
  "RIOT", "2026-02-15", "day", "Bokkos", "NG", None, 1, "exact", None, None, False,
  "'On Sunday afternoon' -> 15 Feb. Burning tyres and a road blockade -> Violent demonstration; soldiers' tear gas does not change the type. One trader hit by a canister -> injured 1; '23-year-old' is his age. 'several hundred' are participants."),
E(1, ["gunmen killed seven tin miners at a pit near Ropp"],
  "ATK", "2022-01-01", "year", "Ropp", "NG", 7, None, "exact", None, None, True,
  "'In 2022' -> year. '40 km' is a distance."),
]

# --------------------------------------------------------------- holdout3-002
ARTICLES.append(A(2, "en", "article", "2026-02-19T10:30:00Z",
"Toll from Plateau village attack climbs to 27; six held",
"""
JOS, Nigeria, Feb. 19 (Wire) - The death toll from Saturday's attack on the village of Daffo in Plateau State has climbed to 27, up from the earlier figure of 19, after search teams found eight more bodies in the bush, the state government said on Thursday. Of the 16 people wounded, nine were still being treated in Jos.

Police said they had arrested six suspects on Tuesday in a raid on a camp in a forest near Bokkos and seized four rifles, about 200 rounds of ammunition and 11 motorcycles. The suspects, aged between 19 and 41, are being questioned in Jos. More than 40 people were questioned and released, a police statement said.

On Wednesday, hundreds of women dressed in black marched through Jos to the state government house, carrying placards with the names of the dead. The march ended without incident after the deputy governor addressed them.

Late on Tuesday, gunmen shot dead a farmer, 52, in his field near Butura and took his two sons, residents said. There has been no ransom demand.

The governor has promised to rebuild the 64 houses that were burned and to pay 100,000 naira to each bereaved family.

Plateau State has been hit by waves of rural violence for two decades. Last October, gunmen killed eight people at a wake in the village of Richa, and more than 1,000 people have been killed in the state since 2020, according to a local rights group.
"""))
GOLD += [
E(2, ["Saturday's attack on the village of Daffo"],
  "ATK", "2026-02-14", "day", "Daffo", "NG", 27, 16, "exact", None, None, False,
  "Follow-up of holdout3-001. 'Saturday's' vs Thursday 19 Feb -> 14 Feb. 'has climbed to 27, up from the earlier figure of 19' -> final 27, exact. 'Of the 16 people wounded' is the total -> 16; 'nine were still being treated' is a subset. 'eight more bodies' is part of the revision. '64 houses', '100,000 naira' are distractors."),
E(2, ["they had arrested six suspects on Tuesday in a raid on a camp"],
  "ARR", "2026-02-17", "day", "Bokkos", "NG", None, None, None, "police", None, False,
  "'on Tuesday' -> 17 Feb. 'a forest near Bokkos' -> Bokkos. Rifles, rounds and motorcycles seized belong to the arrest; 'aged between 19 and 41' are ages; 'More than 40 people were questioned and released' are not arrests."),
E(2, ["hundreds of women dressed in black marched through Jos"],
  "PP", "2026-02-18", "day", "Jos", "NG", None, None, None, None, None, False,
  "'On Wednesday' -> 18 Feb. Ended without incident -> Peaceful protest. 'hundreds' are participants."),
E(2, ["gunmen shot dead a farmer, 52, in his field near Butura and took his two sons"],
  "ATK", "2026-02-17", "day", "Butura", "NG", 1, None, "exact", None, None, False,
  "'Late on Tuesday' -> 17 Feb. One incident: a killing and the taking of his sons; coded once as an Attack with killed 1 (the killing is the gravest act). '52' is the victim's age, 'two sons' abductees."),
E(2, ["gunmen killed eight people at a wake in the village of Richa"],
  "ATK", "2025-10-01", "month", "Richa", "NG", 8, None, "exact", None, None, True,
  "'Last October' in a February 2026 story -> 2025-10, month. 'more than 1,000 people have been killed in the state since 2020' is a cumulative statistic, not an event."),
]

# --------------------------------------------------------------- holdout3-003
ARTICLES.append(A(3, "en", "transcript", "2026-03-11T14:30:00Z",
"Evening News Hour, 8 p.m. bulletin (transcript)",
"""
ANCHOR (Meera Pillai): Good evening, this is the Evening News Hour. Our top story: a landmine blast in Chhattisgarh's Sukma district this morning has killed nine people, most of them police commandos. Our correspondent Arun Tiwari is in Raipur. Arun, what do we know?

ARUN TIWARI: Meera, the blast hit a van carrying District Reserve Guard personnel back from an operation at about 7:15 this morning, on a dirt road near the village of Gadiras, um, roughly 35 kilometres from Sukma town. The earlier figure of seven has now gone up to nine: eight jawans and their civilian driver. Four others are in hospital in Raipur, and two of them are critical.

ANCHOR: Who is being blamed?

ARUN TIWARI: Police officers on the ground suspect Maoist cadres, uh, given the pattern, but nobody has claimed it yet. The pressure bomb was buried under the road, they think with about 40 kilos of explosives.

ANCHOR: This comes a day after a major operation.

ARUN TIWARI: Yes. Yesterday, security forces said they killed twelve Maoists in a gun battle in the forests of Bijapur district, which borders Sukma. And on Monday police in Dantewada arrested three alleged couriers with 60 detonators and, uh, 5 lakh rupees in cash.

ANCHOR: Thank you, Arun. Now to the northeast. In Manipur, gunmen fired on houses in a village near Jiribam last night, wounding five people, including a 9-year-old girl. The state has sent 1,200 additional personnel and imposed a curfew in the area.

And a reminder: in 2020, a similar pressure bomb near Konta, also in Sukma, killed two villagers who were collecting forest produce.

That's the news at 8. The weather is next.
"""))
GOLD += [
E(3, ["a landmine blast in Chhattisgarh's Sukma district", "the blast hit a van"],
  "IED", "2026-03-11", "day", "Gadiras", "IN", 9, 4, "exact", None, None, False,
  "'this morning' -> 11 March. 'The earlier figure of seven has now gone up to nine' -> 9 exact ('eight jawans and their civilian driver' is the same 9). 'Four others are in hospital' -> injured 4; 'two of them are critical' is a subset. Maoists only suspected -> null. The village Gadiras is the most specific place. '7:15', '35 kilometres', '40 kilos' are distractors."),
E(3, ["security forces said they killed twelve Maoists in a gun battle"],
  "BAT", "2026-03-10", "day", "Bijapur", "IN", 12, None, "exact", "police", None, False,
  "'Yesterday' -> 10 March. Security forces (police commandos and central armed police) -> 'police'; their operation -> initiator. District named, no town -> Bijapur. Number word 'twelve'."),
E(3, ["police in Dantewada arrested three alleged couriers"],
  "ARR", "2026-03-09", "day", "Dantewada", "IN", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 11 March -> 9 March. '60 detonators', '5 lakh rupees' belong to the arrest."),
E(3, ["gunmen fired on houses in a village near Jiribam"],
  "ATK", "2026-03-10", "day", "Jiribam", "IN", None, 5, "exact", None, None, False,
  "'last night' in an evening bulletin -> 10 March. Unnamed gunmen -> null. '9-year-old' is the age of one of the five; '1,200 additional personnel' is a deployment; the curfew is not an event."),
E(3, ["a similar pressure bomb near Konta"],
  "IED", "2020-01-01", "year", "Konta", "IN", 2, None, "exact", None, None, True,
  "'in 2020' -> year."),
]

# --------------------------------------------------------------- holdout3-004
ARTICLES.append(A(4, "en", "article", "2026-04-07T19:45:00Z",
"Live: drone strikes across south Lebanon",
"""
Newest entries first. All times are local (UTC+3).

22:35 - The health ministry has updated the toll from this afternoon's strike on a car in Nabatieh: five people were killed and 14 wounded. The earlier figure was four.

21:10 - The Lebanese army says it detained three men near Marjayoun this evening with a rocket launcher and two rockets in the boot of their car.

19:30 - A drone strike on a motorbike on the road between Bint Jbeil and Aitaroun killed two men, the state news agency reports. The Israeli military says it targeted two Hezbollah members.

17:05 - Israeli artillery shelled the outskirts of Khiam for about half an hour. No casualties have been reported so far. About 40 families left the town this afternoon, the mayor told us.

15:20 - The toll from the Nabatieh strike has risen to four, the civil defence says. One of the dead is a 62-year-old taxi driver who was parked next to the targeted car.

13:50 - Dozens of residents gathered outside the government hospital in Nabatieh to donate blood. Traffic is jammed across the city.

12:40 - A drone struck a car in a busy street in Nabatieh, 11 km from the border, at about 12:25. The civil defence says three people were killed and at least nine wounded. The Israeli military says it struck a Hezbollah commander.

09:00 - Good morning. Overnight, Hezbollah said it fired rockets at an army post across the border; the Israeli military said there were no injuries. We will follow developments through the day.

Nabatieh was last hit in January, when a strike on a warehouse on its eastern edge killed a guard.
"""))
GOLD += [
E(4, ["this afternoon's strike on a car in Nabatieh", "the Nabatieh strike", "A drone struck a car in a busy street in Nabatieh"],
  "AIR", "2026-04-07", "day", "Nabatieh", "LB", 5, 14, "exact", "Israeli military", None, False,
  "Live blog, newest first. 'this afternoon' -> 7 April. Toll rises 3 -> 4 -> 5; the latest entry (22:35) gives 5 killed, 14 wounded, exact. The Israeli military says it struck -> foreign force 'Israeli military'. '62-year-old' is one victim's age; '11 km', '12:25' are distractors."),
E(4, ["it detained three men near Marjayoun"],
  "ARR", "2026-04-07", "day", "Marjayoun", "LB", None, None, None, "military", None, False,
  "'this evening' -> 7 April. The Lebanese army is the country's own army -> 'military'. The launcher and rockets belong to the arrest."),
E(4, ["A drone strike on a motorbike on the road between Bint Jbeil and Aitaroun"],
  "AIR", "2026-04-07", "day", "Bint Jbeil", "LB", 2, None, "exact", "Israeli military", None, False,
  "19:30 entry. A road between two places -> first-named, Bint Jbeil. The Israeli military says it targeted them -> perpetrator."),
E(4, ["Israeli artillery shelled the outskirts of Khiam"],
  "SHL", "2026-04-07", "day", "Khiam", "LB", None, None, None, "Israeli military", None, False,
  "'No casualties have been reported so far' -> null, not 0 (dev rule). 'About 40 families' left are displaced, not casualties; 'half an hour' is a duration."),
E(4, ["Hezbollah said it fired rockets at an army post across the border"],
  "SHL", "2026-04-06", "day", "Israel", "IL", 0, 0, "exact", "Hezbollah", "Hezbollah", False,
  "'Overnight' in the 09:00 entry of 7 April -> dated at the start of the night, 6 April. The target is across the border, in Israel, and no place is named -> country. Hezbollah says it fired -> claim; new canonical name 'Hezbollah'. 'there were no injuries' -> explicit 0/0."),
E(4, ["a strike on a warehouse on its eastern edge killed a guard"],
  "AIR", "2026-01-01", "month", "Nabatieh", "LB", 1, None, "exact", None, None, True,
  "'in January' in an April 2026 post -> 2026-01, month; 96 days -> background. Type of strike not stated beyond 'a strike' in a post about drone strikes -> Air/drone strike; no actor named for it -> null."),
]

# --------------------------------------------------------------- holdout3-005
ARTICLES.append(A(5, "en", "article", "2026-05-09T20:10:00Z",
"Live: mass shooting at a Celaya bar",
"""
Oldest entries first. All times are local (UTC-6).

01:45 - Gunmen opened fire inside a bar on the ring road in Celaya, in Mexico's Guanajuato state, at about 1:10 a.m., the Red Cross says. At least six people are dead.

03:20 - The state prosecutor's office says the toll has risen to nine and that seven people were wounded, among them a 16-year-old waiter. Witnesses say about eight men arrived in two pickup trucks.

05:30 - Police have found one of the pickups burned out on a dirt track 12 km south of the city.

07:50 - In Salamanca, about 40 km to the west, someone threw a grenade at the gate of a municipal police station at around 6 a.m., wounding two officers, the city says.

10:15 - Two of the wounded from the bar have died in hospital. The toll now stands at 11 dead and five wounded, the prosecutor says. Local media have linked the attack to a feud between the Santa Rosa de Lima cartel and the Jalisco cartel, but the prosecutor has not named any group.

12:05 - State police arrested two men at a checkpoint in Villagrán with two assault rifles and 300 rounds. It is not yet known whether they are linked to the shooting.

13:30 - The governor says 1,500 National Guard troops will patrol Celaya from tonight and offers a reward of 500,000 pesos. The attack came a week before the city's 456th anniversary celebrations. Celaya recorded more than 400 murders last year.

14:00 - Dozens of relatives of the victims blocked the highway between Celaya and Salamanca for two hours, demanding justice. The protest ended peacefully.
"""))
GOLD += [
E(5, ["Gunmen opened fire inside a bar", "the attack", "the shooting", "The attack came"],
  "ATK", "2026-05-09", "day", "Celaya", "MX", 11, 5, "exact", None, None, False,
  "Live blog, oldest first. 1:10 a.m. local on 9 May; UTC date is also 9 May. Toll 6 -> 9 -> 11; the last figure '11 dead and five wounded' is final. Local media's link to cartels is speculation -> null. '16-year-old' is one wounded person's age; 'about eight men', 'two pickup trucks', '12 km', '1,500 National Guard troops', '500,000 pesos', '456th anniversary', 'more than 400 murders last year' (cumulative) are distractors."),
E(5, ["someone threw a grenade at the gate of a municipal police station"],
  "GRN", "2026-05-09", "day", "Salamanca", "MX", None, 2, "exact", None, None, False,
  "'at around 6 a.m.' in the 07:50 entry -> 9 May. '40 km' is a distance. No actor named."),
E(5, ["State police arrested two men at a checkpoint in Villagrán"],
  "ARR", "2026-05-09", "day", "Villagrán", "MX", None, None, None, "police", None, False,
  "12:05 entry. Rifles and '300 rounds' belong to the arrest; the link to the shooting is not established."),
E(5, ["Dozens of relatives of the victims blocked the highway", "The protest"],
  "PP", "2026-05-09", "day", "Celaya", "MX", None, None, None, None, None, False,
  "14:00 entry. A road between two places -> first-named, Celaya. Ended peacefully -> Peaceful protest. 'Dozens' are participants."),
]

# --------------------------------------------------------------- holdout3-006
ARTICLES.append(A(6, "en", "article", "2026-05-20T07:00:00Z",
"Security digest, May 20: Chin State, Cabo Delgado, Far North, Pataz, Hodeidah",
"""
Our daily round-up of conflict incidents reported in the past few days.

MYANMAR - A military jet bombed a village near Mindat, in Chin State, on Monday afternoon, killing two dozen people, most of them women and children sheltering in a church, a local resistance spokesman said. More than 30 houses were destroyed. The junta did not comment.

MOZAMBIQUE - Fighters of the Islamic State's Mozambique province raided a fishing settlement in Quissanga district on Sunday, beheading four fishermen and burning more than 100 huts, a district official said. Some 800 people fled by boat to the islands. The group later claimed the raid on Telegram, saying it had killed "20 Christians".

CAMEROON - A roadside bomb struck an army truck near Mozogo in the Far North region on Tuesday, killing three soldiers and wounding five, military sources said. Boko Haram and its rival ISWAP both operate in the area; neither has claimed it.

PERU - Gunmen killed between 8 and 10 informal miners inside a tunnel near Vijus, in the gold-mining province of Pataz, on Monday, police said. Prosecutors said 14 suspects had been detained in raids in the province since March.

YEMEN - A Houthi drone struck a government army position near Hays, in Hodeidah province, on Tuesday. Nobody was hurt, an army spokesman said, adding that 30 mines had been cleared from a nearby road this month.

INDIA - Police in Kulgam, in Jammu and Kashmir, arrested two men on Monday they said were helping militants, and seized two pistols and 18 grenades.
"""))
GOLD += [
E(6, ["A military jet bombed a village near Mindat"],
  "AIR", "2026-05-18", "day", "Mindat", "MM", 24, None, "about", "military", None, False,
  "'on Monday afternoon' vs Wednesday 20 May -> 18 May. 'two dozen' -> 24, about (the dev table's 'a dozen' row, doubled). Myanmar's own air force -> 'military'; 'did not comment' is no denial. 'More than 30 houses' are buildings."),
E(6, ["Fighters of the Islamic State's Mozambique province raided a fishing settlement", "the raid on Telegram"],
  "ATK", "2026-05-17", "day", "Quissanga", "MZ", 4, None, "exact", "Islamic State", "Islamic State", False,
  "'on Sunday' -> 17 May. Islamic State Mozambique province, claimed -> 'Islamic State' (dev rule). The claimant's '20 Christians' is not used. 'more than 100 huts', 'Some 800 people' are not casualties. District, no town -> Quissanga."),
E(6, ["A roadside bomb struck an army truck near Mozogo"],
  "IED", "2026-05-19", "day", "Mozogo", "CM", 3, 5, "exact", None, None, False,
  "'on Tuesday' -> 19 May. Two possible groups and no claim -> null."),
E(6, ["Gunmen killed between 8 and 10 informal miners"],
  "ATK", "2026-05-18", "day", "Vijus", "PE", 8, None, "at_least", None, None, False,
  "'on Monday' -> 18 May. Range 'between 8 and 10' -> lower bound 8, at_least. '14 suspects had been detained ... since March' is a cumulative arrest figure, not an event (holdout2 convention)."),
E(6, ["A Houthi drone struck a government army position near Hays"],
  "AIR", "2026-05-19", "day", "Hays", "YE", 0, 0, "exact", "Houthis", None, False,
  "'on Tuesday' -> 19 May. Non-state drone -> Air/drone strike (dev practice). 'Nobody was hurt' -> explicit 0/0. '30 mines had been cleared ... this month' is a cumulative count with no single event."),
E(6, ["Police in Kulgam, in Jammu and Kashmir, arrested two men"],
  "ARR", "2026-05-18", "day", "Kulgam", "IN", None, None, None, "police", None, False,
  "'on Monday' -> 18 May. Pistols and '18 grenades' belong to the arrest."),
]
