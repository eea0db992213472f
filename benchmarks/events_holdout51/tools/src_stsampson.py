"""Authoring source of benchmarks/events_holdout51 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the St Sampson, Guernsey cluster (holdout51-016 to 020; English and
French), two suicide bombers on Thursday 8 October 2026 at two sites of one
town (The Bridge, the harbourside shopping street, and the north quay of the
harbour, about 500 m and six minutes apart): an English wire with a first
report (016), a bus company's service change notice ("modification
d'horaires d'une compagnie de bus", 017, English), the front-page summary of
a Cherbourg daily ("sommaire de une d'un quotidien", fr 018), a gym's email
to its members ("courriel d'une salle de sport à ses adhérents", 019,
English) and a statement of the president of the Cherbourg bar
("communiqué du bâtonnier", fr 020). Guernsey is UTC+1 (BST) and France
UTC+2 until 25 October 2026: every publication time here is between 05:00
and 17:00 UTC, so every local date is the UTC date. The gold writes
"St Sampson" (French « Saint-Sampson »). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout51")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout51-016
ARTICLES.append(A(16, "en", "article", "2026-10-08T15:00:00Z",
"Suicide bombers kill at least seven in Guernsey harbour town",
"""
ST SAMPSON, Guernsey (Channel Wire) - Two suicide bombers attacked the harbour town of St Sampson in Guernsey on Thursday morning, killing at least five people and wounding a score of others, not counting the two bombers, in the first deadly attack in the Channel Islands' modern history, police said.

The first man blew himself up at about 10:20 a.m. on The Bridge, the harbourside shopping street, as shoppers queued outside a bakery. The second set off his device six minutes later on the harbour's north quay, about 500 metres away, where people had run for shelter.

"I heard the first bang and saw the smoke over the shops, then the second one went off by the boats," said Tom Le Page, 38, a crane driver at the harbour.

Guernsey Police said they were investigating possible links to Islamic State, but that no group had claimed the bombing. Officers from the British counter-terrorism network were flown in from London in the afternoon.

The Princess Elizabeth Hospital, which has 110 beds, declared a major incident and called in off-duty staff. Flights and ferries were suspended until Friday, the island's 23 state schools closed at noon, and the island's 64,000 residents were told to avoid the east coast.

The island's only previous bomb attack was in 2012, when a pipe bomb exploded outside a pub in Torteval, injuring a barman.

Guernsey, a British Crown dependency of 65 square kilometres, lies 48 km off the French coast of Normandy. Its government said it would meet on Friday at 9 a.m. and set up an information line, 01481 555 100, for relatives.

The harbour's fuel terminal, 200 metres from the second blast, was not damaged, the port authority said.
"""))
GOLD += [
E(16, ["Two suicide bombers attacked the harbour town of St Sampson", "The first man blew himself up", "The second set off his device", "the bombing", "the second blast"],
  "SUI", "2026-10-08", "day", "St Sampson", "GG", 7, 20, "at_least", None, None, False,
  "Wire of Thursday 8 October 2026 (16:00 in Guernsey); 'on Thursday morning' = the publication day. Two sites of one town (The Bridge and the harbour's north quay, 'about 500 metres', six minutes apart) -> ONE Suicide bomb event coded to St Sampson, GG. First report: 'killing at least five people and wounding a score of others, not counting the two bombers' -> killed 5 + 2 bombers = 7, at_least (the bombers are added to the dead; bombers are not among the wounded); injured 20 ('a score', dev table); the qualifier describes the killed figure. No claim; 'investigating possible links to Islamic State' is speculation -> perpetrator null. 'the first deadly attack' is generic. '10:20 a.m.', '500 metres', '38', '110 beds', '23 state schools', '64,000 residents', '65 square kilometres', '48 km', '9 a.m.', '01481 555 100', '200 metres' are not casualties."),
E(16, ["a pipe bomb exploded outside a pub in Torteval"],
  "IED", "2012-01-01", "year", "Torteval", "GG", None, 1, "exact", None, None, True,
  "'in 2012' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; no author named -> null. 'injuring a barman' -> injured 1, exact. Torteval is a parish of Guernsey -> GG."),
]

# -------------------------------------------------------------- holdout51-017
ARTICLES.append(A(17, "en", "article", "2026-10-09T08:00:00Z",
"Service change notice No. 41/2026",
"""
ISLAND COACHES GUERNSEY - SERVICE CHANGE NOTICE No. 41/2026. Issued Friday 9 October 2026 at 8 a.m. Replaces notice No. 40/2026.

