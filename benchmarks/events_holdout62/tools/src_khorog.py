"""Authoring source of benchmarks/events_holdout62 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Khorog, Tajikistan cluster (holdout62-006 to 010; English and
French), two suicide bombers on Wednesday 22 April 2026 at two sites of one
town (the central bazaar and the gate of the city park on the Gunt river,
about 500 m and seven minutes apart): an English wire with a first report
(006), a language school's email to its French-speaking students in
Dushanbe ("courriel d'une école de langues", fr 007), a British hiking
club's walk cancellation email (008), a stamp collectors' society bulletin
(009) and an overnight news digest email (010). Tajikistan is UTC+5 and the
United Kingdom UTC+1 in April: every publication time here is between 05:00
and 11:00 UTC, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout62")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout62-006
ARTICLES.append(A(6, "en", "article", "2026-04-22T11:00:00Z",
"Suicide bombers kill at least 10 in Tajik mountain town",
"""
KHOROG, Tajikistan (Silk Road Wire) - Two suicide bombers struck the central bazaar and the entrance of the city park in Khorog, the capital of Tajikistan's Gorno-Badakhshan region, on Wednesday morning, killing themselves and at least eight other people and wounding about 30, officials said.

The first attacker set off his explosives at 10:15 among the fruit and flour stalls of the bazaar. The second blew himself up seven minutes later at the park gate on the bank of the Gunt river, about 500 metres away, where schoolchildren were gathering for a trip.

"The whole bazaar shook. Then we heard the second one," said Nasiba Qurbonova, 47, who sells dried apricots at 25 somoni a kilo.

Nobody had claimed responsibility by the afternoon. A security official in Dushanbe said investigators were examining whether the two men had crossed the Panj river from Afghanistan, and that the attack "could be the work" of Islamic State's Khorasan branch.

Khorog, a town of about 30,000 people at 2,200 metres, lies 525 km by road from Dushanbe along the Pamir Highway. The regional hospital, which has 250 beds, appealed for blood, and two helicopters flew eleven of the wounded to the capital.

The region has seen sporadic unrest but never a suicide attack. In 2018, a homemade bomb went off under a footbridge in Vanj and, an hour later, another exploded under a bridge in Rushan, 60 km away; each wounded a border guard, and no one was ever charged.

Authorities closed the road from Kalaikhum to traffic, suspended the afternoon flight from Dushanbe and shut all 19 schools in the town until Monday. About 400 police officers were sent from the capital.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the central bazaar and the entrance of the city park in Khorog", "The first attacker set off his explosives", "The second blew himself up", "the attack"],
  "SUI", "2026-04-22", "day", "Khorog", "TJ", 10, 30, "at_least", None, None, False,
  "Wire of Wednesday 22 April 2026 (16:00 in Khorog); 'on Wednesday morning' = the publication day. Two sites of one town (the bazaar and the park gate, 'about 500 metres' and seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least eight other people' -> 8 + 2 bombers = 10, at_least (the bombers are added); 'wounding about 30' -> injured 30 (the qualifier describes the killed figure). 'Nobody had claimed responsibility'; 'could be the work' of Islamic State's Khorasan branch is speculation -> perpetrator null. '10:15', 'seven minutes', '500 metres', '47' (an age), '25 somoni', '30,000 people', '2,200 metres', '525 km', '250 beds', 'eleven of the wounded' (a subset), '19 schools', '400 police officers' are not casualties."),
E(6, ["a homemade bomb went off under a footbridge in Vanj"],
  "IED", "2018-01-01", "year", "Vanj", "TJ", None, 1, "exact", None, None, True,
  "'In 2018' -> year, background. Two homemade bombs in two towns 60 km and an hour apart -> TWO Remote explosive/landmine/IED events, one per town (only the two-sites-of-one-town case makes one event). This one in Vanj: 'each wounded a border guard' -> injured 1, exact. No author ('no one was ever charged') -> null."),
E(6, ["another exploded under a bridge in Rushan"],
  "IED", "2018-01-01", "year", "Rushan", "TJ", None, 1, "exact", None, None, True,
  "'In 2018' -> year, background. The second homemade bomb, 'an hour later' under a bridge in Rushan -> its own IED event; 'each wounded a border guard' -> injured 1, exact; author null. '60 km' is a distance."),
]

