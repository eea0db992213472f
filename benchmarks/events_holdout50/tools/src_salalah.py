"""Authoring source of benchmarks/events_holdout50 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Salalah, Oman cluster (holdout50-011 to 015; English and French),
two suicide bombers on Friday 7 August 2026, in the summer (khareef)
tourist season, at two sites of one town (a lane of the Al Haffa souq and
the seafront promenade, about 700 m and seven minutes apart): an English
wire with the first report (011), a Salalah port agent's shipping circular
(012), a French express-parcel company's delivery notice ("avis de
distribution", fr 013), the notice of the Salalah hospital's chaplaincy
(014) and the front-page digest of a Salalah daily (015). Oman is UTC+4
and France UTC+2 in August: every publication time here is between 03:00
and 18:30 UTC (07:00 to 22:30 in Salalah), so every local date is the UTC
date. The gold spells the places "Salalah", "Thumrait", "Mirbat", "Sohar",
"Nizwa" and "Al Ghaydah" (Yemen). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout50")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout50-011
ARTICLES.append(A(11, "en", "article", "2026-08-07T18:30:00Z",
"Twin suicide attack kills at least 13 in Oman's Salalah",
"""
SALALAH, Oman (Gulf Wire) - Two suicide bombers struck the southern Omani city of Salalah seven minutes apart on Friday evening, killing themselves and at least 11 other people and wounding more than 30 at the height of the summer tourist season, police and hospital officials said.

The first attacker blew himself up at about 7:40 p.m. in a lane of the Al Haffa souq, where stalls sell frankincense by weight, from 2 rials for 100 grams. The second detonated his vest at 7:47 on the seafront promenade some 700 metres to the west, where families had gathered to watch the sunset.

"The second explosion was among the people who had fled the souq," said a Pakistani shopkeeper, 37, who gave his name as Imran. He said his brother was among the wounded.

There was no claim of responsibility. A Western diplomat in the capital said the attack "bore the hallmarks" of al-Qaeda in the Arabian Peninsula, which is active across the Yemeni border 150 km to the west, but Omani officials did not name any group.

Oman, which prides itself on its neutrality, has almost no history of such violence. In 2016 a bomb hidden in a parked car blew out the gate of a warehouse in the port of Sohar; no one was hurt. In 2019 police defused a device left outside a hotel in Nizwa.

The khareef festival, which drew about 900,000 visitors last summer, was suspended. Flights WY 905 and WY 907 from the capital were held on the ground for two hours, and the Royal Oman Police set up checkpoints on the roads to Thumrait and Mirbat. Sultan Qaboos Hospital, with 600 beds, appealed for donors of blood group O. A police hotline, 9999, took calls from relatives.
"""))
GOLD += [
E(11, ["Two suicide bombers struck the southern Omani city of Salalah", "The first attacker blew himself up", "The second detonated his vest", "The second explosion", "the attack"],
  "SUI", "2026-08-07", "day", "Salalah", "OM", 13, 30, "at_least", None, None, False,
  "Wire of Friday 7 August 2026 (22:30 in Salalah); 'on Friday evening' = the publication day. Two sites of one town (the Al Haffa souq and the seafront promenade, 'some 700 metres' apart, 7:40 and 7:47 p.m.) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least 11 other people and wounding more than 30' -> killed 11 + 2 bombers = 13, at_least (the bombers are added); injured 30 ('more than 30'; the qualifier describes the killed figure). 'There was no claim'; 'bore the hallmarks' of al-Qaeda in the Arabian Peninsula, said by a diplomat, is speculation (dev) -> perpetrator null. '7:40 p.m.', '2 rials', '100 grams', '7:47', '700 metres', '37', '150 km', '900,000 visitors', 'WY 905', 'WY 907' (flights), 'two hours', '600 beds', 'group O', '9999' are not casualties."),
E(11, ["a bomb hidden in a parked car blew out the gate of a warehouse in the port of Sohar"],
  "IED", "2016-01-01", "year", "Sohar", "OM", 0, 0, "exact", None, None, True,
  "'In 2016' -> year, background. A bomb hidden in a parked car (no suicide bomber) -> Remote explosive/landmine/IED; no author named -> null. 'no one was hurt' is an explicit statement that nobody was harmed -> killed 0, injured 0, exact (dev: 0 only when the text says so). The port of Sohar -> Sohar."),
E(11, ["police defused a device left outside a hotel in Nizwa"],
  "DWU", "2019-01-01", "year", "Nizwa", "OM", None, None, None, "police", None, True,
  "'In 2019' -> year, background. A device defused on its own -> Disrupted weapons use by 'police'. No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout50-012
ARTICLES.append(A(12, "en", "article", "2026-08-09T05:00:00Z",
"Dhofar Shipping circular 31/2026: port of Salalah after the bombings",
"""
DHOFAR SHIPPING & CLEARING LLC - CIRCULAR TO PRINCIPALS AND MASTERS No. 31/2026. Port of Salalah, Sunday 9 August 2026, 09:00 local time (UTC+4). Supersedes circular No. 30/2026.

