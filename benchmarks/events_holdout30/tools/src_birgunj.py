"""Authoring source of benchmarks/events_holdout30 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Birgunj, Nepal cluster (holdout30-006 to 011; English and French),
two suicide bombers on Tuesday 14 April 2026, the Nepali New Year, at two
sites of one town (the Ghantaghar clock-tower square and the Adarsha Nagar
bus park, about 700 m and five minutes apart): an English wire's first
report (006), a French international outlet's next-day story with a revised
toll and an arrest (fr 007), a Home Ministry press release numbered by
point with the claim judged credible (008), a "What we know so far"
explainer with bullet points (009), a letters page (010) and a French TV
transcript with a silent march and an arrest across the border in India
(fr 011). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout30")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout30-006
ARTICLES.append(A(6, "en", "article", "2026-04-14T12:30:00Z",
"Suicide bombers strike New Year crowds in Nepal border city",
"""
BIRGUNJ, Nepal (South Asia Wire) - At least 11 people were killed and dozens wounded on Tuesday when two suicide bombers blew themselves up among New Year crowds in Birgunj, Nepal's main trading city on the Indian border, police said.

The first bomber struck at about 10:20 a.m. in the square around the Ghantaghar clock tower, where families had gathered to mark the first day of the year 2083 in the Bikram Sambat calendar. The second detonated his explosives five minutes later at the Adarsha Nagar bus park, about 700 metres away, as people ran from the square.

"We counted eleven bodies in the first hour," said a nurse at Narayani Hospital, which has 200 beds and asked for blood of all groups. Two patients were sent to Kathmandu, 135 km to the north, by helicopter.

No group claimed the attack. A senior police officer in Parsa district said fighters loyal to Islamic State's Khorasan branch "may have been" behind it but added that it was "far too early" to say. The border crossing to Raxaul, which handles about 40 percent of Nepal's trade, was closed for six hours and reopened at 4 p.m.

Nepal has rarely seen such violence since the end of its civil war in 2006. In September 2019, a small bomb hidden under a seat at a cinema in Nepalgunj wounded four people; nobody was ever charged.

Prime ministerial aides said the cabinet would meet in an emergency session on Tuesday evening.
"""))
GOLD += [
E(6, ["two suicide bombers blew themselves up among New Year crowds in Birgunj"],
  "SUI", "2026-04-14", "day", "Birgunj", "NP", 11, 12, "at_least", None, None, False,
  "'on Tuesday' = publication day, 14 April. Two sites of one town (the Ghantaghar square and the Adarsha Nagar bus park, about 700 m and five minutes apart) -> ONE Suicide bomb event. 'At least 11 ... killed and dozens wounded' -> 11 at_least, 'dozens' -> 12 (at_least); the nurse's 'eleven bodies' is the same figure. 'No group claimed'; the officer's 'may have been' is speculation -> null. '10:20 a.m.', 'the year 2083', 'five minutes', '700 metres', '200 beds', 'Two patients' sent by helicopter, '135 km', '40 percent', 'six hours', '4 p.m.', '2006' are not casualties."),
E(6, ["a small bomb hidden under a seat at a cinema in Nepalgunj wounded four people"],
  "IED", "2019-09-01", "month", "Nepalgunj", "NP", None, 4, "exact", None, None, True,
  "'In September 2019' -> month, background. A hidden bomb -> Remote explosive/landmine/IED, null actor. Injured 4, exact; killed null."),
]

# -------------------------------------------------------------- holdout30-007
ARTICLES.append(A(7, "fr", "article", "2026-04-15T09:00:00Z",
"Népal : le bilan du double attentat-suicide de Birgunj s'alourdit",
"""
Le bilan du double attentat-suicide qui a frappé mardi Birgunj, grande ville commerçante du sud du Népal, s'est nettement alourdi. Mardi soir, la police faisait état de onze morts. Mercredi matin, le ministère de l'Intérieur a annoncé dix-neuf morts, sans compter les deux kamikazes, et entre 40 et 50 blessés, dont huit dans un état critique.

Les deux hommes se sont fait exploser à cinq minutes d'intervalle, au pied de la tour de l'horloge puis dans la gare routière, alors que la ville célébrait le Nouvel An népalais. Parmi les victimes figurent une fillette de 6 ans et un marchand de tissus de 58 ans.

Aucune revendication n'a encore été publiée. Selon un haut responsable de la police, l'État islamique « pourrait être derrière » l'attaque, ce qui serait une première dans ce pays de 30 millions d'habitants.

