"""Authoring source of benchmarks/events_holdout (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Chain here: Gao, Mali (holdout-026, 027, 030), French coverage of the
Konduga chain (028), an opinion piece (029), and two French articles with no
security event (031 cinema, 032 football). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- holdout-026
ARTICLES.append(A(26, "fr", "article", "2026-09-26T10:00:00Z",
"Mali : double attentat-suicide au véhicule piégé contre le camp militaire de Gao",
"""
BAMAKO, 26 septembre (Dépêche) - Deux kamikazes au volant de véhicules piégés se sont fait exploser vendredi matin à l'entrée du camp militaire de Gao, dans le nord du Mali, faisant au moins douze morts, dont les deux assaillants, et une quarantaine de blessés, selon une source sécuritaire.

Le premier véhicule, un pick-up chargé d'explosifs, a foncé sur la barrière du camp vers 7 heures, au moment de la relève. Le second a explosé une dizaine de minutes plus tard près du poste de garde, alors que des soldats évacuaient les blessés. Le camp abrite environ 1 500 militaires.

Aucun groupe n'a revendiqué l'attaque dans l'immédiat. Selon un élu local, elle « porte la signature » du Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda.

Le même jour, des obus tirés depuis l'extérieur de la ville ont blessé trois civils à Tombouctou, selon un responsable municipal. Les tirs n'ont pas été revendiqués.

Jeudi, des frappes de drones de l'armée malienne ont tué une dizaine de combattants près de Bourem, a indiqué l'état-major dans un communiqué.

La région de Gao reste l'une des plus exposées du pays. Il y a deux ans, l'explosion d'une mine au passage d'un minibus sur la route entre Gao et Ansongo avait tué six civils.

Mercredi, des hommes armés ont enlevé deux agents de santé dans la ville de Mopti, selon une ONG médicale qui a suspendu ses activités dans la zone. Leurs ravisseurs n'ont pas été identifiés.

Les autorités ont décrété un couvre-feu de 20 heures à 6 heures à Gao jusqu'à nouvel ordre.
"""))
GOLD += [
E(26, ["Deux kamikazes au volant de véhicules piégés se sont fait exploser", "l'attaque"],
  "SUI", "2026-09-25", "day", "Gao", "ML", 12, 40, "at_least", None, None, False,
  "Twin suicide vehicle bombing (two drivers, same camp gate, minutes apart) -> one Suicide bomb event. 'vendredi matin' vs Saturday 26 Sept -> 25 Sept. 'au moins douze morts, dont les deux assaillants' -> 12 (bombers inside the figure), at_least; 'une quarantaine de blessés' -> 40. 'porte la signature du JNIM' (a local official) is speculation -> null. '7 heures', 'une dizaine de minutes', '1 500 militaires' (garrison), the curfew hours are distractors; a curfew is not coded."),
E(26, ["des obus tirés depuis l'extérieur de la ville ont blessé trois civils à Tombouctou", "Les tirs"],
  "SHL", "2026-09-25", "day", "Timbuktu", "ML", None, 3, "exact", None, None, False,
  "'Le même jour' -> 25 Sept. Shells -> shelling. Tombouctou -> Timbuktu (English spelling). Only injured (3) -> the qualifier describes it. Not claimed."),
E(26, ["des frappes de drones de l'armée malienne ont tué une dizaine de combattants"],
  "AIR", "2026-09-24", "day", "Bourem", "ML", 10, None, "about", "military", None, False,
  "'Jeudi' -> 24 Sept. Several strikes reported as one episode. 'une dizaine' -> 10, about."),
E(26, ["l'explosion d'une mine au passage d'un minibus"],
  "IED", "2024-01-01", "year", "Gao", "ML", 6, None, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year. Road between Gao and Ansongo -> first-named place (Gao)."),
E(26, ["des hommes armés ont enlevé deux agents de santé dans la ville de Mopti"],
  "ABD", "2026-09-23", "day", "Mopti", "ML", None, None, None, None, None, False,
  "'Mercredi' -> 23 Sept. Unnamed armed men -> null. Two abductees are not casualties."),
]

# ---------------------------------------------------------------- holdout-027
ARTICLES.append(A(27, "fr", "article", "2026-09-30T08:00:00Z",
"Attentat de Gao : le JNIM revendique, quatre suspects arrêtés",
"""
BAMAKO, 30 septembre (Dépêche) - Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué samedi le double attentat-suicide au véhicule piégé qui a visé vendredi le camp militaire de Gao, et dont le bilan s'élève désormais à quinze morts, dont les deux kamikazes, et 43 blessés, selon une source hospitalière.

