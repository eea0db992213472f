"""Authoring source of benchmarks/events_holdout2 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Chains here: Afgooye, Somalia (holdout2-007 to 009), the English report of
the N'Guigmi, Niger chain (010), Mardan, Pakistan (011, 012) and Marawi, the
Philippines (013, 014; its first report is the bulletin holdout2-020)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout2")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout2-007
ARTICLES.append(A(7, "en", "article", "2026-05-10T07:00:00Z",
"Al-Shabaab suicide bombers kill 13 at Afgooye checkpoint tea shop",
"""
MOGADISHU, May 10 (Wire) - Two suicide bombers struck a crowded tea shop beside an army checkpoint in Afgooye, 30 kilometres northwest of Mogadishu, on Saturday afternoon, killing nine soldiers and four civilians, police said. At least 20 people were wounded.

Witnesses said the first bomber walked into the shop where soldiers were drinking tea at about 3 p.m. and blew himself up. The second ran towards the checkpoint as troops gathered and detonated his vest among them.

Al-Shabab said in a statement on its Andalus radio station that two of its "martyrdom seekers" had carried out the attack and had killed "35 apostate soldiers". The group often inflates its tolls.

On Friday, US forces carried out an air strike against al-Shabaab fighters near Sablale, in Lower Shabelle region, killing six of them, the US Africa Command said.

Afgooye, a market town on the Shabelle river, controls the main road from the capital to Baidoa and is crossed by hundreds of trucks a day. The army has kept about 150 soldiers in the town since 2019.

In July 2024, a car bomb killed eight traders at the town's livestock market. Two years ago, an al-Shabaab suicide car bomber killed 11 soldiers at a base in Wanlaweyn, an attack the group claimed the same day.

A local elder, Hassan Mohamed Warsame, 67, said people in Afgooye were exhausted. "We pay them, we pay the soldiers, and we still die," he said, referring to the taxes of up to $20 per truck that al-Shabaab collects on the road.

The federal government condemned "a cowardly act" and said the wounded had been taken to hospitals in Mogadishu.
"""))
GOLD += [
E(7, ["Two suicide bombers struck a crowded tea shop", "blew himself up", "detonated his vest", "carried out the attack"],
  "SUI", "2026-05-09", "day", "Afgooye", "SO", 13, 20, "exact", "al-Shabaab", "al-Shabaab", False,
  "Twin suicide bombing -> one event. 'on Saturday afternoon' vs Sunday 10 May -> 9 May. All sides summed: nine soldiers + four civilians = 13 (exact); 'At least 20' wounded -> 20, but the qualifier describes killed. Claim on Andalus radio ('Al-Shabab' spelling) -> al-Shabaab; the claimant's '35 apostate soldiers' is not used. '30 kilometres', '3 p.m.', 'hundreds of trucks', '150 soldiers', '67', '$20' are distractors."),
E(7, ["US forces carried out an air strike against al-Shabaab fighters near Sablale"],
  "AIR", "2026-05-08", "day", "Sablale", "SO", 6, None, "exact", "US military", None, False,
  "'On Friday' -> 8 May. Foreign force -> 'US military'."),
E(7, ["a car bomb killed eight traders at the town's livestock market"],
  "IED", "2024-07-01", "month", "Afgooye", "SO", 8, None, "exact", None, None, True,
  "'In July 2024' -> month. Car bomb, no suicide bomber -> Remote explosive. 'the town' = Afgooye. No actor named."),
E(7, ["an al-Shabaab suicide car bomber killed 11 soldiers at a base in Wanlaweyn", "an attack the group claimed the same day"],
  "SUI", "2024-01-01", "year", "Wanlaweyn", "SO", 11, None, "exact", "al-Shabaab", "al-Shabaab", True,
  "'Two years ago' vs 2026 -> 2024, year. Claimed by the group the same day."),
]

# --------------------------------------------------------------- holdout2-008
ARTICLES.append(A(8, "en", "article", "2026-05-11T09:00:00Z",
"Afgooye toll rises to 17; police hold 11 in Marka",
"""
The number of people killed in Saturday's double suicide bombing at an army checkpoint in Afgooye has risen to 17, including the two bombers, the town's district commissioner told the Shabelle Star on Monday. Thirty-one people were wounded, eleven of whom are still in Mogadishu's hospitals.

