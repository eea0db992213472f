"""Authoring source of benchmarks/events_holdout11 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Balleyara, Niger cluster (holdout11-012 to 016), a double suicide
bombing at two sites of one town (the livestock market and the bus station,
about 500 m apart, minutes apart): the French flash (012), the revised toll
(013), the claim in English (014), the arrests and a march (015) and a
French radio programme with older attacks (016). Notes are in English, as
in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout11")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout11-012
ARTICLES.append(A(12, "fr", "article", "2026-07-12T13:30:00Z",
"Niger : double attentat-suicide sur le marché de Balleyara",
"""
NIAMEY, 12 juillet (Agence) - Au moins quinze personnes ont été tuées et une trentaine blessées dimanche matin dans un double attentat-suicide à Balleyara, une ville commerçante située à une centaine de kilomètres au nord-est de Niamey, ont indiqué des sources sécuritaires et hospitalières.

Un premier kamikaze s'est fait exploser vers 10 heures au milieu du marché à bétail, l'un des plus grands du pays, qui attire chaque dimanche plusieurs milliers d'éleveurs. Quelques minutes plus tard, un second kamikaze a actionné sa charge à la gare routière, à environ 500 mètres de là, où se pressaient les gens qui fuyaient le marché.

« Il y a des corps partout, des animaux aussi », a raconté par téléphone un commerçant de 43 ans. L'hôpital de district, qui ne compte que 40 lits, a dû installer des blessés dans la cour. Une dizaine de véhicules ont brûlé.

Le double attentat n'avait pas été revendiqué dimanche en fin de journée. Les soupçons se portent sur l'État islamique au Sahel, très actif dans la région de Tillabéri, mais un officier n'excluait pas que le JNIM puisse être à l'origine de l'attaque.

La veille, samedi, des hommes armés à moto ont enlevé le chef du village de Tagazar, à une trentaine de kilomètres au nord, selon un élu local.

Vendredi, l'armée avait détruit un engin explosif découvert sur la route de Simiri, selon un communiqué publié samedi. Les autorités ont interdit la circulation des motos dans le département pour une durée d'un mois.
"""))
GOLD += [
E(12, ["un double attentat-suicide à Balleyara", "Un premier kamikaze s'est fait exploser", "un second kamikaze a actionné sa charge à la gare routière", "Le double attentat", "l'origine de l'attaque"],
  "SUI", "2026-07-12", "day", "Balleyara", "NE", 15, 30, "at_least", None, None, False,
  "'dimanche matin' = publication day, Sunday 12 July. Two bombers at two sites of one town (the livestock market and the bus station, about 500 m apart), minutes apart -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention; see Known ambiguities). 'Au moins quinze' -> 15, at_least; 'une trentaine blessées' -> 30 (about); the qualifier describes the killed figure. 'Les soupçons se portent sur' and 'n'excluait pas que le JNIM puisse être' are speculation -> no perpetrator. 'une centaine de kilomètres', 'vers 10 heures', 'plusieurs milliers d'éleveurs', 'environ 500 mètres', '43 ans', '40 lits', 'Une dizaine de véhicules' are distractors."),
E(12, ["des hommes armés à moto ont enlevé le chef du village de Tagazar"],
  "ABD", "2026-07-11", "day", "Tagazar", "NE", None, None, None, None, None, False,
  "'La veille, samedi' -> 11 July. Unnamed gunmen -> null. 'une trentaine de kilomètres' is a distance."),
E(12, ["l'armée avait détruit un engin explosif découvert sur la route de Simiri"],
  "DWU", "2026-07-10", "day", "Simiri", "NE", None, None, None, "military", None, False,
  "'Vendredi' vs Sunday 12 July -> 10 July (the statement is from Saturday; the act's own day is given). A device destroyed on its own -> Disrupted weapons use, military. 'la route de X' coded to X (events_holdout10 Tenkodogo). No casualty statement -> null. The motorbike ban ('un mois') is not coded."),
]

# -------------------------------------------------------------- holdout11-013
ARTICLES.append(A(13, "fr", "article", "2026-07-13T10:00:00Z",
"Balleyara : le bilan passe à trente et un morts",
"""
BALLEYARA (Niger), 13 juillet - Le bilan du double attentat-suicide de dimanche à Balleyara s'élève désormais à trente et un morts, kamikazes non compris, selon un nouveau bilan provisoire communiqué lundi par le gouverneur de la région de Tillabéri. On compte également 74 blessés, dont 23 blessés graves évacués vers Niamey par la route.

Dimanche soir, les autorités parlaient encore de dix-neuf morts. Le chiffre a grimpé dans la nuit, quand des familles ont retrouvé des corps sous les étals effondrés et que plusieurs blessés ont succombé à l'hôpital. Parmi les morts figurent au moins six enfants qui vendaient de l'eau au marché.

