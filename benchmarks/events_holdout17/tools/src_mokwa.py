"""Authoring source of benchmarks/events_holdout17 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mokwa, Nigeria (Niger State) cluster (holdout17-006 to 010, all
English), two suicide bombers on Saturday 11 April 2026 at two sites of one
town (the cattle market and the motor park, about 700 m apart, about ten
minutes apart): a wire flash with an Ansaru "might be involved" (006), a
national daily's next-day report with the revised toll, arrests and an
attack on a police outpost (007), the ISWAP claim with an Ansaru denial,
published three days later under a MINNA dateline (008), a daily on arrests,
a facilitator and a raid that turns into a gunfight (009) and a radio
transcript full of older attacks (010). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout17")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout17-006
ARTICLES.append(A(6, "en", "article", "2026-04-11T16:05:00Z",
"Suicide bombers kill at least nine at Nigerian cattle market",
"""
MOKWA, Nigeria - Two suicide bombers killed at least nine people and wounded about 40 on Saturday at the cattle market and the motor park in Mokwa, a trading town in Nigeria's Niger State, police and witnesses said.

The first bomber, a boy who witnesses said was aged about 16, set off his explosives among cattle buyers at around 11:15 a.m. About ten minutes later, a second man blew himself up at the motor park, some 700 metres away, where traders were loading goods onto buses and trucks.

"We have nine dead and about 40 injured so far," said Yusuf Danladi, a police spokesman in the state. The injured were taken to the general hospital in Mokwa, and several were referred to Minna, about 200 km to the east.

Mokwa's market, one of the largest in the country, draws herders and traders from across the north and from neighbouring Benin. On a busy Saturday, more than 100 trucks leave the market loaded with cattle, goats and grain.

Nobody has claimed responsibility. A security source said fighters of Ansaru, an al-Qaeda-linked group active in the north-west, "might be involved", but stressed that investigations had just started.

In a separate attack on Friday, gunmen kidnapped 12 passengers from a bus near Bokani, on the road south of Mokwa, residents said. A ransom of N30 million has been demanded, a relative said.

The Niger State government imposed a dusk-to-dawn curfew on the town and closed the market until further notice.
"""))
GOLD += [
E(6, ["Two suicide bombers killed at least nine people and wounded about 40"],
  "SUI", "2026-04-11", "day", "Mokwa", "NG", 9, 40, "at_least", None, None, False,
  "'on Saturday' = publication day, Saturday 11 April. Two bombers at two sites of one town (the cattle market and the motor park, about 700 m apart), about ten minutes apart -> ONE Suicide bomb event (events_holdout10 Koupéla, events_holdout13 to 15). 'killed at least nine people and wounded about 40' -> 9 killed (at_least), 40 injured (the qualifier describes killed); the spokesman's 'nine dead and about 40 injured so far' says the same. Ansaru 'might be involved' is speculation -> null. 'aged about 16', '11:15 a.m.', 'ten minutes', '700 metres', '200 km', 'more than 100 trucks' are not casualties."),
E(6, ["gunmen kidnapped 12 passengers from a bus near Bokani"],
  "ABD", "2026-04-10", "day", "Bokani", "NG", None, None, None, None, None, False,
  "'on Friday' vs Saturday 11 April -> 10 April. Unnamed gunmen -> null. '12 passengers' are abductees, not casualties; 'N30 million' is money."),
]

# -------------------------------------------------------------- holdout17-007
ARTICLES.append(A(7, "en", "article", "2026-04-12T18:40:00Z",
"Mokwa attack: death toll climbs to 22, five suspects held",
"""
The death toll from Saturday's twin suicide bombing in Mokwa has risen to 22, Niger State police said on Sunday.

Police first reported nine deaths on Saturday afternoon. By nightfall, 17 bodies had been deposited at the general hospital mortuary, and three more of the wounded died overnight in Mokwa and Minna. The police now put the toll at 20 dead, not including the two bombers, and say 53 people are still receiving treatment.

The state governor, who visited the market on Sunday morning, described the attack as "an assault on the livelihood of millions" and announced N100 million for the victims' families.