Police said on Sunday that they had detained 11 suspects in Marka, the coastal town about 70 km to the south, after a tip-off from a bus driver. Two motorbikes and a pickup truck were seized.

Information minister Abdikarim Nur Dahir said al-Shabaab's claim of 35 soldiers killed was "pure propaganda" and that the group "lies about the dead as it lies about everything". He did not question that al-Shabaab had carried out the bombing.

On Sunday, shopkeepers in Afgooye closed their shutters and about 400 people marched to the district office to demand that the checkpoint be moved away from the market. Elders addressed the crowd, which dispersed peacefully after an hour.

The National Intelligence and Security Agency (NISA) has asked residents to report suspicious vehicles on its free hotline, 888. Two local officials have been summoned to Mogadishu to explain how the bombers passed the checkpoint.

In a separate incident on Sunday night, a roadside bomb struck a minibus near Wanlaweyn, killing three passengers and injuring five, police said.

Afgooye's market reopened on Monday morning. Traders said the price of a sack of rice had risen from $28 to $31 since Saturday, as trucks waited at the checkpoint for hours.
"""))
GOLD += [
E(8, ["Saturday's double suicide bombing at an army checkpoint in Afgooye", "had carried out the bombing"],
  "SUI", "2026-05-09", "day", "Afgooye", "SO", 17, 31, "exact", "al-Shabaab", "al-Shabaab", False,
  "Follow-up of holdout2-007. 'Saturday's' vs Monday 11 May -> 9 May. '17, including the two bombers' -> 17 (bombers inside the figure). 'Thirty-one' wounded; 'eleven of whom' is a subset. The minister disputes the claim's figure, not its authorship ('He did not question that al-Shabaab had carried out the bombing') -> claimant and perpetrator al-Shabaab. '70 km', 'Two motorbikes and a pickup truck', 'about 400 people', hotline '888', 'Two local officials have been summoned', '$28 to $31' are distractors."),
E(8, ["they had detained 11 suspects in Marka"],
  "ARR", "2026-05-10", "day", "Marka", "SO", None, None, None, "police", None, False,
  "'Police said on Sunday that they had detained' -> announcement date 10 May. 11 is an arrestee count, not a casualty figure. Seized vehicles belong to the arrest."),
E(8, ["about 400 people marched to the district office"],
  "PP", "2026-05-10", "day", "Afgooye", "SO", None, None, None, None, None, False,
  "'On Sunday' -> 10 May. Shutter-down and march on the same day and place -> one Peaceful protest (events_holdout rule). Dispersed peacefully."),
E(8, ["a roadside bomb struck a minibus near Wanlaweyn"],
  "IED", "2026-05-10", "day", "Wanlaweyn", "SO", 3, 5, "exact", None, None, False,
  "'on Sunday night' -> 10 May. No actor named."),
]

# --------------------------------------------------------------- holdout2-009
ARTICLES.append(A(9, "en", "transcript", "2026-05-14T18:00:00Z",
"Horn Today, Thursday evening bulletin",
"""
PRESENTER: This is Horn Today. I'm Amina Farah. In Somalia, the intelligence agency NISA says it has arrested a man it accuses of driving the two suicide bombers to Afgooye last Saturday. Our correspondent Abdullahi Osman joins us from Mogadishu. Abdullahi?

ABDULLAHI OSMAN: Yes, Amina. NISA says the man, a 38-year-old minibus owner, was arrested on Tuesday in Balcad, north of the capital. They say he, um, he carried the bombers and their vests through two checkpoints. The toll from the bombing now stands at nineteen dead, and close to 40 wounded.

PRESENTER: And there was more violence in Afgooye last night?

