"""Authoring source of benchmarks/events_holdout46 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Rijeka, Croatia cluster (holdout46-001 to 005; English and French),
two suicide bombers on Saturday 21 March 2026 at two sites of one town (the
Korzo, the pedestrian street, near the City Clock Tower, and the waiting hall
of the main bus station at Žabica, "some 500 metres" and four minutes apart):
an English wire with a first report (001), a ferry operator's sailing notice
(002, English), the French translated summary of a Croatian daily's report on
the claim and the arrests ("résumé traduit", fr 003), the English statement
of the University of Rijeka's Senate (004) and a French concert ticket refund
notice ("avis de remboursement", fr 005). Croatia is UTC+1 until 29 March
2026: every publication time here is between 08:00 and 14:00 UTC, so every
local date is the UTC date. The gold keeps the Croatian spellings with
diacritics ("Mali Lošinj"), which the English texts write without them
("Mali Losinj", "Zabica"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout46")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout46-001
ARTICLES.append(A(1, "en", "article", "2026-03-21T14:00:00Z",
"Twin suicide bombing kills at least ten in Croatian port city",
"""
RIJEKA, Croatia (Adriatic Wire) - Two suicide bombers blew themselves up four minutes apart in the centre of Rijeka on Saturday morning, killing at least eight people besides themselves and wounding dozens, police said, in the first attack of its kind in Croatia.

The first bomber detonated his explosives at about 11:20 a.m. on the Korzo, the city's pedestrian street, near the City Clock Tower, where a spring craft fair had drawn crowds. The second struck at 11:24 in the waiting hall of the main bus station at Zabica, some 500 metres to the west, as people ran from the Korzo.

"I was paying 4 euros for a piece of cheese when the ground shook," said Vesna Horvat, 58, who sells lace at stall 31 of the fair. "Then we heard the second one."

No one had claimed responsibility by early afternoon. Investigators were examining whether the bombers could be linked to Islamic State, a police official said on condition of anonymity, and whether they may have arrived on the overnight bus from Zagreb.

Croatia has seen little political violence since the 1990s. In 2017, a man threw a hand grenade into a cafe in Slavonski Brod, wounding four people; a court later found that he had acted over a debt.

Clinical Hospital Centre Rijeka, which has 1,100 beds, declared a mass-casualty alert and called in all off-duty staff. The city appealed for blood donors and opened a line for relatives on 051 658 111. About 400 police officers were sent from Zagreb, 160 km to the east, and catamaran sailings to the islands of Cres and Losinj were suspended until further notice.

The government declared a day of national mourning for Monday.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up four minutes apart in the centre of Rijeka", "The first bomber detonated his explosives", "The second struck"],
  "SUI", "2026-03-21", "day", "Rijeka", "HR", 10, 12, "at_least", None, None, False,
  "Wire of Saturday 21 March 2026 (15:00 in Rijeka); 'on Saturday morning' = the publication day. Two sites of one town (the Korzo near the City Clock Tower and the bus station at Zabica, 'some 500 metres' and four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people besides themselves and wounding dozens' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 'dozens' = 12 (dev table; the qualifier describes the killed figure). No claim ('No one had claimed responsibility'); 'could be linked to Islamic State' and 'may have arrived' are speculation -> perpetrator null. 'the first attack of its kind' is generic. '11:20 a.m.', '11:24', '500 metres', '4 euros', '58', 'stall 31', '1990s', '1,100 beds', '051 658 111', '400 police officers', '160 km' are not casualties; 'the second one' (a bang heard) is left out of the triggers."),
E(1, ["a man threw a hand grenade into a cafe in Slavonski Brod"],
  "GRN", "2017-01-01", "year", "Slavonski Brod", "HR", None, 4, "exact", None, None, True,
  "'In 2017' -> year, background. A hand grenade thrown into a cafe -> Grenade. 'wounding four people' -> injured 4 (number word), exact; killed null (no figure). The thrower is an unnamed man acting 'over a debt' -> perpetrator null."),
]