1. Situation. Our circular No. 30 of Saturday reported at least 13 people killed in Friday evening's twin suicide bombing in the Al Haffa souq and on the seafront of Salalah. The authorities now give 17 dead, including the two bombers, and 58 injured. The port itself, 15 km from the city centre, was not affected.

2. Arrests. Royal Oman Police arrested two men at a checkpoint near Thumrait, 80 km north of Salalah, late on Friday. On Saturday afternoon officers arrested a clerk at a bonded warehouse inside the port; he is suspected of storing explosives in a container declared as ceramic tiles. The eight crew of the dhow Al Noor, moored at berth 22, were questioned overnight and released on Saturday; the dhow itself remains detained.

3. Security level. The port facility security level has been raised to 2 (ISPS). Crew lists must reach the port 72 hours before arrival instead of 24. Shore leave is suspended for all nationalities until further notice.

4. Operations. Container terminal berths 1 to 6 are working normally; average waiting time 14 hours. General cargo berths 30 and 31 are closed for searches. Pilotage on VHF channel 12 only. Night movements of vessels over 200 metres resumed on Saturday.

5. Costs. An additional security surcharge of USD 85 per container and USD 1,200 per general cargo call applies from 10 August. Detention of containers held for inspection will not be charged for the first 5 days.

6. Crew welfare. The seafarers' centre at gate 3 is open from 08:00 to 22:00. Owners are asked not to send crew into town.

Our duty officer can be reached 24 hours a day on +968 2321 9047 (WhatsApp). Next circular: Tuesday 11 August.
"""))
GOLD += [
E(12, ["Friday evening's twin suicide bombing in the Al Haffa souq and on the seafront of Salalah"],
  "SUI", "2026-08-07", "day", "Salalah", "OM", 17, 58, "exact", None, None, False,
  "Port agent's circular of Sunday 9 August; 'Friday evening's' -> 7 August. Two sites of one town -> ONE event. The toll is revised inside: circular No. 30's 'at least 13 people killed' is superseded by 'The authorities now give 17 dead, including the two bombers, and 58 injured' -> killed 17 (bombers inside), injured 58, exact. No claim, no group -> perpetrator null. 'No. 31/2026', '09:00', 'UTC+4', 'No. 30/2026', '15 km', '80 km', 'eight crew' (questioned and released: not arrested), 'berth 22', 'level ... 2', '72 hours', '24', 'berths 1 to 6', '14 hours', 'berths 30 and 31', 'VHF channel 12', '200 metres', 'USD 85', 'USD 1,200', '10 August', '5 days', 'gate 3', '08:00 to 22:00', '+968 2321 9047', '11 August' are not casualties."),
E(12, ["Royal Oman Police arrested two men at a checkpoint near Thumrait"],
  "ARR", "2026-08-07", "day", "Thumrait", "OM", None, None, None, "police", None, False,
  "'late on Friday' vs Sunday 9 August -> 7 August, the night of the bombing. A checkpoint 'near Thumrait' -> Thumrait (dev: the nearest named place). 'Royal Oman Police' -> 'police'."),
E(12, ["officers arrested a clerk at a bonded warehouse inside the port"],
  "ARR", "2026-08-08", "day", "Salalah", "OM", None, None, None, "police", None, False,
  "'On Saturday afternoon' vs Sunday 9 August -> 8 August. A warehouse clerk arrested inside the port of Salalah -> Salalah (a port is coded to its town). 'officers' of the Royal Oman Police of the previous sentence -> 'police'. The dhow's crew 'questioned overnight and released' are not arrested; the dhow 'detained' is a seized vessel, not an event."),
]

# -------------------------------------------------------------- holdout50-013
ARTICLES.append(A(13, "fr", "article", "2026-08-11T08:00:00Z",
"Envois vers Oman : reprise partielle des distributions à Salalah",
"""
POSTE EXPRESS INTERNATIONALE - AVIS DE DISTRIBUTION N° 2026-118. Destination : Salalah (Oman). Paris, le mardi 11 août 2026.

