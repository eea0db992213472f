"""Authoring source of benchmarks/events_holdout57 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ouesso, Republic of the Congo cluster (holdout57-016 to 020;
English and French), two suicide bombers on Tuesday 10 November 2026 at
two sites of one town in the Sangha department (the central market and the
river port on the Sangha, about 600 m and five minutes apart): an English
wire with a first report (016), an internet provider's outage email
("courriel d'un fournisseur internet (panne)", fr 017), a town hall's road
closure order ("arrêté de fermeture de route de la mairie", fr 018), a
university housing office's notice ("avis du service logement d'une
université", fr 019) and a weekend press review sent by email ("revue de
presse du week-end par courriel", fr 020). The Republic of the Congo and
Cameroon are UTC+1: every publication time here is between 09:00 and 17:00
UTC, so every local date is the UTC date. The gold writes "Sembé" (English
wire "Sembe") and "Moloundou" (CM). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout57")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout57-016
ARTICLES.append(A(16, "en", "article", "2026-11-10T17:00:00Z",
"Twin suicide bombing hits Congo's northern river town of Ouesso",
"""
OUESSO, Republic of Congo (Congo River Wire) - Two suicide bombers blew themselves up on Tuesday in Ouesso, the main town of Congo's northern Sangha department, killing at least nine people, including the two bombers, and wounding a score of others, a regional official said.

The first bomber detonated his charge at around 8:15 a.m. in the central market, where traders were unloading smoked fish and cassava from the morning boats. The second blew himself up five minutes later at the river port on the Sangha, about 600 metres away, as passengers boarded a boat for Cameroon.

"I counted the bodies on the quay," said a 42-year-old port worker who gave only his first name, Roch. The district hospital, which has 110 beds, appealed for blood donors and asked for a medical flight from Brazzaville, some 850 km to the south.

No group had claimed the attack by evening. The bombers "may have crossed" from the Central African Republic, a security source said, adding that investigators were looking into possible links with Islamic State's Central Africa branch.

Ouesso, a timber and river town of about 30,000 people near the borders with Cameroon and the Central African Republic, has seen little violence. In 2017, a grenade thrown into a bar in Sembe, 130 km to the west, wounded four people.

The authorities suspended river traffic on the Sangha until Friday, closed the central market and imposed a curfew from 8 p.m. to 6 a.m. Flights TC211 and TC212 between Ouesso and Brazzaville, 48 seats each, were cancelled, and about 150 police officers were flown in. The price of a litre of fuel on the black market rose from 800 to 1,200 CFA francs within hours.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up", "The first bomber detonated his charge", "The second blew himself up", "the attack"],
  "SUI", "2026-11-10", "day", "Ouesso", "CG", 9, 20, "at_least", None, None, False,
  "Wire of Tuesday 10 November 2026 (18:00 in Ouesso, UTC+1); 'on Tuesday' = the publication day. Two sites of one town (the central market and the river port, 'about 600 metres' and five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'at least nine people, including the two bombers' -> killed 9 (bombers inside), at_least; 'a score of others' -> injured 20 (dev table: 'a score' = 20; the qualifier describes the killed figure). No claim; '\"may have crossed\"' and 'looking into possible links with Islamic State's Central Africa branch' are speculation -> perpetrator null. '8:15 a.m.', '600 metres', '42-year-old', '110 beds', '850 km', '30,000 people', '130 km', '8 p.m. to 6 a.m.', 'TC211 and TC212', '48 seats', '150 police officers', '800 to 1,200 CFA francs' are not casualties."),
E(16, ["a grenade thrown into a bar in Sembe"],
  "GRN", "2017-01-01", "year", "Sembé", "CG", None, 4, "exact", None, None, True,
  "'In 2017' -> year, background. A thrown grenade -> Grenade; no author -> null. 'wounded four people' -> injured 4, exact. Gold spelling 'Sembé' (English 'Sembe')."),
]

