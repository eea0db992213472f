"""Authoring source of benchmarks/events_holdout57 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bouar, Central African Republic cluster (holdout57-006 to 010;
English and French), two suicide bombers on Saturday 13 June 2026 at two
sites of one town in the Nana-Mambéré prefecture (the central market and
the bus station, « la gare routière », about 600 m and seven minutes
apart): an English wire with a first report (006), a hospital's car park
notice ("avis du parking de l'hôpital", fr 007), an English wire on the
claim and the arrests (008), the bulletin of a pétanque league ("bulletin
d'une ligue de pétanque", fr 009) and a savings and credit mutual's letter
to its members ("lettre aux sociétaires d'une caisse mutuelle", fr 010).
The Central African Republic and Cameroon are UTC+1: every publication time
here is between 08:00 and 17:00 UTC, so every local date is the UTC date.
The gold keeps the French spelling "Garoua-Boulaï" (English wire
"Garoua-Boulai"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout57")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout57-006
ARTICLES.append(A(6, "en", "article", "2026-06-13T16:00:00Z",
"Twin suicide bombing kills at least 11 in Central African town of Bouar",
"""
BOUAR, Central African Republic (Savanna Wire) - Two suicide bombers blew themselves up minutes apart in the western Central African Republic town of Bouar on Saturday, killing themselves and at least nine other people and wounding dozens, local officials said.

The first bomber struck at about 9:50 a.m. in the central market, crowded with traders who had come from as far as Cameroon for the weekly cattle fair. The second detonated his explosives seven minutes later at the bus station, some 600 metres away, where the injured were being loaded onto minibuses.

"People were carrying the wounded in wheelbarrows," said Clarisse Yakite, 38, a tailor whose shop stands opposite the market's gate 4. The town's hospital, which has 85 beds, was overwhelmed, and a United Nations helicopter flew 11 of the most seriously hurt to Bangui, 440 km to the east.

No group has claimed the attack. A regional official said the bombing "could be the work" of the 3R militia, which is active along the Cameroonian border, but stressed that nothing had been established.

Suicide attacks are almost unknown in the Central African Republic, where armed groups have mostly fought with rifles and machetes. In 2021, a homemade device exploded on the road to Cameroon in Baboua, killing a truck driver, and another went off hours later in Abba, wounding three people.

Authorities imposed a curfew from 7 p.m. to 6 a.m. and closed the road to Garoua-Boulai, the main crossing into Cameroon, 150 km to the west. About 300 police officers and gendarmes were sent from Bangui and Berberati. Mobile networks were jammed for most of the afternoon, and the price of a sack of cassava flour doubled to 10,000 CFA francs.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up", "The first bomber struck", "The second detonated his explosives", "the attack", "the bombing"],
  "SUI", "2026-06-13", "day", "Bouar", "CF", 11, 12, "at_least", None, None, False,
  "Wire of Saturday 13 June 2026 (17:00 in Bouar, UTC+1); 'on Saturday' = the publication day. Two sites of one town (the central market and the bus station, 'some 600 metres' and seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least nine other people' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); 'wounding dozens' -> injured 12 (dev table: 'dozens' = 12 at_least; the qualifier describes the killed figure). No claim; 'could be the work' of the 3R is speculation -> perpetrator null. 'Suicide attacks are almost unknown' is generic. '9:50 a.m.', '600 metres', '38', 'gate 4', '85 beds', '11 of the most seriously hurt' (a subset flown out), '440 km', '7 p.m. to 6 a.m.', '150 km', '300 police officers', '10,000 CFA francs' are not casualties."),
E(6, ["a homemade device exploded on the road to Cameroon in Baboua"],
  "IED", "2021-01-01", "year", "Baboua", "CF", 1, None, "exact", None, None, True,
  "'In 2021' -> year, background. Two devices in two towns hours apart are two events (one per place). The first, in Baboua -> Remote explosive/landmine/IED; no author -> null; 'killing a truck driver' -> killed 1, exact; injured null."),
E(6, ["another went off hours later in Abba"],
  "IED", "2021-01-01", "year", "Abba", "CF", None, 3, "exact", None, None, True,
  "'In 2021' -> year, background. The second device ('another'), hours later in Abba -> its own Remote explosive/landmine/IED event; 'wounding three people' -> injured 3, exact; killed null; no author -> null."),
]

