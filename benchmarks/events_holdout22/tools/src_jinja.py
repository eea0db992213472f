"""Authoring source of benchmarks/events_holdout22 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Jinja, Uganda cluster (holdout22-011 to 015; French and English),
two suicide bombers on Sunday 12 July 2026 at two sites of one town (the main
taxi park and the gate of the central market, about 700 m and four minutes
apart): an international French-language TV channel's flash with a
speculation about the ADF (fr 011), a parliamentary statement and debate
with speaker names (012), a regional daily's follow-up with a boda-boda
riders' protest and a death in hospital (013), the claim and the arrests in
a French-language radio's report (fr 014) and an analysis of older attacks
(015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout22")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout22-011
ARTICLES.append(A(11, "fr", "article", "2026-07-12T11:00:00Z",
"Ouganda : un double attentat-suicide fait au moins neuf morts à Jinja",
"""
JINJA (Ouganda) - Deux kamikazes se sont fait exploser dimanche matin à quelques minutes d'intervalle à Jinja, deuxième ville économique de l'Ouganda, tuant au moins neuf personnes et en blessant des dizaines d'autres, selon la police.

Le premier assaillant a déclenché sa charge vers 9 h 45 au milieu de la gare routière principale, où les minibus chargent leurs passagers pour Kampala, à environ 80 kilomètres à l'ouest. Quatre minutes plus tard, un second homme s'est fait exploser devant l'entrée du marché central, à quelque 700 mètres de là.

« J'ai vu des corps partout, des motos renversées », raconte un conducteur de boda-boda de 27 ans, joint par téléphone. Les blessés ont été transportés à l'hôpital régional de Jinja, qui a lancé un appel aux donneurs de sang.

Aucun groupe n'a revendiqué l'attaque dans l'immédiat. Un porte-parole de la police a déclaré que les Forces démocratiques alliées (ADF), rebelles d'origine ougandaise basés dans l'est de la République démocratique du Congo, « pourraient être derrière » l'attentat, sans fournir de preuve.

Samedi, la police avait arrêté à Iganga, à une quarantaine de kilomètres à l'est, deux hommes transportant 14 détonateurs dans un bidon d'huile, a-t-elle précisé, sans établir de lien avec les explosions de dimanche.

Jinja, ville d'environ 300 000 habitants située à la source du Nil, accueille chaque dimanche des milliers de visiteurs. Les autorités ont fermé le marché et le pont sur le Nil pendant six heures et demandé aux habitants d'éviter les rassemblements.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser dimanche matin à quelques minutes d'intervalle à Jinja", "Le premier assaillant a déclenché sa charge", "un second homme s'est fait exploser devant l'entrée du marché central", "les explosions de dimanche"],
  "SUI", "2026-07-12", "day", "Jinja", "UG", 9, 12, "at_least", None, None, False,
  "'dimanche matin' = publication day, Sunday 12 July. Two sites of one town (the taxi park and the market gate, about 700 m and four minutes apart) -> ONE Suicide bomb event. 'tuant au moins neuf personnes et en blessant des dizaines d'autres' -> 9 (at_least), 12 ('des dizaines' -> 12, dev table). The ADF « pourraient être derrière » is speculation -> null. '9 h 45', '80 kilomètres', 'Quatre minutes', '700 mètres', '27 ans', '300 000 habitants', 'six heures' are not casualties."),
E(11, ["la police avait arrêté à Iganga, à une quarantaine de kilomètres à l'est, deux hommes"],
  "ARR", "2026-07-11", "day", "Iganga", "UG", None, None, None, "police", None, False,
  "'Samedi' vs Sunday 12 July -> 11 July. Police -> 'police'. '14 détonateurs' belong to the arrest; 'une quarantaine de kilomètres' is a distance, not 40 casualties."),
]

