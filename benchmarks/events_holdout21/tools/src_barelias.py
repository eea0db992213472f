"""Authoring source of benchmarks/events_holdout21 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bar Elias, Lebanon cluster (holdout21-006 to 010; English and
French), two suicide bombers on Thursday 16 April 2026 at two sites of one
Bekaa town (the wholesale vegetable market and a minibus stop on the Chtaura
road, about 500 m apart, about six minutes apart): a wire dispatch with a
speculation about the Abdullah Azzam Brigades (006), a Lebanese French-language
daily's next-day report with the revised toll, a road blockade cleared with
tear gas and an arrest (fr 007), the Islamic State claim and the Brigades'
denial (fr 008), an arrests story with a raid that turns into a gunfight
(009) and a TV evening-news transcript with older attacks (fr 010). Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout21")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout21-006
ARTICLES.append(A(6, "en", "article", "2026-04-16T11:40:00Z",
"Twin suicide bombing kills at least nine in Lebanon's Bekaa valley",
"""
BAR ELIAS, Lebanon (Levant Wire) - Two suicide bombers blew themselves up minutes apart in the Bekaa valley town of Bar Elias on Thursday morning, killing at least nine people and wounding dozens, security officials said.

The first bomber detonated his vest at about 8:20 a.m. among the stalls of the town's wholesale vegetable market, where farmers unload their produce from trucks before dawn. Some six minutes later a second man blew himself up at a minibus stop on the road to Chtaura, about 500 metres away, as people ran from the market.

Red Cross teams took the wounded to hospitals in Chtaura and Zahle. A 14-year-old boy who sold plastic bags at the market was among the dead, a relative said.

No group had claimed the attack by midday. An army officer said the Abdullah Azzam Brigades "may have been behind it", citing the method, but gave no evidence.

Late on Wednesday, soldiers arrested two Syrian men carrying a hand grenade at a checkpoint near the Masnaa border crossing, about 20 km to the east, the army said in a separate statement. It did not say whether the two cases were linked.

On Tuesday, a roadside bomb wounded two soldiers on a patrol near Qab Elias, a few kilometres to the south. Nobody claimed that blast either.

Bar Elias, a town of some 60,000 people, about half of them Syrian refugees, lies on the road between Beirut and Damascus. The army closed the market and set up three checkpoints at the town's entrances. Schools in the district will stay shut on Friday.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up minutes apart in the Bekaa valley town of Bar Elias"],
  "SUI", "2026-04-16", "day", "Bar Elias", "LB", 9, 12, "at_least", None, None, False,
  "'on Thursday morning' = publication day, Thursday 16 April. Two sites of one town (the market and a minibus stop about 500 m apart), six minutes apart -> ONE Suicide bomb event. 'killing at least nine people and wounding dozens' -> 9 killed (at_least), 12 injured ('dozens' -> 12, dev table; the qualifier describes killed). The Abdullah Azzam Brigades 'may have been behind it' is speculation -> null. '8:20 a.m.', 'six minutes', '500 metres', '14-year-old' (an age; the boy is inside the nine), '60,000 people', 'three checkpoints' are not casualties."),
E(6, ["soldiers arrested two Syrian men carrying a hand grenade at a checkpoint near the Masnaa border crossing"],
  "ARR", "2026-04-15", "day", "Masnaa", "LB", None, None, None, "military", None, False,
  "'Late on Wednesday' vs Thursday 16 April -> 15 April. Soldiers, army statement -> 'military'. The grenade belongs to the arrest; '20 km' is a distance."),
E(6, ["a roadside bomb wounded two soldiers on a patrol near Qab Elias"],
  "IED", "2026-04-14", "day", "Qab Elias", "LB", None, 2, "exact", None, None, False,
  "'On Tuesday' vs Thursday 16 April -> 14 April. Roadside bomb -> Remote explosive/landmine/IED; 'Nobody claimed' -> null. 'wounded two soldiers' -> 2 injured, exact."),
]

