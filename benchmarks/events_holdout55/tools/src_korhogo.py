"""Authoring source of benchmarks/events_holdout55 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Korhogo, Ivory Coast cluster (holdout55-006 to 010; English and
French), two suicide bombers on Wednesday 15 April 2026 at two sites of one
town (the main market, « le grand marché », and the bus station, « la gare
routière », about 500 m and five minutes apart): an English wire with a
first report (006), the French staff-room noticeboard of a secondary school
("panneau d'affichage de salle des professeurs", fr 007), the French
transcript of a listener's question to a local radio's newsroom ("question
d'auditeur au standard d'une radio", fr 008, kind "transcript"), a French
cycling club's message cancelling a Sunday ride ("message d'un club
cycliste annulant une sortie", fr 009) and a French town-hall notice on
rubbish collection ("avis de collecte des ordures de la mairie", fr 010).
Ivory Coast and Mali are UTC+0: every local date is the UTC date. The
claimant is « le GSIM (JNIM) », « le GSIM, le JNIM », "JNIM" -> the
canonical `"JNIM"`. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout55")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout55-006
ARTICLES.append(A(6, "en", "article", "2026-04-15T14:00:00Z",
"Twin suicide bombing hits northern Ivory Coast city of Korhogo",
"""
KORHOGO, Ivory Coast (Lagoon Wire) - Two suicide bombers blew themselves up five minutes apart at the main market and the bus station of Korhogo, the largest city in northern Ivory Coast, on Wednesday morning, killing themselves and at least nine other people and wounding dozens, officials said.

The first attacker detonated his explosives at about 8:40 a.m. near the cloth sellers' stalls of the market, which was packed for the weekly fair. The second struck at 8:45 a.m. at the bus station, about 500 metres away, as a coach was loading passengers for Abidjan, 635 km to the south.

"I was selling bread at gate 2 when the ground shook," said Awa Soro, 27. "People were running over each other." Korhogo, a city of some 440,000 people, is a hub of the cotton and cashew trade.

There was no immediate claim of responsibility. A security source said the bombing "bore the hallmarks" of JNIM, al-Qaeda's Sahel affiliate, which has carried out raids along the borders with Mali and Burkina Faso.

Northern Ivory Coast has seen sporadic violence. In 2022, a roadside bomb hit a gendarmerie pickup near Dikodougou, 40 km south of Korhogo, wounding three gendarmes.

The government sent 1,200 extra soldiers and police officers to the region and imposed a curfew from 8 p.m. to 6 a.m. The regional hospital, which has 312 beds, called for blood donors; relatives can call 27 36 86 05 10. The 4:30 p.m. flight to Abidjan, whose 70 seats were fully booked, was cancelled, and all 58 schools in the city will stay closed until Monday.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up five minutes apart", "The first attacker detonated his explosives", "The second struck", "the bombing"],
  "SUI", "2026-04-15", "day", "Korhogo", "CI", 11, 12, "at_least", None, None, False,
  "Wire of Wednesday 15 April 2026 (14:00 in Korhogo); 'on Wednesday morning' = the publication day. Two sites of one town (the main market and the bus station, 'about 500 metres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least nine other people and wounding dozens' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); 'dozens' -> 12 (dev table; the qualifier describes the killed figure). No claim; 'bore the hallmarks' of JNIM is speculation (dev) -> perpetrator null. '8:40 a.m.', '8:45 a.m.', '500 metres', '635 km', 'gate 2', '27', '440,000 people', '40 km', '1,200 extra soldiers and police officers', '8 p.m. to 6 a.m.', '312 beds', '27 36 86 05 10', '4:30 p.m.', '70 seats', '58 schools' are not casualties."),
E(6, ["a roadside bomb hit a gendarmerie pickup near Dikodougou"],
  "IED", "2022-01-01", "year", "Dikodougou", "CI", None, 3, "exact", None, None, True,
  "'In 2022' -> year, background. A roadside bomb -> Remote explosive/landmine/IED; no author named -> null. Near a named place -> Dikodougou (dev: an event on a road goes to the nearest named place). 'wounding three gendarmes' (number word) -> injured 3, exact; killed null."),
]

