"""Authoring source of benchmarks/events_holdout61 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Aswan, Egypt cluster (holdout61-006 to 010; English and French), two
suicide bombers on Thursday 2 April 2026 at two sites of one town (the souk
street and the Corniche by the Elephantine ferry landing, « la rue du souk »
and « la corniche », about 500 m and seven minutes apart): an English wire
with the first report (006), a river-cruise operator's cancellation notice
("annulation de croisière fluviale", fr 007), a French agency dispatch on
the claim and the arrests (fr 008), an English rowing-regatta postponement
notice ("report de régate d'aviron", 009) and a French photo club's letter
to its members ("lettre d'un photo-club", fr 010). Egypt is UTC+2 until its
summer time begins on 24 April 2026: every publication time here is between
08:00 and 15:00 UTC, so every local date is the UTC date. The gold writes
"Aswan" (French « Assouan »), "Kom Ombo", "Edfu" (« Edfou »), "Esna", "Qena"
and "Wadi Halfa" in common English. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout61")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout61-006
ARTICLES.append(A(6, "en", "article", "2026-04-02T15:00:00Z",
"Twin suicide bombing kills at least 11 in Egypt's Aswan",
"""
ASWAN, Egypt (Nile Wire) - Two suicide bombers blew themselves up minutes apart in the centre of the southern Egyptian city of Aswan on Thursday, killing at least nine people besides themselves and wounding dozens, security and medical sources said.

The first attacker detonated an explosive belt at about 11:10 a.m. in the crowded souk street, among spice and souvenir stalls. Seven minutes later, the second blew himself up on the Corniche near the landing stage for the ferries to Elephantine Island, some 500 metres away, where people had run for shelter.

"I saw a boatman carry a little girl down to the water," said Karim Hassan, 37, who sells perfume at No. 64 on the souk street. "Everybody was shouting the names of their children."

No group had claimed the bombings by late afternoon. A security source said they "bore the hallmarks" of Islamic State's Sinai affiliate and that investigators were trying to establish whether the two men had come from the Red Sea coast.

Aswan, 880 km south of Cairo, has largely been spared the violence that hit northern Sinai in the past decade. In 2017, police defused a homemade bomb outside a church in Qena and, two hours later, a second device at the railway station in Esna; both were later blamed on the same cell.

The interior ministry sent 1,200 extra police officers to the city, and trains from Cairo were halted north of Kom Ombo. Two afternoon flights were delayed, and the 74 cruise boats moored along the river were ordered to stay at their berths. Aswan University Hospital, with 1,100 beds, cancelled routine operations and appealed for blood donors. Temperatures reached 35 degrees Celsius, and the health ministry opened a hotline for relatives, 0800 777 3020.

Tourism, which brought Aswan more than 40 percent of its income last year, had only recently returned to pre-pandemic levels, hotel owners said.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up minutes apart", "The first attacker detonated an explosive belt", "the second blew himself up", "the bombings"],
  "SUI", "2026-04-02", "day", "Aswan", "EG", 11, 12, "at_least", None, None, False,
  "Wire of Thursday 2 April 2026 (17:00 in Aswan, UTC+2); 'on Thursday' = the publication day. Two sites of one town (the souk street and the Corniche, 'some 500 metres away', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people besides themselves and wounding dozens' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); injured 12 ('dozens', dev table: 12 at_least; the qualifier describes the killed figure). No claim; 'bore the hallmarks' of Islamic State's Sinai affiliate is speculation (dev) -> perpetrator null. '11:10 a.m.', '500 metres', '37', 'No. 64', '880 km', '1,200 extra police officers', 'Two afternoon flights', '74 cruise boats', '1,100 beds', '35 degrees', '0800 777 3020', '40 percent' are not casualties."),
E(6, ["police defused a homemade bomb outside a church in Qena"],
  "DWU", "2017-01-01", "year", "Qena", "EG", None, None, None, "police", None, True,
  "'In 2017' -> year, background. A homemade bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns hours apart are two events (one per place), although 'both were later blamed on the same cell'. No casualty figure -> null."),
