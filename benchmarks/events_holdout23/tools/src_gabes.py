"""Authoring source of benchmarks/events_holdout23 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Gabès, Tunisia cluster (holdout23-007 to 011; English and French),
two suicide bombers on Thursday 14 May 2026 at two sites of one town (the
central market and the shared-taxi (louage) station, about 700 m apart, seven
minutes apart): an English wire's first report with an Okba Ibn Nafaa Brigade
"may have been behind it" (007), a Tunisian daily's next-day report with the
revised toll, a blockade cleared with tear gas and an arrest (fr 008), the
interior ministry's communiqué numbered by point (fr 009), an English
analysis of the claim, the denial and older attacks (010) and a Swiss
daily's « Ce que l'on sait » explainer with bullet points (fr 011). Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout23")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout23-007
ARTICLES.append(A(7, "en", "article", "2026-05-14T12:30:00Z",
"At least seven killed as two suicide bombers strike Tunisian port city",
"""
GABÈS, Tunisia (Maghreb Wire) - At least seven people were killed and dozens wounded on Thursday morning when two suicide bombers blew themselves up at the central market and the shared-taxi station in Gabès, in southern Tunisia, security sources said.

The first bomber detonated his explosives at about 9:05 a.m. between the fish stalls of the covered market. Seven minutes later, a second man set off his charge among the louages, the eight-seat minibuses that link Gabès to Tunis and the Libyan border, about 700 metres away.

"There was glass and blood everywhere, and a man of about sixty was shouting for his son," said a 24-year-old shopkeeper whose stall is next to the market entrance. Ambulances took the wounded to the university hospital, and the most serious cases were flown to Sfax, 140 km to the north.

No group has claimed the attack. An interior ministry official, who asked not to be named, said the Okba Ibn Nafaa Brigade, al-Qaeda's Tunisian branch, "may have been behind it", noting that its fighters had been pushed out of the western mountains in recent years.

On Wednesday, national guard officers arrested a man near Mareth, 30 km south of Gabès, who was carrying 4 kilograms of ammonium nitrate and a box of detonators in the boot of his car. Officials would not say whether he was linked to the bombers.

Gabès, a port and industrial city of about 150,000 people, lies some 400 km south of Tunis. The government has declared three days of mourning and closed the city's markets until Monday. Tourism, which accounts for about 9 percent of Tunisia's economy, has only just recovered from a long slump.
"""))
GOLD += [
E(7, ["two suicide bombers blew themselves up at the central market and the shared-taxi station in Gabès"],
  "SUI", "2026-05-14", "day", "Gabès", "TN", 7, 12, "at_least", None, None, False,
  "'on Thursday morning' = publication day, Thursday 14 May. Two sites of one town (the market and the louage station, about 700 m and seven minutes apart) -> ONE Suicide bomb event. 'At least seven people were killed and dozens wounded' -> 7 (at_least), 12 ('dozens', dev table). The Okba Ibn Nafaa Brigade 'may have been behind it' is speculation -> null. '9:05 a.m.', 'Seven minutes', 'eight-seat', '700 metres', 'about sixty' (an age), '24-year-old', '140 km' are not casualties."),
E(7, ["national guard officers arrested a man near Mareth"],
  "ARR", "2026-05-13", "day", "Mareth", "TN", None, None, None, "police", None, False,
  "'On Wednesday' vs Thursday 14 May -> 13 May. National guard (a gendarmerie) -> 'police'. '30 km', '4 kilograms of ammonium nitrate' are a distance and a weight; the nitrate and detonators belong to the arrest. '150,000 people', '400 km', 'three days', '9 percent' are not casualties."),
]

# -------------------------------------------------------------- holdout23-008
ARTICLES.append(A(8, "fr", "article", "2026-05-15T09:00:00Z",
"Gabès : le bilan du double attentat-suicide s'alourdit à dix-huit morts",
"""
Le bilan du double attentat-suicide de jeudi à Gabès n'a cessé de s'alourdir. Jeudi midi, les sources sécuritaires parlaient de sept morts. En soirée, l'hôpital universitaire comptait onze corps, et trois blessés ont succombé dans la nuit. Vendredi matin, le ministère de la Santé a annoncé un bilan de seize morts, hors assaillants, et de soixante-treize blessés, dont une vingtaine dans un état grave.

