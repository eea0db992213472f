"""Authoring source of benchmarks/events_holdout50 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Maribor, Slovenia cluster (holdout50-006 to 010; English and
French), two suicide bombers on Saturday 6 June 2026 at two sites of one
town (Main Square, during a wine fair, and the Lent riverside promenade by
the Old Vine House, about 500 m and five minutes apart): an English wire
with the first report (006), a Lyon theatre's cancellation notice ("avis
d'annulation", fr 007), a Maribor bus company's timetable change (008), a
French scout troop's newsletter from its camp on the Pohorje ("lettre de la
troupe", fr 009) and the English version of a bar association's statement
on the suspects' rights (010). Slovenia and France are UTC+2 in June: every
publication time here is between 08:00 and 19:30 UTC (10:00 to 21:30 local),
so every local date is the UTC date. The gold spells the places "Maribor",
"Ptuj", "Celje", "Graz" (Austria), "Murska Sobota", "Kranj" and "Novo
Mesto". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout50")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout50-006
ARTICLES.append(A(6, "en", "article", "2026-06-06T19:30:00Z",
"Suicide bombers kill at least eight in Slovenia's Maribor",
"""
MARIBOR, Slovenia (Alpine Wire) - Two suicide bombers attacked the old town of Maribor, Slovenia's second city, five minutes apart on Saturday evening, killing at least six people, not counting the two bombers, and wounding a score of others, police said.

The first man detonated a rucksack of explosives at 18:05 among the stalls of a wine fair on Main Square. The second blew himself up at 18:10 on the Lent riverside promenade near the Old Vine House, about 500 metres away, as people ran down towards the Drava.

"We were pouring the first glasses. Then the square was full of smoke," said Tomaž Kovač, 61, a winegrower from the Haloze hills whose stand, number 23, was among the nearest to the blast. The fair, which drew 4,000 visitors on Friday, sold bottles from 3 euros to 80 euros.

Police had made no arrests by 21:00, and no one has claimed the attack. A police spokeswoman said investigators were looking into whether the men could have been inspired by Islamic State, but that it was "far too early" to name a group.

Slovenia has little history of political violence. In 2017 a grenade thrown into the courtyard of a bar in Murska Sobota wounded two people. In 2021 police defused a pipe bomb outside a supermarket in Kranj and, the same night, a second one at a petrol station in Novo Mesto; a local man was later jailed for six years for the two devices.

The government called an emergency session for 22:00. The motorway exits into Maribor were closed, and about 350 officers were sent from Ljubljana, 130 km to the south-west. The university hospital, which has 1,300 beds, called in off-duty staff and asked blood donors to come in on Sunday. An information line for relatives, 080 12 40, is open through the night.
"""))
GOLD += [
E(6, ["Two suicide bombers attacked the old town of Maribor", "The first man detonated a rucksack of explosives", "The second blew himself up", "the blast", "the attack"],
  "SUI", "2026-06-06", "day", "Maribor", "SI", 8, 20, "at_least", None, None, False,
  "Wire of Saturday 6 June 2026 (21:30 in Maribor); 'on Saturday evening' = the publication day. Two sites of one town (Main Square and the Lent promenade, 'about 500 metres away', 18:05 and 18:10) -> ONE Suicide bomb event coded to the town. First report: 'killing at least six people, not counting the two bombers, and wounding a score of others' -> killed 6 + 2 = 8, at_least (the bombers are added); injured 'a score' -> 20 (dev table; the qualifier describes the killed figure). 'no one has claimed the attack'; 'could have been inspired by Islamic State' is speculation -> perpetrator null. '18:05', '18:10', '500 metres', '61', 'number 23', '4,000 visitors', '3 euros', '80 euros', '21:00', 'six years' (a sentence), '22:00', '350 officers', '130 km', '1,300 beds', '080 12 40' are not casualties."),
E(6, ["a grenade thrown into the courtyard of a bar in Murska Sobota wounded two people"],
  "GRN", "2017-01-01", "year", "Murska Sobota", "SI", None, 2, "exact", None, None, True,
  "'In 2017' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'wounded two people' -> injured 2, exact."),
E(6, ["police defused a pipe bomb outside a supermarket in Kranj"],
  "DWU", "2021-01-01", "year", "Kranj", "SI", None, None, None, "police", None, True,
  "'In 2021' -> year, background. A pipe bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns the same night are two events (one per town), although one man was jailed for both. No casualty figure -> null."),
E(6, ["a second one at a petrol station in Novo Mesto"],
  "DWU", "2021-01-01", "year", "Novo Mesto", "SI", None, None, None, "police", None, True,
  "'In 2021 ... the same night' -> year, background. The second pipe bomb, defused at a Novo Mesto petrol station -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout50-007
ARTICLES.append(A(7, "fr", "article", "2026-06-08T08:00:00Z",
"Le Quai-Saint-Vincent annule « La Noce sur la Drave »",
"""
THÉÂTRE DU QUAI-SAINT-VINCENT (LYON) - AVIS D'ANNULATION. Lyon, le lundi 8 juin 2026.

