"""Authoring source of benchmarks/events_holdout48 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the St. George's, Grenada cluster (holdout48-016 to 020; English and
French), two suicide bombers on Friday 23 October 2026 at two sites of one
town (the Market Square at about 10:25 a.m. and the Carenage waterfront six
minutes later, about 400 m apart): an English wire with a first report
(016), the transcript of a Martinique radio's community noticeboard ("les
avis de la communauté", fr 017), a French agency dispatch on the claim and
the arrests ("dépêche", fr 018), a lottery operator's notice to players and
retailers (019) and a cricket club's members' newsletter (020). Grenada and
Martinique are UTC-4: every publication time here is between 13:00 and
20:00 UTC, i.e. between 09:00 and 16:00 local time, so every local date is
the UTC date. The French texts keep the English name « St. George's ». The
gold writes "St. George's". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout48")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout48-016
ARTICLES.append(A(16, "en", "article", "2026-10-23T19:00:00Z",
"Two suicide bombers kill at least six in Grenada's capital",
"""
ST. GEORGE'S, Grenada (Caribbean Wire) - Two suicide bombers blew themselves up minutes apart in the Grenadian capital on Friday morning, killing at least four people in addition to themselves and wounding a score of others in the Market Square and on the Carenage waterfront, police said.

The first explosion went off at about 10:25 a.m. among vendors of spices and vegetables in the Market Square. Six minutes later, the second bomber detonated his vest on the Carenage, some 400 metres away, near the stand where passengers from a cruise ship were gathering for island tours.

"It was nutmeg and smoke everywhere," said Cynthia Baptiste, 58, who has sold spices in the square for 30 years. "My neighbour's stall is gone."

The police commissioner said the two men were believed to be young Grenadians but had not been formally identified. Asked about possible links to Islamic State, which recruited dozens of fighters in the southern Caribbean during the last decade, he said investigators were "keeping an open mind". No group had claimed the attack by early afternoon.

Grenada, an island nation of about 125,000 people known for its nutmeg, has little history of political violence. In 2018, a grenade thrown into a crowd at the Friday fish fry in Gouyave, on the west coast, injured four people; police blamed a drug gang.

The cruise ship, carrying about 3,100 passengers, left port at 1 p.m., five hours ahead of schedule. Flights at Maurice Bishop International Airport, 10 km to the south, were operating normally, but passengers were asked to arrive three hours before departure.

The General Hospital appealed for O-negative blood, and police opened an information line for relatives at 473-437-2210. The government said schools in the parish of St. George would stay closed on Monday.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up minutes apart in the Grenadian capital", "The first explosion", "the second bomber detonated his vest", "the attack"],
  "SUI", "2026-10-23", "day", "St. George's", "GD", 6, 20, "at_least", None, None, False,
  "Wire of Friday 23 October 2026 (15:00 in St. George's); 'on Friday morning' = the publication day. Two sites of one town (the Market Square and the Carenage, 'some 400 metres' and six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least four people in addition to themselves and wounding a score of others' -> killed 4 + 2 bombers = 6, at_least (the bombers are added); 'a score of others' -> injured 20 (dev table); the qualifier describes the killed figure. No claim; 'possible links to Islamic State' and 'keeping an open mind' are speculation -> perpetrator null. '10:25 a.m.', 'Six minutes', '400 metres', '58', '30 years', 'dozens of fighters' (recruits, not casualties), '125,000 people', '3,100 passengers', '1 p.m.', 'five hours', '10 km', 'three hours', '473-437-2210' are not casualties."),
E(16, ["a grenade thrown into a crowd at the Friday fish fry in Gouyave"],
  "GRN", "2018-01-01", "year", "Gouyave", "GD", None, 4, "exact", None, None, True,
  "'In 2018' -> year, background ('the Friday fish fry' is the weekly event, not a date). A thrown grenade -> Grenade. 'injured four people' -> injured 4, exact. 'police blamed a drug gang' names no group -> perpetrator null."),
]

