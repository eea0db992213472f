"""Authoring source of benchmarks/events_holdout28 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Irbid, Jordan cluster (holdout28-006 to 010; English and French),
two suicide bombers on Thursday 5 March 2026 at two sites of one town (the
central vegetable market and the northern bus complex, about 650 m and six
minutes apart, shortly before the Ramadan fast was broken): an English
newspaper's rolling story with "This story has been updated" footers (006),
a French claim story with an arrest and older attacks (fr 007), a French
report on a protest, funerals and an arrest (fr 008), an English fact-check
(009) and an English court report (010). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout28")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout28-006
ARTICLES.append(A(6, "en", "article", "2026-03-05T19:40:00Z",
"Twin suicide bombings kill at least 19 in Jordan's Irbid before iftar",
"""
IRBID, Jordan - At least 17 people, not including the two attackers, were killed and more than 60 wounded on Thursday when two suicide bombers struck crowds shopping for the evening meal that breaks the Ramadan fast in the northern Jordanian city of Irbid, the Public Security Directorate said.

The first bomber detonated an explosive belt at about 5:10 pm in the central vegetable market, where hundreds of people were buying dates and bread. Six minutes later, a second man blew himself up at the entrance of the northern bus complex, some 650 metres away, as minibuses on the 22 and 35 lines were loading passengers.

"The market was full, it was twenty minutes before the call to prayer," said Khaled, a 38-year-old fruit seller whose stall was destroyed. Witnesses described ambulances queueing for an hour outside Princess Basma hospital.

Officials did not say who was behind the attack. Jordan's last serious bombing in the north came two years ago, when a roadside bomb hit an army patrol near the Syrian border outside Ramtha and wounded more than a dozen soldiers.

King Abdullah ordered flags at half-mast. Interior ministry officials said an extra 1,200 gendarmes would be deployed across Irbid governorate, home to about 2 million people, and that the Ramadan night markets would close at 10 pm for the rest of the month.

This story has been updated with a new toll from the Public Security Directorate. An earlier version said at least 11 people had been killed and dozens wounded.

This story has been updated to correct the distance between the two sites, which is 650 metres, not 1.5 km.
"""))
GOLD += [
E(6, ["two suicide bombers struck crowds shopping for the evening meal"],
  "SUI", "2026-03-05", "day", "Irbid", "JO", 19, 60, "at_least", None, None, False,
  "'on Thursday' = publication day, Thursday 5 March. Two sites of one town (the central vegetable market and the northern bus complex, about 650 m and six minutes apart) -> ONE Suicide bomb event. 'At least 17 people, not including the two attackers, were killed and more than 60 wounded' -> 17 + 2 = 19 ('not including' adds them), at_least; injured 60; the qualifier describes the killed figure. The footer's superseded 'at least 11 ... dozens' is not the final figure. No claim -> null. '5:10 pm', 'Six minutes', '650 metres', 'the 22 and 35 lines', 'twenty minutes', '38-year-old', 'an hour', '1,200 gendarmes', '2 million people', '10 pm', '1.5 km' are not casualties."),
E(6, ["a roadside bomb hit an army patrol near the Syrian border outside Ramtha"],
  "IED", "2024-01-01", "year", "Ramtha", "JO", None, 12, "more_than", None, None, True,
  "'two years ago' vs 2026 -> 2024, year, background. A roadside bomb -> Remote explosive/landmine/IED, null actor. 'outside Ramtha' -> Ramtha. 'wounded more than a dozen soldiers' -> injured 12, more_than (no killed figure, so the qualifier describes the injured one)."),
]

# -------------------------------------------------------------- holdout28-007
ARTICLES.append(A(7, "fr", "article", "2026-03-07T10:00:00Z",
"Jordanie : l'État islamique revendique le double attentat d'Irbid",
"""
L'organisation État islamique (EI) a revendiqué vendredi soir le double attentat-suicide qui a frappé jeudi la ville d'Irbid, dans le nord de la Jordanie, quelques minutes avant la rupture du jeûne du ramadan. Dans un communiqué diffusé sur ses canaux habituels, le groupe affirme avoir tué « plus d'une centaine » de personnes.

Le dernier bilan officiel fait état de vingt-deux morts, dont les deux kamikazes, et de soixante-dix blessés. Trois blessés ont succombé vendredi à l'hôpital Princesse-Basma. Le porte-parole du gouvernement a qualifié le chiffre avancé par l'EI de « mensonge », sans mettre en doute l'authenticité de la revendication.

