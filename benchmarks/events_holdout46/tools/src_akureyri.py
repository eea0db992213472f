"""Authoring source of benchmarks/events_holdout46 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Akureyri, Iceland cluster (holdout46-006 to 010; English and
French), two suicide bombers on Wednesday 10 June 2026 at two sites of one
town (Hafnarstræti, the main shopping street, near the town square, and the
harbour's cruise terminal, "about 450 metres" and three minutes apart): an
English wire with a first report (006), the English show notes of a podcast
episode with timestamps (007), a French note verbale of Iceland's Ministry
for Foreign Affairs to the diplomatic corps ("note verbale", fr 008), an
English funeral director's notice (009) and an English incident database
entry with labelled fields (010). Iceland is UTC+0 all year: every local date
is the UTC date. The gold keeps the Icelandic spellings ("Seyðisfjörður",
"Reykjavík"), which the English texts write "Seydisfjordur" and "Reykjavik"
(the database entry 010 keeps "Seyðisfjörður"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout46")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout46-006
ARTICLES.append(A(6, "en", "article", "2026-06-10T19:00:00Z",
"Suicide bombers strike Iceland's Akureyri, killing at least seven",
"""
AKUREYRI, Iceland (North Atlantic Wire) - Two suicide bombers attacked the northern Icelandic town of Akureyri on Wednesday afternoon, killing themselves and at least five other people and wounding about 30, in the first deadly bombing in a country that has no army.

Police said the first man set off his explosives at 16:10 on Hafnarstraeti, the main shopping street, near the town square. Three minutes later, the second blew himself up at the harbour's cruise terminal, about 450 metres away, where passengers of a German cruise ship with 2,900 people aboard were returning from excursions.

"We heard one bang, then a second, louder one," said Gudrun Einarsdottir, 61, who runs a bookshop at number 96. "People were lying on the pavement outside the bakery."

Police gave no details about the bombers. Officials said it was too early to say who was behind the attack, although a police source said it "bore the hallmarks" of an al-Qaeda-inspired plot.

Iceland's last recorded bombing was in 2019, when a homemade device tore open a cash machine outside a bank in Selfoss at night; no one was hurt.

Akureyri Hospital, which has 130 beds, received most of the wounded, and the coast guard flew 12 of the most serious cases to Reykjavik, 390 km away by road. Evening flights between Reykjavik and Akureyri, including the 17:45 departure, were cancelled. The national police commissioner raised the threat level to "high" and sent 60 armed officers of the special unit north by air.

The cruise ship, the Nordlicht, cancelled its next call at Isafjordur and will remain in port until at least Friday, its operator said.
"""))
GOLD += [
E(6, ["Two suicide bombers attacked the northern Icelandic town of Akureyri", "the first man set off his explosives", "the second blew himself up", "the attack"],
  "SUI", "2026-06-10", "day", "Akureyri", "IS", 7, 30, "at_least", None, None, False,
  "Wire of Wednesday 10 June 2026 (19:00 in Akureyri, UTC+0); 'on Wednesday afternoon' = the publication day. Two sites of one town (Hafnarstraeti near the town square and the cruise terminal, 'about 450 metres' and three minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least five other people and wounding about 30' -> killed 5 + 2 bombers = 7, at_least (the bombers are added); injured 30 ('about 30'; the qualifier describes the killed figure). No claim; 'bore the hallmarks' of an al-Qaeda-inspired plot is speculation -> perpetrator null. 'the first deadly bombing' is generic. '16:10', '450 metres', '2,900 people', '61', 'number 96', '130 beds', '12 of the most serious cases' (a subset of the wounded), '390 km', '17:45', '60 armed officers' are not casualties."),
E(6, ["a homemade device tore open a cash machine outside a bank in Selfoss"],
  "IED", "2019-01-01", "year", "Selfoss", "IS", 0, 0, "exact", None, None, True,
  "'in 2019' -> year, background. A homemade device -> Remote explosive/landmine/IED; no author named -> null. 'no one was hurt' says explicitly that nobody was killed or injured -> killed 0, injured 0, exact (dev: 0 only when the text says so)."),
]

# -------------------------------------------------------------- holdout46-007
ARTICLES.append(A(7, "en", "article", "2026-06-12T09:00:00Z",
"The Long Night, episode 88: fifteen minutes in Akureyri",
"""
THE LONG NIGHT - Episode 88: "Fifteen minutes in Akureyri". Published Friday 12 June 2026. Running time 52:40. Hosts: Sara Lind and Owen Pryce. Producer: Kjartan Mar.

