"""Authoring source of benchmarks/events_holdout65 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Metoro, Mozambique cluster (holdout65-016 to 020; English and
French), two suicide bombers on Wednesday 4 November 2026 at two sites of one
crossroads town of Cabo Delgado's Ancuabe district (the market and the bus
stop on the N1 highway, about 400 m and four minutes apart): an English wire
with a first report (016), a French note of the CROSS Réunion, the French
maritime rescue centre, to ships in the Mozambique Channel ("note du CROSS",
fr 017), a French agency dispatch on the claim and an arrest (fr 018), a
French notice to yachtsmen of the Nosy Be harbour master's office in
Madagascar ("avis de la capitainerie aux plaisanciers", fr 019) and an
English wire on a new arrest, charges and a march (020). Mozambique is UTC+2,
Réunion UTC+4 and Madagascar UTC+3: every publication time here is between
06:30 and 14:00 UTC, so every local date is the UTC date. "Islamic State",
through its « province du Mozambique », -> "Islamic State" (dev: every
regional branch except ISWAP). The Mozambican police, including the
maritime police (« la police maritime »), -> "police". Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout65")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout65-016
ARTICLES.append(A(16, "en", "article", "2026-11-04T14:00:00Z",
"Two suicide bombers hit Mozambique crossroads town",
"""
METORO, Mozambique (Indian Ocean Wire) - Two suicide bombers struck the crossroads town of Metoro in Mozambique's northern Cabo Delgado province on Wednesday morning, killing at least nine people, including the two bombers, and wounding a score of others, police said.

The first bomber blew himself up at about 7:40 a.m. among women selling cassava and dried fish at the market. Four minutes later a second man detonated a vest at the bus stop on the N1 highway, about 400 metres away, where passengers were boarding minibuses for Pemba, some 70 km to the east.

"We had just unloaded 30 sacks of charcoal when the market exploded," said Abilio Muanacha, 37, a truck driver. "At the bus stop, the second one waited until the minibus was full."

A police spokesman said it was too early to attribute the bombing. A provincial official, who asked not to be named, said it "could be the work" of the insurgents linked to Islamic State who have fought the army in the province since 2017, but noted that they had never before used suicide bombers.

The district has seen roadside bombs before. In 2022, an improvised explosive device hidden under the road near Meza, about 30 km north of Metoro, killed four soldiers in a passing truck.

Rwandan and Mozambican troops set up checkpoints on the N1 and on the road to Pemba, and traffic was halted for six hours. The wounded were taken to the district hospital in Ancuabe and to Pemba's provincial hospital, which said it had 25 operating-theatre staff on duty and had cancelled 14 planned operations.

Metoro, a town of some 15,000 people at the junction of the roads to Pemba, Montepuez and Macomia, had taken in thousands of people displaced from the coast in recent years. Aid agencies said food distributions planned for Thursday, for 4,200 families, had been postponed.
"""))
GOLD += [
E(16, ["Two suicide bombers struck the crossroads town of Metoro", "The first bomber blew himself up", "a second man detonated a vest", "the market exploded", "the bombing"],
  "SUI", "2026-11-04", "day", "Metoro", "MZ", 9, 20, "at_least", None, None, False,
  "Wire of Wednesday 4 November 2026 (16:00 in Metoro); 'on Wednesday morning' = the publication day. Two sites of one town (the market and the bus stop on the N1, 'about 400 metres', four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people, including the two bombers' -> killed 9 (bombers inside), at_least; 'wounding a score of others' -> injured 20 (dev table: 'a score' = 20; the qualifier describes the killed figure). 'too early to attribute'; 'could be the work' of insurgents linked to Islamic State is speculation -> perpetrator null. 'since 2017' is generic. '7:40 a.m.', 'Four minutes', '400 metres', '70 km', '30 sacks', '37', '30 km', 'six hours', '25 operating-theatre staff', '14 planned operations', '15,000 people', '4,200 families' are not casualties."),
E(16, ["an improvised explosive device hidden under the road near Meza"],
  "IED", "2022-01-01", "year", "Meza", "MZ", 4, None, "exact", None, None, True,
  "'In 2022' -> year, background. A roadside IED near Meza -> Remote explosive/landmine/IED, coded to the nearest named place; no author -> null. 'killed four soldiers' -> killed 4, exact. '30 km' is a distance."),
]

# -------------------------------------------------------------- holdout65-017
ARTICLES.append(A(17, "fr", "article", "2026-11-05T06:30:00Z",
"CROSS Réunion : note d'information n° 214/2026",
"""
CROSS RÉUNION - CENTRE RÉGIONAL OPÉRATIONNEL DE SURVEILLANCE ET DE SAUVETAGE. NOTE D'INFORMATION N° 214/2026 À L'ATTENTION DES NAVIRES EN TRANSIT DANS LE CANAL DU MOZAMBIQUE. Émise le jeudi 5 novembre 2026 à 10 h 30 (heure de La Réunion, UTC+4).

