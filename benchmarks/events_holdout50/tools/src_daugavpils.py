"""Authoring source of benchmarks/events_holdout50 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Daugavpils, Latvia cluster (holdout50-016 to 020, and 021 six
weeks later; English and French), two suicide bombers on Saturday 10
October 2026 at two sites of one town (the main hall of the railway station
and the tram stop outside the Unity House, about 600 m and six minutes
apart): an English wire with the first report (016), a gym's email to its
members (017), the postponement notice of a French-speaking club's charity
run ("report d'une course solidaire", fr 018), an estate agent's market
note for French-speaking clients ("note de marché", fr 019), an English
wire on a facilitator's arrest and charges (020) and, numbered after the
clusters, a reinsurer's bulletin of 23 November that reviews all four
bombings of the set (021). Latvia is UTC+3 until 25 October and UTC+2
after it, Switzerland UTC+1 in November: every publication time here is
between 06:00 and 12:00 UTC, so every local date is the UTC date. The gold
keeps the Latvian spellings with diacritics ("Rēzekne", "Jēkabpils",
"Krāslava", "Liepāja"), which the English wires write without them, and
"Daugavpils", "Jelgava", "Ludza". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout50")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout50-016
ARTICLES.append(A(16, "en", "article", "2026-10-10T12:00:00Z",
"Two suicide bombers kill at least nine in Latvia's Daugavpils",
"""
DAUGAVPILS, Latvia (Baltic Wire) - Two suicide bombers blew themselves up six minutes apart in the centre of Daugavpils, Latvia's second-largest city, on Saturday morning, killing at least nine people, among them the two attackers, and wounding dozens, police said.

The first explosion ripped through the main hall of the railway station at 9:15 a.m., as some 200 passengers waited for the 9:30 train to the capital. The second bomber set off his charge at 9:21 at the tram stop outside the Unity House, about 600 metres up Rigas iela, where people fleeing the station had gathered.

"I saw a man with a big sports bag walk into the crowd, and then everything went white," said Jevgenija, 67, who had come to buy a ticket for her grandson. Tram line 1 was halted, and the 12 city schools that hold Saturday classes sent their pupils home.

No one claimed responsibility. Investigators were examining possible links to Islamic State, and a police source said the men could have crossed from Belarus, 25 km to the south, in recent days.

Latvia has seen little political violence since independence. In 2015 a homemade bomb killed the owner of a car dealership in Jelgava, and in 2018 a grenade thrown into a nightclub in Liepaja wounded three people.

The government declared Sunday a day of national mourning. Some 400 police officers and soldiers were sent from the capital, 230 km to the north-west, and the border crossings at Silene and Paternieki were closed. Daugavpils Regional Hospital, which has 700 beds, called for blood donors. The State Police opened a line for relatives on 110 and a second one, +371 6541 2020, for callers from abroad.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up six minutes apart in the centre of Daugavpils", "The first explosion ripped through the main hall of the railway station", "The second bomber set off his charge"],
  "SUI", "2026-10-10", "day", "Daugavpils", "LV", 9, 12, "at_least", None, None, False,
  "Wire of Saturday 10 October 2026 (15:00 in Daugavpils); 'on Saturday morning' = the publication day. Two sites of one town (the station's main hall and the tram stop outside the Unity House, 'about 600 metres' apart, 9:15 and 9:21) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people, among them the two attackers, and wounding dozens' -> killed 9 (bombers inside: 'among them'), at_least; injured 'dozens' -> 12 (dev table; the qualifier describes the killed figure). 'No one claimed responsibility'; 'examining possible links to Islamic State' and 'could have crossed from Belarus' are speculation -> perpetrator null. '9:15 a.m.', '200 passengers', '9:30', '9:21', '600 metres', '67', 'line 1', '12 city schools' (closed), '25 km', '400 police officers and soldiers', '230 km', '700 beds', '110', '+371 6541 2020' are not casualties."),
E(16, ["a homemade bomb killed the owner of a car dealership in Jelgava"],
  "IED", "2015-01-01", "year", "Jelgava", "LV", 1, None, "exact", None, None, True,
  "'In 2015' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author named -> null. 'killed the owner' -> killed 1, exact; injured null."),
E(16, ["a grenade thrown into a nightclub in Liepaja wounded three people"],
  "GRN", "2018-01-01", "year", "Liepāja", "LV", None, 3, "exact", None, None, True,
  "'in 2018' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'wounded three people' -> injured 3, exact. Gold spelling 'Liepāja' (English wire 'Liepaja')."),
]

