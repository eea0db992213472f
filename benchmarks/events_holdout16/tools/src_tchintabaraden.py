"""Authoring source of benchmarks/events_holdout16 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Tchintabaraden, Niger cluster (holdout16-017 to 021, all French),
two bombers on Tuesday 13 October 2026 at two sites of one town (the
weekly livestock market and the gate of the military camp, about one
kilometre apart, about ten minutes apart): an agency flash (017), a
revised-toll report with a sit-in and a correction notice (018), the claim
by the Islamic State in the Sahel, a JNIM denial and the arrests (019), a
daily national security roundup (020) and a question-and-answer explainer
with older attacks (021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout16")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout16-017
ARTICLES.append(A(17, "fr", "article", "2026-10-13T14:00:00Z",
"Niger : au moins huit morts dans un double attentat-suicide à Tchintabaraden",
"""
TCHINTABARADEN (Niger), 13 oct. – Au moins huit personnes ont été tuées et plusieurs dizaines blessées mardi à Tchintabaraden, dans la région de Tahoua, dans un double attentat-suicide visant le marché hebdomadaire et l'entrée du camp militaire, selon des sources locales et sécuritaires.

Un premier kamikaze s'est fait exploser vers 11 heures au milieu des éleveurs venus vendre leur bétail. Une dizaine de minutes plus tard, un second assaillant a déclenché sa ceinture d'explosifs devant le camp militaire, à un kilomètre environ, au moment où l'on y conduisait des blessés.

« Le mardi, il y a plus de 3 000 personnes au marché », explique un élu local de 52 ans. Les blessés ont été pris en charge au centre de santé de la ville, et les plus graves transférés à Tahoua, à 150 kilomètres.

Selon une source sécuritaire, le JNIM « pourrait être derrière » l'attaque, sans exclure d'autres pistes. Aucune revendication n'avait été enregistrée mardi après-midi.

Lundi, dans la zone d'Abalak, des hommes armés ont tué un berger de 17 ans et emporté une soixantaine de têtes de bétail, selon un responsable communal joint par téléphone.

Les autorités ont décrété trois jours de deuil dans la commune et interdit la circulation des motos jusqu'à nouvel ordre. Le marché, l'un des plus importants de la région pour le commerce des chameaux, restera fermé au moins une semaine.
"""))
GOLD += [
E(17, ["un double attentat-suicide visant le marché hebdomadaire et l'entrée du camp militaire"],
  "SUI", "2026-10-13", "day", "Tchintabaraden", "NE", 8, 12, "at_least", None, None, False,
  "'mardi' = publication day, Tuesday 13 October. Two bombers at two sites of one town (the market and the military camp gate, about one kilometre, about ten minutes) -> ONE Suicide bomb event (events_holdout10 Koupela, events_holdout14 Kut). 'Au moins huit' -> 8, at_least; 'plusieurs dizaines blessées' -> 12 (dev table). « pourrait être derrière » is speculation -> null. '11 heures', 'Une dizaine de minutes', 'un kilomètre', '3 000 personnes', '52 ans', '150 kilomètres' are not casualties."),
E(17, ["des hommes armés ont tué un berger de 17 ans"],
  "ATK", "2026-10-12", "day", "Abalak", "NE", 1, None, "exact", None, None, False,
  "'Lundi' vs Tuesday 13 October -> 12 October. 'dans la zone d'Abalak' -> Abalak. Unnamed armed men -> null. '17 ans' is an age; 'une soixantaine de têtes de bétail' are animals."),
]

# -------------------------------------------------------------- holdout16-018
ARTICLES.append(A(18, "fr", "article", "2026-10-14T17:00:00Z",
"Tchintabaraden : le bilan du double attentat passe à vingt et un morts",
"""
TCHINTABARADEN – Le bilan du double attentat-suicide qui a frappé mardi le marché hebdomadaire et l'entrée du camp militaire de Tchintabaraden n'a cessé de s'alourdir. Mardi soir, les autorités faisaient état de seize morts. Mercredi après-midi, le préfet a annoncé un bilan de dix-neuf morts, les deux kamikazes non compris, et de 37 blessés, dont onze militaires.

Parmi les victimes figurent un vétérinaire de 61 ans, plusieurs éleveurs venus d'In-Gall et deux enfants qui vendaient de l'eau.

Mercredi matin, quelque 200 habitants ont organisé un sit-in devant la mairie pour réclamer la réouverture du marché sous la protection de l'armée et l'indemnisation des familles. Le rassemblement s'est dispersé dans le calme en fin de matinée, après une rencontre avec le préfet.

