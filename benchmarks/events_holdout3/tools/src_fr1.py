"""Authoring source of benchmarks/events_holdout3 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bandiagara, Mali bus bombing (holdout3-017 wire, 018 radio, 021
tribune) and Cameroon's Far North (019). Notes are in English, as in the
other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout3")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout3-017
ARTICLES.append(A(17, "fr", "article", "2026-03-26T10:00:00Z",
"Mali : au moins treize civils tués par une mine au passage d'un car près de Bandiagara",
"""
BAMAKO, 26 mars (Agence) - Au moins treize civils ont été tués et une vingtaine blessés mardi lorsqu'un car de transport a sauté sur un engin explosif sur l'axe Bandiagara-Bankass, dans le centre du Mali, a annoncé le gouvernement dans un communiqué.

Le car de 60 places, parti de Mopti à 6 heures du matin, a heurté l'engin à environ 25 km de Bandiagara. Parmi les victimes figurent une femme enceinte et un apprenti chauffeur de 16 ans, selon un responsable de la compagnie de transport. Le billet coûte 5 000 francs CFA.

Le gouvernement accuse les « terroristes » du Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM), très présent dans la zone. Le groupe n'a pas réagi.

Mercredi, l'armée a mené des frappes de drone contre des positions jihadistes près de Sofara, « neutralisant des dizaines de terroristes », selon l'état-major.

Lundi, des hommes armés ont enlevé quatre commerçants sur le marché hebdomadaire de Macina, a indiqué un élu local. Aucune demande de rançon n'a été formulée.

Par ailleurs, la gendarmerie a arrêté jeudi dernier à Bankass neuf personnes soupçonnées de ravitailler les groupes armés en carburant. Plus de 2 000 litres d'essence ont été saisis.

Les routes du centre du pays sont régulièrement visées. En 2017, une mine avait tué quatre soldats au passage de leur véhicule près de Sofara.
"""))
GOLD += [
E(17, ["un car de transport a sauté sur un engin explosif", "a heurté l'engin"],
  "IED", "2026-03-24", "day", "Bandiagara", "ML", 13, 20, "at_least", "JNIM", None, False,
  "'mardi' vs Thursday 26 March -> 24 March. 'Au moins treize' -> 13, at_least; 'une vingtaine blessés' -> 20. A road between two places -> first-named, Bandiagara. The government accuses the JNIM as fact and the group does not react (no denial) -> perpetrator JNIM, not claimed. '60 places', '6 heures', '25 km', '16 ans' (age of one victim), '5 000 francs CFA' are distractors."),
E(17, ["l'armée a mené des frappes de drone contre des positions jihadistes près de Sofara"],
  "AIR", "2026-03-25", "day", "Sofara", "ML", 12, None, "at_least", "military", None, False,
  "'Mercredi' -> 25 March. The army's own figure 'des dizaines de terroristes' -> 12, at_least (dev table; the acting force's figure, as in events_holdout fr 027)."),
E(17, ["des hommes armés ont enlevé quatre commerçants sur le marché hebdomadaire de Macina"],
  "ABD", "2026-03-23", "day", "Macina", "ML", None, None, None, None, None, False,
  "'Lundi' -> 23 March. 'quatre commerçants' are abductees."),
E(17, ["la gendarmerie a arrêté jeudi dernier à Bankass neuf personnes"],
  "ARR", "2026-03-19", "day", "Bankass", "ML", None, None, None, "police", None, False,
  "'jeudi dernier' in a Thursday story -> the Thursday before, 19 March. Gendarmerie -> 'police'. '2 000 litres' belong to the arrest."),
E(17, ["une mine avait tué quatre soldats au passage de leur véhicule près de Sofara"],
  "IED", "2017-01-01", "year", "Sofara", "ML", 4, None, "exact", None, None, True,
  "'En 2017' -> year."),
]

# --------------------------------------------------------------- holdout3-018
ARTICLES.append(A(18, "fr", "transcript", "2026-03-27T19:00:00Z",
"Journal du soir, Radio Sahel Info, 27 mars (transcription)",
"""
PRÉSENTATRICE : Bonsoir, voici le journal de 19 heures. Au Mali, le bilan de l'attentat de mardi contre le car de Bandiagara s'est encore alourdi. Notre correspondant à Mopti, Boubacar Tessougué, est en ligne. Boubacar ?