ABDULLAHI OSMAN: That's right. Al-Shabaab fighters fired mortar shells at the district headquarters in Afgooye late last night. Two guards were wounded, according to the district commissioner, and, uh, a shell also landed on an empty school.

PRESENTER: Is the government saying anything about the response?

ABDULLAHI OSMAN: The army says it is sending 600 more troops to Lower Shabelle. And the president is due to visit Afgooye on Saturday, although that's not confirmed.

PRESENTER: Abdullahi Osman in Mogadishu. Elsewhere: in Kenya, the central bank held its main rate at 9.5 percent. And in football, Gor Mahia beat AFC Leopards 3-1 in the Mashemeji derby, a result their coach called "an execution".

Two more items from Somalia. In Galmudug, clan militias clashed over a water well near Galkayo yesterday, and elders say dozens of people were killed. And gunmen abducted two aid workers on the road between Bur Hakaba and Baidoa on Wednesday, their organisation said. It gave no further details.

That's Horn Today. Good night.
"""))
GOLD += [
E(9, ["the two suicide bombers", "the bombing"],
  "SUI", "2026-05-09", "day", "Afgooye", "SO", 19, 40, "exact", None, None, False,
  "TV bulletin. 'last Saturday' vs Thursday 14 May -> 9 May. 'nineteen dead' (number word) and 'close to 40 wounded' -> 40 (about); the qualifier describes killed (exact). No claim or attribution in this document -> null."),
E(9, ["it has arrested a man", "was arrested on Tuesday in Balcad"],
  "ARR", "2026-05-12", "day", "Balcad", "SO", None, None, None, "police", None, False,
  "'on Tuesday' -> 12 May. NISA -> police (events_holdout rule). '38-year-old', 'two checkpoints' are distractors. The host's cue ('it has arrested a man') names the same arrest."),
E(9, ["Al-Shabaab fighters fired mortar shells at the district headquarters in Afgooye"],
  "SHL", "2026-05-13", "day", "Afgooye", "SO", None, 2, "exact", "al-Shabaab", None, False,
  "'late last night' in an evening bulletin -> publication date minus one day = 13 May (events_test test-016 rule). Stated as fact by the correspondent -> al-Shabaab. '600 more troops', '9.5 percent', '3-1', 'an execution' are distractors; the president's visit is a future event."),
E(9, ["clan militias clashed over a water well near Galkayo"],
  "BAT", "2026-05-13", "day", "Galkayo", "SO", 12, None, "at_least", None, None, False,
  "'yesterday' in the evening bulletin -> 13 May. Clan militias, 'clashed' -> no initiator, unnamed -> null. 'dozens' killed -> 12, at_least (dev table)."),
E(9, ["gunmen abducted two aid workers on the road between Bur Hakaba and Baidoa"],
  "ABD", "2026-05-13", "day", "Bur Hakaba", "SO", None, None, None, None, None, False,
  "'on Wednesday' -> 13 May. A road between two places -> the first-named place (Bur Hakaba). Unnamed gunmen -> null."),
]

# --------------------------------------------------------------- holdout2-010
ARTICLES.append(A(10, "en", "article", "2026-07-15T08:00:00Z",
"ISWAP claims N'Guigmi market bombing; Boko Haram faction denies role",
"""
NIAMEY, July 15 (Wire) - Islamic State West Africa Province (ISWAP) has claimed Sunday's twin suicide bombing at the cattle market in N'Guigmi, in southeastern Niger, which killed 19 people, according to the latest figure from the regional health directorate.

In a statement published on Monday, the group said two of its fighters had attacked "a gathering of the Nigerien army and its militias" and claimed "more than 60" dead. Health officials said 44 people had been treated for wounds.

The rival Boko Haram faction known as Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) said in an audio message that it had "nothing to do" with the attack. Both groups operate on the islands of Lake Chad, some 40 kilometres to the south.

Niger's gendarmerie arrested four men in Mainé-Soroa on Monday, including a herder who allegedly sold the bombers two camels, a security source said.

Across the border in Nigeria, ISWAP fighters shot dead at least 17 farmers in their fields near Kukawa on Monday, Borno state police said.

