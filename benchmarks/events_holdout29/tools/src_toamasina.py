"""Authoring source of benchmarks/events_holdout29 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Toamasina, Madagascar cluster (holdout29-016 to 020; French and
English), two suicide bombers on Thursday 1 October 2026 at two sites of one
town (the entrance of the port and the Bazary Be market, about 800 m and
seven minutes apart): a Malagasy daily's first report with a speculation
(fr 016), an English TV transcript with ANCHOR / CORRESPONDENT labels, the
revised toll and the claim (017), a Malagasy news site's story on arrests
and a protest dispersed with tear gas (fr 018), a French "Décryptage" full of
older attacks (fr 019) and an English wire ten days on with a new arrest
(020). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout29")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout29-016
ARTICLES.append(A(16, "fr", "article", "2026-10-01T15:00:00Z",
"Toamasina : au moins onze morts dans un double attentat-suicide",
"""
TOAMASINA - Au moins onze personnes ont été tuées et des dizaines d'autres blessées jeudi matin à Toamasina, premier port de Madagascar, lorsque deux hommes porteurs de ceintures d'explosifs se sont fait exploser devant l'entrée du port puis au marché du Bazary Be, selon la gendarmerie nationale.

La première explosion s'est produite vers 7 h 40, au moment de la relève des dockers. Sept minutes plus tard, un second homme s'est fait exploser entre les étals de poissons séchés du Bazary Be, à environ 800 mètres de là. « J'ai vu des corps partout, des sacs de riz éventrés », raconte un docker de 34 ans, blessé à l'épaule.

L'hôpital Be de Toamasina, qui ne dispose que de 120 lits, a lancé un appel aux donneurs de sang. Les blessés les plus graves devaient être évacués vers Antananarivo, à 350 kilomètres, par le vol spécial TZ 212 affrété dans l'après-midi.

Aucune revendication n'avait été enregistrée jeudi après-midi. Le ministre de la Sécurité publique a estimé que la branche mozambicaine de l'État islamique « pourrait être derrière » ces attaques, évoquant des « complicités locales ». Le gouvernement a promis une récompense de 20 millions d'ariary à toute personne fournissant des informations.

Madagascar n'avait jamais connu d'attentat-suicide. La Grande Île a surtout été frappée par les vols de zébus dans le Sud et par une criminalité urbaine en hausse. Il y a trois ans, la gendarmerie avait saisi près de Moramanga quarante kilos d'explosifs volés dans une carrière, sans qu'aucun lien avec un groupe armé ne soit établi.

Le port, par lequel transitent plus de 80 % des importations du pays, a été fermé jusqu'à nouvel ordre. Un couvre-feu de 20 heures à 5 heures a été décrété dans la ville.
"""))
GOLD += [
E(16, ["deux hommes porteurs de ceintures d'explosifs se sont fait exploser devant l'entrée du port puis au marché du Bazary Be"],
  "SUI", "2026-10-01", "day", "Toamasina", "MG", 11, 12, "at_least", None, None, False,
  "'jeudi matin' = publication day, Thursday 1 October. Two sites of one town (the port entrance and the Bazary Be market, about 800 m and seven minutes apart) -> ONE Suicide bomb event. 'Au moins onze personnes ont été tuées et des dizaines d'autres blessées' -> 11 (at_least), 12 ('des dizaines', dev table). The Islamic State's Mozambican branch « pourrait être derrière » is speculation -> null. '7 h 40', 'Sept minutes', '800 mètres', '34 ans', '120 lits', '350 kilomètres', 'TZ 212', '20 millions d'ariary', '80 %', '20 heures à 5 heures' are not casualties; the curfew is not coded."),
E(16, ["la gendarmerie avait saisi près de Moramanga quarante kilos d'explosifs"],
  "DWU", "2023-01-01", "year", "Moramanga", "MG", None, None, None, "police", None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. Explosives seized with no arrest -> Disrupted weapons use; gendarmerie -> 'police'. 'quarante kilos' is a weight."),
]

# -------------------------------------------------------------- holdout29-017
ARTICLES.append(A(17, "en", "transcript", "2026-10-02T19:00:00Z",
"Africa Tonight - Madagascar bombing: toll rises, Islamic State claims",
"""
ANCHOR: Good evening. We begin in Madagascar, where the toll from yesterday's twin suicide bombing in the port city of Toamasina has more than doubled, and where Islamic State has now claimed the attack. Our correspondent has been in Toamasina since this morning. What are the authorities saying tonight?

