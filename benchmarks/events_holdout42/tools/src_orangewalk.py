"""Authoring source of benchmarks/events_holdout42 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Orange Walk Town, Belize cluster (holdout42-016 to 020; English and
French), two suicide bombers on Wednesday 14 October 2026 at two sites of
one town (the market beside the New River and the bus terminal on Queen
Victoria Avenue, about 500 m and four minutes apart): an English wire with a
first report (016), the English text of a Sunday homily published by a
parish (017), the French text of a newspaper infographic (« texte de
l'infographie », fr 018), an English wire on a dispersed march, charges and
a handover (019) and an English weekly news quiz (020). Belize is UTC-6 all
year: every publication time here is between 14:00 and 23:00 UTC (08:00 to
17:00 local; fr 018's 15:00 UTC is also 17:00 in Paris), so every local date
is the UTC date. The gold writes the town "Orange Walk Town" (its full name,
which the texts also shorten to "Orange Walk"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout42")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout42-016
ARTICLES.append(A(16, "en", "article", "2026-10-14T21:00:00Z",
"Suicide bombers kill at least eight in northern Belize",
"""
ORANGE WALK, Belize (Caribbean Wire) - Two suicide bombers attacked the market and the bus terminal of Orange Walk Town in northern Belize within four minutes on Wednesday morning, killing themselves and at least six other people and wounding a score of others, police said.

The first man set off his explosives at 10:05 a.m. among stalls selling tortillas and vegetables beside the New River. The second blew himself up at 10:09 at the bus terminal on Queen Victoria Avenue, some 500 metres to the south, where a bus had just arrived from Belize City.

"The driver was helping an old lady with her bags, and then everything was fire," said Rosa Chan, 39, who sells fruit juice at the terminal for two Belize dollars a cup.

No one had claimed the attack by mid-afternoon. A senior police officer said investigators were examining whether the bombers "could have had links" to Islamic State, and whether they had crossed from Mexico, whose border lies about 50 km to the north.

Belize, a country of some 420,000 people, has high rates of gang crime but had never seen a suicide attack. In 2016, a grenade thrown into a nightclub in Dangriga, on the southern coast, wounded five people.

The government declared a state of emergency in the Orange Walk District for 30 days and closed the town's 22 schools until Monday. The Northern Regional Hospital, which has 64 beds, transferred seven of the most seriously injured to Belize City, 85 km to the south. The sugar mill at Tower Hill halted cane deliveries at the height of a harvest expected to reach 1.3 million tonnes, and about 200 police officers and soldiers were sent north from Belmopan. Relatives can call a hotline on 322 2022.
"""))
GOLD += [
E(16, ["Two suicide bombers attacked the market and the bus terminal of Orange Walk Town", "The first man set off his explosives", "The second blew himself up", "the attack"],
  "SUI", "2026-10-14", "day", "Orange Walk Town", "BZ", 8, 20, "at_least", None, None, False,
  "Wire of Wednesday 14 October 2026 (15:00 in Belize, UTC-6); 'on Wednesday morning' = the publication day. Two sites of one town (the market and the bus terminal, 'some 500 metres' and four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least six other people and wounding a score of others' -> killed 6 + 2 bombers = 8, at_least (the bombers are added); 'a score of others' -> injured 20 (dev table; the qualifier describes the killed figure). No claim; 'could have had links' to Islamic State is speculation -> perpetrator null. 'had never seen a suicide attack' is generic. '10:05 a.m.', '10:09', '500 metres', '39', 'two Belize dollars', '50 km', '420,000 people', '30 days', '22 schools', '64 beds', 'seven of the most seriously injured' (a subset), '85 km', '1.3 million tonnes', '200 police officers and soldiers', '322 2022' are not casualties."),
E(16, ["a grenade thrown into a nightclub in Dangriga"],
  "GRN", "2016-01-01", "year", "Dangriga", "BZ", None, 5, "exact", None, None, True,
  "'In 2016' -> year, background. A thrown grenade -> Grenade; no author named -> null ('gang crime' is generic). 'wounded five people' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout42-017
ARTICLES.append(A(17, "en", "article", "2026-10-18T20:00:00Z",
"'Love is stronger': Sunday homily in Orange Walk Town",
"""
HOLY FAMILY PARISH, ORANGE WALK TOWN. Homily of Father Ignacio Pott at the 9 a.m. Mass on Sunday 18 October 2026. Excerpt published by the parish at the request of parishioners.

