"""Authoring source of benchmarks/events_holdout34 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Manzini, Eswatini cluster (holdout34-016 to 020; English and
French), two suicide bombers on Thursday 5 November 2026 at two sites of one
town (the main bus rank and the municipal market, about 200 m and two minutes
apart): an English wire with the first "at least" toll and a speculation
(016), a French press review ("revue de presse") with conflicting tolls, a
corrected figure, the claim and arrests on both sides of the border (fr 017),
an English wire on a peaceful vendors' march and a facilitator's arrest,
ending with a corrections box (018), a court report on the trial of an older
bombing's plotters (verdicts, sentences in years, exhibit numbers) that also
mentions the new bombing (019) and a French "un mois après" piece in which
the bombing and the first arrest have become background (fr 020). Eswatini is
UTC+2: every document is published between 08:00 and 19:30 UTC, so its local
date is its UTC date. Notes are in English. All outlets, people and incidents
are invented; the places and the armed groups are real."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout34")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout34-016
ARTICLES.append(A(16, "en", "article", "2026-11-05T17:30:00Z",
"Suicide bombers kill at least six at Eswatini bus rank and market",
"""
MANZINI, Eswatini (Southern Wire) - Two suicide bombers struck the main bus rank and the municipal market in Manzini, Eswatini's commercial hub, at lunchtime on Thursday, killing at least six people and wounding more than 30, police said.

The first bomber blew himself up at about 1:15 p.m. among the kombis, the minibus taxis that leave for Mbabane, the capital, 35 km away. Two minutes later a second explosion ripped through the craft section of the market, about 200 metres up the hill, where vendors sell baskets and carvings to tourists.

"The ground shook and then there was a second bang, closer to us," said Thandeka Dlamini, 27, who sells fruit near the rank. "I saw a woman carrying her baby, both of them covered in dust."

The Raleigh Fitkin Memorial Hospital, which has about 350 beds, said it had received more than 30 wounded and appealed for blood donors of all groups.

A police spokesperson said investigators were examining whether the bombers "could have come" from Mozambique, where insurgents linked to Islamic State have fought in Cabo Delgado province since 2017, "but nothing is confirmed at this stage". No group had claimed the attack by Thursday evening.

Eswatini, a landlocked kingdom of about 1.2 million people, has seen sporadic political unrest but nothing on this scale. In February 2022, a homemade bomb exploded at the police station in Nhlangano, in the south of the country, injuring three officers; three men are due to go on trial this month.

The government closed the Lomahasha border post with Mozambique, about 120 km east of Manzini, and deployed 500 police officers and soldiers in the town. Flights at King Mswati III International Airport were operating normally.
"""))
GOLD += [
E(16, ["Two suicide bombers struck the main bus rank", "The first bomber blew himself up", "a second explosion ripped through", "there was a second bang", "claimed the attack"],
  "SUI", "2026-11-05", "day", "Manzini", "SZ", 6, 30, "at_least", None, None, False,
  "First report, Thursday 5 November (published 19:30 local, UTC+2; same date). Two sites of one town (the bus rank and the market's craft section, about 200 m and two minutes apart) -> ONE Suicide bomb event coded to Manzini. 'killing at least six people and wounding more than 30' -> 6 at_least, injured 30; the qualifier describes the killed figure -> at_least. No claim; 'could have come' from Mozambique is speculation, and the mention of 'insurgents linked to Islamic State' in Cabo Delgado is context, not an attribution -> perpetrator null. '1:15 p.m.', '35 km', '200 metres', '27' (an age), '350 beds', '2017', '1.2 million people', '120 km', '500 police officers and soldiers' are not casualties. The closing of the border post is not an event."),
E(16, ["a homemade bomb exploded at the police station in Nhlangano"],
  "IED", "2022-02-01", "month", "Nhlangano", "SZ", None, 3, "exact", None, None, True,
  "'In February 2022' -> month precision, background. A homemade bomb -> Remote explosive/landmine/IED; no group named -> null. 'injuring three officers' -> injured 3, exact. The trial 'due ... this month' is a future event."),
]

# -------------------------------------------------------------- holdout34-017
ARTICLES.append(A(17, "fr", "article", "2026-11-07T09:00:00Z",
"Revue de presse : l'attentat de Manzini, des bilans discordants et une revendication",
"""
La presse d'Afrique australe revient largement ce samedi sur le double attentat-suicide de jeudi à Manzini, en Eswatini, le premier de l'histoire du royaume.

