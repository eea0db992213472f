"""Authoring source of benchmarks/events_holdout3 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: a podcast on Kayah State, Myanmar (holdout3-012), Cabo Delgado,
Mozambique (013), Manipur, India (014), and two English articles with no
security event: football (015) and a court sentencing (016). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout3")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout3-012
ARTICLES.append(A(12, "en", "transcript", "2026-07-24T10:00:00Z",
"Borderlands podcast, episode 88: Kayah State",
"""
HOST: This is Borderlands, the podcast about the conflicts nobody is watching. I'm Tom Reyes. Today, Kayah State in eastern Myanmar, where the junta's air war has, um, stepped up again. With me is Naw Htoo, a researcher who has just come back from the Thai border. Naw, what happened on Tuesday?

NAW HTOO: So on Tuesday morning two jets bombed a camp for displaced people just outside Demoso. The camp committee says between 12 and 15 people were killed and more than 40 injured. About 3,000 people were living there, most of them from Loikaw.

HOST: Why that camp?

NAW HTOO: The military says it hit a resistance base. People there say there were no fighters at all. I mean, it's a school and some bamboo huts.

HOST: And on the ground?

NAW HTOO: Right. On Sunday, People's Defence Force fighters attacked an army outpost on the road north of Loikaw. Local media say tens of soldiers were killed. The fighters say they took the post and seized 22 rifles. The army hasn't given a figure.

HOST: Can you verify any of that?

NAW HTOO: Not the toll, no. What we could check is that on Wednesday soldiers detained a volunteer doctor in Loikaw, a 34-year-old woman who ran a clinic for displaced families. Her family doesn't know where she is.

HOST: And this isn't new for Demoso.

NAW HTOO: No. Last month a drone dropped bombs on the market in Hpruso, uh, killing three traders, and the military has used drones like that for two years now. And the mines. In 2022 a mine on a path near Demoso killed a 10-year-old boy, and now there are mines along every road into Loikaw.

HOST: Naw Htoo, thank you. Next week, episode 89: the jade mines of Kachin. Borderlands is produced by a team of four in Chiang Mai.
"""))
GOLD += [
E(12, ["two jets bombed a camp for displaced people just outside Demoso"],
  "AIR", "2026-07-21", "day", "Demoso", "MM", 12, 40, "at_least", "military", None, False,
  "'on Tuesday morning' vs Friday 24 July -> 21 July. Range 'between 12 and 15' -> lower bound 12, at_least; 'more than 40 injured' -> 40. Myanmar's own air force -> 'military'. 'About 3,000 people' were residents."),
E(12, ["People's Defence Force fighters attacked an army outpost on the road north of Loikaw"],
  "BAT", "2026-07-19", "day", "Loikaw", "MM", 10, None, "at_least", "People's Defence Force", None, False,
  "'On Sunday' -> 19 July. PDF attack -> initiator 'People's Defence Force'. 'tens of soldiers' -> 10, at_least (local media, the only figure; not a claimant's toll). '22 rifles' seized are weapons."),
E(12, ["soldiers detained a volunteer doctor in Loikaw"],
  "ARR", "2026-07-22", "day", "Loikaw", "MM", None, None, None, "military", None, False,
  "'on Wednesday' -> 22 July. '34-year-old' is an age."),
E(12, ["a drone dropped bombs on the market in Hpruso"],
  "AIR", "2026-06-01", "month", "Hpruso", "MM", 3, None, "exact", None, None, True,
  "'Last month' in a July story -> 2026-06, month; 53 days from 1 June -> background. 'the military has used drones like that' is a generic reference, not an attribution of this strike -> null."),
E(12, ["a mine on a path near Demoso killed a 10-year-old boy"],
  "IED", "2022-01-01", "year", "Demoso", "MM", 1, None, "exact", None, None, True,
  "'In 2022' -> year. One boy killed -> 1; '10-year-old' is his age."),
]

# --------------------------------------------------------------- holdout3-013
ARTICLES.append(A(13, "en", "article", "2026-08-12T09:00:00Z",
"Insurgents kill five truck drivers in Mozambique's Cabo Delgado",
"""
PEMBA, Mozambique, Aug. 12 (Wire) - Islamic State insurgents ambushed a convoy of civilian trucks on the road from Palma to Nangade on Saturday, killing five drivers and setting fire to nine trucks carrying maize and cement, police said. The Islamic State claimed the ambush on Monday, saying it had "killed 12 Christians".

On Sunday, insurgents took 11 children, aged between 9 and 15, from a village near Muidumbe, a local priest said. Their parents had been working in the fields, 3 km away.

