"""Authoring source of benchmarks/events_holdout10 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Maltam, Cameroon cluster (holdout10-018 to 021 and 023), two
suicide bombers at one market and a third shot at a checkpoint: the flash in
French (018), the revised toll (019), the claim and the arrests in French
(020), a TV discussion with older attacks (021) and a march (023); and the
trap article with no event (022, cricket). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout10")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout10-018
ARTICLES.append(A(18, "fr", "article", "2026-10-16T13:00:00Z",
"Cameroun : attentat-suicide au marché de Maltam, au moins sept morts",
"""
YAOUNDÉ, 16 octobre (Dépêche) - Au moins sept personnes ont été tuées et une vingtaine blessées vendredi matin dans un double attentat-suicide au marché hebdomadaire de Maltam, dans le département du Logone-et-Chari, à l'extrême nord du Cameroun, selon des sources sécuritaires.

Deux jeunes filles, âgées de 13 à 15 ans selon un élu local, se sont fait exploser à quelques minutes d'intervalle, vers 10 heures, au milieu des étals de poisson séché, alors que le marché accueillait plusieurs milliers de personnes venues du Tchad et du Nigeria voisins.

Une troisième kamikaze a été abattue par des soldats à un poste de contrôle à l'entrée de la ville avant d'avoir pu actionner sa ceinture d'explosifs, qui a ensuite été désamorcée. Personne d'autre n'a été touché à ce poste, a précisé un officier.

L'attaque n'a pas été revendiquée. Les soupçons se portent sur Boko Haram ou sur sa branche rivale, l'État islamique en Afrique de l'Ouest, actifs de part et d'autre de la frontière.

Les blessés ont été évacués vers l'hôpital régional de Kousseri, à une cinquantaine de kilomètres. Le marché de Maltam, qui réunit chaque vendredi près de 5 000 commerçants, a été fermé jusqu'à nouvel ordre.

Le gouverneur de la région de l'Extrême-Nord a appelé la population « à la vigilance » et annoncé le renforcement des contrôles aux entrées des marchés.
"""))
GOLD += [
E(18, ["un double attentat-suicide au marché hebdomadaire de Maltam", "se sont fait exploser à quelques minutes d'intervalle", "L'attaque n'a pas été revendiquée"],
  "SUI", "2026-10-16", "day", "Maltam", "CM", 7, 20, "at_least", None, None, False,
  "'vendredi matin' = publication day, Friday 16 October. Two girls at one market, minutes apart -> one Suicide bomb event (twin rule). 'Au moins sept' -> 7, at_least; 'une vingtaine blessées' -> 20 (the qualifier describes killed). 'Les soupçons se portent sur' is speculation -> null. '13 à 15 ans', 'vers 10 heures', 'plusieurs milliers de personnes', 'une cinquantaine de kilomètres', 'près de 5 000 commerçants' are distractors."),
E(18, ["Une troisième kamikaze a été abattue par des soldats à un poste de contrôle"],
  "DWU", "2026-10-16", "day", "Maltam", "CM", 1, 0, "exact", "military", None, False,
  "Same morning. A would-be suicide bomber shot before detonating, her belt then defused -> Disrupted weapons use with the bomber in killed (events_val val-019), a separate event at another site (the checkpoint). 'Personne d'autre n'a été touché' -> injured 0 (events_holdout5 fr 022). Soldiers -> military."),
]

# -------------------------------------------------------------- holdout10-019
ARTICLES.append(A(19, "en", "article", "2026-10-17T10:00:00Z",
"Cameroon market bombing toll rises to 17",
"""
MAROUA, Cameroon, Oct 17 - The suicide bombing at the weekly market in Maltam, in Cameroon's Far North region, killed 15 people, not counting the two bombers, officials said on Saturday, up from the seven reported on Friday. Two of the wounded died overnight at the regional hospital in Kousseri. Twenty-nine people were wounded, several of them children.

The two bombers, both girls, blew themselves up a few minutes apart among the dried-fish stalls on Friday morning. A third girl was shot dead by soldiers at a checkpoint at the entrance to the town before she could set off her explosives. Soldiers later found about 12 kilograms of explosives and ball bearings in her belt.

"She was wearing a long veil and walked very slowly. The soldiers shouted at her three times," a trader said.

On Thursday, Boko Haram fighters abducted five fishermen near Darak, on Lake Chad, a local official said. Their canoes and about 300 kilograms of fish were taken. Their families have received no demand.

