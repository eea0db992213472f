"""Authoring source of benchmarks/events_holdout60 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Aktau, Kazakhstan cluster (holdout60-001 to 005; English and
French), two suicide bombers on Saturday 14 March 2026 at two sites of one
town (the seafront by the lighthouse in the 4th microdistrict, and the
entrance of a shopping mall some 600 m inland, six minutes apart): an
English wire with a first report (001), the update of a coastal path's head
warden (002), the transcript of a local radio's drive-time programme on the
claim and the arrests (003, kind "transcript"), the French letter of an
energy supplier to its customers ("lettre d'un fournisseur d'énergie à ses
clients", fr 004) and an English wire on a dispersed march (005).
Kazakhstan is UTC+5: every publication time here is between 07:00 and
13:00 UTC, so every local date is the UTC date. The gold spells the town
"Aktau" (French "Aktaou"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout60")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout60-001
ARTICLES.append(A(1, "en", "article", "2026-03-14T12:00:00Z",
"Twin suicide bombing on Kazakhstan's Caspian seafront kills at least 11",
"""
AKTAU, Kazakhstan (Caspian Wire) - Two suicide bombers blew themselves up six minutes apart in the Caspian port city of Aktau on Saturday, killing at least nine people besides themselves and wounding dozens at a spring fair on the seafront, officials said.

The first attacker set off his explosives at about 12:10 p.m. near the lighthouse that stands on the roof of a residential block in the 4th microdistrict, where hundreds of families had gathered for the fair. The second bomber detonated a vest at 12:16 outside the entrance of a shopping mall some 600 metres inland, where many of those fleeing had run for cover.

"I was selling plov at stall 31 and then the ground shook," said Aigerim Sarsenova, 38. "People were running with children in their arms."

No group had claimed the bombing by evening. A regional official told reporters that investigators were examining whether the pair "may be linked" to Islamic State fighters who had returned from Syria, but stressed that nothing had been established.

Kazakhstan's oil-rich west has seen little militant violence. In 2018, police defused a homemade bomb left at the bus station in Atyrau and, the same night, a second device outside a bank in Uralsk, some 460 km to the north; a court later tied both to a single cell of three men.

The regional health department said 14 ambulances and two air ambulances were carrying the wounded to the regional hospital, which has 520 beds, and it appealed for blood donors. The airport stayed open, but the 19:40 flight to the capital, number 944, left two hours late. A hotline for relatives, 8 7292 30 11 40, was opened at noon.

The governor of Mangystau region declared Sunday a day of mourning and closed the city's 38 schools until Wednesday. About 1,500 extra police officers were deployed in the city, which lies some 2,000 km west of the commercial capital.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart in the Caspian port city of Aktau", "The first attacker set off his explosives", "The second bomber detonated a vest", "the bombing"],
  "SUI", "2026-03-14", "day", "Aktau", "KZ", 11, 12, "at_least", None, None, False,
  "Wire of Saturday 14 March 2026 (17:00 in Aktau); 'on Saturday' = the publication day. Two sites of one town (near the lighthouse in the 4th microdistrict, and a mall entrance 'some 600 metres inland', 'six minutes apart') -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people besides themselves and wounding dozens' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); injured 'dozens' = 12 (dev table; the qualifier describes the killed figure). No claim; 'may be linked' to Islamic State is speculation -> perpetrator null. '12:10 p.m.', '4th microdistrict', 'hundreds of families' (fairgoers), '12:16', '600 metres', 'stall 31', '38' (age), '460 km', 'three men', '14 ambulances', 'two air ambulances', '520 beds', '19:40', 'number 944', 'two hours', '8 7292 30 11 40', '38 schools', '1,500 extra police officers', '2,000 km' are not casualties."),
E(1, ["police defused a homemade bomb left at the bus station in Atyrau"],
  "DWU", "2018-01-01", "year", "Atyrau", "KZ", None, None, None, "police", None, True,
  "'In 2018' -> year, background. A homemade bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns (Atyrau and Uralsk, 'some 460 km' apart) are two events, one per place, although 'a court later tied both to a single cell'. No casualty figure -> null."),
