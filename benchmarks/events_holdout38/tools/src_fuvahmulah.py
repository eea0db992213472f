"""Authoring source of benchmarks/events_holdout38 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Fuvahmulah, Maldives cluster (holdout38-011 to 015; English and
French), two suicide bombers on Thursday 10 September 2026 at two sites of
one town (the harbour jetty and the central market, about 300 m and four
minutes apart): an English wire with the first toll and a speculation (011),
an English crisis hotline FAQ with a toll revised inside, an arrest and a
rumour (012), the French translation of the security minister's press
conference ("conférence de presse du ministre", verbatim, with journalists'
questions; fr 013) with the claim, a denial, a "pourraient avoir été", a
release and a facilitator's arrest, an English data piece with two small
tables (014), and a French chamber of commerce's economic note ("note de
conjoncture", fr 015) with a march, a judicial follow-up and an older plot.
The Maldives are UTC+5 and Réunion UTC+4: every publication time here is
between 06:00 and 18:00 UTC, so every local date is the UTC date. Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout38")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout38-011
ARTICLES.append(A(11, "en", "article", "2026-09-10T17:30:00Z",
"Suicide bombers strike Maldives island city of Fuvahmulah",
"""
FUVAHMULAH, Maldives (Indian Ocean Wire) - Two suicide bombers struck the harbour and the central market of Fuvahmulah on Thursday evening, killing at least seven people and wounding a score of others on a remote island city famed among divers for its tiger sharks, police said.

The first explosion tore through a crowd waiting for the returning dive boats at about 5:45 p.m. Four minutes later a second attacker blew himself up at the entrance of the market, some 300 metres inland, where families were buying fish and fruit before the weekend.

"The boats had just come in. I saw a man walk into the people on the jetty," said a dive instructor, 34, who asked not to be named. Two of the wounded were foreign tourists, a hospital official said.

The city hospital, which has 45 beds, treated patients on mattresses in its corridors. A seaplane and a coast guard vessel were sent from Malé, some 500 km to the north, with surgeons and 60 units of blood.

No group had claimed the attack by late evening. A senior official in Malé said sympathisers of Islamic State could be behind it, noting that dozens of Maldivians travelled to Syria and Iraq a decade ago, but he cautioned that the investigation had barely begun.

The Maldives, a country of about 520,000 people known for its luxury resorts, has been spared large attacks in recent years. In 2019, a homemade device found in a toilet of Hanimaadhoo airport, in the far north, was defused by soldiers of the army's bomb-disposal unit.

All flights to Fuvahmulah were suspended until Saturday, and a curfew was declared on the island from 10 p.m. to 6 a.m. Schools will stay closed on Sunday, the first day of the working week.
"""))
GOLD += [
E(11, ["Two suicide bombers struck the harbour", "The first explosion", "a second attacker blew himself up", "claimed the attack"],
  "SUI", "2026-09-10", "day", "Fuvahmulah", "MV", 7, 20, "at_least", None, None, False,
  "'on Thursday evening' = publication day, Thursday 10 September 2026 (UTC+5; published 22:30 local). Two sites of one town (the harbour jetty and the market entrance, some 300 m and four minutes apart) -> ONE Suicide bomb event coded to the city (Fuvahmulah is one island and one city). First report: 'killing at least seven people and wounding a score of others' -> killed 7 at_least (the bombers are not mentioned: taken as stated), injured 20 ('a score', dev table; the qualifier is the killed figure's). No claim; 'could be behind it' is speculation -> perpetrator null. 'dozens of Maldivians' who went to Syria a decade ago are not casualties (not 12 injured). '5:45 p.m.', 'Four minutes later', '300 metres', '34' (an age), 'Two of the wounded' (a subset), '45 beds', '500 km', '60 units', '520,000 people', '10 p.m. to 6 a.m.' are not casualties."),
E(11, ["a homemade device found in a toilet of Hanimaadhoo airport"],
  "DWU", "2019-01-01", "year", "Hanimaadhoo", "MV", None, None, None, "military", None, True,
  "'In 2019' -> year, background. A device defused on its own -> Disrupted weapons use; 'soldiers of the army's bomb-disposal unit' -> 'military' (dev: the country's armed forces). An airport -> its island, Hanimaadhoo."),
]

# -------------------------------------------------------------- holdout38-012
ARTICLES.append(A(12, "en", "article", "2026-09-12T09:00:00Z",
"Fuvahmulah crisis line: your questions answered",
"""
FUVAHMULAH CRISIS SUPPORT LINE 1425 - FREQUENTLY ASKED QUESTIONS. Updated Saturday 12 September, 1 p.m. Answers are provided by the city's emergency operations centre.

