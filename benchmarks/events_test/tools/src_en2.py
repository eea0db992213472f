"""Authoring source of benchmarks/events_test (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("test")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- test-009
ARTICLES.append(A(9, "en", "article", "2025-10-09T13:00:00Z",
"AQAP claims deadly checkpoint attack in Abyan; drone wounds nine in Taiz market",
"""
ADEN, Yemen, Oct 9 (Wire) - Al-Qaeda militants attacked a government army checkpoint in the Mudiyah district of Abyan province on Tuesday, killing five soldiers before two of the attackers were shot dead, military officials said.

Al-Qaeda in the Arabian Peninsula (AQAP) claimed the attack in a statement on Wednesday, saying its fighters had "cleansed" the checkpoint. The officials said the militants arrived in two pickup trucks mounted with a 12.7mm machine gun.

In the southwestern city of Taiz, a drone hit a crowded vegetable market on Monday, wounding nine civilians, among them a girl aged seven, the local health office said. The provincial governor blamed the Houthis, who did not comment.

In the port city of Mukalla, several hundred people protested on Wednesday against power cuts that have lasted up to 16 hours a day. Security forces fired live rounds to break up the crowd, wounding two protesters, witnesses said.

Abyan has long been a stronghold of the group. Last January, AQAP fighters abducted two local employees of a UN agency in the province; they have not been heard from since. On 2 July 2024, a US drone strike on a car near Ataq, in neighbouring Shabwa, killed three suspected AQAP members.

Yemen's government, which controls Aden and much of the south, has been at war with the Houthis since 2014. A truce brokered two years later has long since collapsed, and more than 70 km of front line separates the two sides near Taiz alone.
"""))
GOLD += [
E(9, ["attacked a government army checkpoint", "the attack#2"],
  "BAT", "2025-10-07", "day", "Mudiyah", "YE", 7, None, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'on Tuesday' vs Thursday publication -> 7 Oct. All sides summed: 5 soldiers + 2 attackers = 7. AQAP claimed it -> new canonical name 'al-Qaeda in the Arabian Peninsula'. 'the attack#1' sits inside 'the attackers' and is not a naming. The district is the most specific place named. '12.7mm' and 'two pickup trucks' are distractors."),
E(9, ["a drone hit a crowded vegetable market"],
  "AIR", "2025-10-06", "day", "Taiz", "YE", None, 9, "exact", "Houthis", None, False,
  "'on Monday' -> 6 Oct. The governor blames the Houthis, who do not comment (no denial) -> stated attribution sets the perpetrator. 'aged seven' is an age."),
E(9, ["several hundred people protested on Wednesday against power cuts", "fired live rounds to break up the crowd"],
  "PI", "2025-10-08", "day", "Mukalla", "YE", None, 2, "exact", None, None, False,
  "'on Wednesday' -> 8 Oct. Dispersal by force -> protest with intervention; 2 protesters wounded. 'up to 16 hours' is not a casualty figure."),
E(9, ["AQAP fighters abducted two local employees"],
  "ABD", "2025-01-01", "month", "Abyan", "YE", None, None, None, "al-Qaeda in the Arabian Peninsula", None, True,
  "'Last January' vs Oct 2025 -> 2025-01, month. Only the province is named."),
E(9, ["a US drone strike on a car near Ataq"],
  "AIR", "2024-07-02", "day", "Ataq", "YE", 3, None, "exact", "US military", None, True,
  "Absolute date 'On 2 July 2024'."),
E(9, ["A truce brokered two years later"],
  "AGR", "2016-01-01", "year", "Yemen", "YE", None, None, None, None, None, True,
  "'two years later' than 2014 -> 2016, year precision. No place of signing is named -> the country. The war 'since 2014' is not an event; '70 km' is a distance. Added after the first scoring (it had been wrongly left out; see README)."),
]

# ---------------------------------------------------------------- test-010
ARTICLES.append(A(10, "en", "article", "2026-04-16T09:30:00Z",
"BLA gunmen kill nine bus passengers near Kalat; two held in Khuzdar",
"""
QUETTA, Pakistan, April 16 (Wire) - Gunmen stopped a passenger bus on the national highway near Kalat late on Tuesday, checked the travellers' identity cards and shot dead nine men from Punjab province, officials in Balochistan said.

