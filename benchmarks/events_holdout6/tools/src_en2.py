"""Authoring source of benchmarks/events_holdout6 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in English: a local newspaper from Gossaigaon, Assam (holdout6-005), a
background-heavy explainer on Salamiyah, Syria (006), a wire story from
Abyan, Yemen (007) and a radio bulletin on Libya (008)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout6")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout6-005
ARTICLES.append(A(5, "en", "article", "2026-06-15T01:30:00Z",
"Grenade hurled into Gossaigaon market, 14 hurt",
"""
GOSSAIGAON, June 14: Fourteen people, including three children, were injured when unidentified men hurled a grenade into the crowded weekly market here on Saturday at around 5.30 pm. No one was killed, the officer in charge of the Gossaigaon police station said, adding that two of the injured, a 60-year-old vegetable vendor and his seven-year-old grandson, had been referred to a hospital in Guwahati.

The explosion left a crater about one foot deep near the fish stalls, and at least 30 stalls were damaged. Traders put their losses at over Rs 8 lakh.

Police suspect the hand of the ULFA (Independent), which has been trying to extort money from traders in the area, but the outfit has not claimed the blast.

Late on Sunday, police arrested two youths, aged 19 and 23, from a rented house in Gossaigaon town in connection with the blast. A motorcycle and three mobile phones were seized.

Earlier on Sunday, hundreds of traders downed shutters and blocked the Gossaigaon-Kokrajhar road for four hours to demand security. The blockade was lifted peacefully after the district commissioner assured them of more patrols and compensation of Rs 10,000 to each injured person.

It was not the first explosion at the market. In October 2019, a bomb hidden in a bicycle killed two people and injured eleven there. The district has otherwise remained largely calm for the past six years, and the Saturday market, which draws about 5,000 people from 40 villages, had only recently returned to its old size.

The market will remain closed till Wednesday.
"""))
GOLD += [
E(5, ["unidentified men hurled a grenade into the crowded weekly market", "claimed the blast", "in connection with the blast"],
  "GRN", "2026-06-13", "day", "Gossaigaon", "IN", 0, 14, "exact", None, None, False,
  "Dateline 'June 14', published 15 June UTC; 'on Saturday' -> 13 June. 'No one was killed' -> killed 0; 'Fourteen people ... were injured' -> 14. The police only 'suspect' the ULFA (Independent), which has not claimed -> speculation, null. '5.30 pm', 'three children' (subset), '60-year-old', 'seven-year-old', 'one foot', '30 stalls', 'Rs 8 lakh' are distractors."),
E(5, ["police arrested two youths"],
  "ARR", "2026-06-14", "day", "Gossaigaon", "IN", None, None, None, "police", None, False,
  "'Late on Sunday' -> 14 June. Ages '19 and 23', 'three mobile phones' are distractors."),
E(5, ["hundreds of traders downed shutters and blocked the Gossaigaon-Kokrajhar road", "The blockade"],
  "PP", "2026-06-14", "day", "Gossaigaon", "IN", None, None, None, None, None, False,
  "'Earlier on Sunday' -> 14 June. A road blockade lifted peacefully -> Peaceful protest; a road between two places -> first-named place, Gossaigaon. 'four hours', 'Rs 10,000' are distractors."),
E(5, ["a bomb hidden in a bicycle killed two people and injured eleven there"],
  "IED", "2019-10-01", "month", "Gossaigaon", "IN", 2, 11, "exact", None, None, True,
  "'In October 2019' -> month. 'six years', '5,000 people', '40 villages' are distractors."),
]

# --------------------------------------------------------------- holdout6-006
ARTICLES.append(A(6, "en", "article", "2026-07-22T08:00:00Z",
"Explainer: why the Islamic State keeps coming back to Salamiyah",
"""
A car bomb that exploded outside a bakery in Salamiyah on Monday morning killed nine people and wounded 31, the health directorate in Hama said on Tuesday, revising an earlier toll of seven dead. The Islamic State claimed the bombing through its Amaq agency, saying it had targeted "a gathering of apostates". The interior ministry said on Tuesday it had arrested two men in Hama suspected of driving the car, which carried about 50 kg of explosives, into the town.

Salamiyah, a town of about 100,000 people 30 km south-east of Hama, sits on the edge of the Badia, the desert where the group's remaining cells have hidden since 2019. Its mostly Ismaili population has been a target for years. A timeline of earlier attacks on the town and its surroundings:

March 2017: An Islamic State suicide bomber blew himself up at a checkpoint at the western entrance of Salamiyah, killing four militiamen and himself.

October 2020: Islamic State fighters ambushed an army bus on the road from Salamiyah to Ithriya, killing 17 soldiers. The group said it had killed 40.

2022: A landmine left by the group killed three truffle hunters near Uqayribat. Dozens of such deaths are recorded every spring in the Badia.

January 2025: In the weeks after the fall of the old government, gunmen kidnapped four Ismaili merchants in Salamiyah. Two of them were found dead a week later; the other two were freed for a ransom of $60,000.