Les deux kamikazes, des jeunes hommes d'une vingtaine d'années selon des témoins, portaient chacun une ceinture contenant environ 8 kilogrammes d'explosifs, selon une source sécuritaire.

Dimanche soir, quelques heures après l'attentat, des individus armés ont tiré sur un poste de police à l'entrée de Loga, blessant deux policiers, avant de s'enfuir.

À Balleyara, c'est l'attaque la plus meurtrière depuis 2021, lorsqu'une mine avait tué trois gendarmes sur la route de Balleyara, à la sortie de la ville.

Le marché à bétail, où s'échangent chaque dimanche près de 10 000 têtes, restera fermé deux semaines. Le gouvernement a décrété un deuil national de trois jours et promis 500 000 francs CFA à chaque famille endeuillée.
"""))
GOLD += [
E(13, ["Le bilan du double attentat-suicide de dimanche à Balleyara", "quelques heures après l'attentat"],
  "SUI", "2026-07-12", "day", "Balleyara", "NE", 33, 74, "exact", None, None, False,
  "'dimanche' vs Monday 13 July -> 12 July. Revised inside the article: 'dix-neuf morts' on Sunday evening -> 'trente et un morts, kamikazes non compris' -> 31 + 2 = 33 ('non compris' adds the bombers, like 'sans compter': events_holdout10 Koupéla). '74 blessés' -> 74; 'dont 23 blessés graves' and 'au moins six enfants' are subsets. A 'bilan provisoire' is still the figure given -> exact. No claim -> null. 'une vingtaine d'années' (age), 'environ 8 kilogrammes', 'près de 10 000 têtes', 'deux semaines', 'trois jours', '500 000 francs CFA' are distractors."),
E(13, ["des individus armés ont tiré sur un poste de police à l'entrée de Loga"],
  "BAT", "2026-07-12", "day", "Loga", "NE", None, 2, "exact", None, None, False,
  "'Dimanche soir' -> 12 July. Unnamed gunmen firing on a police post -> Armed clash with a null perpetrator (events_holdout10 Latamber). Two policemen wounded, no killed figure."),
E(13, ["une mine avait tué trois gendarmes sur la route de Balleyara"],
  "IED", "2021-01-01", "year", "Balleyara", "NE", 3, None, "exact", None, None, True,
  "'en 2021' ('depuis 2021, lorsqu'...') -> year, background. A mine -> Remote explosive/landmine/IED. 'la route de X' coded to X. Three gendarmes killed. No actor."),
]

# -------------------------------------------------------------- holdout11-014
ARTICLES.append(A(14, "en", "article", "2026-07-14T09:00:00Z",
"Islamic State's Sahel branch takes credit for Balleyara bombing",
"""
NIAMEY, July 14 - The Islamic State's Sahel branch took credit on Monday for Sunday's double suicide bombing in Balleyara, which left 33 people dead, the two bombers included, and 74 wounded, one of the deadliest attacks in western Niger this year.

In a message on its Telegram channels, the group said its two fighters had targeted "a gathering of apostates and army collaborators" and put the toll at "more than 150". The government did not question that the group had carried out the bombing but called its figure "a fantasy".

JNIM, al-Qaeda's affiliate in the Sahel, which some officials had named on Sunday, said in a statement that it had "nothing to do with" the bombing and condemned attacks on markets.

The army said on Monday that its drones had struck a column of motorbikes near Kokorou on Sunday evening, killing about twenty fighters who had fled Balleyara. The figure could not be verified.

On Monday, gunmen stopped a minibus near Mangaizé and abducted seven passengers, including two teachers, residents said. The driver, 56, was released after three hours.

