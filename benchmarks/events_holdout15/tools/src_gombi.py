"""Authoring source of benchmarks/events_holdout15 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Gombi, Nigeria cluster (holdout15-001 to 006, all English), two
women suicide bombers on Friday 16 January 2026 at two sites of one town
(the central mosque gate and the livestock market, about 600 m apart, eight
minutes apart): a wire flash with an ISWAP "may have been" (001), a state
broadcaster's next-day report with the revised toll, a youth gathering and
a clash in Garkida (002), the JAS (Boko Haram) video claim, published four
days later, that names the attack only by its place and day, with DSS
arrests (003), a regional daily on the arrest of a facilitator and a raid
that turns into a gunfight (004), a radio phone-in transcript (005) and an
analysis full of older attacks (006). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout15")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout15-001
ARTICLES.append(A(1, "en", "article", "2026-01-16T15:40:00Z",
"Suicide bombers kill at least 12 in Nigeria's Adamawa state",
"""
GOMBI, Nigeria - At least 12 people were killed and dozens wounded on Friday when two suicide bombers blew themselves up in the town of Gombi in Nigeria's northeastern Adamawa state, police and residents said.

The first bomber, a woman who witnesses said looked no older than 20, detonated her explosives at the gate of the central mosque at about 1:30 p.m., as worshippers were leaving Friday prayers. About eight minutes later a second woman blew herself up at the entrance to the livestock market, some 600 metres away, where many people had run for shelter.

"We counted 12 bodies at the two places, and dozens of injured people were taken to the general hospital," said Aliyu Tamda, a police spokesman. The most serious cases were moved to the Federal Medical Centre in Yola, about 90 km to the south.

A local vigilante leader, Bitrus Adamu, 47, said the toll was likely to rise. The hospital appealed for blood donors on 0803 555 0192.

The police spokesman said it was too early to say who was responsible. A military source said fighters of Islamic State West Africa Province (ISWAP) "may have been behind it", pointing to recent threats against the market, which draws traders from Cameroon on Fridays.

In a separate incident on Thursday, gunmen abducted three farmers near Hong, about 30 km from Gombi, residents said. No group has said it was holding them.

Gombi, a trading town of about 40,000 people on the road between Yola and Mubi, had been largely spared by the insurgency in recent years. The state government imposed a 24-hour curfew on the town on Friday afternoon and said two armoured personnel carriers had been sent from Yola.
"""))
GOLD += [
E(1, ["two suicide bombers blew themselves up in the town of Gombi"],
  "SUI", "2026-01-16", "day", "Gombi", "NG", 12, 12, "at_least", None, None, False,
  "'on Friday' = publication day, Friday 16 January. Two bombers at two sites of one town (the central mosque gate and the livestock market, about 600 m apart), eight minutes apart -> ONE Suicide bomb event (events_holdout10 Koupéla, events_holdout13, events_holdout14 Mango/Kut/Khoms). 'At least 12 people were killed' -> 12, at_least; 'dozens wounded' -> 12 (dev table; the qualifier describes killed). ISWAP 'may have been behind it' is speculation -> null. 'no older than 20' (an age), '1:30 p.m.', 'eight minutes', '600 metres', '90 km', '47' (an age), the phone number, '40,000 people', '24-hour', 'two armoured personnel carriers' are not casualties."),
E(1, ["gunmen abducted three farmers near Hong"],
  "ABD", "2026-01-15", "day", "Hong", "NG", None, None, None, None, None, False,
  "'on Thursday' vs Friday 16 January -> 15 January. Unnamed gunmen -> null. The three abductees are not casualties; '30 km' is a distance."),
]

# -------------------------------------------------------------- holdout15-002
ARTICLES.append(A(2, "en", "article", "2026-01-17T19:00:00Z",
"Gombi bombing: death toll rises to 24, says Adamawa government",
"""
The death toll from Friday's twin suicide bombings in Gombi, Adamawa State, has risen to 24, the state government said on Saturday.

The police had initially put the number of dead at 12. By Friday night, 19 bodies had been brought to the mortuary of the general hospital. On Saturday, the Commissioner for Information, Mrs Hauwa Jalo, said three of the injured had died overnight at the Federal Medical Centre in Yola, bringing the toll to 22, excluding the two female bombers. She said 47 others were receiving treatment, nine of them in intensive care.

