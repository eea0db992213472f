"""Authoring source of benchmarks/events_holdout4 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: a podcast on southern Thailand (holdout4-012), Oromia, Ethiopia (013),
El Obeid, Sudan (014) and the two English traps: a marathon report (015) and
a coal-mine accident (016). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout4")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout4-012
ARTICLES.append(A(12, "en", "transcript", "2026-11-04T12:00:00Z",
"Deep South Weekly, episode 88: a tea shop, a headman and a quiet war",
"""
HOST: Hi, and welcome to Deep South Weekly. I'm Daniel Hart, and with me as always is our reporter in Narathiwat, Aminah Salae. Aminah, it was a bad weekend.

AMINAH SALAE: It was, Daniel. So, uh, on Sunday night a bomb went off outside a tea shop in Sungai Kolok, right by the railway station. Two people died, a, um, a tea seller and a customer, and fourteen were injured. The device was in the basket of a motorbike, about five kilos, police think.

HOST: Has anybody said they did it?

AMINAH SALAE: No. Nobody has claimed it, which is normal here. The army says it was insurgents, but, you know, it doesn't name anyone.

HOST: And then Monday?

AMINAH SALAE: Monday morning, gunmen on a motorcycle shot dead a village headman in Rueso while he was, uh, driving his daughter to school. She wasn't hurt. He was fifty-three. He had been threatened twice this year.

HOST: Anything since?

AMINAH SALAE: Yesterday rangers exchanged fire with a small group of insurgents in a rubber plantation in Tak Bai, for about twenty minutes. Nobody was hurt on either side, the army says, and the insurgents got away across the river.

HOST: For listeners who are new, put this in context.

AMINAH SALAE: Sure. The conflict has killed, um, more than seven thousand people since 2004. And some attacks still haunt people, like the motorbike bomb outside a school in Pattani in 2018 that killed three pupils.

HOST: Aminah Salae, thanks. If you want to support the show, it's two dollars a month. See you next Wednesday.
"""))
GOLD += [
E(12, ["a bomb went off outside a tea shop in Sungai Kolok", "claimed it, which is normal here"],
  "IED", "2026-11-01", "day", "Sungai Kolok", "TH", 2, 14, "exact", None, None, False,
  "'on Sunday night' vs Wednesday 4 Nov -> 1 Nov. 'Two people died' (a tea seller and a customer), 'fourteen were injured'. Unclaimed; 'insurgents' unnamed -> null. 'about five kilos' is a weight."),
E(12, ["gunmen on a motorcycle shot dead a village headman in Rueso"],
  "ATK", "2026-11-02", "day", "Rueso", "TH", 1, 0, "exact", None, None, False,
  "'Monday morning' -> 2 Nov. One killed; 'She wasn't hurt' -> injured 0. 'fifty-three' is his age; 'twice this year' are threats."),
E(12, ["rangers exchanged fire with a small group of insurgents"],
  "BAT", "2026-11-03", "day", "Tak Bai", "TH", 0, 0, "exact", None, None, False,
  "'Yesterday' -> 3 Nov. 'Nobody was hurt on either side' -> 0/0. No initiator stated. 'twenty minutes' is a span."),
E(12, ["the motorbike bomb outside a school in Pattani"],
  "IED", "2018-01-01", "year", "Pattani", "TH", 3, None, "exact", None, None, True,
  "'in 2018' -> year. 'more than seven thousand people since 2004' is a cumulative statistic; 'two dollars' and 'episode 88' are distractors."),
]

# --------------------------------------------------------------- holdout4-013
ARTICLES.append(A(13, "en", "article", "2026-01-23T09:00:00Z",
"Seventeen students abducted in western Oromia; army says up to 40 rebels killed",
"""
ADDIS ABABA, Jan. 23 (Wire) - Gunmen stopped a bus carrying 17 university students near Gimbi in Ethiopia's Oromia region on Tuesday and led them into the forest, regional officials said. Five of the students, all women, were freed on Thursday after their families paid, relatives said. The kidnappers had asked for 500,000 birr for each student.

Regional officials blamed the Oromo Liberation Army for the abduction. The OLA denied any role in a statement and called for an independent investigation.

