"""Authoring source of benchmarks/events_holdout26 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Shymkent, Kazakhstan cluster (holdout26-016 to 021; English and
French), two suicide bombers on Thursday 17 September 2026 at two sites of
one city (the Central Bazaar and the railway station, about 1.1 km and ten
minutes apart): a Kazakh English-language outlet's first report with a
"may have been behind it" (016), a French international radio's morning
transcript with the revised toll and an arrest (fr 017), an English claim
story with a denial and a facilitator's arrest (018), a French analysis with
older attacks and a rally (fr 019), a court report (020) and a French
report on a traders' blockade and the arrests (fr 021). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout26")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout26-016
ARTICLES.append(A(16, "en", "article", "2026-09-17T14:00:00Z",
"At least 15 dead as suicide bombers hit Shymkent bazaar and station",
"""
SHYMKENT - At least 15 people were killed and a score of others wounded on Thursday when two suicide bombers attacked the Central Bazaar and the railway station in Shymkent, Kazakhstan's third-largest city, the emergencies ministry said.

The first bomber blew himself up among the fruit stalls at the bazaar's main gate at about 9:20 a.m. local time. Ten minutes later a second man detonated an explosive belt in the ticket hall of the railway station, 1.1 kilometres to the north, shortly before the 9:45 train to Turkistan was due to leave.

Police said a third device, a backpack containing about 4 kilograms of explosives and nails, was found under a bench outside the station and defused by a bomb squad. The station was evacuated and more than 600 passengers were moved to nearby hotels.

The city's akim (mayor) declared Friday a day of mourning. Hospitals asked residents to donate blood, and a hotline, 102, was set up for families.

No group has claimed responsibility. A senior security official, speaking on condition of anonymity, said the little-known Jund al-Khilafa "may have been behind it", citing the group's history of recruiting in southern Kazakhstan. The National Security Committee (KNB) declined to comment.

Suicide attacks are rare in Kazakhstan. In 2018, a homemade bomb exploded at the gate of a police station in Kentau, 150 kilometres to the northwest, injuring three officers.

Tram line 3 and bus route 12, which serve the bazaar, were suspended until further notice, and the government raised the terrorism threat level in Shymkent to "yellow" for 15 days.
"""))
GOLD += [
E(16, ["two suicide bombers attacked the Central Bazaar and the railway station in Shymkent", "The first bomber blew himself up among the fruit stalls"],
  "SUI", "2026-09-17", "day", "Shymkent", "KZ", 15, 20, "at_least", None, None, False,
  "'on Thursday' = publication day, Thursday 17 September. Two sites of one city (the bazaar and the railway station, about 1.1 km and ten minutes apart) -> ONE Suicide bomb event. 'At least 15 people were killed and a score of others wounded' -> 15 (at_least), 20 ('a score', dev table). No claim; Jund al-Khilafa 'may have been behind it' is speculation -> null. '9:20 a.m.', 'Ten minutes', '1.1 kilometres', '9:45 train' are not casualties."),
E(16, ["a third device, a backpack containing about 4 kilograms of explosives and nails, was found", "defused by a bomb squad"],
  "DWU", "2026-09-17", "day", "Shymkent", "KZ", None, None, None, "police", None, False,
  "Publication day. A device defused on its own -> Disrupted weapons use; 'Police said ... defused by a bomb squad' -> 'police'. 'outside the station' -> Shymkent. No casualty statement -> null. '4 kilograms', '600 passengers', '102' are not casualties."),
E(16, ["a homemade bomb exploded at the gate of a police station in Kentau"],
  "IED", "2018-01-01", "year", "Kentau", "KZ", None, 3, "exact", None, None, True,
  "'In 2018' -> year, background. Homemade bomb, no actor -> null. 'injuring three officers' -> injured 3, exact. '150 kilometres', 'Tram line 3', 'bus route 12', '15 days' are not casualties."),
]

# -------------------------------------------------------------- holdout26-017
ARTICLES.append(A(17, "fr", "transcript", "2026-09-18T06:30:00Z",
"Journal du matin, vendredi 18 septembre : Shymkent en deuil",
"""
PRÉSENTATRICE : Il est 6 h 30 à Paris. Le Kazakhstan est en deuil ce vendredi, au lendemain du double attentat-suicide qui a frappé Shymkent, la grande ville du sud du pays. Notre correspondant en Asie centrale, Olivier Marchetti, est sur place. Olivier, où en est le bilan ?

