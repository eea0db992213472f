"""Authoring source of benchmarks/events_holdout63 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bongor, Chad cluster (holdout63-001 to 005; French and English),
two suicide bombers on Thursday 12 March 2026 at two sites of one town (the
grand marché and the landing stage, « le débarcadère », on the Logone, about
600 m and six minutes apart): a French agency dispatch with a first report
(« dépêche », fr 001), the transcript of a community radio's morning news
(« transcription du journal d'une radio associative », fr 002, kind
"transcript"), an English wire on the claim and the arrests (003), a notice
of the water company's Bongor branch to its customers (« avis du service des
eaux », fr 004) and an e-mailed night newsletter (« lettre d'information de
la nuit par courriel », fr 005). Chad and Cameroon are UTC+1: every
publication time here is between 06:00 and 22:00 UTC, so every local date is
the UTC date. The claimant, « l'État islamique en Afrique de l'Ouest », is
ISWAP, the one Islamic State branch the dev conventions keep apart ->
"Islamic State West Africa Province". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout63")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout63-001
ARTICLES.append(A(1, "fr", "article", "2026-03-12T14:00:00Z",
"Tchad : double attentat-suicide à Bongor",
"""
BONGOR (Tchad), 12 mars 2026 (Agence Sahel Information) - Deux kamikazes se sont fait exploser jeudi matin à six minutes d'intervalle dans le centre de Bongor, chef-lieu du Mayo-Kebbi Est, tuant au moins sept personnes, sans compter les deux assaillants, et faisant des dizaines de blessés, selon des sources hospitalières et sécuritaires.

Le premier assaillant a actionné sa ceinture d'explosifs vers 9 h 40 au milieu des étals de poisson séché du grand marché, où se pressaient quelque 3 000 personnes un jour d'arrivage. Le second s'est fait sauter à 9 h 46 au débarcadère sur le Logone, à environ 600 mètres, alors que la foule fuyait vers les pirogues.

« J'ai vu le feu, puis la fumée noire. Les gens couraient avec leurs paniers sur la tête », raconte Achta, 41 ans, vendeuse d'oignons à l'étal n° 112. Le kilo de capitaine fumé, vendu 3 500 francs CFA la veille, jonchait le sol.

Aucune revendication n'avait été publiée en milieu d'après-midi. Selon une source sécuritaire, l'attaque « pourrait être l'œuvre » de Boko Haram ou d'une faction rivale active autour du lac Tchad, à quelque 400 km au nord.

La ville, à 240 km au sud de N'Djamena, n'avait jamais été frappée par un kamikaze. En 2019, une grenade lancée dans un bar de Pala, à 150 km plus au sud, avait blessé quatre personnes ; ses auteurs n'ont jamais été identifiés.

Le gouverneur a décrété un couvre-feu de 19 heures à 6 heures et la fermeture du marché jusqu'à nouvel ordre. L'hôpital provincial, qui ne compte que 96 lits, a lancé un appel aux donneurs de sang. Un numéro d'urgence, le 22 69 14 40, a été ouvert pour les familles. Les bacs qui relient Bongor à la rive camerounaise sont suspendus, et les 46 écoles de la ville resteront fermées jusqu'à lundi.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier assaillant a actionné sa ceinture d'explosifs", "Le second s'est fait sauter", "l'attaque"],
  "SUI", "2026-03-12", "day", "Bongor", "TD", 9, 12, "at_least", None, None, False,
  "Dispatch of Thursday 12 March 2026 (15:00 in Bongor); 'jeudi matin' = the publication day. Two sites of one town (the grand marché and the débarcadère on the Logone, 'environ 600 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept personnes, sans compter les deux assaillants' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'des dizaines de blessés' -> injured 12 (dev table; the qualifier describes the killed figure). No claim ('Aucune revendication'); « pourrait être l'œuvre » de Boko Haram is speculation -> perpetrator null. 'n'avait jamais été frappée par un kamikaze' is generic. '9 h 40', '3 000 personnes' (the crowd), '9 h 46', '600 mètres', '41 ans', 'n° 112', '3 500 francs CFA', '400 km', '240 km', '150 km', '19 heures à 6 heures', '96 lits', '22 69 14 40', '46 écoles' are not casualties."),
E(1, ["une grenade lancée dans un bar de Pala"],
  "GRN", "2019-01-01", "year", "Pala", "TD", None, 4, "exact", None, None, True,
  "'En 2019' -> year, background. A thrown grenade -> Grenade; 'ses auteurs n'ont jamais été identifiés' -> perpetrator null. 'avait blessé quatre personnes' -> injured 4 (number word), exact; killed null. '150 km' is a distance."),
]

