"""Authoring source of benchmarks/events_holdout68 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Yüksekova, Turkey cluster (holdout68-006 to 010; English and
French), two suicide bombers on Thursday 11 June 2026 at two sites of one
town (a police checkpoint at the entrance to the covered bazaar and the
waiting room of the bus terminal, about 500 m and seven minutes apart): an
English wire with a first report (006), an English mountain rescue team's
incident note (007), the English transcript of a prison radio's morning
news (008, kind "transcript"), a French electrician's appointment notice
("avis de report de rendez-vous d'un électricien", fr 009) and a French
caravan park's notice to residents ("note aux résidents d'un parc
résidentiel de loisirs", fr 010). Turkey is UTC+3, France UTC+2 and the UK
UTC+1 in June: every publication time here is between 07:00 and 13:00 UTC,
so every local date is the UTC date. The gold keeps the Turkish spellings
("Yüksekova", "Başkale", "Çukurca"), which the English texts write without
diacritics; the province and its capital are "Hakkari" (common English
form, Turkish « Hakkâri »); Iran's « Ourmia » is "Urmia". Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout68")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout68-006
ARTICLES.append(A(6, "en", "article", "2026-06-11T13:00:00Z",
"Two suicide bombers kill at least 11 in Turkey's Yuksekova",
"""
YUKSEKOVA, Turkey (Anatolian Frontier Wire) - Two suicide bombers struck seven minutes apart in Yuksekova, a mountain town near Turkey's borders with Iran and Iraq, on Thursday, killing at least nine people besides themselves and wounding a score of others, the Hakkari governor's office said.

The first attacker set off his explosives at 10:15 a.m. at a police checkpoint at the entrance to the covered bazaar on Cumhuriyet Street. At 10:22, as police officers and shopkeepers rushed to help, the second detonated a bag inside the waiting room of the bus terminal, about 500 metres down the same street.

"The windows of the whole row came down at once," said Ferhat Aslan, 37, who runs a mobile phone shop at number 112. He said he had counted eleven minibuses parked outside the terminal minutes before the blast.

There was no immediate claim. A senior security official told reporters that the attack "bore the hallmarks" of Islamic State, but added that investigators were keeping "every possibility" open.

Yuksekova, at about 1,950 metres above sea level and some 70 km east of the provincial capital, Hakkari, lives largely from cross-border trade. The province has known violence before: in 2019, a roadside bomb near Cukurca wounded four soldiers on patrol.

The interior ministry sent 400 extra police officers and two helicopters. All 46 schools in the district were closed until Monday, and the Esendere border gate with Iran was shut to traffic. Hospitals in Van, about 190 km to the north, were placed on alert, and blood donors were asked to come to the state hospital in groups of ten. Relatives were asked to call the governor's hotline, 0438 211 40 40, which will stay open around the clock.
"""))
GOLD += [
E(6, ["Two suicide bombers struck seven minutes apart in Yuksekova", "The first attacker set off his explosives", "the second detonated a bag", "the blast", "the attack"],
  "SUI", "2026-06-11", "day", "Yüksekova", "TR", 11, 20, "at_least", None, None, False,
  "Wire of Thursday 11 June 2026 (16:00 in Yüksekova); 'on Thursday' = the publication day. Two sites of one town (the bazaar checkpoint and the bus terminal, 'about 500 metres down the same street', seven minutes apart) -> ONE Suicide bomb event coded to the town (gold 'Yüksekova', English 'Yuksekova'). First report: 'killing at least nine people besides themselves and wounding a score of others' -> killed 9 + 2 bombers = 11, at_least; 'a score of' -> injured 20 (dev table; the qualifier describes the killed figure). No claim; 'bore the hallmarks' of Islamic State is speculation -> perpetrator null. '10:15 a.m.', '10:22', '500 metres', '37', 'number 112', 'eleven minibuses', '1,950 metres', '70 km', '400 extra police officers', 'two helicopters', '46 schools', '190 km', 'groups of ten' (donors), '0438 211 40 40' are not casualties."),
E(6, ["a roadside bomb near Cukurca wounded four soldiers on patrol"],
  "IED", "2019-01-01", "year", "Çukurca", "TR", None, 4, "exact", None, None, True,
  "'in 2019' -> year, background. A roadside bomb -> Remote explosive/landmine/IED, coded to the nearest named place ('near Cukurca' -> 'Çukurca'). No author named -> null. 'wounded four soldiers' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout68-007
ARTICLES.append(A(7, "en", "article", "2026-06-12T07:00:00Z",
"Incident note 26/019: mass-casualty support in Yuksekova",
"""
VAN LAKE MOUNTAIN SEARCH AND RESCUE (volunteer team) - INCIDENT NOTE 26/019. Mass-casualty support, Yuksekova. Written Friday 12 June 2026, 10:00, by the duty coordinator, for members and partner teams.

