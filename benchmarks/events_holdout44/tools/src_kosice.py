"""Authoring source of benchmarks/events_holdout44 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Košice, Slovakia cluster (holdout44-006 to 010; English and
French), two suicide bombers on Wednesday 3 June 2026 at two sites of one
town (the Singing Fountain on Main Street, « rue Hlavná », and the hall of
the railway station, about 800 m and seven minutes apart): an English wire
with a first report (006), a Swiss bank's warning about fake donation
appeals ("mise en garde d'une banque", fr 007), a statement of the city's
bus and tram drivers' association (008), an English wire on a dispersed
march, an arrest in Hungary and charges (009) and the library closure
notice of the city's Alliance française ("avis de fermeture de la
médiathèque", fr 010). Slovakia and Switzerland are UTC+2 in June: every
publication time here is between 08:00 and 19:00 UTC (21:00 local at the
latest), so every local date is the UTC date. The gold keeps the Slovak
spellings with diacritics ("Košice", "Prešov"), which the English wires
write without them. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout44")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout44-006
ARTICLES.append(A(6, "en", "article", "2026-06-03T19:00:00Z",
"Suicide bombers strike eastern Slovak city, killing at least nine",
"""
KOSICE, Slovakia (Danube Wire) - Two suicide bombers attacked the centre of Kosice, Slovakia's second city, on Wednesday evening, killing at least seven people, not counting the attackers, and wounding a score of others, police said.

The first man blew himself up at about 5:40 p.m. near the Singing Fountain on Main Street, between the cathedral and the state theatre, where families had gathered for an open-air concert. Seven minutes later the second detonated his charge in the hall of the railway station, some 800 metres to the east, as travellers boarded the 17:55 train to Bratislava.

"The music stopped and there was just smoke," said Peter Hudak, 38, a waiter at a cafe at number 27. "People were running towards the station, and then we heard the second one."

No one had claimed the attack by nightfall. Police spokeswoman Jana Kovacova said it "could be" the work of jihadists but that it was too early to say more.

Slovakia has known few attacks of this kind. In 2015, homemade bombs went off hours apart outside police stations in Trnava and in Poprad; a policeman was injured in Poprad, and a former miner was later convicted of both.

Train services through Kosice, 400 km east of Bratislava, were suspended, and the E50 motorway was closed to the west of the city. About 900 police officers were sent from other regions. The city's two hospitals called in off-duty staff and asked donors of blood group O to come forward. An information line for families, +421 55 600 11 22, opened at 7 p.m.
"""))
GOLD += [
E(6, ["Two suicide bombers attacked the centre of Kosice", "The first man blew himself up", "the second detonated his charge", "claimed the attack"],
  "SUI", "2026-06-03", "day", "Košice", "SK", 9, 20, "at_least", None, None, False,
  "Wire of Wednesday 3 June 2026 (21:00 in Košice); 'on Wednesday evening' = the publication day. Two sites of one town (the Singing Fountain on Main Street and the railway station hall, 'some 800 metres' and 'Seven minutes' apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people, not counting the attackers, and wounding a score of others' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); injured 20 ('a score', dev table; the qualifier describes the killed figure). No claim; 'could be the work of jihadists' is speculation with an unnamed actor -> perpetrator null. 'the second one' (the second blast heard) is left out of the triggers. '5:40 p.m.', '17:55', '38', 'number 27', '400 km', 'E50', '900 police officers', 'blood group O', '+421 55 600 11 22', '7 p.m.' are not casualties. Gold spelling 'Košice' (English 'Kosice')."),
E(6, ["homemade bombs went off hours apart outside police stations in Trnava"],
  "IED", "2015-01-01", "year", "Trnava", "SK", None, None, None, None, None, True,
  "'In 2015' -> year, background. Homemade bombs -> Remote explosive/landmine/IED. Two bombs in two towns hours apart are two events (one per town), although one man was 'convicted of both'. No casualty is told for Trnava -> null. The author is an unnamed 'former miner' -> null."),
E(6, ["and in Poprad", "a policeman was injured in Poprad"],
  "IED", "2015-01-01", "year", "Poprad", "SK", None, 1, "exact", None, None, True,
  "'In 2015' -> year, background. The second homemade bomb, outside a police station in Poprad -> its own IED event. 'a policeman was injured' -> injured 1, exact. Perpetrator null (an unnamed former miner)."),
]

# -------------------------------------------------------------- holdout44-007
ARTICLES.append(A(7, "fr", "article", "2026-06-05T08:00:00Z",
"Faux appels aux dons pour Košice : notre banque met en garde ses clients",
"""
BANQUE DU LÉMAN - MISE EN GARDE À NOTRE CLIENTÈLE. Genève, le vendredi 5 juin 2026.

