"""Authoring source of benchmarks/events_holdout40 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Limassol, Cyprus cluster (holdout40-006 to 010; French and
English), two suicide bombers on Friday 12 June 2026 at two sites of one
town (the municipal market and the quay of the old port, about 700 m and
seven minutes apart): a French agency dispatch with a "VILLE, (Agence) -"
dateline (fr 006), an English airport operations notice (007), an English
human-rights NGO statement on the arrests and on a march dispersed with
batons and tear gas (008), a French volunteer nurse's field diary with dated
entries ("carnet de bord", fr 009) and an English tourist board statement
(010). Cyprus is UTC+3 in June: every publication time here is between 05:00
and 13:00 UTC, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout40")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout40-006
ARTICLES.append(A(6, "fr", "article", "2026-06-12T13:00:00Z",
"Chypre : double attentat-suicide dans le centre de Limassol",
"""
LIMASSOL, (Agence Méditerranée Presse) - Deux kamikazes se sont fait exploser vendredi matin, à sept minutes d'intervalle, dans le centre de Limassol, deuxième ville de Chypre, faisant au moins six morts, sans compter les deux assaillants, et plusieurs dizaines de blessés, selon un premier bilan de la police.

Le premier a actionné sa ceinture d'explosifs vers 11 h 05 dans l'allée centrale du marché municipal, à l'heure où les restaurateurs font leurs courses. Le second s'est fait sauter à 11 h 12 sur le quai du vieux port, à environ 700 mètres, devant une file de touristes qui attendaient une excursion en bateau.

« Le plafond du marché est tombé d'un coup, on a cru à un séisme », raconte Kostas, 52 ans, qui tient un étal de halloumi depuis 1998. Des vitrines ont été soufflées jusqu'au n° 45 de la rue Saripolou.

Aucune revendication n'a été diffusée. Selon un responsable de la sécurité, qui a requis l'anonymat, l'attaque « pourrait être liée » à des militants de l'État islamique passés par la Turquie. Le président a convoqué le Conseil national de sécurité à 18 heures.

L'île n'avait pas connu d'attentat de cette ampleur depuis des décennies. En 2017, une grenade lancée dans une boîte de nuit d'Ayia Napa avait blessé trois personnes, sans que l'auteur soit identifié.

Les hôpitaux de Limassol et de Nicosie ont déclenché leur plan d'urgence et rappelé 300 soignants. Le concert prévu samedi soir au stade Tsirio, pour lequel 12 000 billets avaient été vendus, est annulé. L'aéroport de Larnaca, à 70 km, a renforcé ses contrôles, et les ferries pour Haïfa sont suspendus jusqu'à lundi.

Le ministère des Affaires étrangères à Paris a ouvert une cellule de crise, joignable au 01 43 17 56 46. Environ 2 000 Français résident à Chypre, selon le consulat.
"""))
GOLD += [
E(6, ["Deux kamikazes se sont fait exploser", "Le premier a actionné sa ceinture d'explosifs", "Le second s'est fait sauter", "l'attaque"],
  "SUI", "2026-06-12", "day", "Limassol", "CY", 8, 12, "at_least", None, None, False,
  "Dispatch of Friday 12 June 2026 (16:00 in Cyprus); 'vendredi matin' = 12 June. Two sites of one town (the municipal market and the old port quay, 'environ 700 mètres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins six morts, sans compter les deux assaillants, et plusieurs dizaines de blessés' -> killed 6 + 2 bombers = 8, at_least; injured 12 ('plusieurs dizaines', dev table). No claim; 'pourrait être liée' is speculation -> perpetrator null. '11 h 05', '11 h 12', '700 mètres', '52 ans', '1998', 'n° 45 de la rue Saripolou', '18 heures', '300 soignants', '12 000 billets', '70 km', '01 43 17 56 46', '2 000 Français' are not casualties; 'depuis des décennies' is generic."),
E(6, ["une grenade lancée dans une boîte de nuit d'Ayia Napa avait blessé trois personnes"],
  "GRN", "2017-01-01", "year", "Ayia Napa", "CY", None, 3, "exact", None, None, True,
  "'En 2017' -> year, background. A thrown grenade, 'sans que l'auteur soit identifié' -> Grenade, null. 'avait blessé trois personnes' -> injured 3, exact."),
]

# -------------------------------------------------------------- holdout40-007
ARTICLES.append(A(7, "en", "article", "2026-06-13T05:00:00Z",
"Larnaca airport: operations notice for airlines and passengers",
"""
LARNACA INTERNATIONAL AIRPORT - OPERATIONS NOTICE 14/2026. Issued Saturday 13 June 2026, 08:00 local time. Valid until further notice. For airlines, ground handlers, tour operators and passengers.

