"""Authoring source of benchmarks/events_holdout68 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ghani Khel, Afghanistan cluster (holdout68-011 to 015, and 021
ten days after the bombing; English and French), two suicide bombers on
Tuesday 8 September 2026 at two sites of one town (the money changers' row
of the main bazaar and the gate of the district hospital, about 400 m and
nine minutes apart) in Ghani Khel, the main town of Nangarhar's Shinwar
district: an English wire with a first report (011), an English
late-afternoon news digest email (012), a French beekeepers' association
newsletter ("bulletin d'une association d'apiculteurs", fr 013), a French
optician's email about appointments ("courriel d'un opticien à ses
clients", fr 014), an English wire on an arrest in Pakistan (015) and an
English zoo's closure notice (021). Afghanistan is UTC+4:30 and Pakistan
UTC+5; France is UTC+2 in September: every publication time here is
between 07:00 and 16:00 UTC (at most 17:00 in Kabul), so every local date
is the UTC date. Afghanistan's de facto authorities and their intelligence
service are "Taliban" (dev convention), also as the actor of an arrest.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout68")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout68-011
ARTICLES.append(A(11, "en", "article", "2026-09-08T12:00:00Z",
"Twin suicide bombing kills at least 16 in eastern Afghan town",
"""
GHANI KHEL, Afghanistan (Frontier Wire) - Two suicide bombers struck nine minutes apart in Ghani Khel, the main town of Nangarhar province's Shinwar district, on Tuesday, killing themselves and at least fourteen other people and wounding dozens, officials and doctors said.

The first bomber blew himself up at 9:40 a.m. among the money changers' stalls of the main bazaar, on the highway that links Jalalabad to the Torkham border crossing. The second detonated his vest nine minutes later at the gate of the district hospital, some 400 metres away, as the first wounded were being wheeled in on handcarts.

"My cousin's shop lost its roof and its shutters," said Noor Agha, 45, a dried-fruit seller. "We were weighing 50 kilos of raisins for a truck when the ground jumped."

A Taliban spokesman for the province confirmed the toll and said the most seriously wounded had been taken to the regional hospital in Jalalabad, 45 km to the north-west. No group claimed the attack, but local elders said it could be the work of Islamic State's Khorasan branch, which once held several villages of Shinwar.

The province had been calmer in recent years. In 2020, a roadside bomb killed three Taliban fighters in Bati Kot and, less than an hour later, another wounded two farmers in Kuz Kunar, on the other side of Jalalabad.

Traders said some 300 trucks carrying fruit and coal were stuck on the highway on Tuesday afternoon. The Torkham crossing, 25 km to the east, stayed open. The price of a 20-litre drum of diesel in Ghani Khel rose to 3,100 afghanis, about 44 dollars, within hours, and the town's two private clinics asked for blood of all groups.
"""))
GOLD += [
E(11, ["Two suicide bombers struck nine minutes apart in Ghani Khel", "The first bomber blew himself up", "The second detonated his vest", "the attack"],
  "SUI", "2026-09-08", "day", "Ghani Khel", "AF", 16, 12, "at_least", None, None, False,
  "Wire of Tuesday 8 September 2026 (16:30 in Ghani Khel); 'on Tuesday' = the publication day. Two sites of one town (the bazaar's money changers' stalls and the district hospital's gate, 'some 400 metres away', nine minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least fourteen other people and wounding dozens' -> killed 14 + 2 bombers = 16, at_least (the bombers are added); 'dozens' -> injured 12 (dev table; the qualifier describes the killed figure). No claim; 'could be the work of Islamic State's Khorasan branch' is the elders' speculation -> perpetrator null. '9:40 a.m.', '400 metres', '45' (an age), '50 kilos', '45 km', '300 trucks', '25 km', '20-litre', '3,100 afghanis', '44 dollars', 'two private clinics' are not casualties. Jalalabad and Torkham are only named."),
E(11, ["a roadside bomb killed three Taliban fighters in Bati Kot"],
  "IED", "2020-01-01", "year", "Bati Kot", "AF", 3, None, "exact", None, None, True,
  "'In 2020' -> year, background. A roadside bomb -> Remote explosive/landmine/IED, no author -> null. 'killed three Taliban fighters' -> killed 3, exact. Two bombs in two places less than an hour apart are two events, one per place (Bati Kot and Kuz Kunar)."),
E(11, ["another wounded two farmers in Kuz Kunar"],
  "IED", "2020-01-01", "year", "Kuz Kunar", "AF", None, 2, "exact", None, None, True,
  "'In 2020' -> year, background. 'another' (roadside bomb), less than an hour after the Bati Kot bomb but in Kuz Kunar, 'on the other side of Jalalabad' -> its own Remote explosive/landmine/IED event. 'wounded two farmers' -> injured 2, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout68-012
ARTICLES.append(A(12, "en", "article", "2026-09-09T12:30:00Z",
"The Five O'Clock: Ghani Khel toll rises to 23; two held in Surkh Rod",
"""
THE FIVE O'CLOCK - the late-afternoon digest of Frontier Wire. Wednesday 9 September 2026. Times are Kabul time.

