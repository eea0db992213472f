"""Authoring source of benchmarks/events_holdout22 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Pagadian, Philippines cluster (holdout22-016 to 020; English and
French), two suicide bombers on Saturday 19 September 2026 at two sites of
one Mindanao city (the public market and the integrated bus terminal, about
500 m and six minutes apart): a wire flash with a range and a speculation
about Dawlah Islamiyah (016), an international French-language TV channel's
next-day report with the revised toll (fr 017), a radio programme transcript
with the claim, a denial, an arrest and older attacks (018), an arrests story
with the facilitator caught at an airport and a raid that turns into a
firefight (019) and a French-language weekly's piece on a march and older
attacks (fr 020). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout22")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout22-016
ARTICLES.append(A(16, "en", "article", "2026-09-19T05:00:00Z",
"Twin suicide bombing kills between 12 and 15 in southern Philippine city",
"""
PAGADIAN, Philippines (Mindanao Wire) - Two suicide bombers attacked the crowded public market and the main bus terminal of Pagadian, a port city in the southern Philippines, on Saturday morning, killing between 12 and 15 people and wounding scores of others, officials said.

The first bomber blew himself up at about 8:30 a.m. near the fish section of the market, which was packed with weekend shoppers. Six minutes later a second man detonated his vest among passengers queuing for buses to Zamboanga City and Dipolog at the integrated bus terminal, about 500 metres away, police said.

The city's police chief said 12 bodies had been recovered, while a hospital official put the number of dead at 15. A three-year-old girl and her grandmother were among the victims, a relative said.

No group has claimed the attack. A regional army commander told reporters that Dawlah Islamiyah, a local militant group that has pledged allegiance to Islamic State, "may have been behind it", but stressed that the investigation had just begun.

On Friday, soldiers on patrol came under fire near Dumalinao, about 20 km west of the city, and one soldier was killed, the army said. The gunmen fled into the hills.

Pagadian, the capital of Zamboanga del Sur province with about 220,000 inhabitants, lies some 800 km south of Manila. The mayor suspended classes and ordered malls closed until Monday. The 1st Infantry Division sent two companies to secure the city.
"""))
GOLD += [
E(16, ["Two suicide bombers attacked the crowded public market and the main bus terminal of Pagadian", "The first bomber blew himself up", "a second man detonated his vest"],
  "SUI", "2026-09-19", "day", "Pagadian", "PH", 12, 20, "at_least", None, None, False,
  "'on Saturday morning' = publication day, Saturday 19 September (PHT date = UTC date). Two sites of one city (market and bus terminal, about 500 m and six minutes apart) -> ONE Suicide bomb event. 'killing between 12 and 15 people' -> a range: lower bound 12, at_least (dev table); the police's '12 bodies' and the hospital's '15' are the range's two ends. 'scores of others' -> 20 (events_holdout20: like 'dozens', at least one score). Dawlah Islamiyah 'may have been behind it' is speculation -> null. '8:30 a.m.', 'Six minutes', '500 metres', 'three-year-old' (an age; she is inside the toll), '220,000 inhabitants', '800 km', '1st Infantry Division', 'two companies' are not casualties."),
E(16, ["soldiers on patrol came under fire near Dumalinao"],
  "BAT", "2026-09-18", "day", "Dumalinao", "PH", 1, None, "exact", None, None, False,
  "'On Friday' vs Saturday 19 September -> 18 September. Unnamed gunmen firing on a patrol -> Armed clash, null initiator (events_holdout21 Diécké). 'one soldier was killed' -> 1. '20 km' is a distance."),
]

# -------------------------------------------------------------- holdout22-017
ARTICLES.append(A(17, "fr", "article", "2026-09-20T09:00:00Z",
"Philippines : le bilan du double attentat-suicide de Pagadian passe à 20 morts",
"""
Le bilan du double attentat-suicide qui a frappé samedi matin le marché public et la gare routière de Pagadian, dans le sud des Philippines, s'est alourdi dimanche. Samedi soir, la police faisait état de 15 morts. Dans la nuit, trois blessés ont succombé à l'hôpital régional, et le maire a annoncé dimanche matin un bilan de 18 morts, sans compter les deux kamikazes, ainsi que 74 blessés, dont une vingtaine dans un état grave.