Parmi les victimes figurent un lycéen de seize ans, qui attendait un louage pour rentrer à Mareth, et deux vendeuses de poisson du marché central, où le premier kamikaze s'est fait exploser. Le second s'est fait sauter sept minutes plus tard à la station de louages, à 700 mètres de là.

Jeudi soir, plusieurs centaines de jeunes ont bloqué avec des pneus enflammés la sortie sud de Gabès, sur la route de Médenine, pour réclamer « la sécurité et des emplois ». Les forces de l'ordre les ont dispersés au gaz lacrymogène vers 23 heures. Quatre manifestants ont été légèrement blessés, selon le Croissant-Rouge.

Ce matin à l'aube, la garde nationale a arrêté à El Hamma, à une trentaine de kilomètres à l'ouest, deux frères de 26 et 29 ans soupçonnés d'avoir hébergé les kamikazes pendant une semaine. Une quinzaine de voisins ont été entendus puis relâchés.

Aucune revendication n'avait été publiée vendredi matin. La ville avait déjà été visée il y a cinq ans, lorsqu'une bombe artisanale avait explosé devant le siège du gouvernorat, blessant deux agents. Le gouvernement a déployé 1 200 policiers et gardes nationaux supplémentaires dans le gouvernorat et prolongé de 30 jours l'état d'urgence.

À la station de louages, les chauffeurs ont repris le travail. « Il faut bien manger », soupire l'un d'eux, 58 ans, qui fait la ligne Gabès-Tunis depuis 1994. Le trajet de 400 kilomètres coûte désormais 32 dinars.
"""))
GOLD += [
E(8, ["double attentat-suicide de jeudi à Gabès", "le premier kamikaze s'est fait exploser"],
  "SUI", "2026-05-14", "day", "Gabès", "TN", 18, 73, "exact", None, None, False,
  "'jeudi' vs Friday 15 May -> 14 May. Revised toll inside the report: 'sept morts' -> 'onze corps' -> three died overnight -> 'seize morts, hors assaillants, et de soixante-treize blessés' -> 16 + 2 = 18 ('hors assaillants' leaves the two bombers out, so they are added), 73, exact. 'une vingtaine dans un état grave' is a subset; 'un lycéen de seize ans' is an age next to the toll (not 16 killed); 'deux vendeuses' are victims already in the toll. No claim -> null. 'sept minutes', '700 mètres' are not casualties."),
E(8, ["plusieurs centaines de jeunes ont bloqué avec des pneus enflammés la sortie sud de Gabès"],
  "PI", "2026-05-14", "day", "Gabès", "TN", None, 4, "exact", None, None, False,
  "'Jeudi soir' vs Friday 15 May -> 14 May. A road blockade with burning tyres cleared with tear gas -> Protest with intervention (events_holdout21-007); null actor. At the town's southern exit on the Médenine road -> Gabès. 'Quatre manifestants ont été légèrement blessés' -> 4 injured, exact. 'plusieurs centaines' are participants; '23 heures' a time."),
E(8, ["la garde nationale a arrêté à El Hamma"],
  "ARR", "2026-05-15", "day", "El Hamma", "TN", None, None, None, "police", None, False,
  "'Ce matin à l'aube' = publication day, Friday 15 May. National guard -> 'police'. 'une trentaine de kilomètres', '26 et 29 ans', 'une semaine' are not casualties; 'Une quinzaine de voisins ont été entendus puis relâchés' are not arrests. '1 200 policiers', '30 jours', '58 ans', '1994', '400 kilomètres', '32 dinars' are not casualties."),
E(8, ["une bombe artisanale avait explosé devant le siège du gouvernorat"],
  "IED", "2021-01-01", "year", "Gabès", "TN", None, 2, "exact", None, None, True,
  "'il y a cinq ans' vs 2026 -> 2021, year, background. A homemade bomb, no actor -> Remote explosive/landmine/IED, null. 'blessant deux agents' -> 2 injured, exact. Same town as the current bombing, a different event."),
]

# -------------------------------------------------------------- holdout23-009
ARTICLES.append(A(9, "fr", "article", "2026-05-16T14:00:00Z",
"Communiqué du ministère de l'Intérieur sur l'attentat terroriste de Gabès",
"""
Le ministère de l'Intérieur porte à la connaissance de l'opinion publique ce qui suit :

