"""Authoring source of benchmarks/events_holdout15 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Abudwak, Somalia cluster (holdout15-007 to 011, all English), two
suicide bombers on Saturday 14 March 2026 at two sites of one town (the gate
of a hotel where officials were meeting and a checkpoint about 300 m away,
five minutes apart): a wire flash with an Islamic State "may have been"
(007), a state news agency's next-day report with the revised toll, a march
and overnight arrests (008), the al-Shabaab claim four days later, naming
the attack by its place and day, with a facilitator's arrest (009), a TV
news transcript (010) and an analysis full of older attacks (011). Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout15")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout15-007
ARTICLES.append(A(7, "en", "article", "2026-03-14T17:30:00Z",
"Double suicide attack kills at least eight in central Somalia",
"""
ABUDWAK, Somalia - A double suicide attack on a hotel where local officials were meeting killed at least eight people on Saturday in the central Somali town of Abudwak, a police officer and witnesses said.

The first attacker blew himself up at the gate of the Al-Nuur Hotel at around 11 a.m., as guards were checking the cars of elders arriving for a meeting on the coming district elections. About five minutes later, a second attacker wearing a soldier's uniform detonated his vest among people who had gathered at a checkpoint some 300 metres down the road.

"Eight people are dead, among them three of the hotel guards, and more than 20 are wounded," police Captain Abdiqadir Warsame told reporters by telephone. A 70-year-old elder who had been due to chair the meeting was among the wounded, he said.

A Galmudug security official, who asked not to be named, said the Islamic State group's Somali branch "may have been" behind the attack, though he added that it was too early to be sure. Most suicide attacks in central Somalia in recent years have been carried out by al-Shabaab.

Separately, mortar shells landed near the airstrip in Balanbale, about 40 km to the north-west, on Friday night, injuring two children, residents said.

Abudwak, a trading town of roughly 50,000 people close to the Ethiopian border, is held by government-allied forces and has rarely been hit in the heart of town. The meeting, which had brought together 35 elders, was postponed. Witnesses said at least four vehicles were burnt.
"""))
GOLD += [
E(7, ["A double suicide attack on a hotel where local officials were meeting"],
  "SUI", "2026-03-14", "day", "Abudwak", "SO", 8, 20, "at_least", None, None, False,
  "'on Saturday' = publication day, Saturday 14 March. Two bombers at two sites of one town (the hotel gate and a checkpoint about 300 m away), five minutes apart -> ONE Suicide bomb event (Koupéla convention). 'killed at least eight people' -> 8, at_least ('Eight people are dead' in the quote is the same figure); 'more than 20 are wounded' -> 20 (the qualifier describes killed). 'among them three of the hotel guards' is a subset. 'may have been' (the Islamic State group's Somali branch) is speculation -> null; the remark on al-Shabaab is a generalisation, not an attribution. '11 a.m.', 'five minutes', '300 metres', '70-year-old', '50,000 people', '35 elders', 'four vehicles' are not casualties. GeoNames spells the town 'Cabudwaaq'; the common English spelling is used."),
E(7, ["mortar shells landed near the airstrip in Balanbale"],
  "SHL", "2026-03-13", "day", "Balanbale", "SO", None, 2, "exact", None, None, False,
  "'on Friday night' vs Saturday 14 March -> 13 March. Mortar fire by an unnamed actor -> Shelling/artillery/missile attack, null. 'injuring two children' -> injured 2, killed null. '40 km' is a distance."),
]

# -------------------------------------------------------------- holdout15-008
ARTICLES.append(A(8, "en", "article", "2026-03-15T15:00:00Z",
"Abudwak death toll rises as residents march against terrorism",
"""
ABUDWAK (National News Agency) - The number of people killed in Saturday's twin suicide bombings in Abudwak town, Galgaduud region, has risen sharply, officials said on Sunday.

Health officials had said on Saturday evening that 13 people had died. On Sunday morning the district commissioner said the figure had reached 17, and by midday the Galmudug Ministry of Health gave what it called a final count of 19 dead, excluding the two suicide bombers, and 36 wounded. Fourteen of the most seriously wounded were flown to Mogadishu on two planes provided by the federal government.

Among the dead were three hotel guards, a traditional elder and a mother of four who was selling tea at the checkpoint.

