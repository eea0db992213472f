"""Authoring source of benchmarks/events_val (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("val")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- val-008 (negative: cricket)
ARTICLES.append(A(8, "en", "article", "2025-02-24T20:00:00Z",
"Pace attack blows Zimbabwe away as Pakistan seal series in Rawalpindi",
"""
RAWALPINDI, Feb 24 - Pakistan's pace attack tore through Zimbabwe's batting on Monday, bowling the visitors out for 112 and sealing the three-match series with a game to spare.

Fast bowler Hamza Tariq did the early damage, removing both openers in a fiery first spell that left the top order shell-shocked. "He was firing bullets today," captain Imran Saeed said. "When he bowls like that, he kills the game inside ten overs."

Zimbabwe's lower order briefly counter-attacked, with No. 8 Tendai Moyo blasting four sixes in a 29-ball 41, but the damage had been done: the visitors lost seven wickets for 23 runs in one explosive passage after the drinks break.

Pakistan then chased down the target in 19.4 overs, opener Faisal Nadeem smashing 64 not out and bombarding the short boundary on the pavilion side. A crowd of about 18,000, the biggest at the ground this season, shot to its feet for every six.

"We were ambushed by the conditions," Zimbabwe coach Peter Marsh admitted. "The ball was doing a lot and we didn't have an answer to their attack. We need to regroup before Thursday."

It was Pakistan's fifth straight home series win. Selectors are expected to rest Tariq for the dead rubber in Multan on Thursday, with an eye on the tour of England this summer, where he was the leading wicket-taker two years ago.
"""))

# ---------------------------------------------------------------- val-009 (negative: economy)
ARTICLES.append(A(9, "en", "article", "2025-09-02T07:00:00Z",
"Explosion of prices in Addis markets as birr slide bites",
"""
ADDIS ABABA, Sept 2 - An explosion of prices at Addis Ababa's sprawling Merkato market has left families cutting back on meals, as the birr's slide against the dollar feeds through to food and fuel.

The price of a quintal of teff, the grain used to make injera, has jumped by more than 40 percent since June, traders said. Cooking oil has doubled. "These prices are killing us," said Tsehay Bekele, 47, a mother of four who sells vegetables near the bus terminal. "Every week there is a new shock."

Economists warn of an inflation time bomb. Since the central bank let the currency float last July, the birr has lost more than half its value, and a speculative attack on the currency in parallel markets in August pushed the street rate to record lows. One Addis-based analyst called the latest IMF review "a bombshell" for the government's growth targets.

Importers say they have been hit hard by new rules on foreign exchange. Dozens of small shops in Merkato have closed since the start of the year, according to a traders' association, and hundreds of workers have lost their jobs.

The government insists the worst is over. The finance minister told parliament last week that inflation would "fall like a stone" by the end of the year, and that a fuel subsidy would shield the poorest households.

Not everyone is convinced. "They said the same thing two years ago," said Bekele. "Then the prices exploded again."
"""))

# ---------------------------------------------------------------- val-010 (negative: film review)
ARTICLES.append(A(10, "en", "article", "2025-11-14T12:00:00Z",
"Review: 'The Last Checkpoint' turns the battle for Mosul into a tense chamber piece",
"""
Set over a single night in west Mosul in 2017, "The Last Checkpoint" follows three Iraqi soldiers guarding a crossing as Islamic State fighters close in on their position. It is a war film with almost no battle scenes, and it is all the better for it.

Director Rana Aziz, who left Mosul as a teenager, keeps the camera inside a concrete guard post for most of the film's 104 minutes. We hear the war more than we see it: the distant crump of mortars, a car bomb detonating somewhere beyond the river, the drone that circles overhead for an entire act. When a suicide bomber finally walks towards the barrier in the film's explosive final act, the tension is almost unbearable.

The performances are superb. Karim Saleh, as the youngest soldier, carries the film with a face that seems to age ten years in one night. A subplot in which his brother is kidnapped by the militants is the script's weakest thread, resolved too neatly in a single phone call.

Shot in Erbil over 31 days on a budget of under a million dollars, the film looks far more expensive than it is. Its sound design, which won an award at the Cairo festival last month, deserves special mention: the silence after each blast is as frightening as the blast itself.

