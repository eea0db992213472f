"""Authoring source of benchmarks/events_holdout6 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in English: an opinion piece on Ituri, DR Congo (holdout6-009), a weekly
round-up (010), two articles with no security event (011 cricket, 012 a gas
explosion) and a TV bulletin on Sagaing, Myanmar (013)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout6")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout6-009
ARTICLES.append(A(9, "en", "article", "2026-10-04T07:00:00Z",
"Opinion: Ituri's dead deserve more than a communique",
"""
By Espérance Kahindo

On Tuesday night, fighters of the Allied Democratic Forces walked into Tchabi, in Ituri's Irumu territory, and killed 19 villagers with machetes and guns, the army said the next morning. Among them was a 6-year-old girl. The Islamic State claimed the killings two days later, as it now does for almost every ADF massacre. On Wednesday, soldiers caught up with the raiders near Irumu and killed five of them, according to the same army spokesman.

I have read that kind of communique for seven years. In 2019, as a young reporter, I counted 14 coffins in Tchabi after a night raid nobody ever explained. In June 2023, CODECO militiamen attacked gold miners near Lopa, in Djugu territory, killing at least eight. In February 2025, an ADF landmine killed two soldiers on the road from Irumu to Komanda. Last month, three aid workers were abducted near Kasenyi; they are still missing, and their employer has asked me not to print their names.

Each time, a minister flies into Bunia, promises "total war" on the armed groups and flies out again. Each time, the humanitarian appeal - $1.2 billion this year, 31 per cent funded - is cut. More than 1,600 families have now left the villages around Tchabi.

On Thursday, about two hundred students marched through Irumu carrying a coffin made of cardboard, demanding that the army stay in the villages rather than on the main road. Nobody stopped them, and nobody in Kinshasa seemed to notice.

They are right. Protection is not a convoy that passes twice a week at 60 km an hour. It is a post that stays, with soldiers who are paid on time.

The author is a journalist based in Bunia.
"""))
GOLD += [
E(9, ["fighters of the Allied Democratic Forces walked into Tchabi", "claimed the killings"],
  "ATK", "2026-09-29", "day", "Tchabi", "CD", 19, None, "exact", "Islamic State", "Islamic State", False,
  "'On Tuesday night' vs Sunday 4 Oct -> 29 Sept. Villagers killed -> Attack. The army names the ADF, the Islamic State claims -> the claimant is perpetrator (events_test test-024 rule). '6-year-old' is an age."),
E(9, ["soldiers caught up with the raiders near Irumu"],
  "BAT", "2026-09-30", "day", "Irumu", "CD", 5, None, "exact", "military", None, False,
  "'On Wednesday' -> 30 Sept. The army engaged the raiders -> Armed clash initiated by the military; its figure is the only one -> 5."),
E(9, ["I counted 14 coffins in Tchabi after a night raid"],
  "ATK", "2019-01-01", "year", "Tchabi", "CD", 14, None, "exact", None, None, True,
  "'In 2019' -> year. 14 coffins after a raid on a village -> 14 killed; no actor -> null. 'seven years' is a span."),
E(9, ["CODECO militiamen attacked gold miners near Lopa"],
  "ATK", "2023-06-01", "month", "Lopa", "CD", 8, None, "at_least", "CODECO", None, True,
  "'In June 2023' -> month. Attack on civilians stated as fact -> new canonical name 'CODECO'."),
E(9, ["an ADF landmine killed two soldiers"],
  "IED", "2025-02-01", "month", "Irumu", "CD", 2, None, "exact", "Allied Democratic Forces", None, True,
  "'In February 2025' -> month. A road between two places -> first-named place, Irumu."),
E(9, ["three aid workers were abducted near Kasenyi"],
  "ABD", "2026-09-01", "month", "Kasenyi", "CD", None, None, None, None, None, True,
  "'Last month' vs 4 Oct -> September 2026, month; 2026-09-01 is 33 days before publication -> background under the 30-day rule, although the abduction may be more recent."),
E(9, ["about two hundred students marched through Irumu"],
  "PP", "2026-10-01", "day", "Irumu", "CD", None, None, None, None, None, False,
  "'On Thursday' -> 1 Oct. 'Nobody stopped them' -> Peaceful protest. 'two hundred' are participants; '$1.2 billion', '31 per cent', '1,600 families', '60 km' are distractors."),
]

# --------------------------------------------------------------- holdout6-010
ARTICLES.append(A(10, "en", "article", "2026-11-14T12:00:00Z",
"The week in security: November 8-14",
"""
Our weekly round-up of conflict incidents, compiled from correspondents, local media and official statements.

