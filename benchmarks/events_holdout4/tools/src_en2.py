"""Authoring source of benchmarks/events_holdout4 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: Lanao del Sur, Philippines (holdout4-007), a TV bulletin from Amhara,
Ethiopia (008), an opinion piece on Somalia (009), Anbar, Iraq (010) and
Khyber Pakhtunkhwa, Pakistan (011). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout4")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout4-007
ARTICLES.append(A(7, "en", "article", "2026-08-22T04:30:00Z",
"Ten dead as Lanao del Sur clash ends; grenade hurts six in Malabang",
"""
COTABATO CITY, Philippines, Aug. 22 (Wire) - Militants of the Dawlah Islamiyah group ambushed an army patrol outside Tubaran in Lanao del Sur province on Thursday, starting a gunfight in which five militants and three soldiers were killed, the army said. On Friday, troops combing the hills found the bodies of two more militants, bringing the number of dead to ten. Seven soldiers were wounded.

The patrol of 24 men from the 55th Infantry Battalion was checking reports that about 15 gunmen had set up camp near a school, said Lieutenant Colonel Ramon Dizon, 41. Troops later recovered three M16 rifles, a sniper rifle and a bag of homemade mortar rounds. About 1,200 families fled to the town centre and are sheltering in two gyms.

On Tuesday night, a grenade was thrown into a crowd outside a bus terminal in Malabang, some 50 km to the south. Six people were hurt, among them a 4-year-old girl, police said. No group has claimed the blast, and investigators said they did not yet know who was behind it.

Police arrested a 38-year-old man in Marantao on Wednesday on suspicion of making improvised bombs and seized 2 kilos of ammonium nitrate and nine blasting caps. Officers said he had been on a wanted list since 2021.

Dawlah Islamiyah has been weakened by years of army offensives, but it keeps a few dozen fighters in the mountains of the province. In October 2023, its gunmen killed two farmers near Tubaran who had refused to pay them, the army said at the time.

The provincial governor has offered a reward of 500,000 pesos for information on the Malabang attack.
"""))
GOLD += [
E(7, ["ambushed an army patrol outside Tubaran", "a gunfight in which five militants and three soldiers were killed"],
  "BAT", "2026-08-20", "day", "Tubaran", "PH", 10, 7, "exact", "Dawlah Islamiyah", None, False,
  "'on Thursday' vs Saturday 22 Aug -> 20 Aug. The militants ambushed -> initiator Dawlah Islamiyah, stated by the army (new canonical name; the group is named on its own, not as a branch of the Islamic State). 5 + 3 = 8, then two more bodies -> 'bringing the number of dead to ten' -> 10. '24 men', '55th', 'about 15 gunmen', '41', three rifles, '1,200 families', 'two gyms' are distractors."),
E(7, ["a grenade was thrown into a crowd outside a bus terminal in Malabang", "claimed the blast", "the Malabang attack"],
  "GRN", "2026-08-18", "day", "Malabang", "PH", None, 6, "exact", None, None, False,
  "'On Tuesday night' -> 18 Aug. Six hurt; '4-year-old' is an age; '50 km' a distance; unclaimed -> null. '500,000 pesos' is a reward."),
E(7, ["Police arrested a 38-year-old man in Marantao"],
  "ARR", "2026-08-19", "day", "Marantao", "PH", None, None, None, "police", None, False,
  "'on Wednesday' -> 19 Aug. '38-year-old' is an age; '2 kilos', 'nine blasting caps', 'since 2021' belong to the arrest."),
E(7, ["its gunmen killed two farmers near Tubaran"],
  "ATK", "2023-10-01", "month", "Tubaran", "PH", 2, None, "exact", "Dawlah Islamiyah", None, True,
  "'In October 2023' -> month. 'its gunmen' = Dawlah Islamiyah's, stated by the army."),
]

# --------------------------------------------------------------- holdout4-008
ARTICLES.append(A(8, "en", "transcript", "2026-09-15T18:00:00Z",
"Evening news: drone strike on Woldia bus station",
"""
ANCHOR: Good evening. Twenty-six people were killed yesterday when a drone struck the main bus station in Woldia, in Ethiopia's Amhara region. Our reporter Meron Tesfaye has been following the story. Meron.

MERON TESFAYE: Thank you. Yes, the strike came at around, uh, half past eight on Monday morning, when the station was full of people going to the market. Hospital staff told us twenty-six were dead and more than fifty were wounded. Residents blame the federal army, which uses drones against Fano in the area. The government says its forces, um, did not carry out any strike in Woldia.

ANCHOR: Was there fighting in the area as well?

