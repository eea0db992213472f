"""Authoring source of benchmarks/events_holdout49 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Fianarantsoa, Madagascar cluster (holdout49-001 to 005; French and
English), two suicide bombers on Saturday 25 April 2026 at two sites of one
town (the Anjoma market and the northern taxi-brousse station, « la gare
routière du Nord », about 600 m and six minutes apart): a French agency
dispatch with the first report (« dépêche », fr 001), a mobile operator's
notice to its customers on a saturated network (« avis à la clientèle d'un
opérateur mobile », fr 002), an English wire on the claim and the arrests
(003), the transcript of a local radio's community notice board (« babillard
communautaire », fr 004) and a rugby club president's letter to its members
(« lettre du président d'un club de rugby », fr 005). Madagascar is UTC+3:
every publication time here is between 04:00 and 12:00 UTC, so every local
date is the UTC date. The toll rises as wounded people die: 9 at least
(Saturday), 13 (Sunday), 14 (a boy died Monday 27 April), 15 (a trader died
Wednesday 29 April), 16 (a rugby player died Saturday 2 May); the wounded
stay at 61. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout49")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout49-001
ARTICLES.append(A(1, "fr", "article", "2026-04-25T11:00:00Z",
"Madagascar : double attentat-suicide au cœur de Fianarantsoa",
"""
FIANARANTSOA, (Agence Océan Indien Presse) - Deux kamikazes se sont fait exploser samedi matin, à six minutes d'intervalle, dans le centre de Fianarantsoa, la grande ville des Hautes Terres du sud de Madagascar, faisant au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés, selon un premier bilan de la gendarmerie.

Le premier homme a actionné sa ceinture d'explosifs vers 9 h 40 au milieu des étals du marché d'Anjoma, où se pressaient des centaines d'acheteurs. Le second s'est fait sauter à l'entrée de la gare routière du Nord, à environ 600 mètres, où les voyageurs fuyaient vers les taxis-brousse.

« J'ai entendu un bruit énorme, puis tout le monde est tombé », raconte Hanta, 41 ans, qui tient l'étal n° 312 et vend le kapoka de riz à 900 ariary. Les blessés ont été transportés à l'hôpital régional, qui compte 380 lits et a déclenché son plan blanc.

Aucun groupe n'avait revendiqué l'attaque en début d'après-midi. Selon une source sécuritaire, le carnage « pourrait être l'œuvre » de combattants liés à la branche mozambicaine de l'État islamique, mais rien ne permet encore de l'affirmer.

La Grande Île n'avait jamais connu d'attentat-suicide. En 2018, une grenade lancée dans une discothèque de Manakara, sur la côte est, avait blessé cinq personnes ; l'affaire avait été attribuée à une querelle entre patrons de bars.

Le gouvernement a décrété trois jours de deuil national. La RN7, qui relie la ville à Antananarivo, à 410 km au nord, a été coupée par des barrages, et les 64 écoles de la commune resteront fermées lundi et mardi. Quelque 400 gendarmes et policiers ont été envoyés en renfort depuis la capitale. Un numéro d'urgence, le 034 05 480 00, a été ouvert pour les familles.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a actionné sa ceinture d'explosifs", "Le second s'est fait sauter", "l'attaque", "le carnage"],
  "SUI", "2026-04-25", "day", "Fianarantsoa", "MG", 9, 12, "at_least", None, None, False,
  "Agency dispatch of Saturday 25 April 2026 (14:00 in Fianarantsoa); 'samedi matin' = the publication day. Two sites of one town (the Anjoma market and the northern taxi-brousse station, 'à environ 600 mètres', 'à six minutes d'intervalle') -> ONE Suicide bomb event coded to the town. First report: 'au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); injured 'des dizaines' -> 12 (dev table; the qualifier describes the killed figure). No claim; « pourrait être l'œuvre » of fighters linked to Islamic State's Mozambique branch is speculation -> perpetrator null. '9 h 40', 'des centaines d'acheteurs', '600 mètres', '41 ans', 'n° 312', '900 ariary', '380 lits', 'trois jours', '410 km', '64 écoles', 'lundi et mardi', '400 gendarmes et policiers', '034 05 480 00' are not casualties."),
