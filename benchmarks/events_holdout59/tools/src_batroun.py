"""Authoring source of benchmarks/events_holdout59 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Batroun, Lebanon cluster (holdout59-016 to 020, and 022; English
and French), two suicide bombers on Sunday 6 September 2026 at two sites of
one town (the old souk and the seafront promenade by the Phoenician wall,
about 400 m and four minutes apart): an English wire with a first report
(016), a piano teacher's e-mail to her pupils' parents ("courriel d'une
professeure de piano", fr 017), an English wire on the claim and arrests
(018), a municipal police parking notice ("avis de stationnement de la
police municipale", fr 019), a model railway club's letter to its members
("lettre d'un club de modélisme ferroviaire", fr 020) and a sailing club's
cancellation of its regatta ("annulation de régate du club de voile", fr
022). Lebanon is UTC+3 in September: every publication time here is between
06:00 and 18:30 UTC (09:00 to 21:30 in Batroun), so every local date is the
UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout59")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout59-016
ARTICLES.append(A(16, "en", "article", "2026-09-06T18:30:00Z",
"Twin suicide bombing kills at least 12 in Lebanon's Batroun",
"""
BATROUN, Lebanon (Levant Wire) - Two suicide bombers struck the coastal town of Batroun in northern Lebanon four minutes apart on Sunday evening, killing at least 12 people, including themselves, and wounding a score of others, the Lebanese Red Cross said.

The first bomber detonated his belt at 7:10 p.m. in the old souk, crowded with families and summer visitors. The second blew himself up at 7:14 p.m. on the seafront promenade near the Phoenician wall, about 400 metres away, where people fleeing the souk had gathered.

"We were serving ice cream and then the glass came down on us," said Rita Khoury, 35, whose café at number 12 on the promenade seats 60 people.

No group claimed the bombing. Security sources said it could be linked to Islamic State cells active along the Syrian border, but stressed that the investigation had barely begun.

Lebanon's north has been hit before. In 2014, a suicide bomber blew himself up at an army checkpoint in Qoubaiyat, in the Akkar region, killing himself and two soldiers.

The army sealed off Batroun, 50 km north of Beirut, and the coastal highway was closed between Jbeil and Chekka. Hospitals in Batroun and Jbeil called for blood donors of all groups, and the Red Cross opened a hotline for relatives on +961 6 742 118.

Batroun's summer season draws some 25,000 visitors a weekend to its beaches, churches and bars. Sunday's concert on the old port, for which 3,000 tickets had been sold at $15 each, was cancelled.
"""))
GOLD += [
E(16, ["Two suicide bombers struck the coastal town of Batroun", "The first bomber detonated his belt", "The second blew himself up", "the bombing"],
  "SUI", "2026-09-06", "day", "Batroun", "LB", 12, 20, "at_least", None, None, False,
  "Wire of Sunday 6 September 2026 (21:30 in Batroun); 'on Sunday evening' = the publication day. Two sites of one town (the old souk and the seafront promenade, 'about 400 metres' and four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least 12 people, including themselves, and wounding a score of others' -> killed 12 (bombers inside), at_least; injured 20 ('a score', dev table; the qualifier describes the killed figure). No claim; 'could be linked to Islamic State cells' is speculation -> perpetrator null. '7:10 p.m.', '7:14 p.m.', '400 metres', '35', 'number 12', '60 people', '50 km', '+961 6 742 118', '25,000 visitors', '3,000 tickets', '$15' are not casualties."),
E(16, ["a suicide bomber blew himself up at an army checkpoint in Qoubaiyat"],
  "SUI", "2014-01-01", "year", "Qoubaiyat", "LB", 3, None, "exact", None, None, True,
  "'In 2014' -> year, background. An older suicide bombing at an army checkpoint in Qoubaiyat (Akkar) -> its own Suicide bomb event; no author named -> null. 'killing himself and two soldiers' -> killed 1 + 2 = 3 (the bomber is counted, as the text counts him), exact; injured null."),
]

# -------------------------------------------------------------- holdout59-017
ARTICLES.append(A(17, "fr", "article", "2026-09-08T06:00:00Z",
"Cours de piano : annulations cette semaine et audition reportée",
"""
Objet : Cours annulés mardi et mercredi - audition reportée au 18 octobre