# -------------------------------------------------------------- holdout46-002
ARTICLES.append(A(2, "en", "article", "2026-03-22T08:00:00Z",
"Kvarner Fast Lines: catamaran sailings resume on line 9602",
"""
KVARNER FAST LINES d.o.o. - SAILING NOTICE No. 9/2026. Issued Sunday 22 March 2026, 08:30. Replaces Sailing Notice No. 8/2026 of 21 March.

1. SITUATION. Following the twin suicide bombing in Rijeka on Saturday morning, on the Korzo and at the Zabica bus station next to our ticket office, Notice No. 8 reported at least ten people dead. Police this morning gave the toll as thirteen killed, including the two bombers, and 51 wounded. Among the dead is our ticket clerk Marija Kos, 52, who was injured at counter 2 and died in hospital overnight. Two of our deckhands were slightly hurt.

2. ARREST ON ARRIVAL. A passenger of our catamaran Kvarner Star (line 9602, Rijeka - Cres - Mali Losinj, departure 17:30) was arrested by police on arrival at Mali Losinj at 20:05 on Saturday. Police have not said what he is suspected of. The crew of five were questioned on the quay and allowed to leave before midnight.

3. SAILINGS. Line 9602 resumes today with one return sailing: Rijeka 12:00, Cres 13:25, Mali Losinj 14:45; return from Mali Losinj at 16:00. Line 9605 to Rab remains suspended until Tuesday. Capacity is reduced to 250 of 340 seats so that every passenger can be screened.

4. CHECK-IN AND SECURITY. Check-in closes 45 minutes before departure. All bags are X-rayed and hand luggage is limited to 8 kg per passenger. The terminal on the Riva, berth 11, opens at 10:30. Passengers who cannot reach the port because of road closures may rebook free of charge until 5 April.

5. REFUNDS AND CONTACT. Tickets for suspended sailings (adults 12.60 euros, children 6.30 euros) are refunded automatically. Call centre: +385 51 211 444, from 07:00 to 21:00.

Kvarner Fast Lines offers its condolences to the families of the victims, and to Marija's family and colleagues.
"""))
GOLD += [
E(2, ["the twin suicide bombing in Rijeka on Saturday morning"],
  "SUI", "2026-03-21", "day", "Rijeka", "HR", 13, 51, "exact", None, None, False,
  "Sailing notice of Sunday 22 March; 'on Saturday morning' -> 21 March. Two sites of one town (the Korzo and the Zabica bus station) -> ONE event. The toll is revised inside: Notice No. 8's 'at least ten people dead' is superseded by 'thirteen killed, including the two bombers, and 51 wounded' -> killed 13 (number word; bombers inside), injured 51, exact. The ticket clerk who 'died in hospital overnight' is inside the 13; 'Two of our deckhands were slightly hurt' are a subset of the 51. No claim, no group named -> perpetrator null. 'No. 9/2026', 'No. 8/2026', '08:30', '52', 'counter 2', 'line 9602', '17:30', '20:05', 'crew of five' (questioned), '12:00', '13:25', '14:45', '16:00', 'line 9605', '250 of 340 seats', '45 minutes', '8 kg', 'berth 11', '10:30', '5 April', '12.60 euros', '6.30 euros', '+385 51 211 444', '07:00 to 21:00' are not casualties."),
E(2, ["was arrested by police on arrival at Mali Losinj"],
  "ARR", "2026-03-21", "day", "Mali Lošinj", "HR", None, None, None, "police", None, False,
  "'at 20:05 on Saturday' vs Sunday 22 March -> 21 March, the evening of the bombing. A passenger arrested by police as the catamaran arrived -> Arrests at Mali Lošinj (English 'Mali Losinj'), 'police'. The notice does not say what he is suspected of (holdout46-003 places him in the bombing inquiry and tells his release), but it is an arrest by police told among the bombing's consequences -> coded; the crew of five 'questioned on the quay and allowed to leave' are not arrested."),
]