CALL-OUT. Thursday 11 June, 10:41: the provincial disaster authority asked us to support ambulance crews after two suicide bombings in Yuksekova, one at the covered bazaar and one at the bus terminal. 14 members, 3 vehicles and 2 stretcher sleds left Van at 11:05 and reached the town at 14:20, after 190 km of mountain road slowed by checkpoints.

TASKS. We carried patients from the triage point at the state hospital to the helipad, 300 m uphill, and kept two stretcher teams on the roof car park until 21:00. We also helped search the collapsed awning of the bus terminal with the fire brigade's dog; nobody was found under it.

CASUALTIES (official figures). At 13:30 yesterday the disaster authority reported 12 killed. At 08:00 today the governor's office gave 15 killed, including the two bombers, and 38 injured. One of the patients we carried, a man aged 52, died during the helicopter transfer to Van and is included in that figure.

ROADS. The Esendere border gate, 30 km south-east of the town, remained closed overnight after gendarmes detained three men there on Thursday evening. Expect long controls on the D400 between Yuksekova and Hakkari, and fuel queues in Baskale.

TEAM WELFARE. Two members were treated for exhaustion on their return; there were no team injuries. A debrief is set for Sunday at 19:00 at the base, Iskele Street 8. Members who want to talk to the team psychologist can call 0532 418 27 90 at any hour.

KIT. Used: 41 foil blankets, 9 vacuum splints, 1 oxygen cylinder and 6 head torches. Restock at the base by Saturday noon. The team radio channel remains 3.

STANDBY. Six members stay on one-hour standby for the weekend. Next update: Saturday 08:00.
"""))
GOLD += [
E(7, ["two suicide bombings in Yuksekova"],
  "SUI", "2026-06-11", "day", "Yüksekova", "TR", 15, 38, "exact", None, None, False,
  "Rescue team's incident note of Friday 12 June; 'Thursday 11 June' -> 11 June. 'two suicide bombings ... one at the covered bazaar and one at the bus terminal': two sites of one town, minutes apart -> ONE event (the plural names the twin attack). The toll is revised inside: '12 killed' at 13:30 yesterday (superseded) -> '15 killed, including the two bombers, and 38 injured' -> killed 15 (bombers inside; the man aged 52 who died during the helicopter transfer is 'included in that figure'), injured 38, exact. No claim -> perpetrator null. 'nobody was found under it' (a search) and 'no team injuries' are not casualty figures of the event. '26/019', '10:00', '10:41', '14 members', '3 vehicles', '2 stretcher sleds', '11:05', '14:20', '190 km', '300 m', '21:00', '13:30', '08:00', '52', '30 km', 'D400', 'Two members' (exhaustion), '19:00', 'Iskele Street 8', '0532 418 27 90', '41', '9', '1', '6', 'channel ... 3', 'Six members', 'one-hour' are not casualties."),
E(7, ["gendarmes detained three men there on Thursday evening"],
  "ARR", "2026-06-11", "day", "Esendere", "TR", None, None, None, "police", None, False,
  "'on Thursday evening' vs Friday 12 June -> 11 June, the evening of the bombing; 'there' = the Esendere border gate -> Esendere. Gendarmes -> 'police' (dev: gendarmerie is police)."),
]

# -------------------------------------------------------------- holdout68-008
ARTICLES.append(A(8, "en", "transcript", "2026-06-15T08:00:00Z",
"Wing FM morning news, Monday 15 June: transcript",
"""
WING FM - the prison radio of HMP Ashcombe. Monday morning news, 9am. Transcript for the education department.

DEL (presenter): Nine o'clock on Wing FM, I'm Del, this is your news. First, the house stuff. Visits on B and C wings are back on from 2pm today after Friday's lockdown, and the gym reopens tomorrow at 8. Library orders go in by Wednesday.

DEL: Now the world. Turkey. A Kurdish militant group, the Kurdistan Freedom Falcons, known as TAK, has claimed Thursday's twin suicide bombing in the town of Yuksekova, near the Iranian border. The claim came on Saturday on a website close to the group, and it boasted of killing "more than 40 members of the occupation forces". The real toll is 16 dead, including the two bombers, after a woman of 34 died in hospital in Van on Saturday. Thirty-eight people were wounded. Turkey's interior minister called the claim credible. The PKK denied on Saturday having anything to do with it, and the minister said the bombers "may have been" trained in the Qandil mountains of northern Iraq.