On Wednesday, federal forces attacked an OLA camp in the hills near Nekemte, about 110 km east of Gimbi, and killed up to 40 rebels, the army said. It did not give its own losses. The OLA said the figure was invented.

On Thursday, the bodies of three farmers, two brothers aged 19 and 24 and their uncle, were found in a maize field outside Nekemte. Residents said the men had been taken from their homes on Wednesday night by men in uniform. Nobody has said who killed them.

In Gimbi on Thursday, about 200 parents and students gathered outside the zone administration office to demand the release of the remaining students. They dispersed after officials met them.

Kidnappings for ransom have become common on the roads of western Oromia. Last year, 31 passengers were taken from two buses near Gimbi, and four of them were killed before the others were released.
"""))
GOLD += [
E(13, ["Gunmen stopped a bus carrying 17 university students near Gimbi", "for the abduction"],
  "ABD", "2026-01-20", "day", "Gimbi", "ET", None, None, None, None, None, False,
  "'on Tuesday' vs Friday 23 Jan -> 20 Jan. Blamed on the OLA, which denies -> null. '17' abductees, 'Five ... were freed', '500,000 birr' are not casualties."),
E(13, ["federal forces attacked an OLA camp in the hills near Nekemte"],
  "BAT", "2026-01-21", "day", "Nekemte", "ET", 40, None, "about", "military", None, False,
  "'On Wednesday' -> 21 Jan. Federal forces attacked -> initiator military. The acting force's 'up to 40' is the only figure -> 40, about (dev table: 'up to'). The OLA's dismissal is of the figure, not a claim. '110 km' is a distance."),
E(13, ["the bodies of three farmers", "taken from their homes on Wednesday night by men in uniform"],
  "ATK", "2026-01-21", "day", "Nekemte", "ET", 3, None, "exact", None, None, False,
  "Taken 'on Wednesday night' (21 Jan) and found Thursday: dated at the abduction that led to the killing, the earliest known date; one incident coded once as an Attack (holdout3 rule for a killing and an abduction in one incident). 'aged 19 and 24' are ages. 'men in uniform' unnamed -> null."),
E(13, ["about 200 parents and students gathered outside the zone administration office"],
  "PP", "2026-01-22", "day", "Gimbi", "ET", None, None, None, None, None, False,
  "'on Thursday' -> 22 Jan. Dispersed after a meeting -> Peaceful protest. 'about 200' are participants."),
E(13, ["31 passengers were taken from two buses near Gimbi"],
  "ABD", "2025-01-01", "year", "Gimbi", "ET", 4, None, "exact", None, None, True,
  "'Last year' -> 2025, year. Four killed in captivity -> killed 4 on the abduction (events_val val-018). '31 passengers' and 'two buses' are not casualties."),
]

# --------------------------------------------------------------- holdout4-014
ARTICLES.append(A(14, "en", "article", "2026-11-23T08:00:00Z",
"RSF drone strike on El Obeid depot kills 12",
"""
PORT SUDAN, Nov. 23 (Wire) - A drone strike on a fuel depot in El Obeid, the capital of North Kordofan, killed nine people on Saturday, and three more died overnight of their burns at the city's teaching hospital, bringing the toll to 12, a health ministry official said on Monday. Some 25 people were wounded.

The Rapid Support Forces said in a statement that their drones had hit "military fuel stores" in El Obeid and that the army was using the depot to supply its troops. The army said the dead were workers and truck drivers.

Flames from the depot could be seen 30 km away, and the fire burned for about 18 hours, residents said. The depot held some 4 million litres of fuel, according to the state oil company.

On Sunday, army military intelligence detained 14 people in Omdurman accused of sending the coordinates of army positions to the RSF. They included two women and a 70-year-old trader, relatives said.

El Obeid has been hit before. Last December, RSF drones struck the city's power station; nobody was killed, but the city was without electricity for 11 days. The army has since installed two air-defence systems around the city, it said, without saying where.

