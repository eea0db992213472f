"""Authoring source of benchmarks/events_holdout40 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mafeteng, Lesotho cluster (holdout40-011 to 015, and 021 seven
weeks later; English and French), two suicide bombers on Wednesday 19 August
2026 at two sites of one town (the taxi rank and the entrance of the main
market, about 400 m and five minutes apart): an English wire with a "CITY,
Country (Wire) -" dateline (011), the transcript of a local radio station's
traffic-and-weather flash with a security item (012, kind "transcript"), a
French press statement of the African Union Commission ("communiqué de
presse", fr 013), an English school principal's letter to parents (014), an
English wire on a march dispersed with tear gas and batons, charges, an
extradition and a release (015), and an English High Court cause list with a
bail hearing seven weeks later (021). Lesotho is UTC+2: every publication
time here is between 05:00 and 12:00 UTC, so every local date is the UTC
date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout40")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout40-011
ARTICLES.append(A(11, "en", "article", "2026-08-19T12:00:00Z",
"Twin suicide bombing kills at least 12 in Lesotho's Mafeteng",
"""
MAFETENG, Lesotho (Southern Wire) - Two suicide bombers struck the busy taxi rank and the main market of Mafeteng, a lowland town in western Lesotho, within five minutes on Wednesday morning, killing at least ten people besides the two attackers and wounding a score of others, police said.

The first bomber set off his explosives at about 7:50 a.m. among minibus taxis loading commuters for Maseru, 76 km to the north. The second detonated his charge at 7:55 a.m. at the entrance of the market, some 400 metres away, where vendors were setting up their stalls.

"The minibus in front of me was lifted off the ground," said Thabo Mokoena, 38, who has driven a 15-seater on the Mafeteng-Maseru route for 12 years.

Police spokesperson Senior Inspector 'Mamello Lebona said it was "too early" to name those responsible. A police source said the attack appeared to be the work of Islamic State fighters from northern Mozambique, about 1,800 km away, but offered no evidence.

Lesotho, a mountain kingdom of about 2.3 million people entirely surrounded by South Africa, has no history of suicide attacks. In 2020 a homemade bomb went off at a taxi rank in Teyateyaneng, injuring four people; police linked it to a feud between taxi associations.

The government closed the Van Rooyen's Gate border post, 18 km west of Mafeteng, and schools in the district sent pupils home at 10 a.m. Mafeteng Government Hospital, which has 120 beds, appealed for blood donors of group O. The Prime Minister's office declared three days of mourning, and the South African Police Service said it had raised alert levels at 14 border posts.
"""))
GOLD += [
E(11, ["Two suicide bombers struck the busy taxi rank and the main market of Mafeteng", "The first bomber set off his explosives", "The second detonated his charge", "the attack"],
  "SUI", "2026-08-19", "day", "Mafeteng", "LS", 12, 20, "at_least", None, None, False,
  "Wire of Wednesday 19 August 2026 (14:00 in Lesotho); 'on Wednesday morning' = 19 August. Two sites of one town (the taxi rank and the market entrance, 'some 400 metres away', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least ten people besides the two attackers and wounding a score of others' -> killed 10 + 2 = 12, at_least; injured 20 ('a score', dev table); the qualifier is the killed figure's. No claim; 'appeared to be the work of Islamic State fighters ... but offered no evidence' is speculation -> perpetrator null. '7:50 a.m.', '7:55 a.m.', '76 km', '400 metres', '38', '15-seater', '12 years', '1,800 km', '2.3 million', '18 km', '10 a.m.', '120 beds', 'three days', '14 border posts' are not casualties."),
E(11, ["a homemade bomb went off at a taxi rank in Teyateyaneng, injuring four people"],
  "IED", "2020-01-01", "year", "Teyateyaneng", "LS", None, 4, "exact", None, None, True,
  "'In 2020' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; 'linked it to a feud between taxi associations' names no actor -> null. 'injuring four people' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout40-012
ARTICLES.append(A(12, "en", "transcript", "2026-08-20T05:00:00Z",
"Thaba FM traffic and weather flash, Thursday 20 August, 07:00",
"""
THABA FM 96.4 - TRAFFIC AND WEATHER FLASH - 07:00, THURSDAY 20 AUGUST 2026. Presenter: Lerato Sekhesa.

