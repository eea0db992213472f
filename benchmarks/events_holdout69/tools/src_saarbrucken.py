"""Authoring source of benchmarks/events_holdout69 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Saarbrücken, Germany cluster (holdout69-001 to 005, and 021 seven
weeks later; French and English), two suicide bombers on Saturday 7 March
2026 at two sites of one town (the St. Johanner Markt square and the
entrance of the Europa-Galerie shopping centre by the main station, about
800 m and six minutes apart): a French agency dispatch with a first report
(fr 001), a notice to the exhibitors of a car-boot sale in Forbach ("avis
aux exposants d'un vide-grenier", fr 002), an English wire on the claim
(003), a notice of changed crossings of the Seltz-Plittersdorf Rhine ferry
("avis de modification des traversées d'un bac", fr 004), a notice to the
residents of a mobile-home park in Sarreguemines ("avis aux résidents d'un
parc de mobil-homes", fr 005) and the letter of a folk music club seven
weeks later ("lettre d'un club de musique folk", fr 021). Germany and France
are UTC+1 until 29 March and UTC+2 after it: every publication time here is
between 08:00 and 16:00 UTC, so every local date is the UTC date. The gold
keeps the German spellings "Saarbrücken" (French « Sarrebruck », English
wire "Saarbrucken") and "Völklingen" (English "Voelklingen"). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout69")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout69-001
ARTICLES.append(A(1, "fr", "article", "2026-03-07T15:30:00Z",
"Double attentat-suicide en Sarre : au moins onze morts",
"""
SARREBRUCK, (Agence Rhin-Moselle Presse) - Deux kamikazes se sont fait exploser samedi à six minutes d'intervalle dans le centre de Sarrebruck, la capitale de la Sarre, tuant au moins neuf personnes, sans compter les deux assaillants, et faisant des dizaines de blessés, selon la police du Land.

Le premier homme a actionné sa ceinture d'explosifs vers 11 h 50 au milieu des étals du marché du samedi, sur la place St. Johanner Markt. Le second s'est fait exploser à 11 h 56 devant l'entrée de la galerie commerciale Europa-Galerie, près de la gare centrale, à environ 800 mètres, où une partie de la foule s'était réfugiée.

« J'ai entendu une première détonation, puis tout le monde a couru vers la gare, et il y a eu la deuxième », raconte Mathilde, 31 ans, une infirmière de Forbach venue faire ses courses, comme beaucoup de frontaliers, à 12 km de chez elle.

Aucune revendication n'avait été publiée en fin d'après-midi. Un responsable de la sécurité du Land a indiqué que l'attaque « pourrait être liée à l'État islamique », sans autre précision, et que les deux hommes « pourraient avoir séjourné » en France ces derniers jours.

La Sarre n'avait connu jusqu'ici qu'un seul attentat à l'explosif : en 2017, une bombe artisanale déposée devant un bar de Homburg avait blessé deux personnes. Son auteur n'a jamais été identifié.

Quelque 1 200 policiers ont été déployés dans la ville et le long de la frontière. La gare centrale a été fermée et les trains régionaux venant de France ont été arrêtés à la frontière. La Saarbahn, le tram-train qui relie Sarrebruck à Sarreguemines, ne circulait plus à 15 heures. Les hôpitaux de Sarrebruck et de Homburg ont déclenché leur plan d'urgence et réclament des donneurs de sang. Une cellule d'information pour les familles répond au +49 681 962 40 00, y compris en français.

