"""Authoring source of benchmarks/events_holdout36 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Lae, Papua New Guinea cluster (holdout36-006 to 010; English and
French), two suicide bombers on Sunday 17 May 2026 at two sites of one city
(the main market and a PMV - public motor vehicle - stop at Eriku, about
800 m and eight minutes apart): an English social-media roundup of the day,
posts quoted with handles and times, two rumours denied, a speculation and a
toll corrected in a later post (006), an English NGO situation report
("Situation Report No. 3") with bullet figures, the claim, arrests, a
reprisal arson and a toll revised upwards (007), a French op-ed ("Tribune")
in a Noumea paper with older attacks as background (fr 008), an English
radio call-in show transcript with a toll revised on air, a peaceful march,
an arrest and an older attack (009), and a French "Ce que l'on sait / ce que
l'on ignore" box with a judicial follow-up, a release without charge and a new
arrest (fr 010). Papua New Guinea is UTC+10: every document is published
between 00:00 and 13:59 UTC, so its local date is its UTC date. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout36")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout36-006
ARTICLES.append(A(6, "en", "article", "2026-05-17T11:30:00Z",
"Lae blasts: how the day unfolded on social media",
"""
Two suicide bombers struck Lae's main market and a PMV stop at Eriku on Sunday morning. Here is how the day unfolded on social media, with the posts we could check and the rumours that turned out to be false. Times are local.

9.44am - @LaeCityWatch: "Big bang at main market!! Smoke everywhere, people running towards the Huon Gulf side." The post was shared more than 4,000 times.

9.52am - @MorobeNurse_K: "Second explosion at Eriku PMV stop. Please keep the roads clear, the ambulances need to get through."

10.31am - @PNGPoliceMedia: "Police confirm two explosions in Lae. Both appear to be suicide attacks. Avoid the area."

11.15am - RUMOUR: A widely shared post by @Tok_Tru_PNG claimed that a third bomb had gone off at the university. Police denied it within the hour: "There has been NO explosion at Unitech."

1.05pm - @LaeHealthUpdates: "Angau hospital needs blood, group O especially. Donors please come to Gate 2. Bring your ID."

2.40pm - RUMOUR: A screenshot said to come from a TV station gave "30 DEAD". The station said it had never published such a figure.

3.18pm - @DrKilaSecurity, a Port Moresby analyst with 12,000 followers: "Methods look like Jamaah Ansharut Daulah's in Indonesia. Could be them, could be copycats. Too early to say."

5.02pm - @PNGPoliceMedia: "Toll now at least nine dead, including the two attackers. A score of people wounded. No arrests yet."

6.40pm - @PMOffice_PNG: "Three days of national mourning. Flags at half mast. Lae main market closed until further notice."

7.25pm - @AirlineNewsPG: "Flight PX 108 from Port Moresby to Nadzab is cancelled tonight. Passengers can rebook free of charge on 180 180."

8.10pm - @PNGPoliceMedia: "Update to our 5.02pm post: at least eleven people have died, including the two attackers, and more than 40 are being treated in hospital. Curfew in Lae from 10pm to 5am."