Mozambican troops, backed by Rwandan forces, drove insurgents out of the village of Miangalewa in Muidumbe district on Monday after a day-long fight, killing nearly 30 insurgents, the defence ministry said. Two Mozambican soldiers were also killed.

On Tuesday, a bomb buried in a sandy track exploded under a Rwandan armoured vehicle near Nangade, wounding four soldiers, a security source said.

The road from Palma to Nangade, about 120 km long, is the only land link for several inland districts. In June 2024, a similar ambush on the same road killed three drivers.

About 2,500 Rwandan troops are deployed in Cabo Delgado, where the insurgency began in 2017. More than 47,000 people have fled their homes since January, according to the International Organization for Migration.
"""))
GOLD += [
E(13, ["Islamic State insurgents ambushed a convoy of civilian trucks", "the ambush on Monday"],
  "ATK", "2026-08-08", "day", "Palma", "MZ", 5, None, "exact", "Islamic State", "Islamic State", False,
  "'on Saturday' vs Wednesday 12 Aug -> 8 Aug. An ambush of unescorted civilian trucks -> Attack (events_val). A road between two places -> first-named, Palma. Claimed on Monday; the event keeps its own day. The claimant's '12 Christians' is not used. 'nine trucks' are vehicles."),
E(13, ["insurgents took 11 children"],
  "ABD", "2026-08-09", "day", "Muidumbe", "MZ", None, None, None, None, None, False,
  "'On Sunday' -> 9 Aug. 'a village near Muidumbe' -> Muidumbe. '11 children' are abductees; 'aged between 9 and 15' ages; '3 km' a distance. 'insurgents' unnamed in this sentence -> null."),
E(13, ["drove insurgents out of the village of Miangalewa", "a day-long fight"],
  "BAT", "2026-08-10", "day", "Miangalewa", "MZ", 32, None, "about", "military", None, False,
  "'on Monday' -> 10 Aug. The country's own troops lead, backed by Rwandan forces -> 'military', initiator. 'nearly 30 insurgents' + 'Two Mozambican soldiers' -> 32; the sum takes the vague part's qualifier (about)."),
E(13, ["a bomb buried in a sandy track exploded under a Rwandan armoured vehicle"],
  "IED", "2026-08-11", "day", "Nangade", "MZ", None, 4, "exact", None, None, False,
  "'On Tuesday' -> 11 Aug. No actor named."),
E(13, ["a similar ambush on the same road killed three drivers"],
  "ATK", "2024-06-01", "month", "Palma", "MZ", 3, None, "exact", None, None, True,
  "'In June 2024' -> month. 'the same road' is the Palma-Nangade road -> Palma. '120 km', '2,500 Rwandan troops', '2017', '47,000 people' are distractors."),
]

# --------------------------------------------------------------- holdout3-014
ARTICLES.append(A(14, "en", "article", "2026-10-08T08:00:00Z",
"Four killed in Manipur gunfight; protest turns violent in Churachandpur",
"""
IMPHAL, India, Oct. 8 (Wire) - Militants from two rival armed groups exchanged fire for nearly four hours in the hills near Moreh, on Manipur's border with Myanmar, on Tuesday, and three fighters and a villager caught in the crossfire were killed, police said.

On Wednesday, a crowd of more than 2,000 people marched to the deputy commissioner's office in Churachandpur to demand the release of a local leader. Some of the protesters threw stones and set fire to two government vehicles, and police fired tear gas and rubber bullets. More than 20 people, including eight policemen, were injured, officials said.

On Monday night, militants dropped improvised bombs from a drone on a village in Bishnupur district, wounding three people, among them a 14-year-old boy, the district police chief said.

Police commandos arrested five men in Imphal on Wednesday and seized a drone, 14 small bombs and an assault rifle. Police said the men were not linked to the Bishnupur attack.

The state government extended a curfew in Churachandpur by 48 hours and suspended mobile internet. The federal government has sent 1,200 more paramilitary troops to the state, which lies about 2,400 km from New Delhi.

