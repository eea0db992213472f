"""Authoring source of benchmarks/events_holdout38 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Lautoka, Fiji cluster (holdout38-006 to 010; French and English),
two suicide bombers on Saturday 11 July 2026 at two sites of one town (the
municipal market and the bus station, about 250 m and three minutes apart):
a French agency dispatch from New Caledonia with the first toll and a
speculation (fr 006), an English transport authority's service disruption
notice with a toll revised inside and an arrest at a bus terminal (007), an
English hospital blood-donation appeal with later deaths, the claim and an
arrest (008), the French running order of a Nouméa TV news bulletin
("conducteur du journal télévisé", with the presenter's "lancements"; fr
009) with a facilitator's arrest, a denial and a "pourraient avoir été", and
an English student newspaper (010) with a march dispersed with tear gas and
batons, a charge, a release and an older plot. Fiji is UTC+12 and New
Caledonia UTC+11: every publication time here is between 02:00 and 09:00
UTC, i.e. in the local afternoon or evening of the same date, so every local
date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout38")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout38-006
ARTICLES.append(A(6, "fr", "article", "2026-07-11T06:30:00Z",
"Fidji : double attentat-suicide à Lautoka",
"""
LAUTOKA, (Agence Océanie Presse) - Deux kamikazes se sont fait exploser samedi matin au marché municipal et à la gare routière de Lautoka, deuxième ville des Fidji, faisant au moins six morts, dont les deux kamikazes, et une trentaine de blessés, selon la police fidjienne.

La première explosion s'est produite vers 9 h 50 entre les étals de fruits et de kava du marché, très fréquenté le samedi. Trois minutes plus tard, un second homme a déclenché sa charge sur les quais de la gare routière, à quelque 250 mètres, où des passagers attendaient les cars pour Nadi et Ba.

« J'ai entendu la première détonation, tout le monde a couru vers les bus, et la deuxième a suivi », a raconté à l'AOP une vendeuse de piments de 52 ans, blessée au bras.

L'hôpital de Lautoka, qui compte environ 300 lits, a déclenché son plan blanc. Un paquebot de croisière arrivé de Nouméa avec 1 900 passagers, dont plusieurs centaines de Calédoniens, a avancé son départ à 16 heures. Aucun Calédonien ne figure parmi les victimes connues, selon le gouvernement de la Nouvelle-Calédonie.

Aucune revendication n'avait été diffusée samedi soir. Une source policière a indiqué que l'attaque « pourrait être liée » à des sympathisants de l'État islamique, sans autre précision.

Les Fidji, archipel d'environ 900 000 habitants, n'avaient jamais connu d'attentat de ce type. En 2020, une grenade lancée contre un poste de police de Nausori, près de Suva, avait blessé deux agents.

La police a bouclé le centre-ville jusqu'à lundi et demande aux témoins d'appeler le 917. Les liaisons maritimes vers les îles Yasawa sont suspendues, et la compagnie aérienne nationale a ajouté deux vols entre Nadi et Suva pour dimanche.
"""))
GOLD += [
E(6, ["Deux kamikazes se sont fait exploser", "La première explosion", "un second homme a déclenché sa charge", "la première détonation", "la deuxième a suivi", "l'attaque « pourrait être liée »"],
  "SUI", "2026-07-11", "day", "Lautoka", "FJ", 6, 30, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 11 July 2026 (UTC+12; published 18:30 local). Two sites of one town (the municipal market and the bus station, some 250 m and three minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins six morts, dont les deux kamikazes, et une trentaine de blessés' -> killed 6 (bombers inside), at_least; injured 30 ('une trentaine', 30 like the dev table's -aine amounts); the qualifier is the killed figure's. No claim; « pourrait être liée » is speculation -> perpetrator null. '9 h 50', 'Trois minutes', '250 mètres', '52 ans' (an age), '300 lits', '1 900 passagers', 'plusieurs centaines de Calédoniens', '16 heures', '900 000 habitants', '917' (a phone number), 'deux vols' are not casualties."),
E(6, ["une grenade lancée contre un poste de police de Nausori"],
  "GRN", "2020-01-01", "year", "Nausori", "FJ", None, 2, "exact", None, None, True,
  "'En 2020' -> year, background. A thrown grenade -> Grenade, thrower unnamed -> null. 'avait blessé deux agents' -> injured 2, exact. Suva only locates Nausori."),
]

# -------------------------------------------------------------- holdout38-007
ARTICLES.append(A(7, "en", "article", "2026-07-12T03:00:00Z",
"Western Transit Board: service disruption notice, update 3",
"""
WESTERN TRANSIT BOARD - SERVICE DISRUPTION NOTICE - UPDATE 3 - Issued Sunday 12 July 2026, 2:30 p.m.

