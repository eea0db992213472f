"""Authoring source of benchmarks/events_holdout (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Chains here: Dera Ismail Khan, Pakistan (holdout-009 to 011) and Aden,
Yemen (holdout-012, 013), with an opinion piece (014)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- holdout-009
ARTICLES.append(A(9, "en", "article", "2026-04-21T14:00:00Z",
"Twin suicide attack at police checkpoint kills at least nine in Dera Ismail Khan",
"""
DERA ISMAIL KHAN, Pakistan, April 21 (Wire) - Two suicide bombers attacked a police checkpoint outside a crowded vegetable market in the northwestern city of Dera Ismail Khan on Tuesday morning, killing at least nine people, including five policemen, and injuring 20, police said.

The first attacker detonated explosives strapped to his body at the checkpoint barrier at around 8:45 a.m., district police officer Tariq Mehsud told reporters. The second bomber blew himself up about ten minutes later, as rescue workers and onlookers gathered around the wreckage.

No group has claimed the attack. Police officials said privately that they suspected the Pakistani Taliban, who have stepped up attacks on the police in Khyber Pakhtunkhwa province in recent years.

Late on Monday, militants attacked a police post in the Domel area of neighbouring Bannu district, killing two officers, police said. One of the attackers was killed when officers returned fire.

On Sunday, a police bomb disposal squad defused a 5 kg bomb planted under a bridge in Paharpur, about 30 km north of the city, officials said.

Dera Ismail Khan, a city of about 450,000 on the west bank of the Indus, has been hit repeatedly. In November 2019, a suicide bomber killed 12 people at the gate of a police training school in the city. Two years ago, a roadside bomb killed four soldiers on patrol near Tank, a town about 65 km to the northwest.

The provincial government announced compensation of Rs 1 million for the family of each person killed and ordered all markets near police buildings to close early for a week. Schools in the district will stay shut on Wednesday.
"""))
GOLD += [
E(9, ["Two suicide bombers attacked a police checkpoint", "detonated explosives strapped to his body", "blew himself up", "the attack#1"],
  "SUI", "2026-04-21", "day", "Dera Ismail Khan", "PK", 9, 20, "at_least", None, None, False,
  "Twin suicide bombing, one event. 'on Tuesday morning' = publication day (21 April). 'at least nine people, including five policemen' -> 9 (the five are a subset). 'suspected the Pakistani Taliban' is speculation -> null. '8:45 a.m.', 'ten minutes', '450,000', 'Rs 1 million' are distractors. 'the attack#2' sits inside 'the attackers' of the Domel clash."),
E(9, ["militants attacked a police post in the Domel area", "officers returned fire"],
  "BAT", "2026-04-20", "day", "Domel", "PK", 3, None, "exact", None, None, False,
  "'Late on Monday' -> 20 April. Unnamed militants -> perpetrator null. 2 officers + 1 attacker = 3. Domel is a town in Bannu district."),
E(9, ["defused a 5 kg bomb planted under a bridge in Paharpur"],
  "DWU", "2026-04-19", "day", "Paharpur", "PK", None, None, None, "police", None, False,
  "'On Sunday' -> 19 April. Police bomb disposal squad -> police. '5 kg' is a weight, '30 km' a distance."),
E(9, ["a suicide bomber killed 12 people at the gate of a police training school"],
  "SUI", "2019-11-01", "month", "Dera Ismail Khan", "PK", 12, None, "exact", None, None, True,
  "'In November 2019' -> month. 'in the city' = Dera Ismail Khan."),
E(9, ["a roadside bomb killed four soldiers on patrol near Tank"],
  "IED", "2024-01-01", "year", "Tank", "PK", 4, None, "exact", None, None, True,
  "'Two years ago' vs 2026 -> 2024, year. Tank is a town (the name is also an English noun). '65 km' is a distance."),
]

# ---------------------------------------------------------------- holdout-010
ARTICLES.append(A(10, "en", "article", "2026-04-21T13:50:00Z",
"Live: Twin suicide bombing in Dera Ismail Khan",
"""
18:40 - We are closing this live page. The latest figures from the provincial health department: 13 people killed and 31 injured in this morning's twin bombing in Dera Ismail Khan. Eight of the dead were policemen. Thank you for following.

17:25 - Police say they have arrested a man at a checkpoint near Paharpur who they believe was in contact with the two bombers. He was carrying two mobile phones and a list of police vehicle numbers, a police source says.