Some viewers will find the ending, with its burst of gunfire and its ambiguous final shot, too bleak. Others will argue it is the only honest way to end a story about a city where, as one character puts it, "every street was a front line".

"The Last Checkpoint" opens in cinemas next week. Four stars.
"""))

# ---------------------------------------------------------------- val-011 (negative: gas explosion accident, heart attack)
ARTICLES.append(A(11, "en", "article", "2025-07-08T10:00:00Z",
"Gas cylinder blast kills six at Quetta restaurant; police rule out sabotage",
"""
QUETTA, July 8 - Six people, including two waiters, were killed and at least 14 injured when a gas cylinder exploded in the kitchen of a crowded restaurant on Jinnah Road late on Monday, rescue officials said.

The blast brought down part of the roof and shattered the windows of nearby shops. Rescue 1122 teams worked through the night to pull survivors from the rubble.

Police initially cordoned off the area, fearing a bomb attack in a city that has seen many. But the bomb disposal squad found no trace of explosives, and the deputy commissioner said a leaking cylinder was to blame. "There is no evidence of sabotage or terrorism," he said.

The restaurant's owner, Haji Abdul Ghani, 63, collapsed at the scene and died of a heart attack on the way to the Civil Hospital, his family said.

Traders in the area said gas cylinders were "ticking bombs" in crowded markets, where many eateries rely on them because of shortages of piped gas. Last year, a similar gas explosion at a bakery on Sariab Road killed three people.

The provincial government ordered an inquiry and said inspectors would check restaurants across the city this week. The restaurant manager has been summoned to give a statement.
"""))

# ---------------------------------------------------------------- val-012
ARTICLES.append(A(12, "en", "transcript", "2024-04-10T19:00:00Z",
"Africa Tonight: shells hit displaced camp near Sake, ceasefire signed in Luanda",
"""
ANCHOR: Good evening. In eastern Congo, at least nine civilians were killed when shells hit a camp for displaced people near Sake on Tuesday, just hours before the government and the M23 rebels signed a ceasefire deal in Angola. Our correspondent Patrick Mulenda joins us from Goma. Patrick.

PATRICK MULENDA: Thank you. Yes, so, the shells landed at around, er, eight in the morning at the Bulengo site, where thousands of families have been living in tents. Medics at the local clinic told me nine people died, including four children, and more than 30 were wounded. The army and M23 blame each other. M23 says the shells came from government positions in the hills; the army says that's, you know, a lie.

ANCHOR: And the ceasefire?

PATRICK MULENDA: The two sides signed it in Luanda late on Tuesday, under Angolan mediation. It's supposed to take effect at midnight on Friday. But, er, people here are very sceptical, because a truce signed in Luanda in August last year collapsed within weeks.

ANCHOR: Was there fighting today?

PATRICK MULENDA: Yes. This morning there were clashes between M23 fighters and Wazalendo militias around Kitshanga, in Masisi territory. Local sources say between 12 and 15 fighters were killed, but nobody can tell us who started it. And, er, here in Goma this afternoon, police fired tear gas at a group of students who were protesting against a rise in university fees.

ANCHOR: Any threats from M23?

PATRICK MULENDA: Well, their spokesman said on Monday that if the army keeps shelling, they will, quote, "march on Kinshasa". That's not new. They've said it many times.

