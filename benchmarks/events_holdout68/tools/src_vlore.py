"""Authoring source of benchmarks/events_holdout68 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Vlorë, Albania cluster (holdout68-001 to 005; English and French),
two suicide bombers on Saturday 18 April 2026 at two sites of one town (Flag
Square, « la place du Drapeau », and the intercity bus terminal, « la gare
routière », about 600 m and six minutes apart): an English wire with a first
report (001), an English ferry operator's sailing change notice (002), an
English wire on the claim and the arrests (003), a French ballet school's
email to parents ("courriel d'une école de ballet aux parents", fr 004) and
a French folk club newsletter ("lettre d'un folk club", fr 005). Albania and
Italy are UTC+2 in April, France too: every publication time here is
between 07:00 and 16:00 UTC, so every local date is the UTC date. The gold
keeps the Albanian spellings with their final « ë » ("Vlorë", "Sarandë",
"Lushnjë"), which the English wires and the French texts write "Vlora",
"Saranda", "Lushnje". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout68")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout68-001
ARTICLES.append(A(1, "en", "article", "2026-04-18T14:00:00Z",
"Twin suicide blasts kill at least ten in Albanian port of Vlora",
"""
VLORA, Albania (Adriatic Wire) - Two suicide bombers blew themselves up six minutes apart in the centre of the Albanian port city of Vlora on Saturday, killing at least eight people, not counting the two attackers, and wounding dozens, police and hospital officials said.

The first man detonated an explosive belt at 11:20 a.m. on Flag Square, where hundreds of families had gathered for the opening of the spring citrus fair. The second blew himself up at 11:26 outside the intercity bus terminal, about 600 metres away, where people fleeing the square had run to find taxis.

"I saw a boy of maybe ten sitting on the kerb, holding his ear and crying," said Dritan Hoxha, 52, who sells lemons from stall 14 at the fair. "Then the second bang came, and the glass of the terminal fell like rain."

No group had claimed responsibility by mid-afternoon. A senior police officer, speaking on condition of anonymity, said investigators were looking at whether the two men had links to Islamic State, but stressed that nothing had been established and that their identities were not yet known.

Albania, a NATO member since 2009, has rarely seen militant violence. In 2017, a homemade bomb wrecked a seafront cafe in Saranda, 120 km to the south, wounding three waiters; police blamed a quarrel between business rivals.

The government declared Sunday a day of national mourning. All 210 beds of Vlora's regional hospital were in use by mid-afternoon, and two military helicopters flew the most seriously hurt to Tirana, about 150 km to the north. Ferries to the Italian port of Brindisi were held at the quay, and police closed the coastal road south of the city at the Llogara pass. A free line for relatives, 0800 3344, was opened at the prefecture.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart in the centre of the Albanian port city of Vlora", "The first man detonated an explosive belt", "The second blew himself up", "the second bang"],
  "SUI", "2026-04-18", "day", "Vlorë", "AL", 10, 12, "at_least", None, None, False,
  "Wire of Saturday 18 April 2026 (16:00 in Vlorë); 'on Saturday' = the publication day. Two sites of one town (Flag Square and the intercity bus terminal, 'about 600 metres away', six minutes apart) -> ONE Suicide bomb event coded to the town (gold spelling 'Vlorë', English 'Vlora'). First report: 'killing at least eight people, not counting the two attackers, and wounding dozens' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); 'dozens' -> injured 12 (dev table; the qualifier describes the killed figure). No claim; 'looking at whether the two men had links to Islamic State' with 'nothing had been established' is speculation -> perpetrator null. The boy 'holding his ear' is one of the injured, not a figure. '11:20 a.m.', 'hundreds of families', '11:26', '600 metres', 'ten' (an age), '52', 'stall 14', '2009', '120 km', '210 beds', 'two military helicopters', '150 km', '0800 3344' are not casualties."),
E(1, ["a homemade bomb wrecked a seafront cafe in Saranda"],
  "IED", "2017-01-01", "year", "Sarandë", "AL", None, 3, "exact", None, None, True,
  "'In 2017' -> year, background. A homemade bomb -> Remote explosive/landmine/IED. 'wounding three waiters' -> injured 3 (number word), exact; killed null. The police blamed 'a quarrel between business rivals' (no named actor) -> perpetrator null. Gold spelling 'Sarandë' (English 'Saranda')."),
]