Madame, Monsieur,

À la suite du double attentat-suicide de vendredi soir à Salalah, notre partenaire local a suspendu ses tournées samedi et dimanche. Selon les autorités omanaises, l'attentat a fait dix-sept morts, kamikazes compris, et cinquante-huit blessés. Il a été revendiqué dimanche par Al-Qaïda dans la péninsule Arabique (AQPA).

Les distributions ont repris lundi, sauf dans le quartier d'Al Haffa, toujours bouclé. Le centre de tri de l'aéroport de Salalah fonctionne normalement, mais tous les colis passent désormais au scanner : comptez 48 à 72 heures de délai supplémentaire.

Envois bloqués au port. Environ 2 400 colis arrivés par conteneur sont retenus au port de Salalah depuis l'arrestation, samedi, d'un employé d'un entrepôt sous douane. Ils seront libérés après inspection, conteneur par conteneur. Inutile de nous appeler : vous recevrez un SMS dès que votre colis sera libéré.

Ce qui change jusqu'au 31 août :
- le poids maximal par colis passe de 30 kg à 20 kg ;
- plus d'envois de liquides, de batteries au lithium ni d'aérosols ;
- le tarif Express Golfe reste inchangé : 58 euros jusqu'à 2 kg, puis 9 euros par kilo ;
- les envois contre remboursement (plafond de 500 euros) sont suspendus.

Vous pouvez suivre votre envoi grâce à son numéro à 13 caractères (par exemple PX 204 118 736 FR) sur notre site, ou appeler le 09 69 32 14 50, du lundi au samedi de 8 heures à 20 heures. Pour l'adressage, le code postal de Salalah est le 211.

Les envois adressés aux victimes et à leurs familles par l'intermédiaire de l'hôpital Sultan Qaboos sont acheminés gratuitement.

Nous vous remercions de votre compréhension.

Le service clients.
"""))
GOLD += [
E(13, ["double attentat-suicide de vendredi soir à Salalah", "l'attentat a fait dix-sept morts"],
  "SUI", "2026-08-07", "day", "Salalah", "OM", 17, 58, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Parcel company's delivery notice of Tuesday 11 August; 'vendredi soir' -> 7 August. 'dix-sept morts, kamikazes compris, et cinquante-huit blessés' -> killed 17 (bombers inside), injured 58 (number words), exact. 'revendiqué dimanche par Al-Qaïda dans la péninsule Arabique (AQPA)', undisputed -> 'al-Qaeda in the Arabian Peninsula' (the canonical name earlier sets use), claimant and perpetrator. 'N° 2026-118', '48 à 72 heures', '2 400 colis', '31 août', '30 kg', '20 kg', '58 euros', '2 kg', '9 euros', '500 euros', '13 caractères', 'PX 204 118 736 FR', '09 69 32 14 50', '8 heures à 20 heures', '211' (a postcode) are not casualties."),
E(13, ["l'arrestation, samedi, d'un employé d'un entrepôt sous douane"],
  "ARR", "2026-08-08", "day", "Salalah", "OM", None, None, None, "police", None, False,
  "A noun restating the arrest of holdout50-012: 'samedi' vs Tuesday 11 August -> 8 August; the bonded warehouse is in the port of Salalah -> Salalah. No force named -> 'police' (the cluster's)."),
]

# -------------------------------------------------------------- holdout50-014
ARTICLES.append(A(14, "en", "article", "2026-08-14T06:00:00Z",
"Hospital chaplaincy: prayers and visits one week after Salalah bombing",
"""
SULTAN QABOOS HOSPITAL, SALALAH - SPIRITUAL CARE AND CHAPLAINCY SERVICE. NOTICE TO PATIENTS, FAMILIES AND STAFF. Friday 14 August 2026.

