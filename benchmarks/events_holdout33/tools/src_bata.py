"""Authoring source of benchmarks/events_holdout33 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bata, Equatorial Guinea cluster (holdout33-011 to 015; English and
French), two suicide bombers on Sunday 14 June 2026 at two sites of one town
(a supporters' fan zone near the Bata stadium and the Paseo Marítimo
promenade, about 500 m and five minutes apart), claimed by Islamic State West
Africa Province: an English wire's first report (011), a French fact-check
("Vrai ou faux") with a false toll, a defused belt and an arrest (fr 012), a
French sports piece on a match postponed (fr 013), a French editorial with a
march, arrests and older attacks (fr 014) and an English analysis with older
attacks, a denial and a "may have been" (015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout33")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout33-011
ARTICLES.append(A(11, "en", "article", "2026-06-14T19:20:00Z",
"Twin suicide blasts hit football crowd in Equatorial Guinea's Bata",
"""
BATA, Equatorial Guinea (Gulf Wire) - At least eight people were killed and dozens wounded on Sunday when two suicide bombers blew themselves up minutes apart among football supporters in Bata, Equatorial Guinea's largest city, police and witnesses said.

The first bomber struck at about 4:30 p.m. at the entrance to a fan zone near the Bata stadium, where several thousand supporters had gathered ahead of a league derby; the second detonated his explosives five minutes later on the Paseo Marítimo, the seafront promenade about 500 metres away, as people ran from the first blast.

"There were shoes and scarves everywhere, and people screaming for their children," said a 27-year-old vendor who sells grilled fish near the promenade. Ambulances and private cars ferried the wounded to the regional hospital, which appealed for blood donors of all groups.

No group had claimed the attack by Sunday evening. A police spokesman declined to speculate on who was behind it and said the investigation had been handed to a special unit sent from Malabo on a military flight.

Equatorial Guinea, a country of about 1.7 million people, has rarely seen such violence. In 2024, a grenade thrown into a crowded bar in Mongomo, near the border with Gabon, wounded six people; nobody was ever charged.

The derby, between two clubs at the top of the table, was called off. The government ordered a curfew from 8 p.m. in Bata and closed the land border with Cameroon for 72 hours. A hotline, 114, was set up for families looking for relatives.
"""))
GOLD += [
E(11, ["two suicide bombers blew themselves up minutes apart", "The first bomber struck", "the first blast", "claimed the attack"],
  "SUI", "2026-06-14", "day", "Bata", "GQ", 8, 12, "at_least", None, None, False,
  "'on Sunday' = publication day, Sunday 14 June. Two sites of one town (the fan zone near the stadium and the Paseo Marítimo, about 500 m and five minutes apart) -> ONE Suicide bomb event. 'At least eight people were killed and dozens wounded' -> 8 (at_least), 12 ('dozens', dev table). No claim, no attribution -> null. '4:30 p.m.', '500 metres', '27-year-old', 'several thousand supporters' are not casualties."),
E(11, ["a grenade thrown into a crowded bar in Mongomo"],
  "GRN", "2024-01-01", "year", "Mongomo", "GQ", None, 6, "exact", None, None, True,
  "'In 2024' -> year, background. A thrown grenade -> Grenade, author unknown -> null; 'wounded six people' -> injured 6, exact. '1.7 million people', '8 p.m.', '72 hours', '114' are not casualties."),
]

# -------------------------------------------------------------- holdout33-012
ARTICLES.append(A(12, "fr", "article", "2026-06-16T11:00:00Z",
"Vrai ou faux : non, l'attentat de Bata n'a pas fait 60 morts",
"""
Depuis dimanche soir, les rumeurs se multiplient sur les réseaux sociaux au sujet du double attentat-suicide qui a frappé Bata. Notre cellule de vérification a examiné quatre affirmations parmi les plus partagées.

