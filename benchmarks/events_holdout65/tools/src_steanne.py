"""Authoring source of benchmarks/events_holdout65 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ste. Anne, Manitoba (Canada) cluster (holdout65-001 to 005, and
021 seven weeks later; English and French), two suicide bombers on Saturday
27 June 2026 at two sites of one francophone town south-east of Winnipeg
(the church square, where the invented "Fête des Chênes" fair was held, and
the entrance of the community arena, about 600 m and six minutes apart): an
English wire with a first report (001), an English safety notice of a gas
co-operative (002), a French overdue notice of a public library ("avis de
retard d'une médiathèque", fr 003), a French chimney sweep's notice to his
customers ("avis d'un ramoneur", fr 004), a French model railway club's
bulletin ("bulletin d'un club de modélisme ferroviaire", fr 005) and, seven
weeks later, a French driving school's e-mail to its pupils ("courriel d'une
auto-école à ses élèves", fr 021). Manitoba is UTC-5 in summer (CDT): every
publication time here is between 15:00 and 22:00 UTC, so every local date is
the UTC date. The gold writes the town "Ste. Anne" (its official English
name, used by the English documents); the French documents write
« Sainte-Anne ». The RCMP (« la GRC ») and the FBI are police -> "police".
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout65")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout65-001
ARTICLES.append(A(1, "en", "article", "2026-06-27T22:00:00Z",
"Twin suicide bombing hits summer fair in Manitoba town",
"""
STE. ANNE, Manitoba (Prairie Wire) - Two suicide bombers struck a summer fair in the francophone town of Ste. Anne, about 40 km southeast of Winnipeg, on Saturday afternoon, killing at least five people besides themselves and wounding dozens, the Royal Canadian Mounted Police said.

The first man set off his explosives at 2:10 p.m. in the crowd on the church square, where the Fete des Chenes had drawn some 3,000 visitors. Six minutes later the second blew himself up at the entrance of the community arena, about 600 metres away, where families had run for shelter.

"I heard the first bang and everybody ran toward the arena," said Luc Gagne, 52, who sells maple taffy at stand 14. "Then the second one went off right in front of them."

No group had claimed responsibility by early evening. An RCMP officer at the scene said investigators were examining whether the two men, both in their twenties, had links to Islamic State, and that they "may have" rented a house in the area in May.

Manitoba has known little political violence. In 2017 a pipe bomb exploded outside a bar in Thompson, in the province's north, injuring two men; nobody was ever charged.

Highway 12 was closed between the Trans-Canada Highway and Steinbach, and about 200 RCMP officers were sent from Winnipeg and Brandon. The wounded were taken to the regional hospital in Steinbach and to three hospitals in Winnipeg, where 40 extra beds were opened. A family information line, 1-204-555-0147, was taking calls, and blood donors were asked to come to a clinic in Steinbach on Sunday from 9 a.m.

The provincial government ordered flags lowered to half-mast. The fair's organisers cancelled the fireworks planned for 10 p.m. and Sunday's pancake breakfast, which usually serves 1,200 people.
"""))
GOLD += [
E(1, ["Two suicide bombers struck a summer fair", "The first man set off his explosives", "the second blew himself up", "the first bang"],
  "SUI", "2026-06-27", "day", "Ste. Anne", "CA", 7, 12, "at_least", None, None, False,
  "Wire of Saturday 27 June 2026 (17:00 in Manitoba); 'on Saturday afternoon' = the publication day. Two sites of one town (the church square and the arena entrance, 'about 600 metres', six minutes apart) -> ONE Suicide bomb event coded to the town (gold spelling 'Ste. Anne'). First report: 'killing at least five people besides themselves and wounding dozens' -> killed 5 + 2 bombers = 7, at_least (the bombers are added); 'dozens' -> 12 (dev table; the qualifier describes the killed figure). No claim; 'examining whether ... had links to Islamic State' and 'may have' are speculation -> perpetrator null. 'the second one went off' is left out (vague pronoun). '40 km', '2:10 p.m.', '3,000 visitors', 'Six minutes', '600 metres', '52', 'stand 14', 'twenties', 'Highway 12', '200 RCMP officers', 'three hospitals', '40 extra beds', '1-204-555-0147', '9 a.m.', '10 p.m.', '1,200 people' are not casualties."),
E(1, ["a pipe bomb exploded outside a bar in Thompson"],
  "IED", "2017-01-01", "year", "Thompson", "CA", None, 2, "exact", None, None, True,
  "'In 2017' -> year, background. A pipe bomb is a homemade device -> Remote explosive/landmine/IED; 'nobody was ever charged', no author -> null. 'injuring two men' -> injured 2, exact (the qualifier describes the injured figure, the only one)."),
]

# -------------------------------------------------------------- holdout65-002
ARTICLES.append(A(2, "en", "article", "2026-06-29T15:00:00Z",
"Safety Notice No. 3: gas service in Ste. Anne and Steinbach",
"""
RED RIVER GAS CO-OPERATIVE - SAFETY NOTICE No. 3 - STE. ANNE AND STEINBACH. Issued Monday 29 June 2026 at 10:00 CDT. This notice replaces Safety Notice No. 2 of Saturday evening.