One week ago, on the evening of Friday 7 August, two suicide bombers killed and maimed people who had come to enjoy the souq and the sea. Our hospital received most of the wounded. We grieve with the families of the 19 people who have died, a figure that includes the two attackers. Two of them died here this week: Maria Santos, 29, a nurse from the Philippines, on Wednesday, and Rajesh Nair, 41, a hotel waiter from Kerala, on Thursday. Fifty-eight people were wounded; 21 are still in our wards.

The attack has been claimed by al-Qaeda in the Arabian Peninsula. Whatever the words of those who did this, the wards of this hospital make no difference between patients.

The chaplaincy team (two imams, a Catholic priest, a Protestant pastor, a Hindu volunteer and a Buddhist volunteer, six people in all) is available as follows:
- Prayer room, ground floor, next to gate 2: open 24 hours; Friday prayer at 12:15.
- Quiet room for non-Muslim families, Ward 4B (32 beds), first floor: open from 07:00 to 23:00.
- Visits to the surgical wards: two visitors per patient, from 16:00 to 20:00.
- Families of patients from India, the Philippines, Bangladesh and Egypt can ask for an interpreter on extension 4417.

On Tuesday evening, about 3,000 residents and expatriates walked along the corniche in silence with candles, under a banner reading "Salalah is one family". Several of our nurses joined them after their shift. Our staff also thank the 1,300 people who have given blood since Saturday.

A memorial prayer for all the victims will be held in the hospital garden on Sunday at 18:00. Staff who need to talk can call the staff support line, 2321 1100, extension 9.

The Chaplaincy Service
"""))
GOLD += [
E(14, ["two suicide bombers killed and maimed people", "The attack has been claimed"],
  "SUI", "2026-08-07", "day", "Salalah", "OM", 19, 58, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Chaplaincy notice of Friday 14 August; 'on the evening of Friday 7 August' -> 7 August. 'the 19 people who have died, a figure that includes the two attackers' -> killed 19 (the nurse of 29 who died on Wednesday and the waiter of 41 who died on Thursday are inside); 'Fifty-eight people were wounded' -> injured 58 (not reduced by the later deaths), exact; '21 are still in our wards' is a subset. 'The attack has been claimed by al-Qaeda in the Arabian Peninsula', undisputed -> claimant and perpetrator. '29', '41', 'six people', 'gate 2', '24 hours', '12:15', 'Ward 4B', '32 beds', '07:00 to 23:00', 'two visitors', '16:00 to 20:00', '4417', '3,000 residents' (marchers), '1,300 people' (blood donors), '18:00', '2321 1100', 'extension 9' are not casualties."),
E(14, ["about 3,000 residents and expatriates walked along the corniche in silence"],
  "PP", "2026-08-11", "day", "Salalah", "OM", None, None, None, None, None, False,
  "'On Tuesday evening' vs Friday 14 August -> 11 August. A silent march on the corniche with a message (the banner 'Salalah is one family'), no incident -> Peaceful protest, perpetrator null. The memorial prayer 'on Sunday' is future and not coded."),
]

# -------------------------------------------------------------- holdout50-015
ARTICLES.append(A(15, "en", "article", "2026-08-15T03:00:00Z",
"The Dhofar Times front page, Saturday 15 August 2026",
"""
THE DHOFAR TIMES - TODAY'S FRONT PAGE IN BRIEF. Saturday 15 August 2026. Price 200 baisa.

LEAD: SMUGGLER HELD IN YEMEN. Yemeni security forces arrested a smuggler in Al Ghaydah, the capital of Yemen's al-Mahra province, on Tuesday. He is accused of bringing the explosive vests used in the 7 August twin suicide bombing in Salalah across the border at Sarfait, the Internal Security Service said. The ISS called al-Qaeda in the Arabian Peninsula's claim of responsibility "genuine"; the group's statement spoke of "more than 60 soldiers of the tyrants" killed, but the toll stands at 19 dead, including the two bombers, and 58 wounded. The Houthis denied any involvement. A minister told the Shura Council that the vests "may have been" assembled in Hadramawt.

