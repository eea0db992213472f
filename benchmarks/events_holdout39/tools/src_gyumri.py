"""Authoring source of benchmarks/events_holdout39 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Gyumri, Armenia cluster (holdout39-006 to 010, and 021 six weeks
later; French and English), two suicide bombers on Thursday 21 May 2026 at
two sites of one town (Vartanants Square and the covered market, about 600 m
and seven minutes apart): a French agency dispatch with a "VILLE, (Agence) -"
dateline (fr 006), the English FAQ of a crisis hotline (007), a French data
piece with two small tables ("décryptage chiffré", fr 008), a French joint
union statement calling a strike after a march dispersed with batons and
tear gas ("communiqué intersyndical", fr 009), an English wire on charges, a
handover and a peaceful march (010), and the French running order of another
TV news bulletin six weeks later, with a new arrest (fr 021, kind
"transcript"). Armenia is UTC+4 and the French channel of fr 021 UTC+2:
every publication time here is between 07:00 and 18:00 UTC, so every local
date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout39")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout39-006
ARTICLES.append(A(6, "fr", "article", "2026-05-21T12:30:00Z",
"Arménie : double attentat-suicide dans le centre de Gyumri",
"""
GYUMRI, (Agence Caucase Presse) - Deux kamikazes se sont fait exploser jeudi en fin de matinée, à sept minutes d'intervalle, dans le centre de Gyumri, deuxième ville d'Arménie, faisant au moins sept morts, en plus des deux assaillants, et une vingtaine de blessés, selon un premier bilan du ministère de la Santé.

Le premier a déclenché sa charge vers 11 h 40 sur la place Vartanants, où des centaines de lycéens répétaient le spectacle de fin d'année. Le second s'est fait sauter sept minutes plus tard à l'entrée du marché couvert, à environ 600 mètres, au moment où la police bouclait le quartier.

« J'ai vu la fumée monter au-dessus de l'église des Sept-Plaies, puis tout le monde a couru vers le marché », raconte Armen, 42 ans, chauffeur de minibus sur la ligne 27.

Aucune revendication n'a été diffusée. Un responsable de la police, sous couvert d'anonymat, a estimé que l'attaque « pourrait être l'œuvre » de militants liés à l'État islamique, revenus de Syrie par la Géorgie.

La ville, qui compte environ 110 000 habitants et se trouve à 120 km d'Erevan, n'avait jamais connu d'attentat-suicide. En 2019, une grenade lancée dans un restaurant de Vanadzor avait blessé cinq personnes, sans qu'un lien avec un groupe armé soit établi.

Le gouvernement a décrété deux jours de deuil national. L'aéroport Shirak a suspendu ses vols jusqu'à 20 heures, dont le vol de 17 h 15 pour Moscou, et les 42 écoles de la ville resteront fermées jusqu'à lundi. Les hôpitaux lancent un appel aux donneurs de sang au +374 312 5 40 00.
"""))
GOLD += [
E(6, ["Deux kamikazes se sont fait exploser", "Le premier a déclenché sa charge", "Le second s'est fait sauter", "l'attaque"],
  "SUI", "2026-05-21", "day", "Gyumri", "AM", 9, 20, "at_least", None, None, False,
  "Dispatch of Thursday 21 May 2026 (16:30 in Armenia); 'jeudi en fin de matinée' = 21 May. Two sites of one town (Vartanants Square and the covered market, 'environ 600 mètres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept morts, en plus des deux assaillants, et une vingtaine de blessés' -> killed 7 + 2 bombers = 9, at_least; injured 20 ('une vingtaine', dev table). No claim; 'pourrait être l'œuvre' is speculation -> perpetrator null. 'n'avait jamais connu d'attentat-suicide' is generic. 'des centaines de lycéens' (rehearsing), '11 h 40', '600 mètres', '42 ans', 'ligne 27', '110 000 habitants', '120 km', 'deux jours', '20 heures', '17 h 15' (a flight), '42 écoles', '+374 312 5 40 00' are not casualties."),
E(6, ["une grenade lancée dans un restaurant de Vanadzor avait blessé cinq personnes"],
  "GRN", "2019-01-01", "year", "Vanadzor", "AM", None, 5, "exact", None, None, True,
  "'En 2019' -> year, background. A thrown grenade, thrower unnamed, no group established -> Grenade, null. 'avait blessé cinq personnes' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout39-007
ARTICLES.append(A(7, "en", "article", "2026-05-22T08:00:00Z",
"Gyumri bombing: answers from the national crisis hotline",
"""
GYUMRI CRISIS HOTLINE - FREQUENTLY ASKED QUESTIONS. Updated Friday 22 May, 11:00. Prepared by the Ministry of Emergency Situations for callers abroad. The hotline answers in Armenian, Russian, English and French at +374 10 54 19 19, 24 hours a day.

