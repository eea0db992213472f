"""Authoring source of benchmarks/events_holdout48 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Galway, Ireland cluster (holdout48-001 to 005, and 021 seven weeks
later; English and French), two suicide bombers on Saturday 18 April 2026 at
two sites of one town (the fountain in Eyre Square at 12:10 and the Spanish
Arch on the quays at 12:16, about 800 m and six minutes apart): an English
wire with a first report (001), a hospital's visiting-hours notice (002), a
French agency dispatch on the claim and the arrests ("dépêche", fr 003), the
agenda of the city council's special meeting (004), the minutes of the
pastoral council of a parish of Lorient, Galway's twin town in Brittany
("compte rendu du conseil pastoral", fr 005), and the daily list of the
Special Criminal Court in Dublin with its case notes (021, Thursday 4 June
2026). Ireland is UTC+1 and France UTC+2 in April to June: every
publication time here is between 08:00 and 17:00 UTC, so every local date
is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout48")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout48-001
ARTICLES.append(A(1, "en", "article", "2026-04-18T17:00:00Z",
"Two suicide bombers kill at least nine in Galway",
"""
GALWAY, Ireland (Atlantic Wire) - Two suicide bombers blew themselves up six minutes apart in the centre of Galway on Saturday, killing at least seven people, not counting the two bombers, and wounding dozens, in the first suicide attack in the history of the Irish state, gardaí said.

The first man detonated a device hidden under a rain jacket at 12:10 near the fountain in Eyre Square, where a weekend crafts fair had drawn a large crowd. At 12:16 the second set off his charge beside the Spanish Arch, about 800 metres away on the quays, as people ran from the square toward the river.

"I heard the first bang and thought it was a gas cylinder," said Siobhán Keane, 52, who sells knitwear from stall 14 of the fair. "Then the second one came and everybody knew."

No group had claimed responsibility by late afternoon. A senior Garda source said detectives were examining possible links to Islamic State but that "nothing is ruled in or out" at this stage.

Ireland has never seen a bombing on this scale. In 2019, a pipe bomb exploded outside a pub in Ballinasloe, 60 km to the east, injuring a barman; a local feud was blamed and nobody was convicted.

About 300 gardaí, including armed support units sent from Dublin and Limerick, were deployed across the city by mid-afternoon. The 13:05 train to Dublin Heuston was cancelled, buses were diverted away from the quays, and University Hospital Galway declared a major emergency, calling in off-duty nurses and surgeons.

The Taoiseach cut short a visit to Brussels and was due to chair a meeting of the national security committee at 19:00. A helpline for relatives, 1800 40 18 18, was opened at 14:30, and the city's churches stayed open through the evening.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart in the centre of Galway", "the first suicide attack in the history of the Irish state", "The first man detonated a device", "the second set off his charge"],
  "SUI", "2026-04-18", "day", "Galway", "IE", 9, 12, "at_least", None, None, False,
  "Wire of Saturday 18 April 2026 (18:00 in Galway); 'on Saturday' = the publication day. Two sites of one town (Eyre Square and the Spanish Arch, 'about 800 metres' and six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people, not counting the two bombers, and wounding dozens' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'dozens' -> injured 12 (dev table: at_least); the qualifier describes the killed figure. No claim; 'examining possible links to Islamic State' is speculation -> perpetrator null. 'a bombing on this scale' is generic. '12:10', '12:16', '800 metres', '52', 'stall 14', '60 km', '300 gardaí', '13:05', '19:00', '1800 40 18 18', '14:30' are not casualties."),
E(1, ["a pipe bomb exploded outside a pub in Ballinasloe"],
  "IED", "2019-01-01", "year", "Ballinasloe", "IE", None, 1, "exact", None, None, True,
  "'In 2019' -> year, background. A pipe bomb -> Remote explosive/landmine/IED. 'injuring a barman' -> injured 1, exact; killed null (no figure). 'a local feud was blamed' names no actor -> perpetrator null. '60 km to the east' is a distance."),
]

