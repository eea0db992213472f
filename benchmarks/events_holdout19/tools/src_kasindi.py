"""Authoring source of benchmarks/events_holdout19 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kasindi, DR Congo cluster (holdout19-016 to 021, French and
English), two suicide bombers on Saturday 10 October 2026 at two sites of one
border town (the Saturday market and the customs yard of the border post
with Uganda, about 600 m apart, about six minutes apart): a Congolese
correspondent's dispatch with an ADF « pourraient être derrière » (016), a
Ugandan daily's next-day report with the revised toll and arrests across the
border (017), the Islamic State claim with a correction notice that revises
a toll (018), a daily on arrests, a facilitator, a clash and a march (019),
a Ugandan editorial full of older attacks (020) and a report on a funeral
that turned into a protest (021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout19")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout19-016
ARTICLES.append(A(16, "fr", "article", "2026-10-10T16:30:00Z",
"Nord-Kivu : double attentat-suicide à Kasindi, au moins neuf morts",
"""
KASINDI (Nord-Kivu) - Au moins neuf personnes ont été tuées et une dizaine d'autres blessées samedi matin à Kasindi, ville frontalière de l'Ouganda, dans un double attentat-suicide qui a visé le marché du samedi puis la cour de la douane, rapporte notre correspondant.

Vers 10 h 50, un homme d'une vingtaine d'années a déclenché sa charge au milieu des étals de poisson séché. Six minutes plus tard, un second kamikaze s'est fait exploser dans la cour de la douane, à quelque 600 mètres, où une file d'une trentaine de camions attendait de passer en Ouganda.

« Nous avons déjà neuf corps à la morgue », a indiqué un médecin de l'hôpital général, qui a lancé un appel aux donneurs de sang. Plusieurs blessés ont été transférés à Beni, à environ 80 kilomètres.

Aucune revendication n'avait été publiée samedi après-midi. Selon le porte-parole de l'armée dans la région, les rebelles ougandais des ADF « pourraient être derrière » l'attaque, qui « porte leur signature ».

La veille, vendredi, des hommes armés ont tué quatre pêcheurs près de Kyavinyonge, sur la rive du lac Édouard, selon la société civile locale. Les corps ont été retrouvés dans leurs pirogues.

L'Ouganda a fermé le poste frontalier de Mpondwe jusqu'à nouvel ordre. Le maire de Kasindi a décrété un couvre-feu de 18 heures à 6 heures et demandé aux habitants de signaler tout colis suspect au 0997 120 458.
"""))
GOLD += [
E(16, ["double attentat-suicide qui a visé le marché du samedi puis la cour de la douane"],
  "SUI", "2026-10-10", "day", "Kasindi", "CD", 9, 10, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 10 October. Two bombers at two sites of one town (the market and the customs yard, about 600 m apart), six minutes apart -> ONE Suicide bomb event. 'Au moins neuf personnes ont été tuées et une dizaine d'autres blessées' -> 9 (at_least), 10 injured (une dizaine; the qualifier describes killed). The ADF « pourraient être derrière » is speculation -> null. 'd'une vingtaine d'années' is an age, not 20 casualties; '10 h 50', 'Six minutes', '600 mètres', 'une trentaine de camions', 'neuf corps' (the same nine), '80 kilomètres', '18 heures à 6 heures', '0997 120 458' are not casualties."),
E(16, ["des hommes armés ont tué quatre pêcheurs près de Kyavinyonge"],
  "ATK", "2026-10-09", "day", "Kyavinyonge", "CD", 4, None, "exact", None, None, False,
  "'La veille, vendredi' vs Saturday 10 October -> 9 October. Unnamed 'hommes armés' killing civilians -> Attack, null. 'tué quatre pêcheurs' -> 4."),
]

# -------------------------------------------------------------- holdout19-017
ARTICLES.append(A(17, "en", "article", "2026-10-11T15:00:00Z",
"Kasindi bombing: toll rises to 18 as Uganda arrests three at border",
"""
The number of people killed in Saturday's twin suicide bombing in the Congolese border town of Kasindi has nearly doubled. Congolese officials said on Sunday that 16 people had died and 47 had been wounded. The two bombers are not included in that figure.