LERATO: Good morning Maseru, it is seven o'clock, minus four degrees at Moshoeshoe I airport, and here is your flash. Security first, then the roads.

SECURITY. Police say the death toll from yesterday's twin suicide bombing in Mafeteng has risen again. At six this morning the health ministry gave nineteen dead. The figure we have just received is twenty-one people killed, including the two bombers, and 58 injured. Police also arrested two men at a roadblock near Mohale's Hoek last night; they were travelling in a white Toyota Quantum with Mafeteng plates. Two taxi drivers who were questioned yesterday have been released.

ROADS. The Main South Road is closed between kilometre 64 and kilometre 78, around Mafeteng. Use the Morija road; expect a 40-minute detour. There are roadblocks at Masianokeng and Tsakholo, so have your ID ready. In Maseru, Kingsway is slow from Pioneer Mall to the traffic circle.

BORDERS. Van Rooyen's Gate stays closed today. Maseru Bridge is open, with queues of about two hours for trucks and 30 minutes for cars.

TAXIS. The Mafeteng rank is closed. The taxi association says Mafeteng routes will leave from the stadium car park, and the fare stays at 45 maloti.

SCHOOLS. All 34 schools in Mafeteng district are closed today and tomorrow.

WEATHER. Clear and cold. Frost in the lowlands this morning and minus nine in Mokhotlong tonight. Highs of 16 degrees in Maseru and 14 in Mafeteng, with a north-westerly wind at 20 km/h.

LERATO: One more thing. Blood donors, the Mafeteng hospital needs you, O negative especially. The blood service line is 2231 2277. Our next flash is at half past seven. This is Thaba FM, 96.4.
"""))
GOLD += [
E(12, ["yesterday's twin suicide bombing in Mafeteng"],
  "SUI", "2026-08-19", "day", "Mafeteng", "LS", 21, 58, "exact", None, None, False,
  "Radio flash of Thursday 20 August (07:00 in Lesotho, 05:00 UTC); 'yesterday's' -> 19 August. Two sites of one town -> ONE event. The toll is revised inside the item: 'At six this morning the health ministry gave nineteen dead' is superseded by 'twenty-one people killed, including the two bombers, and 58 injured' -> 21 (bombers inside), 58, exact. No claim -> perpetrator null. '96.4', '07:00', 'minus four degrees', 'kilometre 64', 'kilometre 78', '40-minute', 'two hours', '30 minutes', '45 maloti', '34 schools', 'minus nine', '16 degrees', '14', '20 km/h', '2231 2277' are not casualties."),
E(12, ["Police also arrested two men at a roadblock near Mohale's Hoek"],
  "ARR", "2026-08-19", "day", "Mohale's Hoek", "LS", None, None, None, "police", None, False,
  "'last night' vs Thursday 20 August -> 19 August (the night of the bombing; 'Thursday night' means Thursday, dev). 'near Mohale's Hoek' -> the nearest named place (dev). The 'white Toyota Quantum' belongs to the arrest. The 'Two taxi drivers who were questioned yesterday have been released' are not arrested."),
]

# -------------------------------------------------------------- holdout40-013
ARTICLES.append(A(13, "fr", "article", "2026-08-21T10:00:00Z",
"L'Union africaine condamne le double attentat-suicide de Mafeteng",
"""
COMMUNIQUÉ DE PRESSE. Addis-Abeba, le 21 août 2026. Le président de la Commission de l'Union africaine condamne l'attentat commis au Royaume du Lesotho.

Le président de la Commission de l'Union africaine condamne avec la plus grande fermeté le double attentat-suicide perpétré le mercredi 19 août à Mafeteng, dans l'ouest du Royaume du Lesotho, contre la gare routière des taxis et le marché central de la ville. Selon les autorités du Lesotho, l'attaque a fait vingt-deux morts, y compris les deux kamikazes, et cinquante-huit blessés. Une fillette de neuf ans, blessée au marché, est décédée jeudi à l'hôpital de Maseru.

