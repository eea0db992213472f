"""Authoring source of benchmarks/events_holdout46 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Muharraq, Bahrain cluster (holdout46-011 to 015; English and
French), two suicide bombers on Thursday 20 August 2026 at two sites of one
town (the entrance of the Qaisariya souq and the Muharraq bus terminal,
"some 600 metres" and six minutes apart): an English wire with a first
report (011), an English pharmacy rota notice of the health authorities
(012), an English wire on the claim, the arrests and a dispersed protest
(013), the French translated summary of an Arabic-language daily's report
("résumé traduit de l'arabe", fr 014) and an English reader's editor column
answering complaints about a newspaper's coverage (015). Bahrain is UTC+3:
every publication time here is between 06:00 and 19:30 UTC (09:00 to 22:30
in Bahrain), so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout46")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout46-011
ARTICLES.append(A(11, "en", "article", "2026-08-20T19:30:00Z",
"Twin suicide blasts hit Bahrain's Muharraq, at least 11 dead",
"""
MANAMA, Bahrain (Gulf Wire) - Two suicide bombers struck the old city of Muharraq on Thursday evening, killing at least eleven people, including themselves, and wounding dozens of others, the Interior Ministry said.

The first attacker blew himself up at about 7:40 p.m. at the entrance of the Qaisariya souq, which was crowded with shoppers after the heat of the day. Six minutes later, the second detonated a vest at the Muharraq bus terminal, some 600 metres away, as passengers were boarding a bus to Manama.

"It was still 38 degrees, and everybody was outside," said Yusuf al-Sayed, 47, who sells perfume oils at shop 14 in the souq. "The glass fell on us like rain."

The ministry did not say who carried out the attack. A security official said investigators were examining whether it could be linked to Saraya al-Ashtar, a group that has claimed bomb attacks on Bahraini police in the past.

In 2016, a homemade bomb planted by the road wounded two police officers at a checkpoint near Budaiya.

The souq, part of a UNESCO-listed pearling trail, had been packed with families on the eve of the weekend.

King Hamad University Hospital and the Salmaniya Medical Complex, which has about 1,200 beds, called in extra staff, and the Health Ministry appealed for blood donors on 17 288 888. Flights at Bahrain International Airport, on Muharraq island, continued, but passengers were told to arrive three hours early. Police closed the Shaikh Isa bin Salman causeway and Road 1501 to traffic.

The Youth Ministry suspended activities at 25 summer youth centres on the island until Sunday.
"""))
GOLD += [
E(11, ["Two suicide bombers struck the old city of Muharraq", "The first attacker blew himself up", "the second detonated a vest", "the attack"],
  "SUI", "2026-08-20", "day", "Muharraq", "BH", 11, 12, "at_least", None, None, False,
  "Wire of Thursday 20 August 2026 (22:30 in Bahrain, UTC+3); 'on Thursday evening' = the publication day. Two sites of one town (the Qaisariya souq and the bus terminal, 'some 600 metres' and six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eleven people, including themselves, and wounding dozens of others' -> killed 11 (number word; bombers inside), at_least; injured 'dozens' = 12 (dev table; the qualifier describes the killed figure). 'could be linked to Saraya al-Ashtar' is speculation -> perpetrator null; the group's past claims are generic. '7:40 p.m.', '600 metres', '38 degrees', '47', 'shop 14', '1,200 beds', '17 288 888', 'three hours', 'Road 1501', '25 summer youth centres' are not casualties."),
E(11, ["a homemade bomb planted by the road wounded two police officers at a checkpoint near Budaiya"],
  "IED", "2016-01-01", "year", "Budaiya", "BH", None, 2, "exact", None, None, True,
  "'In 2016' -> year, background. A homemade roadside bomb -> Remote explosive/landmine/IED; no author named -> null. 'wounded two police officers' -> injured 2 (number word), exact; killed null. 'near Budaiya' -> the nearest named place."),
]

# -------------------------------------------------------------- holdout46-012
ARTICLES.append(A(12, "en", "article", "2026-08-22T07:00:00Z",
"Pharmacies on duty in Muharraq Governorate, 22 to 28 August",
"""
MINISTRY OF HEALTH - NATIONAL HEALTH REGULATORY AUTHORITY. PHARMACIES ON DUTY, MUHARRAQ GOVERNORATE, Saturday 22 to Friday 28 August 2026. Revised edition, issued Saturday 22 August at 09:00.

