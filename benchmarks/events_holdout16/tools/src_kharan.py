"""Authoring source of benchmarks/events_holdout16 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kharan, Pakistan cluster (holdout16-001 to 006, all English), two
bombers on Tuesday 3 March 2026 at two sites of one town (the district
police headquarters gate and the bus terminal, about 600 m apart, eight
minutes apart): a wire flash (001), an oldest-first live blog whose toll
rises through the day, with a road sit-in (002), the BLA claim and a TTP
denial (003), the arrests with a correction notice (004), a daily
provincial security roundup (005) and an analysis with a timeline box of
older attacks (006). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout16")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout16-001
ARTICLES.append(A(1, "en", "article", "2026-03-03T08:10:00Z",
"At least 14 killed as twin suicide blasts hit Kharan",
"""
KHARAN: At least 14 people were killed and dozens wounded on Tuesday when two suicide bombers struck the district police headquarters and the main bus terminal in Kharan, officials said.

The first attacker rode a motorcycle into the gate of the police headquarters at about 11:20 am and detonated his explosives as constables were changing shift. Eight minutes later the second bomber, on foot, blew himself up among passengers at the bus terminal some 600 metres away, where a coach for Quetta was boarding.

"We have received 14 bodies so far and many wounded, a lot of them with burns," a doctor at the district headquarters hospital said by telephone. The most serious cases were being sent by road to Quetta, about 270 km away. The deputy commissioner appealed for blood donors and gave a helpline number, 0847-510 223.

A senior police official said each bomber had carried about 10 kg of explosives. "The Tehrik-i-Taliban Pakistan may have been behind it, or one of the Baloch groups. It is too early to say," he said.

No group had claimed responsibility by early afternoon.

In a separate incident late on Monday, unidentified gunmen shot dead a 45-year-old schoolteacher outside his home in Washuk, about 150 km to the south, police said. The motive was not known.

Kharan, a district of some 200,000 people in western Balochistan, had been spared large attacks for several years. Shops in the bazaar pulled down their shutters within minutes of the blasts, and mobile internet was suspended across the district until further notice.

This story is being updated.
"""))
GOLD += [
E(1, ["two suicide bombers struck the district police headquarters and the main bus terminal in Kharan"],
  "SUI", "2026-03-03", "day", "Kharan", "PK", 14, 12, "at_least", None, None, False,
  "'on Tuesday' = publication day, Tuesday 3 March. Two bombers at two sites of one town (the police headquarters gate and the bus terminal, about 600 m apart, eight minutes apart) -> ONE Suicide bomb event (events_holdout10 Koupela, events_holdout14 Mango/Kut/Khoms). 'At least 14' -> 14, at_least; 'dozens wounded' -> 12 (dev table; the qualifier describes killed). 'may have been behind it' is speculation -> null. '11:20 am', 'Eight minutes', '600 metres', '270 km', '0847-510 223', '10 kg', '200,000 people' are not casualties; 'We have received 14 bodies' repeats the same 14."),
E(1, ["unidentified gunmen shot dead a 45-year-old schoolteacher outside his home in Washuk"],
  "ATK", "2026-03-02", "day", "Washuk", "PK", 1, None, "exact", None, None, False,
  "'late on Monday' vs Tuesday 3 March -> 2 March. Unnamed gunmen -> null. One man shot dead -> 1. '45-year-old' is an age, '150 km' a distance."),
]

# -------------------------------------------------------------- holdout16-002
ARTICLES.append(A(2, "en", "article", "2026-03-04T13:30:00Z",
"Live: Kharan twin suicide bombing, day two",
"""
All times are Pakistan time (PKT). Oldest entries first.

08:45: Good morning. We are following the aftermath of yesterday's twin suicide bombing at the police headquarters and the bus terminal in Kharan. Last night the district health officer put the toll at 17 dead.

10:20: Two of the wounded taken to Quetta died overnight at the trauma centre, a hospital spokesman tells us. That takes the toll to 19.

11:55: Police say they arrested three suspects in a raid on a house in Besima during the night. A motorcycle with a forged number plate, nine mobile phones and a notebook were seized. The suspects, aged between 20 and 26, have been moved to Kharan.