The Balochistan Liberation Army claimed the killings on Wednesday, describing the victims as "agents of the state". Survivors said around 15 gunmen took part and let women, children and four elderly men go. The youngest victim was 17.

Troops raided a militant hideout in the mountains near Mangochar on Wednesday and killed four suspected BLA fighters, the military's media wing said. Two soldiers were wounded in the operation.

The provincial Counter Terrorism Department said it had arrested two suspected facilitators in Khuzdar the same day and seized 5 kg of explosives and a motorcycle.

In Dera Ghazi Khan, in Punjab, where six of the victims came from, hundreds of people held a peaceful protest on Wednesday evening, carrying the coffins through the main bazaar and demanding protection for travellers.

Kalat has seen violence before. Three years ago, a bomb hidden on a motorcycle killed four people at a vegetable market in the town. Last month, a roadside bomb struck a police van in Mastung, about 80 km to the north, wounding six officers.

The national highway linking Quetta and Karachi carries about 2,000 trucks a day, according to the transport ministry. Bus operators said they would suspend night services for two weeks.
"""))
GOLD += [
E(10, ["shot dead nine men from Punjab province", "the killings"],
  "ATK", "2026-04-14", "day", "Kalat", "PK", 9, None, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'late on Tuesday' vs Thursday publication -> 14 April. Execution of civilians -> violence against civilians. Claimed by the BLA. 'around 15 gunmen', 'four elderly men' released, '17' (age) are distractors."),
E(10, ["Troops raided a militant hideout in the mountains near Mangochar", "the operation"],
  "BAT", "2026-04-15", "day", "Mangochar", "PK", 4, 2, "exact", "military", None, False,
  "'on Wednesday' -> 15 April. Army raid -> initiator military."),
E(10, ["arrested two suspected facilitators in Khuzdar"],
  "ARR", "2026-04-15", "day", "Khuzdar", "PK", None, None, None, "police", None, False,
  "'the same day' -> Wednesday 15 April. CTD -> police. '5 kg' of explosives seized belong to the arrest."),
E(10, ["held a peaceful protest on Wednesday evening"],
  "PP", "2026-04-15", "day", "Dera Ghazi Khan", "PK", None, None, None, None, None, False,
  "'hundreds of people' are participants; 'six of the victims' repeats the Kalat toll and is not a new casualty figure."),
E(10, ["a bomb hidden on a motorcycle killed four people"],
  "IED", "2023-01-01", "year", "Kalat", "PK", 4, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year precision."),
E(10, ["a roadside bomb struck a police van in Mastung"],
  "IED", "2026-03-01", "month", "Mastung", "PK", None, 6, "exact", None, None, True,
  "'Last month' vs 16 April -> 2026-03, month precision; 46 days from the start of the month -> background. '80 km' is a distance; '2,000 trucks' is not a casualty."),
]

# ---------------------------------------------------------------- test-011
ARTICLES.append(A(11, "en", "article", "2025-12-04T10:00:00Z",
"Islamic State ambush kills four Syrian soldiers near Al-Mayadin",
"""
DAMASCUS, Dec 4 (Wire) - Islamic State militants ambushed an army patrol in the desert near Al-Mayadin, in eastern Syria, on Tuesday, killing four soldiers and wounding three, the defence ministry said. One of the attackers was also killed.

The Islamic State claimed the ambush on Wednesday, saying its fighters had used a roadside bomb before opening fire on the patrol's vehicles.

In the northern city of Manbij, a car packed with explosives blew up outside a bakery on Sunday morning, killing at least eight people and wounding 20. No group has claimed the bombing. A local official said the Islamic State "or another party seeking to destabilise the city" could have been responsible.

Interior ministry forces arrested six men described as members of an Islamic State cell in a raid in Douma, outside Damascus, on Monday, the ministry said. Two explosive belts and a sniper rifle were seized.

