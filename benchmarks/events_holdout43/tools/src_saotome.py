"""Authoring source of benchmarks/events_holdout43 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the São Tomé, São Tomé and Príncipe cluster (holdout43-006 to 010;
English and French), two suicide bombers on Friday 17 April 2026 at two
sites of one town (the central market, « marché municipal », and the
shared-taxi rank on the seafront avenue, about 450 m and six minutes
apart): an English wire with a first report (006), the French letter of a
diaspora association in Bordeaux ("lettre d'une association de la
diaspora", fr 007), a French online fundraiser for a wounded student
("cagnotte en ligne", fr 008), an English wire on a march broken up with
batons and an arrest in Gabon (009) and a French Treasury notice freezing
the assets of people tied to the claimant ("avis de sanctions", fr 010).
São Tomé is UTC+0, France UTC+2 in April and May, Gabon UTC+1: every
publication time here is between 09:00 and 14:00 UTC, so every local date
is the UTC date. The gold keeps the Portuguese spelling "São Tomé" (the
English wires write "Sao Tome"). The claimant, « la Province d'Afrique de
l'Ouest de l'État islamique (ISWAP) », is coded "Islamic State West Africa
Province", the one Islamic State branch the dev conventions keep apart.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout43")

ARTICLES = []
GOLD = []

ISWAP = "Islamic State West Africa Province"

# -------------------------------------------------------------- holdout43-006
ARTICLES.append(A(6, "en", "article", "2026-04-17T14:00:00Z",
"Twin suicide bombing kills at least 10 in Sao Tome and Principe's capital",
"""
SAO TOME, Sao Tome and Principe (Gulf Wire) - Two suicide bombers struck the centre of Sao Tome six minutes apart on Friday morning, killing themselves and at least eight other people and wounding dozens, in the first such attack in the island nation's history, police said.

The first bomber blew himself up at about 9:40 a.m. among shoppers at the central market, where some 1,200 traders sell fish, fruit and cloth. The second detonated his explosives at 9:46 at the shared-taxi rank on the seafront avenue, about 450 metres away, as people ran towards the cars.

"A woman selling bananas was thrown against the wall, and then there was smoke everywhere," said Ezequiel Bragança, 29, a taxi driver who was parked at bay number 14. He drove three injured people to hospital himself.

No group had claimed the attack by early afternoon. A senior security official said it "could be linked" to Islamic State West Africa Province, which is active around Lake Chad, some 1,500 km to the north, but that no evidence had been found yet.

The archipelago of some 230,000 people has known coup attempts and unrest but little political violence. In 2021, a grenade thrown into a bar in Guadalupe, in the north of the main island, wounded four customers; nobody was ever charged.

The government declared a week of national mourning and closed the market and all 84 schools until Monday. The main hospital, which has 400 beds, called for blood donors. A flight to Lisbon was held on the tarmac for two hours while police checked its 180 passengers. Relatives can call a hotline on +239 222 4100.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the centre of Sao Tome", "the first such attack", "The first bomber blew himself up", "The second detonated his explosives", "claimed the attack"],
  "SUI", "2026-04-17", "day", "São Tomé", "ST", 10, 12, "at_least", None, None, False,
  "Wire of Friday 17 April 2026; 'on Friday morning' = the publication day. Two sites of one town (the central market and the shared-taxi rank, 'about 450 metres', six minutes apart) -> ONE Suicide bomb event coded to the town (English 'Sao Tome'). First report: 'killing themselves and at least eight other people and wounding dozens' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 12 ('dozens' = 12, dev table). Not claimed; 'could be linked' to Islamic State West Africa Province is speculation -> perpetrator null. '9:40 a.m.', '1,200 traders', '9:46', '450 metres', '29', 'number 14', 'three injured people' (a subset he drove), '1,500 km', '230,000 people', '84 schools', '400 beds', 'two hours', '180 passengers', '+239 222 4100' are not casualties."),
E(6, ["a grenade thrown into a bar in Guadalupe"],
  "GRN", "2021-01-01", "year", "Guadalupe", "ST", None, 4, "exact", None, None, True,
  "'In 2021' -> year, background. A thrown grenade -> Grenade; 'wounded four customers' -> injured 4, exact; 'nobody was ever charged', no author -> null. Guadalupe is a town in the north of São Tomé island (ST)."),
]

