"""Authoring source of benchmarks/events_holdout37 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Elbasan, Albania cluster (holdout37-006 to 010; French and
English), two suicide bombers on Friday 8 May 2026 at two sites of one town
(the main gate of the old fortress and the intercity bus terminal, about
500 m and five minutes apart): the French transcript of a Swiss radio's
evening call-in show ("libre antenne") with a toll revised on air and a
caller's speculation (fr 006, kind "transcript"), an English wire on the
claim, the denial and the first arrests (007), a French social-media roundup
("revue des réseaux sociaux") with posts, handles, times, rumours denied and
a march dispersed with tear gas (fr 008), a French funeral report with the
homily and a silent march (fr 009), and an English book review that names
older attacks and the bombing (010). Albania and Switzerland are UTC+2 in
May: every publication time here is before 22:00 UTC, so every local date is
the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout37")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout37-006
ARTICLES.append(A(6, "fr", "transcript", "2026-05-08T19:30:00Z",
"La libre antenne du vendredi - Spéciale Elbasan (transcription)",
"""
ANIMATRICE (Claire Monnier) : Bonsoir, il est 21 h 30 et vous écoutez la libre antenne de Radio Léman Info. Ce soir, une seule actualité : le double attentat-suicide d'Elbasan, dans le centre de l'Albanie, vers 18 h 20. Les premières dépêches parlaient d'au moins six morts. Je reçois à l'instant un nouveau bilan du ministère albanais de l'Intérieur : au moins neuf morts, dont les deux kamikazes, et des dizaines de blessés. Le standard est ouvert au 021 612 40 40.

AUDITEUR (Besnik, Lausanne) : Bonsoir. Ma sœur habite à 200 mètres de la gare routière. Elle dit que le premier s'est fait sauter devant la grande porte de la forteresse, et le deuxième cinq minutes après, à la gare routière, là où partent les bus pour Tirana.

ANIMATRICE : Votre sœur va bien ?

AUDITEUR (Besnik, Lausanne) : Oui, mais le fils de son voisin, un garçon de 19 ans, est à l'hôpital. Elle a donné son sang, il y avait déjà une queue de 300 mètres.

AUDITRICE (Mirela, Genève) : Moi je dis que ça pourrait être l'État islamique, ils ont des réseaux dans les Balkans depuis longtemps.

ANIMATRICE : Prudence, Mirela. Aucune revendication à cette heure, et la police albanaise dit seulement que les kamikazes « pourraient être liés » à un réseau étranger.

AUDITEUR (Arben, Neuchâtel) : Je suis né à Elbasan, j'ai 58 ans. En 2022, quelqu'un avait lancé une grenade dans une boîte de nuit de Fier, il y avait eu quatre blessés, et on nous disait déjà que c'était isolé.

ANIMATRICE : Merci Arben. Une information pratique : le vol ZB 4417 de 22 h 05 pour Tirana est maintenu, et le consulat d'Albanie à Genève ouvre une cellule au +41 22 700 18 18. Environ 200 000 Albanais et Kosovars vivent en Suisse, et beaucoup n'arrivent pas à joindre leur famille.

AUDITRICE (Drita, Sion) : Je voulais dire à tous : on organise une prière demain à 17 heures devant la mosquée. Pas de politique, juste être ensemble.

ANIMATRICE : C'est noté. Il est 21 h 52.
"""))
GOLD += [
E(6, ["le double attentat-suicide d'Elbasan", "le premier s'est fait sauter devant la grande porte de la forteresse", "le deuxième cinq minutes après"],
  "SUI", "2026-05-08", "day", "Elbasan", "AL", 9, 12, "at_least", None, None, False,
  "Broadcast on Friday 8 May 2026 at 21:30 (UTC+2); 'vers 18 h 20' the same evening -> 8 May. Two sites of one town (the fortress gate and the bus terminal, five minutes apart) -> ONE Suicide bomb event. Toll revised on air: 'au moins six morts' (first dispatches) -> 'au moins neuf morts, dont les deux kamikazes, et des dizaines de blessés' -> killed 9 (bombers inside) at_least, injured 12 ('des dizaines', dev table). A caller's 'ça pourrait être l'État islamique' and the police's 'pourraient être liés' are speculation, no claim -> null. '21 h 30', '021 612 40 40', '200 mètres', '19 ans', '300 mètres' (a queue), '58 ans', 'ZB 4417' (a flight), '22 h 05', '+41 22 700 18 18', '200 000 Albanais', '17 heures', '21 h 52' are not casualties; the prayer planned for tomorrow is a future gathering, not coded."),
E(6, ["quelqu'un avait lancé une grenade dans une boîte de nuit de Fier"],
  "GRN", "2022-01-01", "year", "Fier", "AL", None, 4, "exact", None, None, True,
  "'En 2022' -> year, background. A thrown grenade, thrower unnamed ('quelqu'un') -> Grenade, null. 'il y avait eu quatre blessés' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout37-007
ARTICLES.append(A(7, "en", "article", "2026-05-10T15:00:00Z",
"Islamic State claims twin suicide bombing in Albania; three held",
"""
ELBASAN, Albania (Adriatic Wire) - Islamic State claimed responsibility on Saturday night for the twin suicide bombing that killed 14 people, not counting the two attackers, in the central Albanian city of Elbasan on Friday evening, and police said they considered the claim credible.