# -------------------------------------------------------------- holdout68-002
ARTICLES.append(A(2, "en", "article", "2026-04-19T07:00:00Z",
"Sailing change notice: Brindisi-Vlora route, 19 to 21 April",
"""
ADRIA LINK FERRIES - SAILING CHANGE NOTICE No. 31/2026. Route: Brindisi - Vlora. Issued Sunday 19 April 2026, 09:00 CEST. Replaces notice No. 30/2026.

1. CANCELLATIONS. Sunday's 11:00 sailing from Brindisi (AL 412) and the 23:00 return from Vlora (AL 413) are cancelled. Monday's sailings will run with a delay of about three hours. Tuesday's timetable is unchanged for now.

2. WHY. Following the twin suicide bombing in the centre of Vlora on Saturday, the Albanian authorities have placed the port under enhanced security. Our notice No. 30/2026 of last night mentioned at least ten deaths. The authorities now report 13 people killed, including the two bombers, and 41 injured. Among the dead is Mrs Anna Lucarelli, 71, of Lecce, a passenger booked on our Saturday evening sailing, who died of her wounds overnight. Two of our crew, on shore leave, were slightly injured in the town and are among the 41. We offer our deepest condolences to all the families.

3. ARREST AT THE PORT. On Saturday evening, Albanian police arrested two men in the port's passenger terminal as they waited to board the MV Illyria for Brindisi. All 212 passengers then on board were questioned by police for three hours and allowed to leave the ship; none was detained.

4. YOUR BOOKING. Passengers on cancelled sailings may rebook free of charge or claim a 100% refund within 30 days. Vehicles over 2.5 tonnes must now arrive at the terminal four hours before departure, instead of two, for inspection. Cabins booked on AL 412 are held for you until 30 April.

5. CONTACT. Call centre: +39 0831 52 74 00 (08:00 to 22:00, Italian, English and Albanian). Vlora office, Rruga e Portit 3: +355 33 22 41 90. Please quote your booking reference, beginning ALX-26.

We thank our passengers for their patience. A further notice will be issued on Monday at 09:00.
"""))
GOLD += [
E(2, ["the twin suicide bombing in the centre of Vlora"],
  "SUI", "2026-04-18", "day", "Vlorë", "AL", 13, 41, "exact", None, None, False,
  "Ferry operator's notice of Sunday 19 April (09:00 CEST); 'on Saturday' -> 18 April. Two sites, one town -> ONE event. The toll is revised inside: the previous notice's 'at least ten deaths' is superseded by '13 people killed, including the two bombers, and 41 injured' -> killed 13 (bombers inside), injured 41, exact; Mrs Lucarelli, 71, 'who died of her wounds overnight', is inside the 13; the two crew members 'are among the 41' (a subset). No claim, no group named -> perpetrator null. 'No. 31/2026', 'No. 30/2026', '09:00', '11:00', 'AL 412', '23:00', 'AL 413', 'three hours', '71', '212 passengers' (questioned), '100%', '30 days', '2.5 tonnes', 'four hours', 'two', '30 April', '+39 0831 52 74 00', '08:00 to 22:00', 'Rruga e Portit 3', '+355 33 22 41 90', 'ALX-26' are not casualties."),
E(2, ["ARREST AT THE PORT", "Albanian police arrested two men in the port's passenger terminal"],
  "ARR", "2026-04-18", "day", "Vlorë", "AL", None, None, None, "police", None, False,
  "'On Saturday evening' vs Sunday 19 April -> 18 April, the evening of the bombing. The port's passenger terminal is in Vlorë -> Vlorë. 'Albanian police' -> 'police'. The heading 'ARREST AT THE PORT' names this arrest and is its first trigger. The 212 passengers 'questioned by police for three hours and allowed to leave ... none was detained' are not arrested."),
]

