"""Authoring source of benchmarks/events_holdout8 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in English: a North Sinai wire (holdout8-006), a Kenyan police press
statement (007), a weekly round-up (008), an opinion piece on Sinai with a
timeline (009) and a film review with no event (010). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout8")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout8-006
ARTICLES.append(A(6, "en", "article", "2026-09-10T08:00:00Z",
"Egypt: three soldiers killed by roadside bomb in North Sinai",
"""
ISMAILIA, Sept 10 (Wire) - Three Egyptian soldiers were killed and two wounded on Wednesday when a roadside bomb hit their armoured vehicle south of Sheikh Zuweid, in North Sinai, the military spokesman said.

The Islamic State's Sinai Province claimed the bombing late on Wednesday through its Amaq agency, saying it had "destroyed a tank and killed eight apostates". The army did not comment on the claim. One of the dead, a 21-year-old conscript from Sohag, was buried on Thursday morning.

The spokesman also said troops had killed nearly twenty militants in an exchange of fire near Bir al-Abd on Tuesday, and seized four machine guns, 30 kilos of explosives and a pickup truck. He gave no figure for army casualties in that operation.

In Ismailia, the interior ministry said on Wednesday it had arrested six members of a cell that was planning attacks on police stations. It offered a reward of 500,000 pounds for information on two others.

Residents of Rafah, near the Gaza border, said a drone struck a car on Monday, killing two men from a local family. The army did not comment, and the residents did not say whose drone it was. The town has been largely emptied since 2014, and more than 20,000 people from the area live elsewhere.

North Sinai had been largely calm for two years before this summer, when attacks began to rise again, officials say.
"""))
GOLD += [
E(6, ["a roadside bomb hit their armoured vehicle south of Sheikh Zuweid", "claimed the bombing"],
  "IED", "2026-09-09", "day", "Sheikh Zuweid", "EG", 3, 2, "exact", "Islamic State", "Islamic State", False,
  "'on Wednesday' vs Thursday 10 Sept -> 9 Sept. Claimed by the Islamic State's Sinai Province -> 'Islamic State'; the army does not dispute it. The claim's 'eight apostates' is not used. '21-year-old' is an age."),
E(6, ["troops had killed nearly twenty militants in an exchange of fire near Bir al-Abd", "that operation"],
  "BAT", "2026-09-08", "day", "Bir al-Abd", "EG", 20, None, "about", "military", None, False,
  "'on Tuesday' -> 8 Sept. An army operation with an exchange of fire -> Armed clash initiated by the military. The acting force's 'nearly twenty' is the only figure -> 20, about. 'four machine guns, 30 kilos', 'a pickup truck' are seizures."),
E(6, ["it had arrested six members of a cell"],
  "ARR", "2026-09-09", "day", "Ismailia", "EG", None, None, None, "police", None, False,
  "'said on Wednesday it had arrested' -> dated to the announcement, 9 Sept. Interior ministry -> police. '500,000 pounds' is a reward."),
E(6, ["a drone struck a car on Monday"],
  "AIR", "2026-09-07", "day", "Rafah", "EG", 2, None, "exact", None, None, False,
  "'on Monday' -> 7 Sept. Egyptian Rafah (near the Gaza border), EG. No actor named -> null. 'since 2014' and '20,000 people' are not casualties."),
]

# --------------------------------------------------------------- holdout8-007
ARTICLES.append(A(7, "en", "article", "2026-05-23T09:00:00Z",
"National Police Service statement on attacks in Kapedo and Moyale",
"""
NATIONAL POLICE SERVICE - PRESS STATEMENT

The National Police Service wishes to inform the public of the following incidents.

1. On 21st May 2026 at about 0630hrs, a group of armed bandits numbering about 40 attacked the General Service Unit camp at Kapedo, on the border of Baringo and Turkana counties. Officers repulsed the attack after a fierce exchange of fire lasting about two hours. Two (2) officers and one (1) civilian, a herder aged 19, lost their lives, and three (3) officers sustained gunshot injuries and were airlifted to Nakuru. Four (4) bandits were neutralised during the attack, and two (2) AK-47 rifles and 116 rounds of ammunition were recovered. Reports on social media that "over 20 officers" were killed are false.

