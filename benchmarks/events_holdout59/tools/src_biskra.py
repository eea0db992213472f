"""Authoring source of benchmarks/events_holdout59 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Biskra, Algeria cluster (holdout59-006 to 010, and 021 forty days
later; French and English), two suicide bombers on Thursday 16 April 2026 at
two sites of one town (the date market, « le marché aux dattes », and the
gate of the Landon garden, « le jardin Landon », about 800 m and eight
minutes apart): a French agency dispatch with a first report ("dépêche", fr
006), a situation note of the civil protection's firefighters ("note de
situation des sapeurs-pompiers", fr 007), an English wire on the claim and
arrests (008), a local paper's noon newsletter by e-mail ("lettre
d'information de midi par courriel", fr 009), a crèche's e-mail to parents
("courriel de la crèche aux parents", fr 010) and a cooperative farm bank's
letter to its members forty days later ("lettre aux sociétaires d'une
banque coopérative", fr 021). Algeria is UTC+1: every publication time here
is between 06:00 and 12:00 UTC, so every local date is the UTC date. Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout59")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout59-006
ARTICLES.append(A(6, "fr", "article", "2026-04-16T12:00:00Z",
"Algérie : deux kamikazes frappent le centre de Biskra",
"""
BISKRA, (Agence Maghreb Sud Presse) - Deux kamikazes se sont fait exploser jeudi matin à huit minutes d'intervalle dans le centre de Biskra, au marché aux dattes puis à l'entrée du jardin Landon, tuant au moins onze personnes, dont les deux kamikazes, et faisant une vingtaine de blessés, selon un premier bilan de la protection civile.

Le premier kamikaze a actionné sa ceinture vers 9 h 40 entre les étals de deglet nour, où se négociaient les derniers lots de la récolte ; le second a déclenché la sienne à 9 h 48 devant la grille du jardin, à quelque 800 mètres, où des familles s'étaient réfugiées. « Le kilo était à 650 dinars ce matin, tout le monde était là », dit Rachid, 61 ans, grossiste depuis 1989.

Les blessés ont été transportés au CHU de Biskra et à l'hôpital de Tolga, à 36 km. Les autorités ont bouclé le centre-ville et suspendu les liaisons de bus vers Batna et Touggourt.

Aucune revendication n'a été publiée. Un responsable sécuritaire a estimé que l'attentat « pourrait porter la marque » d'Al-Qaïda au Maghreb islamique (AQMI), sans plus de précisions.

La région des Ziban avait été épargnée ces dernières années. En 2018, des démineurs de l'armée avaient neutralisé le même jour deux engins explosifs artisanaux, l'un près de la gare routière de Tolga, l'autre sur un chantier à Ouled Djellal, sans faire de victime.

Le wali a décrété trois jours de deuil dans la wilaya et la fermeture des 612 écoles jusqu'à dimanche. Un numéro vert, le 1021, a été mis en place pour les familles. Le match de football prévu samedi à 16 heures au stade municipal a été reporté, et la foire aux palmiers qui devait ouvrir le 20 avril, avec 140 exposants, est ajournée.
"""))
GOLD += [
E(6, ["Deux kamikazes se sont fait exploser", "Le premier kamikaze a actionné sa ceinture", "le second a déclenché la sienne", "l'attentat"],
  "SUI", "2026-04-16", "day", "Biskra", "DZ", 11, 20, "at_least", None, None, False,
  "Dispatch of Thursday 16 April 2026 (13:00 in Biskra); 'jeudi matin' = the publication day. Two sites of one town (the date market and the gate of the Landon garden, 'quelque 800 mètres', eight minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins onze personnes, dont les deux kamikazes, et ... une vingtaine de blessés' -> killed 11 (bombers inside), at_least; injured 20 ('une vingtaine', dev table; the qualifier describes the killed figure). No claim; « pourrait porter la marque » d'AQMI is speculation -> perpetrator null. '9 h 40', '9 h 48', '800 mètres', '650 dinars', '61 ans', '1989', '36 km', 'trois jours', '612 écoles', '1021', '16 heures', '20 avril', '140 exposants' are not casualties."),
E(6, ["des démineurs de l'armée avaient neutralisé le même jour deux engins explosifs artisanaux, l'un près de la gare routière de Tolga"],
  "DWU", "2018-01-01", "year", "Tolga", "DZ", 0, 0, "exact", "military", None, True,
  "'En 2018' -> year, background. An improvised device neutralised by army deminers near Tolga's bus station -> Disrupted weapons use by 'military' (the Algerian army). Two devices in two towns the same day are two events (one per place). 'sans faire de victime' says explicitly that nobody was killed or hurt -> killed 0, injured 0, exact (dev: 0 only when the text says so)."),
E(6, ["l'autre sur un chantier à Ouled Djellal"],
  "DWU", "2018-01-01", "year", "Ouled Djellal", "DZ", 0, 0, "exact", "military", None, True,
  "'En 2018' -> year, background. The second device, on a building site in Ouled Djellal -> its own Disrupted weapons use event by 'military' (the subject 'des démineurs de l'armée' carries over). 'sans faire de victime' covers both devices -> killed 0, injured 0, exact."),
]

# -------------------------------------------------------------- holdout59-007
ARTICLES.append(A(7, "fr", "article", "2026-04-17T06:00:00Z",
"Protection civile de Biskra : note de situation n° 4",
"""
DIRECTION DE LA PROTECTION CIVILE DE LA WILAYA DE BISKRA. NOTE DE SITUATION N° 4, vendredi 17 avril 2026, 7 heures. Objet : double attentat-suicide du jeudi 16 avril (marché aux dattes et jardin Landon). Diffusion : wali, directions de la santé et de la sûreté, presse.

