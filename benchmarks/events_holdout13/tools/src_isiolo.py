"""Authoring source of benchmarks/events_holdout13 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Isiolo, Kenya cluster (holdout13-010 to 014), two bombers on
Friday 14 August 2026, one at the bus park and one at the gate of the
livestock market about 600 m away: the wire flash (010), the updated toll
the next day (011), al-Shabaab's claim and a rival's denial (012), the
arrests and a highway blockade (013) and a TV programme transcript full of
older attacks (014). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout13")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout13-010
ARTICLES.append(A(10, "en", "article", "2026-08-14T12:30:00Z",
"Twin suicide blasts in Kenya's Isiolo, at least 12 killed",
"""
ISIOLO, Kenya, Aug 14 (Wire) - Two suicide bombers blew themselves up minutes apart at the bus park and at the livestock market in the northern Kenyan town of Isiolo on Friday morning, killing at least 12 people and wounding dozens, police said.

The first bomber set off an explosive vest among passengers boarding a 45-seat bus bound for Moyale at about 8:15 a.m., the regional police commander, Peter Lekalkuli, told reporters. About five minutes later, a second man detonated his charge at the gate of the livestock market, some 600 metres away, as traders ran towards the bus park to help.

"I heard the first bang and went to look. Then the second one came from behind me," said Abdi Galgalo, 33, a goat trader whose cousin was among the dead. "There were animals and people lying together on the ground."

Ambulances from the Kenya Red Cross and the county government took the wounded to the Isiolo County Referral Hospital, which appealed for blood donors. At least four of the victims were children, the hospital said.

No group had claimed the attack by early afternoon. "It is too early to say who did this. Al-Shabaab, or an Islamic State cell from Somalia, may have been behind it," the county commissioner said.

On Thursday, police arrested two men carrying detonators and about 4 kg of explosives at a roadblock near Merti, some 150 km to the east, Lekalkuli said. He did not say whether they were linked to Friday's attack.

Late on Wednesday, gunmen ambushed a police patrol near Kinna, killing one officer and wounding two others, according to a police report seen by the agency.

Isiolo, a market town of about 60,000 people at the gateway to Kenya's arid north, has been spared the large attacks that have hit Garissa and Mandera counties in the past decade, although its roads are used by smugglers and cattle raiders.

The Interior Ministry ordered all bus parks in the region closed for 48 hours and asked residents to report suspicious people on a toll-free line, 0800 722 203. Kenya's president was due to chair a security meeting in the evening.
"""))
GOLD += [
E(10, ["Two suicide bombers blew themselves up minutes apart at the bus park and at the livestock market", "No group had claimed the attack"],
  "SUI", "2026-08-14", "day", "Isiolo", "KE", 12, 12, "at_least", None, None, False,
  "'on Friday morning' = publication day, Friday 14 August. Two bombers at two sites of one town (bus park and livestock market gate, about 600 m apart), minutes apart -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention). 'at least 12' -> 12, at_least; 'dozens' wounded -> 12 (dev table); the qualifier describes killed. 'may have been behind it' is speculation -> perpetrator null. '45-seat', '8:15 a.m.', 'About five minutes', '600 metres', '33', 'At least four of the victims' (a subset) are not separate figures."),
E(10, ["police arrested two men carrying detonators and about 4 kg of explosives at a roadblock near Merti"],
  "ARR", "2026-08-13", "day", "Merti", "KE", None, None, None, "police", None, False,
  "'On Thursday' vs Friday 14 August -> 13 August. Police arrest; the detonators and explosives belong to it. 'about 4 kg' and 'some 150 km' are not casualties. Not linked to Isiolo by the text."),
E(10, ["gunmen ambushed a police patrol near Kinna"],
  "BAT", "2026-08-12", "day", "Kinna", "KE", 1, 2, "exact", None, None, False,
  "'Late on Wednesday' vs Friday 14 August -> 12 August. An ambush on a police patrol -> Armed clash; unnamed gunmen started it -> initiator null (unnamed actors are null). 'killing one officer and wounding two others' -> 1/2. '60,000', '48 hours', '0800 722 203' are not casualties."),
]

# -------------------------------------------------------------- holdout13-011
ARTICLES.append(A(11, "en", "article", "2026-08-15T09:00:00Z",
"Isiolo death toll climbs to 22; hospital short of blood and beds",
"""
By Amina Wario in Isiolo

