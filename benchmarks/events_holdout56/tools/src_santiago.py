"""Authoring source of benchmarks/events_holdout56 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Santiago de los Caballeros, Dominican Republic cluster
(holdout56-011 to 015; English and French), two suicide bombers on Sunday 12
July 2026 at two sites of one city (the plaza of the Monument to the Heroes of
the Restoration and the Calle del Sol shopping street, about 400 m and four
minutes apart): an English wire with the first report (011), a broadband
provider's outage email to its customers (012), a note of Haiti's civil
protection for the department facing the border ("note d'information de la
protection civile", fr 013), an extract of the minutes of an English-speaking
residents' association's annual general meeting in Puerto Plata (014) and a
Haitian town hall's road closure notice ("avis de fermeture de rues", fr
015). The Dominican Republic and Haiti are UTC-4 in July: every publication
time here is between 14:00 and 22:00 UTC (10:00 to 18:00 local), so every
local date is the UTC date. The gold spells the city "Santiago de los
Caballeros" and the border town "Dajabón". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout56")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout56-011
ARTICLES.append(A(11, "en", "article", "2026-07-12T21:00:00Z",
"Suicide bombers kill at least 11 in Dominican city of Santiago",
"""
SANTIAGO DE LOS CABALLEROS, Dominican Republic (Caribbean Wire) - Two suicide bombers attacked the Dominican Republic's second city on Sunday, blowing themselves up four minutes apart at the foot of the Monument to the Heroes of the Restoration and in the crowded Calle del Sol shopping street, killing at least nine people, not counting the two attackers, and wounding more than 50, police said.

The first blast, at about 11:20 a.m., tore through families gathered on the monument's plaza for a free merengue concert. The second bomber walked some 400 metres down the hill and detonated his charge outside a shoe shop at 11:24, as people ran from the plaza.

"We thought it was fireworks, then we saw the blood," said Yadira Polanco, 33, who sells coconut water near the stage.

No group claimed responsibility. The national police chief, Maj. Gen. Ramón Estévez, said investigators were examining possible links to Islamic State and that the bombers "could have come" through Haiti, but stressed that nothing was confirmed.

The country has been spared political violence for decades. In 2014, a homemade bomb exploded outside a bank in Moca, about 25 km to the east, wounding a security guard; a former employee was later convicted.

The government declared three days of national mourning. The army deployed 1,500 soldiers in Santiago, 155 km north of Santo Domingo, and the border crossings with Haiti were closed at noon. The Cibao airport cancelled 11 evening flights. The regional hospital asked for blood donors of group O and set up a line for relatives, 809-580 1171, extension 220.
"""))
GOLD += [
E(11, ["Two suicide bombers attacked the Dominican Republic's second city", "The first blast", "The second bomber walked some 400 metres down the hill and detonated his charge"],
  "SUI", "2026-07-12", "day", "Santiago de los Caballeros", "DO", 11, 50, "at_least", None, None, False,
  "Wire of Sunday 12 July 2026 (17:00 in Santiago); 'on Sunday' = the publication day. Two sites of one city (the monument's plaza and Calle del Sol, 'some 400 metres' and four minutes apart) -> ONE Suicide bomb event coded to the city. First report: 'killing at least nine people, not counting the two attackers, and wounding more than 50' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); injured 50 ('more than 50'; the qualifier describes the killed figure). No claim; 'possible links to Islamic State' and 'could have come' through Haiti are speculation -> perpetrator null. '11:20 a.m.', '400 metres', '11:24', '33', '25 km', 'three days', '1,500 soldiers', '155 km', '11 evening flights', '809-580 1171', '220' are not casualties."),
E(11, ["a homemade bomb exploded outside a bank in Moca"],
  "IED", "2014-01-01", "year", "Moca", "DO", None, 1, "exact", None, None, True,
  "'In 2014' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; the author, 'a former employee', is unnamed -> null. 'wounding a security guard' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout56-012
ARTICLES.append(A(12, "en", "article", "2026-07-14T16:00:00Z",
"CibaoNet: service update for customers in central Santiago",
"""
CibaoNet Fibre - Customer Care. Tuesday 14 July 2026. Subject: service update, central Santiago outage (ticket INC-26-07-0412).