MERON TESFAYE: There was. On Sunday, Fano fighters ambushed a military convoy on the road between Kobo and Woldia. The army says it lost four soldiers and killed, uh, thirty of the attackers. Fano claimed the ambush and says it killed, um, more than a hundred soldiers and seized nine trucks. We cannot check either figure.

ANCHOR: And in Dessie?

MERON TESFAYE: In Dessie, students from the university marched this afternoon against the drone strike. Several hundred of them. Police fired tear gas and, uh, beat some of the marchers, and a student told us at least twelve were hurt. Later the federal police said they had detained twenty-three students for, quote, disturbing public order.

ANCHOR: This isn't the first strike on a public place in Amhara, is it?

MERON TESFAYE: No. Two years ago, a strike on a wedding near Debre Tabor killed, uh, fifteen guests. And the region has been under a state of emergency since 2023.

ANCHOR: Meron Tesfaye, thank you.
"""))
GOLD += [
E(8, ["a drone struck the main bus station in Woldia", "the strike came at around", "the drone strike", "any strike in Woldia"],
  "AIR", "2026-09-14", "day", "Woldia", "ET", 26, 50, "exact", None, None, False,
  "'yesterday' / 'on Monday' vs Tuesday 15 Sept -> 14 Sept. Residents blame the army, the government denies -> null. 'twenty-six' killed and 'more than fifty' wounded; the qualifier describes the killed figure -> exact. 'half past eight' is a time."),
E(8, ["Fano fighters ambushed a military convoy", "Fano claimed the ambush"],
  "BAT", "2026-09-13", "day", "Kobo", "ET", 34, None, "exact", "Fano", "Fano", False,
  "'On Sunday' -> 13 Sept. Road between Kobo and Woldia -> Kobo. The army's 'four soldiers and ... thirty of the attackers' = 34; Fano's 'more than a hundred soldiers' is a claimant's toll. 'nine trucks' are distractors."),
E(8, ["students from the university marched this afternoon"],
  "PI", "2026-09-15", "day", "Dessie", "ET", None, 12, "at_least", None, None, False,
  "'this afternoon' -> 15 Sept. Police tear gas and beatings -> Protest with intervention. 'at least twelve were hurt'. 'Several hundred' are participants."),
E(8, ["they had detained twenty-three students"],
  "ARR", "2026-09-15", "day", "Dessie", "ET", None, None, None, "police", None, False,
  "'Later' the same day -> 15 Sept. Federal police -> police. 'twenty-three' are arrestees. A separate Arrests event, as in events_val val-015."),
E(8, ["a strike on a wedding near Debre Tabor"],
  "AIR", "2024-01-01", "year", "Debre Tabor", "ET", 15, None, "exact", None, None, True,
  "'Two years ago' -> 2024, year. A 'strike' in a bulletin about drone strikes -> Air/drone strike, actor not named. 'since 2023' is a state of emergency, not an event."),
]

# --------------------------------------------------------------- holdout4-009
ARTICLES.append(A(9, "en", "article", "2026-10-05T08:00:00Z",
"Opinion: Somalia's war is being fought in its small towns",
"""
Opinion. The car bomb that killed at least 14 people at a checkpoint in Qoryoley on Saturday will be described in Mogadishu as another sign that al-Shabaab is desperate. The group claimed it within an hour. I have heard the word "desperate" for nine years.

Consider the record of the towns most Somalis never visit. In 2017, al-Shabaab fighters overran an army base outside Baardheere and killed dozens of soldiers; the army never published a figure. In March 2022, a bomb in a tea shop in Afmadow killed thirty-one people, most of them day labourers. Two years ago, gunmen took nine aid workers from a clinic near Luuq; six are still missing. None of these made foreign headlines.

The pattern has not changed this year. In August, a US air strike on a training camp near Saakow killed what the US military called "several" fighters; local elders said four herders died too. Ten days ago, al-Shabaab gunmen shot dead two teachers in El Bur (Ceel Buur) for teaching the government curriculum.

Meanwhile the federal government promises offensives. It has announced the deployment of 3,000 newly trained troops, the third such announcement since 2024, and says 70 per cent of the country is now "liberated". Residents of Qoryoley, where 14 families buried their dead on Sunday, might disagree.

What would help is dull work: paying soldiers on time, protecting teachers and health workers, and counting the dead honestly. Until then, every bomb will be called the last gasp of a movement that is still breathing.

