"""Authoring source of benchmarks/events_holdout52 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Al Khor, Qatar cluster (holdout52-011 to 015; English and
French), two suicide bombers on Friday 25 September 2026 at two sites of
one town (the corniche near the family park and the fish market, about 500
m and seven minutes apart): a morning news briefing email with a first
report (011), a football supporters' club message to its members (012), a
French supermarket loyalty-card email ("courriel aux titulaires de la carte
de fidélité", fr 013), an air ambulance charity's update to its supporters
(014) and an English wire on arrests in Saudi Arabia and Qatar and a walk
(015). Qatar is UTC+3 (no daylight saving): every publication time here is
between 04:00 and 15:00 UTC, so every local date is the UTC date. The gold
writes "Al Khor" (also "Al-Khor" in the club's name) and "Al Wakrah". The
claimant, al-Qaeda in the Arabian Peninsula, keeps the canonical name of
earlier sets. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout52")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout52-011
ARTICLES.append(A(11, "en", "article", "2026-09-26T04:00:00Z",
"The Gulf Morning: twin bombing in Al Khor; markets; heat",
"""
THE GULF MORNING - your briefing for Saturday 26 September 2026. Good morning. Here is what you need to know, in five minutes.

1. Twin bombing in Al Khor. Two suicide bombers struck Al Khor, about 50 km north of Doha, on Friday evening, one on the corniche near the family park and the other at the fish market seven minutes later, killing at least 11 people, including the bombers, and wounding dozens. It is the deadliest violence Qatar has known. No group has claimed it; one regional analyst told us the bombing "bore the hallmarks" of Islamic State. Roads into the town are closed and the coastal road is reserved for ambulances.

2. Markets. Brent crude closed at $78.40 a barrel, up 2.1% on the week. The Qatar Stock Exchange index fell 3.4% in after-hours trading on news of the attack, its worst move since 2020.

3. Travel. Flights at Hamad International are running normally, but passengers are asked to arrive three hours early because of extra checks. Metro Red Line trains are free until Sunday night.

4. Weather. Hot and humid: 41°C in Doha, 39°C in Al Khor, humidity up to 85% in the evening. Winds from the north-west at 15 km/h, with dust by midday.

5. Sport. Al-Khor SC's league match against Al-Sadd, set for Friday at 8 p.m., was postponed an hour before kick-off; the league will announce a new date on Monday. Tonight's other fixtures go ahead with a minute's silence.

Read later: our explainer on how Qatar counts its 2.9 million residents, about 90% of whom are foreign nationals, and why the figure matters for security planning.

Also in your inbox on Sunday: our weekly long read, a guide to autumn school fees and the week's best restaurant openings.

You are receiving this email because you signed up on our website. Forward it to a friend; it is free.
"""))
GOLD += [
E(11, ["Twin bombing in Al Khor", "Two suicide bombers struck Al Khor", "the bombing", "the attack"],
  "SUI", "2026-09-25", "day", "Al Khor", "QA", 11, 12, "at_least", None, None, False,
  "Briefing of Saturday 26 September 2026 (07:00 in Qatar); 'on Friday evening' -> 25 September. Two sites of one town (the corniche and the fish market, 'seven minutes later') -> ONE Suicide bomb event coded to the town. First report: 'killing at least 11 people, including the bombers, and wounding dozens' -> killed 11 (bombers inside), at_least; 'dozens' -> injured 12 (dev table). No claim: 'bore the hallmarks' of Islamic State is an analyst's speculation -> perpetrator null. 'the bombing' and 'the attack' each occur once. The item's heading 'Twin bombing in Al Khor' is the first naming. '50 km', '$78.40', '2.1%', '3.4%', '2020', 'three hours', '41°C', '39°C', '85%', '15 km/h', '8 p.m.', 'an hour', '2.9 million', '90%' are not casualties; the postponed match is no event."),
]

# -------------------------------------------------------------- holdout52-012
ARTICLES.append(A(12, "en", "article", "2026-09-27T15:00:00Z",
"Al-Khor SC Supporters' Club: a message to our members",
"""
AL-KHOR SC SUPPORTERS' CLUB - MESSAGE TO MEMBERS (English edition). Sunday 27 September 2026.

Dear Khor family,

Friday evening will stay with us for ever. Two suicide bombers attacked our town, on the corniche and at the fish market, as many of us were getting ready to leave for the stadium. The toll we shared yesterday, at least 11 dead, has risen: the Ministry of Interior said this afternoon that 15 people were killed, including the two bombers, and 52 were injured. Among the dead is our member Jassim, 17, who sold scarves at the gate for ten seasons. Three other members are in hospital.

