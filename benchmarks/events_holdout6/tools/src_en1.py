"""Authoring source of benchmarks/events_holdout6 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in English: Cabo Delgado, Mozambique (holdout6-001), a Cameroonian
defence-ministry press release from the Far North (002), a TV bulletin from
Kumba, Cameroon (003) and a police press release from Ukhrul, Manipur (004)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout6")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout6-001
ARTICLES.append(A(1, "en", "article", "2026-02-12T09:00:00Z",
"Mozambique: toll from Macomia raid rises to eleven",
"""
MAPUTO, Feb 12 (Wire) - Insurgents attacked the district town of Macomia in Mozambique's Cabo Delgado province late on Tuesday, killing at least six civilians, a district official said on Wednesday. By Thursday morning the toll had risen to eleven after residents returning to the Nanga neighbourhood found five more bodies, the official, Celestino Mussa, told reporters.

The Islamic State's Mozambique Province claimed the raid on Wednesday evening, saying its fighters had killed "32 Christians and soldiers". Mussa called that figure false but did not dispute who was behind it.

About 40 insurgents arrived on foot at around 10 p.m., he said, burned 27 houses and a clinic and withdrew after nearly three hours. A 14-year-old boy and a 70-year-old pastor were among the dead. Four people were wounded and taken to the provincial hospital, 200 km to the south.

Mozambican soldiers pursued the retreating fighters and killed between four and six of them on Wednesday near Quiterajo, on the coast, according to an army statement.

Police in Metuge said they had arrested three men on Wednesday suspected of buying food for the group, and seized 150,000 meticais in cash.

More than 2,000 people fled Macomia toward the coast after the attack, aid workers said. The district was last hit this hard in 2023, when insurgents ambushed a convoy of trucks near Macomia and killed nine drivers.
"""))
GOLD += [
E(1, ["Insurgents attacked the district town of Macomia", "claimed the raid", "after the attack"],
  "ATK", "2026-02-10", "day", "Macomia", "MZ", 11, 4, "exact", "Islamic State", "Islamic State", False,
  "'late on Tuesday' vs Thursday 12 Feb -> 10 Feb. A raid on a town killing civilians -> Attack. 'at least six' revised: 'had risen to eleven' -> 11, exact (the final figure restated without a qualifier). 'Four people were wounded'. Claimed by the Islamic State's Mozambique Province -> Islamic State; the official disputes the figure, not the authorship, so the claimant stays perpetrator. The claim's '32', 'About 40 insurgents', '10 p.m.', '27 houses', 'three hours', ages 14 and 70, '200 km' are distractors; Nanga is a neighbourhood of Macomia."),
E(1, ["Mozambican soldiers pursued the retreating fighters"],
  "BAT", "2026-02-11", "day", "Quiterajo", "MZ", 4, None, "at_least", "military", None, False,
  "'on Wednesday' -> 11 Feb. The army pursued and engaged the fighters -> Armed clash initiated by the military. The army's own range 'between four and six' is the only figure -> lower bound 4, at_least."),
E(1, ["Police in Metuge said they had arrested three men"],
  "ARR", "2026-02-11", "day", "Metuge", "MZ", None, None, None, "police", None, False,
  "'on Wednesday' -> 11 Feb. 'three men' are arrestees and '150,000 meticais' seized money."),
E(1, ["insurgents ambushed a convoy of trucks near Macomia"],
  "ATK", "2023-01-01", "year", "Macomia", "MZ", 9, None, "exact", None, None, True,
  "'in 2023' -> year. An ambush of unescorted trucks killing drivers -> Attack (events_val rule). Unnamed insurgents -> null. 'More than 2,000 people fled' is displacement."),
]

# --------------------------------------------------------------- holdout6-002
ARTICLES.append(A(2, "en", "article", "2026-03-16T14:00:00Z",
"Press release of the Ministry of Defence on the attack on the Makary post",
"""
PRESS RELEASE

The Minister Delegate at the Presidency in charge of Defence informs national and international opinion that on the night of Saturday 14 to Sunday 15 March 2026, a group of about sixty Boko Haram terrorists attacked the advanced post of the Rapid Intervention Battalion (BIR) at Makary, in the Logone-et-Chari division of the Far North region.

After more than two hours of fierce fighting, our valiant forces repelled the assailants. Two soldiers fell with honour and three others were wounded. Nine terrorists were neutralised and their bodies recovered, along with four AK-47 rifles, 250 rounds of ammunition and two motorcycles. A tenth assailant, wounded and captured, died on Sunday morning at the Kousseri regional hospital.

On Sunday 15 March, at 7:40 a.m., a patrol vehicle struck an improvised explosive device on the road between Blangoua and Hile-Alifa. The vehicle was damaged. There were no casualties.