Parmi les victimes figurent une fillette de trois ans, sa grand-mère, un chauffeur de tricycle de 52 ans et quatre lycéennes qui attendaient un bus pour Zamboanga.

Samedi après-midi, des démineurs de l'armée ont neutralisé un troisième engin, une bombe artisanale de près de 2 kilos cachée dans un sac à dos, près du port de Pagadian. Dans la soirée, des soldats ont arrêté deux hommes à un barrage routier à Tukuran, à une trentaine de kilomètres, après avoir trouvé des fils électriques et un téléphone modifié dans leur voiture.

Aucune revendication n'a été publiée. Un commandant de l'armée avait évoqué samedi le groupe Dawlah Islamiyah, qui a fait allégeance à l'État islamique. Le Front Moro islamique de libération (MILF), qui gouverne la région autonome voisine du Bangsamoro, a condamné « un acte lâche ».

Le président philippin, attendu lundi à Pagadian, a promis 5 millions de pesos pour toute information. La ville, d'environ 220 000 habitants, a décrété trois jours de deuil. Selon la Croix-Rouge, 600 poches de sang ont été collectées en 24 heures.
"""))
GOLD += [
E(17, ["Le bilan du double attentat-suicide qui a frappé samedi matin le marché public et la gare routière de Pagadian"],
  "SUI", "2026-09-19", "day", "Pagadian", "PH", 20, 74, "exact", None, None, False,
  "'samedi matin' vs Sunday 20 September -> 19 September. Two sites -> one event. Revised toll inside the report: '15 morts' -> three wounded died overnight -> '18 morts, sans compter les deux kamikazes, ainsi que 74 blessés' -> 18 + 2 = 20 ('sans compter' adds the bombers), 74, exact. 'une vingtaine dans un état grave' is a subset; the girl, her grandmother, the driver and 'quatre lycéennes' are inside the toll. Dawlah Islamiyah was only 'évoqué' -> null. '52 ans', 'trois ans', '5 millions de pesos', '220 000 habitants', 'trois jours', '600 poches de sang', '24 heures' are not casualties."),
E(17, ["des démineurs de l'armée ont neutralisé un troisième engin"],
  "DWU", "2026-09-19", "day", "Pagadian", "PH", None, None, None, "military", None, False,
  "'Samedi après-midi' vs Sunday 20 September -> 19 September. A device defused on its own -> Disrupted weapons use; army bomb-disposal men -> 'military'. Near the port -> Pagadian. 'près de 2 kilos' is a weight."),
E(17, ["des soldats ont arrêté deux hommes à un barrage routier à Tukuran"],
  "ARR", "2026-09-19", "day", "Tukuran", "PH", None, None, None, "military", None, False,
  "'Dans la soirée' (of Saturday) -> 19 September. Soldiers -> 'military'. 'une trentaine de kilomètres' is a distance, not 30 casualties; the wires and phone belong to the arrest."),
]

# -------------------------------------------------------------- holdout22-018
ARTICLES.append(A(18, "en", "transcript", "2026-09-22T11:00:00Z",
"Mindanao Tonight: the Pagadian bombing three days on (radio transcript)",
"""
ANCHOR (Liza Manalo): Good evening. Three days after Saturday's twin suicide bombing in Pagadian, Islamic State has claimed the attack. Our correspondent Ramon Dela Cruz is in Pagadian. Ramon?

CORRESPONDENT (Ramon Dela Cruz): Liza, the claim came late on Monday through the group's news agency. It says two fighters of its East Asia province carried out the attack and speaks of "more than a hundred Crusaders" killed. The military says the claim is authentic, but the real toll is 21 dead, counting the two bombers, and 74 wounded. A jeepney driver died this afternoon.

ANCHOR: The army had pointed at Dawlah Islamiyah on Saturday.

