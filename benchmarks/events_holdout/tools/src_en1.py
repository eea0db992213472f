"""Authoring source of benchmarks/events_holdout (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Chains here: Baqubah, Iraq (holdout-001 to 003) and Konduga, Nigeria
(holdout-004 to 008)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- holdout-001
ARTICLES.append(A(1, "en", "article", "2026-03-13T07:00:00Z",
"Twin suicide blasts at Baquba bus station kill at least 19",
"""
BAQUBAH, Iraq, March 13 (Wire) - Two suicide bombers struck a crowded bus station in the eastern Iraqi city of Baqubah on Thursday evening, killing at least 19 people and wounding more than 40, security and medical sources said.

The first attacker blew himself up among passengers queuing for minibuses to Baghdad at about 6:20 p.m., police said. As people rushed to help the wounded, a second bomber detonated his vest near the ticket kiosks. Among the dead were four policemen and a 12-year-old boy who sold tissues at the gate, a police officer said.

"They waited for the crowd to gather, then they struck again," said Karim al-Azzawi, 41, a driver who had parked about 50 metres away. He said he had carried three injured passengers to his car.

No group had claimed the attack by Friday morning. A senior officer in the Diyala Operations Command said the double bombing "bore the hallmarks" of the Islamic State, whose cells still hide in the orchards and hills of the province.

Earlier on Thursday, a roadside bomb struck an army vehicle on the road between Balad Ruz and Mandali, wounding two soldiers, the command said.

Baqubah, about 50 kilometres northeast of Baghdad, has been spared large bombings in recent years. The last mass-casualty attack in the city came in October 2019, when a car bomb exploded outside a livestock market, killing eleven people. Two years ago, gunmen shot dead five shepherds in the Hamrin foothills near Jalawla and drove off their flock, a killing the authorities blamed on the Islamic State.

Diyala's governor declared three days of mourning and said the bus station, which handles some 8,000 travellers a day, would stay closed until Sunday. Hospitals in the city appealed for blood donors.
"""))
GOLD += [
E(1, ["Two suicide bombers struck a crowded bus station", "blew himself up", "detonated his vest", "the attack", "the double bombing"],
  "SUI", "2026-03-12", "day", "Baqubah", "IQ", 19, 40, "at_least", None, None, False,
  "Twin suicide bombing (two bombers, same bus station, minutes apart) coded as ONE event. 'on Thursday evening' vs Friday 13 March publication -> 12 March. 'more than 40' wounded -> 40; the qualifier describes the killed figure ('at least 19'). 'bore the hallmarks' of the Islamic State is speculation -> perpetrator null. '6:20 p.m.', '12-year-old', '41', '50 metres', 'three injured passengers' (a subset), '8,000 travellers' are distractors."),
E(1, ["a roadside bomb struck an army vehicle"],
  "IED", "2026-03-12", "day", "Balad Ruz", "IQ", None, 2, "exact", None, None, False,
  "'Earlier on Thursday' -> 12 March. Road between Balad Ruz and Mandali -> first-named place. Only an injured figure (2) -> the qualifier describes it."),
E(1, ["The last mass-casualty attack in the city", "a car bomb exploded outside a livestock market"],
  "IED", "2019-10-01", "month", "Baqubah", "IQ", 11, None, "exact", None, None, True,
  "'in October 2019' -> month. Car bomb without a suicide bomber -> Remote explosive. 'eleven' number word. 'The last mass-casualty attack in the city' names this event and is its first trigger."),
E(1, ["gunmen shot dead five shepherds", "a killing the authorities blamed on the Islamic State"],
  "ATK", "2024-01-01", "year", "Jalawla", "IQ", 5, None, "exact", "Islamic State", None, True,
  "'Two years ago' vs 2026 -> 2024, year. Civilians shot -> Violence against civilians / Attack. The authorities state the blame as fact -> perpetrator Islamic State (not a claim). 'near Jalawla' -> Jalawla."),
]

# ---------------------------------------------------------------- holdout-002
ARTICLES.append(A(2, "en", "article", "2026-03-15T10:00:00Z",
"Islamic State claims Baqubah bus station bombing as toll rises to 26",
"""
BAGHDAD, March 15 (Wire) - The Islamic State has claimed responsibility for Thursday's twin suicide bombing at a bus station in Baqubah, and the death toll has risen to 26 after three more of the wounded died overnight, Diyala health officials said on Sunday.