2. On 20th May 2026 at about 2200hrs, an unknown person threw a grenade into a bar in Moyale town, injuring four (4) patrons. No one was killed. On 22nd May 2026, officers in Moyale arrested three (3) suspects in connection with the grenade attack. A pistol and Ksh 82,000 were recovered.

3. This is the second attack on our officers in the region this year. On 14th February 2026, bandits ambushed a police patrol at Chemolingot, killing one (1) officer.

The Service has deployed 350 additional officers to the affected areas. Members of the public with information are urged to call 999 or the toll-free line 0800 722 600.

Issued by the Police Spokesperson, Nairobi.
"""))
GOLD += [
E(7, ["armed bandits numbering about 40 attacked the General Service Unit camp at Kapedo", "repulsed the attack", "a fierce exchange of fire", "during the attack"],
  "BAT", "2026-05-21", "day", "Kapedo", "KE", 7, 3, "exact", None, None, False,
  "21 May. An attack on an armed police camp with an exchange of fire -> Armed clash; bandits unnamed -> null. 'Two (2) officers and one (1) civilian' + 'Four (4) bandits' = 7, exact; 'three (3) officers' injured. 'about 40' attackers, '0630hrs', 'two hours', 'aged 19', '116 rounds' are distractors; the social-media 'over 20 officers' is called false and is not used."),
E(7, ["threw a grenade into a bar in Moyale town", "the grenade attack"],
  "GRN", "2026-05-20", "day", "Moyale", "KE", 0, 4, "exact", None, None, False,
  "20 May. 'No one was killed' -> 0; 'injuring four (4) patrons' -> 4. An unknown person -> null. '2200hrs' is a time."),
E(7, ["officers in Moyale arrested three (3) suspects"],
  "ARR", "2026-05-22", "day", "Moyale", "KE", None, None, None, "police", None, False,
  "22 May. 'A pistol and Ksh 82,000' were seized in the arrest."),
E(7, ["bandits ambushed a police patrol at Chemolingot"],
  "BAT", "2026-02-14", "day", "Chemolingot", "KE", 1, None, "exact", None, None, True,
  "14 Feb 2026, 98 days before -> background. An ambush on an armed patrol -> Armed clash; unnamed bandits -> null. '350 additional officers' and the phone numbers are distractors."),
]

# --------------------------------------------------------------- holdout8-008
ARTICLES.append(A(8, "en", "article", "2026-08-29T07:00:00Z",
"The week in security: August 22-28",
"""
Our weekly round-up of security incidents from the countries we follow, compiled from our correspondents and local media.

BENIN - Two police officers were killed and a third wounded on Monday when their vehicle struck an improvised explosive device near Bembèrèkè, on the road to Kalalé. It was the 11th such blast in the north this year.

NIGER - Gunmen abducted a parish priest and two catechists near Falmey, in the Dosso region, on Tuesday. The diocese said on Thursday that no ransom demand had been received.

KENYA - A clash between herders from two communities over a water point at Dukana, in Marsabit County, left five people dead on Wednesday, police said. Some 600 head of cattle were driven off.

SRI LANKA - A pipe bomb went off outside a bus depot in Vavuniya early on Thursday, damaging three buses. There were no casualties, police said.

MEXICO - Drones dropped explosives on a municipal police post in Zitácuaro, Michoacán, on Friday night, wounding three officers. State officials blamed La Familia Michoacana.

EGYPT - The interior ministry said on Sunday that its forces had killed four members of the Hasm movement in a shoot-out in Giza after they opened fire on officers sent to arrest them.

TUNISIA - About 300 unemployed graduates marched peacefully in Gafsa on Tuesday, their 40th day of protest, to demand jobs at the phosphate company.