ANCHOR: Patrick Mulenda in Goma, thank you.
"""))
GOLD += [
E(12, ["shells hit a camp for displaced people near Sake", "the shells landed", "the shells came from government positions"],
  "SHL", "2024-04-09", "day", "Bulengo", "CD", 9, 30, "exact", None, None, False,
  "Tuesday vs Wednesday publication. Anchor's 'at least nine' is superseded by the correspondent's 'nine people died' -> exact 9 (dev-008 convention). Injured 'more than 30' -> 30. Mutual blame -> perpetrator null. Bulengo displacement site is the most specific named place (near Sake)."),
E(12, ["signed a ceasefire deal in Angola", "signed it in Luanda"],
  "AGR", "2024-04-09", "day", "Luanda", "AO", None, None, None, None, None, False,
  "'late on Tuesday'. Coded to place of signing. Entry into force on Friday is future."),
E(12, ["a truce signed in Luanda in August last year"],
  "AGR", "2023-08-01", "month", "Luanda", "AO", None, None, None, None, None, True,
  "'August last year' vs April 2024 -> 2023-08."),
E(12, ["clashes between M23 fighters and Wazalendo militias around Kitshanga"],
  "BAT", "2024-04-10", "day", "Kitshanga", "CD", 12, None, "at_least", None, None, False,
  "'This morning'. Range 'between 12 and 15' -> lower bound 12, at_least. Initiator unknown -> perpetrator null."),
E(12, ["police fired tear gas at a group of students who were protesting"],
  "PI", "2024-04-10", "day", "Goma", "CD", None, None, None, None, None, False,
  "'this afternoon'. The M23 threat to 'march on Kinshasa' is not an event; 'keeps shelling' is generic."),
]

# ---------------------------------------------------------------- val-013
ARTICLES.append(A(13, "en", "article", "2025-09-19T13:00:00Z",
"Mali: JNIM fighters torch fuel convoy near Kayes, drivers missing",
"""
BAMAKO, Sept 19 (Wire) - Fighters from the al-Qaeda-linked group JNIM attacked a convoy of about 40 fuel tankers and their army escort near Kayes in western Mali on Wednesday, setting at least 15 trucks on fire and abducting several drivers, security sources and a transport union said.

The escorting soldiers fought the attackers for more than an hour, a military source said. Five soldiers and "about ten" assailants were killed, according to the same source, who asked not to be named. The army said in a statement on Thursday that its escort had "neutralised numerous terrorists" but gave no toll of its own.

The drivers' union said 12 drivers were missing and believed to have been taken away by the attackers. JNIM, also known by its Arabic acronym GSIM, claimed the ambush on Thursday and said it had "detained" the drivers for working on "the junta's supply lines".

On Thursday, army drones struck a camp near Nioro du Sahel that the military said had been used to prepare the attack. Residents said the strike killed eight people at a nearby livestock market, most of them herders. Russian fighters of the Africa Corps took part in the operation, two residents said.

Fuel has been scarce in Bamako for weeks, and queues at petrol stations have stretched for kilometres. On Tuesday, dozens of motorcycle taxi drivers blocked a main road in the capital and burned tyres to protest against the shortages, before police dispersed them with tear gas.

Attacks on convoys are not new in the region. In March 2024, gunmen attacked an unescorted convoy near Diéma, killing 11 truck drivers.
"""))
GOLD += [
E(13, ["attacked a convoy of about 40 fuel tankers", "fought the attackers", "the ambush", "the attack#3"],
  "BAT", "2025-09-17", "day", "Kayes", "ML", 15, None, "about", "JNIM", "JNIM", False,
  "Wednesday vs Friday publication. Escorted convoy, soldiers fought back -> armed clash. killed = 5 soldiers + 'about ten' assailants = 15; mixed exact + vague -> 'about'. 'the attack' #1 and #2 are inside 'the attackers'; #3 ('prepare the attack') names this event. 'about 40' tankers and 'at least 15 trucks' are property, not casualties. GSIM = JNIM."),
E(13, ["abducting several drivers", "taken away by the attackers", "\"detained\" the drivers"],
  "ABD", "2025-09-17", "day", "Kayes", "ML", None, None, None, "JNIM", "JNIM", False,
  "Abduction of civilian drivers during the convoy attack coded as a separate event. JNIM's statement that it 'detained' them counts as a claim. 12 = people missing, not casualties. ('taken away by the attackers' contains 'the attack#2', which is not used as a trigger.)"),
E(13, ["army drones struck a camp near Nioro du Sahel", "the strike", "the operation"],
  "AIR", "2025-09-18", "day", "Nioro du Sahel", "ML", 8, None, "exact", "military", None, False,
  "Thursday. Africa Corps participation reported by residents; the lead actor is the Malian army -> military."),
E(13, ["blocked a main road in the capital and burned tyres"],
  "RIOT", "2025-09-16", "day", "Bamako", "ML", None, None, None, None, None, False,
  "Tuesday. Road blockade with burning tyres -> violent demonstration even though police used tear gas. 'dozens of motorcycle taxi drivers' are participants."),
E(13, ["attacked an unescorted convoy near Diéma"],
  "ATK", "2024-03-01", "month", "Diéma", "ML", 11, None, "exact", None, None, True,
  "Civilian truck drivers, no escort -> Violence against civilians. 'gunmen' unnamed -> null. 'Attacks on convoys are not new' is generic."),
]

# ---------------------------------------------------------------- val-014
ARTICLES.append(A(14, "en", "article", "2025-11-26T10:00:00Z",
"Iraqi troops seize rocket cache in Diyala; roadside bomb kills two soldiers near Tuz Khurmatu",
"""
BAGHDAD, Nov 26 (Wire) - Iraqi troops seized 30 Katyusha rockets, 12 launch rails and about 200 kilograms of explosives from a hideout in farmland near Muqdadiyah in Diyala province on Tuesday, the Joint Operations Command said.

