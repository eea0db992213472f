"""Authoring source of benchmarks/events_holdout56 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bo, Sierra Leone cluster (holdout56-016 to 020, and 021 six weeks
later; English and French), two suicide bombers on Saturday 17 October 2026
at two sites of one city (the central market and the main lorry park, about
600 m and five minutes apart): an English wire with the first report (016), a
university accommodation office's notice to students in its halls (017), a
Guinean dry cleaner's closure notice ("avis de fermeture", fr 018), an
allotment society's newsletter (019), a Guinean outlet's weekend news
round-up email ("l'essentiel du week-end", fr 020) and, six weeks later, the
transcript of a Guinean rural radio's late-night news bulletin ("journal de
22 heures", fr 021). Sierra Leone and Guinea are UTC+0, so every local date
is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout56")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout56-016
ARTICLES.append(A(16, "en", "article", "2026-10-17T18:00:00Z",
"Twin suicide blasts kill at least 11 in Sierra Leone's Bo",
"""
BO, Sierra Leone (Atlantic Wire) - Two suicide bombers blew themselves up at the central market and the main lorry park of Bo, Sierra Leone's second city, on Saturday, killing at least eleven people, including the two bombers, and wounding about 40, police said.

The first explosion hit the cloth and cooking-oil section of the market at about 10:50 a.m., during the busiest trading hour of the week. The second bomber struck five minutes later among passengers boarding a minibus bound for Freetown at the lorry park, about 600 metres away.

"I counted the bodies of three women who sold pepper next to me," said Mariama Sesay, 29, whose stall was destroyed. "My hands are still shaking."

No one claimed responsibility. The Inspector-General of Police, William Fofanah, said the attack "could have been planned" abroad and that officers were retracing the bombers' route from Guinea, but he declined to name any group.

Sierra Leone has not known jihadist violence. In 2016, a homemade bomb went off at a petrol station in Moyamba, wounding two attendants, in what police called a robbery gone wrong.

The government announced three days of national mourning and a dusk-to-dawn curfew in Bo from 7 p.m. The government hospital, which has 250 beds, called in all off-duty staff, and its blood bank said it needed 400 units. Police set up 25 checkpoints on the roads out of the city, and the highway to Freetown, some 250 km to the west, reopened only in the evening. Relatives were asked to call 079 112 233 instead of coming to the hospital.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up at the central market and the main lorry park of Bo", "The first explosion", "The second bomber struck", "the attack"],
  "SUI", "2026-10-17", "day", "Bo", "SL", 11, 40, "at_least", None, None, False,
  "Wire of Saturday 17 October 2026; 'on Saturday' = the publication day. Two sites of one city (the central market and the lorry park, 'about 600 metres' and 'five minutes' apart) -> ONE Suicide bomb event coded to the city. First report: 'killing at least eleven people, including the two bombers, and wounding about 40' -> killed 11 (bombers inside), at_least; injured 40 ('about 40'; the qualifier describes the killed figure). 'the bodies of three women' are a subset. No claim; 'could have been planned' abroad is speculation, no group named -> perpetrator null. '10:50 a.m.', '600 metres', '29', 'three days', '7 p.m.', '250 beds', '400 units', '25 checkpoints', '250 km', '079 112 233' are not casualties."),