CHARGES. The two men arrested at a checkpoint near Thumrait on the night of the bombing were charged on Thursday with terrorism, which carries the death penalty or life imprisonment. Another suspect, a cousin of one of the bombers, was arrested in Mirbat on Wednesday. The port clerk arrested on 8 August was released without charge. Page 3.

TAXI PROTEST. Police fired tear gas on Thursday to disperse about 200 taxi drivers marching on the governorate building in Salalah to demand compensation for a week without tourists. Two drivers and a police officer were injured. Page 4.

KHAREEF. Hotel occupancy has fallen to 31 percent, from 88 percent a year ago; the festival will reopen on 20 August. Page 7.

WEATHER. Drizzle in the mountains, 27 degrees on the coast. Page 12.

SPORT. Dhofar Club beat Al-Nasr 2-1 and went top of the table with 9 points. Page 14.

ALSO INSIDE. Petrol prices unchanged at 229 baisa a litre. Obituaries, page 9. Classified advertisements: call 2329 4455.
"""))
GOLD += [
E(15, ["Yemeni security forces arrested a smuggler in Al Ghaydah"],
  "ARR", "2026-08-11", "day", "Al Ghaydah", "YE", None, None, None, "police", None, False,
  "Front-page digest of Saturday 15 August; 'on Tuesday' -> 11 August. The cluster's suspected facilitator (the smuggler who brought the vests across the border), arrested in Al Ghaydah, Yemen -> YE, not the bombing's country. 'Yemeni security forces' (the forces of the country where the arrest happened; dev: security services are police) -> 'police'."),
E(15, ["the 7 August twin suicide bombing in Salalah"],
  "SUI", "2026-08-07", "day", "Salalah", "OM", 19, 58, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'the 7 August twin suicide bombing' -> 7 August. 'the toll stands at 19 dead, including the two bombers, and 58 wounded' -> killed 19 (bombers inside), injured 58, exact. 'al-Qaeda in the Arabian Peninsula's claim of responsibility', called 'genuine' by the Internal Security Service -> claimant and perpetrator; its 'more than 60 soldiers of the tyrants' is the claim's own toll, never used. The Houthis 'denied any involvement': a denial, not coded. 'may have been assembled in Hadramawt' is speculation. '200 baisa', '31 percent', '88 percent', '20 August', '27 degrees', '2-1', '9 points', '229 baisa', 'page 9', '2329 4455' and the page numbers are not casualties."),
E(15, ["The two men arrested at a checkpoint near Thumrait on the night of the bombing"],
  "ARR", "2026-08-07", "day", "Thumrait", "OM", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout50-012: 'on the night of the bombing' -> 7 August, near Thumrait -> Thumrait. 'charged on Thursday with terrorism' is its judicial follow-up, not a new arrest; 'the death penalty or life imprisonment' is a sentence range, not a toll. No force named -> 'police' (the cluster's)."),
E(15, ["Another suspect, a cousin of one of the bombers, was arrested in Mirbat on Wednesday"],
  "ARR", "2026-08-12", "day", "Mirbat", "OM", None, None, None, "police", None, False,
  "'on Wednesday' vs Saturday 15 August -> 12 August, Mirbat. No force named -> 'police'."),
E(15, ["The port clerk arrested on 8 August"],
  "ARR", "2026-08-08", "day", "Salalah", "OM", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout50-012 (the clerk arrested inside the port of Salalah): 'on 8 August' -> 8 August, Salalah. 'was released without charge' does not undo the arrest and is not an event. No force named -> 'police'."),
E(15, ["Police fired tear gas on Thursday to disperse about 200 taxi drivers"],
  "PI", "2026-08-13", "day", "Salalah", "OM", None, 3, "exact", None, None, False,
  "'on Thursday' vs Saturday 15 August -> 13 August. Taxi drivers 'marching on the governorate building in Salalah' with a demand (compensation), dispersed with tear gas -> Protest with intervention, perpetrator null (dev). 'Two drivers and a police officer were injured' -> injured 2 + 1 = 3 (all sides summed), exact. 'about 200 taxi drivers' counts marchers."),
]