Aucun groupe n'avait revendiqué l'attaque mercredi en fin d'après-midi. Les militaires ont renforcé les contrôles sur les axes menant à Tahoua et à Abalak, et une vingtaine de véhicules ont été fouillés à l'entrée de la ville dans la matinée.

Le gouverneur de la région a promis 500 000 francs CFA à chaque famille endeuillée.

Rectificatif : une version précédente de cet article indiquait que le bilan était de vingt-neuf morts et que le sit-in s'était tenu devant la préfecture. Le bilan annoncé par le préfet est de dix-neuf morts, hors kamikazes, et le sit-in s'est tenu devant la mairie.
"""))
GOLD += [
E(18, ["Le bilan du double attentat-suicide qui a frappé mardi le marché hebdomadaire et l'entrée du camp militaire de Tchintabaraden", "Aucun groupe n'avait revendiqué l'attaque"],
  "SUI", "2026-10-13", "day", "Tchintabaraden", "NE", 21, 37, "exact", None, None, False,
  "'mardi' vs Wednesday 14 October -> 13 October. Two sites, one event. Revised toll inside the article: 'seize morts' -> 'dix-neuf morts, les deux kamikazes non compris' -> 19 + 2 = 21 (events_holdout14 'non compris' adds the bombers), exact; '37 blessés' -> 37. The correction notice's withdrawn 'vingt-neuf morts' is not used; it restates 'dix-neuf morts, hors kamikazes'. No claim -> null. 'dont onze militaires' is a subset; '61 ans', 'une vingtaine de véhicules', '500 000 francs CFA' are not casualties."),
E(18, ["quelque 200 habitants ont organisé un sit-in devant la mairie"],
  "PP", "2026-10-14", "day", "Tchintabaraden", "NE", None, None, None, None, None, False,
  "'Mercredi matin' = publication day, 14 October. A sit-in with demands that disperses calmly -> Peaceful protest. '200' are participants. The correction ('devant la préfecture' withdrawn) does not change the place, the town."),
]

# -------------------------------------------------------------- holdout16-019
ARTICLES.append(A(19, "fr", "article", "2026-10-16T08:30:00Z",
"L'État islamique au Sahel revendique l'attentat de Tchintabaraden",
"""
TCHINTABARADEN – L'attentat-suicide de mardi à Tchintabaraden a été revendiqué par l'État islamique au Sahel, a-t-on appris jeudi. Le double attentat contre le marché et le camp militaire a fait vingt et un morts, dont les deux kamikazes, et 37 blessés.

Dans sa revendication, l'organisation jihadiste affirme avoir tué « cent soldats ». L'armée a dénoncé un chiffre « fantaisiste », sans remettre en cause l'auteur de l'attaque. Le JNIM, que des sources sécuritaires avaient d'abord soupçonné, a démenti toute implication dans un message audio.

L'enquête progresse. Jeudi, la gendarmerie a interpellé douze personnes à Tchintabaraden lors d'une opération de ratissage dans les quartiers nord de la ville. Mercredi, un chauffeur de 38 ans soupçonné d'avoir transporté les deux kamikazes depuis la frontière malienne avait été arrêté par la police à Kao, à une soixantaine de kilomètres. Une cinquantaine de personnes ont par ailleurs été convoquées pour être entendues.

L'État islamique au Sahel n'en est pas à sa première attaque dans la zone. En 2021, ses combattants avaient attaqué des civils à Tebaram, tuant neuf personnes ; le groupe avait revendiqué l'attaque quelques jours plus tard.