In a statement carried by its Amaq agency, the group said two of its "soldiers" had killed "more than 50 crusaders". Health officials said 14 victims had died and more than 70 people were wounded, a score of them seriously.

The first bomber blew himself up at about 6:20 p.m. outside the main gate of the Ottoman-era fortress, where families stroll on spring evenings. The second struck five minutes later at the intercity bus terminal, some 500 metres away.

Police arrested three men on Saturday in Librazhd, a town 30 km to the east on the road to North Macedonia, and seized 4 kg of ammonium nitrate and two mobile phones. On Sunday morning, a taxi driver suspected of having driven the bombers from the border was detained in Durrës. The cousin of one bomber was questioned for five hours in Elbasan on Saturday and released.

A statement attributed to al-Qaeda's media arm denied any role in the attack. Interior Minister Arjan Lleshi said the two bombers, both Albanian citizens aged 23 and 26, "may have been" radicalised in prison and in contact with recruiters in Kosovo, but gave no details.

Elbasan, a city of about 80,000 people, had never suffered a suicide attack. The last bombing in the region came in 2015, when a car bomb outside the police station of Kukës injured three officers; nobody was ever charged.

About 1,200 extra police officers were deployed across the country, and schools in Elbasan will stay closed until Wednesday. Two days of national mourning began on Saturday.
"""))
GOLD += [
E(7, ["the twin suicide bombing that killed 14 people", "The first bomber blew himself up", "The second struck five minutes later", "any role in the attack"],
  "SUI", "2026-05-08", "day", "Elbasan", "AL", 16, 70, "exact", "Islamic State", "Islamic State", False,
  "'on Friday evening' vs Sunday 10 May -> Friday 8 May. 'killed 14 people, not counting the two attackers' -> 14 + 2 bombers = 16; 'more than 70 people were wounded' -> injured 70; the qualifier describes the killed figure -> exact. Islamic State's claim, considered 'credible' by police -> claimant and perpetrator. The claim's own 'more than 50 crusaders' is never used. al-Qaeda's denial is not a claim; the minister's 'may have been' is speculation: not coded. 'a score of them seriously' is a subset (20), not the injured figure. 'the claim credible' and 'claimed responsibility' are about the claim and are left out of the triggers. '6:20 p.m.', '500 metres', '23 and 26' (ages), '80,000 people', '1,200 extra police officers', 'Two days' are not casualties."),
E(7, ["Police arrested three men on Saturday in Librazhd"],
  "ARR", "2026-05-09", "day", "Librazhd", "AL", None, None, None, "police", None, False,
  "'on Saturday' vs Sunday 10 May -> 9 May. The seizure of '4 kg of ammonium nitrate and two mobile phones' belongs to the arrest (dev). '30 km' is a distance."),
E(7, ["a taxi driver suspected of having driven the bombers from the border was detained in Durrës"],
  "ARR", "2026-05-10", "day", "Durrës", "AL", None, None, None, "police", None, False,
  "'On Sunday morning' = publication day, 10 May. The cluster's suspected facilitator (the driver who brought the bombers) -> Arrests; no force named, police in the sentence before -> 'police'. The cousin 'questioned for five hours ... and released' is questioned, not arrested."),
E(7, ["a car bomb outside the police station of Kukës injured three officers"],
  "IED", "2015-01-01", "year", "Kukës", "AL", None, 3, "exact", None, None, True,
  "'in 2015' -> year, background. A car bomb -> Remote explosive/landmine/IED, author unknown ('nobody was ever charged') -> null. 'injured three officers' -> injured 3, exact."),
]

# -------------------------------------------------------------- holdout37-008
ARTICLES.append(A(8, "fr", "article", "2026-05-11T09:00:00Z",
"Attentat d'Elbasan : ce qui a circulé sur les réseaux sociaux ce week-end",
"""
Vidéos, rumeurs, appels au calme : notre revue des réseaux sociaux, trois jours après le double attentat-suicide d'Elbasan.