# -------------------------------------------------------------- holdout50-017
ARTICLES.append(A(17, "en", "article", "2026-10-13T06:00:00Z",
"Dinaburg Fitness members told of reopening after station bombing",
"""
From: Dinaburg Fitness Club (members@dinaburgfit.example)
To: All members
Sent: Tuesday 13 October 2026, 09:00
Subject: We reopen on Wednesday, and a word about Saturday

Dear members,

Our club at 21 Stacijas iela, across from the railway station, has been closed since the twin suicide bombing of Saturday morning. We reopen tomorrow, Wednesday, at 6:00.

On Saturday the police spoke of nine dead. The toll is now 13 people killed, not counting the two bombers, and 44 injured. Among the dead is Arturs, 33, who trained with us every morning for six years; his funeral will be held on Friday. One of our trainers, Olga, was cut by glass at the station and is recovering at home.

Islamic State said on Monday that it was behind the attack. Police arrested two men in Rezekne, 90 km to the north-east, on Saturday night. Our night receptionist was questioned by the State Security Service on Sunday as a witness and went home that afternoon; please do not share rumours about him in the members' chat.

What changes:
- Opening hours until 31 October: 6:00 to 21:00 (instead of 22:00).
- Entrance from the courtyard only; the station side is still cordoned off.
- Bags larger than 40 x 30 cm are not allowed in the changing rooms; lockers 1 to 120 stay free of charge.
- All memberships are extended by 14 days at no cost. The monthly fee stays at 39 euros.
- The Sunday spinning class (25 bikes) is cancelled this week.

Many of you have asked how to help. The hospital needs blood: the donor centre at 26 Vienibas iela is open from 8:00 to 18:00, and 30 of our members have already given. We are also collecting money for Arturs's two children; the 1,860 euros raised so far will be handed to his family on Friday.

If you were near the station on Saturday and want to talk to someone, the crisis line, 116 123, is free and open 24 hours a day.

Take care of each other,
Dmitrijs Petrovs, manager
"""))
GOLD += [
E(17, ["the twin suicide bombing of Saturday morning", "behind the attack"],
  "SUI", "2026-10-10", "day", "Daugavpils", "LV", 15, 44, "exact", "Islamic State", "Islamic State", False,
  "Gym's email of Tuesday 13 October; 'of Saturday morning' -> 10 October. The club faces the Daugavpils railway station -> Daugavpils. The toll is revised inside: 'nine dead' (Saturday, superseded) -> 'The toll is now 13 people killed, not counting the two bombers, and 44 injured' -> killed 13 + 2 = 15 (the bombers are added), injured 44, exact; Arturs and the trainer Olga are inside. 'Islamic State said on Monday that it was behind the attack', undisputed -> claimant and perpetrator 'Islamic State'. '21 Stacijas iela', '6:00', '33', 'six years', '90 km', '31 October', '21:00', '22:00', '40 x 30 cm', 'lockers 1 to 120', '14 days', '39 euros', '25 bikes', '26 Vienibas iela', '8:00 to 18:00', '30 of our members' (blood donors), 'two children', '1,860 euros', '116 123', '24 hours' are not casualties."),
E(17, ["Police arrested two men in Rezekne"],
  "ARR", "2026-10-10", "day", "Rēzekne", "LV", None, None, None, "police", None, False,
  "'on Saturday night' vs Tuesday 13 October -> 10 October, the night of the bombing. 'Police' -> 'police'. Gold spelling 'Rēzekne' (the email writes 'Rezekne'). The night receptionist 'questioned ... as a witness' who 'went home that afternoon' is not arrested."),
]

