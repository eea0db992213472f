"""Authoring source of benchmarks/events_holdout70 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Dundee, Scotland (United Kingdom) cluster (holdout70-001 to 005;
English and French), two suicide bombers on Saturday 21 February 2026 at two
sites of one town (City Square, in front of the Caird Hall, and the forecourt
of the railway station, about 500 m and six minutes apart): an English wire
with a first report (001), a podiatry clinic's appointment email (002), the
transcript of a university students' radio evening news (003), a French
fencing club's email to its fencers and their parents ("courriel d'un club
d'escrime aux tireurs et aux parents", fr 004) and a newspaper's weekend
morning news digest email (005). Scotland is UTC+0 in February and France
UTC+1: every publication time here is between 07:00 and 19:00 UTC, so every
local date is the UTC date. The toll grows from "at least seven people
besides themselves" (9, Saturday) to eleven (Monday, two wounded died on
Sunday night and Monday morning) and twelve, the bombers included (a student
died on Wednesday 25 February); 38 injured from Monday on. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout70")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout70-001
ARTICLES.append(A(1, "en", "article", "2026-02-21T15:30:00Z",
"Twin suicide bombing kills at least nine in Dundee",
"""
DUNDEE, Scotland (Tayside Wire) - Two suicide bombers blew themselves up six minutes apart in the centre of Dundee on Saturday, killing at least seven people besides themselves and wounding dozens, Police Scotland said.

The first man detonated a device hidden under a padded ski jacket at about 12:10 p.m. in City Square, in front of the Caird Hall, where a charity pancake race had drawn several hundred spectators. The second set off his charge at 12:16 on the forecourt of the railway station, some 500 metres down Union Street, as people ran from the square towards the river.

"I saw a pram on its side and nobody near it," said Morag Lennox, 52, who sells tablet and fudge from a stall at number 4 on the square. "Then the second bang came and every window went."

No group had claimed the bombing by mid-afternoon. A senior detective said officers were examining whether the two men "may have had links" to Islamic State, and whether they had travelled north from England in the past fortnight.

Dundee, Scotland's fourth city, has seen little political violence. In 2019 a pipe bomb exploded outside a bookmaker's in Forfar, 14 miles to the north, injuring a cleaner; nobody was ever charged.

Ninewells Hospital declared a major incident and recalled 120 off-duty staff. ScotRail suspended all services through Dundee, and the 13:42 train to Edinburgh was held at Leuchars. The Tay Road Bridge, 2.25 km long, was closed in both directions, and about 400 officers were sent from Glasgow and Edinburgh. The First Minister cancelled a visit to Brussels. A helpline for relatives, 0800 092 4117, opened at 2 p.m.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart in the centre of Dundee", "The first man detonated a device", "The second set off his charge", "the bombing"],
  "SUI", "2026-02-21", "day", "Dundee", "GB", 9, 12, "at_least", None, None, False,
  "Wire of Saturday 21 February 2026 (15:30 in Dundee, UTC+0); 'on Saturday' = the publication day. Two sites of one town (City Square in front of the Caird Hall and the railway station forecourt, 'some 500 metres' apart, 12:10 and 12:16) -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention). First report: 'killing at least seven people besides themselves and wounding dozens' -> killed 7 + 2 bombers = 9, at_least (the bombers are added: 'besides themselves'); 'dozens' -> injured 12 (dev table, at_least; the qualifier describes the killed figure). No claim; 'may have had links' to Islamic State is a detective's speculation -> perpetrator null. '12:10 p.m.', 'several hundred spectators', '12:16', '500 metres', '52', 'number 4', 'past fortnight', '120 off-duty staff', '13:42', '2.25 km', 'about 400 officers', '0800 092 4117', '2 p.m.' are not casualties."),
E(1, ["a pipe bomb exploded outside a bookmaker's in Forfar"],
  "IED", "2019-01-01", "year", "Forfar", "GB", None, 1, "exact", None, None, True,
  "'In 2019' -> year, background. A pipe bomb that exploded (not a suicide attack, not thrown) -> Remote explosive/landmine/IED; 'nobody was ever charged' -> perpetrator null. 'injuring a cleaner' -> injured 1, exact; killed null (no death stated). '14 miles' is a distance."),
]

