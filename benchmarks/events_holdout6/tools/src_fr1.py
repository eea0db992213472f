"""Authoring source of benchmarks/events_holdout6 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in French: the attack on the Koro camp, central Mali (holdout6-014), an
army press release from Lubero, DR Congo (015), a radio bulletin from Djugu,
Ituri (016) and a local newspaper from the North-West of Cameroon (017).
Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout6")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout6-014
ARTICLES.append(A(14, "fr", "article", "2026-01-22T10:00:00Z",
"Mali : trente-quatre morts dans l'attaque du camp de Koro",
"""
ABIDJAN, 22 janvier (Dépêche) - Quatorze soldats maliens ont été tués et neuf autres blessés mardi dans l'attaque du camp militaire de Koro, dans le centre du Mali, selon des sources sécuritaires. Une vingtaine d'assaillants ont également péri, a indiqué l'armée, qui parle d'une « riposte vigoureuse ».

Les assaillants, venus d'une forêt située à 25 kilomètres du camp, ont lancé l'assaut vers 5 heures du matin à bord d'une soixantaine de motos. Les combats ont duré près de trois heures. Le JNIM a revendiqué l'attaque mercredi, affirmant avoir tué « plus de soixante militaires » et saisi trois véhicules.

Mercredi, des frappes de drones de l'armée ont visé des positions des assaillants près de Dinangourou, à une cinquantaine de kilomètres à l'est, « neutralisant plusieurs dizaines de terroristes », selon l'état-major.

À Djenné, la gendarmerie a interpellé mercredi quatre hommes soupçonnés d'avoir ravitaillé les assaillants en carburant, dont un élève de 17 ans. Deux motos et 300 litres d'essence ont été saisis.

Koro avait déjà été visé en 2024 : une attaque contre le même camp avait alors coûté la vie à près d'une dizaine de soldats. Depuis, l'armée y avait envoyé 200 hommes en renfort. Selon une ONG locale, plus de 4 500 personnes ont fui les villages du cercle depuis le début du mois.

Le gouvernement de transition a décrété deux jours de deuil national.
"""))
GOLD += [
E(14, ["l'attaque du camp militaire de Koro", "Les combats ont duré", "a revendiqué l'attaque mercredi"],
  "BAT", "2026-01-20", "day", "Koro", "ML", 34, 9, "about", "JNIM", "JNIM", False,
  "'mardi' vs Thursday 22 Jan -> 20 Jan. An assault on an army camp with three hours of fighting -> Armed clash initiated by the attackers, claimed by JNIM. 'Quatorze soldats' (exact) + 'Une vingtaine d'assaillants' (20, about) = 34, about (the sum takes the vague part's qualifier); 'neuf autres blessés' -> 9. The claim's 'plus de soixante' is not used. '25 kilomètres', '5 heures', 'une soixantaine de motos', 'trois heures', 'trois véhicules' are distractors."),
E(14, ["des frappes de drones de l'armée ont visé des positions des assaillants près de Dinangourou"],
  "AIR", "2026-01-21", "day", "Dinangourou", "ML", 12, None, "at_least", "military", None, False,
  "'Mercredi' -> 21 Jan. The acting force's own 'plusieurs dizaines de terroristes' is the only figure -> 12, at_least (dev table, events_holdout fr 027). 'une cinquantaine de kilomètres' is a distance."),
E(14, ["la gendarmerie a interpellé mercredi quatre hommes"],
  "ARR", "2026-01-21", "day", "Djenné", "ML", None, None, None, "police", None, False,
  "'mercredi' -> 21 Jan. Gendarmerie -> police. '17 ans', 'Deux motos', '300 litres' are distractors."),
E(14, ["une attaque contre le même camp avait alors coûté la vie à près d'une dizaine de soldats"],
  "BAT", "2024-01-01", "year", "Koro", "ML", 10, None, "about", None, None, True,
  "'en 2024' -> year. 'près d'une dizaine' -> 10, about. An attack on an army camp -> Armed clash; no actor named -> null. '200 hommes', '4 500 personnes', 'deux jours de deuil' are not casualties or events."),
]

# --------------------------------------------------------------- holdout6-015
ARTICLES.append(A(15, "fr", "article", "2026-02-24T15:00:00Z",
"Communiqué du secteur opérationnel : attaque repoussée à Kaseghe, bombardement de Kirumba",
"""
COMMUNIQUÉ DE PRESSE