What happened?
On Thursday evening two suicide bombers attacked the harbour and the central market of Fuvahmulah, four minutes apart.

How many people were killed and injured?
Ten people were killed, not counting the two attackers, and 41 were injured. The figure of seven dead given on Thursday night was provisional. A 62-year-old fisherman died of his wounds on Friday; he is included in the ten.

My relative is missing. What should I do?
Call 1425 (free, 24 hours a day) or +960 330 0425 from abroad. Give the person's name, age and island of residence.

Who is responsible?
No group has claimed responsibility. Please do not share names or photos circulating online: police say a picture of a "third bomber", shared more than 20,000 times, shows a man who was in Malé that day.

Has anyone been arrested?
Yes. On Friday, police arrested three men in Addu City, some 50 km to the south. A woman taken in for questioning in Fuvahmulah the same day was allowed to go home.

Is the harbour open?
The harbour stays closed until Monday. Ferries to Addu City leave from the temporary jetty at 7 a.m. and 3 p.m.; the fare is MVR 50. Flights resumed this morning; flight Q2 241 from Malé lands at 11:20.

I was at the market and I cannot sleep. Who can help?
Twelve counsellors have been flown to the island. The health centre in Dhiguvaandu ward sees people from 8 a.m. to 10 p.m.

Can I give blood?
Not today. The hospital received 380 donations on Friday and has enough for now.

Are schools open?
The island's six schools are closed until Wednesday 16 September.

Is there a curfew?
Yes, from 10 p.m. to 6 a.m., until further notice.
"""))
GOLD += [
E(12, ["two suicide bombers attacked the harbour"],
  "SUI", "2026-09-10", "day", "Fuvahmulah", "MV", 12, 41, "exact", None, None, False,
  "'On Thursday evening' vs Saturday 12 September -> Thursday 10 September. Toll revised inside: 'The figure of seven dead given on Thursday night' is superseded by 'Ten people were killed, not counting the two attackers, and 41 were injured' -> killed 10 + 2 = 12, injured 41, exact (the 62-year-old fisherman who died on Friday is 'included in the ten'). 'No group has claimed responsibility' -> null. The rumoured 'third bomber' is denied: no event. '1425', '1 p.m.', 'four minutes apart', '62-year-old', '24 hours', '+960 330 0425', '20,000 times', '50 km', '7 a.m. and 3 p.m.', 'MVR 50', 'Q2 241', '11:20', 'Twelve counsellors', '8 a.m. to 10 p.m.', '380 donations', 'six schools', '16 September', '10 p.m. to 6 a.m.' are not casualties."),
E(12, ["police arrested three men in Addu City"],
  "ARR", "2026-09-11", "day", "Addu City", "MV", None, None, None, "police", None, False,
  "'On Friday' vs Saturday 12 September -> Friday 11 September. Addu City (the southern atoll's city) -> 'Addu City'. 'police'. The woman 'taken in for questioning ... allowed to go home' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout38-013
ARTICLES.append(A(13, "fr", "transcript", "2026-09-14T15:00:00Z",
"Attentat de Fuvahmulah : la conférence de presse du ministre",
"""
Conférence de presse du ministre de la Sécurité intérieure des Maldives, Mohamed Ziyad, lundi 14 septembre à Malé. Traduction intégrale de l'anglais par notre rédaction de Saint-Denis.

LE MINISTRE : « Jeudi soir, deux kamikazes ont frappé le port et le marché de Fuvahmulah. Le bilan est de treize morts, dont les deux kamikazes, et de quarante et un blessés. Une jeune mère de 29 ans est décédée hier à l'hôpital de Malé. Dimanche soir, Al-Qaïda dans le sous-continent indien, AQIS, a revendiqué l'attentat. Nos services jugent cette revendication crédible. Le chiffre de « plus de soixante-dix mécréants » qu'elle avance est un mensonge. Le groupe Jamaat-ul-Mujahideen Bangladesh a nié tout lien ; nous n'en tirons aucune conclusion. Les deux kamikazes pourraient avoir été recrutés lors d'un séjour en Inde, mais ce n'est qu'une piste. »

