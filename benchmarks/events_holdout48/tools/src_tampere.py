"""Authoring source of benchmarks/events_holdout48 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Tampere, Finland cluster (holdout48-006 to 010; English and
French), two suicide bombers on Wednesday 3 June 2026 at two sites of one
town (Central Square, Keskustori, at 16:42 and the entrance hall of the
railway station at 16:47, about 700 m and five minutes apart): an English
wire with a first report (006), a mobile operator's network notice (007),
a telegraphic wire round-up of several Nordic stories (008), a grocery
chain's store closure notice (009) and a French research institute's brief
("note de recherche", fr 010). Finland is UTC+3 and France UTC+2 in June:
every publication time here is between 06:00 and 18:00 UTC, so every local
date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout48")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout48-006
ARTICLES.append(A(6, "en", "article", "2026-06-03T18:00:00Z",
"Twin suicide blasts kill at least eight in Finnish city of Tampere",
"""
TAMPERE, Finland (Baltic Wire) - Two suicide bombers struck the centre of Tampere five minutes apart during the Wednesday evening rush hour, killing at least eight people, the two attackers among them, and wounding some 30, police said.

The first explosion tore through the crowd on Central Square at 16:42, near a stage set up for a children's choir festival. The second man blew himself up at 16:47 in the entrance hall of the railway station, some 700 metres to the east, as commuters hurried for the 17:05 Intercity to Helsinki.

"People were lying on the steps of the station and the guards were shouting at everyone to get out," said Jari Mäkelä, 46, who was driving a tram on line 1. "I stopped and we opened all the doors."

Police declined to name a motive, saying it was too early, but a senior officer said investigators were looking at whether the attackers "could have had contacts" with al-Qaeda's branch in Yemen. No group had claimed the blasts by late evening.

Finland has not seen a deadly bombing in decades. In 2021, police defused two pipe bombs left hours apart outside a bank in Lahti and outside a supermarket in Kouvola; a 52-year-old man was later jailed for four years over both devices.

Some 1,200 police officers from across the country were sent to Tampere, 180 km north of Helsinki. Trains from the south were stopped at Toijala, and the city's concert hall cancelled an evening performance for 1,700 people. Tampere University Hospital called in off-duty staff and asked blood donors of all groups to come forward.

A hotline for relatives, 0295 419 800, opened at 18:30. The President was expected to visit the city on Thursday morning.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the centre of Tampere", "The first explosion", "The second man blew himself up", "the blasts"],
  "SUI", "2026-06-03", "day", "Tampere", "FI", 8, 30, "at_least", None, None, False,
  "Wire of Wednesday 3 June 2026 (21:00 in Tampere); 'during the Wednesday evening rush hour' = the publication day. Two sites of one town (Central Square and the railway station, 'some 700 metres' and five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people, the two attackers among them, and wounding some 30' -> killed 8 (bombers inside: 'among them'), at_least; injured 30 ('some 30', about; the qualifier describes the killed figure). No claim; 'could have had contacts' with al-Qaeda's branch in Yemen is speculation -> perpetrator null. '16:42', '16:47', '700 metres', '17:05', '46', 'line 1', '52-year-old', 'four years' (a sentence), '1,200 police officers', '180 km', '1,700 people', '0295 419 800', '18:30' are not casualties."),
E(6, ["police defused two pipe bombs left hours apart outside a bank in Lahti"],
  "DWU", "2021-01-01", "year", "Lahti", "FI", None, None, None, "police", None, True,
  "'In 2021' -> year, background. A pipe bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns hours apart are two events (one per place), although one man was jailed 'over both devices'. No casualty figure -> null. The later jailing is a judicial outcome, not an event."),