# -------------------------------------------------------------- holdout46-003
ARTICLES.append(A(3, "fr", "article", "2026-03-25T09:00:00Z",
"Rijeka : ce qu'écrit la presse croate sur la revendication",
"""
RÉSUMÉ TRADUIT. Chaque matin, notre service international résume en français un article de la presse étrangère. Aujourd'hui : le quotidien régional croate Kvarnerski dnevnik, édition du mercredi 25 mars 2026, pages 2 à 5. Traduction et résumé : Hélène Marchal.

Le journal consacre sa une à la revendication de l'attentat-suicide du samedi 21 mars. Selon lui, l'État islamique a revendiqué lundi, par son agence Amaq, le double attentat du Korzo et de la gare routière de Žabica, en se vantant d'avoir tué « plus de quarante croisés ». Le parquet général de l'État juge la revendication crédible. Le groupe syrien Hurras al-Din a démenti toute implication. Le ministre de l'Intérieur a déclaré que les deux kamikazes « pourraient avoir été radicalisés » dans une prison italienne, ce que le journal présente comme une simple hypothèse.

Le bilan, selon le quotidien, s'élève à quatorze morts, dont les deux kamikazes, et 51 blessés, depuis la mort mardi d'une retraitée de 71 ans.

Côté enquête, le journal détaille trois affaires. Les deux cousins des kamikazes, arrêtés samedi soir sur une aire de l'autoroute près de Karlovac, ont été placés lundi en détention provisoire pour trente jours par le juge d'instruction du tribunal de comitat de Rijeka. Le passager interpellé samedi soir à Mali Lošinj a été relâché lundi sans inculpation. Enfin, la police slovène a arrêté mardi à Koper un Croate de 44 ans, soupçonné d'avoir loué l'appartement des deux hommes et fourni environ 9 kilos d'explosifs ; il avait déjà purgé quatre ans de prison pour trafic d'armes. Le propriétaire de l'appartement, à Rijeka, a été entendu puis laissé libre.

Le quotidien rappelle qu'en 2017, une grenade lancée dans un café de Slavonski Brod avait blessé quatre personnes.

En page 5, il publie les noms des victimes et un encadré pratique : cellule psychologique au 0800 79 79, collecte de sang de 8 heures à 19 heures (1 200 donneurs samedi et dimanche), écoles du centre fermées jusqu'à lundi (17 établissements).

Note de la rédaction : ce résumé engage son traducteur, non le journal cité.
"""))
GOLD += [
E(3, ["l'attentat-suicide du samedi 21 mars", "le double attentat du Korzo et de la gare routière de Žabica"],
  "SUI", "2026-03-21", "day", "Rijeka", "HR", 14, 51, "exact", "Islamic State", "Islamic State", False,
  "Translated summary of Wednesday 25 March; 'du samedi 21 mars' -> 21 March. Two sites of one town -> ONE event. 'quatorze morts, dont les deux kamikazes, et 51 blessés' -> killed 14 (number word; bombers inside; the retiree of 71 who died 'mardi' is inside), injured 51, exact. Claimed 'lundi' by 'l'État islamique' through Amaq and judged 'crédible' by the State prosecutor -> claimant and perpetrator 'Islamic State'; the claim's 'plus de quarante croisés' is never used. Hurras al-Din's denial is not a claim; « pourraient avoir été radicalisés » is speculation. '25 mars 2026', 'pages 2 à 5', '71 ans', '44 ans', '9 kilos', 'quatre ans de prison' (a sentence), 'page 5', '0800 79 79', '8 heures à 19 heures', '1 200 donneurs', '17 établissements' are not casualties."),
E(3, ["Les deux cousins des kamikazes, arrêtés samedi soir sur une aire de l'autoroute près de Karlovac"],
  "ARR", "2026-03-21", "day", "Karlovac", "HR", None, None, None, "police", None, False,
  "Participle telling an arrest: 'samedi soir' vs Wednesday 25 March -> Saturday 21 March, the evening of the bombing. 'près de Karlovac' (a motorway rest area) -> the nearest named place, Karlovac. Told through its judicial follow-up ('placés lundi en détention provisoire pour trente jours') -> one Arrests event at the arrest's place and day, not a new one on Monday. No force named -> 'police' (the Croatian police of the cluster)."),
E(3, ["Le passager interpellé samedi soir à Mali Lošinj"],
  "ARR", "2026-03-21", "day", "Mali Lošinj", "HR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout46-002: 'samedi soir' vs Wednesday 25 March -> 21 March. 'relâché lundi sans inculpation': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(3, ["la police slovène a arrêté mardi à Koper un Croate de 44 ans"],
  "ARR", "2026-03-24", "day", "Koper", "SI", None, None, None, "police", None, False,
  "'mardi' vs Wednesday 25 March -> 24 March. The cluster's suspected facilitator (who rented the bombers' flat and supplied about 9 kg of explosives), arrested in Koper, Slovenia -> SI; the Slovenian police -> 'police'. His earlier 'quatre ans de prison' is a past sentence, not an event. The flat's owner 'entendu puis laissé libre' is not arrested."),
E(3, ["une grenade lancée dans un café de Slavonski Brod"],
  "GRN", "2017-01-01", "year", "Slavonski Brod", "HR", None, 4, "exact", None, None, True,
  "'en 2017' -> year, background. A grenade thrown into a cafe -> Grenade; no author named -> null. 'avait blessé quatre personnes' -> injured 4 (number word), exact."),
]

