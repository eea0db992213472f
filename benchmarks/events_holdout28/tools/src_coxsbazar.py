"""Authoring source of benchmarks/events_holdout28 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Cox's Bazar, Bangladesh cluster (holdout28-001 to 005; English and
French), two suicide bombers on Sunday 18 January 2026 at two sites of one
town (the Laboni Point beach market and the Kolatoli bus terminal, about
800 m and seven minutes apart): an English live blog stamped in GMT (001), a
French agency update with the revised toll and a night arrest (fr 002), an
English claim story with a denial and a guess (003), a district police press
release numbered by point (004) and an English op-ed with older attacks and a
human chain (005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout28")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout28-001
ARTICLES.append(A(1, "en", "article", "2026-01-18T16:30:00Z",
"Live: twin blasts hit Cox's Bazar beach market and bus terminal",
"""
Times are GMT (Bangladesh is GMT+6). The newest entry is at the bottom.

09:35 GMT - Two explosions have ripped through the beach town of Cox's Bazar on Sunday afternoon. Police say at least eight people were killed and dozens wounded.

10:20 GMT - A police spokesman says both blasts were suicide attacks. The first bomber blew himself up at the Laboni Point beach market at about 2:50 pm local time; seven minutes later a second man detonated his vest at the Kolatoli bus terminal, some 800 metres away, as passengers were boarding a route 7 bus to Teknaf.

11:45 GMT - Toll rises to 14. The district civil surgeon tells us between 40 and 50 wounded have been brought to the 250-bed district hospital. Three speedboats are ferrying casualties from the beach.

13:10 GMT - A senior police officer says the banned Jamaat-ul-Mujahideen Bangladesh (JMB) "may have been behind" the attack, but stresses that no group has claimed it.

14:05 GMT - Police say they have detained a rickshaw driver in Ramu, about 15 km east of the town, who allegedly drove one of the bombers to the terminal. The driver, 34, was picked up at his home.

15:20 GMT - This is the deadliest attack in the district since 2019, when a bomb hidden in a motorbike killed four people at the Teknaf jetty. The district administration has opened a hotline for relatives: 01730-336699.

16:30 GMT - The health ministry gives a new toll: 19 people killed, besides the two bombers, and 63 injured, 11 of them critically. About 70% of the hotel bookings for the coming week have been cancelled, a tourism association says.
"""))
GOLD += [
E(1, ["Two explosions have ripped through the beach town of Cox's Bazar"],
  "SUI", "2026-01-18", "day", "Cox's Bazar", "BD", 21, 63, "exact", None, None, False,
  "'on Sunday afternoon' = publication day, Sunday 18 January (the blog's entries are in GMT, all on the 18th also in local time). Two sites of one town (the Laboni Point beach market and the Kolatoli bus terminal, about 800 m and seven minutes apart) -> ONE Suicide bomb event. Oldest-first blog: 'at least eight ... dozens' -> 'Toll rises to 14' -> 'between 40 and 50 wounded' -> final '19 people killed, besides the two bombers, and 63 injured' -> 19 + 2 = 21 ('besides' adds them, events_holdout10), 63, exact; '11 of them critically' is a subset. JMB 'may have been behind' is speculation -> null. '2:50 pm', 'seven minutes', '800 metres', 'route 7', '250-bed', 'Three speedboats', '70%' and the hotline are not casualties."),
E(1, ["they have detained a rickshaw driver in Ramu"],
  "ARR", "2026-01-18", "day", "Ramu", "BD", None, None, None, "police", None, False,
  "Told at 14:05 GMT on Sunday 18 January ('have detained') -> 18 January. Police. 'about 15 km' and 'The driver, 34' are not casualties."),
E(1, ["a bomb hidden in a motorbike killed four people at the Teknaf jetty"],
  "IED", "2019-01-01", "year", "Teknaf", "BD", 4, None, "exact", None, None, True,
  "'since 2019, when' -> 2019, year, background. A bomb hidden in a motorbike (no suicide bomber) -> Remote explosive/landmine/IED, null actor. 'killed four people' -> 4, exact. The hotline number is not a casualty."),
]

# -------------------------------------------------------------- holdout28-002
ARTICLES.append(A(2, "fr", "article", "2026-01-19T07:30:00Z",
"Bangladesh : le bilan du double attentat-suicide de Cox's Bazar s'alourdit",
"""
COX'S BAZAR (Bangladesh) (AFI) - Le bilan du double attentat-suicide qui a frappé dimanche la station balnéaire de Cox's Bazar, dans le sud-est du Bangladesh, s'est alourdi lundi, tandis que les forces de sécurité ont interpellé trois suspects.

