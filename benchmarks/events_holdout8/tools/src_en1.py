"""Authoring source of benchmarks/events_holdout8 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in English: the Witu, Kenya bus bombing told over five days (a wire,
a local daily, a TV bulletin: holdout8-001 to 003), a Tunisian army report
(004) and a live blog of a Colombo protest (005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout8")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout8-001
ARTICLES.append(A(1, "en", "article", "2026-04-14T07:30:00Z",
"Kenya: at least nine killed as bus hits roadside bomb in Lamu County",
"""
MALINDI, April 14 (Wire) - At least nine people were killed and 14 wounded when a passenger bus hit a roadside bomb on the Witu-Garsen road in Lamu County late on Monday, police said.

The 52-seat bus, operated by a Malindi company, was carrying about 40 passengers when the device exploded roughly 8 km north of Witu, the county police commander told reporters. Six of the wounded were airlifted to Mombasa. It was the third explosive device found on that stretch of road since January.

No group has claimed the blast. The commander said the bomb "may have been planted by al-Shabaab elements hiding in the Boni forest", but stressed that investigations had only started.

On Sunday, Kenya Defence Forces soldiers killed four suspected militants in a raid on a camp near Bodhei, the military said, recovering two rifles, 300 rounds of ammunition and a solar panel. No soldier was hurt in the raid, it added.

Travel on the road was suspended overnight and resumed under escort at 6 a.m. on Tuesday, with convoys of 20 vehicles.

Lamu has seen sporadic attacks for a decade. In June 2023, a similar device destroyed a police truck near Bodhei, killing six officers. Residents say buses now pay drivers an extra 1,500 shillings a trip to work the route.
"""))
GOLD += [
E(1, ["a passenger bus hit a roadside bomb on the Witu-Garsen road", "the device exploded", "the blast"],
  "IED", "2026-04-13", "day", "Witu", "KE", 9, 14, "at_least", None, None, False,
  "'late on Monday' vs Tuesday 14 April -> 13 April. A road between two places -> the first-named place, Witu ('8 km north of Witu'). 'At least nine ... and 14 wounded' -> 9, 14, at_least. 'may have been planted by al-Shabaab' is speculation -> no perpetrator; no claim. '52-seat', 'about 40 passengers', 'Six of the wounded' (a subset), 'third explosive device', '6 a.m.', '20 vehicles', '1,500 shillings' are distractors."),
E(1, ["soldiers killed four suspected militants in a raid on a camp near Bodhei", "the raid"],
  "BAT", "2026-04-12", "day", "Bodhei", "KE", 4, 0, "exact", "military", None, False,
  "'On Sunday' -> 12 April. A raid by soldiers on an armed camp -> Armed clash initiated by the military (Kenya Defence Forces -> 'military', the country's own army). The acting force's own figure (4) is the only one; 'No soldier was hurt' -> injured 0. 'two rifles, 300 rounds' are seized weapons."),
E(1, ["a similar device destroyed a police truck near Bodhei"],
  "IED", "2023-06-01", "month", "Bodhei", "KE", 6, None, "exact", None, None, True,
  "'In June 2023' -> month precision. No actor named."),
]

# --------------------------------------------------------------- holdout8-002
ARTICLES.append(A(2, "en", "article", "2026-04-16T05:00:00Z",
"Witu bus bombing: toll rises to 12 as al-Shabaab claims attack",
"""
The death toll from Monday night's bus bombing outside Witu rose to 12 on Wednesday, up from the nine first reported, after three wounded passengers died at the Lamu and Malindi hospitals, county health officials said. The number of wounded still being treated now stands at eleven, among them a boy of seven.

Al-Shabaab claimed the attack on Wednesday through its radio station, saying its fighters had "killed 28 Kenyan crusader soldiers". Police said all the victims were civilians except one off-duty officer, but did not dispute that the group was behind the bomb.

Detectives on Wednesday arrested three men in Witu, aged 24, 29 and 35, suspected of having scouted the road for the bombers. Two motorcycles and 150,000 shillings in cash were seized, and five other people were questioned and released.