16:05 - The traders' association says markets across the district will stay shut tomorrow in protest. We will cover that tomorrow.

15:20 - Rescue 1122 now puts the toll at 11 dead and 27 injured. Several of the wounded have been moved to Peshawar by air.

14:30 - Separately, police in Lakki Marwat say a grenade was thrown at a vehicle carrying a polio vaccination team there this morning. It failed to go off properly and no one was hurt.

12:40 - Dozens of lawyers in Dera Ismail Khan walked out of the district courts and held a protest outside against insecurity in the district. They dispersed after about an hour.

11:30 - A police spokesman confirms that at least seven people, including four policemen, were killed. He says both attackers were on foot and wore vests packed with ball bearings.

10:50 - The city's last suicide attack, in September 2025, wounded six policemen at a checkpoint in the cantonment. Nobody was killed then.

10:15 - We are getting reports of two explosions a few minutes apart near the vegetable market in Dera Ismail Khan, in Khyber Pakhtunkhwa. Local TV shows smoke over the market and ambulances. The area is home to a police checkpoint that was upgraded last year at a cost of Rs 12 million.

10:05 - Good morning. This page will follow events in Pakistan's northwest today.
"""))
GOLD += [
E(10, ["this morning's twin bombing in Dera Ismail Khan", "two explosions a few minutes apart"],
  "SUI", "2026-04-21", "day", "Dera Ismail Khan", "PK", 13, 31, "exact", None, None, False,
  "Reverse-chronological live blog: the 18:40 figures (13 killed, 31 injured) override 15:20 (11/27) and 11:30 ('at least seven'). The first trigger is the first naming in text order (the top entry). 'this morning' = publication date. Not claimed, no attribution. 'Eight of the dead were policemen' is a subset; 'Rs 12 million', 'about an hour' are distractors."),
E(10, ["they have arrested a man at a checkpoint near Paharpur"],
  "ARR", "2026-04-21", "day", "Paharpur", "PK", None, None, None, "police", None, False,
  "Entry time 17:25 on the publication day -> 21 April. 'near Paharpur' -> Paharpur."),
E(10, ["a grenade was thrown at a vehicle carrying a polio vaccination team"],
  "GRN", "2026-04-21", "day", "Lakki Marwat", "PK", 0, 0, "exact", None, None, False,
  "'this morning' = publication date. 'no one was hurt' -> explicit 0 killed and 0 injured. Thrower unknown -> null."),
E(10, ["Dozens of lawyers in Dera Ismail Khan walked out of the district courts and held a protest"],
  "PP", "2026-04-21", "day", "Dera Ismail Khan", "PK", None, None, None, None, None, False,
  "Entry 12:40 on the publication day. Peaceful, dispersed on their own. The traders' shutdown 'tomorrow' (16:05) is a future event and is not coded."),
E(10, ["The city's last suicide attack"],
  "SUI", "2025-09-01", "month", "Dera Ismail Khan", "PK", 0, 6, "exact", None, None, True,
  "'in September 2025' -> month. 'wounded six policemen' and 'Nobody was killed then' -> killed 0, injured 6, exact. 'in the cantonment' is part of the city."),
]

# ---------------------------------------------------------------- holdout-011
ARTICLES.append(A(11, "en", "article", "2026-04-24T08:00:00Z",
"Pakistani Taliban claim Dera Ismail Khan bombing; five suspects held",
"""
PESHAWAR, April 24 (Wire) - The Pakistani Taliban claimed responsibility on Thursday for Tuesday's twin suicide bombing at a police checkpoint in Dera Ismail Khan, which killed 14 people, and police said they had arrested five suspects.

In a message sent to journalists, a spokesman for the Tehrik-i-Taliban Pakistan (TTP) said the attack had targeted "police who serve the infidel state" and claimed that 30 policemen had been killed. Police said eight of the 14 dead were officers. A further 33 people were wounded, 11 of whom were still in hospital on Thursday.

Police had at first pointed to the Hafiz Gul Bahadur group, a rival militant faction based in North Waziristan. The group denied any role in a statement on Wednesday.

Officers of the provincial Counter-Terrorism Department (CTD) arrested the five men in raids in Kulachi, a town 45 km west of the city, on Thursday, seizing two suicide vests, 20 kg of explosives and a motorbike, a CTD spokesman said.

