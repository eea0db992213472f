"""Authoring source of benchmarks/events_holdout28 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Osh, Kyrgyzstan cluster (holdout28-011 to 015; English and
French), two suicide bombers on Saturday 16 May 2026 at two sites of one
town (the Jayma bazaar and the old bus station, about 900 m and eight
minutes apart): an English wire flash with a speculation (011), a French
agency update with the revised toll and arrests (fr 012), an English podcast
transcript with the claim, a denial and a new arrest (013), a French
analysis with older attacks and a march (fr 014) and an English wire
roundup of unrelated regional items (015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout28")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout28-011
ARTICLES.append(A(11, "en", "article", "2026-05-16T08:10:00Z",
"At least nine killed as two suicide bombers hit Kyrgyz city of Osh",
"""
OSH, Kyrgyzstan (Central Asia Wire) - Two suicide bombers blew themselves up minutes apart in the southern Kyrgyz city of Osh on Saturday, killing at least nine people and wounding a score of others, the health ministry said.

The first explosion tore through the clothing rows of the Jayma bazaar, one of Central Asia's oldest markets, at about 11:30 a.m. local time. Eight minutes later a second man set off his charge at the old bus station, roughly 900 metres to the north, where a No. 107 minibus to Uzgen was waiting to leave.

"I counted five bodies on the ground before the police pushed us back," said Bakyt, a 45-year-old shoe seller. Ambulances took the wounded to the regional clinical hospital, which called in 30 off-duty surgeons.

No group claimed the attack. An interior ministry official told reporters that members of the banned Hizb ut-Tahrir movement "may have been" involved, but gave no evidence. The movement says it rejects violence.

Osh, Kyrgyzstan's second city with around 330,000 residents, had been spared large attacks. Last August, the State Committee for National Security (GKNB) said it had detained three men in Kara-Suu, near the Uzbek border, who were plotting to attack a police station.

The bazaar, which has some 5,000 stalls, was closed until further notice and roads into the centre were sealed off.
"""))
GOLD += [
E(11, ["Two suicide bombers blew themselves up minutes apart in the southern Kyrgyz city of Osh"],
  "SUI", "2026-05-16", "day", "Osh", "KG", 9, 20, "at_least", None, None, False,
  "'on Saturday' = publication day, Saturday 16 May. Two sites of one town (the Jayma bazaar and the old bus station, about 900 m and eight minutes apart) -> ONE Suicide bomb event. 'killing at least nine people and wounding a score of others' -> 9 (at_least), 20 ('a score', dev table: 20 about); the qualifier describes the killed figure. Hizb ut-Tahrir 'may have been' involved is speculation -> null. '11:30 a.m.', 'Eight minutes', '900 metres', 'No. 107', 'five bodies' (a witness's partial count), '45-year-old', '30 off-duty surgeons', '330,000 residents', '5,000 stalls' are not the toll."),
E(11, ["it had detained three men in Kara-Suu"],
  "ARR", "2025-08-01", "month", "Kara-Suu", "KG", None, None, None, "police", None, True,
  "'Last August' vs May 2026 -> August 2025, month, background. The GKNB (security service) -> 'police'. The plotted attack on a police station never happened and is not coded."),
]

# -------------------------------------------------------------- holdout28-012
ARTICLES.append(A(12, "fr", "article", "2026-05-17T09:00:00Z",
"Kirghizstan : le bilan du double attentat d'Osh passe à dix-neuf morts",
"""
OCH (Kirghizstan) (AMI) - Le bilan du double attentat-suicide qui a visé samedi le grand bazar et l'ancienne gare routière d'Och, dans le sud du Kirghizstan, s'est nettement alourdi, selon le ministère de la Santé.

Les autorités avaient d'abord annoncé neuf morts. Samedi soir, quinze corps avaient été identifiés, et deux blessés sont décédés dans la nuit. Dimanche matin, le ministère faisait état de dix-sept morts, en plus des deux assaillants, et de quatre-vingt-deux blessés, dont vingt-six hospitalisés en soins intensifs.

Samedi soir, les agents du Comité d'État pour la sécurité nationale (GKNB) ont interpellé quatre personnes à Uzgen, à une cinquantaine de kilomètres à l'est, dans la maison où les deux kamikazes auraient passé leurs dernières semaines. Deux ceintures inachevées, 8 kilos de clous et un ordinateur portable y ont été saisis. Une vingtaine d'habitants du quartier ont été convoqués pour être interrogés.

Aucune revendication n'avait été publiée dimanche matin.

