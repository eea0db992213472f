"""Authoring source of benchmarks/events_holdout64 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Takaba, Kenya cluster (holdout64-001 to 005, and 021 six weeks
later; English and French), two suicide bombers on Tuesday 3 February 2026
at two sites of one town in Mandera County (the livestock market and the bus
stage on the Mandera road, about 500 m and six minutes apart): an English
wire with a first report (001), an early-morning news digest email (002), a
French agency dispatch on the claim and arrests ("dépêche", fr 003), a
county netball league's email to its clubs (004), a driving school's email
to its learners (005) and a model railway society's bulletin six weeks
later (021). Kenya and Ethiopia are UTC+3: every publication time here is
between 03:30 and 14:00 UTC, so every local date is the UTC date. Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout64")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout64-001
ARTICLES.append(A(1, "en", "article", "2026-02-03T14:00:00Z",
"Twin suicide bombing kills at least 11 in Kenya's Takaba",
"""
TAKABA, Kenya (Savanna Wire) - Two suicide bombers blew themselves up six minutes apart in the northeastern Kenyan town of Takaba on Tuesday, killing at least nine people besides themselves and wounding dozens, police and local officials said.

The first bomber, wearing a vest hidden under a long coat, detonated his charge at about 10:20 a.m. in the livestock market, where herders from as far as the Ethiopian border bring camels and goats every Tuesday. The second blew himself up at 10:26 at the bus stage on the Mandera road, some 500 metres away, among people fleeing the market.

"A camel fetches 80,000 shillings here, so men come with their whole savings in their pockets," said Abdi Nur Hassan, 46, a trader who lost two cousins. "This morning they came, and they will not go home."

No group had claimed the attack by late afternoon. A senior police officer said the blasts "bore the hallmarks" of al-Shabaab and that the bombers "may have crossed" from Somalia, about 80 km to the east, in recent days.

The wounded were taken to the sub-county hospital, which has 32 beds, and the most serious cases were driven to the county referral hospital, 150 km away. Kenya Red Cross volunteers set up a tent for relatives and an information line, 0709 144 210.

Northeastern Kenya has suffered repeated raids by Somali militants. In 2019, a roadside bomb near Tarbaj in neighbouring Wajir County tore through a police vehicle, killing three reservists.

About 300 additional officers were being flown in from the capital, some 1,000 km to the south, and a dusk-to-dawn curfew was imposed on the town. Schools in Takaba, where 4,200 pupils are enrolled, will stay closed until Monday, and the livestock market, the largest in Mandera West, was shut for at least a week.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart", "detonated his charge", "The second blew himself up", "the attack", "the blasts"],
  "SUI", "2026-02-03", "day", "Takaba", "KE", 11, 12, "at_least", None, None, False,
  "Wire of Tuesday 3 February 2026 (17:00 in Takaba); 'on Tuesday' = the publication day. Two sites of one town (the livestock market and the bus stage, 'some 500 metres away', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people besides themselves and wounding dozens' -> killed 9 + 2 bombers = 11 (the bombers are added), at_least; injured 'dozens' -> 12 (dev table); the qualifier describes the killed figure. No claim; 'bore the hallmarks' of al-Shabaab and 'may have crossed' are speculation -> perpetrator null. '10:20 a.m.', '10:26', '500 metres', '80,000 shillings', '46', 'two cousins' (the killed are inside the toll, not a separate figure), '80 km', '32 beds', '150 km', '0709 144 210', '300 additional officers', '1,000 km', '4,200 pupils', 'a week' are not casualties."),
E(1, ["a roadside bomb near Tarbaj"],
  "IED", "2019-01-01", "year", "Tarbaj", "KE", 3, None, "exact", None, None, True,
  "'In 2019' -> year, background. A roadside bomb -> Remote explosive/landmine/IED; no author named ('Somali militants' is a generic reference to the region's raids) -> null. 'killing three reservists' -> killed 3 (number word), exact; injured null."),
]

