"""Authoring source of benchmarks/events_holdout35 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Battambang, Cambodia cluster (holdout35-016 to 020; English and
French), two suicide bombers on Sunday 11 October 2026 at two sites of one
town (the Wat Phiphetaram pagoda and the Psar Nat central market, about 300 m
and three minutes apart): an English wire with the first toll and a
speculation (016), a French article under a corrections box ("Rectificatif":
an earlier version said 31 dead, the toll was 13) with the claim, a denial and
arrests (fr 017), a French economy piece on the stock exchange and insurers
(fr 018), an English weekly digest ("The week in review") of items headed by
weekdays (019) and a French podcast transcript with [hh:mm:ss] timestamps and
speaker names (fr 020, kind "transcript"). Cambodia is UTC+7: every document
is published between 00:00 and 16:59 UTC, so its local date is its UTC date.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout35")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout35-016
ARTICLES.append(A(16, "en", "article", "2026-10-11T11:00:00Z",
"Suicide bombers hit pagoda and market in Cambodia's Battambang",
"""
BATTAMBANG, Cambodia (Mekong Wire) - Two suicide bombers blew themselves up three minutes apart on Sunday morning at a crowded Buddhist pagoda and at the central market of Battambang, in north-western Cambodia, killing at least ten people and wounding dozens, police said.

The first bomber detonated his device at about 9:10 a.m. in the courtyard of Wat Phiphetaram, where hundreds of families had gathered to bring food offerings to the monks during a religious festival. The second set off his charge at the northern entrance of Psar Nat, the art-deco market built in 1936, about 300 metres away, as people fled from the pagoda.

Provincial police chief Chea Vannak told reporters that at least ten people, including the two bombers, had been killed and dozens wounded, among them several monks. The Battambang Provincial Referral Hospital, which has about 250 beds, sent its most serious cases to Phnom Penh, 290 km to the south-east, by road and helicopter.

"I was buying fish when the ground shook, then everyone ran towards me from the pagoda," said Srey Leak, a 34-year-old vendor whose stall faces the market's clock.

No group has claimed the bombings, the first suicide attack in the kingdom's history. A senior police official, speaking on condition of anonymity, said the attack "may have been inspired" by Islamic State, but stressed that the investigation had just begun.

Cambodia, a largely Buddhist country of about 17 million people, has been spared the jihadist violence seen elsewhere in South-East Asia. In 2023, police defused a bomb hidden in a motorbike parked outside a casino in Poipet, on the Thai border; its owner was never found.

Prime Minister's office spokesman Pen Sothea said security would be stepped up at all 4,700 pagodas in the country. The U.S. and Japanese embassies condemned the attack.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up three minutes apart", "The first bomber detonated his device", "The second set off his charge", "No group has claimed the bombings", "the first suicide attack in the kingdom's history", "condemned the attack"],
  "SUI", "2026-10-11", "day", "Battambang", "KH", 10, 12, "at_least", None, None, False,
  "'on Sunday morning' = publication day, Sunday 11 October 2026 (18:00 local, UTC+7; same date). Two sites of one town (the Wat Phiphetaram pagoda and the Psar Nat market, about 300 m and three minutes apart) -> ONE Suicide bomb event coded to Battambang. First report: 'at least ten people, including the two bombers, had been killed and dozens wounded' -> 10 at_least (bombers inside), 12 ('dozens', dev table). 'may have been inspired' by Islamic State is speculation, no claim -> null. '9:10 a.m.', 'hundreds of families' (worshippers), '1936', '300 metres', '250 beds', '290 km', '34-year-old', '17 million', '4,700 pagodas' are not casualties; 'several monks' is a subset."),
E(16, ["police defused a bomb hidden in a motorbike"],
  "DWU", "2023-01-01", "year", "Poipet", "KH", None, None, None, "police", None, True,
  "'In 2023' -> year, background. A bomb defused on its own -> Strategic developments / Disrupted weapons use, police; outside a casino in Poipet -> Poipet."),
]