# -------------------------------------------------------------- holdout21-007
ARTICLES.append(A(7, "fr", "article", "2026-04-17T08:30:00Z",
"Bar Elias : le bilan passe à 19 morts, la colère gronde dans la Békaa",
"""
Le bilan du double attentat-suicide qui a frappé jeudi matin le marché de gros de Bar Elias, dans la Békaa, s'est lourdement alourdi au fil des heures.

Jeudi à midi, la Défense civile faisait état de neuf morts. En fin d'après-midi, les hôpitaux de Chtaura et de Zahlé avaient reçu 14 corps, et deux blessés ont succombé dans la nuit. Vendredi matin, le ministère de la Santé a publié un bilan de 17 morts, sans compter les deux kamikazes, et de 63 blessés, dont une quinzaine dans un état critique.

Parmi les victimes figurent trois frères, agriculteurs à Marj, venus vendre leurs pommes de terre, et un chauffeur de minibus de 58 ans qui attendait des clients à l'arrêt de la route de Chtaura.

Jeudi après-midi, des dizaines d'habitants en colère ont bloqué la route internationale Beyrouth-Damas à la hauteur de Bar Elias en brûlant des pneus, pour dénoncer « l'abandon » de la Békaa par l'État. L'armée les a dispersés à coups de gaz lacrymogène vers 17 heures. Trois manifestants ont été légèrement blessés.

Dans la soirée, la branche des renseignements des Forces de sécurité intérieure (FSI) a arrêté à Saadnayel un Libanais de 41 ans soupçonné d'avoir hébergé les deux kamikazes pendant une semaine. Une trentaine de réfugiés syriens d'un camp voisin ont été interrogés, puis relâchés.

Aucune revendication n'avait été publiée vendredi matin. Le gouvernement a décrété deux jours de deuil et débloqué 150 000 dollars pour les familles des victimes. Le marché, qui emploie quelque 2 000 journaliers en saison, restera fermé jusqu'à lundi.
"""))
GOLD += [
E(7, ["Le bilan du double attentat-suicide qui a frappé jeudi matin le marché de gros de Bar Elias"],
  "SUI", "2026-04-16", "day", "Bar Elias", "LB", 19, 63, "exact", None, None, False,
  "'jeudi matin' vs Friday 17 April -> 16 April. Revised toll inside the report: 'neuf morts' -> '14 corps' -> two wounded died overnight -> '17 morts, sans compter les deux kamikazes, et de 63 blessés' -> 17 + 2 = 19 ('sans compter' adds the bombers, events_holdout14 to 19), 63 injured, exact. 'une quinzaine dans un état critique' is a subset; 'trois frères' and the driver are inside the toll. No claim -> null. '58 ans', '41 ans', '150 000 dollars', '2 000 journaliers' are not casualties."),
E(7, ["des dizaines d'habitants en colère ont bloqué la route internationale Beyrouth-Damas à la hauteur de Bar Elias"],
  "PI", "2026-04-16", "day", "Bar Elias", "LB", None, 3, "exact", None, None, False,
  "'Jeudi après-midi' vs Friday 17 April -> 16 April. A road blockade with burning tyres dispersed with tear gas -> Protest with intervention (events_holdout19 Ouangolodougou); null actor. 'Trois manifestants ont été légèrement blessés' -> 3 injured, exact. 'des dizaines d'habitants' are participants; '17 heures' a time."),
E(7, ["la branche des renseignements des Forces de sécurité intérieure (FSI) a arrêté à Saadnayel un Libanais de 41 ans"],
  "ARR", "2026-04-16", "day", "Saadnayel", "LB", None, None, None, "police", None, False,
  "'Dans la soirée' (of Thursday, after 'Jeudi après-midi') vs Friday 17 April -> 16 April. The suspected host of the bombers. FSI (Internal Security Forces) -> 'police'. 'Une trentaine de réfugiés ... interrogés, puis relâchés' are not arrests."),
]