Following yesterday's bombing in St Sampson, and at the request of Guernsey Police, the changes below apply until further notice.

CASUALTIES. Our notice of yesterday afternoon reported at least seven deaths. Police now say nine people were killed, including the two bombers, and 36 were injured. We are deeply saddened that one of our regular passengers is among the dead.

ROUTES 41 AND 42. Buses will not serve The Bridge. They run via Vale Avenue and the Braye Road, and stops 22 to 27 are closed. The first departure from the town terminus is at 6:35 a.m. and the last at 10:05 p.m.

ROUTE 71. Suspended while the north quay remains closed.

SCHOOL SERVICES. Schools reopen on Monday. School buses S3 and S5 will pick up at the Delancey Park gates instead of The Bridge.

OUR STAFF. One of our drivers, arrested on Thursday evening in the Vale by Guernsey Police, was released without charge this morning; we have every confidence in him. Two other drivers who were on duty near The Bridge gave statements to the police as witnesses and were then sent home. All three are on paid leave until Wednesday.

FARES. All journeys are free until Sunday 11 October. The normal adult fare is 1 pound and 50 pence; monthly passes will be extended by seven days.

LOST PROPERTY. Bags and items left on buses on Thursday are held at the Bulwer Avenue depot, open from 9 a.m. to 4 p.m. Please bring photo ID.

ACCESSIBLE TRANSPORT. The dial-a-ride service runs as normal; book 24 hours ahead.

Customer line: 01481 555 041, 7 a.m. to 7 p.m. Thank you for your patience.
"""))
GOLD += [
E(17, ["yesterday's bombing in St Sampson"],
  "SUI", "2026-10-08", "day", "St Sampson", "GG", 9, 36, "exact", None, None, False,
  "Bus notice of Friday 9 October; 'yesterday's' -> 8 October. The toll is revised inside: 'at least seven deaths' (yesterday's notice, superseded) -> 'nine people were killed, including the two bombers, and 36 were injured' -> killed 9 (bombers inside), injured 36, exact; the passenger 'among the dead' is inside. No group named -> perpetrator null. '41/2026', '40/2026', 'ROUTES 41 AND 42', 'stops 22 to 27', '6:35 a.m.', '10:05 p.m.', 'ROUTE 71', 'S3 and S5', '11 October', '1 pound and 50 pence', 'seven days', '9 a.m. to 4 p.m.', '24 hours', '01481 555 041', '7 a.m. to 7 p.m.' are not casualties. 'Vale Avenue' is a street, not the arrest's place."),
E(17, ["One of our drivers, arrested on Thursday evening in the Vale"],
  "ARR", "2026-10-08", "day", "Vale", "GG", None, None, None, "police", None, False,
  "'on Thursday evening' vs Friday 9 October -> 8 October, the evening of the bombing. Arrested 'in the Vale' (the parish of Guernsey north of St Sampson) by Guernsey Police -> 'police'. 'released without charge this morning' does not undo the arrest and is not an event. The two drivers who 'gave statements ... as witnesses' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout51-018
ARTICLES.append(A(18, "fr", "article", "2026-10-12T05:00:00Z",
"La Presse du Cotentin, lundi 12 octobre 2026 : le sommaire de la une",
"""
LA PRESSE DU COTENTIN - Édition du lundi 12 octobre 2026 - N° 24 512 - 1,40 euro. Sommaire de la une.

