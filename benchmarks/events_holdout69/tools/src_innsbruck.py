"""Authoring source of benchmarks/events_holdout69 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Innsbruck, Austria cluster (holdout69-006 to 010; English and
French), two suicide bombers on Friday 26 June 2026 at two sites of one
town (St. Anne's Column on Maria-Theresien-Straße and the Congress station
of the Hungerburg funicular, about 600 m and seven minutes apart): an
English wire with a first report (006), the French version of a mountain
rescue team's note ("note d'une équipe de secours en montagne", fr 007), a
zoo's closure notice ("avis de fermeture d'un zoo", fr 008), a French agency
dispatch on the claim and the arrests (fr 009) and an English rugby club's
email to its members ("courriel d'un club de rugby", 010). Austria and
Italy are UTC+2 in summer: every publication time here is between 06:00
and 17:00 UTC, so every local date is the UTC date. The gold writes
"Wörgl" (English wire "Woergl"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout69")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout69-006
ARTICLES.append(A(6, "en", "article", "2026-06-26T14:00:00Z",
"Suicide bombers kill at least 10 in Austrian Alpine city",
"""
INNSBRUCK, Austria (Alpine Wire) - Two suicide bombers blew themselves up seven minutes apart in the centre of the Austrian city of Innsbruck on Friday, killing themselves and at least eight other people and wounding dozens, police said.

The first man detonated explosives hidden under a rain jacket at about 10:15 a.m. near St. Anne's Column on Maria-Theresien-Strasse, the city's main shopping street, which was crowded with tourists and with pupils celebrating the end of the school year. The second set off his charge at 10:22 a.m. at the Congress station of the Hungerburg funicular, some 600 metres to the north, where people had run for shelter.

"I saw a woman in a dirndl carrying a little boy out of the smoke," said Markus Egger, 52, who runs a souvenir shop at number 14 on the street. "Nobody knew where to go."

There was no immediate claim. Investigators were examining whether the two men "may have acted" on behalf of Islamic State, a security official told reporters, but he stressed that no link had been established.

Tyrol has seen little political violence. In 2016, police defused a pipe bomb found in a locker at Woergl railway station, and in 2019 a homemade device exploded outside a kebab shop in Kufstein, injuring three people.

The federal government was to meet in emergency session at 6 p.m. About 900 police officers, including a special forces unit flown in from Vienna, cordoned off the old town. The Nordkette cable cars, which carry some 4,000 visitors a day in summer, were halted, and the Innsbruck-West exit of the A12 motorway was closed. Hospitals in Innsbruck and Hall appealed for blood donors, and an information line for relatives was opened on 0800 133 133.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up", "The first man detonated explosives", "The second set off his charge"],
  "SUI", "2026-06-26", "day", "Innsbruck", "AT", 10, 12, "at_least", None, None, False,
  "Wire of Friday 26 June 2026 (16:00 in Innsbruck); 'on Friday' = the publication day. Two sites of one town (St. Anne's Column and the Congress funicular station, 'some 600 metres', seven minutes apart) -> ONE Suicide bomb event coded to the town. 'killing themselves and at least eight other people and wounding dozens' -> killed 8 + 2 bombers = 10, at_least; injured 'dozens' = 12 (dev table; the qualifier describes the killed figure). No claim; 'may have acted' on behalf of Islamic State is speculation -> perpetrator null. '10:15 a.m.', '10:22 a.m.', '600 metres', '52', 'number 14', '6 p.m.', '900 police officers', '4,000 visitors', 'A12', '0800 133 133' are not casualties."),
E(6, ["police defused a pipe bomb found in a locker at Woergl railway station"],
  "DWU", "2016-01-01", "year", "Wörgl", "AT", None, None, None, "police", None, True,
  "'In 2016' -> year, background. A pipe bomb found and defused -> Disrupted weapons use by 'police'; no casualty figure -> null. English 'Woergl' -> gold 'Wörgl'."),
E(6, ["a homemade device exploded outside a kebab shop in Kufstein, injuring three people"],
  "IED", "2019-01-01", "year", "Kufstein", "AT", None, 3, "exact", None, None, True,
  "'in 2019' -> year, background. A homemade device -> Remote explosive/landmine/IED; no author named -> null. 'injuring three people' -> injured 3, exact."),
]