Police arrested five suspects at a checkpoint in Kutigi late on Saturday, after they were found with two motorcycles and a bag of fertiliser that officers believe may be linked to the bombs. About 70 other people were questioned in Mokwa and released.

Separately, bandits attacked a police outpost in Rijau on Saturday night. Two officers and one of the attackers were killed in the exchange of fire that followed, the police said.

No group had claimed responsibility for the Mokwa attack by Sunday evening. Cattle dealers said trading would move temporarily to a field outside the town, about 3 km from the old market, from Tuesday.
"""))
GOLD += [
E(7, ["Saturday's twin suicide bombing in Mokwa", "the Mokwa attack"],
  "SUI", "2026-04-11", "day", "Mokwa", "NG", 22, 53, "exact", None, None, False,
  "'Saturday's' vs Sunday 12 April -> 11 April. Two sites of one town -> one event. Revised toll inside the report: 'nine' -> '17 bodies' -> 'three more ... died overnight' -> '20 dead, not including the two bombers' -> 20 + 2 = 22 (the lead's 'risen to 22' says the same; 'not including' adds, like 'excluding' and 'sans compter' in events_holdout13 to 15), exact. '53 people are still receiving treatment' -> 53. No claim -> null. 'N100 million', '3 km' are not casualties. 'the attack' (the governor's sentence) is left out of the triggers because the string also occurs inside 'the attackers' (Rijau)."),
E(7, ["Police arrested five suspects at a checkpoint in Kutigi"],
  "ARR", "2026-04-11", "day", "Kutigi", "NG", None, None, None, "police", None, False,
  "'late on Saturday' vs Sunday 12 April -> 11 April. Police -> 'police'. The motorcycles and fertiliser belong to the arrest. 'About 70 other people were questioned ... and released' are not arrests."),
E(7, ["bandits attacked a police outpost in Rijau", "the exchange of fire"],
  "BAT", "2026-04-11", "day", "Rijau", "NG", 3, None, "exact", None, None, False,
  "'on Saturday night' vs Sunday 12 April -> 11 April (nights dated at their start). Unnamed 'bandits' attacking a police outpost, with an exchange of fire -> Armed clash, null initiator (dev: bandits are unnamed actors; events_holdout15 Garkida). 'Two officers and one of the attackers were killed' -> 2 + 1 = 3 (all sides summed)."),
]

# -------------------------------------------------------------- holdout17-008
ARTICLES.append(A(8, "en", "article", "2026-04-14T09:15:00Z",
"ISWAP claims Mokwa bombing; Ansaru denies role",
"""
MINNA, Nigeria - Islamic State West Africa Province (ISWAP) has claimed responsibility for Saturday's bombing in Mokwa, in a statement circulated on Monday on the group's Telegram channels.

The statement, accompanied by photos of two young men holding rifles, said the "martyrdom operation" had killed more than 80 "Christians and apostate soldiers". Police in Niger State said the toll stood at 23, including the two bombers, after a woman died in hospital in Minna on Monday. A police spokesman said the group's figure was "fiction" but did not question that ISWAP had carried out the attack.

Ansaru, which a security source had said might be involved, denied any role. In a short audio message, a man who said he spoke for the group called the bombing "un-Islamic".

The Department of State Services said on Tuesday that its operatives had arrested a suspected bomb-maker in Bida on Monday. Items recovered from his house included detonators, 40 kg of ammunition-grade fertiliser and N2.5 million in cash.

ISWAP's presence in Niger State has grown since 2022, when the group claimed a bomb attack on a police checkpoint near Kuta that killed three officers. Analysts say its fighters have since moved along the forest belt that runs west towards Kainji Lake.