The Governor, who visited the town on Saturday morning, described the attack as "wicked and cowardly" and announced a relief fund of N50 million for the families of the victims. Most of the dead were buried on Friday evening according to Islamic rites.

Also on Saturday, several hundred young people gathered at the Gombi Local Government secretariat, demanding the return of a military detachment that was withdrawn from the town in November. They dispersed peacefully after the council chairman addressed them and promised to take their demand to the Governor.

The curfew on the town has been relaxed to 12 hours, from 6 p.m. to 6 a.m.

Meanwhile, the army said troops had repelled an attack by insurgents on a military base in Garkida on Friday night. Four of the attackers were killed and two soldiers were wounded, an army spokesman said, adding that a gun truck was recovered.

No group has so far claimed responsibility for the Gombi attack. Security agencies have deployed additional personnel to markets and places of worship across the northern part of the state, the commissioner said.
"""))
GOLD += [
E(2, ["Friday's twin suicide bombings in Gombi", "the Gombi attack"],
  "SUI", "2026-01-16", "day", "Gombi", "NG", 24, 47, "exact", None, None, False,
  "'Friday's' vs Saturday 17 January -> 16 January. Two sites of one town -> one event. Revised toll inside the report: '12' -> '19 bodies' -> 'three of the injured had died overnight ..., bringing the toll to 22, excluding the two female bombers' -> 22 + 2 = 24 (the lead's 'risen to 24' says the same), exact. '47 others were receiving treatment' -> 47; 'nine of them in intensive care' is a subset. No claim -> null. 'N50 million', '12 hours', '6 p.m. to 6 a.m.' are not casualties; the burials are not coded."),
E(2, ["several hundred young people gathered at the Gombi Local Government secretariat"],
  "PP", "2026-01-17", "day", "Gombi", "NG", None, None, None, None, None, False,
  "'Also on Saturday' = publication day, 17 January. A gathering with a demand that disperses peacefully -> Peaceful protest. 'several hundred' are participants."),
E(2, ["troops had repelled an attack by insurgents on a military base in Garkida"],
  "BAT", "2026-01-16", "day", "Garkida", "NG", 4, 2, "exact", None, None, False,
  "'on Friday night' vs Saturday 17 January -> 16 January (nights dated at their start). Unnamed 'insurgents' attacking a base -> Armed clash with a null initiator (events_holdout14 Tandjouaré, Badrah). 'Four of the attackers were killed and two soldiers were wounded' -> 4 killed, 2 injured (all sides summed: no soldier killed). 'a gun truck' is not a casualty."),
]

# -------------------------------------------------------------- holdout15-003
ARTICLES.append(A(3, "en", "article", "2026-01-20T10:00:00Z",
"Boko Haram faction says it was behind Gombi attack",
"""
YOLA, Nigeria - The Boko Haram faction known as Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) has claimed responsibility for the attack in Gombi on Friday, in a video released on Monday.

In the 14-minute video, a masked commander said two "sisters" had carried out the operation and boasted that more than 60 "apostates" had died. The Adamawa police put the toll at 24, including the two bombers, and called the group's figure propaganda. An army spokesman said the military had "no reason to doubt" that JAS was responsible.

Investigators had first looked at Islamic State West Africa Province, the rival faction that dominates the Lake Chad area, because of threats posted against the town's market in December.

The Department of State Services (DSS) said its operatives had arrested six suspects in raids on two houses in Michika on Sunday. Two suicide vests, 15 kilograms of explosives and three motorcycles were recovered, the service said in a statement signed by its spokesman.

Police said more than 40 people had been questioned since Friday, most of them traders from the livestock market, and that all but the six had been allowed to go home.

JAS has used women and girls as suicide bombers for more than a decade. In 2019, it claimed a suicide attack on a checkpoint in Song that killed seven people, four of them soldiers.

