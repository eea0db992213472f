"""Authoring source of benchmarks/events_holdout54 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mary, Turkmenistan cluster (holdout54-016 to 020; English and
French), two suicide bombers on Wednesday 14 October 2026 at two sites of
one town (the covered central bazaar, about 9:12, and the entrance of the
railway station six minutes later, about 550 m apart): an English wire with
a first report (016), an international school's staffroom noticeboard in
Ashgabat (017), a French cycling club's ride-cancellation message ("message
d'annulation de sortie du club cycliste", fr 018), an English wire on the
claim and the charges (019) and a French pension fund's letter to its
members, whose group trip was in Mary ("lettre aux adhérents de la caisse
de retraite", fr 020). Turkmenistan is UTC+5 and France UTC+2 until 25
October: every publication time here is between 04:00 and 13:00 UTC, so
every local date is the UTC date. The gold spells "Turkmenabat" (Turkmen
"Türkmenabat"), "Bayramaly" and "Sarakhs" (in Iran) in common English.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout54")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout54-016
ARTICLES.append(A(16, "en", "article", "2026-10-14T13:00:00Z",
"Suicide bombers kill at least nine in Turkmenistan's Mary",
"""
ASHGABAT, Turkmenistan (Caspian Wire) - Two suicide bombers struck the city of Mary in southeastern Turkmenistan on Wednesday morning, killing at least seven people besides themselves and wounding more than 30, residents and a foreign diplomat said, in a rare attack in the tightly controlled Central Asian state.

The first blast hit the central bazaar at about 9:12 a.m., when the covered market was crowded with families buying supplies for the cotton harvest. Six minutes later a second bomber blew himself up at the entrance of the railway station, about 550 metres to the south.

State television did not mention the bombings until its 3 p.m. bulletin and gave no toll. A foreign diplomat in Ashgabat said the bombers "may have been" linked to fighters returning from Afghanistan, whose border lies about 240 km to the south.

"The whole row of carpet sellers was gone," said a 52-year-old resident reached by telephone, who asked not to be named. Her son's stall, number 7 in the carpet row, was destroyed.

Turkmenistan rarely acknowledges violence on its soil. In 2018 a grenade was thrown into a wedding party in Tejen, killing two guests, according to an exiled opposition website; the government never commented on it.

Flights from Ashgabat to Mary were suspended, the 11:40 train to Turkmenabat was cancelled, and the city's 38 schools were closed until Monday. Roads into the city, which has about 170,000 inhabitants, were closed at police checkpoints. Tourists visiting the ruins of ancient Merv, 30 km to the east, were told to stay in their hotels. Mobile internet in the region was cut at 10:30 and had not been restored by evening.
"""))
GOLD += [
E(16, ["Two suicide bombers struck the city of Mary", "The first blast hit the central bazaar", "a second bomber blew himself up", "the bombings"],
  "SUI", "2026-10-14", "day", "Mary", "TM", 9, 30, "at_least", None, None, False,
  "Wire of Wednesday 14 October 2026 (18:00 in Mary); 'on Wednesday morning' = the publication day. Two sites of one town (the central bazaar and the railway station entrance, 'about 550 metres', 'Six minutes later') -> ONE Suicide bomb event coded to the town; the dateline is Ashgabat. First report: 'killing at least seven people besides themselves and wounding more than 30' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); injured 30 ('more than 30'; the qualifier describes the killed figure). 'may have been linked to fighters returning from Afghanistan' is speculation -> perpetrator null. 'a rare attack' is generic and left out. '9:12 a.m.', '550 metres', '3 p.m.', '240 km', '52-year-old', 'number 7', '11:40', '38 schools', '170,000 inhabitants', '30 km', '10:30' are not casualties."),
E(16, ["a grenade was thrown into a wedding party in Tejen"],
  "GRN", "2018-01-01", "year", "Tejen", "TM", 2, None, "exact", None, None, True,
  "'In 2018' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'killing two guests' -> killed 2, exact; injured null. Reported by an exiled opposition website and never commented on by the government: the text reports it without disputing it, so it is coded."),
]

# -------------------------------------------------------------- holdout54-017
ARTICLES.append(A(17, "en", "article", "2026-10-15T04:00:00Z",
"Staffroom noticeboard, Thursday 15 October",
"""
ASHGABAT INTERNATIONAL SCHOOL - STAFFROOM NOTICEBOARD. Thursday 15 October 2026. Please read before registration at 8:10.