The dead of Friday's bombings in Isiolo were still being counted on Saturday morning, as families queued outside the mortuary of the county referral hospital with photographs on their phones.

Police initially reported 12 dead. By Friday evening the Kenya Red Cross had counted 17 bodies, and three of the wounded died overnight in the hospital's crowded surgical ward. On Saturday police put the toll at twenty people, excluding the two attackers. Forty-eight people were wounded, nine of them critically, and six were flown to Nairobi for surgery.

"We had 23 beds for surgery and more than forty patients," said a nurse who asked not to be named. "We put people on mattresses in the corridor. Some of them waited four hours for an X-ray."

Among the dead were a conductor of the Moyale bus, aged 19, and three members of one family from Kinna who had come to sell two camels. A primary school teacher, Mary Kinyua, 41, lost both legs and is in a stable condition, her brother said.

Investigators believe the two bombers, both men in their twenties, arrived in Isiolo on Thursday afternoon by car. Detectives are examining footage from a petrol station on the Garba Tula road and the remains of the vests, each of which contained an estimated 5 kg of explosives packed with ball bearings.

The town's Muslim and Christian leaders held a joint prayer at the bus park on Saturday morning and appealed for calm. "Whoever did this wanted us to turn on each other. We will not," said the chairman of the interfaith council.

Violence elsewhere in the county did not stop. On Friday night, gunmen shot dead a herder and drove off about 200 goats near Archers Post, about 35 km north of the town, the local chief said. Police said the raid appeared to be linked to a dispute over grazing rather than to the bombings.

The county government declared three days of mourning and suspended the weekly livestock market, which draws up to 5,000 animals and brings in an estimated 12 million shillings in trade every Friday. Schools, which were due to open on Monday for the new term, will now open a week later.

Kenya has been hit by dozens of attacks claimed by al-Shabaab since its troops entered Somalia in 2011, most of them in counties along the Somali border.
"""))
GOLD += [
E(11, ["Friday's bombings in Isiolo", "On Saturday police put the toll at twenty people, excluding the two attackers"],
  "SUI", "2026-08-14", "day", "Isiolo", "KE", 22, 48, "exact", None, None, False,
  "'Friday's' vs Saturday 15 August -> 14 August. Two sites of one town -> one event. Revised toll: 12 -> 17 -> three wounded died overnight -> 'twenty people, excluding the two attackers' -> 20 + 2 = 22 ('excluding' read like 'not counting': the text counts the bombers apart, so they are added). 'Forty-eight people were wounded' -> 48 ('nine of them critically', 'six were flown to Nairobi' are subsets). No claim in this document -> null. '23 beds', 'more than forty patients' (a hospital count, inside the wounded), 'four hours', 'aged 19', 'three members of one family' (a subset), 'two camels', '41', '5 kg' are not separate figures."),
E(11, ["gunmen shot dead a herder and drove off about 200 goats near Archers Post"],
  "ATK", "2026-08-14", "day", "Archers Post", "KE", 1, None, "exact", None, None, False,
  "'On Friday night' vs Saturday 15 August -> 14 August (a night is dated at its start). A herder killed in a livestock raid -> Violence against civilians / Attack; unnamed gunmen -> null. 'about 200 goats', 'about 35 km', 'three days', 'up to 5,000 animals', '12 million shillings' are not casualties; 'dozens of attacks ... since 2011' is a generic reference, not coded."),
]

# -------------------------------------------------------------- holdout13-012
ARTICLES.append(A(12, "en", "article", "2026-08-16T17:00:00Z",
"Isiolo bombings: al-Shabaab's claim, a rival's denial",
"""
From our East Africa desk

The Somali militant group al-Shabaab said on Saturday that two of its fighters carried out Friday's twin suicide bombing in the Kenyan town of Isiolo, which killed 22 people, counting the two bombers, and wounded 48.

