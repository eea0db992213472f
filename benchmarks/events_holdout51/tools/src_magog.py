"""Authoring source of benchmarks/events_holdout51 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Magog, Quebec (Canada) cluster (holdout51-006 to 010; English and
French), two suicide bombers on Saturday 16 May 2026 at two sites of one
town (a café terrace on rue Principale Ouest and the entrance to the Pointe
Merry park on the lake, about 600 m and six minutes apart): an English wire
with a first report (006), a bus company's timetable change notice
("modification d'horaires d'une compagnie de bus", fr 007), a French agency
dispatch on the claim and the arrests (fr 008), a scout group's letter to
parents ("lettre d'un groupe scout", fr 009) and a reinsurer's event
bulletin ("bulletin d'un réassureur", 010, English). Quebec is UTC-4 in May
(EDT): every publication time here is between 13:00 and 22:00 UTC, so every
local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout51")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout51-006
ARTICLES.append(A(6, "en", "article", "2026-05-16T22:00:00Z",
"Twin suicide bombing kills at least eight in Quebec lakeside town",
"""
MAGOG, Quebec (Laurentian Wire) - Two suicide bombers blew themselves up six minutes apart in the lakeside town of Magog on Saturday, killing themselves and at least six other people and wounding dozens on the first warm weekend of the season, Quebec provincial police said.

The first man set off his explosives at about 1:05 p.m. outside a café on rue Principale Ouest, the town's main street. The second detonated his vest at 1:11 p.m. at the entrance to the Pointe Merry park, some 600 metres away, where families had gathered for the opening of the marina.

"It was the first sunny Saturday since October. Everybody was outside," said Martin Gagné, 52, who owns a bicycle shop at number 240 on the street. "We pulled three people into the shop."

The Sûreté du Québec said it was too early to speak of a motive. Investigators were examining whether the two men "may have crossed" from Vermont, 30 km to the south, and whether the attack could be linked to al-Qaeda, a police source said.

Magog, a town of 28,000 about 120 km east of Montreal, had never known such violence. The only comparable case in the region dates from 2016, when police defused a parcel bomb at the post office in Cowansville and, hours later, another at the post office in Farnham; a retired mechanic was later convicted and sentenced to nine years.

Route 112 was closed in both directions and the regional hospital in Sherbrooke, with 680 beds, activated its emergency plan. About 250 police officers were deployed. The town set up a help line at 819 555 0142, and the Premier ordered flags at half-mast on all provincial buildings until Tuesday.

The Pointe Merry marina had expected 3,000 visitors for its opening day.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up six minutes apart", "The first man set off his explosives", "The second detonated his vest", "the attack"],
  "SUI", "2026-05-16", "day", "Magog", "CA", 8, 12, "at_least", None, None, False,
  "Wire of Saturday 16 May 2026 (18:00 in Quebec); 'on Saturday' = the publication day. Two sites of one town (a café on rue Principale Ouest and the entrance to the Pointe Merry park, 'some 600 metres away', six minutes apart) -> ONE Suicide bomb event coded to Magog, CA. First report: 'killing themselves and at least six other people and wounding dozens' -> killed 6 + 2 bombers = 8, at_least (the bombers are added); injured 12 ('dozens', dev table); the qualifier describes the killed figure. No claim; 'may have crossed' and 'could be linked to al-Qaeda' are speculation -> perpetrator null. '1:05 p.m.', '1:11 p.m.', '600 metres', '52', 'number 240', 'three people' (pulled into the shop, not a toll), '30 km', '28,000', '120 km', 'nine years', 'Route 112', '680 beds', '250 police officers', '819 555 0142', '3,000 visitors' are not casualties."),
E(6, ["police defused a parcel bomb at the post office in Cowansville"],
  "DWU", "2016-01-01", "year", "Cowansville", "CA", None, None, None, "police", None, True,
  "'from 2016' -> year, background. A parcel bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns hours apart are two events (one per place), although one man was convicted for both. No casualty figure -> null."),