1. CONTEXTE. Le centre de coordination de sauvetage maritime (MRCC) de Maputo nous informe que l'attentat-suicide commis mercredi matin à Metoro, dans la province de Cabo Delgado, a fait douze morts, kamikazes compris, et 34 blessés. Son message de mercredi soir faisait état d'au moins neuf morts.

2. INTERCEPTION EN MER. Mercredi vers 23 heures, la police maritime mozambicaine a intercepté un boutre au large de Quionga, près de l'embouchure de la Rovuma, et a arrêté trois hommes recherchés en lien avec l'attentat. Le boutre, long de 12 mètres, a été remorqué jusqu'à Palma. Aucun navire de commerce n'était concerné.

3. CONSIGNES AUX NAVIRES. Entre les latitudes 10°30' S et 12°00' S, à moins de 20 milles de la côte, les navires sont invités à :
- maintenir une veille permanente sur le canal VHF 16 ;
- signaler au MRCC Maputo toute embarcation non éclairée, en particulier les boutres sans AIS ;
- ne pas réduire leur vitesse en dessous de 12 nœuds de nuit ;
- transmettre leur position toutes les 6 heures par Inmarsat-C.

4. ÉVACUATIONS. Aucune demande d'évacuation médicale par voie maritime n'a été reçue. Deux ressortissants français légèrement blessés à Metoro ont été rapatriés par avion sur La Réunion, hors coordination du CROSS.

5. CONTACTS. CROSS Réunion : +262 262 43 43 43, VHF 16, MMSI 006601000. MRCC Maputo : +258 21 555 090.

La présente note reste valable jusqu'au jeudi 12 novembre 2026 à 12 h UTC, sauf avis contraire. Elle annule et remplace la note n° 213/2026 du 2 novembre, relative à un exercice de recherche au large de Mayotte.

Le chef de quart, officier des affaires maritimes
"""))
GOLD += [
E(17, ["l'attentat-suicide commis mercredi matin à Metoro", "l'attentat#2"],
  "SUI", "2026-11-04", "day", "Metoro", "MZ", 12, 34, "exact", None, None, False,
  "CROSS note of Thursday 5 November; 'mercredi matin' -> 4 November. Toll revised inside: 'au moins neuf morts' (the MRCC's message of Wednesday evening, superseded) -> 'douze morts, kamikazes compris, et 34 blessés' -> killed 12 (bombers inside), injured 34, exact; 'Deux ressortissants français légèrement blessés' are a subset. No claim -> perpetrator null. 'n° 214/2026', '10 h 30', 'UTC+4', '12 mètres', '10°30' S', '12°00' S', '20 milles', 'VHF 16', '12 nœuds', '6 heures', '+262 262 43 43 43', 'MMSI 006601000', '+258 21 555 090', '12 novembre', '12 h UTC', 'n° 213/2026', '2 novembre' are not casualties. 'l'attentat#2' is paragraph 2's 'en lien avec l'attentat' (the first occurrence of the string is inside 'l'attentat-suicide')."),
E(17, ["la police maritime mozambicaine a intercepté un boutre au large de Quionga", "a arrêté trois hommes"],
  "ARR", "2026-11-04", "day", "Quionga", "MZ", None, None, None, "police", None, False,
  "'Mercredi vers 23 heures' vs Thursday 5 November -> 4 November, the night of the bombing. Three men arrested aboard a dhow intercepted off Quionga -> coded to the nearest named place, Quionga; the maritime police -> 'police'. The dhow towed to Palma belongs to the arrest; Palma is only named."),
]

# -------------------------------------------------------------- holdout65-018
ARTICLES.append(A(18, "fr", "article", "2026-11-09T10:00:00Z",
"Mozambique : un chauffeur arrêté après le double attentat de Metoro",
"""
NAMPULA, (Agence Océan Indien Presse) - La police mozambicaine a arrêté dimanche à Nampula un chauffeur de camion soupçonné d'avoir transporté les explosifs utilisés lors du double attentat-suicide de Metoro, a annoncé lundi le parquet provincial de Cabo Delgado.

