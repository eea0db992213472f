"""Authoring source of benchmarks/events_holdout20 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Izberbash, Dagestan, Russia cluster (holdout20-011 to 015, English
and French), two suicide bombers on Friday 24 July 2026 at two sites of one
town (a traffic-police checkpoint at the northern entrance and the entrance
of the town police department, about 800 m apart, about fifteen minutes
apart): an English wire flash with "scores of" wounded (011), a French
next-day report with a toll revised through the day and arrests (012), the
Islamic State claim in French with an older claimed attack (013), an English
report on the anti-terrorism committee's statement (arrests, a facilitator,
a counter-terrorist operation, 014) and an English fact-check of a viral
video that shows an older bombing (015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout20")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout20-011
ARTICLES.append(A(11, "en", "article", "2026-07-24T10:20:00Z",
"Twin suicide bombings hit police in Russia's Dagestan",
"""
MOSCOW, July 24 - Two suicide bombers struck police targets in the town of Izberbash in Russia's North Caucasus republic of Dagestan on Friday morning, killing at least four people and wounding scores of others, the regional interior ministry said.

The first bomber detonated explosives in his car at about 8:40 a.m. as traffic police stopped him at a checkpoint at the northern entrance to the town, on the road from Makhachkala, 55 km away. Some fifteen minutes later, a second man on foot blew himself up at the entrance of the town police department, about 800 metres away, as officers ran out to help.

Officials said the car held the equivalent of about 30 kg of TNT. Video posted on social media showed a burning car and at least three damaged buses at the checkpoint.

Investigators opened a criminal case for terrorism. A law enforcement source told state media that the attack "may have been" the work of a local cell loyal to Islamic State, but that no group had yet claimed it.

Late on Thursday, police in the Kayakent district south of Izberbash killed two suspected militants in a shootout after the men opened fire when officers tried to check their car, the interior ministry said. It was not clear whether the incidents were linked.

Izberbash, a Caspian Sea town of about 60,000 people, is a popular summer destination. Dagestan's head declared Saturday a day of mourning and said the families of the dead would receive 1 million roubles each.

The Kremlin spokesman said President Putin had been informed and ordered that the wounded receive all necessary care, including transfers to hospitals in Moscow.
"""))
GOLD += [
E(11, ["Two suicide bombers struck police targets in the town of Izberbash", "a second man on foot blew himself up at the entrance of the town police department"],
  "SUI", "2026-07-24", "day", "Izberbash", "RU", 4, 20, "at_least", None, None, False,
  "'on Friday morning' in a Friday 24 July story -> 24 July. Two bombers at two sites of one town (the checkpoint and the police department, about 800 m apart), about fifteen minutes apart -> ONE Suicide bomb event. 'killing at least four people and wounding scores of others' -> 4, at_least; 'scores of' -> 20 injured, read like 'dozens' (12, at least one dozen) as at least one score (no earlier set has the phrase; see Known ambiguities). The 'may have been' Islamic State cell is speculation -> null. '8:40 a.m.', '55 km', 'fifteen minutes', '800 metres', '30 kg', 'three damaged buses', '60,000 people', '1 million roubles' are not casualties."),
E(11, ["police in the Kayakent district south of Izberbash killed two suspected militants in a shootout"],
  "BAT", "2026-07-23", "day", "Kayakent", "RU", 2, None, "exact", "police", None, False,
  "'Late on Thursday' vs Friday 24 July -> 23 July (dev: 'late on Thursday' means Thursday). A vehicle check that turns into an exchange of fire -> Armed clash initiated by the police (the raiding/searching force convention of events_holdout19). 'killed two suspected militants' -> 2, the acting force's own figure. 'the Kayakent district' -> Kayakent (the district's name; the most specific place named)."),
]

# -------------------------------------------------------------- holdout20-012
ARTICLES.append(A(12, "fr", "article", "2026-07-25T09:30:00Z",
"Daghestan : le double attentat-suicide d'Izberbash a fait 12 morts",
"""
Le bilan du double attentat-suicide qui a visé vendredi la police d'Izberbash, au Daghestan, dans le Caucase russe, n'a cessé de s'alourdir au fil des heures.