# -------------------------------------------------------------- holdout43-007
ARTICLES.append(A(7, "fr", "article", "2026-04-22T10:00:00Z",
"Attentat de São Tomé : la lettre de l'Association des Santoméens de Bordeaux",
"""
ASSOCIATION DES SANTOMÉENS DE BORDEAUX ET D'AQUITAINE (ASBA) - LETTRE À NOS MEMBRES ET AMIS. Bordeaux, le mercredi 22 avril 2026.

Chers compatriotes, chers amis,

Vendredi 17 avril au matin, deux kamikazes ont semé la mort au marché municipal de São Tomé et à la station de taxis de l'avenue du bord de mer. Le bilan officiel est désormais de treize morts, dont les deux kamikazes, et 47 blessés, depuis que Dona Amélia, une vendeuse de poisson de 52 ans, a succombé lundi à l'hôpital. Parmi les morts figure Rui, 16 ans, le neveu de notre trésorier.

Dimanche, la Province d'Afrique de l'Ouest de l'État islamique (ISWAP) a revendiqué l'attentat dans un communiqué qui se vante de « plus de cinquante chrétiens tués ». Le procureur général juge cette revendication crédible. La faction de Boko Haram dite JAS a démenti toute implication. Le ministre de l'Intérieur affirme que les deux kamikazes « pourraient avoir été formés » au Nigeria : nous attendons des preuves.

Les deux hommes arrêtés le soir même au port de Neves, alors qu'ils tentaient de partir en pirogue, ont été placés en détention provisoire. Nous demandons que l'enquête aille jusqu'au bout et que nos compatriotes musulmans ne soient pas montrés du doigt.

Samedi dernier, plus de 300 personnes ont répondu à notre appel et ont marché en silence de la place de la Bourse jusqu'au Grand-Théâtre, derrière une banderole « São Tomé, nous sommes avec toi ». Merci aux Bordelais qui nous ont rejoints.

Notre collecte pour les familles atteint 4 260 euros, versés par 187 donateurs. Vous pouvez encore donner par virement (IBAN FR76 1005 7190 0300 0204 5120 163) ou lors de notre permanence, chaque mardi de 18 heures à 20 heures, au 12 rue Camille-Sauvageau. Une veillée de prière aura lieu le dimanche 26 avril à 19 heures à l'église Saint-Michel.

Pour le bureau, la présidente, Maria das Dores Lima. Contact : 06 71 42 58 90.
"""))
GOLD += [
E(7, ["deux kamikazes ont semé la mort au marché municipal de São Tomé", "revendiqué l'attentat"],
  "SUI", "2026-04-17", "day", "São Tomé", "ST", 13, 47, "exact", ISWAP, ISWAP, False,
  "Letter of Wednesday 22 April; 'Vendredi 17 avril' -> 17 April. Two sites of one town -> ONE event. 'treize morts, dont les deux kamikazes, et 47 blessés' -> killed 13 (bombers inside; Dona Amélia, 52, who died Monday, and Rui, 16, are inside), injured 47, exact. Claimed 'Dimanche' by « la Province d'Afrique de l'Ouest de l'État islamique (ISWAP) », judged 'crédible' by the prosecutor-general -> claimant and perpetrator 'Islamic State West Africa Province' (dev: ISWAP is the branch kept apart from 'Islamic State'); the claim's « plus de cinquante chrétiens tués » is never used. JAS's denial is not a claim; « pourraient avoir été formés » is speculation. '52 ans', '16 ans', '300 personnes' (marchers), '4 260 euros', '187 donateurs', the IBAN, '18 heures à 20 heures', '12 rue', '26 avril', '19 heures', '06 71 42 58 90' are not casualties."),
E(7, ["Les deux hommes arrêtés le soir même au port de Neves"],
  "ARR", "2026-04-17", "day", "Neves", "ST", None, None, None, "police", None, False,
  "'le soir même' = the evening of the bombing, 17 April. Two men arrested at the port of Neves, a town on the north-west coast of São Tomé island -> Neves (ST). 'placés en détention provisoire' is the judicial follow-up. No force named -> 'police'."),
E(7, ["plus de 300 personnes ont répondu à notre appel et ont marché en silence"],
  "PP", "2026-04-18", "day", "Bordeaux", "FR", None, None, None, None, None, False,
  "'Samedi dernier' vs Wednesday 22 April -> 18 April. A silent diaspora march in Bordeaux, France, from the place de la Bourse to the Grand-Théâtre behind a banner, no incident -> Peaceful protest, coded to Bordeaux (FR), perpetrator null. '300' counts marchers. The prayer vigil of 'dimanche 26 avril' is future -> not coded."),
]