The Emir of Gombi, speaking at a prayer session on Monday, urged residents to report strangers to the authorities and asked the federal government to rebuild the town's old police station. The N10 million reward offered by the state for information remains open, police said.
"""))
GOLD += [
E(3, ["has claimed responsibility for the attack in Gombi on Friday"],
  "SUI", "2026-01-16", "day", "Gombi", "NG", 24, None, "exact", "Boko Haram", "Boko Haram", False,
  "A claim published four days later that names the attack only by its place and day: 'the attack in Gombi on Friday' vs Tuesday 20 January -> 16 January; the article never says 'bombing' (the bombers are named in the toll sentence). 'has claimed responsibility' by JAS, 'The Boko Haram faction' -> 'Boko Haram' (dev canonical name; earlier sets code JAS as Boko Haram). The police reject the claimant's figure ('more than 60', not used) but not its authorship; the army accepts it -> perpetrator. 'the toll at 24, including the two bombers' -> 24 (inside). Investigators' early look at ISWAP sets nothing. No wounded figure here. '14-minute' is a span."),
E(3, ["its operatives had arrested six suspects in raids on two houses in Michika"],
  "ARR", "2026-01-18", "day", "Michika", "NG", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 20 January -> 18 January. DSS -> police (dev convention). The vests, '15 kilograms of explosives' and 'three motorcycles' belong to the arrest. 'more than 40 people had been questioned' are not arrests; 'all but the six' is the same six."),
E(3, ["it claimed a suicide attack on a checkpoint in Song"],
  "SUI", "2019-01-01", "year", "Song", "NG", 7, None, "exact", "Boko Haram", "Boko Haram", True,
  "'In 2019' -> year, background. A claimed suicide attack -> claimant and perpetrator Boko Haram (JAS). 'killed seven people, four of them soldiers' -> 7 (the four are a subset). 'N10 million' is money."),
]

# -------------------------------------------------------------- holdout15-004
ARTICLES.append(A(4, "en", "article", "2026-01-22T13:00:00Z",
"Police arrest suspected facilitator of Gombi suicide attack",
"""
By our Yola correspondent

Police in Adamawa State have arrested a man suspected of sheltering and transporting the two women who blew themselves up in Gombi last Friday, killing 25 people, counting the two bombers.

The suspect, a 34-year-old commercial driver, was arrested at a motor park in Numan on Tuesday as he tried to board a bus to Jalingo. He was carrying N1.2 million in cash and two mobile phones, the police spokesman, Aliyu Tamda, said.

The toll rose to 25 on Wednesday after a 12-year-old boy who was wounded at the market died in hospital in Yola. About 30 of the wounded are still in hospital.

Acting on information from the suspect, troops on Wednesday raided a hideout near Ga'anda. The insurgents opened fire and a gunfight followed, in which three of them were killed and one soldier was wounded, the army said. An AK-47 rifle and 200 rounds of ammunition were found in the camp.

Also on Tuesday, a police bomb disposal team defused an improvised explosive device found under a stall at the Gombi livestock market, a few metres from where the second bomber struck.

Two women from the bombers' home village were invited for questioning on Monday and later released, the police said. They are not under arrest.

The attack, which was claimed by the Boko Haram faction JAS, has raised fears for the town's weekly market. Traders said fewer than half of the usual 300 stalls opened on Wednesday. The state government has doubled its reward for information to N20 million and published a hotline, 112.
"""))
GOLD += [
E(4, ["the two women who blew themselves up in Gombi last Friday"],
  "SUI", "2026-01-16", "day", "Gombi", "NG", 25, None, "exact", "Boko Haram", "Boko Haram", False,
  "'last Friday' vs Thursday 22 January -> 16 January. Two sites of one town -> one event. 'killing 25 people, counting the two bombers' -> 25 (inside); the boy who died on Wednesday raised it. 'About 30 of the wounded are still in hospital' is a subset of the wounded (those still in hospital), not the wounded total -> injured null. 'which was claimed by the Boko Haram faction JAS' -> claimant and perpetrator 'Boko Haram'. '12-year-old' is an age."),
E(4, ["was arrested at a motor park in Numan"],
  "ARR", "2026-01-20", "day", "Numan", "NG", None, None, None, "police", None, False,
  "'on Tuesday' vs Thursday 22 January -> 20 January. A suspected facilitator arrested by police at Numan (not Jalingo, his destination). '34-year-old' is an age; 'N1.2 million' and 'two mobile phones' belong to the arrest."),
E(4, ["troops on Wednesday raided a hideout near Ga'anda", "a gunfight followed"],
  "BAT", "2026-01-21", "day", "Ga'anda", "NG", 3, 1, "exact", "military", None, False,
  "'on Wednesday' vs Thursday 22 January -> 21 January. A raid that turns into a gunfight -> Armed clash initiated by the raiding force (events_holdout14 convention), troops -> 'military'. 'three of them were killed and one soldier was wounded' -> 3 killed, 1 injured. '200 rounds' is ammunition."),
E(4, ["a police bomb disposal team defused an improvised explosive device"],
  "DWU", "2026-01-20", "day", "Gombi", "NG", None, None, None, "police", None, False,
  "'Also on Tuesday' -> 20 January. A device defused on its own -> Disrupted weapons use, police. 'a few metres' is a distance; the women 'invited for questioning' are not arrested; '300 stalls', 'N20 million', '112' are not casualties."),
]

# -------------------------------------------------------------- holdout15-005
ARTICLES.append(A(5, "en", "transcript", "2026-01-23T17:00:00Z",
"Adamawa Today, Gombi FM 98.1: one week after the bombing",
"""
HOST: Good evening and welcome to Adamawa Today on Gombi FM 98.1. It is one week today since the twin suicide attack on our mosque and our market. Our reporter Grace Musa is in the studio. Grace, where do things stand?