Le président prend note de la revendication diffusée jeudi soir par l'organisation dite « État islamique », par l'intermédiaire de sa « province du Mozambique », revendication que les autorités du Lesotho jugent crédible. Il rappelle qu'aucune cause, aucune idéologie ne saurait justifier le meurtre de voyageurs et de commerçants.

Il salue la rapidité de la coopération entre les polices du Lesotho et de l'Afrique du Sud, qui a permis l'arrestation, mercredi soir près de Mohale's Hoek, de deux suspects, puis celle, jeudi à Ladybrand, en Afrique du Sud, d'un chauffeur de minibus soupçonné d'avoir conduit les kamikazes depuis la frontière.

Il présente ses condoléances aux familles des victimes et souhaite un prompt rétablissement aux blessés. Il exprime la solidarité de l'Union africaine avec le peuple et le gouvernement du Lesotho, ainsi qu'avec la Communauté de développement de l'Afrique australe (SADC), dont l'organe de coopération en matière de politique, de défense et de sécurité se réunira le 28 août à Gaborone.

Le président rappelle la Convention de l'OUA sur la prévention et la lutte contre le terrorisme, adoptée à Alger en 1999, et appelle les États membres à renforcer l'échange de renseignements. Le Centre africain d'études et de recherche sur le terrorisme enverra une mission de trois experts à Maseru à partir du 25 août.

Contact presse : Direction de l'information et de la communication, +251 11 551 77 00.
"""))
GOLD += [
E(13, ["l'attentat commis au Royaume du Lesotho", "double attentat-suicide perpétré le mercredi 19 août à Mafeteng", "l'attaque"],
  "SUI", "2026-08-19", "day", "Mafeteng", "LS", 22, 58, "exact", "Islamic State", "Islamic State", False,
  "Press statement of Friday 21 August; 'le mercredi 19 août' -> 19 August. The opening line's 'l'attentat commis au Royaume du Lesotho' is the first naming. Two sites of one town (the taxi rank and the central market) -> ONE event. 'vingt-deux morts, y compris les deux kamikazes, et cinquante-huit blessés' -> 22 (bombers inside; the girl of nine who died on Thursday is inside), 58, exact. First telling of the claim: 'la revendication diffusée jeudi soir par l'organisation dite « État islamique », par l'intermédiaire de sa « province du Mozambique »' (a regional branch -> 'Islamic State', dev), judged 'crédible' by the authorities -> claimant and perpetrator. 'neuf ans', '28 août', '1999' (a convention), 'trois experts', '25 août', '+251 11 551 77 00' are not casualties."),
E(13, ["l'arrestation, mercredi soir près de Mohale's Hoek, de deux suspects"],
  "ARR", "2026-08-19", "day", "Mohale's Hoek", "LS", None, None, None, "police", None, False,
  "'mercredi soir' vs Friday 21 August -> 19 August (the arrest of holdout40-012). 'les polices du Lesotho et de l'Afrique du Sud' -> 'police'."),
E(13, ["celle, jeudi à Ladybrand, en Afrique du Sud, d'un chauffeur de minibus"],
  "ARR", "2026-08-20", "day", "Ladybrand", "ZA", None, None, None, "police", None, False,
  "'celle' = l'arrestation: 'jeudi' vs Friday 21 August -> 20 August; Ladybrand, South Africa -> ZA. The cluster's suspected facilitator (the minibus driver who drove the bombers from the border). South African police -> 'police'."),
]

# -------------------------------------------------------------- holdout40-014
ARTICLES.append(A(14, "en", "article", "2026-08-24T06:00:00Z",
"A letter to parents as Mafeteng pupils return to class",
"""
MAFETENG COMMUNITY HIGH SCHOOL. Private Bag A12, Mafeteng 900. Monday 24 August 2026.

Dear parents and guardians,