Our reporters also saw about 200 people queuing outside the hospital to give blood by late afternoon. Lae, the country's second city, has about 150,000 inhabitants and its main market some 1,100 registered vendors.
"""))
GOLD += [
E(6, ["Two suicide bombers struck Lae's main market and a PMV stop at Eriku", "Big bang at main market", "Second explosion at Eriku PMV stop", "Police confirm two explosions in Lae", "Both appear to be suicide attacks"],
  "SUI", "2026-05-17", "day", "Lae", "PG", 11, 40, "at_least", None, None, False,
  "'on Sunday morning' in a roundup published on Sunday 17 May 2026 (local evening) -> 17 May. Two sites of one city (the main market and the PMV stop at Eriku, a Lae suburb; posts at 9.44 and 9.52) -> ONE Suicide bomb event coded to Lae. Toll corrected inside the roundup: 'at least nine dead, including the two attackers. A score of people wounded' (5.02pm) -> 'at least eleven people have died, including the two attackers, and more than 40 are being treated in hospital' (8.10pm, the last post) -> 11 at_least (bombers inside), injured 40 ('more than 40'); the qualifier is the killed figure's. The rumoured third bomb at the university (denied by police) and the '30 DEAD' screenshot (disowned) are no event and no figure. The analyst's 'Could be them, could be copycats' is speculation -> null. Not casualties: the post times, '4,000 times', 'Gate 2', '12,000 followers', 'Three days', 'PX 108' (a flight), '180 180' (a phone number), '10pm to 5am', 'about 200 people' (blood donors), '150,000 inhabitants', '1,100 registered vendors'."),
]

# -------------------------------------------------------------- holdout36-007
ARTICLES.append(A(7, "en", "article", "2026-05-20T06:00:00Z",
"Situation Report No. 3: twin suicide bombings in Lae, Morobe Province",
"""
MOROBE HUMANITARIAN NETWORK
LAE TWIN BOMBINGS - SITUATION REPORT No. 3
Period covered: 18 May (18:00) to 20 May 2026 (12:00)

HIGHLIGHTS

- The toll has been revised upwards: 19 people killed, including the two attackers, up from 16 in Situation Report No. 2, after three of the injured died at Angau hospital on 18 and 19 May. 63 people were injured, 14 of them critically.

- Jamaah Ansharut Daulah (JAD), an Indonesian network, claimed the 17 May attacks on the main market and the Eriku PMV stop in a statement on 18 May. The police commissioner called the claim "credible". The statement's figure of "more than 100 infidels" killed is not supported by any source.

- On the night of 18 May, a crowd set fire to 12 houses in a settlement near the market whose residents were accused of sheltering the bombers. About 640 people, mostly women and children, fled to a church compound. No one was killed.

SECURITY

- Police report three arrests: two men detained at a checkpoint at Nadzab, 40 km west of Lae, on 18 May as they drove towards the Highlands Highway, and a money-transfer agent arrested in Madang on 19 May on suspicion of having sent K38,000 to the bombers.

- A curfew from 10 p.m. to 5 a.m. applies in Lae. About 350 additional police and 120 soldiers have been deployed.

NEEDS AND RESPONSE

- Shelter: the 640 displaced people at the church compound need 150 family tents and 300 sleeping mats. Two trucks of supplies arrived from Goroka on 19 May.

- Health: Angau hospital has 410 beds and has added 60 in tents. 22 units of blood were collected on 19 May alone; 180 donors registered.

- Livelihoods: an estimated 1,100 vendors have lost their income since the main market closed. A cash grant of K500 per vendor is planned.

- Psychosocial support: 9 counsellors are deployed; 4 schools near the market remain closed.

FUNDING

- Appeal: US$1.2 million. Received: US$310,000 (26 percent).

