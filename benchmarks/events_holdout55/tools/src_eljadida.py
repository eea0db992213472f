"""Authoring source of benchmarks/events_holdout55 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the El Jadida, Morocco cluster (holdout55-001 to 005; French and
English), two suicide bombers on Sunday 1 February 2026 at two sites of one
town (the main gate of the Portuguese City, « la Cité portugaise », and the
central market, about 600 m and six minutes apart): a French agency
dispatch with a "VILLE, (Agence) -" dateline (fr 001), an English wire on
the claim and the first arrests (002), a French chess club bulletin
("bulletin d'un club d'échecs", fr 003), a French housing cooperative's
newsletter ("lettre d'information d'une coopérative d'habitation", fr 004)
and a French plumber's notice to his customers ("avis d'un plombier", fr
005). Morocco is UTC+1 in February 2026 (Ramadan, when it moves to UTC+0,
begins later in the month): every publication time here is between 09:00
and 17:00 UTC, so every local date is the UTC date. The claimant is
al-Qaeda in the Islamic Maghreb (« Al-Qaïda au Maghreb islamique », AQMI,
AQIM), a canonical name earlier sets use. The gold spells "El Jadida",
"Kénitra" (English wire "Kenitra"), "Azemmour" and "Settat". Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout55")

ARTICLES = []
GOLD = []

AQIM = "al-Qaeda in the Islamic Maghreb"

# -------------------------------------------------------------- holdout55-001
ARTICLES.append(A(1, "fr", "article", "2026-02-01T15:00:00Z",
"Maroc : deux kamikazes frappent la ville côtière d'El Jadida",
"""
EL JADIDA, (Agence Maghreb Atlantique Presse) - Deux kamikazes se sont fait exploser dimanche en fin de matinée, à six minutes d'intervalle, devant la porte principale de la Cité portugaise puis au marché central d'El Jadida, sur la côte atlantique du Maroc, faisant au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés, selon un premier bilan des autorités provinciales.

Le premier homme a déclenché sa ceinture vers 11 h 10 au milieu d'un groupe de visiteurs qui attendaient l'ouverture de la citerne portugaise. Le second s'est fait sauter à 11 h 16 entre les étals de poissons du marché, à quelque 600 mètres de là, alors que la foule fuyait dans cette direction.

« Le sol a tremblé deux fois. J'ai perdu mes sandales en courant », raconte Khadija, 52 ans, marchande de menthe à l'étal n° 31.

Aucune revendication n'avait été diffusée en milieu d'après-midi. Un responsable sécuritaire, sous couvert d'anonymat, a estimé que ce double attentat « pourrait porter la marque de l'État islamique », dont plusieurs centaines de Marocains ont rejoint les rangs en Syrie et en Irak.

Le royaume avait été épargné ces dernières années. En 2019, un engin artisanal avait explosé devant une agence bancaire de Settat, à 90 km à l'est, blessant un vigile.

Les autorités ont bouclé un périmètre de 3 km autour de la vieille ville et fermé la plage. Les trains pour Casablanca circulent, mais celui de 17 h 45 ne marquera pas l'arrêt à El Jadida. L'hôpital provincial, qui compte 420 lits, a lancé un appel aux donneurs de sang ; une cellule d'information pour les familles répond au 05 23 34 12 80. Les 146 écoles de la province resteront fermées lundi.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a déclenché sa ceinture", "Le second s'est fait sauter", "ce double attentat"],
  "SUI", "2026-02-01", "day", "El Jadida", "MA", 9, 12, "at_least", None, None, False,
  "Dispatch of Sunday 1 February 2026 (16:00 in El Jadida); 'dimanche' = the publication day. Two sites of one town (the main gate of the Portuguese City and the central market, 'quelque 600 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town (holdout10 Koupéla convention). First report: 'au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'des dizaines' -> 12 (dev table; the qualifier describes the killed figure). No claim; « pourrait porter la marque de l'État islamique » is speculation -> perpetrator null. '11 h 10', '11 h 16', '600 mètres', '52 ans', 'n° 31', 'plusieurs centaines de Marocains' (fighters abroad), '90 km', '3 km', '17 h 45', '420 lits', '05 23 34 12 80', '146 écoles' are not casualties."),