Brothers and sisters,

Last Wednesday, a little after ten in the morning, two young men carried death into our market and into our bus terminal. Ten lives were taken, the lives of the two bombers among them, and forty-one of our neighbours lie wounded. On Friday we lost Keisha, seven years old, who served at this altar on Sundays. I baptised her in 2019. I do not know what to say to her mother, so I will not pretend.

On Friday, too, men who call themselves Islamic State claimed this horror and boasted of the dead. We will not repeat their numbers. We will not hate them either, because hatred is what they came here to sow.

Yesterday more than 3,000 of you walked in silence from this church to the market, carrying white flowers and a single banner: "Orange Walk is not afraid." I have never been prouder of this town.

Pray also for young Marlon, of this parish, who was arrested at his home on Thursday and released without charge on Friday night. He sold phone cards to the wrong customers, nothing more. Let no one here point a finger at his family.

Now, our practical duties. The parish hall is open every day from 8 a.m. to 8 p.m. The Knights of Columbus have collected 18,460 Belize dollars and 600 pounds of rice for the families. Blood can be given at the Northern Regional Hospital until Friday. The 6 p.m. Mass moves to 5 p.m. for as long as the curfew lasts. Today's collection goes to the 14 market vendors who lost their stalls.

Let us stand and profess our faith.
"""))
GOLD += [
E(17, ["two young men carried death into our market and into our bus terminal", "this horror"],
  "SUI", "2026-10-14", "day", "Orange Walk Town", "BZ", 10, 41, "exact", "Islamic State", "Islamic State", False,
  "Homily of Sunday 18 October; 'Last Wednesday' -> 14 October. Two young men at the market and the bus terminal of one town -> ONE Suicide bomb event. 'Ten lives were taken, the lives of the two bombers among them, and forty-one of our neighbours lie wounded' (number words) -> killed 10 (bombers inside; Keisha, seven, who died on Friday, is inside), injured 41, exact. 'men who call themselves Islamic State claimed this horror' on Friday (16 October), undisputed -> claimant and perpetrator 'Islamic State'; their numbers are not repeated. '9 a.m.', 'seven years old', '2019', '8 a.m. to 8 p.m.', '18,460 Belize dollars', '600 pounds' (a weight), '6 p.m.', '5 p.m.', '14 market vendors' are not casualties."),
E(17, ["more than 3,000 of you walked in silence from this church to the market"],
  "PP", "2026-10-17", "day", "Orange Walk Town", "BZ", None, None, None, None, None, False,
  "'Yesterday' vs Sunday 18 October -> 17 October. A silent march from the church to the market behind a banner with a message ('Orange Walk is not afraid'), no incident -> Peaceful protest, perpetrator null. 'more than 3,000' counts marchers."),
E(17, ["who was arrested at his home on Thursday"],
  "ARR", "2026-10-15", "day", "Orange Walk Town", "BZ", None, None, None, "police", None, False,
  "'on Thursday' vs Sunday 18 October -> 15 October. A young parishioner 'arrested at his home', in the parish's town -> Orange Walk Town; no force named -> 'police'. 'released without charge on Friday night' does not undo the arrest and is not an event."),
]

# -------------------------------------------------------------- holdout42-018
ARTICLES.append(A(18, "fr", "article", "2026-10-20T15:00:00Z",
"Belize : l'attentat d'Orange Walk en carte et en chiffres",
"""
TEXTE DE L'INFOGRAPHIE. Belize : le double attentat-suicide d'Orange Walk Town. Sources : police du Belize, ministère de la Santé, police mexicaine. Mise à jour : mardi 20 octobre 2026.

