"""Authoring source of benchmarks/events_holdout67 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Biddeford, Maine (United States) cluster (holdout67-011 to 015;
English and French, in a town of French-Canadian descent), two suicide
bombers on Saturday 11 July 2026 at two sites of one town (the farmers'
market on the old mill campus and the front of City Hall on Main Street,
about 500 m and six minutes apart): an English wire with a first report
(011), a French agency dispatch with a toll revised inside and the first
arrests (fr 012), a veterinary clinic's email to its clients ("courriel
d'une clinique vétérinaire", 013, English), a notice to the exhibitors of a
Franco-American flea market ("avis aux exposants d'une brocante", fr 014)
and a swimming school's email to parents ("courriel d'une école de natation
aux parents", 015, English). Maine is UTC-4 in July: every publication
time here is between 13:00 and 20:00 UTC, so every local date is the UTC
date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout67")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout67-011
ARTICLES.append(A(11, "en", "article", "2026-07-11T20:00:00Z",
"Twin suicide blasts kill at least eight in Biddeford, Maine",
"""
BIDDEFORD, Maine (Northeast Wire) - Two suicide bombers struck the former mill town of Biddeford on Saturday morning, leaving at least eight people dead, the bombers among them, and a score of others wounded, police said.

The first bomber set off a device at 11:05 a.m. in the crowded farmers' market on the old mill campus by the falls of the Saco River. Six minutes later, the second detonated a vest outside City Hall on Main Street, some 500 metres (1,600 feet) away, where people had run for shelter.

"I heard the first bang and saw people running up Main Street, and then the second one went off," said Tom Pelletier, 58, who owns a hardware store at 212 Main Street.

The city's police chief said it was too early to speak of a motive. A federal law enforcement official said the attack "bore the hallmarks" of Islamic State, but cautioned that no group had claimed it.

It is the first suicide bombing in Maine. In 2015, police defused a pipe bomb left at the door of a church in Westbrook, about 30 km to the north, before the Sunday service.

Hospitals in Biddeford and in Portland, 25 km north, took in the wounded. Flags were lowered to half-staff on state buildings. About 250 officers from the state police, the FBI and neighbouring towns sealed off the downtown, and Amtrak halted its trains between Boston and Portland. An information line for families, 207-555-0112, had received more than 900 calls by mid-afternoon.

Biddeford, a city of about 22,000 people, many of them descendants of French-Canadian mill workers, had been due to open its Franco-American heritage festival next week. "We still say bonjour here," said Pelletier. "Now we will have to say goodbye to too many people."
"""))
GOLD += [
E(11, ["Two suicide bombers struck the former mill town of Biddeford", "The first bomber set off a device", "the second detonated a vest", "the attack"],
  "SUI", "2026-07-11", "day", "Biddeford", "US", 8, 20, "at_least", None, None, False,
  "Wire of Saturday 11 July 2026 (16:00 in Biddeford); 'on Saturday morning' = the publication day. Two sites of one town (the farmers' market on the mill campus and the front of City Hall, 'some 500 metres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'at least eight people dead, the bombers among them' -> killed 8 (bombers inside), at_least; 'a score of others wounded' -> injured 20 (dev table: 'a score' = 20; the qualifier describes the killed figure). No claim; 'bore the hallmarks' of Islamic State is speculation (dev) -> perpetrator null. '11:05 a.m.', 'Six minutes', '500 metres', '1,600 feet', '58', '212 Main Street', '30 km', '25 km', '250 officers', '207-555-0112', '900 calls', '22,000 people' are not casualties."),
E(11, ["police defused a pipe bomb left at the door of a church in Westbrook"],
  "DWU", "2015-01-01", "year", "Westbrook", "US", None, None, None, "police", None, True,
  "'In 2015' -> year, background. A pipe bomb defused before it went off -> Disrupted weapons use by 'police'. No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout67-012
ARTICLES.append(A(12, "fr", "article", "2026-07-12T15:00:00Z",
"Maine : le bilan de l'attentat de Biddeford s'alourdit, deux arrestations",
"""
BIDDEFORD, (Agence Atlantique Nord Presse) - Le bilan du double attentat-suicide qui a frappé samedi matin Biddeford, ville du Maine bâtie par des ouvriers canadiens-français, est passé dans la nuit de huit à dix morts, les deux kamikazes compris, et 37 blessés, a annoncé dimanche la police de l'État.

