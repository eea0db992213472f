"""Authoring source of benchmarks/events_holdout3 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: Daraa, Syria (holdout3-007), a TV bulletin from Hays, Yemen (008), an
opinion piece on kidnappings in Zamfara, Nigeria (009), Cameroon's North-West
(010) and the Mamove, DR Congo attack (011). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout3")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout3-007
ARTICLES.append(A(7, "en", "article", "2026-06-11T09:00:00Z",
"Bomb hits army bus in Syria's Daraa province, Islamic State claims",
"""
DAMASCUS, June 11 (Wire) - A bomb hidden in a rubbish bin exploded as a bus carrying soldiers drove through the town of Tafas, in Syria's southern Daraa province, on Wednesday morning, killing six soldiers and a passer-by and wounding 15 people, the defence ministry said.

The bus was carrying 34 soldiers back to their base after leave, and the blast tore open its right side at about 7:30 a.m., a witness said. Tafas lies some 100 km south of Damascus.

The Islamic State claimed the bombing late on Wednesday through its Amaq agency, saying it had killed "more than 25 apostate soldiers".

Hours after the blast, interior ministry security forces arrested four suspects in the nearby town of Nawa, among them a 19-year-old, and seized two explosive belts and 15 kg of TNT, the ministry said.

The province has seen a string of killings this year. On Tuesday, gunmen on a motorcycle shot dead a member of the local council, 58, outside his home in Jasim. Earlier this month, a grenade thrown into the crowded vegetable market in Sanamayn wounded nearly 20 people.

Daraa city itself has been spared large bombings since 2019, when a car bomb killed 11 people outside a bakery.

Officials said the ministry would pay 2 million Syrian pounds to each family of the dead and that checkpoints on the road to Tafas would be doubled.
"""))
GOLD += [
E(7, ["A bomb hidden in a rubbish bin exploded", "the blast tore open", "the bombing", "the blast,"],
  "IED", "2026-06-10", "day", "Tafas", "SY", 7, 15, "exact", "Islamic State", "Islamic State", False,
  "'on Wednesday morning' vs Thursday 11 June -> 10 June. 'six soldiers and a passer-by' -> 7. Claimed via Amaq -> 'Islamic State'; the claimant's 'more than 25' is not used. '34 soldiers' on the bus, '7:30 a.m.', '100 km', '2 million Syrian pounds' are distractors."),
E(7, ["interior ministry security forces arrested four suspects in the nearby town of Nawa"],
  "ARR", "2026-06-10", "day", "Nawa", "SY", None, None, None, "police", None, False,
  "'Hours after the blast' -> 10 June. Interior ministry security forces -> 'police'. '19-year-old' is an age; belts and TNT belong to the arrest."),
E(7, ["gunmen on a motorcycle shot dead a member of the local council"],
  "ATK", "2026-06-09", "day", "Jasim", "SY", 1, None, "exact", None, None, False,
  "'On Tuesday' -> 9 June. '58' is the victim's age."),
E(7, ["a grenade thrown into the crowded vegetable market in Sanamayn"],
  "GRN", "2026-06-01", "month", "Sanamayn", "SY", None, 20, "about", None, None, False,
  "'Earlier this month' in a June story -> 2026-06, month; 10 days -> current. 'nearly 20' -> 20, about."),
E(7, ["a car bomb killed 11 people outside a bakery"],
  "IED", "2019-01-01", "year", "Daraa", "SY", 11, None, "exact", None, None, True,
  "'since 2019, when' -> 2019, year. Daraa city -> Daraa."),
]

# --------------------------------------------------------------- holdout3-008
ARTICLES.append(A(8, "en", "transcript", "2026-06-20T18:00:00Z",
"Gulf Tonight, TV bulletin of June 20 (transcript)",
"""
PRESENTER: Good evening. We start in Yemen, where shelling has hit a market in the town of Hays, on the Red Sea coast. Our correspondent Salwa Haddad has been following it from Khokha. Salwa?

SALWA HADDAD: Thank you. Yes, shells landed on the Saturday market in Hays at around 9 this morning, when it was at its busiest. The health office now says eleven people were killed, four of them children, and more than twenty were wounded. Earlier reports had said at least eight. The government says the shells came from Houthi positions east of the town, uh, but the Houthis deny it and blame government artillery.

PRESENTER: Is this linked to the fighting we've been seeing?

