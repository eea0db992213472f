"""Authoring source of benchmarks/events_holdout17 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Dhuluiya, Iraq cluster (holdout17-001 to 005, all English), two
suicide bombers on Thursday 5 February 2026 at two sites of one town (the
livestock market and the gate of the health centre where the wounded were
taken, about 400 m apart, six minutes apart): a wire flash with an Islamic
State "bore the hallmarks" (001), a national daily's next-day report with the
revised toll, a sit-in and arrests (002), the Islamic State claim published
three days later that names the attack only by its place and day (003), a
daily on arrests and a raid that turns into a firefight (004) and an
analysis full of older attacks (005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout17")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout17-001
ARTICLES.append(A(1, "en", "article", "2026-02-05T13:10:00Z",
"Twin suicide blasts kill at least 14 at Iraqi market",
"""
DHULUIYA, Iraq - Two suicide bombers struck a crowded livestock market and a nearby health centre in the town of Dhuluiya, north of Baghdad, on Thursday, killing at least 14 people and wounding more than 30, security and medical sources said.

The first attacker, a man aged about 25 wearing a heavy coat, detonated his explosive vest among traders and buyers at the market shortly after 9:40 a.m., a police officer said. About six minutes later, a second bomber blew himself up at the gate of the town's health centre, some 400 metres away, as relatives were bringing in the wounded.

"People ran to help, and that is exactly where the second one was waiting," said Ahmed Khalaf, a 38-year-old sheep trader who was hurt in the hand.

Dhuluiya lies on the Tigris in Salahuddin province, about 90 km north of the capital. The Thursday market draws farmers from villages on both banks of the river, and officials said several hundred people were there when the first blast went off.

No group immediately claimed responsibility. A security official, who asked not to be named, said the attack bore the hallmarks of Islamic State, whose cells still operate in the orchards and desert areas of the province.

On Wednesday, a roadside bomb hit an army patrol near Yathrib, south of Dhuluiya, wounding two soldiers, the army said.

The provincial governor declared three days of mourning and ordered all markets in the district closed until further notice. Blood donations were requested at the general hospital in Balad, where most of the wounded were taken.
"""))
GOLD += [
E(1, ["Two suicide bombers struck a crowded livestock market and a nearby health centre in the town of Dhuluiya"],
  "SUI", "2026-02-05", "day", "Dhuluiya", "IQ", 14, 30, "at_least", None, None, False,
  "'on Thursday' = publication day, Thursday 5 February. Two bombers at two sites of one town (the livestock market and the health centre gate, about 400 m apart), six minutes apart -> ONE Suicide bomb event (events_holdout10 Koupela, events_holdout13 to 15). 'killing at least 14 people and wounding more than 30' -> 14 killed (at_least), 30 injured (the qualifier describes killed). 'bore the hallmarks of Islamic State' is speculation -> null. 'aged about 25', '9:40 a.m.', 'six minutes', '400 metres', '38-year-old', '90 km', 'several hundred people', 'three days of mourning' are not casualties."),
E(1, ["a roadside bomb hit an army patrol near Yathrib"],
  "IED", "2026-02-04", "day", "Yathrib", "IQ", None, 2, "exact", None, None, False,
  "'On Wednesday' vs Thursday 5 February -> 4 February. No actor named -> null. 'wounding two soldiers' -> 2 injured, exact (injured-only, the qualifier describes injured). Near Yathrib -> Yathrib."),
]

# -------------------------------------------------------------- holdout17-002
ARTICLES.append(A(2, "en", "article", "2026-02-06T17:30:00Z",
"Dhuluiya bombing toll rises to 23 as residents demand answers",
"""
The number of people killed in Thursday's double suicide bombing in Dhuluiya has risen to 23, including the two bombers, the Salahuddin health directorate said on Friday.

Medical sources had first reported 14 dead. By Thursday evening, 19 bodies had been received at the hospitals in Balad and Dhuluiya, and two more of the wounded died during the night, a directorate spokesman said. Forty-one people are still being treated, 12 of them in critical condition.

Most of the victims were farmers and livestock traders. Among the dead were a father and his two sons, aged 9 and 14, who had come to sell sheep.

