"""Authoring source of benchmarks/events_holdout54 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Limón, Costa Rica cluster (holdout54-001 to 005, and 021 six weeks
later; English and French), two suicide bombers on Saturday 21 February 2026
at two sites of one town (the Municipal Market, 10:05, and the gate of the
cruise terminal, 10:11, about 450 m and six minutes apart): an English wire
with a first report (001), a French situation note of the Martinique
regional health agency on cruise passengers ("point de situation", fr 002),
an English wire on the claim and arrests (003), a pet insurer's email to its
customers (004), a dockworkers' housing cooperative newsletter (005) and the
municipality's bin-collection notice six weeks later (021). Costa Rica is
UTC-6 and Martinique UTC-4: every publication time here is between 15:00 and
21:00 UTC, so every local date is the UTC date. The gold keeps the Spanish
spelling with its accent, "Limón" (the English wires write "Limon"), like
"Guápiles" or "Popayán" in earlier sets. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout54")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout54-001
ARTICLES.append(A(1, "en", "article", "2026-02-21T21:00:00Z",
"Twin suicide blasts hit Costa Rica's Caribbean port",
"""
LIMON, Costa Rica (Isthmus Wire) - Two suicide bombers blew themselves up six minutes apart in the centre of Limon on Saturday morning, killing at least nine people besides themselves and wounding dozens in the first attack of its kind in Costa Rica, officials said.

The first man set off explosives hidden under a fruit-seller's apron at 10:05 inside the Municipal Market, which was packed with weekend shoppers. The second blew himself up at 10:11 at the gate of the cruise terminal, about 450 metres away on the seafront, as some 2,300 passengers of a French cruise ship were returning on board.

"I heard the first bang and people ran towards the port, straight into the second one," said Marcia Brown, 58, who sells coconut bread by the market's north door. Her stand, number 41, was wrecked.

No group had claimed responsibility by mid-afternoon. Security Minister Ana Lucia Solano said investigators were examining whether the two men could be linked to Islamic State sympathisers, and whether the explosives could have crossed from Panama, about 60 km to the south.

Costa Rica, which abolished its army in 1948, has rarely seen political violence. In 2018 a homemade bomb went off outside the customs post at Paso Canoas on the Panamanian border, wounding three officers; no one was ever charged.

The government ordered three days of national mourning. The Tony Facio hospital, which has 270 beds, asked for blood donors of all groups, and Route 32 from San Jose, 160 km inland, was closed to private traffic at Siquirres. The cruise ship, whose 14 decks hold 1,150 cabins, was kept in port overnight. Relatives can call the judicial police hotline on 800-8000-645.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart in the centre of Limon", "The first man set off explosives", "The second blew himself up"],
  "SUI", "2026-02-21", "day", "Limón", "CR", 11, 12, "at_least", None, None, False,
  "Wire of Saturday 21 February 2026 (15:00 in Limón); 'on Saturday morning' = the publication day. Two sites of one town (the Municipal Market and the cruise terminal gate, 'about 450 metres', 10:05 and 10:11) -> ONE Suicide bomb event coded to the town (English 'Limon', gold 'Limón'). First report: 'killing at least nine people besides themselves and wounding dozens' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); injured 'dozens' = 12 (dev table); the qualifier describes the killed figure. No claim; 'examining whether the two men could be linked to Islamic State sympathisers' is speculation -> perpetrator null. 'the first attack of its kind' is generic and left out. '10:05', '10:11', '450 metres', '2,300 passengers', '58', 'number 41', '60 km', '1948', '270 beds', 'Route 32', '160 km', '14 decks', '1,150 cabins', '800-8000-645', 'three days' are not casualties."),
E(1, ["a homemade bomb went off outside the customs post at Paso Canoas"],
  "IED", "2018-01-01", "year", "Paso Canoas", "CR", None, 3, "exact", None, None, True,
  "'In 2018' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; 'no one was ever charged' -> perpetrator null. 'wounding three officers' -> injured 3 (number word), exact; killed null (no death stated)."),
]

