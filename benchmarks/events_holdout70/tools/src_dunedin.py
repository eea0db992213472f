"""Authoring source of benchmarks/events_holdout70 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Dunedin, New Zealand cluster (holdout70-016 to 020, and 021 seven
weeks later; English and French), two suicide bombers on Saturday 17 October
2026 at two sites of one town (the Octagon, outside St Paul's Cathedral, and
the Saturday farmers' market at the railway station, about 600 m and six
minutes apart): an English wire with a first report (016), an aquarium's
closure notice (017), a cave rescue team's incident note on the arrest of a
suspect in a cave near Te Anau (018), a French gymnastics club's email to
the parents of its gymnasts competing in Dunedin ("courriel d'un club de
gymnastique aux parents", fr 019), a jazz society's newsletter (020) and,
seven weeks later, a French astronomy club's letter to its members on its
trip to New Zealand ("lettre aux membres d'un club d'astronomie", fr 021).

New Zealand is UTC+13 in October (daylight time): every publication time of
016 to 020 is between 00:00 and 04:00 UTC (13:00 to 17:00 in Dunedin) or, for
fr 019, 07:00 UTC (20:00 in Dunedin, 09:00 in Aurillac, UTC+2), so every
local date is the UTC date; fr 021 is published at 09:00 UTC (10:00 in
France, UTC+1). The toll grows from "at least nine people, not counting the
two attackers" (11, Saturday) to 13 (Sunday) and 14, the bombers included
(a woman died on Monday 19 October); 36 injured from Sunday on. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout70")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout70-016
ARTICLES.append(A(16, "en", "article", "2026-10-17T04:30:00Z",
"Suicide bombers kill at least 11 in Dunedin",
"""
DUNEDIN, New Zealand (Southern Cross Wire) - Two suicide bombers attacked the centre of Dunedin six minutes apart on Saturday, killing at least nine people, not counting the two attackers, and wounding some 30 others, police said.

The first man set off a device in a backpack at 12:30 p.m. in the Octagon, outside St Paul's Cathedral, where a jazz band was playing to a lunchtime crowd. The second blew himself up at 12:36 p.m. among the stalls of the Saturday farmers' market at the railway station, about 600 metres away.

"We heard the first one and everyone ran down Lower Stuart Street, straight to the market," said Tama Rewi, 41, a bus driver. "Then the second one went off."

No group claimed responsibility by late afternoon. The police commissioner said it was too early to say whether the men were acting for anyone, and a government source said investigators were checking whether they "might have been acting" for Islamic State.

New Zealand has little history of bombings. In 2020 a homemade bomb went off outside a bar in Timaru, injuring two people.

Dunedin Hospital activated its mass-casualty plan and postponed 60 planned operations. A flight from Wellington was diverted to Queenstown, and buses out of the city centre were suspended. About 150 police officers, among them members of the Armed Offenders Squad, were deployed, and the University of Otago asked its 21,000 students to stay in their halls.

The farmers' market, which draws up to 3,000 shoppers on a fine Saturday, will not open next week. Relatives can call 0800 115 019. The Prime Minister was due to fly to Dunedin on Sunday morning.
"""))
GOLD += [
E(16, ["Two suicide bombers attacked the centre of Dunedin", "The first man set off a device", "The second blew himself up"],
  "SUI", "2026-10-17", "day", "Dunedin", "NZ", 11, 30, "at_least", None, None, False,
  "Wire of Saturday 17 October 2026 (17:30 in Dunedin, UTC+13); 'on Saturday' = the publication day. Two sites of one town (the Octagon and the railway station's farmers' market, 'about 600 metres away', 12:30 and 12:36 p.m.) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people, not counting the two attackers, and wounding some 30 others' -> killed 9 + 2 bombers = 11, at_least (the bombers are added: 'not counting'); 'some 30' -> injured 30 (the qualifier describes the killed figure). No claim; 'might have been acting' for Islamic State is speculation -> perpetrator null. '12:30 p.m.', '12:36 p.m.', '600 metres', '41', '60 planned operations', 'About 150 police officers', '21,000 students', 'up to 3,000 shoppers', '0800 115 019' are not casualties."),
E(16, ["a homemade bomb went off outside a bar in Timaru"],
  "IED", "2020-01-01", "year", "Timaru", "NZ", None, 2, "exact", None, None, True,
  "'In 2020' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author named -> null. 'injuring two people' -> injured 2 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout70-017
ARTICLES.append(A(17, "en", "article", "2026-10-18T00:30:00Z",
"Otago Harbour Aquarium closed until Thursday",
"""
OTAGO HARBOUR AQUARIUM - Portobello, Otago Peninsula. Closure notice, Sunday 18 October 2026.