Dear customer,

We are writing to everyone on our network in central Santiago about the outage that began on Sunday.

What happened. Our street cabinet at the corner of Calle del Sol and Calle España, and 2.1 km of fibre along the street, were destroyed in the twin suicide bombing on Sunday morning. The node on the monument plaza was also damaged. About 4,300 homes and businesses lost service. In our message on Sunday we mentioned "at least nine deaths". The authorities now count 16 people killed, including the two bombers, and 71 injured. Among the dead is our field technician Luis Almonte, 27, who was repairing a line in Calle del Sol and died in hospital on Monday night. Our thoughts are with his family and his colleagues.

Where we are. As of 10:00 today, 78% of customers have their service back. Calle del Sol itself remains closed by the police; we expect to restore the last 940 connections within 48 hours of the street being handed back.

Your bill. Every affected customer will receive an automatic credit of seven days, and of 30 days for businesses inside the closed perimeter. You do not need to call us.

Police requests. The National Police have asked us, under a court order, for data on two prepaid accounts. Two men were arrested in Puerto Plata on Sunday evening, and officers came to our Puerto Plata store on Monday: two of our staff there were questioned for several hours as witnesses and went home. We will not comment further on an investigation.

A warning. Fraudsters are calling customers, pretending to be CibaoNet, and asking for card numbers "to process your refund". We never ask for card details by phone. Please report such calls to 809-200 4646.

With our apologies and our sympathy,
The CibaoNet team
"""))
GOLD += [
E(12, ["the twin suicide bombing on Sunday morning"],
  "SUI", "2026-07-12", "day", "Santiago de los Caballeros", "DO", 16, 71, "exact", None, None, False,
  "Customer email of Tuesday 14 July; 'on Sunday morning' -> 12 July. The city is named 'Santiago' only; the gold keeps 'Santiago de los Caballeros'. The toll is revised inside: 'at least nine deaths' (the email of Sunday, superseded) -> '16 people killed, including the two bombers, and 71 injured' -> killed 16 (bombers inside; the technician, 27, who died Monday night is inside), injured 71, exact. No claim, no group named -> perpetrator null. 'INC-26-07-0412', '2.1 km', '4,300 homes', '10:00', '78%', '940 connections', '48 hours', 'seven days', '30 days', 'two prepaid accounts', '809-200 4646' are not casualties."),
E(12, ["Two men were arrested in Puerto Plata on Sunday evening"],
  "ARR", "2026-07-12", "day", "Puerto Plata", "DO", None, None, None, "police", None, False,
  "'on Sunday evening' vs Tuesday 14 July -> 12 July, the evening of the bombing. No force named for the arrest; the National Police named in the paragraph -> 'police'. The two staff 'questioned for several hours as witnesses and went home' are not arrested."),
]

# -------------------------------------------------------------- holdout56-013
ARTICLES.append(A(13, "fr", "article", "2026-07-15T15:00:00Z",
"Protection civile du Nord-Est : note d'information n° 14",
"""
RÉPUBLIQUE D'HAÏTI - DIRECTION DE LA PROTECTION CIVILE - COORDINATION DÉPARTEMENTALE DU NORD-EST. NOTE D'INFORMATION N° 14. Fort-Liberté, le mercredi 15 juillet 2026, 11 heures.

1. SITUATION. L'attentat-suicide de dimanche à Santiago de los Caballeros, en République dominicaine, a fait selon les autorités dominicaines seize morts, dont les deux kamikazes, et 71 blessés. Trois ressortissants haïtiens figurent parmi les morts et cinq parmi les blessés. L'État islamique a revendiqué l'attaque lundi par son agence Amaq ; le procureur général dominicain juge cette revendication crédible.

