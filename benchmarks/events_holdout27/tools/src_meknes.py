"""Authoring source of benchmarks/events_holdout27 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Meknès, Morocco cluster (holdout27-006 to 010; French and English),
two suicide bombers on Friday 24 April 2026 at two sites of one town (the
place El Hedim and the bus station, about 900 m and eight minutes apart): a
Moroccan news site's first report with a speculation about the eventual
claimant (fr 006), an English wire with the revised toll and arrests in two
towns (007), a French claim story with older attacks (fr 008), an English
court report (009) and a Moroccan daily's long article with "Lire aussi"
links and photo captions, a march and older attacks (fr 010). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout27")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout27-006
ARTICLES.append(A(6, "fr", "article", "2026-04-24T15:10:00Z",
"Meknès : au moins onze morts dans un double attentat-suicide",
"""
MEKNÈS - Au moins onze personnes ont été tuées et une quarantaine blessées vendredi en fin de matinée à Meknès, lorsque deux kamikazes ont actionné leurs ceintures d'explosifs sur la place El Hedim et à la gare routière, selon un bilan provisoire des autorités locales.

Le premier assaillant s'est fait exploser vers 11 h 20 près des étals des marchands d'olives, au pied de la porte Bab Mansour. Huit minutes plus tard, le second a déclenché sa charge dans le hall de la gare routière, à environ 900 mètres, alors qu'un car de 52 places s'apprêtait à partir pour Fès.

« Le souffle m'a jeté par terre, j'ai perdu mes lunettes et mon fils », raconte un pâtissier de 61 ans, qui a retrouvé l'enfant une heure plus tard à l'hôpital Mohammed-V.

Aucune revendication n'avait été publiée vendredi après-midi. Selon une source sécuritaire, l'attaque « pourrait être l'œuvre » de partisans de l'organisation État islamique, mais « il est trop tôt pour l'affirmer ».

Meknès avait jusqu'ici été épargnée. En septembre 2023, le Bureau central d'investigations judiciaires (BCIJ) avait démantelé à Tiflet une cellule de quatre membres qui préparait des attentats. Il y a cinq ans, un homme armé d'un couteau avait blessé deux touristes dans la médina de Fès, à une soixantaine de kilomètres.

Quelque 400 policiers supplémentaires ont été dépêchés dans la ville, et l'accès à la médina est fermé jusqu'à nouvel ordre. Les marchands de la place, qui paient un droit d'étal de 50 dirhams par jour, craignent pour la saison touristique.
"""))
GOLD += [
E(6, ["deux kamikazes ont actionné leurs ceintures d'explosifs sur la place El Hedim et à la gare routière"],
  "SUI", "2026-04-24", "day", "Meknès", "MA", 11, 40, "at_least", None, None, False,
  "'vendredi' = publication day, Friday 24 April. Two sites of one town (the place El Hedim and the bus station, about 900 m and eight minutes apart) -> ONE Suicide bomb event. 'Au moins onze personnes ont été tuées et une quarantaine blessées' -> 11 (at_least), 40 ('une quarantaine', dev table); the qualifier describes the killed figure. 'pourrait être l'œuvre' of Islamic State supporters is speculation -> null, although the Islamic State claims it two days later (fr 008). '11 h 20', 'Huit minutes', '900 mètres', 'un car de 52 places', '61 ans' are not casualties."),
E(6, ["le Bureau central d'investigations judiciaires (BCIJ) avait démantelé à Tiflet une cellule"],
  "ARR", "2023-09-01", "month", "Tiflet", "MA", None, None, None, "police", None, True,
  "'En septembre 2023' -> month, background. A cell dismantled -> Arrests (events_holdout23 Charleroi); the BCIJ -> 'police'. 'quatre membres' are arrestees."),
E(6, ["un homme armé d'un couteau avait blessé deux touristes dans la médina de Fès"],
  "ATK", "2021-01-01", "year", "Fès", "MA", None, 2, "exact", None, None, True,
  "'Il y a cinq ans' vs 2026 -> 2021, year, background. A knife attack on civilians -> Attack, null actor. 'blessé deux touristes' -> injured 2, exact. 'une soixantaine de kilomètres', '400 policiers', '50 dirhams' are not casualties."),
]

# -------------------------------------------------------------- holdout27-007
ARTICLES.append(A(7, "en", "article", "2026-04-25T08:30:00Z",
"Meknes bombing toll rises to 21 as Moroccan police hold four",
"""
MEKNES, Morocco (Maghreb Wire) - The death toll from Friday's double suicide bombing in the Moroccan city of Meknes rose to 21 overnight, officials said on Saturday, as counter-terrorism police detained four men in raids in two towns.

