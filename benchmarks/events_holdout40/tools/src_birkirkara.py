"""Authoring source of benchmarks/events_holdout40 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Birkirkara, Malta cluster (holdout40-001 to 005; English and
French), two suicide bombers on Saturday 14 March 2026 at two sites of one
town (the Saturday market on St Helen's Square and the Valley Road bus
interchange, about 500 m and six minutes apart): an English wire with a
"CITY, Country (Wire) -" dateline (001), an English police appeal for
witnesses (002), an English company memo to employees from an HR team (003),
a French open letter from the families of two French victims to Malta's
Prime Minister ("lettre ouverte", fr 004) and an English wire on a charge, a
release, a new arrest and a peaceful march (005). Malta is UTC+1 until
29 March 2026: every publication time here is between 08:00 and 14:00 UTC,
so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout40")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout40-001
ARTICLES.append(A(1, "en", "article", "2026-03-14T13:30:00Z",
"Two suicide bombers kill at least eight in Malta's largest town",
"""
BIRKIRKARA, Malta (Mediterranean Wire) - Two suicide bombers blew themselves up six minutes apart in Birkirkara, Malta's most populous town, on Saturday morning, killing at least eight people, including the two attackers, and wounding dozens, police said.

The first bomber detonated his charge at about 10:20 a.m. among the stalls of the weekly market on St Helen's Square, in front of the basilica. The second blew himself up at 10:26 a.m. at the bus interchange on Valley Road, some 500 metres away, as people fled the square.

"I was buying strawberries at 3 euros a kilo when the ground shook," said Rita Camilleri, 61, who was treated for cuts at a health centre and sent home. Mater Dei Hospital said it had called in all off-duty staff and opened its 52 emergency cubicles to the wounded.

No group has claimed the bombings. A senior police officer, speaking on condition of anonymity, said investigators were examining whether they could be linked to jihadists operating from Libya, about 350 km to the south, and whether the bombers had arrived by sea earlier in the week.

Malta, a European Union member of about 540,000 people, has no recent history of suicide attacks. In 2019 a pipe bomb left outside a betting shop in Paola wounded two people; no one was ever charged.

The government deployed 400 soldiers and police officers around churches and ferry terminals, and the Gozo ferry sailed with extra checks. Saturday's football fixtures were postponed, and organisers cancelled a half-marathon with 2,300 entrants planned for Sunday. Police asked anyone with photographs or videos of the two sites to call 2122 4001.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up", "The first bomber detonated his charge", "The second blew himself up", "the bombings"],
  "SUI", "2026-03-14", "day", "Birkirkara", "MT", 8, 12, "at_least", None, None, False,
  "Wire of Saturday 14 March 2026 (14:30 in Malta); 'on Saturday morning' = 14 March. Two sites of one town (St Helen's Square and the Valley Road bus interchange, 'some 500 metres away', six minutes apart) -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention). First report: 'killing at least eight people, including the two attackers, and wounding dozens' -> killed 8 (bombers inside), at_least; injured 12 ('dozens', dev table). No claim; 'could be linked to jihadists operating from Libya' and 'whether the bombers had arrived by sea' are speculation -> perpetrator null. '10:20 a.m.', '10:26 a.m.', '500 metres', '3 euros a kilo', '61' (an age; Rita Camilleri is one of the wounded, not a figure), '52 emergency cubicles', '350 km', '540,000', '400 soldiers and police officers', '2,300 entrants', '2122 4001' are not casualties. 'no recent history of suicide attacks' is generic."),
E(1, ["a pipe bomb left outside a betting shop in Paola wounded two people"],
  "IED", "2019-01-01", "year", "Paola", "MT", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; 'no one was ever charged', no group -> null. 'wounded two people' -> injured 2, exact; killed null."),
]