On Wednesday night, two other suspects were killed when CTD officers raided a house in Tank and came under fire. One officer was wounded in the exchange.

Traders in Dera Ismail Khan kept their shops shut on Wednesday in protest against the bombing, and several hundred people gathered peacefully outside the press club to demand better protection for the markets.

The provincial government has offered a bounty of Rs 5 million for information about the bombers' handlers. More than 200 people have been questioned since Tuesday, officials said.

The TTP has claimed more than 300 attacks in Khyber Pakhtunkhwa since the beginning of last year, most of them against the police, according to a count by a security think tank in Islamabad.
"""))
GOLD += [
E(11, ["twin suicide bombing", "the attack", "against the bombing"],
  "SUI", "2026-04-21", "day", "Dera Ismail Khan", "PK", 14, 33, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", False,
  "Follow-up of holdout-009/010. 'Tuesday's' vs Friday 24 April -> 21 April. Claimed by the TTP on Thursday; the claimant's '30 policemen' is not used. Police had first pointed at the Hafiz Gul Bahadur group, which denied: the denial does not dispute the TTP's claim -> perpetrator TTP. 'A further 33 people were wounded' -> injured 33 (11 still in hospital is a subset). 'Rs 5 million', 'More than 200 ... questioned', 'more than 300 attacks ... since the beginning of last year' (cumulative) are not coded."),
E(11, ["had arrested five suspects", "arrested the five men in raids in Kulachi"],
  "ARR", "2026-04-23", "day", "Kulachi", "PK", None, None, None, "police", None, False,
  "'on Thursday' -> 23 April. CTD -> police. Vests, '20 kg' of explosives and the motorbike belong to the arrest. The lead's 'had arrested five suspects' is the first naming."),
E(11, ["CTD officers raided a house in Tank and came under fire", "the exchange"],
  "BAT", "2026-04-22", "day", "Tank", "PK", 2, 1, "exact", "police", None, False,
  "'On Wednesday night' -> 22 April. A CTD raid met with gunfire -> armed clash, initiator police (the raiding side, as in events_test test-005). 2 suspects killed, 1 officer wounded."),
E(11, ["Traders in Dera Ismail Khan kept their shops shut on Wednesday in protest", "several hundred people gathered peacefully outside the press club"],
  "PP", "2026-04-22", "day", "Dera Ismail Khan", "PK", None, None, None, None, None, False,
  "'on Wednesday' -> 22 April. Shutter-down strike and gathering in the same sentence, same day and place -> one peaceful protest. 'several hundred' are participants."),
]

# ---------------------------------------------------------------- holdout-012
ARTICLES.append(A(12, "en", "article", "2026-08-16T09:00:00Z",
"Twin suicide bombing at Aden army recruitment centre kills at least 31",
"""
ADEN, Yemen, Aug 16 (Wire) - Two suicide bombers blew themselves up among young men queuing outside an army recruitment centre in Yemen's southern port city of Aden on Saturday, killing at least 31 people and wounding more than 45, medical and security sources said.

The attackers, wearing explosive vests under their clothes, mixed with several hundred recruits who had been waiting since dawn outside the centre in the Khor Maksar district, a security official said. The second explosion came as soldiers and passers-by tried to carry the wounded to cars. Most of the dead were aged between 18 and 25.

Interior Minister Nasser al-Qubati accused the Houthis of being behind the attack. A Houthi spokesman in Sanaa denied the accusation, calling it "a lie to cover the failures" of the government.

Hours later, a drone struck a military position near Qataba, in al-Dhale province, killing two soldiers, the army said. It blamed the Houthis for that strike.

Aden, the seat of the internationally recognised government, has seen repeated attacks on security officials. In March 2021, a car bomb targeting the convoy of a security chief in the Sheikh Othman district killed four of his bodyguards. Last October, fighters of al-Qaeda in the Arabian Peninsula attacked a checkpoint in Ahwar, in Abyan province, killing five soldiers.

The recruitment drive, which offered a monthly salary of 60,000 rials, had drawn crowds for three days in temperatures of up to 38C. The defence ministry suspended it on Saturday evening and said recruits would be registered online.

