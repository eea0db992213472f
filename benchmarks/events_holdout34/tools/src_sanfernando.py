"""Authoring source of benchmarks/events_holdout34 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the San Fernando, Trinidad and Tobago cluster (holdout34-011 to 015;
French and English), two suicide bombers on Sunday 2 August 2026 at two sites
of one town (the Library Corner taxi stand and the Harris Promenade, about
250 m and two minutes apart): a French dépêche from Martinique with the first
"au moins" toll and a speculation (fr 011), a video caption file (SRT-like
numbered cues with timings, lines broken mid-sentence) with a toll revised
inside it and the claim (012), a city corporation's meeting minutes with a
march, arrests, motions and votes (013), a Q&A interview with a researcher,
a denial, a "may have been" and older attacks (014) and a stock-market and
insurance piece (015). Trinidad is UTC-4: every document is published between
12:00 and 24:00 UTC, so its local date is its UTC date. Notes are in English.
All outlets, people and incidents are invented; the places and the armed
groups are real."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout34")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout34-011
ARTICLES.append(A(11, "fr", "article", "2026-08-02T22:30:00Z",
"Trinité-et-Tobago : au moins sept morts dans un double attentat-suicide à San Fernando",
"""
Fort-de-France, 2 août 2026 (Antilles Presse) - Deux kamikazes se sont fait exploser dimanche en fin de matinée à San Fernando, deuxième ville de Trinité-et-Tobago, tuant au moins sept personnes et en blessant plusieurs dizaines, selon un premier bilan de la police trinidadienne.

La première explosion s'est produite vers 11 h 10 à Library Corner, la principale station de taxis collectifs de la ville. La seconde a retenti deux minutes plus tard sur Harris Promenade, à environ 250 mètres, où des familles sortaient de la messe du dimanche.

« J'ai vu des gens couchés par terre devant les maxi-taxis, on ne savait pas où courir », a raconté par téléphone une commerçante de 46 ans jointe par notre agence. L'hôpital général de San Fernando, qui compte environ 500 lits, a déclenché son plan d'urgence et rappelé tout son personnel.

Aucune revendication n'avait été enregistrée dimanche soir. Un haut responsable de la police a estimé que l'attaque « pourrait être liée » à des Trinidadiens partis combattre en Syrie puis revenus au pays, sans avancer de preuves. Le Premier ministre a appelé la population au calme et annoncé le déploiement de 400 policiers et militaires dans le sud de l'île.

C'est le premier attentat-suicide dans l'histoire de l'archipel de 1,4 million d'habitants, situé à une quinzaine de kilomètres des côtes vénézuéliennes. En 2023, un engin explosif artisanal avait été découvert et désamorcé par la police dans un centre commercial de Princes Town, à une vingtaine de kilomètres à l'est de San Fernando.

En Martinique, où vit une petite communauté trinidadienne, le préfet a exprimé sa « solidarité ». Le vol BW 417 entre Port of Spain et Fort-de-France, prévu lundi à 9 h 30, est maintenu.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser", "La première explosion", "La seconde a retenti", "l'attaque « pourrait être liée »", "le premier attentat-suicide"],
  "SUI", "2026-08-02", "day", "San Fernando", "TT", 7, 12, "at_least", None, None, False,
  "First report, Sunday 2 August ('dimanche'; published 22:30 UTC = 18:30 local, same date). Two sites of one town (Library Corner and the Harris Promenade, about 250 m and two minutes apart) -> ONE Suicide bomb event coded to San Fernando. 'au moins sept personnes ... plusieurs dizaines' -> 7 at_least, injured 12 ('plusieurs dizaines', dev table). No claim; « pourrait être liée » is speculation -> null. '11 h 10', '250 mètres', '46 ans', '500 lits', '400 policiers et militaires', '1,4 million', 'une quinzaine de kilomètres', 'une vingtaine de kilomètres', 'vol BW 417', '9 h 30' are not casualties. The dateline town, Fort-de-France, is not an event place."),
E(11, ["un engin explosif artisanal avait été découvert et désamorcé par la police"],
  "DWU", "2023-01-01", "year", "Princes Town", "TT", None, None, None, "police", None, True,
  "'En 2023' -> year, background. A homemade device found and defused on its own -> Disrupted weapons use, police. A shopping centre in Princes Town -> Princes Town."),
]

