"""Authoring source of benchmarks/events_test (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("test")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- test-017
ARTICLES.append(A(17, "fr", "article", "2025-04-10T08:00:00Z",
"Tchad : double attentat-suicide au marché de Bol, au moins neuf morts",
"""
N'DJAMENA, 10 avril (Dépêche) - Deux kamikazes se sont fait exploser hier à quelques minutes d'intervalle sur le marché central de Bol, chef-lieu de la province du Lac, tuant au moins neuf personnes et en blessant une vingtaine d'autres, selon un bilan provisoire communiqué par le gouverneur.

La première explosion s'est produite vers 10 heures près des étals de poisson séché. La seconde a eu lieu quelques minutes plus tard, au moment où les secours arrivaient. Selon un témoin, les deux kamikazes étaient des adolescentes âgées de 14 et 15 ans. Le marché compte quelque 500 étals et attire chaque mercredi des commerçants venus du Niger et du Nigeria.

L'attentat n'a pas été revendiqué. Une source sécuritaire estime qu'il « porte la signature » de Boko Haram ou de sa branche rivale, l'État islamique en Afrique de l'Ouest, sans autre précision.

Dans la nuit de lundi à mardi, des hommes armés avaient attaqué un poste de l'armée à Ngouboua, à une trentaine de kilomètres au nord-est de Bol. Deux soldats ont été tués et une dizaine d'assaillants « neutralisés », selon l'état-major. Mardi, des militaires ont par ailleurs désamorcé un engin explosif enfoui sur la route reliant Bol à Baga Sola.

La province du Lac, située à environ 300 km au nord-ouest de N'Djamena, a déjà été durement touchée. Il y a trois ans, un kamikaze s'était fait exploser à l'entrée d'une mosquée de Baga Sola, tuant cinq fidèles. Le 3 mai 2021, une mine avait tué quatre soldats près de Kiskawa.

Le gouverneur a décrété la fermeture du marché pour une semaine et interdit la circulation des motos dans la ville.
"""))
GOLD += [
E(17, ["Deux kamikazes se sont fait exploser", "La première explosion", "L'attentat"],
  "SUI", "2025-04-09", "day", "Bol", "TD", 9, 20, "at_least", None, None, False,
  "Twin suicide bombing (same market, minutes apart) coded as ONE event. 'hier' vs Thursday 10 April publication -> 9 April. 'une vingtaine' injured -> 20; the qualifier describes killed ('au moins neuf'). 'porte la signature' is speculation -> perpetrator null. 'vers 10 heures', '14 et 15 ans', '500 étals' are distractors. 'La seconde' is elliptical and not listed."),
E(17, ["avaient attaqué un poste de l'armée à Ngouboua"],
  "BAT", "2025-04-07", "day", "Ngouboua", "TD", 12, None, "about", None, None, False,
  "'Dans la nuit de lundi à mardi' -> dated at its start, Monday 7 April. All sides: 2 soldiers + 'une dizaine' (10) = 12, about. Unnamed 'hommes armés' -> null. 'une trentaine de kilomètres' is a distance."),
E(17, ["ont par ailleurs désamorcé un engin explosif"],
  "DWU", "2025-04-08", "day", "Bol", "TD", None, None, None, "military", None, False,
  "'Mardi' -> 8 April. Road between Bol and Baga Sola -> first-named place (Bol), as in events_val."),
E(17, ["un kamikaze s'était fait exploser à l'entrée d'une mosquée de Baga Sola"],
  "SUI", "2022-01-01", "year", "Baga Sola", "TD", 5, None, "exact", None, None, True,
  "'Il y a trois ans' vs 2025 -> 2022, year precision."),
E(17, ["une mine avait tué quatre soldats près de Kiskawa"],
  "IED", "2021-05-03", "day", "Kiskawa", "TD", 4, None, "exact", None, None, True,
  "Absolute date 'Le 3 mai 2021'. '300 km' is a distance; 'pour une semaine' is not an event."),
]

# ---------------------------------------------------------------- test-018
ARTICLES.append(A(18, "fr", "article", "2025-04-12T10:30:00Z",
"Attentat de Bol : le bilan passe à 15 morts, l'EIAO revendique",
"""
N'DJAMENA, 12 avril (Dépêche) - Le bilan du double attentat-suicide de mercredi au marché de Bol, dans la province du Lac, s'est alourdi à 15 morts et 32 blessés, a annoncé samedi le ministère de la Santé publique. Six blessés ont succombé à l'hôpital de Bol et deux autres à N'Djamena, où ils avaient été évacués.

