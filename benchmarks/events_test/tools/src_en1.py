"""Authoring source of benchmarks/events_test (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("test")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- test-001
ARTICLES.append(A(1, "en", "article", "2025-09-15T06:30:00Z",
"Twin suicide bombing at Cotabato City night market kills at least 11",
"""
COTABATO CITY, Philippines, Sept 15 (Wire) - Two suicide bombers blew themselves up minutes apart at a crowded night market in Cotabato City late on Sunday, killing at least 11 people and wounding nearly 40, police and hospital officials said.

The first bomber, a man carrying a backpack, detonated his explosives at around 9:40 p.m. between food stalls near the city plaza. A second attacker set off a blast at the market's main exit about four minutes later, as shoppers ran from the first explosion, regional police director Rodel Samonte said.

"They wanted to catch the people who were fleeing," Samonte told a news conference on Monday. A 19-year-old vendor and her six-year-old brother were among the dead, relatives said.

Army bomb technicians found a third device, made from a mortar round and a mobile phone, in a sack near a tricycle terminal about 200 metres away, and defused it before midnight.

No group has claimed responsibility. A military spokesman said the bombing bore the hallmarks of Dawlah Islamiyah, a local group that has pledged allegiance to the Islamic State, but stressed that investigators had "not ruled anything out".

Earlier on Sunday, gunmen on a motorcycle shot dead a village chief and wounded his driver in the town of Datu Piang, about 40 kilometres away, police said. It was not clear whether the two incidents were linked.

Cotabato City, the seat of the Bangsamoro autonomous region created after a 2019 vote, has been hit before. On 14 March 2019, a grenade thrown into a crowd outside a cinema killed two people and injured 17. Three years ago, a clash between soldiers and Bangsamoro Islamic Freedom Fighters near Datu Saudi Ampatuan left nine combatants dead.

Hospital officials said 12 of the wounded were in critical condition and appealed for blood donors. The market, which has some 300 stalls, will stay closed until further notice, the mayor said.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up minutes apart", "detonated his explosives", "set off a blast", "the first explosion", "the bombing"],
  "SUI", "2025-09-14", "day", "Cotabato City", "PH", 11, 40, "at_least", None, None, False,
  "Twin suicide bombing (two bombers, same market, minutes apart, same night) coded as ONE event. 'late on Sunday' vs Monday publication -> 14 Sept. 'nearly 40' wounded -> 40; the qualifier describes the killed figure (at least 11). 'bore the hallmarks of Dawlah Islamiyah' is speculation -> perpetrator null. '9:40 p.m.', '19-year-old', 'six-year-old', '12 of the wounded', 'some 300 stalls' are distractors."),
E(1, ["found a third device", "defused it before midnight"],
  "DWU", "2025-09-14", "day", "Cotabato City", "PH", None, None, None, "military", None, False,
  "Army bomb technicians -> military. '200 metres' is a distance."),
E(1, ["shot dead a village chief and wounded his driver"],
  "ATK", "2025-09-14", "day", "Datu Piang", "PH", 1, 1, "exact", None, None, False,
  "'Earlier on Sunday'. Unnamed gunmen -> null. '40 kilometres' is a distance."),
E(1, ["a grenade thrown into a crowd outside a cinema killed two people"],
  "GRN", "2019-03-14", "day", "Cotabato City", "PH", 2, 17, "exact", None, None, True,
  "Background with an absolute date 'On 14 March 2019'. The '2019 vote' is not an event."),
E(1, ["a clash between soldiers and Bangsamoro Islamic Freedom Fighters"],
  "BAT", "2022-01-01", "year", "Datu Saudi Ampatuan", "PH", 9, None, "exact", None, None, True,
  "'Three years ago' vs 2025 -> 2022, year precision. Initiator not stated -> perpetrator null."),
]