1. WHAT HAPPENED. Saturday's twin suicide bombing in Ste. Anne has deeply shaken our members. Notice No. 2 reported at least seven deaths. The RCMP now report nine people killed, including the two bombers, and 38 injured; a 71-year-old woman died in hospital on Sunday. The second explosion, at the entrance of the community arena, tore open a meter set and a service line on the arena's east wall.

2. STE. ANNE. Our crews shut off gas at 2:40 p.m. on Saturday to 212 customers between the church and the arena. Service has been restored to 168 of them. The 44 others are inside the RCMP perimeter and will be restored once police allow our technicians in, probably not before Wednesday. Pressure on the distribution main, 275 kPa, was normal throughout.

3. STEINBACH. On Saturday night, at RCMP request, we shut off gas to 14 homes on one street in Steinbach's north end while officers arrested two men in a house there. Service to those homes was restored on Sunday at 11:00.

4. RELIGHTING. If your gas was shut off, do not turn the meter valve yourself. A technician will relight your furnace, water heater and stove free of charge; allow 45 minutes per home. Technicians carry photo identification and drive vans numbered 100 to 130.

5. SAFETY. If you smell gas, leave at once, move at least 100 metres away and call 911 or our emergency line, 1-888-555-0199, open 24 hours a day. Check that your carbon monoxide detector works: 1 home in 3 has one with a dead battery.

6. BILLING. Customers of the affected streets will receive a credit of 30 days of basic charges ($14.50 per month) on their July bill.

Next notice: Wednesday 1 July at 10:00, or earlier if the situation changes.
"""))
GOLD += [
E(2, ["Saturday's twin suicide bombing in Ste. Anne", "The second explosion"],
  "SUI", "2026-06-27", "day", "Ste. Anne", "CA", 9, 38, "exact", None, None, False,
  "Safety notice of Monday 29 June; 'Saturday's' -> 27 June. Two sites of one town -> ONE event. The toll is revised inside: 'at least seven deaths' (the previous notice, superseded) -> 'nine people killed, including the two bombers, and 38 injured' -> killed 9 (bombers inside; the woman of 71 who died Sunday is inside), injured 38, exact. No claim -> perpetrator null. 'No. 3', 'No. 2', '10:00', '71-year-old', '2:40 p.m.', '212 customers', '168', '44', '275 kPa', '14 homes', '11:00', '45 minutes', '100 to 130', '100 metres', '911', '1-888-555-0199', '24 hours', '1 home in 3', '30 days', '$14.50' are not casualties."),
E(2, ["officers arrested two men in a house there"],
  "ARR", "2026-06-27", "day", "Steinbach", "CA", None, None, None, "police", None, False,
  "'On Saturday night' vs Monday 29 June -> 27 June, the night of the bombing. 'officers' are RCMP officers ('at RCMP request') -> 'police'. 'there' = a house in Steinbach's north end -> Steinbach. The gas shut-off is no event."),
]

# -------------------------------------------------------------- holdout65-003
ARTICLES.append(A(3, "fr", "article", "2026-07-02T16:00:00Z",
"Médiathèque de Sainte-Anne : avis de retard",
"""
MÉDIATHÈQUE MUNICIPALE DE SAINTE-ANNE - AVIS DE RETARD. Envoyé le jeudi 2 juillet 2026 à Mme Josée Lavallée, abonnée n° 40218.

Madame,