1. Le bilan de l'attentat terroriste perpétré le jeudi 14 mai 2026 au marché central et à la station de louages de Gabès s'établit à dix-neuf morts, les deux terroristes compris, et à soixante-treize blessés, après le décès vendredi d'un blessé à l'hôpital de Sfax.

2. L'organisation terroriste Daech a revendiqué cet attentat dans la nuit de vendredi à samedi. Le ministère n'accorde aucun crédit au bilan de « plus de soixante apostats » avancé par cette organisation.

3. Les unités spécialisées de la garde nationale ont arrêté vendredi à Médenine trois suspects, âgés de 23 à 30 ans, soupçonnés d'avoir assuré la surveillance des lieux pendant dix jours.

4. Un quatrième suspect, soupçonné d'avoir fourni les ceintures explosives, a été arrêté samedi à l'aube à Kébili. Une troisième ceinture, contenant environ 6 kilogrammes d'explosifs, a été saisie à son domicile.

5. Les unités de déminage de l'armée nationale ont neutralisé vendredi soir un engin explosif dissimulé sous un pont, sur la route de Matmata, à 2 kilomètres de cette localité.

6. Le suspect arrêté mercredi près de Mareth a été déféré au pôle judiciaire antiterroriste et placé sous mandat de dépôt. Quarante-deux personnes ont été entendues puis relâchées.

7. Le ministère appelle les citoyens à signaler tout comportement suspect au numéro vert 80 10 11 11. Une récompense de 50 000 dinars est offerte pour toute information permettant d'identifier les complices.

8. Le ministère présente ses condoléances aux familles des victimes et souhaite un prompt rétablissement aux blessés. Les marchés de Gabès rouvriront lundi 18 mai à 7 heures, sous la protection de 300 agents.
"""))
GOLD += [
E(9, ["l'attentat terroriste perpétré le jeudi 14 mai 2026", "L'organisation terroriste Daech a revendiqué cet attentat"],
  "SUI", "2026-05-14", "day", "Gabès", "TN", 19, 73, "exact", "Islamic State", "Islamic State", False,
  "'le jeudi 14 mai 2026' -> 14 May. 'dix-neuf morts, les deux terroristes compris, et ... soixante-treize blessés' -> 19 (inside), 73, exact; the death on Friday raised it. 'Daech a revendiqué' -> 'Islamic State', claimant and perpetrator; the ministry rejects the figure (« plus de soixante apostats », the claimant's own, never used), not the authorship. Point numbers 1 to 8 are not casualties."),
E(9, ["Les unités spécialisées de la garde nationale ont arrêté vendredi à Médenine"],
  "ARR", "2026-05-15", "day", "Médenine", "TN", None, None, None, "police", None, False,
  "'vendredi' vs Saturday 16 May -> 15 May. National guard -> 'police'. 'trois suspects' are arrestees; 'âgés de 23 à 30 ans', 'dix jours' are not casualties."),
E(9, ["a été arrêté samedi à l'aube à Kébili"],
  "ARR", "2026-05-16", "day", "Kébili", "TN", None, None, None, "police", None, False,
  "'samedi à l'aube' = publication day, Saturday 16 May. No force named in this point; a ministry of the interior operation -> 'police'. The vest seized at his home belongs to the arrest (not a separate Disrupted weapons use); '6 kilogrammes' is a weight."),
E(9, ["Les unités de déminage de l'armée nationale ont neutralisé vendredi soir un engin explosif"],
  "DWU", "2026-05-15", "day", "Matmata", "TN", None, None, None, "military", None, False,
  "'vendredi soir' vs Saturday 16 May -> 15 May. A device defused on its own -> Disrupted weapons use; army -> 'military'. Under a bridge on the road, 2 km from Matmata -> Matmata (nearest named place). '2 kilomètres' is a distance."),
E(9, ["Le suspect arrêté mercredi près de Mareth"],
  "ARR", "2026-05-13", "day", "Mareth", "TN", None, None, None, "police", None, False,
  "'mercredi' vs Saturday 16 May -> 13 May. « déféré au pôle judiciaire antiterroriste et placé sous mandat de dépôt » is the arrest's follow-up, told here: the arrest is this document's event, not a new arrest. No force named; national guard in holdout23-007 -> 'police'. 'Quarante-deux personnes ont été entendues puis relâchées' are not arrests; '80 10 11 11', '50 000 dinars', '18 mai', '7 heures', '300 agents' are not casualties."),
]

# -------------------------------------------------------------- holdout23-010
ARTICLES.append(A(10, "en", "article", "2026-05-17T08:00:00Z",
"Analysis: Islamic State's claim for Gabès puts Tunisia's south back on the map",
"""
Islamic State's claim for Thursday's twin suicide bombing in Gabès, issued late on Friday through its news agency, ended two days of speculation. The Okba Ibn Nafaa Brigade, which a Tunisian official had said may have been behind the attack, denied any role in a statement on Saturday, calling the bombing of a market "a crime against Muslims".

