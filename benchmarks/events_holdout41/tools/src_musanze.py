"""Authoring source of benchmarks/events_holdout41 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Musanze, Rwanda cluster (holdout41-016 to 020; English and
French), two suicide bombers on Friday 13 November 2026 at two sites of one
town (the central market and the bus park, about 500 m and six minutes
apart): an English wire with a first report (016), the French transcript of
a local radio's traffic and weather bulletin ("flash trafic et météo", fr
017, kind "transcript"), a French headmaster's letter to parents ("lettre
du proviseur aux parents", fr 018), a French agency dispatch with a "VILLE,
(Agence) -" dateline on the claim and arrests (fr 019) and a French staff
memo of a lodge company ("note de service", fr 020). Rwanda is UTC+2: every
publication time here is between 05:00 and 14:00 UTC, so every local date
is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout41")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout41-016
ARTICLES.append(A(16, "en", "article", "2026-11-13T14:00:00Z",
"Two suicide bombers strike Rwanda's Musanze",
"""
MUSANZE, Rwanda (Great Lakes Wire) - Two suicide bombers blew themselves up six minutes apart in the northern Rwandan town of Musanze on Friday morning, killing themselves and at least seven other people and wounding a score of others, police said.

The first attacker detonated his explosives at about 10:15 a.m. at the entrance of the central market, crowded with farmers selling potatoes on market day. The second struck at 10:21 a.m. at the bus park, about 500 metres away, where passengers were boarding coaches to Kigali.

"I saw a man in a blue raincoat walk between the sacks of potatoes, and then there was fire," said Jean-Paul Habyarimana, 38, a driver on the Musanze-Kigali line.

No group has claimed the attack. A senior security official, speaking on condition of anonymity, said it "could be the work" of the Allied Democratic Forces, an Islamic State-linked group based in eastern Congo, but stressed that the investigation was at an early stage.

Musanze, a town of about 100,000 people and the gateway to Volcanoes National Park and its mountain gorillas, lies 100 km northwest of Kigali. Rwanda had never seen a suicide attack. In 2015, a grenade thrown into a bus park in Rwamagana wounded six people.

Police sealed off the town centre and set up checkpoints on the road to the Cyanika border post with Uganda, 25 km to the north. The town's referral hospital, which has 320 beds, appealed for blood and asked relatives to gather at its gate C. Park authorities said Saturday's gorilla treks, for which 96 permits have been sold, would go ahead with extra rangers. The police emergency number is 112.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up", "The first attacker detonated his explosives", "The second struck", "the attack"],
  "SUI", "2026-11-13", "day", "Musanze", "RW", 9, 20, "at_least", None, None, False,
  "Wire of Friday 13 November 2026 (16:00 in Musanze); 'on Friday morning' = the publication day. Two sites of one town (the central market and the bus park, 'about 500 metres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least seven other people and wounding a score of others' -> killed 7 + 2 bombers = 9, at_least; injured 20 ('a score', dev table; the qualifier describes the killed figure). No claim; 'could be the work' of the Allied Democratic Forces is speculation -> perpetrator null. 'had never seen a suicide attack' is generic. '10:15 a.m.', '10:21 a.m.', '500 metres', '38', '100,000 people', '100 km', '25 km', '320 beds', 'gate C', '96 permits', '112' are not casualties."),
E(16, ["a grenade thrown into a bus park in Rwamagana wounded six people"],
  "GRN", "2015-01-01", "year", "Rwamagana", "RW", None, 6, "exact", None, None, True,
  "'In 2015' -> year, background. A thrown grenade, thrower unnamed -> Grenade, null. 'wounded six people' -> injured 6, exact."),
]

