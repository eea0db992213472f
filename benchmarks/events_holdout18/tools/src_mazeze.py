"""Authoring source of benchmarks/events_holdout18 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mazeze, Mozambique cluster (holdout18-001 to 006, all English), two
suicide bombers on Saturday 14 March 2026 at two sites of one town (the
roadside market and the gate of the police post, about 300 m apart, four
minutes apart): a wire flash with a police officer's "may have been" (001), a
defence ministry press release with numbered paragraphs and the revised toll
(002), the Islamic State claim three days later that names the attack by its
place and day (003), an NGO flash update with bullet points (004), a court
story about an older bus bombing (005) and an analysis full of older attacks
(006). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout18")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout18-001
ARTICLES.append(A(1, "en", "article", "2026-03-14T14:05:00Z",
"Twin suicide blasts kill at least 11 in Mozambique's Cabo Delgado",
"""
MAZEZE, Mozambique - Two suicide bombers blew themselves up at a roadside market and a police post in the town of Mazeze, in Mozambique's northern Cabo Delgado province, on Saturday, killing at least 11 people and wounding about 25, police and hospital sources said.

The first bomber, a young man aged around 17 according to witnesses, walked into the crowded market beside the N1 highway at about 10:50 a.m. and set off explosives hidden under a sack of cassava. Roughly four minutes later a second attacker blew himself up at the gate of the police post, some 300 metres up the road, as officers ran towards the market.

"We heard the first bang and everybody ran to the police. Then the second one came," said Fatima Assane, 41, who sells dried fish at the market. Her cousin was among the wounded.

The wounded were taken by pick-up truck to the district hospital in Chiure and to Pemba, the provincial capital, about 110 km to the south-east.

Suicide attacks have been almost unknown in the nine-year insurgency in Cabo Delgado. A senior police officer in Pemba, speaking on condition of anonymity, said Islamic State's local branch "may have been" behind the attack but that it was too early to say.

On Friday night, armed men burned a chapel and abducted two women near Namanhumbir, in Montepuez district, local sources said. There was no word on the women's fate.

Mazeze, a busy stop for lorries travelling between Pemba and Nampula, has taken in several thousand people displaced from districts further north since 2020. The provincial government said schools in the town would stay closed for three days.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up at a roadside market and a police post in the town of Mazeze"],
  "SUI", "2026-03-14", "day", "Mazeze", "MZ", 11, 25, "at_least", None, None, False,
  "'on Saturday' = publication day, Saturday 14 March. Two bombers at two sites of one town (the market and the police post gate, about 300 m apart), four minutes apart -> ONE Suicide bomb event (events_holdout10 Koupela, events_holdout13 to 17). 'killing at least 11 people and wounding about 25' -> 11 killed (at_least), 25 injured (the qualifier describes killed). Islamic State 'may have been' behind it is speculation -> null. 'aged around 17', '10:50 a.m.', 'four minutes', '300 metres', '41', '110 km', 'nine-year', 'several thousand people', 'three days' are not casualties. Chiure and Pemba are hospital towns."),
E(1, ["abducted two women near Namanhumbir"],
  "ABD", "2026-03-13", "day", "Namanhumbir", "MZ", None, None, None, None, None, False,
  "'On Friday night' vs Saturday 14 March -> Friday 13 March (nights dated at their start). 'armed men' -> null. The burned chapel belongs to the same raid; one Abduction event. 'two women' are abductees, not casualties."),
]

