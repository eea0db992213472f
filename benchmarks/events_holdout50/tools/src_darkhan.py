"""Authoring source of benchmarks/events_holdout50 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Darkhan, Mongolia cluster (holdout50-001 to 005; English and
French), two suicide bombers on Saturday 18 April 2026 at two sites of one
town (the Old Town market and the railway station forecourt, about 600 m
and six minutes apart): an English wire with the first report (001), the
incident log of the Darkhan fire and rescue unit (002), an English wire on
the claim and an arrest at the Chinese border (003), a French veterinary
clinic's notice to pet owners ("avis aux propriétaires d'animaux", fr 004)
and the closure notice of the provincial public library (005). Mongolia is
UTC+8: every publication time here is between 02:00 and 08:00 UTC (10:00
to 16:00 in Darkhan), so every local date is the UTC date. The gold spells
the places "Darkhan", "Erdenet", "Zamyn-Üüd" and "Choibalsan" (the usual
English forms; the border town keeps its Mongolian "Üüd"). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout50")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout50-001
ARTICLES.append(A(1, "en", "article", "2026-04-18T08:00:00Z",
"Twin suicide blasts kill at least ten in Mongolia's Darkhan",
"""
DARKHAN, Mongolia (Steppe Wire) - Two suicide bombers blew themselves up six minutes apart in the northern Mongolian city of Darkhan on Saturday, killing at least eight people besides themselves and wounding dozens, in the first such attack the country has known, officials said.

The first bomber set off his explosives at about 11:20 a.m. between the meat and dairy rows of the Old Town market, which was crowded with families shopping before a spring holiday. The second detonated a belt at 11:26 on the forecourt of the railway station, about 600 metres to the east, where passengers were waiting for the 11:40 train to the capital.

"I heard the first bang and then people started running towards the station, straight into the second one," said Oyunchimeg, 52, who sells felt boots from stall 114. A provincial health official said the wounded had been taken to the regional hospital, which has 450 beds, and that six of them were in critical condition.

No group had claimed the bombings by late afternoon. Police were examining whether the attack may be linked to Mongolians who fought in Syria, a security official said, speaking on condition of anonymity.

Mongolia has been largely spared political violence. In 2019, a homemade bomb went off outside a bank branch in Choibalsan, in the east, wounding a night guard; its maker, a former employee, was sentenced to 12 years.

The government declared two days of mourning. Darkhan, home to about 90,000 people and 220 km north of Ulaanbaatar, was sealed off, and about 800 police officers were sent from the capital. Schools in the province, 61 of them, will stay closed on Monday. A hotline for relatives, 1800-2045, opened at 2 p.m.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart", "The first bomber set off his explosives", "The second detonated a belt", "the bombings", "the attack"],
  "SUI", "2026-04-18", "day", "Darkhan", "MN", 10, 12, "at_least", None, None, False,
  "Wire of Saturday 18 April 2026 (16:00 in Darkhan); 'on Saturday' = the publication day. Two sites of one town (the Old Town market and the railway station forecourt, 'about 600 metres' apart, 11:20 and 11:26) -> ONE Suicide bomb event coded to the town (events_holdout10's Koupéla convention). First report: 'killing at least eight people besides themselves and wounding dozens' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 'dozens' -> 12 (dev table; the qualifier describes the killed figure). No claim ('No group had claimed'); 'may be linked to Mongolians who fought in Syria' is speculation and names no group -> perpetrator null. 'six of them were in critical condition' is a subset of the wounded. '11:20 a.m.', '11:26', '600 metres', '11:40', '52', 'stall 114', '450 beds', '12 years' (a sentence), '90,000 people', '220 km', '800 police officers', '61' (schools closed), '1800-2045', '2 p.m.' are not casualties. 'first such attack' is generic."),
E(1, ["a homemade bomb went off outside a bank branch in Choibalsan"],
  "IED", "2019-01-01", "year", "Choibalsan", "MN", None, 1, "exact", None, None, True,
  "'In 2019' -> year, background. A homemade bomb -> Remote explosive/landmine/IED. 'wounding a night guard' -> injured 1, exact; killed null (no death told). Its maker, 'a former employee' jailed for 12 years, is an unnamed individual -> perpetrator null; the sentence is not an event."),
]