On Sunday, elements of the National Gendarmerie arrested five suspected logisticians of the terrorist group in Kousseri, among them a 58-year-old trader. Two hundred litres of fuel and 1.3 million CFA francs were seized.

Earlier on Saturday, a military engineering team neutralised two explosive devices buried near the Waza bridge.

The post at Makary has now been attacked four times since 2024. The deadliest attack, in August 2025, cost the lives of five soldiers.

The Minister Delegate pays tribute to Staff Sergeant Ebong Paul, 34, and Corporal Ngah Alain, 27, and recalls that since January the defence forces have neutralised 84 terrorists in the Far North and freed 17 hostages. The population is invited to report any suspicious movement on the toll-free number 1500.
"""))
GOLD += [
E(2, ["Boko Haram terrorists attacked the advanced post of the Rapid Intervention Battalion", "fierce fighting"],
  "BAT", "2026-03-14", "day", "Makary", "CM", 12, 3, "exact", "Boko Haram", None, False,
  "'on the night of Saturday 14 to Sunday 15 March' -> dated at its start, 14 March. An attack on an army post repelled after fighting -> Armed clash initiated by the attackers; the ministry states Boko Haram as fact -> perpetrator, no claim. Killed: 'Two soldiers' + 'Nine terrorists' + 'A tenth assailant' who died in hospital = 12, exact; 'three others were wounded' -> 3. 'about sixty', 'two hours', 'four AK-47 rifles', '250 rounds', 'two motorcycles' are distractors; the BIR is the army -> its side, not the perpetrator."),
E(2, ["a patrol vehicle struck an improvised explosive device"],
  "IED", "2026-03-15", "day", "Blangoua", "CM", 0, 0, "exact", None, None, False,
  "'Sunday 15 March'. A road between two places -> first-named place, Blangoua. 'There were no casualties' -> 0/0. '7:40 a.m.' is a time."),
E(2, ["elements of the National Gendarmerie arrested five suspected logisticians"],
  "ARR", "2026-03-15", "day", "Kousseri", "CM", None, None, None, "police", None, False,
  "'On Sunday' -> 15 March. Gendarmerie -> police. '58-year-old', 'Two hundred litres', '1.3 million CFA francs' are distractors."),
E(2, ["a military engineering team neutralised two explosive devices"],
  "DWU", "2026-03-14", "day", "Waza", "CM", None, None, None, "military", None, False,
  "'Earlier on Saturday' -> 14 March. Devices neutralised on their own -> Disrupted weapons use; no casualty statement -> null."),
E(2, ["The deadliest attack, in August 2025"],
  "BAT", "2025-08-01", "month", "Makary", "CM", 5, None, "exact", None, None, True,
  "'in August 2025' -> month. An attack on the army post -> Armed clash; no actor named -> null. 'four times since 2024' is a generic count; '84 terrorists', '17 hostages' are cumulative figures; ages 34 and 27 and '1500' are distractors."),
]

# --------------------------------------------------------------- holdout6-003
ARTICLES.append(A(3, "en", "transcript", "2026-04-24T19:30:00Z",
"Seven O'Clock News: school bus attacked in Kumba",
"""
ANCHOR (GRACE AYUK): Good evening and welcome to the seven o'clock news. Gunmen opened fire on a school bus in Kumba, in the South-West region, this morning. Our reporter Emmanuel Tabe is in Kumba. Emmanuel, what do we know?

EMMANUEL TABE: Good evening, Grace. The bus was carrying 23 pupils, aged between nine and fifteen, when two men on a motorbike shot at it near the Fiango market at about a quarter past seven. Two pupils were killed on the spot. This afternoon the hospital told us that a third child, a girl of twelve, had died of her wounds. So three dead now, and five others still in hospital, among them the driver, a 51-year-old father of four.

ANCHOR: Has anyone claimed the attack?

TABE: Not yet. The governor blamed what he called terrorists of the Ambazonia Defence Forces. A spokesman for the ADF denied on social media that its fighters had anything to do with it.

ANCHOR: The army was already active in the area this week, wasn't it?

TABE: Yes. On Tuesday soldiers raided a separatist camp near Ekona, on the slopes of Mount Cameroon. The army says seven fighters were killed in the raid and that it seized 11 homemade guns.

ANCHOR: And there was a march in Buea this afternoon?

TABE: Hundreds of teachers marched peacefully through Buea to demand protection for schools. They carried placards reading "Let our children learn". Police watched but did not intervene.

