"""Authoring source of benchmarks/events_holdout20 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Luwuk, Central Sulawesi, Indonesia cluster (holdout20-001 to 005,
English and French), two suicide bombers on Monday 16 March 2026 at two sites
of one town (the gate of the Banggai police headquarters and a traffic-police
post about 300 m away, about six minutes apart): an English wire story
re-issued as "UPDATE 2" with a revised toll (001), a French next-day report
with a protest and arrests (002), the Islamic State claim with a denial and
a speculation, in English (003), a police statement on arrests, a raid and a
facilitator (004) and a two-host podcast transcript with timestamps and
older attacks (005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout20")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout20-001
ARTICLES.append(A(1, "en", "article", "2026-03-16T06:30:00Z",
"UPDATE 2-Twin suicide blasts hit Indonesian police headquarters in Sulawesi",
"""
(Updates toll, adds police spokesman's comments, details of second blast)

LUWUK, Indonesia, March 16 - Two suicide bombers attacked the police headquarters of Banggai regency in Luwuk, on Indonesia's Sulawesi island, on Monday morning, killing at least nine people besides the two attackers, police said.

An earlier police statement had put the death toll at five. At least 23 people were wounded, 14 of them police officers, and several were in critical condition at the regional hospital.

The first bomber, a man aged about 25, rode a motorcycle into the gate of the headquarters at about 7:50 a.m., as some 200 officers gathered for the Monday roll call. About six minutes later a second attacker blew himself up at a traffic-police post some 300 metres down the road, where officers were carrying the wounded to ambulances.

"Each device held about 4 kg of explosives packed with nails," regional police spokesman Didik Santoso told reporters. He said the militant group Mujahidin Indonesia Timur (MIT), whose remnants hide in the hills around Poso, "may have been behind it", but that it was too early to be sure.

National police said 1,200 extra officers were being flown in from Palu and Makassar, and that checkpoints had been set up on the 600-km trans-Sulawesi road.

The attack came two days after a homemade bomb exploded at the fish market in Pagimana, about 90 km north of Luwuk, wounding two fishermen. Police have not said whether the two incidents are linked.

Luwuk, a port town of about 90,000 people on the eastern arm of Sulawesi, had been spared the militant violence that hit the Poso area in the 2000s. Police asked anyone with information to call the hotline 110.

(Reporting by the Jakarta bureau; editing by the Asia desk)
"""))
GOLD += [
E(1, ["Two suicide bombers attacked the police headquarters of Banggai regency in Luwuk", "blew himself up at a traffic-police post"],
  "SUI", "2026-03-16", "day", "Luwuk", "ID", 11, 23, "at_least", None, None, False,
  "'on Monday morning' in a Monday 16 March story -> 16 March. Two bombers at two sites of one town (the headquarters gate and a traffic-police post about 300 m away), about six minutes apart -> ONE Suicide bomb event (events_holdout10's Koupela convention). 'at least nine people besides the two attackers' -> 9 + 2 = 11, at_least ('besides' adds the bombers, like 'excluding'); the earlier 'five' is superseded. 'At least 23 people were wounded' -> 23. MIT 'may have been behind it' is speculation -> null. 'aged about 25', '7:50 a.m.', 'some 200 officers', 'six minutes', '300 metres', '4 kg', '1,200 extra officers', '600-km', '90,000 people', '110' and '14 of them police officers' (a subset) are not casualties."),
E(1, ["a homemade bomb exploded at the fish market in Pagimana"],
  "IED", "2026-03-14", "day", "Pagimana", "ID", None, 2, "exact", None, None, False,
  "'two days after' the Monday 16 March attack -> Saturday 14 March. No actor named -> null. 'wounding two fishermen' -> 2 injured, exact. '90 km' is a distance."),
]

# -------------------------------------------------------------- holdout20-002
ARTICLES.append(A(2, "fr", "article", "2026-03-17T11:00:00Z",
"Indonésie : le bilan du double attentat-suicide de Luwuk s'alourdit",
"""
Le bilan du double attentat-suicide qui a visé lundi le quartier général de la police de Luwuk, dans le centre de l'île indonésienne de Sulawesi, s'est encore alourdi mardi.

Lundi soir, la police faisait état de treize morts, dont les deux kamikazes. Trois blessés ont succombé dans la nuit à l'hôpital régional, a indiqué mardi matin le porte-parole de la police provinciale : le bilan s'établit désormais à 14 morts, sans compter les deux kamikazes, et 31 blessés, dont neuf dans un état grave. Parmi les victimes figurent onze policiers et une vendeuse de beignets de 17 ans.

Les deux assaillants, âgés d'une vingtaine d'années selon les enquêteurs, ont frappé à six minutes d'intervalle : le premier à l'entrée du quartier général, le second à un poste de la police de la circulation situé à quelque 300 mètres.

Lundi soir, la police a arrêté deux hommes à Toili, à environ 70 kilomètres à l'ouest de Luwuk, dans une maison où elle a saisi deux kilos d'engrais chimique et des fils électriques. Une quinzaine de voisins ont été entendus puis relâchés.

Ce mardi matin, plusieurs centaines d'habitants, dont de nombreux étudiants, se sont rassemblés devant les bureaux du régent de Banggai pour réclamer davantage de sécurité dans le port et sur la route côtière. Le rassemblement s'est dispersé dans le calme après deux heures.

Aucune revendication n'avait été publiée mardi. Le groupe Moudjahidine d'Indonésie orientale (MIT) « pourrait être derrière » l'attentat, a répété la police, qui évoque aussi la piste de cellules proches de l'État islamique.

Le gouvernement a décrété sept jours de deuil dans la régence et promis 5 milliards de roupies pour reconstruire le poste de police.
"""))
GOLD += [
E(2, ["double attentat-suicide qui a visé lundi le quartier général de la police de Luwuk"],
  "SUI", "2026-03-16", "day", "Luwuk", "ID", 16, 31, "exact", None, None, False,
  "'lundi' vs Tuesday 17 March -> 16 March. Two sites, six minutes apart -> one event. Revised inside the text: 'treize morts, dont les deux kamikazes' (Monday evening, 11 victims) -> three wounded died overnight -> '14 morts, sans compter les deux kamikazes, et 31 blessés' -> 14 + 2 = 16 ('sans compter' adds the bombers, events_holdout14 to 19), 31, exact; the last figure given is used. 'dont neuf dans un état grave' and 'onze policiers' are subsets; '17 ans' and 'une vingtaine d'années' are ages; 'six minutes', '300 mètres' are not casualties. MIT « pourrait être derrière » and 'la piste de cellules proches de l'État islamique' are speculation -> null."),
E(2, ["la police a arrêté deux hommes à Toili"],
  "ARR", "2026-03-16", "day", "Toili", "ID", None, None, None, "police", None, False,
  "'Lundi soir' vs Tuesday 17 March -> 16 March. Police -> 'police'. The fertiliser and wires belong to the arrest ('deux kilos' is a weight, '70 kilomètres' a distance). 'Une quinzaine de voisins ont été entendus puis relâchés' are not arrests."),
E(2, ["plusieurs centaines d'habitants, dont de nombreux étudiants, se sont rassemblés devant les bureaux du régent de Banggai"],
  "PP", "2026-03-17", "day", "Luwuk", "ID", None, None, None, None, None, False,
  "'Ce mardi matin' in a Tuesday 17 March story -> 17 March. A gathering with a demand that ends calmly -> Peaceful protest, in Luwuk (the regent's offices are in the town). 'plusieurs centaines' are participants; 'deux heures', 'sept jours', '5 milliards de roupies' are not casualties."),
]

# -------------------------------------------------------------- holdout20-003
ARTICLES.append(A(3, "en", "article", "2026-03-19T04:15:00Z",
"Islamic State claims Sulawesi twin bombing; MIT denies involvement",
"""
JAKARTA - Islamic State has claimed responsibility for Monday's twin suicide bombing at the police headquarters in Luwuk, in a statement carried on Wednesday by its Amaq news agency.

The statement named the two bombers, gave their ages as 22 and 24, and said the attack had killed "more than 50 apostate police". Indonesia's national police spokesman called that figure "propaganda" and said 17 people had died, including the two bombers, after a wounded officer died on Wednesday, but he did not dispute that Islamic State was behind the attack.

Mujahidin Indonesia Timur (MIT), which regional police had named on Monday as a possible culprit, denied any role in a message posted by one of its supporters. A senior counter-terrorism officer said on Thursday that members of Jamaah Ansharut Daulah (JAD), a network that has pledged allegiance to Islamic State, "may have been" involved in building the devices.

It was the deadliest attack in Central Sulawesi in a decade. The province's last suicide bombing was in 2019, when a man blew himself up at a police post in Ampana, killing an officer and himself.

Islamic State has claimed smaller attacks in the region since then. In August 2023, the group said it was behind a grenade attack on a police patrol in Tolitoli that wounded three officers.

Analysts say the Luwuk claim came unusually fast. "Two days is quick," said Sidney Harahap, a researcher at a Jakarta think tank. "They want to show that they can still reach the outer islands."

Police have offered a reward of 250 million rupiah for information on the bombers' network. The Luwuk headquarters reopened on Thursday behind concrete barriers.
"""))
GOLD += [
E(3, ["Monday's twin suicide bombing at the police headquarters in Luwuk", "Islamic State was behind the attack"],
  "SUI", "2026-03-16", "day", "Luwuk", "ID", 17, None, "exact", "Islamic State", "Islamic State", False,
  "'Monday's' vs Thursday 19 March -> 16 March. 'Islamic State has claimed responsibility' -> claimant and perpetrator 'Islamic State'. The police reject the claimant's figure ('more than 50 apostate police', never used) but not the authorship. '17 people had died, including the two bombers' -> 17 (inside), exact; a wounded officer who died on Wednesday raised it. The MIT denial is not a claim; JAD 'may have been' involved is speculation. 'ages as 22 and 24', 'a decade', 'Two days', '250 million rupiah' are not casualties."),
E(3, ["a man blew himself up at a police post in Ampana"],
  "SUI", "2019-01-01", "year", "Ampana", "ID", 2, None, "exact", None, None, True,
  "'in 2019' -> year, background. No group named -> null. 'killing an officer and himself' -> 1 + 1 = 2 (the bomber counts among the killed when the text counts him), exact."),
E(3, ["a grenade attack on a police patrol in Tolitoli"],
  "GRN", "2023-08-01", "month", "Tolitoli", "ID", None, 3, "exact", "Islamic State", "Islamic State", True,
  "'In August 2023' -> month, background. 'the group said it was behind' -> a claim by Islamic State -> claimant and perpetrator. 'wounded three officers' -> 3 injured, exact."),
]

# -------------------------------------------------------------- holdout20-004
ARTICLES.append(A(4, "en", "article", "2026-03-21T09:00:00Z",
"Central Sulawesi police statement on the Luwuk bombing investigation",
"""
PRESS STATEMENT of the Central Sulawesi Regional Police, Palu, 21 March 2026

1. The investigation into the suicide bombing of 16 March at the Banggai police headquarters in Luwuk, which was claimed by Islamic State, continues. The toll stands at 17 dead, the two perpetrators included, and 31 injured, of whom 12 remain in hospital.

2. On Thursday, the counter-terrorism unit Densus 88 arrested six suspects in Palu, aged between 19 and 41. Officers seized three pipe bombs, about 6 kg of explosive powder and two motorcycles. The suspects are accused of belonging to a cell that supplied the bombers.

3. On Friday, officers raided a hut on a cocoa plantation near Toili. The two suspects inside opened fire on the team. Both suspects were killed and one officer was slightly wounded in the exchange of fire. An M16 rifle and 200 rounds of ammunition were recovered.

4. On Wednesday, officers arrested in Batui a 38-year-old man suspected of renting the house in which the devices were assembled and of driving the two bombers to Luwuk on the night before the attack.

5. A further 27 persons have been questioned as witnesses and released. Being questioned does not mean being a suspect.

6. A reward of 250 million rupiah remains on offer. Information can be given round the clock on 0811 4500 2266. The public is asked not to share photographs of victims on social media.

7. Security around places of worship and markets in Banggai will be maintained for at least 14 days. Ferry passengers leaving Luwuk will be checked for the next two weeks.

Issued by the Public Relations Division.
"""))
GOLD += [
E(4, ["the suicide bombing of 16 March at the Banggai police headquarters in Luwuk"],
  "SUI", "2026-03-16", "day", "Luwuk", "ID", 17, 31, "exact", "Islamic State", "Islamic State", False,
  "'16 March' -> day (five days before Saturday 21 March -> current). 'which was claimed by Islamic State' -> claimant and perpetrator. '17 dead, the two perpetrators included, and 31 injured' -> 17 (inside), 31, exact. 'of whom 12 remain in hospital' is a subset."),
E(4, ["Densus 88 arrested six suspects in Palu"],
  "ARR", "2026-03-19", "day", "Palu", "ID", None, None, None, "police", None, False,
  "'On Thursday' vs Saturday 21 March -> 19 March. Densus 88 is a police counter-terrorism unit -> 'police'. The pipe bombs, powder and motorcycles belong to the arrest ('aged between 19 and 41', 'three pipe bombs', '6 kg', 'two motorcycles' are not casualties)."),
E(4, ["officers raided a hut on a cocoa plantation near Toili", "the exchange of fire"],
  "BAT", "2026-03-20", "day", "Toili", "ID", 2, 1, "exact", "police", None, False,
  "'On Friday' vs Saturday 21 March -> 20 March. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout15 to 19); police -> 'police'. 'Both suspects were killed and one officer was slightly wounded' -> 2 killed, 1 injured, the acting force's own figure. A plantation near the town -> Toili. 'An M16 rifle', '200 rounds' are not casualties."),
E(4, ["officers arrested in Batui a 38-year-old man"],
  "ARR", "2026-03-18", "day", "Batui", "ID", None, None, None, "police", None, False,
  "'On Wednesday' vs Saturday 21 March -> 18 March. The suspected facilitator (rented the house, drove the bombers). '38-year-old' is an age. 'A further 27 persons have been questioned as witnesses and released' are not arrests; '250 million rupiah', '0811 4500 2266', '14 days', 'two weeks' are not casualties."),
]

# -------------------------------------------------------------- holdout20-005
ARTICLES.append(A(5, "en", "transcript", "2026-04-02T10:00:00Z",
"The Archipelago Brief, episode 112: after Luwuk",
"""
[00:00] MAYA: Welcome to The Archipelago Brief, I'm Maya Lestari.

[00:04] TOM: And I'm Tom Reyes. This week: Central Sulawesi, two and a half weeks after the twin suicide bombing at the Luwuk police headquarters.

[00:15] MAYA: Let's get the facts straight first. On March 16, two bombers struck about six minutes apart, at the gate and at a traffic post 300 metres away. Seventeen dead, counting both bombers, and 31 wounded. Islamic State claimed it two days later.

[00:41] TOM: And the police have now arrested, what, nine people?

[00:44] MAYA: Nine so far, in three different towns. But Tom, people outside Indonesia keep saying this came out of nowhere. It didn't.

[00:58] TOM: Walk us through it.

[01:02] MAYA: Last August, a roadside bomb hit a police pick-up near Kintom, killing two officers. No one claimed it.

[01:15] TOM: That's barely 40 kilometres from Luwuk.

[01:18] MAYA: Right. Three years ago, a suicide bomber on a motorbike blew himself up at a police post in Parigi. He killed only himself, but four officers were wounded. And in 2022, gunmen abducted a rubber tapper near Bunta and held him for 11 days.

[01:44] TOM: And the national picture?

[01:47] MAYA: Different story. Nationally, attacks fell by about 60 percent between 2018 and 2024. That's why the regions got fewer resources.

[02:05] TOM: There's one more thing our listeners asked about: the bomb at the Pagimana fish market.

[02:10] MAYA: Two days before Luwuk, two fishermen wounded. Police still won't say if it's linked.

[02:20] TOM: After the break: 25 years of counter-terrorism policing, and the budget fight in Jakarta. Stay with us.
"""))
GOLD += [
E(5, ["the twin suicide bombing at the Luwuk police headquarters", "Islamic State claimed it"],
  "SUI", "2026-03-16", "day", "Luwuk", "ID", 17, 31, "exact", "Islamic State", "Islamic State", False,
  "'On March 16' -> day (17 days before Thursday 2 April -> current). Two sites, six minutes apart -> one event. 'Seventeen dead, counting both bombers, and 31 wounded' -> 17 (inside), 31, exact. 'Islamic State claimed it' -> claimant and perpetrator. 'nine people', 'Nine so far, in three different towns' is a cumulative count of arrestees with no place or date (not coded); time stamps, 'six minutes', '300 metres' are not casualties."),
E(5, ["a roadside bomb hit a police pick-up near Kintom"],
  "IED", "2025-08-01", "month", "Kintom", "ID", 2, None, "exact", None, None, True,
  "'Last August' in an April 2026 episode -> August 2025, month, background. 'No one claimed it' -> null. 'killing two officers' -> 2. '40 kilometres' is a distance."),
E(5, ["a suicide bomber on a motorbike blew himself up at a police post in Parigi"],
  "SUI", "2023-01-01", "year", "Parigi", "ID", 1, 4, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. 'He killed only himself, but four officers were wounded' -> 1 killed (the bomber), 4 injured, exact."),
E(5, ["gunmen abducted a rubber tapper near Bunta"],
  "ABD", "2022-01-01", "year", "Bunta", "ID", None, None, None, None, None, True,
  "'in 2022' -> year, background. Unnamed gunmen -> null. '11 days' is a span; 'about 60 percent between 2018 and 2024' is a cumulative statistic (not coded); '25 years' is a span."),
E(5, ["the bomb at the Pagimana fish market"],
  "IED", "2026-03-14", "day", "Pagimana", "ID", None, 2, "exact", None, None, False,
  "'Two days before Luwuk' (16 March) -> 14 March, 19 days before 2 April -> current. 'two fishermen wounded' -> 2 injured, exact. The same event as 001's Pagimana bomb."),
]

# -------------------------------------------------------------- holdout20-023
ARTICLES.append(A(23, "fr", "article", "2026-03-27T08:00:00Z",
"Indonésie : à Sulawesi, le retour des kamikazes inquiète",
"""
Le 16 mars, deux kamikazes ont frappé à six minutes d'intervalle le quartier général de la police de Luwuk, à l'est de l'île indonésienne de Sulawesi. Bilan : 17 morts, dont les deux assaillants, et 31 blessés. L'État islamique a revendiqué l'attentat deux jours plus tard.

Depuis, neuf personnes ont été interpellées. Les premières l'ont été le 19 mars à Palu, la capitale provinciale, où l'unité antiterroriste Densus 88 a arrêté six suspects dans deux maisons voisines.

Pour les spécialistes, l'attaque n'a rien d'un coup de tonnerre dans un ciel serein. Il y a quatre ans, une bombe artisanale avait explosé devant un poste de police à Kolonodale, blessant deux policiers. En juillet 2024, la police antiterroriste avait arrêté sept membres présumés de la Jamaah Ansharut Daulah à Bungku, qui préparaient selon elle un attentat contre une fonderie de nickel. En août dernier, une bombe avait tué deux policiers près de Kintom, à une quarantaine de kilomètres de Luwuk.

Plus loin dans le temps, en 2018, des combattants des Moudjahidine d'Indonésie orientale (MIT) avaient enlevé deux chercheurs d'or près de Pendolo, au bord du lac Poso. Ils n'ont jamais été retrouvés.

« La région s'est transformée en dix ans », explique une chercheuse de l'université de Palu. L'industrie du nickel y emploie désormais plus de 80 000 personnes, et les tensions autour des terres et des emplois offrent un terrain aux recruteurs.

Jakarta a annoncé l'envoi de 2 000 policiers supplémentaires et un budget de 300 milliards de roupies pour la sécurité de la province. Un chiffre qui fait sourire à Luwuk, où le poste de la police de la circulation détruit le 16 mars n'a toujours pas été déblayé.
"""))
GOLD += [
E(23, ["deux kamikazes ont frappé à six minutes d'intervalle le quartier général de la police de Luwuk", "L'État islamique a revendiqué l'attentat"],
  "SUI", "2026-03-16", "day", "Luwuk", "ID", 17, 31, "exact", "Islamic State", "Islamic State", False,
  "'Le 16 mars' -> 16 March (11 days before Friday 27 March -> current). Two sites, six minutes apart -> one event. '17 morts, dont les deux assaillants, et 31 blessés' -> 17 (inside), 31, exact. 'L'État islamique a revendiqué' -> claimant and perpetrator. 'neuf personnes ont été interpellées' is a cumulative count (not coded apart from the Palu arrests it details)."),
E(23, ["l'unité antiterroriste Densus 88 a arrêté six suspects"],
  "ARR", "2026-03-19", "day", "Palu", "ID", None, None, None, "police", None, False,
  "'le 19 mars' -> 19 March (the same arrests as 004). Densus 88 -> 'police'. 'deux maisons' is not a casualty figure."),
E(23, ["une bombe artisanale avait explosé devant un poste de police à Kolonodale"],
  "IED", "2022-01-01", "year", "Kolonodale", "ID", None, 2, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. No actor -> null. 'blessant deux policiers' -> 2 injured, exact."),
E(23, ["la police antiterroriste avait arrêté sept membres présumés de la Jamaah Ansharut Daulah à Bungku"],
  "ARR", "2024-07-01", "month", "Bungku", "ID", None, None, None, "police", None, True,
  "'En juillet 2024' -> month, background. Counter-terrorism police -> 'police'. 'sept membres' are arrestees; the planned attack on a smelter is a future event that never happened (not coded)."),
E(23, ["une bombe avait tué deux policiers près de Kintom"],
  "IED", "2025-08-01", "month", "Kintom", "ID", 2, None, "exact", None, None, True,
  "'En août dernier' in a March 2026 article -> August 2025, month, background (the same event as 005's Kintom bomb). 'tué deux policiers' -> 2. 'une quarantaine de kilomètres' is a distance, not 40 casualties."),
E(23, ["des combattants des Moudjahidine d'Indonésie orientale (MIT) avaient enlevé deux chercheurs d'or près de Pendolo"],
  "ABD", "2018-01-01", "year", "Pendolo", "ID", None, None, None, "Mujahidin Indonesia Timur", None, True,
  "'en 2018' -> year, background. Stated as fact -> perpetrator 'Mujahidin Indonesia Timur' (no earlier set names the group; the name the English texts of this set use); not claimed -> claimed_by null. A lakeside place -> Pendolo. 'dix ans', '80 000 personnes', '2 000 policiers', '300 milliards de roupies' are not casualties."),
]