# -------------------------------------------------------------- holdout50-002
ARTICLES.append(A(2, "en", "article", "2026-04-19T03:00:00Z",
"Darkhan fire and rescue: log of the day of the bombings",
"""
DARKHAN-UUL PROVINCE EMERGENCY MANAGEMENT DEPARTMENT. FIRE AND RESCUE UNIT No. 21 (DARKHAN). INCIDENT LOG, SATURDAY 18 APRIL 2026, released to the press on Sunday 19 April at 11:00. Times are local (UTC+8).

11:21 Call from the Old Town market: explosion in the meat row, fire in two kiosks. Engines 21-1 and 21-2 dispatched with 14 firefighters.

11:27 Second explosion reported on the railway station forecourt. Engine 21-3 and the rescue truck dispatched.

11:31 Engine 21-1 on scene. Many casualties on the ground. A 50 kg gas cylinder removed from a burning kiosk.

11:44 Kiosk fire extinguished with 6,000 litres of water. Search of the stalls begins with two thermal cameras.

12:10 First count passed to the command post: at least nine dead at the two sites, including the two attackers, dozens hurt.

12:35 Station forecourt: glass and debris over 40 metres. Power to the ticket hall cut at the request of the police bomb squad.

14:50 Engines 21-1 and 21-2 stand down. Engine 21-3 remains at the station with a crew of 5.

17:05 The market's owner asks to re-enter his office; questioned by police on the spot and allowed to leave.

22:40 Police inform the command post that two men were arrested in Erdenet at 21:15 and that the road checkpoints can be lifted. Rescue truck released.

23:30 Final figure for the day from the regional hospital: 12 people killed, including both bombers, and 47 wounded. No firefighter was hurt.

ADDENDUM, SUNDAY 19 APRIL, 07:00. The regional hospital reports that a woman aged 63 died of her wounds during the night. The toll of the bombings now stands at 13 dead, the two bombers included. The number of wounded treated remains 47.

Unit commander: Major Ganzorig Batsaikhan. Equipment used: 3 engines, 1 rescue truck, 2 thermal cameras, 11 breathing sets. Hydrant No. 4 on Market Street was out of order and has been reported to the water company. Temperature at 11:00: 4 degrees, wind 7 metres per second from the north-west.
"""))
GOLD += [
E(2, ["explosion in the meat row", "Second explosion reported on the railway station forecourt", "The toll of the bombings"],
  "SUI", "2026-04-18", "day", "Darkhan", "MN", 13, 47, "exact", None, None, False,
  "Fire brigade log of Saturday 18 April 2026, released Sunday 19 April; the header dates the entries to 18 April. The two explosions six minutes apart at the market and the station forecourt are ONE Suicide bomb event coded to Darkhan (the log says 'both bombers'). The toll is revised inside: 'at least nine dead ... dozens hurt' (12:10) and '12 people killed, including both bombers, and 47 wounded' (23:30) are superseded by the addendum: 'now stands at 13 dead, the two bombers included' with 'wounded ... remains 47' -> killed 13 (bombers inside), injured 47, exact; the woman aged 63 who died overnight is inside the 13 and is not removed from the wounded (events_holdout16). No claim, no group -> perpetrator null. 'No firefighter was hurt' is about the crews, not a zero toll. 'No. 21', '11:00', 'UTC+8', the times of the entries, '21-1', '21-2', '21-3', '14 firefighters', '50 kg', '6,000 litres', 'two thermal cameras', '40 metres', 'a crew of 5', '63', '3 engines', '11 breathing sets', 'Hydrant No. 4', '4 degrees', '7 metres per second' are not casualties."),
E(2, ["two men were arrested in Erdenet at 21:15"],
  "ARR", "2026-04-18", "day", "Erdenet", "MN", None, None, None, "police", None, False,
  "Log entry of 22:40 on Saturday 18 April: 'two men were arrested in Erdenet at 21:15' -> 18 April, Erdenet. Told by the police -> 'police'. The market owner 'questioned by police on the spot and allowed to leave' (17:05) is not arrested."),
]

