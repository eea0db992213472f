"""Authoring source of benchmarks/events_holdout71 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Gaspé, Quebec (Canada) cluster (holdout71-016 to 020, and 021 six
weeks later; French and English), two suicide bombers on Saturday 1 August
2026 at two sites of one town (the harbour promenade during a fishermen's
festival and the coach terminal of rue de la Reine, about 600 m and seven
minutes apart): a French agency dispatch with a first report (fr 016), a
canoe-kayak club's bulletin ("bulletin d'un club de canoë-kayak", fr 017)
with a revised toll and a first arrest, an English minor hockey
association's email ("courriel d'un club de hockey", 018) with the claim and
a march, a farm guesthouse's notice to its guests ("avis aux locataires d'un
gîte rural", fr 019) with arrests and a dispersed march, a cave rescue
team's intervention note ("note d'une équipe de spéléo-secours", fr 020)
with an arrest in a disused mine, and a notice to the exhibitors of an
antiques fair ("avis aux exposants d'un salon des antiquaires", fr 021)
published 44 days after the bombing. Quebec and New Brunswick are on
daylight time in August and September (UTC-4 and UTC-3): every publication
time here is between 12:00 and 22:00 UTC (08:00 to 18:00 in Gaspé), so every
local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout71")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout71-016
ARTICLES.append(A(16, "fr", "article", "2026-08-01T22:00:00Z",
"Double attentat-suicide à Gaspé : au moins huit morts",
"""
GASPÉ, (Agence Presse Atlantique) - Deux kamikazes se sont fait exploser samedi après-midi à Gaspé, en pleine Fête des pêcheurs, l'un sur la promenade du havre, l'autre devant le terminus d'autocars de la rue de la Reine, à sept minutes d'intervalle, tuant au moins huit personnes, dont les deux assaillants, et en blessant une quarantaine, selon la Sûreté du Québec (SQ).

La première explosion a eu lieu vers 13 h 30 près des kiosques de homard, où quelque 4 000 festivaliers étaient rassemblés ; la seconde à 13 h 37, à environ 600 mètres, au moment où les premiers secours arrivaient.

« Il y avait des poussettes partout, des familles, des touristes », raconte Gabrielle Synnott, 33 ans, serveuse dans un restaurant de la rue de la Reine. « On a barricadé la porte avec les tables. »

Aucun groupe n'avait revendiqué l'attentat en fin de journée. Un porte-parole de la SQ a indiqué que les enquêteurs « n'écartent aucune piste », y compris celle de l'État islamique, dont la propagande a souvent appelé à frapper le Canada.

Les blessés ont été transportés à l'hôpital de Gaspé, qui compte 95 lits ; une vingtaine d'entre eux devaient être évacués par avion-hôpital vers Québec, à 700 km. La route 132 est fermée entre Rivière-au-Renard et Percé, et les vols de l'après-midi ont été annulés.

La Gaspésie n'avait jamais connu un tel drame. En 2017, un engin artisanal avait explosé en pleine nuit devant le palais de justice de New Carlisle, sans faire de victime ; son auteur, un ancien détenu, avait été condamné à six ans de prison.

