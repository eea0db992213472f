"""Authoring source of benchmarks/events_holdout54 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Namangan, Uzbekistan cluster (holdout54-011 to 015; English and
French), two suicide bombers on Friday 10 July 2026 at two sites of one
town (the entrance of Chorsu bazaar, about 8:40, and the ticket hall of the
central bus station five minutes later, about 650 m apart): an English wire
with a first report (011), a Lyon choir's rehearsal email on its tour
("courriel de répétition de la chorale", fr 012), a volunteer mountain
rescue team's update (013), a French agency dispatch on the claim and the
arrests ("dépêche", fr 014) and an English evening news digest email (015).
Uzbekistan is UTC+5 and Lyon UTC+2 in July: every publication time here is
between 09:00 and 14:00 UTC, so every local date is the UTC date. The gold
uses the common English spellings "Fergana" (French « Ferghana »), "Chust"
(« Tchoust ») and "Kokand", and the canonical group name "Islamic Movement
of Uzbekistan" (French « Mouvement islamique d'Ouzbékistan (MIO) »). Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout54")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout54-011
ARTICLES.append(A(11, "en", "article", "2026-07-10T12:00:00Z",
"Twin suicide bombing kills at least 11 in Uzbekistan's Namangan",
"""
NAMANGAN, Uzbekistan (Steppe Wire) - Two suicide bombers attacked the eastern Uzbek city of Namangan on Friday morning, killing at least 11 people, including the attackers, and wounding dozens at a crowded bazaar and the main bus station, officials said.

The first bomber blew himself up at about 8:40 a.m. at the entrance of Chorsu bazaar, where farmers from across the Fergana Valley sell apricots and melons. Five minutes later a second man detonated a belt of explosives in the ticket hall of the central bus station, some 650 metres away, as coaches were loading for Tashkent.

"Glass rained down from the roof," said Dilnoza Karimova, 37, who sells dried fruit at stall 218. "Everyone ran towards the bus station, and then came the second blast."

An interior ministry spokesman said it was too early to say who was responsible. A security source said the bombing could be the work of Katibat Imam al-Bukhari, an Uzbek jihadist group that fought in Syria, but offered no evidence.

Uzbekistan has not suffered such violence in years. In 2017 a homemade bomb went off in the yard of a cotton gin in Chortoq, north of Namangan, wounding five workers; the authorities blamed a labour dispute.

The president declared Saturday a day of mourning. Namangan's regional hospital, which has 640 beds, said 212 people had given blood by noon. Coaches to Tashkent, 290 km away, were suspended, and trains on the line through the Kamchik pass ran 40 minutes late. The bazaar, where about 3,000 traders work, will stay closed for at least a week. Officials said 1,500 police officers had been deployed across the region.
"""))
GOLD += [
E(11, ["Two suicide bombers attacked the eastern Uzbek city of Namangan", "The first bomber blew himself up", "a second man detonated a belt of explosives", "the second blast", "the bombing"],
  "SUI", "2026-07-10", "day", "Namangan", "UZ", 11, 12, "at_least", None, None, False,
  "Wire of Friday 10 July 2026 (17:00 in Namangan); 'on Friday morning' = the publication day. Two sites of one town (Chorsu bazaar and the central bus station, 'some 650 metres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least 11 people, including the attackers, and wounding dozens' -> killed 11 (bombers inside), at_least; injured 'dozens' = 12 (dev table); the qualifier describes the killed figure. 'too early to say who was responsible'; 'could be the work of Katibat Imam al-Bukhari ... but offered no evidence' is speculation -> perpetrator null. '8:40 a.m.', 'Five minutes', '650 metres', '37', 'stall 218', '640 beds', '212 people' (blood donors), '290 km', '40 minutes', '3,000 traders', '1,500 police officers' are not casualties."),
E(11, ["a homemade bomb went off in the yard of a cotton gin in Chortoq"],
  "IED", "2017-01-01", "year", "Chortoq", "UZ", None, 5, "exact", None, None, True,
  "'In 2017' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; 'the authorities blamed a labour dispute' names no actor -> null. 'wounding five workers' -> injured 5, exact; killed null."),
]

# -------------------------------------------------------------- holdout54-012
ARTICLES.append(A(12, "fr", "article", "2026-07-12T10:00:00Z",
"Chœur Saint-Irénée : répétition de mercredi et nouvelles de Namangan",
"""
De : Chœur Saint-Irénée de Lyon (bureau). À : tous les choristes. Objet : répétition du mercredi 15 juillet et nouvelles de Namangan. Envoyé le dimanche 12 juillet 2026.

