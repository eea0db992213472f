"""Authoring source of benchmarks/events_holdout36 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Phuentsholing, Bhutan cluster (holdout36-011 to 015; English and
French), two suicide bombers on Wednesday 12 August 2026 at two sites of one
town (the bus terminal and the main border gate to Jaigaon, India, about
350 m and four minutes apart): three English emergency SMS alerts and a tour
operator's notice to travellers, with a toll revised between alerts and a
speculation (011), a French NGO's "point de situation" with numbered
sections, the claim, its inflated toll, a denial and an arrest (fr 012), an
English report on a memorial service with a speech quoted, a wounded man who
died later, an arrest across the border in India, a peaceful march and an
older attack (013), French letters to the editor ("Courrier des lecteurs")
signed with Swiss towns, with a reader's wrong toll corrected by the
editors, an older grenade and a new arrest (fr 014), and an English review of
a documentary that recalls older attacks, with a judicial follow-up and a
release without charge (015). Bhutan is UTC+6 (and Switzerland UTC+2): every
document is published between 00:00 and 17:59 UTC, so its local date is its
UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout36")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout36-011
ARTICLES.append(A(11, "en", "article", "2026-08-12T12:30:00Z",
"Phuentsholing: the emergency alerts, and a tour operator's notice to its guests",
"""
The following emergency text messages were sent on Wednesday to mobile phones in Chhukha district by the Department of Disaster Management. They are followed by the notice that a Thimphu tour operator sent to its clients in the evening.

ALERT 1 - 13:58
EMERGENCY: Explosions reported in Phuentsholing town near the bus terminal and the main gate. Stay indoors. Keep roads clear for ambulances. Call 112 for help.

ALERT 2 - 14:40
Two suicide attackers blew themselves up in Phuentsholing at 13:50 and 13:54. At least 6 people killed. The border gate is closed. Do not travel to Phuentsholing.

ALERT 3 - 17:15
UPDATE: At least eleven people killed, including the two attackers, and dozens injured. Blood donors of all groups, please go to Phuentsholing General Hospital. Authorities say the attack may have been planned across the border. Follow official sources only.

NOTICE FROM DRUK HIGHLAND JOURNEYS

Dear guests,

Following this afternoon's explosions in Phuentsholing, all road entries into Bhutan through the town are suspended until further notice. Guests due to enter on 13 and 14 August will be met at Paro International Airport instead; we have rebooked 26 guests on flight KB 541 from Kolkata at no extra cost. The Sustainable Development Fee of US$100 per night remains payable, but hotel nights in Phuentsholing have been cancelled free of charge.

Our team in Phuentsholing is safe. Our driver Kinley, 34, was treated for cuts at the hospital and has gone home.

Guests already in the country should avoid the southern highway. Heavy monsoon rain on the Phuentsholing-Thimphu road (about 150 km, six hours by car) may cause further delays.

Our emergency line, +975 17 60 44 21, is staffed 24 hours a day. We will send the next update at 9 a.m. tomorrow.

With our thoughts for the people of Phuentsholing,
The Druk Highland Journeys team
"""))
GOLD += [
E(11, ["Explosions reported in Phuentsholing town", "Two suicide attackers blew themselves up in Phuentsholing", "the attack may have been planned", "this afternoon's explosions in Phuentsholing"],
  "SUI", "2026-08-12", "day", "Phuentsholing", "BT", 11, 12, "at_least", None, None, False,
  "Alerts sent 'on Wednesday', published Wednesday 12 August 2026 (local evening) -> 12 August. Two sites of one town (the bus terminal and the main border gate, blasts at 13:50 and 13:54) -> ONE Suicide bomb event coded to Phuentsholing. Toll revised between alerts: 'At least 6 people killed' (14:40) -> 'At least eleven people killed, including the two attackers, and dozens injured' (17:15, the last alert) -> 11 at_least (bombers inside), 12 ('dozens', dev table). 'may have been planned across the border' is speculation; no claim -> null. The driver 'treated for cuts' is one of the injured, no figure. Not casualties: the alert times, '112' (a phone number), '13 and 14 August', '26 guests', 'KB 541' (a flight), 'US$100', '34' (an age), '150 km', 'six hours', '+975 17 60 44 21', '24 hours', '9 a.m.'."),
]

# -------------------------------------------------------------- holdout36-012
ARTICLES.append(A(12, "fr", "article", "2026-08-14T10:00:00Z",
"Bhoutan : point de situation n° 2 de Secours Himalaya après le double attentat de Phuentsholing",
"""
Secours Himalaya (Lausanne) - Point de situation n° 2 - vendredi 14 août 2026, 16 h (heure du Bhoutan)

