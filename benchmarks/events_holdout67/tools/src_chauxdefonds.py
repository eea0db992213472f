"""Authoring source of benchmarks/events_holdout67 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the La Chaux-de-Fonds, Switzerland cluster (holdout67-001 to 005, and
021 six weeks later; all French), two suicide bombers on Saturday 14 March
2026 at two sites of one town (the Saturday market on the place du Marché and
the hall of the railway station, about 600 m and six minutes apart): an
agency dispatch with a first report (fr 001), a bus company's notice of
changed timetables ("avis de changement d'horaires des bus", fr 002), the
transcript of a hospital radio's news slot ("transcription d'une radio
d'hôpital", fr 003), a plumber's notice to the tenants of a building ("avis
de passage d'un plombier", fr 004), a museum's closure notice ("avis de
fermeture d'un musée", fr 005) and a chess club's bulletin six weeks later
("bulletin d'un club d'échecs", fr 021). Switzerland is UTC+1 until 29 March
and UTC+2 after it: every publication time here is between 07:00 and 15:00
UTC, so every local date is the UTC date. Neighbouring places keep their
French names ("Le Locle", "Saint-Imier"; Morteau is in France). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout67")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout67-001
ARTICLES.append(A(1, "fr", "article", "2026-03-14T14:30:00Z",
"Double attentat-suicide à La Chaux-de-Fonds : au moins neuf morts",
"""
LA CHAUX-DE-FONDS, (Agence Jura-Léman Presse) - Deux kamikazes se sont fait exploser samedi matin à six minutes d'intervalle dans le centre de La Chaux-de-Fonds, dans les Montagnes neuchâteloises, tuant au moins sept personnes, sans compter les deux assaillants, et faisant des dizaines de blessés, selon un premier bilan de la police cantonale.

Le premier homme a actionné sa ceinture d'explosifs vers 10 h 12 au milieu des étals du marché du samedi, sur la place du Marché. Le second s'est fait sauter à 10 h 18 dans le hall de la gare, à environ 600 mètres, où des dizaines de passants venaient de se réfugier.

« Il y avait du verre partout, des fromages, des fleurs, du sang », raconte Lucienne Robert, 63 ans, qui tient un stand de légumes au numéro 14 de la place. Les hôpitaux de La Chaux-de-Fonds et de Neuchâtel ont déclenché leur plan catastrophe.

Aucune revendication n'avait été diffusée en milieu d'après-midi. L'attaque « pourrait être l'œuvre d'une cellule liée à l'État islamique », a avancé une source proche de l'enquête, en soulignant que rien n'était établi.

La Suisse a été largement épargnée par le terrorisme. En 2014, un colis piégé avait explosé dans le bureau de poste de Couvet, dans le Val-de-Travers, blessant deux employées ; son auteur n'a jamais été identifié.

Les trains entre La Chaux-de-Fonds et Neuchâtel, à 20 km, ont été arrêtés jusqu'à nouvel ordre. Quelque 140 policiers ont été dépêchés depuis Neuchâtel, Berne et Lausanne, et l'armée a mis deux hélicoptères à disposition. La ville de 38 000 habitants, perchée à 1 000 mètres d'altitude, a annulé toutes ses manifestations du week-end. Une ligne d'information pour les proches a été ouverte au 0800 14 03 26.

Le Conseil fédéral a convoqué une séance extraordinaire pour dimanche à 14 heures. Le marché du samedi, qui réunit chaque semaine une soixantaine de marchands, n'avait jamais été interrompu depuis 1945, selon la commune.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a actionné sa ceinture d'explosifs", "Le second s'est fait sauter", "L'attaque"],
  "SUI", "2026-03-14", "day", "La Chaux-de-Fonds", "CH", 9, 12, "at_least", None, None, False,
  "Dispatch of Saturday 14 March 2026 (15:30 in La Chaux-de-Fonds); 'samedi matin' = the publication day. Two sites of one town (the market on the place du Marché and the station hall, 'environ 600 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept personnes, sans compter les deux assaillants' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'des dizaines de blessés' -> injured 12 (dev table: 'des dizaines' = 12, at_least; the qualifier describes the killed figure). No claim ('Aucune revendication'); « pourrait être l'œuvre d'une cellule liée à l'État islamique » is speculation -> perpetrator null. 'des dizaines de passants' who took refuge are not casualties. '10 h 12', '10 h 18', '600 mètres', '63 ans', 'numéro 14', '20 km', '140 policiers', 'deux hélicoptères', '38 000 habitants', '1 000 mètres', '0800 14 03 26', '14 heures', 'une soixantaine de marchands', '1945' are not casualties."),
