"""Authoring source of benchmarks/events_holdout12 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mohassan, Syria cluster (holdout12-006 to 010 and 021), two
bombers at a mosque during Friday prayers on 10 July 2026: the agency brief
(006), a UN statement quoted at length in French, with the revised toll
(007), the Islamic State's claim, a denial and the arrests (008), an
interview transcript with older attacks (009), the funeral march and a
sit-in in French (010) and a weekly roundup (021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout12")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout12-006
ARTICLES.append(A(6, "en", "article", "2026-07-10T15:00:00Z",
"Twin suicide attack on mosque in eastern Syria kills at least 19",
"""
MOHASSAN, Syria, July 10 (Agency) - Two suicide bombers struck a mosque in the town of Mohassan, in Syria's eastern Deir ez-Zor province, during Friday prayers, killing at least 19 people and wounding more than 40, the interior ministry said.

The first attacker blew himself up at the gate of the Omar bin al-Khattab mosque at about 12:30 p.m. as worshippers were leaving; the second detonated his belt in the courtyard a few minutes later, as people ran back inside, a witness said.

An interior ministry official said the attack was "probably the work of Islamic State cells" hiding in the desert south of the Euphrates, but no group had claimed it by the afternoon.

Mohassan, about 20 km south-east of the provincial capital, has some 40,000 inhabitants, many of whom returned only last year after a decade of displacement. Rescue workers said 11 ambulances had been sent from neighbouring towns and that the local hospital had run out of blood by 2 p.m.

On Thursday, a landmine killed two shepherds and wounded a boy, 12, near Al-Sukhnah, in the Homs desert, a local official said. Dozens of sheep were also killed.

The government has deployed about 600 extra troops to the east of the country since May, after a string of ambushes on the roads between Palmyra and the Euphrates valley.

Friday prayers in the province's other mosques were held under armed guard, residents said.
"""))
GOLD += [
E(6, ["Two suicide bombers struck a mosque in the town of Mohassan"],
  "SUI", "2026-07-10", "day", "Mohassan", "SY", 19, 40, "at_least", None, None, False,
  "'during Friday prayers' = publication day, Friday 10 July. Two bombers at one mosque (gate and courtyard), minutes apart -> one Suicide bomb event (twin rule). 'at least 19' -> 19, at_least; 'more than 40' wounded -> 40 (the qualifier describes killed). 'probably the work of Islamic State cells' is speculation -> perpetrator null. '12:30 p.m.', 'about 20 km', 'some 40,000', '11 ambulances', '2 p.m.' are not casualties."),
E(6, ["a landmine killed two shepherds and wounded a boy, 12, near Al-Sukhnah"],
  "IED", "2026-07-09", "day", "Al-Sukhnah", "SY", 2, 1, "exact", None, None, False,
  "'On Thursday' vs Friday 10 July -> 9 July. Landmine -> Remote explosive/landmine/IED. 'two shepherds' -> 2; 'a boy, 12' -> injured 1 (12 is his age). 'Dozens of sheep' are animals, not casualties. 'about 600 extra troops' is not a casualty."),
]

# -------------------------------------------------------------- holdout12-007
ARTICLES.append(A(7, "fr", "article", "2026-07-11T12:00:00Z",
"Syrie : l'ONU condamne l'attentat de Mohassan, le bilan s'alourdit",
"""
Le coordonnateur résident et humanitaire des Nations unies en Syrie a condamné samedi « dans les termes les plus forts » le double attentat-suicide commis la veille contre une mosquée de Mohassan, dans la province de Deir ez-Zor. Voici l'essentiel de sa déclaration.

« Hier, à l'heure de la prière du vendredi, deux assaillants se sont fait exploser à l'entrée et dans la cour d'une mosquée de Mohassan. Les premières informations faisaient état de dix-neuf morts. D'autres corps ont été retirés pendant la soirée, et cinq blessés ont succombé dans la nuit à l'hôpital. Selon les autorités sanitaires locales, le bilan s'établit ce matin à vingt-huit morts, sans compter les deux kamikazes, et cinquante-sept blessés. Parmi les victimes figurent au moins six enfants, dont le plus jeune avait 4 ans.

« Les Nations unies rappellent que les lieux de culte sont protégés par le droit international humanitaire. Les agences humanitaires ont acheminé dès cette nuit deux tonnes de fournitures médicales et 3 000 litres de carburant pour les générateurs de l'hôpital.