CORRESPONDENT: Yesterday afternoon the official count stood at eleven dead. Overnight, rescuers pulled four more bodies from under the collapsed stalls of the Bazary Be market, and eight of the wounded died in hospital. The government now says twenty-three people were killed, in addition to the two bombers, and ninety-six were wounded.

ANCHOR: And the claim?

CORRESPONDENT: Islamic State claimed the attack this afternoon through its Amaq agency, calling the bombers "martyrs of the Mozambique Province". The security minister called the claim "plausible" and said investigators were checking it.

ANCHOR: Have there been arrests?

CORRESPONDENT: Yes. Police arrested three men at a checkpoint in Brickaville, about 100 km south of here, last night. They were travelling in a minibus with 12 mobile phones and a large amount of cash. A reward of 20 million ariary, about 4,000 dollars, is still on offer for information.

ANCHOR: This is new territory for Madagascar.

CORRESPONDENT: It is. The island knows violence, mostly cattle raiders in the south. In August 2023, bandits killed six gendarmes in an ambush near Ihosy. But a suicide bombing is something people here never imagined. The port, which handles four-fifths of the country's imports, is still closed, and a curfew runs from 8 p.m.

ANCHOR: Thank you. We will be back in Toamasina tomorrow. Now to the rest of the day's news.
"""))
GOLD += [
E(17, ["yesterday's twin suicide bombing in the port city of Toamasina"],
  "SUI", "2026-10-01", "day", "Toamasina", "MG", 25, 96, "exact", "Islamic State", "Islamic State", False,
  "'yesterday's' vs Friday 2 October -> 1 October. Revised toll in the transcript: 'eleven dead' -> four more bodies and eight deaths in hospital -> 'twenty-three people were killed, in addition to the two bombers, and ninety-six were wounded' -> 23 + 2 = 25 ('in addition to' adds the bombers), 96, exact. 'Islamic State claimed the attack', called 'plausible' -> claimant and perpetrator. 'twenty-three' is a number word."),
E(17, ["Police arrested three men at a checkpoint in Brickaville"],
  "ARR", "2026-10-01", "day", "Brickaville", "MG", None, None, None, "police", None, False,
  "'last night' vs Friday 2 October -> Thursday 1 October (dev: 'Thursday night' = Thursday). Police -> 'police'. 'about 100 km', '12 mobile phones', '20 million ariary', '4,000 dollars' are not casualties; the phones belong to the arrest."),
E(17, ["bandits killed six gendarmes in an ambush near Ihosy"],
  "BAT", "2023-08-01", "month", "Ihosy", "MG", 6, None, "exact", None, None, True,
  "'In August 2023' -> month, background. Unnamed bandits ambushing gendarmes -> Armed clash with a null initiator (dev: unnamed actors are null; events_holdout27 Moussala). 'killed six gendarmes' -> 6, exact. 'four-fifths', '8 p.m.' are not casualties."),
]

# -------------------------------------------------------------- holdout29-018
ARTICLES.append(A(18, "fr", "article", "2026-10-05T12:00:00Z",
"Attentat de Toamasina : un logisticien présumé arrêté, les commerçants dispersés au gaz lacrymogène",
"""
TOAMASINA - La gendarmerie a appréhendé samedi à Fenoarivo Atsinanana, à une centaine de kilomètres au nord de Toamasina, un homme de 52 ans présenté comme le « logisticien » du double attentat-suicide de jeudi. Selon une source proche de l'enquête, il aurait acheté les détonateurs et loué la maison où les deux kamikazes ont passé leurs dernières nuits. Douze motos et deux pirogues à moteur ont été saisies chez lui.