CORRESPONDENT: Yes, and a Dawlah Islamiyah commander has denied any role in a voice message. Investigators also say police raided a house in Aurora on Monday and arrested three suspects. Another 15 people were invited for questioning and sent home.

ANCHOR: Joining us is security analyst Dr. Teresita Abad. Doctor, is this new for Zamboanga del Sur?

GUEST (Dr. Teresita Abad): The scale is new. But in 2018, a bomb hidden in a parked motorcycle outside a mall in Dipolog wounded fourteen people, and last March, gunmen abducted two schoolteachers near Dimataling. Both were released after 40 days. The networks have been here for years.

ANCHOR: What should the government do?

GUEST: Cut the money. Families of recruits are paid around 30,000 pesos. And fix intelligence sharing between the army's 1st Infantry Division and the police.

ANCHOR: Thank you, Doctor. Listeners can call our hotline at 0917 555 0192. After the break: the weather, and typhoon signal number 2 over Samar.
"""))
GOLD += [
E(18, ["Saturday's twin suicide bombing in Pagadian", "Islamic State has claimed the attack"],
  "SUI", "2026-09-19", "day", "Pagadian", "PH", 21, 74, "exact", "Islamic State", "Islamic State", False,
  "'Saturday's' vs Tuesday 22 September -> 19 September. 'Islamic State has claimed the attack' (its 'East Asia province' -> 'Islamic State'), found authentic by the military -> claimant and perpetrator; the claimant's 'more than a hundred' is never used. '21 dead, counting the two bombers, and 74 wounded' -> 21 (inside), 74, exact; a driver died this afternoon. Dawlah Islamiyah's denial is not a claim."),
E(18, ["police raided a house in Aurora on Monday and arrested three suspects"],
  "ARR", "2026-09-21", "day", "Aurora", "PH", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 22 September -> 21 September. Police -> 'police'. Aurora is the Zamboanga del Sur town (not the Luzon province). 'Another 15 people were invited for questioning and sent home' are not arrests."),
E(18, ["a bomb hidden in a parked motorcycle outside a mall in Dipolog wounded fourteen people"],
  "IED", "2018-01-01", "year", "Dipolog", "PH", None, 14, "exact", None, None, True,
  "'in 2018' -> year, background. A motorcycle bomb -> Remote explosive/landmine/IED; null. 'wounded fourteen people' -> 14 (a number word)."),
E(18, ["gunmen abducted two schoolteachers near Dimataling"],
  "ABD", "2026-03-01", "month", "Dimataling", "PH", None, None, None, None, None, True,
  "'last March' vs September 2026 -> March 2026, month, background. Unnamed gunmen -> null. 'two schoolteachers' are abductees; '40 days', '30,000 pesos', '1st Infantry Division', '0917 555 0192', 'signal number 2' are not casualties."),
]

# -------------------------------------------------------------- holdout22-019
ARTICLES.append(A(19, "en", "article", "2026-09-24T06:00:00Z",
"Pagadian bombing: alleged handler caught at Zamboanga airport; three die in raid",
"""
Police arrested the alleged handler of the two Pagadian suicide bombers at Zamboanga International Airport on Wednesday as he tried to board a flight to Manila, the Criminal Investigation and Detection Group (CIDG) said.

The 39-year-old man, a former seaman from Lanao del Norte, had a ticket for flight 5J 852 and was carrying PHP 240,000 in cash and three SIM cards, a CIDG spokesman said. Investigators believe he recruited the bombers, both in their early twenties, and paid their families about 30,000 pesos each.

The arrest came a day after a raid on a suspected hideout in Labangan turned into a firefight. Soldiers of the 1st Infantry Division, backed by police, surrounded a house at dawn on Tuesday; the men inside opened fire and three gunmen were killed in a 40-minute exchange, the army said. Two soldiers were wounded. Troops recovered two rifles and about 8 kg of ammonium nitrate.

Last Saturday's twin suicide bombing at Pagadian's public market and bus terminal, which Islamic State claimed, has killed 21 people, the bombers included, and wounded 74. Nearly 40 of the wounded remain in hospital.

