"""Authoring source of benchmarks/events_holdout15 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bogo, Cameroon (Far North) cluster (holdout15-012 to 016, all
French), two suicide bombers on Tuesday 19 May 2026 at two sites of one
town (the entrance of the weekly market and the gendarmerie checkpoint,
about 400 m apart, four minutes apart): an agency flash with a Boko Haram
"pourrait être derrière" (012), a regional daily's next-day report with the
revised toll, a blockade cleared with tear gas and arrests (013), the ISWAP
claim six days later with a JAS denial and army arrests (014), a radio
transcript one week on (015) and an editorial full of older attacks (016).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout15")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout15-012
ARTICLES.append(A(12, "fr", "article", "2026-05-19T16:00:00Z",
"Cameroun : au moins neuf morts dans un double attentat-suicide dans l'Extrême-Nord",
"""
BOGO (Cameroun) - Au moins neuf personnes ont été tuées et une vingtaine d'autres blessées mardi matin à Bogo, dans la région de l'Extrême-Nord, lorsque deux kamikazes se sont fait exploser à quelques minutes d'intervalle, a-t-on appris de sources sécuritaires.

La première kamikaze, une jeune femme âgée d'environ 17 ans selon des témoins, s'est fait exploser vers 9 h 15 à l'entrée du marché hebdomadaire, très fréquenté le mardi. Quatre minutes plus tard, un second kamikaze a actionné sa ceinture d'explosifs près du poste de contrôle de la gendarmerie, à environ 400 mètres, où l'on évacuait les premiers blessés.

« Nous avons reçu neuf corps et une vingtaine de blessés, dont plusieurs dans un état grave », a indiqué un responsable de l'hôpital de district. Les cas les plus sérieux ont été transférés à l'hôpital régional de Maroua, à une trentaine de kilomètres.

Un officier de la gendarmerie, sous couvert d'anonymat, a estimé que Boko Haram « pourrait être derrière » cette attaque, en raison du mode opératoire. Aucune revendication n'avait été enregistrée mardi après-midi.

Par ailleurs, dans la nuit de lundi à mardi, des hommes armés ont enlevé quatre personnes, dont un chef de quartier, à Pétté, une localité voisine, selon un élu local.

Bogo, chef-lieu d'arrondissement du département du Diamaré, compte environ 30 000 habitants. Son marché attire chaque mardi plus d'un millier de commerçants venus du Tchad et du Nigeria. Les autorités ont décidé de le fermer jusqu'à nouvel ordre et ont interdit la circulation des motos de 18 heures à 6 heures.
"""))
GOLD += [
E(12, ["deux kamikazes se sont fait exploser à quelques minutes d'intervalle"],
  "SUI", "2026-05-19", "day", "Bogo", "CM", 9, 20, "at_least", None, None, False,
  "'mardi matin' = publication day, Tuesday 19 May. Two bombers at two sites of one town (the market entrance and the gendarmerie checkpoint, about 400 m apart), four minutes apart -> ONE Suicide bomb event (Koupéla convention). 'Au moins neuf personnes ont été tuées' -> 9, at_least; 'une vingtaine d'autres blessées' -> 20 (dev table; the qualifier describes killed). 'pourrait être derrière' (Boko Haram) is speculation -> null. 'environ 17 ans' (an age), '9 h 15', 'Quatre minutes', '400 mètres', 'une trentaine de kilomètres', '30 000 habitants', 'un millier de commerçants', '18 heures à 6 heures' are not casualties. Maroua is named only for its hospital."),
E(12, ["des hommes armés ont enlevé quatre personnes, dont un chef de quartier, à Pétté"],
  "ABD", "2026-05-18", "day", "Pétté", "CM", None, None, None, None, None, False,
  "'dans la nuit de lundi à mardi' vs Tuesday 19 May -> the night is dated at its start, Monday 18 May. Unnamed 'hommes armés' -> null. The four abductees are not casualties."),
]

# -------------------------------------------------------------- holdout15-013
ARTICLES.append(A(13, "fr", "article", "2026-05-20T13:00:00Z",
"Bogo : le bilan s'alourdit, la colère gronde",
"""
De notre correspondant dans le Diamaré

