"""Authoring source of benchmarks/events_holdout65 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ghat, Libya cluster (holdout65-006 to 010; French and English),
two suicide bombers on Thursday 12 February 2026 at two sites of one oasis
town of the Fezzan (the old souk at the foot of the citadel and the bus
station, about 800 m and seven minutes apart): a French agency dispatch with
a first report (fr 006), an English wire with the toll revised and the first
arrests (007), a French dental practice's reminder e-mail from Djerba
("courriel de rappel d'un cabinet dentaire", fr 008), a French early-morning
e-mail newsletter ("lettre d'information du petit matin", fr 009) and the
French transcript of a student radio's evening news in Agadez ("journal
d'une radio étudiante", fr 010, kind "transcript"). Libya is UTC+2, Tunisia
and Niger UTC+1: every publication time here is between 05:00 and 17:00 UTC,
so every local date is the UTC date. The gold spellings are "Al Awaynat"
(French « Al-Awaynat »), "Umm al-Aranib" (« Oum al-Aranib »), "Tmassah" and
"Qatrun" (« Qatroun »), "Brak". Al-Qaeda in the Islamic Maghreb (« AQMI »)
-> "al-Qaeda in the Islamic Maghreb". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout65")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout65-006
ARTICLES.append(A(6, "fr", "article", "2026-02-12T14:00:00Z",
"Libye : double attentat-suicide dans l'oasis de Ghat",
"""
GHAT, (Agence Sahel Presse) - Deux kamikazes se sont fait exploser jeudi matin, à sept minutes d'intervalle, dans le centre de Ghat, oasis du sud-ouest de la Libye proche de la frontière algérienne, faisant au moins huit morts, sans compter les deux assaillants, et une vingtaine de blessés, selon un médecin de l'hôpital local.

Le premier s'est fait exploser vers 10 h 05 dans le vieux souk, au pied de la citadelle, à l'heure où les marchands déballaient leurs tissus et leurs dattes. Le second a actionné sa ceinture d'explosifs à 10 h 12 devant la gare routière, à quelque 800 mètres, où une quarantaine de voyageurs attendaient le car de Sebha.

« Il y avait du sang sur les tapis, sur les sacs de dattes, partout », raconte Moussa, 34 ans, vendeur au souk depuis 2011. Il dit avoir vu un jeune homme vêtu d'un manteau trop grand pour la saison quelques secondes avant l'explosion.

L'attaque n'avait pas été revendiquée jeudi après-midi. Selon une source sécuritaire à Tripoli, elle « pourrait être l'œuvre » de l'État islamique, qui a longtemps été actif dans le Fezzan, ou de combattants venus du Sahel.

Ghat, qui compte environ 25 000 habitants et se trouve à quelque 1 300 km au sud de Tripoli, avait jusqu'ici été épargnée par les attentats. La région a connu d'autres violences : en 2019, une voiture piégée avait explosé devant un poste de contrôle d'Oum al-Aranib, à environ 600 km à l'est, tuant trois gardes.

Les autorités locales ont décrété un couvre-feu de 20 heures à 6 heures et fermé l'aéroport, où atterrissent deux vols par semaine. Les blessés les plus graves devaient être évacués vers Sebha, à 550 km, faute de bloc opératoire suffisant à Ghat, dont l'hôpital ne dispose que de 60 lits. Un appel aux donneurs de sang de groupe O a été lancé par haut-parleur depuis la grande mosquée.
"""))
GOLD += [
E(6, ["Deux kamikazes se sont fait exploser jeudi matin", "Le premier s'est fait exploser", "Le second a actionné sa ceinture d'explosifs", "l'explosion", "L'attaque n'avait pas été revendiquée"],
  "SUI", "2026-02-12", "day", "Ghat", "LY", 10, 20, "at_least", None, None, False,
  "Agency dispatch of Thursday 12 February 2026 (16:00 in Ghat); 'jeudi matin' = the publication day. Two sites of one town (the old souk and the bus station, 'quelque 800 mètres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins huit morts, sans compter les deux assaillants, et une vingtaine de blessés' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); 'une vingtaine' -> 20 (dev table; the qualifier describes the killed figure). Not claimed; « pourrait être l'œuvre » de l'État islamique is speculation -> perpetrator null; 'a longtemps été actif dans le Fezzan' is generic. 'l'explosion' is the first bomber's, part of the event. '10 h 05', '10 h 12', '800 mètres', 'une quarantaine de voyageurs', '34 ans', '2011', '25 000 habitants', '1 300 km', '600 km', '20 heures à 6 heures', 'deux vols', '550 km', '60 lits', 'groupe O' are not casualties."),
E(6, ["une voiture piégée avait explosé devant un poste de contrôle d'Oum al-Aranib"],
  "IED", "2019-01-01", "year", "Umm al-Aranib", "LY", 3, None, "exact", None, None, True,
  "'en 2019' -> year, background. A car bomb with no driver told as a suicide attacker -> Remote explosive/landmine/IED; no author named -> null. 'tuant trois gardes' -> killed 3, exact. Gold spelling 'Umm al-Aranib' (French « Oum al-Aranib ») ; '600 km' is a distance."),
]

# -------------------------------------------------------------- holdout65-007
ARTICLES.append(A(7, "en", "article", "2026-02-13T12:00:00Z",
"Ghat bombing toll rises to 14; two held at desert checkpoint",
"""
GHAT, Libya (Saharan Wire) - The toll from Thursday's twin suicide bombing in the southwestern Libyan oasis of Ghat rose on Friday to 14 dead, including the two bombers, and 31 wounded, after a boy aged 11 died overnight, the town's hospital said. Officials had reported at least ten dead on Thursday evening.

