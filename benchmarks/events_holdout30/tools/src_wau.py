"""Authoring source of benchmarks/events_holdout30 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Wau, South Sudan cluster (holdout30-001 to 005; English and
French), two suicide bombers on Friday 13 February 2026 at two sites of one
town (the central market and the bus station, about 600 m and six minutes
apart): a news app's sequence of push alerts whose later alerts revise the
toll (001), a Juba daily's next-day story with a revised toll, an arrest and
a correction notice (002), a French international outlet's claim story with
a facilitator's arrest (fr 003), a weekly security digest with "Elsewhere in
the region" items (004) and a court report ("produced before", "charged",
"remanded", "released on bail", 005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout30")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout30-001
ARTICLES.append(A(1, "en", "article", "2026-02-13T17:30:00Z",
"Wau blasts: our push alerts as they went out",
"""
These are the alerts sent on Friday to readers of the Sudd Post mobile app, in the order they went out. Times are Juba time.

BREAKING: Two explosions hit Wau, South Sudan's second city, minutes apart. Witnesses say two young men blew themselves up in the crowds at the central market and at the bus station. (11:52 a.m.)

UPDATED 12:40 p.m.: At least 9 people killed in Wau twin blasts, a hospital source says. Wau Teaching Hospital, which has 180 beds, is appealing for blood donors.

UPDATED 2:15 p.m.: The state governor says the attack "may have been" the work of the Allied Democratic Forces, the group rooted in Uganda and Congo. No claim so far.

UPDATED 3:30 p.m.: Police defuse a third explosive device, a jerrycan packed with 12 kilograms of explosives, left near St Mary's Cathedral, 300 metres from the market.

UPDATED 4:05 p.m.: Families seeking news can call the police hotline on 0921 777 100.

UPDATED 6:40 p.m.: Death toll climbs to 21, excluding the two attackers, the state health ministry says. Upwards of 60 people wounded, 14 of them critically. The market and the bus station are about 600 metres apart; the second blast came six minutes after the first.

UPDATED 7:20 p.m.: A curfew from 8 p.m. to 6 a.m. is declared in Wau town. A 17-year-old shoe shiner and a 62-year-old pastor are among the dead, relatives say.

Wau, a city of about 150,000 people on the Jur River, had been spared the worst of the violence that hit other towns in recent years. In March 2022, gunmen ambushed a bus near Tonj and killed seven passengers, one of the deadliest attacks in the region since the peace deal.
"""))
GOLD += [
E(1, ["Two explosions hit Wau", "Wau twin blasts"],
  "SUI", "2026-02-13", "day", "Wau", "SS", 23, 60, "exact", None, None, False,
  "Alerts of Friday 13 February (publication day). Two sites of one town (the central market and the bus station, about 600 m and six minutes apart) -> ONE Suicide bomb event. Push alerts are one document, like a live blog: the last toll is used ('At least 9' -> 'Death toll climbs to 21, excluding the two attackers' -> 21 + 2 bombers = 23, exact; 'Upwards of 60' wounded -> 60 (more_than), but the qualifier describes the killed figure -> exact). '14 of them critically' is a subset. The governor's 'may have been' (ADF) is speculation -> null. '180 beds', '12 kilograms', '300 metres', '600 metres', 'six minutes', the hotline, the alert times, '17-year-old', '62-year-old', '150,000 people' are not casualties."),
E(1, ["Police defuse a third explosive device"],
  "DWU", "2026-02-13", "day", "Wau", "SS", None, None, None, "police", None, False,
  "Alert of 3:30 p.m. on Friday 13 February. A device defused on its own -> Disrupted weapons use; police -> 'police'. Near a cathedral in Wau -> Wau. '12 kilograms' is a weight, '300 metres' a distance."),
E(1, ["gunmen ambushed a bus near Tonj and killed seven passengers"],
  "ATK", "2022-03-01", "month", "Tonj", "SS", 7, None, "exact", None, None, True,
  "'In March 2022' -> month, background. Unnamed gunmen against bus passengers -> Attack, null actor. 'killed seven' -> 7, exact."),
]

# -------------------------------------------------------------- holdout30-002
ARTICLES.append(A(2, "en", "article", "2026-02-14T11:00:00Z",
"Death toll in Wau twin bombing climbs to 27",
"""
WAU, South Sudan (The Nile Courier) - The death toll from Friday's twin suicide bombing in Wau rose to 27 on Saturday, including the two bombers, after four of the wounded died overnight at Wau Teaching Hospital, the state health ministry said.

On Friday evening the ministry had counted 21 dead, excluding the two attackers. Among those who died in the night was a 9-year-old girl hit at the bus station. The ministry put the number of wounded at 66; eleven of them were flown to Juba on Saturday morning aboard two aircraft of the United Nations mission.

