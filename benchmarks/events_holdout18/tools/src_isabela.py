"""Authoring source of benchmarks/events_holdout18 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Isabela City, Philippines cluster (holdout18-007 to 012, all
English), two suicide bombers on Wednesday 13 May 2026 at two sites of one
city on Basilan island (the ferry terminal and the public market, about 250 m
apart, three minutes apart): a wire flash with an army commander's "may have
been" about the Abu Sayyaf (007), a national daily's next-day report with the
revised toll, arrests and a peace rally (008), the Islamic State claim and an
Abu Sayyaf faction's denial (009), a condolence and reaction piece quoting
leaders with no new event (010), a TV transcript with speaker labels and
older attacks (011) and a "what we know" explainer with numbered points that
restates the arrests with their places and days (012). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout18")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout18-007
ARTICLES.append(A(7, "en", "article", "2026-05-13T05:20:00Z",
"Twin suicide bombings hit Philippine port city, at least seven dead",
"""
ISABELA CITY, Philippines - Two suicide bombers struck the ferry terminal and the public market of Isabela City, on the southern island of Basilan, on Wednesday morning, killing at least seven people and injuring dozens, the military said.

The first blast tore through the passenger waiting area at about 8:15 a.m. as people queued for the 9 a.m. boat to Zamboanga City, 28 km across the Basilan Strait. About three minutes later a second bomber, described by witnesses as a woman in her early twenties, blew herself up near the fish stalls of the market, some 250 metres away.

"The roof of the terminal just came down. I carried out a boy, maybe ten years old," said Ronaldo Jamiri, a 47-year-old porter.

Ambulances and military trucks took the injured to the city's two hospitals, and the most serious cases were flown by helicopter to Zamboanga City.

A regional army commander said remnants of the Abu Sayyaf group "may have been" behind the attack, but stressed that no group had claimed it and that investigators were still collecting remains at both sites.

On Tuesday, soldiers on patrol came under fire from gunmen in the hills of Sumisip, about 30 km east of the city. One gunman was killed in the exchange of fire, the army said.

The coast guard suspended all ferry trips from Isabela City until further notice, and classes were called off in 14 schools. Basilan, a mostly Muslim province of about 500,000 people, had been largely calm since a peace deal with the main rebel front.
"""))
GOLD += [
E(7, ["Two suicide bombers struck the ferry terminal and the public market of Isabela City"],
  "SUI", "2026-05-13", "day", "Isabela City", "PH", 7, 12, "at_least", None, None, False,
  "'on Wednesday morning' = publication day, Wednesday 13 May (8:15 a.m. local is 00:15 UTC, the same day). Two bombers at two sites of one city (the ferry terminal and the market, about 250 m apart), three minutes apart -> ONE Suicide bomb event (events_holdout10 Koupela convention). 'killing at least seven people and injuring dozens' -> 7 killed (at_least), 'dozens' injured -> 12 (dev vague-amount table); the qualifier describes killed. Abu Sayyaf 'may have been' behind it is speculation -> null. '8:15 a.m.', '9 a.m.', '28 km', 'three minutes', '250 metres', 'ten years old', '47-year-old', '30 km', '14 schools', '500,000 people' are not casualties."),
E(7, ["soldiers on patrol came under fire from gunmen in the hills of Sumisip", "the exchange of fire"],
  "BAT", "2026-05-12", "day", "Sumisip", "PH", 1, None, "exact", None, None, False,
  "'On Tuesday' vs Wednesday 13 May -> 12 May. Soldiers fired on by unnamed gunmen -> Armed clash; the initiators are unnamed -> null. 'One gunman was killed' -> 1. Hills of a town -> the town."),
]

# -------------------------------------------------------------- holdout18-008
ARTICLES.append(A(8, "en", "article", "2026-05-14T11:00:00Z",
"Isabela City bombing toll climbs as Basilan holds peace rally",
"""
The death toll from Wednesday's twin suicide bombing in Isabela City has climbed to 14, not counting the two bombers, officials said on Thursday.

Initial reports spoke of seven dead. By Wednesday night, rescuers had pulled 12 bodies from the terminal and the market, and two of the injured died overnight at a hospital in Zamboanga City, the Basilan provincial health office said. The dead include two coast guard personnel, a policeman and 11 civilians. Fifty-eight people were injured, among them 11 children.

Police said they had arrested two men at a checkpoint in Maluso late on Wednesday. The men, both in their thirties, were riding a motorcycle with no plates and carried three SIM cards and a notebook with the ferry schedule. Twenty-three other people have been invited for questioning; none has been charged.

