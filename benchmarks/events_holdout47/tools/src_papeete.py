"""Authoring source of benchmarks/events_holdout47 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Papeete, French Polynesia cluster (holdout47-016 to 020; English
and French), two suicide bombers on Wednesday 7 October 2026 at two sites of
one town (the municipal market and the ferry terminal on the waterfront,
about 400 m and four minutes apart): an English wire with a first report
(016), a ferry company's notice to passengers ("avis de la compagnie de
ferries", fr 017), a diplomatic note verbale of the French foreign ministry
to the Embassy of New Zealand in Paris ("note verbale", fr 018), an English
wire on the claim and a third arrest (019) and an English wire on a
dispersed march (020); and, numbered after the clusters, the security
notice of a yearbook's review of 2026 ("notice d'almanach", fr 021), which
recalls all four bombings and the Auckland arrest as background. Tahiti is UTC-10 all year: the Tahitian documents are
published between 18:30 and 22:00 UTC (08:30 to 12:00 local), so their local
date is the UTC date; the note verbale is dated in Paris (UTC+2 in October)
and published at 09:00 UTC, 11:00 in Paris, on the date it bears; the yearbook notice is dated in Paris (UTC+1 in
December) and published at 10:00 UTC. Gold
spellings: "Papeete", "Faa'a" (as the texts write it), "Taravao",
"Punaauia", "Uturoa" (PF), "Auckland" (NZ). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout47")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout47-016
ARTICLES.append(A(16, "en", "article", "2026-10-07T22:00:00Z",
"Twin suicide bombing kills at least 13 in Tahiti's capital",
"""
PAPEETE, French Polynesia (Pacific Rim Wire) - Two suicide bombers struck the centre of Papeete four minutes apart during the Wednesday morning rush, killing at least 11 people, not counting the two bombers, and wounding more than 50, French authorities in Tahiti said.

The first bomber set off his charge at about 7:20 a.m. among the flower and fish stalls of the municipal market. The second blew himself up at 7:24 a.m. in the ferry terminal, some 400 metres away on the waterfront, where hundreds of commuters had just stepped off the first boats from Moorea, 17 km across the channel.

"The ferry had just docked, the ramp was still down," said Teva Maraetaata, 31, a deckhand. "People ran back on board."

No group immediately claimed the attack. The high commissioner said investigators were "looking at every hypothesis", while a security source said the bombers could be linked to a network in Southeast Asia.

It is the fourth twin suicide bombing in a French overseas territory this year, after Marigot in Saint-Martin in January, Schoelcher in Martinique in April and Basse-Terre in Guadeloupe in July. French Polynesia had been spared: in 2019, a homemade bomb left outside the post office in Uturoa, on the island of Raiatea, went off at night without hurting anyone.

Faa'a international airport stayed open, but the flag carrier delayed its evening flight 102 to Los Angeles by three hours for extra checks. All 38 schools in Papeete were closed for the day, and the territory's government declared three days of mourning. The main hospital, with 450 beds, recalled off-duty staff.