The writer is a former district commissioner in Lower Shabelle.
"""))
GOLD += [
E(9, ["The car bomb that killed at least 14 people at a checkpoint in Qoryoley", "The group claimed it"],
  "IED", "2026-10-03", "day", "Qoryoley", "SO", 14, None, "at_least", "al-Shabaab", "al-Shabaab", False,
  "'on Saturday' vs Monday 5 Oct -> 3 Oct. A car bomb with no bomber mentioned -> IED. Claimed by al-Shabaab ('The group'). 'nine years', '14 families' (repeat of the toll, not a new figure) are distractors."),
E(9, ["al-Shabaab fighters overran an army base outside Baardheere"],
  "BAT", "2017-01-01", "year", "Baardheere", "SO", 12, None, "at_least", "al-Shabaab", None, True,
  "'In 2017' -> year. Overran a base -> Armed clash initiated by al-Shabaab. 'dozens of soldiers' -> 12, at_least (dev table)."),
E(9, ["a bomb in a tea shop in Afmadow"],
  "IED", "2022-03-01", "month", "Afmadow", "SO", 31, None, "exact", None, None, True,
  "'In March 2022' -> month. 'thirty-one'. No actor named."),
E(9, ["gunmen took nine aid workers from a clinic near Luuq"],
  "ABD", "2024-01-01", "year", "Luuq", "SO", None, None, None, None, None, True,
  "'Two years ago' -> 2024, year. 'nine' abductees, 'six are still missing' are not casualties."),
E(9, ["a US air strike on a training camp near Saakow"],
  "AIR", "2026-08-01", "month", "Saakow", "SO", 4, None, "at_least", "US military", None, True,
  "'In August' vs 5 Oct -> 2026-08, month, 65 days -> background. 'several' fighters has no figure; the elders' 'four herders died too' is the only figure -> 4, at_least (the fighters are uncounted)."),
E(9, ["al-Shabaab gunmen shot dead two teachers in El Bur"],
  "ATK", "2026-09-25", "day", "El Bur", "SO", 2, None, "exact", "al-Shabaab", None, False,
  "'Ten days ago' vs 5 Oct -> 25 Sept. Stated as fact by the writer -> al-Shabaab. 'El Bur (Ceel Buur)': the English spelling is used."),
]

# --------------------------------------------------------------- holdout4-010
ARTICLES.append(A(10, "en", "article", "2026-02-04T11:00:00Z",
"Islamic State attack on Anbar desert post kills eight",
"""
BAGHDAD, Feb. 4 (Wire) - Islamic State militants attacked an army post in the desert west of Rutba in Iraq's Anbar province late on Monday, killing six soldiers, the Joint Operations Command said on Wednesday. The earlier figure of four soldiers killed, given by a local official on Tuesday, was revised after two wounded men died on the way to Ramadi. Two of the attackers were also killed, and five soldiers were wounded.

The militants, about a dozen men in three pickup trucks, opened fire with machine guns and rocket-propelled grenades at around 11:30 p.m., the statement said. The post, about 90 km from the Jordanian border, had a garrison of 17.

The Islamic State's Amaq agency carried a claim on Tuesday evening saying the group's fighters had killed "20 apostate soldiers".

Iraqi F-16s struck a cave complex near Akashat on Tuesday, killing between five and seven militants believed to be linked to the attack, the military said.

Separately, counter-terrorism police arrested three men in Ramadi on Wednesday morning who are suspected of supplying the cell with fuel and food. Officers found 4,000 dollars in cash in one of the houses.

Attacks of this kind have become rarer in Anbar. The last comparable one, in 2021, killed five soldiers at a post near Rutba. Officials say the Islamic State still has between 1,000 and 2,000 fighters in Iraq and Syria, most of them in small desert cells.

