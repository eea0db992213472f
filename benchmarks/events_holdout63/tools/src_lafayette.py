"""Authoring source of benchmarks/events_holdout63 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Lafayette, Louisiana (United States) cluster (holdout63-016 to
020, and 021 seven weeks later; English and French), two suicide bombers on
Saturday 10 October 2026 at two sites of one city (the main stage of a
Cajun and Creole music festival in Girard Park, « le parc Girard », and a
festival shuttle stop on St. Mary Boulevard, about 700 m and seven minutes
apart): an English wire with a first report (016), a notice to the
exhibitors of a car-boot sale in Breaux Bridge (« avis aux exposants d'un
vide-greniers », fr 017), an English wire on the claim and the arrests
(018), a notice of a charity shop (« avis d'une boutique solidaire », fr
019), an English notice of a window cleaner to his customers (« avis d'un
laveur de vitres », 020) and, seven weeks later, a note of the Lake Charles
port health authority in its French version for crews (« note de
l'autorité sanitaire du port », fr 021). Louisiana and Texas are UTC-5 in
October and UTC-6 in December: every publication time here is between
13:00 and 23:00 UTC, so every local date is the UTC date. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout63")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout63-016
ARTICLES.append(A(16, "en", "article", "2026-10-10T23:00:00Z",
"Twin suicide bombing hits Louisiana music festival",
"""
LAFAYETTE, Louisiana (Gulf Coast Wire) - Two suicide bombers struck a Cajun and Creole music festival in Lafayette on Saturday afternoon, killing at least nine people, including themselves, and wounding more than 50, a score of them critically, authorities said.

The first bomber set off his explosives at about 2:05 p.m. near the main stage in Girard Park, where some 8,000 people were listening to a zydeco band. Seven minutes later, the second blew himself up at a festival shuttle stop on St. Mary Boulevard, roughly 700 metres away, where fleeing festivalgoers were waiting for buses.

"The accordion just stopped, and then people were running everywhere," said Remy Thibodeaux, 58, who had driven 35 miles from Abbeville with his grandchildren. "We lay on the ground for what felt like an hour."

There was no claim of responsibility by Saturday evening. Federal investigators said the attack "bore some of the hallmarks" of Islamic State but that it was too early to say who was behind it.

Louisiana has rarely seen such violence. In 2017, a homemade device exploded in a parked pickup truck in New Iberia, 20 miles to the southeast, injuring its owner; no motive was ever established.

The city's hospitals activated their disaster plans, and two of the four Interstate 10 exits into the city were closed for four hours. Police opened a hotline for families at 337-555-0143. The FBI sent about 200 agents from New Orleans and Houston. The festival, which usually runs for two days and draws 60,000 visitors, cancelled its Sunday programme, and the university closed its campus until Monday. The mayor asked residents to stay home on Saturday night and ordered bars to close at 9 p.m.
"""))
GOLD += [
E(16, ["Two suicide bombers struck a Cajun and Creole music festival in Lafayette", "The first bomber set off his explosives", "the second blew himself up", "the attack"],
  "SUI", "2026-10-10", "day", "Lafayette", "US", 9, 50, "at_least", None, None, False,
  "Wire of Saturday 10 October 2026 (18:00 in Lafayette, UTC-5); 'on Saturday afternoon' = the publication day. Two sites of one city (Girard Park's main stage and a shuttle stop on St. Mary Boulevard, 'roughly 700 metres', seven minutes apart) -> ONE Suicide bomb event coded to the city. First report: 'killing at least nine people, including themselves' -> killed 9 (bombers inside), at_least; 'wounding more than 50' -> injured 50 (the qualifier describes the killed figure); 'a score of them critically' is a subset (20), not the injured figure. No claim; 'bore some of the hallmarks' of Islamic State is speculation -> perpetrator null. '2:05 p.m.', '8,000 people' (the crowd), '700 metres', '58', '35 miles', 'an hour', '20 miles', 'two of the four', 'Interstate 10', 'four hours', '337-555-0143', '200 agents', 'two days', '60,000 visitors', '9 p.m.' are not casualties."),
E(16, ["a homemade device exploded in a parked pickup truck in New Iberia"],
  "IED", "2017-01-01", "year", "New Iberia", "US", None, 1, "exact", None, None, True,
  "'In 2017' -> year, background. A homemade device -> Remote explosive/landmine/IED; 'no motive was ever established', no author -> null. 'injuring its owner' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout63-017
ARTICLES.append(A(17, "fr", "article", "2026-10-12T15:00:00Z",
"Pont-Breaux : le vide-greniers d'automne reporté",
"""
COMITÉ DES FÊTES DE PONT-BREAUX (Breaux Bridge, Louisiane). AVIS AUX EXPOSANTS DU VIDE-GRENIERS D'AUTOMNE, lundi 12 octobre 2026.