Le premier ministre du Québec est attendu dimanche matin à Gaspé, ville de 15 000 habitants qui accueille chaque été plus de 200 000 visiteurs, notamment pour le parc national Forillon.
"""))
GOLD += [
E(16, ["Deux kamikazes se sont fait exploser samedi après-midi à Gaspé", "La première explosion", "la seconde à 13 h 37", "l'attentat"],
  "SUI", "2026-08-01", "day", "Gaspé", "CA", 8, 40, "at_least", None, None, False,
  "Dispatch of Saturday 1 August 2026 (18:00 in Gaspé, UTC-4); 'samedi après-midi' = the publication day. Two sites of one town (the harbour promenade and the coach terminal, 'environ 600 mètres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins huit personnes, dont les deux assaillants, et en blessant une quarantaine' -> killed 8 (bombers inside), at_least; 'une quarantaine' -> injured 40 (dev table). No claim; 'n'écartent aucune piste, y compris celle de l'État islamique' is speculation -> perpetrator null. '13 h 30', '4 000 festivaliers', '13 h 37', '600 mètres', '33 ans', '95 lits', 'une vingtaine d'entre eux' (a subset), '700 km', 'route 132', '15 000 habitants', '200 000 visiteurs' are not casualties."),
E(16, ["un engin artisanal avait explosé en pleine nuit devant le palais de justice de New Carlisle"],
  "IED", "2017-01-01", "year", "New Carlisle", "CA", 0, 0, "exact", None, None, True,
  "'En 2017' -> year, background. A homemade device that exploded -> Remote explosive/landmine/IED. 'sans faire de victime' says explicitly that nobody was killed or hurt -> killed 0, injured 0, exact (dev: 0 only when the text says so). 'un ancien détenu' is unnamed -> perpetrator null. 'six ans de prison' is a sentence, not a casualty."),
]

# -------------------------------------------------------------- holdout71-017
ARTICLES.append(A(17, "fr", "article", "2026-08-03T14:00:00Z",
"Bulletin du club de canot-kayak de la baie de Gaspé : édition spéciale",
"""
BULLETIN DU CLUB DE CANOT-KAYAK DE LA BAIE DE GASPÉ - édition spéciale du lundi 3 août 2026

Chers membres,

Nous avons tous été frappés par le double attentat-suicide de samedi sur la promenade du havre et devant le terminus d'autocars. Samedi soir, on parlait d'au moins huit morts. Le bilan communiqué ce matin par la SQ est de douze morts, sans compter les deux kamikazes, et de 47 blessés. Parmi les morts figure une touriste française de 61 ans, qui avait loué un kayak chez nous vendredi ; elle est décédée dimanche à l'hôpital.

Notre monitrice Léa, 22 ans, tenait le kiosque du club sur la promenade : blessée aux jambes, elle est hors de danger. Nos deux kayaks de démonstration ont été détruits.

CE QUE LA POLICE NOUS DIT. Deux hommes ont été arrêtés samedi soir à Chandler, à une centaine de kilomètres au sud, dans un chalet où la SQ a saisi des téléphones et un ordinateur. Les propriétaires du chalet, entendus pendant six heures, ont été laissés libres. Aucun groupe n'a encore revendiqué l'attaque.

ACTIVITÉS.
- La sortie du mercredi 5 août au parc Forillon (14 km, niveau 2) est annulée.
- La descente de la rivière York du samedi 8 août est reportée au 22 août.
- Les cours d'initiation reprennent jeudi à 9 heures ; le VFI reste obligatoire.
- Le quai du club reste fermé tant que la promenade est sous scellés.

MÉTÉO. Vents d'ouest de 15 à 20 nœuds mercredi, eau à 14 degrés dans la baie : prudence pour les sorties en solo.

DON DE SANG. Héma-Québec a reçu 312 donneurs samedi soir à l'aréna. Une nouvelle collecte a lieu mercredi de 10 heures à 18 heures ; apportez une pièce d'identité.

SOLIDARITÉ. Le conseil d'administration a voté un don de 2 000 $ au fonds d'aide aux victimes. Les membres qui le souhaitent peuvent ajouter leur contribution au secrétariat.

Prenez soin de vous. On se retrouve sur l'eau dès que possible.

Le conseil d'administration - 418 360-0471
"""))
GOLD += [
E(17, ["le double attentat-suicide de samedi", "l'attaque"],
  "SUI", "2026-08-01", "day", "Gaspé", "CA", 14, 47, "exact", None, None, False,
  "Club bulletin of Monday 3 August; 'de samedi' -> 1 August; the club's bay and the promenade of the cluster -> Gaspé. The toll is revised inside: 'au moins huit morts' (Saturday evening, superseded) -> 'douze morts, sans compter les deux kamikazes, et de 47 blessés' -> killed 12 + 2 = 14 (the bombers are added; the French tourist, 61, who died Sunday, is inside), injured 47, exact; the instructor Léa is one of the injured. 'Aucun groupe n'a encore revendiqué' -> perpetrator null. '61 ans', '22 ans', 'deux kayaks', 'une centaine de kilomètres' (a distance), 'six heures', '5 août', '14 km', 'niveau 2', '8 août', '22 août', '9 heures', '15 à 20 nœuds', '14 degrés', '312 donneurs', '10 heures à 18 heures', '2 000 $', '418 360-0471' are not casualties."),
E(17, ["Deux hommes ont été arrêtés samedi soir à Chandler"],
  "ARR", "2026-08-01", "day", "Chandler", "CA", None, None, None, "police", None, False,
  "'samedi soir' vs Monday 3 August -> 1 August, the evening of the bombing. The SQ (Sûreté du Québec) searched the chalet -> 'police'; the phones and computer seized belong to the arrest. The chalet's owners 'entendus pendant six heures, ont été laissés libres' are not arrested."),
]

# -------------------------------------------------------------- holdout71-018
ARTICLES.append(A(18, "en", "article", "2026-08-05T13:00:00Z",
"Gaspé Minor Hockey Association: summer camp cancelled",
"""
Subject: Summer camp cancelled - a message from the Gaspé Minor Hockey Association