We reopen today, five days after the bombings at the taxi rank and the market, and I write with a heavy heart. Our Form B pupil Palesa Ntho, 15, who was injured at the market while buying bread for her family, died in hospital on Saturday. She is one of the twenty-three people, the two bombers among them, killed that Wednesday morning; 58 others were injured, among them four of our pupils, two of whom are still in hospital.

Arrangements for this week:
- Classes run from 8:00 to 13:00 only, until Friday. The school bus, routes 1 and 3, avoids the town centre.
- Two counsellors from the Ministry of Education will be in the library from 9:00 to 15:00. Any pupil may leave class to see them.
- The Form E mock examinations planned for 31 August are postponed to 14 September.
- School fees for the third term are due on 30 September instead of 4 September.

The police came to the school on Thursday to interview two of our security guards, who also work nights at the market, as witnesses. Both were allowed to go home the same day. Please do not believe the rumours on WhatsApp: no member of staff has been arrested.

On Saturday more than 3,000 people, many of them our parents and pupils, marched peacefully from the taxi rank to the district administrator's office to demand more police patrols in the town. I was proud of the dignity of our young people.

The attack has been claimed by Islamic State, and the police say the claim is genuine. Whatever the name of those who sent the bombers, our answer is the school: teaching, learning and looking after each other.

A memorial assembly for Palesa will be held on Friday at 10:00 in the hall. Her family asks for books for the library instead of flowers; 412 books were given last week.

Yours faithfully,
'Mathabo Letsie (Mrs), Principal. Telephone 2270 0351.
"""))
GOLD += [
E(14, ["the bombings at the taxi rank and the market", "The attack has been claimed"],
  "SUI", "2026-08-19", "day", "Mafeteng", "LS", 23, 58, "exact", "Islamic State", "Islamic State", False,
  "Letter of Monday 24 August; 'five days after', 'that Wednesday morning' -> 19 August. Two sites of one town -> ONE event. 'the twenty-three people, the two bombers among them, killed ...; 58 others were injured' -> 23 (bombers inside; Palesa, 15, who died on Saturday, raised it from 22), 58, exact; 'four of our pupils, two of whom' are subsets. 'claimed by Islamic State, and the police say the claim is genuine' -> claimant and perpetrator. 'Private Bag A12', '900', '15', 'Form B', '8:00 to 13:00', 'routes 1 and 3', '9:00 to 15:00', 'Form E', '31 August', '14 September', '30 September', '4 September', '10:00', '412 books', '2270 0351' are not casualties."),
E(14, ["more than 3,000 people, many of them our parents and pupils, marched peacefully"],
  "PP", "2026-08-22", "day", "Mafeteng", "LS", None, None, None, None, None, False,
  "'On Saturday' vs Monday 24 August -> 22 August. A march with a demand (more police patrols) that went 'peacefully' -> Peaceful protest, null. 'more than 3,000' are marchers. The two security guards interviewed 'as witnesses' and sent home are not arrested; 'no member of staff has been arrested' is a denial of a rumour, not an event. The memorial assembly on Friday is future and not coded."),
]

# -------------------------------------------------------------- holdout40-015
ARTICLES.append(A(15, "en", "article", "2026-08-26T11:00:00Z",
"Lesotho police tear-gas Maseru march as bombing suspects are charged",
"""
MASERU, Lesotho (Southern Wire) - Lesotho police fired tear gas and used batons on Tuesday to disperse several hundred people marching on parliament in Maseru to demand the resignation of the police commissioner, a week after the Mafeteng bombings.

Six marchers were taken to Queen 'Mamohato Memorial Hospital with injuries, the Lesotho Red Cross said. The march had set off from Setsoto Stadium shortly after 10 a.m.; police said it had not been authorised.

The twin suicide bombings of August 19 at the Mafeteng taxi rank and market have killed 23 people, the two bombers included, and wounded 58.

Two men arrested near Mohale's Hoek on the night of the bombings were charged on Monday with terrorism and murder and remanded in custody. A minibus driver arrested in Ladybrand, South Africa, last Thursday is awaiting extradition; prosecutors say he was paid 1,500 rand to drive the bombers from the border. A shopkeeper arrested in Maseru on Saturday was released without charge on Tuesday.