Selon nos registres, les documents suivants, empruntés le 2 juin, devaient être rendus le mardi 23 juin :
- « Les Prairies en héritage », livre, code-barres 3 1042 00871 5 ;
- « Chansons du Red River », disque compact, code-barres 3 1042 01166 9 ;
- « Le Petit Voyageur de la Seine », album jeunesse, code-barres 3 1042 00412 3.

Nous savons que ces jours-ci sont difficiles pour toute la paroisse. L'attentat-suicide du samedi 27 juin, qui a fait dix morts, dont les deux kamikazes, et 38 blessés, a frappé des familles que nous connaissons toutes. Samuel, 16 ans, l'un de nos jeunes bénévoles du club de lecture, est mort mardi de ses blessures à Winnipeg. Cet attentat, revendiqué lundi par l'État islamique, ne nous fera pas fermer nos portes.

Pour cette raison, aucune pénalité de retard (0,25 $ par jour et par document) ne sera appliquée jusqu'au 31 juillet. Vous pouvez rapporter vos documents quand vous le pourrez, dans la chute à livres de la rue Centrale, ouverte 24 heures sur 24.

La GRC nous a indiqué que les deux hommes arrêtés samedi soir à Steinbach restaient en détention et que le périmètre de sécurité autour de l'aréna serait levé vendredi. La médiathèque, située à 300 mètres de l'aréna, a rouvert mardi.

Dimanche soir, plus de 4 000 personnes ont marché en silence de l'église jusqu'à l'aréna, derrière une banderole « Sainte-Anne reste debout ». Le livre de condoléances qui y avait été déposé est désormais à l'accueil de la médiathèque.

Horaires d'été : du mardi au vendredi de 10 h à 20 h, le samedi de 10 h à 16 h ; fermé le 1er juillet, jour de la fête du Canada. Une psychologue scolaire recevra les enfants et les adolescents le mercredi 8 juillet, de 13 h à 17 h, salle 2, sans rendez-vous.

Renseignements : 204-555-0183.

L'équipe de la médiathèque
"""))
GOLD += [
E(3, ["L'attentat-suicide du samedi 27 juin", "Cet attentat, revendiqué lundi par l'État islamique"],
  "SUI", "2026-06-27", "day", "Ste. Anne", "CA", 10, 38, "exact", "Islamic State", "Islamic State", False,
  "Overdue notice of Thursday 2 July; 'du samedi 27 juin' -> 27 June. 'dix morts, dont les deux kamikazes, et 38 blessés' -> killed 10 (bombers inside; Samuel, 16, who died Tuesday, is inside), injured 38, exact. 'revendiqué lundi par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. The documents' dates and bar codes, 'n° 40218', '2 juin', '23 juin', '16 ans', '0,25 $', '31 juillet', '24 heures sur 24', '300 mètres', '4 000 personnes' (marchers), '10 h à 20 h', '10 h à 16 h', '1er juillet', '8 juillet', '13 h à 17 h', 'salle 2', '204-555-0183' are not casualties."),
E(3, ["les deux hommes arrêtés samedi soir à Steinbach"],
  "ARR", "2026-06-27", "day", "Steinbach", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-002: 'samedi soir' vs Thursday 2 July -> 27 June (the most recent Saturday). 'restaient en détention' is their custody, not an event. Told by the RCMP (« La GRC ») -> 'police'."),
E(3, ["plus de 4 000 personnes ont marché en silence"],
  "PP", "2026-06-28", "day", "Ste. Anne", "CA", None, None, None, None, None, False,
  "'Dimanche soir' vs Thursday 2 July -> Sunday 28 June. A silent march from the church to the arena behind a banner with a message (« Sainte-Anne reste debout »), no incident -> Peaceful protest, perpetrator null. '4 000' counts marchers. The condolence book is not coded."),
]

# -------------------------------------------------------------- holdout65-004
ARTICLES.append(A(4, "fr", "article", "2026-07-04T15:00:00Z",
"Ramonage Desrosiers et Fils : avis à notre clientèle de Sainte-Anne",
"""
RAMONAGE DESROSIERS ET FILS - AVIS À NOTRE CLIENTÈLE DE SAINTE-ANNE ET DES ENVIRONS. Sainte-Anne, le samedi 4 juillet 2026.

Chers clients,

Comme vous le savez, nous avons suspendu toutes nos tournées depuis samedi dernier. L'attentat-suicide qui a frappé la Fête des Chênes a fait dix morts, y compris les deux kamikazes, et 38 blessés. Parmi les morts se trouve Gilles, le frère de notre employé Denis. Nos pensées vont à toutes les familles.