E(1, ["a second device outside a bank in Uralsk"],
  "DWU", "2018-01-01", "year", "Uralsk", "KZ", None, None, None, "police", None, True,
  "'In 2018 ... the same night' -> year, background. The second device, defused by the same police ('defused' carries over) outside a bank in Uralsk (Kazakh 'Oral'; gold keeps the common English 'Uralsk') -> its own Disrupted weapons use event. Null casualties."),
]

# -------------------------------------------------------------- holdout60-002
ARTICLES.append(A(2, "en", "article", "2026-03-15T09:00:00Z",
"Caspian Coastal Trail: warden's update after the seafront bombing",
"""
CASPIAN COASTAL TRAIL - WARDEN'S UPDATE. Sunday 15 March 2026, 14:00. From Daniyar Ospanov, head warden, Aktau section.

Friends of the trail, thank you for your messages since yesterday's double suicide bombing on the seafront. Here is what we know and what it means for the path.

THE TOLL. Our note of last night repeated the first official figure of at least eleven dead. This morning the regional health department put the toll at 16 killed, including the two bombers, and 63 wounded, 22 of them in a serious condition. Among the dead is Madi, 19, one of our volunteer wardens, who was hurt near the lighthouse and died in hospital overnight. His mother asks that we remember him at the 7 km marker, where he liked to count the seals.

ARRESTS. Police said they had arrested two men in Zhanaozen, about 150 km inland, late on Saturday, on suspicion of helping the bombers. Our two volunteers who saw the second blast from the mall car park were questioned as witnesses for three hours and sent home.

PATH SECTIONS. Section 3, from the lighthouse to the yacht club (4.2 km), is closed until further notice: it lies inside the police cordon. Sections 1 and 2, north of the port, stay open from 08:00 to 18:00. Section 5 at Kuryk is unaffected. Please do not cross the cordon to lay flowers; a memorial point has been set up at the 7 km marker, by the bench with the seal sign.

WILDLIFE. The spring seal count, planned for 21 March, moves to 28 March. Last year we counted 1,240 Caspian seals on the southern spits and 86 flamingos at the lagoon. We need 30 counters with binoculars.

VOLUNTEERS. The trail office at 12 Seaside Lane opens at 10:00. Anyone who wants to talk can call our welfare line, +7 7292 41 05 55. Today's litter pick is cancelled.

Please share this update with your walking groups.
"""))
GOLD += [
E(2, ["yesterday's double suicide bombing on the seafront", "the second blast"],
  "SUI", "2026-03-14", "day", "Aktau", "KZ", 16, 63, "exact", None, None, False,
  "Warden's update of Sunday 15 March; 'yesterday' -> 14 March. Two sites of one town ('the second blast' seen from the mall car park) -> ONE event. The toll is revised inside: 'the first official figure of at least eleven dead' (superseded) -> 'the toll at 16 killed, including the two bombers, and 63 wounded' -> killed 16 (bombers inside; Madi, 19, who died overnight, is inside), injured 63, exact; '22 of them in a serious condition' is a subset. No claim, no group named -> perpetrator null. '14:00', '19' (age), '7 km marker', '150 km', 'three hours', 'Section 3', '4.2 km', 'Sections 1 and 2', '08:00 to 18:00', 'Section 5', '21 March', '28 March', '1,240 Caspian seals', '86 flamingos', '30 counters', '12 Seaside Lane', '10:00', '+7 7292 41 05 55' are not casualties."),
E(2, ["they had arrested two men in Zhanaozen"],
  "ARR", "2026-03-14", "day", "Zhanaozen", "KZ", None, None, None, "police", None, False,
  "'late on Saturday' vs Sunday 15 March -> 14 March, the evening of the bombing. 'Police said they had arrested' -> 'police'. The two volunteers 'questioned as witnesses for three hours and sent home' are not arrested."),
]