# -------------------------------------------------------------- holdout40-002
ARTICLES.append(A(2, "en", "article", "2026-03-16T10:00:00Z",
"Appeal for witnesses after the Birkirkara attack",
"""
MALTA POLICE FORCE - COUNTER-TERRORISM UNIT. APPEAL FOR WITNESSES No. 2, issued Monday 16 March 2026 at 11:00. It replaces the appeal issued on Saturday.

THE INCIDENT. On Saturday 14 March, at about 10:20, a man detonated an explosive vest on St Helen's Square, Birkirkara, during the weekly market. At 10:26 a second man detonated a similar device at the Valley Road bus interchange. Saturday's first appeal reported at least eight dead. That figure has been revised: eleven people were killed, not counting the two bombers, and 47 were injured. A 19-year-old student from France died of her wounds at Mater Dei Hospital on Sunday night.

THE VEHICLE. We want to hear from anyone who saw a silver Nissan Note, registration ending 271, between Thursday 12 and Saturday 14 March. It was seen parked outside No. 38 Triq il-Kbira with two men inside, and later on the Mriehel bypass heading towards Qormi.

THE SUSPECTS. Both bombers were men in their twenties, about 1.75 m tall, one with a short beard, wearing a dark blue windbreaker and carrying a grey rucksack. Investigators believe they may have been helped by a third person who drove them to Birkirkara.

ARRESTS. On Sunday, officers arrested two brothers, aged 34 and 29, in Qormi, where traces of explosives were found in a garage. Two other people were questioned on Sunday and released.

HOW TO HELP. Call the confidential line 2294 0000, staffed 24 hours a day, or the free number 119 from any phone. Dashcam footage from Valley Road and Triq Fleur-de-Lys is particularly useful. A reward of up to 50,000 euros is offered for information leading to a conviction. Callers may remain anonymous.

Please do not share images of victims on social media. The roads around St Helen's Square remain closed, and bus routes 41, 42 and 54 are diverted via Msida until further notice.
"""))
GOLD += [
E(2, ["a man detonated an explosive vest on St Helen's Square", "a second man detonated a similar device"],
  "SUI", "2026-03-14", "day", "Birkirkara", "MT", 13, 47, "exact", None, None, False,
  "Police appeal of Monday 16 March; 'On Saturday 14 March' -> 14 March. Two sites of one town six minutes apart -> ONE event. The toll is revised inside the document: 'Saturday's first appeal reported at least eight dead' is superseded by 'eleven people were killed, not counting the two bombers, and 47 were injured' -> killed 11 + 2 bombers = 13, injured 47, exact (the French student of 19 who died on Sunday night is inside). No claim; 'may have been helped by a third person' is speculation -> perpetrator null. '11:00', '10:20', '10:26', '19-year-old', the registration '271', 'No. 38 Triq il-Kbira', '1.75 m', '2294 0000', '24 hours', '119', '50,000 euros', 'bus routes 41, 42 and 54' are not casualties. The appeal of Saturday is a document, not an event."),
E(2, ["officers arrested two brothers, aged 34 and 29, in Qormi"],
  "ARR", "2026-03-15", "day", "Qormi", "MT", None, None, None, "police", None, False,
  "'On Sunday' vs Monday 16 March -> 15 March. The traces of explosives found in a garage belong to the arrest. 'aged 34 and 29' are ages; 'two brothers' counts arrestees. 'Two other people were questioned on Sunday and released' -> not arrested (dev). Malta Police Force -> 'police'."),
]