Hours later about 200 residents blocked the main road through Witu, burning tyres and demanding more security on the route. Police fired tear gas to clear the road. Nobody was hurt, the police said.

"We have buried our people, and tomorrow it could be any of us," said Mwanaisha Bakari, 46, whose brother, a teacher, was among the dead.

Transport operators said about 30 buses a day used the route before the attack; only four ran on Wednesday. The county has asked for 300 more officers and a second armoured escort. Interior officials said they would visit Witu on Friday.
"""))
GOLD += [
E(2, ["Monday night's bus bombing outside Witu", "claimed the attack on Wednesday", "the bomb#1"],
  "IED", "2026-04-13", "day", "Witu", "KE", 12, 11, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Monday night' vs Thursday 16 April -> 13 April. 'rose to 12 ... up from the nine first reported' -> 12, exact (three wounded died). The latest wounded figure is 'now stands at eleven' -> 11 (those who died are in the killed figure only). Claimed by al-Shabaab; police dispute the victims, not the authorship -> perpetrator al-Shabaab. The claim's '28 Kenyan crusader soldiers' is not used. 'a boy of seven' is an age."),
E(2, ["Detectives on Wednesday arrested three men in Witu"],
  "ARR", "2026-04-15", "day", "Witu", "KE", None, None, None, "police", None, False,
  "'on Wednesday' -> 15 April. Detectives -> police. Ages '24, 29 and 35', 'Two motorcycles', '150,000 shillings' are distractors; 'five other people were questioned' is not an arrest."),
E(2, ["about 200 residents blocked the main road through Witu"],
  "PI", "2026-04-15", "day", "Witu", "KE", 0, 0, "exact", None, None, False,
  "'Hours later' the same Wednesday -> 15 April. A road blockade with burning tyres cleared with tear gas -> Protest with intervention (events_holdout6 Tinsukia rule). 'Nobody was hurt' -> 0/0. 'about 200' are participants."),
]

# --------------------------------------------------------------- holdout8-003
ARTICLES.append(A(3, "en", "transcript", "2026-04-18T17:00:00Z",
"Coast Evening News, Saturday: Witu toll, Hindi shoot-out, Wajir abduction",
"""
ANCHOR: Good evening. The number of people killed in Monday's bus bombing near Witu has risen again. Our correspondent Hassan Omar is in Lamu. Hassan?

HASSAN OMAR: Thank you. Yes, a woman who had been in intensive care at Malindi hospital died last night, so the toll is now thirteen. Ten other passengers are still being treated, two of them, er, in a serious condition. You'll remember al-Shabaab claimed this attack on Wednesday.

ANCHOR: And there was a shoot-out near Hindi?

HASSAN OMAR: That's right. Police say officers went to arrest two suspects at a house outside Hindi yesterday afternoon, and the men opened fire. Both suspects were shot dead in the exchange. Police say they recovered, um, an AK-47, three magazines and about five kilos of what they call explosive material. One officer was slightly injured.

ANCHOR: Turning to the north-east now. Two quarry workers were abducted in Wajir on Thursday?

HASSAN OMAR: Yes, gunmen seized two men from Embu, aged 31 and 38, from a quarry on the outskirts of Wajir town on Thursday evening. Their employer says the kidnappers have not called. Nobody has claimed it, and police will not speculate on who took them.

ANCHOR: Hassan, how are people coping in Witu?

HASSAN OMAR: Er, it's very quiet. Schools reopen on Monday. About 1,200 pupils have been off since the attack, and the county says 150 families have left for Mokowe.