L'État islamique en Afrique de l'Ouest (EIAO) a revendiqué jeudi l'attaque dans un communiqué diffusé par son agence Amaq, affirmant que deux de ses « martyres » avaient tué « plus de 70 apostats ». La faction historique de Boko Haram a démenti toute implication dans un message audio.

Le même jour, l'armée tchadienne a mené des frappes aériennes contre des positions de l'EIAO sur les îles proches de Ngouboua, « neutralisant une quarantaine de terroristes », selon un communiqué de l'état-major. Ce bilan n'a pas pu être vérifié de source indépendante.

Vendredi, plusieurs centaines d'habitants de Bol se sont rassemblés devant le gouvernorat pour réclamer davantage de sécurité. Les forces de l'ordre ont dispersé la foule à coups de gaz lacrymogène, et plusieurs manifestants ont été légèrement blessés, selon des témoins.

En février 2023, des combattants avaient attaqué un poste militaire à Kiskawa, tuant sept soldats. L'armée avait alors lancé une opération de trois mois sur les îles du lac.

Le président de la transition a promis « une riposte implacable » et annoncé l'envoi de 1 000 soldats supplémentaires dans la province.
"""))
GOLD += [
E(18, ["double attentat-suicide", "l'attaque"],
  "SUI", "2025-04-09", "day", "Bol", "TD", 15, 32, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Follow-up of test-017. 'de mercredi' vs Saturday 12 April -> 9 April. Updated toll 15 killed, 32 injured. Claimed Thursday by EIAO = ISWAP -> 'Islamic State West Africa Province'; the claimant's 'plus de 70' is not used. The Boko Haram denial is not a claim. 'Six' and 'deux autres' are parts of the 15, not extra deaths."),
E(18, ["a mené des frappes aériennes contre des positions de l'EIAO"],
  "AIR", "2025-04-10", "day", "Ngouboua", "TD", 40, None, "about", "military", None, False,
  "'Le même jour' = Thursday 10 April (the claim day). 'une quarantaine' -> 40, about. Islands near Ngouboua -> Ngouboua."),
E(18, ["se sont rassemblés devant le gouvernorat", "ont dispersé la foule"],
  "PI", "2025-04-11", "day", "Bol", "TD", None, None, None, None, None, False,
  "'Vendredi' -> 11 April. Tear gas -> protest with intervention. 'plusieurs manifestants ... légèrement blessés' has no number -> injured null. 'plusieurs centaines' are participants."),
E(18, ["des combattants avaient attaqué un poste militaire à Kiskawa"],
  "BAT", "2023-02-01", "month", "Kiskawa", "TD", 7, None, "exact", None, None, True,
  "'En février 2023' -> month. Unnamed attackers -> null. The three-month operation is not a dated event; '1 000 soldats' are not casualties."),
]

# ---------------------------------------------------------------- test-019
ARTICLES.append(A(19, "fr", "article", "2025-04-17T09:00:00Z",
"Attentat de Bol : quatre suspects arrêtés à N'Djamena, une femme interpellée à Baga Sola",
"""
N'DJAMENA, 17 avril (Dépêche) - La police tchadienne a arrêté lundi à N'Djamena quatre hommes soupçonnés d'avoir aidé à préparer le double attentat-suicide du 9 avril contre le marché de Bol, a annoncé jeudi le procureur de la République.

Les suspects, âgés de 19 à 41 ans, ont été interpellés dans le quartier de Dembé, dans le sud de la capitale. Deux kalachnikovs, 12 détonateurs et une somme de 3 millions de francs CFA ont été saisis lors de l'opération. Selon le procureur, l'un d'eux aurait hébergé les deux kamikazes pendant une semaine.

Une cinquième suspecte, une femme de 30 ans présentée comme la recruteuse des deux adolescentes, a été arrêtée mardi dernier à Baga Sola par la gendarmerie. Une soixantaine de personnes ont par ailleurs été entendues par les enquêteurs, et un chef de quartier de Bol a été convoqué puis relâché.

L'attentat, revendiqué par l'État islamique en Afrique de l'Ouest, a fait 16 morts et 32 blessés, selon le dernier bilan officiel. Une adolescente de 13 ans a succombé à ses blessures dimanche.