On Thursday morning, several hundred residents, Christians and Muslims side by side, held a peace rally at the city plaza, carrying white flags and calling on the government to secure the port. The rally ended with prayers led by a priest and an imam.

"We have buried too many people on this island," said Hadja Nurhaida Sali, a 63-year-old teacher who joined the march. "We are asking for protection, not for revenge."

No group has claimed the attack. The regional police director said DNA samples from both bombers had been sent to Manila, 880 km to the north, for identification, and that results were expected within a week.

Ferry services to Zamboanga City remained suspended on Thursday, leaving more than 2,000 passengers stranded.
"""))
GOLD += [
E(8, ["Wednesday's twin suicide bombing in Isabela City"],
  "SUI", "2026-05-13", "day", "Isabela City", "PH", 16, 58, "exact", None, None, False,
  "'Wednesday's' vs Thursday 14 May -> 13 May. Two sites of one city -> one event. Revised toll inside the report: 'seven' -> '12 bodies' -> 'two of the injured died overnight' -> '14, not counting the two bombers' -> 14 + 2 = 16 (the bombers added, like 'not including' in events_holdout17), exact. 'two coast guard personnel, a policeman and 11 civilians' split the 14. 'Fifty-eight people were injured' -> 58; '11 children' is a subset. No claim -> null. '880 km', 'within a week', '2,000 passengers', '63-year-old' are not casualties."),
E(8, ["they had arrested two men at a checkpoint in Maluso"],
  "ARR", "2026-05-13", "day", "Maluso", "PH", None, None, None, "police", None, False,
  "'late on Wednesday' vs Thursday 14 May -> 13 May. 'three SIM cards' and the notebook belong to the arrest. 'Twenty-three other people have been invited for questioning' are not arrests."),
E(8, ["several hundred residents, Christians and Muslims side by side, held a peace rally at the city plaza"],
  "PP", "2026-05-14", "day", "Isabela City", "PH", None, None, None, None, None, False,
  "'On Thursday morning' = publication day. A rally with a demand that ends with prayers -> Peaceful protest. 'several hundred' are participants; 'the march' names it again in a quotation's attribution (not used as a trigger)."),
]

# -------------------------------------------------------------- holdout18-009
ARTICLES.append(A(9, "en", "article", "2026-05-16T08:30:00Z",
"Islamic State claims Basilan bombings; Abu Sayyaf faction denies role",
"""
Islamic State has claimed responsibility for Wednesday's bombings in Isabela City, in a statement posted on Friday by its Amaq news agency. The statement said two fighters of its "East Asia Province" had attacked "a gathering of crusaders and apostate soldiers" and that more than 40 people had died.

The military put the toll at 17, including the two bombers, after a 60-year-old fish vendor died in hospital on Friday. A military spokesman, Colonel Jose Ramirez, said the group had "as usual, inflated its numbers", but added that the claim was consistent with what investigators had found at the two sites.

A man who said he spoke for an Abu Sayyaf faction still active in the Basilan hinterland denied any involvement in a voice message sent to a local radio station. "We had nothing to do with this," he said.

Marines on Friday arrested a suspected facilitator in Tipo-Tipo, a 34-year-old boat operator accused of ferrying the two bombers from Zamboanga City three days before the attack. A search of his house turned up a handgun, 1.2 kg of ammonium nitrate and 80,000 pesos in cash, the military said.

The provincial government has offered a reward of 2 million pesos for information leading to other members of the network.

Ferry trips resumed on Saturday morning with new bag checks at the terminal gate. Only about 300 passengers made the crossing, against more than 1,500 on a normal day.
"""))
GOLD += [
E(9, ["Wednesday's bombings in Isabela City", "the attack"],
  "SUI", "2026-05-13", "day", "Isabela City", "PH", 17, None, "exact", "Islamic State", "Islamic State", False,
  "A claim that names the attack by its place and day: 'Wednesday's bombings in Isabela City' vs Saturday 16 May -> 13 May. 'Islamic State has claimed responsibility' ('East Asia Province', folded into Islamic State by the dev convention) -> claimant and perpetrator. The military rejects the claimant's figure ('more than 40', not used) but not its authorship ('consistent with what investigators had found'). 'the toll at 17, including the two bombers' -> 17 (inside), exact. The Abu Sayyaf faction's denial is not a claim. 'the attack' (in 'three days before the attack') names it again."),
E(9, ["Marines on Friday arrested a suspected facilitator in Tipo-Tipo"],
  "ARR", "2026-05-15", "day", "Tipo-Tipo", "PH", None, None, None, "military", None, False,
  "'on Friday' vs Saturday 16 May -> 15 May. Marines (the navy) -> 'military'. The handgun, '1.2 kg of ammonium nitrate' and '80,000 pesos' belong to the arrest; '34-year-old', '60-year-old', '2 million pesos', '300 passengers', '1,500' are not casualties."),
]

# -------------------------------------------------------------- holdout18-010
ARTICLES.append(A(10, "en", "article", "2026-05-17T06:00:00Z",
"'Basilan has bled enough': leaders condemn Isabela City bombing",
"""
Condemnation poured in from Manila, Cotabato City and abroad after Wednesday's twin suicide bombing in Isabela City, which killed 17 people, including the two bombers, and which Islamic State has claimed.

