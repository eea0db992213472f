"""Authoring source of benchmarks/events_holdout58 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kurunegala, Sri Lanka cluster (holdout58-001 to 005, and 021 six
weeks later; English and French), two suicide bombers on Saturday 7 March
2026 at two sites of one town (the central bus stand and the entrance of the
municipal market by the clock tower, about 450 m and four minutes apart): an
English wire with a first report (001), a municipal fire and rescue
service's situation note (002), a French model railway club's newsletter
("lettre d'information d'un club de modélisme ferroviaire", fr 003), an
English wire on the claim and the arrests (004), a lawn bowls club's
bulletin (005) and a French outlet's lunchtime digest email six weeks later
("lettre de midi", fr 021). Sri Lanka is UTC+5:30 and France UTC+1 in March
and UTC+2 in April: every publication time here is between 04:00 and 10:00
UTC, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout58")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout58-001
ARTICLES.append(A(1, "en", "article", "2026-03-07T09:30:00Z",
"Twin suicide blasts kill at least 13 in Sri Lanka's Kurunegala",
"""
KURUNEGALA, Sri Lanka (Lanka Pacific Wire) - Two suicide bombers blew themselves up four minutes apart in the centre of Kurunegala on Saturday morning, killing at least eleven people as well as themselves and wounding dozens, police and hospital officials said.

The first attacker set off his vest at about 10:05 a.m. among passengers queuing at the central bus stand. The second struck at 10:09 at the entrance of the municipal market beside the clock tower, some 450 metres away, as shoppers ran from the first blast.

"I was weighing 2 kg of beans for a customer when the ground shook," said Chandrika Herath, 51, who sells vegetables at stall 64. "Then people came running towards us, and the second one went off right behind them."

No group had claimed the attack by mid-afternoon. A police spokesman said investigators were examining possible links to Islamic State but stressed that "nothing is confirmed at this stage".

The town of about 30,000 people, 94 km north-east of Colombo, had not seen a bomb in nearly two decades. In 2008 a claymore mine hidden by a roadside near Polonnaruwa killed four soldiers; nobody was ever charged.

The Teaching Hospital, which has 1,900 beds, cancelled routine surgery and appealed for blood donors of all groups. Police imposed a curfew from 6 p.m. until 6 a.m. on Sunday and said all 212 schools in the district would stay closed on Monday. The 11:15 express to Jaffna was halted at Potuhera, and about 800 extra police officers and soldiers were sent from Colombo and Kandy.

Relatives seeking news were asked to call the district disaster centre on 037 222 4410. President's office officials said a cabinet meeting would be held on Sunday at 9 a.m.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up four minutes apart in the centre of Kurunegala", "The first attacker set off his vest", "The second struck at 10:09", "the first blast", "the second one went off", "the attack"],
  "SUI", "2026-03-07", "day", "Kurunegala", "LK", 13, 12, "at_least", None, None, False,
  "Wire of Saturday 7 March 2026 (15:00 in Kurunegala); 'on Saturday morning' = the publication day. Two sites of one town (the central bus stand and the municipal market by the clock tower, 'some 450 metres' and four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eleven people as well as themselves and wounding dozens' -> killed 11 + 2 bombers = 13 (the bombers are added), at_least; 'dozens' -> injured 12 (dev table: 12, at_least; the qualifier describes the killed figure). No claim; 'examining possible links to Islamic State' is speculation -> perpetrator null. '10:05 a.m.', '10:09', '450 metres', '2 kg', '51', 'stall 64', '30,000 people', '94 km', '1,900 beds', '6 p.m.', '6 a.m.', '212 schools', '11:15', '800 extra police officers', '037 222 4410', '9 a.m.' are not casualties."),
E(1, ["a claymore mine hidden by a roadside near Polonnaruwa killed four soldiers"],
  "IED", "2008-01-01", "year", "Polonnaruwa", "LK", 4, None, "exact", None, None, True,
  "'In 2008' -> year, background. A roadside claymore mine -> Remote explosive/landmine/IED; no author named ('nobody was ever charged') -> null. 'killed four soldiers' -> killed 4 (number word), exact; injured null. 'nearly two decades' is a span, not a date of its own."),
]