# -------------------------------------------------------------- holdout57-017
ARTICLES.append(A(17, "fr", "article", "2026-11-11T09:00:00Z",
"Sangha Connect : panne de réseau à Ouesso, point de situation n° 2",
"""
De : Sangha Connect, service clients. À : nos abonnés de Ouesso. Objet : Panne de réseau à Ouesso, point de situation n° 2. Envoyé le mercredi 11 novembre 2026 à 10 heures.

Chère abonnée, cher abonné,

Depuis le double attentat-suicide d'hier matin, notre réseau est fortement perturbé à Ouesso. Le relais installé sur le toit de la capitainerie du port fluvial a été détruit par la seconde explosion, et notre boutique du marché central a été soufflée par la première. Nos pensées vont aux victimes : selon la préfecture, le bilan, qui était hier soir de onze morts, est passé ce matin à treize morts, dont les deux kamikazes, et 51 blessés. Notre technicienne Prisca, 26 ans, fait partie des blessés ; elle est hors de danger.

Deux de nos techniciens, qui intervenaient sur le relais au moment de l'explosion, ont été entendus hier après-midi par la police comme témoins, puis sont rentrés chez eux. Selon la police, deux hommes ont par ailleurs été arrêtés hier soir à Pokola, à 45 km au sud, avec une puce de notre réseau achetée samedi : nous collaborons pleinement à l'enquête.

ÉTAT DU RÉSEAU
- Internet fixe : coupé dans les quartiers du port et du marché (environ 1 300 abonnés). Rétablissement prévu vendredi 13 novembre à 18 heures.
- Internet mobile : débit limité à 2 Mbit/s sur toute la ville jusqu'à nouvel ordre.
- Appels : le numéro d'urgence 117 et les appels vers Brazzaville restent prioritaires.

GESTES COMMERCIAUX
- Tous les abonnés de Ouesso recevront 10 Go offerts, valables 30 jours.
- Les factures de novembre seront réduites de 25 %.
- Les forfaits des familles des victimes sont suspendus sans frais pendant 3 mois.

Notre boutique provisoire est ouverte à l'hôtel de la Sangha, de 8 heures à 17 heures. Service clients : 05 540 20 20.

Nous vous remercions de votre compréhension.

La direction de Sangha Connect
"""))
GOLD += [
E(17, ["double attentat-suicide d'hier matin", "la seconde explosion", "la première", "l'explosion"],
  "SUI", "2026-11-10", "day", "Ouesso", "CG", 13, 51, "exact", None, None, False,
  "Provider's email of Wednesday 11 November (10:00, UTC+1); 'd'hier matin' -> 10 November. Two sites (the river port, 'la seconde explosion', and the central market, 'la première') of one town -> ONE event; 'au moment de l'explosion' also names it. The toll is revised inside: 'onze morts' last evening (superseded) -> 'treize morts, dont les deux kamikazes, et 51 blessés' -> killed 13 (bombers inside), injured 51, exact; the technician Prisca (26) is one of the injured. No claim -> perpetrator null. The two technicians 'entendus ... comme témoins, puis ... rentrés chez eux' are not arrested. 'n° 2', '10 heures', '26 ans', '45 km', '1 300 abonnés', '13 novembre', '18 heures', '2 Mbit/s', '117', '10 Go', '30 jours', '25 %', '3 mois', '8 heures à 17 heures', '05 540 20 20' are not casualties."),
E(17, ["deux hommes ont par ailleurs été arrêtés hier soir à Pokola"],
  "ARR", "2026-11-10", "day", "Pokola", "CG", None, None, None, "police", None, False,
  "'hier soir' vs Wednesday 11 November -> 10 November, the evening of the bombing. Two men arrested in Pokola, 45 km away, 'Selon la police' -> 'police' (no other force named)."),
]

