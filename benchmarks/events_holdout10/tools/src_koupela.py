"""Authoring source of benchmarks/events_holdout10 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Koupéla, Burkina Faso cluster (holdout10-012 to 017), a double
suicide bombing at two sites of one town (the bus station and the market):
the flash (012), the revised toll (013), a radio bulletin on the claim
(014), the arrests in English (015), the marches and a riot (016) and a
tribune with older attacks (017). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout10")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout10-012
ARTICLES.append(A(12, "fr", "article", "2026-08-09T12:00:00Z",
"Burkina : double attentat-suicide à Koupéla, au moins douze morts",
"""
OUAGADOUGOU, 9 août (Dépêche) - Au moins douze personnes ont été tuées et des dizaines d'autres blessées dimanche matin à Koupéla, dans le Centre-Est du Burkina Faso, dans un double attentat-suicide, selon des sources sécuritaires et hospitalières.

Un premier kamikaze s'est fait exploser vers 9 h 30 à l'entrée de la gare routière, où des dizaines de voyageurs attendaient les cars pour Ouagadougou. Quelques minutes plus tard, un second kamikaze a actionné sa ceinture d'explosifs au marché central, à environ 300 mètres de là, alors que la foule fuyait la première explosion.

« Il y avait des corps partout », a raconté un vendeur de cartes téléphoniques joint par téléphone. Un adolescent de 15 ans, apprenti chauffeur, figure parmi les victimes, selon sa famille.

L'attaque n'a pas été revendiquée dans l'immédiat. Les soupçons se portent sur le Groupe de soutien à l'islam et aux musulmans (GSIM), très actif dans la région de l'Est voisine.

La veille, samedi, les démineurs de l'armée avaient désamorcé un engin explosif improvisé enfoui sur la route nationale près de Pouytenga, à une vingtaine de kilomètres, sans faire de victimes.

Koupéla, carrefour commercial situé à environ 140 kilomètres à l'est de la capitale, voit passer chaque jour une centaine de camions vers le Niger et le Togo. Le gouverneur a décrété un couvre-feu de 19 heures à 6 heures.
"""))
GOLD += [
E(12, ["un double attentat-suicide", "Un premier kamikaze s'est fait exploser vers 9 h 30 à l'entrée de la gare routière", "un second kamikaze a actionné sa ceinture d'explosifs au marché central", "la première explosion", "L'attaque n'a pas été revendiquée"],
  "SUI", "2026-08-09", "day", "Koupéla", "BF", 12, 12, "at_least", None, None, False,
  "'dimanche matin' = publication day, Sunday 9 August. Two bombers at two sites of one town (the bus station and the market, about 300 m apart), minutes apart -> ONE Suicide bomb event: the place of the event is the town (its most specific named place), and the events_holdout4 rule gives one event per town for coordinated attacks on one day (see the README's known ambiguities). 'Au moins douze' -> 12, at_least; 'des dizaines d'autres blessées' -> 12 (dev table), the qualifier describes killed. 'Les soupçons se portent sur' is speculation -> null. '9 h 30', 'des dizaines de voyageurs' (participants), '300 mètres', '15 ans', '140 kilomètres', 'une centaine de camions', '19 heures à 6 heures' are distractors; the curfew is not an event."),
E(12, ["les démineurs de l'armée avaient désamorcé un engin explosif improvisé"],
  "DWU", "2026-08-08", "day", "Pouytenga", "BF", 0, 0, "exact", "military", None, False,
  "'La veille, samedi' -> 8 August. A device defused on its own -> Disrupted weapons use by the army; 'sans faire de victimes' -> 0/0. 'sur la route nationale près de Pouytenga' -> Pouytenga (nearest named place). 'une vingtaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout10-013
ARTICLES.append(A(13, "fr", "article", "2026-08-10T10:00:00Z",
"Attentat de Koupéla : le bilan s'alourdit à vingt-trois morts",
"""
KOUPÉLA (Burkina Faso), 10 août - Le bilan du double attentat-suicide de dimanche à Koupéla est passé à vingt-trois morts, sans compter les deux kamikazes, contre douze annoncés dimanche midi, a indiqué lundi le ministère de la Santé. Trois blessés ont succombé dans la nuit au centre hospitalier régional. Quarante-sept blessés sont toujours hospitalisés, dont neuf dans un état grave.

