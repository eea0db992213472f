"""Authoring source of benchmarks/events_holdout60 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Khagrachari, Bangladesh cluster (holdout60-006 to 010, and 021
six weeks later; English and French), two suicide bombers on Wednesday 22
April 2026 at two sites of one town in the Chittagong Hill Tracts (the
central bazaar on its weekly market day, and the Shapla Chattar bus stand,
about 500 m and five minutes apart): an English wire with a first report
(006), an incident note of a district ambulance service (007), the French
newsletter of a beekeepers' association twinned with a honey cooperative of
the town ("lettre d'information d'une association d'apiculteurs", fr 008),
a Chittagong food bank's volunteers' rota update (009), an English
afternoon news digest email (010) and a French agency dispatch on the
charges, six weeks later ("dépêche", fr 021). Bangladesh is UTC+6: every
publication time here is between 04:00 and 11:00 UTC, so every local date
is the UTC date. Chittagong (official "Chattogram", which one text also
uses) is named but holds no event. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout60")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout60-006
ARTICLES.append(A(6, "en", "article", "2026-04-22T10:00:00Z",
"Twin suicide bombing hits market town in Bangladesh's hill tracts",
"""
KHAGRACHARI, Bangladesh (Bengal Bay Wire) - Two suicide bombers attacked a crowded weekly market and a bus stand in Khagrachari, a town in Bangladesh's Chittagong Hill Tracts, on Wednesday, killing themselves and at least six other people and wounding more than 30, police said.

The first bomber blew himself up at about 10:50 a.m. among the stalls of the central bazaar, where hill farmers sell ginger, turmeric and honey every Wednesday. Five minutes later a second man set off his explosives at the Shapla Chattar bus stand, roughly 500 metres away, as passengers were boarding a bus for the port city.

"The smoke was everywhere and the vegetables were burning," said Mong Sing Marma, 52, a ginger trader. His nephew, aged 16, was among the wounded.

No one had claimed the attack by late afternoon. A senior police officer said the bombings "bore the hallmarks" of Jamaat-ul-Mujahideen Bangladesh, a banned jihadist group, but cautioned that the inquiry had barely begun.

The hill district, home to about 700,000 people, has known decades of ethnic tension but few bombings. In 2017, a grenade thrown at a passenger bus in Mahalchhari wounded four people; no one was ever charged.

Soldiers and police set up checkpoints along the 112-km road to Chittagong, and mobile internet was slowed across the district. The district hospital, which has 250 beds, called for blood donors of the O-negative and B-positive groups, and a hotline for relatives, 01550 223 771, was opened at noon.

Schools in the district will stay closed until Sunday. The weekly market, which draws some 8,000 buyers from the surrounding hills, was suspended for two weeks, and the tourist resort at Alutila cave, 7 km west of the town, was closed to its 1,200 daily visitors.
"""))
GOLD += [
E(6, ["Two suicide bombers attacked a crowded weekly market and a bus stand in Khagrachari", "The first bomber blew himself up", "a second man set off his explosives", "the attack"],
  "SUI", "2026-04-22", "day", "Khagrachari", "BD", 8, 30, "at_least", None, None, False,
  "Wire of Wednesday 22 April 2026 (16:00 in Khagrachari); 'on Wednesday' = the publication day. Two sites of one town (the central bazaar and the Shapla Chattar bus stand, 'roughly 500 metres away', 'Five minutes later') -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least six other people and wounding more than 30' -> killed 6 + 2 bombers = 8, at_least (the bombers are added); injured 30 ('more than 30'; the qualifier describes the killed figure). No claim; 'bore the hallmarks' of Jamaat-ul-Mujahideen Bangladesh is speculation -> perpetrator null. '10:50 a.m.', '500 metres', '52', 'aged 16' (a wounded nephew, inside the figure), '700,000 people', '112-km', '250 beds', '01550 223 771', '8,000 buyers', 'two weeks', '7 km', '1,200 daily visitors' are not casualties. 'the bombings' (plural, the two blasts) is left out of the triggers."),
E(6, ["a grenade thrown at a passenger bus in Mahalchhari"],
  "GRN", "2017-01-01", "year", "Mahalchhari", "BD", None, 4, "exact", None, None, True,
  "'In 2017' -> year, background. A thrown grenade -> Grenade; 'no one was ever charged' -> perpetrator null. 'wounded four people' -> injured 4 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout60-007
ARTICLES.append(A(7, "en", "article", "2026-04-23T05:00:00Z",
"Ambulance service incident note No. 2: Khagrachari explosions",
"""
HILL TRACTS EMERGENCY AMBULANCE SERVICE - INCIDENT NOTE No. 2. Khagrachari district. Issued Thursday 23 April 2026, 11:00. Supersedes note No. 1 of Wednesday, 19:30.