Niger's military government has deployed 1,200 more troops to the Tillabéri region since January, and the region's markets have been hit at least four times this year, according to a local monitoring group.
"""))
GOLD += [
E(14, ["Sunday's double suicide bombing in Balleyara", "carried out the bombing"],
  "SUI", "2026-07-12", "day", "Balleyara", "NE", 33, 74, "exact", "Islamic State", "Islamic State", False,
  "'Sunday's' vs Tuesday 14 July -> 12 July. 'left 33 people dead, the two bombers included, and 74 wounded' -> 33/74. 'took credit' -> claimed by the Islamic State's Sahel branch -> Islamic State (every branch except ISWAP). The government disputes only the claimant's figure ('more than 150', not used). JNIM's statement is a rival's denial: not a claim, and it does not dispute the IS claim."),
E(14, ["its drones had struck a column of motorbikes near Kokorou"],
  "AIR", "2026-07-12", "day", "Kokorou", "NE", 20, None, "about", "military", None, False,
  "'on Sunday evening' vs Tuesday 14 July -> 12 July (the army spoke on Monday). Army drones -> military. 'about twenty fighters' -> 20, about; the acting force's figure is the only one ('could not be verified')."),
E(14, ["gunmen stopped a minibus near Mangaizé and abducted seven passengers"],
  "ABD", "2026-07-13", "day", "Mangaizé", "NE", None, None, None, None, None, False,
  "'On Monday' vs Tuesday 14 July -> 13 July. Unnamed gunmen -> null. 'seven passengers' are abductees, not casualties; '56' an age, 'three hours' a span; '1,200 more troops' and 'at least four times this year' (generic) are not events."),
]

# -------------------------------------------------------------- holdout11-015
ARTICLES.append(A(15, "fr", "article", "2026-07-16T11:00:00Z",
"Attentat de Balleyara : cinq suspects arrêtés, un présumé recruteur interpellé",
"""
BALLEYARA, 16 juillet - Cinq suspects ont été arrêtés mardi à Balleyara par la gendarmerie dans le cadre de l'enquête sur le double attentat-suicide du 12 juillet, qui a fait 33 morts, dont les deux kamikazes, et qui a été revendiqué par l'État islamique au Sahel, a annoncé mercredi le procureur du pôle antiterroriste de Niamey.

Selon le procureur, deux des suspects auraient hébergé les kamikazes la veille de l'attentat. Une cinquantaine de personnes ont été entendues et plus de 200 motos contrôlées depuis dimanche.

Un présumé recruteur, âgé de 29 ans, a par ailleurs été interpellé mercredi à Fandou, à 25 kilomètres de Balleyara, par des militaires, a indiqué une source sécuritaire.

Mercredi soir, des soldats ont donné l'assaut à une maison d'un hameau proche de Tagazar où s'étaient retranchés deux hommes recherchés. Un suspect a été tué et un soldat blessé lors de l'échange de tirs ; l'autre homme a pris la fuite.

Mardi, plusieurs centaines d'habitants, des femmes pour la plupart, ont marché dans les rues de Balleyara pour réclamer le retour d'un détachement militaire retiré de la ville en 2024. La marche s'est déroulée dans le calme jusqu'à la préfecture.

« Nous ne voulons plus enterrer nos enfants », a déclaré une organisatrice, Mariama Issoufou, 51 ans. Une ligne verte, le 8080, a été ouverte pour recueillir des informations, et une récompense de cinq millions de francs CFA est promise.
"""))
GOLD += [
E(15, ["double attentat-suicide du 12 juillet", "la veille de l'attentat"],
  "SUI", "2026-07-12", "day", "Balleyara", "NE", 33, None, "exact", "Islamic State", "Islamic State", False,
  "'du 12 juillet' -> day; 4 days before publication -> current. '33 morts, dont les deux kamikazes' -> 33. 'a été revendiqué par l'État islamique au Sahel' -> Islamic State. No wounded figure -> null."),
E(15, ["Cinq suspects ont été arrêtés mardi à Balleyara par la gendarmerie"],
  "ARR", "2026-07-14", "day", "Balleyara", "NE", None, None, None, "police", None, False,
  "'mardi' vs Thursday 16 July -> 14 July. Gendarmerie -> police. 'Une cinquantaine de personnes ont été entendues' and '200 motos contrôlées' are not arrests or casualties."),
E(15, ["Un présumé recruteur", "a par ailleurs été interpellé mercredi à Fandou"],
  "ARR", "2026-07-15", "day", "Fandou", "NE", None, None, None, "military", None, False,
  "'mercredi' -> 15 July. Another place and day -> its own Arrests event; soldiers making arrests -> military. '29 ans' is an age, '25 kilomètres' a distance."),
E(15, ["des soldats ont donné l'assaut à une maison d'un hameau proche de Tagazar", "l'échange de tirs"],
  "BAT", "2026-07-15", "day", "Tagazar", "NE", 1, 1, "exact", "military", None, False,
  "'Mercredi soir' -> 15 July. An assault on a house that turns into an exchange of fire -> Armed clash initiated by the military (events_holdout10 Qandala, Gurguri). One suspect killed, one soldier wounded. The escape is not an event."),
E(15, ["plusieurs centaines d'habitants, des femmes pour la plupart, ont marché dans les rues de Balleyara", "La marche"],
  "PP", "2026-07-14", "day", "Balleyara", "NE", None, None, None, None, None, False,
  "'Mardi' -> 14 July. A march with a demand, peaceful -> Peaceful protest. 'plusieurs centaines' are participants; 'en 2024' (the withdrawal) is not an event; '51 ans', '8080' (hotline), 'cinq millions de francs CFA' are distractors."),
]

# -------------------------------------------------------------- holdout11-016
ARTICLES.append(A(16, "fr", "transcript", "2026-07-28T18:00:00Z",
"Radio Sahel Matin, « Le grand entretien » : Tillabéri, les marchés dans le viseur",
"""
[18:02] PRÉSENTATRICE : Bonsoir. Il y a seize jours, deux kamikazes frappaient le marché à bétail et la gare routière de Balleyara. Trente-trois morts, kamikazes compris, un attentat revendiqué par l'État islamique au Sahel. Notre invité, Moussa Adamou, est chercheur à Niamey. Est-ce une première ?