# -------------------------------------------------------------- holdout35-017
ARTICLES.append(A(17, "fr", "article", "2026-10-13T05:00:00Z",
"Attentat de Battambang : l'État islamique revendique, deux suspects arrêtés à Pailin",
"""
Rectificatif (13 octobre, 11 h 40, heure de Phnom Penh) : une version précédente de cet article indiquait que l'attentat avait fait 31 morts. Le bilan officiel est de 13 morts, dont les deux kamikazes. Nous présentons nos excuses à nos lecteurs.

L'organisation État islamique a revendiqué lundi soir le double attentat-suicide qui a frappé dimanche matin la pagode Wat Phiphétaram et le marché central de Battambang, dans le nord-ouest du Cambodge. Dans un texte diffusé sur ses canaux habituels, le groupe affirme avoir visé « les idolâtres » et prétend avoir tué « plus de quarante » personnes. Le ministère de l'Intérieur juge la revendication « crédible » : le texte donne l'heure exacte des deux explosions et le prénom de l'un des kamikazes.

Le bilan officiel, communiqué lundi soir par le ministère de la Santé, s'établit à treize morts, dont les deux kamikazes, et cinquante-sept blessés, dont onze moines.

Les Combattants de la liberté cambodgiens, un ancien groupe armé d'opposition, ont démenti toute implication. Un général de police a estimé que d'anciens membres de ce mouvement « pourraient avoir été » approchés par les recruteurs, sans avancer de preuve.

L'enquête a connu lundi une première avancée : la police a arrêté deux hommes à Pailin, à environ 80 kilomètres au sud-ouest, dans une maison où ont été saisis 12 kilos de nitrate d'ammonium, des détonateurs et deux motos. Un chauffeur de tuk-tuk qui avait conduit l'un des kamikazes jusqu'à la pagode a été interrogé pendant sept heures, puis relâché.

Le gouvernement a promis 4 millions de riels à chaque famille endeuillée et la prise en charge des soins des blessés. Les écoles de la ville, qui accueillent quelque 38 000 élèves, resteront fermées jusqu'à jeudi.

À Battambang, les moines ont repris mardi matin la quête des offrandes, sous la protection de policiers armés. « Nous ne changerons rien », assure le vénérable Hak Sovann, 71 ans, supérieur de la pagode.
"""))
GOLD += [
E(17, ["l'attentat avait fait 31 morts", "le double attentat-suicide qui a frappé dimanche matin"],
  "SUI", "2026-10-11", "day", "Battambang", "KH", 13, 57, "exact", "Islamic State", "Islamic State", False,
  "'dimanche matin' vs Tuesday 13 October -> 11 October. Corrections box: 'une version précédente ... indiquait que l'attentat avait fait 31 morts' is a figure the outlet withdraws, never used; the corrected 'Le bilan officiel est de 13 morts, dont les deux kamikazes' and the text's 'treize morts, dont les deux kamikazes, et cinquante-sept blessés' -> 13 (bombers inside), 57, exact. 'onze moines' is a subset. Islamic State's claim, judged « crédible » -> claimant and perpetrator; the claim's own « plus de quarante » is never used. The Cambodian Freedom Fighters' denial is not a claim and the general's « pourraient avoir été » is speculation: neither is coded. The box's first words name the bombing ('l'attentat avait fait 31 morts' is kept as a trigger for its naming, not for its figure). '13 octobre, 11 h 40' is the correction's time; '80 kilomètres', '12 kilos', 'deux motos', 'sept heures', '4 millions de riels', '38 000 élèves', '71 ans' are not casualties."),
E(17, ["la police a arrêté deux hommes à Pailin"],
  "ARR", "2026-10-12", "day", "Pailin", "KH", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 13 October -> Monday 12 October. The ammonium nitrate, detonators and motorbikes seized in the house belong to the arrest. The tuk-tuk driver 'interrogé pendant sept heures, puis relâché' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout35-018
ARTICLES.append(A(18, "fr", "article", "2026-10-16T08:00:00Z",
"Après l'attentat de Battambang, la Bourse de Phnom Penh recule et les assureurs font leurs comptes",
"""
Le choc a été brutal. Lundi, au lendemain du double attentat-suicide de Battambang, l'indice de la Bourse du Cambodge a perdu 4,2 %, sa plus forte baisse depuis trois ans. Les valeurs liées au tourisme ont le plus souffert : le titre du principal groupe hôtelier coté a reculé de 9 % en deux séances, avant de se reprendre légèrement jeudi.

L'attentat, revendiqué par l'État islamique, a fait quatorze morts, dont les deux kamikazes, depuis le décès mercredi d'une vendeuse de 52 ans, et cinquante-sept blessés. Il a frappé deux lieux au cœur de l'économie locale : une pagode très fréquentée et le marché central, Psar Nat, avec ses quelque 1 200 étals.

Pour les assureurs, la facture reste difficile à évaluer. La compagnie Mekong Assurances estime à environ 2,5 millions de dollars les sinistres déclarés par les commerçants du marché, dont à peine un sur dix était assuré. « La prime d'une police multirisque pour un étal tourne autour de 120 dollars par an, c'est trop pour la plupart », explique son directeur général, Vuthy Kong. La plupart des contrats excluent en outre le terrorisme.

Le tourisme s'inquiète aussi. Selon l'association hôtelière de la province, 35 % des réservations d'octobre ont été annulées. Les croisières sur la rivière Sangker, qui transportaient jusqu'à 600 passagers par semaine, sont suspendues.

Les investisseurs se souviennent que la Bourse avait déjà perdu 6 % en 2023, après la découverte par la police d'une bombe devant un casino de Poipet. Ironie du sort, c'est encore à Poipet que les enquêteurs ont interpellé mercredi un vendeur d'engrais de 45 ans, soupçonné d'avoir fourni le nitrate d'ammonium des ceintures. Son entreprise réalisait un chiffre d'affaires de 300 000 dollars par an.

Le gouvernement, qui a débloqué un fonds d'urgence de 5 millions de dollars, espère un rebond rapide. Les analystes tablent sur une croissance de 5,8 % cette année, contre 6,1 % prévu.
"""))
GOLD += [
E(18, ["double attentat-suicide de Battambang", "L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-10-11", "day", "Battambang", "KH", 14, 57, "exact", "Islamic State", "Islamic State", False,
  "'Lundi, au lendemain du double attentat-suicide' vs Friday 16 October -> Monday 12 October, so the bombing is Sunday 11 October (the title is outside 'text'). 'quatorze morts, dont les deux kamikazes, depuis le décès mercredi d'une vendeuse de 52 ans, et cinquante-sept blessés' -> 14 (bombers inside), 57, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. An economy piece: '4,2 %', 'trois ans', '9 %', '52 ans', '1 200 étals', '2,5 millions de dollars', 'un sur dix', '120 dollars', '35 %', '600 passagers', '6 %', '45 ans', '300 000 dollars', '5 millions de dollars', '5,8 %', '6,1 %' are not casualties."),
E(18, ["la découverte par la police d'une bombe devant un casino de Poipet"],
  "DWU", "2023-01-01", "year", "Poipet", "KH", None, None, None, "police", None, True,
  "'en 2023' -> year, background (the bomb defused of holdout35-016). A bomb found by the police on its own -> Disrupted weapons use, police. The stock-market fall of 2023 is not an event."),
E(18, ["les enquêteurs ont interpellé mercredi un vendeur d'engrais de 45 ans"],
  "ARR", "2026-10-14", "day", "Poipet", "KH", None, None, None, "police", None, False,
  "'mercredi' vs Friday 16 October -> Wednesday 14 October; 'c'est encore à Poipet' -> Poipet. The cluster's suspected facilitator (the fertiliser seller). 'les enquêteurs' -> 'police' (dev)."),
]

# -------------------------------------------------------------- holdout35-019
ARTICLES.append(A(19, "en", "article", "2026-10-17T03:00:00Z",
"The week in review: Cambodia after the Battambang bombings",
"""
Our weekly round-up of the main stories from Cambodia, Laos and Thailand, this week dominated by the twin suicide bombing in Battambang.

MONDAY. Islamic State claimed Sunday's attack on the Wat Phiphetaram pagoda and the Psar Nat market in Battambang, calling its victims "idolaters". Police arrested two men in Pailin, near the Thai border, and seized 12 kg of ammonium nitrate. The Cambodia Securities Exchange index fell 4.2 percent.

TUESDAY. The Interior Ministry said the claim was credible. The Cambodian Freedom Fighters, a defunct opposition armed group, denied any role. Schools in Battambang, closed since Sunday, announced they would reopen on Friday. In Laos, the Mekong bridge at Thakhek reopened to trucks after repairs costing $3 million.

WEDNESDAY. A 52-year-old market vendor died of her wounds, bringing the toll to 14 dead, including the two bombers, and 57 wounded. About 3,000 monks and residents marched silently through Battambang to demand protection for pagodas; the march ended peacefully outside the provincial hall. Police arrested a fertiliser seller in Poipet.

THURSDAY. Police detained a Malaysian national at Phnom Penh International Airport as he was about to board flight MH 755 to Kuala Lumpur. Officials said he had sent money to one of the bombers. In Thailand, the central bank left its key rate unchanged at 1.5 percent.

FRIDAY. The two men held in Pailin were charged with premeditated murder and acts of terrorism and sent to pre-trial detention. A score of the wounded remain in hospital, five of them in intensive care. Schools in Battambang reopened, with police officers posted at the gates of all 62 of them.

NEXT WEEK. The National Assembly will debate a bill allowing 10 days of police custody in terrorism cases, up from 48 hours. The Water Festival boat races in Phnom Penh, which drew about 2 million people last year, will go ahead on 24 November under heavy security.
"""))
GOLD += [
E(19, ["the twin suicide bombing in Battambang", "Sunday's attack on the Wat Phiphetaram pagoda"],
  "SUI", "2026-10-11", "day", "Battambang", "KH", 14, 57, "exact", "Islamic State", "Islamic State", False,
  "Weekly digest published Saturday 17 October: 'Sunday's attack' -> Sunday 11 October; items headed MONDAY ... FRIDAY are 12 to 16 October. Toll updated in the WEDNESDAY item: 'the toll to 14 dead, including the two bombers, and 57 wounded' -> 14, 57, exact. Islamic State 'claimed', judged 'credible' -> claimant and perpetrator. The Cambodian Freedom Fighters' denial is not coded. 'A score of the wounded remain in hospital' (20, a subset) and 'five of them in intensive care' are not casualty figures. '12 kg', '4.2 percent', '$3 million', '52-year-old', '3,000 monks and residents' (marchers), 'MH 755', '1.5 percent', '62' (schools), '10 days', '48 hours', '2 million people', '24 November' are not casualties or event dates."),
E(19, ["Police arrested two men in Pailin", "The two men held in Pailin"],
  "ARR", "2026-10-12", "day", "Pailin", "KH", None, None, None, "police", None, False,
  "MONDAY item -> 12 October. The FRIDAY item ('The two men held in Pailin were charged ... and sent to pre-trial detention') is the same arrest's judicial follow-up: one event per distinct event per document, with both triggers; not a new arrest on 16 October."),
E(19, ["About 3,000 monks and residents marched silently through Battambang", "the march ended peacefully"],
  "PP", "2026-10-14", "day", "Battambang", "KH", None, None, None, None, None, False,
  "WEDNESDAY item -> 14 October. A silent march with a demand (protection for pagodas) that 'ended peacefully' -> Peaceful protest, null. '3,000' are marchers."),
E(19, ["Police arrested a fertiliser seller in Poipet"],
  "ARR", "2026-10-14", "day", "Poipet", "KH", None, None, None, "police", None, False,
  "WEDNESDAY item -> 14 October (the facilitator of holdout35-018)."),
E(19, ["Police detained a Malaysian national at Phnom Penh International Airport"],
  "ARR", "2026-10-15", "day", "Phnom Penh", "KH", None, None, None, "police", None, False,
  "THURSDAY item -> 15 October. An airport -> its city. 'flight MH 755' is a flight number."),
]

# -------------------------------------------------------------- holdout35-020
ARTICLES.append(A(20, "fr", "transcript", "2026-10-22T10:00:00Z",
"Podcast « Sécurité Asie », épisode 48 : Battambang, et après ?",
"""
[00:00:05] CLAIRE DUMONT : Bonjour à toutes et à tous, bienvenue dans l'épisode 48 de « Sécurité Asie ». Onze jours après le double attentat-suicide de Battambang, nous recevons Sokha Chan, chercheur à l'Institut d'études de l'Asie du Sud-Est, à Bangkok. Bonjour Sokha.

[00:00:21] SOKHA CHAN : Bonjour Claire.

[00:00:24] CLAIRE DUMONT : Rappelons le bilan : quinze morts, y compris les deux kamikazes, depuis la mort dimanche d'un novice de 17 ans, et une soixantaine de blessés. L'attentat a été revendiqué par l'État islamique, une revendication que les autorités jugent crédible. Ça vous a surpris ?

[00:00:49] SOKHA CHAN : La revendication, non. Le lieu, oui. Le Cambodge compte environ 4 700 pagodes et 95 % de bouddhistes, et personne n'imaginait une attaque contre une fête religieuse.

[00:04:12] CLAIRE DUMONT : Il y avait pourtant eu des signaux.

[00:04:16] SOKHA CHAN : Quelques-uns. En 2024, une grenade lancée dans un karaoké de Siem Reap avait fait sept blessés, mais c'était une affaire de racket. Plus inquiétant : en mai 2025, deux Malaisiens avaient été arrêtés à Sihanoukville avec des plans de plusieurs temples. On en a peu parlé.

[00:12:31] CLAIRE DUMONT : Où en est l'enquête ?

[00:12:35] SOKHA CHAN : Elle a avancé vite. Le Malaisien arrêté jeudi dernier à l'aéroport de Phnom Penh a été inculpé mardi pour financement du terrorisme. Il aurait envoyé 3 000 dollars en trois virements. Les deux hommes de Pailin et le vendeur d'engrais de Poipet sont en détention.

[00:13:20] CLAIRE DUMONT : Que va-t-il se passer maintenant ?

[00:13:24] SOKHA CHAN : Le gouvernement veut porter la garde à vue à dix jours. Et les 1 500 kilomètres de frontière avec la Thaïlande et le Laos restent très poreux.

[00:21:47] CLAIRE DUMONT : Merci, Sokha Chan. Vous pouvez retrouver tous nos épisodes sur notre site. Prochain épisode le jeudi 5 novembre, consacré à la cybercriminalité au Myanmar. À bientôt.
"""))
GOLD += [
E(20, ["le double attentat-suicide de Battambang", "L'attentat a été revendiqué par l'État islamique", "une attaque contre une fête religieuse"],
  "SUI", "2026-10-11", "day", "Battambang", "KH", 15, 60, "exact", "Islamic State", "Islamic State", False,
  "'Onze jours après' vs Thursday 22 October -> Sunday 11 October. 'quinze morts, y compris les deux kamikazes, depuis la mort dimanche d'un novice de 17 ans, et une soixantaine de blessés' -> killed 15 (bombers inside), injured 60 ('une soixantaine', read like the dev table's vingtaine); the qualifier describes the killed figure -> exact. Claim 'que les autorités jugent crédible' -> claimant and perpetrator. Timestamps ('[00:12:31]'), 'épisode 48', '17 ans', '4 700 pagodes', '95 %', '3 000 dollars', 'trois virements', 'dix jours', '1 500 kilomètres', 'le jeudi 5 novembre' are not casualties or event dates. 'personne n'imaginait une attaque contre une fête religieuse' refers to this bombing."),
E(20, ["une grenade lancée dans un karaoké de Siem Reap"],
  "GRN", "2024-01-01", "year", "Siem Reap", "KH", None, 7, "exact", None, None, True,
  "'En 2024' -> year, background. A thrown grenade -> Grenade; 'une affaire de racket' names no actor -> null. 'avait fait sept blessés' -> injured 7, exact."),
E(20, ["deux Malaisiens avaient été arrêtés à Sihanoukville"],
  "ARR", "2025-05-01", "month", "Sihanoukville", "KH", None, None, None, "police", None, True,
  "'en mai 2025' -> month, background. No force named; the gold takes 'police', as for every arrest in the set."),
E(20, ["Le Malaisien arrêté jeudi dernier à l'aéroport de Phnom Penh"],
  "ARR", "2026-10-15", "day", "Phnom Penh", "KH", None, None, None, "police", None, False,
  "'jeudi dernier' in a Thursday (22 October) podcast -> the Thursday before, 15 October (dev: a weekday is the most recent such day before publication). Participle restating the arrest of holdout35-019, told with its judicial follow-up ('inculpé mardi'): one Arrests event at the arrest's day. 'police' from the cluster. 'Les deux hommes de Pailin et le vendeur d'engrais de Poipet sont en détention' names no arrest (a state of detention), not coded."),
]