13:40: Hundreds of traders and relatives of the victims have blocked the Kharan-Quetta road at the edge of Kharan town, demanding compensation and the removal of the district police officer. They are sitting on the road in front of a row of 30 stalled lorries.

15:10: The road has reopened. The protesters ended their sit-in after the commissioner promised Rs 1.5 million for each family and an inquiry within 72 hours. There was no violence.

16:30: The deputy commissioner has just given what he called the final toll: 22 dead, not counting the two bombers, and 58 wounded, 11 of them in critical condition. Among the dead are seven policemen and a boy of 12.

17:50: Still no claim of responsibility. Funeral prayers for the policemen will be held at the police lines tomorrow at 10 am.

18:25: That's all from us today. We will be back tomorrow from 8 am.
"""))
GOLD += [
E(2, ["yesterday's twin suicide bombing at the police headquarters and the bus terminal in Kharan", "Still no claim of responsibility"],
  "SUI", "2026-03-03", "day", "Kharan", "PK", 24, 58, "exact", None, None, False,
  "'yesterday' vs Wednesday 4 March -> 3 March. Two sites of one town -> one event. Oldest-first live blog (events_holdout3): the toll rises 17 -> 19 -> 'the final toll: 22 dead, not counting the two bombers' -> 22 + 2 = 24 (events_holdout12/13/14 'not counting' adds the bombers), exact; '58 wounded' -> 58. No claim -> null. '11 of them in critical condition', 'seven policemen and a boy of 12' are subsets; '10 am', '8 am' and the time stamps are times."),
E(2, ["Police say they arrested three suspects in a raid on a house in Besima"],
  "ARR", "2026-03-03", "day", "Besima", "PK", None, None, None, "police", None, False,
  "'during the night' in a Wednesday 4 March blog -> the night of Tuesday to Wednesday, dated at its start (events_holdout14), 3 March. The seized motorcycle and 'nine mobile phones' belong to the arrest; 'aged between 20 and 26' are ages."),
E(2, ["Hundreds of traders and relatives of the victims have blocked the Kharan-Quetta road"],
  "PP", "2026-03-04", "day", "Kharan", "PK", None, None, None, None, None, False,
  "Publication day, Wednesday 4 March. A road sit-in with demands that ends after a promise, 'There was no violence' -> Peaceful protest (events_holdout6 Gossaigaon: a blockade lifted peacefully). 'at the edge of Kharan town' -> Kharan (the road is named after the first-named place too). 'Hundreds' are participants; '30 stalled lorries', 'Rs 1.5 million', '72 hours' are not casualties."),
]

# -------------------------------------------------------------- holdout16-003
ARTICLES.append(A(3, "en", "article", "2026-03-05T07:00:00Z",
"BLA claims Kharan bombing; TTP says it had no part",
"""
KHARAN: The Balochistan Liberation Army (BLA) has claimed responsibility for Tuesday's twin suicide bombing in Kharan, which killed 24 people, two of them the bombers, and wounded 58.

In a statement emailed to journalists on Wednesday night, a man who identified himself as the group's spokesman said the attack had been carried out by two members of its Majeed Brigade, a unit the group uses for suicide missions. He claimed that "more than 60 personnel" had been killed at the police headquarters.

The provincial home department called that figure "propaganda" but did not dispute that the BLA was behind the attack. "The claim is consistent with what our investigators found," a home department official said, adding that one of the bombers had been identified as a 23-year-old from a village in the district.

The Tehrik-i-Taliban Pakistan (TTP), which a police officer had said on Tuesday might be responsible, denied any involvement in a short message on Thursday morning, saying it does not target "passengers and the poor".

Security analysts said the bombing fits a pattern. In 2022, the BLA claimed a suicide attack on a Frontier Corps post near Nok Kundi, in Chagai district, in which five soldiers were killed. The group has used suicide attackers more often since then, and has begun targeting the police as well as the army.

Kharan's bazaar remained shut for a second day on Thursday, and the district administration extended the suspension of mobile internet for another 48 hours. Schools will stay closed until Monday.

