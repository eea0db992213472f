"""Authoring source of benchmarks/events_holdout43 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Andorra la Vella, Andorra cluster (holdout43-001 to 005; French and
English), two suicide bombers on Saturday 7 February 2026 at two sites of one
town (the « place du Poble », Plaça del Poble, and the entrance of a
department store on the avinguda Meritxell, about 500 m and six minutes
apart): a French agency dispatch with a "VILLE, (Agence) -" dateline (fr
001), the time-stamped messaging thread of a hotel's staff ("fil de
messagerie horodaté", fr 002), an English wire on the claim and an arrest in
Spain (003), the French embassy's message to French nationals ("message de
l'ambassade à ses ressortissants", fr 004) and a power utility's notice of a
planned cut ("avis de coupure d'électricité", fr 005). Andorra, Spain and
France are UTC+1 in February: every publication time here is between 09:00
and 20:00 UTC, so every local date is the UTC date. The gold spells the
capital "Andorra la Vella" (French « Andorre-la-Vieille ») and keeps the
Catalan accents of "Sant Julià de Lòria" (the English wire writes "Sant
Julia de Loria") and "La Seu d'Urgell" (Spain). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout43")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout43-001
ARTICLES.append(A(1, "fr", "article", "2026-02-07T19:30:00Z",
"Andorre : deux kamikazes frappent le centre d'Andorre-la-Vieille",
"""
ANDORRE-LA-VIEILLE, (Agence Pyrénées Presse) - Deux kamikazes se sont fait exploser samedi en fin d'après-midi dans le centre d'Andorre-la-Vieille, à six minutes d'intervalle, faisant au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés, selon un premier bilan du gouvernement andorran.

Le premier homme a déclenché sa ceinture d'explosifs vers 17 h 20 sur la place du Poble, où quelque 2 000 personnes attendaient le défilé du carnaval. Le second s'est fait sauter à 17 h 26 devant l'entrée d'un grand magasin de l'avinguda Meritxell, à environ 500 mètres, au milieu de la foule qui fuyait la place.

« Les enfants étaient déguisés, il y avait des confettis partout, et puis ce bruit », raconte Montse, 38 ans, qui tient une parfumerie au numéro 44 de l'avenue. « J'ai fait entrer six personnes et j'ai baissé le rideau. »

L'attaque n'avait pas été revendiquée samedi soir. Selon une source policière, elle « pourrait porter la marque » d'Al-Qaïda au Maghreb islamique (AQMI), sans autre précision. Le chef du gouvernement a appelé au calme et décrété trois jours de deuil.

La principauté de 80 000 habitants n'avait jamais connu de violence d'une telle ampleur. En 2018, un colis piégé avait explosé dans une agence bancaire de Sant Julià de Lòria, blessant une employée ; son auteur, un client surendetté, avait été condamné à neuf ans de prison.

Les deux routes d'accès, vers l'Espagne et vers la France par le Pas de la Case, ont été fermées à 18 heures, et les quelque 2 500 skieurs des stations voisines ont été priés de rester dans leurs hôtels. L'hôpital Nostra Senyora de Meritxell, qui compte 160 lits, a déclenché son plan blanc et appelle les donneurs de sang de tous groupes. Une cellule d'information répond aux familles au +376 812 900, de 8 heures à minuit.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a déclenché sa ceinture d'explosifs", "Le second s'est fait sauter", "L'attaque n'avait pas été revendiquée"],
  "SUI", "2026-02-07", "day", "Andorra la Vella", "AD", 9, 12, "at_least", None, None, False,
  "Dispatch of Saturday 7 February 2026 (20:30 in Andorra); 'samedi' = the publication day. Two sites of one town (the place du Poble and the avinguda Meritxell, 'environ 500 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town (French 'Andorre-la-Vieille'). First report: 'au moins sept morts, sans compter les deux assaillants, et des dizaines de blessés' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); injured 12 ('des dizaines' = 12, dev table; the qualifier describes the killed figure). Not claimed; « pourrait porter la marque » d'AQMI is speculation -> perpetrator null. '17 h 20', '2 000 personnes' (a crowd), '17 h 26', '500 mètres', '38 ans', 'numéro 44', 'six personnes' (let into a shop), 'trois jours', '80 000 habitants', 'neuf ans de prison', '18 heures', '2 500 skieurs', '160 lits', '+376 812 900', '8 heures' are not casualties."),