# -------------------------------------------------------------- holdout40-003
ARTICLES.append(A(3, "en", "article", "2026-03-17T08:30:00Z",
"Staff memo: support for colleagues this week",
"""
INTERNAL MEMO - ALL STAFF. From: People and Culture, Harbourline Gaming Ltd. To: all employees, Birkirkara and Ta' Xbiex offices. Date: Tuesday 17 March 2026. Subject: support after Saturday's bombings.

Dear colleagues,

As you all know, two suicide bombers struck our town on Saturday morning, at the market on St Helen's Square and at the Valley Road bus interchange, 300 metres from our building. The police now count fourteen people killed, among them the two bombers, and 47 injured; a 58-year-old woman died of her wounds in hospital last night.

Our colleague Daniel Vella, 31, from the payments team, was injured at the bus interchange while waiting for a bus to Sliema. He had surgery on Sunday and is stable at Mater Dei Hospital, ward 4. His family asks for no visits for now; cards can be left at reception on floor 2.

What we are doing:
- Special leave: every employee may take up to three days of paid leave this week, no questions asked.
- Counselling: a psychologist will be in Meeting Room 5 from 9:00 to 17:00 until Friday. Our assistance line, 8007 2200, is free, confidential and open 24 hours a day; up to eight sessions are covered per person.
- Working from home: the Birkirkara office stays closed until Thursday; Ta' Xbiex is open as usual.
- Hardship fund: the company will match staff donations up to 20,000 euros. A first transfer of 5,000 euros was made yesterday to the national victims' fund.

Two colleagues who were near the square were interviewed by the police on Sunday as witnesses and went home the same afternoon. If the police contact you, you are free to talk to them; Legal, on extension 4410, can advise you.

A silent march from Birkirkara to Valletta is being planned for Sunday. Those of our 230 employees who wish to join will find details on the intranet.

Please check in with your team lead today, even with a one-line message. Look after yourselves and each other.

Maria Borg, Head of People and Culture
"""))
GOLD += [
E(3, ["Saturday's bombings", "two suicide bombers struck our town"],
  "SUI", "2026-03-14", "day", "Birkirkara", "MT", 14, 47, "exact", None, None, False,
  "HR memo of Tuesday 17 March; 'on Saturday morning' -> 14 March. Two sites (the market and the bus interchange) of one town -> ONE event. 'fourteen people killed, among them the two bombers, and 47 injured' -> 14 (bombers inside; the woman of 58 who died 'last night', Monday, raised it from 13), 47, exact. No claim named -> perpetrator null. The wounded colleague is one of the 47. '300 metres', '58-year-old', '31', 'ward 4', 'floor 2', 'three days', 'Meeting Room 5', '9:00 to 17:00', '8007 2200', '24 hours', 'eight sessions', '20,000 euros', '5,000 euros', 'extension 4410', '230 employees' are not casualties. The two colleagues 'interviewed ... as witnesses' are not arrested; the silent march 'being planned for Sunday' is future, not coded."),
]