In a statement carried by its Amaq agency on Friday, the group said two of its fighters had targeted "a gathering of Rafidha and apostate police" and claimed to have killed or wounded "more than 120". Health officials said 47 people had been treated for wounds, of whom 18 were still in hospital.

Iraqi F-16 jets struck two hideouts of the group in the Mutaibijah desert, on the border between Diyala and Salahuddin provinces, on Saturday, killing seven militants, the Security Media Cell said. It did not say whether the dead men were linked to the bombing.

On Saturday, several hundred mourners in Baqubah marched behind the coffins of two of the policemen killed at the station, chanting against the provincial security chiefs. The march ended peacefully outside the governorate building.

Police said some 30 people, most of them minibus drivers and porters, had been questioned at the scene and released. A reward of 50 million dinars has been offered for information.

It was the deadliest attack in Diyala since the summer of 2017, when a suicide bomber blew himself up inside a funeral tent in the town of Kanaan, killing more than 30 people. Residents say the security forces have since grown complacent, moving checkpoints away from markets and bus stations.

Iraq's prime minister sent the interior minister to Baqubah on Friday and ordered an investigation into how two bombers were able to reach the busiest place in the city at rush hour. Diyala's police chief offered to resign on Saturday, a spokesman said, but his resignation was not accepted.
"""))
GOLD += [
E(2, ["twin suicide bombing", "linked to the bombing", "It was the deadliest attack in Diyala"],
  "SUI", "2026-03-12", "day", "Baqubah", "IQ", 26, 47, "exact", "Islamic State", "Islamic State", False,
  "Follow-up of holdout-001. 'Thursday's' vs Sunday 15 March -> 12 March. Updated toll 26. '47 people had been treated for wounds, of whom 18 were still in hospital' -> injured 47 (a total for the wounded is given, as in events_test). Claimed via Amaq on Friday; the claimant's 'more than 120' is not used. '30 people ... questioned' is not an arrest; '50 million dinars' is money."),
E(2, ["Iraqi F-16 jets struck two hideouts"],
  "AIR", "2026-03-14", "day", "Mutaibijah", "IQ", 7, None, "exact", "military", None, False,
  "'on Saturday' vs Sunday publication -> 14 March. Iraqi air force jets -> military. Mutaibijah is a desert area on the Diyala-Salahuddin border (no town named)."),
E(2, ["several hundred mourners in Baqubah marched behind the coffins", "The march"],
  "PP", "2026-03-14", "day", "Baqubah", "IQ", None, None, None, None, None, False,
  "'on Saturday' -> 14 March. A funeral march chanting against officials, ended peacefully -> peaceful protest. 'several hundred' are participants."),
E(2, ["a suicide bomber blew himself up inside a funeral tent"],
  "SUI", "2017-01-01", "year", "Kanaan", "IQ", 30, None, "more_than", None, None, True,
  "'the summer of 2017' -> year precision (dev convention). 'more than 30' -> 30, more_than. Kanaan is a town in Diyala."),
]

# ---------------------------------------------------------------- holdout-003
ARTICLES.append(A(3, "en", "article", "2026-03-20T09:00:00Z",
"Iraq arrests four over Baqubah bus station bombing",
"""
BAGHDAD, March 20 (Wire) - Iraq's Counter-Terrorism Service said on Friday it had arrested four men suspected of preparing the twin suicide bombing that killed 27 people at a bus station in Baqubah on March 12.

The suspects were captured on Wednesday in a dawn raid on a farmhouse in the orchards outside Khalis, north of Baqubah, the service said in a statement. Officers seized two suicide belts, 40 kg of explosives, 12 detonators and $14,000 in cash. One of the men, a 29-year-old, is accused of driving the bombers from Jalawla to the city.

A fifth suspect was arrested on Tuesday at a checkpoint on the outskirts of Kirkuk while trying to enter the city with forged identity papers, the statement said.

