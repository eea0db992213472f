"""Authoring source of benchmarks/events_holdout26 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mtwara, Tanzania cluster (holdout26-006 to 010; English and
French), two suicide bombers on Friday 10 April 2026 at two sites of one
town (the main bus stand and the central market, about 900 m and eight
minutes apart): a Tanzanian daily's first report with a "may have been
behind it" (006), a TV network's evening bulletin transcript with
ANCHOR:/CORRESPONDENT: labels and the revised toll (007), a French
international outlet's claim story with older attacks (fr 008), a Q&A
explainer (009) and an op-ed full of older attacks (010). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout26")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout26-006
ARTICLES.append(A(6, "en", "article", "2026-04-10T15:00:00Z",
"Suicide bombers kill at least 12 in Mtwara",
"""
MTWARA - At least 12 people were killed and dozens wounded on Friday morning when two suicide bombers blew themselves up in Mtwara, the first at the main bus stand and the second at the central market, police and doctors said.

The first blast tore through a queue of passengers boarding buses for Masasi and Dar es Salaam at about 7:40 a.m. Eight minutes later a second man detonated explosives strapped to his body among the vegetable stalls of the market, some 900 metres away, witnesses said.

Ligula Regional Referral Hospital, which has 300 beds, appealed for blood donors and called in off-duty staff. Ambulances from Lindi, 100 kilometres to the north, were sent to help.

No group has claimed the attack. The regional police commander, Mr Juma Kisaka, told reporters that the Mozambican insurgent group Ansar al-Sunna "may have been behind it", noting that the Ruvuma River border is only 40 kilometres away. He appealed to the public to call the free police line 112 with any information.

He also said officers had detained two men at a roadblock in Nanyamba on Thursday with 3 kilograms of explosives and a detonator hidden in sacks of cashew nuts. It was not yet clear whether they were connected to Friday's attack.

Mtwara, a port town of about 150,000 people, has been spared most of the violence that has affected southern Tanzania's border districts. In 2021, gunmen ambushed a police patrol near Tandahimba, killing two officers.

About 80 buses were stranded at the stand by the afternoon, and the regional commissioner ordered all markets in the town closed until Monday. Security forces set up checkpoints on the roads to Lindi and Newala.
"""))
GOLD += [
E(6, ["two suicide bombers blew themselves up in Mtwara", "The first blast tore through a queue of passengers"],
  "SUI", "2026-04-10", "day", "Mtwara", "TZ", 12, 12, "at_least", None, None, False,
  "'on Friday morning' = publication day, Friday 10 April. Two sites of one town (the bus stand and the market, about 900 m and eight minutes apart) -> ONE Suicide bomb event. 'At least 12 people were killed and dozens wounded' -> 12 (at_least), 12 ('dozens', dev table). No claim; Ansar al-Sunna 'may have been behind it' is speculation -> null. '7:40 a.m.', 'Eight minutes', '900 metres', '300 beds', '100 kilometres', '40 kilometres', '112' are not casualties."),
E(6, ["officers had detained two men at a roadblock in Nanyamba"],
  "ARR", "2026-04-09", "day", "Nanyamba", "TZ", None, None, None, "police", None, False,
  "'on Thursday' vs Friday 10 April -> 9 April. The explosives and detonator belong to the arrest. Police -> 'police'. '3 kilograms' is not a casualty."),
E(6, ["gunmen ambushed a police patrol near Tandahimba, killing two officers"],
  "BAT", "2021-01-01", "year", "Tandahimba", "TZ", 2, None, "exact", None, None, True,
  "'In 2021' -> year, background. Unnamed gunmen ambushing a police patrol -> Armed clash with a null initiator (events_holdout16, events_holdout25 Ayun). 'killing two officers' -> 2, exact. '150,000 people', 'About 80 buses' are not casualties."),
]

# -------------------------------------------------------------- holdout26-007
ARTICLES.append(A(7, "en", "transcript", "2026-04-11T17:30:00Z",
"Coastline TV evening bulletin, Saturday: Mtwara toll rises",
"""
ANCHOR: Good evening. The death toll from Friday's twin suicide bombing in Mtwara has risen again. Our correspondent Neema Mwakyusa is at the central market. Neema, what are the authorities saying tonight?

CORRESPONDENT: Thank you. Yesterday the police spoke of twelve dead. By last night the hospital had counted eighteen bodies, and two of the wounded died overnight. The regional commissioner now says twenty people were killed, besides the two bombers. Nearly 70 people were wounded, and 14 of them were flown to Dar es Salaam this morning.