# -------------------------------------------------------------- holdout22-012
ARTICLES.append(A(12, "en", "transcript", "2026-07-14T15:00:00Z",
"Parliament of Uganda: ministerial statement on the Jinja bombings (extract)",
"""
THE SPEAKER: Honourable members, we shall begin with the statement of the Minister of Internal Affairs on Sunday's attacks in Jinja. Honourable minister.

MINISTER OF INTERNAL AFFAIRS (Gen. Robert Kasaija): Thank you, Madam Speaker. On Sunday 12 July, at about 9.45 a.m., a suicide bomber detonated an explosive vest at the main taxi park in Jinja City. Four minutes later a second bomber blew himself up at the gate of the central market. As of this morning, 16 people have died, besides the two bombers, and 61 are injured, 11 of them critically. Islamic State claimed the attack yesterday through its so-called Central Africa Province, and our security agencies consider the claim genuine.

Yesterday, the Counter Terrorism Directorate of the police arrested four suspects in Mukono, including a man who rented a room to the bombers for Shs 150,000 a month. Another 23 people have been questioned. I appeal to the public to use the toll-free line 0800 199 699.

THE SPEAKER: Thank you. Honourable Nabirye.

MS AGNES NABIRYE (Jinja North Division): Madam Speaker, this is not the first time. In March 2021, police defused a bomb on a bus near Lugazi, and in 2019, an explosion at a bar in Mbale killed three people. Each time we were promised more security. What has changed?

MR DAVID OKELLO (Tororo South): Madam Speaker, I want to know why the suspects arrested in Iganga on Saturday with detonators were not linked to these people earlier. Twenty-four hours is a long time.

MINISTER OF INTERNAL AFFAIRS (Gen. Robert Kasaija): The two men from Iganga are still being interrogated. I cannot say more in the House. We have deployed 2,000 officers to the Busoga sub-region and will install 120 cameras in Jinja.

THE SPEAKER: Government will pay the medical bills of the injured and Shs 5 million to each bereaved family. The House is suspended for 30 minutes.
"""))
GOLD += [
E(12, ["Sunday's attacks in Jinja", "a suicide bomber detonated an explosive vest at the main taxi park in Jinja City", "a second bomber blew himself up at the gate of the central market", "Islamic State claimed the attack yesterday"],
  "SUI", "2026-07-12", "day", "Jinja", "UG", 18, 61, "exact", "Islamic State", "Islamic State", False,
  "'On Sunday 12 July' -> 12 July. Two sites -> one event. '16 people have died, besides the two bombers, and 61 are injured' -> 16 + 2 = 18 ('besides' adds the bombers, events_holdout20), 61, exact; '11 of them critically' is a subset. 'Islamic State claimed the attack ... through its so-called Central Africa Province', found genuine -> claimant and perpetrator 'Islamic State' (dev: every branch except ISWAP). Jinja City -> Jinja. '9.45 a.m.', 'Four minutes', '0800 199 699' are not casualties."),
E(12, ["the Counter Terrorism Directorate of the police arrested four suspects in Mukono"],
  "ARR", "2026-07-13", "day", "Mukono", "UG", None, None, None, "police", None, False,
  "'Yesterday' vs Tuesday 14 July -> 13 July. The police's Counter Terrorism Directorate -> 'police'. 'Shs 150,000 a month' is rent; 'Another 23 people have been questioned' are not arrests."),
E(12, ["police defused a bomb on a bus near Lugazi"],
  "DWU", "2021-03-01", "month", "Lugazi", "UG", None, None, None, "police", None, True,
  "'In March 2021' -> month, background. A bomb defused on its own -> Disrupted weapons use; police -> 'police'."),
E(12, ["an explosion at a bar in Mbale killed three people"],
  "IED", "2019-01-01", "year", "Mbale", "UG", 3, None, "exact", None, None, True,
  "'in 2019' -> year, background. An explosion at a bar with no bomber said to die and no author -> Remote explosive/landmine/IED, null (events_holdout20: a bomb with no bomber is an IED). 'killed three people' -> 3."),
E(12, ["the suspects arrested in Iganga on Saturday with detonators"],
  "ARR", "2026-07-11", "day", "Iganga", "UG", None, None, None, "police", None, False,
  "'on Saturday' vs Tuesday 14 July -> 11 July. The Iganga arrest of fr 011, restated by an MP; the minister says the two men are being interrogated by the police -> 'police'. 'Twenty-four hours', '2,000 officers', '120 cameras', 'Shs 5 million', '30 minutes' are not casualties."),
]