Next report: 22 May. Contact: +675 472 1150.
"""))
GOLD += [
E(7, ["LAE TWIN BOMBINGS", "the 17 May attacks on the main market and the Eriku PMV stop"],
  "SUI", "2026-05-17", "day", "Lae", "PG", 19, 63, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "'the 17 May attacks' -> 17 May, three days before Wednesday 20 May 2026 -> current. Two sites of one city -> one event, Lae. A situation report: toll revised inside ('19 people killed, including the two attackers, up from 16 in Situation Report No. 2', three of the injured having died on 18 and 19 May) -> 19 (bombers inside), 63, exact. JAD's claim, called 'credible' by the police commissioner -> claimant and perpetrator 'Jamaah Ansharut Daulah' (an Indonesian network; not a branch of Islamic State, so not folded into it). The claim's 'more than 100 infidels' is never used. Not casualties: '14 of them critically' (a subset), '12 houses', '640 people' (displaced), '40 km', 'K38,000', '10 p.m. to 5 a.m.', '350 additional police', '120 soldiers', '150 family tents', '300 sleeping mats', 'Two trucks', '410 beds', '60', '22 units', '180 donors', '1,100 vendors', 'K500', '9 counsellors', '4 schools', 'US$1.2 million', 'US$310,000', '26 percent', the report's numbers and dates, the phone number."),
E(7, ["a crowd set fire to 12 houses in a settlement near the market"],
  "RIOT", "2026-05-18", "day", "Lae", "PG", 0, None, "exact", None, None, False,
  "'On the night of 18 May' -> 18 May. A crowd burning houses of residents accused of sheltering the bombers -> Riots / Violent demonstration (mob violence), no actor named -> null. The settlement is near the market -> Lae. 'No one was killed' is an explicit zero -> killed 0, exact (dev: 0 only when the text says nobody was killed); no injured figure. '12 houses' and 'About 640 people' (who fled) are not casualties."),
E(7, ["two men detained at a checkpoint at Nadzab"],
  "ARR", "2026-05-18", "day", "Nadzab", "PG", None, None, None, "police", None, False,
  "'on 18 May' -> 18 May. 'Police report three arrests': two men detained at a checkpoint at Nadzab (40 km west of Lae) -> Arrests, 'police'."),
E(7, ["a money-transfer agent arrested in Madang on 19 May"],
  "ARR", "2026-05-19", "day", "Madang", "PG", None, None, None, "police", None, False,
  "'on 19 May' -> 19 May. The cluster's suspected facilitator (the agent who sent K38,000 to the bombers) -> Arrests in Madang, 'police'. Arrests at different places and days are separate events."),
]

# -------------------------------------------------------------- holdout36-008
ARTICLES.append(A(8, "fr", "article", "2026-05-22T01:00:00Z",
"Tribune - Après Lae, la Mélanésie ne peut plus se croire à l'abri",
"""
Par Hélène Tidjine-Roux, chercheuse en relations internationales à Nouméa

Dimanche 17 mai, deux kamikazes se sont fait exploser à huit minutes d'intervalle au marché central de Lae et à un arrêt de minibus du quartier d'Eriku. Le bilan, arrêté jeudi par les autorités de Papouasie-Nouvelle-Guinée, est de vingt morts, y compris les deux assaillants, et de soixante-trois blessés : une femme enceinte de 29 ans a succombé mercredi à ses blessures.

L'attentat a été revendiqué lundi par Jamaah Ansharut Daulah (JAD), un réseau indonésien rallié à l'État islamique, et les enquêteurs jugent cette revendication sérieuse. Le Mouvement pour une Papouasie libre (OPM), que certains commentateurs avaient aussitôt accusé, a démenti toute implication.

Il faut regarder les choses en face. Lae n'est qu'à 1 500 kilomètres de nos côtes, et deux vols par semaine relient Nouméa à Port Moresby. Nous avons longtemps cru que le Pacifique mélanésien était trop loin de tout pour intéresser les réseaux djihadistes. Cette illusion vient de tomber.

Elle aurait dû tomber plus tôt. En mars 2025, un engin explosif artisanal avait blessé six personnes devant un supermarché de Wewak, et l'affaire avait été classée comme un règlement de comptes. En 2023, des affrontements entre deux clans armés de fusils automatiques avaient fait quatorze morts près de Goroka, signe que les armes de guerre circulent librement dans les hautes terres. Et l'un des kamikazes de Lae avait été arrêté en 2019 à Jayapura par la police indonésienne, puis expulsé, sans que personne à Port Moresby ne suive son dossier.

La Papouasie-Nouvelle-Guinée compte 10 millions d'habitants, plus de 800 langues et moins de 7 000 policiers. Elle ne peut pas surveiller seule ses 760 kilomètres de frontière terrestre avec l'Indonésie.