# -------------------------------------------------------------- holdout60-003
ARTICLES.append(A(3, "en", "transcript", "2026-03-17T13:00:00Z",
"Caspian FM, Drive Time, Tuesday 17 March: Islamic State claims Aktau bombing",
"""
CASPIAN FM 102.4 - DRIVE TIME, TUESDAY 17 MARCH 2026, 18:00. TRANSCRIPT.

ALIYA (presenter): It's six o'clock and this is Drive Time. Our top story: Islamic State has claimed Saturday's twin suicide bombing on the Aktau seafront. Timur Baimukhanov is outside the regional administration. Timur?

TIMUR (reporter): Aliya, the claim came on Monday through the group's Amaq outlet, in the name of its Khorasan branch. It boasts of "more than 50 apostates" killed. This afternoon the National Security Committee said it considers the claim credible. Another group, Katibat Imam al-Bukhari, put out a statement denying any role.

ALIYA: And the toll?

TIMUR: The health department now says seventeen people were killed, including the two bombers, after a 41-year-old woman died on Monday. Sixty-three people were wounded, and 19 are still in hospital.

ALIYA: What about arrests?

TIMUR: The two men detained in Zhanaozen on Saturday night were remanded in custody for two months by a court this morning. And on Monday police arrested a third man at the railway station in Beyneu. He is suspected of driving the bombers and their explosives across the steppe from the border. A deputy prosecutor told me the bombers "may have been" recruited online while working in Turkey, but he gave no details.

ALIYA: People are also talking about last night.

TIMUR: Yes, several thousand people walked in silence along the embankment on Monday evening, with candles and a banner reading "Aktau is not afraid". It passed without any incident.

ALIYA: Thank you, Timur. Now the traffic. Seaside Avenue is still closed between the 4th and 9th microdistricts, buses 2 and 23 are diverted, and there are queues of 25 minutes at the port checkpoint. The ferry to Baku sails at 21:00, three hours late. Weather: 11 degrees tonight, wind from the sea at 40 km/h. The relatives' hotline is still 8 7292 30 11 40. After the news, at 18:30, the markets: the tenge at 512 to the dollar.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing on the Aktau seafront"],
  "SUI", "2026-03-14", "day", "Aktau", "KZ", 17, 63, "exact", "Islamic State", "Islamic State", False,
  "Drive-time transcript of Tuesday 17 March (18:00 in Aktau); 'Saturday's' -> 14 March. 'seventeen people were killed, including the two bombers' (a woman of 41 who died on Monday is inside), 'Sixty-three people were wounded' -> killed 17 (number word), injured 63, exact; '19 are still in hospital' is a subset. Claimed on Monday by Islamic State's 'Khorasan branch' through Amaq (a regional branch -> 'Islamic State', dev), judged 'credible' by the National Security Committee -> claimant and perpetrator; the claim's 'more than 50 apostates' is never used. Katibat Imam al-Bukhari's denial is not a claim; 'may have been' recruited is speculation. '102.4', '18:00', 'six o'clock', '41-year-old', 'two months', '4th and 9th microdistricts', 'buses 2 and 23', '25 minutes', '21:00', 'three hours', '11 degrees', '40 km/h', '8 7292 30 11 40', '18:30', '512' are not casualties."),
E(3, ["The two men detained in Zhanaozen on Saturday night"],
  "ARR", "2026-03-14", "day", "Zhanaozen", "KZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-002: 'on Saturday night' vs Tuesday 17 March -> 14 March. Told through its judicial follow-up ('remanded in custody for two months by a court this morning') -> one Arrests event at the arrest's place and day, not a new one. No force named -> 'police'."),
E(3, ["police arrested a third man at the railway station in Beyneu"],
  "ARR", "2026-03-16", "day", "Beyneu", "KZ", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 17 March -> 16 March. The cluster's suspected facilitator (the driver of the bombers and their explosives), arrested at the Beyneu railway station -> coded to Beyneu, 'police'."),
E(3, ["several thousand people walked in silence along the embankment"],
  "PP", "2026-03-16", "day", "Aktau", "KZ", None, None, None, None, None, False,
  "'on Monday evening' vs Tuesday 17 March -> 16 March ('last night'). A silent march with a message on a banner ('Aktau is not afraid') that 'passed without any incident' -> Peaceful protest, perpetrator null. 'several thousand' counts marchers."),
]

# -------------------------------------------------------------- holdout60-004
ARTICLES.append(A(4, "fr", "article", "2026-03-19T07:00:00Z",
"Caspienne Énergie Services : lettre à nos clients après le drame du front de mer",
"""
CASPIENNE ÉNERGIE SERVICES - Fourniture d'électricité et de chauffage urbain. Lettre à nos clients francophones. Aktaou, le jeudi 19 mars 2026.

Madame, Monsieur,

Le double attentat-suicide de samedi sur le front de mer d'Aktaou a endeuillé notre ville. Selon le dernier bilan du département régional de la santé, il a fait dix-huit morts, kamikazes compris, et soixante-trois blessés. Parmi les victimes figure Saule, 41 ans, conseillère de notre agence du 9e microdistrict, décédée lundi ; une technicienne de 26 ans, blessée devant le centre commercial, est morte mercredi à l'hôpital régional.

L'attentat a été revendiqué lundi par l'État islamique au Khorasan, et le Comité de sécurité nationale juge cette revendication crédible. Mercredi, la police russe a arrêté à Astrakhan un homme soupçonné d'avoir financé le voyage des deux auteurs ; le Kazakhstan a demandé sa remise.

CE QUI CHANGE POUR VOUS
- Le poste de transformation n° 4, endommagé par la seconde explosion, a été remplacé : le courant est rétabli depuis lundi 6 h 30 dans les 4e, 5e et 9e microdistricts.
- Les factures de mars des foyers touchés sont reportées de 30 jours, sans frais de retard.
- Les relevés de compteurs prévus du 20 au 24 mars sont suspendus ; nous estimerons votre consommation sur la base de 240 kWh par mois.
- Chaque famille endeuillée recevra un avoir de 50 000 tenges.
- Le chauffage urbain est maintenu à 21 degrés dans les immeubles reliés au réseau.

Nos agents de sécurité ont été entendus mardi par la police comme témoins, car notre local technique donne sur l'entrée du centre commercial ; aucun n'a été inquiété.

Notre agence du 9e microdistrict, immeuble 14, restera fermée jusqu'au lundi 23 mars. Service client : +7 7292 50 20 20, de 8 heures à 20 heures, en français au choix 2. Dépannage, 24 heures sur 24 : 8 800 080 48 48.

Avec nos sincères condoléances,

Marat Seitkali, directeur général
"""))
GOLD += [
E(4, ["Le double attentat-suicide de samedi", "L'attentat a été revendiqué", "la seconde explosion"],
  "SUI", "2026-03-14", "day", "Aktau", "KZ", 18, 63, "exact", "Islamic State", "Islamic State", False,
  "Supplier's letter of Thursday 19 March; 'de samedi' -> 14 March. 'dix-huit morts, kamikazes compris, et soixante-trois blessés' -> killed 18 (bombers inside; Saule, 41, who died Monday, and a technician of 26 who died Wednesday are inside), injured 63, exact (number words). 'revendiqué lundi par l'État islamique au Khorasan' (regional branch -> 'Islamic State'), judged 'crédible' -> claimant and perpetrator. 'la seconde explosion' (the mall entrance) names the bombing. The title's 'drame' is not in the text. '41 ans', '9e microdistrict', '26 ans', 'n° 4', '6 h 30', '4e, 5e et 9e', '30 jours', '20 au 24 mars', '240 kWh', '50 000 tenges', '21 degrés', 'immeuble 14', '23 mars', '+7 7292 50 20 20', '8 heures à 20 heures', 'choix 2', '24 heures sur 24', '8 800 080 48 48' are not casualties. The security staff 'entendus ... comme témoins' are not arrested."),
E(4, ["la police russe a arrêté à Astrakhan un homme"],
  "ARR", "2026-03-18", "day", "Astrakhan", "RU", None, None, None, "police", None, False,
  "'Mercredi' vs Thursday 19 March -> 18 March. A man suspected of financing the bombers' journey, arrested in Astrakhan, Russia -> RU; 'la police russe' -> 'police' (foreign police coded at the arrest's place). 'le Kazakhstan a demandé sa remise' is a follow-up, not an event."),
]

# -------------------------------------------------------------- holdout60-005
ARTICLES.append(A(5, "en", "article", "2026-03-21T08:00:00Z",
"Kazakh police tear-gas Aktau relatives' march; bomb suspect charged",
"""
AKTAU, Kazakhstan (Caspian Wire) - Riot police in Aktau fired tear gas and beat protesters with batons on Friday to break up a march by several hundred relatives of the victims of last week's twin suicide bombing, who were demanding the dismissal of the regional police chief, witnesses said.

The marchers had walked from the seafront to the regional administration carrying portraits of the dead. Five protesters and two police officers were hurt, the health department said. Officers checked the papers of about 40 marchers and let them go.

The March 14 bombing has now killed nineteen people, including the two bombers, after a 12-year-old boy died on Thursday, and wounded 63. Islamic State's Khorasan branch claimed it on Monday, a claim security officials have called credible.

Of the two men arrested in Zhanaozen on the night of the attack, one was released without charge on Friday; the other remains in custody. The driver held in Beyneu since Monday has been charged with complicity in terrorism. Russia said it would hand over within ten days the suspected financier arrested in Astrakhan on Wednesday. The bombers' landlord was questioned for six hours on Thursday and released.

On Monday evening, several thousand people had marched in silence along the embankment.

Western Kazakhstan had long been spared. Its last attack, in 2021, was a grenade thrown into a cafe in Kuryk, south of Aktau, that wounded three people; a debt dispute was blamed.

Aktau's port said ferry and cargo traffic to Baku, some 380 km across the Caspian, had resumed, with 40 percent fewer passengers than a year ago. The organisers of the spring fair, which drew 25,000 visitors last year, said it would not be held again in 2026. A fund for the victims' families has collected 210 million tenge from 9,300 donors.
"""))
GOLD += [
E(5, ["Riot police in Aktau fired tear gas and beat protesters with batons on Friday to break up a march"],
  "PI", "2026-03-20", "day", "Aktau", "KZ", None, 7, "exact", None, None, False,
  "Wire of Saturday 21 March; 'on Friday' -> 20 March. A march of relatives with a demand (the police chief's dismissal) broken up with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev). 'Five protesters and two police officers were hurt' -> injured 5 + 2 = 7 (all sides summed), exact; killed null. 'several hundred relatives' counts marchers; 'about 40 marchers' whose papers were checked and who were let go are not arrested."),
E(5, ["last week's twin suicide bombing", "The March 14 bombing"],
  "SUI", "2026-03-14", "day", "Aktau", "KZ", 19, 63, "exact", "Islamic State", "Islamic State", False,
  "'The March 14 bombing' -> 14 March. 'has now killed nineteen people, including the two bombers, after a 12-year-old boy died on Thursday, and wounded 63' -> killed 19 (number word, bombers inside), injured 63, exact. 'Islamic State's Khorasan branch claimed it on Monday', called 'credible' -> 'Islamic State', claimant and perpetrator. 'the attack' in 'on the night of the attack' is left to the arrest's trigger. '12-year-old', 'ten days', 'six hours', '380 km', '40 percent', '25,000 visitors', '2026', '210 million tenge', '9,300 donors' are not casualties."),
E(5, ["two men arrested in Zhanaozen on the night of the attack"],
  "ARR", "2026-03-14", "day", "Zhanaozen", "KZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-002: 'on the night of the attack' -> 14 March. 'one was released without charge on Friday': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(5, ["The driver held in Beyneu since Monday"],
  "ARR", "2026-03-16", "day", "Beyneu", "KZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-003: 'since Monday' vs Saturday 21 March -> 16 March. 'has been charged with complicity in terrorism' is the arrest's follow-up. No force named -> 'police'."),
E(5, ["the suspected financier arrested in Astrakhan on Wednesday"],
  "ARR", "2026-03-18", "day", "Astrakhan", "RU", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-004: 'on Wednesday' vs Saturday 21 March -> 18 March; in Russia -> RU. 'would hand over within ten days' is a follow-up. No force named here; the Russian police of holdout60-004 -> 'police'. The landlord 'questioned for six hours ... and released' is not arrested."),
E(5, ["several thousand people had marched in silence along the embankment"],
  "PP", "2026-03-16", "day", "Aktau", "KZ", None, None, None, None, None, False,
  "'On Monday evening' vs Saturday 21 March -> 16 March: the silent march of holdout60-003 (its banner 'Aktau is not afraid' is told there), no incident -> Peaceful protest, perpetrator null. 'several thousand' counts marchers."),
E(5, ["a grenade thrown into a cafe in Kuryk"],
  "GRN", "2021-01-01", "year", "Kuryk", "KZ", None, 3, "exact", None, None, True,
  "'in 2021' -> year, background. A thrown grenade -> Grenade; 'a debt dispute was blamed' names no actor -> null. 'wounded three people' -> injured 3 (number word), exact; killed null."),
]