Local authorities first reported eleven dead on Friday afternoon. By the evening, the city's two hospitals had counted 16 bodies, and three of the wounded died during the night. The provincial governor's office said early on Saturday that 19 people had been killed, not counting the two bombers, and 58 wounded, 14 of them seriously.

Officers of the Central Bureau of Judicial Investigations (BCIJ) arrested three men in a raid on a flat in Salé late on Friday, and a fourth at his parents' home in Sidi Kacem shortly before midnight, the interior ministry said. Investigators seized a laptop, 3 kilograms of nails and two SIM cards. About 30 residents of the bombers' neighbourhood were questioned and allowed to go home.

No group had claimed the attack by Saturday morning. Moroccan officials said they were examining "all hypotheses".

The bombings hit the place El Hedim, the city's main square, and the bus station about 900 metres away, eight minutes apart, shortly after 11:20 a.m. on Friday. Meknes, a former imperial capital of about 650,000 people, had not seen a comparable attack.

Last month, police defused a pressure-cooker device left at a bus stop in El Hajeb, 30 km to the south, after a shopkeeper raised the alarm. Security was already tight across the region ahead of the summer season, which draws more than 2 million visitors.
"""))
GOLD += [
E(7, ["Friday's double suicide bombing in the Moroccan city of Meknes"],
  "SUI", "2026-04-24", "day", "Meknès", "MA", 21, 58, "exact", None, None, False,
  "'Friday's' vs Saturday 25 April -> 24 April. The gold keeps 'Meknès' (the wire writes 'Meknes'). Revised toll inside the wire: 'eleven dead' -> '16 bodies' -> 'three of the wounded died' -> '19 people had been killed, not counting the two bombers' -> 19 + 2 = 21 ('not counting' adds them; the headline and lead's 'rose to 21' agree), '58 wounded' -> 58, exact; '14 of them seriously' is a subset. No claim -> null. '11:20 a.m.', '900 metres', '650,000 people', '2 million visitors' are not casualties."),
E(7, ["arrested three men in a raid on a flat in Salé"],
  "ARR", "2026-04-24", "day", "Salé", "MA", None, None, None, "police", None, False,
  "'late on Friday' vs Saturday 25 April -> 24 April ('late on Thursday' means Thursday, dev). BCIJ -> 'police'. One Arrests event per place and day: Salé and Sidi Kacem are two. The laptop, '3 kilograms of nails' and 'two SIM cards' belong to the arrests. The 'About 30 residents ... questioned' are not arrested."),
E(7, ["a fourth at his parents' home in Sidi Kacem"],
  "ARR", "2026-04-24", "day", "Sidi Kacem", "MA", None, None, None, "police", None, False,
  "'shortly before midnight' after 'late on Friday' -> Friday 24 April. BCIJ -> 'police'. A second place -> a second Arrests event."),
E(7, ["police defused a pressure-cooker device left at a bus stop in El Hajeb"],
  "DWU", "2026-03-01", "month", "El Hajeb", "MA", None, None, None, "police", None, True,
  "'Last month' vs 25 April 2026 -> March 2026, month; 1 March is 55 days before -> background. A device defused on its own -> Disrupted weapons use, 'police'. '30 km' is a distance."),
]

# -------------------------------------------------------------- holdout27-008
ARTICLES.append(A(8, "fr", "article", "2026-04-26T12:00:00Z",
"Maroc : l'État islamique revendique le double attentat de Meknès",
"""
L'organisation État islamique (EI) a revendiqué samedi soir, par l'intermédiaire de son agence Amaq, le double attentat-suicide de vendredi à Meknès, affirmant avoir visé « des croisés et des apostats ». Le groupe s'est attribué « plus de soixante » morts ; le ministère de l'Intérieur, sans contester l'authenticité du texte, parle d'un chiffre « fantaisiste ».

Selon le dernier bilan officiel, l'attaque a fait vingt-deux morts, dont les deux kamikazes, et cinquante-huit blessés. Une touriste belge de 34 ans est décédée samedi à l'hôpital Mohammed-V. Un haut responsable a par ailleurs estimé que des éléments liés à Al-Qaïda au Maghreb islamique (AQMI) « auraient pu » fournir les explosifs, une hypothèse qu'aucune preuve n'étaye à ce stade.

Les deux kamikazes, âgés de 19 et 24 ans, étaient originaires de Salé, selon une source proche de l'enquête. Ils auraient séjourné trois semaines dans un appartement loué 2 500 dirhams par mois.

L'EI n'avait plus frappé au Maroc depuis plusieurs années. En juin 2022, un engin explosif artisanal avait blessé trois policiers à Azrou, dans le Moyen Atlas, une attaque revendiquée par l'organisation. Il y a trois ans, le BCIJ avait arrêté à Errachidia un homme qui projetait un attentat contre un festival de musique.