FROM THE HEAD. Many of you have family or friends in Mary. The ministry now gives twelve dead, including the two bombers, and 41 injured in Wednesday's suicide bombings at the bazaar and the railway station; yesterday evening's figure was "at least nine". The brother of our caretaker, Murat, is among the injured and is stable. Murat is on leave until Monday. Please do not discuss the details in front of pupils in Years 1 to 6.

SECURITY. Police arrested two men at the railway station in Turkmenabat on Wednesday evening, and checkpoints on the Mary road will stay in place. Our minibus driver, Merdan, was stopped at the Tejen checkpoint yesterday, questioned for three hours and then allowed to continue. The Year 9 trip to Merv on 22 October is cancelled; the 1,150 manat deposits will be refunded.

COVER. Ms Orazova (Room 14) is covering 9B maths in periods 3 and 4. Mr Hill's Year 11 chemistry practical moves to Lab 2.

WELLBEING. The school counsellor, Ms Petrova, will be in Room 22 from 12:30 to 14:00 every day this week. Assembly at 8:30 on Friday will include a minute's silence. No speeches, please.

FIRE DRILL. Postponed to Tuesday 20 October.

EXAMS. IGCSE mock papers must reach the exams office by 16 November. So far 18 of 24 papers are in.

STAFF SOCIAL. The quiz night (teams of four, 20 manat per team) is postponed to a date to be fixed.

LOST PROPERTY. A grey laptop bag was left in the library on Tuesday. Ask at reception.

Noticeboard kept by the deputy head. Items for Monday's board by 15:00 on Friday, please.
"""))
GOLD += [
E(17, ["Wednesday's suicide bombings at the bazaar and the railway station"],
  "SUI", "2026-10-14", "day", "Mary", "TM", 12, 41, "exact", None, None, False,
  "Noticeboard of Thursday 15 October (09:00 in Ashgabat); 'Wednesday's' -> 14 October; the bombings are 'in Mary' (the sentence before). The toll is revised inside: 'twelve dead, including the two bombers, and 41 injured' -> killed 12 (bombers inside), injured 41, exact; 'yesterday evening's figure was \"at least nine\"' is superseded. The caretaker's brother is a subset. No group named -> perpetrator null. '8:10', 'Years 1 to 6', 'three hours', 'Year 9', '22 October', '1,150 manat', 'Room 14', '9B', 'periods 3 and 4', 'Year 11', 'Lab 2', 'Room 22', '12:30 to 14:00', '8:30', '20 October', '16 November', '18 of 24', 'four', '20 manat', '15:00' are not casualties. The minute's silence is not coded."),
E(17, ["Police arrested two men at the railway station in Turkmenabat on Wednesday evening"],
  "ARR", "2026-10-14", "day", "Turkmenabat", "TM", None, None, None, "police", None, False,
  "'on Wednesday evening' vs Thursday 15 October -> 14 October, the evening of the bombing. A railway station -> its town, Turkmenabat. -> 'police'. The driver Merdan, 'stopped ... questioned for three hours and then allowed to continue', is not arrested."),
]

# -------------------------------------------------------------- holdout54-018
ARTICLES.append(A(18, "fr", "article", "2026-10-16T08:00:00Z",
"Vélo Club chambérien : la sortie « Route de la soie » est annulée",
"""
VÉLO CLUB CHAMBÉRIEN - Message aux adhérents inscrits à la sortie « Route de la soie 2026 ». Envoyé le vendredi 16 octobre 2026.