Cameroon's army has about 2,500 troops in the Logone-et-Chari department. The defence ministry said patrols would be stepped up around markets, and that a reward of 10 million CFA francs was offered for information on the bombers' handlers.
"""))
GOLD += [
E(19, ["The suicide bombing at the weekly market in Maltam", "blew themselves up a few minutes apart"],
  "SUI", "2026-10-16", "day", "Maltam", "CM", 17, 29, "exact", None, None, False,
  "'on Friday' vs Saturday 17 October -> 16 October. Revised toll: '15 people, not counting the two bombers' -> 15 + 2 = 17 (events_holdout 'not counting' rule); 'the seven reported on Friday' is superseded; the two who died overnight are inside. 'Twenty-nine people were wounded' -> 29. The third girl is a separate event. Unclaimed, no actor. 'several of them children' is a subset."),
E(19, ["A third girl was shot dead by soldiers at a checkpoint"],
  "DWU", "2026-10-16", "day", "Maltam", "CM", 1, None, "exact", "military", None, False,
  "Friday 16 October. A would-be bomber shot before detonating -> Disrupted weapons use, bomber in killed (events_val val-019). No statement on others hurt here -> injured null. 'about 12 kilograms' is a weight, 'three times' a count of warnings."),
E(19, ["Boko Haram fighters abducted five fishermen near Darak"],
  "ABD", "2026-10-15", "day", "Darak", "CM", None, None, None, "Boko Haram", None, False,
  "'On Thursday' vs Saturday 17 October -> 15 October. 'Boko Haram fighters abducted' is stated as fact -> perpetrator Boko Haram, no claim. 'five fishermen' are abductees; 'about 300 kilograms', 'about 2,500 troops', '10 million CFA francs' are distractors."),
]

# -------------------------------------------------------------- holdout10-020
ARTICLES.append(A(20, "fr", "article", "2026-10-19T12:00:00Z",
"Attentat de Maltam : l'EIAO revendique, quatre suspects arrêtés",
"""
YAOUNDÉ, 19 octobre - L'attentat-suicide qui a fait dix-sept morts, dont les deux kamikazes, vendredi au marché de Maltam, a été revendiqué samedi soir par l'État islamique en Afrique de l'Ouest (EIAO, ou Iswap), a annoncé le groupe sur ses canaux de propagande. Le groupe affirme avoir tué « plus de quarante chrétiens et apostats ».

Le gouverneur de l'Extrême-Nord a dénoncé un « mensonge grossier » sur le bilan, sans remettre en cause la revendication. La faction de Boko Haram dirigée par Bakura, rivale de l'EIAO, n'a fait aucun commentaire.

Trois suspects ont été interpellés samedi à Maltam par la gendarmerie, dont le propriétaire de la maison où les jeunes filles auraient passé la nuit. Dimanche, des militaires du Bataillon d'intervention rapide (BIR) ont arrêté un présumé logisticien à Goulfey, à une trentaine de kilomètres au sud. Selon une source sécuritaire, il aurait transporté les trois adolescentes depuis le Nigeria à bord d'une pirogue.

Une quarantaine de personnes ont par ailleurs été convoquées à la brigade de gendarmerie de Maltam pour être entendues.

Samedi, dans la nuit, des hommes armés ont incendié une dizaine de cases dans le village d'Afadé, près de Maltam, sans faire de victimes, selon le chef du village.