« Cet attentat intervient moins de deux mois après celui qui a frappé le marché d'Al-Ashara, le 18 mai, où une voiture piégée garée près des étals avait tué quatorze civils. Nous appelons toutes les parties à protéger les civils et les autorités à mener une enquête rapide et transparente. »

La déclaration ne désigne aucun responsable. Le ministère syrien de l'Intérieur a indiqué que « plusieurs dizaines de personnes » avaient été interrogées depuis vendredi.

Dans la nuit de vendredi à samedi, un drone non identifié a frappé un véhicule près d'Al-Quriyah, tuant deux hommes, selon l'Observatoire syrien des droits de l'homme, qui n'a pas pu préciser leur identité.
"""))
GOLD += [
E(7, ["le double attentat-suicide commis la veille contre une mosquée de Mohassan", "deux assaillants se sont fait exploser"],
  "SUI", "2026-07-10", "day", "Mohassan", "SY", 30, 57, "exact", None, None, False,
  "'la veille' / 'Hier' vs Saturday 11 July -> 10 July. Revised toll in the quoted statement: 19 -> five wounded died -> 'vingt-huit morts, sans compter les deux kamikazes' -> 28 + 2 = 30 ('sans compter' adds, events_test rule); 'cinquante-sept blessés' -> 57. 'au moins six enfants' and '4 ans' are a subset and an age. No claimant -> null. 'deux tonnes', '3 000 litres' are not casualties."),
E(7, ["une voiture piégée garée près des étals avait tué quatorze civils"],
  "IED", "2026-05-18", "day", "Al-Ashara", "SY", 14, None, "exact", None, None, True,
  "'le 18 mai' -> 2026-05-18, 54 days before -> background. A parked car bomb -> Remote explosive/landmine/IED (not a suicide bomb). 'quatorze civils' -> 14. 'moins de deux mois' is a span. No actor."),
E(7, ["un drone non identifié a frappé un véhicule près d'Al-Quriyah"],
  "AIR", "2026-07-10", "day", "Al-Quriyah", "SY", 2, None, "exact", None, None, False,
  "'Dans la nuit de vendredi à samedi' -> dated at the start of the night, Friday 10 July (holdout10 rule). Unidentified drone -> Air/drone strike, perpetrator null. 'tuant deux hommes' -> 2. 'plusieurs dizaines de personnes ... interrogées' are questioned, not casualties or arrests."),
]

# -------------------------------------------------------------- holdout12-008
ARTICLES.append(A(8, "en", "article", "2026-07-12T09:00:00Z",
"Islamic State claims Syria mosque bombing as 16 are held",
"""
The Islamic State group said on Saturday that two of its fighters carried out the suicide attack on a mosque in Mohassan that killed 30 people, including both bombers, and wounded 57 on Friday. In a statement circulated on its channels, the group called the worshippers "militiamen of the regime" and said it had killed "more than 70". Local officials dismissed that figure but did not question the authorship.

Hurras al-Din, an al-Qaeda-aligned group that a local official had named on Friday, denied any role in a short statement on Saturday, calling the attack "a crime against Muslims".

Interior ministry security forces picked up five men in Al-Quriyah on Saturday, among them a 24-year-old accused of driving the bombers in from the desert in a pickup truck. On Sunday morning, another eleven people were placed in custody in Mohassan itself, the ministry said, adding that more than 150 residents had been questioned since Friday and released.

On Saturday evening, gunmen on a motorcycle shot dead a member of the local council in Al-Ashara, 15 km upstream, as he left a condolence gathering for the mosque victims, residents said. Nobody claimed the killing.