E(1, ["un colis piégé avait explosé dans le bureau de poste de Couvet"],
  "IED", "2014-01-01", "year", "Couvet", "CH", None, 2, "exact", None, None, True,
  "'En 2014' -> year, background. A parcel bomb that exploded -> Remote explosive/landmine/IED; author never identified -> perpetrator null. 'blessant deux employées' -> injured 2 (number word), exact; killed null. The Val-de-Travers is the district; the place is Couvet."),
]

# -------------------------------------------------------------- holdout67-002
ARTICLES.append(A(2, "fr", "article", "2026-03-16T07:00:00Z",
"TRMN : horaires et parcours modifiés jusqu'à nouvel avis",
"""
TRANSPORTS RÉGIONAUX DES MONTAGNES NEUCHÂTELOISES (TRMN) - AVIS À LA CLIENTÈLE N° 11/2026. Changement d'horaires et de parcours, valable dès le lundi 16 mars 2026, 5 h 30.

À la suite du double attentat-suicide du samedi 14 mars, la place du Marché et l'avenue Léopold-Robert, entre la gare et la Grande Fontaine, restent fermées à toute circulation sur ordre du Ministère public de la Confédération. Notre réseau est adapté comme suit.

LIGNES 301 ET 302. L'arrêt « Gare » est déplacé rue du Commerce, devant le numéro 12. Les bus passent toutes les 12 minutes au lieu de 8, de 6 heures à 20 heures.

LIGNE 304. Terminus provisoire à l'arrêt « Marché-Est ». Correspondance à pied vers la gare : environ 7 minutes par la rue de la Serre.

LIGNE 340 (La Chaux-de-Fonds - Le Locle). L'arrêt « Le Locle, Girardet » n'est pas desservi jusqu'à mercredi, en raison de l'opération de police qui a conduit, samedi soir, à l'interpellation de deux hommes dans un immeuble voisin. Arrêt de remplacement : « Le Locle, Hôtel-de-Ville », à 300 mètres.

BILAN. Les autorités ont revu le bilan ce matin. Le premier décompte, samedi soir, faisait état de neuf morts ; la police cantonale annonce désormais onze morts, dont les deux kamikazes, et 52 blessés. Notre collègue Daniel Maire, 51 ans, chauffeur sur la ligne 302, grièvement blessé à la gare, est décédé dimanche. Il figure dans ce bilan.

TITRES DE TRANSPORT. Les abonnements mensuels de mars sont prolongés de sept jours. Le billet unitaire reste à 2,80 francs. Les bus de nuit du samedi (N1 et N2) sont supprimés jusqu'au 28 mars.

SOUTIEN. Nos 86 chauffeurs porteront un brassard noir jusqu'à vendredi. Une minute de silence sera observée mercredi à 10 h 12 dans tous nos véhicules, moteurs arrêtés.

Renseignements : 032 910 44 00, de 6 heures à 21 heures. Merci de votre compréhension.
"""))
GOLD += [
E(2, ["double attentat-suicide du samedi 14 mars"],
  "SUI", "2026-03-14", "day", "La Chaux-de-Fonds", "CH", 11, 52, "exact", None, None, False,
  "Bus company notice of Monday 16 March; 'du samedi 14 mars' -> 14 March. Two sites of one town -> ONE event. The toll is revised inside: 'neuf morts' (Saturday evening, superseded) -> 'onze morts, dont les deux kamikazes, et 52 blessés' -> killed 11 (number word; bombers inside), injured 52, exact; the driver Daniel Maire, 51, who died on Sunday, 'figure dans ce bilan'. No claim -> perpetrator null. Lines '301', '302', '304', '340', 'N1', 'N2', '11/2026', '5 h 30', 'numéro 12', '12 minutes au lieu de 8', '6 heures à 20 heures', '7 minutes', '300 mètres', '51 ans', 'sept jours', '2,80 francs', '28 mars', '86 chauffeurs', '10 h 12', '032 910 44 00', '6 heures à 21 heures' are not casualties. The minute of silence is future and not coded."),
E(2, ["l'interpellation de deux hommes dans un immeuble voisin"],
  "ARR", "2026-03-14", "day", "Le Locle", "CH", None, None, None, "police", None, False,
  "'samedi soir' vs Monday 16 March -> Saturday 14 March, the evening of the bombing. The police operation is next to the stop 'Le Locle, Girardet' -> Le Locle. No force named beyond 'opération de police' -> 'police'."),
]