INCIDENT. Twin suicide explosions at the central bazaar and the Shapla Chattar bus stand, Khagrachari town, Wednesday 22 April. First call received at 10:52, second at 10:57. Both scenes declared safe by the police at 12:40.

CASUALTIES. Note No. 1 gave at least eight dead. Revised figures, agreed this morning with the district hospital and the police: 11 dead, not counting the two attackers, and 37 injured, nine of them critical. One of the critical patients, a woman of 63, died overnight after her transfer to Chittagong Medical College Hospital; she is included in the figures above.

RESPONSE. The service sent 9 ambulances and 23 crew members; two further vehicles came from Ramgarh. Mean response time was 14 minutes. Seventeen patients were taken to Chittagong, a three-hour drive, and two were flown by helicopter.

SECURITY. Two of our crews returning from Chittagong were held up for 50 minutes at an army checkpoint near Dighinala on Wednesday evening while police arrested two men there in a pickup truck; the men are suspected of having driven the bombers to the town on Tuesday night. Our driver Shahidul Islam, who was first on the bazaar scene, was questioned by police as a witness for two hours on Thursday morning and allowed to go back on duty.

ACTIONS. Stocks replenished overnight: 40 tourniquets, 120 blood bags, 30 burns kits. Fuel reserve raised to 600 litres. Crews work 12-hour shifts until Sunday; leave is cancelled. Vehicle 6 is out of service with a cracked windscreen.

WELFARE. Staff who need to talk can call the counselling line, 01711 408 226, at any hour.

The next note will be issued only if the figures change.
"""))
GOLD += [
E(7, ["Twin suicide explosions at the central bazaar and the Shapla Chattar bus stand"],
  "SUI", "2026-04-22", "day", "Khagrachari", "BD", 13, 37, "exact", None, None, False,
  "Incident note of Thursday 23 April; 'Wednesday 22 April' -> 22 April. Two sites of one town -> ONE event. The toll is revised inside: 'Note No. 1 gave at least eight dead' (superseded) -> '11 dead, not counting the two attackers, and 37 injured' -> killed 11 + 2 = 13 (the bombers are added), injured 37, exact; the woman of 63 who died overnight is 'included in the figures above'; 'nine of them critical' is a subset. No claim, no group named -> perpetrator null. 'No. 2', 'No. 1', '11:00', '19:30', '10:52', '10:57', '12:40', '63', '9 ambulances', '23 crew members', 'two further vehicles', '14 minutes', 'Seventeen patients' (carried, a subset), 'three-hour', 'two were flown' (a subset), '50 minutes', 'two hours', '40 tourniquets', '120 blood bags', '30 burns kits', '600 litres', '12-hour', 'Vehicle 6', '01711 408 226' are not casualties."),
E(7, ["police arrested two men there in a pickup truck"],
  "ARR", "2026-04-22", "day", "Dighinala", "BD", None, None, None, "police", None, False,
  "'on Wednesday evening' vs Thursday 23 April -> 22 April, the evening of the bombing. Arrested at an army checkpoint 'near Dighinala' -> coded to Dighinala (the nearest named place); the arresting force is the police -> 'police'. The driver 'questioned by police as a witness for two hours' is not arrested."),
]

# -------------------------------------------------------------- holdout60-008
ARTICLES.append(A(8, "fr", "article", "2026-04-25T08:00:00Z",
"La Lettre des Ruchers de Loire : nos amis de Khagrachari",
"""
LA LETTRE DES RUCHERS DE LOIRE - Bulletin de l'Association des apiculteurs du Val de Loire, n° 112. Édition spéciale du samedi 25 avril 2026.

Chers adhérents,

Vous êtes nombreux à nous avoir écrit depuis mercredi. Le double attentat-suicide qui a frappé mercredi Khagrachari, au Bangladesh, a touché de près la coopérative de miel des Collines, notre partenaire depuis 2019. Sa présidente, Aungshi Chakma, nous a appris que l'un de ses apiculteurs, Kyaw Prue, 47 ans, a été tué devant son étal du bazar, où il vendait le miel de ses 30 ruches. Selon le bilan donné vendredi par la police, alourdi par le décès d'une fillette de 8 ans, les deux explosions ont fait quatorze morts, dont les deux kamikazes, et trente-sept blessés.