E(1, ["un colis piégé avait explosé dans une agence bancaire de Sant Julià de Lòria"],
  "IED", "2018-01-01", "year", "Sant Julià de Lòria", "AD", None, 1, "exact", None, None, True,
  "'En 2018' -> year, background. A parcel bomb that exploded -> Remote explosive/landmine/IED. 'blessant une employée' -> injured 1, exact. Its author, 'un client surendetté', is an unnamed individual -> perpetrator null; his sentence of 'neuf ans' is not a casualty."),
]

# -------------------------------------------------------------- holdout43-002
ARTICLES.append(A(2, "fr", "article", "2026-02-08T10:30:00Z",
"Attentat d'Andorre : le fil de messagerie d'une équipe d'hôtel, heure par heure",
"""
FIL DE MESSAGERIE - Groupe « Hôtel Valira - équipe » (34 membres), transmis à la rédaction avec l'accord de ses auteurs. Heures locales. Extraits.

[07/02 17:21] Sandrine (réception) : Énorme explosion vers la place du Poble !!! Les vitres du hall ont tremblé. Tout le monde reste à l'intérieur.

[07/02 17:27] Karim (cuisine) : Une deuxième, plus près, côté Meritxell. Je l'ai entendue depuis la plonge.

[07/02 17:44] Sandrine : La radio parle de deux kamikazes. Qui est dehors ? Répondez SVP, même avec un pouce.

[07/02 18:09] Jordi (bagagiste) : Je suis aux urgences avec Léa, elle était sur la place pour le défilé. Blessée aux jambes et au ventre, elle part au bloc.

[07/02 19:52] Direction : Premier bilan officiel : au moins sept morts et des dizaines de blessés. Check-in suspendu, les clients restent en chambre, room service gratuit jusqu'à nouvel ordre.

[07/02 21:36] Karim : La police a arrêté deux types au Pas de la Case, dans une camionnette immatriculée en France. C'est à la radio.

[07/02 23:10] Sandrine : Le gouvernement parle maintenant de onze morts.

[08/02 00:45] Jordi : Les policiers m'ont gardé trois heures au commissariat pour ma déposition, puis ils m'ont laissé repartir. Je n'ai rien vu de plus que vous.

[08/02 07:58] Jordi : Léa est morte cette nuit. Elle avait 24 ans. Je n'ai pas d'autres mots.

[08/02 09:12] Direction : Dernier bilan du gouvernement : treize morts, dont les deux kamikazes, et 58 blessés. Léa en fait partie. Une psychologue vous attend en salle Pyrénées de 10 heures à 18 heures. Ceux qui ne peuvent pas venir travailler appellent le 812 455 : personne ne sera pénalisé.

[08/02 09:30] Sandrine : Une marche silencieuse partira de la place du Poble à 17 heures. On y va ensemble ? Rendez-vous devant l'entrée du personnel à 16 h 30.

[08/02 09:41] Karim : Oui. Et on met un tablier noir en cuisine pour le service de midi.
"""))
GOLD += [
E(2, ["Énorme explosion vers la place du Poble", "Une deuxième, plus près", "La radio parle de deux kamikazes"],
  "SUI", "2026-02-07", "day", "Andorra la Vella", "AD", 13, 58, "exact", None, None, False,
  "Thread published Sunday 8 February; the messages stamped '[07/02 ...]' date the bombing to Saturday 7 February. The explosion on the place du Poble and 'Une deuxième' on the Meritxell side are the two sites of one town -> ONE Suicide bomb event. The toll grows message by message: 'au moins sept morts et des dizaines de blessés' (19:52) and 'onze morts' (23:10) are superseded by the last one (09:12): 'treize morts, dont les deux kamikazes, et 58 blessés' -> killed 13 (bombers inside; Léa, 24, who died in the night, is inside: 'Léa en fait partie'), injured 58, exact. No claim -> perpetrator null. The time stamps, '34 membres', '24 ans', 'trois heures', '10 heures à 18 heures', '812 455', '17 heures', '16 h 30' are not casualties. The silent march 'partira ... à 17 heures' is later that day (the thread is published at 11:30 local) -> future, not coded."),
E(2, ["La police a arrêté deux types au Pas de la Case"],
  "ARR", "2026-02-07", "day", "Pas de la Case", "AD", None, None, None, "police", None, False,
  "Message stamped '[07/02 21:36]' telling an arrest already made -> Saturday 7 February, the evening of the bombing. Two men arrested at the Pas de la Case (a locality of Andorra at the French border) -> 'police'. Jordi, kept 'trois heures au commissariat pour ma déposition' and let go, is a witness questioned, not arrested."),
]