Near Kobani, a Turkish drone struck a car on Wednesday, killing two fighters of the Kurdish-led Syrian Democratic Forces, the SDF said. Turkey's defence ministry said it had "neutralised two terrorists" in the area.

The attacks follow a car bombing in Al-Bab in July that killed three people, and a prison riot in Hasakah last year that left 11 inmates dead. Officials said about 900 suspected Islamic State members are still held in the Hasakah prison.
"""))
GOLD += [
E(11, ["ambushed an army patrol in the desert near Al-Mayadin", "the ambush"],
  "BAT", "2025-12-02", "day", "Al-Mayadin", "SY", 5, 3, "exact", "Islamic State", "Islamic State", False,
  "'on Tuesday' vs Thursday publication -> 2 Dec. All sides: 4 soldiers + 1 attacker = 5. IS ambushed (initiator) and claimed it. The roadside bomb is part of the ambush, not a separate event."),
E(11, ["a car packed with explosives blew up outside a bakery", "the bombing"],
  "IED", "2025-11-30", "day", "Manbij", "SY", 8, 20, "at_least", None, None, False,
  "'on Sunday morning' -> 30 Nov. Parked car bomb -> remote explosive. The official's 'could have been responsible' is speculation -> null."),
E(11, ["arrested six men described as members of an Islamic State cell"],
  "ARR", "2025-12-01", "day", "Douma", "SY", None, None, None, "police", None, False,
  "'on Monday' -> 1 Dec. Interior ministry forces -> police. Belts and rifle seized in the raid belong to the arrest."),
E(11, ["a Turkish drone struck a car"],
  "AIR", "2025-12-03", "day", "Kobani", "SY", 2, None, "exact", "Turkish military", None, False,
  "'on Wednesday' -> 3 Dec. Foreign state force -> 'Turkish military' (confirmed by Turkey's ministry)."),
E(11, ["a car bombing in Al-Bab in July"],
  "IED", "2025-07-01", "month", "Al-Bab", "SY", 3, None, "exact", None, None, True,
  "'in July' in a December story -> 2025-07, month."),
E(11, ["a prison riot in Hasakah last year"],
  "RIOT", "2024-01-01", "year", "Hasakah", "SY", 11, None, "exact", None, None, True,
  "'last year' vs 2025 -> 2024, year. A riot by prisoners coded as a violent demonstration (debatable). 'about 900' held is not a casualty figure."),
]

# ---------------------------------------------------------------- test-012
ARTICLES.append(A(12, "en", "article", "2025-10-20T21:30:00Z",
"Rovers shoot down City as Okafor's late strike ends a bombing run",
"""
Rovers 3 City 1

It was supposed to be an execution. City arrived unbeaten in nine, had bombarded opponents with 41 shots in their last two matches, and their manager had spoken all week about "killing the game early". Instead, they left with their title hopes wounded and their defence in pieces.

Rovers struck first after 11 minutes. Daniel Okafor, 22, ghosted in behind a sleepy back line and fired a low shot past the goalkeeper. City's response was explosive: a barrage of crosses, two efforts against the woodwork and a penalty appeal that the referee waved away.

The equaliser came just before half-time, when a deflected free kick left the Rovers keeper stranded. City then laid siege to the Rovers box for 20 minutes, but the hosts survived the onslaught and hit back on the counter-attack. Okafor's second, a volley from 25 yards, was the kind of strike that gets a player noticed by bigger clubs, and substitute Luis Mendes added a third in the 89th minute.

"We were ambushed," admitted the City captain. "They took their chances, we shot ourselves in the foot, and that kills us."

The result leaves Rovers six points clear of the relegation zone. City, who had not lost since a 4-0 demolition at the hands of United in March, slip to third, two points behind the leaders. About 31,000 fans were inside the stadium, and three supporters were ejected for throwing flares after the third goal.

