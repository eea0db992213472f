"""Authoring source of benchmarks/events_holdout39 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ruse, Bulgaria cluster (holdout39-011 to 015; English and French),
two suicide bombers on Sunday 19 July 2026 at two sites of one town (Svoboda
Square and the Danube promenade by the passenger river terminal, about 700 m
and six minutes apart): an English wire's first report (011), the French
disruption notice of the city's transport company ("avis de perturbation",
fr 012), a French investigative long-read on the bombers' last six days
("enquête", fr 013), the French economic briefing of a Franco-Bulgarian
chamber of commerce ("note de conjoncture", fr 014) and the English Sunday
bulletin of an international church (015). Bulgaria and Romania are UTC+3 in
summer: every publication time here is between 05:00 and 20:00 UTC, so every
local date is the UTC date. Bulgaria uses the euro since January 2026. The
French texts write Roussé for Ruse and Choumen for Shumen; the gold keeps
the English spellings. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout39")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout39-011
ARTICLES.append(A(11, "en", "article", "2026-07-19T19:30:00Z",
"Twin suicide blasts on Bulgaria's Danube riverfront kill at least 11",
"""
RUSE, Bulgaria (Danube Wire) - Two suicide bombers struck minutes apart in the centre of the Bulgarian river port of Ruse on Sunday evening, killing at least 11 people and wounding dozens as crowds gathered for an open-air concert, police said.

The first attacker blew himself up at about 7:30 p.m. near the Monument to Freedom on Svoboda Square, where an orchestra was tuning up in front of some 3,000 people. Six minutes later the second detonated a bomb belt on the riverside promenade near the passenger terminal, about 700 metres away, as a Danube cruise ship was docking with 160 passengers aboard.

"People were running from the square to the river, right into the second blast," said Nikolai Petrov, 34, a waiter at a cafe on Aleksandrovska Street.

Interior Minister Daniela Vasileva said it was too early to name a culprit, but that the carnage "bore the hallmarks" of jihadist groups. No group had claimed responsibility by late evening.

Ruse, Bulgaria's fifth-largest city with about 140,000 inhabitants, faces the Romanian town of Giurgiu across the Danube, linked by the 2.2-km Friendship Bridge. Border police closed the bridge to all traffic until further notice.

Bulgaria has suffered few such attacks. In 2016, a grenade thrown at an exchange office in Varna injured two people; police later blamed a feud between money changers.

The health ministry sent 14 ambulances from Varna and Veliko Tarnovo, and hospitals asked for donors of blood group O. A hotline was opened on +359 82 88 00 00. The concert, the first of a series of 12 planned for the summer, was to have featured a choir of 80 children.
"""))
GOLD += [
E(11, ["Two suicide bombers struck minutes apart", "The first attacker blew himself up", "the second detonated a bomb belt", "the second blast", "the carnage"],
  "SUI", "2026-07-19", "day", "Ruse", "BG", 11, 12, "at_least", None, None, False,
  "Published Sunday 19 July 2026 (22:30 in Bulgaria); 'on Sunday evening' = 19 July. Two sites of one town (Svoboda Square and the riverside promenade, 'about 700 metres', six minutes) -> ONE Suicide bomb event coded to the town. 'killing at least 11 people and wounding dozens' -> killed 11 at_least (the text does not say whether the bombers are inside; taken as stated), injured 12 ('dozens', dev table). 'bore the hallmarks' is speculation (dev) and no group had claimed -> perpetrator null. '7:30 p.m.', '3,000 people' (the concert crowd), '700 metres', '160 passengers', '34' (an age), '140,000 inhabitants', '2.2-km', '14 ambulances', '+359 82 88 00 00', '12' (concerts), '80 children' (a choir) are not casualties."),
E(11, ["a grenade thrown at an exchange office in Varna injured two people"],
  "GRN", "2016-01-01", "year", "Varna", "BG", None, 2, "exact", None, None, True,
  "'In 2016' -> year, background. A thrown grenade -> Grenade; police 'blamed a feud between money changers', an unnamed actor -> null. 'injured two people' -> injured 2, exact. Varna is also named as a place ambulances came from: no event."),
]

# -------------------------------------------------------------- holdout39-012
ARTICLES.append(A(12, "fr", "article", "2026-07-20T05:00:00Z",
"Avis de perturbation n° 31 : le réseau de Roussé en mode dégradé",
"""
SOCIÉTÉ MUNICIPALE DE TRANSPORT DE ROUSSÉ - AVIS DE PERTURBATION N° 31 (version française). Lundi 20 juillet 2026, 8 heures.