# -------------------------------------------------------------- holdout22-013
ARTICLES.append(A(13, "en", "article", "2026-07-16T05:00:00Z",
"Jinja: boda-boda riders protest town-centre ban as bomb toll reaches 20",
"""
Police fired tear gas in Jinja on Wednesday to disperse hundreds of boda-boda riders who had converged on the city hall to protest against a ban on motorcycles in the town centre, imposed after Sunday's twin suicide bombing.

The riders, on about 400 motorcycles, blocked Main Street for more than an hour, hooting and chanting "we are not bombers". Four riders were injured, one of them hit by a tear-gas canister, the Uganda Red Cross said. The ban, announced on Monday, bars motorcycles from a 2-km radius around the taxi park and the central market, where the two bombers struck.

Many riders say they earn Shs 20,000 on a good day and cannot afford to lose the town-centre trade. "They are punishing the victims," said Musa Waiswa, 33, whose cousin was killed at the taxi park.

The toll from Sunday's attack rose again on Tuesday night, when two women died at Jinja Regional Referral Hospital. It now stands at 20 dead, including the two bombers, and 61 injured, the hospital's director said. Islamic State, which claimed the bombing on Monday, called the victims "infidels".

Also on Wednesday, police in Njeru, across the Nile bridge, arrested a mechanic suspected of fitting the bombers' vests with a remote detonator in case they hesitated. Police spokesman Patrick Onyango said he was the fifth person arrested over the attack.

Jinja's mayor said the ban would be reviewed after ten days and promised to meet the riders' associations on Friday. About 12,000 boda-bodas are registered in the city.
"""))
GOLD += [
E(13, ["Police fired tear gas in Jinja on Wednesday to disperse hundreds of boda-boda riders", "to protest against a ban"],
  "PI", "2026-07-15", "day", "Jinja", "UG", None, 4, "exact", None, None, False,
  "'on Wednesday' vs Thursday 16 July -> 15 July. A protest with a demand (lift the ban) dispersed with tear gas -> Protest with intervention; null actor. 'Four riders were injured' -> 4 injured, exact. 'hundreds of boda-boda riders', 'about 400 motorcycles' are participants and vehicles; 'more than an hour', '2-km', 'Shs 20,000', '33' are not casualties."),
E(13, ["Sunday's twin suicide bombing", "Sunday's attack"],
  "SUI", "2026-07-12", "day", "Jinja", "UG", 20, 61, "exact", "Islamic State", "Islamic State", False,
  "'Sunday's' vs Thursday 16 July -> 12 July. Two women died on Tuesday night -> '20 dead, including the two bombers, and 61 injured' -> 20 (inside), 61, exact. 'Islamic State, which claimed the bombing on Monday' -> claimant and perpetrator. Coded to Jinja (the taxi park and the market)."),
E(13, ["police in Njeru, across the Nile bridge, arrested a mechanic"],
  "ARR", "2026-07-15", "day", "Njeru", "UG", None, None, None, "police", None, False,
  "'Also on Wednesday' -> 15 July. Police -> 'police'. 'the fifth person arrested' is a cumulative count; 'ten days', 'About 12,000 boda-bodas' are not casualties."),
]

