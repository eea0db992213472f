"""Authoring source of benchmarks/events_holdout9 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: a wire brief from Mosul, Iraq (holdout9-001), a wire brief from
Zamfara, Nigeria (002), the English round-up (003) and a TV bulletin from
northern Syria (004). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout9")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout9-001
ARTICLES.append(A(1, "en", "article", "2026-02-10T08:00:00Z",
"Roadside bomb kills two policemen in Mosul",
"""
BAGHDAD, Feb 10 (Wire) - A roadside bomb killed two policemen and wounded three passers-by in western Mawsil on Monday evening, Iraqi security officials said, the deadliest attack in the city since the autumn.

The device, hidden in a pile of rubble on the route a police patrol took every evening through the al-Yarmouk district, went off at about 7:40 p.m., an officer at the scene said. A 34-year-old shop owner was among the wounded, and two of them were still in hospital on Tuesday. The officer said the bomb may have been planted by Islamic State remnants who still move through the desert west of the city, but no group has claimed it.

Police sealed off the street and questioned about 40 residents; none was detained. A provincial police commander said 1,500 more officers would be posted in the western half of the city, which lies some 400 km north of Baghdad, before the end of the month.
"""))
GOLD += [
E(1, ["A roadside bomb killed two policemen", "The device, hidden in a pile of rubble", "the bomb may have been planted", "claimed it"],
  "IED", "2026-02-09", "day", "Mosul", "IQ", 2, 3, "exact", None, None, False,
  "'on Monday evening' vs Tuesday 10 February -> 9 February. 'Mawsil' -> Mosul (dev spelling rule); al-Yarmouk is a district of the city -> Mosul. 'may have been planted by Islamic State remnants' is speculation and 'no group has claimed it' -> perpetrator and claimant null. '7:40 p.m.', '34-year-old' (one of the three), 'two of them were still in hospital' (a subset of the three wounded, who are the total), 'about 40 residents' questioned (not arrested), '1,500 more officers', '400 km' are distractors."),
]

# --------------------------------------------------------------- holdout9-002
ARTICLES.append(A(2, "en", "article", "2026-03-05T11:00:00Z",
"Gunmen abduct 37 villagers in Zamfara",
"""
GUSAU, Nigeria, March 5 (Wire) - Gunmen on motorcycles abducted thirty-seven villagers, most of them women and children, from a farming settlement near Bukkuyum in Nigeria's Zamfara state on Tuesday night, police said on Thursday.

The kidnappers, who arrived on some 60 motorcycles, went from house to house for nearly three hours and set fire to 14 houses and a grain store before they left with their captives, Zamfara police spokesman Yazid Abubakar said. Nobody was killed, he said.

Relatives said the gang had demanded 50 million naira for the release of the captives, among them a 9-month-old baby. Police and soldiers were searching the forests around Bukkuyum, about 110 km west of Gusau, the spokesman said.

No group has claimed the abduction. Armed gangs known locally as bandits have kidnapped thousands of people for ransom in north-western Nigeria since 2020, and the state government says more than 200 villages have been emptied.
"""))
GOLD += [
E(2, ["Gunmen on motorcycles abducted thirty-seven villagers", "claimed the abduction"],
  "ABD", "2026-03-03", "day", "Bukkuyum", "NG", 0, None, "exact", None, None, False,
  "'on Tuesday night' vs Thursday 5 March -> 3 March. 'thirty-seven villagers' are abductees, not casualties. 'Nobody was killed' -> killed 0 (explicit zero); no statement about injuries -> injured null. Unnamed gunmen, no claim -> null. '60 motorcycles', 'three hours', '14 houses', '50 million naira', '9-month-old', '110 km', 'thousands ... since 2020' (cumulative), 'more than 200 villages' are distractors."),
]

# --------------------------------------------------------------- holdout9-003
ARTICLES.append(A(3, "en", "article", "2026-04-16T06:00:00Z",
"Security round-up, April 16",
"""
Our morning round-up of security incidents, compiled from officials, local media and our correspondents.

SOMALIA - Al-Shabaab fighters fired mortar shells at an army base in Dinsoor, in the Bay region, on Wednesday, killing three soldiers and wounding five, a local commander said. The group claimed responsibility for the shelling on its Andalus radio, saying it had killed 20 soldiers.

YEMEN - Elsewhere, a drone launched by the Houthis struck an army position near Harib, in Marib province, on Tuesday, killing four soldiers, the government army said. It said the drone was one of a dozen the rebels had flown at the front since March. The Houthis did not comment.

PAKISTAN - In a separate incident, gunmen stopped two passenger buses on the highway near Loralai, in Balochistan, late on Monday, checked the passengers' identity cards and shot dead 15 to 20 men, officials said. The exact toll was still being established on Wednesday. The Balochistan Liberation Army took credit for the killings in a message to reporters.

MALI - Meanwhile in Mali, troops arrested 12 suspected jihadists in Niafunké on Wednesday and seized 30 homemade bombs and eight motorbikes, the army said.