BOUBACAR TESSOUGUÉ : Oui, bonsoir. Alors, euh, selon l'hôpital de Sévaré, le bilan est désormais de dix-neuf morts, contre treize annoncés mercredi. Deux blessés sont décédés cette nuit, et quatre autres corps ont été retrouvés près de l'épave. Il reste vingt-trois blessés hospitalisés.

PRÉSENTATRICE : Et il y a eu une revendication ?

BOUBACAR TESSOUGUÉ : Oui. Le JNIM a revendiqué l'attaque hier, dans un message audio. Le groupe dit qu'il visait des, euh, « miliciens » qui voyageaient dans le car. Les familles, elles, disent que c'étaient des commerçants.

PRÉSENTATRICE : On nous signale aussi des combats à Niono.

BOUBACAR TESSOUGUÉ : Oui, ce matin, des jihadistes ont attaqué le camp militaire de Niono, à l'aube. L'armée parle de quarante-deux morts, dont trente-six assaillants. C'est un bilan qu'on ne peut pas vérifier pour l'instant.

PRÉSENTATRICE : Et à Bandiagara, la colère ?

BOUBACAR TESSOUGUÉ : Oui, ce matin, plusieurs centaines de personnes ont marché jusqu'à la préfecture pour réclamer des escortes sur la route. Tout s'est passé dans le calme. Il faut dire que l'an dernier, déjà, un car avait été attaqué près de Bankass, il y avait eu onze morts.

PRÉSENTATRICE : Merci Boubacar. Pour les familles, un numéro vert a été ouvert : le 80 00 12 34. Le journal continue avec le sport.
"""))
GOLD += [
E(18, ["l'attentat de mardi contre le car de Bandiagara", "l'attaque hier"],
  "IED", "2026-03-24", "day", "Bandiagara", "ML", 19, 23, "exact", "JNIM", "JNIM", False,
  "Follow-up of holdout3-017. 'de mardi' vs Friday 27 March -> 24 March. 'dix-neuf morts' supersedes 'treize'; 'vingt-trois blessés hospitalisés' -> injured 23 (no other wounded total in this document). The JNIM claims it 'hier' (26 March); the event keeps its own day. Its 'miliciens' framing is not a figure. 'Deux blessés' and 'quatre autres corps' are part of the revision."),
E(18, ["des jihadistes ont attaqué le camp militaire de Niono"],
  "BAT", "2026-03-27", "day", "Niono", "ML", 42, None, "exact", None, None, False,
  "'ce matin' -> 27 March. 'quarante-deux morts, dont trente-six assaillants' -> 42 all sides (the acting and defending army's figure). Unnamed 'jihadistes' -> null."),
E(18, ["plusieurs centaines de personnes ont marché jusqu'à la préfecture"],
  "PP", "2026-03-27", "day", "Bandiagara", "ML", None, None, None, None, None, False,
  "'ce matin' -> 27 March. 'Tout s'est passé dans le calme' -> Peaceful protest. 'plusieurs centaines' are participants."),
E(18, ["un car avait été attaqué près de Bankass"],
  "ATK", "2025-01-01", "year", "Bankass", "ML", 11, None, "exact", None, None, True,
  "'l'an dernier' -> 2025, year. 'attaqué' with no weapon named -> Attack on civilians. The hotline '80 00 12 34' and '19 heures' are distractors."),
]

# --------------------------------------------------------------- holdout3-019
ARTICLES.append(A(19, "fr", "article", "2026-09-03T11:00:00Z",
"Cameroun : l'EIAO revendique l'attaque d'un poste militaire dans l'Extrême-Nord",
"""
MAROUA, 3 septembre (Agence) - L'État islamique en Afrique de l'Ouest (EIAO) a revendiqué l'attaque menée mercredi contre un poste militaire à Tokombéré, dans l'Extrême-Nord du Cameroun, au cours de laquelle trois soldats et plusieurs dizaines d'assaillants ont été tués, selon une source sécuritaire.