L'attentat a été revendiqué jeudi par le Jamaat-ul-Mujahideen Bangladesh (JMB), un groupe jihadiste interdit, qui se vante d'avoir tué « plus de quarante mécréants ». La police bangladaise juge la revendication crédible. Le Front démocratique populaire uni (UPDF), un mouvement des collines, a démenti toute implication.

Vendredi, la police indienne a arrêté à Agartala, de l'autre côté de la frontière, un homme soupçonné d'avoir fourni les explosifs. Les deux hommes interpellés mercredi soir près de Dighinala sont toujours en garde à vue.

CE QUE NOUS FAISONS
- La coopérative a perdu son stock : 1 800 kilos de miel de litchi et 300 kilos de cire. Nous ouvrons une collecte ; objectif : 12 000 euros.
- Les 40 ruches Dadant que nous devions expédier en mai partiront en septembre.
- Le voyage d'échange du 3 au 17 octobre est maintenu pour l'instant : 14 places.

DANS NOS RUCHERS
- Varroa : traitement de printemps avant le 10 mai.
- Essaims : notre ligne d'astreinte, 02 47 31 62 90, répond de 9 heures à 19 heures.
- Assemblée générale : samedi 6 juin à 14 h 30, salle des fêtes de Vouvray ; cotisation 28 euros.

Dons par chèque à l'ordre de l'association, en précisant « Khagrachari ».

Avec nos pensées pour nos amis des collines,

Le bureau
"""))
GOLD += [
E(8, ["Le double attentat-suicide qui a frappé mercredi Khagrachari", "les deux explosions", "L'attentat a été revendiqué"],
  "SUI", "2026-04-22", "day", "Khagrachari", "BD", 14, 37, "exact", "Jamaat-ul-Mujahideen Bangladesh", "Jamaat-ul-Mujahideen Bangladesh", False,
  "Newsletter of Saturday 25 April; 'qui a frappé mercredi' vs Saturday 25 April -> 22 April. 'quatorze morts, dont les deux kamikazes, et trente-sept blessés' (Friday's toll, raised by a girl of 8 who died) -> killed 14 (bombers inside; the beekeeper Kyaw Prue, 47, is inside), injured 37, exact (number words). 'revendiqué jeudi par le Jamaat-ul-Mujahideen Bangladesh (JMB)', judged 'crédible' by the police -> claimant and perpetrator (a canonical name no earlier set used); the claim's 'plus de quarante mécréants' is never used. The UPDF's denial is not a claim. 'n° 112', '2019', '47 ans', '30 ruches', '8 ans', '1 800 kilos', '300 kilos', '12 000 euros', '40 ruches', '3 au 17 octobre', '14 places', '10 mai', '02 47 31 62 90', '9 heures à 19 heures', '6 juin', '14 h 30', '28 euros' are not casualties."),
E(8, ["la police indienne a arrêté à Agartala"],
  "ARR", "2026-04-24", "day", "Agartala", "IN", None, None, None, "police", None, False,
  "'Vendredi' vs Saturday 25 April -> 24 April. The cluster's suspected facilitator (the supplier of the explosives), arrested in Agartala, India -> IN; 'la police indienne' -> 'police' (foreign police coded at the arrest's place)."),
E(8, ["Les deux hommes interpellés mercredi soir près de Dighinala"],
  "ARR", "2026-04-22", "day", "Dighinala", "BD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-007: 'mercredi soir' vs Saturday 25 April -> 22 April; 'près de Dighinala' -> Dighinala. 'sont toujours en garde à vue' is the arrest's follow-up. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout60-009
ARTICLES.append(A(9, "en", "article", "2026-04-27T04:00:00Z",
"Port City Food Bank: rota for the Khagrachari relief runs",
"""
PORT CITY FOOD BANK, CHATTOGRAM - VOLUNTEERS' ROTA UPDATE No. 3. Monday 27 April 2026.

Dear volunteers,

Thank you to the 64 of you who have signed up since last Wednesday's twin suicide bombing in Khagrachari. The toll now stands at 15 dead, including the two bombers, after a rice seller aged 70 died in hospital on Sunday, and 37 wounded. Many of the families we supply lost their stalls and their week's stock in the bazaar.

