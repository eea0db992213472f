"""Authoring source of benchmarks/events_holdout61 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Brig, Switzerland cluster (holdout61-011 to 015; French and
English), two suicide bombers on Saturday 13 June 2026 at two sites of one
town in the Upper Valais (the station square and the courtyard of the
Stockalper Palace, « la place de la Gare » and « la cour du château
Stockalper », about 500 m and five minutes apart): a French agency dispatch
with the first report (fr 011), a beekeepers' association's letter to its
members ("lettre d'une association d'apiculteurs", fr 012), an English wire
on the claim (013), a parents' association email ("courriel de l'association
des parents d'élèves", fr 014) and an energy supplier's letter to its
customers ("lettre d'un fournisseur d'énergie à ses clients", fr 015).
Switzerland and Italy are UTC+2 in June: every publication time here is
between 07:00 and 16:00 UTC, so every local date is the UTC date. The gold
writes "Brig" (French « Brigue »), "Visp" (« Viège ») and "Naters" in their
common English (German) forms. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout61")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout61-011
ARTICLES.append(A(11, "fr", "article", "2026-06-13T15:00:00Z",
"Valais : double attentat-suicide au cœur de Brigue",
"""
BRIGUE, (Agence Alpes Presse) - Deux kamikazes se sont fait exploser samedi en fin de matinée, à cinq minutes d'intervalle, dans le centre de Brigue, dans le Haut-Valais, tuant au moins sept personnes, sans compter les deux kamikazes, et faisant une vingtaine de blessés, a indiqué la police cantonale valaisanne.

Le premier homme a déclenché sa charge vers 11 h 30 sur la place de la Gare, au moment où des centaines de voyageurs descendaient d'un train venu d'Italie par le tunnel du Simplon. Le second s'est fait exploser à 11 h 35 dans la cour du château Stockalper, à quelque 500 mètres, où se tenait un marché de printemps.

« J'ai cru à un accident de chantier, puis j'ai entendu la seconde déflagration », raconte Beat Zenklusen, 58 ans, qui tient un kiosque au numéro 7 de l'avenue de la Gare. « Les gens couraient vers le Rhône. »

Aucune revendication n'avait été publiée en fin d'après-midi. Un porte-parole de l'Office fédéral de la police a indiqué que la piste de l'État islamique était « étudiée parmi d'autres », sans plus de précisions.

La Suisse n'a connu que de rares actes de ce type. En 2016, la police avait désamorcé un colis piégé à la poste de Saas-Fee, à une trentaine de kilomètres au sud.

Les CFF ont interrompu le trafic ferroviaire entre Viège et la frontière italienne jusqu'à dimanche midi ; la ligne du Lötschberg reste ouverte. La route du col du Simplon, à 2 005 mètres d'altitude, a été fermée à la circulation. Quelque 250 policiers de plusieurs cantons ont été dépêchés sur place. L'hôpital de Viège a déclenché son plan catastrophe et demande aux proches d'appeler le 0800 144 133 plutôt que de se présenter aux urgences. Le Conseil fédéral doit s'exprimer dimanche à 10 heures.

Brigue, ville de 13 000 habitants, accueille chaque année quelque 300 000 voyageurs en transit vers l'Italie et les stations de la vallée de Saas.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser samedi en fin de matinée", "Le premier homme a déclenché sa charge", "Le second s'est fait exploser", "la seconde déflagration"],
  "SUI", "2026-06-13", "day", "Brig", "CH", 9, 20, "at_least", None, None, False,
  "Dispatch of Saturday 13 June 2026 (17:00 in Brig, UTC+2); 'samedi' = the publication day. Two sites of one town (the station square and the Stockalper Palace courtyard, 'quelque 500 mètres', five minutes apart) -> ONE Suicide bomb event coded to the town (gold 'Brig', French « Brigue »). First report: 'au moins sept personnes, sans compter les deux kamikazes, et faisant une vingtaine de blessés' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); injured 20 ('une vingtaine', dev table: 20; the qualifier describes the killed figure). No claim; the Islamic State lead 'étudiée parmi d'autres' is speculation -> perpetrator null. 'la seconde déflagration', in a witness's quotation, names the second blast of the same event. '11 h 30', 'des centaines de voyageurs', '11 h 35', '500 mètres', '58 ans', 'numéro 7', 'une trentaine de kilomètres', '2 005 mètres', '250 policiers', '0800 144 133', '10 heures', '13 000 habitants', '300 000 voyageurs' are not casualties."),
