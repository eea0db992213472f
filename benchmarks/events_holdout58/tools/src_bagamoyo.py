"""Authoring source of benchmarks/events_holdout58 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bagamoyo, Tanzania cluster (holdout58-016 to 020; English and
French), two suicide bombers on Saturday 12 September 2026 at two sites of
one town (the fish market on the beach and the bus stand, about 700 m and
five minutes apart): the transcript of a coast radio's breakfast traffic and
news bulletins with the first report and a toll revised inside (016,
kind "transcript"), an English wire on the claim, the arrests and a
dispersed march (017), a French-speaking sailing club's race cancellation
notice ("avis d'annulation de régate", fr 018), a building society's
letter to its members (019) and a district mobile library's timetable
change (020). Tanzania is UTC+3 all year: every publication time here is
between 05:00 and 07:00 UTC, so every local date is the UTC date. Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout58")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout58-016
ARTICLES.append(A(16, "en", "transcript", "2026-09-12T05:45:00Z",
"Coast Breakfast: traffic and news at 08:00 and 08:30",
"""
MAWIMBI FM 96.4 - "COAST BREAKFAST", traffic and news, Saturday 12 September 2026, 08:00 and 08:30. Transcript of the English service.

[08:00]

NEEMA (presenter): Good morning, it's eight o'clock. Our top story: two explosions in Bagamoyo this morning. Police say two suicide bombers blew themselves up at the fish market on the beach and at the bus stand, five minutes apart, at about ten past seven. At least six people are dead, the two bombers among them, and around 20 are injured. The regional police commander says it is too early to say who is behind it, but officers are looking at whether the men could have come across the border from Mozambique. Juma, the roads?

JUMA (traffic): Thanks, Neema. The Bagamoyo road is closed to all traffic at Mapinga, 25 kilometres short of the town; daladalas from Dar es Salaam are turning back there. If you are heading north, use the Msata junction on the Chalinze road and expect 40 minutes of delays at Kibaha. Ambulances have priority on both roads, so please keep the left lane free.

NEEMA: Bagamoyo district hospital is asking for blood donors of group O. If you are looking for a relative, the police hotline is 0800 75 11 22.

[08:30]

NEEMA: An update on Bagamoyo. The regional police commander has just told us that eleven people have died, including the two attackers, and 34 are being treated, some of them transferred to Dar es Salaam by road. That is up from the six we gave you at eight. The fish market and the bus stand are sealed off, and the Saturday craft fair at the old fort is cancelled.

JUMA: Roads have not changed: Bagamoyo closed at Mapinga, the Msata junction is the way round. The ferry to Zanzibar is running normally, with the 9:30 sailing on time.

NEEMA: Weather on the coast: sunny, 29 degrees, a south-easterly wind of 15 knots, high tide at 11:42. We will be back with more at nine. If you were there and want to talk to us, call 0754 96 40 96.
"""))
GOLD += [
E(16, ["two explosions in Bagamoyo this morning", "two suicide bombers blew themselves up at the fish market on the beach and at the bus stand"],
  "SUI", "2026-09-12", "day", "Bagamoyo", "TZ", 11, 34, "exact", None, None, False,
  "Radio transcript of Saturday 12 September 2026 (08:45 in Bagamoyo); 'this morning' = the publication day. Two sites of one town (the fish market and the bus stand, five minutes apart) -> ONE Suicide bomb event coded to the town. The first report at 08:00 ('At least six people are dead, the two bombers among them, and around 20 are injured') is superseded by the update at 08:30: 'eleven people have died, including the two attackers, and 34 are being treated' -> killed 11 (bombers inside, number word), injured 34, exact. No claim; 'could have come across the border from Mozambique' is speculation -> perpetrator null. '96.4', '08:00', '08:30', 'ten past seven', '25 kilometres', '40 minutes', 'group O', '0800 75 11 22', '9:30', '29 degrees', '15 knots', '11:42', 'nine', '0754 96 40 96' are not casualties."),
]

# -------------------------------------------------------------- holdout58-017
ARTICLES.append(A(17, "en", "article", "2026-09-14T06:00:00Z",
"Islamic State claims Bagamoyo bombing; dhow captain held in Kenya",
"""
BAGAMOYO, Tanzania (Indian Ocean Wire) - Islamic State claimed responsibility on Sunday for the twin suicide bombing in Bagamoyo, in a statement through its Amaq agency that said two "soldiers of the caliphate" had killed "more than 40 Christians" in the coastal town.

Police Inspector General Simon Mwakalinga said on Monday the claim was "credible". Al-Shabaab, the Somali group named by some commentators on Saturday, denied any involvement.

Saturday's attack at the fish market and the bus stand killed 13 people, not counting the two bombers, and wounded 37, after two of the wounded died on Sunday. Police said the bombers, aged 19 and 25, "may have been" recruited in Kibiti district, south of Dar es Salaam.