"Those who strap bombs to their bodies and walk into a market are not fighters. They are cowards, and the law will find every one of those who sent them," the president said in a statement on Saturday. He ordered flags at half-mast on all government buildings for three days.

The chief minister of the Bangsamoro region said the attack "was aimed at all of us who chose peace". "Basilan has bled enough," he told reporters in Cotabato City, announcing a fund of 10 million pesos for the families of the victims.

The bishop of Isabela, who celebrated a mass for the dead at the cathedral on Saturday evening, asked Christians not to answer hatred with hatred. "The bombers wanted to blow up our trust in each other. We must not let them," he said.

The regional council of Muslim scholars said that killing worshippers and traders was forbidden in Islam "without any exception". Its chairman called on imams to speak about the attack at Friday prayers in all 11 municipalities of the province.

The European Union delegation and the embassies of Japan and Australia sent condolences. The United Nations resident coordinator said she was "shocked and saddened" and offered support to the wounded.

At the port, where the terminal roof is still propped up by steel poles, a wall of about 1,000 candles and handwritten notes has grown since Thursday. "It is the only thing we can do," said a ferry ticket seller, 29.
"""))
GOLD += [
E(10, ["Wednesday's twin suicide bombing in Isabela City"],
  "SUI", "2026-05-13", "day", "Isabela City", "PH", 17, None, "exact", "Islamic State", "Islamic State", False,
  "A reaction piece with no new event. 'Wednesday's' vs Sunday 17 May -> 13 May. 'killed 17 people, including the two bombers' -> 17 (inside), exact. 'which Islamic State has claimed' -> claimant and perpetrator. 'the attack' in the quotations and prayers is this event, left out of the triggers; the mass for the dead, the candles and the half-mast flags are not coded. 'three days', '10 million pesos', '11 municipalities', '1,000 candles', '29' are not casualties."),
]

# -------------------------------------------------------------- holdout18-011
ARTICLES.append(A(11, "en", "transcript", "2026-05-19T13:00:00Z",
"Evening News: three more arrests after Basilan bombing",
"""
ANCHOR: Good evening. Six days after the double suicide bombing that killed 17 people in Isabela City, police say they have arrested three more suspects. Our correspondent is at the port. Maria, what happened?

CORRESPONDENT: Good evening. Police arrested three people in Lantawan, north of here, on Monday, in a house where they believe the explosive vests were assembled. They seized about 5 kg of powder, wires and two old mobile phones. Sixteen other people were invited for questioning and went home the same day.

ANCHOR: And the toll has not changed?

CORRESPONDENT: It stands at 17, the two bombers included, and 61 injured. Nine are still in intensive care in Zamboanga City. Islamic State, which claimed the attack on Friday, has put out no further statement.

ANCHOR: With us in the studio is security analyst Dr Rashid Abubakar. Is this new for Basilan?

ANALYST: The suicide tactic is new here, but the network is not. Three years ago, a bomb hidden in a motorcycle went off near the public market in Maimbung, on Sulu, killing four people. And in January 2021, gunmen took five fishermen off the coast of Talipao. Two of them were never found. The same routes across the water were used.

ANCHOR: What should the government do?

ANALYST: Watch the small boats. There are at least 40 informal landing points on this side of the strait alone. A checkpoint at the terminal does not help if the bombers come by pump boat at 3 a.m.