Vendredi à l'aube, les services de renseignement ont arrêté cinq hommes lors de perquisitions simultanées à Zarqa, à quelque 70 kilomètres au sud. Selon une source sécuritaire, ils sont âgés de 21 à 33 ans et deux d'entre eux avaient déjà été condamnés en 2019 pour avoir voulu rejoindre la Syrie. Les enquêteurs ont saisi 15 kilos de TATP et trois ceintures inachevées.

Le royaume n'avait pas connu d'attentat-suicide depuis des années. Il y a huit ans, une voiture piégée avait explosé devant une caserne de gendarmerie à Zarqa, tuant quatre gendarmes. En mars 2021, l'armée avait désamorcé une bombe artisanale cachée sous un pont sur la route de Mafraq.

Les obsèques de la plupart des victimes ont eu lieu vendredi après la prière. Le gouvernement a promis 20 000 dinars à chaque famille endeuillée.
"""))
GOLD += [
E(7, ["le double attentat-suicide qui a frappé jeudi la ville d'Irbid"],
  "SUI", "2026-03-05", "day", "Irbid", "JO", 22, 70, "exact", "Islamic State", "Islamic State", False,
  "'jeudi' vs Saturday 7 March -> 5 March. 'L'organisation État islamique (EI) a revendiqué' -> claimant and perpetrator 'Islamic State'; the government rejects the claimant's figure (« plus d'une centaine », never used), not the authorship. 'vingt-deux morts, dont les deux kamikazes, et ... soixante-dix blessés' -> 22 (inside; three wounded died on Friday), 70, exact."),
E(7, ["les services de renseignement ont arrêté cinq hommes lors de perquisitions simultanées à Zarqa"],
  "ARR", "2026-03-06", "day", "Zarqa", "JO", None, None, None, "police", None, False,
  "'Vendredi à l'aube' vs Saturday 7 March -> Friday 6 March. The intelligence services (GID) -> 'police' (dev: intelligence services). '70 kilomètres', '21 à 33 ans', '2019' (a past sentence, not an event), '15 kilos de TATP', 'trois ceintures' belong to the arrest and are not casualties."),
E(7, ["une voiture piégée avait explosé devant une caserne de gendarmerie à Zarqa"],
  "IED", "2018-01-01", "year", "Zarqa", "JO", 4, None, "exact", None, None, True,
  "'Il y a huit ans' vs 2026 -> 2018, year, background. A car bomb with no suicide driver -> Remote explosive/landmine/IED (holdout26), null actor. 'tuant quatre gendarmes' -> 4, exact."),
E(7, ["l'armée avait désamorcé une bombe artisanale cachée sous un pont sur la route de Mafraq"],
  "DWU", "2021-03-01", "month", "Mafraq", "JO", None, None, None, "military", None, True,
  "'En mars 2021' -> month, background. A device defused on its own -> Disrupted weapons use; the army -> 'military'. A road to a town -> that town (holdout26). '20 000 dinars' is money; the funerals are not coded."),
]

# -------------------------------------------------------------- holdout28-008
ARTICLES.append(A(8, "fr", "article", "2026-03-09T09:00:00Z",
"À Irbid, la colère des commerçants après le double attentat",
"""
IRBID (Jordanie) - De notre correspondante

Quatre jours après le double attentat-suicide du marché central et de la gare routière, revendiqué par l'État islamique (EI), Irbid enterre encore ses morts. L'attaque a fait vingt-deux morts, kamikazes compris, et soixante-dix blessés, dont une quinzaine restent hospitalisés dans un état grave.

Samedi, plusieurs centaines de commerçants ont manifesté devant le siège du gouvernorat pour réclamer des indemnisations et la réouverture du marché. La gendarmerie les a dispersés à coups de gaz lacrymogène lorsqu'ils ont tenté de bloquer l'avenue ; six manifestants ont été légèrement blessés.

Dimanche, les forces de sécurité ont interpellé deux frères âgés de 24 et 29 ans à Ramtha, à une vingtaine de kilomètres à l'ouest, près de la frontière syrienne. Ils sont soupçonnés d'avoir hébergé les kamikazes pendant dix jours. Leur père, entendu pendant trois heures, est ressorti libre.

« Nous vendions pour 300 dinars par jour pendant le ramadan, aujourd'hui rien », dit Abou Ahmad, 57 ans, dont l'étal de légumes a été soufflé par la première explosion.