Le roi a ordonné la prise en charge des frais d'hospitalisation des blessés. Les obsèques de la plupart des victimes marocaines ont eu lieu samedi après la prière de la mi-journée.

Dans la médina, les commerçants ont rouvert une partie des 300 boutiques de la place dimanche matin, sous la surveillance d'une centaine de policiers.
"""))
GOLD += [
E(8, ["le double attentat-suicide de vendredi à Meknès", "l'attaque a fait vingt-deux morts"],
  "SUI", "2026-04-24", "day", "Meknès", "MA", 22, 58, "exact", "Islamic State", "Islamic State", False,
  "'de vendredi' vs Sunday 26 April -> 24 April. 'L'organisation État islamique (EI) a revendiqué' -> claimant and perpetrator 'Islamic State'; the ministry rejects the figure (« plus de soixante », never used), not the authorship. 'vingt-deux morts, dont les deux kamikazes, et cinquante-huit blessés' -> 22 (inside), 58, exact; the tourist who died on Saturday raised it. AQIM 'auraient pu fournir les explosifs' is speculation, not coded. '34 ans', '19 et 24 ans', 'trois semaines', '2 500 dirhams' are not casualties; the funerals are not coded."),
E(8, ["un engin explosif artisanal avait blessé trois policiers à Azrou"],
  "IED", "2022-06-01", "month", "Azrou", "MA", None, 3, "exact", "Islamic State", "Islamic State", True,
  "'En juin 2022' -> month, background. 'une attaque revendiquée par l'organisation' (the Islamic State, named before) -> claimant and perpetrator. 'blessé trois policiers' -> injured 3, exact."),
E(8, ["le BCIJ avait arrêté à Errachidia un homme"],
  "ARR", "2023-01-01", "year", "Errachidia", "MA", None, None, None, "police", None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. BCIJ -> 'police'. '300 boutiques', 'une centaine de policiers' are not casualties."),
]

# -------------------------------------------------------------- holdout27-009
ARTICLES.append(A(9, "en", "article", "2026-04-29T16:00:00Z",
"Meknes bombing suspects remanded as alleged facilitator held in Tangier",
"""
SALE, Morocco (Maghreb Wire) - An investigating judge at the anti-terrorism court annex in Salé on Wednesday ordered four men held in custody pending trial over last Friday's twin suicide bombing in Meknès, which Islamic State claimed and which killed 22 people, the two bombers among them.

The four, aged 20 to 29, were brought before the prosecutor on Tuesday after the 96-hour police custody allowed in terrorism cases. Three of them were arrested in Salé on the evening of 24 April and the fourth in Sidi Kacem the same night. They face charges including "forming a gang to prepare and commit terrorist acts" and "premeditated murder", which carry the death penalty in Morocco, although no execution has been carried out since 1993.

A fifth suspect, described by prosecutors as the cell's "facilitator", was detained by BCIJ officers on Monday at a café in Tangier. He is accused of renting the flat where the bombers spent their last three weeks and of buying 25 kg of fertiliser with cash. His mobile phone held 340 messages exchanged with one of the bombers, a judicial source said.

The sister of one bomber was heard as a witness on Monday and released without charge. The owner of the flat, a retired teacher aged 71, has been summoned to appear next week.

Outside the court, about 40 relatives of the victims held photographs of their dead. "We want the whole network, not just the small hands," said a woman whose 12-year-old nephew died at the bus station.

The hearing lasted four hours. Lawyers for two of the defendants said their clients had "no knowledge" of the plan.
"""))
GOLD += [
E(9, ["last Friday's twin suicide bombing in Meknès"],
  "SUI", "2026-04-24", "day", "Meknès", "MA", 22, None, "exact", "Islamic State", "Islamic State", False,
  "'last Friday's' vs Wednesday 29 April -> 24 April (a weekday is a date, unlike 'last week'). 'which Islamic State claimed' -> claimant and perpetrator. 'killed 22 people, the two bombers among them' -> 22 (inside), exact; no injured figure in this article -> null. '12-year-old nephew' is an age."),
E(9, ["Three of them were arrested in Salé on the evening of 24 April"],
  "ARR", "2026-04-24", "day", "Salé", "MA", None, None, None, "police", None, False,
  "'on the evening of 24 April' -> 24 April. The remand is the follow-up of the arrests told in holdout27-007: one Arrests event per place and day, not a new arrest. No force named in this sentence; BCIJ in 007 -> 'police'. 'aged 20 to 29', '96-hour', '1993' are not casualties."),
E(9, ["the fourth in Sidi Kacem the same night"],
  "ARR", "2026-04-24", "day", "Sidi Kacem", "MA", None, None, None, "police", None, False,
  "'the same night' -> 24 April. The second place of the same round of arrests -> its own Arrests event, as in holdout27-007; BCIJ in 007 -> 'police'."),
E(9, ["was detained by BCIJ officers on Monday at a café in Tangier"],
  "ARR", "2026-04-27", "day", "Tangier", "MA", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 29 April -> 27 April. The suspected facilitator; BCIJ -> 'police'. English spelling 'Tangier' (Tanger in French). '25 kg', '340 messages', 'three weeks' are not casualties. The sister 'heard as a witness ... released without charge' and the owner 'summoned' are not arrested; 'about 40 relatives' are not casualties."),
]

# -------------------------------------------------------------- holdout27-010
ARTICLES.append(A(10, "fr", "article", "2026-05-02T09:00:00Z",
"Meknès, une semaine après : la place El Hedim entre deuil et colère",
"""
Par notre envoyée spéciale à Meknès