1. Situation générale

Le double attentat-suicide de mercredi contre la gare routière et la porte frontière de Phuentsholing a fait, selon le ministère de la Santé, quatorze morts, dont les deux kamikazes, et quarante-sept blessés. Le bilan de notre point n° 1 (onze morts) a été relevé jeudi, après le décès de trois blessés à l'hôpital.

Le Front uni de libération de l'Asom (indépendant), ou ULFA-I, mouvement séparatiste de l'État indien voisin d'Assam, a revendiqué jeudi les attaques. La police royale du Bhoutan juge la revendication « authentique ». Le groupe affirme avoir tué « quarante soldats indiens », ce qu'aucune source ne confirme. L'Organisation de libération du Kamtapur (KLO), citée par des médias indiens, a démenti toute participation.

2. Sécurité

Deux hommes ont été arrêtés jeudi à Samtse, à 60 kilomètres à l'ouest, dans une maison où la police a saisi 12 kilos d'explosif et des détonateurs. La frontière reste fermée. Un couvre-feu de 20 heures à 6 heures est maintenu à Phuentsholing.

3. Besoins et réponse

- Santé : l'hôpital de Phuentsholing (60 lits) a transféré 19 blessés graves vers Thimphu. Notre équipe y a livré 400 kilos de matériel chirurgical.
- Logistique : 3 camions partis de Thimphu jeudi sont arrivés ce matin, après 9 heures de route.
- Protection : environ 1 200 travailleurs journaliers indiens sont bloqués côté bhoutanais. Nous leur distribuons 2 repas par jour.
- Éducation : les 4 écoles de la ville restent fermées jusqu'au lundi 17 août.

4. Financement

Appel : 150 000 francs suisses. Reçus : 42 000 francs (28 %). Dons : compte postal 17-4455-2, mention « Phuentsholing ».

Contact presse : +41 21 555 12 40. Prochain point de situation : lundi 17 août.
"""))
GOLD += [
E(12, ["Le double attentat-suicide de mercredi contre la gare routière et la porte frontière de Phuentsholing", "a revendiqué jeudi les attaques"],
  "SUI", "2026-08-12", "day", "Phuentsholing", "BT", 14, 47, "exact", "ULFA-I", "ULFA-I", False,
  "'de mercredi' in a Friday 14 August 2026 report -> 12 August. Two sites of one town -> one event, Phuentsholing. Toll revised inside: 'onze morts' (report no. 1) -> 'quatorze morts, dont les deux kamikazes, et quarante-sept blessés' (three wounded died on Thursday) -> 14 (bombers inside), 47, exact. The claim of the United Liberation Front of Asom (Independent), 'ULFA-I', judged « authentique » by the Royal Bhutan Police -> claimant and perpetrator, canonical 'ULFA-I'. Its « quarante soldats indiens » is never used; the KLO's denial is not a claim. Not casualties: 'n° 2', '16 h', '60 kilomètres', '12 kilos', '20 heures à 6 heures', '60 lits', '19 blessés graves' (transferred, a subset), '400 kilos', '3 camions', '9 heures', '1 200 travailleurs', '2 repas', '4 écoles', '17 août', '150 000 francs suisses', '42 000 francs', '28 %', the account and phone numbers."),
E(12, ["Deux hommes ont été arrêtés jeudi à Samtse"],
  "ARR", "2026-08-13", "day", "Samtse", "BT", None, None, None, "police", None, False,
  "'jeudi' vs Friday 14 August -> Thursday 13 August. The explosive and detonators seized in the house belong to the arrest. 'la police' -> 'police'."),
]

# -------------------------------------------------------------- holdout36-013
ARTICLES.append(A(13, "en", "article", "2026-08-16T11:00:00Z",
"'Light a lamp, not a fire': Phuentsholing mourns its dead",
"""
Thousands of people filled the courtyard of the Zangtho Pelri Lhakhang in Phuentsholing on Saturday for a memorial service for the victims of Wednesday's twin suicide bombing at the bus terminal and the border gate, which has killed fifteen people, including the two bombers, and wounded 47.