Dimanche soir, le ministère de la Santé faisait état de dix-neuf morts, outre les deux kamikazes. Trois blessés ont succombé dans la nuit à l'hôpital de district. Selon le nouveau bilan communiqué lundi matin, l'attaque a fait vingt-deux morts, sans compter les deux kamikazes, et soixante-trois blessés, dont une dizaine dans un état grave.

Dans la nuit de dimanche à lundi, des agents du Rapid Action Battalion (RAB) ont interpellé trois hommes âgés de 22, 25 et 30 ans dans une maison de Teknaf, à environ 80 kilomètres au sud, près de la frontière birmane. Une source policière a indiqué qu'une trentaine de kilos d'engrais et deux téléphones avaient été saisis sur place. Une quarantaine de riverains ont été interrogés puis relâchés.

Les deux assaillants s'étaient fait exploser à sept minutes d'intervalle, le premier au marché de la plage de Laboni Point, le second à la gare routière de Kolatoli, à quelque 800 mètres.

Aucune revendication n'avait été publiée lundi matin. Le gouvernement a décrété une journée de deuil national et les drapeaux ont été mis en berne.

La région, qui abrite environ un million de réfugiés rohingyas, n'avait pas connu d'attentat-suicide. Il y a quatre ans, des hommes armés avaient tué deux responsables communautaires dans le camp de Kutupalong, à Ukhia, au cours d'une nuit de violences entre factions.

Les hôtels de la plage, qui accueillent jusqu'à 50 000 touristes par jour en haute saison, se vidaient lundi.
"""))
GOLD += [
E(2, ["double attentat-suicide qui a frappé dimanche la station balnéaire de Cox's Bazar", "l'attaque a fait vingt-deux morts"],
  "SUI", "2026-01-18", "day", "Cox's Bazar", "BD", 24, 63, "exact", None, None, False,
  "'dimanche' vs Monday 19 January -> 18 January. Revised toll inside the dispatch: 'dix-neuf morts, outre les deux kamikazes' -> 'Trois blessés ont succombé' -> 'vingt-deux morts, sans compter les deux kamikazes, et soixante-trois blessés' -> 22 + 2 = 24 ('sans compter' adds them), 63, exact; 'une dizaine dans un état grave' is a subset. No claim -> null. 'sept minutes', '800 mètres', 'un million de réfugiés', '50 000 touristes' are not casualties."),
E(2, ["ont interpellé trois hommes âgés de 22, 25 et 30 ans dans une maison de Teknaf"],
  "ARR", "2026-01-18", "day", "Teknaf", "BD", None, None, None, "police", None, False,
  "'Dans la nuit de dimanche à lundi' -> dated at the night's start, Sunday 18 January (holdout25, holdout27). The RAB (an elite police unit) -> 'police'. '22, 25 et 30 ans', '80 kilomètres', 'une trentaine de kilos d'engrais' and 'deux téléphones' (seized in the arrest) are not casualties. 'Une quarantaine de riverains ... interrogés puis relâchés' are not arrested."),
E(2, ["des hommes armés avaient tué deux responsables communautaires dans le camp de Kutupalong, à Ukhia"],
  "ATK", "2022-01-01", "year", "Ukhia", "BD", 2, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A camp inside Ukhia upazila -> Ukhia. Unnamed gunmen killing civilians -> Attack, null. 'tué deux' -> 2, exact."),
]

# -------------------------------------------------------------- holdout28-003
ARTICLES.append(A(3, "en", "article", "2026-01-20T11:00:00Z",
"Islamic State claims Cox's Bazar twin bombing; Rohingya armed group denies role",
"""
COX'S BAZAR, Bangladesh (South Asia Wire) - Islamic State claimed responsibility on Monday night for Sunday's twin suicide bombing in the Bangladeshi resort town of Cox's Bazar, which killed 24 people, the two attackers among them, and wounded 63.

In a statement carried by its Amaq outlet, the group said two of its "soldiers" had targeted "tourists and apostates" and put the toll at "more than 80". Home ministry officials called the figure "pure propaganda" but did not question that the statement was genuine.

The Arakan Rohingya Salvation Army (ARSA), whose fighters are active in the refugee camps south of the town, denied any involvement in a message to journalists. A senior counter-terrorism official said a cell of the banned Jamaat-ul-Mujahideen Bangladesh "may have been" behind the local planning, without giving evidence.

Investigators believe the two bombers, aged about 20, each carried around 6 kg of explosives packed with ball bearings. The Kolatoli bus terminal, the second target, handles about 120 buses a day.

Bangladesh has seen few suicide attacks. Last August, police arrested two suspected Islamic State recruiters in Khulna after monitoring their chats for three months. In March 2021, a grenade thrown at a police box in Comilla wounded three officers; no one was ever charged.