CARTE, LÉGENDE
(1) Marché, au bord de la New River : première explosion, le mercredi 14 octobre à 10 h 05.
(2) Gare routière, avenue Queen Victoria : seconde explosion, à 10 h 09. Distance entre les deux sites : environ 500 m.
(3) Belize City, à 85 km au sud : deux hommes interpellés le jeudi 15 octobre dans une maison du quartier de Lake Independence, soupçonnés d'avoir logé les kamikazes.
(4) Chetumal (Mexique), à 90 km au nord : le passeur présumé, qui aurait fait entrer les deux kamikazes en pirogue par le fleuve Hondo, arrêté par la police mexicaine le vendredi 16 octobre.
Échelle : 1 cm pour 20 km. Fond de carte : frontières de 2026.

LE BILAN
11 morts, dont les 2 kamikazes. Un chauffeur de car de 44 ans, blessé devant la gare routière, est mort lundi.
41 blessés, dont 6 toujours dans un état grave.

LA REVENDICATION
L'État islamique, le vendredi 16 octobre, par son agence Amaq ; la police la juge « crédible ». Le texte prétend avoir tué « plus de 100 croisés ».

LES MESURES
30 jours d'état d'urgence dans le district d'Orange Walk.
Couvre-feu de 20 heures à 5 heures.
22 écoles fermées jusqu'au lundi 19 octobre.
1,3 million de tonnes : la récolte de canne attendue, retardée d'une semaine.
5 millions de dollars béliziens débloqués pour les victimes.

REPÈRES
2016 : une grenade lancée dans une discothèque de Dangriga fait 5 blessés.
14 octobre 2026 : premier attentat-suicide de l'histoire du pays.

Infographie : service graphique. Texte : rédaction internationale.
"""))
GOLD += [
E(18, ["le double attentat-suicide d'Orange Walk Town", "première explosion", "seconde explosion", "premier attentat-suicide de l'histoire du pays"],
  "SUI", "2026-10-14", "day", "Orange Walk Town", "BZ", 11, 41, "exact", "Islamic State", "Islamic State", False,
  "Infographic text of Tuesday 20 October; 'le mercredi 14 octobre' -> 14 October. Two numbered map points (market and bus station, 'environ 500 m' apart, 10 h 05 and 10 h 09) -> ONE Suicide bomb event. '11 morts, dont les 2 kamikazes' (the bus driver of 44 who 'est mort lundi' is inside) and '41 blessés' -> killed 11, injured 41, exact; 'dont 6 toujours dans un état grave' is a subset. 'L'État islamique ... par son agence Amaq', judged « crédible » -> claimant and perpetrator 'Islamic State'; its 'plus de 100 croisés' is never used. The key dates line '14 octobre 2026 : premier attentat-suicide' names the same event. The map numbers '(1)' to '(4)', '10 h 05', '10 h 09', '500 m', '85 km', '90 km', '1 cm pour 20 km', '2026', '44 ans', '30 jours', '20 heures à 5 heures', '22 écoles', '1,3 million de tonnes', '5 millions de dollars' are not casualties."),
E(18, ["deux hommes interpellés le jeudi 15 octobre"],
  "ARR", "2026-10-15", "day", "Belize City", "BZ", None, None, None, "police", None, False,
  "Map point (3): 'le jeudi 15 octobre' -> 15 October, in a Belize City house (the Lake Independence neighbourhood -> Belize City). Sources name the Belize police -> 'police'."),
E(18, ["arrêté par la police mexicaine le vendredi 16 octobre"],
  "ARR", "2026-10-16", "day", "Chetumal", "MX", None, None, None, "police", None, False,
  "Map point (4): 'le vendredi 16 octobre' -> 16 October. The cluster's suspected facilitator (the smuggler who brought the bombers in by the Hondo river), arrested in Chetumal, Mexico -> MX; 'la police mexicaine' -> 'police'. The trigger is the clause with the arrest; 'le passeur présumé' before it names the man, not the event."),
E(18, ["une grenade lancée dans une discothèque de Dangriga"],
  "GRN", "2016-01-01", "year", "Dangriga", "BZ", None, 5, "exact", None, None, True,
  "Key dates line '2016 :' -> year, background. A thrown grenade -> Grenade, no author -> null. 'fait 5 blessés' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout42-019
ARTICLES.append(A(19, "en", "article", "2026-10-22T23:00:00Z",
"Belize police tear-gas march on headquarters after Orange Walk bombing",
"""
BELMOPAN, Belize (Caribbean Wire) - Police fired tear gas and swung batons on Thursday to break up a march of several hundred people on the police headquarters in Belize City, where protesters were demanding the resignation of the police commissioner over last week's twin suicide bombing in Orange Walk Town.