# -------------------------------------------------------------- holdout54-002
ARTICLES.append(A(2, "fr", "article", "2026-02-22T16:00:00Z",
"Attentat au Costa Rica : le point de l'ARS sur les croisiéristes",
"""
AGENCE RÉGIONALE DE SANTÉ DE MARTINIQUE - POINT DE SITUATION N° 2, diffusé le dimanche 22 février 2026 à 12 heures (heure de Martinique). Objet : attentat de Limón (Costa Rica), passagers du paquebot Alizé.

1. LES FAITS. Samedi 21 février, peu après 10 heures (heure locale), deux kamikazes se sont fait exploser à six minutes d'intervalle dans le marché municipal de Limón et devant le terminal de croisière, où l'Alizé, parti de Fort-de-France le 17 février, faisait escale avec 2 300 passagers, dont environ 900 Martiniquais.

2. BILAN. Le point n° 1, diffusé samedi à 18 heures, faisait état d'au moins onze morts. Selon le ministère costaricien de la Santé, le bilan est désormais de treize morts, dont les deux kamikazes, et de 61 blessés. Sept passagers du paquebot figurent parmi les blessés ; aucun passager n'est décédé.

3. PRISE EN CHARGE. Deux blessés graves, une femme de 71 ans et un homme de 64 ans, seront rapatriés lundi par avion sanitaire vers le CHU de Martinique, qui a réservé 4 lits de réanimation et 10 lits de chirurgie. Les cinq autres ont regagné le navire.

4. ENQUÊTE. Les autorités costariciennes indiquent que deux hommes ont été interpellés samedi soir à Siquirres, à 58 km de Limón, par la police judiciaire (OIJ). Les quatorze membres d'équipage entendus comme témoins ont tous été laissés libres. Aucune revendication n'a été enregistrée à ce stade.

5. SOUTIEN PSYCHOLOGIQUE. Une cellule d'urgence médico-psychologique de 12 soignants accueillera les passagers au retour du navire, prévu le jeudi 26 février à 7 heures au terminal de la Pointe Simon. Numéro d'écoute : 0596 39 42 00, de 8 heures à 20 heures.

6. PRÉCONISATIONS. Les proches sont invités à ne pas se rendre au port avant l'heure d'accostage. Les passagers sous traitement peuvent obtenir un renouvellement d'ordonnance auprès des 3 médecins du bord. Les pharmacies de garde de Fort-de-France seront ouvertes jeudi dès 6 heures.

Prochain point : lundi 23 février à 12 heures.
"""))
GOLD += [
E(2, ["attentat de Limón", "deux kamikazes se sont fait exploser"],
  "SUI", "2026-02-21", "day", "Limón", "CR", 13, 61, "exact", None, None, False,
  "Situation note of Sunday 22 February (12:00 in Martinique); 'Samedi 21 février' -> 21 February. Two sites of one town -> ONE event. The toll is revised inside: 'au moins onze morts' (note no. 1, superseded) -> 'treize morts, dont les deux kamikazes, et de 61 blessés' -> killed 13 (bombers inside), injured 61, exact; 'Sept passagers' are a subset of the injured, 'aucun passager n'est décédé' is about the passengers, not the toll. 'Aucune revendication' -> perpetrator null. '12 heures', '10 heures', '17 février', '2 300 passagers', '900 Martiniquais', '18 heures', '71 ans', '64 ans', '4 lits', '10 lits', '58 km', 'quatorze membres d'équipage' (heard as witnesses), '12 soignants', '26 février', '7 heures', '0596 39 42 00', '3 médecins', '6 heures' are not casualties."),
E(2, ["deux hommes ont été interpellés samedi soir à Siquirres"],
  "ARR", "2026-02-21", "day", "Siquirres", "CR", None, None, None, "police", None, False,
  "'samedi soir' vs Sunday 22 February -> 21 February, the evening of the bombing. By 'la police judiciaire (OIJ)' -> 'police'. The fourteen crew members 'entendus comme témoins ... laissés libres' are heard, not arrested."),
]