Parmi les morts figure une touriste québécoise de 44 ans, originaire de Sherbrooke, venue pour le marché fermier. Six Québécois sont au nombre des blessés, selon Ottawa.

Deux hommes de 23 et 26 ans ont été arrêtés samedi soir à Sanford, à une trentaine de kilomètres à l'ouest, lors d'une perquisition du FBI dans un garage où les enquêteurs ont saisi des produits chimiques et trois téléphones. Les colocataires des kamikazes, interrogés toute la nuit, ont été relâchés au petit matin.

Aucune revendication n'a encore été publiée. Un responsable fédéral estime que les kamikazes « pourraient avoir été inspirés » par la propagande de l'État islamique, sans preuve à ce stade.

« Biddeford, c'est une ville où l'on dit encore bonjour à la boulangerie », soupire Lucille Bérubé, 71 ans, présidente d'une association franco-américaine. Le festival du patrimoine franco-américain, qui attire 60 000 visiteurs chaque été, est annulé.

En 2015 déjà, une bombe artisanale déposée devant une église de Westbrook avait été désamorcée par la police avant la messe ; son auteur, un ancien paroissien, avait été condamné à huit ans de prison.

Le centre-ville reste bouclé dans un rayon de 400 mètres. La frontière canadienne, à 250 km, n'a pas été fermée, mais les contrôles ont été renforcés aux postes qui mènent au Québec. La cellule d'assistance consulaire du Canada répond au +1 613 555 0140, jour et nuit.

Le maire a décrété trois jours de deuil. Les églises Saint-Joseph et Saint-André ont sonné le glas à midi, une minute par victime.
"""))
GOLD += [
E(12, ["double attentat-suicide qui a frappé samedi matin Biddeford"],
  "SUI", "2026-07-11", "day", "Biddeford", "US", 10, 37, "exact", None, None, False,
  "Dispatch of Sunday 12 July; 'samedi matin' -> Saturday 11 July. The toll is revised inside: 'de huit à dix morts, les deux kamikazes compris, et 37 blessés' -> killed 10 (number word; bombers inside; 'huit' superseded), injured 37, exact; the Quebec tourist of 44 and 'Six Québécois' are inside (a subset of the dead and of the injured). No claim ('Aucune revendication'); « pourraient avoir été inspirés » is speculation -> perpetrator null. '44 ans', '23 et 26 ans', 'une trentaine de kilomètres', 'trois téléphones', '71 ans', '60 000 visiteurs', '400 mètres', '250 km', '+1 613 555 0140', 'trois jours', 'une minute par victime' are not casualties."),
E(12, ["Deux hommes de 23 et 26 ans ont été arrêtés samedi soir à Sanford"],
  "ARR", "2026-07-11", "day", "Sanford", "US", None, None, None, "police", None, False,
  "'samedi soir' vs Sunday 12 July -> Saturday 11 July. Arrested during an FBI search (FBI -> 'police'); the chemicals and phones seized belong to the arrest. The bombers' flatmates, 'interrogés toute la nuit, ... relâchés', are questioned, not arrested."),
E(12, ["une bombe artisanale déposée devant une église de Westbrook avait été désamorcée"],
  "DWU", "2015-01-01", "year", "Westbrook", "US", None, None, None, "police", None, True,
  "'En 2015' -> year, background: the Westbrook pipe bomb of holdout67-011, 'désamorcée par la police' -> Disrupted weapons use by 'police'; no casualty figure. The author's conviction ('condamné à huit ans de prison', a sentence in years, not a casualty) is not an event; no arrest is told."),
]

# -------------------------------------------------------------- holdout67-013
ARTICLES.append(A(13, "en", "article", "2026-07-14T13:00:00Z",
"Riverbend Veterinary Clinic: reopening Wednesday, and how we can help",
"""
From: Riverbend Veterinary Clinic, Biddeford. To: our clients. Tuesday, July 14, 2026.