Tribal leaders in Rutba held a meeting on Wednesday to offer condolences and pledged 200 volunteers to help guard the highway to Jordan.
"""))
GOLD += [
E(10, ["Islamic State militants attacked an army post in the desert west of Rutba", "linked to the attack"],
  "BAT", "2026-02-02", "day", "Rutba", "IQ", 8, 5, "exact", "Islamic State", "Islamic State", False,
  "'late on Monday' vs Wednesday 4 Feb -> 2 Feb. An attack on a garrisoned post with fighting -> Armed clash initiated by the Islamic State. 'six soldiers' (revised from 'The earlier figure of four') + 'Two of the attackers' = 8. Claimed via Amaq; the claim's '20 apostate soldiers' is not used. 'about a dozen men', 'three pickup trucks', '11:30 p.m.', '90 km', '17' are distractors."),
E(10, ["Iraqi F-16s struck a cave complex near Akashat"],
  "AIR", "2026-02-03", "day", "Akashat", "IQ", 5, None, "at_least", "military", None, False,
  "'on Tuesday' -> 3 Feb. 'between five and seven' -> 5, at_least (range rule). Iraqi air force -> military."),
E(10, ["counter-terrorism police arrested three men in Ramadi"],
  "ARR", "2026-02-04", "day", "Ramadi", "IQ", None, None, None, "police", None, False,
  "'on Wednesday morning' -> 4 Feb. '4,000 dollars' belongs to the arrest."),
E(10, ["The last comparable one, in 2021"],
  "BAT", "2021-01-01", "year", "Rutba", "IQ", 5, None, "exact", None, None, True,
  "'in 2021' -> year. 'comparable' to an attack on a post -> Armed clash; no actor named in the sentence. 'between 1,000 and 2,000 fighters' is a strength estimate, not casualties; '200 volunteers' are not casualties."),
]

# --------------------------------------------------------------- holdout4-011
ARTICLES.append(A(11, "en", "article", "2026-10-17T10:00:00Z",
"Eleven dead in attack on Khyber checkpoint; blast hits Timergara market",
"""
PESHAWAR, Oct. 17 (Wire) - Pakistani Taliban fighters attacked a police checkpoint in Bara, in Khyber Pakhtunkhwa's Khyber district, late on Thursday, killing four policemen and wounding six, police said. All seven attackers were killed in a gun battle that lasted until dawn, said district police chief Saleem Afridi.

Tehreek-e-Taliban Pakistan claimed the attack in a message to reporters, saying its men had killed 15 officers. The checkpoint, built in 2019, sits 12 km from the provincial capital.

On Friday morning, a bomb hidden in a motorcycle went off in the main market of Timergara, in Lower Dir, killing two people and wounding thirteen. A vegetable seller, 61, was among the dead. Islamic State Khorasan said in a claim posted on Friday evening that it had targeted "Taliban spies".

Police in Landi Kotal said they had arrested four suspected facilitators of the Bara attack on Friday afternoon and found two Kalashnikovs and 500 rounds in a hujra.

Since October 2, more than 3,000 families have left the Tirah valley ahead of an expected army offensive against the Pakistani Taliban, according to local elders, who said a mortar round killed a shepherd boy, 11, last week.

Lawyers in Timergara boycotted the courts on Saturday morning and marched to the press club to demand better security; the march was peaceful.

Khyber Pakhtunkhwa has suffered more than 600 militant attacks this year, according to a think tank in Islamabad, up 20 per cent from 2025.
"""))
GOLD += [
E(11, ["Pakistani Taliban fighters attacked a police checkpoint in Bara", "a gun battle that lasted until dawn", "claimed the attack in a message"],
  "BAT", "2026-10-15", "day", "Bara", "PK", 11, 6, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", False,
  "'late on Thursday' vs Saturday 17 Oct -> 15 Oct. An attack on a checkpoint with a gun battle -> Armed clash initiated by the TTP, which claims it (canonical Tehrik-i-Taliban Pakistan). 'four policemen' + 'All seven attackers' = 11; the claim's '15 officers' is not used. 'built in 2019', '12 km' are distractors."),
E(11, ["a bomb hidden in a motorcycle went off in the main market of Timergara"],
  "IED", "2026-10-16", "day", "Timergara", "PK", 2, 13, "exact", "Islamic State", "Islamic State", False,
  "'On Friday morning' -> 16 Oct. 'two' killed, 'thirteen' wounded. Claimed by Islamic State Khorasan -> Islamic State. '61' is an age."),
E(11, ["they had arrested four suspected facilitators of the Bara attack"],
  "ARR", "2026-10-16", "day", "Landi Kotal", "PK", None, None, None, "police", None, False,
  "'on Friday afternoon' -> 16 Oct. Weapons found belong to the arrest."),
E(11, ["a mortar round killed a shepherd boy, 11, last week"],
  "SHL", None, None, "Tirah", "PK", 1, None, "exact", None, None, False,
  "'last week' -> null date, not background. One boy killed; '11' is his age. The round's origin is not stated -> null. 'Since October 2, more than 3,000 families have left' (displacement) and the 'expected army offensive' (future) are not events."),
E(11, ["Lawyers in Timergara boycotted the courts on Saturday morning"],
  "PP", "2026-10-17", "day", "Timergara", "PK", None, None, None, None, None, False,
  "'on Saturday morning' vs Saturday 17 Oct (published 10:00 UTC) -> 17 Oct, the publication day. Peaceful. '600 militant attacks', '20 per cent' are cumulative statistics."),
]