Les bilans divergent encore. Le Lubombo Herald, quotidien de Manzini, titre sur « 30 morts », un chiffre qu'il a discrètement corrigé en ligne vendredi soir pour le ramener à 19, le bilan de l'époque. Le Lowveld Tribune, publié de l'autre côté de la frontière sud-africaine, s'en tient au dernier bilan officiel, que reprennent aussi les radios : vingt-deux morts, dont les deux kamikazes, et soixante-sept blessés, dont onze dans un état grave.

Côté revendication, tous les titres reprennent le communiqué par lequel l'organisation État islamique a revendiqué vendredi l'attentat au nom de sa « province du Mozambique », en affirmant avoir tué « plus de cent croisés ». Le Tribune cite le Premier ministre, pour qui la revendication est « crédible », tout en qualifiant le bilan avancé de « propagande ».

L'hebdomadaire Inkhundla Weekly, paru vendredi après-midi, consacre sa une à l'enquête : la police royale d'Eswatini a interpellé vendredi à Lomahasha, à la frontière mozambicaine, deux Mozambicains soupçonnés d'avoir guidé les kamikazes à travers la brousse. Un chauffeur de kombi, interrogé pendant six heures, a été relâché sans poursuites, précise le journal.

À Maputo, le quotidien Notícias do Sul rapporte que la police mozambicaine a arrêté vendredi à Namaacha, de l'autre côté de la frontière, deux hommes soupçonnés d'avoir hébergé les deux kamikazes pendant une semaine.

Enfin, plusieurs titres soulignent le coût économique de l'attaque : le marché municipal, qui compte 420 étals, restera fermé au moins deux semaines, et la chambre de commerce évalue les pertes à 15 millions d'emalangeni. Le Herald a ouvert une cagnotte qui a recueilli 230 000 emalangeni auprès de 1 900 donateurs en 24 heures.
"""))
GOLD += [
E(17, ["double attentat-suicide de jeudi à Manzini", "a revendiqué vendredi l'attentat", "le coût économique de l'attaque"],
  "SUI", "2026-11-05", "day", "Manzini", "SZ", 22, 67, "exact", "Islamic State", "Islamic State", False,
  "A press review. 'de jeudi' vs Saturday 7 November -> 5 November. The document's own figure is the last official toll it states as fact: 'vingt-deux morts, dont les deux kamikazes, et soixante-sept blessés' -> 22 (inside), 67, exact; 'dont onze dans un état grave' is a subset. The Herald's « 30 morts » is a figure the paper itself corrected (never used) and its '19, le bilan de l'époque' is superseded. « l'organisation État islamique a revendiqué » (its « province du Mozambique » -> 'Islamic State'), called « crédible » by the Prime Minister -> claimant and perpetrator; « plus de cent croisés » is the claimant's figure, never used. '420 étals', '15 millions d'emalangeni', '230 000 emalangeni', '1 900 donateurs', '24 heures' are not casualties."),
E(17, ["la police royale d'Eswatini a interpellé vendredi à Lomahasha"],
  "ARR", "2026-11-06", "day", "Lomahasha", "SZ", None, None, None, "police", None, False,
  "'vendredi' vs Saturday 7 November -> 6 November. Two Mozambicans arrested at the border town -> one Arrests event, police. The kombi driver 'interrogé pendant six heures ... relâché sans poursuites' is not arrested."),
E(17, ["la police mozambicaine a arrêté vendredi à Namaacha"],
  "ARR", "2026-11-06", "day", "Namaacha", "MZ", None, None, None, "police", None, False,
  "'vendredi' -> 6 November. Arrests on the Mozambican side linked to the bombing: their own event, coded to Namaacha, MZ; the Mozambican police -> 'police' (the state force of the country where the arrest happened)."),
]

# -------------------------------------------------------------- holdout34-018
ARTICLES.append(A(18, "en", "article", "2026-11-09T15:00:00Z",
"Manzini vendors march as Eswatini police hold suspected bombing facilitator",
"""
MANZINI, Eswatini (Southern Wire) - Several hundred vendors marched peacefully through Manzini on Monday to demand compensation and the reopening of the municipal market, four days after a twin suicide bombing there killed 23 people, including the two bombers, and wounded 67.

