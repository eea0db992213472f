"""Authoring source of benchmarks/events_holdout61 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Moncton, Canada cluster (holdout61-016 to 020, and 021 six weeks
later; English and French), two suicide bombers on Saturday 19 September
2026 at two sites of one city in New Brunswick (the Moncton Market on
Westmorland Street and the Main Street entrance of the Avenir Centre, « le
marché de Moncton » and « le Centre Avenir », about 600 m and six minutes
apart): an English wire with the first report (016), a dog-grooming salon's
email to its clients ("courriel d'un salon de toilettage canin", fr 017), an
English tennis club bulletin with the claim ("bulletin d'un club de
tennis", 018), an English Coast Guard situation update ("point du garde du
littoral", 019), a French afternoon email newsletter ("lettre
d'information de l'après-midi par courriel", fr 020) and, six weeks later, a
car wash's notice to its customers ("avis d'une station de lavage", fr 021).
New Brunswick is UTC-3 in September and UTC-4 from 1 November 2026: every
publication time here is between 13:00 and 20:00 UTC, so every local date
is the UTC date. Dieppe, Shediac, Edmundston and Sackville are municipalities
of their own, not districts of Moncton; Houlton is in Maine (US). The gold
writes "Saint John" (French « Saint-Jean »). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout61")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout61-016
ARTICLES.append(A(16, "en", "article", "2026-09-19T20:00:00Z",
"Twin suicide bombing in Moncton kills at least 10",
"""
MONCTON, New Brunswick (Maritime Wire) - Two suicide bombers struck downtown Moncton six minutes apart on Saturday morning, killing themselves and at least eight other people and wounding more than 30, the Royal Canadian Mounted Police said.

The first man set off his explosives at about 10:40 a.m. inside the Moncton Market on Westmorland Street, which was packed with Saturday shoppers. At 10:46, the second detonated a device at the Main Street entrance of the Avenir Centre, some 600 metres away, where hockey fans were queuing for a junior game.

"The windows of the market came in on us," said Julie LeBlanc, 52, who sells maple products at stall 18. "I grabbed two kids and ran out the back."

"It is too early to say who is behind this," an RCMP spokesperson told reporters, adding that investigators were "examining possible links" to al-Qaeda in the Arabian Peninsula, whose propaganda one of the men had shared online.

Attacks of this kind are almost unknown in the province. In 2019, a pipe bomb exploded outside a bar in Saint John, injuring two people, and in 2021, police defused a pressure-cooker device left at Fredericton's bus station.

The afternoon game, which was expected to draw 2,500 of the arena's 8,800 seats, was cancelled. Main Street was sealed off between Highfield and Botsford streets, and Route 15 was closed at the city limits. Two flights into Greater Moncton airport were diverted to Halifax, 260 km away. The Moncton Hospital and the Dr. Georges-L.-Dumont University Hospital Centre activated their emergency plans; relatives were asked to call 1-877-555-0142 rather than come to the wards.

Prime Minister's Office officials said the federal cabinet would meet on Sunday. About 400 RCMP officers from across the Maritimes were being sent to the city, which has some 80,000 residents.
"""))
GOLD += [
E(16, ["Two suicide bombers struck downtown Moncton six minutes apart", "The first man set off his explosives", "the second detonated a device"],
  "SUI", "2026-09-19", "day", "Moncton", "CA", 10, 30, "at_least", None, None, False,
  "Wire of Saturday 19 September 2026 (17:00 in Moncton, UTC-3); 'on Saturday morning' = the publication day. Two sites of one city (the Moncton Market and the Avenir Centre, 'some 600 metres away', six minutes apart) -> ONE Suicide bomb event coded to the city. First report: 'killing themselves and at least eight other people and wounding more than 30' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 30 ('more than 30'; the qualifier describes the killed figure). No claim; 'examining possible links' to al-Qaeda in the Arabian Peninsula is speculation -> perpetrator null. '10:40 a.m.', '10:46', '600 metres', '52', 'stall 18', 'two kids' (carried out, not a toll), '2,500', '8,800 seats', 'Route 15', 'Two flights', '260 km', '1-877-555-0142', '400 RCMP officers', '80,000 residents' are not casualties."),
E(16, ["a pipe bomb exploded outside a bar in Saint John"],
  "IED", "2019-01-01", "year", "Saint John", "CA", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; no author named -> null. 'injuring two people' -> injured 2, exact."),
E(16, ["police defused a pressure-cooker device left at Fredericton's bus station"],
  "DWU", "2021-01-01", "year", "Fredericton", "CA", None, None, None, "police", None, True,
  "'in 2021' -> year, background. A device defused by police -> Disrupted weapons use by 'police'. No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout61-017
ARTICLES.append(A(17, "fr", "article", "2026-09-21T13:00:00Z",
"Toilettage Poil d'Acadie : salon fermé aujourd'hui",
"""
De : Toilettage Poil d'Acadie, 412, rue Champlain, Dieppe
À : Nos clientes et nos clients
Objet : Salon fermé aujourd'hui - reprise des rendez-vous mercredi
Envoyé le lundi 21 septembre 2026, 9 h 47