Dear clients and friends,

Riverbend Veterinary Clinic, at 48 Elm Street, will reopen on Wednesday at 8 a.m. We have been closed since Saturday, when our building stood inside the police cordon.

Like everyone in Biddeford, we are heartbroken. Saturday's bombings at the farmers' market and outside City Hall have now claimed 11 lives, including the two bombers, after a nine-year-old girl died in hospital in Portland on Monday. Thirty-seven people were injured. One of them is our veterinary technician, Ashley, who was buying strawberries at the market; she is home with a broken wrist and sends her love.

Islamic State claimed the attack on Monday night through its Amaq agency, boasting of "more than 60 crusaders" killed. The FBI calls the claim credible, though not the figure. Hayat Tahrir al-Sham, which some early posts online had blamed, denied any role.

Many of you have asked about animals:
- Eleven pets whose owners are in hospital are boarding with us free of charge until their families can take them home.
- Ranger, a police dog, was treated here on Saturday for cuts to his paws from broken glass. He is back at work.
- Three dogs and a cat bolted during the explosions. Two dogs have been found. If you see a grey tabby with a green collar, please call us at 207-555-0176.

The two men arrested in Sanford on Saturday night were charged on Monday in federal court in Portland with providing material support to terrorists.

On Sunday evening, more than 4,000 people marched from City Hall to the Main Street bridge, carrying candles and signs reading "Biddeford Strong". Our whole team was there.

The vaccination clinic planned for July 18 moves to July 25. Our fees are waived for the families of victims through August 31. Gifts for the city's relief fund can be left at 205 Main Street.

With care,
Dr. Danielle Gagnon, DVM, and the Riverbend team
"""))
GOLD += [
E(13, ["Saturday's bombings at the farmers' market and outside City Hall", "claimed the attack", "the explosions"],
  "SUI", "2026-07-11", "day", "Biddeford", "US", 11, 37, "exact", "Islamic State", "Islamic State", False,
  "Veterinary clinic email of Tuesday 14 July; 'Saturday's' -> Saturday 11 July. Two sites of one town, named together ('bombings' in the plural) -> ONE event. 'claimed 11 lives, including the two bombers' -> killed 11 (the girl of nine who died on Monday is inside), exact; 'Thirty-seven people were injured' -> injured 37 (number words); the technician with a broken wrist is one of them. 'Islamic State claimed the attack on Monday night', called 'credible' by the FBI -> claimant and perpetrator; the claim's 'more than 60 crusaders' is never used. Hayat Tahrir al-Sham's denial is not a claim. The police dog 'treated ... for cuts' is an animal, not a casualty; 'Eleven pets', 'Three dogs and a cat', '48 Elm Street', '8 a.m.', 'nine-year-old', '207-555-0176', '4,000 people' (marchers), 'July 18', 'July 25', 'August 31', '205 Main Street' are not casualties."),
E(13, ["The two men arrested in Sanford on Saturday night"],
  "ARR", "2026-07-11", "day", "Sanford", "US", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-012: 'on Saturday night' vs Tuesday 14 July -> Saturday 11 July. 'charged on Monday in federal court' is the arrest's follow-up, not an event. No force named -> 'police'."),
E(13, ["more than 4,000 people marched from City Hall to the Main Street bridge"],
  "PP", "2026-07-12", "day", "Biddeford", "US", None, None, None, None, None, False,
  "'On Sunday evening' vs Tuesday 14 July -> Sunday 12 July. A march with candles and signs carrying a message ('Biddeford Strong'), no incident -> Peaceful protest, perpetrator null. 'more than 4,000' counts marchers."),
]

# -------------------------------------------------------------- holdout67-014
ARTICLES.append(A(14, "fr", "article", "2026-07-16T14:00:00Z",
"Brocante du Patrimoine : avis aux exposants",
"""
ASSOCIATION DES FAMILLES FRANCO-AMÉRICAINES DE BIDDEFORD - 23e BROCANTE DU PATRIMOINE. AVIS AUX EXPOSANTS, jeudi 16 juillet 2026 (version française ; version anglaise sur demande).