Les trois hommes arrêtés jeudi soir au barrage de Brickaville ont été placés en garde à vue à Antananarivo et devraient être déférés au parquet cette semaine. Une vingtaine de dockers ont par ailleurs été entendus par les enquêteurs, puis libérés.

L'attentat, revendiqué vendredi par l'État islamique, a fait vingt-cinq morts, dont les deux kamikazes, et quatre-vingt-seize blessés, selon le dernier bilan du ministère de la Santé. Les autorités n'ont pas contesté la revendication.

Dimanche matin, la colère a débordé. Plusieurs centaines de commerçants du Bazary Be, dont les étals ont été détruits, ont manifesté devant la préfecture pour réclamer des indemnisations. Les forces de l'ordre les ont dispersés à coups de gaz lacrymogène, blessant trois manifestants. « Nous avons tout perdu, et on nous gaze », s'indigne une vendeuse de 58 ans.

La préfecture a promis de recevoir une délégation de dix commerçants lundi. Le marché, dont une partie s'est effondrée, restera fermé au moins trois semaines. Une aide de 500 000 ariary par famille de victime a été annoncée par le gouvernement, qui a décrété trois jours de deuil national.
"""))
GOLD += [
E(18, ["double attentat-suicide de jeudi", "L'attentat, revendiqué vendredi par l'État islamique"],
  "SUI", "2026-10-01", "day", "Toamasina", "MG", 25, 96, "exact", "Islamic State", "Islamic State", False,
  "'de jeudi' vs Monday 5 October -> 1 October. « vingt-cinq morts, dont les deux kamikazes, et quatre-vingt-seize blessés » -> 25 (inside), 96, exact. « revendiqué ... par l'État islamique », not disputed -> claimant and perpetrator. National mourning is not coded."),
E(18, ["La gendarmerie a appréhendé samedi à Fenoarivo Atsinanana"],
  "ARR", "2026-10-03", "day", "Fenoarivo Atsinanana", "MG", None, None, None, "police", None, False,
  "'samedi' vs Monday 5 October -> 3 October. Gendarmerie -> 'police'. The suspected logistician (the cluster's facilitator). '52 ans', 'une centaine de kilomètres' are not casualties; 'Douze motos' and 'deux pirogues' seized belong to the arrest."),
E(18, ["Les trois hommes arrêtés jeudi soir au barrage de Brickaville"],
  "ARR", "2026-10-01", "day", "Brickaville", "MG", None, None, None, "police", None, False,
  "'jeudi soir' vs Monday 5 October -> 1 October. Restated arrest; 'placés en garde à vue ... devraient être déférés' is its follow-up. No force named; police in holdout29-017 -> 'police'. The 'vingtaine de dockers ... entendus ... puis libérés' are not arrested."),
E(18, ["Plusieurs centaines de commerçants du Bazary Be, dont les étals ont été détruits, ont manifesté devant la préfecture"],
  "PI", "2026-10-04", "day", "Toamasina", "MG", None, 3, "exact", None, None, False,
  "'Dimanche matin' vs Monday 5 October -> 4 October. A protest with a demand dispersed with tear gas -> Protest with intervention (events_holdout27 fr 004), null actor. 'blessant trois manifestants' -> injured 3, exact. 'Plusieurs centaines' are protesters; '58 ans', 'dix commerçants', 'trois semaines', '500 000 ariary', 'trois jours' are not casualties."),
]

# -------------------------------------------------------------- holdout29-019
ARTICLES.append(A(19, "fr", "article", "2026-10-09T08:00:00Z",
"Décryptage : Madagascar et les Comores face à une menace qu'on croyait lointaine",
"""
Le double attentat-suicide de Toamasina, le 1er octobre, a surpris jusqu'aux services de renseignement. Revendiqué par l'État islamique, il a fait vingt-six morts, kamikazes compris, et quatre-vingt-seize blessés : un manutentionnaire de 29 ans a succombé à ses blessures mercredi. Jamais Madagascar n'avait connu pareil bilan.