The Islamic State claimed the bombing a day after it took place. Health officials said a 60-year-old woman wounded in the blasts had died on Wednesday, bringing the toll to 27. Forty-eight people were wounded.

More than 70 people have been questioned since the attack, most of them relatives of the suspects, and released, a security source said.

Separately, Islamic State militants attacked an army post near Daquq, south of Kirkuk, late on Thursday, killing two soldiers, the army said. One of the attackers was killed when troops returned fire.

The arrests echo those of 2023, when the Counter-Terrorism Service broke up a cell in Baqubah that it said was planning to bomb a religious procession, detaining nine men. Several of them were later sentenced to death.

Diyala's bus station reopened on Thursday under heavy guard, with concrete barriers and a new checkpoint at the entrance. Drivers said passenger numbers were still less than half of what they had been before the attack.
"""))
GOLD += [
E(3, ["twin suicide bombing", "claimed the bombing", "the blasts", "the attack#1", "the attack#3"],
  "SUI", "2026-03-12", "day", "Baqubah", "IQ", 27, 48, "exact", "Islamic State", "Islamic State", False,
  "Third article of the chain. 'on March 12' absolute. Final toll 27 killed, 'Forty-eight people were wounded'. Claimed by IS (stated). '29-year-old', '60-year-old', '40 kg', '12 detonators', '$14,000', 'More than 70 people have been questioned' are distractors. 'the attack#2' is inside 'the attackers' (the Daquq militants) and is not a naming of the bombing."),
E(3, ["had arrested four men", "a dawn raid on a farmhouse in the orchards outside Khalis"],
  "ARR", "2026-03-18", "day", "Khalis", "IQ", None, None, None, "police", None, False,
  "'on Wednesday' vs Friday 20 March -> 18 March. Counter-Terrorism Service -> 'police' (dev rule: counter-terrorism services). Items seized belong to the arrest."),
E(3, ["A fifth suspect was arrested on Tuesday at a checkpoint"],
  "ARR", "2026-03-17", "day", "Kirkuk", "IQ", None, None, None, "police", None, False,
  "'on Tuesday' -> 17 March. Separate arrest (another day, another place). 'on the outskirts of Kirkuk' -> Kirkuk. The actor is the Counter-Terrorism Service's statement -> police."),
E(3, ["Islamic State militants attacked an army post near Daquq", "troops returned fire"],
  "BAT", "2026-03-19", "day", "Daquq", "IQ", 3, None, "exact", "Islamic State", None, False,
  "'late on Thursday' -> 19 March. The army states IS militants attacked -> initiator Islamic State. All sides summed: 2 soldiers + 1 attacker = 3."),
E(3, ["broke up a cell in Baqubah"],
  "ARR", "2023-01-01", "year", "Baqubah", "IQ", None, None, None, "police", None, True,
  "'in 2023' -> year. Background arrest of nine men by the Counter-Terrorism Service -> police. The planned procession bombing never happened (not an event); later death sentences are not events."),
]

# ---------------------------------------------------------------- holdout-004
ARTICLES.append(A(4, "en", "article", "2026-06-08T08:00:00Z",
"Two female suicide bombers kill at least 14 at Konduga fish market",
"""
MAIDUGURI, Nigeria, June 8 (Wire) - Two female suicide bombers blew themselves up at a busy fish market in Konduga, in northeastern Nigeria's Borno state, on Sunday evening, killing at least 14 people and injuring 30 others, police and a local militia leader said.

The first bomber, who witnesses said looked no older than 16, detonated explosives hidden under her hijab near the market entrance shortly after 7 p.m. The second set off her device among traders packing up their stalls a few minutes later, said Babagana Kyari, a commander of the Civilian Joint Task Force, a militia that works alongside the army.

Borno police spokesman Nahum Dauda confirmed the blasts and said the wounded had been taken to hospitals in Maiduguri, 35 kilometres away. No group has claimed the attack. Kyari said it "may have been the work of Boko Haram", which has sent women and girls to blow themselves up for more than a decade.

On Saturday, troops repelled an attack by Islamic State West Africa Province fighters on a military base in Rann, near the border with Cameroon, killing 11 of the insurgents, the army said in a statement. Two soldiers were wounded.

