"""Authoring source of benchmarks/events_holdout60 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Colón, Panama cluster (holdout60-016 to 020; English and French),
two suicide bombers on Friday morning 25 September 2026 at two sites of one
town (the craft market of the Colón 2000 cruise terminal, and the main gate
of the Colón Free Zone, about 800 m and seven minutes apart): an English
wire with a first report (016), the French cancellation notice of a river
cruise operator on the Chagres ("avis d'annulation d'un croisiériste
fluvial", fr 017), a rowing club's regatta postponement notice (018), the
French email of the parents' association of a primary school in Panama City
("courriel de l'association des parents d'élèves d'une école primaire", fr
019) and a photography society's monthly newsletter (020). Panama is UTC-5:
every publication time here is between 14:00 and 22:00 UTC (09:00 to 17:00
local), so every local date is the UTC date. The gold writes "Colón" (the
English texts write "Colon") and "Cativá". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout60")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout60-016
ARTICLES.append(A(16, "en", "article", "2026-09-25T21:00:00Z",
"Twin suicide bombing kills at least 12 in Panama's port city of Colon",
"""
COLON, Panama (Isthmus Wire) - Two suicide bombers set off explosives seven minutes apart in the Caribbean port city of Colon on Friday, killing at least ten people, not counting the two attackers, and wounding dozens, Panama's security ministry said.

The first blast ripped through the craft market of the Colon 2000 cruise terminal shortly after 10:20 a.m., as passengers from a cruise ship carrying some 3,800 people were coming ashore. At 10:27 a second bomber blew himself up at the main gate of the Colon Free Zone, about 800 metres away, during the morning change of shift.

"There were tourists lying on the ground and the vendors were trying to help them," said taxi driver Ricardo Barría, 57, who was parked at bay 12 of the terminal's rank.

No one had claimed the attack by the afternoon. The security minister said investigators were checking whether the bombers "may have come" through the Darien jungle from Colombia, but that it was "too soon to point at anyone".

Panama has almost no history of such attacks. In 2016, police defused an explosive device left outside the customs office in Portobelo, some 40 km along the coast, before it could go off.

The canal authority said shipping through the Atlantic locks was not affected. The cruise line cancelled its afternoon excursions, and the ship sailed at 15:00 instead of 18:00 with 212 passengers who had not returned on board staying behind in hotels. Police closed Avenida Bolívar and Calle 13 and sent 600 officers from the capital.

The Free Zone, which employs about 35,000 people and handles goods worth more than 20 billion dollars a year, said it would stay closed on Saturday. A line for relatives, +507 475 2210, was opened at the governor's office.
"""))
GOLD += [
E(16, ["Two suicide bombers set off explosives seven minutes apart in the Caribbean port city of Colon", "The first blast", "a second bomber blew himself up", "the attack"],
  "SUI", "2026-09-25", "day", "Colón", "PA", 12, 12, "at_least", None, None, False,
  "Wire of Friday 25 September 2026 (16:00 in Colón); 'on Friday' = the publication day. Two sites of one town (the cruise terminal's craft market and the Free Zone's main gate, 'about 800 metres away', 'seven minutes apart') -> ONE Suicide bomb event coded to the town (gold 'Colón'). First report: 'killing at least ten people, not counting the two attackers, and wounding dozens' -> killed 10 + 2 = 12, at_least (the bombers are added); injured 'dozens' = 12 (dev table; the qualifier describes the killed figure). No claim; 'may have come' through the Darien is speculation -> perpetrator null. '10:20 a.m.', '3,800 people' (a ship's passengers), '10:27', '800 metres', '57', 'bay 12', '40 km', '15:00', '18:00', '212 passengers', 'Calle 13', '600 officers', '35,000 people', '20 billion dollars', '+507 475 2210' are not casualties."),
E(16, ["police defused an explosive device left outside the customs office in Portobelo"],
  "DWU", "2016-01-01", "year", "Portobelo", "PA", None, None, None, "police", None, True,
  "'In 2016' -> year, background. A device defused 'before it could go off' -> Disrupted weapons use by 'police'. No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout60-017
ARTICLES.append(A(17, "fr", "article", "2026-09-26T14:00:00Z",
"Croisières du Chagres : annulation des départs du week-end",
"""
CROISIÈRES DU CHAGRES - Excursions fluviales sur le Chagres et le lac Gatún. Avis d'annulation à nos passagers. Gamboa, le samedi 26 septembre 2026, 9 heures.