# -------------------------------------------------------------- holdout48-002
ARTICLES.append(A(2, "en", "article", "2026-04-20T09:00:00Z",
"University Hospital Galway: visiting restrictions after Saturday's bombings",
"""
UNIVERSITY HOSPITAL GALWAY - NOTICE TO PATIENTS, FAMILIES AND VISITORS. Visiting arrangements, Notice No. 3. Issued Monday 20 April 2026, 10:00.

Following the twin suicide bombing at Eyre Square and the Spanish Arch on Saturday 18 April, the hospital remains on a major emergency footing. Notice No. 2, issued on Saturday evening, reported ten deaths. The figure now stands at eleven dead, including the two men who carried out the attack, after a man aged 68 who was admitted on Saturday died on Sunday evening. In all, 58 people were injured; 41 of them were treated here, and nine remain in intensive care.

VISITING HOURS. Until further notice, visiting is limited to 14:00-16:00 and 18:30-20:00, with one visitor per patient. Children under 16 may not visit. Wards 4B and 6A, where most of the injured are being cared for, are closed to all visitors except next of kin.

IDENTIFICATION. At the request of An Garda Síochána, every visitor must show photo identification at the main entrance on Newcastle Road. Gardaí are posted at the doors of the two wards. Please do not photograph patients or staff, and do not speak to the media on the hospital grounds.

FAMILY INFORMATION CENTRE. The centre in the outpatients' hall is open 24 hours a day. Families seeking news may call 091 52 4470. Interpreters in Irish, Polish, Portuguese and Arabic are available on request.

BEDS AND SURGERY. Twenty-four additional beds have been opened and 32 planned operations have been postponed. Patients whose appointments are affected will be contacted by phone; please do not call the wards.

PARKING. Car park C, with 380 spaces, is free of charge until Sunday 26 April.

BLOOD. The blood transfusion service thanks the 1,240 donors who gave blood in Galway on Sunday. Its Westside clinic stays open until 21:00 on Tuesday.

FLOWERS AND CARDS. Flowers cannot be accepted on wards. Cards can be left at the chaplaincy, room G17. Staff who need support may call the employee assistance line, extension 3310.
"""))
GOLD += [
E(2, ["the twin suicide bombing at Eyre Square and the Spanish Arch", "the attack"],
  "SUI", "2026-04-18", "day", "Galway", "IE", 11, 58, "exact", None, None, False,
  "Hospital notice of Monday 20 April; 'on Saturday 18 April' -> 18 April. Two sites of one town -> ONE event. The toll is revised inside: 'Notice No. 2 ... reported ten deaths' (superseded) -> 'eleven dead, including the two men who carried out the attack' -> killed 11 (bombers inside), exact; a man aged 68 who died on Sunday evening is inside. 'In all, 58 people were injured' -> injured 58 (the later death does not reduce it); '41 of them were treated here' and 'nine remain in intensive care' are subsets. No claim, no group -> perpetrator null. 'No. 3', 'No. 2', '10:00', '68', '14:00-16:00', '18:30-20:00', 'one visitor', 'under 16', 'Wards 4B and 6A', '24 hours', '091 52 4470', 'Twenty-four additional beds', '32 planned operations', 'Car park C', '380 spaces', '26 April', '1,240 donors', '21:00', 'G17', '3310' are not casualties."),
]