CORRESPONDANT : Il s'est encore alourdi cette nuit. Hier matin, les secours parlaient d'au moins quinze morts. Dans la soirée, le ministère des Situations d'urgence en comptait vingt-trois. Ce matin, le chiffre officiel est de vingt-six morts, sans compter les deux kamikazes. Plus de soixante personnes ont été blessées, dont une dizaine d'enfants.

PRÉSENTATRICE : Que sait-on des assaillants ?

CORRESPONDANT : Très peu de choses officiellement. Ce que l'on sait, c'est que le Comité de sécurité nationale, le KNB, a interpellé jeudi soir trois hommes à Turkistan, à environ 160 kilomètres d'ici. Selon une source policière, l'un d'eux aurait loué l'appartement où les bombes ont été fabriquées. Par ailleurs, une vingtaine de personnes de l'entourage des kamikazes ont été convoquées pour être interrogées.

PRÉSENTATRICE : Une revendication ?

CORRESPONDANT : Pas encore. Les autorités restent très prudentes, et certains responsables évoquent un petit groupe djihadiste local, sans le nommer.

PRÉSENTATRICE : Et l'ambiance en ville ?

CORRESPONDANT : Le bazar central est fermé, les drapeaux sont en berne. Devant la gare, il y a encore ce matin des dizaines de bouquets. Le gouvernement a promis 5 millions de tenges à chaque famille de victime, et une prime de 50 millions de tenges pour toute information.

PRÉSENTATRICE : Merci Olivier Marchetti, en direct de Shymkent. Dans la suite de ce journal, la météo : jusqu'à 31 degrés attendus ce week-end dans le sud de la France.
"""))
GOLD += [
E(17, ["double attentat-suicide qui a frappé Shymkent"],
  "SUI", "2026-09-17", "day", "Shymkent", "KZ", 28, 60, "exact", None, None, False,
  "'au lendemain' of Friday 18 September, 'Hier matin' -> 17 September. One event for the two sites. Revised toll inside the transcript: 'au moins quinze' -> 'vingt-trois' -> 'vingt-six morts, sans compter les deux kamikazes' -> 26 + 2 = 28, exact; 'Plus de soixante personnes ont été blessées' -> 60 (the qualifier describes the killed figure); 'une dizaine d'enfants' is a subset. No claim ('Pas encore') -> null. '6 h 30', 'des dizaines de bouquets' are not casualties."),
E(17, ["a interpellé jeudi soir trois hommes à Turkistan"],
  "ARR", "2026-09-17", "day", "Turkistan", "KZ", None, None, None, "police", None, False,
  "'jeudi soir' vs Friday 18 September -> 17 September. The KNB (National Security Committee, an intelligence service) -> 'police' (dev). 'une vingtaine de personnes ... convoquées pour être interrogées' is not an arrest. '160 kilomètres', '5 millions de tenges', '50 millions', '31 degrés' are not casualties."),
]

# -------------------------------------------------------------- holdout26-018
ARTICLES.append(A(18, "en", "article", "2026-09-19T08:00:00Z",
"Islamic State's Khorasan branch took credit for Shymkent attack, Kazakh officials say",
"""
ALMATY (Central Asia Wire) - Islamic State's Khorasan branch took credit on Friday for Thursday's twin suicide bombing in the southern Kazakh city of Shymkent, which killed 28 people, including the two attackers, and wounded between 60 and 70.

The group's statement, released in Russian, Uzbek and Pashto, named the bombers as two Kazakh citizens aged 22 and 26 and claimed that "more than 100 infidels" had died. The prosecutor general's office said the claim was "consistent with the evidence" but called the group's toll false.