# -------------------------------------------------------------- holdout62-007
ARTICLES.append(A(7, "fr", "article", "2026-04-23T05:00:00Z",
"Message aux étudiants : cours maintenus, excursion annulée",
"""
De : Direction pédagogique, école de langues Pamir-Lingua, Douchanbé
À : tous nos étudiants francophones
Objet : attentat de Khorog - cours maintenus, excursion annulée
Date : jeudi 23 avril 2026, 10 h 00

Chers étudiants,

Vous avez tous appris la nouvelle : hier matin, deux kamikazes se sont fait exploser au bazar central de Khorog et à l'entrée du parc municipal. Hier soir, les autorités parlaient de dix morts. Le bilan officiel, donné ce matin par le ministère de la Santé, est de douze morts, sans compter les deux kamikazes, et de 41 blessés. Aucun de nos étudiants, ni aucun de nos 23 enseignants, ne figure parmi les victimes.

Excursion. L'excursion de quatre jours à Khorog prévue du 1er au 4 mai (groupe B2, 16 inscrits) est annulée. Les 2 400 somoni d'acompte vous seront remboursés d'ici au 8 mai.

Cours. Les cours ont lieu normalement. Les cours de tadjik du niveau A1 passent de la salle 4 à la salle 9, et l'atelier de cuisine du vendredi est reporté d'une semaine.

Sécurité. La police a arrêté mercredi soir deux hommes à Ishkashim, près de la frontière afghane, à 100 km au sud de Khorog. Les autorités n'ont désigné aucun coupable. Les contrôles sont renforcés à Douchanbé : gardez votre passeport sur vous et comptez 30 minutes de plus pour entrer à l'aéroport.

Vols. Le vol de l'après-midi vers Khorog reste suspendu jusqu'à nouvel ordre.

Deuil. Une journée de deuil national est décrétée samedi. Les cafés de l'avenue Roudaki fermeront à 20 heures ce jour-là.

Contact. En cas de besoin, appelez notre ligne d'urgence, +992 37 221 48 60, ou votre ambassade. Notre secrétariat reste ouvert de 8 h 30 à 18 heures.

Cordialement,

Élodie Vasseur, directrice pédagogique
"""))
GOLD += [
E(7, ["deux kamikazes se sont fait exploser au bazar central de Khorog"],
  "SUI", "2026-04-22", "day", "Khorog", "TJ", 14, 41, "exact", None, None, False,
  "Email of Thursday 23 April (10:00 in Dushanbe); 'hier matin' -> 22 April. Two sites of one town (the bazaar and the park entrance) -> ONE event. The toll is revised inside: 'dix morts' (last night's figure, superseded) -> 'douze morts, sans compter les deux kamikazes, et de 41 blessés' -> killed 12 + 2 bombers = 14 (the bombers are added), injured 41, exact. 'attentat de Khorog' in the subject line (before the trigger) is a header and left out. No claim, 'aucun coupable' -> perpetrator null. '10 h 00', '23 enseignants', 'quatre jours', '1er au 4 mai', 'B2', '16 inscrits', '2 400 somoni', '8 mai', 'A1', 'salle 4', 'salle 9', '100 km', '30 minutes', '20 heures', '+992 37 221 48 60', '8 h 30 à 18 heures' are not casualties."),
E(7, ["La police a arrêté mercredi soir deux hommes à Ishkashim"],
  "ARR", "2026-04-22", "day", "Ishkashim", "TJ", None, None, None, "police", None, False,
  "'mercredi soir' vs Thursday 23 April -> 22 April, the evening of the bombing. 'La police' -> 'police'. Ishkashim is a Tajik town on the Afghan border (TJ)."),
]

