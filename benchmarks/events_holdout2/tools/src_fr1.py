"""Authoring source of benchmarks/events_holdout2 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

French coverage of the Jalalabad (holdout2-021) and Hawija (022) chains, the
Ouahigouya, Burkina Faso chain (023 to 025) and the first report of the
N'Guigmi, Niger chain (026). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout2")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout2-021
ARTICLES.append(A(21, "fr", "article", "2026-03-05T09:00:00Z",
"Afghanistan : Daech revendique le double attentat-suicide de Jalalabad",
"""
L'organisation État islamique (Daech) a revendiqué le double attentat-suicide qui a frappé mardi matin le bureau des passeports de Jalalabad, dans l'est de l'Afghanistan. Le bilan s'élève désormais à une vingtaine de morts et plus de quarante blessés, selon les autorités sanitaires de la province de Nangarhar.

Dans un communiqué diffusé par son organe de propagande Amaq, la branche afghane du groupe, l'État islamique au Khorassan (EI-K), affirme que ses deux « martyrs » visaient « les miliciens talibans » qui gardaient l'entrée du bâtiment. Les autorités talibanes ont promis de retrouver les commanditaires et ont convoqué une quinzaine de chefs de quartier pour les interroger.

La veille de l'attentat, des hommes armés avaient enlevé deux employés afghans d'une organisation humanitaire à la sortie de Jalalabad, selon un responsable local. Ils n'ont pas été revus depuis.

L'EI-K, affaibli depuis plusieurs années, reste capable de frapper les grandes villes. Il y a deux ans, un de ses kamikazes avait tué 14 fidèles dans une mosquée chiite de Pol-e Khomri, dans le nord du pays, un attentat également revendiqué par le groupe.

Le bureau des passeports, qui délivre environ 3 000 documents par jour, restera fermé pendant dix jours. Les files d'attente, qui commencent souvent dès 4 heures du matin, s'étendaient sur près de 200 mètres au moment des explosions, selon des témoins.

Lundi, des frappes aériennes pakistanaises avaient tué environ 15 personnes dans le district de Zurmat, dans la province de Paktiya, selon les talibans.

Les Nations unies ont condamné l'attaque et appelé à ce que les blessés les plus graves puissent être soignés au Pakistan, à 75 kilomètres de là.
"""))
GOLD += [
E(21, ["double attentat-suicide qui a frappé mardi matin", "La veille de l'attentat", "des explosions", "l'attaque"],
  "SUI", "2026-03-03", "day", "Jalalabad", "AF", 20, 40, "about", "Islamic State", "Islamic State", False,
  "'mardi matin' vs Thursday 5 March -> 3 March. 'une vingtaine de morts' -> 20, about; 'plus de quarante blessés' -> 40. Daech / EI-K claim via Amaq -> 'Islamic State'. 'La veille de l'attentat' names the bombing only as a reference point: it is a trigger of the bombing, not of the abduction. 'une quinzaine de chefs de quartier' were summoned (convoqué), not arrested or hurt. '3 000 documents', '4 heures', '200 mètres', '75 kilomètres', 'dix jours' are distractors."),
E(21, ["des hommes armés avaient enlevé deux employés afghans"],
  "ABD", "2026-03-02", "day", "Jalalabad", "AF", None, None, None, None, None, False,
  "'La veille de l'attentat' = the day before the bombing (3 March) -> 2 March. 'à la sortie de Jalalabad' -> Jalalabad. Unnamed armed men -> null."),
E(21, ["des frappes aériennes pakistanaises avaient tué environ 15 personnes"],
  "AIR", "2026-03-02", "day", "Zurmat", "AF", 15, None, "about", "Pakistani military", None, False,
  "'Lundi' vs Thursday 5 March -> 2 March. Pakistani strikes stated as fact (the Taliban's account, not denied) -> 'Pakistani military'. 'environ 15' -> 15, about. District, no town -> Zurmat."),
E(21, ["un de ses kamikazes avait tué 14 fidèles dans une mosquée chiite de Pol-e Khomri", "un attentat également revendiqué par le groupe"],
  "SUI", "2024-01-01", "year", "Pul-e-Khumri", "AF", 14, None, "exact", "Islamic State", "Islamic State", True,
  "'Il y a deux ans' vs 2026 -> 2024, year. The French spelling 'Pol-e Khomri' is normalised to Pul-e-Khumri. Claimed by the group (EI-K)."),
]

# --------------------------------------------------------------- holdout2-022
ARTICLES.append(A(22, "fr", "article", "2026-04-18T08:00:00Z",
"Irak : l'EI revendique l'attentat de Haouija, qui a fait 24 morts",
"""
Le groupe État islamique (EI) a revendiqué vendredi le double attentat-suicide qui a coûté la vie à vingt-quatre ouvriers journaliers jeudi à Haouija, dans le nord de l'Irak, selon un communiqué diffusé par son agence Amaq. Une quarantaine de blessés restaient hospitalisés vendredi soir à Kirkouk et à Haouija.

