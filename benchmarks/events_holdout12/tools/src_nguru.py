"""Authoring source of benchmarks/events_holdout12 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nguru, Nigeria cluster (holdout12-001 to 005), two women bombers at
the cattle market on Tuesday 14 April 2026: the agency flash (001), a
regional paper's long feature with the revised toll (002), a police press
release listing arrests by name and age (003), a French agency brief on the
claim and a denial (004) and an opinion column full of older attacks (005).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout12")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout12-001
ARTICLES.append(A(1, "en", "article", "2026-04-14T15:00:00Z",
"Twin suicide blasts hit cattle market in northeast Nigeria, at least 14 dead",
"""
NGURU, Nigeria, April 14 (Agency) - Two suicide bombers blew themselves up minutes apart at the crowded cattle market in Nguru, in Nigeria's Yobe State, on Tuesday morning, killing at least fourteen people and wounding dozens, police and witnesses said.

The first bomber, a woman who appeared to be in her twenties, detonated her explosives near the livestock pens at about 9:40 a.m. The second struck around ten minutes later among traders and onlookers who had rushed to help the wounded, the state police spokesman, Dungus Abdulkarim, said.

"There were about 3,000 head of cattle in the market and buyers had come from Niger and from Kano," a trader, 52, said by telephone. "Bulls were running everywhere."

No group has claimed the attack. The police spokesman said it was "likely the work of Boko Haram or its rival ISWAP", both active in the north of the state.

The wounded were taken to the Federal Medical Centre in Nguru, some 280 km from the state capital. Seven of them were in critical condition, a doctor said.

Earlier on Tuesday, soldiers repelled an attack on a military base in Machina, about 60 km to the north, killing four insurgents, the army said. No soldier was hurt, it added.

In neighbouring Jigawa State, police said they had arrested two men carrying explosives in Hadejia on Monday.

Market officials said the weekly market, one of the largest in the northeast, would stay closed for a week.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up minutes apart at the crowded cattle market in Nguru", "No group has claimed the attack"],
  "SUI", "2026-04-14", "day", "Nguru", "NG", 14, 12, "at_least", None, None, False,
  "'on Tuesday morning' = publication day, Tuesday 14 April. Two bombers at one market, minutes apart -> one Suicide bomb event (twin rule). 'at least fourteen' -> 14, at_least; 'dozens' wounded -> 12 (dev vague-amount table; the qualifier describes killed). 'likely the work of Boko Haram or its rival ISWAP' is speculation -> perpetrator null. '9:40 a.m.', 'ten minutes', 'about 3,000 head of cattle', 'a trader, 52', 'some 280 km' and 'Seven of them' (a subset) are not casualties."),
E(1, ["soldiers repelled an attack on a military base in Machina"],
  "BAT", "2026-04-14", "day", "Machina", "NG", 4, 0, "exact", None, None, False,
  "'Earlier on Tuesday' -> 14 April. Unnamed insurgents attacking an army base, repelled -> Armed clash with a null initiator (unnamed attackers). 'killing four insurgents' -> 4; 'No soldier was hurt' -> injured 0 (holdout10 'no soldiers were hurt' reading). 'about 60 km' is a distance."),
E(1, ["police said they had arrested two men carrying explosives in Hadejia"],
  "ARR", "2026-04-13", "day", "Hadejia", "NG", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 14 April -> 13 April. Police -> police; the explosives belong to the arrest. 'two men' are arrestees. Not linked to Nguru by the text."),
]