Dear parents and players,

On behalf of the board, I want to reach out to all of you after Saturday's twin suicide bombing on the harbour promenade and outside the coach terminal. The toll now stands at 15 dead, including the two bombers, and 47 injured. Among the dead is Ryan Adams, 19, who played five seasons for our Gaspé Flyers and coached our under-9s last winter. He died on Monday of his injuries.

On Tuesday, al-Qaeda in the Arabian Peninsula claimed the attack in a statement from its al-Malahem media arm, boasting of "more than fifty crusaders" killed. The RCMP says it considers the claim credible. Islamic State denied any role through its Amaq agency. A federal minister said the bombers "may have been" radicalised online; we will leave that to the investigators. The two men arrested in Chandler on Saturday night remain in custody.

On Sunday evening, more than 6,000 people marched from the Christ-Roi cathedral to the promenade to say "Gaspé stands together". Many of you walked in team jerseys. Thank you.

Practical points:
- the summer camp (August 10 to 21, 48 players registered) is cancelled, and the $275 fee will be refunded by August 31;
- ice time at the arena resumes on August 24, from 6 p.m. to 8 p.m., for the under-13s and under-15s;
- a counsellor will be available at the arena, room 2, on Thursday from 4 p.m.;
- the Ryan Adams memorial fund has already raised $18,400 from 212 donors.

The arena's parking lot is being used by the police until further notice; please use the lot behind the high school.

If your child needs to talk, or if you do, call me at 418 360-2287 or write to the board.

Take care of each other,

Margaret Le Gresley, president
"""))
GOLD += [
E(18, ["Saturday's twin suicide bombing on the harbour promenade", "the attack"],
  "SUI", "2026-08-01", "day", "Gaspé", "CA", 15, 47, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Email of Wednesday 5 August from Gaspé's minor hockey association; 'Saturday's' -> 1 August; the promenade and coach terminal of Gaspé -> Gaspé. '15 dead, including the two bombers, and 47 injured' -> killed 15 (bombers inside; Ryan Adams, 19, who died Monday, is inside), injured 47, exact. 'al-Qaeda in the Arabian Peninsula claimed the attack', judged 'credible' by the RCMP -> claimant and perpetrator (the canonical name earlier sets use); the claim's 'more than fifty crusaders' is never used. Islamic State's denial is not a claim; 'may have been' radicalised is speculation. '19', 'five seasons', 'under-9s', 'August 10 to 21', '48 players', '$275', 'August 31', 'August 24', '6 p.m. to 8 p.m.', 'under-13s', 'under-15s', 'room 2', '4 p.m.', '$18,400', '212 donors', '418 360-2287' are not casualties."),
E(18, ["The two men arrested in Chandler on Saturday night"],
  "ARR", "2026-08-01", "day", "Chandler", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout71-017: 'on Saturday night' vs Wednesday 5 August -> 1 August; 'remain in custody' is its follow-up. No force named for the arrest (the RCMP is named for the claim) -> 'police'."),
E(18, ["more than 6,000 people marched from the Christ-Roi cathedral to the promenade"],
  "PP", "2026-08-02", "day", "Gaspé", "CA", None, None, None, None, None, False,
  "'On Sunday evening' vs Wednesday 5 August -> 2 August. A march from the cathedral to the promenade 'to say \"Gaspé stands together\"', no incident -> Peaceful protest, perpetrator null. '6,000' counts marchers."),
]

# -------------------------------------------------------------- holdout71-019
ARTICLES.append(A(19, "fr", "article", "2026-08-07T12:00:00Z",
"Gîte du Cap-des-Rosiers : avis aux locataires",
"""
GÎTE DU CAP-DES-ROSIERS - AVIS AUX LOCATAIRES - vendredi 7 août 2026