A 19-year-old student nurse died in hospital on Sunday, raising the toll from 22, the health ministry said.

The vendors, many of them women who sold crafts and vegetables, walked from the bus rank to the municipal offices carrying placards reading "No market, no food". They handed over a petition to the town clerk and went home after about an hour.

Police said on Monday they had arrested a 44-year-old trader in Siteki on Sunday, suspected of renting the house in which the bombers assembled their explosive vests. Officers seized 12 kg of fertiliser, a box of nails and 80,000 emalangeni in cash. The two Mozambican men detained at Lomahasha on Friday were charged on Saturday and remanded in custody. A cleric who was questioned for several hours on Sunday was released.

Islamic State claimed the attack on Friday, saying it had killed "more than 100". The government has called the claim credible. The Swaziland International Solidarity Forces, a shadowy group that has claimed arson attacks on state property in the past, denied any involvement; a minister said some of its former members "may have been" approached by the bombers, without giving details.

Police have set up 14 checkpoints on roads leading into Manzini, and the town's schools reopened on Monday.

Correction, 9 November 2026: An earlier version of this article said 31 people were killed in the bombing; the toll is 23, including the two bombers. It also gave the wrong age for the trader arrested in Siteki; he is 44, not 54.
"""))
GOLD += [
E(18, ["a twin suicide bombing there killed 23 people", "Islamic State claimed the attack", "killed in the bombing"],
  "SUI", "2026-11-05", "day", "Manzini", "SZ", 23, 67, "exact", "Islamic State", "Islamic State", False,
  "'four days after' vs Monday 9 November -> Thursday 5 November. 'killed 23 people, including the two bombers, and wounded 67' -> 23 (inside; the student nurse who died on Sunday raised it 'from 22'), 67, exact. The corrections box: 'An earlier version ... said 31 people were killed' is a figure the outlet withdraws, never used; the box restates 23. 'Islamic State claimed the attack', called credible -> claimant and perpetrator; its 'more than 100' is never used. The Swaziland International Solidarity Forces' denial is not a claim, the minister's 'may have been' is speculation, and their past 'arson attacks on state property' are a generic reference: none is coded. '19-year-old', '44', '54' (ages), '14 checkpoints' are not casualties."),
E(18, ["Several hundred vendors marched peacefully through Manzini"],
  "PP", "2026-11-09", "day", "Manzini", "SZ", None, None, None, None, None, False,
  "'on Monday' = publication day, 9 November. A march with a demand (compensation, reopening) that ends calmly ('went home after about an hour') -> Peaceful protest, perpetrator null. 'Several hundred' are marchers."),
E(18, ["they had arrested a 44-year-old trader in Siteki", "the trader arrested in Siteki"],
  "ARR", "2026-11-08", "day", "Siteki", "SZ", None, None, None, "police", None, False,
  "'on Sunday' vs Monday 9 November -> 8 November (the arrest's day, not Monday's announcement). The cluster's suspected facilitator (rented the bombers' house), police; '12 kg of fertiliser', the nails and '80,000 emalangeni' seized belong to it. The corrections box's 'the trader arrested in Siteki' restates the same arrest (a second trigger). The cleric 'questioned ... was released' is not arrested."),
E(18, ["The two Mozambican men detained at Lomahasha on Friday"],
  "ARR", "2026-11-06", "day", "Lomahasha", "SZ", None, None, None, "police", None, False,
  "'on Friday' vs Monday 9 November -> 6 November. The arrest of holdout34-017 told through its judicial follow-up ('charged on Saturday and remanded in custody'): one Arrests event at the arrest's place and day, 'police'."),
]

# -------------------------------------------------------------- holdout34-019
ARTICLES.append(A(19, "en", "article", "2026-11-19T16:00:00Z",
"Two men jailed for 2022 bombing of Nhlangano police station",
"""
MBABANE, Eswatini - The High Court in Mbabane on Thursday sentenced two men to 18 and 12 years in prison for the February 2022 bombing of the police station in Nhlangano, which injured three officers, and acquitted a third defendant for lack of evidence.