Le marché de Tchintabaraden reste fermé jusqu'à nouvel ordre. Les éleveurs, privés de leur principal débouché, craignent de devoir brader leurs bêtes sur les marchés de Tahoua, à 150 kilomètres, où les prix ont déjà baissé de 20 %.
"""))
GOLD += [
E(19, ["L'attentat-suicide de mardi à Tchintabaraden a été revendiqué par l'État islamique au Sahel", "Le double attentat contre le marché et le camp militaire"],
  "SUI", "2026-10-13", "day", "Tchintabaraden", "NE", 21, 37, "exact", "Islamic State", "Islamic State", False,
  "'de mardi' vs Friday 16 October -> 13 October. 'vingt et un morts, dont les deux kamikazes' -> 21 (inside), '37 blessés'. 'revendiqué par l'État islamique au Sahel' -> 'Islamic State' (dev: every branch except ISWAP, Sahel included); the army rejects its figure ('cent soldats', not used) but not its authorship -> perpetrator. The JNIM's denial is not a claim."),
E(19, ["la gendarmerie a interpellé douze personnes à Tchintabaraden"],
  "ARR", "2026-10-15", "day", "Tchintabaraden", "NE", None, None, None, "police", None, False,
  "'Jeudi' vs Friday 16 October -> 15 October. Gendarmerie -> police. 'Une cinquantaine de personnes ont ... été convoquées' are not arrests (dev: 'convoqué')."),
E(19, ["un chauffeur de 38 ans soupçonné d'avoir transporté les deux kamikazes",
       "avait été arrêté par la police à Kao"],
  "ARR", "2026-10-14", "day", "Kao", "NE", None, None, None, "police", None, False,
  "'Mercredi' vs Friday 16 October -> 14 October. A suspected facilitator 'arrêté par la police à Kao' -> Arrests, police, Kao. '38 ans' is an age, 'une soixantaine de kilomètres' a distance."),
E(19, ["ses combattants avaient attaqué des civils à Tebaram"],
  "ATK", "2021-01-01", "year", "Tebaram", "NE", 9, None, "exact", "Islamic State", "Islamic State", True,
  "'En 2021' -> year, background. An attack on civilians -> Violence against civilians / Attack; 'le groupe avait revendiqué l'attaque' -> claimant and perpetrator 'Islamic State'. 'tuant neuf personnes' -> 9. '150 kilomètres', '20 %' are not casualties."),
]

# -------------------------------------------------------------- holdout16-020
ARTICLES.append(A(20, "fr", "article", "2026-10-17T07:00:00Z",
"Point sécurité du samedi 17 octobre",
"""
Notre récapitulatif quotidien des incidents signalés dans le pays, établi à partir de sources officielles, locales et hospitalières.

TCHINTABARADEN – Une femme grièvement blessée dans le double attentat-suicide de mardi est décédée vendredi au centre hospitalier régional de Tahoua, ce qui porte le bilan à vingt-deux morts, dont les deux kamikazes. L'attaque a été revendiquée par l'État islamique au Sahel.

KEITA – Des militaires ont arrêté jeudi quatre hommes soupçonnés de trafic d'armes à un poste de contrôle à la sortie de la ville. Trois fusils et 400 cartouches ont été saisis.

MADAOUA – Plusieurs centaines d'élèves ont marché vendredi jusqu'à la mairie pour protester contre la fermeture de leur lycée, faute d'enseignants. La marche s'est déroulée sans incident.

BOUZA – Deux civils ont été tués vendredi lorsque leur charrette a sauté sur un engin explosif improvisé, à une dizaine de kilomètres de la ville.

ILLÉLA – Un commerçant de 47 ans a été enlevé jeudi soir à son domicile par des hommes armés, qui réclament une rançon de 10 millions de francs CFA.

BERMO – Une patrouille de l'armée a été attaquée jeudi par des hommes armés à moto. Six assaillants ont été neutralisés et deux soldats ont été blessés, selon l'état-major.

Météo : vent de sable attendu sur le nord de la région d'Agadez, avec une visibilité réduite à 500 mètres.
"""))
GOLD += [
E(20, ["Une femme grièvement blessée dans le double attentat-suicide de mardi est décédée", "L'attaque a été revendiquée par l'État islamique au Sahel"],
  "SUI", "2026-10-13", "day", "Tchintabaraden", "NE", 22, None, "exact", "Islamic State", "Islamic State", False,
  "Roundup item (events_holdout3). 'de mardi' vs Saturday 17 October -> 13 October. A wounded woman died on Friday -> 'vingt-deux morts, dont les deux kamikazes' -> 22 (inside). No wounded figure here. Claimed by the Islamic State in the Sahel -> 'Islamic State'."),
E(20, ["Des militaires ont arrêté jeudi quatre hommes soupçonnés de trafic d'armes"],
  "ARR", "2026-10-15", "day", "Keita", "NE", None, None, None, "military", None, False,
  "Roundup item: 'jeudi' vs Saturday 17 October -> 15 October. Soldiers -> military. The seized rifles and '400 cartouches' belong to the arrest."),
E(20, ["Plusieurs centaines d'élèves ont marché vendredi jusqu'à la mairie"],
  "PP", "2026-10-16", "day", "Madaoua", "NE", None, None, None, None, None, False,
  "Roundup item: 'vendredi' -> 16 October. A march with a demand, 'sans incident' -> Peaceful protest. 'Plusieurs centaines' are participants."),
E(20, ["leur charrette a sauté sur un engin explosif improvisé"],
  "IED", "2026-10-16", "day", "Bouza", "NE", 2, None, "exact", None, None, False,
  "Roundup item: 'vendredi' -> 16 October. 'Deux civils ont été tués' -> 2. 'à une dizaine de kilomètres de la ville' is a distance, not a casualty figure; near the dateline town -> Bouza."),
E(20, ["Un commerçant de 47 ans a été enlevé jeudi soir"],
  "ABD", "2026-10-15", "day", "Illéla", "NE", None, None, None, None, None, False,
  "Roundup item: 'jeudi soir' -> 15 October. Unnamed armed men -> null. '47 ans' is an age, '10 millions de francs CFA' a ransom."),
E(20, ["Une patrouille de l'armée a été attaquée jeudi par des hommes armés à moto"],
  "BAT", "2026-10-15", "day", "Bermo", "NE", 6, 2, "exact", None, None, False,
  "Roundup item: 'jeudi' -> 15 October. Unnamed attackers of an army patrol -> Armed clash with a null initiator (events_holdout14 Tandjouaré). The army's own figures: 'Six assaillants ont été neutralisés et deux soldats ont été blessés' -> 6 killed, 2 injured. The weather item ('500 mètres', Agadez) is not an event."),
]

# -------------------------------------------------------------- holdout16-021
ARTICLES.append(A(21, "fr", "article", "2026-10-20T06:00:00Z",
"Questions-réponses. Attentat de Tchintabaraden : ce que l'on sait une semaine après",
"""
Que s'est-il passé ?

