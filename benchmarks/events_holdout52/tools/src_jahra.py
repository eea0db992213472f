"""Authoring source of benchmarks/events_holdout52 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Jahra, Kuwait cluster (holdout52-006 to 010; English and French),
two suicide bombers on Thursday 23 April 2026 at two sites of one town (the
covered alley of the old souq and the main bus station, about 600 m and six
minutes apart): an English wire with a first report (006), a dental
centre's appointment rescheduling notice (007), a French think tank's
one-page memo ("note d'une page d'un centre de réflexion", fr 008), a
landlords' association's note to members (009) and a French summary of a
primary school's parents' WhatsApp group ("résumé du groupe WhatsApp des
parents", fr 010). Kuwait is UTC+3 (no daylight saving): every publication
time here is between 05:00 and 20:30 UTC, so every local date is the UTC
date; fr 008 is written in Paris (UTC+2 in April) at 10:00. The gold writes
"Jahra" (also "Al Jahra") as the English wires do. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout52")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout52-006
ARTICLES.append(A(6, "en", "article", "2026-04-23T20:30:00Z",
"Twin suicide bombing kills at least 10 in Kuwait's Jahra",
"""
JAHRA, Kuwait (Gulf Wire) - Two suicide bombers blew themselves up minutes apart in the crowded old souq and at the main bus station of Jahra, west of Kuwait City, on Thursday evening, killing at least eight people, not counting the two bombers, and wounding more than 30, the interior ministry said.

The first bomber struck at about 7:40 p.m. among shoppers buying dates and perfume in the souq's covered alley. Six minutes later the second detonated his explosives at the bus station some 600 metres away, where people were boarding the 7:50 p.m. service to Abdali.

"I was counting change for a customer when the roof came down," said Mohammed al-Enezi, 52, who sells incense from stall 114. His nephew, 19, was being treated for burns.

There was no immediate claim of responsibility. A security official said the attack "could be linked" to Islamic State cells that have tried to recruit in the area, and that the men may have crossed from Iraq, about 90 km to the north.

Kuwait has seen few such incidents in recent years. In 2017 a pipe bomb exploded outside a currency exchange in Mahboula, south of the capital, wounding a security guard; in 2020 police defused a car packed with explosives in Wafra, near the Saudi border.

Authorities closed the Jahra road and sent about 1,500 police and National Guard personnel to the area. Hospitals in Jahra and Farwaniya called in off-duty staff and asked for blood donors of all groups at their 24-hour donation centres. Schools in the governorate will stay closed on Sunday, and the souq, which has some 400 shops, will remain shut until further notice. Relatives can reach the ministry's emergency line on 112.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up", "The first bomber struck", "the second detonated his explosives", "the attack"],
  "SUI", "2026-04-23", "day", "Jahra", "KW", 10, 30, "at_least", None, None, False,
  "Wire of Thursday 23 April 2026 (23:30 in Jahra); 'on Thursday evening' = the publication day. Two sites of one town (the old souq and the bus station, 'some 600 metres', 'Six minutes' apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people, not counting the two bombers' -> killed 8 + 2 = 10, at_least (the bombers are added); 'wounding more than 30' -> injured 30 (the qualifier describes the killed figure). No claim: 'could be linked' to Islamic State and 'may have crossed from Iraq' are speculation -> perpetrator null. '7:40 p.m.', '600 metres', '7:50 p.m.', '52', 'stall 114', 'His nephew, 19' (among the injured, a subset), '90 km', '1,500 police', '24-hour', '400 shops', '112' are not casualties."),
E(6, ["a pipe bomb exploded outside a currency exchange in Mahboula"],
  "IED", "2017-01-01", "year", "Mahboula", "KW", None, 1, "exact", None, None, True,
  "'In 2017' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; no author named -> null. 'wounding a security guard' -> injured 1, exact."),