ANNULATION. Chers amis cyclistes, la sortie « Route de la soie » (de Mary à Boukhara, 560 km en 7 étapes, départ prévu le 24 octobre) est annulée. Le bureau a pris cette décision hier soir, à l'unanimité.

POURQUOI. Mercredi matin, deux kamikazes se sont fait exploser au bazar central de Mary et devant la gare, à six minutes d'intervalle, là même où devait partir notre première étape. Selon le dernier bilan, l'attentat a fait quatorze morts, dont les deux kamikazes, et 41 blessés, après le décès jeudi de deux blessés, dont une vendeuse de 60 ans. Aucune revendication n'a été publiée à ce jour.

Les autorités ont fermé jusqu'à nouvel ordre le poste-frontière de Farap, vers l'Ouzbékistan. Notre agence sur place nous apprend aussi que la police iranienne a arrêté jeudi à Sarakhs, de l'autre côté de la frontière, un homme soupçonné d'avoir fait passer les explosifs. Nous ne pouvons pas demander à nos 12 coureurs et à nos 3 accompagnateurs de rouler dans ces conditions.

REMBOURSEMENT. Le voyagiste remboursera 80 % des 1 450 euros versés, soit 1 160 euros par personne, sous 30 jours. Les billets d'avion Lyon - Istanbul - Achgabat (vols TK 1802 et TK 3590) sont remboursables en totalité ; gardez vos cartes d'embarquement.

À LA PLACE. Nous vous proposons une sortie de trois jours dans le Vercors, du 30 octobre au 1er novembre (210 km, 3 400 mètres de dénivelé, hébergement en gîte à 45 euros la nuit). Inscriptions avant le 23 octobre auprès de Claire.

SORTIE DU DIMANCHE maintenue : départ à 8 h 30 du parking du Manège, 85 km, groupe 2 à 27 km/h de moyenne. Casque obligatoire, comme toujours.

Pensons à ceux de Mary.

Sportivement,
Le bureau
"""))
GOLD += [
E(18, ["deux kamikazes se sont fait exploser au bazar central de Mary", "l'attentat a fait quatorze morts"],
  "SUI", "2026-10-14", "day", "Mary", "TM", 14, 41, "exact", None, None, False,
  "Club message of Friday 16 October; 'Mercredi matin' -> 14 October. Two sites of one town ('au bazar central de Mary et devant la gare, à six minutes d'intervalle') -> ONE event. Wounded who died later: 'quatorze morts, dont les deux kamikazes, et 41 blessés, après le décès jeudi de deux blessés' -> killed 14 (bombers inside), injured 41, exact. 'Aucune revendication' -> perpetrator null. '560 km', '7 étapes', '24 octobre', '60 ans', '12 coureurs', '3 accompagnateurs', '80 %', '1 450 euros', '1 160 euros', '30 jours', 'TK 1802', 'TK 3590', 'trois jours', '30 octobre au 1er novembre', '210 km', '3 400 mètres', '45 euros', '23 octobre', '8 h 30', '85 km', 'groupe 2', '27 km/h' are not casualties; the closed border post is no event."),
E(18, ["la police iranienne a arrêté jeudi à Sarakhs"],
  "ARR", "2026-10-15", "day", "Sarakhs", "IR", None, None, None, "police", None, False,
  "'jeudi' vs Friday 16 October -> 15 October. A man suspected of smuggling the explosives (the cluster's suspected facilitator), arrested in Sarakhs, 'de l'autre côté de la frontière' -> Iran (IR), by the Iranian police -> 'police'."),
]

# -------------------------------------------------------------- holdout54-019
ARTICLES.append(A(19, "en", "article", "2026-10-18T11:00:00Z",
"Islamic State claims Mary bombing as Turkmenistan charges two",
"""
ASHGABAT (Caspian Wire) - Islamic State's Khorasan Province claimed responsibility on Saturday for the twin suicide bombing that killed 14 people in the Turkmen city of Mary, and prosecutors charged two men arrested in Turkmenabat with terrorism, state media said.

