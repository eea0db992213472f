"""Authoring source of benchmarks/events_holdout70 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Novi Sad, Serbia cluster (holdout70-011 to 015; English and
French), two suicide bombers on Saturday 6 June 2026 at two sites of one town
(Liberty Square, in front of the Name of Mary Church, and the entrance of the
Futog market, about 900 m and seven minutes apart): an English wire with a
first report (011), the English version of a locksmith's notice to customers
with appointments (012), a French canoe club's newsletter on its members'
descent of the Danube ("lettre d'information d'un club de canoë-kayak", fr
013), an English wire on the claim and the arrests (014) and the notice of
the organisers of a French antiques fair ("avis des organisateurs d'un salon
des antiquaires", fr 015). Serbia, Austria and France are UTC+2 in June:
every publication time here is between 06:00 and 17:00 UTC, so every local
date is the UTC date. The toll grows from "at least 14 people, including
themselves" (Saturday) to 17 (Monday) and 18, the bombers included (a young
woman died on Tuesday 9 June); 63 wounded from Monday on. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout70")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout70-011
ARTICLES.append(A(11, "en", "article", "2026-06-06T13:30:00Z",
"Suicide bombers kill at least 14 in Serbia's Novi Sad",
"""
NOVI SAD, Serbia (Balkan Wire) - Two suicide bombers killed at least 14 people, including themselves, and wounded more than 60 in the centre of Novi Sad, Serbia's second city, on Saturday morning, police said.

The first bomber blew himself up at 11:20 a.m. in front of the Name of Mary Church on Liberty Square, among families watching a children's folk-dance show. Seven minutes later, the second detonated his belt at the entrance of the Futog market, about 900 metres to the west and one of the busiest markets in Vojvodina on Saturdays.

"People were running from the square into the market, right towards him," said Jelena Marković, 38, who sells cheese at stall 112. "I lay under my counter for half an hour."

No group said it had carried out the attack. A police source said the devices, packed with nails and ball bearings, "bore the hallmarks" of Islamic State, but stressed that investigators had ruled nothing out.

Vojvodina, a province of some 1.7 million people, has rarely seen political violence. In 2016, a hand grenade thrown into a café in Sombor wounded four people.

The Clinical Centre of Vojvodina cancelled all planned operations and appealed for blood donors of groups O and A. Trains from Belgrade, 80 km to the south-east, were halted and the 12:05 departure was cancelled. The government declared three days of mourning from Sunday.

About 500 gendarmes were sent from Belgrade to guard the Danube bridges, and police opened a hotline for relatives, 021 488 0000. The city's schools, which were to hold end-of-year shows next week, will stay closed on Monday.
"""))
GOLD += [
E(11, ["Two suicide bombers killed at least 14 people", "The first bomber blew himself up", "the second detonated his belt", "the attack"],
  "SUI", "2026-06-06", "day", "Novi Sad", "RS", 14, 60, "at_least", None, None, False,
  "Wire of Saturday 6 June 2026 (15:30 in Novi Sad, UTC+2); 'on Saturday morning' = the publication day. Two sites of one town (Liberty Square and the Futog market, 'about 900 metres' apart, 11:20 a.m. and seven minutes later) -> ONE Suicide bomb event coded to the town. First report: 'killed at least 14 people, including themselves, and wounded more than 60' -> killed 14 (bombers inside: 'including themselves'), at_least; injured 60 ('more than 60'; the qualifier describes the killed figure). No claim; 'bore the hallmarks' of Islamic State, from a police source who 'ruled nothing out', is speculation -> perpetrator null. '11:20 a.m.', 'Seven minutes', '900 metres', '38', 'stall 112', 'half an hour', '1.7 million people', 'groups O and A', '80 km', '12:05', 'three days', 'About 500 gendarmes', '021 488 0000' are not casualties."),
E(11, ["a hand grenade thrown into a café in Sombor"],
  "GRN", "2016-01-01", "year", "Sombor", "RS", None, 4, "exact", None, None, True,
  "'In 2016' -> year, background. A thrown hand grenade -> Grenade; no author named -> null. 'wounded four people' -> injured 4 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout70-012
ARTICLES.append(A(12, "en", "article", "2026-06-08T06:30:00Z",
"Dunav Lock & Key: notice to customers with appointments",
"""
DUNAV LOCK & KEY - Novi Sad. Notice to customers with appointments this week (English version for our international customers). Monday 8 June 2026.