# -------------------------------------------------------------- holdout70-002
ARTICLES.append(A(2, "en", "article", "2026-02-23T08:30:00Z",
"Tayside Foot Clinic: your appointment this week",
"""
TAYSIDE FOOT CLINIC - Podiatry and chiropody, 31 Reform Street, Dundee. Appointment update sent to all patients booked this week, Monday 23 February 2026.

Dear patient,

Following the twin suicide bombing in the city centre on Saturday, the clinic stayed closed for the rest of the weekend. We reopen today at 9:00, with the changes below.

The toll. Our message on Saturday evening spoke of at least nine dead. Police Scotland said this morning that eleven people were killed, including the two bombers, and that 38 were injured. A retired bus driver aged 74 died at Ninewells Hospital on Sunday night, and a woman of 29 early this morning. One of our patients, hurt on City Square, is recovering well and thanks you for your messages.

Getting here. Reform Street is open, but City Square and the lower end of Union Street remain a crime scene until at least Thursday. Please use our back door at 31A Meadowside. The Greenmarket car park (level 3 is closest to the lift) costs £1.80 an hour.

Your appointment. Appointments booked for Saturday 21 February have been moved to Saturday 7 March at the same time; you do not need to call us. Nail surgery (45 minutes, £185) and biomechanical assessments (60 minutes, £95) go ahead as booked. Orthotic insoles are delayed by about ten days because our laboratory in Livingston could not deliver.

Security. Police told city-centre businesses that two men were arrested in Arbroath on Saturday night in connection with the attack, and that patrols will remain reinforced. Our receptionists may ask to look inside large bags.

Cancellations. If you cannot attend, call 01382 224 618 at least 24 hours before, or reply to this email. No late-cancellation fee will be charged this week or next.

With our best wishes,

Fiona Strachan, podiatrist, and the clinic team
"""))
GOLD += [
E(2, ["the twin suicide bombing in the city centre on Saturday", "the attack"],
  "SUI", "2026-02-21", "day", "Dundee", "GB", 11, 38, "exact", None, None, False,
  "Clinic email of Monday 23 February; 'on Saturday' -> 21 February. Dundee (the clinic's street and City Square). The toll is revised inside: 'at least nine dead' (Saturday's message, superseded) -> 'eleven people were killed, including the two bombers, and that 38 were injured' -> killed 11 (number word, bombers inside), injured 38, exact; the bus driver aged 74 who died on Sunday night and the woman of 29 who died this morning are inside the eleven; 'One of our patients' is a subset of the injured. No claim, no group named -> perpetrator null. 'in connection with the attack' names the bombing. '31 Reform Street', '9:00', '31A Meadowside', 'level 3', '£1.80', '7 March', '45 minutes', '£185', '60 minutes', '£95', 'ten days', '01382 224 618', '24 hours' are not casualties."),
E(2, ["two men were arrested in Arbroath on Saturday night"],
  "ARR", "2026-02-21", "day", "Arbroath", "GB", None, None, None, "police", None, False,
  "'on Saturday night' vs Monday 23 February -> 21 February, the night of the bombing. Told by the police to businesses; Police Scotland -> 'police'. Arbroath is its own town (Angus), not Dundee."),
]