2. FRONTIÈRE. Le pont frontalier entre Ouanaminthe et Dajabón est fermé depuis dimanche midi. Mardi, la police dominicaine a arrêté à Dajabón un chauffeur haïtien de 36 ans, soupçonné d'avoir transporté les explosifs jusqu'à Santiago. À la suite de cette arrestation, le marché binational du lundi et du vendredi est suspendu jusqu'à nouvel ordre. Environ 2 300 commerçants et 180 camions sont bloqués à Ouanaminthe.

3. RUMEURS. Des messages affirment que les kamikazes « pourraient avoir été hébergés » à Ouanaminthe. Aucune source officielle ne le confirme à ce jour. Merci de ne pas relayer ces messages.

4. MESURES. Le comité communal de protection civile de Ouanaminthe a ouvert un point d'eau et de premiers secours près du pont. Trois tentes de la Croix-Rouge haïtienne accueillent les familles des victimes haïtiennes ; deux psychologues y sont présents de 8 heures à 16 heures. Les familles peuvent demander le rapatriement des corps au consulat d'Haïti à Santiago, qui prend les frais en charge.

5. CONTACTS. Numéro d'urgence de la protection civile : 116. Coordination départementale : +509 3701 2288. Consulat d'Haïti à Santiago : +1 809 582 6047.

6. PROCHAINE NOTE. Vendredi 17 juillet à 11 heures, ou plus tôt si la situation évolue.

Le coordonnateur départemental, Wilner Jean-Baptiste
"""))
GOLD += [
E(13, ["L'attentat-suicide de dimanche à Santiago de los Caballeros", "l'attaque"],
  "SUI", "2026-07-12", "day", "Santiago de los Caballeros", "DO", 16, 71, "exact", "Islamic State", "Islamic State", False,
  "Civil protection note of Wednesday 15 July; 'de dimanche' -> 12 July. 'seize morts, dont les deux kamikazes, et 71 blessés' -> killed 16 (bombers inside), injured 71, exact; the Haitian nationals ('Trois ... parmi les morts et cinq parmi les blessés') are subsets. 'L'État islamique a revendiqué l'attaque lundi par son agence Amaq', judged 'crédible' by the Dominican attorney general -> claimant and perpetrator 'Islamic State'. The rumour that the bombers 'pourraient avoir été hébergés' in Ouanaminthe is speculation, not coded. 'N° 14', '11 heures', '2 300 commerçants', '180 camions', 'Trois tentes', 'deux psychologues', '8 heures à 16 heures', '116', '+509 3701 2288', '+1 809 582 6047', '17 juillet' are not casualties."),
E(13, ["la police dominicaine a arrêté à Dajabón un chauffeur haïtien", "cette arrestation"],
  "ARR", "2026-07-14", "day", "Dajabón", "DO", None, None, None, "police", None, False,
  "'Mardi' vs Wednesday 15 July -> 14 July. The cluster's suspected facilitator (a Haitian driver suspected of carrying the explosives to Santiago), arrested in Dajabón by 'la police dominicaine' -> 'police', DO. 'cette arrestation' restates it. '36 ans' is an age."),
]

# -------------------------------------------------------------- holdout56-014
ARTICLES.append(A(14, "en", "article", "2026-07-17T18:00:00Z",
"Puerto Plata residents' association: extract from the AGM minutes",
"""
PUERTO PLATA ENGLISH-SPEAKING RESIDENTS' ASSOCIATION - ANNUAL GENERAL MEETING. Extract from the draft minutes, circulated on Friday 17 July 2026. Meeting held on Thursday 16 July at 7 p.m. at the Costambar community hall; 64 members present, 19 proxies. Chair: Maureen Colgan. Minutes: Peter Haugh.