# -------------------------------------------------------------- holdout46-004
ARTICLES.append(A(4, "en", "article", "2026-03-26T12:00:00Z",
"University of Rijeka Senate: statement after the Korzo attack",
"""
UNIVERSITY OF RIJEKA - STATEMENT OF THE SENATE, adopted unanimously at its extraordinary session of Thursday 26 March 2026 (English version for international students and staff).

1. The Senate mourns the fifteen people killed in the suicide attack of Saturday 21 March on the Korzo and at the bus station, a toll that includes the two bombers, and wishes a full recovery to the 51 wounded. Among the dead are two of our own: Luka Babic, 23, a master's student in maritime studies, killed on the Korzo, and Petra Juric, 19, a first-year nursing student, who died of her injuries on Wednesday.

2. The Senate notes that the attack was claimed by Islamic State. It condemns any attempt to blame our international students, who come from 64 countries.

3. On Monday, police arrested one of our students, a 24-year-old engineering student, in a hall of residence on the Trsat campus. He was released without charge on Wednesday evening. The Senate asks that his name, already circulating online, not be shared.

4. On Tuesday afternoon, about 600 students marched from the Trsat campus to the Primorje-Gorski Kotar police administration to demand better protection for the campus. Police fired tear gas and used batons to disperse them outside the building; two students and one officer were injured. The Senate has asked the county prosecutor to review the police response.

5. Teaching is suspended until Monday 30 March, and the examinations of the spring session are moved back by two weeks. The university's 16,000 students may use the counselling service in room 112 at Radmile Matejcic 5, from 9:00 to 19:00, or call +385 51 584 090.

6. A book of condolence is open in the rectorate, and the university flag will fly at half mast for seven days.

For the Senate and its 42 members: Professor Marina Zoric, Rector.
"""))
GOLD += [
E(4, ["the suicide attack of Saturday 21 March", "the attack"],
  "SUI", "2026-03-21", "day", "Rijeka", "HR", 15, 51, "exact", "Islamic State", "Islamic State", False,
  "Senate statement of Thursday 26 March; 'of Saturday 21 March' -> 21 March. Two sites of one town (the Korzo and the bus station) -> ONE event. 'the fifteen people killed ..., a toll that includes the two bombers' -> killed 15 (number word; bombers inside; the nursing student who 'died of her injuries on Wednesday' is inside), injured 51, exact. 'the attack was claimed by Islamic State', undisputed -> claimant and perpetrator. '23', '19', '64 countries', '24-year-old', '600 students' (marchers), '30 March', 'two weeks', '16,000 students', 'room 112', 'Radmile Matejcic 5', '9:00 to 19:00', '+385 51 584 090', 'seven days', '42 members' are not casualties."),
E(4, ["police arrested one of our students"],
  "ARR", "2026-03-23", "day", "Rijeka", "HR", None, None, None, "police", None, False,
  "'On Monday' vs Thursday 26 March -> 23 March. A student arrested in a hall of residence on the Trsat campus (a district of Rijeka -> Rijeka), 'police'. 'released without charge on Wednesday evening': the release does not undo the arrest and is no event."),
E(4, ["about 600 students marched from the Trsat campus to the Primorje-Gorski Kotar police administration", "Police fired tear gas and used batons to disperse them"],
  "PI", "2026-03-24", "day", "Rijeka", "HR", None, 3, "exact", None, None, False,
  "'On Tuesday afternoon' vs Thursday 26 March -> 24 March. A march with a demand ('better protection for the campus') dispersed with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev). 'two students and one officer were injured' -> injured 2 + 1 = 3 (all sides summed), exact; killed null. The police administration is in Rijeka. '600 students' counts marchers."),
]