Following Saturday's twin suicide bombing at the Lautoka municipal market and bus station, the changes below apply until further notice. Update 1, issued on Saturday, reported at least six deaths. The Ministry of Health has since confirmed that nine people were killed, not counting the two bombers, and that 34 were injured. Our thoughts are with the family of our driver, Mr. Sakiusa Tuilau, 46, who was among those killed.

LAUTOKA BUS STATION: closed. All services terminate at the temporary stop on Drasa Avenue, outside the sports ground, about 1.2 km north of the station.

ROUTE 1 (Lautoka - Nadi - Sigatoka): every 30 minutes instead of every 15, from 6:00 a.m. to 7:00 p.m.

ROUTE 4 (Lautoka - Ba - Tavua): suspended until Monday.

ROUTE 12 (town loop): suspended; the market area remains inside a police cordon.

AIRPORT EXPRESS (Nadi International Airport): running normally, last departure 9:15 p.m.

NADI BUS TERMINAL: services resumed at 11 a.m. after police arrested a man at Bay 6 at about 7:40 this morning and cordoned off the terminal for more than three hours. Police have asked us not to comment on the arrest.

FERRIES: sailings to the Yasawa Islands from Port Denarau run normally.

FARES: tickets bought on Saturday or Sunday ($2.35 to $8.60) remain valid until Friday 17 July. Monthly pass holders will get seven extra days.

LOST PROPERTY: more than 140 bags and phones left at the bus station are held by police, not by the Board. Call 666 1020 for help.

Passengers are asked to carry identity documents and allow extra time: police checkpoints on the Queens Road are causing delays of up to 40 minutes. Next update: Monday 13 July at 7 a.m.
"""))
GOLD += [
E(7, ["Saturday's twin suicide bombing"],
  "SUI", "2026-07-11", "day", "Lautoka", "FJ", 11, 34, "exact", None, None, False,
  "'Saturday's' vs Sunday 12 July -> Saturday 11 July. Toll revised inside the notice: 'at least six deaths' (update 1) is superseded by 'nine people were killed, not counting the two bombers, and ... 34 were injured' -> killed 9 + 2 = 11, injured 34, exact. The driver Mr. Tuilau, 46, is among the nine. No claim -> null. 'UPDATE 3', '2:30 p.m.', '1.2 km', 'ROUTE 1/4/12', '30 minutes', '15', '6:00 a.m. to 7:00 p.m.', '9:15 p.m.', 'Bay 6', '7:40', 'three hours', '$2.35 to $8.60', '17 July', 'seven extra days', '140 bags', '666 1020', '40 minutes', '13 July', '7 a.m.' are not casualties."),
E(7, ["police arrested a man at Bay 6", "the arrest"],
  "ARR", "2026-07-12", "day", "Nadi", "FJ", None, None, None, "police", None, False,
  "'this morning' = Sunday 12 July. A bus terminal -> its town, Nadi. Fiji Police -> 'police'. 'the arrest' (no comment asked) names the same arrest."),
]

# -------------------------------------------------------------- holdout38-008
ARTICLES.append(A(8, "en", "article", "2026-07-14T02:00:00Z",
"Lautoka Hospital blood bank: urgent appeal for donors",
"""
LAUTOKA HOSPITAL BLOOD BANK - URGENT APPEAL FOR DONORS - Tuesday 14 July 2026

