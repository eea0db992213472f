"""Authoring source of benchmarks/events_holdout59 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bohicon, Benin cluster (holdout59-001 to 005; French and English),
two suicide bombers on Saturday 7 February 2026 at two sites of one town
(the main market, « le grand marché », and the bus station, « la gare
routière », about 600 m and six minutes apart): a French agency dispatch
with a first report ("dépêche", fr 001), an English wire with the revised
toll and an arrest (002), the transcript of a local radio's morning show on
the claim and an arrest in Nigeria ("transcription de la matinale d'une
radio locale", fr 003), a blood transfusion site's update on its stocks
("point de l'établissement du sang sur les stocks", fr 004) and an English
update of a police canine search unit ("point d'une équipe cynophile de
recherche", 005). Benin and Nigeria are UTC+1: every publication time here
is between 06:00 and 13:00 UTC, so every local date is the UTC date. Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout59")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout59-001
ARTICLES.append(A(1, "fr", "article", "2026-02-07T13:00:00Z",
"Bénin : double attentat-suicide au grand marché de Bohicon",
"""
BOHICON, (Agence Golfe du Bénin Presse) - Deux kamikazes se sont fait exploser samedi matin à six minutes d'intervalle au grand marché de Bohicon et à la gare routière voisine, faisant au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés, selon un premier bilan de la préfecture du Zou.

La première explosion s'est produite vers 10 h 15 dans l'allée des vendeuses de pagnes, au cœur d'un marché qui accueille chaque samedi plus de 4 000 commerçants venus de tout le sud du pays. La seconde a retenti à 10 h 21 devant le guichet n° 3 de la gare routière, à environ 600 mètres, alors que la foule fuyait dans cette direction.

« J'ai vu un jeune homme en boubou bleu entrer dans l'allée, puis plus rien », raconte Honorine, 46 ans, qui tient l'étal 112 depuis 1998. Les blessés ont été évacués vers l'hôpital de zone de Bohicon et vers le centre hospitalier départemental d'Abomey, à 9 km.

Aucune revendication n'avait été publiée en début d'après-midi. Selon une source sécuritaire, l'attaque « pourrait être l'œuvre » du Groupe de soutien à l'islam et aux musulmans (JNIM), actif dans le nord du pays, mais « rien n'est établi à ce stade ».

C'est la première fois qu'un attentat frappe le sud du Bénin. Jusqu'ici, les violences jihadistes se concentraient dans les départements frontaliers du Burkina Faso et du Niger. En 2022, deux gardes forestiers avaient été tués par un engin explosif artisanal sur une piste près de Boukoumbé, dans l'Atacora.

Le préfet a ordonné la fermeture du marché jusqu'à nouvel ordre. L'axe routier Bohicon-Dassa-Zoumé est coupé, et 350 policiers sont attendus en renfort de Cotonou, à 130 km. Un numéro d'urgence, le 01 22 51 08 08, a été ouvert aux familles.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "La première explosion", "La seconde a retenti", "l'attaque"],
  "SUI", "2026-02-07", "day", "Bohicon", "BJ", 9, 12, "at_least", None, None, False,
  "Dispatch of Saturday 7 February 2026 (14:00 in Bohicon); 'samedi matin' = the publication day. Two sites of one town (the main market and the bus station, 'environ 600 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); injured 12 ('des dizaines', dev table: 12; the qualifier describes the killed figure). No claim; « pourrait être l'œuvre » du JNIM is speculation -> perpetrator null. 'C'est la première fois qu'un attentat frappe le sud du Bénin' and the jihadist violence in the border departments are generic, not events. '10 h 15', '4 000 commerçants', '10 h 21', 'n° 3', '600 mètres', '46 ans', 'étal 112', '1998', '9 km', '350 policiers', '130 km', '01 22 51 08 08' are not casualties."),
E(1, ["deux gardes forestiers avaient été tués par un engin explosif artisanal"],
  "IED", "2022-01-01", "year", "Boukoumbé", "BJ", 2, None, "exact", None, None, True,
  "'En 2022' -> year, background. An improvised explosive device on a track near Boukoumbé (Atacora) -> Remote explosive/landmine/IED; no author named -> null. 'deux gardes forestiers avaient été tués' -> killed 2, exact; injured null."),
]