Judge Nomsa Mavuso said in an 87-page judgment that Sibusiso Khumalo, 38, had built the device from a pressure cooker, about 4 kg of commercial explosives and a 9-volt battery (Exhibits 14 to 17), and that his co-accused, Mandla Nxumalo, 31, had driven him to the station and kept watch. Khumalo received 18 years and Nxumalo 12 years. The third man, a 45-year-old mechanic, was freed after the verdict.

The three had been arrested in Hlatikulu in March 2022 after detectives traced a mobile phone (Exhibit 9) bought at a shop in the town. The trial, case No. 142/2022, opened on 9 November and heard 23 witnesses.

The hearing took place in Courtroom 3 under heavy security, two weeks after the twin suicide bombing in Manzini, 35 km away, which killed 23 people, including the two bombers, and was claimed by Islamic State. The judge said in passing that the country "can no longer consider itself immune". Prosecutors said there was no link between the two cases.

Armed police searched everyone entering the building, and the public gallery, which seats 60, was half empty.

In a separate hearing at the Manzini Magistrates Court on Wednesday, the trader arrested in Siteki on 8 November over the Manzini attack was further remanded in custody until 3 December. A request for bail of 20,000 emalangeni was refused.

Defence lawyers for Khumalo said they would appeal within the 30 days allowed by law.
"""))
GOLD += [
E(19, ["the February 2022 bombing of the police station in Nhlangano"],
  "IED", "2022-02-01", "month", "Nhlangano", "SZ", None, 3, "exact", None, None, True,
  "A court report. 'the February 2022 bombing' -> month precision, background (the bomb of holdout34-016). A homemade device ('a pressure cooker ... commercial explosives and a 9-volt battery') -> Remote explosive/landmine/IED. 'which injured three officers' -> injured 3, exact. The two convicted men are individuals, not a group -> perpetrator null. The verdicts and sentences are not events: '18 and 12 years', '87-page', '38', '31', '45-year-old' (ages), 'about 4 kg', '9-volt', 'Exhibits 14 to 17', 'Exhibit 9', 'case No. 142/2022', '23 witnesses', 'Courtroom 3', 'seats 60', '30 days' are not casualties. The acquitted man 'was freed', which is no event."),
E(19, ["The three had been arrested in Hlatikulu"],
  "ARR", "2022-03-01", "month", "Hlatikulu", "SZ", None, None, None, "police", None, True,
  "'in March 2022' -> month precision, background. Arrests by 'detectives' -> 'police'."),
E(19, ["the twin suicide bombing in Manzini", "the Manzini attack"],
  "SUI", "2026-11-05", "day", "Manzini", "SZ", 23, None, "exact", "Islamic State", "Islamic State", False,
  "'two weeks after' vs Thursday 19 November -> Thursday 5 November (fourteen days, current). 'which killed 23 people, including the two bombers' -> killed 23 (inside), no injured figure given -> null; exact. 'was claimed by Islamic State' -> claimant and perpetrator (dev: a claimed event has the claimant as perpetrator unless disputed). '35 km' is a distance. 'over the Manzini attack' (the Siteki hearing's paragraph) names the same bombing: a trigger of it, next to the arrest's own trigger."),
E(19, ["the trader arrested in Siteki on 8 November"],
  "ARR", "2026-11-08", "day", "Siteki", "SZ", None, None, None, "police", None, False,
  "The facilitator arrest of holdout34-018 told through its judicial follow-up ('further remanded in custody until 3 December'): one Arrests event on 8 November in Siteki, 'police'. The hearing 'on Wednesday' and '20,000 emalangeni' (bail) are not events or casualties."),
]

# -------------------------------------------------------------- holdout34-020
ARTICLES.append(A(20, "fr", "article", "2026-12-07T08:00:00Z",
"Manzini, un mois après l'attentat : le marché rouvre, l'enquête piétine",
"""
Il y a un mois, le 5 novembre, deux kamikazes se faisaient exploser à deux minutes d'intervalle à la gare routière et au marché municipal de Manzini, la capitale économique de l'Eswatini. Le bilan définitif s'établit à vingt-quatre morts, dont les deux kamikazes, et soixante-sept blessés, après le décès, le 20 novembre, d'une vendeuse de 61 ans. L'attentat avait été revendiqué le lendemain par l'organisation État islamique.