# -------------------------------------------------------------- holdout46-005
ARTICLES.append(A(5, "fr", "article", "2026-03-27T10:00:00Z",
"Les Nuits Salées : remboursement des billets de Rijeka et de Zagreb",
"""
AVIS DE REMBOURSEMENT - Tournée européenne 2026 des Nuits Salées. Billetterie Scène Ouest, Nantes, le vendredi 27 mars 2026.

Le concert des Nuits Salées prévu le samedi 21 mars 2026 à 20 heures à la salle Dvorana Mladosti de Rijeka (Croatie) n'a pas eu lieu. Quelques heures plus tôt, deux kamikazes s'étaient fait exploser dans le centre-ville, sur le Korzo puis à la gare routière. Le bilan de cet attentat-suicide, revendiqué lundi par l'État islamique, est aujourd'hui de quinze morts, dont les deux auteurs, et cinquante et un blessés. Notre régisseur son, Thomas, 36 ans, qui se trouvait sur le Korzo, a été légèrement blessé ; il est rentré à Nantes mercredi.

La date de Zagreb du dimanche 22 mars est également annulée. La tournée reprendra le 2 avril à Ljubljana.

QUI EST REMBOURSÉ ? Les 2 340 détenteurs de billets pour Rijeka et les 3 100 détenteurs de billets pour Zagreb, quel que soit leur mode d'achat.

COMBIEN ? Le prix du billet (29 euros en fosse, 42 euros en gradins) et les frais de location de 2,50 euros. Les places VIP à 89 euros sont remboursées avec le pack de produits dérivés.

COMMENT ? Automatiquement sur la carte bancaire utilisée, sous 14 jours. Pour les billets achetés en espèces au guichet de la salle, écrire à remboursement@sceneouest.fr avant le 30 avril en indiquant le numéro de commande (il commence par RJK-26).

ET LE GROUPE ? Les quatre musiciens, restés à Rijeka jusqu'à jeudi, ont défilé mercredi soir sur le Korzo avec plus de 15 000 habitants, en silence, derrière une banderole « Rijeka ne se tait pas ». Il n'y a eu aucun incident. Le groupe reversera la recette de sa date de Ljubljana, soit environ 18 000 euros, au fonds de soutien aux victimes ouvert par la ville.

Service client : +33 2 40 12 87 65, du lundi au vendredi de 10 heures à 18 heures.
"""))
GOLD += [
E(5, ["deux kamikazes s'étaient fait exploser dans le centre-ville", "cet attentat-suicide"],
  "SUI", "2026-03-21", "day", "Rijeka", "HR", 15, 51, "exact", "Islamic State", "Islamic State", False,
  "Refund notice of Friday 27 March; the concert 'prévu le samedi 21 mars 2026' did not take place because the bombers struck 'Quelques heures plus tôt' -> 21 March. Two sites of one town (the Korzo, then the bus station) -> ONE event. 'quinze morts, dont les deux auteurs, et cinquante et un blessés' -> killed 15 (bombers inside), injured 51 (number words), exact; the sound engineer 'légèrement blessé' is inside the 51. 'revendiqué lundi par l'État islamique', undisputed -> claimant and perpetrator. '20 heures', '36 ans', '22 mars' (a cancelled concert), '2 avril', '2 340' and '3 100 détenteurs', '29 euros', '42 euros', '2,50 euros', '89 euros', '14 jours', '30 avril', 'RJK-26', 'quatre musiciens', '15 000 habitants' (marchers), '18 000 euros', '+33 2 40 12 87 65', '10 heures à 18 heures' are not casualties."),
E(5, ["ont défilé mercredi soir sur le Korzo avec plus de 15 000 habitants"],
  "PP", "2026-03-25", "day", "Rijeka", "HR", None, None, None, None, None, False,
  "'mercredi soir' vs Friday 27 March -> Wednesday 25 March. A silent march on the Korzo behind a banner with a message ('Rijeka ne se tait pas'), 'aucun incident' -> Peaceful protest, perpetrator null. 'plus de 15 000 habitants' counts marchers."),
]
