"""Authoring source of benchmarks/events_holdout69 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Puducherry, India cluster (holdout69-016 to 020; English and
French), two suicide bombers on Sunday 18 October 2026 at two sites of one
town (the seafront promenade by the Gandhi statue and an entrance of the
Grand Bazaar, about 900 m and six minutes apart): an English wire with a
first report (016), an optician's email to his customers ("courriel d'un
opticien", fr 017), a dance school's email to parents ("courriel d'une
école de danse aux parents", fr 018), an English quiz league's bulletin
("bulletin d'une ligue de quiz", 019) and an English wire on the claim and
the arrests (020). India and Sri Lanka are UTC+5:30: every publication time
here is between 06:00 and 16:00 UTC (11:30 to 21:30 local), so every local
date is the UTC date. The gold writes "Puducherry" (French « Pondichéry »).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout69")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout69-016
ARTICLES.append(A(16, "en", "article", "2026-10-18T16:00:00Z",
"Twin suicide blasts kill at least 11 in India's Puducherry",
"""
PUDUCHERRY, India (Coromandel Wire) - Two suicide bombers blew themselves up six minutes apart among Sunday evening crowds in the former French colony of Puducherry, killing at least nine people besides themselves and wounding around 40, police said.

The first attacker detonated his explosives at about 6:20 p.m. on the seafront promenade near the Gandhi statue, where thousands of families had gathered at the end of a holiday weekend. The second blew himself up at 6:26 p.m. at an entrance to the Grand Bazaar, the town's main market, about 900 metres inland, as people fled from the beach.

"The sea breeze was full of smoke and everybody was shouting names," said Anand Raj, 45, a tea seller whose cart stands opposite the old lighthouse.

No group claimed responsibility. A senior officer said investigators were "examining possible links" to Islamic State cells in southern India, but cautioned against speculation.

Puducherry, a union territory of about 1.4 million people with a French-speaking minority, has been largely spared militant violence. In 2019, a homemade bomb left in a dustbin at the bus stand in Tindivanam, in neighbouring Tamil Nadu, exploded and wounded four people.

The Lieutenant Governor called an emergency meeting for 10 p.m. About 2,500 police were deployed and the beach road, a pedestrian zone in the evenings, was sealed off. The JIPMER hospital, which has 2,100 beds, declared an emergency and asked for blood donors; more than 700 people queued outside within two hours. All 340 schools in the territory will stay closed on Monday. A helpline, 0413 225 1100, has been set up for relatives, with operators speaking Tamil, English and French.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up", "The first attacker detonated his explosives", "The second blew himself up"],
  "SUI", "2026-10-18", "day", "Puducherry", "IN", 11, 40, "at_least", None, None, False,
  "Wire of Sunday 18 October 2026 (21:30 in Puducherry); 'Sunday evening' = the publication day. Two sites of one town (the promenade by the Gandhi statue and the Grand Bazaar, 'about 900 metres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people besides themselves and wounding around 40' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); injured 40 ('around 40'; the qualifier describes the killed figure). No claim; 'examining possible links' to Islamic State is speculation -> perpetrator null. '6:20 p.m.', 'thousands of families', '6:26 p.m.', '900 metres', '45', '1.4 million', '10 p.m.', '2,500 police', '2,100 beds', '700 people' (blood donors), 'two hours', '340 schools', '0413 225 1100' are not casualties."),
E(16, ["a homemade bomb left in a dustbin at the bus stand in Tindivanam"],
  "IED", "2019-01-01", "year", "Tindivanam", "IN", None, 4, "exact", None, None, True,
  "'In 2019' -> year, background. A homemade bomb left in a dustbin -> Remote explosive/landmine/IED; no author -> null. 'wounded four people' -> injured 4, exact. Tindivanam is in Tamil Nadu (IN)."),
]