Pourtant, les signaux existaient. En 2019, une grenade lancée dans un bal populaire à Ambatondrazaka avait tué deux personnes ; l'enquête avait conclu à un règlement de comptes. En août 2023, des dahalo, ces voleurs de zébus lourdement armés, avaient tué six gendarmes dans une embuscade près d'Ihosy. La même année, près de Moramanga, la gendarmerie avait saisi quarante kilos d'explosifs volés dans une carrière.

Plus récemment, en janvier dernier, un engin artisanal avait explosé devant une agence bancaire de Mahajanga, blessant trois personnes. Aucun groupe ne l'avait revendiqué, et l'affaire reste ouverte.

La dimension régionale inquiète davantage. Aux Comores voisines, en mars 2021, la police avait arrêté à Mutsamudu, sur l'île d'Anjouan, quatre hommes qui revenaient du Mozambique et projetaient, selon l'accusation, une attaque contre une mosquée rivale. Le canal du Mozambique, large de 400 kilomètres à son point le plus étroit, reste poreux.

« Le Nord mozambicain est à deux heures de bateau rapide des côtes comoriennes, et les recruteurs le savent », observe un chercheur de l'université de Toamasina. Selon lui, une vingtaine de jeunes Malgaches auraient rejoint les insurgés mozambicains depuis 2020.

Le gouvernement a annoncé la création d'une unité antiterroriste de 300 hommes et un budget de 15 milliards d'ariary. Reste à savoir si cette réponse viendra à temps.
"""))
GOLD += [
E(19, ["Le double attentat-suicide de Toamasina, le 1er octobre"],
  "SUI", "2026-10-01", "day", "Toamasina", "MG", 26, 96, "exact", "Islamic State", "Islamic State", False,
  "'le 1er octobre' (8 days before Friday 9 October -> current). « vingt-six morts, kamikazes compris, et quatre-vingt-seize blessés » -> 26 (inside; the handler who 'a succombé à ses blessures mercredi' is counted in it), 96, exact; the wounded figure is not reduced. « Revendiqué par l'État islamique » -> claimant and perpetrator. '29 ans' is an age."),
E(19, ["une grenade lancée dans un bal populaire à Ambatondrazaka avait tué deux personnes"],
  "GRN", "2019-01-01", "year", "Ambatondrazaka", "MG", 2, None, "exact", None, None, True,
  "'En 2019' -> year, background. A thrown grenade -> Grenade, null actor (a settling of scores). 2 killed, exact."),
E(19, ["des dahalo, ces voleurs de zébus lourdement armés, avaient tué six gendarmes dans une embuscade près d'Ihosy"],
  "BAT", "2023-08-01", "month", "Ihosy", "MG", 6, None, "exact", None, None, True,
  "'En août 2023' -> month, background (the ambush of holdout29-017). Cattle raiders are an unnamed armed group -> null initiator; an ambush of gendarmes -> Armed clash. 6 killed, exact."),
E(19, ["la gendarmerie avait saisi quarante kilos d'explosifs volés dans une carrière"],
  "DWU", "2023-01-01", "year", "Moramanga", "MG", None, None, None, "police", None, True,
  "'La même année' after 'En août 2023' -> 2023, year (the month belongs to the ambush), background. The seizure of holdout29-016; gendarmerie -> 'police'."),
E(19, ["un engin artisanal avait explosé devant une agence bancaire de Mahajanga"],
  "IED", "2026-01-01", "month", "Mahajanga", "MG", None, 3, "exact", None, None, True,
  "'en janvier dernier' vs October 2026 -> January 2026, month, background. An improvised device -> IED, null actor (no claim). 'blessant trois personnes' -> injured 3, exact."),
E(19, ["la police avait arrêté à Mutsamudu, sur l'île d'Anjouan, quatre hommes"],
  "ARR", "2021-03-01", "month", "Mutsamudu", "KM", None, None, None, "police", None, True,
  "'en mars 2021' -> month, background. Comorian police -> 'police'. Mutsamudu on Anjouan -> Mutsamudu, KM. '400 kilomètres', 'deux heures', 'une vingtaine de jeunes', '300 hommes', '15 milliards d'ariary' are not casualties."),
]

# -------------------------------------------------------------- holdout29-020
ARTICLES.append(A(20, "en", "article", "2026-10-12T10:00:00Z",
"Madagascar arrests Comorian at airport over Toamasina bombing",
"""
ANTANANARIVO (Indian Ocean Wire) - Police arrested a Comorian national at Ivato international airport in Antananarivo on Sunday as he tried to board flight MD 602 to Moroni, in the first arrest outside the east coast over the Toamasina bombing, the public security ministry said on Monday.

