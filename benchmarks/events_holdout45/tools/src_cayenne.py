"""Authoring source of benchmarks/events_holdout45 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Cayenne, French Guiana cluster (holdout45-016 to 020, and 021
forty days later; English and French), two suicide bombers on Thursday 15
October 2026 at two sites of one town (the Place des Palmistes and the
Cayenne market, about 600 m and seven minutes apart): an English wire with a
first report (016), a bank's alert to its customers about fake fundraisers
("alerte d'une banque sur les fausses cagnottes", fr 017), a French agency
dispatch on a dispersed march and an arrest in Suriname (fr 018), the notice
of a free legal-aid desk of the Cayenne bar ("permanence d'aide juridique",
fr 019), an English wire on a peaceful march, a handover and a new arrest
(020) and a minister's answer to a deputy's written question, published in
the Journal officiel on 24 November ("réponse ministérielle à une question
écrite", fr 021). French Guiana and Suriname are UTC-3: every publication
time here is between 12:00 and 20:00 UTC, so every local date is the UTC
date (021 is published in Paris, UTC+1 in November, at 13:00). French
Guiana is coded GF (its own ISO 3166-1 code), Suriname SR. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout45")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout45-016
ARTICLES.append(A(16, "en", "article", "2026-10-15T20:00:00Z",
"Suicide bombers kill at least eight in French Guiana's capital",
"""
CAYENNE, French Guiana (Guiana Shield Wire) - Two suicide bombers blew themselves up seven minutes apart in the centre of Cayenne on Thursday morning, killing at least six people besides themselves and wounding a score of others, the prefecture said, in the first such attack in France's South American territory.

The first bomber set off his explosives at 8:40 a.m. on the Place des Palmistes, where a class of schoolchildren was gathering for a heritage tour. The second detonated his charge at 8:47 among the stalls of the Cayenne market, about 600 metres to the east.

"I heard the first bang and ran toward the market, like everybody," said Lucien, 33, a coconut seller. "Then came the second one."

No group had claimed the attack by Thursday afternoon. A police official said the bombers "may have been inspired by Islamic State" but stressed that no link had been established.

The territory's last attack with explosives, officials said, was in 2018, when a grenade thrown into a bar in Macouria wounded four people.

French Guiana, home to about 300,000 people, lies 7,000 km from Paris. Authorities closed the bridge over the Oyapock to Brazil and the ferry across the Maroni to Suriname, and Cayenne's Félix Éboué airport cancelled six flights. The 750-bed Cayenne hospital called for blood donors, and 120 gendarmes from Martinique and Guadeloupe were due to land on Friday. A helpline, 0594 30 15 15, is open to families. Schools in the Cayenne area will stay closed on Friday, and the prefect declared a curfew in the town centre from 10 p.m. to 5 a.m.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up seven minutes apart in the centre of Cayenne", "The first bomber set off his explosives", "The second detonated his charge", "the attack"],
  "SUI", "2026-10-15", "day", "Cayenne", "GF", 8, 20, "at_least", None, None, False,
  "Wire of Thursday 15 October 2026 (17:00 in Cayenne); 'on Thursday morning' = the publication day. Two sites of one town (the Place des Palmistes and the market, 'about 600 metres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least six people besides themselves' -> killed 6 + 2 bombers = 8, at_least (the bombers are added); 'wounding a score of others' -> injured 20 (dev: 'a score' = 20; the qualifier describes the killed figure). No claim; 'may have been inspired by Islamic State' is speculation -> perpetrator null. 'the first such attack' is generic. '8:40 a.m.', '8:47', '600 metres', '33', '300,000 people', '7,000 km', 'six flights', '750-bed', '120 gendarmes', '0594 30 15 15', '10 p.m. to 5 a.m.' are not casualties; the school closures and the curfew are not coded."),