Vendredi midi, le ministère de l'Intérieur de la république parlait d'au moins quatre morts. En fin d'après-midi, il en annonçait dix. Samedi matin, le ministère de la Santé a publié un nouveau bilan : 12 morts, kamikazes compris, et 38 blessés, dont sept enfants. Deux blessés graves sont décédés dans la nuit à l'hôpital républicain de Makhatchkala.

Parmi les victimes figurent cinq policiers, un chauffeur de bus de 61 ans et une étudiante de 19 ans qui passait devant le commissariat. Une cinquantaine de blessés légers ont été soignés sur place et ne figurent pas dans ce bilan, selon les secours.

Les deux kamikazes, âgés de 23 et 27 ans selon les enquêteurs, ont frappé à un quart d'heure d'intervalle : le premier au poste de contrôle de l'entrée nord de la ville, le second devant le commissariat, à quelque 800 mètres.

Vendredi soir, le FSB a interpellé trois hommes à Kaspiïsk, soupçonnés d'avoir hébergé les kamikazes dans un appartement loué pour 25 000 roubles par mois. Une dizaine de voisins ont été entendus comme témoins.

Aucune revendication n'avait été publiée samedi matin. Des milliers de personnes ont assisté vendredi soir aux premiers enterrements, selon la tradition musulmane.

La saison touristique risque de pâtir de l'attaque : les hôtels de la côte caspienne signalent déjà l'annulation de 40 % des réservations pour le mois d'août.
"""))
GOLD += [
E(12, ["double attentat-suicide qui a visé vendredi la police d'Izberbash"],
  "SUI", "2026-07-24", "day", "Izberbash", "RU", 12, 38, "exact", None, None, False,
  "'vendredi' vs Saturday 25 July -> 24 July. Two sites, a quarter of an hour apart -> one event. Revised inside the text: 'au moins quatre morts' -> 'dix' -> two died overnight -> '12 morts, kamikazes compris, et 38 blessés' -> 12 (inside), 38, exact. 'Une cinquantaine de blessés légers ... ne figurent pas dans ce bilan' is stated as outside the toll -> not added (see Known ambiguities). 'dont sept enfants', 'cinq policiers' are subsets; '61 ans', '19 ans', '23 et 27 ans' are ages; '800 mètres', '40 %' are not casualties. No claim -> null."),
E(12, ["le FSB a interpellé trois hommes à Kaspiïsk"],
  "ARR", "2026-07-24", "day", "Kaspiysk", "RU", None, None, None, "police", None, False,
  "'Vendredi soir' vs Saturday 25 July -> 24 July. The FSB (security service) -> 'police' (dev). The gold spells the town 'Kaspiysk' (English); the text has the French 'Kaspiïsk'. '25 000 roubles' is rent; 'Une dizaine de voisins ont été entendus comme témoins' are not arrests. Burials are not coded."),
]

# -------------------------------------------------------------- holdout20-013
ARTICLES.append(A(13, "fr", "article", "2026-07-27T07:00:00Z",
"L'État islamique revendique le double attentat d'Izberbash",
"""
L'attentat de vendredi à Izberbash, au Daghestan, a été revendiqué par l'État islamique. Dans un communiqué diffusé dimanche par son agence Amaq, l'organisation affirme que deux de ses « soldats de la province du Caucase » ont visé « les apostats de la police russe ».

Le groupe revendique « plus de 70 morts ». Les autorités daghestanaises évoquent, elles, 13 morts, les deux kamikazes compris, un policier blessé ayant succombé dimanche, et une quarantaine de blessés. Le Comité national antiterroriste n'a pas contesté la revendication, mais un responsable régional a estimé que des recruteurs venus de l'étranger « pourraient avoir » préparé l'opération.

Ce n'est pas la première fois que l'organisation frappe la république. En mars 2021, des hommes armés se réclamant de l'État islamique avaient attaqué une patrouille de police à Karabudakhkent, tuant deux policiers ; l'État islamique avait revendiqué l'attaque le lendemain.

Il y a cinq ans, des inconnus avaient enlevé un imam près de Sergokala ; il n'a jamais été retrouvé.

Pour le chercheur Rouslan Magomedov, la revendication confirme le retour d'une menace qu'on croyait affaiblie depuis le milieu des années 2010. « Plusieurs dizaines de jeunes Daghestanais seraient revenus de Syrie et d'Afghanistan », souligne-t-il.