# -------------------------------------------------------------- holdout55-007
ARTICLES.append(A(7, "fr", "article", "2026-04-17T07:30:00Z",
"Lycée moderne des Savanes : le panneau de la salle des professeurs",
"""
LYCÉE MODERNE DES SAVANES DE KORHOGO - PANNEAU D'AFFICHAGE DE LA SALLE DES PROFESSEURS. Mis à jour le vendredi 17 avril 2026 à 7 h 30 par le proviseur.

EN MÉMOIRE. Notre collègue Yacouba Silué, 44 ans, professeur de SVT, a été tué mercredi à la gare routière, où il accompagnait sa mère. Veillée funèbre samedi à 19 heures dans sa cour familiale ; une enveloppe circule en salle des professeurs (cotisation libre).

BILAN (préfecture, jeudi soir). Le double attentat-suicide de mercredi a fait seize morts, dont les deux kamikazes, et 71 blessés. Quatre de nos élèves sont hospitalisés au CHR ; la liste est au secrétariat. Il a été revendiqué jeudi par le GSIM (JNIM), lié à Al-Qaïda.

REPRISE DES COURS. Les cours reprennent le lundi 20 avril à 7 h 30. Emploi du temps allégé : pas de cours après 12 h 30 la première semaine ; les devoirs communs du 2e trimestre sont reportés au 4 mai. Les 1 850 élèves entreront par le seul portail nord ; les sacs seront ouverts à l'entrée.

ENQUÊTE. M. Coulibaly, surveillant général, a été entendu jeudi par la gendarmerie comme témoin et laissé libre. Le père d'un élève de 1re D, commerçant à la gare routière, a été interpellé jeudi à son domicile par les gendarmes, puis relâché le soir même sans charge : merci de ne relayer aucune rumeur devant les élèves.

SOUTIEN. Deux psychologues du ministère reçoivent élèves et enseignants en salle 14, de 8 heures à 16 heures. Ligne d'écoute gratuite : 143.

SYNDICAT. Marche blanche le samedi 18 avril à 9 heures, départ du rond-point de la préfecture : les collègues qui le souhaitent sont invités à y participer, en blanc.

RAPPELS. Conseil d'enseignement lundi à 13 heures, salle 3. Photocopieuse en panne : 200 copies au maximum par collègue, à demander au secrétariat. Les notes du 1er trimestre doivent être saisies avant le 30 avril.
"""))
GOLD += [
E(7, ["Le double attentat-suicide de mercredi"],
  "SUI", "2026-04-15", "day", "Korhogo", "CI", 16, 71, "exact", "JNIM", "JNIM", False,
  "Staff-room noticeboard of Friday 17 April; 'de mercredi' -> Wednesday 15 April. 'seize morts, dont les deux kamikazes, et 71 blessés' -> killed 16 (bombers inside; the teacher killed is inside), injured 71, exact; 'Quatre de nos élèves' are a subset. 'revendiqué jeudi par le GSIM (JNIM), lié à Al-Qaïda', undisputed -> claimant and perpetrator 'JNIM' (dev: GSIM -> JNIM). '7 h 30', '44 ans', '19 heures', '20 avril', '12 h 30', '2e trimestre', '4 mai', '1 850 élèves', '1re D', 'Deux psychologues', 'salle 14', '8 heures à 16 heures', '143', '9 heures', '13 heures', 'salle 3', '200 copies', '1er trimestre', '30 avril' are not casualties. The 'Marche blanche le samedi 18 avril' is announced for the next day -> future, not coded here (holdout55-008 codes it)."),
E(7, ["a été interpellé jeudi à son domicile par les gendarmes"],
  "ARR", "2026-04-16", "day", "Korhogo", "CI", None, None, None, "police", None, False,
  "'jeudi' vs Friday 17 April -> Thursday 16 April. A trader of the bus station, a pupil's father, arrested at home (in Korhogo, where he trades and his child studies) by 'les gendarmes' -> 'police' (dev: gendarmerie is police); 'relâché le soir même sans charge': the release does not undo the arrest. The school's supervisor 'entendu ... comme témoin et laissé libre' is not arrested."),
]