# -------------------------------------------------------------- holdout21-008
ARTICLES.append(A(8, "fr", "article", "2026-04-20T10:00:00Z",
"L'État islamique revendique l'attentat de Bar Elias, les Brigades Abdallah Azzam démentent",
"""
Le double attentat-suicide de jeudi à Bar Elias a été revendiqué par l'État islamique, dans un communiqué publié samedi soir sur ses canaux habituels. Le texte affirme que les deux kamikazes ont tué « plus de cent apostats » et il est accompagné d'une photo des deux hommes devant un drapeau noir.

L'armée libanaise a jugé la revendication « crédible », tout en rejetant ce chiffre. Selon le dernier bilan du ministère de la Santé, l'attentat a fait 20 morts, kamikazes compris, et 63 blessés, après le décès dimanche d'un agriculteur de 55 ans à l'hôpital de Zahlé.

Les Brigades Abdallah Azzam, qu'un officier avait citées jeudi, ont démenti toute implication dans un message de quelques lignes publié vendredi. « Nous ne frappons pas les marchés des pauvres », affirme le texte.

L'État islamique n'en est pas à son premier coup dans la Békaa. Il y a cinq ans, une voiture piégée revendiquée par le groupe avait explosé à l'entrée de Deir al-Ahmar, blessant six personnes. En septembre 2018, des combattants de l'organisation avaient attaqué un poste de l'armée près de Brital, tuant deux soldats, avant de se replier vers les hauteurs.

Pour un chercheur de l'Université libanaise, le groupe « profite de la crise » : l'armée, dont la solde moyenne ne dépasse pas 200 dollars par mois, a dû réduire ses patrouilles de près de 30 %. Le ministère de l'Intérieur a promis une récompense de 100 000 dollars pour toute information sur les complices des kamikazes.

Samedi, des soldats ont interpellé à Bar Elias deux Syriens qui filmaient les positions de l'armée près du marché. À Bar Elias, le marché devait rouvrir ce lundi après-midi, avec un portique de sécurité à chacune de ses quatre entrées.
"""))
GOLD += [
E(8, ["Le double attentat-suicide de jeudi à Bar Elias a été revendiqué par l'État islamique"],
  "SUI", "2026-04-16", "day", "Bar Elias", "LB", 20, 63, "exact", "Islamic State", "Islamic State", False,
  "'jeudi' vs Monday 20 April -> 16 April. The army finds the claim credible and rejects only the claimant's figure (« plus de cent apostats », never used) -> claimant and perpetrator 'Islamic State'. '20 morts, kamikazes compris, et 63 blessés' -> 20 (inside), 63, exact; the farmer who died on Sunday raised it. The Abdullah Azzam Brigades' denial is not a claim. '55 ans' is an age."),
E(8, ["une voiture piégée revendiquée par le groupe avait explosé à l'entrée de Deir al-Ahmar"],
  "IED", "2021-01-01", "year", "Deir al-Ahmar", "LB", None, 6, "exact", "Islamic State", "Islamic State", True,
  "'Il y a cinq ans' vs 2026 -> 2021, year, background. A parked car bomb -> Remote explosive/landmine/IED; 'revendiquée par le groupe' (the Islamic State) -> claimant and perpetrator. 'blessant six personnes' -> 6 injured, exact."),
E(8, ["des combattants de l'organisation avaient attaqué un poste de l'armée près de Brital"],
  "BAT", "2018-09-01", "month", "Brital", "LB", 2, None, "exact", "Islamic State", None, True,
  "'En septembre 2018' -> month, background. A named group ('l'organisation' = the Islamic State) attacking an army post -> Armed clash initiated by it (events_holdout19 Oualata, Kong); no claim is mentioned -> claimed_by null. 'tuant deux soldats' -> 2. '200 dollars', '30 %', '100 000 dollars', 'quatre entrées' are not casualties."),
E(8, ["des soldats ont interpellé à Bar Elias deux Syriens"],
  "ARR", "2026-04-18", "day", "Bar Elias", "LB", None, None, None, "military", None, False,
  "'Samedi' vs Monday 20 April -> 18 April. Soldiers -> 'military'. Not said to be linked to the bombing; an arrest all the same."),
]