COLOMBIA - FARC dissidents of the Carolina Ramírez front ambushed an army patrol near Puerto Leguízamo, Putumayo, on Thursday, killing three soldiers, the army said. Two of the attackers were also killed.
"""))
GOLD += [
E(8, ["their vehicle struck an improvised explosive device near Bembèrèkè"],
  "IED", "2026-08-24", "day", "Bembèrèkè", "BJ", 2, 1, "exact", None, None, False,
  "Round-up of Saturday 29 Aug; 'on Monday' -> 24 Aug. 'near Bembèrèkè, on the road to Kalalé' -> the first-named place. 'the 11th such blast' is a cumulative figure."),
E(8, ["Gunmen abducted a parish priest and two catechists near Falmey"],
  "ABD", "2026-08-25", "day", "Falmey", "NE", None, None, None, None, None, False,
  "'on Tuesday' -> 25 Aug. Unnamed gunmen -> null; abductees are not casualties."),
E(8, ["A clash between herders from two communities over a water point at Dukana"],
  "BAT", "2026-08-26", "day", "Dukana", "KE", 5, None, "exact", None, None, False,
  "'on Wednesday' -> 26 Aug. A communal armed clash, no initiator -> null. '600 head of cattle' are not casualties."),
E(8, ["A pipe bomb went off outside a bus depot in Vavuniya"],
  "IED", "2026-08-27", "day", "Vavuniya", "LK", 0, 0, "exact", None, None, False,
  "'early on Thursday' -> 27 Aug. 'There were no casualties' -> 0/0 (dev rule). 'three buses' damaged are not casualties."),
E(8, ["Drones dropped explosives on a municipal police post in Zitácuaro"],
  "AIR", "2026-08-28", "day", "Zitácuaro", "MX", None, 3, "exact", "La Familia Michoacana", None, False,
  "'on Friday night' -> 28 Aug. Drones dropping explosives -> Air/drone strike (events_holdout4 El Aguaje). State officials' blame stated as fact -> 'La Familia Michoacana' (new canonical name). Killed not stated -> null; 3 wounded."),
E(8, ["its forces had killed four members of the Hasm movement in a shoot-out in Giza"],
  "BAT", "2026-08-23", "day", "Giza", "EG", 4, None, "exact", "police", None, False,
  "'said on Sunday' -> announcement date 23 Aug (no other date). A raid that turns into a shoot-out -> Armed clash initiated by the raiding force (interior ministry -> police), although the suspects opened fire."),
E(8, ["About 300 unemployed graduates marched peacefully in Gafsa"],
  "PP", "2026-08-25", "day", "Gafsa", "TN", None, None, None, None, None, False,
  "'on Tuesday' -> 25 Aug. 'their 40th day of protest' is an ongoing movement; the march on Tuesday is the event. 'About 300' are participants."),
E(8, ["FARC dissidents of the Carolina Ramírez front ambushed an army patrol near Puerto Leguízamo"],
  "BAT", "2026-08-27", "day", "Puerto Leguízamo", "CO", 5, None, "exact", "FARC dissidents", None, False,
  "'on Thursday' -> 27 Aug. The army's account stated as fact -> 'FARC dissidents' (Carolina Ramírez front). 'three soldiers' + 'Two of the attackers' = 5."),
]

# --------------------------------------------------------------- holdout8-009
ARTICLES.append(A(9, "en", "article", "2026-10-12T06:00:00Z",
"Opinion: Sinai's long war never really ended",
"""
Last Tuesday's bombing of a water station near Sheikh Zuweid killed a guard and wounded four workers. Officials called it an isolated act. It bore, a security source told me, "the hallmarks" of the Islamic State's Sinai Province, although nobody has claimed it. I have heard the word "isolated" many times in ten years of reporting from this peninsula.

On Saturday, police arrested 14 men in Nakhl, 200 km to the south, whom they accuse of smuggling the explosives. Their families say most of them are drivers aged between 20 and 30 who carry fuel, not bombs.

Consider the record. In October 2020, militants stormed a checkpoint near Maghara, killing nine soldiers; the army said at least 15 of the attackers died. In 2022, two suicide car bombers struck the gate of a camp outside Hasana minutes apart, killing four soldiers as well as both bombers and wounding dozens, and the Islamic State claimed the twin attack within hours. Two years ago, hundreds of displaced residents of Sheikh Zuweid held a peaceful sit-in to demand the right to go home; it ended after nine days with promises that were never kept.

