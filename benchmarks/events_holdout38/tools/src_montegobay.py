"""Authoring source of benchmarks/events_holdout38 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Montego Bay, Jamaica cluster (holdout38-016 to 020; English and
French), two suicide bombers on Friday 16 October 2026 at two sites of one
town (Sam Sharpe Square and the gate of the Charles Gordon Market, about
400 m and four minutes apart): an English wire with the first toll and a
speculation (016), an English union statement calling a march and a work
stoppage, with a revised toll, an arrest, a questioned member and a
minister's "may have been" (017), the French crisis unit's FAQ of the
French embassy ("foire aux questions" of a "cellule de crise", fr 018) with
the claim and a facilitator's arrest, an English church bulletin (019) with
the march that took place, a claim, a denial and restated arrests, and an
English investigative long-read on the bombers' last days (020) with a
rented car, sums paid, a new arrest, a charge and a release. Jamaica is
UTC-5: every publication time here is between 16:00 and 23:00 UTC (11:00
to 18:00 local), so every local date is the UTC date. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout38")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout38-016
ARTICLES.append(A(16, "en", "article", "2026-10-16T22:30:00Z",
"Suicide bombers kill at least eight in Montego Bay",
"""
MONTEGO BAY, Jamaica (Island Wire) - Two suicide bombers attacked Sam Sharpe Square and the Charles Gordon Market in Montego Bay on Friday, killing at least eight people and wounding more than 40 in the first such attack in Jamaica's history, police said.

The first man detonated a bomb hidden under his jacket at about 12:20 p.m. near the monument in the square, where office workers buy lunch from street vendors. Four minutes later a second man blew himself up at the market gate, about 400 metres away near the waterfront, as shoppers ran from the square.

"It was like the whole street lifted," said Desmond Clarke, 58, a cook at a patty shop nearby. He said a cruise passenger with a camera was lying next to his counter.

Two cruise ships carrying about 6,500 passengers were in port. The regional hospital treated most of the injured; eleven were flown to Kingston, about 190 km away by road, by helicopter and small plane.

No one had claimed responsibility by Friday evening. A senior officer of the Jamaica Constabulary Force said the bombing "could be the work" of a foreign jihadist cell, but declined to say more.

Jamaica has long struggled with gang violence but has almost never known bombings. In 2018, a pipe bomb exploded at a taxi park in Spanish Town, injuring four people; no one was ever convicted.

Police closed the city's Hip Strip for the night and deployed 300 extra officers from Kingston and Mandeville. The government asked the public to call 311 with any information, and cruise lines said passengers would stay on board until Saturday noon.
"""))
GOLD += [
E(16, ["Two suicide bombers attacked Sam Sharpe Square", "The first man detonated a bomb", "a second man blew himself up", "the bombing \"could be the work\""],
  "SUI", "2026-10-16", "day", "Montego Bay", "JM", 8, 40, "at_least", None, None, False,
  "'on Friday' = publication day, Friday 16 October 2026 (UTC-5; published 17:30 local). Two sites of one town (the square and the market gate, about 400 m and four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people and wounding more than 40' -> killed 8 at_least (the bombers are not mentioned: taken as stated), injured 40 (the qualifier is the killed figure's). No claim; 'could be the work' of a foreign cell is speculation -> perpetrator null. '12:20 p.m.', 'Four minutes later', '400 metres', '58' (an age), '6,500 passengers', 'eleven were flown' (a subset of the injured), '190 km', '300 extra officers', '311', 'Saturday noon' are not casualties."),
E(16, ["a pipe bomb exploded at a taxi park in Spanish Town"],
  "IED", "2018-01-01", "year", "Spanish Town", "JM", None, 4, "exact", None, None, True,
  "'In 2018' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; author unknown ('no one was ever convicted') -> null. 'injuring four people' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout38-017
ARTICLES.append(A(17, "en", "article", "2026-10-18T16:00:00Z",
"Hotel workers' union calls march for a safe Montego Bay",
"""
UNITED HOTEL AND TOURISM WORKERS' UNION (UHTWU) - STATEMENT ON THE MONTEGO BAY BOMBINGS - Sunday 18 October 2026