Les deux kamikazes, selon le communiqué, visaient « des agents des milices chiites ». Les victimes étaient pour la plupart des ouvriers sunnites venus chercher du travail sur la place centrale, où se rassemblent chaque matin plusieurs centaines d'hommes. Les autorités ont convoqué 15 chefs tribaux pour les interroger sur d'éventuelles complicités.

Haouija, à 240 kilomètres au nord de Bagdad, avait été l'un des derniers bastions de l'EI dans le pays. Il y a deux ans, une voiture piégée avait tué sept personnes sur le marché de Charqat, une ville voisine de la province de Salaheddine.

Mercredi, plus de 30 personnes avaient été blessées à Kirkouk lorsque la police a dispersé à coups de matraque une manifestation de diplômés au chômage devant le siège du gouvernorat.

Jeudi soir, une frappe de drone turque a tué trois combattants du Parti des travailleurs du Kurdistan (PKK) près de Sinjar, dans l'ouest de la province de Ninive, selon des responsables locaux. Ankara n'a pas commenté.

Le gouvernorat de Kirkouk a décrété trois jours de deuil et maintenu le couvre-feu à Haouija. Les ouvriers interrogés disent pourtant vouloir revenir au plus vite sur la place : un journalier y gagne environ 25 000 dinars par jour, soit une quinzaine d'euros.
"""))
GOLD += [
E(22, ["double attentat-suicide qui a coûté la vie à vingt-quatre ouvriers journaliers"],
  "SUI", "2026-04-16", "day", "Hawija", "IQ", 24, 40, "exact", "Islamic State", "Islamic State", False,
  "'jeudi' vs Saturday 18 April -> 16 April. 'vingt-quatre' (number word) -> exact. 'Une quarantaine de blessés' -> 40 (about), but the qualifier describes killed. French spelling Haouija -> Hawija. EI claim via Amaq. 'plusieurs centaines d'hommes', '15 chefs tribaux' (summoned), '240 kilomètres', '25 000 dinars', 'une quinzaine d'euros' are distractors."),
E(22, ["une voiture piégée avait tué sept personnes sur le marché de Charqat"],
  "IED", "2024-01-01", "year", "Shirqat", "IQ", 7, None, "exact", None, None, True,
  "'Il y a deux ans' -> 2024, year. Car bomb, no suicide bomber -> Remote explosive. French 'Charqat' -> Shirqat."),
E(22, ["la police a dispersé à coups de matraque une manifestation de diplômés au chômage"],
  "PI", "2026-04-15", "day", "Kirkuk", "IQ", None, 30, "more_than", None, None, False,
  "'Mercredi' vs Saturday 18 April -> 15 April. A demonstration dispersed with batons -> Protest with intervention; 'plus de 30 personnes avaient été blessées' -> injured 30, more_than (the qualifier describes injured since killed is null). Kirkouk -> Kirkuk. Perpetrator null for protests (dev rule)."),
E(22, ["une frappe de drone turque a tué trois combattants"],
  "AIR", "2026-04-16", "day", "Sinjar", "IQ", 3, None, "exact", "Turkish military", None, False,
  "'Jeudi soir' -> 16 April. A Turkish drone strike stated as fact; 'Ankara n'a pas commenté' is no denial -> 'Turkish military' (events_test canonical name)."),
]

# --------------------------------------------------------------- holdout2-023
ARTICLES.append(A(23, "fr", "article", "2026-06-21T08:00:00Z",
"Burkina Faso : au moins quinze morts dans un double attentat-suicide à Ouahigouya",
"""
OUAGADOUGOU, 21 juin (Dépêche) - Deux kamikazes à moto se sont fait exploser samedi matin devant l'entrée du camp militaire de Ouahigouya, dans le nord du Burkina Faso, tuant au moins quinze personnes, dont neuf soldats, et en blessant des dizaines d'autres, selon des sources sécuritaires.

Le premier assaillant a foncé sur la barrière vers 7 heures, au moment de la relève de la garde. Le second s'est fait exploser quelques minutes plus tard au milieu des vendeuses de beignets installées le long du mur. Les deux hommes, âgés de 20 à 25 ans selon un témoin, roulaient sur la même moto.