Hizb ut-Tahrir, a banned Islamist movement that officials had informally linked to the bombers' circle of friends, denied any connection in a statement posted online.

KNB officers arrested two men in Almaty on Friday on suspicion of wiring money to the bombers through a currency exchange, a KNB spokesman said. They are accused of transferring about 2 million tenge in 14 payments since March. The three men detained in Turkistan on Thursday evening remain in KNB custody.

The bombers had travelled to Afghanistan in 2024, officials said. Kazakhstan has repatriated more than 700 of its citizens from camps in Syria since 2019, and officials have long warned of a threat from returnees.

The Khorasan branch has targeted Central Asians before. In March 2024, the KNB said it had arrested two of the group's supporters in Astana and seized 6 kilograms of explosives they planned to use against a concert hall.

Flights and trains to Shymkent were running normally on Saturday, but the Central Bazaar, which has about 4,000 stalls, was expected to stay closed for at least a week.
"""))
GOLD += [
E(18, ["Thursday's twin suicide bombing in the southern Kazakh city of Shymkent"],
  "SUI", "2026-09-17", "day", "Shymkent", "KZ", 28, 60, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Saturday 19 September -> 17 September. 'killed 28 people, including the two attackers' -> 28 (inside), exact; 'wounded between 60 and 70' -> a range, lower bound 60 (the qualifier describes the killed figure). 'Islamic State's Khorasan branch took credit' -> 'Islamic State' (dev: every branch except ISWAP); the prosecutor disputes its toll ('more than 100 infidels', never used), not its authorship. Hizb ut-Tahrir denies: not coded. 'aged 22 and 26' are not casualties."),
E(18, ["KNB officers arrested two men in Almaty on Friday"],
  "ARR", "2026-09-18", "day", "Almaty", "KZ", None, None, None, "police", None, False,
  "'on Friday' vs Saturday 19 September -> 18 September. The suspected financiers (facilitators); KNB -> 'police'. '2 million tenge', '14 payments' are not casualties."),
E(18, ["The three men detained in Turkistan on Thursday evening"],
  "ARR", "2026-09-17", "day", "Turkistan", "KZ", None, None, None, "police", None, False,
  "Restated arrest (fr 017), its own event in this document: 'on Thursday evening' vs Saturday -> 17 September; 'remain in KNB custody' -> 'police'. 'more than 700 of its citizens' are repatriated people, not casualties."),
E(18, ["the KNB said it had arrested two of the group's supporters in Astana"],
  "ARR", "2024-03-01", "month", "Astana", "KZ", None, None, None, "police", None, True,
  "'In March 2024' -> month, background. Arrests of supporters with explosives seized -> Arrests (the explosives belong to the arrest, not a separate Disrupted weapons use). KNB -> 'police'. '6 kilograms', 'about 4,000 stalls' are not casualties."),
]

# -------------------------------------------------------------- holdout26-019
ARTICLES.append(A(19, "fr", "article", "2026-09-24T07:00:00Z",
"Analyse : après Shymkent, le Kazakhstan découvre la menace des kamikazes",
"""
Une semaine après le double attentat-suicide de Shymkent, qui a fait vingt-huit morts, kamikazes compris, et plus de soixante blessés le jeudi 17 septembre, le Kazakhstan s'interroge sur l'ampleur d'une menace longtemps minimisée. L'attaque a été revendiquée par la branche de l'État islamique au Khorassan (EI-K) ; le Hizb ut-Tahrir, un mouvement islamiste interdit, a démenti toute implication.

Le sud du pays, frontalier de l'Ouzbékistan, avait pourtant connu plusieurs alertes. En 2020, une bombe artisanale avait explosé devant un café de Saryagash, à la frontière ouzbèke, tuant trois clients. L'an dernier, la police avait démantelé à Lenger, à 25 kilomètres de Shymkent, une cellule de six personnes qui préparait des attentats contre des commissariats. Il y a sept ans, en mai 2019, un imam connu pour ses prêches contre le djihadisme avait été poignardé à mort devant sa mosquée à Zhetysai.