Vendredi, 18 h 31. Première vidéo, publiée par @drita_elb : « Deux explosions, la porte du château et la gare routière. Priez pour Elbasan. » Elle sera partagée plus de 12 000 fois dans la soirée.

Vendredi, 20 h 05. Le compte @balkan_alert affirme que l'attentat a fait « trente morts ». Le ministère de la Santé dément quarante minutes plus tard : ce chiffre est faux.

Samedi, 10 h 12. Une rumeur annonce l'arrestation d'un « troisième kamikaze » à Cërrik. La police la dément sur son compte officiel à 11 h 40 : « Aucune opération n'a eu lieu à Cërrik. »

Samedi, 23 h 50. Le texte de l'État islamique revendiquant le carnage, avec son bilan de « plus de cinquante croisés », circule sur Telegram. Dimanche matin, la police le juge crédible.

Dimanche, 12 h 15. La police publie la photo des trois hommes arrêtés samedi à Librazhd, visages floutés.

Dimanche, 19 h 02. « Ils nous gazent devant la préfecture ! », écrit @ardit_elb sous une vidéo vue 400 000 fois. Plusieurs centaines de jeunes, partis en cortège de la gare routière vers la préfecture d'Elbasan pour réclamer la démission du chef de la police régionale, ont été dispersés à coups de gaz lacrymogène et de matraques. Les jeunes se sont repliés vers le vieux bazar, et le calme est revenu vers 21 heures.

Dimanche, 21 h 40. Le ministère de la Santé publie le nouveau bilan : dix-sept morts, dont les deux kamikazes, et soixante-douze blessés. Une retraitée de 71 ans est morte dans la soirée.

Lundi, 7 h 30. Le mot-dièse #ElbasanNukFrikësohet (« Elbasan n'a pas peur ») a été utilisé 85 000 fois. Une cagnotte pour les familles a dépassé 1,2 million de leks, soit environ 12 000 euros.

Dernière minute. Le ministre de l'Intérieur répète que les kamikazes « pourraient avoir été » recrutés au Kosovo, ce que Pristina qualifie de « spéculation ».
"""))
GOLD += [
E(8, ["le double attentat-suicide d'Elbasan", "le carnage"],
  "SUI", "2026-05-08", "day", "Elbasan", "AL", 17, 72, "exact", "Islamic State", "Islamic State", False,
  "The bombing of Friday 8 May (posts from 'Vendredi, 18 h 31'; 'trois jours après' vs Monday 11 May). Toll: @balkan_alert's 'trente morts' is a rumour denied by the ministry and never used; the ministry's last figure 'dix-sept morts, dont les deux kamikazes, et soixante-douze blessés' -> 17 (bombers inside; the 71-year-old who 'est morte dans la soirée' on Sunday raised it), 72, exact. Islamic State's text 'revendiquant le carnage', judged 'crédible' by police -> claimant and perpetrator; its 'plus de cinquante croisés' is never used; the minister's 'pourraient avoir été' is speculation. 'l'attentat a fait « trente morts »' sits in the rumour and is left out of the triggers. The handles' times, '12 000 fois', 'quarante minutes', '400 000 fois', '71 ans', '85 000 fois', '1,2 million de leks', '12 000 euros' are not casualties."),
E(8, ["la photo des trois hommes arrêtés samedi à Librazhd"],
  "ARR", "2026-05-09", "day", "Librazhd", "AL", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout37-007: 'samedi' vs Monday 11 May -> Saturday 9 May; its own event here, 'police'. The rumoured arrest of a 'troisième kamikaze' at Cërrik, denied by police ('Aucune opération n'a eu lieu'), is not an event."),
E(8, ["« Ils nous gazent devant la préfecture ! »", "ont été dispersés à coups de gaz lacrymogène et de matraques"],
  "PI", "2026-05-10", "day", "Elbasan", "AL", None, None, None, None, None, False,
  "'Dimanche, 19 h 02' vs Monday 11 May -> Sunday 10 May; the prefecture of Elbasan. A march of several hundred young people from the bus terminal to the prefecture of Elbasan, with a demand (the regional police chief's resignation) dispersed with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev). No casualty is stated -> null. '21 heures' is a time. 'Plusieurs centaines de jeunes' are marchers; '400 000 fois' is a view count."),
]

# -------------------------------------------------------------- holdout37-009
ARTICLES.append(A(9, "fr", "article", "2026-05-13T16:00:00Z",
"À Elbasan, l'adieu à six victimes : « Ne laissons pas la peur habiter cette ville »",
"""
Ils étaient plusieurs milliers, mercredi matin, dans et autour de l'église Sainte-Marie, au cœur de la forteresse d'Elbasan, pour les obsèques de six des dix-huit morts du double attentat-suicide de vendredi. Six cercueils de bois clair, alignés devant l'iconostase, et des photos posées dessus : une institutrice de 34 ans, deux lycéens, un couple de retraités, un vendeur de glaces.