# -------------------------------------------------------------- holdout48-017
ARTICLES.append(A(17, "fr", "transcript", "2026-10-24T13:00:00Z",
"Radio Alizés : les avis de la communauté du samedi 24 octobre",
"""
RADIO ALIZÉS, FORT-DE-FRANCE. « LES AVIS DE LA COMMUNAUTÉ », ÉMISSION DU SAMEDI 24 OCTOBRE 2026, 9 HEURES. Transcription.

ANIMATRICE : Bonjour à toutes et à tous. Ce matin, nos avis sont d'abord pour nos voisins de la Grenade et pour la communauté grenadienne de Martinique, après le double attentat-suicide d'hier matin à St. George's. Le bilan, annoncé hier soir à six morts, est passé ce matin à neuf morts, les deux kamikazes compris, et 27 blessés. Parmi les victimes, une passagère de croisière martiniquaise de 61 ans, blessée sur le Carénage, est décédée dans la nuit à l'hôpital général.

Premier avis, du consulat de la Grenade : une cellule d'information est ouverte au 0596 71 48 30, de 8 heures à 20 heures, tout le week-end. Les familles peuvent aussi écrire au consulat, 12 rue Victor-Hugo.

Deuxième avis, de la paroisse de Sainte-Thérèse : une messe pour les victimes sera dite demain dimanche à 18 heures.

Troisième avis : la navette maritime de samedi vers la Grenade est annulée. Le départ de lundi à 7 h 30 est maintenu ; les billets de samedi sont remboursés au guichet du port, sur présentation du coupon.

Quatrième avis : l'Établissement français du sang organise une collecte exceptionnelle aujourd'hui à la mairie, de 8 heures à 13 heures ; 120 donneurs sont attendus. Pensez à manger avant de venir.

Cinquième avis : la police grenadienne annonce l'arrestation, hier soir à Grenville, sur la côte est de l'île, de deux hommes soupçonnés d'avoir aidé les kamikazes. Elle demande à toute personne ayant filmé le Carénage entre 10 h 20 et 10 h 35 d'envoyer ses vidéos. Les noms des kamikazes n'ont pas été publiés.

Dernier avis : l'association des Grenadiens de Martinique organise lundi à 17 heures un rassemblement silencieux devant la préfecture. Apportez une bougie et une fleur.

ANIMATRICE : Nos pensées vont à toutes les familles. Prochains avis à midi, après le journal.
"""))
GOLD += [
E(17, ["le double attentat-suicide d'hier matin à St. George's"],
  "SUI", "2026-10-23", "day", "St. George's", "GD", 9, 27, "exact", None, None, False,
  "Radio transcript of Saturday 24 October (09:00 in Fort-de-France, UTC-4); 'd'hier matin' -> Friday 23 October. The toll is revised inside: 'six morts' (last night, superseded) -> 'neuf morts, les deux kamikazes compris, et 27 blessés' -> killed 9 (bombers inside; the cruise passenger of 61 who died overnight is inside), injured 27, exact. No claim -> perpetrator null. '9 heures', '61 ans', '0596 71 48 30', '8 heures à 20 heures', '12 rue Victor-Hugo', '18 heures', '7 h 30', '8 heures à 13 heures', '120 donneurs', '10 h 20 et 10 h 35', '17 heures' are not casualties. The mass (Sunday) and the silent gathering (Monday) are future and not coded."),
E(17, ["l'arrestation, hier soir à Grenville"],
  "ARR", "2026-10-23", "day", "Grenville", "GD", None, None, None, "police", None, False,
  "'hier soir' vs Saturday 24 October -> Friday 23 October, the evening of the bombing. Two men suspected of helping the bombers, arrested in Grenville by 'la police grenadienne' -> 'police'."),
]