Depuis l'attentat-suicide de mercredi soir à Košice, en Slovaquie, nos services ont repéré une vague de faux appels aux dons. Nous vous demandons la plus grande prudence.

Ce qui s'est passé. Deux kamikazes se sont fait exploser à sept minutes d'intervalle, sur la rue principale et dans le hall de la gare. Le premier bilan faisait état de neuf morts ; il a été porté jeudi à onze morts, dont les deux kamikazes, et 38 blessés, après le décès à l'hôpital d'une étudiante de 21 ans. Aucune revendication n'avait été publiée jeudi soir.

Les arnaques observées. Depuis jeudi, plus de 2 300 messages suspects ont été signalés en Suisse romande : des SMS qui demandent « 20 francs pour les enfants de Košice » avec un lien de paiement, des courriels qui imitent la Croix-Rouge slovaque, des appels depuis des numéros commençant par +421 900. Trois de nos clients ont déjà perdu entre 150 et 1 200 francs.

Nos conseils.
- Ne cliquez jamais sur un lien reçu par SMS.
- La Croix-Rouge ne vous téléphonera jamais pour vous demander de l'argent.
- Donnez seulement par les canaux officiels, par exemple le compte de la Croix-Rouge suisse, en indiquant la mention « Košice ».
- En cas de doute, appelez notre ligne sécurité, au 0800 606 717, 24 heures sur 24.

Si vous avez été victime. Bloquez votre carte dans l'application, puis déposez plainte auprès de la police cantonale. Nous remboursons, sous 10 jours ouvrables, les montants débités après votre signalement.

Nos agences de Lausanne et de Sion prolongent leurs horaires jusqu'à 18 h 30 cette semaine pour vous aider.

Nous adressons nos pensées aux familles des victimes et aux blessés, parmi lesquels figurent deux touristes suisses, une mère et son fils de 12 ans, originaires de Nyon.
"""))
GOLD += [
E(7, ["l'attentat-suicide de mercredi soir à Košice", "Deux kamikazes se sont fait exploser"],
  "SUI", "2026-06-03", "day", "Košice", "SK", 11, 38, "exact", None, None, False,
  "Bank warning of Friday 5 June; 'mercredi soir' -> Wednesday 3 June. Two sites of one town ('sur la rue principale et dans le hall de la gare', 'à sept minutes d'intervalle') -> ONE event. The toll is revised inside: 'Le premier bilan faisait état de neuf morts' (superseded) -> 'porté jeudi à onze morts, dont les deux kamikazes, et 38 blessés' -> killed 11 (bombers inside; the student of 21 who died in hospital is inside), injured 38, exact; 'deux touristes suisses' are a subset of the injured. 'Aucune revendication' -> perpetrator null. '2 300 messages', '20 francs', '+421 900', 'Trois de nos clients', '150 et 1 200 francs', '0800 606 717', '24 heures', '10 jours', '18 h 30', '12 ans' are not casualties. The fraud complaints are not events."),
]

# -------------------------------------------------------------- holdout44-008
ARTICLES.append(A(8, "en", "article", "2026-06-08T08:00:00Z",
"Kosice drivers mourn colleague and ask for guards on night lines",
"""
ASSOCIATION OF CITY BUS AND TRAM DRIVERS OF KOSICE - STATEMENT. Kosice, Monday 8 June 2026.

