"""Authoring source of benchmarks/events_holdout54 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nuku'alofa, Tonga cluster (holdout54-006 to 010; English and
French), two suicide bombers on Thursday 16 April 2026 at two sites of one
town (Talamahu Market, 11:20, and the Vuna Wharf ferry terminal, 11:27,
about 600 m and seven minutes apart): an English wire with a first report
(006), a plumbing firm's appointment notice (007), the transcript of a radio
phone-in where a listener's question on the claim is answered (008), a
marina's notice to berth-holders (009) and the French bulletin of a Nouméa
chess club whose players were at a tournament in Nuku'alofa ("bulletin du
club d'échecs", fr 010). Tonga is UTC+13 and New Caledonia UTC+11: every
publication time here is between 02:00 and 08:00 UTC, i.e. between 13:00
and 21:00 local time, so every local date is the UTC date. The gold spells
the capital "Nuku'alofa" and the village "Mu'a" with a plain apostrophe
(009 writes the okina, "Nukuʻalofa", in its header only). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout54")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout54-006
ARTICLES.append(A(6, "en", "article", "2026-04-16T05:00:00Z",
"Suicide bombers strike Tonga's capital, killing at least eight",
"""
NUKU'ALOFA, Tonga (Pacific Wire) - Two suicide bombers struck Tonga's capital within seven minutes of each other on Thursday, killing themselves and at least six other people and wounding a score of others in the worst violence the Pacific kingdom has known, police said.

The first bomber set off his device at 11:20 a.m. among shoppers at Talamahu Market, the capital's main produce market. The second blew himself up at 11:27 at the Vuna Wharf ferry terminal, about 600 metres to the north, where passengers were boarding the weekly ferry to the Ha'apai islands.

"The roof came down on the kava sellers," said Mele Tupou, 46, a vegetable trader. "I counted the stalls afterwards. Ours was number 112."

Police Commissioner Semisi Taufa said it was too early to name those responsible. A senior government official said the men "could have arrived on a foreign yacht" but gave no details.

Tonga has seen little political violence. In 2022 a homemade bomb exploded outside a government office in Pangai, in Ha'apai, and another went off the same night outside the police station in Ohonua, on 'Eua island, some 150 km away; no one was hurt in either blast and nobody was ever charged.

The government declared a state of emergency for 30 days and a curfew from 10 p.m. to 5 a.m. on Tongatapu. Fua'amotu International Airport, 21 km south of the capital, stayed open, but two flights to New Zealand were delayed by four hours. Vaiola Hospital, which has 199 beds, asked people with blood group O to donate, and all 52 schools on Tongatapu will stay closed on Friday. About 420 police officers and soldiers were deployed in the capital, home to some 27,000 people.
"""))
GOLD += [
E(6, ["Two suicide bombers struck Tonga's capital", "The first bomber set off his device", "The second blew himself up"],
  "SUI", "2026-04-16", "day", "Nuku'alofa", "TO", 8, 20, "at_least", None, None, False,
  "Wire of Thursday 16 April 2026 (18:00 in Tonga); 'on Thursday' = the publication day. Two sites of one town (Talamahu Market and the Vuna Wharf ferry terminal, 'about 600 metres', 11:20 and 11:27) -> ONE Suicide bomb event coded to the capital, Nuku'alofa (named in the dateline; 'Tonga's capital'). First report: 'killing themselves and at least six other people and wounding a score of others' -> killed 6 + 2 bombers = 8, at_least; injured 'a score' = 20 (dev table); the qualifier describes the killed figure. 'too early to name those responsible' and 'could have arrived on a foreign yacht' -> perpetrator null. '11:20', '11:27', '600 metres', '46', 'number 112', '150 km', '30 days', '10 p.m. to 5 a.m.', '21 km', 'two flights', 'four hours', '199 beds', 'O', '52 schools', '420 police officers and soldiers', '27,000' are not casualties."),
E(6, ["a homemade bomb exploded outside a government office in Pangai"],
  "IED", "2022-01-01", "year", "Pangai", "TO", 0, 0, "exact", None, None, True,
  "'In 2022' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; 'nobody was ever charged' -> perpetrator null. Two bombs in two towns ('some 150 km away') on the same night are TWO events (one per place). 'no one was hurt in either blast' is an explicit statement that nobody was hurt -> killed 0, injured 0, exact (dev: 0 only when the text says so)."),
E(6, ["another went off the same night outside the police station in Ohonua"],
  "IED", "2022-01-01", "year", "Ohonua", "TO", 0, 0, "exact", None, None, True,
  "'In 2022' -> year, background. The second homemade bomb, in Ohonua on 'Eua island -> its own event. 'no one was hurt in either blast' -> killed 0, injured 0, exact; perpetrator null."),
]

# -------------------------------------------------------------- holdout54-007
ARTICLES.append(A(7, "en", "article", "2026-04-17T02:00:00Z",
"Kingdom Plumbing & Hot Water: about your appointment this week",
"""
KINGDOM PLUMBING & HOT WATER LTD - Taufa'ahau Road, Nuku'alofa. APPOINTMENT NOTICE to customers booked from Friday 17 to Wednesday 22 April 2026.