April 2026: Security forces arrested a cell of six men on a farm outside Salamiyah with 40 kg of explosives and two suicide vests.

Local officials say at least 120 residents have been killed in attacks since 2011. Monday's bombing was the deadliest in the town since the 2020 ambush.
"""))
GOLD += [
E(6, ["A car bomb that exploded outside a bakery in Salamiyah", "claimed the bombing", "Monday's bombing"],
  "IED", "2026-07-20", "day", "Salamiyah", "SY", 9, 31, "exact", "Islamic State", "Islamic State", False,
  "'on Monday morning' vs Wednesday 22 July -> 20 July. A parked car bomb, not a suicide attack -> Remote explosive/landmine/IED. 'killed nine ... revising an earlier toll of seven' -> 9; 'wounded 31'. Claimed through Amaq -> Islamic State. '50 kg', '100,000 people', '30 km' are distractors."),
E(6, ["The interior ministry said on Tuesday it had arrested two men in Hama"],
  "ARR", "2026-07-21", "day", "Hama", "SY", None, None, None, "police", None, False,
  "Known only from the announcement 'on Tuesday' -> 21 July (announcement-date rule). Interior ministry -> police."),
E(6, ["An Islamic State suicide bomber blew himself up at a checkpoint"],
  "SUI", "2017-03-01", "month", "Salamiyah", "SY", 5, None, "exact", "Islamic State", None, True,
  "'March 2017' -> month. 'killing four militiamen and himself' -> 4 + the bomber = 5 (bombers count when the text counts them). Stated as fact, no claim mentioned -> perpetrator only."),
E(6, ["Islamic State fighters ambushed an army bus", "the 2020 ambush"],
  "BAT", "2020-10-01", "month", "Salamiyah", "SY", 17, None, "exact", "Islamic State", None, True,
  "'October 2020' -> month. An ambush on soldiers -> Armed clash initiated by the Islamic State (stated as fact). 'on the road from Salamiyah to Ithriya' -> first-named place. The group's own '40' is not used; no claim is described as such, so claimed_by stays null."),
E(6, ["A landmine left by the group killed three truffle hunters"],
  "IED", "2022-01-01", "year", "Uqayribat", "SY", 3, None, "exact", "Islamic State", None, True,
  "'2022' -> year. 'left by the group' (the Islamic State) stated as fact. 'Dozens of such deaths ... every spring' is a generic statistic."),
E(6, ["gunmen kidnapped four Ismaili merchants in Salamiyah"],
  "ABD", "2025-01-01", "month", "Salamiyah", "SY", 2, None, "exact", None, None, True,
  "'January 2025' -> month. Two found dead -> killed 2 on the abduction (deaths in captivity, events_val val-018 rule). Unnamed gunmen -> null. '$60,000' is money."),
E(6, ["Security forces arrested a cell of six men"],
  "ARR", "2026-04-01", "month", "Salamiyah", "SY", None, None, None, "police", None, True,
  "'April 2026' -> month, more than 30 days before 22 July -> background. 'a farm outside Salamiyah' -> Salamiyah. Security forces of the interior ministry -> police. '40 kg', 'two suicide vests' belong to the arrest. 'at least 120 residents ... since 2011' is a cumulative statistic, not an event."),
]

# --------------------------------------------------------------- holdout6-007
ARTICLES.append(A(7, "en", "article", "2026-08-08T10:00:00Z",
"Yemen: suicide car bomb kills five soldiers at Abyan checkpoint",
"""
CAIRO, Aug 8 (Wire) - A suicide bomber drove an explosives-laden car into a checkpoint of government forces in Mahfad, in Yemen's southern Abyan province, on Friday, killing four soldiers and himself, a security official said. Seven soldiers were wounded.

Al-Qaeda in the Arabian Peninsula claimed the attack hours later, saying it had killed "more than 20 apostates".

On Saturday the official said one of the wounded soldiers had died overnight, bringing the military toll to five dead and six wounded. The checkpoint, 15 km east of the town centre, had been reinforced in June with 150 troops after a string of attacks on the Mahfad-Ahwar road.

Further north, a drone launched by the Houthis struck a fuel station in al-Dhale on Thursday night, killing a 10-year-old boy and wounding three people, the provincial governor said. The Houthis did not comment. It was the 23rd drone attack on the province since January, according to a local monitoring group, which says about 4,000 families have left frontline villages there.

In Lahij province, counter-terrorism police said on Friday they had arrested three men suspected of smuggling weapons to AQAP and seized 14 rifles and a rocket launcher.