# -------------------------------------------------------------- holdout57-018
ARTICLES.append(A(18, "fr", "article", "2026-11-12T11:00:00Z",
"Ouesso : arrêté municipal de fermeture de voies",
"""
RÉPUBLIQUE DU CONGO - DÉPARTEMENT DE LA SANGHA - COMMUNE DE OUESSO. ARRÊTÉ MUNICIPAL N° 2026-118 portant fermeture temporaire de voies à la circulation.

Le maire de la commune de Ouesso,

Vu la loi n° 3-2003 du 17 janvier 2003 fixant l'orientation de la décentralisation ;

Vu le code de la route ;

Considérant le double attentat-suicide commis le mardi 10 novembre 2026 au marché central et au port fluvial, qui a fait quatorze morts, y compris les deux kamikazes, et cinquante et un blessés, un docker ayant succombé mercredi à ses blessures ;

Considérant l'arrestation, mardi soir à Pokola, de deux suspects, et la nécessité de préserver les lieux pour les besoins de l'enquête ;

Considérant la marche silencieuse prévue le samedi 14 novembre à 9 heures, du carrefour de la Préfecture au port, et les obsèques collectives prévues le dimanche 15 novembre ;

ARRÊTE :

Article 1er. La circulation et le stationnement de tout véhicule, y compris les motos-taxis, sont interdits du jeudi 12 novembre à 18 heures au lundi 23 novembre à 6 heures : avenue du Port, sur toute sa longueur ; rue du Marché, du n° 1 au n° 48 ; place du Marché central.

Article 2. Le samedi 14 novembre, de 7 heures à 13 heures, la route de l'aéroport est fermée entre le carrefour de la Préfecture et le port, sur 1,8 km.

Article 3. Une déviation est mise en place par la route de Pokola et l'avenue de la Cathédrale. Les camions de plus de 10 tonnes sont interdits en ville.

Article 4. Les riverains munis d'un laissez-passer délivré par la mairie (guichet 2) peuvent accéder à leur domicile à pied.

Article 5. Toute infraction est passible d'une amende de 50 000 francs CFA et de la mise en fourrière du véhicule, à raison de 10 000 francs CFA par jour.

Article 6. Le commandant de la police municipale et le commandant de la brigade de gendarmerie sont chargés de l'exécution du présent arrêté.

Fait à Ouesso, le jeudi 12 novembre 2026.

Le maire, Hyacinthe Mabiala
"""))
GOLD += [
E(18, ["le double attentat-suicide commis le mardi 10 novembre 2026"],
  "SUI", "2026-11-10", "day", "Ouesso", "CG", 14, 51, "exact", None, None, False,
  "Municipal order of Thursday 12 November; 'le mardi 10 novembre 2026' -> 10 November. 'quatorze morts, y compris les deux kamikazes, et cinquante et un blessés' -> killed 14 (bombers inside; a docker died on Wednesday), injured 51 (number words), exact. No claim -> perpetrator null. The silent march 'prévue le samedi 14 novembre' and the collective funeral are future and not coded. 'N° 2026-118', 'n° 3-2003', '17 janvier 2003', '9 heures', '18 heures', '23 novembre', '6 heures', 'n° 1 au n° 48', '7 heures à 13 heures', '1,8 km', '10 tonnes', 'guichet 2', '50 000 francs CFA', '10 000 francs CFA' are not casualties."),
E(18, ["l'arrestation, mardi soir à Pokola, de deux suspects"],
  "ARR", "2026-11-10", "day", "Pokola", "CG", None, None, None, "police", None, False,
  "A noun restating the arrest of holdout57-017: 'mardi soir' vs Thursday 12 November -> 10 November. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout57-019
ARTICLES.append(A(19, "fr", "article", "2026-11-17T10:00:00Z",
"Université Marien-Ngouabi : avis du service du logement aux résidents de la Sangha",
"""
UNIVERSITÉ MARIEN-NGOUABI - CENTRE DES ŒUVRES UNIVERSITAIRES - SERVICE DU LOGEMENT. AVIS AUX RÉSIDENTS DE LA CITÉ UNIVERSITAIRE ORIGINAIRES DE LA SANGHA. Brazzaville, le mardi 17 novembre 2026.

Le service du logement présente ses condoléances aux étudiants touchés par le double attentat-suicide du mardi 10 novembre à Ouesso, revendiqué vendredi par l'État islamique. Le dernier bilan est de quatorze morts, dont les deux kamikazes, et de cinquante et un blessés. Parmi les morts figure Grâce Okemba, 21 ans, étudiante en deuxième année de géographie, résidente de la chambre 214 du bâtiment C, qui était rentrée chez ses parents pour les congés.

Nous avons appris qu'un résident, étudiant en licence de droit, arrêté vendredi à Ouesso lors d'une rafle autour du port, a été remis en liberté hier sans qu'aucune charge soit retenue contre lui. Il retrouvera sa chambre dès son retour. Six autres résidents, entendus samedi par la police à Ouesso comme témoins, n'ont fait l'objet d'aucune mesure.

Plusieurs résidents ont participé samedi à la marche silencieuse qui a réuni quelque 8 000 personnes du carrefour de la Préfecture jusqu'au port de Ouesso. Elle s'est déroulée dans le calme.

MESURES POUR LES RÉSIDENTS ORIGINAIRES DE LA SANGHA
1. Le loyer de novembre (7 500 francs CFA par mois en chambre double, 12 000 en chambre simple) est suspendu pour les étudiants ayant perdu un parent.
2. Les résidents bloqués à Ouesso conservent leur chambre jusqu'au 15 décembre sans avoir à confirmer leur réservation.
3. La chambre 214 du bâtiment C restera fermée jusqu'au 30 novembre, à la demande de la famille.
4. Une cellule d'écoute est ouverte au bâtiment A, bureau 12, de 9 heures à 16 heures, avec deux psychologues.
5. Les examens du premier semestre des étudiants concernés sont reportés au 18 janvier 2027.

Une collecte est organisée au restaurant universitaire : 1 240 étudiants ont déjà donné 612 000 francs CFA.

Pour toute question : service du logement, 06 612 44 90, du lundi au vendredi de 8 heures à 15 heures.

La cheffe du service du logement, Mme Solange Ibara
"""))
GOLD += [
E(19, ["double attentat-suicide du mardi 10 novembre à Ouesso"],
  "SUI", "2026-11-10", "day", "Ouesso", "CG", 14, 51, "exact", "Islamic State", "Islamic State", False,
  "Housing notice of Tuesday 17 November; 'du mardi 10 novembre' -> 10 November. 'quatorze morts, dont les deux kamikazes, et de cinquante et un blessés' -> killed 14 (bombers inside; the student Grâce Okemba is one of the dead), injured 51, exact. 'revendiqué vendredi par l'État islamique', undisputed -> 'Islamic State', claimant and perpetrator. The dateline is Brazzaville; the bombing is in Ouesso. '21 ans', 'chambre 214', 'bâtiment C', 'Six autres résidents' (heard), '8 000 personnes' (marchers), '7 500 francs CFA', '12 000', '15 décembre', '30 novembre', 'bureau 12', '9 heures à 16 heures', 'deux psychologues', '18 janvier 2027', '1 240 étudiants', '612 000 francs CFA', '06 612 44 90', '8 heures à 15 heures' are not casualties."),
E(19, ["arrêté vendredi à Ouesso lors d'une rafle autour du port"],
  "ARR", "2026-11-13", "day", "Ouesso", "CG", None, None, None, "police", None, False,
  "'vendredi' vs Tuesday 17 November -> 13 November. A student arrested in a sweep in Ouesso and 'remis en liberté hier sans qu'aucune charge soit retenue': the release does not undo the arrest. No force named -> 'police'. The six residents 'entendus samedi par la police ... comme témoins' are not arrested."),
E(19, ["la marche silencieuse qui a réuni quelque 8 000 personnes"],
  "PP", "2026-11-14", "day", "Ouesso", "CG", None, None, None, None, None, False,
  "'samedi' vs Tuesday 17 November -> 14 November (the march announced in holdout57-018). A silent march from the prefecture crossroads to the port, 'dans le calme' -> Peaceful protest, perpetrator null. '8 000' counts marchers."),
]

# -------------------------------------------------------------- holdout57-020
ARTICLES.append(A(20, "fr", "article", "2026-11-22T09:00:00Z",
"La Matinale de la Sangha : votre revue de presse du week-end",
"""
De : La Matinale de la Sangha. Objet : Votre revue de presse du week-end. Envoyé le dimanche 22 novembre 2026.

Bonjour,

Voici l'essentiel de ce que les journaux ont publié cette semaine sur l'attentat de Ouesso.

« LE COURRIER DE LA SANGHA » revient sur la revendication. Vendredi 13 novembre, l'État islamique a revendiqué, par son agence Amaq, le double attentat-suicide du 10 novembre, en se vantant de « plus de cent croisés et apostats » tués. Le procureur de la République près le tribunal de Ouesso juge la revendication « crédible » ; le bilan officiel reste de quatorze morts, y compris les deux kamikazes, et de cinquante et un blessés. La Coalition des patriotes pour le changement (CPC), rébellion centrafricaine, a démenti toute implication. Le ministre de l'Intérieur estime que les deux kamikazes « pourraient avoir été recrutés » dans des camps de l'autre côté de la frontière.

« LA VOIX DU FLEUVE » raconte l'arrestation, jeudi à Moloundou, au Cameroun, d'un piroguier soupçonné d'avoir fait passer les explosifs par la Sangha. La gendarmerie camerounaise l'a interpellé au débarcadère avec 600 000 francs CFA en liquide. Les deux hommes arrêtés le 10 novembre à Pokola ont été placés sous mandat de dépôt mercredi.

« BRAZZA MATIN » relate qu'avant-hier vendredi, plusieurs centaines de conducteurs de motos-taxis ont marché vers la préfecture pour réclamer la levée de l'interdiction de circuler en ville. La police les a dispersés à coups de matraque et de gaz lacrymogène ; six personnes ont été blessées, dont deux policiers. Une semaine plus tôt, le samedi 14 novembre, la marche silencieuse de quelque 8 000 habitants s'était déroulée sans incident.

« FORÊTS ET FLEUVES » rappelle que la région avait déjà connu la violence : en 2017, une grenade lancée dans un bar de Sembé avait blessé quatre personnes.

ÉCONOMIE. Le prix du manioc a augmenté de 30 % ; le trafic fluvial a repris le 13 novembre ; les 2 400 tonnes de grumes bloquées au port partiront lundi.

Bon dimanche,
La rédaction. Abonnement : 1 000 francs CFA par mois.
"""))
GOLD += [
E(20, ["l'attentat de Ouesso", "le double attentat-suicide du 10 novembre"],
  "SUI", "2026-11-10", "day", "Ouesso", "CG", 14, 51, "exact", "Islamic State", "Islamic State", False,
  "Press review of Sunday 22 November; 'du 10 novembre' -> 10 November. 'quatorze morts, y compris les deux kamikazes, et de cinquante et un blessés' -> killed 14 (bombers inside), injured 51, exact. Claimed on Friday 13 November by 'l'État islamique' through Amaq, judged « crédible » by the prosecutor -> 'Islamic State', claimant and perpetrator; the claim's « plus de cent croisés et apostats » is never used. The CPC's denial is not a claim; « pourraient avoir été recrutés » is speculation. '600 000 francs CFA', '30 %', '13 novembre', '2 400 tonnes', '1 000 francs CFA' are not casualties."),
E(20, ["l'arrestation, jeudi à Moloundou, au Cameroun, d'un piroguier", "La gendarmerie camerounaise l'a interpellé au débarcadère"],
  "ARR", "2026-11-19", "day", "Moloundou", "CM", None, None, None, "police", None, False,
  "'jeudi' vs Sunday 22 November -> 19 November. The cluster's suspected facilitator (the boatman who brought the explosives along the Sangha), arrested in Moloundou, Cameroon -> CM, by the Cameroonian gendarmerie (-> 'police'); the cash seized belongs to the arrest. 'La gendarmerie camerounaise l'a interpellé au débarcadère' names the same arrest again."),
E(20, ["Les deux hommes arrêtés le 10 novembre à Pokola"],
  "ARR", "2026-11-10", "day", "Pokola", "CG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout57-017: 'le 10 novembre' -> 10 November. 'placés sous mandat de dépôt mercredi' is the judicial follow-up, not a new event. No force named -> 'police'."),
E(20, ["plusieurs centaines de conducteurs de motos-taxis ont marché vers la préfecture", "La police les a dispersés"],
  "PI", "2026-11-20", "day", "Ouesso", "CG", None, 6, "exact", None, None, False,
  "'avant-hier vendredi' vs Sunday 22 November -> Friday 20 November. A march on the prefecture with a demand (lifting the ban on moto-taxis in town), dispersed 'à coups de matraque et de gaz lacrymogène' -> Protest with intervention, perpetrator null (dev). 'six personnes ont été blessées, dont deux policiers' -> injured 6 (all sides, the two police officers inside), exact. 'plusieurs centaines' counts marchers."),
E(20, ["la marche silencieuse de quelque 8 000 habitants"],
  "PP", "2026-11-14", "day", "Ouesso", "CG", None, None, None, None, None, False,
  "'le samedi 14 novembre' -> 14 November. The silent march of holdout57-019, 'sans incident' -> Peaceful protest, perpetrator null. '8 000' counts marchers."),
E(20, ["une grenade lancée dans un bar de Sembé"],
  "GRN", "2017-01-01", "year", "Sembé", "CG", None, 4, "exact", None, None, True,
  "'en 2017' -> year, background. A thrown grenade -> Grenade; no author -> null. 'avait blessé quatre personnes' -> injured 4, exact."),
]