Trois suspects ont été interpellés dans la nuit de mardi à mercredi à Kalaiya, à une trentaine de kilomètres à l'est, par la police népalaise, qui a saisi dans une maison deux motos et des sacs d'engrais. Des dizaines d'habitants du quartier de la gare routière ont été interrogés mercredi, sans être placés en détention.

Le Népal avait jusqu'ici été épargné par les attentats-suicides. Il y a sept ans, une bombe artisanale posée devant un bureau de poste de Janakpur avait tué deux passants, un attentat attribué à un petit groupe séparatiste qui ne l'a jamais revendiqué.

La frontière avec l'Inde, fermée pendant six heures mardi, a rouvert. Les commerçants de Birgunj ont décidé de garder leurs boutiques fermées trois jours en signe de deuil.
"""))
GOLD += [
E(7, ["double attentat-suicide qui a frappé mardi Birgunj"],
  "SUI", "2026-04-14", "day", "Birgunj", "NP", 21, 40, "exact", None, None, False,
  "'mardi' vs Wednesday 15 April -> 14 April. Revised toll: 'onze morts' (Tuesday) -> « dix-neuf morts, sans compter les deux kamikazes, et entre 40 et 50 blessés » -> 19 + 2 bombers = 21, exact; the range 'entre 40 et 50' -> injured 40 (lower bound), and the qualifier describes the killed figure -> exact. 'dont huit dans un état critique' is a subset. No claim; « pourrait être derrière » is speculation -> null. '6 ans', '58 ans', 'cinq minutes', '30 millions', 'six heures', 'trois jours' are not casualties."),
E(7, ["Trois suspects ont été interpellés dans la nuit de mardi à mercredi à Kalaiya"],
  "ARR", "2026-04-14", "day", "Kalaiya", "NP", None, None, None, "police", None, False,
  "'dans la nuit de mardi à mercredi' vs Wednesday 15 April -> dated at the night's start, Tuesday 14 April. Nepal Police -> 'police'. 'une trentaine de kilomètres', 'deux motos' are not casualties. « Des dizaines d'habitants ... interrogés ... sans être placés en détention » are not arrested."),
E(7, ["une bombe artisanale posée devant un bureau de poste de Janakpur avait tué deux passants"],
  "IED", "2019-01-01", "year", "Janakpur", "NP", 2, None, "exact", None, None, True,
  "'Il y a sept ans' vs 2026 -> 2019, year, background. A planted homemade bomb -> IED. 'attribué à un petit groupe séparatiste' that is unnamed and never claimed it -> null. 'tué deux passants' -> 2, exact."),
]

# -------------------------------------------------------------- holdout30-008
ARTICLES.append(A(8, "en", "article", "2026-04-16T10:00:00Z",
"Home Ministry statement on the Birgunj attacks",
"""
Government of Nepal, Ministry of Home Affairs. Press release, Singha Durbar, Kathmandu.

Subject: Update on the suicide attacks in Birgunj of 14 April 2026 (Baisakh 1, 2083).

1. The Ministry expresses its deep sorrow at the suicide attacks carried out in Birgunj, Parsa district, on 14 April. As of 8 a.m. today, 23 persons, including the two attackers, have lost their lives and 47 persons are receiving treatment for injuries.

2. The Ministry has taken note of the claim of responsibility issued on 15 April by the so-called Islamic State Khorasan Province. The evidence gathered so far indicates that the claim is credible.

3. Nepal Police and the Armed Police Force have arrested five persons in connection with the attacks: three in Kalaiya, Bara district, on the night of 14 April, and two in Hetauda, Makwanpur district, on 15 April. A further 31 persons were questioned and released.

4. On 15 April, a Nepal Police bomb disposal team recovered and defused an unexploded suicide vest containing about 6 kilograms of explosives in a guesthouse room in Birgunj rented by one of the attackers.

5. The Government will provide NPR 1,000,000 to the family of each deceased person and free treatment to all the injured. A reward of NPR 500,000 is announced for information leading to further arrests.

6. Security has been tightened at all 27 border crossings with India. The public is requested to report suspicious activity on the toll-free number 1114.

7. The Ministry appeals to all to maintain calm and to avoid sharing unverified videos.