# -------------------------------------------------------------- holdout70-003
ARTICLES.append(A(3, "en", "transcript", "2026-02-25T18:30:00Z",
"Riverside Student Radio: evening news and Campus Talk, 25 February",
"""
RIVERSIDE STUDENT RADIO 87.7 FM (University of Dundee). Evening news and "Campus Talk", Wednesday 25 February 2026, 18:00. Transcript.

NEWSREADER (Callum Reid): Good evening. A first-year engineering student has died at Ninewells Hospital this afternoon of wounds suffered in the twin suicide bombing in the city centre on Saturday. Ewan, who was 19, lived in our Belmont halls. Police Scotland now say twelve people were killed, the two bombers included, and 38 wounded.

Islamic State claimed the attack on Monday through its Amaq news agency, boasting of "more than fifty crusaders" killed. Counter-terrorism officers said today that they regard the claim as credible. Al-Qaeda in the Arabian Peninsula issued a statement on Tuesday denying any role. At Holyrood, the Justice Secretary said the bombers "may have been" radicalised online by recruiters based in Syria.

The two men arrested in Arbroath on Saturday night appeared at Dundee Sheriff Court on Monday, charged under the Terrorism Act, and were remanded in custody. A third man was arrested at Aberdeen airport yesterday morning as he tried to board flight KL1474 to Amsterdam. Police say he bought 30 litres of hydrogen peroxide and rented the flat where the vests were put together. Thirty-one students from the halls where the bombers once lodged were questioned on Monday and released.

PRESENTER (Ailsa Grant): With me is the Students' Association president, Nadia Farouk. Nadia, how is the campus?

NADIA FAROUK: Quiet. Numb. On Sunday more than 5,000 of us walked in silence from the Law down to City Square, behind one banner, "Dundee stands together". Nobody pushed, nobody shouted. That helped.

PRESENTER: What support is there?

NADIA FAROUK: Fourteen counsellors are on call until 10 p.m., the library stays open 24 hours, and coursework deadlines move by ten days. The hardship fund pays up to £250. Text 81066 if you need to talk.

PRESENTER: Thank you, Nadia. After the break, the weather, then a minute's silence at 18:30. This is 87.7.
"""))
GOLD += [
E(3, ["the twin suicide bombing in the city centre on Saturday", "the attack"],
  "SUI", "2026-02-21", "day", "Dundee", "GB", 12, 38, "exact", "Islamic State", "Islamic State", False,
  "Radio transcript of Wednesday 25 February; 'on Saturday' -> 21 February. A student of 19 died this afternoon of his wounds (a wounded who dies later): 'twelve people were killed, the two bombers included, and 38 wounded' -> killed 12 (bombers inside), injured 38, exact. 'Islamic State claimed the attack on Monday through its Amaq news agency', judged 'credible' by counter-terrorism officers -> claimant and perpetrator 'Islamic State'; the claim's own 'more than fifty crusaders' is never used. Al-Qaeda in the Arabian Peninsula's denial is not a claim; 'may have been' radicalised by recruiters in Syria is speculation about radicalisation and sets nothing. '87.7 FM', '18:00', '19', '10 p.m.', '24 hours', 'ten days', '£250', '81066', '18:30' are not casualties."),
E(3, ["The two men arrested in Arbroath on Saturday night"],
  "ARR", "2026-02-21", "day", "Arbroath", "GB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-002: 'on Saturday night' vs Wednesday 25 February -> 21 February. Told through its judicial follow-up ('appeared at Dundee Sheriff Court on Monday, charged under the Terrorism Act, and were remanded in custody') -> one Arrests event at the arrest's place and day, not at the court. No force named in this sentence; Police Scotland -> 'police'."),
E(3, ["A third man was arrested at Aberdeen airport yesterday morning"],
  "ARR", "2026-02-24", "day", "Aberdeen", "GB", None, None, None, "police", None, False,
  "'yesterday morning' vs Wednesday 25 February -> Tuesday 24 February. The cluster's suspected facilitator (he 'bought 30 litres of hydrogen peroxide and rented the flat where the vests were put together'); the airport -> its city, Aberdeen. 'Police say' -> 'police'. 'flight KL1474' and '30 litres' are not casualties. The 'Thirty-one students' who were 'questioned on Monday and released' are not arrested."),
E(3, ["more than 5,000 of us walked in silence from the Law down to City Square"],
  "PP", "2026-02-22", "day", "Dundee", "GB", None, None, None, None, None, False,
  "'On Sunday' vs Wednesday 25 February -> 22 February. A silent march behind a banner with a message ('Dundee stands together'), 'Nobody pushed, nobody shouted' -> Peaceful protest, perpetrator null. 'more than 5,000' counts marchers, not casualties. The Law is a hill in Dundee -> Dundee."),
]