The federal interior minister is expected to visit Kharan on Friday.
"""))
GOLD += [
E(3, ["has claimed responsibility for Tuesday's twin suicide bombing in Kharan"],
  "SUI", "2026-03-03", "day", "Kharan", "PK", 24, 58, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'Tuesday's' vs Thursday 5 March -> 3 March. '24 people, two of them the bombers' -> 24 (inside; events_holdout14 'two of them the bombers'), '58' wounded. 'has claimed responsibility' -> 'Balochistan Liberation Army' (canonical name); the home department rejects its figure ('more than 60 personnel', not used) but not its authorship -> perpetrator. The TTP's denial is not a claim. '23-year-old', '48 hours' are not casualties."),
E(3, ["the BLA claimed a suicide attack on a Frontier Corps post near Nok Kundi"],
  "SUI", "2022-01-01", "year", "Nok Kundi", "PK", 5, None, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", True,
  "'In 2022' -> year, background. A claimed suicide attack -> Suicide bomb, claimant and perpetrator BLA. 'five soldiers were killed' -> 5 as written (the text says nothing of the bomber). 'near Nok Kundi, in Chagai district' -> the town."),
]

# -------------------------------------------------------------- holdout16-004
ARTICLES.append(A(4, "en", "article", "2026-03-06T10:00:00Z",
"Seven held in raids after Kharan bombing; three militants killed near Washuk",
"""
KHARAN: The Counter-Terrorism Department (CTD) arrested seven suspects in raids in western Balochistan on Thursday in connection with the twin suicide bombing in Kharan, officials said on Friday.

Four of the suspects were arrested in Kharan town and three in Surab, a CTD spokesman said. Explosives, two suicide vests and a pickup truck were recovered. On Wednesday, police at a checkpoint near Awaran had already detained a suspected facilitator, a 34-year-old mechanic accused of modifying the motorcycle used in the first blast.

Later on Thursday, a CTD team raided a hideout in the hills near Washuk, where the bombers are believed to have been trained. The raid turned into an exchange of fire that lasted about two hours. Three militants were killed and one CTD officer was wounded, the spokesman said.

More than 90 people have been questioned since Tuesday, and most have been released. "Questioning is not arrest," the spokesman said.

The toll of Tuesday's bombing rose to 25 on Thursday when a schoolteacher who had been wounded at the bus terminal died in Quetta. The figure includes the two bombers. The BLA has claimed the attack.

The government announced a reward of Rs 10 million for information leading to the bombers' handlers, and a toll-free number, 1717.

Correction: An earlier version of this article said that the suspects were arrested in Kharan and Kalat, and that four militants were killed near Washuk. Three suspects were arrested in Surab, not in Kalat, and three militants were killed.
"""))
GOLD += [
E(4, ["the twin suicide bombing in Kharan", "The toll of Tuesday's bombing rose to 25", "The BLA has claimed the attack"],
  "SUI", "2026-03-03", "day", "Kharan", "PK", 25, None, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'Tuesday's' vs Friday 6 March -> 3 March. A wounded teacher died on Thursday -> 'rose to 25 ... The figure includes the two bombers' -> 25 (inside). No wounded figure here -> null. 'has claimed the attack' -> BLA. 'Rs 10 million', '1717' are not casualties."),
E(4, ["Four of the suspects were arrested in Kharan town"],
  "ARR", "2026-03-05", "day", "Kharan", "PK", None, None, None, "police", None, False,
  "'on Thursday' vs Friday 6 March -> 5 March. CTD -> police (dev). Arrests are one event per place and day: the 'seven suspects' of the first sentence are four in Kharan and three in Surab. The explosives, vests and pickup truck are seized in the arrests."),
E(4, ["three in Surab", "Three suspects were arrested in Surab, not in Kalat"],
  "ARR", "2026-03-05", "day", "Surab", "PK", None, None, None, "police", None, False,
  "Thursday 5 March, CTD -> police. The correction notice says an earlier version wrongly gave Kalat: Kalat is not an event place; the notice's 'Three suspects were arrested in Surab, not in Kalat' names this same event (second trigger)."),
E(4, ["police at a checkpoint near Awaran had already detained a suspected facilitator"],
  "ARR", "2026-03-04", "day", "Awaran", "PK", None, None, None, "police", None, False,
  "'On Wednesday' vs Friday 6 March -> 4 March. A suspected facilitator detained at a checkpoint -> Arrests, police. '34-year-old' is an age."),
E(4, ["a CTD team raided a hideout in the hills near Washuk", "The raid turned into an exchange of fire"],
  "BAT", "2026-03-05", "day", "Washuk", "PK", 3, 1, "exact", "police", None, False,
  "'Later on Thursday' -> 5 March. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout14), CTD -> police. 'Three militants were killed and one CTD officer was wounded' -> 3 killed, 1 injured, exact. The correction notice says an earlier version gave 'four militants': the withdrawn figure is not used. 'about two hours' is a span; 'More than 90 people have been questioned' are not arrests."),
]

# -------------------------------------------------------------- holdout16-005
ARTICLES.append(A(5, "en", "article", "2026-03-07T04:30:00Z",
"Balochistan security roundup: Saturday, March 7",
"""
A daily digest of security incidents across the province, compiled from police, Levies and hospital sources.