The aquarium is closed to visitors until Thursday 22 October inclusive.

Two of our team, an educator and a volunteer guide, were among the injured in Saturday's twin suicide bombing in Dunedin. Both were at the farmers' market at the railway station on their day off. Our educator, Mere, 26, had surgery overnight and is stable; our guide, who is 68, is expected home on Monday.

Police this morning put the toll at 13 dead, including the two bombers, and 36 injured, revising the figure of eleven dead given on Saturday afternoon. Police also told local businesses last night that two men had been arrested in Mosgiel on Saturday evening and that they had no information about any further threat. We have decided to close nevertheless, out of respect and so that our staff can be with their families.

Our animals are cared for as usual. The little blue penguins are fed at 9:00 and 15:00, and the 250,000-litre kelp tank is checked twice a day by our aquarists.

Tickets. Tickets and annual passes dated 17 to 22 October can be used on any day until 30 April 2027. Online bookings will be refunded automatically within 10 working days.

School groups. The 38 school groups booked for the coming fortnight will be contacted by our education team; visits may be moved to term 1.

Holiday programme. The rock-pool sessions for children aged 5 to 12 (NZ$15) are moved to the week of 26 October.

Donations. A box for the Mayor's relief fund will be at reception when we reopen. Please give only through official channels.

Enquiries: 03 478 20 15, weekdays from 9:00 to 16:00.

Ngā mihi,

Anaru Tipene, Director
"""))
GOLD += [
E(17, ["Saturday's twin suicide bombing in Dunedin"],
  "SUI", "2026-10-17", "day", "Dunedin", "NZ", 13, 36, "exact", None, None, False,
  "Aquarium notice of Sunday 18 October (13:30 in Dunedin); 'Saturday's' -> 17 October. The toll is revised inside: 'eleven dead given on Saturday afternoon' (superseded) -> '13 dead, including the two bombers, and 36 injured' -> killed 13 (bombers inside), injured 36, exact; the educator and the guide are a subset of the injured. No claim -> perpetrator null. '22 October', '26', '68', '9:00', '15:00', '250,000-litre', '17 to 22 October', '30 April 2027', '10 working days', '38 school groups', 'term 1', 'aged 5 to 12', 'NZ$15', '26 October', '03 478 20 15', '9:00 to 16:00' are not casualties."),
E(17, ["two men had been arrested in Mosgiel on Saturday evening"],
  "ARR", "2026-10-17", "day", "Mosgiel", "NZ", None, None, None, "police", None, False,
  "'on Saturday evening' vs Sunday 18 October -> 17 October, the evening of the bombing (told by police to businesses 'last night'). 'Police' -> 'police'. Mosgiel is its own town on the Taieri Plain, not Dunedin's centre."),
]

# -------------------------------------------------------------- holdout70-018
ARTICLES.append(A(18, "en", "article", "2026-10-21T03:00:00Z",
"Fiordland Cave Rescue Team: incident note 2026/09",
"""
FIORDLAND CAVE RESCUE TEAM - Incident note 2026/09. Callout in support of police, Tuesday 20 October 2026. Prepared by the team leader for members and partner agencies; cleared for circulation by police on Wednesday 21 October.

Request. At 05:55 on Tuesday, police asked the team to help search a limestone cave system in the hills 14 km north-west of Te Anau, where a man suspected of supplying explosives to the Dunedin bombers was believed to be hiding. The twin suicide bombing at the Octagon and the railway station last Saturday has now killed 14 people, including the two bombers, and injured 36, after a woman died in Dunedin Hospital on Monday.

