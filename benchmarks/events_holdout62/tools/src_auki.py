"""Authoring source of benchmarks/events_holdout62 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Auki, Solomon Islands cluster (holdout62-001 to 005, and 021 six
weeks later; English and French), two suicide bombers on Saturday 21
February 2026 at two sites of one town (the central market and the gate of
the main wharf, about 400 m and six minutes apart): an English wire with a
first report (001), a water utility's service notice (002), a French agency
dispatch on the claim and arrests ("dépêche", fr 003), a caravan park's
notice to guests in Cairns, Australia, where the suspected facilitator was
arrested (004), a window cleaner's round notice (005) and a car boot sale
organisers' notice near Brisbane six weeks later (021). Solomon Islands is
UTC+11 and Queensland UTC+10: every publication time here is between 00:00
and 08:00 UTC, so every local date is the UTC date (the bombing, at 8:50 a.m.
local time, is dated at the local date, Saturday 21 February). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout62")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout62-001
ARTICLES.append(A(1, "en", "article", "2026-02-21T07:00:00Z",
"Suicide bombers kill at least 11 in Solomon Islands market town",
"""
AUKI, Solomon Islands (Coral Sea Wire) - Two suicide bombers blew themselves up at the market and the main wharf of Auki, the capital of Malaita province, on Saturday morning, killing at least nine people as well as themselves and wounding dozens, police said.

The first man set off explosives hidden in a rice sack at about 8:50 a.m. between the betel nut stalls of the central market, which draws up to 3,000 shoppers on Saturdays. Six minutes later the second blew himself up at the gate of the wharf, some 400 metres away, as a ferry prepared to sail for Honiara with 210 passengers aboard.

"People were running towards the wharf to escape the first blast and ran straight into the second," said Joyce Fa'abasua, 52, who sells cut flowers at stall 46.

The town's hospital, which has 90 beds, appealed for blood donors and called in nurses from the capital. A police patrol boat carried 11 of the most seriously wounded to Honiara, about 80 km away across the sea.

No group has claimed the bombing. Assistant Commissioner Peter Ganifiri said it "could be linked" to young men from Malaita who travelled to the southern Philippines last year, but cautioned that it was far too early to say.

The Solomon Islands have no history of suicide attacks. The last bombing police recall dates from 2019, when a man threw a Second World War-era grenade into a bar in Munda, in Western province, wounding four drinkers.

The government declared three days of mourning and closed the province's 64 schools until Wednesday. Flights between Honiara and Auki's airfield were suspended, and police opened a hotline for relatives, 23 666, staffed 24 hours a day. Malaita, the country's most populous island, has about 170,000 inhabitants.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up at the market and the main wharf of Auki", "The first man set off explosives", "the second blew himself up", "the bombing"],
  "SUI", "2026-02-21", "day", "Auki", "SB", 11, 12, "at_least", None, None, False,
  "Wire of Saturday 21 February 2026 (18:00 in Auki); 'on Saturday morning' = the publication day. Two sites of one town (the central market and the wharf gate, 'some 400 metres' and six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people as well as themselves' -> 9 + 2 bombers = 11, at_least (the bombers are added); 'wounding dozens' -> injured 12 (dev table: 'dozens' = 12, at_least; the qualifier describes the killed figure). No claim ('No group has claimed the bombing'); 'could be linked' is speculation -> perpetrator null. '8:50 a.m.', '3,000 shoppers', 'Six minutes', '400 metres', '210 passengers', '52' (an age), 'stall 46', '90 beds', '11 of the most seriously wounded' (a subset of the injured, not the figure), '80 km', 'three days', '64 schools', '23 666', '24 hours', '170,000 inhabitants' are not casualties."),
E(1, ["a man threw a Second World War-era grenade into a bar in Munda"],
  "GRN", "2019-01-01", "year", "Munda", "SB", None, 4, "exact", None, None, True,
  "'dates from 2019' -> year, background. A thrown grenade -> Grenade; the thrower is unnamed -> null. 'wounding four drinkers' -> injured 4 (number word), exact; killed null (no figure)."),
]