À la suite du double attentat-suicide d'hier soir sur la place Svoboda et sur le quai du Danube, le réseau fonctionne en mode dégradé. Notre avis n° 30, diffusé à 23 h 10, faisait état d'au moins 11 morts ; selon le dernier bilan de la préfecture, l'attentat a fait 13 morts, dont les deux kamikazes, et 52 blessés. Nos pensées vont aux familles et à notre collègue contrôleur, blessé sur le quai.

LIGNES DÉVIÉES. Les lignes de bus 2, 12 et 21 ne desservent plus l'arrêt « Place Svoboda » jusqu'à nouvel ordre ; arrêt provisoire boulevard Tsar Osvoboditel, devant le n° 45. Le trolleybus 27 est limité à l'arrêt « Hôpital », de 7 heures à 20 heures.

GARE FLUVIALE. La gare fluviale et le quai sont fermés. Les navettes fluviales vers Giurgiu sont supprimées jusqu'à mercredi. Les cars vers Bucarest (départs à 6 h 45 et 14 h 30) passent par le pont de l'Amitié, rouvert à 6 heures avec des contrôles : comptez 90 minutes d'attente.

OPÉRATION DE POLICE. Le boulevard Lipnik est fermé entre les nos 38 et 64 : ce matin vers 5 h 40, la police a interpellé deux suspects dans un immeuble du quartier Droujba. Les lignes 6 et 13 sont déviées par la rue Borisova jusqu'à 12 heures.

MARCHE SILENCIEUSE. Une marche silencieuse partira ce soir à 19 heures de la place Svoboda vers le quai. Les lignes 2, 9 et 12 seront interrompues de 18 h 30 à 21 heures.

TARIFS. Les transports sont gratuits aujourd'hui pour les blessés et leurs proches, sur présentation d'un justificatif. Le ticket reste à 0,60 euro et l'abonnement mensuel à 25 euros. Objets trouvés et renseignements : +359 82 83 41 00, de 7 heures à 19 heures.
"""))
GOLD += [
E(12, ["double attentat-suicide d'hier soir", "l'attentat a fait 13 morts"],
  "SUI", "2026-07-19", "day", "Ruse", "BG", 13, 52, "exact", None, None, False,
  "'d'hier soir' vs Monday 20 July -> Sunday 19 July; Svoboda Square and the quay -> ONE event in Ruse ('Roussé'). Toll revised inside: the earlier notice's 'au moins 11 morts' -> the prefecture's last figure '13 morts, dont les deux kamikazes, et 52 blessés' -> killed 13 (bombers inside), injured 52, exact. The colleague 'blessé sur le quai' is inside the 52. No claim named -> null. 'n° 31', 'n° 30', '23 h 10', the bus lines ('2, 12 et 21', '27', '6 et 13', '2, 9 et 12'), 'n° 45', '7 heures à 20 heures', '6 h 45', '14 h 30', '6 heures', '90 minutes', 'nos 38 et 64', '5 h 40', '12 heures', '19 heures', '18 h 30 à 21 heures', '0,60 euro', '25 euros', '+359 82 83 41 00' are not casualties."),
E(12, ["la police a interpellé deux suspects dans un immeuble du quartier Droujba"],
  "ARR", "2026-07-20", "day", "Ruse", "BG", None, None, None, "police", None, False,
  "'ce matin vers 5 h 40' = Monday 20 July. Druzhba ('Droujba') is a district of Ruse -> the city (dev). 'deux suspects' counts arrestees. The silent march 'partira ce soir à 19 heures': future at publication, not coded here (it is coded in holdout39-014 and 015)."),
]

# -------------------------------------------------------------- holdout39-013
ARTICLES.append(A(13, "fr", "article", "2026-08-01T06:00:00Z",
"Enquête : les six derniers jours des kamikazes de Roussé",
"""
ENQUÊTE. Ils s'appelaient Emir et Selim (prénoms modifiés), avaient 23 et 27 ans et venaient d'un quartier populaire de Constanța, en Roumanie. Treize jours après le double attentat-suicide qui a tué quatorze personnes, eux compris, et blessé cinquante-deux autres à Roussé le 19 juillet, nous avons reconstitué leurs derniers jours à partir de sources policières des deux côtés du Danube.