Team. Eleven members left Te Anau at 06:40 in two vehicles, with two police negotiators and six officers of the Armed Offenders Squad. Water temperature in the streamway: 6 °C.

Search. Entry at 07:25. Team A rigged the 12-metre entrance shaft; Team B checked the dry upper passage. At 10:50, Team A found fresh food wrappers 340 metres from the entrance. At 11:20 the man was found in a side chamber about 45 metres below the entrance, cold but unhurt. He was arrested by police at 11:34 and brought out on a guided line by 13:05. No team member was injured.

Two trampers who had reported seeing a man near the entrance on Monday were interviewed by police as witnesses at the road end and allowed to leave.

Equipment used: 160 m of static rope, two hauling systems, four thermal blankets, a radio relay on channel 5.

Duration: 7 hours 20 minutes from callout to stand-down; 81 team hours in total.

Lessons: two helmet lamps failed and will be replaced; the radio relay lost contact for 12 minutes at the second pitch.

Thanks to the Te Anau volunteer fire brigade for hot food and to the landowner for access.

Rangi Walker, team leader. Next training: Saturday 7 November, 08:00.
"""))
GOLD += [
E(18, ["He was arrested by police at 11:34"],
  "ARR", "2026-10-20", "day", "Te Anau", "NZ", None, None, None, "police", None, False,
  "Incident note of Wednesday 21 October on the callout of 'Tuesday 20 October 2026'. The man 'suspected of supplying explosives to the Dunedin bombers' (the cluster's suspected facilitator), found in a cave 'in the hills 14 km north-west of Te Anau' -> the nearest named place, Te Anau. 'arrested by police' (with the Armed Offenders Squad) -> 'police'. 'cold but unhurt' and 'No team member was injured' are not casualties of an event (an arrest has none). The two trampers 'interviewed by police as witnesses' are not arrested. '2026/09', '05:55', '14 km', 'Eleven members', '06:40', 'two vehicles', 'two police negotiators', 'six officers', '6 °C', '07:25', '12-metre', '10:50', '340 metres', '11:20', '45 metres', '11:34', '13:05', '160 m', 'channel 5', '7 hours 20 minutes', '81 team hours', '12 minutes', '7 November', '08:00' are not casualties."),
E(18, ["The twin suicide bombing at the Octagon and the railway station last Saturday"],
  "SUI", "2026-10-17", "day", "Dunedin", "NZ", 14, 36, "exact", None, None, False,
  "'last Saturday' vs Wednesday 21 October -> 17 October. Two sites of one town -> ONE event in Dunedin. A woman died on Monday: 'has now killed 14 people, including the two bombers, and injured 36' -> killed 14 (bombers inside), injured 36, exact. No claim named -> perpetrator null. 'the Dunedin bombers' names the bombers, not the event, and is not a trigger."),
]

# -------------------------------------------------------------- holdout70-019
ARTICLES.append(A(19, "fr", "article", "2026-10-22T07:00:00Z",
"Nouvelles de Dunedin, jeudi 22 octobre",
"""
AURILLAC GYM - Courriel aux parents des gymnastes du groupe Nouvelle-Zélande, le jeudi 22 octobre 2026.

Chers parents,

Voici les nouvelles du jour, envoyées de Dunedin à 20 heures, heure locale (11 heures de décalage avec la France). Nos huit gymnastes et leurs deux entraîneuses vont bien, dorment et mangent normalement, et la Coupe internationale d'Otago reprend samedi à l'Edgar Centre.

Pour rappel, samedi dernier, deux kamikazes se sont fait exploser à six minutes d'intervalle dans l'Octogone et au marché de la gare, à 3 km de notre hôtel. Le bilan est désormais de quatorze morts, kamikazes compris, et 36 blessés. L'attentat a été revendiqué lundi par l'État islamique ; la police néo-zélandaise juge cette revendication crédible.

Dimanche, avec l'accord de chaque famille, nos filles ont rejoint la marche silencieuse de quelque 15 000 personnes de l'Octogone au jardin botanique, pour dire « non à la haine ». Tout s'est passé dans le calme.

