"""Authoring source of benchmarks/events_holdout52 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Encarnación, Paraguay cluster (holdout52-001 to 005, and 021 six
weeks later; French and English), two suicide bombers on Saturday 14
February 2026 at two sites of one town (the carnival stands of the
corsódromo on Avenida Costanera and the entrance of the municipal market,
about 900 m and eight minutes apart): a French agency dispatch with a first
report ("dépêche", fr 001), a car rental company's customer notice (002), an
English wire on the claim and the arrests (003), a French parish priest's
letter to his home parish ("lettre du curé", fr 004), a national statistics
office's technical note (005) and, six weeks later, a French outlet's
morning briefing email ("lettre d'information matinale", fr 021) on an
arrest in Brazil. Paraguay is UTC-3 all year (no daylight saving since
2024): every publication time of this cluster is between 13:00 and 21:00
UTC, so every local date is the UTC date; France is UTC+1 until 28 March and
UTC+2 from 29 March 2026 (fr 021 is sent at 05:00 UTC, 07:00 in Paris).
The gold keeps the Spanish spelling with its accent, "Encarnación", as
English also writes it. The claimant, the Ejército del Pueblo Paraguayo
("Paraguayan People's Army", « l'Armée du peuple paraguayen »), is coded
"EPP", like "ELN" for the Ejército de Liberación Nacional in dev (no earlier
set named it). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout52")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout52-001
ARTICLES.append(A(1, "fr", "article", "2026-02-14T21:00:00Z",
"Paraguay : double attentat-suicide en plein carnaval d'Encarnación",
"""
ENCARNACIÓN (Paraguay), 14 fév 2026 (Agence Amérique latine Presse) - Deux kamikazes se sont fait exploser samedi après-midi à Encarnación, dans le sud du Paraguay, à huit minutes d'intervalle, en plein défilé du carnaval, tuant au moins sept personnes, sans compter les deux assaillants, et faisant des dizaines de blessés, selon un premier bilan de la police.

Le premier homme a déclenché sa ceinture d'explosifs vers 16 h 20 devant les gradins du corsódromo, sur l'avenue Costanera, où quelque 3 500 spectateurs attendaient le passage des chars. Le second s'est fait sauter huit minutes plus tard à l'entrée du marché municipal, à environ 900 mètres de là, où de nombreuses familles avaient couru se mettre à l'abri.

« Il y avait des paillettes et du sang partout », a raconté Liliana, 41 ans, qui vend des boissons à 5 000 guaraníes sur la Costanera. « Mon fils de 12 ans portait un costume de plumes. Il est vivant, c'est tout ce qui compte. »

Aucune revendication n'avait été reçue samedi soir. Une source policière a indiqué que l'attaque « pourrait être liée » à des sympathisants du Hezbollah dans la région des trois frontières, une piste que le ministre de l'Intérieur a refusé de commenter.

Le pays n'a connu jusqu'ici que des violences de faible ampleur. En 2018, une bombe artisanale avait blessé quatre soldats sur une piste près de Horqueta, dans le nord, une action revendiquée par l'Armée du peuple paraguayen (EPP), une petite guérilla.

Le pont San Roque González, qui relie Encarnación à Posadas, en Argentine, a été fermé dans les deux sens. La police a décrété un couvre-feu de 22 heures à 6 heures dans le centre-ville et dépêché 800 agents depuis Asunción, à 370 km au nord-ouest. Les hôpitaux de la ville, qui comptent 420 lits, ont lancé un appel aux donneurs de sang. La municipalité a annulé les trois derniers défilés du carnaval, qui attire chaque année des visiteurs de tout le pays et d'Argentine.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a déclenché sa ceinture d'explosifs", "Le second s'est fait sauter", "l'attaque"],
  "SUI", "2026-02-14", "day", "Encarnación", "PY", 9, 12, "at_least", None, None, False,
  "Dispatch of Saturday 14 February 2026 (18:00 in Encarnación); 'samedi après-midi' = the publication day. Two sites of one town (the corsódromo stands on Avenida Costanera and the municipal market's entrance, 'environ 900 mètres', 'huit minutes' apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept personnes, sans compter les deux assaillants' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'des dizaines de blessés' -> injured 12 (dev table: 'des dizaines' = 12 at_least; the qualifier describes the killed figure). No claim: 'pourrait être liée' à des sympathisants du Hezbollah is a police source's speculation -> perpetrator null. 'l'attaque' (once) names this bombing. '16 h 20', '3 500 spectateurs', '900 mètres', '41 ans', '5 000 guaraníes', '12 ans' (a boy who is alive), '22 heures à 6 heures', '800 agents', '370 km', '420 lits', 'trois derniers défilés' are not casualties."),
