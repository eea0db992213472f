"""Authoring source of benchmarks/events_holdout16 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Aybak, Afghanistan cluster (holdout16-007 to 011, all English),
two bombers on Thursday 14 May 2026 at two sites of one town (the gate of
the provincial police headquarters and the money-changers' market, about
400 m apart, seven minutes apart): a wire flash (007), a next-day report
with the revised toll and a protest dispersed with shots in the air (008),
the Islamic State claim, a National Resistance Front denial and arrests by
the Taliban (009), a question-and-answer explainer with older attacks (010)
and a radio transcript (011). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout16")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout16-007
ARTICLES.append(A(7, "en", "article", "2026-05-14T08:00:00Z",
"Twin suicide blasts hit Aybak, at least nine dead",
"""
AYBAK, Afghanistan, May 14 – At least nine people were killed and more than 20 wounded on Thursday when two suicide bombers blew themselves up in the centre of Aybak, the capital of Samangan province, local officials said.

The first bomber detonated his explosives at the gate of the provincial police headquarters at around 9:30 am, a Taliban police spokesman said. Seven minutes later, a second attacker struck in the crowded money-changers' market about 400 metres away, as people were running from the first blast.

"Most of the victims are civilians, shopkeepers and people who had come to change money before the holidays," said a shopkeeper, 38, who was treated for shrapnel wounds. Ambulances took the wounded to the provincial hospital, and some were driven to Mazar-i-Sharif, 120 km to the north.

The Taliban's provincial spokesman said it was too early to say who was responsible. "The remnants of the National Resistance Front may have been behind it," he said, adding that the movement's fighters had been seen in the mountains to the east.

Separately, Taliban forces said they had defused a landmine buried on the road to Khulm on Wednesday, after a shepherd reported freshly dug earth beside the asphalt.

Aybak, a town of around 50,000 people on the main highway between Kabul and the north, has been relatively quiet since 2021. The provincial hospital has 150 beds and two surgeons.

Reporting by a stringer in Aybak; editing by the Kabul desk.
"""))
GOLD += [
E(7, ["two suicide bombers blew themselves up in the centre of Aybak"],
  "SUI", "2026-05-14", "day", "Aybak", "AF", 9, 20, "at_least", None, None, False,
  "'on Thursday' = publication day, 14 May. Two bombers at two sites of one town (the police headquarters gate and the money-changers' market, about 400 m, seven minutes) -> ONE Suicide bomb event (events_holdout10 Koupela, events_holdout14). 'At least nine' -> 9, at_least; 'more than 20 wounded' -> 20 (the qualifier describes killed). 'may have been behind it' is speculation -> null. '9:30 am', '400 metres', '38', '120 km', '50,000 people', '150 beds' are not casualties."),
E(7, ["Taliban forces said they had defused a landmine buried on the road to Khulm"],
  "DWU", "2026-05-13", "day", "Khulm", "AF", None, None, None, "Taliban", None, False,
  "'on Wednesday' vs Thursday 14 May -> 13 May. A landmine defused on its own -> Disrupted weapons use; the Taliban as de facto authorities -> 'Taliban' (dev). 'the road to Khulm' -> Khulm, the only place the road names. No casualty statement -> null."),
]

# -------------------------------------------------------------- holdout16-008
ARTICLES.append(A(8, "en", "article", "2026-05-15T10:30:00Z",
"Aybak toll rises to 21; protest outside governor's office dispersed",
"""
AYBAK – The toll from Thursday's twin suicide bombing in the northern city of Aybak rose through the night, from 13 dead to 17, as doctors at the provincial hospital lost patient after patient with burns and blast injuries.

On Friday morning, the hospital's director said 19 people had died, not counting the two bombers, and 46 had been wounded. Eight of the wounded remain in intensive care in Mazar-i-Sharif. Among the dead are three Taliban policemen and a 10-year-old boy who sold bottled water in the market.

After Friday prayers, about 300 money-changers and shopkeepers marched from the market to the governor's office in Aybak, demanding that the police headquarters be moved out of the city centre. Taliban guards fired into the air to disperse them when they tried to push through the gate. No one was hurt, witnesses said.

