"""Authoring source of benchmarks/events_holdout14 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kut, Iraq cluster (holdout14-006 to 010, all English), two
bombers late on Thursday 16 April 2026 at two sites of one town about one
kilometre and twelve minutes apart (a vegetable market, then the gate of the
main hospital): a terse wire flash with the toll after a colon (006), a
next-day report that opens with a number, with the revised toll and a
funeral that turns into a riot (007), the Islamic State's claim, a denial
and arrests (008), a security media cell statement (009) and an op-ed full
of older attacks (010). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout14")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout14-006
ARTICLES.append(A(6, "en", "article", "2026-04-16T21:30:00Z",
"Twin suicide blasts hit Iraq's Kut",
"""
KUT, Iraq, April 16 (Wire) - Two suicide bombers attacked a crowded vegetable market and a hospital gate in the eastern Iraqi city of Kut late on Thursday, police and medical sources said.

Killed: at least 17, among them two policemen and a paramedic. Wounded: dozens, according to the Wasit health directorate, which gave no exact figure.

The first attacker set off an explosive belt among stalls near the Tigris at about 8:40 p.m. Twelve minutes later, as ambulances were arriving, a second man blew himself up at the gate of the city's main hospital, about one kilometre away, a police captain said.

"We were carrying the wounded in when the second one exploded," said a 27-year-old nurse who gave only her first name, Zainab. "People ran back out into the street."

No group has claimed the attack. An intelligence official said Ansar al-Islam, a jihadist group that has been largely dormant since 2017, "may have been" behind it, but added that the Islamic State was "the usual suspect".

Earlier on Thursday, a roadside bomb hit an army patrol near Numaniyah, about 70 km north-west of Kut, wounding three soldiers, a military source said.

Authorities imposed a curfew in Kut until 6 a.m. on Friday and closed all four entrances to the city. The prime minister ordered an investigation and sent the interior minister to the scene.

Kut, a city of about 400,000 people some 170 km south-east of Baghdad, had been spared major attacks for years. The last big one in the province came in 2017, when a car bomb killed nine people at a checkpoint near Aziziyah.

The health directorate appealed for blood donors and opened a hotline, 07801 114 220, for families looking for relatives.

More follows.
"""))
GOLD += [
E(6, ["Two suicide bombers attacked a crowded vegetable market and a hospital gate in the eastern Iraqi city of Kut", "No group has claimed the attack"],
  "SUI", "2026-04-16", "day", "Kut", "IQ", 17, 12, "at_least", None, None, False,
  "'late on Thursday' = publication day, Thursday 16 April (dev: 'late on Thursday' means Thursday). Two bombers at two sites of one town (the market and the hospital gate, about one kilometre and twelve minutes apart) -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla, events_holdout13). Toll after a colon: 'Killed: at least 17' -> 17, at_least; 'Wounded: dozens' -> 12 (dev table). Ansar al-Islam 'may have been' behind it is speculation and the Islamic State 'the usual suspect' is not an attribution -> null. 'two policemen and a paramedic' is a subset; '8:40 p.m.', 'Twelve minutes', 'one kilometre', '27-year-old' are not casualties."),
E(6, ["a roadside bomb hit an army patrol near Numaniyah"],
  "IED", "2026-04-16", "day", "Numaniyah", "IQ", None, 3, "exact", None, None, False,
  "'Earlier on Thursday' -> 16 April. Roadside bomb, no actor -> IED. 'wounding three soldiers' -> injured 3, killed null. 'about 70 km' is a distance."),
E(6, ["a car bomb killed nine people at a checkpoint near Aziziyah"],
  "IED", "2017-01-01", "year", "Aziziyah", "IQ", 9, None, "exact", None, None, True,
  "'in 2017' -> year, background. A car bomb with no bomber named as dying -> Remote explosive/landmine/IED; no actor. 'nine people' -> 9. 'four entrances', '400,000', '170 km', '6 a.m.' and the hotline '07801 114 220' are not casualties; the curfew is not coded."),
]

# -------------------------------------------------------------- holdout14-007
ARTICLES.append(A(7, "en", "article", "2026-04-17T17:00:00Z",
"Kut toll rises as funeral turns to fury",
"""
By our Baghdad bureau