LUNDI 13 JUILLET. À Giurgiu, les deux hommes louent une Škoda Octavia grise pour sept jours dans une petite agence de la rue Gării et paient 2 100 lei en espèces, soit environ 420 euros. Ils passent le pont de l'Amitié le soir même, à 21 h 12, selon les caméras.

DU MARDI 14 AU VENDREDI 17 JUILLET. Ils s'installent dans une pension de Razgrad, à 65 km au sud, chambre 6, à 35 euros la nuit. Le gérant, entendu pendant sept heures par la police, a été laissé libre. Ils achètent deux sacs à dos de 40 litres dans un centre commercial.

SAMEDI 18 JUILLET. Repérages sur la place Svoboda puis sur le quai, filmés avec un téléphone retrouvé dans la voiture.

DIMANCHE 19 JUILLET. À 19 h 30, le premier se fait exploser près du monument de la Liberté ; six minutes plus tard, le second déclenche sa ceinture sur le quai, à 700 mètres. Un touriste autrichien de 68 ans, grièvement blessé, est mort le 25 juillet.

L'APRÈS. Le mardi 21 juillet, Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué l'attentat en affirmant avoir tué « plus de soixante-dix croisés » ; l'Agence d'État pour la sécurité nationale juge le texte authentique. L'État islamique a nié toute implication. Le 22 juillet, la police roumaine a arrêté à Giurgiu le loueur de voitures, un homme de 51 ans soupçonné d'avoir aussi fourni de faux papiers. Les deux hommes interpellés le 20 juillet à Roussé, dans le quartier Droujba, ont été inculpés de complicité d'actes terroristes. Selon un enquêteur, les kamikazes « pourraient avoir été » financés depuis le Yémen.
"""))
GOLD += [
E(13, ["double attentat-suicide qui a tué quatorze personnes", "le premier se fait exploser", "le second déclenche sa ceinture", "a revendiqué l'attentat"],
  "SUI", "2026-07-19", "day", "Ruse", "BG", 14, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'le 19 juillet', 13 days before Saturday 1 August -> current. 'a tué quatorze personnes, eux compris, et blessé cinquante-deux autres' -> killed 14 (the two bombers inside: 'eux compris'; the Austrian tourist of 68 who died on 25 July raised it), injured 52, exact. AQAP's claim, judged 'authentique' by the State Agency for National Security -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula' (the name earlier sets used); its 'plus de soixante-dix croisés' is never used; Islamic State's denial is not a claim; 'pourraient avoir été' financés is speculation. The dated steps of the bombers' last days (car rental on 13 July, the border crossing, the stay in Razgrad, the scouting on 18 July) are not events. '23 et 27 ans', 'sept jours', '2 100 lei', '420 euros', '21 h 12', '65 km', 'chambre 6', '35 euros la nuit', 'sept heures', '40 litres', '19 h 30', '700 mètres', '68 ans', '51 ans' are not casualties."),
E(13, ["la police roumaine a arrêté à Giurgiu le loueur de voitures"],
  "ARR", "2026-07-22", "day", "Giurgiu", "RO", None, None, None, "police", None, False,
  "'Le 22 juillet' -> 22 July. The cluster's suspected facilitator (the car rental agent who rented the bombers' car); an arrest in Romania by the Romanian police -> 'police', RO. The Razgrad guesthouse manager 'entendu pendant sept heures ... laissé libre' is questioned, not arrested."),
E(13, ["Les deux hommes interpellés le 20 juillet à Roussé"],
  "ARR", "2026-07-20", "day", "Ruse", "BG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout39-012: 'le 20 juillet à Roussé, dans le quartier Droujba' -> 20 July, Ruse. Told through its judicial follow-up ('inculpés de complicité d'actes terroristes') -> one Arrests event at the arrest's place and day. No force named; police of the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout39-014
ARTICLES.append(A(14, "fr", "article", "2026-08-06T08:00:00Z",
"Note de conjoncture n° 8/2026 : Roussé et la région danubienne après l'attentat",
"""
CHAMBRE DE COMMERCE ET D'INDUSTRIE FRANCE-BULGARIE - NOTE DE CONJONCTURE N° 8/2026, à l'attention des adhérents. Diffusion restreinte.