1. BILAN HUMAIN. La note n° 3, diffusée hier à 20 heures, faisait état de quinze décès. Le bilan est porté ce matin à dix-sept morts, non compris les deux kamikazes, et à 58 blessés, dont 14 en urgence absolue. Une victime de 70 ans, brûlée à 60 %, est décédée cette nuit au CHU.

2. MOYENS ENGAGÉS. 96 sapeurs-pompiers, 14 ambulances, 4 fourgons d'incendie et une unité de secours en décombres venue de Batna, en renfort depuis 13 h 10. L'incendie de six étals de palmes sèches, déclenché par la première explosion, a été maîtrisé à 10 h 25 avec 2 000 litres d'eau.

3. ÉVACUATIONS. 31 blessés au CHU de Biskra, 17 à l'hôpital de Tolga, 10 par hélicoptère vers Constantine et Alger. Quatre blessés graves sont intransportables.

4. SOUTIEN PSYCHOLOGIQUE. Une cellule d'écoute est ouverte à la maison de jeunes du centre-ville de 8 heures à 20 heures ; 212 personnes y ont été reçues hier.

5. SÉCURITÉ. Le périmètre reste interdit au public jusqu'à nouvel ordre. La gendarmerie nous informe avoir interpellé jeudi en fin d'après-midi un suspect à un barrage de Sidi Okba, à 20 km à l'est ; nos équipes n'ont pas été engagées dans cette opération.

6. DIVERS. Les débris ont été remis aux enquêteurs de la police scientifique à 18 h 30. Les équipes de nuit ont été relevées à 6 heures par 40 agents frais.

Prochaine note : vendredi à 19 heures. Cellule de crise : 033 74 12 00.

Le directeur de wilaya de la protection civile, colonel Farid Benaïssa
"""))
GOLD += [
E(7, ["double attentat-suicide du jeudi 16 avril", "la première explosion"],
  "SUI", "2026-04-16", "day", "Biskra", "DZ", 19, 58, "exact", None, None, False,
  "Situation note of Friday 17 April; 'du jeudi 16 avril' -> 16 April. Two sites of one town -> ONE event. The toll is revised inside: 'quinze décès' in note n° 3 (superseded) -> 'dix-sept morts, non compris les deux kamikazes, et ... 58 blessés' -> killed 17 + 2 bombers = 19 ('non compris' = not counting: the bombers are added), injured 58, exact; the victim of 70 who died 'cette nuit' is inside; '14 en urgence absolue' and 'Quatre blessés graves' are subsets. No claim -> perpetrator null. 'n° 4', 'n° 3', '20 heures', '60 %', '96 sapeurs-pompiers', '14 ambulances', '4 fourgons', '13 h 10', 'six étals', '10 h 25', '2 000 litres', '31', '17', '10' (the evacuations, which add up to the 58), '212 personnes', '20 km', '18 h 30', '6 heures', '40 agents', '19 heures', '033 74 12 00' are not casualties."),
E(7, ["avoir interpellé jeudi en fin d'après-midi un suspect à un barrage de Sidi Okba"],
  "ARR", "2026-04-16", "day", "Sidi Okba", "DZ", None, None, None, "police", None, False,
  "'jeudi en fin d'après-midi' vs Friday 17 April -> 16 April. A suspect arrested by the gendarmerie at a checkpoint in Sidi Okba -> 'police' (dev: gendarmerie is police)."),
]

# -------------------------------------------------------------- holdout59-008
ARTICLES.append(A(8, "en", "article", "2026-04-18T09:00:00Z",
"Al-Qaeda's North African branch claims Biskra bombing",
"""
BISKRA, Algeria (Maghreb Wire) - Al-Qaeda in the Islamic Maghreb claimed responsibility on Friday for Thursday's twin suicide bombing in the Algerian oasis city of Biskra, which has killed 20 people including the two bombers, in a statement that Algerian prosecutors said was genuine.