1. GHANI KHEL TOLL RISES. The toll of Tuesday's twin suicide bombing in Ghani Khel, Nangarhar, has been raised again. This morning the provincial health department said 19 people had died; at 3 p.m. it gave 23 dead, including the two bombers, and 61 wounded, eight of them children. Two of the wounded died overnight in Jalalabad. No group has claimed the attack so far.

2. ARRESTS. Taliban intelligence said it arrested two men late on Tuesday in Sultanpur, in Surkh Rod district, on the road to Jalalabad, with a motorbike and 4 kg of ball bearings. About 60 money changers from the bazaar were questioned on Wednesday morning and released before noon.

3. MARCH BROKEN UP. Taliban fighters fired into the air and beat with rifle butts some 200 shopkeepers who were marching this morning on the district governor's compound in Ghani Khel to demand compensation for their stalls. Four of the marchers were hurt, a doctor said.

4. MARKETS. The afghani closed at 70.4 to the dollar, against 70.1 on Tuesday. A 7-kg bag of flour sold for 560 afghanis in Jalalabad, up 5 percent in a week.

5. FLIGHTS. Hindu Kush Air's 14:20 flight from Kabul to Dubai left three hours late. The carrier's twice-weekly service to Jeddah resumes on 20 September.

6. CRICKET. Afghanistan's under-19 side beat Ireland by 47 runs in Abu Dhabi, with five wickets for 18 runs for their left-arm spinner.

7. WEATHER. Jalalabad 38C this afternoon, Kabul 29C. Dust is expected on the Torkham road tomorrow, with winds of up to 40 km/h.

You are receiving The Five O'Clock because you subscribed at a Frontier Wire event. Reply STOP to unsubscribe. Tomorrow's digest will be sent at 5 p.m. Kabul time, as usual.
"""))
GOLD += [
E(12, ["Tuesday's twin suicide bombing in Ghani Khel", "the attack"],
  "SUI", "2026-09-08", "day", "Ghani Khel", "AF", 23, 61, "exact", None, None, False,
  "Digest of Wednesday 9 September (17:00 in Kabul); 'Tuesday's' -> 8 September. The toll is revised inside: '19 people had died' this morning (superseded) -> '23 dead, including the two bombers, and 61 wounded' -> killed 23 (bombers inside; the two wounded who 'died overnight' are inside), injured 61, exact; 'eight of them children' is a subset. 'No group has claimed the attack so far' -> perpetrator null. The heading 'GHANI KHEL TOLL RISES' is left out of the triggers. '3 p.m.', '70.4', '70.1', '7-kg', '560 afghanis', '5 percent', '14:20', 'three hours', '20 September', '47 runs', 'five wickets for 18 runs', '38C', '29C', '40 km/h', '5 p.m.' are not casualties."),
E(12, ["ARRESTS", "Taliban intelligence said it arrested two men late on Tuesday in Sultanpur"],
  "ARR", "2026-09-08", "day", "Sultanpur", "AF", None, None, None, "Taliban", None, False,
  "'late on Tuesday' vs Wednesday 9 September -> 8 September, the evening of the bombing. Sultanpur, in Surkh Rod district -> 'Sultanpur'. 'Taliban intelligence' -> 'Taliban' (dev: the Taliban as de facto authorities and their intelligence service). The heading 'ARRESTS' names this arrest (the only one of the digest) and is its first trigger; the motorbike and '4 kg of ball bearings' seized belong to it. The 'About 60 money changers ... questioned ... and released before noon' are not arrested."),
E(12, ["MARCH BROKEN UP", "Taliban fighters fired into the air and beat with rifle butts some 200 shopkeepers who were marching"],
  "PI", "2026-09-09", "day", "Ghani Khel", "AF", None, 4, "exact", None, None, False,
  "'this morning' -> Wednesday 9 September. Shopkeepers marching on the district governor's compound with a demand (compensation), broken up by Taliban fighters firing into the air and beating them -> Protest with intervention, perpetrator null (dev: protests take no perpetrator). 'Four of the marchers were hurt' -> injured 4, exact. '200 shopkeepers' counts marchers. The heading 'MARCH BROKEN UP' is the first trigger."),
]

# -------------------------------------------------------------- holdout68-013
ARTICLES.append(A(13, "fr", "article", "2026-09-12T07:00:00Z",
"Le Rucher solidaire n° 57 : deuil chez nos amis apiculteurs de Ghani Khel",
"""
LE RUCHER SOLIDAIRE - Bulletin de l'Association des apiculteurs du Pays de Die - n° 57, septembre 2026 (envoyé le samedi 12 septembre).