The provincial governor announced a curfew in Mohassan from 8 p.m. to 6 a.m. for seven days and a ban on motorcycles without a permit. Traders said the curfew would cost them the evening market, where most of the town's 2,000 stalls do business.
"""))
GOLD += [
E(8, ["two of its fighters carried out the suicide attack on a mosque in Mohassan"],
  "SUI", "2026-07-10", "day", "Mohassan", "SY", 30, 57, "exact", "Islamic State", "Islamic State", False,
  "'on Friday' vs Sunday 12 July -> 10 July. 'killed 30 people, including both bombers' -> 30; 'wounded 57'. 'The Islamic State group said ... two of its fighters carried out' is a claim -> Islamic State. Officials dismiss the figure, not the authorship; Hurras al-Din's denial is a rival's and disputes nothing -> perpetrator = claimant. The claim's 'more than 70' is not used."),
E(8, ["Interior ministry security forces picked up five men in Al-Quriyah"],
  "ARR", "2026-07-11", "day", "Al-Quriyah", "SY", None, None, None, "police", None, False,
  "'on Saturday' vs Sunday 12 July -> 11 July. Interior ministry security forces -> police (earlier SY sets). 'picked up' = arrested. 'a 24-year-old' is an age."),
E(8, ["another eleven people were placed in custody in Mohassan itself"],
  "ARR", "2026-07-12", "day", "Mohassan", "SY", None, None, None, "police", None, False,
  "'On Sunday morning' = publication day, 12 July. Another place and day -> a separate Arrests event; 'the ministry said' -> police. 'more than 150 residents had been questioned' are not arrests."),
E(8, ["gunmen on a motorcycle shot dead a member of the local council in Al-Ashara"],
  "ATK", "2026-07-11", "day", "Al-Ashara", "SY", 1, None, "exact", None, None, False,
  "'On Saturday evening' -> 11 July. Unnamed gunmen killing a civilian official -> Violence against civilians / Attack, perpetrator null ('Nobody claimed the killing'). killed 1. '15 km', '8 p.m. to 6 a.m.', 'seven days', '2,000 stalls' are not casualties; the curfew is not coded."),
]

# -------------------------------------------------------------- holdout12-009
ARTICLES.append(A(9, "en", "transcript", "2026-07-16T18:00:00Z",
"Interview: 'The desert cells never went away' - a researcher on the Mohassan attack",
"""
QUESTION: Last Friday's twin bombing at the mosque in Mohassan killed 30 people, and the Islamic State says its fighters carried it out. Is that credible?

RANIA HADDAD: Yes. Two bombers, one at the gate and one inside once people run back to help, is their method. And nobody else in the area has the men or the explosives for it.

QUESTION: Has the area been hit like this before?

RANIA HADDAD: Many times. In 2019, a car bomb parked at a checkpoint outside Al-Shamitiyah killed six soldiers. Nobody claimed that one. In January 2020, Islamic State fighters ambushed a bus near Al-Shula, on the Palmyra road, and killed thirteen passengers, most of them farm workers; the group claimed it the next day. And five years ago they kidnapped about twenty truck drivers on the same road. Some were released after their companies paid.

QUESTION: What has the response been this time?

RANIA HADDAD: Arrests, mostly. And on Tuesday, interior ministry forces raided a farm near Buqrus. The men inside opened fire, and three of them were killed, according to the ministry. One officer was wounded. That is the ministry's account; we have no other.

QUESTION: How many fighters does the group still have in the desert?

RANIA HADDAD: Estimates range between 2,000 and 3,000, spread over some 80,000 square kilometres. That is not many, but they need only two young men and 30 kilograms of explosives to do what they did on Friday.

QUESTION: Rania Haddad, thank you.

RANIA HADDAD: Thank you.
"""))
GOLD += [
E(9, ["Last Friday's twin bombing at the mosque in Mohassan", "its fighters carried it out"],
  "SUI", "2026-07-10", "day", "Mohassan", "SY", 30, None, "exact", "Islamic State", "Islamic State", False,
  "'Last Friday's' vs Thursday 16 July -> 10 July. 'killed 30 people' -> 30 (whether the bombers are inside is not said; as written). 'the Islamic State says its fighters carried it out' = claim -> Islamic State. 'what they did on Friday' is a pronoun phrase, not a trigger."),
E(9, ["a car bomb parked at a checkpoint outside Al-Shamitiyah killed six soldiers"],
  "IED", "2019-01-01", "year", "Al-Shamitiyah", "SY", 6, None, "exact", None, None, True,
  "'In 2019' -> year, background. A parked car bomb -> Remote explosive/landmine/IED. 'six soldiers' -> 6. 'Nobody claimed that one' -> null."),
E(9, ["Islamic State fighters ambushed a bus near Al-Shula", "the group claimed it the next day"],
  "ATK", "2020-01-01", "month", "Al-Shula", "SY", 13, None, "exact", "Islamic State", "Islamic State", True,
  "'In January 2020' -> month, background. An ambush on a civilian bus -> Violence against civilians / Attack (no armed opponent), by the Islamic State, which claimed it. 'thirteen passengers' -> 13."),
E(9, ["they kidnapped about twenty truck drivers on the same road"],
  "ABD", "2021-01-01", "year", "Al-Shula", "SY", None, None, None, "Islamic State", None, True,
  "'five years ago' -> 2021, year, background. 'they' = the Islamic State fighters of the previous sentence, stated as fact -> perpetrator Islamic State, no claim. 'on the same road' = the Palmyra road near Al-Shula -> Al-Shula (nearest named place). 'about twenty truck drivers' are abductees."),
E(9, ["interior ministry forces raided a farm near Buqrus", "The men inside opened fire"],
  "BAT", "2026-07-14", "day", "Buqrus", "SY", 3, 1, "exact", "police", None, False,
  "'on Tuesday' vs Thursday 16 July -> 14 July. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force; interior ministry forces -> police. 'three of them were killed' -> 3, 'One officer was wounded' -> 1; the ministry's account is the only one. 'between 2,000 and 3,000', '80,000 square kilometres', '30 kilograms' are not casualties."),
]

# -------------------------------------------------------------- holdout12-010
ARTICLES.append(A(10, "fr", "article", "2026-07-14T10:00:00Z",
"À Mohassan, la colère après l'attentat de la mosquée",
"""
Des milliers de personnes ont accompagné samedi les cercueils des victimes de l'attentat de la mosquée Omar bin al-Khattab jusqu'au cimetière de Mohassan. En chemin, le cortège a scandé des slogans contre le gouverneur de la province, accusé d'avoir retiré les gardes de la mosquée deux semaines plus tôt. La foule s'est dispersée dans le calme en fin d'après-midi.