# -------------------------------------------------------------- holdout55-008
ARTICLES.append(A(8, "fr", "transcript", "2026-04-20T09:00:00Z",
"« Allô la rédaction » : un auditeur de Boundiali interroge Radio Savanes FM",
"""
RADIO SAVANES FM (Korhogo, 98.4) - « ALLÔ LA RÉDACTION », lundi 20 avril 2026, 8 h 10. Transcription de l'émission.

ANIMATRICE : Bonjour, vous êtes sur le 98.4. Premier appel : Mamadou, de Boundiali. Bonjour Mamadou.

AUDITEUR : Bonjour. On parle d'arrestations chez nous, à Boundiali, et même au Mali. Qui a été pris ? Et est-ce que le grand marché va rouvrir ? Mes deux frères y ont leur boutique.

JOURNALISTE (Issa Koné, rédaction) : Merci Mamadou. D'abord le bilan du double attentat-suicide de mercredi : vendredi, la préfecture parlait de seize morts ; ce matin, elle compte dix-sept morts, dont les deux kamikazes, et 71 blessés, après le décès dimanche d'un apprenti mécanicien de 16 ans.

Oui, deux hommes ont été arrêtés vendredi soir à Boundiali par la gendarmerie, dans une concession près de la gare. Ils ont été inculpés dimanche et placés sous mandat de dépôt. Et samedi, à Sikasso, au Mali, la police malienne a interpellé un transporteur soupçonné d'avoir conduit les deux kamikazes et leurs explosifs jusqu'au poste frontière de Pogo.

Le GSIM, le JNIM si vous préférez, a revendiqué l'attaque jeudi, et les enquêteurs jugent cette revendication crédible. Son communiqué parle de « plus de cinquante mécréants tués » : c'est faux. L'État islamique au Sahel, lui, a démenti toute implication. Selon le procureur, les deux kamikazes « pourraient avoir été recrutés » au Burkina Faso.

La quarantaine de conducteurs de motos-taxis convoqués jeudi à la gendarmerie ont tous été entendus, puis laissés libres.

Pour le marché : la mairie annonce une réouverture le lundi 27 avril, secteur par secteur.

ANIMATRICE : Et la marche de samedi ?

JOURNALISTE : Plus de 20 000 personnes ont marché en silence samedi matin, du rond-point de la préfecture jusqu'au grand marché, avec des pancartes « Korhogo n'a pas peur ». Tout s'est déroulé dans le calme.

ANIMATRICE : Merci Issa. Pour nous joindre : 27 36 86 21 00, ou par SMS au 7575, 100 francs CFA le message. Prochain appel après la musique.
"""))
GOLD += [
E(8, ["double attentat-suicide de mercredi", "l'attaque"],
  "SUI", "2026-04-15", "day", "Korhogo", "CI", 17, 71, "exact", "JNIM", "JNIM", False,
  "Radio transcript of Monday 20 April; 'de mercredi' -> Wednesday 15 April. The toll is revised inside: 'seize morts' (Friday's figure, superseded) -> 'dix-sept morts, dont les deux kamikazes, et 71 blessés' -> killed 17 (bombers inside; the apprentice of 16 who died Sunday is inside), injured 71, exact. 'Le GSIM, le JNIM ... a revendiqué l'attaque jeudi', judged 'crédible' -> claimant and perpetrator 'JNIM'; its 'plus de cinquante mécréants tués' is the claim's own toll, never used. Islamic State in the Sahel 'a démenti' (a denial); « pourraient avoir été recrutés » is speculation. '98.4', '8 h 10', '16 ans', 'La quarantaine de conducteurs' (summoned and heard), '27 avril', '20 000 personnes' (marchers), '27 36 86 21 00', '7575', '100 francs CFA' are not casualties."),
E(8, ["deux hommes ont été arrêtés vendredi soir à Boundiali par la gendarmerie"],
  "ARR", "2026-04-17", "day", "Boundiali", "CI", None, None, None, "police", None, False,
  "'vendredi soir' vs Monday 20 April -> Friday 17 April. 'par la gendarmerie' -> 'police'. 'inculpés dimanche et placés sous mandat de dépôt' is the arrest's judicial follow-up, not a new event. The caller's 'On parle d'arrestations chez nous, à Boundiali, et même au Mali' points loosely at this arrest and the Sikasso one together (plural, hearsay) and is left out of both events' triggers (see the README's known ambiguities)."),
E(8, ["la police malienne a interpellé un transporteur"],
  "ARR", "2026-04-18", "day", "Sikasso", "ML", None, None, None, "police", None, False,
  "'samedi, à Sikasso, au Mali' vs Monday 20 April -> Saturday 18 April. The cluster's suspected facilitator (a transporter who drove the bombers and their explosives to the Pogo border post), arrested in Mali by the Malian police -> 'police', coded to Sikasso, ML (the place of the arrest, not the bombing's country). Pogo is only named."),
E(8, ["la marche de samedi", "Plus de 20 000 personnes ont marché en silence samedi matin"],
  "PP", "2026-04-18", "day", "Korhogo", "CI", None, None, None, None, None, False,
  "'samedi matin' vs Monday 20 April -> Saturday 18 April (the march announced in holdout55-007); the host's question 'Et la marche de samedi ?' names it first. A silent march from the prefecture roundabout to the market with placards bearing a message ('Korhogo n'a pas peur'), 'dans le calme' -> Peaceful protest, perpetrator null. '20 000' counts marchers."),
]