# ---------------------------------------------------------------- test-002
ARTICLES.append(A(2, "en", "article", "2025-09-17T07:00:00Z",
"Cotabato bombing toll rises to 16; Islamic State claims attack",
"""
COTABATO CITY, Philippines, Sept 17 (Wire) - The death toll from Sunday's twin suicide bombing at a night market in Cotabato City has risen to 16 after five of the wounded died, the regional health ministry said on Wednesday. Thirty-three people are still in hospital.

The Islamic State claimed the attack on Monday night in a statement carried by its Amaq news agency, saying two "soldiers of the caliphate" from its East Asia Province had killed or wounded "more than 100 Christians and apostates". Police said the claim appeared authentic but called the figure an exaggeration.

Investigators believe the bombers were a man and a woman in their twenties, police said. DNA samples from their remains have been flown to Manila.

On Tuesday, the army said attack helicopters had fired rockets at a hideout of suspected Dawlah Islamiyah fighters in the marshland near Shariff Aguak, killing four militants. It did not say whether the operation was linked to the market bombing.

Hundreds of Muslim and Christian residents joined a candlelight walk for peace through the city centre on Tuesday evening. The walk ended without incident.

The Moro Islamic Liberation Front, whose former fighters lead the regional government, condemned the bombing and denied that any of its members were involved, after a local radio commentator suggested that hardliners might have helped the bombers.

In a separate incident on Monday, a roadside bomb exploded as an army truck passed near the town of Datu Hoffer Ampatuan, wounding three soldiers. Nobody was killed, the army said.

The last suicide bombing in the region, at an army camp in Patikul, in Sulu province, in June 2023, killed five soldiers as well as the bomber.
"""))
GOLD += [
E(2, ["twin suicide bombing", "the attack", "the market bombing", "condemned the bombing"],
  "SUI", "2025-09-14", "day", "Cotabato City", "PH", 16, 33, "exact", "Islamic State", "Islamic State", False,
  "Follow-up of test-001. Updated toll 16; 'Thirty-three people are still in hospital' -> injured 33 (as in the earlier sets). Claimed Monday night by IS (East Asia Province -> 'Islamic State'); the claimant's 'more than 100' is not used. Event date stays Sunday 14 Sept."),
E(2, ["attack helicopters had fired rockets at a hideout", "the operation"],
  "AIR", "2025-09-16", "day", "Shariff Aguak", "PH", 4, None, "exact", "military", None, False,
  "'On Tuesday' vs Wednesday publication -> 16 Sept. Helicopter rockets -> air strike by the military."),
E(2, ["a candlelight walk for peace", "The walk"],
  "PP", "2025-09-16", "day", "Cotabato City", "PH", None, None, None, None, None, False,
  "Peace walk / vigil coded as a peaceful protest. 'Hundreds' are participants."),
E(2, ["a roadside bomb exploded as an army truck passed"],
  "IED", "2025-09-15", "day", "Datu Hoffer Ampatuan", "PH", 0, 3, "exact", None, None, False,
  "'on Monday' -> 15 Sept. 'Nobody was killed' -> explicit 0 killed; 3 injured."),
E(2, ["The last suicide bombing in the region"],
  "SUI", "2023-06-01", "month", "Patikul", "PH", 6, None, "exact", None, None, True,
  "'in June 2023' -> month. 'five soldiers as well as the bomber' -> 5 + 1 = 6 (attackers killed count too)."),
]