NIGERIA - In Borno state, several hundred farmers marched peacefully through Magumeri on Tuesday to demand military escorts to their fields after a string of killings this year. The march ended without incident after the local government chairman met its leaders.
"""))
GOLD += [
E(3, ["fired mortar shells at an army base in Dinsoor", "responsibility for the shelling"],
  "SHL", "2026-04-15", "day", "Dinsoor", "SO", 3, 5, "exact", "al-Shabaab", "al-Shabaab", False,
  "Round-up item, dated against the digest (holdout3 rule): 'on Wednesday' vs Thursday 16 April -> 15 April. Claimed on Andalus radio; its '20 soldiers' is a claimant's toll and is not used."),
E(3, ["a drone launched by the Houthis struck an army position near Harib"],
  "AIR", "2026-04-14", "day", "Harib", "YE", 4, None, "exact", "Houthis", None, False,
  "'on Tuesday' -> 14 April. The government army states the Houthis launched it; 'did not comment' is no denial -> perpetrator Houthis, no claim. 'a dozen' drones since March is a cumulative count, not casualties."),
E(3, ["gunmen stopped two passenger buses on the highway near Loralai", "took credit for the killings"],
  "ATK", "2026-04-13", "day", "Loralai", "PK", 15, None, "at_least", "Balochistan Liberation Army", "Balochistan Liberation Army", False,
  "'late on Monday' -> 13 April. Range '15 to 20' -> lower bound 15, at_least. 'took credit' is a claim -> claimant and perpetrator BLA. 'two passenger buses' is a distractor."),
E(3, ["troops arrested 12 suspected jihadists in Niafunké"],
  "ARR", "2026-04-15", "day", "Niafunké", "ML", None, None, None, "military", None, False,
  "'on Wednesday' -> 15 April. Arrests by the army -> military. '12' are arrestees; '30 homemade bombs' and 'eight motorbikes' seized belong to the arrest."),
E(3, ["several hundred farmers marched peacefully through Magumeri", "The march ended without incident"],
  "PP", "2026-04-14", "day", "Magumeri", "NG", None, None, None, None, None, False,
  "'on Tuesday' -> 14 April. A march with a demand, peaceful. 'a string of killings this year' is a generic reference, not coded; 'several hundred' are participants."),
]

# --------------------------------------------------------------- holdout9-004
ARTICLES.append(A(4, "en", "transcript", "2026-05-22T19:00:00Z",
"Evening news: car bomb in Tabqa",
"""
ANCHOR: Good evening. We start in northern Syria, where a car bomb has killed seven people at a security checkpoint in Tabqa. Our correspondent Rami Haddad is in Raqqa. Rami, what happened?

RAMI HADDAD: Thanks. The car, a white minibus that had been parked by the road, exploded at the entrance to the city at around eight this morning, right next to a checkpoint of General Security, the interior ministry's force. Seven people died, three of them officers, and eleven were wounded. This evening the Islamic State said through its Amaq agency that it carried out the bombing.

ANCHOR: Is anyone in custody?

RAMI HADDAD: Yes. The interior ministry says its men arrested six suspects in Raqqa this afternoon, and, um, it says about 300 people were questioned at checkpoints across the province. Just to give you a sense of this road, four years ago a similar car bomb at the same entrance killed nine people.

ANCHOR: There was also news from the east this week?

RAMI HADDAD: Right. The US military says a drone strike near Busayrah, in Deir ez-Zor province, on Wednesday killed two men it describes as senior Islamic State figures. Local sources say their car was hit by two missiles. No civilians were hurt, according to the US statement.

ANCHOR: And in Raqqa itself, people took to the streets?

RAMI HADDAD: Yes, a few hundred people, mostly relatives of detainees, rallied outside the governor's office on Thursday to demand the release of their sons. It was peaceful, and they went home after a delegation was received.

ANCHOR: Rami Haddad in Raqqa, thank you.
"""))
GOLD += [
E(4, ["a car bomb has killed seven people at a security checkpoint in Tabqa", "exploded at the entrance to the city", "it carried out the bombing"],
  "IED", "2026-05-22", "day", "Tabqa", "SY", 7, 11, "exact", "Islamic State", "Islamic State", False,
  "'this morning' -> 22 May (publication day). A parked car bomb, no bomber -> Remote explosive/IED. Claimed through Amaq -> Islamic State. 'three of them officers' is a subset; 'around eight' is a time."),
E(4, ["its men arrested six suspects in Raqqa"],
  "ARR", "2026-05-22", "day", "Raqqa", "SY", None, None, None, "police", None, False,
  "'this afternoon' -> 22 May. The interior ministry's men -> police. 'about 300 people were questioned' is not an arrest."),
E(4, ["a similar car bomb at the same entrance killed nine people"],
  "IED", "2022-01-01", "year", "Tabqa", "SY", 9, None, "exact", None, None, True,
  "'four years ago' vs 2026 -> 2022, year precision. 'the same entrance' -> the entrance to Tabqa. No actor named."),
E(4, ["a drone strike near Busayrah"],
  "AIR", "2026-05-20", "day", "Busayrah", "SY", 2, 0, "exact", "US military", None, False,
  "'on Wednesday' vs Friday 22 May -> 20 May. Announced by the US military -> foreign-force rule. 'No civilians were hurt' -> injured 0 (events_holdout6 Abu Kamal rule). 'two missiles' is a distractor."),
E(4, ["a few hundred people, mostly relatives of detainees, rallied outside the governor's office"],
  "PP", "2026-05-21", "day", "Raqqa", "SY", None, None, None, None, None, False,
  "'on Thursday' -> 21 May. A rally with a demand, peaceful. 'a few hundred' are participants."),
]