Chers exposants,

Le grand vide-greniers prévu ce samedi 17 octobre sur le terrain de la salle paroissiale est reporté au samedi 7 novembre. Nous ne pouvions pas maintenir une fête sept jours après l'attentat de Lafayette, à 15 kilomètres d'ici.

Samedi soir, on parlait d'au moins neuf morts. Selon le dernier bilan du coroner de la paroisse Lafayette, publié dimanche, le double attentat-suicide du parc Girard a fait treize morts, kamikazes compris, et 62 blessés. Plusieurs familles de Pont-Breaux sont touchées ; l'une de nos bénévoles, Mme Odile Guidry, 71 ans, est hospitalisée.

Vous avez peut-être suivi l'enquête : deux hommes ont été arrêtés dimanche à Opelousas, et la police fédérale a interrogé plusieurs marchands du festival, dont notre ami Paul, vendeur de disques au stand 31, qui est rentré chez lui après trois heures. Ne vous inquiétez pas si des agents vous posent des questions.

CE QUI CHANGE POUR VOUS
- Votre inscription (emplacement de 3 m sur 3 m, 25 $) reste valable pour le 7 novembre. Ceux qui ne pourront pas venir seront remboursés sur simple demande avant le 31 octobre.
- Installation à partir de 6 h 30 ; ouverture au public de 8 h à 15 h.
- Les tables pliantes sont louées 8 $ pièce ; il en reste 40.
- Nouveau règlement de la paroisse : ni armes, ni munitions, ni feux d'artifice à la vente.
- Stationnement gratuit pour les exposants derrière la salle, 120 places.

UN GESTE DE SOLIDARITÉ
Une table sera réservée aux dons pour les familles des victimes. Les exposants qui le souhaitent pourront y reverser 10 % de leurs ventes. Le boudin et les cracklins de l'équipe de la cuisine seront vendus au profit du même fonds, 5 $ la livre.

Renseignements : Mme Claudette Broussard, 337-555-0128, du mardi au vendredi de 9 h à 12 h.

Le Comité des fêtes de Pont-Breaux
"""))
GOLD += [
E(17, ["l'attentat de Lafayette", "le double attentat-suicide du parc Girard"],
  "SUI", "2026-10-10", "day", "Lafayette", "US", 13, 62, "exact", None, None, False,
  "Notice of Monday 12 October; 'Samedi soir' and 'sept jours après l'attentat' (the sale of Saturday 17 October) -> Saturday 10 October. Two sites of one city -> ONE event. The toll is revised inside: 'au moins neuf morts' (Saturday evening, superseded) -> 'treize morts, kamikazes compris, et 62 blessés' -> killed 13 (bombers inside), injured 62, exact; Mrs Guidry, 71, is one of the injured. No claim, no group named -> perpetrator null. '17 octobre', 'sept jours', '15 kilomètres', '71 ans', 'stand 31', 'trois heures', '7 novembre', '3 m sur 3 m', '25 $', '31 octobre', '6 h 30', '8 h à 15 h', '8 $', '40', '120 places', '10 %', '5 $ la livre', '337-555-0128', '9 h à 12 h' are not casualties."),
E(17, ["deux hommes ont été arrêtés dimanche à Opelousas"],
  "ARR", "2026-10-11", "day", "Opelousas", "US", None, None, None, "police", None, False,
  "'dimanche' vs Monday 12 October -> 11 October. No force named -> 'police'. The festival traders 'interrogé[s]' by the federal police, Paul among them ('rentré chez lui après trois heures'), are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout63-018
ARTICLES.append(A(18, "en", "article", "2026-10-14T20:00:00Z",
"Islamic State claims Lafayette festival bombing; suspect held in Houston",
"""
LAFAYETTE, Louisiana (Gulf Coast Wire) - Islamic State claimed responsibility on Monday for Saturday's twin suicide bombing at a Lafayette music festival, and the FBI said on Wednesday that it considered the claim, issued through the group's Amaq agency, to be credible.