DEL: Arrests. A court in Van formally arrested on Sunday two of the three men detained at the Esendere border crossing on the evening of the attack; the third was released without charge. A minibus driver held in Baskale on Friday, suspected of bringing the explosives in from Iran, is still being questioned.

DEL: On Saturday, thousands of people marched in silence through Yuksekova behind a banner saying "Not in our name". On Sunday, police in Hakkari used tear gas and water cannon to break up a march by several hundred people against the detentions. Seven protesters were hurt, the local medical association said.

DEL: Sport. Two-one to the Wing C five-a-side team on Saturday. And the weather: 23 degrees this afternoon, showers from 6.

DEL: A reminder, the Listener Line is 4011 from your in-cell phone, and Thursday's quiz prize is a 20-pound canteen voucher. Back after this from the Wing FM playlist.
"""))
GOLD += [
E(8, ["Thursday's twin suicide bombing in the town of Yuksekova"],
  "SUI", "2026-06-11", "day", "Yüksekova", "TR", 16, 38, "exact", "Kurdistan Freedom Falcons", "Kurdistan Freedom Falcons", False,
  "Prison radio news of Monday 15 June (09:00 BST); 'Thursday's' -> 11 June. 'The real toll is 16 dead, including the two bombers, after a woman of 34 died ... on Saturday. Thirty-eight people were wounded' -> killed 16 (bombers inside), injured 38 (number word), exact. Claimed on Saturday by 'the Kurdistan Freedom Falcons, known as TAK' and called credible by the interior minister -> claimant and perpetrator 'Kurdistan Freedom Falcons' (English name of TAK; no earlier set named it); the claim's 'more than 40 members of the occupation forces' is never used. The PKK's denial is not a claim; 'may have been' trained in the Qandil mountains is speculation. 'Nine o'clock', '9am', 'B and C wings', '2pm', '8', '34', 'Two-one', 'five-a-side', '23 degrees', '6', '4011', '20-pound' are not casualties. Friday's prison 'lockdown' is no event."),
E(8, ["A court in Van formally arrested on Sunday two of", "the three men detained at the Esendere border crossing on the evening of the attack"],
  "ARR", "2026-06-11", "day", "Esendere", "TR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-007: 'detained at the Esendere border crossing on the evening of the attack' -> 11 June, Esendere. 'A court in Van formally arrested on Sunday two of' them is the Turkish court's remand order ('formal arrest'), the judicial follow-up of that detention: it names this arrest, not a new one in Van on Sunday; the third man 'was released without charge'. No force named; the cluster's detentions are by the gendarmerie -> 'police'."),
E(8, ["A minibus driver held in Baskale on Friday"],
  "ARR", "2026-06-12", "day", "Başkale", "TR", None, None, None, "police", None, False,
  "'on Friday' vs Monday 15 June -> 12 June. The cluster's suspected facilitator (the driver suspected of bringing the explosives in from Iran), 'held' in Başkale (English 'Baskale') and 'still being questioned': he is held, so arrested -> Arrests, 'police'."),
E(8, ["thousands of people marched in silence through Yuksekova"],
  "PP", "2026-06-13", "day", "Yüksekova", "TR", None, None, None, None, None, False,
  "'On Saturday' vs Monday 15 June -> 13 June. A silent march with a message (banner 'Not in our name'), no incident -> Peaceful protest, perpetrator null. 'thousands' counts marchers."),
E(8, ["police in Hakkari used tear gas and water cannon to break up a march"],
  "PI", "2026-06-14", "day", "Hakkari", "TR", None, 7, "exact", None, None, False,
  "'On Sunday' vs Monday 15 June -> 14 June. A march 'against the detentions' broken up by police with tear gas and water cannon in Hakkari (the provincial capital, another town than the bombing's) -> Protest with intervention, perpetrator null (dev). 'Seven protesters were hurt' -> injured 7, exact. 'several hundred people' counts marchers."),
]

# -------------------------------------------------------------- holdout68-009
ARTICLES.append(A(9, "fr", "article", "2026-06-17T07:00:00Z",
"Élec Services Demir : vos rendez-vous des 17, 18 et 19 juin sont reportés",
"""
ÉLEC SERVICES DEMIR - Électricité générale, dépannage, mise aux normes - Oullins. AVIS À NOTRE CLIENTÈLE : report des rendez-vous, mercredi 17 juin 2026.

Madame, Monsieur,