# -------------------------------------------------------------- holdout59-002
ARTICLES.append(A(2, "en", "article", "2026-02-08T10:00:00Z",
"Benin bombing toll rises to 15; two held at northern checkpoint",
"""
BOHICON, Benin (West Africa Wire) - The death toll from Saturday's twin suicide bombing at the main market and bus station of Bohicon, in southern Benin, rose on Sunday to 15 people, including the two bombers, and 63 people were wounded, the health ministry said.

Officials had spoken of at least nine dead on Saturday afternoon. Among those who died overnight was a seven-year-old boy who had been selling bags of drinking water near gate 3 of the bus station with his mother, a nurse at the Bohicon zone hospital said. Twelve of the wounded were flown to Cotonou in two army helicopters.

Police arrested two men late on Saturday at a checkpoint in Tchaourou, about 190 km north of Bohicon, after officers found a receipt from a Bohicon guesthouse and four mobile phones in their car, a police spokesman said. The owner of the guesthouse, where the bombers spent Friday night in rooms 6 and 7, was questioned for six hours and released.

No group has claimed the attack. Benin, which has lost dozens of soldiers in its far north since 2021, had never seen a suicide bombing in its densely populated south.

The market, where some 4,000 traders sell on Saturdays, will remain closed at least until Wednesday, the prefect of the Zou department said. The government declared two days of national mourning, and the football league postponed the 14 matches of its weekend programme.

Bohicon, a crossroads town of about 170,000 people, sits on the main highway linking the port of Cotonou to Niger and Burkina Faso, and its market sets the price of maize for much of the country. A 100 kg bag of maize sold for 27,500 CFA francs on Friday, traders said.
"""))
GOLD += [
E(2, ["Saturday's twin suicide bombing", "the attack"],
  "SUI", "2026-02-07", "day", "Bohicon", "BJ", 15, 63, "exact", None, None, False,
  "Wire of Sunday 8 February; 'Saturday's' -> 7 February. Two sites of one town -> ONE event. The toll is revised inside: 'at least nine dead' on Saturday (superseded) -> '15 people, including the two bombers, and 63 people were wounded' -> killed 15 (bombers inside; the boy of seven who died overnight is inside), injured 63, exact. 'Twelve of the wounded' (flown to Cotonou) are a subset. No claim -> perpetrator null. 'dozens of soldiers ... since 2021' is a cumulative statistic, not coded. 'seven-year-old', 'gate 3', 'two army helicopters', '190 km', 'four mobile phones', 'rooms 6 and 7', 'six hours', '4,000 traders', 'two days', '14 matches', '170,000 people', '100 kg', '27,500 CFA francs' are not casualties."),
E(2, ["Police arrested two men late on Saturday at a checkpoint in Tchaourou"],
  "ARR", "2026-02-07", "day", "Tchaourou", "BJ", None, None, None, "police", None, False,
  "'late on Saturday' vs Sunday 8 February -> 7 February, the evening of the bombing; 'late on Saturday' means Saturday (dev). Police -> 'police'. The guesthouse owner 'questioned for six hours and released' is not arrested."),
]