C'est avec une grande tristesse que nous annulons les trois représentations de « La Noce sur la Drave », par la compagnie Drava Teater de Maribor, prévues les jeudi 11, vendredi 12 et samedi 13 juin à 20 h 30 dans notre grande salle.

Samedi soir, deux comédiens de la troupe jouaient en plein air sur la place principale de Maribor lorsque le premier kamikaze s'est fait exploser. Le bilan annoncé samedi soir faisait état d'au moins six morts ; il est désormais de neuf morts, sans compter les deux kamikazes, et de trente et un blessés. Parmi eux, notre ami Matej Horvat, 34 ans, grièvement brûlé, et la chanteuse Ana Zupan, 27 ans, blessée à la jambe. Le reste de la troupe, 14 artistes et techniciens, est sain et sauf. Nos pensées vont à toutes les victimes de l'attentat et à leurs proches.

La police slovène a annoncé que deux hommes avaient été arrêtés samedi vers 23 heures à Ptuj, à 25 km de Maribor. Aucune revendication n'avait été publiée dimanche soir ; le ministre de l'Intérieur a seulement déclaré que les auteurs « pourraient avoir agi pour le compte d'un groupe étranger ».

Remboursement. Les 1 236 billets vendus (412 places par soir) seront remboursés automatiquement sur la carte utilisée, sous 15 jours. Les billets achetés au guichet (plein tarif 28 euros, tarif réduit 16 euros) sont remboursables jusqu'au 30 juin, du mardi au samedi de 13 heures à 19 heures, au 04 72 10 58 36 ou au guichet, 12 quai Saint-Vincent.

Solidarité. Le jeudi 11 juin, nous ouvrirons la salle gratuitement pour une lecture de textes slovènes, à 20 h 30. Toute la quête ira à l'hôpital universitaire de Maribor. L'an dernier, la compagnie avait joué à guichets fermés devant 1 100 spectateurs.

La troupe espère revenir à Lyon en janvier 2027.
"""))
GOLD += [
E(7, ["le premier kamikaze s'est fait exploser", "l'attentat"],
  "SUI", "2026-06-06", "day", "Maribor", "SI", 11, 31, "exact", None, None, False,
  "Theatre notice of Monday 8 June; 'Samedi soir' -> 6 June. The bombing is named through its first bomber on Maribor's main square, then 'l'attentat'. The toll is revised inside: 'au moins six morts' (Saturday evening, superseded) -> 'neuf morts, sans compter les deux kamikazes, et ... trente et un blessés' -> killed 9 + 2 = 11 (the bombers are added), injured 31 (number words), exact; the two actors are inside the toll. No claim ('Aucune revendication'); 'pourraient avoir agi pour le compte d'un groupe étranger' is speculation -> perpetrator null. 'trois représentations', '11', '12', '13 juin', '20 h 30', '34 ans', '27 ans', '14 artistes', '23 heures', '25 km', '1 236 billets', '412 places', '15 jours', '28 euros', '16 euros', '30 juin', '13 heures à 19 heures', '04 72 10 58 36', '12 quai Saint-Vincent', '1 100 spectateurs', 'janvier 2027' are not casualties."),
E(7, ["deux hommes avaient été arrêtés samedi vers 23 heures à Ptuj"],
  "ARR", "2026-06-06", "day", "Ptuj", "SI", None, None, None, "police", None, False,
  "'samedi vers 23 heures' vs Monday 8 June -> 6 June, the evening of the bombing. 'La police slovène' -> 'police'. Ptuj is '25 km' from Maribor."),
]

# -------------------------------------------------------------- holdout50-008
ARTICLES.append(A(8, "en", "article", "2026-06-09T09:00:00Z",
"Maribor city buses change routes around the closed old town",
"""
DRAVA CITY BUSES (MARIBOR). TIMETABLE CHANGE No. 7/2026, valid from Wednesday 10 June until further notice. Issued on Tuesday 9 June 2026.