In this episode we reconstruct Wednesday afternoon's twin suicide bombing in Akureyri, from the first blast on Hafnarstraeti to the last ambulance leaving the cruise terminal.

Correction, added Friday morning: when we recorded on Thursday, the police toll stood at nine dead. Police have since said that 11 people died, not counting the two bombers, and 34 were injured. Among the dead is a German cruise passenger aged 68 who died on Thursday night in hospital in Reykjavik.

CHAPTERS
00:00 - Cold open: the town square at 16:09, recorded by a busker a minute before everything changed.
02:15 - What we know about the two bombers, which is very little.
09:40 - The cruise terminal: a crew member describes the second explosion.
18:05 - Thursday morning in Seydisfjordur: police arrested two men at the ferry terminal as they tried to board the Norrona to the Faroe Islands. What the police will and will not say.
26:30 - Questioned and released: the guesthouse owner in Dalvik who rented the bombers a room for 14 nights at 9,500 kronur a night.
33:50 - Why Iceland? A researcher on the 2019 Selfoss cash-machine blast, and why it is not comparable.
41:20 - The hospital: 130 beds, one helicopter and a queue of blood donors 200 metres long.
48:00 - Your questions.

LINKS AND NOTES
Police tip line for witnesses: +354 444 1000.
No group had claimed the attack when we published, and we do not speculate in this episode.
Content note: this episode contains descriptions of injuries. Listener discretion is advised for anyone under 16.
The Long Night is funded by its listeners: 1,200 of you now give 5 dollars a month. Thank you.
"""))
GOLD += [
E(7, ["Wednesday afternoon's twin suicide bombing in Akureyri", "the first blast", "the second explosion", "the attack"],
  "SUI", "2026-06-10", "day", "Akureyri", "IS", 13, 34, "exact", None, None, False,
  "Podcast show notes of Friday 12 June; 'Wednesday afternoon's' -> 10 June. Two sites of one town -> ONE event. The toll is revised inside: Thursday's 'nine dead' is superseded by '11 people died, not counting the two bombers, and 34 were injured' -> killed 11 + 2 = 13 (the bombers are added), injured 34, exact; the German passenger 'aged 68 who died on Thursday night' is inside. 'the first blast' and 'the second explosion' name the two detonations of the one event. No claim ('No group had claimed the attack'), 'we do not speculate' -> perpetrator null. 'Episode 88', '52:40', '00:00', '16:09', '02:15', '09:40', '18:05', '26:30', '14 nights', '9,500 kronur', '33:50', '41:20', '130 beds', '200 metres', '48:00', '+354 444 1000', '16', '1,200', '5 dollars' are not casualties."),
E(7, ["police arrested two men at the ferry terminal"],
  "ARR", "2026-06-11", "day", "Seyðisfjörður", "IS", None, None, None, "police", None, False,
  "'Thursday morning in Seydisfjordur' vs Friday 12 June -> 11 June. Two men arrested at the ferry terminal as they tried to board the ferry to the Faroe Islands -> Arrests at Seyðisfjörður (English 'Seydisfjordur'), 'police'. The Dalvik guesthouse owner 'Questioned and released' is not arrested."),
E(7, ["the 2019 Selfoss cash-machine blast"],
  "IED", "2019-01-01", "year", "Selfoss", "IS", None, None, None, None, None, True,
  "'the 2019 Selfoss cash-machine blast' -> 2019, year, background: the homemade device of holdout46-006, named as a past event. No casualty figure in this document -> null (each document stands alone); no author -> null."),
]

# -------------------------------------------------------------- holdout46-008
ARTICLES.append(A(8, "fr", "article", "2026-06-15T10:00:00Z",
"Note verbale n° 214/2026 du ministère islandais des Affaires étrangères",
"""
MINISTÈRE DES AFFAIRES ÉTRANGÈRES - RÉPUBLIQUE D'ISLANDE. Note verbale n° 214/2026. Reykjavík, le lundi 15 juin 2026.

Le Ministère des Affaires étrangères de la République d'Islande présente ses compliments aux Missions diplomatiques accréditées en Islande et a l'honneur de les informer de ce qui suit au sujet de l'attentat-suicide commis le mercredi 10 juin 2026 à Akureyri.