Those promises matter. More than 1,000 soldiers and police have been killed in the peninsula since 2013, by official count, and tens of thousands of people remain displaced. A generation has grown up behind checkpoints.

The state has won battles. It has not yet offered the people of North Sinai a reason to believe the war is over. Rebuilding the 300 homes demolished along the border would be a start.
"""))
GOLD += [
E(9, ["Last Tuesday's bombing of a water station near Sheikh Zuweid"],
  "IED", "2026-10-06", "day", "Sheikh Zuweid", "EG", 1, 4, "exact", None, None, False,
  "Published Monday 12 Oct; 'Last Tuesday's' -> 6 Oct. 'bore the hallmarks' is speculation and 'nobody has claimed it' -> no perpetrator, no claimant. A bombing with no device type named is coded as an IED (no suicide, no air strike)."),
E(9, ["police arrested 14 men in Nakhl"],
  "ARR", "2026-10-10", "day", "Nakhl", "EG", None, None, None, "police", None, False,
  "'On Saturday' -> 10 Oct. '200 km', 'aged between 20 and 30' are distractors."),
E(9, ["militants stormed a checkpoint near Maghara"],
  "BAT", "2020-10-01", "month", "Maghara", "EG", 24, None, "at_least", None, None, True,
  "'In October 2020' -> month. An assault on an army checkpoint -> Armed clash; unnamed militants -> null. 'nine soldiers' + 'at least 15 of the attackers' = 24, at_least."),
E(9, ["two suicide car bombers struck the gate of a camp outside Hasana minutes apart", "the twin attack"],
  "SUI", "2022-01-01", "year", "Hasana", "EG", 6, 12, "exact", "Islamic State", "Islamic State", True,
  "'In 2022' -> year. Twin suicide vehicle bombs at one camp gate, minutes apart -> one Suicide bomb event (events_holdout Gao rule). 'killing four soldiers as well as both bombers' -> the text counts the bombers -> 6 (events_test rule). 'wounding dozens' -> 12 (dev table); the qualifier describes the killed figure -> exact. Claimed by the Islamic State."),
E(9, ["hundreds of displaced residents of Sheikh Zuweid held a peaceful sit-in"],
  "PP", "2024-01-01", "year", "Sheikh Zuweid", "EG", None, None, None, None, None, True,
  "'Two years ago' -> 2024, year. A sit-in with a demand, peaceful -> Peaceful protest, dated at its start. 'nine days' is a span. 'More than 1,000 soldiers and police ... since 2013' is a cumulative statistic, not coded."),
]

# --------------------------------------------------------------- holdout8-010
ARTICLES.append(A(10, "en", "article", "2026-11-06T10:00:00Z",
"Review: 'The Lagoon' is a war film that refuses to look away",
"""
The opening ten minutes of "The Lagoon" are a brutal ambush: a patrol boat is hit by rocket fire, a bomb goes off on the jetty, and by the time the smoke clears forty soldiers lie dead in the shallows. It is a massacre staged with such control that the audience at Thursday's premiere in Colombo sat in silence for a full minute afterwards.

Director Anoma Perera, 44, spent six years on the film, which follows a fisherman and his two sons through the last months of Sri Lanka's civil war. She shot it in 58 days on the east coast, with 900 extras and a crew of 140, and a budget of about 2.3 million dollars.

The film's explosions are practical effects, and Perera says no one was injured during the shoot, "not even a twisted ankle". The shelling sequence at the midpoint, filmed at night in a single take, is the most frightening thing I have seen on a screen this year.

Not everything works. The second hour drags, a subplot about a smuggling ring is killed off almost as soon as it starts, and the score bombards us with strings whenever emotion is required.

But the performances are explosive. Dilan Jayasuriya, as the elder son, is devastating, and Nirmala Fernando steals every scene she is in. The final shot, of a boy counting the bodies of birds on the beach, will stay with me for a long time.

"The Lagoon" opens in 40 cinemas across the island on Friday. Running time: 2 hours 21 minutes. Rated 15.
"""))