In a statement posted on a website that usually carries its announcements, the group said the attack was revenge for Kenya's military presence in Somalia and claimed to have killed "more than 50 Kenyan crusaders". Kenyan police said the statement appeared genuine but dismissed the figure.

The Islamic State's Somalia branch, which the county commissioner had said on Friday may have been involved, said in a short message on Sunday that it had "no part" in the attack. Analysts said the denial was unusual but not surprising, as the two groups are bitter rivals in Somalia's Puntland region.

The claim came as Kenyan troops struck back. On Saturday, Kenya Defence Forces soldiers attacked an al-Shabaab hideout near Habaswein, in neighbouring Wajir County, killing six militants, a military spokesman said. He said the men had been tracked for two weeks and that the operation was not a direct response to the bombing. There was no independent confirmation.

Also on Saturday, a police bomb disposal unit destroyed an improvised explosive device buried in a culvert on the road near Garba Tula, about 110 km east of Isiolo, after herders reported seeing a freshly dug hole. The device weighed about 20 kg, police said.

Al-Shabaab has rarely struck so far from the border. The last attack it claimed in the region was in June 2022, when its fighters ambushed a police truck near Laisamis, on the highway to Marsabit, killing four police reservists.

Security analyst Halima Dido said the choice of Isiolo, a town of 60,000 where communities mix at the market and the bus park, was deliberate. "They are telling Kenyans that nowhere is too far," she said.

The bombers' families have not been identified. Police are offering a reward of 2 million shillings for information and have asked landlords in Isiolo to register tenants within 72 hours.
"""))
GOLD += [
E(12, ["two of its fighters carried out Friday's twin suicide bombing in the Kenyan town of Isiolo"],
  "SUI", "2026-08-14", "day", "Isiolo", "KE", 22, 48, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Friday's' vs Sunday 16 August -> 14 August. '22 people, counting the two bombers' -> 22 (the bombers are inside the figure); 'wounded 48' -> 48. 'said ... two of its fighters carried out' -> claimed by al-Shabaab; police dismiss only the claimant's figure ('more than 50', not used) -> claimant is perpetrator. The Islamic State Somalia branch's denial is not a claim; the commissioner's 'may have been involved' was speculation."),
E(12, ["Kenya Defence Forces soldiers attacked an al-Shabaab hideout near Habaswein"],
  "BAT", "2026-08-15", "day", "Habaswein", "KE", 6, None, "exact", "military", None, False,
  "'On Saturday' vs Sunday 16 August -> 15 August. Troops attacking a hideout -> Armed clash initiated by the military (Kenyan forces in Kenya -> 'military'). 'killing six militants' -> 6, the acting force's own and only figure. 'two weeks' is a span."),
E(12, ["a police bomb disposal unit destroyed an improvised explosive device"],
  "DWU", "2026-08-15", "day", "Garba Tula", "KE", None, None, None, "police", None, False,
  "'Also on Saturday' -> 15 August. A device destroyed on its own -> Disrupted weapons use, police. On the road near Garba Tula -> Garba Tula. 'about 110 km', 'about 20 kg' are not casualties."),
E(12, ["its fighters ambushed a police truck near Laisamis"],
  "BAT", "2022-06-01", "month", "Laisamis", "KE", 4, None, "exact", "al-Shabaab", "al-Shabaab", True,
  "'in June 2022' -> month, background. An ambush on a police truck -> Armed clash initiated by al-Shabaab, which claimed it ('The last attack it claimed'). 'killing four police reservists' -> 4. '60,000', '2 million shillings', '72 hours' are not casualties."),
]

# -------------------------------------------------------------- holdout13-013
ARTICLES.append(A(13, "en", "article", "2026-08-18T10:00:00Z",
"Isiolo: suspected facilitator detained, raids in Bula Pesa, highway blocked",
"""
ISIOLO, Aug 18 - Kenyan police have detained a man suspected of hiring the car that brought the two suicide bombers to Isiolo, and taken seven other people into custody in dawn raids, as anger over last Friday's attack spilled onto the main highway.