The market, which handles most of the province's currency trade, will stay closed until Sunday. Traders estimated their losses at 2 million afghanis.

Funerals were held throughout Friday in Aybak and the surrounding villages, some of them in the rain. Many families buried their dead within hours, as custom requires.

No group has claimed responsibility. Islamic State's regional branch has carried out most large suicide attacks in Afghanistan since 2021, but a Taliban official said on Thursday that the National Resistance Front may have been involved.

The Taliban's deputy interior minister arrived in Aybak on Friday afternoon and promised "severe punishment" for those behind the attack.
"""))
GOLD += [
E(8, ["Thursday's twin suicide bombing in the northern city of Aybak", "No group has claimed responsibility"],
  "SUI", "2026-05-14", "day", "Aybak", "AF", 21, 46, "exact", None, None, False,
  "'Thursday's' vs Friday 15 May -> 14 May. Two sites, one event. Revised toll inside the report: 13 -> 17 -> '19 people had died, not counting the two bombers' -> 19 + 2 = 21 (events_holdout12/13/14), exact; '46 had been wounded' -> 46. No claim; the NRF is speculation ('may have been involved') -> null. 'Eight of the wounded', 'three Taliban policemen' are subsets; '10-year-old' an age."),
E(8, ["about 300 money-changers and shopkeepers marched from the market to the governor's office in Aybak", "Taliban guards fired into the air to disperse them"],
  "PI", "2026-05-15", "day", "Aybak", "AF", 0, 0, "exact", None, None, False,
  "'After Friday prayers' = publication day, Friday 15 May. A march dispersed by guards firing into the air -> Protest with intervention (events_holdout14 Khoms sit-in). 'No one was hurt' is an explicit zero -> 0/0, exact (dev). 'about 300' are participants; '2 million afghanis' is money. Funerals are not coded."),
]

# -------------------------------------------------------------- holdout16-009
ARTICLES.append(A(9, "en", "article", "2026-05-16T08:00:00Z",
"Islamic State claims Aybak bombing; Taliban detain six",
"""
AYBAK – Islamic State's Khorasan Province (ISKP) has claimed responsibility for Thursday's twin suicide bombing in Aybak, which killed 21 people including the two bombers.

The claim, published by the group's Amaq news agency on Friday evening, named the two attackers and said more than 50 "Taliban apostates" had been killed. A Taliban government spokesman dismissed the figure as "lies" but did not contest the claim itself.

The National Resistance Front, an anti-Taliban armed group that a Taliban official had said may have been involved, denied any role in a post on social media, calling the bombing "a crime against our own people".

The Taliban's intelligence directorate said its agents had detained six suspects in Aybak on Friday, including a man who rented a room to the bombers. On Thursday night, a suspected facilitator, a 31-year-old shopkeeper accused of storing explosives, was arrested by Taliban intelligence in Dara-i-Suf, about 90 km south of the city.

About forty money-changers were summoned for questioning on Friday and allowed to go home, traders said.

Samangan's governor said security at the police headquarters would be reviewed and that 25 new checkpoints would be set up on the roads into Aybak within two weeks.