Le bilan du double attentat-suicide de mardi à Bogo n'a cessé de s'alourdir. Mardi soir, les autorités faisaient état de quatorze morts. Mercredi en fin de matinée, le sous-préfet a annoncé un bilan de dix-sept morts, sans compter les deux kamikazes, et de trente-huit blessés, dont onze ont été évacués vers Maroua.

Parmi les victimes figurent trois gendarmes, une vendeuse de beignets de 52 ans et deux enfants qui accompagnaient leur mère au marché. Les obsèques de la plupart des victimes ont eu lieu mardi après-midi, selon le rite musulman.

Mercredi matin, plusieurs centaines de commerçants et de jeunes ont bloqué la route nationale qui traverse la ville avec des pneus enflammés, pour réclamer un renforcement de la sécurité et la réouverture rapide du marché. Les gendarmes les ont dispersés à coups de gaz lacrymogène vers 10 heures. Aucun blessé n'a été signalé.

Les enquêteurs ont par ailleurs interpellé deux suspects mardi soir à Dargala, à une vingtaine de kilomètres de Bogo. Ils circulaient sur une moto sans plaque et transportaient, selon une source sécuritaire, deux téléphones et une somme de 450 000 francs CFA.

Ce n'est pas la première fois que la région est visée par des kamikazes. En mars 2021, une jeune fille s'était fait exploser près d'une mosquée de Gazawa, tuant trois fidèles.

Le gouverneur de la région est attendu jeudi à Bogo. Le marché, qui fait vivre selon la mairie près de 2 000 familles, restera fermé au moins 72 heures.
"""))
GOLD += [
E(13, ["double attentat-suicide de mardi à Bogo"],
  "SUI", "2026-05-19", "day", "Bogo", "CM", 19, 38, "exact", None, None, False,
  "'de mardi' vs Wednesday 20 May -> 19 May. Two sites of one town -> one event. Revised toll inside the report: 'quatorze morts' -> 'dix-sept morts, sans compter les deux kamikazes' -> 'sans compter' adds the bombers (events_holdout14) -> 17 + 2 = 19, exact; 'trente-huit blessés' -> 38 ('dont onze' is a subset). No claim -> null. '52 ans' is an age; the funerals are not coded; '2 000 familles', '72 heures' are not casualties."),
E(13, ["plusieurs centaines de commerçants et de jeunes ont bloqué la route nationale"],
  "PI", "2026-05-20", "day", "Bogo", "CM", None, None, None, None, None, False,
  "'Mercredi matin' = publication day, 20 May. A road blockade with burning tyres and a demand, cleared with tear gas -> Protest with intervention (events_holdout12 Tajerouine, events_holdout13 Isiolo, events_holdout14 RN1). 'Aucun blessé n'a été signalé' is read like 'No injuries were reported' -> null (events_holdout14 Khoms sit-in). '10 heures' is a time."),
E(13, ["Les enquêteurs ont par ailleurs interpellé deux suspects mardi soir à Dargala"],
  "ARR", "2026-05-19", "day", "Dargala", "CM", None, None, None, "police", None, False,
  "'mardi soir' vs Wednesday 20 May -> 19 May. 'Les enquêteurs' in a gendarmerie investigation -> police (gendarmerie -> police, dev). 'une vingtaine de kilomètres' is a distance; the moto, phones and '450 000 francs CFA' belong to the arrest."),
E(13, ["une jeune fille s'était fait exploser près d'une mosquée de Gazawa"],
  "SUI", "2021-03-01", "month", "Gazawa", "CM", 3, None, "exact", None, None, True,
  "'En mars 2021' -> month, background. No actor named -> null. 'tuant trois fidèles' -> 3."),
]

# -------------------------------------------------------------- holdout15-014
ARTICLES.append(A(14, "fr", "article", "2026-05-25T09:00:00Z",
"L'Iswap revendique l'attaque de Bogo, Boko Haram dément",
"""
L'attaque de mardi dernier à Bogo a été revendiquée par l'État islamique en Afrique de l'Ouest (Iswap), dans un communiqué diffusé jeudi soir par l'agence Amaq, a-t-on appris de sources concordantes.