Selon le Commissaire national de la police, l'attentat a fait quatorze morts, y compris les deux auteurs, et trente-quatre blessés. Un ressortissant autrichien de 45 ans, blessé près du terminal de croisière, est décédé samedi à l'hôpital universitaire Landspítali. Parmi les victimes figurent des ressortissants de sept États ; les Missions concernées ont été informées individuellement.

Samedi, al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué l'attentat dans une vidéo qui fait état de « plus de cinquante croisés tués ». Les services de police jugent cette revendication crédible. L'État islamique a démenti toute implication dimanche par son agence Amaq. Le Ministère rappelle que les informations selon lesquelles les auteurs « pourraient avoir été entraînés » au Yémen ne sont pas confirmées.

Les deux hommes arrêtés jeudi au terminal des ferries de Seyðisfjörður ont été placés en détention provisoire pour quatre semaines. Dimanche, la police danoise a arrêté à Hirtshals, à la demande de l'Islande, un homme soupçonné d'avoir acheminé les explosifs à bord du ferry ; la procédure de remise est en cours.

Le niveau de menace reste « élevé » et les contrôles sont renforcés aux aéroports de Keflavík et d'Akureyri. Les Missions sont priées de prévoir un délai de trois heures pour les vols internationaux.

Une cellule consulaire est joignable 24 heures sur 24 au +354 545 9900 ; les Missions peuvent y adresser les demandes de rapatriement des corps. Un registre de condoléances est ouvert au Ministère, Rauðarárstígur 25, de 9 heures à 16 heures, jusqu'au 19 juin.

Le Ministère des Affaires étrangères saisit cette occasion pour renouveler aux Missions diplomatiques accréditées en Islande les assurances de sa haute considération.
"""))
GOLD += [
E(8, ["l'attentat-suicide commis le mercredi 10 juin 2026 à Akureyri", "l'attentat a fait quatorze morts", "a revendiqué l'attentat"],
  "SUI", "2026-06-10", "day", "Akureyri", "IS", 14, 34, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Note verbale of Monday 15 June; 'le mercredi 10 juin 2026' -> 10 June. Two sites of one town -> ONE event. 'quatorze morts, y compris les deux auteurs, et trente-quatre blessés' -> killed 14 (number word; bombers inside; the Austrian of 45 who died 'samedi' is inside), injured 34, exact. Claimed 'Samedi' by 'al-Qaïda dans la péninsule Arabique (AQPA)', judged 'crédible' by the police -> claimant and perpetrator, canonical 'al-Qaeda in the Arabian Peninsula'; the claim's 'plus de cinquante croisés tués' is never used. Islamic State's denial is not a claim; « pourraient avoir été entraînés » is speculation. 'n° 214/2026', '45 ans', 'sept États', 'quatre semaines', 'trois heures', '24 heures sur 24', '+354 545 9900', 'Rauðarárstígur 25', '9 heures à 16 heures', '19 juin' are not casualties."),
E(8, ["Les deux hommes arrêtés jeudi au terminal des ferries de Seyðisfjörður"],
  "ARR", "2026-06-11", "day", "Seyðisfjörður", "IS", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout46-007: 'jeudi' vs Monday 15 June -> Thursday 11 June. Told through its judicial follow-up ('placés en détention provisoire pour quatre semaines') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(8, ["la police danoise a arrêté à Hirtshals"],
  "ARR", "2026-06-14", "day", "Hirtshals", "DK", None, None, None, "police", None, False,
  "'Dimanche' vs Monday 15 June -> 14 June. The cluster's suspected facilitator (who carried the explosives on the ferry), arrested in Hirtshals, Denmark -> DK; the Danish police -> 'police'. 'la procédure de remise est en cours' is a follow-up, not an event."),
]

# -------------------------------------------------------------- holdout46-009
ARTICLES.append(A(9, "en", "article", "2026-06-18T11:00:00Z",
"Nordurljos Funeral Services: arrangements for the victims of 10 June",
"""
NORDURLJOS FUNERAL SERVICES - AKUREYRI. Notice to families and to the public, Thursday 18 June 2026.

With the consent of their families, our staff are caring for ten of the twelve people who lost their lives in the bombing of 10 June on Hafnarstraeti and at the cruise terminal. Thirty-four people were wounded in the attack. The two bombers also died; their remains are held by the police, not by us.