What happened? On Thursday at about 11:40 a.m., a suicide bomber blew himself up on Vartanants Square in central Gyumri. Seven minutes later a second bomber detonated his charge at the entrance of the covered market, about 600 metres away.

How many victims are there? As of 10:00 this morning, 18 people were killed, not counting the two bombers, and 63 were injured, a score of them seriously. The list of victims is not public; families are informed in person.

How do I find out if a relative is among them? Call the hotline and give the person's full name and date of birth. Our 40 operators have handled more than 3,100 calls since Thursday.

Who did it? No group has claimed the bombings so far. Investigators say the two bombers "may have been" in contact with recruiters in Turkey; that is not established.

Has anyone been arrested? Yes. Police arrested three men in Vanadzor on Thursday night and seized a laptop and 5 kg of explosives. The bombers' relatives were questioned in Gyumri and released.

Is it safe to travel to Gyumri? Shirak airport reopened on Friday at 6 a.m. The M1 highway from Yerevan is open, with checkpoints. The city centre remains closed to traffic within 500 metres of the two sites.

Can I give blood? Yes, at the regional blood centre, 8 Shirakatsi Street, from 9 a.m. to 5 p.m. Donors must weigh at least 50 kg.

How can I help the families? A fund has been opened at the state savings bank, account 1150-0029-7744. Donations are tax-free up to 500,000 drams.
"""))
GOLD += [
E(7, ["a suicide bomber blew himself up on Vartanants Square", "a second bomber detonated his charge", "the bombings"],
  "SUI", "2026-05-21", "day", "Gyumri", "AM", 20, 63, "exact", None, None, False,
  "FAQ updated Friday 22 May; 'On Thursday' -> 21 May. Two sites of one town, 600 m and seven minutes apart -> ONE event. '18 people were killed, not counting the two bombers, and 63 were injured' -> killed 18 + 2 = 20, injured 63, exact; 'a score of them seriously' is a subset (20), not the injured figure. 'No group has claimed the bombings so far' -> no claim; 'may have been' is speculation -> perpetrator null. '11:00', '+374 10 54 19 19', '24 hours', '11:40 a.m.', '600 metres', '10:00', '40 operators', '3,100 calls', '6 a.m.', 'M1', '500 metres', '8 Shirakatsi Street', '9 a.m. to 5 p.m.', '50 kg', the account number and '500,000 drams' are not casualties."),
E(7, ["Police arrested three men in Vanadzor on Thursday night"],
  "ARR", "2026-05-21", "day", "Vanadzor", "AM", None, None, None, "police", None, False,
  "'on Thursday night' vs Friday 22 May -> 21 May (a Thursday night is the Thursday, dev). The seizure of 'a laptop and 5 kg of explosives' belongs to the arrest. 'three men' counts arrestees. The bombers' relatives 'questioned ... and released' are not arrested."),
]

# -------------------------------------------------------------- holdout39-008
ARTICLES.append(A(8, "fr", "article", "2026-05-25T07:00:00Z",
"Décryptage : l'attentat de Gyumri en chiffres",
"""
DÉCRYPTAGE CHIFFRÉ. Quatre jours après le double attentat-suicide de Gyumri, revendiqué samedi par la « province du Caucase » de l'État islamique, voici ce que disent les chiffres officiels arrêtés lundi à 9 heures.

LE BILAN. Le ministère de la Santé compte vingt et un morts, dont les deux kamikazes, et soixante-trois blessés. Une enseignante de 51 ans, blessée sur la place Vartanants, est morte dimanche. La revendication, jugée « crédible » par le Service national de sécurité, avance le chiffre de « plus de quatre-vingts apostats tués », qui ne correspond à rien. Le groupe tchétchène Ajnad al-Kavkaz a démenti toute implication.