# -------------------------------------------------------------- holdout12-002
ARTICLES.append(A(2, "en", "article", "2026-04-16T07:00:00Z",
"Nguru counts its dead: inside the market where two bombers struck",
"""
By our Yobe correspondent

The cattle dealers of Nguru still talk in numbers. Abubakar Sani, 61, had sold eleven bulls on Tuesday morning at 450,000 naira each. Ten minutes later, he says, the first explosion threw him against a lorry, and the second one took his nephew.

Police first put the toll at fourteen. By Wednesday evening the count was 22, and three of the wounded died overnight at the Federal Medical Centre, bringing the number of dead to twenty-five, not counting the two women who carried the bombs. Sixty-one people were treated for wounds, and 19 of them are still in hospital.

It was the deadliest attack on the town since 2015, when a lone bomber killed nine people at the same market's southern gate.

Many of the victims were young herders from Jakusko and Bade, who walk their animals up to 150 km to reach the market. Eight were buried in Nguru on Wednesday afternoon, side by side, according to Islamic custom.

On Wednesday, several hundred cattle traders marched from the market to the palace of the Emir of Nguru to demand that soldiers guard the market gates. They dispersed after the emir's secretary received a delegation of twelve.

Security officials say the two women probably arrived on Monday on a bus from Gashua. The market's vigilance committee, which searches visitors with hand-held detectors, says it had only four detectors for six gates.

The town's police division has about 40 officers for a population of more than 150,000, residents complain. The state government has promised 200 more mobile police and a new fence.

On Wednesday night, gunmen stole about 80 cattle from a herders' camp outside Jakusko and shot dead a 17-year-old herder, the Miyetti Allah association said.

"We will not close the market forever," said the chairman of the cattle dealers' association, Alhaji Garba Lawan, 70. "Our cattle do not wait."
"""))
GOLD += [
E(2, ["the first explosion threw him against a lorry", "bringing the number of dead to twenty-five"],
  "SUI", "2026-04-14", "day", "Nguru", "NG", 27, 61, "exact", None, None, False,
  "'on Tuesday morning' vs Thursday 16 April -> 14 April. Revised toll inside the article: 14 -> 22 -> three wounded died overnight -> 'twenty-five, not counting the two women who carried the bombs' -> 25 + 2 = 27 ('not counting' adds the bombers, events_holdout rule). 'Sixty-one people were treated for wounds' -> 61; '19 of them are still in hospital' is a subset (the wounded total is given). No claim or actor named -> null. '61', 'eleven bulls', '450,000 naira', 'Ten minutes' are distractors; 'Eight were buried' is a subset."),
E(2, ["a lone bomber killed nine people at the same market's southern gate"],
  "SUI", "2015-01-01", "year", "Nguru", "NG", 9, None, "exact", None, None, True,
  "'since 2015, when' -> year, background. One bomber at the market -> Suicide bomb; 'killed nine people' as written (whether the bomber is inside is not said). No actor."),
E(2, ["several hundred cattle traders marched from the market to the palace of the Emir of Nguru"],
  "PP", "2026-04-15", "day", "Nguru", "NG", None, None, None, None, None, False,
  "'On Wednesday' vs Thursday 16 April -> 15 April. A march with a demand that disperses after a delegation is received -> Peaceful protest. 'several hundred' are participants, 'a delegation of twelve' is not a casualty."),
E(2, ["gunmen stole about 80 cattle from a herders' camp outside Jakusko and shot dead a 17-year-old herder"],
  "ATK", "2026-04-15", "day", "Jakusko", "NG", 1, None, "exact", None, None, False,
  "'On Wednesday night' vs Thursday 16 April -> 15 April (a night is dated at its start). Cattle rustlers killing a herder -> Violence against civilians / Attack; unnamed gunmen -> null. 'about 80 cattle' and '17-year-old' are not casualties; killed 1."),
]

