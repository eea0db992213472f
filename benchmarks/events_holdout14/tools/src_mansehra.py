"""Authoring source of benchmarks/events_holdout14 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mansehra, Pakistan cluster (holdout14-011 to 015, all English),
two bombers on Tuesday 9 June 2026 at two gates of one compound, the
district courts (the main gate and the lawyers' gate, about 150 m apart),
minutes apart: a breaking-news flash with the toll in parentheses (011), a
long next-day feature with the revised toll and a lawyers' march (012), the
Jamaat-ul-Ahrar claim, a TTP denial and arrests (013), a local radio
call-in transcript (014) and an analysis full of older attacks (015). Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout14")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout14-011
ARTICLES.append(A(11, "en", "article", "2026-06-09T07:30:00Z",
"BREAKING: Suicide attack on Mansehra courts",
"""
MANSEHRA: Two suicide bombers blew themselves up at the district courts complex in Mansehra on Tuesday morning, killing at least 11 people (four policemen, a judge's clerk and six litigants, according to police) and wounding around 40, officials said.

The first attacker detonated his vest at the main gate at about 10:15 am, when hundreds of people were queuing to be searched. Police said the second attacker, who had apparently been waiting near the lawyers' gate about 150 metres away, set off his explosives three or four minutes later as people fled in that direction.

Rescue 1122 said it had shifted the wounded to the King Abdullah Teaching Hospital, where an emergency was declared. Eight of the injured were referred to Abbottabad in critical condition.

A senior police officer told this newspaper that the attack bore the hallmarks of militant groups active in the tribal districts. "The Islamic State's Khorasan branch may have been behind it, but it is too early to say," he said, speaking on condition of anonymity.

Lawyers said the courts had received a threat letter in May, and that the bar association had asked for walk-through scanners at both gates. Only one was installed, at a cost of Rs 2.5 million.

In a separate incident, police in Oghi said unidentified men threw a hand grenade into the compound of a girls' school overnight. There were no casualties, as the school was empty, but the boundary wall was damaged.

The provincial chief minister condemned the attack and ordered a report within 24 hours. Courts across Hazara division will remain closed on Wednesday.

Mansehra, a district of about 1.8 million people on the road to the Karakoram Highway, has seen few attacks compared with the province's south.

This is a developing story and will be updated.
"""))
GOLD += [
E(11, ["Two suicide bombers blew themselves up at the district courts complex in Mansehra"],
  "SUI", "2026-06-09", "day", "Mansehra", "PK", 11, 40, "at_least", None, None, False,
  "'on Tuesday morning' = publication day, Tuesday 9 June. Two bombers at two gates of one compound (the district courts: main gate and lawyers' gate, about 150 m apart), minutes apart -> ONE Suicide bomb event (events_holdout5 Batkhela, events_holdout10 Karak, events_holdout13 Beni Suef). 'at least 11 people (four policemen, a judge's clerk and six litigants ...)' -> 11, at_least; the split in parentheses is the same 11; 'around 40' wounded -> 40 (the qualifier describes killed). 'bore the hallmarks' and 'may have been behind it' are speculation -> null. '10:15 am', '150 metres', 'three or four minutes', 'Eight of the injured' (a subset), 'Rescue 1122' are not casualties."),
E(11, ["unidentified men threw a hand grenade into the compound of a girls' school"],
  "GRN", "2026-06-08", "day", "Oghi", "PK", 0, 0, "exact", None, None, False,
  "'overnight' in a Tuesday 9 June story -> the night of Monday to Tuesday, dated at its start, 8 June. Unnamed attackers -> null. 'There were no casualties' is an explicit zero (dev) -> killed 0, injured 0, exact. 'Rs 2.5 million', '24 hours', '1.8 million people' are not casualties."),
]

# -------------------------------------------------------------- holdout14-012
ARTICLES.append(A(12, "en", "article", "2026-06-10T14:00:00Z",
"The day the Mansehra courts went quiet",
"""
By a special correspondent

The toll stood at eleven when firemen hosed down the steps of the Mansehra district courts on Tuesday afternoon. By nightfall it was 16. On Wednesday morning, the district health officer gave what he called the final count: nineteen dead, a figure that does not include the two attackers, and 47 wounded.

Among the dead were four constables who had been searching visitors at the main gate, a stenographer who had worked in the sessions court for 31 years, and a father and son who had come to hear a verdict in a land dispute that began in 1998.

Mansehra's courts are a small world. Every morning, about 3,000 people pass through two gates: litigants from the mountain villages, lawyers in black coats, clerks, tea boys and policemen. The first bomber chose the main gate, where the queue is longest. The second waited by the lawyers' gate, a narrow entrance some 150 metres down the lane, and walked into the crowd that was running towards him.

"I heard the first blast and went to the window. Then the second one broke the window," said Shazia Bibi, 36, a typist whose stall stands between the gates.

On Wednesday, lawyers across Hazara division boycotted the courts. In Mansehra, several hundred of them marched from the bar room to the deputy commissioner's office, demanding scanners, a perimeter wall and a separate entrance for the public. The march ended peacefully after the deputy commissioner promised to forward their demands.

The bar has been targeted before. In 2021, a grenade thrown at the bar room in Haripur injured two lawyers; no one was ever charged.

Thousands attended the funeral prayers of the constables at the police lines on Wednesday afternoon. The provincial government announced compensation of Rs 3 million for each family.

No group had claimed responsibility by Wednesday evening.
"""))
GOLD += [
E(12, ["The toll stood at eleven when firemen hosed down the steps of the Mansehra district courts", "No group had claimed responsibility by Wednesday evening"],
  "SUI", "2026-06-09", "day", "Mansehra", "PK", 21, 47, "exact", None, None, False,
  "'on Tuesday' vs Wednesday 10 June -> 9 June. Two gates of one compound -> one event. Revised toll inside the feature: 'eleven' -> '16' -> 'nineteen dead, a figure that does not include the two attackers' -> read like 'not counting' -> 19 + 2 = 21, exact; '47 wounded' -> 47. The first trigger names the bombing through its toll (the feature never says 'bombing' in its first sentence). No claim -> null. 'four constables', 'a father and son' are subsets; '31 years', '1998', '3,000 people', '150 metres', '36' are not casualties."),
E(12, ["several hundred of them marched from the bar room to the deputy commissioner's office"],
  "PP", "2026-06-10", "day", "Mansehra", "PK", None, None, None, None, None, False,
  "'On Wednesday' = publication day, 10 June. A march with demands that ends peacefully -> Peaceful protest. The court boycott across Hazara division is not a separate coded event (no single place); the funeral prayers are not coded. 'several hundred' are participants."),
E(12, ["a grenade thrown at the bar room in Haripur injured two lawyers"],
  "GRN", "2021-01-01", "year", "Haripur", "PK", None, 2, "exact", None, None, True,
  "'In 2021' -> year, background. Grenade, no actor. 'injured two lawyers' -> injured 2, killed null. 'Rs 3 million' is money."),
]

# -------------------------------------------------------------- holdout14-013
ARTICLES.append(A(13, "en", "article", "2026-06-11T09:00:00Z",
"Jamaat-ul-Ahrar claims Mansehra bombing, TTP distances itself",
"""
ABBOTTABAD (Staff Reporter): Jamaat-ul-Ahrar, a faction that split from and later rejoined the Pakistani Taliban, has claimed responsibility for Tuesday's twin suicide bombing at the Mansehra district courts, which killed 21 people including the bombers.

In a statement sent to journalists late on Wednesday, the group's spokesman said the attack was revenge for the hanging of two of its members and warned judges and lawyers to "stay away from the courts of the infidel system". He claimed that 40 policemen had been killed, a figure the police rejected as fiction. Officials said they had no reason to doubt that the group was responsible.

The Tehrik-i-Taliban Pakistan (TTP), in a message on Wednesday night, denied any role and said that attacks on "public places" were against its code of conduct. Analysts noted that the TTP has issued similar denials after attacks carried out by its own factions.

The Counter-Terrorism Department (CTD) said its personnel had arrested three suspects in a raid on a rented flat in Abbottabad on Wednesday night. Two Kalashnikovs, a laptop and 12 detonators were recovered, the CTD said in a statement.

Early on Thursday, police also picked up a suspected facilitator, a 29-year-old from Battagram who is believed to have guided the bombers from Bajaur, at a bus stand in Havelian. He was shifted to an undisclosed location for interrogation.

In all, more than 60 people have been taken in for questioning since Tuesday, but only the four are formally under arrest, a police spokesman said. The provincial government has announced a reward of Rs 5 million for information.

Jamaat-ul-Ahrar has struck in Hazara before. In 2020 it claimed a suicide attack on a police van near Topi, in which three policemen were killed, the first such attack in the area in years.

The Mansehra bar association extended its boycott of the courts until Saturday.
"""))
GOLD += [
E(13, ["has claimed responsibility for Tuesday's twin suicide bombing at the Mansehra district courts"],
  "SUI", "2026-06-09", "day", "Mansehra", "PK", 21, None, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", False,
  "'Tuesday's' vs Thursday 11 June -> 9 June. Two gates of one compound -> one event. '21 people including the bombers' -> 21 (inside). 'has claimed responsibility' -> 'Jamaat-ul-Ahrar' (canonical name of earlier sets); the police reject its figure ('40 policemen', not used) but not its authorship -> perpetrator. The TTP's denial is not a claim. No wounded figure here."),
E(13, ["its personnel had arrested three suspects in a raid on a rented flat in Abbottabad"],
  "ARR", "2026-06-10", "day", "Abbottabad", "PK", None, None, None, "police", None, False,
  "'on Wednesday night' vs Thursday 11 June -> 10 June. CTD -> police (dev convention). The weapons, laptop and '12 detonators' belong to the arrest."),
E(13, ["police also picked up a suspected facilitator", "at a bus stand in Havelian"],
  "ARR", "2026-06-11", "day", "Havelian", "PK", None, None, None, "police", None, False,
  "'Early on Thursday' = publication day, 11 June. 'picked up' a suspected facilitator -> Arrests, police. Location is where he was picked up (Havelian), not his home (Battagram) or the bombers' origin (Bajaur). '29-year-old' is an age; 'more than 60 people have been taken in for questioning' are not arrests ('only the four are formally under arrest' is a cumulative count, not an event); 'Rs 5 million' is money."),
E(13, ["it claimed a suicide attack on a police van near Topi"],
  "SUI", "2020-01-01", "year", "Topi", "PK", 3, None, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", True,
  "'In 2020' -> year, background. A claimed suicide attack -> Suicide bomb, claimant and perpetrator Jamaat-ul-Ahrar. 'three policemen were killed' -> 3 as written."),
]

# -------------------------------------------------------------- holdout14-014
ARTICLES.append(A(14, "en", "transcript", "2026-06-13T16:00:00Z",
"Hazara Hour, FM 101: listeners on the Mansehra attack",
"""
HOST: Assalam-o-alaikum, you are listening to Hazara Hour on FM 101. Four days after the twin suicide attack on the Mansehra courts, the lines are open. First, our reporter Imran Swati. Imran, what is new?

REPORTER: Sad news first. Advocate Tariq Jadoon, who was wounded at the lawyers' gate on Tuesday, died on Friday night in Peshawar. That makes twenty-two dead, with the two bombers. Jamaat-ul-Ahrar has claimed the attack. Then, police say they arrested 12 suspects in a search operation in Oghi and the surrounding villages on Friday. About seventy people were taken for questioning in the same operation and most have gone home.

HOST: And this morning, in Battagram?

REPORTER: Yes. The CTD raided a house in Battagram at around five this morning. There was an exchange of fire. The CTD says two militants were killed and one constable was injured. They recovered a suicide vest, unfinished.

HOST: Thank you, Imran. Our first caller is from Mansehra city. Go ahead.

CALLER 1: Thank you. I am a shopkeeper in the main bazaar. Yesterday we kept our shops closed all day, a complete shutter-down strike, to protest against the attack and to demand security for the courts. Not a single shop opened. The traders' union will meet again on Monday.

HOST: Thank you. Next caller, from Abbottabad.

CALLER 2: My cousin is a clerk. He is alive, thank God, but he has 14 stitches. I want to ask the government why a courts complex with 3,000 visitors a day has one scanner.

HOST: That question has been asked by many of you this week. We called the district police officer's office for a response and are waiting to hear back. Our helpline for families is 0997-920 112, from nine to five.

CALLER 3: Sir, please also mention the displaced families from Kaghan valley road works, nobody talks of them.

HOST: We will, in another programme. For now, a short break. This is FM 101, Hazara Hour.
"""))
GOLD += [
E(14, ["the twin suicide attack on the Mansehra courts", "Jamaat-ul-Ahrar has claimed the attack"],
  "SUI", "2026-06-09", "day", "Mansehra", "PK", 22, None, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", False,
  "'Four days after' on Saturday 13 June and 'on Tuesday' -> 9 June. Two gates of one compound -> one event. A wounded lawyer died on Friday night -> 'twenty-two dead, with the two bombers' -> 22 (inside); the later death raises the killed figure. 'has claimed the attack' -> claimant and perpetrator."),
E(14, ["police say they arrested 12 suspects in a search operation in Oghi"],
  "ARR", "2026-06-12", "day", "Oghi", "PK", None, None, None, "police", None, False,
  "'on Friday' vs Saturday 13 June -> 12 June. Police arrests; '12 suspects' are arrestees. 'About seventy people were taken for questioning' are not arrests."),
E(14, ["The CTD raided a house in Battagram", "There was an exchange of fire"],
  "BAT", "2026-06-13", "day", "Battagram", "PK", 2, 1, "exact", "police", None, False,
  "'this morning' = publication day, 13 June. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force; CTD -> police. 'two militants were killed' -> 2; 'one constable was injured' -> 1. The vest belongs to the raid."),
E(14, ["a complete shutter-down strike, to protest against the attack"],
  "PP", "2026-06-12", "day", "Mansehra", "PK", None, None, None, None, None, False,
  "'Yesterday' vs Saturday 13 June -> 12 June. A traders' strike with a demand, no intervention -> Peaceful protest. '14 stitches', '3,000 visitors', '0997-920 112', 'FM 101' are not casualties; the Monday meeting is a future event."),
]

# -------------------------------------------------------------- holdout14-015
ARTICLES.append(A(15, "en", "article", "2026-06-30T08:00:00Z",
"Analysis: Hazara's long quiet is over",
"""
For years, Hazara division was the part of Khyber Pakhtunkhwa that officials pointed to when they wanted to show that militancy had been pushed back. On June 9, two men in suicide vests ended that story at the gates of the Mansehra courts. Twenty-two people died, the bombers among them, and more than 40 were wounded. Jamaat-ul-Ahrar claimed the attack.

In truth, the quiet had been cracking for a while.

In the summer of 2019, a bomb hidden in a fruit cart exploded in a market in Attock, killing four people. Police blamed a local feud and closed the file.

Six years ago, a Tehrik-i-Taliban Pakistan suicide bomber blew himself up at a checkpoint near Balakot, killing two soldiers. The TTP claimed it the same day. At the time, the army said the attacker had come from Afghanistan and that the route had been closed.

In March 2023, gunmen kidnapped a road contractor and his driver near Darband, on the Tarbela reservoir. They were released 40 days later; the family will not say whether a ransom was paid.

Last November, security forces raided a hideout in the hills above Shinkiari, killing nine militants in a gunfight that lasted four hours. Two soldiers also died.

None of this was hidden. What was missing was a willingness to connect it. Khyber Pakhtunkhwa recorded more than 600 attacks in 2025, a figure that has grown every year since 2021, and Hazara's share has risen from 2 per cent to 7.

Since June 9, police have arrested 17 people in four districts, according to the CTD. That is a start. But the bombers of Mansehra crossed at least three police checkpoints with their vests, and nobody has yet explained how.

Hazara still has advantages: dense roads, a strong civil administration and communities that talk to the police. It should use them before the next pair of bombers reaches the next gate.
"""))
GOLD += [
E(15, ["two men in suicide vests ended that story at the gates of the Mansehra courts", "Jamaat-ul-Ahrar claimed the attack"],
  "SUI", "2026-06-09", "day", "Mansehra", "PK", 22, 40, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", False,
  "'On June 9' absolute (21 days before Tuesday 30 June -> current). Two gates of one compound -> one event. 'Twenty-two people died, the bombers among them' -> 22 (inside), exact; 'more than 40 were wounded' -> 40 (the qualifier describes the exact killed figure). 'claimed the attack' -> claimant and perpetrator."),
E(15, ["a bomb hidden in a fruit cart exploded in a market in Attock"],
  "IED", "2019-01-01", "year", "Attock", "PK", 4, None, "exact", None, None, True,
  "'In the summer of 2019' -> year (dev: 'the summer of 2018' is year). A hidden bomb, no actor ('a local feud' names none) -> IED. 'killing four people' -> 4."),
E(15, ["a Tehrik-i-Taliban Pakistan suicide bomber blew himself up at a checkpoint near Balakot"],
  "SUI", "2020-01-01", "year", "Balakot", "PK", 2, None, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", True,
  "'Six years ago' vs 2026 -> 2020, year, background. 'The TTP claimed it' -> claimant and perpetrator (dev canonical 'Tehrik-i-Taliban Pakistan'). 'killing two soldiers' -> 2 as written. Balakot is not in GeoNames' city list."),
E(15, ["gunmen kidnapped a road contractor and his driver near Darband"],
  "ABD", "2023-03-01", "month", "Darband", "PK", None, None, None, None, None, True,
  "'In March 2023' -> month, background. Kidnapping by unnamed gunmen -> Abduction, null. The two abductees are not casualties; '40 days' is a span."),
E(15, ["security forces raided a hideout in the hills above Shinkiari", "a gunfight that lasted four hours"],
  "BAT", "2025-11-01", "month", "Shinkiari", "PK", 11, None, "exact", "military", None, True,
  "'Last November' in a June 2026 article -> November 2025, month, background. A raid that turns into a gunfight -> Armed clash initiated by the raiding force; 'security forces' whose losses are 'soldiers' -> 'military'. All sides summed: 'nine militants' + 'Two soldiers' -> 11. Hills above a town -> the town. 'more than 600 attacks in 2025', 'since 2021', '2 per cent to 7', 'arrested 17 people in four districts' (a cumulative count) are not events or casualties."),
]