Chers parents, chers élèves,

Comme vous tous, je suis encore sous le choc du double attentat-suicide de dimanche soir, dans le vieux souk et sur la corniche. Dimanche soir, on parlait d'une douzaine de morts ; ce matin, le ministère de la Santé annonce dix-neuf morts, sans compter les deux kamikazes, et soixante-dix blessés. La grand-mère de Karl, blessée près du mur phénicien, est morte lundi à l'hôpital. Karl, je pense très fort à toi.

Les cours de mardi et de mercredi sont annulés : la route de la corniche est fermée et je préfère que personne ne se déplace. Ils seront rattrapés en octobre, sans supplément. Les cours reprennent jeudi 10 septembre aux heures habituelles (16 h 30 pour Lara, 17 h 15 pour Karl et Elie, 18 heures pour les adultes).

L'audition de rentrée du 20 septembre, à la salle paroissiale (salle 2), est reportée au 18 octobre. Les morceaux restent les mêmes : la Lettre à Élise pour les débutants, la sonate K. 545 de Mozart pour les élèves de 3e année, le Nocturne op. 9 n° 2 de Chopin pour Maya. Travaillez 20 minutes par jour, pas plus, métronome à 60.

Une précision, car des rumeurs circulent dans l'immeuble : M. Fadi, notre voisin du rez-de-chaussée, a seulement été entendu lundi par la Sûreté générale comme témoin, puis laissé libre le soir même. Il n'est accusé de rien, et je vous demande de le saluer comme avant.

Le forfait du trimestre reste à 240 dollars (10 cours de 45 minutes). Je verserai la recette de l'audition à la Croix-Rouge libanaise, dont les secouristes ont été admirables dimanche.

Le piano de l'école, un droit de 1978 à 88 touches, accordé en juillet, n'a rien eu malgré les vitres brisées. Moi non plus. Prenez soin de vous, et jouez un peu, cela fait du bien.

Nayla Haddad
Professeure de piano, 2e étage, immeuble Saadé - 03 418 276
"""))
GOLD += [
E(17, ["double attentat-suicide de dimanche soir"],
  "SUI", "2026-09-06", "day", "Batroun", "LB", 21, 70, "exact", None, None, False,
  "E-mail of Tuesday 8 September; 'de dimanche soir' -> 6 September. The toll is revised inside: 'une douzaine de morts' on Sunday evening (superseded) -> 'dix-neuf morts, sans compter les deux kamikazes, et soixante-dix blessés' -> killed 19 + 2 bombers = 21 ('sans compter': the bombers are added), injured 70 (number words), exact; Karl's grandmother, wounded and dead on Monday, is inside. No claim -> perpetrator null. M. Fadi, 'entendu ... comme témoin, puis laissé libre', is not arrested. '18 octobre', '10 septembre', '16 h 30', '17 h 15', '18 heures', '20 septembre', 'salle 2', 'K. 545', '3e année', 'op. 9 n° 2', '20 minutes', '60', '240 dollars', '10 cours', '45 minutes', '1978', '88 touches', '2e étage', '03 418 276' are not casualties."),
]

# -------------------------------------------------------------- holdout59-018
ARTICLES.append(A(18, "en", "article", "2026-09-09T09:00:00Z",
"Abdullah Azzam Brigades claim Batroun bombing; three suspects held",
"""
BATROUN, Lebanon (Levant Wire) - The Abdullah Azzam Brigades, an al-Qaeda-linked group that claimed attacks in Lebanon a decade ago, claimed responsibility on Tuesday for Sunday's twin suicide bombing in Batroun, in a statement that the interior minister called "credible".