DEUIL À GHANI KHEL. Depuis 2022, notre association soutient une coopérative de quatorze apiculteurs à Ghani Khel, dans la province afghane du Nangarhar, à qui nous avons envoyé 30 ruches Dadant. Mardi 8 septembre, deux kamikazes se sont fait exploser au bazar de la ville puis devant l'hôpital du district. Rahmatullah, le président de la coopérative, qui vendait son miel au bazar, a été tué sur le coup. Sami, 19 ans, son apprenti, est mort jeudi de ses blessures. Le bilan est désormais de vingt-quatre morts, dont les deux kamikazes, et de 61 blessés.

L'attentat a été revendiqué mercredi soir par l'État islamique au Khorasan, qui se vante d'avoir tué « plus de cent apostats ». Les autorités talibanes jugent la revendication crédible. Jeudi, elles ont arrêté à Rodat un homme soupçonné d'avoir hébergé les kamikazes pendant une semaine. Hier, vendredi, après la prière, plusieurs milliers d'habitants ont défilé dans le calme à Ghani Khel pour dire non à Daech, nous écrit Hazrat, le trésorier de la coopérative.

NOTRE AIDE. Le conseil d'administration a voté jeudi une aide d'urgence de 2 500 euros, envoyée par un organisme de transfert agréé. Vous pouvez la compléter par chèque à l'ordre de l'association. Les 38 pots de miel d'acacia afghan reçus en juillet seront vendus 9 euros pièce au profit des familles.

AU RUCHER ÉCOLE. Visite sanitaire le samedi 26 septembre à 14 heures : comptage du varroa, seuil d'alerte à 3 %. Les traitements à l'acide oxalique commenceront en novembre. Nourrissement : 5 kilos de sirop par ruche avant le 15 octobre.

MIELLÉE. La récolte de lavande 2026 est moyenne : 11 kilos par ruche, contre 16 l'an dernier. Le miel se vend 14 euros le kilo en vente directe.

AGENDA. Assemblée générale le dimanche 18 octobre à 10 heures, salle des fêtes de Die. Cotisation : 28 euros.

Contact : 04 75 22 31 09.
"""))
GOLD += [
E(13, ["deux kamikazes se sont fait exploser au bazar de la ville", "L'attentat a été revendiqué"],
  "SUI", "2026-09-08", "day", "Ghani Khel", "AF", 24, 61, "exact", "Islamic State", "Islamic State", False,
  "Beekeepers' newsletter sent Saturday 12 September; 'Mardi 8 septembre' -> 8 September. Two sites (the bazaar, then the district hospital), one town -> ONE event. 'vingt-quatre morts, dont les deux kamikazes, et de 61 blessés' -> killed 24 (bombers inside; Sami, 19, who died Thursday, is inside), injured 61, exact. 'revendiqué mercredi soir par l'État islamique au Khorasan' (a regional branch -> 'Islamic State', dev), judged 'crédible' by the Taliban authorities -> claimant and perpetrator; the claim's 'plus de cent apostats' is never used. 'quatorze apiculteurs' (members of a cooperative), '2022', '30 ruches', '19 ans', '2 500 euros', '38 pots', '9 euros', '26 septembre', '14 heures', '3 %', '5 kilos', '15 octobre', '11 kilos', '16', '14 euros', '18 octobre', '10 heures', '28 euros', '04 75 22 31 09' are not casualties."),
E(13, ["elles ont arrêté à Rodat un homme"],
  "ARR", "2026-09-10", "day", "Rodat", "AF", None, None, None, "Taliban", None, False,
  "'Jeudi' vs Saturday 12 September -> 10 September. The cluster's suspected facilitator (the man who housed the bombers for a week), arrested in Rodat (a Nangarhar district) by 'elles' = 'Les autorités talibanes' -> 'Taliban'."),
E(13, ["plusieurs milliers d'habitants ont défilé dans le calme à Ghani Khel"],
  "PP", "2026-09-11", "day", "Ghani Khel", "AF", None, None, None, None, None, False,
  "'Hier, vendredi' vs Saturday 12 September -> 11 September. A calm march with a message ('pour dire non à Daech') -> Peaceful protest, perpetrator null. 'plusieurs milliers' counts marchers."),
]

# -------------------------------------------------------------- holdout68-014
ARTICLES.append(A(14, "fr", "article", "2026-09-14T16:00:00Z",
"Optique du Marché : votre rendez-vous avec Mme Wahidi est déplacé",
"""
OPTIQUE DU MARCHÉ - Montreuil. Courriel aux clients ayant un rendez-vous cette semaine. Lundi 14 septembre 2026.