Le mardi 13 octobre, vers 11 heures, deux kamikazes se sont fait exploser à Tchintabaraden, dans la région de Tahoua : le premier au marché au bétail, le second une dizaine de minutes plus tard devant le camp militaire, à environ un kilomètre.

Quel est le bilan ?

Vingt-deux morts, kamikazes inclus, et trente-sept blessés, selon le dernier bilan officiel. Onze des blessés sont des militaires.

Qui a revendiqué ?

L'État islamique au Sahel, dès le jeudi 15 octobre. Le JNIM, d'abord soupçonné par des sources sécuritaires, a démenti.

Y a-t-il eu des arrestations ?

Oui. Seize personnes sont désormais détenues, selon une source judiciaire, dont trois suspects arrêtés samedi par l'armée à Akoubounou, un village situé à une quarantaine de kilomètres au sud.

La région avait-elle déjà été visée ?

Oui. Il y a quatre ans, un kamikaze avait tué cinq soldats à un poste militaire près d'Intoussan. Et en mai 2020, trois agents humanitaires avaient été enlevés près de Kalfou ; ils ont été libérés six mois plus tard.

Le marché va-t-il rouvrir ?

Le préfet a promis une réouverture « d'ici deux semaines », avec une cinquantaine de militaires supplémentaires. Les éleveurs, qui vendent d'ordinaire plus de 1 000 têtes de bétail par marché, attendent.
"""))
GOLD += [
E(21, ["deux kamikazes se sont fait exploser à Tchintabaraden"],
  "SUI", "2026-10-13", "day", "Tchintabaraden", "NE", 22, 37, "exact", "Islamic State", "Islamic State", False,
  "'Le mardi 13 octobre' -> 13 October, 7 days before Tuesday 20 October, current. Two sites, one event. 'Vingt-deux morts, kamikazes inclus' -> 22 (inside), 'trente-sept blessés' -> 37. 'Qui a revendiqué ? L'État islamique au Sahel' -> 'Islamic State'; the JNIM denial is not a claim. 'Onze des blessés' is a subset."),
E(21, ["trois suspects arrêtés samedi par l'armée à Akoubounou"],
  "ARR", "2026-10-17", "day", "Akoubounou", "NE", None, None, None, "military", None, False,
  "'samedi' vs Tuesday 20 October -> 17 October. The army -> military. 'Seize personnes sont désormais détenues' is a cumulative count, not an event; 'une quarantaine de kilomètres' is a distance."),
E(21, ["un kamikaze avait tué cinq soldats à un poste militaire près d'Intoussan"],
  "SUI", "2022-01-01", "year", "Intoussan", "NE", 5, None, "exact", None, None, True,
  "'Il y a quatre ans' in a 2026 article -> 2022, year (dev), background. No actor. 'cinq soldats' -> 5 as written (nothing said of the bomber)."),
E(21, ["trois agents humanitaires avaient été enlevés près de Kalfou"],
  "ABD", "2020-05-01", "month", "Kalfou", "NE", None, None, None, None, None, True,
  "'en mai 2020' -> month, background. Abductees are not casualties; 'six mois' is a span. 'une cinquantaine de militaires', '1 000 têtes de bétail' are not casualties."),
]