Police arrested three men in Chalinze on Saturday evening, and Kenyan police on Sunday detained a dhow captain in Shimoni, on the Kenyan coast near the border, who is suspected of bringing the explosives from Mozambique by sea. The bombers' mother and two uncles were questioned and released on Sunday.

Also on Sunday, police fired tear gas to disperse hundreds of fishermen who had marched on the district commissioner's office to demand that the fish market be reopened. Three people were hurt.

The coast has seen few attacks. In 2016 a grenade thrown into a bar in Kilwa Masoko wounded four drinkers; nobody was charged.

Bagamoyo, a town of some 100,000 people 65 km north of Dar es Salaam, is a UNESCO candidate for its old stone town. Hotels reported cancellations of about 70 percent for September, and the district council said 14 schools would stay shut until Wednesday. The government pledged 5 million shillings to each bereaved family.
"""))
GOLD += [
E(17, ["the twin suicide bombing in Bagamoyo", "Saturday's attack at the fish market and the bus stand"],
  "SUI", "2026-09-12", "day", "Bagamoyo", "TZ", 15, 37, "exact", "Islamic State", "Islamic State", False,
  "Wire of Monday 14 September; 'Saturday's' -> 12 September. 'killed 13 people, not counting the two bombers, and wounded 37, after two of the wounded died on Sunday' -> killed 13 + 2 = 15 (the bombers are added), injured 37 (the wounded who died are not taken off, holdout16), exact. Claimed on Sunday by Islamic State through Amaq, judged 'credible' by the police chief -> claimant and perpetrator; the claim's 'more than 40 Christians' is never used. Al-Shabaab's denial is not a claim; 'may have been' recruited is speculation. 'aged 19 and 25', '100,000 people', '65 km', '70 percent', '14 schools', '5 million shillings' are not casualties."),
E(17, ["Police arrested three men in Chalinze on Saturday evening"],
  "ARR", "2026-09-12", "day", "Chalinze", "TZ", None, None, None, "police", None, False,
  "'on Saturday evening' vs Monday 14 September -> 12 September, the evening of the bombing. 'Police' -> 'police'. The mother and uncles 'questioned and released' are not arrested."),
E(17, ["Kenyan police on Sunday detained a dhow captain in Shimoni"],
  "ARR", "2026-09-13", "day", "Shimoni", "KE", None, None, None, "police", None, False,
  "'on Sunday' vs Monday 14 September -> 13 September. The cluster's suspected facilitator (the dhow captain who brought the explosives from Mozambique), detained in Kenya -> KE; the Kenyan police -> 'police'."),
E(17, ["police fired tear gas to disperse hundreds of fishermen"],
  "PI", "2026-09-13", "day", "Bagamoyo", "TZ", None, 3, "exact", None, None, False,
  "'Also on Sunday' vs Monday 14 September -> 13 September. Fishermen marching on the district commissioner's office (in Bagamoyo) with a demand (reopen the fish market), dispersed with tear gas -> Protest with intervention, perpetrator null (dev). 'Three people were hurt' -> injured 3, exact. 'hundreds of fishermen' counts marchers."),
E(17, ["a grenade thrown into a bar in Kilwa Masoko wounded four drinkers"],
  "GRN", "2016-01-01", "year", "Kilwa Masoko", "TZ", None, 4, "exact", None, None, True,
  "'In 2016' -> year, background. A thrown grenade -> Grenade; 'nobody was charged', no author -> null. 'wounded four drinkers' -> injured 4 (number word), exact."),
]

# -------------------------------------------------------------- holdout58-018
ARTICLES.append(A(18, "fr", "article", "2026-09-15T05:00:00Z",
"Régate Dar es Salaam-Bagamoyo : avis d'annulation",
"""
CERCLE NAUTIQUE FRANCOPHONE DE DAR ES SALAAM - Avis d'annulation n° 3/2026. Mardi 15 septembre 2026.

Le comité de course a le regret d'annoncer l'annulation de la 11e régate Dar es Salaam-Bagamoyo, prévue le samedi 19 septembre. Les 24 bateaux inscrits, répartis en 3 classes, seront prévenus individuellement.

POURQUOI. Le port de Bagamoyo et le plan d'eau devant la plage restent fermés à la plaisance depuis le double attentat-suicide de samedi dernier au marché aux poissons et à la gare routière, qui a fait quinze morts, kamikazes compris, et 37 blessés. L'attentat a été revendiqué dimanche par l'État islamique. La police maritime a arrêté lundi, dans le port de Bagamoyo, le patron d'un boutre soupçonné d'avoir fait dormir les deux kamikazes à son bord la nuit précédente. Deux de nos membres, qui avaient mouillé devant la plage samedi matin, ont été entendus lundi comme témoins et sont repartis libres.