ANCHOR: Thank you. A reminder that the police hotline for information is 0917 555 0142. We will be back after this.
"""))
GOLD += [
E(11, ["the double suicide bombing that killed 17 people in Isabela City", "the attack"],
  "SUI", "2026-05-13", "day", "Isabela City", "PH", 17, 61, "exact", "Islamic State", "Islamic State", False,
  "'Six days after' vs Tuesday 19 May -> 13 May. 'It stands at 17, the two bombers included, and 61 injured' -> 17 (inside), 61, exact. 'Islamic State, which claimed the attack on Friday' -> claimant and perpetrator. 'Nine are still in intensive care' is a subset."),
E(11, ["Police arrested three people in Lantawan"],
  "ARR", "2026-05-18", "day", "Lantawan", "PH", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 19 May -> 18 May. 'about 5 kg of powder', 'two old mobile phones' belong to the arrest. 'Sixteen other people were invited for questioning' are not arrests."),
E(11, ["a bomb hidden in a motorcycle went off near the public market in Maimbung"],
  "IED", "2023-01-01", "year", "Maimbung", "PH", 4, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. No actor -> null. 'killing four people' -> 4."),
E(11, ["gunmen took five fishermen off the coast of Talipao"],
  "ABD", "2021-01-01", "month", "Talipao", "PH", None, None, None, None, None, True,
  "'in January 2021' -> month, background. Unnamed 'gunmen' -> null. 'five fishermen' are abductees; 'Two of them were never found' is not a killed figure. The coast off a town -> the town. 'at least 40 informal landing points', '3 a.m.' and the hotline number are not casualties."),
]

# -------------------------------------------------------------- holdout18-012
ARTICLES.append(A(12, "en", "article", "2026-05-20T09:00:00Z",
"What we know about the Isabela City bombing",
"""
One week after the first suicide bombing in Basilan in years, here is what we know so far.

1. What happened? On May 13, at about 8:15 a.m., a man blew himself up in the waiting area of the Isabela City ferry terminal. About three minutes later, a woman detonated a second device near the fish stalls of the public market, some 250 metres away.

2. How many people died? Seventeen, the two bombers included, according to the Basilan provincial health office. Another 61 people were injured, nine of whom remain in intensive care.

3. Who was behind it? Islamic State claimed the bombing on May 15, saying it was carried out by its "East Asia Province". A faction of the Abu Sayyaf denied any role. The military says a local cell provided the bombers with a safe house and may have been linked to other groups.

4. Who has been arrested? Six people in all. Police arrested two men at a checkpoint in Maluso on the night of May 13. Marines detained a boat operator in Tipo-Tipo on May 15, and police arrested three people in Lantawan on May 18. About 40 others have been questioned and released.

5. Has Basilan seen this before? Not on this scale for years. Last August, soldiers and gunmen fought for two hours near Akbar, leaving five people dead, three of them soldiers.

6. What happens next? Ferries have resumed with bag checks, and three new checkpoints have been set up on the road to the port. The provincial government's reward of 2 million pesos still stands. The bombers' identities are expected to be confirmed by DNA tests within days.
"""))
GOLD += [
E(12, ["a man blew himself up in the waiting area of the Isabela City ferry terminal", "Islamic State claimed the bombing"],
  "SUI", "2026-05-13", "day", "Isabela City", "PH", 17, 61, "exact", "Islamic State", "Islamic State", False,
  "'On May 13' with no year -> 2026. The man at the terminal and the woman at the market three minutes later, 250 m apart -> one event. 'Seventeen, the two bombers included' -> 17 (inside), exact; 'Another 61 people were injured' -> 61; 'nine of whom' is a subset. 'Islamic State claimed the bombing on May 15' -> claimant and perpetrator; the Abu Sayyaf denial is not a claim; a local cell that 'may have been linked to other groups' sets nothing. '8:15 a.m.', 'three minutes', '250 metres' are not casualties."),
E(12, ["Police arrested two men at a checkpoint in Maluso"],
  "ARR", "2026-05-13", "day", "Maluso", "PH", None, None, None, "police", None, False,
  "'on the night of May 13' absolute. A restated arrest with its place and day is coded in this document too (each document stands alone; events_holdout17 codes only restatements with no place or day out). '40 others have been questioned' are not arrests."),
E(12, ["Marines detained a boat operator in Tipo-Tipo"],
  "ARR", "2026-05-15", "day", "Tipo-Tipo", "PH", None, None, None, "military", None, False,
  "'on May 15' absolute. Marines -> 'military'. Restated with place and day -> coded."),
E(12, ["police arrested three people in Lantawan"],
  "ARR", "2026-05-18", "day", "Lantawan", "PH", None, None, None, "police", None, False,
  "'on May 18' absolute. Restated with place and day -> coded. The lowercase 'police arrested' differs from the capitalised Maluso trigger."),
E(12, ["soldiers and gunmen fought for two hours near Akbar"],
  "BAT", "2025-08-01", "month", "Akbar", "PH", 5, None, "exact", None, None, True,
  "'Last August' in a May 2026 article -> August 2025, month, background. No side named as starting the fight -> null. 'leaving five people dead, three of them soldiers' -> 5 (all sides). 'two hours', 'three new checkpoints', '2 million pesos' are not casualties."),
]