ANCHOR: Thank you, Emmanuel. Schools in Kumba will stay closed until Monday. Last year, gunmen abducted eleven teachers near Mamfe and released them nine days later, after a ransom of two million francs was reportedly paid. Now, the rest of the news.
"""))
GOLD += [
E(3, ["Gunmen opened fire on a school bus in Kumba", "two men on a motorbike shot at it", "claimed the attack"],
  "ATK", "2026-04-24", "day", "Kumba", "CM", 3, 5, "exact", None, None, False,
  "'this morning' -> publication day, 24 April. 'Two pupils were killed', then a third died -> 'three dead now' = 3. Injured: 'five others still in hospital' -> 5 (the girl who died is in the 3). The governor blames the Ambazonia Defence Forces and the group denies -> perpetrator null; no claim. '23 pupils', 'nine and fifteen', 'a quarter past seven', 'twelve', '51-year-old', 'four' are distractors. 'ADF' here is the Ambazonian group, not the Allied Democratic Forces."),
E(3, ["soldiers raided a separatist camp near Ekona", "the raid"],
  "BAT", "2026-04-21", "day", "Ekona", "CM", 7, None, "exact", "military", None, False,
  "'On Tuesday' vs Friday 24 April -> 21 April. An army raid on an armed camp -> Armed clash initiated by the military. The army's own figure is the only one -> 7. '11 homemade guns' are weapons."),
E(3, ["a march in Buea", "Hundreds of teachers marched peacefully through Buea"],
  "PP", "2026-04-24", "day", "Buea", "CM", None, None, None, None, None, False,
  "'this afternoon' -> 24 April. 'did not intervene' -> Peaceful protest. 'Hundreds' are participants."),
E(3, ["gunmen abducted eleven teachers near Mamfe"],
  "ABD", "2025-01-01", "year", "Mamfe", "CM", None, None, None, None, None, True,
  "'Last year' -> 2025, year. Unnamed gunmen -> null. 'eleven teachers', 'nine days', 'two million francs' are not casualties."),
]

# --------------------------------------------------------------- holdout6-004
ARTICLES.append(A(4, "en", "article", "2026-05-08T11:00:00Z",
"Press note: arrests at Litan, IED defused in Ukhrul",
"""
Office of the Superintendent of Police, Ukhrul District, Manipur. Press note No. 41/2026.

Acting on specific input, a joint team of Ukhrul district police and Assam Rifles conducted search operations at Litan village on 7 May (Thursday) and arrested four active cadres of a proscribed outfit. The arrested persons are aged 22, 26, 33 and 41. Recovered from their possession were one AK-56 rifle, two 9mm pistols, 112 live rounds, three hand grenades and Rs 2.4 lakh in cash.

In a separate operation, the bomb disposal squad of the district police defused an improvised explosive device weighing about 3 kg that had been planted near the Ukhrul bus stand on Wednesday evening. No one was injured.

It is further informed that one of the persons injured when unidentified miscreants fired upon villagers at Kamjong on 2 May, a 19-year-old student, succumbed to his injuries on Thursday at a hospital in the state capital, taking the number of persons killed in that incident to two. Three others injured in the firing remain under treatment. Investigation is in progress and a reward of Rs 5 lakh has been announced for information on the culprits.

On Thursday, around 300 members of a women's body staged a peaceful sit-in in front of the Deputy Commissioner's office in Ukhrul, demanding the arrest of those responsible for the Kamjong firing. The sit-in ended after two hours.

The general public is requested not to believe in rumours and to share any information on the police helpline 1800-345-3818, 24 hours a day.
"""))
GOLD += [
E(4, ["conducted search operations at Litan village", "arrested four active cadres"],
  "ARR", "2026-05-07", "day", "Litan", "IN", None, None, None, "police", None, False,
  "'7 May (Thursday)'. A joint police and Assam Rifles team -> the force named first, police. Weapons recovered in an arrest raid belong to the arrest. Ages '22, 26, 33 and 41', '112 live rounds', 'Rs 2.4 lakh' are distractors."),
E(4, ["the bomb disposal squad of the district police defused an improvised explosive device"],
  "DWU", "2026-05-06", "day", "Ukhrul", "IN", 0, 0, "exact", "police", None, False,
  "'on Wednesday evening' vs Friday 8 May -> 6 May. Device defused on its own -> Disrupted weapons use; 'No one was injured' -> 0/0 as in holdout4's defused Herat device. '3 kg' is a weight."),
E(4, ["unidentified miscreants fired upon villagers at Kamjong", "that incident", "injured in the firing", "the Kamjong firing"],
  "ATK", "2026-05-02", "day", "Kamjong", "IN", 2, 3, "exact", None, None, False,
  "'on 2 May' (6 days before publication -> current). A student who died later 'taking the number of persons killed in that incident to two' -> 2; 'Three others injured ... remain under treatment' -> 3. Unidentified -> null. '19-year-old', 'Rs 5 lakh' are distractors."),
E(4, ["staged a peaceful sit-in in front of the Deputy Commissioner's office in Ukhrul", "The sit-in"],
  "PP", "2026-05-07", "day", "Ukhrul", "IN", None, None, None, None, None, False,
  "'On Thursday' -> 7 May. '300 members', 'two hours' are distractors. '1800-345-3818', '24 hours' are a phone number and a span."),
]