# -------------------------------------------------------------- holdout43-003
ARTICLES.append(A(3, "en", "article", "2026-02-10T15:00:00Z",
"Al-Qaeda's North African branch claims Andorra bombing; suspect held in Spain",
"""
ANDORRA LA VELLA, Andorra (Pyrenees Wire) - Al-Qaeda in the Islamic Maghreb claimed responsibility on Monday for Saturday's twin suicide bombing in Andorra's capital, and Catalan police arrested a man on Tuesday in La Seu d'Urgell, 10 km south of the border, on suspicion of storing the explosives in his garage.

The death toll rose to 14, including the two bombers, after a 61-year-old Spanish tourist died in hospital on Monday. Fifty-eight people were wounded, 11 of them critically, the health ministry said.

The claim, issued through the group's al-Andalus media arm, boasted of "more than 50 crusaders killed" in "the tax haven of the infidels". Andorran and Spanish investigators said they considered it credible. A channel linked to Islamic State, named in early speculation, denied any role.

The suspected facilitator, a 47-year-old mechanic, was detained at dawn by the Mossos d'Esquadra, Catalonia's regional police, who seized 6 kg of fertiliser and two detonators, a Spanish police source said.

The two men arrested at the Pas de la Case border crossing on Saturday evening were charged on Monday with terrorist murder and remanded in custody for four months. The bombers, brothers aged 22 and 25 who were born in southern France, "may have been" trained in Libya last year, Interior Minister Joan Riba said. Their landlady in the parish of Canillo was questioned for six hours and released.

Andorra's only previous bombing was in 2018, when a parcel bomb wounded a bank clerk in Sant Julia de Loria.

Schools reopened on Tuesday, except the two nearest the blasts, and the Grandvalira ski area, which had closed its 210 km of slopes on Sunday, resumed operations. Tourism accounts for some 40 percent of the principality's economy. About 300 Spanish and French police officers have been sent to reinforce Andorra's 240-strong force.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing in Andorra's capital", "the blasts"],
  "SUI", "2026-02-07", "day", "Andorra la Vella", "AD", 14, 58, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Wire of Tuesday 10 February; 'Saturday's' -> 7 February. 'The death toll rose to 14, including the two bombers' (the Spanish tourist, 61, who died Monday is inside) -> killed 14 (bombers inside); 'Fifty-eight people were wounded' (number word) -> injured 58, exact; '11 of them critically' is a subset. 'Al-Qaeda in the Islamic Maghreb claimed responsibility on Monday', judged 'credible' -> claimant and perpetrator (canonical 'al-Qaeda in the Islamic Maghreb'); the claim's 'more than 50 crusaders killed' is never used. The Islamic State channel's denial is not a claim; 'may have been' trained in Libya is speculation. '10 km', '61-year-old', '47-year-old', '6 kg', 'four months', 'aged 22 and 25', 'six hours', '2018', '210 km', '40 percent', '300 ... police officers', '240-strong' are not casualties."),
E(3, ["Catalan police arrested a man on Tuesday in La Seu d'Urgell", "The suspected facilitator, a 47-year-old mechanic, was detained at dawn"],
  "ARR", "2026-02-10", "day", "La Seu d'Urgell", "ES", None, None, None, "police", None, False,
  "'on Tuesday' = the publication day, 10 February; 'detained at dawn' is the same arrest. The cluster's suspected facilitator (storing the explosives), arrested in Spain -> ES; the Mossos d'Esquadra, Catalonia's regional police -> 'police'. The fertiliser and detonators seized belong to the arrest."),
E(3, ["The two men arrested at the Pas de la Case border crossing on Saturday evening"],
  "ARR", "2026-02-07", "day", "Pas de la Case", "AD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout43-002: 'on Saturday evening' vs Tuesday 10 February -> 7 February. 'were charged on Monday ... and remanded in custody for four months' is the arrest's judicial follow-up, not a new event. No force named -> 'police'. The landlady 'questioned for six hours and released' is not arrested."),
E(3, ["a parcel bomb wounded a bank clerk in Sant Julia de Loria"],
  "IED", "2018-01-01", "year", "Sant Julià de Lòria", "AD", None, 1, "exact", None, None, True,
  "'in 2018' -> year, background (the parcel bomb of holdout43-001). Remote explosive/landmine/IED; 'wounded a bank clerk' -> injured 1, exact; no author named -> null. Gold spelling 'Sant Julià de Lòria' (English 'Sant Julia de Loria')."),
]

# -------------------------------------------------------------- holdout43-004
ARTICLES.append(A(4, "fr", "article", "2026-02-12T11:00:00Z",
"Message n° 4 de l'ambassade de France en Andorre à ses ressortissants",
"""
AMBASSADE DE FRANCE EN ANDORRE - MESSAGE AUX RESSORTISSANTS FRANÇAIS N° 4. Andorre-la-Vieille, le jeudi 12 février 2026, 12 heures. Ce message remplace le message n° 3 du 10 février.

Chers compatriotes,

1. SITUATION. Le double attentat-suicide du samedi 7 février, sur la place du Poble et l'avinguda Meritxell, a fait quatorze morts, y compris les deux kamikazes, et cinquante-huit blessés. Neuf de nos compatriotes figurent parmi les blessés ; quatre restent hospitalisés à Toulouse et à Barcelone. L'attentat a été revendiqué lundi par Al-Qaïda au Maghreb islamique (AQMI), une revendication que le parquet andorran juge crédible.

2. ENQUÊTE. Les deux hommes interpellés samedi soir au Pas de la Case ont été inculpés lundi et écroués. Un troisième suspect, arrêté mardi à La Seu d'Urgell, en Espagne, est soupçonné d'avoir caché les explosifs dans son garage.

3. RASSEMBLEMENTS. Dimanche, plus de 6 000 personnes ont marché en silence de la place du Poble jusqu'à l'église Sant Esteve pour dire « Andorra no té por » (l'Andorre n'a pas peur). Mardi soir, la police a dispersé au gaz lacrymogène un cortège d'environ 200 travailleurs saisonniers qui marchaient vers le siège du gouvernement pour réclamer des contrôles aux frontières ; trois manifestants et un policier ont été légèrement blessés. Une nouvelle marche est annoncée samedi à 15 heures : nous vous recommandons de vous tenir à l'écart de tout rassemblement.

4. CONSIGNES. Ayez toujours sur vous une pièce d'identité. Les contrôles au poste frontière du Pas de la Case entraînent jusqu'à deux heures d'attente : évitez la route entre 16 heures et 20 heures. Les stations de ski sont ouvertes ; les remontées mécaniques ferment à 16 h 30.

5. NUMÉROS UTILES. Cellule de crise du ministère de l'Europe et des Affaires étrangères : +33 1 53 59 11 00 (24 heures sur 24). Ambassade : +376 887 500. Inscrivez-vous sur le portail Ariane pour recevoir nos messages par SMS.
"""))
GOLD += [
E(4, ["Le double attentat-suicide du samedi 7 février", "L'attentat a été revendiqué"],
  "SUI", "2026-02-07", "day", "Andorra la Vella", "AD", 14, 58, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Embassy message of Thursday 12 February; 'du samedi 7 février' -> 7 February. 'quatorze morts, y compris les deux kamikazes, et cinquante-huit blessés' (number words) -> killed 14 (bombers inside), injured 58, exact; 'Neuf de nos compatriotes' and 'quatre' still in hospital are subsets. 'revendiqué lundi par Al-Qaïda au Maghreb islamique (AQMI)', judged 'crédible' -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb'. 'N° 4', '12 heures', 'n° 3', 'deux heures', '16 heures et 20 heures', '16 h 30', the phone numbers, '24 heures sur 24' are not casualties."),
E(4, ["Les deux hommes interpellés samedi soir au Pas de la Case"],
  "ARR", "2026-02-07", "day", "Pas de la Case", "AD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout43-002: 'samedi soir' vs Thursday 12 February -> 7 February. 'inculpés lundi et écroués' is the judicial follow-up. No force named -> 'police'."),
E(4, ["Un troisième suspect, arrêté mardi à La Seu d'Urgell"],
  "ARR", "2026-02-10", "day", "La Seu d'Urgell", "ES", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout43-003: 'mardi' vs Thursday 12 February -> 10 February; in Spain -> ES. No force named -> 'police'."),
E(4, ["plus de 6 000 personnes ont marché en silence"],
  "PP", "2026-02-08", "day", "Andorra la Vella", "AD", None, None, None, None, None, False,
  "'Dimanche' vs Thursday 12 February -> 8 February. A silent march from the place du Poble to the Sant Esteve church with a message ('Andorra no té por'), no incident -> Peaceful protest, perpetrator null. 'plus de 6 000' counts marchers."),
E(4, ["la police a dispersé au gaz lacrymogène un cortège d'environ 200 travailleurs saisonniers"],
  "PI", "2026-02-10", "day", "Andorra la Vella", "AD", None, 4, "exact", None, None, False,
  "'Mardi soir' vs Thursday 12 February -> 10 February. A march of seasonal workers to the government's seat with a demand (border checks), dispersed with tear gas -> Protest with intervention, perpetrator null (dev). 'trois manifestants et un policier ont été légèrement blessés' -> injured 3 + 1 = 4 (all sides summed), exact; killed null. 'environ 200' counts marchers. The march 'annoncée samedi à 15 heures' is future -> not coded."),
]

# -------------------------------------------------------------- holdout43-005
ARTICLES.append(A(5, "fr", "article", "2026-02-16T09:00:00Z",
"Avis de coupure programmée d'électricité : avinguda Meritxell et place du Poble",
"""
ÉNERGIES DES VALLÉES D'ANDORRE (EVA) - AVIS DE COUPURE PROGRAMMÉE D'ÉLECTRICITÉ. Andorre-la-Vieille, le lundi 16 février 2026. Avis n° 2026-031.

Madame, Monsieur,

Le poste de transformation n° 12, situé sous le trottoir de l'avinguda Meritxell, a été gravement endommagé lors de l'attentat-suicide du samedi 7 février, qui a fait quinze morts, les deux kamikazes compris, et 58 blessés, depuis qu'un jeune homme de 19 ans a succombé samedi à ses blessures. Depuis, les 420 clients du secteur sont alimentés par un groupe électrogène provisoire de 630 kVA, installé devant le numéro 51 de l'avenue.

Pour remplacer le poste, nous devrons interrompre la distribution :
- le mardi 17 février, de 8 h 30 à 12 h 30, avinguda Meritxell, du numéro 1 au numéro 85 ;
- le mercredi 18 février, de 13 heures à 16 heures, place du Poble et carrer de la Vall ;
- le jeudi 19 février, de 8 h 30 à 10 heures, en cas de report.

Les commerces restés fermés depuis l'attentat seront prévenus individuellement par nos agents. Les patients sous assistance respiratoire à domicile doivent se signaler avant ce lundi à 20 heures au numéro gratuit 800 212.

Les deux techniciens de garde le 7 février, qui ont coupé le courant dans le quartier dix minutes après la seconde explosion, ont été entendus jeudi par la police comme témoins et ont repris le travail. Nous les remercions, ainsi que les pompiers, qui ont sécurisé le chantier.

Par respect pour les victimes, aucun engin ne travaillera pendant la marche silencieuse prévue le samedi 21 février à 11 heures, ni pendant les obsèques célébrées à l'église Sant Esteve.

La tension sera rétablie progressivement : ne touchez à aucun câble tombé au sol. Renseignements : +376 739 100, du lundi au vendredi de 8 heures à 18 heures. Nous vous prions de nous excuser pour la gêne occasionnée.
"""))
GOLD += [
E(5, ["l'attentat-suicide du samedi 7 février", "depuis l'attentat", "la seconde explosion"],
  "SUI", "2026-02-07", "day", "Andorra la Vella", "AD", 15, 58, "exact", None, None, False,
  "Utility notice of Monday 16 February; 'du samedi 7 février' -> 7 February. 'quinze morts, les deux kamikazes compris, et 58 blessés' -> killed 15 (bombers inside; the young man of 19 who died 'samedi', 14 February, is inside), injured 58 (the wounded figure is not reduced by the later death), exact. 'la seconde explosion' names the bombing's second blast (one event). No claim -> perpetrator null. 'n° 2026-031', 'n° 12', '19 ans', '420 clients', '630 kVA', 'numéro 51', '8 h 30 à 12 h 30', 'numéro 1 au numéro 85', '13 heures à 16 heures', '10 heures', '20 heures', '800 212', 'dix minutes', '11 heures', '+376 739 100', '8 heures à 18 heures' are not casualties. The two technicians 'entendus ... comme témoins' are not arrested; the march 'prévue le samedi 21 février' is future -> not coded."),
]
