"""Authoring source of benchmarks/events_holdout58 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Madaba, Jordan cluster (holdout58-006 to 010; English and
French), two suicide bombers on Friday 17 April 2026 at two sites of one
town (the old-town souk near St George's Church and the main bus station,
about 650 m and six minutes apart): an English wire with a first report
(006), the situation update of a French search and rescue dog team ("point
de situation d'une équipe cynophile de recherche et de sauvetage", fr 007),
an English wire on the claim and the arrests (008), a blood bank's stock
update (009) and a French-language nursery's email to parents ("courriel
d'une crèche aux parents", fr 010). Jordan is UTC+3 all year: every
publication time here is between 03:00 and 12:00 UTC, so every local date
is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout58")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout58-006
ARTICLES.append(A(6, "en", "article", "2026-04-17T12:00:00Z",
"Two suicide bombers kill at least 11 in Jordan's mosaic town of Madaba",
"""
MADABA, Jordan (Levant Wire) - Two suicide bombers struck the Jordanian market town of Madaba six minutes apart on Friday, killing at least nine people, not including the attackers, and wounding a score of others, the public security directorate said.

The first bomber blew himself up at 11:40 a.m. in the souk a few steps from St George's Church, home of a celebrated sixth-century mosaic map, as tourists and shoppers crowded the lanes. The second detonated his charge at 11:46 outside the main bus station, about 650 metres away, where part of a two-storey row of shops collapsed.

"The mosaics on my shelves fell like rain," said Rania Haddad, 37, who runs a souvenir shop at No. 12 in the souk. "Then the second explosion shook the whole street."

There was no immediate claim of responsibility. Security sources said the attack "bore the hallmarks" of Islamic State, without giving details.

Jordan has been largely spared such violence in recent years. In 2019, police defused a homemade bomb at a bus station in Tafilah and, two hours later, a second device outside a shopping centre in Azraq; both were later traced to the same cell.

Madaba, 30 km south-west of Amman, draws about 3,000 foreign visitors a week to its churches and to nearby Mount Nebo. The tourism ministry said 46 coach tours had been cancelled for the weekend. Civil defence teams with sniffer dogs were searching the rubble at the bus station late on Friday, and a French rescue team was expected overnight.

Hospitals in Madaba and Amman declared an emergency, and the government announced three days of mourning. Roads into the town were closed, and about 2,500 police officers were deployed at churches and mosques across the kingdom ahead of Sunday services. Relatives can call 06 500 4711.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the Jordanian market town of Madaba", "The first bomber blew himself up", "The second detonated his charge", "the second explosion", "the attack#2"],
  "SUI", "2026-04-17", "day", "Madaba", "JO", 11, 20, "at_least", None, None, False,
  "Wire of Friday 17 April 2026 (15:00 in Madaba); 'on Friday' = the publication day. Two sites of one town (the souk near St George's Church and the main bus station, 'about 650 metres' and six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people, not including the attackers, and wounding a score of others' -> killed 9 + 2 bombers = 11 (the bombers are added), at_least; 'a score of others' -> injured 20 (dev table; the qualifier describes the killed figure). No claim; 'bore the hallmarks' of Islamic State is speculation (dev) -> perpetrator null. 'the attack#2': the first occurrence of the string is inside 'the attackers'. '11:40 a.m.', '11:46', '650 metres', 'two-storey', '37', 'No. 12', '30 km', '3,000 foreign visitors', '46 coach tours', 'three days', '2,500 police officers', '06 500 4711' are not casualties."),
E(6, ["police defused a homemade bomb at a bus station in Tafilah"],
  "DWU", "2019-01-01", "year", "Tafilah", "JO", None, None, None, "police", None, True,
  "'In 2019' -> year, background. A homemade bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns hours apart are two events (one per place), although 'both were later traced to the same cell'. No casualty figure -> null."),