Le bilan est passé mardi soir à dix-huit morts, y compris les deux kamikazes, après le décès d'un lycéen de 17 ans, et à soixante-douze blessés. Les obsèques de quatre victimes musulmanes avaient eu lieu samedi et dimanche.

Dans son homélie, le père Kristaq Dhimitri a parlé sans notes pendant douze minutes. « Ils ont voulu tuer devant notre porte, la porte que nos ancêtres ont franchie pendant cinq siècles. Ne leur donnons pas une seconde victoire. Ne laissons pas la peur habiter cette ville », a-t-il lancé. Puis, se tournant vers l'imam Sokol Hasani, assis au premier rang : « Vendredi, le sang des chrétiens et des musulmans a coulé sur les mêmes pavés. »

L'imam a pris la parole à son tour pour une courte oraison : « L'État islamique a revendiqué ce crime. Il ne parle pas au nom de l'islam. »

À l'issue de la cérémonie, quelque 4 000 personnes ont marché en silence jusqu'à la gare routière pour réclamer « une Albanie sans peur ». Aucun incident n'a été signalé ; 350 policiers encadraient le cortège.

Côté enquête, les trois hommes arrêtés samedi à Librazhd ont été inculpés mardi de terrorisme et placés en détention provisoire pour trente jours. Le chauffeur interpellé dimanche à Durrës a, lui, été relâché lundi sans inculpation.

Les écoles de la ville rouvriront jeudi à 8 heures. La municipalité a ouvert un registre de condoléances, qui comptait mercredi midi plus de 9 000 signatures.
"""))
GOLD += [
E(9, ["double attentat-suicide de vendredi", "a revendiqué ce crime"],
  "SUI", "2026-05-08", "day", "Elbasan", "AL", 18, 72, "exact", "Islamic State", "Islamic State", False,
  "'de vendredi' vs Wednesday 13 May -> Friday 8 May. 'dix-huit morts, y compris les deux kamikazes, ... et à soixante-douze blessés' -> 18 (bombers inside; the 17-year-old who died 'mardi soir' raised it), 72, exact. 'six des dix-huit morts' and 'Six cercueils' are the victims buried today (a subset). The imam's 'L'État islamique a revendiqué ce crime', undisputed -> claimant and perpetrator. Funerals (this one and those of 'samedi et dimanche') are not coded. '34 ans', '17 ans', 'douze minutes', 'cinq siècles', '350 policiers', '8 heures', '9 000 signatures' are not casualties."),
E(9, ["quelque 4 000 personnes ont marché en silence"],
  "PP", "2026-05-13", "day", "Elbasan", "AL", None, None, None, None, None, False,
  "'À l'issue de la cérémonie' of Wednesday morning = publication day, 13 May. A silent march with a demand ('une Albanie sans peur'), 'Aucun incident' -> Peaceful protest, null. '4 000 personnes' are marchers, '350 policiers' the escort."),
E(9, ["les trois hommes arrêtés samedi à Librazhd"],
  "ARR", "2026-05-09", "day", "Librazhd", "AL", None, None, None, "police", None, False,
  "'samedi' vs Wednesday 13 May -> 9 May. The arrest told through its judicial follow-up ('inculpés mardi ... placés en détention provisoire pour trente jours') -> one Arrests event at the arrest's place and day. 'trente jours' is a duration."),
E(9, ["Le chauffeur interpellé dimanche à Durrës"],
  "ARR", "2026-05-10", "day", "Durrës", "AL", None, None, None, "police", None, False,
  "'dimanche' vs Wednesday 13 May -> 10 May (the facilitator of holdout37-007). 'relâché lundi sans inculpation': an arrest followed by a release stays an Arrests event at its own day; the release is not an event."),
]

# -------------------------------------------------------------- holdout37-010
ARTICLES.append(A(10, "en", "article", "2026-05-30T08:00:00Z",
"Book review: 'The Quiet Recruiters' follows jihadism's slow roots in the Western Balkans",
"""
Few books arrive with such grim timing. Dritan Koçi's The Quiet Recruiters (Ballkan Press, 312 pages, 24 euros) went to press weeks before the twin suicide bombing of 8 May in Elbasan, which killed 18 people, among them the two bombers, and which Islamic State claimed the following night. The author, a former police analyst who teaches in Tirana, has added a short afterword; the rest of the book reads as a warning nobody heeded.