Konduga has been attacked many times. In March 2019, gunmen killed seven farmers in their fields outside the town. Last August, suspected Boko Haram fighters abducted 23 women who were gathering firewood near Gwoza, further south; only nine have returned.

The fish market, which draws traders from as far as Chad and sells around 20 tonnes of smoked fish a week, had reopened in January after a three-month closure. Traders had complained that the army moved its checkpoint 500 metres up the road in April.

Borno state governor Babagana Zulum, who visited the wounded on Sunday night, promised 2 million naira to each bereaved family.
"""))
GOLD += [
E(4, ["Two female suicide bombers blew themselves up", "detonated explosives hidden under her hijab", "set off her device", "the blasts", "the attack"],
  "SUI", "2026-06-07", "day", "Konduga", "NG", 14, 30, "at_least", None, None, False,
  "Twin suicide bombing coded as one event. 'on Sunday evening' vs Monday 8 June -> 7 June. 'may have been the work of Boko Haram' is speculation -> perpetrator null. 'no older than 16', '7 p.m.', '35 kilometres', '20 tonnes', '500 metres', '2 million naira' are distractors."),
E(4, ["troops repelled an attack by Islamic State West Africa Province fighters on a military base in Rann"],
  "BAT", "2026-06-06", "day", "Rann", "NG", 11, 2, "exact", "Islamic State West Africa Province", None, False,
  "'On Saturday' -> 6 June. The army states that ISWAP fighters attacked the base -> initiator ISWAP (canonical 'Islamic State West Africa Province'). 11 insurgents killed, 2 soldiers wounded."),
E(4, ["gunmen killed seven farmers in their fields"],
  "ATK", "2019-03-01", "month", "Konduga", "NG", 7, None, "exact", None, None, True,
  "'In March 2019' -> month. Unnamed gunmen -> null. 'outside the town' = Konduga."),
E(4, ["suspected Boko Haram fighters abducted 23 women"],
  "ABD", "2025-08-01", "month", "Gwoza", "NG", None, None, None, None, None, True,
  "'Last August' vs June 2026 -> 2025-08, month. 'suspected' Boko Haram -> speculation, perpetrator null. 23 abductees and nine returned are not casualties."),
]

# ---------------------------------------------------------------- holdout-005
ARTICLES.append(A(5, "en", "transcript", "2026-06-08T19:30:00Z",
"Nigeria Tonight: Konduga toll rises; fuel queues return to Abuja",
"""
ANCHOR: Good evening, and welcome to Nigeria Tonight. I'm Ngozi Bello. We begin in Borno State, where the toll from last night's double suicide bombing at the fish market in Konduga has risen again. Our correspondent Ibrahim Waziri is in Maiduguri. Ibrahim, what's the latest?

IBRAHIM WAZIRI: Thanks, Ngozi. Um, this afternoon the state emergency agency said sixteen people were killed, and that's up from the fourteen we had this morning. And, uh, just before we came on air, the teaching hospital told me two more patients had died, so it's eighteen dead now. Twenty-seven people are still being treated here in Maiduguri, some of them children.

ANCHOR: Any word on who did this?

IBRAHIM WAZIRI: Not yet. Nobody has claimed it. The, um, the bombers were two young women, maybe teenagers. People in Konduga will tell you it's Boko Haram, that's who usually does this, but officially the police are only saying investigations are ongoing.

ANCHOR: And the military has been active today?

IBRAHIM WAZIRI: Yes. This morning the air force said its jets had bombed a Boko Haram camp in the Sambisa Forest, southeast of Konduga. They say "several" fighters were killed but they haven't given a number. And, uh, in Maiduguri this afternoon, dozens of fish traders marched to Government House to demand soldiers at the markets. It was peaceful, they handed over a letter and went home.

ANCHOR: Ibrahim Waziri in Maiduguri, thank you. Now to Abuja, where long fuel queues are back. Motorists say they waited up to six hours at some stations today, and the pump price rose by 40 naira a litre overnight. The regulator blames a shortage at two depots in Lagos and says supplies will be normal by the weekend.