Dear customer,

Our workshop at Zmaj Jovina 14 is inside the police cordon set up after Saturday's twin suicide bombing on Liberty Square and at the Futog market, and will stay closed until at least Wednesday. Our two vans are working as normal.

The toll. Over the weekend the authorities spoke of 14 dead. This morning the provincial health secretariat gave a new toll: 17 people killed, including the two bombers, and 63 wounded. Our apprentice Nikola, 19, was cut by flying glass on Saturday and is already back home.

Appointments. All workshop appointments booked from Monday to Wednesday are moved to our partner shop at Bulevar oslobođenja 102. Home visits keep their time slot. If you booked a lock change for a flat on Liberty Square, we will call you: the police allow residents in only between 10:00 and 14:00, with an identity card.

Emergency shutters. More than 40 shops around the square and the market have broken shutters or glass doors, and we are giving them priority. A call-out inside the cordon costs RSD 4,800, plus parts; we have 25 roller-shutter motors in stock.

The police. Two men were arrested in Subotica on Saturday night, and the police have asked every locksmith in the city to report anyone who asked to copy keys for flats in the Detelinara district since March. Our colleague Dragan, who changed the lock of a flat there in May, was questioned as a witness for three hours on Sunday and then released.

Payment. We accept cards and cash; companies may ask for an invoice payable within 15 days.

Our 24-hour line is 063 555 018. Thank you for your patience in a week that none of us will forget.

Milan Kovač, owner
"""))
GOLD += [
E(12, ["Saturday's twin suicide bombing on Liberty Square and at the Futog market"],
  "SUI", "2026-06-06", "day", "Novi Sad", "RS", 17, 63, "exact", None, None, False,
  "Locksmith's notice of Monday 8 June; 'Saturday's' -> 6 June. Two sites, one town -> ONE event in Novi Sad. The toll is revised inside: '14 dead' (the weekend figure, superseded) -> '17 people killed, including the two bombers, and 63 wounded' -> killed 17 (bombers inside), injured 63, exact; the apprentice Nikola, 19, is a subset of the injured. No claim -> perpetrator null. 'Zmaj Jovina 14', 'two vans', 'Bulevar oslobođenja 102', '10:00 and 14:00', 'More than 40 shops', 'RSD 4,800', '25 roller-shutter motors', 'three hours', '15 days', '24-hour', '063 555 018' are not casualties."),
E(12, ["Two men were arrested in Subotica on Saturday night"],
  "ARR", "2026-06-06", "day", "Subotica", "RS", None, None, None, "police", None, False,
  "'on Saturday night' vs Monday 8 June -> 6 June, the night of the bombing. 'the police' -> 'police'. Dragan, 'questioned as a witness for three hours on Sunday and then released', is not arrested."),
]

# -------------------------------------------------------------- holdout70-013
ARTICLES.append(A(13, "fr", "article", "2026-06-10T16:00:00Z",
"Descente du Danube : nouvelles du groupe après Novi Sad",
"""
CANOË-KAYAK CLUB DE VILLENEUVE-SUR-LOT - Lettre du club n° 57, spécial « Descente du Danube », mercredi 10 juin 2026.

Chers adhérents,

Nos douze pagayeurs sont sains et saufs. Samedi 6 juin, ils faisaient étape à Novi Sad, au kilomètre 1 255 du Danube, quand deux kamikazes se sont fait exploser, à sept minutes d'intervalle, place de la Liberté et à l'entrée du marché de Futog. Le groupe, qui déjeunait sur la plage du Štrand, à 1,5 km de là, n'a rien vu, mais tout entendu.