# -------------------------------------------------------------- holdout50-003
ARTICLES.append(A(3, "en", "article", "2026-04-21T06:00:00Z",
"Uyghur militant group claims Mongolia bombings; driver held at border",
"""
ULAANBAATAR, Mongolia (Steppe Wire) - The Turkistan Islamic Party, a Uyghur militant group based in Syria, claimed responsibility on Monday for Saturday's twin suicide bombing in Darkhan, and Mongolian police arrested a truck driver at the Chinese border early on Tuesday, officials said.

The group's statement, posted with photographs of the two bombers holding rifles, boasted of "more than 50 infidels" killed. The General Intelligence Agency said it considered the claim credible. Another group, Katibat al-Tawhid wal-Jihad, denied any role on its Telegram channel.

The toll rose to 15 on Monday after two more of the wounded died, a nine-year-old boy and a railway cashier aged 44, the health ministry said. The figure includes the two bombers; 47 people were wounded, 19 of whom remain in hospital.

The driver, 38, was arrested before dawn in Zamyn-Üüd, the border town 650 km south of Darkhan, and is suspected of bringing in the explosives from China under a load of 20 tonnes of coal, a police spokesman said. "He may have been paid by a go-between in Kazakhstan," the spokesman added.

The two men arrested in Erdenet on Saturday night were remanded in custody for two months by a Darkhan court on Monday. The bombers' landlord in Darkhan was questioned for nine hours and released.

Police said the bombers, brothers aged 23 and 26, had come back from Turkey last year on flight OM 132 after spending three years abroad.

Mongolia has known little violence of this kind: the 2019 bomb outside a bank in Choibalsan wounded one guard.

About 1,200 police officers now guard railway stations, markets and the capital's international airport. The government has promised 30 million tugriks to each bereaved family, and Darkhan's 61 schools reopened on Tuesday under guard.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing in Darkhan"],
  "SUI", "2026-04-18", "day", "Darkhan", "MN", 15, 47, "exact", "Turkistan Islamic Party", "Turkistan Islamic Party", False,
  "Wire of Tuesday 21 April; 'Saturday's' -> 18 April. 'The toll rose to 15 on Monday ... The figure includes the two bombers; 47 people were wounded' -> killed 15 (bombers inside; the boy of nine and the cashier of 44 who died on Monday are inside), injured 47, exact; '19 of whom remain in hospital' is a subset. The claim: 'The Turkistan Islamic Party ... claimed responsibility on Monday', judged 'credible' by the General Intelligence Agency -> claimant and perpetrator 'Turkistan Islamic Party' (the group's usual English name; no earlier set named it). Its 'more than 50 infidels' is the claim's own toll, never used. Katibat al-Tawhid wal-Jihad 'denied any role': a denial, not coded. 'He may have been paid by a go-between' is speculation about the driver, not coded. 'nine-year-old', '44', '38', '650 km', '20 tonnes', 'two months', 'nine hours', 'aged 23 and 26', 'OM 132' (a flight), 'three years', '1,200 police officers', '30 million tugriks', '61 schools' are not casualties."),
E(3, ["Mongolian police arrested a truck driver at the Chinese border early on Tuesday", "was arrested before dawn in Zamyn-Üüd"],
  "ARR", "2026-04-21", "day", "Zamyn-Üüd", "MN", None, None, None, "police", None, False,
  "'early on Tuesday' / 'before dawn' in a Tuesday 21 April wire -> 21 April, the publication day. The cluster's suspected facilitator (the truck driver who brought the explosives in from China), arrested in the border town of Zamyn-Üüd -> MN (the Mongolian side). 'Mongolian police' -> 'police'. Both phrases name the same arrest."),
E(3, ["The two men arrested in Erdenet on Saturday night"],
  "ARR", "2026-04-18", "day", "Erdenet", "MN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout50-002: 'on Saturday night' vs Tuesday 21 April -> 18 April. Told through its judicial follow-up ('remanded in custody for two months by a Darkhan court on Monday') -> one Arrests event at the arrest's place and day, not at the court. No force named -> 'police' (the cluster's). The landlord 'questioned for nine hours and released' is not arrested."),
E(3, ["the 2019 bomb outside a bank in Choibalsan"],
  "IED", "2019-01-01", "year", "Choibalsan", "MN", None, 1, "exact", None, None, True,
  "'the 2019 bomb' -> year, background. A bomb left outside a bank (not a suicide bombing, not a grenade; holdout50-001 calls it homemade) -> Remote explosive/landmine/IED. 'wounded one guard' -> injured 1, exact. No author named -> null."),
]

# -------------------------------------------------------------- holdout50-004
ARTICLES.append(A(4, "fr", "article", "2026-04-22T02:00:00Z",
"Darkhan : la clinique vétérinaire rouvre ses portes",
"""
CLINIQUE VÉTÉRINAIRE FRANCO-MONGOLE DE DARKHAN - AVIS AUX PROPRIÉTAIRES D'ANIMAUX. Darkhan, le mercredi 22 avril 2026.

Chers propriétaires,

Notre clinique, située au n° 7 de la rue du Marché, à 150 mètres des étals où le premier kamikaze s'est fait exploser samedi matin, est restée fermée quatre jours. Elle rouvre aujourd'hui, de 9 heures à 18 heures.

Nous pensons d'abord aux victimes du double attentat-suicide du 18 avril. Selon le ministère de la Santé, quinze personnes ont été tuées, dont les deux kamikazes, et 47 ont été blessées. L'attaque a été revendiquée lundi par le Parti islamique du Turkestan.

L'équipe est au complet, mais elle a vécu des jours difficiles. Notre assistant Bat-Erdene, 24 ans, a été interpellé dimanche à Darkhan parce qu'il avait vacciné en mars le chien de l'un des kamikazes ; il a été relâché mardi sans aucune poursuite. Deux autres membres de l'équipe, entendus lundi par la police comme témoins, sont rentrés chez eux le soir même.

Ce que nous faisons pour vos animaux :
- Quatorze chiens et trois chats blessés par des éclats de verre samedi ont été soignés gratuitement ; deux chiens ont dû être amputés d'une patte.
- Les consultations pour les animaux effrayés par les explosions (tremblements, refus de s'alimenter) sont gratuites jusqu'au 30 avril.
- Les vaccinations reportées sont reprogrammées sans frais ; le rappel contre la rage reste à 15 000 tugriks.
- Les chiens errants blessés autour du marché peuvent être déposés à l'entrée arrière, porte B.

Pendant la fermeture du marché, notre pharmacie vend les sacs de croquettes de 5 kg et de 12 kg au prix coûtant. Les éleveurs de chevaux et de chameaux des districts voisins peuvent appeler notre vétérinaire de garde au +976 7037 2215, 24 heures sur 24.

Merci aux 26 bénévoles venus d'Erdenet et d'Oulan-Bator pour nous aider.

Dr Claire Vasseur et Dr Tsetsegmaa Dorj, vétérinaires.
"""))
GOLD += [
E(4, ["le premier kamikaze s'est fait exploser samedi matin", "double attentat-suicide du 18 avril", "L'attaque a été revendiquée", "les explosions"],
  "SUI", "2026-04-18", "day", "Darkhan", "MN", 15, 47, "exact", "Turkistan Islamic Party", "Turkistan Islamic Party", False,
  "Veterinary clinic's notice of Wednesday 22 April; 'du 18 avril' and 'samedi matin' -> 18 April. 'quinze personnes ont été tuées, dont les deux kamikazes, et 47 ont été blessées' -> killed 15 (number word; bombers inside), injured 47, exact. 'L'attaque a été revendiquée lundi par le Parti islamique du Turkestan', undisputed -> 'Turkistan Islamic Party', claimant and perpetrator. 'Quatorze chiens et trois chats blessés' and 'deux chiens ... amputés' are animals, not casualties. 'n° 7', '150 mètres', 'quatre jours', '9 heures à 18 heures', '24 ans', '30 avril', '15 000 tugriks', 'porte B', '5 kg', '12 kg', '+976 7037 2215', '24 heures sur 24', '26 bénévoles' are not casualties."),
E(4, ["a été interpellé dimanche à Darkhan"],
  "ARR", "2026-04-19", "day", "Darkhan", "MN", None, None, None, "police", None, False,
  "'dimanche' vs Wednesday 22 April -> 19 April. The clinic's assistant, arrested in Darkhan because he had vaccinated a bomber's dog, 'relâché mardi sans aucune poursuite': the release without charge does not undo the arrest and is not an event. No force named -> 'police' (the cluster's). The two colleagues 'entendus lundi par la police comme témoins' are not arrested."),
]

# -------------------------------------------------------------- holdout50-005
ARTICLES.append(A(5, "en", "article", "2026-04-25T02:00:00Z",
"Darkhan provincial library: closure extended to 4 May",
"""
DARKHAN-UUL PROVINCIAL PUBLIC LIBRARY. NOTICE OF TEMPORARY CLOSURE (updated Saturday 25 April 2026).

The library at 3 Culture Avenue will remain closed to the public until Monday 4 May. We closed on Saturday 18 April, when two suicide bombers struck the Old Town market and the railway station, and we had hoped to reopen this week.

Why we are still closed. On Wednesday afternoon, several hundred students who had gathered on our steps marched towards the governor's office to demand the resignation of the provincial police chief. Riot police dispersed them with batons and a water cannon on Culture Avenue; four students and a police officer were hurt, and the glass doors of our main entrance were smashed. The glaziers need ten working days.

Our thoughts are with the families. The toll of the bombings, claimed by the Turkistan Islamic Party, rose to 16 on Thursday, the two bombers included, when Saruul, a 17-year-old who volunteered in our children's section, died in hospital. Forty-seven people were wounded. On Thursday evening about 5,000 residents walked in silence from our steps to the railway station, carrying candles and a banner reading "Darkhan is not afraid".

Police also used our reading room on Sunday and Monday to interview 63 market traders as witnesses. All of them went home the same day.

What this means for you:
- Loans due between 18 April and 4 May are extended to 18 May. No fines (normally 500 tugriks a day) will be charged.
- Please do not use book drop No. 2 by the main entrance; use the drop at the side door.
- The 1,200 children enrolled in the spring reading challenge keep their points.
- The exhibition of photographs from the 1960s is postponed to June.
- Our e-library (about 43,000 titles) remains open 24 hours a day.

Saruul's parents have asked that, instead of flowers, readers donate books to the children's section. Donations are accepted at the side door from 10:00 to 16:00.

Enquiries: +976 7036 4410.
"""))
GOLD += [
E(5, ["two suicide bombers struck the Old Town market and the railway station", "The toll of the bombings"],
  "SUI", "2026-04-18", "day", "Darkhan", "MN", 16, 47, "exact", "Turkistan Islamic Party", "Turkistan Islamic Party", False,
  "Library notice of Saturday 25 April; 'on Saturday 18 April' -> 18 April. Two sites of one town -> ONE event. 'rose to 16 on Thursday, the two bombers included' -> killed 16 (Saruul, 17, who died on Thursday, is inside), 'Forty-seven people were wounded' -> injured 47 (number word; not reduced by the later death), exact. 'claimed by the Turkistan Islamic Party', undisputed -> claimant and perpetrator. '3 Culture Avenue', '4 May', 'ten working days', '17-year-old', '63 market traders' (interviewed as witnesses, all 'went home the same day': not arrested), '18 May', '500 tugriks', 'No. 2', '1,200 children', '1960s', '43,000 titles', '24 hours', '10:00 to 16:00', '+976 7036 4410' are not casualties."),
E(5, ["several hundred students who had gathered on our steps marched towards the governor's office", "Riot police dispersed them with batons and a water cannon"],
  "PI", "2026-04-22", "day", "Darkhan", "MN", None, 5, "exact", None, None, False,
  "'On Wednesday afternoon' vs Saturday 25 April -> 22 April. A march with a demand (the police chief's resignation) dispersed by riot police 'with batons and a water cannon' -> Protests / Protest with intervention, perpetrator null (dev). 'four students and a police officer were hurt' -> injured 4 + 1 = 5 (all sides summed, dev), exact; killed null. 'several hundred students' counts marchers; the smashed doors are damage, not casualties."),
E(5, ["about 5,000 residents walked in silence from our steps to the railway station"],
  "PP", "2026-04-23", "day", "Darkhan", "MN", None, None, None, None, None, False,
  "'On Thursday evening' vs Saturday 25 April -> 23 April. A silent march with a message (the banner 'Darkhan is not afraid'), no incident told -> Peaceful protest, perpetrator null. '5,000 residents' counts marchers, not casualties."),
]