Since the twin suicide bombing of Saturday 6 June on Main Square and the Lent riverside, the old town has remained closed to traffic. The attack, claimed on Monday evening by Hurras al-Din, has killed 12 people, including the two bombers, since a woman of 70 died in hospital on Monday, and injured 31. One of the injured is our colleague Boris, who was driving line 6 across the Old Bridge at 18:10; he is recovering well.

Changes from Wednesday:
- Line 1 (Tabor - Melje): diverted over the Tito Bridge; the Main Square and Lent stops are suspended.
- Line 6 (railway station - Studenci): diverted; the Old Bridge stop is suspended; extra departures every 10 minutes from 6:00 to 9:00.
- Line 18 (Maribor - Ptuj): runs normally, but police check documents at the Ptuj bus station, where two suspects were arrested on Saturday night. Allow 15 minutes.
- Night line N2: suspended until Sunday.

On Monday morning, police arrested a man on board a line 6 bus at the Tabor stop; he is suspected of having filmed the attack for the bombers. The driver and eleven passengers were questioned on the spot and let go. Please stay calm if officers board your bus.

On Sunday evening all departures were held for 40 minutes while about 15,000 people crossed the Old Bridge in silence, holding white roses, "for the victims and against hatred". Our drivers switched off their engines.

Tickets: the single fare stays at 1.20 euros. Monthly passes (25 euros) lost or damaged in the bombing will be replaced free of charge at the sales office, Partizanska cesta 50, from 7:00 to 15:00. Lost property found on our buses on Saturday (34 items) can be claimed there.

Information: 02 620 12 00 or the Drava Bus app.
"""))
GOLD += [
E(8, ["the twin suicide bombing of Saturday 6 June", "The attack, claimed on Monday evening by Hurras al-Din", "filmed the attack", "damaged in the bombing"],
  "SUI", "2026-06-06", "day", "Maribor", "SI", 12, 31, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Bus company's timetable change of Tuesday 9 June; 'of Saturday 6 June' -> 6 June. Two sites of one town (Main Square and the Lent riverside) -> ONE event. 'has killed 12 people, including the two bombers, since a woman of 70 died in hospital on Monday, and injured 31' -> killed 12 (bombers inside), injured 31, exact; the driver Boris is one of the injured. 'claimed on Monday evening by Hurras al-Din', undisputed -> claimant and perpetrator 'Hurras al-Din' (the canonical name earlier sets use). 'No. 7/2026', '70', 'line 6', '18:10', 'Line 1', 'Line 18', '10 minutes', '6:00 to 9:00', '15 minutes', 'N2', 'eleven passengers' (questioned), '40 minutes', '15,000 people' (marchers), '1.20 euros', '25 euros', 'Partizanska cesta 50', '7:00 to 15:00', '34 items', '02 620 12 00' are not casualties."),
E(8, ["where two suspects were arrested on Saturday night"],
  "ARR", "2026-06-06", "day", "Ptuj", "SI", None, None, None, "police", None, False,
  "Restates the arrest of holdout50-007: 'at the Ptuj bus station, where two suspects were arrested on Saturday night' vs Tuesday 9 June -> 6 June, Ptuj. No force named in that clause -> 'police' (the cluster's)."),
E(8, ["police arrested a man on board a line 6 bus at the Tabor stop"],
  "ARR", "2026-06-08", "day", "Maribor", "SI", None, None, None, "police", None, False,
  "'On Monday morning' vs Tuesday 9 June -> 8 June. Tabor is a district of Maribor -> coded to Maribor (dev: a district is its city). 'police' -> 'police'. 'The driver and eleven passengers were questioned on the spot and let go' -> not arrested."),
E(8, ["about 15,000 people crossed the Old Bridge in silence"],
  "PP", "2026-06-07", "day", "Maribor", "SI", None, None, None, None, None, False,
  "'On Sunday evening' vs Tuesday 9 June -> 7 June. A silent march across the Old Bridge with a message ('for the victims and against hatred'), no incident -> Peaceful protest, perpetrator null. '15,000 people' counts marchers."),
]

# -------------------------------------------------------------- holdout50-009
ARTICLES.append(A(9, "fr", "article", "2026-06-13T08:00:00Z",
"Camp d'été en Slovénie : des nouvelles de la troupe",
"""
LA LETTRE DE LA TROUPE - 2e troupe Scouts et Guides de France de Mâcon, groupe Saint-Vincent. Numéro spécial du samedi 13 juin 2026.