# -------------------------------------------------------------- holdout34-012
ARTICLES.append(A(12, "en", "transcript", "2026-08-03T23:30:00Z",
"Captions: 'San Fernando counts its dead', evening news, Monday 3 August",
"""
1
00:00:00,000 --> 00:00:03,200
A day after the twin suicide bombing
in San Fernando, the city

2
00:00:03,200 --> 00:00:06,400
is counting its dead. This morning,
police said fourteen people

3
00:00:06,400 --> 00:00:09,500
had been killed, including
the two bombers.

4
00:00:09,500 --> 00:00:13,100
This afternoon a taxi driver and
a woman of seventy died at

5
00:00:13,100 --> 00:00:16,300
San Fernando General Hospital,
taking the toll to sixteen.

6
00:00:16,300 --> 00:00:19,200
Forty-eight people were wounded,
nine of them critically.

7
00:00:19,200 --> 00:00:22,600
The first bomber struck at 11:10
on Sunday at Library Corner,

8
00:00:22,600 --> 00:00:25,800
the stand where the Route 6
maxi taxis load. Two minutes

9
00:00:25,800 --> 00:00:29,000
later, the second man
blew himself up on the Promenade,

10
00:00:29,000 --> 00:00:31,400
some 250 metres away.

11
00:00:31,400 --> 00:00:34,900
WITNESS: I was in seat number 3,
right behind the driver.

12
00:00:34,900 --> 00:00:38,200
The windows came in on us. I
thought it was a gas cylinder.

13
00:00:38,200 --> 00:00:41,600
REPORTER: Earlier today, Islamic
State claimed responsibility,

14
00:00:41,600 --> 00:00:44,800
saying it had killed fifty
"crusaders" in San Fernando.

15
00:00:44,800 --> 00:00:48,300
The Commissioner of Police told
reporters the claim was credible,

16
00:00:48,300 --> 00:00:51,100
but that the figure of fifty
was false.

17
00:00:51,100 --> 00:00:54,700
Two men were arrested late
last night in Couva, about

18
00:00:54,700 --> 00:00:57,900
20 kilometres to the north. A third
man, questioned for several hours,

19
00:00:57,900 --> 00:01:01,400
was released this morning. Four
hundred officers and soldiers

20
00:01:01,400 --> 00:01:04,800
now patrol the city centre. At the
blood bank, 1,150 donors came

21
00:01:04,800 --> 00:01:08,300
forward in 24 hours. The Mayor has
closed Harris Promenade until

22
00:01:08,300 --> 00:01:11,700
Friday. Police ask anyone with
information to call 999 or 555.

23
00:01:11,700 --> 00:01:14,200
Reporting from San Fernando,
for the evening news.
"""))
GOLD += [
E(12, ["the twin suicide bombing", "The first bomber struck at 11:10", "blew himself up on the Promenade"],
  "SUI", "2026-08-02", "day", "San Fernando", "TT", 16, 48, "exact", "Islamic State", "Islamic State", False,
  "A video caption file (kind transcript): cue numbers ('1' to '23') and timings ('00:00:51,100 --> 00:00:54,700') are not figures or dates, and lines break mid-sentence (no trigger spans a line break). 'A day after' and 'on Sunday' vs Monday 3 August (published 19:30 local) -> 2 August. Toll revised inside the file: 'fourteen ... including the two bombers' (morning) -> two more deaths 'taking the toll to sixteen' -> 16 (bombers inside), 'Forty-eight people were wounded' -> 48, exact; 'nine of them critically' is a subset. 'Islamic State claimed responsibility', called credible by the Commissioner -> claimant and perpetrator; its 'fifty \"crusaders\"' is the claimant's figure, called false, never used. '11:10', 'Route 6', 'seat number 3', '250 metres', 'seventy' (an age), '20 kilometres', 'Four hundred officers and soldiers', '1,150 donors', '24 hours', '999', '555' are not casualties."),
E(12, ["Two men were arrested late"],
  "ARR", "2026-08-02", "day", "Couva", "TT", None, None, None, "police", None, False,
  "'late last night' vs Monday 3 August -> Sunday night, dated Sunday 2 August (dev: 'late on Thursday' and 'Thursday night' mean Thursday). The sentence continues on the next caption line ('last night in Couva'), so the trigger is the part on one line. No force named; the Commissioner of Police speaks -> 'police'. The third man 'questioned for several hours, was released' is not arrested."),
]