L'enquête avance : deux hommes ont été arrêtés samedi soir à Mosgiel, à 15 km au sud-ouest, et un troisième mardi, dans une grotte près de Te Anau. Hier, une femme a été interpellée à Invercargill.

Le retour :
- départ de Dunedin le mardi 27 octobre à 6 h 10, arrivée à Paris le 28 à 19 h 45, via Singapour ;
- un car attendra le groupe à l'aéroport pour Aurillac, à 560 km ;
- le supplément de 450 euros par famille dû au changement de vol est pris en charge par le club ;
- les cours du mercredi 28 octobre sont annulés.

Si vous souhaitez parler à vos enfants, l'appel collectif a lieu chaque jour à 8 heures, heure française. En cas d'urgence : Valérie Couderc, 06 45 17 92 03.

Avec toute notre affection,

Le bureau d'Aurillac Gym
"""))
GOLD += [
E(19, ["deux kamikazes se sont fait exploser à six minutes d'intervalle dans l'Octogone", "L'attentat a été revendiqué"],
  "SUI", "2026-10-17", "day", "Dunedin", "NZ", 14, 36, "exact", "Islamic State", "Islamic State", False,
  "Club email of Thursday 22 October (20:00 in Dunedin, 09:00 in Aurillac); 'samedi dernier' -> 17 October. Two sites of one town (the Octagon and the station market, six minutes apart) -> ONE event in Dunedin (French 'Octogone'). 'quatorze morts, kamikazes compris, et 36 blessés' -> killed 14 (number word, bombers inside), injured 36, exact. 'revendiqué lundi par l'État islamique', judged 'crédible' by the New Zealand police -> claimant and perpetrator 'Islamic State'. '20 heures', '11 heures de décalage', 'huit gymnastes', 'deux entraîneuses', '3 km', '27 octobre', '6 h 10', '28', '19 h 45', '560 km', '450 euros', '28 octobre', '8 heures', '06 45 17 92 03' are not casualties."),
E(19, ["la marche silencieuse de quelque 15 000 personnes"],
  "PP", "2026-10-18", "day", "Dunedin", "NZ", None, None, None, None, None, False,
  "'Dimanche' vs Thursday 22 October -> 18 October. A silent march from the Octagon to the botanic garden with a message ('pour dire « non à la haine »'), 'dans le calme' -> Peaceful protest, perpetrator null. 'quelque 15 000 personnes' counts marchers."),
E(19, ["deux hommes ont été arrêtés samedi soir à Mosgiel"],
  "ARR", "2026-10-17", "day", "Mosgiel", "NZ", None, None, None, "police", None, False,
  "Restating the arrest of holdout70-017: 'samedi soir' vs Thursday 22 October -> 17 October. No force named -> 'police' (the cluster's New Zealand police). '15 km au sud-ouest' is a distance."),
E(19, ["un troisième mardi, dans une grotte près de Te Anau"],
  "ARR", "2026-10-20", "day", "Te Anau", "NZ", None, None, None, "police", None, False,
  "Restating the arrest of holdout70-018 ('un troisième' [homme arrêté]): 'mardi' vs Thursday 22 October -> 20 October; 'dans une grotte près de Te Anau' -> Te Anau. No force named -> 'police'."),
E(19, ["une femme a été interpellée à Invercargill"],
  "ARR", "2026-10-21", "day", "Invercargill", "NZ", None, None, None, "police", None, False,
  "'Hier' vs Thursday 22 October -> Wednesday 21 October. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout70-020
ARTICLES.append(A(20, "en", "article", "2026-10-24T01:00:00Z",
"Dunedin Jazz Society newsletter No. 212",
"""
DUNEDIN JAZZ SOCIETY - Newsletter No. 212, Saturday 24 October 2026.

Dear members,

This is the hardest newsletter we have ever had to write. Our lunchtime set in the Octagon last Saturday was cut short at 12:30 by the first of the two explosions of the twin suicide bombing that has since killed 14 people, the two bombers included, and injured 36. Our trumpeter, Hemi Parata, 58, was hit by fragments and is recovering in Dunedin Hospital; the rest of the sextet was unhurt.