The National Executive Council of the UHTWU, meeting in emergency session at our Montego Bay office, 14 Union Street, expresses its grief after Friday's attack on Sam Sharpe Square and the Charles Gordon Market.

According to the Ministry of Health, eleven people were killed, not counting the two bombers, and 52 were injured. Two of the dead were our members: Sister Joy Campbell, 44, a room attendant, and Brother Andre Whyte, 31, a shuttle driver. Four more members are among the injured.

We call on our 9,000 members in St James and Hanover to join a march for a safe Montego Bay on Wednesday 21 October at 10 a.m., from the Charles Gordon Market to Sam Sharpe Square. Workers in the hotels of the Hip Strip will stop work for one hour, from 10 to 11 a.m., with the agreement of most employers. The march will be peaceful, and our stewards will wear yellow vests.

We note that police arrested two men in Falmouth on Saturday. We ask the authorities to respect their rights and to keep the public informed. One of our members, a shuttle driver who had driven tourists through the square minutes before the blasts, was questioned for four hours on Saturday and released. We condemn the rumours on social media naming him.

We reject the suggestion by a government minister that the attack "may have been planned from abroad" as a reason to cut tourism jobs. No group has said it was behind the bombings, and our members, whatever their faith, stand together.

We demand:
1. a permanent police post in the square;
2. paid leave for workers who witnessed the attack;
3. a J$50 million fund for the families of the victims.

Members' solidarity line: 876-952-4400, Monday to Saturday, 8 a.m. to 6 p.m.
"""))
GOLD += [
E(17, ["THE MONTEGO BAY BOMBINGS", "Friday's attack", "before the blasts", "behind the bombings"],
  "SUI", "2026-10-16", "day", "Montego Bay", "JM", 13, 52, "exact", None, None, False,
  "'Friday's attack' vs Sunday 18 October -> Friday 16 October. 'eleven people were killed, not counting the two bombers, and 52 were injured' -> killed 11 + 2 = 13, injured 52, exact. 'Two of the dead' and 'Four more members' are subsets. No claim ('No group has said it was behind the bombings'); the minister's 'may have been planned from abroad' is speculation -> null. The planned march of Wednesday 21 October and the one-hour stoppage are future events: not coded. '14 Union Street', '44', '31', '9,000 members', '10 a.m.', 'one hour', '10 to 11 a.m.', 'four hours', 'J$50 million', '876-952-4400', '8 a.m. to 6 p.m.' and the numbered demands are not casualties."),
E(17, ["police arrested two men in Falmouth on Saturday"],
  "ARR", "2026-10-17", "day", "Falmouth", "JM", None, None, None, "police", None, False,
  "'on Saturday' vs Sunday 18 October -> Saturday 17 October. Falmouth (Trelawny, Jamaica). 'police'. The member 'questioned for four hours on Saturday and released' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout38-018
ARTICLES.append(A(18, "fr", "article", "2026-10-20T17:00:00Z",
"Jamaïque : les questions des Français après l'attentat de Montego Bay",
"""
AMBASSADE DE FRANCE EN JAMAÏQUE - CELLULE DE CRISE - FOIRE AUX QUESTIONS. Mise à jour le mardi 20 octobre 2026 à 11 h (heure de Kingston).

Que s'est-il passé ?
Vendredi 16 octobre, vers 12 h 20, deux kamikazes se sont fait exploser à Montego Bay, d'abord sur la place Sam Sharpe puis, quatre minutes plus tard, devant le marché Charles Gordon, à environ 400 mètres.

Quel est le bilan ?
Selon le ministère jamaïcain de la Santé, quatorze personnes ont été tuées, dont les deux kamikazes, et cinquante-deux blessées. Une femme de 58 ans a succombé ce matin à l'hôpital régional.