SERVICES THIS WEEK AND NEXT
- Friday 19 June, 14:00, Akureyri Church: Helga Sigurdardottir, 34, nurse, and her son Bjarki, 6.
- Saturday 20 June, 11:00, Glerarkirkja: Jon Thor Hauksson, 71, a harbour pilot for 40 years.
- Monday 22 June, 13:00, Akureyri Church: Anna Kowalska, 29, who worked at the bakery on Hafnarstraeti.
- Tuesday 23 June: Klaus Berger, 68, and two other foreign victims will be flown home on flight FI 204 from Keflavik at 07:20.
The other funerals will be announced when the families are ready.

PRACTICAL INFORMATION
Akureyri Church seats 500; a screen will be set up outside. Kaupvangsstraeti will be closed to cars from 12:00 on Friday. The families ask that, instead of flowers, gifts be sent to the victims' fund, account 0565-26-1006. Our fees for all these funerals are waived.

THE MARCH
Many of you have asked about the march. Last Saturday, some 6,000 people walked in silence from Akureyri Church down the steps to the town square, with candles and a single banner, "Akureyri stendur saman" ("Akureyri stands together"). There was no incident; our staff walked with them.

GRIEF SUPPORT
The Red Cross helpline, 1717, is open day and night. Our office at Naustagata 4 is open from 8:00 to 18:00, and our director, Sigrun Baldursdottir, can be reached on +354 462 1180.

We thank the people of Akureyri for their kindness to the families of our visitors.
"""))
GOLD += [
E(9, ["the bombing of 10 June on Hafnarstraeti and at the cruise terminal", "the attack"],
  "SUI", "2026-06-10", "day", "Akureyri", "IS", 14, 34, "exact", None, None, False,
  "Funeral director's notice of Thursday 18 June; 'the bombing of 10 June' -> 10 June. Two sites of one town -> ONE event. 'the twelve people who lost their lives ... The two bombers also died' -> killed 12 + 2 = 14 (the text adds the bombers' deaths to the victims), exact; 'Thirty-four people were wounded' -> injured 34 (number word). No claim named -> perpetrator null. 'ten of the twelve' (in the director's care), the ages '34', '6', '71', '40 years', '29', '68', 'two other foreign victims' (inside the toll), 'FI 204', '07:20', '14:00', '11:00', '13:00', '500', '12:00', '0565-26-1006', '6,000 people' (marchers), '1717', 'Naustagata 4', '8:00 to 18:00', '+354 462 1180' are not casualties; the funerals announced are not events."),
E(9, ["some 6,000 people walked in silence from Akureyri Church down the steps to the town square"],
  "PP", "2026-06-13", "day", "Akureyri", "IS", None, None, None, None, None, False,
  "'Last Saturday' vs Thursday 18 June -> 13 June. A silent march behind a banner with a message ('Akureyri stands together'), 'no incident' -> Peaceful protest, perpetrator null. The heading 'THE MARCH' and 'the march' in 'asked about the march' are left out of the triggers (a heading and a reference); '6,000' counts marchers."),
]

# -------------------------------------------------------------- holdout46-010
ARTICLES.append(A(10, "en", "article", "2026-06-23T09:00:00Z",
"Nordic Incident Register, record NIR-2026-0117",
"""
NORDIC INCIDENT REGISTER - RECORD NIR-2026-0117. Status: verified. Last updated: Tuesday 23 June 2026, 09:00 UTC. Record editor: M. Lindqvist.

Title: Twin suicide bombing in Akureyri (Iceland)
Event date: 10 June 2026, 16:10 and 16:13 UTC
Location: Akureyri, Northeastern Region, Iceland. Site 1: Hafnarstræti near the town square. Site 2: the cruise terminal, about 450 m away.
Type: suicide bombing; 2 attackers; 2 sites
Fatalities: 14, including the 2 attackers (a 45-year-old Austrian man died of his wounds on 13 June)
Injured: 34 (9 still in hospital on 22 June)
Claim: al-Qaeda in the Arabian Peninsula, video released on 13 June; assessed as credible by the National Police Commissioner
Claimed toll: "more than fifty crusaders" (not used by this register)
Denial: Islamic State, Amaq statement of 14 June
Unconfirmed: reports that the attackers "may have been" trained in Yemen
Arrests: (1) 11 June, Seyðisfjörður ferry terminal: two men; one was released without charge on 19 June, the other remains in custody. (2) 14 June, Hirtshals (Denmark): one man, the suspected facilitator, said to have carried the explosives on the ferry; handed over to Iceland on 22 June.
Questioned and released: 26 people, including a guesthouse owner in Dalvik.
Related protests: 13 June, Akureyri: silent march of about 6,000 people, no incidents.
Previous incidents in Iceland: 2019, Selfoss: homemade device, cash machine destroyed, no casualties.
Sources: police statements (6); note verbale 214/2026 of the Ministry for Foreign Affairs; 3 news outlets.
Record history: created 10 June, 17:02 UTC; 11 revisions. Next review: 23 July 2026.