« L'attentat a fait 60 morts. » FAUX. Ce chiffre, parti d'une vidéo vue plus de 200 000 fois, ne repose sur rien. Selon le dernier bilan officiel, communiqué lundi soir par le ministère de la Santé, les deux explosions, à l'entrée de la zone des supporters du stade puis sur le Paseo Marítimo, ont fait dix-neuf morts, en plus des deux kamikazes, et soixante et onze blessés. Le nombre 60 correspond en réalité aux blessés admis dimanche soir à l'hôpital régional.

« Il y a eu une troisième explosion à Malabo. » FAUX. Aucune explosion n'a eu lieu dans la capitale. En revanche, une troisième ceinture explosive a bien été retrouvée dimanche soir dans un taxi abandonné près du port de Bata, puis désamorcée par les démineurs de la police.

« Des suspects ont été arrêtés au Cameroun. » FAUX. Les seules interpellations connues ont eu lieu en Guinée équatoriale : trois hommes âgés de 22 à 30 ans ont été arrêtés lundi à l'aube par la gendarmerie à Mbini, à une cinquantaine de kilomètres au sud de Bata. Un quatrième homme, entendu le même jour à Kogo, a été relâché.

« L'attentat a été revendiqué par Boko Haram. » FAUX. C'est l'État islamique en Afrique de l'Ouest (ISWAP) qui a revendiqué l'attaque lundi, dans un message que les services de sécurité ont authentifié. Boko Haram n'a fait aucune déclaration.

Nos conseils : avant de partager une image, vérifiez sa date et sa source. Plusieurs photos présentées comme venant de Bata ont en fait été prises lors d'un incendie de marché en 2023, à plus de 3 000 kilomètres de là. En cas de doute, écrivez-nous au 222 27 27 27.
"""))
GOLD += [
E(12, ["double attentat-suicide qui a frappé Bata", "les deux explosions, à l'entrée de la zone des supporters du stade puis sur le Paseo Marítimo", "revendiqué l'attaque"],
  "SUI", "2026-06-14", "day", "Bata", "GQ", 21, 71, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'dimanche soir' vs Tuesday 16 June -> Sunday 14 June. A fact-check: the false '60 morts' is a disputed alternative figure, never used (dev); the official toll 'dix-neuf morts, en plus des deux kamikazes, et soixante et onze blessés' -> 19 + 2 = 21 ('en plus des' adds the bombers, like 'sans compter'), 71, exact. « C'est l'État islamique en Afrique de l'Ouest (ISWAP) qui a revendiqué l'attaque », authenticated -> 'Islamic State West Africa Province' (dev: ISWAP keeps its own name). Boko Haram is named only in a false rumour -> not coded. The quoted rumour « L'attentat a fait 60 morts » and « L'attentat a été revendiqué par Boko Haram » are not used as triggers. '200 000 fois', '60' admitted patients (a subset), '3 000 kilomètres', '222 27 27 27' are not casualties; the 2023 market fire is not coded."),
E(12, ["une troisième ceinture explosive a bien été retrouvée", "désamorcée par les démineurs de la police"],
  "DWU", "2026-06-14", "day", "Bata", "GQ", None, None, None, "police", None, False,
  "'dimanche soir' -> 14 June. A belt found and defused on its own -> Disrupted weapons use; 'les démineurs de la police' -> 'police'; near the port of Bata -> Bata."),
E(12, ["trois hommes âgés de 22 à 30 ans ont été arrêtés lundi à l'aube par la gendarmerie à Mbini"],
  "ARR", "2026-06-15", "day", "Mbini", "GQ", None, None, None, "police", None, False,
  "'lundi à l'aube' vs Tuesday 16 June -> Monday 15 June. Gendarmerie -> 'police'. '22 à 30 ans' ages, 'une cinquantaine de kilomètres' a distance. The man 'entendu ... à Kogo, a été relâché' is not arrested; the rumoured arrests in Cameroon are denied, not events."),
]

# -------------------------------------------------------------- holdout33-013
ARTICLES.append(A(13, "fr", "article", "2026-06-17T09:30:00Z",
"Football : le match Guinée équatoriale-Bénin reporté après l'attentat de Bata",
"""
La Fédération équatoguinéenne de football a annoncé mardi soir le report sine die du match amical entre le Nzalang Nacional et le Bénin, prévu samedi 20 juin à 18 heures au stade de Bata. La décision était attendue depuis le double attentat-suicide de dimanche, qui a visé des supporters à quelques centaines de mètres de l'enceinte.