Le marché hebdomadaire de Maltam, fermé depuis vendredi, rouvrira le 30 octobre, a indiqué le sous-préfet.
"""))
GOLD += [
E(20, ["L'attentat-suicide qui a fait dix-sept morts", "a été revendiqué samedi soir par l'État islamique en Afrique de l'Ouest"],
  "SUI", "2026-10-16", "day", "Maltam", "CM", 17, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'vendredi' vs Monday 19 October -> 16 October. 'dix-sept morts, dont les deux kamikazes' -> 17. Claimed by l'EIAO / Iswap -> 'Islamic State West Africa Province' (dev canonical name). The governor disputes the figure, not the claim; the rival faction 'n'a fait aucun commentaire' (no denial) -> perpetrator = claimant. The claim's 'plus de quarante' is not used."),
E(20, ["Trois suspects ont été interpellés samedi à Maltam par la gendarmerie"],
  "ARR", "2026-10-17", "day", "Maltam", "CM", None, None, None, "police", None, False,
  "'samedi' vs Monday 19 October -> 17 October. Gendarmerie -> police. 'Une quarantaine de personnes ont ... été convoquées' are summoned, not arrested."),
E(20, ["des militaires du Bataillon d'intervention rapide (BIR) ont arrêté un présumé logisticien à Goulfey"],
  "ARR", "2026-10-18", "day", "Goulfey", "CM", None, None, None, "military", None, False,
  "'Dimanche' -> 18 October. The BIR is an army unit -> military (events_holdout9: arrests by army units). 'une trentaine de kilomètres' is a distance."),
E(20, ["des hommes armés ont incendié une dizaine de cases dans le village d'Afadé"],
  "ATK", "2026-10-17", "day", "Afadé", "CM", 0, 0, "exact", None, None, False,
  "'Samedi, dans la nuit' -> 17 October (start of the night). Arson of houses by unnamed gunmen -> Violence against civilians / Attack; 'sans faire de victimes' -> 0/0. 'une dizaine de cases' are houses, not casualties. The village is named, so it is the place (not Maltam). 'le 30 octobre' is a future reopening."),
]

# -------------------------------------------------------------- holdout10-021
ARTICLES.append(A(21, "en", "transcript", "2026-10-23T19:00:00Z",
"Sahel Today (TV), studio discussion: the Lake Chad front after Maltam",
"""
PRESENTER: Good evening. A week ago today, two girls blew themselves up at the market in Maltam, in northern Cameroon, killing seventeen people, two of them the bombers. The Islamic State West Africa Province claimed it. With me is the security analyst Dr. Ngozi Mbah. Doctor, is this new?

NGOZI MBAH: No, sadly. In 2019, two girls blew themselves up at the market in Dabanga, killing eleven people. The pattern is the same: a crowded market day, children as bombers.

PRESENTER: And attacks on the army?

NGOZI MBAH: Those too. In March 2021, ISWAP fighters attacked the army post at Afadé and killed six soldiers. ISWAP claimed that one within hours. Four years ago, jihadists kidnapped about thirty people near Zina, mostly women. Some were never found.

PRESENTER: Has the army had successes?

NGOZI MBAH: It says so. Two years ago, the army said it killed 40 fighters in an operation on the islands near Darak. Nobody could check that figure. And last August a roadside bomb killed three gendarmes near, er, Logone-Birni.

PRESENTER: How many fighters are we talking about?

NGOZI MBAH: Estimates vary between 3,000 and 5,000 on all sides of the lake. Boko Haram and ISWAP have carried out more than 300 attacks in the Far North since 2014.

PRESENTER: Dr. Mbah, thank you. After the break, the price of fish in Kousseri, which has doubled in 18 months.
"""))
GOLD += [
E(21, ["two girls blew themselves up at the market in Maltam", "claimed it"],
  "SUI", "2026-10-16", "day", "Maltam", "CM", 17, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'A week ago today' vs Friday 23 October -> Friday 16 October, day (like 'Ten days ago'); current. 'seventeen people, two of them the bombers' -> 17 (bombers inside). Claimed by ISWAP."),
E(21, ["two girls blew themselves up at the market in Dabanga"],
  "SUI", "2019-01-01", "year", "Dabanga", "CM", 11, None, "exact", None, None, True,
  "'In 2019' -> year, background. Two bombers at one market -> one event (twin rule). 'killing eleven' -> 11. No actor."),
E(21, ["ISWAP fighters attacked the army post at Afadé", "ISWAP claimed that one"],
  "BAT", "2021-03-01", "month", "Afadé", "CM", 6, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", True,
  "'In March 2021' -> month, background. An attack on an army post -> Armed clash initiated by ISWAP, which claimed it. 'six soldiers' -> 6."),
E(21, ["jihadists kidnapped about thirty people near Zina"],
  "ABD", "2022-01-01", "year", "Zina", "CM", None, None, None, None, None, True,
  "'Four years ago' -> 2022, year, background. 'jihadists' are unnamed -> null. 'about thirty people' are abductees, not casualties."),
E(21, ["the army said it killed 40 fighters in an operation on the islands near Darak"],
  "BAT", "2024-01-01", "year", "Darak", "CM", 40, None, "exact", "military", None, True,
  "'Two years ago' -> 2024, year, background. An army operation against a group -> Armed clash initiated by the military (events_holdout7). The army's own figure is the only one and is used ('Nobody could check that figure' is no alternative figure)."),
E(21, ["a roadside bomb killed three gendarmes near, er, Logone-Birni"],
  "IED", "2026-08-01", "month", "Logone-Birni", "CM", 3, None, "exact", None, None, True,
  "'last August' in an October 2026 programme -> August 2026, month precision; 83 days before publication -> background. 'near, er, Logone-Birni' -> Logone-Birni (the filler is part of speech). 'between 3,000 and 5,000' fighters, 'more than 300 attacks ... since 2014' (cumulative) and '18 months' are distractors."),
]

# -------------------------------------------------------------- holdout10-022
ARTICLES.append(A(22, "en", "article", "2026-10-25T18:00:00Z",
"Cricket: Lions collapse in a blitz as Hawks win the final",
"""
LAHORE, Oct 25 - It was carnage at the Gaddafi Stadium on Sunday. The Hawks' bowling attack tore through the Lions' batting line-up, killing off the chase in 47 minutes and winning the final by 112 runs.