Galmudug police said they had detained nine suspects in overnight operations in Abudwak, among them the owner of a house where the attackers are believed to have stayed. A police spokesman said a car with false number plates had been seized.

On Sunday morning hundreds of residents, women and elders among them, marched through the main market of Abudwak, carrying Somali flags and chanting slogans against terrorism. The march ended peacefully at the district headquarters, where the district commissioner thanked them.

The federal government declared three days of national mourning and pledged $500,000 for the families of the victims and for the repair of the hotel.

No group has yet said it carried out the attack. Abudwak lies about 500 km north of Mogadishu and about 10 km from the Ethiopian border.
"""))
GOLD += [
E(8, ["Saturday's twin suicide bombings in Abudwak town"],
  "SUI", "2026-03-14", "day", "Abudwak", "SO", 21, 36, "exact", None, None, False,
  "'Saturday's' vs Sunday 15 March -> 14 March. Two sites of one town -> one event. Revised toll inside the report: '13' -> '17' -> 'a final count of 19 dead, excluding the two suicide bombers' -> read like 'not counting' -> 19 + 2 = 21, exact; '36 wounded' -> 36. 'Fourteen of the most seriously wounded' and the listed dead are subsets. No claim -> null. 'two planes', 'three days', '$500,000', '500 km', '10 km' are not casualties."),
E(8, ["they had detained nine suspects in overnight operations in Abudwak"],
  "ARR", "2026-03-14", "day", "Abudwak", "SO", None, None, None, "police", None, False,
  "'overnight' in a Sunday 15 March report -> the night of Saturday to Sunday, dated at its start, 14 March. Galmudug police -> police. 'nine suspects' are arrestees; the car belongs to the arrest."),
E(8, ["hundreds of residents, women and elders among them, marched through the main market of Abudwak"],
  "PP", "2026-03-15", "day", "Abudwak", "SO", None, None, None, None, None, False,
  "'On Sunday morning' = publication day, 15 March. A march against terrorism that ends peacefully -> Peaceful protest. 'hundreds' are participants."),
]

# -------------------------------------------------------------- holdout15-009
ARTICLES.append(A(9, "en", "article", "2026-03-18T09:00:00Z",
"Al-Shabaab claims Abudwak attack, officials reject its toll",
"""
Al-Shabaab has claimed responsibility for Saturday's attack in Abudwak, saying two of its fighters had targeted "apostate officials" gathered at a hotel in the town.

In a statement read on its Andalus radio station on Tuesday, the militant group said it had killed more than 50 officials and soldiers. Galmudug officials, who put the toll at 21, including the two attackers, called that figure "a lie", but did not question the group's responsibility. "We know who they are and where they come from," the regional security minister said.

A security official had suggested on Saturday that the Islamic State group's Somali branch might be involved. That branch operates mainly in the mountains of Puntland, several hundred kilometres to the north.

The National Intelligence and Security Agency (NISA) said it had arrested a suspected facilitator in Guriel on Sunday, a 41-year-old man accused of driving the attackers from the Hiraan region and renting them a room. NISA did not say where he was being held.

More than 30 people, most of them hotel staff and drivers, were questioned by police and released, a police spokesman said on Tuesday.

The group has struck in Galgaduud before. In 2022, al-Shabaab claimed a suicide car bombing at the district headquarters in Adado that killed nine people, among them a deputy district commissioner.