Bonjour à toutes et à tous, et une caresse à vos compagnons à quatre pattes,

Comme vous tous, nous sommes sous le choc depuis le double attentat-suicide de samedi au marché de Moncton et devant le Centre Avenir. Samedi soir, on parlait d'au moins dix morts ; ce matin, la GRC fait état de douze morts, dont les deux kamikazes, et de 37 blessés. Parmi eux, une de nos fidèles clientes, Mme Gallant, et son caniche Biscuit, 12 ans, qui vont bien tous les deux.

Vous l'avez peut-être appris : dimanche à l'aube, la GRC a arrêté deux hommes dans un immeuble de la rue Acadie, à Dieppe, à deux coins de rue du salon. La rue est restée fermée jusqu'à 15 heures. Notre voisin de palier, Paul, a été entendu comme témoin au poste puis est rentré chez lui en fin d'après-midi.

Le salon est donc fermé aujourd'hui. Voici ce que nous vous proposons :

- Les rendez-vous de lundi et de mardi sont reportés à la semaine prochaine, au même jour et à la même heure. Si cela ne vous convient pas, répondez simplement à ce courriel.
- Pendant tout le mois d'octobre, 5 $ par toilettage seront versés à la Croix-Rouge pour les familles des victimes.
- Les bains « express » (chiens de moins de 10 kg) passent de 45 $ à 40 $ jusqu'au 31 octobre ; le toilettage complet reste à 65 $ pour les chiens de 10 à 25 kg.
- Votre carte de fidélité : le 10e toilettage est toujours offert.

Un chien stressé par les sirènes ? Promenades courtes et repas à heure fixe. Appelez-nous au 506-555-0187 : nous répondons de 8 h 30 à 17 heures.

Prenez soin de vous et de vos toutous. Depuis 2014, vous êtes notre deuxième famille.

Nathalie et Rémi
"""))
GOLD += [
E(17, ["le double attentat-suicide de samedi au marché de Moncton et devant le Centre Avenir"],
  "SUI", "2026-09-19", "day", "Moncton", "CA", 12, 37, "exact", None, None, False,
  "Email of Monday 21 September; 'de samedi' -> 19 September. Two sites of one city -> ONE event. The toll is revised inside: 'au moins dix morts' (Saturday evening's, superseded) -> 'douze morts, dont les deux kamikazes, et de 37 blessés' -> killed 12 (bombers inside), injured 37, exact; the client among them is one of the 37. No claim, no group named -> perpetrator null. '412', '9 h 47', '12 ans' (a dog), '15 heures', '5 $', '10 kg', '45 $', '40 $', '31 octobre', '65 $', '10 à 25 kg', '10e', '506-555-0187', '8 h 30', '17 heures', '2014' are not casualties."),
E(17, ["la GRC a arrêté deux hommes dans un immeuble de la rue Acadie, à Dieppe"],
  "ARR", "2026-09-20", "day", "Dieppe", "CA", None, None, None, "police", None, False,
  "'dimanche à l'aube' vs Monday 21 September -> 20 September. Two men arrested in Dieppe (a city of its own next to Moncton) by the GRC (RCMP) -> 'police'. The neighbour 'entendu comme témoin' is not arrested."),
]

# -------------------------------------------------------------- holdout61-018
ARTICLES.append(A(18, "en", "article", "2026-09-23T15:00:00Z",
"Members' bulletin: Fall Classic cancelled, in memory of Denise",
"""
MONCTON TENNIS CLUB - MEMBERS' BULLETIN No. 31. Wednesday 23 September 2026.

