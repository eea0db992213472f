"""Authoring source of benchmarks/events_holdout9 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the analysis piece on Yobe, Nigeria (holdout9-005), a Pakistani army
communiqué (006), a live blog from Kordofan, Sudan (007) and a radio
bulletin from Cabo Delgado, Mozambique (008)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout9")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout9-005
ARTICLES.append(A(5, "en", "article", "2026-06-18T09:00:00Z",
"Analysis: Yobe's roads measure a war that never ended",
"""
DAMATURU, Nigeria - When Islamic State West Africa Province fighters ambushed an army convoy outside Geidam last Saturday, the first reports spoke of eleven soldiers killed. By Monday the army had put the toll at eleven soldiers and "dozens" of insurgents, and ISWAP had claimed the ambush in a statement that doubled the army's losses. The road north of the town was closed again.

It was, residents say, the same kind of morning they have known for years. In 2019, fighters overran the army base at Yunusari and held it for two days; the army later said 23 soldiers and more than 40 fighters had died there. Four years ago, a suicide bomber walked into the cattle market in Potiskum and killed nineteen traders, an attack the police blamed on Boko Haram. Last August, gunmen abducted fourteen traders on the road between Gujba and Buni Yadi; six are still missing.

The air war has its own ledger. On March 14, 2026, an air force jet bombed what the military called an ISWAP camp on an island near Kanamma. Residents said it killed eleven fishermen. The air force said it had hit only insurgents and gave no figure of its own.

Officials like to quote statistics: two hundred and eighty-four attacks in the state since 2023, more than 600 civilians killed since 2021, 3,000 new troops promised for the northern border. The people who use the roads count differently. On Tuesday, hundreds of truck drivers blocked the Damaturu-Potiskum road to protest against the closures, and police fired tear gas to clear them; a 52-year-old driver told me he had lost three trucks and four colleagues in five years.

None of this is new. What is new is that, four months after the governor promised the roads would be safe by the rainy season, almost no one believes the promises any more. Until the convoys are protected and the markets can open, Yobe's war will be measured in closed roads.
"""))
GOLD += [
E(5, ["fighters ambushed an army convoy outside Geidam", "claimed the ambush"],
  "BAT", "2026-06-13", "day", "Geidam", "NG", 23, None, "at_least", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'last Saturday' vs Thursday 18 June -> 13 June. An ambush on an (armed) army convoy -> Armed clash initiated by ISWAP, which claimed it. Final toll: 'eleven soldiers and \"dozens\" of insurgents' -> 11 + 12 = 23, at_least (vague part's qualifier). ISWAP's doubled figure is a claimant's toll."),
E(5, ["fighters overran the army base at Yunusari"],
  "BAT", "2019-01-01", "year", "Yunusari", "NG", 63, None, "more_than", None, None, True,
  "'In 2019' -> year. '23 soldiers and more than 40 fighters' -> 23 + 40 = 63, more_than (vague part's qualifier). 'fighters' unnamed -> null. 'two days' is a span."),
E(5, ["a suicide bomber walked into the cattle market in Potiskum"],
  "SUI", "2022-01-01", "year", "Potiskum", "NG", 19, None, "exact", "Boko Haram", None, True,
  "'Four years ago' vs 2026 -> 2022, year. 'the police blamed on Boko Haram' is an attribution stated as fact -> perpetrator Boko Haram, no claim. 'killed nineteen traders' taken as written (the bomber is not counted)."),
E(5, ["gunmen abducted fourteen traders on the road between Gujba and Buni Yadi"],
  "ABD", "2025-08-01", "month", "Gujba", "NG", None, None, None, None, None, True,
  "'Last August' in a June 2026 piece -> August 2025, month. Road between two places -> first-named Gujba. 'fourteen' abductees and 'six are still missing' are not casualties."),
E(5, ["an air force jet bombed what the military called an ISWAP camp"],
  "AIR", "2026-03-14", "day", "Kanamma", "NG", 11, None, "exact", "military", None, True,
  "'On March 14, 2026' -> day, 96 days before -> background. The air force -> military. Residents' eleven fishermen is the only figure; the air force gives none and disputes who died, not the number (events_holdout2 Barmal precedent)."),
E(5, ["hundreds of truck drivers blocked the Damaturu-Potiskum road", "police fired tear gas to clear them"],
  "PI", "2026-06-16", "day", "Damaturu", "NG", None, None, None, None, None, False,
  "'On Tuesday' -> 16 June. A road blockade cleared with tear gas -> Protest with intervention (holdout6/holdout8 rule). Road -> first-named Damaturu. '52-year-old', 'three trucks and four colleagues in five years', 'two hundred and eighty-four attacks', 'more than 600 civilians' (cumulative) and '3,000 new troops' are distractors."),
]

# --------------------------------------------------------------- holdout9-006
ARTICLES.append(A(6, "en", "article", "2026-07-07T14:00:00Z",
"ISPR: nine khwarij killed in South Waziristan operation",
"""
PRESS RELEASE No PR-114/2026-ISPR