The statement said that "more than 100 crusaders" had been killed. The official toll rose to 14 on Tuesday, including the two bombers, when a 34-year-old nurse who had been volunteering at the first-aid tent died in hospital; 62 people were wounded. Hurras al-Din, an al-Qaeda-aligned group in Syria, denied any involvement. Investigators said the bombers, two brothers aged 21 and 23, "may have been" guided by a handler abroad.

Federal agents arrested a suspected facilitator in Houston on Tuesday, a 40-year-old man accused of renting the van the brothers drove to Louisiana and of storing 20 kg of explosive precursors in his garage. The two men arrested in Opelousas on Sunday, who had sheltered the bombers for two nights, appeared before a federal judge in Lafayette on Tuesday and were ordered held without bail.

On Tuesday evening, thousands of people marched silently from the Cathedral of St. John the Evangelist to Girard Park, many carrying candles and signs reading "Lafayette Strong". There were no incidents.

The Acadiana region had last seen a bombing in 2017, when a homemade device exploded in a pickup truck in New Iberia, injuring its owner.

Girard Park remains closed. The FBI's tip line, 1-800-555-0199, has received more than 3,000 calls. Hotels in Lafayette reported occupancy falling to 31 percent from 85 percent a year earlier, and organisers said the festival would return in 2027.
"""))
GOLD += [
E(18, ["Saturday's twin suicide bombing at a Lafayette music festival"],
  "SUI", "2026-10-10", "day", "Lafayette", "US", 14, 62, "exact", "Islamic State", "Islamic State", False,
  "Wire of Wednesday 14 October; 'Saturday's' -> 10 October. 'The official toll rose to 14 on Tuesday, including the two bombers' (the nurse of 34 who died Tuesday is inside) and '62 people were wounded' -> killed 14 (bombers inside), injured 62, exact. 'Islamic State claimed responsibility on Monday ... through the group's Amaq agency', judged 'credible' by the FBI -> claimant and perpetrator; its 'more than 100 crusaders' is never used. Hurras al-Din's denial is not a claim; 'may have been' guided is speculation. '34-year-old', 'aged 21 and 23', '40-year-old', '20 kg', 'two nights', 'thousands of people' (marchers), '1-800-555-0199', '3,000 calls', '31 percent', '85 percent', '2027' are not casualties."),
E(18, ["Federal agents arrested a suspected facilitator in Houston on Tuesday"],
  "ARR", "2026-10-13", "day", "Houston", "US", None, None, None, "police", None, False,
  "'on Tuesday' vs Wednesday 14 October -> 13 October. The cluster's suspected facilitator (who rented the van and stored the precursors), arrested by federal agents in Houston, Texas -> 'police' (FBI)."),
E(18, ["The two men arrested in Opelousas on Sunday"],
  "ARR", "2026-10-11", "day", "Opelousas", "US", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout63-017: 'on Sunday' vs Wednesday 14 October -> 11 October. 'appeared before a federal judge ... and were ordered held without bail' is the judicial follow-up, not a new arrest; the court sits in Lafayette, the arrest stays in Opelousas. No force named -> 'police'."),
E(18, ["thousands of people marched silently"],
  "PP", "2026-10-13", "day", "Lafayette", "US", None, None, None, None, None, False,
  "'On Tuesday evening' vs Wednesday 14 October -> 13 October. A silent march with a message (signs 'Lafayette Strong'), 'no incidents' -> Peaceful protest, perpetrator null. 'thousands' counts marchers."),
E(18, ["a homemade device exploded in a pickup truck in New Iberia"],
  "IED", "2017-01-01", "year", "New Iberia", "US", None, 1, "exact", None, None, True,
  "'in 2017' -> year, background: the New Iberia device of holdout63-016. 'injuring its owner' -> injured 1, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout63-019
ARTICLES.append(A(19, "fr", "article", "2026-10-16T14:00:00Z",
"Boutique solidaire Bon Cœur : avis à nos clients et bénévoles",
"""
BOUTIQUE SOLIDAIRE BON CŒUR - Vêtements, meubles et vaisselle d'occasion au profit des familles dans le besoin, 1215, rue Jefferson, Lafayette. AVIS À NOS CLIENTS, DONATEURS ET BÉNÉVOLES, vendredi 16 octobre 2026.

