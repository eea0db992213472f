"""Authoring source of benchmarks/events_holdout66 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Santa Ana, El Salvador cluster (holdout66-016 to 020; English and
French), two suicide bombers on the morning of Saturday 10 October 2026 at two
sites of one town (the front of the cathedral on Parque Libertad and the
entrance of the central market, about 400 m and five minutes apart): an
English wire with a first report (016), the English version of a vet
practice's appointment email (017), the French notice of a lakeside
campsite to its pitch holders (« avis aux campeurs », fr 018), an English
plumber's appointment notice to his customers in Maryland (019) and a French
association's notice to the exhibitors of a charity flea market (« avis des
organisateurs d'un vide-grenier », fr 020). El Salvador is UTC-6, Maryland
UTC-4 and France UTC+2 in October: every publication time here is between
09:00 and 22:00 UTC and gives the same local date in the place of
publication (016: 22:00 UTC = 16:00 in Santa Ana). The gold keeps the
Spanish spellings with accents that English also uses ("Ahuachapán") and
"Chalchuapa", "El Congo", "Sonsonate", "Chiquimula". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout66")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout66-016
ARTICLES.append(A(16, "en", "article", "2026-10-10T22:00:00Z",
"Twin suicide bombing kills at least seven in El Salvador's Santa Ana",
"""
SANTA ANA, El Salvador (Isthmus Wire) - Two suicide bombers blew themselves up five minutes apart in the centre of Santa Ana, El Salvador's second city, on Saturday morning, killing at least seven people, including themselves, and wounding more than 30, police said.

The first bomber set off explosives hidden in a backpack at about 10:15 a.m. in front of the cathedral on Parque Libertad, where a wedding party was posing for photographs. The second struck at 10:20 at the entrance of the central market, some 400 metres to the south.

"The bride was still holding her flowers," said Marta Cañas, 63, who sells lottery tickets on the corner of 2nd Avenue South. "Then the second one went off behind us."

No group claimed the bombing, a form of attack unknown in the country. A police commissioner, Rodrigo Alas, said investigators were looking into whether jailed leaders of MS-13 "could have ordered it from prison", but that it was "too early to point at anyone".

El Salvador has seen few bombings. In 2019 a grenade thrown at a police post in Ahuachapán wounded two officers, and in 2021 police defused a homemade bomb left on a bus at the Sonsonate terminal.

Soldiers and some 1,500 police officers were sent to Santa Ana, 64 km north-west of San Salvador. The road to the Guatemalan border at San Cristóbal was closed for three hours, the Santa Ana Theatre cancelled its 7 p.m. concert, and the Red Cross asked for O-negative blood donors. A government hotline, 2591 3000, was opened for relatives, and the education ministry said the city's 112 public schools would stay closed on Monday.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up five minutes apart in the centre of Santa Ana", "The first bomber set off explosives", "The second struck", "the second one went off", "claimed the bombing"],
  "SUI", "2026-10-10", "day", "Santa Ana", "SV", 7, 30, "at_least", None, None, False,
  "Wire of Saturday 10 October 2026 (16:00 in Santa Ana, UTC-6); 'on Saturday morning' = the publication day. Two sites of one town (the cathedral on Parque Libertad and the central market, 'some 400 metres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people, including themselves, and wounding more than 30' -> killed 7 (the bombers are already inside), at_least; injured 30 ('more than 30'; the qualifier describes the killed figure). 'No group claimed the bombing'; 'looking into whether jailed leaders of MS-13 could have ordered it' is speculation -> perpetrator null. '10:15 a.m.', '10:20', '400 metres', '63', '2nd Avenue', '1,500 police officers', '64 km', 'three hours', '7 p.m.', '2591 3000', '112 public schools' are not casualties."),