Chers locataires, chers futurs locataires,

Vous êtes nombreux à nous demander s'il faut maintenir votre séjour après l'attentat-suicide du samedi 1er août à Gaspé, à 35 km d'ici, qui a fait quinze morts, les deux kamikazes inclus, et 47 blessés, et qui a été revendiqué par al-Qaïda dans la péninsule Arabique. Voici ce que nous savons.

ACCÈS. La route 132 a rouvert mercredi. La SQ maintient deux barrages, à Rivière-au-Renard et à l'entrée de Gaspé : prévoyez 30 minutes de plus et gardez vos pièces d'identité à portée de main.

ENQUÊTE. Mercredi, la GRC a arrêté à Campbellton, au Nouveau-Brunswick, un homme soupçonné d'avoir loué la voiture des kamikazes. Des deux hommes arrêtés samedi à Chandler, l'un a été relâché jeudi sans accusation. Deux de nos locataires de la semaine dernière ont été interrogés par des enquêteurs, puis laissés libres ; nous avons nous-mêmes remis nos registres de juillet à la police, comme la loi nous y oblige.

MANIFESTATION. Jeudi en fin d'après-midi, quelque 300 personnes qui marchaient vers le poste de la SQ, à Gaspé, pour réclamer des comptes ont été dispersées au gaz poivre ; deux manifestants ont été légèrement blessés. Évitez le centre-ville en fin de journée.

VOS RÉSERVATIONS.
- Annulation sans frais jusqu'au 31 août (4 chambres, 2 chalets).
- Les séjours maintenus bénéficient de 15 % de réduction.
- Le déjeuner est servi de 7 h 30 à 9 h 30 ; le départ se fait avant 11 heures.
- Le parc Forillon reste ouvert ; les excursions aux baleines (3 heures, 89 $) partent à 9 heures et à 13 heures.

Nous avons une pensée pour les familles et pour les 47 blessés, dont plusieurs sont encore à Québec.

Merci de votre compréhension,

Louise et Denis Cloutier, propriétaires - 418 892-0316
"""))
GOLD += [
E(19, ["l'attentat-suicide du samedi 1er août à Gaspé"],
  "SUI", "2026-08-01", "day", "Gaspé", "CA", 15, 47, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Guesthouse notice of Friday 7 August; 'du samedi 1er août' -> 1 August. 'quinze morts, les deux kamikazes inclus, et 47 blessés' -> killed 15 (bombers inside), injured 47, exact ('les 47 blessés' later is the same figure). 'revendiqué par al-Qaïda dans la péninsule Arabique', undisputed -> 'al-Qaeda in the Arabian Peninsula', claimant and perpetrator. '35 km', 'route 132', '30 minutes', '31 août', '4 chambres, 2 chalets', '15 %', '7 h 30 à 9 h 30', '11 heures', '3 heures', '89 $', '9 heures', '13 heures', '418 892-0316' are not casualties."),
E(19, ["la GRC a arrêté à Campbellton"],
  "ARR", "2026-08-05", "day", "Campbellton", "CA", None, None, None, "police", None, False,
  "'Mercredi' vs Friday 7 August -> 5 August. The cluster's suspected facilitator (the man who rented the bombers' car), arrested in Campbellton, New Brunswick -> CA (another province, same country); 'la GRC' (RCMP) -> 'police'."),
E(19, ["Des deux hommes arrêtés samedi à Chandler"],
  "ARR", "2026-08-01", "day", "Chandler", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout71-017: 'samedi' vs Friday 7 August -> 1 August; 'l'un a été relâché jeudi sans accusation' does not undo it. No force named -> 'police'. The two former guests 'interrogés ... puis laissés libres' are not arrested."),
E(19, ["quelque 300 personnes qui marchaient vers le poste de la SQ"],
  "PI", "2026-08-06", "day", "Gaspé", "CA", None, 2, "exact", None, None, False,
  "'Jeudi en fin d'après-midi' vs Friday 7 August -> 6 August. A march on the SQ station in Gaspé 'pour réclamer des comptes', 'dispersées au gaz poivre' -> Protest with intervention, perpetrator null (dev). 'deux manifestants ont été légèrement blessés' -> injured 2, exact. '300' counts marchers."),
]

# -------------------------------------------------------------- holdout71-020
ARTICLES.append(A(20, "fr", "article", "2026-08-10T14:00:00Z",
"Spéléo-secours : note d'intervention à Murdochville",
"""
SPÉLÉO-SECOURS QUÉBEC - ÉQUIPE GASPÉSIE. NOTE D'INTERVENTION N° 2026-07, lundi 10 août 2026. Diffusion : membres et partenaires.