On Saturday afternoon the toll stood at nine. By evening the general hospital had received 13 bodies, and three of the wounded died during the night, a provincial health official said. Among the dead were a 12-year-old girl who sold groundnuts at the market and two Ugandan truck drivers.

Across the border, Ugandan police arrested three Congolese men at the Mpondwe crossing on Saturday afternoon as they tried to enter Uganda on foot. Police said one of them was carrying about 2 kg of nails and two detonators. Another 25 people were screened and allowed to go on. In Kasindi itself, Congolese police detained two men near the main roundabout on Saturday evening after residents reported them for filming the market before the blasts.

Uganda kept the Mpondwe crossing closed on Sunday, leaving more than 300 lorries stranded on both sides. Traders say the post handles goods worth about 1.5 billion shillings a day.

The Congolese army blamed no group on Sunday, but a military source in Beni said the attack "looks like ADF work". The Allied Democratic Forces, a rebel group of Ugandan origin, have pledged allegiance to Islamic State.

No group had claimed the bombing by Sunday evening. Congo's government declared two days of mourning in North Kivu.
"""))
GOLD += [
E(17, ["Saturday's twin suicide bombing in the Congolese border town of Kasindi", "the attack", "the bombing"],
  "SUI", "2026-10-10", "day", "Kasindi", "CD", 18, 47, "exact", None, None, False,
  "'Saturday's' vs Sunday 11 October -> 10 October. Two sites -> one event. Revised toll inside the report: 'nine' -> '13 bodies' -> three more died -> '16 people had died ... The two bombers are not included in that figure' -> 16 + 2 = 18 (like 'excluding'; the title's 'rises to 18' says the same), exact. '47 had been wounded' -> 47. 'looks like ADF work' is speculation -> null. '12-year-old' is an age; 'two Ugandan truck drivers' are among the dead, not an extra figure; 'two days of mourning' is not a casualty figure."),
E(17, ["Ugandan police arrested three Congolese men at the Mpondwe crossing"],
  "ARR", "2026-10-10", "day", "Mpondwe", "UG", None, None, None, "police", None, False,
  "'on Saturday afternoon' vs Sunday 11 October -> 10 October. Police of the country where the arrest happened -> 'police'. The nails and detonators belong to the arrest ('2 kg', 'two detonators' are not casualties). 'Another 25 people were screened' are not arrested; '300 lorries', '1.5 billion shillings' are not casualties."),
E(17, ["Congolese police detained two men near the main roundabout"],
  "ARR", "2026-10-10", "day", "Kasindi", "CD", None, None, None, "police", None, False,
  "'on Saturday evening' vs Sunday 11 October -> 10 October. Police -> 'police'. Detained on suspicion -> an arrest. A roundabout in the town -> Kasindi."),
]

# -------------------------------------------------------------- holdout19-018
ARTICLES.append(A(18, "fr", "article", "2026-10-13T09:45:00Z",
"L'État islamique revendique le double attentat de Kasindi",
"""
L'attaque de samedi à Kasindi a été revendiquée par l'État islamique, qui l'a attribuée à sa « province d'Afrique centrale » dans un communiqué publié lundi soir sur ses canaux habituels.

Le texte affirme que « deux frères » ont tué « plus de cinquante croisés et soldats ». Le gouverneur militaire du Nord-Kivu a rejeté ce chiffre et fait état de 19 morts, les deux kamikazes compris, après le décès lundi d'un chauffeur routier à l'hôpital de Beni. Il n'a pas mis en doute la revendication.

Pour les autorités, l'attaque a été préparée par les ADF, dont une partie a fait allégeance à l'État islamique en 2019. Un chercheur congolais rappelle que le groupe « frappe désormais des cibles très fréquentées pour faire le plus de victimes possible ».

Kasindi avait jusqu'ici échappé aux kamikazes, mais pas aux engins explosifs. En mai 2023, une bombe artisanale avait explosé dans un bar de Bulongo, à une trentaine de kilomètres, blessant six clients.

Le poste frontalier de Mpondwe a rouvert mardi matin côté ougandais, après trois jours de fermeture. Les camionneurs doivent désormais décharger leur cargaison pour une fouille complète.