ANCHOR: Hassan Omar in Lamu, thank you. The emergency line for reporting suspicious objects is 112.
"""))
GOLD += [
E(3, ["Monday's bus bombing near Witu", "claimed this attack"],
  "IED", "2026-04-13", "day", "Witu", "KE", 13, 10, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Monday' vs Saturday 18 April -> 13 April. 'the toll is now thirteen' -> 13; 'Ten other passengers are still being treated' is the only wounded figure in this document -> 10. Claimed by al-Shabaab (stated by the correspondent, undisputed). 'two of them' is a subset."),
E(3, ["a shoot-out near Hindi", "officers went to arrest two suspects at a house outside Hindi", "the exchange"],
  "BAT", "2026-04-17", "day", "Hindi", "KE", 2, 1, "exact", "police", None, False,
  "'yesterday afternoon' -> 17 April. A raid ending in a shoot-out is an Armed clash initiated by the raiding force (police), even though the suspects fired first (events_holdout Tank raid). 2 killed, 'One officer was slightly injured' -> 1. 'an AK-47, three magazines', 'five kilos' are seizures."),
E(3, ["Two quarry workers were abducted in Wajir on Thursday", "gunmen seized two men from Embu"],
  "ABD", "2026-04-16", "day", "Wajir", "KE", None, None, None, None, None, False,
  "'on Thursday' -> 16 April. Gunmen unnamed -> null. Ages '31 and 38' and the two abductees are not casualties. Embu is the men's home town, not the event place."),
]

# --------------------------------------------------------------- holdout8-004
ARTICLES.append(A(4, "en", "article", "2026-05-08T11:00:00Z",
"Tunisia: two soldiers killed by landmine near Kasserine, army strikes militant hideouts",
"""
TUNIS, May 8 (Wire) - Two Tunisian soldiers were killed and three wounded on Thursday when their patrol vehicle drove over a landmine on Mount Chaambi, near Kasserine, the defence ministry said.

The ministry blamed fighters of the Okba Ibn Nafaa Brigade, al-Qaeda's local affiliate, for laying the mine, which it said contained about 12 kilos of explosives. One of the dead was a 23-year-old conscript from Gafsa, the ministry said.

Hours later, army helicopters struck militant hideouts on Mount Semmama, killing "at least three terrorists", according to a ministry statement that gave no further details. The figure could not be independently confirmed.

Separately, the National Guard said on Friday it had arrested five suspects in Sidi Bouzid accused of supplying food and mobile phone credit to the fighters. It said it had seized 4,000 dinars and two hunting rifles.

The mountains along the Algerian border have sheltered armed groups since 2012. In August 2024, militants ambushed a National Guard patrol near Sbiba, killing two guards; the Islamic State's Tunisian branch, Jund al-Khilafa, claimed that ambush. Three years ago a shepherd, 15, lost a leg to a mine near Kasserine, an incident that led to a ban on grazing in parts of the area.

Around 70 per cent of the mountain area remains a closed military zone, and the ministry says some 1,500 troops are deployed there.
"""))
GOLD += [
E(4, ["their patrol vehicle drove over a landmine on Mount Chaambi", "laying the mine"],
  "IED", "2026-05-07", "day", "Kasserine", "TN", 2, 3, "exact", "Okba Ibn Nafaa Brigade", None, False,
  "'on Thursday' vs Friday 8 May -> 7 May. A landmine -> Remote explosive/landmine/IED. Mount Chaambi has no town; coded to the named town it is 'near', Kasserine. The ministry's blame stated as fact, no denial -> perpetrator 'Okba Ibn Nafaa Brigade' (new canonical name). '12 kilos', '23-year-old' are distractors."),
E(4, ["army helicopters struck militant hideouts on Mount Semmama"],
  "AIR", "2026-05-07", "day", "Mount Semmama", "TN", 3, None, "at_least", "military", None, False,
  "'Hours later' on Thursday -> 7 May. Helicopters -> Air/drone strike. No town named: coded by the mountain's own name (as Sambisa Forest, Tirah). The acting force's own figure is the only one -> 3, at_least."),
E(4, ["it had arrested five suspects in Sidi Bouzid"],
  "ARR", "2026-05-08", "day", "Sidi Bouzid", "TN", None, None, None, "police", None, False,
  "'said on Friday it had arrested' -> only the announcement date is known -> 8 May. National Guard (a gendarmerie) -> police. '4,000 dinars', 'two hunting rifles' are seizures."),
E(4, ["militants ambushed a National Guard patrol near Sbiba", "that ambush"],
  "BAT", "2024-08-01", "month", "Sbiba", "TN", 2, None, "exact", "Islamic State", "Islamic State", True,
  "'In August 2024' -> month. An ambush on an armed patrol -> Armed clash, initiated by the ambushers; claimed by Jund al-Khilafa, the Islamic State's Tunisian branch -> 'Islamic State'."),
E(4, ["a shepherd, 15, lost a leg to a mine near Kasserine"],
  "IED", "2023-01-01", "year", "Kasserine", "TN", None, 1, "exact", None, None, True,
  "'Three years ago' -> 2023, year. A leftover mine wounding a shepherd -> IED, 1 injured ('lost a leg'); no killed figure. '15' is an age; 'since 2012', '70 per cent', '1,500 troops' are not events or casualties."),
]

# --------------------------------------------------------------- holdout8-005
ARTICLES.append(A(5, "en", "article", "2026-07-22T15:30:00Z",
"Live: fuel-price protest in Colombo turns violent",
"""
Latest updates, newest first. All times are Sri Lanka time (UTC+5:30).