# -------------------------------------------------------------- holdout62-008
ARTICLES.append(A(8, "en", "article", "2026-04-25T08:00:00Z",
"Pamir trek cancelled: refunds and an alternative",
"""
From: Walks Secretary, Calder Valley Fell Walkers
To: All members booked on the Pamir trek
Subject: CANCELLED - Pamir Highway trek, 6 to 20 June 2026
Date: Saturday 25 April 2026

Dear all,

With great regret, the committee has cancelled our Pamir trek. As most of you will have heard, two suicide bombers attacked the central bazaar and the park gate in Khorog, our starting point, on Wednesday. The toll given by Tajikistan's health ministry on Friday is 15 dead, including the two bombers, after a man of 60 died of his wounds, and 41 injured.

On Friday the attack was claimed by Jamaat Ansarullah, a Tajik militant group based in Afghanistan, in a video that boasts of "more than 80 apostates" killed. Tajikistan's interior ministry called the claim credible. Islamic State's Khorasan branch, which some had first suspected, denied any part in it. Officials say the bombers "may have been" recruited while working in Russia.

Our local agent, Davlat, tells us that police arrested two men in Ishkashim, where we were due to spend nights 4 and 5, on Wednesday night, and that on Thursday the Taliban's intelligence service detained a man in Shighnan district, just across the Panj river from Khorog, accused of guiding the bombers over the river. Davlat himself was questioned for a day by police in Khorog and released.

The Foreign Office now advises against all travel to Gorno-Badakhshan. Our insurer will not cover us, and nobody on the committee is willing to take 14 members, the oldest aged 72, walking at 4,600 metres in those conditions.

Money: you will get the £450 deposit back in full by 15 May. Flights booked through the club (TK 1986 from Manchester on 5 June, then TK 259 to Dushanbe) will be refunded or moved.

An alternative: Davlat suggests the Fann Mountains, 600 km away in the north-west, on the same dates. If ten members sign up by 10 May, we will go.

Our thoughts are with the people of Khorog, who welcomed us so warmly in 2023.

Best wishes,

Jean Holroyd, Walks Secretary, 07700 914 325
"""))
GOLD += [
E(8, ["two suicide bombers attacked the central bazaar and the park gate in Khorog", "the attack was claimed by Jamaat Ansarullah"],
  "SUI", "2026-04-22", "day", "Khorog", "TJ", 15, 41, "exact", "Jamaat Ansarullah", "Jamaat Ansarullah", False,
  "Club email of Saturday 25 April; 'on Wednesday' -> 22 April. Two sites of one town -> ONE event. '15 dead, including the two bombers, after a man of 60 died of his wounds, and 41 injured' -> killed 15 (bombers inside), injured 41, exact. Claimed 'On Friday' by Jamaat Ansarullah ('a Tajik militant group based in Afghanistan'), judged credible by the interior ministry -> claimant and perpetrator; the claim's 'more than 80 apostates' is never used. Islamic State's denial is not a claim; 'may have been' recruited is speculation. '6 to 20 June', '60' (an age), 'nights 4 and 5', '14 members', '72' (an age), '4,600 metres', '£450', '15 May', 'TK 1986', '5 June', 'TK 259' (flight numbers and a date), '600 km', 'ten members', '10 May', '2023', '07700 914 325' are not casualties."),
E(8, ["police arrested two men in Ishkashim"],
  "ARR", "2026-04-22", "day", "Ishkashim", "TJ", None, None, None, "police", None, False,
  "Restates the arrest of holdout62-007: 'on Wednesday night' vs Saturday 25 April -> 22 April (the phrase follows 'nights 4 and 5', which are the trek's nights, not dates). 'police' -> 'police'."),
E(8, ["the Taliban's intelligence service detained a man in Shighnan district"],
  "ARR", "2026-04-23", "day", "Shighnan", "AF", None, None, None, "Taliban", None, False,
  "'on Thursday' vs Saturday 25 April -> 23 April. The cluster's suspected facilitator (a man 'accused of guiding the bombers over the river'), detained across the Panj in Afghanistan's Shighnan district -> location 'Shighnan' (the district; no town named), AF. The Taliban's intelligence service -> 'Taliban' (dev: the Taliban as de facto authorities and their intelligence service). The agent Davlat, 'questioned for a day ... and released', is not arrested."),
]