Dear members,

It is with deep sorrow that we tell you of the death of Denise Cormier, 58, our ladies' doubles captain for eleven seasons. Denise was wounded in Saturday's twin suicide bombing at the market and the Avenir Centre, and died on Monday at the Dumont hospital. The toll now stands at 13 dead, including the two bombers, and 37 injured. A book of memories is open at the clubhouse bar.

On Tuesday, al-Qaeda in the Arabian Peninsula claimed the attack in a video from its al-Malahem media arm, boasting of "more than 40 crusaders" killed. The RCMP said it considered the claim credible. Islamic State, which some commentators had blamed, denied any role through its Amaq agency. Police said the bombers "may have been" in contact with an AQAP recruiter online.

On Monday, police in Maine arrested a man in Houlton, just across the border, suspected of buying the hydrogen peroxide used in the bombs. He is expected to appear before a federal judge in Bangor on Friday.

Club decisions:
- The Fall Classic, planned for 3 and 4 October with 96 entries, is cancelled. Entry fees of $35 per player will be refunded by 15 October.
- Courts 1 to 6 stay open from 7 a.m. to 10 p.m., but the floodlit courts 5 and 6 will close at 9 p.m. until further notice.
- The junior clinic for ages 8 to 12 resumes on Saturday at 10 a.m.; parents are asked to drop children at the Mountain Road gate.
- Balls are on sale at the desk at $12 a can of three.

Saturday's club final between Marc Doiron and Luc Gaudet, stopped at 6-4, 3-3 when the sirens started, will not be replayed: both players asked that the trophy stay in the cabinet this year, with Denise's name beside it.

Annual fees of $240 ($120 for students) are due on 1 November.

The board
"""))
GOLD += [
E(18, ["Saturday's twin suicide bombing at the market and the Avenir Centre", "the attack"],
  "SUI", "2026-09-19", "day", "Moncton", "CA", 13, 37, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Bulletin of Wednesday 23 September; 'Saturday's' -> 19 September. '13 dead, including the two bombers, and 37 injured' -> killed 13 (bombers inside; the member of 58 who died Monday is inside), injured 37, exact. 'al-Qaeda in the Arabian Peninsula claimed the attack', judged 'credible' by the RCMP -> claimant and perpetrator (canonical 'al-Qaeda in the Arabian Peninsula'); the claim's 'more than 40 crusaders' is never used. Islamic State's denial is not a claim; 'may have been' in contact is speculation. 'the bombs' (the devices) is not a naming. 'No. 31', '58', 'eleven seasons', '3 and 4 October', '96 entries', '$35', '15 October', 'Courts 1 to 6', '7 a.m. to 10 p.m.', '5 and 6', '9 p.m.', '8 to 12', '10 a.m.', '$12', 'three', '6-4, 3-3', '$240', '$120', '1 November' are not casualties."),
E(18, ["police in Maine arrested a man in Houlton"],
  "ARR", "2026-09-21", "day", "Houlton", "US", None, None, None, "police", None, False,
  "'On Monday' vs Wednesday 23 September -> 21 September. The cluster's suspected facilitator (the buyer of the hydrogen peroxide), arrested in Houlton, Maine -> US; 'police in Maine' -> 'police'. The court appearance in Bangor is a follow-up, not an event."),
]

# -------------------------------------------------------------- holdout61-019
ARTICLES.append(A(19, "en", "article", "2026-09-24T14:00:00Z",
"Coast Guard situation update No. 4: Shediac Bay",
"""
CANADIAN COAST GUARD - MARITIMES REGION. SITUATION UPDATE No. 4: SHEDIAC BAY AND NORTHUMBERLAND STRAIT. Issued Thursday 24 September 2026, 11:00 ADT. Supersedes Update No. 3.

1. BACKGROUND. Since the twin suicide bombing of 19 September in Moncton, which killed 13 people, the two bombers among them, and injured 37, and which was claimed by al-Qaeda in the Arabian Peninsula, the Coast Guard has supported the RCMP in the ports of the Shediac area, 25 km northeast of the city.