E(1, ["un engin artisanal avait explosé devant une agence bancaire de Settat"],
  "IED", "2019-01-01", "year", "Settat", "MA", None, 1, "exact", None, None, True,
  "'En 2019' -> year, background. A homemade device -> Remote explosive/landmine/IED; no author named -> null. 'blessant un vigile' -> injured 1, exact; killed null. '90 km' is a distance."),
]

# -------------------------------------------------------------- holdout55-002
ARTICLES.append(A(2, "en", "article", "2026-02-03T11:00:00Z",
"Al-Qaeda's North African wing claims El Jadida bombing; three held in Kenitra",
"""
RABAT, Morocco (Atlantic Wire) - Al-Qaeda in the Islamic Maghreb claimed responsibility on Monday evening for Sunday's twin suicide bombing in the Moroccan port city of El Jadida, and police arrested three men in Kenitra suspected of helping the attackers, officials said on Tuesday.

The health ministry raised the toll on Tuesday from 12 to 13 dead, including the two bombers, and 64 wounded, after a 15-year-old schoolboy died in hospital on Monday. Nine of the wounded remain in intensive care.

In a statement posted by its al-Andalus media arm, AQIM said its fighters had killed "more than 60 crusaders and apostates". The Central Bureau of Judicial Investigation (BCIJ), Morocco's counterterrorism police, called the claim credible. Islamic State, which some officials had first suspected, denied any link through its Amaq agency.

The three suspects were detained in dawn raids in Kenitra on Monday, 160 km north of El Jadida, the interior ministry said. Officers seized 9 kg of ammonium nitrate, two motorcycles and 14 SIM cards. One of the bombers, aged 24, had served four years of a six-year sentence for recruiting fighters for Syria; both "may have been trained in Libya", a security official said. The bombers' fathers were questioned overnight in Khouribga and released.

Morocco had been largely spared by militants since a homemade device exploded outside a bank in Settat in 2019, wounding a security guard.

The Portuguese City, a UNESCO World Heritage site that draws some 400,000 visitors a year, will stay closed until further notice. Tour operators reported 18 percent cancellations for February, and the government set up a fund of 30 million dirhams for the victims' families. About 2,500 extra police officers have been deployed in the coastal cities between Casablanca and Safi.
"""))
GOLD += [
E(2, ["Sunday's twin suicide bombing in the Moroccan port city of El Jadida"],
  "SUI", "2026-02-01", "day", "El Jadida", "MA", 13, 64, "exact", AQIM, AQIM, False,
  "Wire of Tuesday 3 February; 'Sunday's' -> 1 February. The toll is revised inside: 'from 12 to 13 dead, including the two bombers, and 64 wounded' -> killed 13 (bombers inside; the schoolboy of 15 who died Monday is inside), injured 64, exact; 'Nine of the wounded' is a subset. 'Al-Qaeda in the Islamic Maghreb claimed responsibility', called 'credible' by the BCIJ -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb' (canonical); its 'more than 60 crusaders and apostates' is the claim's own toll, never used. Islamic State 'denied any link' (a denial, not a claim); 'may have been trained in Libya' is speculation. '15-year-old', 'aged 24', 'four years of a six-year sentence', '160 km', '9 kg', 'two motorcycles', '14 SIM cards', '400,000 visitors', '18 percent', '30 million dirhams', '2,500 extra police officers' are not casualties."),
E(2, ["police arrested three men in Kenitra", "The three suspects were detained in dawn raids in Kenitra"],
  "ARR", "2026-02-02", "day", "Kénitra", "MA", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 3 February -> Monday 2 February (the wire's first sentence gives the arrest without a day; the second naming dates it). Police, the BCIJ and the interior ministry's account -> 'police'. Things seized in the raids (ammonium nitrate, motorcycles, SIM cards) belong to the arrest. Gold spelling 'Kénitra' (English 'Kenitra'). The bombers' fathers 'questioned overnight in Khouribga and released' are not arrested"),
E(2, ["a homemade device exploded outside a bank in Settat in 2019, wounding a security guard"],
  "IED", "2019-01-01", "year", "Settat", "MA", None, 1, "exact", None, None, True,
  "'in 2019' -> year, background; the same older bombing as holdout55-001. Homemade device -> IED, author unknown -> null; 'wounding a security guard' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout55-003
ARTICLES.append(A(3, "fr", "article", "2026-02-06T17:00:00Z",
"Cercle d'échecs de Mazagan : bulletin aux membres",
"""
CERCLE D'ÉCHECS DE MAZAGAN (El Jadida) - BULLETIN N° 112, vendredi 6 février 2026.

Chers membres,

Le Cercle est en deuil. Notre ancien trésorier, Abdelkrim Tazi, 71 ans, blessé dimanche au marché central, a succombé mercredi à ses blessures. Il jouait chez nous depuis 1979 et animait chaque samedi l'atelier des débutants. L'attentat-suicide du 1er février, revendiqué lundi soir par Al-Qaïda au Maghreb islamique, a désormais fait quatorze morts, kamikazes compris, et soixante-quatre blessés. Deux de nos juniors, légèrement blessés, sont rentrés chez eux.

Nous avons appris avec stupeur que Younes B., 23 ans, ancien junior du club (classé 1 870 Elo en 2019), a été interpellé mercredi à Azemmour par la police : il est soupçonné d'avoir sous-loué aux deux kamikazes l'appartement où ils logeaient. Il ne fréquentait plus le Cercle depuis 2021. Notre président, entendu jeudi comme témoin par les enquêteurs, a été laissé libre après quatre heures.

Jeudi après-midi, une quarantaine de nos membres ont rejoint la marche blanche qui a réuni plus de 15 000 personnes de la Cité portugaise jusqu'au siège de la province, derrière une banderole « El Jadida debout ». Aucun incident n'a été signalé.

CALENDRIER.
- L'open international de Mazagan (7 rondes, 120 joueurs attendus, 20 000 dirhams de prix) est reporté au 14 mars.
- La simultanée de notre maître international contre 25 enfants est annulée.
- Le championnat interne reprend le samedi 14 février à 15 heures, ronde 5 : table 1, Benjelloun - Alaoui ; table 2, Rami - Idrissi.

RÉSULTATS DE LA RONDE 4 (25 janvier) : Benjelloun 4/4 ; Alaoui 3,5/4 ; Rami et Idrissi 3/4.

COTISATION. 300 dirhams par an, 150 pour les moins de 18 ans. Une cagnotte pour la famille Tazi est ouverte au bar du Cercle ; contact 06 61 48 22 09.
"""))
GOLD += [
E(3, ["L'attentat-suicide du 1er février"],
  "SUI", "2026-02-01", "day", "El Jadida", "MA", 14, 64, "exact", AQIM, AQIM, False,
  "Chess club bulletin of Friday 6 February; 'du 1er février' -> 1 February. 'quatorze morts, kamikazes compris, et soixante-quatre blessés' (number words) -> killed 14 (bombers inside; the former treasurer, 71, who died Wednesday, is inside), injured 64, exact; 'Deux de nos juniors, légèrement blessés' are a subset. 'revendiqué lundi soir par Al-Qaïda au Maghreb islamique', undisputed -> claimant and perpetrator. '71 ans', '1979', '23 ans', '1 870 Elo', '2019', '2021', 'quatre heures', 'une quarantaine de nos membres' and '15 000 personnes' (marchers), '7 rondes', '120 joueurs', '20 000 dirhams', '14 mars', '25 enfants', '14 février', '15 heures', 'ronde 5', 'table 1', 'table 2', '25 janvier', the scores '4/4', '3,5/4', '3/4', '300 dirhams', '150', '18 ans', '06 61 48 22 09' are not casualties."),
E(3, ["a été interpellé mercredi à Azemmour par la police"],
  "ARR", "2026-02-04", "day", "Azemmour", "MA", None, None, None, "police", None, False,
  "'mercredi' vs Friday 6 February -> Wednesday 4 February. The cluster's suspected facilitator (a former junior who sublet the flat where the bombers lived), arrested in Azemmour by 'la police' -> 'police'. The club's president, 'entendu jeudi comme témoin ... laissé libre', is not arrested."),
E(3, ["la marche blanche qui a réuni plus de 15 000 personnes"],
  "PP", "2026-02-05", "day", "El Jadida", "MA", None, None, None, None, None, False,
  "'Jeudi après-midi' vs Friday 6 February -> Thursday 5 February. A silent march ('marche blanche') from the Portuguese City to the province headquarters behind a banner with a message ('El Jadida debout'), 'Aucun incident' -> Peaceful protest, perpetrator null. '15 000 personnes' counts marchers."),
]

# -------------------------------------------------------------- holdout55-004
ARTICLES.append(A(4, "fr", "article", "2026-02-09T09:00:00Z",
"Coopérative d'habitation Al Amal : lettre d'information de février",
"""
COOPÉRATIVE D'HABITATION AL AMAL - Résidence Al Amal, route de Casablanca, El Jadida. LETTRE D'INFORMATION N° 23, lundi 9 février 2026.

Chers coopérateurs,

Huit jours après le double attentat-suicide du 1er février, qui a fait quatorze morts, dont les deux kamikazes, et soixante-quatre blessés, notre résidence se sait directement concernée. Deux de nos coopérateurs ont été blessés au marché central ; Mme Naïma Chraïbi, 58 ans, du bloc D, est toujours hospitalisée.

L'APPARTEMENT C-14. Les enquêteurs ont établi que les deux kamikazes ont logé du 20 au 31 janvier dans l'appartement C-14, sous-loué sans l'accord du conseil d'administration. Son locataire en titre, arrêté mercredi dernier à Azemmour, a été placé samedi en détention préventive. Notre gardien, M. Saïd, interrogé pendant six heures jeudi, a été laissé libre et a repris son service. Les trois hommes arrêtés le 2 février à Kénitra ont eux aussi été placés en détention préventive.

LA MARCHE DE SAMEDI. Plusieurs coopérateurs ont marché samedi avec les commerçants du marché central jusqu'au siège de la province pour réclamer des indemnités. Les forces auxiliaires ont dispersé le cortège à coups de matraque ; cinq manifestants ont été blessés, dont le fils de M. et Mme Benali (bloc A).

MESURES DU CONSEIL.
- Un interphone à code sera installé à l'entrée des six blocs (coût : 84 000 dirhams).
- Toute sous-location doit être déclarée ; l'article 12 du règlement intérieur prévoit une amende de 5 000 dirhams.
- La cotisation mensuelle de 350 dirhams est suspendue en février pour les familles touchées.
- Les compteurs d'eau des 212 logements seront relevés le 20 février.

ASSEMBLÉE GÉNÉRALE. Samedi 28 février à 16 heures, salle polyvalente du bloc B. Ordre du jour : sécurité, budget 2026 (1,2 million de dirhams), solidarité avec les familles.

Contact : bureau de la coopérative, 05 23 35 61 17, du lundi au vendredi de 9 heures à 13 heures.
"""))
GOLD += [
E(4, ["le double attentat-suicide du 1er février"],
  "SUI", "2026-02-01", "day", "El Jadida", "MA", 14, 64, "exact", None, None, False,
  "Housing cooperative newsletter of Monday 9 February; 'du 1er février' -> 1 February, eight days before -> current. 'quatorze morts, dont les deux kamikazes, et soixante-quatre blessés' -> killed 14 (bombers inside), injured 64, exact; 'Deux de nos coopérateurs' are a subset. The newsletter names no claim -> perpetrator and claimant null (each document stands alone). '58 ans', 'C-14', '20 au 31 janvier', 'six heures', 'six blocs', '84 000 dirhams', 'article 12', '5 000 dirhams', '350 dirhams', '212 logements', '20 février', '28 février', '16 heures', '2026', '1,2 million de dirhams', '05 23 35 61 17', '9 heures à 13 heures' are not casualties."),
E(4, ["Son locataire en titre, arrêté mercredi dernier à Azemmour"],
  "ARR", "2026-02-04", "day", "Azemmour", "MA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout55-003: 'mercredi dernier' vs Monday 9 February -> the most recent Wednesday, 4 February. Its judicial follow-up ('placé samedi en détention préventive') is part of this arrest, not a new event. No force named -> 'police' (the cluster's). The guard 'interrogé pendant six heures ... laissé libre' is not arrested."),
E(4, ["Les trois hommes arrêtés le 2 février à Kénitra"],
  "ARR", "2026-02-02", "day", "Kénitra", "MA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout55-002: 'le 2 février' -> 2 February. 'placés en détention préventive' is its follow-up. No force named -> 'police'."),
E(4, ["LA MARCHE DE SAMEDI", "Plusieurs coopérateurs ont marché samedi avec les commerçants du marché central", "Les forces auxiliaires ont dispersé le cortège à coups de matraque"],
  "PI", "2026-02-07", "day", "El Jadida", "MA", None, 5, "exact", None, None, False,
  "'samedi' vs Monday 9 February -> Saturday 7 February. A march with a demand ('pour réclamer des indemnités') dispersed 'à coups de matraque' by the auxiliary forces -> Protest with intervention, perpetrator null (dev). 'cinq manifestants ont été blessés' (number word) -> injured 5, exact; killed null. The upper-case heading 'LA MARCHE DE SAMEDI' names it first. The province headquarters is in El Jadida."),
]

# -------------------------------------------------------------- holdout55-005
ARTICLES.append(A(5, "fr", "article", "2026-02-12T10:00:00Z",
"Plomberie Doukkala : avis à notre clientèle",
"""
PLOMBERIE SANITAIRE DOUKKALA - Chauffe-eau, robinetterie, dépannage. 27, rue Ibn-Khaldoun, El Jadida. AVIS À NOTRE CLIENTÈLE, jeudi 12 février 2026.

Chers clients,

Notre atelier, situé à 40 mètres du marché central, a été endommagé par la seconde explosion du 1er février. La vitrine, le stock de tubes (près de 600 kilos de cuivre et de PER) et deux chauffe-eau d'exposition sont perdus. Notre apprenti Hamza, 19 ans, blessé au bras, va mieux. Nous pensons aux familles des quinze personnes tuées, y compris les deux kamikazes, depuis le décès mardi d'une vendeuse de poisson, et aux soixante-quatre blessés de cet attentat revendiqué par Al-Qaïda au Maghreb islamique.

Le marché restera fermé jusqu'au lundi 16 février. Lundi, la police y a encore interpellé deux commerçants, relâchés le soir même sans poursuites ; nos voisins de l'atelier de soudure ont été entendus comme témoins, puis laissés libres.

HORAIRES ET SERVICES jusqu'à nouvel ordre :
- dépannages d'urgence 24 heures sur 24 au 06 62 17 40 55 ;
- atelier ouvert de 8 h 30 à 13 heures, boutique provisoire au n° 5 de l'avenue Mohammed-VI ;
- les entretiens de chauffe-eau prévus la semaine du 2 février sont reportés à partir du 23 février.

GESTE COMMERCIAL. Pour les foyers dont les canalisations ont été abîmées par le souffle, remise de 20 % sur la main-d'œuvre et déplacement gratuit dans un rayon de 10 km. Chauffe-eau à gaz de 10 litres : 1 450 dirhams posé, au lieu de 1 690. Raccords 20/27 et 15/21 en stock.

Nous remercions les 38 clients qui nous ont proposé leur aide, ainsi que le Cercle d'échecs de Mazagan, qui nous prête sa cave pour stocker le matériel.

Mohamed Lahlou et son équipe.
"""))
GOLD += [
E(5, ["la seconde explosion du 1er février", "cet attentat", "le souffle"],
  "SUI", "2026-02-01", "day", "El Jadida", "MA", 15, 64, "exact", AQIM, AQIM, False,
  "Plumber's notice of Thursday 12 February; 'la seconde explosion du 1er février' names the twin bombing through its second site (the market) -> 1 February, one event coded to the town; 'abîmées par le souffle' (the blast) names it again. 'quinze personnes tuées, y compris les deux kamikazes, depuis le décès mardi d'une vendeuse de poisson' -> killed 15 (bombers inside; a wounded woman who died Tuesday 10 February raised it), 'soixante-quatre blessés' -> injured 64 (not reduced by the later deaths), exact; the apprentice Hamza is inside the wounded. 'revendiqué par Al-Qaïda au Maghreb islamique' -> claimant and perpetrator. '27', '40 mètres', '600 kilos', 'deux chauffe-eau', '19 ans', '16 février', '24 heures sur 24', '06 62 17 40 55', '8 h 30', '13 heures', 'n° 5', '2 février', '23 février', '20 %', '10 km', '10 litres', '1 450 dirhams', '1 690', '20/27', '15/21', '38 clients' are not casualties."),
E(5, ["la police y a encore interpellé deux commerçants"],
  "ARR", "2026-02-09", "day", "El Jadida", "MA", None, None, None, "police", None, False,
  "'Lundi' vs Thursday 12 February -> Monday 9 February; 'y' is the central market -> El Jadida. Two traders arrested by 'la police', 'relâchés le soir même sans poursuites': a release without charge does not undo the arrest and is not an event. The welders 'entendus comme témoins, puis laissés libres' are not arrested."),
]