The statement, posted on the group's channels, boasted of "more than 80 apostates" killed. Jund al-Khilafa, a small group that pledged allegiance to Islamic State in 2014, denied any role on Friday. A senior security official said the bombers, two brothers aged 24 and 27 from a village near the city, "may have been" trained in northern Mali.

The toll rose on Friday after a 63-year-old date merchant died of his wounds in hospital. Fifty-eight people were wounded, ten of whom were flown to Constantine and Algiers.

The gendarmerie arrested a man at a checkpoint in Sidi Okba, 20 km east of Biskra, on Thursday afternoon. On Friday, police in El Oued arrested two men suspected of supplying the car the brothers drove from the south; they were found with 1.2 million dinars in cash. The bombers' parents and a cousin were questioned on Friday and released in the evening.

Traders said the date market, which handles about 30 percent of the region's Deglet Nour trade, would reopen on Sunday. The authorities have sent 1,500 additional police officers to the wilaya, and flights between Biskra and Algiers, normally four a week, were suspended until Monday.

Biskra, known as the "Queen of the Ziban", lies about 420 km southeast of Algiers on the edge of the Sahara and counts some 4 million date palms in its region.
"""))
GOLD += [
E(8, ["Thursday's twin suicide bombing"],
  "SUI", "2026-04-16", "day", "Biskra", "DZ", 20, 58, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Wire of Saturday 18 April; 'Thursday's' -> 16 April. 'killed 20 people including the two bombers' -> killed 20 (bombers inside; the date merchant of 63 who died Friday is inside); 'Fifty-eight people were wounded' -> injured 58 (number word), exact; 'ten of whom' is a subset. Claimed Friday by 'Al-Qaeda in the Islamic Maghreb', judged 'genuine' by prosecutors -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb' (the canonical name earlier sets use); the claim's 'more than 80 apostates' is never used. Jund al-Khilafa's denial is not a claim; 'may have been' trained in Mali is speculation. 'aged 24 and 27', '63-year-old', '20 km', '1.2 million dinars', '30 percent', '1,500 additional police officers', 'four a week', '420 km', '4 million date palms', '2014' are not casualties."),
E(8, ["The gendarmerie arrested a man at a checkpoint in Sidi Okba"],
  "ARR", "2026-04-16", "day", "Sidi Okba", "DZ", None, None, None, "police", None, False,
  "'on Thursday afternoon' vs Saturday 18 April -> 16 April (the arrest of holdout59-007). Gendarmerie -> 'police'."),
E(8, ["police in El Oued arrested two men"],
  "ARR", "2026-04-17", "day", "El Oued", "DZ", None, None, None, "police", None, False,
  "'On Friday' vs Saturday 18 April -> 17 April. Two men suspected of supplying the bombers' car (the cluster's suspected facilitators), arrested in El Oued; the cash found on them belongs to the arrest. Police -> 'police'. The bombers' parents and cousin 'questioned ... and released' are not arrested."),
]

# -------------------------------------------------------------- holdout59-009
ARTICLES.append(A(9, "fr", "article", "2026-04-20T11:00:00Z",
"La Lettre de midi du lundi 20 avril",
"""
LA LETTRE DE MIDI - Le Quotidien des Ziban. Lundi 20 avril 2026. Vous recevez ce courriel parce que vous êtes abonné à notre lettre d'information ; pour vous désabonner, répondez « STOP ».