# -------------------------------------------------------------- holdout67-003
ARTICLES.append(A(3, "fr", "transcript", "2026-03-18T10:00:00Z",
"Radio Pavillon : le point info de 11 heures",
"""
RADIO PAVILLON - la radio des patients de l'hôpital de La Chaux-de-Fonds, canal 3 des téléviseurs des chambres. Transcription du point info de 11 heures, mercredi 18 mars 2026.

NADIA (animatrice) : Bonjour à toutes et à tous, ici Radio Pavillon, au 4e étage du bâtiment B. Comme chaque jour depuis samedi, on commence par les nouvelles de la ville et de la maison.

NADIA : Le bilan de l'attentat-suicide de samedi s'est encore alourdi : une patiente de 80 ans, hospitalisée aux soins intensifs, est décédée cette nuit. On compte désormais douze morts, y compris les deux kamikazes, et 52 blessés. Dix-neuf blessés sont encore chez nous, dont quatre aux soins intensifs.

NADIA : L'État islamique a revendiqué l'attaque hier soir, dans un message de son agence Amaq qui parle de « plus de cent croisés tués ». Le Ministère public de la Confédération juge la revendication crédible. Al-Qaïda au Maghreb islamique a démenti toute implication. Selon fedpol, les deux hommes « pourraient avoir été formés en Syrie ».

NADIA : Hier soir aussi, une marche d'environ 300 personnes vers l'hôtel de ville, qui réclamait la démission du commandant de la police cantonale, a été dispersée au gaz lacrymogène et au canon à eau dans la rue de la Serre. Trois manifestants et un policier ont été soignés aux urgences, puis sont rentrés chez eux. Dimanche, plus de 6 000 personnes avaient marché en silence de la gare à la place du Marché, derrière une banderole « La Tchaux debout ».

MARC (bénévole) : Côté maison, le don du sang de lundi a réuni 640 donneurs, merci à vous ! La cafétéria du rez-de-chaussée reste ouverte jusqu'à 20 heures. Les visites sont limitées à deux personnes par chambre, de 14 heures à 19 heures.

NADIA : Merci Marc. Et maintenant la dédicace du jour, pour Émilie, chambre 312, qui fête ses 17 ans, de la part de sa sœur et de toute sa classe. On écoute « Le Temps des cerises ». Prochain point info à 17 heures.
"""))
GOLD += [
E(3, ["l'attentat-suicide de samedi", "revendiqué l'attaque"],
  "SUI", "2026-03-14", "day", "La Chaux-de-Fonds", "CH", 12, 52, "exact", "Islamic State", "Islamic State", False,
  "Hospital radio transcript of Wednesday 18 March; 'de samedi' -> Saturday 14 March. 'douze morts, y compris les deux kamikazes, et 52 blessés' -> killed 12 (bombers inside; the patient of 80 who died overnight is inside), injured 52, exact; 'Dix-neuf blessés sont encore chez nous, dont quatre aux soins intensifs' are subsets. Claimed 'hier soir' (Tuesday 17 March) by 'L'État islamique' through Amaq, judged 'crédible' by the federal prosecutors -> claimant and perpetrator 'Islamic State'; the claim's 'plus de cent croisés tués' is never used. AQIM's denial is not a claim; « pourraient avoir été formés en Syrie » is speculation. 'canal 3', '4e étage', '80 ans', '640 donneurs', '20 heures', 'deux personnes par chambre', '14 heures à 19 heures', 'chambre 312', '17 ans', '17 heures' are not casualties."),
E(3, ["une marche d'environ 300 personnes vers l'hôtel de ville", "a été dispersée au gaz lacrymogène"],
  "PI", "2026-03-17", "day", "La Chaux-de-Fonds", "CH", None, 4, "exact", None, None, False,
  "'Hier soir' vs Wednesday 18 March -> Tuesday 17 March. A march on the town hall with a demand (the resignation of the cantonal police commander), 'dispersée au gaz lacrymogène et au canon à eau' -> Protest with intervention, perpetrator null (dev). 'Trois manifestants et un policier ont été soignés aux urgences' -> injured 3 + 1 = 4 (all sides summed), exact; killed null. 'environ 300 personnes' counts marchers. The rue de la Serre is in La Chaux-de-Fonds."),
E(3, ["plus de 6 000 personnes avaient marché en silence"],
  "PP", "2026-03-15", "day", "La Chaux-de-Fonds", "CH", None, None, None, None, None, False,
  "'Dimanche' vs Wednesday 18 March -> Sunday 15 March. A silent march from the station to the place du Marché behind a banner with a message (« La Tchaux debout », La Tchaux being the town's nickname), no incident -> Peaceful protest, perpetrator null. 'plus de 6 000' counts marchers."),
]