Le nord du pays a déjà été visé. Il y a quatre ans, des hommes armés avaient attaqué un poste de police à Mafraq, tuant deux agents, une attaque jamais élucidée.

Les 140 étals du marché central restent fermés. La municipalité promet de les rouvrir avant l'Aïd.
"""))
GOLD += [
E(8, ["double attentat-suicide du marché central et de la gare routière", "L'attaque a fait vingt-deux morts"],
  "SUI", "2026-03-05", "day", "Irbid", "JO", 22, 70, "exact", "Islamic State", "Islamic State", False,
  "'Quatre jours après' vs Monday 9 March -> Thursday 5 March. 'revendiqué par l'État islamique (EI)' -> claimant and perpetrator. 'vingt-deux morts, kamikazes compris, et soixante-dix blessés' -> 22 (inside), 70, exact; 'une quinzaine ... dans un état grave' is a subset. The funerals are not coded."),
E(8, ["plusieurs centaines de commerçants ont manifesté devant le siège du gouvernorat"],
  "PI", "2026-03-07", "day", "Irbid", "JO", None, 6, "exact", None, None, False,
  "'Samedi' vs Monday 9 March -> 7 March. A demonstration with a demand dispersed with tear gas -> Protest with intervention (holdout26, holdout27). Perpetrator null for protests. 'six manifestants ont été légèrement blessés' -> injured 6, exact. 'plusieurs centaines' are participants."),
E(8, ["les forces de sécurité ont interpellé deux frères âgés de 24 et 29 ans à Ramtha"],
  "ARR", "2026-03-08", "day", "Ramtha", "JO", None, None, None, "police", None, False,
  "'Dimanche' vs Monday 9 March -> 8 March. 'les forces de sécurité' -> 'police' (security services, dev). '24 et 29 ans', 'une vingtaine de kilomètres', 'dix jours' are not casualties. The father 'entendu ... est ressorti libre' is not arrested."),
E(8, ["des hommes armés avaient attaqué un poste de police à Mafraq"],
  "BAT", "2022-01-01", "year", "Mafraq", "JO", 2, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. Unnamed gunmen attacking a police post -> Armed clash, null initiator (holdout27 Khénifra). 'tuant deux agents' -> 2, exact. '300 dinars', '57 ans', '140 étals' are not casualties."),
]

# -------------------------------------------------------------- holdout28-009
ARTICLES.append(A(9, "en", "article", "2026-03-11T12:00:00Z",
"Fact check: viral clip does not show the Irbid bombing, and other claims",
"""
Since Thursday's twin suicide bombing in Irbid, which killed 23 people including the two attackers, dozens of false or misleading posts have spread on social media in Jordan. We checked three of the most shared.

CLAIM: A video viewed 1.4 million times shows "the moment of the Irbid blast".

VERDICT: False. The clip was first posted in 2017. A reverse image search shows it was filmed after a car bomb at a vegetable market in Ruseifa in October 2017 that killed three people. The shop signs in the video match Ruseifa's main street, not Irbid's market.

CLAIM: "The toll is over 40 and the government is hiding it."

VERDICT: Misleading. The health ministry's figure rose from 19 on Thursday night to 22 on Friday and 23 on Monday, when a 16-year-old girl died of her wounds. Hospitals in Irbid listed 70 injured. We found no evidence of hidden deaths. The "over 40" figure appears to come from the Islamic State claim, which spoke of more than a hundred.

CLAIM: "Police arrested a Syrian refugee in Irbid for the attack."

VERDICT: False. The five men arrested in Zarqa on Friday are Jordanian citizens, according to the State Security Court prosecutor. Two brothers detained in Ramtha on Sunday are also Jordanian.

A gas cylinder explosion that wrecked a restaurant in Aqaba on Tuesday, shared by some accounts as "a third bomb", was an accident, civil defence said. Nobody was hurt.