On Friday, dozens of tribal elders and residents held a sit-in outside the district administration building, demanding the dismissal of the local security commander and the return of an army brigade moved out of the area last year. The sit-in ended peacefully in the afternoon after the provincial governor agreed to meet a delegation of 15 elders.

The Counter-Terrorism Service said its forces had arrested three suspects in Balad late on Thursday, acting on intelligence gathered at the scene. A car and 20 kg of explosives were seized, it said.

Separately, police said about 60 men had been questioned at checkpoints around the town since the attack. All had been released.

The prime minister's office said an investigative committee would report within 72 hours. No group has claimed the attack so far.
"""))
GOLD += [
E(2, ["Thursday's double suicide bombing in Dhuluiya"],
  "SUI", "2026-02-05", "day", "Dhuluiya", "IQ", 23, 41, "exact", None, None, False,
  "'Thursday's' vs Friday 6 February -> 5 February. Two sites of one town -> one event. Revised toll inside the report: '14' -> '19 bodies' -> 'two more of the wounded died' -> 'risen to 23, including the two bombers' (inside) -> 23, exact. 'Forty-one people are still being treated' -> 41; '12 of them in critical condition' is a subset. 'aged 9 and 14' are ages. No claim -> null."),
E(2, ["dozens of tribal elders and residents held a sit-in outside the district administration building"],
  "PP", "2026-02-06", "day", "Dhuluiya", "IQ", None, None, None, None, None, False,
  "'On Friday' = publication day, 6 February. A sit-in with demands that ends peacefully -> Peaceful protest, null actor. 'dozens' and '15 elders' are participants, not casualties."),
E(2, ["its forces had arrested three suspects in Balad"],
  "ARR", "2026-02-05", "day", "Balad", "IQ", None, None, None, "police", None, False,
  "'late on Thursday' vs Friday 6 February -> 5 February. Iraq's Counter-Terrorism Service -> 'police' (dev convention, events_holdout14). The car and '20 kg of explosives' belong to the arrest. 'about 60 men had been questioned' and released are not arrests; '72 hours' is a span."),
]

# -------------------------------------------------------------- holdout17-003
ARTICLES.append(A(3, "en", "article", "2026-02-08T09:00:00Z",
"Islamic State claims responsibility for Dhuluiya attack",
"""
Islamic State has claimed responsibility for Thursday's attack in Dhuluiya, in a statement posted on its Amaq news agency late on Saturday.

The statement said two "soldiers of the caliphate" had targeted "a gathering of apostates" and boasted that more than 50 people had been killed. The Interior Ministry put the toll at 24, with the two bombers, after a wounded woman died in hospital on Saturday. A ministry spokesman, Brigadier Khalid al-Mohammadawi, called the group's figure "a lie meant to frighten people" but said there was no reason to doubt that Islamic State was behind the bombing.

The Iraqi National Intelligence Service said on Sunday that it had detained a man suspected of driving the two bombers to the town. He was arrested in Dujail on Saturday with two mobile phones and about 3 million dinars in cash.

Islamic State has not held territory in Iraq since 2017, but its remaining fighters, estimated by officials at fewer than 1,000, still carry out hit-and-run attacks in Salahuddin, Kirkuk and Diyala provinces. Suicide attacks have become rare.

The group also claimed a suicide attack on a police station in Sulaiman Bek in 2019, which killed five policemen. In that case, too, the bomber had crossed the Tigris from the orchards on the eastern bank, the spokesman said.