# -------------------------------------------------------------- holdout70-004
ARTICLES.append(A(4, "fr", "article", "2026-02-26T11:00:00Z",
"Retour de Dundee : informations aux tireurs et aux familles",
"""
CERCLE D'ESCRIME DE BOURGES - Courriel aux tireurs et à leurs parents, le jeudi 26 février 2026.

Chers tireurs, chers parents,

Nos neuf jeunes épéistes et leurs deux maîtres d'armes sont rentrés mardi soir de Dundee, en Écosse, où ils disputaient l'Open de Tayside quand deux kamikazes se sont fait exploser samedi à l'heure du déjeuner, à six minutes d'intervalle, sur City Square et devant la gare. Aucun des nôtres n'a été blessé : la salle de compétition se trouve à 3 km du centre, et la poule des moins de 17 ans venait de commencer.

Le bilan donné hier par la police écossaise est lourd : dix morts, sans compter les deux kamikazes, et 38 blessés. Parmi les morts figure un arbitre écossais que beaucoup d'entre vous connaissaient, Iain Baxter, 61 ans, venu arbitrer chez nous en 2024.

L'attentat a été revendiqué lundi par l'État islamique, et les enquêteurs jugent cette revendication crédible. Deux hommes arrêtés samedi soir à Arbroath ont été inculpés. Hier, une femme a été interpellée à Kirkcaldy, de l'autre côté de l'estuaire.

Quelques informations pratiques :
- une psychologue de la ligue recevra les tireurs qui le souhaitent samedi 28 février, de 10 h à 12 h, salle 2 du gymnase ;
- les entraînements des moins de 15 ans reprennent lundi 2 mars à 17 h 30 ;
- le surcoût du retour anticipé (vol via Amsterdam, 145 euros par personne) est pris en charge par le club ;
- les médailles rapportées d'Écosse (une d'argent, deux de bronze) seront remises lors de l'assemblée du 14 mars.

Un livre de condoléances pour Iain Baxter est ouvert à l'accueil jusqu'au 6 mars. Pour toute question : Sophie Marchal, présidente, 06 12 48 33 90.

Amitiés sportives,

Le bureau du Cercle
"""))
GOLD += [
E(4, ["deux kamikazes se sont fait exploser samedi à l'heure du déjeuner", "L'attentat a été revendiqué"],
  "SUI", "2026-02-21", "day", "Dundee", "GB", 12, 38, "exact", "Islamic State", "Islamic State", False,
  "Fencing club email of Thursday 26 February (Bourges, UTC+1); 'samedi' vs Thursday -> 21 February. Two sites of one town (City Square and the station, six minutes apart) -> ONE event in Dundee. 'dix morts, sans compter les deux kamikazes, et 38 blessés' -> killed 10 + 2 bombers = 12 (number word; the bombers are added: 'sans compter'), injured 38, exact; the referee Iain Baxter, 61, is inside the dead. 'revendiqué lundi par l'État islamique', judged 'crédible' by the investigators -> claimant and perpetrator 'Islamic State'. 'neuf jeunes épéistes', 'deux maîtres d'armes', '3 km', 'moins de 17 ans', '61 ans', '2024', '28 février', '10 h à 12 h', 'salle 2', 'moins de 15 ans', '2 mars', '17 h 30', '145 euros', 'une d'argent, deux de bronze', '14 mars', '6 mars', '06 12 48 33 90' are not casualties; 'Aucun des nôtres n'a été blessé' is about the club, not the toll."),
E(4, ["Deux hommes arrêtés samedi soir à Arbroath"],
  "ARR", "2026-02-21", "day", "Arbroath", "GB", None, None, None, "police", None, False,
  "Participle restating the Arbroath arrest: 'samedi soir' vs Thursday 26 February -> 21 February. 'ont été inculpés' is its judicial follow-up, not a new event. No force named; the Scottish police of the cluster -> 'police'."),
E(4, ["une femme a été interpellée à Kirkcaldy"],
  "ARR", "2026-02-25", "day", "Kirkcaldy", "GB", None, None, None, "police", None, False,
  "'Hier' vs Thursday 26 February -> Wednesday 25 February. Kirkcaldy (Fife, 'de l'autre côté de l'estuaire'). No force named -> 'police' (the cluster's Police Scotland)."),
]