# -------------------------------------------------------------- holdout18-002
ARTICLES.append(A(2, "en", "article", "2026-03-15T16:30:00Z",
"Ministry of National Defence press release on the Mazeze attack",
"""
MINISTRY OF NATIONAL DEFENCE - PRESS RELEASE No. 031/MDN/2026 - Maputo, 15 March 2026

1. The Ministry of National Defence informs the public that on Saturday, 14 March 2026, at about 10:50, two terrorists carrying explosive devices blew themselves up at the Mazeze market and at the entrance of the Mazeze police post, in Chiure district, Cabo Delgado province.

2. The provisional toll announced on Saturday afternoon (eleven dead) has been revised. By Saturday evening, sixteen (16) bodies had been recovered. Two (2) of the wounded died overnight at Pemba Provincial Hospital. As of 12:00 today, the toll stands at eighteen (18) dead, not including the two (2) terrorists, and thirty-one (31) wounded. Among the dead are three (3) police officers and fifteen (15) civilians, four (4) of them children.

3. Units of the Mozambique Defence Armed Forces (FADM) detained four (4) suspects at a checkpoint in Mieze on the evening of 14 March. A motorcycle and two (2) mobile phones were seized. The suspects, aged between 19 and 34, have been handed over to the investigating authorities.

4. On the morning of 15 March, a group of terrorists attacked an FADM position near Bilibiza, in Quissanga district. The attack was repelled. Five (5) terrorists were killed and one (1) soldier was wounded. Two (2) AK-47 rifles and 120 rounds of ammunition were recovered.

5. The Ministry presents its condolences to the families of the victims and wishes a swift recovery to the wounded. The Government has declared three (3) days of mourning in Cabo Delgado province.

6. The Ministry reminds the public that any information on suspicious movements may be reported free of charge, 24 hours a day, on 800 21 21 21. The Defence and Security Forces remain deployed in Chiure, Ancuabe and Metuge districts and will not rest until those responsible are brought to justice.

The Ministry will issue further information as the investigation progresses.
"""))
GOLD += [
E(2, ["two terrorists carrying explosive devices blew themselves up at the Mazeze market"],
  "SUI", "2026-03-14", "day", "Mazeze", "MZ", 20, 31, "exact", None, None, False,
  "'on Saturday, 14 March 2026' absolute. Two sites of one town -> one event. Revised toll inside the release: 'eleven dead' -> '16 bodies' -> 'Two of the wounded died overnight' -> 'eighteen (18) dead, not including the two (2) terrorists' -> 18 + 2 = 20 (the bombers added, events_holdout13 'excluding', holdout17 'not including'), exact; 'thirty-one (31) wounded' -> 31. 'three (3) police officers and fifteen (15) civilians' split the 18; 'four (4) of them children' is a subset. No group named -> null. 'No. 031', '10:50', '12:00' are not casualties."),
E(2, ["detained four (4) suspects at a checkpoint in Mieze"],
  "ARR", "2026-03-14", "day", "Mieze", "MZ", None, None, None, "military", None, False,
  "'on the evening of 14 March' absolute. FADM (the armed forces) -> 'military'. The motorcycle and 'two (2) mobile phones' belong to the arrest; 'aged between 19 and 34' are ages."),
E(2, ["a group of terrorists attacked an FADM position near Bilibiza", "The attack was repelled"],
  "BAT", "2026-03-15", "day", "Bilibiza", "MZ", 5, 1, "exact", None, None, False,
  "'On the morning of 15 March' = publication day. Unnamed 'terrorists' attack an army position -> Armed clash; the attackers are unnamed -> null. 'Five (5) terrorists were killed and one (1) soldier was wounded' -> 5 killed, 1 injured, the acting force's own figure used as the only one (events_holdout17 Ishaqi). Near a village -> the village. 'Two (2) AK-47 rifles and 120 rounds' belong to the clash; '24 hours a day' and '800 21 21 21' are not casualties."),
]