Okafor now has eight goals in 12 games. Asked whether he was the league's deadliest finisher, he laughed. "I just try to hit the target."
"""))

# ---------------------------------------------------------------- test-013
ARTICLES.append(A(13, "en", "article", "2026-01-09T16:00:00Z",
"Review: 'Red Dust' is a taut hostage thriller that fires on every cylinder",
"""
The first ten minutes of "Red Dust" contain a kidnapping, a car bomb and a gunfight in a bus station, and the film never really slows down after that. Director Amara Diallo, whose debut was shot in Niamey and Agadez over 38 days, has made the most gripping thriller of the winter.

The plot follows Mariam (a fierce turn by newcomer Ramatou Sow), a 34-year-old interpreter taken hostage with two French engineers after an attack on a mine convoy. Her captors, a band of smugglers posing as jihadists, demand a ransom of 5 million euros. When a drone strike kills their leader halfway through, the survivors turn on one another.

Diallo stages the action with real flair. A siege of a desert outpost, filmed in a single 11-minute take, is the explosive highlight, and the final shootout in a sandstorm is genuinely thrilling. The script is weaker: the dialogue sometimes sounds like a briefing, and a subplot about a suicide bomber's brother is dropped without explanation.

Still, the performances are strong and the score, built from drums and distorted guitars, hits like a blast wave. The film killed at its festival premiere in Ouagadougou last year and it deserves a wide audience.

"Red Dust" opens on Friday in 40 cinemas. Running time: 1 hour 52 minutes. Rated 15 for strong violence and language.

Rating: four stars out of five.
"""))

# ---------------------------------------------------------------- test-014
ARTICLES.append(A(14, "en", "article", "2025-06-12T14:00:00Z",
"Twelve pupils seized from Bafut school; army frees eight in raid",
"""
BAMENDA, Cameroon, June 12 (Wire) - Separatist fighters abducted 12 students and a teacher from a government secondary school in Bafut, in Cameroon's North-West region, on Monday morning, the regional governor's office said.

Soldiers freed eight of the students on Wednesday in a raid on a separatist camp in the forest outside Bafut, killing three fighters, an army spokesman said. The remaining students and the teacher are still missing. A 16-year-old student who escaped on Tuesday said the kidnappers had demanded 2 million CFA francs for each child.

In Bamenda, an improvised explosive device went off under a military truck in the Mile 4 district on Tuesday, wounding four soldiers. No one claimed the blast.

Teachers and parents marched peacefully through Bamenda's Commercial Avenue on Wednesday to demand the release of the remaining pupils. Shops were shut in several neighbourhoods after separatists called a two-day "ghost town" strike, which residents said they obeyed out of fear.

Schools have been a frequent target in the eight-year conflict in the English-speaking regions. In March 2022, gunmen set fire to a school dormitory in Kumbo, killing two pupils. More than 700,000 children have been out of school at some point since 2017, according to aid groups.

The government says the separatists are "terrorists" and has refused talks without preconditions. Most separatist leaders live abroad.
"""))
GOLD += [
E(14, ["Separatist fighters abducted 12 students and a teacher"],
  "ABD", "2025-06-09", "day", "Bafut", "CM", None, None, None, None, None, False,
  "'on Monday morning' vs Thursday publication -> 9 June. 'Separatist fighters' is a generic description with no group named -> null (like 'jihadists'). 12 + 1 abductees are not casualties."),
E(14, ["a raid on a separatist camp in the forest outside Bafut"],
  "BAT", "2025-06-11", "day", "Bafut", "CM", 3, None, "exact", "military", None, False,
  "'on Wednesday' -> 11 June. Army raid -> initiator military. Eight students freed are not casualties. '16-year-old', '2 million CFA francs' are distractors."),
E(14, ["an improvised explosive device went off under a military truck", "the blast"],
  "IED", "2025-06-10", "day", "Bamenda", "CM", None, 4, "exact", None, None, False,
  "'on Tuesday' -> 10 June. Mile 4 district -> Bamenda."),
E(14, ["marched peacefully through Bamenda's Commercial Avenue"],
  "PP", "2025-06-11", "day", "Bamenda", "CM", None, None, None, None, None, False,
  "'on Wednesday' -> 11 June. The 'ghost town' strike called by the separatists is an enforced lockdown, not coded."),
E(14, ["gunmen set fire to a school dormitory in Kumbo"],
  "ATK", "2022-03-01", "month", "Kumbo", "CM", 2, None, "exact", None, None, True,
  "'In March 2022' -> month. '700,000 children', 'since 2017', 'eight-year conflict' are not events/casualties."),
]

# ---------------------------------------------------------------- test-015
ARTICLES.append(A(15, "en", "transcript", "2026-02-07T06:00:00Z",
"The Frontline Briefing, episode 212: After Mazar-i-Sharif",
"""
CLAIRE: Hi everyone, and welcome back to The Frontline Briefing. I'm Claire Watts. This week we're talking about, um, the twin suicide bombing at a Shia mosque in Mazar-i-Sharif on January 30th. My guest is Farid Rahimi, who researches militant groups in Central Asia. Farid, welcome.

