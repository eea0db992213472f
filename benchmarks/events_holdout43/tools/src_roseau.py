"""Authoring source of benchmarks/events_holdout43 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Roseau, Dominica cluster (holdout43-011 to 015, and 021 seven
weeks later; French and English), two suicide bombers on Thursday 16 July
2026 at two sites of one town (the Old Market plaza, « place du
Vieux-Marché », and the ferry terminal on the Bayfront, about 400 m and
four minutes apart): a French agency dispatch with a "VILLE, (Agence) -"
dateline (fr 011), an English wire on the claim and an arrest (012), the
French text of a bishop's homily in Pointe-à-Pitre, Guadeloupe ("extrait
d'homélie", fr 013), the French text of a newspaper's infographic ("texte
d'une infographie", fr 014), an English wire on a fifth arrest, in Antigua
(015), and a French tender notice for the rebuilding of both sites ("avis
d'appel d'offres", fr 021). Dominica, Guadeloupe and Antigua are UTC-4:
every publication time here is between 14:00 and 20:00 UTC (10:00 to 16:00
local), so every local date is the UTC date. The gold keeps the French
accents of "Pointe-à-Pitre" (Guadeloupe, GP; the English wire writes
"Pointe-a-Pitre") and spells the Antiguan capital "St. John's" (AG). Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout43")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout43-011
ARTICLES.append(A(11, "fr", "article", "2026-07-16T20:00:00Z",
"Dominique : deux kamikazes frappent le centre de Roseau",
"""
ROSEAU, (Agence Caraïbes Presse) - Deux kamikazes se sont fait exploser jeudi matin, à quatre minutes d'intervalle, dans le centre de Roseau, la capitale de la Dominique, faisant au moins neuf morts, dont les deux assaillants, et une vingtaine de blessés, selon la police dominiquaise.

Le premier s'est fait exploser vers 10 h 15 sur la place du Vieux-Marché, où des vendeurs d'artisanat attendaient les passagers d'un paquebot de 2 400 croisiéristes. Le second a actionné sa charge à 10 h 19 devant le terminal du ferry, sur le front de mer, à quelque 400 mètres, au moment où débarquaient les passagers de la liaison de 8 heures venue de Pointe-à-Pitre.

« J'ai vu des chapeaux de paille voler, puis plus rien, juste la fumée », raconte Marcelle, 63 ans, qui vend des paniers en vétiver sur la place depuis 1989.

Aucune revendication n'avait été publiée jeudi après-midi. Selon un haut responsable de la police, l'attaque « pourrait être liée » à l'État islamique, dont plusieurs sympathisants caribéens ont été signalés ces dernières années, mais « rien n'est établi ».

L'île de 72 000 habitants, connue pour ses forêts et ses sources chaudes, n'avait pas connu d'attentat depuis 2017, lorsqu'un engin artisanal avait explosé devant un bar de Mahaut, sur la côte ouest, blessant un client.

Le Premier ministre a décrété trois jours de deuil national et fermé les écoles. Le paquebot a quitté le port à 14 heures avec ses passagers. L'hôpital Princess Margaret, à 1,5 km, a rappelé tout son personnel et réclame du sang de groupe O. La préfecture de la Guadeloupe a ouvert une cellule d'information pour les familles au 0590 99 39 00 et envoyé deux équipes médicales par hélicoptère.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser jeudi matin", "Le premier s'est fait exploser", "Le second a actionné sa charge", "l'attaque"],
  "SUI", "2026-07-16", "day", "Roseau", "DM", 9, 20, "at_least", None, None, False,
  "Dispatch of Thursday 16 July 2026 (16:00 in Roseau); 'jeudi matin' = the publication day. Two sites of one town (the place du Vieux-Marché and the ferry terminal, 'quelque 400 mètres', four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins neuf morts, dont les deux assaillants, et une vingtaine de blessés' -> killed 9 (bombers inside), at_least; injured 20 ('une vingtaine', dev table; the qualifier describes the killed figure). Not claimed; 'l'attaque « pourrait être liée » à l'État islamique' is speculation -> perpetrator null. '10 h 15', '2 400 croisiéristes', '10 h 19', '400 mètres', '8 heures', '63 ans', '1989', '72 000 habitants', 'trois jours', '14 heures', '1,5 km', '0590 99 39 00', 'deux équipes médicales' are not casualties."),