THIS WEEK'S RUNS
- Tuesday 28 April: the truck leaves our depot at 6 Sadarghat Road at 05:30. Team A: Rumana, Joy, Priyanka, Tanvir. Load: 1,200 kg of rice, 300 kg of lentils, 150 litres of oil.
- Thursday 30 April: Team B: Farzana, Arif, Sumon, Mita. Same load, plus 400 packs of baby food.
- Saturday 2 May: Team C, names to follow. We still need two drivers with a heavy-vehicle licence.

ROADS. Expect four army checkpoints on the road up. Carry your national ID card. Our truck was held for 40 minutes on Saturday. Two of our volunteers, who had photographed the bazaar that morning, were questioned as witnesses at the Khagrachari police station on Friday and left after an hour.

NEWS FROM THE DISTRICT. The attack was claimed by Jamaat-ul-Mujahideen Bangladesh. The two men arrested near Dighinala on the evening of the bombing have been remanded in custody for seven days. On Sunday, police in Hathazari, outside Chittagong, arrested a university student, 21, over online posts praising the bombers; he was released without charge this morning. On Saturday afternoon some 2,000 people, hill people and Bengalis side by side, formed a human chain along the main road of Khagrachari behind a banner reading "One district, no terror"; it passed off peacefully.

SAFETY. Do not travel after 18:00. The duty phone is 01819 330 457.

Last Friday's collection at the Agrabad mall drew 512 donors and 2.4 tonnes of food; the next one is on 10 May.

With thanks,

Nasreen Haque, volunteer coordinator
"""))
GOLD += [
E(9, ["last Wednesday's twin suicide bombing in Khagrachari", "The attack was claimed"],
  "SUI", "2026-04-22", "day", "Khagrachari", "BD", 15, 37, "exact", "Jamaat-ul-Mujahideen Bangladesh", "Jamaat-ul-Mujahideen Bangladesh", False,
  "Rota update of Monday 27 April; 'last Wednesday's' -> 22 April, the most recent Wednesday. '15 dead, including the two bombers, after a rice seller aged 70 died in hospital on Sunday, and 37 wounded' -> killed 15 (bombers inside), injured 37, exact. 'The attack was claimed by Jamaat-ul-Mujahideen Bangladesh', undisputed -> claimant and perpetrator. 'the bombing' in 'on the evening of the bombing' is left to the arrest's trigger. 'No. 3', '64', '70', '6 Sadarghat Road', '05:30', '1,200 kg', '300 kg', '150 litres', '400 packs', 'two drivers', 'four army checkpoints', '40 minutes', 'an hour', '21' (age), '2,000 people' (marchers), '18:00', '01819 330 457', '512 donors', '2.4 tonnes', '10 May' are not casualties."),
E(9, ["The two men arrested near Dighinala on the evening of the bombing"],
  "ARR", "2026-04-22", "day", "Dighinala", "BD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-007: 'on the evening of the bombing' -> 22 April; 'near Dighinala' -> Dighinala. Told through its judicial follow-up ('remanded in custody for seven days') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(9, ["police in Hathazari, outside Chittagong, arrested a university student"],
  "ARR", "2026-04-26", "day", "Hathazari", "BD", None, None, None, "police", None, False,
  "'On Sunday' vs Monday 27 April -> 26 April. A student arrested over online posts praising the bombers -> Arrests by 'police', coded to Hathazari (the town where the police arrested him, 'outside Chittagong'; Chittagong, written 'Chattogram' in the header, holds no event). 'released without charge this morning' does not undo the arrest. The two volunteers 'questioned as witnesses' are not arrested."),
E(9, ["some 2,000 people, hill people and Bengalis side by side, formed a human chain"],
  "PP", "2026-04-25", "day", "Khagrachari", "BD", None, None, None, None, None, False,
  "'On Saturday afternoon' vs Monday 27 April -> 25 April. A human chain (a demonstration) with a message on a banner ('One district, no terror') that 'passed off peacefully' -> Peaceful protest, perpetrator null. 'some 2,000' counts participants."),
]

# -------------------------------------------------------------- holdout60-010
ARTICLES.append(A(10, "en", "article", "2026-04-30T09:00:00Z",
"The Afternoon Brief: Thursday 30 April",
"""
THE AFTERNOON BRIEF - The Padma Post's news digest. Thursday 30 April 2026, 3 p.m. Five things to know before you log off.

