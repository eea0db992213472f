"""Authoring source of benchmarks/events_holdout21 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ali Sabieh, Djibouti cluster (holdout21-011 to 015; French and
English), two suicide bombers on Friday 12 June 2026 at two sites of one town
(the central market and the railway station, about 800 m apart, about ten
minutes apart): a news agency dispatch with an « État islamique en Somalie
pourrait être derrière » (fr 011), an English-language daily's next-day
report with the revised toll, a march and a third vest defused (012), the
al-Shabaab claim and the Islamic State denial (fr 013), a morning radio
briefing with speaker labels on the arrests and older attacks (014) and a
tribute to a victim with no new event (fr 015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout21")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout21-011
ARTICLES.append(A(11, "fr", "article", "2026-06-12T15:20:00Z",
"Djibouti : au moins cinq morts dans un double attentat-suicide à Ali Sabieh",
"""
ALI SABIEH (Agence Corne Presse) - Au moins cinq personnes ont été tuées et une quinzaine d'autres blessées vendredi à Ali Sabieh, dans le sud de Djibouti, lorsque deux kamikazes se sont fait exploser au marché central puis devant la gare ferroviaire, a-t-on appris de source sécuritaire.

Le premier kamikaze a actionné sa charge vers 11 h 30, à l'heure où le marché est le plus fréquenté, avant la grande prière du vendredi. Une dizaine de minutes plus tard, le second s'est fait exploser à environ 800 mètres de là, devant la gare de la ligne Djibouti-Addis-Abeba, où un train de marchandises de 40 wagons était à quai.

Les blessés ont été évacués vers l'hôpital d'Ali Sabieh, puis, pour les plus graves, vers la capitale, située à une centaine de kilomètres au nord-est. « Il y avait des sandales et des oranges partout », raconte un vendeur de khat de 26 ans, légèrement blessé au bras.

Aucune revendication n'avait été enregistrée en milieu d'après-midi. Selon un officier de la gendarmerie, l'État islamique en Somalie « pourrait être derrière » l'attaque, qui porte selon lui « la marque d'un groupe venu de l'autre côté de la frontière ».

Jeudi soir, la gendarmerie avait arrêté à Holhol, à une trentaine de kilomètres au nord, deux hommes qui transportaient 25 kilos d'engrais et des détonateurs dans un camion de charbon. Les enquêteurs cherchent à savoir s'il existe un lien avec l'attentat.

Ali Sabieh, chef-lieu de la région du même nom, compte environ 40 000 habitants. Le gouvernement a suspendu la circulation des trains pour 24 heures et renforcé les contrôles à la frontière somalienne et éthiopienne.
"""))
GOLD += [
E(11, ["deux kamikazes se sont fait exploser au marché central puis devant la gare ferroviaire"],
  "SUI", "2026-06-12", "day", "Ali Sabieh", "DJ", 5, 15, "at_least", None, None, False,
  "'vendredi' = publication day, Friday 12 June. Two sites of one town (the market and the station, about 800 m apart), about ten minutes apart -> ONE Suicide bomb event. 'Au moins cinq personnes ont été tuées et une quinzaine d'autres blessées' -> 5 killed (at_least), 15 injured (une quinzaine, dev table; the qualifier describes killed). The « pourrait être derrière » about the Islamic State in Somalia is speculation -> null. '11 h 30', 'Une dizaine de minutes' (a span, not casualties), '800 mètres', '40 wagons', 'une centaine de kilomètres' (a distance, not 100 casualties), '26 ans', '40 000 habitants', '24 heures' are not casualties."),
E(11, ["la gendarmerie avait arrêté à Holhol"],
  "ARR", "2026-06-11", "day", "Holhol", "DJ", None, None, None, "police", None, False,
  "'Jeudi soir' vs Friday 12 June -> 11 June. Gendarmerie -> 'police'. 'une trentaine de kilomètres', '25 kilos d'engrais' are a distance and a weight; the fertiliser and detonators belong to the arrest."),
]

# -------------------------------------------------------------- holdout21-012
ARTICLES.append(A(12, "en", "article", "2026-06-13T09:30:00Z",
"Ali Sabieh bombing toll rises to 13 as residents march for security",
"""
The death toll from Friday's twin suicide bombing in Ali Sabieh has risen to 13, the two bombers among them, Djibouti's health ministry said on Saturday morning.