ANCHOR: Have there been any arrests?

CORRESPONDENT: Yes. Police arrested four men in Newala early this morning, in a raid on a house near the bus park. Officers told me they found a laptop and two motorcycles. The four are aged between 19 and 30. Separately, about 30 boda-boda riders who work at the bus stand were questioned today and allowed to go home.

ANCHOR: Has anyone claimed the attack?

CORRESPONDENT: Not yet, no. The police commander repeated that he suspects militants from across the Ruvuma, but he would not name any group.

ANCHOR: Has Mtwara seen attacks like this before?

CORRESPONDENT: Never on this scale. The last serious incident in the town itself was in 2022, when a grenade was thrown into a bar near the port and wounded five people.

ANCHOR: And the mood in the town?

CORRESPONDENT: Very tense. Behind me the market is closed, the stalls are still covered with dust. Traders say they lost goods worth millions of shillings. The government has announced a reward of 50 million shillings for information, and the bus company says its Route 7 service to Masasi will resume on Monday at 6 a.m.

ANCHOR: Neema Mwakyusa in Mtwara, thank you. In other news tonight, the fuel price is to rise by 4 percent from Wednesday.
"""))
GOLD += [
E(7, ["Friday's twin suicide bombing in Mtwara"],
  "SUI", "2026-04-10", "day", "Mtwara", "TZ", 22, 70, "exact", None, None, False,
  "'Friday's' vs Saturday 11 April -> 10 April. Revised toll inside the transcript: 'twelve dead' -> 'eighteen bodies' -> 'two of the wounded died overnight' -> 'twenty people were killed, besides the two bombers' -> 20 + 2 = 22 ('besides' adds them, events_holdout10 Karak), exact. 'Nearly 70 people were wounded' -> 70 (the qualifier describes the killed figure); '14 of them were flown' is a subset. No claim ('Not yet, no') -> null."),
E(7, ["Police arrested four men in Newala early this morning"],
  "ARR", "2026-04-11", "day", "Newala", "TZ", None, None, None, "police", None, False,
  "'early this morning' = publication day, Saturday 11 April. The laptop and motorcycles belong to the arrest. 'about 30 boda-boda riders ... were questioned today and allowed to go home' is not an arrest. 'aged between 19 and 30', 'two motorcycles', '50 million shillings', 'Route 7', '6 a.m.', '4 percent' are not casualties."),
E(7, ["a grenade was thrown into a bar near the port and wounded five people"],
  "GRN", "2022-01-01", "year", "Mtwara", "TZ", None, 5, "exact", None, None, True,
  "'in 2022' -> year, background. A thrown grenade, no actor -> null. 'near the port' of 'the town itself' -> Mtwara. 'wounded five people' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout26-008
ARTICLES.append(A(8, "fr", "article", "2026-04-12T10:00:00Z",
"Tanzanie : l'État islamique revendique le double attentat de Mtwara",
"""
L'organisation État islamique (EI) a revendiqué samedi soir le double attentat-suicide qui a frappé vendredi la ville portuaire de Mtwara, dans le sud de la Tanzanie, près de la frontière mozambicaine. Dans un communiqué diffusé par son agence de propagande, le groupe affirme que deux de ses combattants ont visé « des rassemblements de chrétiens » et avoir fait « plus de cent victimes ».

Selon le dernier bilan officiel, l'attaque a fait vingt-trois morts, kamikazes compris, et près de soixante-dix blessés. Un chauffeur de bus de 44 ans, grièvement blessé à la gare routière, a succombé dans la nuit de samedi à dimanche à l'hôpital régional. La police a qualifié d'« exagérés » les chiffres de l'EI, sans mettre en doute la revendication.

C'est la première fois que la branche de l'EI active au Mozambique revendique un attentat-suicide en territoire tanzanien. Les autorités redoutaient depuis des années une extension des violences au-delà du fleuve Ruvuma, qui marque la frontière sur quelque 650 kilomètres.

Les signes avant-coureurs n'ont pas manqué. Il y a quatre ans, des insurgés venus du Mozambique avaient attaqué un poste frontalier près de Mahurunga, tuant trois policiers et deux assaillants. En mars 2021, une bombe artisanale cachée dans un sac avait explosé sur un marché de Lindi, blessant neuf personnes.