# -------------------------------------------------------------- holdout69-017
ARTICLES.append(A(17, "fr", "article", "2026-10-19T06:00:00Z",
"Optique Suffren : fermeture exceptionnelle et nouvelles de Kavitha",
"""
De : Optique Suffren. Objet : Fermeture exceptionnelle ce lundi, et des nouvelles de Kavitha. Pondichéry, le lundi 19 octobre 2026.

Chère cliente, cher client,

Notre magasin de la rue Suffren restera fermé ce lundi. Comme vous le savez, deux kamikazes se sont fait exploser hier soir, à six minutes d'intervalle, sur le front de mer près de la statue de Gandhi puis à l'entrée du Grand Bazar, à 800 mètres de notre boutique. Hier soir, on parlait de onze morts. Ce matin, le collecteur du district annonce quinze morts, sans compter les deux kamikazes, et 47 blessés. Kavitha, notre opticienne de 26 ans, qui se promenait sur la plage avec sa sœur, fait partie des blessés : elle a été opérée cette nuit à l'hôpital JIPMER et ses jours ne sont pas en danger.

Selon la radio locale, la police a arrêté ce lundi à l'aube deux hommes à Cuddalore, à 25 km au sud, dans la maison où les kamikazes auraient logé. Merci de ne pas faire circuler de rumeurs.

Ce que cela change pour vous :
- Les lunettes commandées avant le 17 octobre seront prêtes à partir de jeudi ; nous vous appellerons.
- Les examens de vue de lundi et de mardi sont reportés ; rappelez-nous au 0413 222 47 19.
- Notre offre d'octobre est prolongée jusqu'au 15 novembre : une deuxième paire pour 1 roupie à l'achat d'une monture, verres progressifs à -30 %.
- Les lentilles mensuelles (boîte de 6, 1 800 roupies) peuvent être retirées à notre magasin d'Auroville, ouvert normalement de 10 heures à 19 heures.

Si vous avez cassé ou perdu vos lunettes dans la panique d'hier soir, nous les réparons ou les remplaçons gratuitement, sur simple présentation de votre ordonnance, même si elle a plus de trois ans. Nous serons au magasin mardi de 10 heures à 13 heures pour les urgences.

Nos pensées vont aux familles des victimes et aux équipes de l'hôpital, qui ont travaillé toute la nuit.

Sébastien et Meena Lefèvre, opticiens. Optique Suffren, 41 rue Suffren, Pondichéry.
"""))
GOLD += [
E(17, ["deux kamikazes se sont fait exploser hier soir"],
  "SUI", "2026-10-18", "day", "Puducherry", "IN", 17, 47, "exact", None, None, False,
  "Optician's email of Monday 19 October; 'hier soir' -> 18 October. Two sites of one town (the promenade and the Grand Bazaar) -> ONE event, coded 'Puducherry' (French « Pondichéry »). The toll is revised inside: 'onze morts' (Sunday evening, superseded) -> 'quinze morts, sans compter les deux kamikazes, et 47 blessés' -> killed 15 + 2 bombers = 17 (the bombers are added), injured 47, exact; Kavitha, 26, is one of the injured. No claim -> perpetrator null. 'six minutes', '800 mètres', '26 ans', '25 km', '17 octobre', '0413 222 47 19', '15 novembre', '1 roupie', '-30 %', 'boîte de 6', '1 800 roupies', '10 heures à 19 heures', 'trois ans', '10 heures à 13 heures', '41 rue Suffren' are not casualties."),
E(17, ["la police a arrêté ce lundi à l'aube deux hommes à Cuddalore"],
  "ARR", "2026-10-19", "day", "Cuddalore", "IN", None, None, None, "police", None, False,
  "'ce lundi à l'aube' -> Monday 19 October, the publication day. Two men arrested in the house where the bombers may have lodged, in Cuddalore (Tamil Nadu) -> 'police', IN. 'auraient logé' is hearsay about the house, not about the arrest, which the radio reports as fact."),
]