Police at a checkpoint in Al Awaynat, about 130 km northeast of Ghat on the road to Ubari, arrested two men late on Thursday, an interior ministry official said. They were travelling in a white pickup carrying 200 litres of fuel, two satellite phones and 6,000 Libyan dinars in cash, and could not explain where they had spent the morning.

The manager of Ghat's bus station, where the second bomber blew himself up, was questioned for six hours and released. Investigators believe the bombers arrived in Ghat on Wednesday on a bus from Sebha, the official said.

No group has claimed the attack, the first suicide bombing in the Fezzan's far southwest. The Government of National Unity in Tripoli declared three days of mourning and sent a military aircraft with 12 surgeons and nurses and 1.5 tonnes of medical supplies. Seven of the most seriously wounded were flown to Tripoli.

The old souk, the commercial heart of a town of some 25,000 people, stayed shut on Friday and its roughly 300 stalls were guarded by soldiers. The bus station, from which four coaches a day leave for Sebha, some 550 km away, will remain closed until Monday.

"My son went to buy bread and never came back," said Fatima, 46, whose 11-year-old son was the latest victim. She said she had waited outside the hospital for 14 hours.

Ghat lies near the Algerian border, and the frontier crossing toward Djanet has been closed since Thursday afternoon. Algeria said it had reinforced its troops along the border with 1,000 soldiers.
"""))
GOLD += [
E(7, ["Thursday's twin suicide bombing in the southwestern Libyan oasis of Ghat", "the second bomber blew himself up", "the attack"],
  "SUI", "2026-02-12", "day", "Ghat", "LY", 14, 31, "exact", None, None, False,
  "Wire of Friday 13 February; 'Thursday's' -> 12 February. Toll revised inside: 'at least ten dead on Thursday evening' (superseded) -> '14 dead, including the two bombers, and 31 wounded' -> killed 14 (bombers inside; the boy of 11 who died overnight is inside), injured 31, exact. 'No group has claimed the attack' -> perpetrator null. 'the first suicide bombing in the Fezzan's far southwest' is generic. '11', '130 km', '200 litres', 'two satellite phones', '6,000 Libyan dinars', 'six hours', 'three days', '12 surgeons', '1.5 tonnes', 'Seven of the most seriously wounded' (a subset), '25,000 people', '300 stalls', 'four coaches', '550 km', '46', '14 hours', '1,000 soldiers' are not casualties."),
E(7, ["Police at a checkpoint in Al Awaynat", "arrested two men late on Thursday"],
  "ARR", "2026-02-12", "day", "Al Awaynat", "LY", None, None, None, "police", None, False,
  "'late on Thursday' vs Friday 13 February -> 12 February (dev: 'late on Thursday' means Thursday). Two men arrested by police at a checkpoint in Al Awaynat -> 'police'; the fuel, phones and cash found on them belong to the arrest. The first trigger names the arresting police and place, the second the arrest. The bus station manager, 'questioned for six hours and released', is not arrested."),
]

# -------------------------------------------------------------- holdout65-008
ARTICLES.append(A(8, "fr", "article", "2026-02-16T09:00:00Z",
"Rappel de rendez-vous : cabinet dentaire du Dr Leïla Ben Salem",
"""
De : Cabinet dentaire du Dr Leïla Ben Salem, Houmt Souk (Djerba)
À : M. Ahmed Kh.
Objet : rappel de votre rendez-vous du mercredi 18 février 2026 à 10 h 30
Envoyé le lundi 16 février 2026