The statement spoke of "more than 90 crusaders and apostates" killed. The toll stands at 22 dead, including the two bombers, after a 16-year-old lifeguard died on Tuesday, and 70 wounded. Hayat Tahrir al-Sham denied on Tuesday that the bombers had ever been in its ranks. A security official said the two men "may have been" recruited online by a handler abroad.

The Internal Security Forces' Information Branch arrested two men in Zgharta on Monday who are suspected of having driven the bombers to Batroun. On Tuesday, General Security officers arrested a suspected smuggler at the Arida border crossing who is thought to have brought the explosives in from Syria in a lorry carrying 18 tonnes of cement. Three flatmates of the bombers were questioned and released.

The Lebanese Red Cross said its teams had treated 41 of the wounded on the spot. Eleven remain in intensive care in Batroun, Jbeil and Beirut.

Batroun's souk stayed closed on Tuesday, and the municipality postponed its wine festival, which drew 14,000 visitors last year. The army deployed 1,200 soldiers along the coastal highway and set up checkpoints every 5 km between Jbeil and the Madfoun bridge.

Lebanon's tourism ministry said hotel occupancy in the north had fallen from 85 percent to 30 percent in three days.
"""))
GOLD += [
E(18, ["Sunday's twin suicide bombing"],
  "SUI", "2026-09-06", "day", "Batroun", "LB", 22, 70, "exact", "Abdullah Azzam Brigades", "Abdullah Azzam Brigades", False,
  "Wire of Wednesday 9 September; 'Sunday's' -> 6 September. 'The toll stands at 22 dead, including the two bombers ... and 70 wounded' -> killed 22 (bombers inside; the lifeguard of 16 who died on Tuesday is inside), injured 70, exact; '41 of the wounded' treated on the spot and 'Eleven' in intensive care are subsets. Claimed on Tuesday by the Abdullah Azzam Brigades, called 'credible' by the interior minister -> claimant and perpetrator 'Abdullah Azzam Brigades' (no earlier set used this name); the claim's 'more than 90 crusaders and apostates' is never used. Hayat Tahrir al-Sham's denial is not a claim; 'may have been' recruited online is speculation. 'a decade ago' refers to no specific event. '16-year-old', '18 tonnes', '14,000 visitors', '1,200 soldiers', '5 km', '85 percent', '30 percent', 'three days' are not casualties."),
E(18, ["The Internal Security Forces' Information Branch arrested two men in Zgharta"],
  "ARR", "2026-09-07", "day", "Zgharta", "LB", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 9 September -> 7 September. Two men suspected of driving the bombers, arrested in Zgharta by the ISF's Information Branch (an intelligence service of the police) -> 'police'."),
E(18, ["General Security officers arrested a suspected smuggler at the Arida border crossing"],
  "ARR", "2026-09-08", "day", "Arida", "LB", None, None, None, "police", None, False,
  "'On Tuesday' vs Wednesday 9 September -> 8 September. The cluster's suspected facilitator (the smuggler thought to have brought the explosives in from Syria), arrested by General Security (a security service -> 'police', dev) at the Arida border crossing, on the Lebanese side -> LB. The three flatmates 'questioned and released' are not arrested."),
]

# -------------------------------------------------------------- holdout59-019
ARTICLES.append(A(19, "fr", "article", "2026-09-10T07:00:00Z",
"Batroun : avis de la police municipale sur le stationnement",
"""
MUNICIPALITÉ DE BATROUN - POLICE MUNICIPALE. AVIS N° 37/2026 RELATIF AU STATIONNEMENT ET À LA CIRCULATION. Batroun, le jeudi 10 septembre 2026.

À la suite du double attentat-suicide du dimanche 6 septembre, qui a fait vingt-deux morts, kamikazes compris, et soixante-dix blessés, et à la demande des forces de sécurité, les mesures suivantes s'appliquent jusqu'au dimanche 20 septembre inclus.

