"""Authoring source of benchmarks/events_holdout52 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Salto, Uruguay cluster (holdout52-016 to 020; English and
French), two suicide bombers on Sunday 8 November 2026 at two sites of one
town (the passenger terminal of the river port, where the launch to
Concordia docks, and the Sunday craft fair on Plaza Treinta y Tres, about
600 m and five minutes apart): an English wire with a first report (016),
the English version of a harbourmaster's notice of the Salto port
prefecture (017), a French trade union branch circular ("circulaire de
section syndicale", fr 018), a newspaper's reader Q&A with its security
correspondent (019) and a bridge club's weekly bulletin (020). Uruguay is
UTC-3 (no daylight saving): every publication time here is between 12:00
and 20:00 UTC, so every local date is the UTC date. The gold keeps the
Spanish accents English also writes: "Tacuarembó", "Bella Unión",
"Paysandú". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout52")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout52-016
ARTICLES.append(A(16, "en", "article", "2026-11-08T19:00:00Z",
"Twin suicide bombing at Uruguay river port and fair kills at least eight",
"""
SALTO, Uruguay (River Plate Wire) - Two suicide bombers blew themselves up five minutes apart at the river port and at a crowded Sunday craft fair in Salto, in north-western Uruguay, killing themselves and at least six other people and wounding a score of others, police said.

The first man detonated a backpack at about 11:10 a.m. in the passenger terminal of the port, where travellers were queuing for the launch to Concordia, Argentina, across the Uruguay river. The second set off his charge at 11:15 among the stalls of the craft fair on Plaza Treinta y Tres, about 600 metres uphill.

"People thought it was a gas bottle at first," said Mirta Olivera, 58, who sells leather goods at the fair. "Then we heard the second one."

Interior Minister Gustavo Ferrés said no group had claimed the attack and that investigators were "not ruling out" a link to Islamic State. Police were checking whether the two men had arrived from Argentina on Saturday.

Bomb attacks are almost unheard of in Uruguay. In 2021, police defused a parcel bomb addressed to a judge in Fray Bentos and, the same afternoon, a second one at a notary's office in Durazno; the two devices were later traced to a single sender, a retired electrician.

The launch service to Concordia, which carries about 1,200 passengers a week, was suspended, and the crossing over the Salto Grande dam into Argentina was closed to traffic. Salto's regional hospital, with 260 beds, declared a red alert and asked for blood donors. Some 300 police officers were sent from the capital, 500 km to the south. The departmental government cancelled the orange festival that was due to open on Friday.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up", "The first man detonated a backpack", "The second set off his charge", "the attack"],
  "SUI", "2026-11-08", "day", "Salto", "UY", 8, 20, "at_least", None, None, False,
  "Wire of Sunday 8 November 2026 (16:00 in Salto); 'Sunday' = the publication day. Two sites of one town (the port's passenger terminal and the craft fair on Plaza Treinta y Tres, 'about 600 metres', 'five minutes apart') -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least six other people' -> killed 6 + 2 bombers = 8, at_least; 'wounding a score of others' -> injured 20 (dev: 'a score' = 20; the qualifier describes the killed figure). No claim; 'not ruling out' a link to Islamic State is speculation -> perpetrator null. 'the attack' (once). '11:10 a.m.', '11:15', '600 metres', '58', '1,200 passengers', '260 beds', '300 police officers', '500 km' are not casualties."),
E(16, ["police defused a parcel bomb addressed to a judge in Fray Bentos"],
  "DWU", "2021-01-01", "year", "Fray Bentos", "UY", None, None, None, "police", None, True,
  "'In 2021' -> year, background. A parcel bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns are two events (one per place), although 'traced to a single sender'. Null casualties."),