Chers choristes,

Vous êtes nombreux à nous écrire depuis vendredi. Voici ce que nous savons.

Notre groupe de tournée (23 chanteurs et notre chef) logeait à Namangan, à 1,2 km du bazar Chorsu, quand les deux kamikazes ont frappé vendredi matin, l'un à l'entrée du bazar, l'autre à la gare routière. Personne de la chorale n'était sur place, sauf Bernadette, notre alto, qui achetait des abricots : elle a été légèrement blessée à la main et elle va bien. Le concert prévu vendredi soir à la salle philharmonique a bien sûr été annulé.

Le bilan : le premier chiffre parlait d'au moins onze morts. Les autorités ouzbèkes annoncent désormais dix-sept morts, sans compter les deux kamikazes, et 74 blessés. Notre guide, Aziz, a perdu un cousin.

Samedi, la police a arrêté deux hommes à Kokand, à environ 90 km. Notre chauffeur de car, entendu le même jour comme témoin pendant trois heures, a été laissé libre, ce qui a retardé notre départ. Le groupe a rejoint Tachkent en car, puis a atterri à Lyon ce matin à 6 h 40, via Istanbul (vol TK 1833).

Répétition. Le mardi 14 juillet étant férié, la répétition est décalée au mercredi 15 juillet, de 20 heures à 22 h 15, à la salle paroissiale. Nous travaillerons le Requiem de Fauré (pages 23 à 41) et nous chanterons le Pie Jesu en mémoire des victimes.

Pratique. Les partitions coûtent 14 euros ; la cotisation de rentrée (95 euros) est à régler avant le 30 septembre. Le projet de tournée 2027 en Arménie reste à l'étude.

Une collecte pour l'hôpital régional de Namangan est ouverte : 1 860 euros déjà, de 41 donateurs. Merci à tous.

Amitiés,
Le bureau
"""))
GOLD += [
E(12, ["les deux kamikazes ont frappé vendredi matin"],
  "SUI", "2026-07-10", "day", "Namangan", "UZ", 19, 74, "exact", None, None, False,
  "Choir email of Sunday 12 July; 'vendredi matin' -> 10 July. Two sites of one town -> ONE event. The toll is revised inside: 'au moins onze morts' (superseded) -> 'dix-sept morts, sans compter les deux kamikazes, et 74 blessés' -> killed 17 + 2 = 19 (the bombers are added), injured 74, exact; Bernadette, 'légèrement blessée', is a subset. No claim -> perpetrator null. The cancelled concert is no event. '23 chanteurs', '1,2 km', '90 km', 'trois heures', '6 h 40', 'TK 1833', '14 juillet', '15 juillet', '20 heures à 22 h 15', 'pages 23 à 41', '14 euros', '95 euros', '30 septembre', '2027', '1 860 euros', '41 donateurs' are not casualties."),
E(12, ["la police a arrêté deux hommes à Kokand"],
  "ARR", "2026-07-11", "day", "Kokand", "UZ", None, None, None, "police", None, False,
  "'Samedi' vs Sunday 12 July -> 11 July. -> 'police'. The coach driver 'entendu ... comme témoin ... laissé libre' is heard, not arrested."),
]

# -------------------------------------------------------------- holdout54-013
ARTICLES.append(A(13, "en", "article", "2026-07-14T13:00:00Z",
"Namangan mountain rescue team: update after the bombings",
"""
NAMANGAN REGIONAL MOUNTAIN RESCUE TEAM (VOLUNTEERS) - TEAM UPDATE No. 4/2026. Tuesday 14 July 2026.