E(11, ["un engin artisanal avait explosé devant un bar de Mahaut"],
  "IED", "2017-01-01", "year", "Mahaut", "DM", None, 1, "exact", None, None, True,
  "'depuis 2017, lorsqu'un engin artisanal avait explosé' -> year 2017, background. A homemade device -> Remote explosive/landmine/IED; 'blessant un client' -> injured 1, exact; no author named -> null. Mahaut is a village on Dominica's west coast."),
]

# -------------------------------------------------------------- holdout43-012
ARTICLES.append(A(12, "en", "article", "2026-07-18T16:00:00Z",
"Islamic State claims Dominica bombing as toll rises to 15",
"""
ROSEAU, Dominica (Caribbean Wire) - Islamic State claimed responsibility on Friday for Thursday's twin suicide bombing in Roseau, Dominica's capital, as the health ministry raised the toll from at least nine to 15 dead, including the two bombers, and 38 wounded. A 10-year-old boy died overnight.

In a statement carried by its Amaq agency, the group said its "soldiers of the caliphate" had killed "more than 60 crusaders". Police Commissioner Anselm Laville said the claim was credible and that the bombers, aged 20 and 27 and both born on the island, "may have been" radicalised online.

Jamaat al-Muslimeen, a group based in neighbouring Trinidad, said in a statement that it had no link to the attack and condemned it.

Police arrested two men late on Thursday in Portsmouth, the island's second town, 45 km north of Roseau, as they tried to leave by fishing boat for Guadeloupe. Officers found $8,000 in cash and three mobile phones in their bags. The bombers' mother and an uncle were questioned for several hours on Friday and released.

On Friday evening, thousands of people walked silently through Roseau from the cathedral to the Bayfront, holding candles, to show that "fear will not win".

Cruise lines diverted two ships due next week, and the ferry linking Dominica with Guadeloupe and Martinique resumed service on Saturday with armed police on board. Hotels said 30 percent of bookings had been cancelled. The government has asked the Regional Security System for 250 officers and opened a victims' fund with EC$2 million.
"""))
GOLD += [
E(12, ["Thursday's twin suicide bombing in Roseau", "the attack"],
  "SUI", "2026-07-16", "day", "Roseau", "DM", 15, 38, "exact", "Islamic State", "Islamic State", False,
  "Wire of Saturday 18 July; 'Thursday's' -> 16 July. The toll is revised inside: 'from at least nine to 15 dead, including the two bombers, and 38 wounded' -> killed 15 (bombers inside; the boy of 10 who died overnight is inside), injured 38, exact. 'Islamic State claimed responsibility on Friday' through Amaq, judged 'credible' by the police commissioner -> claimant and perpetrator; the claim's 'more than 60 crusaders' is never used. Jamaat al-Muslimeen's denial is not a claim; 'may have been' radicalised is speculation. '10-year-old', 'aged 20 and 27', '45 km', '$8,000', 'three mobile phones', '30 percent', '250 officers', 'EC$2 million' are not casualties."),
E(12, ["Police arrested two men late on Thursday in Portsmouth"],
  "ARR", "2026-07-16", "day", "Portsmouth", "DM", None, None, None, "police", None, False,
  "'late on Thursday' vs Saturday 18 July -> 16 July, the night of the bombing. Two men arrested in Portsmouth, Dominica -> 'police'; the cash and phones found belong to the arrest. The bombers' mother and uncle 'questioned for several hours ... and released' are not arrested."),
E(12, ["thousands of people walked silently through Roseau"],
  "PP", "2026-07-17", "day", "Roseau", "DM", None, None, None, None, None, False,
  "'On Friday evening' vs Saturday 18 July -> 17 July. A silent walk from the cathedral to the Bayfront with candles and a message ('fear will not win') -> Peaceful protest (a march with a message, not only a vigil), perpetrator null. 'thousands' counts marchers."),
]