Dimanche également, des combattants ont enlevé six pêcheurs sur le lac, près de Liwa, selon des sources locales, qui évoquent de « présumés » membres de Boko Haram.

Ce n'est pas la première fois que Bol est visée. Le 22 août 2019, une kamikaze s'était fait exploser dans un camp de déplacés en périphérie de la ville, faisant six morts.
"""))
GOLD += [
E(19, ["a arrêté lundi à N'Djamena quatre hommes", "ont été interpellés dans le quartier de Dembé", "l'opération"],
  "ARR", "2025-04-14", "day", "N'Djamena", "TD", None, None, None, "police", None, False,
  "'lundi' vs Thursday 17 April -> 14 April. Dembé is a district of N'Djamena. Weapons, detonators and cash seized belong to the arrest. 'âgés de 19 à 41 ans' is an age range, not casualties."),
E(19, ["double attentat-suicide", "L'attentat"],
  "SUI", "2025-04-09", "day", "Bol", "TD", 16, 32, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Third article of the chain. '9 avril' absolute. Final toll 16 dead, 32 injured; the 13-year-old who died on Sunday is part of the 16."),
E(19, ["a été arrêtée mardi dernier à Baga Sola"],
  "ARR", "2025-04-15", "day", "Baga Sola", "TD", None, None, None, "police", None, False,
  "'mardi dernier' vs Thursday -> 15 April. Separate arrest (other place, other day). Gendarmerie -> police. 'Une soixantaine de personnes ... entendues' and the 'convoqué puis relâché' chief are not arrests; '30 ans' is an age."),
E(19, ["des combattants ont enlevé six pêcheurs"],
  "ABD", "2025-04-13", "day", "Liwa", "TD", None, None, None, None, None, False,
  "'Dimanche' -> 13 April. '« présumés » membres de Boko Haram' is speculation -> null."),
E(19, ["une kamikaze s'était fait exploser dans un camp de déplacés"],
  "SUI", "2019-08-22", "day", "Bol", "TD", 6, None, "exact", None, None, True,
  "Absolute date 'Le 22 août 2019'. Camp on the outskirts -> Bol."),
]

# ---------------------------------------------------------------- test-020
ARTICLES.append(A(20, "fr", "article", "2026-03-03T07:30:00Z",
"Niger : double attentat-suicide contre le camp militaire de Tillia",
"""
NIAMEY, 3 mars (Dépêche) - Deux kamikazes au volant de véhicules piégés ont foncé dimanche matin, à dix minutes d'intervalle, sur l'entrée du camp militaire de Tillia, dans la région de Tahoua, dans l'ouest du Niger, a annoncé lundi soir le ministère de la Défense.

Selon le communiqué, onze militaires ont été tués et 23 blessés, « ainsi que les deux kamikazes ». La deuxième explosion a visé les soldats qui portaient secours aux blessés de la première. Le camp abrite environ 400 hommes.

L'attaque n'avait pas été revendiquée mardi matin. Les autorités accusent l'État islamique au Sahel, très actif dans cette zone frontalière du Mali.

La veille, samedi, un véhicule de l'armée avait sauté sur une mine près de Tassara, à une cinquantaine de kilomètres au nord, tuant trois soldats. Vendredi, dans la région voisine de Tillabéri, des hommes armés ont enlevé un commerçant et son chauffeur près de Filingué.

À Niamey, des centaines de personnes se sont rassemblées lundi sur la place de la Concertation pour soutenir l'armée, à l'appel d'organisations proches de la junte. Le rassemblement s'est déroulé dans le calme.