Twenty-one people died when two suicide bombers struck a market and then a hospital in Kut on Thursday night, the Wasit health director said early on Friday. By the afternoon the figure had risen: five of the wounded died during the day, bringing the toll to 26 dead, besides the two bombers. Sixty-one people were wounded, forty-four of whom were still in hospital on Friday evening.

The dead included nine members of one family who had come in from the countryside to sell tomatoes, a 70-year-old porter, two policemen and a paramedic who had been lifting a stretcher out of an ambulance when the second bomber reached the hospital gate.

The hospital itself, damaged by the second blast, was treating patients in its car park on Friday. Doctors said they had received more than 1,200 units of blood from donors in a single night.

Grief turned to anger by midday. As the first coffins were carried from the main mosque, hundreds of mourners marched on the provincial government building, chanting against the governor. Some threw stones at the gate and set a police car on fire. Riot police fired tear gas and shot into the air to disperse them; six protesters were hurt, a medic at the scene said.

"They tell us the city is safe, and then two men with belts walk into the market," said Hussein Kadhim, 41, whose brother sold onions there. "Where were the checkpoints?"

Police in Kut said they had detained several suspects overnight, including the owner of a house on the edge of the city where investigators believe the bombers spent their last night. They did not say how many.

The governor declared three days of mourning and closed schools until Sunday. The market, which employs some 3,000 people, will stay shut for at least a week.

There has been no claim of responsibility. Security officials have said a dormant jihadist group or the Islamic State could be responsible, without giving evidence.
"""))
GOLD += [
E(7, ["Twenty-one people died when two suicide bombers struck a market and then a hospital in Kut", "There has been no claim of responsibility"],
  "SUI", "2026-04-16", "day", "Kut", "IQ", 28, 61, "exact", None, None, False,
  "'on Thursday night' vs Friday 17 April -> 16 April. Two sites of one town -> one event. Sentence opening with the number; revised inside the article: 'Twenty-one' -> five of the wounded died -> '26 dead, besides the two bombers' -> read like 'not counting' (events_holdout13: 'not including', 'excluding' add the bombers) -> 26 + 2 = 28, exact. 'Sixty-one people were wounded' -> 61 ('forty-four' still in hospital is a subset; the later deaths do not reduce it). 'The dead included nine members of one family', '70-year-old', 'two policemen and a paramedic' are subsets or ages. No claim, only speculation -> null."),
E(7, ["hundreds of mourners marched on the provincial government building", "Some threw stones at the gate and set a police car on fire"],
  "RIOT", "2026-04-17", "day", "Kut", "IQ", None, 6, "exact", None, None, False,
  "'by midday' on Friday 17 April = publication day. A march that turns to stone-throwing and the burning of a police car -> Violent demonstration (events_holdout3, events_holdout8: stones and vehicles burned); the police tear gas and shots in the air do not change the type. 'six protesters were hurt' -> injured 6, killed null. 'hundreds of mourners' are participants."),
E(7, ["Police in Kut said they had detained several suspects overnight"],
  "ARR", "2026-04-16", "day", "Kut", "IQ", None, None, None, "police", None, False,
  "'overnight' in a Friday 17 April story -> the night of Thursday to Friday, dated at its start, 16 April. Police arrests; 'several' is no figure. '1,200 units', '41', 'three days of mourning', '3,000 people' are not casualties."),
]

# -------------------------------------------------------------- holdout14-008
ARTICLES.append(A(8, "en", "article", "2026-04-18T12:00:00Z",
"Islamic State takes credit for Kut bombings; Ansar al-Islam says it had no part",
"""
KUT, Iraq, April 18 - The Islamic State group took credit on Friday evening for Thursday's double suicide bombing in Kut, which killed 28 people, counting the two bombers, and wounded 61.