Dear customer,

After Thursday's suicide bombings at Talamahu Market and the Vuna Wharf, our office has had to move many bookings. Please read this notice before you call us.

Why your visit may move. The police cordon around the market and the wharf covers Salote Road from the market to the waterfront. Our vans cannot reach the 38 customers booked inside it. These visits move to next week, and we will ring you the day before.

Our team. We are shaken. Police now say ten people were killed, not counting the two bombers, and 23 injured; the first figure was at least eight. Our apprentice Viliami, 19, was buying lunch at the market and has a broken arm. He is among the injured and is recovering at Vaiola Hospital. Our senior technician Sione was questioned by police at the Mu'a checkpoint for two hours on Thursday evening and then allowed home, because his van was parked near the house where two men were arrested in Mu'a late on Thursday. We know nothing more and ask customers not to phone us about it.

Emergency jobs. Burst pipes, sewage backflow and gas water heaters still get a same-day visit anywhere on Tongatapu outside curfew hours (10 p.m. to 5 a.m.). Call-out fee: T$85, plus T$60 per hour.

Hot water cylinders. The 180-litre and 250-litre electric cylinders ordered in March arrive on the ship due on 28 April. Installation slots start on 4 May.

Water supply. The Water Board warns that pressure may be low in Kolofo'ou until a main damaged near the wharf on Thursday is repaired.

Contact: 27 450 (office, 8 a.m. to 5 p.m.) or 77 12 345 (emergencies). Job references start with KP-26.

Malo 'aupito for your patience.
"""))
GOLD += [
E(7, ["Thursday's suicide bombings at Talamahu Market and the Vuna Wharf"],
  "SUI", "2026-04-16", "day", "Nuku'alofa", "TO", 12, 23, "exact", None, None, False,
  "Notice of Friday 17 April (15:00 in Tonga); 'Thursday's' -> 16 April. Two sites of one town -> ONE event ('bombings' in the plural). 'ten people were killed, not counting the two bombers, and 23 injured' -> killed 10 + 2 = 12 (the bombers are added), injured 23, exact; 'the first figure was at least eight' is superseded. The apprentice Viliami is among the injured (a subset). No group named -> perpetrator null. The water main 'damaged near the wharf' is damage of the bombing, no event of its own. '17 to 22 April', '38 customers', '19', 'two hours', '10 p.m. to 5 a.m.', 'T$85', 'T$60', '180-litre', '250-litre', '28 April', '4 May', '27 450', '8 a.m. to 5 p.m.', '77 12 345', 'KP-26' are not casualties."),
E(7, ["two men were arrested in Mu'a late on Thursday"],
  "ARR", "2026-04-16", "day", "Mu'a", "TO", None, None, None, "police", None, False,
  "'late on Thursday' vs Friday 17 April -> 16 April (dev: 'late on Thursday' is Thursday). No force named; the police of the cordon and checkpoint -> 'police'. The technician Sione 'questioned by police ... for two hours ... and then allowed home' is not arrested."),
]

# -------------------------------------------------------------- holdout54-008
ARTICLES.append(A(8, "en", "transcript", "2026-04-18T02:00:00Z",
"Talkback: 'Who did this, and should we believe them?'",
"""
RADIO KINGDOM FM 89.5 - TALKBACK, SATURDAY 18 APRIL 2026, 2 P.M. TRANSCRIPT (EXCERPT; TONGAN PASSAGES TRANSLATED).

