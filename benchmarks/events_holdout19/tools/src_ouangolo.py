"""Authoring source of benchmarks/events_holdout19 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ouangolodougou, Côte d'Ivoire cluster (holdout19-011 to 015, all
English), two suicide bombers on Sunday 9 August 2026 at two sites of one
town (the Sunday market and the motorcycle-taxi rank, about 500 m apart,
about seven minutes apart): a wire dispatch with a dateline and an Ansarul
Islam "could be involved" (011), a next-day report with the revised toll, a
road blockade cleared with tear gas and arrests (012), the JNIM claim and an
Ansarul Islam denial (013), a TV transcript with arrests and a facilitator
(014) and a weekly magazine's analysis dense with older attacks (015)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout19")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout19-011
ARTICLES.append(A(11, "en", "article", "2026-08-09T16:00:00Z",
"Twin suicide blasts kill at least 11 in northern Ivory Coast",
"""
OUANGOLODOUGOU, Ivory Coast - Two suicide bombers struck a crowded Sunday market and a motorcycle-taxi rank in this northern border town on Sunday morning, killing at least 11 people and wounding a score of others, local officials and witnesses said.

The first bomber, a man aged about 30, detonated his explosives at around 10:40 a.m. near the stalls of grain sellers, a market trader said. Some seven minutes later, a second man on a motorcycle blew himself up at the taxi rank about 500 metres away, where drivers were carrying the wounded.

"We have eleven bodies at the health centre," a nurse said by telephone. The most serious cases were being driven to Ferkessédougou, 60 km to the south, in four ambulances and several private cars.

No group immediately claimed the attack, the first suicide bombing in the country's north. An army officer said Ansarul Islam, a group active across the border in Burkina Faso, "could be involved", but gave no evidence.

Separately, gunmen abducted two gold miners near Kaouara on Saturday night, a local official said. Their families have been asked for a ransom of 10 million CFA francs.

Ouangolodougou, a town of about 40,000 people on the main road and railway to Burkina Faso, handles much of the trade between the Ivorian ports and the Sahel. Authorities closed the market and banned motorcycle traffic for 48 hours.
"""))
GOLD += [
E(11, ["Two suicide bombers struck a crowded Sunday market and a motorcycle-taxi rank", "the attack, the first suicide bombing in the country's north"],
  "SUI", "2026-08-09", "day", "Ouangolodougou", "CI", 11, 20, "at_least", None, None, False,
  "'on Sunday morning' = publication day, Sunday 9 August. Two bombers at two sites of one town (the market and the taxi rank, about 500 m apart), about seven minutes apart -> ONE Suicide bomb event. 'killing at least 11 people and wounding a score of others' -> 11 (at_least), 20 injured (a score; the qualifier describes killed). Ansarul Islam 'could be involved' is speculation -> null. 'aged about 30' (an age), '10:40 a.m.', 'seven minutes', '500 metres', 'eleven bodies' (the same eleven), '60 km', 'four ambulances', '40,000 people', '48 hours' are not casualties."),
E(11, ["gunmen abducted two gold miners near Kaouara"],
  "ABD", "2026-08-08", "day", "Kaouara", "CI", None, None, None, None, None, False,
  "'on Saturday night' vs Sunday 9 August -> Saturday 8 August. Unnamed gunmen -> null. 'two gold miners' are abductees; '10 million CFA francs' is ransom money."),
]

# -------------------------------------------------------------- holdout19-012
ARTICLES.append(A(12, "en", "article", "2026-08-10T18:00:00Z",
"Ouangolodougou bombing toll rises to 19; youths block highway",
"""
The death toll from Sunday's twin suicide bombing in Ouangolodougou has risen sharply. The interior minister said on Monday that 17 people had died, excluding the two bombers, and 58 were wounded, 14 of them seriously.

On Sunday afternoon officials had spoken of 11 dead. By nightfall the health centre had received 15 bodies, and two of the wounded died overnight at the regional hospital in Ferkessédougou, the minister told reporters after visiting the town.

Among the dead were a 63-year-old imam who had stopped to buy kola nuts, and three motorcycle-taxi drivers.