SALWA HADDAD: It's the backdrop, yes. Since Thursday the Houthis have been pushing an offensive south of Hays, and government forces say they've held their lines. Commanders speak of dozens of fighters killed on both sides, but there's no exact number.

PRESENTER: And further east, in Abyan?

SALWA HADDAD: Yesterday a roadside bomb killed two soldiers near Lawdar, and al-Qaeda in the Arabian Peninsula said in a statement that it was behind it.

PRESENTER: There are also reports of detentions in Houthi-held areas.

SALWA HADDAD: Right, in Rada'a, the Houthi security service detained seven teachers on Wednesday. Their union says they are aged between 31 and 56, and that none of them, um, has been charged.

PRESENTER: Hays has suffered before.

SALWA HADDAD: Many times. In 2023 a landmine killed three shepherds just outside the town. The UN says 1,800 families have left Hays this year.

PRESENTER: Salwa Haddad, thank you. After the break, the price of fuel in Aden.
"""))
GOLD += [
E(8, ["shelling has hit a market in the town of Hays", "shells landed on the Saturday market in Hays"],
  "SHL", "2026-06-20", "day", "Hays", "YE", 11, 20, "exact", None, None, False,
  "'this morning' vs Saturday 20 June -> 20 June. 'eleven' (number word) supersedes 'at least eight'; 'more than twenty' wounded -> 20 (the qualifier describes killed). The government blames the Houthis, who deny and blame government artillery -> null. 'four of them children' is a subset; '9 this morning' is a time."),
E(8, ["the Houthis have been pushing an offensive south of Hays"],
  "BAT", "2026-06-18", "day", "Hays", "YE", 12, None, "at_least", "Houthis", None, False,
  "'Since Thursday' -> multi-day fighting dated at its start, 18 June. Houthi offensive -> initiator Houthis. 'dozens of fighters killed on both sides' -> 12, at_least."),
E(8, ["a roadside bomb killed two soldiers near Lawdar"],
  "IED", "2026-06-19", "day", "Lawdar", "YE", 2, None, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'Yesterday' -> 19 June. AQAP 'said in a statement that it was behind it' -> claim."),
E(8, ["the Houthi security service detained seven teachers"],
  "ARR", "2026-06-17", "day", "Rada'a", "YE", None, None, None, "Houthis", None, False,
  "'on Wednesday' vs Saturday 20 June -> 17 June. Detentions by the Houthis' de facto security service -> 'Houthis' (like the Taliban rule). 'aged between 31 and 56' are ages. The presenter's cue 'reports of detentions' is generic and not a trigger."),
E(8, ["a landmine killed three shepherds just outside the town"],
  "IED", "2023-01-01", "year", "Hays", "YE", 3, None, "exact", None, None, True,
  "'In 2023' -> year. '1,800 families have left Hays this year' are displaced people, not an event."),
]

# --------------------------------------------------------------- holdout3-009
ARTICLES.append(A(9, "en", "article", "2026-07-06T08:00:00Z",
"Opinion: Zamfara's kidnapping economy has outlived every plan to end it",
"""
When I first reported from Zamfara a decade ago, a kidnapping was news. Today it is a line item. Families in Talata Mafara keep a ledger of what each village has paid, and the figures run into the hundreds of millions of naira.

It did not start that way. In 2016, bandits stopped a convoy of grain traders on the road between Talata Mafara and Bakura and killed 18 of them, and the state answered with checkpoints and promises. In August 2023, a military jet hunting a bandit leader hit a crowded market near Bakura instead, killing 11 people. Last year, gunmen took 41 worshippers from a mosque in Kaura Namoda during dawn prayers; 30 came home after their families paid 60 million naira, and the rest are still missing.

This summer proves the point again. On June 28, gunmen abducted 23 farmers from their fields near Shinkafi. Three days later, soldiers raided a bandit camp in the forest north of the town, killing about 20 bandits and freeing nine of the farmers, the army said. The other 14 are still held.

Last week, young men in Bakura set fire to a police post after a rumour that officers had tipped off the kidnappers. Nobody has yet been charged over it.

What would work is not mysterious: pay and equip local police, prosecute the buyers of stolen cattle, and stop negotiating ransoms through politicians. Zamfara has about 4.5 million people and, by one count, fewer than 3,000 police officers. A state that cannot protect a farmer in his field for a single season should not be surprised when he pays someone else to.