Corrections to this record can be sent to records@nir.example.org. Records are published under a CC BY 4.0 licence; cite as NIR-2026-0117, version 11.
"""))
GOLD += [
E(10, ["Twin suicide bombing in Akureyri"],
  "SUI", "2026-06-10", "day", "Akureyri", "IS", 14, 34, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Incident database entry updated Tuesday 23 June; 'Event date: 10 June 2026' -> 10 June. Two sites of one town ('Site 1', 'Site 2', 'about 450 m away') -> ONE event. 'Fatalities: 14, including the 2 attackers' -> killed 14 (bombers inside; the Austrian who died on 13 June is inside); 'Injured: 34' -> injured 34, exact; '9 still in hospital' is a subset. 'Claim: al-Qaeda in the Arabian Peninsula ... assessed as credible' -> claimant and perpetrator; the 'Claimed toll: \"more than fifty crusaders\"' is never used. The Islamic State 'Denial' is not a claim; 'may have been' is speculation. The labelled field 'Type: suicide bombing; 2 attackers; 2 sites' is left out of the triggers. 'NIR-2026-0117', '09:00 UTC', '16:10', '16:13', '450 m', '2 attackers', '2 sites', '45-year-old', '22 June', '26 people' (questioned), '6,000 people' (marchers), '(6)', '214/2026', '3 news outlets', '17:02', '11 revisions', '23 July 2026', '4.0', 'version 11' are not casualties."),
E(10, ["(1) 11 June, Seyðisfjörður ferry terminal: two men"],
  "ARR", "2026-06-11", "day", "Seyðisfjörður", "IS", None, None, None, "police", None, False,
  "Labelled field 'Arrests: (1) 11 June' -> 11 June: the arrest of holdout46-007, told again. 'one was released without charge on 19 June': the release does not undo the arrest and is no event. No force named -> 'police'. The '26 people' questioned and released are not arrested."),
E(10, ["(2) 14 June, Hirtshals (Denmark): one man"],
  "ARR", "2026-06-14", "day", "Hirtshals", "DK", None, None, None, "police", None, False,
  "'(2) 14 June, Hirtshals (Denmark)' -> 14 June, DK: the facilitator of holdout46-008. 'handed over to Iceland on 22 June' is a follow-up, not an event. No force named -> 'police'."),
E(10, ["silent march of about 6,000 people"],
  "PP", "2026-06-13", "day", "Akureyri", "IS", None, None, None, None, None, False,
  "'Related protests: 13 June, Akureyri' -> 13 June: the silent march of holdout46-009, 'no incidents' -> Peaceful protest, perpetrator null (the field names it a protest). '6,000' counts marchers."),
E(10, ["2019, Selfoss: homemade device"],
  "IED", "2019-01-01", "year", "Selfoss", "IS", 0, 0, "exact", None, None, True,
  "'2019, Selfoss: homemade device, cash machine destroyed, no casualties' -> year, background; Remote explosive/landmine/IED, no author -> null. 'no casualties' states that nobody was killed or hurt -> killed 0, injured 0, exact (like holdout46-006's 'no one was hurt')."),
]

# -------------------------------------------------------------- holdout46-021
ARTICLES.append(A(21, "fr", "article", "2026-12-28T09:00:00Z",
"Almanach 2026 : l'Islande",
"""
ALMANACH 2026 - EUROPE DU NORD. ISLANDE. Entrée rédigée le lundi 28 décembre 2026. Population : 389 000 habitants. Capitale : Reykjavík. Monnaie : couronne islandaise (146 couronnes pour 1 euro au 1er décembre).

L'ANNÉE EN BREF. Une année marquée par le premier attentat-suicide de l'histoire du pays, un tourisme record et une nouvelle éruption sur la péninsule de Reykjanes.

JANVIER. Une tempête prive d'électricité 14 000 foyers des fjords de l'Est pendant trois jours.

FÉVRIER. Le 12 février, environ 2 000 marins pêcheurs manifestent devant l'Althing, à Reykjavík, contre la baisse des quotas de cabillaud ; le cortège se disperse dans le calme en fin d'après-midi.