This revised rota replaces the edition issued on Friday. Two pharmacies in the old souq, damaged in Thursday's twin suicide bombing, are closed, and their duty nights have been reassigned.

The ministry's toll, updated this morning: the Friday edition reported 14 dead; the figure is now 17 killed, the two bombers among them, and 63 wounded, nine of whom are in intensive care. Among the dead is Mariam Abdulla, 39, pharmacist at Al Souq Pharmacy, who died of her injuries on Friday afternoon.

24-HOUR PHARMACIES
- Saturday and Sunday: Al Noor Pharmacy, Building 212, Road 1510, Block 215, Muharraq. Tel. 17 320 415.
- Monday and Tuesday: Samaheej Pharmacy, Building 1043, Road 4325, Block 243, Samaheej. Tel. 17 675 902.
- Wednesday to Friday: Busaiteen Family Pharmacy, Shop 6, Road 5125, Block 251, Busaiteen. Tel. 17 339 008.
Closed until further notice: Al Souq Pharmacy and Qaisariya Pharmacy.

SALES OF PRECURSORS
Following the arrest on Friday in Hamad Town of a pharmacy assistant suspected of supplying hydrogen peroxide to the bombers, pharmacists are reminded that all sales of hydrogen peroxide above 12 percent and of acetone in containers over 1 litre must be entered in the register with the buyer's identity card number. Fines reach 5,000 dinars.

BLOOD
The Salmaniya blood bank received 2,300 donors on Friday and asks only donors of group O negative to come from Sunday, between 7 a.m. and 9 p.m.

HELPLINE
Medicines for the wounded and their families are free of charge until 30 September. Call 444 (free) or send a WhatsApp message to 3999 0444.
"""))
GOLD += [
E(12, ["Thursday's twin suicide bombing"],
  "SUI", "2026-08-20", "day", "Muharraq", "BH", 17, 63, "exact", None, None, False,
  "Pharmacy rota of Saturday 22 August; 'Thursday's' -> 20 August. Two sites of one town -> ONE event. The toll is revised inside: 'the Friday edition reported 14 dead' is superseded by '17 killed, the two bombers among them, and 63 wounded' -> killed 17 (bombers inside; the pharmacist who 'died of her injuries on Friday afternoon' is inside), injured 63, exact; 'nine of whom are in intensive care' is a subset. No claim, no group named -> perpetrator null. The rota's numbers ('22 to Friday 28', '09:00', '39', 'Building 212', 'Road 1510', 'Block 215', '17 320 415', 'Building 1043', 'Road 4325', 'Block 243', '17 675 902', 'Shop 6', 'Road 5125', 'Block 251', '17 339 008', '12 percent', '1 litre', '5,000 dinars', '2,300 donors', '7 a.m. and 9 p.m.', '30 September', '444', '3999 0444') are not casualties."),
E(12, ["the arrest on Friday in Hamad Town of a pharmacy assistant"],
  "ARR", "2026-08-21", "day", "Hamad Town", "BH", None, None, None, "police", None, False,
  "'on Friday' vs Saturday 22 August -> 21 August. The cluster's first suspected facilitator (a pharmacy assistant 'suspected of supplying hydrogen peroxide to the bombers'), arrested in Hamad Town. No force named -> 'police' (the Interior Ministry's forces of the cluster)."),
]

# -------------------------------------------------------------- holdout46-013
ARTICLES.append(A(13, "en", "article", "2026-08-24T09:00:00Z",
"Bahraini militant group claims Muharraq bombing; brothers held in Sitra",
"""
MANAMA (Gulf Wire) - Saraya al-Ashtar, a Bahraini militant group, claimed responsibility on Sunday for Thursday's twin suicide bombing in Muharraq, and the Interior Ministry said on Monday that the claim was authentic.