Aid agencies say fuel prices in Kordofan have doubled since the spring, and more than 400,000 people have fled to El Obeid from surrounding towns since 2024.
"""))
GOLD += [
E(14, ["A drone strike on a fuel depot in El Obeid", "their drones had hit"],
  "AIR", "2026-11-21", "day", "El Obeid", "SD", 12, 25, "exact", "Rapid Support Forces", "Rapid Support Forces", False,
  "'on Saturday' vs Monday 23 Nov -> 21 Nov. Nine killed, 'three more died overnight ... bringing the toll to 12' -> 12. 'Some 25' wounded -> 25 (the qualifier describes the killed figure: exact). The RSF says its drones hit the depot -> claim; perpetrator and claimant Rapid Support Forces. '30 km', '18 hours', '4 million litres' are distractors."),
E(14, ["army military intelligence detained 14 people in Omdurman"],
  "ARR", "2026-11-22", "day", "Omdurman", "SD", None, None, None, "military", None, False,
  "'On Sunday' -> 22 Nov. Military intelligence of the country's own army -> military. '14' are arrestees; '70-year-old' is an age."),
E(14, ["RSF drones struck the city's power station"],
  "AIR", "2025-12-01", "month", "El Obeid", "SD", 0, None, "exact", "Rapid Support Forces", None, True,
  "'Last December' vs Nov 2026 -> 2025-12, month. 'nobody was killed' -> killed 0, injured not stated -> null. '11 days' is a span; '400,000 people' displaced is a cumulative figure."),
]

# --------------------------------------------------------------- holdout4-015
ARTICLES.append(A(15, "en", "article", "2026-04-13T16:00:00Z",
"Kigali marathon: a brutal attack at 30 km wins it for Habimana",
"""
KIGALI, April 13 - Jean-Claude Habimana killed off the Kigali International Marathon with a brutal attack at the 30 km mark on Sunday, blasting away from a lead pack of eight to win in 2:08:41, the fastest time ever run on the hilly course.

The 24-year-old, who finished 11th here two years ago, said he had planned the ambush for months. "On the climb past the stadium I knew the others were wounded," he said. "I just kept shooting for the line." His nearest rival, Kenya's Daniel Kiptoo, 31, came home 52 seconds behind after what he called "a massacre on the hills".

The women's race was a two-woman battle until the final 5 km, when Ethiopia's Tigist Alemu, 27, broke Joyce Chebet of Uganda and won in 2:24:09. Chebet collapsed after the finish line but was back on her feet within minutes.

The heat claimed plenty of casualties. Of the 14,300 runners who started the three races, 412 did not finish, and medical staff treated 63 runners for dehydration and cramps; four were taken to hospital as a precaution and released on Sunday evening, organisers said.

The winners each take home 20,000 dollars, plus a 10,000-dollar bonus for the course record. Organisers said 38 countries were represented and that the race raised 120 million Rwandan francs for school sports.

"It was a killer of a day," said the race director, Alice Mukamana. "Next year we start at 6 a.m., not 7."
"""))

# --------------------------------------------------------------- holdout4-016
ARTICLES.append(A(16, "en", "article", "2026-06-26T10:00:00Z",
"Methane blast kills 12 coal miners in Balochistan",
"""
QUETTA, June 26 (Wire) - Twelve coal miners were killed and four injured when methane exploded in a mine near Duki in Pakistan's Balochistan province on Thursday, the provincial mines department said. The explosion tore through a shaft about 1,200 feet below ground at around 3 a.m., during the night shift.

Rescuers worked for 19 hours to reach the bottom of the shaft and recovered the last bodies on Friday morning. The dead, aged between 18 and 56, came from the Swat valley and from Afghanistan, and their bodies were sent home in a convoy of eight ambulances.

The mines department said the mine had been inspected in March and that its gas detectors were working. Workers said the detectors had been switched off for weeks. The mine's owner could not be reached.

The All Pakistan Labour Federation said in a statement that at least 90 coal miners had died in accidents in Balochistan since January last year, and called for the province's 1,400 coal mines to be inspected. "These men are being executed by greed," a federation official said. "Every mine here is a bomb waiting to go off."

The provincial government announced compensation of 1.5 million rupees for each family and said it had suspended two inspectors. Police registered a case of negligence against the mine's contractor, a 47-year-old man who owns three other mines in the district. He has not been arrested.

In 2024, a similar blast in the same coalfield killed seven miners.
"""))