On Monday morning, dozens of young men blocked the highway to Burkina Faso with burning tyres and tree trunks, demanding that the army return to a base it left in 2024. Police fired tear gas to clear the road at around 9 a.m., and about 200 lorries that had been stuck for three hours were able to move on. No injuries were reported.

Police arrested five suspects at a roadblock in Niellé, 35 km to the north-west, on Sunday evening. Two motorcycles and a bag of detonators were seized. More than 30 other people were questioned and later released.

Late on Sunday, gunmen opened fire on an army patrol near Kaouara, wounding one soldier, the army said. The attackers fled towards the border.

The government declared three days of national mourning and promised 2 million CFA francs to each bereaved family. The first burials took place on Sunday evening.

No group had claimed the attack by Monday evening.
"""))
GOLD += [
E(12, ["Sunday's twin suicide bombing in Ouangolodougou", "the attack"],
  "SUI", "2026-08-09", "day", "Ouangolodougou", "CI", 19, 58, "exact", None, None, False,
  "'Sunday's' vs Monday 10 August -> 9 August. Two sites of one town -> one event. Revised toll inside the report: '11 dead' -> '15 bodies' -> two more died overnight -> '17 people had died, excluding the two bombers' -> 17 + 2 = 19 (events_holdout13 'excluding' adds the bombers; the title's 'rises to 19' says the same), exact. '58 were wounded' -> 58; '14 of them seriously' is a subset. No claim -> null. '63-year-old' is an age; 'three days', '2 million CFA francs' are not casualties; burials are not coded."),
E(12, ["dozens of young men blocked the highway to Burkina Faso with burning tyres and tree trunks"],
  "PI", "2026-08-10", "day", "Ouangolodougou", "CI", None, None, None, None, None, False,
  "'On Monday morning' = publication day, 10 August. A road blockade with burning tyres cleared with tear gas -> Protest with intervention (events_holdout12 to 17); null actor (protests). 'dozens of young men' are participants; 'No injuries were reported' -> null, not 0 (events_holdout17 Mandélia); 'in 2024', '9 a.m.', '200 lorries', 'three hours' are not casualties."),
E(12, ["Police arrested five suspects at a roadblock in Niellé"],
  "ARR", "2026-08-09", "day", "Niellé", "CI", None, None, None, "police", None, False,
  "'on Sunday evening' vs Monday 10 August -> 9 August. Police -> 'police'. The motorcycles and detonators belong to the arrest; '35 km' is a distance. 'More than 30 other people were questioned and later released' are not arrests."),
E(12, ["gunmen opened fire on an army patrol near Kaouara"],
  "BAT", "2026-08-09", "day", "Kaouara", "CI", None, 1, "exact", None, None, False,
  "'Late on Sunday' vs Monday 10 August -> 9 August ('late on' a day means that day). Unnamed gunmen attacking an army patrol -> Armed clash with a null initiator (events_holdout16/17). 'wounding one soldier' -> 1 injured. Kaouara is also the place of 011's abduction, a different event."),
]

# -------------------------------------------------------------- holdout19-013
ARTICLES.append(A(13, "en", "article", "2026-08-12T10:00:00Z",
"JNIM claims Ouangolodougou attack; Ansarul Islam denies involvement",
"""
The al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) has claimed responsibility for Sunday's attack in Ouangolodougou, in a statement released on Tuesday by its media arm.

The statement said two "knights of martyrdom" had carried out the operation and had killed "more than 70 soldiers and infidels". Ivorian officials rejected the figure as propaganda and said 20 people had died, counting the two bombers, after a market porter died of his wounds on Tuesday. A government spokesman did not question the authenticity of the claim.

Ansarul Islam, which an army officer had said could be involved, denied any part in the attack in a message sent to journalists in Ouagadougou. "We have nothing to do with Ouangolodougou," it said.

JNIM, whose fighters operate in southern Burkina Faso and Mali, has struck in Ivory Coast before. In 2022, it claimed an ambush on a gendarmerie patrol near Kong, in which four gendarmes were killed, and in March 2024 its fighters abducted two cattle traders near Sikolo.

Security analysts said the claim, which came two days after the bombing, confirmed fears that the group was trying to push south towards the Gulf of Guinea. "The north has 700 kilometres of border with Burkina Faso and Mali, and there are not enough troops to watch it," said one analyst in Abidjan.