Dans ce texte, le groupe affirme que « deux martyrs » ont tué « plus de cinquante militaires et miliciens ». Le ministre de la Communication a dénoncé un chiffre « fantaisiste », sans contester l'auteur de l'attaque. Le bilan officiel est de vingt morts, kamikazes compris, un blessé ayant succombé samedi à l'hôpital régional de Maroua.

La faction de Boko Haram dite JAS, que des officiers avaient d'abord soupçonnée, a démenti toute implication dans un message audio de trois minutes diffusé vendredi. Les deux groupes se disputent depuis 2016 le contrôle des îles du lac Tchad.

Sur le terrain, les éléments du Bataillon d'intervention rapide (BIR) ont interpellé onze suspects dimanche à Mindif, à une cinquantaine de kilomètres au sud de Bogo, lors d'une opération de ratissage. Selon une source militaire, ils détenaient deux fusils d'assaut et des composants d'engins explosifs. Une quarantaine d'autres personnes ont été auditionnées puis relâchées.

L'Iswap n'en est pas à son premier attentat dans la région. En août 2023, il avait revendiqué un attentat-suicide contre un poste de gendarmerie à Kaélé, qui avait fait cinq morts, dont trois gendarmes.

Les autorités ont promis une récompense de cinq millions de francs CFA à toute personne fournissant des informations. Le marché de Bogo a rouvert partiellement samedi, sous la surveillance d'une vingtaine de militaires. (Avec agences)
"""))
GOLD += [
E(14, ["L'attaque de mardi dernier à Bogo a été revendiquée par l'État islamique en Afrique de l'Ouest"],
  "SUI", "2026-05-19", "day", "Bogo", "CM", 20, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "A claim six days later naming the attack by its place and day: 'mardi dernier' vs Monday 25 May -> 19 May. 'deux martyrs': coded as the cluster's Suicide bomb. 'a été revendiquée par l'État islamique en Afrique de l'Ouest (Iswap)' -> 'Islamic State West Africa Province' (dev canonical name, not 'Islamic State'). The minister rejects the claimant's figure ('plus de cinquante', not used) but not its authorship -> perpetrator. JAS's denial is not a claim. 'vingt morts, kamikazes compris' -> 20 (inside); the wounded man who died on Saturday raised it from 19 (013)."),
E(14, ["les éléments du Bataillon d'intervention rapide (BIR) ont interpellé onze suspects dimanche à Mindif"],
  "ARR", "2026-05-24", "day", "Mindif", "CM", None, None, None, "military", None, False,
  "'dimanche' vs Monday 25 May -> 24 May. The BIR is an army unit -> 'military'. The rifles and components belong to the arrest. 'Une quarantaine d'autres personnes ont été auditionnées puis relâchées' are not arrests; 'une cinquantaine de kilomètres' is a distance."),
E(14, ["il avait revendiqué un attentat-suicide contre un poste de gendarmerie à Kaélé"],
  "SUI", "2023-08-01", "month", "Kaélé", "CM", 5, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", True,
  "'En août 2023' -> month, background. Claimed by ISWAP -> claimant and perpetrator. 'cinq morts, dont trois gendarmes' -> 5 ('dont trois' is a subset). 'depuis 2016', 'trois minutes', 'cinq millions de francs CFA', 'une vingtaine de militaires' are not casualties or events."),
]

# -------------------------------------------------------------- holdout15-015
ARTICLES.append(A(15, "fr", "transcript", "2026-05-26T12:00:00Z",
"Journal de la mi-journée, radio régionale de l'Extrême-Nord : Bogo, une semaine après",
"""
PRÉSENTATRICE : Il est midi, voici le journal. Il y a une semaine jour pour jour, deux kamikazes frappaient Bogo. Notre correspondant Moussa Hamadou est sur place. Moussa, comment va la ville ?