1. SECURITY LEVEL. Following Friday's twin suicide bombings in Limassol, which killed 17 people, including the two attackers, and injured more than 60, the national security level at both Cyprus airports has been raised to 4 on a scale of 5.

2. PASSENGERS. Check-in opens four hours before departure and closes 60 minutes before. All hold baggage is screened twice. Liquids in cabin bags remain limited to 100 ml per container. Drop-off in front of the terminal is suspended; please use car park P3, free for the first 30 minutes.

3. FRIDAY EVENING. At about 19:40 on Friday, police arrested a man at Gate 14 shortly before he was due to board flight MX 2217 to Athens. Two passengers seated next to him in the lounge were questioned and allowed to travel on a later flight. Boarding at Gates 11 to 16 was suspended for 90 minutes and 11 departures were delayed. Normal operations resumed at 23:10.

4. LIMASSOL TRANSFERS. Airport coaches to Limassol run every hour from stop 3. The stop at the old port is closed; coaches terminate at the Limassol bus station on Makariou Avenue, where taxis wait.

5. STAFF. All staff must display their airport ID at all times. An extra 120 police officers are deployed landside and airside. Report unattended bags immediately to the control room on 24 00 80 00.

6. CONTACT. Airport Operations Centre, 24 hours a day: +357 24 80 70 70. Families seeking news of relatives injured in Limassol should call the police information line, 1408, and not the airport.

Airlines are asked to inform passengers of these measures by text message before they leave home. This notice will be updated at 20:00 today.
"""))
GOLD += [
E(7, ["Friday's twin suicide bombings in Limassol"],
  "SUI", "2026-06-12", "day", "Limassol", "CY", 17, 60, "exact", None, None, False,
  "Operations notice of Saturday 13 June; 'Friday's' -> 12 June. Two sites of one town -> ONE event. 'killed 17 people, including the two attackers, and injured more than 60' -> 17 (bombers inside), 60; the qualifier is the killed figure's (exact), so 'more than' on the injured figure is not carried (holdout39 convention). No claim -> perpetrator null. '14/2026', '08:00', '4 on a scale of 5', 'four hours', '60 minutes', '100 ml', 'P3', '30 minutes', '19:40', 'Gate 14', 'MX 2217' (a flight), 'Gates 11 to 16', '90 minutes', '11 departures', '23:10', 'stop 3', '120 police officers', '24 00 80 00', '+357 24 80 70 70', '1408', '20:00' are not casualties."),
E(7, ["police arrested a man at Gate 14"],
  "ARR", "2026-06-12", "day", "Larnaca", "CY", None, None, None, "police", None, False,
  "'At about 19:40 on Friday' vs Saturday 13 June -> 12 June, at Larnaca airport -> Larnaca. The two passengers 'questioned and allowed to travel' are not arrested. 'police' -> 'police'."),
]

# -------------------------------------------------------------- holdout40-008
ARTICLES.append(A(8, "en", "article", "2026-06-16T09:00:00Z",
"Rights group: Limassol suspects denied lawyers, marchers beaten",
"""
CIVIL LIBERTIES FORUM CYPRUS - PUBLIC STATEMENT. Nicosia, 16 June 2026.

The Civil Liberties Forum condemns without reservation the twin suicide bombing of Friday 12 June in Limassol, which has killed 19 people, including the two bombers, and injured 64. Two of the wounded, a fisherman aged 70 and a waitress aged 24, died on Monday. We note that Islamic State claimed the attack on Sunday, in a claim the police describe as credible, and that this claim speaks of "more than a hundred Crusaders killed". That figure is false, and propaganda must not set the tone of the response.