Bonjour,

Votre rendez-vous d'examen de vue ou d'adaptation de lentilles avec notre optométriste, Mme Farida Wahidi, prévu entre le mardi 15 et le samedi 19 septembre, doit être déplacé. Mme Wahidi est partie ce matin pour l'Afghanistan : son père, qui tient un bureau de change au bazar de Ghani Khel, a été grièvement blessé dans le double attentat-suicide du mardi 8 septembre. Cet attentat, revendiqué par l'État islamique au Khorasan, a fait vingt-quatre morts, y compris les deux kamikazes, et soixante et un blessés.

Vous avez été nombreux à nous écrire. Mme Wahidi nous a demandé de vous transmettre ce qu'elle sait : les talibans ont placé en détention les deux hommes arrêtés le soir même à Sultanpur, et le Tehrik-e-Taliban Pakistan, que des rumeurs désignaient, a démenti toute implication. Selon le gouverneur de la province, les kamikazes « pourraient avoir été recrutés » dans les zones tribales pakistanaises.

VOS NOUVEAUX CRÉNEAUX
- Examens de vue : du 22 septembre au 3 octobre, aux mêmes heures. Durée : 30 minutes.
- Adaptations de lentilles : premier essai de 45 minutes, contrôle à 8 jours.
- Retraits de lunettes : inchangés, du mardi au samedi de 9 h 30 à 19 h.

VOS AVANTAGES
- L'offre « deuxième paire à 1 euro » est prolongée jusqu'au 31 octobre.
- Les verres progressifs commandés avant le 10 septembre (bons 26-0871 à 26-0904) seront livrés dans les délais.
- Tiers payant avec plus de 300 mutuelles ; reste à charge de 0 euro sur l'offre 100 % Santé.

Pour changer de créneau : 01 48 57 20 36, ou en ligne, rubrique « Mes rendez-vous ». Si votre ordonnance a plus de 3 ans, pensez à consulter un ophtalmologiste avant votre examen.

Toute l'équipe a une pensée pour la famille de Farida et pour les habitants de Ghani Khel.