REMBOURSEMENTS. Les droits d'inscription (80 000 shillings par bateau) seront remboursés d'ici au 30 septembre. Le dîner de remise des prix (120 couverts) est annulé ; les repas réglés seront eux aussi remboursés.

CONSIGNES DE NAVIGATION. Jusqu'à nouvel ordre, ne pas approcher à moins de 2 milles nautiques de la côte entre Mbegani et Kaole. La position de la bouée d'arrivée (6° 26' S, 38° 55' E) n'est plus balisée. Veille obligatoire sur la VHF, canal 16, et canal 72 pour le club. Prévisions pour la fin de semaine : alizé de sud-est de 12 à 18 nœuds, mer agitée.

PROCHAINE COURSE. La Coupe de l'Équinoxe, parcours côtier de 14 milles au départ de la baie de Msasani, est maintenue le samedi 3 octobre ; briefing à 8 h 30, départ à 10 h. Les équipages de moins de 4 personnes devront embarquer un gilet supplémentaire.

Une minute de silence sera observée au ponton samedi à 7 h 10, heure de la première explosion.

Le comité de course. Secrétariat : +255 22 260 14 87, du lundi au vendredi de 9 heures à 13 heures.
"""))
GOLD += [
E(18, ["le double attentat-suicide de samedi dernier", "L'attentat a été revendiqué", "la première explosion"],
  "SUI", "2026-09-12", "day", "Bagamoyo", "TZ", 15, 37, "exact", "Islamic State", "Islamic State", False,
  "Notice of Tuesday 15 September; 'de samedi dernier' -> the most recent Saturday, 12 September. The fish market and the bus stand: one event for the town; 'la première explosion' names it too. 'quinze morts, kamikazes compris, et 37 blessés' -> killed 15 (bombers inside, number word), injured 37, exact. 'revendiqué dimanche par l'État islamique' -> claimant and perpetrator. 'n° 3/2026', '11e', '19 septembre', '24 bateaux', '3 classes', '80 000 shillings', '30 septembre', '120 couverts', '2 milles', '6° 26' S, 38° 55' E', 'canal 16', 'canal 72', '12 à 18 nœuds', '14 milles', '3 octobre', '8 h 30', '10 h', '4 personnes', '7 h 10', '+255 22 260 14 87', '9 heures à 13 heures' are not casualties."),
E(18, ["La police maritime a arrêté lundi, dans le port de Bagamoyo, le patron d'un boutre"],
  "ARR", "2026-09-14", "day", "Bagamoyo", "TZ", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 15 September -> 14 September. A dhow owner suspected of letting the bombers sleep aboard, arrested in the port of Bagamoyo by the marine police -> 'police'. The two members 'entendus lundi comme témoins et ... repartis libres' are not arrested."),
]

# -------------------------------------------------------------- holdout58-019
ARTICLES.append(A(19, "en", "article", "2026-09-18T06:00:00Z",
"A letter to our members from Coast Mutual Building Society",
"""
COAST MUTUAL BUILDING SOCIETY. Letter to members, Friday 18 September 2026. From the chief executive, Grace Lyimo.

Dear member,

Our Bagamoyo branch stands 60 metres from the bus stand where the second bomber struck on Saturday 12 September. I write with sad news and with practical information.

Our cashier, Mwanaisha Omari, 29, was badly hurt while opening the branch and died in hospital on Wednesday. She had worked with us for six years. The attack, which the police say was carried out by Islamic State, has now taken 16 lives, counting the two bombers, and left 37 people injured. Two of our customers are among the injured.

Many of you joined Wednesday's march of some 5,000 people from the old German boma to the bus stand, behind the banner "Bagamoyo is one". Staff from our Chalinze and Kibaha branches walked with Mwanaisha's family.

You may also have heard that our branch security guard, Mr Hamisi, was arrested at his home in Mapinga on Tuesday. He was released without charge on Thursday, and the police have told us he is not a suspect. He remains on paid leave for now, at his request.

WHAT WE ARE DOING FOR YOU
- The Bagamoyo branch reopens on Monday 21 September at 8:30, with its ATM.
- Members living in Bagamoyo district may take a mortgage payment holiday of 3 months, without penalty.
- Savings withdrawals of up to TSh 2 million are free of notice until 31 October.
- The society has given TSh 250 million to the district hospital and to the families.

OUR SOCIETY. We have 12,400 members and paid a dividend of 7.5% on shares in July. Nothing in the events of the past week affects the safety of your savings.

For any question, call our free line 0800 110 045, from 8:00 to 18:00, or write to members@coastmutual.co.tz.