[18:03] MOUSSA ADAMOU : Non, malheureusement. En 2018 déjà, deux kamikazes s'étaient fait exploser au marché de Sakoira, faisant vingt-deux morts, kamikazes compris. Personne ne l'avait revendiqué.

[18:05] PRÉSENTATRICE : Et ensuite ?

[18:05] MOUSSA ADAMOU : En novembre 2022, une patrouille est tombée dans une embuscade près de Petelkolé : onze soldats tués, une attaque revendiquée par l'EI. Le même mois, des hommes armés ont tué quatre commerçants au marché de Dessa. Il y a trois ans, un kamikaze s'est fait exploser devant une mosquée de Sinder, tuant sept fidèles.

[18:08] PRÉSENTATRICE : Le JNIM est aussi présent dans la zone.

[18:08] MOUSSA ADAMOU : Oui. L'an dernier, il a revendiqué l'attaque d'un poste de la garde nationale à Kouré, où six gardes ont été tués. Les deux groupes se disputent les routes du bétail, qui rapportent des millions de francs CFA chaque semaine.

[18:11] PRÉSENTATRICE : Que faire ?

[18:11] MOUSSA ADAMOU : Protéger les marchés, qui font vivre près de 80 % des familles de la région, sans les fermer. Fermer Balleyara deux semaines, c'est priver 300 éleveurs de revenus.

[18:13] PRÉSENTATRICE : Merci, Moussa Adamou.
"""))
GOLD += [
E(16, ["deux kamikazes frappaient le marché à bétail et la gare routière de Balleyara"],
  "SUI", "2026-07-12", "day", "Balleyara", "NE", 33, None, "exact", "Islamic State", "Islamic State", False,
  "'Il y a seize jours' vs Tuesday 28 July -> 12 July, day (like 'Il y a treize jours' in events_holdout10); current. Two sites of one town -> one event. 'Trente-trois morts, kamikazes compris' -> 33. 'revendiqué par l'État islamique au Sahel' -> Islamic State."),
E(16, ["deux kamikazes s'étaient fait exploser au marché de Sakoira"],
  "SUI", "2018-01-01", "year", "Sakoira", "NE", 22, None, "exact", None, None, True,
  "'En 2018' -> year, background. Two bombers at one market -> one event. 'vingt-deux morts, kamikazes compris' -> 22. 'Personne ne l'avait revendiqué' -> null."),
E(16, ["une patrouille est tombée dans une embuscade près de Petelkolé"],
  "BAT", "2022-11-01", "month", "Petelkolé", "NE", 11, None, "exact", "Islamic State", "Islamic State", True,
  "'En novembre 2022' -> month, background. An ambush on a patrol -> Armed clash initiated by the ambushers; 'revendiquée par l'EI' -> Islamic State. 'onze soldats tués' -> 11."),
E(16, ["des hommes armés ont tué quatre commerçants au marché de Dessa"],
  "ATK", "2022-11-01", "month", "Dessa", "NE", 4, None, "exact", None, None, True,
  "'Le même mois' after 'En novembre 2022' -> November 2022, month, background. Unnamed gunmen killing traders -> Violence against civilians / Attack, null."),
E(16, ["un kamikaze s'est fait exploser devant une mosquée de Sinder"],
  "SUI", "2023-01-01", "year", "Sinder", "NE", 7, None, "exact", None, None, True,
  "'Il y a trois ans' in 2026 -> 2023, year, background. 'tuant sept fidèles' -> 7 as written (the bomber is not counted in the text). No actor."),
E(16, ["l'attaque d'un poste de la garde nationale à Kouré"],
  "BAT", "2025-01-01", "year", "Kouré", "NE", 6, None, "exact", "JNIM", "JNIM", True,
  "'L'an dernier' -> 2025, year, background. An attack on a National Guard post -> Armed clash initiated by the attackers; 'il a revendiqué' (the JNIM) -> JNIM. 'six gardes' -> 6. 'près de 80 %', '300 éleveurs', 'deux semaines', 'des millions de francs CFA' and the timestamps are distractors."),
]