Optique du Marché, 17 rue de Paris, Montreuil.
"""))
GOLD += [
E(14, ["le double attentat-suicide du mardi 8 septembre", "Cet attentat, revendiqué par l'État islamique au Khorasan"],
  "SUI", "2026-09-08", "day", "Ghani Khel", "AF", 24, 61, "exact", "Islamic State", "Islamic State", False,
  "Optician's email of Monday 14 September; 'du mardi 8 septembre' -> 8 September; the place is 'au bazar de Ghani Khel' (the father's shop) -> Ghani Khel. 'vingt-quatre morts, y compris les deux kamikazes, et soixante et un blessés' -> killed 24 (bombers inside), injured 61 (number words), exact; the father 'grièvement blessé' is one of them. 'revendiqué par l'État islamique au Khorasan', undisputed -> 'Islamic State' (regional branch), claimant and perpetrator. The Tehrik-i-Taliban Pakistan's denial ('a démenti toute implication') is not a claim; the governor's « pourraient avoir été recrutés » is speculation. '15 et ... 19 septembre', '22 septembre au 3 octobre', '30 minutes', '45 minutes', '8 jours', '9 h 30 à 19 h', '1 euro', '31 octobre', '10 septembre', '26-0871 à 26-0904', '300 mutuelles', '0 euro' (a price, not a toll), '100 %', '01 48 57 20 36', '3 ans', '17 rue de Paris' are not casualties."),
E(14, ["les deux hommes arrêtés le soir même à Sultanpur"],
  "ARR", "2026-09-08", "day", "Sultanpur", "AF", None, None, None, "Taliban", None, False,
  "Participle restating the arrest of holdout68-012: 'le soir même' = the evening of the bombing, 8 September, in Sultanpur. 'les talibans ont placé en détention' is the follow-up, by the Taliban -> 'Taliban'."),
]

# -------------------------------------------------------------- holdout68-015
ARTICLES.append(A(15, "en", "article", "2026-09-15T09:00:00Z",
"Pakistan holds printer over Ghani Khel bombers' forged identity cards",
"""
GHANI KHEL, Afghanistan (Frontier Wire) - Pakistani police have arrested a man suspected of forging identity cards for the two suicide bombers who killed 24 people in this eastern Afghan town a week ago, officials on both sides of the border said on Tuesday.

The man, a 41-year-old printer, was detained on Friday in Ghalanai, the main town of Pakistan's Mohmand district, the Khyber Pakhtunkhwa police said. Investigators found blank cards and a laminating machine in his shop. Pakistan has not said whether it will hand him over to the Taliban.

The toll of the September 8 attack on Ghani Khel's bazaar and hospital gate stands at 24 dead, a figure that includes both bombers, and 61 wounded. Islamic State's Khorasan branch claimed it last Wednesday.

In Afghanistan, the Taliban's intelligence service said one of the two men arrested in Sultanpur on the night of the bombing was freed on Sunday after tribal elders vouched for him. The other, and the man arrested in Rodat on Thursday on suspicion of housing the bombers, have been transferred to a prison in Kabul. A Taliban official said both would face a religious court.

Residents said bulldozers had cleared the rubble of 27 shops and that money changers were trading again from tables under plastic sheets. The district hospital's gate, rebuilt in concrete, reopened on Monday, and 12 guards now search every visitor.

Shinwar has a long history of militant violence. In 2020, a roadside bomb killed three Taliban fighters in nearby Bati Kot.

The United Nations mission in Afghanistan said it was sending 2,000 hygiene kits to the district and that 35 of the wounded remained in hospital, nine of them in intensive care.
"""))
GOLD += [
E(15, ["Pakistani police have arrested a man suspected of forging identity cards", "was detained on Friday in Ghalanai"],
  "ARR", "2026-09-11", "day", "Ghalanai", "PK", None, None, None, "police", None, False,
  "Wire of Tuesday 15 September; 'detained on Friday' -> 11 September, in Ghalanai, Pakistan -> PK. 'Pakistani police', 'the Khyber Pakhtunkhwa police' -> 'police'. The blank cards and the laminating machine found belong to the arrest. A possible handover to the Taliban is a future follow-up, not an event. '41-year-old' is an age. The lead sentence and the detail sentence name the same arrest."),
E(15, ["the two suicide bombers who killed 24 people in this eastern Afghan town", "the September 8 attack on Ghani Khel's bazaar and hospital gate"],
  "SUI", "2026-09-08", "day", "Ghani Khel", "AF", 24, 61, "exact", "Islamic State", "Islamic State", False,
  "'the September 8 attack' -> 8 September (the lead's 'a week ago' agrees). 'stands at 24 dead, a figure that includes both bombers, and 61 wounded' -> killed 24 (bombers inside), injured 61, exact. 'Islamic State's Khorasan branch claimed it last Wednesday' (9 September), undisputed -> 'Islamic State', claimant and perpetrator. The dateline Ghani Khel is the bombing's town. '27 shops', '12 guards', '2,000 hygiene kits' are not casualties; '35 of the wounded' and 'nine of them' are subsets."),
E(15, ["the two men arrested in Sultanpur on the night of the bombing"],
  "ARR", "2026-09-08", "day", "Sultanpur", "AF", None, None, None, "Taliban", None, False,
  "Participle restating the arrest of holdout68-012: 'on the night of the bombing' -> 8 September, Sultanpur. One of them 'was freed on Sunday after tribal elders vouched for him': a release does not undo the arrest and is no event; the other's transfer to Kabul is a follow-up. Told by 'the Taliban's intelligence service' -> 'Taliban'."),
E(15, ["the man arrested in Rodat on Thursday"],
  "ARR", "2026-09-10", "day", "Rodat", "AF", None, None, None, "Taliban", None, False,
  "Participle restating the arrest of holdout68-013: 'on Thursday' vs Tuesday 15 September -> 10 September, Rodat. 'transferred to a prison in Kabul' and 'would face a religious court' are follow-ups. The Taliban hold him -> 'Taliban'."),
E(15, ["a roadside bomb killed three Taliban fighters in nearby Bati Kot"],
  "IED", "2020-01-01", "year", "Bati Kot", "AF", 3, None, "exact", None, None, True,
  "'In 2020' -> year, background. A roadside bomb -> Remote explosive/landmine/IED, no author -> null; 'killed three Taliban fighters' -> killed 3, exact. (This wire does not name the Kuz Kunar bomb of holdout68-011.)"),
]

# -------------------------------------------------------------- holdout68-021
ARTICLES.append(A(21, "en", "article", "2026-09-18T08:00:00Z",
"Jalalabad Zoological Garden closed from 19 to 21 September",
"""
JALALABAD ZOOLOGICAL GARDEN - CLOSURE NOTICE. Issued on Friday 18 September 2026 by the management.