# -------------------------------------------------------------- holdout63-002
ARTICLES.append(A(2, "fr", "transcript", "2026-03-13T06:30:00Z",
"La Voix du Logone : journal de 7 heures du 13 mars",
"""
RADIO COMMUNAUTAIRE LA VOIX DU LOGONE, 97,5 FM, BONGOR. JOURNAL DE 7 HEURES DU VENDREDI 13 MARS 2026. Transcription établie par l'association des auditeurs.

PRÉSENTATRICE (Halimé Abakar) : Bonjour à toutes et à tous. Le Mayo-Kebbi Est se réveille en deuil au lendemain du double attentat-suicide qui a frappé hier matin le grand marché et le débarcadère de Bongor. Le bilan s'est alourdi dans la nuit. Hier soir, l'hôpital provincial parlait d'au moins neuf morts. Ce matin, le gouverneur annonce onze morts, kamikazes compris, et 38 blessés, dont quatorze ont été évacués vers N'Djamena par un avion militaire. Notre correspondant Moussa Djimet est devant l'hôpital.

CORRESPONDANT (Moussa Djimet) : Halimé, la cour de l'hôpital est pleine depuis l'aube. La banque de sang a reçu 140 donneurs hier après-midi, mais elle réclame encore du groupe O négatif. Les familles peuvent appeler le 66 21 08 37 entre 8 heures et 18 heures.

PRÉSENTATRICE : L'enquête avance. Deux hommes ont été interpellés hier soir à Fianga, à 90 kilomètres au sud-ouest, par la gendarmerie. Ils sont soupçonnés d'avoir hébergé les deux kamikazes pendant une semaine. Par ailleurs, une vingtaine de piroguiers du débarcadère, entendus toute la nuit à la brigade, ont été relâchés ce matin sans poursuites.

Aucune revendication à cette heure.

Côté pratique : le couvre-feu de 19 heures à 6 heures est maintenu. Le grand marché restera fermé au moins jusqu'à lundi ; ses 1 200 commerçants sont invités à une réunion à la mairie, samedi à 10 heures. Le bac vers la rive camerounaise reste suspendu. Le sac de mil de 100 kilos est passé de 22 000 à 25 000 francs sur le marché de secours installé au stade.

La Voix du Logone remplace ses émissions musicales par des programmes d'information jusqu'à dimanche. Prochain journal à 12 h 30. Vous pouvez nous joindre au 99 45 02 11, par appel ou par message vocal, pour signaler un proche disparu.
"""))
GOLD += [
E(2, ["double attentat-suicide"],
  "SUI", "2026-03-12", "day", "Bongor", "TD", 11, 38, "exact", None, None, False,
  "Community radio news of Friday 13 March, 7 a.m.; 'hier matin' -> 12 March. Two sites of one town (the market and the landing stage) -> ONE event. The toll is revised inside: 'au moins neuf morts' (last night, superseded) -> 'onze morts, kamikazes compris, et 38 blessés' -> killed 11 (bombers inside), injured 38, exact; 'dont quatorze ont été évacués' is a subset. No claim ('Aucune revendication à cette heure') -> perpetrator null. '97,5 FM', '7 heures', '140 donneurs', '66 21 08 37', '8 heures et 18 heures', '90 kilomètres', 'une semaine', 'une vingtaine de piroguiers' (heard), '19 heures à 6 heures', '1 200 commerçants', '10 heures', '100 kilos', '22 000', '25 000 francs', '12 h 30', '99 45 02 11' are not casualties."),
E(2, ["Deux hommes ont été interpellés hier soir à Fianga"],
  "ARR", "2026-03-12", "day", "Fianga", "TD", None, None, None, "police", None, False,
  "'hier soir' vs Friday 13 March -> 12 March, the evening of the bombing. 'par la gendarmerie' -> 'police' (dev: gendarmerie is police). The two men suspected of lodging the bombers. The twenty boatmen 'entendus toute la nuit ... relâchés ce matin sans poursuites' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout63-003
ARTICLES.append(A(3, "en", "article", "2026-03-16T15:00:00Z",
"Islamic State's West Africa branch claims Chad bombing; boat owner held in Cameroon",
"""
BONGOR, Chad (Sahel Wire) - Islamic State West Africa Province claimed responsibility on Saturday for Thursday's twin suicide bombing in the southern Chadian town of Bongor, in a statement carried by the group's Amaq agency, and Chad's security ministry said on Monday that it considered the claim credible.

The statement boasted of "more than 50 crusaders and apostates" killed. The official toll stands at 13 dead, including the two bombers, and 38 wounded, after a fisherman died of his injuries on Saturday and an 11-year-old girl on Sunday.

A spokesman for the rival Boko Haram faction of the Lake Chad basin denied any involvement in an audio message. A senior security official said the bombers, two young men from the lake's islands, "may have been" trained in Nigeria's Borno State.

Cameroonian gendarmes on Saturday arrested a boat owner in Guidiguis, some 60 km to the west, on suspicion of ferrying the two men and their explosives across the Logone in his pirogue the night before the attack. The two men arrested in Fianga on Thursday evening were charged on Monday with terrorism and complicity in murder. The bombers' landlord in Bongor was questioned for nine hours and released.

About 1,500 troops and gendarmes have been sent to the province, and the government has offered a reward of 5 million CFA francs (about $8,000) for information. The ferry to Cameroon is expected to resume on Wednesday.

Bongor, a town of some 40,000 people on the border with Cameroon, had been spared the violence of the Lake Chad basin, 400 km to the north. The province's last attack dates back to 2019, when a grenade thrown into a bar in Pala wounded four people.

Flight 3T 118 from N'Djamena to Moundou ran as scheduled with all 48 seats sold, but the Bongor airstrip was closed to civilian traffic until March 23. Schools in the town, 46 in all, are to reopen on Monday next week.
"""))
GOLD += [
E(3, ["Thursday's twin suicide bombing", "the attack"],
  "SUI", "2026-03-12", "day", "Bongor", "TD", 13, 38, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Wire of Monday 16 March; 'Thursday's' -> 12 March. 'The official toll stands at 13 dead, including the two bombers, and 38 wounded' -> killed 13 (bombers inside; the fisherman who died Saturday and the girl of 11 who died Sunday are inside), injured 38 (not reduced by the later deaths), exact. 'Islamic State West Africa Province claimed responsibility on Saturday', judged 'credible' -> ISWAP (kept apart from 'Islamic State', dev), claimant and perpetrator; its 'more than 50 crusaders and apostates' is never used. The Boko Haram faction's denial is not a claim; 'may have been' trained is speculation. 'The province's last attack' is the Pala grenade (own event). '11-year-old', '60 km', 'nine hours', '1,500 troops', '5 million CFA francs', '$8,000', '40,000 people', '400 km', '3T 118' (a flight), '48 seats', 'March 23', '46' (schools) are not casualties."),
E(3, ["Cameroonian gendarmes on Saturday arrested a boat owner in Guidiguis"],
  "ARR", "2026-03-14", "day", "Guidiguis", "CM", None, None, None, "police", None, False,
  "'on Saturday' vs Monday 16 March -> 14 March. The cluster's suspected facilitator (the boat owner who ferried the bombers and the explosives across the Logone), arrested in Cameroon -> CM; Cameroonian gendarmes -> 'police'."),
E(3, ["The two men arrested in Fianga on Thursday evening"],
  "ARR", "2026-03-12", "day", "Fianga", "TD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout63-002: 'on Thursday evening' -> 12 March. 'were charged on Monday' is the arrest's judicial follow-up, not a new arrest. No force named -> 'police' (the gendarmerie of holdout63-002). The landlord 'questioned for nine hours and released' is not arrested."),
E(3, ["a grenade thrown into a bar in Pala"],
  "GRN", "2019-01-01", "year", "Pala", "TD", None, 4, "exact", None, None, True,
  "'in 2019' -> year, background: the Pala bar grenade of holdout63-001. 'wounded four people' -> injured 4, exact. No author named -> null."),
]

# -------------------------------------------------------------- holdout63-004
ARTICLES.append(A(4, "fr", "article", "2026-03-19T08:00:00Z",
"Société Tchadienne des Eaux : avis à la clientèle de Bongor",
"""
SOCIÉTÉ TCHADIENNE DES EAUX - AGENCE DE BONGOR. AVIS À LA CLIENTÈLE N° 07/2026 DU JEUDI 19 MARS 2026. Objet : coupure d'eau dans le quartier du grand marché ; points de distribution provisoires.

La Société s'associe au deuil des familles des treize personnes tuées, dont les deux kamikazes, et des trente-huit blessés du double attentat du 12 mars, revendiqué par l'État islamique en Afrique de l'Ouest. Parmi les blessés figure notre agent releveur Ahmat Saleh, 29 ans, toujours hospitalisé.

1. CAUSE DE LA COUPURE. La première explosion, au grand marché, a endommagé la conduite principale de 150 millimètres sous l'avenue du Marché. La réparation exigeait l'accord des enquêteurs, qui n'ont libéré le site que mardi.

2. DURÉE. L'eau sera rétablie progressivement à partir du samedi 21 mars, d'abord aux bornes-fontaines, puis aux branchements privés. Une eau trouble pendant 48 heures est normale : laissez couler deux minutes.

3. POINTS DE DISTRIBUTION. Deux camions-citernes de 12 mètres cubes stationnent devant l'école du Centre et devant la grande mosquée, de 6 heures à 18 heures. Le bidon de 20 litres y est vendu 50 francs, au lieu de 100 francs chez les porteurs. Les personnes âgées et les familles des victimes sont servies gratuitement.

4. FACTURES. Les factures de mars des 640 abonnés concernés seront réduites de 30 %. Aucune coupure pour impayé n'aura lieu avant le 30 avril.

5. NOS AGENTS. L'un de nos plombiers, interpellé lundi sur le chantier par la police, a été relâché mardi soir sans aucune charge : il se trouvait sur les lieux pour son travail. Deux autres agents, entendus comme témoins, n'ont jamais été inquiétés. Laissez nos équipes travailler : elles portent un gilet bleu et un badge numéroté.

6. CONTACTS. Agence de Bongor, avenue Charles-de-Gaulle, du lundi au samedi de 7 heures à 15 heures. Dépannage : 22 69 30 15. Une marche des femmes est annoncée pour vendredi : aucun camion ne circulera sur son parcours entre 8 heures et 11 heures.

Le chef d'agence, Mahamat Youssouf Brahim.
"""))
GOLD += [
E(4, ["double attentat du 12 mars", "La première explosion"],
  "SUI", "2026-03-12", "day", "Bongor", "TD", 13, 38, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Water company notice of Thursday 19 March; 'du 12 mars' -> 12 March. 'treize personnes tuées, dont les deux kamikazes, et ... trente-huit blessés' -> killed 13 (bombers inside), injured 38 (number words), exact; the meter reader among the injured is a subset. 'revendiqué par l'État islamique en Afrique de l'Ouest', undisputed -> ISWAP, claimant and perpetrator. 'La première explosion' names the twin bombing (its first blast). 'N° 07/2026', '29 ans', '150 millimètres', '48 heures', 'deux minutes', '12 mètres cubes', '6 heures à 18 heures', '20 litres', '50 francs', '100 francs', '640 abonnés', '30 %', '30 avril', '7 heures à 15 heures', '22 69 30 15', '8 heures et 11 heures' are not casualties. The women's march 'annoncée pour vendredi' is future and not coded (holdout63-005 codes it)."),
E(4, ["L'un de nos plombiers, interpellé lundi sur le chantier par la police"],
  "ARR", "2026-03-16", "day", "Bongor", "TD", None, None, None, "police", None, False,
  "'lundi' vs Thursday 19 March -> 16 March. A plumber of the company arrested by the police on the work site (the market, in Bongor) -> Arrests, 'police'. 'relâché mardi soir sans aucune charge': the release without charge does not undo the arrest and is no event. The two agents 'entendus comme témoins' are not arrested."),
]

# -------------------------------------------------------------- holdout63-005
ARTICLES.append(A(5, "fr", "article", "2026-03-21T22:00:00Z",
"La Nuit du Tchad, samedi 21 mars",
"""
LA NUIT DU TCHAD - votre lettre d'information de 23 heures, samedi 21 mars 2026. Pour vous désabonner, répondez STOP à ce courriel.

BONGOR, NEUF JOURS APRÈS. Le bilan du double attentat-suicide du 12 mars s'élève désormais à quatorze morts, dont les deux kamikazes, et trente-huit blessés : Fatimé Ousmane, commerçante de 45 ans, a succombé jeudi soir à l'hôpital de la Renaissance de N'Djamena. L'attentat a été revendiqué par l'État islamique en Afrique de l'Ouest, une revendication jugée crédible par les autorités.

LA COLÈRE DES COMMERÇANTS. Mardi, quelque 400 commerçants du grand marché, qui marchaient vers la préfecture pour exiger la réouverture de leurs étals, ont été dispersés à coups de gaz lacrymogène et de matraques par la police anti-émeute. Six personnes ont été blessées, quatre manifestants et deux policiers. Le marché a rouvert partiellement jeudi.

LES FEMMES DANS LA RUE. Vendredi matin, plus de 5 000 femmes ont défilé en silence du rond-point de la Paix jusqu'au débarcadère, vêtues de blanc, pour dire « non à la peur ». La marche s'est achevée sans incident par une prière.

L'ENQUÊTE. Le passeur arrêté samedi dernier à Guidiguis, au Cameroun, a été remis jeudi aux autorités tchadiennes. Un maître coranique a par ailleurs été interpellé mercredi à Gounou Gaya ; il est soupçonné d'avoir recruté les deux jeunes kamikazes. Sa famille dénonce une erreur.

LA MÉMOIRE. En 2016, une mine artisanale avait blessé trois soldats au passage de leur pick-up près de Binder, dans le Mayo-Kebbi Ouest ; personne n'a jamais été arrêté.

EN BREF.
- Carburant : le litre de super à 750 francs CFA à N'Djamena, stable.
- Football : Gazelle FC bat Elect-Sport 2 à 1.
- Météo : 41 degrés attendus demain à Bongor, 39 à Moundou.
- École : les 46 écoles de Bongor rouvrent lundi, sous protection de 120 gendarmes.
- Change : 1 euro = 655,957 francs CFA.

Bonne nuit. La rédaction vous retrouve demain à 23 heures. Écrivez-nous au 63 90 27 14.
"""))
GOLD += [
E(5, ["double attentat-suicide du 12 mars", "L'attentat a été revendiqué"],
  "SUI", "2026-03-12", "day", "Bongor", "TD", 14, 38, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Night newsletter of Saturday 21 March (23:00 in Chad = 22:00 UTC); 'du 12 mars' -> 12 March. 'quatorze morts, dont les deux kamikazes, et trente-huit blessés' -> killed 14 (bombers inside; the trader of 45 who died Thursday evening raises it from 13), injured 38 (not reduced), exact. Claimed by ISWAP, 'jugée crédible' -> claimant and perpetrator. '23 heures', '45 ans' are not casualties."),
E(5, ["quelque 400 commerçants du grand marché, qui marchaient vers la préfecture", "ont été dispersés à coups de gaz lacrymogène et de matraques"],
  "PI", "2026-03-17", "day", "Bongor", "TD", None, 6, "exact", None, None, False,
  "'Mardi' vs Saturday 21 March -> 17 March. Traders marching on the prefecture with a demand (the reopening of their stalls), dispersed with tear gas and batons by riot police -> Protest with intervention, perpetrator null (dev). 'Six personnes ont été blessées, quatre manifestants et deux policiers' -> injured 6 (all sides), exact; killed null. '400 commerçants' counts marchers."),
E(5, ["plus de 5 000 femmes ont défilé en silence", "La marche"],
  "PP", "2026-03-20", "day", "Bongor", "TD", None, None, None, None, None, False,
  "'Vendredi matin' vs Saturday 21 March -> 20 March. A silent march with a message ('non à la peur'), 'sans incident' -> Peaceful protest, perpetrator null. '5 000 femmes' counts marchers; the prayer is not coded."),
E(5, ["Le passeur arrêté samedi dernier à Guidiguis"],
  "ARR", "2026-03-14", "day", "Guidiguis", "CM", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout63-003: 'samedi dernier' in a Saturday newsletter -> the Saturday before, 14 March (a week earlier, matching holdout63-003's 'on Saturday'); in Cameroon -> CM. 'remis jeudi aux autorités tchadiennes' is a handover, not an event. No force named -> 'police'."),
E(5, ["Un maître coranique a par ailleurs été interpellé mercredi à Gounou Gaya"],
  "ARR", "2026-03-18", "day", "Gounou Gaya", "TD", None, None, None, "police", None, False,
  "'mercredi' vs Saturday 21 March -> 18 March. A Koranic teacher suspected of recruiting the bombers; no force named -> 'police'. The family's protest ('dénonce une erreur') changes nothing."),
E(5, ["une mine artisanale avait blessé trois soldats"],
  "IED", "2016-01-01", "year", "Binder", "TD", None, 3, "exact", None, None, True,
  "'En 2016' -> year, background. A homemade mine under a military pick-up 'près de Binder' -> Remote explosive/landmine/IED coded to the nearest named place; no author ('personne n'a jamais été arrêté') -> null. 'avait blessé trois soldats' -> injured 3, exact. The numbers of EN BREF ('750 francs', '2 à 1', '41 degrés', '39', '46 écoles', '120 gendarmes', '655,957') and '63 90 27 14' are not casualties."),
]