# -------------------------------------------------------------- holdout69-007
ARTICLES.append(A(7, "fr", "article", "2026-06-27T07:00:00Z",
"Bergrettung Innsbruck : note d'intervention du samedi 27 juin",
"""
NOTE DE L'ÉQUIPE DE SECOURS EN MONTAGNE - Bergrettung Innsbruck, version française à l'intention des compagnies de guides partenaires. Note n° 26/114, samedi 27 juin 2026, 8 h 30.

1. INTERVENTION EN VILLE. Vendredi, à la demande du centre de commandement de la police, douze de nos secouristes ont été engagés en renfort des ambulances après le double attentat-suicide de la Maria-Theresien-Straße et de la station Congress. Nos équipes ont posé 19 garrots et évacué des blessés par le funiculaire, arrêté en gare. Le premier bilan officiel, vendredi soir, était de onze morts ; ce matin à 8 heures, la direction sanitaire du Tyrol compte treize morts, y compris les deux kamikazes, et 58 blessés, dont 17 dans un état grave.

2. REMONTÉES ET SENTIERS. Le téléphérique de la Nordkette reste fermé ce samedi. Les sentiers de la Seegrube et du Hafelekar (2 269 m) restent ouverts, mais aucune évacuation par câble n'est possible : nos délais d'intervention passent de 25 à 60 minutes sur ce secteur.

3. CONTRÔLES. La police filtre les accès de la vallée de l'Inn. Vendredi soir, elle a arrêté deux hommes dans un fourgon à Landeck, à 75 km à l'ouest, selon les informations transmises à notre chef de secteur. Les groupes venant de Suisse par l'Arlberg doivent prévoir des retards. Le gardien d'un refuge de la Nordkette, où les deux kamikazes avaient passé la nuit du 24 juin, a été entendu par les enquêteurs puis laissé libre.

4. INTERVENTIONS EN MONTAGNE. Deux interventions habituelles vendredi : une cheville cassée sous la Pfeishütte (hélitreuillage à 14 h 10) et un randonneur égaré de 68 ans, retrouvé sain et sauf à 21 h 40.

5. CONSIGNES AUX GUIDES. Reportez si possible les courses prévues ce week-end au départ d'Innsbruck. Le risque d'orages est de 3 sur 4 pour dimanche après 13 heures ; isotherme zéro degré à 4 200 m.

Contact de permanence : +43 512 58 14 40, 24 heures sur 24. Merci aux 46 bénévoles mobilisés depuis vendredi.
"""))
GOLD += [
E(7, ["le double attentat-suicide de la Maria-Theresien-Straße et de la station Congress"],
  "SUI", "2026-06-26", "day", "Innsbruck", "AT", 13, 58, "exact", None, None, False,
  "Mountain rescue note of Saturday 27 June; 'Vendredi' -> 26 June. Two sites of one town -> ONE event. The toll is revised inside: 'onze morts' (Friday evening, superseded) -> 'treize morts, y compris les deux kamikazes, et 58 blessés' -> killed 13 (bombers inside), injured 58, exact; 'dont 17 dans un état grave' is a subset. No claim, no group named -> perpetrator null. 'n° 26/114', '8 h 30', 'douze de nos secouristes', '19 garrots', '8 heures', '2 269 m', '25 à 60 minutes', '75 km', '24 juin', '14 h 10', '68 ans', '21 h 40', '3 sur 4', '13 heures', '4 200 m', '+43 512 58 14 40', '24 heures sur 24', '46 bénévoles' are not casualties. The broken ankle and the lost hiker (section 4) are mountain rescues, no security event."),
E(7, ["elle a arrêté deux hommes dans un fourgon à Landeck"],
  "ARR", "2026-06-26", "day", "Landeck", "AT", None, None, None, "police", None, False,
  "'Vendredi soir' vs Saturday 27 June -> 26 June, the evening of the bombing. 'elle' = 'La police' of the previous sentence -> 'police'. The hut warden 'entendu par les enquêteurs puis laissé libre' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout69-008
ARTICLES.append(A(8, "fr", "article", "2026-06-29T06:00:00Z",
"Le zoo alpin de la Hungerburg reste fermé jusqu'à jeudi",
"""
AVIS DE FERMETURE - Zoo alpin de la Hungerburg, Innsbruck. Lundi 29 juin 2026.

Chers visiteurs,

Le zoo alpin restera fermé au public jusqu'au jeudi 2 juillet inclus. Il avait fermé ses portes vendredi à 10 h 40, une vingtaine de minutes après le double attentat-suicide qui a frappé le centre-ville, et n'a pas rouvert depuis.

Notre famille est en deuil. Lena Hofer, 19 ans, apprentie soigneuse chez nous depuis septembre, attendait le funiculaire à la station Congress pour venir travailler. Grièvement blessée, elle est morte dimanche à la clinique universitaire. Selon le dernier bilan de la police, l'attentat a fait quatorze morts, dont les deux auteurs, et 58 blessés. Un de nos gardiens, blessé aux jambes par des éclats, est toujours hospitalisé.

Dimanche après-midi, une partie de notre équipe a rejoint les quelque 15 000 personnes qui ont marché en silence de l'arc de triomphe jusqu'à la colonne Sainte-Anne, derrière une banderole « Innsbruck hält zusammen - Innsbruck reste unie ». Nous remercions les habitants pour leur dignité.

Pendant la fermeture :
- les 2 000 animaux de nos 150 espèces alpines sont soignés normalement ; la naissance de deux jeunes bouquetins, attendue cette semaine, sera annoncée sur notre site ;
- les billets datés du 26 juin au 2 juillet sont remboursés sur demande, ou valables jusqu'au 31 décembre ;
- les abonnements annuels (68 euros adulte, 34 euros enfant) sont prolongés d'une semaine ;
- l'atelier « Nuit des chouettes » du 1er juillet est reporté au 15 juillet.

Le funiculaire de la Hungerburg ne dessert plus la station Congress, fermée pour l'enquête ; il part provisoirement de la station Löwenhaus, toutes les 15 minutes de 7 h 15 à 19 h 15. Le parking du zoo (120 places) est réservé aux secours.

Un registre de condoléances pour Lena est ouvert à l'entrée, et une collecte pour sa famille a déjà réuni 8 300 euros.

Renseignements : +43 512 29 23 23, de 9 heures à 17 heures.

La direction du zoo alpin
"""))
GOLD += [
E(8, ["le double attentat-suicide qui a frappé le centre-ville", "l'attentat a fait quatorze morts"],
  "SUI", "2026-06-26", "day", "Innsbruck", "AT", 14, 58, "exact", None, None, False,
  "Zoo notice of Monday 29 June; 'vendredi' -> 26 June. 'l'attentat a fait quatorze morts, dont les deux auteurs, et 58 blessés' -> killed 14 (bombers inside; Lena Hofer, 19, who died on Sunday, is one of them), injured 58, exact; the keeper still in hospital is one of the injured. No claim in this notice -> perpetrator null. '2 juillet', '10 h 40', 'une vingtaine de minutes' (a delay), '19 ans', '2 000 animaux', '150 espèces', 'deux jeunes bouquetins', '26 juin', '31 décembre', '68 euros', '34 euros', '1er juillet', '15 juillet', '15 minutes', '7 h 15', '19 h 15', '120 places', '8 300 euros', '+43 512 29 23 23', '9 heures à 17 heures' are not casualties. The condolence book is not coded."),
E(8, ["les quelque 15 000 personnes qui ont marché en silence"],
  "PP", "2026-06-28", "day", "Innsbruck", "AT", None, None, None, None, None, False,
  "'Dimanche après-midi' vs Monday 29 June -> 28 June. A silent march from the triumphal arch to St. Anne's Column behind a banner with a message ('Innsbruck reste unie'), no incident -> Peaceful protest, perpetrator null. '15 000' counts marchers."),
]

# -------------------------------------------------------------- holdout69-009
ARTICLES.append(A(9, "fr", "article", "2026-06-30T09:00:00Z",
"Innsbruck : l'EI revendique, un suspect arrêté en Italie",
"""
VIENNE, (Agence Danube Presse) - La « province du Caucase » de l'État islamique a revendiqué lundi le double attentat-suicide qui a tué quatorze personnes, dont les deux kamikazes, et en a blessé 58 vendredi à Innsbruck, et les services de renseignement autrichiens jugent cette revendication « crédible ».

Le message, diffusé sur les canaux de propagande du groupe, se félicite d'avoir tué « plus de quarante croisés ». Il présente les deux kamikazes, des frères d'origine tchétchène âgés de 21 et 23 ans, nés à Innsbruck. Un site proche de l'Émirat du Caucase a pour sa part démenti toute implication du mouvement. Selon un enquêteur, les deux frères « pourraient avoir été entraînés » en Syrie en 2024.

L'enquête a conduit à plusieurs arrestations. Les deux hommes arrêtés vendredi soir à Landeck ont été placés lundi en détention provisoire pour quatorze jours ; ils encourent jusqu'à 20 ans de prison. Dimanche, les carabiniers italiens ont interpellé à Bolzano un Géorgien de 41 ans soupçonné d'avoir acheté les détonateurs en Italie ; il doit être remis à l'Autriche. Lundi, la police a arrêté à Linz l'homme qui avait loué aux deux frères un garage d'Innsbruck, où les ceintures auraient été assemblées ; elle y a saisi 6 kilos de poudre et des billes d'acier. Les parents des kamikazes ont été entendus pendant onze heures puis laissés libres.

Le ministre de l'Intérieur a annoncé le déploiement de 1 500 policiers supplémentaires dans les gares et les zones piétonnes du pays jusqu'au 31 juillet. Le niveau d'alerte terroriste a été relevé à 4 sur 5.

Le Tyrol n'avait connu jusqu'ici que des attaques de faible ampleur : en 2019, un engin artisanal avait explosé devant un kebab de Kufstein, blessant trois personnes.

À Innsbruck, la Maria-Theresien-Straße a rouvert aux piétons lundi soir, mais la station Congress reste fermée. Le festival de musique ancienne, qui attire 30 000 spectateurs en juillet, est maintenu. La fédération du commerce estime les pertes du week-end à 12 millions d'euros.
"""))
GOLD += [
E(9, ["le double attentat-suicide qui a tué quatorze personnes"],
  "SUI", "2026-06-26", "day", "Innsbruck", "AT", 14, 58, "exact", "Islamic State", "Islamic State", False,
  "Dispatch of Tuesday 30 June; 'vendredi' -> 26 June. 'qui a tué quatorze personnes, dont les deux kamikazes, et en a blessé 58' -> killed 14 (bombers inside), injured 58, exact. Claimed 'lundi' by « La province du Caucase de l'État islamique » (a regional branch -> 'Islamic State', dev), judged « crédible » -> claimant and perpetrator; the claim's « plus de quarante croisés » is never used. The Caucasus Emirate's denial is not a claim; « pourraient avoir été entraînés » is speculation. The dateline is Vienna; the bombing is in Innsbruck. '21 et 23 ans', '2024', 'quatorze jours', '20 ans de prison' (a sentence), '41 ans', '6 kilos', 'onze heures', '1 500 policiers', '31 juillet', '4 sur 5', '30 000 spectateurs', '12 millions d'euros' are not casualties."),
E(9, ["Les deux hommes arrêtés vendredi soir à Landeck"],
  "ARR", "2026-06-26", "day", "Landeck", "AT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-007: 'vendredi soir' vs Tuesday 30 June -> 26 June. 'placés lundi en détention provisoire pour quatorze jours' is its judicial follow-up, not a new arrest. No force named -> 'police'."),
E(9, ["les carabiniers italiens ont interpellé à Bolzano un Géorgien de 41 ans"],
  "ARR", "2026-06-28", "day", "Bolzano", "IT", None, None, None, "police", None, False,
  "'Dimanche' vs Tuesday 30 June -> 28 June. The suspected buyer of the detonators, arrested in Italy -> IT; the carabinieri are a gendarmerie -> 'police' (dev). 'doit être remis à l'Autriche' is a follow-up."),
E(9, ["la police a arrêté à Linz l'homme"],
  "ARR", "2026-06-29", "day", "Linz", "AT", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 30 June -> 29 June. The man who rented the bombers a garage in Innsbruck, arrested in Linz -> coded to Linz (the place of the arrest), not to the garage's town. The '6 kilos de poudre' and steel balls seized in the garage belong to the arrest. The bombers' parents, 'entendus pendant onze heures puis laissés libres', are not arrested. 'plusieurs arrestations' is a summary, not a further event."),
E(9, ["un engin artisanal avait explosé devant un kebab de Kufstein, blessant trois personnes"],
  "IED", "2019-01-01", "year", "Kufstein", "AT", None, 3, "exact", None, None, True,
  "'en 2019' -> year, background (the Kufstein device of holdout69-006). Homemade device -> Remote explosive/landmine/IED; no author -> null; 'blessant trois personnes' -> injured 3, exact. 'des attaques de faible ampleur' is generic."),
]

# -------------------------------------------------------------- holdout69-010
ARTICLES.append(A(10, "en", "article", "2026-07-01T17:00:00Z",
"Tyrol Wanderers RFC: finale off, news of Jamie, how to help",
"""
TYROL WANDERERS RFC - Club email to members, Wednesday 1 July 2026. Subject: Saturday's finale cancelled, Jamie's recovery, and how to help.

Dear Wanderers,

It has been a hard week for Innsbruck and for this club. As you all know by now, the twin suicide bombing on Maria-Theresien-Strasse and at the Congress funicular station last Friday killed 14 people, including the two bombers, and injured 58. One of the injured is our own Jamie O'Neill, our number 8, who was buying a birthday present for his daughter when the first bomb went off. He has had two operations on his left leg and is out of intensive care. He thanks you for the 140 messages he has received.

Islamic State's self-styled Caucasus Province claimed the attack on Monday, and the police have made several arrests, including two men picked up in Landeck on Friday night. One of those two was released without charge on Tuesday, the Tyrolean press reports this morning, which shows how careful we must all be with rumours. Please do not share names or pictures of suspects in the club's WhatsApp group.

Many of you joined the 15,000 people who marched in silence through the old town on Sunday. Thank you. It was the right place for the club to be.

Practical matters:
- Saturday's season finale against Salzburg at the Tivoli ground (kick-off 3 p.m.) is cancelled at the city's request. It will not be replayed; the league table stands, and we finish third on 41 points.
- The end-of-season dinner on 11 July goes ahead at the Stiftskeller, 7.30 p.m., EUR 35 a head. Raffle proceeds go to the victims' fund.
- Training resumes on Tuesday 7 July at 7 p.m. on pitch 2; under-12s and under-14s on Thursday at 5.30 p.m.
- The clubhouse bar is closed until further notice.

If you want to help Jamie's family, Siobhan has opened a collection: IBAN AT61 1904 3002 3457 3201, reference "Jamie". We have raised EUR 2,150 so far.

Mind each other. See you on Tuesday.

Rory Keane, club captain, and Anna Pichler, club secretary
"""))
GOLD += [
E(10, ["the twin suicide bombing on Maria-Theresien-Strasse", "the first bomb went off", "the attack"],
  "SUI", "2026-06-26", "day", "Innsbruck", "AT", 14, 58, "exact", "Islamic State", "Islamic State", False,
  "Club email of Wednesday 1 July; 'last Friday' -> 26 June. 'killed 14 people, including the two bombers, and injured 58' -> killed 14 (bombers inside), injured 58, exact; Jamie O'Neill is one of the injured. 'Islamic State's self-styled Caucasus Province claimed the attack on Monday', undisputed -> claimant and perpetrator 'Islamic State' (regional branch). 'number 8', 'two operations', '140 messages', '3 p.m.', 'third', '41 points', '11 July', '7.30 p.m.', 'EUR 35', '7 July', '7 p.m.', 'pitch 2', 'under-12s', 'under-14s', '5.30 p.m.', the IBAN and 'EUR 2,150' are not casualties."),
E(10, ["two men picked up in Landeck on Friday night"],
  "ARR", "2026-06-26", "day", "Landeck", "AT", None, None, None, "police", None, False,
  "Restated arrest of holdout69-007: 'on Friday night' vs Wednesday 1 July -> 26 June. 'One of those two was released without charge on Tuesday': the release does not undo the arrest and is not an event. 'the police have made several arrests' is a summary, not a further event; 'the police' -> 'police'."),
E(10, ["the 15,000 people who marched in silence through the old town"],
  "PP", "2026-06-28", "day", "Innsbruck", "AT", None, None, None, None, None, False,
  "'on Sunday' vs Wednesday 1 July -> 28 June: the silent march of holdout69-008, no incident -> Peaceful protest, perpetrator null. '15,000' counts marchers."),
]