Que faire ? D'abord, partager le renseignement entre Nouméa, Canberra, Port Moresby et Jakarta. Ensuite, aider la police papoue à former ses enquêteurs : une centaine de bourses, soit quelque 2 millions d'euros, suffirait. Enfin, ne pas céder à la peur : 40 % des habitants de Lae ont moins de 20 ans, et c'est à eux qu'il faut offrir autre chose.
"""))
GOLD += [
E(8, ["deux kamikazes se sont fait exploser à huit minutes d'intervalle", "L'attentat a été revendiqué lundi"],
  "SUI", "2026-05-17", "day", "Lae", "PG", 20, 63, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "'Dimanche 17 mai' -> 17 May, five days before Friday 22 May 2026 -> current. Two sites of one city (the central market and a minibus stop in Eriku, a Lae suburb) -> one event, Lae. 'vingt morts, y compris les deux assaillants, et de soixante-trois blessés' (a pregnant woman died on Wednesday) -> 20 (bombers inside), 63, exact. JAD's claim, judged « sérieuse » by the investigators -> claimant and perpetrator. The OPM's denial is not a claim. Not casualties: '29 ans', '1 500 kilomètres', 'deux vols par semaine', '10 millions d'habitants', '800 langues', '7 000 policiers', '760 kilomètres', 'une centaine de bourses', '2 millions d'euros', '40 %', '20 ans'. The « règlement de comptes » names no actor."),
E(8, ["un engin explosif artisanal avait blessé six personnes devant un supermarché de Wewak"],
  "IED", "2025-03-01", "month", "Wewak", "PG", None, 6, "exact", None, None, True,
  "'En mars 2025' -> month, background. A homemade explosive device -> Remote explosive/landmine/IED, no author -> null. 'blessé six personnes' -> injured 6, exact."),
E(8, ["des affrontements entre deux clans armés de fusils automatiques"],
  "BAT", "2023-01-01", "year", "Goroka", "PG", 14, None, "exact", None, None, True,
  "'En 2023' -> year, background. Fighting between two armed clans -> Battles / Armed clash; the text does not say which side started it -> null. 'fait quatorze morts' (a number word) -> killed 14, exact (all sides summed). 'près de Goroka' -> Goroka."),
E(8, ["l'un des kamikazes de Lae avait été arrêté en 2019 à Jayapura"],
  "ARR", "2019-01-01", "year", "Jayapura", "ID", None, None, None, "police", None, True,
  "'en 2019' -> year, background. One of the future bombers arrested by 'la police indonésienne' in Jayapura, Indonesia -> Arrests, 'police' (the police of the country where it happened, dev). His expulsion is not a new event."),
]

# -------------------------------------------------------------- holdout36-009
ARTICLES.append(A(9, "en", "transcript", "2026-05-23T09:00:00Z",
"Talkback Lae, Saturday 23 May: callers on a week of grief (transcript)",
"""
HOST (Joyce Maime): Good evening, Lae, and welcome to Talkback on 91.5 FM. It's 6.05. Six days after the suicide bombings at the main market and the Eriku PMV stop, the toll I gave you on Thursday was twenty dead, including the two bombers. Sadly, we learned this morning that a 15-year-old boy from Taraka died at Angau hospital, so the toll is now twenty-one dead, including the bombers, and 63 injured. Lines are open on 472 2100, or text us on 7100 3344, 50 toea per message.

HOST: First caller, Mary from Taraka. Go ahead.

MARY: Thank you, Joyce. I was at Thursday's march. Thousands of us walked from the Botanical Gardens to the police station to ask the police to protect the markets. It was peaceful, no trouble at all, the mothers sang the whole way.

HOST: It was a big crowd, Mary, the organisers said 6,000. Next, Peter in Bulolo.

PETER: Joyce, my cousin was taken to the station on Tuesday and questioned for a whole day about his phone shop, then they let him go. He did nothing.

HOST: I'm sorry for your cousin, Peter. Police did confirm that on Wednesday they arrested a man in Bulolo who sold phones and SIM cards to the bombers. It's a different man.