Islamic State claimed the bombing on Monday with a boast of "more than 40 crusaders" killed, and police call the claim credible. Jemaah Islamiyah has denied any role, and officials say the bombers "may have been" funded from abroad.

The police have made progress. The man arrested in a cave near Te Anau on Tuesday was charged yesterday with supplying the explosives and remanded in custody until 12 November. The woman arrested in Invercargill on Wednesday was released without charge on Thursday. About 40 passengers of the bus the bombers took from Mosgiel were interviewed and allowed to go home.

Many of you walked with us on Sunday, when some 15,000 people followed a silent brass band from the Octagon to the Botanic Garden in memory of the dead. Thank you.

Older members will remember 2018, when police defused a pipe bomb left on the wharf at Oamaru, two days before our festival there. Nobody was hurt then, and nobody was ever charged.

Society news:
- the Friday jam sessions restart on 6 November at 19:30;
- the annual dinner (NZ$65 a head, 120 seats) is postponed to 5 December;
- our benefit concert for the victims, on 14 November at the Town Hall, aims to raise NZ$50,000; tickets NZ$30, students NZ$15;
- subscriptions for 2027 stay at NZ$40.

Kia kaha,

Lorraine McKay, secretary, 027 445 8120
"""))
GOLD += [
E(20, ["the first of the two explosions", "the twin suicide bombing", "the bombing"],
  "SUI", "2026-10-17", "day", "Dunedin", "NZ", 14, 36, "exact", "Islamic State", "Islamic State", False,
  "Newsletter of Saturday 24 October (14:00 in Dunedin); 'last Saturday' -> the most recent Saturday before publication, 17 October. 'has since killed 14 people, the two bombers included, and injured 36' -> killed 14 (bombers inside), injured 36, exact; the trumpeter is a subset of the injured. 'Islamic State claimed the bombing on Monday', called credible by police -> claimant and perpetrator; its 'more than 40 crusaders' is never used. Jemaah Islamiyah's denial is not a claim; 'may have been' funded from abroad is speculation. '12:30', '58', '12 November', 'About 40 passengers' (interviewed, not arrested), 'some 15,000 people' (marchers), 'two days', '6 November', '19:30', 'NZ$65', '120 seats', '5 December', '14 November', 'NZ$50,000', 'NZ$30', 'NZ$15', '2027', 'NZ$40', '027 445 8120' are not casualties."),
E(20, ["The man arrested in a cave near Te Anau on Tuesday"],
  "ARR", "2026-10-20", "day", "Te Anau", "NZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-018: 'on Tuesday' vs Saturday 24 October -> 20 October. 'charged yesterday with supplying the explosives and remanded in custody' is its judicial follow-up. No force named -> 'police'."),
E(20, ["The woman arrested in Invercargill on Wednesday"],
  "ARR", "2026-10-21", "day", "Invercargill", "NZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-019: 'on Wednesday' vs Saturday 24 October -> 21 October. 'released without charge on Thursday' does not undo the arrest. No force named -> 'police'."),
E(20, ["some 15,000 people followed a silent brass band from the Octagon to the Botanic Garden"],
  "PP", "2026-10-18", "day", "Dunedin", "NZ", None, None, None, None, None, False,
  "'on Sunday' vs Saturday 24 October -> 18 October. A silent march 'in memory of the dead', no incident -> Peaceful protest (like events_holdout41's silent marches in memory of the victims), perpetrator null. 'some 15,000' counts marchers."),
E(20, ["police defused a pipe bomb left on the wharf at Oamaru"],
  "DWU", "2018-01-01", "year", "Oamaru", "NZ", 0, 0, "exact", "police", None, True,
  "'2018' -> year, background. A pipe bomb defused on its own -> Disrupted weapons use by 'police'. 'Nobody was hurt then' explicitly says nobody was killed or hurt -> killed 0, injured 0, exact (dev). 'nobody was ever charged' sets nothing."),
]

# -------------------------------------------------------------- holdout70-021
ARTICLES.append(A(21, "fr", "article", "2026-12-04T09:00:00Z",
"Club d'astronomie du Queyras : lettre aux membres n° 19",
"""
CLUB D'ASTRONOMIE DU QUEYRAS - Saint-Véran. Lettre aux membres n° 19, vendredi 4 décembre 2026.