KHARAN: Relatives of the victims of Tuesday's twin suicide bombing held a sit-in outside the Kharan press club on Friday, demanding that a new school be named after the dead policemen. The sit-in ended peacefully in the evening. The toll of the bombing, claimed by the Balochistan Liberation Army, stands at 25, including the two attackers.

HUB: Two shopkeepers were injured when unidentified men on a motorcycle threw a grenade at a mobile phone shop on Friday night. Police said the owner had refused to pay extortion money of Rs 500,000.

QILA SAIFULLAH: A Levies official was killed and three others were wounded when a roadside bomb hit their vehicle on the main road outside the town on Friday morning. The vehicle, a double-cabin pickup, was destroyed.

HARNAI: Gunmen abducted two coal miners, aged 19 and 22, from a mine near Harnai on Friday afternoon. The mine owner said no ransom had been demanded so far.

SURAB: The Bomb Disposal Squad defused an improvised device of about 5 kg that had been planted under a culvert on the national highway on Friday, police said. Traffic was suspended for three hours.

WEATHER: Snow is expected on the Khojak pass, and the road over it may close for 24 hours.

Helplines: Police 15, Levies 0812-920 441.
"""))
GOLD += [
E(5, ["Relatives of the victims of Tuesday's twin suicide bombing held a sit-in outside the Kharan press club"],
  "PP", "2026-03-06", "day", "Kharan", "PK", None, None, None, None, None, False,
  "Roundup item (events_holdout3: each item its own event, dated against the digest): 'on Friday' vs Saturday 7 March -> 6 March. A sit-in with a demand that ends peacefully -> Peaceful protest in Kharan. The bombing it follows is a separate event, named by 'The toll of the bombing'."),
E(5, ["The toll of the bombing, claimed by the Balochistan Liberation Army"],
  "SUI", "2026-03-03", "day", "Kharan", "PK", 25, None, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'Tuesday's' vs Saturday 7 March -> 3 March. '25, including the two attackers' -> 25 (inside). 'claimed by the Balochistan Liberation Army' -> claimant and perpetrator."),
E(5, ["unidentified men on a motorcycle threw a grenade at a mobile phone shop"],
  "GRN", "2026-03-06", "day", "Hub", "PK", None, 2, "exact", None, None, False,
  "'on Friday night' vs Saturday 7 March -> 6 March. Unnamed attackers -> null. 'Two shopkeepers were injured' -> injured 2, killed null. 'Rs 500,000' is money."),
E(5, ["a roadside bomb hit their vehicle on the main road outside the town"],
  "IED", "2026-03-06", "day", "Qila Saifullah", "PK", 1, 3, "exact", None, None, False,
  "'on Friday morning' -> 6 March. 'A Levies official was killed and three others were wounded' -> 1 killed, 3 injured. The road outside the dateline town -> Qila Saifullah. No actor."),
E(5, ["Gunmen abducted two coal miners"],
  "ABD", "2026-03-06", "day", "Harnai", "PK", None, None, None, None, None, False,
  "'on Friday afternoon' -> 6 March. Abductees are not casualties; 'aged 19 and 22' are ages. Unnamed gunmen -> null."),
E(5, ["The Bomb Disposal Squad defused an improvised device"],
  "DWU", "2026-03-06", "day", "Surab", "PK", None, None, None, "police", None, False,
  "'on Friday' -> 6 March. A device defused on its own -> Disrupted weapons use; the police Bomb Disposal Squad -> police. 'about 5 kg', 'three hours' are not casualties. The weather item (Khojak pass) and the helplines ('15', '0812-920 441') are not events."),
]

# -------------------------------------------------------------- holdout16-006
ARTICLES.append(A(6, "en", "article", "2026-03-10T05:00:00Z",
"Analysis: Why Kharan, and why now",
"""
By our Quetta bureau