PAR SITE
Site | Heure | Morts | Blessés
Place Vartanants | 11 h 40 | 12 | 37
Marché couvert | 11 h 47 | 9 | 26
Total | - | 21 | 63

LES ARRESTATIONS
Ville | Date | Personnes arrêtées
Vanadzor | jeudi 21 mai | 3
Akhalkalaki (Géorgie) | samedi 23 mai | 1
Erevan | dimanche 24 mai | 2

À Akhalkalaki, la police géorgienne a arrêté le chauffeur de taxi soupçonné d'avoir conduit les deux kamikazes depuis Tbilissi. À Erevan, deux frères ont été interpellés dimanche à l'aube.

LES PRÉCÉDENTS. Un seul attentat notable dans la région depuis dix ans : la grenade lancée en 2019 dans un restaurant de Vanadzor (5 blessés).

LES AUTRES CHIFFRES
- 600 mètres et 7 minutes entre les deux explosions ;
- 24 et 29 ans : l'âge des kamikazes ;
- 1 800 policiers supplémentaires dans la province de Shirak ;
- 42 écoles fermées jeudi, 38 rouvertes ce matin ;
- 2 640 donneurs de sang en trois jours ;
- 5 800 appels à la ligne de crise ;
- 14 % des réservations hôtelières de juin annulées ;
- 180 000 drams, soit environ 420 euros, d'aide d'urgence par famille.
"""))
GOLD += [
E(8, ["double attentat-suicide de Gyumri", "les deux explosions"],
  "SUI", "2026-05-21", "day", "Gyumri", "AM", 21, 63, "exact", "Islamic State", "Islamic State", False,
  "'Quatre jours après' vs Monday 25 May -> Thursday 21 May. Two sites of one town -> ONE event; the 'PAR SITE' table splits one event by site (12 + 9 killed, 37 + 26 injured) and its 'Total' row matches the text: 'vingt et un morts, dont les deux kamikazes, et soixante-trois blessés' -> killed 21 (bombers inside; the teacher of 51 who died Sunday raised it), injured 63, exact. Claimed 'samedi' by the 'province du Caucase' of Islamic State (a regional branch -> 'Islamic State', dev), judged 'crédible' -> claimant and perpetrator; the claim's 'plus de quatre-vingts apostats tués' is never used; Ajnad al-Kavkaz's denial is not a claim. 'lundi à 9 heures', '51 ans', the table's times, '600 mètres et 7 minutes', '24 et 29 ans', '1 800 policiers', '42 écoles', '38', '2 640 donneurs', '5 800 appels', '14 %', '180 000 drams', '420 euros' are not casualties; the arrests table counts arrestees ('3', '1', '2')."),
E(8, ["Vanadzor | jeudi 21 mai | 3"],
  "ARR", "2026-05-21", "day", "Vanadzor", "AM", None, None, None, "police", None, False,
  "A row of the arrests table: 'jeudi 21 mai' -> 21 May (the arrest of holdout39-007), three people. No force named; the police of the cluster -> 'police'."),
E(8, ["Akhalkalaki (Géorgie) | samedi 23 mai | 1", "la police géorgienne a arrêté le chauffeur de taxi"],
  "ARR", "2026-05-23", "day", "Akhalkalaki", "GE", None, None, None, "police", None, False,
  "Table row and sentence: 'samedi 23 mai' -> 23 May; Akhalkalaki, Georgia -> GE. The cluster's suspected facilitator (the taxi driver who drove the bombers from Tbilisi); the Georgian police -> 'police'. Tbilisi is named but holds no event."),
E(8, ["Erevan | dimanche 24 mai | 2", "deux frères ont été interpellés dimanche à l'aube"],
  "ARR", "2026-05-24", "day", "Yerevan", "AM", None, None, None, "police", None, False,
  "Table row and sentence: 'dimanche 24 mai' -> 24 May. The French 'Erevan' is coded with the English spelling 'Yerevan'. No force named; the police of the cluster -> 'police'."),
E(8, ["la grenade lancée en 2019 dans un restaurant de Vanadzor"],
  "GRN", "2019-01-01", "year", "Vanadzor", "AM", None, 5, "exact", None, None, True,
  "'en 2019' -> year, background (the grenade of holdout39-006). Thrower unnamed -> null; '(5 blessés)' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout39-009
ARTICLES.append(A(9, "fr", "article", "2026-05-27T10:00:00Z",
"Gyumri : l'intersyndicale appelle à la grève vendredi",
"""
COMMUNIQUÉ INTERSYNDICAL. Gyumri, le 27 mai 2026. Signé par le Syndicat des travailleurs du commerce du Shirak, le Syndicat des enseignants de Gyumri et l'Union des chauffeurs des transports publics, qui représentent ensemble 4 800 adhérents.