Item 1. Minute's silence. The Chair opened the meeting with a minute's silence for the victims of Sunday's suicide bombing in Santiago, which has now claimed seventeen lives, the two bombers included, after a nurse died on Wednesday; 71 people were injured. Member Ian Lowry, 68, hurt in Calle del Sol, sent his thanks from his hospital bed.

Item 2. Security briefing. Inspector Juan Tavárez of the tourist police attended as a guest. He said that:
(a) Islamic State's claim, made on Monday through its Amaq agency, was considered credible, but its figure of "more than 100 crusaders" killed was propaganda;
(b) Jamaat al Muslimeen, the Trinidad group named on social media, had denied any link, and was not suspected;
(c) the two men arrested in Puerto Plata on Sunday night, at a guesthouse on Calle Beller, had been ordered held in pre-trial detention for one year on Wednesday;
(d) a Venezuelan student arrested in Santo Domingo on Monday had been released without charge;
(e) the bombers "may have been" radicalised online, which was not established.
Asked about the guesthouse owner, the Inspector said she had been questioned and released.

Item 3. Tuesday's march. The Chair thanked the 40 members who on Tuesday evening joined some 20,000 people marching from the monument to the cathedral under the banner "Santiago sin miedo". The march ended peacefully.

Item 4. Treasurer's report. Balance of RD$412,600; the subscription stays at RD$2,500 per household; 23 new members joined this year.

Item 5. Any other business. The quiz night moves to 31 October at 7 p.m. The beach clean-up of 25 July goes ahead. Members driving to Santiago should carry identity papers, as there are checkpoints on the road.
"""))
GOLD += [
E(14, ["Sunday's suicide bombing in Santiago"],
  "SUI", "2026-07-12", "day", "Santiago de los Caballeros", "DO", 17, 71, "exact", "Islamic State", "Islamic State", False,
  "Minutes of a meeting held Thursday 16 July, circulated Friday 17 July; 'Sunday's' -> 12 July (the same from either day). 'has now claimed seventeen lives, the two bombers included, after a nurse died on Wednesday; 71 people were injured' -> killed 17 (bombers inside), injured 71, exact; Ian Lowry, 68, is a subset. 'Islamic State's claim, made on Monday through its Amaq agency, was considered credible' -> claimant and perpetrator 'Islamic State'; its 'more than 100 crusaders' is never used. Jamaat al Muslimeen's denial is not a claim; 'may have been' radicalised is speculation. 'claimed seventeen lives' is the toll, not a claim of responsibility. '7 p.m.', '64 members', '19 proxies', '68', 'one year', '40 members', 'RD$412,600', 'RD$2,500', '23 new members', '31 October', '25 July' are not casualties."),
E(14, ["the two men arrested in Puerto Plata on Sunday night"],
  "ARR", "2026-07-12", "day", "Puerto Plata", "DO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout56-012: 'on Sunday night' vs Friday 17 July -> 12 July. 'ordered held in pre-trial detention for one year on Wednesday' is the arrest's judicial follow-up. No force named -> 'police'. The guesthouse owner 'questioned and released' is not arrested."),
E(14, ["a Venezuelan student arrested in Santo Domingo on Monday"],
  "ARR", "2026-07-13", "day", "Santo Domingo", "DO", None, None, None, "police", None, False,
  "'on Monday' vs Friday 17 July -> 13 July. A student arrested in Santo Domingo and 'released without charge': the release does not undo the arrest. No force named -> 'police'."),
E(14, ["joined some 20,000 people marching from the monument to the cathedral"],
  "PP", "2026-07-14", "day", "Santiago de los Caballeros", "DO", None, None, None, None, None, False,
  "'on Tuesday evening' vs Friday 17 July -> 14 July. A march in Santiago under a banner with a message ('Santiago sin miedo'), 'ended peacefully' -> Peaceful protest, perpetrator null. '20,000 people' counts marchers; '40 members' is a subset of them."),
]

# -------------------------------------------------------------- holdout56-015
ARTICLES.append(A(15, "fr", "article", "2026-07-17T14:00:00Z",
"Mairie de Ouanaminthe : avis de fermeture de rues",
"""
RÉPUBLIQUE D'HAÏTI - COMMUNE DE OUANAMINTHE - CONSEIL MUNICIPAL. AVIS DE FERMETURE DE RUES N° 2026-31. Ouanaminthe, le vendredi 17 juillet 2026.