E(6, ["outside a supermarket in Kouvola"],
  "DWU", "2021-01-01", "year", "Kouvola", "FI", None, None, None, "police", None, True,
  "'In 2021' -> year, background. The second pipe bomb, defused outside a supermarket in Kouvola -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout48-007
ARTICLES.append(A(7, "en", "article", "2026-06-04T07:00:00Z",
"NorthWave Mobile network notice: Tampere city centre",
"""
NORTHWAVE MOBILE - NETWORK NOTICE. Tampere city centre. Thursday 4 June 2026, 10:00. Reference NWN-2026-118.

WHAT HAPPENED. Yesterday at 16:42 and 16:47, two suicide bombers blew themselves up on Central Square and at the railway station. Our notice of last night quoted police figures of eight dead. Police now report ten people dead, the two attackers among them, and 34 injured. Among the dead is our colleague Emilia Laine, 27, from our store at Hämeenkatu 19, who died in hospital overnight. We share the grief of all the families.

NETWORK. Between 16:45 and 19:30, traffic on our 14 cells around the square and the station rose to 640% of a normal Wednesday, and about one call in three failed. At the request of the police, the base station on the station roof (site TRE-0417) was switched off from 17:10 to 23:55 while the area was searched. All sites are now working normally.

FREE CALLS. Until Sunday 7 June, all calls and text messages from NorthWave numbers to Finnish numbers are free, and customers abroad who are checking on relatives get their first 5 GB of roaming data at no charge.

POLICE REQUESTS. Police ask the public not to call 112 to ask about relatives; the police hotline, 0295 419 800, is open around the clock. At the request of the National Bureau of Investigation, we have preserved the connection data of two subscriptions following the arrest of two men in Nokia, 15 km west of Tampere, late on Wednesday. We cannot comment further on the investigation.

STORES. Our Hämeenkatu store is closed until further notice. Our store in the Ratina shopping centre is open from 10:00 to 20:00 and will lend chargers and phones to anyone who needs one.

Please avoid sending photos and videos over the network in the city centre today: emergency services still need the capacity.
"""))
GOLD += [
E(7, ["two suicide bombers blew themselves up on Central Square and at the railway station"],
  "SUI", "2026-06-03", "day", "Tampere", "FI", 10, 34, "exact", None, None, False,
  "Network notice of Thursday 4 June; 'Yesterday' -> Wednesday 3 June. Two sites of one town -> ONE event. The toll is revised inside: 'eight dead' (last night's notice, superseded) -> 'ten people dead, the two attackers among them, and 34 injured' -> killed 10 (bombers inside; the colleague of 27 who died overnight is inside), injured 34, exact. No claim -> perpetrator null. '16:42', '16:47', '27', 'Hämeenkatu 19', '16:45', '19:30', '14 cells', '640%', 'one call in three', 'TRE-0417', '17:10', '23:55', '7 June', '5 GB', '112', '0295 419 800', '15 km', '10:00 to 20:00', 'NWN-2026-118' are not casualties."),
E(7, ["the arrest of two men in Nokia"],
  "ARR", "2026-06-03", "day", "Nokia", "FI", None, None, None, "police", None, False,
  "'late on Wednesday' vs Thursday 4 June -> Wednesday 3 June. Nokia is a town 15 km west of Tampere (not the company). The National Bureau of Investigation -> 'police'. The preserved connection data is not an event."),
]

# -------------------------------------------------------------- holdout48-008
ARTICLES.append(A(8, "en", "article", "2026-06-05T11:00:00Z",
"Nordic and Baltic news round-up, 1100 GMT",
"""
BALTIC WIRE - NORDIC AND BALTIC ROUND-UP - 1100 GMT FRIDAY 5 JUNE 2026. Slugs in capitals; full stories on the wire.

FINLAND-ATTACK/CLAIM - HELSINKI - Al-Qaeda in the Arabian Peninsula (AQAP) claimed Wednesday's twin suicide bombing in Tampere in an online statement late on Thursday, saying two "lions" had killed "more than 90 crusaders". The Finnish Security and Intelligence Service said the claim was credible. Police put the toll at eleven dead, including the two bombers, and 34 wounded; a woman of 80 died on Thursday. The Nordic Resistance Movement, a neo-Nazi group banned in Finland, denied any role. The interior minister said the bombers "may have been" trained in Yemen in 2024.

FINLAND-ATTACK/ARRESTS - VANTAA - Police arrested a 41-year-old man at Helsinki Airport in Vantaa on Thursday as he was about to board flight TK1762 to Istanbul. He is suspected of building both explosive vests in a garage he rented for 150 euros a month. On Friday the Pirkanmaa District Court ordered the two men detained in Nokia on Wednesday night held in custody on suspicion of terrorist offences. Staff of a hostel where the bombers spent two nights were questioned and released.

FINLAND-ATTACK/MARCH - TAMPERE - Organisers expect up to 20,000 people at a march "against fear" from Hämeenpuisto park to Central Square at 18:00 on Friday.

LATVIA-BUDGET - RIGA - The government approved a 2027 budget draft with a deficit of 2.9 percent of gross domestic product.

SWEDEN-FERRIES - STOCKHOLM - Ferry passenger numbers between Stockholm and Mariehamn fell 12 percent in May from a year earlier, operators said.

NORWAY-SALMON - OSLO - Salmon export prices rose to 94.30 crowns a kilo in week 22.

FINLAND-HOCKEY - TAMPERE - Saturday's charity ice hockey match between the city's two clubs was called off; tickets at 28 euros will be refunded.

FINLAND-WEATHER - Thunderstorms with up to 25 mm of rain are forecast over Pirkanmaa on Friday evening.
"""))
GOLD += [
E(8, ["Wednesday's twin suicide bombing in Tampere"],
  "SUI", "2026-06-03", "day", "Tampere", "FI", 11, 34, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Round-up of Friday 5 June; 'Wednesday's' -> 3 June. 'eleven dead, including the two bombers, and 34 wounded' -> killed 11 (bombers inside; the woman of 80 who died Thursday is inside), injured 34, exact. Claimed by 'Al-Qaeda in the Arabian Peninsula (AQAP)' late on Thursday, judged credible by the Finnish Security and Intelligence Service -> claimant and perpetrator (canonical name of earlier sets). The claim's 'more than 90 crusaders' is never used. The Nordic Resistance Movement's denial is not a claim; 'may have been' trained in Yemen is speculation. '80', '2024', 'two \"lions\"' are not casualties."),
E(8, ["Police arrested a 41-year-old man at Helsinki Airport in Vantaa on Thursday"],
  "ARR", "2026-06-04", "day", "Vantaa", "FI", None, None, None, "police", None, False,
  "'on Thursday' vs Friday 5 June -> 4 June. The cluster's suspected facilitator (he built the vests), arrested at Helsinki Airport, which lies in Vantaa -> Vantaa. '41-year-old', 'TK1762' (a flight number), '150 euros a month' are not casualties."),
E(8, ["the two men detained in Nokia on Wednesday night"],
  "ARR", "2026-06-03", "day", "Nokia", "FI", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-007: 'on Wednesday night' vs Friday 5 June -> 3 June. The court's custody order 'On Friday' is the arrest's follow-up, not a new arrest. No force named -> 'police'. The hostel staff 'questioned and released' are not arrested; 'two nights' is a span."),
]
# The march announced in 008 for Friday 18:00 is future at 14:00 local time
# and is not coded here (holdout48-009 codes it). The other slugs hold no
# event: '2027', '2.9 percent', '12 percent', '94.30 crowns', 'week 22',
# '28 euros', '25 mm', 'up to 20,000 people', '1100 GMT'.

# -------------------------------------------------------------- holdout48-009
ARTICLES.append(A(9, "en", "article", "2026-06-06T06:00:00Z",
"Aamu Market: our Central Square store stays closed",
"""
AAMU MARKET - CUSTOMER NOTICE. Aamu Market Keskustori (store no. 204), Tampere. Saturday 6 June 2026.

Dear customers,

Our Central Square store has been closed since the twin suicide bombing on Wednesday 3 June, which killed eleven people, including the two bombers, and wounded 34. Two of our cashiers were among the wounded and are now recovering at home. The shop windows were blown in by the first blast, and police have asked us to keep the building closed while they finish their work on the square.

Our store manager, who saw one of the bombers walk past the entrance, was questioned by police on Thursday as a witness and went home the same evening. We ask customers and journalists not to contact our staff directly.

WHEN WILL WE REOPEN? We expect to reopen on Monday 15 June at 07:00. Until then, please use Aamu Market Tammela (Tammelan puistokatu 31, open 07:00-23:00) or Aamu Market Hervanta (open 24 hours). Online orders placed before 12:00 are delivered the same day, free of charge, within 3 km of Central Square.

FRESH PRODUCTS. All fresh and chilled products from the closed store, about 4,800 kg, were destroyed as a precaution on Thursday with the agreement of the food safety authority.

SOLIDARITY. On Friday evening many of you walked with our staff in the march from Hämeenpuisto park to Central Square, where some 20,000 people gathered behind the banner "Tampere is not afraid". Thank you. From Monday, 50 cents from every loaf of rye bread sold in our 38 Pirkanmaa stores will go to the victims' fund set up by the city, which has already received 410,000 euros.

LOYALTY CARD. Bonus points on purchases made in June are doubled to 2%. Gift cards bought at the Keskustori store remain valid until 31 December 2027.

Customer service: 010 455 7020 (Monday to Friday, 8-18).
"""))
GOLD += [
E(9, ["the twin suicide bombing on Wednesday 3 June", "the first blast"],
  "SUI", "2026-06-03", "day", "Tampere", "FI", 11, 34, "exact", None, None, False,
  "Store notice of Saturday 6 June; 'on Wednesday 3 June' -> 3 June. 'killed eleven people, including the two bombers, and wounded 34' -> killed 11 (bombers inside), injured 34, exact; 'Two of our cashiers' are a subset. No claim named -> perpetrator null. The store manager 'questioned by police ... as a witness' is not arrested. 'no. 204', '15 June', '07:00', 'Tammelan puistokatu 31', '07:00-23:00', '24 hours', '12:00', '3 km', '4,800 kg', '50 cents', '38 Pirkanmaa stores', '410,000 euros', '2%', '31 December 2027', '010 455 7020', '8-18' are not casualties."),
E(9, ["the march from Hämeenpuisto park to Central Square"],
  "PP", "2026-06-05", "day", "Tampere", "FI", None, None, None, None, None, False,
  "'On Friday evening' vs Saturday 6 June -> 5 June: the march announced in holdout48-008. 'some 20,000 people gathered behind the banner \"Tampere is not afraid\"', no incident -> Peaceful protest (a march with a message), perpetrator null. '20,000' counts marchers."),
]

# -------------------------------------------------------------- holdout48-010
ARTICLES.append(A(10, "fr", "article", "2026-06-09T08:00:00Z",
"Note de recherche : l'attentat de Tampere et la menace en Finlande",
"""
INSTITUT D'ÉTUDES SUR LA SÉCURITÉ NORDIQUE - NOTE DE RECHERCHE N° 26-14. Paris, le mardi 9 juin 2026. Auteure : Claire Vasseur, chercheuse associée. Diffusion libre.

Résumé. Le double attentat-suicide du mercredi 3 juin à Tampere, sur la place centrale puis dans le hall de la gare, à cinq minutes d'intervalle, est le plus meurtrier de l'histoire de la Finlande. Le bilan s'établit à onze victimes, auxquelles s'ajoutent les deux kamikazes, et 34 blessés : deux blessés sont morts au cours du week-end.

1. Une revendication crédible. Al-Qaïda dans la péninsule arabique (AQPA) a revendiqué l'attaque jeudi soir. La Supo, le service finlandais de renseignement, la juge authentique ; les « plus de quatre-vingt-dix croisés » dont se vante le texte relèvent de la propagande. Le démenti du Mouvement de résistance nordique, une mouvance néonazie que la police avait un temps évoquée, n'a surpris personne.

2. Un réseau en cours de démantèlement. Les deux hommes interpellés mercredi soir à Nokia, près de Tampere, et l'artificier présumé arrêté jeudi à l'aéroport d'Helsinki-Vantaa sont en détention. Samedi, la police suédoise a arrêté à Haparanda, à la frontière finlandaise, une femme de 29 ans soupçonnée d'avoir hébergé les kamikazes ; elle a été relâchée lundi sans inculpation.

3. Des précédents modestes. La Finlande n'avait connu que des attaques de faible ampleur. En 2021, la police avait désamorcé une bombe artisanale devant une banque de Lahti, puis une autre, quelques heures plus tard, devant un supermarché de Kouvola. En 2023, une grenade lancée contre un bar de Hämeenlinna avait blessé trois clients.

4. Une réponse civique. Vendredi 5 juin, quelque 20 000 personnes ont défilé dans Tampere derrière la banderole « Tampere n'a pas peur », sans incident.

5. Perspectives. Le niveau de menace a été relevé de 2 à 3 sur une échelle de 4. Environ 80 personnes sont suivies pour radicalisation dans un pays de 5,6 millions d'habitants ; entre 2012 et 2019, quelque 80 Finlandais seraient partis en Syrie et en Irak. Nous recommandons un renforcement des contrôles aux frontières terrestres du nord et un suivi des anciens combattants revenus.
"""))
GOLD += [
E(10, ["Le double attentat-suicide du mercredi 3 juin à Tampere", "l'attaque jeudi soir"],
  "SUI", "2026-06-03", "day", "Tampere", "FI", 13, 34, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Research brief of Tuesday 9 June; 'du mercredi 3 juin' -> 3 June. 'onze victimes, auxquelles s'ajoutent les deux kamikazes, et 34 blessés' -> killed 11 + 2 = 13 (the bombers are added; two wounded died over the weekend), injured 34, exact. 'AQPA a revendiqué l'attaque jeudi soir', judged 'authentique' by the Supo -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula'. The claim's 'plus de quatre-vingt-dix croisés' is never used; the Nordic Resistance Movement's denial is not a claim. 'N° 26-14', '2 à 3 sur une échelle de 4', '80 personnes', '5,6 millions', '2012 et 2019', '80 Finlandais' (cumulative, not coded) are not casualties."),
E(10, ["Les deux hommes interpellés mercredi soir à Nokia"],
  "ARR", "2026-06-03", "day", "Nokia", "FI", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-007: 'mercredi soir' vs Tuesday 9 June -> 3 June. 'sont en détention' is its follow-up. No force named -> 'police'."),
E(10, ["l'artificier présumé arrêté jeudi à l'aéroport d'Helsinki-Vantaa"],
  "ARR", "2026-06-04", "day", "Vantaa", "FI", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout48-008: 'jeudi' vs Tuesday 9 June -> 4 June; Helsinki Airport is in Vantaa. No force named -> 'police'."),
E(10, ["la police suédoise a arrêté à Haparanda"],
  "ARR", "2026-06-06", "day", "Haparanda", "SE", None, None, None, "police", None, False,
  "'Samedi' vs Tuesday 9 June -> 6 June. A woman of 29 suspected of lodging the bombers, arrested in Haparanda, Sweden, by 'la police suédoise' -> SE, 'police'. 'relâchée lundi sans inculpation': a release does not undo the arrest."),
E(10, ["la police avait désamorcé une bombe artisanale devant une banque de Lahti"],
  "DWU", "2021-01-01", "year", "Lahti", "FI", None, None, None, "police", None, True,
  "'En 2021' -> year, background: the Lahti device of holdout48-006. Defused -> Disrupted weapons use by 'police'. Two towns -> two events."),
E(10, ["une autre, quelques heures plus tard, devant un supermarché de Kouvola"],
  "DWU", "2021-01-01", "year", "Kouvola", "FI", None, None, None, "police", None, True,
  "'En 2021' -> year, background: the second device, defused 'quelques heures plus tard' in Kouvola -> its own Disrupted weapons use event by 'police'."),
E(10, ["une grenade lancée contre un bar de Hämeenlinna"],
  "GRN", "2023-01-01", "year", "Hämeenlinna", "FI", None, 3, "exact", None, None, True,
  "'En 2023' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'avait blessé trois clients' -> injured 3, exact."),
E(10, ["quelque 20 000 personnes ont défilé dans Tampere"],
  "PP", "2026-06-05", "day", "Tampere", "FI", None, None, None, None, None, False,
  "'Vendredi 5 juin' -> 5 June: the march of holdout48-009, behind the banner 'Tampere n'a pas peur', 'sans incident' -> Peaceful protest, perpetrator null. '20 000' counts marchers."),
]