Friday, the bombings. Minutes after the two suicide bombers struck Chorsu bazaar and the central bus station on Friday morning, our duty crew of 14 volunteers was sent from the base on the Uychi road to help the ambulance service. We treated 31 people on the spot, mostly for cuts and burns, and carried stretchers for four hours. The toll announced on Monday is 20 dead, including the two bombers, after a bus driver died on Sunday, and 74 injured.

Sunday, the search. At the request of the regional police, six of our members guided an armed police unit into the hills above Chust, where a stranger had been seen. At about 2:30 p.m., at an altitude of 1,940 metres, police arrested a 41-year-old man in a shepherd's hut, with a backpack full of wiring and batteries. He is suspected of building the two explosive belts. Our members had no contact with him. Two shepherds at the hut were questioned on the spot and let go.

The claim. On Monday the Islamic Movement of Uzbekistan said it had carried out the attack. We are rescuers, not investigators, and will say nothing more about it.

Kit. We used 26 stretchers, 60 metres of rope and all our trauma bags. Replacing them will cost about 38 million som; a sports shop in Namangan has donated 12 helmets.

Training. The rope session at the Chortoq cliffs on Saturday 18 July is cancelled. The glacier course in the Chatkal range (21 to 26 July, up to 3,200 metres) goes ahead with eight places.

Call-outs. Our radio channel stays 147.550 MHz. Thank you to the 57 people who offered to join us: an open evening will be held at the base on 5 August at 7 p.m.
"""))
GOLD += [
E(13, ["the bombings", "the two suicide bombers struck Chorsu bazaar and the central bus station", "the attack"],
  "SUI", "2026-07-10", "day", "Namangan", "UZ", 20, 74, "exact", "Islamic Movement of Uzbekistan", "Islamic Movement of Uzbekistan", False,
  "Team update of Tuesday 14 July; 'on Friday morning' -> 10 July. The heading 'Friday, the bombings' is the first naming. A wounded man who died later: 'The toll announced on Monday is 20 dead, including the two bombers, after a bus driver died on Sunday, and 74 injured' -> killed 20 (bombers inside), injured 74, exact; the '31 people' the team treated are a subset of the injured. The claim, told first here: 'On Monday the Islamic Movement of Uzbekistan said it had carried out the attack', undisputed (the team declines to comment, which is not a dispute) -> claimant and perpetrator (a canonical name no earlier set used). '14 volunteers', 'four hours', 'six of our members', '2:30 p.m.', '1,940 metres', '41-year-old', '26 stretchers', '60 metres', '38 million som', '12 helmets', '18 July', '21 to 26 July', '3,200 metres', 'eight places', '147.550 MHz', '57 people', '5 August', '7 p.m.' are not casualties."),
E(13, ["police arrested a 41-year-old man in a shepherd's hut"],
  "ARR", "2026-07-12", "day", "Chust", "UZ", None, None, None, "police", None, False,
  "Under 'Sunday, the search' vs Tuesday 14 July -> 12 July. The suspected maker of the belts, arrested in a shepherd's hut 'in the hills above Chust' -> the nearest named place, Chust (dev: an event outside a town goes to the nearest named place). The wiring and batteries belong to the arrest. -> 'police'. 'Two shepherds ... questioned on the spot and let go' are not arrested."),
]

# -------------------------------------------------------------- holdout54-014
ARTICLES.append(A(14, "fr", "article", "2026-07-15T09:00:00Z",
"Ouzbékistan : la revendication du MIO jugée crédible, un troisième suspect arrêté",
"""
TACHKENT, 15 juil. 2026 (Agence Asie centrale Presse) - Le parquet général ouzbek a jugé mercredi « crédible » la revendication du Mouvement islamique d'Ouzbékistan (MIO), qui a affirmé lundi avoir commis le double attentat-suicide de vendredi à Namangan, et annoncé l'arrestation d'un troisième suspect, mardi à Ferghana.

Dans un message diffusé sur une messagerie cryptée, le MIO se vante d'avoir tué « plus de cent apostats ». Selon le dernier bilan officiel, l'attaque du bazar Chorsu et de la gare routière a fait vingt morts, kamikazes compris, et 74 blessés, dont neuf dans un état grave.