The government has deployed 2,000 extra police and Border Guard Bangladesh troops to the district and suspended beach concerts until February.
"""))
GOLD += [
E(3, ["Sunday's twin suicide bombing in the Bangladeshi resort town of Cox's Bazar"],
  "SUI", "2026-01-18", "day", "Cox's Bazar", "BD", 24, 63, "exact", "Islamic State", "Islamic State", False,
  "'Sunday's' vs Tuesday 20 January -> 18 January. 'Islamic State claimed responsibility' -> claimant and perpetrator 'Islamic State'; the ministry rejects the claimant's figure ('more than 80', never used) but not the authorship. ARSA 'denied any involvement' (a denial is not a claim); JMB 'may have been' behind the local planning is speculation and does not displace the undisputed claim. 'killed 24 people, the two attackers among them, and wounded 63' -> 24 (inside), 63, exact. 'aged about 20', '6 kg', '120 buses', '2,000 extra police' are not casualties. The dateline is the event town."),
E(3, ["police arrested two suspected Islamic State recruiters in Khulna"],
  "ARR", "2025-08-01", "month", "Khulna", "BD", None, None, None, "police", None, True,
  "'Last August' vs January 2026 -> August 2025, month, background. Police. 'three months' is a span."),
E(3, ["a grenade thrown at a police box in Comilla wounded three officers"],
  "GRN", "2021-03-01", "month", "Comilla", "BD", None, 3, "exact", None, None, True,
  "'In March 2021' -> month, background. A thrown grenade -> Grenade (holdout26), null actor. 'wounded three officers' -> injured 3, exact."),
]

# -------------------------------------------------------------- holdout28-004
ARTICLES.append(A(4, "en", "article", "2026-01-21T09:00:00Z",
"Cox's Bazar District Police: Press Release No. 14/2026",
"""
Cox's Bazar District Police
Press Release No. 14/2026
Date: 21 January 2026

Subject: Progress of the investigation into the suicide attacks of 18 January 2026

1. The suicide attacks carried out on 18 January 2026 at the Laboni Point beach market and at the Kolatoli bus terminal have killed 25 persons including the two attackers and injured 63 persons. A 41-year-old tea vendor injured at the bus terminal died on Tuesday at the district hospital. Nine persons remain in critical condition.

2. The three suspects arrested by RAB-15 at Teknaf in the night of 18 January were produced before the Senior Judicial Magistrate's court on Tuesday and remanded for seven days.

3. On 20 January 2026, a team of the Detective Branch (DB) arrested two more suspects, aged 19 and 27, in a raid at Ukhia. Two detonators, 4 kg of potassium chlorate and Tk 85,000 in cash were recovered from them.

4. In the night of 20 January, a joint team of DB and Counter Terrorism and Transnational Crime (CTTC) arrested in Feni the alleged facilitator, who rented the house in Kolatoli where the attackers stayed for 12 days.

5. A total of 37 persons have been questioned and released. The owner of the house has been summoned to appear on 25 January.

6. A reward of Tk 5,00,000 (five lakh taka) is announced for information on a third man seen with the attackers. Information may be given at 01320-110011 or at any police station. Identity of informants will be kept secret.

Signed, Superintendent of Police, Cox's Bazar
"""))
GOLD += [
E(4, ["the suicide attacks of 18 January 2026", "The suicide attacks carried out on 18 January 2026"],
  "SUI", "2026-01-18", "day", "Cox's Bazar", "BD", 25, 63, "exact", None, None, False,
  "'18 January 2026' (three days before 21 January -> current). The two sites are in Cox's Bazar (the release's own district; 'Laboni Point' and 'Kolatoli' are its beach and a neighbourhood) -> Cox's Bazar. 'killed 25 persons including the two attackers and injured 63' -> 25 (inside; the tea vendor who died on Tuesday raised it from 24), 63, exact ('Nine persons remain in critical condition' is a subset). The release names no claim -> null (each document stands alone). '41-year-old' is an age. The subject line ('Progress of the investigation into the suicide attacks of 18 January 2026') names the bombing and is its first trigger (holdout27: a heading that names the bombing is a trigger)."),
E(4, ["The three suspects arrested by RAB-15 at Teknaf"],
  "ARR", "2026-01-18", "day", "Teknaf", "BD", None, None, None, "police", None, False,
  "'in the night of 18 January' -> 18 January. Told through 'produced before the ... court ... and remanded' (Tuesday 20 January): the follow-up of the arrest in holdout28-002, coded once for the original arrest, at its place and day (holdout26). RAB -> 'police'. 'seven days' is a span."),
E(4, ["a team of the Detective Branch (DB) arrested two more suspects"],
  "ARR", "2026-01-20", "day", "Ukhia", "BD", None, None, None, "police", None, False,
  "'On 20 January 2026' -> 20 January. Detective Branch -> 'police'. 'aged 19 and 27', 'Two detonators', '4 kg', 'Tk 85,000' belong to the arrest and are not casualties."),
E(4, ["arrested in Feni the alleged facilitator"],
  "ARR", "2026-01-20", "day", "Feni", "BD", None, None, None, "police", None, False,
  "'In the night of 20 January' -> 20 January. DB and CTTC -> 'police'. The facilitator. '12 days', '37 persons ... questioned and released', the owner 'summoned', the reward 'Tk 5,00,000' and the phone number are not casualties or arrests. Point numbers 1 to 6 and 'No. 14/2026' are not figures."),
]

# -------------------------------------------------------------- holdout28-005
ARTICLES.append(A(5, "en", "article", "2026-01-25T06:00:00Z",
"Opinion: Cox's Bazar was warned, and looked away",
"""
By Farhana Kabir

