"""Authoring source of benchmarks/events_holdout71 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Rosso, Mauritania cluster (holdout71-001 to 005; French and
English), two suicide bombers on Friday 16 January 2026 at two sites of one
town (the central market and the landing of the ferry across the Senegal
River, about 600 m and seven minutes apart): a French agency dispatch with a
first report (fr 001), an English wire with a revised toll and a first
arrest (002), a gymnastics club's email to parents ("courriel d'un club de
gymnastique aux parents", fr 003), a Saturday-morning email newsletter ("lettre
d'information du samedi matin", fr 004) with the claim, the arrests and two
marches, and a locksmith's notice of his visits to the market's traders
("avis de passage d'un serrurier", fr 005). Mauritania and Senegal are UTC+0
all year, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout71")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout71-001
ARTICLES.append(A(1, "fr", "article", "2026-01-16T15:00:00Z",
"Mauritanie : double attentat-suicide à Rosso, au moins neuf morts",
"""
ROSSO, (Agence Sahel Atlantique Presse) - Deux kamikazes se sont fait exploser vendredi matin à Rosso, ville du sud de la Mauritanie frontalière du Sénégal, à sept minutes d'intervalle, l'un au cœur du marché central, l'autre à l'embarcadère du bac qui relie les deux rives du fleuve, faisant au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés, selon une source hospitalière.

La première explosion a retenti vers 10 h 05 entre les étals de poisson séché, à l'heure où le marché, qui compte quelque 900 commerçants, est le plus fréquenté. La seconde s'est produite à 10 h 12 dans la file d'attente du bac, à environ 600 mètres de là, alors que la foule fuyait vers le fleuve.

« J'ai vu la fumée monter au-dessus des bâches bleues, puis tout le monde a couru », raconte Moussa, 46 ans, qui vend des pagnes à 350 ouguiyas la pièce. Le bac de 10 h 30, qui embarque jusqu'à 40 véhicules, n'est pas parti.

Aucune revendication n'avait été publiée en milieu d'après-midi. Selon une source sécuritaire, le double attentat « pourrait être l'œuvre » du Groupe de soutien à l'islam et aux musulmans (JNIM), actif de l'autre côté de la frontière malienne, mais « aucune piste n'est privilégiée à ce stade ».

Le gouverneur du Trarza a décrété un couvre-feu de 20 heures à 6 heures et fait fermer le poste-frontière jusqu'à nouvel ordre. L'hôpital régional, qui compte 120 lits, a lancé un appel aux donneurs de sang, et un numéro d'urgence, le 45 56 21 30, a été ouvert pour les familles.

Le sud du pays avait jusqu'ici été épargné par ce type de violence. En 2018, un engin explosif artisanal avait visé un véhicule de la gendarmerie près de Maghama, dans le Gorgol, blessant deux gendarmes.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser vendredi matin à Rosso", "La première explosion", "La seconde s'est produite", "le double attentat"],
  "SUI", "2026-01-16", "day", "Rosso", "MR", 9, 12, "at_least", None, None, False,
  "Dispatch of Friday 16 January 2026 (15:00 in Rosso, UTC+0); 'vendredi matin' = the publication day. Two sites of one town (the central market and the ferry landing, 'environ 600 mètres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'des dizaines' -> injured 12 (dev table; the qualifier describes the killed figure). No claim; « pourrait être l'œuvre » du JNIM is speculation -> perpetrator null. '10 h 05', '900 commerçants', '10 h 12', '600 mètres', '46 ans', '350 ouguiyas', '10 h 30', '40 véhicules', '20 heures à 6 heures', '120 lits', '45 56 21 30' are not casualties."),
E(1, ["un engin explosif artisanal avait visé un véhicule de la gendarmerie près de Maghama"],
  "IED", "2018-01-01", "year", "Maghama", "MR", None, 2, "exact", None, None, True,
  "'En 2018' -> year, background. A homemade explosive device against a gendarmerie vehicle -> Remote explosive/landmine/IED; no author named -> null. 'près de Maghama' -> Maghama (Gorgol), the nearest named place. 'blessant deux gendarmes' -> injured 2, exact; killed null."),
]