Hospitals in Aden appealed for blood donations. The city's main hospital said it had received 27 of the wounded, nine of them in critical condition.
"""))
GOLD += [
E(12, ["Two suicide bombers blew themselves up among young men queuing", "The second explosion", "the attack"],
  "SUI", "2026-08-15", "day", "Aden", "YE", 31, 45, "at_least", None, None, False,
  "Twin suicide bombing, one event. 'on Saturday' vs Sunday 16 Aug -> 15 Aug. Khor Maksar is a district of Aden -> Aden. The minister blames the Houthis, who deny -> perpetrator null (dev rule). 'aged between 18 and 25', '60,000 rials', '38C', '27 of the wounded' (one hospital's subset) are distractors."),
E(12, ["a drone struck a military position near Qataba", "that strike"],
  "AIR", "2026-08-15", "day", "Qataba", "YE", 2, None, "exact", "Houthis", None, False,
  "'Hours later' than the Saturday bombing -> 15 Aug. 'It blamed the Houthis for that strike': the army states the attribution; the Houthi denial in the text concerns the Aden bombing only -> perpetrator Houthis."),
E(12, ["a car bomb targeting the convoy of a security chief"],
  "IED", "2021-03-01", "month", "Aden", "YE", 4, None, "exact", None, None, True,
  "'In March 2021' -> month. Sheikh Othman is a district of Aden -> Aden."),
E(12, ["attacked a checkpoint in Ahwar"],
  "BAT", "2025-10-01", "month", "Ahwar", "YE", 5, None, "exact", "al-Qaeda in the Arabian Peninsula", None, True,
  "'Last October' vs August 2026 -> 2025-10, month. AQAP fighters attacked -> initiator AQAP (canonical name from events_test)."),
]

# ---------------------------------------------------------------- holdout-013
ARTICLES.append(A(13, "en", "article", "2026-08-20T10:00:00Z",
"AQAP claims Aden recruitment centre bombing; six arrested",
"""
ADEN, Yemen, Aug 20 (Wire) - Al-Qaeda in the Arabian Peninsula (AQAP) has claimed the twin suicide bombing that killed 38 people outside an army recruitment centre in Aden on Saturday, in a statement that the government said on Wednesday was authentic.

The statement, released on Monday, named the two bombers and said they had killed "more than 100 soldiers of the apostate government". Health officials said the toll had risen to 38 after seven of the wounded died; 52 people were wounded, nine of them critically.

The interior ministry, which had initially accused the Houthis, said on Wednesday that counter-terrorism police had arrested six men in Aden's Mansoura district, among them a man suspected of hiding the explosive vests in a rented flat. A seventh suspect was arrested on Tuesday at a checkpoint in Zinjibar, the capital of Abyan province.

In Shabwa province, a US drone strike on Monday killed two men that US Central Command described as AQAP operatives. Central Command said the strike was not linked to the Aden bombing.

On Tuesday, relatives of the dead recruits blocked the main road through Aden's Crater district, burning tyres and demanding compensation. Security forces fired into the air to clear the road. Nobody was hurt, a police official said.

The government has promised 3 million rials to each family. Recruitment will resume in October, with applicants registering online and reporting to three smaller centres in groups of no more than 50.
"""))
GOLD += [
E(13, ["twin suicide bombing", "the Aden bombing"],
  "SUI", "2026-08-15", "day", "Aden", "YE", 38, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Follow-up of holdout-012. 'on Saturday' vs Thursday 20 Aug -> 15 Aug. Claimed by AQAP (statement released Monday, confirmed authentic by the government); the claimant's 'more than 100' is not used. The earlier accusation of the Houthis is withdrawn in effect -> perpetrator AQAP. Final 38 killed, 52 wounded."),
E(13, ["counter-terrorism police had arrested six men in Aden's Mansoura district"],
  "ARR", "2026-08-19", "day", "Aden", "YE", None, None, None, "police", None, False,
  "Only the announcement date is known ('said on Wednesday that ... had arrested') -> 19 Aug, as the dev rule says. Mansoura is a district of Aden -> Aden."),
E(13, ["A seventh suspect was arrested on Tuesday at a checkpoint in Zinjibar"],
  "ARR", "2026-08-18", "day", "Zinjibar", "YE", None, None, None, "police", None, False,
  "'on Tuesday' -> 18 Aug. The arresting force is not named; the sentence continues the interior ministry's account of counter-terrorism arrests -> police."),
E(13, ["a US drone strike on Monday killed two men", "the strike"],
  "AIR", "2026-08-17", "day", "Shabwa", "YE", 2, None, "exact", "US military", None, False,
  "'on Monday' -> 17 Aug. Only the province is named -> Shabwa. US Central Command -> 'US military'."),
E(13, ["relatives of the dead recruits blocked the main road", "burning tyres"],
  "RIOT", "2026-08-18", "day", "Aden", "YE", 0, 0, "exact", None, None, False,
  "'On Tuesday' -> 18 Aug. Road blocked with burning tyres -> violent demonstration (as events_test test-008). Crater is a district of Aden. 'Nobody was hurt' -> explicit 0/0. '3 million rials', 'groups of no more than 50' are distractors."),
]

# ---------------------------------------------------------------- holdout-014
ARTICLES.append(A(14, "en", "article", "2026-09-01T06:00:00Z",
"Opinion: The second bomb is the message",
"""
On August 15, two young men walked into a crowd of would-be recruits outside an army centre in Aden and blew themselves up a few minutes apart. Thirty-eight people died. Al-Qaeda in the Arabian Peninsula claimed the massacre two days later. The world barely looked up.