# -------------------------------------------------------------- holdout34-013
ARTICLES.append(A(13, "en", "article", "2026-08-07T21:00:00Z",
"San Fernando City Corporation: minutes of the statutory meeting of 6 August 2026",
"""
MINUTES of the Statutory Meeting of the San Fernando City Corporation held on Thursday 6 August 2026 at 5:00 p.m. in the Council Chamber, City Hall, Harris Promenade.

Present: His Worship the Mayor, Ald. Kendrick Ramdass (in the chair); the Deputy Mayor; 8 councillors and 3 aldermen.

1. Minute's silence. The meeting stood for a minute's silence in memory of the victims of Sunday's twin suicide bombing at Library Corner and on the Harris Promenade. The Mayor informed members that the toll stood at 17, including the two bombers, after a doubles vendor died on Wednesday, and that 48 people had been injured.

2. Report of the Senior Superintendent, Southern Division. Snr Supt Anand Persad reported that the two men arrested in Couva on Sunday night had been charged and remanded in custody, and that a 36-year-old travel agent suspected of arranging the bombers' travel was arrested at Piarco International Airport on Tuesday as he was about to board flight BW 484 to Miami. He said the Commissioner regarded the claim by Islamic State as credible. 350 additional officers had been deployed in the city.

3. Public safety. The Mayor thanked some 5,000 residents who marched on Tuesday evening from Library Corner to City Hall to demand more police patrols and working street lights, and noted that the march had passed off peacefully.

4. Motion 14/2026 (Cllr Rajiv Maharaj, seconded by Ald. Pearl Douglas): that the sum of TT$1.5 million be vired from the Contingency Vote (Head 12, Sub-head 04) to repair the taxi stand and the Promenade. Carried 9-2, one abstention.

5. Motion 15/2026 (Cllr Debra Joseph, seconded by Cllr Marlon Baptiste): that 40 CCTV cameras be installed in the city centre at TT$18,000 each. Carried unanimously.

6. Correspondence. The Town Clerk read letters of condolence from the Mayor of Port of Spain. Shops at Nos. 41 to 47 High Street, damaged by the second blast, will be inspected by the City Engineer on Monday.

7. Adjournment. The meeting was adjourned at 7:42 p.m. The next statutory meeting will be held on Thursday 3 September 2026.
"""))
GOLD += [
E(13, ["Sunday's twin suicide bombing at Library Corner", "damaged by the second blast"],
  "SUI", "2026-08-02", "day", "San Fernando", "TT", 17, 48, "exact", "Islamic State", "Islamic State", False,
  "City meeting minutes (published Friday 7 August, 17:00 local; the meeting was held on Thursday 6 August). 'Sunday's' -> 2 August. 'the toll stood at 17, including the two bombers, after a doubles vendor died on Wednesday, and ... 48 people had been injured' -> 17 (inside), 48, exact. 'the claim by Islamic State', regarded as credible -> claimant and perpetrator. Library Corner and the Promenade are one event, San Fernando. '5:00 p.m.', '8 councillors and 3 aldermen', '350 additional officers', 'Motion 14/2026', 'TT$1.5 million', 'Head 12, Sub-head 04', 'Carried 9-2', '40 CCTV cameras', 'TT$18,000', 'Nos. 41 to 47 High Street', 'flight BW 484', '7:42 p.m.' are not casualties; 'Thursday 3 September 2026' is a future meeting."),
E(13, ["the two men arrested in Couva on Sunday night"],
  "ARR", "2026-08-02", "day", "Couva", "TT", None, None, None, "police", None, False,
  "'on Sunday night' -> Sunday 2 August. The arrest of holdout34-012 told through its judicial follow-up ('charged and remanded in custody'): one Arrests event at the arrest's place and day. Reported by the police superintendent -> 'police'."),
E(13, ["was arrested at Piarco International Airport"],
  "ARR", "2026-08-04", "day", "Piarco", "TT", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 7 August -> 4 August. The cluster's suspected facilitator (the travel agent), police. An airport -> its place, Piarco. '36-year-old' is an age and 'flight BW 484' a flight number."),
E(13, ["residents who marched on Tuesday evening from Library Corner to City Hall", "the march had passed off peacefully"],
  "PP", "2026-08-04", "day", "San Fernando", "TT", None, None, None, None, None, False,
  "'on Tuesday evening' -> 4 August. A march with a demand (patrols, street lights) that 'passed off peacefully' -> Peaceful protest, perpetrator null. 'some 5,000' are marchers. The item heading ('3. Public safety.') is not a trigger; the minute's silence is not coded."),
]

# -------------------------------------------------------------- holdout34-014
ARTICLES.append(A(14, "en", "article", "2026-08-08T14:00:00Z",
"'The warning signs were there': a researcher on the San Fernando bombing",
"""
Six days after the twin suicide bombing in San Fernando, which killed seventeen people, two of them the bombers, and wounded 48, we spoke to Dr Nadia Rampersad, who has studied violent extremism in the Caribbean for 12 years at the Institute of Caribbean Security Studies. Her answers have been edited for length.

Q: Islamic State claimed the attack. Do you believe the claim?

A: Yes. The Commissioner of Police has called it credible, and I have no reason to doubt it. The statement's figure of fifty dead "crusaders" is inflated, as these statements always are, but the details it gives about the two men fit.

Q: Jamaat al Muslimeen was quick to deny any role.

A: It denied any involvement within hours, and I think the denial is sincere. A minister said on Thursday that former members "may have been" in contact with the bombers. I have seen no evidence of that.

Q: Has Trinidad and Tobago seen anything like this before?

A: Not on this scale. In 2019 a grenade was thrown into a bar in Sangre Grande and five people were injured. In 2023 a pipe bomb was found and defused by police at a mall in Princes Town. And in March 2024, police arrested three men in Scarborough, in Tobago, who were accused of planning to attack the cruise ship terminal there. Each time, the country moved on quickly.

Q: What do this week's arrests tell us?

A: The two men held in Couva on Sunday night and the travel agent detained at Piarco on Tuesday point to a small support network. Around 130 nationals travelled to Syria and Iraq between 2013 and 2017, and perhaps 40 have come back. That is a small number, but it is not zero.

Q: What should the authorities do now?

A: Invest in community policing rather than roadblocks. Putting 400 extra officers on the streets of one city for a week reassures people, but it does not find the next cell.
"""))
GOLD += [
E(14, ["the twin suicide bombing in San Fernando", "claimed the attack"],
  "SUI", "2026-08-02", "day", "San Fernando", "TT", 17, 48, "exact", "Islamic State", "Islamic State", False,
  "A Q&A interview (Q:/A: labels are not triggers). 'Six days after' vs Saturday 8 August -> Sunday 2 August. 'killed seventeen people, two of them the bombers, and wounded 48' -> 17 (bombers inside), 48, exact. 'Islamic State claimed the attack', called credible by the Commissioner and not doubted by the researcher -> claimant and perpetrator; the statement's 'fifty' is never used. Jamaat al Muslimeen's denial is not a claim and the minister's 'may have been' is speculation: not coded. '12 years', 'Around 130 nationals', '2013 and 2017', 'perhaps 40', '400 extra officers' are not casualties."),
E(14, ["a grenade was thrown into a bar in Sangre Grande"],
  "GRN", "2019-01-01", "year", "Sangre Grande", "TT", None, 5, "exact", None, None, True,
  "'In 2019' -> year, background. A thrown grenade -> Grenade, no author -> null. 'five people were injured' -> injured 5, exact."),
E(14, ["a pipe bomb was found and defused by police at a mall in Princes Town"],
  "DWU", "2023-01-01", "year", "Princes Town", "TT", None, None, None, "police", None, True,
  "'In 2023' -> year, background (the device of holdout34-011). Found and defused on its own -> Disrupted weapons use, police."),
E(14, ["police arrested three men in Scarborough"],
  "ARR", "2024-03-01", "month", "Scarborough", "TT", None, None, None, "police", None, True,
  "'in March 2024' -> month precision, background. A plot stopped by arresting its authors ('accused of planning to attack the cruise ship terminal') -> Arrests, police; the planned attack never happened and is not coded. Scarborough, Tobago -> TT (not the English or Canadian towns of that name)."),
E(14, ["The two men held in Couva on Sunday night"],
  "ARR", "2026-08-02", "day", "Couva", "TT", None, None, None, "police", None, False,
  "'on Sunday night' vs Saturday 8 August -> 2 August. A participle restating the arrest of holdout34-012: its own event here; 'police' (holdout34-012, 013)."),
E(14, ["the travel agent detained at Piarco on Tuesday"],
  "ARR", "2026-08-04", "day", "Piarco", "TT", None, None, None, "police", None, False,
  "'on Tuesday' vs Saturday 8 August -> 4 August. Restated facilitator arrest of holdout34-013, 'police'."),
]

# -------------------------------------------------------------- holdout34-015
ARTICLES.append(A(15, "en", "article", "2026-08-11T20:30:00Z",
"Trinidad stocks slip and insurers brace for claims after San Fernando bombing",
"""
PORT OF SPAIN - Trinidad and Tobago's stock market fell for a second straight session on Monday as investors weighed the cost of the twin suicide bombing in San Fernando, and insurers warned that most of the damage would not be covered.

The Composite Index of the Trinidad and Tobago Stock Exchange closed 2.4 percent lower on Monday, its steepest one-day fall since March 2020, after a 1.1 percent drop on Friday. Shares in two listed insurers lost 4.8 percent and 3.9 percent, and a bank with eight branches in San Fernando fell 3.1 percent to TT$6.80.

The bombing on 2 August at Library Corner and on the Harris Promenade killed 16 people, not counting the two bombers, and injured 48, after a 15-year-old schoolboy died in hospital on Sunday. It was claimed by Islamic State, a claim the police commissioner has called credible.

Insurers said most commercial property policies in the country carry terrorism exclusion clauses. The Insurers' Council of Trinidad and Tobago estimated insured losses at up to TT$60 million, against at least TT$250 million in total damage, and said its members had received about 1,200 claims, mostly for shopfronts and vehicles. About 35 maxi taxis were destroyed or damaged at the stand, the Route 6 drivers' association said.

The investigation has also reached the financial sector. Police said on Monday they had arrested a money remitter in Chaguanas on Friday, suspected of wiring US$9,500 to one of the bombers in June. The remittance firm's shares are not listed, but the Central Bank said it was reviewing 14 money-transfer licences.

Hotels in the south reported occupancy down to 41 percent from 68 percent a year earlier, and a regional airline said bookings to Trinidad for August had fallen by about 15 percent.

"The market overreacts to shocks like this and usually recovers within weeks," said Kavita Sookdeo, head of research at a Port of Spain brokerage. She noted that the index had made up its 2020 losses within five months.
"""))
GOLD += [
E(15, ["the twin suicide bombing in San Fernando", "The bombing on 2 August at Library Corner"],
  "SUI", "2026-08-02", "day", "San Fernando", "TT", 18, 48, "exact", "Islamic State", "Islamic State", False,
  "A stock-market and insurance piece (dateline PORT OF SPAIN, not an event place). 'on 2 August', nine days before Tuesday 11 August -> current. 'killed 16 people, not counting the two bombers, and injured 48' -> 16 + 2 = 18 (bombers added; the schoolboy who died on Sunday 9 August is inside the 16), 48, exact. 'claimed by Islamic State', called credible -> claimant and perpetrator. '2.4 percent', '1.1 percent', 'March 2020', '4.8 percent', '3.9 percent', 'eight branches', 'TT$6.80', 'TT$60 million', 'TT$250 million', 'about 1,200 claims' (insurance claims), 'About 35 maxi taxis', 'Route 6', '15-year-old' (an age), 'US$9,500', '14 money-transfer licences', '41 percent', '68 percent', '15 percent', 'five months' are not casualties."),
E(15, ["they had arrested a money remitter in Chaguanas"],
  "ARR", "2026-08-07", "day", "Chaguanas", "TT", None, None, None, "police", None, False,
  "'on Friday' vs Tuesday 11 August -> 7 August: the arrest's day, not Monday's announcement (dev). A new arrest of this document, police."),
]
