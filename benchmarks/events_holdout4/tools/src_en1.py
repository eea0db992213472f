"""Authoring source of benchmarks/events_holdout4 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Hulugho, Kenya chain (holdout4-001, 002), a radio bulletin from
Balochistan, Pakistan (003), a newest-first live blog from Herat,
Afghanistan (004), an oldest-first live blog from El Fasher, Sudan (005) and
the English roundup (006). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout4")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout4-001
ARTICLES.append(A(1, "en", "article", "2026-03-12T07:00:00Z",
"Roadside bomb kills five on Garissa border road",
"""
GARISSA, Kenya, March 12 (Wire) - Five people, three police officers and two civilians, were killed when a roadside bomb tore through a police Land Cruiser on the road between Hulugho and Ijara in Kenya's Garissa County on Tuesday, police said. Four other passengers were wounded and flown to Garissa.

The vehicle, one of two escorting a water tanker, struck the device at about 9:30 a.m., roughly 18 km south of Hulugho, said county police commander Joseph Kiprono. "The blast lifted the vehicle off the ground. The officers had served here for less than six months," he said. One of the dead civilians was the tanker's 26-year-old driver.

Al-Shabaab claimed responsibility for the bombing on Wednesday in a statement read on its radio station, saying it had killed 11 Kenyan soldiers. Police said no soldiers were in the convoy.

On Wednesday evening, police arrested four men in a raid on a house in Garissa town and seized two rifles, 300 rounds of ammunition and a roll of detonating cord. A fifth man escaped, police said.

Separately, gunmen abducted three quarry workers near Ijara late on Wednesday. No one has claimed the abduction, and the workers' employer said no ransom had been demanded.

The bombing was the 14th attack with explosives in the county this year, according to a tally kept by a Garissa-based rights group. In 2019, a bomb hidden under a police post in Dadaab killed six officers and wounded nine.

The government said it would send 200 more officers to the border and reopen the Hulugho police post, which has been closed since 2023.
"""))
GOLD += [
E(1, ["a roadside bomb tore through a police Land Cruiser", "struck the device", "The blast lifted the vehicle", "responsibility for the bombing", "The bombing was the 14th attack"],
  "IED", "2026-03-10", "day", "Hulugho", "KE", 5, 4, "exact", "al-Shabaab", "al-Shabaab", False,
  "'on Tuesday' vs Thursday 12 March -> 10 March. 'three police officers and two civilians' = 5. Road between Hulugho and Ijara -> first-named place Hulugho. Claimed by al-Shabaab; its '11 Kenyan soldiers' is a claimant's toll and not used. '9:30', '18 km', 'six months', '26-year-old' (one of the five), '14th attack' (cumulative), '200 more officers' are distractors."),
E(1, ["police arrested four men in a raid on a house in Garissa town"],
  "ARR", "2026-03-11", "day", "Garissa", "KE", None, None, None, "police", None, False,
  "'On Wednesday evening' -> 11 March. Rifles, rounds and cord seized belong to the arrest. 'A fifth man escaped' is not an arrest."),
E(1, ["gunmen abducted three quarry workers near Ijara", "claimed the abduction"],
  "ABD", "2026-03-11", "day", "Ijara", "KE", None, None, None, None, None, False,
  "'late on Wednesday' -> 11 March. 'No one has claimed' -> unclaimed, unnamed gunmen -> null. 'three' are abductees, not casualties."),
E(1, ["a bomb hidden under a police post in Dadaab"],
  "IED", "2019-01-01", "year", "Dadaab", "KE", 6, 9, "exact", None, None, True,
  "'In 2019' -> year. No actor named."),
]

# --------------------------------------------------------------- holdout4-002
ARTICLES.append(A(2, "en", "article", "2026-03-16T09:15:00Z",
"Garissa bomb toll rises to seven; troops say nine militants killed",
"""
GARISSA, Kenya, March 16 (Wire) - The death toll from last Tuesday's roadside bombing near Hulugho rose to seven on Sunday after two wounded officers died in hospital in Nairobi, up from the earlier figure of five, police said on Monday. The two other wounded passengers are recovering in Garissa.