À LA UNE. Biskra, quatre jours après. Le double attentat-suicide de jeudi a fait vingt morts, y compris les deux kamikazes, et 58 blessés. Revendiqué vendredi par Al-Qaïda au Maghreb islamique, il a été suivi hier d'une journée de colère : quelque 600 personnes, pour la plupart des proches de victimes, ont marché vers le siège de la wilaya pour exiger la démission du chef de la sûreté. La police les a dispersées à coups de matraque et de gaz lacrymogène devant la grille ; onze personnes ont été blessées, dont trois policiers.

Samedi, en revanche, une marche silencieuse de plusieurs milliers d'habitants avait rejoint sans incident le jardin Landon, derrière une banderole « Biskra debout ».

L'ENQUÊTE. Le suspect interpellé jeudi à Sidi Okba a été placé hier en détention provisoire par le juge du pôle antiterroriste. Les deux hommes arrêtés vendredi à El Oued sont toujours en garde à vue.

EN BREF.
- Le marché aux dattes a rouvert dimanche à 6 heures ; le kilo de deglet nour se vend 720 dinars, contre 650 la semaine dernière.
- Les quatre vols hebdomadaires vers Alger reprennent mardi à 7 h 15.
- Baccalauréat blanc : les épreuves prévues du 19 au 21 avril sont reportées d'une semaine dans les 38 lycées de la wilaya.
- Football : l'Union sportive des Ziban recevra le dimanche 26 avril à 16 heures, à huis clos.
- Une collecte pour les familles a réuni 4,6 millions de dinars en trois jours.

MÉTÉO. Vent de sable en fin de journée, 33 degrés, rafales à 60 km/h.

L'ÉDITO. Nous ne publierons ni le nom ni la photo des kamikazes, mais le portrait de chaque victime.

Pour nous écrire, répondez à ce courriel ou appelez le 033 73 45 90. Prochaine lettre : mardi 21 avril.
"""))
GOLD += [
E(9, ["Le double attentat-suicide de jeudi"],
  "SUI", "2026-04-16", "day", "Biskra", "DZ", 20, 58, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Noon newsletter of Monday 20 April; 'de jeudi' -> 16 April. 'vingt morts, y compris les deux kamikazes, et 58 blessés' -> killed 20 (bombers inside), injured 58, exact. 'Revendiqué vendredi par Al-Qaïda au Maghreb islamique', undisputed -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb'. 'quatre jours après' is the newsletter's count of days (Monday minus four = Thursday), consistent."),
E(9, ["une journée de colère", "quelque 600 personnes, pour la plupart des proches de victimes, ont marché vers le siège de la wilaya", "La police les a dispersées à coups de matraque et de gaz lacrymogène"],
  "PI", "2026-04-19", "day", "Biskra", "DZ", None, 11, "exact", None, None, False,
  "'hier' vs Monday 20 April -> Sunday 19 April. « une journée de colère » is its first naming. A march on the wilaya headquarters with a demand (the security chief's resignation), dispersed 'à coups de matraque et de gaz lacrymogène' by the police -> Protests / Protest with intervention, perpetrator null (dev). 'onze personnes ont été blessées, dont trois policiers' -> injured 11 (the three police officers are inside the eleven, all sides), exact; killed null. 'quelque 600 personnes' counts marchers."),
E(9, ["une marche silencieuse de plusieurs milliers d'habitants"],
  "PP", "2026-04-18", "day", "Biskra", "DZ", None, None, None, None, None, False,
  "'Samedi' vs Monday 20 April -> 18 April. A silent march to the Landon garden behind a banner with a message (« Biskra debout »), 'sans incident' -> Peaceful protest, perpetrator null. 'plusieurs milliers' counts marchers."),
E(9, ["Le suspect interpellé jeudi à Sidi Okba"],
  "ARR", "2026-04-16", "day", "Sidi Okba", "DZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout59-007 and 008: 'jeudi' vs Monday 20 April -> 16 April. 'placé hier en détention provisoire' is its judicial follow-up, not a new event (the arrest keeps its place and day). No force named -> 'police'."),
E(9, ["Les deux hommes arrêtés vendredi à El Oued"],
  "ARR", "2026-04-17", "day", "El Oued", "DZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout59-008: 'vendredi' vs Monday 20 April -> 17 April. 'toujours en garde à vue' is its follow-up. No force named -> 'police'. The newsletter's other numbers ('STOP', '6 heures', '720 dinars', '650', 'quatre vols', '7 h 15', '19 au 21 avril', '38 lycées', '26 avril', '16 heures', '4,6 millions de dinars', 'trois jours', '33 degrés', '60 km/h', '033 73 45 90', '21 avril') are not casualties."),
]

# -------------------------------------------------------------- holdout59-010
ARTICLES.append(A(10, "fr", "article", "2026-04-22T07:00:00Z",
"Crèche Les Petits Palmiers : réouverture demain et informations",
"""
Objet : Réouverture de la crèche jeudi 23 avril - informations importantes