# -------------------------------------------------------------- holdout48-018
ARTICLES.append(A(18, "fr", "article", "2026-10-26T15:00:00Z",
"Grenade : un groupe trinidadien revendique l'attentat de St. George's",
"""
ST. GEORGE'S, 26 octobre 2026 (Agence Caraïbe Presse) - Le Jamaat al Muslimeen, un groupe islamiste de Trinité-et-Tobago, a revendiqué dimanche le double attentat-suicide qui a fait dix morts, dont les deux kamikazes, et 27 blessés vendredi à St. George's, la capitale de la Grenade. Un pêcheur de 44 ans, blessé sur le Carénage, a succombé dimanche à ses blessures.

Dans une vidéo de quatre minutes, le groupe, auteur d'une tentative de coup d'État à Trinité en 1990, affirme avoir tué « plus de cinquante apostats ». Le commissaire de police a jugé la revendication « crédible », tout en appelant à ignorer ce chiffre. L'État islamique, que la police avait d'abord évoqué, a démenti toute implication dans un message diffusé sur une chaîne proche du groupe. Selon le ministre de la Sécurité nationale, les deux kamikazes, des Grenadiens de 20 et 24 ans, « pourraient avoir été formés » au Venezuela.

Les deux hommes arrêtés vendredi soir à Grenville ont été inculpés lundi de complicité d'actes terroristes et placés en détention. Samedi, les garde-côtes ont arrêté à Hillsborough, sur l'île de Carriacou, le patron d'une pirogue de pêche soupçonné d'avoir transporté les explosifs depuis Trinité. Quinze pêcheurs de Grenville, entendus samedi par la police, ont été relâchés.

L'île n'avait jamais connu d'attentat-suicide. En 2018, une grenade lancée dans la foule d'une fête de poissonniers à Gouyave avait blessé quatre personnes.

Le marché de St. George's doit rouvrir mercredi. Le gouvernement a fermé les 12 écoles de la capitale jusqu'à mardi et débloqué 2 millions de dollars est-caribéens, soit environ 690 000 euros, pour les familles. Le paquebot qui devait faire escale mardi a annulé, un manque à gagner estimé à 180 000 dollars pour les commerçants du port.
"""))
GOLD += [
E(18, ["le double attentat-suicide qui a fait dix morts"],
  "SUI", "2026-10-23", "day", "St. George's", "GD", 10, 27, "exact", "Jamaat al Muslimeen", "Jamaat al Muslimeen", False,
  "Dispatch of Monday 26 October; 'vendredi' -> 23 October. 'dix morts, dont les deux kamikazes, et 27 blessés' -> killed 10 (bombers inside; the fisherman of 44 who died Sunday is inside), injured 27, exact. Claimed 'dimanche' by 'Le Jamaat al Muslimeen', judged « crédible » by the police commissioner -> claimant and perpetrator (canonical name of earlier sets). The claim's 'plus de cinquante apostats' is never used; the Islamic State's denial is not a claim; « pourraient avoir été formés » is speculation. The 1990 coup attempt in Trinidad is not coded (coups are not events, dev). '44 ans', 'quatre minutes', '20 et 24 ans', 'Quinze pêcheurs' (heard), '12 écoles', '2 millions de dollars', '690 000 euros', '180 000 dollars' are not casualties."),
E(18, ["Les deux hommes arrêtés vendredi soir à Grenville"],
  "ARR", "2026-10-23", "day", "Grenville", "GD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-017: 'vendredi soir' vs Monday 26 October -> 23 October. 'inculpés lundi ... et placés en détention' is the arrest's judicial follow-up, not a new arrest. No force named -> 'police'. The fifteen fishermen 'entendus ... ont été relâchés' are not arrested."),
E(18, ["les garde-côtes ont arrêté à Hillsborough"],
  "ARR", "2026-10-24", "day", "Hillsborough", "GD", None, None, None, "police", None, False,
  "'Samedi' vs Monday 26 October -> 24 October. The cluster's suspected facilitator (the skipper of a fishing boat who brought the explosives from Trinidad), arrested in Hillsborough on Carriacou, part of Grenada -> GD. Grenada's coast guard is a unit of its police force -> 'police' (dev: coast guard under the police; no military actor)."),
E(18, ["une grenade lancée dans la foule d'une fête de poissonniers à Gouyave"],
  "GRN", "2018-01-01", "year", "Gouyave", "GD", None, 4, "exact", None, None, True,
  "'En 2018' -> year, background: the Gouyave grenade of holdout48-016. No author named -> null. 'avait blessé quatre personnes' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout48-019
ARTICLES.append(A(19, "en", "article", "2026-10-27T16:00:00Z",
"Spice Isle Lotto: notice to players and retailers",
"""
SPICE ISLE LOTTO - NOTICE TO PLAYERS AND RETAILERS No. 19/2026. St. George's, Tuesday 27 October 2026.

1. FRIDAY'S DRAWS. Following the twin suicide bombing in the Market Square and on the Carenage on Friday morning, the Super Six and Daily Pick draws of Friday 23 October were postponed. They were held on Saturday at 7 p.m. in the presence of an independent auditor. The winning Super Six numbers were 4, 11, 19, 23, 30 and 36. The jackpot of EC$412,000 was not won and rolls over to Friday 30 October, when it is expected to reach EC$520,000.

2. OUR RETAILERS. We are deeply saddened that Mr. Desmond Charles, 57, who ran our outlet in the Market Square (retailer code SG-0147) for 22 years, is among the ten people killed, a figure that includes the two bombers. Two staff of our Melville Street kiosk are among the 27 injured. Outlets within 300 metres of the Market Square remain closed until further notice.

3. MONDAY'S DISTURBANCES. Our Church Street booth closed early on Monday after police used tear gas to break up a march of several hundred people heading to police headquarters at Fort George to demand the commissioner's resignation. Two marchers and a police officer were hurt. Staff were sent home and the booth's takings were secured.

4. CLAIMING PRIZES. Tickets for the postponed draws remain valid. Prizes must be claimed within 90 days of the draw. Prizes above EC$600 are paid only at our head office on the Esplanade, Monday to Friday from 8 a.m. to 4 p.m.

5. RESPONSIBLE GAMING. Players under 18 may not buy tickets. Our help line, 473-439-5100, is open every day.

6. SOLIDARITY. Spice Isle Lotto will give 10% of sales from the Friday 30 October draw, and no less than EC$50,000, to the National Victims' Fund. Retailers who wish to add a collection box may ask their area supervisor.

We thank our players for their patience and our retailers for their courage.
"""))
GOLD += [
E(19, ["the twin suicide bombing in the Market Square and on the Carenage"],
  "SUI", "2026-10-23", "day", "St. George's", "GD", 10, 27, "exact", None, None, False,
  "Lottery notice of Tuesday 27 October; 'on Friday morning' -> Friday 23 October (the draws 'of Friday 23 October'). 'the ten people killed, a figure that includes the two bombers' -> killed 10 (bombers inside), exact; 'the 27 injured' -> injured 27; 'Two staff of our Melville Street kiosk' are a subset. No claim named -> perpetrator null. 'No. 19/2026', '7 p.m.', the winning numbers '4, 11, 19, 23, 30 and 36', 'EC$412,000', '30 October', 'EC$520,000', '57', 'SG-0147', '22 years', '300 metres', '90 days', 'EC$600', '8 a.m. to 4 p.m.', 'under 18', '473-439-5100', '10%', 'EC$50,000' are not casualties."),
E(19, ["police used tear gas to break up a march of several hundred people"],
  "PI", "2026-10-26", "day", "St. George's", "GD", None, 3, "exact", None, None, False,
  "'on Monday' vs Tuesday 27 October -> 26 October. A march on police headquarters at Fort George 'to demand the commissioner's resignation', broken up by police with tear gas -> Protests / Protest with intervention, perpetrator null (dev). 'Two marchers and a police officer were hurt' -> injured 2 + 1 = 3 (all sides summed), exact. Fort George is in St. George's. 'several hundred people' counts marchers."),
]

# -------------------------------------------------------------- holdout48-020
ARTICLES.append(A(20, "en", "article", "2026-10-30T20:00:00Z",
"Tanteen Cricket Club newsletter: a hard week for our family",
"""
TANTEEN CRICKET CLUB - MEMBERS' NEWSLETTER. Friday 30 October 2026.

From the president. This has been the hardest week in the club's 61 years. Our groundsman, Everton "Bunny" Joseph, 49, was buying fish on the Carenage last Friday morning when the second bomber struck. He lost his left leg and is one of the 27 people injured in the bombing, which killed eight people, not counting the two bombers. Bunny asked me to tell you he will be back on his roller by Easter.

The attack was claimed on Sunday by Jamaat al Muslimeen, and police have called the claim credible. One of the two men arrested in Grenville last Friday evening was released without charge on Tuesday; the other has been charged.

Many members were at the march on police headquarters on Monday that police broke up with tear gas. Our vice-captain, Kerry Alexander, was one of the three people hurt and is fine now. On Wednesday evening more than 4,000 people, members among them, walked peacefully from the Carenage to the Botanical Gardens to call for "peace in the Spice Isle".

Cricket. Saturday's league match against Grand Roy was postponed. In our last match before the bombing, the first XI made 214 for 7 in 50 overs, with 88 from Junior Phillip, and bowled the visitors out for 176. Leg-spinner Akeem Noel took 4 for 31, and our whole bowling attack looked sharp.

Bunny's Fund. A Twenty20 match for Bunny will be played on Sunday 8 November at 1 p.m. Entry is EC$20; children under 12 get in free. We want to raise EC$35,000 for his prosthetic leg, and EC$11,450 has been given so far.

Nets. Tuesdays and Thursdays, 4:30 to 6:30 p.m. Please bring your own water.

Subscriptions. EC$150 for seniors and EC$60 for juniors, due by 30 November.

Look after each other.
"""))
GOLD += [
E(20, ["the second bomber struck", "the bombing, which killed eight people", "The attack was claimed", "our last match before the bombing"],
  "SUI", "2026-10-23", "day", "St. George's", "GD", 10, 27, "exact", "Jamaat al Muslimeen", "Jamaat al Muslimeen", False,
  "Club newsletter of Friday 30 October; 'last Friday morning' on a Friday -> the Friday before, 23 October. 'the 27 people injured in the bombing, which killed eight people, not counting the two bombers' -> killed 8 + 2 = 10 (the bombers are added), injured 27, exact. 'claimed on Sunday by Jamaat al Muslimeen, and police have called the claim credible' -> claimant and perpetrator. 'our whole bowling attack' is cricket, no event. '61 years', '49', 'Easter', '214 for 7', '50 overs', '88', '176', '4 for 31', '8 November', '1 p.m.', 'EC$20', 'under 12', 'EC$35,000', 'EC$11,450', '4:30 to 6:30 p.m.', 'EC$150', 'EC$60', '30 November', '4,000 people' (marchers) are not casualties."),
E(20, ["One of the two men arrested in Grenville last Friday evening"],
  "ARR", "2026-10-23", "day", "Grenville", "GD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-017: 'last Friday evening' on a Friday -> 23 October. One 'was released without charge on Tuesday', the other 'has been charged': follow-ups of the same arrest. No force named -> 'police'."),
E(20, ["the march on police headquarters on Monday"],
  "PI", "2026-10-26", "day", "St. George's", "GD", None, 3, "exact", None, None, False,
  "'on Monday' vs Friday 30 October -> 26 October: the march of holdout48-019, which 'police broke up with tear gas' -> Protest with intervention, perpetrator null. 'one of the three people hurt' -> injured 3, exact."),
E(20, ["more than 4,000 people, members among them, walked peacefully from the Carenage to the Botanical Gardens"],
  "PP", "2026-10-28", "day", "St. George's", "GD", None, None, None, None, None, False,
  "'On Wednesday evening' vs Friday 30 October -> 28 October. A walk 'to call for \"peace in the Spice Isle\"', 'peacefully' -> Peaceful protest, perpetrator null. The Botanical Gardens are in St. George's. 'more than 4,000 people' counts marchers."),
]