# -------------------------------------------------------------- holdout12-003
ARTICLES.append(A(3, "en", "article", "2026-04-18T10:00:00Z",
"Yobe State Police Command: arrests and a gun duel after the Nguru market bombing",
"""
PRESS RELEASE - YOBE STATE POLICE COMMAND

The Command wishes to inform the public that, following the twin suicide bombing at the Nguru cattle market on Tuesday 14 April 2026, in which twenty-seven persons including the two female bombers lost their lives and sixty-one others were injured, operatives of the Command, working with the Department of State Services (DSS), have made the following arrests.

On Wednesday 15 April 2026, the following suspects were arrested at a house in the Bulabulin area of Nguru and placed in custody:
1. Musa Bukar, 34, bus driver;
2. Ali Modu, 27, trader;
3. Hauwa Isa, 45, owner of the house;
4. Bulama Kachalla, 19, commercial motorcycle rider.

On Thursday 16 April 2026, a team acting on credible intelligence raided a hideout on the outskirts of Gashua. The suspects opened fire on the operatives and, in the ensuing gun duel, two suspects were neutralised, while one Inspector sustained a gunshot injury and is responding to treatment. One AK-47 rifle, three magazines and 10 kilograms of explosives were recovered from the hideout.

On Friday 17 April 2026, one Adamu Gana, 38, said to have bought the bus tickets used by the bombers, was picked up at a checkpoint in Jakusko.

In addition, 236 persons were screened at checkpoints in and around Nguru and 14 others were invited for questioning and released. They are not suspects, and the public is urged not to stigmatise them.

The Commissioner of Police, CP Emmanuel Adebayo, assures residents that the Command has deployed 120 additional personnel to the market, which will reopen on 21 April, and urges the public to report suspicious movements on the Command's emergency line, 112.

Signed: ASP Dungus Abdulkarim, Police Public Relations Officer, for the Commissioner of Police.
"""))
GOLD += [
E(3, ["the twin suicide bombing at the Nguru cattle market"],
  "SUI", "2026-04-14", "day", "Nguru", "NG", 27, 61, "exact", None, None, False,
  "Absolute date 'Tuesday 14 April 2026'. 'twenty-seven persons including the two female bombers' -> 27 (bombers inside); 'sixty-one others were injured' -> 61. The release names no claimant -> null (each document stands alone)."),
E(3, ["the following suspects were arrested at a house in the Bulabulin area of Nguru"],
  "ARR", "2026-04-15", "day", "Nguru", "NG", None, None, None, "police", None, False,
  "'On Wednesday 15 April 2026'. Police with the DSS -> police. Bulabulin is an area of Nguru -> Nguru. The ages (34, 27, 45, 19) and the list numbers are not casualties. 'have made the following arrests' is an umbrella over three events and is not a trigger."),
E(3, ["raided a hideout on the outskirts of Gashua", "in the ensuing gun duel"],
  "BAT", "2026-04-16", "day", "Gashua", "NG", 2, 1, "exact", "police", None, False,
  "'On Thursday 16 April 2026'. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (holdout10 Gurguri, Raf-Raf) -> police. 'two suspects were neutralised' -> killed 2; 'one Inspector sustained a gunshot injury' -> injured 1. Weapons and '10 kilograms' belong to the raid; 'three magazines' is not a casualty."),
E(3, ["was picked up at a checkpoint in Jakusko"],
  "ARR", "2026-04-17", "day", "Jakusko", "NG", None, None, None, "police", None, False,
  "'On Friday 17 April 2026'. 'picked up' = arrested, by the police (the release's own operatives). '38' is an age. '236 persons were screened' and '14 others were invited for questioning and released' are not arrests; '120 additional personnel' and '112' are not casualties."),
]