1. KHAGRACHARI: STUDENTS' MARCH BROKEN UP. Police used batons and tear gas on Wednesday to disperse about 400 hill students who were marching on the deputy commissioner's office in Khagrachari to demand an end to night searches of their hostels, a week after the twin suicide bombing that killed 15 people, including the two bombers, and wounded 37. Nine students and a constable were injured. The district's last deadly attack, in 2019, was a roadside bomb near Matiranga that killed two soldiers.

2. THE CLAIM IS "GENUINE". Home ministry officials said the claim by Jamaat-ul-Mujahideen Bangladesh, issued last Thursday, was genuine. The two bombers, brothers aged 24 and 27 from Sirajganj, "may have been" trained across the border in Myanmar, one official said. The man arrested in Agartala last Friday was handed over by India at the Akhaura border post on Tuesday and charged with supplying the explosives.

3. MONEY. The taka held at 122 to the dollar. Inflation eased to 8.9 percent in March, the statistics bureau said, and onion prices fell by 14 taka a kilo.

4. CRICKET. Nayeem Sarkar made 103 off 88 balls as the national side beat the West Indies by 37 runs in the second one-day international. The third match is on Sunday at 2 p.m.

5. WEATHER. A nor'wester warning is in force for the northern districts tonight, with gusts of up to 80 km/h. Chittagong had 42 mm of rain this morning; the capital peaked at 38 degrees.

Tomorrow's brief will come out at 3 p.m. as usual, after the May Day rallies. You can reply to this email with your questions, or write to our digest team on WhatsApp at 01712 660 318. If someone forwarded this to you, sign up for free on our website; 48,000 readers already get it.
"""))
GOLD += [
E(10, ["Police used batons and tear gas on Wednesday to disperse about 400 hill students"],
  "PI", "2026-04-29", "day", "Khagrachari", "BD", None, 10, "exact", None, None, False,
  "Digest of Thursday 30 April; 'on Wednesday' -> 29 April. A students' march with a demand (an end to night searches) dispersed with batons and tear gas -> Protests / Protest with intervention, perpetrator null (dev). 'Nine students and a constable were injured' -> injured 9 + 1 = 10 (all sides summed), exact; killed null. 'about 400' counts marchers."),
E(10, ["the twin suicide bombing that killed 15 people"],
  "SUI", "2026-04-22", "day", "Khagrachari", "BD", 15, 37, "exact", "Jamaat-ul-Mujahideen Bangladesh", "Jamaat-ul-Mujahideen Bangladesh", False,
  "'a week after the twin suicide bombing' -> 22 April, the cluster's date (Wednesday a week earlier; the digest gives no date of its own, 'a week' is consistent). 'killed 15 people, including the two bombers, and wounded 37' -> killed 15 (bombers inside), injured 37, exact. 'the claim by Jamaat-ul-Mujahideen Bangladesh ... was genuine' -> claimant and perpetrator. 'may have been' trained in Myanmar is speculation. 'aged 24 and 27', '122', '8.9 percent', '14 taka', '103 off 88 balls', '37 runs', '2 p.m.', '80 km/h', '42 mm', '38 degrees', '3 p.m.', '01712 660 318', '48,000 readers' are not casualties."),
E(10, ["a roadside bomb near Matiranga that killed two soldiers"],
  "IED", "2019-01-01", "year", "Matiranga", "BD", 2, None, "exact", None, None, True,
  "'in 2019' -> year, background. A roadside bomb -> Remote explosive/landmine/IED; no author named -> null. 'killed two soldiers' -> killed 2 (number word), exact; 'near Matiranga' -> Matiranga."),
E(10, ["The man arrested in Agartala last Friday"],
  "ARR", "2026-04-24", "day", "Agartala", "IN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-008: 'last Friday' vs Thursday 30 April -> 24 April; in India -> IN. 'handed over by India at the Akhaura border post on Tuesday and charged' is the arrest's follow-up, not a new arrest. No force named; the Indian police of holdout60-008 -> 'police'."),
]

# -------------------------------------------------------------- holdout60-021
ARTICLES.append(A(21, "fr", "article", "2026-06-04T07:00:00Z",
"Attentat de Khagrachari : six personnes inculpées, un religieux arrêté",
"""
KHAGRACHARI (Bangladesh), 4 juin 2026 (Agence Golfe du Bengale) - La police antiterroriste bangladaise a déposé mercredi devant le tribunal spécial de Chittagong un acte d'accusation contre six personnes pour le double attentat-suicide du 22 avril à Khagrachari, et elle a arrêté mardi à Panchhari un enseignant religieux soupçonné d'avoir recruté les deux kamikazes.