20:55 - The health ministry says one protester, a 58-year-old three-wheeler driver, has died of head injuries at the National Hospital. The number of injured now stands at 31, including 11 police officers. Police have lifted the curfew order they had considered for central Colombo.

20:10 - Police say 47 people were arrested during the afternoon clashes and will be produced before a magistrate on Thursday. Officers also found a hand grenade in a bag near Lotus Road; the Special Task Force defused it. Nobody was hurt.

19:30 - In Kandy, about 2,000 people held a candle-lit vigil outside the municipal council against the price rise. Organisers said it passed without incident.

18:45 - Hospital sources now put the number of injured at 25, up from the 14 we reported at 17:00.

17:00 - At least 14 people, among them six officers, have been taken to hospital. Protesters threw stones and set fire to two buses on Galle Road; police responded with tear gas and water cannon.

16:20 - Thousands of protesters have broken through a police line near the Parliament road at Battaramulla and are marching toward the city centre. The fuel price went up 18 per cent at midnight.

14:30 - A march called by three transport unions has left Maradana station. Organisers expect 10,000 people.
"""))
GOLD += [
E(5, ["the afternoon clashes", "Protesters threw stones and set fire to two buses on Galle Road"],
  "RIOT", "2026-07-22", "day", "Colombo", "LK", 1, 31, "exact", None, None, False,
  "Blog of Wednesday 22 July, newest first (UTC+5:30; all entries fall on the UTC publication date). A march that turns to stone-throwing and burning buses -> Violent demonstration. Final figures are those of the top entry: 1 killed, 31 injured ('including 11 police officers' is a subset), up from 14 and 25. Battaramulla and Galle Road are parts of the Colombo area -> Colombo. '58-year-old', '18 per cent', '10,000', 'two buses' are distractors. The march at 14:30 and the breach at 16:20 are the same episode; their wording names no violence and is not a trigger."),
E(5, ["47 people were arrested"],
  "ARR", "2026-07-22", "day", "Colombo", "LK", None, None, None, "police", None, False,
  "Protesters' arrests reported on their own -> a separate Arrests event; police."),
E(5, ["found a hand grenade in a bag near Lotus Road; the Special Task Force defused it"],
  "DWU", "2026-07-22", "day", "Colombo", "LK", 0, 0, "exact", "police", None, False,
  "A device defused on its own -> Disrupted weapons use; 'Nobody was hurt' -> 0/0. The Special Task Force is a police commando unit -> police."),
E(5, ["about 2,000 people held a candle-lit vigil outside the municipal council against the price rise"],
  "PP", "2026-07-22", "day", "Kandy", "LK", None, None, None, None, None, False,
  "A vigil with a demand, 'passed without incident' -> Peaceful protest. '2,000' are participants."),
]