Our association mourns Marek Lukac, 52, who had driven the number 11 bus for 19 years and was killed on Wednesday 3 June at the railway station stop when the second suicide bomber blew himself up. Two of our drivers and a tram conductor were among the wounded; all three have left hospital.

The double bombing on Main Street and at the station killed 11 people, including the two bombers, and wounded 38. Hurras al-Din, a jihadist group born from al-Qaeda's former branch in Syria, claimed it on Friday. Prosecutors have told us they consider the claim genuine. Its boast of "more than fifty crusaders" killed is a lie that insults the families.

We welcome the arrest on Thursday in Michalovce of two men suspected of hiding the bombers for a week. Three of our drivers who were at the station were questioned by police as witnesses on Thursday and went home the same evening. We ask that they be left in peace.

On Saturday, some 15,000 people marched in silence from the cathedral to the station behind a banner reading "Kosice stands together". At 17:40, the hour of the first explosion, all 212 of the city's buses and trams stopped for one minute, and drivers stood beside their vehicles.

Our requests to the city transport company:
- a second driver or a guard on the night lines N1 to N4 until the end of August;
- panic buttons in the 94 buses that still lack them;
- paid leave for colleagues who were at the station, for as long as their doctors advise.

A collection for Marek's wife and two daughters has raised EUR 18,400 from 1,120 donors (account SK31 1100 0000 0026 1850 0411, reference 0306). His funeral will be held on Tuesday at 14:00 at the public cemetery on Rastislavova Street.
"""))
GOLD += [
E(8, ["the second suicide bomber blew himself up", "The double bombing on Main Street and at the station", "the first explosion"],
  "SUI", "2026-06-03", "day", "Košice", "SK", 11, 38, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Drivers' association statement of Monday 8 June; 'on Wednesday 3 June' -> 3 June. Two sites of one town -> ONE event (the first trigger names its second blast, which killed the driver). 'killed 11 people, including the two bombers, and wounded 38' -> killed 11 (bombers inside; the driver Marek Lukac, 52, is one of them), injured 38, exact; 'Two of our drivers and a tram conductor' are a subset. 'Hurras al-Din ... claimed it on Friday', the claim judged 'genuine' by prosecutors -> claimant and perpetrator 'Hurras al-Din' (no canonical dev name; the group's usual English name). Its 'more than fifty crusaders' is never used. 'number 11', '19 years', 'Three of our drivers' (questioned), '15,000 people' (marchers), '17:40', '212', 'one minute', 'N1 to N4', '94 buses', 'EUR 18,400', '1,120 donors', the account number, '0306', '14:00' are not casualties. The minute's stop and the funeral are not coded."),
E(8, ["the arrest on Thursday in Michalovce of two men"],
  "ARR", "2026-06-04", "day", "Michalovce", "SK", None, None, None, "police", None, False,
  "'on Thursday' vs Monday 8 June -> 4 June. Two men suspected of hiding the bombers; no force named -> 'police'. The three drivers 'questioned by police as witnesses' who 'went home the same evening' are not arrested."),
E(8, ["some 15,000 people marched in silence from the cathedral to the station"],
  "PP", "2026-06-06", "day", "Košice", "SK", None, None, None, None, None, False,
  "'On Saturday' vs Monday 8 June -> 6 June. A silent march behind a banner with a message ('Kosice stands together'), no incident -> Peaceful protest, perpetrator null. '15,000' counts marchers."),
]

# -------------------------------------------------------------- holdout44-009
ARTICLES.append(A(9, "en", "article", "2026-06-10T10:00:00Z",
"Slovak police tear-gas Kosice marchers as suspect is held in Hungary",
"""
KOSICE, Slovakia (Danube Wire) - Slovak riot police fired tear gas and water cannon on Tuesday evening to break up several hundred people marching on the regional police headquarters in Kosice to demand the interior minister's resignation, a week after the twin suicide bombing that killed 12 people in the city.