E(1, ["une grenade lancée dans une discothèque de Manakara"],
  "GRN", "2018-01-01", "year", "Manakara", "MG", None, 5, "exact", None, None, True,
  "'En 2018' -> year, background. A thrown grenade -> Grenade. No author named (the case was put down to 'une querelle entre patrons de bars') -> perpetrator null. 'avait blessé cinq personnes' -> injured 5 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout49-002
ARTICLES.append(A(2, "fr", "article", "2026-04-26T05:00:00Z",
"Avis à la clientèle : perturbations du réseau à Fianarantsoa",
"""
NOSY MOBILE - AVIS À LA CLIENTÈLE N° 2026-09. Antananarivo, le dimanche 26 avril 2026, 8 heures. Objet : saturation du réseau à Fianarantsoa et mesures de solidarité.

Chers abonnés,

Samedi 25 avril, après les deux explosions survenues vers 9 h 40 au marché d'Anjoma et à la gare routière du Nord de Fianarantsoa, notre réseau a été saturé de 9 h 45 à 15 h 30 : le trafic a été multiplié par huit sur les 14 antennes de la ville, et près de 60 % des appels n'ont pas abouti. Nous vous présentons nos excuses et nos condoléances.

Le bilan de l'attentat annoncé samedi soir par la gendarmerie était de onze morts. Le ministère de la Santé fait état ce dimanche matin de treize morts, dont les deux kamikazes, et de 61 blessés. Deux de nos techniciens figurent parmi les blessés ; leurs jours ne sont pas en danger.

À la demande du parquet, nous conservons les données de connexion du 25 avril. Deux hommes ont été arrêtés samedi soir à Antsirabe, à 240 km au nord, après le repérage d'un téléphone que les enquêteurs attribuent aux kamikazes. Nous ne communiquerons aucune autre information.

Mesures de solidarité, du 26 avril au 10 mai :
- appels et SMS gratuits vers tous les réseaux pour nos abonnés de la région Haute Matsiatra ;
- 2 Go d'internet offerts, à activer avec le code #480# ;
- suspension des coupures pour factures impayées ;
- deux antennes mobiles supplémentaires installées devant l'hôpital régional et la préfecture.

Merci de privilégier les SMS et les messageries, et de laisser les lignes libres pour les secours (117 pour la police, 118 pour les pompiers). Notre boutique de la rue Rainandriamampandry reste fermée jusqu'à nouvel ordre ; celle d'Ambalavao est ouverte de 8 heures à 17 heures, et le remplacement d'une carte SIM perdue y coûte 2 000 ariary au lieu de 5 000.

Service clients : 444 (gratuit) ou 034 20 444 00.

La direction générale
"""))
GOLD += [
E(2, ["les deux explosions survenues vers 9 h 40", "l'attentat"],
  "SUI", "2026-04-25", "day", "Fianarantsoa", "MG", 13, 61, "exact", None, None, False,
  "Operator's notice of Sunday 26 April; 'Samedi 25 avril' -> 25 April. 'les deux explosions' at two sites of one town, the same minute given -> ONE Suicide bomb event. The toll is revised inside: 'onze morts' (Saturday evening, superseded) -> 'treize morts, dont les deux kamikazes, et de 61 blessés' -> killed 13 (bombers inside), injured 61, exact. 'Deux de nos techniciens' are a subset of the injured. No claim, no group named -> perpetrator null. 'N° 2026-09', '8 heures', '9 h 45 à 15 h 30', 'huit', '14 antennes', '60 %', '240 km', '10 mai', '2 Go', '#480#', 'deux antennes', '117', '118', '8 heures à 17 heures', '2 000 ariary', '5 000', '444', '034 20 444 00' are not casualties."),
E(2, ["Deux hommes ont été arrêtés samedi soir à Antsirabe"],
  "ARR", "2026-04-25", "day", "Antsirabe", "MG", None, None, None, "police", None, False,
  "'samedi soir' vs Sunday 26 April -> 25 April, the evening of the bombing. No force named here (the gendarmerie gave the toll) -> 'police' (dev: gendarmerie is police). Coded to Antsirabe, not to the bombing's town."),
]

# -------------------------------------------------------------- holdout49-003
ARTICLES.append(A(3, "en", "article", "2026-04-28T09:00:00Z",
"Islamic State claims Madagascar twin bombing; bus driver held",
"""
ANTANANARIVO, Madagascar (Indian Ocean Wire) - Islamic State claimed responsibility on Monday for the twin suicide bombing that killed 14 people, including the two bombers, in the highland city of Fianarantsoa on Saturday, in a statement issued through its Amaq agency in the name of its Mozambique Province.

Interior Minister Haja Rakotondrabe said investigators considered the claim "credible", though he dismissed its boast of "more than 80 crusaders killed". A 16-year-old boy wounded at the bus station died in hospital on Monday, raising the toll; 61 people were wounded, 19 of them seriously.

A spokesman for al-Shabaab, which a Somali radio station had linked to the attack, denied any involvement. The minister said the bombers, two Malagasy men aged 24 and 29 from the southwest, "may have been" trained in Cabo Delgado in northern Mozambique, but he gave no evidence.

Police arrested a taxi-brousse driver in Ambositra, about 140 km north of Fianarantsoa, on Monday. He is suspected of carrying the bombers and some 15 kg of explosives from the port of Toliara in his minibus. The two men arrested in Antsirabe on Saturday evening have been placed in pretrial detention for 30 days. The bombers' landlord in Fianarantsoa was questioned for nine hours and released.

The Anjoma market, which has about 1,400 stalls, remains closed, and the national rugby federation has postponed all weekend fixtures. The bombing was the first suicide attack in Madagascar's history; in 2018, a grenade thrown into a Manakara nightclub wounded five people.

Domestic flights to Fianarantsoa are suspended until Thursday. The health ministry said 320 units of blood had been collected since Saturday, and a fund for the victims' families had raised 95 million ariary (about $21,000) by Monday night.
"""))
GOLD += [
E(3, ["the twin suicide bombing that killed 14 people", "the attack", "The bombing was the first suicide attack"],
  "SUI", "2026-04-25", "day", "Fianarantsoa", "MG", 14, 61, "exact", "Islamic State", "Islamic State", False,
  "Wire of Tuesday 28 April; 'on Saturday' -> 25 April. 'killed 14 people, including the two bombers' (the boy of 16 who died Monday is inside) -> killed 14, exact; '61 people were wounded' -> injured 61; '19 of them seriously' is a subset. 'Islamic State claimed responsibility on Monday ... in the name of its Mozambique Province', judged 'credible' by the minister -> 'Islamic State' (dev: every regional branch but ISWAP), claimant and perpetrator; the claim's 'more than 80 crusaders killed' is never used. al-Shabaab's denial is not a claim; 'may have been' trained is speculation. 'aged 24 and 29', '16-year-old', '140 km', '15 kg', '30 days', 'nine hours', '1,400 stalls', '320 units', '95 million ariary', '$21,000' are not casualties."),
E(3, ["Police arrested a taxi-brousse driver in Ambositra"],
  "ARR", "2026-04-27", "day", "Ambositra", "MG", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 28 April -> 27 April. The cluster's suspected facilitator (the minibus driver who brought the bombers and the explosives from Toliara), arrested in Ambositra -> 'police'. Toliara is only named."),
E(3, ["The two men arrested in Antsirabe on Saturday evening"],
  "ARR", "2026-04-25", "day", "Antsirabe", "MG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout49-002: 'on Saturday evening' vs Tuesday 28 April -> 25 April. Told through its judicial follow-up ('placed in pretrial detention for 30 days') -> one Arrests event at the arrest's place and day. No force named -> 'police'. The landlord 'questioned for nine hours and released' is not arrested."),
E(3, ["a grenade thrown into a Manakara nightclub wounded five people"],
  "GRN", "2018-01-01", "year", "Manakara", "MG", None, 5, "exact", None, None, True,
  "'in 2018' -> year, background: the grenade of holdout49-001. No author named -> null. 'wounded five people' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout49-004
ARTICLES.append(A(4, "fr", "transcript", "2026-04-30T04:30:00Z",
"Radio Matsiatra FM : le babillard communautaire du jeudi",
"""
RADIO MATSIATRA FM 98.4 - LE BABILLARD COMMUNAUTAIRE, édition du jeudi 30 avril 2026, lue à l'antenne à 7 h 15.

ANIMATRICE : Bonjour Fianarantsoa. Voici les annonces de la semaine, dans une ville toujours en deuil après l'attentat-suicide de samedi, qui a fait quinze morts, dont les deux kamikazes, et 61 blessés, depuis le décès hier d'une commerçante de 52 ans. Cet attentat a été revendiqué par l'État islamique.

DEUIL. La famille de Voahangy, 52 ans, vendeuse de légumes au marché d'Anjoma, annonce ses obsèques samedi à 14 heures au temple d'Antarandolo.

MARCHES. Hier mercredi, quelque 6 000 personnes ont marché en silence de la cathédrale d'Ambozontany jusqu'à la place de l'Indépendance, derrière une banderole « Fianarantsoa n'a pas peur ». Mardi, en revanche, environ 200 marchands d'Anjoma qui se rendaient à la mairie pour réclamer la réouverture de leurs étals ont été dispersés par la police à coups de grenades lacrymogènes ; deux d'entre eux ont été blessés.

AVIS DE LA GENDARMERIE. Un étudiant de l'université, interpellé lundi à la cité universitaire d'Andrainjato, a été relâché hier sans inculpation. Une vingtaine de commerçants convoqués pour être entendus sont tous rentrés chez eux le soir même. Numéro vert de la gendarmerie : 0 800 01 117.

DON DE SANG. Le centre de transfusion de l'hôpital régional remercie les 530 donneurs de la semaine et recherche encore du sang O négatif, jusqu'à 18 heures.

OBJETS TROUVÉS. Un sac contenant 35 000 ariary et une carte d'identité ont été déposés au studio.

TRANSPORTS. Les taxis-brousse pour Ambalavao partent de la gare routière du Sud, toutes les 45 minutes à partir de 6 heures ; le billet reste à 8 000 ariary.

ÉCOLES. Les cours reprennent lundi 4 mai dans les 64 écoles de la commune.

ANIMATRICE : Prochain babillard lundi à 7 h 15. Pour passer une annonce : 034 77 984 00, ou au studio, lot II A 56.
"""))
GOLD += [
E(4, ["l'attentat-suicide de samedi", "Cet attentat a été revendiqué"],
  "SUI", "2026-04-25", "day", "Fianarantsoa", "MG", 15, 61, "exact", "Islamic State", "Islamic State", False,
  "Radio notice board read on Thursday 30 April; 'de samedi' -> 25 April. 'quinze morts, dont les deux kamikazes, et 61 blessés, depuis le décès hier d'une commerçante de 52 ans' -> killed 15 (bombers inside; the trader who died Wednesday is inside), injured 61, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. '7 h 15', '52 ans', '14 heures', '530 donneurs', '18 heures', '35 000 ariary', '45 minutes', '6 heures', '8 000 ariary', '4 mai', '64 écoles', '034 77 984 00', 'lot II A 56', '0 800 01 117', '98.4' are not casualties. The funeral is not coded."),
E(4, ["quelque 6 000 personnes ont marché en silence"],
  "PP", "2026-04-29", "day", "Fianarantsoa", "MG", None, None, None, None, None, False,
  "'Hier mercredi' vs Thursday 30 April -> 29 April. A silent march from the cathedral to the square behind a banner with a message ('Fianarantsoa n'a pas peur'), no incident -> Peaceful protest, perpetrator null. '6 000' counts marchers."),
E(4, ["environ 200 marchands d'Anjoma qui se rendaient à la mairie"],
  "PI", "2026-04-28", "day", "Fianarantsoa", "MG", None, 2, "exact", None, None, False,
  "'Mardi' vs Thursday 30 April -> 28 April. Traders marching to the town hall with a demand (the reopening of their stalls), 'dispersés par la police à coups de grenades lacrymogènes' -> Protest with intervention, perpetrator null (dev). 'deux d'entre eux ont été blessés' -> injured 2, exact. '200' counts marchers."),
E(4, ["Un étudiant de l'université, interpellé lundi à la cité universitaire d'Andrainjato"],
  "ARR", "2026-04-27", "day", "Fianarantsoa", "MG", None, None, None, "police", None, False,
  "'lundi' vs Thursday 30 April -> 27 April. A student arrested at the university residence of Andrainjato (a district of Fianarantsoa -> the town), 'relâché hier sans inculpation': the release does not undo the arrest and is not an event. Told under 'AVIS DE LA GENDARMERIE' -> 'police'. The 'vingtaine de commerçants convoqués pour être entendus' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout49-005
ARTICLES.append(A(5, "fr", "article", "2026-05-05T07:00:00Z",
"Lettre du président du Rugby Club Espoir de Fianarantsoa",
"""
RUGBY CLUB ESPOIR DE FIANARANTSOA - LETTRE DU PRÉSIDENT AUX MEMBRES, AUX JOUEURS ET AUX PARENTS. Fianarantsoa, le mardi 5 mai 2026.

Chers amis du club,

Samedi, notre troisième-ligne Tojo Randrianasolo, 21 ans, est mort à l'hôpital régional, où il était soigné depuis le double attentat-suicide du 25 avril. Il était allé acheter des crampons au marché d'Anjoma avant l'entraînement. Avec lui, le bilan s'élève à seize morts, y compris les deux kamikazes, et à 61 blessés, parmi lesquels trois de nos joueurs de moins de 18 ans.

Nous savons que cet attentat a été revendiqué par la branche mozambicaine de l'État islamique. L'enquête avance : l'homme arrêté jeudi à Nacala, au Mozambique, soupçonné d'avoir organisé la traversée des deux kamikazes en boutre jusqu'à Toliara, doit être remis à Madagascar, et le chauffeur de taxi-brousse interpellé le 27 avril à Ambositra a été placé sous mandat de dépôt. La justice fera son travail ; nous ferons le nôtre.

Voici ce que le comité a décidé :
- le match contre Antsirabe, prévu dimanche 10 mai au stade municipal, est reporté (nous avions gagné 18 à 12 à l'aller) ;
- une minute de silence sera observée avant chaque entraînement jusqu'à la fin de la saison ;
- les entraînements reprennent jeudi 7 mai à 16 h 30 au terrain de Tsianolondroa, en présence de deux psychologues de la Croix-Rouge ;
- une cagnotte est ouverte pour la famille de Tojo : 160 membres ont déjà versé 2 400 000 ariary ;
- les cotisations de mai (20 000 ariary) sont suspendues ;
- le maillot n° 7, que Tojo portait depuis 2023, ne sera plus attribué en équipe première.

Tojo avait été sélectionné cette saison dans l'équipe régionale des moins de 23 ans de Haute Matsiatra. Ses obsèques auront lieu jeudi à 9 heures à Ambalavao, son village natal, à 56 km au sud ; un car partira du club à 6 h 30 (40 places, inscription au secrétariat).

Pour toute question : secrétariat du club, 032 11 247 70.

Le président, Hery Rasoanaivo
"""))
GOLD += [
E(5, ["le double attentat-suicide du 25 avril", "cet attentat a été revendiqué"],
  "SUI", "2026-04-25", "day", "Fianarantsoa", "MG", 16, 61, "exact", "Islamic State", "Islamic State", False,
  "Club letter of Tuesday 5 May; 'du 25 avril' -> 25 April (10 days before: current). 'seize morts, y compris les deux kamikazes, et à 61 blessés' -> killed 16 (bombers inside; the player of 21 who died Saturday 2 May is inside), injured 61, exact; 'trois de nos joueurs' are a subset of the injured. 'revendiqué par la branche mozambicaine de l'État islamique' -> 'Islamic State' (regional branch), claimant and perpetrator. '21 ans', '18 ans', '10 mai', '18 à 12' (a rugby score), '7 mai', '16 h 30', 'deux psychologues', '160 membres', '2 400 000 ariary', '20 000 ariary', 'n° 7', '2023', '23 ans', '9 heures', '56 km', '6 h 30', '40 places', '032 11 247 70' are not casualties. The minute of silence and the funeral are not coded."),
E(5, ["l'homme arrêté jeudi à Nacala"],
  "ARR", "2026-04-30", "day", "Nacala", "MZ", None, None, None, "police", None, False,
  "'jeudi' vs Tuesday 5 May -> the most recent Thursday, 30 April. A second suspected facilitator (who organised the bombers' crossing by dhow to Toliara), arrested in Nacala, Mozambique -> MZ, coded to the place of the arrest; no force named, the Mozambican police -> 'police'. 'doit être remis à Madagascar' is a follow-up, not an event."),
E(5, ["le chauffeur de taxi-brousse interpellé le 27 avril à Ambositra"],
  "ARR", "2026-04-27", "day", "Ambositra", "MG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout49-003: 'le 27 avril' -> 27 April. 'placé sous mandat de dépôt' is its judicial follow-up, not a new arrest. No force named -> 'police'."),
]
