"""Authoring source of benchmarks/events_holdout (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Chain here: Beledweyne, Somalia (holdout-015, 016, 019), and two English
articles with no security event (017 cricket, 018 oil business)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- holdout-015
ARTICLES.append(A(15, "en", "transcript", "2026-10-09T16:00:00Z",
"The Horn Brief, episode 112: After Beletweyne",
"""
LUL: Hello and welcome to The Horn Brief. I'm Lul Ahmed. This week, um, we're talking about Monday's twin suicide bombing at the Hotel Hiiraan in Beletweyne, where the regional administration was meeting. My guest is Mark Odhiambo, who studies al-Shabaab. Mark, welcome.

MARK: Thanks, Lul. Glad to be here.

LUL: Where does the toll stand?

MARK: So, uh, the latest from the regional health office is twenty-four dead and thirty-six wounded. Among the dead were a district commissioner and, um, two of his deputies. And al-Shabaab claimed it within hours on its radio station, which, you know, is what they usually do when an attack goes the way they planned.

LUL: And the government's response?

MARK: The intelligence agency, NISA, says it arrested seven people on Wednesday in Beletweyne itself. Among them, supposedly, the hotel's night guard. And then yesterday there was a US drone strike near Bulo Burde, which Africa Command says killed three al-Shabaab fighters. They haven't said it was linked to the hotel attack, but, uh, the timing is interesting.

LUL: Is Beletweyne a new target?

MARK: Not at all. Last year, al-Shabaab fighters overran a government outpost at Moqokori, west of the town, and killed about a dozen soldiers. And the clan militias who fought them, the ma'awisley, have been under pressure ever since. The town also has about 40 hotels, and, um, they're all places where officials meet.

LUL: You've compared this to Aden.

MARK: Right. The Aden bombing in August, when two men blew themselves up among army recruits and killed 38, that was AQAP, a different group in a different country. But the method is the same: the second bomber waits for the crowd.

LUL: Mark Odhiambo, thank you. That's episode 112. Next week, um, we look at the budget for the African Union mission, which is short by about $100 million.
"""))
GOLD += [
E(15, ["Monday's twin suicide bombing at the Hotel Hiiraan in Beletweyne", "the hotel attack"],
  "SUI", "2026-10-05", "day", "Beledweyne", "SO", 24, 36, "exact", "al-Shabaab", "al-Shabaab", False,
  "Podcast. The transcript spells the town Beletweyne (a common variant); gold uses Beledweyne, the spelling of the wire stories and the earlier sets. 'Monday's' vs Friday 9 Oct -> 5 Oct. 'twenty-four dead and thirty-six wounded' (number words) -> 24/36 exact. Claimed by al-Shabaab on its radio. 'two of his deputies' are a subset; 'episode 112', '40 hotels', '$100 million' are not casualties."),
E(15, ["arrested seven people on Wednesday in Beletweyne"],
  "ARR", "2026-10-07", "day", "Beledweyne", "SO", None, None, None, "police", None, False,
  "'on Wednesday' -> 7 Oct. NISA (intelligence agency) -> police (dev rule)."),
E(15, ["a US drone strike near Bulo Burde"],
  "AIR", "2026-10-08", "day", "Bulo Burde", "SO", 3, None, "exact", "US military", None, False,
  "'yesterday' -> 8 Oct. Africa Command -> 'US military'."),
E(15, ["al-Shabaab fighters overran a government outpost at Moqokori"],
  "BAT", "2025-01-01", "year", "Moqokori", "SO", 12, None, "about", "al-Shabaab", None, True,
  "'Last year' vs 2026 -> 2025, year. al-Shabaab overran -> initiator. 'about a dozen' -> 12, about."),
E(15, ["The Aden bombing in August"],
  "SUI", "2026-08-01", "month", "Aden", "YE", 38, None, "exact", "al-Qaeda in the Arabian Peninsula", None, True,
  "'in August' vs 9 Oct -> 2026-08, month, background (69 days). 'that was AQAP' is stated as fact; no claim is mentioned here -> perpetrator AQAP, claimed_by null."),
]

# ---------------------------------------------------------------- holdout-016
ARTICLES.append(A(16, "en", "article", "2026-10-06T07:00:00Z",
"Al-Shabaab twin suicide attack on Beledweyne hotel kills at least 15",
"""
BELEDWEYNE, Somalia, Oct 6 (Wire) - Two al-Shabaab suicide bombers attacked a hotel where regional officials were meeting in the central Somali town of Beledweyne on Monday afternoon, killing at least 15 people, not counting the two bombers, and wounding more than 20, officials said. A district commissioner was among the dead.