L'attentat, revendiqué par l'État islamique, a fait trente morts, kamikazes compris, et cinquante-sept blessés vendredi. Parmi les morts figurent onze membres d'une même famille, âgés de 3 à 72 ans.

Lundi, une centaine de proches des victimes ont entamé un sit-in devant la mairie pour réclamer une enquête indépendante. Ils ont planté trois tentes et promettent de rester « jusqu'à ce que la vérité soit dite ».

Selon une source sécuritaire, treize personnes au total ont été gardées à vue à Mohassan depuis dimanche, dont deux frères âgés de 31 et 36 ans, soupçonnés d'avoir hébergé les kamikazes pendant 48 heures. Une soixantaine d'habitants ont par ailleurs été convoqués pour être entendus.

Dimanche soir, un engin explosif placé sous le pont d'Al-Ashara a été désamorcé par des démineurs de l'armée, a indiqué une source militaire. Le pont, long de 300 mètres, a été fermé à la circulation pendant cinq heures.

La prière du vendredi prochain se tiendra dans une école, la mosquée devant être reconstruite, ce qui coûtera, selon le conseil local, quelque 200 000 dollars.
"""))
GOLD += [
E(10, ["Des milliers de personnes ont accompagné samedi les cercueils", "le cortège a scandé des slogans contre le gouverneur"],
  "PP", "2026-07-11", "day", "Mohassan", "SY", None, None, None, None, None, False,
  "'samedi' vs Tuesday 14 July -> 11 July. A funeral procession chanting against the governor that disperses calmly -> Peaceful protest (holdout10 fr 005 rule). 'Des milliers' are participants; 'deux semaines plus tôt' is a span."),
E(10, ["l'attentat de la mosquée Omar bin al-Khattab", "L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-07-10", "day", "Mohassan", "SY", 30, 57, "exact", "Islamic State", "Islamic State", False,
  "'vendredi' vs Tuesday 14 July -> 10 July. 'trente morts, kamikazes compris' -> 30 (bombers inside); 'cinquante-sept blessés' -> 57. Claimed by the Islamic State. 'onze membres d'une même famille' is a subset; '3 à 72 ans' are ages."),
E(10, ["une centaine de proches des victimes ont entamé un sit-in devant la mairie"],
  "PP", "2026-07-13", "day", "Mohassan", "SY", None, None, None, None, None, False,
  "'Lundi' vs Tuesday 14 July -> 13 July. A sit-in, another day than the funeral march -> a separate Peaceful protest, dated at its start (ongoing sit-in rule). 'une centaine' are participants; 'trois tentes' is not a casualty."),
E(10, ["treize personnes au total ont été gardées à vue à Mohassan depuis dimanche"],
  "ARR", "2026-07-12", "day", "Mohassan", "SY", None, None, None, "police", None, False,
  "'depuis dimanche' -> from Sunday 12 July, dated at its start. 'Selon une source sécuritaire' and 'gardées à vue' -> police. 'treize' are arrestees; '31 et 36 ans' ages; '48 heures' a span; 'Une soixantaine ... convoqués' are summoned, not arrested."),
E(10, ["un engin explosif placé sous le pont d'Al-Ashara a été désamorcé par des démineurs de l'armée"],
  "DWU", "2026-07-12", "day", "Al-Ashara", "SY", None, None, None, "military", None, False,
  "'Dimanche soir' -> 12 July. A device defused on its own -> Disrupted weapons use by army deminers -> military. No statement on casualties -> null. '300 mètres', 'cinq heures', '200 000 dollars' are not casualties."),
]

# -------------------------------------------------------------- holdout12-021
ARTICLES.append(A(21, "en", "article", "2026-07-18T08:00:00Z",
"Syria this week: Mohassan buries its dead, the desert stays dangerous",
"""
Our weekly round-up of security incidents in eastern and central Syria.