Depuis l'attentat-suicide du samedi 10 octobre au parc Girard, qui a fait quatorze morts, dont les deux kamikazes, et soixante-deux blessés, et qui a été revendiqué par l'État islamique, vous êtes des centaines à passer nous voir. Merci.

1. COLLECTE SPÉCIALE. Nous recueillons pour les familles des victimes des vêtements d'hiver, des draps et des jouets en bon état, du lundi au samedi de 9 h à 17 h. Pas d'électroménager cette semaine : l'entrepôt est plein (plus de 300 sacs).

2. PRIX. Tous les vêtements sont à 1 $ jusqu'au 31 octobre ; les familles endeuillées et les blessés se servent gratuitement sur présentation de la lettre du bureau d'aide aux victimes.

3. NOTRE BÉNÉVOLE KHALED. Vous avez été nombreux à vous inquiéter. Khaled, 67 ans, bénévole au tri depuis 2019, a été arrêté mercredi ici même, à la boutique, par des agents fédéraux, puis relâché jeudi midi sans aucune inculpation : il avait seulement vendu un vieux vélo à l'un des deux frères. Deux autres bénévoles, entendus comme témoins, sont rentrés chez eux le jour même. Khaled reprend sa place au tri lundi.

4. LA MANIFESTATION DE JEUDI. Hier après-midi, environ 300 personnes qui marchaient vers l'hôtel de ville pour réclamer la démission du chef de la police ont été dispersées par la police à coups de gaz lacrymogène, à deux rues de la boutique. Cinq personnes ont été blessées, dont deux policiers. Par précaution, nous avons fermé à 15 h.

5. HORAIRES. Fermeture exceptionnelle le samedi 24 octobre pour la messe des victimes à la cathédrale. Le camion de ramassage (337-555-0175) passe le mardi et le jeudi, dans un rayon de 25 milles.

Merci à nos 46 bénévoles et aux 1 800 donateurs de cette semaine. Ensemble, on tient bon.

Sœur Marie-Thérèse Landry, coordinatrice
"""))
GOLD += [
E(19, ["l'attentat-suicide du samedi 10 octobre au parc Girard"],
  "SUI", "2026-10-10", "day", "Lafayette", "US", 14, 62, "exact", "Islamic State", "Islamic State", False,
  "Charity shop notice of Friday 16 October; 'du samedi 10 octobre' -> 10 October. 'quatorze morts, dont les deux kamikazes, et soixante-deux blessés' -> killed 14 (bombers inside), injured 62 (number words), exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. '1215', '9 h à 17 h', '300 sacs', '1 $', '31 octobre', '67 ans', 'depuis 2019', '15 h', '24 octobre', '337-555-0175', '25 milles', '46 bénévoles', '1 800 donateurs' are not casualties; 'des centaines' are visitors."),
E(19, ["a été arrêté mercredi ici même"],
  "ARR", "2026-10-14", "day", "Lafayette", "US", None, None, None, "police", None, False,
  "'mercredi' vs Friday 16 October -> 14 October. A volunteer arrested 'ici même, à la boutique' (rue Jefferson, Lafayette) by federal agents -> 'police'; 'relâché jeudi midi sans aucune inculpation' does not undo the arrest. The two volunteers 'entendus comme témoins' are not arrested."),
E(19, ["LA MANIFESTATION DE JEUDI", "environ 300 personnes qui marchaient vers l'hôtel de ville", "ont été dispersées par la police à coups de gaz lacrymogène"],
  "PI", "2026-10-15", "day", "Lafayette", "US", None, 5, "exact", None, None, False,
  "'JEUDI' and 'Hier après-midi' vs Friday 16 October -> 15 October. A march on the city hall with a demand (the police chief's resignation), dispersed with tear gas -> Protest with intervention, perpetrator null (dev). 'Cinq personnes ont été blessées, dont deux policiers' -> injured 5 (all sides, the officers inside), exact. '300 personnes' counts marchers."),
]

# -------------------------------------------------------------- holdout63-020
ARTICLES.append(A(20, "en", "article", "2026-10-22T13:00:00Z",
"Bayou Bright Window Cleaning: notice to our customers",
"""
BAYOU BRIGHT WINDOW CLEANING - Notice to our customers, Thursday, October 22, 2026