Dimanche, la ville de 150 000 habitants restait quadrillée par les forces de sécurité, et le marché central, où travaillent quelque 1 200 commerçants, demeurait fermé. Le gouvernement a promis d'envoyer 500 policiers supplémentaires dans la région et de rouvrir les écoles mardi à 8 heures.
"""))
GOLD += [
E(8, ["le double attentat-suicide qui a frappé vendredi la ville portuaire de Mtwara", "l'attaque a fait vingt-trois morts"],
  "SUI", "2026-04-10", "day", "Mtwara", "TZ", 23, 70, "exact", "Islamic State", "Islamic State", False,
  "'vendredi' vs Sunday 12 April -> 10 April. 'vingt-trois morts, kamikazes compris' -> 23 (inside; a bus driver died in the night from Saturday to Sunday), exact; 'près de soixante-dix blessés' -> 70 (the qualifier describes the killed figure). 'L'organisation État islamique (EI) a revendiqué' -> 'Islamic State' (the branch active in Mozambique, dev: every branch except ISWAP); the police call its figures exaggerated without disputing the claim; its own toll ('plus de cent victimes') is never used. '44 ans' is not a casualty."),
E(8, ["des insurgés venus du Mozambique avaient attaqué un poste frontalier près de Mahurunga"],
  "BAT", "2022-01-01", "year", "Mahurunga", "TZ", 5, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. Unnamed insurgents attacking a border post -> Armed clash with a null initiator. All sides summed: 'tuant trois policiers et deux assaillants' -> 5, exact. '650 kilomètres' is not a casualty."),
E(8, ["une bombe artisanale cachée dans un sac avait explosé sur un marché de Lindi"],
  "IED", "2021-03-01", "month", "Lindi", "TZ", None, 9, "exact", None, None, True,
  "'En mars 2021' -> month, background. A hidden bomb, no actor -> null. 'blessant neuf personnes' -> injured 9, exact. '150 000 habitants', '1 200 commerçants', '500 policiers', '8 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout26-009
ARTICLES.append(A(9, "en", "article", "2026-04-14T09:00:00Z",
"Mtwara bombings: what we know so far",
"""
Four days after two suicide bombers struck Mtwara, here are answers to the main questions.

What happened?
On Friday, April 10, a bomber blew himself up at the main bus stand at 7:40 a.m.; eight minutes later a second one detonated his vest in the central market, about 900 metres away. It was the first suicide attack in southern Tanzania.

How many people died?
Twenty-three, including the two bombers, according to the regional commissioner. Between 65 and 70 people were wounded; 14 were flown to Dar es Salaam for surgery.

Who is behind it?
The Islamic State group claimed the attack on Saturday evening, through its branch that fights in northern Mozambique. Police say the bombers, aged about 20 and 25, crossed the Ruvuma River two weeks ago.

Has anyone been arrested?
Yes. Four men were arrested in a raid in Newala on Saturday. On Monday, police arrested a boat owner in Mikindani, a fishing town 10 kilometres south of Mtwara, who is suspected of ferrying the two bombers along the coast for 400,000 shillings. Seven people are now in custody. The bus company's ticket clerk was questioned on Sunday and released.

Were there protests?
On Monday, hundreds of boda-boda riders blocked the road to Lindi with burning tyres, demanding compensation for colleagues killed at the bus stand. Police fired tear gas to clear them after two hours.

What happens next?
The government has offered a 50 million shilling reward, and a curfew from 10 p.m. to 5 a.m. is in force for 14 days. Schools reopen today.
"""))
GOLD += [
E(9, ["two suicide bombers struck Mtwara", "a bomber blew himself up at the main bus stand"],
  "SUI", "2026-04-10", "day", "Mtwara", "TZ", 23, 65, "exact", "Islamic State", "Islamic State", False,
  "'On Friday, April 10' -> 10 April 2026. One event for the two sites. 'Twenty-three, including the two bombers' -> 23 (inside), exact; 'Between 65 and 70 people were wounded' -> a range, lower bound 65 (the qualifier describes the killed figure). 'The Islamic State group claimed the attack' -> 'Islamic State'. '7:40 a.m.', 'eight minutes', '900 metres', '14 were flown', 'aged about 20 and 25', 'two weeks' are not casualties."),
E(9, ["Four men were arrested in a raid in Newala on Saturday"],
  "ARR", "2026-04-11", "day", "Newala", "TZ", None, None, None, "police", None, False,
  "Restated arrest (007), its own event in this document: 'on Saturday' vs Tuesday 14 April -> 11 April. The raid is a police raid in 007 and here 'police' act throughout -> 'police'."),
E(9, ["police arrested a boat owner in Mikindani"],
  "ARR", "2026-04-13", "day", "Mikindani", "TZ", None, None, None, "police", None, False,
  "'On Monday' vs Tuesday 14 April -> 13 April. The suspected facilitator. 'Seven people are now in custody' is a cumulative count, not an event; the ticket clerk 'questioned ... and released' is not an arrest. '10 kilometres', '400,000 shillings' are not casualties."),
E(9, ["hundreds of boda-boda riders blocked the road to Lindi with burning tyres"],
  "PI", "2026-04-13", "day", "Mtwara", "TZ", None, None, None, None, None, False,
  "'On Monday' vs Tuesday 14 April -> 13 April. A road blockade with a demand cleared with tear gas -> Protest with intervention, null actor. The road out of Mtwara towards Lindi -> Mtwara (events_holdout25 convention: a road out of a town -> that town). 'hundreds' are participants; no casualty is stated -> null. 'two hours', '50 million shilling', '10 p.m. to 5 a.m.', '14 days' are not casualties."),
]

# -------------------------------------------------------------- holdout26-010
ARTICLES.append(A(10, "en", "article", "2026-04-20T06:00:00Z",
"OPINION: Mtwara was warned. Dar es Salaam did not listen",
"""
By Halima Mzee