Chers parents,

Après une semaine de fermeture à la suite du double attentat-suicide du 16 avril, la crèche Les Petits Palmiers rouvrira ses portes demain jeudi à 7 h 30. Toute l'équipe a tenu à vous écrire avant.

Nos pensées vont d'abord aux familles touchées. L'attaque a fait vingt morts, kamikazes compris, et cinquante-huit blessés. Parmi les blessés, Mme Samia B., notre cuisinière depuis 2011, touchée à la jambe au marché aux dattes : elle va mieux et vous remercie pour vos messages. Le papa du petit Yanis, de la section des moyens, a perdu la vie. Nous accompagnerons Yanis et sa maman avec l'aide de la psychologue de la PMI, présente jeudi et vendredi de 9 heures à 12 heures.

Certains d'entre vous ont lu que M. Karim H., père de deux enfants inscrits chez nous, faisait partie des deux hommes arrêtés vendredi à El Oued. Il a été relâché hier sans qu'aucune charge ne soit retenue contre lui. Ses enfants sont les bienvenus, et nous vous demandons de respecter sa famille. Notre gardien, entendu samedi par la police comme témoin, a lui aussi été laissé libre le jour même.

Nouvelles règles, à la demande de la wilaya :
- accueil uniquement par le portail de la rue des Palmiers, n° 14, de 7 h 30 à 8 h 45 ;
- plus de stationnement devant la crèche : utilisez le parking de la mosquée, à 200 mètres ;
- les poussettes restent dans le hall ;
- la sortie au jardin Landon du 30 avril est annulée.

La participation du mois d'avril sera réduite de 25 %, soit 3 000 dinars de moins pour un enfant accueilli à plein temps. La fête de fin d'année du 18 juin est maintenue ; les 42 enfants y chanteront comme prévu.

Pour toute question : 033 75 16 42, ou passez nous voir à partir de demain.

Bien à vous,

Nadia Merzougui, directrice, et toute l'équipe des Petits Palmiers
"""))
GOLD += [
E(10, ["double attentat-suicide du 16 avril", "L'attaque a fait vingt morts"],
  "SUI", "2026-04-16", "day", "Biskra", "DZ", 20, 58, "exact", None, None, False,
  "Crèche e-mail of Wednesday 22 April; 'du 16 avril' -> 16 April; the place is the cluster's (the date market is named). 'vingt morts, kamikazes compris, et cinquante-huit blessés' -> killed 20 (bombers inside), injured 58 (number words), exact; the cook who was hurt and Yanis's father who was killed are inside the toll. The e-mail names no claim -> perpetrator null. '23 avril', '7 h 30', '2011', '9 heures à 12 heures', 'n° 14', '8 h 45', '200 mètres', '30 avril', '25 %', '3 000 dinars', '18 juin', '42 enfants', '033 75 16 42' are not casualties."),
E(10, ["des deux hommes arrêtés vendredi à El Oued"],
  "ARR", "2026-04-17", "day", "El Oued", "DZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout59-008: 'vendredi' vs Wednesday 22 April -> 17 April. One of the two, 'relâché hier sans qu'aucune charge ne soit retenue', was released on Tuesday 21 April: the release does not undo the arrest and is no event. No force named -> 'police'. The guard 'entendu samedi par la police comme témoin ... laissé libre' is not arrested."),
]

# -------------------------------------------------------------- holdout59-021
ARTICLES.append(A(21, "fr", "article", "2026-05-26T08:00:00Z",
"Lettre aux sociétaires de la Caisse de mutualité agricole des Ziban",
"""
CAISSE RÉGIONALE DE MUTUALITÉ AGRICOLE DES ZIBAN - Lettre aux sociétaires n° 2026-05. Biskra, le mardi 26 mai 2026.