REPORTER: Thank you. The toll stands at 25 dead, with the two bombers. JAS, the Boko Haram faction, claimed the attack on Monday. Yesterday, hundreds of women marched from the central mosque to the emir's palace. They wore black and carried the names of the victims. They asked for a permanent army post and for the market gates to be fenced. The march ended peacefully with prayers.

HOST: What about the investigation?

REPORTER: Soldiers arrested two suspects at a checkpoint outside Shelleng on Wednesday, a man and his nephew, according to an army statement. The army says about 120 people have been screened in the area this week. Screening is not arrest, they insist; most were released the same day.

HOST: With us is Dr Ibrahim Saleh, a lecturer in security studies. Doctor, is this new for this area?

GUEST: Not entirely. Four years ago, a suicide bomber killed five people at a wedding in Uba. And last August, ISWAP fighters ambushed a police patrol near Gulak and killed three policemen. What is new is the scale and the use of two bombers, one after the other.

HOST: Listeners can reach us on 0706 221 4480. One caller, a trader, asks when the market will reopen fully.

REPORTER: The council says Friday next week, with two searches at every gate.

HOST: Thank you both. After the news at seven, we will take your calls.
"""))
GOLD += [
E(5, ["the twin suicide attack on our mosque and our market", "JAS, the Boko Haram faction, claimed the attack"],
  "SUI", "2026-01-16", "day", "Gombi", "NG", 25, None, "exact", "Boko Haram", "Boko Haram", False,
  "'one week today' on Friday 23 January -> 16 January. A Gombi FM programme: 'our mosque and our market' are Gombi's -> Gombi. Two sites -> one event. '25 dead, with the two bombers' -> 25 (inside; events_holdout14 'with the two bombers'). 'claimed the attack' -> claimant and perpetrator 'Boko Haram'."),
E(5, ["hundreds of women marched from the central mosque to the emir's palace"],
  "PP", "2026-01-22", "day", "Gombi", "NG", None, None, None, None, None, False,
  "'Yesterday' vs Friday 23 January -> 22 January. A march with demands that ends peacefully -> Peaceful protest. 'hundreds' are participants."),
E(5, ["Soldiers arrested two suspects at a checkpoint outside Shelleng"],
  "ARR", "2026-01-21", "day", "Shelleng", "NG", None, None, None, "military", None, False,
  "'on Wednesday' vs Friday 23 January -> 21 January. Soldiers -> 'military'. 'about 120 people have been screened' are not arrests."),
E(5, ["a suicide bomber killed five people at a wedding in Uba"],
  "SUI", "2022-01-01", "year", "Uba", "NG", 5, None, "exact", None, None, True,
  "'Four years ago' vs 2026 -> 2022, year, background. No actor named -> null. 'killed five people' -> 5 as written."),
E(5, ["ISWAP fighters ambushed a police patrol near Gulak"],
  "BAT", "2025-08-01", "month", "Gulak", "NG", 3, None, "exact", "Islamic State West Africa Province", None, True,
  "'last August' in a January 2026 programme -> August 2025, month, background. Insurgents ambushing a police patrol -> Armed clash initiated by the ambushers, named as fact -> 'Islamic State West Africa Province' (dev canonical name), no claim. 'killed three policemen' -> 3. '98.1', '120 people', the phone number and 'seven' (the hour) are not casualties."),
]

# -------------------------------------------------------------- holdout15-006
ARTICLES.append(A(6, "en", "article", "2026-02-03T08:00:00Z",
"Analysis: After Gombi, Adamawa's north can no longer look away",
"""
On January 16, two young women walked into the crowds of Gombi, one at the gate of the central mosque and one at the livestock market, and detonated their explosives. Twenty-five people died, including the bombers, and about 50 were wounded. JAS, the Boko Haram faction once led by Abubakar Shekau, claimed the attack three days later.