Selon un responsable de la police, le premier kamikaze, un jeune homme d'une vingtaine d'années, est arrivé à moto par la route de Tenkodogo. Le second, qui portait une tenue de commerçant, aurait attendu la première explosion pour se faire exploser au milieu des étals du marché, à quelques centaines de mètres.

Samedi soir, des hommes armés avaient enlevé quatre commerçants sur la route de Tenkodogo, à une quinzaine de kilomètres de Koupéla, selon des habitants. On est sans nouvelles d'eux. Les familles affirment qu'une rançon de cinq millions de francs CFA leur a été réclamée.

Koupéla avait déjà été touchée en 2023, quand une bombe artisanale avait tué trois gendarmes sur la route nationale, près de Koupéla. Dans la ville, la plupart des boutiques sont restées fermées lundi. Deux jours de deuil ont été décrétés dans la province du Kouritenga. Le président de la transition a promis « une riposte implacable ».

Le gouvernement a annoncé le déploiement de 400 gendarmes supplémentaires dans la région du Centre-Est et l'ouverture d'un numéro vert, le 1010.
"""))
GOLD += [
E(13, ["Le bilan du double attentat-suicide de dimanche à Koupéla", "la première explosion"],
  "SUI", "2026-08-09", "day", "Koupéla", "BF", 25, 47, "exact", None, None, False,
  "'de dimanche' vs Monday 10 August -> 9 August. Revised toll: 'vingt-trois morts, sans compter les deux kamikazes' -> 23 + 2 = 25 (events_test 'sans compter' rule); 'douze annoncés' is superseded; the three who died overnight are inside. 'Quarante-sept blessés sont toujours hospitalisés' is the only wounded figure -> 47 (still-in-hospital rule); 'neuf' is a subset. Two sites of one town -> one event. Unclaimed, no actor. 'une vingtaine d'années' is an age; 'quelques centaines de mètres' a distance."),
E(13, ["des hommes armés avaient enlevé quatre commerçants sur la route de Tenkodogo"],
  "ABD", "2026-08-08", "day", "Tenkodogo", "BF", None, None, None, None, None, False,
  "'Samedi soir' vs Monday 10 August -> 8 August. 'la route de Tenkodogo' -> Tenkodogo (events_holdout3/7 rule for 'la route de X'). Unnamed -> null. 'quatre commerçants' are abductees, 'une quinzaine de kilomètres' a distance, 'cinq millions de francs CFA' money, '400 gendarmes' a deployment, '1010' a phone number."),
E(13, ["une bombe artisanale avait tué trois gendarmes sur la route nationale"],
  "IED", "2023-01-01", "year", "Koupéla", "BF", 3, None, "exact", None, None, True,
  "'en 2023' -> year, background. 'sur la route nationale, près de Koupéla' -> Koupéla, the nearest named place. No actor."),
]

# -------------------------------------------------------------- holdout10-014
ARTICLES.append(A(14, "fr", "transcript", "2026-08-11T07:00:00Z",
"Radio Savane FM, journal de 7 heures du mardi 11 août",
"""
PRÉSENTATEUR : Il est 7 heures. À la une, la revendication du double attentat-suicide de Koupéla. Notre correspondante Awa Kaboré est en ligne. Awa, bonjour.

AWA KABORÉ : Bonjour. Oui, le Groupe de soutien à l'islam et aux musulmans, le JNIM, a revendiqué hier après-midi l'attentat de dimanche, dans un message audio. Le groupe dit avoir visé, euh, « des miliciens et des militaires » et affirme avoir tué plus de cent personnes.

PRÉSENTATEUR : Que dit le gouvernement ?

AWA KABORÉ : Le porte-parole maintient le bilan officiel : vingt-cinq morts, dont les deux kamikazes, et quarante-sept blessés. Il qualifie le chiffre du JNIM de propagande, mais ne conteste pas que le groupe soit l'auteur de l'attaque.

PRÉSENTATEUR : L'armée dit avoir riposté ?

AWA KABORÉ : Oui. Selon l'état-major, des frappes de drones ont visé dimanche soir des positions terroristes près de Gounghin, tuant, je cite, « plusieurs dizaines de terroristes ». On n'a pas pu vérifier ce chiffre de manière indépendante.