Monks chanted prayers before 108 butter lamps lit by relatives, and the names of the victims were read aloud, among them Dorji Wangmo, 8, and a 72-year-old vegetable seller from Jaigaon, the Indian town on the other side of the gate. A shopkeeper, Sonam Tobgay, 41, who was hurt at the gate, died on Friday at the national referral hospital in Thimphu.

The district governor, Dasho Karma Wangdi, spoke for eleven minutes. "They wanted to set our two peoples against each other," he said. "The group that claimed this crime, the ULFA-I, says it killed forty Indian soldiers. There was not one soldier among our dead. There were children, traders and a nurse." Police have called the claim credible. "Light a lamp, not a fire," he told the crowd.

He recalled that the town had known violence before, when gunmen ambushed a truck convoy near Samdrup Jongkhar in 2019 and killed two drivers, "but never this".

Investigators said on Saturday that the bombers may have been helped by smugglers. On Thursday, West Bengal police arrested a hotel owner in Jaigaon on suspicion of having sheltered the two bombers for a week in a room that cost Rs 800 a night. Relatives of one of the bombers were questioned by Indian police in Assam and released.

After the service, about 1,500 people walked silently from the temple to the border gate, carrying banners that asked both governments to reopen the crossing to trade and to guard it better. The march ended calmly at 4 p.m.

The gate, through which some 4,000 workers cross each day, has been closed since Wednesday. Traders say they lose about Nu 20 million a day.
"""))
GOLD += [
E(13, ["Wednesday's twin suicide bombing at the bus terminal and the border gate", "The group that claimed this crime"],
  "SUI", "2026-08-12", "day", "Phuentsholing", "BT", 15, 47, "exact", "ULFA-I", "ULFA-I", False,
  "'Wednesday's' in a Sunday 16 August 2026 report -> 12 August. 'killed fifteen people, including the two bombers, and wounded 47' (a shopkeeper hurt at the gate died on Friday) -> 15, 47, exact. The governor: 'The group that claimed this crime, the ULFA-I', and police 'have called the claim credible' -> claimant and perpetrator. The claim's 'forty Indian soldiers' is never used. 'may have been helped by smugglers' is speculation. Not casualties: '108 butter lamps', '8', '72-year-old', '41' (ages), 'eleven minutes', 'a week', 'Rs 800', '1,500 people' (marchers), '4 p.m.', '4,000 workers', 'Nu 20 million'. The memorial service is mourning, not coded."),
E(13, ["gunmen ambushed a truck convoy near Samdrup Jongkhar"],
  "ATK", "2019-01-01", "year", "Samdrup Jongkhar", "BT", 2, None, "exact", None, None, True,
  "'in 2019' -> year, background. Unnamed gunmen ambushing trucks and killing two drivers (civilians) -> Violence against civilians / Attack, null. 'killed two drivers' -> 2, exact."),
E(13, ["West Bengal police arrested a hotel owner in Jaigaon"],
  "ARR", "2026-08-13", "day", "Jaigaon", "IN", None, None, None, "police", None, False,
  "'On Thursday' vs Sunday 16 August -> 13 August. The cluster's suspected facilitator (the hotel owner who sheltered the bombers) arrested by the police of the country where it happened (India) -> 'police'; Jaigaon is in India, across the gate -> IN. The relatives 'questioned by Indian police ... and released' are not arrested."),
E(13, ["about 1,500 people walked silently from the temple to the border gate", "The march ended calmly"],
  "PP", "2026-08-15", "day", "Phuentsholing", "BT", None, None, None, None, None, False,
  "'After the service' on Saturday 15 August. A silent march with banners carrying demands (reopen the crossing, guard it better) that ended calmly -> Peaceful protest, null. The service itself is not coded."),
]

# -------------------------------------------------------------- holdout36-014
ARTICLES.append(A(14, "fr", "article", "2026-08-19T07:00:00Z",
"Courrier des lecteurs - Le Bhoutan, Phuentsholing et nous",
"""
Nos lecteurs ont été nombreux à réagir à l'attentat de Phuentsholing. Voici une sélection de leurs lettres, parfois abrégées.