Rawalpindi - 7 July 2026

On 05-07-2026, security forces conducted an intelligence based operation in the general area of Sararogha, South Waziristan District, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, nine khwarij were sent to hell. However, during the exchange of fire, two soldiers, Naik Abdul Rehman (age 31, resident of Lakki Marwat) and Sepoy Imran Khan (age 24, resident of Karak), having fought gallantly, embraced shahadat. Weapons, ammunition and explosives were recovered from the killed khwarij.

In the intervening night of 5/6 July 2026, khwarij attempted to attack a security forces check post near Ladha. The attack was effectively repulsed by own troops; three khwarij were killed and one soldier was injured.

On 06-07-2026, a bomb disposal squad of the security forces defused an improvised explosive device weighing 12 kilograms, planted on the road near Makeen. No loss of life or injury occurred.

Separately, acting on information provided by the Counter Terrorism Department, 14 facilitators of the khwarij were apprehended by the CTD in Jandola on 6 July 2026.

Sanitisation operations are being conducted to eliminate any other khwarij found in the area, as the security forces of Pakistan are determined to wipe out the menace of terrorism from the country. Since January, 1,140 khwarij have been killed in the province.
"""))
GOLD += [
E(6, ["security forces conducted an intelligence based operation in the general area of Sararogha", "an intense exchange of fire", "the exchange of fire"],
  "BAT", "2026-07-05", "day", "Sararogha", "PK", 11, None, "exact", "military", None, False,
  "'05-07-2026' in a Pakistani communiqué is day-month-year -> 5 July. An operation that becomes an exchange of fire -> Armed clash initiated by the raiding force (military). 'nine khwarij' + 'two soldiers' = 11 (all sides). Ages '31', '24' are distractors."),
E(6, ["khwarij attempted to attack a security forces check post near Ladha", "The attack was effectively repulsed"],
  "BAT", "2026-07-05", "day", "Ladha", "PK", 3, 1, "exact", None, None, False,
  "'the intervening night of 5/6 July' -> dated at the start, 5 July. An attack on an armed post -> Armed clash. 'khwarij' is the military's term and names no group -> perpetrator null (see Known ambiguities)."),
E(6, ["a bomb disposal squad of the security forces defused an improvised explosive device"],
  "DWU", "2026-07-06", "day", "Makeen", "PK", 0, 0, "exact", "military", None, False,
  "'06-07-2026' -> 6 July. A device defused on its own -> Disrupted weapons use; 'No loss of life or injury occurred' -> 0/0. '12 kilograms' is a distractor."),
E(6, ["14 facilitators of the khwarij were apprehended by the CTD in Jandola"],
  "ARR", "2026-07-06", "day", "Jandola", "PK", None, None, None, "police", None, False,
  "'on 6 July 2026' -> day. CTD -> police. '14' are arrestees. '1,140 khwarij ... since January' is a cumulative statistic, not coded."),
]

# --------------------------------------------------------------- holdout9-007
ARTICLES.append(A(7, "en", "article", "2026-08-11T15:30:00Z",
"Live: air strike hits Al-Nuhud livestock market",
"""
Live updates. All times local (UTC+2). Oldest entries first.

09:15 - Residents of Al-Nuhud, in West Kordofan, report an air strike on the town's main livestock market shortly after nine this morning. A local volunteer group says at least 12 people were killed.

10:40 - The strike was carried out by an army warplane, according to the volunteer group and two residents we reached by phone. The Rapid Support Forces, who hold the town, call it a massacre. The army says it struck "RSF military gatherings" in the area and does not comment on civilian casualties.

12:05 - The toll has risen to 27, according to the town's hospital, which says it has received more than 50 wounded.

13:30 - Separately, the army says the RSF shelled residential districts of Kadugli, in South Kordofan, overnight, killing five civilians, among them two children aged 6 and 9. The RSF has not commented.

15:10 - In Kassala, in the east, police fired tear gas to disperse some 2,000 displaced people who had marched on the state government building to demand food rations, witnesses said. Nobody was hurt, they said, and the crowd regrouped an hour later.

16:45 - The latest figure from Al-Nuhud: close to 40 dead and 63 wounded, the hospital director tells us. About 300 head of cattle were also killed and 20 trucks burned.