Relatives can call a hotline on +689 40 46 86 00.
"""))
GOLD += [
E(16, ["Two suicide bombers struck the centre of Papeete", "The first bomber set off his charge", "The second blew himself up", "the attack"],
  "SUI", "2026-10-07", "day", "Papeete", "PF", 13, 50, "at_least", None, None, False,
  "Wire of Wednesday 7 October 2026 (12:00 in Tahiti); 'during the Wednesday morning rush' = the publication day. Two sites of one town (the municipal market and the ferry terminal, 'some 400 metres', four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least 11 people, not counting the two bombers' -> killed 11 + 2 = 13, at_least (the bombers are added); 'wounding more than 50' -> injured 50 (the qualifier describes the killed figure). No claim; 'could be linked to a network in Southeast Asia' is speculation and names no group -> perpetrator null. '7:20 a.m.', '7:24 a.m.', '400 metres', 'hundreds of commuters', '17 km', '31', 'flight 102', 'three hours', 'All 38 schools', 'three days', '450 beds', '+689 40 46 86 00' are not casualties."),
E(16, ["Marigot in Saint-Martin in January"],
  "SUI", "2026-01-01", "month", "Marigot", "MF", None, None, None, None, None, True,
  "Background: the Marigot twin suicide bombing (holdout47-001 to 005), named in the list 'the fourth twin suicide bombing in a French overseas territory this year, after ...': 'in January' -> 2026-01-01, month precision, 279 days before -> background. No toll, no claim in this text -> null."),
E(16, ["Schoelcher in Martinique in April"],
  "SUI", "2026-04-01", "month", "Schœlcher", "MQ", None, None, None, None, None, True,
  "Background: the Schœlcher twin suicide bombing (holdout47-006 to 010): 'in April' -> 2026-04-01, month precision -> background. No toll, no claim here -> null."),
E(16, ["Basse-Terre in Guadeloupe in July"],
  "SUI", "2026-07-01", "month", "Basse-Terre", "GP", None, None, None, None, None, True,
  "Background: the Basse-Terre twin suicide bombing (holdout47-011 to 015): 'in July' -> 2026-07-01, month precision, 98 days before -> background. No toll, no claim here -> null."),
E(16, ["a homemade bomb left outside the post office in Uturoa"],
  "IED", "2019-01-01", "year", "Uturoa", "PF", 0, 0, "exact", None, None, True,
  "'in 2019' -> year, background. A homemade bomb that 'went off' -> Remote explosive/landmine/IED (not defused), author unnamed -> null. 'without hurting anyone' says explicitly that nobody was hurt -> killed 0, injured 0, exact (dev: 0 only when the text says nobody was killed or hurt). Uturoa is the town of the island of Raiatea."),
]

# -------------------------------------------------------------- holdout47-017
ARTICLES.append(A(17, "fr", "article", "2026-10-08T18:30:00Z",
"Traversées Papeete-Moorea : avis aux passagers",
"""
AVIS AUX PASSAGERS - Compagnie maritime des Îles-du-Vent (CMIV). Traversées Papeete-Moorea. Avis n° 12 du jeudi 8 octobre 2026, 8 h 30.

La gare maritime de Papeete reste fermée jusqu'à nouvel ordre après le double attentat-suicide d'hier matin, dont l'une des explosions s'est produite dans notre hall d'embarquement, à 7 h 24. Le haut-commissariat a communiqué ce matin un nouveau bilan : seize morts, dont les deux kamikazes, et 57 blessés. Hier soir, il faisait encore état de quatorze morts. Deux de nos agents de quai et un matelot figurent parmi les blessés ; notre billettiste Hinano, 27 ans, a été tuée.

L'enquête : deux hommes ont été interpellés hier soir à Faa'a, dont l'un avait travaillé six mois comme manutentionnaire pour un sous-traitant de la compagnie. L'équipage du « Tamarii 3 », qui arrivait de Moorea au moment de l'explosion, a été entendu pendant la nuit par la police et laissé libre.

HORAIRES PROVISOIRES. Les départs ont lieu du quai des ferries de Motu Uta, poste 5.
- Papeete-Moorea : 6 h 00, 9 h 00, 12 h 00, 15 h 30, 17 h 30.
- Moorea (Vaiare)-Papeete : 5 h 00, 7 h 30, 10 h 30, 14 h 00, 16 h 30.
Durée de la traversée : 45 minutes. Capacité réduite à 320 passagers et 40 véhicules par rotation.

CONTRÔLES. Présentez-vous 40 minutes avant le départ. Bagages limités à 23 kg par passager ; fouille systématique. Les glacières sont interdites jusqu'à nouvel ordre.

BILLETS. Les billets du 7 octobre restent valables jusqu'au 31 octobre. Aller simple : 1 800 francs Pacifique ; abonnement mensuel : 19 500 francs. Le mois d'octobre est offert aux abonnés.