# -------------------------------------------------------------- holdout21-009
ARTICLES.append(A(9, "en", "article", "2026-04-22T12:00:00Z",
"Two gunmen killed in army raid as Bar Elias bombing arrests mount",
"""
A Lebanese army raid on a house in Majdal Anjar turned into a gunfight on Tuesday night when men inside opened fire on the soldiers, the army said on Wednesday. Two gunmen were killed and a soldier was wounded; a third man escaped towards the hills along the Syrian border.

The army said the house had been used to store explosives for last Thursday's twin suicide bombing in Bar Elias, which Islamic State claimed at the weekend. That attack has killed 20 people, including both bombers, and wounded 63.

The raid follows a string of arrests. On Sunday, officers of the Internal Security Forces arrested four men in Qab Elias on suspicion of buying the ball bearings packed into the bombers' vests, about two kilograms of them per vest.

General Security said on Monday that it had detained a 38-year-old taxi driver from Joub Jannine at the Masnaa crossing. Investigators believe he drove the two bombers from the border to Bar Elias on the eve of the attack and was paid $300 for the trip.

More than 40 other people have been questioned and released, a judicial source said, among them the owner of the house in Majdal Anjar, who lives in Beirut and said she had rented it out "to a family" in January.

The army has deployed 1,200 extra soldiers in the central Bekaa and says it has set up 15 temporary checkpoints. A hotline, 1701, has been opened for tips, and the interior ministry's reward of $100,000 still stands.
"""))
GOLD += [
E(9, ["A Lebanese army raid on a house in Majdal Anjar turned into a gunfight"],
  "BAT", "2026-04-21", "day", "Majdal Anjar", "LB", 2, 1, "exact", "military", None, False,
  "'on Tuesday night' vs Wednesday 22 April -> 21 April (nights dated at their start). A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout19 Amourj, Tinzaouatine, Mwalika); army -> 'military'. 'Two gunmen were killed and a soldier was wounded' -> 2 killed, 1 injured, exact (the army's own figure, the only one). The man who escaped is not an arrest."),
E(9, ["last Thursday's twin suicide bombing in Bar Elias", "That attack"],
  "SUI", "2026-04-16", "day", "Bar Elias", "LB", 20, 63, "exact", "Islamic State", "Islamic State", False,
  "'last Thursday' vs Wednesday 22 April -> 16 April. 'which Islamic State claimed' -> claimant and perpetrator. 'killed 20 people, including both bombers, and wounded 63' -> 20 (inside), 63, exact."),
E(9, ["officers of the Internal Security Forces arrested four men in Qab Elias"],
  "ARR", "2026-04-19", "day", "Qab Elias", "LB", None, None, None, "police", None, False,
  "'On Sunday' vs Wednesday 22 April -> 19 April. Internal Security Forces -> 'police'. 'two kilograms' is a weight."),
E(9, ["it had detained a 38-year-old taxi driver from Joub Jannine at the Masnaa crossing"],
  "ARR", "2026-04-20", "day", "Masnaa", "LB", None, None, None, "police", None, False,
  "'said on Monday that it had detained' -> only the announcement's date is known: Monday 20 April (dev). The suspected facilitator (the driver); General Security -> 'police'. Coded to the crossing where he was detained, not his home town Joub Jannine. '38-year-old', '$300' are not casualties. 'More than 40 other people have been questioned and released' are not arrests; '1,200 extra soldiers', '15 temporary checkpoints', '1701', '$100,000' are not casualties."),
]