# -------------------------------------------------------------- holdout58-002
ARTICLES.append(A(2, "en", "article", "2026-03-08T04:30:00Z",
"Kurunegala fire and rescue service: situation note No. 3",
"""
KURUNEGALA MUNICIPAL FIRE AND RESCUE SERVICE. SITUATION NOTE No. 3, incident KMF/26/0307/02. Issued 10:00 hrs, Sunday 8 March 2026. Supersedes Situation Note No. 2 (22:00 hrs, 7 March).

1. INCIDENT. Two explosions caused by suicide bombers at 10:05 and 10:09 hrs on Saturday 7 March, at the central bus stand and at the entrance of the municipal market near the clock tower. Both scenes were handed over to the police at 16:20 hrs. Fire service crews remain on standby.

2. CASUALTIES. Situation Note No. 2 reported fifteen dead. Figures confirmed at 08:30 hrs today by the Teaching Hospital: 17 people killed, not counting the two bombers, and 63 injured, 11 of them in intensive care. A woman aged 60 admitted with burns died overnight and is included in these figures.

3. RESOURCES COMMITTED. 6 appliances, 2 aerial platforms and 41 firefighters from Kurunegala, Kuliyapitiya and Maho stations. A fire in two market stalls was extinguished at 10:31 hrs. The roof of bus shelter No. 4 was shored with 14 props. About 18,000 litres of water were used.

4. SECURITY. Police informed the control room that two men were arrested at a house in Kuliyapitiya, 26 km to the west, at 19:40 hrs on Saturday. The market's night watchman, questioned at the scene by the police, was allowed to go home. The cordon of 200 metres around the clock tower stays in place until further notice.

5. ROADS. The Colombo road is closed between the clock tower and the lake roundabout. Buses for Dambulla and Puttalam leave from the temporary stand at the stadium car park. Motorists should allow 30 minutes extra.

6. PUBLIC INFORMATION. The fire service does not comment on the cause of the explosions or on the investigation. Control room: 037 222 2222, extension 5. The next situation note will be issued at 18:00 hrs.

Duty officer: Divisional Officer R. M. Bandara.
"""))
GOLD += [
E(2, ["Two explosions caused by suicide bombers", "the explosions"],
  "SUI", "2026-03-07", "day", "Kurunegala", "LK", 19, 63, "exact", None, None, False,
  "Situation note of Sunday 8 March; 'on Saturday 7 March' -> 7 March. Two sites of one town -> ONE event. The toll is revised inside: 'Situation Note No. 2 reported fifteen dead' (superseded) -> '17 people killed, not counting the two bombers, and 63 injured' -> killed 17 + 2 = 19 (the bombers are added), injured 63, exact; the woman of 60 who 'died overnight' is inside the 17; '11 of them in intensive care' is a subset. No claim, no group named -> perpetrator null. 'No. 3', 'KMF/26/0307/02', '10:00 hrs', '22:00 hrs', '10:05', '10:09', '16:20', '08:30', '60', '6 appliances', '2 aerial platforms', '41 firefighters', 'two market stalls', '10:31', 'No. 4', '14 props', '18,000 litres', '26 km', '19:40', '200 metres', '30 minutes', '037 222 2222', 'extension 5', '18:00' are not casualties."),
E(2, ["two men were arrested at a house in Kuliyapitiya"],
  "ARR", "2026-03-07", "day", "Kuliyapitiya", "LK", None, None, None, "police", None, False,
  "'at 19:40 hrs on Saturday' vs Sunday 8 March -> 7 March, the evening of the bombing. 'Police informed the control room that two men were arrested' -> 'police'. The night watchman 'questioned at the scene ... allowed to go home' is not arrested."),
]