# -------------------------------------------------------------- holdout69-018
ARTICLES.append(A(18, "fr", "article", "2026-10-21T07:00:00Z",
"École de danse Natyalaya : reprise samedi, et une triste nouvelle",
"""
De : École de danse Natyalaya. À : parents des élèves. Objet : reprise des cours samedi, nouvelles de la famille de Priya. Pondichéry, le mercredi 21 octobre 2026.

Chers parents,

Nous vous écrivons avec une grande tristesse. Mme Lakshmi Sundaram, la maman de Priya (classe des 8-10 ans), blessée dimanche soir sur le front de mer lors du double attentat-suicide, est décédée mardi à l'hôpital JIPMER. Le bilan est désormais de dix-huit morts, y compris les deux kamikazes, et de 47 blessés. Priya est entourée de sa famille ; ses camarades lui préparent des dessins.

Mardi, al-Qaïda dans le sous-continent indien (AQIS) a revendiqué l'attentat ; les enquêteurs de l'Agence nationale d'investigation jugent cette revendication crédible.

Lundi soir, beaucoup d'entre vous étaient à la marche silencieuse de la basilique du Sacré-Cœur jusqu'à la statue de Gandhi : nous étions environ 8 000, une bougie à la main, derrière la banderole « Pondichéry unie ». Nos grandes élèves y ont dansé un court alarippu, à la demande des organisateurs. Merci à elles.

Organisation des prochains jours :
- Les cours reprennent le samedi 24 octobre, aux horaires habituels : 8-10 ans de 9 heures à 10 h 30, 11-14 ans de 10 h 45 à 12 h 15, adultes de 17 heures à 18 h 30.
- Le spectacle de Deepavali du 7 novembre, salle de l'Alliance française (420 places), est maintenu, mais sans le tableau final des 60 élèves sur la plage.
- Vous pouvez venir chercher vos enfants par la rue Romain-Rolland plutôt que par le boulevard ; un bénévole sera au portail à chaque fin de cours.
- La participation aux costumes (2 500 roupies) peut attendre novembre.

Une psychologue, Mme Anne-Sophie Kumar, recevra gratuitement les enfants qui en ont besoin, le mercredi de 16 heures à 18 heures, au premier étage de l'école. Rendez-vous au 98 43 21 65 70.

Nous vous remercions pour vos messages et votre confiance.

Shanthi Devi, directrice, et l'équipe de Natyalaya
"""))
GOLD += [
E(18, ["double attentat-suicide", "a revendiqué l'attentat"],
  "SUI", "2026-10-18", "day", "Puducherry", "IN", 18, 47, "exact", "al-Qaeda in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", False,
  "Dance school email of Wednesday 21 October; 'dimanche soir' -> 18 October; the school writes from Pondichéry (Puducherry). 'dix-huit morts, y compris les deux kamikazes, et de 47 blessés' -> killed 18 (bombers inside; Mme Lakshmi Sundaram, wounded on Sunday and dead on Tuesday, is one of them), injured 47, exact. Claimed 'Mardi' by « al-Qaïda dans le sous-continent indien (AQIS) », judged « crédible » by the National Investigation Agency -> claimant and perpetrator 'al-Qaeda in the Indian Subcontinent'. '8-10 ans', '8 000' (marchers), '24 octobre', '9 heures', '10 h 30', '11-14 ans', '10 h 45', '12 h 15', '17 heures', '18 h 30', '7 novembre', '420 places', '60 élèves', '2 500 roupies', '16 heures à 18 heures', '98 43 21 65 70' are not casualties."),
E(18, ["la marche silencieuse de la basilique du Sacré-Cœur jusqu'à la statue de Gandhi"],
  "PP", "2026-10-19", "day", "Puducherry", "IN", None, None, None, None, None, False,
  "'Lundi soir' vs Wednesday 21 October -> 19 October. A silent march with candles behind a banner with a message (« Pondichéry unie »), no incident -> Peaceful protest, perpetrator null. 'environ 8 000' counts marchers; the dance performed at it is not an event."),
]