Dimanche, plus de 3 000 policiers supplémentaires ont été déployés dans la république, et les contrôles ont été renforcés sur la route fédérale, selon le ministère de l'Intérieur. Une prime de 3 millions de roubles est promise à toute personne fournissant des informations sur les complices.
"""))
GOLD += [
E(13, ["L'attentat de vendredi à Izberbash", "a été revendiqué par l'État islamique"],
  "SUI", "2026-07-24", "day", "Izberbash", "RU", 13, 40, "exact", "Islamic State", "Islamic State", False,
  "'de vendredi' vs Monday 27 July -> 24 July. 'a été revendiqué par l'État islamique' ('province du Caucase', a branch) -> claimant and perpetrator 'Islamic State' (dev: every branch except ISWAP). The claimant's « plus de 70 morts » is never used. '13 morts, les deux kamikazes compris' -> 13 (inside), exact; 'une quarantaine de blessés' -> 40. The authorities do not dispute the claim; foreign recruiters who « pourraient avoir » prepared it is speculation."),
E(13, ["des hommes armés se réclamant de l'État islamique avaient attaqué une patrouille de police à Karabudakhkent"],
  "BAT", "2021-03-01", "month", "Karabudakhkent", "RU", 2, None, "exact", "Islamic State", "Islamic State", True,
  "'En mars 2021' -> month, background. 'l'État islamique avait revendiqué l'attaque' -> claimant and perpetrator. A named group that attacks a patrol is the initiator of an Armed clash (events_holdout19: Oualata, Kong). 'tuant deux policiers' -> 2."),
E(13, ["des inconnus avaient enlevé un imam près de Sergokala"],
  "ABD", "2021-01-01", "year", "Sergokala", "RU", None, None, None, None, None, True,
  "'Il y a cinq ans' vs 2026 -> 2021, year, background. Unknown abductors -> null. 'Plusieurs dizaines de jeunes' are returnees; '3 000 policiers', '3 millions de roubles', 'les années 2010' are not casualties."),
]

# -------------------------------------------------------------- holdout20-014
ARTICLES.append(A(14, "en", "article", "2026-07-30T14:00:00Z",
"Dagestan: three militants killed, six detained after Izberbash bombing",
"""
MAKHACHKALA - Three suspected militants linked to last Friday's twin suicide bombing in Izberbash were killed on Wednesday in a counter-terrorist operation in Makhachkala, Russia's National Anti-Terrorism Committee said.

According to the committee, the men were hiding in a flat on the fourth floor of a building near the city's bus station. When FSB officers moved in, they "offered armed resistance" and were "neutralised in the exchange of fire". One officer was lightly wounded. About 40 residents were evacuated from the building for several hours.

Officers found a suicide belt, three pistols and about 5 kg of explosives in the flat, the committee said.

On Tuesday, police detained five suspects in Derbent, aged between 18 and 34, who are accused of raising money for the bombers. On Monday, a 52-year-old car dealer suspected of selling the vehicle used in the first blast was arrested in Kizilyurt.

Another 17 people were questioned and released, and two relatives of the bombers were summoned for interviews next week.

The bombing, which was claimed by Islamic State, has killed 13 people, including the two attackers. Twenty-six of the wounded are still in hospital, four of them in Moscow.

A counter-terrorism regime remains in force in Izberbash and in two districts of Makhachkala, allowing police to check documents and search cars at will. Officials said more than 600 checks had been carried out since Friday.