Dans son communiqué, le groupe lié à Al-Qaïda affirme avoir tué « plus de soixante soldats » et détruit « des dizaines de véhicules ». L'État islamique au Sahel, dont certains médias avaient évoqué la responsabilité, a nié toute implication dans un message diffusé dimanche.

La gendarmerie a arrêté lundi à Gao quatre suspects, dont le propriétaire d'un garage où les véhicules auraient été piégés. Douze détonateurs et 200 litres de carburant ont été saisis sur place, selon une source judiciaire.

Dimanche, l'armée affirme avoir tué « plusieurs dizaines de terroristes » lors de frappes aériennes près de Talataye, dans le cercle d'Ansongo, sans fournir de bilan précis.

Mardi, plusieurs centaines de femmes et d'enfants de militaires se sont rassemblés devant l'entrée du camp pour réclamer de meilleures conditions de sécurité. Le rassemblement s'est dispersé sans incident.

Les attaques se multiplient sur les axes du nord. L'an dernier, des jihadistes avaient incendié un convoi de camions civils sur la route entre Gao et Bourem, tuant trois chauffeurs.

Le gouverneur de la région a annoncé la fermeture de la gare routière de Gao pour une semaine. Une quarantaine de personnes ont été entendues par les enquêteurs depuis vendredi.
"""))
GOLD += [
E(27, ["le double attentat-suicide au véhicule piégé qui a visé vendredi le camp militaire de Gao"],
  "SUI", "2026-09-25", "day", "Gao", "ML", 15, 43, "exact", "JNIM", "JNIM", False,
  "Follow-up of holdout-026. 'vendredi' vs Wednesday 30 Sept -> 25 Sept. 'quinze morts, dont les deux kamikazes' -> 15 (the bombers inside the figure), '43 blessés'. Claimed by JNIM on Saturday; its 'plus de soixante soldats' is not used. The Islamic State Sahel denial does not dispute JNIM's claim -> perpetrator JNIM."),
E(27, ["La gendarmerie a arrêté lundi à Gao quatre suspects"],
  "ARR", "2026-09-28", "day", "Gao", "ML", None, None, None, "police", None, False,
  "'lundi' -> 28 Sept. Gendarmerie -> police. 'Douze détonateurs', '200 litres' belong to the arrest. 'Une quarantaine de personnes ... entendues' is questioning, not arrests."),
E(27, ["lors de frappes aériennes près de Talataye"],
  "AIR", "2026-09-27", "day", "Talataye", "ML", 12, None, "at_least", "military", None, False,
  "'Dimanche' -> 27 Sept. 'plusieurs dizaines' -> 12, at_least (dev table). 'sans fournir de bilan précis' does not cancel the army's figure."),
E(27, ["plusieurs centaines de femmes et d'enfants de militaires se sont rassemblés", "Le rassemblement"],
  "PP", "2026-09-29", "day", "Gao", "ML", None, None, None, None, None, False,
  "'Mardi' -> 29 Sept. Dispersed without incident -> peaceful protest. 'plusieurs centaines' are participants."),
E(27, ["des jihadistes avaient incendié un convoi de camions civils"],
  "ATK", "2025-01-01", "year", "Gao", "ML", 3, None, "exact", None, None, True,
  "'L'an dernier' vs 2026 -> 2025, year. Civilian trucks attacked -> violence against civilians. Road Gao-Bourem -> first-named place. Unnamed jihadists -> null."),
]

# ---------------------------------------------------------------- holdout-028
ARTICLES.append(A(28, "fr", "article", "2026-06-11T06:00:00Z",
"Nigeria : Boko Haram revendique le double attentat-suicide de Konduga",
"""
Le groupe jihadiste Boko Haram a revendiqué mardi, dans une vidéo, le double attentat-suicide commis dimanche 7 juin sur le marché aux poissons de Konduga, dans l'État de Borno, dans le nord-est du Nigeria. Selon la police, l'attentat a fait vingt et un morts et 34 blessés.

Deux adolescentes s'étaient fait exploser à quelques minutes d'intervalle en fin de journée, au moment où les commerçants rangeaient leurs étals. Dans la vidéo, un combattant masqué affirme que le marché a été visé parce que ses commerçants « vendent aux soldats ».

Fait rare, l'État islamique en Afrique de l'Ouest (EIAO), rival de Boko Haram depuis la scission de 2016, a démenti toute responsabilité et condamné les attaques contre les marchés.