Le parquet dit avoir authentifié la voix des deux kamikazes, deux frères de 22 et 26 ans originaires d'un village du district de Pop, sur un enregistrement joint au message. Hizb ut-Tahrir, mouvement islamiste interdit en Ouzbékistan, a démenti toute implication. Selon un responsable des services de sécurité, les deux frères « pourraient avoir été formés » dans le nord de l'Afghanistan en 2024.

Le suspect arrêté mardi à Ferghana, un changeur de devises de 34 ans, est soupçonné d'avoir transféré l'équivalent de 4 800 dollars aux deux frères. Les deux hommes interpellés samedi à Kokand ont été placés en détention provisoire pour deux mois, de même que l'artificier présumé arrêté dimanche dans les collines au-dessus de Tchoust.

Une quarantaine de chauffeurs de la gare routière, convoqués lundi pour interrogatoire, ont été relâchés dans la soirée.

Le bazar Chorsu, qui fait vivre quelque 3 000 commerçants, doit rouvrir le 20 juillet sous la surveillance de 120 policiers. Les liaisons en car entre Namangan et Tachkent ont repris mardi, avec un contrôle des bagages à 15 points de la route. Le président a promis 100 millions de soums à chaque famille endeuillée.
"""))
GOLD += [
E(14, ["le double attentat-suicide de vendredi à Namangan", "l'attaque du bazar Chorsu et de la gare routière"],
  "SUI", "2026-07-10", "day", "Namangan", "UZ", 20, 74, "exact", "Islamic Movement of Uzbekistan", "Islamic Movement of Uzbekistan", False,
  "Agency dispatch of Wednesday 15 July; 'de vendredi' -> 10 July. 'vingt morts, kamikazes compris, et 74 blessés' -> killed 20 (bombers inside), injured 74, exact; 'dont neuf dans un état grave' is a subset. 'la revendication du Mouvement islamique d'Ouzbékistan (MIO)', made 'lundi' and judged 'crédible' by the prosecutor general -> 'Islamic Movement of Uzbekistan', claimant and perpetrator; its 'plus de cent apostats' is never used. Hizb ut-Tahrir's denial is not a claim; 'pourraient avoir été formés' is speculation. '22 et 26 ans', '2024', '34 ans', '4 800 dollars', 'deux mois', 'Une quarantaine de chauffeurs' (summoned), '3 000 commerçants', '20 juillet', '120 policiers', '15 points', '100 millions de soums' are not casualties."),
E(14, ["l'arrestation d'un troisième suspect, mardi à Ferghana", "Le suspect arrêté mardi à Ferghana"],
  "ARR", "2026-07-14", "day", "Fergana", "UZ", None, None, None, "police", None, False,
  "'mardi' vs Wednesday 15 July -> 14 July. A money changer suspected of financing the bombers (a suspected facilitator); the lead's noun and the fourth paragraph's participle name the same arrest. French 'Ferghana', gold 'Fergana'. Announced by the prosecutor general; no force named -> 'police'."),
E(14, ["Les deux hommes interpellés samedi à Kokand"],
  "ARR", "2026-07-11", "day", "Kokand", "UZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-012: 'samedi' vs Wednesday 15 July -> 11 July. 'placés en détention provisoire pour deux mois' is its judicial follow-up. -> 'police'."),
E(14, ["l'artificier présumé arrêté dimanche dans les collines au-dessus de Tchoust"],
  "ARR", "2026-07-12", "day", "Chust", "UZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-013: 'dimanche' vs Wednesday 15 July -> 12 July; 'dans les collines au-dessus de Tchoust' -> Chust. His detention order is a follow-up. -> 'police'. The forty drivers 'convoqués lundi pour interrogatoire ... relâchés' are summoned, not arrested (dev: 'convoqué' is not an arrest)."),
]

# -------------------------------------------------------------- holdout54-015
ARTICLES.append(A(15, "en", "article", "2026-07-18T14:00:00Z",
"The Evening Brief: Namangan, one week on",
"""
THE EVENING BRIEF - Central Asia in five minutes. Saturday 18 July 2026. You are receiving this email because you subscribed to our evening digest.