In a statement posted online, the group said its "martyrs" had killed "more than 40 mercenaries". The ministry's toll stands at 18 dead, the two bombers included, and 63 wounded, after an 11-year-old boy died in hospital on Sunday.

Saraya al-Mukhtar, another armed group, denied any involvement. A senior official said the two bombers "may have been" trained in Iraq, but gave no evidence.

Security forces arrested two brothers, aged 23 and 26, in a dawn raid on their family home in Sitra on Friday, the ministry said, and seized 3 kg of explosives and a box of ball bearings. Their parents were questioned for several hours and released. The pharmacy assistant arrested in Hamad Town on Friday has been charged with supplying chemicals to the bombers.

Late on Sunday, riot police fired tear gas to disperse some 300 Sitra residents who had gathered outside the local police station to protest against the raid and demand to see the brothers. Four protesters and two policemen were hurt, according to witnesses and the ministry.

The Qaisariya souq, part of a UNESCO-listed pearling trail, will partly reopen on Wednesday, with 68 of its 120 shops. Bahrain's stock market fell 2.1 percent on Sunday, and the government has offered 10,000 dinars to the family of each person killed. About 1,500 extra police officers have been deployed around mosques and markets.
"""))
GOLD += [
E(13, ["Thursday's twin suicide bombing in Muharraq"],
  "SUI", "2026-08-20", "day", "Muharraq", "BH", 18, 63, "exact", "Saraya al-Ashtar", "Saraya al-Ashtar", False,
  "Wire of Monday 24 August; 'Thursday's' -> 20 August. Two sites of one town -> ONE event. 'The ministry's toll stands at 18 dead, the two bombers included, and 63 wounded' -> killed 18 (bombers inside; the boy of 11 who 'died in hospital on Sunday' is inside), injured 63, exact. Claimed 'on Sunday' by Saraya al-Ashtar, judged 'authentic' by the Interior Ministry -> claimant and perpetrator 'Saraya al-Ashtar' (no earlier set named it); the claim's 'more than 40 mercenaries' is never used. Saraya al-Mukhtar's denial is not a claim; 'may have been' trained in Iraq is speculation. '11-year-old', '23 and 26', '3 kg', '300 Sitra residents' (protesters), '68 of its 120 shops', '2.1 percent', '10,000 dinars', '1,500 extra police officers' are not casualties."),
E(13, ["Security forces arrested two brothers"],
  "ARR", "2026-08-21", "day", "Sitra", "BH", None, None, None, "police", None, False,
  "'on Friday' vs Monday 24 August -> 21 August. Two brothers arrested 'in a dawn raid on their family home in Sitra'; the explosives seized belong to the arrest. 'Security forces' of the Interior Ministry -> 'police' (dev). Their parents 'questioned for several hours and released' are not arrested."),
E(13, ["The pharmacy assistant arrested in Hamad Town on Friday"],
  "ARR", "2026-08-21", "day", "Hamad Town", "BH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout46-012: 'on Friday' vs Monday 24 August -> 21 August. 'has been charged with supplying chemicals' is the arrest's follow-up, not a new event. No force named -> 'police'."),
E(13, ["riot police fired tear gas to disperse some 300 Sitra residents"],
  "PI", "2026-08-23", "day", "Sitra", "BH", None, 6, "exact", None, None, False,
  "'Late on Sunday' vs Monday 24 August -> 23 August. Residents gathered outside the Sitra police station 'to protest against the raid and demand to see the brothers', dispersed with tear gas -> Protests / Protest with intervention, perpetrator null (dev). 'Four protesters and two policemen were hurt' -> injured 4 + 2 = 6 (all sides summed), exact; killed null. 'some 300' counts protesters."),
]

# -------------------------------------------------------------- holdout46-014
ARTICLES.append(A(14, "fr", "article", "2026-08-26T08:00:00Z",
"Bahreïn : ce qu'écrit la presse arabophone sur l'enquête de Muharraq",
"""
RÉSUMÉ TRADUIT DE L'ARABE. Notre service « Monde arabe » résume chaque jour un article de la presse de la région. Aujourd'hui : le quotidien bahreïnien Akhbar al-Muharraq, édition du mercredi 26 août 2026, page 3. Traduction : Karim Benslimane.