No arrests were made during the operation, the statement said, without saying which group the weapons belonged to. A security source said the cache may have belonged to a faction that has fired rockets at US bases in the past.

Separately, two soldiers were killed and three wounded when an improvised explosive device hit their vehicle on a road near Tuz Khurmatu in Salahuddin province late on Monday. The military blamed Islamic State for the bombing. The group, which still has cells in the nearby Hamrin mountains, has not commented.

The Counter-Terrorism Service said on Sunday that Iraqi F-16 jets had killed five Islamic State militants in an air strike on a cave in the Wadi al-Shay valley, south of Kirkuk.

In Kirkuk city, about 500 farmers demonstrated peacefully outside the governorate building on Tuesday against water cuts that they say have ruined the wheat season. "They have killed our crops," said one of them, Ali Hussein, 58.

In Baghdad, police said on Monday they had arrested three men suspected of planting a bomb that wounded four people at a bus station in Sadr City last month.
"""))
GOLD += [
E(14, ["seized 30 Katyusha rockets", "the operation"],
  "DWU", "2025-11-25", "day", "Muqdadiyah", "IQ", None, None, None, "military", None, False,
  "Tuesday. Troops / Joint Operations Command -> military. 30 rockets, 12 rails and 200 kg are weapons counts/weights. Speculation about the owning faction is not coded."),
E(14, ["an improvised explosive device hit their vehicle", "the bombing"],
  "IED", "2025-11-24", "day", "Tuz Khurmatu", "IQ", 2, 3, "exact", "Islamic State", None, False,
  "'late on Monday'. Military attribution stated as fact -> perpetrator Islamic State; no claim ('has not commented')."),
E(14, ["killed five Islamic State militants in an air strike on a cave"],
  "AIR", "2025-11-23", "day", "Wadi al-Shay", "IQ", 5, None, "exact", "military", None, False,
  "Only the announcement date is given ('said on Sunday') -> Sunday used. Strike carried out by Iraqi F-16s -> military (even though announced by the Counter-Terrorism Service)."),
E(14, ["demonstrated peacefully outside the governorate building"],
  "PP", "2025-11-25", "day", "Kirkuk", "IQ", None, None, None, None, None, False,
  "'about 500 farmers' are participants; '58' is an age; 'killed our crops' is figurative."),
E(14, ["had arrested three men"],
  "ARR", "2025-11-24", "day", "Baghdad", "IQ", None, None, None, "police", None, False,
  "Arrest date unknown; announced Monday -> announcement date."),
E(14, ["a bomb that wounded four people at a bus station in Sadr City"],
  "IED", "2025-10-01", "month", "Baghdad", "IQ", None, 4, "exact", None, None, True,
  "'last month' vs November 2025 -> 2025-10, month; Oct 1 is more than 30 days before publication -> background. Sadr City is part of Baghdad."),
]

# ---------------------------------------------------------------- val-015
ARTICLES.append(A(15, "en", "article", "2025-10-23T08:00:00Z",
"Turbat bus attack toll rises to 11 as BLA claims responsibility; Quetta sit-in broken up",
"""
QUETTA, Oct 23 (Wire) - The number of passengers killed when gunmen stopped a bus near Turbat and opened fire on Sunday night has risen to 11, after two of the wounded died in a Karachi hospital, officials said on Thursday. Six others remain in hospital.

The Balochistan Liberation Army (BLA) claimed responsibility for the attack on Tuesday, saying its fighters had targeted "agents of the occupying state". Relatives said the victims were labourers from Punjab travelling home for a wedding.

The military said its troops killed four BLA fighters in a raid on a hideout in the Buleda area of Kech district on Wednesday. The BLA did not comment.

