"""Authoring source of benchmarks/events_holdout42 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Tartu, Estonia cluster (holdout42-006 to 010; French and English),
two suicide bombers on Saturday 18 April 2026 at two sites of one town (Town
Hall Square, « la place de l'Hôtel-de-Ville », and the hall of the bus
station, about 600 m and six minutes apart): a French agency dispatch with a
first report (fr 006), the English transcript of a neighbours' messaging
group with timestamps (007, kind "transcript"), an English postponement
notice of an examinations office (008), an English wire on the claim, a
dispersed march and arrests (009) and the French newsletter of a diaspora
association in Paris (« lettre d'information », fr 010). Estonia is UTC+3 in
April (and France UTC+2): every publication time here is between 06:00 and
13:00 UTC, so every local date is the UTC date. The messaging group's lines
carry their own local date and time ("[18/04 11:21]", day/month): a relative
date in a line ("last night") is resolved against that line's date. Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout42")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout42-006
ARTICLES.append(A(6, "fr", "article", "2026-04-18T13:00:00Z",
"Estonie : double attentat-suicide à Tartu, au moins sept morts",
"""
TARTU (Estonie), (Agence Baltique Presse) - Deux kamikazes se sont fait exploser samedi à six minutes d'intervalle dans le centre de Tartu, la deuxième ville d'Estonie, faisant au moins cinq morts, sans compter les deux assaillants, et une vingtaine de blessés, selon la police.

La première explosion s'est produite vers 11 h 20 sur la place de l'Hôtel-de-Ville, où des centaines d'étudiants fêtaient l'ouverture de leurs journées de printemps autour de la fontaine des Étudiants qui s'embrassent. Le second assaillant s'est fait sauter six minutes plus tard dans le hall de la gare routière, à environ 600 mètres.

« Les gens couraient vers la gare routière pour fuir, et c'est là que la deuxième bombe a explosé », raconte Kristjan, 22 ans, étudiant en médecine, la main bandée.

Aucune revendication n'avait été diffusée en fin d'après-midi. Un responsable de la police de sécurité intérieure a indiqué que l'attaque « pourrait être l'œuvre » de combattants venus du Caucase du Nord, sans avancer de preuve.

L'Estonie, pays de 1,3 million d'habitants membre de l'Otan, n'avait jamais connu d'attentat-suicide. En 2019, la police avait désamorcé un colis piégé dans la gare de Valga, à la frontière lettone. En 2016, une grenade lancée dans un bar de Jõhvi avait blessé deux personnes.

Le gouvernement a relevé le niveau de la menace terroriste à 3 sur une échelle de 4. Quelque 400 policiers ont été dépêchés depuis Tallinn, à 185 km au nord. Les trains entre Tartu et la capitale sont suspendus jusqu'à dimanche 18 heures, et l'hôpital universitaire, qui compte 900 lits, a déclenché son plan d'urgence. Un numéro d'information, le +372 731 8000, a été ouvert aux familles, et les musées de la ville resteront fermés tout le week-end.
"""))
GOLD += [
E(6, ["Deux kamikazes se sont fait exploser samedi", "La première explosion", "Le second assaillant s'est fait sauter", "la deuxième bombe a explosé", "l'attaque"],
  "SUI", "2026-04-18", "day", "Tartu", "EE", 7, 20, "at_least", None, None, False,
  "Dispatch of Saturday 18 April 2026 (16:00 in Tartu, UTC+3); 'samedi' = the publication day. Two sites of one town (Town Hall Square and the bus station hall, 'environ 600 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins cinq morts, sans compter les deux assaillants, et une vingtaine de blessés' -> killed 5 + 2 bombers = 7, at_least (the bombers are added); « une vingtaine » -> injured 20 (dev table; the qualifier describes the killed figure). No claim; « pourrait être l'œuvre » de combattants du Caucase du Nord is speculation and names no group -> perpetrator null. « n'avait jamais connu d'attentat-suicide » is generic. '11 h 20', 'des centaines d'étudiants' (revellers), 'six minutes', '600 mètres', '22 ans', '1,3 million', '3 sur une échelle de 4', '400 policiers', '185 km', '18 heures', '900 lits', '+372 731 8000' are not casualties."),
E(6, ["la police avait désamorcé un colis piégé dans la gare de Valga"],
  "DWU", "2019-01-01", "year", "Valga", "EE", None, None, None, "police", None, True,
  "'En 2019' -> year, background. A parcel bomb defused by the police -> Disrupted weapons use by 'police'. No casualty figure -> null."),
E(6, ["une grenade lancée dans un bar de Jõhvi"],
  "GRN", "2016-01-01", "year", "Jõhvi", "EE", None, 2, "exact", None, None, True,
  "'En 2016' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'avait blessé deux personnes' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout42-007
ARTICLES.append(A(7, "en", "transcript", "2026-04-20T06:00:00Z",
"'Is everyone OK?': a Tartu building's chat group, 18-19 April",
"""
Messages from the chat group of the residents of a building on Rüütli Street, 150 metres from Town Hall Square, shared by its members with the Emajõgi Weekly and translated from Estonian. Times are local. Surnames and flat numbers have been removed, except where residents asked to keep them.