Mercredi, l'armée nigériane a annoncé avoir libéré 14 otages lors d'un raid contre un camp de Boko Haram près de Gwoza. Cinq combattants ont été tués au cours de l'opération, selon un porte-parole militaire.

Mardi, un engin explosif a tué deux agriculteurs qui se rendaient à leurs champs près de Dikwa, selon un responsable local.

Konduga est située à 35 kilomètres de Maiduguri, dans une région qui a déjà payé un lourd tribut. Il y a six ans, deux kamikazes s'étaient fait exploser à l'entrée d'un camp de déplacés de Monguno, faisant cinq morts.

Selon les Nations unies, le conflit a fait plus de 35 000 morts depuis 2009 dans le nord-est du pays. Le gouverneur de Borno a promis 2 millions de nairas à chaque famille de victime.
"""))
GOLD += [
E(28, ["le double attentat-suicide commis dimanche 7 juin", "l'attentat", "Deux adolescentes s'étaient fait exploser"],
  "SUI", "2026-06-07", "day", "Konduga", "NG", 21, 34, "exact", "Boko Haram", "Boko Haram", False,
  "French coverage of the holdout-004 chain. 'dimanche 7 juin' absolute. 'vingt et un morts' (number words) -> 21 exact, '34 blessés'. Claimed by Boko Haram in a video on Tuesday; the EIAO (ISWAP) denial concerns ISWAP only."),
E(28, ["lors d'un raid contre un camp de Boko Haram près de Gwoza", "l'opération"],
  "BAT", "2026-06-10", "day", "Gwoza", "NG", 5, None, "exact", "military", None, False,
  "'Mercredi' vs Thursday 11 June -> 10 June (day of the announcement; the raid is not dated otherwise). Army raid on a camp -> initiator military. '14 otages' freed are not casualties."),
E(28, ["un engin explosif a tué deux agriculteurs"],
  "IED", "2026-06-09", "day", "Dikwa", "NG", 2, None, "exact", None, None, False,
  "'Mardi' -> 9 June. 'près de Dikwa' -> Dikwa. No attribution -> null."),
E(28, ["deux kamikazes s'étaient fait exploser à l'entrée d'un camp de déplacés de Monguno"],
  "SUI", "2020-01-01", "year", "Monguno", "NG", 5, None, "exact", None, None, True,
  "'Il y a six ans' vs 2026 -> 2020, year. Twin suicide bombing in the background -> one event. Not attributed. 'la scission de 2016' is not an event; 'plus de 35 000 morts depuis 2009' is cumulative; '2 millions de nairas' is money; '35 kilomètres' a distance."),
]

# ---------------------------------------------------------------- holdout-029
ARTICLES.append(A(29, "fr", "article", "2026-10-02T06:00:00Z",
"Tribune : Au Sahel, le double attentat-suicide est devenu une arme ordinaire",
"""
Par Ousmane Traoré, chercheur associé à l'Institut sahélien d'études stratégiques

Vendredi 25 septembre, deux kamikazes ont lancé leurs véhicules piégés contre le camp militaire de Gao, à dix minutes d'intervalle. Quinze personnes, dont les deux conducteurs, y ont perdu la vie. Le JNIM a revendiqué l'opération dès le lendemain. Quelques jours plus tard, on n'en parlait plus.

Cette indifférence est inquiétante, car le procédé se répand. En mai, au Cameroun, deux adolescentes se sont fait exploser devant une mosquée de Kolofata, tuant seize personnes, dont elles-mêmes ; l'État islamique en Afrique de l'Ouest a revendiqué cet attentat. Il y a quatre ans déjà, deux kamikazes avaient frappé le grand marché de Diffa, au Niger, faisant plus d'une trentaine de morts.

La logique est toujours la même : le second engin vise ceux qui portent secours. Elle s'ajoute aux embuscades, qui restent l'arme principale des groupes armés. L'an dernier, au Burkina Faso, une embuscade contre un convoi de ravitaillement entre Kaya et Dori a coûté la vie à une quarantaine de supplétifs.

Les chiffres donnent le vertige : plus de 2 000 civils tués dans des attentats-suicides au Sahel et dans le bassin du lac Tchad depuis 2015, selon mes propres décomptes. Une ceinture explosive coûte moins de 100 000 francs CFA.

Nos États répondent par des arrestations et des frappes aériennes. Elles sont nécessaires, mais elles ne suffisent pas. Il faut former les secouristes, les infirmiers et les gardiens de marché à reconnaître un second assaillant, et repenser l'aménagement des lieux publics.