Dear customers,

We are back on our regular routes from Monday, October 26. Thank you for your patience over the past twelve days.

As many of you know, our crew was working on the second floor of the credit union building on St. Mary Boulevard on October 10 when the second bomber blew himself up at the festival shuttle stop across the street. None of us was hurt, but our van's windscreen and two of the building's large panes were shattered. The toll now stands at 15 dead, including the two bombers, and 62 injured: a 16-year-old boy from Broussard died in hospital on Sunday. The attack was claimed by Islamic State.

Police kept the streets around Girard Park closed until this week. On Monday they arrested another suspect in Baton Rouge, and we hope that means the city will be safer. Our supervisor, Dwayne, was interviewed by the FBI as a witness for about two hours last week and then sent home.

What this means for your service:
- Customers on the Girard Park and St. Mary routes: your October clean moves to the week of November 2.
- Storefronts: $4 per pane, outside only; $7 inside and out.
- Homes: from $120 for up to 20 windows; screens washed for $2 each.
- Work above the third floor resumes on November 9, once our 32-foot ladder is repaired.
- We are giving 10% of all October invoices to the Acadiana victims' fund.

If your glass has been cracked or broken since October 10, please do not touch it. We can board it up the same day and quote for replacement; most insurers cover blast damage under standard homeowner policies.

Call or text 337-555-0184 (7 a.m. to 6 p.m., Monday to Saturday), or leave a note in our box at 418 Bayou Road.

Thank you for standing with our city.

Luc and Annette Broussard, owners
"""))
GOLD += [
E(20, ["the second bomber blew himself up", "The attack"],
  "SUI", "2026-10-10", "day", "Lafayette", "US", 15, 62, "exact", "Islamic State", "Islamic State", False,
  "Window cleaner's notice of Thursday 22 October; 'on October 10' -> 10 October. 'the second bomber blew himself up at the festival shuttle stop' names the twin bombing (one event). 'The toll now stands at 15 dead, including the two bombers, and 62 injured' (the boy of 16 who died Sunday raises it from 14) -> killed 15 (bombers inside), injured 62, exact. 'None of us was hurt' is about the crew (no zero). 'The attack was claimed by Islamic State' -> claimant and perpetrator. 'October 26', 'twelve days', 'second floor', 'two of the building's large panes', '16-year-old', 'two hours', 'November 2', '$4', '$7', '$120', '20 windows', '$2', 'third floor', 'November 9', '32-foot', '10%', '337-555-0184', '7 a.m. to 6 p.m.', '418 Bayou Road' are not casualties."),
E(20, ["they arrested another suspect in Baton Rouge"],
  "ARR", "2026-10-19", "day", "Baton Rouge", "US", None, None, None, "police", None, False,
  "'On Monday' vs Thursday 22 October -> 19 October. 'they' = the police -> 'police'. The supervisor 'interviewed by the FBI as a witness ... and then sent home' is not arrested."),
]

# -------------------------------------------------------------- holdout63-021
ARTICLES.append(A(21, "fr", "article", "2026-12-02T16:00:00Z",
"Port de Lake Charles : note de l'autorité sanitaire portuaire n° 26-118",
"""
PORT DE LAKE CHARLES (Louisiane) - AUTORITÉ SANITAIRE PORTUAIRE. NOTE N° 26-118 AUX CAPITAINES, AGENTS MARITIMES ET MANUTENTIONNAIRES. Version française à l'intention des équipages francophones. Lake Charles, le mercredi 2 décembre 2026.