Chers passagers,

À la suite du double attentat-suicide d'hier matin à Colón, au terminal de croisière Colón 2000 et devant l'entrée principale de la Zone libre, nous annulons tous nos départs du samedi 26 et du dimanche 27 septembre.

Le bilan a été revu ce matin. Le premier communiqué du ministère de la Sécurité faisait état d'au moins douze morts ; il compte désormais quatorze morts, dont les deux auteurs, et 58 blessés. Parmi les blessés figurent trois passagers d'un paquebot, dont deux Français. Aucun de nos clients n'a été touché.

La police a arrêté hier soir deux hommes à Sabanitas, à une douzaine de kilomètres de Colón, et a installé des contrôles sur l'autoroute entre Panamá et Colón. Notre guide Luis, qui attendait un groupe au terminal, a été entendu comme témoin pendant trois heures vendredi après-midi, puis laissé libre.

VOS OPTIONS
1. Report gratuit sur un départ d'octobre, dans la limite des places disponibles (48 par bateau).
2. Remboursement intégral sous 14 jours ouvrés.
3. Avoir de 110 % du montant payé, valable 12 mois.

NOS CROISIÈRES
- « Lac Gatún et singes hurleurs » : 4 heures, 89 dollars par adulte.
- « Chagres et village emberá » : 7 heures, 145 dollars, déjeuner inclus ; enfants de moins de 12 ans, 70 dollars.
Les départs reprendront le mardi 29 septembre, sous réserve de l'avis des autorités.

NAVETTES. Les transferts depuis les hôtels de Panamá ne circuleront pas ce week-end. Le quai de Gamboa reste ouvert de 7 heures à 17 heures pour récupérer vos objets oubliés.

Réservations et questions : +507 6612 4470 (WhatsApp), de 7 heures à 19 heures. Nous répondons en français, en espagnol et en anglais.

Nous pensons aux victimes et à leurs proches.

L'équipe des Croisières du Chagres
"""))
GOLD += [
E(17, ["double attentat-suicide d'hier matin à Colón"],
  "SUI", "2026-09-25", "day", "Colón", "PA", 14, 58, "exact", None, None, False,
  "Cancellation notice of Saturday 26 September (09:00 local); 'd'hier matin' -> 25 September. Two sites of one town -> ONE event. The toll is revised inside: 'au moins douze morts' (the first statement, superseded) -> 'quatorze morts, dont les deux auteurs, et 58 blessés' -> killed 14 (bombers inside), injured 58, exact; 'trois passagers d'un paquebot, dont deux Français' are a subset of the wounded. No claim, no group named -> perpetrator null. '9 heures', '26 et ... 27 septembre', 'une douzaine de kilomètres' (a distance, not a toll), 'trois heures', '48 par bateau', '14 jours', '110 %', '12 mois', '4 heures', '89 dollars', '7 heures', '145 dollars', '12 ans', '70 dollars', '29 septembre', '7 heures à 17 heures', '+507 6612 4470', '7 heures à 19 heures' are not casualties."),
E(17, ["La police a arrêté hier soir deux hommes à Sabanitas"],
  "ARR", "2026-09-25", "day", "Sabanitas", "PA", None, None, None, "police", None, False,
  "'hier soir' vs Saturday 26 September -> 25 September, the evening of the bombing. Two men arrested in Sabanitas -> 'police'. The guide 'entendu comme témoin pendant trois heures ... puis laissé libre' is not arrested."),
]

# -------------------------------------------------------------- holdout60-018
ARTICLES.append(A(18, "en", "article", "2026-09-28T15:00:00Z",
"Gatun Lake Rowing Club: Autumn Regatta postponed",
"""
GATUN LAKE ROWING CLUB - REGATTA POSTPONEMENT NOTICE. Monday 28 September 2026.

To crews, coaches and parents,

The committee has decided to postpone the Autumn Regatta, which was to be rowed on Saturday 3 October over 2,000 metres in six lanes, following Friday's twin suicide bombing in Colon. The new date is Saturday 7 November.