The bombing was the deadliest in northern Afghanistan this year, according to a tally by a Kabul-based research group, which counts 14 attacks in the region since January.
"""))
GOLD += [
E(9, ["has claimed responsibility for Thursday's twin suicide bombing in Aybak"],
  "SUI", "2026-05-14", "day", "Aybak", "AF", 21, None, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Saturday 16 May -> 14 May. '21 people including the two bombers' -> 21 (inside). 'Islamic State's Khorasan Province (ISKP) has claimed responsibility' -> 'Islamic State' (dev: every branch except ISWAP); the Taliban reject its figure ('more than 50', not used) but not the claim -> perpetrator. The NRF's denial is not a claim. No wounded figure here."),
E(9, ["its agents had detained six suspects in Aybak"],
  "ARR", "2026-05-15", "day", "Aybak", "AF", None, None, None, "Taliban", None, False,
  "'on Friday' vs Saturday 16 May -> 15 May. The Taliban's intelligence directorate -> 'Taliban' (dev: including their intelligence service)."),
E(9, ["a suspected facilitator, a 31-year-old shopkeeper accused of storing explosives, was arrested by Taliban intelligence in Dara-i-Suf"],
  "ARR", "2026-05-14", "day", "Dara-i-Suf", "AF", None, None, None, "Taliban", None, False,
  "'On Thursday night' vs Saturday 16 May -> 14 May (Thursday night is Thursday, dev). '31-year-old' is an age, '90 km' a distance. 'About forty money-changers were summoned for questioning' are not arrests; '25 new checkpoints', '14 attacks ... since January' (a tally) are not events or casualties."),
]

# -------------------------------------------------------------- holdout16-010
ARTICLES.append(A(10, "en", "article", "2026-05-18T06:00:00Z",
"Explainer: What we know about the Aybak twin bombing",
"""
Q: What happened?

A: On Thursday, May 14, two suicide bombers struck the centre of Aybak, the capital of Samangan province, within seven minutes of each other: the first at the gate of the police headquarters, the second in the money-changers' market about 400 metres away.

Q: How many people died?

A: The provincial health department's latest figure, given on Sunday, is 22 dead, including the two bombers, after a wounded boy died in Mazar-i-Sharif. Forty-six people were wounded.

Q: Who was behind it?

A: Islamic State's Khorasan branch claimed it on Friday. The National Resistance Front, which a Taliban official had named as a possible culprit, denied any role.

Q: Has anyone been arrested?

A: Yes. Nine people are now in custody, the Taliban say, among them two men in their twenties arrested in Khulm on Sunday, who are accused of driving the bombers from the border.

Q: Has Samangan been attacked before?

A: Rarely. In 2019, a car bomb outside a bank in Hazrat Sultan killed five people. Last September, gunmen shot dead three labourers from the Hazara minority near Ruy Duab; the Taliban blamed Islamic State.

Q: Is this part of a wider pattern?

A: Islamic State has claimed fewer attacks since 2023, but bigger ones. In 2024, it claimed a suicide bombing at a bus station in Qalat, in Zabul province, in which seven people were killed.

Q: What happens next?

A: The Taliban have promised to move the police headquarters out of the centre. Traders want compensation; the governor has offered 50,000 afghanis per family and a year's exemption from market fees.
"""))
GOLD += [
E(10, ["two suicide bombers struck the centre of Aybak"],
  "SUI", "2026-05-14", "day", "Aybak", "AF", 22, 46, "exact", "Islamic State", "Islamic State", False,
  "'On Thursday, May 14' -> 14 May (4 days before Monday 18 May). Two sites, one event. A wounded boy died -> '22 dead, including the two bombers' -> 22 (inside); 'Forty-six people were wounded' -> 46 (not reduced by the later death). 'Islamic State's Khorasan branch claimed it' -> 'Islamic State'; the NRF denial is not a claim."),
E(10, ["two men in their twenties arrested in Khulm on Sunday"],
  "ARR", "2026-05-17", "day", "Khulm", "AF", None, None, None, "Taliban", None, False,
  "'on Sunday' vs Monday 18 May -> 17 May. Arrested by the Taliban ('the Taliban say') -> 'Taliban'. 'Nine people are now in custody' is a cumulative count, not an event; 'in their twenties' are ages."),
E(10, ["a car bomb outside a bank in Hazrat Sultan killed five people"],
  "IED", "2019-01-01", "year", "Hazrat Sultan", "AF", 5, None, "exact", None, None, True,
  "'In 2019' -> year, background. A car bomb with no suicide attacker named -> Remote explosive/landmine/IED (events_test Guayaquil rule). No actor."),
E(10, ["gunmen shot dead three labourers from the Hazara minority near Ruy Duab"],
  "ATK", "2025-09-01", "month", "Ruy Duab", "AF", 3, None, "exact", "Islamic State", None, True,
  "'Last September' in a May 2026 article -> September 2025, month, background. 'the Taliban blamed Islamic State' is an attribution by the authorities stated as fact (dev: 'the army blamed the RSF') -> perpetrator 'Islamic State', claimed_by null."),
E(10, ["it claimed a suicide bombing at a bus station in Qalat"],
  "SUI", "2024-01-01", "year", "Qalat", "AF", 7, None, "exact", "Islamic State", "Islamic State", True,
  "'In 2024' -> year, background. 'it claimed' (Islamic State) -> claimant and perpetrator. 'seven people were killed' -> 7 as written. '50,000 afghanis' is money."),
]

# -------------------------------------------------------------- holdout16-011
ARTICLES.append(A(11, "en", "transcript", "2026-05-21T14:30:00Z",
"Northern Hour: one week after the Aybak bombing",
"""
PRESENTER: Good evening, this is Northern Hour. One week ago today, two suicide bombers attacked the centre of Aybak. Our correspondent in Samangan, Farid, joins us on the line. Farid, what is the latest?