« Les autorités ont longtemps traité ces affaires comme des faits divers », estime une chercheuse d'un institut d'Almaty, qui évalue à environ 1 500 le nombre de Kazakhs partis combattre en Syrie et en Afghanistan depuis 2013. Près de 40 % d'entre eux seraient originaires de la région de Turkistan.

Dimanche, plusieurs milliers d'habitants se sont rassemblés devant l'akimat de Shymkent, à l'appel de l'administration municipale, pour dénoncer le terrorisme et réclamer la réouverture rapide du bazar, où travaillent 4 000 commerçants. Le rassemblement s'est dispersé dans le calme au bout de deux heures.

Le gouvernement a annoncé 3 000 caméras supplémentaires et le recrutement de 800 policiers dans la région d'ici 2027. Les deux kamikazes, âgés de 22 et 26 ans, ont été inhumés jeudi dans la plus stricte discrétion.
"""))
GOLD += [
E(19, ["double attentat-suicide de Shymkent", "L'attaque a été revendiquée par la branche de l'État islamique au Khorassan (EI-K)"],
  "SUI", "2026-09-17", "day", "Shymkent", "KZ", 28, 60, "exact", "Islamic State", "Islamic State", False,
  "'le jeudi 17 septembre' -> 17 September 2026. 'vingt-huit morts, kamikazes compris' -> 28 (inside), exact; 'plus de soixante blessés' -> 60 (the qualifier describes the killed figure). 'revendiquée par la branche de l'État islamique au Khorassan (EI-K)' -> 'Islamic State'; the Hizb ut-Tahrir denies: not coded."),
E(19, ["une bombe artisanale avait explosé devant un café de Saryagash"],
  "IED", "2020-01-01", "year", "Saryagash", "KZ", 3, None, "exact", None, None, True,
  "'En 2020' -> year, background. Homemade bomb, no actor -> null. 'tuant trois clients' -> 3, exact."),
E(19, ["la police avait démantelé à Lenger"],
  "ARR", "2025-01-01", "year", "Lenger", "KZ", None, None, None, "police", None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. A cell dismantled -> Arrests (events_holdout23 Charleroi). 'une cellule de six personnes' is an arrestee count; '25 kilomètres' is not a casualty."),
E(19, ["un imam connu pour ses prêches contre le djihadisme avait été poignardé à mort devant sa mosquée à Zhetysai"],
  "ATK", "2019-05-01", "month", "Zhetysai", "KZ", 1, None, "exact", None, None, True,
  "'Il y a sept ans, en mai 2019' -> May 2019, month (the month is more precise than the year), background. An imam stabbed to death by an unnamed assailant -> Violence against civilians / Attack, null actor. 'poignardé à mort' -> killed 1, exact (no number word: a reader could leave the figure null)."),
E(19, ["plusieurs milliers d'habitants se sont rassemblés devant l'akimat de Shymkent"],
  "PP", "2026-09-20", "day", "Shymkent", "KZ", None, None, None, None, None, False,
  "'Dimanche' vs Thursday 24 September -> 20 September. A rally with a demand that 's'est dispersé dans le calme' -> Peaceful protest, null actor. 'plusieurs milliers' are participants. '1 500', '2013', '40 %', '4 000 commerçants', 'deux heures', '3 000 caméras', '800 policiers', '2027', '22 et 26 ans' are not casualties."),
]

# -------------------------------------------------------------- holdout26-020
ARTICLES.append(A(20, "en", "article", "2026-10-02T09:00:00Z",
"Shymkent bombing suspects remanded for two months; one released on bail",
"""
SHYMKENT - A specialised inter-district court in Shymkent on Thursday remanded in custody for two months the three men arrested in Turkistan on September 17 over the twin suicide bombing at the city's Central Bazaar and railway station.

The September 17 bombing killed 29 people, including the two bombers, after a 58-year-old trader died in hospital last week, and wounded more than 60. It was claimed by Islamic State's Khorasan branch.