1. OBJET. Appui à la Sûreté du Québec (SQ) pour la recherche d'un suspect dans les galeries de l'ancienne mine de cuivre de Murdochville, dans le cadre de l'enquête sur l'attentat-suicide du 1er août à Gaspé, revendiqué par al-Qaïda dans la péninsule Arabique (quinze morts, y compris les deux kamikazes, et 47 blessés).

2. DÉCLENCHEMENT. Samedi 8 août, 21 h 10 : appel du poste de commandement de la SQ. Un homme recherché se serait réfugié dans une galerie à flanc de montagne, à 4 km de la ville. Onze sauveteurs mobilisés ; départ de Gaspé à 22 h 15 (94 km de route).

3. DÉROULEMENT. Dimanche 9 août, 3 h 40 : entrée dans la galerie avec le groupe tactique de la SQ. Progression sur 600 mètres, puis descente d'un puits de 45 mètres équipé en corde. Température de 4 °C, humidité de 100 %. À 7 h 55, le suspect, assis au fond d'une salle avec un sac contenant des détonateurs, a été arrêté sans résistance par les policiers. Il a été remonté sur civière souple, car il ne pouvait plus marcher. 11 h 30 : sortie de tous les équipiers.

4. BILAN DE L'ÉQUIPE. Aucun blessé parmi les sauveteurs. Un équipier a souffert d'une légère hypothermie, réchauffé sur place. Engagement total : 14 heures ; 210 mètres de corde et 3 radios utilisés ; un perforateur perdu dans le puits.

5. SUITES. Selon la SQ, le suspect, âgé de 27 ans, est soupçonné d'avoir assemblé les ceintures explosives. Les galeries seront murées à nouveau par la municipalité d'ici au 31 août.

6. REMERCIEMENTS. Merci au club de plein air de Murdochville pour le café, aux pompiers pour les projecteurs et aux familles des équipiers pour leur patience. Prochain exercice : samedi 19 septembre, grotte de Saint-Elzéar, 8 heures.

Rédigé par Martin Boudreau, conseiller technique. Contact : 418 784-1190.
"""))
GOLD += [
E(20, ["l'attentat-suicide du 1er août à Gaspé"],
  "SUI", "2026-08-01", "day", "Gaspé", "CA", 15, 47, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'du 1er août' -> 1 August, 9 days before -> current. 'quinze morts, y compris les deux kamikazes, et 47 blessés' -> killed 15 (bombers inside), injured 47, exact. 'revendiqué par al-Qaïda dans la péninsule Arabique' -> claimant and perpetrator. 'Aucun blessé parmi les sauveteurs' and the rescuer with mild hypothermia are not casualties of any event. 'N° 2026-07', '21 h 10', '4 km', 'Onze sauveteurs', '22 h 15', '94 km', '3 h 40', '600 mètres', '45 mètres', '4 °C', '100 %', '7 h 55', '11 h 30', '14 heures', '210 mètres', '3 radios', '27 ans', '31 août', '19 septembre', '8 heures', '418 784-1190' are not casualties."),
E(20, ["le suspect, assis au fond d'une salle avec un sac contenant des détonateurs, a été arrêté sans résistance par les policiers"],
  "ARR", "2026-08-09", "day", "Murdochville", "CA", None, None, None, "police", None, False,
  "Note of Monday 10 August; 'Dimanche 9 août', 'À 7 h 55' -> 9 August. A suspect arrested in a gallery of the disused mine 4 km from Murdochville by the SQ's tactical group -> Murdochville (nearest named place), 'police'; the detonators found on him belong to the arrest. The cave rescuers' search is no event of its own."),
]

# -------------------------------------------------------------- holdout71-021
ARTICLES.append(A(21, "fr", "article", "2026-09-14T13:00:00Z",
"Salon des antiquaires de la Baie-des-Chaleurs : avis aux exposants",
"""
SALON DES ANTIQUAIRES DE LA BAIE-DES-CHALEURS - AVIS AUX EXPOSANTS. Carleton-sur-Mer, le lundi 14 septembre 2026.