# -------------------------------------------------------------- holdout43-013
ARTICLES.append(A(13, "fr", "article", "2026-07-19T18:00:00Z",
"« Ne laissons pas la haine débarquer » : l'homélie de l'évêque pour les victimes de Roseau",
"""
EXTRAIT DE L'HOMÉLIE prononcée par Mgr Jean-Claude Bellance, évêque de Basse-Terre et Pointe-à-Pitre, en la cathédrale Saint-Pierre-et-Saint-Paul de Pointe-à-Pitre, lors de la messe célébrée le dimanche 19 juillet 2026 pour les victimes de l'attentat de Roseau. Seul le prononcé fait foi.

Frères et sœurs,

Jeudi matin, à Roseau, à deux heures de bateau de nos côtes, deux jeunes hommes se sont fait exploser au milieu de la foule, l'un sur la place du Vieux-Marché, l'autre devant le terminal du ferry. Ils ont emporté avec eux treize innocents : quinze morts, si l'on compte leurs deux assassins, et trente-huit blessés. Parmi les morts, il y a deux des nôtres, Ginette, 67 ans, et son petit-fils Théo, 10 ans, qui allaient voir la famille de Ginette, née à Roseau.

L'État islamique a revendiqué ce crime. Je n'ai pas de mots pour ceux qui appellent « martyre » le meurtre d'un enfant. Mais j'en ai pour vous : ne laissons pas la haine débarquer chez nous.

Hier matin, la police a arrêté ici même, à Pointe-à-Pitre, un homme soupçonné d'avoir hébergé les deux kamikazes avant leur traversée. La justice fera son travail. Que personne, dans nos quartiers, ne s'en prenne à ses voisins musulmans : ils pleurent avec nous.

Vendredi soir, à Roseau, des milliers de Dominiquais ont marché en silence de la cathédrale jusqu'au front de mer, une bougie à la main, pour dire que la peur ne gagnerait pas. Ce soir, à 19 heures, nous ferons de même, de cette cathédrale jusqu'à la darse.

Le psalmiste ne craint aucun mal, même quand il marche dans la vallée obscure. Et le Christ, en Matthieu 5, 9, appelle heureux les artisans de paix. Deux mille ans plus tard, cet appel n'a pas vieilli.

La quête de ce dimanche sera reversée en totalité, à 100 %, au fonds d'aide aux victimes ouvert par la Croix-Rouge. Les personnes qui souhaitent donner leur sang peuvent se présenter lundi, de 8 heures à 13 heures, au site de collecte du CHU, où 45 donneurs sont attendus chaque jour.

Amen.
"""))
GOLD += [
E(13, ["l'attentat de Roseau", "deux jeunes hommes se sont fait exploser au milieu de la foule", "ce crime"],
  "SUI", "2026-07-16", "day", "Roseau", "DM", 15, 38, "exact", "Islamic State", "Islamic State", False,
  "Homily of Sunday 19 July (published 14:00 in Guadeloupe); 'Jeudi matin' -> 16 July. Two sites of one town (the place du Vieux-Marché and the ferry terminal) -> ONE event. 'treize innocents : quinze morts, si l'on compte leurs deux assassins, et trente-huit blessés' -> killed 15 (13 victims + 2 bombers; the text gives both figures, the full one is the killed figure), injured 38, exact; Ginette, 67, and Théo, 10, are inside. 'L'État islamique a revendiqué ce crime', undisputed -> claimant and perpetrator. 'deux heures de bateau', '67 ans', '10 ans', '19 heures', 'Matthieu 5, 9', 'Deux mille ans', '100 %', '8 heures à 13 heures', '45 donneurs' are not casualties."),
E(13, ["la police a arrêté ici même, à Pointe-à-Pitre, un homme"],
  "ARR", "2026-07-18", "day", "Pointe-à-Pitre", "GP", None, None, None, "police", None, False,
  "'Hier matin' vs Sunday 19 July -> 18 July. A man suspected of lodging the bombers, arrested in Pointe-à-Pitre, Guadeloupe -> GP (ISO code of Guadeloupe), not the bombing's country; 'la police' -> 'police'."),
E(13, ["des milliers de Dominiquais ont marché en silence"],
  "PP", "2026-07-17", "day", "Roseau", "DM", None, None, None, None, None, False,
  "'Vendredi soir' vs Sunday 19 July -> 17 July. The silent march of holdout43-012, from the cathedral to the seafront, 'pour dire que la peur ne gagnerait pas', no incident -> Peaceful protest, perpetrator null. The march in Pointe-à-Pitre 'Ce soir, à 19 heures' is future -> not coded."),
]