E(6, ["another at the post office in Farnham"],
  "DWU", "2016-01-01", "year", "Farnham", "CA", None, None, None, "police", None, True,
  "'in 2016', 'hours later' -> year, background. The second parcel bomb, defused at Farnham's post office -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout51-007
ARTICLES.append(A(7, "fr", "article", "2026-05-18T13:00:00Z",
"Avis de modification d'horaires n° 22-2026",
"""
TRANSPORTS COLLECTIFS DE MEMPHRÉMAGOG - AVIS DE MODIFICATION D'HORAIRES N° 22-2026. En vigueur dès le lundi 18 mai 2026, jusqu'à nouvel ordre.

À la suite de l'attentat-suicide du samedi 16 mai au centre-ville de Magog, et à la demande de la Sûreté du Québec, notre réseau est modifié comme suit.

BILAN. Notre avis de samedi soir faisait état d'au moins huit morts. Selon la Sûreté du Québec, l'attentat a fait dix morts, dont les deux kamikazes, et 41 blessés. Notre chauffeur de la ligne 2, Réjean, 58 ans, est parmi les blessés ; son état est stable.

LIGNES 1 ET 2. La rue Principale Ouest demeure fermée entre la rue Merry et la rue du Moulin. Les autobus empruntent le boulevard de la Rivière-aux-Cerises. Les arrêts 14 à 19 sont supprimés ; départs aux 30 minutes, de 6 h à 22 h.

LIGNE 3 (PLAGE ET POINTE MERRY). Suspendue. Une navette de minibus de 12 places relie le terminus de l'aréna à l'hôpital toutes les 20 minutes.

LIGNE 50 (MAGOG-SHERBROOKE). Horaire habituel, mais les départs de 7 h 45 et de 17 h 15 partent de l'aréna plutôt que du centre-ville.

ENQUÊTE. Deux hommes ont été arrêtés samedi soir à Coaticook, à une quarantaine de kilomètres de Magog, par la Sûreté du Québec. Trois de nos chauffeurs, qui étaient en service près de la plage, ont été interrogés dimanche comme témoins, puis libérés.

TARIFS. Le passage est gratuit sur tout le réseau jusqu'au dimanche 24 mai (tarif habituel : 3,50 $ ; laissez-passer mensuel : 62 $). Les laissez-passer de mai seront prolongés d'une semaine.

ACCESSIBILITÉ. Le transport adapté fonctionne normalement ; réservez 24 heures à l'avance.

Information voyageurs : 819 555 0187, de 7 h à 19 h. Merci de votre patience et de votre solidarité.

La direction
"""))
GOLD += [
E(7, ["l'attentat-suicide du samedi 16 mai au centre-ville de Magog", "l'attentat a fait dix morts"],
  "SUI", "2026-05-16", "day", "Magog", "CA", 10, 41, "exact", None, None, False,
  "Bus company notice of Monday 18 May; 'du samedi 16 mai' -> 16 May. The toll is revised inside: 'au moins huit morts' (the previous notice, superseded) -> 'dix morts, dont les deux kamikazes, et 41 blessés' -> killed 10 (bombers inside), injured 41, exact; the driver 'parmi les blessés' is inside. No group named -> perpetrator null. '22-2026', 'ligne 2', '58 ans', 'arrêts 14 à 19', '30 minutes', '6 h à 22 h', '12 places', '20 minutes', 'ligne 50', '7 h 45', '17 h 15', 'une quarantaine de kilomètres', '24 mai', '3,50 $', '62 $', '24 heures', '819 555 0187', '7 h à 19 h' are not casualties."),
E(7, ["Deux hommes ont été arrêtés samedi soir à Coaticook"],
  "ARR", "2026-05-16", "day", "Coaticook", "CA", None, None, None, "police", None, False,
  "'samedi soir' vs Monday 18 May -> Saturday 16 May, the evening of the bombing. By the Sûreté du Québec (provincial police) -> 'police'. The three drivers 'interrogés dimanche comme témoins, puis libérés' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout51-008
ARTICLES.append(A(8, "fr", "article", "2026-05-20T17:00:00Z",
"Attentat de Magog : Al-Qaïda dans la péninsule Arabique revendique, un passeur arrêté au Vermont",
"""
MAGOG (Québec), (Agence Presse Nord-Américaine) - Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué mardi le double attentat-suicide qui a fait onze morts, dont les deux kamikazes, samedi à Magog, dans les Cantons-de-l'Est, une revendication jugée « crédible » mercredi par la Gendarmerie royale du Canada (GRC).

Dans un message diffusé sur ses canaux habituels, le groupe se vante d'avoir tué « plus de quarante mécréants ». Le bilan officiel s'est alourdi lundi avec la mort d'une enseignante de 39 ans ; 41 personnes ont été blessées, dont cinq se trouvent toujours dans un état critique.

L'État islamique, dont le nom avait circulé samedi, a démenti toute implication dans un communiqué de son agence Amaq. Selon la GRC, les deux kamikazes, des frères de 23 et 27 ans nés à Montréal, « pourraient avoir été formés » au Yémen lors d'un séjour de huit mois en 2024.

Les enquêteurs ont par ailleurs annoncé l'arrestation lundi à Newport, dans le Vermont, par le FBI, d'un Américain de 45 ans soupçonné d'avoir fait passer les explosifs, environ 15 kilos, par le poste frontalier de Derby Line. Le Canada demandera son extradition.

Les deux hommes arrêtés samedi soir à Coaticook ont été accusés mardi de complot et de participation aux activités d'un groupe terroriste ; ils restent détenus. Une vingtaine de personnes interrogées depuis samedi ont toutes été relâchées.

Magog n'avait jamais été visée. La dernière affaire d'explosifs dans la région remontait à 2016 : un colis piégé avait été désamorcé à la poste de Cowansville, puis un second à celle de Farnham.

La plage et la rue Principale ont rouvert mercredi matin sous la surveillance de 180 policiers. Une collecte lancée par la Ville a déjà recueilli 1,2 million de dollars auprès de 9 400 donateurs.
"""))
GOLD += [
E(8, ["le double attentat-suicide qui a fait onze morts"],
  "SUI", "2026-05-16", "day", "Magog", "CA", 11, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Dispatch of Wednesday 20 May; 'samedi' -> 16 May. 'onze morts, dont les deux kamikazes' (a teacher of 39 died Monday) -> killed 11 (bombers inside); '41 personnes ont été blessées' -> injured 41; exact; 'dont cinq ... dans un état critique' is a subset. Claimed Tuesday by 'Al-Qaïda dans la péninsule Arabique (AQPA)', judged 'crédible' by the RCMP -> canonical 'al-Qaeda in the Arabian Peninsula' (the name earlier sets use), claimant and perpetrator; the claim's 'plus de quarante mécréants' is never used. Islamic State's denial is not a claim; 'pourraient avoir été formés' is speculation. '39 ans', '23 et 27 ans', 'huit mois', '2024', '45 ans', '15 kilos', '180 policiers', '1,2 million de dollars', '9 400 donateurs' are not casualties; 'Une vingtaine de personnes interrogées' are questioned, not arrested."),
E(8, ["l'arrestation lundi à Newport"],
  "ARR", "2026-05-18", "day", "Newport", "US", None, None, None, "police", None, False,
  "'lundi' vs Wednesday 20 May -> 18 May. The cluster's suspected facilitator (the man who smuggled the explosives through the Derby Line crossing), arrested by the FBI in Newport, Vermont -> US; the FBI is a police and security service -> 'police' (dev). The extradition to be requested is a follow-up, not an event."),
E(8, ["Les deux hommes arrêtés samedi soir à Coaticook"],
  "ARR", "2026-05-16", "day", "Coaticook", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout51-007: 'samedi soir' vs Wednesday 20 May -> 16 May. Told through its judicial follow-up ('accusés mardi ... ils restent détenus') -> one Arrests event at the arrest's place and day. No force named here -> 'police'."),
E(8, ["un colis piégé avait été désamorcé à la poste de Cowansville"],
  "DWU", "2016-01-01", "year", "Cowansville", "CA", None, None, None, "police", None, True,
  "'remontait à 2016' -> year, background (restates holdout51-006). A defused parcel bomb -> Disrupted weapons use; the state actor is implied ('désamorcé'), as in holdout51-006 -> 'police'. Null casualties."),
E(8, ["un second à celle de Farnham"],
  "DWU", "2016-01-01", "year", "Farnham", "CA", None, None, None, "police", None, True,
  "'2016' -> year, background. The second parcel bomb, at Farnham's post office ('celle de Farnham') -> its own event (two towns, two events). 'police' as above; null casualties."),
]

# -------------------------------------------------------------- holdout51-009
ARTICLES.append(A(9, "fr", "article", "2026-05-21T20:00:00Z",
"Lettre aux parents du 3e groupe scout Memphrémagog",
"""
3e GROUPE SCOUT MEMPHRÉMAGOG - Lettre aux parents des castors, louveteaux, éclaireurs et pionniers. Magog, le jeudi 21 mai 2026.

Chers parents,

Samedi dernier, le 16 mai, deux kamikazes ont frappé notre ville, rue Principale Ouest et à l'entrée du parc de la Pointe-Merry, là même où notre troupe devait tenir son kiosque de financement à 14 h. L'attentat a fait onze morts, y compris les deux kamikazes, et 41 blessés. Parmi eux, notre animatrice Camille, 19 ans, blessée aux jambes, est sortie de l'hôpital mardi. Aucun jeune n'a été touché.

L'attentat a été revendiqué par Al-Qaïda dans la péninsule Arabique. Vos enfants ont des questions : mercredi, nos 14 animateurs ont suivi une formation de deux heures avec une psychologue du CIUSSS pour savoir comment leur répondre.

Dimanche, 34 de nos jeunes et leurs familles ont pris part à la marche silencieuse qui a réuni quelque 6 000 personnes de l'église Saint-Patrice jusqu'à la plage, pour dire « Magog debout ». Merci à tous.

Nous vous demandons toutefois de tenir les jeunes à l'écart des rassemblements : mardi soir, environ 300 personnes qui marchaient vers le poste de la Sûreté du Québec pour réclamer la fermeture de la frontière ont été dispersées au gaz lacrymogène, et deux manifestants ont été légèrement blessés.

Calendrier modifié :
- la réunion du vendredi 22 mai est annulée ;
- le camp de printemps au mont Orford, prévu du 29 au 31 mai, est reporté du 12 au 14 juin ; les 85 $ déjà versés restent acquis ;
- la vente de bouteilles consignées reprendra le samedi 30 mai, de 9 h à 15 h ;
- notre 60e anniversaire, prévu le 6 juin, est reporté à l'automne.

Les foulards de deuil (bleu marine) seront remis à chaque jeune vendredi prochain. Pour parler à un responsable : 819 555 0133, ou au local, 95 rue Saint-David, le mercredi soir.

Toujours prêts,
Geneviève Roy, responsable de groupe
"""))
GOLD += [
E(9, ["deux kamikazes ont frappé notre ville", "L'attentat a fait onze morts", "L'attentat a été revendiqué"],
  "SUI", "2026-05-16", "day", "Magog", "CA", 11, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Scout group letter of Thursday 21 May; 'Samedi dernier, le 16 mai' -> 16 May. Two sites of Magog -> one event. 'onze morts, y compris les deux kamikazes, et 41 blessés' -> killed 11 (bombers inside), injured 41, exact; the leader Camille is inside the injured. 'revendiqué par Al-Qaïda dans la péninsule Arabique', undisputed -> 'al-Qaeda in the Arabian Peninsula', claimant and perpetrator. '14 h', '19 ans', '14 animateurs', 'deux heures', '34 de nos jeunes', '6 000 personnes' (marchers), '300 personnes' (marchers), '29 au 31 mai', '12 au 14 juin', '85 $', '9 h à 15 h', '60e anniversaire', '6 juin', '819 555 0133', '95 rue Saint-David' are not casualties."),
E(9, ["la marche silencieuse qui a réuni quelque 6 000 personnes"],
  "PP", "2026-05-17", "day", "Magog", "CA", None, None, None, None, None, False,
  "'Dimanche' vs Thursday 21 May -> Sunday 17 May. A silent march from the Saint-Patrice church to the beach with a message ('pour dire « Magog debout »'), no incident -> Peaceful protest, perpetrator null. '6 000' counts marchers."),
E(9, ["environ 300 personnes qui marchaient vers le poste de la Sûreté du Québec", "ont été dispersées au gaz lacrymogène"],
  "PI", "2026-05-19", "day", "Magog", "CA", None, 2, "exact", None, None, False,
  "'mardi soir' vs Thursday 21 May -> Tuesday 19 May. A march on the provincial police station with a demand (closing the border), 'dispersées au gaz lacrymogène' -> Protests / Protest with intervention, perpetrator null (dev). 'deux manifestants ont été légèrement blessés' -> injured 2 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout51-010
ARTICLES.append(A(10, "en", "article", "2026-05-22T15:00:00Z",
"Event bulletin: Magog, Quebec",
"""
BOREALIS RE - EVENT BULLETIN 2026-07. Magog, Quebec: twin suicide bombing. Issued Friday 22 May 2026, 11:00 Eastern Time, for clients and brokers. Supersedes bulletin 2026-06 of 17 May.

1. Event. On Saturday 16 May two suicide bombers struck the centre of Magog, a resort town of 28,000 on Lake Memphremagog, at 13:05 and 13:11 local time, on the main street and at the entrance to a lakeside park about 600 metres away.

2. Casualties. Eleven people were killed, including the two bombers, and 41 were injured, according to the Sûreté du Québec. Our previous bulletin reported at least eight deaths.

3. Attribution. al-Qaeda in the Arabian Peninsula claimed the attack on Tuesday, and the Royal Canadian Mounted Police judges the claim credible. A denial by Islamic State has no bearing on coverage.

4. Investigation. A US citizen arrested in Newport, Vermont, on Monday is being held pending extradition. The two men arrested in Coaticook on the evening of the bombing face terrorism charges. On Tuesday evening, police used tear gas to disperse a march in Magog; two people were slightly hurt and no insured damage was reported.

5. Insured loss. Fourteen commercial buildings are damaged. We estimate the insured property loss at CAD 6.5 million to 9 million, and business interruption at CAD 3 million, with an average closure of 21 days. Canada has no terrorism pool; most commercial policies carry a terrorism sub-limit of CAD 1 million. Our share of the affected programmes is 12.5 percent.

6. Comparable events. The parcel bomb defused in Cowansville in 2016, and the one defused in Farnham the same day, produced no claims.

7. Next steps. Loss adjusters are on site from Monday 25 May. Please report exposures by 5 June.

Contact: catastrophe desk, +1 514 555 0170, cat.desk@borealisre.example.
"""))
GOLD += [
E(10, ["twin suicide bombing", "two suicide bombers struck the centre of Magog", "the attack"],
  "SUI", "2026-05-16", "day", "Magog", "CA", 11, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Reinsurer's bulletin of Friday 22 May; 'On Saturday 16 May' -> 16 May. 'Eleven people were killed, including the two bombers, and 41 were injured' -> killed 11 (bombers inside), injured 41, exact; the previous bulletin's 'at least eight' is superseded. 'al-Qaeda in the Arabian Peninsula claimed the attack on Tuesday', judged credible by the RCMP -> claimant and perpetrator; Islamic State's denial is not a claim. 'the evening of the bombing' (inside the Coaticook arrest's trigger) is left to that arrest. '2026-07', '11:00', '2026-06', '17 May', '28,000', '13:05', '13:11', '600 metres', 'Fourteen commercial buildings', 'CAD 6.5 million to 9 million', 'CAD 3 million', '21 days', 'CAD 1 million', '12.5 percent', '25 May', '5 June', '+1 514 555 0170' are not casualties."),
E(10, ["A US citizen arrested in Newport, Vermont, on Monday"],
  "ARR", "2026-05-18", "day", "Newport", "US", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout51-008: 'on Monday' vs Friday 22 May -> 18 May; Newport, Vermont -> US. 'held pending extradition' is a follow-up. No force named here -> 'police' (the FBI, holdout51-008)."),
E(10, ["The two men arrested in Coaticook on the evening of the bombing"],
  "ARR", "2026-05-16", "day", "Coaticook", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout51-007: 'on the evening of the bombing' -> Saturday 16 May. 'face terrorism charges' is the follow-up. No force named -> 'police'."),
E(10, ["police used tear gas to disperse a march in Magog"],
  "PI", "2026-05-19", "day", "Magog", "CA", None, 2, "exact", None, None, False,
  "'On Tuesday evening' vs Friday 22 May -> 19 May: the march of holdout51-009, dispersed with tear gas -> Protest with intervention, perpetrator null. 'two people were slightly hurt' -> injured 2, exact."),
E(10, ["The parcel bomb defused in Cowansville in 2016"],
  "DWU", "2016-01-01", "year", "Cowansville", "CA", None, None, None, "police", None, True,
  "'in 2016' -> year, background (restates holdout51-006). Defused -> Disrupted weapons use; the state actor is implied -> 'police'. Null casualties."),
E(10, ["the one defused in Farnham the same day"],
  "DWU", "2016-01-01", "year", "Farnham", "CA", None, None, None, "police", None, True,
  "'the same day' of 2016 -> year, background. The second parcel bomb, in Farnham -> its own event (two towns, two events). 'police'; null casualties."),
]