Chers parents,

Les 34 scouts et les 6 chefs du camp du Pohorje vont bien. Beaucoup d'entre vous nous ont appelés depuis samedi dernier : voici des nouvelles précises.

Samedi 6 juin, la troupe visitait le vieux Maribor. À 18 h 05, quand le premier kamikaze s'est fait exploser sur la place principale, nous étions à 800 mètres, au château. Personne n'a été blessé chez nous. Le double attentat a fait douze morts, dont les deux kamikazes, et trente et un blessés. Il a été revendiqué lundi soir par Hurras al-Din, un groupe djihadiste actif en Syrie ; le parquet slovène juge la revendication crédible.

Dimanche, nos deux chefs de troupe, Paul et Inès, ont été entendus pendant deux heures par la police comme témoins, parce qu'ils avaient pris des photos sur la place ; ils ont été laissés libres aussitôt après.

Mardi soir, en rentrant d'une randonnée, notre car a été bloqué près de l'hôtel de ville : plusieurs centaines de supporters de football y marchaient pour exiger la démission du maire. La police a dispersé le cortège à coups de gaz lacrymogène ; trois manifestants et deux policiers ont été blessés. Les jeunes ont eu peur, mais le car est reparti au bout d'une heure.

Le programme est modifié :
- plus aucune sortie en ville jusqu'à la fin du camp ;
- la randonnée de 18 km vers le lac Noir est maintenue jeudi ;
- la veillée de samedi sera consacrée aux victimes.

Le retour reste prévu le samedi 20 juin, en car, avec une arrivée à Mâcon vers 7 heures, place de la Baille. Le supplément de 45 euros pour l'excursion annulée vous sera remboursé.

Pour joindre les chefs : 06 42 18 77 05 (de 19 heures à 21 heures). Le camp se trouve à 1 100 mètres d'altitude et il fait 12 degrés la nuit : pensez aux pulls dans le colis.

Fraternellement, la maîtrise.
"""))
GOLD += [
E(9, ["le premier kamikaze s'est fait exploser", "Le double attentat"],
  "SUI", "2026-06-06", "day", "Maribor", "SI", 12, 31, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Scout troop's newsletter of Saturday 13 June; 'Samedi 6 juin' -> 6 June. 'Le double attentat a fait douze morts, dont les deux kamikazes, et trente et un blessés' -> killed 12 (number word; bombers inside), injured 31, exact. 'revendiqué lundi soir par Hurras al-Din', judged 'crédible' by the Slovenian prosecutors -> claimant and perpetrator. 'Personne n'a été blessé chez nous' is about the troop, not a zero toll. '34 scouts', '6 chefs', '18 h 05', '800 mètres', 'deux heures', '18 km', '20 juin', '7 heures', '45 euros', '06 42 18 77 05', '19 heures à 21 heures', '1 100 mètres', '12 degrés' are not casualties."),
E(9, ["plusieurs centaines de supporters de football y marchaient", "La police a dispersé le cortège à coups de gaz lacrymogène"],
  "PI", "2026-06-09", "day", "Maribor", "SI", None, 5, "exact", None, None, False,
  "'Mardi soir' vs Saturday 13 June -> 9 June. A march on Maribor's town hall with a demand (the mayor's resignation), dispersed by the police with tear gas -> Protest with intervention, perpetrator null (dev). 'trois manifestants et deux policiers ont été blessés' -> injured 3 + 2 = 5 (all sides summed), exact. 'plusieurs centaines' counts marchers. The two leaders 'entendus ... comme témoins' and 'laissés libres' are not arrested."),
]

# -------------------------------------------------------------- holdout50-010
ARTICLES.append(A(10, "en", "article", "2026-06-16T09:00:00Z",
"Slovenian bar association warns over rights of Maribor suspects",
"""
BAR ASSOCIATION OF SLOVENIA - STATEMENT (unofficial English translation). Ljubljana, 16 June 2026.