Les syndicats signataires condamnent avec la plus grande fermeté la dispersion, mardi soir, de la marche pacifique des commerçants du marché couvert. Quelque 600 salariés et vendeurs, partis à 18 heures du marché vers la mairie pour réclamer des indemnités et la réouverture de leurs étals, ont été repoussés à coups de matraques et de gaz lacrymogène devant le n° 1 de la place Vartanants. Quatre de nos adhérents ont été blessés et soignés à l'hôpital.

Ces commerçants ont perdu des collègues dans le double attentat-suicide du 21 mai, revendiqué par l'État islamique, qui a fait vingt et un morts, dont les deux kamikazes, et soixante-trois blessés. Le marché est fermé depuis six jours ; 312 étals sont à l'arrêt et plus de 900 familles vivent sans revenu.

Nous exigeons par ailleurs des excuses publiques pour notre camarade Levon S., 47 ans, chauffeur sur la ligne 9, arrêté dimanche à Erevan avec son frère et relâché mardi sans inculpation, après deux nuits en cellule.

Nos revendications :
- une indemnité de 300 000 drams par étal ;
- la réouverture du marché sous 10 jours ;
- une enquête indépendante sur les violences policières de mardi.

En conséquence, l'intersyndicale appelle à une grève de 24 heures le vendredi 29 mai et à une nouvelle marche le samedi 30 mai à 11 heures, de la gare jusqu'à la place Vartanants. Nous demandons à tous les participants de venir sans banderole partisane et de respecter une minute de silence à 11 h 47, l'heure de la seconde explosion.

Contact presse : +374 312 6 33 90.
"""))
GOLD += [
E(9, ["la dispersion, mardi soir, de la marche pacifique des commerçants", "ont été repoussés à coups de matraques et de gaz lacrymogène"],
  "PI", "2026-05-26", "day", "Gyumri", "AM", None, 4, "exact", None, None, False,
  "'mardi soir' vs Wednesday 27 May -> 26 May. A march of some 600 traders from the market to the city hall of Gyumri with a demand (compensation, reopening), pushed back with batons and tear gas -> Protests / Protest with intervention, perpetrator null (dev). 'Quatre de nos adhérents ont été blessés' -> injured 4, exact, the march's own casualties; killed null. 'Quelque 600 salariés' are marchers; '18 heures', 'n° 1 de la place Vartanants' are not casualties. The strike of Friday 29 May and the march of Saturday 30 May are called for, future: not coded."),
E(9, ["double attentat-suicide du 21 mai", "la seconde explosion"],
  "SUI", "2026-05-21", "day", "Gyumri", "AM", 21, 63, "exact", "Islamic State", "Islamic State", False,
  "'du 21 mai' -> 21 May. 'vingt et un morts, dont les deux kamikazes, et soixante-trois blessés' -> 21 (bombers inside), 63, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. '4 800 adhérents', 'six jours', '312 étals', '900 familles', '47 ans', 'ligne 9', 'deux nuits', '300 000 drams', '10 jours', '24 heures', '11 heures', '11 h 47' (a minute of silence at the hour of the second blast), '+374 312 6 33 90' are not casualties."),
E(9, ["arrêté dimanche à Erevan avec son frère"],
  "ARR", "2026-05-24", "day", "Yerevan", "AM", None, None, None, "police", None, False,
  "'dimanche' vs Wednesday 27 May -> 24 May: the two brothers of holdout39-008 ('Erevan' -> 'Yerevan'). 'relâché mardi sans inculpation': a release without charge does not undo the arrest; the release is not an event. No force named; police of the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout39-010
ARTICLES.append(A(10, "en", "article", "2026-06-01T09:00:00Z",
"Armenia charges three over Gyumri bombing as thousands march",
"""
YEREVAN, Armenia (Caucasus Wire) - An Armenian court on Saturday charged three men arrested in Vanadzor on the night of the Gyumri bombing with terrorism and ordered them held for two months, as some 10,000 people marched through Gyumri on Sunday to demand "a city without fear".