Two protesters and three police officers were injured, an ambulance service spokesman said. Organisers said the march, called on social media after reports that the bombers had been flagged to Slovak authorities in May, had been peaceful until police blocked Moyzesova Street.

The toll from the June 3 attack rose to 12, including the two bombers, after a 63-year-old woman died in hospital on Monday; 38 people were wounded. Hurras al-Din claimed the bombing on Friday. Islamic State, through its Amaq news agency, denied any role on Sunday. Prosecutors said the bombers "may have been" trained in Syria's Idlib province.

Hungarian police on Monday arrested a 29-year-old Slovak man in Miskolc, 90 km southwest of Kosice, on suspicion of buying the detonators, prosecutors said. He is to be handed over under a European arrest warrant.

The two men arrested in Michalovce last Thursday were charged on Tuesday with terrorism and remanded in custody for 90 days. A 44-year-old man detained in Presov on Friday was released without charge on Sunday. Police have questioned more than 60 people.

Main Street reopened to pedestrians on Monday, but the station hall remains closed, and 31 trains a day are running late. Hotels report cancellations of about 40 percent for June, and the city has put off a jazz festival that drew 25,000 visitors last year.
"""))
GOLD += [
E(9, ["Slovak riot police fired tear gas and water cannon on Tuesday evening to break up several hundred people marching", "the march"],
  "PI", "2026-06-09", "day", "Košice", "SK", None, 5, "exact", None, None, False,
  "Wire of Wednesday 10 June; 'on Tuesday evening' -> 9 June. A march on the regional police headquarters with a demand (the interior minister's resignation), 'peaceful until police blocked' the street, broken up with 'tear gas and water cannon' -> Protests / Protest with intervention, perpetrator null (dev). 'Two protesters and three police officers were injured' -> injured 2 + 3 = 5 (all sides summed, dev), exact; killed null. 'several hundred people' counts marchers. 'the march' (the organisers' words) names the same march."),
E(9, ["the twin suicide bombing that killed 12 people", "the June 3 attack", "claimed the bombing"],
  "SUI", "2026-06-03", "day", "Košice", "SK", 12, 38, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "'the June 3 attack' -> 3 June. 'rose to 12, including the two bombers, after a 63-year-old woman died in hospital on Monday; 38 people were wounded' -> killed 12 (bombers inside), injured 38, exact. 'Hurras al-Din claimed the bombing on Friday', undisputed -> claimant and perpetrator. Islamic State's denial through Amaq is not a claim; 'may have been trained' is speculation. '63-year-old', '29-year-old', '90 km', '90 days', '44-year-old', 'more than 60 people' (questioned), '31 trains', '40 percent', '25,000 visitors' are not casualties."),
E(9, ["Hungarian police on Monday arrested a 29-year-old Slovak man in Miskolc"],
  "ARR", "2026-06-08", "day", "Miskolc", "HU", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 10 June -> 8 June. The cluster's suspected facilitator (the buyer of the detonators), arrested by the Hungarian police in Hungary -> HU, 'police'. 'to be handed over under a European arrest warrant' is a follow-up, not an event."),
E(9, ["The two men arrested in Michalovce last Thursday"],
  "ARR", "2026-06-04", "day", "Michalovce", "SK", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout44-008: 'last Thursday' vs Wednesday 10 June -> the most recent Thursday, 4 June. 'charged on Tuesday with terrorism and remanded in custody for 90 days' is the arrest's judicial follow-up. No force named -> 'police'."),
E(9, ["A 44-year-old man detained in Presov on Friday"],
  "ARR", "2026-06-05", "day", "Prešov", "SK", None, None, None, "police", None, False,
  "'on Friday' vs Wednesday 10 June -> 5 June. Detained, then 'released without charge on Sunday': the release does not undo the arrest. No force named -> 'police'. Gold spelling 'Prešov' (English 'Presov'). 'more than 60 people' questioned are not arrested."),
]

# -------------------------------------------------------------- holdout44-010
ARTICLES.append(A(10, "fr", "article", "2026-06-11T08:00:00Z",
"La médiathèque de l'Alliance française de Košice fermée jusqu'au 1er juillet",
"""
ALLIANCE FRANÇAISE DE KOŠICE - AVIS DE FERMETURE DE LA MÉDIATHÈQUE. Košice, le jeudi 11 juin 2026.