# -------------------------------------------------------------- holdout58-003
ARTICLES.append(A(3, "fr", "article", "2026-03-09T08:00:00Z",
"Rail Club du Val de Saône : notre voyage au Sri Lanka interrompu",
"""
RAIL CLUB DU VAL DE SAÔNE - Lettre d'information n° 112, lundi 9 mars 2026. Club de modélisme ferroviaire, Mâcon.

Chers membres,

Notre voyage d'étude sur les chemins de fer du Sri Lanka s'arrête ici. Samedi matin, les quatorze participants attendaient le car pour Dambulla à la gare routière de Kurunegala quand un kamikaze s'est fait exploser à une cinquantaine de mètres. Un second homme a actionné sa charge quatre minutes plus tard devant le marché municipal.

Le bilan communiqué dimanche soir par les autorités est de dix-neuf morts, dont les deux kamikazes, et de plus de soixante blessés. Notre trésorier, Gérard, 71 ans, a été légèrement blessé au bras par des éclats de verre ; il a été soigné à l'hôpital universitaire et va bien. Les treize autres sont indemnes.

La police a arrêté samedi soir deux hommes à Kuliyapitiya, une ville voisine. Aucune revendication n'a été publiée à ce jour.

Le retour est avancé : vol UL 1564 mardi à 23 h 55 depuis Colombo, arrivée à Lyon mercredi à 9 h 40 via Doha. Les 1 150 euros de la seconde partie du circuit (Kandy, Ella et le train de montagne) seront remboursés par l'agence dans un délai de 45 jours.

Vie du club :
- l'assemblée générale du samedi 21 mars est maintenue, à 14 heures, salle des Cordiers ;
- le réseau « Ligne de Kandy » à l'échelle HO (1/87) compte désormais 12 mètres de voie ; les 38 wagons peints par Marcel seront présentés à l'exposition de Tournus, les 16 et 17 mai ;
- la cotisation 2026 reste à 45 euros (20 euros pour les moins de 18 ans) ;
- la locomotive M2 offerte par nos hôtes de la gare de Kurunegala, une maquette de 1954, rejoindra la vitrine du local.

Nous pensons aux familles des victimes et aux cheminots sri-lankais qui nous ont si bien reçus. Un cahier de messages sera ouvert à l'assemblée générale.

Renseignements : Paul Vernay, président, 03 85 39 42 18.
"""))
GOLD += [
E(3, ["un kamikaze s'est fait exploser", "Un second homme a actionné sa charge"],
  "SUI", "2026-03-07", "day", "Kurunegala", "LK", 19, 60, "exact", None, None, False,
  "Newsletter of Monday 9 March; 'Samedi matin' vs Monday -> Saturday 7 March. The bus stand and the market four minutes apart -> ONE event; both sentences name it. 'dix-neuf morts, dont les deux kamikazes' -> killed 19 (bombers inside, number word), exact; 'plus de soixante blessés' -> injured 60 (the qualifier describes the killed figure). 'Aucune revendication' -> perpetrator null. 'Gérard, 71 ans' is one of the injured (a subset); 'Les treize autres sont indemnes' and 'les quatorze participants' are club members, not a toll. 'n° 112', 'une cinquantaine de mètres', 'quatre minutes', 'UL 1564', '23 h 55', '9 h 40', '1 150 euros', '45 jours', '21 mars', '14 heures', '1/87', '12 mètres', '38 wagons', '16 et 17 mai', '45 euros', '20 euros', '18 ans', 'M2', '1954', '03 85 39 42 18' are not casualties."),
E(3, ["La police a arrêté samedi soir deux hommes à Kuliyapitiya"],
  "ARR", "2026-03-07", "day", "Kuliyapitiya", "LK", None, None, None, "police", None, False,
  "'samedi soir' vs Monday 9 March -> 7 March: the arrest of holdout58-002, restated. 'La police' -> 'police'."),
]

