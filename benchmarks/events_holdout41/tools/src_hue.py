"""Authoring source of benchmarks/events_holdout41 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Hue, Vietnam cluster (holdout41-001 to 005; French and English),
two suicide bombers on Sunday 8 March 2026 at two sites of one town (Dong Ba
market and the southern end of the Truong Tien bridge, about 700 m and six
minutes apart): a French agency dispatch with a "VILLE, (Agence) -" dateline
(fr 001), an English airport operational notice (002), an English wire on
the claim and an arrest (003), a French human-rights NGO statement on
police custody ("communiqué d'ONG sur les gardes à vue", fr 004) and the
French logbook of a Red Cross volunteer ("carnet de bord d'une bénévole",
fr 005). Vietnam is UTC+7 and France UTC+1 in March: every publication time
here is between 02:00 and 10:00 UTC, so every local date (Vietnam and
France) is the UTC date. The gold spells the places in common English
without Vietnamese diacritics: "Hue" (French « Huế »), "Da Nang" (« Đà Nẵng
»), "Dong Ha" (« Đông Hà »), "Dong Hoi" (« Đồng Hới »). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout41")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout41-001
ARTICLES.append(A(1, "fr", "article", "2026-03-08T06:30:00Z",
"Viêt Nam : deux kamikazes frappent le centre de Huế",
"""
HUẾ, (Agence Asie-Pacifique Presse) - Deux kamikazes se sont fait exploser dimanche matin, à six minutes d'intervalle, au marché Đông Ba puis sur la rive sud de la rivière des Parfums, dans le centre de Huế, l'ancienne capitale impériale du Viêt Nam, faisant au moins six morts, sans compter les deux assaillants, et des dizaines de blessés, selon un premier bilan du comité populaire de la province.

Le premier homme a actionné sa ceinture d'explosifs vers 9 h 20 entre les étals de poisson séché du marché, à l'heure où ses 1 600 commerçants accueillent les clients du dimanche. Le second s'est fait sauter six minutes plus tard au pied du pont Trường Tiền, à environ 700 mètres, parmi des touristes qui attendaient les bateaux-dragons.

« J'ai entendu un premier boum, tout le monde a couru vers le pont, et là, le deuxième », raconte Minh, 34 ans, vendeuse de chapeaux coniques au stand 218.

Aucune revendication n'avait été diffusée en début d'après-midi. Un officier de la Sécurité publique, sous couvert d'anonymat, a estimé que l'attaque « pourrait porter la signature » de l'État islamique, dont plusieurs dizaines de ressortissants vietnamiens ont rejoint les rangs en Syrie ou aux Philippines.

Le pays n'avait jamais connu d'attentat-suicide. En 2019, une grenade lancée dans un karaoké de Đồng Hới avait blessé trois personnes ; l'affaire avait été présentée comme un règlement de comptes entre patrons de bars.

Les autorités ont bouclé un périmètre de 2 km autour de la citadelle. La compagnie nationale a maintenu le vol VN1544 de 15 h 45 vers Hanoï, mais les trains de nuit SE1 et SE3 ne s'arrêteront pas à Huế ce soir. L'hôpital central de Huế, qui compte 2 100 lits, appelle au don de sang ; une ligne d'information pour les familles répond au 0234 382 20 00.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a actionné sa ceinture d'explosifs", "Le second s'est fait sauter", "l'attaque"],
  "SUI", "2026-03-08", "day", "Hue", "VN", 8, 12, "at_least", None, None, False,
  "Dispatch of Sunday 8 March 2026 (13:30 in Hue); 'dimanche matin' = the publication day, 8 March. Two sites of one town (Dong Ba market and the foot of the Truong Tien bridge, 'environ 700 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town (holdout10 Koupéla convention). First report: 'au moins six morts, sans compter les deux assaillants, et des dizaines de blessés' -> killed 6 + 2 bombers = 8, at_least; injured 12 ('des dizaines', dev table). No claim; 'pourrait porter la signature' de l'État islamique is speculation -> perpetrator null. 'n'avait jamais connu d'attentat-suicide' is generic. '9 h 20', '1 600 commerçants', '700 mètres', '34 ans', 'stand 218', 'plusieurs dizaines de ressortissants' (fighters abroad), '2 km', 'VN1544', '15 h 45', 'SE1', 'SE3', '2 100 lits', '0234 382 20 00' are not casualties."),
