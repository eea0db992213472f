"""Authoring source of benchmarks/events_holdout47 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Schœlcher, Martinique cluster (holdout47-006 to 010; English and
French), two suicide bombers on Friday 17 April 2026 at two sites of one
town (the Anse Madame seafront and the bus station at the entrance of the
university campus, about 600 m and six minutes apart): an English wire with
a first report (006), a concert promoter's ticket refund notice ("avis de
remboursement de billets de concert", fr 007), a statement of a university's
board ("communiqué du conseil d'université", fr 008), a newspaper readers'
editor's column ("chronique du médiateur", fr 009) and English podcast
episode notes with timestamps (010). Martinique and Barbados are UTC-4 all
year: every publication time here is between 13:00 and 23:00 UTC (09:00 to
19:00 local), so every local date is the UTC date. The gold keeps the French
spelling "Schœlcher", which the English texts write "Schoelcher"; "Le
Robert", "Le Marin", "Sainte-Luce" (MQ), "Bridgetown" (BB). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout47")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout47-006
ARTICLES.append(A(6, "en", "article", "2026-04-17T23:00:00Z",
"Two suicide bombers kill at least 10 in Martinique",
"""
SCHOELCHER, Martinique (Antilles Wire) - Two suicide bombers blew themselves up six minutes apart in Schoelcher, a seaside town on Martinique's west coast, on Friday evening, killing themselves and at least eight other people and wounding dozens, the French prefecture said.

The first man set off his explosives at about 5:40 p.m. on the Anse Madame seafront, where families gather after work on Fridays. The second detonated his device at 5:46 p.m. at the bus station at the entrance of the University of the Antilles campus, some 600 metres up the hill, as students queued for the last buses.

"I heard the first bang and thought it was a generator," said Rodrigue Bellay, 19, a law student who was standing at stop number 4. "Then the second one came from right behind us."

No group has claimed responsibility. Investigators were examining possible links to al-Qaeda in the Islamic Maghreb, whose propaganda has called for attacks on French territory, a police source said, stressing that nothing had been established.

France's interior minister was due to fly in overnight with 60 members of an elite police unit. Schools and the campus, which has some 4,500 students, will stay closed until Monday. The university hospital triggered its emergency plan and called in 200 extra staff.

Martinique, an island of about 350,000 people, had never seen a suicide attack. In 2020, police defused two homemade devices left a day apart outside the town halls of Le Marin and Sainte-Luce, in the south of the island; a former municipal employee was later convicted and sentenced to 12 years.

The prefecture has opened a hotline for families on 0596 39 36 00, and the regional airline suspended its 8:15 p.m. flight to Guadeloupe.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up six minutes apart in Schoelcher", "The first man set off his explosives", "The second detonated his device"],
  "SUI", "2026-04-17", "day", "Schœlcher", "MQ", 10, 12, "at_least", None, None, False,
  "Wire of Friday 17 April 2026 (19:00 local); 'on Friday evening' = the publication day. Two sites of one town (the Anse Madame seafront and the bus station at the campus entrance, 'some 600 metres', six minutes apart) -> ONE Suicide bomb event coded to the town (gold spelling 'Schœlcher', English 'Schoelcher'). 'killing themselves and at least eight other people' -> killed 8 + 2 bombers = 10, at_least; 'wounding dozens' -> injured 12 (dev: 'dozens' = 12 at_least; the qualifier describes the killed figure). No claim; 'examining possible links to al-Qaeda in the Islamic Maghreb' is speculation -> perpetrator null. 'the first bang' and 'the second one' in the quote are not used as triggers. '5:40 p.m.', '5:46 p.m.', '600 metres', '19', 'stop number 4', '60 members', 'some 4,500 students', '200 extra staff', 'about 350,000 people', '0596 39 36 00', '8:15 p.m.' are not casualties; 'had never seen a suicide attack' is generic."),