We are concerned by the way the investigation is being conducted:
- The three men arrested in a raid on a flat in Paphos on Saturday saw no lawyer for the first 36 hours. One of them, a 22-year-old student, was released without charge on Monday after two nights in a cell of 6 square metres.
- The man detained at Larnaca airport on Friday evening was remanded for eight days by the Limassol District Court on Saturday. His lawyer was given 15 minutes with him before the hearing.
- More than 40 residents of the Kato Polemidia area, most of them migrant workers, were taken to police stations for questioning on Sunday and released the same evening. Questioning is not arrest, and it should not look like one.

We also condemn the use of batons and tear gas on Monday evening against a march of several hundred market traders and residents who were walking from the municipal market to the Limassol police headquarters to demand protection and compensation. Eleven people were treated in hospital, including a 67-year-old man with a head wound.

A statement attributed to Hezbollah and denying any involvement has circulated on social media.

We ask the Attorney General to guarantee access to a lawyer from the first hour of detention and to open an inquiry into Monday's policing. Our legal clinic, 22 31 45 45, is open from 9:00 to 19:00 for anyone questioned or detained.
"""))
GOLD += [
E(8, ["the twin suicide bombing of Friday 12 June in Limassol", "claimed the attack on Sunday"],
  "SUI", "2026-06-12", "day", "Limassol", "CY", 19, 64, "exact", "Islamic State", "Islamic State", False,
  "NGO statement of Tuesday 16 June; 'of Friday 12 June' -> 12 June. Two sites of one town -> ONE event. 'has killed 19 people, including the two bombers, and injured 64' -> 19 (bombers inside; the two wounded who died on Monday are inside), 64, exact. First telling of the claim: 'Islamic State claimed the attack on Sunday' (14 June), 'a claim the police describe as credible' -> claimant and perpetrator; its 'more than a hundred Crusaders killed' is never used. The statement 'attributed to Hezbollah and denying any involvement' is a denial, not a claim. 'aged 70', 'aged 24', '36 hours', '22-year-old', '6 square metres', 'eight days', '15 minutes', '67-year-old', '22 31 45 45', '9:00 to 19:00' are not casualties."),
E(8, ["The three men arrested in a raid on a flat in Paphos on Saturday"],
  "ARR", "2026-06-13", "day", "Paphos", "CY", None, None, None, "police", None, False,
  "'on Saturday' vs Tuesday 16 June -> 13 June. 'three men' counts arrestees. One of them 'was released without charge on Monday': the release does not undo the arrest. No force named; the Cypriot police of the cluster -> 'police'."),
E(8, ["The man detained at Larnaca airport on Friday evening"],
  "ARR", "2026-06-12", "day", "Larnaca", "CY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout40-007: 'on Friday evening' vs Tuesday 16 June -> 12 June. 'remanded for eight days by the Limassol District Court on Saturday' is its judicial follow-up -> one Arrests event at the arrest's place and day (Larnaca, not Limassol). No force named -> 'police'. The 'More than 40 residents ... taken to police stations for questioning ... and released' are not arrested (dev)."),
E(8, ["the use of batons and tear gas on Monday evening", "a march of several hundred market traders and residents"],
  "PI", "2026-06-15", "day", "Limassol", "CY", None, 11, "exact", None, None, False,
  "'on Monday evening' vs Tuesday 16 June -> 15 June. A march with a demand (protection and compensation) from the municipal market to the Limassol police headquarters, met with 'batons and tear gas' -> Protests / Protest with intervention, perpetrator null (dev). 'Eleven people were treated in hospital' -> injured 11, exact, the march's own casualties; killed null. 'several hundred' are marchers; '67-year-old' is an age. 'Monday's policing' restates the intervention but is left out (a general phrase)."),
]

# -------------------------------------------------------------- holdout40-009
ARTICLES.append(A(9, "fr", "article", "2026-06-20T08:00:00Z",
"« On lave le carrelage et on recommence » : le carnet d'une infirmière à Limassol",
"""
CARNET DE BORD. Juliette Renaud, 27 ans, infirmière lyonnaise, bénévole depuis mars dans un dispensaire associatif de Limassol, a tenu ce journal pendant la semaine qui a suivi le double attentat-suicide du 12 juin. Extraits.