On Tuesday, about 200 traders gathered outside the prefecture in N'Guigmi to protest against the closure of the market. Gendarmes fired tear gas to disperse them, and several people were treated for breathing problems, residents said.

N'Guigmi had been spared suicide attacks for four years. In June 2022, two teenage bombers killed seven people at a water point in Gueskérou, an attack claimed by Boko Haram.

The market, one of the largest in the Diffa region, draws buyers from Chad and Nigeria. Some 5,000 head of cattle change hands there on a good Sunday, traders say, at prices of up to 400,000 CFA francs a head.
"""))
GOLD += [
E(10, ["Sunday's twin suicide bombing at the cattle market in N'Guigmi", 'had attacked "a gathering', "with the attack"],
  "SUI", "2026-07-12", "day", "N'Guigmi", "NE", 19, 44, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'Sunday's' vs Wednesday 15 July -> 12 July. Final figure 19 killed, 44 treated for wounds. ISWAP claim; JAS (a Boko Haram faction) denies -> a rival's denial does not dispute the claim (events_holdout rule) -> claimant and perpetrator ISWAP. The claimant's 'more than 60' is not used. '40 kilometres', '5,000 head of cattle', '400,000 CFA francs', 'four years' (no event) are distractors."),
E(10, ["Niger's gendarmerie arrested four men in Mainé-Soroa"],
  "ARR", "2026-07-13", "day", "Mainé-Soroa", "NE", None, None, None, "police", None, False,
  "'on Monday' -> 13 July. Gendarmerie -> police. Accented local form kept. 'two camels' is a distractor."),
E(10, ["ISWAP fighters shot dead at least 17 farmers in their fields near Kukawa"],
  "ATK", "2026-07-13", "day", "Kukawa", "NG", 17, None, "at_least", "Islamic State West Africa Province", None, False,
  "'on Monday' -> 13 July. Civilians shot dead -> Violence against civilians / Attack. Stated by the police -> ISWAP."),
E(10, ["about 200 traders gathered outside the prefecture in N'Guigmi"],
  "PI", "2026-07-14", "day", "N'Guigmi", "NE", None, None, None, None, None, False,
  "'On Tuesday' -> 14 July. Dispersed with tear gas -> Protest with intervention. 'several people were treated for breathing problems' gives no figure -> null."),
E(10, ["two teenage bombers killed seven people at a water point in Gueskérou", "an attack claimed by Boko Haram"],
  "SUI", "2022-06-01", "month", "Gueskérou", "NE", 7, None, "exact", "Boko Haram", "Boko Haram", True,
  "'In June 2022' -> month. Claimed by Boko Haram."),
]

# --------------------------------------------------------------- holdout2-011
ARTICLES.append(A(11, "en", "article", "2026-08-08T06:00:00Z",
"Twin suicide attack on Mardan courts complex kills at least 11",
"""
PESHAWAR, Pakistan, Aug. 8 (Wire) - Two suicide bombers attacked the district courts complex in Mardan, in Pakistan's Khyber Pakhtunkhwa province, on Friday, killing at least 11 people, among them two lawyers and a police constable, and wounding between 25 and 30, police said.

The first attacker blew himself up at the main gate as police searched him at around 10:30 a.m. The second ran into the courtyard and detonated his vest near the bar room, where dozens of lawyers had gathered for a hearing.

"We heard one bang, then another one, much bigger," said Imran Khattak, 31, a clerk who was hurt by flying glass.

No group has claimed the bombing. A police officer in Mardan said the Pakistani Taliban "could be behind it", noting that the courts had recently convicted several of the group's members.

Police defused a bomb planted on the Mardan-Charsadda road on Thursday morning, a day before the attack, officials said.

Late on Thursday, militants attacked a police post in Takht-e-Nasrati, in Karak district, and a two-hour gunfight left three policemen and two attackers dead, officials said.