MYANMAR - Military jets bombed a jade mining camp near Hpakant, in Kachin state, on Tuesday, killing at least 14 miners and wounding dozens, according to local rescue volunteers. The camp housed some 300 workers.

BANGLADESH - Police in Rangamati arrested seven suspected members of an armed group on Wednesday and seized four rifles and 90 rounds. The seven, aged between 18 and 35, were remanded for five days.

CAMEROON - Suspected Boko Haram fighters abducted nine people, four of them children, from a village near Mokolo, in the Far North, on Thursday night. Local officials said a ransom of 5 million CFA francs was being demanded.

MOZAMBIQUE - Insurgents beheaded two farmers near Balama, in the west of Cabo Delgado, on Sunday, police said. About 600 people fled to the district town.

SYRIA - A Turkish drone struck a car near Qamishli on Wednesday, killing three fighters of the Kurdish-led Syrian Democratic Forces, the SDF said. Ankara did not comment.

LIBYA - Two car bombs exploded ten minutes apart outside a police station in Derna on Friday. Four officers were injured; no one was killed, the interior ministry said.

INDIA - In Assam's Tinsukia district, hundreds of tea garden workers protesting unpaid wages blocked a highway on Monday. Police used batons and tear gas to disperse them, and several protesters were hurt.

Week's figure: 2,300 - the number of landmine and explosive remnant incidents recorded in Myanmar since 2021 by a monitoring group.
"""))
GOLD += [
E(10, ["Military jets bombed a jade mining camp near Hpakant"],
  "AIR", "2026-11-10", "day", "Hpakant", "MM", 14, 12, "at_least", "military", None, False,
  "Round-up dated Saturday 14 Nov; 'on Tuesday' -> 10 Nov. Myanmar's own air force -> military. 'at least 14' killed -> 14, at_least; 'dozens' wounded -> 12 (dev table; the qualifier describes the killed figure). '300 workers' is a distractor."),
E(10, ["Police in Rangamati arrested seven suspected members of an armed group"],
  "ARR", "2026-11-11", "day", "Rangamati", "BD", None, None, None, "police", None, False,
  "'on Wednesday' -> 11 Nov. 'four rifles and 90 rounds', '18 and 35', 'five days' are distractors."),
E(10, ["Suspected Boko Haram fighters abducted nine people"],
  "ABD", "2026-11-12", "day", "Mokolo", "CM", None, None, None, None, None, False,
  "'on Thursday night' -> 12 Nov. 'Suspected' -> speculation, null. 'a village near Mokolo' -> Mokolo (the village is unnamed). Abductees and ransom are not casualties."),
E(10, ["Insurgents beheaded two farmers near Balama"],
  "ATK", "2026-11-08", "day", "Balama", "MZ", 2, None, "exact", None, None, False,
  "'on Sunday' -> 8 Nov. Unnamed insurgents -> null. '600 people' fled is displacement."),
E(10, ["A Turkish drone struck a car near Qamishli"],
  "AIR", "2026-11-11", "day", "Qamishli", "SY", 3, None, "exact", "Turkish military", None, False,
  "'on Wednesday' -> 11 Nov. The SDF states it as fact, Ankara does not deny -> foreign force 'Turkish military'. The SDF's dead are the only figure."),
E(10, ["Two car bombs exploded ten minutes apart outside a police station in Derna"],
  "IED", "2026-11-13", "day", "Derna", "LY", 0, 4, "exact", None, None, False,
  "'on Friday' -> 13 Nov. Twin car bombs (not suicide attacks), one site, minutes apart -> one Remote explosive/landmine/IED event (events_test Guayaquil rule). 'no one was killed' -> 0; 'Four officers were injured' -> 4; 'ten minutes' is a span."),
E(10, ["hundreds of tea garden workers protesting unpaid wages blocked a highway"],
  "PI", "2026-11-09", "day", "Tinsukia", "IN", None, None, None, None, None, False,
  "'on Monday' -> 9 Nov. Dispersed with batons and tear gas -> Protest with intervention. No town named -> the district, Tinsukia. 'several protesters were hurt' has no figure -> null. The closing '2,300' since 2021 is a cumulative statistic."),
]

# --------------------------------------------------------------- holdout6-011
ARTICLES.append(A(11, "en", "article", "2026-03-09T16:00:00Z",
"Cricket: Rakibul's killer spell blows Zimbabwe away in Sylhet",
"""
SYLHET, March 9 - Zimbabwe's batsmen walked into an ambush at the Sylhet International Cricket Stadium on Monday, and by the time the smoke cleared Bangladesh had won the second one-day international by 143 runs to level the three-match series 1-1.