# -------------------------------------------------------------- holdout59-003
ARTICLES.append(A(3, "fr", "transcript", "2026-02-09T06:00:00Z",
"La matinale de Radio Zou FM, lundi 9 février : le point sur l'attentat de Bohicon",
"""
RADIO ZOU FM 97.4 - LA MATINALE DU LUNDI 9 FÉVRIER 2026. Transcription du journal de 7 heures.

PRÉSENTATRICE (Mireille Agossou) : Il est 7 heures, bonjour. Deux jours après le double attentat-suicide du grand marché et de la gare routière, Bohicon se réveille dans le deuil. Le bilan officiel est désormais de seize morts, y compris les deux kamikazes, et de soixante-trois blessés : une vendeuse de poisson fumé de 52 ans a succombé hier soir à l'hôpital de zone.

PRÉSENTATRICE : L'attentat a été revendiqué hier soir par le JNIM, le Groupe de soutien à l'islam et aux musulmans, dans un message de son agence az-Zallaqa qui parle de « plus de soixante-dix mécréants tués ». Notre correspondant judiciaire, Serge Houndété.

SERGE HOUNDÉTÉ : Le procureur spécial près la CRIET juge cette revendication « crédible ». En revanche, Ansaroul Islam a démenti toute implication. Selon les enquêteurs, les deux kamikazes « pourraient avoir été formés » dans le parc W, à la frontière du Niger, mais ce n'est qu'une piste. Les deux hommes interpellés samedi soir à Tchaourou sont toujours en garde à vue. Et hier, dimanche, la police nigériane a arrêté à Saki, de l'autre côté de la frontière, le propriétaire du minibus qui aurait transporté les explosifs depuis le Nigeria.

PRÉSENTATRICE : Sur les routes, l'axe Bohicon-Dassa-Zoumé est rouvert depuis 5 heures, mais attendez-vous à des contrôles tous les 20 kilomètres. Le grand marché reste fermé jusqu'à mercredi ; le marché d'Abomey accueille les vendeuses de vivres de 6 heures à 18 heures. Les 48 écoles de la commune restent fermées aujourd'hui.

PRÉSENTATRICE : Une marche blanche partira demain mardi à 9 heures de la place de la mairie. Le site de transfusion sanguine lance un appel : groupes O négatif et B positif en priorité.

PRÉSENTATRICE : La météo : harmattan sur tout le Zou, 19 degrés au lever du jour, 34 cet après-midi. Le sac de maïs de 100 kilos se vend 32 000 francs CFA, contre 27 500 vendredi. Prochain journal à 8 heures.
"""))
GOLD += [
E(3, ["le double attentat-suicide du grand marché et de la gare routière", "L'attentat a été revendiqué"],
  "SUI", "2026-02-07", "day", "Bohicon", "BJ", 16, 63, "exact", "JNIM", "JNIM", False,
  "Transcript of the 7 a.m. news of Monday 9 February; 'Deux jours après' -> Saturday 7 February. 'seize morts, y compris les deux kamikazes, et ... soixante-trois blessés' -> killed 16 (bombers inside; the fishmonger of 52 who died 'hier soir' is inside), injured 63 (number words), exact. Claimed Sunday evening by 'le JNIM, le Groupe de soutien à l'islam et aux musulmans' -> 'JNIM' (dev), judged « crédible » by the special prosecutor -> claimant and perpetrator; the claim's « plus de soixante-dix mécréants tués » is never used. Ansaroul Islam's denial is not a claim; « pourraient avoir été formés » is speculation. The 'marche blanche' of 'demain mardi' is future, not coded. '97.4', '7 heures', '52 ans', '5 heures', '20 kilomètres', '6 heures à 18 heures', '48 écoles', '9 heures', '19 degrés', '34', '100 kilos', '32 000 francs CFA', '27 500', '8 heures' are not casualties."),
E(3, ["Les deux hommes interpellés samedi soir à Tchaourou"],
  "ARR", "2026-02-07", "day", "Tchaourou", "BJ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout59-002: 'samedi soir' vs Monday 9 February -> 7 February. 'sont toujours en garde à vue' is its follow-up, not a new event. No force named -> 'police'."),
E(3, ["la police nigériane a arrêté à Saki"],
  "ARR", "2026-02-08", "day", "Saki", "NG", None, None, None, "police", None, False,
  "'hier, dimanche' vs Monday 9 February -> 8 February. The cluster's suspected facilitator (the owner of the minibus thought to have carried the explosives from Nigeria), arrested by the Nigerian police in Saki, across the border -> coded to Saki, NG (not to the bombing's country); foreign police -> 'police'."),
]