# -------------------------------------------------------------- holdout67-004
ARTICLES.append(A(4, "fr", "article", "2026-03-20T08:00:00Z",
"Immeuble rue du Doubs 123 : entretien des chauffe-eau reporté",
"""
SANITAIRE JEANNERET & FILS SÀRL - installations sanitaires, chauffage, dépannages. AVIS DE PASSAGE aux locataires de l'immeuble rue du Doubs 123, La Chaux-de-Fonds. Affiché le vendredi 20 mars 2026.

Madame, Monsieur,

L'entretien annuel des chauffe-eau et le contrôle des colonnes d'eau, prévus les 17 et 18 mars, n'ont pas pu avoir lieu. Le mercredi 18 mars à l'aube, la police fédérale a interpellé le locataire de l'appartement du 4e étage gauche, un homme de 31 ans soupçonné d'avoir hébergé les deux kamikazes de l'attentat du 14 mars et de leur avoir procuré des téléphones. L'immeuble a été bouclé toute la journée et l'appartement du 4e gauche reste sous scellés : nous n'y interviendrons pas.

La locataire du 2e droite, entendue jeudi par la police comme témoin puis laissée libre, nous a demandé de reporter sa visite. Nous le ferons volontiers.

Nous savons que ces jours ont été terribles pour tout le quartier. L'attentat a fait douze morts, dont les deux auteurs, et 52 blessés. Notre apprenti Kevin, 17 ans, qui faisait les courses au marché samedi matin, a été légèrement blessé à la main ; il va bien et vous salue.

NOUVEAU PASSAGE :
- lundi 23 mars, de 8 heures à 12 heures : appartements du 1er au 3e étage, côté gauche ;
- lundi 23 mars, de 13 h 30 à 17 heures : appartements du 1er au 3e étage, côté droit ;
- mardi 24 mars, de 8 heures à 11 heures : 5e étage et combles.

Comptez environ 45 minutes par logement. Merci de dégager l'accès au chauffe-eau (80 ou 120 litres) et, en cas d'absence, de laisser votre clé à la concierge, Mme Oppliger, au rez-de-chaussée. Une coupure d'eau chaude de 30 minutes est possible.

L'intervention est comprise dans les charges. Toute pièce remplacée sera facturée au tarif convenu avec la gérance ; le forfait de déplacement de 65 francs est offert ce mois-ci.

Urgences, 24 heures sur 24 : 032 968 21 45. Merci de votre compréhension.

Pierre-André Jeanneret
"""))
GOLD += [
E(4, ["l'attentat du 14 mars", "L'attentat a fait douze morts"],
  "SUI", "2026-03-14", "day", "La Chaux-de-Fonds", "CH", 12, 52, "exact", None, None, False,
  "Plumber's notice of Friday 20 March; 'du 14 mars' -> 14 March. 'douze morts, dont les deux auteurs, et 52 blessés' -> killed 12 (bombers inside), injured 52, exact; the apprentice Kevin, 17, 'légèrement blessé à la main', is one of the 52. No claim named -> perpetrator null. '123', '17 et 18 mars', '4e étage', '31 ans', '2e droite', '17 ans', '23 mars', '24 mars', '8 heures à 12 heures', '13 h 30 à 17 heures', '8 heures à 11 heures', '45 minutes', '80 ou 120 litres', '30 minutes', '65 francs', '24 heures sur 24', '032 968 21 45' are not casualties."),
E(4, ["la police fédérale a interpellé le locataire"],
  "ARR", "2026-03-18", "day", "La Chaux-de-Fonds", "CH", None, None, None, "police", None, False,
  "'Le mercredi 18 mars à l'aube' -> 18 March. The cluster's suspected facilitator (a tenant suspected of lodging the bombers and getting them phones), arrested in his flat at rue du Doubs 123 in La Chaux-de-Fonds by 'la police fédérale' -> 'police'. The sealed flat is not an event. The tenant of the 2nd floor, 'entendue ... comme témoin puis laissée libre', is not arrested."),
]