In a statement on its Telegram channels, the group said two of its "knights" had struck "a gathering of Shia apostates" and claimed that more than 100 had been killed. Iraqi officials called the figure a lie but did not dispute that the group was responsible. A picture released with the statement showed the two attackers, who appeared to be in their twenties, posing in front of a black flag.

Ansar al-Islam, which an intelligence official had named on Thursday as a possible culprit, rejected any involvement in a short message on Friday, saying it "does not target markets or hospitals".

The investigation moved fast on Saturday. Counter-terrorism forces arrested seven suspects in dawn raids in Al-Hayy, a town about 40 km south of Kut, a security official said, among them two brothers accused of storing the explosive belts in a chicken farm. Officers seized 18 kg of explosives and a pickup truck.

On Friday, soldiers at a checkpoint outside Badrah, near the Iranian border, detained a 34-year-old money changer suspected of moving cash to the cell. He is thought to have paid the rent on the house where the bombers stayed, the official said.

Investigators have questioned more than 200 people since Thursday, most of them traders from the market, and released almost all of them. The provincial council has offered a reward of 50 million dinars for information.

The Islamic State last claimed a suicide attack in this part of Iraq in March 2019, when a bomber killed six people at a checkpoint outside Ali al-Gharbi, in neighbouring Maysan province. It has since been reduced to small cells hiding in the deserts and the Hamrin mountains, and security officials had described it as all but finished in the south.
"""))
GOLD += [
E(8, ["Thursday's double suicide bombing in Kut"],
  "SUI", "2026-04-16", "day", "Kut", "IQ", 28, 61, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Saturday 18 April -> 16 April. Two sites of one town -> one event. '28 people, counting the two bombers' -> 28 (inside, events_holdout13 012); 'wounded 61' -> 61. 'took credit' -> Islamic State claimant; officials reject its figure ('more than 100', not used) but not its authorship -> perpetrator Islamic State. Ansar al-Islam's rejection is a denial, not a claim."),
E(8, ["Counter-terrorism forces arrested seven suspects in dawn raids in Al-Hayy"],
  "ARR", "2026-04-18", "day", "Al-Hayy", "IQ", None, None, None, "police", None, False,
  "'on Saturday' = publication day, 18 April. Counter-terrorism forces -> police (dev convention). 'seven suspects', 'two brothers' are arrestees; '18 kg of explosives' and the pickup belong to the arrest; 'about 40 km' is a distance."),
E(8, ["soldiers at a checkpoint outside Badrah", "detained a 34-year-old money changer"],
  "ARR", "2026-04-17", "day", "Badrah", "IQ", None, None, None, "military", None, False,
  "'On Friday' vs Saturday 18 April -> 17 April. A suspected facilitator detained by soldiers -> Arrests, 'military'. '34-year-old' is an age; 'more than 200 people' questioned and released are not arrests; '50 million dinars' is money."),
E(8, ["a suicide attack in this part of Iraq", "a bomber killed six people at a checkpoint outside Ali al-Gharbi"],
  "SUI", "2019-03-01", "month", "Ali al-Gharbi", "IQ", 6, None, "exact", "Islamic State", "Islamic State", True,
  "'in March 2019' -> month, background. 'The Islamic State last claimed a suicide attack ... when a bomber killed six people' -> claimed, Suicide bomb; 'six people' as written (the bomber is not said to be inside)."),
]

# -------------------------------------------------------------- holdout14-009
ARTICLES.append(A(9, "en", "article", "2026-04-20T10:00:00Z",
"Security Media Cell: statement on operations following the Kut crime",
"""
SECURITY MEDIA CELL - STATEMENT