# -------------------------------------------------------------- holdout59-004
ARTICLES.append(A(4, "fr", "article", "2026-02-11T09:00:00Z",
"Transfusion sanguine : point sur les stocks au 11 février",
"""
AGENCE NATIONALE POUR LA TRANSFUSION SANGUINE - SITE DE BOHICON. Point sur les stocks n° 3, mercredi 11 février 2026, 10 heures.

Depuis le double attentat-suicide de samedi au grand marché et à la gare routière, qui a fait dix-sept morts, dont les deux assaillants, et soixante-trois blessés, notre site a délivré 412 poches de sang aux hôpitaux de Bohicon, d'Abomey et de Cotonou. Un blessé de 38 ans, opéré trois fois, est décédé mardi malgré les transfusions ; vingt et un blessés restent hospitalisés, dont six en réanimation.

ÉTAT DES STOCKS (en jours de consommation) :
- O négatif : 1,5 jour (seuil d'alerte : 3 jours) ;
- O positif : 4 jours ;
- A positif : 6 jours ;
- B positif : 2 jours ;
- AB positif et négatif : stock suffisant.

LA MOBILISATION. Hier, 1 240 donneurs se sont présentés, un record depuis l'ouverture du site en 2009. Beaucoup venaient directement de la marche blanche qui a réuni dans la matinée plus de 5 000 habitants, de la mairie jusqu'aux grilles du marché, pour réclamer « la sécurité pour ceux qui nourrissent le pays ». Le cortège s'est dispersé dans le calme vers 11 heures. Nous remercions aussi les 86 bénévoles de la Croix-Rouge qui ont servi 1 900 collations.

VOS QUESTIONS. Plusieurs donneurs nous ont interrogés : l'attentat, revendiqué par le JNIM, n'a aucune incidence sur la sécurité des dons. Chaque poche est testée et conservée entre 2 et 6 degrés pendant 42 jours au plus. Le sang des donneurs de samedi et de dimanche a été entièrement utilisé.

POUR DONNER. Site de Bohicon, avenue de l'Hôpital, de 7 h 30 à 17 heures, du lundi au samedi. Conditions : avoir entre 18 et 60 ans, peser plus de 50 kilos, ne pas avoir donné depuis trois mois. Prochain point sur les stocks : vendredi 13 février. Renseignements : 01 97 44 20 15.
"""))
GOLD += [
E(4, ["le double attentat-suicide de samedi", "l'attentat, revendiqué par le JNIM"],
  "SUI", "2026-02-07", "day", "Bohicon", "BJ", 17, 63, "exact", "JNIM", "JNIM", False,
  "Stock update of Wednesday 11 February; 'de samedi' -> 7 February. 'dix-sept morts, dont les deux assaillants, et soixante-trois blessés' -> killed 17 (bombers inside; the man of 38 who died 'mardi' is inside), injured 63, exact; 'vingt et un blessés restent hospitalisés, dont six en réanimation' are subsets. 'revendiqué par le JNIM', undisputed -> claimant and perpetrator 'JNIM'. '412 poches', '38 ans', 'trois fois', '1,5 jour', '3 jours', '4 jours', '6 jours', '2 jours', '1 240 donneurs', '2009', '5 000 habitants' (marchers), '11 heures', '86 bénévoles', '1 900 collations', '2 et 6 degrés', '42 jours', '7 h 30', '17 heures', '18 et 60 ans', '50 kilos', 'trois mois', '13 février', '01 97 44 20 15' are not casualties."),
E(4, ["la marche blanche qui a réuni dans la matinée plus de 5 000 habitants", "Le cortège s'est dispersé dans le calme"],
  "PP", "2026-02-10", "day", "Bohicon", "BJ", None, None, None, None, None, False,
  "'Hier' vs Wednesday 11 February -> Tuesday 10 February (the march announced in holdout59-003). A march from the town hall to the market gates with a demand ('pour réclamer « la sécurité ... »'), and « Le cortège s'est dispersé dans le calme » (a second naming: the march broke up calmly, nobody dispersed it) -> Peaceful protest, perpetrator null. 'plus de 5 000' counts marchers."),
]