Authorities have set up a hotline, 1 399, and offered a reward of 25 million CFA francs for information leading to the bombers' accomplices.
"""))
GOLD += [
E(13, ["Sunday's attack in Ouangolodougou"],
  "SUI", "2026-08-09", "day", "Ouangolodougou", "CI", 20, None, "exact", "JNIM", "JNIM", False,
  "A claim published three days later that names the attack by its place and day: 'Sunday's' vs Wednesday 12 August -> 9 August; the text says 'knights of martyrdom' and 'bombers', never 'suicide bombing'. 'Group for the Support of Islam and Muslims (JNIM) has claimed responsibility' -> claimant and perpetrator 'JNIM'. The officials reject the figure ('more than 70', not used) but not the authorship. '20 people had died, counting the two bombers' -> 20 (inside), exact; the porter who died on Tuesday raised it. Ansarul Islam's denial is not a claim."),
E(13, ["it claimed an ambush on a gendarmerie patrol near Kong"],
  "BAT", "2022-01-01", "year", "Kong", "CI", 4, None, "exact", "JNIM", "JNIM", True,
  "'In 2022' -> year, background. An ambush by a named group -> Armed clash initiated by it; claimed -> claimant and perpetrator 'JNIM'. 'four gendarmes were killed' -> 4. 'two days', '700 kilometres', '1 399' (a hotline), '25 million CFA francs' are not casualties."),
E(13, ["its fighters abducted two cattle traders near Sikolo"],
  "ABD", "2024-03-01", "month", "Sikolo", "CI", None, None, None, "JNIM", None, True,
  "'in March 2024' -> month, background. 'its fighters' = JNIM's, stated as fact -> perpetrator 'JNIM'; the claim in the sentence covers the 2022 ambush only -> claimed_by null (a reader could carry the claim over). 'two cattle traders' are abductees."),
]

# -------------------------------------------------------------- holdout19-014
ARTICLES.append(A(14, "en", "transcript", "2026-08-14T19:00:00Z",
"Evening News, Savanes TV English service: arrests after the Ouangolodougou bombing",
"""
ANCHOR: Good evening. Five days after the twin suicide bombing in Ouangolodougou, the army says it has arrested nine suspects. Our reporter Awa Koné is in the town. Awa, what do we know?

REPORTER: Good evening. Troops arrested nine suspects in a sweep of farming hamlets near Diawala on Wednesday, the army says. They are aged between 18 and 50, and four motorcycles were seized. Separately, a motorcycle-taxi driver, 27, was arrested by police in Ferkessédougou on Thursday. Investigators believe he drove the second bomber to the taxi rank and was paid 150,000 CFA francs.

ANCHOR: And the toll?

REPORTER: It has risen again. A woman who was wounded at the market died on Wednesday, so the official figure is now 21 dead with the two bombers. JNIM, which claimed the attack, has not commented on the arrests. About 80 people have also been questioned and released. The police are keen to say that questioning is not an arrest.

ANCHOR: With us in the studio is Dr. Yacouba Ouattara, who teaches security studies in Bouaké. Doctor, was this a surprise?

GUEST: Not entirely. Three years ago a roadside bomb killed two soldiers near M'Bengué, and nobody remembers it. What is new is the method: two bombers, one after the other, so that the second catches the people who come to help.