We also share terrible news. Marisol Pinto, mother of our junior sculler Andrés, was wounded at the Free Zone gate, where she worked, and died on Sunday. The official toll now stands at 15 killed, including the two bombers, and 58 wounded.

On Sunday, Islamic State claimed the attack through its Amaq agency, boasting of "more than 80 crusaders" killed. The security ministry said the claim was credible. The Gulf Clan, the Colombian armed group that runs much of the smuggling through the Darien, denied any role. A senior official said the bombers "may have been" in contact with recruiters abroad.

Police on Saturday arrested a man in La Chorrera who had rented the bombers a flat for a month. The two men detained in Sabanitas on Friday night are still in custody.

WHAT THIS MEANS FOR YOU
- Entries (45 dollars per crew boat, 25 per single scull) carry over to 7 November. No new entry is needed.
- The 6:00 a.m. training sessions on Tuesdays and Thursdays continue, but the boathouse gate will be locked at 7:30 a.m.
- The masters' coxless four withdraws from the head race of 17 October.
- The club bus for juniors from Colon (route 2) is suspended; parents, please drive your rowers.
- Club boats 3, 7 and 11 are out for repair until mid-October.

A minute's silence for Marisol will be held on the pontoon on Tuesday at 6:00 a.m. Andrés and his father have asked for privacy; cards can be left in the clubhouse, where 40 have already been signed.

If any member needs support, call our welfare officer on +507 6788 0192.

Yours in rowing,

Esteban Ríos, club captain
"""))
GOLD += [
E(18, ["Friday's twin suicide bombing in Colon", "claimed the attack"],
  "SUI", "2026-09-25", "day", "Colón", "PA", 15, 58, "exact", "Islamic State", "Islamic State", False,
  "Notice of Monday 28 September; 'Friday's' -> 25 September. 'The official toll now stands at 15 killed, including the two bombers, and 58 wounded' -> killed 15 (bombers inside; Marisol Pinto, who died on Sunday, is inside), injured 58, exact. 'On Sunday, Islamic State claimed the attack through its Amaq agency', judged 'credible' by the security ministry -> claimant and perpetrator; the claim's 'more than 80 crusaders' is never used. The Gulf Clan's denial is not a claim; 'may have been' in contact is speculation. '3 October', '2,000 metres', 'six lanes', '7 November', 'a month', '45 dollars', '25', '6:00 a.m.', '7:30 a.m.', 'coxless four', '17 October', 'route 2', 'boats 3, 7 and 11', '40' (cards), '+507 6788 0192' are not casualties."),
E(18, ["Police on Saturday arrested a man in La Chorrera"],
  "ARR", "2026-09-26", "day", "La Chorrera", "PA", None, None, None, "police", None, False,
  "'on Saturday' vs Monday 28 September -> 26 September. The man who rented the bombers a flat, arrested in La Chorrera -> 'police'."),
E(18, ["The two men detained in Sabanitas on Friday night"],
  "ARR", "2026-09-25", "day", "Sabanitas", "PA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-017: 'on Friday night' vs Monday 28 September -> 25 September. 'are still in custody' is a follow-up. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout60-019
ARTICLES.append(A(19, "fr", "article", "2026-09-30T22:00:00Z",
"APE de l'école Paul-Gauguin : point d'information après l'attentat de Colón",
"""
ASSOCIATION DES PARENTS D'ÉLÈVES - ÉCOLE PRIMAIRE FRANÇAISE PAUL-GAUGUIN, PANAMÁ. Courriel aux familles, mercredi 30 septembre 2026.

Chers parents,

Plusieurs d'entre vous nous ont demandé un point après l'attentat-suicide de vendredi à Colón. Le bilan officiel est de quinze morts, dont les deux kamikazes, et cinquante-huit blessés. Aucun élève ni parent de l'école ne figure parmi les victimes. Le père d'un élève de CM1, docker à Colón, a été entendu dimanche par la police comme témoin et laissé libre le soir même.

L'attentat a été revendiqué dimanche par l'État islamique, et le ministère de la Sécurité juge la revendication crédible. Lundi, la police a arrêté à Yaviza, dans le Darién, un passeur soupçonné d'avoir fait entrer les deux auteurs depuis la Colombie.