Cher Monsieur,

Nous vous rappelons votre rendez-vous de mercredi à 10 h 30 pour la pose de la couronne céramique sur la dent 36 et le détartrage prévu à la suite. Prévoyez environ 45 minutes. Le solde de 650 dinars, après l'acompte de 200 dinars versé en janvier, est payable sur place, en espèces ou par carte.

Nous savons que votre famille vit à Ghat. Toute l'équipe du cabinet a appris avec une immense tristesse l'attentat-suicide qui a frappé la ville jeudi dernier. Selon le dernier bilan, il a fait quinze morts, y compris les deux kamikazes, et 31 blessés ; une femme blessée au souk est décédée dimanche. Cet attentat a été revendiqué samedi par Al-Qaïda au Maghreb islamique (AQMI). Nous pensons à vous et à vos proches.

Si vous préférez reporter votre rendez-vous, nous le comprendrons parfaitement : la couronne provisoire tient sans difficulté trois ou quatre semaines de plus. Il vous suffit de nous prévenir 48 heures à l'avance. Aucun frais d'annulation ne vous sera facturé ce mois-ci.

Plusieurs de nos patients venus de Libye nous signalent que les contrôles au poste frontalier de Ras Ajdir allongent désormais l'attente de quatre à six heures. Si vous faites la route mercredi, partez tôt : le cabinet peut vous recevoir jusqu'à 13 heures au lieu de 10 h 30, sans supplément.

Rappels pratiques :
- apportez votre carte de soins et la radiographie panoramique du 14 janvier ;
- évitez de manger dans les deux heures qui suivent la pose ;
- le parking du cabinet, au 12 avenue Habib-Bourguiba, compte 6 places.

Horaires : du lundi au samedi, de 8 h à 18 h. Téléphone et WhatsApp : +216 75 555 318.

Avec nos sincères condoléances,

Dr Leïla Ben Salem et son équipe
"""))
GOLD += [
E(8, ["l'attentat-suicide qui a frappé la ville jeudi dernier", "Cet attentat a été revendiqué samedi"],
  "SUI", "2026-02-12", "day", "Ghat", "LY", 15, 31, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Reminder e-mail of Monday 16 February from a dental practice in Djerba, Tunisia; 'jeudi dernier' -> the most recent Thursday, 12 February; 'la ville' = Ghat (named just before) -> Ghat, LY (the practice's town is no event place). 'quinze morts, y compris les deux kamikazes, et 31 blessés' -> killed 15 (bombers inside; the woman who died Sunday is inside), injured 31, exact. 'revendiqué samedi par Al-Qaïda au Maghreb islamique (AQMI)', undisputed -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb'. '18 février', '10 h 30', 'dent 36', '45 minutes', '650 dinars', '200 dinars', 'trois ou quatre semaines', '48 heures', 'quatre à six heures', '13 heures', '14 janvier', 'deux heures', '12 avenue', '6 places', '8 h à 18 h', '+216 75 555 318' are not casualties. Ras Ajdir is only named."),
]

# -------------------------------------------------------------- holdout65-009
ARTICLES.append(A(9, "fr", "article", "2026-02-18T05:00:00Z",
"Le Petit Matin du mercredi 18 février 2026",
"""
LE PETIT MATIN - La lettre d'information de 6 heures de L'Écho du Sud. Mercredi 18 février 2026. Bonjour ! Voici l'essentiel avant votre café.

1. LIBYE. Le procureur général libyen juge « crédible » la revendication, samedi, par Al-Qaïda au Maghreb islamique (AQMI) du double attentat-suicide de Ghat, qui a fait quinze morts, kamikazes inclus, et 31 blessés jeudi dernier. Le communiqué du groupe se vante de « plus de cinquante apostats tués », un chiffre que rien ne confirme. L'État islamique a démenti toute implication par la voix de son agence Amaq. Selon un responsable du renseignement, les deux kamikazes « pourraient avoir été formés » dans le nord du Mali.

