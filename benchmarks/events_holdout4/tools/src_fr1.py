"""Authoring source of benchmarks/events_holdout4 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in French: the Djibasso, Burkina Faso attack (holdout4-017), a radio
bulletin from Tillabéri, Niger (018), northern Benin and Togo (019) and the
French roundup (020). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout4")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout4-017
ARTICLES.append(A(17, "fr", "article", "2026-05-25T10:00:00Z",
"Burkina : au moins soixante-dix-sept morts dans l'attaque de Djibasso",
"""
OUAGADOUGOU, 25 mai (Dépêche) - Pas moins de quarante-deux soldats et volontaires pour la défense de la patrie (VDP) ont été tués dans l'attaque du détachement militaire de Djibasso, dans la province de la Kossi, dans la nuit de samedi à dimanche, selon des sources sécuritaires. Trente-cinq assaillants ont également été tués, soit au moins soixante-dix-sept morts. Une vingtaine de blessés ont été évacués vers Dédougou.

Les assaillants, arrivés vers 2 heures du matin à bord d'une centaine de motos, ont incendié le camp et emporté deux véhicules blindés et des munitions. Le Groupe de soutien à l'islam et aux musulmans (GSIM) a revendiqué l'attaque lundi, affirmant avoir tué « plus de 150 militaires ».

Samedi, des frappes aériennes de l'armée avaient visé un rassemblement de combattants près de Nouna, à une soixantaine de kilomètres, tuant « une vingtaine de terroristes », selon l'état-major.

La gendarmerie a par ailleurs interpellé neuf personnes à Nouna dimanche, soupçonnées d'avoir renseigné les assaillants. Parmi elles figure un commerçant de 63 ans.

Djibasso avait déjà été visée en 2023, lorsqu'une embuscade près de Djibasso avait coûté la vie à douze soldats. Depuis le début de l'année, la Kossi a connu sa quarantième attaque, selon une ONG locale, et plus de 18 000 personnes ont quitté la zone.

Le gouvernement a décrété trois jours de deuil national à partir de mardi.
"""))
GOLD += [
E(17, ["l'attaque du détachement militaire de Djibasso", "a revendiqué l'attaque lundi"],
  "BAT", "2026-05-23", "day", "Djibasso", "BF", 77, 20, "at_least", "JNIM", "JNIM", False,
  "'dans la nuit de samedi à dimanche' vs Monday 25 May -> dated at its start, Saturday 23 May. An assault on a military detachment -> Armed clash initiated by the attackers, claimed by the GSIM -> JNIM. 'Pas moins de quarante-deux' (at_least) + 'Trente-cinq assaillants' = 77, at_least (the text also says 'au moins soixante-dix-sept'). 'Une vingtaine de blessés' -> 20. The claim's 'plus de 150 militaires' is not used. '2 heures', 'une centaine de motos', 'deux véhicules blindés' are distractors."),
E(17, ["des frappes aériennes de l'armée avaient visé un rassemblement de combattants près de Nouna"],
  "AIR", "2026-05-23", "day", "Nouna", "BF", 20, None, "about", "military", None, False,
  "'Samedi' -> 23 May. The acting force's 'une vingtaine de terroristes' is the only figure -> 20, about. 'une soixantaine de kilomètres' is a distance."),
E(17, ["La gendarmerie a par ailleurs interpellé neuf personnes à Nouna"],
  "ARR", "2026-05-24", "day", "Nouna", "BF", None, None, None, "police", None, False,
  "'dimanche' -> 24 May. Gendarmerie -> police. '63 ans' is an age."),
E(17, ["une embuscade près de Djibasso avait coûté la vie à douze soldats"],
  "BAT", "2023-01-01", "year", "Djibasso", "BF", 12, None, "exact", None, None, True,
  "'en 2023' -> year. An ambush of soldiers -> Armed clash; no actor named. 'quarantième attaque' and '18 000 personnes' are cumulative figures; 'trois jours de deuil' is not an event."),
]

# --------------------------------------------------------------- holdout4-018
ARTICLES.append(A(18, "fr", "transcript", "2026-08-27T07:00:00Z",
"Journal de 8 heures : embuscade meurtrière près de Torodi",
"""
PRÉSENTATRICE : Il est 8 heures à Niamey. À la une de ce journal, l'embuscade meurtrière contre un convoi de l'armée près de Torodi, dans la région de Tillabéri. Notre correspondant Issoufou Hama est en ligne. Issoufou, bonjour.

ISSOUFOU HAMA : Bonjour. Alors, euh, c'était avant-hier, mardi, en fin d'après-midi. Un convoi qui escortait des camions de vivres a été attaqué à une quinzaine de kilomètres de Torodi. Le ministère de la Défense parle de vingt-trois soldats tués et de onze blessés. Il dit aussi que, euh, une cinquantaine de terroristes ont été neutralisés. Donc on est, au total, à plus de soixante-dix morts.

PRÉSENTATRICE : Qui est derrière cette attaque ?