Mardan, a city of more than 350,000 people 60 kilometres northeast of Peshawar, has seen fewer attacks than the tribal districts to the west. Four years ago, a suicide bomber killed seven people at a political rally in Charsadda, 25 kilometres away.

The provincial bar council announced a three-day strike by lawyers starting Monday, and the chief justice ordered security to be reviewed at all 34 district court buildings in the province.
"""))
GOLD += [
E(11, ["Two suicide bombers attacked the district courts complex in Mardan", "blew himself up", "detonated his vest", "claimed the bombing", "a day before the attack"],
  "SUI", "2026-08-07", "day", "Mardan", "PK", 11, 25, "at_least", None, None, False,
  "Twin suicide bombing -> one event. 'on Friday' vs Saturday 8 August -> 7 August. 'wounding between 25 and 30' -> a range gives the lower bound, 25; the qualifier describes killed (at least 11). 'could be behind it' is speculation -> null. 'two lawyers and a police constable' are a subset. '10:30 a.m.', 'dozens of lawyers' (participants), '31', '350,000', '60 kilometres', '25 kilometres', '34 district court buildings' are distractors; the strike starting Monday is a future event."),
E(11, ["Police defused a bomb planted on the Mardan-Charsadda road"],
  "DWU", "2026-08-06", "day", "Mardan", "PK", None, None, None, "police", None, False,
  "'on Thursday morning' -> 6 August. A road between two places -> the first-named place (Mardan). 'a day before the attack' names the bombing as a reference point and is a trigger of the bombing."),
E(11, ["militants attacked a police post in Takht-e-Nasrati", "a two-hour gunfight"],
  "BAT", "2026-08-06", "day", "Takht-e-Nasrati", "PK", 5, None, "exact", None, None, False,
  "'Late on Thursday' -> 6 August. Unnamed militants -> null. All sides summed: 3 policemen + 2 attackers = 5."),
E(11, ["a suicide bomber killed seven people at a political rally in Charsadda"],
  "SUI", "2022-01-01", "year", "Charsadda", "PK", 7, None, "exact", None, None, True,
  "'Four years ago' vs 2026 -> 2022, year. No actor named."),
]

# --------------------------------------------------------------- holdout2-012
ARTICLES.append(A(12, "en", "article", "2026-08-10T08:00:00Z",
"Jamaat-ul-Ahrar claims Mardan court bombing; TTP denies involvement",
"""
PESHAWAR, Aug. 10 (Wire) - Jamaat-ul-Ahrar, a splinter faction of the Pakistani Taliban, has claimed responsibility for Friday's double suicide bombing at the district courts in Mardan, in which the toll rose to 14 on Sunday, police said.

In a message to journalists on Saturday, a spokesman for the faction said the bombing was revenge for the execution of two of its members. The Tehrik-i-Taliban Pakistan (TTP) denied any involvement, saying it "does not target courts or public places".

The Counter-Terrorism Department said on Sunday that it had arrested three men in Takht Bhai, a town 15 kilometres north of Mardan, who had rented a room to the bombers. Officers found two pistols and a motorbike with forged number plates. More than 300 people had been questioned since Friday, a police official said.

Also on Sunday, hundreds of lawyers in black coats marched through Mardan, chanting slogans against the provincial government. The march ended without incident outside the press club.

Police said 29 people had been wounded. Among the dead was Saira Bibi, a 45-year-old litigant who had come to the court over a land dispute that began in 1998.

Jamaat-ul-Ahrar last claimed a major attack in May 2025, when a suicide bomber rammed a police vehicle in Mohmand district, killing six officers. Last August, the faction also claimed the killing of a judge in Swat, shot dead by gunmen on motorbikes.