Le porte-parole du secteur opérationnel du Grand Nord porte à la connaissance de l'opinion nationale et internationale que, dans la nuit du dimanche 22 au lundi 23 février 2026, les terroristes du M23/AFC ont attaqué les positions des Forces armées de la République démocratique du Congo (FARDC) à Kaseghe, dans le territoire de Lubero, province du Nord-Kivu.

Grâce à la bravoure de nos troupes, l'ennemi a été repoussé après plus de quatre heures de combats. Le bilan provisoire fait état de dix-sept assaillants neutralisés. Les FARDC déplorent la perte de deux de leurs vaillants militaires ; cinq autres ont été blessés et évacués. Trois fusils AK-47, une mitrailleuse et 1 200 cartouches ont été récupérés.

Ce lundi 23 février, vers 14 heures, les mêmes terroristes ont tiré plusieurs obus sur la cité de Kirumba, à une vingtaine de kilomètres, tuant trois civils, dont une fillette de 5 ans, et blessant onze autres. Une bombe non explosée a été neutralisée sur place par nos démineurs.

Par ailleurs, la Police nationale congolaise a interpellé mardi à Lubero trois individus soupçonnés de renseigner l'ennemi. Ils ont été remis à l'auditorat militaire.

Les FARDC rappellent que, depuis janvier 2026, plus de 40 000 personnes ont été déplacées par les attaques de l'ennemi dans le territoire de Lubero, et invitent la population à dénoncer tout mouvement suspect au numéro vert 110.

Fait au poste de commandement, le 24 février 2026.
Le porte-parole, Capitaine Anthony Mualushayi.
"""))
GOLD += [
E(15, ["les terroristes du M23/AFC ont attaqué les positions des Forces armées", "plus de quatre heures de combats"],
  "BAT", "2026-02-22", "day", "Kaseghe", "CD", 19, 5, "exact", "M23", None, False,
  "'dans la nuit du dimanche 22 au lundi 23 février' -> dated at its start, 22 Feb. The army states that M23/AFC attacked -> Armed clash initiated by M23 (canonical 'M23'). 'dix-sept assaillants neutralisés' + 'deux de leurs vaillants militaires' = 19, exact (the 'bilan provisoire' is the only one); 'cinq autres ont été blessés' -> 5. 'quatre heures', 'Trois fusils', '1 200 cartouches' are distractors."),
E(15, ["les mêmes terroristes ont tiré plusieurs obus sur la cité de Kirumba"],
  "SHL", "2026-02-23", "day", "Kirumba", "CD", 3, 11, "exact", "M23", None, False,
  "'Ce lundi 23 février'. Shells -> Shelling/artillery/missile attack; 'les mêmes terroristes' are the M23 named in the same release -> stated as fact. 3 killed, 'onze autres' wounded. '14 heures', 'une vingtaine de kilomètres', '5 ans' are distractors; the defused shell is part of the same event, not a separate one."),
E(15, ["la Police nationale congolaise a interpellé mardi à Lubero trois individus"],
  "ARR", "2026-02-24", "day", "Lubero", "CD", None, None, None, "police", None, False,
  "'mardi' -> the release is dated Tuesday 24 Feb, so 'mardi' is the publication day. '40 000 personnes', '110' are distractors."),
]

# --------------------------------------------------------------- holdout6-016
ARTICLES.append(A(16, "fr", "transcript", "2026-03-30T06:30:00Z",
"Journal du matin : vingt-trois morts dans l'attaque du site de déplacés de Jiba",
"""
PRÉSENTATEUR : Bonjour, il est 7 h 30. Le bilan de l'attaque du site de déplacés de Jiba, dans le territoire de Djugu, s'est encore alourdi. Notre correspondante Dieudonnée Ngabu est en ligne. Dieudonnée, quel est le dernier bilan ?