CORRESPONDANT : Bogo panse ses plaies. Le bilan reste de vingt morts, les deux kamikazes compris, et l'attaque a été revendiquée jeudi par l'Iswap. Samedi, des centaines de femmes vêtues de noir ont marché en silence de la mosquée centrale jusqu'à la sous-préfecture. Elles demandaient la protection du marché et des écoles. La marche s'est déroulée sans incident.

PRÉSENTATRICE : Et l'enquête ?

CORRESPONDANT : Un présumé logisticien a été interpellé vendredi à Yagoua par la gendarmerie. Selon nos informations, il aurait fourni les deux motos utilisées par les kamikazes. Par ailleurs, une soixantaine de personnes ont été entendues depuis le début de la semaine. Entendre n'est pas arrêter, insiste le procureur : la plupart sont rentrées chez elles.

PRÉSENTATRICE : Merci, Moussa. Avec nous en studio, le chercheur Oumarou Bello. Ces attaques sont-elles nouvelles dans le Diamaré ?

INVITÉ : Pas vraiment. Il y a quatre ans, des hommes armés avaient tué six villageois à Mogodé, une nuit de saison sèche. Et l'an dernier, une mine artisanale a tué deux soldats sur la piste de Mayo-Ouldémé. Ce qui change, c'est le double attentat en pleine ville.

PRÉSENTATRICE : Merci. Pour signaler tout comportement suspect, le numéro vert est le 1500. Prochain journal à 13 heures.
"""))
GOLD += [
E(15, ["deux kamikazes frappaient Bogo", "l'attaque a été revendiquée jeudi par l'Iswap"],
  "SUI", "2026-05-19", "day", "Bogo", "CM", 20, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'Il y a une semaine jour pour jour' on Tuesday 26 May -> 19 May. Two sites -> one event. 'vingt morts, les deux kamikazes compris' -> 20 (inside). 'revendiquée ... par l'Iswap' -> claimant and perpetrator ISWAP."),
E(15, ["des centaines de femmes vêtues de noir ont marché en silence"],
  "PP", "2026-05-23", "day", "Bogo", "CM", None, None, None, None, None, False,
  "'Samedi' vs Tuesday 26 May -> 23 May. A silent march with demands, 'sans incident' -> Peaceful protest in Bogo. 'des centaines' are participants."),
E(15, ["Un présumé logisticien a été interpellé vendredi à Yagoua par la gendarmerie"],
  "ARR", "2026-05-22", "day", "Yagoua", "CM", None, None, None, "police", None, False,
  "'vendredi' vs Tuesday 26 May -> 22 May. Gendarmerie -> police (dev). 'les deux motos' are things; 'une soixantaine de personnes ont été entendues' are not arrests ('Entendre n'est pas arrêter')."),
E(15, ["des hommes armés avaient tué six villageois à Mogodé"],
  "ATK", "2022-01-01", "year", "Mogodé", "CM", 6, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. Unnamed gunmen killing villagers -> Attack, null. 'six villageois' -> 6."),
E(15, ["une mine artisanale a tué deux soldats sur la piste de Mayo-Ouldémé"],
  "IED", "2025-01-01", "year", "Mayo-Ouldémé", "CM", 2, None, "exact", None, None, True,
  "'l'an dernier' vs 2026 -> 2025, year (dev), background. A landmine -> Remote explosive/landmine/IED, no actor. 'deux soldats' -> 2. A track near a place -> the place. '1500' (a phone number), 'midi', '13 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout15-016
ARTICLES.append(A(16, "fr", "article", "2026-06-09T07:00:00Z",
"Éditorial : Bogo, ou le prix de l'oubli",
"""
Le 19 mai, deux kamikazes ont transformé le marché de Bogo et le poste de gendarmerie voisin en champ de ruines. Vingt morts, dont les deux assaillants, et des dizaines de blessés : l'Extrême-Nord n'avait pas connu un tel carnage en ville depuis des années. L'attentat a été revendiqué par l'Iswap.