Traders in Mokwa said more than half of the 2,000 registered cattle dealers had not yet returned to the market.
"""))
GOLD += [
E(8, ["has claimed responsibility for Saturday's bombing in Mokwa", "the attack"],
  "SUI", "2026-04-11", "day", "Mokwa", "NG", 23, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "A claim published three days later, under a MINNA dateline, that names the attack by its place and day: 'Saturday's bombing in Mokwa' vs Tuesday 14 April -> 11 April. 'has claimed responsibility' -> claimant and perpetrator 'Islamic State West Africa Province' (dev canonical name). The police reject the claimant's figure ('more than 80', not used) but not the authorship. 'the toll stood at 23, including the two bombers' -> 23 (inside), exact; the woman who died on Monday raised it. Ansaru's denial is not a claim and sets nothing. No wounded figure. Minna is the dateline and a hospital, with no event."),
E(8, ["its operatives had arrested a suspected bomb-maker in Bida"],
  "ARR", "2026-04-13", "day", "Bida", "NG", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 14 April -> 13 April (the arrest day; the statement is on Tuesday). DSS -> 'police' (dev convention). Detonators, '40 kg' and 'N2.5 million' belong to the arrest."),
E(8, ["the group claimed a bomb attack on a police checkpoint near Kuta"],
  "IED", "2022-01-01", "year", "Kuta", "NG", 3, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", True,
  "'since 2022, when' -> 2022, year, background. 'a bomb attack on a police checkpoint' with no suicide or shelling -> Remote explosive/landmine/IED (a reader could code Attack). Claimed by ISWAP -> claimant and perpetrator. 'killed three officers' -> 3. 'the 2,000 registered cattle dealers' are not casualties; Kainji Lake is only a direction."),
]

# -------------------------------------------------------------- holdout17-009
ARTICLES.append(A(9, "en", "article", "2026-04-16T11:30:00Z",
"Troops arrest eight, kill four militants after Mokwa bombing",
"""
By our Minna correspondent

Troops on Tuesday arrested eight suspects in raids on two villages near Wushishi, as the hunt widened for the network behind last Saturday's twin suicide bombing in Mokwa, the army said.

The suspects, aged between 22 and 50, are accused of providing shelter and transport to the bombers. Soldiers recovered three motorcycles, five locally made guns and a bag of nails, an army spokesman said in a statement on Wednesday.

Police also arrested a woman in Lapai on Monday on suspicion of sewing the explosive vests. The 37-year-old tailor was picked up at her shop after a tip-off, police said.

On Wednesday, troops raided a camp in the forest near Pandogari that had been identified by one of the suspects. The militants opened fire, and in the gunfight that followed four of them were killed and one soldier was killed, the army said. Two AK-47 rifles and 150 rounds of ammunition were recovered.

The Mokwa attack, claimed by ISWAP, killed 23 people counting the two bombers. About 20 of the wounded are still in hospital.

Three men from the bombers' home area were invited for questioning on Tuesday and released the same evening. "They are not suspects," a police officer said.

The state government has announced a reward of N25 million for information leading to the arrest of the group's local commander, and a hotline, 0803 400 1122.
"""))
GOLD += [
E(9, ["last Saturday's twin suicide bombing in Mokwa", "The Mokwa attack"],
  "SUI", "2026-04-11", "day", "Mokwa", "NG", 23, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'last Saturday's' vs Thursday 16 April -> 11 April. 'killed 23 people counting the two bombers' -> 23 (inside), exact. 'About 20 of the wounded are still in hospital' is a subset of the wounded, not the wounded total -> injured null (events_holdout15 Gombi convention). 'claimed by ISWAP' -> claimant and perpetrator."),
E(9, ["Troops on Tuesday arrested eight suspects in raids on two villages near Wushishi"],
  "ARR", "2026-04-14", "day", "Wushishi", "NG", None, None, None, "military", None, False,
  "'on Tuesday' vs Thursday 16 April -> 14 April (the statement is on Wednesday). Troops -> 'military'. 'aged between 22 and 50' are ages; motorcycles, guns and nails belong to the arrest. Villages near a town -> the town."),
E(9, ["Police also arrested a woman in Lapai"],
  "ARR", "2026-04-13", "day", "Lapai", "NG", None, None, None, "police", None, False,
  "'on Monday' vs Thursday 16 April -> 13 April. A suspected facilitator arrested by police. '37-year-old' is an age."),
E(9, ["troops raided a camp in the forest near Pandogari", "the gunfight that followed"],
  "BAT", "2026-04-15", "day", "Pandogari", "NG", 5, None, "exact", "military", None, False,
  "'On Wednesday' vs Thursday 16 April -> 15 April. A raid that turns into a gunfight -> Armed clash initiated by the raiding force, troops -> 'military'. 'four of them were killed and one soldier was killed' -> 4 + 1 = 5 (all sides summed), the army's own figure. '150 rounds' is ammunition; the three men 'invited for questioning' are not arrested; 'N25 million' and the hotline are not casualties."),
]

# -------------------------------------------------------------- holdout17-010
ARTICLES.append(A(10, "en", "transcript", "2026-04-18T17:00:00Z",
"Niger Today, Mokwa community radio: a week after the bombing",
"""
PRESENTER: Good evening. It is one week today since the twin suicide bombing at the Mokwa cattle market and motor park. Our reporter Hadiza Bello has been following the story. Hadiza, what is the latest?