DIEUDONNÉE NGABU : Bonjour. Hier soir, la société civile parlait de dix-sept morts. Ce matin, le chef du site m'a confirmé au moins vingt-trois morts, dont huit enfants, après la découverte de six autres corps dans la brousse. Il y a aussi une trentaine de blessés, soignés à l'hôpital de Drodro. Les assaillants sont arrivés samedi vers 20 heures, armés de machettes et de fusils, et ont incendié environ 150 abris.

PRÉSENTATEUR : Qui est derrière cette attaque ?

DIEUDONNÉE NGABU : La société civile accuse la CODECO. Un porte-parole de la milice, joint par téléphone, a démenti toute implication.

PRÉSENTATEUR : L'armée a réagi ?

DIEUDONNÉE NGABU : Oui. Les FARDC ont poursuivi les assaillants hier, dimanche, et disent en avoir tué six près de Jiba. Elles ont aussi récupéré deux fusils.

PRÉSENTATEUR : Et à Mahagi, la colère est montée ?

DIEUDONNÉE NGABU : Oui. Hier, des centaines de commerçants ont fermé leurs boutiques et manifesté devant le bureau de l'administrateur pour réclamer la protection des déplacés. La police a dispersé la foule à coups de gaz lacrymogène. Trois manifestants ont été interpellés, puis relâchés dans la soirée.

PRÉSENTATEUR : Merci Dieudonnée. Rappelons que plus de 1,5 million de personnes sont déplacées en Ituri, selon les Nations unies. La suite du journal après la publicité.
"""))
GOLD += [
E(16, ["l'attaque du site de déplacés de Jiba", "cette attaque"],
  "ATK", "2026-03-28", "day", "Jiba", "CD", 23, 30, "at_least", None, None, False,
  "Monday 30 March bulletin; 'samedi vers 20 heures' -> 28 March. Displaced civilians attacked -> Attack. 'dix-sept morts' revised to 'au moins vingt-trois morts' -> 23, at_least; 'une trentaine de blessés' -> 30 (the qualifier describes the killed figure). Civil society blames CODECO, which denies -> null. 'dont huit enfants' (subset), 'six autres corps' (inside the 23), '150 abris', '7 h 30', '20 heures' are distractors; Drodro is where the wounded are treated."),
E(16, ["Les FARDC ont poursuivi les assaillants hier, dimanche"],
  "BAT", "2026-03-29", "day", "Jiba", "CD", 6, None, "exact", "military", None, False,
  "'hier, dimanche' -> 29 March. The army pursued the attackers -> Armed clash initiated by the military; its own figure -> 6. 'deux fusils' are weapons."),
E(16, ["à Mahagi, la colère est montée", "des centaines de commerçants ont fermé leurs boutiques et manifesté"],
  "PI", "2026-03-29", "day", "Mahagi", "CD", None, None, None, None, None, False,
  "'Hier' -> 29 March. Dispersed with tear gas -> Protest with intervention. The presenter's cue names the protest. 'des centaines' are participants."),
E(16, ["Trois manifestants ont été interpellés"],
  "ARR", "2026-03-29", "day", "Mahagi", "CD", None, None, None, "police", None, False,
  "'Hier' -> 29 March. Protesters' arrests reported on their own -> separate Arrests event (dev-008 rule); the police dispersed the crowd, so the arresting force is the police. '1,5 million' is a cumulative figure."),
]

# --------------------------------------------------------------- holdout6-017
ARTICLES.append(A(17, "fr", "article", "2026-05-20T07:00:00Z",
"Nord-Ouest : l'abbé Fonyuy toujours aux mains de ses ravisseurs à Ndu",
"""
NKAMBÉ - L'inquiétude grandit dans le département du Donga-Mantung. L'abbé Emmanuel Fonyuy, 52 ans, curé de la paroisse Saint-Joseph de Ndu, a été enlevé samedi soir à son domicile par des hommes armés qui se présentaient comme des « Amba boys ». Ses ravisseurs réclament une rançon de trois millions de francs CFA, selon le diocèse.