AQAP has stepped up its campaign in Abyan since 2024. In March 2021, the group's fighters ambushed an army patrol on the road between Mahfad and Ahwar, killing six soldiers. Analysts estimate the group still has between 2,000 and 3,000 fighters in the south.
"""))
GOLD += [
E(7, ["A suicide bomber drove an explosives-laden car into a checkpoint", "claimed the attack"],
  "SUI", "2026-08-07", "day", "Mahfad", "YE", 6, 6, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'on Friday' vs Saturday 8 Aug -> 7 Aug. 'four soldiers and himself' (5), then a wounded soldier died overnight: 'five dead and six wounded' are the soldiers -> killed 5 soldiers + the bomber = 6; injured 6. The claim's 'more than 20' is not used. '15 km', '150 troops' are distractors."),
E(7, ["a drone launched by the Houthis struck a fuel station in al-Dhale"],
  "AIR", "2026-08-06", "day", "al-Dhale", "YE", 1, 3, "exact", "Houthis", None, False,
  "'on Thursday night' -> 6 Aug. The governor states it as fact and the Houthis 'did not comment' (no denial, events_test test-009) -> Houthis. '10-year-old' is an age; '23rd drone attack', '4,000 families' are cumulative figures."),
E(7, ["counter-terrorism police said on Friday they had arrested three men"],
  "ARR", "2026-08-07", "day", "Lahij", "YE", None, None, None, "police", None, False,
  "Announcement 'on Friday' -> 7 Aug. No town named -> the province, Lahij. '14 rifles' belong to the arrest."),
E(7, ["the group's fighters ambushed an army patrol"],
  "BAT", "2021-03-01", "month", "Mahfad", "YE", 6, None, "exact", "al-Qaeda in the Arabian Peninsula", None, True,
  "'In March 2021' -> month. An ambush on a patrol -> Armed clash initiated by AQAP (stated as fact). A road between two places -> first-named place, Mahfad. 'between 2,000 and 3,000 fighters' is a strength estimate."),
]

# --------------------------------------------------------------- holdout6-008
ARTICLES.append(A(8, "en", "transcript", "2026-09-15T06:00:00Z",
"Morning bulletin: fighting in Zawiya, councillor kidnapped in Sabha",
"""
PRESENTER: It's eight o'clock. Clashes between two armed groups in Zawiya, west of Tripoli, went on for a second day yesterday. Our correspondent Salma Ben Ali is on the line. Salma, good morning.

SALMA BEN ALI: Good morning. The fighting started on Sunday afternoon near the oil refinery and spread to residential streets overnight. Yesterday evening the emergency medicine centre was still giving a figure of six dead. This morning it says nine people have been killed: five fighters from the two sides and four civilians, among them a woman and her eight-year-old son. Twenty-six people were wounded.

PRESENTER: Who is fighting whom?

SALMA BEN ALI: Two local brigades that have been at odds for months over fuel smuggling routes. Neither has commented. A ceasefire arranged by tribal elders took hold at about eleven last night, but some 1,200 families who fled the coastal district are still waiting to go home.

PRESENTER: In the south, a kidnapping in Sabha.

SALMA BEN ALI: Yes. Gunmen seized a municipal councillor, Abdelsalam al-Mahdi, who is 48, outside his home in Sabha on Saturday night. His family says the kidnappers want 500,000 dinars.

PRESENTER: And there was a demonstration in the capital.

SALMA BEN ALI: Several hundred people rallied in Martyrs' Square in Tripoli yesterday afternoon to call on the armed groups to leave Zawiya. The rally was peaceful and broke up before dark.

PRESENTER: Thank you, Salma. The interior ministry says its officers arrested two men in Misrata on Monday with 30 kg of explosives and 200 detonators. Now the weather.
"""))
GOLD += [
E(8, ["Clashes between two armed groups in Zawiya", "The fighting started on Sunday afternoon"],
  "BAT", "2026-09-13", "day", "Zawiya", "LY", 9, 26, "exact", None, None, False,
  "Tuesday 15 Sept bulletin; 'went on for a second day yesterday', 'started on Sunday afternoon' -> dated at its start, 13 Sept. 'six dead' revised to 'nine people have been killed: five fighters ... and four civilians' -> 9; 'Twenty-six' wounded. Two unnamed brigades, no initiator -> null. 'eight-year-old', 'eleven last night', '1,200 families' are distractors."),
E(8, ["a kidnapping in Sabha", "Gunmen seized a municipal councillor"],
  "ABD", "2026-09-12", "day", "Sabha", "LY", None, None, None, None, None, False,
  "'on Saturday night' -> 12 Sept. The presenter's cue names the event (events_val rule). '48', '500,000 dinars' are distractors."),
E(8, ["a demonstration in the capital", "Several hundred people rallied in Martyrs' Square in Tripoli", "The rally"],
  "PP", "2026-09-14", "day", "Tripoli", "LY", None, None, None, None, None, False,
  "'yesterday afternoon' -> 14 Sept. 'peaceful' -> Peaceful protest. Martyrs' Square is in Tripoli."),
E(8, ["its officers arrested two men in Misrata"],
  "ARR", "2026-09-14", "day", "Misrata", "LY", None, None, None, "police", None, False,
  "'on Monday' -> 14 Sept. Interior ministry officers -> police. '30 kg', '200 detonators' belong to the arrest."),
]