L'attaque n'a pas été revendiquée. Le mode opératoire « porte la marque » du Groupe de soutien à l'islam et aux musulmans (GSIM, JNIM en arabe), selon une source sécuritaire.

Vendredi, des hommes armés ont enlevé cinq enseignants sur la route de l'école à Titao, à une cinquantaine de kilomètres plus au nord.

La région du Nord a connu plusieurs attaques meurtrières cette année. Le 3 mars, une embuscade tendue par des jihadistes contre un convoi de ravitaillement escorté par l'armée près de Thiou avait fait 12 morts parmi les soldats et les volontaires pour la défense de la patrie (VDP). Il y a deux ans, un engin explosif avait tué six civils dans un car de transport sur la route de Séguénéga.

Ouahigouya, quatrième ville du pays, se trouve à 180 kilomètres de la capitale. Le camp abrite environ 2 000 militaires. Quatre véhicules stationnés devant l'entrée ont été détruits. Le gouverneur a suspendu la circulation des motos dans la ville pour un mois, et un litre d'essence se vend désormais 850 francs CFA au marché noir.
"""))
GOLD += [
E(23, ["Deux kamikazes à moto se sont fait exploser", "Le second s'est fait exploser", "L'attaque"],
  "SUI", "2026-06-20", "day", "Ouahigouya", "BF", 15, 12, "at_least", None, None, False,
  "Twin suicide bombing (two bombers on one motorbike, same gate, minutes apart) -> one event. 'samedi matin' vs Sunday 21 June -> 20 June. 'au moins quinze ... dont neuf soldats' -> 15 (the soldiers are a subset). 'des dizaines' -> 12 (dev table; at_least), the qualifier describes killed. 'porte la marque' is speculation -> null. 'âgés de 20 à 25 ans', '7 heures', '180 kilomètres', '2 000 militaires', 'Quatre véhicules', 'un mois', '850 francs CFA' are distractors."),
E(23, ["des hommes armés ont enlevé cinq enseignants"],
  "ABD", "2026-06-19", "day", "Titao", "BF", None, None, None, None, None, False,
  "'Vendredi' -> 19 June. Unnamed armed men -> null. 'une cinquantaine de kilomètres' is a distance."),
E(23, ["une embuscade tendue par des jihadistes contre un convoi de ravitaillement"],
  "BAT", "2026-03-03", "day", "Thiou", "BF", 12, None, "exact", None, None, True,
  "'Le 3 mars' -> 2026-03-03 (publication year), 109 days -> background. Ambush of an escorted convoy -> Armed clash; unnamed 'jihadistes' -> null."),
E(23, ["un engin explosif avait tué six civils dans un car de transport"],
  "IED", "2024-01-01", "year", "Séguénéga", "BF", 6, None, "exact", None, None, True,
  "'Il y a deux ans' -> 2024, year. 'sur la route de Séguénéga' -> the only named place; accented local form kept."),
]

# --------------------------------------------------------------- holdout2-024
ARTICLES.append(A(24, "fr", "transcript", "2026-06-22T06:00:00Z",
"Le journal du matin : Ouahigouya, Koumbri, Ouagadougou",
"""
PRÉSENTATRICE : Bonjour, il est 6 heures à Ouagadougou. À la une de ce journal, le double attentat-suicide de samedi contre le camp militaire de Ouahigouya a été revendiqué. Notre correspondant Issouf Sawadogo est en ligne. Issouf, bonjour.

ISSOUF SAWADOGO : Bonjour. Oui, hier soir, le JNIM a revendiqué l'attaque dans un message de son agence Az-Zallaqa. Et, euh, le bilan s'est encore alourdi : selon une source hospitalière, on compte maintenant vingt-deux morts, dont treize militaires, et une soixantaine de blessés.

PRÉSENTATRICE : L'armée a réagi ?

ISSOUF SAWADOGO : Oui. L'état-major affirme avoir mené hier des frappes aériennes près de Koumbri, euh, à une trentaine de kilomètres de Ouahigouya, et avoir « neutralisé plusieurs dizaines de terroristes » qui, selon lui, préparaient d'autres attaques. On n'a pas pu vérifier ce chiffre de façon indépendante.

PRÉSENTATRICE : Et à Ouagadougou, il y a eu une mobilisation.

ISSOUF SAWADOGO : Oui, hier après-midi, plusieurs milliers de personnes se sont rassemblées place de la Nation pour soutenir l'armée, avec des drapeaux et des portraits des soldats tués. Ça s'est passé dans le calme.