À LA UNE. Guernesey : l'État islamique revendique l'attentat de Saint-Sampson. Samedi soir, le groupe a revendiqué le double attentat-suicide de jeudi, qui a fait dix morts, dont les deux kamikazes, et 36 blessés ; une habitante de 71 ans a succombé dimanche à ses blessures. La police de Guernesey juge la revendication « crédible » ; le message, qui évoque « plus de trente croisés » tués, gonfle le bilan. Al-Qaïda dans la péninsule Arabique a démenti toute implication. Pages 2 à 5.

CHERBOURG. Le plaisancier interpellé vendredi sur le port de Chantereyne est soupçonné d'avoir conduit les deux kamikazes à Guernesey à bord de son voilier de 9 mètres, mardi dernier. Son équipier a été entendu samedi comme témoin, puis laissé libre. Page 3.

ROYAUME-UNI. Deux hommes arrêtés samedi à Southampton par la police antiterroriste britannique. Selon les enquêteurs, les kamikazes « pourraient avoir été recrutés » en Angleterre l'an dernier. Page 4.

TÉMOIGNAGES. Ils sont une cinquantaine de Cherbourgeois à travailler à Saint-Sampson : trois d'entre eux racontent la matinée de jeudi. Page 5.

TRANSMANCHE. Les liaisons vers les îles Anglo-Normandes reprennent ce lundi, avec des contrôles renforcés : prévoir 45 minutes d'avance. Page 6.

SPORTS. Football, National 3 : Cherbourg s'impose 2-1 à Avranches et remonte à la 4e place. Voile : la Transat des écoles, 14 bateaux au départ, reportée d'une semaine. Pages 18 à 22.

ÉCONOMIE. L'arsenal annonce 120 embauches d'ici à 2028. Le prix du gazole passe sous 1,70 euro le litre. Page 9.

MÉTÉO. Ciel couvert, 14 degrés l'après-midi, vent d'ouest de 40 km/h avec des rafales à 70 km/h sur la pointe de la Hague. Page 24.

ET AUSSI. Le conseil municipal de Cherbourg-en-Cotentin observera une minute de silence ce soir à 18 heures. Les élèves de l'école de la mer, jumelée avec une école de Saint-Sampson, ont écrit 230 lettres de soutien.

Courrier des lecteurs, page 12. Carnet, page 23. Jeux, page 26.
"""))
GOLD += [
E(18, ["l'attentat de Saint-Sampson", "le double attentat-suicide de jeudi"],
  "SUI", "2026-10-08", "day", "St Sampson", "GG", 10, 36, "exact", "Islamic State", "Islamic State", False,
  "Front-page summary of Monday 12 October; 'de jeudi' -> 8 October. French 'Saint-Sampson' -> gold 'St Sampson', GG. 'dix morts, dont les deux kamikazes, et 36 blessés' (a resident of 71 died Sunday) -> killed 10 (bombers inside), injured 36, exact. Claimed Saturday evening by 'l'État islamique', judged 'crédible' by the Guernsey police -> claimant and perpetrator; the claim's 'plus de trente croisés' is never used. AQAP's denial is not a claim; 'pourraient avoir été recrutés' is speculation. 'N° 24 512', '1,40 euro', '71 ans', 'Pages 2 à 5', '9 mètres', 'une cinquantaine de Cherbourgeois', 'trois d'entre eux', '45 minutes', '2-1', '4e place', '14 bateaux', '120 embauches', '2028', '1,70 euro', '14 degrés', '40 km/h', '70 km/h', '18 heures', '230 lettres' and the page numbers are not casualties. The crossing of 'mardi dernier' is not an event; the minute of silence is not coded."),
E(18, ["Le plaisancier interpellé vendredi sur le port de Chantereyne"],
  "ARR", "2026-10-09", "day", "Cherbourg", "FR", None, None, None, "police", None, False,
  "'vendredi' vs Monday 12 October -> 9 October. The cluster's suspected facilitator (the yachtsman who sailed the bombers to Guernsey), arrested in the Chantereyne marina of Cherbourg -> Cherbourg, FR. No force named -> 'police'. His crewman 'entendu samedi comme témoin, puis laissé libre' is questioned, not arrested."),
E(18, ["Deux hommes arrêtés samedi à Southampton"],
  "ARR", "2026-10-10", "day", "Southampton", "GB", None, None, None, "police", None, False,
  "'samedi' vs Monday 12 October -> 10 October. Arrested in Southampton, England, by 'la police antiterroriste britannique' -> 'police', GB. A headline-style participle sentence; it names the arrest."),
]

# -------------------------------------------------------------- holdout51-019
ARTICLES.append(A(19, "en", "article", "2026-10-13T17:00:00Z",
"Harbourside Fitness: we reopen on Wednesday",
"""
From: Harbourside Fitness, St Sampson
To: all members
Subject: We reopen on Wednesday, and a message from the team
Sent: Tuesday 13 October 2026, 6 p.m.

