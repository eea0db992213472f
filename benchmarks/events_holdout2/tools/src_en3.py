"""Authoring source of benchmarks/events_holdout2 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: an opinion piece (holdout2-015) and a long analysis (016) built on
older attacks, the three English articles with no security event (017
cricket, 018 film review, 019 a sentencing for terror financing), and the
radio bulletin that first reports the Marawi bombing (020)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout2")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout2-015
ARTICLES.append(A(15, "en", "article", "2026-10-20T07:00:00Z",
"Opinion: The twin bomber is back, and our doctrine has not caught up",
"""
There is a grim arithmetic to the double suicide attack. The first bomber draws the crowd; the second kills it. This year it has returned to places that had almost forgotten it.

On March 3, two bombers from the Islamic State's Khorasan branch blew themselves up outside the passport office in Jalalabad and killed 26 people. In April, two more killed 25 day labourers in Hawija, a town in northern Iraq that had not seen such an attack since 2021. In August, a splinter of the Pakistani Taliban sent a pair of bombers into the courts in Mardan and killed 14, and last month the Islamic State claimed the bombing of the bus terminal in Marawi, where 13 people died.

Each time, officials promised reviews. Each time, the review recommended what the last one did: move checkpoints away from crowds, stagger queues, train first responders to wait. None of this is expensive.

The numbers should concentrate minds. By one count, two hundred eighty-four people have died in suicide attacks in Pakistan alone in the first nine months of the year, and nearly 100 such attacks have been recorded across the regions I have named since 2024.

We have been here before. In 2015, twin bombers struck a cattle fair in Jamrud, near the Khyber Pass, killing 22 people, most of them herders, and wounding hundreds. The second blast came as villagers pulled the wounded from the first. Pakistan's answer then was a crackdown that filled prisons and emptied markets. It worked for a while.

What it did not do was teach police to expect the second bomber. A constable I met in Mardan, aged 28, told me that nobody had ever described such an attack to him in training.

The author is a former adviser on counter-terrorism to two governments.
"""))
GOLD += [
E(15, ["two bombers from the Islamic State's Khorasan branch blew themselves up outside the passport office in Jalalabad"],
  "SUI", "2026-03-03", "day", "Jalalabad", "AF", 26, None, "exact", "Islamic State", None, True,
  "Opinion, background. 'On March 3' -> 2026-03-03 (publication year). Stated as fact ('two bombers from the Islamic State's Khorasan branch') but no claim is mentioned here -> perpetrator only (events_holdout rule: an attribution without a claim)."),
E(15, ["two more killed 25 day labourers in Hawija"],
  "SUI", "2026-04-01", "month", "Hawija", "IQ", 25, None, "exact", None, None, True,
  "'In April' -> 2026-04, month (each document stands alone for dates). No actor named here. 'since 2021' refers to the earlier Abbasi-area bombing without naming it -> not coded."),
E(15, ["a splinter of the Pakistani Taliban sent a pair of bombers into the courts in Mardan"],
  "SUI", "2026-08-01", "month", "Mardan", "PK", 14, None, "exact", None, None, True,
  "'In August' -> 2026-08, month (80 days -> background). The splinter is not named, so no canonical group can be given; the TTP itself is not the perpetrator -> null."),
E(15, ["the Islamic State claimed the bombing of the bus terminal in Marawi"],
  "SUI", "2026-09-01", "month", "Marawi", "PH", 13, None, "exact", "Islamic State", "Islamic State", True,
  "'last month' in an October story -> 2026-09, month; 49 days before publication -> background."),
E(15, ["twin bombers struck a cattle fair in Jamrud", "The second blast"],
  "SUI", "2015-01-01", "year", "Jamrud", "PK", 22, 100, "exact", None, None, True,
  "'In 2015' -> year. 'wounding hundreds' -> 100 (dev table, at_least), but the qualifier describes killed (exact). 'two hundred eighty-four people have died' and 'nearly 100 such attacks' are cumulative statistics and generic references (not coded, not casualties of any event). 'aged 28' is an age."),
]

# --------------------------------------------------------------- holdout2-016
ARTICLES.append(A(16, "en", "article", "2026-08-20T06:00:00Z",
"Analysis: Why the paired bombers came back to Lake Chad and the Sahel",
"""
For almost four years, the shores of Lake Chad were spared the tactic that had made Boko Haram notorious: two bombers, often girls, sent into the same crowd minutes apart. On July 12 it returned. Two young women blew themselves up at the cattle market in N'Guigmi, in Niger, killing 20 people. Islamic State West Africa Province claimed the attack two days later, while the rival JAS faction denied it.

The pattern had already reappeared further west. In June, two bombers on motorbikes struck the gate of the army camp in Ouahigouya, in northern Burkina Faso, and killed 24 people, an attack claimed by JNIM, al-Qaeda's Sahel affiliate.

Researchers who track the region count more than 2,000 people killed by suicide attacks around the lake since 2014, and hundreds of the bombers were children. The tactic faded after 2021 as the groups turned to raids on army bases and to taxing fishermen.