Islamic State's "Mozambique Province" claimed the attack last Thursday, saying it had killed "more than 80 crusaders and apostates". Police Commissioner Motlatsi Ramakoae called the claim credible and said the two bombers, Mozambican nationals aged 21 and 24, "may have been" trained in Cabo Delgado. A spokesman for a famo music gang, whose feuds have caused killings in Lesotho, denied rumours that its members had sheltered them.

Lesotho had never experienced a suicide attack. In 2020, a homemade bomb at a taxi rank in Teyateyaneng injured four people.

The Mafeteng market reopened on Monday with 90 of its 140 stalls, and the Van Rooyen's Gate border post reopened to cars from 6 a.m. to 10 p.m. The government has opened a fund for the families; 2.4 million maloti had been pledged by Tuesday evening.
"""))
GOLD += [
E(15, ["fired tear gas and used batons on Tuesday to disperse several hundred people marching on parliament in Maseru"],
  "PI", "2026-08-25", "day", "Maseru", "LS", None, 6, "exact", None, None, False,
  "'on Tuesday' vs Wednesday 26 August -> 25 August. A march on parliament with a demand (the commissioner's resignation), dispersed with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev). 'Six marchers were taken to ... Hospital with injuries' -> injured 6, exact; killed null. 'several hundred' are marchers; '10 a.m.' a time."),
E(15, ["the Mafeteng bombings", "The twin suicide bombings of August 19", "claimed the attack"],
  "SUI", "2026-08-19", "day", "Mafeteng", "LS", 23, 58, "exact", "Islamic State", "Islamic State", False,
  "'of August 19' -> 19 August. Two sites of one town -> ONE event. 'have killed 23 people, the two bombers included, and wounded 58' -> 23, 58, exact. 'Islamic State's \"Mozambique Province\" claimed the attack last Thursday' (a regional branch -> 'Islamic State'), 'called the claim credible' -> claimant and perpetrator; the claim's 'more than 80 crusaders and apostates' is never used. 'may have been trained in Cabo Delgado' is speculation; the famo gang's denial is not a claim. 'aged 21 and 24', '1,500 rand', '90 of its 140 stalls', '6 a.m. to 10 p.m.', '2.4 million maloti' are not casualties. 'the night of the bombings' inside the Mohale's Hoek trigger is left to that arrest."),
E(15, ["Two men arrested near Mohale's Hoek on the night of the bombings"],
  "ARR", "2026-08-19", "day", "Mohale's Hoek", "LS", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout40-012: 'on the night of the bombings' -> 19 August. 'charged on Monday with terrorism and murder and remanded in custody' is its judicial follow-up -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(15, ["A minibus driver arrested in Ladybrand, South Africa, last Thursday"],
  "ARR", "2026-08-20", "day", "Ladybrand", "ZA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout40-013: 'last Thursday' vs Wednesday 26 August -> 20 August; South Africa -> ZA. 'awaiting extradition' is a follow-up. '1,500 rand' is a sum. No force named -> 'police'."),
E(15, ["A shopkeeper arrested in Maseru on Saturday"],
  "ARR", "2026-08-22", "day", "Maseru", "LS", None, None, None, "police", None, False,
  "'on Saturday' vs Wednesday 26 August -> 22 August. 'released without charge on Tuesday': the release does not undo the arrest. No force named -> 'police'."),
E(15, ["a homemade bomb at a taxi rank in Teyateyaneng injured four people"],
  "IED", "2020-01-01", "year", "Teyateyaneng", "LS", None, 4, "exact", None, None, True,
  "'In 2020' -> year, background (the bomb of holdout40-011). No actor -> null. 'injured four people' -> injured 4, exact. 'Lesotho had never experienced a suicide attack' is generic."),
]

# -------------------------------------------------------------- holdout40-021
ARTICLES.append(A(21, "en", "article", "2026-10-06T06:00:00Z",
"High Court of Lesotho criminal cause list, Tuesday 6 October",
"""
HIGH COURT OF LESOTHO - CRIMINAL CAUSE LIST. Tuesday 6 October 2026. Court Room 3, before the Honourable Justice N. Makhetha. The court sits at 9:30 a.m. Matters are called in the order below.