Le bilan, encore alourdi mardi par la mort d'une jeune femme, est de dix-huit morts, y compris les deux kamikazes, et de 63 blessés. L'attentat a été revendiqué lundi par Hurras al-Din, la branche syrienne d'Al-Qaïda ; le parquet serbe juge cette revendication crédible. Hayat Tahrir al-Sham a démenti toute implication.

Mardi, la police a arrêté à Zrenjanin un homme soupçonné d'avoir caché les explosifs dans son garage. Le même soir, quelques centaines d'étudiants qui marchaient vers l'hôtel de ville pour exiger la démission du chef de la police ont été dispersés à coups de gaz lacrymogène et de matraques ; onze personnes ont été blessées, dont deux policiers. Nos kayakistes, amarrés au quai, ont vu la fumée des grenades passer au-dessus du fleuve.

Après deux jours d'arrêt, le groupe a repris ce matin la descente vers Belgrade, à 85 km. Il a déjà parcouru 1 140 km depuis Passau et compte atteindre la mer Noire vers le 20 juillet, après 2 900 km.

Au club :
- les sorties du samedi reprennent le 13 juin à 9 heures ;
- la fête du club du 27 juin est maintenue, avec une minute de silence ;
- la cagnotte de l'expédition (4 200 euros récoltés sur 6 000) reste ouverte ;
- les nouvelles du groupe arrivent chaque soir vers 21 heures sur notre page.

Contact : Hélène Brousse, 06 71 22 45 80.

Sportivement,

Le comité directeur
"""))
GOLD += [
E(13, ["deux kamikazes se sont fait exploser, à sept minutes d'intervalle", "L'attentat a été revendiqué"],
  "SUI", "2026-06-06", "day", "Novi Sad", "RS", 18, 63, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Canoe club newsletter of Wednesday 10 June; 'Samedi 6 juin' -> 6 June. Two sites of one town (place de la Liberté and the Futog market, seven minutes apart) -> ONE event in Novi Sad. A young woman died on Tuesday: 'dix-huit morts, y compris les deux kamikazes, et de 63 blessés' -> killed 18 (number word, bombers inside), injured 63, exact. 'revendiqué lundi par Hurras al-Din', judged 'crédible' by the Serbian prosecutors -> claimant and perpetrator 'Hurras al-Din' (the canonical name of earlier sets). Hayat Tahrir al-Sham's denial is not a claim. 'n° 57', 'douze pagayeurs', 'kilomètre 1 255', '1,5 km', 'deux jours', '85 km', '1 140 km', '20 juillet', '2 900 km', '13 juin', '9 heures', '27 juin', '4 200 euros', '6 000', '21 heures', '06 71 22 45 80' are not casualties."),
E(13, ["la police a arrêté à Zrenjanin un homme"],
  "ARR", "2026-06-09", "day", "Zrenjanin", "RS", None, None, None, "police", None, False,
  "'Mardi' vs Wednesday 10 June -> 9 June. The cluster's suspected facilitator ('soupçonné d'avoir caché les explosifs dans son garage'), arrested in Zrenjanin by 'la police' -> 'police'."),
E(13, ["quelques centaines d'étudiants qui marchaient vers l'hôtel de ville"],
  "PI", "2026-06-09", "day", "Novi Sad", "RS", None, 11, "exact", None, None, False,
  "'Le même soir' = the evening of 'Mardi' -> 9 June. Students marching on the city hall with a demand (the police chief's resignation), 'dispersés à coups de gaz lacrymogène et de matraques' -> Protests / Protest with intervention, perpetrator null (dev). 'onze personnes ont été blessées, dont deux policiers' -> injured 11 (all sides, the two officers are inside), exact; killed null. 'quelques centaines' counts marchers; 'la fumée des grenades' is the tear gas of the same dispersal, not a Grenade event. The city hall and the quay are in Novi Sad."),
]

# -------------------------------------------------------------- holdout70-014
ARTICLES.append(A(14, "en", "article", "2026-06-11T09:00:00Z",
"Serbian held in Austria over Novi Sad bombing",
"""
BELGRADE, Serbia (Balkan Wire) - Austrian police arrested a Serbian national in Klagenfurt on Wednesday on suspicion of financing the twin suicide bombing that killed 18 people in Novi Sad last Saturday, Serbian prosecutors said on Thursday.