HOST (Losaline Fifita): You're on Talkback. Our next caller is 'Ana from Kolonga. Go ahead, 'Ana.

'ANA: Malo. My question is about the claim. Who says they did the bombing at the market and the wharf, and should we believe them? My nephew sells kava at stall 64 and he is still in hospital.

HOST: We are praying for him. I'll put that to our reporter, Tevita Lavaka, who was at the police briefing this morning. Tevita?

REPORTER: Thanks, Losaline. On Friday evening a statement went out through Amaq, the agency Islamic State uses. It says the group's East Asia Province carried out Thursday's attack, and it boasts of "more than fifty crusaders" killed. That number is false. The Commissioner told us this morning that the claim is credible: the statement carries a photograph of the two men in front of the group's flag, taken in a rented house in Mu'a. Separately, Abu Sayyaf in the Philippines put out a message denying any part in it.

HOST: And the toll now?

REPORTER: A 16-year-old schoolboy died overnight at Vaiola, so the police count thirteen dead, including the two bombers, and 23 wounded. Two people remain in intensive care.

HOST: Where did these men come from?

REPORTER: The Minister of Police told Parliament yesterday that they "may have been" trained in Mindanao. That is not confirmed. What is confirmed is that the two men arrested in Mu'a on Thursday night were remanded in custody for 28 days. Police also questioned eleven crew members from yachts in the harbour and let them all go.

HOST: Thank you, Tevita. 'Ana, does that answer your question?

'ANA: Yes, thank you. We will all be at church tomorrow.

HOST: Lines are open on 23 895. After the news at three o'clock: what the curfew means for Sunday services.
"""))
GOLD += [
E(8, ["the bombing at the market and the wharf", "Thursday's attack"],
  "SUI", "2026-04-16", "day", "Nuku'alofa", "TO", 13, 23, "exact", "Islamic State", "Islamic State", False,
  "Radio phone-in of Saturday 18 April (2 p.m. in Tonga), kind transcript; 'Thursday's attack' -> 16 April. A wounded boy who died later: 'A 16-year-old schoolboy died overnight ... thirteen dead, including the two bombers, and 23 wounded' -> killed 13 (bombers inside), injured 23, exact; 'Two people remain in intensive care' is a subset. The claim, told first here: 'the group's East Asia Province' of Islamic State, through Amaq, judged 'credible' by the Commissioner -> 'Islamic State' (regional branch, dev), claimant and perpetrator; its 'more than fifty crusaders' is never used. Abu Sayyaf's denial is not a claim; 'may have been trained in Mindanao' is speculation. '89.5', '2 P.M.', 'stall 64', '16-year-old', '28 days', 'eleven crew members' (questioned), '23 895', 'three o'clock' are not casualties."),
E(8, ["the two men arrested in Mu'a on Thursday night"],
  "ARR", "2026-04-16", "day", "Mu'a", "TO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-007: 'on Thursday night' vs Saturday 18 April -> 16 April. 'were remanded in custody for 28 days' is its judicial follow-up, not a new arrest. No force named -> 'police'. The eleven yacht crew members 'questioned ... and let ... go' are not arrested; church 'tomorrow' is not an event."),
]

# -------------------------------------------------------------- holdout54-009
ARTICLES.append(A(9, "en", "article", "2026-04-20T03:00:00Z",
"Faua marina: notice to berth-holders No. 7/2026",
"""
FAUA HARBOUR MARINA, NUKUʻALOFA - NOTICE TO BERTH-HOLDERS No. 7/2026. Issued Monday 20 April 2026. Replaces notice No. 6/2026.