Lundi, plus de 500 fidèles ont participé à une marche de prière dans les rues de Ndu pour exiger sa libération. La marche s'est déroulée sans incident.

Le même jour, un véhicule militaire a sauté sur un engin explosif sur la route entre Nkambé et Ndu. Deux militaires ont été tués sur le coup et un troisième a succombé mardi à l'hôpital de district de Nkambé. Quatre autres, blessés, y sont toujours soignés.

Mardi, l'armée a affirmé avoir « neutralisé » quatre séparatistes lors d'une opération de ratissage dans un quartier de Ndu, où elle dit avoir découvert un atelier de fabrication d'engins explosifs et 12 fusils de fabrication artisanale. Des habitants affirment que deux des morts étaient des cultivateurs de 19 et 23 ans. L'armée n'a pas réagi.

Ndu n'en est pas à sa première épreuve. En 2019, un catéchiste avait été abattu devant la même église par des hommes armés non identifiés. Depuis 2017, plus de 6 000 personnes sont mortes dans le conflit des régions anglophones, selon l'International Crisis Group, et des centaines d'écoles restent fermées.

« Nous prions, mais nous avons peur », confie une religieuse, qui tient une école de 80 élèves à 3 kilomètres de la paroisse.
"""))
GOLD += [
E(17, ["a été enlevé samedi soir à son domicile par des hommes armés"],
  "ABD", "2026-05-16", "day", "Ndu", "CM", None, None, None, None, None, False,
  "'samedi soir' vs Wednesday 20 May -> 16 May. 'hommes armés qui se présentaient comme des « Amba boys »' -> generic separatists, no named group -> null. '52 ans', 'trois millions de francs CFA' are distractors."),
E(17, ["une marche de prière dans les rues de Ndu", "La marche s'est déroulée sans incident"],
  "PP", "2026-05-18", "day", "Ndu", "CM", None, None, None, None, None, False,
  "'Lundi' -> 18 May. A march demanding the priest's release -> Peaceful protest (the memorial-march rule). '500 fidèles' are participants."),
E(17, ["un véhicule militaire a sauté sur un engin explosif"],
  "IED", "2026-05-18", "day", "Nkambé", "CM", 3, 4, "exact", None, None, False,
  "'Le même jour' -> Monday 18 May. A road between two places -> first-named place, Nkambé. 'Deux militaires' + a third who died in hospital -> 3; 'Quatre autres, blessés, y sont toujours soignés' -> 4. No actor -> null."),
E(17, ["une opération de ratissage dans un quartier de Ndu"],
  "BAT", "2026-05-19", "day", "Ndu", "CM", 4, None, "exact", "military", None, False,
  "'Mardi' -> 19 May. The army's own 'quatre séparatistes' is the only figure -> 4; residents dispute who two of the dead were, not how many. Coded as an Armed clash initiated by the military (a raid on armed separatists, as in 003). '12 fusils', '19 et 23 ans' are distractors."),
E(17, ["un catéchiste avait été abattu devant la même église"],
  "ATK", "2019-01-01", "year", "Ndu", "CM", 1, None, "exact", None, None, True,
  "'En 2019' -> year. One killed. 'plus de 6 000 personnes ... Depuis 2017' is a cumulative statistic; '80 élèves', '3 kilomètres' are distractors."),
]