PRÉSENTATRICE : Merci Issouf. Dans l'Est, des hommes armés ont enlevé hier un prêtre catholique et son chauffeur près de Pama, selon le diocèse. Les autres titres : le prix du sac de maïs de 100 kilos a dépassé 25 000 francs CFA à Ouagadougou. Et en football, les Étalons ont bombardé le Togo, quatre buts à un, hier soir au stade du 4-Août, une véritable démonstration.

Prochain journal à 7 heures.
"""))
GOLD += [
E(24, ["le double attentat-suicide de samedi contre le camp militaire de Ouahigouya", "le JNIM a revendiqué l'attaque"],
  "SUI", "2026-06-20", "day", "Ouahigouya", "BF", 22, 60, "exact", "JNIM", "JNIM", False,
  "Radio bulletin. 'de samedi' vs Monday 22 June -> 20 June. 'vingt-deux morts, dont treize militaires' -> 22 (exact); 'une soixantaine de blessés' -> 60 (about), the qualifier describes killed. JNIM claim 'hier soir' via Az-Zallaqa."),
E(24, ["des frappes aériennes près de Koumbri"],
  "AIR", "2026-06-21", "day", "Koumbri", "BF", 12, None, "at_least", "military", None, False,
  "'hier' -> 21 June. Air force strikes -> military. 'plusieurs dizaines de terroristes' -> 12, at_least (dev table); the acting force's own figure, not a claimant's toll in a claim of responsibility (events_holdout fr 027 rule). 'une trentaine de kilomètres' is a distance."),
E(24, ["des hommes armés ont enlevé hier un prêtre catholique et son chauffeur près de Pama"],
  "ABD", "2026-06-21", "day", "Pama", "BF", None, None, None, None, None, False,
  "'hier' -> 21 June. Unnamed armed men -> null."),
E(24, ["plusieurs milliers de personnes se sont rassemblées place de la Nation"],
  "PP", "2026-06-21", "day", "Ouagadougou", "BF", None, None, None, None, None, False,
  "'hier après-midi' -> 21 June. A calm rally in support of the army -> Peaceful protest. 'plusieurs milliers' are participants. The maize price and the football score ('ont bombardé le Togo') are not events."),
]

# --------------------------------------------------------------- holdout2-025
ARTICLES.append(A(25, "fr", "article", "2026-06-25T09:00:00Z",
"Attentat de Ouahigouya : huit suspects arrêtés, le bilan passe à 24 morts",
"""
OUAGADOUGOU, 25 juin (Dépêche) - La gendarmerie a interpellé mardi dernier à Ouahigouya six personnes soupçonnées d'avoir hébergé les deux kamikazes qui ont frappé samedi le camp militaire de Ouahigouya, a annoncé jeudi le procureur du Faso. Deux autres suspects avaient été arrêtés la veille par l'armée à Gourcy, à une quarantaine de kilomètres au sud-est.

Le bilan de l'attentat, revendiqué par le Groupe de soutien à l'islam et aux musulmans (JNIM), est passé à 24 morts après le décès de deux blessés, a indiqué une source hospitalière. Plus de 300 personnes ont été entendues par les enquêteurs, et une quarantaine de motos ont été saisies lors de fouilles.

L'État islamique au Sahel, rival du JNIM dans la région, a démenti toute implication dans un message audio diffusé mercredi, accusant son concurrent de « tuer des musulmans ».

Mercredi, un véhicule de l'armée a sauté sur une mine près de Tangaye, à l'est de Ouahigouya. Deux soldats ont été blessés, selon une source militaire.

Parmi les personnes interpellées figure un mécanicien de 34 ans, accusé d'avoir modifié la moto utilisée par les assaillants. Le procureur a appelé la population à signaler tout comportement suspect au numéro vert 80 00 11 12.