Renseignements : 40 50 57 57, de 5 heures à 19 heures. Nos pensées vont aux victimes et à leurs proches.
"""))
GOLD += [
E(17, ["double attentat-suicide d'hier matin", "l'une des explosions", "au moment de l'explosion"],
  "SUI", "2026-10-07", "day", "Papeete", "PF", 16, 57, "exact", None, None, False,
  "Ferry notice of Thursday 8 October (08:30 local); 'd'hier matin' -> 7 October; one of the two explosions was in the company's boarding hall at the ferry terminal (one of the two sites of Papeete) -> ONE event. Toll revised inside: 'Hier soir, il faisait encore état de quatorze morts' (superseded) -> 'seize morts, dont les deux kamikazes, et 57 blessés' -> killed 16 (bombers inside), injured 57, exact; the staff among the wounded and the ticket clerk killed are subsets. No claim -> perpetrator null. 'n° 12', '8 h 30', '7 h 24', '27 ans', 'six mois', 'poste 5', the departure times, '45 minutes', '320 passagers', '40 véhicules', '40 minutes', '23 kg', '31 octobre', '1 800' and '19 500 francs', '40 50 57 57', '5 heures à 19 heures' are not casualties."),
E(17, ["deux hommes ont été interpellés hier soir à Faa'a"],
  "ARR", "2026-10-07", "day", "Faa'a", "PF", None, None, None, "police", None, False,
  "'hier soir' vs Thursday 8 October -> 7 October, the evening of the bombing. No force named -> 'police'. The crew of the « Tamarii 3 », 'entendu pendant la nuit par la police et laissé libre', is not arrested."),
]

# -------------------------------------------------------------- holdout47-018
ARTICLES.append(A(18, "fr", "article", "2026-10-13T09:00:00Z",
"Note verbale du ministère des Affaires étrangères à l'ambassade de Nouvelle-Zélande",
"""
MINISTÈRE DE L'EUROPE ET DES AFFAIRES ÉTRANGÈRES - Direction des affaires juridiques, sous-direction de l'entraide judiciaire internationale. Note verbale n° 2026-1187/DAJ.

Le ministère de l'Europe et des affaires étrangères présente ses compliments à l'ambassade de Nouvelle-Zélande à Paris et a l'honneur de se référer à l'arrestation, le dimanche 11 octobre 2026 à Auckland, par la police néo-zélandaise, de M. Rawiri T., né le 4 mars 1989, de nationalités néo-zélandaise et française.

M. Rawiri T. est recherché dans le cadre de l'information judiciaire ouverte par le parquet national antiterroriste après le double attentat-suicide commis le mercredi 7 octobre 2026 à Papeete (Polynésie française), qui a fait dix-sept morts, y compris ses deux auteurs, et cinquante-sept blessés. L'attentat a été revendiqué par la « province d'Asie de l'Est » de l'État islamique, revendication que les autorités françaises tiennent pour authentique. M. Rawiri T. est soupçonné d'avoir financé les billets d'avion des deux auteurs et leur hébergement à Tahiti, pour un montant de 6 200 dollars néo-zélandais.

Le ministère a l'honneur de solliciter, conformément à la loi néo-zélandaise de 1999 sur l'extradition, le maintien en détention de l'intéressé et sa remise à la France. Un mandat d'arrêt délivré le 10 octobre 2026 par un juge d'instruction du tribunal judiciaire de Paris est joint en copie certifiée conforme, avec sa traduction en anglais (14 pages).

Le ministère précise que les deux personnes interpellées le 7 octobre 2026 à Faa'a ont été mises en examen et placées en détention provisoire, et que leurs déclarations mettent en cause M. Rawiri T.

Le ministère de l'Europe et des affaires étrangères saisit cette occasion pour renouveler à l'ambassade de Nouvelle-Zélande les assurances de sa haute considération.

Paris, le 13 octobre 2026. Sceau du ministère.