Spokesperson, Ministry of Home Affairs
"""))
GOLD += [
E(8, ["the suicide attacks in Birgunj of 14 April 2026", "the suicide attacks carried out in Birgunj"],
  "SUI", "2026-04-14", "day", "Birgunj", "NP", 23, 47, "exact", "Islamic State", "Islamic State", False,
  "'of 14 April 2026' (the heading names the bombing: a trigger, events_holdout27). Point 1: '23 persons, including the two attackers' (inside), '47 persons ... injuries' -> 23, 47, exact. Point 2: the claim of Islamic State Khorasan Province is judged 'credible' -> claimant and perpetrator 'Islamic State' (every branch except ISWAP). 'Baisakh 1, 2083', '8 a.m.', 'NPR 1,000,000', 'NPR 500,000', '27 border crossings', '1114' and the point numbers are not casualties."),
E(8, ["three in Kalaiya, Bara district, on the night of 14 April"],
  "ARR", "2026-04-14", "day", "Kalaiya", "NP", None, None, None, "police", None, False,
  "'on the night of 14 April' -> 14 April. Nepal Police and the Armed Police Force -> 'police'. One arrest event per place and day: Kalaiya and Hetauda are separate. '31 persons were questioned and released' are not arrested."),
E(8, ["two in Hetauda, Makwanpur district, on 15 April"],
  "ARR", "2026-04-15", "day", "Hetauda", "NP", None, None, None, "police", None, False,
  "'on 15 April'. Police -> 'police'."),
E(8, ["recovered and defused an unexploded suicide vest"],
  "DWU", "2026-04-15", "day", "Birgunj", "NP", None, None, None, "police", None, False,
  "'On 15 April'. A vest recovered and defused on its own, with no arrest -> Disrupted weapons use; a Nepal Police bomb disposal team -> 'police'. 'about 6 kilograms' is a weight."),
]

# -------------------------------------------------------------- holdout30-009
ARTICLES.append(A(9, "en", "article", "2026-04-17T08:00:00Z",
"Birgunj bombings: what we know so far",
"""
Three days after two suicide bombers struck Birgunj on New Year's Day, here is what we know so far.

What happened?
- On Tuesday 14 April, a man blew himself up in the crowded square around the Ghantaghar clock tower at about 10:20 a.m. A second man set off his explosives five minutes later at the Adarsha Nagar bus park, roughly 700 metres away.

How many people died?
- 24, including the two bombers, after a 71-year-old woman died of her wounds on Thursday. 47 people were injured; nine are still in intensive care.

Who is behind it?
- Islamic State's Khorasan branch took credit on Wednesday in a statement carried by its Amaq agency. The Home Ministry calls the claim credible. A banned Maoist splinter group that was blamed on social media denied any role.

Who has been arrested?
- Three men in Kalaiya on Tuesday night and two in Hetauda on Wednesday.
- On Thursday, police in Janakpur arrested a 48-year-old hotel owner suspected of sheltering the two bombers for 10 nights and of buying their phones. Investigators call him the cell's facilitator.
- 31 other people were questioned and released.

How has Birgunj reacted?
- About 300 traders held a sit-in at the clock tower on Thursday to demand compensation for damaged shops. It ended peacefully after two hours.

Has Nepal seen this before?
- Not on this scale. In September 2019, a bomb at a cinema in Nepalgunj wounded four people. In 2023, army bomb-disposal experts defused a pressure-cooker bomb outside a bank in Biratnagar.