Koçi's thesis is that the region's jihadist networks never disappeared after the return of the foreign fighters in 2019, but went quiet, recruiting in gyms, prisons and online chats rather than in mosques. He builds it on court files, 41 interviews and a decade of reporting.

The strongest chapters revisit attacks most readers outside Albania have forgotten. In 2015, a car bomb outside the police station of Kukës injured three officers; Koçi shows that the device matched one described in a Syrian training manual. In 2021, police in Prizren, Kosovo, arrested a five-man cell that had filmed a shopping centre; its leader was later sentenced to seven years. And in 2022, a grenade thrown into a nightclub in Fier wounded four people, an attack the police dismissed at the time as a settling of scores.

The afterword, written in four days, is less assured. Koçi notes that the three men arrested in Librazhd on the day after the Elbasan attack had each spent at least 18 months in the same prison wing, and that one of the bombers, aged 23, had served time for theft at 19.

The book has flaws: a chapter on financing drowns in tables, and the index lists 600 names without dates. But at a time when Albania is deploying 1,200 extra officers and debating a 15 percent rise in the police budget, The Quiet Recruiters is a useful, uncomfortable read.
"""))
GOLD += [
E(10, ["the twin suicide bombing of 8 May in Elbasan", "the Elbasan attack"],
  "SUI", "2026-05-08", "day", "Elbasan", "AL", 18, None, "exact", "Islamic State", "Islamic State", False,
  "'of 8 May', 22 days before Saturday 30 May -> current. 'killed 18 people, among them the two bombers' -> killed 18 (bombers inside), exact; the review gives no injured figure -> null. 'which Islamic State claimed' -> claimant and perpetrator. '312 pages', '24 euros', '2019' (a return), '41 interviews', 'four days', '18 months', '23' and '19' (ages), '600 names', '1,200 extra officers', '15 percent' are not casualties."),
E(10, ["a car bomb outside the police station of Kukës injured three officers"],
  "IED", "2015-01-01", "year", "Kukës", "AL", None, 3, "exact", None, None, True,
  "'In 2015' -> year, background (the bombing of holdout37-007). A car bomb -> Remote explosive/landmine/IED, author unnamed -> null; 'injured three officers' -> 3, exact."),
E(10, ["police in Prizren, Kosovo, arrested a five-man cell"],
  "ARR", "2021-01-01", "year", "Prizren", "XK", None, None, None, "police", None, True,
  "'In 2021' -> year, background. Kosovo -> XK (the user-assigned code used for Kosovo). 'five-man' counts arrestees; 'seven years' is a sentence; the later trial is not an event."),
E(10, ["a grenade thrown into a nightclub in Fier wounded four people"],
  "GRN", "2022-01-01", "year", "Fier", "AL", None, 4, "exact", None, None, True,
  "'in 2022' -> year, background (the grenade of holdout37-006). Thrower unnamed -> null; 'wounded four people' -> 4, exact."),
E(10, ["the three men arrested in Librazhd on the day after"],
  "ARR", "2026-05-09", "day", "Librazhd", "AL", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout37-007: 'on the day after' the attack of 8 May -> 9 May, 21 days before publication -> current. No force named; police in the cluster -> 'police'."),
]