Les bailleurs internationaux, qui ont promis 500 millions d'euros pour la sécurité de la région, devraient consacrer une part de ces fonds à la protection civile. C'est moins spectaculaire qu'un drone armé, mais cela sauve des vies.
"""))
GOLD += [
E(29, ["deux kamikazes ont lancé leurs véhicules piégés contre le camp militaire de Gao", "l'opération"],
  "SUI", "2026-09-25", "day", "Gao", "ML", 15, None, "exact", "JNIM", "JNIM", False,
  "Opinion piece. 'Vendredi 25 septembre' absolute; 7 days before publication -> current. 'Quinze personnes, dont les deux conducteurs' -> 15 (bombers inside). Claimed by JNIM."),
E(29, ["deux adolescentes se sont fait exploser devant une mosquée de Kolofata", "cet attentat"],
  "SUI", "2026-05-01", "month", "Kolofata", "CM", 16, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", True,
  "'En mai' (publication year) -> 2026-05, month, background. 'seize personnes, dont elles-mêmes' -> 16. Claimed by EIAO = ISWAP."),
E(29, ["deux kamikazes avaient frappé le grand marché de Diffa"],
  "SUI", "2022-01-01", "year", "Diffa", "NE", 30, None, "more_than", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year. Twin suicide bombing -> one event. 'plus d'une trentaine' -> 30, more_than (as 'more than' plus the -aine row). Not attributed."),
E(29, ["une embuscade contre un convoi de ravitaillement entre Kaya et Dori"],
  "BAT", "2025-01-01", "year", "Kaya", "BF", 40, None, "about", None, None, True,
  "'L'an dernier' vs 2026 -> 2025, year. Road between Kaya and Dori -> first-named place. 'une quarantaine de supplétifs' -> 40, about. Attackers not named -> null. 'plus de 2 000 civils ... depuis 2015' is cumulative; '100 000 francs CFA' and '500 millions d'euros' are money; the generic 'arrestations et frappes aériennes' are not events."),
]

# ---------------------------------------------------------------- holdout-030
ARTICLES.append(A(30, "fr", "transcript", "2026-09-27T06:00:00Z",
"Journal Afrique de 7 heures : Gao, Djibo, Diffa",
"""
PRÉSENTATRICE : Bonjour, il est 7 heures, voici le journal Afrique. On commence au Mali, où le bilan du double attentat-suicide de vendredi contre le camp militaire de Gao s'est encore alourdi. Notre correspondant Boubacar Maïga est en ligne depuis Bamako. Boubacar, bonjour.

BOUBACAR MAÏGA : Bonjour. Alors, euh, selon une source hospitalière, on compte désormais quatorze morts, dont les deux kamikazes, et une quarantaine de blessés. Et hier, le JNIM a revendiqué l'attentat dans un communiqué. Le groupe parle de, euh, « plus de soixante soldats » tués, mais c'est évidemment invérifiable.

PRÉSENTATRICE : Merci Boubacar. Direction le Burkina Faso, où une embuscade a visé jeudi un convoi de ravitaillement près de Djibo, dans le nord du pays. Une vingtaine de soldats et de supplétifs ont été tués, selon des sources locales. L'armée n'a pas communiqué.

Au Niger, la police a arrêté vendredi à Diffa cinq personnes soupçonnées de préparer un attentat contre le grand marché de la ville. Deux ceintures explosives ont été saisies, selon le ministère de l'Intérieur.

Et hier après-midi à Kaya, au Burkina, plusieurs centaines de femmes ont marché jusqu'au gouvernorat pour réclamer des nouvelles de leurs maris, des supplétifs portés disparus. La marche s'est déroulée dans le calme.

En Côte d'Ivoire enfin, euh, les prix du cacao ont explosé cette semaine, avec une hausse de 15 % en cinq jours. Les planteurs parlent d'une véritable bombe pour leurs revenus.