The toll now stands at 19 dead, the two bombers included, and 73 wounded. It is the deadliest attack in Tunisia in a decade, and the first twin suicide bombing the country has seen.

Southern Tunisia has had warnings. In February 2018, militants ambushed a national guard patrol near Douz, on the edge of the Sahara, killing three guardsmen. In 2020, an Islamic State cell attacked a national guard post outside Tataouine, killing one officer; the group claimed the raid two days later.

Four years ago, a suicide bomber blew himself up at a checkpoint outside Kébili when soldiers asked to search his motorbike, killing only himself. And last October, police arrested five suspected Islamic State recruiters in Sfax, including a 34-year-old teacher who had allegedly sent about a dozen young men to Libya.

"The south has always been a corridor," said a researcher at a Tunis think tank. "Fighters, weapons and fuel cross the 460-km border with Libya. What changed is that they decided to strike here rather than pass through."

The government, which depends on loans worth about $1.9 billion, can ill afford a collapse in tourism. Hotels on the island of Djerba, 100 km from Gabès, reported cancellations of 20 to 30 percent within a day of the attack.

Seven people are now in custody. Investigators are trying to establish how the two bombers, both in their early twenties, travelled from Libya with three explosive vests without being stopped at any of the 14 checkpoints on the coastal road.
"""))
GOLD += [
E(10, ["Thursday's twin suicide bombing in Gabès", "the bombing of a market"],
  "SUI", "2026-05-14", "day", "Gabès", "TN", 19, 73, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Sunday 17 May -> 14 May. 'Islamic State's claim' -> claimant and perpetrator. '19 dead, the two bombers included, and 73 wounded' -> 19 (inside), 73, exact. The Okba Ibn Nafaa Brigade's denial is not a claim; 'may have been behind' was speculation. 'two days', 'a decade' are spans."),
E(10, ["militants ambushed a national guard patrol near Douz"],
  "BAT", "2018-02-01", "month", "Douz", "TN", 3, None, "exact", None, None, True,
  "'In February 2018' -> month, background. An ambush on a patrol by unnamed 'militants' -> Armed clash, null initiator (unnamed actors are null). 'killing three guardsmen' -> 3."),
E(10, ["an Islamic State cell attacked a national guard post outside Tataouine"],
  "BAT", "2020-01-01", "year", "Tataouine", "TN", 1, None, "exact", "Islamic State", "Islamic State", True,
  "'In 2020' -> year, background. A named group attacking a post -> Armed clash initiated by it (events_holdout21's Brital/Maxaas convention); 'the group claimed the raid' -> claimant and perpetrator. 'killing one officer' -> 1. 'two days later' is a span."),
E(10, ["a suicide bomber blew himself up at a checkpoint outside Kébili"],
  "SUI", "2022-01-01", "year", "Kébili", "TN", 1, None, "exact", None, None, True,
  "'Four years ago' vs 2026 -> 2022, year, background. 'killing only himself' -> 1 (the bomber, as the text counts him). No actor named -> null."),
E(10, ["police arrested five suspected Islamic State recruiters in Sfax"],
  "ARR", "2025-10-01", "month", "Sfax", "TN", None, None, None, "police", None, True,
  "'last October' vs May 2026 -> October 2025, month, background. 'police'. 'five' are arrestees; '34-year-old', 'about a dozen young men' (recruits), '460-km', '$1.9 billion', '100 km', '20 to 30 percent', 'Seven people' (in custody, cumulative), 'three explosive vests', '14 checkpoints' are not casualties."),
]

# -------------------------------------------------------------- holdout23-011
ARTICLES.append(A(11, "fr", "article", "2026-05-19T07:00:00Z",
"Attentat de Gabès : ce que l'on sait cinq jours après",
"""
Cinq jours après le double attentat-suicide de Gabès, dans le sud de la Tunisie, qui a coûté la vie à une touriste vaudoise, voici ce que l'on sait.