In a statement carried by the group's Amaq agency, the Afghanistan-based branch said its fighters had killed "more than 60 apostates". The prosecutor-general's office called the claim genuine, in the first official word on who was behind Wednesday's attack. The toll of 14 includes the two bombers; 41 people were wounded.

The Taliban, who rule Afghanistan, denied that the bombers had trained in areas under their control. A Turkmen official said on state television that the two men "may have been" radicalised while working as labourers abroad.

The two men arrested at Turkmenabat railway station on the evening of the bombing were charged on Saturday with terrorism and face up to 25 years in prison. An Iranian border official said the man detained in Sarakhs on Thursday would be handed over to Turkmenistan "within days".

In Mary, about 20,000 people, many of them in school and factory uniforms, rallied on Saturday in the central square against terrorism, state television showed, holding banners that read "Peace and unity". There were no incidents.

The bazaar remains closed, while the railway station reopened on Friday with airport-style scanners at its two entrances. The government said 2,400 police officers and soldiers would stay in the region until the end of the cotton harvest in November, and that families of the dead would receive 50,000 manat each.
"""))
GOLD += [
E(19, ["the twin suicide bombing that killed 14 people in the Turkmen city of Mary", "Wednesday's attack"],
  "SUI", "2026-10-14", "day", "Mary", "TM", 14, 41, "exact", "Islamic State", "Islamic State", False,
  "Wire of Sunday 18 October; 'Wednesday's attack' -> 14 October. 'killed 14 people ... The toll of 14 includes the two bombers; 41 people were wounded' -> killed 14 (bombers inside), injured 41, exact. 'Islamic State's Khorasan Province claimed responsibility on Saturday', called 'genuine' by the prosecutor-general -> 'Islamic State' (regional branch, dev), claimant and perpetrator; the claim's 'more than 60 apostates' is never used. The Taliban's denial is not a claim; 'may have been radicalised' is speculation. 'the evening of the bombing' (in the Turkmenabat arrest's sentence) is left out of the triggers. '25 years', '20,000 people' (rally), 'two entrances', '2,400 police officers and soldiers', '50,000 manat' are not casualties."),
E(19, ["two men arrested in Turkmenabat", "The two men arrested at Turkmenabat railway station"],
  "ARR", "2026-10-14", "day", "Turkmenabat", "TM", None, None, None, "police", None, False,
  "Participles restating the arrest of holdout54-017: 'on the evening of the bombing' -> 14 October. 'charged on Saturday with terrorism' is its judicial follow-up, not a new arrest. No force named -> 'police'."),
E(19, ["the man detained in Sarakhs on Thursday"],
  "ARR", "2026-10-15", "day", "Sarakhs", "IR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout54-018: 'on Thursday' vs Sunday 18 October -> 15 October; in Iran (an 'Iranian border official') -> IR. 'would be handed over' is a follow-up. -> 'police'."),
E(19, ["rallied on Saturday in the central square against terrorism"],
  "PP", "2026-10-17", "day", "Mary", "TM", None, None, None, None, None, False,
  "'on Saturday' vs Sunday 18 October -> 17 October. A rally 'against terrorism' with banners ('Peace and unity'), 'no incidents' -> Peaceful protest (a state-organised rally is still coded as a peaceful demonstration), perpetrator null. 'about 20,000 people' counts participants."),
]

# -------------------------------------------------------------- holdout54-020
ARTICLES.append(A(20, "fr", "article", "2026-10-22T08:00:00Z",
"Caisse de retraite : lettre aux adhérents après l'attentat de Mary",
"""
CAISSE MUTUELLE DE RETRAITE DES ARTISANS DU SUD-EST - Action sociale. Lettre aux adhérents. Avignon, le jeudi 22 octobre 2026.

Madame, Monsieur,