C'était le journal Afrique. Bon dimanche à tous.
"""))
GOLD += [
E(30, ["double attentat-suicide de vendredi contre le camp militaire de Gao", "a revendiqué l'attentat"],
  "SUI", "2026-09-25", "day", "Gao", "ML", 14, 40, "exact", "JNIM", "JNIM", False,
  "Radio bulletin on the holdout-026 chain. 'de vendredi' vs Sunday 27 Sept -> 25 Sept. 'quatorze morts, dont les deux kamikazes' -> 14 (number word, bombers inside), exact; 'une quarantaine de blessés' -> 40. Claimed 'hier' (26 Sept) by JNIM; its 'plus de soixante soldats' is not used."),
E(30, ["une embuscade a visé jeudi un convoi de ravitaillement près de Djibo"],
  "BAT", "2026-09-24", "day", "Djibo", "BF", 20, None, "about", None, None, False,
  "'jeudi' -> 24 Sept. 'Une vingtaine' -> 20, about. Attackers not named -> null."),
E(30, ["la police a arrêté vendredi à Diffa cinq personnes"],
  "ARR", "2026-09-25", "day", "Diffa", "NE", None, None, None, "police", None, False,
  "'vendredi' -> 25 Sept. The planned market attack never happened (not an event); the two belts seized belong to the arrest."),
E(30, ["plusieurs centaines de femmes ont marché jusqu'au gouvernorat", "La marche"],
  "PP", "2026-09-26", "day", "Kaya", "BF", None, None, None, None, None, False,
  "'hier après-midi' -> 26 Sept. Calm march -> peaceful protest. The cocoa prices ('ont explosé', 'bombe', '15 %') are not events."),
]

# ---------------------------------------------------------------- holdout-031
ARTICLES.append(A(31, "fr", "article", "2026-04-08T09:00:00Z",
"Cinéma : « Double détonation », le polar qui fait exploser le box-office",
"""
On n'attendait pas grand-chose de ce polar tourné en 38 jours à Marseille avec un budget de 4 millions d'euros. Trois semaines après sa sortie, « Double détonation » a pourtant franchi la barre des 900 000 entrées, et fait un véritable carnage au box-office face aux superproductions américaines.

L'histoire tient en quelques lignes : une commissaire de la brigade criminelle, interprétée par une actrice de 34 ans révélée au théâtre, traque un poseur de bombes qui frappe deux fois au même endroit, à quelques minutes d'intervalle, pour piéger les secours. Le scénario multiplie les fausses pistes, une prise d'otages dans un supermarché et une fusillade finale sur le port.

Le réalisateur, dont c'est le deuxième long métrage, signe une mise en scène explosive. La scène d'ouverture, un plan-séquence de sept minutes, a été tournée en une seule nuit. « On a fait exploser trois voitures, avec l'accord de la préfecture et sous le contrôle des pompiers », raconte-t-il en souriant.

La critique est plus partagée. Certains saluent un film qui « dynamite les codes du genre » ; d'autres le jugent « criblé de clichés » et regrettent un dernier acte qui tire à bout portant sur la vraisemblance.

Le public, lui, a tranché : près de 70 % des spectateurs interrogés à la sortie des salles recommandent le film. Une suite est déjà en préparation, et une plateforme américaine aurait offert 12 millions d'euros pour les droits d'adaptation en série.

Sélectionné au festival de Cognac, « Double détonation » a remporté le prix du public. Son actrice principale a été « assassinée » par un critique parisien, mais elle s'en amuse : « Les mauvaises critiques, ça fait vendre. »
"""))

# ---------------------------------------------------------------- holdout-032
ARTICLES.append(A(32, "fr", "article", "2026-02-22T21:30:00Z",
"Football : Marseille bombarde Lille et s'offre un doublé fulgurant",
"""
Le Vélodrome a tremblé pendant quatre-vingt-dix minutes. Porté par 62 000 spectateurs, Marseille a écrasé Lille (4-0) dimanche soir et revient à deux points du leader. Une démonstration de force, une véritable exécution.

Tout s'est joué en deux minutes, juste avant la pause. À la 41e, l'attaquant marseillais, 24 ans, a fusillé le gardien lillois d'une frappe croisée. Deux minutes plus tard, il récidivait d'une tête plongeante : un doublé éclair qui a tué le match. « On a pris deux coups de massue, on ne s'en est jamais remis », reconnaissait l'entraîneur lillois.

En seconde période, les Marseillais ont continué de bombarder le but adverse. Leur milieu de terrain a inscrit le troisième but d'un missile des 25 mètres, avant qu'un défenseur central ne conclue le massacre sur corner à la 78e minute. Lille, sans réaction, a tiré une seule fois au but.

Seule ombre au tableau : une bagarre a éclaté dans le tunnel à la mi-temps entre deux joueurs, sans conséquence. L'arbitre n'a distribué qu'un carton jaune. Dans les tribunes, l'ambiance est restée festive, et les supporters ont allumé des fumigènes sans incident.

« On a été abattus par l'efficacité marseillaise », a résumé le capitaine lillois, dont l'équipe recule à la sixième place. Avec quinze buts marqués lors de ses cinq derniers matchs, Marseille possède désormais l'attaque la plus explosive du championnat.

Prochain rendez-vous pour les Olympiens : un déplacement périlleux à Lyon samedi, dans un choc qui s'annonce explosif.
"""))