Une semaine après le double attentat-suicide du 24 avril, la place El Hedim a rouvert ses étals, mais le cœur n'y est pas. Jeudi, plusieurs milliers d'habitants ont défilé en silence de la place jusqu'à la wilaya pour réclamer « la vérité » et l'indemnisation des commerçants. La marche s'est dispersée sans incident en fin d'après-midi.

(Photo : Des habitants déposent des roses blanches au pied de Bab Mansour, mercredi. © Karim Bennani)

Lire aussi : Attentat de Meknès : l'État islamique revendique

L'attentat, revendiqué par l'État islamique, a fait vingt-deux morts, dont les deux kamikazes, et cinquante-huit blessés. Parmi les morts figurent trois enfants et une touriste belge.

« Ici, tout le monde connaît quelqu'un qui était sur la place ce jour-là », dit Fatima, 47 ans, vendeuse de pain depuis 1998. Elle a perdu deux clientes et une voisine.

Lire aussi : Salé : les quatre suspects placés en détention

La région n'est pourtant pas étrangère à la violence jihadiste. En février 2020, des hommes armés avaient attaqué un poste de police à Khénifra, tuant un agent. Il y a deux ans, les gendarmes avaient saisi une ceinture d'explosifs dans une ferme près de Midelt, sans arrêter personne.

(Photo : La gare routière de Meknès, rouverte lundi, où 120 cars passent chaque jour. © Karim Bennani)

Les autorités ont promis de reconstruire les 35 étals détruits avant le mois de ramadan et de verser 100 000 dirhams à chaque famille endeuillée. Les commerçants jugent la somme « symbolique ».

Au café d'en face, on parle surtout du troisième homme, que la police dit rechercher activement.
"""))
GOLD += [
E(10, ["double attentat-suicide du 24 avril", "Attentat de Meknès", "L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-04-24", "day", "Meknès", "MA", 22, 58, "exact", "Islamic State", "Islamic State", False,
  "'du 24 avril' (8 days before Saturday 2 May -> current). 'revendiqué par l'État islamique' -> claimant and perpetrator. 'vingt-deux morts, dont les deux kamikazes, et cinquante-huit blessés' -> 22 (inside), 58, exact; 'trois enfants' is a subset. The first 'Lire aussi' headline ('Attentat de Meknès : l'État islamique revendique') names the bombing and is a trigger; the second names the court follow-up (no event of its own here) and the photo captions name no event."),
E(10, ["plusieurs milliers d'habitants ont défilé en silence"],
  "PP", "2026-04-30", "day", "Meknès", "MA", None, None, None, None, None, False,
  "'Jeudi' vs Saturday 2 May -> Thursday 30 April. A march with a demand ('pour réclamer « la vérité » et l'indemnisation') that ends 'sans incident' -> Peaceful protest. 'plusieurs milliers' are participants. The roses laid in the caption are mourning, not coded."),
E(10, ["des hommes armés avaient attaqué un poste de police à Khénifra"],
  "BAT", "2020-02-01", "month", "Khénifra", "MA", 1, None, "exact", None, None, True,
  "'En février 2020' -> month, background. Unnamed gunmen attacking a police post -> Armed clash, null initiator (holdout25 Ayun). 'tuant un agent' -> 1, exact."),
E(10, ["les gendarmes avaient saisi une ceinture d'explosifs dans une ferme près de Midelt"],
  "DWU", "2024-01-01", "year", "Midelt", "MA", None, None, None, "police", None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. A seizure with no arrest ('sans arrêter personne') -> Disrupted weapons use; gendarmes -> 'police'. '47 ans', '1998', '120 cars', '35 étals', '100 000 dirhams' are not casualties."),
]