Le journal ouvre sur la marche aux bougies de mardi soir : quelque 5 000 habitants ont marché, une bougie à la main, de l'entrée du souk de la Qaisariya jusqu'à la corniche, pour dire que « Muharraq est une seule famille ». La police n'est pas intervenue et le cortège s'est dispersé vers 23 heures.

Le quotidien rappelle le bilan de l'attentat-suicide de jeudi dernier : dix-huit morts, dont les deux kamikazes, et soixante-trois blessés, dont six sont toujours en réanimation. Il cite le ministère de l'Intérieur, qui juge « authentique » la revendication de Saraya al-Ashtar, publiée dimanche.

Selon le journal, l'enquête a franchi une étape mardi : les services de sécurité saoudiens ont arrêté à Khobar, de l'autre côté de la chaussée du roi Fahd, un Bahreïnien de 31 ans soupçonné d'avoir fait passer les deux gilets d'explosifs dans le coffre de sa voiture. Les deux frères arrêtés vendredi à l'aube à Sitra ont été placés en détention pour 60 jours par le parquet. Leurs voisins affirment que la famille « n'a rien à voir » avec le massacre.

Le journal consacre un encadré au précédent le plus proche : en 2016, une bombe artisanale avait blessé deux policiers à un barrage près de Budaiya.

Enfin, il publie les horaires de réouverture du souk (de 16 heures à 23 heures, 68 boutiques sur 120), un numéro d'aide aux familles (80 008 001) et le montant de l'aide de l'État : 10 000 dinars, soit environ 24 000 euros, par famille endeuillée. La chaussée, longue de 25 kilomètres, a été fermée six heures mardi.

Note : ce résumé n'engage que son traducteur, non le journal cité.
"""))
GOLD += [
E(14, ["la marche aux bougies de mardi soir", "quelque 5 000 habitants ont marché"],
  "PP", "2026-08-25", "day", "Muharraq", "BH", None, None, None, None, None, False,
  "Translated summary of Wednesday 26 August; 'mardi soir' -> Tuesday 25 August. A candlelit march from the souq to the corniche with a message ('Muharraq est une seule famille'), 'La police n'est pas intervenue' -> Peaceful protest, perpetrator null. 'quelque 5 000 habitants' counts marchers; '23 heures' is a time."),
E(14, ["l'attentat-suicide de jeudi dernier", "le massacre"],
  "SUI", "2026-08-20", "day", "Muharraq", "BH", 18, 63, "exact", "Saraya al-Ashtar", "Saraya al-Ashtar", False,
  "'de jeudi dernier' vs Wednesday 26 August -> the most recent Thursday, 20 August. Two sites of one town -> ONE event. 'dix-huit morts, dont les deux kamikazes, et soixante-trois blessés' -> killed 18 (bombers inside), injured 63 (number words), exact; 'dont six sont toujours en réanimation' is a subset. 'la revendication de Saraya al-Ashtar', judged 'authentique' by the Interior Ministry -> claimant and perpetrator. '26 août 2026', 'page 3', '31 ans', '60 jours', '16 heures à 23 heures', '68 boutiques sur 120', '80 008 001', '10 000 dinars', '24 000 euros', '25 kilomètres', 'six heures' are not casualties."),
E(14, ["les services de sécurité saoudiens ont arrêté à Khobar"],
  "ARR", "2026-08-25", "day", "Khobar", "SA", None, None, None, "police", None, False,
  "'mardi' vs Wednesday 26 August -> 25 August. The cluster's second suspected facilitator (who smuggled the two vests across the King Fahd Causeway), arrested in Khobar, Saudi Arabia -> SA; 'les services de sécurité saoudiens' -> 'police' (dev: security services are police)."),
E(14, ["Les deux frères arrêtés vendredi à l'aube à Sitra"],
  "ARR", "2026-08-21", "day", "Sitra", "BH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout46-013: 'vendredi à l'aube' vs Wednesday 26 August -> 21 August. 'placés en détention pour 60 jours par le parquet' is the arrest's follow-up. No force named -> 'police'."),
E(14, ["une bombe artisanale avait blessé deux policiers à un barrage près de Budaiya"],
  "IED", "2016-01-01", "year", "Budaiya", "BH", None, 2, "exact", None, None, True,
  "'en 2016' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author -> null. 'avait blessé deux policiers' -> injured 2 (number word), exact. 'le précédent le plus proche' refers to it but is left out of the triggers."),
]

# -------------------------------------------------------------- holdout46-015
ARTICLES.append(A(15, "en", "article", "2026-08-29T06:00:00Z",
"The Reader's Editor: what we got wrong on Muharraq",
"""
THE READER'S EDITOR - By Nadia Karimi. The Gulf Courier, Saturday 29 August 2026.