Le bilan s'est encore alourdi mardi : un supporter de 19 ans a succombé à ses blessures, portant le nombre de morts à vingt-deux, dont les deux kamikazes. On compte soixante et onze blessés, parmi lesquels le défenseur d'Atlético Litoral Pedro Nsue, 24 ans, touché au bras par des éclats alors qu'il saluait des supporters avant l'échauffement.

« Jouer maintenant, ce serait indécent », a tranché le président de la fédération. La délégation béninoise, arrivée lundi à Malabo par un vol spécial, est repartie mardi. Les billets, vendus 1 000 francs CFA, seront remboursés à partir de lundi prochain.

Le championnat national est lui aussi suspendu pour deux semaines. Le derby de la 22e journée entre Atlético Litoral et Unión Mongomo, prévu dimanche à 17 heures, n'avait jamais commencé : les joueurs étaient encore au vestiaire quand les deux explosions ont retenti. Les deux clubs, à égalité avec 48 points, devront attendre pour se départager. Trois matchs sur les 16 de la journée avaient déjà été joués.

Le stade de Bata, l'une des enceintes de 35 000 places construites pour des compétitions continentales, restera fermé jusqu'à nouvel ordre. La fédération réfléchit à délocaliser les prochaines rencontres à Malabo, sur l'île de Bioko, où la sécurité serait plus simple à assurer.

L'attaque a été revendiquée lundi par l'État islamique en Afrique de l'Ouest. Les joueurs des deux sélections porteront un brassard noir lors de leur prochain match.
"""))
GOLD += [
E(13, ["double attentat-suicide de dimanche", "les deux explosions ont retenti", "L'attaque a été revendiquée lundi par l'État islamique en Afrique de l'Ouest"],
  "SUI", "2026-06-14", "day", "Bata", "GQ", 22, 71, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'de dimanche' vs Wednesday 17 June -> 14 June. 'un supporter de 19 ans a succombé à ses blessures, portant le nombre de morts à vingt-deux, dont les deux kamikazes' -> 22 (bombers inside; he raised it from 21), 'soixante et onze blessés' -> 71 (not reduced), exact. Claimed by ISWAP -> claimant and perpetrator. The injured defender is inside the 71. The postponed match, the suspended league and the derby that 'n'avait jamais commencé' are not events. '18 heures', '19 ans', '24 ans', '1 000 francs CFA', 'deux semaines', '22e journée', '17 heures', '48 points', 'Trois matchs sur les 16', '35 000 places' are not casualties."),
]

# -------------------------------------------------------------- holdout33-014
ARTICLES.append(A(14, "fr", "article", "2026-06-20T06:00:00Z",
"Éditorial - Bata, et après ?",
"""
Six jours après le double attentat-suicide qui a tué plus de vingt personnes et en a blessé quelque soixante-dix aux abords du stade de Bata, le pays oscille entre le chagrin et la colère. Il serait pourtant faux de dire que rien ne l'annonçait.

Il y a deux ans, une grenade lancée dans un bar de Mongomo avait blessé six clients ; l'enquête avait été classée au bout de trois mois. En octobre 2022, des hommes armés avaient attaqué un poste de police à Acurenam et tué deux agents, sans que l'on sache jamais qui ils étaient. Chaque fois, on a préféré parler de faits divers.

L'attentat a été revendiqué par l'État islamique en Afrique de l'Ouest, une organisation qui n'avait jamais revendiqué d'action aussi loin de ses bases du lac Tchad, à plus de 1 500 kilomètres. C'est dire que nos frontières, nos ports et nos routes ne sont plus des remparts.