Le sud du pays, frontalier de l'Ouzbékistan et du Tadjikistan, a connu des violences sporadiques. En mars 2021, une bombe artisanale cachée dans une poubelle avait blessé cinq policiers devant un commissariat de Nookat.

Le président a décrété lundi jour de deuil national. Les compagnies de bus ont suspendu pour 48 heures les liaisons entre Och et Bichkek, distantes d'environ 600 kilomètres.
"""))
GOLD += [
E(12, ["double attentat-suicide qui a visé samedi le grand bazar et l'ancienne gare routière d'Och"],
  "SUI", "2026-05-16", "day", "Osh", "KG", 19, 82, "exact", None, None, False,
  "'samedi' vs Sunday 17 May -> 16 May. The gold keeps the English 'Osh' (French 'Och'). Revised toll inside the dispatch: 'neuf morts' -> 'quinze corps' -> 'deux blessés sont décédés' -> 'dix-sept morts, en plus des deux assaillants, et ... quatre-vingt-deux blessés' -> 17 + 2 = 19 ('en plus des' adds them, holdout27), 82, exact; 'vingt-six ... en soins intensifs' is a subset. No claim -> null. '48 heures', '600 kilomètres' are not casualties."),
E(12, ["les agents du Comité d'État pour la sécurité nationale (GKNB) ont interpellé quatre personnes à Uzgen"],
  "ARR", "2026-05-16", "day", "Uzgen", "KG", None, None, None, "police", None, False,
  "'Samedi soir' vs Sunday 17 May -> 16 May. GKNB -> 'police'. 'une cinquantaine de kilomètres', 'Deux ceintures', '8 kilos de clous', 'un ordinateur portable' belong to the arrest. 'Une vingtaine d'habitants ... convoqués' are not arrested."),
E(12, ["une bombe artisanale cachée dans une poubelle avait blessé cinq policiers devant un commissariat de Nookat"],
  "IED", "2021-03-01", "month", "Nookat", "KG", None, 5, "exact", None, None, True,
  "'En mars 2021' -> month, background. A bomb in a bin -> Remote explosive/landmine/IED, null. 'blessé cinq policiers' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout28-013
ARTICLES.append(A(13, "en", "transcript", "2026-05-19T14:00:00Z",
"The Steppe Brief podcast, episode 212: After Osh",
"""
HOST: Welcome to The Steppe Brief. I'm Daniel Crane. Three days after the twin suicide bombing in Osh, I'm joined from the city by our correspondent Aigul Sadykova. Aigul, where do things stand?

AIGUL SADYKOVA: The toll is now twenty, the two bombers included. A 63-year-old bus driver who was hurt at the station died on Monday. More than 80 people were wounded, and about a dozen are still in intensive care.

HOST: And Islamic State has claimed it.

AIGUL SADYKOVA: Yes. Islamic State took credit on Sunday evening through its Khorasan branch's channels, saying the bombers were "brothers from Fergana". The government says the claim is authentic. Hizb ut-Tahrir, which an official had named on Saturday, has denied any involvement.

HOST: What about arrests?

AIGUL SADYKOVA: The four people detained in Uzgen on Saturday night are still being held. And on Monday, GKNB officers arrested a 36-year-old man in Bishkek whom they describe as the facilitator. They say he transferred about 400,000 som to the cell and bought two second-hand phones. His wife was questioned and released.

HOST: Is this new for the region?

AIGUL SADYKOVA: Not entirely. Four years ago, police raided a house in Aravan, 25 kilometres west of here, and killed three suspected militants in a two-hour gunfight. But people here say they have never seen anything like Saturday.