# -------------------------------------------------------------- holdout71-002
ARTICLES.append(A(2, "en", "article", "2026-01-17T11:00:00Z",
"Rosso bombing toll rises to 13; two held in Boutilimit",
"""
ROSSO, Mauritania (Sahel Wire) - The death toll from Friday's twin suicide bombing in the Mauritanian border town of Rosso rose to 13, including the two bombers, health officials said on Saturday, after a fishmonger aged 52 died overnight. Another 41 people were wounded, eleven of them critically. An earlier count had given at least nine dead.

Police arrested two men late on Friday in Boutilimit, about 160 km north-east of Rosso, a security official said. They are suspected of having lodged the bombers for a week in a rented house on the edge of the town. The official did not give their names.

Some 30 ferry workers and pirogue owners were questioned at the river police post on Friday afternoon and released by midnight.

No group has claimed responsibility. The interior minister told reporters that the bombers "may have crossed the river from Senegal by pirogue" in the days before the attack, but said it was too early to name a group.

The first bomber struck at 10:05 a.m. among the dried-fish stalls of the central market, the second seven minutes later in the queue for the ferry, about 600 metres away. Rosso, a town of some 50,000 people, is the main crossing point between Mauritania and Senegal, and its ferry normally makes about 12 crossings a day.

The border post remained closed on Saturday, stranding about 300 trucks on both banks, and the 8 p.m. curfew was extended until Monday. Senegal said it had sent 250 extra gendarmes to its side of the river.

Traders said the market, which handles some 40 tonnes of fish a week, would stay shut at least until Wednesday. A crisis line, 45 56 21 30, remains open for relatives.
"""))
GOLD += [
E(2, ["Friday's twin suicide bombing in the Mauritanian border town of Rosso", "The first bomber struck", "the second seven minutes later"],
  "SUI", "2026-01-16", "day", "Rosso", "MR", 13, 41, "exact", None, None, False,
  "Wire of Saturday 17 January; 'Friday's' -> 16 January. Two sites of one town -> ONE event. The toll is revised inside: 'at least nine dead' (the earlier count, superseded) -> 'rose to 13, including the two bombers' (the fishmonger aged 52 who died overnight is inside) -> killed 13 (bombers inside), exact; 'Another 41 people were wounded' -> injured 41; 'eleven of them critically' is a subset. No claim; 'may have crossed the river from Senegal' is the minister's speculation -> perpetrator null. 'aged 52', '160 km', 'Some 30 ferry workers' (questioned), '10:05 a.m.', '600 metres', '50,000 people', '12 crossings', '300 trucks', '8 p.m.', '250 extra gendarmes', '40 tonnes', '45 56 21 30' are not casualties."),
E(2, ["Police arrested two men late on Friday in Boutilimit"],
  "ARR", "2026-01-16", "day", "Boutilimit", "MR", None, None, None, "police", None, False,
  "'late on Friday' vs Saturday 17 January -> 16 January (dev: late on Thursday = Thursday). Two men suspected of lodging the bombers, arrested in Boutilimit -> one Arrests event, 'police'. The 30 ferry workers 'questioned ... and released' are not arrested."),
]