E(6, ["police defused two homemade devices left a day apart outside the town halls of Le Marin"],
  "DWU", "2020-01-01", "year", "Le Marin", "MQ", None, None, None, "police", None, True,
  "'In 2020' -> year, background. Homemade devices defused -> Disrupted weapons use by 'police'. Two devices in two towns a day apart are two events (one per place), although one man was convicted for both; this one at the Le Marin town hall. No casualty figure -> null. '12 years' is a sentence."),
E(6, ["Sainte-Luce"],
  "DWU", "2020-01-01", "year", "Sainte-Luce", "MQ", None, None, None, "police", None, True,
  "'In 2020' -> year, background. The second device, outside the Sainte-Luce town hall, named only by its town in 'the town halls of Le Marin and Sainte-Luce' -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout47-007
ARTICLES.append(A(7, "fr", "article", "2026-04-19T15:00:00Z",
"Concert annulé à Madiana : les modalités de remboursement",
"""
AVIS DE REMBOURSEMENT - Concert de Kalinda Sound System du samedi 18 avril 2026, Palais des congrès de Madiana, Schœlcher. Communiqué de Tropik Événements, organisateur, dimanche 19 avril 2026.

Par respect pour les victimes du double attentat-suicide de vendredi soir à Schœlcher, et à la demande de la préfecture, le concert prévu samedi à 20 h 30 a été annulé. Nous pensons d'abord aux familles. Selon le bilan revu ce matin par la préfecture, l'attentat a fait treize morts, kamikazes compris, et quarante et un blessés ; le premier bilan de vendredi soir faisait état d'au moins dix morts. Deux membres de notre équipe d'accueil figurent parmi les blessés.

L'enquête progresse : deux hommes ont été interpellés samedi après-midi au Robert, sur la côte atlantique, selon la préfecture. Nos agents de sécurité, entendus vendredi soir comme témoins par les gendarmes, sont tous rentrés chez eux.

QUI EST REMBOURSÉ ? Tous les détenteurs d'un billet, soit 2 870 billets vendus sur les 3 200 places de la salle.

COMBIEN ? Le prix facial : 35 euros en fosse, 48 euros en gradins, 90 euros en loge. Les frais de location, 2,50 euros par billet, sont également remboursés.

COMMENT ? Les achats en ligne sont remboursés automatiquement sous 15 jours sur la carte bancaire utilisée. Les billets achetés en point de vente sont repris au guichet du Palais, du mardi 21 au samedi 25 avril, de 9 heures à 13 heures, sur présentation du billet (numéros de série commençant par KSS-1804) et d'une pièce d'identité.

ET LE REPORT ? Aucune date de report n'est fixée. Les billets actuels ne seront pas valables pour une nouvelle date.

SOLIDARITÉ. Les artistes reversent leur cachet, soit 12 000 euros, au fonds d'aide aux victimes, et une urne est placée au guichet. Service clients : 0596 61 48 20, de 8 heures à 17 heures.
"""))
GOLD += [
E(7, ["double attentat-suicide de vendredi soir à Schœlcher", "l'attentat"],
  "SUI", "2026-04-17", "day", "Schœlcher", "MQ", 13, 41, "exact", None, None, False,
  "Refund notice of Sunday 19 April; 'de vendredi soir' -> 17 April. The toll is revised inside: 'au moins dix morts' (Friday evening, superseded) -> 'treize morts, kamikazes compris, et quarante et un blessés' -> killed 13 (bombers inside), injured 41 (number words), exact; 'Deux membres de notre équipe' are a subset of the injured. No claim, no group named -> perpetrator null. The cancelled concert is no event. '18 avril 2026' (the concert), '20 h 30', '2 870 billets', '3 200 places', '35', '48', '90', '2,50' and '12 000 euros', '15 jours', '21 au samedi 25 avril', '9 heures à 13 heures', 'KSS-1804', '0596 61 48 20', '8 heures à 17 heures' are not casualties."),
E(7, ["deux hommes ont été interpellés samedi après-midi au Robert"],
  "ARR", "2026-04-18", "day", "Le Robert", "MQ", None, None, None, "police", None, False,
  "'samedi après-midi' vs Sunday 19 April -> 18 April. Two men arrested in Le Robert ('au Robert' = à + Le Robert), on Martinique's Atlantic coast; no force named, the prefecture reports it -> 'police'. The security staff 'entendus vendredi soir comme témoins ... sont tous rentrés chez eux' are not arrested."),
]

# -------------------------------------------------------------- holdout47-008
ARTICLES.append(A(8, "fr", "article", "2026-04-21T16:00:00Z",
"Université des Antilles : communiqué du conseil d'administration",
"""
UNIVERSITÉ DES ANTILLES - COMMUNIQUÉ DU CONSEIL D'ADMINISTRATION, réuni en séance extraordinaire le mardi 21 avril 2026 sur le campus de Schœlcher.

Le conseil d'administration, par un vote unanime de ses 34 membres présents, exprime sa douleur après l'attentat-suicide du vendredi 17 avril, qui a frappé le front de mer de l'Anse Madame et la gare routière située à l'entrée de notre campus. Le bilan s'élève à quatorze morts, y compris les deux kamikazes, et à 41 blessés. Trois étudiants de notre université ont été tués, dont Maëlys Jean-Baptiste, 20 ans, étudiante en licence de lettres, décédée lundi au CHU. Huit autres sont hospitalisés.

Le conseil prend acte de la revendication de cette attaque, lundi, par Al-Qaïda au Maghreb islamique (AQMI), que le parquet national antiterroriste juge crédible, et de son texte qui prétend avoir tué « plus de cinquante croisés ». Il rappelle que rien ne justifie de stigmatiser quiconque sur le campus.

Le conseil a été informé qu'un étudiant en master d'informatique, interpellé dimanche à la résidence universitaire de Schœlcher, a été relâché lundi soir sans qu'aucune charge ne soit retenue contre lui. Douze étudiants et deux agents de la bibliothèque, entendus comme témoins, sont également libres. Le conseil leur apporte son soutien et met l'avocat de l'université à leur disposition.

Le conseil salue les quelque 2 500 étudiants et personnels qui ont marché lundi, en silence, du campus jusqu'à l'Anse Madame, derrière la banderole « Savoir contre terreur ».

Il décide :
- de suspendre les cours jusqu'au lundi 27 avril ;
- de reporter de deux semaines les examens du second semestre, au 18 mai ;
- de verser une aide d'urgence de 300 euros par étudiant touché, dans la limite de 150 000 euros ;
- d'ouvrir une cellule psychologique, bâtiment C, salle 104, de 8 heures à 18 heures ;
- de créer un prix annuel au nom des étudiants disparus.

Contact : présidence de l'université, 0596 72 73 00.
"""))
GOLD += [
E(8, ["l'attentat-suicide du vendredi 17 avril", "cette attaque"],
  "SUI", "2026-04-17", "day", "Schœlcher", "MQ", 14, 41, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Board statement of Tuesday 21 April; 'du vendredi 17 avril' -> 17 April. The two sites (the Anse Madame seafront and the bus station at the campus entrance) are in Schœlcher -> ONE event. 'quatorze morts, y compris les deux kamikazes, et à 41 blessés' -> killed 14 (bombers inside; the student who died Monday is inside), injured 41, exact; 'Trois étudiants' (killed) and 'Huit autres' (hospitalised) are subsets. Claimed 'lundi' by « Al-Qaïda au Maghreb islamique (AQMI) », judged « crédible » by the prosecutors -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb' (canonical name of earlier sets); the claim's « plus de cinquante croisés » is never used. '34 membres', '20 ans', 'quelque 2 500 étudiants et personnels' (marchers), '27 avril', 'deux semaines', '18 mai', '300 euros', '150 000 euros', 'bâtiment C, salle 104', '8 heures à 18 heures', '0596 72 73 00' are not casualties."),
E(8, ["interpellé dimanche à la résidence universitaire de Schœlcher"],
  "ARR", "2026-04-19", "day", "Schœlcher", "MQ", None, None, None, "police", None, False,
  "'dimanche' vs Tuesday 21 April -> 19 April. A master's student arrested at the university residence (-> its town, Schœlcher); 'relâché lundi soir sans qu'aucune charge ne soit retenue' is a release, not an event, and does not undo the arrest. No force named -> 'police'. The twelve students and two library staff 'entendus comme témoins' are not arrested."),
E(8, ["ont marché lundi, en silence"],
  "PP", "2026-04-20", "day", "Schœlcher", "MQ", None, None, None, None, None, False,
  "'lundi' vs Tuesday 21 April -> 20 April. Some 2,500 students and staff marching in silence from the campus to the Anse Madame (both in Schœlcher) behind a banner with a message (« Savoir contre terreur »), no incident -> Peaceful protest, perpetrator null. 'quelque 2 500' counts marchers."),
]

# -------------------------------------------------------------- holdout47-009
ARTICLES.append(A(9, "fr", "article", "2026-04-25T13:00:00Z",
"Le médiateur : pourquoi nos bilans ont changé",
"""
LA CHRONIQUE DU MÉDIATEUR. Par Hélène Sainte-Rose, médiatrice des lecteurs du Courrier des Antilles. Samedi 25 avril 2026.

Depuis le double attentat-suicide de Schœlcher, le 17 avril, j'ai reçu 213 courriels et 46 appels. Voici mes réponses.

« Pourquoi vos chiffres changeaient-ils chaque jour ? » Notre édition du samedi 18 avril titrait « au moins dix morts » ; dimanche, nous écrivions treize ; depuis le décès d'une étudiante lundi, le bilan est de quatorze morts, y compris les deux kamikazes, et quarante et un blessés. Nous reprenons les chiffres de la préfecture.

« Pourquoi écrire "sans compter les kamikazes" un jour et "dont les kamikazes" le lendemain ? » Parce que nos sources varient. Nous donnerons désormais le total, kamikazes compris, et nous le dirons.

« Pourquoi ne pas publier le bilan des terroristes ? » AQMI, qui a revendiqué l'attaque lundi, prétend avoir tué « plus de cinquante croisés ». Ce chiffre est faux ; le parquet, qui juge la revendication crédible, ne le reprend pas. Nous non plus. Nous avons aussi signalé le démenti de l'État islamique, publié mardi, sans le commenter.

« Pourquoi avoir écrit que les kamikazes "pourraient avoir été formés" au Sahel ? » Parce qu'un haut fonctionnaire l'a dit. C'était une hypothèse ; nous aurions dû le préciser.

« Pourquoi si peu sur l'arrestation de la Barbade ? » Le chauffeur de taxi arrêté mercredi à Bridgetown, soupçonné d'avoir hébergé les deux hommes avant leur traversée, n'a pas encore été présenté à un juge barbadien ; nous attendons des faits. Les deux hommes interpellés le 18 avril au Robert ont, eux, été mis en examen et écroués.

« Pourquoi avoir montré les gendarmes jeudi ? » Jeudi soir, environ 400 personnes qui réclamaient la démission du maire devant l'hôtel de ville de Schœlcher ont été dispersées à coups de gaz lacrymogène et de matraque ; trois manifestants ont été blessés. Un lecteur nous reproche le mot « émeute » : il a raison, c'était une manifestation, dispersée par la force.

Écrivez-moi : mediateur@courrier-antilles.example, ou au 0596 60 00 25, poste 118.
"""))
GOLD += [
E(9, ["double attentat-suicide de Schœlcher", "l'attaque"],
  "SUI", "2026-04-17", "day", "Schœlcher", "MQ", 14, 41, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Readers' editor's column of Saturday 25 April; 'le 17 avril' -> 17 April. The column quotes the paper's superseded tolls ('au moins dix morts', 'treize') and gives the current one: 'quatorze morts, y compris les deux kamikazes, et quarante et un blessés' -> killed 14 (bombers inside), injured 41, exact. 'AQMI, qui a revendiqué l'attaque lundi', the claim judged 'crédible' by the prosecutors -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb'; its « plus de cinquante croisés » is never used. The Islamic State's denial is not a claim; « pourraient avoir été formés » au Sahel is speculation. '213 courriels', '46 appels', '0596 60 00 25', 'poste 118' are not casualties; the quoted phrases \"sans compter les kamikazes\" and \"dont les kamikazes\" are about wording, not a toll."),
E(9, ["l'arrestation de la Barbade", "Le chauffeur de taxi arrêté mercredi à Bridgetown"],
  "ARR", "2026-04-22", "day", "Bridgetown", "BB", None, None, None, "police", None, False,
  "The cluster's suspected facilitator: a taxi driver suspected of lodging the bombers before their crossing. The readers' question 'l'arrestation de la Barbade' is the first naming. 'mercredi' vs Saturday 25 April -> 22 April. Arrested in Bridgetown, Barbados -> BB; no force named (the Barbadian police) -> 'police'. Not yet brought before a judge: no follow-up event."),
E(9, ["Les deux hommes interpellés le 18 avril au Robert"],
  "ARR", "2026-04-18", "day", "Le Robert", "MQ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-007: 'le 18 avril' -> 18 April, in Le Robert. Told through its judicial follow-up ('mis en examen et écroués') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(9, ["environ 400 personnes qui réclamaient la démission du maire", "c'était une manifestation"],
  "PI", "2026-04-23", "day", "Schœlcher", "MQ", None, 3, "exact", None, None, False,
  "'Jeudi soir' vs Saturday 25 April -> 23 April. About 400 people demanding the mayor's resignation outside Schœlcher town hall, dispersed 'à coups de gaz lacrymogène et de matraque' -> Protest with intervention, perpetrator null (dev). The column itself rejects the word « émeute » ('c'était une manifestation, dispersée par la force') -> not a Riot. 'trois manifestants ont été blessés' -> injured 3, exact; killed null. 'environ 400' counts protesters."),
]

# -------------------------------------------------------------- holdout47-010
ARTICLES.append(A(10, "en", "article", "2026-04-27T20:00:00Z",
"Island Desk, episode 87: Schoelcher, ten days later",
"""
ISLAND DESK - Episode 87: "Schoelcher, ten days later". Released Monday, April 27, 2026. Running time 42:18. Hosts: Dana Whitfield and Olivier Marceau. Guest: Claudine Larcher, who covers Martinique for our partner station.

Episode notes:

[00:00] Cold open: the sound of the Anse Madame seafront, recorded on Sunday, ten days after the twin suicide bombing of April 17.

[01:45] Where the toll stands: 14 dead, the two bombers included, and 41 wounded. A 20-year-old literature student died on April 20. Claudine explains why the first reports said "at least 10".

[08:30] The claim: al-Qaeda in the Islamic Maghreb claimed the attack on April 20, and French anti-terrorism prosecutors call the claim credible. We discuss the group's figure of "more than fifty crusaders", which nobody has confirmed, and Islamic State's denial.

[15:10] The arrests: the two men held since their arrest in Le Robert on April 18, now charged and jailed; the taxi driver arrested in Bridgetown, Barbados, on April 22, who is fighting extradition; and the master's student detained in Schoelcher on April 19 and released without charge the next day. A dozen students questioned as witnesses were never held.

[24:40] The streets: the silent march of 2,500 students through Schoelcher on April 20, and Thursday's rally outside Schoelcher town hall, broken up with tear gas and batons, in which three protesters were hurt.

[31:05] History: the two homemade devices defused in 2020 outside the town halls of Le Marin and Sainte-Luce, and why Martinique believed it was safe.

[38:20] Listener questions: is it safe to travel? Are cruise calls cancelled? (Eleven of the 19 calls planned for May have been dropped.)

Correction: in episode 86 we said the campus has 8,000 students; it has about 4,500.

Producer: Sam Okafor. Listener line: +1 305 555 0187.
"""))
GOLD += [
E(10, ["the twin suicide bombing of April 17", "the attack"],
  "SUI", "2026-04-17", "day", "Schœlcher", "MQ", 14, 41, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Podcast notes of Monday 27 April; 'of April 17' -> 17 April, ten days before -> current. '14 dead, the two bombers included, and 41 wounded' -> killed 14, injured 41, exact; the student who died on April 20 is inside; 'at least 10' is the superseded first figure. 'al-Qaeda in the Islamic Maghreb claimed the attack on April 20', judged credible -> claimant and perpetrator; 'more than fifty crusaders' is never used; Islamic State's denial is not a claim. The episode's numbers (timestamps '00:00' to '38:20', 'Episode 87', '42:18', '20-year-old', 'Eleven of the 19 calls', 'episode 86', '8,000' and '4,500' students, '+1 305 555 0187') are not casualties."),
E(10, ["their arrest in Le Robert on April 18"],
  "ARR", "2026-04-18", "day", "Le Robert", "MQ", None, None, None, "police", None, False,
  "Noun restating the arrest of holdout47-007: 'on April 18', in Le Robert. 'now charged and jailed' is its follow-up. No force named -> 'police'."),
E(10, ["the taxi driver arrested in Bridgetown, Barbados, on April 22"],
  "ARR", "2026-04-22", "day", "Bridgetown", "BB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-009: 'on April 22' in Bridgetown, Barbados -> BB. 'fighting extradition' is a follow-up. No force named -> 'police'."),
E(10, ["the master's student detained in Schoelcher on April 19"],
  "ARR", "2026-04-19", "day", "Schœlcher", "MQ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-008: 'on April 19' in Schœlcher; 'released without charge the next day' does not undo it. 'A dozen students questioned as witnesses were never held' -> not arrested. No force named -> 'police'."),
E(10, ["the silent march of 2,500 students through Schoelcher on April 20"],
  "PP", "2026-04-20", "day", "Schœlcher", "MQ", None, None, None, None, None, False,
  "'on April 20' -> 20 April: the silent march of holdout47-008 (its banner carries the message), no incident -> Peaceful protest, perpetrator null. 'through Schoelcher' -> Schœlcher. '2,500' counts marchers."),
E(10, ["Thursday's rally outside Schoelcher town hall, broken up with tear gas and batons"],
  "PI", "2026-04-23", "day", "Schœlcher", "MQ", None, 3, "exact", None, None, False,
  "'Thursday's' vs Monday 27 April -> 23 April: the rally of holdout47-009, 'broken up with tear gas and batons' -> Protest with intervention, perpetrator null. 'three protesters were hurt' -> injured 3, exact."),
E(10, ["the two homemade devices defused in 2020 outside the town halls of Le Marin"],
  "DWU", "2020-01-01", "year", "Le Marin", "MQ", None, None, None, "police", None, True,
  "'in 2020' -> year, background: the Le Marin device of holdout47-006, defused -> Disrupted weapons use. No force named here; the police of holdout47-006 -> 'police'. The two devices are in two towns -> two events."),
E(10, ["Sainte-Luce"],
  "DWU", "2020-01-01", "year", "Sainte-Luce", "MQ", None, None, None, "police", None, True,
  "'in 2020' -> year, background: the Sainte-Luce device of holdout47-006, its own Disrupted weapons use event ('police'), named by its town only."),
]