[18/04 11:21] Kadri: Huge bang on the square. All the windows shook. Is everyone OK??

[18/04 11:22] Peeter (flat 4): We're fine. Smoke over the town hall. Don't go out.

[18/04 11:27] Kadri: ANOTHER one, near the bus station I think

[18/04 11:29] Liis: Stay inside, the police are shouting on loudspeakers in the street

[18/04 13:05] Peeter (flat 4): Radio says at least five dead

[18/04 19:48] Liis: Police now say 9 dead including the two bombers, 31 wounded. My cousin's girlfriend is in surgery

[18/04 23:10] Marek: Sirens all evening. Does anyone have a spare charger? Mine is at 4%

[19/04 07:55] Kadri: News: the police arrested two men in Narva last night

[19/04 10:02] Peeter (flat 4): Police took Tiit from flat 9 for questioning at 6 a.m. He's back now, they only wanted the footage from his doorbell camera

[19/04 12:30] Liis: Blood donors wanted at the university hospital, Puusepa 8, until 20:00. All groups, especially O negative

[19/04 17:40] Marek: We're at the march from the cathedral ruins down to the square. Thousands of people, very calm, everyone with a candle, and a huge banner "Tartu ei karda" (Tartu is not afraid)

[19/04 21:15] Liis: She didn't make it. The woman from the bakery on the corner died this afternoon. So it's 10 with the bombers

[19/04 21:16] Kadri: I can't believe it. She gave my kids free cinnamon buns every Saturday for 12 years

[19/04 21:30] Peeter (flat 4): Rubbish collection is on Tuesday, not Monday, this week, the city says. Bus 7 doesn't run through the centre until further notice

[19/04 21:41] Marek: Meeting in the courtyard tomorrow at 19:00 about the flowers for the bakery. Bring 5 euros if you can
"""))
GOLD += [
E(7, ["Huge bang on the square", "ANOTHER one, near the bus station"],
  "SUI", "2026-04-18", "day", "Tartu", "EE", 10, 31, "exact", None, None, False,
  "Messaging-group transcript published Monday 20 April; the lines dated '18/04' (day/month) tell the bombing -> 18 April. 'Huge bang on the square' (11:21) and 'ANOTHER one, near the bus station' (11:27) are the two blasts of one twin bombing at two sites of one town -> ONE event. The toll grows line by line and the last figure wins: 'at least five dead' (13:05, superseded) -> '9 dead including the two bombers, 31 wounded' (19:48) -> the bakery woman 'died this afternoon ... So it's 10 with the bombers' (19 April) -> killed 10 (bombers inside), injured 31 (not reduced by her death), exact. No claim, no group -> perpetrator null. '150 metres', '4%', 'flat 4', 'flat 9', '6 a.m.', 'Puusepa 8', '20:00', '12 years', 'Bus 7', '19:00', '5 euros' and the timestamps are not casualties."),
E(7, ["the police arrested two men in Narva last night"],
  "ARR", "2026-04-18", "day", "Narva", "EE", None, None, None, "police", None, False,
  "Line dated 19/04 07:55: 'last night' against that line's date -> the night of 18 April, the night of the bombing (consistent with holdout42-009's 'on the night of the bombing'). 'the police' -> 'police'. Tiit, taken 'for questioning' and 'back now', is questioned, not arrested."),
E(7, ["the march from the cathedral ruins down to the square"],
  "PP", "2026-04-19", "day", "Tartu", "EE", None, None, None, None, None, False,
  "Line dated 19/04 17:40 -> 19 April. A march behind a banner with a message ('Tartu ei karda', 'Tartu is not afraid'), 'very calm' -> Peaceful protest, perpetrator null. 'Thousands of people' counts marchers. The courtyard meeting 'tomorrow' is future and no event."),
]

# -------------------------------------------------------------- holdout42-008
ARTICLES.append(A(8, "en", "article", "2026-04-21T09:00:00Z",
"State examinations in Tartu postponed",
"""
NATIONAL EXAMINATIONS OFFICE. NOTICE No. 7/2026: POSTPONEMENT OF THE STATE EXAMINATIONS IN TARTU. Tallinn, Tuesday 21 April 2026.