Des Français sont-ils touchés ?
Deux ressortissants français, passagers d'un paquebot, ont été légèrement blessés ; ils ont regagné le bord. Aucun Français ne figure parmi les morts.

Qui est responsable ?
L'attentat a été revendiqué lundi par Al-Qaïda dans la péninsule arabique (AQPA). Les autorités jamaïcaines jugent cette revendication crédible.

Y a-t-il eu des arrestations ?
Oui. Deux hommes ont été arrêtés samedi à Falmouth. Ce matin, la police a interpellé un pêcheur à Lucea, à une quarantaine de kilomètres à l'ouest, soupçonné d'avoir caché les explosifs dans sa remise à bateaux.

Puis-je me rendre en Jamaïque ?
Il est recommandé d'éviter le centre de Montego Bay jusqu'à nouvel ordre. Les aéroports de Montego Bay et de Kingston fonctionnent normalement. Les compagnies proposent des reports sans frais jusqu'au 31 octobre.

Une manifestation est-elle prévue ?
Oui, demain mercredi à 10 heures, du marché Charles Gordon à la place Sam Sharpe. Évitez le secteur et suivez les consignes de la police.

Comment joindre la cellule de crise ?
Par téléphone au +1 876 946 40 00, 24 heures sur 24, ou par courriel. Les Français de passage sont invités à se signaler : 1 240 l'ont déjà fait depuis vendredi.

Je suis à bord d'un paquebot. Que faire ?
Suivez les instructions de l'équipage. Les deux navires présents vendredi ont quitté le port samedi à 18 heures.
"""))
GOLD += [
E(18, ["deux kamikazes se sont fait exploser à Montego Bay", "L'attentat a été revendiqué lundi"],
  "SUI", "2026-10-16", "day", "Montego Bay", "JM", 14, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'Vendredi 16 octobre', four days before Tuesday 20 October -> current. 'quatorze personnes ont été tuées, dont les deux kamikazes, et cinquante-deux blessées' -> 14 (bombers inside; the woman of 58 who 'a succombé ce matin' is inside), 52, exact. 'Deux ressortissants français' are a subset. 'revendiqué lundi par Al-Qaïda dans la péninsule arabique (AQPA)', judged 'crédible' -> claimant and perpetrator, canonical 'al-Qaeda in the Arabian Peninsula' (the name earlier sets used). The march 'demain mercredi' is a future event: not coded. '11 h', '12 h 20', 'quatre minutes', '400 mètres', '58 ans', '31 octobre', '10 heures', '+1 876 946 40 00', '24 heures sur 24', '1 240', '18 heures' are not casualties."),
E(18, ["Deux hommes ont été arrêtés samedi à Falmouth"],
  "ARR", "2026-10-17", "day", "Falmouth", "JM", None, None, None, "police", None, False,
  "'samedi' vs Tuesday 20 October -> Saturday 17 October. No force named in the sentence; the Jamaican police lead the inquiry -> 'police'."),
E(18, ["la police a interpellé un pêcheur à Lucea"],
  "ARR", "2026-10-20", "day", "Lucea", "JM", None, None, None, "police", None, False,
  "'Ce matin' = Tuesday 20 October. The cluster's suspected facilitator (the fisherman said to have hidden the explosives in his boat shed) -> Arrests, 'police'. 'une quarantaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout38-019
ARTICLES.append(A(19, "en", "article", "2026-10-24T20:00:00Z",
"Church of the Seafarers weekly bulletin, 25 October",
"""
CHURCH OF THE SEAFARERS, MONTEGO BAY - WEEKLY BULLETIN - SUNDAY 25 OCTOBER 2026

FROM THE RECTOR
Dear friends, eight days ago our city was wounded. The twin bombing of Friday 16 October at Sam Sharpe Square and the Charles Gordon Market took fourteen lives, among them the two young men who carried the bombs, and left 52 of our neighbours injured. On Tuesday Mrs. Hyacinth Brown, 58, a faithful member of our Mothers' Union, died of her wounds at the regional hospital. Her funeral will be held here on Saturday 31 October at 11 a.m.