E(6, ["police defused a car packed with explosives in Wafra"],
  "DWU", "2020-01-01", "year", "Wafra", "KW", None, None, None, "police", None, True,
  "'in 2020' -> year, background. A car bomb defused -> Disrupted weapons use by 'police'. No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout52-007
ARTICLES.append(A(7, "en", "article", "2026-04-25T06:00:00Z",
"Al-Nakheel Dental Centre: your appointment has been moved",
"""
AL-NAKHEEL DENTAL CENTRE, JAHRA - APPOINTMENT RESCHEDULING NOTICE. Saturday 25 April 2026.

Dear patients,

Because of Thursday evening's double suicide attack near the old souq and the bus station, our centre in Block 4, Street 17, will remain closed until Tuesday 28 April. Our SMS of Friday morning mentioned at least ten people killed. The Ministry of Interior has since said that 12 people died, including the two attackers, and 47 were injured. One of our dental nurses, Fatima, 29, was among the injured and is recovering at Jahra Hospital. The brother of our receptionist, wounded at the bus station, died there on Friday night; he is counted in the toll.

Why the delay? On Friday afternoon, State Security officers arrested a man in the residential building next to ours, and the street was sealed off until late evening. Our building's owner was asked to give a statement at the police station and went home the same night. Police have asked us to keep our car park, 22 spaces, free for their vehicles until Monday.

Your appointment:
- Appointments of 25, 26 and 27 April are moved automatically to the same time one week later. You will receive an SMS 48 hours before.
- Orthodontic check-ups (braces) are moved to 5 May, from 4 p.m. to 9 p.m.
- Emergencies (pain, swelling, a broken tooth): our Salmiya branch on Salem Al-Mubarak Street is open from 9 a.m. to 10 p.m. Call 2224 6813.
- Missed appointments in April will not be charged the usual KD 5 fee.
- Patients hurt in the attack will be treated free of charge for six months, up to KD 400 per patient.

We thank the ambulance crews and the 36 volunteers who gave blood at our door on Friday.

Dr Hanan Al-Rashidi, Medical Director
"""))
GOLD += [
E(7, ["Thursday evening's double suicide attack", "the attack"],
  "SUI", "2026-04-23", "day", "Jahra", "KW", 12, 47, "exact", None, None, False,
  "Clinic notice of Saturday 25 April; 'Thursday evening's' -> 23 April. Two sites of one town (near the old souq and the bus station) -> ONE event, in Jahra (the clinic's town). The toll is revised inside: the SMS's 'at least ten people killed' is superseded by '12 people died, including the two attackers, and 47 were injured' -> killed 12 (bombers inside; the receptionist's brother, who died on Friday night, 'is counted in the toll'), injured 47, exact; the nurse Fatima is a subset. No claim -> perpetrator null. 'the attack' (once, 'hurt in the attack'). 'Block 4, Street 17', '28 April', '29', '22 spaces', '25, 26 and 27 April', '48 hours', '5 May', '4 p.m. to 9 p.m.', '9 a.m. to 10 p.m.', '2224 6813', 'KD 5', 'six months', 'KD 400', '36 volunteers' are not casualties."),
E(7, ["State Security officers arrested a man in the residential building next to ours"],
  "ARR", "2026-04-24", "day", "Jahra", "KW", None, None, None, "police", None, False,
  "'On Friday afternoon' vs Saturday 25 April -> 24 April. In the building next to the clinic, in Jahra; State Security (a security service) -> 'police' (dev). The building's owner 'asked to give a statement ... and went home the same night' is not arrested."),
]

# -------------------------------------------------------------- holdout52-008
ARTICLES.append(A(8, "fr", "article", "2026-04-28T08:00:00Z",
"Jahra : ce que change la revendication",
"""
CENTRE D'ÉTUDES GOLFE-MÉDITERRANÉE - NOTE D'UNE PAGE n° 14/2026. Paris, le mardi 28 avril 2026. Auteure : Claire Vasseur, chercheuse associée.

Les faits. Le double attentat-suicide du jeudi 23 avril, au vieux souk et à la gare routière de Jahra, a fait treize morts, kamikazes compris, et 47 blessés, selon le ministère koweïtien de l'Intérieur, après le décès lundi d'un chauffeur de bus. Samedi, l'État islamique l'a revendiqué par son agence Amaq, au nom de sa « province du Najd », en se vantant de « plus de cent apostats tués ». Les autorités jugent la revendication crédible ; le bilan avancé par le groupe est fantaisiste.

Ce qui est nouveau. L'attaque vise pour la première fois une ville de la périphérie, et non la capitale. Al-Qaïda dans la péninsule arabique a démenti dimanche toute implication, ce qui confirme la rivalité entre les deux réseaux. Selon un haut responsable, les kamikazes « pourraient avoir été formés » dans le désert irakien ; aucune preuve n'a été publiée.

L'enquête. Elle avance vite. Après l'arrestation vendredi d'un suspect dans un immeuble de Jahra, un passeur soupçonné d'avoir convoyé les explosifs depuis l'Irak a été arrêté dimanche au poste-frontière d'Abdali. Lundi, la police irakienne a interpellé à Safwan un cousin de l'un des kamikazes.

Le précédent. En 2017, une bombe artisanale devant un bureau de change de Mahboula avait blessé un vigile ; l'affaire avait été classée sans suite.

Les enjeux. Le Koweït compte 4,9 millions d'habitants, dont 70 % d'étrangers. Le budget de la sécurité intérieure, 1,3 milliard de dinars, a augmenté de 6 % en 2025. La frontière avec l'Irak s'étend sur 254 km.

Recommandations. 1) Publier les éléments d'attribution ; 2) renforcer la coopération judiciaire avec Bagdad ; 3) éviter les expulsions collectives d'étrangers, qui nourrissent la propagande du groupe.

Contact presse : +33 1 53 70 21 88.
"""))
GOLD += [
E(8, ["Le double attentat-suicide du jeudi 23 avril", "L'attaque vise"],
  "SUI", "2026-04-23", "day", "Jahra", "KW", 13, 47, "exact", "Islamic State", "Islamic State", False,
  "Think tank memo of Tuesday 28 April; 'du jeudi 23 avril' -> 23 April. 'treize morts, kamikazes compris, et 47 blessés' (a bus driver who died Monday 27 April is inside) -> killed 13 (number word, bombers inside), injured 47, exact. Claimed 'Samedi' (25 April) by 'l'État islamique ... au nom de sa « province du Najd »' (a regional branch -> 'Islamic State', dev), judged 'crédible' by the authorities -> claimant and perpetrator; the claim's 'plus de cent apostats tués' is never used. AQAP's denial is not a claim; « pourraient avoir été formés » is speculation. 'n° 14/2026', '4,9 millions', '70 %', '1,3 milliard', '6 %', '2025', '254 km', '+33 1 53 70 21 88' are not casualties."),
E(8, ["l'arrestation vendredi d'un suspect dans un immeuble de Jahra"],
  "ARR", "2026-04-24", "day", "Jahra", "KW", None, None, None, "police", None, False,
  "A noun restating the arrest of holdout52-007: 'vendredi' vs Tuesday 28 April -> 24 April, in Jahra. No force named -> 'police'."),
E(8, ["un passeur soupçonné d'avoir convoyé les explosifs depuis l'Irak a été arrêté dimanche au poste-frontière d'Abdali"],
  "ARR", "2026-04-26", "day", "Abdali", "KW", None, None, None, "police", None, False,
  "'dimanche' vs Tuesday 28 April -> 26 April. The cluster's suspected facilitator (the smuggler who brought the explosives from Iraq), arrested at the Abdali border post -> Abdali, on the Kuwaiti side (KW). No force named -> 'police'."),
E(8, ["la police irakienne a interpellé à Safwan un cousin de l'un des kamikazes"],
  "ARR", "2026-04-27", "day", "Safwan", "IQ", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 28 April -> 27 April. Arrested in Iraq by the Iraqi police -> Safwan, IQ, 'police'."),
E(8, ["une bombe artisanale devant un bureau de change de Mahboula avait blessé un vigile"],
  "IED", "2017-01-01", "year", "Mahboula", "KW", None, 1, "exact", None, None, True,
  "'En 2017' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author named -> null. 'blessé un vigile' -> injured 1, exact. 'classée sans suite' is no event."),
]

# -------------------------------------------------------------- holdout52-009
ARTICLES.append(A(9, "en", "article", "2026-04-29T07:00:00Z",
"Landlords' association: tenancy checks after the Jahra bombing",
"""
KUWAIT REAL ESTATE OWNERS' ASSOCIATION - NOTE TO MEMBERS No. 11/2026. Wednesday 29 April 2026.

Tenancy checks after the Jahra bombing

1. Members will have read that the two suicide bombers who killed 13 people, themselves included, and injured 47 in Jahra last Thursday had rented a furnished flat in Jleeb Al-Shuyoukh three weeks earlier, for KD 180 a month. The attack has since been claimed by Islamic State.

2. The owner of that building, one of our members, was questioned for nine hours at State Security on Friday and released. He had registered the lease, collected two months' deposit and copied both tenants' passports. He has cooperated fully and is not accused of anything.

3. The broker who arranged the lease was arrested in Hawalli yesterday, according to the public prosecution, which says he supplied forged residence papers. Members who signed leases through the same agency (office 7, Tunis Street) are asked to contact us.

4. The man detained on Friday in a building in Jahra, next to a dental clinic, has been remanded in custody for 21 days.

5. Reminder of the rules. Every lease must be registered with the Public Authority for Civil Information within 30 days; the fine is KD 500 per unregistered unit. Keep a copy of each tenant's Civil ID (12 digits) and check it on the authority's app. Do not accept cash rents above KD 3,000 a year without a receipt.

6. From 1 May, police may inspect furnished flats in Jahra, Farwaniya and Jleeb Al-Shuyoukh without notice. Landlords or caretakers should be reachable by phone between 8 a.m. and 10 p.m.

7. Our legal desk (extension 204) answers members' questions free of charge on weekdays from 9 a.m. to 1 p.m. Annual dues of KD 75 are payable by 31 May.

The association's 1,900 members stand with the victims' families.
"""))
GOLD += [
E(9, ["the Jahra bombing", "the two suicide bombers who killed 13 people", "The attack"],
  "SUI", "2026-04-23", "day", "Jahra", "KW", 13, 47, "exact", "Islamic State", "Islamic State", False,
  "Note of Wednesday 29 April; 'last Thursday' -> 23 April. 'killed 13 people, themselves included, and injured 47' -> killed 13 (bombers inside), injured 47, exact. 'The attack has since been claimed by Islamic State', undisputed -> claimant and perpetrator. The heading 'Tenancy checks after the Jahra bombing' holds the first naming. 'No. 11/2026', 'three weeks', 'KD 180', 'nine hours', 'two months', 'office 7', '21 days', '30 days', 'KD 500', '12 digits', 'KD 3,000', '1 May', '8 a.m. and 10 p.m.', 'extension 204', '9 a.m. to 1 p.m.', 'KD 75', '31 May', '1,900 members' are not casualties."),
E(9, ["The broker who arranged the lease was arrested in Hawalli yesterday"],
  "ARR", "2026-04-28", "day", "Hawalli", "KW", None, None, None, "police", None, False,
  "'yesterday' vs Wednesday 29 April -> 28 April. Arrest announced by the public prosecution (prosecutors' investigators -> 'police', dev). The building's owner 'questioned for nine hours at State Security ... and released' is not arrested."),
E(9, ["The man detained on Friday in a building in Jahra"],
  "ARR", "2026-04-24", "day", "Jahra", "KW", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout52-007: 'on Friday' vs Wednesday 29 April -> 24 April, in Jahra. 'remanded in custody for 21 days' is the arrest's judicial follow-up. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout52-010
ARTICLES.append(A(10, "fr", "article", "2026-05-03T05:00:00Z",
"Parents CM1-B : le résumé de la semaine",
"""
RÉSUMÉ HEBDOMADAIRE DU GROUPE WHATSAPP « PARENTS CM1-B » - École primaire Les Palmiers (section française), Salmiya. Semaine du 26 avril au 2 mai 2026. Rédigé par les deux parents délégués.

Pour celles et ceux qui n'ont pas pu suivre les 312 messages de la semaine, voici l'essentiel.

• Jahra. Triste nouvelle jeudi : le papa de Karim, blessé le 23 avril à la gare routière de Jahra, est décédé à l'hôpital. Le bilan de l'attentat-suicide est désormais de quatorze morts, y compris les deux kamikazes, et de 47 blessés. Une cagnotte pour la famille a réuni 1 850 dinars ; elle reste ouverte jusqu'au 10 mai.

• La marche. Vendredi, plusieurs familles de la classe ont rejoint la marche de Jahra : plus de 5 000 personnes ont défilé du vieux souk jusqu'au siège du gouvernorat pour dire « non au terrorisme », dans le calme. Photos dans l'album partagé (merci de ne pas les publier ailleurs).

• L'enquête. Des parents ont partagé des articles : l'attaque a été revendiquée le 25 avril par l'État islamique. Rappel de la maîtresse : on évite d'en parler devant les enfants, qui posent beaucoup de questions.

• La sécurité. Le vigile de l'école, entendu mardi par la police comme témoin parce qu'il habite Jleeb Al-Shuyoukh, a repris son poste. Le portail ouvre désormais à 7 h 10 et ferme à 7 h 40 ; dépose des enfants sans descendre de voiture.

• La classe. La psychologue scolaire passera mardi de 10 heures à 11 heures. La sortie au musée des sciences du 14 mai est maintenue : 6 dinars par élève, 23 élèves inscrits, 4 accompagnateurs demandés.

• Divers. Une maman propose une boîte de dons de vêtements pour les familles de Jahra, à déposer à l'accueil. Le groupe passera en mode « administrateurs uniquement » pendant les vacances, du 24 au 31 mai.

Bonne semaine à tous !
"""))
GOLD += [
E(10, ["l'attentat-suicide", "l'attaque a été revendiquée"],
  "SUI", "2026-04-23", "day", "Jahra", "KW", 14, 47, "exact", "Islamic State", "Islamic State", False,
  "Parents' summary of Sunday 3 May; 'blessé le 23 avril à la gare routière de Jahra' dates the bombing -> 23 April. 'quatorze morts, y compris les deux kamikazes, et de 47 blessés' -> killed 14 (number word, bombers inside; Karim's father, who died 'jeudi' 30 April, is inside), injured 47, exact. 'revendiquée le 25 avril par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. '312 messages', '1 850 dinars', '10 mai', '7 h 10', '7 h 40', '10 heures à 11 heures', '14 mai', '6 dinars', '23 élèves', '4 accompagnateurs', '24 au 31 mai' are not casualties."),
E(10, ["La marche", "la marche de Jahra", "plus de 5 000 personnes ont défilé du vieux souk jusqu'au siège du gouvernorat"],
  "PP", "2026-05-01", "day", "Jahra", "KW", None, None, None, None, None, False,
  "'Vendredi' vs Sunday 3 May -> 1 May. A march from the old souq to the governorate's seat with a message ('non au terrorisme'), 'dans le calme' -> Peaceful protest, perpetrator null. '5 000' counts marchers. The bullet's heading 'La marche.' is its first naming. The school's guard 'entendu mardi par la police comme témoin' (28 April) is not arrested."),
]