A reward of 3 million roubles is still offered for information on the network's organiser, a 35-year-old native of the republic who is believed to have left Russia in 2019.
"""))
GOLD += [
E(14, ["counter-terrorist operation in Makhachkala", "the exchange of fire"],
  "BAT", "2026-07-29", "day", "Makhachkala", "RU", 3, 1, "exact", "police", None, False,
  "'on Wednesday' vs Thursday 30 July -> 29 July. A raid on a flat that turns into an exchange of fire -> Armed clash initiated by the raiding force; FSB officers -> 'police'. 'Three suspected militants ... were killed' and 'One officer was lightly wounded' -> 3 killed, 1 injured, the acting force's own figure ('neutralised' here is said of men who were killed). 'fourth floor', 'About 40 residents' (evacuated), 'three pistols', '5 kg' are not casualties."),
E(14, ["last Friday's twin suicide bombing in Izberbash", "The bombing, which was claimed by Islamic State"],
  "SUI", "2026-07-24", "day", "Izberbash", "RU", 13, None, "exact", "Islamic State", "Islamic State", False,
  "'last Friday's' vs Thursday 30 July -> 24 July. 'claimed by Islamic State' -> claimant and perpetrator. 'has killed 13 people, including the two attackers' -> 13 (inside), exact. 'Twenty-six of the wounded are still in hospital, four of them in Moscow' are subsets, not the injured total -> injured null."),
E(14, ["police detained five suspects in Derbent"],
  "ARR", "2026-07-28", "day", "Derbent", "RU", None, None, None, "police", None, False,
  "'On Tuesday' vs Thursday 30 July -> 28 July. Police -> 'police'. 'aged between 18 and 34' are ages."),
E(14, ["a 52-year-old car dealer suspected of selling the vehicle used in the first blast was arrested in Kizilyurt"],
  "ARR", "2026-07-27", "day", "Kizilyurt", "RU", None, None, None, "police", None, False,
  "'On Monday' vs Thursday 30 July -> 27 July. The suspected facilitator; the arresting force is not named -> 'police' (the investigation's force; see Known ambiguities). '52-year-old' is an age. 'Another 17 people were questioned and released' and 'two relatives ... were summoned' are not arrests; 'more than 600 checks', '3 million roubles', '35-year-old', 'in 2019' are not casualties."),
]

# -------------------------------------------------------------- holdout20-015
ARTICLES.append(A(15, "en", "article", "2026-07-26T16:00:00Z",
"Fact check: viral video does not show Friday's Izberbash bombing",
"""
CLAIM: A video shared more than 2 million times since Friday shows the moment a suicide bomber blew up his car at a police checkpoint in Izberbash, Dagestan, on July 24.

VERDICT: False. The video is eight years old.

THE FACTS: Two suicide bombers did attack police in Izberbash on Friday, July 24: one at a checkpoint at the northern entrance to the town, the other about fifteen minutes later outside the town police department. Regional authorities say 12 people were killed, the two bombers included, and 38 wounded.

But the 32-second clip circulating on Telegram, X and VK since Friday afternoon, captioned "Izberbash right now", does not show either blast.

A reverse image search shows that the same footage was first posted in May 2018, after a suicide car bomb attack on a police checkpoint on the outskirts of Khasavyurt, about 110 km north-west of Izberbash. That attack killed three police officers and the driver, according to reports at the time. Several landmarks in the video, including a blue petrol station sign and a mosque minaret, match the Khasavyurt checkpoint as it looked in 2018, and the licence plates in the video carry the region code 05 used across Dagestan.

Weather data also rule out Izberbash: the video shows snow on the roadside, while temperatures in Izberbash on Friday reached 31 degrees Celsius.

A second image shared alongside the video, showing a collapsed building, comes from an earthquake in another country and is not linked to any attack.

This fact check was written by the verification desk. Readers can send suspicious content for checking to our tip line.
"""))
GOLD += [
E(15, ["a suicide bomber blew up his car at a police checkpoint in Izberbash", "Two suicide bombers did attack police in Izberbash"],
  "SUI", "2026-07-24", "day", "Izberbash", "RU", 12, 38, "exact", None, None, False,
  "'on Friday, July 24' -> 24 July. Two sites, about fifteen minutes apart -> one event. '12 people were killed, the two bombers included, and 38 wounded' -> 12 (inside), 38, exact. No claim named in this document -> null. The CLAIM line names the same real attack (the first bomber did blow up his car at the checkpoint); only the video's attribution is false, so it is a trigger of this event, not a separate one. '2 million times', 'eight years old', '32-second', '05', '31 degrees' are not casualties."),
E(15, ["a suicide car bomb attack on a police checkpoint on the outskirts of Khasavyurt"],
  "SUI", "2018-05-01", "month", "Khasavyurt", "RU", 4, None, "exact", None, None, True,
  "'in May 2018' -> month, background: the older attack the video really shows. No group named -> null. 'killed three police officers and the driver' -> 3 + 1 = 4, the suicide driver counted because the text counts him. Outskirts -> the town. '110 km' is a distance. The earthquake image is not an ACLED event."),
]

# -------------------------------------------------------------- holdout20-022
ARTICLES.append(A(22, "fr", "transcript", "2026-07-28T06:00:00Z",
"Journal de 8 heures (heure de Moscou) : les titres du mardi 28 juillet",
"""
PRÉSENTATRICE : Il est 8 heures à Moscou, 9 heures à Makhatchkala. Bonjour. À la une de ce journal, le Daghestan, quatre jours après le double attentat-suicide d'Izberbash. Notre correspondant dans le Caucase, Artiom Volkov.