Dear members,

After last Thursday's bombing on The Bridge, our gym, whose front windows were blown in by the first explosion, will reopen tomorrow, Wednesday 14 October, at 6 a.m. The glaziers finished this afternoon.

We are heartbroken to tell you that Sarah Ogier, 42, who taught our Tuesday spin class for nine years, was among those killed. The toll now stands at ten dead, including the two bombers, and 36 injured. Two of our members are still in hospital, and we send them all our love.

Police say the bombing was claimed by Islamic State. Many of you have asked about the two men arrested in Southampton on Saturday: the police told us on Monday that they had been charged with preparing acts of terrorism, and that neither had ever been a member here.

Thank you to the 48 members who joined Sunday's silent walk from St Sampson's Church to The Bridge, alongside some 5,000 islanders, to say that Guernsey will not be divided. Many of you wore our blue club shirts.

What changes this week:
- Tuesday's 7 p.m. spin class becomes "Sarah's Ride", with all 20 bikes reserved for her regulars;
- the sauna stays closed until Monday for repairs;
- October membership fees (45 pounds) are waived for everyone;
- a collection box for the victims' fund is at reception; it raised 1,260 pounds on Sunday alone.

If you would like to talk to someone, the island's support line is open on 01481 555 300 from 8 a.m. to 10 p.m.

Our opening hours are unchanged: 6 a.m. to 10 p.m. on weekdays, 8 a.m. to 6 p.m. at weekends.

Take care of each other,
Dan and the Harbourside team
"""))
GOLD += [
E(19, ["last Thursday's bombing on The Bridge", "the first explosion", "the bombing was claimed"],
  "SUI", "2026-10-08", "day", "St Sampson", "GG", 10, 36, "exact", "Islamic State", "Islamic State", False,
  "Gym email of Tuesday 13 October; 'last Thursday' -> the most recent Thursday before publication, 8 October. The Bridge -> St Sampson. 'ten dead, including the two bombers, and 36 injured' -> killed 10 (bombers inside), injured 36, exact; the instructor killed and the two members in hospital are inside. 'claimed by Islamic State', undisputed -> claimant and perpetrator. '6 p.m.', '14 October', '6 a.m.', '42', 'nine years', '48 members', '5,000 islanders' (marchers), '7 p.m.', '20 bikes', '45 pounds', '1,260 pounds', '01481 555 300', '8 a.m. to 10 p.m.', the opening hours are not casualties."),
E(19, ["the two men arrested in Southampton on Saturday"],
  "ARR", "2026-10-10", "day", "Southampton", "GB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout51-018: 'on Saturday' vs Tuesday 13 October -> 10 October. 'charged with preparing acts of terrorism' (told Monday) is the arrest's follow-up, not an event. No force named -> 'police'."),
E(19, ["Sunday's silent walk from St Sampson's Church to The Bridge"],
  "PP", "2026-10-11", "day", "St Sampson", "GG", None, None, None, None, None, False,
  "'Sunday's' vs Tuesday 13 October -> 11 October. A silent march through St Sampson with a message ('to say that Guernsey will not be divided'), no incident -> Peaceful protest, perpetrator null. 'some 5,000 islanders' and '48 members' count marchers."),
]

# -------------------------------------------------------------- holdout51-020
ARTICLES.append(A(20, "fr", "article", "2026-10-14T12:00:00Z",
"Communiqué du bâtonnier de l'ordre des avocats de Cherbourg",
"""
ORDRE DES AVOCATS DU BARREAU DE CHERBOURG - Communiqué du bâtonnier. Cherbourg-en-Cotentin, le mercredi 14 octobre 2026.