# -------------------------------------------------------------- holdout21-010
ARTICLES.append(A(10, "fr", "transcript", "2026-04-23T18:30:00Z",
"Journal télévisé du soir : une semaine après l'attentat de Bar Elias",
"""
PRÉSENTATRICE: Bonsoir. Il y a une semaine jour pour jour, deux kamikazes se faisaient exploser au marché de gros de Bar Elias, puis à un arrêt de minibus. Ce matin, une fillette de 9 ans blessée dans l'attentat est morte à l'hôpital de Zahlé. Le bilan s'élève désormais à 21 morts, dont les deux kamikazes. Notre envoyé spécial est sur place. Rami, où en est l'enquête ?

JOURNALISTE: Elle avance vite. Deux frères, soupçonnés d'avoir fourni les ceintures d'explosifs, ont été arrêtés ce matin par l'armée à Joub Jannine, à une vingtaine de kilomètres d'ici. Selon nos informations, l'un d'eux est un ancien ferrailleur de 45 ans. Avec eux, cela fait dix arrestations depuis jeudi dernier.

PRÉSENTATRICE: L'État islamique a revendiqué l'attentat samedi. Les enquêteurs y croient ?

JOURNALISTE: Oui. La revendication est jugée crédible par l'armée comme par la justice militaire. Les Brigades Abdallah Azzam, elles, ont démenti.

PRÉSENTATRICE: Ce n'est pas la première fois que la Békaa est visée.

JOURNALISTE: Non, et les habitants le rappellent tous. En 2016, un kamikaze s'était fait exploser à un barrage de l'armée à l'entrée de Riyaq, tuant trois soldats. Il y a deux ans, une roquette tirée depuis la Syrie était tombée sur une maison de Taalbaya, blessant quatre personnes d'une même famille. Et en mars 2025, l'armée avait démantelé une cellule à Kamed el-Loz et arrêté cinq hommes.

PRÉSENTATRICE: Et ce soir, l'ambiance à Bar Elias ?

JOURNALISTE: Le marché a rouvert lundi, mais à peine la moitié des 300 étals étaient occupés. Les commerçants réclament une présence permanente de l'armée.

PRÉSENTATRICE: Merci, Rami. Dans la suite de ce journal : la hausse de 12 % du prix du pain, et le match de basket de ce soir à Beyrouth.
"""))
GOLD += [
E(10, ["deux kamikazes se faisaient exploser au marché de gros de Bar Elias", "L'État islamique a revendiqué l'attentat samedi"],
  "SUI", "2026-04-16", "day", "Bar Elias", "LB", 21, None, "exact", "Islamic State", "Islamic State", False,
  "'Il y a une semaine jour pour jour' vs Thursday 23 April -> 16 April. Two sites -> one event. '21 morts, dont les deux kamikazes' -> 21 (inside), exact; the girl who died this morning raised it. 'L'État islamique a revendiqué l'attentat samedi' and the credible-claim exchange -> claimant and perpetrator; the Brigades' denial is not a claim. '9 ans', '45 ans', 'dix arrestations' (a cumulative count), '300 étals', '12 %' are not casualties."),
E(10, ["Deux frères, soupçonnés d'avoir fourni les ceintures d'explosifs, ont été arrêtés ce matin par l'armée à Joub Jannine"],
  "ARR", "2026-04-23", "day", "Joub Jannine", "LB", None, None, None, "military", None, False,
  "'ce matin' = publication day, Thursday 23 April. Army -> 'military'. 'une vingtaine de kilomètres' is a distance."),
E(10, ["un kamikaze s'était fait exploser à un barrage de l'armée à l'entrée de Riyaq"],
  "SUI", "2016-01-01", "year", "Riyaq", "LB", 3, None, "exact", None, None, True,
  "'En 2016' -> year, background. No author named -> null. 'tuant trois soldats' -> 3 (the bomber is not counted by the text; left as written)."),
E(10, ["une roquette tirée depuis la Syrie était tombée sur une maison de Taalbaya"],
  "SHL", "2024-01-01", "year", "Taalbaya", "LB", None, 4, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. A rocket -> Shelling/artillery/missile attack; fired from Syria by nobody named -> null; the event place is where it fell (LB). 'blessant quatre personnes' -> 4 injured."),
E(10, ["l'armée avait démantelé une cellule à Kamed el-Loz et arrêté cinq hommes"],
  "ARR", "2025-03-01", "month", "Kamed el-Loz", "LB", None, None, None, "military", None, True,
  "'en mars 2025' -> month, background. Army -> 'military'. 'cinq hommes' are arrestees."),
]