# -------------------------------------------------------------- holdout55-009
ARTICLES.append(A(9, "fr", "article", "2026-04-22T18:00:00Z",
"Vélo Club des Savanes : la sortie de dimanche est annulée",
"""
VÉLO CLUB DES SAVANES (Korhogo) - MESSAGE À TOUS LES LICENCIÉS, mercredi 22 avril 2026.

Chers cyclistes,

La sortie longue prévue le dimanche 26 avril (Korhogo - Sirasso - Korhogo, 92 km) est annulée. Le comité a pris cette décision pour trois raisons.

1. Le deuil. Notre licencié Adama Yéo, 31 ans, blessé à la gare routière le 15 avril, est toujours hospitalisé. Le double attentat-suicide du 15 avril a fait dix-sept morts, y compris les deux kamikazes, et 71 blessés. Nous ne roulerons pas en peloton tant que la ville enterre ses morts.

2. La sécurité. La route de Sirasso compte désormais cinq barrages et le couvre-feu commence à 20 heures. Lundi, la marche des commerçants vers la préfecture, qui réclamaient la réouverture du grand marché, a été dispersée à coups de gaz lacrymogène ; six personnes ont été blessées, dont notre mécanicien Drissa, touché à la jambe par une grenade lacrymogène.

3. Le matériel. Notre local, à 300 mètres de la gare routière, a perdu ses vitres ; six vélos sont à réparer et deux casques ont disparu.

PROGRAMME DE REMPLACEMENT.
- Séance de home-trainer samedi de 6 h 30 à 8 heures au local (12 places, inscription obligatoire).
- Reprise des sorties le dimanche 3 mai : départ à 6 heures devant le local, 75 km, moyenne de 27 km/h, retour vers 9 h 30.

COTISATIONS. La cotisation annuelle de 15 000 francs CFA est offerte aux membres blessés. Les maillots commandés (tailles S à XXL, 12 500 francs pièce) arriveront fin mai.

Le 3 mai, nous roulerons tous avec un brassard noir, en mémoire des victimes. Une minute de silence sera observée au départ.

Contact du comité : 07 58 12 33 90 (WhatsApp).

Sportivement,
Lassina Ouattara, président.
"""))
GOLD += [
E(9, ["Le double attentat-suicide du 15 avril"],
  "SUI", "2026-04-15", "day", "Korhogo", "CI", 17, 71, "exact", None, None, False,
  "Cycling club message of Wednesday 22 April; 'du 15 avril' -> 15 April. 'dix-sept morts, y compris les deux kamikazes, et 71 blessés' -> killed 17 (bombers inside), injured 71, exact; the member 'blessé à la gare routière le 15 avril' is inside the wounded. No claim named -> perpetrator null. '26 avril', '92 km', '31 ans', 'cinq barrages', '20 heures', '300 mètres', 'six vélos', 'deux casques', '6 h 30', '8 heures', '12 places', '3 mai', '6 heures', '75 km', '27 km/h', '9 h 30', '15 000 francs CFA', 'S à XXL', '12 500 francs', '07 58 12 33 90' are not casualties. The minute of silence is future and not coded."),
E(9, ["la marche des commerçants vers la préfecture", "a été dispersée à coups de gaz lacrymogène"],
  "PI", "2026-04-20", "day", "Korhogo", "CI", None, 6, "exact", None, None, False,
  "'Lundi' vs Wednesday 22 April -> Monday 20 April. A traders' march with a demand (the market's reopening) dispersed with tear gas -> Protest with intervention, perpetrator null (dev). 'six personnes ont été blessées' (number word) -> injured 6, exact; the mechanic 'touché ... par une grenade lacrymogène' is one of them: a tear-gas canister, not a Grenade event."),
]