Since Saturday morning's bombings at the market and the bus station, our teams have treated 34 wounded people. Two of them, a 17-year-old schoolboy and a taxi driver, died of their injuries on Monday, bringing the number of dead to thirteen, including the two bombers. Seven patients remain in intensive care and will need transfusions for days.

In four days we have used 286 units of blood, more than we normally use in a month. Our stock of O-negative blood is down to 11 units. We need you.

WHO CAN GIVE
- People aged 17 to 65 who weigh more than 50 kg and are in good health.
- You must not have given blood in the last 12 weeks.
- Bring a photo ID. A donation takes about 45 minutes; 450 ml is taken.

WHERE AND WHEN
- Blood bank, ground floor, Block C, open 8 a.m. to 8 p.m. until Sunday.
- Mobile unit at the Churchill Park car park on Wednesday and Thursday, 9 a.m. to 3 p.m.
- Bus route 12 will stop at the hospital gate.

A WORD ON SECURITY
Police officers are posted at the entrance of the emergency department. Two men arrested in Ba on Monday were brought here for treatment of burns under police guard and later taken back into custody. We ask donors not to photograph patients or staff.

The attack was claimed on Monday by the Islamic State group's self-styled East Asia Province, a claim the police commissioner has described as credible. Its boast of "more than 40 infidels killed" is false: please do not share it.

Every donor receives a juice, a biscuit and a certificate. For questions, call the blood bank on 666 0399, extension 214.

Dr. Mereani Vakacegu, head of the blood bank
"""))
GOLD += [
E(8, ["Saturday morning's bombings", "The attack was claimed on Monday"],
  "SUI", "2026-07-11", "day", "Lautoka", "FJ", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "'Saturday morning's' vs Tuesday 14 July -> Saturday 11 July. 'bringing the number of dead to thirteen, including the two bombers' (two of the wounded died on Monday 13 July: 11 + 2) -> killed 13; 'treated 34 wounded people' -> injured 34 (later deaths do not reduce it, events_holdout16); exact. 'Seven patients' in intensive care is a subset. Claimed 'by the Islamic State group's self-styled East Asia Province', a claim the commissioner calls 'credible' -> claimant and perpetrator 'Islamic State' (dev: every branch but ISWAP). Its 'more than 40 infidels killed' is never used. '17-year-old', 'four days', '286 units', '11 units', '17 to 65', '50 kg', '12 weeks', '45 minutes', '450 ml', 'Block C', '8 a.m. to 8 p.m.', '9 a.m. to 3 p.m.', 'route 12', '666 0399', '214' are not casualties."),
E(8, ["Two men arrested in Ba on Monday"],
  "ARR", "2026-07-13", "day", "Ba", "FJ", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 14 July -> Monday 13 July. Ba is a town of Viti Levu (Fiji). Brought 'under police guard' and taken 'back into custody' -> 'police'. The burns treated are not casualties of an event of this document."),
]

# -------------------------------------------------------------- holdout38-009
ARTICLES.append(A(9, "fr", "transcript", "2026-07-16T08:45:00Z",
"Conducteur du journal de 19 h 30, jeudi 16 juillet",
"""
CALÉDONIE TÉLÉ - JOURNAL DE 19 H 30 - JEUDI 16 JUILLET - CONDUCTEUR