In implementation of the directives of the Commander-in-Chief of the Armed Forces, and following the cowardly crime committed by the terrorist gangs of Daesh against innocent citizens in Kut on the evening of Thursday 16 April 2026, our heroic security forces carried out the following operations.

First: On the evening of Saturday 18 April, a force of the Counter-Terrorism Service raided a terrorist hideout in orchards near Aziziyah. The terrorists resisted, and a fierce exchange of fire followed, in which four (4) terrorists were killed. One hero of the Service was martyred and two (2) were wounded.

Second: At dawn on Sunday 19 April, a force of the Wasit Police Command arrested five (5) terrorists in Numaniyah, among them the so-called "wali" of the cell, who had been wanted since 2015. Two explosive belts, 14 kg of C4 and three motorcycles were seized.

Third: On Sunday, engineering teams of the army defused an explosive device planted under the Al-Hayy bridge, which the terrorists had intended to detonate during the funerals.

Fourth: The number of martyrs of the Kut crime has risen to (27) twenty-seven after one of the injured died on Sunday at the Al-Zahraa hospital, and the number of wounded stands at (61) sixty-one. The martyrs' families will receive the compensation set by law.

Fifth: Two hundred and twelve (212) persons were summoned for questioning; one hundred and eighty (180) of them were released after their innocence was established.

The Security Media Cell affirms that the heroic security forces will pursue the remnants of the terrorist gangs wherever they are, and calls on citizens to cooperate and to report any suspicious movement on the hotline 131 or 130.

Glory and eternity to our righteous martyrs.

Baghdad, 20 April 2026
"""))
GOLD += [
E(9, ["the cowardly crime committed by the terrorist gangs of Daesh against innocent citizens in Kut", "the Kut crime"],
  "SUI", "2026-04-16", "day", "Kut", "IQ", 27, 61, "exact", "Islamic State", None, False,
  "'the evening of Thursday 16 April 2026' absolute. Two sites of one town -> one event; this statement does not say 'suicide', but the event is the cluster's twin suicide bombing. The official statement attributes it as fact to 'the terrorist gangs of Daesh' -> perpetrator Islamic State, claimed_by null (no claim named here; dev: an attribution stated as fact). '(27) twenty-seven' martyrs after one injured died -> 27 as written: the statement does not say whether the two bombers are inside (008's 28 counted them; 26 victims + 1 = 27 victims); '(61) sixty-one' wounded -> 61."),
E(9, ["a force of the Counter-Terrorism Service raided a terrorist hideout in orchards near Aziziyah", "exchange of fire"],
  "BAT", "2026-04-18", "day", "Aziziyah", "IQ", 5, 2, "exact", "police", None, False,
  "'the evening of Saturday 18 April' absolute. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force; Counter-Terrorism Service -> police (dev convention). All sides summed: 'four (4) terrorists were killed' + 'One hero ... was martyred' -> 5; 'two (2) were wounded' -> 2."),
E(9, ["a force of the Wasit Police Command arrested five (5) terrorists in Numaniyah"],
  "ARR", "2026-04-19", "day", "Numaniyah", "IQ", None, None, None, "police", None, False,
  "'At dawn on Sunday 19 April' absolute. Police arrests; the belts, '14 kg of C4' and 'three motorcycles' belong to the arrest; 'since 2015' is not a casualty."),
E(9, ["engineering teams of the army defused an explosive device planted under the Al-Hayy bridge"],
  "DWU", "2026-04-19", "day", "Al-Hayy", "IQ", None, None, None, "military", None, False,
  "'On Sunday' vs Monday 20 April -> 19 April. A device defused on its own -> Disrupted weapons use, army -> 'military'. The funerals it targeted are not coded. '212' summoned and '180' released are not arrests; '131', '130' are hotlines."),
]

# -------------------------------------------------------------- holdout14-010
ARTICLES.append(A(10, "en", "article", "2026-05-06T08:00:00Z",
"Opinion: Kut was warned, again and again",
"""
Three weeks ago, on the night of April 16, two young men with explosive belts walked into Kut's vegetable market and then up to the gate of its main hospital, killing 29 people, the two attackers included. The Islamic State claimed the massacre within a day. Since then the government has announced raids, arrests and a new security plan. What it has not announced is why nobody acted on the warnings.