Prosecutors said the three, aged 24, 29 and 31, had rented the flat where the explosive belts were assembled and had driven the bombers to the city on the morning of the attack. They face charges of terrorism and the illegal handling of explosives, which carry sentences of up to 20 years or life.

Of the two men arrested in Almaty on September 18 on suspicion of financing the attack, one was remanded in custody and the other was released on bail of 3 million tenge after the court found no evidence that he knew the purpose of the transfers. He must stay in Almaty and report to police every 48 hours.

On Tuesday, KNB officers arrested a sixth suspect, a 40-year-old seamstress, at her home in Sayram, a town 12 kilometres east of Shymkent. Investigators believe she sewed the pockets of the two explosive belts. Her husband was questioned and released.

The defence lawyer for one of the Turkistan suspects, Aigerim Nurlanova, said her client had "no idea" what the flat would be used for and would appeal. The next hearing is scheduled for November 26 at 10 a.m. in courtroom 4.
"""))
GOLD += [
E(20, ["the three men arrested in Turkistan on September 17"],
  "ARR", "2026-09-17", "day", "Turkistan", "KZ", None, None, None, "police", None, False,
  "Told through its follow-up ('remanded in custody for two months'): one Arrests event for the original arrest, dated at the arrest (17 September), not a new one. Actor from the cluster's earlier documents (the KNB, fr 017 and 018) -> 'police'. 'two months', 'aged 24, 29 and 31', 'up to 20 years' are not casualties."),
E(20, ["twin suicide bombing at the city's Central Bazaar and railway station", "The September 17 bombing"],
  "SUI", "2026-09-17", "day", "Shymkent", "KZ", 29, 60, "exact", "Islamic State", "Islamic State", False,
  "'The September 17 bombing' -> 17 September 2026. 'killed 29 people, including the two bombers, after a 58-year-old trader died in hospital last week' -> 29 (inside; a wounded man who died later raises the toll), exact; 'wounded more than 60' -> 60 (the qualifier describes the killed figure). 'claimed by Islamic State's Khorasan branch' -> 'Islamic State'. '58-year-old' is not a casualty figure."),
E(20, ["the two men arrested in Almaty on September 18"],
  "ARR", "2026-09-18", "day", "Almaty", "KZ", None, None, None, "police", None, False,
  "Restated arrest (018), dated 18 September; one 'remanded' and one 'released on bail' are its follow-up, not new events. Actor from 018 (KNB) -> 'police'. '3 million tenge', '48 hours' are not casualties."),
E(20, ["KNB officers arrested a sixth suspect, a 40-year-old seamstress"],
  "ARR", "2026-09-29", "day", "Sayram", "KZ", None, None, None, "police", None, False,
  "'On Tuesday' vs Friday 2 October -> 29 September. KNB -> 'police'. 'at her home in Sayram' -> Sayram. 'Her husband was questioned and released' is not an arrest. '40-year-old', '12 kilometres', 'November 26', '10 a.m.', 'courtroom 4' are not casualties."),
]

# -------------------------------------------------------------- holdout26-021
ARTICLES.append(A(21, "fr", "article", "2026-09-21T08:00:00Z",
"Kazakhstan : à Shymkent, la colère des commerçants après le double attentat",
"""
SHYMKENT (Kazakhstan) - Quatre jours après le double attentat-suicide qui a ravagé le bazar central et la gare de Shymkent, la colère gagne les commerçants. Samedi soir, plusieurs centaines d'entre eux ont bloqué l'avenue Tauke-Khan pour réclamer des indemnisations ; la police les a dispersés au bout d'une heure et a interpellé une quinzaine de manifestants, relâchés dans la nuit.

« Nous avons perdu nos collègues, nos marchandises, et personne ne nous dit quand le bazar rouvrira », s'indigne Gulnara, 47 ans, qui vendait des épices sur l'allée numéro 9 depuis 2011.

L'attaque de jeudi, revendiquée par l'État islamique au Khorassan (EI-K), a fait vingt-huit morts en comptant les deux kamikazes, et plus de soixante blessés. Une trentaine de blessés sont toujours hospitalisés, dont quatre dans un état critique.