Kenyan troops and police raided a militant camp in the bush north-east of Hulugho on Saturday, and nine al-Shabaab fighters were killed in a gunfight that lasted about three hours, the Kenya Defence Forces said. Two soldiers were slightly wounded. The army said it had recovered five AK-47 rifles, a mortar tube and 40 litres of fuel.

The three quarry workers abducted near Ijara last Wednesday were released on Saturday after clan elders intervened, a local administrator said. He would not say whether money changed hands. The men, aged 22, 31 and 47, said they had been held in a forest and walked for two days.

On Friday, about 300 residents of Garissa marched to the county commissioner's office to demand more protection on the border roads. The march, led by women carrying the photographs of the dead driver and officers, ended peacefully after two hours.

The Hulugho road has been bombed before. In June 2025, a similar device killed four officers near Ijara, and the road was closed to civilian traffic for 40 days.

Residents said the militants often cross from Somalia, which lies less than 20 km from Hulugho. Police have asked anyone with information to call 0800 722 203.
"""))
GOLD += [
E(2, ["last Tuesday's roadside bombing near Hulugho"],
  "IED", "2026-03-10", "day", "Hulugho", "KE", 7, 2, "exact", None, None, False,
  "Follow-up of holdout4-001. 'last Tuesday's' vs Monday 16 March -> 10 March. 'rose to seven ... up from the earlier figure of five' -> 7. The two who died in hospital are in the seven, so the injured are 'The two other wounded passengers' -> 2. This document names no actor and no claim -> null."),
E(2, ["Kenyan troops and police raided a militant camp", "a gunfight that lasted about three hours"],
  "BAT", "2026-03-14", "day", "Hulugho", "KE", 9, 2, "exact", "military", None, False,
  "'on Saturday' -> 14 March. The troops raided -> initiator military (soldiers lead the joint raid). Only figures: the army's nine fighters killed, two soldiers wounded. 'north-east of Hulugho' -> Hulugho. Rifles, mortar tube, '40 litres', 'three hours' are distractors."),
E(2, ["The three quarry workers abducted near Ijara last Wednesday"],
  "ABD", "2026-03-11", "day", "Ijara", "KE", None, None, None, None, None, False,
  "'last Wednesday' vs Monday 16 March -> 11 March. The release is not an event. Ages '22, 31 and 47' and 'two days' are distractors."),
E(2, ["about 300 residents of Garissa marched to the county commissioner's office", "The march, led by women"],
  "PP", "2026-03-13", "day", "Garissa", "KE", None, None, None, None, None, False,
  "'On Friday' -> 13 March. 'about 300' are participants. Ended peacefully."),
E(2, ["a similar device killed four officers near Ijara"],
  "IED", "2025-06-01", "month", "Ijara", "KE", 4, None, "exact", None, None, True,
  "'In June 2025' -> month. '40 days' (road closure), '20 km' and the phone number are distractors."),
]

# --------------------------------------------------------------- holdout4-003
ARTICLES.append(A(3, "en", "transcript", "2026-04-24T07:00:00Z",
"Morning bulletin: Nushki camp attack",
"""
PRESENTER: Good morning, it's seven o'clock. Our top story: thirty-four people are dead after fighters attacked a paramilitary camp in Nushki, in Pakistan's Balochistan province, overnight. I'm joined by our correspondent Sana Baloch in Quetta. Sana, what do we know?

SANA BALOCH: Well, um, the attack began at about, uh, eleven p.m. last night, on Thursday. Officials say a group of fighters rammed the gate with a pickup and then, uh, stormed the Frontier Corps camp. The fighting went on for nearly four hours. The interior ministry says twelve soldiers and twenty-two of the attackers were killed, so thirty-four dead in total, and nineteen people were wounded, some of them, um, civilians from the houses next to the camp.

PRESENTER: And who's behind it?

SANA BALOCH: The Baloch Liberation Army claimed it within hours. Their statement says they killed, uh, more than sixty soldiers, which officials call nonsense. The BLA has attacked this camp before. Three years ago it, um, it set off a car bomb at the same gate and seven people died.

PRESENTER: Is there anything else from the province this morning?

SANA BALOCH: Yes, two things. In Panjgur, someone threw a grenade into a mobile phone shop on Wednesday afternoon. Nobody was hurt, the shop was empty. And, um, the Counter Terrorism Department says it arrested five suspects in Zhob on Tuesday, with, uh, two suicide vests and about a hundred and fifty detonators.