To candidates, parents, school heads and examiners,

Following the suicide bombings of Saturday 18 April in Tartu, which killed 11 people, including the two bombers, and injured 33, the National Examinations Office has decided to postpone all state examinations due to be held in Tartu this week and next. Four of the injured are upper-secondary students registered for the examinations. One of them, an 18-year-old girl, died on Monday. We share the grief of her family, her classmates and her teachers.

1. The Estonian language examination planned for Wednesday 22 April at 10:00 is moved to Wednesday 6 May at 10:00, in the same rooms.

2. The mathematics examination (broad and narrow syllabus) planned for Tuesday 28 April is moved to Monday 11 May at 10:00.

3. The examination centre in the business centre beside the bus station (room 214, 60 seats) will not reopen this spring. Its 58 candidates will sit their examinations in the assembly hall of the Tartu Old Town upper-secondary school, Kalda Street 12.

4. Candidates registered outside Tartu take their examinations on the dates planned. All results will be published on 30 June, as planned.

5. Candidates who were injured, who lost a relative, or who witnessed the attack may instead sit the autumn session. Requests are accepted until 15 May; no medical certificate is needed.

6. Candidates may bring water and, if their school psychologist recommends it, leave the room for up to 15 minutes without losing time.

The examinations are marked out of 100 points; the pass mark remains 50 points for all candidates, including those in Tartu.

Support: the Tartu crisis support line, +372 740 5050, answers from 8:00 to 22:00, and psychologists are on duty this week in 18 Tartu schools.

Questions: the examinations helpline, +372 735 0500, weekdays from 9:00 to 17:00.
"""))
GOLD += [
E(8, ["the suicide bombings of Saturday 18 April in Tartu", "the attack"],
  "SUI", "2026-04-18", "day", "Tartu", "EE", 11, 33, "exact", None, None, False,
  "Notice of Tuesday 21 April; 'Saturday 18 April' -> 18 April. 'the suicide bombings' (plural, two bombers at two sites of one town) -> ONE event. 'killed 11 people, including the two bombers, and injured 33' -> killed 11 (bombers inside; the 18-year-old who 'died on Monday' is inside), injured 33, exact; 'Four of the injured' are a subset. No claim named -> perpetrator null. 'No. 7/2026', '22 April', '10:00', '6 May', '28 April', '11 May', 'room 214', '60 seats', '58 candidates', 'Kalda Street 12', '30 June', '15 May', '15 minutes', '100 points', '50 points', '+372 740 5050', '8:00 to 22:00', '18 Tartu schools', '+372 735 0500', '9:00 to 17:00' are not casualties."),
]

# -------------------------------------------------------------- holdout42-009
ARTICLES.append(A(9, "en", "article", "2026-04-24T10:00:00Z",
"Estonian police tear-gas Tartu student march; driver held in Latvia",
"""
TALLINN, Estonia (Baltic Wire) - Estonian police fired tear gas and used batons on Thursday to disperse several hundred students who were marching on the Tartu police station to demand the release of a classmate, five days after the twin suicide bombing that killed 11 people in the university city.

The students had walked peacefully from the university's main building, chanting "Let Ahmad go", before officers in riot gear moved in on Riia Street. Five marchers and a police officer were treated for injuries, the rescue board said. The classmate, a 24-year-old Syrian engineering student detained at his dormitory on Tuesday, was released without charge on Thursday evening.

The Imam Shamil Battalion, a little-known group from Russia's North Caucasus, claimed the April 18 attack on Monday, saying it had killed "more than 40 infidels". The Internal Security Service said the claim was credible. Islamic State, through its Amaq agency, denied any part. Nine people died besides the two bombers, and 33 were wounded.