The Bar Association expresses its sympathy to the families of the 12 people killed, the two bombers included, and to the 31 injured in the Maribor bombing of 6 June. The prosecutor's office considers credible the claim made by Hurras al-Din, whose statement boasted of "more than forty crusaders" killed; Islamic State has denied any part in it. An Interior Ministry official has said the bombers "may have been" radicalised in an Austrian prison. None of this relieves the authorities of their duty to respect the rights of every suspect.

Ten days after the attack, the Association notes the following:

1. The two men arrested in Ptuj on the night of 6 June were remanded in custody for one month on 8 June. Both saw a lawyer only 19 hours after their arrest, although the law allows no more than 3 hours.

2. The bus passenger detained in Maribor on 8 June was released without charge on 10 June. He had been held for 48 hours without an interpreter.

3. A chemistry technician, 41, was arrested in Celje on Thursday and is suspected of supplying the detonators.

4. Austrian police arrested in Graz on Sunday, under a European arrest warrant, a man suspected of renting the bombers a flat and driving them to Maribor. His surrender hearing is set for 23 June.

5. Twenty-three residents of a block of flats in Tezno, summoned for questioning on 9 June, were held for up to ten hours and then released. A summons is not an arrest, and they must not be treated as suspects.

Terrorist offences carry sentences of up to 15 years, or life imprisonment where deaths result. Whatever the charge, custody must respect Article 19 of the Constitution.

The Association's duty service has assigned 48 lawyers to these cases. Its hotline, 01 434 25 60, answers from 8:00 to 20:00. Legal aid applications (form BPP-2) are decided within 8 days, and lawyers' fees for victims' families are capped at 120 euros per hearing.
"""))
GOLD += [
E(10, ["the Maribor bombing of 6 June", "the attack"],
  "SUI", "2026-06-06", "day", "Maribor", "SI", 12, 31, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Bar association statement of Tuesday 16 June; 'of 6 June' -> 6 June. 'the 12 people killed, the two bombers included, and ... the 31 injured' -> killed 12 (bombers inside), injured 31, exact. The claim 'made by Hurras al-Din', considered 'credible' by the prosecutors -> claimant and perpetrator; its 'more than forty crusaders' is the claim's own toll, never used. Islamic State 'has denied any part': a denial, not coded. 'may have been radicalised in an Austrian prison' is speculation. 'Ten days', '19 hours', '3 hours', '48 hours', '41', '23 June', 'Twenty-three residents' (summoned, not arrested), 'ten hours', '15 years' (sentences), 'Article 19', '48 lawyers', '01 434 25 60', '8:00 to 20:00', 'BPP-2', '8 days', '120 euros' are not casualties."),
E(10, ["The two men arrested in Ptuj on the night of 6 June"],
  "ARR", "2026-06-06", "day", "Ptuj", "SI", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout50-007: 'on the night of 6 June' -> 6 June, Ptuj. 'remanded in custody for one month on 8 June' is its judicial follow-up, not a new arrest. No force named -> 'police' (the cluster's)."),
E(10, ["The bus passenger detained in Maribor on 8 June"],
  "ARR", "2026-06-08", "day", "Maribor", "SI", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout50-008: 'detained in Maribor on 8 June' -> 8 June, Maribor. 'released without charge on 10 June' does not undo the arrest and is not an event. No force named -> 'police'."),
E(10, ["A chemistry technician, 41, was arrested in Celje on Thursday"],
  "ARR", "2026-06-11", "day", "Celje", "SI", None, None, None, "police", None, False,
  "'on Thursday' vs Tuesday 16 June -> 11 June. A suspected supplier of the detonators, arrested in Celje. No force named -> 'police' (the cluster's). '41' is his age."),
E(10, ["Austrian police arrested in Graz on Sunday"],
  "ARR", "2026-06-14", "day", "Graz", "AT", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 16 June -> 14 June. The cluster's suspected facilitator (the man who rented the bombers a flat and drove them), arrested in Graz, Austria, under a European arrest warrant -> AT, not the bombing's country. 'Austrian police' -> 'police'. The surrender hearing of 23 June is a future follow-up, not an event. The Tezno residents 'summoned for questioning ... held for up to ten hours and then released' are not arrested (the statement itself says so)."),
]