Six people are now in custody over the attack, including three arrested by police in Aurora on Monday and two held by soldiers at a checkpoint in Tukuran on the day of the bombing. More than 20 others have been invited for questioning. Their lawyers say they are being held illegally, a claim the police deny.

The government has raised the reward for a third suspect, believed to be hiding in the mountains of Lanao del Sur, to PHP 5 million.
"""))
GOLD += [
E(19, ["Police arrested the alleged handler of the two Pagadian suicide bombers at Zamboanga International Airport"],
  "ARR", "2026-09-23", "day", "Zamboanga", "PH", None, None, None, "police", None, False,
  "'on Wednesday' vs Thursday 24 September -> 23 September. The suspected facilitator; CIDG -> 'police'. The airport -> Zamboanga (city). '39-year-old', 'flight 5J 852' (a flight number), 'PHP 240,000', 'three SIM cards', 'early twenties', '30,000 pesos' are not casualties."),
E(19, ["a raid on a suspected hideout in Labangan turned into a firefight"],
  "BAT", "2026-09-22", "day", "Labangan", "PH", 3, 2, "exact", "military", None, False,
  "'a day after' the Wednesday arrest, 'at dawn on Tuesday' -> 22 September. A raid that turns into a firefight -> Armed clash initiated by the raiding force; soldiers lead, police back them -> 'military'. 'three gunmen were killed' + 'Two soldiers were wounded' -> 3, 2, exact (the army's own figure, the only one). '40-minute', 'two rifles', '8 kg' are not casualties."),
E(19, ["Last Saturday's twin suicide bombing at Pagadian's public market and bus terminal"],
  "SUI", "2026-09-19", "day", "Pagadian", "PH", 21, 74, "exact", "Islamic State", "Islamic State", False,
  "'Last Saturday's' vs Thursday 24 September -> 19 September. 'which Islamic State claimed' -> claimant and perpetrator. 'killed 21 people, the bombers included, and wounded 74' -> 21 (inside), 74, exact. 'Nearly 40 of the wounded' is a subset."),
E(19, ["three arrested by police in Aurora on Monday"],
  "ARR", "2026-09-21", "day", "Aurora", "PH", None, None, None, "police", None, False,
  "'on Monday' vs Thursday 24 September -> 21 September. The arrest of 018, restated; police -> 'police'. 'Six people are now in custody' is a cumulative count."),
E(19, ["two held by soldiers at a checkpoint in Tukuran on the day of the bombing"],
  "ARR", "2026-09-19", "day", "Tukuran", "PH", None, None, None, "military", None, False,
  "'on the day of the bombing' -> 19 September. The arrest of fr 017, restated; 'held' at a checkpoint and counted among those 'in custody' -> an arrest; soldiers -> 'military'. 'More than 20 others have been invited for questioning' are not arrests; 'PHP 5 million' is a reward."),
]

# -------------------------------------------------------------- holdout22-020
ARTICLES.append(A(20, "fr", "article", "2026-09-26T08:00:00Z",
"Pagadian, une semaine après : une marche pour la paix et des plaies anciennes",
"""
Ils étaient plusieurs milliers, vendredi après-midi, à marcher en silence du marché public de Pagadian jusqu'au parvis de l'hôtel de ville, des bougies à la main, pour réclamer « la paix et la justice » une semaine après le double attentat-suicide qui a endeuillé cette ville du sud des Philippines. La marche s'est dispersée dans le calme vers 18 heures.

Jeudi, un lycéen de 16 ans grièvement blessé à la gare routière est mort à l'hôpital régional, portant le bilan de l'attentat du 19 septembre à 22 morts, dont les deux kamikazes. Les blessés sont au nombre de 74. L'attentat a été revendiqué par l'État islamique, et le groupe Dawlah Islamiyah, d'abord soupçonné par l'armée, a démenti.