Its decline owed something to the armies. In September 2025, Chadian troops fought ISWAP fighters for two days on the island of Kaiga-Kindjiria; the army said 17 soldiers and dozens of militants died. Earlier, in February 2017, two girls blew themselves up at a camp for displaced people in Toumour, in Niger, killing three, and soldiers shot a third girl before she could detonate her belt.

Why now? One answer is money. A fighter in ISWAP's ranks is paid about $50 a month, according to defectors interviewed in Maiduguri, while the price of a cow in N'Guigmi has fallen by a third since January. Another is competition: JNIM, ISWAP and JAS are fighting over recruits and over the lake's fish trade.

Whatever the reason, the governments' response so far has been curfews, market closures and mass arrests. In N'Guigmi alone, more than 60 people have been detained since July.
"""))
GOLD += [
E(16, ["Two young women blew themselves up at the cattle market in N'Guigmi", "claimed the attack two days later"],
  "SUI", "2026-07-12", "day", "N'Guigmi", "NE", 20, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", True,
  "'On July 12' -> 2026-07-12; 39 days before publication -> background. ISWAP claim, JAS denial (a rival's denial) -> ISWAP. 'For almost four years' is no event."),
E(16, ["two bombers on motorbikes struck the gate of the army camp in Ouahigouya", "an attack claimed by JNIM"],
  "SUI", "2026-06-01", "month", "Ouahigouya", "BF", 24, None, "exact", "JNIM", "JNIM", True,
  "'In June' -> 2026-06, month. Claimed by JNIM."),
E(16, ["Chadian troops fought ISWAP fighters for two days on the island of Kaiga-Kindjiria"],
  "BAT", "2025-09-01", "month", "Kaiga-Kindjiria", "TD", 29, None, "at_least", None, None, True,
  "'In September 2025' -> month. Two days of fighting as one episode. 'fought' does not say who started it -> null. All sides summed: 17 soldiers + 'dozens' (12) = 29, at_least (the vague part's qualifier, dev rule)."),
E(16, ["two girls blew themselves up at a camp for displaced people in Toumour"],
  "SUI", "2017-02-01", "month", "Toumour", "NE", 3, None, "exact", None, None, True,
  "'in February 2017' -> month. 'killing three' are the victims; the bombers' own deaths are not counted by the text."),
E(16, ["soldiers shot a third girl before she could detonate her belt"],
  "DWU", "2017-02-01", "month", "Toumour", "NE", None, None, None, "military", None, True,
  "A would-be suicide bomber shot before detonating -> Disrupted weapons use (events_val rule), same month and place as the Toumour bombing. The text does not say she died -> killed null. 'more than 2,000 people ... since 2014', 'hundreds of the bombers', '$50 a month', 'more than 60 people have been detained since July' (cumulative, no single arrest event) are distractors."),
]

# --------------------------------------------------------------- holdout2-017
ARTICLES.append(A(17, "en", "article", "2026-05-03T15:00:00Z",
"Spin Ghar Falcons blast their way into the final in Jalalabad",
"""
The Spin Ghar Falcons bombed their way into the final of the Eastern Zone T20 on Saturday, demolishing the Kunar Hawks by 61 runs in front of a packed crowd at the Jalalabad cricket ground.

It was the Falcons' pace attack that did the damage. Opening bowler Naveed Zadran, a 19-year-old from Khost, struck twice in his first over, a pair of twin strikes that killed the chase before it started. The Hawks' captain was shot out by a bouncer he tried to hook, and two run-outs followed, one of them an almost suicidal single.

Earlier, the Falcons had blasted 214 for four, their opener smashing nine sixes. The Hawks' bowlers were simply ambushed: the last five overs went for 78 runs, and their spinner was hit for 26 in one over as the crowd fired off horns and whistles.

"We were massacred in the field," the Hawks' coach said. "You cannot drop three catches against a batting line-up like that and survive. It was an execution."

About 12,000 fans paid 100 afghanis each to watch, the organisers said, and hundreds more climbed the walls. Police kept the crowd calm, and the only casualty was a drone camera brought down by a six.

The final, against the Mis Ainak Strikers, is on Friday. The Falcons will be without their wicketkeeper, who was hit on the helmet and has been told to rest for ten days. "We are on fire," said their captain. "Nobody can stop us now."
"""))

# --------------------------------------------------------------- holdout2-018
ARTICLES.append(A(18, "en", "article", "2026-06-05T10:00:00Z",
"Review: 'The Second Blast' is a thriller that knows exactly where the bodies fall",
"""
The opening of The Second Blast is as brutal as anything in cinema this year. A crowded square in a fictionalised Kirkuk, men waiting for work at dawn, a bomber walking into them. Then the camera holds on the rescuers running in, and we know, as they do not, that a second man is already moving through the crowd.

Director Leyla Sarraf, 41, shot the film in 38 days in Amman and on the outskirts of Erbil, with a cast of more than 200 extras. Her story follows a police detective, played with a killer stillness by Karim Haddad, who tracks the cell behind the attack through the weeks after it. By the film's count, 31 people die in the square. A second plot, in which the cell kidnaps a judge's son, is less convincing.