# -------------------------------------------------------------- holdout57-007
ARTICLES.append(A(7, "fr", "article", "2026-06-15T08:00:00Z",
"Hôpital régional de Bouar : avis aux usagers du parking",
"""
HÔPITAL RÉGIONAL DE BOUAR - AVIS AUX USAGERS DU PARKING. Bouar, le lundi 15 juin 2026.

À la suite du double attentat-suicide de samedi matin au marché central et à la gare routière, l'hôpital fonctionne en situation d'urgence. Le bilan communiqué samedi soir par la préfecture faisait état de onze morts. Il est désormais de treize morts, dont les deux kamikazes, et de 62 blessés ; une commerçante de 54 ans est décédée dimanche dans notre service de réanimation. Vingt-neuf blessés restent hospitalisés chez nous.

Pour laisser passer les ambulances, les mesures suivantes s'appliquent jusqu'au dimanche 21 juin :

1. Le parking A (entrée principale, 60 places) est réservé aux ambulances, aux véhicules de la Croix-Rouge et à ceux des Nations unies.

2. Le parking B (rue de la Gendarmerie, 40 places) est ouvert aux familles des blessés, gratuitement, sur présentation du ticket remis à l'accueil. Le tarif habituel de 500 francs CFA par jour est suspendu.

3. Les motos-taxis déposent les visiteurs devant la barrière n° 2 et ne stationnent pas. Les contrevenants s'exposent à une amende de 5 000 francs CFA.

4. Le portail est fermé de 19 heures à 6 heures, en raison du couvre-feu. Les familles autorisées à veiller un malade reçoivent un badge numéroté (de 101 à 160).

Deux gendarmes contrôlent chaque véhicule à l'entrée. Un homme qui stationnait depuis trois jours sur le parking B a été entendu samedi soir par la gendarmerie, puis laissé libre : il attendait son frère blessé. Nous remercions les familles de leur patience.

Dons de sang : notre banque de sang a reçu 340 poches depuis samedi, de 296 donneurs ; les donneurs du groupe O négatif restent recherchés. Se présenter au pavillon 3, de 7 heures à 15 heures.

Renseignements sur les patients : 72 10 44 58, de 8 heures à 18 heures. Aucune information n'est donnée au portail.

Le directeur général, Dr Anicet Ngaïkoumon
"""))
GOLD += [
E(7, ["double attentat-suicide de samedi matin"],
  "SUI", "2026-06-13", "day", "Bouar", "CF", 13, 62, "exact", None, None, False,
  "Car park notice of Monday 15 June; 'de samedi matin' vs Monday -> 13 June. Two sites, one town -> ONE event. The toll is revised inside: 'onze morts' on Saturday evening (superseded) -> 'treize morts, dont les deux kamikazes, et de 62 blessés' -> killed 13 (bombers inside; the trader of 54 who died on Sunday is inside), injured 62, exact; 'Vingt-neuf blessés restent hospitalisés' is a subset. No claim -> perpetrator null. The man 'entendu samedi soir par la gendarmerie, puis laissé libre' is questioned, not arrested. '54 ans', '21 juin', '60 places', '40 places', '500 francs CFA', 'barrière n° 2', '5 000 francs CFA', '19 heures à 6 heures', '101 à 160', 'Deux gendarmes', 'trois jours', '340 poches', '296 donneurs', 'pavillon 3', '7 heures à 15 heures', '72 10 44 58', '8 heures à 18 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout57-008
ARTICLES.append(A(8, "en", "article", "2026-06-17T13:00:00Z",
"3R armed group claims Bouar bombing; truck driver held in Cameroon",
"""
BOUAR, Central African Republic (Savanna Wire) - The 3R armed group has claimed Saturday's twin suicide bombing in the western town of Bouar, and security forces have arrested three suspects, including a Cameroonian truck driver suspected of bringing in the explosives, the public prosecutor said on Wednesday.

In an audio message released on Tuesday, a 3R spokesman said the group had struck "the enemies of the herders" and claimed "more than 80" dead. The prosecutor said the claim was credible because it gave details that only investigators knew. The rival UPC armed group denied any involvement in a statement on Monday.

The toll stands at 14 dead, including the two bombers, and 62 wounded, after a six-year-old girl died in hospital on Tuesday. The bombers, two young men from the Niem-Yelewa area, "may have been" paid 500,000 CFA francs each, a police source said.

Gendarmes arrested two men in Baoro, 60 km east of Bouar, on the evening of the attack as they tried to board a truck for Bangui. In Cameroon, gendarmes on Monday arrested a truck driver in Garoua-Boulai, on the border, who is suspected of hiding 20 kg of explosives among sacks of onions. He is expected to be handed over within two weeks. Some 40 traders from the cattle market were questioned on Sunday and released.

The president visited the wounded in Bouar on Monday and promised 2 billion CFA francs to rebuild the market, where about 900 stalls were destroyed or damaged. Schools in the town, closed since Saturday, will reopen on Monday 22 June. The road to Cameroon reopened on Tuesday, but trucks are searched at four checkpoints, and drivers report waits of up to nine hours.

Bouar, a town of about 40,000 people, hosts the country's largest cattle market, which draws herds from Chad and Cameroon.
"""))
GOLD += [
E(8, ["Saturday's twin suicide bombing", "the attack"],
  "SUI", "2026-06-13", "day", "Bouar", "CF", 14, 62, "exact", "3R", "3R", False,
  "Wire of Wednesday 17 June; 'Saturday's' -> 13 June. 'The toll stands at 14 dead, including the two bombers, and 62 wounded' -> killed 14 (bombers inside; a girl of six died on Tuesday), injured 62, exact. Claimed by the 3R, judged 'credible' by the prosecutor -> claimant and perpetrator '3R' (the canonical name earlier sets use); the claim's 'more than 80' is never used. The UPC's denial is not a claim; '\"may have been\" paid' is speculation. 'the attack' (in 'on the evening of the attack') names the bombing. 'six-year-old', '500,000 CFA francs', '60 km', '20 kg', 'two weeks', '40 traders' (questioned), '2 billion CFA francs', '900 stalls', '22 June', 'four checkpoints', 'nine hours', '40,000 people' are not casualties."),
E(8, ["Gendarmes arrested two men in Baoro"],
  "ARR", "2026-06-13", "day", "Baoro", "CF", None, None, None, "police", None, False,
  "'on the evening of the attack' -> 13 June. Two men arrested in Baoro by gendarmes (gendarmerie -> 'police', dev)."),
E(8, ["gendarmes on Monday arrested a truck driver in Garoua-Boulai"],
  "ARR", "2026-06-15", "day", "Garoua-Boulaï", "CM", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 17 June -> 15 June. The cluster's suspected facilitator (the driver who hid the explosives among onions), arrested in Cameroon -> CM (gold spelling 'Garoua-Boulaï'); Cameroonian gendarmes -> 'police'. 'expected to be handed over' is a follow-up. The 40 traders 'questioned on Sunday and released' are not arrested."),
]

# -------------------------------------------------------------- holdout57-009
ARTICLES.append(A(9, "fr", "article", "2026-06-22T09:00:00Z",
"Ligue de pétanque de la Nana-Mambéré : bulletin n° 11",
"""
LIGUE DE PÉTANQUE DE LA NANA-MAMBÉRÉ - BULLETIN N° 11, lundi 22 juin 2026.

DEUIL. La ligue a perdu l'un des siens dans le double attentat-suicide du samedi 13 juin à Bouar. Jean-Bosco Zoumaldé, 47 ans, tireur de la Boule d'Or et champion de la préfecture en 2019, se trouvait au marché central quand le premier kamikaze a déclenché sa charge. L'attentat, revendiqué par les 3R, a fait quatorze morts, y compris les deux kamikazes, et soixante-deux blessés. Deux joueurs de l'Amicale de la gare routière figurent parmi les blessés.

MARCHE. Dimanche, près de 5 000 habitants ont marché en silence de la place de la Mairie jusqu'au marché central pour dire « Bouar veut vivre ». Une cinquantaine de nos licenciés portaient le maillot de leur club. Tout s'est déroulé dans le calme.

ENQUÊTE. Les deux suspects arrêtés à Baoro le soir de l'attentat ont été inculpés jeudi à Bangui et placés sous mandat de dépôt. Notre trésorier, qui tient une boutique près de la gare routière, a été entendu mercredi comme témoin par la gendarmerie et est rentré chez lui le soir même.

CHAMPIONNAT. La 6e journée, prévue le 14 juin, est reportée au dimanche 5 juillet. Résultats de la 5e journée : Boule d'Or - Amicale de la gare routière 13 à 8 ; Les Pointeurs du Nord - Étoile de Bouar 13 à 11 ; Carreau Club - Les Manguiers 9 à 13.

CLASSEMENT. 1. Boule d'Or, 12 points ; 2. Les Manguiers, 10 points ; 3. Carreau Club, 9 points.

CONCOURS HOMMAGE. Un concours en doublettes, le « Trophée Jean-Bosco », aura lieu le samedi 11 juillet au boulodrome municipal. Inscription : 2 000 francs CFA par équipe, reversés à sa famille. Boules réglementaires de 650 à 800 grammes, diamètre de 70,5 à 80 millimètres. Lancer du but entre 6 et 10 mètres.

SÉCURITÉ. Jusqu'à nouvel ordre, aucun rassemblement de plus de 50 personnes n'est autorisé après 17 heures ; les parties se joueront de 8 heures à 16 heures.

Contact : secrétariat de la ligue, 75 04 31 22.
"""))
GOLD += [
E(9, ["le double attentat-suicide du samedi 13 juin à Bouar", "le premier kamikaze a déclenché sa charge", "L'attentat"],
  "SUI", "2026-06-13", "day", "Bouar", "CF", 14, 62, "exact", "3R", "3R", False,
  "League bulletin of Monday 22 June; 'du samedi 13 juin' -> 13 June. 'quatorze morts, y compris les deux kamikazes, et soixante-deux blessés' -> killed 14 (bombers inside), injured 62 (number words), exact; the player Jean-Bosco Zoumaldé is one of the dead, 'Deux joueurs' are a subset of the injured. 'revendiqué par les 3R', undisputed -> '3R', claimant and perpetrator. 'le soir de l'attentat' (lower case) dates the Baoro arrest and is not listed as a trigger. Scores ('13 à 8', '13 à 11', '9 à 13'), '47 ans', '2019', '5 000 habitants' (marchers), 'Une cinquantaine de nos licenciés' (marchers), '6e', '14 juin', '5 juillet', '12 points', '2 000 francs CFA', '650 à 800 grammes', '70,5 à 80 millimètres', '6 et 10 mètres', '50 personnes', '17 heures', '75 04 31 22' are not casualties."),
E(9, ["près de 5 000 habitants ont marché en silence"],
  "PP", "2026-06-21", "day", "Bouar", "CF", None, None, None, None, None, False,
  "'Dimanche' vs Monday 22 June -> 21 June. A silent march from the town hall square to the central market with a message (« Bouar veut vivre »), 'dans le calme' -> Peaceful protest, perpetrator null. '5 000' counts marchers."),
E(9, ["Les deux suspects arrêtés à Baoro"],
  "ARR", "2026-06-13", "day", "Baoro", "CF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout57-008: 'le soir de l'attentat' -> 13 June. 'inculpés jeudi à Bangui et placés sous mandat de dépôt' is the arrest's judicial follow-up, not a new event (Bangui is only named). No force named -> 'police'. The treasurer 'entendu mercredi comme témoin' is not arrested."),
]

# -------------------------------------------------------------- holdout57-010
ARTICLES.append(A(10, "fr", "article", "2026-06-26T10:00:00Z",
"Caisse mutuelle de la Nana-Mambéré : lettre aux sociétaires",
"""
CAISSE MUTUELLE D'ÉPARGNE ET DE CRÉDIT DE LA NANA-MAMBÉRÉ - LETTRE AUX SOCIÉTAIRES. Bouar, le vendredi 26 juin 2026.

Chère sociétaire, cher sociétaire,

Le samedi 13 juin, deux kamikazes se sont fait exploser au marché central et à la gare routière de Bouar. On compte aujourd'hui treize victimes, sans compter les deux kamikazes, et soixante-deux blessés, depuis le décès jeudi d'un porteur du marché. L'attentat a été revendiqué par les 3R. Sept de nos sociétaires sont morts, dont notre caissière principale, Mme Yolande Doko, 41 ans.

Notre agence du marché, au n° 12 de l'avenue de l'Indépendance, a été détruite. Une guichetière de l'agence de la gare, arrêtée lundi par la gendarmerie parce que son numéro figurait dans le téléphone d'un kamikaze, a été remise en liberté mercredi sans charge. Nous l'avons accueillie ce matin. Nos autres employés, entendus comme témoins, n'ont jamais été inquiétés.

Mercredi, plusieurs centaines de commerçants, dont beaucoup de nos sociétaires, ont marché vers la préfecture pour réclamer la réouverture du marché et une aide d'urgence. La police les a dispersés à coups de matraque et de gaz lacrymogène devant le rond-point de la Gendarmerie ; quatre commerçants ont été blessés. Nous regrettons cette violence.

NOS MESURES
- Report de trois mois, sans pénalité, des échéances de crédit des sociétaires touchés.
- Prêt de reconstruction à 1 % par mois, jusqu'à 1 500 000 francs CFA, remboursable en 24 mois.
- Comptes accessibles à l'agence centrale, rue du Camp-Leclerc, du lundi au samedi de 7 h 30 à 15 h 30.
- Le retrait maximal reste fixé à 300 000 francs CFA par jour.

Ce n'est pas notre première épreuve : en 2021, un engin artisanal avait tué un chauffeur devant notre guichet de Baboua et, le même jour, un second avait blessé trois personnes devant celui d'Abba.

Un fonds de solidarité est ouvert : 4 200 sociétaires y ont déjà versé 18 350 000 francs CFA. Assemblée générale extraordinaire le samedi 18 juillet à 9 heures.

Le président du conseil d'administration, Faustin Gbakoua
"""))
GOLD += [
E(10, ["deux kamikazes se sont fait exploser", "L'attentat"],
  "SUI", "2026-06-13", "day", "Bouar", "CF", 15, 62, "exact", "3R", "3R", False,
  "Letter of Friday 26 June; 'Le samedi 13 juin' -> 13 June. 'treize victimes, sans compter les deux kamikazes, et soixante-deux blessés' -> killed 13 + 2 bombers = 15 (a market porter died on Thursday), injured 62, exact; 'Sept de nos sociétaires sont morts' is a subset. 'revendiqué par les 3R', undisputed -> '3R', claimant and perpetrator. '41 ans', 'n° 12', 'trois mois', '1 %', '1 500 000 francs CFA', '24 mois', '7 h 30 à 15 h 30', '300 000 francs CFA', '4 200 sociétaires', '18 350 000 francs CFA', '18 juillet', '9 heures' are not casualties."),
E(10, ["Une guichetière de l'agence de la gare, arrêtée lundi par la gendarmerie"],
  "ARR", "2026-06-22", "day", "Bouar", "CF", None, None, None, "police", None, False,
  "'lundi' vs Friday 26 June -> 22 June. A bank clerk of the bus station branch in Bouar, arrested by the gendarmerie (-> 'police') and 'remise en liberté mercredi sans charge': the release does not undo the arrest. The other employees 'entendus comme témoins' are not arrested."),
E(10, ["plusieurs centaines de commerçants", "La police les a dispersés"],
  "PI", "2026-06-24", "day", "Bouar", "CF", None, 4, "exact", None, None, False,
  "'Mercredi' vs Friday 26 June -> 24 June. A march on the prefecture with demands (reopening the market, emergency aid), dispersed 'à coups de matraque et de gaz lacrymogène' -> Protest with intervention, perpetrator null (dev). 'quatre commerçants ont été blessés' -> injured 4, exact. 'plusieurs centaines' counts marchers."),
E(10, ["un engin artisanal avait tué un chauffeur devant notre guichet de Baboua"],
  "IED", "2021-01-01", "year", "Baboua", "CF", 1, None, "exact", None, None, True,
  "'en 2021' -> year, background. The Baboua device of holdout57-006 -> Remote explosive/landmine/IED; 'tué un chauffeur' -> killed 1, exact; no author -> null. Two towns -> two events."),
E(10, ["un second avait blessé trois personnes devant celui d'Abba"],
  "IED", "2021-01-01", "year", "Abba", "CF", None, 3, "exact", None, None, True,
  "'en 2021', 'le même jour' -> year, background. The second device, in Abba -> its own Remote explosive/landmine/IED event; 'blessé trois personnes' -> injured 3, exact; no author -> null."),
]