Trois semaines plus tard, la vie reprend, mais la question demeure : comment a-t-on pu se croire à l'abri ?

Car la menace n'a jamais disparu du Diamaré et des départements voisins. En 2019, des combattants de Boko Haram ont attaqué un poste militaire à Pouss, tuant sept soldats. Il y a cinq ans, une mine artisanale a tué quatre militaires sur la route de Moutourwa. En janvier 2024, des hommes armés ont enlevé douze personnes, dont des enfants, près de Moulvoudaye ; la plupart n'ont été libérées qu'après le paiement de rançons. En avril encore, des hommes armés ont tiré sur le poste de gendarmerie de Pétté, blessant deux gendarmes.

Chacun de ces drames a été traité comme un fait divers lointain, vite oublié à Yaoundé. Les comités de vigilance, en première ligne, continuent de travailler avec des arcs, des machettes et quelques fusils de fabrication locale. Leurs membres touchent, quand ils sont payés, 15 000 francs CFA par mois.

Il faut le dire clairement : la sécurité de l'Extrême-Nord ne peut reposer sur le seul Bataillon d'intervention rapide, engagé sur plusieurs fronts. Elle passe aussi par le retour de l'État dans les villages, par les écoles, les dispensaires, les routes. Plus de 300 000 personnes sont toujours déplacées dans la région, selon les Nations unies, et près d'une école sur cinq y reste fermée.

Bogo a enterré ses morts. Il serait indécent d'attendre le prochain carnage pour agir.
"""))
GOLD += [
E(16, ["deux kamikazes ont transformé le marché de Bogo et le poste de gendarmerie voisin en champ de ruines", "L'attentat a été revendiqué par l'Iswap"],
  "SUI", "2026-05-19", "day", "Bogo", "CM", 20, 12, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'Le 19 mai' absolute (21 days before Tuesday 9 June -> current). The two sites are named in one sentence -> one event. 'Vingt morts, dont les deux assaillants' -> 20 (inside); 'des dizaines de blessés' -> 12 (dev table; the qualifier describes the exact killed figure). 'revendiqué par l'Iswap' -> claimant and perpetrator."),
E(16, ["des combattants de Boko Haram ont attaqué un poste militaire à Pouss"],
  "BAT", "2019-01-01", "year", "Pouss", "CM", 7, None, "exact", "Boko Haram", None, True,
  "'En 2019' -> year, background. Fighters attacking an army post -> Armed clash initiated by Boko Haram (named as fact), no claim. 'tuant sept soldats' -> 7."),
E(16, ["une mine artisanale a tué quatre militaires sur la route de Moutourwa"],
  "IED", "2021-01-01", "year", "Moutourwa", "CM", 4, None, "exact", None, None, True,
  "'Il y a cinq ans' vs 2026 -> 2021, year, background. A landmine, no actor -> IED, null. 'quatre militaires' -> 4. A road -> the named place."),
E(16, ["des hommes armés ont enlevé douze personnes, dont des enfants, près de Moulvoudaye"],
  "ABD", "2024-01-01", "month", "Moulvoudaye", "CM", None, None, None, None, None, True,
  "'En janvier 2024' -> month, background. Unnamed gunmen -> null. 'douze personnes' are abductees, not casualties."),
E(16, ["des hommes armés ont tiré sur le poste de gendarmerie de Pétté"],
  "BAT", "2026-04-01", "month", "Pétté", "CM", None, 2, "exact", None, None, True,
  "'En avril' with no year in a June 2026 editorial -> April 2026, month; 2026-04-01 is 69 days before publication -> background. Unnamed gunmen firing on a gendarmerie post -> Armed clash with a null initiator (events_holdout14 convention for unnamed attackers of a police post). 'blessant deux gendarmes' -> injured 2, killed null. '15 000 francs CFA', 'Plus de 300 000 personnes' (displaced), 'une école sur cinq' are not casualties."),
]