Some scenes are explosive. A raid on a farmhouse, shot in a single take, ends in a firefight that left the preview audience silent. Others, like the detective's quarrels with his father, bomb completely. The screenplay, which Sarraf wrote with her brother over four years, suffers from a final act that fires off too many twists.

Haddad, who trained with police officers for six weeks, has said he wanted to show "the people who clean up after an attack". He succeeds. His final scene, at a funeral for the victims, is devastating.

The Second Blast, rated 15, runs 124 minutes and opens in cinemas across the region on June 12. Tickets cost $9 on opening night, with proceeds going to a fund for victims of terrorism.
"""))

# --------------------------------------------------------------- holdout2-019
ARTICLES.append(A(19, "en", "article", "2026-06-30T12:00:00Z",
"Peshawar court jails money changer for 14 years for financing militants",
"""
PESHAWAR, June 30 (Wire) - An anti-terrorism court in Peshawar on Tuesday sentenced a money changer to 14 years in prison for transferring funds to the Tehrik-i-Taliban Pakistan, in one of the province's largest terror-financing cases.

Judge Asghar Ali found that Gul Zaman, 52, had moved about Rs 34 million through informal hawala channels between 2019 and 2022 on behalf of commanders of the group, the prosecution said. He was also fined Rs 2 million and ordered to forfeit two properties in Hayatabad.

Two co-accused, aged 29 and 33, were sentenced to seven years each. A fourth man was acquitted for lack of evidence.

The prosecution called 37 witnesses over 18 months. It said the money paid for weapons and for the families of fighters, and that some of it had been sent from the Gulf. The defence said Zaman had run a legitimate business for 30 years and did not know where the money went. His lawyer said he would appeal within 30 days.

The case is part of a wider effort by the Counter-Terrorism Department to cut off the group's finances. The department says it has frozen more than 1,200 bank accounts in Khyber Pakhtunkhwa since 2023.

Outside the court, a small group of relatives waited in the heat. "He changed money for everyone in the bazaar," said his nephew, 24. "Now he is a terrorist?"

The verdict comes as militant attacks in the province are at their highest level in a decade, according to officials. Lawyers at the Peshawar bar said the sentence was the longest yet handed down in a financing case.
"""))

# --------------------------------------------------------------- holdout2-020
ARTICLES.append(A(20, "en", "transcript", "2026-09-22T10:00:00Z",
"Lanao Radio, six o'clock report",
"""
NEWSREADER: Good evening, it's six o'clock and this is the Lanao Radio report. Our top story: two suicide bombers blew themselves up this morning at the bus terminal in Marawi. Provincial police first said at least eight people were killed. Our reporter Norhana Macarambon is at the Amai Pakpak medical center. Norhana, what is the latest?

NORHANA MACARAMBON: Thank you. The hospital has just told us the toll is now ten dead and more than 30 wounded. Ten dead. The first bomber was, uh, among passengers getting into a van, around seven in the morning, and the second one exploded maybe five minutes later when people came to help. There's no claim yet. And, um, police say they defused a third bomb, left in a bag near the terminal toilets.

NEWSREADER: Do the police say who did it?

NORHANA MACARAMBON: Not yet. They say it is too early. They've put up, um, checkpoints at all exits of the city.

NEWSREADER: Thank you, Norhana. In Sulu, marines clashed with a group of gunmen near Jolo yesterday. One marine was killed, the navy said.

In Iligan, about 300 jeepney drivers held a rally this morning against the rise in fuel prices, which went up by 4 pesos a litre on Monday. The rally was peaceful.

And the weather: heavy rain is expected over Lake Lanao tomorrow, with 80 millimetres in some places. Stay with us for the sports news after the break.
"""))
GOLD += [
E(20, ["two suicide bombers blew themselves up this morning at the bus terminal in Marawi", "the second one exploded"],
  "SUI", "2026-09-22", "day", "Marawi", "PH", 10, 30, "exact", None, None, False,
  "Radio bulletin on the day, 6 p.m. local (UTC+8) = 10:00 UTC. 'this morning' -> 22 September. The toll rises within the text: 'at least eight' -> 'ten dead' (final, exact); 'more than 30 wounded' -> 30; the qualifier describes killed. No claim, no attribution -> null. 'seven in the morning', 'five minutes' are distractors."),
E(20, ["police say they defused a third bomb"],
  "DWU", "2026-09-22", "day", "Marawi", "PH", None, None, None, "police", None, False,
  "A third device found and defused the same day at the terminal -> Disrupted weapons use, police."),
E(20, ["marines clashed with a group of gunmen near Jolo"],
  "BAT", "2026-09-21", "day", "Jolo", "PH", 1, None, "exact", None, None, False,
  "'yesterday' -> 21 September. 'clashed' does not say who started it -> null."),
E(20, ["about 300 jeepney drivers held a rally this morning", "The rally"],
  "PP", "2026-09-22", "day", "Iligan", "PH", None, None, None, None, None, False,
  "'this morning' -> 22 September. A peaceful rally against fuel prices -> Peaceful protest. '300' are participants; '4 pesos', '80 millimetres' are distractors; the weather is not an event."),
]