No group has claimed responsibility. The governor of Western Bahr el Ghazal repeated on Saturday that fighters of the Allied Democratic Forces "may have been" involved, citing the 12 kilograms of explosives found in the device police defused near the cathedral. The SPLM-IO, the main armed opposition, denied any involvement in a statement from its spokesman in Nairobi.

National Security Service agents detained three men in Kuajok, about 90 km north of Wau, before dawn on Saturday, a security official said. The men, aged 22 to 30, were found with a motorbike and 2.4 million South Sudanese pounds in cash. About 40 traders from the bus station area were questioned on Friday night and allowed to go home.

Shops in the central market stayed shut on Saturday. Funerals for 15 of the victims are planned for Monday.

Correction: An earlier version of this article said 17 people were killed in the Wau bombing. The toll on Saturday was 27, including the two bombers.
"""))
GOLD += [
E(2, ["Friday's twin suicide bombing in Wau", "the Wau bombing"],
  "SUI", "2026-02-13", "day", "Wau", "SS", 27, 66, "exact", None, None, False,
  "'Friday's' vs Saturday 14 February -> 13 February. Revised toll: '21 dead, excluding the two attackers' (Friday) -> 'rose to 27 on Saturday, including the two bombers' -> 27 (the four who died overnight are inside), wounded 66, exact; the correction notice's superseded '17' is not used and confirms 27. 'No group has claimed responsibility'; the governor's 'may have been' (ADF) is speculation and the SPLM-IO denies -> perpetrator and claimant null. '9-year-old', 'eleven ... flown to Juba', 'two aircraft', '12 kilograms', 'Funerals for 15' are not new casualties; the funerals are not coded."),
E(2, ["National Security Service agents detained three men in Kuajok"],
  "ARR", "2026-02-14", "day", "Kuajok", "SS", None, None, None, "police", None, False,
  "'before dawn on Saturday' = publication day, 14 February. The National Security Service (an intelligence service) -> 'police'. 'about 90 km', 'aged 22 to 30', 'a motorbike', '2.4 million South Sudanese pounds' are not casualties. 'About 40 traders ... questioned ... allowed to go home' are not arrested."),
]

# -------------------------------------------------------------- holdout30-003
ARTICLES.append(A(3, "fr", "article", "2026-02-16T08:00:00Z",
"Soudan du Sud : l'État islamique revendique le double attentat-suicide de Wau",
"""
L'organisation État islamique a revendiqué dimanche soir le double attentat-suicide qui a frappé vendredi la ville de Wau, dans le nord-ouest du Soudan du Sud, affirmant par son agence Amaq que deux de ses « soldats » en étaient les auteurs. Le ministère de l'Intérieur a jugé la revendication « crédible ».

Le bilan, arrêté dimanche par le ministère de la Santé, s'élève à vingt-huit morts, dont les deux kamikazes, et à soixante-six blessés. Un conducteur de moto-taxi de 34 ans a succombé samedi soir à ses blessures.

Selon un responsable du renseignement, des combattants formés dans l'est de la République démocratique du Congo par les ADF, le groupe ougandais affilié à l'État islamique, « pourraient avoir été » impliqués. La rébellion du SPLM-IO a de nouveau démenti toute implication.

Les arrestations se poursuivent. Dimanche, la police a interpellé à Aweil, à 120 kilomètres au nord de Wau, un commerçant de 45 ans soupçonné d'avoir hébergé les deux kamikazes et acheté les explosifs. Les enquêteurs le présentent comme le « facilitateur » du groupe. Les trois hommes arrêtés samedi à Kuajok ont été transférés à Juba. Une dizaine de vendeurs de la gare routière ont été entendus, puis relâchés.

Wau n'avait jamais connu d'attaque de cette ampleur. Il y a quatre ans, des hommes armés avaient tué sept passagers d'un bus près de Tonj. En juillet 2024, une grenade lancée dans un bar de Rumbek avait blessé cinq clients.