HOST: Aigul Sadykova in Osh, thank you. After the break: why the bazaar's traders are refusing to go home.
"""))
GOLD += [
E(13, ["the twin suicide bombing in Osh"],
  "SUI", "2026-05-16", "day", "Osh", "KG", 20, 80, "exact", "Islamic State", "Islamic State", False,
  "'Three days after' vs Tuesday 19 May -> Saturday 16 May (the reporter's 'Saturday' agrees). 'Islamic State took credit' -> claimant and perpetrator 'Islamic State' (its Khorasan branch counts as Islamic State, dev); Hizb ut-Tahrir 'has denied any involvement' (not coded). 'twenty, the two bombers included' -> 20 (inside; the bus driver who died on Monday raised it), exact; 'More than 80 people were wounded' -> 80. The qualifier describes the killed figure -> exact. '63-year-old' and 'about a dozen ... in intensive care' (a subset) are not the toll."),
E(13, ["The four people detained in Uzgen on Saturday night"],
  "ARR", "2026-05-16", "day", "Uzgen", "KG", None, None, None, "police", None, False,
  "'on Saturday night' vs Tuesday 19 May -> 16 May. Restated arrest of holdout28-012 (GKNB) -> 'police'."),
E(13, ["GKNB officers arrested a 36-year-old man in Bishkek"],
  "ARR", "2026-05-18", "day", "Bishkek", "KG", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 19 May -> 18 May. GKNB -> 'police'. The facilitator. '36-year-old', '400,000 som', 'two second-hand phones' are not casualties; his wife 'questioned and released' is not arrested."),
E(13, ["police raided a house in Aravan"],
  "BAT", "2022-01-01", "year", "Aravan", "KG", 3, None, "exact", "police", None, True,
  "'Four years ago' vs 2026 -> 2022, year, background. A police raid that turns into a gunfight -> Armed clash, initiated by the police (they raided). 'killed three suspected militants' -> 3, exact. '25 kilometres', 'two-hour' are not casualties."),
]

# -------------------------------------------------------------- holdout28-014
ARTICLES.append(A(14, "fr", "article", "2026-05-21T08:00:00Z",
"Analyse : la vallée de Ferghana, nouveau front de l'État islamique ?",
"""
Par notre envoyé spécial

Le double attentat-suicide du 16 mai à Och, revendiqué par l'État islamique, a fait vingt morts, kamikazes compris, et plus de quatre-vingts blessés. C'est le plus meurtrier de l'histoire du Kirghizstan indépendant. Mais il n'est pas sorti de nulle part.

Dans le sud du pays, les alertes se sont accumulées. En 2019, une bombe artisanale avait explosé devant le commissariat de Kyzyl-Kiya, en pleine nuit, sans faire de blessé. Il y a six ans, à Tokmok, la police avait démantelé une cellule de sept membres qui recrutait pour la Syrie. En septembre dernier, un homme avait poignardé à mort un imam à la sortie d'une mosquée d'Och, un meurtre que les enquêteurs ont lié à des « prêcheurs extrémistes ».

Pour le chercheur Timur Alymbekov, l'organisation mise sur la vallée de Ferghana, où vivent plus de 15 millions de personnes réparties entre trois pays. « Le groupe a perdu 90 % de son territoire en Syrie, il cherche des cibles faciles », dit-il.

Lundi, quelque 1 500 personnes ont défilé dans le centre d'Och, de la place Lénine jusqu'à la mairie, pour dénoncer la violence et réclamer davantage de policiers sur les marchés. La marche s'est terminée sans incident.

Le gouvernement, qui a promis 1 million de soms à chaque famille endeuillée, prépare un projet de loi qui porterait à 20 ans de prison la peine pour apologie du terrorisme.
"""))
GOLD += [
E(14, ["Le double attentat-suicide du 16 mai à Och"],
  "SUI", "2026-05-16", "day", "Osh", "KG", 20, 80, "exact", "Islamic State", "Islamic State", False,
  "'du 16 mai' (5 days before Thursday 21 May -> current). 'revendiqué par l'État islamique' -> claimant and perpetrator. 'vingt morts, kamikazes compris, et plus de quatre-vingts blessés' -> 20 (inside), 80; the qualifier describes the exact killed figure -> exact."),
E(14, ["une bombe artisanale avait explosé devant le commissariat de Kyzyl-Kiya"],
  "IED", "2019-01-01", "year", "Kyzyl-Kiya", "KG", None, 0, "exact", None, None, True,
  "'En 2019' -> year, background. A bomb with no suicide bomber -> Remote explosive/landmine/IED, null. 'sans faire de blessé' alone -> injured 0, killed null, exact (events_holdout9 Bukkuyum, holdout27 Payerne)."),
E(14, ["à Tokmok, la police avait démantelé une cellule de sept membres"],
  "ARR", "2020-01-01", "year", "Tokmok", "KG", None, None, None, "police", None, True,
  "'Il y a six ans' vs 2026 -> 2020, year, background. A cell dismantled -> Arrests (events_holdout23 Charleroi), police. 'sept membres' are arrestees."),
E(14, ["un homme avait poignardé à mort un imam à la sortie d'une mosquée d'Och"],
  "ATK", "2025-09-01", "month", "Osh", "KG", 1, None, "exact", None, None, True,
  "'En septembre dernier' vs May 2026 -> September 2025, month, background. A civilian stabbed to death by an unnamed man -> Attack, null. 'poignardé à mort un imam' -> killed 1 (no number word; a reader could leave it null, holdout26 Zhetysai)."),
E(14, ["quelque 1 500 personnes ont défilé dans le centre d'Och"],
  "PP", "2026-05-18", "day", "Osh", "KG", None, None, None, None, None, False,
  "'Lundi' vs Thursday 21 May -> 18 May. A march with a demand ('réclamer davantage de policiers') that ended 'sans incident' -> Peaceful protest. '1 500 personnes' are participants; '15 millions', '90 %', '1 million de soms', '20 ans de prison' are not casualties."),
]

# -------------------------------------------------------------- holdout28-015
ARTICLES.append(A(15, "en", "article", "2026-05-22T17:00:00Z",
"Central Asia roundup: Osh suspects remanded; clash on Tajik border; Andijan traders protest",
"""
(Central Asia Wire) - A weekly digest of security news from the region.