Le marché central de Ouahigouya a rouvert mercredi, mais la circulation des motos reste interdite. Les commerçants estiment avoir perdu près de la moitié de leur chiffre d'affaires depuis samedi.
"""))
GOLD += [
E(25, ["les deux kamikazes qui ont frappé samedi le camp militaire de Ouahigouya", "Le bilan de l'attentat"],
  "SUI", "2026-06-20", "day", "Ouahigouya", "BF", 24, None, "exact", "JNIM", "JNIM", False,
  "'samedi' vs Thursday 25 June -> 20 June. Toll 24. JNIM claim; the Islamic State Sahel denial is a rival's and does not dispute it -> JNIM. 'Plus de 300 personnes ont été entendues' (questioned), 'une quarantaine de motos' (seized vehicles), '34 ans', the hotline are distractors."),
E(25, ["La gendarmerie a interpellé mardi dernier à Ouahigouya six personnes"],
  "ARR", "2026-06-23", "day", "Ouahigouya", "BF", None, None, None, "police", None, False,
  "'mardi dernier' vs Thursday 25 June -> 23 June. Gendarmerie -> police."),
E(25, ["Deux autres suspects avaient été arrêtés la veille par l'armée à Gourcy"],
  "ARR", "2026-06-22", "day", "Gourcy", "BF", None, None, None, "military", None, False,
  "'la veille' of the Tuesday arrests -> Monday 22 June. The army -> military. 'une quarantaine de kilomètres' is a distance."),
E(25, ["un véhicule de l'armée a sauté sur une mine près de Tangaye"],
  "IED", "2026-06-24", "day", "Tangaye", "BF", None, 2, "exact", None, None, False,
  "'Mercredi' -> 24 June. Landmine -> Remote explosive/landmine/IED. Only an injured figure."),
]

# --------------------------------------------------------------- holdout2-026
ARTICLES.append(A(26, "fr", "article", "2026-07-13T07:00:00Z",
"Niger : au moins onze morts dans un double attentat-suicide au marché de N'Guigmi",
"""
NIAMEY, 13 juillet (Dépêche) - Deux kamikazes ont déclenché leurs charges dimanche après-midi au marché à bétail de N'Guigmi, dans la région de Diffa, dans le sud-est du Niger, tuant au moins onze personnes et en blessant des dizaines d'autres, selon des sources locales et sécuritaires.

Les deux assaillantes, de très jeunes femmes selon des témoins, se sont fait exploser à quelques minutes d'intervalle au milieu des éleveurs et des acheteurs, vers 15 heures, à l'heure de plus forte affluence. « Il y avait des corps partout, et des dizaines d'animaux morts », a raconté un marchand de 46 ans.

L'attentat n'a pas été revendiqué. Les soupçons se portent sur l'État islamique en Afrique de l'Ouest (EIAO), très actif sur les îles du lac Tchad, à une quarantaine de kilomètres au sud.

Samedi, des combattants de Boko Haram ont attaqué une position de l'armée à Chétimari, plus à l'ouest. Deux soldats et sept assaillants ont été tués, selon un communiqué du ministère de la Défense.

La région n'avait plus connu d'attentat-suicide depuis plusieurs années, mais les attaques contre les forces de sécurité se sont multipliées. En février 2025, une mine avait tué trois gendarmes près de Kabléwa. En 2016, près de 30 soldats avaient péri lors de l'attaque de Boko Haram contre le camp de Yébi.

Le gouverneur de la région a ordonné la fermeture du marché jusqu'à nouvel ordre et instauré un couvre-feu de 20 heures à 6 heures. Environ 5 000 têtes de bétail sont vendues chaque dimanche à N'Guigmi, selon les éleveurs.
"""))
GOLD += [
E(26, ["Deux kamikazes ont déclenché leurs charges", "se sont fait exploser", "L'attentat n'a pas été revendiqué"],
  "SUI", "2026-07-12", "day", "N'Guigmi", "NE", 11, 12, "at_least", None, None, False,
  "Twin suicide bombing -> one event. 'dimanche après-midi' vs Monday 13 July -> 12 July. 'au moins onze' -> 11; 'des dizaines d'autres' (wounded) -> 12 (dev table), the qualifier describes killed. 'Les soupçons se portent sur' the EIAO is speculation -> null. '15 heures', 'des dizaines d'animaux morts' (animals, not people), '46 ans', 'une quarantaine de kilomètres', '5 000 têtes de bétail' are distractors; the curfew is not an event."),
E(26, ["des combattants de Boko Haram ont attaqué une position de l'armée à Chétimari"],
  "BAT", "2026-07-11", "day", "Chétimari", "NE", 9, None, "exact", "Boko Haram", None, False,
  "'Samedi' -> 11 July. The defence ministry states Boko Haram attacked -> initiator Boko Haram. Sum of sides: 2 soldiers + 7 attackers = 9."),
E(26, ["une mine avait tué trois gendarmes près de Kabléwa"],
  "IED", "2025-02-01", "month", "Kabléwa", "NE", 3, None, "exact", None, None, True,
  "'En février 2025' -> month. Accented local form kept."),
E(26, ["l'attaque de Boko Haram contre le camp de Yébi"],
  "BAT", "2016-01-01", "year", "Yébi", "NE", 30, None, "about", "Boko Haram", None, True,
  "'En 2016' -> year. An attack by Boko Haram on an army camp -> Armed clash initiated by Boko Haram. 'près de 30' -> 30, about."),
]