The twin suicide attack of May 21 on Vartanants Square and the covered market killed 22 people, including the two bombers, after a 70-year-old woman died of her wounds on Friday, and wounded 63. Islamic State's Caucasus branch, which claimed it, has since released a video of the two men, aged 24 and 29.

A taxi driver arrested in Akhalkalaki, across the Georgian border, on May 23 was handed over to Armenia on Thursday. Prosecutors say he drove the bombers from Tbilisi and was paid $1,500.

Sunday's march, led by the victims' families and the mayor, stretched over 2 km and ended without incident at the Black Fortress. Police estimated the crowd at 10,000; organisers said 15,000. A separate protest by market traders last Tuesday had been broken up by police.

Armenia has seen few bombings. In 2017, a pipe bomb exploded outside a bank branch in Armavir, injuring two security guards; the case was never solved.

Gyumri's schools reopened last Monday, and the covered market is due to reopen on June 8 with 120 police officers on duty. The government has set aside 900 million drams ($2.3 million) for the victims' families, and a concert for the victims is planned in Yerevan on June 14.
"""))
GOLD += [
E(10, ["three men arrested in Vanadzor on the night of the Gyumri bombing"],
  "ARR", "2026-05-21", "day", "Vanadzor", "AM", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout39-007: 'on the night of the Gyumri bombing' (21 May) -> 21 May, 11 days before Monday 1 June -> current. Told through its judicial follow-up ('charged ... with terrorism and ordered them held for two months' on Saturday) -> one Arrests event at the arrest's place and day. No force named; police of the cluster -> 'police'."),
E(10, ["some 10,000 people marched through Gyumri on Sunday", "Sunday's march"],
  "PP", "2026-05-31", "day", "Gyumri", "AM", None, None, None, None, None, False,
  "'on Sunday' vs Monday 1 June -> 31 May. A march with a demand ('a city without fear') that 'ended without incident' -> Peaceful protest, null. '10,000' and '15,000' are crowd estimates, '2 km' a distance. The traders' protest of last Tuesday is its own event (below)."),
E(10, ["A separate protest by market traders last Tuesday had been broken up by police"],
  "PI", "2026-05-26", "day", "Gyumri", "AM", None, None, None, None, None, False,
  "Restates the march of holdout39-009 in one sentence: 'last Tuesday' vs Monday 1 June -> 26 May (the Tuesday of the week before). A protest 'broken up by police' -> Protest with intervention, perpetrator null (dev). No casualty figure here -> null (holdout39-009 gives four injured)."),
E(10, ["The twin suicide attack of May 21", "which claimed it"],
  "SUI", "2026-05-21", "day", "Gyumri", "AM", 22, 63, "exact", "Islamic State", "Islamic State", False,
  "'of May 21' -> 21 May. 'killed 22 people, including the two bombers, after a 70-year-old woman died of her wounds on Friday, and wounded 63' -> 22 (bombers inside), 63, exact. 'Islamic State's Caucasus branch, which claimed it' (a regional branch -> 'Islamic State') -> claimant and perpetrator. '70-year-old', '24 and 29', '$1,500', '2 km', '10,000', '15,000', '120 police officers', '900 million drams', '$2.3 million' are not casualties; the concert of June 14 is future."),
E(10, ["A taxi driver arrested in Akhalkalaki"],
  "ARR", "2026-05-23", "day", "Akhalkalaki", "GE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout39-008: 'on May 23' -> 23 May, in Georgia -> GE. His handover to Armenia on Thursday is a follow-up, not a new event. No force named; the Georgian police of the cluster -> 'police'. '$1,500' is a sum."),
E(10, ["a pipe bomb exploded outside a bank branch in Armavir, injuring two security guards"],
  "IED", "2017-01-01", "year", "Armavir", "AM", None, 2, "exact", None, None, True,
  "'In 2017' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; 'the case was never solved' -> null. 'injuring two security guards' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout39-021
ARTICLES.append(A(21, "fr", "transcript", "2026-07-02T17:00:00Z",
"Conducteur du 19.30 d'Échos TV, jeudi 2 juillet",
"""
ÉCHOS TV - CONDUCTEUR DU 19.30 - JEUDI 2 JUILLET 2026. Présentateur : Karim Haddad. Réalisation : Sophie Lenoir. Durée : 26'30.