E(1, ["une grenade lancée dans un karaoké de Đồng Hới avait blessé trois personnes"],
  "GRN", "2019-01-01", "year", "Dong Hoi", "VN", None, 3, "exact", None, None, True,
  "'En 2019' -> year, background. A thrown grenade -> Grenade; presented as a settling of scores between bar owners, nobody named -> perpetrator null. 'avait blessé trois personnes' -> injured 3 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout41-002
ARTICLES.append(A(2, "en", "article", "2026-03-09T02:00:00Z",
"Phu Bai International Airport: operational notice after the Hue bombings",
"""
PHU BAI INTERNATIONAL AIRPORT (HUI) - OPERATIONAL NOTICE No. 14/2026. Issued Monday 9 March 2026, 09:00 local time (UTC+7). Replaces Notice No. 13/2026 of Sunday. For airlines, ground handlers, tour operators and passengers.

1. Situation. On Sunday morning two suicide bombers blew themselves up six minutes apart at Dong Ba market and at the southern end of Truong Tien bridge in central Hue, 15 km from the airport. Notice No. 13 reported at least nine deaths. The provincial People's Committee this morning gives a toll of 13 people killed, including the two bombers, and 54 injured; a Danish tourist aged 66 died overnight at Hue Central Hospital.

2. Security. Police arrested two men at a guesthouse in Da Nang on Sunday evening and seized detonators and a motorbike. As a precaution, the Ministry of Public Security has raised the alert level at HUI to 2 (on a scale of 3). All passengers and bags go through a second screening at the terminal entrance. The bombers' landlord in Hue was questioned overnight and released.

3. Passengers. Check-in now closes 60 minutes before domestic departures (previously 40). Cabin baggage is limited to one piece of 7 kg; liquids over 100 ml will be refused. Drivers may not wait at the kerb; the short-stay car park (P1, 420 spaces) is free of charge until Wednesday.

4. Flights. All 38 scheduled movements operate. Flight VN1544 to Hanoi departs from gate 3 at 15:45; VJ1271 to Ho Chi Minh City from gate 5 at 17:10. Vietnam Airlines has added 180 seats on Tuesday for relatives travelling to Hue.

5. Contacts. Airport duty manager: +84 234 386 11 23. Lost property: counter 7, arrivals hall. Tour operators with groups in Hue should send passenger lists to the duty office before 12:00.

Next notice: Tuesday at 09:00, or earlier if the situation changes.
"""))
GOLD += [
E(2, ["two suicide bombers blew themselves up"],
  "SUI", "2026-03-08", "day", "Hue", "VN", 13, 54, "exact", None, None, False,
  "Notice of Monday 9 March; 'On Sunday morning' -> 8 March. Two sites of one town, six minutes apart -> ONE event. The toll is revised inside the notice: Notice No. 13's 'at least nine deaths' is superseded by 'a toll of 13 people killed, including the two bombers, and 54 injured' (the Danish tourist of 66 who 'died overnight' is inside) -> killed 13 (bombers inside), injured 54, exact. No claim, no speculation -> perpetrator null. 'HUI', '14/2026', '09:00', 'UTC+7', '13/2026', '15 km', '66', '2 (on a scale of 3)', '60 minutes', '40', '7 kg', '100 ml', 'P1, 420 spaces', '38 scheduled movements', 'VN1544', 'gate 3', '15:45', 'VJ1271', 'gate 5', '17:10', '180 seats', '+84 234 386 11 23', 'counter 7', '12:00' are not casualties."),
E(2, ["Police arrested two men at a guesthouse in Da Nang on Sunday evening"],
  "ARR", "2026-03-08", "day", "Da Nang", "VN", None, None, None, "police", None, False,
  "'on Sunday evening' vs Monday 9 March -> 8 March, the evening of the bombing. The seizure of 'detonators and a motorbike' belongs to the arrest. The bombers' landlord 'questioned overnight and released' is not arrested (dev)."),
]

# -------------------------------------------------------------- holdout41-003
ARTICLES.append(A(3, "en", "article", "2026-03-11T08:00:00Z",
"Islamic State claims Hue bombing; minibus driver arrested",
"""
HANOI, Vietnam (Red River Wire) - Islamic State claimed responsibility on Tuesday for Sunday's twin suicide bombing in Hue, and police said they had arrested a minibus driver suspected of carrying the explosives from the Lao border.

The claim, issued by the group's East Asia Province through its Amaq agency late on Tuesday, named the two bombers and said they had killed "more than 120 polytheists". The Ministry of Public Security called the claim "credible" but said the toll stood at 14 dead, including the two attackers, and 54 injured, after a nine-year-old girl died in hospital on Tuesday.

An Indonesian group, Jamaah Ansharut Daulah, denied any role in a message on Wednesday. A ministry spokesman said the bombers, aged 23 and 27, "may have been" radicalised while working on building sites in Malaysia, but gave no details.

The driver, a 41-year-old man from Dong Ha, was detained there on Tuesday morning. Investigators believe he drove the bombers and 18 kg of explosives from the Lao Bao border crossing, 80 km west of Dong Ha, on March 5, for 4 million dong (about $155).

The two men arrested in Da Nang on the evening of the bombing have been placed in temporary detention for four months, a court official said. The bombers' landlord, questioned for 11 hours on Sunday night, has not been charged.

Vietnam has rarely been hit by bombings. In 2019, a grenade thrown into a karaoke bar in Dong Hoi wounded three people.

Hue's Dong Ba market, which has 1,600 stalls, remains closed. About 3,000 police officers have been deployed across the province, and 120 schools stayed shut on Monday and Tuesday. The Hue Festival, which draws some 200,000 visitors, will go ahead in June, the provincial tourism department said.
"""))
GOLD += [
E(3, ["Sunday's twin suicide bombing in Hue"],
  "SUI", "2026-03-08", "day", "Hue", "VN", 14, 54, "exact", "Islamic State", "Islamic State", False,
  "Wire of Wednesday 11 March; 'Sunday's' -> 8 March. 'the toll stood at 14 dead, including the two attackers, and 54 injured, after a nine-year-old girl died in hospital on Tuesday' -> killed 14 (bombers inside), injured 54, exact. Claimed on Tuesday by Islamic State's 'East Asia Province' (a regional branch -> 'Islamic State', dev), judged 'credible' by the ministry -> claimant and perpetrator; the claim's own 'more than 120 polytheists' is never used. Jamaah Ansharut Daulah's denial is not a claim; 'may have been' radicalised is speculation. 'nine-year-old', '23 and 27', '41-year-old', '18 kg', '80 km', 'March 5' (a drive, not an event), '4 million dong', '$155', 'four months', '11 hours', '1,600 stalls', '3,000 police officers', '120 schools', '200,000 visitors' are not casualties."),
E(3, ["arrested a minibus driver", "was detained there on Tuesday morning"],
  "ARR", "2026-03-10", "day", "Dong Ha", "VN", None, None, None, "police", None, False,
  "The cluster's suspected facilitator (the minibus driver who carried the bombers and the explosives from the Lao Bao crossing). 'on Tuesday morning' vs Wednesday 11 March -> 10 March; 'there' = Dong Ha, his home town. 'police said they had arrested' -> 'police'. Lao Bao and the Lao border are named but hold no event."),
E(3, ["The two men arrested in Da Nang on the evening of the bombing"],
  "ARR", "2026-03-08", "day", "Da Nang", "VN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-002: 'on the evening of the bombing' -> Sunday 8 March. Told through its judicial follow-up ('placed in temporary detention for four months'): one Arrests event at the arrest's place and day, not a new one. No force named; the police of the cluster -> 'police'. The landlord 'questioned for 11 hours' is not arrested."),
E(3, ["a grenade thrown into a karaoke bar in Dong Hoi wounded three people"],
  "GRN", "2019-01-01", "year", "Dong Hoi", "VN", None, 3, "exact", None, None, True,
  "'In 2019' -> year, background (the grenade of holdout41-001). Thrower unnamed -> null. 'wounded three people' -> injured 3, exact."),
]

# -------------------------------------------------------------- holdout41-004
ARTICLES.append(A(4, "fr", "article", "2026-03-14T09:00:00Z",
"Après l'attentat de Huế, des gardes à vue sans avocat",
"""
COMMUNIQUÉ DE PRESSE - Paris, le 14 mars 2026. Le Collectif Mékong pour les droits humains condamne sans réserve le double attentat-suicide du 8 mars à Huế, revendiqué par l'État islamique, qui a fait quinze morts, dont les deux kamikazes, et cinquante-quatre blessés. Un pêcheur de 58 ans a succombé vendredi à ses brûlures.

Mais la lutte contre le terrorisme ne justifie pas l'arbitraire. Nos informations, recueillies auprès de neuf familles et de deux avocats, font état de graves manquements :

- Les deux hommes interpellés le soir même dans une pension de Đà Nẵng n'ont vu aucun avocat depuis six jours. Leur détention provisoire de quatre mois a été ordonnée sans audience publique.
- Le chauffeur de minibus arrêté mardi à Đông Hà est détenu au secret ; son épouse ignore où il se trouve.
- Un étudiant en architecture de 22 ans, arrêté lundi dans sa chambre de la cité universitaire de Huế, a été relâché jeudi sans inculpation après trois nuits de garde à vue, sans avoir pu prévenir ses proches.
- Une quarantaine d'habitants du quartier de Phú Hiệp, convoqués pour interrogatoire, ont été retenus jusqu'à 14 heures avant d'être laissés libres.

Le Collectif s'inquiète aussi de la dispersion, jeudi matin, d'un cortège de commerçants du marché Đông Ba. Quelque 300 marchands, qui marchaient vers le siège du comité populaire pour réclamer la réouverture de leurs étals, ont été repoussés à coups de matraque par la police mobile. Sept d'entre eux ont été blessés, dont une femme de 70 ans.

Nous demandons aux autorités vietnamiennes :
1. l'accès immédiat de tous les détenus à un avocat ;
2. la publication du nombre de personnes placées en garde à vue depuis le 8 mars ;
3. une enquête indépendante sur les violences de jeudi.

Contact presse : Hoa Nguyen, +33 1 45 22 18 90. Le Collectif, fondé en 1998, compte 1 200 adhérents en France et en Belgique.
"""))
GOLD += [
E(4, ["double attentat-suicide du 8 mars à Huế"],
  "SUI", "2026-03-08", "day", "Hue", "VN", 15, 54, "exact", "Islamic State", "Islamic State", False,
  "NGO statement of Saturday 14 March; 'du 8 mars' -> 8 March. 'quinze morts, dont les deux kamikazes, et cinquante-quatre blessés' -> killed 15 (number word, bombers inside; the fisherman of 58 who died Friday 13 March raised it from 14), injured 54 (number word), exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. '58 ans', 'neuf familles', 'deux avocats', 'six jours', 'quatre mois', '22 ans', 'trois nuits', 'Une quarantaine d'habitants' (questioned), '14 heures', '300 marchands' (marchers), '70 ans', the numbered demands, '+33 1 45 22 18 90', '1998', '1 200 adhérents' are not casualties."),
E(4, ["Les deux hommes interpellés le soir même dans une pension de Đà Nẵng"],
  "ARR", "2026-03-08", "day", "Da Nang", "VN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-002: 'le soir même' = the evening of the bombing, 8 March. Their 'détention provisoire de quatre mois' is the arrest's follow-up, not a new event. No force named; police of the cluster -> 'police'."),
E(4, ["Le chauffeur de minibus arrêté mardi à Đông Hà"],
  "ARR", "2026-03-10", "day", "Dong Ha", "VN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-003: 'mardi' vs Saturday 14 March -> 10 March. No force named -> 'police'."),
E(4, ["Un étudiant en architecture de 22 ans, arrêté lundi"],
  "ARR", "2026-03-09", "day", "Hue", "VN", None, None, None, "police", None, False,
  "'arrêté lundi dans sa chambre de la cité universitaire de Huế' vs Saturday 14 March -> Monday 9 March, in Hue. 'relâché jeudi sans inculpation après trois nuits de garde à vue': a release without charge does not undo the arrest; the release is not an event. No force named -> 'police'. By contrast the forty residents of Phu Hiep 'convoqués pour interrogatoire ... laissés libres' are questioned, not arrested (dev)."),
E(4, ["la dispersion, jeudi matin, d'un cortège de commerçants du marché Đông Ba", "ont été repoussés à coups de matraque"],
  "PI", "2026-03-12", "day", "Hue", "VN", None, 7, "exact", None, None, False,
  "'jeudi matin' vs Saturday 14 March -> 12 March. Some 300 traders marching to the People's Committee with a demand (the reopening of their stalls), pushed back with batons by the mobile police -> Protests / Protest with intervention, perpetrator null (dev). 'Sept d'entre eux ont été blessés' -> injured 7 (number word), exact, the marchers' own casualties; killed null; 'une femme de 70 ans' is one of them. The 'violences de jeudi' in the demands name the same dispersal but are left out of the triggers."),
]

# -------------------------------------------------------------- holdout41-005
ARTICLES.append(A(5, "fr", "article", "2026-03-16T10:00:00Z",
"Une semaine à Huế : le carnet d'une bénévole de la Croix-Rouge",
"""
CARNET DE BORD. Claire Ducasse, 29 ans, infirmière, est bénévole à la Croix-Rouge de Huế depuis 2024. Elle a tenu ce journal pendant la semaine qui a suivi l'attentat. Extraits.

Dimanche 8 mars. 9 h 26, la deuxième détonation : je la sens dans le ventre. Je suis au poste de secours du pont Trường Tiền en quatre minutes. Nous posons 31 garrots et pansements compressifs dans la matinée. Le soir, on parle de douze morts, dont les deux kamikazes.

Lundi 9 mars. Garde de 12 heures à l'hôpital central. Le touriste danois de la chambre 4 est mort dans la nuit ; son fils arrive de Copenhague par le vol de 6 h 10.

Mardi 10 mars. Lan, 9 ans, que nous avions sortie des décombres du marché, est morte à l'aube. Quatorze morts.

Jeudi 12 mars. Matinée de fous : la police charge les commerçants qui marchaient vers le comité populaire. Nous soignons sept blessés, coupures et contusions, et une grand-mère de 70 ans au poignet cassé.

Vendredi 13 mars. Monsieur Tâm, pêcheur de 58 ans, brûlé à 40 %, s'éteint à 5 heures. Quinze morts en tout, deux kamikazes compris, et cinquante-quatre blessés, dont onze encore hospitalisés.

Samedi 14 mars. Repos forcé. Je dors quatorze heures d'affilée.

Dimanche 15 mars. Plus de 8 000 habitants marchent en silence le long de la rivière des Parfums, de la citadelle jusqu'au pont, derrière une banderole « Huế n'a pas peur ». Pas un cri, pas un incident. Nous distribuons 2 500 bouteilles d'eau et soignons trois malaises.

Ce que je retiens : 412 donneurs de sang en une semaine, 46 bénévoles mobilisés jour et nuit, et une ville qui se tient debout.
"""))
GOLD += [
E(5, ["l'attentat", "la deuxième détonation"],
  "SUI", "2026-03-08", "day", "Hue", "VN", 15, 54, "exact", None, None, False,
  "Logbook published Monday 16 March with dated entries; the bombing is the entry 'Dimanche 8 mars' -> 8 March. The toll is revised across the entries ('douze morts, dont les deux kamikazes' on Sunday evening, before the Danish tourist died in the night to Monday; 'Quatorze morts' on Tuesday after a girl of 9 died) and the last one wins: 'Quinze morts en tout, deux kamikazes compris, et cinquante-quatre blessés' -> killed 15 (bombers inside), injured 54, exact; 'dont onze encore hospitalisés' is a subset. No claim named -> perpetrator null (each document stands alone). '29 ans', '2024', '9 h 26', 'quatre minutes', '31 garrots', '12 heures', 'chambre 4', '6 h 10', '9 ans', '70 ans', '58 ans', '40 %', '5 heures', 'quatorze heures' (sleep), '8 000 habitants' (marchers), '2 500 bouteilles', 'trois malaises' (at the march, not injuries of an event), '412 donneurs', '46 bénévoles' are not casualties."),
E(5, ["la police charge les commerçants qui marchaient vers le comité populaire"],
  "PI", "2026-03-12", "day", "Hue", "VN", None, 7, "exact", None, None, False,
  "Entry 'Jeudi 12 mars' -> 12 March: the traders' march of holdout41-004, charged by the police -> Protest with intervention, perpetrator null (dev). 'Nous soignons sept blessés' -> injured 7 (the Red Cross treated the marchers hurt in the charge), exact; the grandmother of 70 is one of them."),
E(5, ["Plus de 8 000 habitants marchent en silence"],
  "PP", "2026-03-15", "day", "Hue", "VN", None, None, None, None, None, False,
  "Entry 'Dimanche 15 mars' -> 15 March, the day before publication. A silent march with a message (the banner « Huế n'a pas peur »), 'Pas un cri, pas un incident' -> Peaceful protest, perpetrator null. 'trois malaises' (fainting) treated at the march are not casualties of an event -> null."),
]