# -------------------------------------------------------------- holdout50-018
ARTICLES.append(A(18, "fr", "article", "2026-10-15T07:00:00Z",
"La Course des Deux Rives est reportée au printemps",
"""
CERCLE FRANCOPHONE DE LATGALE - COURSE SOLIDAIRE DES DEUX RIVES : AVIS DE REPORT. Daugavpils, le jeudi 15 octobre 2026.

Chers coureurs, chers bénévoles,

La 6e Course des Deux Rives, prévue le dimanche 18 octobre au départ de la forteresse de Daugavpils, est reportée au dimanche 25 avril 2027. La police nous a demandé de renoncer à tout rassemblement de plus de 300 personnes dans le centre jusqu'à la fin du mois.

Le double attentat-suicide de samedi dernier, à la gare et devant la Maison de l'Unité, a fait seize morts, dont les deux kamikazes, et 44 blessés. Une étudiante de notre cours de français du soir, Līga, 22 ans, est décédée mercredi à l'hôpital régional. L'attentat a été revendiqué lundi par l'État islamique.

Mardi soir, près de 20 000 personnes ont marché en silence de la forteresse jusqu'à la gare, derrière une banderole « Daugavpils ne cédera pas ». Beaucoup d'entre vous y étaient, avec le tee-shirt orange de la course.

Nous tenons aussi à vous dire que Viktors, l'un de nos bénévoles, a été interpellé mercredi matin à Daugavpils parce que sa voiture ressemblait à celle des suspects. Il a été libéré sans poursuites le soir même et nous a demandé de vous l'écrire.

Pour les 640 inscrits :
- votre dossard (numéros 1 à 640) reste valable au printemps ;
- si vous préférez être remboursés, écrivez-nous avant le 15 novembre : les droits d'inscription (15 euros pour le 10 km, 8 euros pour le 5 km) vous seront rendus ;
- le parcours de 10 km restera le même, avec un départ à 10 heures.

Les 4 200 euros déjà collectés iront, comme prévu, au service des grands brûlés de l'hôpital régional, qui soigne aujourd'hui 11 blessés de l'attentat.

Renseignements : +371 2914 6630, ou au local du Cercle, 14 rue Saules, le mardi et le jeudi de 17 heures à 19 heures.

Sportivement,
Le comité d'organisation
"""))
GOLD += [
E(18, ["Le double attentat-suicide de samedi dernier", "L'attentat a été revendiqué", "blessés de l'attentat"],
  "SUI", "2026-10-10", "day", "Daugavpils", "LV", 16, 44, "exact", "Islamic State", "Islamic State", False,
  "Charity run's postponement notice of Thursday 15 October; 'samedi dernier' -> the most recent Saturday, 10 October; the station and the Unity House ('la Maison de l'Unité') are in Daugavpils. 'seize morts, dont les deux kamikazes, et 44 blessés' -> killed 16 (number word; bombers inside; Līga, 22, who died on Wednesday, is inside), injured 44, exact; '11 blessés de l'attentat' still treated is a subset. 'revendiqué lundi par l'État islamique', undisputed -> claimant and perpetrator. '6e', '18 octobre', '25 avril 2027', '300 personnes', '22 ans', '20 000 personnes' (marchers), '640 inscrits', 'numéros 1 à 640', '15 novembre', '15 euros', '10 km', '8 euros', '5 km', '10 heures', '4 200 euros', '+371 2914 6630', '14 rue Saules', '17 heures à 19 heures' are not casualties."),
E(18, ["près de 20 000 personnes ont marché en silence"],
  "PP", "2026-10-13", "day", "Daugavpils", "LV", None, None, None, None, None, False,
  "'Mardi soir' vs Thursday 15 October -> 13 October. A silent march from the fortress to the station with a message (the banner « Daugavpils ne cédera pas »), no incident -> Peaceful protest, perpetrator null. 'près de 20 000' counts marchers."),
E(18, ["a été interpellé mercredi matin à Daugavpils"],
  "ARR", "2026-10-14", "day", "Daugavpils", "LV", None, None, None, "police", None, False,
  "'mercredi matin' vs Thursday 15 October -> 14 October. A volunteer arrested in Daugavpils because his car looked like the suspects', 'libéré sans poursuites le soir même': the release without charge does not undo the arrest. No force named -> 'police' (the cluster's)."),
]