Rectificatif : dans une première version de cet article, nous indiquions que l'attentat de Kasindi avait fait vingt-deux morts. Il s'agissait d'une erreur. Le bilan officiel est de dix-neuf morts, kamikazes compris, et de 47 blessés. Nous prions nos lecteurs de nous excuser.
"""))
GOLD += [
E(18, ["L'attaque de samedi à Kasindi a été revendiquée par l'État islamique", "l'attentat de Kasindi"],
  "SUI", "2026-10-10", "day", "Kasindi", "CD", 19, 47, "exact", "Islamic State", "Islamic State", False,
  "A claim published three days later that names the attack by its place and day: 'samedi' vs Tuesday 13 October -> 10 October. 'revendiquée par l'État islamique', attributed to its 'province d'Afrique centrale' -> 'Islamic State' (dev: every branch except ISWAP). The governor rejects the claimant's figure ('plus de cinquante', not used) but not the authorship. The authorities' 'préparée par les ADF' names the IS affiliate and does not dispute the claim; the perpetrator stays the claimant. '19 morts, les deux kamikazes compris' -> 19 (inside), exact; the correction notice withdraws 'vingt-deux morts' and restates 'dix-neuf morts, kamikazes compris, et de 47 blessés' -> 19 and 47 (events_holdout16: the corrected figure is used, the withdrawn one is not)."),
E(18, ["une bombe artisanale avait explosé dans un bar de Bulongo"],
  "IED", "2023-05-01", "month", "Bulongo", "CD", None, 6, "exact", None, None, True,
  "'En mai 2023' -> month, background. No actor -> null. 'blessant six clients' -> 6 injured (injured-only, exact). 'en 2019' (an allegiance, not an event), 'une trentaine de kilomètres', 'trois jours' are not coded or not casualties."),
]

# -------------------------------------------------------------- holdout19-019
ARTICLES.append(A(19, "fr", "article", "2026-10-15T10:30:00Z",
"Kasindi : huit suspects interpellés, le logeur des kamikazes arrêté",
"""
Cinq jours après le double attentat-suicide de Kasindi, les Forces armées de la RDC (FARDC) annoncent une série d'arrestations. Mardi, les militaires ont interpellé huit suspects, dont deux femmes, lors d'un bouclage à Mayimoya, sur la route Beni-Eringeti. Trois motos et une somme de 2 000 dollars ont été saisies.

Lundi, la police a arrêté à Kasindi même un homme de 44 ans présenté comme le logeur des deux kamikazes. Il les aurait hébergés pendant une semaine dans une parcelle proche du marché, contre 50 000 francs congolais.

Mercredi, une opération conjointe des FARDC et de l'armée ougandaise contre un campement près de Mwalika a tourné au combat. Cinq combattants ont été tués et deux militaires blessés, selon l'armée congolaise, qui dit avoir détruit un atelier de fabrication d'explosifs.

Le bilan de l'attentat, revendiqué par l'État islamique, s'élève désormais à 20 morts, dont les deux kamikazes, une commerçante ayant succombé à ses blessures mercredi.

Une soixantaine de personnes ont par ailleurs été entendues par l'auditorat militaire, puis relâchées.