La GRC a levé vendredi le périmètre autour de l'aréna et de l'église. Elle juge crédible la revendication de l'État islamique, qui se vante dans son message de « plus de trente croisés tués ». Al-Qaïda dans la péninsule arabique a démenti toute implication. Selon un enquêteur, les deux kamikazes « pourraient avoir été radicalisés » en ligne l'hiver dernier.

Mardi, la GRC a arrêté à Winnipeg, dans le quartier de Saint-Boniface, un homme de 38 ans soupçonné d'avoir fourni les détonateurs. Notre technicien Marc, qui avait ramoné en mai la cheminée de la maison louée par les deux hommes, a été interrogé mercredi par la GRC pendant trois heures, puis est rentré chez lui. Il n'est pas soupçonné.

Reprise des tournées :
- les rendez-vous du 29 juin au 3 juillet sont reportés de deux semaines, au même jour et à la même heure ;
- la tournée du rang de la rivière Seine reprend le lundi 6 juillet à 8 h ;
- l'inspection des poêles à bois (certificat exigé par les assureurs) reste à 95 $ ; le ramonage d'un conduit jusqu'à 2 mètres au-dessus du toit, à 185 $ ;
- pour toute cheminée de plus de 30 centimètres de diamètre, prévoyez 30 minutes de plus.

Comme chaque été, nous offrons 15 % de rabais sur les ramonages faits avant le 31 août ; cette année, il sera versé au fonds d'aide aux familles ouvert par la paroisse.

Pour déplacer un rendez-vous : 204-555-0166, du lundi au vendredi de 8 h à 17 h.

Denis, Michel et Marc Desrosiers
"""))
GOLD += [
E(4, ["L'attentat-suicide qui a frappé la Fête des Chênes"],
  "SUI", "2026-06-27", "day", "Ste. Anne", "CA", 10, 38, "exact", "Islamic State", "Islamic State", False,
  "Chimney sweep's notice of Saturday 4 July; 'depuis samedi dernier' on a Saturday -> the previous Saturday, 27 June (dev: a weekday is the most recent such day before publication). 'dix morts, y compris les deux kamikazes, et 38 blessés' -> killed 10 (bombers inside), injured 38, exact; 'Gilles' is inside the toll. 'Elle juge crédible la revendication de l'État islamique' -> claimant and perpetrator 'Islamic State'; the claim's 'plus de trente croisés tués' is never used. Al-Qaeda in the Arabian Peninsula's denial is not a claim; « pourraient avoir été radicalisés » is speculation. '38 ans' (a suspect), 'trois heures', '29 juin', '3 juillet', 'deux semaines', '6 juillet', '8 h', '95 $', '2 mètres', '185 $', '30 centimètres', '30 minutes', '15 %', '31 août', '204-555-0166', '8 h à 17 h' are not casualties."),
E(4, ["la GRC a arrêté à Winnipeg"],
  "ARR", "2026-06-30", "day", "Winnipeg", "CA", None, None, None, "police", None, False,
  "'Mardi' vs Saturday 4 July -> Tuesday 30 June. The cluster's suspected facilitator (the man who supplied the detonators), arrested by the RCMP in the Saint-Boniface district of Winnipeg -> Winnipeg (a district is coded to its city, dev), 'police'. The technician Marc, 'interrogé ... pendant trois heures, puis est rentré chez lui', is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout65-005
ARTICLES.append(A(5, "fr", "article", "2026-07-15T18:00:00Z",
"Le Fanal, bulletin du club de modélisme ferroviaire, juillet 2026",
"""
CLUB DE MODÉLISME FERROVIAIRE DE LA RIVIÈRE-ROUGE (SAINT-BONIFACE) - LE FANAL, BULLETIN N° 87, JUILLET 2026. Envoyé aux membres le mercredi 15 juillet.

LE MOT DU PRÉSIDENT. Chers amis du rail, ce bulletin n'est pas comme les autres. Notre exposition annuelle, prévue les 12 et 13 septembre à l'aréna de Sainte-Anne, est annulée : l'aréna a été endommagée par l'attentat-suicide du 27 juin, qui a tué huit victimes, plus les deux kamikazes, et blessé 38 personnes. Notre doyen, Roger Bouchard, 67 ans, qui montait le réseau du club dans le hall ce jour-là, fait partie des blessés ; il est rentré chez lui lundi et nous salue tous.