# -------------------------------------------------------------- holdout18-003
ARTICLES.append(A(3, "en", "article", "2026-03-17T09:45:00Z",
"Islamic State claims Mazeze bombing as toll reaches 21",
"""
Islamic State has claimed responsibility for Saturday's bombing in Mazeze, saying in a statement carried by its Amaq agency late on Monday that two "martyrdom seekers" from its Mozambique Province had targeted "a gathering of Christians and apostate police".

The statement said more than 60 people had been killed. Provincial health officials said the toll had reached 21, counting the two bombers, after a 52-year-old lorry driver died of his wounds in Pemba on Monday. Thirty people remain in hospital.

Police spokesman Leonel Muchina dismissed the group's figure as "propaganda" but said investigators had "no doubt" that the militants, known locally as al-Shabaab but unrelated to the Somali group of the same name, had organised the attack.

Rwandan troops, deployed in Cabo Delgado since 2021, arrested two men near Mahate, in Chiure district, on Monday, a Rwandan army spokesman said. The men, aged 23 and 29, were found with a hand-drawn map of the Mazeze market and 40,000 meticais in cash.

About 30 other people were questioned at the Mazeze police post on Sunday and sent home, Muchina said.

The claim is the first time the group has said it used suicide bombers in Mozambique. Analysts said the tactic, common in the Sahel and in Somalia, had been praised in the group's propaganda for more than a year.

The attack came days before a planned visit by the president to Chiure, which has now been postponed. Mazeze market reopened on Tuesday under army guard, with fewer than half of its 300 stalls open.
"""))
GOLD += [
E(3, ["Saturday's bombing in Mazeze", "the attack"],
  "SUI", "2026-03-14", "day", "Mazeze", "MZ", 21, None, "exact", "Islamic State", "Islamic State", False,
  "A claim published three days later that names the attack by its place and day: 'Saturday's bombing in Mazeze' vs Tuesday 17 March -> 14 March. 'Islamic State has claimed responsibility' (its 'Mozambique Province', folded into Islamic State by the dev convention) -> claimant and perpetrator. The police reject the claimant's figure ('more than 60', not used) but not its authorship. 'the toll had reached 21, counting the two bombers' -> 21 (inside), exact; the lorry driver who died on Monday raised it. 'Thirty people remain in hospital' is not the wounded total -> injured null. 'known locally as al-Shabaab' is a local name of the same militants, not the Somali group -> not coded as al-Shabaab. 'the attack' (in 'had organised the attack') names it again."),
E(3, ["arrested two men near Mahate"],
  "ARR", "2026-03-16", "day", "Mahate", "MZ", None, None, None, "Rwandan military", None, False,
  "'on Monday' vs Tuesday 17 March -> 16 March. Rwandan troops are a foreign state force -> 'Rwandan military' (dev convention '<Country adjective> military'). 'aged 23 and 29', '40,000 meticais' are not casualties. 'About 30 other people were questioned' and sent home are not arrests. '52-year-old', 'since 2021', '300 stalls' are not casualties."),
]

# -------------------------------------------------------------- holdout18-004
ARTICLES.append(A(4, "en", "article", "2026-03-19T12:00:00Z",
"Cabo Delgado Flash Update No. 3: Mazeze bombing",
"""
Issued on 19 March 2026 by the Cabo Delgado Humanitarian Forum, a network of 14 national and international NGOs. All figures are provisional.

KEY POINTS

- On 14 March, two suicide bombers struck Mazeze market and the nearby police post, minutes apart. According to the provincial health directorate, 21 people were killed, including the two attackers, and 34 were injured. Among the dead are five children.

- A woman injured in the attack died at Pemba Provincial Hospital on 18 March, bringing the toll to 22, the attackers included.

- An estimated 3,800 people (about 760 households) have left Mazeze since the attack, most of them for Metuge and Pemba. Around 60% are women and children.

- On 16 March, armed men attacked farmers in their fields near Ntchinga, in Muidumbe district, killing two and burning four houses.

- On 15 March, soldiers found and defused an improvised explosive device buried in the road near Mieze, about 2 km from an army checkpoint. The device held about 10 kg of explosives.

- On 17 March, police arrested nine people during house-to-house searches in Katapua. Partners report that about 40 others were questioned and released the same day.

- On 18 March, several hundred residents of Mazeze marched to the administrative post to demand better protection for the market and the return of a police unit withdrawn in January. The march ended peacefully.

HUMANITARIAN RESPONSE

- Two mobile clinics are operating in Mazeze; 1,200 consultations since 15 March.

- Psychosocial support has been provided to 85 children.

- Food distributions for 500 households are planned for next week.

- Funding gap: USD 2.4 million for the next 90 days.

ACCESS

- The N1 between Chiure and Mazeze is open in daylight only, with military escort from 06:00 to 17:00.

Contact: coordination desk, +258 84 300 1199.
"""))
GOLD += [
E(4, ["two suicide bombers struck Mazeze market and the nearby police post"],
  "SUI", "2026-03-14", "day", "Mazeze", "MZ", 22, 34, "exact", None, None, False,
  "'On 14 March' absolute. Two sites, minutes apart -> one event. Revised across two bullets: '21 people were killed, including the two attackers' -> a woman died on 18 March -> 'the toll to 22, the attackers included' -> 22 (inside), exact; '34 were injured' -> 34. 'five children' is a subset. The report names no claim -> null (each document stands alone). '14 national and international NGOs', '3,800 people', '760 households', '60%', '1,200', '85 children', '500 households', 'USD 2.4 million', '90 days', '06:00 to 17:00' and the phone number are not casualties."),
E(4, ["armed men attacked farmers in their fields near Ntchinga"],
  "ATK", "2026-03-16", "day", "Ntchinga", "MZ", 2, None, "exact", None, None, False,
  "'On 16 March' absolute. Unnamed 'armed men' attacking civilians -> Attack, null. 'killing two' -> 2. 'four houses' are not casualties."),
E(4, ["soldiers found and defused an improvised explosive device buried in the road near Mieze"],
  "DWU", "2026-03-15", "day", "Mieze", "MZ", None, None, None, "military", None, False,
  "'On 15 March' absolute. A device found and defused on its own -> Disrupted weapons use by the soldiers -> 'military'. 'about 2 km' is a distance, 'about 10 kg' a weight."),
E(4, ["police arrested nine people during house-to-house searches in Katapua"],
  "ARR", "2026-03-17", "day", "Katapua", "MZ", None, None, None, "police", None, False,
  "'On 17 March' absolute. 'about 40 others were questioned and released' are not arrests."),
E(4, ["several hundred residents of Mazeze marched to the administrative post"],
  "PP", "2026-03-18", "day", "Mazeze", "MZ", None, None, None, None, None, False,
  "'On 18 March' absolute. A march with a demand that 'ended peacefully' -> Peaceful protest. 'several hundred' are participants."),
]