2. ARREST. On Wednesday morning, RCMP officers, with the support of the Coast Guard vessel Vigilant Heron, arrested a man aboard a lobster boat moored at the Pointe-du-Chêne wharf in Shediac. He is suspected of having agreed to carry one of the bombers' accomplices to the Magdalen Islands. The boat's two deckhands were questioned on board and released.

3. MEASURES IN FORCE. Marine security (MARSEC) level 2 remains in force at the Pointe-du-Chêne and Shediac Bridge wharves until further notice. A restricted zone of 500 metres around the Pointe-du-Chêne wharf is closed to all vessels not authorised by the RCMP. Vessels over 12 metres must report to Marine Communications and Traffic Services 2 hours before entering Shediac Bay. Speed is limited to 5 knots inside the bay.

4. NAVIGATION. Anchorage area B (46°14' N, 064°31' W) is reserved for police vessels. High water at Pointe-du-Chêne is at 14:52 today (1.9 metres). Buoy SB7 remains off station.

5. FISHERIES. Fall lobster fishing in area 25 continues. Fish harvesters are asked to keep their licence and logbook on board for inspection.

6. CONTACTS. MCTS Halifax, VHF channels 16 and 68. Coast Guard duty officer: 1-800-555-0199. Next update: Saturday 26 September, 11:00 ADT, or earlier if conditions change.
"""))
GOLD += [
E(19, ["the twin suicide bombing of 19 September in Moncton"],
  "SUI", "2026-09-19", "day", "Moncton", "CA", 13, 37, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Situation update of Thursday 24 September; 'of 19 September' -> 19 September. 'killed 13 people, the two bombers among them, and injured 37' -> killed 13 (bombers inside), injured 37, exact. 'claimed by al-Qaeda in the Arabian Peninsula', undisputed -> claimant and perpetrator. 'No. 4', '11:00 ADT', 'No. 3', '25 km', 'level 2', '500 metres', '12 metres', '2 hours', '5 knots', 'area B', '46°14' N, 064°31' W', '14:52', '1.9 metres', 'SB7', 'area 25', 'channels 16 and 68', '1-800-555-0199', '26 September' are not casualties."),
E(19, ["arrested a man aboard a lobster boat moored at the Pointe-du-Chêne wharf in Shediac"],
  "ARR", "2026-09-23", "day", "Shediac", "CA", None, None, None, "police", None, False,
  "'On Wednesday morning' vs Thursday 24 September -> 23 September. RCMP officers arrested a man at the Pointe-du-Chêne wharf, in Shediac -> coded to Shediac (the wharf is in the town); the Coast Guard vessel only supported -> 'police'. The two deckhands 'questioned on board and released' are not arrested."),
]

# -------------------------------------------------------------- holdout61-020
ARTICLES.append(A(20, "fr", "article", "2026-09-26T19:30:00Z",
"L'Acadie à 16 h : une semaine après, Moncton marche en silence",
"""
L'ACADIE À 16 H - La lettre de l'après-midi du Courrier du Sud-Est. Samedi 26 septembre 2026.

Bonjour,

À LA UNE. Ce midi, quelque 15 000 personnes ont marché en silence de l'hôtel de ville jusqu'au Centre Avenir, derrière une banderole « Moncton debout ». Une semaine jour pour jour après le double attentat-suicide du marché et du Centre Avenir, les marcheurs ont observé une minute de silence à 10 h 40, l'heure de la première explosion. Aucun incident n'a été signalé.

LE BILAN. Onze victimes, sans compter les deux kamikazes : le bilan s'établit à treize morts et 37 blessés, dont cinq encore hospitalisés. L'attentat a été revendiqué mardi par al-Qaïda dans la péninsule Arabique (AQPA).

L'ENQUÊTE. Les deux hommes arrêtés dimanche dernier à Dieppe ont été formellement accusés jeudi de meurtre au premier degré et de participation aux activités d'un groupe terroriste ; ils restent détenus. Le pêcheur interpellé mercredi sur le quai de Pointe-du-Chêne, à Shediac, a été libéré vendredi sans accusation. L'homme arrêté lundi à Houlton, dans le Maine, a renoncé jeudi à contester son extradition. Nouveau : la GRC a arrêté vendredi soir à Edmundston, près de la frontière du Québec, un quatrième suspect, soupçonné d'avoir fabriqué les ceintures d'explosifs.