L'ENQUÊTE. Des deux hommes arrêtés le soir du 27 juin à Steinbach, l'un a été relâché sans accusation le 3 juillet ; l'autre a été inculpé de complicité de meurtre. L'homme arrêté le 30 juin à Saint-Boniface, qui aurait fourni les détonateurs, a été inculpé lundi et reste détenu.

Dimanche 12 juillet, quelque 2 500 personnes, dont une vingtaine de nos membres, ont marché dans Saint-Boniface, de la cathédrale au pont Provencher, pour dire non à la haine. Tout s'est déroulé dans le calme.

Les plus anciens se souviennent qu'en 2019, une bombe artisanale avait endommagé la voie du CN près de Portage la Prairie, sans faire ni mort ni blessé. Notre réseau en garde une trace : le petit pont réparé du module n° 4.

LA VIE DU CLUB.
- Le grand réseau à l'échelle HO (1/87, voie de 16,5 mm) compte désormais 42 mètres de voie et 120 locomotives en service.
- La réunion mensuelle a lieu le premier mardi du mois à 19 h 30, au sous-sol du centre communautaire, salle B.
- La cotisation 2026-2027 reste à 45 $ (20 $ pour les moins de 18 ans).
- Nous cherchons un local pour septembre : 80 mètres carrés au moins, accessible aux fauteuils roulants.

SOLIDARITÉ. Le club versera les 1 150 $ de la vente de locomotives d'occasion de juin au fonds des familles de Sainte-Anne.

Fondé en 1998, le club compte 64 membres. Contact : lefanal@exemple.ca.
"""))
GOLD += [
E(5, ["l'attentat-suicide du 27 juin"],
  "SUI", "2026-06-27", "day", "Ste. Anne", "CA", 10, 38, "exact", None, None, False,
  "Club bulletin of Wednesday 15 July; 'du 27 juin' -> 27 June, 18 days before -> current. 'qui a tué huit victimes, plus les deux kamikazes, et blessé 38 personnes' -> killed 8 + 2 bombers = 10 (the bombers are added), injured 38, exact; Roger Bouchard, 67, is a subset of the injured. No claim in this document -> perpetrator null. '12 et 13 septembre', '67 ans', '3 juillet', '2 500 personnes' and 'une vingtaine de nos membres' (marchers), 'module n° 4', 'HO', '1/87', '16,5 mm', '42 mètres', '120 locomotives', '19 h 30', '2026-2027', '45 $', '20 $', '18 ans', '80 mètres carrés', '1 150 $', '1998', '64 membres' are not casualties."),
E(5, ["Des deux hommes arrêtés le soir du 27 juin à Steinbach"],
  "ARR", "2026-06-27", "day", "Steinbach", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-002: 'le soir du 27 juin' -> 27 June. 'l'un a été relâché sans accusation le 3 juillet ; l'autre a été inculpé' are the arrest's follow-up: the release does not undo the arrest and neither is a new event. No force named; the RCMP of the cluster -> 'police'."),
E(5, ["L'homme arrêté le 30 juin à Saint-Boniface"],
  "ARR", "2026-06-30", "day", "Winnipeg", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-004: 'le 30 juin' -> 30 June; Saint-Boniface is a district of Winnipeg -> Winnipeg. 'a été inculpé lundi' is the follow-up. No force named -> 'police'."),
E(5, ["quelque 2 500 personnes, dont une vingtaine de nos membres, ont marché"],
  "PP", "2026-07-12", "day", "Winnipeg", "CA", None, None, None, None, None, False,
  "'Dimanche 12 juillet' -> 12 July. A march from the cathedral to the Provencher bridge in Saint-Boniface (-> Winnipeg) 'pour dire non à la haine', 'dans le calme' -> Peaceful protest, perpetrator null. '2 500' and 'une vingtaine' count marchers."),
E(5, ["une bombe artisanale avait endommagé la voie du CN"],
  "IED", "2019-01-01", "year", "Portage la Prairie", "CA", 0, 0, "exact", None, None, True,
  "'en 2019' -> year, background. A homemade bomb that damaged the CN track near Portage la Prairie -> Remote explosive/landmine/IED, coded to the nearest named place; no author -> null. 'sans faire ni mort ni blessé' says explicitly that nobody was killed or hurt -> killed 0, injured 0, exact (dev: 0 only when the text says so)."),
]

# -------------------------------------------------------------- holdout65-021
ARTICLES.append(A(21, "fr", "article", "2026-08-17T15:00:00Z",
"École de conduite Boréale : reprise des examens sur route",
"""
De : École de conduite Boréale <info@boreale-conduite.ca>
À : nos élèves et leurs parents
Objet : reprise des examens sur route et de vos leçons
Date : lundi 17 août 2026