PRÉSENTATEUR : Et à Koupéla même ?

AWA KABORÉ : Une marche est prévue jeudi pour réclamer plus de sécurité. Les commerçants du marché, eux, demandent à être relogés. Près de 300 étals ont été détruits ou endommagés.

PRÉSENTATEUR : Merci Awa. En cas de colis suspect, composez le 1010.
"""))
GOLD += [
E(14, ["la revendication du double attentat-suicide de Koupéla", "a revendiqué hier après-midi l'attentat de dimanche", "l'auteur de l'attaque"],
  "SUI", "2026-08-09", "day", "Koupéla", "BF", 25, 47, "exact", "JNIM", "JNIM", False,
  "'l'attentat de dimanche' vs Tuesday 11 August -> 9 August (the claim was made 'hier', Monday 10). 'vingt-cinq morts, dont les deux kamikazes' -> 25; 'quarante-sept blessés' -> 47. GSIM / JNIM -> JNIM; the government calls the figure propaganda 'mais ne conteste pas que le groupe soit l'auteur' -> perpetrator = claimant. The claim's 'plus de cent personnes' is not used. The presenter's cue names the bombing and is the first trigger."),
E(14, ["des frappes de drones ont visé dimanche soir des positions terroristes près de Gounghin"],
  "AIR", "2026-08-09", "day", "Gounghin", "BF", 12, None, "at_least", "military", None, False,
  "'dimanche soir' vs Tuesday 11 August -> 9 August. The army's own 'plusieurs dizaines de terroristes' is the only figure -> 12, at_least (dev table), as the acting force's figure (events_holdout3 Sofara). 'Une marche est prévue jeudi' is a future event and is not coded; 'Près de 300 étals' and '1010' are distractors."),
]

# -------------------------------------------------------------- holdout10-015
ARTICLES.append(A(15, "en", "article", "2026-08-13T09:00:00Z",
"Burkina Faso arrests 12 after Koupéla bombings; four militiamen killed in attack",
"""
OUAGADOUGOU, Aug 13 - Burkinabe gendarmes arrested 12 suspects in Koupéla on Tuesday in connection with Sunday's double suicide bombing, which killed 25 people, the two bombers among them, a security source said on Thursday.

The suspects, aged between 19 and 52, include a mechanic accused of fitting the bombers' motorbike with a false number plate. About 80 people have been questioned since the attack, most of them travellers at the bus station, the source said. JNIM, al-Qaeda's Sahel branch, claimed the bombing on Monday.

On Wednesday, soldiers detained a suspected facilitator in Pouytenga, a market town about 20 km away. The man, 41, is said to have housed the two bombers for three nights before the attack. Two motorbikes and 600,000 CFA francs in cash were seized, the army said.

Also on Wednesday, gunmen attacked a post of the Volunteers for the Defence of the Homeland (VDP) near Baskouré, north of Koupéla. Four VDP and about fifteen attackers were killed in the fighting, local sources said.

Nearly 2,000 people have left the villages around Koupéla since Sunday, according to the humanitarian agency OCHA.