# -------------------------------------------------------------- holdout50-019
ARTICLES.append(A(19, "fr", "article", "2026-10-20T07:00:00Z",
"Latgale : le marché immobilier à l'arrêt après l'attentat",
"""
BALTIQUE CONSEIL IMMOBILIER - NOTE DE MARCHÉ N° 10/2026 : LATGALE. Rédigée pour notre clientèle francophone, Daugavpils, le mardi 20 octobre 2026.

Contexte. Dix jours après le double attentat-suicide du samedi 10 octobre à Daugavpils, qui a fait seize morts, y compris les deux kamikazes, et 44 blessés, le marché de la ville est à l'arrêt. La revendication de l'État islamique, diffusée le 12 octobre, a été jugée crédible par le Service de sécurité de l'État ; elle se vantait de « plus de soixante-dix croisés » tués. L'Émirat du Caucase, un temps cité, a démenti toute implication. Un responsable a déclaré que les kamikazes « pourraient avoir été hébergés » plusieurs semaines dans la région.

Enquête. Le propriétaire d'un appartement loué aux deux hommes rue Cietokšņa a été arrêté le lundi 12 octobre à Jēkabpils ; il reste en détention provisoire. Depuis, les demandes de location de meublés à la semaine se sont effondrées.

Prix. Le prix moyen des appartements anciens à Daugavpils s'établit à 640 euros le mètre carré (- 6 % en un mois). Dans le quartier de la gare, nous n'avons enregistré aucune vente depuis le 10 octobre ; deux compromis, de 38 000 et 52 000 euros, ont été annulés.

Locations. Un deux-pièces de 48 m² se loue 290 euros par mois. Le taux de vacance atteint 9 %, contre 5 % en septembre.

Commerces. Jeudi dernier, une manifestation de commerçants de la rue Rīgas, qui réclamaient la réouverture de leur rue, a été dispersée à coups de matraque par la police ; deux commerçants ont été blessés. Les loyers commerciaux (12 euros le m²) pourraient baisser de 20 %.

Nos conseils. Ne vendez pas dans la précipitation : après la bombe artisanale de 2015 à Jelgava, les prix avaient retrouvé leur niveau en 18 mois. Les acheteurs patients peuvent négocier jusqu'à 10 % de remise.

Contact : 5 rue Saules, +371 6542 8014, du lundi au vendredi de 9 heures à 18 heures.
"""))
GOLD += [
E(19, ["double attentat-suicide du samedi 10 octobre à Daugavpils", "La revendication de l'État islamique"],
  "SUI", "2026-10-10", "day", "Daugavpils", "LV", 16, 44, "exact", "Islamic State", "Islamic State", False,
  "Estate agent's market note of Tuesday 20 October; 'du samedi 10 octobre' -> 10 October. 'seize morts, y compris les deux kamikazes, et 44 blessés' -> killed 16 (bombers inside), injured 44, exact. 'La revendication de l'État islamique', judged 'crédible' by the State Security Service -> claimant and perpetrator; its 'plus de soixante-dix croisés' is the claim's own toll, never used. The Caucasus Emirate 'a démenti': a denial, not coded. 'pourraient avoir été hébergés' is speculation. The title's 'l'attentat' is not in the text. 'N° 10/2026', 'Dix jours', '12 octobre', '640 euros', '6 %', '38 000', '52 000 euros', '48 m²', '290 euros', '9 %', '5 %', '12 euros', '20 %', '18 mois', '10 %', '5 rue Saules', '+371 6542 8014', '9 heures à 18 heures' are not casualties."),
E(19, ["a été arrêté le lundi 12 octobre à Jēkabpils"],
  "ARR", "2026-10-12", "day", "Jēkabpils", "LV", None, None, None, "police", None, False,
  "'le lundi 12 octobre à Jēkabpils' -> 12 October, Jēkabpils. The owner of a flat let to the bombers. 'il reste en détention provisoire' is its follow-up, not an event. No force named -> 'police' (the cluster's)."),
E(19, ["une manifestation de commerçants de la rue Rīgas", "a été dispersée à coups de matraque par la police"],
  "PI", "2026-10-15", "day", "Daugavpils", "LV", None, 2, "exact", None, None, False,
  "'Jeudi dernier' vs Tuesday 20 October -> the most recent Thursday, 15 October. Shopkeepers of Rīgas street in Daugavpils demanding its reopening, dispersed 'à coups de matraque' by the police -> Protest with intervention, perpetrator null (dev). 'deux commerçants ont été blessés' -> injured 2, exact."),
E(19, ["la bombe artisanale de 2015 à Jelgava"],
  "IED", "2015-01-01", "year", "Jelgava", "LV", None, None, None, None, None, True,
  "'de 2015' -> year, background. A homemade bomb -> Remote explosive/landmine/IED. This note gives no toll (holdout50-016 and 020 give one death) -> null; no author -> null."),
]