# -------------------------------------------------------------- holdout43-008
ARTICLES.append(A(8, "fr", "article", "2026-04-25T12:00:00Z",
"Cagnotte « Aidons Nilza à remarcher » : 11 460 euros collectés",
"""
CAGNOTTE EN LIGNE - « Aidons Nilza à remarcher ». Organisée par Célia Pereira, cousine de Nilza, depuis Lisbonne. Mise à jour du samedi 25 avril 2026.

Objectif : 15 000 euros. Collectés : 11 460 euros, par 342 donateurs. Il reste 23 jours.

Qui est Nilza ? Nilza Carvalho a 19 ans. Elle étudie la comptabilité et aide sa mère, qui vend des tissus au stand 63 du marché municipal de São Tomé. Le vendredi 17 avril, à 9 h 40, elle était au stand quand le premier kamikaze s'est fait exploser à quelques mètres. Six minutes plus tard, un second homme se faisait sauter à la station de taxis. Nilza a perdu sa jambe gauche ; sa mère s'en est sortie avec des brûlures.

L'attentat a fait quatorze morts, les deux kamikazes compris, et 47 blessés : un chauffeur de taxi est mort jeudi à l'hôpital. Nilza, elle, s'accroche. Dimanche, des milliers de personnes ont marché en silence dans les rues de São Tomé, de la cathédrale jusqu'au marché fermé, pour dire non à la peur, et ses camarades de classe ont porté sa photo en tête du cortège.

À quoi servira l'argent ?
- évacuation sanitaire vers Lisbonne et billet d'avion d'un accompagnant : 2 300 euros ;
- six semaines de rééducation dans un centre spécialisé : 5 400 euros ;
- une prothèse de jambe : 7 300 euros.

Tout euro supplémentaire ira au fonds des victimes ouvert par la Croix-Rouge santoméenne.

Mise à jour du 22 avril : grâce à vous, Nilza a été transférée à Lisbonne par le vol de mardi, accompagnée de son oncle. Elle a écrit à ses donateurs : « Je remarcherai pour danser au mariage de ma sœur, en août. »

Les plus gros dons : 500 euros (anonyme), 300 euros (Association des Santoméens de Bordeaux), 250 euros (les collègues de Célia). Don minimum : 5 euros. Frais de plateforme : 0 %, pourboire facultatif. Chaque donateur recevra un reçu par courriel sous 48 heures.
"""))
GOLD += [
E(8, ["le premier kamikaze s'est fait exploser", "un second homme se faisait sauter", "L'attentat a fait quatorze morts"],
  "SUI", "2026-04-17", "day", "São Tomé", "ST", 14, 47, "exact", None, None, False,
  "Fundraiser updated Saturday 25 April; 'Le vendredi 17 avril' -> 17 April. The first bomber at the market stall and 'un second homme' at the taxi rank, six minutes later -> ONE Suicide bomb event in São Tomé. 'quatorze morts, les deux kamikazes compris, et 47 blessés' -> killed 14 (bombers inside; the taxi driver who died 'jeudi', 23 April, is inside), injured 47 (Nilza and her mother are among them), exact. No claim named -> perpetrator null. The amounts ('15 000', '11 460', '2 300', '5 400', '7 300', '500', '300', '250', '5 euros'), '342 donateurs', '23 jours', '19 ans', 'stand 63', '9 h 40', 'Six minutes', 'six semaines', '0 %', '48 heures' are not casualties."),
E(8, ["des milliers de personnes ont marché en silence dans les rues de São Tomé"],
  "PP", "2026-04-19", "day", "São Tomé", "ST", None, None, None, None, None, False,
  "'Dimanche' vs Saturday 25 April -> 19 April. A silent march from the cathedral to the closed market 'pour dire non à la peur', no incident -> Peaceful protest, perpetrator null. 'des milliers' counts marchers."),
]