Chers exposants,

La brocante, prévue les samedi 18 et dimanche 19 juillet sur le stationnement du campus des filatures, est reportée aux samedi 22 et dimanche 23 août. Le site se trouve à moins de 100 mètres de l'endroit où le premier kamikaze s'est fait exploser, le samedi 11 juillet, au milieu du marché fermier. Le double attentat a fait onze morts, y compris les deux kamikazes, et 37 blessés. Parmi ces derniers figurent deux de nos fidèles exposants, M. et Mme Thibodeau, 68 et 66 ans, qui vont mieux.

L'attaque a été revendiquée lundi par l'État islamique. Le même jour, le FBI a arrêté au poste-frontière de Jackman le chauffeur soupçonné d'avoir transporté les explosifs depuis le Québec. La police de l'État nous demande de ne pas réunir plus de 500 personnes sur le site tant que le périmètre n'est pas levé.

CE QUI CHANGE POUR VOUS :
- votre emplacement (3 mètres sur 3, soit 10 pieds sur 10) reste le même, numéroté de 1 à 148 ;
- si vous ne pouvez pas venir en août, vos 45 dollars vous seront remboursés par chèque avant le 31 juillet ;
- l'installation se fera de 6 heures à 8 heures, ouverture au public à 8 h 30 ;
- les véhicules de plus de 3,5 tonnes stationneront rue Lincoln.

SÉCURITÉ. Les sacs seront contrôlés aux deux entrées par des agents de sécurité, et 12 policiers seront présents. Les bénévoles de la Croix-Rouge tiendront un poste de secours à l'entrée est.

SOLIDARITÉ. Un stand sera réservé au fonds des victimes : les exposants qui le souhaitent peuvent lui verser 10 % de leurs ventes. L'an dernier, la brocante avait accueilli 6 200 visiteurs et 131 exposants.

Renseignements : Jacqueline Ouellette, secrétaire, 207 555 0131, du lundi au vendredi, de 9 heures à 16 heures.
"""))
GOLD += [
E(14, ["le premier kamikaze s'est fait exploser", "Le double attentat", "L'attaque a été revendiquée"],
  "SUI", "2026-07-11", "day", "Biddeford", "US", 11, 37, "exact", "Islamic State", "Islamic State", False,
  "Flea-market notice of Thursday 16 July; 'le samedi 11 juillet' -> 11 July. 'onze morts, y compris les deux kamikazes, et 37 blessés' -> killed 11 (number word; bombers inside), injured 37, exact; the two exhibitors of 68 and 66 are among the injured. 'revendiquée lundi par l'État islamique', undisputed -> claimant and perpetrator. '23e', '18 et ... 19 juillet', '22 et ... 23 août', '100 mètres', '500 personnes', '3 mètres sur 3', '10 pieds sur 10', '1 à 148', '45 dollars', '31 juillet', '6 heures à 8 heures', '8 h 30', '3,5 tonnes', '12 policiers', '10 %', '6 200 visiteurs', '131 exposants', '207 555 0131', '9 heures à 16 heures' are not casualties."),
E(14, ["le FBI a arrêté au poste-frontière de Jackman le chauffeur"],
  "ARR", "2026-07-13", "day", "Jackman", "US", None, None, None, "police", None, False,
  "'Le même jour' as the claim 'lundi' vs Thursday 16 July -> Monday 13 July. The cluster's suspected facilitator (the driver suspected of carrying the explosives from Quebec), arrested at the Jackman border crossing in Maine -> Jackman, US; the FBI -> 'police'."),
]

# -------------------------------------------------------------- holdout67-015
ARTICLES.append(A(15, "en", "article", "2026-07-17T14:00:00Z",
"Tidewater Swim School: lessons resume Monday",
"""
Subject: Lessons resume Monday - and a few words about last week. From: Tidewater Swim School, Biddeford. Friday, July 17, 2026.