What happens next?
- The border with India is open again. The government has offered NPR 500,000 for information; the hotline is 1114.
"""))
GOLD += [
E(9, ["two suicide bombers struck Birgunj on New Year's Day"],
  "SUI", "2026-04-14", "day", "Birgunj", "NP", 24, 47, "exact", "Islamic State", "Islamic State", False,
  "'On Tuesday 14 April' (3 days before Friday 17 April). '24, including the two bombers' (the woman who died on Thursday is inside), '47 people were injured' -> 24, 47, exact; 'nine ... in intensive care' is a subset. 'Islamic State's Khorasan branch took credit' and the ministry judges it credible -> claimant and perpetrator; the Maoist splinter group only denies. Question headings are not triggers (events_holdout29). '10:20 a.m.', 'five minutes', '700 metres', '71-year-old' are not casualties."),
E(9, ["Three men in Kalaiya on Tuesday night"],
  "ARR", "2026-04-14", "day", "Kalaiya", "NP", None, None, None, "police", None, False,
  "'on Tuesday night' vs Friday 17 April -> 14 April. Restated arrest; police in holdout30-007 and 008 -> 'police'."),
E(9, ["two in Hetauda on Wednesday"],
  "ARR", "2026-04-15", "day", "Hetauda", "NP", None, None, None, "police", None, False,
  "'on Wednesday' vs Friday 17 April -> 15 April. Restated arrest (holdout30-008) -> 'police'."),
E(9, ["police in Janakpur arrested a 48-year-old hotel owner"],
  "ARR", "2026-04-16", "day", "Janakpur", "NP", None, None, None, "police", None, False,
  "'On Thursday' vs Friday 17 April -> 16 April. Police -> 'police'. The suspected facilitator. '48-year-old', '10 nights' are not casualties. '31 other people were questioned and released' are not arrested."),
E(9, ["About 300 traders held a sit-in at the clock tower"],
  "PP", "2026-04-16", "day", "Birgunj", "NP", None, None, None, None, None, False,
  "'on Thursday' vs Friday 17 April -> 16 April. A sit-in with a demand that ends peacefully -> Peaceful protest, null actor. 'About 300' are protesters, 'two hours' a span. At the Ghantaghar clock tower in Birgunj -> Birgunj."),
E(9, ["a bomb at a cinema in Nepalgunj wounded four people"],
  "IED", "2019-09-01", "month", "Nepalgunj", "NP", None, 4, "exact", None, None, True,
  "'In September 2019' -> month, background (the cinema bomb of holdout30-006). IED, null actor; injured 4, exact."),
E(9, ["army bomb-disposal experts defused a pressure-cooker bomb outside a bank in Biratnagar"],
  "DWU", "2023-01-01", "year", "Biratnagar", "NP", None, None, None, "military", None, True,
  "'In 2023' -> year, background. A bomb defused on its own -> Disrupted weapons use; Nepal Army experts -> 'military'."),
]

# -------------------------------------------------------------- holdout30-010
ARTICLES.append(A(10, "en", "article", "2026-04-22T05:00:00Z",
"Letters to the Editor: After Birgunj",
"""
Sir, - The Birgunj bombings of 14 April killed 24 people, including the two bombers, and I lost a cousin, a 33-year-old rickshaw driver, at the bus park. Eight days later, the rickshaws are back, but the drivers now keep 20 metres away from every parked motorcycle. The government promised NPR 1,000,000 to each bereaved family. My aunt has received nothing. - R. Yadav, Birgunj-16

Sir, - Your editorial of 18 April says Nepal was "never a target". That is not so. In 2017, a bomb left at the bus park in Butwal killed a porter and hurt three passengers. Last August, police arrested two men in Bhairahawa with detonators and 4 kilograms of explosives in a rice sack; we were told the case was "minor". These warnings were ignored. - A. Gurung, Butwal

Sir, - On Saturday my nephew, a 19-year-old engineering student, was called in for questioning at the Birgunj police station and kept there for 11 hours before being sent home without charge. His only crime was to share a flat with a classmate from Hetauda. Fighting terror should not mean humiliating the young. - S. Jha, Kathmandu

Sir, - I was at the clock tower at 10:20 that morning. I want to thank the volunteers of the Red Cross, the 40 doctors who came from Kathmandu and the taxi drivers who carried the wounded without asking a rupee. The city that lost 24 people also showed its best face. - M. Khatun, Birgunj

Letters of up to 250 words may be sent to letters@example.com.np. They may be edited.
"""))
GOLD += [
E(10, ["The Birgunj bombings of 14 April"],
  "SUI", "2026-04-14", "day", "Birgunj", "NP", 24, None, "exact", None, None, False,
  "'of 14 April' (8 days before Wednesday 22 April -> current). 'killed 24 people, including the two bombers' -> 24, exact; no wounded figure -> null. No letter names a claim -> perpetrator and claimant null (each document stands alone). 'The city that lost 24 people' restates the same toll. '33-year-old', '20 metres', 'NPR 1,000,000', '19-year-old', '11 hours', '10:20', '40 doctors', '250 words' are not casualties. The nephew 'called in for questioning ... sent home without charge' is not arrested."),
E(10, ["a bomb left at the bus park in Butwal killed a porter and hurt three passengers"],
  "IED", "2017-01-01", "year", "Butwal", "NP", 1, 3, "exact", None, None, True,
  "'In 2017' -> year, background. A planted bomb -> IED, null actor. 'killed a porter' -> 1, 'hurt three' -> 3, exact."),
E(10, ["police arrested two men in Bhairahawa with detonators"],
  "ARR", "2025-08-01", "month", "Bhairahawa", "NP", None, None, None, "police", None, True,
  "'Last August' vs April 2026 -> August 2025, month, background. Police -> 'police'; the detonators and '4 kilograms of explosives' seized belong to the arrest."),
]

# -------------------------------------------------------------- holdout30-011
ARTICLES.append(A(11, "fr", "transcript", "2026-04-18T17:00:00Z",
"Asie Soir - édition du samedi 18 avril",
"""
PRÉSENTATRICE : Bonsoir à tous. Au Népal, quatre jours après le double attentat-suicide de Birgunj, la ville a rendu hommage à ses morts. Correspondant à Katmandou, Olivier Marchal est sur place. Olivier, bonsoir.