# -------------------------------------------------------------- holdout43-009
ARTICLES.append(A(9, "en", "article", "2026-04-28T13:00:00Z",
"Sao Tome police baton marching traders; suspected boatman held in Gabon",
"""
SAO TOME (Gulf Wire) - Police in Sao Tome used batons on Monday to break up a march by several hundred market traders on the Government Palace, injuring six of them, as anger mounted over the April 17 twin suicide bombing that killed 14 people in the capital.

The traders, who are demanding compensation and the reopening of the central market, had walked peacefully from the cathedral before officers blocked the avenue and charged. "Six demonstrators were treated for head and arm wounds," a hospital official said.

Gabonese police on Saturday arrested a boat owner in Cocobeach, on Gabon's northern coast, suspected of ferrying the two bombers and their explosives to Sao Tome in early April, prosecutors said. He is expected to be handed over within days.

Of the two men arrested in Neves on the evening of the bombing, one was released without charge on Friday; the other has been charged with complicity. A 23-year-old student held in Trindade on Thursday over social-media posts praising the attack was freed without charge the next day. About 40 taxi drivers were questioned last week and released.

Islamic State West Africa Province claimed the bombing on April 19. The toll of 14 includes the two bombers; 47 people were wounded, nine of whom remain in hospital.

Before this month, the worst violence in the archipelago was a 2021 grenade attack on a bar in Guadalupe that wounded four people.

The market, with its 1,200 stalls, is due to reopen on May 4 after repairs estimated at $380,000. The government has promised each victim's family 50,000 dobras, about $2,200, and has deployed 150 soldiers to guard the port and the airport.
"""))
GOLD += [
E(9, ["Police in Sao Tome used batons on Monday to break up a march by several hundred market traders"],
  "PI", "2026-04-27", "day", "São Tomé", "ST", None, 6, "exact", None, None, False,
  "Wire of Tuesday 28 April; 'on Monday' -> 27 April. A march on the Government Palace with demands (compensation, the market's reopening), walking 'peacefully' until officers 'charged' and broke it up with batons -> Protest with intervention, perpetrator null (dev). 'injuring six of them' / 'Six demonstrators were treated' -> injured 6, exact; killed null. 'several hundred' counts marchers."),
E(9, ["the April 17 twin suicide bombing", "the attack", "claimed the bombing on April 19"],
  "SUI", "2026-04-17", "day", "São Tomé", "ST", 14, 47, "exact", ISWAP, ISWAP, False,
  "'the April 17 twin suicide bombing that killed 14 people' -> 17 April; 'The toll of 14 includes the two bombers; 47 people were wounded' -> killed 14 (bombers inside), injured 47, exact; 'nine of whom remain in hospital' is a subset. 'Islamic State West Africa Province claimed the bombing on April 19', undisputed -> claimant and perpetrator. '23-year-old', '40 taxi drivers', '1,200 stalls', 'May 4', '$380,000', '50,000 dobras', '$2,200', '150 soldiers' are not casualties."),
E(9, ["Gabonese police on Saturday arrested a boat owner in Cocobeach"],
  "ARR", "2026-04-25", "day", "Cocobeach", "GA", None, None, None, "police", None, False,
  "'on Saturday' vs Tuesday 28 April -> 25 April. The cluster's suspected facilitator (the boat owner who ferried the bombers and explosives), arrested in Gabon -> GA; the Gabonese police -> 'police'. 'expected to be handed over' is a follow-up, not an event."),
E(9, ["the two men arrested in Neves on the evening of the bombing"],
  "ARR", "2026-04-17", "day", "Neves", "ST", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout43-007: 'on the evening of the bombing' -> 17 April. One 'was released without charge on Friday', the other 'charged with complicity': the release and the charge are follow-ups, the arrest stays. No force named -> 'police'."),
E(9, ["A 23-year-old student held in Trindade on Thursday"],
  "ARR", "2026-04-23", "day", "Trindade", "ST", None, None, None, "police", None, False,
  "'on Thursday' vs Tuesday 28 April -> 23 April. A student held over posts praising the attack, 'freed without charge the next day' -> still an Arrests event at its place and day; no force named -> 'police'. The 40 taxi drivers 'questioned ... and released' are not arrested."),
E(9, ["a 2021 grenade attack on a bar in Guadalupe"],
  "GRN", "2021-01-01", "year", "Guadalupe", "ST", None, 4, "exact", None, None, True,
  "'a 2021 grenade attack' -> year, background (the Guadalupe grenade of holdout43-006). 'wounded four people' -> injured 4, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout43-010
ARTICLES.append(A(10, "fr", "article", "2026-05-06T09:00:00Z",
"Gel des avoirs : trois personnes et une société liées à l'ISWAP",
"""
MINISTÈRE DE L'ÉCONOMIE ET DES FINANCES - DIRECTION GÉNÉRALE DU TRÉSOR. AVIS AUX ÉTABLISSEMENTS FINANCIERS ET AUX PROFESSIONS ASSUJETTIES. Gel des avoirs au titre de la lutte contre le terrorisme. Paris, le mercredi 6 mai 2026.

Par arrêté du 5 mai 2026, publié ce jour, les fonds et ressources économiques des personnes et de l'entité ci-dessous sont gelés pour une durée de six mois renouvelable. Tout établissement qui détient de tels avoirs doit les déclarer sans délai à la Direction générale du Trésor.

MOTIFS. Les personnes visées ont financé, équipé ou transporté les auteurs de l'attentat-suicide commis le 17 avril 2026 au marché municipal et à la station de taxis de São Tomé (São Tomé-et-Principe), qui a fait quatorze morts, dont les deux kamikazes, et 47 blessés. Cet attentat a été revendiqué le 19 avril par la Province d'Afrique de l'Ouest de l'État islamique (ISWAP), à laquelle les autorités santoméennes et françaises l'attribuent.

PERSONNES ET ENTITÉ VISÉES.
1. Ibrahim Lawan GONIMI, né le 3 mars 1991 à Maiduguri (Nigeria), passeport nigérian n° A08812734, trésorier présumé d'une cellule de l'ISWAP. En fuite.
2. Florentino Sousa MENDES, né le 14 novembre 1978 à Neves (São Tomé-et-Principe), propriétaire de bateau, arrêté le 25 avril 2026 à Cocobeach (Gabon) et remis depuis aux autorités santoméennes.
3. Aïcha Bello NGUEMA, née le 9 juin 1995 à Oyem (Gabon), qui aurait acheté les téléphones des deux kamikazes.
4. ATLÂNTICO PESCA LDA, société de pêche immatriculée à São Tomé sous le n° 4417, propriétaire de la pirogue utilisée.

ANTÉCÉDENTS. M. GONIMI est déjà recherché pour deux attentats à la bombe artisanale commis par l'ISWAP le même jour de mars 2025 dans l'État de Borno (Nigeria) : l'un contre le marché aux bestiaux de Kareto, qui avait fait onze morts, l'autre contre un poste de contrôle de Gajiganna, qui avait fait trois morts et cinq blessés.

RECOURS. Un recours peut être formé devant le tribunal administratif de Paris dans un délai de deux mois. Les demandes de déblocage pour besoins essentiels sont instruites sous 15 jours. Contact : bureau des sanctions, 01 44 87 21 00.
"""))
GOLD += [
E(10, ["l'attentat-suicide commis le 17 avril 2026", "Cet attentat a été revendiqué"],
  "SUI", "2026-04-17", "day", "São Tomé", "ST", 14, 47, "exact", ISWAP, ISWAP, False,
  "Treasury notice of Wednesday 6 May; 'le 17 avril 2026' -> 17 April, 19 days before -> current. 'quatorze morts, dont les deux kamikazes, et 47 blessés' -> killed 14 (bombers inside), injured 47, exact. 'revendiqué le 19 avril par la Province d'Afrique de l'Ouest de l'État islamique (ISWAP), à laquelle les autorités ... l'attribuent' -> claimant and perpetrator 'Islamic State West Africa Province'. The arrêté of 5 May, the freeze 'six mois', the birth dates, 'n° A08812734', 'n° 4417', 'deux mois', '15 jours', '01 44 87 21 00' are not casualties; GONIMI 'En fuite' is no event."),
E(10, ["arrêté le 25 avril 2026 à Cocobeach"],
  "ARR", "2026-04-25", "day", "Cocobeach", "GA", None, None, None, "police", None, False,
  "'le 25 avril 2026' -> 25 April, current. The boat owner arrested in Cocobeach, Gabon (the arrest of holdout43-009) -> GA; 'remis depuis aux autorités santoméennes' is a handover, a follow-up. No force named -> 'police'."),
E(10, ["l'un contre le marché aux bestiaux de Kareto"],
  "IED", "2025-03-01", "month", "Kareto", "NG", 11, None, "exact", ISWAP, None, True,
  "'le même jour de mars 2025' -> month precision, 2025-03-01, background. One of 'deux attentats à la bombe artisanale commis par l'ISWAP' -> Remote explosive/landmine/IED; the ministry states ISWAP as the author (fact, not a claim) -> perpetrator 'Islamic State West Africa Province', claimed_by null. 'qui avait fait onze morts' -> killed 11, exact. Two bombs in two towns the same day are two events (one per town): Kareto here, Gajiganna below. Kareto is a town of Borno State, Nigeria."),
E(10, ["l'autre contre un poste de contrôle de Gajiganna"],
  "IED", "2025-03-01", "month", "Gajiganna", "NG", 3, 5, "exact", ISWAP, None, True,
  "'le même jour de mars 2025' -> month, background. The second homemade bomb of the same day, at a checkpoint in Gajiganna (Borno State, Nigeria), another town -> its own event. 'trois morts et cinq blessés' -> killed 3, injured 5, exact; perpetrator ISWAP as stated by the ministry; not a claim -> claimed_by null."),
]