Chers membres,

Notre voyage « Ciels du Sud » en Nouvelle-Zélande, du 10 au 31 octobre, avec 21 participants, restera dans nos mémoires pour deux raisons. La première : trois nuits parfaites à Tekapo, où nous avons vu le Grand Nuage de Magellan à l'œil nu, Oméga du Centaure dans le télescope de 600 mm de l'observatoire du mont John, et une aurore australe le 15 octobre.

La seconde, vous la connaissez. Le 17 octobre, le groupe faisait étape à Dunedin lorsque deux kamikazes se sont fait exploser dans l'Octogone et au marché de la gare. L'attentat-suicide a fait quatorze morts, dont les deux kamikazes, et trente-six blessés ; il a été revendiqué par l'État islamique. Deux de nos membres, qui prenaient un café près de la cathédrale, ont été légèrement blessés par des éclats de verre.

L'enquête a encore progressé : jeudi 26 novembre, la police australienne a arrêté à Hobart, en Tasmanie, un homme soupçonné d'avoir financé les deux kamikazes. Quant à l'homme arrêté le 20 octobre dans une grotte près de Te Anau, il a été renvoyé la semaine dernière devant la Haute Cour de Dunedin.

Nos deux blessés vont bien. Ils présenteront avec nous, en images, ce voyage pas comme les autres.

À l'agenda du club :
- soirée d'observation des Géminides le dimanche 13 décembre à 21 heures, au parking du col (moins 12 °C annoncés : prévoyez des couches) ;
- conférence « Le ciel austral », avec les photos du voyage, le samedi 9 janvier à 18 heures, salle de la mairie ;
- cotisation 2027 : 30 euros, 15 euros pour les étudiants ;
- le solde du voyage, 180 euros par personne économisés sur les transferts annulés après l'attentat, sera remboursé en janvier.

Le télescope de 400 mm du club est de nouveau disponible après révision ; réservations auprès de Jean-Luc Faure, 04 92 45 83 16.

Ciel clair à tous,

Le bureau
"""))
GOLD += [
E(21, ["deux kamikazes se sont fait exploser dans l'Octogone", "L'attentat-suicide a fait quatorze morts", "l'attentat"],
  "SUI", "2026-10-17", "day", "Dunedin", "NZ", 14, 36, "exact", "Islamic State", "Islamic State", True,
  "Club letter of Friday 4 December; 'Le 17 octobre' -> 17 October, 48 days before -> background. Two sites of one town (the Octagon and the station market) -> ONE event in Dunedin. 'quatorze morts, dont les deux kamikazes, et trente-six blessés' -> killed 14 (bombers inside), injured 36 (number words), exact; the two members 'légèrement blessés' are a subset. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. 'après l'attentat' (lower case) also names it; 'L'attentat-suicide' (capital L) is a different string. '10 au 31 octobre', '21 participants', 'trois nuits', '600 mm', '15 octobre', '13 décembre', '21 heures', 'moins 12 °C', '9 janvier', '18 heures', '2027', '30 euros', '15 euros', '180 euros', '400 mm', '04 92 45 83 16' are not casualties."),
E(21, ["la police australienne a arrêté à Hobart"],
  "ARR", "2026-11-26", "day", "Hobart", "AU", None, None, None, "police", None, False,
  "'jeudi 26 novembre' -> 26 November, 8 days before Friday 4 December -> current. A man 'soupçonné d'avoir financé les deux kamikazes', arrested in Tasmania by the Australian police -> 'police', coded to Hobart in Australia (AU), not to the bombing's country."),
E(21, ["l'homme arrêté le 20 octobre dans une grotte près de Te Anau"],
  "ARR", "2026-10-20", "day", "Te Anau", "NZ", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout70-018: 'le 20 octobre' -> 20 October, 45 days before -> background. 'renvoyé la semaine dernière devant la Haute Cour' is its judicial follow-up, not a new event. No force named -> 'police'."),
]