# -------------------------------------------------------------- holdout68-003
ARTICLES.append(A(3, "en", "article", "2026-04-21T09:00:00Z",
"Islamic State claims Vlora bombings; Albania holds suspected driver",
"""
TIRANA, Albania (Adriatic Wire) - Islamic State has claimed Saturday's twin suicide bombing in the port city of Vlora, and Albanian prosecutors said on Tuesday that they considered the claim credible.

In a statement carried on Monday by its Amaq agency, the group said two of its "soldiers" had killed "more than 50 crusaders and apostates". Officials put the toll at 14 dead, including both bombers, and 41 wounded, after a 16-year-old dancer died in a Tirana hospital on Monday.

The Special Prosecution Office said police arrested a taxi driver in Lushnje on Monday on suspicion of driving the two men and their explosives from the northern port of Durres to Vlora two days before the attack. He has not yet been charged.

The two men arrested at Vlora's ferry terminal on the evening of the bombing were ordered held in pre-trial detention for 30 days by the special court on Monday. The owner of the flat in Orikum where the bombers stayed was questioned for nine hours and released.

Hayat Tahrir al-Sham, in whose ranks some Albanian fighters served in Syria, denied any role in a message on Telegram. The interior minister said the bombers "may have been" trained in Syria's Idlib province, where both had spent several years.

On Sunday evening, more than 6,000 people walked in silence along the Lungomare promenade, carrying candles and banners reading "Vlora is not afraid".

The attack is the deadliest in Albania in decades. The last bombing in the south, in 2017, wounded three waiters at a cafe in Saranda.

The port reopened on Monday, while Flag Square remained sealed off behind 2-metre screens. The government has promised 1.5 million lek, about 15,000 euros, to each bereaved family, and said 800 police officers would guard spring fairs across the country until the end of May.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing in the port city of Vlora", "two days before the attack", "The attack is the deadliest"],
  "SUI", "2026-04-18", "day", "Vlorë", "AL", 14, 41, "exact", "Islamic State", "Islamic State", False,
  "Wire of Tuesday 21 April; 'Saturday's' -> 18 April. 'the toll at 14 dead, including both bombers, and 41 wounded, after a 16-year-old dancer died ... on Monday' -> killed 14 (bombers inside; the dancer who died later is inside), injured 41, exact (the wounded figure is not reduced by the later death). Claimed on Monday by Islamic State through Amaq and judged 'credible' by the prosecutors -> claimant and perpetrator 'Islamic State'; the claim's 'more than 50 crusaders and apostates' is never used. Hayat Tahrir al-Sham's denial is not a claim; the minister's 'may have been' trained in Idlib is speculation. '16-year-old', '30 days', 'nine hours', '6,000 people' (marchers), '2017', '2-metre', '1.5 million lek', '15,000 euros', '800 police officers' are not casualties."),
E(3, ["police arrested a taxi driver in Lushnje on Monday"],
  "ARR", "2026-04-20", "day", "Lushnjë", "AL", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 21 April -> 20 April. The cluster's suspected facilitator (the taxi driver who drove the bombers and their explosives from Durrës), arrested in Lushnjë (English 'Lushnje') -> 'police'. 'has not yet been charged' changes nothing. Durrës is only named as the starting point of the drive."),
E(3, ["The two men arrested at Vlora's ferry terminal on the evening of the bombing"],
  "ARR", "2026-04-18", "day", "Vlorë", "AL", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-002: 'on the evening of the bombing' -> 18 April, at the Vlorë ferry terminal -> Vlorë. 'ordered held in pre-trial detention for 30 days by the special court on Monday' is the arrest's judicial follow-up, not a new arrest. No force named in this sentence; the cluster's arrests are by the police -> 'police'. The flat owner in Orikum, 'questioned for nine hours and released', is not arrested."),
E(3, ["more than 6,000 people walked in silence along the Lungomare promenade"],
  "PP", "2026-04-19", "day", "Vlorë", "AL", None, None, None, None, None, False,
  "'On Sunday evening' vs Tuesday 21 April -> 19 April. A silent march along Vlorë's seafront with a message (banners 'Vlora is not afraid'), no incident -> Peaceful protest, perpetrator null. '6,000' counts marchers."),
E(3, ["The last bombing in the south"],
  "IED", "2017-01-01", "year", "Sarandë", "AL", None, 3, "exact", None, None, True,
  "'in 2017' -> year, background. 'The last bombing in the south' (not a suicide attack; holdout68-001 calls it a homemade bomb) -> Remote explosive/landmine/IED, no author -> null. 'wounded three waiters' -> injured 3, exact. Gold spelling 'Sarandë' (English 'Saranda')."),
]

# -------------------------------------------------------------- holdout68-004
ARTICLES.append(A(4, "fr", "article", "2026-04-23T16:00:00Z",
"Message aux parents : le stage d'échange à Vlora est annulé",
"""
ÉCOLE DE BALLET DU LAC - Annecy. Courriel aux parents des élèves du cours moyen et du cours supérieur. Jeudi 23 avril 2026.

Chers parents,

Vous avez sans doute appris le double attentat-suicide qui a frappé Vlora, en Albanie, samedi dernier, sur la place du Drapeau et devant la gare routière. Le bilan est aujourd'hui de quatorze morts, dont les deux kamikazes, et de 41 blessés. Parmi les victimes figure Elira, 16 ans, danseuse de l'ensemble Jeunesse de Vlora, que nos élèves avaient accueillie l'été dernier : grièvement blessée sur la place, elle est morte lundi à Tirana. Le groupe État islamique a revendiqué l'attentat lundi.

Dans ces conditions, le stage d'échange prévu à Vlora du 2 au 9 mai est annulé. Les 480 euros d'acompte versés par chaque famille seront remboursés intégralement avant le 15 mai, par virement.

Notre pianiste accompagnateur, M. Arben Koci, est parti dimanche pour Vlora, sa ville natale. Sa famille est saine et sauve. Hier, mercredi, il a vu plusieurs centaines de personnes, qui marchaient vers la direction de la police de Vlora pour réclamer la démission de son chef, dispersées à coups de gaz lacrymogène et de matraque. Quatre manifestants et deux policiers ont été blessés. M. Koci reprendra ses cours le lundi 27 avril.

Pour les enfants : une psychologue, Mme Claire Vidal, sera présente au studio 2 samedi de 10 heures à 12 heures. Les élèves qui le souhaitent pourront écrire un mot aux danseurs de Vlora ; nous le traduirons en albanais.

Le gala de fin d'année du 20 juin est maintenu. Les répétitions du cours supérieur (11 à 15 ans) auront lieu le mercredi de 14 h 30 à 16 h 30, salle 1. Les chaussons de pointe commandés (pointures 36 à 39, 62 euros la paire) arriveront le 5 mai.

Nous observerons une minute de silence au début de chaque cours vendredi.

Pour toute question : 04 50 27 63 18, du lundi au vendredi de 9 heures à 17 heures.

Avec nos pensées,

Hélène Marchal, directrice
"""))
GOLD += [
E(4, ["le double attentat-suicide qui a frappé Vlora", "revendiqué l'attentat"],
  "SUI", "2026-04-18", "day", "Vlorë", "AL", 14, 41, "exact", "Islamic State", "Islamic State", False,
  "Ballet school email of Thursday 23 April; 'samedi dernier' -> the most recent Saturday, 18 April. Two sites (place du Drapeau, gare routière), one town -> ONE event. 'quatorze morts, dont les deux kamikazes, et de 41 blessés' -> killed 14 (bombers inside; Elira, 16, who died Monday, is inside), injured 41, exact. 'Le groupe État islamique a revendiqué l'attentat lundi', undisputed -> claimant and perpetrator 'Islamic State'. '16 ans', '2 au 9 mai', '480 euros', '15 mai', '27 avril', 'studio 2', '10 heures à 12 heures', '20 juin', '11 à 15 ans', '14 h 30 à 16 h 30', 'salle 1', '36 à 39', '62 euros', '5 mai', 'une minute', '04 50 27 63 18', '9 heures à 17 heures' are not casualties."),
E(4, ["plusieurs centaines de personnes, qui marchaient vers la direction de la police de Vlora"],
  "PI", "2026-04-22", "day", "Vlorë", "AL", None, 6, "exact", None, None, False,
  "'Hier, mercredi' vs Thursday 23 April -> 22 April. A march on the Vlorë police directorate with a demand (its chief's resignation) 'dispersées à coups de gaz lacrymogène et de matraque' -> Protest with intervention, perpetrator null (dev). 'Quatre manifestants et deux policiers ont été blessés' -> injured 4 + 2 = 6 (all sides summed), exact; killed null. 'plusieurs centaines' counts marchers."),
]

# -------------------------------------------------------------- holdout68-005
ARTICLES.append(A(5, "fr", "article", "2026-04-27T08:00:00Z",
"La lettre du folk club : concert albanais annulé",
"""
LA LETTRE DU FOLK CLUB DE L'ODET - Quimper - n° 88, lundi 27 avril 2026.

CONCERT ANNULÉ. Le concert de polyphonies albanaises du samedi 9 mai, avec le groupe Zërat e Labërisë, n'aura pas lieu. Deux de ses six chanteurs vivent à Vlora, où deux kamikazes se sont fait exploser le 18 avril sur la place du Drapeau puis devant la gare routière. Le frère cadet de Gjergj, le chanteur qui tient le bourdon, fait partie des douze victimes ; avec les deux kamikazes, l'attentat a fait quatorze morts, et on compte quarante et un blessés. Les 140 billets vendus (12 euros, 8 euros pour les adhérents) seront remboursés à la buvette les vendredis de mai, ou par chèque.

CE QU'ON SAIT. L'attentat a été revendiqué par l'État islamique, et le parquet spécial albanais juge cette revendication crédible. Jeudi, la police italienne a arrêté à Brindisi un Albanais de 29 ans soupçonné d'avoir viré 3 000 euros aux deux kamikazes. L'un des deux hommes interpellés au port de Vlora le soir de l'attentat a été relâché sans charges vendredi ; l'autre reste détenu. Gjergj nous écrit qu'hier, dimanche, des milliers d'habitants ont de nouveau défilé en silence sur le front de mer, à la mémoire des victimes.

SOLIDARITÉ. Une cagnotte pour les familles est ouverte : 1 340 euros récoltés en quatre jours, grâce à 57 donateurs. Nous la clôturerons le 31 mai.

BAL FOLK. Le bal du vendredi 15 mai est maintenu, salle des Tanneurs, de 21 heures à 1 heure, avec le trio Les Cornemuses Têtues. Entrée 7 euros. Nous ouvrirons le bal par un chant de Labëria, en hommage.

ATELIERS. L'atelier de vielle à roue reprend le mardi 5 mai à 19 h 30 (8 places, 15 euros la séance). L'atelier de chant polyphonique, que devait animer Gjergj, est reporté à l'automne.

ASSEMBLÉE GÉNÉRALE. Samedi 13 juin à 17 heures, au local du club, 4 rue des Tanneurs. Cotisation 2026-2027 : 25 euros, 15 euros pour les étudiants.

Contact : 02 98 31 47 60 ou au bar du club les soirs de bal.
"""))
GOLD += [
E(5, ["deux kamikazes se sont fait exploser le 18 avril", "l'attentat a fait quatorze morts", "L'attentat a été revendiqué"],
  "SUI", "2026-04-18", "day", "Vlorë", "AL", 14, 41, "exact", "Islamic State", "Islamic State", False,
  "Folk club newsletter of Monday 27 April; 'le 18 avril' -> 18 April. Two sites, one town -> ONE event. 'des douze victimes ; avec les deux kamikazes, l'attentat a fait quatorze morts, et on compte quarante et un blessés' -> killed 14 (12 victims + 2 bombers; the text gives both), injured 41 (number words), exact. 'revendiqué par l'État islamique', judged 'crédible' by the special prosecutors -> claimant and perpetrator 'Islamic State'. 'samedi 9 mai', 'six chanteurs', '140 billets', '12 euros', '8 euros', '29 ans', '3 000 euros', '1 340 euros', 'quatre jours', '57 donateurs', '31 mai', '15 mai', '21 heures à 1 heure', '7 euros', '5 mai', '19 h 30', '8 places', '15 euros', '13 juin', '17 heures', '4 rue des Tanneurs', '2026-2027', '25 euros', '02 98 31 47 60' are not casualties."),
E(5, ["la police italienne a arrêté à Brindisi un Albanais de 29 ans"],
  "ARR", "2026-04-23", "day", "Brindisi", "IT", None, None, None, "police", None, False,
  "'Jeudi' vs Monday 27 April -> the most recent Thursday, 23 April. A man suspected of wiring money to the bombers, arrested in Brindisi, Italy -> IT; 'la police italienne' -> 'police'. '29 ans' and '3 000 euros' are not casualties."),
E(5, ["des deux hommes interpellés au port de Vlora le soir de l'attentat"],
  "ARR", "2026-04-18", "day", "Vlorë", "AL", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-002: 'le soir de l'attentat' -> 18 April, in the port of Vlorë. One of them 'a été relâché sans charges vendredi' (24 April): a release does not undo the arrest and is no event. No force named here; the cluster's arrests are by the police -> 'police'."),
E(5, ["des milliers d'habitants ont de nouveau défilé en silence sur le front de mer"],
  "PP", "2026-04-26", "day", "Vlorë", "AL", None, None, None, None, None, False,
  "'hier, dimanche' vs Monday 27 April -> 26 April. A second silent march ('de nouveau') on Vlorë's seafront, 'à la mémoire des victimes', no incident -> Peaceful protest, perpetrator null (like the silent march of 19 April in holdout68-003, which this newsletter does not tell). 'des milliers' counts marchers."),
]