La province de Zamboanga del Sur a déjà connu la violence, même si elle a longtemps été épargnée par les attentats de masse. En mars 2021, une bombe artisanale avait explosé au passage d'un convoi militaire près de Kabasalan, blessant cinq soldats. Il y a quatre ans, des hommes armés avaient enlevé deux commerçants près de Margosatubig ; l'un d'eux avait été retrouvé mort deux mois plus tard. En août dernier, l'armée avait attaqué un camp de Dawlah Islamiyah près de Bayog, tuant quatre combattants.

« Nous pensions que la guerre, c'était les montagnes, pas notre marché », confie Marites Bacalso, 58 ans, vendeuse de poisson depuis 1990. Elle a perdu deux voisines.

Les autorités ont installé 60 caméras et limité l'accès au marché à trois entrées. Six suspects sont en détention, dont le « recruteur » présumé arrêté mercredi dernier par la police à l'aéroport de Zamboanga. La récompense de 5 millions de pesos pour un troisième suspect court toujours.
"""))
GOLD += [
E(20, ["Ils étaient plusieurs milliers, vendredi après-midi, à marcher en silence du marché public de Pagadian"],
  "PP", "2026-09-25", "day", "Pagadian", "PH", None, None, None, None, None, False,
  "'vendredi après-midi' vs Saturday 26 September -> 25 September. A silent march with a demand ('la paix et la justice') that ends calmly -> Peaceful protest; null actor. 'plusieurs milliers' are participants; '18 heures' a time."),
E(20, ["le double attentat-suicide qui a endeuillé cette ville du sud des Philippines", "l'attentat du 19 septembre", "L'attentat a été revendiqué par l'État islamique"],
  "SUI", "2026-09-19", "day", "Pagadian", "PH", 22, 74, "exact", "Islamic State", "Islamic State", False,
  "'l'attentat du 19 septembre' -> 19 September. A pupil died on Thursday -> '22 morts, dont les deux kamikazes' -> 22 (inside); 'Les blessés sont au nombre de 74' -> 74, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator; Dawlah Islamiyah's denial is not a claim. '16 ans' is an age."),
E(20, ["une bombe artisanale avait explosé au passage d'un convoi militaire près de Kabasalan"],
  "IED", "2021-03-01", "month", "Kabasalan", "PH", None, 5, "exact", None, None, True,
  "'En mars 2021' -> month, background. A roadside bomb on a convoy -> Remote explosive/landmine/IED; null. 'blessant cinq soldats' -> 5 injured. Kabasalan is in Zamboanga Sibugay; coded PH."),
E(20, ["des hommes armés avaient enlevé deux commerçants près de Margosatubig"],
  "ABD", "2022-01-01", "year", "Margosatubig", "PH", None, None, None, None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. Unnamed gunmen -> null. 'deux commerçants' are abductees; 'l'un d'eux avait été retrouvé mort deux mois plus tard' is a later death of an abductee, not coded as a killed figure (see Known ambiguities)."),
E(20, ["l'armée avait attaqué un camp de Dawlah Islamiyah près de Bayog"],
  "BAT", "2026-08-01", "month", "Bayog", "PH", 4, None, "exact", "military", None, True,
  "'En août dernier' vs 26 September 2026 -> August 2026, month, background (56 days before publication by the month's first day). An army attack on a camp -> Armed clash initiated by the army (events_holdout21 Kérouané) -> 'military'. 'tuant quatre combattants' -> 4. '58 ans', 'depuis 1990', 'deux voisines' (inside the toll), '60 caméras', 'trois entrées', 'Six suspects', '5 millions de pesos' are not casualties. The airport arrest of 'mercredi dernier' (23 September) is restated in a subordinate phrase: see the next entry."),
E(20, ["le « recruteur » présumé arrêté mercredi dernier par la police à l'aéroport de Zamboanga"],
  "ARR", "2026-09-23", "day", "Zamboanga", "PH", None, None, None, "police", None, False,
  "'mercredi dernier' vs Saturday 26 September -> 23 September. The facilitator's arrest (019), restated in a subordinate phrase; police -> 'police'. The airport -> Zamboanga."),
]