« J'ai franchi la porte de Phuentsholing en 2019, à pied, avec un sac de 15 kilos. J'ai encore en tête les sourires des douaniers. Apprendre qu'une trentaine de personnes y sont mortes le 12 août m'a bouleversée. Mes pensées vont aux familles. »
Anne-Marie Rochat, Yverdon-les-Bains

NDLR : le bilan officiel est de seize morts, dont les deux kamikazes, et de quarante-sept blessés, depuis le décès lundi d'une fillette de 6 ans.

« On présente le Bhoutan comme le pays du bonheur national brut. On oublie qu'il est coincé entre deux géants et que sa frontière sud est poreuse. Ce double attentat-suicide revendiqué par l'ULFA-I, un groupe armé de l'Assam, n'est pas tombé du ciel. J'étais à Gelephu en décembre 2022 quand une grenade a été lancée contre un bus, blessant quatre passagers. Personne en Europe n'en a parlé. »
Pierre-Alain Dubuis, Sion

« Notre association de Martigny finance depuis 2011 une école de 230 élèves près de Samtse. Les deux hommes arrêtés le 13 août à Samtse y étaient inconnus, nous écrivent nos partenaires. Faut-il pour autant cesser d'aider ? Nous avons récolté 8 400 francs en une semaine. Merci aux donateurs. »
Claudine Moret, Martigny

« Je lis qu'un Bhoutanais de 30 ans a été arrêté lundi à l'aéroport de Paro alors qu'il revenait de Bangkok. Espérons que la police bhoutanaise ne cède pas à la tentation des rafles. Un pays de 780 000 habitants ne peut pas se permettre de perdre la confiance de ses minorités. »
Jean-Luc Frossard, Delémont

« Le visa touristique coûte 100 dollars par nuit : c'est le prix d'un séjour au Bhoutan. Allez-y quand même, c'est le meilleur soutien. »
Martine Siegenthaler, Bienne
"""))
GOLD += [
E(14, ["l'attentat de Phuentsholing", "Ce double attentat-suicide revendiqué par l'ULFA-I"],
  "SUI", "2026-08-12", "day", "Phuentsholing", "BT", 16, 47, "exact", "ULFA-I", "ULFA-I", False,
  "'le 12 août' -> 12 August, a week before Wednesday 19 August 2026 -> current. A reader's « une trentaine de personnes » (about 30) is corrected by the editors' note: 'le bilan officiel est de seize morts, dont les deux kamikazes, et de quarante-sept blessés' (a girl died on Monday) -> 16 (bombers inside), 47, exact; the reader's wrong figure is not used. 'revendiqué par l'ULFA-I', told and not disputed -> claimant and perpetrator. Not casualties: '2019', '15 kilos', '6 ans', '2011', '230 élèves', '8 400 francs', '30 ans', '780 000 habitants', '100 dollars'. The readers' towns (Yverdon-les-Bains, Sion, Martigny, Delémont, Bienne) hold no event."),
E(14, ["une grenade a été lancée contre un bus"],
  "GRN", "2022-12-01", "month", "Gelephu", "BT", None, 4, "exact", None, None, True,
  "'en décembre 2022' -> month, background. A thrown grenade -> Grenade, no author -> null, in Gelephu ('J'étais à Gelephu ... quand'). 'blessant quatre passagers' -> injured 4, exact."),
E(14, ["Les deux hommes arrêtés le 13 août à Samtse"],
  "ARR", "2026-08-13", "day", "Samtse", "BT", None, None, None, "police", None, False,
  "'le 13 août' -> 13 August. A restated arrest -> its own Arrests event in this document; no force named here, the cluster's police -> 'police'. The school near Samtse is no event."),
E(14, ["un Bhoutanais de 30 ans a été arrêté lundi à l'aéroport de Paro"],
  "ARR", "2026-08-17", "day", "Paro", "BT", None, None, None, "police", None, False,
  "'lundi' vs Wednesday 19 August -> Monday 17 August. An airport -> its town, Paro. The reader names 'la police bhoutanaise' -> 'police'."),
]

# -------------------------------------------------------------- holdout36-015
ARTICLES.append(A(15, "en", "article", "2026-08-29T08:00:00Z",
"Review: 'The Gate' - a patient documentary that Phuentsholing's bombing has made urgent",
"""
THE GATE. Documentary, 94 minutes. Directed by Pema Choden. In Dzongkha, Nepali and Hindi with English subtitles. Rating: four stars out of five.