The government has offered a reward of 50 million dinars for information on the network behind Thursday's attack.
"""))
GOLD += [
E(3, ["Thursday's attack in Dhuluiya", "the bombing"],
  "SUI", "2026-02-05", "day", "Dhuluiya", "IQ", 24, None, "exact", "Islamic State", "Islamic State", False,
  "A claim published three days later that names the attack by its place and day: 'Thursday's attack in Dhuluiya' vs Sunday 8 February -> 5 February. 'has claimed responsibility' -> claimant and perpetrator 'Islamic State'. The ministry rejects the claimant's figure ('more than 50', not used) but not its authorship. 'the toll at 24, with the two bombers' -> 24 (inside), exact; the woman who died on Saturday raised it. No wounded figure.' 'the network behind Thursday's attack' (the last sentence) is left out of the triggers because it overlaps the first one."),
E(3, ["it had detained a man suspected of driving the two bombers to the town", "He was arrested in Dujail"],
  "ARR", "2026-02-07", "day", "Dujail", "IQ", None, None, None, "police", None, False,
  "'on Saturday' vs Sunday 8 February -> 7 February (the arrest day, not the announcement on Sunday). Iraqi National Intelligence Service -> 'police' (intelligence services, dev convention). 'two mobile phones', '3 million dinars' belong to the arrest; 'fewer than 1,000' fighters and '50 million dinars' are not casualties."),
E(3, ["a suicide attack on a police station in Sulaiman Bek"],
  "SUI", "2019-01-01", "year", "Sulaiman Bek", "IQ", 5, None, "exact", "Islamic State", "Islamic State", True,
  "'in 2019' -> year, background. 'The group also claimed' -> claimant and perpetrator 'Islamic State'. 'killed five policemen' -> 5. 'since 2017' is not an event."),
]

# -------------------------------------------------------------- holdout17-004
ARTICLES.append(A(4, "en", "article", "2026-02-11T11:00:00Z",
"Seven held, two militants killed in hunt for Dhuluiya bombing network",
"""
By our Salahuddin correspondent

Iraqi troops arrested seven suspects in pre-dawn raids on Tuesday in Aziz Balad, a village about 20 km south of Dhuluiya, in connection with last Thursday's twin suicide bombing, the army said.

The suspects, aged between 19 and 45, are accused of hiding the two bombers and the vests they used. Soldiers seized four assault rifles and a motorcycle, according to a statement from Joint Operations Command.

A day earlier, on Monday, a Counter-Terrorism Service unit raided a farmhouse in the orchards near Ishaqi, where the bombers were believed to have spent their last night. The men inside opened fire and a firefight of about an hour followed. Two militants were killed and one CTS officer was wounded, the service said.

The attack on the Dhuluiya market, which killed 24 people counting the bombers and which Islamic State took credit for on Saturday, has shaken a town that had been calm for several years.

Police say more than 100 people have been questioned since the attack. "Questioning is not arrest," a police colonel told this newspaper. "Most went home the same evening."

Traders in Dhuluiya said on Tuesday that the livestock market would reopen next Thursday with concrete barriers and two checkpoints at its gates. The provincial council has approved 2 billion dinars in compensation for the families of the dead and the wounded.
"""))
GOLD += [
E(4, ["last Thursday's twin suicide bombing", "The attack on the Dhuluiya market"],
  "SUI", "2026-02-05", "day", "Dhuluiya", "IQ", 24, None, "exact", "Islamic State", "Islamic State", False,
  "'last Thursday's' vs Wednesday 11 February -> 5 February. 'killed 24 people counting the bombers' -> 24 (inside), exact. 'which Islamic State took credit for' -> claimant and perpetrator 'Islamic State'. Two sites of one town -> one event."),
E(4, ["Iraqi troops arrested seven suspects in pre-dawn raids on Tuesday in Aziz Balad"],
  "ARR", "2026-02-10", "day", "Aziz Balad", "IQ", None, None, None, "military", None, False,
  "'on Tuesday' vs Wednesday 11 February -> 10 February. Troops, Joint Operations Command -> 'military'. 'aged between 19 and 45' are ages; 'four assault rifles and a motorcycle' belong to the arrest; '20 km' is a distance."),
E(4, ["a Counter-Terrorism Service unit raided a farmhouse in the orchards near Ishaqi", "a firefight of about an hour followed"],
  "BAT", "2026-02-09", "day", "Ishaqi", "IQ", 2, 1, "exact", "police", None, False,
  "'on Monday' vs Wednesday 11 February -> 9 February. A raid that turns into a firefight -> Armed clash initiated by the raiding force (events_holdout14/15 convention); CTS -> 'police'. 'Two militants were killed and one CTS officer was wounded' -> 2 killed, 1 injured, the acting force's own figure. 'more than 100 people have been questioned' are not arrests; '2 billion dinars' is money; 'about an hour' is a span."),
]

# -------------------------------------------------------------- holdout17-005
ARTICLES.append(A(5, "en", "article", "2026-02-19T07:00:00Z",
"Analysis: Dhuluiya shows Islamic State is not finished in Salahuddin",
"""
On February 5, two men wearing explosive vests walked into Dhuluiya's livestock market and the gate of its health centre, minutes apart. Twenty-four people died, the bombers among them, and more than 40 were wounded. Islamic State claimed the attack two days later.