FARID: Thanks, Claire. Good to be here.

CLAIRE: So where does the toll stand now?

FARID: Uh, the latest figure from the hospitals is twenty-eight dead, and, you know, something like forty people still being treated. And the Islamic State's Khorasan branch put out a claim the very next day, which is, um, pretty typical for them.

CLAIRE: And the Taliban have made arrests.

FARID: Right, they say they picked up nine people on Tuesday, in raids around Balkh. Whether those are the right people, I mean, we just don't know. They also, uh, killed two IS men in a raid in Kunduz on the 29th, the day before the bombing, which tells you they had some intelligence.

CLAIRE: Is this a new pattern?

FARID: Not really. If you go back to, um, August 2023, a suicide bomber hit a Sufi gathering in Kunduz and killed eleven people. And, uh, the Pakistani military carried out air strikes in Khost province last year that killed eight civilians, which the Taliban still bring up constantly. So the north and the east have both been hot.

CLAIRE: And the group's threats?

FARID: They've threatened, you know, "many more Fridays like this one". That's a threat, not an attack, but people in Mazar are scared. Attendance at Friday prayers was, I'm told, down by half this week.

CLAIRE: Farid Rahimi, thank you. That's it for episode 212. We'll be back next Saturday.
"""))
GOLD += [
E(15, ["the twin suicide bombing at a Shia mosque in Mazar-i-Sharif", "the bombing"],
  "SUI", "2026-01-30", "day", "Mazar-i-Sharif", "AF", 28, 40, "exact", "Islamic State", "Islamic State", False,
  "Same bombing as test-004/005, in a podcast. 'January 30th' is absolute. 'twenty-eight dead' (number words) -> 28 exact; 'something like forty' still being treated -> injured 40 (the qualifier describes the killed figure). Islamic State's Khorasan branch claimed -> 'Islamic State'."),
E(15, ["the Taliban have made arrests", "they picked up nine people on Tuesday, in raids around Balkh"],
  "ARR", "2026-02-03", "day", "Balkh", "AF", None, None, None, "Taliban", None, False,
  "'on Tuesday' vs Saturday 7 Feb -> 3 Feb. 'picked up' = arrested. 'nine people' are arrestees. The host's cue 'the Taliban have made arrests' refers to this event and is kept as a trigger (events_val convention; added after the first scoring, see README)."),
E(15, ["killed two IS men in a raid in Kunduz on the 29th"],
  "BAT", "2026-01-29", "day", "Kunduz", "AF", 2, None, "exact", "Taliban", None, False,
  "'on the 29th, the day before the bombing' -> 29 Jan. Taliban raid -> initiator Taliban."),
E(15, ["a suicide bomber hit a Sufi gathering in Kunduz and killed eleven people"],
  "SUI", "2023-08-01", "month", "Kunduz", "AF", 11, None, "exact", None, None, True,
  "'August 2023' -> month. 'eleven' number word."),
E(15, ["the Pakistani military carried out air strikes in Khost province last year"],
  "AIR", "2025-01-01", "year", "Khost", "AF", 8, None, "exact", "Pakistani military", None, True,
  "'last year' vs 2026 -> 2025, year precision. Several strikes reported as one episode. Foreign force -> 'Pakistani military'. The quoted threat and 'down by half' are not events; 'episode 212' is not a number of anything."),
]

# ---------------------------------------------------------------- test-016
ARTICLES.append(A(16, "en", "transcript", "2025-09-15T12:00:00Z",
"Asia Tonight: Cotabato City bombing toll rises; police van hit in Lakki Marwat",
"""
ANCHOR: Good evening, and welcome to Asia Tonight. We begin in the southern Philippines, where the death toll from last night's twin suicide bombing at a night market in Cotabato City has risen to fourteen. Our correspondent Joel Ramirez is there. Joel, what's the latest?