E(16, ["a grenade thrown at a police post in Ahuachapán"],
  "GRN", "2019-01-01", "year", "Ahuachapán", "SV", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background. A thrown grenade -> Grenade; no author -> null. 'wounded two officers' -> injured 2 (number word), exact."),
E(16, ["police defused a homemade bomb left on a bus at the Sonsonate terminal"],
  "DWU", "2021-01-01", "year", "Sonsonate", "SV", None, None, None, "police", None, True,
  "'in 2021' -> year, background. A bomb defused on its own -> Disrupted weapons use by 'police'. No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout66-017
ARTICLES.append(A(17, "en", "article", "2026-10-12T14:00:00Z",
"Los Volcanes Veterinary Clinic: changes to your appointment",
"""
LOS VOLCANES VETERINARY CLINIC, Santa Ana - Appointment email to clients (English version for our international clients). Monday 12 October 2026.

Dear client,

After Saturday's bombing in the city centre, we are writing to everyone who has an appointment with us this week.

First, the news we all dread. The first reports on Saturday spoke of at least seven dead. The Health Ministry's figure this morning is eleven people killed, not counting the two bombers, and 43 wounded. Among the dead is Kevin, 19, the nephew of our receptionist Ana, who died of his wounds on Sunday. We ask you to be patient with our front desk this week.

Our clinic is closed today and will reopen on Tuesday 13 October at 8:00. The police have sealed off the blocks around Parque Libertad; please use our back entrance on 11th Street East. Roads towards Chalchuapa are slow because of checkpoints: two men were arrested there on Saturday night.

Two police dogs, Rocco and Luna, who searched the market after the blasts, were treated here on Sunday for cut paws. Both are back on duty.

Your appointment:
- Appointments booked for Monday will be moved; we will call you today.
- The vaccination morning moves to Saturday 17 October, 8:00 to 12:00: rabies 12 dollars, combined puppy vaccine 25 dollars.
- Please fast your pet for 12 hours before surgery. Cats under 4 kg pay the reduced anaesthetic rate (40 dollars).
- Boarding is full until Sunday (22 kennels, 8 cat cages).
- Repeat prescriptions can be collected from Wednesday, 9:00 to 17:00.

Emergency line, 24 hours: 2440 8815, or WhatsApp 7712 0934.

With our thanks for your messages,

Dr Sofía Menjívar and the team
"""))
GOLD += [
E(17, ["Saturday's bombing in the city centre", "the blasts"],
  "SUI", "2026-10-10", "day", "Santa Ana", "SV", 13, 43, "exact", None, None, False,
  "Vet practice's email of Monday 12 October; 'Saturday's' -> 10 October. The toll is revised inside: 'at least seven dead' (the first reports, superseded) -> 'eleven people killed, not counting the two bombers, and 43 wounded' -> killed 11 + 2 = 13 (the bombers are added), injured 43, exact; Kevin, 19, who died on Sunday, is inside. No claim -> perpetrator null. The police dogs treated for cut paws are not casualties (people only). '19', '13 October', '8:00', '11th Street', '17 October', '8:00 to 12:00', '12 dollars', '25 dollars', '12 hours', '4 kg', '40 dollars', '22 kennels', '8 cat cages', '9:00 to 17:00', '2440 8815', '7712 0934' are not casualties."),
E(17, ["two men were arrested there on Saturday night"],
  "ARR", "2026-10-10", "day", "Chalchuapa", "SV", None, None, None, "police", None, False,
  "'on Saturday night' vs Monday 12 October -> 10 October, the night of the bombing; 'there' refers to Chalchuapa, named in the same sentence -> Chalchuapa. No force named; the police checkpoints -> 'police'."),
]

# -------------------------------------------------------------- holdout66-018
ARTICLES.append(A(18, "fr", "article", "2026-10-13T15:00:00Z",
"Camping du lac : avis aux campeurs",
"""
CAMPING LES TROIS VOLCANS - lac de Coatepeque (Salvador). AVIS AUX CAMPEURS ET AUX TITULAIRES D'EMPLACEMENTS. Mardi 13 octobre 2026.

Chers campeurs,

Comme vous le savez, un double attentat-suicide a frappé samedi matin le centre de Santa Ana, à 18 km d'ici, devant la cathédrale puis à l'entrée du marché central. Le bilan communiqué hier soir par le ministère de la Santé est de treize morts, dont les deux kamikazes, et quarante-trois blessés.

Lundi soir, la Mara Salvatrucha (MS-13) a revendiqué l'attentat dans une vidéo où elle se vante de « plus de cinquante policiers tués ». La police nationale juge la revendication crédible. Le gang rival Barrio 18 a nié toute implication.

Ce qui change pour vous :

1. Routes. La police contrôle tous les véhicules à l'entrée d'El Congo, où un homme soupçonné d'avoir hébergé les kamikazes a été interpellé dimanche. Prévoyez 30 minutes de plus pour rejoindre Santa Ana.

2. Excursions. Les sorties au volcan de Santa Ana (départ à 7 heures, 25 dollars) sont suspendues jusqu'à dimanche ; le parc national est fermé.

3. Sécurité. Le portail restera fermé de 22 heures à 6 heures ; le gardien de nuit fera une ronde toutes les deux heures.

4. Témoins. Deux de nos employés, qui se trouvaient au marché samedi, ont été entendus lundi par la police comme témoins, puis laissés libres. Merci de respecter leur discrétion.

5. Emplacements. Les emplacements 12 à 18, au bord de l'eau, restent réservés jusqu'au 31 octobre ; l'électricité (10 ampères) est facturée 4 dollars par jour.

6. Annulations. Tout séjour annulé avant le 20 octobre sera remboursé à 100 %.

Le lac (120 mètres de profondeur, 24 °C en surface) reste ouvert à la baignade de 8 heures à 17 heures.

Accueil : +503 7841 2290, de 7 heures à 21 heures.

La direction
"""))
GOLD += [
E(18, ["un double attentat-suicide a frappé samedi matin le centre de Santa Ana", "a revendiqué l'attentat"],
  "SUI", "2026-10-10", "day", "Santa Ana", "SV", 13, 43, "exact", "MS-13", "MS-13", False,
  "Campsite notice of Tuesday 13 October (09:00 in El Salvador); 'samedi matin' -> 10 October. Two sites of one town -> ONE event. 'treize morts, dont les deux kamikazes, et quarante-trois blessés' -> killed 13 (bombers inside), injured 43 (number words), exact. 'la Mara Salvatrucha (MS-13) a revendiqué l'attentat', judged 'crédible' by the national police -> 'MS-13' (the canonical name earlier sets use), claimant and perpetrator; its 'plus de cinquante policiers tués' is never used. Barrio 18's denial is not a claim. '18 km', '30 minutes', '7 heures', '25 dollars', '22 heures à 6 heures', 'deux heures', 'emplacements 12 à 18', '31 octobre', '10 ampères', '4 dollars', '20 octobre', '100 %', '120 mètres', '24 °C', '8 heures à 17 heures', '+503 7841 2290', '7 heures à 21 heures' are not casualties. 'Deux de nos employés', heard as witnesses and 'laissés libres', are not arrested."),
E(18, ["un homme soupçonné d'avoir hébergé les kamikazes a été interpellé dimanche"],
  "ARR", "2026-10-11", "day", "El Congo", "SV", None, None, None, "police", None, False,
  "'dimanche' vs Tuesday 13 October -> 11 October. A man suspected of lodging the bombers, arrested in El Congo ('où' = El Congo). No force named; the police of the checkpoints -> 'police'."),
]

# -------------------------------------------------------------- holdout66-019
ARTICLES.append(A(19, "en", "article", "2026-10-17T13:00:00Z",
"Ramírez Plumbing: appointment changes, October 19 to 30",
"""
RAMÍREZ PLUMBING & HEATING LLC - Appointment notice to customers. Hyattsville, Maryland, Saturday, October 17, 2026.

Dear customers,

I am writing to let you know that I will be away from Monday, October 19, to Friday, October 30. My family is from Santa Ana, in El Salvador, and my wife's cousin Jorge, a bus driver, was among those killed in last Saturday's suicide bombing in the city. We are flying down for the funeral and to help his children.

Many of you have asked for news. The toll is now 14 dead, including the two men who blew themselves up, and 43 injured; a nurse died on Wednesday. The attack was claimed by MS-13, and the police say the claim is genuine, although its rival Barrio 18 denied any role and some officials say the bombers "may have been" paid by others. Police in Guatemala arrested a man in Chiquimula on Thursday who is accused of supplying the explosives. The two men arrested in Chalchuapa on the night of the bombing were charged on Friday and ordered held for six months, and a man detained in El Congo last Sunday was released without charge on Tuesday. On Wednesday, thousands of people marched in silence through Santa Ana, asking for peace.

Your appointments:
- Jobs booked for October 19 to 23 will be done by my colleague Dwayne Foster (license MPL 48213), at the same prices. He will call you.
- Jobs for October 26 to 30 are moved to the week of November 2. If you would rather keep your date, call Dwayne.
- Emergencies (burst pipes, no heat, gas smell): 301-555-0187, 24 hours a day. The call-out fee stays at $95, then $120 an hour.
- Water heater replacements: the 50-gallon model is back in stock at $1,450 installed.

Reminder: before the first frost, disconnect your garden hoses and shut the outside valve. Our furnace checks ($89) start on November 2.

Thank you for your patience and for your kind messages.

Luis Ramírez, Licensed Master Plumber
"""))
GOLD += [
E(19, ["last Saturday's suicide bombing in the city", "The attack was claimed"],
  "SUI", "2026-10-10", "day", "Santa Ana", "SV", 14, 43, "exact", "MS-13", "MS-13", False,
  "Plumber's notice of Saturday 17 October (Maryland, UTC-4); 'last Saturday's' on a Saturday -> the most recent Saturday before publication, 10 October. 'The toll is now 14 dead, including the two men who blew themselves up, and 43 injured; a nurse died on Wednesday' -> killed 14 (bombers inside; the nurse and the cousin Jorge are inside), injured 43, exact. 'The attack was claimed by MS-13, and the police say the claim is genuine' -> claimant and perpetrator 'MS-13'. Barrio 18's denial is not a claim; 'may have been' paid by others is speculation. 'October 19', 'October 30', 'October 19 to 23', 'MPL 48213', 'October 26 to 30', 'November 2', '301-555-0187', '24 hours', '$95', '$120', '50-gallon', '$1,450', '$89' are not casualties."),
E(19, ["Police in Guatemala arrested a man in Chiquimula on Thursday"],
  "ARR", "2026-10-15", "day", "Chiquimula", "GT", None, None, None, "police", None, False,
  "'on Thursday' vs Saturday 17 October -> 15 October. The cluster's suspected facilitator (accused of supplying the explosives), arrested in Chiquimula, Guatemala -> GT; the Guatemalan police -> 'police'."),
E(19, ["The two men arrested in Chalchuapa on the night of the bombing"],
  "ARR", "2026-10-10", "day", "Chalchuapa", "SV", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-017: 'on the night of the bombing' -> 10 October. 'charged on Friday and ordered held for six months' is its judicial follow-up. No force named -> 'police'."),
E(19, ["a man detained in El Congo last Sunday"],
  "ARR", "2026-10-11", "day", "El Congo", "SV", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-018: 'last Sunday' vs Saturday 17 October -> 11 October. 'released without charge on Tuesday': the release does not undo the arrest and is no event. -> 'police'."),
E(19, ["thousands of people marched in silence through Santa Ana"],
  "PP", "2026-10-14", "day", "Santa Ana", "SV", None, None, None, None, None, False,
  "'On Wednesday' vs Saturday 17 October -> 14 October. A silent march 'asking for peace', no incident -> Peaceful protest, perpetrator null. 'thousands' counts marchers."),
]

# -------------------------------------------------------------- holdout66-020
ARTICLES.append(A(20, "fr", "article", "2026-10-22T09:00:00Z",
"Vide-grenier solidaire pour Santa Ana : infos pratiques",
"""
VIDE-GRENIER SOLIDAIRE « POUR SANTA ANA » - Avis des organisateurs aux exposants. Association Les Amis du Salvador de Vierzon, jeudi 22 octobre 2026.

Le dimanche 8 novembre, de 7 heures à 18 heures, notre association organise un vide-grenier place de la Libération au profit des victimes du double attentat-suicide du 10 octobre à Santa Ana, au Salvador. L'attentat, commis par deux kamikazes devant la cathédrale et à l'entrée du marché central, a fait quatorze morts, y compris ses deux auteurs, et quarante-trois blessés. Il a été revendiqué par la MS-13, une revendication que la police salvadorienne juge authentique.

Notre présidente, Gloria Mejía, est originaire de Santa Ana. Elle y était la semaine dernière et a vu « une ville qui se relève » : le marché a rouvert mardi, et la police a arrêté jeudi dernier à Chiquimula, au Guatemala, l'homme soupçonné d'avoir fourni les explosifs. Deux autres suspects, arrêtés à Chalchuapa le soir même de l'attentat, sont en détention provisoire pour six mois.

Infos pratiques pour les exposants :
- emplacement de 3 mètres : 12 euros (6 euros pour les habitants du quartier), véhicule derrière le stand : 5 euros de plus ;
- inscriptions jusqu'au 4 novembre au 06 42 18 77 31, ou à la permanence du samedi, de 10 heures à 12 heures, salle des fêtes, 14 rue de la Gare ;
- installation de 6 heures à 7 h 30, pièce d'identité obligatoire pour le registre de la préfecture ;
- interdits : armes, même factices, animaux vivants, denrées non emballées.

La buvette et le stand de pupusas salvadoriennes seront tenus par nos bénévoles (3 euros la pupusa, 1,50 euro le café). Une urne sera placée à l'entrée. L'an dernier, notre vide-grenier avait réuni 214 exposants et rapporté 3 800 euros.

Tous les bénéfices seront versés à la Croix-Rouge salvadorienne, qui soigne encore une vingtaine de blessés à Santa Ana.
"""))
GOLD += [
E(20, ["du double attentat-suicide du 10 octobre à Santa Ana", "L'attentat, commis par deux kamikazes"],
  "SUI", "2026-10-10", "day", "Santa Ana", "SV", 14, 43, "exact", "MS-13", "MS-13", False,
  "Flea market notice of Thursday 22 October (France, UTC+2); 'du 10 octobre' -> 10 October (12 days before -> current). 'quatorze morts, y compris ses deux auteurs, et quarante-trois blessés' -> killed 14 (bombers inside), injured 43 (number words), exact; « une vingtaine de blessés » still treated is a subset. 'revendiqué par la MS-13', judged 'authentique' -> claimant and perpetrator 'MS-13'. '8 novembre', '7 heures à 18 heures', '3 mètres', '12 euros', '6 euros', '5 euros', '4 novembre', '06 42 18 77 31', '10 heures à 12 heures', '14 rue de la Gare', '6 heures à 7 h 30', '3 euros', '1,50 euro', '214 exposants', '3 800 euros' are not casualties."),
E(20, ["la police a arrêté jeudi dernier à Chiquimula"],
  "ARR", "2026-10-15", "day", "Chiquimula", "GT", None, None, None, "police", None, False,
  "'jeudi dernier' on a Thursday -> the most recent Thursday before publication, 15 October (the Chiquimula arrest of holdout66-019, restated): the man suspected of supplying the explosives, arrested in Chiquimula, Guatemala -> GT. 'la police' (the Guatemalan police of holdout66-019) -> 'police'."),
E(20, ["Deux autres suspects, arrêtés à Chalchuapa le soir même de l'attentat"],
  "ARR", "2026-10-10", "day", "Chalchuapa", "SV", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-017: 'le soir même de l'attentat' -> 10 October. 'en détention provisoire pour six mois' is its judicial follow-up. -> 'police'."),
]