E(11, ["la police avait désamorcé un colis piégé à la poste de Saas-Fee"],
  "DWU", "2016-01-01", "year", "Saas-Fee", "CH", None, None, None, "police", None, True,
  "'En 2016' -> year, background. A parcel bomb defused by 'la police' -> Disrupted weapons use by 'police'. No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout61-012
ARTICLES.append(A(12, "fr", "article", "2026-06-16T07:00:00Z",
"Apiculteurs : le marché au miel de Brigue est annulé",
"""
ASSOCIATION DES APICULTEURS DU HAUT-RHÔNE - Lettre à nos membres. Sion, le mardi 16 juin 2026.

Chères apicultrices, chers apiculteurs,

C'est avec une grande tristesse que nous vous écrivons. Le double attentat-suicide de samedi, sur la place de la Gare et dans la cour du château Stockalper à Brigue, a frappé notre association de plein fouet : notre stand de miel se trouvait à vingt mètres du second kamikaze.

Le premier bilan de samedi faisait état d'au moins neuf morts. La police cantonale annonce ce matin onze morts, y compris les deux kamikazes, et trente-quatre blessés. Notre membre Anton Imboden, 71 ans, qui tenait le stand avec sa petite-fille, a succombé lundi à l'hôpital de Viège. Sa petite-fille, blessée aux jambes, est hors de danger. Nous pensons à sa famille et à ses 40 ruches de Ried-Brig, dont des membres volontaires vont s'occuper cet été.

Deux hommes ont été arrêtés samedi soir à Naters, de l'autre côté du Rhône, dans l'appartement où les kamikazes auraient préparé leurs charges. Nous n'en savons pas davantage et vous prions de ne pas relayer de rumeurs.

Décisions du comité :
- Le 38e marché au miel de Brigue, prévu le samedi 20 juin, est annulé. Les 26 exposants inscrits seront remboursés de leur emplacement de 45 francs.
- Les pots invendus (environ 900 pots de 500 g, vendus 14 francs pièce) seront proposés au marché de Sion le 27 juin ; le bénéfice ira aux victimes.
- Le cours de greffage des reines du 24 juin est maintenu, à 19 heures, au rucher-école de Loèche.
- Rappel : le traitement d'été contre le varroa doit être terminé le 31 juillet au plus tard.

La récolte de printemps s'annonce moyenne : 12 kg par ruche en moyenne, contre 18 kg l'an dernier. La cotisation 2026 reste fixée à 60 francs par membre, quel que soit le nombre de colonies ; l'association compte 1 200 colonies déclarées.

Pour toute question : 027 946 12 38 (le soir).

Avec nos pensées émues,

Le comité
"""))
GOLD += [
E(12, ["Le double attentat-suicide de samedi", "du second kamikaze"],
  "SUI", "2026-06-13", "day", "Brig", "CH", 11, 34, "exact", None, None, False,
  "Letter of Tuesday 16 June; 'de samedi' -> 13 June. Two sites of one town -> ONE event ('du second kamikaze' names the same bombing). The toll is revised inside: 'au moins neuf morts' (Saturday's, superseded) -> 'onze morts, y compris les deux kamikazes, et trente-quatre blessés' -> killed 11 (bombers inside; the member of 71 who died Monday is inside), injured 34 (number word), exact; the granddaughter is one of the injured. No claim -> perpetrator null. 'vingt mètres', '71 ans', '40 ruches', '38e', '20 juin', '26 exposants', '45 francs', '900 pots', '500 g', '14 francs', '27 juin', '24 juin', '19 heures', '31 juillet', '12 kg', '18 kg', '60 francs', '1 200 colonies', '027 946 12 38' are not casualties."),
E(12, ["Deux hommes ont été arrêtés samedi soir à Naters"],
  "ARR", "2026-06-13", "day", "Naters", "CH", None, None, None, "police", None, False,
  "'samedi soir' vs Tuesday 16 June -> 13 June, the evening of the bombing. Naters, across the Rhône from Brig, is a separate municipality -> its own place. No force named; the cantonal police of the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout61-013
ARTICLES.append(A(13, "en", "article", "2026-06-17T09:00:00Z",
"Islamic State claims Swiss twin bombing; suspect held in Italy",
"""
BRIG, Switzerland (Alpine Wire) - Islamic State claimed responsibility late on Tuesday for Saturday's twin suicide bombing in the Swiss Alpine town of Brig, and the Office of the Attorney General of Switzerland said on Wednesday it considered the claim credible.

In a statement carried by its Amaq agency, the group said two "soldiers of the caliphate" had killed "more than 50 crusaders" in the town, a gateway to the Simplon Pass. The federal police put the death toll at ten people, not counting the two bombers, with 34 injured. A Dutch cyclist aged 29 died in hospital in Visp on Tuesday.

A channel linked to Hurras al-Din, an al-Qaeda affiliate that some Italian media had named on Sunday, denied any involvement. A Swiss official said the bombers, two brothers who had lived in Italy, "may have been" radicalised in prison there.

Italian Carabinieri on Monday arrested a 45-year-old man in Verbania, on Lake Maggiore, suspected of renting the bombers the van they used to cross the pass. Swiss prosecutors have asked for his extradition. The two men arrested in Naters on Saturday night were ordered held for three months by the cantonal compulsory measures court on Tuesday. The brothers' landlord was questioned for four hours and released.

The Simplon rail line reopened at 6 a.m. on Monday, but hotel bookings in the valley have fallen by 60 percent for June, the regional tourist office said. Nearly 5,000 people signed a book of condolence at the town hall.

Switzerland has rarely been targeted. The last known bomb plot in the Valais, in 2016, was a parcel bomb that police defused at the post office in Saas-Fee.
"""))
GOLD += [
E(13, ["Saturday's twin suicide bombing in the Swiss Alpine town of Brig"],
  "SUI", "2026-06-13", "day", "Brig", "CH", 12, 34, "exact", "Islamic State", "Islamic State", False,
  "Wire of Wednesday 17 June; 'Saturday's' -> 13 June. 'the death toll at ten people, not counting the two bombers, with 34 injured' -> killed 10 + 2 = 12 (the bombers are added; the cyclist of 29 who died Tuesday is inside), injured 34, exact. Islamic State 'claimed responsibility late on Tuesday' through Amaq, judged 'credible' by the Attorney General -> claimant and perpetrator; the claim's 'more than 50 crusaders' is never used. Hurras al-Din denied (not a claim); 'may have been' radicalised is speculation. '29', '45-year-old', 'three months', 'four hours', '6 a.m.', '60 percent', '5,000 people' (condolence book) are not casualties."),
E(13, ["Italian Carabinieri on Monday arrested a 45-year-old man in Verbania"],
  "ARR", "2026-06-15", "day", "Verbania", "IT", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 17 June -> 15 June. The cluster's suspected facilitator (the man who rented the bombers their van), arrested in Italy -> IT; the Carabinieri (a gendarmerie) -> 'police' (dev). The extradition request is a follow-up, not an event."),
E(13, ["The two men arrested in Naters on Saturday night"],
  "ARR", "2026-06-13", "day", "Naters", "CH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout61-012: 'on Saturday night' -> 13 June. Told through its judicial follow-up ('ordered held for three months') -> one Arrests event at the arrest's place and day. No force named -> 'police'. The landlord 'questioned for four hours and released' is not arrested."),
E(13, ["a parcel bomb that police defused at the post office in Saas-Fee"],
  "DWU", "2016-01-01", "year", "Saas-Fee", "CH", None, None, None, "police", None, True,
  "'in 2016' -> year, background. The defused parcel bomb of holdout61-011 -> Disrupted weapons use by 'police'; null casualties."),
]

# -------------------------------------------------------------- holdout61-014
ARTICLES.append(A(14, "fr", "article", "2026-06-19T16:00:00Z",
"APE de l'École bilingue de Brigue : informations de fin de semaine",
"""
De : Comité de l'Association des parents d'élèves (APE) de l'École bilingue de Brigue
À : Tous les parents, de la 1H à la 8H
Objet : Soutien, sortie de fin d'année, marche blanche
Envoyé le vendredi 19 juin 2026 à 18 h 02

Chers parents,

Une semaine après le double attentat-suicide de la place de la Gare et du château Stockalper, voici les informations que nous avons pu réunir avec la direction.

Selon la police cantonale, cet attentat a fait douze morts, kamikazes inclus, et 34 blessés. Noah, élève de 8H, blessé à la jambe, est rentré chez lui mercredi et nous rejoindra à la rentrée. Aucun autre enfant de l'école n'a été touché.

Mardi soir, l'État islamique a revendiqué l'attentat ; le Ministère public de la Confédération juge cette revendication crédible.

Un papa de 6H, arrêté mardi à Viège, a été relâché jeudi sans inculpation. Merci de ne pas relayer de rumeurs.

La marche blanche de mercredi soir a réuni quelque 6 000 personnes de la place de la Gare au château, dans le calme et le recueillement, « pour dire non à la haine ». Merci aux 80 familles de l'école qui y ont participé.

SOUTIEN. Trois psychologues de l'Office cantonal sont présents à l'école jusqu'au 26 juin, de 8 h 30 à 16 heures. Permanence téléphonique de l'APE : 079 512 44 18.

SORTIE DE FIN D'ANNÉE. La sortie des 142 élèves à Zermatt, le jeudi 25 juin, est maintenue. Départ en train à 7 h 45, retour vers 17 h 30. Participation : 35 francs par enfant ; l'APE prend en charge la différence pour les familles qui le souhaitent.

FÊTE DE L'ÉCOLE. La fête prévue le samedi 27 juin est remplacée par un goûter dans la cour, sans musique. Les 1 850 francs de la tombola iront aux familles des victimes.

SÉCURITÉ. Deux agents municipaux seront présents aux entrées de 7 h 30 à 8 h 15.

Avec toute notre amitié,

Le comité de l'APE
"""))
GOLD += [
E(14, ["le double attentat-suicide de la place de la Gare et du château Stockalper", "cet attentat", "l'attentat"],
  "SUI", "2026-06-13", "day", "Brig", "CH", 12, 34, "exact", "Islamic State", "Islamic State", False,
  "Email of Friday 19 June; 'Une semaine après' -> 13 June. 'douze morts, kamikazes inclus, et 34 blessés' -> killed 12 (bombers inside), injured 34, exact; Noah is one of the 34. 'l'État islamique a revendiqué l'attentat', judged 'crédible' by the Attorney General -> claimant and perpetrator. 'cet attentat' (the toll) and 'l'attentat' (the claim) name the same bombing. '1H', '8H', '18 h 02', '6H', '6 000 personnes' (marchers), '80 familles', 'Trois psychologues', '26 juin', '8 h 30', '16 heures', '079 512 44 18', '142 élèves', '25 juin', '7 h 45', '17 h 30', '35 francs', '27 juin', '1 850 francs', 'Deux agents', '7 h 30', '8 h 15' are not casualties."),
E(14, ["Un papa de 6H, arrêté mardi à Viège"],
  "ARR", "2026-06-16", "day", "Visp", "CH", None, None, None, "police", None, False,
  "'mardi' vs Friday 19 June -> 16 June. A parent arrested in Visp (French « Viège »), 'relâché jeudi sans inculpation': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(14, ["La marche blanche de mercredi soir a réuni quelque 6 000 personnes"],
  "PP", "2026-06-17", "day", "Brig", "CH", None, None, None, None, None, False,
  "'mercredi soir' vs Friday 19 June -> 17 June. A silent march from the station square to the castle with a message ('pour dire non à la haine'), 'dans le calme' -> Peaceful protest, perpetrator null. '6 000' counts marchers."),
]

# -------------------------------------------------------------- holdout61-015
ARTICLES.append(A(15, "fr", "article", "2026-06-22T07:00:00Z",
"Coupure du 13 juin : lettre à nos clients du centre de Brigue",
"""
ÉNERGIES DU SIMPLON SA - Lettre à nos clients du centre de Brigue. Brigue, le lundi 22 juin 2026. Référence : coupure du 13 juin.

Madame, Monsieur,

Le double attentat-suicide du samedi 13 juin, revendiqué par l'État islamique, a fait treize morts, y compris les deux auteurs, et 34 blessés ; une jeune fille de 16 ans a succombé samedi à ses blessures. Toutes nos pensées vont aux victimes et à leurs proches, parmi lesquels figurent deux familles de nos collaborateurs.

LA COUPURE. La seconde explosion, dans la cour du château Stockalper, a endommagé le poste de transformation n° 14, situé à une dizaine de mètres. Par sécurité, nos équipes ont coupé l'alimentation à 11 h 41. Quelque 3 200 foyers et 180 commerces du centre ont été privés de courant pendant 4 heures et 40 minutes. L'alimentation a été rétablie à 16 h 21.

VOTRE COMPENSATION. Chaque foyer concerné recevra un crédit forfaitaire de 25 francs sur sa prochaine facture, sans démarche de sa part. Les commerces peuvent déclarer leurs pertes (denrées, chambres froides) jusqu'au 31 juillet, en indiquant leur numéro de client (10 chiffres) et le numéro de compteur.

VOTRE FACTURE. Le relevé de juin sera estimé ; le tarif reste de 27,4 centimes le kWh jusqu'au 31 décembre.

NOTRE AGENCE. Samedi soir, la police cantonale a dispersé au gaz lacrymogène un cortège d'environ 200 personnes qui marchaient vers le centre d'accueil pour requérants d'asile, situé en face de notre agence de la rue de la Furka, en scandant des slogans hostiles ; deux manifestants ont été légèrement blessés. Par précaution, l'agence restera fermée jusqu'au mercredi 24 juin. Un de nos monteurs, entendu jeudi comme témoin par la police fédérale, a repris son travail.

NOUS JOINDRE. Service clients : 0800 027 900, du lundi au vendredi de 7 h 30 à 18 heures. Dépannage 24 heures sur 24 : 027 921 00 00.

Nous vous remercions de votre compréhension et restons à vos côtés.

Corinne Seiler, directrice commerciale
"""))
GOLD += [
E(15, ["Le double attentat-suicide du samedi 13 juin", "La seconde explosion"],
  "SUI", "2026-06-13", "day", "Brig", "CH", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "Letter of Monday 22 June; 'du samedi 13 juin' -> 13 June (9 days before, current). 'treize morts, y compris les deux auteurs, et 34 blessés' -> killed 13 (bombers inside; the girl of 16 who died Saturday 20 June is inside), injured 34, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. 'La seconde explosion' names the same twin bombing. 'coupure du 13 juin' is the power cut, not a naming. '16 ans', 'deux familles', 'n° 14', 'une dizaine de mètres', '11 h 41', '3 200 foyers', '180 commerces', '4 heures et 40 minutes', '16 h 21', '25 francs', '31 juillet', '10 chiffres', '27,4 centimes', '31 décembre', '200 personnes' (marchers), '24 juin', '0800 027 900', '7 h 30', '18 heures', '24 heures sur 24', '027 921 00 00' are not casualties."),
E(15, ["la police cantonale a dispersé au gaz lacrymogène un cortège d'environ 200 personnes"],
  "PI", "2026-06-20", "day", "Brig", "CH", None, 2, "exact", None, None, False,
  "'Samedi soir' vs Monday 22 June -> 20 June. A march of some 200 people chanting hostile slogans towards the asylum seekers' centre, dispersed with tear gas by the cantonal police -> Protests / Protest with intervention (no violence by the marchers is told), perpetrator null (dev). 'deux manifestants ont été légèrement blessés' -> injured 2, exact. The fitter 'entendu jeudi comme témoin' is not arrested."),
]