MÉMOIRE. La province n'avait connu qu'un seul attentat à la bombe ces dernières années : en 2019, une bombe artisanale avait blessé deux personnes devant un bar de Saint-Jean.

EN BREF.
- Le marché de Moncton rouvrira samedi prochain, sur 70 de ses 110 étals.
- Le match de hockey junior, reporté samedi dernier, se jouera mardi à 19 heures ; les 2 500 billets restent valables.
- Le fonds de soutien aux victimes a recueilli 1,4 million de dollars auprès de 9 200 donateurs.
- Essence : 1,62 $ le litre, en baisse de 3 cents.

MÉTÉO. Ciel variable, 14 degrés ce soir, 6 degrés cette nuit. Pluie attendue dimanche, 15 mm.

LOTO. Tirage de ce soir à 22 h 30 : gros lot estimé à 12 millions de dollars.

La rédaction - Pour nous écrire : lettre16h@courrier-sud-est.example
"""))
GOLD += [
E(20, ["quelque 15 000 personnes ont marché en silence"],
  "PP", "2026-09-26", "day", "Moncton", "CA", None, None, None, None, None, False,
  "Newsletter of Saturday 26 September (16:30 in Moncton); 'Ce midi' -> the publication day. A silent march behind a banner with a message ('Moncton debout'), 'Aucun incident' -> Peaceful protest, perpetrator null. '15 000' counts marchers; the minute of silence is not coded."),
E(20, ["le double attentat-suicide du marché et du Centre Avenir", "la première explosion", "L'attentat"],
  "SUI", "2026-09-19", "day", "Moncton", "CA", 13, 37, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'Une semaine jour pour jour' before Saturday 26 September -> 19 September. 'Onze victimes, sans compter les deux kamikazes : le bilan s'établit à treize morts et 37 blessés' -> killed 13 (11 victims + 2 bombers; the letter gives both figures), injured 37, exact; 'dont cinq encore hospitalisés' is a subset. 'revendiqué mardi par al-Qaïda dans la péninsule Arabique (AQPA)' -> canonical 'al-Qaeda in the Arabian Peninsula', claimant and perpetrator. '10 h 40', '70 de ses 110 étals', '19 heures', '2 500 billets', '1,4 million de dollars', '9 200 donateurs', '1,62 $', '3 cents', '14 degrés', '6 degrés', '15 mm', '22 h 30', '12 millions' are not casualties."),
E(20, ["Les deux hommes arrêtés dimanche dernier à Dieppe"],
  "ARR", "2026-09-20", "day", "Dieppe", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout61-017: 'dimanche dernier' vs Saturday 26 September -> 20 September. Told through its judicial follow-up ('formellement accusés jeudi ... ils restent détenus') -> one Arrests event at the arrest's place and day. No force named here -> 'police'."),
E(20, ["Le pêcheur interpellé mercredi sur le quai de Pointe-du-Chêne, à Shediac"],
  "ARR", "2026-09-23", "day", "Shediac", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout61-019: 'mercredi' vs Saturday 26 September -> 23 September. 'libéré vendredi sans accusation' does not undo the arrest and is not an event. No force named -> 'police'."),
E(20, ["L'homme arrêté lundi à Houlton, dans le Maine"],
  "ARR", "2026-09-21", "day", "Houlton", "US", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout61-018: 'lundi' vs Saturday 26 September -> 21 September; in Maine -> US. Waiving his challenge to extradition is a follow-up. No force named -> 'police'."),
E(20, ["la GRC a arrêté vendredi soir à Edmundston, près de la frontière du Québec, un quatrième suspect"],
  "ARR", "2026-09-25", "day", "Edmundston", "CA", None, None, None, "police", None, False,
  "'vendredi soir' vs Saturday 26 September -> 25 September. A fourth suspect, arrested by the GRC (RCMP) in Edmundston -> 'police'."),
E(20, ["une bombe artisanale avait blessé deux personnes devant un bar de Saint-Jean"],
  "IED", "2019-01-01", "year", "Saint John", "CA", None, 2, "exact", None, None, True,
  "'en 2019' -> year, background: the Saint John pipe bomb of holdout61-016 (French « Saint-Jean »; gold 'Saint John'). A homemade bomb -> Remote explosive/landmine/IED; no author named -> null. 'avait blessé deux personnes' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout61-021
ARTICLES.append(A(21, "fr", "article", "2026-11-02T14:00:00Z",
"Lave-auto Éclat : réouverture et avis à notre clientèle",
"""
LAVE-AUTO ÉCLAT - 1550, boulevard Dieppe, Dieppe. AVIS À NOTRE CLIENTÈLE. Le lundi 2 novembre 2026.