# ---------------------------------------------------------------- test-003
ARTICLES.append(A(3, "en", "article", "2025-09-23T09:00:00Z",
"Three held over Cotabato night market bombing; suspected bomb-maker killed",
"""
MANILA, Sept 23 (Wire) - Philippine police have arrested three men suspected of helping to plan the twin suicide bombing that killed 17 people at a night market in Cotabato City on Sept. 14, the national police chief said on Tuesday.

The suspects, aged 24, 31 and 45, were detained in simultaneous raids on two houses in Datu Odin Sinsuat on Sunday, police chief Arnel Dimaculangan told reporters. Officers seized two grenades, a pistol, blasting caps and three mobile phones. One of the men is accused of driving the bombers to the market.

A fourth suspect, described by police as the cell's bomb-maker, was killed on Monday when he opened fire on officers who had come to arrest him at a boarding house in the town of Sultan Kudarat. One officer was wounded in the exchange of fire.

Police said the suspects belonged to Dawlah Islamiyah, a local group allied to the Islamic State, which claimed the bombing. The toll rose to 17 on Saturday when a 52-year-old tricycle driver died of his wounds; 36 people were wounded in all.

More than 60 people have been questioned since the attack and released, Dimaculangan said.

In a separate operation on Saturday, soldiers found 14 improvised bombs and 30 kilograms of ammonium nitrate in an abandoned house in Ampatuan town, the army said. No arrests were made.

On Monday, about 200 relatives of the victims rallied peacefully outside Cotabato City hall to demand compensation and faster investigations.
"""))
GOLD += [
E(3, ["twin suicide bombing", "the attack"],
  "SUI", "2025-09-14", "day", "Cotabato City", "PH", 17, 36, "exact", "Islamic State", "Islamic State", False,
  "Third article of the chain. Final toll 17 killed, '36 people were wounded in all'. 'Sept. 14' given. Claimed by IS (stated in the article). '52-year-old' is an age."),
E(3, ["have arrested three men", "simultaneous raids on two houses in Datu Odin Sinsuat"],
  "ARR", "2025-09-21", "day", "Datu Odin Sinsuat", "PH", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday publication -> 21 Sept. Seized grenades/pistol belong to the arrest. Ages 24, 31, 45 are not casualties; 'More than 60 people have been questioned' is not an arrest."),
E(3, ["opened fire on officers who had come to arrest him", "the exchange of fire"],
  "BAT", "2025-09-22", "day", "Sultan Kudarat", "PH", 1, 1, "exact", None, None, False,
  "'on Monday' -> 22 Sept. Shoot-out between a suspect and police coded as an armed clash; the suspect fired first but is an unnamed individual -> perpetrator null. Sultan Kudarat is the town in Maguindanao, not the province of the same name (same spelling)."),
E(3, ["found 14 improvised bombs"],
  "DWU", "2025-09-20", "day", "Ampatuan", "PH", None, None, None, "military", None, False,
  "'on Saturday' -> 20 Sept. '14 improvised bombs' and '30 kilograms' are weapons and weight, not casualties."),
E(3, ["rallied peacefully outside Cotabato City hall"],
  "PP", "2025-09-22", "day", "Cotabato City", "PH", None, None, None, None, None, False,
  "'On Monday' -> 22 Sept. 'about 200 relatives' are participants."),
]

# ---------------------------------------------------------------- test-004
ARTICLES.append(A(4, "en", "article", "2026-01-31T08:00:00Z",
"Twin suicide attack on Mazar-i-Sharif mosque kills 23 during Friday prayers",
"""
MAZAR-I-SHARIF, Afghanistan, Jan 31 (Wire) - Two suicide bombers attacked a Shiite mosque in the northern city of Mazar-i-Sharif during Friday prayers, killing 23 worshippers and injuring more than 50, a Taliban police spokesman said on Saturday.

The first attacker detonated an explosive vest at the gate of the mosque shortly after 1 p.m. A second bomber blew himself up inside the prayer hall minutes later, as worshippers tried to carry out the wounded, witnesses said. About 1,500 people had been inside for the weekly sermon.

"Daesh remnants carried out this cowardly attack," said Mohammad Asif Waziri, the provincial police spokesman, referring to the Islamic State's regional affiliate. The group had not claimed the bombing by Saturday morning.

A doctor at the city's main hospital, who asked not to be named, said the hospital alone had received 31 bodies, a figure the Taliban rejected.

Separately, Taliban intelligence forces raided an Islamic State hideout in the city of Kunduz on Thursday and killed two members of the group in the gunfight that followed, the interior ministry said. It gave no further details.

Mazar-i-Sharif has been targeted before. On 12 November 2023, a magnetic bomb attached to a fuel tanker exploded near the city's Rawza market, killing three people and wounding eight. Four years ago, a suicide bomber attacked a Shiite mosque in Sheberghan, in neighbouring Jowzjan province, killing nearly 30 people in an attack the Islamic State later claimed.

Shiite leaders called on the Taliban to post armed guards at mosques. A 70-year-old imam who survived Friday's blasts said he had asked for protection twice since October.
"""))
GOLD += [
E(4, ["Two suicide bombers attacked a Shiite mosque", "detonated an explosive vest", "blew himself up", "this cowardly attack", "the bombing", "Friday's blasts"],
  "SUI", "2026-01-30", "day", "Mazar-i-Sharif", "AF", 23, 50, "exact", "Islamic State", None, False,
  "Twin suicide bombing coded as one event. 'Friday prayers' vs Saturday publication -> 30 Jan. 'more than 50' injured -> 50; qualifier describes killed (exact 23). The police spokesman states as fact that 'Daesh remnants carried out' the attack -> perpetrator Islamic State; not claimed. The anonymous doctor's 31 bodies is a disputed alternative figure, not used. 'About 1,500 people', '1 p.m.', '70-year-old' are distractors."),
E(4, ["raided an Islamic State hideout in the city of Kunduz", "the gunfight that followed"],
  "BAT", "2026-01-29", "day", "Kunduz", "AF", 2, None, "exact", "Taliban", None, False,
  "'on Thursday' -> 29 Jan. Taliban intelligence raided -> initiator Taliban."),
E(4, ["a magnetic bomb attached to a fuel tanker exploded"],
  "IED", "2023-11-12", "day", "Mazar-i-Sharif", "AF", 3, 8, "exact", None, None, True,
  "Absolute date 'On 12 November 2023'. Rawza market is inside the city."),
E(4, ["a suicide bomber attacked a Shiite mosque in Sheberghan", "an attack the Islamic State later claimed"],
  "SUI", "2022-01-01", "year", "Sheberghan", "AF", 30, None, "about", "Islamic State", "Islamic State", True,
  "'Four years ago' vs 2026 -> 2022, year precision. 'nearly 30' -> 30, about. Claimed by IS."),
]

# ---------------------------------------------------------------- test-005
ARTICLES.append(A(5, "en", "article", "2026-02-05T10:00:00Z",
"Taliban detain nine after Mazar mosque bombing as toll reaches 27",
"""
KABUL, Feb 5 (Wire) - Taliban authorities said on Thursday they had detained nine people in connection with Friday's twin suicide bombing at a Shiite mosque in Mazar-i-Sharif, as the death toll rose to 27.

Interior ministry spokesman Abdul Mateen Qaderi said the suspects were arrested on Tuesday in raids in Balkh province, and that two Kalashnikov rifles, four suicide vests and a car packed with explosives had been found. He did not say how many of the nine were Afghans.

The Islamic State claimed the bombing on Saturday through its Amaq agency, saying two of its fighters had killed "around 150 Rafida", a slur for Shiites. Four of the wounded have since died, bringing the toll to 27, hospital officials said; 46 people were still being treated.

On Wednesday, Taliban special forces killed a man they described as the organiser of the attack during a raid on a house in Sar-e Pul province. Two Taliban fighters were wounded, Qaderi said.

Anger has grown in the city. On Monday, Taliban fighters fired into the air to disperse dozens of Hazara men who had gathered outside the provincial governor's office to demand better protection for their mosques. Witnesses said several of the men were beaten.

It was the deadliest attack in Afghanistan since a suicide bombing on a Taliban convoy in Baghlan in March last year, which killed more than 20 people.

Qaderi said more than 120 people had been questioned so far. Most had been sent home, he said. The ministry also said its forces had killed three Islamic State fighters in a clash in Nangarhar province last week.
"""))
GOLD += [
E(5, ["twin suicide bombing", "claimed the bombing", "the attack"],
  "SUI", "2026-01-30", "day", "Mazar-i-Sharif", "AF", 27, 46, "exact", "Islamic State", "Islamic State", False,
  "Follow-up of test-004. 'Friday's' vs Thursday 5 Feb publication -> the most recent Friday, 30 Jan. Claimed by IS on Saturday; the claimant's 'around 150' is not used. 46 'still being treated' -> injured."),
E(5, ["had detained nine people", "the suspects were arrested on Tuesday in raids in Balkh province"],
  "ARR", "2026-02-03", "day", "Balkh", "AF", None, None, None, "Taliban", None, False,
  "'on Tuesday' vs Thursday publication -> 3 Feb. Only the province is named -> Balkh. Rifles, vests and car bomb found belong to the arrest. Taliban as de facto authorities -> 'Taliban'."),
E(5, ["killed a man they described as the organiser", "a raid on a house in Sar-e Pul province"],
  "BAT", "2026-02-04", "day", "Sar-e Pul", "AF", 1, 2, "exact", "Taliban", None, False,
  "'On Wednesday' -> 4 Feb. Raid by Taliban special forces with a fight (two Taliban wounded) -> armed clash, initiator Taliban. Only the province is named."),
E(5, ["fired into the air to disperse dozens of Hazara men"],
  "PI", "2026-02-02", "day", "Mazar-i-Sharif", "AF", None, None, None, None, None, False,
  "'On Monday' -> 2 Feb. Protest dispersed by force -> protest with intervention. 'dozens' are participants; 'several of the men were beaten' has no figure."),
E(5, ["a suicide bombing on a Taliban convoy in Baghlan"],
  "SUI", "2025-03-01", "month", "Baghlan", "AF", 20, None, "more_than", None, None, True,
  "'in March last year' vs Feb 2026 -> 2025-03, month precision. Only the province is named. 'more than 20' -> 20, more_than."),
E(5, ["killed three Islamic State fighters in a clash in Nangarhar province"],
  "BAT", None, None, "Nangarhar", "AF", 3, None, "exact", None, None, False,
  "'last week' -> null date (convention), so not background. 'in a clash' does not say who started it -> perpetrator null."),
]

# ---------------------------------------------------------------- test-006
ARTICLES.append(A(6, "en", "article", "2025-11-06T12:00:00Z",
"Al-Shabaab assault on El Dhere army base leaves at least 27 dead",
"""
DHUSAMAREB, Somalia, Nov 6 (Wire) - Al-Shabaab fighters attacked an army base in the central town of El Dhere before dawn on Wednesday, setting off hours of fighting in which seven soldiers and at least 20 militants were killed, a regional official said.

The militants approached from three sides at about 4 a.m. and briefly entered the base before being pushed back, said Abdirahman Yusuf, a district commissioner. Two armoured vehicles were destroyed. Al-Shabaab claimed the attack on its Andalus radio station, saying it had killed "more than 40 apostate soldiers", a figure the government called invented.

The US Africa Command said it had carried out an air strike near El Dhere on Wednesday afternoon "in support of Somali forces", killing six al-Shabaab fighters. It said no civilians were harmed.

In Mogadishu on Tuesday, a roadside bomb killed two civilians and a police officer in the Hodan district. No group has said it was behind the blast, and police gave no suspect.

El Dhere, about 110 kilometres from the regional capital, changed hands twice in August last year, when the militants overran the town for two days and killed at least 13 soldiers.

The group has also turned to kidnappings. Last March, al-Shabaab gunmen abducted 11 truck drivers on the road out of Adale, in Middle Shabelle; nine were released in June after clan elders intervened.

A 15-year-old boy wounded by a stray bullet in Wednesday's fighting was flown to Mogadishu for surgery, hospital staff said.
"""))
GOLD += [
E(6, ["attacked an army base in the central town of El Dhere", "hours of fighting", "the attack", "Wednesday's fighting"],
  "BAT", "2025-11-05", "day", "El Dhere", "SO", 27, 1, "at_least", "al-Shabaab", "al-Shabaab", False,
  "'before dawn on Wednesday' vs Thursday publication -> 5 Nov. All sides summed: 7 soldiers + 'at least 20' militants = 27, at_least (the vague part's qualifier). The wounded 15-year-old is the only injured figure (1). Claimed on Andalus; the claimant's 'more than 40' is not used. '4 a.m.', 'three sides', 'Two armoured vehicles' are distractors."),
E(6, ["carried out an air strike near El Dhere"],
  "AIR", "2025-11-05", "day", "El Dhere", "SO", 6, None, "exact", "US military", None, False,
  "US Africa Command -> 'US military' (foreign state force). 'no civilians were harmed' gives no injured figure for the strike (the six killed are fighters)."),
E(6, ["a roadside bomb killed two civilians and a police officer", "the blast"],
  "IED", "2025-11-04", "day", "Mogadishu", "SO", 3, None, "exact", None, None, False,
  "'on Tuesday' -> 4 Nov. Victims in two groups summed: 2 + 1 = 3. Hodan district -> Mogadishu. No claim, no attribution."),
E(6, ["the militants overran the town for two days"],
  "BAT", "2024-08-01", "month", "El Dhere", "SO", 13, None, "at_least", "al-Shabaab", None, True,
  "'in August last year' vs Nov 2025 -> 2024-08, month. Multi-day fighting as one event. The militants (al-Shabaab, named in the article) overran the town -> initiator al-Shabaab. '110 kilometres' is a distance."),
E(6, ["al-Shabaab gunmen abducted 11 truck drivers"],
  "ABD", "2025-03-01", "month", "Adale", "SO", None, None, None, "al-Shabaab", None, True,
  "'Last March' vs Nov 2025 -> 2025-03, month precision. Road out of Adale -> Adale. 11 abductees and 9 released are not casualties."),
]

# ---------------------------------------------------------------- test-007
ARTICLES.append(A(7, "en", "article", "2025-05-21T15:00:00Z",
"Insurgents behead four farmers in Cabo Delgado; clashes near Mbau",
"""
PEMBA, Mozambique, May 21 (Wire) - Islamic State-linked insurgents raided the village of Chai in Cabo Delgado's Macomia district on Sunday, beheading four farmers and burning dozens of homes, local officials and residents said.

The Islamic State's Mozambique Province claimed the raid on Monday, publishing photographs of burning huts. Survivors said the attackers, some of them boys who looked no older than 14, arrived on foot at dusk and stayed for about two hours.

On Monday, Rwandan and Mozambican troops clashed with insurgents in the bush near Mbau, in neighbouring Mocímboa da Praia district. Two Rwandan soldiers and about a dozen insurgents were killed, a Mozambican military source said. It was not clear which side attacked first.

On Thursday, fishermen reported that armed men had seized five men from a dhow off Ibo island. Their families say no ransom has been demanded.

In Pemba, the provincial capital, around 300 displaced people marched to the governor's office on Tuesday to demand food aid. Police fired tear gas to disperse them.

The province has seen eight years of conflict. In October 2022, a landmine on the road outside Mueda killed three Mozambican soldiers, one of the deadliest such blasts in the district.

Aid agencies say more than 600,000 people remain displaced across Cabo Delgado, and that food rations were cut by half in April because of funding shortfalls.
"""))
GOLD += [
E(7, ["raided the village of Chai", "the raid"],
  "ATK", "2025-05-18", "day", "Chai", "MZ", 4, None, "exact", "Islamic State", "Islamic State", False,
  "'on Sunday' vs Wednesday publication -> 18 May. Killing of civilians -> violence against civilians. Claimed by IS Mozambique Province -> 'Islamic State'. 'dozens of homes' is property; 'no older than 14' is an age."),
E(7, ["clashed with insurgents in the bush near Mbau"],
  "BAT", "2025-05-19", "day", "Mbau", "MZ", 14, None, "about", None, None, False,
  "'On Monday' -> 19 May. 2 Rwandan soldiers + 'about a dozen' (12) insurgents = 14, about. Initiator unclear -> null."),
E(7, ["armed men had seized five men from a dhow"],
  "ABD", "2025-05-15", "day", "Ibo", "MZ", None, None, None, None, None, False,
  "'On Thursday' -> 15 May (the day of the report; the seizure itself is not dated more precisely, so the reported day is used). Unnamed armed men -> null. Five abductees are not casualties."),
E(7, ["marched to the governor's office", "Police fired tear gas to disperse them"],
  "PI", "2025-05-20", "day", "Pemba", "MZ", None, None, None, None, None, False,
  "'on Tuesday' -> 20 May. Tear gas -> protest with intervention. 'around 300' are participants."),
E(7, ["a landmine on the road outside Mueda killed three Mozambican soldiers"],
  "IED", "2022-10-01", "month", "Mueda", "MZ", 3, None, "exact", None, None, True,
  "'In October 2022' -> month. 'eight years of conflict', '600,000', 'by half' are not casualties."),
]

# ---------------------------------------------------------------- test-008
ARTICLES.append(A(8, "en", "article", "2026-03-12T11:00:00Z",
"Fighting flares near Walungu as drone strike kills five in M23-held Nyangezi",
"""
BUKAVU, Congo, March 12 (Wire) - Heavy fighting broke out on Tuesday between M23 rebels and Congolese soldiers backed by Wazalendo militias around Walungu, 40 km southwest of Bukavu, killing between 18 and 25 fighters on both sides and forcing thousands of people to flee, local officials said.

A drone strike hit the M23-held town of Nyangezi on Wednesday morning, killing five civilians, among them three children, and wounding 11, according to a local civil society group. The M23 blamed the army, which denied carrying out the strike.

In Uvira, on Lake Tanganyika, hundreds of young men burned tyres and blocked the main road on Monday to protest against the presence of Burundian troops in the town. One protester was shot dead when soldiers moved in to clear the barricades, the town's mayor said.

The fighting comes less than two weeks after government and M23 delegates signed a "declaration of principles" in Doha on 27 February, which committed both sides to a ceasefire and a prisoner exchange.

The rebels have a record of targeting aid workers. M23 fighters abducted 14 health workers near Minova two years ago; most were freed after a month.

A United Nations official said 42,000 people had arrived in Bukavu since the weekend, many of them sleeping in churches and schools. Fuel prices in the city jumped by 30 percent overnight.
"""))
GOLD += [
E(8, ["Heavy fighting broke out on Tuesday between M23 rebels and Congolese soldiers", "The fighting"],
  "BAT", "2026-03-10", "day", "Walungu", "CD", 18, None, "at_least", None, None, False,
  "'on Tuesday' vs Thursday publication -> 10 March. Range 'between 18 and 25' -> lower bound 18, at_least. 'broke out' does not say who started -> null. '40 km' is a distance; 'thousands' displaced are not casualties."),
E(8, ["A drone strike hit the M23-held town of Nyangezi", "the strike"],
  "AIR", "2026-03-11", "day", "Nyangezi", "CD", 5, 11, "exact", None, None, False,
  "'on Wednesday morning' -> 11 March. The M23 blames the army, which denies -> perpetrator null. 'three children' is a subset of the five."),
E(8, ["burned tyres and blocked the main road"],
  "RIOT", "2026-03-09", "day", "Uvira", "CD", 1, None, "exact", None, None, False,
  "'on Monday' -> 9 March. Tyre burning and barricades -> violent demonstration; one protester shot dead."),
E(8, ['signed a "declaration of principles" in Doha'],
  "AGR", "2026-02-27", "day", "Doha", "QA", None, None, None, None, None, False,
  "Absolute date 'on 27 February' (publication year). Agreement coded to where it was signed. 13 days before publication -> current."),
E(8, ["M23 fighters abducted 14 health workers near Minova"],
  "ABD", "2024-01-01", "year", "Minova", "CD", None, None, None, "M23", None, True,
  "'two years ago' vs 2026 -> 2024, year precision. 14 abductees are not casualties. '42,000' arrivals and '30 percent' are distractors."),
]