# -------------------------------------------------------------- holdout18-005
ARTICLES.append(A(5, "en", "article", "2026-03-25T10:00:00Z",
"Pemba court jails five for 2023 bus bombing",
"""
The Cabo Delgado provincial court in Pemba on Tuesday sentenced five men to between 16 and 24 years in prison for a bomb attack on a bus near Nairoto in August 2023 that killed six passengers.

Judge Amelia Cossa said the men had planted the device, made from a gas cylinder and about 8 kg of fertiliser, on the road between Nairoto and Montepuez, and set it off with a mobile phone as the bus passed. Nine other passengers were wounded. The court found that the men belonged to the insurgent group that has fought in the province since 2017, but said the prosecution had not shown who ordered the attack.

The five were arrested by police in Mapupulo, a village in Montepuez district, in September 2023, after a tip-off from a bus company employee, who received a reward of 500,000 meticais. A sixth defendant was acquitted for lack of evidence.

Prosecutors also told the court that two of the men had taken part in an attack on a police post in Naunde in 2022 in which three officers were killed, but that charge was dropped.

Defence lawyer Rui Mabunda said he would appeal. "My clients were beaten in detention and signed statements they could not read," he said. The prosecution denied the claim.

The verdict came ten days after the March 14 twin suicide bombing in Mazeze, about 110 km from the court, which killed 22 people including the two bombers and was claimed by Islamic State. Several relatives of Mazeze victims sat in the public gallery on Tuesday.

"We want to see the same for the people who killed my brother," said Celeste Momade, 36, after the hearing. "Six years, ten years, it does not matter. We want them in front of a judge."
"""))
GOLD += [
E(5, ["a bomb attack on a bus near Nairoto"],
  "IED", "2023-08-01", "month", "Nairoto", "MZ", 6, 9, "exact", None, None, True,
  "'in August 2023' -> month, background. A device set off by mobile phone -> Remote explosive/landmine/IED. 'killed six passengers' -> 6; 'Nine other passengers were wounded' -> 9. The court names 'the insurgent group' but no name -> null. A trial and a sentence are not events (events_holdout2 convention). 'between 16 and 24 years', '8 kg', 'since 2017' are not casualties. Montepuez is a road end point."),
E(5, ["The five were arrested by police in Mapupulo"],
  "ARR", "2023-09-01", "month", "Mapupulo", "MZ", None, None, None, "police", None, True,
  "'in September 2023' -> month, background (the arrest behind the trial, named with its place and month: events_holdout2 convention). '500,000 meticais' is money."),
E(5, ["an attack on a police post in Naunde"],
  "BAT", "2022-01-01", "year", "Naunde", "MZ", 3, None, "exact", None, None, True,
  "'in 2022' -> year, background. Unnamed attackers of a police post -> Armed clash with a null initiator (events_holdout17 al-Alam, Rijau); a reader could code Attack. 'three officers were killed' -> 3. A dropped charge does not make it unreported."),
E(5, ["the March 14 twin suicide bombing in Mazeze"],
  "SUI", "2026-03-14", "day", "Mazeze", "MZ", 22, None, "exact", "Islamic State", "Islamic State", False,
  "'March 14' with no year -> publication year, 2026 (dev convention); 11 days before Wednesday 25 March -> current. 'killed 22 people including the two bombers' -> 22 (inside), exact. 'was claimed by Islamic State' -> claimant and perpetrator. 'Six years, ten years' and '36' are not casualties."),
]