The claim. Al-Qaeda in the Arabian Peninsula claimed the bombing this morning in an online statement. We will not repeat its words here.

Arrests. Police arrested three men aboard a dhow in Al Khor harbour yesterday morning; we understand one of them had a ticket for Friday's match. Seven of our members who sit in the same stand were interviewed by detectives at the stadium on Saturday and allowed home. Please answer any questions the police ask you.

Matches. Friday's game against Al-Sadd is moved to Tuesday 6 October at 7:30 p.m. Season tickets remain valid and seat numbers are unchanged. Our away trip to Al-Wakrah on 3 October is cancelled and the QAR 40 bus fare will be refunded.

Tribute. At our next home match the players will wear black armbands, and there will be a minute's silence in the 17th minute, for Jassim's 17 years. The club shop will give all proceeds from the 500 tribute scarves to the victims' families.

Blood. Al Khor Hospital thanks the 640 donors who came on Friday night and Saturday; group O negative is still needed.

Please look after one another.

The Committee
"""))
GOLD += [
E(12, ["Two suicide bombers attacked our town", "the bombing"],
  "SUI", "2026-09-25", "day", "Al Khor", "QA", 15, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Club message of Sunday 27 September; 'Friday evening' -> 25 September. Two sites of one town -> ONE event, in Al Khor ('our town', the club's). The toll is revised inside: 'at least 11 dead' (yesterday's) is superseded by '15 people were killed, including the two bombers, and 52 were injured' -> killed 15 (bombers inside; the member Jassim, 17, is inside), injured 52, exact; 'Three other members are in hospital' is a subset. 'Al-Qaeda in the Arabian Peninsula claimed the bombing this morning', undisputed -> claimant and perpetrator. '17' (an age, a minute of the match), 'ten seasons', 'Seven of our members' (interviewed), '6 October', '7:30 p.m.', '3 October', 'QAR 40', '500 tribute scarves', '640 donors' are not casualties."),
E(12, ["Police arrested three men aboard a dhow in Al Khor harbour yesterday morning"],
  "ARR", "2026-09-26", "day", "Al Khor", "QA", None, None, None, "police", None, False,
  "'yesterday morning' vs Sunday 27 September -> 26 September. The harbour -> its town, Al Khor. 'police'. The seven members 'interviewed by detectives ... and allowed home' are not arrested."),
]

# -------------------------------------------------------------- holdout52-013
ARTICLES.append(A(13, "fr", "article", "2026-09-28T06:00:00Z",
"Carte Oasis+ : votre magasin d'Al Khor reste fermé, vos points sont prolongés",
"""
CARTE OASIS+ - Message aux titulaires de la carte de fidélité (version française). Lundi 28 septembre 2026.

Chère cliente, cher client,

Notre hypermarché d'Al Khor, situé à 400 mètres du marché aux poissons, reste fermé jusqu'au jeudi 1er octobre inclus. Vendredi soir, l'attentat-suicide commis par deux hommes sur la corniche et au marché aux poissons d'Al Khor a fait quinze morts, dont les deux kamikazes, et 52 blessés. Deux de nos employés, caissiers au rayon frais, font partie des blessés ; ils sont hors de danger. L'attaque a été revendiquée dimanche par Al-Qaïda dans la péninsule arabique.

Vos points. Les points de votre carte ne sont pas perdus : leur date d'expiration, fixée au 30 septembre, est repoussée au 31 décembre. Jusqu'au 15 octobre, chaque achat dans nos magasins de Doha, Al Rayyan et Lusail rapporte des points doublés : 2 points par riyal au lieu de 1. 500 points valent 5 riyals de réduction.

Vos commandes. Les livraisons à domicile vers Al Khor, Al Thakhira et Simaisma sont suspendues jusqu'à nouvel ordre. Les commandes déjà payées seront remboursées sous 5 jours ouvrés sur votre moyen de paiement. Les frais de livraison de 10 riyals seront offerts aux habitants d'Al Khor jusqu'à fin octobre.

Solidarité. Vous pouvez convertir vos points en dons pour les familles des victimes, à partir de 1 000 points, dans l'application (rubrique « Donner »). Oasis+ doublera chaque don, jusqu'à 200 000 riyals au total. Notre magasin de Lusail accueille une collecte de produits d'hygiène de 10 heures à 22 heures.