1. Namangan, one week on. Thousands of people walked in silence through Namangan on Friday evening, exactly a week after the twin suicide bombing at Chorsu bazaar and the bus station, carrying candles and portraits of the dead. The march ended at the bazaar gates without incident. The toll rose to 21 on Thursday, when a 9-year-old girl died in a Tashkent hospital; the figure includes the two bombers, and 74 people were wounded. The attack was claimed by the Islamic Movement of Uzbekistan.

2. Traders and police. On Thursday, police used batons to push back about 200 Chorsu traders who were marching on the regional governor's office to demand that their stalls reopen, as promised, on Monday. Five traders were hurt, one of them seriously.

3. The suspects. One of the two men held in Kokand since last Saturday was released without charge on Friday; his lawyer said his client had only rented the brothers a car. The suspected bomb-maker arrested near Chust on 12 July and the money changer detained in Fergana on Tuesday remain in custody.

4. Elsewhere. Tajikistan's central bank kept its main rate at 8.5%. Hay prices in Kyrgyzstan rose 12% after a dry June. Kazakhstan opened a 46 km bypass around Shymkent. Uzbekistan will send 71 athletes to the Asian Games.

5. Markets. The som closed at 12,840 to the dollar. Cotton for December delivery rose 1.4%.

6. Weather tomorrow. Namangan 38C, Tashkent 40C, Ashgabat 42C, Bishkek 31C. Heat warnings are in force in the Fergana Valley until Wednesday.

Tomorrow's brief arrives at 7 p.m. as usual. To unsubscribe, reply STOP.
"""))
GOLD += [
E(15, ["Thousands of people walked in silence through Namangan on Friday evening"],
  "PP", "2026-07-17", "day", "Namangan", "UZ", None, None, None, None, None, False,
  "Digest of Saturday 18 July; 'on Friday evening' -> 17 July. A silent march 'carrying candles and portraits of the dead', ending 'without incident' -> Peaceful protest (like the silent memorial marches of earlier sets), perpetrator null. 'Thousands' counts marchers."),
E(15, ["the twin suicide bombing at Chorsu bazaar and the bus station", "The attack was claimed"],
  "SUI", "2026-07-10", "day", "Namangan", "UZ", 21, 74, "exact", "Islamic Movement of Uzbekistan", "Islamic Movement of Uzbekistan", False,
  "'exactly a week after' Friday 17 July -> Friday 10 July. A wounded girl who died later: 'The toll rose to 21 on Thursday, when a 9-year-old girl died ...; the figure includes the two bombers, and 74 people were wounded' -> killed 21 (bombers inside), injured 74, exact. 'claimed by the Islamic Movement of Uzbekistan', undisputed -> claimant and perpetrator. '9-year-old', '8.5%', '12%', '46 km', '71 athletes', '12,840', '1.4%', '38C', '40C', '42C', '31C', '7 p.m.' are not casualties."),
E(15, ["police used batons to push back about 200 Chorsu traders who were marching on the regional governor's office"],
  "PI", "2026-07-16", "day", "Namangan", "UZ", None, 5, "exact", None, None, False,
  "'On Thursday' vs Saturday 18 July -> 16 July. Traders marching on the governor's office with a demand (their stalls' reopening), pushed back with batons -> Protests / Protest with intervention, perpetrator null (dev). 'Five traders were hurt, one of them seriously' -> injured 5 (the serious one inside), exact; killed null. 'about 200' counts marchers."),
E(15, ["One of the two men held in Kokand since last Saturday"],
  "ARR", "2026-07-11", "day", "Kokand", "UZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-012: 'since last Saturday' in a Saturday piece -> the Saturday before, 11 July. One of them 'was released without charge on Friday': the release is not an event and does not undo the arrest. -> 'police'."),
E(15, ["The suspected bomb-maker arrested near Chust on 12 July"],
  "ARR", "2026-07-12", "day", "Chust", "UZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-013: 'on 12 July' -> 12 July; 'near Chust' -> Chust. -> 'police'."),
E(15, ["the money changer detained in Fergana on Tuesday"],
  "ARR", "2026-07-14", "day", "Fergana", "UZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-014: 'on Tuesday' vs Saturday 18 July -> 14 July. -> 'police'."),
]