The 34-year-old, a warehouse worker who moved to Austria in 2019, is accused of wiring 9,000 euros to the two bombers in April. Serbia has asked for his extradition.

Hurras al-Din, al-Qaeda's affiliate in Syria, claimed the June 6 attack on Monday in a statement boasting of "more than 100 crusaders" killed. Prosecutors said they consider the claim credible. Hayat Tahrir al-Sham, the dominant Syrian Islamist group, denied any involvement. The interior minister said the bombers "may have been" radicalised at an informal prayer room in Austria.

The toll stands at 18 dead, including the two bombers, with 63 wounded, 19 of them still in hospital.

The two men arrested in Subotica on the night of the bombing were charged with terrorism on Tuesday and remanded in custody for 30 days. A law student arrested in Novi Sad on Monday over posts praising the attack was released without charge on Wednesday. Some 25 residents of the bombers' building in the Detelinara district were questioned and released.

On Sunday, some 15,000 people walked in silence from Liberty Square to the Danube quay, many of them holding candles, to demand "truth and safety" from the authorities.

The government has promised 1.5 million dinars to the family of each victim, and parliament will hold a special session on June 16. Novi Sad's schools reopened on Wednesday, with psychologists in every one of the city's 43 primary schools.
"""))
GOLD += [
E(14, ["Austrian police arrested a Serbian national in Klagenfurt on Wednesday"],
  "ARR", "2026-06-10", "day", "Klagenfurt", "AT", None, None, None, "police", None, False,
  "Wire of Thursday 11 June; 'on Wednesday' -> 10 June. The man suspected of 'financing' the bombers ('wiring 9,000 euros'), arrested in Austria by the Austrian police -> 'police', coded to Klagenfurt in Austria (AT), not to the bombing's country. 'has asked for his extradition' is a follow-up, not an event. The dateline is Belgrade."),
E(14, ["the twin suicide bombing that killed 18 people in Novi Sad", "the June 6 attack", "the bombing", "the attack"],
  "SUI", "2026-06-06", "day", "Novi Sad", "RS", 18, 63, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "'last Saturday' and 'the June 6 attack' -> 6 June. 'The toll stands at 18 dead, including the two bombers, with 63 wounded' -> killed 18 (bombers inside), injured 63, exact; '19 of them still in hospital' is a subset. 'Hurras al-Din, al-Qaeda's affiliate in Syria, claimed the June 6 attack on Monday', judged credible by prosecutors -> claimant and perpetrator 'Hurras al-Din'; its 'more than 100 crusaders' is never used. Hayat Tahrir al-Sham's denial is not a claim; 'may have been' radicalised is speculation and sets nothing. 'the bombing' ('on the night of the bombing') and 'the attack' ('posts praising the attack') name it. '34-year-old', '2019', '9,000 euros', '1.5 million dinars', 'June 16', '43 primary schools' are not casualties."),
E(14, ["The two men arrested in Subotica"],
  "ARR", "2026-06-06", "day", "Subotica", "RS", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-012: 'on the night of the bombing' -> 6 June (that phrase belongs to the bombing's event). 'charged with terrorism on Tuesday and remanded in custody for 30 days' is its judicial follow-up. No force named -> 'police'."),
E(14, ["A law student arrested in Novi Sad on Monday"],
  "ARR", "2026-06-08", "day", "Novi Sad", "RS", None, None, None, "police", None, False,
  "'on Monday' vs Thursday 11 June -> 8 June. A student arrested 'over posts praising the attack', 'released without charge on Wednesday': the release does not undo the arrest. No force named -> 'police'. The 'Some 25 residents' who 'were questioned and released' are not arrested."),
E(14, ["some 15,000 people walked in silence from Liberty Square to the Danube quay"],
  "PP", "2026-06-07", "day", "Novi Sad", "RS", None, None, None, None, None, False,
  "'On Sunday' vs Thursday 11 June -> 7 June. A silent march with a demand ('truth and safety'), no incident -> Peaceful protest, perpetrator null. 'some 15,000' counts marchers."),
]

# -------------------------------------------------------------- holdout70-015
ARTICLES.append(A(15, "fr", "article", "2026-06-15T07:00:00Z",
"Salon des antiquaires de Chartres : avis des organisateurs",
"""
SALON DES ANTIQUAIRES DE CHARTRES - 34e édition, du vendredi 19 au dimanche 21 juin 2026. Avis des organisateurs aux exposants et aux visiteurs, lundi 15 juin 2026.