Le suspect, âgé de 45 ans, a été interpellé dans un entrepôt du quartier de Muahivire avec deux téléphones, 80 000 meticais en liquide et un carnet de bord montrant trois allers-retours vers Cabo Delgado en octobre. Nampula, la grande ville du nord, se trouve à environ 400 km au sud de Metoro.

L'attentat du mercredi 4 novembre, au marché et à l'arrêt de bus de cette petite ville carrefour, a fait treize morts, y compris les deux kamikazes, et 34 blessés, après le décès dimanche d'une fillette de 7 ans.

L'État islamique l'a revendiqué samedi au nom de sa « province du Mozambique », dans un message publié par son agence Amaq. Le parquet juge la revendication « crédible », tout en rejetant le bilan avancé par le groupe, « plus de quarante chrétiens tués ». Les shebab somaliens ont démenti tout lien avec l'attaque dans un enregistrement audio. Selon un officier de police, les deux kamikazes « pourraient avoir été recrutés » en Tanzanie, de l'autre côté de la Rovuma.

Les trois hommes arrêtés mercredi soir à bord d'un boutre au large de Quionga ont été placés en détention préventive pour 90 jours à Pemba.

L'attentat a semé la peur le long de la route nationale 1. Les transporteurs réclament des escortes : selon leur association, 60 % des camions qui desservent Pemba et Montepuez sont restés à l'arrêt depuis mercredi, et le prix du sac de 25 kilos de farine de maïs est passé de 1 100 à 1 450 meticais à Metoro.

Le gouvernement a promis 50 000 meticais à chaque famille endeuillée et a déployé 400 policiers supplémentaires dans la province. Le marché de Metoro doit rouvrir lundi prochain.
"""))
GOLD += [
E(18, ["double attentat-suicide de Metoro", "L'attentat du mercredi 4 novembre", "L'État islamique l'a revendiqué samedi", "l'attaque", "L'attentat a semé la peur"],
  "SUI", "2026-11-04", "day", "Metoro", "MZ", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "Agency dispatch of Monday 9 November; 'L'attentat du mercredi 4 novembre' -> 4 November. 'treize morts, y compris les deux kamikazes, et 34 blessés' -> killed 13 (bombers inside; the girl of 7 who died Sunday is inside), injured 34, exact. Claimed Saturday by Islamic State 'au nom de sa « province du Mozambique »', judged « crédible » by the prosecutors -> claimant and perpetrator 'Islamic State'; the claim's 'plus de quarante chrétiens tués' is never used. The Somali al-Shabaab's denial is not a claim; « pourraient avoir été recrutés » is speculation. 'l'attaque' (in the denial) and 'L'attentat a semé la peur' also name it. '45 ans', 'deux téléphones', '80 000 meticais', 'trois allers-retours', '400 km', '7 ans', '90 jours', '60 %', '25 kilos', '1 100 à 1 450 meticais', '50 000 meticais', '400 policiers' are not casualties."),
E(18, ["La police mozambicaine a arrêté dimanche à Nampula un chauffeur de camion"],
  "ARR", "2026-11-08", "day", "Nampula", "MZ", None, None, None, "police", None, False,
  "'dimanche' vs Monday 9 November -> 8 November. The cluster's suspected facilitator (the driver suspected of carrying the explosives), arrested in a warehouse of Nampula's Muahivire district -> Nampula (a district is coded to its city); 'police'. The phones, cash and logbook seized belong to the arrest. The dateline is Nampula; the bombing is in Metoro."),
E(18, ["Les trois hommes arrêtés mercredi soir à bord d'un boutre au large de Quionga"],
  "ARR", "2026-11-04", "day", "Quionga", "MZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-017: 'mercredi soir' vs Monday 9 November -> 4 November. 'placés en détention préventive pour 90 jours à Pemba' is the follow-up, not a new arrest. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout65-019
ARTICLES.append(A(19, "fr", "article", "2026-11-11T07:00:00Z",
"Capitainerie de Nosy Be : avis aux plaisanciers n° 12/2026",
"""
CAPITAINERIE DU PORT DE NOSY BE - AVIS AUX PLAISANCIERS N° 12/2026. Traversées vers le nord du Mozambique. Hell-Ville, le mercredi 11 novembre 2026.