Ambassade de Nouvelle-Zélande, 103 rue de Grenelle, 75007 Paris.
"""))
GOLD += [
E(18, ["l'arrestation, le dimanche 11 octobre 2026 à Auckland"],
  "ARR", "2026-10-11", "day", "Auckland", "NZ", None, None, None, "police", None, False,
  "Note verbale dated Paris, Tuesday 13 October; 'le dimanche 11 octobre 2026' -> 11 October. The cluster's suspected facilitator (he paid the bombers' tickets and lodging), arrested in Auckland 'par la police néo-zélandaise' -> 'police', coded to Auckland in New Zealand (NZ). The request for his continued detention and surrender, and the arrest warrant of 10 October, are follow-ups, not events."),
E(18, ["double attentat-suicide commis le mercredi 7 octobre 2026 à Papeete", "L'attentat"],
  "SUI", "2026-10-07", "day", "Papeete", "PF", 17, 57, "exact", "Islamic State", "Islamic State", False,
  "'le mercredi 7 octobre 2026' -> 7 October. 'dix-sept morts, y compris ses deux auteurs, et cinquante-sept blessés' -> killed 17 (bombers inside), injured 57 (number words), exact. Claimed by the « province d'Asie de l'Est » de l'État islamique (a regional branch -> 'Islamic State', dev), a claim the French authorities hold 'authentique' -> claimant and perpetrator. 'n° 2026-1187/DAJ', '4 mars 1989', '6 200 dollars', '1999', '10 octobre 2026', '14 pages', '103 rue de Grenelle', '75007' are not casualties."),
E(18, ["les deux personnes interpellées le 7 octobre 2026 à Faa'a"],
  "ARR", "2026-10-07", "day", "Faa'a", "PF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-017: 'le 7 octobre 2026' in Faa'a. 'mises en examen et placées en détention provisoire' is its follow-up. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout47-019
ARTICLES.append(A(19, "en", "article", "2026-10-10T20:00:00Z",
"Islamic State claims Tahiti bombing; third suspect held in Taravao",
"""
PAPEETE, French Polynesia (Pacific Rim Wire) - Islamic State claimed responsibility on Friday for Wednesday's twin suicide bombing in Papeete, in a statement issued by the group's East Asia Province through its Amaq news agency, and French prosecutors said they regarded the claim as genuine.

The statement boasted of "more than 100 crusaders" killed. The toll confirmed by the high commission stands at 17 dead, including the two bombers, after a nine-year-old boy died in hospital on Friday, and 57 wounded.

Jemaah Islamiyah, an Indonesian network that security sources had mentioned in the first hours, denied any involvement. The high commissioner said the bombers, two brothers aged 21 and 24 born in Papeete, "may have been" radicalised during a stay in the Philippines, adding that this was "one line of inquiry among several".

Police arrested a third suspect on Friday in Taravao, on the isthmus joining the two parts of Tahiti, who is accused of storing the explosive belts in a boat shed. The two men detained in Faa'a on the evening of the attack were charged on Friday and remanded in custody. Some 30 relatives and friends of the brothers were questioned over two days; all were released.

The municipal market will reopen on Monday with 70 of its 240 stalls. The ferry terminal remains shut and boats to Moorea leave from the cargo port.

A march "for life" is planned for Sunday from the market to the territorial assembly. Organisers expect 10,000 people.