Elders in Abudwak said on Tuesday that the hotel, which has 40 rooms, would reopen next month. The district elections, already delayed twice, have been postponed until June. A government reward of $100,000 for information leading to the attack's planners remains on offer.
"""))
GOLD += [
E(9, ["Al-Shabaab has claimed responsibility for Saturday's attack in Abudwak"],
  "SUI", "2026-03-14", "day", "Abudwak", "SO", 21, None, "exact", "al-Shabaab", "al-Shabaab", False,
  "A claim four days later naming the attack by its place and day: 'Saturday's attack in Abudwak' vs Wednesday 18 March -> 14 March. 'two of its fighters' at a hotel: the article never says 'suicide'; coded as the cluster's Suicide bomb. 'has claimed responsibility' -> 'al-Shabaab' (dev canonical name); officials reject the claimant's 'more than 50' (not used) but not its authorship -> perpetrator. 'the toll at 21, including the two attackers' -> 21 (inside). The Saturday speculation about the Islamic State's Somali branch sets nothing."),
E(9, ["it had arrested a suspected facilitator in Guriel"],
  "ARR", "2026-03-15", "day", "Guriel", "SO", None, None, None, "police", None, False,
  "'on Sunday' vs Wednesday 18 March -> 15 March. NISA (intelligence) -> police (dev convention). Location where he was arrested (Guriel), not the bombers' origin (Hiraan). '41-year-old' is an age. 'More than 30 people ... were questioned by police and released' are not arrests. Guriel is not in GeoNames' city list."),
E(9, ["al-Shabaab claimed a suicide car bombing at the district headquarters in Adado"],
  "SUI", "2022-01-01", "year", "Adado", "SO", 9, None, "exact", "al-Shabaab", "al-Shabaab", True,
  "'In 2022' -> year, background. A claimed suicide car bombing -> Suicide bomb, claimant and perpetrator al-Shabaab. 'killed nine people, among them a deputy district commissioner' -> 9. '40 rooms', '$100,000' are not casualties."),
]

# -------------------------------------------------------------- holdout15-010
ARTICLES.append(A(10, "en", "transcript", "2026-03-20T18:00:00Z",
"Evening News, Somali National TV (English service): Galmudug after Abudwak",
"""
ANCHOR: Good evening. Six days after the double suicide bombing in Abudwak, the death toll has risen again. Our correspondent Hodan Abdi joins us from Abudwak. Hodan, what is the latest?

CORRESPONDENT: Good evening. Two more of the wounded died on Wednesday in a hospital in Mogadishu, a young hotel waiter and a soldier. That brings the toll to 23, the attackers included. Al-Shabaab claimed the attack on Tuesday, as you know, and the government has accepted that it was them.

ANCHOR: And the army has been active?

CORRESPONDENT: Yes. On Thursday, Somali army troops backed by Galmudug forces raided an al-Shabaab hideout near Mataban. There was heavy fighting for about two hours. The army says six militants were killed and two soldiers were wounded. They also seized a pickup truck and what they call bomb-making material.

ANCHOR: There was also an incident in Galinsoor?

CORRESPONDENT: On Wednesday evening, a grenade was thrown at a police checkpoint in Galinsoor. Two policemen were wounded. Nobody has been arrested for it. Police say more than 100 people have been questioned across the region this week, but they will not say how many are being held.

ANCHOR: Thank you, Hodan. With me in the studio is Colonel (retired) Farah Jama. Colonel, is Galgaduud becoming more dangerous?

GUEST: It has never been safe. In March 2020, a suicide bomber killed five soldiers at a base in Bahdo, and al-Shabaab claimed it within the hour. The difference now is that they are hitting towns, not bases.

ANCHOR: Colonel, thank you. Viewers with information can call the free number 888. We will be back after a short break with the weather.
"""))
GOLD += [
E(10, ["the double suicide bombing in Abudwak", "Al-Shabaab claimed the attack"],
  "SUI", "2026-03-14", "day", "Abudwak", "SO", 23, None, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Six days after' on Friday 20 March -> 14 March. Two sites -> one event. Two wounded died on Wednesday -> 'the toll to 23, the attackers included' -> 23 (inside); later deaths raise the killed figure. 'claimed the attack' and the government's acceptance -> claimant and perpetrator al-Shabaab."),
E(10, ["Somali army troops backed by Galmudug forces raided an al-Shabaab hideout near Mataban", "There was heavy fighting"],
  "BAT", "2026-03-19", "day", "Mataban", "SO", 6, 2, "exact", "military", None, False,
  "'On Thursday' vs Friday 20 March -> 19 March. A raid that turns into fighting -> Armed clash initiated by the raiding force; the army leads -> 'military'. 'six militants were killed and two soldiers were wounded' -> 6 killed, 2 injured (the army's own figure, the only one). 'about two hours' is a span; the pickup truck belongs to the raid."),
E(10, ["a grenade was thrown at a police checkpoint in Galinsoor"],
  "GRN", "2026-03-18", "day", "Galinsoor", "SO", None, 2, "exact", None, None, False,
  "'On Wednesday evening' vs Friday 20 March -> 18 March. Unnamed thrower -> null. 'Two policemen were wounded' -> injured 2. 'more than 100 people have been questioned' are not arrests."),
E(10, ["a suicide bomber killed five soldiers at a base in Bahdo", "al-Shabaab claimed it within the hour"],
  "SUI", "2020-03-01", "month", "Bahdo", "SO", 5, None, "exact", "al-Shabaab", "al-Shabaab", True,
  "'In March 2020' -> month, background. 'al-Shabaab claimed it' -> claimant and perpetrator. 'killed five soldiers' -> 5. '888' is a phone number."),
]

# -------------------------------------------------------------- holdout15-011
ARTICLES.append(A(11, "en", "article", "2026-04-07T07:00:00Z",
"Analysis: Abudwak shows al-Shabaab's reach into Galmudug's quiet towns",
"""
The bombing in Abudwak on March 14 was not the deadliest al-Shabaab attack of the year, but it may prove one of the most telling. Two bombers, one at a hotel gate and one at a checkpoint down the road, killed 23 people, the attackers among them, and wounded 36. The group claimed it three days later.