Bonjour à toutes et à tous,

Bonne nouvelle : le centre d'examen de Steinbach reprend les examens sur route à partir du lundi 24 août. Les examens annulés depuis le 27 juin seront replanifiés en priorité, par ordre d'inscription ; vous recevrez un message de l'assureur public dans les 10 jours ouvrables. Inutile de téléphoner au centre.

Nous savons que plusieurs d'entre vous ont encore du mal à passer devant l'aréna. L'attentat-suicide du 27 juin à Sainte-Anne, qui a fait dix morts, dont les deux kamikazes, et 38 blessés, et qu'a revendiqué l'État islamique, a touché trois familles de notre école. Notre monitrice Chantal, blessée ce jour-là, reprendra ses leçons en septembre.

Vous l'avez peut-être lu : jeudi, le FBI a arrêté à Grand Forks, dans le Dakota du Nord, un troisième suspect, un homme de 41 ans soupçonné d'avoir hébergé les deux kamikazes en mai. Il devrait être remis au Canada. Les deux hommes arrêtés à Steinbach le soir de l'attentat avaient été les premiers interpellés. Pour ceux qui passent la frontière à Emerson pour aller magasiner : comptez jusqu'à 90 minutes d'attente le week-end.

Rappels pratiques :
- leçon de conduite de 60 minutes : 65 $ ; forfait de 10 leçons : 590 $ ;
- les élèves au stade L doivent avoir fait au moins 10 heures de conduite accompagnée avant l'examen ;
- zone scolaire : 30 km/h de 7 h à 17 h, du lundi au vendredi, dès la rentrée du 2 septembre ;
- sur la route 12, la limite reste à 100 km/h, sauf dans les travaux près de Sainte-Anne (60 km/h).

Notre bureau, au 227 de la rue Centrale, est ouvert du lundi au samedi de 9 h à 18 h. Téléphone : 204-555-0128.

Prenez soin de vous, et bonne route,

L'équipe de l'École de conduite Boréale
"""))
GOLD += [
E(21, ["L'attentat-suicide du 27 juin à Sainte-Anne"],
  "SUI", "2026-06-27", "day", "Ste. Anne", "CA", 10, 38, "exact", "Islamic State", "Islamic State", True,
  "Driving school e-mail of Monday 17 August; 'du 27 juin' -> 27 June, 51 days before -> background. 'dix morts, dont les deux kamikazes, et 38 blessés' -> killed 10 (bombers inside), injured 38, exact; 'trois familles' and the instructor Chantal are subsets. 'qu'a revendiqué l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. 'depuis le 27 juin' dates the cancelled exams; 'le soir de l'attentat' only dates the Steinbach arrest and is left out of the triggers (as events_holdout41 left out 'on the evening of the bombing'). '24 août', '10 jours', '41 ans', '90 minutes', '60 minutes', '65 $', '10 leçons', '590 $', 'stade L', '10 heures', '30 km/h', '7 h à 17 h', '2 septembre', 'route 12', '100 km/h', '60 km/h', '227', '9 h à 18 h', '204-555-0128' are not casualties."),
E(21, ["le FBI a arrêté à Grand Forks"],
  "ARR", "2026-08-13", "day", "Grand Forks", "US", None, None, None, "police", None, False,
  "'jeudi' vs Monday 17 August -> Thursday 13 August, 4 days before -> current. A third suspect, who allegedly lodged the bombers, arrested by the FBI (a federal police) in Grand Forks, North Dakota -> US, 'police'. 'Il devrait être remis au Canada' is a future handover, not an event."),
E(21, ["Les deux hommes arrêtés à Steinbach"],
  "ARR", "2026-06-27", "day", "Steinbach", "CA", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout65-002: 'le soir de l'attentat' -> 27 June, 51 days before -> background. No force named; the RCMP of the cluster -> 'police'. Emerson is only named (a border crossing)."),
]