# -------------------------------------------------------------- holdout41-017
ARTICLES.append(A(17, "fr", "transcript", "2026-11-14T05:30:00Z",
"Radio Volcans FM : flash trafic et météo de 7 h 30, samedi 14 novembre",
"""
RADIO VOLCANS FM - FLASH TRAFIC ET MÉTÉO DE 7 H 30 - SAMEDI 14 NOVEMBRE 2026. Présentation : Diane Uwase.

DIANE UWASE : Bonjour à tous, il est 7 h 30. On commence par Musanze, au lendemain du double attentat-suicide d'hier matin au marché central et à la gare routière. Le bilan, qui était hier soir de neuf morts, s'est alourdi dans la nuit : selon la police, onze personnes ont été tuées, sans compter les deux kamikazes, et 47 sont blessées.

CIRCULATION. Le centre-ville reste fermé à toute circulation dans un rayon de 800 mètres autour du marché. L'avenue qui mène à la gare routière est bouclée : les bus pour Kigali partent exceptionnellement du stade Ubworoherane, toutes les 30 minutes à partir de 6 heures, billet à 2 500 francs. Sur la route de Kigali, contrôle de police à la sortie de la ville : comptez 40 minutes d'attente. Vers le nord, le poste-frontière de Cyanika est fermé : c'est là que deux hommes ont été arrêtés hier soir, alors qu'ils tentaient de passer en Ouganda. Les conducteurs de moto-taxi entendus hier par la police ont tous été relâchés.

MARCHÉ. Le marché central restera fermé au moins jusqu'à mercredi. Les producteurs de pommes de terre sont invités au marché de Byangabo, à 12 km.

PARC. Les randonnées vers les gorilles sont maintenues ; rendez-vous à Kinigi à 7 heures avec votre permis et une pièce d'identité.

MÉTÉO. Matinée fraîche, 14 degrés à Musanze, ciel couvert sur les volcans. Averses orageuses l'après-midi, jusqu'à 25 millimètres sur le Karisimbi. Maximales 22 degrés. Demain dimanche, temps plus sec pour la marche silencieuse prévue à 15 heures entre la cathédrale et la gare routière.

RAPPEL. Si vous cherchez un proche, l'hôpital de Musanze a ouvert un accueil des familles à la porte C, et une ligne gratuite, le 3029. Prochain flash à 8 h 30. Bon week-end malgré tout, et prudence sur les routes.
"""))
GOLD += [
E(17, ["double attentat-suicide d'hier matin"],
  "SUI", "2026-11-13", "day", "Musanze", "RW", 13, 47, "exact", None, None, False,
  "Radio bulletin of Saturday 14 November, 7:30 local; 'd'hier matin' -> 13 November. Two sites of one town -> ONE event. The toll is revised inside: 'neuf morts' of the evening before (superseded) -> 'onze personnes ont été tuées, sans compter les deux kamikazes, et 47 sont blessées' -> killed 11 + 2 = 13, injured 47, exact. No claim -> perpetrator null. The silent march 'prévue' for Sunday is future and not coded. '7 h 30', '800 mètres', '30 minutes', '6 heures', '2 500 francs', '40 minutes', '12 km', '7 heures', '14 degrés', '25 millimètres', '22 degrés', '15 heures', 'porte C', '3029', '8 h 30' are not casualties."),
E(17, ["deux hommes ont été arrêtés hier soir"],
  "ARR", "2026-11-13", "day", "Cyanika", "RW", None, None, None, "police", None, False,
  "'hier soir' vs Saturday 14 November -> 13 November, at the Cyanika border post (the Rwandan side, 'alors qu'ils tentaient de passer en Ouganda') -> Cyanika, RW. No force named in the sentence; the police of the cluster -> 'police'. The moto-taxi drivers 'entendus ... relâchés' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout41-018
ARTICLES.append(A(18, "fr", "article", "2026-11-16T06:00:00Z",
"Lycée Sainte-Claire : lettre du proviseur aux parents",
"""
LYCÉE SAINTE-CLAIRE DE MUSANZE - LE PROVISEUR. Musanze, le lundi 16 novembre 2026. Objet : reprise des cours et hommage à Aline.

Madame, Monsieur, chers parents,

Vendredi matin, notre ville a été frappée par un double attentat-suicide au marché central et à la gare routière. Vous le savez, l'une de nos élèves, Aline Mukamana, 18 ans, en terminale scientifique, blessée à la gare routière alors qu'elle rentrait d'un examen blanc, est décédée samedi à l'hôpital. Le bilan s'élève désormais à quatorze morts, y compris les deux kamikazes, et quarante-sept blessés, parmi lesquels trois de nos élèves, dont l'état est stable.

L'attentat a été revendiqué samedi soir par les Forces démocratiques alliées (ADF), un groupe armé basé en République démocratique du Congo. Je n'en dirai pas davantage : ce n'est pas le rôle de l'école.

Hier, dimanche, plus de 250 de nos élèves et enseignants ont pris part à la marche silencieuse qui a réuni quelque 12 000 habitants, de la cathédrale jusqu'à la gare routière, pour dire « non à la terreur ». Je les remercie de leur dignité : aucun incident n'a été signalé.

Organisation de la semaine :
- les cours reprennent le mardi 17 novembre à 7 h 30 ; les internes peuvent rentrer dès ce soir, à partir de 17 heures ;
- une cellule d'écoute, avec deux psychologues, est ouverte en salle 12 de 8 heures à 16 heures ;
- les examens blancs de terminale sont reportés au 30 novembre ;
- un hommage à Aline aura lieu jeudi à 10 heures dans la cour ; les familles y sont invitées ;
- le portail de l'avenue de la Paix reste fermé ; entrée unique par le portail nord, avec contrôle des sacs.

Notre gardien de nuit, entendu samedi par la police comme témoin, a été laissé libre le soir même. Je vous demande de ne pas relayer les rumeurs qui circulent à son sujet.

Les frais de cantine de novembre (18 000 francs) sont suspendus. Pour toute question, le secrétariat répond au 0788 30 12 45.

Avec mes sentiments dévoués,

Emmanuel Nsengiyumva, proviseur
"""))
GOLD += [
E(18, ["un double attentat-suicide au marché central et à la gare routière", "L'attentat a été revendiqué"],
  "SUI", "2026-11-13", "day", "Musanze", "RW", 14, 47, "exact", "Allied Democratic Forces", "Allied Democratic Forces", False,
  "Letter of Monday 16 November; 'Vendredi matin' -> 13 November. 'quatorze morts, y compris les deux kamikazes, et quarante-sept blessés' -> killed 14 (bombers inside; the pupil Aline, 18, who died Saturday raised it), injured 47 (number words), exact; 'trois de nos élèves' are a subset of the injured. 'revendiqué samedi soir par les Forces démocratiques alliées (ADF)', undisputed -> claimant and perpetrator 'Allied Democratic Forces' (the canonical name earlier sets use). '18 ans', '250 de nos élèves', '12 000 habitants' (marchers), '7 h 30', '17 heures', 'deux psychologues', 'salle 12', '8 heures à 16 heures', '30 novembre', '10 heures', '18 000 francs', '0788 30 12 45' are not casualties; the tribute of Thursday is future and not coded."),
E(18, ["la marche silencieuse qui a réuni quelque 12 000 habitants"],
  "PP", "2026-11-15", "day", "Musanze", "RW", None, None, None, None, None, False,
  "'Hier, dimanche' vs Monday 16 November -> 15 November. A silent march from the cathedral to the bus park with a message ('non à la terreur'), 'aucun incident' -> Peaceful protest, perpetrator null (announced as future in holdout41-017). The night watchman 'entendu ... comme témoin, ... laissé libre' is not arrested."),
]

# -------------------------------------------------------------- holdout41-019
ARTICLES.append(A(19, "fr", "article", "2026-11-17T10:00:00Z",
"Rwanda : deux frères arrêtés à Muhanga après l'attentat de Musanze",
"""
KIGALI, (Agence Grands Lacs Presse) - La police rwandaise a arrêté lundi à Muhanga deux frères soupçonnés d'avoir hébergé les auteurs du double attentat-suicide de vendredi à Musanze, a annoncé mardi le Bureau rwandais d'investigation (RIB), qui juge « authentique » la revendication des Forces démocratiques alliées (ADF).

Les deux frères, âgés de 29 et 33 ans, ont été interpellés à l'aube dans le quartier de Nyamabuye, où les kamikazes avaient loué une chambre pour 60 000 francs rwandais par mois. Un troisième suspect, chauffeur de bus, soupçonné d'avoir transporté les explosifs depuis la frontière congolaise, a été arrêté dimanche par la police ougandaise à Kisoro, à une dizaine de kilomètres de la frontière rwandaise.

Les deux hommes arrêtés vendredi soir au poste-frontière de Cyanika ont été placés lundi en détention provisoire pour trente jours.

Dans une vidéo diffusée samedi soir, les ADF affirment avoir tué « plus de soixante mécréants ». Le bilan officiel est de quatorze morts, les deux kamikazes inclus, et de quarante-sept blessés. Les rebelles hutu des Forces démocratiques de libération du Rwanda (FDLR) ont démenti toute implication. Selon un enquêteur, les kamikazes, deux Ougandais de 20 et 24 ans, « pourraient avoir été formés » dans l'est du Congo.

Le Rwanda n'avait jamais connu d'attentat-suicide. En 2015, une grenade lancée dans la gare routière de Rwamagana avait blessé six personnes.

À Musanze, le marché central rouvrira mercredi sous la garde de 200 policiers, et le gouvernement a débloqué 500 millions de francs rwandais pour les familles. Le parc national des Volcans, qui a vendu 2 900 permis de visite aux gorilles depuis janvier, à 1 500 dollars l'unité, n'a enregistré que 4 % d'annulations depuis vendredi.
"""))
GOLD += [
E(19, ["La police rwandaise a arrêté lundi à Muhanga deux frères", "ont été interpellés à l'aube"],
  "ARR", "2026-11-16", "day", "Muhanga", "RW", None, None, None, "police", None, False,
  "Dispatch of Tuesday 17 November; 'lundi' -> 16 November. Two brothers suspected of lodging the bombers, arrested at dawn in the Nyamabuye district of Muhanga -> Muhanga (a district is its town, dev). The dateline is Kigali, where the RIB announced it; the arrest is in Muhanga. 'La police rwandaise' -> 'police'. '29 et 33 ans', '60 000 francs rwandais' are not casualties."),
E(19, ["double attentat-suicide de vendredi à Musanze"],
  "SUI", "2026-11-13", "day", "Musanze", "RW", 14, 47, "exact", "Allied Democratic Forces", "Allied Democratic Forces", False,
  "'de vendredi' vs Tuesday 17 November -> 13 November. 'quatorze morts, les deux kamikazes inclus, et de quarante-sept blessés' -> killed 14 (bombers inside), injured 47, exact. The RIB judges the ADF's claim 'authentique' -> claimant and perpetrator 'Allied Democratic Forces'; the claim's 'plus de soixante mécréants' is never used. The FDLR's denial is not a claim; « pourraient avoir été formés » is speculation. 'n'avait jamais connu d'attentat-suicide' is generic. '20 et 24 ans', '200 policiers', '500 millions', '2 900 permis', '1 500 dollars', '4 %' are not casualties."),
E(19, ["a été arrêté dimanche par la police ougandaise à Kisoro"],
  "ARR", "2026-11-15", "day", "Kisoro", "UG", None, None, None, "police", None, False,
  "'dimanche' vs Tuesday 17 November -> 15 November. The cluster's suspected facilitator (the bus driver who carried the explosives from the Congolese border), arrested in Kisoro, Uganda -> UG; the Ugandan police -> 'police'. 'une dizaine de kilomètres' is a distance."),
E(19, ["Les deux hommes arrêtés vendredi soir au poste-frontière de Cyanika"],
  "ARR", "2026-11-13", "day", "Cyanika", "RW", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-017: 'vendredi soir' vs Tuesday 17 November -> 13 November. Told through its judicial follow-up ('placés lundi en détention provisoire pour trente jours') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(19, ["une grenade lancée dans la gare routière de Rwamagana avait blessé six personnes"],
  "GRN", "2015-01-01", "year", "Rwamagana", "RW", None, 6, "exact", None, None, True,
  "'En 2015' -> year, background (the grenade of holdout41-016). Thrower unnamed -> null. 'avait blessé six personnes' -> injured 6, exact."),
]

# -------------------------------------------------------------- holdout41-020
ARTICLES.append(A(20, "fr", "article", "2026-11-20T07:00:00Z",
"Volcans Lodges : note de service au personnel",
"""
NOTE DE SERVICE N° 2026-47. Volcans Lodges SA, direction des ressources humaines. À l'attention de l'ensemble du personnel des sites de Musanze et de Kinigi. Musanze, le vendredi 20 novembre 2026.

Objet : reprise de l'activité après l'attentat du 13 novembre.

1. Deuil. Le double attentat-suicide qui a frappé le marché central et la gare routière a fait quatorze morts, dont les deux kamikazes, et quarante-sept blessés. Parmi les victimes figure notre collègue Jeanne Uwimana, réceptionniste depuis 2019, tuée à la gare routière. Ses obsèques auront lieu samedi à 14 heures à l'église de Kinigi (bus au départ du siège à 12 h 30). Deux collègues blessés, Patrick et Odile, sont rentrés chez eux.

2. Sécurité. À compter du lundi 23 novembre, chacun présentera son badge à l'entrée et les sacs seront contrôlés. Deux agents de sécurité supplémentaires sont affectés à chacun de nos 3 sites. Les navettes de 5 h 45 et de 22 h 15 sont maintenues, avec un arrêt supplémentaire au n° 14 de l'avenue de la Coopération.

3. Enquête. Notre collègue Samuel, serveur au lodge de Kinigi, arrêté mercredi sur son lieu de travail, a été relâché jeudi soir sans inculpation. Il bénéficie de la présomption d'innocence et reprendra son poste lundi. Six autres collègues, convoqués par le RIB comme témoins, ont été entendus et laissés libres. Aucun commentaire ne doit être fait aux clients ni à la presse.

4. Activité. Le taux de remplissage de novembre est tombé de 81 % à 47 %. Aucun licenciement ni chômage technique n'est prévu. La prime de fin d'année (50 000 francs) sera versée le 15 décembre, comme prévu.

5. Solidarité. Une collecte pour la famille de Jeanne est ouverte jusqu'au 30 novembre ; la direction doublera chaque franc versé. 212 000 francs ont déjà été réunis.

6. Soutien. Un psychologue reçoit au siège le mardi et le jeudi, de 9 heures à 15 heures, sur rendez-vous (poste 204).

Aimable Nkurunziza, directeur des ressources humaines
"""))
GOLD += [
E(20, ["l'attentat du 13 novembre", "Le double attentat-suicide qui a frappé le marché central et la gare routière"],
  "SUI", "2026-11-13", "day", "Musanze", "RW", 14, 47, "exact", None, None, False,
  "Staff memo of Friday 20 November; 'du 13 novembre' -> 13 November (one week before; current). 'quatorze morts, dont les deux kamikazes, et quarante-sept blessés' -> killed 14 (bombers inside), injured 47, exact; the colleague killed and 'Deux collègues blessés' are inside those figures (subsets). No claim named -> perpetrator null. '2026-47', '2019', '14 heures', '12 h 30', '23 novembre', 'Deux agents', '3 sites', '5 h 45', '22 h 15', 'n° 14', 'Six autres collègues' (heard as witnesses), '81 %', '47 %' (occupancy, not the injured), '50 000 francs', '15 décembre', '30 novembre', '212 000 francs', '9 heures à 15 heures', 'poste 204' are not casualties. The funeral is not coded."),
E(20, ["Notre collègue Samuel, serveur au lodge de Kinigi, arrêté mercredi"],
  "ARR", "2026-11-18", "day", "Kinigi", "RW", None, None, None, "police", None, False,
  "'arrêté mercredi sur son lieu de travail' (the Kinigi lodge) vs Friday 20 November -> 18 November, Kinigi. 'relâché jeudi soir sans inculpation': the release does not undo the arrest and is not an event. No force named for the arrest; the investigators of the cluster (the RIB) -> 'police'. The six colleagues 'convoqués ... comme témoins, ... entendus et laissés libres' are not arrested."),
]