E(16, ["a homemade bomb went off at a petrol station in Moyamba"],
  "IED", "2016-01-01", "year", "Moyamba", "SL", None, 2, "exact", None, None, True,
  "'In 2016' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; 'a robbery gone wrong', no author named -> null. 'wounding two attendants' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout56-017
ARTICLES.append(A(17, "en", "article", "2026-10-19T10:00:00Z",
"Accommodation Office: notice to students in the Bo halls",
"""
SOUTHERN UNIVERSITY OF SIERRA LEONE, BO CAMPUS - ACCOMMODATION OFFICE. NOTICE No. 7/2026-27 TO ALL RESIDENTS OF TIWAI, GOLA AND SEWA HALLS. Monday 19 October 2026.

1. Saturday's suicide bombing at the central market and the lorry park. Our notice of Saturday referred to at least 11 deaths. The police now report 15 people killed, not counting the two bombers, and 52 injured. Three of our students are among the injured and two of them are still in hospital. No student was killed.

2. The arrest in Sewa Hall. On Sunday morning, police arrested a second-year student in room 114 of Sewa Hall after a search of the building. He was released without charge at 8 a.m. today and has returned to his room. Four hall porters were questioned as witnesses and went home the same day. We ask all residents not to share his name or photograph online.

3. Curfew and gates. The city curfew runs from 7 p.m. to 6 a.m. The main gate will close at 6.30 p.m. and the side gate stays locked. Visitors are not allowed in the halls until 1 November.

4. Rent. The second instalment of hall fees, Le 1,200 for a single room and Le 850 for a shared room, is postponed from 23 October to 20 November.

5. Meals. The dining hall will serve lunch and dinner only, from 12.00 to 2.00 p.m. and from 5.00 to 6.30 p.m. Students who usually buy food at the central market, which stays closed, may collect a free food parcel at this office.

6. Support. Counsellors are available in room G12 of the Student Centre from 9 a.m. to 4 p.m. Students who wish to go home may do so; lectures are suspended until Monday 26 October.

Accommodation Office: 076 400 118, from 8 a.m. to 5 p.m.

Allan Kamara, Accommodation Officer
"""))
GOLD += [
E(17, ["Saturday's suicide bombing at the central market and the lorry park"],
  "SUI", "2026-10-17", "day", "Bo", "SL", 17, 52, "exact", None, None, False,
  "Notice of Monday 19 October; 'Saturday's' -> 17 October. The toll is revised inside: 'at least 11 deaths' (the notice of Saturday, superseded) -> '15 people killed, not counting the two bombers, and 52 injured' -> killed 15 + 2 bombers = 17, injured 52, exact (the bombers are added). 'Three of our students' and 'two of them' are subsets; 'No student was killed' is about the students, not the toll. No claim -> perpetrator null. 'No. 7/2026-27', 'room 114', '8 a.m.', 'Four hall porters' (questioned), '7 p.m. to 6 a.m.', '6.30 p.m.', '1 November', 'Le 1,200', 'Le 850', '23 October', '20 November', '12.00 to 2.00 p.m.', '5.00 to 6.30 p.m.', 'G12', '9 a.m. to 4 p.m.', '26 October', '076 400 118' are not casualties. 'Tiwai', 'Gola' and 'Sewa' are hall names here."),
E(17, ["The arrest in Sewa Hall", "police arrested a second-year student in room 114 of Sewa Hall"],
  "ARR", "2026-10-18", "day", "Bo", "SL", None, None, None, "police", None, False,
  "The heading names the arrest first; 'On Sunday morning' vs Monday 19 October -> 18 October. A student arrested in a hall of the Bo campus -> Bo (a building of the city -> the city), by 'police'. 'released without charge at 8 a.m. today': the release does not undo the arrest. The four porters 'questioned as witnesses' are not arrested."),
]

# -------------------------------------------------------------- holdout56-018
ARTICLES.append(A(18, "fr", "article", "2026-10-21T09:00:00Z",
"Pressing Le Fromager : avis de fermeture temporaire",
"""
PRESSING LE FROMAGER - Carrefour de la préfecture, Forécariah. AVIS DE FERMETURE TEMPORAIRE. Affiché le mercredi 21 octobre 2026.

Chers clients,

Notre pressing est fermé à partir d'aujourd'hui et jusqu'à nouvel ordre.

Mardi matin, la gendarmerie a arrêté à Forécariah notre gérant, M. Alhassane S., 44 ans, dans le cadre de l'enquête sur le double attentat-suicide de samedi à Bo, en Sierra Leone, qui a fait dix-huit morts, y compris les deux kamikazes, et 52 blessés. Selon les gendarmes, l'un des deux kamikazes aurait déposé des bagages au pressing au début du mois. Nous n'en savons pas plus. Nous faisons confiance à la justice et nous pensons aux familles de Bo, une ville où beaucoup d'entre nous ont des parents.

Les scellés ont été posés mardi après-midi sur notre réserve. Nos deux repasseuses ont été entendues comme témoins et sont rentrées chez elles le soir même.

VOS VÊTEMENTS
- Les vêtements déposés avant le 17 octobre sont prêts ; ils seront rendus dès que les gendarmes lèveront les scellés.
- Présentez votre ticket (numéros 3401 à 3588). Sans ticket, apportez une pièce d'identité.
- Les tenues de mariage déposées pour les cérémonies du samedi 24 octobre pourront être retirées en priorité au domicile de la propriétaire, quartier Madina, de 16 heures à 18 heures.

PAIEMENTS
- Les acomptes (en général 20 000 ou 50 000 francs guinéens) seront remboursés sur présentation du ticket.
- Les clients abonnés (forfait mensuel de 150 000 francs guinéens) recevront un mois gratuit à la réouverture.

Pour toute question : 622 41 08 77 (paiement mobile accepté).

Merci de votre patience et de votre fidélité depuis 2011.

La propriétaire, Mme Fatoumata Camara
"""))
GOLD += [
E(18, ["la gendarmerie a arrêté à Forécariah notre gérant"],
  "ARR", "2026-10-20", "day", "Forécariah", "GN", None, None, None, "police", None, False,
  "Closure notice of Wednesday 21 October; 'Mardi matin' -> 20 October. The shop's manager, arrested in Forécariah, Guinea, over the Bo bombing -> GN (coded to the place of the arrest, not to the bombing's country); gendarmerie -> 'police'. The seals put on the storeroom are the arrest's follow-up. The two ironers 'entendues comme témoins' are not arrested."),
E(18, ["le double attentat-suicide de samedi à Bo"],
  "SUI", "2026-10-17", "day", "Bo", "SL", 18, 52, "exact", None, None, False,
  "'de samedi' vs Wednesday 21 October -> 17 October. 'dix-huit morts, y compris les deux kamikazes, et 52 blessés' -> killed 18 (bombers inside), injured 52, exact. No claim -> perpetrator null. '44 ans', '17 octobre' (a deposit date), '3401 à 3588', '24 octobre', '16 heures à 18 heures', '20 000', '50 000', '150 000 francs guinéens', '622 41 08 77', '2011' are not casualties."),
]

# -------------------------------------------------------------- holdout56-019
ARTICLES.append(A(19, "en", "article", "2026-10-22T12:00:00Z",
"Bo Community Allotment Society: October newsletter",
"""
BO COMMUNITY ALLOTMENT SOCIETY - NEWSLETTER No. 41. Thursday 22 October 2026.

From the chair. This is the saddest newsletter I have ever written. Our plots lie 300 metres behind the lorry park, and on Saturday morning several of us heard both explosions of the suicide bombing from the cassava beds. This week Bo has buried most of its eighteen dead, the two bombers among them, and 52 people were injured. Our oldest member, Pa Sahr Lamin, 71, who sold his tomatoes at the market, is one of the injured and is home with a broken leg.

Islamic State's Sahel branch claimed the bombing on Sunday. We will not give it more space than that.

On Tuesday afternoon many of us walked in the march for peace from the market to the town hall, some 8,000 people behind the banner "Bo is one family". It was calm and dignified, and it ended with prayers by the imam and the bishop.

Police on our site. Officers searched the tool shed on Monday. Our watchman, Foday, was questioned for three hours and released; they took only a roll of wire he had bought from a trader at the lorry park. Police also said on Tuesday that two men had been arrested in Makeni on Sunday evening and would be brought to Bo.

Plot news
- Plot rents (Le 150 a year for a full plot, Le 80 for a half plot) are waived for 2027 for members who lost relatives.
- The seed swap of 31 October is cancelled; the cassava cuttings, about 2,000 of them, will be handed out on Saturday 7 November from 8 a.m.
- Rainfall in September: 412 mm at our gauge, against 380 mm last year.
- The borehole pump was repaired for Le 2,300; donations are welcome.
- Working party: Saturday 24 October at 7 a.m., to clear the drains blocked by debris from the lorry park.

The committee has given Le 5,000 to the hospital's appeal. Look after one another.
"""))
GOLD += [
E(19, ["both explosions of the suicide bombing", "the bombing"],
  "SUI", "2026-10-17", "day", "Bo", "SL", 18, 52, "exact", "Islamic State", "Islamic State", False,
  "Newsletter of Thursday 22 October; 'on Saturday morning' -> 17 October. The two explosions of one bombing at two sites of one city -> ONE event. 'eighteen dead, the two bombers among them, and 52 people were injured' -> killed 18 (bombers inside), injured 52, exact; Pa Sahr Lamin, 71, is a subset. 'Islamic State's Sahel branch claimed the bombing on Sunday', undisputed -> 'Islamic State' (every regional branch except ISWAP, dev), claimant and perpetrator. 'No. 41', '300 metres', '8,000 people' (marchers), 'three hours', 'Le 150', 'Le 80', '2027', '31 October', '2,000', '7 November', '8 a.m.', '412 mm', '380 mm', 'Le 2,300', '24 October', '7 a.m.', 'Le 5,000' are not casualties."),
E(19, ["the march for peace from the market to the town hall"],
  "PP", "2026-10-20", "day", "Bo", "SL", None, None, None, None, None, False,
  "'On Tuesday afternoon' vs Thursday 22 October -> 20 October. A march of some 8,000 people behind a banner with a message ('Bo is one family'), 'calm and dignified' -> Peaceful protest, perpetrator null."),
E(19, ["two men had been arrested in Makeni on Sunday evening"],
  "ARR", "2026-10-18", "day", "Makeni", "SL", None, None, None, "police", None, False,
  "'on Sunday evening' vs Thursday 22 October -> 18 October (the announcement was on Tuesday; the arrest's own day is given). 'Police also said' -> 'police'. The watchman 'questioned for three hours and released' is not arrested; the shed search is no event."),
]

# -------------------------------------------------------------- holdout56-020
ARTICLES.append(A(20, "fr", "article", "2026-10-24T08:00:00Z",
"L'essentiel du week-end : Bo, une semaine après",
"""
L'ESSENTIEL DU WEEK-END - Le Courrier de Kaloum. Samedi 24 octobre 2026. Bonjour ! Voici les nouvelles de la semaine, en cinq minutes de lecture.

1. BO, UNE SEMAINE APRÈS. Le double attentat-suicide du samedi 17 octobre contre le marché central et la gare routière de Bo, en Sierra Leone, a fait dix-huit morts, dont les deux kamikazes, et 52 blessés. Dimanche, l'État islamique au Sahel l'a revendiqué par son agence Amaq, en se vantant de « plus de cent apostats » tués ; la police sierra-léonaise juge la revendication crédible. Le GSIM a démenti toute implication. Un ministre a estimé que les kamikazes « pourraient avoir été recrutés » au Mali.

2. LES ARRESTATIONS. Les deux hommes arrêtés dimanche soir à Makeni ont été inculpés jeudi de complicité d'actes terroristes ; ils encourent jusqu'à 25 ans de prison. Le gérant de pressing interpellé mardi à Forécariah, soupçonné d'avoir gardé les explosifs dans sa réserve, doit être remis lundi à la Sierra Leone. Et vendredi, la police a arrêté à Kabala un vendeur de motos qui aurait fourni aux kamikazes deux engins sans papiers.

3. LA COLÈRE. Vendredi à Bo, plusieurs centaines de commerçants qui réclamaient la réouverture du marché ont été dispersés par la police à coups de gaz lacrymogènes devant l'hôtel de ville ; quatre personnes ont été blessées, dont un policier.

4. CHEZ NOUS. Le poste frontière de Pamelap a rouvert jeudi, de 7 heures à 19 heures. Les autorités y ont envoyé 400 gendarmes en renfort. Le sac de riz de 50 kilos a pris 8 % en une semaine à Forécariah.

5. ET AUSSI. Le Syli national a battu le Liberia 2 à 0 à Conakry. Notre dossier de 12 pages sur la fin de la saison des pluies est en kiosque aujourd'hui, à 5 000 francs guinéens.

Bon week-end ! Pour vous désabonner, répondez « STOP » au 7878.
"""))
GOLD += [
E(20, ["Le double attentat-suicide du samedi 17 octobre"],
  "SUI", "2026-10-17", "day", "Bo", "SL", 18, 52, "exact", "Islamic State", "Islamic State", False,
  "Round-up email of Saturday 24 October; 'du samedi 17 octobre' -> 17 October, 7 days before -> current. 'dix-huit morts, dont les deux kamikazes, et 52 blessés' -> killed 18 (bombers inside), injured 52, exact. Claimed 'Dimanche' by 'l'État islamique au Sahel' through Amaq, judged 'crédible' by the police -> 'Islamic State' (every regional branch except ISWAP, dev), claimant and perpetrator; the claim's 'plus de cent apostats' is never used. The GSIM's denial is not a claim; 'pourraient avoir été recrutés' is speculation. 'cinq minutes', '7 heures à 19 heures', '400 gendarmes', '50 kilos', '8 %', '2 à 0', '12 pages', '5 000 francs guinéens', '7878' are not casualties."),
E(20, ["Les deux hommes arrêtés dimanche soir à Makeni"],
  "ARR", "2026-10-18", "day", "Makeni", "SL", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout56-019: 'dimanche soir' vs Saturday 24 October -> 18 October. 'inculpés jeudi' is the arrest's judicial follow-up; 'jusqu'à 25 ans de prison' is a sentence, not a casualty. No force named -> 'police'."),
E(20, ["Le gérant de pressing interpellé mardi à Forécariah"],
  "ARR", "2026-10-20", "day", "Forécariah", "GN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout56-018: 'mardi' vs Saturday 24 October -> 20 October, in Guinea -> GN. Now called the suspected keeper of the explosives (the cluster's suspected facilitator). 'doit être remis lundi à la Sierra Leone' is a future handover, not an event. No force named; the gendarmerie of holdout56-018 -> 'police'."),
E(20, ["la police a arrêté à Kabala un vendeur de motos"],
  "ARR", "2026-10-23", "day", "Kabala", "SL", None, None, None, "police", None, False,
  "'vendredi' vs Saturday 24 October -> 23 October. A motorbike seller suspected of supplying the bombers, arrested in Kabala by 'la police' -> 'police'. 'deux engins' are motorbikes, not casualties."),
E(20, ["plusieurs centaines de commerçants qui réclamaient la réouverture du marché ont été dispersés"],
  "PI", "2026-10-23", "day", "Bo", "SL", None, 4, "exact", None, None, False,
  "'Vendredi à Bo' vs Saturday 24 October -> 23 October. Traders with a demand (the market's reopening) dispersed by the police 'à coups de gaz lacrymogènes' -> Protests / Protest with intervention, perpetrator null (dev). 'quatre personnes ont été blessées, dont un policier' -> injured 4 (all sides summed, the policeman inside), exact. 'plusieurs centaines' counts protesters."),
]

# -------------------------------------------------------------- holdout56-021
ARTICLES.append(A(21, "fr", "transcript", "2026-11-30T22:30:00Z",
"Radio rurale de Forécariah : journal de 22 heures du lundi 30 novembre",
"""
RADIO RURALE DE FORÉCARIAH - JOURNAL DE 22 HEURES. Lundi 30 novembre 2026. Présentation : Aïssatou Bangoura.

AÏSSATOU BANGOURA : Bonsoir. À la une : un nouveau suspect arrêté à la frontière, le prix du carburant et la fin de la campagne de vaccination.

AÏSSATOU BANGOURA : Samedi, les gendarmes du poste frontière de Pamelap ont arrêté un Sierra-Léonais de 35 ans recherché pour le double attentat-suicide du 17 octobre à Bo, qui avait fait dix-huit morts, dont les deux kamikazes, et 52 blessés, et que l'État islamique au Sahel avait revendiqué. Selon la gendarmerie, il aurait acheté les téléphones des deux kamikazes. Il a été présenté ce lundi au procureur, et la Sierra Leone a demandé son extradition.

AÏSSATOU BANGOURA : Pour mémoire, le gérant de pressing arrêté le 20 octobre à Forécariah a été remis le 2 novembre aux autorités sierra-léonaises. Son procès doit s'ouvrir à Freetown en janvier. Ses deux employées, entendues comme témoins, n'ont jamais été poursuivies.

AÏSSATOU BANGOURA : Carburant : le litre d'essence reste à 12 000 francs guinéens à la pompe, mais se vend jusqu'à 15 000 francs au marché noir de Maférinyah.

AÏSSATOU BANGOURA : Santé : la campagne de vaccination contre la rougeole s'est terminée dimanche. 18 400 enfants de 9 mois à 5 ans ont été vaccinés dans la préfecture, soit 96 % de l'objectif.

AÏSSATOU BANGOURA : Agriculture : la récolte du riz de bas-fond commence. La coopérative des femmes de Kaback annonce 2 300 tonnes, contre 1 900 l'an dernier.

AÏSSATOU BANGOURA : La météo : fin de la saison des pluies, 31 degrés demain à Forécariah, premiers vents d'harmattan en fin de semaine.

AÏSSATOU BANGOURA : C'était le journal de 22 heures. Prochain journal demain à 7 heures. Bonne nuit.
"""))
GOLD += [
E(21, ["un nouveau suspect arrêté à la frontière", "les gendarmes du poste frontière de Pamelap ont arrêté un Sierra-Léonais"],
  "ARR", "2026-11-28", "day", "Pamelap", "GN", None, None, None, "police", None, False,
  "Late-night bulletin of Monday 30 November (22:30 in Forécariah, UTC+0); the headline names the arrest first; 'Samedi' -> 28 November, 2 days before -> current. A man wanted over the Bo bombing, arrested at the Pamelap border post, Guinea -> its town, Pamelap, GN; gendarmes -> 'police'. His presentation to the prosecutor and the extradition request are follow-ups."),
E(21, ["le double attentat-suicide du 17 octobre à Bo"],
  "SUI", "2026-10-17", "day", "Bo", "SL", 18, 52, "exact", "Islamic State", "Islamic State", True,
  "'du 17 octobre' -> 17 October, 44 days before Monday 30 November -> background. 'dix-huit morts, dont les deux kamikazes, et 52 blessés' -> killed 18 (bombers inside), injured 52, exact. 'que l'État islamique au Sahel avait revendiqué' -> 'Islamic State' (regional branch), claimant and perpetrator. '35 ans', '12 000', '15 000 francs', '18 400 enfants', '9 mois à 5 ans', '96 %', '2 300 tonnes', '1 900', '31 degrés', '22 heures', '7 heures' are not casualties."),
E(21, ["le gérant de pressing arrêté le 20 octobre à Forécariah"],
  "ARR", "2026-10-20", "day", "Forécariah", "GN", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout56-018: 'le 20 octobre' -> 20 October, 41 days before -> background. His handover on 2 November and the trial due in January are follow-ups. No force named -> 'police'. His two employees 'entendues comme témoins' are not arrested."),
]