A march for peace is planned in Koupéla on Thursday.
"""))
GOLD += [
E(15, ["Sunday's double suicide bombing", "claimed the bombing", "since the attack"],
  "SUI", "2026-08-09", "day", "Koupéla", "BF", 25, None, "exact", "JNIM", "JNIM", False,
  "'Sunday's' vs Thursday 13 August -> 9 August. '25 people, the two bombers among them' -> 25. 'JNIM ... claimed the bombing on Monday' -> claimant and perpetrator. No wounded figure."),
E(15, ["Burkinabe gendarmes arrested 12 suspects in Koupéla on Tuesday"],
  "ARR", "2026-08-11", "day", "Koupéla", "BF", None, None, None, "police", None, False,
  "'on Tuesday' vs Thursday 13 August -> 11 August. Gendarmerie -> police. 'aged between 19 and 52' are ages; 'About 80 people have been questioned' are not arrests."),
E(15, ["soldiers detained a suspected facilitator in Pouytenga"],
  "ARR", "2026-08-12", "day", "Pouytenga", "BF", None, None, None, "military", None, False,
  "'On Wednesday' -> 12 August. Arrest by soldiers -> military (events_holdout9 rule). The motorbikes and '600,000 CFA francs' seized belong to the arrest. '41' is an age, 'three nights' a span, 'about 20 km' a distance."),
E(15, ["gunmen attacked a post of the Volunteers for the Defence of the Homeland (VDP) near Baskouré", "the fighting"],
  "BAT", "2026-08-12", "day", "Baskouré", "BF", 19, None, "about", None, None, False,
  "'Also on Wednesday' -> 12 August. An attack on an armed militia post by unnamed gunmen -> Armed clash, null perpetrator. All sides: 'Four VDP' + 'about fifteen attackers' = 19, about (the sum takes the vague part's qualifier). 'Nearly 2,000 people' displaced is a distractor; the march 'planned ... on Thursday' is a future event (publication day, not yet held) and is not coded."),
]

# -------------------------------------------------------------- holdout10-016
ARTICLES.append(A(16, "fr", "article", "2026-08-15T16:00:00Z",
"Koupéla marche pour la paix, Pouytenga s'embrase",
"""
KOUPÉLA (Burkina Faso), 15 août - Plusieurs milliers de personnes ont marché vendredi dans les rues de Koupéla pour réclamer davantage de sécurité, six jours après le double attentat-suicide qui a fait vingt-cinq morts, dont les deux kamikazes, à la gare routière et au marché central de la ville. L'attentat a été revendiqué par le JNIM.

Les marcheurs, vêtus de blanc, ont déposé une lettre au haut-commissariat avant de se disperser dans le calme. « Nous voulons des soldats aux entrées de la ville », a déclaré une organisatrice, Mariam Ouédraogo, 47 ans.

La veille, jeudi, la situation a dégénéré à Pouytenga. Des jeunes en colère, qui accusaient la police d'avoir relâché un suspect, ont incendié un poste de police et brûlé des pneus sur la route nationale. Deux manifestants ont été blessés par balle, selon l'hôpital de district.

Quinze jeunes ont été interpellés par la police à Pouytenga après ces violences, a indiqué le procureur, qui a promis une enquête sur les tirs. Une quarantaine d'autres ont été convoqués pour être entendus la semaine prochaine.

À Koupéla, les autorités ont commencé à reconstruire les 300 étals détruits. La gare routière a rouvert mercredi, avec des fouilles systématiques des bagages. Les cars pour Ouagadougou, une vingtaine par jour, circulent de nouveau.
"""))
GOLD += [
E(16, ["Plusieurs milliers de personnes ont marché vendredi dans les rues de Koupéla"],
  "PP", "2026-08-14", "day", "Koupéla", "BF", None, None, None, None, None, False,
  "'vendredi' vs Saturday 15 August -> 14 August. A march with a demand that ends 'dans le calme' -> Peaceful protest. 'Plusieurs milliers' are participants; '47 ans' an age."),
E(16, ["le double attentat-suicide qui a fait vingt-cinq morts", "L'attentat a été revendiqué par le JNIM"],
  "SUI", "2026-08-09", "day", "Koupéla", "BF", 25, None, "exact", "JNIM", "JNIM", False,
  "'six jours après' Friday 14 August -> Sunday 9 August. 'vingt-cinq morts, dont les deux kamikazes' -> 25. The text names both sites ('à la gare routière et au marché central de la ville') of one event. Claimed by the JNIM."),
E(16, ["la situation a dégénéré à Pouytenga", "Des jeunes en colère", "ont incendié un poste de police", "ces violences"],
  "RIOT", "2026-08-13", "day", "Pouytenga", "BF", None, 2, "exact", None, None, False,
  "'La veille, jeudi' -> 13 August. Arson of a police post and burning tyres -> Violent demonstration. 'Deux manifestants ont été blessés par balle' -> injured 2, killed null; the police fire is part of the same episode (events_holdout9 Nasiriyah)."),
E(16, ["Quinze jeunes ont été interpellés par la police à Pouytenga"],
  "ARR", "2026-08-13", "day", "Pouytenga", "BF", None, None, None, "police", None, False,
  "Arrested 'après ces violences' of Thursday -> 13 August (the day of the riot). Protesters' arrests reported on their own -> a separate Arrests event (dev-008 rule). 'Une quarantaine d'autres ont été convoqués' are summoned, not arrested. '300 étals', 'une vingtaine par jour' are distractors; the reopening 'mercredi' is not an event."),
]

# -------------------------------------------------------------- holdout10-017
ARTICLES.append(A(17, "fr", "article", "2026-08-28T08:00:00Z",
"Tribune : après Koupéla, le Centre-Est ne peut plus se croire à l'abri",
"""
Le double attentat-suicide du 9 août à Koupéla, qui a coûté la vie à vingt-cinq personnes, kamikazes compris, a surpris une région qui se pensait protégée. Il n'aurait pourtant pas dû. Depuis dix ans, la violence descend vers le sud et l'est du pays.