Chère sociétaire, cher sociétaire,

Plus d'un mois après le double attentat-suicide du 16 avril au marché aux dattes et au jardin Landon, notre Caisse veut faire le point avec vous. Le bilan s'est encore alourdi le 3 mai avec le décès d'un étudiant de 19 ans : l'attaque a fait au total vingt et un morts, dont les deux kamikazes, et cinquante-huit blessés. Trois de nos sociétaires, phœniciculteurs à Sidi Okba, à Tolga et à Lioua, ont perdu la vie ; un quatrième, blessé, est toujours hospitalisé à Constantine.

1. SOLIDARITÉ. Le conseil d'administration a voté un fonds de 15 millions de dinars. Chaque famille endeuillée recevra 500 000 dinars, chaque sociétaire blessé 150 000 dinars. Les échéances de prêt d'avril à septembre sont reportées sans frais.

2. RÉCOLTE ET STOCKS. Les chambres froides du marché, endommagées, ont rouvert le 4 mai. La campagne 2025-2026 s'achève sur 4,1 millions de quintaux dans la wilaya, en baisse de 6 %. Le kilo de deglet nour est revenu à 680 dinars en moyenne.

3. ATTENTION AUX FAUSSES COLLECTES. Des messages circulent au nom de la Caisse pour des « dons aux victimes ». Nous ne vous demanderons jamais vos codes par téléphone. Signalez tout appel suspect au 033 74 88 10.

4. L'ENQUÊTE. La presse a rapporté l'arrestation, le 14 mai à Touggourt, d'un comptable soupçonné d'avoir fait transiter l'argent des kamikazes par le compte d'une coopérative de dattes. Cette coopérative n'est pas sociétaire de notre Caisse, et aucun de nos comptes n'est en cause. L'attentat, revendiqué par Al-Qaïda au Maghreb islamique, fait l'objet d'une information judiciaire au pôle pénal spécialisé d'Alger.

5. ASSEMBLÉE GÉNÉRALE. Elle est reportée du 28 mai au jeudi 25 juin, à 9 heures, dans la salle des fêtes de la Caisse, 12 rue de la République. Les procurations (2 au plus par sociétaire) sont à déposer avant le 20 juin.

Veuillez agréer, chère sociétaire, cher sociétaire, l'expression de notre profonde solidarité.

Le directeur régional, Abdelhamid Saâdi
"""))
GOLD += [
E(21, ["double attentat-suicide du 16 avril", "l'attaque a fait au total", "L'attentat, revendiqué par Al-Qaïda au Maghreb islamique"],
  "SUI", "2026-04-16", "day", "Biskra", "DZ", 21, 58, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", True,
  "Letter of Tuesday 26 May; 'du 16 avril' -> 16 April, 40 days before -> background. 'vingt et un morts, dont les deux kamikazes, et cinquante-huit blessés' -> killed 21 (bombers inside; the student of 19 who died on 3 May is inside), injured 58, exact; the three members killed and the one wounded are inside the toll. 'revendiqué par Al-Qaïda au Maghreb islamique', undisputed -> claimant and perpetrator. Sidi Okba, Tolga and Lioua are the members' home towns, not event places. '3 mai', '19 ans', '15 millions de dinars', '500 000 dinars', '150 000 dinars', '4 mai', '2025-2026', '4,1 millions de quintaux', '6 %', '680 dinars', '033 74 88 10', '28 mai', '25 juin', '9 heures', '12 rue de la République', '2 au plus', '20 juin', 'n° 2026-05' are not casualties."),
E(21, ["l'arrestation, le 14 mai à Touggourt, d'un comptable"],
  "ARR", "2026-05-14", "day", "Touggourt", "DZ", None, None, None, "police", None, False,
  "'le 14 mai' -> 14 May, 12 days before Tuesday 26 May -> current (while the bombing it concerns is background). An accountant suspected of moving the bombers' money, arrested in Touggourt; no force named -> 'police'."),
]