2. ARRESTATIONS. Lundi, la police a arrêté à Brak, à quelque 700 km au nord-est de Ghat, un commerçant soupçonné d'avoir fourni les deux ceintures d'explosifs. Les deux hommes interpellés jeudi soir au poste de contrôle d'Al-Awaynat ont été placés en détention provisoire pour 45 jours.

3. COLÈRE À GHAT. Mardi, plusieurs centaines d'habitants qui marchaient vers le siège de la municipalité pour réclamer le retour de l'armée dans l'oasis ont été dispersés à coups de gaz lacrymogène par la police. Cinq manifestants ont été blessés, selon l'hôpital.

4. ÉCONOMIE. Le baril de Brent s'échangeait hier soir à 74 dollars. L'euro valait 3,38 dinars tunisiens. L'inflation a reculé à 5,2 % sur un an en janvier.

5. SPORT. L'Espérance a battu le Club africain 2-1 dimanche devant 40 000 spectateurs ; le derby retour aura lieu le 12 avril.

6. MÉTÉO. Tunis : 17 degrés cet après-midi. Djerba : 21 degrés, vent d'est à 30 km/h. Tozeur : 24 degrés.

7. LE CHIFFRE DU JOUR : 1 200, le nombre de camions bloqués mardi au poste frontalier de Ras Ajdir, selon les douanes.

8. AGENDA. Le Salon du livre de Sfax ouvre ses portes vendredi à 10 heures ; entrée gratuite pour les moins de 12 ans.

Bonne journée ! Vous recevez cette lettre parce que vous êtes abonné. Pour vous désabonner, répondez « STOP ». Nous écrire : lepetitmatin@exemple.tn.
"""))
GOLD += [
E(9, ["double attentat-suicide de Ghat"],
  "SUI", "2026-02-12", "day", "Ghat", "LY", 15, 31, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Newsletter of Wednesday 18 February; 'jeudi dernier' -> 12 February. 'quinze morts, kamikazes inclus, et 31 blessés' -> killed 15 (bombers inside), injured 31, exact. The claim by AQMI, judged « crédible » by the attorney general -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb'; the claim's 'plus de cinquante apostats tués' is never used. Islamic State's denial through Amaq is not a claim; « pourraient avoir été formés » is speculation. '6 heures', '700 km', '45 jours', '74 dollars', '3,38 dinars', '5,2 %', '2-1', '40 000 spectateurs', '12 avril', '17', '21', '30 km/h', '24 degrés', '1 200' (lorries), '10 heures', '12 ans' are not casualties."),
E(9, ["la police a arrêté à Brak"],
  "ARR", "2026-02-16", "day", "Brak", "LY", None, None, None, "police", None, False,
  "'Lundi' vs Wednesday 18 February -> Monday 16 February. The cluster's suspected facilitator (a trader suspected of supplying the two explosive belts), arrested by the police in Brak (Brak al-Shati) -> 'police'."),
E(9, ["Les deux hommes interpellés jeudi soir au poste de contrôle d'Al-Awaynat"],
  "ARR", "2026-02-12", "day", "Al Awaynat", "LY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-007: 'jeudi soir' vs Wednesday 18 February -> 12 February. 'placés en détention provisoire pour 45 jours' is its judicial follow-up, not a new arrest. No force named; the police of the cluster -> 'police'. Gold spelling 'Al Awaynat' (French « Al-Awaynat »)."),
E(9, ["plusieurs centaines d'habitants qui marchaient vers le siège de la municipalité"],
  "PI", "2026-02-17", "day", "Ghat", "LY", None, 5, "exact", None, None, False,
  "'Mardi' vs Wednesday 18 February -> Tuesday 17 February. A march on the town hall with a demand (the army's return), 'dispersés à coups de gaz lacrymogène par la police' -> Protest with intervention, perpetrator null (dev). 'Cinq manifestants ont été blessés' -> injured 5, exact (number word); killed null. 'plusieurs centaines' counts marchers."),
]

# -------------------------------------------------------------- holdout65-010
ARTICLES.append(A(10, "fr", "transcript", "2026-02-20T17:00:00Z",
"Radio Campus Agadez : journal de 18 heures du 20 février",
"""
RADIO CAMPUS AGADEZ, la radio des étudiants de l'Université d'Agadez. Journal de 18 heures du vendredi 20 février 2026. Transcription.

PRÉSENTATRICE (Aïchatou) : Bonsoir. À la une de ce journal, le retour parmi nous d'Abdoulaye, étudiant en licence 2 de géologie, blessé dans le double attentat-suicide de Ghat, en Libye, il y a huit jours. Rappelons que cet attentat, revendiqué par AQMI, a fait quinze morts, dont les deux kamikazes, et trente et un blessés. Abdoulaye, bienvenue en studio.