• Ce qui s'est passé. Le jeudi 14 mai vers 9 h, un premier kamikaze s'est fait exploser au marché central. Sept minutes plus tard, un second a déclenché sa ceinture à la station de louages, à 700 mètres de là.

• Le bilan. Il s'élève à vingt morts, kamikazes compris, et soixante-treize blessés, après le décès lundi, à l'hôpital de Sfax, d'une retraitée de Morges âgée de 67 ans. Son mari, 70 ans, légèrement blessé, a été rapatrié dimanche par un vol de la Rega.

• Qui est derrière. L'attentat a été revendiqué vendredi soir par l'État islamique. La Brigade Okba Ibn Nafaa, un temps soupçonnée par un responsable tunisien, a démenti toute implication.

• Les arrestations. Deux frères ont été arrêtés vendredi à El Hamma et trois suspects le même jour à Médenine. Le fournisseur présumé des ceintures a été arrêté samedi à Kébili. Lundi, un homme de 45 ans soupçonné d'avoir loué un appartement aux kamikazes a été interpellé à Zarzis. Une quarantaine de personnes ont été entendues puis relâchées.

• Les Suisses. Le Département fédéral des affaires étrangères déconseille désormais les voyages dans le gouvernorat de Gabès, mais pas à Djerba, où séjournent chaque printemps quelque 4 000 Suisses. Le vol Genève-Djerba du samedi, le TU 713, est maintenu.

• Et maintenant. L'état d'urgence est prolongé de 30 jours. Une récompense de 50 000 dinars, soit environ 14 000 francs, est promise pour toute information. Les marchés de Gabès ont rouvert lundi.
"""))
GOLD += [
E(11, ["double attentat-suicide de Gabès", "un premier kamikaze s'est fait exploser au marché central", "L'attentat a été revendiqué vendredi soir par l'État islamique"],
  "SUI", "2026-05-14", "day", "Gabès", "TN", 20, 73, "exact", "Islamic State", "Islamic State", False,
  "'Le jeudi 14 mai' -> 14 May (5 days before Tuesday 19 May, current). 'vingt morts, kamikazes compris, et soixante-treize blessés' -> 20 (inside), 73, exact; the Swiss retiree who died on Monday raised it. 'revendiqué ... par l'État islamique' -> claimant and perpetrator; the Brigade's denial is not a claim. 'Cinq jours', '9 h', 'Sept minutes', '700 mètres', '67 ans', '70 ans' (her husband, lightly hurt, already among the 73) are not new figures."),
E(11, ["Deux frères ont été arrêtés vendredi à El Hamma"],
  "ARR", "2026-05-15", "day", "El Hamma", "TN", None, None, None, "police", None, False,
  "'vendredi' vs Tuesday 19 May -> 15 May. Restated from holdout23-008; no force named -> 'police'."),
E(11, ["trois suspects le même jour à Médenine"],
  "ARR", "2026-05-15", "day", "Médenine", "TN", None, None, None, "police", None, False,
  "'le même jour' = the Friday of the El Hamma arrests, 15 May. Restated from holdout23-009; no force named -> 'police'."),
E(11, ["Le fournisseur présumé des ceintures a été arrêté samedi à Kébili"],
  "ARR", "2026-05-16", "day", "Kébili", "TN", None, None, None, "police", None, False,
  "'samedi' vs Tuesday 19 May -> 16 May. No force named -> 'police'."),
E(11, ["a été interpellé à Zarzis"],
  "ARR", "2026-05-18", "day", "Zarzis", "TN", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 19 May -> 18 May. The suspected facilitator (the flat). No force named -> 'police'. '45 ans' is an age; 'Une quarantaine de personnes ont été entendues puis relâchées' are not arrests. '4 000 Suisses', 'TU 713', '30 jours', '50 000 dinars', '14 000 francs' are not casualties."),
]