In Quetta, police used tear gas and batons on Wednesday to break up a sit-in by relatives of missing persons outside the press club. The organisers, the Baloch Yakjehti Committee, said 17 protesters were injured and 23 were taken into custody. Police said 11 of those held were released overnight.

Provincial officials have also accused the BLA of planting a bomb that damaged a railway bridge near Mach on Monday. No one was hurt. The group has denied carrying out that blast.

Attacks on travellers have become more frequent in Balochistan. In May 2024, gunmen killed seven bus passengers on a highway near Gwadar after checking their identity cards.
"""))
GOLD += [
E(15, ["gunmen stopped a bus near Turbat and opened fire", "the attack"],
  "ATK", "2025-10-19", "day", "Turbat", "PK", 11, 6, "exact", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'Sunday night' vs Thursday publication. Updated toll 11; 'Six others remain in hospital' -> injured 6. 'Attacks on travellers' (capital A, generic) is not a trigger."),
E(15, ["killed four BLA fighters in a raid on a hideout"],
  "BAT", "2025-10-22", "day", "Buleda", "PK", 4, None, "exact", "military", None, False,
  "Wednesday. Army raid -> military initiated."),
E(15, ["to break up a sit-in by relatives of missing persons"],
  "PI", "2025-10-22", "day", "Quetta", "PK", None, 17, "exact", None, None, False,
  "Tear gas and batons -> protest with intervention. 17 protesters injured (organisers' figure, undisputed)."),
E(15, ["23 were taken into custody"],
  "ARR", "2025-10-22", "day", "Quetta", "PK", None, None, None, "police", None, False,
  "Arrests of protesters reported on their own -> separate Arrests event. 23 and 11 are arrest/release counts."),
E(15, ["planting a bomb that damaged a railway bridge near Mach", "that blast"],
  "IED", "2025-10-20", "day", "Mach", "PK", 0, 0, "exact", None, None, False,
  "Monday. 'No one was hurt' -> explicit zero for killed and injured. Officials accuse the BLA, BLA denies -> perpetrator null, not a claim."),
E(15, ["gunmen killed seven bus passengers"],
  "ATK", "2024-05-01", "month", "Gwadar", "PK", 7, None, "exact", None, None, True,
  "Background, 'In May 2024'."),
]

# ---------------------------------------------------------------- val-016
ARTICLES.append(A(16, "en", "article", "2025-03-19T17:00:00Z",
"LIVE: Amhara conflict - drone strike on Debre Markos bus station, students abducted near Dangila",
"""
16:45 - The regional health bureau has updated the toll from this morning's drone strike on the Debre Markos bus station: 14 people are now confirmed dead and 27 wounded. We'll have a full report shortly.

16:10 - Fano militia commanders have told local media they "will respond" to the drone strike. Last month they threatened to "close every road to Addis Ababa"; so far that has not happened.

15:30 - Breaking news from Bahir Dar: federal police say they arrested 31 people overnight in house-to-house searches in the city, including two journalists. The Committee to Protect Journalists has called for the journalists' release.

14:00 - More on the abduction near Dangila: a university official says 19 students travelling home on a minibus were seized by armed men on Tuesday afternoon. Four were freed this morning. Nobody has claimed it; the regional government blames Fano, and a Fano spokesman called that "a lie".

12:20 - Heavy fighting between the federal army and Fano militia has been reported around Lalibela since Monday. A hospital source said nearly 20 combatants had been brought in dead and dozens wounded.

10:05 - Witnesses in Debre Markos say a drone hit the crowded bus station shortly after 8 a.m., killing at least nine people. It is not clear who operated the drone, although only the federal military is known to fly armed drones in the region.