PETER: Yes, that's the one near the bank. Everybody knows him.

HOST: Grace, in Port Moresby, you're on air.

GRACE: Hello. I want to say, those JAD people who claimed the bombings, they are not from here. Our young people must not listen to them.

HOST: The police commissioner said this week that some Lae youths may have been recruited online. We don't know more. Last caller, Mr Kaupa in Butibam.

KAUPA: I am 74. I remember 2015, when gunmen came into this same market and shot three vendors dead over a debt. We never thought it would come back like this.

HOST: Thank you, Mr Kaupa. Lae, we'll be back after the 6.30 news. The main market reopens on Monday with 300 stalls instead of 1,100.
"""))
GOLD += [
E(9, ["the suicide bombings at the main market and the Eriku PMV stop", "who claimed the bombings"],
  "SUI", "2026-05-17", "day", "Lae", "PG", 21, 63, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "'Six days after' a Saturday 23 May 2026 show -> Sunday 17 May, current. Toll revised on air: 'twenty dead, including the two bombers' (given on Thursday) -> 'twenty-one dead, including the bombers, and 63 injured' (after a boy died this morning) -> 21, 63, exact. 'those JAD people who claimed the bombings', told and not disputed -> claimant and perpetrator 'Jamaah Ansharut Daulah'. The commissioner's 'may have been recruited' is speculation, not coded. Not casualties: '91.5 FM', '6.05', '15-year-old', '472 2100', '7100 3344', '50 toea', '6,000' (marchers), '74' (an age), '6.30', '300 stalls', '1,100'."),
E(9, ["I was at Thursday's march", "Thousands of us walked from the Botanical Gardens", "It was peaceful, no trouble at all"],
  "PP", "2026-05-21", "day", "Lae", "PG", None, None, None, None, None, False,
  "'Thursday's march' vs Saturday 23 May -> 21 May. Thousands marching from the Botanical Gardens to the police station in Lae to ask for protection of the markets, peacefully -> Peaceful protest, null."),
E(9, ["on Wednesday they arrested a man in Bulolo"],
  "ARR", "2026-05-20", "day", "Bulolo", "PG", None, None, None, "police", None, False,
  "'on Wednesday' vs Saturday 23 May -> 20 May. Confirmed by the host ('Police did confirm') -> Arrests, 'police'. The caller's cousin, 'questioned for a whole day ... then they let him go', is not arrested."),
E(9, ["gunmen came into this same market and shot three vendors dead"],
  "ATK", "2015-01-01", "year", "Lae", "PG", 3, None, "exact", None, None, True,
  "'2015' -> year, background. Gunmen shooting three vendors in the Lae market 'over a debt' -> Violence against civilians / Attack, unnamed gunmen -> null. 'shot three vendors dead' -> killed 3, exact."),
]

# -------------------------------------------------------------- holdout36-010
ARTICLES.append(A(10, "fr", "article", "2026-05-26T05:00:00Z",
"Attentats de Lae : ce que l'on sait, ce que l'on ignore, neuf jours après",
"""
Neuf jours après le double attentat-suicide du dimanche 17 mai à Lae, deuxième ville de Papouasie-Nouvelle-Guinée, voici l'état de nos connaissances.

CE QUE L'ON SAIT

Le bilan. Il est de dix-neuf morts, sans compter les deux kamikazes, et de soixante-trois blessés, selon le ministère de la Santé. Il s'est alourdi samedi avec la mort d'un adolescent de 15 ans. Huit blessés sont encore hospitalisés.

La revendication. Jamaah Ansharut Daulah (JAD), un réseau indonésien, a revendiqué les attaques le 18 mai. La police la juge crédible. Le groupe parlait de « plus de cent » morts, un chiffre fantaisiste.