L'homme, âgé de 39 ans, dirigeait une petite école coranique de 60 élèves à Panchhari, à une trentaine de kilomètres au nord de Khagrachari. Il a été interpellé à l'aube dans sa maison, où les enquêteurs disent avoir saisi deux ordinateurs et des carnets. Sa famille assure qu'il ne connaissait pas les deux frères.

L'attentat, revendiqué par le Jamaat-ul-Mujahideen Bangladesh, avait fait quinze morts, dont les deux kamikazes, et trente-sept blessés au bazar central et à la gare routière de Shapla Chattar.

L'acte d'accusation, long de 1 400 pages, cite 92 témoins. Parmi les six inculpés figurent les deux hommes arrêtés le 22 avril près de Dighinala, qui avaient conduit les deux frères jusqu'à la ville, et le fournisseur d'explosifs interpellé le 24 avril à Agartala puis remis par l'Inde. Les trois autres sont en fuite. L'étudiant arrêté le 26 avril à Hathazari pour des messages en ligne, relâché le lendemain, n'est pas poursuivi.

Les accusés encourent la peine de mort. La première audience est fixée au 21 juin ; le tribunal dispose de 60 jours ouvrables pour rendre son jugement.

À Khagrachari, le marché hebdomadaire a rouvert le 13 mai, avec 410 étals sur 600. Les commerçants ont reçu une aide de 25 000 takas chacun. « Les acheteurs des collines reviennent lentement, à peu près un sur deux », dit Mong Sing Marma, 52 ans, marchand de gingembre. L'unique hôtel de la ville annonce un taux d'occupation de 18 %.
"""))
GOLD += [
E(21, ["a arrêté mardi à Panchhari un enseignant religieux"],
  "ARR", "2026-06-02", "day", "Panchhari", "BD", None, None, None, "police", None, False,
  "Dispatch of Thursday 4 June; 'mardi' -> 2 June, two days before -> current. A religious teacher suspected of recruiting the bombers, arrested by 'La police antiterroriste' -> 'police'; 'interpellé à l'aube dans sa maison' restates it; the computers and notebooks seized belong to the arrest."),
E(21, ["le double attentat-suicide du 22 avril à Khagrachari", "L'attentat, revendiqué par le Jamaat-ul-Mujahideen Bangladesh"],
  "SUI", "2026-04-22", "day", "Khagrachari", "BD", 15, 37, "exact", "Jamaat-ul-Mujahideen Bangladesh", "Jamaat-ul-Mujahideen Bangladesh", True,
  "'du 22 avril' -> 22 April, 43 days before Thursday 4 June -> background. 'quinze morts, dont les deux kamikazes, et trente-sept blessés' -> killed 15 (bombers inside), injured 37, exact (number words). 'revendiqué par le Jamaat-ul-Mujahideen Bangladesh', undisputed -> claimant and perpetrator. The charge sheet of Wednesday 3 June and the trial dates are follow-ups, not events. 'six personnes', '39 ans', '60 élèves', 'une trentaine de kilomètres', 'deux ordinateurs', '1 400 pages', '92 témoins', 'six inculpés', 'Les trois autres', '21 juin', '60 jours', '13 mai', '410 étals sur 600', '25 000 takas', 'un sur deux', '52 ans', '18 %' are not casualties."),
E(21, ["les deux hommes arrêtés le 22 avril près de Dighinala"],
  "ARR", "2026-04-22", "day", "Dighinala", "BD", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout60-007: 'le 22 avril' -> 22 April, 43 days before -> background; 'près de Dighinala' -> Dighinala. Their indictment is the arrest's follow-up. No force named -> 'police'."),
E(21, ["le fournisseur d'explosifs interpellé le 24 avril à Agartala"],
  "ARR", "2026-04-24", "day", "Agartala", "IN", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout60-008: 'le 24 avril' -> 24 April, 41 days before -> background; in India -> IN. 'puis remis par l'Inde' is a follow-up. The Indian police of holdout60-008 -> 'police'."),
E(21, ["L'étudiant arrêté le 26 avril à Hathazari"],
  "ARR", "2026-04-26", "day", "Hathazari", "BD", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout60-009: 'le 26 avril' -> 26 April, 39 days before -> background. 'relâché le lendemain' and 'n'est pas poursuivi' do not undo the arrest. No force named -> 'police'."),
]