1. Security level. Following the twin suicide bombing of Thursday 16 April at Talamahu Market and the Vuna Wharf, 300 metres from our gate, which killed thirteen people, including the two bombers, and wounded 23, the Ports Authority has raised the harbour security level to 2. Gate B is closed. Berth-holders must show their 2026 pass at gate A, open from 6 a.m. to 9 p.m.

2. Arrest. Police arrested the skipper of a visiting ketch at the Neiafu mooring field in Vava'u on Sunday morning, on suspicion of bringing the bombers' explosives into Tonga. The ketch had been moored on our pontoon C, berth 14, from 2 to 9 April. Her two crew were questioned in Neiafu and released without charge. Anyone who dealt with the vessel should call the police on 922.

3. The claim. The attack was claimed on Friday by Islamic State. Police ask berth-holders not to spread rumours about other yachts on the marina group chat.

4. Movements. All departures must be reported to Port Control on VHF channel 16, then 12, at least two hours in advance. Speed limit inside the breakwater: 3 knots. Yachts arriving from outside Tonga must anchor off Pangaimotu until cleared; expect a wait of up to 48 hours.

5. Services. The fuel dock is open from 8 a.m. to noon; diesel costs T$3.95 a litre. The slipway takes boats up to 12 metres and 8 tonnes.

6. Fees. April fees are waived for the 17 of our 61 berth-holders whose boats carried wounded people to the hospital jetty on Thursday. Thank you.

7. Social. The Saturday sundowner is cancelled until further notice.

Harbour office: 23 118, VHF channel 71.
"""))
GOLD += [
E(9, ["the twin suicide bombing of Thursday 16 April", "The attack was claimed"],
  "SUI", "2026-04-16", "day", "Nuku'alofa", "TO", 13, 23, "exact", "Islamic State", "Islamic State", False,
  "Marina notice of Monday 20 April; 'of Thursday 16 April' -> 16 April. 'killed thirteen people, including the two bombers, and wounded 23' -> killed 13 (bombers inside), injured 23, exact. 'claimed on Friday by Islamic State', undisputed -> claimant and perpetrator. 'No. 7/2026', 'No. 6/2026', '300 metres', 'level to 2', '2026 pass', '6 a.m. to 9 p.m.', 'pontoon C, berth 14', '2 to 9 April', '922', 'channel 16, then 12', 'two hours', '3 knots', '48 hours', '8 a.m.', 'T$3.95', '12 metres', '8 tonnes', '17 of our 61 berth-holders', '23 118', 'channel 71' are not casualties."),
E(9, ["Police arrested the skipper of a visiting ketch at the Neiafu mooring field"],
  "ARR", "2026-04-19", "day", "Neiafu", "TO", None, None, None, "police", None, False,
  "'on Sunday morning' vs Monday 20 April -> 19 April. The cluster's suspected facilitator (the skipper suspected of bringing the explosives), arrested at the Neiafu mooring field in Vava'u -> Neiafu, TO. -> 'police'. 'Her two crew were questioned ... and released without charge' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout54-010
ARTICLES.append(A(10, "fr", "article", "2026-04-22T08:00:00Z",
"L'Échiquier du Caillou, bulletin n° 84 : retour de Tonga",
"""
L'ÉCHIQUIER DU CAILLOU - CLUB D'ÉCHECS DE NOUMÉA. Bulletin n° 84, mercredi 22 avril 2026.

RETOUR DE TONGA. Nos cinq joueurs inscrits à l'Open du Pacifique de Nuku'alofa sont rentrés mardi par le vol de 14 h 10. Ils disputaient la 4e ronde, le jeudi 16 avril, dans une salle paroissiale à 400 mètres du marché Talamahu quand les deux kamikazes se sont fait exploser, l'un au marché, l'autre au quai Vuna. Léa, 15 ans, sortie acheter de l'eau, a été légèrement blessée au bras par des éclats de verre ; elle va bien. Les organisateurs ont arrêté le tournoi après cette ronde.

Selon la police tongienne, l'attentat a fait treize morts, dont les deux kamikazes, et vingt-trois blessés. Il a été revendiqué par la province d'Asie de l'Est de l'État islamique. Le skipper arrêté dimanche à Neiafu est soupçonné d'avoir transporté les explosifs.