It should. The twin suicide bombing, in which a second attacker waits for rescuers and onlookers to gather around the first blast, has become the signature of this year's violence. In March, two bombers killed 27 people at a bus station in Baqubah, in Iraq, an attack the Islamic State claimed. In April, two more hit a police checkpoint in Dera Ismail Khan, in Pakistan, and killed 14; the Pakistani Taliban took responsibility. In June, two teenage girls sent by Boko Haram killed 22 people at a fish market in Konduga, in Nigeria.

None of this is new. In the spring of 2021, two bombers struck a checkpoint of the Syrian Democratic Forces in Deir ez-Zor, killing nine fighters. In 2018, a pair of attackers blew themselves up in a bread queue in Arish, in Egypt's north Sinai, killing 17 people. The method is cheap: a vest, by one estimate, costs less than $200 to make.

What is new is our indifference. More than 2,000 people have been killed by suicide bombers across Africa and the Middle East since 2015, according to one research group. Each of these attacks is covered for a day, then filed away.

Governments respond with arrests, and arrests matter. But the second bomb is aimed at the people who run towards the first one: police, medics, neighbours. Training first responders to wait, to clear the area and to search for a second attacker would save more lives than any number of checkpoints.

We teach soldiers to expect an ambush after a roadside bomb. We should teach every ambulance driver in Aden and Konduga the same thing.
"""))
GOLD += [
E(14, ["two young men walked into a crowd of would-be recruits", "the massacre"],
  "SUI", "2026-08-15", "day", "Aden", "YE", 38, None, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Opinion piece. 'On August 15' absolute; 17 days before publication -> current. 'Thirty-eight people died' -> 38 exact. Claimed by AQAP."),
E(14, ["two bombers killed 27 people at a bus station in Baqubah", "an attack the Islamic State claimed"],
  "SUI", "2026-03-01", "month", "Baqubah", "IQ", 27, None, "exact", "Islamic State", "Islamic State", True,
  "'In March' (publication year) -> 2026-03, month, background."),
E(14, ["two more hit a police checkpoint in Dera Ismail Khan"],
  "SUI", "2026-04-01", "month", "Dera Ismail Khan", "PK", 14, None, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", True,
  "'In April' -> 2026-04, month, background. 'the Pakistani Taliban took responsibility' = claim -> TTP."),
E(14, ["two teenage girls sent by Boko Haram killed 22 people"],
  "SUI", "2026-06-01", "month", "Konduga", "NG", 22, None, "exact", "Boko Haram", None, True,
  "'In June' -> 2026-06, month; 92 days before publication -> background. 'sent by Boko Haram' is stated as fact; no claim is mentioned in this text -> claimed_by null."),
E(14, ["two bombers struck a checkpoint of the Syrian Democratic Forces in Deir ez-Zor"],
  "SUI", "2021-01-01", "year", "Deir ez-Zor", "SY", 9, None, "exact", None, None, True,
  "'In the spring of 2021' -> year precision (dev rule: seasons give the year). Attackers not named -> null."),
E(14, ["a pair of attackers blew themselves up in a bread queue in Arish"],
  "SUI", "2018-01-01", "year", "Arish", "EG", 17, None, "exact", None, None, True,
  "'In 2018' -> year. 'More than 2,000 people ... since 2015' is a cumulative statistic; '$200' is money. The generic 'arrests' and the ambush analogy are not events."),
]