On Wednesday, about 4,000 people walked with the unions and the churches from the market to the square, in silence and with dignity, to ask for safe streets. Thank you to the 60 members of our congregation who carried the parish banner.

We have learnt that al-Qaeda in the Arabian Peninsula claimed the attack on Monday, and that the Commissioner of Police considers the claim credible. Its boast of "more than 100 crusaders" killed is a lie. A channel close to Islamic State has denied any role. Police say the bombers may have been in contact with recruiters online. Let us not answer hatred with hatred, nor blame our Muslim neighbours, who walked beside us on Wednesday.

PARISH NOTICES
- The fisherman arrested in Lucea on Tuesday, whom police accuse of hiding the explosives in his boat shed, is not, as rumoured, a member of any church in this parish.
- The two men arrested in Falmouth last Saturday remain in custody. Please pray for justice, and for truth.
- Last Sunday's collection for the victims' families: J$1,214,500. Envelopes are at the door.
- Services: 7:00 a.m. and 9:30 a.m. Hymns 477, 254 and 635. Choir practice on Thursday at 6 p.m.
- Counselling in the church hall, Room 3, Monday to Friday, 9 a.m. to 1 p.m.
- Parish office: 876-952-1010.

The Rector
"""))
GOLD += [
E(19, ["our city was wounded", "The twin bombing of Friday 16 October", "claimed the attack on Monday"],
  "SUI", "2026-10-16", "day", "Montego Bay", "JM", 14, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'of Friday 16 October', eight days before Saturday 24 October -> current. 'took fourteen lives, among them the two young men who carried the bombs, and left 52 of our neighbours injured' -> 14 (bombers inside; Mrs. Brown, 58, who died on Tuesday 20 October, is inside), 52, exact. 'our city was wounded' ('eight days ago') names the bombing. 'al-Qaeda in the Arabian Peninsula claimed the attack on Monday', judged 'credible' -> claimant and perpetrator; its 'more than 100 crusaders' is never used; the Islamic State channel's denial and 'may have been in contact' are not coded. Her funeral, the services and the prayers are not coded. '58', '31 October', '11 a.m.', '60 members', 'J$1,214,500', '7:00 a.m.', '9:30 a.m.', 'Hymns 477, 254 and 635', '6 p.m.', 'Room 3', '9 a.m. to 1 p.m.', '876-952-1010' are not casualties."),
E(19, ["about 4,000 people walked with the unions and the churches"],
  "PP", "2026-10-21", "day", "Montego Bay", "JM", None, None, None, None, None, False,
  "'On Wednesday' vs Saturday 24 October -> Wednesday 21 October (the march the union called in holdout38-017). A march 'to ask for safe streets', 'in silence and with dignity' -> Peaceful protest, perpetrator null. 'about 4,000' are marchers; 'who walked beside us on Wednesday' restates it."),
E(19, ["The fisherman arrested in Lucea on Tuesday"],
  "ARR", "2026-10-20", "day", "Lucea", "JM", None, None, None, "police", None, False,
  "'on Tuesday' vs Saturday 24 October -> Tuesday 20 October; the facilitator's arrest of holdout38-018. 'police'."),
E(19, ["The two men arrested in Falmouth last Saturday"],
  "ARR", "2026-10-17", "day", "Falmouth", "JM", None, None, None, "police", None, False,
  "'last Saturday' in a Saturday publication -> the Saturday a week before, 17 October (dev rule for a weekday named with 'last' on that same weekday); it agrees with holdout38-017. 'remain in custody' is the same detention. 'police'."),
]

# -------------------------------------------------------------- holdout38-020
ARTICLES.append(A(20, "en", "article", "2026-11-06T19:00:00Z",
"Investigation: the last nine days of the Montego Bay bombers",
"""
INVESTIGATION | Three weeks after the twin suicide bombing of 16 October, which al-Qaeda in the Arabian Peninsula claimed, a team of three reporters retraced the movements of the two men with the help of receipts, CCTV footage and 31 interviews.