Security sources had spoken of five dead on Friday afternoon. By nightfall the town hospital had counted ten bodies, and three of the wounded died overnight after being flown to Djibouti City. A further 37 people were wounded, 11 of them seriously, the ministry said.

The bombers, thought to have been aged about 20, struck the crowded central market and then the railway station, where passengers were waiting for the weekly train to Dire Dawa, 200 km away in Ethiopia.

On Friday evening, several hundred residents marched to the prefecture, chanting for more troops on the Somali border. The march ended peacefully after the prefect came out to speak to the crowd and promised a second gendarmerie post in the town.

On Saturday morning, police bomb-disposal experts defused a third explosive vest, packed with about 3 kg of TNT and nails, which had been found in a bag left at the bus depot. Investigators believe a third bomber may have lost his nerve. No one has been arrested in the town so far.

The government declared three days of national mourning. Rail traffic on the line to Addis Ababa, which carries about 80 percent of Ethiopia's imports, is due to resume on Sunday. The market will stay closed until further notice, and motorcycle taxis have been banned from the town centre for a week.
"""))
GOLD += [
E(12, ["Friday's twin suicide bombing in Ali Sabieh"],
  "SUI", "2026-06-12", "day", "Ali Sabieh", "DJ", 13, 37, "exact", None, None, False,
  "'Friday's' vs Saturday 13 June -> 12 June. Revised toll inside the report: 'five dead' -> 'ten bodies' -> three died overnight -> 'risen to 13, the two bombers among them' -> 13 (inside), exact; '37 people were wounded' -> 37; '11 of them seriously' is a subset. No claim -> null. 'aged about 20' is an age; '200 km', '80 percent', 'three days' are not casualties."),
E(12, ["several hundred residents marched to the prefecture"],
  "PP", "2026-06-12", "day", "Ali Sabieh", "DJ", None, None, None, None, None, False,
  "'On Friday evening' vs Saturday 13 June -> 12 June. A march with a demand that ends peacefully -> Peaceful protest; null actor. 'several hundred' are participants."),
E(12, ["police bomb-disposal experts defused a third explosive vest"],
  "DWU", "2026-06-13", "day", "Ali Sabieh", "DJ", None, None, None, "police", None, False,
  "'On Saturday morning' = publication day, 13 June. A vest defused on its own -> Disrupted weapons use, 'police'. 'about 3 kg of TNT' is a weight. 'No one has been arrested in the town so far' -> no arrest."),
]

# -------------------------------------------------------------- holdout21-013
ARTICLES.append(A(13, "fr", "article", "2026-06-15T11:00:00Z",
"Les shebab revendiquent le double attentat d'Ali Sabieh, l'État islamique dément",
"""
Les shebab somaliens ont revendiqué dimanche le double attentat-suicide de vendredi à Ali Sabieh, dans un message diffusé par une radio proche du groupe. Ils affirment avoir visé « les soldats djiboutiens et leurs alliés » et disent avoir fait « plus de quarante morts ».

Le ministre de l'Intérieur a qualifié ce chiffre de « propagande », sans contester l'authenticité de la revendication. Le bilan officiel est de 12 morts, sans compter les deux kamikazes, et de 37 blessés, après le décès samedi soir d'un cheminot de 47 ans.

L'État islamique en Somalie, qu'un officier de la gendarmerie avait évoqué vendredi, a démenti toute implication dans un communiqué de trois lignes.

Les shebab reprochent depuis longtemps à Djibouti d'avoir envoyé des troupes en Somalie, où quelque 1 500 soldats djiboutiens servent au sein de la mission africaine. En octobre 2020, des combattants du groupe avaient attaqué une base du contingent djiboutien près de Maxaas, dans la région de Hiiraan, tuant quatre soldats. En mars 2021, ils avaient enlevé deux ingénieurs djiboutiens près de Feerfeer, à la frontière éthiopienne ; ils n'ont été libérés qu'au bout de onze mois.

Le mouvement a aussi tenté de recruter à Djibouti même. Il y a trois ans, la police avait arrêté à Tadjourah trois recruteurs présumés, dont un enseignant coranique de 52 ans, qui auraient envoyé une dizaine de jeunes vers la Somalie.

Pour un diplomate en poste dans la capitale, le choix d'Ali Sabieh, ville-étape sur la route et la voie ferrée vers l'Éthiopie, « vise le cœur économique du pays ». Près de 2 000 camions y passent chaque jour.