# -------------------------------------------------------------- holdout70-005
ARTICLES.append(A(5, "en", "article", "2026-02-28T07:30:00Z",
"The Tay Weekend: your Saturday morning briefing",
"""
THE TAY WEEKEND - Saturday morning news digest from the Tayside Evening Post, 28 February 2026. Sent to subscribers at 07:30.

Good morning. One week on from the bombing, here is what you need to know this weekend.

1. ONE WEEK ON. A minute's silence will be held across Tayside at 12:10 today, the time of the first explosion on City Square. Twelve people died in the twin suicide bombing, including the two bombers, and 38 were injured; eleven remain in Ninewells, two of them in intensive care. The attack was claimed by Islamic State.

2. THE INVESTIGATION. The woman arrested in Kirkcaldy on Wednesday was released without charge last night. The man detained at Aberdeen airport on Tuesday was charged on Thursday with preparing acts of terrorism and will appear again on 6 March. Police want dashcam footage filmed on Union Street between 11:30 and 12:30 last Saturday.

3. LAST SUNDAY'S WALK. Organisers now put at more than 5,000 the number of people who walked in silence from the Law to City Square last Sunday. A second walk is planned for 7 March.

4. FROM THE ARCHIVE. Our reporter recalls the night in 2014 when police defused a homemade device left in a holdall outside a Montrose dance hall. Nobody was hurt; the case is still open.

5. SPORT. Today's home match at Tannadice has been moved to Tuesday at 19:45; season-ticket holders keep their seats.

6. TRAVEL. The Tay Road Bridge reopened on Wednesday. Bin collections in the city centre resume on Monday.

7. WEATHER. Dry and cold, 6°C at noon, wind from the north-west at 25 mph; frost tonight, down to minus 3°C.

8. GIVING. The Lord Provost's fund has raised £412,000 from 9,800 donors. Beware of fake appeals: the fund never asks for payment by text message.

Read every story at our website. You receive this digest because you subscribed to the Tayside Evening Post newsletters.
"""))
GOLD += [
E(5, ["the bombing", "the first explosion on City Square", "the twin suicide bombing", "The attack was claimed"],
  "SUI", "2026-02-21", "day", "Dundee", "GB", 12, 38, "exact", "Islamic State", "Islamic State", False,
  "Digest of Saturday 28 February; 'One week on' and 'last Saturday' -> 21 February. 'Twelve people died in the twin suicide bombing, including the two bombers, and 38 were injured' -> killed 12 (bombers inside), injured 38, exact; 'eleven remain in Ninewells, two of them in intensive care' are subsets of the injured. 'The attack was claimed by Islamic State', undisputed -> claimant and perpetrator 'Islamic State'. '07:30', '12:10' (the minute's silence at the hour of the first explosion, not coded), '6 March', '11:30 and 12:30', '7 March' (a walk planned, future, not coded), '19:45', '6°C', '25 mph', 'minus 3°C', '£412,000', '9,800 donors' are not casualties."),
E(5, ["The woman arrested in Kirkcaldy on Wednesday"],
  "ARR", "2026-02-25", "day", "Kirkcaldy", "GB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-004: 'on Wednesday' vs Saturday 28 February -> 25 February. 'released without charge last night' does not undo the arrest and is not an event. No force named -> 'police'."),
E(5, ["The man detained at Aberdeen airport on Tuesday"],
  "ARR", "2026-02-24", "day", "Aberdeen", "GB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-003: 'on Tuesday' vs Saturday 28 February -> 24 February; the airport -> Aberdeen. 'charged on Thursday with preparing acts of terrorism' is its judicial follow-up, not a new arrest. No force named -> 'police'."),
E(5, ["walked in silence from the Law to City Square last Sunday"],
  "PP", "2026-02-22", "day", "Dundee", "GB", None, None, None, None, None, False,
  "'last Sunday' vs Saturday 28 February -> 22 February: the silent walk of holdout70-003 (whose banner gives its message), no incident -> Peaceful protest, perpetrator null. 'more than 5,000' counts marchers. The second walk 'planned for 7 March' is future and not coded."),
E(5, ["police defused a homemade device left in a holdall outside a Montrose dance hall"],
  "DWU", "2014-01-01", "year", "Montrose", "GB", 0, 0, "exact", "police", None, True,
  "'the night in 2014' -> year, background. A homemade device defused on its own -> Disrupted weapons use by 'police'. 'Nobody was hurt' explicitly says nobody was killed or hurt -> killed 0, injured 0, exact (dev: 0 only when the text says so)."),
]