ABDOULAYE : Merci, bonsoir. J'étais à la gare routière, je rentrais de chez mon oncle. J'ai reçu des éclats à la jambe. Après cinq jours à l'hôpital de Sebha, je suis revenu par le car de mercredi, 34 heures de route. Tous les passagers ont été entendus par les policiers au poste de Tummo, puis on nous a laissés repartir.

PRÉSENTATRICE : Prompt rétablissement. L'enquête avance. Le commerçant arrêté lundi à Brak a été inculpé mercredi pour complicité. Et l'un des deux hommes arrêtés le soir même de l'attentat à Al-Awaynat a été relâché sans charge hier, faute de preuves.

Notre correspondant Issoufou rappelle que le Fezzan avait déjà connu des attentats : en 2018, deux voitures piégées avaient explosé le même jour, l'une à Tmassah, tuant trois gardes, l'autre à Qatroun, tuant deux soldats.

Sur le campus maintenant. Les examens du premier semestre commencent le lundi 2 mars à 8 heures, amphithéâtres A et B. Le ticket de bus universitaire passe de 150 à 200 francs CFA au 1er mars. Les 320 chambres de la cité universitaire seront contrôlées la semaine prochaine.

Sport : l'AS Université a battu le Sahara FC 3 buts à 1 mercredi, devant 800 spectateurs. Prochain match dimanche à 16 heures.

Météo : vent de sable demain, 29 degrés, visibilité réduite à 2 km.

Une collecte pour les familles des victimes de Ghat est ouverte au foyer des étudiants jusqu'au 28 février. C'était le journal de Radio Campus Agadez, sur 98.5 FM. Bonne soirée.
"""))
GOLD += [
E(10, ["double attentat-suicide de Ghat", "cet attentat, revendiqué par AQMI"],
  "SUI", "2026-02-12", "day", "Ghat", "LY", 15, 31, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Student radio news of Friday 20 February; 'il y a huit jours' -> 12 February. 'quinze morts, dont les deux kamikazes, et trente et un blessés' -> killed 15 (bombers inside), injured 31 (number words), exact; Abdoulaye is a subset of the injured. 'revendiqué par AQMI', undisputed -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb'. The passengers 'entendus par les policiers au poste de Tummo, puis on nous a laissés repartir' are heard, not arrested. 'licence 2', 'cinq jours', '34 heures', '2 mars', '8 heures', 'A et B', '150 à 200 francs CFA', '1er mars', '320 chambres', '3 buts à 1', '800 spectateurs', '16 heures', '29 degrés', '2 km', '28 février', '98.5 FM' are not casualties."),
E(10, ["Le commerçant arrêté lundi à Brak"],
  "ARR", "2026-02-16", "day", "Brak", "LY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-009: 'lundi' vs Friday 20 February -> 16 February. 'inculpé mercredi pour complicité' is the follow-up. No force named -> 'police'."),
E(10, ["l'un des deux hommes arrêtés le soir même de l'attentat à Al-Awaynat"],
  "ARR", "2026-02-12", "day", "Al Awaynat", "LY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-007: 'le soir même de l'attentat' -> the evening of the bombing, 12 February ('de l'attentat' only dates the arrest and is not a trigger of the bombing). 'a été relâché sans charge hier' is a release: the arrest stays an arrest at its own place and day. No force named -> 'police'."),
E(10, ["l'une à Tmassah, tuant trois gardes"],
  "IED", "2018-01-01", "year", "Tmassah", "LY", 3, None, "exact", None, None, True,
  "'en 2018' -> year, background. Two car bombs the same day in two towns -> two events (one per place; devices in two towns are two events). This one: 'l'une à Tmassah, tuant trois gardes' -> killed 3, exact. 'deux voitures piégées avaient explosé le même jour' names both explosions and is left out of both events' triggers. No author -> null."),
E(10, ["l'autre à Qatroun, tuant deux soldats"],
  "IED", "2018-01-01", "year", "Qatrun", "LY", 2, None, "exact", None, None, True,
  "'en 2018' -> year, background. The second car bomb, in Qatrun (French « Qatroun »): 'l'autre à Qatroun, tuant deux soldats' -> killed 2, exact; its own Remote explosive/landmine/IED event. No author -> null."),
]