Les assaillants, arrivés à bord d'une dizaine de pick-up vers 2 h 30 du matin, ont été repoussés après deux heures de combats. Dans sa revendication, l'EIAO affirme avoir tué « 17 soldats croisés ».

Dans la nuit de lundi à mardi, des hommes armés présentés par les autorités comme des combattants de Boko Haram ont attaqué un village proche de Koza, tuant sept villageois, dont un garçon de 12 ans, et incendiant une trentaine de cases.

Dimanche, six bergers ont été enlevés près de Tokombéré. Les ravisseurs réclament 3 millions de francs CFA par otage, selon leurs familles.

Mercredi, plusieurs centaines d'habitants de Mozogo ont manifesté pour réclamer le retour des soldats retirés de la localité le mois dernier. Les gendarmes ont dispersé la foule à coups de gaz lacrymogène ; deux manifestants ont été blessés.

Mardi, la gendarmerie a interpellé à Koza 14 personnes soupçonnées de renseigner les jihadistes.

L'Extrême-Nord subit les attaques des groupes jihadistes depuis 2014. En 2016, deux kamikazes s'étaient fait exploser au marché de Mozogo, tuant quatre personnes.
"""))
GOLD += [
E(19, ["l'attaque menée mercredi contre un poste militaire à Tokombéré", "deux heures de combats"],
  "BAT", "2026-09-02", "day", "Tokombéré", "CM", 15, None, "at_least", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'mercredi' vs Thursday 3 Sept -> 2 Sept. An attack on a military post that was repulsed -> Armed clash, initiated by the claimant (EIAO = ISWAP). 'trois soldats et plusieurs dizaines d'assaillants' -> 3 + 12 = 15, at_least. The claimant's '17 soldats croisés' is not used. 'une dizaine de pick-up' vehicles, '2 h 30' a time."),
E(19, ["des hommes armés présentés par les autorités comme des combattants de Boko Haram ont attaqué un village proche de Koza"],
  "ATK", "2026-08-31", "day", "Koza", "CM", 7, None, "exact", "Boko Haram", None, False,
  "'Dans la nuit de lundi à mardi' -> dated at its start, Monday 31 Aug. The authorities' attribution stated as fact -> 'Boko Haram'; no claim. '12 ans' is an age; 'une trentaine de cases' are huts."),
E(19, ["six bergers ont été enlevés près de Tokombéré"],
  "ABD", "2026-08-30", "day", "Tokombéré", "CM", None, None, None, None, None, False,
  "'Dimanche' -> 30 Aug. '3 millions de francs CFA' is a ransom demand."),
E(19, ["plusieurs centaines d'habitants de Mozogo ont manifesté"],
  "PI", "2026-09-02", "day", "Mozogo", "CM", None, 2, "exact", None, None, False,
  "'Mercredi' -> 2 Sept. Dispersed with tear gas -> Protest with intervention; two protesters hurt -> injured 2. The troop withdrawal 'le mois dernier' is not an event."),
E(19, ["la gendarmerie a interpellé à Koza 14 personnes"],
  "ARR", "2026-09-01", "day", "Koza", "CM", None, None, None, "police", None, False,
  "'Mardi' -> 1 Sept. 'interpellé' = arrested; gendarmerie -> 'police'. '14 personnes' are arrestees."),
E(19, ["deux kamikazes s'étaient fait exploser au marché de Mozogo"],
  "SUI", "2016-01-01", "year", "Mozogo", "CM", 4, None, "exact", None, None, True,
  "'En 2016' -> year. Twin suicide bombing -> one event. 'depuis 2014' is a generic reference."),
]

# --------------------------------------------------------------- holdout3-021
ARTICLES.append(A(21, "fr", "article", "2026-04-09T07:00:00Z",
"Tribune : dans le centre du Mali, la route est devenue une ligne de front",
"""
Le 24 mars, dix-neuf passagers d'un car sont morts sur la route de Bandiagara, tués par une mine enfouie dans la latérite. Le JNIM a revendiqué l'attentat, comme si ces commerçants étaient des combattants. Ceux qui connaissent la région n'ont pas été surpris : depuis dix ans, les routes du centre du Mali sont devenues une ligne de front.