The suspected facilitator, a 29-year-old car broker, was detained by officers of the Anti-Terror Police Unit in Garba Tula on Sunday, police said. He is accused of renting a white saloon car for 4,500 shillings a day in the name of a dead relative.

On Monday, police raided eleven houses in Isiolo's Bula Pesa estate before dawn and took seven people into custody, among them two brothers aged 17 and 22. Officers recovered a laptop, several mobile phones and a notebook with sketches of the bus park.

In Marsabit, about 270 km to the north, a woman believed to be the wife of one of the bombers was arrested on Sunday, a police source said. She has not been charged.

A police spokesman said 63 people had been questioned since Friday and 15 others summoned to appear at Isiolo police station this week. "Being summoned does not mean being suspected," he said.

The toll from the bombing rose again on Monday when a 16-year-old schoolgirl died in hospital, bringing the number of dead to 23, the two attackers included. Forty-eight people were wounded. Al-Shabaab has said two of its fighters carried out the attack.

Anger has grown in the town. On Monday afternoon, hundreds of traders and motorcycle taxi riders blocked the Isiolo-Marsabit highway with rocks and burning tyres at the entrance to the town, demanding that the livestock market reopen under police guard and that compensation be paid to victims' families. Police fired tear gas to clear the road after about three hours. No injuries were reported.

"We are not against the police. We are against being forgotten," said Jeremiah Lokorio, 38, who runs a butchery near the bus park and lost two employees in the blast.

The county commissioner said the market would reopen on 28 August behind a new fence, with 120 more officers deployed in the town.
"""))
GOLD += [
E(13, ["last Friday's attack", "The toll from the bombing"],
  "SUI", "2026-08-14", "day", "Isiolo", "KE", 23, 48, "exact", "al-Shabaab", "al-Shabaab", False,
  "'last Friday's' vs Tuesday 18 August -> 14 August. A schoolgirl died on Monday -> 'the number of dead to 23, the two attackers included' -> 23 (bombers inside); 'Forty-eight people were wounded' -> 48 (not reduced). 'Al-Shabaab has said two of its fighters carried out the attack' -> claim -> claimant and perpetrator. '16-year-old', 'two employees' (a subset) are not separate figures."),
E(13, ["was detained by officers of the Anti-Terror Police Unit in Garba Tula on Sunday"],
  "ARR", "2026-08-16", "day", "Garba Tula", "KE", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 18 August -> 16 August. A suspected facilitator detained by the ATPU -> police (dev rule). The first sentence ('have detained a man suspected of hiring the car') is an umbrella for this and the Bula Pesa raid and is not a trigger. '29-year-old', '4,500 shillings' are not casualties."),
E(13, ["police raided eleven houses in Isiolo's Bula Pesa estate before dawn and took seven people into custody"],
  "ARR", "2026-08-17", "day", "Isiolo", "KE", None, None, None, "police", None, False,
  "'On Monday' vs Tuesday 18 August -> 17 August. Bula Pesa is an estate of Isiolo -> Isiolo. 'eleven houses', 'seven people', 'aged 17 and 22' are not casualties; the items recovered belong to the arrest."),
E(13, ["a woman believed to be the wife of one of the bombers was arrested on Sunday"],
  "ARR", "2026-08-16", "day", "Marsabit", "KE", None, None, None, "police", None, False,
  "'on Sunday' -> 16 August. 'a police source' -> police. 'about 270 km' is a distance. '63 people had been questioned' and '15 others summoned' are not arrests."),
E(13, ["hundreds of traders and motorcycle taxi riders blocked the Isiolo-Marsabit highway"],
  "PI", "2026-08-17", "day", "Isiolo", "KE", None, None, None, None, None, False,
  "'On Monday afternoon' -> 17 August. A road blockade with burning tyres cleared with tear gas -> Protest with intervention (events_holdout12 Tajerouine). 'at the entrance to the town' -> Isiolo. 'No injuries were reported' is not an explicit zero for casualties in the dev sense ('reported' = so far) -> null. 'about three hours', '38', '28 August', '120 more officers' are not casualties."),
]

# -------------------------------------------------------------- holdout13-014
ARTICLES.append(A(14, "en", "transcript", "2026-08-20T19:00:00Z",
"Evening News: Isiolo, and a longer history",
"""
ANCHOR: Good evening. Six days after last Friday's twin suicide bombing in Isiolo, the town is burying the last of its twenty-three dead, a figure that includes the two bombers. Al-Shabaab has claimed the attack. Our correspondent Daniel Ekai is in Isiolo. Daniel, what is the mood there tonight?