Dimanche, quelque 6 000 personnes vêtues de blanc ont marché dans le calme de la cathédrale de Colón jusqu'au terminal de croisière, derrière une banderole « Colón quiere paz ». Plusieurs familles de l'école y étaient. Mardi, en revanche, la police a dispersé à coups de gaz lacrymogène un cortège de dockers qui marchaient vers le siège du gouverneur pour réclamer la réouverture de la Zone libre ; quatre manifestants ont été blessés.

À L'ÉCOLE
- La sortie des CM2 aux écluses de Miraflores, prévue le 9 octobre, est reportée.
- La kermesse du samedi 17 octobre est maintenue : 12 stands, et nous cherchons encore 20 bénévoles.
- Une psychologue reçoit les familles le jeudi de 8 heures à 11 heures, salle 6.
- Cotisation à l'APE : 35 dollars par famille, 50 dollars à partir de deux enfants.
- Portail : ouverture à 7 h 15, fermeture à 7 h 45.

Nous rappelons qu'il vaut mieux ne pas laisser les enfants regarder seuls les images diffusées à la télévision. Des fiches pour en parler avec eux, adaptées aux 6-11 ans, sont disponibles à l'accueil.

Contact de l'APE : +507 6201 3388.

Bien à vous,

Claire Morel, présidente de l'APE
"""))
GOLD += [
E(19, ["l'attentat-suicide de vendredi à Colón", "L'attentat a été revendiqué"],
  "SUI", "2026-09-25", "day", "Colón", "PA", 15, 58, "exact", "Islamic State", "Islamic State", False,
  "Parents' email of Wednesday 30 September (17:00 local); 'de vendredi' -> 25 September. 'quinze morts, dont les deux kamikazes, et cinquante-huit blessés' -> killed 15 (bombers inside), injured 58, exact (number words). 'revendiqué dimanche par l'État islamique', judged 'crédible' -> claimant and perpetrator. The school is in Panama City: no event there. 'CM1', 'CM2', '9 octobre', '17 octobre', '12 stands', '20 bénévoles', '8 heures à 11 heures', 'salle 6', '35 dollars', '50 dollars', 'deux enfants', '7 h 15', '7 h 45', '6-11 ans', '+507 6201 3388' are not casualties. The docker father 'entendu ... comme témoin et laissé libre' is not arrested."),
E(19, ["la police a arrêté à Yaviza, dans le Darién, un passeur"],
  "ARR", "2026-09-28", "day", "Yaviza", "PA", None, None, None, "police", None, False,
  "'Lundi' vs Wednesday 30 September -> 28 September. The cluster's suspected facilitator (the smuggler who brought the bombers in from Colombia), arrested in Yaviza -> 'police'."),
E(19, ["quelque 6 000 personnes vêtues de blanc ont marché dans le calme"],
  "PP", "2026-09-27", "day", "Colón", "PA", None, None, None, None, None, False,
  "'Dimanche' vs Wednesday 30 September -> 27 September. A march in calm with a message on a banner ('Colón quiere paz') -> Peaceful protest, perpetrator null. 'quelque 6 000' counts marchers."),
E(19, ["la police a dispersé à coups de gaz lacrymogène un cortège de dockers"],
  "PI", "2026-09-29", "day", "Colón", "PA", None, 4, "exact", None, None, False,
  "'Mardi' vs Wednesday 30 September -> 29 September. A dockers' march with a demand (the reopening of the Free Zone) dispersed with tear gas -> Protests / Protest with intervention, perpetrator null (dev); coded to Colón (the governor's office is in the town, where the dockers work). 'quatre manifestants ont été blessés' -> injured 4 (number word), exact."),
]

# -------------------------------------------------------------- holdout60-020
ARTICLES.append(A(20, "en", "article", "2026-10-03T16:00:00Z",
"Colon Camera Club: October newsletter",
"""
COLON CAMERA CLUB - OCTOBER NEWSLETTER. Saturday 3 October 2026.

Dear members,

Our exhibition "Harbour Light" was due to open next Friday in the cultural hall of the Free Zone, a few steps from the gate where the second bomber struck on 25 September. It is postponed to January. The twin suicide bombing claimed by Islamic State has now killed 16 people, including the two bombers, after a dock worker aged 47 died on Wednesday; 58 were wounded.