Ethnic violence has displaced tens of thousands of people in Manipur in recent years. In 2024, clashes between rival crowds in Churachandpur left hundreds of people injured. In 2025, a grenade hurled into a market in Bishnupur wounded six people.
"""))
GOLD += [
E(14, ["Militants from two rival armed groups exchanged fire"],
  "BAT", "2026-10-06", "day", "Moreh", "IN", 4, None, "exact", None, None, False,
  "'on Tuesday' vs Thursday 8 Oct -> 6 Oct. Three fighters and a villager -> 4, all summed. Neither side named as initiator -> null. 'nearly four hours' is a duration."),
E(14, ["a crowd of more than 2,000 people marched to the deputy commissioner's office in Churachandpur"],
  "RIOT", "2026-10-07", "day", "Churachandpur", "IN", None, 20, "more_than", None, None, False,
  "'On Wednesday' -> 7 Oct. Stones thrown and vehicles burned -> Violent demonstration. 'More than 20 ... injured' -> 20, more_than; 'eight policemen' is a subset. 'more than 2,000 people' are participants; 'two government vehicles' vehicles."),
E(14, ["militants dropped improvised bombs from a drone", "the Bishnupur attack"],
  "AIR", "2026-10-05", "day", "Bishnupur", "IN", None, 3, "exact", None, None, False,
  "'On Monday night' -> 5 Oct. Non-state drone -> Air/drone strike. District named -> Bishnupur. '14-year-old' is an age."),
E(14, ["Police commandos arrested five men in Imphal"],
  "ARR", "2026-10-07", "day", "Imphal", "IN", None, None, None, "police", None, False,
  "'on Wednesday' -> 7 Oct. The drone, '14 small bombs' and the rifle belong to the arrest. '48 hours', '1,200 more paramilitary troops', '2,400 km', 'tens of thousands' displaced are distractors."),
E(14, ["clashes between rival crowds in Churachandpur"],
  "RIOT", "2024-01-01", "year", "Churachandpur", "IN", None, 100, "at_least", None, None, True,
  "'In 2024' -> year. Clashes between crowds -> Violent demonstration (mob violence). 'hundreds of people injured' -> 100, at_least (dev table). 'tens of thousands of people' displaced is a generic statistic."),
E(14, ["a grenade hurled into a market in Bishnupur"],
  "GRN", "2025-01-01", "year", "Bishnupur", "IN", None, 6, "exact", None, None, True,
  "'In 2025' -> year."),
]

# --------------------------------------------------------------- holdout3-015
ARTICLES.append(A(15, "en", "article", "2026-09-14T21:30:00Z",
"Plateau United massacre Kano in five-goal rout",
"""
Plateau United produced a massacre at the New Jos Stadium on Sunday, thrashing Kano Pillars 5-0 in front of 20,000 fans and blowing the title race wide open.

The hosts bombarded the Kano goal from the first whistle. Their 17-year-old striker Daniel Pam fired the opener in the 6th minute, then executed a penalty just before the break after the Kano captain ambushed him in the box. By half-time it was a rout.

"We killed the game early," said coach Fidelis Ilechukwu. "Our pressing was an attack on their nerves. They were shell-shocked."

Kano, who had not lost in nine matches, were shot down by a side that cost less than half their wage bill. Their goalkeeper, signed for 45 million naira in January, was left exposed again and again. Two players were injured in a clash of heads in the second half and both were taken off on stretchers; the club said later that neither was seriously hurt.

The second half was an execution. Pam completed his hat-trick with a killer volley from 25 metres, and substitute Musa Dung headed in the fifth in stoppage time.

Fans set off fireworks and beat drums outside the ground until long after midnight, and stewards said the only casualty was a bass drum.

Plateau United, who sit three points behind the leaders with 11 games to play, travel to Ibadan next weekend. Kano face a crisis meeting: the board has given the coach two matches to save his job.
"""))

# --------------------------------------------------------------- holdout3-016
ARTICLES.append(A(16, "en", "article", "2026-10-22T15:00:00Z",
"Former bank clerk jailed for 15 years for financing bandit gangs",
"""
ABUJA, Oct. 22 (Wire) - A federal high court in Abuja on Thursday sentenced a former bank clerk to 15 years in prison for financing armed gangs that kidnap travellers and villagers in northwestern Nigeria.

Justice Halima Sulaiman found Ibrahim Danjuma, 38, guilty on six counts of terrorism financing and money laundering. Prosecutors said he had moved more than 450 million naira through 37 accounts opened in the names of dead customers between 2019 and 2023, and used part of it to buy motorcycles and fuel for two gang leaders.

"You did not fire a shot, but the money you moved bought the bullets," the judge said, adding that the court had heard from 27 witnesses over 14 months.

Danjuma's lawyer said he would appeal, arguing that his client had been "a small cog" and that the accounts had been opened by others. A co-defendant, aged 44, was acquitted for lack of evidence.

The Nigerian Financial Intelligence Unit said it had frozen more than 1,300 accounts linked to ransom payments since 2021 and that banks had filed 2,900 suspicious transaction reports last year.

Kidnapping for ransom has become a multi-billion-naira business in the northwest, where security analysts estimate that several thousand people are abducted every year. The government has promised to make paying a ransom itself a crime, but the bill has stalled in the Senate for two years.

The sentence is the longest handed down for terrorism financing in Nigeria, prosecutors said.
"""))