Le gouvernement offre une récompense de 5 millions de livres sud-soudanaises pour toute information. Un deuil de trois jours a été décrété.
"""))
GOLD += [
E(3, ["le double attentat-suicide qui a frappé vendredi la ville de Wau"],
  "SUI", "2026-02-13", "day", "Wau", "SS", 28, 66, "exact", "Islamic State", "Islamic State", False,
  "'vendredi' vs Monday 16 February -> 13 February. « vingt-huit morts, dont les deux kamikazes, et ... soixante-six blessés » -> 28 (inside; the moto-taxi driver who died on Saturday evening is counted in it), 66, exact. « a revendiqué » and the ministry judges the claim « crédible » -> claimant and perpetrator. The intelligence official's « pourraient avoir été » about ADF-trained fighters comes after the claim and sets nothing; the SPLM-IO denies. '34 ans' is an age; 'trois' days of mourning are not coded."),
E(3, ["la police a interpellé à Aweil"],
  "ARR", "2026-02-15", "day", "Aweil", "SS", None, None, None, "police", None, False,
  "'Dimanche' vs Monday 16 February -> 15 February. Police -> 'police'. The suspected facilitator (host and explosives buyer). '120 kilomètres' and '45 ans' are not casualties. « Une dizaine de vendeurs ... entendus, puis relâchés » are not arrested."),
E(3, ["Les trois hommes arrêtés samedi à Kuajok"],
  "ARR", "2026-02-14", "day", "Kuajok", "SS", None, None, None, "police", None, False,
  "'samedi' vs Monday 16 February -> 14 February. Restated arrest (holdout30-002) -> its own event in this document; no force named here, the National Security Service in holdout30-002 -> 'police'. The transfer to Juba is not a new event."),
E(3, ["des hommes armés avaient tué sept passagers d'un bus près de Tonj"],
  "ATK", "2022-01-01", "year", "Tonj", "SS", 7, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background (the bus ambush that holdout30-001 dates March 2022; this document gives only the year). Unnamed gunmen against passengers -> Attack, null actor; 7, exact."),
E(3, ["une grenade lancée dans un bar de Rumbek"],
  "GRN", "2024-07-01", "month", "Rumbek", "SS", None, 5, "exact", None, None, True,
  "'En juillet 2024' -> month, background. A thrown grenade -> Grenade, null actor. 'blessé cinq clients' -> injured 5, exact; killed null. '5 millions de livres' is a reward."),
]

# -------------------------------------------------------------- holdout30-004
ARTICLES.append(A(4, "en", "article", "2026-02-20T06:00:00Z",
"Security Week: Wau buries its dead; ADF recruiters held in Gulu",
"""
Our weekly digest of security incidents in South Sudan and its neighbours, for the seven days to 19 February.

SOUTH SUDAN

The toll from the twin suicide bombing in Wau on 13 February, which Islamic State claimed on Sunday, reached 29 on Wednesday when a 16-year-old student died in a Juba hospital. The figure includes the two bombers; 66 people were wounded. Scores of mourners followed the coffins through the town on Monday.

On Tuesday, several hundred students and traders marched from the bus station to the governor's office in Wau to demand more police patrols and the reopening of the market. The march ended peacefully after the governor received six of its leaders.

Four suspects are in custody in Juba. The government doubled the reward for information to 10 million pounds.

ELSEWHERE IN THE REGION

Uganda: Police in Gulu arrested four men on Monday on suspicion of recruiting young people for the Allied Democratic Forces. Officers seized 3 kilograms of ammonium nitrate and 11 phones.

Kenya: A roadside bomb wounded three police reservists near Lokichogio, in Turkana county, on Wednesday. Their vehicle, one of a convoy of five, was escorting a water tanker on the A1 road about 30 km from the border.

Ethiopia: Gunmen killed between 15 and 20 villagers near Itang, in the Gambela region, on Sunday, local officials said. Dozens of cattle were taken and some 2,000 residents fled.

THE WEEK AHEAD