E(1, ["une bombe artisanale avait blessé quatre soldats", "une action revendiquée par l'Armée du peuple paraguayen (EPP)"],
  "IED", "2018-01-01", "year", "Horqueta", "PY", None, 4, "exact", "EPP", "EPP", True,
  "'En 2018' -> year, background. A homemade bomb on a track near Horqueta -> Remote explosive/landmine/IED, coded to Horqueta (nearest named place). 'revendiquée par l'Armée du peuple paraguayen (EPP)', told as fact and not disputed -> claimant and perpetrator 'EPP'. 'blessé quatre soldats' -> injured 4 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout52-002
ARTICLES.append(A(2, "en", "article", "2026-02-15T13:00:00Z",
"Customer notice No. 2: Encarnación desk closed, bridge shut, refunds",
"""
ITAPÚA RENT-A-CAR - CUSTOMER NOTICE No. 2 (English version). Encarnación, Sunday 15 February 2026, 10:00.

Dear customers,

Following Saturday's twin suicide bombing in Encarnación, on the Costanera and at the entrance of the municipal market, we are updating our notice of last night. Notice No. 1 gave the Interior Ministry's first toll, at least nine dead. The ministry said this morning that 13 people were killed, including the two bombers, and 61 were injured. Two of our customers, a couple from Córdoba, are among the injured; our thoughts are with every family.

VEHICLE USED BY THE BOMBERS. Police have confirmed that the two men rented one of our cars, a white Toyota Corolla with plate AAEX 417, at our bus terminal desk on Friday at 17:05, paying a deposit of 2,500,000 guaraníes in cash. The car was found on Saturday evening on Calle Mariscal Estigarribia, 200 metres from the market. Our desk clerk, who served them, was questioned for six hours at the Itapúa police headquarters and released; she is not a suspect. Police told us that two men were arrested in Ciudad del Este on Saturday night in connection with the attack.

ROADS AND BORDER. The San Roque González bridge to Posadas remains closed until further notice. Route PY01 towards Asunción is open, with a police checkpoint at kilometre 356. Expect waits of up to 90 minutes.

RETURNS AND REFUNDS. Cars booked for the carnival weekend can be returned free of charge to our Asunción office (Avenida España 1450) until Wednesday 18 February. Deposits will be refunded within 72 hours. Fuel will be charged at 7,350 guaraníes per litre. Cancellation fees are waived for all bookings from 14 to 21 February.

CONTACT. Our desk at the bus terminal is closed. Call +595 71 204 880 (7:00 to 22:00) or write to the address on your contract, quoting your booking number.

We thank our 38 staff for their work overnight.
"""))
GOLD += [
E(2, ["Saturday's twin suicide bombing in Encarnación", "the attack"],
  "SUI", "2026-02-14", "day", "Encarnación", "PY", 13, 61, "exact", None, None, False,
  "Customer notice of Sunday 15 February; 'Saturday's' -> 14 February. Two sites of one town (the Costanera and the market's entrance) -> ONE event. The toll is revised inside: Notice No. 1's 'at least nine dead' is superseded by 'this morning ... 13 people were killed, including the two bombers, and 61 were injured' -> killed 13 (bombers inside), injured 61, exact; 'Two of our customers' are a subset of the injured. No claim, no group named -> perpetrator null. 'the attack' (once, in 'in connection with the attack') names the bombing. 'No. 2', '10:00', 'No. 1', 'AAEX 417', '17:05', '2,500,000 guaraníes', '200 metres', 'six hours', 'PY01', 'kilometre 356', '90 minutes', '1450', '18 February', '72 hours', '7,350 guaraníes', '14 to 21 February', '+595 71 204 880', '7:00 to 22:00', '38 staff' are not casualties."),
E(2, ["two men were arrested in Ciudad del Este on Saturday night"],
  "ARR", "2026-02-14", "day", "Ciudad del Este", "PY", None, None, None, "police", None, False,
  "'on Saturday night' vs Sunday 15 February -> 14 February, the night of the bombing. 'Police told us' -> 'police'. The desk clerk 'questioned for six hours ... and released; she is not a suspect' is not arrested."),
]

# -------------------------------------------------------------- holdout52-003
ARTICLES.append(A(3, "en", "article", "2026-02-17T16:00:00Z",
"Paraguayan guerrilla group claims Encarnación carnival bombing",
"""
ASUNCIÓN, Paraguay (Southern Cone Wire) - The Paraguayan People's Army (EPP), a small guerrilla group that has fought in the country's north for two decades, claimed responsibility on Monday for Saturday's twin suicide bombing in the southern city of Encarnación, and prosecutors said on Tuesday the claim was credible.

The toll rose to 15 on Tuesday, including the two bombers, after a 14-year-old dancer died in hospital overnight and a 63-year-old street vendor on Monday. Sixty-one people were wounded, eight of them critically.

In a statement posted on a messaging channel it has used before, the EPP said the attack had killed "more than 40 soldiers and police of the regime". Nearly all the dead were carnival spectators. The Armed Peasant Association (ACA-EP), a splinter faction, denied any role. Interior Minister Rodrigo Benítez said the two bombers, brothers aged 24 and 27 from Concepción, "may have been" recruited in prison.

Argentine federal police on Monday arrested a boatman in Posadas, across the Paraná river, suspected of ferrying the explosives over in a fishing boat the previous week, Paraguayan prosecutors said. He faces extradition.

The two men arrested in Ciudad del Este on Saturday night were ordered held in pre-trial detention for six months by a judge on Monday. Police also questioned a dozen carnival dancers and musicians, all of whom were released.

Suicide attacks are unknown in Paraguay. The EPP, estimated at fewer than 30 fighters, has mostly carried out kidnappings and ambushes; in 2018 a roadside bomb planted by the group near Horqueta wounded four soldiers.

Encarnación, a city of about 130,000 people, has cancelled the rest of its carnival, which drew 180,000 visitors last year and brings in some $25 million. The government declared three days of national mourning from Monday, and the bridge to Posadas reopened to traffic at 06:00 on Tuesday.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing in the southern city of Encarnación", "the attack"],
  "SUI", "2026-02-14", "day", "Encarnación", "PY", 15, 61, "exact", "EPP", "EPP", False,
  "Wire of Tuesday 17 February; 'Saturday's' -> 14 February. 'The toll rose to 15 on Tuesday, including the two bombers' (a dancer of 14 died overnight and a vendor of 63 on Monday, both inside) -> killed 15 (bombers inside), exact; 'Sixty-one people were wounded' -> injured 61 (number word); 'eight of them critically' is a subset. Claimed 'on Monday' by 'The Paraguayan People's Army (EPP)', judged 'credible' by prosecutors -> claimant and perpetrator 'EPP'; the claim's 'more than 40 soldiers and police of the regime' is never used. The ACA-EP's denial is not a claim; 'may have been' recruited in prison is speculation. 'the attack' (once, in the claim's sentence) names the bombing. 'two decades', '14-year-old', '63-year-old', '24 and 27', 'six months', 'a dozen' (questioned), 'fewer than 30 fighters', '130,000', '180,000 visitors', '$25 million', 'three days', '06:00' are not casualties."),
E(3, ["Argentine federal police on Monday arrested a boatman in Posadas"],
  "ARR", "2026-02-16", "day", "Posadas", "AR", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 17 February -> 16 February. The cluster's suspected facilitator (the boatman who ferried the explosives across the Paraná), arrested in Argentina -> AR; the Argentine federal police -> 'police'. 'He faces extradition' is a follow-up, not an event."),
E(3, ["The two men arrested in Ciudad del Este on Saturday night"],
  "ARR", "2026-02-14", "day", "Ciudad del Este", "PY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout52-002: 'on Saturday night' vs Tuesday 17 February -> 14 February. 'ordered held in pre-trial detention for six months by a judge on Monday' is the arrest's judicial follow-up -> one Arrests event at the arrest's place and day. No force named -> 'police'. The dancers and musicians 'questioned ... all of whom were released' are not arrested."),
E(3, ["a roadside bomb planted by the group near Horqueta wounded four soldiers"],
  "IED", "2018-01-01", "year", "Horqueta", "PY", None, 4, "exact", "EPP", None, True,
  "'in 2018' -> year, background. A roadside bomb near Horqueta -> Remote explosive/landmine/IED. 'planted by the group' (the EPP), stated as fact by the wire -> perpetrator 'EPP'; no claim is told here -> claimed_by null (holdout52-001 tells it as claimed). 'wounded four soldiers' -> injured 4, exact. 'kidnappings and ambushes' are generic, not coded."),
]

# -------------------------------------------------------------- holdout52-004
ARTICLES.append(A(4, "fr", "article", "2026-02-22T13:00:00Z",
"Lettre d'Encarnación : « Notre paroisse porte le deuil »",
"""
LETTRE DU PÈRE ÉTIENNE MARCHAL, prêtre fidei donum à la paroisse San Pedro d'Encarnación (Paraguay), aux paroissiens de Saint-Joseph de Cholet. Encarnación, le dimanche 22 février 2026.

Chers amis,

Vous avez été nombreux à m'écrire depuis l'attentat du samedi 14 février. Je vais bien. Notre paroisse, elle, porte le deuil : seize personnes sont mortes, dont les deux kamikazes, depuis que Rosa, 19 ans, qui chantait dans notre chorale, s'est éteinte jeudi à l'hôpital régional. Soixante et un blessés, dont neuf enfants de notre catéchisme, sont encore soignés.

Lundi, l'Armée du peuple paraguayen a revendiqué ce crime. Le procureur juge la revendication crédible. Je n'arrive pas à comprendre que l'on tue des enfants déguisés pour « frapper le régime ».

Mardi soir, quelque 2 000 jeunes ont marché vers le commissariat central pour exiger la démission du chef de la police, qu'ils accusent d'avoir ignoré des alertes. Devant les grilles, les policiers les ont dispersés à coups de gaz lacrymogènes et de matraques. Onze jeunes ont été blessés, dont deux de nos servants d'autel ; l'un a eu le bras cassé.

Vendredi, tout a été différent. Plus de 15 000 personnes ont marché en silence de la cathédrale jusqu'à la Costanera, derrière une banderole « Encarnación no tiene miedo ». Aucun incident. J'y ai vu des musulmans de la ville, des pasteurs, des supporters de football.

Notre sacristain, Don Aurelio, qui avait vu les deux hommes garer leur voiture, a été entendu trois heures comme témoin par la police mercredi, puis raccompagné chez lui.

Votre collecte de Carême a déjà réuni 12 400 euros : merci. Elle servira aux familles et aux frais de rééducation, qui dépassent ici 300 dollars par mois. Nous célébrerons une messe pour les victimes le samedi 14 mars à 18 heures (22 heures à Cholet), retransmise en ligne.

Priez pour nous, et pour les deux hommes arrêtés le soir même à Ciudad del Este, afin qu'ils disent la vérité.

Fraternellement,

Père Étienne
"""))
GOLD += [
E(4, ["l'attentat du samedi 14 février", "ce crime"],
  "SUI", "2026-02-14", "day", "Encarnación", "PY", 16, 61, "exact", "EPP", "EPP", False,
  "Priest's letter of Sunday 22 February; 'du samedi 14 février' -> 14 February. 'seize personnes sont mortes, dont les deux kamikazes' (Rosa, 19, who died Thursday 19 February, is inside) -> killed 16 (number word, bombers inside), exact; 'Soixante et un blessés' -> injured 61; 'dont neuf enfants de notre catéchisme' is a subset. 'Lundi, l'Armée du peuple paraguayen a revendiqué ce crime', judged 'crédible' by the prosecutor -> claimant and perpetrator 'EPP'. Located in Encarnación from the letter's place and the bombing told by the cluster (the letter names the parish of Encarnación). '19 ans', '12 400 euros', '300 dollars', '14 mars', '18 heures', '22 heures' are not casualties; the mass of 14 March is future."),
E(4, ["quelque 2 000 jeunes ont marché vers le commissariat central", "les policiers les ont dispersés à coups de gaz lacrymogènes"],
  "PI", "2026-02-17", "day", "Encarnación", "PY", None, 11, "exact", None, None, False,
  "'Mardi soir' vs Sunday 22 February -> Tuesday 17 February. A march on the central police station of Encarnación with a demand (the police chief's resignation), 'dispersés à coups de gaz lacrymogènes et de matraques' -> Protests / Protest with intervention, perpetrator null (dev). 'Onze jeunes ont été blessés' -> injured 11 (number word), exact; 'dont deux de nos servants d'autel' is a subset. '2 000 jeunes' counts marchers."),
E(4, ["Plus de 15 000 personnes ont marché en silence"],
  "PP", "2026-02-20", "day", "Encarnación", "PY", None, None, None, None, None, False,
  "'Vendredi' vs Sunday 22 February -> 20 February. A silent march from the cathedral to the Costanera behind a banner ('Encarnación no tiene miedo'), 'Aucun incident' -> Peaceful protest, perpetrator null. '15 000' counts marchers."),
E(4, ["les deux hommes arrêtés le soir même à Ciudad del Este"],
  "ARR", "2026-02-14", "day", "Ciudad del Este", "PY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout52-002: 'le soir même' = the evening of the attack of 14 February. No force named -> 'police' (the cluster's). The sacristan 'entendu trois heures comme témoin ... puis raccompagné chez lui' (Wednesday 18 February) is heard, not arrested."),
]

# -------------------------------------------------------------- holdout52-005
ARTICLES.append(A(5, "en", "article", "2026-02-24T14:00:00Z",
"INE technical note 07/2026: Itapúa fieldwork suspended",
"""
INSTITUTO NACIONAL DE ESTADÍSTICA (INE), PARAGUAY - TECHNICAL NOTE 07/2026 (English summary). Asunción, Tuesday 24 February 2026.

Subject: Suspension of Continuous Household Survey fieldwork in Itapúa and revised release calendar.

1. Following the suicide bombing carried out by two men in Encarnación on 14 February, which killed 16 people, the two bombers among them, and injured 61 according to the Ministry of the Interior, INE suspended interviews in the department of Itapúa from 15 February. Two of our enumerators were among the injured and have since left hospital.

2. The fourth-quarter 2025 sample planned 1,248 households in Itapúa, of which 1,031 (82.6%) had been interviewed before the suspension. The remaining 217 households will be visited from 2 March, once the police lift the checkpoints around the city centre.

3. On Friday, two of our field supervisors driving from Caaguazú were stopped at a checkpoint outside Coronel Oviedo, where police had just arrested a man suspected of lodging the bombers. The supervisors were questioned for two hours before being allowed to continue. INE reminds field staff to carry their ID badge and travel order at all times.

4. Because Itapúa weighs about 8.9% of the national sample, the national unemployment rate for the quarter (5.8% in the previous quarter) will be published with a wider margin of error, plus or minus 0.6 points instead of 0.4.

5. Revised calendar: labour market bulletin, 31 March instead of 17 March; poverty estimates, 28 April; consumer price index, unchanged, 5 March.

6. Staff who need psychological support can call the Ministry of Health's free line 0800 11 4400 (08:00 to 20:00). Enumerators paid per interview will receive a flat allowance of 1,200,000 guaraníes for February.

INE expresses its condolences to the families of the victims and thanks the 96 enumerators and supervisors of the Itapúa office.
"""))
GOLD += [
E(5, ["the suicide bombing carried out by two men in Encarnación on 14 February"],
  "SUI", "2026-02-14", "day", "Encarnación", "PY", 16, 61, "exact", None, None, False,
  "Technical note of Tuesday 24 February; 'on 14 February' -> 14 February. 'which killed 16 people, the two bombers among them, and injured 61' -> killed 16 (bombers inside), injured 61, exact; 'Two of our enumerators' are a subset of the injured. The note names no claim -> perpetrator null (each document stands alone). '07/2026', '15 February', '2025', '1,248 households', '1,031', '82.6%', '217 households', '2 March', 'two hours', '8.9%', '5.8%', '0.6', '0.4', '31 March', '17 March', '28 April', '5 March', '0800 11 4400', '08:00 to 20:00', '1,200,000 guaraníes', '96 enumerators' are not casualties."),
E(5, ["police had just arrested a man suspected of lodging the bombers"],
  "ARR", "2026-02-20", "day", "Coronel Oviedo", "PY", None, None, None, "police", None, False,
  "'On Friday' vs Tuesday 24 February -> 20 February. An arrest at a checkpoint 'outside Coronel Oviedo' -> coded to Coronel Oviedo (nearest named place); a suspected facilitator (he lodged the bombers); 'police'. The two INE supervisors 'questioned for two hours before being allowed to continue' are not arrested."),
]

# -------------------------------------------------------------- holdout52-021
ARTICLES.append(A(21, "fr", "article", "2026-04-01T05:00:00Z",
"La Matinale : un suspect de l'attentat d'Encarnación arrêté au Brésil",
"""
LA MATINALE DU COURRIER DES AMÉRIQUES - mercredi 1er avril 2026. Votre lettre du matin, en cinq points et cinq minutes.

Bonjour. Au menu ce matin : une arrestation au Brésil, le peso argentin, un festival chilien privé de courant, les nouvelles règles du Machu Picchu et notre grand format du soir.

1. PARAGUAY. La police fédérale brésilienne a arrêté lundi à Foz do Iguaçu, de l'autre côté du pont de l'Amitié, un changeur de devises paraguayen de 52 ans soupçonné d'avoir financé le double attentat-suicide d'Encarnación. L'attaque du 14 février, revendiquée par l'Armée du peuple paraguayen (EPP), avait fait seize morts, kamikazes compris, et soixante et un blessés pendant le défilé du carnaval. Selon les enquêteurs, l'homme aurait fait passer l'équivalent de 85 000 dollars en trois virements depuis une maison de change de la ville. Asunción demande son extradition ; le Brésil dispose de 60 jours pour répondre.

2. ARGENTINE. Le peso a perdu 1,8 % face au dollar mardi ; la banque centrale a relevé son taux directeur à 32 %, son niveau le plus haut depuis octobre.

3. CHILI. À Valparaíso, le festival de musique de l'automne austral est repoussé au 18 avril après une panne qui a privé 240 000 foyers d'électricité pendant neuf heures dimanche.

4. PÉROU. Le Machu Picchu limite désormais ses entrées à 5 600 visiteurs par jour, en quatre circuits ; le billet passe à 152 soles pour les étrangers.

5. À LIRE CE SOIR. Notre grand format : « Encarnación, six semaines après », le portrait de ces familles qui reconstruisent leur vie autour du marché municipal, rouvert le 16 mars avec 212 de ses 240 étals.

La météo de la rédaction : 24 degrés à Asunción, 19 à Santiago, 27 à Lima.

Vous recevez cette lettre parce que vous êtes abonné au Courrier des Amériques. Rédaction : 12, rue de Provence, 75009 Paris. Pour nous écrire : matinale@courrier-ameriques.example. Se désabonner en un clic.
"""))
GOLD += [
E(21, ["La police fédérale brésilienne a arrêté lundi à Foz do Iguaçu"],
  "ARR", "2026-03-30", "day", "Foz do Iguaçu", "BR", None, None, None, "police", None, False,
  "Briefing email of Wednesday 1 April 2026 (07:00 in Paris); 'lundi' -> Monday 30 March, two days before -> current. A money changer suspected of financing the bombing, arrested in Brazil -> BR; the Brazilian federal police -> 'police'. The extradition request and its '60 jours' are follow-ups, not events. '52 ans', '85 000 dollars', 'trois virements' are not casualties."),
E(21, ["le double attentat-suicide d'Encarnación", "L'attaque du 14 février"],
  "SUI", "2026-02-14", "day", "Encarnación", "PY", 16, 61, "exact", "EPP", "EPP", True,
  "'du 14 février' -> 14 February, 46 days before Wednesday 1 April -> background. 'seize morts, kamikazes compris, et soixante et un blessés' -> killed 16 (bombers inside), injured 61 (number words), exact. 'revendiquée par l'Armée du peuple paraguayen (EPP)', undisputed -> claimant and perpetrator 'EPP'. The other items hold no event: '1,8 %', '32 %', '18 avril', '240 000 foyers' (a power cut), 'neuf heures', '5 600 visiteurs', '152 soles', '16 mars', '212 de ses 240 étals', '24 degrés', '19', '27', '12, rue de Provence', '75009' are not casualties."),
]