QUESTION (Radio Atoll) : Combien de personnes sont détenues ?

LE MINISTRE : « Trois. Des trois hommes arrêtés vendredi à Addu City, l'un a été libéré hier sans inculpation, les deux autres restent détenus. Samedi, la police a arrêté à Thinadhoo le capitaine d'un dhoni, un bateau de transport, soupçonné d'avoir acheminé les explosifs depuis Malé. »

QUESTION (Journal de l'Océan) : Des Français figurent-ils parmi les victimes ?

LE MINISTRE : « Deux Françaises ont été légèrement blessées sur la jetée ; elles sont rentrées à leur hôtel. Un moniteur de plongée français a été entendu comme témoin samedi, puis laissé libre. »

QUESTION (Atoll Post) : Que faites-vous pour l'île ?

LE MINISTRE : « Nous avons envoyé 250 policiers. Les six écoles rouvriront mercredi. Le gouvernement versera 100 000 rufiyaa à chaque famille endeuillée. »

QUESTION (Télé Île) : Le tourisme va-t-il s'effondrer ?

LE MINISTRE : « Quelque 1 100 touristes ont quitté l'île depuis vendredi, mais nos 170 hôtels des autres atolls fonctionnent normalement. Je vous remercie. »
"""))
GOLD += [
E(13, ["deux kamikazes ont frappé le port et le marché de Fuvahmulah", "a revendiqué l'attentat"],
  "SUI", "2026-09-10", "day", "Fuvahmulah", "MV", 13, 41, "exact", "al-Qaeda in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", False,
  "'Jeudi soir' vs Monday 14 September -> Thursday 10 September. 'treize morts, dont les deux kamikazes, et de quarante et un blessés' -> 13 (bombers inside; the mother of 29 who 'est décédée hier', Sunday 13 September, raised it from 12), 41, exact. 'Al-Qaïda dans le sous-continent indien, AQIS, a revendiqué l'attentat', judged 'crédible' -> claimant and perpetrator, canonical 'al-Qaeda in the Indian Subcontinent' (named like 'al-Qaeda in the Islamic Maghreb'). Its 'plus de soixante-dix mécréants' is never used. The Jamaat-ul-Mujahideen Bangladesh denial and 'pourraient avoir été recrutés' are not coded. 'Deux Françaises' are among the 41 (a subset). '29 ans', '250 policiers', 'six écoles', '100 000 rufiyaa', '1 100 touristes', '170 hôtels' are not casualties."),
E(13, ["trois hommes arrêtés vendredi à Addu City"],
  "ARR", "2026-09-11", "day", "Addu City", "MV", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout38-012: 'vendredi' vs Monday 14 September -> Friday 11 September. One of the three 'libéré hier sans inculpation': an arrest followed by a release stays. 'police'."),
E(13, ["la police a arrêté à Thinadhoo le capitaine d'un dhoni"],
  "ARR", "2026-09-12", "day", "Thinadhoo", "MV", None, None, None, "police", None, False,
  "'Samedi' vs Monday 14 September -> Saturday 12 September. The cluster's suspected facilitator (the dhoni captain who carried the explosives from Malé) -> Arrests, 'police'. The French dive instructor 'entendu comme témoin ... puis laissé libre' is heard, not arrested."),
]

# -------------------------------------------------------------- holdout38-014
ARTICLES.append(A(14, "en", "article", "2026-09-21T06:00:00Z",
"Fuvahmulah bombing: eleven days, the numbers",
"""
DATA | The twin suicide bombing of Thursday 10 September at Fuvahmulah's harbour and central market, claimed by al-Qaeda in the Indian Subcontinent (AQIS), is the deadliest attack in the Maldives' history. Our data desk compiled the figures from the police, the health ministry, the city council and the airlines. Figures are as of Sunday evening.

THE TOLL, SITE BY SITE
Site | time | killed | injured
Harbour jetty | 5:45 p.m. | 9 | 27
Central market | 5:49 p.m. | 5 | 14
Total | - | 14 | 41

Each site's dead include one bomber. The toll rose from 13 to 14 on Thursday, when a man of 71 died in a hospital in Malé.

ARRESTS, ISLAND BY ISLAND
Island | date | people | status
Addu City | 11 Sept | 3 | one freed without charge
Thinadhoo | 12 Sept | 1 | detained
Malé | 18 Sept | 2 | detained

Six people have been arrested and five are still held. A woman questioned on 11 September and a French dive instructor heard as a witness are not counted.

EVERYTHING ELSE
- 250 police officers flown in; 80 of them will stay until December.
- 6 schools closed for four days, reopened on 16 September.
- 380 blood donations in one day, 1,240 in a week.
- 1,100 tourists left the island within 72 hours; dive bookings for October are down 71%.
- MVR 4.5 million (about $290,000) raised for victims' families, 58% of it already paid out.
- 2,960 calls taken by the 1425 crisis line.
- 2 ferry crossings a day to Addu City instead of 6.

THE ONLY PRECEDENT
The last bomb scare before this one ended without harm: in 2019, soldiers defused a homemade device at Hanimaadhoo airport.
"""))
GOLD += [
E(14, ["The twin suicide bombing of Thursday 10 September", "the deadliest attack"],
  "SUI", "2026-09-10", "day", "Fuvahmulah", "MV", 14, 41, "exact", "al-Qaeda in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", False,
  "'of Thursday 10 September', 11 days before Monday 21 September -> current. The site table is one event's breakdown (two sites of one town, four minutes apart): 'Total | - | 14 | 41' -> killed 14 ('Each site's dead include one bomber': bombers inside), injured 41, exact; the rows (9/27, 5/14) are parts. 'The toll rose from 13 to 14' (a man of 71 died on Thursday 17 September): 14 is the final figure. 'claimed by al-Qaeda in the Indian Subcontinent (AQIS)' -> claimant and perpetrator. '5:45 p.m.', '5:49 p.m.', '71' (an age) are not casualties."),
E(14, ["Addu City | 11 Sept | 3 | one freed without charge"],
  "ARR", "2026-09-11", "day", "Addu City", "MV", None, None, None, "police", None, False,
  "Table row under 'ARRESTS, ISLAND BY ISLAND': 11 September -> current; 'one freed without charge' does not undo the arrest. Source 'the police' -> 'police'. '3' is the number of arrestees."),
E(14, ["Thinadhoo | 12 Sept | 1 | detained"],
  "ARR", "2026-09-12", "day", "Thinadhoo", "MV", None, None, None, "police", None, False,
  "Table row: the dhoni captain of holdout38-013, 12 September -> current. 'police'."),
E(14, ["Malé | 18 Sept | 2 | detained"],
  "ARR", "2026-09-18", "day", "Malé", "MV", None, None, None, "police", None, False,
  "Table row: a new arrest of two people in Malé on 18 September, three days before publication -> current. 'Six people have been arrested and five are still held' is a cumulative count, not an event; the woman questioned and the instructor heard as a witness are not arrested. 'police'."),
E(14, ["soldiers defused a homemade device at Hanimaadhoo airport"],
  "DWU", "2019-01-01", "year", "Hanimaadhoo", "MV", None, None, None, "military", None, True,
  "'in 2019' -> year, background. Defused on its own by 'soldiers' -> Disrupted weapons use, 'military'. '250 police officers', '80', '6 schools', 'four days', '16 September', '380 blood donations', '1,240', '1,100 tourists', '72 hours', '71%', 'MVR 4.5 million', '$290,000', '58%', '2,960 calls', '1425', '2 ferry crossings', '6' are not casualties."),
]

# -------------------------------------------------------------- holdout38-015
ARTICLES.append(A(15, "fr", "article", "2026-10-02T08:00:00Z",
"Note de conjoncture : les Maldives après Fuvahmulah",
"""
CHAMBRE DE COMMERCE FRANCO-MALDIVIENNE - NOTE DE CONJONCTURE N° 9 - OCTOBRE 2026. Tourisme et commerce après l'attentat de Fuvahmulah.

1. Rappel des faits. Le 10 septembre, deux kamikazes se sont fait exploser sur la jetée du port et devant le marché central de Fuvahmulah, à quelque 500 km au sud de Malé. Le bilan officiel est de quatorze morts, kamikazes compris, et de 41 blessés, dont deux touristes françaises. L'attaque a été revendiquée par Al-Qaïda dans le sous-continent indien (AQIS).

2. Sécurité. Six personnes ont été arrêtées. Les deux suspects interpellés le 18 septembre à Malé, soupçonnés d'avoir financé les kamikazes, ont été inculpés le 29 septembre. Le 19 septembre, environ 3 000 habitants ont défilé dans le calme, du port à l'hôtel de ville de Fuvahmulah, pour réclamer des contrôles armés à l'arrivée des bateaux. Le renfort de 250 policiers restera en place jusqu'en décembre. Rappelons qu'en 2021, quatre hommes avaient été arrêtés à Kulhudhuffushi, dans le nord, pour un projet d'attentat contre une école.

3. Tourisme. Les Maldives ont accueilli 142 000 visiteurs en septembre, soit 9 % de moins qu'un an plus tôt. À Fuvahmulah, les réservations de plongée d'octobre reculent de 71 % et le taux d'occupation des maisons d'hôtes est tombé à 18 %, contre 64 % en 2025. La France, quatrième marché émetteur, représente 8 % des arrivées ; nos adhérents signalent 1 450 annulations.

4. Transport. L'île est desservie par deux vols par jour au lieu de quatre. La liaison maritime vers Addu City reste limitée à deux traversées quotidiennes.

5. Finances. Les assureurs locaux ont enregistré 37 millions de rufiyaa de déclarations de sinistre, soit environ 2,2 millions d'euros. Le taux de change reste stable, à 17,1 rufiyaa pour un euro.

6. Recommandations. La Chambre conseille à ses 84 membres de maintenir leurs séjours hors de Fuvahmulah, de revoir leurs clauses d'annulation et de consulter leur assureur. Contact : +960 301 44 22, du dimanche au jeudi, de 9 heures à 16 heures.
"""))
GOLD += [
E(15, ["l'attentat de Fuvahmulah", "deux kamikazes se sont fait exploser", "L'attaque a été revendiquée"],
  "SUI", "2026-09-10", "day", "Fuvahmulah", "MV", 14, 41, "exact", "al-Qaeda in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", False,
  "'Le 10 septembre', 22 days before Friday 2 October -> current. 'quatorze morts, kamikazes compris, et de 41 blessés' -> 14, 41, exact; 'deux touristes françaises' are a subset. 'revendiquée par Al-Qaïda dans le sous-continent indien (AQIS)' -> claimant and perpetrator. 'Six personnes ont été arrêtées' is a cumulative count, not an event. 'N° 9', '500 km', '250 policiers', '142 000 visiteurs', '9 %', '71 %', '18 %', '64 %', '8 %', '1 450 annulations', 'deux vols', 'quatre', 'deux traversées', '37 millions de rufiyaa', '2,2 millions d'euros', '17,1', '84 membres', '+960 301 44 22', '9 heures à 16 heures' are not casualties."),
E(15, ["Les deux suspects interpellés le 18 septembre à Malé"],
  "ARR", "2026-09-18", "day", "Malé", "MV", None, None, None, "police", None, False,
  "The Malé arrest of holdout38-014 ('le 18 septembre', 14 days old -> current) told through its follow-up ('inculpés le 29 septembre') -> one Arrests event at the arrest's day, not a new one on 29 September. No force named; the Maldives Police lead the inquiry -> 'police'."),
E(15, ["environ 3 000 habitants ont défilé dans le calme"],
  "PP", "2026-09-19", "day", "Fuvahmulah", "MV", None, None, None, None, None, False,
  "'Le 19 septembre' -> current. A march with a demand ('des contrôles armés à l'arrivée des bateaux'), 'dans le calme' -> Peaceful protest, perpetrator null. 'environ 3 000' are marchers."),
E(15, ["quatre hommes avaient été arrêtés à Kulhudhuffushi"],
  "ARR", "2021-01-01", "year", "Kulhudhuffushi", "MV", None, None, None, "police", None, True,
  "'en 2021' -> year, background. A plot against a school stopped by arresting its authors -> Arrests, 'police' (no force named; dev). 'quatre hommes' are arrestees."),
]