And in sport, the Super Eagles beat Benin 2-0 in a friendly in Uyo, with two goals in the last ten minutes.

That's Nigeria Tonight. Thanks for watching. Good night.
"""))
GOLD += [
E(5, ["last night's double suicide bombing"],
  "SUI", "2026-06-07", "day", "Konduga", "NG", 18, 27, "exact", None, None, False,
  "Same bombing as holdout-004, in an evening TV bulletin. 'last night' = publication date (8 June UTC) minus one day. The toll rises within the text: fourteen -> sixteen -> 'it's eighteen dead now' (final figure used). 'Twenty-seven people are still being treated' -> injured 27. Not claimed; 'People in Konduga will tell you it's Boko Haram' is speculation -> null."),
E(5, ["its jets had bombed a Boko Haram camp in the Sambisa Forest"],
  "AIR", "2026-06-08", "day", "Sambisa Forest", "NG", None, None, None, "military", None, False,
  "'This morning' = publication date. Air force jets -> military. '\"several\" fighters were killed' gives no figure -> killed null."),
E(5, ["dozens of fish traders marched to Government House"],
  "PP", "2026-06-08", "day", "Maiduguri", "NG", None, None, None, None, None, False,
  "'this afternoon' = publication date. 'It was peaceful' -> peaceful protest. 'dozens' are participants. The fuel queues ('six hours', '40 naira') and the football score are not events."),
]

# ---------------------------------------------------------------- holdout-006
ARTICLES.append(A(6, "en", "article", "2026-06-10T07:00:00Z",
"Boko Haram claims Konduga market bombing; rival ISWAP denies any role",
"""
MAIDUGURI, Nigeria, June 10 (Wire) - Boko Haram has claimed the double suicide bombing that killed 21 people at a fish market in Konduga on Sunday, in a video released on Tuesday in which a masked fighter said the market had been targeted because its traders "sell to the soldiers".

The video, in Hausa and Kanuri, shows two young women in black robes sitting in front of the group's flag. The fighter claims that "more than 50 unbelievers" were killed. Police said three more of the wounded had died overnight, bringing the toll to 21; 34 people were wounded in all, of whom 12 remain in hospital.

Islamic State West Africa Province, Boko Haram's rival since the two groups split in 2016, said in a statement on Tuesday that its fighters "had no hand" in the bombing and condemned attacks on Muslim markets. Analysts said such a denial was unusual.

Also on Tuesday, troops ambushed a group of Boko Haram fighters on a track near Kawuri, east of Konduga, killing nine of them and recovering four rifles, the army said.

In Konduga itself, about 300 residents marched through the town on Monday to demand that soldiers be posted at the market and at the town's two mosques. Local officials addressed the crowd, which then dispersed.

Boko Haram has used girls as bombers in pairs before. In 2021, two teenage girls sent by the group blew themselves up at a wedding in Damboa, killing nine guests. The group is estimated to have sent more than 400 women and children on suicide missions since 2014, according to researchers.

The Borno state government said on Tuesday that it would pay for the treatment of all the wounded and would rebuild the damaged section of the market, estimated at 45 million naira.
"""))
GOLD += [
E(6, ["double suicide bombing", "the bombing"],
  "SUI", "2026-06-07", "day", "Konduga", "NG", 21, 34, "exact", "Boko Haram", "Boko Haram", False,
  "Follow-up of holdout-004/005. 'on Sunday' vs Wednesday 10 June -> 7 June. Claimed by Boko Haram in a video on Tuesday; the claimant's 'more than 50' is not used. ISWAP's denial concerns ISWAP only and does not dispute Boko Haram's claim, so the perpetrator is the claimant. '34 people were wounded in all' -> injured 34 (12 still in hospital is a subset)."),
E(6, ["troops ambushed a group of Boko Haram fighters"],
  "BAT", "2026-06-09", "day", "Kawuri", "NG", 9, None, "exact", "military", None, False,
  "'Also on Tuesday' -> 9 June. The troops ambushed -> initiator military. 'four rifles' are weapons, not casualties."),
E(6, ["about 300 residents marched through the town"],
  "PP", "2026-06-08", "day", "Konduga", "NG", None, None, None, None, None, False,
  "'on Monday' -> 8 June. Peaceful march; 'about 300' are participants."),
E(6, ["blew themselves up at a wedding in Damboa"],
  "SUI", "2021-01-01", "year", "Damboa", "NG", 9, None, "exact", "Boko Haram", None, True,
  "'In 2021' -> year. Twin suicide bombing in the background, one event. 'two teenage girls sent by the group' (Boko Haram) is stated as fact by the reporter -> perpetrator Boko Haram; no claim is mentioned. 'more than 400 women and children ... since 2014' is a cumulative statistic, not an event; 'the two groups split in 2016' is not an event; '45 million naira' is money."),
]

# ---------------------------------------------------------------- holdout-007
ARTICLES.append(A(7, "en", "article", "2026-06-16T09:00:00Z",
"Nigeria's secret police arrest woman accused of recruiting Konduga bombers",
"""
ABUJA, June 16 (Wire) - Nigeria's Department of State Services (DSS) said on Tuesday it had arrested three people, including a woman accused of recruiting the two teenage girls who blew themselves up at a fish market in Konduga on June 7, killing 22 people.