A week ago, on March 3, two young men sent by the Balochistan Liberation Army blew themselves up at the police headquarters and the bus terminal in Kharan. The toll now stands at 26, counting the bombers, after a policeman died in Karachi on Sunday. Nearly 60 people were wounded.

Kharan had seemed far from the insurgency's centre of gravity in Kech and Panjgur. That is no longer true. The BLA, which claimed the attack, has moved north, recruiting in villages where unemployment runs above 40 per cent and where the nearest college is 120 km away.

Nor is the district new to violence. Three years ago, a remote-controlled bomb hidden in a vegetable cart killed four people in Kharan's main bazaar; no one was ever charged.

Police officers in Kharan say they asked for armoured vehicles and 200 more constables in 2024 and received neither. The police headquarters, where the first bomber struck, still has a single barrier and no blast wall.

Balochistan: selected attacks, 2017-2025
- 2017: a bomb fixed to a motorcycle kills three people outside a bank in Tump.
- March 2019: a suicide bomber drives a car into a coach near Pasni, killing six; the BLA claims the attack.
- November 2021: a grenade thrown into a crowded bazaar in Barkhan wounds nine.
- August 2023: gunmen storm a police station in Duki; four policemen and two attackers are killed in a six-hour gunfight.
- January 2025: eight labourers are abducted near Gandava; five are later released for ransom.

The provincial government says it will spend Rs 3 billion on a new counter-terrorism force. Residents of Kharan, who buried their dead last week, say they would settle for a wall.
"""))
GOLD += [
E(6, ["two young men sent by the Balochistan Liberation Army blew themselves up at the police headquarters and the bus terminal in Kharan"],
  "SUI", "2026-03-03", "day", "Kharan", "PK", 26, 60, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'on March 3' -> 3 March (7 days before Tuesday 10 March, current). A policeman died on Sunday -> '26, counting the bombers' -> 26 (inside); 'Nearly 60' wounded -> 60 (the qualifier describes killed: exact). 'sent by the Balochistan Liberation Army' and 'which claimed the attack' -> BLA. '40 per cent', '120 km', '200 more constables' are not casualties."),
E(6, ["a remote-controlled bomb hidden in a vegetable cart killed four people in Kharan's main bazaar"],
  "IED", "2023-01-01", "year", "Kharan", "PK", 4, None, "exact", None, None, True,
  "'Three years ago' in a 2026 article -> 2023, year (dev), background. No actor ('no one was ever charged')."),
E(6, ["a bomb fixed to a motorcycle kills three people outside a bank in Tump"],
  "IED", "2017-01-01", "year", "Tump", "PK", 3, None, "exact", None, None, True,
  "Timeline item '2017:' -> year, background. A planted bomb, no actor."),
E(6, ["a suicide bomber drives a car into a coach near Pasni"],
  "SUI", "2019-03-01", "month", "Pasni", "PK", 6, None, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", True,
  "Timeline item 'March 2019:' -> month, background. 'killing six' -> 6 as written; 'the BLA claims the attack' -> claimant and perpetrator."),
E(6, ["a grenade thrown into a crowded bazaar in Barkhan wounds nine"],
  "GRN", "2021-11-01", "month", "Barkhan", "PK", None, 9, "exact", None, None, True,
  "Timeline item 'November 2021:' -> month, background. 'wounds nine' -> injured 9, killed null."),
E(6, ["gunmen storm a police station in Duki"],
  "BAT", "2023-08-01", "month", "Duki", "PK", 6, None, "exact", None, None, True,
  "Timeline item 'August 2023:' -> month, background. Unnamed gunmen attacking a police post -> Armed clash with a null initiator (events_holdout14 Badrah). All sides summed: 'four policemen and two attackers' -> 6. 'six-hour' is a span."),
E(6, ["eight labourers are abducted near Gandava"],
  "ABD", "2025-01-01", "month", "Gandava", "PK", None, None, None, None, None, True,
  "Timeline item 'January 2025:' -> month, background. Abductees ('eight', 'five') are not casualties. 'Rs 3 billion' is money; the burials are not coded."),
]