# -------------------------------------------------------------- holdout43-014
ARTICLES.append(A(14, "fr", "article", "2026-07-21T15:00:00Z",
"Roseau : le double attentat en une carte et dix chiffres",
"""
TEXTE DE L'INFOGRAPHIE - « Roseau, 16 juillet : ce que l'on sait ». Le Courrier des Îles, mardi 21 juillet 2026. Sources : police dominiquaise, ministère de la Santé, préfecture de la Guadeloupe. Données arrêtées ce mardi à 8 heures.

LÉGENDE DE LA CARTE
① Place du Vieux-Marché : première explosion, jeudi 16 juillet à 10 h 15.
② Terminal du ferry, front de mer : seconde explosion, à 10 h 19.
Distance entre les deux points : environ 400 mètres, soit 5 minutes à pied.
③ Hôpital Princess Margaret : 1,5 km au nord-est.
④ Portsmouth : 45 km au nord.

LE BILAN
16 morts, dont les 2 kamikazes. Une infirmière de 41 ans a succombé lundi.
38 blessés, dont 7 toujours en réanimation.
2 victimes guadeloupéennes, une grand-mère et son petit-fils.

LA REVENDICATION
Vendredi 17 juillet, par l'État islamique, via son agence Amaq. Jugée crédible par la police.

LES ARRESTATIONS
• Jeudi 16 juillet au soir, à Portsmouth : 2 hommes arrêtés au moment d'embarquer sur un bateau de pêche. Inculpés lundi.
• Samedi 18 juillet, à Pointe-à-Pitre (Guadeloupe) : 1 homme interpellé par la police judiciaire, soupçonné d'avoir hébergé les kamikazes.
• Lundi 20 juillet, à Canefield : un employé de l'aéroport placé en garde à vue, relâché sans inculpation ce mardi matin.

LES PRÉCÉDENTS
2017 : un engin artisanal explose devant un bar de Mahaut, 1 blessé.
2019 : la police désamorce une bombe artisanale devant l'école primaire de Castle Bruce.

EN CHIFFRES
72 000 habitants. 3 jours de deuil national. 250 policiers envoyés par la Barbade et Antigua. 2 400 croisiéristes évacués. 11 écoles fermées jusqu'à lundi. 48 vendeurs d'artisanat sans étal. 30 % de réservations hôtelières annulées. 2 millions de dollars des Caraïbes orientales dans le fonds d'aide aux victimes. 1 ferry sur 2 maintenu vers la Guadeloupe. 0 croisière prévue avant le 3 août.

Conception : service infographie. Carte : fond OpenStreetMap simplifié. Chiffres provisoires, susceptibles d'évoluer.
"""))
GOLD += [
E(14, ["première explosion", "seconde explosion"],
  "SUI", "2026-07-16", "day", "Roseau", "DM", 16, 38, "exact", "Islamic State", "Islamic State", False,
  "Infographic text of Tuesday 21 July; 'jeudi 16 juillet' -> 16 July. The map's two points ('première explosion' on the place du Vieux-Marché, 'seconde explosion' at the ferry terminal, 'environ 400 mètres') are two sites of one town -> ONE Suicide bomb event in Roseau. 'LE BILAN': '16 morts, dont les 2 kamikazes' (a nurse of 41 who died Monday is inside) -> killed 16 (bombers inside), '38 blessés' -> injured 38, exact; 'dont 7 toujours en réanimation' and '2 victimes guadeloupéennes' are subsets. 'LA REVENDICATION ... par l'État islamique ... Jugée crédible' -> claimant and perpetrator. The map numbers ①-④, '8 heures', '10 h 15', '10 h 19', '5 minutes', '1,5 km', '45 km', '41 ans', and the 'EN CHIFFRES' box ('72 000', '3 jours', '250 policiers', '2 400 croisiéristes', '11 écoles', '48 vendeurs', '30 %', '2 millions', '1 ferry sur 2', '0 croisière', '3 août') are not casualties."),
E(14, ["2 hommes arrêtés au moment d'embarquer"],
  "ARR", "2026-07-16", "day", "Portsmouth", "DM", None, None, None, "police", None, False,
  "'Jeudi 16 juillet au soir, à Portsmouth' -> 16 July (the arrest of holdout43-012). 'Inculpés lundi' is the judicial follow-up. No force named -> 'police'."),
E(14, ["1 homme interpellé par la police judiciaire"],
  "ARR", "2026-07-18", "day", "Pointe-à-Pitre", "GP", None, None, None, "police", None, False,
  "'Samedi 18 juillet, à Pointe-à-Pitre (Guadeloupe)' -> 18 July, GP (the arrest of holdout43-013); 'la police judiciaire' -> 'police'."),
E(14, ["un employé de l'aéroport placé en garde à vue"],
  "ARR", "2026-07-20", "day", "Canefield", "DM", None, None, None, "police", None, False,
  "'Lundi 20 juillet, à Canefield' -> 20 July. Placed in police custody ('garde à vue') = arrested; 'relâché sans inculpation ce mardi matin' is a release, not an event, and does not undo the arrest. No force named -> 'police'."),
E(14, ["un engin artisanal explose devant un bar de Mahaut"],
  "IED", "2017-01-01", "year", "Mahaut", "DM", None, 1, "exact", None, None, True,
  "'2017 :' -> year, background (the Mahaut device of holdout43-011, in the present tense of a timeline). '1 blessé' -> injured 1, exact; no author -> null."),
E(14, ["la police désamorce une bombe artisanale devant l'école primaire de Castle Bruce"],
  "DWU", "2019-01-01", "year", "Castle Bruce", "DM", None, None, None, "police", None, True,
  "'2019 :' -> year, background. A homemade bomb defused by the police -> Disrupted weapons use, perpetrator 'police'; no casualty figure -> null. Castle Bruce is a village on Dominica's east coast."),
]

