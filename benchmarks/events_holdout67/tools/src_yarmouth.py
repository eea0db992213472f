"""Authoring source of benchmarks/events_holdout67 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Yarmouth, Nova Scotia (Canada) cluster (holdout67-006 to 010;
English and French, on the Acadian shore), two suicide bombers on Saturday
23 May 2026 at two sites of one town (the waterfront boardwalk by the ferry
terminal and the farmers' market on Main Street, about 450 m and seven
minutes apart): an English wire with a first report (006), the intervention
note of the SNSM lifeboat station of Saint-Pierre, in Saint-Pierre-et-
Miquelon ("note d'une station de sauvetage en mer", fr 007), the letter of
an Acadian brass band to its members ("lettre d'une fanfare", fr 008), an
English wire on the claim, charges and a release (009) and the June
bulletin of a community allotment association ("bulletin des jardins
familiaux", fr 010). Nova Scotia is UTC-3 and Saint-Pierre-et-Miquelon UTC-2
in May and June: every publication time here is between 13:00 and 20:00 UTC,
so every local date is the UTC date. The gold keeps "Miquelon" (the island
and village of the commune of Miquelon-Langlade) with the country code PM.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout67")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout67-006
ARTICLES.append(A(6, "en", "article", "2026-05-23T19:00:00Z",
"Suicide bombers kill at least 10 in Nova Scotia port town",
"""
YARMOUTH, Nova Scotia (Maritime Wire) - Two suicide bombers blew themselves up seven minutes apart in the Nova Scotia port town of Yarmouth on Saturday morning, killing at least eight people besides themselves and wounding dozens, the Royal Canadian Mounted Police said.

The first attacker detonated his explosives at about 10:40 a.m. on the waterfront boardwalk, where families had gathered to greet the first ferry of the season from Bar Harbor, Maine. The second set off his charge at 10:47 among the stalls of the farmers' market on Main Street, about 450 metres uphill.

"People were running up from the water straight into the second blast," said Mireille d'Entremont, 52, who sells maple fudge at stall 9. A nurse at the regional hospital said its 12 trauma beds had filled within half an hour.

No group had claimed responsibility by early afternoon. Investigators were examining whether the pair "could be linked to al-Qaeda", a federal official said, and whether they "may have arrived by sea".

Nova Scotia has rarely seen political violence. In 2017, a pipe bomb exploded outside a tavern in Antigonish, injuring two people; the case was never solved.

The ferry, with 380 passengers on board, was turned back to Bar Harbor, some 160 km across the Gulf of Maine. Highway 101 was closed at exit 34, and the RCMP sent 120 officers from Halifax, 300 km away. Flags on provincial buildings were lowered to half-mast, and a line for relatives, 1-888-555-0147, was opened at noon.

Yarmouth, a town of about 7,000 people at the heart of the province's French-speaking Acadian shore, had been preparing for its summer festival. "This is a town where everybody knows everybody," said Father Paul Muise, 66, who opened his church to the families waiting for news. "Tonight, every family knows someone."
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up", "The first attacker detonated his explosives", "The second set off his charge", "the second blast"],
  "SUI", "2026-05-23", "day", "Yarmouth", "CA", 10, 12, "at_least", None, None, False,
  "Wire of Saturday 23 May 2026 (16:00 in Yarmouth); 'on Saturday morning' = the publication day. Two sites of one town (the waterfront boardwalk and the farmers' market on Main Street, 'about 450 metres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people besides themselves and wounding dozens' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); 'dozens' -> injured 12 (dev table; the qualifier describes the killed figure). No claim; 'could be linked to al-Qaeda' and 'may have arrived by sea' are speculation -> perpetrator null. '10:40 a.m.', '10:47', '450 metres', '52', 'stall 9', '12 trauma beds', 'half an hour', '380 passengers', '160 km', 'Highway 101', 'exit 34', '120 officers', '300 km', '1-888-555-0147', '7,000 people', '66' are not casualties."),