À Kasindi, la société civile a organisé mercredi une marche pacifique jusqu'au bureau du maire pour réclamer la fouille systématique des véhicules à l'entrée de la ville. Quelque 2 000 personnes y ont pris part, selon les organisateurs, et la marche s'est dispersée sans incident.
"""))
GOLD += [
E(19, ["le double attentat-suicide de Kasindi", "l'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-10-10", "day", "Kasindi", "CD", 20, None, "exact", "Islamic State", "Islamic State", False,
  "'Cinq jours après' a report of Thursday 15 October -> Saturday 10 October (current). '20 morts, dont les deux kamikazes' -> 20 (inside), exact; the trader who died on Wednesday raised it. 'revendiqué par l'État islamique' -> claimant and perpetrator."),
E(19, ["les militaires ont interpellé huit suspects, dont deux femmes, lors d'un bouclage à Mayimoya"],
  "ARR", "2026-10-13", "day", "Mayimoya", "CD", None, None, None, "military", None, False,
  "'Mardi' vs Thursday 15 October -> 13 October. FARDC -> 'military'. 'Trois motos', '2 000 dollars' belong to the arrest; 'deux femmes' are among the eight arrested."),
E(19, ["la police a arrêté à Kasindi même un homme de 44 ans présenté comme le logeur des deux kamikazes"],
  "ARR", "2026-10-12", "day", "Kasindi", "CD", None, None, None, "police", None, False,
  "'Lundi' vs Thursday 15 October -> 12 October. The suspected facilitator. Police -> 'police'. '44 ans' is an age; 'une semaine', '50 000 francs congolais' are not casualties."),
E(19, ["une opération conjointe des FARDC et de l'armée ougandaise contre un campement près de Mwalika a tourné au combat"],
  "BAT", "2026-10-14", "day", "Mwalika", "CD", 5, 2, "exact", "military", None, False,
  "'Mercredi' vs Thursday 15 October -> 14 October. A raid that turns into fighting -> Armed clash initiated by the raiding force; joint operation, the lead actor (FARDC, the country's own army) -> 'military' (dev: when forces act jointly, the lead actor). 'Cinq combattants ont été tués et deux militaires blessés, selon l'armée congolaise' -> 5 and 2, the acting force's own figure. 'Une soixantaine de personnes ont ... été entendues ..., puis relâchées' are not arrests."),
E(19, ["la société civile a organisé mercredi une marche pacifique jusqu'au bureau du maire"],
  "PP", "2026-10-14", "day", "Kasindi", "CD", None, None, None, None, None, False,
  "'mercredi' vs Thursday 15 October -> 14 October. A march with a demand that ends calmly -> Peaceful protest. 'Quelque 2 000 personnes' are participants."),
]

# -------------------------------------------------------------- holdout19-020
ARTICLES.append(A(20, "en", "article", "2026-10-23T06:00:00Z",
"Editorial: Kasindi is our problem too",
"""
On October 10, two suicide bombers struck Kasindi, a few hundred metres from our border, first at the Saturday market and then in the customs yard where Ugandan lorries queue every day. Twenty-one people died, the two bombers among them, and 47 were wounded. Islamic State claimed the attack two days later.

It would be comfortable to treat this as a Congolese tragedy. It is not. Two of the dead were Ugandan drivers, and the men who planned the attack belong to a group born in Uganda.

The warning signs have been there for years. In April 2022, ADF militants killed seven farmers near Kisinga, on our side of the Rwenzori, and burned their huts.

Two years ago, the Ugandan air force bombed ADF camps near Watalinga, across the border, killing about 20 militants, according to the army. The camps were rebuilt within months.

Last December, a bomb hidden in a motorcycle's luggage rack exploded at a police checkpoint in Katwe, wounding three officers. Police said a Congolese courier had been paid 200,000 shillings to deliver it.

Each of these incidents was quickly forgotten. Yet the Mpondwe crossing carries a large share of our exports to eastern Congo, and more than 1,000 lorries use it every week. Closing it for three days cost traders billions of shillings.

The government has promised 500 more soldiers for the Rwenzori border and scanners at Mpondwe by March. Those are useful steps. But security along this border will depend on intelligence shared with Kinshasa, not on fences.
"""))
GOLD += [
E(20, ["two suicide bombers struck Kasindi", "Islamic State claimed the attack"],
  "SUI", "2026-10-10", "day", "Kasindi", "CD", 21, 47, "exact", "Islamic State", "Islamic State", False,
  "'On October 10' -> 10 October (13 days before Friday 23 October -> current). Two sites -> one event. 'Twenty-one people died, the two bombers among them, and 47 were wounded' -> 21 (inside), 47, exact. 'Islamic State claimed the attack' -> claimant and perpetrator. 'Two of the dead' is a subset."),
E(20, ["ADF militants killed seven farmers near Kisinga"],
  "ATK", "2022-04-01", "month", "Kisinga", "UG", 7, None, "exact", "Allied Democratic Forces", None, True,
  "'In April 2022' -> month, background. Stated as fact -> perpetrator 'Allied Democratic Forces' (canonical name of earlier sets), no claim. Civilians killed -> Attack. 'killed seven farmers' -> 7. Kisinga is in Uganda (Kasese district) -> UG."),
E(20, ["the Ugandan air force bombed ADF camps near Watalinga"],
  "AIR", "2024-01-01", "year", "Watalinga", "CD", 20, None, "about", "Ugandan military", None, True,
  "'Two years ago' vs 2026 -> 2024, year, background. The Ugandan air force striking in Congo is a foreign force -> 'Ugandan military'. 'killing about 20 militants, according to the army' -> 20, about, the acting force's own figure. Watalinga (a sector of Beni territory) is the most specific place named -> CD."),
E(20, ["a bomb hidden in a motorcycle's luggage rack exploded at a police checkpoint in Katwe"],
  "IED", "2025-12-01", "month", "Katwe", "UG", None, 3, "exact", None, None, True,
  "'Last December' vs October 2026 -> December 2025, month, background. No group named -> null (the courier is not named as the bomber's group). 'wounding three officers' -> 3 injured. '200,000 shillings', '1,000 lorries', 'three days', '500 more soldiers' are not casualties."),
]

# -------------------------------------------------------------- holdout19-021
ARTICLES.append(A(21, "en", "article", "2026-10-19T14:00:00Z",
"Kasindi funeral turns to protest; toll reaches 21",
"""
MPONDWE, Uganda - A funeral for seven victims of the Kasindi bombing turned into an angry protest on Sunday, when mourners marched on the police station in Kasindi and were driven back with tear gas, residents said by telephone.