The Mardan courts are due to reopen on Wednesday under army protection.
"""))
GOLD += [
E(12, ["Friday's double suicide bombing at the district courts in Mardan", "the bombing was revenge"],
  "SUI", "2026-08-07", "day", "Mardan", "PK", 14, 29, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", False,
  "'Friday's' vs Monday 10 August -> 7 August. Toll 14, 29 wounded. Claimed by Jamaat-ul-Ahrar (new canonical name: a TTP splinter, not merged into 'Tehrik-i-Taliban Pakistan'); the TTP's denial is a rival's and does not dispute the claim -> perpetrator Jamaat-ul-Ahrar."),
E(12, ["it had arrested three men in Takht Bhai"],
  "ARR", "2026-08-09", "day", "Takht Bhai", "PK", None, None, None, "police", None, False,
  "'said on Sunday that it had arrested' -> announcement date 9 August. CTD -> police. 'More than 300 people had been questioned' is not an arrest; the pistols and motorbike belong to the arrest."),
E(12, ["hundreds of lawyers in black coats marched through Mardan", "The march"],
  "PP", "2026-08-09", "day", "Mardan", "PK", None, None, None, None, None, False,
  "'Also on Sunday' -> 9 August. 'hundreds' are participants. Ended without incident."),
E(12, ["a suicide bomber rammed a police vehicle in Mohmand district"],
  "SUI", "2025-05-01", "month", "Mohmand", "PK", 6, None, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", True,
  "'in May 2025' -> month. Claimed by Jamaat-ul-Ahrar. A district, no town -> Mohmand."),
E(12, ["the killing of a judge in Swat", "shot dead by gunmen on motorbikes"],
  "ATK", "2025-08-01", "month", "Swat", "PK", 1, None, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", True,
  "'Last August' vs August 2026 -> 2025-08, month. A civilian (a judge) shot dead -> Violence against civilians / Attack, 1 killed. Claimed by the faction. Swat is a district, no town named. '45-year-old', '1998' are distractors."),
]

# --------------------------------------------------------------- holdout2-013
ARTICLES.append(A(13, "en", "article", "2026-09-23T02:00:00Z",
"Marawi bus terminal bombing toll climbs to 12",
"""
MARAWI, Philippines, Sept. 23 (Wire) - The death toll from Tuesday's twin suicide bombing at the main bus terminal in Marawi rose to 12 overnight, and 47 people were being treated for wounds, provincial health officials said on Wednesday.

Two men wearing explosive vests blew themselves up a few minutes apart among passengers boarding vans to Iligan and Cagayan de Oro on Tuesday morning, the police said. One of the dead was a 9-year-old girl travelling with her grandmother.

Military officials said the bombers had come from the hills around Lake Lanao, where remnants of pro-Islamic State groups are still active, but no group has claimed the attack.

On Sept. 9, soldiers raided a hideout in Piagapo, west of the city, and killed three suspected militants in a firefight, the army said. It said the men had been planning attacks in Marawi.

Last year, a clash between soldiers and militants in Maguing left close to 20 people dead. Last December, a grenade thrown into a chapel in Iligan during a Christmas service wounded nine people. Nobody was killed then.

The terminal, rebuilt with Japanese aid in 2021, handles about 120 vans and 40 buses a day. Fares to Iligan, 38 kilometres away, have doubled since fuel prices rose in July.