CORRESPONDANT : Bonsoir. Plusieurs milliers de personnes ont défilé en silence cet après-midi de la gare routière jusqu'à la tour de l'horloge, les deux lieux où les kamikazes se sont fait exploser mardi. Elles réclamaient que les victimes soient indemnisées. Le cortège s'est dispersé dans le calme vers 16 heures.

PRÉSENTATRICE : Où en est le bilan ?

CORRESPONDANT : Il est de vingt-quatre morts, y compris les deux kamikazes, et de quarante-sept blessés. L'attentat a été revendiqué par la branche afghane de l'État islamique, et le gouvernement juge cette revendication crédible.

PRÉSENTATRICE : L'enquête avance aussi de l'autre côté de la frontière.

CORRESPONDANT : Oui. La police indienne a arrêté hier à Raxaul, la ville jumelle de Birgunj côté indien, un électricien de 36 ans soupçonné d'avoir fourni les détonateurs. Il a été placé en garde à vue pour 14 jours. Côté népalais, un propriétaire d'hôtel a été interpellé jeudi à Janakpur ; il aurait hébergé les deux kamikazes pendant une dizaine de nuits. Sept suspects sont donc désormais détenus.

PRÉSENTATRICE : Le Népal découvre une menace nouvelle ?

CORRESPONDANT : Pas tout à fait. Il y a trois ans, des démineurs de l'armée avaient désamorcé une bombe devant une banque de Biratnagar. Mais personne ici n'imaginait des kamikazes.

PRÉSENTATRICE : Merci Olivier. Le numéro d'urgence mis en place par les autorités, le 1114, reste ouvert jour et nuit. Tout de suite, la météo.
"""))
GOLD += [
E(11, ["double attentat-suicide de Birgunj"],
  "SUI", "2026-04-14", "day", "Birgunj", "NP", 24, 47, "exact", "Islamic State", "Islamic State", False,
  "'quatre jours après' / 'mardi' vs Saturday 18 April -> 14 April. « vingt-quatre morts, y compris les deux kamikazes, et ... quarante-sept blessés » -> 24, 47, exact. « revendiqué par la branche afghane de l'État islamique » (Khorasan) judged credible -> claimant and perpetrator 'Islamic State'."),
E(11, ["Plusieurs milliers de personnes ont défilé en silence cet après-midi"],
  "PP", "2026-04-18", "day", "Birgunj", "NP", None, None, None, None, None, False,
  "'cet après-midi' = Saturday 18 April. A silent march with a demand (compensation) that disperses calmly -> Peaceful protest, null actor. 'Plusieurs milliers' are marchers; '16 heures' is a time."),
E(11, ["La police indienne a arrêté hier à Raxaul"],
  "ARR", "2026-04-17", "day", "Raxaul", "IN", None, None, None, "police", None, False,
  "'hier' vs Saturday 18 April -> 17 April. Raxaul is in India: Indian police arresting in their own country -> 'police'. '36 ans', '14 jours' are not casualties. 'Sept suspects' is a total, not an event."),
E(11, ["un propriétaire d'hôtel a été interpellé jeudi à Janakpur"],
  "ARR", "2026-04-16", "day", "Janakpur", "NP", None, None, None, "police", None, False,
  "'jeudi' vs Saturday 18 April -> 16 April. Restated arrest of the facilitator (holdout30-009, police) -> 'police'. 'une dizaine de nuits' is a span."),
E(11, ["des démineurs de l'armée avaient désamorcé une bombe devant une banque de Biratnagar"],
  "DWU", "2023-01-01", "year", "Biratnagar", "NP", None, None, None, "military", None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background (the Biratnagar bomb of holdout30-009). Army deminers -> 'military'. '1114' is a phone number."),
]