Le gouvernement a annoncé une récompense de 5 millions de francs Djibouti pour toute information sur les complices des kamikazes, ainsi qu'un numéro d'urgence, le 1717.
"""))
GOLD += [
E(13, ["Les shebab somaliens ont revendiqué dimanche le double attentat-suicide de vendredi à Ali Sabieh"],
  "SUI", "2026-06-12", "day", "Ali Sabieh", "DJ", 14, 37, "exact", "al-Shabaab", "al-Shabaab", False,
  "'vendredi' vs Monday 15 June -> 12 June (the claim came 'dimanche'). 'Les shebab' -> 'al-Shabaab'; the minister rejects the figure (« plus de quarante morts », the claimant's own, never used) but not the authorship -> claimant and perpetrator. '12 morts, sans compter les deux kamikazes, et de 37 blessés' -> 12 + 2 = 14 ('sans compter' adds the bombers), 37, exact; the railwayman who died on Saturday night raised it. The Islamic State's denial is not a claim. '47 ans', 'trois lignes' are not casualties."),
E(13, ["des combattants du groupe avaient attaqué une base du contingent djiboutien près de Maxaas"],
  "BAT", "2020-10-01", "month", "Maxaas", "SO", 4, None, "exact", "al-Shabaab", None, True,
  "'En octobre 2020' -> month, background. A named group ('du groupe' = al-Shabaab) attacking a military base -> Armed clash initiated by it; no claim mentioned -> claimed_by null. The base is in Somalia -> SO. 'tuant quatre soldats' -> 4. '1 500 soldats' are not casualties."),
E(13, ["ils avaient enlevé deux ingénieurs djiboutiens près de Feerfeer"],
  "ABD", "2021-03-01", "month", "Feerfeer", "SO", None, None, None, "al-Shabaab", None, True,
  "'En mars 2021' -> month, background. 'ils' = al-Shabaab, stated as fact -> perpetrator, no claim. Feerfeer is on the Somali side of the border with Ethiopia -> SO. 'deux ingénieurs' are abductees; 'onze mois' a span."),
E(13, ["la police avait arrêté à Tadjourah trois recruteurs présumés"],
  "ARR", "2023-01-01", "year", "Tadjourah", "DJ", None, None, None, "police", None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. 'police'. '52 ans' is an age; 'une dizaine de jeunes' are recruits, not casualties; '2 000 camions', '5 millions de francs Djibouti', '1717' are not casualties."),
]

# -------------------------------------------------------------- holdout21-014
ARTICLES.append(A(14, "en", "transcript", "2026-06-17T07:00:00Z",
"Horn FM Morning Briefing: arrests after the Ali Sabieh bombing",
"""
ANCHOR: Good morning, it is seven o'clock. Police in Djibouti say they arrested seven suspects in the capital on Monday over last Friday's twin suicide bombing in Ali Sabieh. The toll from that attack now stands at fifteen, counting the two bombers, after a schoolteacher died in hospital on Tuesday. Our reporter Hodan has been following the investigation. Hodan?

REPORTER: Thank you. The seven were picked up in dawn raids on three houses near the port. Police say two of them are brothers of one of the bombers. Then on Tuesday, gendarmes in Dikhil detained a 50-year-old trader who is suspected of renting the bombers a room for two weeks before the attack. About 60 other people have been questioned and released.

ANCHOR: And the claim?

REPORTER: Al-Shabaab, which claimed the attack on Sunday, has not published anything new. The government says it takes the claim seriously.

ANCHOR: With us in the studio is a security researcher. Is this a new front for al-Shabaab?

GUEST: Not quite new. In 2019, a suicide bomber claimed by al-Shabaab killed six people at a checkpoint in Borama, just across the border in Somaliland. And last August, Somaliland police arrested two men with an explosive vest in Zeila, less than 50 kilometres from Djibouti. What is new is that they have now struck inside the country.

ANCHOR: What should the government do?

GUEST: Watch the border crossings, and talk to the communities there. There are more than 20 informal crossings between Loyada and the Ethiopian border.