Service clients : 800 6274 (appel gratuit depuis le Qatar), tous les jours de 8 heures à minuit. Notre application, version 4.2, affiche les horaires de chaque magasin en temps réel.

Merci pour votre fidélité et pour vos nombreux messages de soutien à nos équipes.

L'équipe Oasis+
"""))
GOLD += [
E(13, ["l'attentat-suicide commis par deux hommes", "L'attaque a été revendiquée"],
  "SUI", "2026-09-25", "day", "Al Khor", "QA", 15, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Loyalty-card email of Monday 28 September; 'Vendredi soir' -> 25 September. Two sites of one town (the corniche and the fish market) -> ONE event. 'quinze morts, dont les deux kamikazes, et 52 blessés' -> killed 15 (number word, bombers inside), injured 52, exact; 'Deux de nos employés' are a subset of the injured. 'revendiquée dimanche par Al-Qaïda dans la péninsule arabique', undisputed -> 'al-Qaeda in the Arabian Peninsula', claimant and perpetrator. '400 mètres', '1er octobre', '30 septembre', '31 décembre', '15 octobre', '2 points', '1', '500 points', '5 riyals', '5 jours', '10 riyals', '1 000 points', '200 000 riyals', '10 heures à 22 heures', '800 6274', '8 heures à minuit', '4.2' are not casualties."),
]

# -------------------------------------------------------------- holdout52-014
ARTICLES.append(A(14, "en", "article", "2026-09-30T09:00:00Z",
"Gulf Air Ambulance Trust: what you made possible on Friday",
"""
GULF AIR AMBULANCE TRUST - SUPPORTER UPDATE. Wednesday 30 September 2026.

Dear supporters,

On Friday evening our two helicopters, Falcon 1 and Falcon 2, were airborne within four minutes of the first explosion in Al Khor. Over the next three hours our crews flew nine missions, carrying 14 of the most seriously injured to the trauma centre in Doha, a 14-minute flight. Ambulances took the others by road.

The toll of the twin suicide bombing now stands at 16 dead, including the two bombers, after a seven-year-old boy we flew on Friday died on Tuesday in intensive care. Fifty-two people were injured. We grieve with his family, and with our paramedic Rashid, 34, whose cousin was killed at the fish market.

Many of you have asked about the investigation. The attack was claimed on Sunday by al-Qaeda in the Arabian Peninsula, and Qatar's interior ministry said on Monday that it considered the claim credible. The group's statement spoke of "more than 60 crusaders and apostates" killed, a figure the ministry called false. Islamic State, through its Amaq agency, denied any part in the attack. An official told reporters the bombers "may have been" trained in Yemen.

What your money did. Friday's missions cost about QAR 96,000 in fuel, crew time and medical supplies. Thanks to 2,315 donors who gave QAR 412,000 since Friday, we have already replaced the 40 units of blood and plasma we carry and ordered a third ventilator.

What's next. From 1 October our crews will add a standby shift from 6 p.m. to 2 a.m. at the Al Khor helipad, 58 km from Doha, until the end of the year. Our annual Sky Walk fundraiser on 17 October is postponed to 21 November.

You can give at any branch of our partner bank, account QA08 0027 0000 0214 5566 7788, or by text, sending FALCON to 92 100 (QAR 50).

Thank you for keeping us flying.

Layla Hamad, Chief Executive
"""))
GOLD += [
E(14, ["the first explosion in Al Khor", "the twin suicide bombing", "The attack was claimed", "the attack"],
  "SUI", "2026-09-25", "day", "Al Khor", "QA", 16, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Charity update of Wednesday 30 September; 'On Friday evening' -> 25 September. 'the first explosion' names the twin bombing (two sites, one town -> ONE event). 'now stands at 16 dead, including the two bombers, after a seven-year-old boy ... died on Tuesday' -> killed 16 (bombers inside; the boy and the paramedic's cousin are inside), exact; 'Fifty-two people were injured' -> injured 52 (number word). 'claimed on Sunday by al-Qaeda in the Arabian Peninsula', judged 'credible' on Monday -> claimant and perpetrator; the claim's 'more than 60 crusaders and apostates' is never used. Islamic State's denial is not a claim; 'may have been' trained in Yemen is speculation. 'the attack' (once, in the denial) names the bombing. 'Falcon 1', 'Falcon 2', 'four minutes', 'three hours', 'nine missions', '14 of the most seriously injured' (a subset), '14-minute', 'seven-year-old', '34', 'QAR 96,000', '2,315 donors', 'QAR 412,000', '40 units', '1 October', '6 p.m. to 2 a.m.', '58 km', '17 October', '21 November', the account number, '92 100', 'QAR 50' are not casualties."),
]

# -------------------------------------------------------------- holdout52-015
ARTICLES.append(A(15, "en", "article", "2026-10-02T12:00:00Z",
"Saudi police hold suspected explosives smuggler over Al Khor bombing",
"""
AL KHOR, Qatar (Peninsula Wire) - Saudi police have arrested a man in the eastern city of Hofuf suspected of smuggling the explosives used in last week's twin suicide bombing in Al Khor into Qatar through the Abu Samra border crossing, Qatari prosecutors said on Friday.