The marchers, many of them market vendors who had come by bus from Orange Walk, walked peacefully along Queen Street until officers blocked them outside the building and ordered them to leave. Seven protesters and two officers were hurt, the Karl Heusner Memorial Hospital said.

Nine people were killed besides the two bombers in the October 14 attack, and 41 were wounded. Islamic State claimed it on Friday through its Amaq agency, and police called the claim genuine. The Jamaat al Muslimeen, a Trinidad-based group named on social media, denied any role. A security official said the bombers, two Belizean brothers aged 20 and 23, "may have been" radicalised while working on fishing boats off Honduras.

The two men arrested in Belize City the day after the bombing were charged on Wednesday with conspiracy to commit terrorism and remanded in custody until December 3. The suspected smuggler arrested in Chetumal on Friday was handed over by Mexico on Tuesday and will appear in court next week. The bombers' landlord was questioned for six hours and released.

Orange Walk's market reopened on Monday with 61 of its 75 stalls. The government has set aside five million Belize dollars for the victims and for rebuilding the bus terminal, and tourist arrivals at the international airport fell by 18 percent in the week after the attack. The curfew in Orange Walk District was shortened by two hours, to 10 p.m. to 5 a.m.
"""))
GOLD += [
E(19, ["Police fired tear gas and swung batons on Thursday to break up a march of several hundred people"],
  "PI", "2026-10-22", "day", "Belize City", "BZ", None, 9, "exact", None, None, False,
  "Wire of Thursday 22 October (17:00 in Belize); 'on Thursday' = the publication day. A march on the police headquarters in Belize City with a demand (the commissioner's resignation), walking 'peacefully' until broken up with tear gas and batons -> Protest with intervention, perpetrator null. 'Seven protesters and two officers were hurt' -> injured 7 + 2 = 9 (all sides summed), exact. 'several hundred people' counts marchers. The dateline is Belmopan; the march is in Belize City."),
E(19, ["last week's twin suicide bombing in Orange Walk Town", "the October 14 attack", "the week after the attack"],
  "SUI", "2026-10-14", "day", "Orange Walk Town", "BZ", 11, 41, "exact", "Islamic State", "Islamic State", False,
  "'the October 14 attack' -> 14 October. 'Nine people were killed besides the two bombers ... and 41 were wounded' -> killed 9 + 2 = 11, injured 41, exact. 'Islamic State claimed it on Friday' (16 October), 'police called the claim genuine' -> claimant and perpetrator 'Islamic State'. The Jamaat al Muslimeen's denial is not a claim; 'may have been' radicalised is speculation. 'aged 20 and 23', 'December 3', 'six hours', '61 of its 75 stalls', 'five million Belize dollars', '18 percent', 'two hours', '10 p.m. to 5 a.m.' are not casualties."),
E(19, ["The two men arrested in Belize City the day after the bombing"],
  "ARR", "2026-10-15", "day", "Belize City", "BZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout42-018: 'the day after the bombing' -> 15 October. 'charged on Wednesday ... and remanded in custody until December 3' is the arrest's judicial follow-up, not a new event. No force named -> 'police'. The landlord 'questioned for six hours and released' is not arrested."),
E(19, ["The suspected smuggler arrested in Chetumal on Friday"],
  "ARR", "2026-10-16", "day", "Chetumal", "MX", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout42-018: 'on Friday' vs Thursday 22 October -> 16 October, in Chetumal, Mexico -> MX. 'handed over by Mexico on Tuesday' is a follow-up. No force named; holdout42-018's Mexican police -> 'police'."),
]

# -------------------------------------------------------------- holdout42-020
ARTICLES.append(A(20, "en", "article", "2026-10-24T14:00:00Z",
"The Weekly Quiz: how closely did you follow the news?",
"""
THE NEW RIVER TIMES. THE WEEKLY QUIZ, SATURDAY 24 OCTOBER 2026. Ten questions on the week's news. Answers below.