Deir ez-Zor. The July 10 twin suicide bombing at a mosque in Mohassan, claimed by the Islamic State, killed 30 people, among them the two bombers. It was the deadliest attack in the province this year. On Thursday, security forces arrested a man in Mohassan suspected of having sheltered the bombers, bringing the number held over the attack to 19, the interior ministry said. On Sunday, a US air strike killed two Islamic State leaders travelling in a car near Al-Quriyah, the US military said.

Homs desert. On Monday, Islamic State fighters ambushed an army patrol near Al-Shula, on the Palmyra road. Four soldiers and two attackers were killed, the defence ministry said. The patrol's three vehicles were burned.

Homs countryside. On Wednesday, a bomb hidden in a motorbike exploded in the market of Al-Qaryatayn, wounding seven people. No one was killed, the town's mayor said, because the market had opened late that morning.

Hama. Hundreds of farmers blocked the road into Mhardeh on Tuesday to protest against the price of diesel, which has risen by 40 per cent since June. They left after four hours without incident.

Aid. The UN said about 1,200 families had fled villages south of the Euphrates since the start of July, and that 35 trucks of aid had reached Mohassan.

Next week: a look at the return of electricity to Raqqa, after 14 months of cuts.
"""))
GOLD += [
E(21, ["The July 10 twin suicide bombing at a mosque in Mohassan"],
  "SUI", "2026-07-10", "day", "Mohassan", "SY", 30, None, "exact", "Islamic State", "Islamic State", False,
  "'July 10' absolute, 8 days before Saturday 18 July -> current. 'killed 30 people, among them the two bombers' -> 30. Claimed by the Islamic State."),
E(21, ["security forces arrested a man in Mohassan suspected of having sheltered the bombers"],
  "ARR", "2026-07-16", "day", "Mohassan", "SY", None, None, None, "police", None, False,
  "'On Thursday' vs Saturday 18 July -> 16 July. Security forces, per the interior ministry -> police. 'the number held over the attack to 19' is a cumulative count of arrestees, not casualties."),
E(21, ["a US air strike killed two Islamic State leaders travelling in a car near Al-Quriyah"],
  "AIR", "2026-07-12", "day", "Al-Quriyah", "SY", 2, None, "exact", "US military", None, False,
  "'On Sunday' vs Saturday 18 July -> 12 July. Announced by the US military -> foreign-force rule, 'US military'. 'two Islamic State leaders' -> killed 2."),
E(21, ["Islamic State fighters ambushed an army patrol near Al-Shula"],
  "BAT", "2026-07-13", "day", "Al-Shula", "SY", 6, None, "exact", "Islamic State", None, False,
  "'On Monday' vs Saturday 18 July -> 13 July. An ambush on an army patrol -> Armed clash initiated by the Islamic State, stated as fact by the defence ministry, no claim. 'Four soldiers and two attackers' -> 6 (all sides). 'three vehicles' are not casualties."),
E(21, ["a bomb hidden in a motorbike exploded in the market of Al-Qaryatayn"],
  "IED", "2026-07-15", "day", "Al-Qaryatayn", "SY", 0, 7, "exact", None, None, False,
  "'On Wednesday' vs Saturday 18 July -> 15 July. A bomb hidden in a motorbike, no bomber -> Remote explosive/landmine/IED. 'wounding seven people' -> 7; 'No one was killed' -> killed 0. No actor."),
E(21, ["Hundreds of farmers blocked the road into Mhardeh"],
  "PP", "2026-07-14", "day", "Mhardeh", "SY", None, None, None, None, None, False,
  "'on Tuesday' vs Saturday 18 July -> 14 July. A road blockade that ends 'without incident' -> Peaceful protest. 'Hundreds', '40 per cent', 'four hours', '1,200 families', '35 trucks', '14 months' are not casualties."),
]