Tourism officials said 2,300 hotel nights had been cancelled since Wednesday, and the flag carrier is waiving change fees until October 31.
"""))
GOLD += [
E(19, ["Wednesday's twin suicide bombing in Papeete", "the attack"],
  "SUI", "2026-10-07", "day", "Papeete", "PF", 17, 57, "exact", "Islamic State", "Islamic State", False,
  "Wire of Saturday 10 October; 'Wednesday's' -> 7 October. '17 dead, including the two bombers, after a nine-year-old boy died in hospital on Friday, and 57 wounded' -> killed 17, injured 57, exact. 'Islamic State claimed responsibility on Friday ... the group's East Asia Province through its Amaq news agency', regarded 'as genuine' -> claimant and perpetrator 'Islamic State'; 'more than 100 crusaders' is never used. Jemaah Islamiyah's denial is not a claim; 'may have been' radicalised is speculation. 'aged 21 and 24', 'Some 30 relatives and friends' (questioned), '70 of its 240 stalls', '10,000 people' (expected marchers), '2,300 hotel nights', 'October 31' are not casualties. The march 'planned for Sunday' is future, not coded (holdout47-020 codes it)."),
E(19, ["Police arrested a third suspect on Friday in Taravao"],
  "ARR", "2026-10-09", "day", "Taravao", "PF", None, None, None, "police", None, False,
  "'on Friday' vs Saturday 10 October -> 9 October. A man accused of storing the belts, arrested in Taravao (Tahiti) -> 'police'. The relatives 'questioned over two days; all were released' are not arrested."),
E(19, ["The two men detained in Faa'a"],
  "ARR", "2026-10-07", "day", "Faa'a", "PF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-017: 'on the evening of the attack' -> 7 October (the phrase's 'the attack' names the bombing and is the bombing's trigger, so this trigger stops before it). 'charged on Friday and remanded in custody' is the follow-up. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout47-020
ARTICLES.append(A(20, "en", "article", "2026-10-16T21:00:00Z",
"Police tear-gas Papeete vendors a week after bombing",
"""
PAPEETE, French Polynesia (Pacific Rim Wire) - French police fired tear gas and swung batons on Thursday to disperse some 300 market vendors and ferry workers marching on the high commission in Papeete to demand compensation for the days lost since the October 7 suicide bombing, which has now killed 18 people, including the two bombers.

The march had set off peacefully from the municipal market, where a fish seller died of her injuries on Wednesday, raising the toll from 17. Five marchers and two officers were hurt, the fire service said. Fifty-seven people were wounded in the bombing itself.

On Sunday, more than 15,000 people had marched in silence along Papeete's waterfront behind a banner reading "Aroha, not hatred".

A man arrested on Tuesday in Punaauia, on Tahiti's west coast, on suspicion of forging the bombers' identity papers was freed without charge on Wednesday. The man arrested in Taravao last Friday has been charged with terrorist conspiracy. A court in New Zealand will hear on November 3 France's request to extradite a man arrested in Auckland on October 11.

Islamic State claimed the attack through its East Asia Province.

The market reopened on Monday with 70 of its 240 stalls, and the ferry terminal is due to reopen on October 26. The territory has lost an estimated 1.4 billion CFP francs ($13 million) in tourism revenue, the chamber of commerce said, and 41 percent of hotel bookings for the rest of October have been cancelled.