# -------------------------------------------------------------- holdout58-004
ARTICLES.append(A(4, "en", "article", "2026-03-10T07:00:00Z",
"Islamic State claims Kurunegala bombing; boatman held in India",
"""
KURUNEGALA, Sri Lanka (Lanka Pacific Wire) - Islamic State claimed responsibility on Monday for Saturday's twin suicide bombing in Kurunegala, in a statement issued through its Amaq news agency that boasted of "more than 100 crusaders and apostates" killed.

The toll rose to 20 on Tuesday, including the two bombers, after a 14-year-old schoolboy died in hospital overnight. Sixty-three people were wounded at the bus stand and the market.

A defence ministry spokesman said the claim was "credible" and matched what investigators had found. Al-Qaeda in the Indian Subcontinent, which some local websites had named on Saturday, denied any involvement in a statement on Monday.

Police said the bombers, cousins aged 24 and 27 from the district, "may have been" radicalised online during the pandemic years, and that the 11 kg of explosives in their two vests had come from India.

Indian police in Tamil Nadu on Monday arrested a boat operator in Ramanathapuram suspected of ferrying the explosives across the Palk Strait in February, Sri Lankan officials said. His extradition has been requested.

The two men arrested in Kuliyapitiya on Saturday evening, an uncle of one bomber and a friend, were remanded in custody for 14 days by a magistrate on Monday. The bombers' parents were questioned for nine hours and released.

The bombing was the deadliest in the area since at least 2008, when a claymore mine near Polonnaruwa killed four soldiers.

The curfew was lifted on Tuesday at 5 a.m. Schools will reopen on Thursday, and about 1,200 police officers and soldiers remain deployed around mosques, churches and temples. Train services to Anuradhapura resumed with a 40-minute delay. The government said families of the dead would receive 1 million rupees each, and a helpline, 1919, was set up for the wounded.
"""))
GOLD += [
E(4, ["Saturday's twin suicide bombing in Kurunegala", "The bombing was the deadliest"],
  "SUI", "2026-03-07", "day", "Kurunegala", "LK", 20, 63, "exact", "Islamic State", "Islamic State", False,
  "Wire of Tuesday 10 March; 'Saturday's' -> 7 March. 'The toll rose to 20 on Tuesday, including the two bombers' -> killed 20 (bombers inside; the schoolboy of 14 who died overnight is inside), exact; 'Sixty-three people were wounded' -> injured 63 (number word). Claimed on Monday by Islamic State through Amaq, judged 'credible' by the defence ministry -> claimant and perpetrator; the claim's 'more than 100 crusaders and apostates' is never used. The denial of al-Qaeda in the Indian Subcontinent is not a claim; 'may have been' radicalised is speculation. '14-year-old', 'aged 24 and 27', '11 kg', '14 days', 'nine hours', '5 a.m.', '1,200 police officers', '40-minute', '1 million rupees', '1919' are not casualties."),
E(4, ["Indian police in Tamil Nadu on Monday arrested a boat operator in Ramanathapuram"],
  "ARR", "2026-03-09", "day", "Ramanathapuram", "IN", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 10 March -> 9 March. The cluster's suspected facilitator (the boatman who ferried the explosives), arrested in India by the Tamil Nadu police -> IN, 'police'. The extradition request is a follow-up, not an event."),
E(4, ["The two men arrested in Kuliyapitiya on Saturday evening"],
  "ARR", "2026-03-07", "day", "Kuliyapitiya", "LK", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout58-002: 'on Saturday evening' vs Tuesday 10 March -> 7 March. Told through its judicial follow-up ('remanded in custody for 14 days by a magistrate on Monday') -> one Arrests event at the arrest's place and day. No force named in the sentence -> 'police'. The parents 'questioned for nine hours and released' are not arrested."),
E(4, ["a claymore mine near Polonnaruwa killed four soldiers"],
  "IED", "2008-01-01", "year", "Polonnaruwa", "LK", 4, None, "exact", None, None, True,
  "'since at least 2008, when' -> 2008, year, background. The roadside mine of holdout58-001 -> Remote explosive/landmine/IED, no author -> null; killed 4, exact. ('since at least 2008' is not a casualty qualifier.)"),
]

# -------------------------------------------------------------- holdout58-005
ARTICLES.append(A(5, "en", "article", "2026-03-16T04:00:00Z",
"Kurunegala Lawn Bowls Club bulletin No. 11/2026",
"""
KURUNEGALA LAWN BOWLS CLUB. Members' bulletin No. 11/2026, Monday 16 March. Founded 1921.

IN MEMORIAM. It is with great sadness that we report the death of Mr Lalith Gunawardena, 68, a member for 31 years and twice club champion. He was buying fruit at the market on Saturday 7 March when the second bomber struck, and he died of his wounds at the Teaching Hospital on Thursday. The bombing, claimed by Islamic State, has now killed 21 people, counting the two bombers, and injured 63. His funeral was held on Saturday.

OUR GROUNDSMAN. Many of you have asked about Sunil. He was arrested at his home in Polgahawela on Wednesday because his number was found in a bomber's phone (he had once sold him a second-hand bicycle) and was released without charge on Friday. He returns to work tomorrow. The committee thanks the members who vouched for him.

THE MARCHES. About forty members joined Wednesday's silent march of some 6,000 people from the clock tower to the lake to say "Kurunegala stands together". Those who went on with the market traders to the Divisional Secretariat on Thursday, to ask for compensation, were caught up when police broke up the protest with tear gas and batons; nine people were treated in hospital, two of them our members, both now home.

THE INVESTIGATION. The two men arrested in Kuliyapitiya on the day of the bombing remain in remand.

FIXTURES. The Saturday pairs competition is postponed to 28 March. Rinks 1 to 6 are open for roll-ups from 4 p.m.; rink 7 is being re-laid. Please use bowls of size 3 or 4 only (about 1.5 kg) on the new green.

CLUB MATTERS. Subscriptions of Rs 12,000 are due by 31 March. The collection for the hospital fund has reached Rs 250,000. The bar closes at 9 p.m. until further notice. Secretary: 037 222 6093.
"""))
GOLD += [
E(5, ["the second bomber struck", "The bombing, claimed by Islamic State"],
  "SUI", "2026-03-07", "day", "Kurunegala", "LK", 21, 63, "exact", "Islamic State", "Islamic State", False,
  "Bulletin of Monday 16 March; 'on Saturday 7 March' -> 7 March. 'the second bomber struck' names the twin bombing (one event). 'has now killed 21 people, counting the two bombers, and injured 63' -> killed 21 (bombers inside; Mr Gunawardena, 68, who died 'on Thursday', 12 March, is inside), injured 63, exact. 'claimed by Islamic State', undisputed -> claimant and perpetrator. '11/2026', '1921', '68', '31 years', 'twice', 'about forty members', '6,000 people' (marchers), 'nine people ... two of them our members' (the dispersed march's injured), '28 March', 'Rinks 1 to 6', '4 p.m.', 'rink 7', 'size 3 or 4', '1.5 kg', 'Rs 12,000', '31 March', 'Rs 250,000', '9 p.m.', '037 222 6093' are not casualties of the bombing."),
E(5, ["He was arrested at his home in Polgahawela"],
  "ARR", "2026-03-11", "day", "Polgahawela", "LK", None, None, None, "police", None, False,
  "'on Wednesday' vs Monday 16 March -> 11 March. The club's groundsman, arrested because his number was in a bomber's phone; 'released without charge on Friday' does not undo the arrest and is not an event. No force named -> 'police' (the cluster's arresting force)."),
E(5, ["Wednesday's silent march of some 6,000 people"],
  "PP", "2026-03-11", "day", "Kurunegala", "LK", None, None, None, None, None, False,
  "'Wednesday's' vs Monday 16 March -> 11 March. A silent march from the clock tower to the lake with a message ('Kurunegala stands together'), no incident -> Peaceful protest, perpetrator null. '6,000 people' and 'About forty members' count marchers."),
E(5, ["police broke up the protest with tear gas and batons"],
  "PI", "2026-03-12", "day", "Kurunegala", "LK", None, 9, "exact", None, None, False,
  "'on Thursday' vs Monday 16 March -> 12 March. Market traders marching to the Divisional Secretariat (in Kurunegala) to ask for compensation, broken up by police 'with tear gas and batons' -> Protest with intervention, perpetrator null (dev). 'nine people were treated in hospital' -> injured 9 (number word), exact; 'two of them our members' is a subset."),
E(5, ["The two men arrested in Kuliyapitiya on the day of the bombing"],
  "ARR", "2026-03-07", "day", "Kuliyapitiya", "LK", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout58-002: 'on the day of the bombing' -> 7 March. 'remain in remand' is the follow-up. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout58-021
ARTICLES.append(A(21, "fr", "article", "2026-04-20T10:00:00Z",
"La Lettre de midi du lundi 20 avril",
"""
LA LETTRE DE MIDI - L'Écho du monde. Lundi 20 avril 2026. Votre résumé de la mi-journée en cinq points, à lire en quatre minutes.

1. SRI LANKA. Six semaines après le double attentat-suicide de Kurunegala, un nouveau suspect a été arrêté vendredi à Puttalam, sur la côte ouest. Cet homme de 38 ans, propriétaire d'une pension, est soupçonné d'avoir logé les deux kamikazes pendant les trois nuits qui ont précédé l'attaque. Le passeur arrêté le 9 mars à Ramanathapuram, dans le sud de l'Inde, a quant à lui été remis samedi aux autorités de Colombo. L'attentat du 7 mars, revendiqué par l'État islamique, avait fait vingt et un morts, kamikazes compris, et 63 blessés.

2. MARCHÉS. La Bourse de Paris a ouvert en hausse de 0,8 % ; l'euro vaut 1,12 dollar. Le prix du baril de brent recule à 71 dollars.

3. MÉTÉO. Temps doux sur la moitié sud, jusqu'à 24 degrés à Perpignan ; averses sur la Bretagne. Le pollen de bouleau est au niveau 4 sur 5 dans le Nord.

4. SPORT. Lyon s'est imposé 3-1 à Lens et remonte à la 5e place de la Ligue 1. Au marathon de Paris, 54 000 coureurs étaient au départ dimanche ; le vainqueur a bouclé la course en 2 h 05 min 41 s.

5. CULTURE. Le festival de la bande dessinée de Saint-Malo, annulé l'an dernier faute de budget, revient du 8 au 10 mai avec 230 auteurs.

LE CHIFFRE DU JOUR : 1,7 million, le nombre de billets de train vendus pour le pont de l'Ascension.

Cette lettre vous est envoyée chaque jour ouvré à 12 heures. Pour vous désabonner, répondez « STOP ». Rédaction : Claire Fontanel.
"""))
GOLD += [
E(21, ["un nouveau suspect a été arrêté vendredi à Puttalam"],
  "ARR", "2026-04-17", "day", "Puttalam", "LK", None, None, None, "police", None, False,
  "Digest of Monday 20 April; 'vendredi' -> Friday 17 April, 3 days before -> current. A guesthouse owner suspected of lodging the bombers (a second facilitator), arrested in Puttalam. No force named -> 'police' (the cluster's arresting force). '38 ans', 'trois nuits' are not casualties."),
E(21, ["Le passeur arrêté le 9 mars à Ramanathapuram"],
  "ARR", "2026-03-09", "day", "Ramanathapuram", "IN", None, None, None, "police", None, True,
  "Participle restating the arrest of holdout58-004: 'le 9 mars' -> 9 March, 42 days before Monday 20 April -> background. In India -> IN; no force named -> 'police' (holdout58-004: the Tamil Nadu police). 'remis samedi aux autorités de Colombo' is the handover, a follow-up, not an event."),
E(21, ["le double attentat-suicide de Kurunegala", "l'attaque", "L'attentat du 7 mars"],
  "SUI", "2026-03-07", "day", "Kurunegala", "LK", 21, 63, "exact", "Islamic State", "Islamic State", True,
  "'L'attentat du 7 mars' -> 7 March, 44 days before Monday 20 April -> background ('Six semaines après'). 'vingt et un morts, kamikazes compris, et 63 blessés' -> killed 21 (bombers inside, number words), injured 63, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. The other four items (markets, weather, sport, culture) hold no event: '0,8 %', '1,12 dollar', '71 dollars', '24 degrés', '4 sur 5', '3-1', '5e place', '54 000 coureurs', '2 h 05 min 41 s', '8 au 10 mai', '230 auteurs', '1,7 million', '12 heures' are not casualties; the Saint-Malo festival 'annulé l'an dernier' is no event."),
]