# -------------------------------------------------------------- holdout64-002
ARTICLES.append(A(2, "en", "article", "2026-02-04T03:30:00Z",
"Morning Brief: Takaba toll rises to 14; two held at Griftu roadblock",
"""
THE MORNING BRIEF - Wednesday 4 February 2026. Your 6.30 a.m. email from the Northern Courier newsroom. Five things to know before breakfast.

1. TAKABA. The toll from yesterday's twin suicide bombing in Takaba rose overnight. Our evening edition gave at least eleven dead; the Mandera County commissioner now says 14 people were killed, including the two bombers, and 38 were wounded, nine of them flown to Nairobi on two chartered planes. A 12-year-old boy who had been herding goats for his uncle died at 1 a.m. at the county referral hospital. The commissioner asked residents not to share pictures of the dead on WhatsApp.

2. ARRESTS. Police arrested two men at a roadblock in Griftu, Wajir County, late on Tuesday, after a search of their pickup turned up two detonators and 30,000 shillings in new notes. The bombers' landlord in Takaba was questioned for seven hours and allowed to go home. No group has claimed the bombing; police said they were "keeping all lines open".

3. SHILLING. The shilling closed at 129.40 to the dollar. Fuel prices rise by 3.20 shillings a litre from Saturday, the energy regulator said.

4. WEATHER. Dry and hot across the north-east, 36°C in Mandera and 34°C in Wajir. Light showers in Nairobi after 4 p.m.; 12 mm of rain expected in Kisii.

5. FOOTBALL. Mandera Stars beat Wajir United 2-1 in front of 3,500 fans; their next match is on 14 February at home.

Coming up on our app: a map of the two blast sites, and a list of the 22 flights cancelled at the capital's main airport yesterday because of a fuel-supply dispute, among them flight NC 221 to Wajir.

Want the full stories? Open the app, or read them at 7 a.m. on our website. Reply STOP to unsubscribe from this email. Newsroom tip line: 0722 600 418. Kenya Red Cross, for news of relatives in Takaba: 0709 144 210.
"""))
GOLD += [
E(2, ["yesterday's twin suicide bombing in Takaba", "the bombing"],
  "SUI", "2026-02-03", "day", "Takaba", "KE", 14, 38, "exact", None, None, False,
  "Digest email of Wednesday 4 February (06:30 in Kenya); 'yesterday's' -> 3 February. The toll is revised inside: 'at least eleven dead' (the evening edition, superseded) -> '14 people were killed, including the two bombers, and 38 were wounded' -> killed 14 (bombers inside), injured 38, exact; the boy of 12 who died at 1 a.m. is inside the 14; 'nine of them flown to Nairobi' is a subset of the injured. No claim ('No group has claimed the bombing') -> perpetrator null. 'a map of the two blast sites' describes the same bombing (not a trigger). '6.30 a.m.', '12-year-old', '1 a.m.', 'two chartered planes', '129.40', '3.20 shillings', '36°C', '34°C', '4 p.m.', '12 mm', '2-1', '3,500 fans', '14 February', '22 flights', 'flight NC 221', '7 a.m.', the phone numbers are not casualties."),
E(2, ["Police arrested two men at a roadblock in Griftu"],
  "ARR", "2026-02-03", "day", "Griftu", "KE", None, None, None, "police", None, False,
  "'late on Tuesday' vs Wednesday 4 February -> 3 February, the evening of the bombing (dev: 'late on Thursday' = Thursday). The detonators and notes found in the pickup belong to the arrest. 'Police' -> 'police'. The landlord 'questioned for seven hours and allowed to go home' is not arrested. '30,000 shillings' is not a casualty."),
]