1. Le stationnement est interdit rue du Vieux-Souk, sur la corniche et rue de la Cathédrale, de 6 heures à minuit. Les véhicules en infraction seront enlevés ; frais de fourrière : 25 dollars, plus 5 dollars par jour de garde.

2. Le vendredi 11 septembre, de 14 heures à 18 heures, l'accès au centre est réservé aux corbillards et aux véhicules des familles munis du macaron délivré à la mairie (bureau 4).

3. La marche prévue le samedi 12 septembre à 17 heures partira du port : aucun véhicule ne sera admis sur son parcours de 1,2 km entre 16 heures et 19 heures.

4. La rue Saint-Étienne reste fermée jusqu'à nouvel ordre. Mercredi, les agents de la Sûreté générale y ont interpellé, dans l'immeuble du n° 8, un homme soupçonné d'avoir loué aux kamikazes une chambre donnant sur le souk. Des riverains ont été entendus sur place et laissés libres. Merci de faciliter le travail des enquêteurs et de ne pas stationner devant le n° 8.

5. Les parkings du stade (300 places) et de l'école publique (120 places) sont gratuits pour les résidents munis d'un justificatif de domicile. Une navette gratuite part toutes les 15 minutes de 7 heures à 22 heures.

6. Les livraisons aux commerces du souk sont autorisées de 5 heures à 7 heures, avec un véhicule de moins de 3,5 tonnes.

Pour tout renseignement : police municipale, 06 642 150, ou bureau d'accueil de la mairie, du lundi au samedi, de 8 heures à 14 heures.

Le chef de la police municipale, Georges Salameh
"""))
GOLD += [
E(19, ["double attentat-suicide du dimanche 6 septembre"],
  "SUI", "2026-09-06", "day", "Batroun", "LB", 22, 70, "exact", None, None, False,
  "Parking notice of Thursday 10 September; 'du dimanche 6 septembre' -> 6 September. 'vingt-deux morts, kamikazes compris, et soixante-dix blessés' -> killed 22 (bombers inside), injured 70, exact. No claim -> perpetrator null. The funerals of Friday (the hearses' access) and the march 'prévue le samedi 12 septembre' are future, not coded. 'n° 37/2026', '20 septembre', '6 heures', '25 dollars', '5 dollars', '11 septembre', '14 heures à 18 heures', 'bureau 4', '17 heures', '1,2 km', '16 heures et 19 heures', '300 places', '120 places', '15 minutes', '7 heures à 22 heures', '5 heures à 7 heures', '3,5 tonnes', '06 642 150', '8 heures à 14 heures' are not casualties."),
E(19, ["les agents de la Sûreté générale y ont interpellé"],
  "ARR", "2026-09-09", "day", "Batroun", "LB", None, None, None, "police", None, False,
  "'Mercredi' vs Thursday 10 September -> 9 September. A man suspected of renting the bombers a room, arrested by General Security 'y' (rue Saint-Étienne, in Batroun, building no. 8) -> coded to Batroun; General Security -> 'police'. The residents 'entendus sur place et laissés libres' are not arrested."),
]

# -------------------------------------------------------------- holdout59-020
ARTICLES.append(A(20, "fr", "article", "2026-09-14T08:00:00Z",
"Lettre de l'Amicale du rail miniature de Batroun",
"""
AMICALE DU RAIL MINIATURE DE BATROUN - LETTRE AUX MEMBRES. Batroun, le lundi 14 septembre 2026.

Chers amis du rail,

Notre amicale est en deuil. Georges Nakhlé, 81 ans, ancien agent de la gare de Batroun sur la ligne côtière Beyrouth-Tripoli, fermée au trafic en 1976, et membre fondateur du club, a été tué le 6 septembre dans le vieux souk, où il achetait comme chaque dimanche ses journaux. Le double attentat-suicide a fait vingt-deux morts, les deux kamikazes inclus, et soixante-dix blessés. Il a été revendiqué par les Brigades Abdallah Azzam.