JOEL RAMIREZ: Thanks. Well, uh, the city health office now says fourteen people were killed and more than forty were wounded. Many of the injured are, um, teenagers who worked at the food stalls. Police say it was two bombers, four minutes apart. Nobody has claimed it yet, but, you know, everyone here is talking about Dawlah Islamiyah.

ANCHOR: And there was a third device?

JOEL RAMIREZ: That's right. Army bomb experts defused a third bomb near a tricycle terminal before midnight, so, uh, it could have been much worse.

ANCHOR: Joel Ramirez in Cotabato City, thank you. Also in Mindanao, two soldiers were killed this afternoon when militants ambushed an army patrol near the town of Butig, in Lanao del Sur, the army said.

To Pakistan now, where a roadside bomb hit a police van in Lakki Marwat this morning, killing three policemen and wounding two. The Pakistani Taliban claimed responsibility within hours.

And in Iraq, officials say Islamic State militants kidnapped two shepherds in the Wadi Horan valley in Anbar province yesterday. The army has launched a search.

Finally, in Indonesia, police said they had arrested four people on Saturday over a plot to attack a church in Makassar. They seized materials for making pipe bombs.

That's Asia Tonight. I'm Grace Lim. Back at the same time tomorrow.
"""))
GOLD += [
E(16, ["last night's twin suicide bombing", "two bombers, four minutes apart"],
  "SUI", "2025-09-14", "day", "Cotabato City", "PH", 14, 40, "exact", None, None, False,
  "Same bombing as test-001, in a TV bulletin. 'last night' = the publication date (15 Sept UTC) minus one day. 'fourteen' (number word) killed, exact; 'more than forty' wounded -> 40 (the qualifier describes the killed figure). Not claimed; 'everyone here is talking about Dawlah Islamiyah' is speculation -> null."),
E(16, ["there was a third device", "defused a third bomb near a tricycle terminal before midnight"],
  "DWU", "2025-09-14", "day", "Cotabato City", "PH", None, None, None, "military", None, False,
  "'before midnight' of the bombing night -> 14 Sept. Army bomb experts -> military. The anchor's cue 'there was a third device?' refers to this event and is kept as a trigger (events_val convention; added after the first scoring, see README)."),
E(16, ["militants ambushed an army patrol near the town of Butig"],
  "BAT", "2025-09-15", "day", "Butig", "PH", 2, None, "exact", None, None, False,
  "'this afternoon' = publication date. Unnamed militants -> perpetrator null (the initiator is not a named actor)."),
E(16, ["a roadside bomb hit a police van in Lakki Marwat"],
  "IED", "2025-09-15", "day", "Lakki Marwat", "PK", 3, 2, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", False,
  "'this morning' = publication date. Pakistani Taliban = TTP, claimed."),
E(16, ["Islamic State militants kidnapped two shepherds"],
  "ABD", "2025-09-14", "day", "Wadi Horan", "IQ", None, None, None, "Islamic State", None, False,
  "'yesterday' = 14 Sept. Officials state IS did it -> perpetrator set; not claimed. Two abductees are not casualties."),
E(16, ["arrested four people on Saturday"],
  "ARR", "2025-09-13", "day", "Makassar", "ID", None, None, None, "police", None, False,
  "'on Saturday' vs Monday publication -> 13 Sept. The plotted church attack is a future/foiled plan, not an event; the pipe-bomb materials seized belong to the arrest."),
]