Chère clientèle,

Nous sommes heureux de vous annoncer la réouverture complète de nos six baies de lavage, dont les deux baies sans contact, après cinq semaines de fonctionnement partiel.

POURQUOI CES PERTURBATIONS ? Comme l'ont rapporté les médias, la fourgonnette blanche utilisée par les deux kamikazes de l'attentat-suicide du 19 septembre à Moncton avait été lavée chez nous la veille au soir, à 19 h 12, dans la baie n° 4. Le 21 septembre, à la demande de la GRC, nous avons remis les enregistrements de nos 9 caméras et fermé deux baies pendant les relevés. Notre gérant, entendu à deux reprises comme témoin, n'est mis en cause d'aucune façon.

Nous pensons aux victimes de cet attentat, qui a fait treize morts, dont les deux auteurs, et 37 blessés, et qu'a revendiqué al-Qaïda dans la péninsule Arabique. Le 14 octobre, la GRC a arrêté à Sackville un homme soupçonné d'avoir loué cette fourgonnette aux kamikazes ; il a été accusé le lendemain et reste détenu.

NOS PROGRAMMES D'HIVER.
- Lavage de base : 12 $ (environ 6 minutes).
- Lavage complet avec cire : 18 $.
- Programme « Hiver » avec lavage du dessous de caisse contre le sel de route : 24 $.
- Aspirateurs : 2 $ pour 5 minutes.

VOTRE CARTE DE FIDÉLITÉ. Le 10e lavage est offert. Les tampons accumulés avant le 19 septembre restent valables jusqu'au 31 mars 2027.

ENVIRONNEMENT. Nos installations recyclent 80 % de l'eau de lavage, soit environ 150 litres économisés par véhicule.

HORAIRES. Du lundi au samedi de 7 heures à 21 heures, le dimanche de 9 heures à 18 heures. La baie n° 6 accepte les véhicules jusqu'à 2,4 mètres de hauteur.

Pour toute question : 506-555-0163.

Merci de votre fidélité et de votre patience.

La direction
"""))
GOLD += [
E(21, ["l'attentat-suicide du 19 septembre à Moncton", "cet attentat"],
  "SUI", "2026-09-19", "day", "Moncton", "CA", 13, 37, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", True,
  "Notice of Monday 2 November 2026; 'du 19 septembre' -> 19 September, 44 days before -> background. 'treize morts, dont les deux auteurs, et 37 blessés' -> killed 13 (bombers inside), injured 37, exact. 'qu'a revendiqué al-Qaïda dans la péninsule Arabique', undisputed -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula'. '1550', 'six baies', 'deux baies', 'cinq semaines', '19 h 12', 'n° 4', '21 septembre', '9 caméras', '12 $', '6 minutes', '18 $', '24 $', '2 $', '5 minutes', '10e', '31 mars 2027', '80 %', '150 litres', '7 heures à 21 heures', '9 heures à 18 heures', 'n° 6', '2,4 mètres', '506-555-0163' are not casualties."),
E(21, ["la GRC a arrêté à Sackville un homme"],
  "ARR", "2026-10-14", "day", "Sackville", "CA", None, None, None, "police", None, False,
  "'Le 14 octobre' -> 14 October, 19 days before Monday 2 November -> current. A man suspected of renting the van to the bombers, arrested in Sackville by the GRC (RCMP) -> 'police'; 'accusé le lendemain et reste détenu' is the follow-up. The manager 'entendu à deux reprises comme témoin' is not arrested; the police collecting the car wash's recordings is not an event."),
]