L'enquête, elle, avance. Après les trois interpellations de lundi à Mbini, la gendarmerie a arrêté jeudi à Ebebiyín, à la frontière camerounaise, un commerçant de 47 ans soupçonné d'avoir fait passer les explosifs dans un camion de bananes plantain. Tant mieux. Mais arrêter des exécutants et des passeurs ne suffira pas.

Jeudi aussi, des milliers d'habitants ont défilé en silence sur le Paseo Marítimo pour réclamer la vérité sur les failles du renseignement et un soutien pour les familles. La marche, qui s'est achevée devant la cathédrale, s'est déroulée sans le moindre incident. Ce calme est une leçon.

Le pays consacre moins de 2 % de son budget au renseignement intérieur. Il faudra le doubler, former des enquêteurs, équiper les 12 postes-frontières terrestres. Et surtout écouter ceux qui, à Bata comme à Mongomo, ont vu venir le danger et n'ont pas été entendus.
"""))
GOLD += [
E(14, ["double attentat-suicide qui a tué plus de vingt personnes", "L'attentat a été revendiqué par l'État islamique en Afrique de l'Ouest"],
  "SUI", "2026-06-14", "day", "Bata", "GQ", 20, 70, "more_than", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'Six jours après' vs Saturday 20 June -> Sunday 14 June. An editorial's vague toll: 'tué plus de vingt personnes' -> 20, more_than; 'en a blessé quelque soixante-dix' -> 70 (about); the qualifier describes the killed figure -> more_than. Claimed by ISWAP -> claimant and perpetrator."),
E(14, ["une grenade lancée dans un bar de Mongomo"],
  "GRN", "2024-01-01", "year", "Mongomo", "GQ", None, 6, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background (the grenade of holdout33-011). 'avait blessé six clients' -> injured 6, exact. 'trois mois' is a span."),
E(14, ["des hommes armés avaient attaqué un poste de police à Acurenam"],
  "BAT", "2022-10-01", "month", "Acurenam", "GQ", 2, None, "exact", None, None, True,
  "'En octobre 2022' -> month, background. Unnamed armed men attacking a police post -> Armed clash with a null initiator (events_holdout29, 31 Bitam). 'tué deux agents' -> killed 2, exact."),
E(14, ["les trois interpellations de lundi à Mbini"],
  "ARR", "2026-06-15", "day", "Mbini", "GQ", None, None, None, "police", None, False,
  "'de lundi' vs Saturday 20 June -> Monday 15 June. Restated arrest of holdout33-012 (its own event here). No force named in this sentence; gendarmerie in holdout33-012 -> 'police'."),
E(14, ["la gendarmerie a arrêté jeudi à Ebebiyín"],
  "ARR", "2026-06-18", "day", "Ebebiyín", "GQ", None, None, None, "police", None, False,
  "'jeudi' vs Saturday 20 June -> Thursday 18 June. Gendarmerie -> 'police'. The suspected facilitator of this cluster (a trader who smuggled the explosives). '47 ans' an age, '1 500 kilomètres' a distance."),
E(14, ["des milliers d'habitants ont défilé en silence sur le Paseo Marítimo"],
  "PP", "2026-06-18", "day", "Bata", "GQ", None, None, None, None, None, False,
  "'Jeudi aussi' vs Saturday 20 June -> Thursday 18 June. A silent march with a demand ('pour réclamer la vérité ...') that ended without incident -> Peaceful protest; the Paseo Marítimo is in Bata. 'des milliers' are marchers. '2 %', '12 postes-frontières' are not casualties."),
]

# -------------------------------------------------------------- holdout33-015
ARTICLES.append(A(15, "en", "article", "2026-06-26T10:00:00Z",
"Analysis: Bata bombing opens a new front on the Gulf of Guinea",
"""
Twelve days after the twin suicide bombing near the Bata stadium, which killed 22 people, including both bombers, and wounded 71, investigators in Equatorial Guinea are still trying to understand how a jihadist group from the Lake Chad basin reached a city more than 1,500 km from its strongholds.