Pema Choden spent three years, from 2022 to 2025, filming the arch that separates Phuentsholing from Jaigaon, and shot some 600 hours of footage. The result, which opened the 12th Thimphu Film Week on Thursday in a packed 320-seat hall, was meant to be a gentle portrait of a border. It has become something else since the twin suicide bombing of 12 August, which killed sixteen people, including the two bombers, at the bus terminal and at the very gate the film is named after.

Choden does not mention the attack; she locked the edit in June. But the audience knew. When a porter, 63, carries a 70-kg sack of rice through the arch in the opening shot, you could hear people crying.

The film is best when it listens. A truck driver recalls how ULFA-I fighters kidnapped two Bhutanese drivers near Nganglam in 2018 and held them for 41 days. A soldier describes the day in 2023 when an army bomb squad defused a device left on the highway near Gedu. These are told quietly, without archive footage, which makes them stronger.

It is weaker when it explains. A ten-minute sequence of maps and figures (the 699-km border with India, 1,100 trucks a day, Nu 45 billion in trade) feels like a ministry presentation.

The news from outside the cinema hangs over every frame. ULFA-I, which claimed the bombing, has since threatened more. The two men arrested in Samtse on 13 August were charged on Monday with terrorism and murder and remanded in custody, and the Paro airport man arrested on 17 August was released without charge on Tuesday. The gate is still closed.

Tickets cost Nu 150; proceeds from the screenings go to the victims' families. The film will tour six districts in September before a release abroad in 2027.
"""))
GOLD += [
E(15, ["the twin suicide bombing of 12 August", "Choden does not mention the attack", "which claimed the bombing"],
  "SUI", "2026-08-12", "day", "Phuentsholing", "BT", 16, None, "exact", "ULFA-I", "ULFA-I", False,
  "'of 12 August' -> 12 August, 17 days before Saturday 29 August 2026 -> current. 'killed sixteen people, including the two bombers' -> 16, exact; no injured figure -> null. 'ULFA-I, which claimed the bombing' -> claimant and perpetrator. The bus terminal and the gate are two sites of one town -> one event. Not casualties: '94 minutes', 'four stars out of five', 'three years', '2022 to 2025' (filming), '600 hours', '12th', '320-seat', 'June', '63', '70-kg', '41 days', 'ten-minute', '699-km', '1,100 trucks', 'Nu 45 billion', 'Nu 150', 'six districts', '2027'."),
E(15, ["ULFA-I fighters kidnapped two Bhutanese drivers near Nganglam"],
  "ABD", "2018-01-01", "year", "Nganglam", "BT", None, None, None, "ULFA-I", None, True,
  "'in 2018' -> year, background. Kidnapping of two drivers, stated as fact and attributed to 'ULFA-I fighters' -> Violence against civilians / Abduction, perpetrator 'ULFA-I' (an attribution stated as fact sets it, dev), no claim. 'held them for 41 days' is a duration; abductees are not casualties."),
E(15, ["an army bomb squad defused a device left on the highway near Gedu"],
  "DWU", "2023-01-01", "year", "Gedu", "BT", None, None, None, "military", None, True,
  "'the day in 2023' -> year, background. A device defused on its own -> Disrupted weapons use; the Royal Bhutan Army's bomb squad is the armed forces of the country where it happened -> 'military' (dev)."),
E(15, ["The two men arrested in Samtse on 13 August"],
  "ARR", "2026-08-13", "day", "Samtse", "BT", None, None, None, "police", None, False,
  "'on 13 August' -> 13 August. Told through its judicial follow-up ('charged on Monday ... and remanded in custody', 24 August): one Arrests event at the arrest's place and day, 'police' (the cluster's force)."),
E(15, ["the Paro airport man arrested on 17 August"],
  "ARR", "2026-08-17", "day", "Paro", "BT", None, None, None, "police", None, False,
  "'on 17 August' -> 17 August; the airport -> Paro. 'released without charge on Tuesday' (25 August): an arrest followed by a release stays an Arrests event, 'police'."),
]