E(6, ["a pipe bomb exploded outside a tavern in Antigonish"],
  "IED", "2017-01-01", "year", "Antigonish", "CA", None, 2, "exact", None, None, True,
  "'In 2017' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; 'the case was never solved' -> perpetrator null. 'injuring two people' -> injured 2 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout67-007
ARTICLES.append(A(7, "fr", "article", "2026-05-26T14:00:00Z",
"Station SNSM de Saint-Pierre : note d'intervention n° 14/2026",
"""
SOCIÉTÉ NATIONALE DE SAUVETAGE EN MER - STATION DE SAINT-PIERRE (Saint-Pierre-et-Miquelon). NOTE D'INTERVENTION N° 14/2026, rédigée le mardi 26 mai 2026 par le patron de la vedette, à l'attention des bénévoles et du comité de station.

1. CONTEXTE. Après le double attentat-suicide de samedi à Yarmouth, en Nouvelle-Écosse, les autorités canadiennes ont signalé un chalutier de 14 mètres parti de Yarmouth samedi soir vers nos îles. Lundi 25 mai à 4 h 50, à la demande de la gendarmerie maritime, notre vedette SNS 214 « Notre-Dame-des-Flots » a appareillé pour l'escorter.

2. DÉROULÉ. Le chalutier a été repéré à 12 milles au sud-ouest de Miquelon, faisant route à 7 nœuds. Nous l'avons accompagné jusqu'au port de Miquelon, où les gendarmes ont interpellé à quai, à 8 h 15, un homme de 47 ans soupçonné d'avoir hébergé les deux kamikazes et transporté leurs explosifs depuis Halifax. Les trois hommes d'équipage ont été entendus par les gendarmes, puis laissés libres dans l'après-midi.

3. BILAN DE L'ATTENTAT, pour l'information des équipages. Selon la Gendarmerie royale du Canada, l'attentat a fait douze morts, dont les deux kamikazes, et 41 blessés. Plusieurs familles de Saint-Pierre ont des proches à Yarmouth ; le comité tient une liste à la disposition des bénévoles.

4. MOYENS ENGAGÉS. Six bénévoles embarqués, 5 h 40 de mer, 410 litres de gazole. Vent de sud-ouest force 5, houle de 2 mètres, visibilité réduite à 1 mille dans la brume jusqu'à 7 heures. Veille VHF sur le canal 16, travail sur le canal 10. Aucun blessé parmi l'équipage, aucun dommage à la vedette.

5. SUITES. Le chalutier est immobilisé au port de Miquelon sur réquisition du procureur. L'homme interpellé a été conduit à Saint-Pierre par la vedette de la gendarmerie ; sa remise au Canada est à l'étude. La vedette SNS 214 reprend l'astreinte normale dès ce soir.

Merci à tous pour votre disponibilité, et pensée pour nos cousins d'Acadie.

Le patron, Yannick Detcheverry. Station SNSM de Saint-Pierre, quai de la Roncière, tél. +508 41 55 02.
"""))
GOLD += [
E(7, ["double attentat-suicide de samedi à Yarmouth", "l'attentat a fait douze morts"],
  "SUI", "2026-05-23", "day", "Yarmouth", "CA", 12, 41, "exact", None, None, False,
  "Lifeboat station note of Tuesday 26 May; 'de samedi' -> Saturday 23 May. 'douze morts, dont les deux kamikazes, et 41 blessés' -> killed 12 (number word; bombers inside), injured 41, exact. No claim named -> perpetrator null. The heading 'BILAN DE L'ATTENTAT' (capitals) is left out of the triggers. '14/2026', '14 mètres', '4 h 50', 'SNS 214', '12 milles', '7 nœuds', '8 h 15', '47 ans', 'trois hommes d'équipage' (heard, not arrested), 'Six bénévoles', '5 h 40', '410 litres', 'force 5', '2 mètres', '1 mille', '7 heures', 'canal 16', 'canal 10', '+508 41 55 02' are not casualties; 'Aucun blessé parmi l'équipage' is about the lifeboat crew, not an event."),
E(7, ["les gendarmes ont interpellé à quai"],
  "ARR", "2026-05-25", "day", "Miquelon", "PM", None, None, None, "police", None, False,
  "'Lundi 25 mai' -> 25 May. The cluster's suspected facilitator (a man of 47 suspected of lodging the bombers and carrying their explosives from Halifax), arrested on the quay of the port of Miquelon, in Saint-Pierre-et-Miquelon -> PM; the gendarmes -> 'police' (dev: gendarmerie is police). The lifeboat's escort is not an event; the boat's immobilisation, his transfer to Saint-Pierre and the planned handover are follow-ups. The three crewmen 'entendus ... puis laissés libres' are not arrested."),
]

# -------------------------------------------------------------- holdout67-008
ARTICLES.append(A(8, "fr", "article", "2026-05-28T13:00:00Z",
"La Fanfare de la Baie Sainte-Marie écrit à ses membres",
"""
FANFARE ACADIENNE DE LA BAIE SAINTE-MARIE - Pointe-de-l'Église (Nouvelle-Écosse), le jeudi 28 mai 2026. Lettre aux membres, aux parents des jeunes musiciens et aux amis de la fanfare.

Chers amis,

Samedi matin, notre fanfare jouait sur la promenade du port de Yarmouth pour accueillir le premier traversier de la saison quand le premier kamikaze s'est fait exploser, à quelques mètres de nos tambours. Notre trompettiste Gabriel LeBlanc, 19 ans, a été tué sur le coup. Quatre de nos musiciens ont été blessés : trois sont rentrés à la maison, et Chloé, 15 ans, est toujours soignée à Halifax.

Le double attentat a fait en tout onze victimes, sans compter les deux kamikazes, depuis la mort, mercredi, d'une grand-mère de 83 ans qui nous applaudissait. On compte quarante et un blessés.

Mercredi, Al-Qaïda dans la péninsule arabique a revendiqué l'attaque dans une vidéo qui se vante de « plus de cinquante croisés » tués. La GRC juge la revendication crédible. L'État islamique a nié toute implication par son agence Amaq. Un ministre fédéral a déclaré que les deux hommes « pourraient avoir été radicalisés en ligne ».

Nous sommes soulagés que deux hommes aient été arrêtés samedi soir à Meteghan, à quelques kilomètres de notre salle de répétition, et que le passeur présumé ait été interpellé lundi à Miquelon.

Dimanche, plus de 3 000 personnes ont marché dans les rues de Yarmouth, drapeaux acadiens en tête, pour dire que « l'Acadie reste debout ». Nos musiciens, en noir, ont joué l'Ave Maris Stella.

Les répétitions reprendront le mardi 2 juin à 19 heures. Le concert du 14 juin, au profit des familles, est maintenu dans la salle de 350 places de l'université : billets à 15 dollars, gratuit pour les moins de 12 ans. Nos 42 musiciens porteront un ruban noir. Pour les dons : 902 555 0183.

La fanfare, fondée en 1931, n'a jamais manqué une fête nationale de l'Acadie, le 15 août. Elle ne manquera pas celle-ci.

Votre cheffe de fanfare,
Rose-Marie Comeau
"""))
GOLD += [
E(8, ["le premier kamikaze s'est fait exploser", "Le double attentat", "revendiqué l'attaque"],
  "SUI", "2026-05-23", "day", "Yarmouth", "CA", 13, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Brass band letter of Thursday 28 May; 'Samedi matin' -> Saturday 23 May, on the Yarmouth waterfront. 'onze victimes, sans compter les deux kamikazes' -> killed 11 + 2 = 13 (the grandmother of 83 who died on Wednesday and the trumpeter of 19 are inside), exact; 'quarante et un blessés' -> injured 41 (number words); 'Quatre de nos musiciens' are a subset. Claimed 'Mercredi' (27 May) by 'Al-Qaïda dans la péninsule arabique', judged 'crédible' by the RCMP -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula' (the canonical name earlier sets use); the video's 'plus de cinquante croisés' is never used. Islamic State's denial is not a claim; « pourraient avoir été radicalisés en ligne » is speculation. '19 ans', '15 ans', '83 ans', '3 000 personnes' (marchers), '2 juin', '19 heures', '14 juin', '350 places', '15 dollars', '12 ans', '42 musiciens', '902 555 0183', '1931', '15 août' are not casualties."),
E(8, ["deux hommes aient été arrêtés samedi soir à Meteghan"],
  "ARR", "2026-05-23", "day", "Meteghan", "CA", None, None, None, "police", None, False,
  "'samedi soir' vs Thursday 28 May -> Saturday 23 May, the evening of the bombing. No force named in this sentence; the cluster's police (the RCMP, 'La GRC') -> 'police'."),
E(8, ["le passeur présumé ait été interpellé lundi à Miquelon"],
  "ARR", "2026-05-25", "day", "Miquelon", "PM", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-007: 'lundi' vs Thursday 28 May -> Monday 25 May; Miquelon, Saint-Pierre-et-Miquelon -> PM. No force named -> 'police'."),
E(8, ["plus de 3 000 personnes ont marché dans les rues de Yarmouth"],
  "PP", "2026-05-24", "day", "Yarmouth", "CA", None, None, None, None, None, False,
  "'Dimanche' vs Thursday 28 May -> Sunday 24 May. A march behind Acadian flags with a message (« l'Acadie reste debout »), no incident -> Peaceful protest, perpetrator null. 'plus de 3 000' counts marchers."),
]

# -------------------------------------------------------------- holdout67-009
ARTICLES.append(A(9, "en", "article", "2026-05-29T16:00:00Z",
"RCMP calls al-Qaeda branch's claim of Yarmouth bombing credible as toll rises",
"""
HALIFAX, Nova Scotia (Maritime Wire) - The death toll from last Saturday's twin suicide bombing in Yarmouth rose to 14, including the two bombers, after a 71-year-old retired fisherman died in hospital on Thursday, health officials said. Forty-one people were wounded, six of whom remain in critical condition.

The RCMP said the claim of responsibility issued on Wednesday by al-Qaeda in the Arabian Peninsula was "credible", though investigators dismissed the group's boast of "more than fifty crusaders" killed.

The two men arrested in Meteghan on the night of the attack appeared in court in Yarmouth on Thursday and were charged with murder and terrorism offences. Both are Canadian citizens, aged 24 and 30.

The suspected facilitator, a 47-year-old man arrested by French gendarmes on Monday on Miquelon, is being held in Saint-Pierre pending a decision on his transfer to Canada. A French magistrate on Saint-Pierre will rule on the request within 30 days.

A woman detained in Digby on Tuesday over phone calls she had received from one of the bombers was released without charge on Wednesday. Eleven co-workers of the bombers at a fish plant were questioned and sent home.

On Sunday, more than 3,000 people had marched through Yarmouth behind Acadian flags.

Police last dealt with a bomb in the province in 2017, when a pipe bomb wounded two people outside an Antigonish tavern.

Ferry service to Bar Harbor resumed on Thursday with 212 passengers, under a security perimeter of 200 metres. A relief fund set up by the town had raised 1.3 million dollars by Friday morning; donations can be made by calling 902-555-0199.
"""))
GOLD += [
E(9, ["last Saturday's twin suicide bombing in Yarmouth"],
  "SUI", "2026-05-23", "day", "Yarmouth", "CA", 14, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Wire of Friday 29 May; 'last Saturday's' -> Saturday 23 May. 'rose to 14, including the two bombers' -> killed 14 (the fisherman of 71 who died on Thursday is inside), exact; 'Forty-one people were wounded' -> injured 41 (number words); 'six of whom remain in critical condition' is a subset. 'the claim of responsibility issued on Wednesday by al-Qaeda in the Arabian Peninsula was \"credible\"' -> claimant and perpetrator; the group's 'more than fifty crusaders' is never used. The dateline is Halifax; the bombing is in Yarmouth. '71', 'aged 24 and 30', '47', '30 days', 'Eleven co-workers' (questioned), '3,000 people' (marchers), '212 passengers', '200 metres', '1.3 million dollars', '902-555-0199' are not casualties."),
E(9, ["The two men arrested in Meteghan on the night of the attack"],
  "ARR", "2026-05-23", "day", "Meteghan", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-008: 'on the night of the attack' -> Saturday 23 May. 'appeared in court ... and were charged with murder and terrorism offences' is the arrest's follow-up, not a new event. No force named -> 'police' (the RCMP of the cluster)."),
E(9, ["a 47-year-old man arrested by French gendarmes on Monday on Miquelon"],
  "ARR", "2026-05-25", "day", "Miquelon", "PM", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-007: 'on Monday' vs Friday 29 May -> 25 May; Miquelon -> PM; 'French gendarmes' -> 'police'. His custody on Saint-Pierre and the ruling on his transfer are follow-ups."),
E(9, ["A woman detained in Digby on Tuesday"],
  "ARR", "2026-05-26", "day", "Digby", "CA", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 29 May -> 26 May. A woman detained over calls from one of the bombers -> Arrests; 'released without charge on Wednesday' does not undo the arrest and is not an event. No force named -> 'police'. The 'Eleven co-workers ... questioned and sent home' are not arrested."),
E(9, ["more than 3,000 people had marched through Yarmouth behind Acadian flags"],
  "PP", "2026-05-24", "day", "Yarmouth", "CA", None, None, None, None, None, False,
  "'On Sunday' vs Friday 29 May -> 24 May: the march of holdout67-008 behind Acadian flags (its message is given there), no incident -> Peaceful protest, perpetrator null. '3,000' counts marchers."),
E(9, ["a pipe bomb wounded two people outside an Antigonish tavern"],
  "IED", "2017-01-01", "year", "Antigonish", "CA", None, 2, "exact", None, None, True,
  "'in 2017' -> year, background: the Antigonish pipe bomb of holdout67-006 -> Remote explosive/landmine/IED, author unknown -> null. 'wounded two people' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout67-010
ARTICLES.append(A(10, "fr", "article", "2026-06-01T13:00:00Z",
"Jardins familiaux acadiens de Yarmouth : bulletin de juin",
"""
JARDINS FAMILIAUX ACADIENS DE YARMOUTH - BULLETIN DE JUIN, lundi 1er juin 2026. Aux 64 jardinières et jardiniers des parcelles du chemin du Cap.

UNE PENSÉE D'ABORD. Le double attentat-suicide du 23 mai a fait quatorze morts, deux kamikazes compris, et une quarantaine de blessés. Parmi ces derniers, notre doyenne, Thérèse Surette, 78 ans, blessée au marché de la rue Main où elle vendait nos surplus de laitue ; elle est rentrée chez elle vendredi. L'attaque a été revendiquée par Al-Qaïda dans la péninsule arabique.

Les deux jeunes hommes arrêtés à Meteghan dans la nuit de l'attentat avaient loué chez nous, l'an dernier, la parcelle n° 37. La GRC a fouillé leur ancien cabanon mercredi ; les voisins de parcelle ont été interrogés sur place, puis laissés libres. La parcelle retourne à la liste d'attente.

CALENDRIER. Plantation des tomates et des courges à partir du 6 juin, quand le sol aura atteint 15 degrés. Arrosage le soir seulement : deux arrosoirs de 10 litres par parcelle et par jour, car le compteur a dépassé 90 mètres cubes en mai.

COTISATION. Elle reste à 25 dollars par saison pour une parcelle de 3 mètres sur 6. Les 18 membres qui n'ont pas encore payé peuvent le faire à la cabane, le samedi, de 9 heures à midi.

ENTRAIDE. Le samedi 13 juin, nous récolterons les premiers radis et la rhubarbe pour les familles endeuillées. La banque alimentaire de Yarmouth nous a demandé 40 paniers. Les bénévoles sont attendus à 8 heures, avec gants et sécateurs.

VEILLÉE. Une veillée aux chandelles aura lieu au jardin le dimanche 7 juin, à 20 h 30, autour du pommier planté en 1998 par les fondatrices. Chacun peut apporter une fleur de son jardin.

OUTILS. La tondeuse commune est réparée (facture de 140 dollars). Merci de la rendre propre et de noter vos heures dans le cahier, et de refermer le cadenas, code 1755.

Contact : Aurèle Pothier, président, 902 555 0162.
"""))
GOLD += [
E(10, ["Le double attentat-suicide du 23 mai", "L'attaque a été revendiquée"],
  "SUI", "2026-05-23", "day", "Yarmouth", "CA", 14, 40, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Allotment bulletin of Monday 1 June; 'du 23 mai' -> 23 May. 'quatorze morts, deux kamikazes compris' -> killed 14 (number word; bombers inside), exact (the qualifier describes the killed figure); 'une quarantaine de blessés' -> injured 40 (dev table: quarantaine = 40); the member of 78 injured at the market is one of them. 'revendiquée par Al-Qaïda dans la péninsule arabique', undisputed -> claimant and perpetrator. '64 jardinières et jardiniers', '78 ans', 'n° 37', '6 juin', '15 degrés', '10 litres', '90 mètres cubes', '25 dollars', '3 mètres sur 6', '18 membres', '9 heures', '13 juin', '40 paniers', '8 heures', '7 juin', '20 h 30', '1998', '140 dollars', '1755', '902 555 0162' are not casualties. The vigil of 7 June is future and not coded."),
E(10, ["Les deux jeunes hommes arrêtés à Meteghan dans la nuit de l'attentat"],
  "ARR", "2026-05-23", "day", "Meteghan", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-008: 'dans la nuit de l'attentat' -> Saturday 23 May (a night is coded to its evening's day, dev). No force named for the arrest -> 'police'. The search of their old shed on Wednesday is not an event; the plot neighbours 'interrogés sur place, puis laissés libres' are not arrested."),
]