Chers adhérents, chers lecteurs,

Notre médiathèque, au n° 68 de la rue Hlavná, à quelques pas de la fontaine chantante, restera fermée jusqu'au mercredi 1er juillet inclus. Le souffle de la première explosion du double attentat-suicide du 3 juin a brisé nos vitrines et renversé une partie des rayonnages. Notre bibliothécaire, Zuzana, 34 ans, légèrement blessée ce soir-là, a repris le travail lundi.

Ce drame a coûté la vie à douze personnes, dont les deux kamikazes, et fait 38 blessés. Il a été revendiqué par le groupe Hurras al-Din. Nous apprenons que les deux hommes arrêtés jeudi dernier à Michalovce ont été inculpés mardi ; la justice suit son cours.

Vos emprunts. Les prêts en cours sont prolongés automatiquement jusqu'au 15 juillet, et aucune pénalité de retard (0,20 euro par jour et par document) ne sera appliquée. La boîte de retour, à droite de l'entrée, reste accessible 24 heures sur 24. Sur nos 11 400 documents, 2 350 doivent être examinés un par un : merci de votre patience.

Les examens. La session du DELF prévue le samedi 13 juin pour 146 candidats est reportée au samedi 27 juin, dans les salles de l'université technique, rue Letná. Les convocations restent valables ; les candidats recevront un nouvel horaire par courriel.

Les cours. Les cours pour adultes reprennent lundi 15 juin en ligne. Les ateliers pour enfants du mercredi sont suspendus jusqu'à la réouverture.

Solidarité. Une boîte à dons est installée à l'accueil ; les 640 euros recueillis à ce jour seront remis à la Croix-Rouge slovaque. Nous remercions l'ambassade de France, qui nous a offert 300 livres pour la jeunesse.

Renseignements : +421 55 622 43 18, du lundi au vendredi, de 9 heures à 16 heures.
"""))
GOLD += [
E(10, ["la première explosion du double attentat-suicide du 3 juin", "Ce drame"],
  "SUI", "2026-06-03", "day", "Košice", "SK", 12, 38, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Library closure notice of Thursday 11 June; 'du 3 juin' -> 3 June. Two sites of one town -> ONE event. 'douze personnes, dont les deux kamikazes, et fait 38 blessés' -> killed 12 (bombers inside), injured 38, exact; the librarian Zuzana, 34, 'légèrement blessée', is one of the 38. 'Il a été revendiqué par le groupe Hurras al-Din', undisputed -> claimant and perpetrator. 'n° 68', '1er juillet', '34 ans', '15 juillet', '0,20 euro', '24 heures', '11 400 documents', '2 350', '13 juin', '146 candidats', '27 juin', '15 juin', '640 euros', '300 livres', '+421 55 622 43 18', '9 heures à 16 heures' are not casualties."),
E(10, ["les deux hommes arrêtés jeudi dernier à Michalovce"],
  "ARR", "2026-06-04", "day", "Michalovce", "SK", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout44-008: 'jeudi dernier' on Thursday 11 June -> the Thursday before, 4 June (7 days earlier; the publication day itself is excluded). 'inculpés mardi' is the judicial follow-up. No force named -> 'police'."),
]