The first bomber blew himself up at the gate of the Hotel Hiiraan at about 3:30 p.m., and the second ran into the courtyard where guests had gathered after the blast, said Abdiweli Hassan, a regional police commander. The hotel, which has 40 rooms, is often used by officials of the Hiiraan regional administration.

Al-Shabaab claimed the attack on its Andalus radio station within hours, saying it had killed "more than 30 apostate officials". The government did not comment on the claim.

On Sunday, government troops and ma'awisley clan militiamen clashed with al-Shabaab fighters near Mahas, about 60 km to the west, in fighting that left two soldiers and dozens of militants dead, a local official said.

In Mogadishu on Sunday, police fired tear gas to disperse several hundred teachers who were marching on the education ministry to demand six months of unpaid salaries.

Beledweyne, a town of some 200,000 people on the Shabelle river, was last hit in July 2020, when a car bomb exploded at a checkpoint near the town's main market, killing six people. It has been held by the government since 2017.

Somalia's president called the attack "a cowardly act against the people who serve Hiiraan" and sent the interior minister to the town. Flights to Beledweyne were suspended on Tuesday morning.
"""))
GOLD += [
E(16, ["Two al-Shabaab suicide bombers attacked a hotel", "blew himself up at the gate of the Hotel Hiiraan", "after the blast", "the attack"],
  "SUI", "2026-10-05", "day", "Beledweyne", "SO", 17, 20, "at_least", "al-Shabaab", "al-Shabaab", False,
  "Twin suicide bombing, one event. 'on Monday afternoon' vs Tuesday 6 Oct -> 5 Oct. 'at least 15 people, not counting the two bombers' -> 15 + 2 = 17, at_least (events_test rule: bombers count among the killed when the text counts them; 'sans compter' gave 17 there). Claimed on Andalus; the claimant's 'more than 30' is not used. 'more than 20' wounded -> 20; the qualifier describes killed. '3:30 p.m.', '40 rooms', '60 km', '200,000' are distractors."),
E(16, ["clashed with al-Shabaab fighters near Mahas"],
  "BAT", "2026-10-04", "day", "Mahas", "SO", 14, None, "at_least", None, None, False,
  "'On Sunday' -> 4 Oct. 'clashed' does not say who started -> null. All sides summed: 2 soldiers + 'dozens' (12, at_least) of militants = 14, at_least (the vague part's qualifier)."),
E(16, ["police fired tear gas to disperse several hundred teachers"],
  "PI", "2026-10-04", "day", "Mogadishu", "SO", None, None, None, None, None, False,
  "'on Sunday' -> 4 Oct. Tear gas -> protest with intervention. 'several hundred' participants, 'six months' of salaries are not casualties."),
E(16, ["a car bomb exploded at a checkpoint near the town's main market"],
  "IED", "2020-07-01", "month", "Beledweyne", "SO", 6, None, "exact", None, None, True,
  "'in July 2020' -> month. 'held by the government since 2017' is not an event."),
]

# ---------------------------------------------------------------- holdout-017
ARTICLES.append(A(17, "en", "article", "2026-03-02T21:00:00Z",
"Gladiators blast Zalmi out of contention with twin strikes",
"""
QUETTA - Quetta Gladiators' pace attack ambushed Peshawar Zalmi under the lights on Monday, and a pair of twin strikes in the fifth over killed the chase before it had started. Zalmi, set 187 to win, were bowled out for 112 in the 17th over.

The damage was done by the left-armer from Dera Ismail Khan, 21, who took three wickets for 18 runs and was named player of the match. "I just tried to hit the deck hard," he said. "The captain told me to fire it into the pitch and let the batters make the mistakes."