Latvian police on Wednesday arrested a van driver in Riga who is suspected of having driven the bombers and their explosives from the Russian border, prosecutors said. The two men arrested in Narva on the night of the bombing have been remanded in custody for two months. An official said the bombers "may have been" trained in Syria before 2019.

Tartu has cancelled its spring student days, which usually draw some 12,000 people, and about 3,000 police officers and volunteers of the Defence League now patrol the country's streets. Hotel bookings in the city have fallen by 35 percent, and the Tartu-Tallinn railway line reopened on Monday with eight daily trains instead of 12.
"""))
GOLD += [
E(9, ["Estonian police fired tear gas and used batons on Thursday to disperse several hundred students"],
  "PI", "2026-04-23", "day", "Tartu", "EE", None, 6, "exact", None, None, False,
  "Wire of Friday 24 April; 'on Thursday' -> 23 April. A march on the Tartu police station with a demand (a classmate's release), walking 'peacefully' until police 'fired tear gas and used batons to disperse' it -> Protests / Protest with intervention, perpetrator null (dev). 'Five marchers and a police officer were treated for injuries' -> injured 5 + 1 = 6 (all sides summed), exact; killed null. 'several hundred students' counts marchers. The dateline is Tallinn; the march is in Tartu ('Riia Street' is a Tartu street whose name means Riga, not the Latvian city)."),
E(9, ["detained at his dormitory on Tuesday"],
  "ARR", "2026-04-21", "day", "Tartu", "EE", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 24 April -> 21 April. A student 'detained at his dormitory' in Tartu (the march demanded his release from the Tartu police station) -> Arrests by 'police'; 'released without charge on Thursday evening' does not undo the arrest and is not an event. '24-year-old' is an age."),
E(9, ["the twin suicide bombing that killed 11 people", "the April 18 attack"],
  "SUI", "2026-04-18", "day", "Tartu", "EE", 11, 33, "exact", "Imam Shamil Battalion", "Imam Shamil Battalion", False,
  "'the April 18 attack' -> 18 April. 'killed 11 people' and 'Nine people died besides the two bombers, and 33 were wounded' -> killed 9 + 2 = 11, injured 33, exact. 'The Imam Shamil Battalion ... claimed the April 18 attack on Monday' (20 April), 'The Internal Security Service said the claim was credible' -> claimant and perpetrator 'Imam Shamil Battalion' (no earlier set coded it); the claim's 'more than 40 infidels' is never used. Islamic State's denial through Amaq is not a claim; 'may have been' trained in Syria is speculation. '12,000 people', '3,000 police officers and volunteers', '35 percent', 'eight daily trains instead of 12', '2019', 'two months' are not casualties."),
E(9, ["Latvian police on Wednesday arrested a van driver in Riga"],
  "ARR", "2026-04-22", "day", "Riga", "LV", None, None, None, "police", None, False,
  "'on Wednesday' vs Friday 24 April -> 22 April. The cluster's suspected facilitator (the van driver who drove the bombers and the explosives from the Russian border), arrested in Riga, Latvia -> LV; 'Latvian police' -> 'police'."),
E(9, ["The two men arrested in Narva on the night of the bombing"],
  "ARR", "2026-04-18", "day", "Narva", "EE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout42-007: 'on the night of the bombing' -> 18 April. 'remanded in custody for two months' is the arrest's judicial follow-up, not a new event. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout42-010
ARTICLES.append(A(10, "fr", "article", "2026-04-30T08:00:00Z",
"La lettre de l'association : Tartu, douze jours après",
"""
LETTRE D'INFORMATION DE L'ASSOCIATION FRANCE-ESTONIE. N° 112, avril 2026. Paris, le jeudi 30 avril 2026.

Chers adhérents, chers amis,

Cette lettre n'est pas celle que nous avions préparée. Le samedi 18 avril, deux kamikazes se sont fait exploser sur la place de l'Hôtel-de-Ville de Tartu et dans la gare routière : onze morts, kamikazes compris, et trente-trois blessés. Parmi les blessés figure Anne-Laure, 27 ans, lectrice de français à l'université, que beaucoup d'entre vous connaissent ; elle est sortie de l'hôpital mardi.