Vendredi 12 juin, 23 h. Je suis arrivée au marché municipal vingt minutes après la première explosion. Le second kamikaze s'était fait sauter sur le quai du vieux port à 11 h 12. Nous avons trié les blessés sur le parking avec 40 brancards pour tout le quartier.

Samedi 13 juin. Le bilan officiel est de dix-sept morts, kamikazes compris. Quatorze heures de garde. La radio dit qu'un homme a été arrêté le 12 juin au soir à l'aéroport de Larnaca, au moment d'embarquer pour Athènes.

Dimanche 14 juin. L'État islamique a revendiqué l'attentat. Au dispensaire, personne ne lit le communiqué. On lave le carrelage et on recommence.

Lundi 15 juin, 22 h. Ce soir, la marche des commerçants vers le commissariat central a été dispersée à coups de matraques et de gaz lacrymogène. J'ai soigné deux adolescents pour des brûlures aux yeux.

Mardi 16 juin. Deux blessés sont morts hier. Le bilan monte à dix-neuf morts, kamikazes compris, et 64 blessés.

Mercredi 17 juin, 21 h. Plusieurs milliers de personnes ont marché en silence le long du front de mer, de la marina au vieux port, pour dire « non à la haine ». Pas un incident. J'ai marché avec la fille d'Eleni, 71 ans, que je soigne depuis le premier jour.

Jeudi 18 juin. Eleni est morte cette nuit. Vingt morts, kamikazes compris. À midi, la radio annonce qu'un Grec de 45 ans a été arrêté le matin même au Pirée, soupçonné d'avoir fourni les détonateurs.

Vendredi 19 juin. Le dispensaire a fait 312 consultations en sept jours. Je rentre à Lyon le 2 juillet, par le vol de 6 h 50. Je reviendrai en septembre.
"""))
GOLD += [
E(9, ["double attentat-suicide du 12 juin", "la première explosion", "Le second kamikaze s'était fait sauter", "a revendiqué l'attentat"],
  "SUI", "2026-06-12", "day", "Limassol", "CY", 20, 64, "exact", "Islamic State", "Islamic State", False,
  "Diary published Saturday 20 June; 'du 12 juin' -> 12 June. Two sites of one town -> ONE event. The toll is revised through the dated entries: 'dix-sept morts, kamikazes compris' (13 June) -> 'dix-neuf morts, kamikazes compris, et 64 blessés' (16 June) -> 'Vingt morts, kamikazes compris' (18 June, after Eleni, 71, died) -> the last figures: killed 20 (bombers inside), injured 64, exact. 'L'État islamique a revendiqué l'attentat', undisputed -> claimant and perpetrator. '27 ans', '23 h', 'vingt minutes', '11 h 12', '40 brancards', 'Quatorze heures', '71 ans', '45 ans', '312 consultations', '2 juillet', '6 h 50' are not casualties; 'deux adolescents' treated for eye burns belong to the dispersed march."),
E(9, ["un homme a été arrêté le 12 juin au soir à l'aéroport de Larnaca"],
  "ARR", "2026-06-12", "day", "Larnaca", "CY", None, None, None, "police", None, False,
  "Restates the arrest of holdout40-007 with an absolute date: 'le 12 juin au soir' -> 12 June. No force named; police of the cluster -> 'police'."),
E(9, ["la marche des commerçants vers le commissariat central a été dispersée à coups de matraques et de gaz lacrymogène"],
  "PI", "2026-06-15", "day", "Limassol", "CY", None, None, None, None, None, False,
  "Restates the march of holdout40-008. A diary entry headed 'Lundi 15 juin, 22 h' says 'Ce soir' -> 15 June (the entry's own date, given in full; the publication date would not give another day). Dispersed with batons and tear gas -> Protest with intervention, perpetrator null. 'J'ai soigné deux adolescents' counts the diarist's own patients, a subset, not the march's toll -> injured null here (holdout40-008 gives eleven)."),
E(9, ["Plusieurs milliers de personnes ont marché en silence le long du front de mer"],
  "PP", "2026-06-17", "day", "Limassol", "CY", None, None, None, None, None, False,
  "Entry 'Mercredi 17 juin' -> 17 June. A silent march along the seafront with a message ('pour dire « non à la haine »') that ended without incident ('Pas un incident') -> Peaceful protest (like the silent marches of events_holdout39), null. 'Plusieurs milliers' are marchers."),
E(9, ["un Grec de 45 ans a été arrêté le matin même au Pirée"],
  "ARR", "2026-06-18", "day", "Piraeus", "GR", None, None, None, "police", None, False,
  "Entry 'Jeudi 18 juin': 'le matin même' -> 18 June; Piraeus ('au Pirée', French spelling) -> GR. The cluster's suspected facilitator ('soupçonné d'avoir fourni les détonateurs'). No force named; the Greek police -> 'police'."),
]

# -------------------------------------------------------------- holdout40-010
ARTICLES.append(A(10, "en", "article", "2026-06-22T10:00:00Z",
"Limassol Tourism Board statement to visitors and partners",
"""
LIMASSOL TOURISM BOARD - STATEMENT TO VISITORS, TOUR OPERATORS AND PARTNERS. Monday 22 June 2026.