The damage was done by Rakibul Karim, 26, whose opening spell of 7-1-19-4 left the visitors at 31 for five. "He was lethal today," said Zimbabwe's captain. "We were shot down before we could settle. It was a massacre, to be honest, and we have to take it on the chin."

Earlier, Bangladesh had blasted 318 for six after being sent in. Nayeem Sarkar led the assault with a brutal 104 from 88 balls, including nine fours and five sixes that bombarded the grass banks at midwicket. He survived a dropped catch on 12 and punished the bowlers for it.

Zimbabwe never recovered. Three batsmen were run out in a chaotic collapse that saw the last seven wickets fall for 44 runs, and the innings was killed off in the 37th over with 175 on the board. Two of their bowlers were nursing injuries by the end of the day: a hamstring strain and a bruised finger. Neither was taken to hospital.

About 18,000 spectators, many of them schoolchildren let in free, cheered every wicket. The home side's coach called it "a bombshell of a performance" and warned that the decider in Chattogram on Thursday would be "a completely different battle".

Police said the crowd had been peaceful and that no arrests were made, despite a short scuffle at Gate 3 over tickets that was broken up within minutes.
"""))

# --------------------------------------------------------------- holdout6-012
ARTICLES.append(A(12, "en", "article", "2026-06-03T10:00:00Z",
"Seven dead as gas cylinder explodes in Chattogram market",
"""
CHATTOGRAM, June 3 - Seven people were killed and 23 injured when a gas cylinder exploded in a crowded wholesale market in Chattogram's old town on Tuesday evening, fire officials said on Wednesday.

The blast, at about 6.40 pm, tore through a row of spice shops and brought down part of a four-storey building. Fire fighters pulled two bodies from the rubble overnight, bringing the toll from five to seven. Nine of the injured are being treated for burns at Chattogram Medical College Hospital, three of them in critical condition.

"It sounded like a bomb," said Abdur Rahim, a 45-year-old shopkeeper who was thrown across the street. "There was fire everywhere, people running, screaming. It was like a battlefield."

Police ruled out sabotage. A preliminary investigation found that a leaking 35-kg cylinder used by a tea stall had been stored next to an electric generator, said the deputy commissioner. A case was filed against the building's owner for negligence, but no one has been detained.