Several thousand people had followed the coffins to the cemetery in the morning. On the way back, a crowd of young men broke away, chanting against the army and the police, and threw stones at the station. Police fired tear gas and shots into the air. Two protesters were slightly hurt, according to a local rights group.

The death toll from the October 10 attack, claimed by Islamic State, rose to 21, the two bombers included, after a nine-year-old boy died on Saturday at a hospital in Bwera, on the Ugandan side of the border.

Congolese troops also said they had detained six more suspects on Friday in Kasindi, including a market porter aged about 50. Nobody was hurt during the arrests, the army said.

In a separate incident, gunmen abducted eleven farmers near Kyavinyonge on Friday night, local officials said. Three of them escaped on Saturday and walked 15 km to the nearest army post.

Uganda's health ministry said 14 Congolese patients were still being treated in Ugandan hospitals and that it would bear the cost, estimated at 90 million shillings.
"""))
GOLD += [
E(21, ["the Kasindi bombing", "the October 10 attack"],
  "SUI", "2026-10-10", "day", "Kasindi", "CD", 21, None, "exact", "Islamic State", "Islamic State", False,
  "'the October 10 attack' -> 10 October (9 days before Monday 19 October -> current). 'claimed by Islamic State' -> claimant and perpetrator. 'rose to 21, the two bombers included' -> 21 (inside), exact; the boy who died on Saturday raised it. 'nine-year-old' is an age. Dateline MPONDWE (the arrest place of 017) has no event here; Bwera is a hospital town here. '14 Congolese patients' is a subset; '90 million shillings' is money."),
E(21, ["an angry protest", "mourners marched on the police station in Kasindi and were driven back with tear gas"],
  "PI", "2026-10-18", "day", "Kasindi", "CD", None, 2, "exact", None, None, False,
  "'on Sunday' vs Monday 19 October -> 18 October. A march on a police station with stones thrown, driven back with tear gas and shots into the air -> Protest with intervention (a reader could code Riots / Violent demonstration because of the stones). Null actor (protests). 'Two protesters were slightly hurt' -> 2 injured, exact. 'Several thousand people', 'a crowd' are participants; the funeral itself is not coded."),
E(21, ["Congolese troops also said they had detained six more suspects on Friday in Kasindi"],
  "ARR", "2026-10-16", "day", "Kasindi", "CD", None, None, None, "military", None, False,
  "'on Friday' vs Monday 19 October -> 16 October. Troops -> 'military'. 'aged about 50' is an age. 'Nobody was hurt during the arrests' is about the arrest, which carries no casualty figure (arrests: killed/injured null)."),
E(21, ["gunmen abducted eleven farmers near Kyavinyonge"],
  "ABD", "2026-10-16", "day", "Kyavinyonge", "CD", None, None, None, None, None, False,
  "'on Friday night' vs Monday 19 October -> 16 October (nights dated at their start). Unnamed gunmen -> null. 'eleven farmers', 'Three of them' are abductees; '15 km' a distance. Kyavinyonge is also the place of 016's killing of four fishermen, a different event."),
]