For officials in Yola, Gombi came as a shock. It should not have.

In 2017, a teenage girl blew herself up at a mosque in Shuwa, killing three worshippers. The army said at the time that she had been sent from the Sambisa area, and the case was quickly forgotten.

In March 2021, gunmen stopped a bus near Bazza and abducted eleven passengers, most of them students travelling home for the holidays. Seven were released after a ransom was paid; four are still missing.

In 2020, air force jets bombed an insurgent camp in the hills near Sukur, killing 20 fighters, according to the military. Residents said the camp had been used for months to launch raids on farming villages.

Last November, a roadside bomb destroyed a military truck near Dumne, killing four soldiers. No group claimed it.

Each of these incidents was treated as an isolated event. Yet the northern part of the state shares a long and porous border with Cameroon, and the same routes serve smugglers, herders and fighters. More than 2,000 people have left Gombi since the attack, according to the state emergency agency, and about 70 percent of the town's schools remain closed.

The state government has promised a new police division and 500 recruits for the local vigilance groups. That will help. What Adamawa's north needs most, though, is for its warnings to be heard in Yola and in Abuja before the next pair of bombers sets out.
"""))
GOLD += [
E(6, ["two young women walked into the crowds of Gombi", "JAS, the Boko Haram faction once led by Abubakar Shekau, claimed the attack", "detonated their explosives"],
  "SUI", "2026-01-16", "day", "Gombi", "NG", 25, 50, "exact", "Boko Haram", "Boko Haram", False,
  "'On January 16' absolute (18 days before Tuesday 3 February -> current). Two sites of one town -> one event; the sentence says 'detonated their explosives' after the first naming. 'Twenty-five people died, including the bombers' -> 25 (inside); 'about 50 were wounded' -> 50 (the qualifier describes the exact killed figure). 'claimed the attack' -> claimant and perpetrator 'Boko Haram'."),
E(6, ["a teenage girl blew herself up at a mosque in Shuwa"],
  "SUI", "2017-01-01", "year", "Shuwa", "NG", 3, None, "exact", None, None, True,
  "'In 2017' -> year, background. The army's remark about where she came from names no group -> null. 'killing three worshippers' -> 3."),
E(6, ["gunmen stopped a bus near Bazza and abducted eleven passengers"],
  "ABD", "2021-03-01", "month", "Bazza", "NG", None, None, None, None, None, True,
  "'In March 2021' -> month, background. Unnamed gunmen -> null. 'eleven passengers', 'Seven', 'four' are abductees, not casualties."),
E(6, ["air force jets bombed an insurgent camp in the hills near Sukur"],
  "AIR", "2020-01-01", "year", "Sukur", "NG", 20, None, "exact", "military", None, True,
  "'In 2020' -> year, background. Nigerian air force -> 'military'. 'killing 20 fighters, according to the military' -> the acting force's own figure used as the only one (events_holdout14 convention). Hills near a village -> the village."),
E(6, ["a roadside bomb destroyed a military truck near Dumne"],
  "IED", "2025-11-01", "month", "Dumne", "NG", 4, None, "exact", None, None, True,
  "'Last November' in a February 2026 article -> November 2025, month, background (more than 30 days). 'No group claimed it' -> null. 'killing four soldiers' -> 4. 'More than 2,000 people' (displaced), '70 percent', '500 recruits' are not casualties or events."),
]