# -------------------------------------------------------------- holdout69-019
ARTICLES.append(A(19, "en", "article", "2026-10-23T11:00:00Z",
"Puducherry Quiz League bulletin: Round 6 moved to November",
"""
PUDUCHERRY QUIZ LEAGUE - Bulletin No. 41, Friday 23 October 2026.

Dear quizzers,

Round 6 of the league, scheduled for this Sunday at the Alliance Française, is postponed by two weeks, to Sunday 8 November at 3 p.m. The venue is a few streets from the Grand Bazaar, where the second bomber struck on Sunday evening, and the police have asked organisers to avoid gatherings near the old town until at least 31 October.

Our thoughts are with everyone affected by Sunday's twin suicide bombing, which has now killed 18 people, including the two bombers, and injured 47. Two members of the Auroville Owls were among the injured and are recovering at home. The attack was claimed on Tuesday by al-Qaeda in the Indian Subcontinent.

The investigation has moved quickly. The National Investigation Agency arrested a suspected bomb-maker in a rented room in Karaikal on Wednesday, and the two men held in Cuddalore since Monday have been remanded in judicial custody for 15 days.

Some of our younger members were among several hundred students who marched on Thursday towards Raj Nivas, the Lieutenant Governor's residence, to demand the police chief's resignation; police used batons to break up the march near the Bharathi Park gate, and eleven students were hurt. Members who were there and need a medical certificate for their college should write to the secretary.

LEAGUE TABLE AFTER ROUND 5
1. Quizzards of Oz (Kalapet), 212 points
2. White Town Know-Alls, 198
3. Auroville Owls, 187
4. The Usual Suspects (JIPMER), 176
5. Bahour Brainiacs, 140

Round 5 answers, as promised: Q3, 1674; Q7, 42 kilometres; Q12, Subramania Bharati; Q19, 36,000 seats. Disputes about Q19 go to the committee, not to the WhatsApp group.

Fees for the second half of the season, Rs 600 per team of four, are due by 15 November.

Stay safe, and keep your buzzers dry.

The PQL committee
"""))
GOLD += [
E(19, ["the second bomber struck", "Sunday's twin suicide bombing", "The attack was claimed"],
  "SUI", "2026-10-18", "day", "Puducherry", "IN", 18, 47, "exact", "al-Qaeda in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", False,
  "Quiz league bulletin of Friday 23 October; 'on Sunday evening' / 'Sunday's' -> 18 October. 'which has now killed 18 people, including the two bombers, and injured 47' -> killed 18 (bombers inside), injured 47, exact; 'Two members of the Auroville Owls' are a subset of the injured. 'The attack was claimed on Tuesday by al-Qaeda in the Indian Subcontinent', undisputed -> claimant and perpetrator. 'No. 41', 'Round 6', 'two weeks', '8 November', '3 p.m.', '31 October', '15 days', 'several hundred students' (marchers), the league points '212' to '140', the quiz answers '1674', '42 kilometres', '36,000 seats', 'Rs 600', 'four', '15 November' are not casualties. 'The Usual Suspects' is a quiz team."),
E(19, ["The National Investigation Agency arrested a suspected bomb-maker in a rented room in Karaikal"],
  "ARR", "2026-10-21", "day", "Karaikal", "IN", None, None, None, "police", None, False,
  "'on Wednesday' vs Friday 23 October -> 21 October. The National Investigation Agency (an investigative police agency) -> 'police' (dev). Karaikal is a district of Puducherry territory, a town of its own -> 'Karaikal', IN."),
E(19, ["the two men held in Cuddalore since Monday"],
  "ARR", "2026-10-19", "day", "Cuddalore", "IN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-017: 'since Monday' -> 19 October. 'remanded in judicial custody for 15 days' is its judicial follow-up, not a new arrest. No force named -> 'police'."),
E(19, ["several hundred students who marched on Thursday towards Raj Nivas", "police used batons to break up the march"],
  "PI", "2026-10-22", "day", "Puducherry", "IN", None, 11, "exact", None, None, False,
  "'on Thursday' vs Friday 23 October -> 22 October. A students' march on the Lieutenant Governor's residence with a demand (the police chief's resignation), broken up with batons -> Protest with intervention, perpetrator null (dev). 'eleven students were hurt' -> injured 11, exact; killed null."),
]