Souvenons-nous. En 2015, des hommes armés avaient mitraillé un camion de commerçants près de Macina, tuant cinq personnes. En 2016, une embuscade contre un convoi de l'armée près de Diafarabé avait tué six soldats. En janvier 2018, un minibus avait sauté sur une mine près de Dioura, faisant douze morts. En 2020, des miliciens avaient incendié un village proche de Tominian et tué une vingtaine d'habitants. Il y a deux ans, une trentaine de passagers d'un car avaient été enlevés près de Bandiagara ; la plupart ont été relâchés après trois semaines.

À chaque drame, les mêmes promesses : des escortes, des patrouilles, des drones. Le 2 février dernier, des milliers d'habitants de Bandiagara avaient encore défilé pacifiquement pour réclamer la sécurité des axes. Sept semaines plus tard, le car de Mopti sautait.

Les chiffres sont connus : plus de 400 000 déplacés dans le centre, des centaines d'écoles fermées, un billet de car qui a doublé en cinq ans. Ce qui manque, ce n'est pas le diagnostic, c'est la volonté de protéger les civils plutôt que de compter les « terroristes neutralisés ».

Il faudra aussi parler avec les communautés, peules et dogons, qui vivent côte à côte depuis des siècles. Aucune armée, aucun drone ne remplacera ce dialogue.

L'auteur est ancien préfet de Bankass.
"""))
GOLD += [
E(21, ["dix-neuf passagers d'un car sont morts sur la route de Bandiagara", "l'attentat", "le car de Mopti sautait"],
  "IED", "2026-03-24", "day", "Bandiagara", "ML", 19, None, "exact", "JNIM", "JNIM", False,
  "'Le 24 mars' vs 9 April -> 16 days -> current. 'une mine enfouie' -> Remote explosive. 'dix-neuf' -> 19 exact. JNIM claim -> claimant and perpetrator. 'la route de Bandiagara' -> Bandiagara."),
E(21, ["des hommes armés avaient mitraillé un camion de commerçants près de Macina"],
  "ATK", "2015-01-01", "year", "Macina", "ML", 5, None, "exact", None, None, True,
  "'En 2015' -> year. Unnamed armed men firing on a civilian truck -> Attack, null."),
E(21, ["une embuscade contre un convoi de l'armée près de Diafarabé"],
  "BAT", "2016-01-01", "year", "Diafarabé", "ML", 6, None, "exact", None, None, True,
  "'En 2016' -> year. An ambush on an army convoy by unnamed attackers -> Armed clash, null."),
E(21, ["un minibus avait sauté sur une mine près de Dioura"],
  "IED", "2018-01-01", "month", "Dioura", "ML", 12, None, "exact", None, None, True,
  "'En janvier 2018' -> month. 'douze morts' -> 12."),
E(21, ["des miliciens avaient incendié un village proche de Tominian"],
  "ATK", "2020-01-01", "year", "Tominian", "ML", 20, None, "about", None, None, True,
  "'En 2020' -> year. 'une vingtaine d'habitants' -> 20, about. Unnamed 'miliciens' -> null."),
E(21, ["une trentaine de passagers d'un car avaient été enlevés près de Bandiagara"],
  "ABD", "2024-01-01", "year", "Bandiagara", "ML", None, None, None, None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year. 'une trentaine' are abductees, not casualties; 'trois semaines' a duration."),
E(21, ["des milliers d'habitants de Bandiagara avaient encore défilé pacifiquement"],
  "PP", "2026-02-02", "day", "Bandiagara", "ML", None, None, None, None, None, True,
  "'Le 2 février dernier' vs 9 April -> 66 days -> background. 'des milliers' are participants. '400 000 déplacés', 'des centaines d'écoles' are distractors."),
]