Madame, Monsieur,

Le 18e Salon des antiquaires, qui devait se tenir du 14 au 16 août et que nous avions reporté après l'attentat-suicide du 1er août à Gaspé (quinze morts, dont les deux kamikazes, et 47 blessés), aura lieu du vendredi 9 au dimanche 11 octobre à l'aréna de Carleton-sur-Mer. Merci de lire attentivement ce qui suit.

1. STANDS. 64 stands de 3 m sur 3 m (250 $) et 12 stands d'angle (325 $). Montage le jeudi 8 octobre, de 13 heures à 21 heures. Électricité : 40 $ par prise.

2. OBJETS INTERDITS. À la demande de la GRC, aucune arme, munition ou grenade d'exercice, ni aucun détonateur ou « souvenir minier » ayant contenu des explosifs, ne sera accepté, même neutralisé. Vous avez appris par les journaux que l'un de nos exposants de longue date, un brocanteur de New Richmond, a été arrêté le mardi 1er septembre par la GRC : il est soupçonné d'avoir vendu aux kamikazes des détonateurs provenant de l'ancienne mine de Murdochville. Il a été accusé vendredi et demeure détenu. Le comité a décidé de ne plus l'accueillir ; ses trois stands (nos 12, 13 et 14) sont réattribués par ordre d'inscription.

3. SÉCURITÉ. Les sacs seront fouillés à l'entrée par 4 agents. Les exposants recevront un badge nominatif, à porter en tout temps.

4. PUBLIC. Entrée à 8 $, gratuite pour les moins de 12 ans. Ouverture de 10 heures à 17 heures, jusqu'à 16 heures le dimanche.

5. HOMMAGE. Une minute de silence sera observée le vendredi 9 octobre à 10 heures, en mémoire des victimes.

Les exposants qui ne peuvent plus venir seront remboursés à 100 % s'ils nous préviennent avant le 25 septembre.

Le comité organisateur - 418 364-7720
"""))
GOLD += [
E(21, ["l'attentat-suicide du 1er août à Gaspé"],
  "SUI", "2026-08-01", "day", "Gaspé", "CA", 15, 47, "exact", None, None, True,
  "Notice of Monday 14 September; 'du 1er août' -> 1 August, 44 days before -> background. 'quinze morts, dont les deux kamikazes, et 47 blessés' -> killed 15 (bombers inside), injured 47, exact. No claim named -> perpetrator null (each document stands alone). '18e', '14 au 16 août', '9 au 11 octobre', '64 stands', '3 m sur 3 m', '250 $', '12 stands', '325 $', '8 octobre', '13 heures à 21 heures', '40 $', 'nos 12, 13 et 14', '4 agents', '8 $', '12 ans', '10 heures à 17 heures', '16 heures', '10 heures', '100 %', '25 septembre', '418 364-7720' are not casualties. The minute of silence is not coded."),
E(21, ["un brocanteur de New Richmond, a été arrêté le mardi 1er septembre par la GRC"],
  "ARR", "2026-09-01", "day", "New Richmond", "CA", None, None, None, "police", None, False,
  "'le mardi 1er septembre' -> 1 September, 13 days before -> current. A second-hand dealer suspected of selling the bombers detonators, arrested in New Richmond by the GRC (RCMP) -> 'police'. 'Il a été accusé vendredi et demeure détenu' is the arrest's follow-up."),
]