# -------------------------------------------------------------- holdout18-006
ARTICLES.append(A(6, "en", "article", "2026-04-02T08:00:00Z",
"Analysis: Mazeze bombing opens a new chapter in Cabo Delgado's war",
"""
On March 14, two young men walked into the market and the police post of Mazeze and blew themselves up, minutes apart. Twenty-two people died, the attackers among them, and more than 30 were wounded. Islamic State claimed the attack two days later, calling it the work of its Mozambique Province.

The bombing was a first for Mozambique. The conflict it belongs to is not new.

Five years ago, insurgents raided the fishing village of Pangane, on the Macomia coast, burning boats and killing seven villagers. In 2023, Islamic State claimed an ambush on an army convoy near Muaguide, in Meluco district, in which nine soldiers died. In November 2024, Rwandan troops and insurgents fought for most of a day near Chibau, and the Rwandan army said afterwards that 12 insurgents had been killed. Last December, a roadside bomb hit a truck carrying maize near Lalane, killing its driver and wounding two passengers.

Those attacks followed a pattern: small groups, hit and run, far from the district capitals. Mazeze breaks it. The town sits on the N1, the main road south to Nampula and Maputo, less than two hours from Pemba by car.

The investigation has also moved closer to home. Last week, police detained a Koranic teacher in Mazeze, accused of recruiting the younger of the two bombers, a boy of about 17 who had attended his classes for a year.

Officials insist the insurgency is weaker than it was in 2021, when fighters held whole districts. By army figures, fewer than 300 fighters remain. But it takes only two to close a market, empty a town of 3,800 people and freeze a road that carries most of the province's food.
"""))
GOLD += [
E(6, ["two young men walked into the market and the police post of Mazeze and blew themselves up", "Islamic State claimed the attack"],
  "SUI", "2026-03-14", "day", "Mazeze", "MZ", 22, 30, "exact", "Islamic State", "Islamic State", False,
  "'On March 14' with no year -> 2026; 19 days before Thursday 2 April -> current. Two sites, minutes apart -> one event. 'Twenty-two people died, the attackers among them' -> 22 (inside), exact; 'more than 30 were wounded' -> 30 (the qualifier describes the exact killed figure). 'Islamic State claimed the attack' -> claimant and perpetrator."),
E(6, ["insurgents raided the fishing village of Pangane"],
  "ATK", "2021-01-01", "year", "Pangane", "MZ", 7, None, "exact", None, None, True,
  "'Five years ago' vs 2026 -> 2021, year, background. Unnamed 'insurgents' killing villagers -> Attack, null. 'killing seven villagers' -> 7. The burned boats belong to it."),
E(6, ["Islamic State claimed an ambush on an army convoy near Muaguide"],
  "BAT", "2023-01-01", "year", "Muaguide", "MZ", 9, None, "exact", "Islamic State", "Islamic State", True,
  "'In 2023' -> year, background. An ambush on soldiers -> Armed clash initiated by the ambushers; 'Islamic State claimed' -> claimant and perpetrator (initiator). 'nine soldiers died' -> 9."),
E(6, ["Rwandan troops and insurgents fought for most of a day near Chibau"],
  "BAT", "2024-11-01", "month", "Chibau", "MZ", 12, None, "exact", None, None, True,
  "'In November 2024' -> month, background. 'fought' with no side named as starting -> null initiator. 'the Rwandan army said ... 12 insurgents had been killed' -> 12, the acting force's own figure used as the only one."),
E(6, ["a roadside bomb hit a truck carrying maize near Lalane"],
  "IED", "2025-12-01", "month", "Lalane", "MZ", 1, 2, "exact", None, None, True,
  "'Last December' in an April 2026 article -> December 2025, month, background. No actor -> null. 'killing its driver and wounding two passengers' -> 1 killed, 2 injured."),
E(6, ["police detained a Koranic teacher in Mazeze"],
  "ARR", None, None, "Mazeze", "MZ", None, None, None, "police", None, False,
  "'Last week' cannot be resolved to a day -> event_date null, date_precision null (dev convention), so not background. A current arrest with its own place. 'a boy of about 17' is an age; 'for a year', 'in 2021' (no event named), 'fewer than 300 fighters', '3,800 people', 'less than two hours' are not casualties."),
]