Il y a quatre ans, un kamikaze à moto s'était fait exploser devant la mairie de Bogandé, tuant sept personnes. En mars 2021, une embuscade contre un convoi près de Manni avait tué dix-huit soldats et VDP. L'an dernier, l'État islamique au Sahel a revendiqué l'attaque du détachement militaire de Markoye, où une trentaine de soldats ont péri.

Les civils paient le prix le plus lourd. En novembre 2024, des hommes armés ont enlevé une vingtaine de femmes qui ramassaient du bois près de Dablo ; la plupart n'ont jamais été retrouvées. En février dernier, une frappe de drone a touché le marché de Kompienbiga, tuant vingt-huit personnes selon des habitants qui l'attribuent à l'armée. L'armée dément et affirme n'avoir visé que des combattants.

Koupéla a été revendiqué par le JNIM, qui s'est à nouveau prévalu de ce que ses communiqués appellent « la guerre des routes ». Selon une ONG, plus de 6 000 civils ont été tués dans le pays depuis 2022.

Il faut des soldats, certes : 5 000 VDP ont été recrutés cette année. Mais il faut surtout un État qui revienne dans les villages, avec des écoles et des dispensaires. Sans cela, le Centre-Est connaîtra le sort de l'Est.
"""))
GOLD += [
E(17, ["Le double attentat-suicide du 9 août à Koupéla", "Koupéla a été revendiqué par le JNIM"],
  "SUI", "2026-08-09", "day", "Koupéla", "BF", 25, None, "exact", "JNIM", "JNIM", False,
  "'du 9 août' -> day; 19 days before the tribune -> current. 'vingt-cinq personnes, kamikazes compris' -> 25 (bombers inside). Claimed by the JNIM. The trigger 'Koupéla a été revendiqué' names the attack by its town."),
E(17, ["un kamikaze à moto s'était fait exploser devant la mairie de Bogandé"],
  "SUI", "2022-01-01", "year", "Bogandé", "BF", 7, None, "exact", None, None, True,
  "'Il y a quatre ans' -> 2022, year, background. 'tuant sept personnes' -> 7. No actor."),
E(17, ["une embuscade contre un convoi près de Manni"],
  "BAT", "2021-03-01", "month", "Manni", "BF", 18, None, "exact", None, None, True,
  "'En mars 2021' -> month, background. An ambush on a military convoy -> Armed clash; unnamed attackers -> null. 'dix-huit soldats et VDP' -> 18."),
E(17, ["l'attaque du détachement militaire de Markoye"],
  "BAT", "2025-01-01", "year", "Markoye", "BF", 30, None, "about", "Islamic State", "Islamic State", True,
  "'L'an dernier' -> 2025, year, background. An attack on a military detachment -> Armed clash, claimed by l'État islamique au Sahel -> Islamic State. 'une trentaine de soldats' -> 30, about."),
E(17, ["des hommes armés ont enlevé une vingtaine de femmes qui ramassaient du bois près de Dablo"],
  "ABD", "2024-11-01", "month", "Dablo", "BF", None, None, None, None, None, True,
  "'En novembre 2024' -> month, background. Unnamed -> null. 'une vingtaine de femmes' are abductees, not casualties."),
E(17, ["une frappe de drone a touché le marché de Kompienbiga"],
  "AIR", "2026-02-01", "month", "Kompienbiga", "BF", 28, None, "exact", None, None, True,
  "'En février dernier' in an August 2026 tribune -> February 2026, month, background. Residents blame the army, which denies -> blame plus denial leaves the perpetrator null. The residents' 'vingt-huit' is the only figure -> 28. 'plus de 6 000 civils ... depuis 2022' is cumulative; '5 000 VDP' a recruitment figure; 'dix ans' a span."),
]