1. TITRES (présentatrice en plateau, 0'45)
LANCEMENT : Bonsoir. Cinq jours après le double attentat-suicide de Lautoka, les Fidji comptent leurs morts et leurs suspects. Ce soir : le passeur présumé des explosifs arrêté, et le récit des Calédoniens rentrés de croisière.

2. SUJET : LE BILAN (Lucie Kaloï, 1'50)
LANCEMENT : À Lautoka, le bilan s'est encore alourdi hier.
SUJET : Une commerçante de 58 ans a succombé mercredi à l'hôpital. Le ministère fidjien de la Santé fait désormais état de quatorze morts, kamikazes compris, et de trente-quatre blessés. Cinq restent en réanimation.

3. SUJET : L'ENQUÊTE (Julien Tromeur, 2'10)
LANCEMENT : L'enquête avance, et la revendication est prise au sérieux.
SUJET : La police fidjienne a arrêté mardi à Sigatoka un patron de pêche de 47 ans, soupçonné d'avoir acheminé les explosifs par bateau depuis Suva. Les deux hommes interpellés lundi à Ba sont toujours en garde à vue. L'attentat, revendiqué lundi par la « province d'Asie de l'Est » de l'État islamique, est jugé crédible par le commissaire de police, selon qui les kamikazes « pourraient avoir été radicalisés en ligne ». Le groupe philippin Abou Sayyaf a démenti toute implication.

4. SUJET : LES CALÉDONIENS (Marie Hnawia, 2'00)
LANCEMENT : Parmi les 1 900 passagers du paquebot en escale à Lautoka samedi, 640 Calédoniens. Ils sont rentrés hier à Nouméa.
SUJET : « On était au marché dix minutes avant », raconte une retraitée de Koné. Un Calédonien de 24 ans, entendu mercredi à Nadi pendant quatre heures comme témoin, a été autorisé à reprendre l'avion.

5. PLATEAU : INVITÉ (3'00)
LANCEMENT : Pour en parler, le chercheur Paul Wakié, spécialiste du Pacifique, est avec nous.

6. BRÈVES (1'00)
- La compagnie Air Océanie maintient ses vols vers Nadi, dont le vol OC 412 de samedi.
- La cellule d'écoute de la province Sud répond au 05 11 11.

7. MÉTÉO ET FIN (0'40)
LANCEMENT : Demain, ciel dégagé sur la Grande Terre. Bonne soirée.
"""))
GOLD += [
E(9, ["le double attentat-suicide de Lautoka", "L'attentat, revendiqué lundi"],
  "SUI", "2026-07-11", "day", "Lautoka", "FJ", 14, 34, "exact", "Islamic State", "Islamic State", False,
  "'Cinq jours après' vs Thursday 16 July -> Saturday 11 July (the ship 'en escale à Lautoka samedi' agrees). 'quatorze morts, kamikazes compris, et de trente-quatre blessés' -> 14 (bombers inside; the trader of 58 who 'a succombé mercredi' raised it from 13), 34, exact. 'Cinq restent en réanimation' is a subset. 'revendiqué lundi par la « province d'Asie de l'Est » de l'État islamique', judged 'crédible' -> claimant and perpetrator 'Islamic State'. « pourraient avoir été radicalisés » is speculation; the Abou Sayyaf denial is not a claim: neither is coded. '19 h 30', durations (0'45 ...), '58 ans', '47 ans', '1 900 passagers', '640 Calédoniens', 'dix minutes', '24 ans', 'quatre heures', 'OC 412' (a flight), '05 11 11' are not casualties."),
E(9, ["le passeur présumé des explosifs arrêté", "La police fidjienne a arrêté mardi à Sigatoka"],
  "ARR", "2026-07-14", "day", "Sigatoka", "FJ", None, None, None, "police", None, False,
  "'mardi' vs Thursday 16 July -> Tuesday 14 July. The headline's 'le passeur présumé des explosifs arrêté' announces the arrest told in item 3. The cluster's suspected facilitator (a fishing boss who brought the explosives by boat from Suva) -> Arrests, 'police'. '47 ans' is an age."),
E(9, ["Les deux hommes interpellés lundi à Ba"],
  "ARR", "2026-07-13", "day", "Ba", "FJ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout38-008: 'lundi' vs Thursday 16 July -> Monday 13 July; 'toujours en garde à vue' is the same detention. 'police'. The young Caledonian 'entendu ... comme témoin' in Nadi is heard, not arrested."),
]

# -------------------------------------------------------------- holdout38-010
ARTICLES.append(A(10, "en", "article", "2026-07-20T04:00:00Z",
"The Saweni Sentinel: tear gas ends students' march for safety",
"""
THE SAWENI SENTINEL - Student news since 2009 - Issue 214, Monday 20 July 2026

TEAR GAS ON VITOGO PARADE

What began as a march for safety ended in tear gas on Friday afternoon. About 600 students left the campus at 1 p.m. and walked the 9 km into Lautoka behind a banner reading "Safe streets, not silence", to demand police posts at markets and bus stations after the bombing of 11 July.

Near the police station on Vitogo Parade, officers told the crowd to turn back. When students sat down on the road, police fired tear gas and charged with batons to break up the march. "We were singing. Then my eyes were burning and everybody was running," said Losana Rabuka, 21, a third-year law student. The police said in a statement that the march had no permit.

Our campus is still in mourning. The toll from the twin suicide bombing now stands at 14 people, counting the two bombers, and one of the 34 injured is our own: Viliame Naivalu, 19, a first-year nursing student, is recovering from shrapnel wounds to his leg.

THE INVESTIGATION
The fishing boat skipper arrested in Sigatoka on Tuesday was charged on Friday with aiding a terrorist act. One of the two men held in Ba since last Monday was released without charge on Thursday. A lecturer from our engineering school was questioned by detectives for three hours on Wednesday and was back teaching the next day.

The attack, claimed by Islamic State, was not the first plot in Fiji. In 2022, police arrested three men in Labasa who were accused of planning to bomb a Hindu temple.

CAMPUS NOTES
- Semester 1 exams are postponed by one week; the new timetable is on the portal.
- Counselling: Room B14, 9 a.m. to 5 p.m.; 24-hour line 5505.
- The canteen has collected $3,200 for the victims' families.
- Shuttle 2 to town runs again from today.
"""))
GOLD += [
E(10, ["TEAR GAS ON VITOGO PARADE", "What began as a march for safety", "police fired tear gas and charged with batons to break up the march"],
  "PI", "2026-07-17", "day", "Lautoka", "FJ", None, None, None, None, None, False,
  "'on Friday afternoon' vs Monday 20 July -> Friday 17 July. Students marching with a demand (police posts at markets and bus stations), dispersed with tear gas and batons -> Protest with intervention, perpetrator null (dev). Sitting down on the road is not violence: not a riot. It ended on Vitogo Parade in Lautoka (they left the Saweni campus, 9 km away) -> Lautoka. No casualty figure is given (null). 'About 600 students' are marchers; '1 p.m.', '9 km', '21' are not casualties."),
E(10, ["the bombing of 11 July", "the twin suicide bombing", "The attack, claimed by Islamic State"],
  "SUI", "2026-07-11", "day", "Lautoka", "FJ", 14, 34, "exact", "Islamic State", "Islamic State", False,
  "'of 11 July', nine days before 20 July -> current. '14 people, counting the two bombers' -> 14 (bombers inside); 'one of the 34 injured' -> injured 34 (the student is a subset); exact. 'claimed by Islamic State', undisputed -> claimant and perpetrator. '2009', 'Issue 214', '19' (an age) are not casualties."),
E(10, ["The fishing boat skipper arrested in Sigatoka on Tuesday"],
  "ARR", "2026-07-14", "day", "Sigatoka", "FJ", None, None, None, "police", None, False,
  "'on Tuesday' vs Monday 20 July -> Tuesday 14 July; 'charged on Friday' is the follow-up of this arrest, not a new one. 'police'."),
E(10, ["the two men held in Ba since last Monday"],
  "ARR", "2026-07-13", "day", "Ba", "FJ", None, None, None, "police", None, False,
  "'since last Monday' in a Monday paper -> the Monday a week before, 13 July (dev rule for a weekday named with 'last' on that same weekday). One of them 'released without charge on Thursday': the arrest stays. The lecturer 'questioned by detectives for three hours' is not arrested. 'police'."),
E(10, ["police arrested three men in Labasa"],
  "ARR", "2022-01-01", "year", "Labasa", "FJ", None, None, None, "police", None, True,
  "'In 2022' -> year, background. A plot stopped by arresting its authors -> Arrests (events_holdout35, 37 convention), 'police'. 'three men' are arrestees. 'one week', 'B14', '9 a.m. to 5 p.m.', '24-hour', '5505', '$3,200', 'Shuttle 2' are not casualties."),
]