# -------------------------------------------------------------- holdout50-020
ARTICLES.append(A(20, "en", "article", "2026-10-23T09:00:00Z",
"Latvian police arrest driver who ferried Daugavpils bombers",
"""
KRASLAVA, Latvia (Baltic Wire) - Latvian police on Thursday arrested a man in Kraslava suspected of driving the two Daugavpils suicide bombers from the Belarusian border to the city two days before the attack, prosecutors said on Friday.

The man, a 45-year-old farmer, was detained at his home near the Daugava river, 40 km east of Daugavpils, after officers found 300 litres of fuel and a Belarusian SIM card in his barn. He is the fourth suspect held over the bombing of 10 October, which killed 16 people including the two attackers and wounded 44.

The two men arrested in Rezekne on the night of the attack were charged on Tuesday with terrorism and murder and face life sentences. The landlord who let the bombers a flat, arrested in Jekabpils on 12 October, was released without charge on Wednesday; prosecutors said he had not known who his tenants were. The bombers' mother and two sisters were questioned in Daugavpils for several hours and released.

Islamic State's claim, which the State Security Service has called genuine, named the bombers as brothers from Chechnya aged 24 and 28. Officials said the brothers had lived in Belarus since 2024.

The railway station in Daugavpils reopened on Monday with 60 extra police officers on duty, and trains to the capital run every two hours again. The city council has set up a fund for the victims' families, which has raised 410,000 euros from more than 9,000 donors.

The attack was the deadliest in Latvia since independence in 1991. Until now the worst had been the 2015 bombing of a car dealership in Jelgava, which killed its owner.
"""))
GOLD += [
E(20, ["Latvian police on Thursday arrested a man in Kraslava"],
  "ARR", "2026-10-22", "day", "Krāslava", "LV", None, None, None, "police", None, False,
  "Wire of Friday 23 October; 'on Thursday' -> 22 October. The cluster's suspected facilitator (the farmer who drove the bombers from the Belarusian border), arrested at his home near Krāslava (English 'Kraslava'; the dateline town) -> Krāslava. 'Latvian police' -> 'police'. The fuel and SIM card found belong to the arrest."),
E(20, ["the attack#1", "the bombing of 10 October", "The attack was the deadliest"],
  "SUI", "2026-10-10", "day", "Daugavpils", "LV", 16, 44, "exact", "Islamic State", "Islamic State", False,
  "'the bombing of 10 October' -> 10 October. 'killed 16 people including the two attackers and wounded 44' -> killed 16 (bombers inside), injured 44, exact. 'Islamic State's claim, which the State Security Service has called genuine' -> claimant and perpetrator. 'the attack' occurs twice: the first ('two days before the attack') names the bombing and is a trigger; the second is inside the Rēzekne arrest's trigger ('on the night of the attack'). '45-year-old', '40 km', '300 litres', 'fourth suspect', 'aged 24 and 28', '2024', '60 extra police officers', 'two hours', '410,000 euros', '9,000 donors', '1991' are not casualties; 'life sentences' is a penalty."),
E(20, ["The two men arrested in Rezekne on the night of the attack"],
  "ARR", "2026-10-10", "day", "Rēzekne", "LV", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout50-017: 'on the night of the attack' -> 10 October, Rēzekne. 'charged on Tuesday with terrorism and murder' is its judicial follow-up, not a new arrest. No force named -> 'police'."),
E(20, ["The landlord who let the bombers a flat, arrested in Jekabpils on 12 October"],
  "ARR", "2026-10-12", "day", "Jēkabpils", "LV", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout50-019: 'arrested in Jekabpils on 12 October' -> 12 October, Jēkabpils (English 'Jekabpils'). 'released without charge on Wednesday' does not undo the arrest. No force named -> 'police'. The bombers' mother and sisters 'questioned in Daugavpils for several hours and released' are not arrested."),
E(20, ["the 2015 bombing of a car dealership in Jelgava"],
  "IED", "2015-01-01", "year", "Jelgava", "LV", 1, None, "exact", None, None, True,
  "'the 2015 bombing' -> year, background. A bombing of a car dealership with no suicide bomber or grenade named (holdout50-016 calls it a homemade bomb) -> Remote explosive/landmine/IED. 'which killed its owner' -> killed 1, exact. No author -> null."),
]

# -------------------------------------------------------------- holdout50-021
ARTICLES.append(A(21, "en", "article", "2026-11-23T10:00:00Z",
"Meridian Re bulletin reviews 2026's twin suicide bombings",
"""
MERIDIAN RE - TERRORISM AND POLITICAL VIOLENCE BULLETIN No. 11/2026. For clients and brokers. Zurich, 23 November 2026.

Summary. This year has brought twin suicide bombings to four countries with no history of such attacks and, until now, almost no terrorism claims. Our desk has reviewed each one for its effect on pricing.

Darkhan, Mongolia (18 April). Two bombers struck the Old Town market and the railway station, killing 16 people including themselves and injuring 47. Claimed by the Turkistan Islamic Party. Insured losses are small, below USD 2 million, as few businesses there buy terrorism cover.

Maribor, Slovenia (6 June). Two bombers attacked a wine fair on Main Square and the Lent riverside: 12 dead, the two attackers included, and 31 injured. Claimed by Hurras al-Din. Event-cancellation claims total about EUR 4.5 million.

Salalah, Oman (7 August). The souq and seafront bombings killed 19, bombers included, and injured 58. Claimed by al-Qaeda in the Arabian Peninsula. Business-interruption claims from hotels reach USD 11 million; the khareef season lost an estimated 40 percent of its visitors.

Daugavpils, Latvia (10 October). The railway station and tram stop bombings killed 16, the two bombers among them, and injured 44. Claimed by Islamic State. Latvia's first claim on its terrorism pool, about EUR 3 million, is being settled. On 12 November police arrested a fifth suspect in Ludza, a man accused of selling the bombers mobile phones; we expect no further losses from this case.

Pricing. Across the four markets, Meridian Re paid or reserved USD 22 million on 1,240 claims. Rates for stand-alone terrorism cover in Central and Eastern Europe will rise by 7.5 percent at the 1 January 2027 renewals, and by 12 percent in the Gulf. Our Asian capacity, USD 150 million per risk, is unchanged.

Modelling. Our scenario for a twin attack on a city of 100,000 people now assumes 25 deaths and 60 injuries, up from 15 and 40.

Contact: political violence desk, +41 44 580 21 30.
"""))
GOLD += [
E(21, ["Two bombers struck the Old Town market and the railway station"],
  "SUI", "2026-04-18", "day", "Darkhan", "MN", 16, 47, "exact", "Turkistan Islamic Party", "Turkistan Islamic Party", True,
  "Reinsurer's bulletin of Monday 23 November; '(18 April)' -> 18 April 2026, 219 days before -> background. The four bombings are four events in four countries, each with its own place and date. 'killing 16 people including themselves and injuring 47' -> killed 16 (bombers inside), injured 47, exact. 'Claimed by the Turkistan Islamic Party' -> claimant and perpetrator. 'USD 2 million' is a loss."),
E(21, ["Two bombers attacked a wine fair on Main Square and the Lent riverside"],
  "SUI", "2026-06-06", "day", "Maribor", "SI", 12, 31, "exact", "Hurras al-Din", "Hurras al-Din", True,
  "'(6 June)' -> 6 June 2026, 170 days before -> background. '12 dead, the two attackers included, and 31 injured' -> killed 12, injured 31, exact. 'Claimed by Hurras al-Din' -> claimant and perpetrator. 'EUR 4.5 million' is a loss."),
E(21, ["The souq and seafront bombings"],
  "SUI", "2026-08-07", "day", "Salalah", "OM", 19, 58, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", True,
  "'(7 August)' -> 7 August 2026, 108 days before -> background. 'killed 19, bombers included, and injured 58' -> killed 19, injured 58, exact. 'Claimed by al-Qaeda in the Arabian Peninsula' -> claimant and perpetrator. 'USD 11 million', '40 percent' are not casualties."),
E(21, ["The railway station and tram stop bombings"],
  "SUI", "2026-10-10", "day", "Daugavpils", "LV", 16, 44, "exact", "Islamic State", "Islamic State", True,
  "'(10 October)' -> 10 October 2026, 44 days before -> background. 'killed 16, the two bombers among them, and injured 44' -> killed 16, injured 44, exact. 'Claimed by Islamic State' -> claimant and perpetrator. 'EUR 3 million' is a loss. The scenario's '25 deaths and 60 injuries, up from 15 and 40' is a model assumption, not a toll; 'USD 22 million', '1,240 claims', '7.5 percent', '1 January 2027', '12 percent', 'USD 150 million', '100,000 people', '+41 44 580 21 30' are not casualties."),
E(21, ["police arrested a fifth suspect in Ludza"],
  "ARR", "2026-11-12", "day", "Ludza", "LV", None, None, None, "police", None, False,
  "'On 12 November' -> 12 November, 11 days before Monday 23 November -> current (while the Daugavpils bombing it belongs to is background). A man accused of selling the bombers mobile phones, arrested in Ludza. 'police' -> 'police'. 'fifth' is an ordinal (after the Rēzekne two, the Jēkabpils landlord and the Krāslava driver)."),
]