ANCHOR: Thank you. Viewers with information can call 1 399, free of charge. After the break, the weather and the football.
"""))
GOLD += [
E(14, ["the twin suicide bombing in Ouangolodougou", "JNIM, which claimed the attack"],
  "SUI", "2026-08-09", "day", "Ouangolodougou", "CI", 21, None, "exact", "JNIM", "JNIM", False,
  "'Five days after' a programme of Friday 14 August -> Sunday 9 August (the cluster's day, current). 'the official figure is now 21 dead with the two bombers' -> 21 (inside), exact; the woman who died on Wednesday raised it. 'JNIM, which claimed the attack' -> claimant and perpetrator."),
E(14, ["Troops arrested nine suspects in a sweep of farming hamlets near Diawala"],
  "ARR", "2026-08-12", "day", "Diawala", "CI", None, None, None, "military", None, False,
  "'on Wednesday' vs Friday 14 August -> 12 August. Troops -> 'military'. 'aged between 18 and 50' is an age range; the four motorcycles belong to the arrest. Hamlets near a town -> the town."),
E(14, ["a motorcycle-taxi driver, 27, was arrested by police in Ferkessédougou"],
  "ARR", "2026-08-13", "day", "Ferkessédougou", "CI", None, None, None, "police", None, False,
  "'on Thursday' vs Friday 14 August -> 13 August. The suspected facilitator. Police -> 'police'. '27' is an age; '150,000 CFA francs' money. Ferkessédougou is also the hospital town of 011/012 (no event there). 'About 80 people have also been questioned and released' are not arrests."),
E(14, ["a roadside bomb killed two soldiers near M'Bengué"],
  "IED", "2023-01-01", "year", "M'Bengué", "CI", 2, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. No actor -> null. 'killed two soldiers' -> 2. '1 399' is a phone number."),
]

# -------------------------------------------------------------- holdout19-015
ARTICLES.append(A(15, "en", "article", "2026-08-28T06:00:00Z",
"The Week. Ivory Coast's north: the warnings nobody read",
"""
On August 9, two suicide bombers struck Ouangolodougou seven minutes apart, first at the Sunday market and then at the motorcycle-taxi rank where the wounded were being loaded. Twenty-one people died, the bombers included, and dozens were wounded. JNIM claimed the attack two days later.

In Abidjan, the bombing was described as a bolt from the blue. In the north, few were surprised. A look back at the signs.

In June 2020, gunmen attacked a customs post near Doropo, on the border with Burkina Faso, killing two customs officers. The attackers fled across the border.

In January 2024, a makeshift bomb wounded five soldiers near Bouna, on a track used by cattle herders. Nobody claimed it.

In 2023, police arrested a suspected recruiter in Sinématiali who had sent about a dozen young men to training camps in Burkina Faso, according to prosecutors.

Last October, gunmen abducted a village chief near Tengréla. He was freed after 19 days, reportedly for 5 million CFA francs.

Each incident made a few lines in the papers. Yet the government has spent heavily on the north: a social programme worth 100 billion CFA francs since 2022, new roads and 3,000 extra troops. Officials argue that it has kept recruitment low; attacks fell by 60 percent between 2021 and 2025.

The Ouangolodougou bombing shows the limits of that argument. Markets, taxi ranks and bus stations cannot be turned into barracks, and two young men with explosive vests need no base. The army has promised 12 new posts along the border by December. The traders of Ouangolodougou would settle for a fence and a gate at the market.
"""))
GOLD += [
E(15, ["two suicide bombers struck Ouangolodougou", "The Ouangolodougou bombing", "JNIM claimed the attack"],
  "SUI", "2026-08-09", "day", "Ouangolodougou", "CI", 21, 12, "exact", "JNIM", "JNIM", False,
  "'On August 9' -> 9 August (19 days before Friday 28 August -> current). Two sites, seven minutes apart -> one event. 'Twenty-one people died, the bombers included' -> 21 (inside), exact; 'dozens were wounded' -> 12 (dev table; the qualifier describes the exact killed figure). 'JNIM claimed the attack' -> claimant and perpetrator."),
E(15, ["gunmen attacked a customs post near Doropo"],
  "BAT", "2020-06-01", "month", "Doropo", "CI", 2, None, "exact", None, None, True,
  "'In June 2020' -> month, background. Unnamed gunmen attacking a post -> Armed clash with a null initiator (events_holdout16/17). 'killing two customs officers' -> 2. A reader could code Attack."),
E(15, ["a makeshift bomb wounded five soldiers near Bouna"],
  "IED", "2024-01-01", "month", "Bouna", "CI", None, 5, "exact", None, None, True,
  "'In January 2024' -> month, background. 'Nobody claimed it' -> null. 'wounded five soldiers' -> 5 injured (injured-only, exact). A track near a town -> the town."),
E(15, ["police arrested a suspected recruiter in Sinématiali"],
  "ARR", "2023-01-01", "year", "Sinématiali", "CI", None, None, None, "police", None, True,
  "'In 2023' -> year, background. Police -> 'police'. 'about a dozen young men' are recruits, not casualties."),
E(15, ["gunmen abducted a village chief near Tengréla"],
  "ABD", "2025-10-01", "month", "Tengréla", "CI", None, None, None, None, None, True,
  "'Last October' vs August 2026 -> October 2025, month, background. Unnamed gunmen -> null. '19 days', '5 million CFA francs', '100 billion CFA francs', 'since 2022', '3,000 extra troops', '60 percent', '12 new posts' are not casualties."),
]

# -------------------------------------------------------------- holdout19-022
ARTICLES.append(A(22, "fr", "article", "2026-08-09T20:30:00Z",
"EN DIRECT. Double attentat-suicide à Ouangolodougou : le bilan s'alourdit",
"""
Suivez en direct les dernières informations sur le double attentat-suicide de Ouangolodougou, dans le nord du pays. Les entrées les plus récentes sont en haut de page. Heures d'Abidjan (GMT).