CORRESPONDANT : Bonjour. Le bilan reste de 13 morts, les deux kamikazes compris, et d'une quarantaine de blessés, dont six enfants toujours hospitalisés à Makhatchkala. L'attentat a été revendiqué dimanche par l'État islamique. Hier après-midi, plusieurs centaines de femmes ont défilé en silence dans le centre d'Izberbash, des photos des victimes à la main, pour réclamer que les familles soient associées à l'enquête. La marche s'est dispersée sans incident au bout d'une heure.

PRÉSENTATRICE : L'enquête s'étend aussi aux républiques voisines.

CORRESPONDANT : Oui. En Ingouchie, les forces de sécurité ont interpellé hier deux hommes à Malgobek, soupçonnés d'avoir fourni des faux papiers aux kamikazes. Les habitants rappellent que la région n'a pas été épargnée : en août 2017, des hommes armés avaient ouvert le feu sur un poste de la police routière à Karabulak, tuant un policier, avant de prendre la fuite.

PRÉSENTATRICE : Merci Artiom. Les autres titres. Canicule : jusqu'à 38 degrés attendus sur la côte caspienne, et les autorités demandent de limiter les sorties entre 11 heures et 17 heures.

Football : le club de Makhatchkala a battu Rostov 2 à 1 dimanche soir devant 15 000 spectateurs.

Transports : le vol Moscou-Makhatchkala de 14 h 20 est annulé pour la deuxième journée consécutive en raison d'une grève des contrôleurs.

PRÉSENTATRICE : Prochain journal à 9 heures. Pour nous joindre, le 8 800 200 14 14.
"""))
GOLD += [
E(22, ["double attentat-suicide d'Izberbash", "L'attentat a été revendiqué dimanche par l'État islamique"],
  "SUI", "2026-07-24", "day", "Izberbash", "RU", 13, 40, "exact", "Islamic State", "Islamic State", False,
  "'quatre jours après' vs Tuesday 28 July -> Friday 24 July. 'revendiqué ... par l'État islamique' -> claimant and perpetrator. '13 morts, les deux kamikazes compris, et d'une quarantaine de blessés' -> 13 (inside), exact; 'une quarantaine' -> 40. 'dont six enfants toujours hospitalisés' is a subset. The bulletin's '8 heures', '9 heures', '38 degrés', '11 heures et 17 heures', '2 à 1', '15 000 spectateurs', '14 h 20', '8 800 200 14 14' are not casualties."),
E(22, ["plusieurs centaines de femmes ont défilé en silence dans le centre d'Izberbash"],
  "PP", "2026-07-27", "day", "Izberbash", "RU", None, None, None, None, None, False,
  "'Hier après-midi' vs Tuesday 28 July -> 27 July. A silent march with a demand that ends without incident -> Peaceful protest. 'plusieurs centaines' are participants; 'une heure' a span."),
E(22, ["les forces de sécurité ont interpellé hier deux hommes à Malgobek"],
  "ARR", "2026-07-27", "day", "Malgobek", "RU", None, None, None, "police", None, False,
  "'hier' vs Tuesday 28 July -> 27 July. 'les forces de sécurité' (security services) -> 'police' (dev). Malgobek is in Ingushetia -> RU."),
E(22, ["des hommes armés avaient ouvert le feu sur un poste de la police routière à Karabulak"],
  "BAT", "2017-08-01", "month", "Karabulak", "RU", 1, None, "exact", None, None, True,
  "'en août 2017' -> month, background. Unnamed gunmen attacking a police post -> Armed clash with a null initiator (events_holdout19). 'tuant un policier' -> 1."),
]