# -------------------------------------------------------------- holdout69-020
ARTICLES.append(A(20, "en", "article", "2026-10-24T09:00:00Z",
"Sri Lanka arrests boat owner over Puducherry bombing",
"""
CHENNAI, India (Coromandel Wire) - Sri Lankan police arrested a boat owner in the northern town of Point Pedro on Friday on suspicion of ferrying the explosives used in last Sunday's twin suicide bombing in Puducherry, Indian investigators said on Saturday.

The man, 47, is accused of carrying two bags of military-grade explosives across the Palk Strait and landing them on a beach near Karaikal in September. India has asked for his extradition.

Al-Qaeda in the Indian Subcontinent (AQIS), which claimed the October 18 attack on Tuesday, has since released a video of the two bombers, aged 22 and 25, reading their wills. The National Investigation Agency said it considered the claim credible, although it dismissed the group's assertion that "more than 60 idolaters" had died. Lashkar-e-Taiba, the Pakistan-based group, denied any role on Wednesday. An agency official said the bombers "may have been" trained in Bangladesh.

The toll stands at 18 dead, including the two bombers, and 47 injured; nine people remain in hospital.

Investigators have now made four arrests. The suspected bomb-maker detained in Karaikal on Wednesday was remanded for 15 days on Thursday, like the two men arrested in Cuddalore on Monday. One of those two, a cousin of the bombers, was released without charge on Friday. About 40 fishermen from Karaikal were questioned and allowed to go home.

In 2019, a homemade bomb left in a dustbin at Tindivanam bus station wounded four people; no one was ever charged.

Puducherry's beach road reopened to walkers on Friday evening under the watch of 600 police officers, and the schools reopened on Thursday. The territory's tourism department said hotel bookings for the Diwali week had fallen by 38 percent. The government announced compensation of Rs 10 lakh for each victim's family.
"""))
GOLD += [
E(20, ["Sri Lankan police arrested a boat owner in the northern town of Point Pedro"],
  "ARR", "2026-10-23", "day", "Point Pedro", "LK", None, None, None, "police", None, False,
  "Wire of Saturday 24 October; 'on Friday' -> 23 October. The cluster's suspected facilitator (the boat owner who brought the explosives across the Palk Strait), arrested in Sri Lanka -> LK; the Sri Lankan police -> 'police'. The extradition request is a follow-up; the landing of the explosives near Karaikal 'in September' is no event."),
E(20, ["last Sunday's twin suicide bombing in Puducherry", "the October 18 attack"],
  "SUI", "2026-10-18", "day", "Puducherry", "IN", 18, 47, "exact", "al-Qaeda in the Indian Subcontinent", "al-Qaeda in the Indian Subcontinent", False,
  "'last Sunday's' / 'the October 18 attack' -> 18 October. 'The toll stands at 18 dead, including the two bombers, and 47 injured' -> killed 18 (bombers inside), injured 47, exact; 'nine people remain in hospital' is a subset. Claimed by AQIS 'on Tuesday', judged 'credible' by the NIA -> claimant and perpetrator 'al-Qaeda in the Indian Subcontinent'; the claim's 'more than 60 idolaters' is never used. Lashkar-e-Taiba's denial is not a claim; 'may have been' trained is speculation. The dateline is Chennai; the bombing is in Puducherry. '47' (an age), 'two bags', '22 and 25', 'four arrests' (a summary), '15 days', '40 fishermen' (questioned), '600 police officers', '38 percent', 'Rs 10 lakh' are not casualties."),
E(20, ["The suspected bomb-maker detained in Karaikal on Wednesday"],
  "ARR", "2026-10-21", "day", "Karaikal", "IN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-019: 'on Wednesday' vs Saturday 24 October -> 21 October. 'remanded for 15 days on Thursday' is its follow-up. No force named in the sentence -> 'police'. The Karaikal fishermen 'questioned and allowed to go home' are not arrested."),
E(20, ["the two men arrested in Cuddalore on Monday"],
  "ARR", "2026-10-19", "day", "Cuddalore", "IN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-017: 'on Monday' vs Saturday 24 October -> 19 October. The cousin 'released without charge on Friday' stays arrested in the gold (a release is no event). No force named -> 'police'."),
E(20, ["a homemade bomb left in a dustbin at Tindivanam bus station wounded four people"],
  "IED", "2019-01-01", "year", "Tindivanam", "IN", None, 4, "exact", None, None, True,
  "'In 2019' -> year, background (the Tindivanam bomb of holdout69-016). Homemade bomb -> Remote explosive/landmine/IED; 'no one was ever charged' -> perpetrator null; 'wounded four people' -> injured 4, exact."),
]