ISSOUFOU HAMA : L'État islamique au Sahel a revendiqué l'embuscade hier soir sur ses canaux. Le groupe affirme avoir, euh, tué quatre-vingt-onze soldats, un chiffre que l'armée dément.

PRÉSENTATRICE : Et il y a eu un enlèvement près de Gothèye ?

ISSOUFOU HAMA : Oui, hier matin des hommes armés ont enlevé six bergers et emporté environ deux cents têtes de bétail près de Gothèye. Personne n'a revendiqué cet enlèvement. Les familles disent qu'on leur réclame, euh, deux millions de francs CFA.

PRÉSENTATRICE : On parle aussi d'une manifestation à Say.

ISSOUFOU HAMA : Oui, des centaines de femmes ont marché hier dans le calme à Say pour réclamer la réouverture des marchés, fermés depuis juin. Il n'y a pas eu d'incident.

PRÉSENTATRICE : Merci Issoufou. Les numéros verts pour signaler un engin suspect restent le 17 et le 80 00 11 11.
"""))
GOLD += [
E(18, ["l'embuscade meurtrière contre un convoi de l'armée près de Torodi", "Un convoi qui escortait des camions de vivres a été attaqué", "a revendiqué l'embuscade"],
  "BAT", "2026-08-25", "day", "Torodi", "NE", 73, 11, "about", "Islamic State", "Islamic State", False,
  "'avant-hier, mardi' vs Thursday 27 Aug -> 25 Aug. An ambush on an escorted convoy -> Armed clash; claimed by l'État islamique au Sahel -> Islamic State. 'vingt-trois soldats' + 'une cinquantaine de terroristes' (50, about) = 73, about (the sum takes the vague part's qualifier); the correspondent's 'plus de soixante-dix' rounds it. 'onze blessés'. The claim's 'quatre-vingt-onze' is not used. 'une quinzaine de kilomètres' is a distance."),
E(18, ["un enlèvement près de Gothèye", "des hommes armés ont enlevé six bergers", "cet enlèvement"],
  "ABD", "2026-08-26", "day", "Gothèye", "NE", None, None, None, None, None, False,
  "'hier matin' -> 26 Aug. Unclaimed, unnamed -> null. 'six bergers', 'deux cents têtes de bétail', 'deux millions de francs CFA' are distractors. The presenter's cue 'un enlèvement près de Gothèye' clearly names it (events_val rule)."),
E(18, ["une manifestation à Say", "des centaines de femmes ont marché hier dans le calme à Say"],
  "PP", "2026-08-26", "day", "Say", "NE", None, None, None, None, None, False,
  "'hier' -> 26 Aug. 'dans le calme', 'pas eu d'incident' -> Peaceful protest. 'des centaines' are participants; 'depuis juin' is a closure."),
]

# --------------------------------------------------------------- holdout4-019
ARTICLES.append(A(19, "fr", "article", "2026-03-25T09:30:00Z",
"Nord du Bénin : attaque contre le poste de Porga, engin explosif au Togo",
"""
COTONOU, 25 mars (Dépêche) - Huit militaires béninois et vingt assaillants ont été tués lors de l'attaque d'un poste de l'armée à Porga, près de la frontière burkinabè, dans la nuit de dimanche à lundi, a annoncé mardi l'état-major. Quatre militaires ont été blessés et transférés à l'hôpital de Tanguiéta.

Les assaillants, venus à moto et en pick-up, ont attaqué le poste vers 3 h 30 et les combats ont duré près de deux heures. Le JNIM a revendiqué l'attaque mardi soir, dans un message qui évoque « trente soldats tués ». L'armée affirme avoir récupéré douze fusils d'assaut et une mitrailleuse.

Au Togo voisin, un engin explosif improvisé a visé lundi un véhicule de la gendarmerie sur la route entre Mandouri et Borgou, dans la préfecture de Kpendjal, sans faire de victimes. Le véhicule, qui transportait six gendarmes, a été endommagé.

À Tanguiéta, la police a arrêté mardi trois hommes soupçonnés d'avoir fourni du carburant aux assaillants de Porga. Deux motos et 400 litres d'essence ont été saisis.