AVRIL. Éruption fissurale près de Grindavík, la neuvième depuis 2023 ; la ville est évacuée par précaution, sans victime.

JUIN. Le mercredi 10 juin, deux kamikazes se font exploser à trois minutes d'intervalle à Akureyri, dans la rue commerçante Hafnarstræti puis au terminal de croisière. Bilan : quatorze morts, dont les deux assaillants, et trente-quatre blessés. L'attentat est revendiqué le 13 juin par al-Qaïda dans la péninsule Arabique. Le 11 juin, deux hommes sont arrêtés au terminal du ferry de Seyðisfjörður ; le 13 juin, quelque 6 000 personnes défilent en silence à Akureyri. Le pays relève son niveau de menace pour la première fois de son histoire.

SEPTEMBRE. Record de fréquentation : 2,4 millions de visiteurs étrangers attendus sur l'année, soit 6 % de plus qu'en 2025.

NOVEMBRE. L'homme arrêté le 14 juin à Hirtshals, au Danemark, et remis à l'Islande, est condamné à 12 ans de prison par le tribunal de district du Nord-Est pour avoir transporté les explosifs ; il a fait appel.

DÉCEMBRE. L'Althing adopte, par 51 voix contre 6, une loi créant une unité antiterroriste de 40 policiers armés, la première du pays.

CHIFFRES CLÉS DE L'ANNÉE. Croissance : 2,1 %. Chômage : 3,4 %. Inflation : 4,0 %. Prix moyen d'un café à Reykjavík : 750 couronnes.
"""))
GOLD += [
E(21, ["environ 2 000 marins pêcheurs manifestent devant l'Althing, à Reykjavík"],
  "PP", "2026-02-12", "day", "Reykjavík", "IS", None, None, None, None, None, True,
  "Almanac entry of Monday 28 December 2026; 'Le 12 février' (no year: the publication year) -> 12 February 2026, 319 days before -> background. Fishermen demonstrating in front of parliament against lower cod quotas, 'se disperse dans le calme' -> Peaceful protest, perpetrator null. 'environ 2 000' counts protesters. The January storm and the April eruption ('sans victime') are natural disasters, not coded."),
E(21, ["deux kamikazes se font exploser à trois minutes d'intervalle à Akureyri", "L'attentat est revendiqué"],
  "SUI", "2026-06-10", "day", "Akureyri", "IS", 14, 34, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", True,
  "'Le mercredi 10 juin' -> 10 June 2026, 201 days before Monday 28 December -> background. Two sites of one town -> ONE event. 'quatorze morts, dont les deux assaillants, et trente-quatre blessés' -> killed 14 (bombers inside), injured 34 (number words), exact. 'revendiqué le 13 juin par al-Qaïda dans la péninsule Arabique', undisputed -> claimant and perpetrator, canonical 'al-Qaeda in the Arabian Peninsula'. 'le premier attentat-suicide de l'histoire du pays' in the year's summary is generic and left out of the triggers. '389 000 habitants', '146 couronnes', '14 000 foyers', 'trois jours', '2023', '2,4 millions', '6 %', '2025', '12 ans de prison' (a sentence), '51 voix contre 6', '40 policiers', '2,1 %', '3,4 %', '4,0 %', '750 couronnes' are not casualties."),
E(21, ["deux hommes sont arrêtés au terminal du ferry de Seyðisfjörður"],
  "ARR", "2026-06-11", "day", "Seyðisfjörður", "IS", None, None, None, "police", None, True,
  "'Le 11 juin' -> 11 June 2026, 200 days before -> background. The arrest of holdout46-007, told again. No force named -> 'police'."),
E(21, ["quelque 6 000 personnes défilent en silence à Akureyri"],
  "PP", "2026-06-13", "day", "Akureyri", "IS", None, None, None, None, None, True,
  "'le 13 juin' -> 13 June 2026, 198 days before -> background. The silent march of holdout46-009 and 010 after the bombing, no incident -> Peaceful protest, perpetrator null (like holdout41's silent marches). '6 000' counts marchers."),
E(21, ["L'homme arrêté le 14 juin à Hirtshals"],
  "ARR", "2026-06-14", "day", "Hirtshals", "DK", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout46-008: 'le 14 juin' -> 14 June 2026, 197 days before -> background; in Denmark -> DK. 'remis à l'Islande' and 'condamné à 12 ans de prison' in November are its follow-ups, not events (a sentence in years is no casualty). No force named -> 'police'."),
]