7 October. The men, both in their twenties, land in Kingston on separate flights, one from Panama City at 4:10 p.m., the other from Toronto the next morning. Between them they declare US$6,000 in cash to customs.

9 October. At an agency in Ocho Rios, one of them rents a white Nissan Sunny for twelve days and pays US$540 in cash. The rental clerk, arrested in Ocho Rios on 27 October, told investigators he was paid an extra US$200 not to copy the passport.

10 to 14 October. They stay at a guesthouse in Savanna-la-Mar, room 12, at J$6,500 a night. The owner was questioned for a day and released; police say she suspected nothing.

15 October. In Lucea, they collect two bags from a fishing boat shed. The fisherman who owned the shed was arrested on 20 October and released without charge on 30 October; detectives now believe the bags were left there without his knowledge.

16 October. At 12:20 p.m. the first man blows himself up at Sam Sharpe Square; four minutes later the second follows at the market gate. The toll now stands at 15 dead, including the two bombers, and 52 injured: a security guard, 39, died on 2 November.

The two men arrested in Falmouth on 17 October, who drove the bombers' car back from Lucea, were charged on 4 November with murder and terrorism offences.

Jamaica had seen only one bombing in recent memory: a pipe bomb that injured four people at a Spanish Town taxi park in 2018. "Nobody imagined a suicide bomber here," said a retired detective, 67, who worked on that case.
"""))
GOLD += [
E(20, ["the twin suicide bombing of 16 October", "the first man blows himself up at Sam Sharpe Square", "the second follows at the market gate"],
  "SUI", "2026-10-16", "day", "Montego Bay", "JM", 15, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'of 16 October', 21 days before Friday 6 November -> current. '15 dead, including the two bombers, and 52 injured' -> 15 (the guard of 39 who died on 2 November raised it from 14), 52, exact. 'which al-Qaeda in the Arabian Peninsula claimed', undisputed -> claimant and perpetrator. The bombers' movements (7, 9, 10-14, 15 October) are not events. 'Three weeks', 'three reporters', '31 interviews', '4:10 p.m.', 'US$6,000', 'twelve days', 'US$540', 'US$200', 'room 12', 'J$6,500', '12:20 p.m.', 'four minutes', '39', '67' are not casualties."),
E(20, ["The rental clerk, arrested in Ocho Rios on 27 October"],
  "ARR", "2026-10-27", "day", "Ocho Rios", "JM", None, None, None, "police", None, False,
  "'on 27 October', ten days old -> current. The car rental clerk who rented out the bombers' car -> Arrests; no force named, the police lead the inquiry -> 'police'. The guesthouse owner 'questioned for a day and released' is not arrested."),
E(20, ["The fisherman who owned the shed was arrested on 20 October"],
  "ARR", "2026-10-20", "day", "Lucea", "JM", None, None, None, "police", None, False,
  "The facilitator's arrest of holdout38-018/019 ('on 20 October', in Lucea), 17 days old -> current; 'released without charge on 30 October': the arrest stays, the release is not an event. 'police'."),
E(20, ["The two men arrested in Falmouth on 17 October"],
  "ARR", "2026-10-17", "day", "Falmouth", "JM", None, None, None, "police", None, False,
  "The Falmouth arrest ('on 17 October', 20 days old -> current) told with its follow-up ('charged on 4 November') -> one Arrests event at the arrest's day, not a new one on 4 November. 'police'."),
E(20, ["a pipe bomb that injured four people at a Spanish Town taxi park"],
  "IED", "2018-01-01", "year", "Spanish Town", "JM", None, 4, "exact", None, None, True,
  "'in 2018' -> year, background; the pipe bomb of holdout38-016; 'injured four people' -> injured 4, exact; author unknown -> null."),
]