Fire service data show that at least 210 people were killed in gas-related explosions in Bangladesh in 2025, up 20 per cent from the year before. In 2021, a similar explosion in a Dhaka building killed twelve people and injured more than 50.

The city corporation announced compensation of Tk 200,000 for the family of each person killed and Tk 50,000 for each of the injured. Traders said losses would exceed Tk 30 million. The market will stay closed for at least a week while engineers check the damaged buildings.
"""))

# --------------------------------------------------------------- holdout6-013
ARTICLES.append(A(13, "en", "transcript", "2026-10-22T12:30:00Z",
"Midday bulletin: school bombed in Sagaing, toll rises to thirteen",
"""
ANCHOR (NAW HTOO): Hello and welcome to the midday bulletin. The death toll from yesterday's air strike on a village school in Sagaing region has risen sharply. Our correspondent Ko Zaw is near the scene. Zaw, what is the latest?

KO ZAW: Hello. Yesterday morning, at about ten o'clock, a military jet dropped two bombs on the school in Let Kauk village, in Kani township. Last night the village administrator told us six people had died. This morning he says thirteen people are dead, seven of them children under ten, and about twenty are wounded. The school had some 240 pupils. Teachers say most of them were in the yard for a break.

ANCHOR: Has the military said anything?

KO ZAW: Not about the school. The army's information team said only that it had carried out "clearance operations" against terrorists in the area.

ANCHOR: There was also fighting near Kalewa this week.

KO ZAW: Yes. The local People's Defence Force says its fighters ambushed a military convoy on the Kalewa road on Tuesday and killed eleven soldiers. We cannot confirm that. Residents told us they saw at least four bodies on the road the next day.

ANCHOR: And arrests in Shwebo?

KO ZAW: On Monday soldiers detained twelve young men in Shwebo, aged 17 to 25, accusing them of supporting the resistance. Their families have had no news.

ANCHOR: Is this the first time that school has been hit?

KO ZAW: No. Last year an air strike on the same school killed three teachers. More than 4,000 people from Let Kauk and nearby villages are now sleeping in the forest.

ANCHOR: Thank you, Zaw. We will be back with more after the break.
"""))
GOLD += [
E(13, ["yesterday's air strike on a village school", "a military jet dropped two bombs on the school"],
  "AIR", "2026-10-21", "day", "Let Kauk", "MM", 13, 20, "exact", "military", None, False,
  "'yesterday' vs Thursday 22 Oct -> 21 Oct. 'six' revised to 'thirteen people are dead' -> 13, exact; 'about twenty are wounded' -> 20 (the qualifier describes the killed figure). Myanmar's own air force -> military. The village Let Kauk is the most specific place (Kani township named too). 'ten o'clock', 'seven of them children under ten' (subset), '240 pupils' are distractors."),
E(13, ["its fighters ambushed a military convoy on the Kalewa road"],
  "BAT", "2026-10-20", "day", "Kalewa", "MM", 4, None, "at_least", "People's Defence Force", "People's Defence Force", False,
  "'on Tuesday' -> 20 Oct. The PDF says its fighters ambushed the convoy -> claim; Armed clash initiated by the PDF. The claim's 'eleven soldiers' is not used; the residents' 'at least four bodies' is the only other figure -> 4, at_least (a third party's figure, events_holdout2 fr 027)."),
E(13, ["soldiers detained twelve young men in Shwebo"],
  "ARR", "2026-10-19", "day", "Shwebo", "MM", None, None, None, "military", None, False,
  "'On Monday' -> 19 Oct. Soldiers of Myanmar's army -> military. 'aged 17 to 25' is an age range."),
E(13, ["an air strike on the same school killed three teachers"],
  "AIR", "2025-01-01", "year", "Let Kauk", "MM", 3, None, "exact", None, None, True,
  "'Last year' -> 2025, year. No actor is named for that strike -> null (only the military flies aircraft there, but that is inference, as for events_val val-016). '4,000 people' is displacement."),
]