L'enquête avance. Outre les trois hommes interpellés jeudi soir à Turkistan, soupçonnés d'avoir loué l'appartement où les ceintures d'explosifs ont été fabriquées, deux hommes ont été arrêtés vendredi à Almaty, accusés d'avoir financé l'opération. Le frère de l'un des kamikazes, convoqué par les enquêteurs, a été entendu puis laissé libre.

La ville n'est pas la première du sud du pays à être visée. En 2023, une voiture piégée avait blessé quatre policiers devant le siège de la police de Kyzylorda, à 400 kilomètres au nord-ouest, sans jamais être revendiquée.

Le gouvernement a débloqué 2 milliards de tenges pour reconstruire les 350 étals détruits et promis de rouvrir le bazar d'ici le 1er novembre. Dimanche, les drapeaux étaient toujours en berne sur les 14 bâtiments officiels de la ville.
"""))
GOLD += [
E(21, ["double attentat-suicide qui a ravagé le bazar central et la gare de Shymkent", "L'attaque de jeudi, revendiquée par l'État islamique au Khorassan (EI-K)"],
  "SUI", "2026-09-17", "day", "Shymkent", "KZ", 28, 60, "exact", "Islamic State", "Islamic State", False,
  "'Quatre jours après' and 'L'attaque de jeudi' vs Monday 21 September -> 17 September. One event for the two sites. 'vingt-huit morts en comptant les deux kamikazes' -> 28 (inside), exact; 'plus de soixante blessés' -> 60 (the qualifier describes the killed figure); 'Une trentaine de blessés ... dont quatre' are subsets. 'revendiquée par l'État islamique au Khorassan (EI-K)' -> 'Islamic State'."),
E(21, ["plusieurs centaines d'entre eux ont bloqué l'avenue Tauke-Khan"],
  "PI", "2026-09-19", "day", "Shymkent", "KZ", None, None, None, None, None, False,
  "'Samedi soir' vs Monday 21 September -> 19 September. A road blockade with a demand, dispersed by the police -> Protest with intervention, null actor. An avenue of Shymkent -> Shymkent. 'plusieurs centaines' are participants; no casualty stated -> null."),
E(21, ["a interpellé une quinzaine de manifestants"],
  "ARR", "2026-09-19", "day", "Shymkent", "KZ", None, None, None, "police", None, False,
  "Arrests of protesters reported on their own are a separate Arrests event (dev-008, dev-037, dev-044): 'Samedi soir' -> 19 September, police -> 'police'. 'relâchés dans la nuit' does not undo the arrest. 'une quinzaine' is an arrestee count, not a casualty."),
E(21, ["les trois hommes interpellés jeudi soir à Turkistan"],
  "ARR", "2026-09-17", "day", "Turkistan", "KZ", None, None, None, "police", None, False,
  "Restated arrest (fr 017), its own event in this document: 'jeudi soir' vs Monday 21 September -> 17 September. Actor from fr 017 (the KNB) -> 'police'. '47 ans', 'numéro 9', '2011' are not casualties."),
E(21, ["deux hommes ont été arrêtés vendredi à Almaty"],
  "ARR", "2026-09-18", "day", "Almaty", "KZ", None, None, None, "police", None, False,
  "Restated arrest (018): 'vendredi' vs Monday 21 September -> 18 September. Actor from 018 (KNB officers) -> 'police'. The brother 'convoqué ... entendu puis laissé libre' is not arrested."),
E(21, ["une voiture piégée avait blessé quatre policiers devant le siège de la police de Kyzylorda"],
  "IED", "2023-01-01", "year", "Kyzylorda", "KZ", None, 4, "exact", None, None, True,
  "'En 2023' -> year, background. A car bomb with no suicide driver -> Remote explosive/landmine/IED; 'sans jamais être revendiquée' -> no actor, null. 'blessé quatre policiers' -> injured 4, exact. '400 kilomètres', '2 milliards de tenges', '350 étals', '1er novembre', '14 bâtiments' are not casualties."),
]