Le camp de Tillia avait déjà été attaqué le 14 mars 2019 par des hommes armés ; une douzaine de soldats avaient alors péri. Le gouvernement a décrété trois jours de deuil national.
"""))
GOLD += [
E(20, ["Deux kamikazes au volant de véhicules piégés ont foncé", "La deuxième explosion", "L'attaque"],
  "SUI", "2026-03-01", "day", "Tillia", "NE", 13, 23, "exact", "Islamic State", None, False,
  "Twin suicide vehicle bombing coded as one event. 'dimanche matin' vs Tuesday 3 March -> 1 March. 11 soldiers + the two bombers = 13 killed (attackers count). 'Les autorités accusent l'État islamique' is a stated attribution (dev precedent) -> perpetrator Islamic State (Sahel branch -> 'Islamic State'); not claimed. 'environ 400 hommes' is a garrison size."),
E(20, ["avait sauté sur une mine près de Tassara"],
  "IED", "2026-02-28", "day", "Tassara", "NE", 3, None, "exact", None, None, False,
  "'La veille, samedi' -> 28 Feb. 'une cinquantaine de kilomètres' is a distance."),
E(20, ["des hommes armés ont enlevé un commerçant et son chauffeur"],
  "ABD", "2026-02-27", "day", "Filingué", "NE", None, None, None, None, None, False,
  "'Vendredi' vs Tuesday 3 March -> 27 Feb. Unnamed armed men -> null; two abductees are not casualties."),
E(20, ["se sont rassemblées lundi sur la place de la Concertation", "Le rassemblement"],
  "PP", "2026-03-02", "day", "Niamey", "NE", None, None, None, None, None, False,
  "'lundi' -> 2 March. Pro-army rally -> peaceful protest. 'des centaines' are participants."),
E(20, ["Le camp de Tillia avait déjà été attaqué le 14 mars 2019"],
  "BAT", "2019-03-14", "day", "Tillia", "NE", 12, None, "about", None, None, True,
  "Absolute date. 'une douzaine' -> 12, about. Unnamed attackers -> null. 'trois jours de deuil' is not an event."),
]

# ---------------------------------------------------------------- test-021
ARTICLES.append(A(21, "fr", "article", "2026-03-10T11:00:00Z",
"Attentat de Tillia : l'État islamique revendique, trois suspects arrêtés à Tahoua",
"""
NIAMEY, 10 mars (Dépêche) - L'État islamique au Sahel a revendiqué jeudi dernier le double attentat-suicide qui a frappé le 1er mars le camp militaire de Tillia, dans l'ouest du Niger, selon un message publié sur ses canaux de propagande. Le groupe y affirme avoir « anéanti » la garnison.

Le bilan officiel est désormais de 15 soldats tués, sans compter les deux kamikazes, et de 19 blessés encore hospitalisés à Tahoua et à Niamey.

La gendarmerie a arrêté samedi à Tahoua trois hommes soupçonnés d'avoir fourni les deux véhicules utilisés dans l'attentat, a indiqué une source judiciaire. Un garagiste de 52 ans figure parmi eux. Une vingtaine de témoins ont été entendus.

Mercredi, l'armée a mené plusieurs frappes aériennes contre des bases de l'organisation près de la frontière malienne, dans la zone d'Agando, tuant « plusieurs dizaines » de combattants, selon la télévision publique.

Le JNIM, rival de l'État islamique dans la région, a pour sa part démenti toute implication, après que des médias étrangers lui eurent attribué l'attentat.

Dimanche, une patrouille de la garde nationale est tombée dans une embuscade près de Tondikiwindi, dans la région de Tillabéri ; deux gardes ont été tués, selon une source locale.

L'an dernier, une embuscade contre un convoi escorté sur la route de Tahoua avait fait neuf morts, dont six civils. Ce convoi transportait du carburant et du ciment.
"""))
GOLD += [
E(21, ["le double attentat-suicide qui a frappé le 1er mars le camp militaire de Tillia", "l'attentat"],
  "SUI", "2026-03-01", "day", "Tillia", "NE", 17, 19, "exact", "Islamic State", "Islamic State", False,
  "Follow-up of test-020. '1er mars' absolute. 15 soldiers + the two bombers ('sans compter les deux kamikazes') = 17 killed, attackers counting as in the dev convention. 19 still in hospital -> injured. Claimed by IS Sahel -> 'Islamic State'. The JNIM denial is not a claim."),
E(21, ["La gendarmerie a arrêté samedi à Tahoua trois hommes"],
  "ARR", "2026-03-07", "day", "Tahoua", "NE", None, None, None, "police", None, False,
  "'samedi' vs Tuesday 10 March -> 7 March. Gendarmerie -> police. '52 ans' is an age; 'Une vingtaine de témoins ... entendus' are not arrests."),
E(21, ["a mené plusieurs frappes aériennes contre des bases de l'organisation"],
  "AIR", "2026-03-04", "day", "Agando", "NE", 12, None, "at_least", "military", None, False,
  "'Mercredi' -> 4 March. 'plusieurs dizaines' -> 12, at_least."),
E(21, ["est tombée dans une embuscade près de Tondikiwindi"],
  "BAT", "2026-03-08", "day", "Tondikiwindi", "NE", 2, None, "exact", None, None, False,
  "'Dimanche' vs Tuesday 10 March -> 8 March. The ambushers are not named -> null."),
E(21, ["une embuscade contre un convoi escorté sur la route de Tahoua"],
  "BAT", "2025-01-01", "year", "Tahoua", "NE", 9, None, "exact", None, None, True,
  "'L'an dernier' vs 2026 -> 2025, year. Ambush on an escorted convoy -> armed clash; attackers unnamed. 'dont six civils' is part of the nine."),
]

# ---------------------------------------------------------------- test-022
ARTICLES.append(A(22, "fr", "article", "2025-11-20T12:00:00Z",
"Burkina Faso : embuscade meurtrière contre un convoi entre Dori et Sebba",
"""
OUAGADOUGOU, 20 novembre (Dépêche) - Des combattants du Groupe de soutien à l'islam et aux musulmans (GSIM) ont tendu mardi une embuscade à un convoi de ravitaillement escorté par l'armée entre Dori et Sebba, dans le nord-est du Burkina Faso, selon des sources sécuritaires et locales.