20 h 15 - Arrivé dans la soirée, le ministre de l'Intérieur annonce un nouveau bilan : 15 morts, sans compter les deux kamikazes, et 52 blessés. Il promet « une traque sans relâche » et annonce l'envoi de 400 gendarmes.

19 h 05 - La police a interpellé cinq suspects à un barrage à Niellé, à 35 kilomètres au nord-ouest, selon une source policière. Deux motos ont été saisies.

17 h 40 - Le centre de santé dit avoir reçu 13 corps. Une vingtaine de blessés graves sont en route vers Ferkessédougou, à 60 kilomètres.

16 h 20 - Par ailleurs, des hommes armés ont enlevé deux orpailleurs samedi soir près de Kaouara, selon un responsable local joint par téléphone.

14 h 30 - Un officier de l'armée estime qu'Ansarul Islam, actif au Burkina Faso voisin, « pourrait être impliqué ». Aucune revendication à ce stade.

13 h 00 - Le gouvernement condamne « un acte lâche et barbare » et convoque un conseil national de sécurité pour 18 heures.

12 h 10 - Premier bilan : au moins onze morts, selon le personnel soignant. Le marché est bouclé par la gendarmerie et la circulation des motos interdite pour 48 heures.

11 h 05 - Deux explosions ont retenti à Ouangolodougou, près de la frontière burkinabè. Selon des témoins, un kamikaze s'est fait exploser au marché du dimanche vers 10 h 40, puis un second à la gare des motos-taxis, à environ 500 mètres, sept minutes plus tard.
"""))
GOLD += [
E(22, ["double attentat-suicide de Ouangolodougou", "Deux explosions ont retenti à Ouangolodougou"],
  "SUI", "2026-08-09", "day", "Ouangolodougou", "CI", 17, 52, "exact", None, None, False,
  "A live page of Sunday 9 August, the day of the attack. Two sites of one town, seven minutes apart -> one event. Newest-first live page -> the top entry is the final figure (events_holdout5): 'au moins onze morts' (12 h 10) -> '13 corps' (17 h 40) -> '15 morts, sans compter les deux kamikazes, et 52 blessés' (20 h 15) -> 15 + 2 = 17 ('sans compter' adds the bombers), 52, exact. Ansarul Islam « pourrait être impliqué » is speculation -> null. 'Une vingtaine de blessés graves' is a subset; '400 gendarmes', '60 kilomètres', '18 heures', '48 heures', '10 h 40', '500 mètres', 'sept minutes' and the time stamps are not casualties."),
E(22, ["La police a interpellé cinq suspects à un barrage à Niellé"],
  "ARR", "2026-08-09", "day", "Niellé", "CI", None, None, None, "police", None, False,
  "Entry of 19 h 05 on Sunday 9 August -> 9 August. Police -> 'police'. The motorcycles belong to the arrest; '35 kilomètres' is a distance. The same arrest as 012's (each document stands alone)."),
E(22, ["des hommes armés ont enlevé deux orpailleurs samedi soir près de Kaouara"],
  "ABD", "2026-08-08", "day", "Kaouara", "CI", None, None, None, None, None, False,
  "'samedi soir' vs Sunday 9 August -> 8 August. Unnamed 'hommes armés' -> null. 'deux orpailleurs' are abductees. The same abduction as 011's."),
]