KYRGYZSTAN - A district court in Osh on Friday remanded in custody for two months the four people arrested in Uzgen last Saturday over the twin suicide bombing that killed 20 people in Osh the same day, counting the two bombers. Islamic State has claimed the attack. The mother of one suspect, questioned for five hours on Tuesday, was allowed to go home. On Thursday, police detained a fifth suspect at a bus stop in Kara-Suu; officers said he had driven the bombers to Osh on the morning of the attack.

Elsewhere, in Tajikistan, border guards exchanged fire with a group of drug smugglers near Isfara on Wednesday night, killing one of them, the border service said. About 40 kg of hashish was seized.

Elsewhere, in Uzbekistan, several hundred traders protested on Thursday outside the regional administration in Andijan against a new 12% market tax. Police dispersed them and detained 15 people, who were released the same evening.

Also in Uzbekistan, parliament on Wednesday approved a bill that raises the maximum sentence for "financing terrorism" to 15 years and creates a register of 3,000 "at-risk" young people.

KAZAKHSTAN - Organisers said 12,000 runners took part in a charity marathon in Taraz on Sunday in memory of the Osh victims; the race raised 9 million tenge for their families.

Next week's digest will appear on Friday 29 May.
"""))
GOLD += [
E(15, ["the twin suicide bombing that killed 20 people in Osh"],
  "SUI", "2026-05-16", "day", "Osh", "KG", 20, None, "exact", "Islamic State", "Islamic State", False,
  "'the same day' as 'last Saturday' vs Friday 22 May -> 16 May. 'Islamic State has claimed the attack' -> claimant and perpetrator. 'killed 20 people ... counting the two bombers' -> 20 (inside), exact; no injured figure -> null."),
E(15, ["the four people arrested in Uzgen last Saturday"],
  "ARR", "2026-05-16", "day", "Uzgen", "KG", None, None, None, "police", None, False,
  "'last Saturday' vs Friday 22 May -> 16 May. Told through the remand (Friday 22 May): the arrest's follow-up, coded once at its place and day (holdout26). GKNB in holdout28-012 -> 'police'. The mother 'questioned ... allowed to go home' is not arrested; 'two months' and 'five hours' are spans."),
E(15, ["police detained a fifth suspect at a bus stop in Kara-Suu"],
  "ARR", "2026-05-21", "day", "Kara-Suu", "KG", None, None, None, "police", None, False,
  "'On Thursday' vs Friday 22 May -> 21 May. Police. A bus stop in the town -> Kara-Suu."),
E(15, ["border guards exchanged fire with a group of drug smugglers near Isfara"],
  "BAT", "2026-05-20", "day", "Isfara", "TJ", 1, None, "exact", None, None, False,
  "'on Wednesday night' vs Friday 22 May -> 20 May ('Thursday night' means Thursday, dev). A roundup item is its own event (holdout3). 'exchanged fire' -> Armed clash with no clear initiator -> null. 'killing one of them' -> 1, exact. 'About 40 kg of hashish' is a seizure, not a casualty."),
E(15, ["several hundred traders protested on Thursday outside the regional administration in Andijan"],
  "PI", "2026-05-21", "day", "Andijan", "UZ", None, None, None, None, None, False,
  "'on Thursday' vs Friday 22 May -> 21 May. A protest dispersed by police -> Protest with intervention. '12%' is a tax rate; 'several hundred' are participants."),
E(15, ["detained 15 people, who were released the same evening"],
  "ARR", "2026-05-21", "day", "Andijan", "UZ", None, None, None, "police", None, False,
  "Arrests of protesters reported on their own are an Arrests event (dev-008); a release the same evening does not undo it (holdout26 fr 021). '15 people' are arrestees. The Uzbek bill ('15 years', '3,000'), the Taraz marathon ('12,000 runners', '9 million tenge') and 'Friday 29 May' are not events."),
]