Apart from the 2019 bomb at the Uturoa post office, which hurt no one, French Polynesia had never been targeted.
"""))
GOLD += [
E(20, ["French police fired tear gas and swung batons on Thursday to disperse some 300 market vendors and ferry workers"],
  "PI", "2026-10-15", "day", "Papeete", "PF", None, 7, "exact", None, None, False,
  "Wire of Friday 16 October; 'on Thursday' -> 15 October. About 300 vendors and ferry workers marching on the high commission with a demand (compensation), which 'had set off peacefully', dispersed with tear gas and batons -> Protest with intervention, perpetrator null (dev). 'Five marchers and two officers were hurt' -> injured 5 + 2 = 7 (all sides summed, dev), exact; killed null. 'some 300' counts marchers."),
E(20, ["the October 7 suicide bombing", "the bombing itself", "the attack"],
  "SUI", "2026-10-07", "day", "Papeete", "PF", 18, 57, "exact", "Islamic State", "Islamic State", False,
  "'the October 7 suicide bombing' -> 7 October. 'has now killed 18 people, including the two bombers' -> killed 18 (a fish seller died Wednesday, 'raising the toll from 17', superseded), 'Fifty-seven people were wounded in the bombing itself' -> injured 57, exact. 'Islamic State claimed the attack through its East Asia Province', undisputed -> claimant and perpetrator. '70 of its 240 stalls', 'October 26', '1.4 billion CFP francs', '$13 million', '41 percent', 'November 3' are not casualties."),
E(20, ["more than 15,000 people had marched in silence along Papeete's waterfront"],
  "PP", "2026-10-11", "day", "Papeete", "PF", None, None, None, None, None, False,
  "'On Sunday' vs Friday 16 October -> 11 October (the march planned in holdout47-019). A silent march behind a banner with a message ('Aroha, not hatred'), no incident -> Peaceful protest, perpetrator null. 'more than 15,000' counts marchers; 'along Papeete's waterfront' -> Papeete."),
E(20, ["A man arrested on Tuesday in Punaauia"],
  "ARR", "2026-10-13", "day", "Punaauia", "PF", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 16 October -> 13 October. Arrested in Punaauia on suspicion of forging papers -> Arrests, no force named -> 'police'. 'freed without charge on Wednesday' does not undo the arrest."),
E(20, ["The man arrested in Taravao last Friday"],
  "ARR", "2026-10-09", "day", "Taravao", "PF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-019: 'last Friday' in a Friday 16 October story -> the previous Friday, 9 October (not the publication day). 'has been charged with terrorist conspiracy' is its follow-up. No force named -> 'police'."),
E(20, ["a man arrested in Auckland on October 11"],
  "ARR", "2026-10-11", "day", "Auckland", "NZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-018: 'on October 11' in Auckland (NZ). The extradition hearing 'on November 3' is a future follow-up, not an event. No force named; the New Zealand police of holdout47-018 -> 'police'."),
E(20, ["the 2019 bomb at the Uturoa post office, which hurt no one"],
  "IED", "2019-01-01", "year", "Uturoa", "PF", 0, 0, "exact", None, None, True,
  "'the 2019 bomb' -> year, background: the Uturoa device of holdout47-016, which went off. 'which hurt no one' says nobody was hurt -> killed 0, injured 0, exact. Author unnamed -> null. 'French Polynesia had never been targeted' is generic."),
]

# -------------------------------------------------------------- holdout47-021
ARTICLES.append(A(21, "fr", "article", "2026-12-28T10:00:00Z",
"Almanach des Outre-mer 2027 : l'année 2026, sécurité et justice",
"""
ALMANACH DES OUTRE-MER 2027 - RÉTROSPECTIVE « L'ANNÉE 2026 », RUBRIQUE SÉCURITÉ ET JUSTICE. Notice arrêtée au lundi 28 décembre 2026.

L'année restera celle de quatre doubles attentats-suicides contre l'outre-mer français, une série sans précédent depuis la départementalisation de 1946.

31 JANVIER - MARIGOT (Saint-Martin). Deux kamikazes se font exploser au marché du front de mer et sur le quai de la marina Fort-Louis : douze morts, les deux auteurs compris, et 38 blessés. L'État islamique revendique l'attentat deux jours plus tard.

17 AVRIL - SCHŒLCHER (Martinique). Double attentat-suicide sur le front de mer de l'Anse Madame et à l'entrée du campus universitaire : quatorze morts, dont les deux kamikazes, et 41 blessés, parmi lesquels de nombreux étudiants. Revendication d'Al-Qaïda au Maghreb islamique, jugée crédible par le parquet.

12 JUILLET - BASSE-TERRE (Guadeloupe). Les deux explosions frappent le parvis de la cathédrale, à la sortie de la messe, puis le marché couvert : douze morts, y compris les auteurs, et 27 blessés. Revendication de Jamaat al Muslimeen, un groupe de Trinité-et-Tobago.

7 OCTOBRE - PAPEETE (Polynésie française). L'attaque la plus meurtrière de l'année vise le marché municipal et la gare maritime à l'heure de pointe : dix-huit morts, dont les deux kamikazes, et 57 blessés. Revendication de l'État islamique. Le 11 octobre, un financier présumé est arrêté à Auckland ; la Nouvelle-Zélande l'a remis à la France le 9 décembre.