The 29-year-old is suspected of having wired money to the two bombers from the Comoros in August. Officers seized a laptop, three passports and 6,000 euros in cash from his luggage, a ministry spokesman said.

Eleven days after the twin suicide bombing at the port and the Bazary Be market, which Islamic State claimed, the toll stands at 26 dead, including the two attackers, and 96 wounded.

The three men arrested at a checkpoint in Brickaville on the evening of the attack were charged on Friday with terrorism and murder and remanded in custody in Antananarivo. The alleged logistician, detained in Fenoarivo Atsinanana on 3 October, is due before an investigating judge this week.

An imam from Toamasina who was questioned for twelve hours on Wednesday was released without charge. A Comorian opposition movement based in Marseille denied any link with the arrested man, calling his detention "a diplomatic provocation".

Public Security Minister Hery Rakotomalala had said last week that fighters trained in northern Mozambique "may have been" involved in planning the attack. He did not say whether the man detained on Sunday had travelled there.

The port of Toamasina reopened on Thursday under military guard. About 2,500 dockers returned to work, and traders at the Bazary Be were given temporary stalls on a football ground 300 metres from the ruins of the market.
"""))
GOLD += [
E(20, ["the Toamasina bombing", "the twin suicide bombing at the port and the Bazary Be market, which Islamic State claimed"],
  "SUI", "2026-10-01", "day", "Toamasina", "MG", 26, 96, "exact", "Islamic State", "Islamic State", False,
  "'Eleven days after' vs Monday 12 October -> 1 October (current). '26 dead, including the two attackers, and 96 wounded' -> 26 (inside), 96, exact. 'which Islamic State claimed' -> claimant and perpetrator; the minister's 'may have been' about fighters trained in Mozambique is speculation and does not dispute the claim; the Comorian movement's denial is about the arrested man."),
E(20, ["Police arrested a Comorian national at Ivato international airport in Antananarivo"],
  "ARR", "2026-10-11", "day", "Antananarivo", "MG", None, None, None, "police", None, False,
  "'on Sunday' vs Monday 12 October -> 11 October. Police -> 'police'. The airport at Ivato, which serves the capital -> Antananarivo (the text names the city). 'MD 602', '29-year-old', 'three passports', '6,000 euros' are not casualties; the seized items belong to the arrest."),
E(20, ["The three men arrested at a checkpoint in Brickaville on the evening of the attack"],
  "ARR", "2026-10-01", "day", "Brickaville", "MG", None, None, None, "police", None, False,
  "'on the evening of the attack' -> 1 October. Restated arrest; 'charged on Friday ... and remanded' is its follow-up, not a new arrest. Police in holdout29-017 -> 'police'."),
E(20, ["The alleged logistician, detained in Fenoarivo Atsinanana on 3 October"],
  "ARR", "2026-10-03", "day", "Fenoarivo Atsinanana", "MG", None, None, None, "police", None, False,
  "'on 3 October'. Restated arrest; the gendarmerie of holdout29-018 -> 'police'. The imam 'questioned for twelve hours ... released without charge' is not arrested. 'About 2,500 dockers', '300 metres' are not casualties."),
]