# -------------------------------------------------------------- holdout48-003
ARTICLES.append(A(3, "fr", "article", "2026-04-21T10:00:00Z",
"Attentat de Galway : l'État islamique revendique, trois suspects arrêtés",
"""
DUBLIN, 21 avril 2026 (Agence Atlantique Presse) - L'organisation État islamique a revendiqué lundi soir, par son agence de propagande Amaq, le double attentat-suicide qui a fait douze morts, dont les deux kamikazes, et 58 blessés samedi à Galway, dans l'ouest de l'Irlande. Une femme de 45 ans, grièvement brûlée sur la place Eyre, est morte lundi à l'hôpital.

Le texte de revendication affirme que « deux soldats du califat » ont tué « plus de cent croisés », un chiffre sans rapport avec le bilan officiel. La commissaire de la Garda, la police irlandaise, a jugé la revendication « crédible ». La Nouvelle IRA, un groupe républicain dissident, avait démenti dimanche toute implication dans un message adressé à un journal de Derry.

Selon le ministre irlandais de la Justice, les deux kamikazes, des Irlandais de 23 et 26 ans, « pourraient avoir été radicalisés » lors d'un séjour au Royaume-Uni. Ils avaient acheté en ligne, en mars, 20 kilos d'engrais et des composants électroniques pour 1 400 euros.

Deux hommes ont été arrêtés dimanche matin dans un appartement de Limerick, à 100 kilomètres au sud de Galway, où les enquêteurs ont saisi des détonateurs. Un troisième, soupçonné d'avoir loué la camionnette des kamikazes et stocké les explosifs, a été interpellé lundi à Holyhead, au pays de Galles, par la police britannique, à sa descente du ferry de Dublin. L'Irlande a demandé son extradition. Les trois colocataires des kamikazes, entendus dimanche pendant plusieurs heures, ont été relâchés.

Le pays n'avait jamais connu d'attaque de cette ampleur : en 2019, une bombe artisanale avait explosé devant un pub de Ballinasloe, blessant un barman.

La place Eyre, bouclée depuis samedi, devait rouvrir partiellement mercredi. Le gouvernement a débloqué 5 millions d'euros pour les victimes et décrété une journée de deuil national jeudi. Plus de 1 500 personnes avaient signé mardi matin le livre de condoléances ouvert à l'hôtel de ville.
"""))
GOLD += [
E(3, ["le double attentat-suicide qui a fait douze morts"],
  "SUI", "2026-04-18", "day", "Galway", "IE", 12, 58, "exact", "Islamic State", "Islamic State", False,
  "Dispatch of Tuesday 21 April; 'samedi' -> Saturday 18 April. 'douze morts, dont les deux kamikazes, et 58 blessés' -> killed 12 (bombers inside; the woman of 45 who died Monday is inside), injured 58, exact. Claimed 'lundi soir' by 'L'organisation État islamique' through Amaq, judged « crédible » by the Garda commissioner -> claimant and perpetrator 'Islamic State'. The claim's 'plus de cent croisés' is never used. The New IRA's denial is not a claim; « pourraient avoir été radicalisés » is speculation. '45 ans', '23 et 26 ans', '20 kilos', '1 400 euros', '100 kilomètres', 'trois colocataires' (heard), '5 millions d'euros', '1 500 personnes' are not casualties."),
E(3, ["Deux hommes ont été arrêtés dimanche matin dans un appartement de Limerick"],
  "ARR", "2026-04-19", "day", "Limerick", "IE", None, None, None, "police", None, False,
  "'dimanche matin' vs Tuesday 21 April -> Sunday 19 April. The detonators seized belong to the arrest. The investigators of the Garda -> 'police'. The three flatmates 'entendus ... ont été relâchés' are questioned, not arrested."),
E(3, ["a été interpellé lundi à Holyhead"],
  "ARR", "2026-04-20", "day", "Holyhead", "GB", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 21 April -> Monday 20 April. The cluster's suspected facilitator (he rented the van and stored the explosives), arrested in Wales by 'la police britannique' -> GB, 'police'. The extradition request is a follow-up, not an event."),
E(3, ["une bombe artisanale avait explosé devant un pub de Ballinasloe"],
  "IED", "2019-01-01", "year", "Ballinasloe", "IE", None, 1, "exact", None, None, True,
  "'en 2019' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author named -> null. 'blessant un barman' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout48-004
ARTICLES.append(A(4, "en", "article", "2026-04-22T08:00:00Z",
"Galway City Council: agenda of the special meeting of 23 April",
"""
GALWAY CITY COUNCIL - COMHAIRLE CATHRACH NA GAILLIMHE. SPECIAL MEETING OF THE COUNCIL, convened at the request of the Mayor. Thursday 23 April 2026 at 17:00, Council Chamber, City Hall, College Road. Agenda circulated on Wednesday 22 April 2026.

1. Minute's silence for the victims of the suicide bombings at Eyre Square and the Spanish Arch on Saturday 18 April: ten people murdered, twelve dead in all counting the two bombers, and 58 injured.

2. Report of the Chief Superintendent, Galway Garda Division (verbal). Members are advised that the attack has been claimed by Islamic State, a claim the Garda Commissioner described on Tuesday as credible. The two men arrested in Limerick on Sunday remain in custody; a third man, detained in Holyhead on Monday, faces extradition proceedings in the United Kingdom. The report will also cover the march from Eyre Square to Mill Street Garda station on Sunday evening, which the Public Order Unit dispersed with batons and pepper spray when marchers demanding "answers" tried to enter the station yard; two marchers and a garda were treated in hospital.

3. Galway Together. Vote of thanks to the organisers of Monday evening's walk from Salthill to Eyre Square, at which an estimated 15,000 people called for calm and unity. No incidents were reported.

4. Chief Executive's report on the reopening of Eyre Square: the cordon has been reduced to 2,000 square metres; the Saturday market's 70 stalls will move to the Docks until further notice; 14 additional CCTV cameras are proposed at an estimated cost of €180,000.

5. Motion (Cllrs Ó Fátharta and Burke): "That this Council establishes a Victims' Support Fund with an initial contribution of €500,000."

6. Book of condolence: open at City Hall daily from 09:00 to 21:00 until Sunday 3 May; 4,300 signatures to date.

7. Schools: report of the education officer on the 11 city schools closed on Monday, all of which reopened on Tuesday with counsellors present.

8. Any other business.

Members are reminded that the meeting is held in public and that the press gallery is limited to 20 seats.
"""))
GOLD += [
E(4, ["the suicide bombings at Eyre Square and the Spanish Arch", "the attack has been claimed"],
  "SUI", "2026-04-18", "day", "Galway", "IE", 12, 58, "exact", "Islamic State", "Islamic State", False,
  "Agenda of Wednesday 22 April; 'on Saturday 18 April' -> 18 April. 'ten people murdered, twelve dead in all counting the two bombers, and 58 injured' -> killed 12 (the full figure the text gives; 'ten' counts the victims only), injured 58, exact. 'claimed by Islamic State, a claim the Garda Commissioner described ... as credible' -> claimant and perpetrator 'Islamic State'. '17:00', '23 April', '15,000 people' (marchers), '2,000 square metres', '70 stalls', '14 additional CCTV cameras', '€180,000', '€500,000', '09:00 to 21:00', '3 May', '4,300 signatures', '11 city schools', '20 seats' are not casualties."),
E(4, ["The two men arrested in Limerick on Sunday"],
  "ARR", "2026-04-19", "day", "Limerick", "IE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-003: 'on Sunday' vs Wednesday 22 April -> Sunday 19 April. 'remain in custody' is its follow-up. Reported by the Garda -> 'police'."),
E(4, ["a third man, detained in Holyhead on Monday"],
  "ARR", "2026-04-20", "day", "Holyhead", "GB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-003: 'on Monday' vs Wednesday 22 April -> Monday 20 April; Holyhead is in Wales -> GB. 'faces extradition proceedings' is a follow-up. No force named; the British police of holdout48-003 -> 'police'."),
E(4, ["the march from Eyre Square to Mill Street Garda station"],
  "PI", "2026-04-19", "day", "Galway", "IE", None, 3, "exact", None, None, False,
  "'on Sunday evening' vs Wednesday 22 April -> Sunday 19 April. A march with a demand ('answers') that the Public Order Unit 'dispersed with batons and pepper spray' -> Protests / Protest with intervention, perpetrator null (dev). The marchers only 'tried to enter the station yard': no violence of theirs is told, so not a riot. 'two marchers and a garda were treated in hospital' -> injured 2 + 1 = 3 (all sides summed), exact; killed null. Mill Street is in Galway."),
E(4, ["Monday evening's walk from Salthill to Eyre Square"],
  "PP", "2026-04-20", "day", "Galway", "IE", None, None, None, None, None, False,
  "'Monday evening's' vs Wednesday 22 April -> Monday 20 April. A walk of 'an estimated 15,000 people' who 'called for calm and unity', 'No incidents' -> Peaceful protest, perpetrator null. Salthill is a district of Galway -> Galway. '15,000' counts marchers."),
]

# -------------------------------------------------------------- holdout48-005
ARTICLES.append(A(5, "fr", "article", "2026-04-28T09:00:00Z",
"Conseil pastoral de la paroisse Saint-Louis : compte rendu du 27 avril",
"""
PAROISSE SAINT-LOUIS DE LORIENT - CONSEIL PASTORAL. Compte rendu de la réunion du lundi 27 avril 2026, 20 h 30, salle paroissiale, 4 rue de l'Église. Présents : le père Yann Le Goff, curé, et neuf membres ; excusés : deux membres.

1. Nouvelles de Galway. Le père Le Goff a donné des nouvelles de la chorale, partie le 16 avril pour un échange avec la paroisse de Galway, ville jumelle de Lorient. Les 42 choristes se trouvaient place Eyre le samedi 18 avril lors du double attentat-suicide. Deux d'entre elles, Annick et Maëlle, ont été blessées aux jambes ; rapatriées dimanche par avion sanitaire, elles se rétablissent à l'hôpital du Scorff. Le bilan de l'attentat s'élève désormais à treize morts, les deux kamikazes compris, et 58 blessés : un étudiant irlandais de 19 ans, que la chorale avait rencontré la veille du drame, est décédé jeudi.

2. L'enquête. Selon la presse irlandaise, l'attentat a été revendiqué par l'État islamique. L'homme arrêté le lundi 20 avril à Holyhead, au pays de Galles, attend son extradition vers l'Irlande. L'un des deux hommes interpellés le dimanche 19 avril à Limerick a été relâché vendredi sans inculpation ; l'autre reste détenu. Un quatrième suspect, un chauffeur de taxi soupçonné d'avoir conduit les kamikazes jusqu'au centre-ville, a été arrêté mercredi à Athenry, à 25 km de Galway.

3. Messe et quête. Une messe pour les victimes sera célébrée le dimanche 3 mai à 10 h 30. La quête du dimanche 26 avril a rapporté 1 840 euros, qui seront envoyés à la paroisse de Galway. Le conseil remercie la mairie, qui prêtera la salle des fêtes (300 places) pour le verre de l'amitié.

4. Marche. Plusieurs choristes ont participé le lundi 20 avril à la marche « Galway Together », qui a réuni quelque 15 000 personnes de Salthill à la place Eyre pour appeler au calme.

5. Divers. Le pèlerinage à Lourdes du 8 au 11 juin est maintenu (54 inscrits, 320 euros par personne). Prochaine réunion : lundi 25 mai à 20 h 30.
"""))
GOLD += [
E(5, ["double attentat-suicide", "Le bilan de l'attentat", "l'attentat a été revendiqué"],
  "SUI", "2026-04-18", "day", "Galway", "IE", 13, 58, "exact", "Islamic State", "Islamic State", False,
  "Minutes of Monday 27 April, posted Tuesday 28 April; 'le samedi 18 avril' -> 18 April. 'treize morts, les deux kamikazes compris, et 58 blessés' -> killed 13 (bombers inside; the student of 19 who died 'jeudi', 23 April, is inside), injured 58, exact; 'Deux d'entre elles' (two choristers) are a subset of the injured. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. '20 h 30', '4 rue', 'neuf membres', '16 avril', '42 choristes', '19 ans', '25 km', '3 mai', '10 h 30', '1 840 euros', '300 places', '15 000 personnes' (marchers), '8 au 11 juin', '54 inscrits', '320 euros', '25 mai' are not casualties. The mass of 3 May is future and not coded."),
E(5, ["L'homme arrêté le lundi 20 avril à Holyhead"],
  "ARR", "2026-04-20", "day", "Holyhead", "GB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-003: 'le lundi 20 avril' -> 20 April, in Wales -> GB. 'attend son extradition' is a follow-up. No force named -> 'police'."),
E(5, ["L'un des deux hommes interpellés le dimanche 19 avril à Limerick"],
  "ARR", "2026-04-19", "day", "Limerick", "IE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-003: 'le dimanche 19 avril' -> 19 April. One of the two 'a été relâché vendredi sans inculpation': a release does not undo the arrest and is no event. No force named -> 'police'."),
E(5, ["a été arrêté mercredi à Athenry"],
  "ARR", "2026-04-22", "day", "Athenry", "IE", None, None, None, "police", None, False,
  "'mercredi' vs Tuesday 28 April -> the most recent Wednesday, 22 April. A fourth suspect (a taxi driver who drove the bombers), arrested in Athenry, County Galway. No force named -> 'police'. '25 km' is a distance."),
E(5, ["la marche « Galway Together »"],
  "PP", "2026-04-20", "day", "Galway", "IE", None, None, None, None, None, False,
  "'le lundi 20 avril' -> 20 April: the walk of holdout48-004, 'quelque 15 000 personnes de Salthill à la place Eyre pour appeler au calme', no incident -> Peaceful protest, perpetrator null. Salthill -> Galway."),
]

# -------------------------------------------------------------- holdout48-021
ARTICLES.append(A(21, "en", "article", "2026-06-04T08:00:00Z",
"Special Criminal Court: list for Thursday 4 June 2026",
"""
THE SPECIAL CRIMINAL COURT. Criminal Courts of Justice, Parkgate Street, Dublin 8. DAILY LIST FOR THURSDAY 4 JUNE 2026. Court 2, sitting at 10:30. Ms Justice Aoife Brennan presiding, with Judge Martin Cahill and Judge Nuala Fitzgerald.

Case notes are provided for the media under the court's practice direction. Reporting restrictions apply to item 3 beyond the details given here.

1. DPP v. Fergal Doyle (Bill SCDP 0041/2025). Mention. The accused is charged with possessing 1.2 million untaxed cigarettes found in a container at Rosslare Europort in 2025. Adjourned for trial dates; estimated length 12 days.

2. DPP v. Ciarán Mulvey (Bill SCDP 0007/2026). Application to vary bail: the accused asks to sign on at Store Street Garda station three times a week instead of daily. Charge: laundering €86,500.

3. DPP v. Dara Quinlan (Bill SCDP 0019/2026). Arraignment. The accused, 27, of Moyross, Limerick, is charged with murder and with causing explosions likely to endanger life, arising from the twin suicide bombing in Galway on 18 April 2026, which killed eleven people in addition to the two bombers, injured 58, and was claimed by Islamic State. He was arrested in Limerick on 19 April 2026 with a second man, who was released without charge, and has been remanded in custody at Cloverhill Prison since 22 April. Co-accused: Liam Farrell, 34, arrested in Holyhead, Wales, on 20 April 2026 and surrendered to the State on 28 May. Estimated trial length: eight weeks.

4. DPP v. Seán Kilkelly (Bill SCDP 0023/2026). Bail application. The applicant, 51, a taxi driver, is charged with withholding information about the Galway bombing. He was arrested at his home in Athenry on 22 April 2026. The State objects to bail.

5. DPP v. Patrick Rooney (Bill SCDP 0088/2025). Sentence. Convicted on 12 May of fuel laundering at a yard in County Monaghan; the offence carries up to five years' imprisonment.

The court will rise at 13:00 and resume at 14:00. The public gallery has 24 seats; mobile phones must be switched off. Court office: 01 872 4419.
"""))
GOLD += [
E(21, ["the twin suicide bombing in Galway on 18 April 2026", "the Galway bombing"],
  "SUI", "2026-04-18", "day", "Galway", "IE", 13, 58, "exact", "Islamic State", "Islamic State", True,
  "Court list of Thursday 4 June; 'on 18 April 2026' -> 18 April, 47 days before -> background. 'killed eleven people in addition to the two bombers, injured 58' -> killed 11 + 2 = 13 (the bombers are added), injured 58, exact. 'claimed by Islamic State', undisputed -> claimant and perpetrator. The charges, the remand since 22 April and the trial length are follow-ups. '10:30', the bill numbers, '1.2 million untaxed cigarettes', '2025', '12 days', 'three times a week', '€86,500', '27', '34', '28 May', 'eight weeks', '51', '12 May', 'five years' (a sentence), '13:00', '14:00', '24 seats', '01 872 4419' are not casualties. Items 1, 2 and 5 (cigarettes, laundering, fuel) hold no event."),
E(21, ["He was arrested in Limerick on 19 April 2026"],
  "ARR", "2026-04-19", "day", "Limerick", "IE", None, None, None, "police", None, True,
  "'on 19 April 2026' -> 19 April, 46 days before Thursday 4 June -> background. One Arrests event for the two men arrested together (the accused and 'a second man, who was released without charge'). Moyross is a district of Limerick. No force named -> 'police'. The remand at Cloverhill since 22 April is a follow-up."),
E(21, ["arrested in Holyhead, Wales, on 20 April 2026"],
  "ARR", "2026-04-20", "day", "Holyhead", "GB", None, None, None, "police", None, True,
  "'on 20 April 2026' -> 20 April, 45 days before -> background; Wales -> GB. 'surrendered to the State on 28 May' is the arrest's follow-up (extradition), not a new arrest. No force named -> 'police'."),
E(21, ["He was arrested at his home in Athenry on 22 April 2026"],
  "ARR", "2026-04-22", "day", "Athenry", "IE", None, None, None, "police", None, True,
  "'on 22 April 2026' -> 22 April, 43 days before -> background: the taxi driver of holdout48-005. The bail application is a follow-up. No force named -> 'police'."),
]