# -------------------------------------------------------------- holdout12-004
ARTICLES.append(A(4, "fr", "article", "2026-04-17T16:00:00Z",
"Nigeria : l'EIAO revendique le double attentat de Nguru",
"""
NGURU (Nigeria), 17 avril (Agence) - Le double attentat-suicide qui a fait vingt-sept morts, dont les deux kamikazes, mardi au marché aux bestiaux de Nguru, dans le nord-est du Nigeria, a été revendiqué par l'État islamique en Afrique de l'Ouest (EIAO, ou Iswap), dans un communiqué diffusé jeudi soir par l'agence Amaq.

Le groupe affirme que « deux sœurs » ont visé « un rassemblement d'apostats » et dit avoir tué « plus de cent » personnes, un chiffre rejeté par la police de l'État de Yobe, qui ne conteste pas en revanche l'authenticité du texte.

La faction rivale de Boko Haram, le Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), a démenti toute implication dans un message audio de quatre minutes.

Selon l'hôpital de Nguru, 61 blessés ont été soignés, dont 19 sont toujours hospitalisés. Le marché, qui accueille chaque mardi plus de 3 000 têtes de bétail, doit rouvrir le 21 avril.

Jeudi, des hommes armés ont enlevé six cultivateurs près de Fune, à une centaine de kilomètres au sud, selon un chef traditionnel. Une rançon de 5 millions de nairas a été réclamée aux familles.

Par ailleurs, l'armée de l'air a annoncé vendredi avoir tué « une dizaine de terroristes » lors d'une frappe menée mercredi contre un campement près de Karasuwa, non loin de la frontière avec le Niger. Cette information n'a pas pu être vérifiée de source indépendante.
"""))
GOLD += [
E(4, ["Le double attentat-suicide qui a fait vingt-sept morts", "a été revendiqué par l'État islamique en Afrique de l'Ouest"],
  "SUI", "2026-04-14", "day", "Nguru", "NG", 27, 61, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'mardi' vs Friday 17 April -> 14 April. 'vingt-sept morts, dont les deux kamikazes' -> 27. '61 blessés ont été soignés' -> 61 ('dont 19' is a subset). 'a été revendiqué par l'EIAO ... dans un communiqué diffusé jeudi soir par l'agence Amaq' -> claimed by ISWAP (dev canonical name; Amaq carries ISWAP claims). The police reject the figure, not the authorship; JAS (Boko Haram) denies, a rival's denial -> perpetrator = claimant. The claim's 'plus de cent' is not used."),
E(4, ["des hommes armés ont enlevé six cultivateurs près de Fune"],
  "ABD", "2026-04-16", "day", "Fune", "NG", None, None, None, None, None, False,
  "'Jeudi' vs Friday 17 April -> 16 April. Unnamed gunmen -> null. 'six cultivateurs' are abductees; 'une centaine de kilomètres' and '5 millions de nairas' are not casualties."),
E(4, ["l'armée de l'air a annoncé vendredi avoir tué « une dizaine de terroristes » lors d'une frappe"],
  "AIR", "2026-04-15", "day", "Karasuwa", "NG", 10, None, "about", "military", None, False,
  "Strike 'mercredi' (announced Friday 17 April) -> 15 April. Air force -> military. The acting force's own figure is the only one -> 'une dizaine' = 10, about (holdout10 Gounghin rule), though unverified."),
]

# -------------------------------------------------------------- holdout12-005
ARTICLES.append(A(5, "en", "article", "2026-04-27T06:00:00Z",
"Opinion: Nguru was not the first, and we keep forgetting",
"""
Thirteen days ago, two young women walked into the Nguru cattle market and blew themselves up, killing twenty-seven people, themselves included. The Islamic State West Africa Province took credit for it two days later, and the country moved on within a week. We have been here before, and we keep forgetting.

In January 2020, two girls, the older one about 16, blew themselves up at a mosque in Nangere during the dawn prayer, killing seven worshippers. Nobody claimed that attack, although the police blamed Boko Haram at the time.

Two years earlier, a roadside bomb tore through a wedding convoy near Fika, killing eleven guests. The bride survived; her father, a retired headmaster, did not.

Five years ago, ISWAP fighters overran the army base at Babbangida, killing 18 soldiers, and claimed the raid the same week. The base was rebuilt with a 3-metre wall and then quietly abandoned.

Last Ramadan, a bomber on a motorcycle struck a checkpoint outside Gashua. Only the bomber died.

In each case the pattern was the same: women or children used as weapons, crowds chosen for the largest toll, then a round of arrests, a visit by a minister and a promise of fences. Yobe has 17 local government areas and more than 300 km of border with Niger. It cannot fence them all.

What it can do is pay the vigilantes who actually search people at market gates. Most of them earn 30,000 naira a month, when they are paid at all, and share one detector between three gates. A bull at Nguru sells for fifteen times that.

The next bomber is already walking towards some market. The question is whether anyone at the gate will be paid, trained and awake when she arrives.

The writer is a former secretary of the Nguru cattle dealers' association.
"""))
GOLD += [
E(5, ["two young women walked into the Nguru cattle market and blew themselves up", "took credit for it"],
  "SUI", "2026-04-14", "day", "Nguru", "NG", 27, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'Thirteen days ago' vs Monday 27 April -> 14 April, day (like 'Il y a treize jours'); 13 days -> current. 'twenty-seven people, themselves included' -> 27 (bombers inside). 'took credit for it' = claim -> ISWAP."),
E(5, ["two girls, the older one about 16, blew themselves up at a mosque in Nangere"],
  "SUI", "2020-01-01", "month", "Nangere", "NG", 7, None, "exact", "Boko Haram", None, True,
  "'In January 2020' -> month, background. Two girls at one mosque -> one event (twin rule). 'killing seven worshippers' -> 7 as written. 'the police blamed Boko Haram at the time' is an official's attribution stated as fact (dev rule) -> perpetrator Boko Haram, no claim ('Nobody claimed'). 'about 16' is an age."),
E(5, ["a roadside bomb tore through a wedding convoy near Fika"],
  "IED", "2018-01-01", "year", "Fika", "NG", 11, None, "exact", None, None, True,
  "'Two years earlier' than January 2020 -> 2018, year precision, background. Roadside bomb -> Remote explosive/landmine/IED. 'killing eleven guests' -> 11 (the father is one of them). No actor."),
E(5, ["ISWAP fighters overran the army base at Babbangida", "claimed the raid"],
  "BAT", "2021-01-01", "year", "Babbangida", "NG", 18, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", True,
  "'Five years ago' vs 2026 -> 2021, year, background. An assault on an army base -> Armed clash initiated by ISWAP, which claimed it. 'killing 18 soldiers' -> 18. '3-metre wall' is not a casualty."),
E(5, ["a bomber on a motorcycle struck a checkpoint outside Gashua"],
  "SUI", None, None, "Gashua", "NG", 1, None, "exact", None, None, False,
  "'Last Ramadan' is read as a vague date -> event_date null (as the task brief asks); an event with a null date is not background (dev rule), although it is plainly past. 'Only the bomber died' -> killed 1; nobody else's injuries stated -> injured null. '17 local government areas', '300 km', '30,000 naira', 'fifteen times' are not casualties."),
]