MEMBER NEWS. Yolanda Castillo photographed the dockworkers' march on Tuesday, which police broke up with tear gas outside the governor's office; four marchers were hurt. Three newspapers used her pictures. A reminder of our code: no close-ups of the injured, and no pictures of children without a parent's consent.

THE INVESTIGATION. Colombian police on Thursday arrested a man in Turbo, on the Gulf of Urabá, who is accused of organising the bombers' journey north; Panama has asked for his extradition. The smuggler held in Yaviza since Monday has been charged. The landlord arrested in La Chorrera last Saturday was released without charge on Wednesday.

FROM THE ARCHIVE. Older members will remember photographing the only previous blast in the province, in 2019, when a pipe bomb went off outside a bar in Cativá, wounding three people. Those prints are in box 14 of the archive.

COMPETITION. This month's theme is "Reflections". Send up to 3 images by 15 October, at least 2,400 pixels on the long side. Last month's winner, Tomás Ureña, shot his harbour at f/8, 1/250 s and ISO 400.

CLUB LIFE
- The Portobelo outing of 11 October is cancelled.
- Membership for 2027 stays at 40 dollars; we now have 52 members.
- The Saturday photo walk resumes on 17 October at 9 a.m.; meet at bench 4 on the seafront.

Our thoughts are with the families, and with our fellow members who work in the Free Zone.

Gloria Méndez, secretary
"""))
GOLD += [
E(20, ["the second bomber struck on 25 September", "The twin suicide bombing claimed by Islamic State"],
  "SUI", "2026-09-25", "day", "Colón", "PA", 16, 58, "exact", "Islamic State", "Islamic State", False,
  "Newsletter of Saturday 3 October; 'on 25 September' -> 25 September. 'has now killed 16 people, including the two bombers, after a dock worker aged 47 died on Wednesday; 58 were wounded' -> killed 16 (bombers inside), injured 58, exact. 'claimed by Islamic State', undisputed -> claimant and perpetrator. 'the gate where the second bomber struck' is the first naming. '47', 'box 14', '3 images', '15 October', '2,400 pixels', 'f/8', '1/250 s', 'ISO 400', '11 October', '2027', '40 dollars', '52 members', '17 October', '9 a.m.', 'bench 4', 'Three newspapers' are not casualties."),
E(20, ["the dockworkers' march on Tuesday, which police broke up with tear gas"],
  "PI", "2026-09-29", "day", "Colón", "PA", None, 4, "exact", None, None, False,
  "'on Tuesday' vs Saturday 3 October -> 29 September: the dockers' march of holdout60-019, broken up with tear gas outside the governor's office -> Protest with intervention, perpetrator null. 'four marchers were hurt' -> injured 4, exact."),
E(20, ["Colombian police on Thursday arrested a man in Turbo"],
  "ARR", "2026-10-01", "day", "Turbo", "CO", None, None, None, "police", None, False,
  "'on Thursday' vs Saturday 3 October -> 1 October. A man accused of organising the bombers' journey, arrested in Turbo, Colombia -> CO; 'Colombian police' -> 'police' (foreign police coded at the arrest's place). 'has asked for his extradition' is a follow-up."),
E(20, ["The smuggler held in Yaviza since Monday"],
  "ARR", "2026-09-28", "day", "Yaviza", "PA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-019: 'since Monday' vs Saturday 3 October -> 28 September. 'has been charged' is the arrest's follow-up. No force named -> 'police'."),
E(20, ["The landlord arrested in La Chorrera last Saturday"],
  "ARR", "2026-09-26", "day", "La Chorrera", "PA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-018: 'last Saturday' vs Saturday 3 October -> the previous Saturday, 26 September (a weekday names the most recent such day before publication). 'was released without charge on Wednesday' does not undo the arrest. No force named -> 'police'."),
E(20, ["a pipe bomb went off outside a bar in Cativá"],
  "IED", "2019-01-01", "year", "Cativá", "PA", None, 3, "exact", None, None, True,
  "'in 2019' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; no author named -> null. 'wounding three people' -> injured 3 (number word), exact; killed null."),
]