1. CRI/T/0117/2026. Rex v. Tumelo Sefali and Lebohang Mohapi. Charges: contravention of the Prevention of Terrorism Act; 21 counts of murder; 58 counts of attempted murder. Arising from the Mafeteng bombings of 19 August 2026, in which 23 people, the two bombers among them, were killed. Both accused were arrested near Mohale's Hoek on 19 August 2026. Matter: bail application (opposed). Counsel for the Crown: Adv. P. Mosoeu.

2. CRI/T/0121/2026. Rex v. Sello Nthunya. Charge: contravention of the Prevention of Terrorism Act (assisting a terrorist organisation). Extradited from the Republic of South Africa on 11 September 2026 following his arrest in Ladybrand on 20 August 2026. Matter: pre-trial conference.

3. CRI/T/0129/2026. Rex v. Mpho Khoali. Charge: financing of terrorism (transfer of 40,000 maloti by mobile money). The accused was arrested at Hlotse on Friday by the police Special Operations Unit. Matter: first appearance and remand.

4. CRI/A/0088/2026. Khotso Ramone v. Rex. Appeal against conviction and a sentence of five years for stock theft. Matter: judgment.

5. CRI/T/0102/2026. Rex v. Thato Lerotholi. Charge: fraud (2.1 million maloti, Maseru City Council). Matter: continuation of trial, witness 4.

NOTES. The public gallery of Court Room 3 has 40 seats. Members of the public will be searched at the entrance; mobile phones must be switched off. Accredited media may apply for one of 12 press seats to the Registrar by 8:30 a.m. on the day, at the Registrar's office, ground floor. Sesotho and English interpretation is provided. Matters 1 to 3 will be heard in camera if the court so orders. Enquiries: Registrar of the High Court, telephone 2231 2188.
"""))
GOLD += [
E(21, ["the Mafeteng bombings of 19 August 2026"],
  "SUI", "2026-08-19", "day", "Mafeteng", "LS", 23, None, "exact", None, None, True,
  "Cause list of Tuesday 6 October; 'of 19 August 2026' -> 48 days before publication -> background. 'in which 23 people, the two bombers among them, were killed' -> killed 23, exact. The '21 counts of murder' and '58 counts of attempted murder' are charges (counts), not a toll: injured null (the list states no number of wounded). No claim named -> perpetrator null. 'Court Room 3', '9:30 a.m.', the case numbers, '11 September 2026', '40,000 maloti', 'five years', '2.1 million maloti', 'witness 4', '40 seats', '12 press seats', '8:30 a.m.', '2231 2188' are not casualties."),
E(21, ["Both accused were arrested near Mohale's Hoek on 19 August 2026"],
  "ARR", "2026-08-19", "day", "Mohale's Hoek", "LS", None, None, None, "police", None, True,
  "The arrest of holdout40-012: 'on 19 August 2026', 48 days before publication -> background. The bail application is a follow-up. No force named; the Lesotho police -> 'police'."),
E(21, ["his arrest in Ladybrand on 20 August 2026"],
  "ARR", "2026-08-20", "day", "Ladybrand", "ZA", None, None, None, "police", None, True,
  "The arrest of holdout40-013: 'on 20 August 2026', 47 days before publication -> background; in South Africa -> ZA. The extradition of 11 September is a follow-up, not an event. No force named -> 'police'."),
E(21, ["The accused was arrested at Hlotse on Friday"],
  "ARR", "2026-10-02", "day", "Hlotse", "LS", None, None, None, "police", None, False,
  "'on Friday' vs Tuesday 6 October -> 2 October; current. A new suspect (financing of terrorism). 'the police Special Operations Unit' -> 'police'. The appeal for stock theft and the fraud trial are not security events."),
]