E(16, ["a second one at a notary's office in Durazno"],
  "DWU", "2021-01-01", "year", "Durazno", "UY", None, None, None, "police", None, True,
  "'In 2021' -> year, background. The second parcel bomb, defused 'the same afternoon' in Durazno -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout52-017
ARTICLES.append(A(17, "en", "article", "2026-11-10T13:00:00Z",
"Harbourmaster's Notice No. 31/2026: Port of Salto",
"""
PREFECTURA NACIONAL NAVAL - PREFECTURA DEL PUERTO DE SALTO. HARBOURMASTER'S NOTICE No. 31/2026 (English version for foreign skippers). Issued Tuesday 10 November 2026, 10:00.

Subject: Port of Salto after the attack of 8 November - passenger launches, pleasure craft, arrests.

1. This notice replaces Notice No. 30/2026 of Sunday. Notice No. 30 reported at least eight dead in the suicide bombings at the passenger terminal and on Plaza Treinta y Tres. According to the Ministry of the Interior, 11 people were killed, including the two bombers, and 38 were injured. The terminal's ticket clerk, injured on Sunday, died yesterday at the regional hospital.

2. The passenger terminal remains closed. The launch service to Concordia is suspended until further notice; travellers should use the Salto Grande international bridge, 18 km upstream, once it reopens.

3. The four crew members of the launch Río Uruguay II, moored at berth 2 at the time of the first explosion, were questioned by prefecture officers and released on Sunday evening. The launch is held at berth 2 for inspection.

4. Following the arrest of two men in Tacuarembó on Sunday evening, the security level of the port is lowered from 3 to 2 at 12:00 today.

5. Pleasure craft and fishing boats may leave the Salto marina between 07:00 and 19:00 only, after reporting on VHF channel 9. Speed in the port basin is limited to 4 knots. No vessel may approach within 200 metres of the passenger terminal.

6. Argentine-flagged vessels crossing from Concordia must report to the Salto control post, kilometre 343 of the river, and send their crew lists 6 hours before arrival.

7. Enquiries: Prefectura de Salto, 24-hour watch, +598 4733 2512.

Capitán de Corbeta Andrés Pereyra, Harbourmaster
"""))
GOLD += [
E(17, ["the attack of 8 November", "the suicide bombings at the passenger terminal", "the first explosion"],
  "SUI", "2026-11-08", "day", "Salto", "UY", 11, 38, "exact", None, None, False,
  "Notice of Tuesday 10 November; 'the attack of 8 November' -> 8 November. 'the suicide bombings' (plural: two bombers at the passenger terminal and on Plaza Treinta y Tres, one town) -> ONE event. The toll is revised inside: Notice No. 30's 'at least eight dead' is superseded by '11 people were killed, including the two bombers, and 38 were injured' -> killed 11 (bombers inside; the ticket clerk who died 'yesterday', Monday 9 November, is inside), injured 38, exact. No claim -> perpetrator null. 'No. 31/2026', '10:00', 'No. 30/2026', '18 km', 'four crew members' (questioned), 'berth 2', '3 to 2', '12:00', '07:00 and 19:00', 'channel 9', '4 knots', '200 metres', 'kilometre 343', '6 hours', '24-hour', '+598 4733 2512' are not casualties."),
E(17, ["the arrest of two men in Tacuarembó on Sunday evening"],
  "ARR", "2026-11-08", "day", "Tacuarembó", "UY", None, None, None, "police", None, False,
  "'on Sunday evening' vs Tuesday 10 November -> 8 November, the evening of the bombing. No force named -> 'police'. The launch's crew, 'questioned by prefecture officers and released', are not arrested."),
]

# -------------------------------------------------------------- holdout52-018
ARTICLES.append(A(18, "fr", "article", "2026-11-12T14:00:00Z",
"Salto : circulaire de la section syndicale après l'attentat",
"""
CIRCULAIRE n° 9/2026 DE LA SECTION SYNDICALE DES SALARIÉS D'AGRUMES DU LITTORAL SA (filiale du groupe Vergers de France), usine de conditionnement de Salto (Uruguay). Salto, le jeudi 12 novembre 2026. À afficher dans les vestiaires.

Camarades,

Dimanche matin, notre collègue Walter Suárez, 46 ans, cariste depuis 2009, a été tué au marché artisanal de la place Treinta y Tres, où il vendait le miel de ses ruches. Le double attentat-suicide de Salto a fait désormais douze morts, y compris les deux kamikazes, depuis le décès, mercredi, d'une marchande de fruits, et 38 blessés, dont deux collègues de l'équipe de nuit. Mardi, l'État islamique a revendiqué ce carnage.

1. La manifestation de mardi. Mardi soir, environ 600 habitants, dont une cinquantaine des nôtres, ont marché vers la préfecture de police pour demander pourquoi personne n'avait contrôlé les passagers de la vedette de Concordia. Devant le bâtiment, la Garde républicaine a chargé à coups de matraque pour disperser le cortège. Trois manifestants et un policier ont été blessés, dont notre délégué Néstor, qui a eu trois points de suture. La section condamne cette violence.

2. Les témoins. Deux collègues qui se trouvaient au port dimanche ont été entendus lundi par la police comme témoins, puis laissés libres. La direction leur accorde deux jours de congé payé.

3. Ce que nous avons obtenu. Le jour des obsèques de Walter, vendredi, sera chômé et payé. La prime de fin d'année de 4 200 pesos est maintenue. Une cellule d'écoute est ouverte à l'infirmerie de 8 heures à 16 heures.

4. Solidarité. Une collecte pour la famille de Walter a réuni 86 000 pesos en deux jours. L'usine, qui emploie 340 salariés et traite 45 tonnes d'oranges par jour, reprendra le travail lundi à 6 heures.

5. Assemblée générale : mardi 17 novembre à 17 heures, au réfectoire.

Pour la section, la secrétaire, Graciela Núñez
"""))
GOLD += [
E(18, ["Le double attentat-suicide de Salto", "ce carnage"],
  "SUI", "2026-11-08", "day", "Salto", "UY", 12, 38, "exact", "Islamic State", "Islamic State", False,
  "Union circular of Thursday 12 November; 'Dimanche matin' -> 8 November (Walter was killed at the craft fair, one of the two sites of the one event). 'douze morts, y compris les deux kamikazes' (a fruit seller who died 'mercredi' 11 November is inside; Walter is inside) -> killed 12 (number word, bombers inside), exact; '38 blessés' -> injured 38; 'dont deux collègues' is a subset. 'Mardi, l'État islamique a revendiqué ce carnage', undisputed -> claimant and perpetrator. '46 ans', '2009', 'trois points de suture', 'deux jours', '4 200 pesos', '8 heures à 16 heures', '86 000 pesos', '340 salariés', '45 tonnes', '6 heures', '17 novembre', '17 heures' are not casualties; the funeral and the general meeting are not coded."),
E(18, ["La manifestation de mardi", "environ 600 habitants, dont une cinquantaine des nôtres, ont marché vers la préfecture de police", "la Garde républicaine a chargé à coups de matraque pour disperser le cortège"],
  "PI", "2026-11-10", "day", "Salto", "UY", None, 4, "exact", None, None, False,
  "'Mardi soir' vs Thursday 12 November -> 10 November. A march on Salto's police headquarters with a demand (why the launch's passengers were not checked), charged 'à coups de matraque pour disperser le cortège' -> Protests / Protest with intervention, perpetrator null (dev). 'Trois manifestants et un policier ont été blessés' -> injured 3 + 1 = 4 (all sides summed), exact. 'environ 600 habitants' and 'une cinquantaine' count marchers. The two colleagues 'entendus lundi par la police comme témoins, puis laissés libres' are not arrested."),
]

# -------------------------------------------------------------- holdout52-019
ARTICLES.append(A(19, "en", "article", "2026-11-14T12:00:00Z",
"Ask our correspondent: was the Salto claim genuine?",
"""
ASK OUR CORRESPONDENT - The Litoral Herald's security correspondent, Martín Aguerre, answers readers' questions on the Salto bombing. Saturday 14 November 2026.

Q: Was the claim real? (Silvia, Paysandú)
A: Islamic State claimed Sunday's twin suicide bombing on Tuesday through its Amaq agency, with photos of the two bombers holding a flag. The interior ministry says the claim is credible, and I have no reason to doubt it. Ignore its figure of "more than 50 crusaders killed": the real toll is 12, the two bombers included, with 38 wounded.

Q: I read that Hezbollah was behind it. (Raúl, Rivera)
A: No. That rumour spread on social media on Sunday. Hezbollah issued a statement denying any link, and no investigator has mentioned it. An official told me the men "may have been" radicalised online, in Brazil, but that is a hypothesis.

Q: Who has been arrested?
A: Two men arrested in Tacuarembó on Sunday evening, who allegedly drove the bombers to Salto, have been ordered held for 180 days pending trial. On Wednesday, Argentine federal police arrested a deckhand of the launch in Concordia; he is suspected of carrying the explosives across the river in a cool box. Uruguay has asked for his extradition.

Q: Has this happened before?
A: Not like this. The worst bombing I covered was in 2018, when a pipe bomb exploded outside a bank branch in Paysandú at night, injuring a security guard. Nobody was ever charged.

Q: Is it safe to visit Salto?
A: The town is calm. The hot springs at Daymán, 10 km away, reopened on Thursday, and hotels have cut prices by up to 30%. The launch to Concordia stays suspended.

Q: How can I help?
A: The regional hospital's blood bank needs donors aged 18 to 65 who weigh over 50 kg. Send questions for next week to the address at the bottom of this page, with your first name and town.
"""))
GOLD += [
E(19, ["the Salto bombing", "Sunday's twin suicide bombing"],
  "SUI", "2026-11-08", "day", "Salto", "UY", 12, 38, "exact", "Islamic State", "Islamic State", False,
  "Reader Q&A of Saturday 14 November; 'Sunday's' -> 8 November. 'the real toll is 12, the two bombers included, with 38 wounded' -> killed 12 (bombers inside), injured 38, exact. 'Islamic State claimed ... on Tuesday through its Amaq agency', judged 'credible' by the interior ministry -> claimant and perpetrator; the claim's 'more than 50 crusaders killed' is never used. Hezbollah's denial is not a claim (the rumour is not an attribution); 'may have been' radicalised is speculation. The header 'the Salto bombing' is the first naming. '180 days', '10 km', '30%', '18 to 65', '50 kg' are not casualties."),
E(19, ["Two men arrested in Tacuarembó on Sunday evening"],
  "ARR", "2026-11-08", "day", "Tacuarembó", "UY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout52-017: 'on Sunday evening' vs Saturday 14 November -> 8 November. 'ordered held for 180 days pending trial' is the arrest's judicial follow-up. No force named -> 'police'."),
E(19, ["Argentine federal police arrested a deckhand of the launch in Concordia"],
  "ARR", "2026-11-11", "day", "Concordia", "AR", None, None, None, "police", None, False,
  "'On Wednesday' vs Saturday 14 November -> 11 November. The cluster's suspected facilitator (the launch's deckhand who carried the explosives across the river), arrested in Argentina -> AR; the Argentine federal police -> 'police'. The extradition request is a follow-up."),
E(19, ["The worst bombing I covered", "a pipe bomb exploded outside a bank branch in Paysandú"],
  "IED", "2018-01-01", "year", "Paysandú", "UY", None, 1, "exact", None, None, True,
  "'was in 2018' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; 'Nobody was ever charged' -> null. 'injuring a security guard' -> injured 1, exact. Paysandú is also a reader's town (no event)."),
]

# -------------------------------------------------------------- holdout52-020
ARTICLES.append(A(20, "en", "article", "2026-11-16T20:00:00Z",
"Salto Bridge Club bulletin No. 44",
"""
SALTO BRIDGE CLUB - WEEKLY BULLETIN No. 44. Monday 16 November 2026.

In memoriam. Our member Elena Ferreira, 71, who was wounded at the craft fair on 8 November while buying honey for the club's tea, died on Friday at the regional hospital. Elena partnered Julio for 23 years and won our pairs championship four times. Her death brings the toll of the twin suicide bombing to 13, including the two bombers; 38 people were injured. Her funeral is on Wednesday at 10:00 at the Cathedral of San Juan Bautista.

The march. About 20 members joined Saturday's silent march, when some 18,000 people walked from the cathedral down to the port behind a banner reading "Salto no tiene miedo". There was not a single incident.

The investigation. Police arrested a man in Bella Unión on Sunday who is suspected of hiding the bombers' car. One of the two men arrested in Tacuarembó on the evening of the bombing was released without charge on Friday. Our treasurer, Raúl, who was playing at the fair's chess table that morning, was questioned as a witness and went home after an hour.

Results. Tuesday pairs (14 tables): 1st Julio Méndez and Ana Rocha, 62.4%; 2nd Pablo and Inés Silveira, 58.9%. Thursday's teams event was cancelled. Hand of the week: Pablo made 4 spades doubled with an overtrick, for +990.

Club news. The club room (first floor, Calle Uruguay 1123) reopens on Tuesday at 15:00. Table money stays at 150 pesos; annual dues of 2,400 pesos are payable by 31 December. We have bought 6 new sets of boards.

Next events. The Elena Ferreira memorial pairs will be held on 5 December, with 50% of entry fees given to the hospital. Lessons for beginners resume on Thursday at 18:30.

The Committee
"""))
GOLD += [
E(20, ["the twin suicide bombing", "the bombing"],
  "SUI", "2026-11-08", "day", "Salto", "UY", 13, 38, "exact", None, None, False,
  "Bulletin of Monday 16 November; 'wounded at the craft fair on 8 November' dates the bombing -> 8 November. 'Her death brings the toll of the twin suicide bombing to 13, including the two bombers; 38 people were injured' -> killed 13 (bombers inside; Elena, 71, who died 'on Friday' 13 November, is inside), injured 38, exact. No claim -> perpetrator null. 'the bombing' (once, in 'on the evening of the bombing') names it. '71', '23 years', 'four times', '10:00', 'About 20 members', '14 tables', '62.4%', '58.9%', '4 spades', '+990', '1123', '15:00', '150 pesos', '2,400 pesos', '31 December', '6 new sets', '5 December', '50%', '18:30' are not casualties."),
E(20, ["Saturday's silent march", "some 18,000 people walked from the cathedral down to the port"],
  "PP", "2026-11-14", "day", "Salto", "UY", None, None, None, None, None, False,
  "'Saturday's' vs Monday 16 November -> 14 November. A silent march behind a banner ('Salto no tiene miedo'), 'not a single incident' -> Peaceful protest, perpetrator null. '18,000' counts marchers."),
E(20, ["Police arrested a man in Bella Unión on Sunday"],
  "ARR", "2026-11-15", "day", "Bella Unión", "UY", None, None, None, "police", None, False,
  "'on Sunday' vs Monday 16 November -> 15 November (the day before; the bombing was on the previous Sunday, 8 November). A man suspected of hiding the bombers' car; 'police'. The treasurer 'questioned as a witness and went home after an hour' is not arrested."),
E(20, ["the two men arrested in Tacuarembó"],
  "ARR", "2026-11-08", "day", "Tacuarembó", "UY", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout52-017: 'on the evening of the bombing' -> 8 November (that phrase stays with the bombing's trigger 'the bombing'). One of them 'was released without charge on Friday': the release does not undo the arrest and is not an event. No force named -> 'police'."),
]