Islamic State West Africa Province claimed the attack on 15 June, and the authorities say its statement, which included photographs of the two bombers, is authentic. Boko Haram, ISWAP's rival, denied any involvement in an audio message on Wednesday. Interior Minister Clemente Ondo nevertheless told parliament that some of its former fighters "may have been" among the couriers who moved the explosives.

The warning signs were there. In 2019, a parcel bomb injured two customs officers at the border post in Ebebiyín. In October 2022, gunmen attacked a police post in Acurenam, killing two officers. Across the border in Cameroon, a grenade thrown into a bar in Kribi in 2023 wounded nine people. And last November, police in Malabo arrested five men accused of sharing Islamic State propaganda and planning an attack on a church.

The investigation has widened since the bombing. On Tuesday, police arrested a fourth suspect in Luba, on Bioko island, a 33-year-old port worker suspected of receiving about $20,000 from abroad. A trader arrested in Ebebiyín last week is accused of bringing the explosives across from Cameroon hidden in a truck of plantains.

Regional officials now fear that the Gulf of Guinea's busy coastal roads, 320 km of them in Equatorial Guinea alone, offer jihadist cells an easy route south. The government has offered a reward of $2 million for information, and France and Spain have sent counter-terrorism advisers.

"We thought the sea and the forest protected us," said a senior police officer in Bata. "They do not."
"""))
GOLD += [
E(15, ["twin suicide bombing near the Bata stadium", "claimed the attack on 15 June"],
  "SUI", "2026-06-14", "day", "Bata", "GQ", 22, 71, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'Twelve days after' vs Friday 26 June -> Sunday 14 June, current. 'killed 22 people, including both bombers, and wounded 71' -> 22 (inside), 71, exact. ISWAP's claim, held authentic -> claimant and perpetrator. Boko Haram's denial is not a claim, and the minister's 'may have been' (its former fighters as couriers) is speculation: not coded."),
E(15, ["a parcel bomb injured two customs officers at the border post in Ebebiyín"],
  "IED", "2019-01-01", "year", "Ebebiyín", "GQ", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background. A parcel bomb -> Remote explosive/landmine/IED (events_holdout29, 31); 'injured two' -> 2, exact; no author -> null."),
E(15, ["gunmen attacked a police post in Acurenam"],
  "BAT", "2022-10-01", "month", "Acurenam", "GQ", 2, None, "exact", None, None, True,
  "'In October 2022' -> month, background (the attack of holdout33-014). Gunmen attacking a police post -> Armed clash, null initiator; 'killing two officers' -> 2, exact."),
E(15, ["a grenade thrown into a bar in Kribi"],
  "GRN", "2023-01-01", "year", "Kribi", "CM", None, 9, "exact", None, None, True,
  "'in 2023' -> year, background. Kribi is in Cameroon -> CM. A thrown grenade -> Grenade, null; 'wounded nine people' -> 9, exact."),
E(15, ["police in Malabo arrested five men"],
  "ARR", "2025-11-01", "month", "Malabo", "GQ", None, None, None, "police", None, True,
  "'last November' vs June 2026 -> November 2025, month, background. A plot stopped by arresting its authors -> Arrests, police."),
E(15, ["police arrested a fourth suspect in Luba"],
  "ARR", "2026-06-23", "day", "Luba", "GQ", None, None, None, "police", None, False,
  "'On Tuesday' vs Friday 26 June -> 23 June. Police -> 'police'. '33-year-old' an age, '$20,000' money."),
E(15, ["A trader arrested in Ebebiyín last week"],
  "ARR", None, None, "Ebebiyín", "GQ", None, None, None, "police", None, False,
  "Restated arrest of holdout33-014 (Thursday 18 June there), but this document says only 'last week' -> event_date null (dev: 'last week' gets null), not background. No force named; gendarmerie in holdout33-014 -> 'police'. '320 km', '$2 million' are not casualties."),
]