A week ago, two young men walked into the busiest places of this town and killed 25 people, counting themselves. The twin suicide bombing of 18 January at the beach market and the bus terminal, which Islamic State claimed the next night, was not a bolt from the blue. It was the end of a long line of warnings that nobody in the capital wanted to read.

Consider the record. Three years ago, gunmen ambushed a Border Guard Bangladesh patrol near Teknaf and killed two guards; the attackers were never identified. In June 2020, a bomb hidden in a bicycle went off outside a bank in Bandarban and wounded six customers. Last August, two recruiters were arrested in Khulna with lists of names from this very district. Each time, officials promised a review. Each time, the review ended up in a drawer.

The town did not wait for officials this week. On Friday, several hundred hotel workers, rickshaw pullers and traders formed a human chain along the Marine Drive for two hours, demanding a police post at every beach entrance. The police watched, and it ended peacefully.

There are about 500 hotels here and perhaps 40,000 jobs that depend on visitors. Bookings are down by 60%. A district that earned Tk 3,000 crore from tourism last year cannot live behind sandbags.

The arrests in Teknaf, Ukhia and Feni are welcome. But arresting the foot soldiers after the fact is not a strategy. Bangladesh needs a counter-terrorism unit in Cox's Bazar that answers to the people who live here, and it needs it before the next season, not after the next funeral.

The writer is a lecturer in public policy and a native of the district.
"""))
GOLD += [
E(5, ["two young men walked into the busiest places of this town and killed 25 people", "The twin suicide bombing of 18 January"],
  "SUI", "2026-01-18", "day", "Cox's Bazar", "BD", 25, None, "exact", "Islamic State", "Islamic State", False,
  "'A week ago' / 'of 18 January' vs Sunday 25 January -> 18 January (7 days, current). 'this town' is Cox's Bazar (named later as the district). 'killed 25 people, counting themselves' -> 25 (inside), exact; no injured figure -> null. 'which Islamic State claimed' -> claimant and perpetrator."),
E(5, ["gunmen ambushed a Border Guard Bangladesh patrol near Teknaf"],
  "BAT", "2023-01-01", "year", "Teknaf", "BD", 2, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. Unnamed attackers of a patrol -> Armed clash, null initiator (holdout26 Tandahimba). 'killed two guards' -> 2, exact."),
E(5, ["a bomb hidden in a bicycle went off outside a bank in Bandarban"],
  "IED", "2020-06-01", "month", "Bandarban", "BD", None, 6, "exact", None, None, True,
  "'In June 2020' -> month, background. A bomb hidden in a bicycle -> Remote explosive/landmine/IED, null. 'wounded six customers' -> injured 6, exact."),
E(5, ["two recruiters were arrested in Khulna"],
  "ARR", "2025-08-01", "month", "Khulna", "BD", None, None, None, "police", None, True,
  "'Last August' vs January 2026 -> August 2025, month, background. The same arrest as holdout28-003 (police there); no force named here -> 'police', as the cluster's earlier document."),
E(5, ["several hundred hotel workers, rickshaw pullers and traders formed a human chain"],
  "PP", "2026-01-23", "day", "Cox's Bazar", "BD", None, None, None, None, None, False,
  "'On Friday' vs Sunday 25 January -> Friday 23 January. A human chain with a demand ('demanding a police post') that 'ended peacefully' -> Peaceful protest at Cox's Bazar (the Marine Drive is its beach road). 'several hundred' are participants; 'two hours', '500 hotels', '40,000 jobs', '60%', 'Tk 3,000 crore' are not casualties. 'The arrests in Teknaf, Ukhia and Feni' name no day and are not coded again (holdout26 op-ed)."),
]