# -------------------------------------------------------------- holdout40-004
ARTICLES.append(A(4, "fr", "article", "2026-03-20T09:00:00Z",
"« Personne ne nous a appelés » : la lettre des familles françaises de Birkirkara",
"""
LETTRE OUVERTE au Premier ministre de Malte, publiée le vendredi 20 mars 2026. Nous sommes les parents de Léa Martin, 19 ans, et d'Hugo Perrin, 17 ans, venus à Malte apprendre l'anglais dans une école de langues de Sliema, et tués dans le double attentat-suicide du samedi 14 mars à Birkirkara.

Monsieur le Premier ministre,

Léa est morte dimanche soir à l'hôpital Mater Dei, après une nuit et une journée en réanimation. Hugo attendait le bus n° 41 sur Valley Road quand le second kamikaze s'est fait exploser. Ils font partie des quatorze morts, dont les deux kamikazes, et des quarante-sept blessés de cette matinée.

Mardi soir, Al-Qaïda au Maghreb islamique (AQMI) a revendiqué l'attentat dans un message de son organe de propagande, al-Andalus. La police maltaise juge cette revendication « crédible ». Le texte parle de « plus de soixante croisés tués » : c'est un mensonge de plus, et nous refusons que ce chiffre soit repris. La branche libyenne de l'État islamique, elle, a démenti toute implication.

Nous avons appris par la presse, et non par vos services, l'arrestation de deux frères dimanche à Qormi, puis celle d'un pêcheur mercredi à Pozzallo, en Sicile, soupçonné d'avoir transporté les explosifs sur son bateau. Nous avons appris aussi que quatre personnes avaient été entendues puis relâchées. Personne ne nous a appelés.

Nous vous demandons :
- un interlocuteur unique pour les familles étrangères, joignable par téléphone ;
- l'accès de nos avocats au dossier, comme la loi maltaise le permet aux victimes ;
- la prise en charge par l'État du rapatriement des corps, soit environ 6 000 euros par famille ;
- une cérémonie nationale à laquelle les familles de toutes nationalités soient invitées.

Nous rentrerons à Paris samedi par le vol de 18 h 40. Nous reviendrons pour le procès, quel qu'en soit le prix.

Nathalie et Marc Martin, Sandrine Perrin. Contact par l'intermédiaire de leur avocate, Me Claire Dubois, du barreau de Lyon.
"""))
GOLD += [
E(4, ["double attentat-suicide du samedi 14 mars à Birkirkara", "le second kamikaze s'est fait exploser", "a revendiqué l'attentat"],
  "SUI", "2026-03-14", "day", "Birkirkara", "MT", 14, 47, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Open letter of Friday 20 March; 'du samedi 14 mars' -> 14 March. Two sites of one town -> ONE event. 'quatorze morts, dont les deux kamikazes, et des quarante-sept blessés' -> 14 (bombers inside), 47, exact; Léa, who died on Sunday evening, is inside. Claimed 'Mardi soir' (17 March) by 'Al-Qaïda au Maghreb islamique (AQMI)', judged 'crédible' by the Maltese police -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb' (the canonical name of earlier sets); the claim's 'plus de soixante croisés tués' is never used. The Libyan branch of Islamic State 'a démenti': a denial is not a claim. '19 ans', '17 ans', 'bus n° 41', '6 000 euros', '18 h 40' (a flight) are not casualties; the trial and the ceremony are future."),
E(4, ["l'arrestation de deux frères dimanche à Qormi"],
  "ARR", "2026-03-15", "day", "Qormi", "MT", None, None, None, "police", None, False,
  "Restates the arrest of holdout40-002: 'dimanche' vs Friday 20 March -> 15 March. No force named; the Maltese police of the cluster -> 'police'. The 'quatre personnes ... entendues puis relâchées' are not arrested."),
E(4, ["celle d'un pêcheur mercredi à Pozzallo"],
  "ARR", "2026-03-18", "day", "Pozzallo", "IT", None, None, None, "police", None, False,
  "'celle' = l'arrestation: 'mercredi' vs Friday 20 March -> 18 March; Pozzallo, Sicily -> IT. The cluster's suspected facilitator (a fisherman suspected of carrying the explosives on his boat). No force named; the Italian police of the cluster (holdout40-005) -> 'police'."),
]

# -------------------------------------------------------------- holdout40-005
ARTICLES.append(A(5, "en", "article", "2026-03-23T11:00:00Z",
"Malta charges mechanic over Birkirkara attack as thousands march in Valletta",
"""
VALLETTA, Malta (Mediterranean Wire) - A Maltese court has charged a man arrested in Qormi the day after the Birkirkara bombings with complicity in terrorism, while some 20,000 people marched through Valletta on Sunday to demand that Malta "stay open" to the world.

The twin suicide attack of March 14 on St Helen's Square and the Valley Road bus interchange has killed 15 people, including the two bombers, after a 66-year-old man died in hospital on Saturday, and wounded 47. Al-Qaeda in the Islamic Maghreb, which claimed it last Tuesday, has since published photographs of the two men, aged 23 and 27. Investigators consider the claim authentic.

The Qormi suspect, a 34-year-old mechanic, was charged on Friday and remanded in custody. His 29-year-old brother, arrested with him, was released without charge on Tuesday. A fisherman arrested in Pozzallo, Sicily, last Wednesday is awaiting extradition from Italy; prosecutors say he carried about 20 kg of explosives to Malta under boxes of bait.

On Saturday, police arrested a 41-year-old woman in Zejtun suspected of renting the bombers a flat for 900 euros a month. Nine other people were questioned last week and released.

Police Commissioner Mark Zammit told reporters the bombers "may have been" trained in southern Libya, but that investigators had "no proof yet".

Sunday's march, from City Gate to Fort St Elmo, ended peacefully after a minute of silence at 10:20, the time of the first explosion. Organisers said 20,000 people took part; police put the figure at 12,000.

Malta has seen few bombings. In 2019 a pipe bomb outside a betting shop in Paola wounded two people, and the case was never solved.

Schools in Birkirkara reopened on Thursday, and the market on St Helen's Square is due to resume on April 4 with 60 police officers on duty. Parliament has voted 3 million euros for the victims' families.
"""))
GOLD += [
E(5, ["a man arrested in Qormi the day after the Birkirkara bombings", "The Qormi suspect", "arrested with him"],
  "ARR", "2026-03-15", "day", "Qormi", "MT", None, None, None, "police", None, False,
  "Participles restating the arrest of holdout40-002: 'the day after the Birkirkara bombings' (14 March) -> 15 March. Told through its judicial follow-up ('charged ... with complicity in terrorism', 'charged on Friday and remanded in custody') -> one Arrests event at the arrest's place and day. The brother 'arrested with him' is the same arrest; his release 'without charge on Tuesday' (17 March) does not undo it. 'The Qormi suspect' names the arrested man of that arrest. No force named; Maltese police of the cluster -> 'police'."),
E(5, ["some 20,000 people marched through Valletta on Sunday", "Sunday's march"],
  "PP", "2026-03-22", "day", "Valletta", "MT", None, None, None, None, None, False,
  "'on Sunday' vs Monday 23 March -> 22 March. A march with a demand (that Malta 'stay open') which 'ended peacefully' -> Peaceful protest, perpetrator null (dev). '20,000' and '12,000' are crowd estimates; 'City Gate to Fort St Elmo' is inside Valletta; the minute of silence at '10:20' is not an event."),
E(5, ["The twin suicide attack of March 14", "which claimed it", "the first explosion"],
  "SUI", "2026-03-14", "day", "Birkirkara", "MT", 15, 47, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "'of March 14' -> 14 March. Two sites of one town -> ONE event. 'has killed 15 people, including the two bombers, after a 66-year-old man died in hospital on Saturday, and wounded 47' -> 15 (bombers inside), 47, exact. 'Al-Qaeda in the Islamic Maghreb, which claimed it last Tuesday' and 'Investigators consider the claim authentic' -> claimant and perpetrator. 'may have been trained in southern Libya' is speculation, not coded. '66-year-old', 'aged 23 and 27', '34-year-old', '29-year-old', '20 kg', '41-year-old', '900 euros', 'Nine other people' (questioned, not arrested), '10:20', '60 police officers', '3 million euros' are not casualties. The 'Birkirkara bombings' inside the Qormi trigger is left to that arrest."),
E(5, ["A fisherman arrested in Pozzallo, Sicily, last Wednesday"],
  "ARR", "2026-03-18", "day", "Pozzallo", "IT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout40-004: 'last Wednesday' vs Monday 23 March -> 18 March, in Sicily -> IT. 'awaiting extradition from Italy' is a follow-up, not an event. No force named; the Italian police of the cluster -> 'police'. '20 kg of explosives' is a weight."),
E(5, ["police arrested a 41-year-old woman in Zejtun"],
  "ARR", "2026-03-21", "day", "Żejtun", "MT", None, None, None, "police", None, False,
  "'On Saturday' vs Monday 23 March -> 21 March. The English wire spells the town 'Zejtun'; the gold keeps the Maltese and English 'Żejtun' (like 'Bălți' for 'Balti' in earlier sets). A second facilitator (she rented the bombers a flat). 'Nine other people were questioned last week and released' -> not arrested."),
E(5, ["a pipe bomb outside a betting shop in Paola wounded two people"],
  "IED", "2019-01-01", "year", "Paola", "MT", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background (the pipe bomb of holdout40-001). 'the case was never solved' -> null. 'wounded two people' -> injured 2, exact."),
]