# -------------------------------------------------------------- holdout71-003
ARTICLES.append(A(3, "fr", "article", "2026-01-18T17:00:00Z",
"Étoile gymnique du Trarza : message aux parents après l'attentat",
"""
Objet : entraînements suspendus - des nouvelles de nos gymnastes

Chers parents,

C'est le cœur lourd que nous vous écrivons. Vous le savez, deux kamikazes ont frappé vendredi matin le marché central et l'embarcadère du bac de Rosso, à quelques rues de notre salle. Selon le dernier bilan de la wilaya, communiqué ce dimanche à midi, le double attentat-suicide a fait quatorze morts, y compris les deux kamikazes, et quarante et un blessés.

Parmi les morts figure Mariem, 19 ans, qui a fait partie de notre groupe compétition de 2017 à 2022 et qui entraînait encore nos poussines le mercredi. Blessée à l'embarcadère, elle a succombé samedi soir à l'hôpital régional. Deux de nos gymnastes, Aïcha, 9 ans, et Khadija, 12 ans, ont été légèrement blessées au marché ; elles sont rentrées chez elles.

Voici ce qui change :
- tous les entraînements sont suspendus jusqu'au mercredi 21 janvier inclus ;
- notre salle de la rue 42 sert de centre de collecte de sang du lundi au mercredi, de 8 heures à 14 heures ;
- la compétition régionale du 31 janvier à Nouakchott est reportée, et les 24 gymnastes inscrites seront remboursées (1 500 ouguiyas chacune) ;
- une psychologue bénévole recevra les enfants qui le souhaitent jeudi à partir de 16 heures.

La police nous demande de ne pas relayer de rumeurs. Deux hommes ont été arrêtés vendredi soir à Boutilimit, mais rien n'est établi sur les commanditaires, et aucun groupe n'a revendiqué ce crime.

Le couvre-feu, de 20 heures à 6 heures, reste en vigueur : dès la reprise, merci de venir chercher vos enfants avant 19 h 30. Une marche silencieuse partira demain lundi à 10 heures du marché central ; le club s'y rendra avec ses couleurs.

Pour toute question, appelez Mme Mint Ahmed, présidente, au 22 31 47 08.

Avec toute notre affection,

Le bureau de l'Étoile gymnique du Trarza (64 licenciées)
"""))
GOLD += [
E(3, ["deux kamikazes ont frappé vendredi matin le marché central", "le double attentat-suicide", "ce crime"],
  "SUI", "2026-01-16", "day", "Rosso", "MR", 14, 41, "exact", None, None, False,
  "Club email of Sunday 18 January; 'vendredi matin' -> 16 January; 'l'embarcadère du bac de Rosso' -> Rosso (the club is named after the Trarza region). 'quatorze morts, y compris les deux kamikazes, et quarante et un blessés' -> killed 14 (bombers inside), injured 41 (number words), exact; Mariem, 19, who died Saturday evening, is inside; 'Deux de nos gymnastes ... légèrement blessées' are a subset. 'aucun groupe n'a revendiqué' -> perpetrator null. '19 ans', '2017 à 2022', '9 ans', '12 ans', '21 janvier', 'rue 42', '8 heures à 14 heures', '31 janvier', '24 gymnastes', '1 500 ouguiyas', '16 heures', '20 heures à 6 heures', '19 h 30', '10 heures', '22 31 47 08', '64 licenciées' are not casualties. The silent march 'demain lundi' is future and not coded (fr 004 codes it)."),
E(3, ["Deux hommes ont été arrêtés vendredi soir à Boutilimit"],
  "ARR", "2026-01-16", "day", "Boutilimit", "MR", None, None, None, "police", None, False,
  "Restates the arrest of holdout71-002: 'vendredi soir' vs Sunday 18 January -> 16 January. No force named; the police of the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout71-004
ARTICLES.append(A(4, "fr", "article", "2026-01-24T08:00:00Z",
"Le Fleuve du samedi : la semaine à Rosso",
"""
LE FLEUVE DU SAMEDI - la lettre d'information de Rosso et du Trarza, samedi 24 janvier 2026. Huit jours après le double attentat-suicide du vendredi 16 janvier au marché central et à l'embarcadère du bac, voici l'essentiel de la semaine.

LA REVENDICATION. Lundi, le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué l'attaque dans un message audio où il se vante d'avoir tué « plus de cinquante apostats ». Le parquet antiterroriste juge la revendication crédible. L'État islamique au Sahel a démenti toute implication mardi. Selon le ministre de l'Intérieur, les deux kamikazes « pourraient avoir été recrutés » dans un camp de déplacés.

LE BILAN. Il reste de quatorze morts, dont les deux kamikazes, et de quarante et un blessés, dont six sont encore hospitalisés dans la capitale.

LES ARRESTATIONS. Les deux hommes arrêtés le soir de l'attentat à Boutilimit ont été inculpés mercredi et placés sous mandat de dépôt. Dimanche, la gendarmerie sénégalaise a arrêté à Richard-Toll, sur l'autre rive, le piroguier soupçonné d'avoir fait traverser le fleuve aux kamikazes et à leurs 20 kilos d'explosifs ; Nouakchott demande son extradition. Mardi, un serrurier de Keur Macène a été interpellé, puis relâché jeudi sans charge. Une quarantaine de commerçants ont été entendus comme témoins.

LES MARCHES. Lundi, plusieurs milliers d'habitants de Rosso ont marché en silence du marché central jusqu'à la moughataa pour dire « non à la terreur ». Mardi, en revanche, quelque 400 pêcheurs et transporteurs qui réclamaient la reprise du bac ont été dispersés à coups de gaz lacrymogène devant le siège de la wilaya, en ville : cinq manifestants et un policier ont été blessés.

LA VIE QUI REPREND. Le bac a repris jeudi, avec 6 rotations par jour au lieu de 12 ; la traversée coûte toujours 50 ouguiyas par piéton. Le marché rouvrira en partie lundi ; 210 étals sur 900 sont détruits.

MÉMOIRE. Le Trarza n'avait jamais connu d'attentat. Le dernier dans le sud remontait à 2018, quand un engin explosif artisanal avait blessé deux gendarmes près de Maghama.

À samedi prochain.
"""))
GOLD += [
E(4, ["le double attentat-suicide du vendredi 16 janvier", "l'attaque"],
  "SUI", "2026-01-16", "day", "Rosso", "MR", 14, 41, "exact", "JNIM", "JNIM", False,
  "Newsletter of Saturday 24 January; 'du vendredi 16 janvier' -> 16 January. 'quatorze morts, dont les deux kamikazes, et de quarante et un blessés' -> killed 14 (bombers inside), injured 41, exact; 'dont six sont encore hospitalisés' is a subset. Claimed 'Lundi' by the 'Groupe de soutien à l'islam et aux musulmans (JNIM)', judged 'crédible' by the antiterrorist prosecutors -> 'JNIM' (dev canonical name), claimant and perpetrator; the claim's 'plus de cinquante apostats' is never used. The denial of 'L'État islamique au Sahel' is not a claim; « pourraient avoir été recrutés » is speculation. 'le soir de l'attentat' is inside the Boutilimit arrest's trigger, not this event's."),
E(4, ["Les deux hommes arrêtés le soir de l'attentat à Boutilimit"],
  "ARR", "2026-01-16", "day", "Boutilimit", "MR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout71-002: 'le soir de l'attentat' -> 16 January. Told through its judicial follow-up ('inculpés mercredi et placés sous mandat de dépôt') -> one Arrests event at the arrest's place and day, not a new one. No force named -> 'police'."),
E(4, ["la gendarmerie sénégalaise a arrêté à Richard-Toll"],
  "ARR", "2026-01-18", "day", "Richard-Toll", "SN", None, None, None, "police", None, False,
  "'Dimanche' vs Saturday 24 January -> 18 January. The cluster's suspected facilitator (the pirogue boatman who ferried the bombers and their explosives), arrested in Richard-Toll on the Senegalese bank -> SN; 'la gendarmerie sénégalaise' -> 'police' (dev: gendarmerie is police). The extradition request is a follow-up. '20 kilos' is a weight."),
E(4, ["un serrurier de Keur Macène a été interpellé"],
  "ARR", "2026-01-20", "day", "Keur Macène", "MR", None, None, None, "police", None, False,
  "'Mardi' vs Saturday 24 January -> 20 January. A locksmith arrested in Keur Macène (Trarza) and 'relâché jeudi sans charge': the release does not undo the arrest and is not an event. No force named -> 'police'. 'Une quarantaine de commerçants ... entendus comme témoins' are not arrested."),
E(4, ["plusieurs milliers d'habitants de Rosso ont marché en silence"],
  "PP", "2026-01-19", "day", "Rosso", "MR", None, None, None, None, None, False,
  "'Lundi' vs Saturday 24 January -> 19 January. A silent march from the central market to the moughataa (the prefecture) 'pour dire « non à la terreur »', no incident -> Peaceful protest, perpetrator null. 'plusieurs milliers' counts marchers."),
E(4, ["quelque 400 pêcheurs et transporteurs qui réclamaient la reprise du bac ont été dispersés"],
  "PI", "2026-01-20", "day", "Rosso", "MR", None, 6, "exact", None, None, False,
  "'Mardi' vs Saturday 24 January -> 20 January. Fishermen and hauliers demanding the ferry's restart, 'dispersés à coups de gaz lacrymogène' in front of 'le siège de la wilaya, en ville' (the governorate's seat, in Rosso, the newsletter's town) -> Protest with intervention, perpetrator null (dev). 'cinq manifestants et un policier ont été blessés' -> injured 5 + 1 = 6 (all sides summed), exact. '400' counts marchers."),
E(4, ["un engin explosif artisanal avait blessé deux gendarmes près de Maghama"],
  "IED", "2018-01-01", "year", "Maghama", "MR", None, 2, "exact", None, None, True,
  "'remontait à 2018' -> year, background: the Maghama device of holdout71-001. Homemade device -> Remote explosive/landmine/IED; no author -> null. 'blessé deux gendarmes' -> injured 2, exact. Other numbers of the newsletter ('24 janvier 2026', '16 janvier', '6 rotations', '12', '50 ouguiyas', '210 étals sur 900', 'Huit jours') are not casualties."),
]

# -------------------------------------------------------------- holdout71-005
ARTICLES.append(A(5, "fr", "article", "2026-01-28T09:00:00Z",
"Serrurerie du Fleuve : avis de passage aux commerçants du marché central",
"""
SERRURERIE DU FLEUVE - Ahmed Ould Sidi, serrurier agréé. AVIS DE PASSAGE aux commerçants du marché central de Rosso. Rosso, le mercredi 28 janvier 2026.

Mesdames et Messieurs les commerçants,

Après le double attentat-suicide du vendredi 16 janvier, revendiqué par le JNIM, qui a coûté la vie à douze personnes, sans compter les deux kamikazes, et en a blessé quarante et une autres, la commune nous a chargés de remettre en état les rideaux métalliques et les serrures des boutiques endommagées par le souffle de la première explosion.

PASSAGE. Nos équipes passeront :
- allées A à D (côté poisson séché) : jeudi 29 janvier, de 8 heures à 13 heures ;
- allées E à H (côté tissus) : samedi 31 janvier, de 8 heures à 13 heures ;
- boutiques de l'avenue du Bac (du n° 1 au n° 48) : lundi 2 février, toute la journée.
Merci d'être présent ou de laisser un voisin muni de votre carte de commerçant.

TARIFS. Le remplacement des cylindres est pris en charge par la commune. Le cadenas renforcé de 70 mm est vendu 900 ouguiyas, et une clé supplémentaire 150 ouguiyas. Le devis est gratuit pour les rideaux tordus ; comptez trois à quatre heures de travail par rideau.

SÉCURITÉ. La police nous a demandé la liste des clés copiées depuis le 1er décembre, et nous la lui avons remise. Nos deux apprentis ont été entendus vendredi au commissariat, puis laissés libres. Nous rappelons que notre confrère de Keur Macène, interpellé le mardi 20 janvier parce que les kamikazes avaient fait refaire chez lui la clé de leur logement, a été relâché deux jours plus tard sans aucune charge. Nous lui renouvelons tout notre soutien.

Nous ne toucherons à aucune boutique encore sous scellés : 14 stands restent fermés sur décision du procureur.

Joignez-nous au 46 12 08 93, de 7 heures à 19 heures, sauf le vendredi après-midi.

Avec nos condoléances aux familles,

Ahmed Ould Sidi et son équipe
"""))
GOLD += [
E(5, ["le double attentat-suicide du vendredi 16 janvier", "la première explosion"],
  "SUI", "2026-01-16", "day", "Rosso", "MR", 14, 41, "exact", "JNIM", "JNIM", False,
  "Locksmith's notice of Wednesday 28 January (12 days after the bombing -> current); 'du vendredi 16 janvier' -> 16 January. 'douze personnes, sans compter les deux kamikazes' -> killed 12 + 2 = 14 (the bombers are added); 'quarante et une autres' -> injured 41, exact. 'revendiqué par le JNIM', undisputed -> 'JNIM', claimant and perpetrator. '29 janvier', '31 janvier', '2 février', '8 heures à 13 heures', 'n° 1 au n° 48', '70 mm', '900 ouguiyas', '150 ouguiyas', 'trois à quatre heures', '1er décembre', '14 stands', '46 12 08 93', '7 heures à 19 heures' are not casualties."),
E(5, ["notre confrère de Keur Macène, interpellé le mardi 20 janvier"],
  "ARR", "2026-01-20", "day", "Keur Macène", "MR", None, None, None, "police", None, False,
  "Restates the arrest of holdout71-004: 'le mardi 20 janvier' -> 20 January, in Keur Macène; 'relâché deux jours plus tard sans aucune charge' -> the release does not undo the arrest. No force named -> 'police'. 'Nos deux apprentis ont été entendus ... puis laissés libres' are questioned, not arrested."),
]