Abudwak sits on the Ethiopian border, far from al-Shabaab's strongholds in the Juba valley. Its elders had kept the militants out largely by their own means. The attack suggests that this arrangement no longer holds.

The warning signs were there. In 2019, al-Shabaab fighters overran an army base near Dhabad, killing 12 soldiers before withdrawing with weapons and two vehicles. The base was rebuilt the following year.

Three years ago, gunmen kidnapped two aid workers near Wisil. They were released after 19 days, and their employer, a Kenyan charity, left the region.

In 2021, a US drone strike near Galcad killed four al-Shabaab fighters, according to the US Africa Command, which said no civilians had been harmed.

Last August, a roadside bomb hit a minibus near Guriel, killing six passengers, among them two children. Nobody claimed it, but local officials blamed the militants.

Taken together, these incidents point to a group that is probing the edges of Galmudug for weak points. According to a United Nations estimate, about 60,000 people were displaced in the region last year. Galmudug's police force has about 1,200 officers for a region larger than Belgium.

The state's leaders have two choices. They can wait for the federal army, which is stretched across four fronts, or they can invest in the clan militias and community police that kept towns like Abudwak safe for a decade.
"""))
GOLD += [
E(11, ["The bombing in Abudwak on March 14"],
  "SUI", "2026-03-14", "day", "Abudwak", "SO", 23, 36, "exact", "al-Shabaab", "al-Shabaab", False,
  "'on March 14' absolute (24 days before Tuesday 7 April -> current). Two bombers at two sites -> one event. 'killed 23 people, the attackers among them' -> 23 (inside); 'wounded 36' -> 36. 'The group claimed it' refers to al-Shabaab (named in the same sentence as 'al-Shabaab attack') -> claimant and perpetrator."),
E(11, ["al-Shabaab fighters overran an army base near Dhabad"],
  "BAT", "2019-01-01", "year", "Dhabad", "SO", 12, None, "exact", "al-Shabaab", None, True,
  "'In 2019' -> year, background. Fighters overrunning an army base -> Armed clash initiated by al-Shabaab (named as fact), no claim. 'killing 12 soldiers' -> 12. 'two vehicles' are not casualties."),
E(11, ["gunmen kidnapped two aid workers near Wisil"],
  "ABD", "2023-01-01", "year", "Wisil", "SO", None, None, None, None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. Unnamed gunmen -> null. '19 days' is a span; the two abductees are not casualties."),
E(11, ["a US drone strike near Galcad killed four al-Shabaab fighters"],
  "AIR", "2021-01-01", "year", "Galcad", "SO", 4, None, "exact", "US military", None, True,
  "'In 2021' -> year, background. A US drone strike -> 'US military' (dev foreign-forces convention). 'killed four al-Shabaab fighters' -> 4 (the acting force's own figure)."),
E(11, ["a roadside bomb hit a minibus near Guriel"],
  "IED", "2025-08-01", "month", "Guriel", "SO", 6, None, "exact", None, None, True,
  "'Last August' in an April 2026 article -> August 2025, month, background. 'Nobody claimed it, but local officials blamed the militants' names no group -> null. 'killing six passengers, among them two children' -> 6. '60,000 people', '1,200 officers', 'four fronts' are not casualties."),
]