Samedi, le marché a rouvert ses portes : 340 des 420 étals ont été reconstruits, pour un coût de 2 millions d'emalangeni financé à 60 % par l'État. « On a peur, mais il faut bien manger », résume une vendeuse de paniers de 58 ans, qui a repris sa place au même endroit.

L'enquête, elle, avance lentement. Les deux Mozambicains arrêtés le 6 novembre à Lomahasha et le commerçant interpellé le 8 novembre à Siteki sont toujours en détention provisoire. Un troisième suspect, un chauffeur routier de 33 ans, a été arrêté mercredi dernier à Big Bend, dans l'est du pays ; il aurait transporté les explosifs depuis la frontière, à quelque 60 kilomètres.

Les vendeurs, qui avaient manifesté pacifiquement le 9 novembre pour réclamer une indemnisation, disent n'avoir reçu que 1 500 emalangeni chacun. « Le gouvernement nous a oubliés », regrette leur porte-parole.

Le royaume n'avait jusque-là connu qu'un attentat à la bombe, contre le commissariat de Nhlangano en février 2022 (trois policiers blessés) ; deux de ses auteurs ont été condamnés le 19 novembre à 18 et 12 ans de prison.

Depuis le 5 novembre, 1 200 policiers restent déployés dans la région de Manzini, et la gare routière est fermée de 22 heures à 5 heures. Une cérémonie à la mémoire des victimes est prévue jeudi à 13 h 15, l'heure de la première explosion.
"""))
GOLD += [
E(20, ["deux kamikazes se faisaient exploser", "L'attentat avait été revendiqué", "la première explosion"],
  "SUI", "2026-11-05", "day", "Manzini", "SZ", 24, 67, "exact", "Islamic State", "Islamic State", True,
  "A 'one month on' piece. 'le 5 novembre' is 32 days before Monday 7 December -> background (30-day rule), although the piece is about it. 'vingt-quatre morts, dont les deux kamikazes, et soixante-sept blessés' -> 24 (inside; the vendor who died on 20 November raised it), 67, exact. « revendiqué le lendemain par l'organisation État islamique » -> claimant and perpetrator. 'Depuis le 5 novembre' dates a deployment, not a second naming. '61 ans', '340 des 420 étals', '2 millions d'emalangeni', '60 %', '58 ans', '33 ans', '60 kilomètres', '1 500 emalangeni', '1 200 policiers', '22 heures à 5 heures', '13 h 15' are not casualties; the ceremony 'prévue jeudi' is a future event and the sentences of 19 November are not events."),
E(20, ["Les deux Mozambicains arrêtés le 6 novembre à Lomahasha"],
  "ARR", "2026-11-06", "day", "Lomahasha", "SZ", None, None, None, "police", None, True,
  "'le 6 novembre' is 31 days before 7 December -> background (more than 30 days). Restated arrest of holdout34-017, still in custody; no force named -> 'police'."),
E(20, ["le commerçant interpellé le 8 novembre à Siteki"],
  "ARR", "2026-11-08", "day", "Siteki", "SZ", None, None, None, "police", None, False,
  "'le 8 novembre' is 29 days before 7 December -> NOT background (30 days or fewer), unlike the Lomahasha arrest two days earlier in the same sentence. Restated facilitator arrest of holdout34-018, 'police'."),
E(20, ["a été arrêté mercredi dernier à Big Bend"],
  "ARR", "2026-12-02", "day", "Big Bend", "SZ", None, None, None, "police", None, False,
  "'mercredi dernier' vs Monday 7 December -> the most recent Wednesday, 2 December. A new arrest (the lorry driver); no force named -> 'police', as for every arrest of the cluster."),
E(20, ["avaient manifesté pacifiquement le 9 novembre"],
  "PP", "2026-11-09", "day", "Manzini", "SZ", None, None, None, None, None, False,
  "'le 9 novembre' is 28 days before -> current. The vendors' march of holdout34-018 -> Peaceful protest, perpetrator null; their complaint today is not an event."),
E(20, ["un attentat à la bombe, contre le commissariat de Nhlangano"],
  "IED", "2022-02-01", "month", "Nhlangano", "SZ", None, 3, "exact", None, None, True,
  "'en février 2022' -> month, background (holdout34-016, 019). A bomb against a police station -> Remote explosive/landmine/IED, perpetrator null. '(trois policiers blessés)' -> injured 3, exact. The convictions of 19 November are not events."),
]