For many Iraqis, it was a reminder of years they thought were over. For people in Salahuddin, it was the latest in a long line.

In 2017, a suicide car bomber struck a checkpoint at the entrance to Amerli, killing eleven people, most of them soldiers and volunteers. Officials said at the time that the bomber had driven in from the desert to the west.

Four years ago, gunmen attacked a police post in al-Alam at night, killing two policemen before fleeing into the hills. Police said the attackers had crossed from the Hamrin range.

In September 2024, air force jets struck a cave complex in the desert near Hatra, killing eight Islamic State fighters, according to the military. Local shepherds said the caves had been used to store weapons for years.

Last December, a roadside bomb killed two shepherds near Mutasim, east of Samarra. Nobody claimed it, and the case was closed within weeks.

Each time, officials described the attackers as remnants. Each time, the same weaknesses were exposed: a thin army presence in the orchards along the Tigris, checkpoints that wave through familiar faces, and a border between Salahuddin and Diyala that nobody fully controls.

Dhuluiya's two bombers, investigators now say, spent their last night in a farmhouse near Ishaqi, less than 30 km away. The network that sheltered them had been operating for months.

Baghdad has promised 3,000 more troops for the province and a new intelligence cell in Balad. Those are useful steps. But unless the orchards are held, and not merely swept, the next pair of bombers will find the same road open.
"""))
GOLD += [
E(5, ["two men wearing explosive vests walked into Dhuluiya's livestock market", "Islamic State claimed the attack"],
  "SUI", "2026-02-05", "day", "Dhuluiya", "IQ", 24, 40, "exact", "Islamic State", "Islamic State", False,
  "'On February 5' absolute (14 days before Thursday 19 February -> current). Two sites of one town, minutes apart -> one event. 'Twenty-four people died, the bombers among them' -> 24 (inside), exact; 'more than 40 were wounded' -> 40 (the qualifier describes the exact killed figure). 'Islamic State claimed the attack' -> claimant and perpetrator."),
E(5, ["a suicide car bomber struck a checkpoint at the entrance to Amerli"],
  "SUI", "2017-01-01", "year", "Amerli", "IQ", 11, None, "exact", None, None, True,
  "'In 2017' -> year, background. No group named -> null. 'killing eleven people' -> 11."),
E(5, ["gunmen attacked a police post in al-Alam"],
  "BAT", "2022-01-01", "year", "al-Alam", "IQ", 2, None, "exact", None, None, True,
  "'Four years ago' vs 2026 -> 2022, year, background. Unnamed gunmen attacking a police post -> Armed clash with a null initiator (events_holdout15 Garkida, Pétté convention); a reader could code Attack. 'killing two policemen' -> 2. The Hamrin range is where they came from, not an event place."),
E(5, ["air force jets struck a cave complex in the desert near Hatra"],
  "AIR", "2024-09-01", "month", "Hatra", "IQ", 8, None, "exact", "military", None, True,
  "'In September 2024' -> month, background. Iraqi air force -> 'military'. 'killing eight Islamic State fighters, according to the military' -> the acting force's own figure used as the only one. Desert near a town -> the town."),
E(5, ["a roadside bomb killed two shepherds near Mutasim"],
  "IED", "2025-12-01", "month", "Mutasim", "IQ", 2, None, "exact", None, None, True,
  "'Last December' in a February 2026 article -> December 2025, month, background. 'Nobody claimed it' -> null. 'killed two shepherds' -> 2. Samarra is only a reference point. '30 km', '3,000 more troops' are not casualties; the Ishaqi farmhouse is the 004 raid's place, named here with no event."),
]