La région avait déjà été frappée il y a trois ans : en 2023, l'explosion d'une mine artisanale sous un camion de ravitaillement avait tué cinq soldats près de Porga. Depuis, le Bénin a déployé près de 3 000 militaires dans le nord du pays dans le cadre de l'opération Mirador.
"""))
GOLD += [
E(19, ["l'attaque d'un poste de l'armée à Porga", "ont attaqué le poste vers 3 h 30", "les combats ont duré", "a revendiqué l'attaque mardi soir"],
  "BAT", "2026-03-22", "day", "Porga", "BJ", 28, 4, "exact", "JNIM", "JNIM", False,
  "'dans la nuit de dimanche à lundi' vs Wednesday 25 March -> dated at its start, Sunday 22 March. An attack on an army post with two hours of fighting -> Armed clash initiated by the attackers; claimed by JNIM. 'Huit militaires béninois et vingt assaillants' = 28; 'Quatre militaires ont été blessés'. The claim's 'trente soldats tués' is not used. '3 h 30', 'deux heures', 'douze fusils' are distractors."),
E(19, ["un engin explosif improvisé a visé lundi un véhicule de la gendarmerie"],
  "IED", "2026-03-23", "day", "Mandouri", "TG", 0, 0, "exact", None, None, False,
  "'lundi' -> 23 March. Road between Mandouri and Borgou -> first-named place Mandouri. 'sans faire de victimes' -> 0/0. 'six gendarmes' were aboard, not casualties."),
E(19, ["la police a arrêté mardi trois hommes"],
  "ARR", "2026-03-24", "day", "Tanguiéta", "BJ", None, None, None, "police", None, False,
  "'mardi' -> 24 March. 'Deux motos et 400 litres' seized belong to the arrest."),
E(19, ["l'explosion d'une mine artisanale sous un camion de ravitaillement"],
  "IED", "2023-01-01", "year", "Porga", "BJ", 5, None, "exact", None, None, True,
  "'il y a trois ans : en 2023' -> year. 'près de 3 000 militaires' is a deployment."),
]

# --------------------------------------------------------------- holdout4-020
ARTICLES.append(A(20, "fr", "article", "2026-10-09T06:00:00Z",
"Le point sécurité du vendredi 9 octobre",
"""
Notre tour d'horizon quotidien des incidents sécuritaires, d'après nos correspondants et des sources locales.

BURKINA FASO - Des hommes armés ont attaqué mercredi le village de Tibga, près de Gayéri, dans l'Est, tuant une trentaine de civils, selon des habitants. Une quinzaine de maisons et des greniers ont été incendiés.

NIGER - Trois soldats ont été tués et cinq autres blessés jeudi lorsque leur véhicule a sauté sur une mine artisanale près de Say, au sud de Niamey, selon une source militaire.

BÉNIN - Quatre commerçants qui se rendaient au marché de Matéri ont été enlevés mardi par des hommes armés. Leurs ravisseurs réclament cinq millions de francs CFA.

TOGO - La police a arrêté hier à Dapaong onze personnes soupçonnées de collaborer avec des groupes armés. Des téléphones et 800 000 francs CFA ont été saisis.

TCHAD - Des affrontements entre éleveurs et agriculteurs ont fait treize morts et une vingtaine de blessés lundi près d'Abéché, dans le Ouaddaï, selon le gouverneur. Le gouverneur a appelé au calme et interdit le port d'armes pendant 30 jours.

HAÏTI - Des membres de la coalition de gangs Viv Ansanm ont ouvert le feu hier sur un marché de l'Arcahaie, tuant sept personnes, dont un enfant de 8 ans, a indiqué la police nationale. Plus de 500 familles ont fui vers Cabaret.
"""))
GOLD += [
E(20, ["Des hommes armés ont attaqué mercredi le village de Tibga"],
  "ATK", "2026-10-07", "day", "Tibga", "BF", 30, None, "about", None, None, False,
  "Digest dated Friday 9 Oct; 'mercredi' -> 7 Oct. The village Tibga is the most specific place. 'une trentaine' -> 30, about. 'Une quinzaine de maisons' are houses."),
E(20, ["leur véhicule a sauté sur une mine artisanale près de Say"],
  "IED", "2026-10-08", "day", "Say", "NE", 3, 5, "exact", None, None, False,
  "'jeudi' -> 8 Oct. 3 killed, 5 wounded."),
E(20, ["Quatre commerçants qui se rendaient au marché de Matéri ont été enlevés"],
  "ABD", "2026-10-06", "day", "Matéri", "BJ", None, None, None, None, None, False,
  "'mardi' -> 6 Oct. Abductees and ransom are not casualties."),
E(20, ["La police a arrêté hier à Dapaong onze personnes"],
  "ARR", "2026-10-08", "day", "Dapaong", "TG", None, None, None, "police", None, False,
  "'hier' -> 8 Oct. '800 000 francs CFA' seized belong to the arrest."),
E(20, ["Des affrontements entre éleveurs et agriculteurs"],
  "BAT", "2026-10-05", "day", "Abéché", "TD", 13, 20, "exact", None, None, False,
  "'lundi' -> 5 Oct. Armed communal clash, no initiator -> null. 'treize morts' exact, 'une vingtaine de blessés' -> 20 (the qualifier describes the killed figure). 'pendant 30 jours' is a ban, not an event."),
E(20, ["ont ouvert le feu hier sur un marché de l'Arcahaie"],
  "ATK", "2026-10-08", "day", "Arcahaie", "HT", 7, None, "exact", "Viv Ansanm", None, False,
  "'hier' -> 8 Oct. Stated by the national police -> Viv Ansanm. '8 ans' is an age; 'Plus de 500 familles' displaced."),
]