1. CONTEXTE. Le double attentat-suicide du 19 juillet à Roussé (14 morts, dont les deux kamikazes, et 52 blessés), revendiqué par Al-Qaïda dans la péninsule Arabique, a frappé une ville où nos 37 adhérents emploient quelque 4 200 salariés. Aucune entreprise membre n'a été directement touchée. Le 20 juillet au soir, quelque 15 000 habitants ont défilé en silence de la place Svoboda jusqu'au Danube pour dire « non à la peur », sans le moindre incident.

2. SÉCURITÉ. L'enquête progresse : le loueur de voitures arrêté le 22 juillet à Giurgiu a été remis à la Bulgarie le 30 juillet. Le niveau d'alerte terroriste a été relevé au niveau 4 sur 5 et 650 policiers supplémentaires sont déployés dans la région. Le dernier attentat dans le nord-est du pays remontait à 2021 : une bombe artisanale avait alors explosé de nuit devant un bureau de change de Choumen, sans faire de victime.

3. TOURISME. Le taux d'occupation des hôtels de Roussé est tombé de 71 % à 38 % en juillet. Quatorze escales de croisières fluviales ont été annulées, soit environ 2 400 passagers et 310 000 euros de dépenses perdues pour les commerces du centre.

4. LOGISTIQUE. Le pont de l'Amitié, fermé pendant 11 heures le 20 juillet, a retrouvé son trafic habituel d'environ 2 300 camions par jour. Le port de Roussé a traité 182 000 tonnes en juillet, en baisse de 6 %.

5. RECOMMANDATIONS. Nous recommandons à nos adhérents de maintenir leurs déplacements en évitant les grands rassemblements, de mettre à jour leurs plans de continuité et de signaler tout incident à la cellule de la Chambre, joignable au +359 2 987 60 40, du lundi au vendredi, de 9 heures à 18 heures. Prochaine note le 3 septembre.
"""))
GOLD += [
E(14, ["Le double attentat-suicide du 19 juillet à Roussé"],
  "SUI", "2026-07-19", "day", "Ruse", "BG", 14, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'du 19 juillet', 18 days before Thursday 6 August -> current. '(14 morts, dont les deux kamikazes, et 52 blessés)' -> 14 (bombers inside), 52, exact. 'revendiqué par Al-Qaïda dans la péninsule Arabique', undisputed -> claimant and perpetrator. '37 adhérents', '4 200 salariés', 'niveau 4 sur 5', '650 policiers', '71 %', '38 %', 'Quatorze escales', '2 400 passagers', '310 000 euros', '11 heures', '2 300 camions', '182 000 tonnes', '6 %', '+359 2 987 60 40', '9 heures à 18 heures', '3 septembre' are not casualties."),
E(14, ["quelque 15 000 habitants ont défilé en silence"],
  "PP", "2026-07-20", "day", "Ruse", "BG", None, None, None, None, None, False,
  "'Le 20 juillet au soir' -> 20 July (the silent march announced in holdout39-012). A march from Svoboda Square to the Danube with a message ('non à la peur'), 'sans le moindre incident' -> Peaceful protest, null. '15 000 habitants' are marchers."),
E(14, ["le loueur de voitures arrêté le 22 juillet à Giurgiu"],
  "ARR", "2026-07-22", "day", "Giurgiu", "RO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout39-013: 22 July, Giurgiu, RO; his handover to Bulgaria on 30 July is a follow-up, not an event. No force named; the Romanian police of the cluster -> 'police'."),
E(14, ["une bombe artisanale avait alors explosé de nuit devant un bureau de change de Choumen"],
  "IED", "2021-01-01", "year", "Shumen", "BG", 0, 0, "exact", None, None, True,
  "'remontait à 2021' -> year, background. A homemade bomb that exploded -> Remote explosive/landmine/IED, author unnamed -> null. 'sans faire de victime' says explicitly that nobody was killed or hurt -> killed 0, injured 0, exact (dev: 0 only when the text says so). The French 'Choumen' is coded 'Shumen'."),
]

# -------------------------------------------------------------- holdout39-015
ARTICLES.append(A(15, "en", "article", "2026-07-26T05:00:00Z",
"Ruse International Church: Sunday bulletin for 26 July",
"""
RUSE INTERNATIONAL CHURCH - SUNDAY BULLETIN - 26 July 2026. Services today: 10:30 a.m. Holy Communion in English (Hall B, 2nd floor); 6 p.m. evening prayer in French and Bulgarian. Hymns: 112, 455 and 610.