The zoo will be CLOSED to visitors from Saturday 19 to Monday 21 September inclusive. It will reopen on Tuesday 22 September at 8:00.

Why we are closing

1. Mourning. Our senior keeper, Abdul Wali Momand, 58, who had looked after our two lions since 2011, died on Wednesday in the regional hospital. He was badly hurt on 8 September in the twin suicide bombing at Ghani Khel bazaar, where he had gone to buy feed. His death brings the toll of the bombing, claimed by Islamic State, to 25 dead, the two bombers included. Staff will gather for prayers for him on Saturday.

2. Our gardener. Many visitors have asked about Gul Rahman, our gardener. He was detained by the Taliban's intelligence service at a checkpoint in Behsud on Sunday, because his phone held photographs of the bazaar, and was released without charge on Tuesday evening. He is well and back at work.

3. Works. The provincial authorities have asked to use our car park, 120 spaces, for vehicle checks until Monday.

During the closure

- The animals will be fed as usual: 14 kg of meat a day for the lions and 9 kg of fruit for the monkey house, which holds 31 macaques.
- Two brown bears promised by a private donor will arrive on 25 September.
- School visits booked for 20 and 21 September are moved to October.

Tickets after reopening

Adults 20 afghanis, children under 12 10 afghanis, families of more than four 50 afghanis. School groups must book 48 hours ahead.

Contact: gate office, +93 60 230 1145, from 8:00 to 15:00, Saturday to Thursday.

We thank the people of Jalalabad for their patience and their prayers.
"""))
GOLD += [
E(21, ["the twin suicide bombing at Ghani Khel bazaar", "the toll of the bombing"],
  "SUI", "2026-09-08", "day", "Ghani Khel", "AF", 25, None, "exact", "Islamic State", "Islamic State", False,
  "Zoo notice of Friday 18 September; 'on 8 September' -> 8 September, ten days before -> current. The keeper 'badly hurt' there 'died on Wednesday' (16 September): 'His death brings the toll of the bombing ... to 25 dead, the two bombers included' -> killed 25 (bombers inside), exact; no injured figure -> null. 'claimed by Islamic State', undisputed -> claimant and perpetrator. '58', 'two lions', '2011', '120 spaces', '14 kg', '9 kg', '31 macaques', 'Two brown bears', '25 September', '20 and 21 September', '8:00', '20 afghanis', 'under 12', '10 afghanis', 'more than four', '50 afghanis', '48 hours', '+93 60 230 1145', '8:00 to 15:00' are not casualties."),
E(21, ["He was detained by the Taliban's intelligence service at a checkpoint in Behsud on Sunday"],
  "ARR", "2026-09-13", "day", "Behsud", "AF", None, None, None, "Taliban", None, False,
  "'on Sunday' vs Friday 18 September -> 13 September, at a checkpoint in Behsud (a Nangarhar district) -> Behsud. 'the Taliban's intelligence service' -> 'Taliban'. Detained over photographs of the bombed bazaar, 'released without charge on Tuesday evening': a release does not undo the arrest (events_holdout41 convention)."),
]