# -------------------------------------------------------------- holdout64-003
ARTICLES.append(A(3, "fr", "article", "2026-02-05T11:00:00Z",
"Kenya : les shebab revendiquent le double attentat-suicide de Takaba",
"""
NAIROBI (Agence Afrique de l'Est Presse) - Les islamistes somaliens shebab ont revendiqué mercredi soir le double attentat-suicide qui a frappé mardi matin la ville kényane de Takaba, près des frontières somalienne et éthiopienne, et dont le bilan s'est encore alourdi.

Dans un message diffusé par une radio proche du groupe, lié à Al-Qaïda, les shebab affirment avoir tué « plus de 70 apostats » au marché au bétail et à la gare routière. La police kényane juge la revendication « crédible », tout en s'en tenant au bilan officiel : quinze morts, dont les deux kamikazes, et 38 blessés, une femme de 61 ans ayant succombé mercredi à l'hôpital du comté.

L'État islamique en Somalie, dont des partisans avaient salué l'attaque sur les réseaux sociaux, a démenti toute implication dans un bref communiqué. Selon un responsable du ministère de l'Intérieur, les deux kamikazes, âgés d'une vingtaine d'années, « pourraient avoir été formés » dans la vallée du Jubba, en Somalie.

Les deux hommes interpellés mardi soir à un barrage routier de Griftu, dans le comté voisin de Wajir, ont été présentés mercredi à un tribunal de Mandera, qui a autorisé la police à les garder 30 jours. Jeudi matin, un instituteur de l'école primaire de Takaba a été arrêté à son domicile ; la police dit avoir trouvé chez lui un téléphone qui avait appelé l'un des kamikazes. Une trentaine de commerçants du marché ont été entendus comme témoins, puis laissés libres.

Le nord-est du Kenya est régulièrement visé par les shebab. En 2017, une grenade lancée dans un hôtel de Khorof Harar, dans le comté de Wajir, avait blessé quatre clients.

Le gouvernement a promis 100 000 shillings à chaque famille endeuillée. Le marché au bétail, où se vendent chaque mardi quelque 3 000 têtes de bétail, restera fermé au moins deux semaines, et les 18 écoles de la sous-préfecture ne rouvriront pas avant lundi.
"""))
GOLD += [
E(3, ["le double attentat-suicide qui a frappé mardi matin la ville kényane de Takaba", "l'attaque"],
  "SUI", "2026-02-03", "day", "Takaba", "KE", 15, 38, "exact", "al-Shabaab", "al-Shabaab", False,
  "Dispatch of Thursday 5 February; 'mardi matin' -> 3 February. 'quinze morts, dont les deux kamikazes, et 38 blessés' -> killed 15 (bombers inside; the woman of 61 who died on Wednesday is inside), injured 38, exact. Claimed 'mercredi soir' by 'Les islamistes somaliens shebab' -> 'al-Shabaab' (canonical), judged 'crédible' by the Kenyan police -> claimant and perpetrator; the claim's 'plus de 70 apostats' is never used. Islamic State in Somalia denies (not a claim); « pourraient avoir été formés » is speculation. '61 ans', 'une vingtaine d'années' (ages), '30 jours', '100 000 shillings', '3 000 têtes de bétail', 'deux semaines', '18 écoles' are not casualties."),
E(3, ["Les deux hommes interpellés mardi soir à un barrage routier de Griftu"],
  "ARR", "2026-02-03", "day", "Griftu", "KE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout64-002: 'mardi soir' vs Thursday 5 February -> 3 February. Told through its judicial follow-up ('présentés mercredi à un tribunal de Mandera, qui a autorisé la police à les garder 30 jours') -> one Arrests event at the arrest's place and day. No force named; the cluster's police -> 'police'."),
E(3, ["un instituteur de l'école primaire de Takaba a été arrêté"],
  "ARR", "2026-02-05", "day", "Takaba", "KE", None, None, None, "police", None, False,
  "'Jeudi matin' = the publication day, Thursday 5 February. A teacher arrested at home in Takaba by 'la police' -> 'police'; the phone found belongs to the arrest. 'Une trentaine de commerçants ... entendus comme témoins, puis laissés libres' are heard, not arrested."),
E(3, ["une grenade lancée dans un hôtel de Khorof Harar"],
  "GRN", "2017-01-01", "year", "Khorof Harar", "KE", None, 4, "exact", None, None, True,
  "'En 2017' -> year, background. A thrown grenade -> Grenade; no author named ('régulièrement visé par les shebab' is a generic reference) -> null. 'avait blessé quatre clients' -> injured 4 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout64-004
ARTICLES.append(A(4, "en", "article", "2026-02-07T09:00:00Z",
"Mandera County Netball League: fixtures suspended, Halima remembered",
"""
MANDERA COUNTY NETBALL LEAGUE - email to club secretaries, captains and coaches. Sent Saturday 7 February 2026, 12:00.

Dear all,

It is with a heavy heart that I write. Halima Abdirahman, 19, goal shooter of Takaba Queens and our top scorer last season with 212 goals, died on Friday evening at the county referral hospital. She was hit by shrapnel at the bus stage on Tuesday morning, when the second of the two suicide bombers struck, and had been in intensive care since. With her death, Tuesday's twin bombing in Takaba has killed sixteen people, the two bombers among them, and wounded 38. The attack was claimed by al-Shabaab.

Many of you marched with Takaba Queens on Friday morning, when some 2,000 women walked peacefully from the livestock market to the sub-county offices to ask for more police patrols and street lights. Thank you. The Queens wore their green bibs, with black ribbons.

I must also share some better news. Coach Fatuma's brother, the teacher arrested in Takaba on Thursday, was released without charge this morning after police checked his phone records. He asks that the rumours about him stop.

Decisions of the league committee (meeting of Friday, 5 members present):
- All fixtures of rounds 6 and 7 are suspended; round 6 will now be played on 21 February.
- The Takaba court stays closed until the county confirms security; Takaba Queens will play home games at the Mandera Showground.
- Registration fees of 2,500 shillings per player are waived for Takaba Queens for 2026.
- A minute of silence will be held before every match in February.
- Halima's number 7 bib is retired.

Our 33-seat bus for the 14 players and 3 officials travelling to the funeral leaves Mandera at 6 a.m. on Sunday. Contributions to Halima's family can be sent by M-Pesa to paybill 400 200, account HALIMA.

Stay safe,
Rukia Mohamed, League Secretary, 0733 218 905
"""))
GOLD += [
E(4, ["the second of the two suicide bombers struck", "Tuesday's twin bombing in Takaba", "The attack was claimed"],
  "SUI", "2026-02-03", "day", "Takaba", "KE", 16, 38, "exact", "al-Shabaab", "al-Shabaab", False,
  "League email of Saturday 7 February; 'on Tuesday morning' -> 3 February. A wounded player who 'died on Friday evening' raises the toll: 'has killed sixteen people, the two bombers among them, and wounded 38' -> killed 16 (number word; bombers inside, 'among them' = including), injured 38 (not reduced by the later death), exact. 'The attack was claimed by al-Shabaab', undisputed -> claimant and perpetrator. '19', '212 goals', 'rounds 6 and 7', '21 February', '5 members', '2,500 shillings', 'number 7', '33-seat', '14 players and 3 officials', '6 a.m.', 'paybill 400 200', '0733 218 905' are not casualties."),
E(4, ["Many of you marched with Takaba Queens", "some 2,000 women walked peacefully from the livestock market to the sub-county offices"],
  "PP", "2026-02-06", "day", "Takaba", "KE", None, None, None, None, None, False,
  "'on Friday morning' vs Saturday 7 February -> 6 February. A march with a demand ('to ask for more police patrols and street lights') that went 'peacefully' -> Peaceful protest, perpetrator null. 'some 2,000 women' counts marchers, not casualties."),
E(4, ["the teacher arrested in Takaba on Thursday"],
  "ARR", "2026-02-05", "day", "Takaba", "KE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout64-003: 'on Thursday' vs Saturday 7 February -> 5 February. 'was released without charge this morning' does not undo the arrest and is not an event. No force named; 'police checked his phone records' -> 'police'."),
]

# -------------------------------------------------------------- holdout64-005
ARTICLES.append(A(5, "en", "article", "2026-02-09T06:00:00Z",
"Northern Star Driving School: lessons resume, Takaba route changed",
"""
NORTHERN STAR DRIVING SCHOOL, Mandera - Email to all learners. Monday 9 February 2026.

Dear learner,

Lessons resume today, after a week in which our town and our neighbours in Takaba have mourned. As you know, the twin suicide bombing at Takaba's livestock market and bus stage last Tuesday killed 16 people, the two bombers included, and wounded 38. Two of our former learners were among the wounded; both are now home. The bombing has been claimed by al-Shabaab, and police have said they have no reason to doubt the claim.

What changes for you:
- Route B (Mandera-Takaba-Mandera, 152 km) is replaced by Route C (a town loop of 96 km) until further notice. Expect police checkpoints: keep your provisional licence and learner card with you, and switch off the engine when asked.
- Night-driving lessons (Category B, 2 hours) are suspended while the curfew runs from 8 p.m. to 5 a.m.
- Theory tests are moved from 12 to 19 February, at 9 a.m. in room 4 of the county offices.

Several of you asked about our instructor Mr. Osman, who drove route B every day. He was stopped at the Takaba checkpoint on Wednesday and questioned for four hours as a witness, then allowed to go. He was not arrested and will teach as usual.

You may also have read that Ethiopian police on Friday arrested a lorry driver in Dolo Ado, across the border, on suspicion of carrying the bombers and their explosives from Somalia hidden in a load of sugar. He is being held there pending a request to hand him over to Kenya. The two men arrested at a roadblock in Griftu on the evening of the bombing were brought before a Mandera court on Wednesday, which allowed police to hold them for 30 days.

Fees: the 10-lesson package stays at 18,500 shillings; learners who missed lessons last week will get them free. Pay by M-Pesa only, till number 556 310.

Drive carefully,
Ibrahim Sheikh, chief instructor. Office: 0711 902 346 (8 a.m. to 5 p.m.).
"""))
GOLD += [
E(5, ["the twin suicide bombing at Takaba's livestock market and bus stage", "The bombing has been claimed"],
  "SUI", "2026-02-03", "day", "Takaba", "KE", 16, 38, "exact", "al-Shabaab", "al-Shabaab", False,
  "Email of Monday 9 February; 'last Tuesday' -> the most recent Tuesday, 3 February. 'killed 16 people, the two bombers included, and wounded 38' -> killed 16 (bombers inside), injured 38, exact; 'Two of our former learners' are a subset of the injured. 'claimed by al-Shabaab', and the police 'have no reason to doubt the claim' -> claimant and perpetrator. 'on the evening of the bombing' (in the Griftu arrest) refers to it but is left to that arrest's trigger. '152 km', '96 km', 'Category B', '2 hours', '8 p.m. to 5 a.m.', '12 to 19 February', '9 a.m.', 'room 4', 'four hours', '30 days', '10-lesson', '18,500 shillings', '556 310', the phone number are not casualties."),
E(5, ["Ethiopian police on Friday arrested a lorry driver in Dolo Ado"],
  "ARR", "2026-02-06", "day", "Dolo Ado", "ET", None, None, None, "police", None, False,
  "'on Friday' vs Monday 9 February -> 6 February. The cluster's suspected facilitator (the lorry driver who carried the bombers and explosives), arrested in Ethiopia -> ET; the Ethiopian police -> 'police'. 'held there pending a request to hand him over' is a follow-up, not an event. Mr. Osman, 'questioned for four hours as a witness' and 'not arrested', is no event."),
E(5, ["The two men arrested at a roadblock in Griftu on the evening of the bombing"],
  "ARR", "2026-02-03", "day", "Griftu", "KE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout64-002: 'on the evening of the bombing' -> 3 February. The court hearing of Wednesday that 'allowed police to hold them for 30 days' is the arrest's judicial follow-up, not a new arrest. -> 'police'."),
]

# -------------------------------------------------------------- holdout64-021
ARTICLES.append(A(21, "en", "article", "2026-03-16T07:00:00Z",
"Thika Model Railway Society Bulletin No. 41: clubroom reopens",
"""
THIKA AND DISTRICT MODEL RAILWAY SOCIETY - Bulletin No. 41, Monday 16 March 2026. Edited by Peter Kamau, honorary secretary.

CLUBROOM. Our clubroom in the old goods shed behind Thika station reopens this Wednesday at 5.30 p.m. It was sealed for a week after the arrest, on Monday 2 March, of a man who rented the store next to ours. Detectives of the Anti-Terrorism Police Unit say he sent money to the two suicide bombers who struck Takaba, in Mandera County, on 3 February. That bombing, claimed by al-Shabaab, killed 16 people, the bombers included, and wounded 38. The man has since been charged in a Nairobi court and remanded for 60 days; he faces up to 20 years in prison if convicted. Our chairman and the caretaker were asked about his comings and goings and gave statements at Thika police station; nobody from the society was detained.

The detectives took away our visitors' book, which will be returned. They left behind, thankfully, the East African Railways Garratt, which was on the workbench with its boiler off.

LAYOUT. The "Uganda Railway 1926" layout (00 gauge, 16.5 mm track, scale 1:76) now measures 4.2 metres by 1.8 metres. Joseph has wired the fiddle yard with 12 points; Grace has finished the mail train of 9 coaches.

EXHIBITION. The Thika Model Railway Show is postponed from 28 March to 25 April, at the Chania Hall, 10 a.m. to 4 p.m. Entry 300 shillings, children under 12 free. We need 6 volunteers per shift.

SUBSCRIPTIONS. Annual subscriptions of 2,000 shillings (juniors 500) were due on 1 January; 23 of our 41 members have paid.

TRACK TALK. Next talk: "Signals of the Magadi line" by our oldest member, Samuel Njoroge, 84, on Wednesday 8 April at 6 p.m. Tea and mandazi from 5.30.

FOR SALE. A Hornby 0-6-0 tank engine, boxed, 4,500 shillings; 30 lengths of flexible track, 150 shillings each. Ask Joseph.

Contact: 0720 431 876.
"""))
GOLD += [
E(21, ["the arrest, on Monday 2 March, of a man who rented the store next to ours"],
  "ARR", "2026-03-02", "day", "Thika", "KE", None, None, None, "police", None, False,
  "Bulletin of Monday 16 March; 'on Monday 2 March' -> 2 March, 14 days before -> current. A man suspected of financing the Takaba bombers, arrested in Thika (the arrest sealed the club's neighbouring store) by the Anti-Terrorism Police Unit -> 'police'. 'charged in a Nairobi court and remanded for 60 days' is the follow-up, not an event; 'up to 20 years in prison' is a possible sentence. The chairman and the caretaker 'gave statements', 'nobody ... was detained' -> no event."),
E(21, ["the two suicide bombers who struck Takaba", "That bombing, claimed by al-Shabaab"],
  "SUI", "2026-02-03", "day", "Takaba", "KE", 16, 38, "exact", "al-Shabaab", "al-Shabaab", True,
  "'on 3 February' -> 3 February 2026, 41 days before Monday 16 March -> background. 'killed 16 people, the bombers included, and wounded 38' -> killed 16 (bombers inside), injured 38, exact. 'claimed by al-Shabaab' -> claimant and perpetrator. 'No. 41', '5.30 p.m.', 'a week', '60 days', '1926', '00 gauge', '16.5 mm', '1:76', '4.2 metres', '1.8 metres', '12 points', '9 coaches', '28 March', '25 April', '10 a.m. to 4 p.m.', '300 shillings', 'under 12', '6 volunteers', '2,000 shillings', '500', '1 January', '23 of our 41 members', '84', '8 April', '6 p.m.', '0-6-0', '4,500 shillings', '30 lengths', '150 shillings', the phone number are not casualties."),
]