The man, a 38-year-old truck driver, was detained on Wednesday and will be handed over to Qatar, the prosecutors said. He is suspected of hiding some 20 kg of explosives among crates of tomatoes.

One of the three men arrested aboard a fishing dhow in Al Khor harbour last Saturday was released without charge on Thursday; the other two were charged with terrorism and remanded for 30 days. The bombers' employer, a cleaning company in Al Rayyan, was questioned and released.

On Thursday evening, some 4,000 residents and migrant workers walked along the Al Khor corniche, from the family park to the fish market, carrying candles and banners reading "Qatar is one" and "No to terror". The walk ended without incident.

The September 25 bombing, claimed by al-Qaeda in the Arabian Peninsula (AQAP), killed 16 people, including the two bombers, and injured 52. It was the first deadly violence in the country since 2019, when a homemade bomb exploded in a car park in Al Wakrah, injuring a Nepali worker.

The fish market, where the second bomber struck, reopened on Thursday with 62 of its 80 stalls. Qatar's tourism authority said hotel bookings in the north had fallen by 35% and that a cruise ship carrying 2,400 passengers had skipped its call at Doha on Tuesday.

Schools in Al Khor reopened on Sunday, with a psychologist in each of the town's 27 state schools, and the corniche's family park will reopen on Saturday with extra lighting and 12 new cameras.
"""))
GOLD += [
E(15, ["Saudi police have arrested a man in the eastern city of Hofuf", "was detained on Wednesday"],
  "ARR", "2026-09-30", "day", "Hofuf", "SA", None, None, None, "police", None, False,
  "Wire of Friday 2 October; 'was detained on Wednesday' -> 30 September (the first trigger names the arrest, the second dates it). The cluster's suspected facilitator (a truck driver who smuggled the explosives through Abu Samra), arrested in Saudi Arabia -> SA; the Saudi police -> 'police'. 'will be handed over to Qatar' is a follow-up. '38-year-old', '20 kg' are not casualties."),
E(15, ["last week's twin suicide bombing in Al Khor", "The September 25 bombing", "the second bomber struck"],
  "SUI", "2026-09-25", "day", "Al Khor", "QA", 16, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'The September 25 bombing' -> 25 September. 'killed 16 people, including the two bombers, and injured 52' -> killed 16 (bombers inside), injured 52, exact. 'claimed by al-Qaeda in the Arabian Peninsula (AQAP)', undisputed -> claimant and perpetrator. '62 of its 80 stalls', '35%', '2,400 passengers', '27 state schools', '12 new cameras' are not casualties; 'the first deadly violence ... since 2019' is generic."),
E(15, ["the three men arrested aboard a fishing dhow in Al Khor harbour last Saturday"],
  "ARR", "2026-09-26", "day", "Al Khor", "QA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout52-012: 'last Saturday' vs Friday 2 October -> 26 September; the harbour -> Al Khor. One 'released without charge on Thursday', two 'charged with terrorism and remanded for 30 days': the release does not undo the arrest, the charges are its follow-up; neither is an event. No force named -> 'police'. The bombers' employer in Al Rayyan, 'questioned and released', is not arrested."),
E(15, ["some 4,000 residents and migrant workers walked along the Al Khor corniche", "The walk ended without incident"],
  "PP", "2026-10-01", "day", "Al Khor", "QA", None, None, None, None, None, False,
  "'On Thursday evening' vs Friday 2 October -> 1 October. A walk along the corniche with banners carrying a message ('Qatar is one', 'No to terror'), 'without incident' -> Peaceful protest, perpetrator null. '4,000' counts walkers."),
E(15, ["a homemade bomb exploded in a car park in Al Wakrah, injuring a Nepali worker"],
  "IED", "2019-01-01", "year", "Al Wakrah", "QA", None, 1, "exact", None, None, True,
  "'since 2019, when' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author named -> null. 'injuring a Nepali worker' -> injured 1, exact."),
]