# -------------------------------------------------------------- holdout22-014
ARTICLES.append(A(14, "fr", "article", "2026-07-17T09:00:00Z",
"Ouganda : après l'attentat de Jinja, la traque du « logisticien » s'achève à Tororo",
"""
La police ougandaise a annoncé vendredi l'arrestation, jeudi soir à Tororo, près de la frontière kényane, d'un homme de 45 ans présenté comme le logisticien du double attentat-suicide de Jinja. Cet ancien chauffeur routier aurait fait entrer au moins 30 kilos d'explosifs depuis l'est de la RDC, cachés dans un camion de bananes, selon un communiqué.

L'attentat de dimanche à Jinja a été revendiqué lundi par l'État islamique, qui affirme avoir tué « plus de cent chrétiens ». Selon le dernier bilan, il a fait 20 morts, dont les deux kamikazes, et 61 blessés. Les ADF, que la police avait d'abord soupçonnées, n'ont fait aucune déclaration.

Avec cette arrestation, huit personnes sont désormais détenues. Mercredi, la police avait déjà interpellé deux frères à Kamuli, soupçonnés d'avoir hébergé les kamikazes pendant une semaine. Une douzaine de personnes ont été entendues comme témoins, sans être inquiétées.

La menace n'est pas nouvelle dans la région. En août 2024, un engin explosif avait détruit un pylône électrique près de Mayuge, sans faire de victimes. Il y a six ans, un colis piégé avait blessé deux employés d'une agence de transfert d'argent à Bugiri.

Le gouvernement a promis une récompense de 100 millions de shillings ougandais pour toute information sur un troisième homme, toujours recherché. Les ambassades occidentales ont conseillé à leurs ressortissants d'éviter les lieux publics de Jinja jusqu'à la fin du mois.
"""))
GOLD += [
E(14, ["l'arrestation, jeudi soir à Tororo, près de la frontière kényane, d'un homme de 45 ans"],
  "ARR", "2026-07-16", "day", "Tororo", "UG", None, None, None, "police", None, False,
  "'jeudi soir' vs Friday 17 July -> 16 July (the arrest day is given). The suspected facilitator; police -> 'police'. Tororo is in Uganda (near the Kenyan border). '45 ans', '30 kilos', 'un camion' are not casualties."),
E(14, ["double attentat-suicide de Jinja", "L'attentat de dimanche à Jinja a été revendiqué lundi par l'État islamique"],
  "SUI", "2026-07-12", "day", "Jinja", "UG", 20, 61, "exact", "Islamic State", "Islamic State", False,
  "'de dimanche' vs Friday 17 July -> 12 July. 'a été revendiqué lundi par l'État islamique' -> claimant and perpetrator; the claimant's « plus de cent » is never used. '20 morts, dont les deux kamikazes, et 61 blessés' -> 20 (inside), 61, exact. The ADF made no statement: neither claim nor denial."),
E(14, ["la police avait déjà interpellé deux frères à Kamuli"],
  "ARR", "2026-07-15", "day", "Kamuli", "UG", None, None, None, "police", None, False,
  "'Mercredi' vs Friday 17 July -> 15 July. Police -> 'police'. 'huit personnes sont désormais détenues' is a cumulative count; 'Une douzaine de personnes ont été entendues comme témoins' are not arrests; 'une semaine' is a span."),
E(14, ["un engin explosif avait détruit un pylône électrique près de Mayuge"],
  "IED", "2024-08-01", "month", "Mayuge", "UG", 0, 0, "exact", None, None, True,
  "'En août 2024' -> month, background. An explosive device, no author -> Remote explosive/landmine/IED, null. 'sans faire de victimes' -> explicit 0/0, exact (events_holdout19, 21)."),
E(14, ["un colis piégé avait blessé deux employés d'une agence de transfert d'argent à Bugiri"],
  "IED", "2020-01-01", "year", "Bugiri", "UG", None, 2, "exact", None, None, True,
  "'Il y a six ans' vs 2026 -> 2020, year, background. A parcel bomb -> Remote explosive/landmine/IED (events_holdout21 Marseille); null. 'blessé deux employés' -> 2 injured. '100 millions de shillings' is a reward."),
]