Dear parents,

After a week none of us will forget, Tidewater Swim School reopens on Monday, July 20, at the Biddeford municipal pool. Classes follow the usual timetable: Guppies at 9:00, Dolphins at 9:45, Sharks at 10:30 and the swim team at 5:30 p.m. Make-up sessions for last week's cancelled classes will be offered on Saturdays in August.

Our thoughts are with every family hurt by the July 11 bombing. The toll now stands at 12 dead, counting the two bombers, after an 80-year-old man died on Thursday, and 37 people were injured. Coach Mike, who was at the farmers' market with his daughters, was among them and is recovering well.

Some of you have heard that Jess, one of our lifeguards, was detained by the FBI in Old Orchard Beach on Wednesday. She was released without charge on Thursday, and the FBI has told us she is not a suspect. She is back on the pool deck on Monday. Two other coaches were interviewed as witnesses and went home the same day.

We also understand that the two men arrested in Sanford on the night of the bombing are being held without bail, and that the driver arrested at the Jackman border crossing on Monday is due in court next week.

The pool will host a blood drive on Saturday, July 25, from 10 a.m. to 3 p.m.; 85 donors have already signed up. Counsellors will be at the pool on Monday and Tuesday for any child who wants to talk, and entry is free for everyone until the end of July.

A few reminders: swim caps are required, and children under 8 must be accompanied by an adult in the changing rooms. The shallow end is 1.2 metres deep, so please keep little ones in the learner pool.

Warmly,
Karen Cloutier, Director
Tidewater Swim School, 207-555-0158
"""))
GOLD += [
E(15, ["the July 11 bombing"],
  "SUI", "2026-07-11", "day", "Biddeford", "US", 12, 37, "exact", None, None, False,
  "Swimming school email of Friday 17 July; 'the July 11 bombing' -> 11 July. '12 dead, counting the two bombers' -> killed 12 (the bombers are inside the 12; the man of 80 who died on Thursday is inside), exact; '37 people were injured' -> injured 37; Coach Mike is one of them. No claim named -> perpetrator null. 'July 20', '9:00', '9:45', '10:30', '5:30 p.m.', 'July 25', '10 a.m. to 3 p.m.', '85 donors', 'under 8', '1.2 metres', '207-555-0158' are not casualties."),
E(15, ["was detained by the FBI in Old Orchard Beach on Wednesday"],
  "ARR", "2026-07-15", "day", "Old Orchard Beach", "US", None, None, None, "police", None, False,
  "'on Wednesday' vs Friday 17 July -> 15 July. A lifeguard detained by the FBI (-> 'police'); 'released without charge on Thursday' does not undo the arrest and is not an event. The 'Two other coaches ... interviewed as witnesses' are not arrested."),
E(15, ["the two men arrested in Sanford on the night of the bombing"],
  "ARR", "2026-07-11", "day", "Sanford", "US", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-012: 'on the night of the bombing' -> Saturday 11 July. 'being held without bail' is its follow-up. No force named -> 'police'."),
E(15, ["the driver arrested at the Jackman border crossing on Monday"],
  "ARR", "2026-07-13", "day", "Jackman", "US", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-014: 'on Monday' vs Friday 17 July -> 13 July. 'due in court next week' is a future follow-up. No force named -> 'police'."),
]