Les arrestations. Cinq personnes ont été arrêtées au total. Les deux hommes interpellés le 18 mai à Nadzab ont été inculpés vendredi de meurtre et d'actes terroristes, puis placés en détention. Le vendeur de téléphones arrêté le 20 mai à Bulolo est toujours interrogé. Le transféreur d'argent arrêté le 19 mai à Madang a été remis en liberté sans inculpation samedi, faute de preuves. Enfin, lundi, un Indonésien de 27 ans a été arrêté à l'aéroport de Port Moresby alors qu'il embarquait sur le vol PX 392 pour Jakarta.

CE QUE L'ON IGNORE

Qui a fabriqué les ceintures. Selon un responsable de la police, les explosifs « pourraient avoir été » volés dans une mine d'or des environs de Wau, mais aucune preuve n'a été présentée.

S'il existe d'autres cellules. La police a reçu plus de 900 signalements sur sa ligne gratuite, le 180 1234, sans résultat à ce jour.

Le nombre exact de personnes déplacées après l'incendie de douze maisons par une foule à Lae, le 18 mai : entre 600 et 900 selon les ONG.

Quand le marché retrouvera ses 1 100 vendeurs. Il a rouvert lundi avec 300 étals, et les vendeurs ont reçu une aide de 500 kinas chacun.
"""))
GOLD += [
E(10, ["le double attentat-suicide du dimanche 17 mai à Lae", "a revendiqué les attaques le 18 mai"],
  "SUI", "2026-05-17", "day", "Lae", "PG", 21, 63, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "'du dimanche 17 mai' -> 17 May, nine days before Tuesday 26 May 2026 -> current. 'dix-neuf morts, sans compter les deux kamikazes, et de soixante-trois blessés' -> 19 + 2 = 21 (the bombers are added), 63, exact. JAD's claim, judged « crédible » by the police -> claimant and perpetrator. Its « plus de cent » is never used; « pourraient avoir été volés » is speculation. Not casualties: '15 ans', 'Huit blessés' (still in hospital, a subset), 'Cinq personnes' (a running total of arrests), '27 ans', 'PX 392' (a flight), '900 signalements', '180 1234', 'douze maisons', 'entre 600 et 900' (displaced), '1 100 vendeurs', '300 étals', '500 kinas'."),
E(10, ["Les deux hommes interpellés le 18 mai à Nadzab"],
  "ARR", "2026-05-18", "day", "Nadzab", "PG", None, None, None, "police", None, False,
  "'le 18 mai' -> 18 May. Told through its judicial follow-up ('inculpés vendredi ... puis placés en détention', 22 May): one Arrests event at the arrest's place and day, not a new one. 'police' (the cluster's force)."),
E(10, ["Le vendeur de téléphones arrêté le 20 mai à Bulolo"],
  "ARR", "2026-05-20", "day", "Bulolo", "PG", None, None, None, "police", None, False,
  "'le 20 mai' -> 20 May. A restated arrest -> its own Arrests event in this document, 'police'."),
E(10, ["Le transféreur d'argent arrêté le 19 mai à Madang"],
  "ARR", "2026-05-19", "day", "Madang", "PG", None, None, None, "police", None, False,
  "'le 19 mai' -> 19 May. 'remis en liberté sans inculpation samedi' (23 May): an arrest followed by a release without charge stays an Arrests event at its place and day, 'police'."),
E(10, ["un Indonésien de 27 ans a été arrêté à l'aéroport de Port Moresby"],
  "ARR", "2026-05-25", "day", "Port Moresby", "PG", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 26 May -> Monday 25 May. An airport -> its city, Port Moresby. 'police'."),
E(10, ["l'incendie de douze maisons par une foule à Lae"],
  "RIOT", "2026-05-18", "day", "Lae", "PG", None, None, None, None, None, False,
  "'le 18 mai' -> 18 May. The crowd's arson of twelve houses « à Lae » -> Riots / Violent demonstration, null actor. No casualty figure in this document ('entre 600 et 900' are displaced people)."),
]