FROM THE PASTOR. Dear friends, a week ago tonight, two suicide bombers tore through our city, on Svoboda Square and by the river. The twin bombing has now taken 14 lives, including the two bombers, after an Austrian visitor died in hospital yesterday, and 52 people were injured. Among them is our organist, Petya, 61, who is recovering after surgery. Al-Qaeda in the Arabian Peninsula has claimed the attack, and the authorities say the claim is genuine. We will not answer hatred with hatred.

Last Monday, about 15,000 of us walked in silence from Svoboda Square to the river, carrying candles, and not a single incident was reported. Thank you to the 40 members who handed out water along the way.

PRAYER LIST. Please pray for the families of the twelve people who were killed; for the wounded and the nurses of the university hospital; for the investigators; and for the people of Giurgiu, across the river, where a man was arrested on Wednesday for renting a car to the bombers.

FUNERAL. The funeral of our friend Radka Ivanova, 29, who was killed on the square, will be held on Thursday at 11 a.m. at Holy Trinity Cathedral. Those who wish to attend should meet at the church at 10:15 a.m.

PRACTICAL. Last Sunday's collection raised 1,840 euros for the victims' fund; gifts can also be made to account BG80 BNBG 9661 1020 3456 78. There is no coffee after the service today. The youth group meets on Friday at 7 p.m. in Room 3. Pastoral phone line: +359 88 412 7730.
"""))
GOLD += [
E(15, ["two suicide bombers tore through our city", "The twin bombing", "claimed the attack"],
  "SUI", "2026-07-19", "day", "Ruse", "BG", 14, 52, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'a week ago tonight' vs Sunday 26 July -> Sunday 19 July. Svoboda Square and the river -> ONE event. 'taken 14 lives, including the two bombers ... and 52 people were injured' -> 14, 52, exact; 'the twelve people who were killed' is the same toll without the two bombers (14 - 2), not a competing figure; the organist is inside the 52. AQAP's claim, 'genuine' -> claimant and perpetrator. Funerals and prayers are not coded. '10:30 a.m.', '2nd floor', '6 p.m.', hymns '112, 455 and 610', '61', '40 members', '29', '11 a.m.', '10:15 a.m.', '1,840 euros', the account number, '7 p.m.', 'Room 3', '+359 88 412 7730' are not casualties."),
E(15, ["about 15,000 of us walked in silence"],
  "PP", "2026-07-20", "day", "Ruse", "BG", None, None, None, None, None, False,
  "'Last Monday' vs Sunday 26 July -> 20 July. The silent march from Svoboda Square to the river, 'not a single incident' -> Peaceful protest, null (a march, not a vigil: people walked through the city behind a message, see holdout39-014). '15,000' are marchers, '40 members' volunteers."),
E(15, ["a man was arrested on Wednesday for renting a car to the bombers"],
  "ARR", "2026-07-22", "day", "Giurgiu", "RO", None, None, None, "police", None, False,
  "'on Wednesday' vs Sunday 26 July -> 22 July; 'the people of Giurgiu, across the river, where a man was arrested' -> Giurgiu, RO. No force named; police of the cluster -> 'police'."),
]