Ten days ago, two young men walked into the bus stand and the market of Mtwara and blew themselves up. The twin suicide bombing of April 10 killed 23 people and wounded close to 70. The Islamic State, which claimed it, wants us to believe it came out of nowhere. It did not.

For years the people of the Ruvuma valley have told anyone who would listen that the war in Mozambique was crossing the river. Three years ago, militants burned 14 houses in a village near Mahurunga and killed four villagers, including a 12-year-old boy. In 2024, a roadside bomb hit a police convoy near Masasi, injuring six officers. Last August, gunmen abducted a Catholic catechist near Tunduru; he has not been seen since.

Each time, officials in Dar es Salaam spoke of isolated criminal acts. Each time, the response was a few more roadblocks and a few hundred more police officers.

Meanwhile the region's young people have waited for the jobs the gas fields were supposed to bring. Youth unemployment in Mtwara is estimated at 40 percent. Recruiters from across the border pay 500,000 shillings to a young man who agrees to carry a bag, and far more to one who agrees to die.

The arrests since April 10, in Newala and Mikindani, are welcome. But seven suspects in custody will not stop the next bomber. What would? Schools and roads, and a police force that the people of Mtwara trust enough to call on 112 before an attack rather than after it.

The government should also open the border crossings at Kilambo and Mtambaswala to legal trade again. Closing them for 18 months drove 3,000 traders into smuggling, and some of them into the arms of the militants.

Mtwara buried its dead last week. It should not have to do so again.

The writer is a lecturer in development studies.
"""))
GOLD += [
E(10, ["two young men walked into the bus stand and the market of Mtwara and blew themselves up", "The twin suicide bombing of April 10"],
  "SUI", "2026-04-10", "day", "Mtwara", "TZ", 23, 70, "exact", "Islamic State", "Islamic State", False,
  "'Ten days ago' and 'of April 10' -> 10 April 2026. 'killed 23 people and wounded close to 70' -> 23, exact; 70 ('close to' = about; the qualifier describes the killed figure). 'The Islamic State, which claimed it' -> 'Islamic State'. One event for the two sites. 'The arrests since April 10, in Newala and Mikindani' is a generic reference with no day: not coded again here."),
E(10, ["militants burned 14 houses in a village near Mahurunga and killed four villagers"],
  "ATK", "2023-01-01", "year", "Mahurunga", "TZ", 4, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. Unnamed militants killing villagers -> Violence against civilians / Attack, null actor. 'killed four villagers, including a 12-year-old boy' -> 4 (the boy is one of them), exact. '14 houses' is not a casualty."),
E(10, ["a roadside bomb hit a police convoy near Masasi, injuring six officers"],
  "IED", "2024-01-01", "year", "Masasi", "TZ", None, 6, "exact", None, None, True,
  "'In 2024' -> year, background. Roadside bomb, no actor -> null. 'injuring six officers' -> injured 6, exact."),
E(10, ["gunmen abducted a Catholic catechist near Tunduru"],
  "ABD", "2025-08-01", "month", "Tunduru", "TZ", None, None, None, None, None, True,
  "'Last August' vs April 2026 -> August 2025, month, background. Unnamed gunmen -> null. An abductee is not a casualty. '40 percent', '500,000 shillings', 'seven suspects', '112', '18 months', '3,000 traders' are not casualties; 'a few hundred more police officers' are not casualties."),
]