Le Salon ouvrira comme prévu vendredi à 10 heures, hall Jean-Moulin, avec 84 exposants au lieu de 85.

M. Dušan Jovanović, antiquaire à Novi Sad, spécialiste des icônes et de l'argenterie serbe, fidèle du Salon depuis 2011, a dû renoncer. Son fils de 22 ans a été grièvement blessé le 6 juin devant le marché de Futog, lors de l'attentat-suicide qui a fait dix-huit morts, dont les deux kamikazes, et soixante-trois blessés, et qui a été revendiqué par Hurras al-Din.

Ce n'est pas la première épreuve de la famille. En 2013, à Kikinda, où elle tenait alors boutique, une bombe artisanale avait explosé sous la voiture d'un voisin, tuant son propriétaire ; la vitrine des Jovanović avait volé en éclats.

M. Jovanović nous écrit que l'enquête avance : l'homme arrêté mercredi à Klagenfurt, en Autriche, soupçonné d'avoir financé les kamikazes, doit être remis à la Serbie. Il nous demande surtout de ne pas oublier Novi Sad.

Le stand 27, qu'il occupait depuis quinze ans, accueillera donc une exposition de photographies de la vieille ville et une urne : les dons iront à l'association des blessés de Novi Sad. Nous remercions le photographe Marc Vidal, qui prête ses 30 tirages.

Informations pratiques :
- entrée 8 euros, gratuite pour les moins de 16 ans ;
- de 10 heures à 19 heures, nocturne le samedi jusqu'à 21 heures ;
- parking gratuit de 600 places ;
- expertises gratuites le dimanche de 14 heures à 17 heures (trois objets par visiteur) ;
- 1 200 m² d'exposition, accessibles aux fauteuils roulants.

Contact des organisateurs : 02 37 21 48 90.

Les organisateurs
"""))
GOLD += [
E(15, ["l'attentat-suicide qui a fait dix-huit morts"],
  "SUI", "2026-06-06", "day", "Novi Sad", "RS", 18, 63, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Organisers' notice of Monday 15 June; 'le 6 juin' -> 6 June, nine days before -> current. 'dix-huit morts, dont les deux kamikazes, et soixante-trois blessés' -> killed 18 (bombers inside), injured 63 (number words), exact; the dealer's son of 22 is a subset of the injured. 'revendiqué par Hurras al-Din', undisputed -> claimant and perpetrator. The Futog market is in Novi Sad. '34e', '19 au dimanche 21 juin', '10 heures', '84 exposants', '85', '2011', '22 ans', 'stand 27', 'quinze ans', '30 tirages', '8 euros', 'moins de 16 ans', '19 heures', '21 heures', '600 places', '14 heures à 17 heures', 'trois objets', '1 200 m²', '02 37 21 48 90' are not casualties."),
E(15, ["une bombe artisanale avait explosé sous la voiture d'un voisin"],
  "IED", "2013-01-01", "year", "Kikinda", "RS", 1, None, "exact", None, None, True,
  "'En 2013, à Kikinda' -> year, background. A homemade bomb under a car -> Remote explosive/landmine/IED; no author named -> null. 'tuant son propriétaire' -> killed 1, exact; injured null (the shattered shop window is damage, not a casualty)."),
E(15, ["l'homme arrêté mercredi à Klagenfurt"],
  "ARR", "2026-06-10", "day", "Klagenfurt", "AT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-014: 'mercredi' vs Monday 15 June -> the most recent Wednesday, 10 June; in Austria -> AT. 'doit être remis à la Serbie' is a handover, a follow-up. No force named; the Austrian police of holdout70-014 -> 'police'."),
]