1. OBJET. La présente note remplace la note n° 26-104 du 13 octobre, publiée trois jours après l'attentat-suicide du 10 octobre à Lafayette, à 120 km à l'est, qui a fait quinze morts, dont les deux kamikazes, et soixante-deux blessés, et qui a été revendiqué par l'État islamique. Les mesures d'urgence prises pour soutenir les hôpitaux de la région sont levées ; d'autres sont maintenues.

2. ARRESTATION À BORD. Le 24 novembre, la police du port, assistée d'agents fédéraux, a arrêté au poste 7 un matelot du vraquier Coral Breeze, soupçonné d'avoir fait entrer les détonateurs utilisés à Lafayette. Les 21 autres membres d'équipage, entendus à bord pendant deux jours, ont été laissés libres ; le navire a appareillé le 27 novembre.

3. MESURES SANITAIRES MAINTENUES.
- La déclaration maritime de santé doit parvenir 24 heures avant l'arrivée, au lieu de 12.
- Le centre médical du port reçoit les marins de 7 h à 19 h ; la visite coûte 150 $.
- Trois séances de soutien psychologique sont gratuites pour tout marin qui en fait la demande, au 337-555-0151.

4. MESURES LEVÉES.
- Les stocks de sang de groupe O sont reconstitués : la collecte d'urgence du quai 4 est close. La collecte mensuelle reprend le 9 décembre, salle B, avec 12 fauteuils de prélèvement.
- Les permissions à terre ne sont plus limitées à 8 heures.

5. ACCÈS. Le niveau de sûreté du port reste fixé à 2 sur une échelle de 3. La navette des marins part de la porte 3 toutes les 40 minutes, de 8 h à 22 h.

6. CONTACTS. Médecin du port, Dr Évangéline Hébert : 337-555-0157 ; veille radio sur le canal VHF 16, puis 14.

Le directeur de l'autorité sanitaire portuaire, Dr Alcide Fontenot.
"""))
GOLD += [
E(21, ["l'attentat-suicide du 10 octobre à Lafayette"],
  "SUI", "2026-10-10", "day", "Lafayette", "US", 15, 62, "exact", "Islamic State", "Islamic State", True,
  "Port health note of Wednesday 2 December; 'du 10 octobre' -> 10 October, 53 days before -> background. 'quinze morts, dont les deux kamikazes, et soixante-deux blessés' -> killed 15 (bombers inside), injured 62, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. 'les détonateurs utilisés à Lafayette' names the bombing but is left out of the triggers (it is inside the arrest's sentence). 'N° 26-118', 'n° 26-104', '13 octobre', 'trois jours', '120 km', 'poste 7', '21 autres membres' (heard), 'deux jours', '27 novembre', '24 heures', '12', '7 h à 19 h', '150 $', 'Trois séances', '337-555-0151', 'quai 4', '9 décembre', '12 fauteuils', '8 heures', '2 sur une échelle de 3', 'porte 3', '40 minutes', '8 h à 22 h', '337-555-0157', 'VHF 16', '14' are not casualties."),
E(21, ["ARRESTATION À BORD", "a arrêté au poste 7 un matelot"],
  "ARR", "2026-11-24", "day", "Lake Charles", "US", None, None, None, "police", None, False,
  "'Le 24 novembre' -> 24 November, eight days before -> current. A sailor arrested at berth 7 of the port of Lake Charles (port -> its town) by the port police with federal agents -> 'police'; suspected of bringing in the detonators. The heading names the arrest first. The 21 crew members 'entendus à bord pendant deux jours ... laissés libres' are not arrested."),
]