Nous sommes au regret de reporter votre rendez-vous. Notre gérant, Murat Demir, est parti lundi pour Yüksekova, dans la province turque de Hakkari, sa ville natale. Son cousin Serhat, 29 ans, y a été tué le jeudi 11 juin dans le double attentat-suicide du bazar et de la gare routière. L'attentat, revendiqué samedi par les Faucons de la liberté du Kurdistan (TAK), a fait seize morts, y compris les deux kamikazes, et 38 blessés.

Murat nous dit que l'enquête avance : deux des trois hommes interpellés jeudi soir au poste-frontière d'Esendere ont été écroués, et le chauffeur de minibus arrêté vendredi à Başkale a été placé en détention provisoire. Lundi, la police iranienne a annoncé avoir arrêté dimanche à Ourmia un homme soupçonné d'avoir vendu les explosifs.

CE QUI CHANGE POUR VOUS :
- les interventions des 17, 18 et 19 juin sont reportées aux 24, 25 et 26 juin, aux mêmes heures (créneaux de 8 h à 10 h, de 10 h à 12 h et de 14 h à 16 h) ;
- les dépannages urgents (panne totale, tableau qui chauffe, odeur de brûlé) restent assurés par notre technicien Kévin, au 06 71 28 44 90, 7 jours sur 7 ;
- les devis envoyés avant le 12 juin (références DV-2026-0412 à DV-2026-0431) restent valables 60 jours au lieu de 30 ;
- les mises aux normes de tableau électrique (à partir de 890 euros TTC) et les poses de bornes de recharge de 7,4 kW sont décalées d'une semaine.

Si le nouveau créneau ne vous convient pas, répondez à ce message ou appelez le bureau au 04 78 85 13 62, du lundi au vendredi de 9 h à 12 h.

Merci de votre compréhension et des messages de soutien déjà reçus. Une cagnotte pour les familles de Yüksekova est ouverte chez le boulanger de la rue Anatole-France : 2 150 euros en trois jours.

L'équipe d'Élec Services Demir
"""))
GOLD += [
E(9, ["le double attentat-suicide du bazar et de la gare routière", "L'attentat, revendiqué samedi"],
  "SUI", "2026-06-11", "day", "Yüksekova", "TR", 16, 38, "exact", "Kurdistan Freedom Falcons", "Kurdistan Freedom Falcons", False,
  "Electrician's notice of Wednesday 17 June; 'le jeudi 11 juin' -> 11 June. Two sites (the bazaar and the bus station), one town -> ONE event. 'seize morts, y compris les deux kamikazes, et 38 blessés' -> killed 16 (bombers inside; the cousin, 29, is one of them), injured 38, exact. 'revendiqué samedi par les Faucons de la liberté du Kurdistan (TAK)', undisputed -> claimant and perpetrator 'Kurdistan Freedom Falcons'. '29 ans', '17, 18 et 19 juin', '24, 25 et 26 juin', '8 h à 10 h', '10 h à 12 h', '14 h à 16 h', '06 71 28 44 90', '7 jours sur 7', '12 juin', 'DV-2026-0412', 'DV-2026-0431', '60 jours', '30', '890 euros', '7,4 kW', '04 78 85 13 62', '9 h à 12 h', '2 150 euros', 'trois jours' are not casualties."),
E(9, ["des trois hommes interpellés jeudi soir au poste-frontière d'Esendere"],
  "ARR", "2026-06-11", "day", "Esendere", "TR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-007: 'jeudi soir' vs Wednesday 17 June -> the most recent Thursday, 11 June, at the Esendere border post -> Esendere. 'ont été écroués' (two of them jailed by a court) is the follow-up, not a new arrest. No force named; the gendarmerie of holdout68-007 -> 'police'."),
E(9, ["le chauffeur de minibus arrêté vendredi à Başkale"],
  "ARR", "2026-06-12", "day", "Başkale", "TR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-008: 'vendredi' vs Wednesday 17 June -> 12 June. 'placé en détention provisoire' is the follow-up. No force named -> 'police'."),
E(9, ["avoir arrêté dimanche à Ourmia un homme"],
  "ARR", "2026-06-14", "day", "Urmia", "IR", None, None, None, "police", None, False,
  "'Lundi, la police iranienne a annoncé avoir arrêté dimanche' -> the arrest is dated at Sunday 14 June (not at the Monday announcement), in Urmia (French 'Ourmia'), Iran -> IR; 'la police iranienne' -> 'police'. A man suspected of selling the explosives."),
]

# -------------------------------------------------------------- holdout68-010
ARTICLES.append(A(10, "fr", "article", "2026-06-20T08:00:00Z",
"Note aux résidents du parc Les Genêts : absence de notre gardien",
"""
PARC RÉSIDENTIEL DE LOISIRS LES GENÊTS - Saint-Remèze (Ardèche). Note aux résidents, samedi 20 juin 2026.