E(6, ["a second device outside a shopping centre in Azraq"],
  "DWU", "2019-01-01", "year", "Azraq", "JO", None, None, None, "police", None, True,
  "'In 2019' -> year, background. The second device, defused 'two hours later' outside a shopping centre in Azraq -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout58-007
ARTICLES.append(A(7, "fr", "article", "2026-04-18T07:00:00Z",
"Mission Madaba : point de situation n° 2 de l'équipe cynophile",
"""
SECOURS CYNOPHILE SANS FRONTIÈRES - Point de situation n° 2, mission Madaba (Jordanie). Samedi 18 avril 2026, 10 heures (heure locale). Diffusion : adhérents, partenaires, presse.

L'ÉQUIPE. Quatre maîtres-chiens, un vétérinaire, un logisticien et quatre chiens : Ulla (berger malinois, 6 ans, 28 kg), Fox (berger allemand, 4 ans), Pépite et Nash (labradors, 5 ans). Partis de Lyon vendredi à 17 h 10, nous sommes arrivés sur place à 2 h 15, avec 1,2 tonne de matériel, à la demande de la Défense civile jordanienne.

LE CHANTIER. La seconde explosion de l'attentat-suicide de vendredi a fait s'effondrer une rangée de boutiques à deux étages face à la gare routière de Madaba, sur environ 300 m². Ulla a marqué deux positions à 3 h 20. À 4 h 05, les sauveteurs jordaniens ont dégagé un commerçant de 34 ans, vivant, coincé sous une dalle ; à 6 h 30, ils ont retiré le corps d'une femme. Les chiens ont ensuite parcouru deux fois l'ensemble des décombres sans nouveau marquage.

LE BILAN. Le bilan officiel communiqué ce matin par la Défense civile est passé de treize à quinze morts, les deux kamikazes compris, et 48 blessés. Nous n'avons pas d'information sur l'identité des victimes.

LA SÉCURITÉ. Selon nos interlocuteurs de la Défense civile, la police a interpellé vendredi soir deux suspects à Jerash, à 80 km au nord. Le périmètre de la gare routière reste bouclé et nos déplacements se font sous escorte. Nous ne commentons pas les hypothèses sur les auteurs.

LES CONDITIONS. Il faisait 31 degrés hier après-midi ; les chiens travaillent par rotations de 20 minutes, avec 3 litres d'eau par chien et par heure. Nash s'est légèrement coupé une patte ; le vétérinaire l'a soigné.

LA SUITE. Sauf nouvelle demande, retour prévu mardi par le vol RJ 1312. Le prochain point sera diffusé à 18 heures.

Les dons pour la mission peuvent être faits en ligne ; 25 euros financent une journée de croquettes pour l'équipe. Contact presse : Sandrine Collet, +33 4 78 62 19 05.
"""))
GOLD += [
E(7, ["La seconde explosion de l'attentat-suicide de vendredi"],
  "SUI", "2026-04-17", "day", "Madaba", "JO", 15, 48, "exact", None, None, False,
  "Situation update of Saturday 18 April; 'de vendredi' -> 17 April. The second of the twin explosions, at the Madaba bus station: one event for the town. The toll is revised inside: 'passé de treize à quinze morts, les deux kamikazes compris, et 48 blessés' -> killed 15 (bombers inside; 'treize' is superseded), injured 48, exact. The trader of 34 pulled out alive and the woman's body are inside the toll. No claim ('Nous ne commentons pas les hypothèses') -> perpetrator null. 'n° 2', '10 heures', '6 ans', '28 kg', '4 ans', '5 ans', '17 h 10', '2 h 15', '1,2 tonne', 'deux étages', '300 m²', '3 h 20', '4 h 05', '34 ans', '6 h 30', 'deux fois', '80 km', '31 degrés', '20 minutes', '3 litres', 'RJ 1312', '18 heures', '25 euros', '+33 4 78 62 19 05' are not casualties; Nash's cut paw is no casualty."),
E(7, ["la police a interpellé vendredi soir deux suspects à Jerash"],
  "ARR", "2026-04-17", "day", "Jerash", "JO", None, None, None, "police", None, False,
  "'vendredi soir' vs Saturday 18 April -> 17 April, the evening of the bombing. 'la police' -> 'police'. The update is issued by the rescue team; the arrest is in Jerash."),
]

# -------------------------------------------------------------- holdout58-008
ARTICLES.append(A(8, "en", "article", "2026-04-20T08:00:00Z",
"Islamic State claims Madaba bombing; driver held in Saudi Arabia",
"""
MADABA, Jordan (Levant Wire) - Islamic State claimed responsibility on Sunday for Friday's twin suicide bombing in Madaba, saying in a statement carried by its Amaq agency that its fighters had killed "more than 50 crusaders" in the town's souk and bus station.

Government spokeswoman Leila Majali said on Monday that the claim was "credible". Hurras al-Din, an al-Qaeda-aligned group that some officials had named on Friday, denied any role.

The bombing killed 16 people, including the two bombers, after a nurse wounded at the bus station died on Sunday; 48 people were wounded. An interior ministry official said the bombers, two Jordanians aged 22 and 26, "may have been" trained in southern Syria last year.

Saudi police on Saturday arrested a truck driver in Tabuk who is suspected of bringing the explosives across the Durra border crossing in a load of 14 tonnes of cement, Jordanian officials said. The two men detained in Jerash on Friday night were ordered held for 15 days by the State Security Court prosecutor. Members of the bombers' families were questioned and released.

On Sunday evening, riot police fired tear gas to disperse several hundred young men who had marched on the governorate building in Madaba to demand the governor's resignation. Four people, including a policeman, were hurt.

Jordan last suffered a bomb attack in 2017, when a grenade thrown into a wedding hall in Ajloun wounded five guests.

A French search team with four dogs ended its work at the bus station on Sunday after 40 hours. The souk will stay closed until at least Thursday, and about 1,300 shopkeepers have been offered 500 dinars each. Flights at Queen Alia airport, 25 km away, were running normally.
"""))
GOLD += [
E(8, ["Friday's twin suicide bombing in Madaba", "The bombing killed 16 people"],
  "SUI", "2026-04-17", "day", "Madaba", "JO", 16, 48, "exact", "Islamic State", "Islamic State", False,
  "Wire of Monday 20 April; 'Friday's' -> 17 April. 'killed 16 people, including the two bombers' -> killed 16 (bombers inside; the nurse who 'died on Sunday' is inside), '48 people were wounded' -> injured 48, exact. Claimed on Sunday by Islamic State through Amaq, judged 'credible' by the government -> claimant and perpetrator; the claim's 'more than 50 crusaders' is never used. Hurras al-Din's denial is not a claim; 'may have been' trained is speculation. 'aged 22 and 26', '14 tonnes', '15 days', '40 hours', '1,300 shopkeepers', '500 dinars', '25 km' are not casualties."),
E(8, ["Saudi police on Saturday arrested a truck driver in Tabuk"],
  "ARR", "2026-04-18", "day", "Tabuk", "SA", None, None, None, "police", None, False,
  "'on Saturday' vs Monday 20 April -> 18 April. The cluster's suspected facilitator (the driver who brought the explosives across the Durra crossing), arrested in Saudi Arabia -> SA; the Saudi police -> 'police'."),
E(8, ["The two men detained in Jerash on Friday night"],
  "ARR", "2026-04-17", "day", "Jerash", "JO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout58-007: 'on Friday night' vs Monday 20 April -> 17 April. Told through its judicial follow-up ('ordered held for 15 days by the State Security Court prosecutor') -> one Arrests event at the arrest's place and day. No force named -> 'police'. The families 'questioned and released' are not arrested."),
E(8, ["riot police fired tear gas to disperse several hundred young men"],
  "PI", "2026-04-19", "day", "Madaba", "JO", None, 4, "exact", None, None, False,
  "'On Sunday evening' vs Monday 20 April -> 19 April. A march on the Madaba governorate building with a demand (the governor's resignation), dispersed with tear gas by riot police -> Protest with intervention, perpetrator null (dev). 'Four people, including a policeman, were hurt' -> injured 4 (all sides, the policeman inside), exact. 'several hundred young men' counts marchers."),
E(8, ["a grenade thrown into a wedding hall in Ajloun wounded five guests"],
  "GRN", "2017-01-01", "year", "Ajloun", "JO", None, 5, "exact", None, None, True,
  "'in 2017' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'wounded five guests' -> injured 5 (number word), exact."),
]

# -------------------------------------------------------------- holdout58-009
ARTICLES.append(A(9, "en", "article", "2026-04-22T06:00:00Z",
"Madaba regional blood centre: stock update",
"""
NATIONAL BLOOD BANK - MADABA REGIONAL CENTRE. Stock update, Wednesday 22 April 2026, 09:00.

Current stock (units, days of supply at normal use):
O positive: 212 (3 days)
O negative: 18 (less than 1 day, CRITICAL)
A positive: 164 (4 days)
A negative: 9 (1 day)
B positive: 96 (4 days)
B negative: 6 (1 day)
AB positive: 40 (6 days)
AB negative: 3 (1 day)
Platelets: 22 bags (expire within 5 days)

Since Friday's suicide bombing at the souk and the bus station, claimed by Islamic State, the centre has issued 640 units to the four hospitals treating the wounded. The Ministry of Health says the attack has killed 17 people, the two bombers included, after a 19-year-old student died on Tuesday; 48 people were injured, 23 of whom remain in hospital, seven in intensive care.

THANK YOU. Since Friday, 1,870 people have given blood here, against about 150 in a normal week. On Tuesday afternoon, many came straight from the solidarity march, when an estimated 4,000 people walked in silence from St George's Church to the municipality square carrying Jordanian flags and a banner reading "Madaba is one family". Queues reached 3 hours; we apologise.

WHAT WE NEED NOW. Donors of group O negative, A negative and B negative, please come this week. Other groups: please book for May, as blood keeps only 42 days.

WHO CAN GIVE. Aged 18 to 60, weighing at least 50 kg, in good health, with a haemoglobin level of 12.5 g/dl or more. Wait 56 days between two donations. Bring your national ID card.

OPENING HOURS. Sunday to Thursday 8:00 to 20:00; Friday and Saturday 10:00 to 16:00. Mobile unit at the Madaba municipal stadium, gate 2, on Saturday from 10:00.

Bookings and questions: 05 324 6180. Please do not call the hospitals' emergency lines to offer blood.
"""))
GOLD += [
E(9, ["Friday's suicide bombing at the souk and the bus station", "the attack has killed 17 people"],
  "SUI", "2026-04-17", "day", "Madaba", "JO", 17, 48, "exact", "Islamic State", "Islamic State", False,
  "Stock update of Wednesday 22 April; 'Friday's' -> 17 April. The souk and the bus station: one event for the town. 'the attack has killed 17 people, the two bombers included' (the student of 19 who 'died on Tuesday' is inside) -> killed 17; '48 people were injured' -> injured 48, exact; '23 of whom remain in hospital, seven in intensive care' are subsets. 'claimed by Islamic State', undisputed -> claimant and perpetrator. The stock figures ('212 (3 days)' to '22 bags'), '640 units', 'four hospitals', '19-year-old', '1,870 people' (donors), '150', '3 hours', '42 days', '18 to 60', '50 kg', '12.5 g/dl', '56 days', '8:00 to 20:00', '10:00 to 16:00', 'gate 2', '05 324 6180' are not casualties."),
E(9, ["an estimated 4,000 people walked in silence"],
  "PP", "2026-04-21", "day", "Madaba", "JO", None, None, None, None, None, False,
  "'On Tuesday afternoon' vs Wednesday 22 April -> 21 April. A 'solidarity march' in silence from St George's Church to the municipality square behind a banner ('Madaba is one family'), no incident -> Peaceful protest, perpetrator null. '4,000 people' counts marchers."),
]

# -------------------------------------------------------------- holdout58-010
ARTICLES.append(A(10, "fr", "article", "2026-04-23T05:00:00Z",
"Crèche Les Petits Cèdres : reprise, sortie reportée et nouvelles de l'équipe",
"""
CRÈCHE FRANCOPHONE LES PETITS CÈDRES - Amman, Jabal Amman. Courriel aux parents, jeudi 23 avril 2026.

Chers parents,

Après la fermeture de dimanche et de lundi, décidée avec l'ambassade après l'attentat-suicide de Madaba, la crèche a rouvert mardi et l'accueil est de nouveau normal, de 7 h 30 à 16 h 30. Merci pour vos nombreux messages.

NOTRE ÉQUIPE. Vous connaissez tous Khaled, notre agent d'entretien, qui habite Madaba. Il a été arrêté mardi à son domicile, à Madaba, parce qu'un des deux kamikazes avait travaillé avec lui sur un chantier il y a trois ans. Il a été relâché mercredi soir sans inculpation et reprendra son poste lundi. Nous lui avons dit notre confiance.

LA SORTIE. La sortie au mont Nébo des « Grands » (3 à 4 ans), prévue vendredi 24 avril, est reportée au mois de mai. Le car de 35 places est annulé sans frais.

CE QUE NOUS DISONS AUX ENFANTS. Certains ont entendu parler de l'attentat de vendredi dernier, qui a fait dix-sept morts, dont les deux kamikazes, et 48 blessés, et qui a été revendiqué par l'État islamique. Notre psychologue, Mme Nour Saleh, conseille des mots simples : « quelque chose de grave est arrivé, les adultes s'occupent de tout, tu es en sécurité ». Elle reçoit les parents qui le souhaitent mardi de 17 heures à 18 heures.

LES DÉPLACEMENTS. Dimanche soir, la police antiémeute a dispersé aux gaz lacrymogènes une manifestation de jeunes devant le gouvernorat de Madaba. Si vous passez par la route de Madaba, prévoyez 20 minutes de plus aux barrages.

PRATIQUE. La participation de 45 dinars pour le spectacle de fin d'année reste due avant le 30 avril. Les 12 enfants du groupe des « Petits » (18 mois à 3 ans) auront deux nouvelles éducatrices à partir du 4 mai. Pensez aux chapeaux : il fera jusqu'à 29 degrés la semaine prochaine.

Pour toute question : direction, 06 461 2290, ou au portail le matin.

Bien à vous,
Marianne Khoury, directrice
"""))
GOLD += [
E(10, ["l'attentat-suicide de Madaba", "l'attentat de vendredi dernier"],
  "SUI", "2026-04-17", "day", "Madaba", "JO", 17, 48, "exact", "Islamic State", "Islamic State", False,
  "Email of Thursday 23 April; 'vendredi dernier' vs Thursday -> the most recent Friday, 17 April. 'dix-sept morts, dont les deux kamikazes, et 48 blessés' -> killed 17 (bombers inside, number word), injured 48, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. The nursery's numbers ('7 h 30 à 16 h 30', 'trois ans', '3 à 4 ans', '24 avril', '35 places', '17 heures à 18 heures', '20 minutes', '45 dinars', '30 avril', '12 enfants', '18 mois à 3 ans', 'deux nouvelles éducatrices', '4 mai', '29 degrés', '06 461 2290') are not casualties."),
E(10, ["Il a été arrêté mardi à son domicile, à Madaba"],
  "ARR", "2026-04-21", "day", "Madaba", "JO", None, None, None, "police", None, False,
  "'mardi' vs Thursday 23 April -> 21 April. The nursery's caretaker, arrested at his home in Madaba because one bomber had worked with him; 'relâché mercredi soir sans inculpation' does not undo the arrest and is not an event. No force named -> 'police' (the cluster's arresting force)."),
E(10, ["la police antiémeute a dispersé aux gaz lacrymogènes une manifestation de jeunes"],
  "PI", "2026-04-19", "day", "Madaba", "JO", None, None, None, None, None, False,
  "'Dimanche soir' vs Thursday 23 April -> 19 April: the march on the governorate of holdout58-008, dispersed with tear gas -> Protest with intervention, perpetrator null. No casualty figure here -> null."),
]