The suspects were arrested on Saturday in the Gwange area of Maiduguri, DSS spokeswoman Hauwa Ibrahim-Dogo said in a statement. Agents recovered two unused explosive vests, 15 detonators and 200,000 naira in cash from the woman's house. The girls, aged 14 and 15, had been living with her for three weeks before the attack, the statement said.

More than 40 people who had been in contact with the woman were questioned and later released, Ibrahim-Dogo said. Boko Haram, which claimed the bombing in a video, has not commented on the arrests.

In a separate operation on Sunday, soldiers arrested a man suspected of supplying explosives to Boko Haram at a checkpoint outside Bama, the army said. He was carrying a sack of fertiliser and 30 metres of detonating cord.

On Monday, Boko Haram fighters abducted eight loggers who had gone to cut firewood near Konduga, police said. A police spokesman said a search was under way.

The Konduga bombing was the deadliest attack in Borno since January, when an ambush on a convoy killed nearly 20 soldiers near Damasak. The governor of Borno has called for more checkpoints on the roads into Maiduguri, which has a population of about 1 million.

Human rights groups have criticised the DSS in the past for holding suspects for months without trial. The agency said the three would be charged before a federal high court in Abuja.
"""))
GOLD += [
E(7, ["blew themselves up at a fish market in Konduga on June 7", "before the attack", "claimed the bombing", "The Konduga bombing"],
  "SUI", "2026-06-07", "day", "Konduga", "NG", 22, None, "exact", "Boko Haram", "Boko Haram", False,
  "'on June 7' absolute. Final toll 22 killed; no injured figure in this text. Claimed by Boko Haram (stated). 'aged 14 and 15', '15 detonators', '200,000 naira', 'three weeks', 'More than 40 people ... questioned' are distractors."),
E(7, ["had arrested three people", "The suspects were arrested on Saturday in the Gwange area of Maiduguri"],
  "ARR", "2026-06-13", "day", "Maiduguri", "NG", None, None, None, "police", None, False,
  "'on Saturday' vs Tuesday 16 June -> 13 June. Gwange is an area of Maiduguri -> Maiduguri. DSS -> police. Vests and detonators recovered belong to the arrest."),
E(7, ["soldiers arrested a man suspected of supplying explosives"],
  "ARR", "2026-06-14", "day", "Bama", "NG", None, None, None, "military", None, False,
  "'on Sunday' -> 14 June. 'a checkpoint outside Bama' -> Bama. '30 metres' is a length."),
E(7, ["Boko Haram fighters abducted eight loggers"],
  "ABD", "2026-06-15", "day", "Konduga", "NG", None, None, None, "Boko Haram", None, False,
  "'On Monday' -> 15 June. Police state Boko Haram fighters did it -> perpetrator Boko Haram. Eight abductees are not casualties."),
E(7, ["an ambush on a convoy killed nearly 20 soldiers near Damasak"],
  "BAT", "2026-01-01", "month", "Damasak", "NG", 20, None, "about", None, None, True,
  "'since January' (publication June 2026) -> 2026-01, month, background. 'nearly 20' -> 20, about. Attackers not named -> null. 'about 1 million' is a population."),
]

# ---------------------------------------------------------------- holdout-008
ARTICLES.append(A(8, "en", "article", "2026-07-25T08:00:00Z",
"The market that was bombed twice: Konduga and Borno's long war",
"""
KONDUGA, Nigeria - The fish sellers of Konduga have moved their stalls 200 metres down the road, away from the concrete slab where two teenage girls blew themselves up on the evening of June 7. Twenty-two people died that night and in the days that followed. Boko Haram, in a video, said it had sent the girls.