The writer is a journalist based in Sokoto.
"""))
GOLD += [
E(9, ["bandits stopped a convoy of grain traders on the road between Talata Mafara and Bakura and killed 18 of them"],
  "ATK", "2016-01-01", "year", "Talata Mafara", "NG", 18, None, "exact", None, None, True,
  "'In 2016' -> year. A road between two places -> first-named, Talata Mafara. Unescorted civilian traders -> Attack (events_val)."),
E(9, ["a military jet hunting a bandit leader hit a crowded market near Bakura"],
  "AIR", "2023-08-01", "month", "Bakura", "NG", 11, None, "exact", "military", None, True,
  "'In August 2023' -> month. Nigerian air force -> 'military'."),
E(9, ["gunmen took 41 worshippers from a mosque in Kaura Namoda"],
  "ABD", "2025-01-01", "year", "Kaura Namoda", "NG", None, None, None, None, None, True,
  "'Last year' vs 2026 -> 2025, year. '41 worshippers' are abductees, '30 came home' released hostages and '60 million naira' a ransom: none are casualties."),
E(9, ["gunmen abducted 23 farmers from their fields near Shinkafi"],
  "ABD", "2026-06-28", "day", "Shinkafi", "NG", None, None, None, None, None, False,
  "'On June 28' vs 6 July -> 8 days -> current. '23 farmers' are abductees, 'The other 14' still held."),
E(9, ["soldiers raided a bandit camp in the forest north of the town"],
  "BAT", "2026-07-01", "day", "Shinkafi", "NG", 20, None, "about", "military", None, False,
  "'Three days later' than 28 June -> 1 July. A raid on an armed camp -> Armed clash initiated by the military. 'about 20 bandits' -> 20, about. 'nine of the farmers' freed are hostages."),
E(9, ["young men in Bakura set fire to a police post"],
  "RIOT", None, None, "Bakura", "NG", None, None, None, None, None, False,
  "'Last week' -> unresolvable, null date (dev rule); a null-dated event is not background. Arson of a police post by a crowd -> Violent demonstration."),
]

# --------------------------------------------------------------- holdout3-010
ARTICLES.append(A(10, "en", "article", "2026-07-14T12:00:00Z",
"Eleven dead as separatists ambush gendarmes in Cameroon's North-West",
"""
YAOUNDE, July 14 (Wire) - Separatist fighters ambushed a gendarmerie patrol near Batibo in Cameroon's North-West region on Sunday, setting off a gun battle that left four gendarmes and seven of the attackers dead, the defence ministry said on Tuesday. Two gendarmes were wounded.

The patrol of 18 men in three pickups was escorting a truck of school furniture when it came under fire from both sides of the road, 9 km west of the town, the ministry said.

On Monday, armed men abducted the principal of a government secondary school in Ndop as he left a church service, local officials said. He was released on Tuesday morning after his family paid 2 million CFA francs. Separatists have ordered schools in the region shut since 2017, although at least 60 have reopened this year.

Police in Mbengwi said they had arrested 11 people on Saturday suspected of supplying the fighters with food and fuel, including a 70-year-old man. All but three were released the next day.

Residents of villages around Batibo said tens of families had fled into the bush after the ambush, fearing reprisals.