CORRESPONDENT: Good evening. The toll has not changed since Sunday: 22 dead, the two bombers among them, and 46 wounded. Islamic State, which claimed the attack, put out a video on Tuesday, but the Taliban say the footage is old. And there was fighting on Tuesday. Taliban forces raided a hideout in the hills near Hazrat Sultan before dawn. They say four Islamic State fighters were killed, and one of their own men also died.

PRESENTER: Was anyone captured?

CORRESPONDENT: They say no. They say they found a workshop with 30 kilos of ammonium nitrate and two motorcycles being fitted with explosives.

PRESENTER: Thank you, Farid. With me in the studio is a security researcher, Dr Nasrin Habibi. Dr Habibi, is Samangan becoming a target?

GUEST: It always was, but people forget quickly. In 2018, a suicide bomber killed eight people at a bus station in Zaranj, on the Iranian border, and the north felt far away from that. But the same networks move fighters through the north. And four years ago, a roadside bomb hit a minibus of students near Kishim, in Badakhshan, killing six.

PRESENTER: What should the authorities do?

GUEST: Fewer checkpoints in the city, more intelligence in the villages. And they must talk to the families. Many young men join for 200 dollars a month.

PRESENTER: Dr Habibi, thank you. Listeners can send us their questions on 0700 123 456. Northern Hour returns after the news at half past seven.
"""))
GOLD += [
E(11, ["two suicide bombers attacked the centre of Aybak", "Islamic State, which claimed the attack"],
  "SUI", "2026-05-14", "day", "Aybak", "AF", 22, 46, "exact", "Islamic State", "Islamic State", False,
  "'One week ago today' on Thursday 21 May -> Thursday 14 May. '22 dead, the two bombers among them' -> 22 (inside), '46 wounded'. 'which claimed the attack' -> Islamic State."),
E(11, ["Taliban forces raided a hideout in the hills near Hazrat Sultan"],
  "BAT", "2026-05-19", "day", "Hazrat Sultan", "AF", 5, None, "exact", "Taliban", None, False,
  "'on Tuesday' vs Thursday 21 May -> 19 May ('before dawn' on Tuesday). A raid with fighters killed on both sides -> Armed clash initiated by the raiding force (events_holdout14), the Taliban -> 'Taliban'. All sides summed: 'four Islamic State fighters' + 'one of their own men' = 5 (the raiding side's own figure, the only one). The hills near the town -> Hazrat Sultan. '30 kilos', 'two motorcycles' belong to the raid."),
E(11, ["a suicide bomber killed eight people at a bus station in Zaranj"],
  "SUI", "2018-01-01", "year", "Zaranj", "AF", 8, None, "exact", None, None, True,
  "'In 2018' -> year, background. No actor named -> null."),
E(11, ["a roadside bomb hit a minibus of students near Kishim"],
  "IED", "2022-01-01", "year", "Kishim", "AF", 6, None, "exact", None, None, True,
  "'four years ago' in a 2026 transcript -> 2022, year (dev), background. 'killing six' -> 6. '200 dollars', '0700 123 456' and 'half past seven' are not casualties."),
]