The regional governor suspended classes in Marawi for three days and said the city's 17 checkpoints would be reinforced. Police asked residents to report suspicious people on the hotline 0917 888 2026.
"""))
GOLD += [
E(13, ["Tuesday's twin suicide bombing at the main bus terminal in Marawi", "blew themselves up", "the attack"],
  "SUI", "2026-09-22", "day", "Marawi", "PH", 12, 47, "exact", None, None, False,
  "'Tuesday's' vs Wednesday 23 September (02:00 UTC) -> 22 September. Toll 12, 47 treated for wounds. The bombers' provenance near 'pro-Islamic State groups' is not an attribution, and nobody claimed -> null. '9-year-old', '120 vans and 40 buses', '38 kilometres', '17 checkpoints', the hotline are distractors."),
E(13, ["soldiers raided a hideout in Piagapo", "a firefight"],
  "BAT", "2026-09-09", "day", "Piagapo", "PH", 3, None, "exact", "military", None, False,
  "'On Sept. 9' with no year -> publication year, 2026-09-09; 14 days earlier -> not background. A raid by soldiers -> Armed clash initiated by the military (events_test raid convention)."),
E(13, ["a clash between soldiers and militants in Maguing"],
  "BAT", "2025-01-01", "year", "Maguing", "PH", 20, None, "about", None, None, True,
  "'Last year' -> 2025, year. 'a clash between' -> no initiator -> null. 'close to 20' -> 20, about."),
E(13, ["a grenade thrown into a chapel in Iligan"],
  "GRN", "2025-12-01", "month", "Iligan", "PH", 0, 9, "exact", None, None, True,
  "'Last December' vs September 2026 -> 2025-12, month. 'Nobody was killed then' -> explicit killed 0; injured 9."),
]

# --------------------------------------------------------------- holdout2-014
ARTICLES.append(A(14, "en", "article", "2026-09-25T09:00:00Z",
"Islamic State claims Marawi bombing; army rejects its figures",
"""
COTABATO CITY, Philippines, Sept. 25 (Wire) - The Islamic State has claimed Tuesday's double suicide bombing at the Marawi bus terminal, saying in a statement on Thursday that its "East Asia Province" had "slaughtered more than 60 crusaders and apostates".

The army's regional commander, Brigadier General Ramon Dela Peña, said the figure was "pure invention" and that the real toll was 13, after a wounded driver died on Wednesday. He said the army had no reason to doubt that the bombers belonged to an Islamic State cell.

Police and soldiers arrested three suspects in Balo-i, Lanao del Norte, on Thursday and seized a dozen improvised bombs, two rifles and a van that investigators believe carried the bombers to the terminal, the commander said.

Earlier on Thursday, gunmen fired on a military truck near Masiu, wounding two soldiers. The army said it was not clear whether the attack was linked to the bombing.

In Marawi, about 1,500 residents joined a peace walk on Wednesday evening, carrying candles from the grand mosque to the terminal.

The bombing was the deadliest in Lanao del Sur since March 14, 2026, when a bomb hidden in a motorcycle exploded outside a bank in Wao, killing five people. Police blamed a local extortion gang for that blast.

Classes in Marawi resume on Monday.
"""))
GOLD += [
E(14, ["Tuesday's double suicide bombing at the Marawi bus terminal", "linked to the bombing", "The bombing was the deadliest"],
  "SUI", "2026-09-22", "day", "Marawi", "PH", 13, None, "exact", "Islamic State", "Islamic State", False,
  "'Tuesday's' vs Friday 25 September -> 22 September. The army rejects the claim's figure ('more than 60', not used) but accepts that the bombers belonged to an IS cell -> the claim is not disputed as to authorship -> claimant and perpetrator Islamic State ('East Asia Province' -> canonical). Real toll 13."),
E(14, ["Police and soldiers arrested three suspects in Balo-i"],
  "ARR", "2026-09-24", "day", "Balo-i", "PH", None, None, None, "police", None, False,
  "'on Thursday' -> 24 September. Joint police-army arrest; police named first -> lead actor 'police'. 'a dozen improvised bombs', 'two rifles' and 'a van' belong to the arrest and are not casualties."),
E(14, ["gunmen fired on a military truck near Masiu", "the attack"],
  "BAT", "2026-09-24", "day", "Masiu", "PH", None, 2, "exact", None, None, False,
  "'Earlier on Thursday' -> 24 September. Attack on soldiers by unnamed gunmen -> Armed clash, perpetrator null."),
E(14, ["about 1,500 residents joined a peace walk"],
  "PP", "2026-09-23", "day", "Marawi", "PH", None, None, None, None, None, False,
  "'on Wednesday evening' -> 23 September. A candle-lit peace walk after the bombing -> Peaceful protest (memorial-march convention). '1,500' are participants."),
E(14, ["a bomb hidden in a motorcycle exploded outside a bank in Wao", "that blast"],
  "IED", "2026-03-14", "day", "Wao", "PH", 5, None, "exact", None, None, True,
  "'March 14, 2026' absolute. Police blame an unnamed 'local extortion gang' -> unnamed actor, null."),
]