17:20 - For context, this is the third air strike on a market in Kordofan in two months, according to a monitoring group's tally. We are closing this blog now.
"""))
GOLD += [
E(7, ["an air strike on the town's main livestock market", "The strike was carried out by an army warplane"],
  "AIR", "2026-08-11", "day", "Al-Nuhud", "SD", 40, 63, "about", "military", None, False,
  "Oldest-first blog: the final figure is in the 16:45 entry, 'close to 40 dead and 63 wounded' -> 40, about (after 'at least 12' and 27; 'more than 50 wounded' earlier). The attribution to an army warplane is stated, and the army says it struck the area (no denial) -> military. The blog's times are local (UTC+2); 'this morning' is 11 August. '300 head of cattle', '20 trucks', 'the third air strike' (cumulative) are distractors."),
E(7, ["the RSF shelled residential districts of Kadugli"],
  "SHL", "2026-08-10", "day", "Kadugli", "SD", 5, None, "exact", "Rapid Support Forces", None, False,
  "'overnight' in a blog of 11 August -> dated at the start of the night, 10 August. The army states the RSF shelled; 'has not commented' is no denial. Ages '6 and 9' are of two of the five."),
E(7, ["police fired tear gas to disperse some 2,000 displaced people", "had marched on the state government building"],
  "PI", "2026-08-11", "day", "Kassala", "SD", 0, 0, "exact", None, None, False,
  "A march dispersed with tear gas -> Protest with intervention. 'Nobody was hurt' -> 0/0 (holdout8 Witu rule). 'some 2,000' are participants."),
]

# --------------------------------------------------------------- holdout9-008
ARTICLES.append(A(8, "en", "transcript", "2026-09-15T05:00:00Z",
"Morning bulletin: attack in Namuno district",
"""
PRESENTER: Good morning. Insurgents have attacked a village in Namuno district, in Mozambique's Cabo Delgado province, killing six people. Our correspondent Amélia Nhantumbo is in Pemba. Amélia?

AMÉLIA NHANTUMBO: Good morning. Yes, the attack was on Sunday night, on the outskirts of Namuno town. Residents say about thirty men with guns and machetes arrived at around ten p.m., burned more than 40 houses and killed six people, eh, four men and two women. Eleven people were injured. Yesterday the Islamic State, through what it calls its Mozambique province, said it carried out the attack and posted photographs.

PRESENTER: Has there been a response?

AMÉLIA NHANTUMBO: The army says troops ambushed a group of insurgents near Mecúfi on Monday and killed five of them. It says it lost no men. We have not been able to verify that.

PRESENTER: Any arrests?

AMÉLIA NHANTUMBO: Not yet. The police in Pemba have summoned three local officials for questioning, um, about warnings that may have been ignored, but nobody has been detained.

PRESENTER: This is not the first attack in the area.

AMÉLIA NHANTUMBO: No. Last month a roadside bomb killed two soldiers near Ocua, on the main road south. And the people are moving again: some 4,000 have arrived in Eráti district, in Nampula, since the weekend. On Sept. 9, last Wednesday, displaced families blocked the main road at Eráti for several hours to demand food. That ended peacefully.

PRESENTER: Amélia Nhantumbo in Pemba, thank you.
"""))
GOLD += [
E(8, ["Insurgents have attacked a village in Namuno district", "the attack was on Sunday night", "said it carried out the attack"],
  "ATK", "2026-09-13", "day", "Namuno", "MZ", 6, 11, "exact", "Islamic State", "Islamic State", False,
  "'on Sunday night' vs Tuesday 15 September -> 13 September. Villagers killed and houses burned -> Attack on civilians. Claimed by the Islamic State's 'Mozambique province' -> Islamic State. 'about thirty men', 'ten p.m.', 'more than 40 houses' are distractors; 'four men and two women' is the split of the six."),
E(8, ["troops ambushed a group of insurgents near Mecúfi"],
  "BAT", "2026-09-14", "day", "Mecúfi", "MZ", 5, None, "exact", "military", None, False,
  "'on Monday' -> 14 September. The army's own figure (five insurgents) is the only one; 'lost no men' gives no injured figure -> injured null."),
E(8, ["a roadside bomb killed two soldiers near Ocua"],
  "IED", "2026-08-01", "month", "Ocua", "MZ", 2, None, "exact", None, None, True,
  "'Last month' vs 15 September -> August 2026, month precision, 45 days -> background. No actor named."),
E(8, ["displaced families blocked the main road at Eráti"],
  "PP", "2026-09-09", "day", "Eráti", "MZ", None, None, None, None, None, False,
  "'On Sept. 9, last Wednesday' -> 9 September 2026 (publication year). A blockade with a demand that ended peacefully -> Peaceful protest. The three officials 'summoned for questioning' are not arrested (no event). 'some 4,000' displaced are not casualties."),
]