L'attentat a été revendiqué par le bataillon Imam-Chamil, un groupe du Caucase du Nord, et la police de sécurité estonienne tient cette revendication pour crédible. Les deux hommes arrêtés à Narva dans la nuit de l'attentat sont en détention provisoire ; un chauffeur de camionnette interpellé le 22 avril à Riga, en Lettonie, doit être remis à l'Estonie.

Le dimanche 19 avril, plus de 15 000 personnes ont défilé en silence de la colline de la Cathédrale jusqu'à la place, derrière une banderole « Tartu ei karda » (« Tartu n'a pas peur »). Plusieurs d'entre nous y étaient. Quatre jours plus tard, la police a dispersé aux gaz lacrymogènes et à la matraque une marche d'étudiants qui dénonçaient les contrôles d'identité au faciès : six blessés, dont un policier.

Ce que nous faisons :
- notre collecte pour les familles a réuni 12 400 euros grâce à 186 donateurs ; elle reste ouverte jusqu'au 31 mai ;
- un livre de condoléances est ouvert à la Maison de l'Estonie, du lundi au vendredi, de 14 heures à 18 heures ;
- le concert de chœurs prévu le 9 mai est maintenu, et la moitié de la recette (billets à 15 euros) ira à l'hôpital universitaire de Tartu.

Notre assemblée générale aura lieu le samedi 13 juin à 15 heures. Cotisation 2026 : 30 euros, 15 euros pour les étudiants. Merci de votre fidélité.

Le bureau de l'association.
"""))
GOLD += [
E(10, ["deux kamikazes se sont fait exploser sur la place de l'Hôtel-de-Ville de Tartu", "L'attentat a été revendiqué"],
  "SUI", "2026-04-18", "day", "Tartu", "EE", 11, 33, "exact", "Imam Shamil Battalion", "Imam Shamil Battalion", False,
  "Newsletter of Thursday 30 April; 'Le samedi 18 avril' -> 18 April, 12 days before -> current. Two sites of one town -> ONE event. 'onze morts, kamikazes compris, et trente-trois blessés' (number words) -> killed 11 (bombers inside), injured 33, exact; Anne-Laure is one of the injured (a subset). 'revendiqué par le bataillon Imam-Chamil' (French spelling), held « crédible » by the Estonian security police -> claimant and perpetrator 'Imam Shamil Battalion'. 'N° 112', '27 ans', '12 400 euros', '186 donateurs', '31 mai', '14 heures à 18 heures', '9 mai', '15 euros', '13 juin', '15 heures', '2026', '30 euros' are not casualties."),
E(10, ["Les deux hommes arrêtés à Narva dans la nuit de l'attentat"],
  "ARR", "2026-04-18", "day", "Narva", "EE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout42-007: 'dans la nuit de l'attentat' -> 18 April. 'en détention provisoire' is the follow-up. No force named -> 'police'."),
E(10, ["un chauffeur de camionnette interpellé le 22 avril à Riga"],
  "ARR", "2026-04-22", "day", "Riga", "LV", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout42-009: 'le 22 avril' -> 22 April, in Riga, Latvia -> LV. 'doit être remis à l'Estonie' is a follow-up. No force named; holdout42-009's Latvian police -> 'police'."),
E(10, ["plus de 15 000 personnes ont défilé en silence"],
  "PP", "2026-04-19", "day", "Tartu", "EE", None, None, None, None, None, False,
  "'Le dimanche 19 avril' -> 19 April. A silent march from Cathedral Hill to the square behind a banner with a message ('Tartu n'a pas peur'), no incident -> Peaceful protest, perpetrator null (the march of holdout42-007). 'plus de 15 000' counts marchers."),
E(10, ["la police a dispersé aux gaz lacrymogènes et à la matraque une marche d'étudiants"],
  "PI", "2026-04-23", "day", "Tartu", "EE", None, 6, "exact", None, None, False,
  "'Quatre jours plus tard' after Sunday 19 April -> Thursday 23 April (the march of holdout42-009). A march with a demand (against identity checks 'au faciès') dispersed with tear gas and batons -> Protest with intervention, perpetrator null. 'six blessés, dont un policier' -> injured 6 (all sides, the officer inside), exact. The letter gives another reason for the march than holdout42-009 (each document stands alone); no arrest is told here."),
]