# -------------------------------------------------------------- holdout62-002
ARTICLES.append(A(2, "en", "article", "2026-02-22T03:00:00Z",
"Water supply around Auki market: service notice after the bombings",
"""
MALAITA PROVINCIAL WATER SERVICE - SERVICE NOTICE No. 7/2026. Issued Sunday 22 February 2026 at 2 p.m. This notice replaces Notice No. 6/2026 of Saturday evening.

1. WHAT HAPPENED. Our Notice No. 6 reported at least eleven people killed in the two suicide bombings at Auki market and the wharf gate on Saturday morning. The provincial health office now gives a toll of 14 dead, including the two bombers, and 38 injured. Our thoughts are with the families, and with our meter reader Silas Taufa, 29, who was hurt at the market and is recovering.

2. SUPPLY. The first blast broke the 150 mm main under the fish section of the market. Supply is cut to 212 connections between the market and the wharf. Tankers of 5,000 litres will stand at the Catholic church car park and at the hospital gate from 7 a.m. to 5 p.m. Please boil all water before drinking for at least 72 hours.

3. POLICE CORDON. Our crews can enter the cordon only with a police escort. Repairs are planned for Tuesday if police release the site.

4. OUR DEPOT. Police searched our depot at 14 Hospital Road on Saturday afternoon. They have told us that the two men arrested in Tulagi late on Saturday had worked for two weeks in January as casual labourers for a contractor laying pipe for us. We are giving the police full access to our records. Our depot foreman was questioned for three hours and allowed to go home.

5. BILLS. Customers in the affected area will not be charged for February, and all payment deadlines are extended to 31 March.

6. CONTACT. Faults line: 40 118 (24 hours). Text alerts: send WATER to 7711. Next notice: Monday at noon.
"""))
GOLD += [
E(2, ["the two suicide bombings at Auki market and the wharf gate", "The first blast"],
  "SUI", "2026-02-21", "day", "Auki", "SB", 14, 38, "exact", None, None, False,
  "Service notice of Sunday 22 February; 'on Saturday morning' -> 21 February. 'the two suicide bombings at Auki market and the wharf gate': two sites of one town -> ONE event (the plural is the two blasts of the one attack). The toll is revised inside: 'at least eleven people killed' (the previous notice, superseded) -> 'a toll of 14 dead, including the two bombers, and 38 injured' -> killed 14 (bombers inside), injured 38, exact; the meter reader 'hurt at the market' is inside the 38. No claim, no group named -> perpetrator null. 'No. 7/2026', '2 p.m.', 'No. 6/2026', '29' (an age), '150 mm', '212 connections', '5,000 litres', '7 a.m. to 5 p.m.', '72 hours', '14 Hospital Road', 'two weeks', 'three hours', '31 March', '40 118', '24 hours', '7711' are not casualties."),
E(2, ["the two men arrested in Tulagi late on Saturday"],
  "ARR", "2026-02-21", "day", "Tulagi", "SB", None, None, None, "police", None, False,
  "'late on Saturday' vs Sunday 22 February -> 21 February, the night of the bombing. Told by the police ('They have told us') -> 'police'. The search of the depot is not an event; the depot foreman 'questioned for three hours and allowed to go home' is not arrested."),
]