Le bâtonnier de l'ordre, Me Hélène Lecarpentier, tient à rappeler quelques principes après l'interpellation, vendredi 9 octobre sur le port de Chantereyne, d'un plaisancier cherbourgeois soupçonné d'avoir conduit à Guernesey les deux auteurs de l'attentat-suicide du 8 octobre à Saint-Sampson, qui a fait dix morts, dont les deux kamikazes, et 36 blessés, et qui a été revendiqué par l'État islamique.

1. Au terme de 96 heures de garde à vue, l'intéressé a été présenté mardi à un juge d'instruction du pôle antiterroriste de Paris, mis en examen et placé en détention provisoire. Il est présumé innocent, et le restera tant qu'une juridiction n'en aura pas décidé autrement.

2. Son avocat, commis d'office à 2 heures du matin, n'a pu s'entretenir avec lui que 30 minutes par période de 24 heures, comme le permet la loi en matière de terrorisme. L'ordre demande que ce régime soit appliqué avec la plus grande retenue.

3. L'équipier du voilier, entendu samedi comme témoin, n'a jamais été placé en garde à vue, contrairement à ce qu'ont écrit plusieurs sites d'information.

4. Le cabinet de notre confrère a reçu 37 messages de menaces depuis vendredi, et un tag a été peint sur sa façade, au n° 12 de la rue Tour-Carrée. Une plainte a été déposée. L'ordre rappelle que défendre n'est pas approuver.

5. Le barreau se souvient de l'attaque à la grenade qui avait visé un café de Valognes en 2009, blessant deux clients : le procès, tenu dans la sérénité, avait montré que la justice sait juger sans céder à la peur.

6. Une permanence gratuite d'aide aux victimes, y compris pour les familles de Guernesey, est ouverte à la maison de l'avocat, 3 place du Château, le jeudi de 14 heures à 17 heures. Les 62 avocats inscrits au barreau peuvent y être sollicités.

Le bâtonnier, Hélène Lecarpentier
"""))
GOLD += [
E(20, ["l'interpellation, vendredi 9 octobre sur le port de Chantereyne, d'un plaisancier cherbourgeois"],
  "ARR", "2026-10-09", "day", "Cherbourg", "FR", None, None, None, "police", None, False,
  "Bar statement of Wednesday 14 October; 'vendredi 9 octobre' -> 9 October: the arrest of holdout51-018, restated (a noun). '96 heures de garde à vue', 'présenté mardi', 'mis en examen et placé en détention provisoire' are the arrest's judicial follow-up, not new events. No force named -> 'police'. The crewman 'entendu samedi comme témoin, n'a jamais été placé en garde à vue' is questioned, not arrested."),
E(20, ["l'attentat-suicide du 8 octobre à Saint-Sampson"],
  "SUI", "2026-10-08", "day", "St Sampson", "GG", 10, 36, "exact", "Islamic State", "Islamic State", False,
  "'du 8 octobre' -> 8 October, 6 days before -> current. 'dix morts, dont les deux kamikazes, et 36 blessés' -> killed 10 (bombers inside), injured 36, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. '96 heures', '2 heures du matin', '30 minutes', '24 heures', '37 messages', 'n° 12', '3 place du Château', '14 heures à 17 heures', '62 avocats' are not casualties."),
E(20, ["l'attaque à la grenade qui avait visé un café de Valognes"],
  "GRN", "2009-01-01", "year", "Valognes", "FR", None, 2, "exact", None, None, True,
  "'en 2009' -> year, background. A grenade attack on a café -> Grenade; no author named -> null. 'blessant deux clients' -> injured 2 (number word), exact. Valognes, Manche -> FR. The trial is not an event."),
]