Le Conseil municipal informe la population que, à la demande de la Police nationale d'Haïti, les voies suivantes sont fermées à toute circulation automobile jusqu'au lundi 20 juillet à 18 heures :
- la rue Saint-Joseph, entre la rue Capois et la rue Dessalines ;
- la ruelle Vincent, sur toute sa longueur ;
- la route du pont frontalier, du carrefour de la Douane au pont, sauf pour les véhicules de secours.

Motif : jeudi à l'aube, des agents de la PNH ont arrêté deux hommes dans une maison de la rue Saint-Joseph, au n° 47. Selon la police, ils sont soupçonnés d'avoir fourni un abri et de faux papiers aux deux kamikazes de l'attentat-suicide du 12 juillet à Santiago, en République dominicaine, qui a fait dix-sept morts. Des cartouches et deux gilets tactiques ont été saisis dans la maison. Le propriétaire a été entendu puis laissé libre. Les fouilles se poursuivent dans le quartier.

Le chauffeur arrêté mardi à Dajabón, de l'autre côté du pont, est originaire de notre commune. La mairie rappelle que toute personne est présumée innocente et demande à chacun de ne pas s'en prendre à sa famille.

Déviations :
- les véhicules venant de Fort-Liberté emprunteront la rue Christophe puis la rue du Marché ;
- les motos-taxis stationneront sur la place de l'Église, dans la limite de 30 places ;
- le petit marché de la rue Saint-Joseph est déplacé sur le terrain de football du lycée.

Le pont frontalier reste fermé dans les deux sens jusqu'à nouvel ordre. Les trois écoles d'été situées dans la zone fermée suspendent leurs cours jusqu'au 20 juillet inclus.

Renseignements : bureau de la mairie, de 8 heures à 15 heures, ou au +509 3455 1290.

Le Maire principal, Jocelyn Saint-Fleur
"""))
GOLD += [
E(15, ["des agents de la PNH ont arrêté deux hommes dans une maison de la rue Saint-Joseph"],
  "ARR", "2026-07-16", "day", "Ouanaminthe", "HT", None, None, None, "police", None, False,
  "Town hall notice of Friday 17 July; 'jeudi à l'aube' -> 16 July. Two men suspected of sheltering the bombers, arrested in a house of Ouanaminthe by the Haitian national police (PNH) -> 'police', HT (coded to the place of the arrest, not to the bombing's country). The cartridges and vests seized belong to the arrest. The owner 'entendu puis laissé libre' is not arrested."),
E(15, ["l'attentat-suicide du 12 juillet à Santiago"],
  "SUI", "2026-07-12", "day", "Santiago de los Caballeros", "DO", 17, None, "exact", None, None, False,
  "'du 12 juillet' -> 12 July. 'qui a fait dix-sept morts' -> killed 17, exact; the notice gives no injured figure -> null. No claim named -> perpetrator null. 'N° 2026-31', '20 juillet à 18 heures', 'n° 47', 'deux gilets', '30 places', 'trois écoles', '8 heures à 15 heures', '+509 3455 1290' are not casualties."),
E(15, ["Le chauffeur arrêté mardi à Dajabón"],
  "ARR", "2026-07-14", "day", "Dajabón", "DO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout56-013: 'mardi' vs Friday 17 July -> 14 July, in Dajabón, across the bridge in the Dominican Republic -> DO. No force named; the Dominican police of holdout56-013 -> 'police'."),
]