With my sympathy,
Grace Lyimo
"""))
GOLD += [
E(19, ["the second bomber struck on Saturday 12 September", "The attack, which the police say was carried out by Islamic State"],
  "SUI", "2026-09-12", "day", "Bagamoyo", "TZ", 16, 37, "exact", "Islamic State", None, False,
  "Letter of Friday 18 September; 'on Saturday 12 September' -> 12 September. 'the second bomber struck' names the twin bombing (one event). 'has now taken 16 lives, counting the two bombers, and left 37 people injured' -> killed 16 (bombers inside; the cashier of 29 who died 'on Wednesday', 16 September, is inside), injured 37, exact; 'Two of our customers' are a subset. 'the police say was carried out by Islamic State': an attribution stated as fact by an official, with no dispute -> perpetrator; the letter names no claim -> claimed_by null. '60 metres', '29', 'six years', '5,000 people' (marchers), '21 September', '8:30', '3 months', 'TSh 2 million', '31 October', 'TSh 250 million', '12,400 members', '7.5%', '0800 110 045', '8:00 to 18:00' are not casualties."),
E(19, ["Wednesday's march of some 5,000 people"],
  "PP", "2026-09-16", "day", "Bagamoyo", "TZ", None, None, None, None, None, False,
  "'Wednesday's' vs Friday 18 September -> 16 September. A march from the old German boma to the bus stand behind a banner ('Bagamoyo is one'), no incident -> Peaceful protest, perpetrator null. '5,000 people' counts marchers."),
E(19, ["our branch security guard, Mr Hamisi, was arrested at his home in Mapinga"],
  "ARR", "2026-09-15", "day", "Mapinga", "TZ", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 18 September -> 15 September. Arrested at his home in Mapinga; 'released without charge on Thursday' does not undo the arrest and is not an event. No force named in the sentence; 'the police have told us' -> 'police'."),
]

# -------------------------------------------------------------- holdout58-020
ARTICLES.append(A(20, "en", "article", "2026-09-21T05:00:00Z",
"Bagamoyo mobile library: new timetable from 21 September",
"""
BAGAMOYO DISTRICT COUNCIL - MOBILE LIBRARY SERVICE. Timetable change from Monday 21 September 2026.

Dear readers,

Since the twin suicide bombing of Saturday 12 September, which killed 16 people, including the two bombers, and injured 37, our Saturday stop at the bus stand has been suspended. The bus stand remains closed while the investigation continues. The three men arrested in Chalinze on the evening of the bombing were charged with terrorism on Friday, the police said, and the stand may stay closed for several more weeks.

We know that many of our younger readers used the bus stand stop. From this week the library van (registration T 482 DKM) will call at the following places:

MONDAY: Zinga primary school, 9:00 to 11:00; Kerege dispensary, 13:00 to 15:00.
TUESDAY: Mapinga market, 9:00 to 12:00.
WEDNESDAY: Kiromo village office, 10:00 to 12:00; Mlingotini beach, 14:00 to 16:00.
THURSDAY: Bagamoyo secondary school, 8:00 to 10:00 (pupils only), then the district hospital, 11:00 to 13:00, for patients and their families.
FRIDAY: no service (van maintenance).
SATURDAY: Bagamoyo primary school, Majengo road, 9:00 to 11:00, in place of the bus stand.

The Thursday stop at the hospital is new. Staff there asked us to bring books and puzzles for the wounded who are still being treated and for the families who wait with them. Donations of children's books in Swahili or English can be left at the council library, room 4.

REMINDERS. You may borrow up to 3 books for 21 days. Late returns cost TSh 200 per book per week, but all fines are waived until 31 October. The van carries about 2,300 books, 150 of them in large print. Our two librarians, Halima and Joseph, speak Swahili and English.

If you have a question or want to suggest a new stop, call 023 244 0152 or send a text to 0713 55 20 84.

Thank you for your patience.
The Mobile Library Team
"""))
GOLD += [
E(20, ["the twin suicide bombing of Saturday 12 September"],
  "SUI", "2026-09-12", "day", "Bagamoyo", "TZ", 16, 37, "exact", None, None, False,
  "Notice of Monday 21 September; 'of Saturday 12 September' -> 12 September, 9 days before -> current. 'killed 16 people, including the two bombers, and injured 37' -> killed 16 (bombers inside), injured 37, exact. No claim and no group named -> perpetrator null (each document stands alone). 'T 482 DKM', the stop hours, 'room 4', '3 books', '21 days', 'TSh 200', '31 October', '2,300 books', '150', 'two librarians', '023 244 0152', '0713 55 20 84' are not casualties."),
E(20, ["The three men arrested in Chalinze on the evening of the bombing"],
  "ARR", "2026-09-12", "day", "Chalinze", "TZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout58-017: 'on the evening of the bombing' -> 12 September. Told through its judicial follow-up ('charged with terrorism on Friday, the police said') -> one Arrests event at the arrest's place and day; 'police'."),
]