Le gouvernement du Land a décrété trois jours de deuil et annulé le match de football prévu dimanche au Ludwigspark, qui devait accueillir 16 000 spectateurs.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a actionné sa ceinture d'explosifs", "Le second s'est fait exploser", "l'attaque"],
  "SUI", "2026-03-07", "day", "Saarbrücken", "DE", 11, 12, "at_least", None, None, False,
  "Agency dispatch of Saturday 7 March 2026 (16:30 in Saarbrücken); 'samedi' = the publication day. Two sites of one town (the St. Johanner Markt square and the Europa-Galerie entrance by the main station, 'environ 800 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town (French 'Sarrebruck'). First report: 'au moins neuf personnes, sans compter les deux assaillants, et ... des dizaines de blessés' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); injured 'des dizaines' = 12 (dev table; the qualifier describes the killed figure). No claim; « pourrait être liée à l'État islamique » and « pourraient avoir séjourné » are speculation -> perpetrator null. '11 h 50', '11 h 56', '800 mètres', '31 ans', '12 km', '1 200 policiers', '15 heures', '+49 681 962 40 00', 'trois jours', '16 000 spectateurs' are not casualties. Forbach and Sarreguemines are only named here."),
E(1, ["une bombe artisanale déposée devant un bar de Homburg avait blessé deux personnes"],
  "IED", "2017-01-01", "year", "Homburg", "DE", None, 2, "exact", None, None, True,
  "'en 2017' -> year, background. A homemade bomb left outside a bar -> Remote explosive/landmine/IED; 'Son auteur n'a jamais été identifié' -> perpetrator null. 'avait blessé deux personnes' -> injured 2, exact; killed null. 'un seul attentat à l'explosif' is the sentence's lead-in, not a second event."),
]