REPORTER: Good evening. The toll now stands at 24 dead, with the two bombers, after a young herder died in Minna on Thursday. ISWAP took credit for the attack on Monday. Yesterday, cattle dealers and traders closed their stalls and marched to the emir's palace to ask for a permanent army post at the market. It was a peaceful march, and the emir received a delegation of ten traders.

PRESENTER: And the investigation?

REPORTER: Police say the suspects arrested this week are being held in Minna. The army says about 150 people have been screened at checkpoints around the town. Screening is not arrest; almost all of them were released.

PRESENTER: Joining us is Dr Aminu Kolo, who teaches security studies in Lapai. Doctor, has Niger State seen this before?

GUEST: Not on this scale. Three years ago, a suicide bomber blew himself up at a checkpoint outside Mariga, killing four soldiers. In March 2021, bandits abducted 14 worshippers from a mosque near Lambata. And last August, the air force bombed a bandit camp near Kusherki, killing 30 fighters, according to the military.

PRESENTER: Listeners can reach us on 0805 321 7788. A caller from Bokani asks whether the highway is safe.

REPORTER: The police say patrols on the road have been doubled, with 40 more officers deployed.

PRESENTER: Thank you both. The news continues after this break.
"""))
GOLD += [
E(10, ["the twin suicide bombing at the Mokwa cattle market and motor park", "ISWAP took credit for the attack"],
  "SUI", "2026-04-11", "day", "Mokwa", "NG", 24, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'one week today' on Saturday 18 April -> 11 April. Two sites named, one event. '24 dead, with the two bombers' -> 24 (inside), exact; the herder who died on Thursday raised it. 'ISWAP took credit for the attack' -> claimant and perpetrator."),
E(10, ["cattle dealers and traders closed their stalls and marched to the emir's palace"],
  "PP", "2026-04-17", "day", "Mokwa", "NG", None, None, None, None, None, False,
  "'Yesterday' vs Saturday 18 April -> 17 April. A march with a demand that ends peacefully -> Peaceful protest. 'ten traders' are a delegation. 'the suspects arrested this week' restates the arrests of 008 and 009 with no place or day -> not coded; 'about 150 people have been screened' are not arrests."),
E(10, ["a suicide bomber blew himself up at a checkpoint outside Mariga"],
  "SUI", "2023-01-01", "year", "Mariga", "NG", 4, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. No group named -> null. 'killing four soldiers' -> 4."),
E(10, ["bandits abducted 14 worshippers from a mosque near Lambata"],
  "ABD", "2021-03-01", "month", "Lambata", "NG", None, None, None, None, None, True,
  "'In March 2021' -> month, background. Unnamed bandits -> null. '14 worshippers' are abductees."),
E(10, ["the air force bombed a bandit camp near Kusherki"],
  "AIR", "2025-08-01", "month", "Kusherki", "NG", 30, None, "exact", "military", None, True,
  "'last August' in an April 2026 programme -> August 2025, month, background. Nigerian air force -> 'military'. 'killing 30 fighters, according to the military' -> the acting force's own figure, the only one. The phone number, '40 more officers' are not casualties; Bokani and Lapai are named with no event here."),
]