PRESENTER: And the sit-in in Dalbandin?

SANA BALOCH: It's still going on. Families of missing men have blocked the highway at Dalbandin since Monday, about eight hundred people, and they say they won't leave until the men are produced in court. It has been peaceful.

PRESENTER: Sana Baloch in Quetta, thank you.
"""))
GOLD += [
E(3, ["fighters attacked a paramilitary camp in Nushki", "the attack began", "stormed the Frontier Corps camp", "The fighting went on"],
  "BAT", "2026-04-23", "day", "Nushki", "PK", 34, 19, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'last night, on Thursday' vs Friday 24 April -> 23 April. An assault on a camp whose soldiers fought for four hours -> Armed clash initiated by the attackers. 'twelve soldiers and twenty-two of the attackers' = 34 (all sides). Claimed by 'The Baloch Liberation Army' -> canonical Balochistan Liberation Army; its 'more than sixty' is a claimant's toll. 'eleven p.m.', 'four hours' are distractors."),
E(3, ["it set off a car bomb at the same gate"],
  "IED", "2023-01-01", "year", "Nushki", "PK", 7, None, "exact", "Balochistan Liberation Army", None, True,
  "'Three years ago' vs 2026 -> 2023, year. The correspondent states the BLA did it ('it set off'), no claim mentioned -> perpetrator set, claimed_by null."),
E(3, ["someone threw a grenade into a mobile phone shop"],
  "GRN", "2026-04-22", "day", "Panjgur", "PK", 0, 0, "exact", None, None, False,
  "'on Wednesday afternoon' vs Friday 24 April -> 22 April. 'Nobody was hurt' -> 0/0."),
E(3, ["the Counter Terrorism Department says it arrested five suspects in Zhob"],
  "ARR", "2026-04-21", "day", "Zhob", "PK", None, None, None, "police", None, False,
  "'on Tuesday' -> 21 April. CTD -> police. 'two suicide vests', 'about a hundred and fifty detonators' belong to the arrest."),
E(3, ["the sit-in in Dalbandin", "Families of missing men have blocked the highway at Dalbandin"],
  "PP", "2026-04-20", "day", "Dalbandin", "PK", None, None, None, None, None, False,
  "Ongoing sit-in 'since Monday' -> dated at its start, 20 April. The presenter's cue 'the sit-in in Dalbandin' clearly names it. 'about eight hundred people' are participants. Peaceful."),
]

# --------------------------------------------------------------- holdout4-004
ARTICLES.append(A(4, "en", "article", "2026-05-15T14:30:00Z",
"LIVE: Bombing at Herat mosque during Friday prayers",
"""
Live updates. All times local (UTC+4:30). Newest first.

18:50 - The toll has climbed to 23 dead and 41 wounded, the Taliban's provincial spokesman Mawlawi Hamidullah says, up from 17 this afternoon. Six of the wounded are in critical condition at Herat regional hospital.

18:05 - The Taliban's intelligence service says it has detained three men in Herat city in connection with the mosque bombing. It gives no names. Earlier today its fighters defused a second device, a bag with about eight kilos of explosives, outside a school 300 metres from the mosque. Nobody was hurt there.

17:10 - Islamic State Khorasan, the group's regional branch, has claimed the attack on its Amaq channel. The claim says a "martyr" detonated his vest among the worshippers.

16:00 - A health official tells us 17 people have died, among them a 12-year-old boy, and more than 30 were wounded.

14:20 - At least nine people were killed, according to a shopkeeper who helped carry the wounded to taxis. We cannot confirm the figure.

13:40 - A witness says the bomber walked in with the worshippers at about 1:15 p.m. and blew himself up near the front rows. The mosque holds about 600 people on a Friday.

13:30 - A loud explosion has been heard at a Shia mosque in Herat's Jebrael area during Friday prayers.