# -------------------------------------------------------------- holdout62-003
ARTICLES.append(A(3, "fr", "article", "2026-02-24T05:00:00Z",
"Îles Salomon : l'État islamique revendique l'attentat d'Auki",
"""
AUKI (Îles Salomon), 24 février 2026 (Agence Océanie Presse) - L'État islamique a revendiqué lundi, au nom de sa « province d'Asie de l'Est », le double attentat-suicide qui a frappé samedi matin le marché et le quai d'Auki, chef-lieu de la province de Malaita, dans un message de son agence Amaq qui se vante d'avoir tué « plus de 90 croisés ».

Le bilan réel est de quinze morts, dont les deux kamikazes, et de 38 blessés : une mère de famille de 41 ans a succombé lundi soir à l'hôpital d'Auki. Le commissaire de police juge la revendication « crédible » : le message montre les deux hommes, âgés de 19 et 23 ans, devant un drapeau noir.

Le groupe philippin Abu Sayyaf a démenti toute implication. Selon la police, les deux kamikazes « pourraient avoir été formés » sur l'île de Mindanao, où ils avaient séjourné trois mois en 2025.

Les deux hommes interpellés samedi soir à Tulagi, à leur descente d'un bateau à moteur, ont été inculpés mardi matin d'actes de terrorisme par le tribunal de Honiara et placés en détention. Lundi, la police a arrêté à Auki un employé de quincaillerie de 24 ans, soupçonné d'avoir vendu aux kamikazes 40 kilos d'engrais et six batteries de voiture. Une dizaine de vendeurs du marché, entendus dimanche comme témoins, sont rentrés chez eux le soir même.

L'archipel de 720 000 habitants n'avait jamais connu d'attentat-suicide. En 2019, une grenade datant de la Seconde Guerre mondiale, lancée dans un bar de Munda, avait blessé quatre personnes.

Le marché reste fermé jusqu'à nouvel ordre, mais les écoles rouvriront jeudi. Le ferry pour Honiara a repris lundi à 7 heures, avec des fouilles à l'embarquement, et le prix du billet, 250 dollars salomonais, n'a pas changé. Une collecte de sang organisée dimanche a réuni 318 donneurs.
"""))
GOLD += [
E(3, ["le double attentat-suicide qui a frappé samedi matin le marché et le quai d'Auki"],
  "SUI", "2026-02-21", "day", "Auki", "SB", 15, 38, "exact", "Islamic State", "Islamic State", False,
  "Dispatch of Tuesday 24 February; 'samedi matin' -> 21 February. Two sites of one town -> ONE event. 'quinze morts, dont les deux kamikazes, et de 38 blessés' -> killed 15 (bombers inside; the mother of 41 who died Monday evening is inside), injured 38, exact. Claimed 'lundi' by 'L'État islamique ... au nom de sa « province d'Asie de l'Est »' (a regional branch -> 'Islamic State', dev), judged 'crédible' by the police commissioner -> claimant and perpetrator; the claim's 'plus de 90 croisés' is never used. Abu Sayyaf's denial is not a claim; « pourraient avoir été formés » is speculation. '41 ans', '19 et 23 ans', 'trois mois', '2025', '24 ans', '40 kilos', 'six batteries', 'Une dizaine de vendeurs' (heard as witnesses), '720 000 habitants', '7 heures', '250 dollars', '318 donneurs' are not casualties."),
E(3, ["Les deux hommes interpellés samedi soir à Tulagi"],
  "ARR", "2026-02-21", "day", "Tulagi", "SB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout62-002: 'samedi soir' vs Tuesday 24 February -> 21 February. Told through its judicial follow-up ('inculpés mardi matin ... et placés en détention') -> one Arrests event at the arrest's place and day, not a new arrest. No force named for it; the cluster's police -> 'police'."),
E(3, ["la police a arrêté à Auki un employé de quincaillerie"],
  "ARR", "2026-02-23", "day", "Auki", "SB", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 24 February -> 23 February. A hardware-store employee suspected of selling the bombers fertiliser and batteries -> Arrests by 'police' in Auki. The market vendors 'entendus dimanche comme témoins' are not arrested."),
E(3, ["une grenade datant de la Seconde Guerre mondiale, lancée dans un bar de Munda"],
  "GRN", "2019-01-01", "year", "Munda", "SB", None, 4, "exact", None, None, True,
  "'En 2019' -> year, background (the grenade of holdout62-001). 'avait blessé quatre personnes' -> injured 4, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout62-004
ARTICLES.append(A(4, "en", "article", "2026-02-26T01:00:00Z",
"Notice to guests about Wednesday's police visit",
"""
TRINITY PALMS CARAVAN PARK, CAIRNS - NOTICE TO ALL GUESTS. Thursday 26 February 2026.

Dear guests,

Many of you saw the police cars at the park early yesterday, and some of you have asked us what happened. Here is what we are allowed to tell you.

At about 6 a.m. on Wednesday, officers of the Australian Federal Police and the Queensland Police Service arrested a man who had been staying in cabin 14 since 9 February. Police have since said publicly that he is suspected of arranging the boat and buying materials for the suicide bombings in Auki, in Solomon Islands, on 21 February, which killed 15 people, including the two bombers, and injured 38. The attack was claimed on Monday by Islamic State.

Two guests from the neighbouring powered sites, 22 and 23, were questioned by detectives for about an hour and were free to go. They have asked for their privacy to be respected. Please do not share photos or videos of cabin 14 or of any guest on social media.

Cabin 14 and amenities block B remain closed while police finish their search, probably until Saturday. Guests booked into cabins 12 to 16 have been moved at no cost and will receive a 20% discount on their stay.

Many of our staff and long-term guests are from the Pacific islands. A condolence book for the people of Auki is open at reception, and the collection tin has already raised $1,840, which will go to the Auki hospital's appeal.

A few reminders: the speed limit in the park is 8 km/h; quiet hours are from 10 p.m. to 7 a.m.; the pool is open from 7 a.m. to 9 p.m.; check-out is at 10 a.m. Reception: 07 4055 2810, from 8 a.m. to 6 p.m.; after hours, please ring the duty manager on 0438 612 907.

Thank you for your patience and kindness this week.

Karen and Mick Doherty, managers
"""))
GOLD += [
E(4, ["officers of the Australian Federal Police and the Queensland Police Service arrested a man"],
  "ARR", "2026-02-25", "day", "Cairns", "AU", None, None, None, "police", None, False,
  "Caravan park notice of Thursday 26 February (11:00 in Cairns, UTC+10); 'on Wednesday' (and 'early yesterday') -> 25 February. The cluster's suspected facilitator ('arranging the boat and buying materials'), arrested at the park in Cairns, Australia -> AU; federal and state police -> 'police'. 'the police cars at the park' (before the trigger) describes the scene, not the arrest, and is left out. The two guests 'questioned by detectives for about an hour and ... free to go' are not arrested."),
E(4, ["the suicide bombings in Auki", "The attack was claimed"],
  "SUI", "2026-02-21", "day", "Auki", "SB", 15, 38, "exact", "Islamic State", "Islamic State", False,
  "'on 21 February' -> 21 February, five days before -> current. Plural 'bombings' = the two blasts of one attack in one town -> ONE event. 'which killed 15 people, including the two bombers, and injured 38' -> killed 15 (bombers inside), injured 38, exact. 'claimed on Monday by Islamic State', undisputed -> claimant and perpetrator. '6 a.m.', 'cabin 14', '9 February', '22 and 23' (sites), 'an hour', 'cabins 12 to 16', '20%', '$1,840', '8 km/h', '10 p.m. to 7 a.m.', '7 a.m. to 9 p.m.', '10 a.m.', '07 4055 2810', '8 a.m. to 6 p.m.', '0438 612 907' are not casualties."),
]

# -------------------------------------------------------------- holdout62-005
ARTICLES.append(A(5, "en", "article", "2026-02-28T02:00:00Z",
"Round notice: window round restarts Monday",
"""
CLEAR VIEW WINDOW CLEANING, AUKI - ROUND NOTICE TO ALL CUSTOMERS. Saturday 28 February 2026.

Dear customers,

After a very sad week for our town, my round restarts on Monday 2 March. Thank you to everyone who rang to check that my brother Ben and I were safe after the bombings at the market and the wharf last Saturday. We were up our ladders at the bank when the first bomber blew himself up, and we are fine.

The toll is now sixteen dead, the two bombers included, since 11-year-old Junior Sau died in hospital on Thursday, and 38 injured. Among the dead is Mrs Grace Olofia, our customer at the pharmacy for eight years. Islamic State, which claimed the attack on Monday, does not speak for anybody in Malaita.

What changes on the round:
- Shops facing the market and the wharf road: most windows were blown in. New glass cannot be cleaned for two weeks while the putty sets, so your round day moves from Tuesday to Friday.
- Police station: no cleaning this month. On Wednesday, about 200 young men marched on the station to demand that the two men arrested in Tulagi on the night of the bombings be brought to Auki. Police fired tear gas and pushed them back with batons, and two officers and three marchers were hurt. Two of the station's windows were smashed and are boarded up.
- The young man from the hardware store, who was arrested on Monday and released without charge on Wednesday, is back at work. Please treat him kindly.
- Everyone else: normal days.

On Friday I joined the thousands who walked quietly from the market to the wharf behind the banner "Malaita Stands Together". It was peaceful and it was beautiful.

Prices stay the same: SBD 60 for a shopfront, SBD 150 for a two-storey building, SBD 25 for a house. I am giving this week's takings, about SBD 2,400, to the hospital's blood bank.

Call or text me on 74 55 218.

Wilson Maeke
"""))
GOLD += [
E(5, ["the bombings at the market and the wharf last Saturday", "the first bomber blew himself up", "the attack"],
  "SUI", "2026-02-21", "day", "Auki", "SB", 16, 38, "exact", "Islamic State", "Islamic State", False,
  "Round notice of Saturday 28 February; 'last Saturday' on a Saturday -> the Saturday before, 21 February. Two sites of one town -> ONE event. 'sixteen dead, the two bombers included' (the boy of 11 who died Thursday is inside) and '38 injured' -> killed 16, injured 38, exact. 'Islamic State, which claimed the attack on Monday', undisputed -> claimant and perpetrator. The second 'the bombings' ('on the night of the bombings') dates the Tulagi arrest and lies inside that arrest's trigger. '2 March', '11-year-old', 'eight years', 'two weeks', 'about 200 young men' (marchers), 'Two of the station's windows', 'SBD 60', 'SBD 150', 'SBD 25', 'SBD 2,400', '74 55 218' are not casualties."),
E(5, ["about 200 young men marched on the station"],
  "PI", "2026-02-25", "day", "Auki", "SB", None, 5, "exact", None, None, False,
  "'On Wednesday' vs Saturday 28 February -> 25 February. A march on the Auki police station with a demand, pushed back by police with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev). 'two officers and three marchers were hurt' -> injured 2 + 3 = 5 (all sides summed), exact; killed null. 'about 200' counts marchers; the smashed windows are damage, not casualties."),
E(5, ["the two men arrested in Tulagi on the night of the bombings"],
  "ARR", "2026-02-21", "day", "Tulagi", "SB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout62-002: 'on the night of the bombings' -> 21 February. No force named -> the cluster's 'police'. The marchers' demand that they 'be brought to Auki' is not an event."),
E(5, ["The young man from the hardware store, who was arrested on Monday"],
  "ARR", "2026-02-23", "day", "Auki", "SB", None, None, None, "police", None, False,
  "Restates the arrest of holdout62-003: 'on Monday' vs Saturday 28 February -> 23 February, in Auki. 'released without charge on Wednesday': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(5, ["the thousands who walked quietly from the market to the wharf"],
  "PP", "2026-02-27", "day", "Auki", "SB", None, None, None, None, None, False,
  "'On Friday' vs Saturday 28 February -> 27 February. A silent march with a banner carrying a message ('Malaita Stands Together'), 'peaceful' -> Peaceful protest, perpetrator null. 'the thousands' counts marchers."),
]

# -------------------------------------------------------------- holdout62-021
ARTICLES.append(A(21, "en", "article", "2026-04-04T00:30:00Z",
"Car boot sale for Auki families: organisers' notice",
"""
LOGAN PACIFIC COMMUNITY CAR BOOT SALE - ORGANISERS' NOTICE. Saturday 4 April 2026.

Thank you to the 61 sellers who have already booked a pitch for our charity car boot sale for the families of Auki, on Sunday 12 April at the Logan showgrounds, half an hour south of Brisbane. Every dollar raised goes to the families of the people killed and injured on 21 February, when two suicide bombers struck the market and the wharf of Auki, in Malaita. That bombing, claimed by Islamic State, killed 16 people, the two bombers included, and injured 38.

Many of you have asked about the investigation. The man arrested in Cairns on 25 February appeared again by video link on Thursday and remains in custody. And on Monday, Solomon Islands police announced that they had arrested a third suspect in Gizo on Saturday 28 March, a boat owner accused of hiding the bombers for two nights before the attack. We will keep our focus on the families.

PITCHES. A car pitch costs $20 and a trailer pitch $30 (3 m by 6 m). There are 150 pitches; 89 are left. Sellers may set up from 5:30 a.m. Gates open to buyers at 7 a.m. and close at 1 p.m.

ENTRY. Gold coin donation. EFTPOS at the gate and at the food tent.

NOT ALLOWED. Food for sale other than from our tent, live animals, knives, fireworks, alcohol.

FOOD TENT. Our Malaitan mothers' group will cook fish and cassava pudding; plates $12, drinks $3. Our last event raised $14,300 in one morning.

VOLUNTEERS. We still need 15 volunteers for parking and 6 for the tea stall. Briefing at 5 a.m. at the gate.

PAYMENTS. Pitch fees to Logan Pacific Community Inc., BSB 064-123, account 1048 5521, reference your surname. Bookings close on Wednesday 8 April at 6 p.m.

CONTACT. Rose Tagini, 0412 338 097, or Paul Oeta, 0421 760 214.
"""))
GOLD += [
E(21, ["two suicide bombers struck the market and the wharf of Auki", "That bombing", "the attack"],
  "SUI", "2026-02-21", "day", "Auki", "SB", 16, 38, "exact", "Islamic State", "Islamic State", True,
  "Notice of Saturday 4 April 2026 (10:30 near Brisbane, UTC+10); 'on 21 February' -> 21 February, 42 days before -> background. Two sites of one town -> ONE event. 'killed 16 people, the two bombers included, and injured 38' -> killed 16, injured 38, exact. 'claimed by Islamic State', undisputed -> claimant and perpetrator. 'two nights before the attack' (in the Gizo arrest's paragraph) also names the bombing. The organisers' numbers ('61 sellers', '12 April', 'half an hour', '$20', '$30', '3 m by 6 m', '150 pitches', '89', '5:30 a.m.', '7 a.m.', '1 p.m.', '$12', '$3', '$14,300', '15 volunteers', '6', '5 a.m.', 'BSB 064-123', '1048 5521', '8 April', '6 p.m.', the phone numbers) are not casualties."),
E(21, ["The man arrested in Cairns on 25 February"],
  "ARR", "2026-02-25", "day", "Cairns", "AU", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout62-004: 'on 25 February' -> 25 February, 38 days before Saturday 4 April -> background. His court appearance 'by video link on Thursday' and custody are follow-ups, not events. No force named -> 'police' (the Australian police of holdout62-004). Cairns, Australia -> AU."),
E(21, ["they had arrested a third suspect in Gizo on Saturday 28 March"],
  "ARR", "2026-03-28", "day", "Gizo", "SB", None, None, None, "police", None, False,
  "'on Saturday 28 March' -> 28 March, 7 days before -> current (announced 'on Monday', 30 March; the arrest's own date is used). 'Solomon Islands police' -> 'police'. A boat owner accused of hiding the bombers 'for two nights before the attack' ('the attack' there is the bombing, a trigger of the bombing's event)."),
]