Set 289 to win, the Lions lost two wickets in two balls in the third over, a twin strike by the left-arm seamer Bilal Afridi, 23, that left the crowd of 27,000 stunned. What followed was a massacre: seven wickets fell for 38 runs, two of them to suicidal run-outs.

"They blew us away. It was an ambush," the Lions captain, Hamza Qureshi, said afterwards. He claimed responsibility for the defeat and said the dressing room had been "shot to pieces" by the pressure.

Earlier, the Hawks' opener had launched an explosive assault on the spinners, hitting nine sixes in a 52-ball hundred. "He bombed everything in the slot," his coach said.

Three spectators were treated for heat exhaustion by the medical team; one was taken to hospital as a precaution. Police said the crowd left the ground peacefully.

The Hawks take home 40 million rupees, and Afridi, who took five wickets, was named player of the tournament. The Lions' coach admitted his side had been "executed".
"""))

# -------------------------------------------------------------- holdout10-023
ARTICLES.append(A(23, "en", "article", "2026-10-21T08:00:00Z",
"Women march in Maltam as Nigerian troops arrest suspects across the border",
"""
MAROUA, Cameroon, Oct 21 - Hundreds of women marched through Maltam on Tuesday to demand that soldiers be posted at the town's markets and schools, five days after a double suicide bombing at the weekly market killed 17 people, including both bombers, and wounded 29. The women, many carrying photographs of the dead, walked to the sub-prefect's office and dispersed peacefully.

The bombing was claimed by the Islamic State West Africa Province, which said the two girls were "martyrs". Relatives said the two girls were about 14 years old.

Across the border in Nigeria, troops arrested four suspects linked to the bombing in Gamboru on Sunday, the Nigerian army said, including a boatman accused of ferrying the girls across the river. The army said 2 million naira in cash was found on them.

On Monday night, Boko Haram fighters attacked a Cameroonian army post near Goulfey. Two soldiers and about ten attackers were killed, the defence ministry said. Three soldiers were wounded.

Many families in Maltam have left for Kousseri, 50 km away. The market is due to reopen next week. Schools in the district, closed since Friday, reopened on Tuesday with 30 soldiers posted at the main one.
"""))
GOLD += [
E(23, ["Hundreds of women marched through Maltam on Tuesday", "The women, many carrying photographs of the dead, walked"],
  "PP", "2026-10-20", "day", "Maltam", "CM", None, None, None, None, None, False,
  "'on Tuesday' = day before publication (Wednesday 21 October) -> 20 October. A march with a demand that disperses peacefully -> Peaceful protest. 'Hundreds of women' are participants."),
E(23, ["a double suicide bombing at the weekly market", "The bombing was claimed"],
  "SUI", "2026-10-16", "day", "Maltam", "CM", 17, 29, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'five days after' Tuesday 20 October -> Friday 16 October. '17 people, including both bombers' -> 17; 'wounded 29'. Claimed by ISWAP. 'about 14 years old' is an age."),
E(23, ["troops arrested four suspects linked to the bombing in Gamboru"],
  "ARR", "2026-10-18", "day", "Gamboru", "NG", None, None, None, "military", None, False,
  "'on Sunday' vs Wednesday 21 October -> 18 October. An arrest abroad by that country's own army -> 'military' with that country's code (events_holdout Banki rule). '2 million naira' is money; 'four suspects' are arrestees."),
E(23, ["Boko Haram fighters attacked a Cameroonian army post near Goulfey"],
  "BAT", "2026-10-19", "day", "Goulfey", "CM", 12, 3, "about", "Boko Haram", None, False,
  "'On Monday night' -> 19 October (start of the night). An attack on an army post -> Armed clash initiated by Boko Haram (stated as fact by the ministry). 'Two soldiers and about ten attackers' -> 12, about. 'Three soldiers were wounded' -> 3. '50 km', '30 soldiers' are distractors."),
]