Background: this is the second deadly bombing in Afghanistan in five weeks. Last month, a bomb under a minibus seat killed four passengers in Faizabad, in Badakhshan. Nobody claimed that attack.
"""))
GOLD += [
E(4, ["The toll has climbed to 23 dead", "the mosque bombing", "has claimed the attack on its Amaq channel", "detonated his vest among the worshippers", "the bomber walked in with the worshippers", "blew himself up near the front rows", "A loud explosion has been heard at a Shia mosque"],
  "SUI", "2026-05-15", "day", "Herat", "AF", 23, 41, "exact", "Islamic State", "Islamic State", False,
  "Newest-first blog: the final figure is in the top entry, 23 dead and 41 wounded (up from 17, 'at least nine' earlier). Claimed by Islamic State Khorasan -> Islamic State. Jebrael is an area of Herat city -> Herat. 'Six ... critical', '12-year-old' (one of the dead), '1:15 p.m.', 'about 600 people', timestamps are distractors."),
E(4, ["it has detained three men in Herat city"],
  "ARR", "2026-05-15", "day", "Herat", "AF", None, None, None, "Taliban", None, False,
  "The Taliban's intelligence service -> Taliban (dev rule). 'three' are arrestees."),
E(4, ["its fighters defused a second device"],
  "DWU", "2026-05-15", "day", "Herat", "AF", 0, 0, "exact", "Taliban", None, False,
  "'Earlier today' -> 15 May. 'Nobody was hurt there' -> 0/0. 'about eight kilos', '300 metres' are distractors."),
E(4, ["a bomb under a minibus seat killed four passengers in Faizabad", "claimed that attack"],
  "IED", "2026-04-01", "month", "Faizabad", "AF", 4, None, "exact", None, None, True,
  "'Last month' vs 15 May -> April, month precision -> 44 days, background. 'Nobody claimed' -> null. 'five weeks' is a span."),
]

# --------------------------------------------------------------- holdout4-005
ARTICLES.append(A(5, "en", "article", "2026-06-14T13:20:00Z",
"As it happened: RSF shelling hits El Fasher market",
"""
Live coverage of Sunday's shelling of El Fasher, North Darfur. Times are local (UTC+2). Oldest entries first.

07:40 - Shells have struck the Naivasha market in El Fasher as traders were setting up. A volunteer with the city's emergency response room says six people were killed.

08:25 - The emergency room says the shells were fired by the Rapid Support Forces from positions east of the city, which the RSF has held since it captured the area last year. The RSF has not commented.

09:30 - The toll has risen to 11, a medic at the Saudi hospital tells us. The hospital has only two working operating theatres and about 40 beds.

11:05 - Separately, a drone of unknown origin hit a water point in Tawila, some 60 km west of El Fasher, killing three women who were queuing with their jerrycans. Tawila hosts hundreds of thousands of displaced people.

12:15 - The Sudanese army says its aircraft struck RSF positions near Mellit this morning. It gives no casualty figures.

13:10 - The latest toll from the market is 16 dead and 38 wounded, among them 9 children, according to the emergency room. Volunteers say about 20 stalls burned down.

13:15 - A reminder of the scale: aid groups say at least 1,500 civilians were killed in North Darfur in the first five months of this year. We will keep updating this page.
"""))
GOLD += [
E(5, ["Sunday's shelling of El Fasher", "Shells have struck the Naivasha market in El Fasher", "the shells were fired by the Rapid Support Forces"],
  "SHL", "2026-06-14", "day", "El Fasher", "SD", 16, 38, "exact", "Rapid Support Forces", None, False,
  "Oldest-first blog: the final figure is in the last toll entry, 16 dead and 38 wounded (6 -> 11 -> 16). The emergency room states the RSF fired the shells, and the RSF 'has not commented' (no denial) -> perpetrator Rapid Support Forces. Sunday 14 June is the publication day. '9 children' is a subset; 'about 20 stalls', 'two ... theatres', 'about 40 beds', '1,500 civilians' (cumulative) are distractors."),
E(5, ["a drone of unknown origin hit a water point in Tawila"],
  "AIR", "2026-06-14", "day", "Tawila", "SD", 3, None, "exact", None, None, False,
  "'Separately' on the blog's day -> 14 June. 'of unknown origin' -> null. '60 km', 'hundreds of thousands' of displaced are distractors."),
E(5, ["its aircraft struck RSF positions near Mellit"],
  "AIR", "2026-06-14", "day", "Mellit", "SD", None, None, None, "military", None, False,
  "'this morning' -> 14 June. The Sudanese army -> military. No figures."),
]

# --------------------------------------------------------------- holdout4-006
ARTICLES.append(A(6, "en", "article", "2026-07-09T05:00:00Z",
"Security digest, July 9",
"""
Our daily round-up of security incidents. Each item comes from local officials or our correspondents.