La capitainerie informe les chefs de bord des voiliers et catamarans en escale à Nosy Be, ou en partance vers les côtes mozambicaines, des éléments suivants.

1. SITUATION À TERRE. L'attentat-suicide du 4 novembre à Metoro, à 70 km à l'intérieur des terres depuis Pemba, a fait treize morts, dont les deux kamikazes, et 34 blessés. Il a été revendiqué par l'État islamique. Les autorités mozambicaines ont renforcé les contrôles dans les ports de Pemba et d'Ibo.

2. ARRESTATIONS EN MER. Les trois hommes arrêtés le 4 novembre à bord d'un boutre au large de Quionga, près de la frontière tanzanienne, sont toujours détenus. Les patrouilles de la police maritime sont nombreuses entre Palma et Mocímboa da Praia : répondez sans délai aux appels sur le canal 16 et préparez vos papiers de bord.

3. CONTRÔLES. L'équipage du catamaran français Alizé III, entendu pendant quatre heures vendredi par la police de Pemba sur ses contacts avec des boutres, a été laissé libre le soir même et a pu reprendre la mer samedi. Aucune poursuite n'est engagée.

4. RECOMMANDATIONS. Jusqu'à nouvel avis, la capitainerie déconseille toute escale au nord de 12°30' S. Pour rejoindre Pemba, prévoyez une traversée de 300 milles environ, soit 2 jours et demi à 5 nœuds, et annoncez votre arrivée 24 heures à l'avance à la capitainerie de Pemba.

5. AU PORT DE NOSY BE. Les 40 places de mouillage de la baie de Hell-Ville restent disponibles au tarif de 25 000 ariary par jour pour un voilier de moins de 12 mètres. Le ponton carburant est ouvert de 7 h à 16 h ; le gazole est à 5 200 ariary le litre. Tirant d'eau maximal au ponton : 2,5 mètres.

Veille VHF : canal 9 (capitainerie) et canal 16 (détresse). Téléphone : +261 20 86 555 12.

Le capitaine de port
"""))
GOLD += [
E(19, ["L'attentat-suicide du 4 novembre à Metoro", "Il a été revendiqué par l'État islamique"],
  "SUI", "2026-11-04", "day", "Metoro", "MZ", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "Harbour master's notice of Wednesday 11 November; 'du 4 novembre' -> 4 November, 7 days before -> current. 'treize morts, dont les deux kamikazes, et 34 blessés' -> killed 13 (bombers inside), injured 34, exact. 'Il a été revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. The crew of the Alizé III, 'entendu pendant quatre heures ... laissé libre', is questioned, not arrested. 'n° 12/2026', '70 km', 'canal 16', 'quatre heures', '12°30' S', '300 milles', '2 jours et demi', '5 nœuds', '24 heures', '40 places', '25 000 ariary', '12 mètres', '7 h à 16 h', '5 200 ariary', '2,5 mètres', 'canal 9', '+261 20 86 555 12' are not casualties."),
E(19, ["Les trois hommes arrêtés le 4 novembre à bord d'un boutre au large de Quionga"],
  "ARR", "2026-11-04", "day", "Quionga", "MZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-017: 'le 4 novembre' -> 4 November. 'sont toujours détenus' is their custody. No force named; the maritime police of the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout65-020
ARTICLES.append(A(20, "en", "article", "2026-11-14T10:00:00Z",
"Mozambique police arrest suspected recruiter of Metoro bombers",
"""
LICHINGA, Mozambique (Indian Ocean Wire) - Mozambican police arrested a man in Lichinga, the capital of Niassa province, on Friday on suspicion of recruiting the two suicide bombers who killed 11 people, not counting themselves, in the Cabo Delgado town of Metoro on Nov. 4, a police spokesman said.