# -------------------------------------------------------------- holdout62-009
ARTICLES.append(A(9, "en", "article", "2026-04-28T09:00:00Z",
"Society bulletin: the Khorog first-day ceremony that will not happen",
"""
CENTRAL ASIA PHILATELIC SOCIETY - BULLETIN No. 212, APRIL 2026. Posted Tuesday 28 April 2026.

EDITOR'S NOTE. Tajik Post's "Pamir Highway" set of four stamps (3.50, 5, 7 and 12 somoni) was to be launched with a first-day ceremony at the Khorog post office on 1 May. The post office stands opposite the central bazaar, where one of the two suicide bombers blew himself up on 22 April. The launch has been postponed without a new date; the stamps will be sold in Dushanbe only, perforated 13½, in sheets of 10.

Our member Firuz Shodmonov, who lives in Khorog, writes that the town is in mourning. The toll of the bombing now stands at sixteen dead, the two bombers included, and 41 wounded, after a schoolteacher died on Monday. On Sunday, thousands of people walked from the bazaar to the park gate carrying flowers and banners reading "Pamir against terror"; there was no incident.

He adds that police arrested two brothers in Rushan on Saturday, cousins of one of the bombers, and that Jamaat Ansarullah, the group that claimed the attack, is well known in the valley. Firuz's own covers and his stock book of 1930s Pamir postmarks are safe.

AUCTION. The spring auction closes on 16 May. Highlights: lot 47, the first definitive issue of 1992 on cover, estimate £80; lot 112, a Khorog postmark of 1936 on a registered letter, estimate £140. Postal bids to the Auction Secretary; no telephone bids above £500.

SUBSCRIPTIONS. The annual subscription stays at £24 (overseas £31). Thirty-eight members have not yet paid for 2026.

NEXT MEETING. Saturday 9 May at 2 p.m., room 3 of the Friends' Meeting House. Talk by Rustam Nazarov: "Registered mail of the Pamirs, 1925 to 1950". Please bring up to 16 sheets for the members' display.
"""))
GOLD += [
E(9, ["one of the two suicide bombers blew himself up on 22 April", "the bombing", "the attack"],
  "SUI", "2026-04-22", "day", "Khorog", "TJ", 16, 41, "exact", "Jamaat Ansarullah", "Jamaat Ansarullah", False,
  "Bulletin posted Tuesday 28 April; 'on 22 April' -> 22 April, six days before -> current. 'one of the two suicide bombers blew himself up' (at the bazaar; the other site is not named here) -> ONE event in Khorog. 'sixteen dead, the two bombers included, and 41 wounded' (the schoolteacher who died Monday is inside) -> killed 16, injured 41, exact. 'Jamaat Ansarullah, the group that claimed the attack', undisputed -> claimant and perpetrator. The stamp values '3.50, 5, 7 and 12 somoni', '1 May', '13½', 'sheets of 10', 'No. 212', '1930s', '16 May', 'lot 47', '1992', '£80', 'lot 112', '1936', '£140', '£500', '£24', '£31', 'Thirty-eight members', '9 May', '2 p.m.', 'room 3', '1925 to 1950', '16 sheets' are not casualties."),
E(9, ["thousands of people walked from the bazaar to the park gate"],
  "PP", "2026-04-26", "day", "Khorog", "TJ", None, None, None, None, None, False,
  "'On Sunday' vs Tuesday 28 April -> 26 April. A march with flowers and banners carrying a message ('Pamir against terror'), 'there was no incident' -> Peaceful protest, perpetrator null. 'thousands' counts marchers."),
E(9, ["police arrested two brothers in Rushan on Saturday"],
  "ARR", "2026-04-25", "day", "Rushan", "TJ", None, None, None, "police", None, False,
  "'on Saturday' vs Tuesday 28 April -> 25 April. Two cousins of a bomber arrested in Rushan -> Arrests by 'police'."),
]