Because there were warnings, and they were not subtle.

Four years ago, gunmen stormed a police post on the road to Badrah at night and killed five policemen before escaping towards the border. The officers had asked for a second vehicle and a generator for months.

In October 2024, an air strike by Iraqi F-16s on a cave in the desert near Nukhayb killed seven Islamic State fighters, according to the military. Documents found in the cave, officials said at the time, mentioned "the markets of Wasit".

Last August, a motorcycle packed with explosives blew up outside a livestock market in Amarah, killing three traders and wounding 14. The police described it as a tribal dispute. Nobody asked how a tribe came by that much TNT.

And in 2018, a suicide bomber walked into a mourning tent in Musayyib and killed eleven people. The Islamic State claimed it; the district then had 40 police officers for 100,000 residents, and it has fewer today.

I have spent 22 years reporting from the south of this country. The pattern is always the same: a lull, a declaration of victory, budget cuts, and then a market full of bodies. Wasit province spends less than 3 per cent of its security budget on intelligence.

The people of Kut do not need more checkpoints that search taxi drivers and wave through pickups. They need police who are paid on time, hospitals with a second entrance and a government that reads its own reports.

The writer is a former correspondent in Basra and Kut.
"""))
GOLD += [
E(10, ["two young men with explosive belts walked into Kut's vegetable market", "The Islamic State claimed the massacre"],
  "SUI", "2026-04-16", "day", "Kut", "IQ", 29, None, "exact", "Islamic State", "Islamic State", False,
  "'on the night of April 16' absolute (20 days before Wednesday 6 May -> current); 'Three weeks ago' alone would be vague. Two sites of one town -> one event. '29 people, the two attackers included' -> 29 (inside). 'The Islamic State claimed the massacre' -> claimed. No wounded figure here."),
E(10, ["gunmen stormed a police post on the road to Badrah"],
  "BAT", "2022-01-01", "year", "Badrah", "IQ", 5, None, "exact", None, None, True,
  "'Four years ago' vs 2026 -> 2022, year, background. Unnamed gunmen attacking a police post -> Armed clash, null initiator (events_holdout13 Kinna: unnamed attackers give null). 'five policemen' -> 5. A road towards a town -> the town."),
E(10, ["an air strike by Iraqi F-16s on a cave in the desert near Nukhayb"],
  "AIR", "2024-10-01", "month", "Nukhayb", "IQ", 7, None, "exact", "military", None, True,
  "'In October 2024' -> month, background. Iraqi air force -> 'military' (the country's own forces). 'seven Islamic State fighters' -> 7, the military's own and only figure."),
E(10, ["a motorcycle packed with explosives blew up outside a livestock market in Amarah"],
  "IED", "2025-08-01", "month", "Amarah", "IQ", 3, 14, "exact", None, None, True,
  "'Last August' in a May 2026 article -> August 2025, month, background (dev: the previous August). A motorcycle bomb with no bomber -> IED; no actor ('a tribal dispute' is the police's description, not a named actor). 'three traders' -> 3; 'wounding 14' -> 14."),
E(10, ["a suicide bomber walked into a mourning tent in Musayyib"],
  "SUI", "2018-01-01", "year", "Musayyib", "IQ", 11, None, "exact", "Islamic State", "Islamic State", True,
  "'in 2018' -> year, background. 'killed eleven people' -> 11 as written. 'The Islamic State claimed it' -> claimant and perpetrator. '40 police officers', '100,000 residents', '22 years', '3 per cent' are not casualties."),
]