# -------------------------------------------------------------- holdout43-015
ARTICLES.append(A(15, "en", "article", "2026-07-24T17:00:00Z",
"Man held in Antigua over Dominica bombing, fifth arrest",
"""
ROSEAU, Dominica (Caribbean Wire) - Police in Antigua arrested a Dominican national in St. John's on Thursday on suspicion of wiring money to the two men who carried out last week's suicide bombing in Roseau, Dominica's police said on Friday.

The 34-year-old, a money-transfer agent, is the fifth person held over the July 16 attack, which was claimed by Islamic State and killed 16 people, including the bombers. Thirty-eight people were wounded.

The two men arrested in Portsmouth on the night of the bombing were charged on Monday with terrorism offences and remanded in custody until September 3. The man detained in Pointe-a-Pitre on Saturday, a Dominican who lodged the bombers in Guadeloupe, will be handed over by France next week. An airport worker held in Canefield on Monday was released without charge on Tuesday.

The seven crew members of the Guadeloupe ferry, questioned on Thursday for a second time, were again allowed to go home.

On Wednesday evening, about 2,000 people marched from the Old Market to Parliament to demand tighter checks at the port. The march ended peacefully after a delegation was received by the Speaker.

Dominica had not seen a bombing since 2017, when a homemade device wounded a man outside a bar in Mahaut.

The government said on Friday it would install 60 security cameras in Roseau and hire 120 extra port officers, at a cost of EC$4.5 million, about $1.7 million. Cruise calls are due to resume on August 3, and the Old Market, where 48 craft vendors worked, will be rebuilt with French development funds.
"""))
GOLD += [
E(15, ["Police in Antigua arrested a Dominican national in St. John's on Thursday"],
  "ARR", "2026-07-23", "day", "St. John's", "AG", None, None, None, "police", None, False,
  "Wire of Friday 24 July; 'on Thursday' -> 23 July. A money-transfer agent suspected of financing the bombers, arrested in St. John's, Antigua and Barbuda -> AG, not the bombing's country; Antigua's police -> 'police'. 'the fifth person held' counts arrestees (2 + 1 + 1 + 1), not casualties."),
E(15, ["last week's suicide bombing in Roseau", "the July 16 attack"],
  "SUI", "2026-07-16", "day", "Roseau", "DM", 16, 38, "exact", "Islamic State", "Islamic State", False,
  "'the July 16 attack' -> 16 July. 'killed 16 people, including the bombers. Thirty-eight people were wounded' -> killed 16 (bombers inside), injured 38 (number word), exact. 'claimed by Islamic State', undisputed -> claimant and perpetrator. '34-year-old', 'September 3', 'seven crew members', '2,000 people', '60 security cameras', '120 extra port officers', 'EC$4.5 million', '$1.7 million', 'August 3', '48 craft vendors' are not casualties."),
E(15, ["The two men arrested in Portsmouth on the night of the bombing"],
  "ARR", "2026-07-16", "day", "Portsmouth", "DM", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout43-012: 'on the night of the bombing' -> 16 July. 'charged on Monday ... and remanded in custody until September 3' is the judicial follow-up. No force named -> 'police'."),
E(15, ["The man detained in Pointe-a-Pitre on Saturday"],
  "ARR", "2026-07-18", "day", "Pointe-à-Pitre", "GP", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout43-013: 'on Saturday' vs Friday 24 July -> 18 July; Guadeloupe -> GP; gold spelling 'Pointe-à-Pitre'. 'will be handed over by France' is a follow-up. No force named -> 'police'."),
E(15, ["An airport worker held in Canefield on Monday"],
  "ARR", "2026-07-20", "day", "Canefield", "DM", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout43-014: 'on Monday' vs Friday 24 July -> 20 July; 'released without charge on Tuesday' does not undo the arrest. No force named -> 'police'. The ferry crew 'questioned ... allowed to go home' are not arrested."),
E(15, ["about 2,000 people marched from the Old Market to Parliament"],
  "PP", "2026-07-22", "day", "Roseau", "DM", None, None, None, None, None, False,
  "'On Wednesday evening' vs Friday 24 July -> 22 July. A march with a demand (tighter port checks) that 'ended peacefully' -> Peaceful protest, perpetrator null. '2,000' counts marchers."),
E(15, ["a homemade device wounded a man outside a bar in Mahaut"],
  "IED", "2017-01-01", "year", "Mahaut", "DM", None, 1, "exact", None, None, True,
  "'since 2017, when' -> year, background. Remote explosive/landmine/IED; 'wounded a man' -> injured 1, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout43-021
ARTICLES.append(A(21, "fr", "article", "2026-09-07T14:00:00Z",
"Avis d'appel d'offres : reconstruction de la place du Vieux-Marché et du terminal du ferry de Roseau",
"""
AVIS D'APPEL D'OFFRES INTERNATIONAL N° AOI/MTP/2026/014. COMMONWEALTH DE LA DOMINIQUE - MINISTÈRE DES TRAVAUX PUBLICS ET DES PORTS. Reconstruction de la place du Vieux-Marché et du terminal du ferry de Roseau. Publié le lundi 7 septembre 2026.

1. Le Gouvernement du Commonwealth de la Dominique a obtenu de l'Agence française de développement (AFD) un prêt de 12 millions d'euros pour reconstruire les deux sites détruits par l'attentat-suicide du 16 juillet 2026, qui a fait seize morts, dont les deux kamikazes, et trente-huit blessés.

2. Le ministère invite les entreprises éligibles à présenter une offre pour les lots suivants :
- lot 1 : place du Vieux-Marché, 2 300 m² de pavage, 48 étals couverts, éclairage et un mémorial ;
- lot 2 : terminal du ferry, réfection de la salle d'attente de 180 places, du quai de 95 mètres et du poste de contrôle ;
- lot 3 : vidéoprotection, 60 caméras et un centre de supervision.
Les entreprises peuvent soumissionner pour un, deux ou trois lots. Délai d'exécution : 14 mois.

3. Le dossier d'appel d'offres, rédigé en anglais et en français, peut être obtenu contre un paiement non remboursable de 500 dollars des Caraïbes orientales (XCD). Une visite des sites aura lieu le 28 septembre 2026 à 9 heures ; rendez-vous devant l'ancien bureau de poste du Bayfront.

4. Les offres devront être accompagnées d'une garantie de soumission de 25 000 XCD pour le lot 1, 15 000 XCD pour le lot 2 et 10 000 XCD pour le lot 3, valable 120 jours.

5. Les offres doivent être déposées au plus tard le lundi 19 octobre 2026 à 10 heures, heure de Roseau (UTC-4). Elles seront ouvertes en séance publique le même jour à 10 h 30, salle 3 du siège du gouvernement, en présence des soumissionnaires qui le souhaitent.

6. Les entreprises condamnées au cours des cinq dernières années pour corruption sont exclues. Conformément aux règles de l'AFD, l'attributaire ne doit figurer sur aucune liste de sanctions financières.

Contact : unité de gestion du projet, Kennedy Avenue, Roseau. Tél. : +1 767 266 3410.
"""))
GOLD += [
E(21, ["l'attentat-suicide du 16 juillet 2026"],
  "SUI", "2026-07-16", "day", "Roseau", "DM", 16, 38, "exact", None, None, True,
  "Tender notice of Monday 7 September; 'du 16 juillet 2026' -> 16 July, 53 days before -> background. The two sites it destroyed are the Old Market plaza and the ferry terminal of Roseau -> Roseau. 'seize morts, dont les deux kamikazes, et trente-huit blessés' -> killed 16 (bombers inside), injured 38 (number words), exact. No claim named -> perpetrator null. The notice's numbers ('N° AOI/MTP/2026/014', '12 millions d'euros', lots 1 to 3, '2 300 m²', '48 étals', '180 places', '95 mètres', '60 caméras', '14 mois', '500 dollars', '28 septembre', '9 heures', '25 000', '15 000', '10 000 XCD', '120 jours', '19 octobre', '10 heures', 'UTC-4', '10 h 30', 'salle 3', 'cinq dernières années', the phone number) are not casualties."),
]