"Twice now," says Aisha Modu, 52, who lost a nephew. She means that the market was bombed once before: in January 2020, a lone woman detonated a vest at the same entrance, killing six people. Back then, nobody claimed it.

Borno's war began in 2009 and, by United Nations estimates, has killed more than 35,000 people and displaced some 2 million. Konduga sits on its hinge. The town's garrison of about 400 soldiers guards the road from Maiduguri, and the bush to the south has long sheltered fighters of both Boko Haram and its rival, Islamic State West Africa Province.

Four years ago, ISWAP fighters stormed the army base at Mafa, east of here, killing at least 20 soldiers and carrying off trucks and ammunition. Last September, gunmen stopped a bus on the Maiduguri-Damboa road and took away 17 passengers; some were freed after ransoms of up to 3 million naira were paid, relatives say.

In June, the secret police arrested a woman in Maiduguri whom they accused of recruiting the two girls. Residents say that changes little. "There are always more girls," says a vigilante commander who asked not to be named.

The violence has not stopped. On Wednesday, a roadside bomb destroyed a truck carrying firewood just outside Konduga, killing three men, according to the local government chairman.

Some traders have left for Maiduguri. Those who stay count their customers, fewer every week, and the hours until the soldiers' checkpoint closes at 6 p.m. "We sell fish," Modu says. "We are not at war with anybody."
"""))
GOLD += [
E(8, ["two teenage girls blew themselves up on the evening of June 7"],
  "SUI", "2026-06-07", "day", "Konduga", "NG", 22, None, "exact", "Boko Haram", "Boko Haram", True,
  "The chain's bombing seen from a long-form feature 48 days later -> background under the 30-day rule. 'Twenty-two people died' -> 22. Boko Haram 'said it had sent the girls' = claim."),
E(8, ["a lone woman detonated a vest at the same entrance"],
  "SUI", "2020-01-01", "month", "Konduga", "NG", 6, None, "exact", None, None, True,
  "'in January 2020' -> month. 'nobody claimed it' -> null. '52' is an age."),
E(8, ["ISWAP fighters stormed the army base at Mafa"],
  "BAT", "2022-01-01", "year", "Mafa", "NG", 20, None, "at_least", "Islamic State West Africa Province", None, True,
  "'Four years ago' vs 2026 -> 2022, year. ISWAP stormed the base -> initiator ISWAP. 'more than 35,000', 'some 2 million', 'about 400 soldiers' (garrison) are not casualties."),
E(8, ["gunmen stopped a bus on the Maiduguri-Damboa road and took away 17 passengers"],
  "ABD", "2025-09-01", "month", "Maiduguri", "NG", None, None, None, None, None, True,
  "'Last September' vs July 2026 -> 2025-09, month. Road between two places -> first-named (Maiduguri). Unnamed gunmen -> null. '3 million naira' ransom is money; 17 are abductees."),
E(8, ["the secret police arrested a woman in Maiduguri"],
  "ARR", "2026-06-01", "month", "Maiduguri", "NG", None, None, None, "police", None, True,
  "'In June' vs 25 July -> 2026-06, month; the first of June is 54 days earlier -> background. Secret police (DSS) -> police."),
E(8, ["a roadside bomb destroyed a truck carrying firewood"],
  "IED", "2026-07-22", "day", "Konduga", "NG", 3, None, "exact", None, None, False,
  "'On Wednesday' vs Saturday 25 July -> 22 July. 'just outside Konduga' -> Konduga. '6 p.m.' is a time."),
]