# -------------------------------------------------------------- holdout69-002
ARTICLES.append(A(2, "fr", "article", "2026-03-09T09:00:00Z",
"Vide-grenier du Bruch : maintenu, sous conditions",
"""
AVIS AUX EXPOSANTS - Vide-grenier de printemps du quartier du Bruch, Forbach. Comité des fêtes du Bruch, le lundi 9 mars 2026.

Chers exposants,

Après l'attentat-suicide de samedi à Sarrebruck, beaucoup d'entre vous nous ont appelés pour savoir si le vide-grenier du dimanche 15 mars était maintenu. Il l'est, mais dans des conditions particulières.

Nous pensons d'abord aux victimes. Le bilan donné samedi soir était de douze morts ; celui communiqué ce matin par le parquet fédéral allemand est de quatorze morts, dont les deux kamikazes, et de 63 blessés. Parmi les morts figure Mme Renée Klein, 71 ans, qui tenait depuis vingt ans le stand de broderies : blessée sur le marché de Sarrebruck, elle a succombé dimanche à l'hôpital. Une minute de silence sera observée à 10 heures.

L'enquête avance : deux hommes ont été arrêtés dimanche à l'aube à Völklingen, à une dizaine de kilomètres de Sarrebruck. Un habitant de notre quartier, chez qui les deux kamikazes auraient dîné jeudi, a été entendu par la police allemande puis laissé libre ; nous demandons à chacun de ne pas relayer de rumeurs à son sujet.

CE QUI CHANGE
- Installation de 5 h 30 à 7 h 30 seulement, par l'entrée de la rue Nationale ; après 7 h 30, aucun véhicule ne pourra entrer.
- Contrôle visuel des sacs et des coffres par 14 agents de sécurité et la police municipale.
- Les 212 emplacements sont maintenus ; les emplacements 88 à 96 sont déplacés sur le parking du stade.

CE QUI NE CHANGE PAS
- Tarif : 12 euros les 3 mètres, 4 euros le mètre supplémentaire.
- Vente de 8 heures à 17 heures ; buvette tenue par le club de football.
- Remboursement intégral si vous annulez avant vendredi midi.

Pour toute question : Jean-Marc, 06 12 48 73 90, ou le secrétariat, 03 87 85 21 14, du mardi au vendredi de 14 heures à 18 heures.

Les bénéfices de la buvette seront reversés à la Croix-Rouge allemande, au profit des blessés.
"""))
GOLD += [
E(2, ["l'attentat-suicide de samedi à Sarrebruck"],
  "SUI", "2026-03-07", "day", "Saarbrücken", "DE", 14, 63, "exact", None, None, False,
  "Notice of Monday 9 March; 'de samedi' -> 7 March. The toll is revised inside: 'douze morts' (Saturday evening, superseded) -> 'quatorze morts, dont les deux kamikazes, et de 63 blessés' -> killed 14 (bombers inside), injured 63, exact. Mme Renée Klein, 71, wounded on the market and dead on Sunday, is one of the 14. No claim, no group named -> perpetrator null. The minute of silence is not coded. '15 mars', '71 ans', 'vingt ans', '10 heures', '5 h 30', '7 h 30', '14 agents', '212 emplacements', '88 à 96', '12 euros', '3 mètres', '4 euros', '8 heures à 17 heures', '06 12 48 73 90', '03 87 85 21 14', '14 heures à 18 heures' are not casualties. The car-boot sale is in Forbach, France; the bombing in Saarbrücken."),
E(2, ["deux hommes ont été arrêtés dimanche à l'aube à Völklingen"],
  "ARR", "2026-03-08", "day", "Völklingen", "DE", None, None, None, "police", None, False,
  "'dimanche à l'aube' vs Monday 9 March -> Sunday 8 March. No force named for the arrest itself; the German police of the cluster -> 'police'. 'une dizaine de kilomètres' is a distance. The Forbach resident 'entendu par la police allemande puis laissé libre' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout69-003
ARTICLES.append(A(3, "en", "article", "2026-03-10T11:00:00Z",
"Islamic State claims twin bombing in German border city",
"""
SAARBRUCKEN, Germany (Rhine Valley Wire) - Islamic State claimed responsibility on Monday for Saturday's twin suicide bombing in the German border city of Saarbrucken, and federal prosecutors said on Tuesday they considered the claim credible.

The statement, carried by the group's Amaq news agency, boasted of "more than 100 crusaders" killed. Officials put the toll at 15 dead, including the two bombers, and 63 wounded, after a 16-year-old boy died in hospital overnight.

Hurras al-Din, a jihadist group active in Syria, denied any link to the attack in a message on Tuesday. A senior investigator said one of the bombers, both Syrian-born men aged 24 and 29 who had lived in Saarland since 2016, may have been radicalised in prison.

French police on Monday arrested a 34-year-old man in Forbach, just across the border, on a German warrant. He is suspected of driving the bombers and a suitcase of explosives from a rented flat to the city centre on Saturday morning, a spokeswoman for the prosecutors said. He is expected to be handed over to Germany within 60 days.

The two men detained in Voelklingen at dawn on Sunday were remanded in custody on Monday on suspicion of membership of a terrorist organisation. The bombers' flatmate was questioned for nine hours and released.

On Monday evening, some 20,000 people marched in silence from the castle to St. Johanner Markt, the market square where the first bomber struck, carrying white roses and a banner reading "Saarbrucken stays open".

Saarland's only previous bombing, in 2017, was a homemade device left outside a bar in Homburg that wounded two people.

The market square reopened on Tuesday morning under heavy guard; police said 2,400 officers were on duty across the state. Organisers of a Franco-German trade fair due to open on March 20 said it would go ahead with its 340 exhibitors.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing in the German border city of Saarbrucken", "the attack", "the first bomber struck"],
  "SUI", "2026-03-07", "day", "Saarbrücken", "DE", 15, 63, "exact", "Islamic State", "Islamic State", False,
  "Wire of Tuesday 10 March; 'Saturday's' -> 7 March. 'the toll at 15 dead, including the two bombers, and 63 wounded' -> killed 15 (bombers inside; the boy of 16 who died overnight is one of them), injured 63, exact. Claimed 'on Monday' by Islamic State through Amaq, judged 'credible' by federal prosecutors -> claimant and perpetrator 'Islamic State'; the claim's 'more than 100 crusaders' is never used. Hurras al-Din's denial is not a claim; 'may have been radicalised' is speculation. English spelling 'Saarbrucken' -> gold 'Saarbrücken'. '16-year-old', '24 and 29', '2016', '34-year-old', '60 days', 'nine hours', '20,000 people' (marchers), '2,400 officers', 'March 20', '340 exhibitors' are not casualties."),
E(3, ["French police on Monday arrested a 34-year-old man in Forbach"],
  "ARR", "2026-03-09", "day", "Forbach", "FR", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 10 March -> 9 March. The cluster's suspected facilitator (the driver who carried the bombers and the explosives), arrested in France -> FR; the French police -> 'police'. The handover 'within 60 days' is a follow-up, not an event."),
E(3, ["The two men detained in Voelklingen at dawn on Sunday"],
  "ARR", "2026-03-08", "day", "Völklingen", "DE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-002: 'at dawn on Sunday' -> 8 March (English 'Voelklingen' -> gold 'Völklingen'). 'remanded in custody on Monday' is the arrest's judicial follow-up, not a new arrest. No force named -> 'police'. The flatmate 'questioned for nine hours and released' is not arrested."),
E(3, ["some 20,000 people marched in silence from the castle to St. Johanner Markt"],
  "PP", "2026-03-09", "day", "Saarbrücken", "DE", None, None, None, None, None, False,
  "'On Monday evening' vs Tuesday 10 March -> 9 March. A silent march with a message (the banner 'Saarbrucken stays open'), no incident -> Peaceful protest, perpetrator null. '20,000' counts marchers. The phrase 'where the first bomber struck' inside the sentence names the bombing (its trigger), not the march."),
E(3, ["Saarland's only previous bombing", "a homemade device left outside a bar in Homburg that wounded two people"],
  "IED", "2017-01-01", "year", "Homburg", "DE", None, 2, "exact", None, None, True,
  "'in 2017' -> year, background (the Homburg device of holdout69-001). A homemade device -> Remote explosive/landmine/IED; no author -> null. 'wounded two people' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout69-004
ARTICLES.append(A(4, "fr", "article", "2026-03-12T08:00:00Z",
"Bac de Seltz : moins de traversées, contrôles côté allemand",
"""
AVIS DE MODIFICATION DES TRAVERSÉES - Bac rhénan Seltz-Plittersdorf. Service des bacs du Rhin, avis n° 7/2026 du jeudi 12 mars 2026.

À la suite de l'attentat-suicide du samedi 7 mars à Sarrebruck, la police fédérale allemande a rétabli des contrôles d'identité à tous les points de passage du Rhin. Le bac est concerné à compter de ce jeudi et jusqu'à nouvel ordre.

1. HORAIRES. Les traversées ont lieu toutes les 20 minutes au lieu de 10, de 6 heures à 20 h 40 en semaine et de 8 heures à 20 h 40 le week-end. Dernier départ de Seltz à 20 h 20, de Plittersdorf à 20 h 40.

2. CONTRÔLES. Les passagers et les conducteurs doivent présenter une pièce d'identité en cours de validité avant l'embarquement, côté allemand. Prévoyez jusqu'à 30 minutes d'attente aux heures de pointe (6 h 30 - 8 heures et 16 h 30 - 18 heures).

3. CAPACITÉ. Le bac embarque au plus 12 voitures ou 2 camions de 3,5 tonnes. Les véhicules de plus de 7,5 tonnes restent interdits. Le niveau du Rhin, à 4,10 m à l'échelle de Maxau, n'impose aucune autre restriction.

4. POURQUOI CES MESURES ? Mercredi soir, un homme recherché dans le cadre de l'enquête sur l'attentat, qui a fait quinze morts, dont les deux kamikazes, et 63 blessés, a été interpellé à l'embarcadère de Plittersdorf par la police fédérale alors qu'il s'apprêtait à traverser vers la France. Il est soupçonné d'avoir hébergé les deux kamikazes à Rastatt pendant une semaine. L'attentat a été revendiqué par l'État islamique.

5. TARIF. La traversée reste gratuite pour tous, piétons, cyclistes et véhicules.

Les frontaliers qui se rendent à Rastatt, Karlsruhe ou Baden-Baden peuvent aussi emprunter le pont de Beinheim, une dizaine de kilomètres au sud, où les contrôles s'appliquent également.

Information trafic : 03 88 05 41 77 (de 7 heures à 19 heures). Les personnes qui ont des renseignements sur l'attentat peuvent appeler la ligne de la police fédérale allemande, +49 800 6 88 80 00, en français ou en allemand.

Nous remercions nos usagers pour leur patience.
"""))
GOLD += [
E(4, ["l'attentat-suicide du samedi 7 mars à Sarrebruck", "L'attentat a été revendiqué"],
  "SUI", "2026-03-07", "day", "Saarbrücken", "DE", 15, 63, "exact", "Islamic State", "Islamic State", False,
  "Ferry notice of Thursday 12 March; 'du samedi 7 mars' -> 7 March. 'quinze morts, dont les deux kamikazes, et 63 blessés' -> killed 15 (bombers inside), injured 63, exact. 'L'attentat a été revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. The other two 'l'attentat' ('l'enquête sur l'attentat', 'renseignements sur l'attentat') also name it but are left out of the triggers. 'n° 7/2026', '20 minutes', '10', '6 heures', '20 h 40', '8 heures', '20 h 20', '30 minutes', '6 h 30', '16 h 30', '18 heures', '12 voitures', '2 camions', '3,5 tonnes', '7,5 tonnes', '4,10 m', 'une dizaine de kilomètres', '03 88 05 41 77', '7 heures à 19 heures', '+49 800 6 88 80 00' are not casualties."),
E(4, ["a été interpellé à l'embarcadère de Plittersdorf"],
  "ARR", "2026-03-11", "day", "Rastatt", "DE", None, None, None, "police", None, False,
  "'Mercredi soir' vs Thursday 12 March -> 11 March. A man suspected of lodging the bombers, arrested by the German federal police ('la police fédérale' -> 'police') at the Plittersdorf ferry landing; Plittersdorf is a district of Rastatt -> coded to Rastatt (DE), not to Seltz (France, the notice's other bank)."),
]

# -------------------------------------------------------------- holdout69-005
ARTICLES.append(A(5, "fr", "article", "2026-03-14T09:00:00Z",
"Parc du Moulin : l'intervention de jeudi et ses conséquences",
"""
AVIS AUX RÉSIDENTS - Parc résidentiel de loisirs du Moulin, Sarreguemines. La direction, samedi 14 mars 2026.

Madame, Monsieur,

Comme beaucoup d'entre vous l'ont constaté, la police est intervenue jeudi matin dans notre parc. Voici ce que nous pouvons vous dire, dans le respect de l'enquête.

Jeudi vers 6 heures, les policiers de la sous-direction antiterroriste ont interpellé l'occupant du mobil-home n° 47, allée des Saules, un homme de 38 ans arrivé en novembre. Ils ont emporté plusieurs sacs de matériel saisis dans son mobil-home. Selon le parquet, il est soupçonné d'avoir fourni les détonateurs du double attentat-suicide de Sarrebruck, samedi dernier, qui a fait quinze morts, dont les deux kamikazes, et 63 blessés, et que l'État islamique a revendiqué. Deux résidents de l'allée des Saules ont été entendus comme témoins au commissariat puis sont rentrés chez eux le soir même.

Les conséquences pour le parc :
- l'allée des Saules (emplacements 41 à 52) reste fermée jusqu'à lundi ; les résidents concernés sont logés gratuitement au gîte de l'accueil ;
- la barrière d'entrée sera fermée de 22 heures à 6 heures ; le code change, demandez-le à l'accueil ;
- la piscine couverte rouvre comme prévu le 4 avril ;
- la redevance de mars (235 euros pour un emplacement de 100 m²) peut être réglée jusqu'au 15 avril.

Nous vous déconseillons de vous rendre à Sarrebruck ce week-end. Vendredi soir, une marche de plusieurs centaines de personnes vers la direction de la police de la ville, pour réclamer la démission du ministre de l'Intérieur du Land, a été dispersée à coups de gaz lacrymogène et de matraques ; quatre manifestants et deux policiers ont été blessés. Par ailleurs, l'homme arrêté lundi à Forbach a accepté mercredi d'être remis à l'Allemagne.

Merci de ne pas ouvrir la barrière aux journalistes ni publier de photos du parc.

L'accueil est ouvert de 9 heures à 12 heures et de 14 heures à 18 heures, au 03 87 98 26 40. En cas d'urgence la nuit : 06 71 35 82 19.

La direction
"""))
GOLD += [
E(5, ["la police est intervenue jeudi matin dans notre parc", "ont interpellé l'occupant du mobil-home n° 47"],
  "ARR", "2026-03-12", "day", "Sarreguemines", "FR", None, None, None, "police", None, False,
  "Notice of Saturday 14 March; 'jeudi matin' / 'Jeudi vers 6 heures' -> Thursday 12 March. The occupant of a mobile home in a Sarreguemines park, suspected of supplying the detonators, arrested by 'la sous-direction antiterroriste' (French police) -> 'police', FR. The bags of material seized belong to the arrest. The two residents 'entendus comme témoins' are not arrested. 'n° 47', '38 ans', '41 à 52', '22 heures à 6 heures', '4 avril', '235 euros', '100 m²', '15 avril', '03 87 98 26 40', '06 71 35 82 19' are not casualties."),
E(5, ["double attentat-suicide de Sarrebruck"],
  "SUI", "2026-03-07", "day", "Saarbrücken", "DE", 15, 63, "exact", "Islamic State", "Islamic State", False,
  "'samedi dernier' in a notice of Saturday 14 March -> the Saturday before, 7 March (not the publication day). 'quinze morts, dont les deux kamikazes, et 63 blessés' -> killed 15 (bombers inside), injured 63, exact. 'que l'État islamique a revendiqué', undisputed -> claimant and perpetrator 'Islamic State'."),
E(5, ["une marche de plusieurs centaines de personnes vers la direction de la police de la ville"],
  "PI", "2026-03-13", "day", "Saarbrücken", "DE", None, 6, "exact", None, None, False,
  "'Vendredi soir' vs Saturday 14 March -> 13 March. A march in Saarbrücken ('la ville') with a demand (the Land interior minister's resignation), 'dispersée à coups de gaz lacrymogène et de matraques' -> Protests / Protest with intervention, perpetrator null (dev). 'quatre manifestants et deux policiers ont été blessés' -> injured 4 + 2 = 6 (all sides summed), exact; killed null. 'plusieurs centaines de personnes' counts marchers."),
E(5, ["l'homme arrêté lundi à Forbach"],
  "ARR", "2026-03-09", "day", "Forbach", "FR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-003: 'lundi' vs Saturday 14 March -> 9 March, Forbach (FR). His consent on Wednesday to be handed over to Germany is a follow-up, not an event. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout69-021
ARTICLES.append(A(21, "fr", "article", "2026-04-23T08:00:00Z",
"Folk sans Frontières : on reprend, et on joue pour les victimes",
"""
LETTRE AUX ADHÉRENTS - Folk sans Frontières, club de musique folk de Sarreguemines. Le jeudi 23 avril 2026.

Chers amis musiciens et danseurs,

Cela fait sept semaines que nous n'avons pas joué ensemble. Le bal folk du 14 mars a été annulé, puis les répétitions du mardi. Il est temps de reprendre, et de le faire pour une bonne raison.

Le double attentat-suicide du 7 mars à Sarrebruck a fait seize morts, les deux kamikazes compris, depuis que Théo Marx, notre joueur de vielle à roue, s'est éteint le 2 avril à l'hôpital de Homburg. Il avait 24 ans. Les blessés sont 63 ; Hélène, notre accordéoniste, en fait partie et remarche depuis Pâques.

L'enquête continue. Le parquet fédéral allemand a confirmé mardi que la revendication de l'État islamique était « authentique ». Le 14 avril, la police a interpellé à Saint-Avold un homme de 45 ans soupçonné d'avoir fabriqué les deux ceintures d'explosifs ; il a été mis en examen et écroué le surlendemain, et il encourt la réclusion criminelle à perpétuité. L'homme arrêté le 12 mars dans un parc de mobil-homes de notre ville a, lui, été remis à l'Allemagne.

Notre réponse, c'est la musique. Le samedi 9 mai, nous organisons un grand bal folk de soutien à la salle des fêtes de Neunkirch, rue du Champ de Mars, de 20 heures à 2 heures :
- en première partie, l'atelier cornemuse (6 musiciens) et les débutants de l'atelier violon ;
- à 22 heures, le groupe Les Frontaliers et le duo sarrois Zweiklang ;
- entrée 10 euros, gratuite pour les moins de 16 ans ; buvette et tartes flambées.

Toute la recette ira à l'association des victimes créée à Sarrebruck, qui compte déjà 140 familles. Nous avons besoin de 25 bénévoles : inscrivez-vous auprès de Claire au 06 44 19 72 05.

Les répétitions reprennent le mardi 28 avril à 19 h 30, salle 4 de la MJC, 12 rue Utzschneider. Apportez vos instruments, et la partition de la polka de Théo, qu'il avait écrite pour nous l'an dernier.

Amitiés folk,

Le bureau
"""))
GOLD += [
E(21, ["Le double attentat-suicide du 7 mars à Sarrebruck"],
  "SUI", "2026-03-07", "day", "Saarbrücken", "DE", 16, 63, "exact", "Islamic State", "Islamic State", True,
  "Club letter of Thursday 23 April; 'du 7 mars' -> 7 March, 47 days before -> background. 'seize morts, les deux kamikazes compris' -> killed 16 (bombers inside; Théo Marx, 24, who died on 2 April of his wounds, is the latest of them), 'Les blessés sont 63' -> injured 63, exact. 'la revendication de l'État islamique', confirmed 'authentique' -> claimant and perpetrator 'Islamic State'. 'sept semaines', '14 mars', '2 avril', '24 ans', '14 avril', '45 ans', '12 mars', '9 mai', '20 heures à 2 heures', '6 musiciens', '22 heures', '10 euros', '16 ans', '140 familles', '25 bénévoles', '06 44 19 72 05', '28 avril', '19 h 30', 'salle 4', '12 rue' are not casualties; 'la réclusion criminelle à perpétuité' is a sentence he faces."),
E(21, ["la police a interpellé à Saint-Avold un homme de 45 ans"],
  "ARR", "2026-04-14", "day", "Saint-Avold", "FR", None, None, None, "police", None, False,
  "'Le 14 avril' -> 14 April, 9 days before Thursday 23 April -> current. A man suspected of making the two explosive belts, arrested in Saint-Avold, France -> 'police', FR. 'mis en examen et écroué le surlendemain' (16 April) is the arrest's judicial follow-up, not a new arrest."),
E(21, ["L'homme arrêté le 12 mars dans un parc de mobil-homes de notre ville"],
  "ARR", "2026-03-12", "day", "Sarreguemines", "FR", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout69-005: 'le 12 mars' -> 12 March, 42 days before Thursday 23 April -> background. 'notre ville' = Sarreguemines, the club's town named in the heading. His handover to Germany is a follow-up. No force named -> 'police'."),
]