# -------------------------------------------------------------- holdout54-003
ARTICLES.append(A(3, "en", "article", "2026-02-24T18:00:00Z",
"Islamic State claims Limon bombings; driver held in Cahuita",
"""
SAN JOSE, Costa Rica (Isthmus Wire) - Islamic State claimed responsibility on Monday for Saturday's twin suicide bombing in the port city of Limon, and police arrested a minibus driver suspected of carrying the two bombers and their explosives from the Panamanian border, prosecutors said on Tuesday.

The claim, issued through the group's Amaq agency, boasted of "more than 80 crusaders" killed. Chief Prosecutor Rodrigo Valverde said the statement was credible, noting that it included photographs of both men taken in a rented room in Limon.

The toll rose to 14 on Monday when a 19-year-old waitress from the cruise ship died of her wounds. The figure includes the two bombers; 61 people were wounded, 17 of whom remain in hospital.

Lebanon's Hezbollah, which some social media users had blamed, denied any involvement. Security Minister Ana Lucia Solano told lawmakers that the bombers, brothers aged 24 and 27 from Limon, "may have been" recruited online during a stay in Colombia last year.

The driver was detained at dawn on Monday at his home in Cahuita, 43 km south of Limon, prosecutors said. Police seized his 15-seat minibus and $3,200 in cash.

A judge in Limon on Monday ordered the two men arrested in Siquirres on Saturday night held in pretrial detention for six months. The bombers' landlady was questioned for seven hours on Sunday and released.

The Municipal Market remains closed; its 190 stallholders have been promised 250,000 colones (about $500) each. Cruise lines have cancelled 11 calls at Limon scheduled for March, and the national tourism chamber said hotel bookings on the Caribbean coast had fallen by 35%.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing in the port city of Limon"],
  "SUI", "2026-02-21", "day", "Limón", "CR", 14, 61, "exact", "Islamic State", "Islamic State", False,
  "Wire of Tuesday 24 February; 'Saturday's' -> 21 February. 'The toll rose to 14 on Monday ... The figure includes the two bombers; 61 people were wounded' -> killed 14 (bombers inside; the waitress of 19 who died Monday is inside), injured 61, exact; '17 of whom remain in hospital' is a subset. 'Islamic State claimed responsibility on Monday', through Amaq, judged 'credible' by the chief prosecutor -> claimant and perpetrator; the claim's 'more than 80 crusaders' is never used. Hezbollah's denial is not a claim; 'may have been recruited' is speculation. '19-year-old', 'aged 24 and 27', '43 km', '15-seat', '$3,200', 'six months', 'seven hours', '190 stallholders', '250,000 colones', '$500', '11 calls', '35%' are not casualties."),
E(3, ["police arrested a minibus driver", "The driver was detained at dawn on Monday at his home in Cahuita"],
  "ARR", "2026-02-23", "day", "Cahuita", "CR", None, None, None, "police", None, False,
  "The cluster's first suspected facilitator (the driver who carried the bombers and the explosives). The lead names no day or place; the fifth paragraph gives both: 'at dawn on Monday' vs Tuesday 24 February -> 23 February, 'at his home in Cahuita'. Both namings are one arrest. The minibus and the cash seized belong to it. -> 'police'."),
E(3, ["the two men arrested in Siquirres on Saturday night"],
  "ARR", "2026-02-21", "day", "Siquirres", "CR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-002: 'on Saturday night' vs Tuesday 24 February -> 21 February. Told through its judicial follow-up ('ordered ... held in pretrial detention for six months' on Monday) -> one Arrests event at the arrest's place and day, not at the order's. No force named -> 'police'. The landlady 'questioned for seven hours ... and released' is not arrested."),
]

# -------------------------------------------------------------- holdout54-004
ARTICLES.append(A(4, "en", "article", "2026-02-26T15:00:00Z",
"PataSegura Pet Insurance: a message to our customers in Limón province",
"""
From: PataSegura Pet Insurance - Customer Care. To: policyholders with a home address in Limón province. Subject: your cover after Saturday, our partner clinic, and a word from us. Sent Thursday 26 February 2026.

Dear policyholder,

We are writing after the twin suicide bombing of Saturday 21 February at the Municipal Market and the cruise terminal, which killed 14 people, including the two bombers, and injured 61. The attack was claimed by Islamic State. Several of you have told us you were in the city centre that morning, some with your dogs. We are thinking of you and your families.

What changes for your cover
1. Our partner clinic, Veterinaria Caribe at Avenida 3 No. 214, 300 metres from the market, lost its windows and is closed until at least 9 March. Until then, treatment at any licensed vet in the province is covered without prior approval.
2. Injuries to pets caused by the explosions are covered as accidents, up to 1,500,000 colones per animal, with no excess. The usual 14-day waiting period for new policies is waived.
3. If your pet ran off in the confusion, we refund up to 50,000 colones of search and poster costs.

A loss we share
Among the animals killed on Saturday was Bruno, a four-year-old labrador guide dog insured with us since 2023. His owner, who was injured, asked us to thank the people of Limón who carried them both to the clinic.

Getting around
On Wednesday, police fired tear gas to disperse several hundred stallholders who were marching on the municipal palace to demand that the market reopen; six people, two of them officers, were treated for injuries. Avenida 2 remains closed between Calles 3 and 6. Please allow extra time for clinic visits.

How to reach us
Claims line: 2222-4100 (7 a.m. to 9 p.m., seven days a week). WhatsApp: 8800-1234. Please quote your policy number, which starts with PS-LIM.

With our sympathy,
The PataSegura Customer Care Team
"""))
GOLD += [
E(4, ["the twin suicide bombing of Saturday 21 February", "The attack was claimed", "the explosions"],
  "SUI", "2026-02-21", "day", "Limón", "CR", 14, 61, "exact", "Islamic State", "Islamic State", False,
  "Customer email of Thursday 26 February; 'of Saturday 21 February' -> 21 February. 'killed 14 people, including the two bombers, and injured 61' -> killed 14 (bombers inside), injured 61, exact. 'claimed by Islamic State', undisputed -> claimant and perpetrator. 'the explosions' (injuries to pets) names the bombing. Bruno, a guide dog, and the other 'animals killed' are not casualties (people only); his owner 'who was injured' is inside the 61. 'Avenida 3 No. 214', '300 metres', '9 March', '1,500,000 colones', '14-day', '50,000 colones', 'four-year-old', '2023', 'Calles 3 and 6', '2222-4100', '7 a.m. to 9 p.m.', '8800-1234', 'PS-LIM' are not casualties."),
E(4, ["police fired tear gas to disperse several hundred stallholders who were marching on the municipal palace"],
  "PI", "2026-02-25", "day", "Limón", "CR", None, 6, "exact", None, None, False,
  "'On Wednesday' vs Thursday 26 February -> 25 February. A march of stallholders on the municipal palace with a demand (the market's reopening), dispersed with tear gas -> Protests / Protest with intervention, perpetrator null (dev). 'six people, two of them officers, were treated for injuries' -> injured 6 (all sides, the two officers inside), exact; killed null. 'several hundred' counts marchers. The market and the municipal palace are in Limón."),
]

# -------------------------------------------------------------- holdout54-005
ARTICLES.append(A(5, "en", "article", "2026-03-02T15:00:00Z",
"Cieneguita dockworkers' housing cooperative: members' newsletter",
"""
CIENEGUITA PORT WORKERS' HOUSING COOPERATIVE - Members' Newsletter No. 3/2026. Limón, Monday 2 March 2026.

In memory of Winston. Our neighbour Winston Campbell, 52, a crane operator at the Moín container terminal and a member of this cooperative since 2009, died on Friday at the Tony Facio hospital of the wounds he suffered in the bombing of 21 February at the Municipal Market. With his death the toll stands at fifteen dead, including the two bombers, and sixty-one injured. Three other members of our cooperative were among the injured; all are now home.

The investigation. The attack was claimed by Islamic State. Panamanian police arrested a man in Changuinola on Thursday on suspicion of selling the explosives to the bombers; he is expected to be handed over to Costa Rica. One of the two men held in Siquirres since the night of the bombing was released without charge on Friday. Two security guards from our block on Calle 9 were questioned by investigators on Tuesday and sent home.

Together. On Saturday, more than 5,000 people, many of our families among them, walked in silence from the cathedral to Vargas Park behind a banner reading "Limón stands together". There was no incident.

This is not the first time violence has touched our province: in 2021 a grenade thrown into a dance hall in Bribri killed a security guard and wounded four people.

Cooperative business
- Monthly dues remain 18,500 colones; injured members are exempt for three months.
- Roof repairs to blocks B and D (budget 4.2 million colones) start on 16 March.
- General assembly: Saturday 28 March at 4 p.m., community hall, Calle 9 No. 112. Quorum: 107 of our 212 households.
- The solidarity fund has collected 1,370,000 colones from 96 donors for the Campbell family.
- Please do not park on the lawn of block A: the fire brigade needs a 6-metre access lane.

The office is open Monday to Friday, 8 a.m. to 4 p.m. Telephone 2758-3317.
"""))
GOLD += [
E(5, ["the bombing of 21 February at the Municipal Market", "The attack was claimed"],
  "SUI", "2026-02-21", "day", "Limón", "CR", 15, 61, "exact", "Islamic State", "Islamic State", False,
  "Newsletter of Monday 2 March; 'of 21 February' -> 21 February. A wounded man who died later: Winston Campbell, 52, 'died on Friday' (27 February) -> 'the toll stands at fifteen dead, including the two bombers, and sixty-one injured' -> killed 15 (bombers inside), injured 61 (number words; not reduced by his death, events_holdout16), exact. 'Three other members' are a subset. 'claimed by Islamic State', undisputed -> claimant and perpetrator. 'the night of the bombing' (in the Siquirres arrest's sentence) is left out of the triggers. '52', '2009', 'Calle 9', '18,500 colones', 'three months', '4.2 million colones', '16 March', '28 March', '4 p.m.', 'No. 112', '107 of our 212 households', '1,370,000 colones', '96 donors', '6-metre', '8 a.m. to 4 p.m.', '2758-3317' are not casualties."),
E(5, ["Panamanian police arrested a man in Changuinola on Thursday"],
  "ARR", "2026-02-26", "day", "Changuinola", "PA", None, None, None, "police", None, False,
  "'on Thursday' vs Monday 2 March -> 26 February. The cluster's second suspected facilitator (the man who sold the explosives), arrested in Panama -> PA, by the Panamanian police -> 'police'. 'expected to be handed over' is a follow-up, not an event."),
E(5, ["One of the two men held in Siquirres"],
  "ARR", "2026-02-21", "day", "Siquirres", "CR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-002: 'since the night of the bombing' -> 21 February. One of them 'was released without charge on Friday': the release does not undo the arrest and is not an event. No force named -> 'police'. The two security guards 'questioned ... and sent home' are not arrested."),
E(5, ["walked in silence from the cathedral to Vargas Park"],
  "PP", "2026-02-28", "day", "Limón", "CR", None, None, None, None, None, False,
  "'On Saturday' vs Monday 2 March -> 28 February. A silent march behind a banner with a message ('Limón stands together'), 'no incident' -> Peaceful protest, perpetrator null. 'more than 5,000 people' counts marchers."),
E(5, ["a grenade thrown into a dance hall in Bribri"],
  "GRN", "2021-01-01", "year", "Bribri", "CR", 1, 4, "exact", None, None, True,
  "'in 2021' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'killed a security guard and wounded four people' -> killed 1, injured 4, exact. Bribri is in Talamanca canton, Limón province."),
]

# -------------------------------------------------------------- holdout54-021
ARTICLES.append(A(21, "en", "article", "2026-04-07T15:00:00Z",
"Limón: rubbish and recycling collection returns to normal on 13 April",
"""
MUNICIPALITY OF LIMÓN - Environmental Management Department. Public notice (English version): household rubbish and recycling collection. Issued Tuesday 7 April 2026.

1. Central district. From Monday 13 April, collection in the central district returns to its normal timetable for the first time since the twin suicide bombing of 21 February at the Municipal Market and the cruise terminal, which killed 15 people, including the two bombers, and injured 61. The market reopens to stallholders on 13 April; its waste will be collected daily at 5 a.m. from the loading bay on Calle 4.

2. Pueblo Nuevo. The police cordon on Calle 12 in Pueblo Nuevo, set up when a fourth suspect was arrested at his home there on 31 March, has been lifted. Routes 6 and 7 will be collected on Wednesday 8 April to clear the backlog.

3. Timetable. Household waste: Monday and Thursday (routes 1 to 5), Tuesday and Friday (routes 6 to 10). Recyclables in blue bags: Wednesday. Bulky items: book a collection on 2758-0101, maximum three items per household per month.

4. Remembrance walk. Streets around Vargas Park will be closed from 3 p.m. on Saturday 11 April for the remembrance walk, and there will be no collection on Calle 1 that afternoon. Please do not put bags out before 7 p.m.

5. Figures. Our 14 trucks collected 2,860 tonnes of waste in March, 9% less than in March 2025, and the recycling rate reached 18%. Since 21 February, our crews have removed 41 tonnes of debris from the market area.

6. Fines. Bags left out on a non-collection day may be fined 25,000 colones. Please keep lids closed: stray dogs have torn open 300 bags in Cieneguita since January.

Questions: Environmental Management Department, Municipal Palace, second floor, office 204, Monday to Friday, 7:30 a.m. to 3:30 p.m., or 2758-0100.
"""))
GOLD += [
E(21, ["the twin suicide bombing of 21 February at the Municipal Market and the cruise terminal"],
  "SUI", "2026-02-21", "day", "Limón", "CR", 15, 61, "exact", None, None, True,
  "Council notice of Tuesday 7 April; 'of 21 February' -> 21 February, 45 days before -> background. 'killed 15 people, including the two bombers, and injured 61' -> killed 15 (bombers inside), injured 61, exact. No claim named in this notice -> perpetrator null (each document stands alone). '13 April', '5 a.m.', 'Calle 4', 'Calle 12', 'Routes 6 and 7', '8 April', 'routes 1 to 5', '6 to 10', '2758-0101', 'three items', '3 p.m.', '11 April', 'Calle 1', '7 p.m.', '14 trucks', '2,860 tonnes', '9%', '18%', '41 tonnes', '25,000 colones', '300 bags', 'office 204', '7:30 a.m. to 3:30 p.m.', '2758-0100' are not casualties. The remembrance walk of Saturday 11 April is future and not coded."),
E(21, ["a fourth suspect was arrested at his home there on 31 March"],
  "ARR", "2026-03-31", "day", "Limón", "CR", None, None, None, "police", None, False,
  "'on 31 March' -> 31 March, 7 days before Tuesday 7 April -> current. 'there' = Pueblo Nuevo, a district of Limón -> coded to the town (dev: a district inside a city is the city). The 'police cordon' names the force -> 'police'."),
]