Regional police chiefs meet in Juba on 26 February. Our next digest appears on 27 February.
"""))
GOLD += [
E(4, ["the twin suicide bombing in Wau on 13 February, which Islamic State claimed on Sunday"],
  "SUI", "2026-02-13", "day", "Wau", "SS", 29, 66, "exact", "Islamic State", "Islamic State", False,
  "'on 13 February' (7 days before Friday 20 February -> current). The toll 'reached 29 on Wednesday when a 16-year-old student died' and 'The figure includes the two bombers' -> 29, wounded 66, exact (the wounded figure is not reduced by the death). 'which Islamic State claimed' -> claimant and perpetrator. 'Scores of mourners' follow a funeral procession: not casualties, not coded."),
E(4, ["several hundred students and traders marched from the bus station to the governor's office in Wau"],
  "PP", "2026-02-17", "day", "Wau", "SS", None, None, None, None, None, False,
  "'On Tuesday' vs Friday 20 February -> 17 February. A march with a demand that ends peacefully -> Peaceful protest, null actor. 'several hundred' are marchers, 'six of its leaders' a delegation."),
E(4, ["Police in Gulu arrested four men"],
  "ARR", "2026-02-16", "day", "Gulu", "UG", None, None, None, "police", None, False,
  "'on Monday' vs Friday 20 February -> 16 February. Ugandan police -> 'police' (the state force of the event's country). '3 kilograms', '11 phones' were seized in the arrest. The ADF are the suspects' alleged group, not an actor of an arrest."),
E(4, ["A roadside bomb wounded three police reservists near Lokichogio"],
  "IED", "2026-02-18", "day", "Lokichogio", "KE", None, 3, "exact", None, None, False,
  "'on Wednesday' vs Friday 20 February -> 18 February. Roadside bomb -> Remote explosive/landmine/IED, null actor. Injured 3, exact; killed null. 'one of a convoy of five', 'A1 road', 'about 30 km' are not casualties."),
E(4, ["Gunmen killed between 15 and 20 villagers near Itang"],
  "ATK", "2026-02-15", "day", "Itang", "ET", 15, None, "at_least", None, None, False,
  "'on Sunday' vs Friday 20 February -> 15 February. Unnamed gunmen against villagers -> Attack, null actor. A range 'between 15 and 20' -> lower bound 15, at_least. 'Dozens of cattle' and 'some 2,000 residents' are not casualties."),
]

# -------------------------------------------------------------- holdout30-005
ARTICLES.append(A(5, "en", "article", "2026-02-24T14:00:00Z",
"Wau bombing suspects charged and remanded in Juba",
"""
JUBA (The Nile Courier) - Four men accused over the twin suicide bombing in Wau were produced before the Juba High Court on Monday and charged with terrorism, murder and possession of explosives.

They are the three men detained in Kuajok on 14 February and the trader arrested in Aweil the next day, whom prosecutors describe as the cell's facilitator. Three were remanded in custody until 9 March. The fourth, a 22-year-old student arrested in Kuajok, was released on bail of 500,000 South Sudanese pounds after his lawyer argued that he had only lent his motorbike.

The attack of 13 February, claimed by Islamic State, killed 29 people, including the two bombers, and wounded 66. Prosecutor Achol Deng told the court the bombers, aged 19 and 23, had travelled 320 km by bus from the Congolese border with 14 kilograms of explosives hidden in sacks of groundnuts.

A fifth suspect, a 27-year-old driver arrested in Tonj on Thursday, will be produced before the court next week, Deng said. A bus conductor questioned by detectives for a day last week was let go.

Defence lawyers complained that they had been given the 212-page case file only on Friday.

It is the first terrorism case heard in Juba in years. In 2018, two men arrested in Yei were accused of smuggling grenades from Uganda; they were later acquitted.

The case resumes on 9 March.
"""))
GOLD += [
E(5, ["the twin suicide bombing in Wau", "The attack of 13 February, claimed by Islamic State"],
  "SUI", "2026-02-13", "day", "Wau", "SS", 29, 66, "exact", "Islamic State", "Islamic State", False,
  "'of 13 February' (11 days before Tuesday 24 February -> current). 'killed 29 people, including the two bombers, and wounded 66' -> 29, 66, exact. 'claimed by Islamic State' -> claimant and perpetrator. 'aged 19 and 23', '320 km', '14 kilograms', '500,000 South Sudanese pounds', '212-page' are not casualties."),
E(5, ["the three men detained in Kuajok on 14 February"],
  "ARR", "2026-02-14", "day", "Kuajok", "SS", None, None, None, "police", None, False,
  "'on 14 February'. 'produced before the Juba High Court ... charged ... remanded' and the student's 'released on bail' are this arrest's follow-up: one Arrests event at its place and day, not a new one, and not dated at the hearing (Monday 23 February). No force named here; the National Security Service in holdout30-002 -> 'police'."),
E(5, ["the trader arrested in Aweil the next day"],
  "ARR", "2026-02-15", "day", "Aweil", "SS", None, None, None, "police", None, False,
  "'the next day' after 14 February -> 15 February. Restated arrest of the facilitator (holdout30-003, police) -> 'police'; its charge and remand are its follow-up."),
E(5, ["a 27-year-old driver arrested in Tonj on Thursday"],
  "ARR", "2026-02-19", "day", "Tonj", "SS", None, None, None, "police", None, False,
  "'on Thursday' vs Tuesday 24 February -> 19 February. A new arrest, told by the prosecutor; no force named, the cluster's arrests are by the police and security service -> 'police'. '27-year-old' is an age. The bus conductor 'questioned ... was let go' is not arrested."),
E(5, ["two men arrested in Yei"],
  "ARR", "2018-01-01", "year", "Yei", "SS", None, None, None, "police", None, True,
  "'In 2018' -> year, background. An arrest of two suspected grenade smugglers; no force named -> 'police' (the state force that arrests). The later acquittal is not an event."),
]