In nine years in this job I have never received as many complaints as in the week since the Muharraq bombing: 214 emails, 37 calls and one handwritten letter, in Arabic, slipped under our door at Building 630, Road 2807. Most were fair. Here are my answers to the four most common.

"You inflated the toll." On the night of 20 August, our website ran the headline "At least 30 dead in Muharraq blasts", quoting a single hospital source. It was wrong. The Interior Ministry's figures are the only ones we should have used: 18 people were killed, including the two bombers, and 63 were wounded. The headline stayed online for 47 minutes.

"You named an innocent man." We did. On 23 August we printed the name and photograph of a 29-year-old driver arrested the day before in Isa Town. He was released without charge that evening. We have removed his name from our archive and apologise to him and to his family.

"You printed the terrorists' numbers." Our print edition of 24 August quoted in a headline Saraya al-Ashtar's boast of "more than 40 mercenaries" killed. The group's claim of responsibility for the attack was news, and the ministry has judged it authentic; its arithmetic was not news, and it should never have been in large type.

"You spread rumours." We quoted, correctly, an official who said the bombers "may have been" trained in Iraq. The quote was attributed; it was also unproven, and we should have said so higher up.

Several readers also asked why we published no photographs of the wounded. That was deliberate, and it will remain our policy.

Readers can reach me on 17 555 014 or at readers@gulfcourier.example. Corrections appear every day on page 2.
"""))
GOLD += [
E(15, ["the Muharraq bombing", "the attack"],
  "SUI", "2026-08-20", "day", "Muharraq", "BH", 18, 63, "exact", "Saraya al-Ashtar", "Saraya al-Ashtar", False,
  "Reader's editor column of Saturday 29 August; 'On the night of 20 August' (the first headline) -> 20 August. The early headline's 'At least 30 dead' is told as wrong and superseded by the ministry's '18 people were killed, including the two bombers, and 63 were wounded' -> killed 18 (bombers inside), injured 63, exact. 'The group's claim of responsibility for the attack', judged authentic by the ministry -> claimant and perpetrator 'Saraya al-Ashtar'; its 'more than 40 mercenaries' is never used; 'may have been' is speculation. 'Muharraq blasts' inside the quoted wrong headline is left out of the triggers. 'nine years', '214 emails', '37 calls', 'Building 630', 'Road 2807', '47 minutes', '29-year-old', '17 555 014', 'page 2' are not casualties."),
E(15, ["a 29-year-old driver arrested the day before in Isa Town"],
  "ARR", "2026-08-22", "day", "Isa Town", "BH", None, None, None, "police", None, False,
  "'On 23 August ... arrested the day before' -> 22 August. A driver arrested in Isa Town and 'released without charge that evening': the release does not undo the arrest and is no event. No force named -> 'police'."),
]