09:30 - Welcome to our live coverage of the conflict in Ethiopia's Amhara region, where fighting between government forces and Fano militias has continued since August 2023.
"""))
GOLD += [
E(16, ["this morning's drone strike on the Debre Markos bus station", "the drone strike", "a drone hit the crowded bus station"],
  "AIR", "2025-03-19", "day", "Debre Markos", "ET", 14, 27, "exact", None, None, False,
  "Reverse-chronological blog: the 16:45 update (14 dead, 27 wounded) overrides the 10:05 'at least nine'. Operator not stated; 'only the federal military is known to fly armed drones' is an inference, not an attribution -> perpetrator null (debatable; ACLED might code the federal military). '8 a.m.' is a time."),
E(16, ["arrested 31 people overnight in house-to-house searches"],
  "ARR", "2025-03-19", "day", "Bahir Dar", "ET", None, None, None, "police", None, False,
  "'overnight', announced on the publication day -> announcement date used. Federal police -> police."),
E(16, ["the abduction near Dangila", "were seized by armed men"],
  "ABD", "2025-03-18", "day", "Dangila", "ET", None, None, None, None, None, False,
  "Tuesday afternoon. Regional government blames Fano, Fano denies -> perpetrator null. 19 abducted / 4 freed are not casualties."),
E(16, ["Heavy fighting between the federal army and Fano militia"],
  "BAT", "2025-03-17", "day", "Lalibela", "ET", 20, 12, "about", None, None, False,
  "Ongoing 'since Monday' -> dated at its start (Mar 17). 'nearly 20' -> 20, about; 'dozens wounded' -> 12. Initiator unknown -> null. The 'fighting ... since August 2023' in the 09:30 entry is generic and not coded; the Fano threat is not an event."),
]

# ---------------------------------------------------------------- val-017
ARTICLES.append(A(17, "en", "transcript", "2025-11-11T07:00:00Z",
"Morning Edition: schoolgirls abducted in Kebbi; air force strikes camps in Zuru forest",
"""
PRESENTER: Good morning, it's seven o'clock. Gunmen have abducted more than 30 pupils from a secondary school in Kebbi State in north-western Nigeria. Our reporter Aisha Bello is in Birnin Kebbi. Aisha, good morning.

AISHA BELLO: Good morning. So, um, this happened in the early hours of Sunday in Maga, in Danko-Wasagu area. Armed men on motorcycles, uh, dozens of them, stormed the girls' boarding school at around 2 a.m. A teacher told me 34 girls were taken. The vice-principal tried to stop them and was shot dead.

PRESENTER: Has anyone claimed it?

AISHA BELLO: No. Police say the attackers were bandits. Some officials have said, uh, Lakurawa fighters may have been involved, but there's no evidence of that so far.

PRESENTER: And the military response?

AISHA BELLO: The air force says that yesterday it bombed two bandit camps in the Zuru forest, where it believes the girls were taken, and killed, quote, "dozens of terrorists". Residents of a nearby village say, um, four civilians also died. We can't verify either account.

PRESENTER: There were also protests, weren't there?

AISHA BELLO: Yes. Parents blocked the Zuru-Koko road for several hours on Monday, and, uh, some young men burned tyres and threw stones at a police patrol vehicle. Police fired into the air to disperse them. Two officers were injured.

PRESENTER: This isn't the first time, is it?

AISHA BELLO: No, no. Two years ago, gunmen abducted 15 teachers from a school in Argungu, not far from here. Some of them were held for months.

PRESENTER: Aisha Bello in Birnin Kebbi, thank you.
"""))
GOLD += [
E(17, ["Gunmen have abducted more than 30 pupils", "stormed the girls' boarding school", "34 girls were taken"],
  "ABD", "2025-11-09", "day", "Maga", "NG", 1, None, "exact", None, None, False,
  "'early hours of Sunday' vs Tuesday publication. Vice-principal shot dead during the abduction -> killed 1. 'more than 30' / 34 are abductees, 'dozens of them' are attackers. 'bandits' generic, Lakurawa is speculation -> perpetrator null. ('where it believes the girls were taken' refers to the place, not used.)"),
E(17, ["it bombed two bandit camps in the Zuru forest"],
  "AIR", "2025-11-10", "day", "Zuru", "NG", 16, None, "at_least", "military", None, False,
  "'yesterday' = Monday. Sum of all reported dead: 'dozens of terrorists' (12, at_least) + four civilians = 16, at_least. Zuru forest -> Zuru."),
E(17, ["Parents blocked the Zuru-Koko road", "burned tyres and threw stones at a police patrol vehicle"],
  "RIOT", "2025-11-10", "day", "Zuru", "NG", None, 2, "exact", None, None, False,
  "Monday. Road blockade plus stone-throwing -> violent demonstration; two officers injured. Road Zuru-Koko -> coded to the first-named town Zuru (ambiguous: Koko also possible)."),
E(17, ["gunmen abducted 15 teachers from a school in Argungu"],
  "ABD", "2023-01-01", "year", "Argungu", "NG", None, None, None, None, None, True,
  "'Two years ago' vs 2025 -> 2023, year precision."),
]

# ---------------------------------------------------------------- val-018
ARTICLES.append(A(18, "en", "article", "2025-06-30T08:00:00Z",
"Opinion: In Mandera, the war next door never went away",
"""
On Saturday morning, a bomb buried in the sand road between Elwak and Kotulo tore through a police Land Cruiser, killing three officers and wounding two. Police said al-Shabaab planted the device. It was the fourth such blast on that road this year. If you live in Mandera County, none of this is news.