# -------------------------------------------------------------- holdout22-015
ARTICLES.append(A(15, "en", "article", "2026-07-20T07:00:00Z",
"Analysis: Jinja bombing shows Islamic State's reach has moved east of Kampala",
"""
For years, Ugandan security officials described the threat from the Allied Democratic Forces as a problem of the west: the Rwenzori mountains, the Congolese border, the oil region around Lake Albert. The twin suicide bombing in Jinja on July 12, which killed 20 people, the bombers included, and wounded 61, has moved that line more than 200 km east.

Islamic State, which claimed the attack, has used Ugandan recruits before, but mostly far from the Nile. In 2017, a bomb planted in a church compound in Hoima wounded five worshippers. In 2022, police arrested a cell of four men in Masaka who had sketches of a fuel depot and about 10 kg of explosives. Last September, ADF fighters abducted a dozen farm workers near Arua, in the north-west, according to the army; six have since escaped.

The east was quieter. The one serious incident before Jinja came in March 2023, when a grenade thrown into a bar in Kaliro killed two customers and wounded nine. Police blamed a local criminal gang.

Analysts point to the motorcycle taxi networks linking Busoga to Kampala and to the Kenyan border as a possible route for weapons. "It takes about three hours to ride from Tororo to Jinja, and nobody checks a boda-boda carrying bananas," said a former intelligence officer who asked not to be named.

The government has responded with numbers: 2,000 more police officers, 120 cameras, a curfew on motorcycles after 7 p.m. and a reward of Shs 100 million. Eight people are in custody.

Critics say that is not enough. About 60 percent of Jinja's residents are under 25, and youth unemployment in the city exceeds 30 percent. "A bomber is recruited for 500 dollars in places like this," said a community worker. "That is the problem to fix."
"""))
GOLD += [
E(15, ["The twin suicide bombing in Jinja on July 12", "the attack"],
  "SUI", "2026-07-12", "day", "Jinja", "UG", 20, 61, "exact", "Islamic State", "Islamic State", False,
  "'on July 12' -> 12 July 2026 (publication year). 'killed 20 people, the bombers included, and wounded 61' -> 20 (inside), 61, exact. 'Islamic State, which claimed the attack' -> claimant and perpetrator. '200 km' is a distance."),
E(15, ["a bomb planted in a church compound in Hoima wounded five worshippers"],
  "IED", "2017-01-01", "year", "Hoima", "UG", None, 5, "exact", None, None, True,
  "'In 2017' -> year, background. A planted bomb, no author named in the sentence -> Remote explosive/landmine/IED, null (the paragraph's 'Ugandan recruits' is context). 'wounded five' -> 5."),
E(15, ["police arrested a cell of four men in Masaka"],
  "ARR", "2022-01-01", "year", "Masaka", "UG", None, None, None, "police", None, True,
  "'In 2022' -> year, background. Police -> 'police'. 'four men' are arrestees, 'about 10 kg' a weight."),
E(15, ["ADF fighters abducted a dozen farm workers near Arua"],
  "ABD", "2025-09-01", "month", "Arua", "UG", None, None, None, "Allied Democratic Forces", None, True,
  "'Last September' vs July 2026 -> September 2025, month, background. ADF fighters, stated as the army's account -> 'Allied Democratic Forces' (events_val name), no claim. 'a dozen farm workers' are abductees, 'six have since escaped' is not a casualty figure."),
E(15, ["a grenade thrown into a bar in Kaliro killed two customers and wounded nine"],
  "GRN", "2023-03-01", "month", "Kaliro", "UG", 2, 9, "exact", None, None, True,
  "'in March 2023' -> month, background. Thrown grenade -> Grenade. 'Police blamed a local criminal gang' -> an unnamed gang -> null. 'killed two customers and wounded nine' -> 2, 9. 'three hours', '2,000', '120 cameras', '7 p.m.', 'Shs 100 million', 'Eight people are in custody', '60 percent', 'under 25', '30 percent', '500 dollars' are not casualties."),
]