ANCHOR: Thank you both. After the news: the heat wave, with 46 degrees forecast in the capital, and the price of water.
"""))
GOLD += [
E(14, ["they arrested seven suspects in the capital on Monday"],
  "ARR", "2026-06-15", "day", "Djibouti", "DJ", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 17 June -> 15 June. 'in the capital' -> Djibouti (the city). 'police'. 'three houses' is not a casualty count."),
E(14, ["last Friday's twin suicide bombing in Ali Sabieh", "that attack"],
  "SUI", "2026-06-12", "day", "Ali Sabieh", "DJ", 15, None, "exact", "al-Shabaab", "al-Shabaab", False,
  "'last Friday' vs Wednesday 17 June -> 12 June. 'fifteen, counting the two bombers' -> 15 (inside), exact; the schoolteacher who died on Tuesday raised it. 'Al-Shabaab, which claimed the attack on Sunday' -> claimant and perpetrator. 'seven o'clock' is a time."),
E(14, ["gendarmes in Dikhil detained a 50-year-old trader"],
  "ARR", "2026-06-16", "day", "Dikhil", "DJ", None, None, None, "police", None, False,
  "'on Tuesday' vs Wednesday 17 June -> 16 June. The suspected facilitator (the landlord). Gendarmes -> 'police'. '50-year-old', 'two weeks' are not casualties; 'About 60 other people have been questioned and released' are not arrests."),
E(14, ["a suicide bomber claimed by al-Shabaab killed six people at a checkpoint in Borama"],
  "SUI", "2019-01-01", "year", "Borama", "SO", 6, None, "exact", "al-Shabaab", "al-Shabaab", True,
  "'In 2019' -> year, background. 'claimed by al-Shabaab' -> claimant and perpetrator. Somaliland -> SO. 'killed six people' -> 6 (as written)."),
E(14, ["Somaliland police arrested two men with an explosive vest in Zeila"],
  "ARR", "2025-08-01", "month", "Zeila", "SO", None, None, None, "police", None, True,
  "'last August' vs June 2026 -> August 2025, month, background. Somaliland police, in their own territory -> 'police', SO. The vest belongs to the arrest; '50 kilometres', 'more than 20 informal crossings', '46 degrees' are not casualties."),
]

# -------------------------------------------------------------- holdout21-015
ARTICLES.append(A(15, "fr", "article", "2026-06-20T08:00:00Z",
"Hommage. Moussa, le chef de gare qui connaissait tous les voyageurs",
"""
Il arrivait à la gare d'Ali Sabieh chaque matin à 6 heures, une heure avant tout le monde, avec un thermos de thé au gingembre qu'il partageait avec les porteurs. Moussa Ahmed Daher, 47 ans, chef de gare adjoint, a été tué le 12 juin par le second kamikaze, qui s'est fait exploser devant le bâtiment où il venait de sortir pour aider des blessés du marché.

Le double attentat-suicide, revendiqué par les shebab, a fait 15 morts, kamikazes compris. Moussa est l'une des trois victimes tuées devant la gare.

Entré aux chemins de fer en 1999, il avait connu la vieille ligne à voie métrique, puis la nouvelle ligne électrique inaugurée en 2018. « Il connaissait les 760 kilomètres jusqu'à Addis-Abeba comme sa poche », sourit un collègue conducteur. Il savait aussi, dit-on, le prénom de chaque commerçante qui montait à bord avec ses sacs de légumes.

En 2012, lors d'un déraillement sans gravité près de la frontière, il avait porté sur son dos une fillette jusqu'au village le plus proche, à 4 kilomètres. La famille de l'enfant est venue de Dire Dawa pour les funérailles, mardi.

Père de quatre enfants, il payait seul les études de sa fille aînée, inscrite en deuxième année de médecine. Ses collègues ont ouvert une collecte qui a déjà réuni 600 000 francs Djibouti.

Jeudi, le premier train a quitté la gare en klaxonnant trois fois. « C'était pour lui », dit le conducteur. Sur le quai, quelqu'un a posé un thermos.
"""))
GOLD += [
E(15, ["a été tué le 12 juin par le second kamikaze", "Le double attentat-suicide, revendiqué par les shebab"],
  "SUI", "2026-06-12", "day", "Ali Sabieh", "DJ", 15, None, "exact", "al-Shabaab", "al-Shabaab", False,
  "A tribute with no new event. 'le 12 juin' -> 12 June (8 days before Saturday 20 June -> current). '15 morts, kamikazes compris' -> 15 (inside), exact. 'revendiqué par les shebab' -> claimant and perpetrator 'al-Shabaab'. 'trois victimes tuées devant la gare' is a subset. '6 heures', '47 ans', '1999', '2018', '760 kilomètres', 'En 2012' (a derailment, an accident, not an event), '4 kilomètres', 'quatre enfants', '600 000 francs Djibouti', 'trois fois' are not casualties; the funeral ('mardi') is not coded."),
]