EN CHIFFRES. 56 morts au total, dont 8 kamikazes ; 163 blessés ; 11 personnes mises en examen ; 4 200 gendarmes et policiers envoyés en renfort ; 2,1 millions d'euros versés aux victimes par le fonds de garantie au 30 novembre.

AUSSI EN 2026. Le cyclone Tehani a traversé les Marquises en février sans faire de victime. La fréquentation touristique a reculé de 12 % aux Antilles et de 9 % en Polynésie. Le nombre d'escales de paquebots à Saint-Martin est tombé de 310 à 205.

À LIRE AUSSI : « Les procès à venir », page 214 ; « Chronologie des outre-mer, 1946-2026 », pages 230 à 241.
"""))
GOLD += [
E(21, ["Deux kamikazes se font exploser", "l'attentat"],
  "SUI", "2026-01-31", "day", "Marigot", "MF", 12, 38, "exact", "Islamic State", "Islamic State", True,
  "Yearbook notice of Monday 28 December 2026; '31 JANVIER' under the 2026 heading -> 2026-01-31, 331 days before -> background. 'douze morts, les deux auteurs compris, et 38 blessés' -> killed 12, injured 38, exact. 'L'État islamique revendique l'attentat deux jours plus tard' (a historical present), undisputed -> claimant and perpetrator. The intro's 'quatre doubles attentats-suicides' is a generic count, not a trigger."),
E(21, ["Double attentat-suicide sur le front de mer de l'Anse Madame"],
  "SUI", "2026-04-17", "day", "Schœlcher", "MQ", 14, 41, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", True,
  "'17 AVRIL' -> 2026-04-17, background. 'quatorze morts, dont les deux kamikazes, et 41 blessés' -> killed 14, injured 41, exact. 'Revendication d'Al-Qaïda au Maghreb islamique, jugée crédible' -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb'. The upper-case heading 'SCHŒLCHER' uses the ligature of the gold spelling."),
E(21, ["Les deux explosions frappent le parvis de la cathédrale"],
  "SUI", "2026-07-12", "day", "Basse-Terre", "GP", 12, 27, "exact", "Jamaat al Muslimeen", "Jamaat al Muslimeen", True,
  "'12 JUILLET' -> 2026-07-12, background. Two explosions at two sites of one town -> ONE event. 'douze morts, y compris les auteurs, et 27 blessés' -> killed 12, injured 27, exact. 'Revendication de Jamaat al Muslimeen', told and not disputed -> claimant and perpetrator."),
E(21, ["L'attaque la plus meurtrière de l'année"],
  "SUI", "2026-10-07", "day", "Papeete", "PF", 18, 57, "exact", "Islamic State", "Islamic State", True,
  "'7 OCTOBRE' -> 2026-10-07, 82 days before -> background. 'dix-huit morts, dont les deux kamikazes, et 57 blessés' -> killed 18, injured 57, exact. 'Revendication de l'État islamique' -> claimant and perpetrator. The cumulative 'EN CHIFFRES' ('56 morts au total, dont 8 kamikazes ; 163 blessés', '11 personnes', '4 200 gendarmes et policiers', '2,1 millions d'euros') are statistics, not coded and not casualties of any event; '1946', '12 %', '9 %', '310 à 205', 'page 214', 'pages 230 à 241' are not casualties; the cyclone (natural disaster) is not coded."),
E(21, ["un financier présumé est arrêté à Auckland"],
  "ARR", "2026-10-11", "day", "Auckland", "NZ", None, None, None, "police", None, True,
  "'Le 11 octobre' -> 2026-10-11, 78 days before -> background. The Papeete facilitator's arrest in Auckland (NZ); no force named, the New Zealand police of the cluster -> 'police'. His surrender to France 'le 9 décembre' is a follow-up, not an event."),
]