1. ABSENCE DU GARDIEN. Hasan, notre gardien depuis 2014, est en Turquie jusqu'au 5 juillet. Il est originaire de Yüksekova, où deux kamikazes se sont fait exploser le jeudi 11 juin, au bazar couvert puis à la gare routière. Quatorze personnes ont été tuées, sans compter les deux kamikazes, et 38 blessées. Le parquet turc juge crédible la revendication des Faucons de la liberté du Kurdistan (TAK). La région n'avait pas connu de bombe depuis 2019, quand un engin artisanal avait blessé quatre soldats près de Çukurca.

Hasan nous a écrit. Son neveu a été légèrement blessé dimanche dernier à Hakkari, quand la police a dispersé au gaz lacrymogène et au canon à eau une marche contre les arrestations ; sept manifestants ont été blessés. Une quarantaine de commerçants du bazar, dont un cousin de Hasan, ont été interrogés pendant deux jours puis relâchés. Le troisième homme interpellé à Esendere le soir de l'attentat a lui aussi été libéré, sans charges.

2. REMPLACEMENT. Du 22 juin au 5 juillet, M. Thierry Bouvier assure la permanence à l'accueil de 9 h à 12 h et de 16 h à 19 h. Urgences la nuit : 06 12 40 88 17.

3. TRAVAUX. La piscine rouvre le 27 juin, eau à 27 degrés. Coupure d'eau allée des Chênes (emplacements 41 à 58) le mardi 23 juin de 8 h à 11 h.

4. RÈGLES D'ÉTÉ. Vitesse limitée à 10 km/h ; barbecues à charbon interdits (risque d'incendie de niveau 3) ; silence à partir de 23 heures. Redevance annuelle 2026-2027 : 2 640 euros, payable en trois fois.

5. SOLIDARITÉ. Une carte de condoléances est à signer à l'accueil. Déjà 112 signatures et 860 euros de dons, que nous remettrons à Hasan pour les familles.

La direction
"""))
GOLD += [
E(10, ["deux kamikazes se sont fait exploser le jeudi 11 juin"],
  "SUI", "2026-06-11", "day", "Yüksekova", "TR", 16, 38, "exact", "Kurdistan Freedom Falcons", "Kurdistan Freedom Falcons", False,
  "Caravan park note of Saturday 20 June; 'le jeudi 11 juin' -> 11 June. Two sites (the covered bazaar, then the bus station), one town -> ONE event. 'Quatorze personnes ont été tuées, sans compter les deux kamikazes, et 38 blessées' -> killed 14 + 2 bombers = 16 (the bombers are added), injured 38, exact. 'Le parquet turc juge crédible la revendication des Faucons de la liberté du Kurdistan (TAK)' -> claimant and perpetrator 'Kurdistan Freedom Falcons'. '2014', '5 juillet', '22 juin', '9 h à 12 h', '16 h à 19 h', '06 12 40 88 17', '27 juin', '27 degrés', '41 à 58', '23 juin', '8 h à 11 h', '10 km/h', 'niveau 3', '23 heures', '2026-2027', '2 640 euros', 'trois fois', '112 signatures', '860 euros' are not casualties."),
E(10, ["un engin artisanal avait blessé quatre soldats près de Çukurca"],
  "IED", "2019-01-01", "year", "Çukurca", "TR", None, 4, "exact", None, None, True,
  "'depuis 2019, quand' -> year 2019, background. A homemade device ('engin artisanal') -> Remote explosive/landmine/IED, near Çukurca -> Çukurca. No author -> null. 'blessé quatre soldats' -> injured 4, exact."),
E(10, ["la police a dispersé au gaz lacrymogène et au canon à eau une marche contre les arrestations"],
  "PI", "2026-06-14", "day", "Hakkari", "TR", None, 7, "exact", None, None, False,
  "'dimanche dernier' vs Saturday 20 June -> the most recent Sunday, 14 June, in Hakkari. A march against the arrests dispersed with tear gas and a water cannon -> Protest with intervention, perpetrator null (dev). 'sept manifestants ont été blessés' -> injured 7, exact; the nephew 'légèrement blessé' is one of them."),
E(10, ["Le troisième homme interpellé à Esendere le soir de l'attentat"],
  "ARR", "2026-06-11", "day", "Esendere", "TR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-007 (three men detained at the Esendere border gate): 'le soir de l'attentat' -> 11 June. The third man's release without charge does not undo the arrest and is no event. No force named -> 'police'. The 'quarantaine de commerçants ... interrogés pendant deux jours puis relâchés' are questioned, not arrested (no arrest event)."),
]