Earlier, the Gladiators' openers had bombarded the short boundary on the leg side. Their captain blasted 74 off 41 balls, with six sixes, before a suicidal single left him stranded at the bowler's end. The middle order then exploded in the last five overs, plundering 71 runs.

Zalmi's reply was a massacre. Their Afghan opener was caught at slip off the second ball, and two balls later the number three shot himself in the foot, slicing a wide delivery to point. At 23 for four, the game was dead.

"We were executed by a better side tonight," admitted Zalmi's coach, who said his team had been "shell-shocked" by the speed of the Gladiators' attack. "The bowlers hit their targets, and we had no answer."

Around 27,000 fans packed the stadium, the largest crowd of the season. Ticket prices had been cut to 300 rupees for students.

The result takes the Gladiators to the top of the table with 12 points from eight matches. Zalmi, with two wins from eight, now need to win all their remaining games to reach the play-offs, which start in Lahore on March 19.
"""))

# ---------------------------------------------------------------- holdout-018
ARTICLES.append(A(18, "en", "article", "2026-05-27T13:00:00Z",
"Kirkuk crude exports surge as fee deal ends price war",
"""
Crude exports from the oil fields around Kirkuk shot up by 40 percent in May, after a fee deal between the state oil marketer and a group of foreign operators ended a bruising price war with smaller producers, the oil ministry said on Wednesday.

The contract, which took effect on May 1, allows the North Oil Company to pump up to 300,000 barrels a day through the pipeline to the Turkish port of Ceyhan. Analysts called the deal a bombshell: for two years, disputes over fees had killed off every attempt to restart the route.

"It's an explosion of volume we didn't expect so quickly," said Layla Hamdan, an energy analyst in Dubai. "Traders who had bet against Iraqi crude were caught in a real ambush."

The surge has triggered a hostile takeover battle for one of the smaller producers, Tigris Petroleum, whose shares exploded by 65 percent in two sessions. A rival bidder launched a surprise attack on Tuesday with an offer of $2.3 billion, which the board called "a killer bid for a company it has targeted for years".

Not everyone is celebrating. The refinery at Baiji, which had bought Kirkuk crude at a discount, said it would fire 300 contract workers and shut two units by July. Unions called the decision "a massacre of jobs" and promised to fight it in the courts.

The ministry expects exports to reach 3.6 million barrels a day across the country by the end of the year, a figure that would put Iraq's budget back in surplus for the first time since 2022. Some 30 tankers are due to load at Ceyhan in June.

Executives say the contract shows that the state and private companies can work together. Critics warn that the first fall in oil prices could blow it apart.
"""))

# ---------------------------------------------------------------- holdout-019
ARTICLES.append(A(19, "en", "article", "2026-10-13T11:00:00Z",
"Two more held over Beledweyne hotel bombing",
"""
MOGADISHU, Oct 13 (Wire) - Somali intelligence agents arrested two more suspects on Sunday over the twin suicide bombing at a hotel in Beledweyne on Oct. 5, bringing the number of people held to nine, the National Intelligence and Security Agency (NISA) said on Tuesday.

The two men were detained at a house in Jalalaqsi, about 80 km south of Beledweyne, where agents also found two pistols and $8,000 in cash, NISA said. It accused one of them of buying the car that drove the bombers to the hotel.

The bombing, which al-Shabaab claimed, killed 25 people, among them a district commissioner. Another 37 were hospitalised. The toll rose to 25 on Saturday, when a wounded teacher died in hospital in Mogadishu, the regional health office said.

Separately, a roadside bomb struck a military truck near Jowhar on Monday, killing three soldiers, a local commander said. No group said it had planted the device.

NISA said the nine suspects, aged between 19 and 44, would be tried before a military court. Human rights groups have criticised such courts for handing down death sentences after trials that last only days.