REPORTER (Isiolo): Tense, but calmer than at the weekend. The bus park has reopened with a metal detector at its single gate. Police told us that on Tuesday they arrested two more suspects in Merti, about 150 km east of here, a father and his son, who allegedly hid the explosive vests in a grain store. That brings to eleven the number of people held over the attack.

ANCHOR: Thank you, Daniel. With me in the studio is security analyst Fatuma Adan. Fatuma, is Isiolo a turning point?

ANALYST: It is a shift in geography, not in method. Al-Shabaab has tested this region for years. In 2018, a grenade was thrown into a bar in Maua, killing two people; nobody claimed it, and police blamed local criminals. In January 2021, al-Shabaab claimed an attack on a police camp at Banissa that killed five officers. Last August, a roadside bomb killed three police reservists on the road near Modogashe.

ANCHOR: Those were smaller attacks.

ANALYST: Smaller, yes, and in remote places. What is new is the target: a crowded market town in the centre of the country, chosen to make Kenyans feel that nowhere is safe.

ANCHOR: The police have questioned more than sixty people. Is that the right approach?

ANALYST: Questioning people is not arresting them, and it should not be reported as if it were. What matters is who built those vests. A vest of five kilos is not something you make in a kitchen.

ANCHOR: What should the government do now?

ANALYST: Pay and train the community police reservists, who are the eyes of the town. Many earn less than 10,000 shillings a month. And share information with the elders, who know who arrived last week and who did not.

ANCHOR: Fatuma Adan, thank you. The Kenya Red Cross says its tracing desk in Isiolo, on 1199, has reunited forty families with relatives who had been taken to other hospitals. We will be back after the break.
"""))
GOLD += [
E(14, ["last Friday's twin suicide bombing in Isiolo", "Al-Shabaab has claimed the attack"],
  "SUI", "2026-08-14", "day", "Isiolo", "KE", 23, None, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Six days after last Friday's' vs Thursday 20 August -> 14 August. 'twenty-three dead, a figure that includes the two bombers' -> 23. No wounded figure in this document. 'Al-Shabaab has claimed the attack' -> claimed."),
E(14, ["they arrested two more suspects in Merti"],
  "ARR", "2026-08-18", "day", "Merti", "KE", None, None, None, "police", None, False,
  "'on Tuesday' vs Thursday 20 August -> 18 August. Police arrest of a father and son. 'about 150 km' is a distance; 'eleven the number of people held' is a cumulative count, not an event."),
E(14, ["a grenade was thrown into a bar in Maua"],
  "GRN", "2018-01-01", "year", "Maua", "KE", 2, None, "exact", None, None, True,
  "'In 2018' -> year, background. A grenade -> Explosions/Remote violence / Grenade. 'killing two people' -> 2. 'police blamed local criminals' names no actor -> null."),
E(14, ["al-Shabaab claimed an attack on a police camp at Banissa"],
  "BAT", "2021-01-01", "month", "Banissa", "KE", 5, None, "exact", "al-Shabaab", "al-Shabaab", True,
  "'In January 2021' -> month, background. An attack on a police camp -> Armed clash initiated by al-Shabaab, which claimed it. 'killed five officers' -> 5."),
E(14, ["a roadside bomb killed three police reservists on the road near Modogashe"],
  "IED", "2025-08-01", "month", "Modogashe", "KE", 3, None, "exact", None, None, True,
  "'Last August' vs Thursday 20 August 2026 -> August 2025 (dev rule: 'last August' is the previous August, not the current month), month, background. A roadside bomb -> IED; no actor. 'killed three police reservists' -> 3. 'more than sixty people' questioned, 'five kilos', '10,000 shillings', '1199', 'forty families' are not casualties."),
]