How we checked: we compared the videos frame by frame with 12 photos of the sites and spoke to two hospital officials.
"""))
GOLD += [
E(9, ["Thursday's twin suicide bombing in Irbid"],
  "SUI", "2026-03-05", "day", "Irbid", "JO", 23, 70, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Wednesday 11 March -> 5 March. 'killed 23 people including the two attackers' -> 23 (inside; the verdict's 19 -> 22 -> 23 ends on 23, with the girl who died on Monday), 'listed 70 injured' -> 70, exact. 'the Islamic State claim, which spoke of more than a hundred' tells the claim as a fact, in passing -> claimant and perpetrator 'Islamic State' (a reader could leave them null, since the claim is named only as the source of a false figure); its figure is never used. '1.4 million times', 'over 40', 'more than a hundred', '16-year-old', '12 photos' are not casualties."),
E(9, ["a car bomb at a vegetable market in Ruseifa"],
  "IED", "2017-10-01", "month", "Ruseifa", "JO", 3, None, "exact", None, None, True,
  "'in October 2017' -> month, background. A car bomb with no suicide driver -> Remote explosive/landmine/IED, null. 'killed three people' -> 3, exact. 'first posted in 2017' is not an event date of its own."),
E(9, ["The five men arrested in Zarqa on Friday"],
  "ARR", "2026-03-06", "day", "Zarqa", "JO", None, None, None, "police", None, False,
  "'on Friday' vs Wednesday 11 March -> 6 March. A restated arrest is its own event in each document that tells it (holdout23); no force named here, the intelligence services in holdout28-007 -> 'police'. The false claim about a Syrian refugee arrested in Irbid is rated false and not coded."),
E(9, ["Two brothers detained in Ramtha on Sunday"],
  "ARR", "2026-03-08", "day", "Ramtha", "JO", None, None, None, "police", None, False,
  "'on Sunday' vs Wednesday 11 March -> 8 March. Restated arrest of holdout28-008 ('les forces de sécurité') -> 'police'. The gas cylinder explosion in Aqaba was an accident, not coded."),
]

# -------------------------------------------------------------- holdout28-010
ARTICLES.append(A(10, "en", "article", "2026-03-12T15:00:00Z",
"Five charged over Irbid bombing as alleged facilitator is held in Mafraq",
"""
By our court reporter

Five men accused over last Thursday's twin suicide bombing in Irbid were produced before the State Security Court on Thursday, charged with terrorism offences and remanded in custody for 15 days. The attack, which Islamic State has claimed, killed 23 people, the two bombers among them.

The five, aged 21 to 33, were arrested in dawn raids in Zarqa last Friday. Prosecutors said they had stored 15 kg of TATP in a rented garage and had driven the bombers to Irbid in two cars. A sixth man picked up with them was released on bail of 5,000 dinars after the judge found no evidence that he knew of the plan.

The prosecutor also told the court that intelligence officers had arrested the group's alleged facilitator on Tuesday in Mafraq, near the Zaatari camp road. He is accused of buying the explosive belts' components with 3,500 dinars sent from abroad and will appear next week.

Two imams from Irbid were questioned on Monday about sermons attended by one of the bombers and let go the same evening.

Defence lawyers asked for the hearing to be held in public; the judge refused. Outside the court, about 50 relatives of victims held portraits of their dead, among them a 16-year-old girl who died of her wounds on Monday.

If convicted, the men face the death penalty. Jordan last carried out executions in 2017.
"""))
GOLD += [
E(10, ["last Thursday's twin suicide bombing in Irbid"],
  "SUI", "2026-03-05", "day", "Irbid", "JO", 23, None, "exact", "Islamic State", "Islamic State", False,
  "'last Thursday's' vs Thursday 12 March -> 5 March. 'which Islamic State has claimed' -> claimant and perpetrator. 'killed 23 people, the two bombers among them' -> 23 (inside), exact; no injured figure -> null. '16-year-old' is an age; '2017' (executions) is not an event."),
E(10, ["were arrested in dawn raids in Zarqa last Friday"],
  "ARR", "2026-03-06", "day", "Zarqa", "JO", None, None, None, "police", None, False,
  "'last Friday' vs Thursday 12 March -> 6 March. Told through 'produced before the State Security Court ... charged ... remanded' (Thursday 12 March): the follow-up of the Zarqa arrest, coded once at its place and day, not a new arrest (holdout26). The sixth man 'released on bail' was picked up in the same raid: no new event. Force from holdout28-007 (intelligence services) -> 'police'. '15 days', '21 to 33', '15 kg', 'two cars', '5,000 dinars' are not casualties."),
E(10, ["intelligence officers had arrested the group's alleged facilitator on Tuesday in Mafraq"],
  "ARR", "2026-03-10", "day", "Mafraq", "JO", None, None, None, "police", None, False,
  "'on Tuesday' vs Thursday 12 March -> 10 March. Intelligence officers -> 'police'. '3,500 dinars' is money. The two imams 'questioned ... and let go' are not arrested; 'about 50 relatives' are not casualties."),
]