# -------------------------------------------------------------- holdout59-005
ARTICLES.append(A(5, "en", "article", "2026-02-12T08:00:00Z",
"Canine search unit: update No. 5 from Bohicon",
"""
NATIONAL POLICE CANINE UNIT - BOHICON DETACHMENT. Update No. 5 for partner agencies and donors (English edition), Thursday 12 February 2026, 09:00.

1. Situation. Five days after the twin suicide bombing of 7 February at the main market and the bus station, which killed 17 people including the two bombers and wounded 63, our detachment of six handlers and eight dogs remains deployed in Bohicon. The search of the market's 38 alleys is 80 percent complete.

2. Find. On Tuesday at about 15:40, explosives-detection dog Kora, a four-year-old Malinois, indicated a sack of maize at stall 2-17 in the grain section. Police bomb-disposal officers found an explosive belt inside, unfired, with about 6 kg of explosive and metal bolts, and neutralised it on site after evacuating a radius of 200 metres. Investigators believe it was left for a third attacker who never came.

3. Withdrawal. On Wednesday afternoon our teams withdrew from the east gate when police fired tear gas to disperse about 400 traders marching to the town hall to demand the market's reopening. Two traders were hurt, one of them hit by a canister. Our dogs Tiga and Bali, exposed to the gas, were rested for 24 hours and are fit again.

4. Investigation. We have been told that one of the two men arrested in Tchaourou on Saturday night was released without charge on Wednesday. Our dogs had searched their car on Sunday and found no trace of explosives.

5. Needs. Dry dog food (15 kg bags, 12 needed), paw boots in sizes M and L, two cool boxes and electrolyte sachets. Daytime temperatures reach 35 degrees; the dogs work in shifts of 40 minutes with 20-minute breaks and drink up to 3 litres a day each.

Contact: the detachment's logistics officer, +229 01 66 31 27 90. Next update on Monday 16 February.
"""))
GOLD += [
E(5, ["the twin suicide bombing of 7 February"],
  "SUI", "2026-02-07", "day", "Bohicon", "BJ", 17, 63, "exact", None, None, False,
  "Update of Thursday 12 February; 'of 7 February' -> 7 February. 'killed 17 people including the two bombers and wounded 63' -> killed 17 (bombers inside), injured 63, exact. The update names no claim -> perpetrator null (each document stands alone). 'six handlers and eight dogs', '38 alleys', '80 percent', '09:00' are not casualties."),
E(5, ["Police bomb-disposal officers found an explosive belt inside, unfired", "neutralised it on site"],
  "DWU", "2026-02-10", "day", "Bohicon", "BJ", None, None, None, "police", None, False,
  "'On Tuesday' vs Thursday 12 February -> 10 February. An unfired explosive belt found in a sack of maize in the market and neutralised by police bomb-disposal officers, with no arrest -> Disrupted weapons use by 'police', coded to Bohicon (a market -> its town). No casualty figure -> null. 'a third attacker who never came' is the investigators' belief, no event. '15:40', 'four-year-old', 'stall 2-17', '6 kg', '200 metres' are not casualties."),
E(5, ["police fired tear gas to disperse about 400 traders marching to the town hall"],
  "PI", "2026-02-11", "day", "Bohicon", "BJ", None, 2, "exact", None, None, False,
  "'On Wednesday afternoon' vs Thursday 12 February -> 11 February. Traders marching to the town hall with a demand (the market's reopening), dispersed with tear gas by the police -> Protests / Protest with intervention, perpetrator null (dev). 'Two traders were hurt' -> injured 2, exact; killed null. 'about 400 traders' counts marchers; the dogs 'exposed to the gas' are not casualties; '24 hours'."),
E(5, ["the two men arrested in Tchaourou on Saturday night"],
  "ARR", "2026-02-07", "day", "Tchaourou", "BJ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout59-002: 'on Saturday night' vs Thursday 12 February -> 7 February. One of them 'was released without charge on Wednesday': the release does not undo the arrest and is no event. No force named -> 'police'. '15 kg', '12 needed', '35 degrees', '40 minutes', '20-minute', '3 litres', '+229 01 66 31 27 90', '16 February' are not casualties."),
]