# -------------------------------------------------------------- holdout67-005
ARTICLES.append(A(5, "fr", "article", "2026-03-23T08:00:00Z",
"Le Musée des Horlogers de la Ronde reste fermé jusqu'au 12 avril",
"""
MUSÉE DES HORLOGERS DE LA RONDE - AVIS DE FERMETURE. La Chaux-de-Fonds, le lundi 23 mars 2026.

Le musée, situé rue de la Balance 2, à quelques pas de la place du Marché, restera fermé au public jusqu'au dimanche 12 avril inclus.

Le samedi 14 mars, l'explosion du premier kamikaze a soufflé nos vitrines côté place et endommagé la salle des automates. Notre guide Jean-Louis Vuilleumier, 62 ans, qui ouvrait les portes ce matin-là, a été tué. Le double attentat a fait en tout treize morts, kamikazes compris, depuis le décès samedi d'un apprenti boulanger de 19 ans, et 52 blessés. Il a été revendiqué par l'État islamique.

Les collections n'ont pas souffert : les 2 300 montres et les 41 automates ont été mis à l'abri dans nos réserves, à 12 degrés et 45 % d'humidité. La vitrerie, soit 18 panneaux de verre feuilleté, sera remplacée d'ici au 3 avril, pour environ 74 000 francs couverts par l'assurance.

Notre façade a aussi été taguée mardi soir, pendant la manifestation dispersée au gaz lacrymogène dans la rue de la Serre. Les inscriptions ont été effacées jeudi.

L'enquête avance. Les deux hommes interpellés au Locle le soir de l'attentat ont été placés en détention provisoire pour trois mois. Un troisième homme, arrêté jeudi à Saint-Imier, a été relâché samedi sans inculpation.

Le livre de condoléances a été déplacé dans le hall de l'hôtel de ville, ouvert de 8 heures à 18 heures. Les billets achetés en ligne pour les jours de fermeture (12 francs, 8 francs au tarif réduit) seront remboursés sur simple demande au 032 967 60 60.

La visite « Mécaniques du temps », prévue pour 35 écoliers le 26 mars, est reportée au mois de mai. Nous rouvrirons le lundi 13 avril à 10 heures, avec une entrée libre ce jour-là, en mémoire de Jean-Louis.
"""))
GOLD += [
E(5, ["l'explosion du premier kamikaze", "Le double attentat"],
  "SUI", "2026-03-14", "day", "La Chaux-de-Fonds", "CH", 13, 52, "exact", "Islamic State", "Islamic State", False,
  "Museum closure notice of Monday 23 March; 'Le samedi 14 mars' -> 14 March. 'treize morts, kamikazes compris, depuis le décès samedi d'un apprenti boulanger de 19 ans, et 52 blessés' -> killed 13 (bombers inside; the guide of 62 and the apprentice who died on Saturday 21 March are inside), injured 52, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. 'rue de la Balance 2', '12 avril', '62 ans', '19 ans', '2 300 montres', '41 automates', '12 degrés', '45 %', '18 panneaux', '3 avril', '74 000 francs', 'trois mois', '8 heures à 18 heures', '12 francs', '8 francs', '032 967 60 60', '35 écoliers', '26 mars', '13 avril', '10 heures' are not casualties."),
E(5, ["la manifestation dispersée au gaz lacrymogène"],
  "PI", "2026-03-17", "day", "La Chaux-de-Fonds", "CH", None, None, None, None, None, False,
  "'mardi soir' vs Monday 23 March -> Tuesday 17 March: the march of holdout67-003, 'dispersée au gaz lacrymogène' -> Protest with intervention, perpetrator null. No injury figure here -> null. The tagging of the façade is not an event of its own."),
E(5, ["Les deux hommes interpellés au Locle le soir de l'attentat"],
  "ARR", "2026-03-14", "day", "Le Locle", "CH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-002: 'le soir de l'attentat' -> Saturday 14 March; 'au Locle' -> Le Locle. Told through its judicial follow-up ('placés en détention provisoire pour trois mois') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(5, ["Un troisième homme, arrêté jeudi à Saint-Imier"],
  "ARR", "2026-03-19", "day", "Saint-Imier", "CH", None, None, None, "police", None, False,
  "'jeudi' vs Monday 23 March -> Thursday 19 March. Saint-Imier (Bernese Jura) -> CH. 'relâché samedi sans inculpation': the release does not undo the arrest and is not an event. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout67-021
ARTICLES.append(A(21, "fr", "article", "2026-04-27T07:00:00Z",
"L'Échiquier des Montagnes, bulletin n° 4/2026",
"""
CLUB D'ÉCHECS DES MONTAGNES, LA CHAUX-DE-FONDS - L'ÉCHIQUIER DES MONTAGNES, bulletin n° 4/2026, lundi 27 avril 2026.

IN MEMORIAM. Six semaines après le double attentat-suicide du 14 mars sur la place du Marché et à la gare, notre club pleure Gilbert Huguenin, 74 ans, membre depuis 1969, qui jouait au blitz chaque samedi matin au café de la Place. Il a succombé à ses blessures le 2 avril, ce qui porte le bilan à quatorze morts, les deux kamikazes compris, et 52 blessés. L'attentat avait été revendiqué par l'État islamique. Notre trésorière Anne-Marie, blessée à la gare, a repris le chemin du club la semaine passée.

L'ENQUÊTE. Nous avons appris avec soulagement l'arrestation, le jeudi 16 avril à Morteau, de l'autre côté de la frontière, d'un homme de 35 ans soupçonné d'avoir acheté les détonateurs. La police française l'a remis lundi dernier aux autorités suisses.

MÉMORIAL GILBERT-HUGUENIN. Samedi 16 mai, de 9 heures à 18 heures, salle de la Croix-Bleue : tournoi de parties rapides en 7 rondes, 15 minutes plus 5 secondes par coup. Inscription : 20 francs, 10 francs pour les juniors, gratuite pour les moins de 12 ans. Les recettes iront au fonds cantonal d'aide aux victimes. Déjà 46 inscrits, dont 9 joueurs classés au-dessus de 2 000 points Elo.

INTERCLUBS. Notre première équipe a battu Neuchâtel II par 4,5 à 1,5 et reste deuxième du groupe. La seconde s'est inclinée 2 à 4 à Bienne.

LA POSITION DE GILBERT. Il adorait cette attaque : sacrifice du fou en h7, le cavalier saute en g5, la dame arrive en h5, et le roi noir n'a plus de case. Trouvez la parade pour les Noirs ; solution dans le prochain bulletin.

COTISATIONS. La cotisation annuelle de 80 francs (30 francs pour les juniors) est à verser avant le 31 mai. Séances le mardi et le vendredi dès 19 h 30, rue du Progrès 48, deuxième étage. Les débutants sont les bienvenus : prêt de jeux et de pendules.
"""))
GOLD += [
E(21, ["le double attentat-suicide du 14 mars", "L'attentat avait été revendiqué"],
  "SUI", "2026-03-14", "day", "La Chaux-de-Fonds", "CH", 14, 52, "exact", "Islamic State", "Islamic State", True,
  "Chess club bulletin of Monday 27 April; 'du 14 mars' -> 14 March, 44 days before -> background. Two sites of one town (the place du Marché and the station) -> ONE event. 'quatorze morts, les deux kamikazes compris, et 52 blessés' -> killed 14 (bombers inside; the member of 74 who died on 2 April is inside), injured 52, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. '4/2026', '74 ans', '1969', '2 avril', '35 ans', '16 mai', '9 heures à 18 heures', '7 rondes', '15 minutes plus 5 secondes', '20 francs', '10 francs', '12 ans', '46 inscrits', '9 joueurs', '2 000 points', '4,5 à 1,5', '2 à 4', 'h7', 'g5', 'h5', '80 francs', '30 francs', '31 mai', '19 h 30', '48' are not casualties; 'attaque' and 'sacrifice' are chess moves."),
E(21, ["l'arrestation, le jeudi 16 avril à Morteau"],
  "ARR", "2026-04-16", "day", "Morteau", "FR", None, None, None, "police", None, False,
  "'le jeudi 16 avril' -> 16 April, 11 days before -> current. A man suspected of buying the detonators, arrested in Morteau, France ('de l'autre côté de la frontière') -> FR; 'La police française' -> 'police'. His handover to the Swiss authorities 'lundi dernier' (20 April) is a follow-up, not an event."),
]