1. Police used tear gas and batons on Thursday to break up a march in which city?
2. How many people were wounded in the twin suicide bombing in Orange Walk Town on 14 October?
3. Which group claimed the Orange Walk attack?
4. In which Mexican city was the suspected smuggler arrested on 16 October?
5. How big a cane harvest do Belize's sugar farmers expect this year?
6. Which Belizean sprinter won the 200 metres at the regional games in Managua, and in what time?
7. How much did a pound of red kidney beans cost at the Belmopan market on Wednesday?
8. How many sea turtle nests were counted on Ambergris Caye this season?
9. Which two districts reopened their schools on Monday?
10. What is the new fare for the bus from Orange Walk Town to Belize City?

ANSWERS
1. Belize City. Seven marchers and two police officers were hurt when the crowd, demanding the police commissioner's resignation, was dispersed outside police headquarters.
2. Forty-one. The bombings killed 11 people, including the two bombers.
3. Islamic State, through its Amaq agency, on 16 October. The police found the claim genuine.
4. Chetumal. He was handed over to Belize on Tuesday.
5. About 1.3 million tonnes, one week late because of the state of emergency.
6. Kendrick Flowers, 21, in 20.41 seconds.
7. 1.75 Belize dollars, up from 1.50 a month ago.
8. 312 nests.
9. Corozal and Orange Walk. Schools in Orange Walk Town opened at 9 a.m., an hour late, with police officers at the gates.
10. Nine Belize dollars, one dollar more since the fuel levy of 1 October.

YOUR SCORE. 9 or 10: editor material. 6 to 8: a faithful reader. 3 to 5: read our Monday edition. 0 to 2: welcome back from holiday.

Send us your own questions for next week's quiz by text to 610 4477; the best one wins a year's subscription worth 120 Belize dollars.
"""))
GOLD += [
E(20, ["Police used tear gas and batons on Thursday to break up a march"],
  "PI", "2026-10-22", "day", "Belize City", "BZ", None, 9, "exact", None, None, False,
  "Quiz of Saturday 24 October; question 1 'on Thursday' -> 22 October; answer 1 gives the city (Belize City) and the casualties. A march with a demand (the commissioner's resignation) dispersed with tear gas and batons -> Protest with intervention, perpetrator null. 'Seven marchers and two police officers were hurt' -> injured 7 + 2 = 9 (all sides), exact. Question and answer are read as one text."),
E(20, ["the twin suicide bombing in Orange Walk Town on 14 October", "the Orange Walk attack", "The bombings killed 11 people"],
  "SUI", "2026-10-14", "day", "Orange Walk Town", "BZ", 11, 41, "exact", "Islamic State", "Islamic State", False,
  "'on 14 October' -> 14 October. Answer 2: 'Forty-one. The bombings killed 11 people, including the two bombers' -> killed 11 (bombers inside), injured 41 (a number word), exact. Answer 3: 'Islamic State, through its Amaq agency ... the claim genuine' -> claimant and perpetrator. The quiz's other numbers ('1.3 million tonnes', '200 metres', '21', '20.41 seconds', '1.75', '1.50', '312 nests', '9 a.m.', 'Nine Belize dollars', '1 October', the score bands, '610 4477', '120 Belize dollars', the question numbers 1 to 10) are not casualties."),
E(20, ["the suspected smuggler arrested on 16 October"],
  "ARR", "2026-10-16", "day", "Chetumal", "MX", None, None, None, "police", None, False,
  "Question 4, 'arrested on 16 October' -> 16 October; answer 4 gives the place: Chetumal, Mexico -> MX. 'handed over to Belize on Tuesday' is a follow-up. No force named -> 'police'."),
]