Hiiraan's regional administration, whose meeting was the target of the attack, said it would hold its sessions at the airport in future, under the protection of African Union troops.
"""))
GOLD += [
E(19, ["the twin suicide bombing at a hotel in Beledweyne", "The bombing", "the attack"],
  "SUI", "2026-10-05", "day", "Beledweyne", "SO", 25, 37, "exact", "al-Shabaab", "al-Shabaab", False,
  "Short brief. 'on Oct. 5' absolute. Final 25 killed; 'Another 37 were hospitalised' -> injured 37. Claimed by al-Shabaab (stated). 'aged between 19 and 44' and '$8,000' are distractors; 'the number of people held to nine' counts arrestees."),
E(19, ["arrested two more suspects on Sunday", "The two men were detained at a house in Jalalaqsi"],
  "ARR", "2026-10-11", "day", "Jalalaqsi", "SO", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 13 Oct -> 11 Oct. NISA -> police. Pistols and cash belong to the arrest. '80 km' is a distance."),
E(19, ["a roadside bomb struck a military truck near Jowhar"],
  "IED", "2026-10-12", "day", "Jowhar", "SO", 3, None, "exact", None, None, False,
  "'on Monday' -> 12 Oct. No claim, no attribution -> null."),
]

# ---------------------------------------------------------------- holdout-033
ARTICLES.append(A(33, "en", "article", "2026-05-16T10:00:00Z",
"Islamic State's West Africa branch claims Cameroon mosque bombing",
"""
YAOUNDE, May 16 (Wire) - Islamic State West Africa Province (ISWAP) has claimed Wednesday's twin suicide bombing at a mosque in Kolofata, in Cameroon's Far North region, which killed 14 people including the two bombers, officials said on Saturday.

The group said in a statement on Thursday that two "sisters" had carried out the attack against "the apostate army's informants". Cameroon's communications minister called the statement "propaganda" but did not dispute that the group was behind the bombing. Twenty-eight people were hurt, 11 of them seriously, according to the regional hospital in Maroua.

Witnesses said both bombers were girls of about 15. The first set off her explosives at the mosque door shortly before dawn prayers; the second walked into the crowd that gathered afterwards.

On Friday, soldiers clashed with militants on the outskirts of Fotokol, near the Nigerian border, and four insurgents were killed, the army said. It gave no details of its own losses.

Kolofata, a town of about 30,000 people, lies on a main road into Nigeria used by traders and smugglers. Attacks in the area have increased since last year. Last November, militants abducted 11 villagers from Tourou, in the Mokolo area; five were freed after a ransom of 5 million CFA francs was paid, relatives said.

Police in Maroua said about 25 people had been questioned over the bombing, and that all had been released. A curfew from 8 p.m. to 6 a.m. has been imposed on Kolofata and nearby villages.

The government says it has spent more than 10 billion CFA francs on security in the Far North since 2014. Local officials say many of the vigilance committees that guard mosques and markets are unpaid.
"""))
GOLD += [
E(33, ["twin suicide bombing", "the attack", "behind the bombing", "over the bombing"],
  "SUI", "2026-05-13", "day", "Kolofata", "CM", 14, 28, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "English coverage of the Kolofata chain (holdout-020 to 022). 'Wednesday's' vs Saturday 16 May -> 13 May. '14 people including the two bombers' -> 14. 'Twenty-eight people were hurt' -> 28 (11 seriously is a subset). Claimed on Thursday; the minister's 'propaganda' does not dispute who did it -> perpetrator ISWAP. 'about 15', 'about 30,000', 'about 25 people had been questioned', '8 p.m. to 6 a.m.', '10 billion CFA francs' are distractors."),
E(33, ["soldiers clashed with militants on the outskirts of Fotokol"],
  "BAT", "2026-05-15", "day", "Fotokol", "CM", 4, None, "exact", None, None, False,
  "'On Friday' -> 15 May. 'clashed' does not say who started -> null. Soldiers' losses not given -> killed 4."),
E(33, ["militants abducted 11 villagers from Tourou"],
  "ABD", "2025-11-01", "month", "Tourou", "CM", None, None, None, None, None, True,
  "'Last November' vs May 2026 -> 2025-11, month. Unnamed militants -> null. Abductees and the '5 million CFA francs' ransom are not casualties."),
]