The man, a 52-year-old trader who had lived in Lichinga since 2019, was detained at a roadside stall near the city's market. Police said they had traced money transfers of about 300,000 meticais from his phone to the two bombers, who were Mozambican nationals aged 19 and 23. The Metoro bombing, claimed by Islamic State a week ago, also wounded 34 people.

The truck driver arrested in Nampula last Sunday was charged on Thursday with terrorism and remanded in custody. One of the three men detained aboard a dhow off Quionga on the night of the bombing was released without charge on Wednesday, his lawyer said; the other two remain in detention in Pemba.

On Sunday, some 3,000 people marched peacefully through Metoro behind a banner reading "Metoro wants peace", watched by police and soldiers. The market reopened on Monday, with about half of its 600 stallholders back at work.

It was the deadliest attack in Ancuabe district since 2022, when a roadside bomb near Meza killed four soldiers. Lichinga, about 600 km west of Metoro, had until now been spared.

The government has offered a reward of 1 million meticais for information leading to other suspects and has set up a hotline, 1490. Bus companies resumed night departures from Pemba on Thursday, with two police officers on each bus, and fares rose by 15 percent.
"""))
GOLD += [
E(20, ["Mozambican police arrested a man in Lichinga"],
  "ARR", "2026-11-13", "day", "Lichinga", "MZ", None, None, None, "police", None, False,
  "Wire of Saturday 14 November; 'on Friday' -> 13 November. A suspected recruiter of the bombers, arrested by the police in Lichinga (Niassa) -> 'police'. The dateline is Lichinga and so is the arrest; 'detained at a roadside stall' restates this arrest."),
E(20, ["the two suicide bombers who killed 11 people", "The Metoro bombing"],
  "SUI", "2026-11-04", "day", "Metoro", "MZ", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "'on Nov. 4' -> 4 November. 'killed 11 people, not counting themselves' -> killed 11 + 2 bombers = 13 (the bombers are added); 'also wounded 34 people' -> injured 34, exact. 'claimed by Islamic State a week ago', undisputed -> claimant and perpetrator 'Islamic State'. 'on the night of the bombing' only dates the Quionga arrest and is left out of the triggers (as events_holdout41 left out 'on the evening of the bombing'). 'the deadliest attack in Ancuabe district' is a comparison, left out. '52-year-old', '2019', '300,000 meticais', '19 and 23', '3,000 people' (marchers), '600 stallholders', '600 km', '1 million meticais', '1490', 'two police officers', '15 percent' are not casualties."),
E(20, ["The truck driver arrested in Nampula last Sunday"],
  "ARR", "2026-11-08", "day", "Nampula", "MZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-018: 'last Sunday' vs Saturday 14 November -> 8 November. 'charged on Thursday with terrorism and remanded in custody' is the follow-up, not an event. No force named -> 'police'."),
E(20, ["One of the three men detained aboard a dhow off Quionga"],
  "ARR", "2026-11-04", "day", "Quionga", "MZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-017: 'on the night of the bombing' -> 4 November. 'released without charge on Wednesday' is a release: the arrest stays an arrest at its own place and day. No force named -> 'police'."),
E(20, ["some 3,000 people marched peacefully through Metoro"],
  "PP", "2026-11-08", "day", "Metoro", "MZ", None, None, None, None, None, False,
  "'On Sunday' vs Saturday 14 November -> 8 November. A march behind a banner with a message ('Metoro wants peace'), 'peacefully', watched by police -> Peaceful protest, perpetrator null. '3,000' counts marchers."),
E(20, ["a roadside bomb near Meza killed four soldiers"],
  "IED", "2022-01-01", "year", "Meza", "MZ", 4, None, "exact", None, None, True,
  "'since 2022, when' -> year 2022, background. A roadside bomb -> Remote explosive/landmine/IED, coded to the nearest named place, Meza; no author -> null. 'killed four soldiers' -> killed 4, exact."),
]