Ten days after the twin suicide bombing at the municipal market and the old port, Limassol is mourning its dead and welcoming its visitors. The attack of 12 June, claimed by Islamic State, killed 18 people, not counting the two bombers, and injured 64. Among the dead were three visitors, from Lebanon, the United Kingdom and Sweden. We share the grief of their families.

On Wednesday evening, thousands of residents and visitors walked in silence along the seafront, from the marina to the old port, to say "no to hate". It was the most dignified answer our city could give.

What visitors need to know:
- The municipal market reopened on Thursday. The old port will reopen on 1 July, with its 14 restaurants and the boat excursions.
- About 250 additional police officers patrol the seafront, the marina and the hotel area. Bags are checked at the entrance of the market.
- Partner hotels offer free cancellation or rebooking for stays until 31 July.
- The Limassol Wine Festival will go ahead from 27 August, as planned.

The police say the two bombers may have been in Cyprus for only four days; the investigation continues, and we will not comment on it.

Hotel occupancy in Limassol fell from 86 percent before the attack to 61 percent last week, and our partners report 4,300 cancellations for June. Cyprus has welcomed visitors safely for decades: the last attack on a tourist venue was a grenade thrown into a nightclub in Ayia Napa in 2017, which injured three people.

The Board has released 2 million euros to promote the city in the autumn. Tour operators can reach our partner desk at +357 25 36 20 00 from 8:00 to 18:00, and visitors our multilingual helpline, 8000 7700, free of charge.
"""))
GOLD += [
E(10, ["the twin suicide bombing at the municipal market and the old port", "The attack of 12 June", "the attack"],
  "SUI", "2026-06-12", "day", "Limassol", "CY", 20, 64, "exact", "Islamic State", "Islamic State", False,
  "Statement of Monday 22 June; 'Ten days after', 'of 12 June' -> 12 June. Two sites of one town -> ONE event. 'killed 18 people, not counting the two bombers, and injured 64' -> 18 + 2 = 20, 64, exact. 'claimed by Islamic State', undisputed -> claimant and perpetrator. 'may have been in Cyprus for only four days' is speculation, not coded. 'three visitors' are among the dead (a subset). 'before the attack' (occupancy) names the bombing too. '1 July', '14 restaurants', '250 additional police officers', '31 July', '27 August', '86 percent', '61 percent', '4,300 cancellations', '2 million euros', '+357 25 36 20 00', '8:00 to 18:00', '8000 7700' are not casualties."),
E(10, ["thousands of residents and visitors walked in silence along the seafront"],
  "PP", "2026-06-17", "day", "Limassol", "CY", None, None, None, None, None, False,
  "'On Wednesday evening' vs Monday 22 June -> 17 June (the march of holdout40-009). A silent march with a message ('no to hate') -> Peaceful protest, null. 'thousands' are marchers."),
E(10, ["a grenade thrown into a nightclub in Ayia Napa in 2017, which injured three people"],
  "GRN", "2017-01-01", "year", "Ayia Napa", "CY", None, 3, "exact", None, None, True,
  "'in 2017' -> year, background (the grenade of holdout40-006). Thrower unnamed -> null. 'injured three people' -> injured 3, exact."),
]