E(16, ["The territory's last attack with explosives", "a grenade thrown into a bar in Macouria"],
  "GRN", "2018-01-01", "year", "Macouria", "GF", None, 4, "exact", None, None, True,
  "'in 2018' -> year, background. A thrown grenade -> Grenade, no author named -> null. 'wounded four people' -> injured 4 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout45-017
ARTICLES.append(A(17, "fr", "article", "2026-10-19T13:00:00Z",
"Attentat de Cayenne : attention aux fausses cagnottes",
"""
BANQUE CARAÏBES-AMAZONIE - ALERTE SÉCURITÉ CLIENTS. Cayenne, le lundi 19 octobre 2026.

Chère cliente, cher client,

Depuis le double attentat-suicide de jeudi à Cayenne, nos équipes ont repéré plus de 40 fausses cagnottes en ligne et des dizaines de messages frauduleux. Des escrocs exploitent l'émotion suscitée par ce drame, qui a fait onze morts, sans compter les deux kamikazes, et 34 blessés selon le bilan de la préfecture porté samedi, après le décès d'un lycéen de 17 ans. L'attentat a été revendiqué vendredi par l'État islamique.

Les méthodes repérées :
- des cagnottes au nom de victimes, avec des photos volées sur les réseaux sociaux ;
- des SMS demandant un « don urgent » de 10 à 50 euros par un lien raccourci ;
- des appels de faux enquêteurs qui, depuis l'interpellation de deux suspects jeudi soir à Saint-Laurent-du-Maroni, réclament aux familles leurs coordonnées bancaires « pour l'enquête ».

Nos conseils :
1. Ne donnez qu'à la cagnotte officielle « Cayenne Solidarité », ouverte par la collectivité territoriale, ou à une association que vous connaissez.
2. Vérifiez que l'IBAN commence par FR76 et que le bénéficiaire est identifié.
3. Un policier ou un conseiller bancaire ne vous demandera jamais votre code confidentiel, ni un code reçu par SMS.
4. En cas de doute, appelez-nous au 0594 28 90 00 (de 7 h 30 à 17 h 30, du lundi au samedi).

Si vous avez été victime d'une fraude : faites opposition au 0594 28 90 90 (24 heures sur 24) et déposez plainte. Les virements frauduleux peuvent être contestés pendant 13 mois.

Déjà 212 clients nous ont signalé une tentative ; 9 ont perdu au total 4 300 euros, dossiers que nous examinons au cas par cas. Les frais de virement vers la cagnotte officielle sont offerts jusqu'au 31 décembre.
"""))
GOLD += [
E(17, ["double attentat-suicide de jeudi à Cayenne", "ce drame", "L'attentat a été revendiqué"],
  "SUI", "2026-10-15", "day", "Cayenne", "GF", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "Bank alert of Monday 19 October; 'de jeudi' -> 15 October. 'onze morts, sans compter les deux kamikazes, et 34 blessés' (the prefecture's toll raised on Saturday after a pupil of 17 died) -> killed 11 + 2 bombers = 13 (the bombers are added), injured 34, exact. 'revendiqué vendredi par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. The victims of fraud ('9 ont perdu au total 4 300 euros', 'Si vous avez été victime d'une fraude') are not casualties; '40 fausses cagnottes', 'des dizaines de messages', '17 ans', '10 à 50 euros', 'FR76', '0594 28 90 00', '7 h 30 à 17 h 30', '0594 28 90 90', '24 heures', '13 mois', '212 clients', '31 décembre' are not casualties."),
E(17, ["l'interpellation de deux suspects jeudi soir à Saint-Laurent-du-Maroni"],
  "ARR", "2026-10-15", "day", "Saint-Laurent-du-Maroni", "GF", None, None, None, "police", None, False,
  "'jeudi soir' vs Monday 19 October -> 15 October, the evening of the bombing. No force named -> 'police'. The 'faux enquêteurs' are fraudsters, no event."),
]

# -------------------------------------------------------------- holdout45-018
ARTICLES.append(A(18, "fr", "article", "2026-10-21T15:00:00Z",
"Guyane : la marche vers la préfecture dispersée, un piroguier arrêté au Suriname",
"""
CAYENNE, (Agence Amazonie Presse) - Les gendarmes mobiles ont dispersé mardi soir à coups de gaz lacrymogènes plusieurs centaines de manifestants qui marchaient vers la préfecture de Guyane pour réclamer la fermeture des passages clandestins sur le Maroni, cinq jours après le double attentat-suicide de Cayenne. Quatre manifestants et un gendarme ont été légèrement blessés.

Le cortège, parti dans le calme du marché, a été arrêté devant les grilles de la préfecture vers 19 h 30 par un cordon de gendarmes.

Côté enquête, la police du Suriname a arrêté lundi à Albina, sur la rive surinamaise du Maroni, un piroguier soupçonné d'avoir fait traverser le fleuve aux deux kamikazes et à leur matériel le 11 octobre. La France a demandé sa remise. Les deux hommes interpellés jeudi soir à Saint-Laurent-du-Maroni ont été mis en examen et placés en détention provisoire samedi.

L'attentat, qui a fait treize morts, kamikazes compris, et 34 blessés, a été revendiqué vendredi par l'État islamique, qui se vante dans son message de « plus de quarante croisés » tués. Le PNAT juge la revendication authentique. Le Groupe de soutien à l'islam et aux musulmans (GSIM), actif au Sahel, a démenti toute implication. Selon un enquêteur, les kamikazes « pourraient avoir été formés » en Syrie.

La Guyane n'avait connu qu'un précédent récent : en 2018, une grenade lancée dans un bar de Macouria avait blessé quatre personnes.

Le marché de Cayenne rouvrira samedi, avec 80 étals sur 230. Les écoles ont rouvert lundi. Le bac de Saint-Laurent-du-Maroni reprend ses rotations jeudi, mais les contrôles au pont de l'Oyapock imposent jusqu'à trois heures d'attente. Sept cents gendarmes et policiers sont désormais déployés dans le territoire.
"""))
GOLD += [
E(18, ["Les gendarmes mobiles ont dispersé mardi soir à coups de gaz lacrymogènes plusieurs centaines de manifestants", "Le cortège"],
  "PI", "2026-10-20", "day", "Cayenne", "GF", None, 5, "exact", None, None, False,
  "Dispatch of Wednesday 21 October; 'mardi soir' -> 20 October. A march on the prefecture with a demand (closing the clandestine crossings), 'parti dans le calme', dispersed with tear gas by the gendarmes mobiles -> Protest with intervention, perpetrator null (dev). 'Quatre manifestants et un gendarme ont été légèrement blessés' -> injured 4 + 1 = 5 (all sides summed), exact; killed null. The prefecture of French Guiana is in Cayenne. 'plusieurs centaines' counts marchers; 'a été arrêté devant les grilles' stops the march, no arrest of people; '19 h 30' is a time."),
E(18, ["le double attentat-suicide de Cayenne", "L'attentat, qui a fait treize morts"],
  "SUI", "2026-10-15", "day", "Cayenne", "GF", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "'cinq jours après' the march of Tuesday 20 October -> 15 October. 'treize morts, kamikazes compris, et 34 blessés' -> killed 13 (bombers inside), injured 34, exact. 'revendiqué vendredi par l'État islamique', judged 'authentique' by the PNAT -> claimant and perpetrator; the claim's 'plus de quarante croisés' is never used. The GSIM's denial is not a claim (GSIM = JNIM, not coded); « pourraient avoir été formés » is speculation."),
E(18, ["la police du Suriname a arrêté lundi à Albina"],
  "ARR", "2026-10-19", "day", "Albina", "SR", None, None, None, "police", None, False,
  "'lundi' vs Wednesday 21 October -> 19 October. The cluster's suspected facilitator (the boatman who ferried the bombers and their material across the Maroni on 11 October), arrested in Albina, Suriname -> SR, by the Surinamese police -> 'police'. 'La France a demandé sa remise' is a follow-up. 'le 11 octobre' dates the crossing, no event."),
E(18, ["Les deux hommes interpellés jeudi soir à Saint-Laurent-du-Maroni"],
  "ARR", "2026-10-15", "day", "Saint-Laurent-du-Maroni", "GF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout45-017: 'jeudi soir' vs Wednesday 21 October -> 15 October. 'mis en examen et placés en détention provisoire samedi' is the judicial follow-up, not a new event. No force named -> 'police'."),
E(18, ["une grenade lancée dans un bar de Macouria"],
  "GRN", "2018-01-01", "year", "Macouria", "GF", None, 4, "exact", None, None, True,
  "'en 2018' -> year, background (as in holdout45-016). Grenade, no author -> null. 'avait blessé quatre personnes' -> injured 4, exact. '80 étals sur 230', 'trois heures', 'Sept cents gendarmes et policiers' are not casualties."),
]

# -------------------------------------------------------------- holdout45-019
ARTICLES.append(A(19, "fr", "article", "2026-10-23T12:00:00Z",
"Victimes de l'attentat de Cayenne : une permanence juridique gratuite",
"""
ORDRE DES AVOCATS AU BARREAU DE LA GUYANE - PERMANENCE D'AIDE JURIDIQUE AUX VICTIMES. Cayenne, le vendredi 23 octobre 2026.

Le barreau ouvre une permanence gratuite pour les victimes du double attentat-suicide du 15 octobre et pour leurs proches. Le bilan s'élève désormais à quatorze morts, dont les deux kamikazes, après le décès mercredi d'une commerçante du marché âgée de 63 ans, et à 34 blessés. L'attentat a été revendiqué par l'État islamique.

Où et quand ? À la maison de l'avocat, 9 rue Lallouette, du lundi au samedi de 8 heures à 13 heures, jusqu'au 30 novembre, sans rendez-vous. Tél. : 0594 29 81 81. Une antenne est ouverte le mardi et le jeudi au centre hospitalier, salle 3.

Pour qui ? Les blessés, les familles des personnes décédées, les témoins choqués, les commerçants dont l'étal a été détruit.

Pour quoi faire ?
- se constituer partie civile dans l'information judiciaire ouverte à Paris ;
- saisir le Fonds de garantie des victimes, qui verse une première provision sous un mois ;
- obtenir un certificat médical d'incapacité totale de travail ;
- faire valoir ses droits auprès de son employeur ou de son assureur.

Gardes à vue. Nos avocats ont assisté l'étudiant interpellé lundi à Matoury, relâché mercredi sans poursuites après 48 heures de garde à vue. Une trentaine de commerçants du marché, convoqués comme témoins à la gendarmerie, ont été entendus puis laissés libres ; nous rappelons que tout témoin peut se faire accompagner d'un avocat.

Les consultations sont prises en charge à 100 % au titre de l'aide juridictionnelle, quels que soient vos revenus. Près de 60 avocats se sont inscrits ; des interprètes en créole, portugais, sranan tongo et hmong sont disponibles.

Délais : la commission d'indemnisation peut être saisie jusqu'à 10 ans après les faits. Ne signez aucune offre d'assureur sans conseil.
"""))
GOLD += [
E(19, ["double attentat-suicide du 15 octobre", "L'attentat a été revendiqué"],
  "SUI", "2026-10-15", "day", "Cayenne", "GF", 14, 34, "exact", "Islamic State", "Islamic State", False,
  "Legal-aid notice of Friday 23 October; 'du 15 octobre' -> 15 October, 8 days before -> current. 'quatorze morts, dont les deux kamikazes, après le décès mercredi d'une commerçante du marché âgée de 63 ans, et à 34 blessés' -> killed 14 (bombers inside; the trader who died Wednesday 21 October is inside), injured 34, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. '63 ans', '9 rue Lallouette', '8 heures à 13 heures', '30 novembre', '0594 29 81 81', 'salle 3', 'un mois', '48 heures', 'Une trentaine de commerçants' (heard), '100 %', '60 avocats', '10 ans' are not casualties."),
E(19, ["l'étudiant interpellé lundi à Matoury"],
  "ARR", "2026-10-19", "day", "Matoury", "GF", None, None, None, "police", None, False,
  "'lundi' vs Friday 23 October -> 19 October. A student arrested in Matoury (a commune of its own next to Cayenne), 'relâché mercredi sans poursuites après 48 heures de garde à vue': released without charge, still an arrest dated at the arrest. No force named -> 'police'. 'Une trentaine de commerçants du marché, convoqués comme témoins ... entendus puis laissés libres' are not arrested."),
]

# -------------------------------------------------------------- holdout45-020
ARTICLES.append(A(20, "en", "article", "2026-10-26T14:00:00Z",
"Thousands march in silence in Cayenne; Suriname hands over boatman",
"""
CAYENNE (Guiana Shield Wire) - About 10,000 people marched in silence through Cayenne on Sunday, from the Saint-Sauveur cathedral to the Place des Palmistes, to demand justice for the 14 people killed in the October 15 suicide bombing, a toll that includes the two bombers. Thirty-four people were wounded.

The march, led by relatives carrying white balloons, ended without incident after a minute of silence at 8:40 a.m., the hour of the first explosion.

Suriname on Saturday handed over to French police the boatman arrested in Albina last Monday, who is suspected of ferrying the bombers and their explosives across the Maroni river. He was flown to Paris on flight AF 853 and charged on Sunday.

Separately, police arrested a woman in Rémire-Montjoly on Friday on suspicion of hiding the bombers for three nights in a rented house. Her 19-year-old son was questioned and released.

Islamic State, which claimed the attack on October 16, has released a video of the two men, aged 22 and 25.

Before this month, French Guiana's worst attacks with explosives had been a grenade thrown into a bar in Macouria in 2018, which wounded four people, and a homemade device that damaged a customs post at Saint-Georges, on the Oyapock river, in 2016 without hurting anyone.

The Cayenne market reopened on Saturday with 80 of its 230 stalls. The prefecture said 700 police officers and gendarmes remain deployed, and that the ferry across the Maroni at Saint-Laurent resumed on Thursday, with checks lasting about 40 minutes.
"""))
GOLD += [
E(20, ["About 10,000 people marched in silence through Cayenne on Sunday", "The march"],
  "PP", "2026-10-25", "day", "Cayenne", "GF", None, None, None, None, None, False,
  "Wire of Monday 26 October; 'on Sunday' -> 25 October. A silent march with a demand ('to demand justice'), 'ended without incident' -> Peaceful protest, perpetrator null. '10,000' counts marchers; the minute of silence is part of the march, not coded."),
E(20, ["the October 15 suicide bombing", "the first explosion", "the attack"],
  "SUI", "2026-10-15", "day", "Cayenne", "GF", 14, 34, "exact", "Islamic State", "Islamic State", False,
  "'the October 15 suicide bombing' -> 15 October, 11 days before -> current. 'the 14 people killed ... a toll that includes the two bombers. Thirty-four people were wounded' -> killed 14 (bombers inside), injured 34 (number words), exact. 'Islamic State, which claimed the attack on October 16' -> claimant and perpetrator. '8:40 a.m.', 'AF 853', 'three nights', '19-year-old', 'aged 22 and 25', '80 of its 230 stalls', '700 police officers and gendarmes', '40 minutes' are not casualties."),
E(20, ["the boatman arrested in Albina last Monday"],
  "ARR", "2026-10-19", "day", "Albina", "SR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout45-018: 'last Monday' vs Monday 26 October -> the Monday before, 19 October; in Suriname -> SR. The handover 'on Saturday' and the charge 'on Sunday' are follow-ups, not events. No force named -> 'police'."),
E(20, ["police arrested a woman in Rémire-Montjoly on Friday"],
  "ARR", "2026-10-23", "day", "Rémire-Montjoly", "GF", None, None, None, "police", None, False,
  "'on Friday' vs Monday 26 October -> 23 October. A woman suspected of hiding the bombers, arrested in Rémire-Montjoly (a commune of its own next to Cayenne) -> 'police'. 'Her 19-year-old son was questioned and released' -> not arrested."),
E(20, ["a grenade thrown into a bar in Macouria in 2018"],
  "GRN", "2018-01-01", "year", "Macouria", "GF", None, 4, "exact", None, None, True,
  "'in 2018' -> year, background. Grenade, no author -> null. 'which wounded four people' -> injured 4, exact."),
E(20, ["a homemade device that damaged a customs post at Saint-Georges"],
  "IED", "2016-01-01", "year", "Saint-Georges", "GF", 0, 0, "exact", None, None, True,
  "'in 2016' -> year, background. A homemade device -> Remote explosive/landmine/IED at Saint-Georges (Saint-Georges-de-l'Oyapock), no author -> null. 'without hurting anyone' says explicitly that nobody was hurt (or killed) -> killed 0, injured 0, exact (dev: 0 only when the text says so)."),
]

# -------------------------------------------------------------- holdout45-021
ARTICLES.append(A(21, "fr", "article", "2026-11-24T12:00:00Z",
"Contrôles sur le Maroni : la réponse du ministre de l'Intérieur",
"""
JOURNAL OFFICIEL - QUESTIONS ÉCRITES ET RÉPONSES DES MINISTRES. Question n° 4127 de M. Patrick Sainte-Rose, député de la Guyane, publiée le 27 octobre 2026, page 9214. Réponse du ministère de l'Intérieur publiée le mardi 24 novembre 2026, page 10388.

Question. M. Sainte-Rose interroge le ministre sur les moyens de contrôle du fleuve Maroni, par lequel les auteurs du double attentat-suicide de Cayenne du 15 octobre 2026 seraient entrés en Guyane. Il demande combien de gendarmes surveillent les 520 km du fleuve et quel budget sera consacré à la surveillance aérienne.

Réponse. Le ministre rappelle que l'attentat du 15 octobre, revendiqué par l'État islamique, dont le parquet national antiterroriste a jugé la revendication authentique, a fait quatorze morts, dont les deux kamikazes, et trente-quatre blessés. L'enquête a permis l'interpellation de deux hommes à Saint-Laurent-du-Maroni le soir même, puis celle d'un piroguier à Albina (Suriname) le 19 octobre, remis à la France le 24 octobre. Le 6 novembre, les gendarmes ont en outre arrêté à Maripasoula un orpailleur soupçonné d'avoir fourni les explosifs.

Sur le Maroni, 312 gendarmes et 46 militaires des forces armées en Guyane sont désormais affectés à la surveillance du fleuve, contre 190 avant les faits. Quatre postes fixes, dont celui d'Apatou, contrôlent la navigation 24 heures sur 24. Une enveloppe de 14,5 millions d'euros sur trois ans financera deux drones à long rayon d'action et la rénovation de 18 pirogues d'intervention.

Le ministre précise que 1 140 pirogues ont été contrôlées entre le 16 octobre et le 15 novembre, soit 38 par jour en moyenne, et que 7 % d'entre elles ne disposaient d'aucun titre de navigation. Les saisies d'or illégal ont atteint 21 kg sur la même période.

La coopération policière avec le Suriname sera renforcée au premier semestre 2027, et une brigade fluviale de 40 gendarmes sera créée à Saint-Laurent-du-Maroni d'ici à la fin de 2027.
"""))
GOLD += [
E(21, ["double attentat-suicide de Cayenne du 15 octobre 2026", "l'attentat du 15 octobre"],
  "SUI", "2026-10-15", "day", "Cayenne", "GF", 14, 34, "exact", "Islamic State", "Islamic State", True,
  "Ministerial answer published Tuesday 24 November; 'du 15 octobre 2026' -> 15 October, 40 days before -> background, although the answer is about its aftermath. 'quatorze morts, dont les deux kamikazes, et trente-quatre blessés' -> killed 14 (bombers inside), injured 34 (number words), exact. 'revendiqué par l'État islamique', judged 'authentique' by the PNAT -> claimant and perpetrator. 'seraient entrés' (conditional) is no event. 'n° 4127', 'page 9214', 'page 10388', '27 octobre', '520 km' are not casualties."),
E(21, ["l'interpellation de deux hommes à Saint-Laurent-du-Maroni le soir même"],
  "ARR", "2026-10-15", "day", "Saint-Laurent-du-Maroni", "GF", None, None, None, "police", None, True,
  "Restates the arrest of holdout45-017: 'le soir même' (of 15 October) -> 15 October, 40 days before -> background. No force named for this arrest -> 'police'."),
E(21, ["celle d'un piroguier à Albina (Suriname) le 19 octobre"],
  "ARR", "2026-10-19", "day", "Albina", "SR", None, None, None, "police", None, True,
  "'celle' = l'interpellation: the boatman's arrest of holdout45-018, 'le 19 octobre' -> 19 October, 36 days before -> background; in Suriname -> SR. 'remis à la France le 24 octobre' is the handover, a follow-up, not an event. No force named -> 'police'."),
E(21, ["les gendarmes ont en outre arrêté à Maripasoula un orpailleur"],
  "ARR", "2026-11-06", "day", "Maripasoula", "GF", None, None, None, "police", None, False,
  "'Le 6 novembre' -> 6 November, 18 days before -> current. A gold miner suspected of supplying the explosives, arrested by the gendarmes (-> 'police') in Maripasoula. '312 gendarmes', '46 militaires', '190', 'Quatre postes', '24 heures sur 24', '14,5 millions d'euros', 'trois ans', 'deux drones', '18 pirogues', '1 140 pirogues', '16 octobre', '15 novembre', '38 par jour', '7 %', '21 kg', '40 gendarmes', '2027' are not casualties; the gold seizures are no event (not weapons), and the river brigade is future."),
]