Nos joueurs ont vu la ville se relever. Dimanche, des milliers d'habitants vêtus de noir ont défilé en silence de la cathédrale jusqu'au front de mer, derrière une banderole « Tonga est debout ». Lundi, en revanche, la police a dispersé à coups de matraque plusieurs centaines de jeunes qui marchaient vers le Parlement pour réclamer la démission du ministre de la Police ; quatre manifestants ont été blessés.

CLASSEMENT. Avant l'arrêt, Mathis (1 812 Elo) menait avec 3,5 points sur 4, après une attaque sur le roque et un sacrifice de dame qui ont fait tomber le n° 2 du tournoi en 31 coups. Le tournoi ne sera pas homologué ; les 12 000 francs d'inscription seront remboursés.

VIE DU CLUB.
- Mercredi 29 avril, 18 heures : simultanée du président contre 20 joueurs.
- Le rapide du 2 mai est maintenu (9 rondes, 10 minutes + 5 secondes).
- Cotisation 2026 : 8 500 F, jeunes 4 000 F ; 63 membres à jour.
- La collecte pour l'hôpital Vaiola a rapporté 146 000 F ; merci aux 38 donateurs.

Prochain bulletin le 6 mai. Contact : 27 41 85.
"""))
GOLD += [
E(10, ["les deux kamikazes se sont fait exploser", "l'attentat a fait treize morts"],
  "SUI", "2026-04-16", "day", "Nuku'alofa", "TO", 13, 23, "exact", "Islamic State", "Islamic State", False,
  "Chess club bulletin of Wednesday 22 April (19:00 in Nouméa); 'le jeudi 16 avril' -> 16 April. 'treize morts, dont les deux kamikazes, et vingt-trois blessés' -> killed 13 (bombers inside), injured 23 (number words), exact; Léa, 15, 'légèrement blessée', is a subset. 'revendiqué par la province d'Asie de l'Est de l'État islamique', undisputed -> 'Islamic State' (regional branch), claimant and perpetrator. The chess words ('une attaque sur le roque', 'un sacrifice de dame', 'fait tomber le n° 2') and 'arrêté le tournoi' / 'l'arrêt' are no events. '14 h 10', '4e ronde', '400 mètres', '15 ans', '1 812 Elo', '3,5 points sur 4', 'n° 2', '31 coups', '12 000 francs', '29 avril', '18 heures', '20 joueurs', '2 mai', '9 rondes', '10 minutes + 5 secondes', '8 500 F', '4 000 F', '63 membres', '146 000 F', '38 donateurs', '6 mai', '27 41 85' are not casualties."),
E(10, ["Le skipper arrêté dimanche à Neiafu"],
  "ARR", "2026-04-19", "day", "Neiafu", "TO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-009: 'dimanche' vs Wednesday 22 April -> 19 April. No force named -> 'police'."),
E(10, ["des milliers d'habitants vêtus de noir ont défilé en silence"],
  "PP", "2026-04-19", "day", "Nuku'alofa", "TO", None, None, None, None, None, False,
  "'Dimanche' vs Wednesday 22 April -> 19 April. A silent march from the cathedral to the waterfront behind a banner with a message ('Tonga est debout'), no incident told -> Peaceful protest, perpetrator null. 'des milliers' counts marchers. In the capital (the bulletin's 'la ville' is Nuku'alofa)."),
E(10, ["la police a dispersé à coups de matraque plusieurs centaines de jeunes qui marchaient vers le Parlement"],
  "PI", "2026-04-20", "day", "Nuku'alofa", "TO", None, 4, "exact", None, None, False,
  "'Lundi' vs Wednesday 22 April -> 20 April. A march on Parliament (in Nuku'alofa) with a demand (the police minister's resignation), dispersed with batons -> Protests / Protest with intervention, perpetrator null (dev). 'quatre manifestants ont été blessés' -> injured 4, exact; killed null. 'plusieurs centaines' counts marchers."),
]