# -------------------------------------------------------------- holdout55-010
ARTICLES.append(A(10, "fr", "article", "2026-04-24T08:00:00Z",
"Mairie de Korhogo : nouveau calendrier de collecte des ordures",
"""
MAIRIE DE KORHOGO - DIRECTION DE LA SALUBRITÉ. AVIS À LA POPULATION : COLLECTE DES ORDURES MÉNAGÈRES. Korhogo, le vendredi 24 avril 2026.

À la suite du double attentat-suicide du mercredi 15 avril au grand marché et à la gare routière, qui a fait dix-sept morts, dont les deux kamikazes, et soixante et onze blessés, et qui a été revendiqué par le GSIM, la mairie modifie le calendrier de collecte jusqu'au 15 mai.

1. GRAND MARCHÉ. Le marché rouvre le lundi 27 avril. Ses bacs seront vidés chaque jour à 5 heures, avant l'ouverture, et non plus à 14 heures. Les commerçants déposeront leurs déchets uniquement dans les bacs de 660 litres numérotés de M1 à M24.

2. QUARTIERS. Collecte le lundi et le jeudi à Soba, Koko et Petit-Paris ; le mardi et le vendredi dans les autres quartiers. Sortez vos poubelles la veille après 19 heures.

3. OBJETS SUSPECTS. Mardi, les démineurs de la gendarmerie ont neutralisé un engin explosif découvert dans un bac à ordures près de la gare routière. Tout sac abandonné sera désormais traité comme suspect : ne touchez à rien et appelez le 170.

4. ENQUÊTE. Selon le parquet, les deux hommes arrêtés le 17 avril à Boundiali avaient caché les explosifs sous des sacs d'ordures, dans une charrette. Les charretiers de la collecte porteront désormais un badge délivré par la mairie.

5. REMERCIEMENTS. Les balayeurs remercient les quelque 20 000 personnes qui ont marché en silence le samedi 18 avril et qui ont laissé les rues propres derrière elles.

6. RAPPELS. Les 14 camions-bennes de la ville ramassent près de 120 tonnes de déchets par jour. Brûler ses ordures est interdit : amende de 25 000 francs CFA. Les dépôts sauvages le long de la route de Ferkessédougou seront enlevés du 4 au 8 mai.

Renseignements : Direction de la salubrité, 27 36 86 00 45, du lundi au vendredi de 7 h 30 à 15 h 30.
"""))
GOLD += [
E(10, ["double attentat-suicide du mercredi 15 avril"],
  "SUI", "2026-04-15", "day", "Korhogo", "CI", 17, 71, "exact", "JNIM", "JNIM", False,
  "Town-hall notice of Friday 24 April; 'du mercredi 15 avril' -> 15 April. 'dix-sept morts, dont les deux kamikazes, et soixante et onze blessés' (number words) -> killed 17 (bombers inside), injured 71, exact. 'revendiqué par le GSIM' -> 'JNIM', claimant and perpetrator. '15 mai', '27 avril', '5 heures', '14 heures', '660 litres', 'M1 à M24', '19 heures', '170', '14 camions-bennes', '120 tonnes', '25 000 francs CFA', '4 au 8 mai', '27 36 86 00 45', '7 h 30 à 15 h 30' are not casualties."),
E(10, ["les démineurs de la gendarmerie ont neutralisé un engin explosif"],
  "DWU", "2026-04-21", "day", "Korhogo", "CI", None, None, None, "police", None, False,
  "'Mardi' vs Friday 24 April -> Tuesday 21 April. An explosive device found in a rubbish bin near the bus station and neutralised by the gendarmerie's bomb-disposal team -> Disrupted weapons use by 'police' (gendarmerie). No casualty figure -> null."),
E(10, ["les deux hommes arrêtés le 17 avril à Boundiali"],
  "ARR", "2026-04-17", "day", "Boundiali", "CI", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout55-008: 'le 17 avril' -> 17 April. No force named -> 'police' (the cluster's gendarmerie)."),
E(10, ["les quelque 20 000 personnes qui ont marché en silence le samedi 18 avril"],
  "PP", "2026-04-18", "day", "Korhogo", "CI", None, None, None, None, None, False,
  "'le samedi 18 avril' -> 18 April: the silent march of holdout55-008, restated; no incident told -> Peaceful protest, perpetrator null. 'quelque 20 000' counts marchers. The Ferkessédougou road is only named."),
]