1. TITRES (0'50). Canicule : jusqu'à 39 degrés attendus demain dans la vallée du Rhône. Arménie : un recruteur présumé des kamikazes de Gyumri arrêté. Tour de France : la 5e étape pour les sprinteurs.

2. LANCEMENT CANICULE (0'20) + SUJET (1'40) - Léa Bonnet. Douze départements en vigilance orange, des piscines ouvertes jusqu'à 22 heures, et 1 200 mairies qui ont rouvert leurs salles climatisées.

3. LANCEMENT ARMÉNIE (0'30). KARIM HADDAD : « Six semaines après le double attentat-suicide de Gyumri, qui avait fait vingt-deux morts, y compris les deux kamikazes, et soixante-trois blessés le 21 mai, la police arménienne a arrêté hier à Spitak un homme de 38 ans soupçonné d'avoir recruté les deux kamikazes. L'attentat avait été revendiqué par la branche caucasienne de l'État islamique. Les précisions de notre correspondante, Nina Avakian. »

4. SUJET (1'45) - Nina Avakian, à Erevan. Les policiers ont encerclé vers 4 heures une maison proche de la gare de Spitak, à 35 km de Gyumri. L'homme, un ancien boxeur, aurait versé 2 000 dollars à chacun des deux kamikazes. Les trois hommes interpellés à Vanadzor le soir de l'attentat sont toujours détenus ; leur procès pourrait s'ouvrir à l'automne. À Gyumri, le marché couvert a rouvert le 8 juin, mais 40 de ses 312 étals restent vides.

5. SPORTS (1'30) - Thomas Roux. Tour de France : 187 km entre Caen et Rouen, victoire au sprint du Belge Wout Peeters.

6. MÉTÉO (1'00). Orages en soirée sur le Massif central ; 39 degrés à Lyon demain, 37 à Valence.
"""))
GOLD += [
E(21, ["double attentat-suicide de Gyumri", "L'attentat avait été revendiqué"],
  "SUI", "2026-05-21", "day", "Gyumri", "AM", 22, 63, "exact", "Islamic State", "Islamic State", True,
  "'le 21 mai', 42 days before Thursday 2 July ('Six semaines après') -> background although the item is about it. 'vingt-deux morts, y compris les deux kamikazes, et soixante-trois blessés' -> 22 (bombers inside), 63, exact. 'revendiqué par la branche caucasienne de l'État islamique' -> 'Islamic State' (regional branch), claimant and perpetrator. 'les kamikazes de Gyumri' (headline) names the bombers and is left out."),
E(21, ["un recruteur présumé des kamikazes de Gyumri arrêté", "la police arménienne a arrêté hier à Spitak un homme de 38 ans"],
  "ARR", "2026-07-01", "day", "Spitak", "AM", None, None, None, "police", None, False,
  "'hier' vs Thursday 2 July -> Wednesday 1 July; current. The line of the titles ('un recruteur présumé des kamikazes de Gyumri arrêté') names the same arrest before the anchor's intro, so it is the first trigger. The Armenian police -> 'police'. '38 ans', 'vers 4 heures', '35 km', '2 000 dollars' are not casualties."),
E(21, ["Les trois hommes interpellés à Vanadzor le soir de l'attentat"],
  "ARR", "2026-05-21", "day", "Vanadzor", "AM", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout39-007: 'le soir de l'attentat' (21 May), 42 days before publication -> background. Their detention and a trial 'à l'automne' are follow-ups, not events. The other items (heat wave, Tour de France, weather) hold no event; '26'30', '39 degrés', 'Douze départements', '22 heures', '1 200 mairies', '187 km', '8 juin', '40 de ses 312 étals' are not casualties."),
]