The English-speaking regions have seen near-daily violence for almost a decade. In 2019, a roadside bomb destroyed an army vehicle near Batibo, killing two soldiers. Last November, unidentified gunmen shot dead a traditional chief in Ndop.
"""))
GOLD += [
E(10, ["Separatist fighters ambushed a gendarmerie patrol near Batibo", "a gun battle", "the ambush"],
  "BAT", "2026-07-12", "day", "Batibo", "CM", 11, 2, "exact", None, None, False,
  "'on Sunday' vs Tuesday 14 July -> 12 July. All sides summed: four gendarmes + seven attackers = 11. Unnamed 'Separatist fighters' -> null (events_test). 'The patrol of 18 men', 'three pickups', '9 km', 'tens of families' fled are distractors."),
E(10, ["armed men abducted the principal of a government secondary school in Ndop"],
  "ABD", "2026-07-13", "day", "Ndop", "CM", None, None, None, None, None, False,
  "'On Monday' -> 13 July. '2 million CFA francs' is a ransom; the release is not an event. 'since 2017', 'at least 60 have reopened' are distractors."),
E(10, ["Police in Mbengwi said they had arrested 11 people on Saturday"],
  "ARR", "2026-07-11", "day", "Mbengwi", "CM", None, None, None, "police", None, False,
  "'on Saturday' -> 11 July. '11 people' are arrestees, '70-year-old' an age, 'All but three were released' a release."),
E(10, ["a roadside bomb destroyed an army vehicle near Batibo, killing two soldiers"],
  "IED", "2019-01-01", "year", "Batibo", "CM", 2, None, "exact", None, None, True,
  "'In 2019' -> year."),
E(10, ["unidentified gunmen shot dead a traditional chief in Ndop"],
  "ATK", "2025-11-01", "month", "Ndop", "CM", 1, None, "exact", None, None, True,
  "'Last November' in a July 2026 story -> 2025-11, month."),
]

# --------------------------------------------------------------- holdout3-011
ARTICLES.append(A(11, "en", "article", "2026-05-04T11:00:00Z",
"At least 38 killed in overnight attack on Congolese village",
"""
BENI, Democratic Republic of Congo, May 4 (Wire) - Attackers armed with machetes and guns killed at least 38 people in an overnight raid on the village of Mamove, near Eringeti in North Kivu province, the army said on Monday. The assault began late on Saturday and lasted until dawn on Sunday.

Army spokesman Captain Antony Mwalushay said the Allied Democratic Forces (ADF) carried out the massacre. On Sunday evening the Islamic State's Central Africa Province claimed it, saying its fighters had killed "more than 60 Christians". At least 27 houses were burned and three people were taken into the forest, a local civil society leader said.

Congolese and Ugandan troops pursued the attackers and clashed with them near Eringeti on Sunday, killing six rebels, the army said. One Ugandan soldier was wounded.

Further south, shells fell on the outskirts of Kanyabayonga on Thursday, wounding seven civilians, among them a 12-year-old girl. The army accused the M23 rebels, who denied firing and blamed the army.

On Monday morning, hundreds of residents marched in Eringeti to demand that the army do more to protect them. Police fired tear gas and one protester was hurt, witnesses said.

Mamove had been attacked before. Two years ago, ADF fighters abducted 15 farmers from fields outside the village; only four came back.

The United Nations said more than 1,200 people had fled to Eringeti since the weekend.
"""))
GOLD += [
E(11, ["killed at least 38 people in an overnight raid on the village of Mamove", "The assault began", "the massacre"],
  "ATK", "2026-05-02", "day", "Mamove", "CD", 38, None, "at_least", "Islamic State", "Islamic State", False,
  "'overnight', 'began late on Saturday' vs Monday 4 May -> dated at its start, 2 May. The army names the ADF as fact, and the Islamic State's Central Africa Province claims it -> claimant as perpetrator (events_test test-024). The claim's 'more than 60' is not used. '27 houses', 'three people were taken' (part of the raid, not reported as a separate abduction), '1,200 people' are distractors."),
E(11, ["Congolese and Ugandan troops pursued the attackers and clashed with them near Eringeti"],
  "BAT", "2026-05-03", "day", "Eringeti", "CD", 6, 1, "exact", "military", None, False,
  "'on Sunday' -> 3 May. Joint operation, the country's own army named first -> 'military' (events_test test-024). Pursuit -> initiator military."),
E(11, ["shells fell on the outskirts of Kanyabayonga"],
  "SHL", "2026-04-30", "day", "Kanyabayonga", "CD", None, 7, "exact", None, None, False,
  "'on Thursday' vs Monday 4 May -> 30 April. Army accuses M23, M23 denies and blames the army -> null. '12-year-old' is an age."),
E(11, ["hundreds of residents marched in Eringeti"],
  "PI", "2026-05-04", "day", "Eringeti", "CD", None, 1, "exact", None, None, False,
  "'On Monday morning' -> 4 May. Police tear gas -> Protest with intervention; one protester hurt -> injured 1."),
E(11, ["ADF fighters abducted 15 farmers from fields outside the village"],
  "ABD", "2024-01-01", "year", "Mamove", "CD", None, None, None, "Allied Democratic Forces", None, True,
  "'Two years ago' vs 2026 -> 2024, year. No claim -> 'Allied Democratic Forces' (events_val). '15 farmers' abductees, 'only four came back' released."),
]