Au moins 25 soldats et supplétifs civils (VDP) ont été tués, ainsi que plusieurs dizaines d'assaillants, selon ces sources. Le convoi, composé d'une centaine de camions, transportait des vivres pour Sebba, sous blocus depuis deux ans. Le GSIM a revendiqué l'embuscade mercredi.

Le même jour, des hommes armés ont enlevé une vingtaine de femmes qui ramassaient du bois près de Gorom-Gorom. Aucune nouvelle d'elles n'a été donnée.

Mercredi, l'armée a mené des frappes de drone près de Seytenga, « neutralisant une trentaine de terroristes » qui se repliaient après l'embuscade, selon l'Agence d'information du Burkina.

Lundi, à Dori, quelques centaines d'habitants avaient manifesté pacifiquement contre le blocus, réclamant l'ouverture d'un couloir humanitaire. Samedi, la gendarmerie a arrêté à Kaya trois commerçants accusés de livrer des motos aux groupes armés.

En septembre 2023, un engin explosif avait tué six VDP près de Sebba. Les autorités n'ont jamais publié de bilan officiel des attaques de ces derniers mois.
"""))
GOLD += [
E(22, ["ont tendu mardi une embuscade à un convoi de ravitaillement", "l'embuscade"],
  "BAT", "2025-11-18", "day", "Dori", "BF", 37, None, "at_least", "JNIM", "JNIM", False,
  "'mardi' vs Thursday 20 Nov -> 18 Nov. Road between Dori and Sebba -> first-named place, Dori (events_val choice; debatable). All sides: 'Au moins 25' + 'plusieurs dizaines' (12) = 37, at_least. GSIM = JNIM, claimed Wednesday. 'une centaine de camions' and 'deux ans' are distractors."),
E(22, ["des hommes armés ont enlevé une vingtaine de femmes"],
  "ABD", "2025-11-18", "day", "Gorom-Gorom", "BF", None, None, None, None, None, False,
  "'Le même jour' = Tuesday 18 Nov. 'une vingtaine' are abductees, not casualties. Unnamed armed men -> null."),
E(22, ["a mené des frappes de drone près de Seytenga"],
  "AIR", "2025-11-19", "day", "Seytenga", "BF", 30, None, "about", "military", None, False,
  "'Mercredi' -> 19 Nov. 'une trentaine' -> 30, about."),
E(22, ["avaient manifesté pacifiquement contre le blocus"],
  "PP", "2025-11-17", "day", "Dori", "BF", None, None, None, None, None, False,
  "'Lundi' -> 17 Nov. 'quelques centaines' are participants."),
E(22, ["la gendarmerie a arrêté à Kaya trois commerçants"],
  "ARR", "2025-11-15", "day", "Kaya", "BF", None, None, None, "police", None, False,
  "'Samedi' vs Thursday 20 Nov -> 15 Nov. Gendarmerie -> police."),
E(22, ["un engin explosif avait tué six VDP près de Sebba"],
  "IED", "2023-09-01", "month", "Sebba", "BF", 6, None, "exact", None, None, True,
  "'En septembre 2023' -> month."),
]