Samedi, une vingtaine de nos membres ont rejoint les quelque 6 000 personnes qui ont marché en silence du port jusqu'à la place de la cathédrale, pour dire « Batroun reste debout ». Aucun incident n'a été signalé.

Plusieurs d'entre vous ont demandé des nouvelles de Tony, notre trésorier, dont le fils a été entendu jeudi par les enquêteurs parce qu'il avait vendu un téléphone aux kamikazes : il a été laissé libre le soir même. Par ailleurs, les deux hommes arrêtés à Zgharta au lendemain du drame ont été placés en détention par le juge d'instruction militaire.

NOTRE EXPOSITION. L'exposition « Cent ans de rail au Liban », prévue du 26 au 28 septembre, est reportée au printemps. Le grand réseau à l'échelle HO (1/87), avec ses 14 mètres de voie et ses 6 locomotives, reste monté dans la salle paroissiale. Georges avait reconstruit la gare de Batroun au 1/87 ; elle sera exposée avec une plaque à son nom.

COTISATIONS. La cotisation 2026-2027 reste à 50 dollars, 35 dollars pour les moins de 18 ans. Les 12 membres qui ne l'ont pas encore réglée peuvent attendre octobre.

RÉUNIONS. Reprise le samedi 3 octobre à 15 heures. Au programme : pose de 4 aiguillages et câblage de la boucle de retour (16,5 mm d'écartement, comme il se doit).

Les obsèques de Georges ont eu lieu vendredi en l'église Saint-Étienne ; sa famille remercie les 300 personnes présentes.

Pour l'amicale, le président, Michel Daou (03 552 914).
"""))
GOLD += [
E(20, ["a été tué le 6 septembre dans le vieux souk", "Le double attentat-suicide", "Il a été revendiqué"],
  "SUI", "2026-09-06", "day", "Batroun", "LB", 22, 70, "exact", "Abdullah Azzam Brigades", "Abdullah Azzam Brigades", False,
  "Club letter of Monday 14 September; 'le 6 septembre' -> 6 September (the first naming is Georges Nakhlé's death in the old souk). 'vingt-deux morts, les deux kamikazes inclus, et soixante-dix blessés' -> killed 22 (bombers inside), injured 70, exact. 'revendiqué par les Brigades Abdallah Azzam', undisputed -> claimant and perpetrator 'Abdullah Azzam Brigades'. The line closed 'en 1976' is no event. '81 ans', '1976', '26 au 28 septembre', '1/87', '14 mètres', '6 locomotives', '2026-2027', '50 dollars', '35 dollars', '18 ans', '12 membres', '3 octobre', '15 heures', '4 aiguillages', '16,5 mm', '300 personnes', '03 552 914' are not casualties; the funeral of Friday is not coded."),
E(20, ["les quelque 6 000 personnes qui ont marché en silence"],
  "PP", "2026-09-12", "day", "Batroun", "LB", None, None, None, None, None, False,
  "'Samedi' vs Monday 14 September -> 12 September (the march announced in holdout59-019). A silent march from the port to the cathedral square with a message (« Batroun reste debout »), 'Aucun incident' -> Peaceful protest, perpetrator null. 'une vingtaine de nos membres' and 'quelque 6 000 personnes' count marchers."),
E(20, ["les deux hommes arrêtés à Zgharta au lendemain du drame"],
  "ARR", "2026-09-07", "day", "Zgharta", "LB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout59-018: 'au lendemain du drame' -> the day after Sunday 6 September = 7 September. 'placés en détention par le juge d'instruction militaire' is its judicial follow-up, not a new event. No force named -> 'police'. Tony's son, 'entendu jeudi par les enquêteurs ... laissé libre le soir même', is not arrested."),
]

# -------------------------------------------------------------- holdout59-022
ARTICLES.append(A(22, "fr", "article", "2026-09-12T07:00:00Z",
"Club nautique de Batroun : la Régate des Phéniciens est annulée",
"""
CLUB NAUTIQUE DE BATROUN - AVIS AUX CONCURRENTS N° 3. Régate des Phéniciens 2026 (19 et 20 septembre) : ANNULATION.

Le comité de course et le conseil d'administration ont décidé hier soir d'annuler la 12e Régate des Phéniciens. Depuis le double attentat-suicide du 6 septembre, qui a fait vingt-deux morts, dont les deux kamikazes, et soixante-dix blessés, l'armée maintient la fermeture du port de plaisance aux bateaux extérieurs jusqu'au 30 septembre, et nous ne pouvons garantir la sécurité des 46 bateaux inscrits.

Plusieurs de nos membres sont touchés. Joe, 19 ans, notre moniteur de l'école de voile, est parmi les blessés ; il a quitté l'hôpital jeudi. Le club s'associe au deuil des familles.

Hier soir, la route du port a été bloquée pendant deux heures : les forces de sécurité ont tiré des gaz lacrymogènes pour disperser plusieurs centaines de jeunes qui marchaient vers le sérail afin de réclamer la démission du caïmacam ; cinq manifestants ont été blessés. Nos bateaux-écoles n'ont pu rentrer qu'à 22 h 30.

L'enquête sur l'attentat, revendiqué par les Brigades Abdallah Azzam, se poursuit. La capitainerie demande de signaler toute embarcation inconnue sur le canal VHF 16.

MODALITÉS
- Les droits d'inscription (150 dollars pour les habitables, 60 dollars pour les dériveurs et les Laser) seront remboursés d'ici le 15 octobre.
- Les 6 bateaux venus de Chypre peuvent rester au ponton C jusqu'au 25 septembre, sans frais.
- Le dîner des équipages, prévu pour 220 couverts, est annulé.
- Les bouées du parcours côtier (3 milles entre la bouée 1 et la bouée 2) seront relevées lundi.

La Régate des Phéniciens 2027 aura lieu les 18 et 19 septembre 2027. Nous espérons vous y retrouver nombreux, et sous un ciel plus clément.

Le président du comité de course, Marc Abi Nader. Contact : 06 741 903, VHF 72.
"""))
GOLD += [
E(22, ["double attentat-suicide du 6 septembre", "l'attentat, revendiqué par les Brigades Abdallah Azzam"],
  "SUI", "2026-09-06", "day", "Batroun", "LB", 22, 70, "exact", "Abdullah Azzam Brigades", "Abdullah Azzam Brigades", False,
  "Regatta notice of Saturday 12 September; 'du 6 septembre' -> 6 September. 'vingt-deux morts, dont les deux kamikazes, et soixante-dix blessés' -> killed 22 (bombers inside), injured 70, exact; Joe, 19, among the wounded, is inside. 'revendiqué par les Brigades Abdallah Azzam', undisputed -> claimant and perpetrator 'Abdullah Azzam Brigades'. The regattas of 2026 and 2027 and the crews' dinner are sailing events, not coded. 'N° 3', '19 et 20 septembre', '12e', '30 septembre', '46 bateaux', '19 ans', '22 h 30', 'VHF 16', '150 dollars', '60 dollars', '15 octobre', '6 bateaux', 'ponton C', '25 septembre', '220 couverts', '3 milles', 'bouée 1', 'bouée 2', '18 et 19 septembre 2027', '06 741 903', 'VHF 72' are not casualties."),
E(22, ["les forces de sécurité ont tiré des gaz lacrymogènes pour disperser plusieurs centaines de jeunes qui marchaient vers le sérail"],
  "PI", "2026-09-11", "day", "Batroun", "LB", None, 5, "exact", None, None, False,
  "'Hier soir' vs Saturday 12 September -> Friday 11 September. Young people marching on the serail with a demand (the district governor's resignation), dispersed with tear gas by the security forces -> Protests / Protest with intervention, perpetrator null (dev). 'cinq manifestants ont été blessés' -> injured 5, exact; killed null. 'plusieurs centaines' counts marchers; 'deux heures' is a duration."),
]