# -------------------------------------------------------------- holdout62-010
ARTICLES.append(A(10, "en", "article", "2026-04-29T05:30:00Z",
"Overnight: Khorog charges, Asian markets, Champions League",
"""
THE OVERNIGHT - your news digest, Wednesday 29 April 2026. Sent at 06:30. Reading time: 4 minutes.

TAJIKISTAN. The two men arrested in Ishkashim on the night of the Khorog bombing were charged with terrorism in Dushanbe on Tuesday, an offence punishable by up to 20 years in prison, and remanded in custody for two months. One of the two brothers detained in Rushan on Saturday was released without charge; the other is still being held. The toll of the 22 April twin suicide bombing rose to 17, including the two bombers, after a woman of 34 died on Tuesday; 41 people were wounded. The attack was claimed by Jamaat Ansarullah. Police say about 60 Khorog residents questioned since the attack have all gone home.

MARKETS. Tokyo's Nikkei rose 1.2% in early trading and Hong Kong's Hang Seng gained 0.8%. Brent crude was steady at $71.40 a barrel. The pound bought $1.31.

JAPAN. A magnitude 5.9 earthquake struck off the coast of Hokkaido at 02:14 local time. The Japan Meteorological Agency issued no tsunami warning and there were no reports of damage.

SCIENCE. A team in Chile reported the discovery of 12 new moons around Saturn, bringing its total to 286.

AUSTRALIA. The Reserve Bank left its cash rate unchanged at 3.6% and said inflation had eased to 2.9% in the March quarter.

FOOTBALL. In the first leg of their Champions League semi-final, the visitors came from behind to win 2-1 with a goal in the 88th minute. The return leg is next Tuesday at 8 p.m.

WEATHER. Heavy rain across the north of England this morning, with up to 40 mm on high ground and gusts of 50 mph; 14 flood alerts are in force. Brighter from the west this afternoon, 13C at best.

ON THIS DAY. In 1991 a cyclone struck the coast of Bangladesh.

THE NUMBER. 3,200: the number of readers who answered yesterday's question on four-day weeks. Sixty-one percent were in favour.

Tomorrow: the May local elections, what to watch. Reply to this email to tell us what you think.
"""))
GOLD += [
E(10, ["The two men arrested in Ishkashim"],
  "ARR", "2026-04-22", "day", "Ishkashim", "TJ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout62-007: 'on the night of the Khorog bombing' -> 22 April (the digest dates the bombing '22 April'). Told through its judicial follow-up ('charged with terrorism in Dushanbe on Tuesday and remanded in custody for two months') -> one Arrests event at the arrest's place and day; the charge in Dushanbe is not a new event. No force named -> the cluster's 'police'."),
E(10, ["the Khorog bombing", "the 22 April twin suicide bombing", "The attack was claimed", "the attack"],
  "SUI", "2026-04-22", "day", "Khorog", "TJ", 17, 41, "exact", "Jamaat Ansarullah", "Jamaat Ansarullah", False,
  "Digest of Wednesday 29 April; 'the 22 April twin suicide bombing' -> 22 April. One event (twin = two bombers in one town). 'rose to 17, including the two bombers, after a woman of 34 died on Tuesday; 41 people were wounded' -> killed 17 (bombers inside), injured 41, exact. 'claimed by Jamaat Ansarullah', undisputed -> claimant and perpetrator. 'since the attack' (the residents' sentence) also names it. 'up to 20 years' (a sentence), 'two months', '34' (an age), 'about 60 Khorog residents' (questioned, not arrested) are not casualties."),
E(10, ["One of the two brothers detained in Rushan on Saturday"],
  "ARR", "2026-04-25", "day", "Rushan", "TJ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout62-009: 'on Saturday' vs Wednesday 29 April -> 25 April. 'released without charge': the release does not undo the arrest. No force named -> 'police'. The other digest items hold no coded event: the Hokkaido earthquake is a natural disaster (not coded), the 1991 cyclone is a natural disaster, and the markets, moons, rates, football score ('2-1', '88th minute'), weather ('40 mm', '50 mph', '14 flood alerts', '13C'), '1.2%', '0.8%', '$71.40', '$1.31', '5.9', '02:14', '12 new moons', '286', '3.6%', '2.9%', '8 p.m.', '3,200', 'Sixty-one percent', '06:30', '4 minutes' are not casualties."),
]