I was a schoolboy in Elwak in March 2013 when attackers threw grenades into a church compound during a Sunday service, wounding 15 worshippers. I remember the silence afterwards more than the noise.

Since then the pattern has barely changed. Two years ago, al-Shabaab fighters abducted three teachers from a primary school in Wargadud; one was later killed by his captors. Last August, an al-Shabaab raid on a police post in Rhamu killed four officers, and days later the Kenya Defence Forces shelled suspected militant positions across the border near Bulo Hawo, in Somalia.

People here have tried to make themselves heard. In January, when residents of Mandera town protested against the closure of the cross-border livestock market, police dispersed them with tear gas. In 2021, after the killing of a local chief in Lafey, youths burned the sub-county offices there.

Nairobi likes to say the group is "on the run". Its commanders, for their part, have threatened to "make Mandera a graveyard for Kenyan police" - a threat that has not, thank God, come true.

What Mandera needs is not rhetoric from either side. It needs schools that stay open, teachers who are not afraid to come, roads that can be driven without a prayer, and a government that treats the north-east as part of Kenya, not as a buffer zone.
"""))
GOLD += [
E(18, ["a bomb buried in the sand road between Elwak and Kotulo", "the device"],
  "IED", "2025-06-28", "day", "Elwak", "KE", 3, 2, "exact", "al-Shabaab", None, False,
  "Saturday vs Monday publication. Police attribution stated as fact -> al-Shabaab; not claimed. Road Elwak-Kotulo -> first-named town Elwak (ambiguous). 'the fourth such blast ... this year' is generic."),
E(18, ["threw grenades into a church compound"],
  "GRN", "2013-03-01", "month", "Elwak", "KE", None, 15, "exact", None, None, True,
  "Background, 'March 2013'. Unnamed 'attackers' -> null."),
E(18, ["abducted three teachers from a primary school in Wargadud"],
  "ABD", "2023-01-01", "year", "Wargadud", "KE", 1, None, "exact", "al-Shabaab", None, True,
  "'Two years ago' -> 2023. One abductee later killed by his captors -> killed 1 (debatable: the killing could be coded as a separate undated event)."),
E(18, ["an al-Shabaab raid on a police post in Rhamu"],
  "BAT", "2024-08-01", "month", "Rhamu", "KE", 4, None, "exact", "al-Shabaab", None, True,
  "'Last August' vs June 2025 -> 2024-08. Attack on an armed police post -> armed clash, al-Shabaab initiated."),
E(18, ["shelled suspected militant positions across the border near Bulo Hawo"],
  "SHL", "2024-08-01", "month", "Bulo Hawo", "SO", None, None, None, "Kenyan military", None, True,
  "'days later' after the August raid -> coded 2024-08 (month; could slip into September). Foreign force -> 'Kenyan military'; event in Somalia -> SO."),
E(18, ["protested against the closure of the cross-border livestock market", "police dispersed them with tear gas"],
  "PI", "2025-01-01", "month", "Mandera", "KE", None, None, None, None, None, True,
  "'In January' vs June 2025 -> 2025-01."),
E(18, ["the killing of a local chief in Lafey"],
  "ATK", "2021-01-01", "year", "Lafey", "KE", 1, None, "exact", None, None, True,
  "Background, 2021. No perpetrator named."),
E(18, ["youths burned the sub-county offices there"],
  "RIOT", "2021-01-01", "year", "Lafey", "KE", None, None, None, None, None, True,
  "'there' = Lafey. The commanders' threat ('make Mandera a graveyard') did not happen and is not coded."),
]