PHILIPPINES - Soldiers raided an Abu Sayyaf hideout outside Lamitan, on Basilan island, on Tuesday, and two soldiers and three gunmen were killed in the firefight, the army's 101st Brigade said. Troops recovered an M60 machine gun and 12 grenades.

THAILAND - A roadside bomb hit a ranger patrol on a rubber plantation road in Yala province's Bannang Sata district on Wednesday, wounding four rangers. No one was killed. The army blamed insurgents, without naming a group. It was the 31st bomb in the three southern provinces this year, police said.

ETHIOPIA - Fano militiamen stormed a police station in Gondar on Monday night and freed about 70 prisoners, regional officials said. At least nine people were killed in the fighting, most of them police officers. Internet access in the city was cut on Tuesday.

IRAQ - Counter-terrorism forces arrested six Islamic State suspects in a dawn raid in Tarmiyah, north of Baghdad, yesterday, the Iraqi interior ministry said, and seized a sniper rifle and three explosive belts.

PAKISTAN - A drone strike on a house in Wana, South Waziristan, on Sunday killed a woman and her three children, relatives said. Nobody has claimed the strike. Hundreds of tribesmen blocked the Wana bazaar road on Monday with the four coffins, and the protest ended peacefully that evening.

SOMALIA - Al-Shabaab fighters fired six mortar shells at the airstrip in Hudur, in the Bakool region, on Wednesday evening. There were no casualties, the district commissioner said, but one shell set fire to a fuel store.
"""))
GOLD += [
E(6, ["Soldiers raided an Abu Sayyaf hideout outside Lamitan", "the firefight"],
  "BAT", "2026-07-07", "day", "Lamitan", "PH", 5, None, "exact", "military", None, False,
  "Digest dated Thursday 9 July; 'on Tuesday' -> 7 July. Soldiers raided -> initiator military. 'two soldiers and three gunmen' = 5. '101st', 'M60', '12 grenades' are distractors."),
E(6, ["A roadside bomb hit a ranger patrol"],
  "IED", "2026-07-08", "day", "Bannang Sata", "TH", 0, 4, "exact", None, None, False,
  "'on Wednesday' -> 8 July. 'No one was killed' -> 0; four wounded. The district is the most specific place named (no town). 'insurgents' unnamed -> null. '31st bomb' is cumulative."),
E(6, ["Fano militiamen stormed a police station in Gondar", "the fighting"],
  "BAT", "2026-07-06", "day", "Gondar", "ET", 9, None, "at_least", "Fano", None, False,
  "'on Monday night' -> 6 July. Regional officials state it as fact -> perpetrator Fano (new canonical name). An assault on a police station with fighting -> Armed clash initiated by Fano. 'about 70 prisoners' freed are not casualties."),
E(6, ["Counter-terrorism forces arrested six Islamic State suspects"],
  "ARR", "2026-07-08", "day", "Tarmiyah", "IQ", None, None, None, "police", None, False,
  "'yesterday' -> 8 July. Counter-terrorism forces of the interior ministry -> police. Weapons seized belong to the arrest."),
E(6, ["A drone strike on a house in Wana", "claimed the strike"],
  "AIR", "2026-07-05", "day", "Wana", "PK", 4, None, "exact", None, None, False,
  "'on Sunday' -> 5 July. 'a woman and her three children' = 4. Unclaimed, no actor named -> null."),
E(6, ["Hundreds of tribesmen blocked the Wana bazaar road"],
  "PP", "2026-07-06", "day", "Wana", "PK", None, None, None, None, None, False,
  "'on Monday' -> 6 July. A road blockade with coffins that 'ended peacefully' -> Peaceful protest. 'Hundreds', 'four coffins' are not casualties."),
E(6, ["Al-Shabaab fighters fired six mortar shells at the airstrip in Hudur"],
  "SHL", "2026-07-08", "day", "Hudur", "SO", 0, 0, "exact", "al-Shabaab", None, False,
  "'on Wednesday evening' -> 8 July. 'There were no casualties' -> 0/0. 'six mortar shells' are munitions."),
]