Trente-quatre de nos adhérents participaient au séjour « Route de la soie » organisé par notre action sociale lorsque, le mercredi 14 octobre, deux kamikazes ont frappé le bazar central et la gare de Mary, au Turkménistan. Deux d'entre eux, Mme Josiane R., 72 ans, et M. Gérard P., 75 ans, ont été tués ; trois autres ont été blessés. Parmi eux, Mme Odile M., 69 ans, hospitalisée à Achgabat, est décédée lundi. Avec elle, l'attentat a fait quinze morts, kamikazes compris, et 41 blessés.

Nous avons rapatrié les 31 autres participants vendredi par un vol spécial. Les obsèques de M. P. auront lieu le samedi 24 octobre à 10 heures à Aubagne.

L'attentat a été revendiqué par la branche Khorasan de l'État islamique. Les autorités turkmènes nous ont indiqué que le guide local du groupe, interpellé mardi à Bayramaly, a été relâché mercredi sans inculpation. Par ailleurs, lundi, la police a dispersé à coups de matraque des proches de victimes qui marchaient vers l'hôpital régional de Mary pour réclamer la restitution des corps ; deux personnes ont été blessées.

Ce que nous faisons pour vous :
- une aide exceptionnelle de 3 000 euros à chaque famille endeuillée, versée sous 15 jours ;
- la prise en charge à 100 % de 10 séances avec un psychologue, pour les participants et leurs proches ;
- le remboursement intégral du séjour, soit 2 890 euros par personne.

Vos pensions d'octobre ont été versées le 9, comme prévu, et la revalorisation de 1,6 % au 1er novembre est confirmée. Le voyage « Lacs italiens » de mai 2027 est maintenu.

Une cellule d'écoute est ouverte au 04 90 22 73 10, du lundi au vendredi, de 9 heures à 17 heures.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos sentiments les plus attristés.

Le directeur de l'action sociale
"""))
GOLD += [
E(20, ["deux kamikazes ont frappé le bazar central et la gare de Mary", "l'attentat a fait quinze morts", "L'attentat a été revendiqué"],
  "SUI", "2026-10-14", "day", "Mary", "TM", 15, 41, "exact", "Islamic State", "Islamic State", False,
  "Members' letter of Thursday 22 October; 'le mercredi 14 octobre' -> 14 October. A wounded member who died later (Odile M., 69, 'décédée lundi', 19 October): 'quinze morts, kamikazes compris, et 41 blessés' -> killed 15 (bombers inside), injured 41, exact; the two members killed and 'trois autres ... blessés' are subsets. 'revendiqué par la branche Khorasan de l'État islamique', undisputed -> 'Islamic State' (regional branch), claimant and perpetrator. 'Trente-quatre de nos adhérents', '72 ans', '75 ans', '69 ans', '31 autres participants', '24 octobre', '10 heures', '3 000 euros', '15 jours', '100 %', '10 séances', '2 890 euros', 'le 9', '1,6 %', '1er novembre', 'mai 2027', '04 90 22 73 10', '9 heures à 17 heures' are not casualties. The funeral is not coded."),
E(20, ["le guide local du groupe, interpellé mardi à Bayramaly"],
  "ARR", "2026-10-20", "day", "Bayramaly", "TM", None, None, None, "police", None, False,
  "'mardi' vs Thursday 22 October -> 20 October. The group's local guide, arrested in Bayramaly and 'relâché mercredi sans inculpation': the release does not undo the arrest and is not an event. Told by 'Les autorités turkmènes'; no force named -> 'police'."),
E(20, ["la police a dispersé à coups de matraque des proches de victimes qui marchaient vers l'hôpital régional de Mary"],
  "PI", "2026-10-19", "day", "Mary", "TM", None, 2, "exact", None, None, False,
  "'lundi' vs Thursday 22 October -> 19 October. Relatives of victims marching on the regional hospital with a demand (the return of the bodies), dispersed with batons -> Protests / Protest with intervention, perpetrator null (dev). 'deux personnes ont été blessées' -> injured 2, exact; killed null."),
]