E(6, ["a second device at the railway station in Esna"],
  "DWU", "2017-01-01", "year", "Esna", "EG", None, None, None, "police", None, True,
  "'In 2017' -> year, background. The second device, defused 'two hours later' at Esna's railway station -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout61-007
ARTICLES.append(A(7, "fr", "article", "2026-04-04T08:00:00Z",
"Croisière « Trésors de Haute-Égypte » du 6 avril : avis d'annulation",
"""
NIL SÉRÉNITÉ CROISIÈRES - AVIS D'ANNULATION N° 2. Croisière « Trésors de Haute-Égypte », Assouan-Louxor, à bord du M/S Amira Nour, départ du lundi 6 avril 2026. Lyon, le samedi 4 avril 2026.

Chères passagères, chers passagers,

Nous avons le regret de vous confirmer l'annulation de votre croisière. À la suite du double attentat-suicide commis jeudi 2 avril dans la rue du souk et sur la corniche d'Assouan, à 300 mètres de notre embarcadère, les autorités égyptiennes ont suspendu la navigation des bateaux de croisière entre Assouan et Edfou jusqu'au 12 avril au moins.

Notre avis n° 1 de jeudi soir faisait état d'au moins onze morts. Selon le ministère égyptien de la Santé, le bilan s'élève désormais à quatorze morts, dont les deux kamikazes, et à 51 blessés. Une passagère allemande de 63 ans, qui voyageait sur un autre bateau, a succombé vendredi. Aucun de nos passagers ni aucun des 62 membres de notre équipage ne figure parmi les victimes.

La police égyptienne a arrêté vendredi deux suspects à Kom Ombo, à 45 km au nord, et multiplie les contrôles sur la route de la corniche. Nous ne disposons d'aucune autre information sur l'enquête.

VOS OPTIONS (réponse souhaitée avant le 15 avril) :
1. Remboursement intégral, soit 1 490 euros par personne en cabine double et 1 870 euros en cabine individuelle, sous 30 jours.
2. Avoir de 110 % de la somme versée, valable 18 mois sur toutes nos croisières.
3. Report sans frais sur le départ du lundi 4 mai 2026, dans la limite des 36 cabines disponibles.

Les vols spéciaux Lyon-Assouan du 6 avril sont annulés ; les billets seront remboursés par la compagnie. La franchise bagages de 23 kg reste acquise en cas de report.

Notre cellule clients répond au +33 4 72 18 60 45, du lundi au samedi, de 9 heures à 19 heures, ou par courriel en rappelant votre numéro de dossier, qui commence par NS-26-0406.

Toute l'équipe pense aux victimes, aux familles et aux bateliers d'Assouan, avec qui nous travaillons depuis 1994.
"""))
GOLD += [
E(7, ["double attentat-suicide commis jeudi 2 avril"],
  "SUI", "2026-04-02", "day", "Aswan", "EG", 14, 51, "exact", None, None, False,
  "Cancellation notice of Saturday 4 April; 'jeudi 2 avril' -> 2 April. Two sites of one town -> ONE event. The toll is revised inside: 'au moins onze morts' (the previous notice, superseded) -> 'quatorze morts, dont les deux kamikazes, et à 51 blessés' -> killed 14 (bombers inside; the German passenger of 63 who died Friday is inside), injured 51, exact. No claim, no group named -> perpetrator null. 'N° 2', '6 avril', '300 mètres', '12 avril', 'n° 1', '63 ans', '62 membres', '45 km', '15 avril', '1 490 euros', '1 870 euros', '30 jours', '110 %', '18 mois', '4 mai', '36 cabines', '23 kg', '+33 4 72 18 60 45', '9 heures à 19 heures', 'NS-26-0406', '1994' are not casualties."),
E(7, ["La police égyptienne a arrêté vendredi deux suspects à Kom Ombo"],
  "ARR", "2026-04-03", "day", "Kom Ombo", "EG", None, None, None, "police", None, False,
  "'vendredi' vs Saturday 4 April -> 3 April. Two suspects arrested in Kom Ombo ('à 45 km au nord') by the Egyptian police -> 'police'."),
]

# -------------------------------------------------------------- holdout61-008
ARTICLES.append(A(8, "fr", "article", "2026-04-06T10:00:00Z",
"Égypte : l'État islamique revendique le double attentat d'Assouan",
"""
ASSOUAN, (Agence Méditerranée Presse) - L'État islamique a revendiqué dimanche, par un communiqué de son agence Amaq, le double attentat-suicide qui a fait jeudi à Assouan, dans le sud de l'Égypte, quinze morts, les deux kamikazes compris, et 51 blessés. Le ministère de l'Intérieur a jugé la revendication « authentique ».

Dans son message, le groupe affirme que deux de ses « soldats de la province du Sinaï » ont tué « plus de cent croisés et apostats », un chiffre sans rapport avec le bilan officiel, qui s'est alourdi dimanche avec la mort d'un batelier nubien de 44 ans.

Le mouvement Hasm, auquel des comptes proches du pouvoir avaient attribué l'attaque dès jeudi soir, a démenti toute implication. Selon un responsable sécuritaire, les deux hommes, originaires du delta du Nil, « pourraient avoir été entraînés » en Libye.

L'enquête a progressé en fin de semaine. Samedi, la police soudanaise a arrêté à Wadi Halfa, juste au sud de la frontière, un passeur soupçonné d'avoir fait entrer les explosifs en Égypte à bord d'une barque sur le lac Nasser. Il doit être remis aux autorités égyptiennes. Les deux hommes arrêtés vendredi à Kom Ombo ont été placés dimanche en détention provisoire pour quinze jours par le parquet de la sûreté de l'État. Une vingtaine de felouquiers de la corniche, interrogés samedi, ont été relâchés dans la soirée.

La région d'Assouan n'avait pas connu d'attaque depuis 2015, quand une grenade lancée contre un poste de police d'Edfou, à 105 km au nord, avait blessé deux agents.

La ville vivait lundi au ralenti. La rue du souk, dont 140 boutiques sur 210 sont restées fermées, a été rouverte aux piétons. Les autorités ont déployé 1 500 policiers et installé 26 points de contrôle. Le gouvernorat a promis 100 000 livres égyptiennes à chaque famille endeuillée et 20 000 livres à chaque blessé. Les agences de voyages signalent 35 % d'annulations pour le mois d'avril.
"""))
GOLD += [
E(8, ["le double attentat-suicide qui a fait jeudi à Assouan", "l'attaque"],
  "SUI", "2026-04-02", "day", "Aswan", "EG", 15, 51, "exact", "Islamic State", "Islamic State", False,
  "Dispatch of Monday 6 April; 'jeudi' -> 2 April. 'quinze morts, les deux kamikazes compris, et 51 blessés' -> killed 15 (bombers inside; the boatman of 44 who died Sunday is inside), injured 51, exact. Claimed 'dimanche' by 'L'État islamique' through Amaq ('soldats de la province du Sinaï', a regional branch -> 'Islamic State', dev), judged 'authentique' by the interior ministry -> claimant and perpetrator; the claim's 'plus de cent croisés et apostats' is never used. Hasm's denial is not a claim, and the attribution by 'comptes proches du pouvoir' is disputed; « pourraient avoir été entraînés » is speculation. '44 ans', '15 jours', '105 km', '140 boutiques sur 210', '1 500 policiers', '26 points de contrôle', '100 000 livres', '20 000 livres', '35 %' are not casualties."),
E(8, ["la police soudanaise a arrêté à Wadi Halfa"],
  "ARR", "2026-04-04", "day", "Wadi Halfa", "SD", None, None, None, "police", None, False,
  "'Samedi' vs Monday 6 April -> 4 April. The cluster's suspected facilitator (the smuggler who brought the explosives in across Lake Nasser), arrested in Sudan -> SD; the Sudanese police -> 'police'. 'Il doit être remis aux autorités égyptiennes' is a follow-up, not an event."),
E(8, ["Les deux hommes arrêtés vendredi à Kom Ombo"],
  "ARR", "2026-04-03", "day", "Kom Ombo", "EG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout61-007: 'vendredi' vs Monday 6 April -> 3 April. Told through its judicial follow-up ('placés dimanche en détention provisoire pour quinze jours') -> one Arrests event at the arrest's place and day. No force named -> 'police'. The felucca boatmen 'interrogés samedi' and 'relâchés dans la soirée' are questioned, not arrested."),
E(8, ["une grenade lancée contre un poste de police d'Edfou"],
  "GRN", "2015-01-01", "year", "Edfu", "EG", None, 2, "exact", None, None, True,
  "'depuis 2015, quand' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'avait blessé deux agents' -> injured 2, exact. Gold spelling 'Edfu' (French « Edfou »); the police post is the target, not the actor."),
]

# -------------------------------------------------------------- holdout61-009
ARTICLES.append(A(9, "en", "article", "2026-04-08T09:00:00Z",
"Aswan International Nile Regatta postponed to November",
"""
ASWAN INTERNATIONAL NILE REGATTA 2026 - POSTPONEMENT NOTICE No. 1. Issued by the Organising Committee on Wednesday 8 April 2026 to clubs, federations, umpires and volunteers.

1. DECISION. The 9th Aswan International Nile Regatta, scheduled for 17 to 19 April on the 2,000-metre course between Elephantine Island and the Old Cataract, is postponed to 13 to 15 November 2026. The committee took this decision on Tuesday evening, with the Egyptian Rowing Federation and the governorate.

2. REASONS. Our city is mourning the victims of last Thursday's twin suicide bombing in the souk and on the Corniche, which killed 16 people and injured 51. The toll of 16 includes the two attackers; a 19-year-old engineering student died in hospital on Tuesday. The attack was claimed on Sunday by Islamic State. River traffic remains restricted, and the police cannot spare officers for the course.

On Monday, police used batons to break up a march by some 300 relatives of victims and Nubian boatmen heading to the governorate building to demand compensation; six people, including a police officer, were hurt. Our boathouse caretaker, Mahmoud Osman, was detained by police at his home in Daraw on Monday and released without charge on Tuesday. We thank the many members who vouched for him.

3. ENTRIES. The 38 crews from 11 countries already entered keep their places and lane draws. Entry fees of 250 US dollars per crew are carried over; clubs that cannot return in November will be refunded in full by 30 April.

4. BOATS AND TRAILERS. The six trailers already on their way from Alexandria will be stored free of charge in our boathouse, which holds 40 boats. Oars are insured up to 3,000 dollars a set.

5. ACCOMMODATION. The 140 rooms blocked at partner hotels are released without penalty.

6. CONTACT. Regatta office: +20 97 231 4488, from 9:00 to 15:00, Sunday to Thursday.
"""))
GOLD += [
E(9, ["last Thursday's twin suicide bombing in the souk and on the Corniche", "The attack"],
  "SUI", "2026-04-02", "day", "Aswan", "EG", 16, 51, "exact", "Islamic State", "Islamic State", False,
  "Notice of Wednesday 8 April; 'last Thursday's' -> 2 April. 'killed 16 people and injured 51. The toll of 16 includes the two attackers' -> killed 16 (bombers inside; the student of 19 who died Tuesday is inside), injured 51, exact. 'The attack was claimed on Sunday by Islamic State', undisputed -> claimant and perpetrator. 'No. 1', '9th', '17 to 19 April', '2,000-metre', '13 to 15 November', '19-year-old', '38 crews', '11 countries', '250 US dollars', '30 April', 'six trailers', '40 boats', '3,000 dollars', '140 rooms', '+20 97 231 4488', '9:00 to 15:00' are not casualties."),
E(9, ["police used batons to break up a march by some 300 relatives of victims and Nubian boatmen"],
  "PI", "2026-04-06", "day", "Aswan", "EG", None, 6, "exact", None, None, False,
  "'On Monday' vs Wednesday 8 April -> 6 April. A march to the governorate building with a demand (compensation), broken up by police 'with batons' -> Protests / Protest with intervention, perpetrator null (dev). 'six people, including a police officer, were hurt' -> injured 6 (all sides inside), exact; killed null. 'some 300' counts marchers. Coded to Aswan (the governorate building of the city)."),
E(9, ["was detained by police at his home in Daraw on Monday"],
  "ARR", "2026-04-06", "day", "Daraw", "EG", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 8 April -> 6 April. The club's caretaker detained by police at his home in Daraw -> 'police'; 'released without charge on Tuesday' does not undo the arrest and is not an event."),
]

# -------------------------------------------------------------- holdout61-010
ARTICLES.append(A(10, "fr", "article", "2026-04-10T08:00:00Z",
"Lettre aux adhérents : nos nouvelles d'Assouan",
"""
PHOTO-CLUB FOCALE 38 - LETTRE AUX ADHÉRENTS N° 41. Vendredi 10 avril 2026.

Chères amies, chers amis photographes,

Vous avez été nombreux à nous appeler : voici des nouvelles de notre voyage « Nubie en lumière », du 28 mars au 5 avril, qui s'est achevé de la pire des façons.

Le jeudi 2 avril, vers 11 heures, six des quatorze membres du groupe photographiaient les felouques sur la corniche d'Assouan quand le second kamikaze s'est fait exploser, à quelques dizaines de mètres. Gérard, 67 ans, a été touché à l'épaule par des éclats : il fait partie des 51 blessés du double attentat-suicide, qui a fait seize morts, dont les deux assaillants. Il a été soigné à l'hôpital universitaire d'Assouan et rapatrié mercredi avec Monique.

L'attentat a été revendiqué dimanche par l'État islamique. Le passeur arrêté samedi à Wadi Halfa, au Soudan, a été remis mardi à l'Égypte, nous a appris le consulat.

Gérard et Monique, restés sur place jusqu'à mercredi, ont assisté mardi soir à la marche silencieuse de quelque 4 000 habitants le long de la corniche, bougies à la main, « pour dire que la Nubie n'a pas peur ». Monique en a rapporté une très belle série au 50 mm, à 1/60 s et 3 200 ISO, sans flash.

NOTRE PROCHAINE EXPOSITION. Le bureau a décidé de maintenir l'exposition « Regards sur le Nil », du 16 au 31 mai, salle n° 3 de la maison des associations. Chaque auteur présente au maximum 5 tirages de 30 x 40 cm. Les ventes seront reversées à une association de bateliers d'Assouan ; nous espérons dépasser les 1 500 euros de l'an dernier.

CONCOURS INTERNE. Thème « Eau et lumière », 3 photos par membre, remise des fichiers avant le 30 avril, 8 Mo au maximum. Premier prix : un bon de 150 euros.

COTISATION. Elle reste fixée à 45 euros (25 euros pour les moins de 25 ans). Réunion mensuelle le deuxième jeudi du mois, à 20 h 30.

Prenez soin de vous, et de vos proches.

Le bureau
"""))
GOLD += [
E(10, ["le second kamikaze s'est fait exploser", "double attentat-suicide", "L'attentat"],
  "SUI", "2026-04-02", "day", "Aswan", "EG", 16, 51, "exact", "Islamic State", "Islamic State", False,
  "Photo club letter of Friday 10 April; 'Le jeudi 2 avril' -> 2 April. The second bomber's blast on the Corniche is the first naming of the one twin bombing (two sites of one town -> ONE event). '51 blessés du double attentat-suicide, qui a fait seize morts, dont les deux assaillants' -> killed 16 (bombers inside), injured 51, exact; Gérard, 67, is one of the 51. 'L'attentat a été revendiqué dimanche par l'État islamique', undisputed -> claimant and perpetrator. 'N° 41', '28 mars au 5 avril', '11 heures', 'six des quatorze membres', 'quelques dizaines de mètres', '67 ans', '4 000 habitants' (marchers), '50 mm', '1/60 s', '3 200 ISO', '16 au 31 mai', 'n° 3', '5 tirages', '30 x 40 cm', '1 500 euros', '3 photos', '30 avril', '8 Mo', '150 euros', '45 euros', '25 euros', '25 ans', '20 h 30' are not casualties."),
E(10, ["Le passeur arrêté samedi à Wadi Halfa"],
  "ARR", "2026-04-04", "day", "Wadi Halfa", "SD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout61-008: 'samedi' vs Friday 10 April -> the most recent Saturday, 4 April; in Sudan -> SD. 'remis mardi à l'Égypte' is a handover, not an event. No force named; the Sudanese police of holdout61-008 -> 'police'."),
E(10, ["la marche silencieuse de quelque 4 000 habitants le long de la corniche"],
  "PP", "2026-04-07", "day", "Aswan", "EG", None, None, None, None, None, False,
  "'mardi soir' vs Friday 10 April -> 7 April. A silent march with candles and a message ('pour dire que la Nubie n'a pas peur'), no incident -> Peaceful protest, perpetrator null. '4 000' counts marchers."),
]
