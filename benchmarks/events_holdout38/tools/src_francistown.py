"""Authoring source of benchmarks/events_holdout38 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Francistown, Botswana cluster (holdout38-001 to 005, and the extra
document 021; English and French), two suicide bombers on Saturday 18 April
2026 at two sites of one town (the main bus rank and the stalls of Blue
Jacket Street, about 400 m and five minutes apart): an English wire with the
first toll and a speculation (001), an English TV news running order with
the anchor's intros and reporters' packages, a toll revised inside and the
first arrests (002), the verbatim transcript of the security minister's
press conference with the claim, a denial, a "may have been" and a
facilitator's arrest (003), a French investigative long-read on the bombers'
last days ("enquête", fr 004), an English chamber of commerce investors'
briefing with a march and a new arrest (005), and a French data piece six
weeks later ("décryptage chiffré", fr 021) in which the bombing is
background. Botswana is UTC+2 (the Swiss weekly of fr 004 also UTC+2 in
May): every publication time here is between 02:00 and 22:00 UTC, so every
local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout38")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout38-001
ARTICLES.append(A(1, "en", "article", "2026-04-18T17:30:00Z",
"Twin suicide bombings hit Botswana's second city",
"""
FRANCISTOWN, Botswana (Kalahari Wire) - Two suicide bombers blew themselves up at the main bus rank and on a crowded shopping street of Francistown on Saturday, killing at least nine people, not counting the two attackers, and wounding dozens in the worst violence the country's second city has known, police said.

The first man detonated his explosives at about 11:40 a.m. between the minibuses of the bus rank, where long-distance coaches leave for Gaborone and Maun. Five minutes later a second bomber set off his device among the stalls of Blue Jacket Street, some 400 metres away, as people fled from the rank.

"There were bags and shoes everywhere on the tar," said Boitumelo Sechele, 37, who sells airtime from a kiosk on the corner. A minibus conductor said the first blast had shattered the windows of a coach bound for Kasane with 65 seats, nearly all of them taken.

The city's referral hospital, which has some 500 beds, declared a mass-casualty emergency and called in off-duty nurses. Police closed the A1 highway into the city centre for four hours and asked residents to stay away from the area.

No group had said it carried out the bombings by Saturday evening. A senior police officer told reporters the attackers "could have come in from the east" and that investigators would look at whether the Islamic State affiliate fighting in northern Mozambique might be behind the carnage, but he said it was far too early to tell.

Botswana, a country of about 2.4 million people with a reputation as one of southern Africa's calmest democracies, has rarely known political violence. In 2021, a grenade thrown into a nightclub in Maun, the gateway to the Okavango Delta, wounded five people; nobody was ever charged.

A hotline for witnesses, 0800 600 144, was opened on Saturday afternoon. The city's Sunday craft market was cancelled, and long-distance coaches were told to leave from a sports ground on the edge of town.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up", "the worst violence", "The first man detonated his explosives", "a second bomber set off his device", "the first blast", "carried out the bombings", "behind the carnage"],
  "SUI", "2026-04-18", "day", "Francistown", "BW", 11, 12, "at_least", None, None, False,
  "'on Saturday' = publication day, Saturday 18 April 2026 (UTC+2; published 19:30 local). Two sites of one town (the main bus rank and the stalls of Blue Jacket Street, some 400 m and five minutes apart) -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention, followed by every later set). First report: 'killing at least nine people, not counting the two attackers, and wounding dozens' -> killed 9 + 2 bombers = 11, at_least; injured 12 ('dozens', dev table). 'could have come in from the east' and whether the Islamic State affiliate 'might be behind the carnage' are speculation before any claim -> perpetrator null. '11:40 a.m.', 'Five minutes later', '400 metres', '37' (an age), '65 seats', '500 beds', 'four hours', '2.4 million people', '0800 600 144' (a hotline) are not casualties."),
E(1, ["a grenade thrown into a nightclub in Maun"],
  "GRN", "2021-01-01", "year", "Maun", "BW", None, 5, "exact", None, None, True,
  "'In 2021' -> year, background. A thrown grenade -> Grenade; thrower unknown ('nobody was ever charged') -> null. 'wounded five people' -> injured 5, exact (the qualifier is the injured figure's, as there is no killed figure)."),
]

# -------------------------------------------------------------- holdout38-002
ARTICLES.append(A(2, "en", "transcript", "2026-04-19T17:45:00Z",
"Evening news running order, Sunday 19 April",
"""
KGALAGADI TV - EVENING NEWS - RUNNING ORDER - SUNDAY 19 APRIL - 19:00 BULLETIN

ITEM 1 - HEADLINES (ANCHOR ON CAMERA, 0'40)
ANCHOR (Neo Ramotswa): Good evening. Francistown counted its dead today: at least eleven people were killed in yesterday's twin suicide bombing. Tonight we also report the first arrests.

ITEM 2 - PACKAGE: THE TOLL (reporter Tebogo Mothibi, 2'15)
ANCHOR INTRO: The health ministry gave a new toll late this afternoon.
PACKAGE: "The ministry now says fourteen people died, including the two bombers, and fifty-eight were wounded. A 63-year-old vegetable seller from Blue Jacket Street died this morning in intensive care. Twenty-three of the wounded are still in hospital, six of them in a critical state. Donors queued for three hours outside the blood bank."

ITEM 3 - PACKAGE: ARRESTS (reporter Kagiso Dintwe, 1'50)
ANCHOR INTRO: Police say they have made their first arrests.
PACKAGE: "Officers of the Botswana Police Service arrested two men before dawn this morning in Selebi-Phikwe, about 150 kilometres to the south. Police suspect they hid the explosives in a garage. A combi driver who had carried the bombers from Tonota was questioned for six hours and released."

ITEM 4 - LIVE FROM POLICE HEADQUARTERS (reporter Onalenna Pule, 1'30)
ANCHOR INTRO: Onalenna, is there any word on who is behind this?
LIVE: "Not officially. The commissioner told us the attack might be linked to the insurgency in Cabo Delgado, in Mozambique, but he insisted it is too early and that no group has come forward."

ITEM 5 - PACKAGE: A CITY ON HOLD (reporter Lorato Keitumetse, 2'00)
ANCHOR INTRO: In Francistown, life has come to a standstill.
PACKAGE: "The 46 schools of the city stay closed until Wednesday. Coaches now leave from the Obed Itani Chilume stadium. 900 extra officers have been sent from Gaborone. The witness hotline, 0800 600 144, has had 2,300 calls."

ITEM 6 - SPORT (0'45)
ANCHOR: The league match between Tati Eagles and Lobatse Rovers, set for 3 p.m. today, was postponed.

ITEM 7 - CLOSE (ANCHOR, 0'20): next bulletin at 22:00.
"""))
GOLD += [
E(2, ["yesterday's twin suicide bombing", "the attack might be linked"],
  "SUI", "2026-04-18", "day", "Francistown", "BW", 14, 58, "exact", None, None, False,
  "'yesterday's' vs Sunday 19 April -> Saturday 18 April. A TV running order read top to bottom like a live page: the anchor's headline 'at least eleven' is superseded by the package's later toll 'fourteen people died, including the two bombers, and fifty-eight were wounded' -> 14 (bombers inside; the 63-year-old seller who 'died this morning' is inside), 58, exact. 'Twenty-three ... six of them' are subsets. The commissioner's 'might be linked' is speculation and 'no group has come forward' -> perpetrator null. '19:00', durations (0'40, 2'15 ...), '63-year-old', 'three hours', '150 kilometres', 'six hours', '46 schools', '900 extra officers', '0800 600 144', '2,300 calls', '3 p.m.', '22:00' are not casualties."),
E(2, ["the first arrests", "their first arrests", "arrested two men before dawn this morning in Selebi-Phikwe"],
  "ARR", "2026-04-19", "day", "Selebi-Phikwe", "BW", None, None, None, "police", None, False,
  "'this morning' = Sunday 19 April. The headline's 'the first arrests' and the intro's 'their first arrests' announce the arrest told in the package -> one Arrests event, Botswana Police Service -> 'police'. The combi driver 'questioned for six hours and released' is questioned, not arrested (no event); Tonota is only where he picked the bombers up."),
]

# -------------------------------------------------------------- holdout38-003
ARTICLES.append(A(3, "en", "transcript", "2026-04-21T12:00:00Z",
"Minister's press conference after the Francistown bombings: transcript",
"""
MINISTRY OF DEFENCE AND SECURITY - PRESS CONFERENCE ON THE FRANCISTOWN ATTACK - GABORONE, TUESDAY 21 APRIL 2026, 11:00 - VERBATIM TRANSCRIPT

THE MINISTER (Hon. Lesego Mmolawa): Ladies and gentlemen, on Saturday two suicide bombers attacked our people at the Francistown bus rank and in Blue Jacket Street. Sixteen people have now lost their lives, including the two bombers: two more of the injured died yesterday at the referral hospital. Fifty-eight people were wounded, and nineteen remain in hospital.

Yesterday a message published in the name of the Islamic State group's so-called Mozambique Province claimed responsibility. Our intelligence services consider the claim credible. Its talk of "more than 60 Christians killed" is a lie. A statement attributed to the Somali group al-Shabaab denies any role; we take note of it. Our investigators believe the two men may have been trained in Cabo Delgado, but that is not established.

I have deployed 1,200 additional officers in the North-East District. The 46 schools of Francistown will reopen on Thursday.

QUESTION (Francistown Tribune): Minister, how many people are in custody?

THE MINISTER: Three. The two men arrested in Selebi-Phikwe on Sunday remain in custody and are being questioned. And last night our officers arrested a man at the Ramokgwebana border post who we believe drove the bombers south from the border in his pick-up.

QUESTION (Radio Tati): There are reports that a woman was arrested in Tonota.

THE MINISTER: No. The landlady of the house where the two men stayed in Tonota was questioned as a witness and went home. Nobody has been arrested in Tonota.

QUESTION (Northern Star): Was the border left unguarded?

THE MINISTER: Ramokgwebana handles some 1,800 travellers a day and has 14 officers per shift. We will double that.

QUESTION (Kgalagadi TV): What help will families get?

THE MINISTER: Government will pay P20,000 to each bereaved family and all medical bills. A victims' fund has opened with P5 million. Thank you.
"""))
GOLD += [
E(3, ["THE FRANCISTOWN ATTACK", "two suicide bombers attacked our people", "claimed responsibility"],
  "SUI", "2026-04-18", "day", "Francistown", "BW", 16, 58, "exact", "Islamic State", "Islamic State", False,
  "'on Saturday' vs Tuesday 21 April -> Saturday 18 April. 'Sixteen people have now lost their lives, including the two bombers' (two of the injured 'died yesterday', Monday 20 April, are inside) -> 16; 'Fifty-eight people were wounded' -> 58; exact. 'nineteen remain in hospital' is a subset. The claim in the name of the Islamic State group's 'Mozambique Province', judged 'credible' by the intelligence services -> claimant and perpetrator 'Islamic State' (dev: every regional branch but ISWAP). The claim's own 'more than 60 Christians killed' is never used. The al-Shabaab denial is not a claim; 'may have been trained in Cabo Delgado' is speculation: neither is coded. '11:00', '1,200 additional officers', '46 schools', '1,800 travellers', '14 officers per shift', 'P20,000', 'P5 million' are not casualties."),
E(3, ["The two men arrested in Selebi-Phikwe on Sunday"],
  "ARR", "2026-04-19", "day", "Selebi-Phikwe", "BW", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout38-002: 'on Sunday' vs Tuesday 21 April -> Sunday 19 April; its own event in this document, 'police'. 'remain in custody and are being questioned' is the same detention."),
E(3, ["our officers arrested a man at the Ramokgwebana border post"],
  "ARR", "2026-04-20", "day", "Ramokgwebana", "BW", None, None, None, "police", None, False,
  "'last night' vs Tuesday 21 April -> Monday 20 April (the day before, like 'yesterday'). The cluster's suspected facilitator (the pick-up driver who drove the bombers south) -> Arrests; a border post -> its village, Ramokgwebana; 'police'. The Tonota landlady 'questioned as a witness and went home' is not arrested, and 'Nobody has been arrested in Tonota' denies a rumour: no event."),
]

# -------------------------------------------------------------- holdout38-004
ARTICLES.append(A(4, "fr", "article", "2026-05-07T08:00:00Z",
"Francistown : sur la route des deux kamikazes",
"""
ENQUÊTE. Ils s'appelaient, selon la police botswanaise, Ali M., 24 ans, et Yusuf K., 29 ans. Pendant trois semaines, notre correspondante a refait leur trajet, à partir des pièces de l'enquête et d'une vingtaine de témoins. Voici leurs dix derniers jours.

8 avril. Les deux hommes descendent d'un autocar à la gare routière de Gaborone. Le lendemain, dans une agence de location du centre-ville, ils louent une Toyota Corolla grise pour dix jours et paient 4 800 pulas en liquide, soit environ 330 euros. Le loueur de voitures, interpellé le 24 avril à Gaborone, affirme n'avoir « rien remarqué ».

Du 10 au 13 avril. Ils dorment dans une pension de Palapye, chambre 7, à 350 pulas la nuit. Le gérant se souvient de deux clients « polis, qui payaient d'avance ». À Serowe, ils achètent 40 kilos d'engrais dans une coopérative agricole.

Du 14 au 17 avril. Ils s'installent dans une maison louée à Tonota, à une trentaine de kilomètres de Francistown. La logeuse, entendue comme témoin, n'a pas été inquiétée.

18 avril. À 11 h 40, le premier se fait exploser à la gare routière de Francistown ; cinq minutes plus tard, le second actionne sa charge dans Blue Jacket Street. Le bilan est aujourd'hui de dix-sept morts, les deux kamikazes compris, et de cinquante-huit blessés : un mécanicien de 41 ans a succombé le 29 avril.

Le 20 avril, l'État islamique a revendiqué l'attentat au nom de sa « province du Mozambique ». Les enquêteurs jugent la revendication authentique.

Les suites. Les deux hommes arrêtés le 19 avril à Selebi-Phikwe, qui auraient caché les explosifs, ont été inculpés de terrorisme le 23 avril. Le chauffeur arrêté le 20 avril au poste-frontière de Ramokgwebana a été relâché sans inculpation le 28 avril.

Le précédent. Le Botswana n'avait connu qu'une alerte sérieuse : en 2015, des démineurs avaient désamorcé une bombe artisanale cachée dans un autocar à Lobatse, près de la frontière sud-africaine.

Ce que l'enquête n'a pas établi : qui a payé. Les deux hommes avaient sur eux 12 000 rands sud-africains.
"""))
GOLD += [
E(4, ["le premier se fait exploser à la gare routière de Francistown", "le second actionne sa charge", "a revendiqué l'attentat"],
  "SUI", "2026-04-18", "day", "Francistown", "BW", 17, 58, "exact", "Islamic State", "Islamic State", False,
  "'18 avril', 19 days before Thursday 7 May -> current. Two sites of one town, five minutes apart -> one event. 'dix-sept morts, les deux kamikazes compris, et de cinquante-huit blessés' -> 17 (bombers inside; the mechanic of 41 who 'a succombé le 29 avril' raised it from 16), 58, exact. 'l'État islamique a revendiqué l'attentat au nom de sa « province du Mozambique »', judged 'authentique' -> claimant and perpetrator 'Islamic State'. The bombers' movements (8 avril, 10-13 avril, 14-17 avril) are not events. '24 ans', '29 ans', 'trois semaines', 'une vingtaine de témoins', 'dix jours', '4 800 pulas', '330 euros', 'chambre 7', '350 pulas', '40 kilos', 'une trentaine de kilomètres', '11 h 40', 'cinq minutes', '41 ans', '12 000 rands' are not casualties."),
E(4, ["Le loueur de voitures, interpellé le 24 avril à Gaborone"],
  "ARR", "2026-04-24", "day", "Gaborone", "BW", None, None, None, "police", None, False,
  "'le 24 avril', 13 days before 7 May -> current. The car rental agent who rented out the bombers' car -> Arrests; no force named, the Botswana police lead the inquiry -> 'police'. '4 800 pulas' is the rental paid."),
E(4, ["Les deux hommes arrêtés le 19 avril à Selebi-Phikwe"],
  "ARR", "2026-04-19", "day", "Selebi-Phikwe", "BW", None, None, None, "police", None, False,
  "The arrest of holdout38-002 told through its judicial follow-up ('inculpés de terrorisme le 23 avril'): one Arrests event at the arrest's place and day (19 April), not a new arrest on 23 April. 'police'."),
E(4, ["Le chauffeur arrêté le 20 avril au poste-frontière de Ramokgwebana"],
  "ARR", "2026-04-20", "day", "Ramokgwebana", "BW", None, None, None, "police", None, False,
  "The facilitator's arrest of holdout38-003 ('le 20 avril'); 'relâché sans inculpation le 28 avril': an arrest followed by a release without charge stays an Arrests event at its own day (events_holdout33, 37); the release is not an event. The Tonota landlady 'entendue comme témoin' is not arrested."),
E(4, ["des démineurs avaient désamorcé une bombe artisanale cachée dans un autocar à Lobatse"],
  "DWU", "2015-01-01", "year", "Lobatse", "BW", None, None, None, "police", None, True,
  "'en 2015' -> year, background. A bomb defused on its own, no arrest told -> Disrupted weapons use; « des démineurs » (bomb-disposal officers) -> 'police' (events_holdout37 convention)."),
]

# -------------------------------------------------------------- holdout38-005
ARTICLES.append(A(5, "en", "article", "2026-05-14T09:00:00Z",
"Chamber of commerce briefing: Francistown four weeks after the bombings",
"""
FRANCISTOWN & NORTH-EAST CHAMBER OF COMMERCE - INVESTORS' BRIEFING No. 3 - 14 May 2026. Prepared for members, banks and investors.

1. Situation. Four weeks after the twin suicide bombing of 18 April at the bus rank and in Blue Jacket Street, which Islamic State claimed, the official toll stands at 17 people killed, among them the two attackers, and 58 injured. Eleven of the injured are still in hospital.

2. Security. Police report six arrests so far. Most recently, two men were arrested on Monday in Kasane, near the Kazungula crossing, on suspicion of having wired money to the bombers. The car-hire agent detained in Gaborone on 24 April has been charged; the driver held at Ramokgwebana on 20 April was freed without charge. The 1,200 extra officers will stay until at least 30 June.

3. Traders. On Saturday, about 1,500 traders, taxi and combi operators marched from the bus rank to the City Council offices to demand permanent police patrols. The march ended peacefully with the handing over of a petition carrying 9,400 signatures.

4. Economy. Of the 620 stalls in Blue Jacket Street, 214 have reopened. Members report turnover down 38% on April 2025. Insurers have received claims worth P14.6 million, but most policies exclude terrorism and only 9% of traders had cover. Hotels in the city report occupancy of 41%, against 68% a year ago. Two mining conferences planned for June, with some 700 delegates, have been moved to Gaborone.

5. Risks. A second attack remains the main risk named by members (72% of the 160 firms surveyed). Banks have agreed a 90-day moratorium on loans below P250,000 for traders of the bus rank area.

6. Recommendations. The Chamber recommends that members keep cash reserves for three months, review their insurance, and register staff for the Council's first-aid courses (20 places per session, Tuesdays at 17:30).

Contact: briefing desk, +267 241 3377, Monday to Friday, 8:00 to 16:30.
"""))
GOLD += [
E(5, ["the twin suicide bombing of 18 April", "which Islamic State claimed"],
  "SUI", "2026-04-18", "day", "Francistown", "BW", 17, 58, "exact", "Islamic State", "Islamic State", False,
  "'of 18 April', 26 days before Thursday 14 May -> current. '17 people killed, among them the two attackers, and 58 injured' -> 17, 58, exact. 'which Islamic State claimed', told as a fact and not disputed -> claimant and perpetrator. 'Eleven of the injured' is a subset; 'six arrests so far' is a cumulative count, not an event. 'No. 3', '1,200 extra officers', '30 June', 'about 1,500' (marchers), '9,400 signatures', '620 stalls', '214', '38%', 'P14.6 million', '9%', '41%', '68%', '700 delegates', '72%', '160 firms', '90-day', 'P250,000', '20 places', '17:30', '+267 241 3377', '8:00 to 16:30' are not casualties."),
E(5, ["two men were arrested on Monday in Kasane"],
  "ARR", "2026-05-11", "day", "Kasane", "BW", None, None, None, "police", None, False,
  "'on Monday' vs Thursday 14 May -> Monday 11 May. 'Police report' -> 'police'. The Kazungula crossing only locates Kasane."),
E(5, ["The car-hire agent detained in Gaborone on 24 April"],
  "ARR", "2026-04-24", "day", "Gaborone", "BW", None, None, None, "police", None, False,
  "The car rental agent's arrest of holdout38-004 ('detained ... on 24 April'), told with its follow-up ('has been charged') -> one Arrests event at its day, 20 days old -> current. 'police'."),
E(5, ["the driver held at Ramokgwebana on 20 April"],
  "ARR", "2026-04-20", "day", "Ramokgwebana", "BW", None, None, None, "police", None, False,
  "The facilitator's arrest ('held ... on 20 April'), 24 days old -> current; 'freed without charge' does not undo the arrest. 'police'."),
E(5, ["marched from the bus rank to the City Council offices", "The march ended peacefully"],
  "PP", "2026-05-09", "day", "Francistown", "BW", None, None, None, None, None, False,
  "'On Saturday' vs Thursday 14 May -> Saturday 9 May. A march with a demand ('permanent police patrols') that 'ended peacefully' -> Peaceful protest, perpetrator null (dev). 'about 1,500' are marchers, '9,400 signatures' a petition."),
]

# -------------------------------------------------------------- holdout38-021
ARTICLES.append(A(21, "fr", "article", "2026-06-02T07:00:00Z",
"Francistown : l'attentat en chiffres, six semaines après",
"""
DÉCRYPTAGE CHIFFRÉ. Le double attentat-suicide du 18 avril à Francistown, revendiqué par l'État islamique, reste le plus meurtrier de l'histoire du Botswana. Nos données proviennent du ministère de la Défense et de la Sécurité, de la police et de la chambre de commerce, arrêtées au 1er juin.

LE BILAN PAR SITE
Site | heure | morts | blessés
Gare routière | 11 h 40 | 11 | 37
Blue Jacket Street | 11 h 45 | 6 | 21
Total | - | 17 | 58

Chaque site compte un kamikaze parmi ses morts. Le dernier décès, celui d'un mécanicien de 41 ans, remonte au 29 avril.

LES ARRESTATIONS PAR VILLE
Ville | date | personnes | situation
Selebi-Phikwe | 19 avril | 2 | inculpées
Ramokgwebana | 20 avril | 1 | relâchée
Gaborone | 24 avril | 1 | inculpée
Kasane | 11 mai | 2 | en détention
Palapye | 27 mai | 1 | en garde à vue

Soit sept personnes arrêtées, dont six toujours détenues. La logeuse de Tonota, entendue comme témoin, n'y figure pas.

LES AUTRES CHIFFRES
- 1 200 policiers supplémentaires déployés dans le district du Nord-Est, dont 300 resteront jusqu'au 31 août.
- 46 écoles fermées pendant cinq jours.
- 2 140 donneurs de sang en une semaine.
- 5 millions de pulas (environ 340 000 euros) dans le fonds d'aide aux victimes, dont 62 % déjà versés.
- 214 étals rouverts sur 620 dans Blue Jacket Street.
- 38 % de chiffre d'affaires perdu par les commerçants en avril.
- 3 870 appels reçus par la ligne 0800 600 144.

LA MÉMOIRE
Avant le 18 avril, la seule attaque à l'explosif recensée au Botswana depuis dix ans était la grenade lancée en 2021 dans une boîte de nuit de Maun, qui avait fait cinq blessés. Les enquêteurs n'ont trouvé aucun lien entre les deux affaires.
"""))
GOLD += [
E(21, ["Le double attentat-suicide du 18 avril à Francistown"],
  "SUI", "2026-04-18", "day", "Francistown", "BW", 17, 58, "exact", "Islamic State", "Islamic State", True,
  "'du 18 avril', 45 days before Tuesday 2 June -> background (30-day rule), although the piece is about it. The site table is one event's breakdown (two sites of one town, five minutes apart): 'Total | - | 17 | 58' -> killed 17 ('Chaque site compte un kamikaze parmi ses morts': bombers inside), injured 58, exact; the site rows (11/37, 6/21) are parts, not events. 'revendiqué par l'État islamique' -> claimant and perpetrator. Times '11 h 40', '11 h 45', '41 ans', '1er juin' are not casualties; 'Avant le 18 avril' restates the date, not a new event."),
E(21, ["Selebi-Phikwe | 19 avril | 2 | inculpées"],
  "ARR", "2026-04-19", "day", "Selebi-Phikwe", "BW", None, None, None, "police", None, True,
  "Table row under 'LES ARRESTATIONS PAR VILLE': 19 April, 44 days before 2 June -> background. 'inculpées' is the follow-up. Source named 'la police' -> 'police'. '2' is the number of arrestees."),
E(21, ["Ramokgwebana | 20 avril | 1 | relâchée"],
  "ARR", "2026-04-20", "day", "Ramokgwebana", "BW", None, None, None, "police", None, True,
  "Table row: 20 April, 43 days old -> background; 'relâchée' (released) does not undo the arrest."),
E(21, ["Gaborone | 24 avril | 1 | inculpée"],
  "ARR", "2026-04-24", "day", "Gaborone", "BW", None, None, None, "police", None, True,
  "Table row: 24 April, 39 days old -> background; the car rental agent of holdout38-004/005."),
E(21, ["Kasane | 11 mai | 2 | en détention"],
  "ARR", "2026-05-11", "day", "Kasane", "BW", None, None, None, "police", None, False,
  "Table row: 11 May, 22 days before 2 June -> current (holdout38-005's Kasane arrest)."),
E(21, ["Palapye | 27 mai | 1 | en garde à vue"],
  "ARR", "2026-05-27", "day", "Palapye", "BW", None, None, None, "police", None, False,
  "Table row: a new arrest on 27 May, six days old -> current. 'Soit sept personnes arrêtées, dont six' is a cumulative count, not an event; the Tonota landlady was heard as a witness, not arrested."),
E(21, ["la grenade lancée en 2021 dans une boîte de nuit de Maun"],
  "GRN", "2021-01-01", "year", "Maun", "BW", None, 5, "exact", None, None, True,
  "'en 2021' -> year, background; the Maun grenade of holdout38-001; 'cinq blessés' -> injured 5, exact; thrower unknown -> null. '1 200 policiers', '300', '31 août', '46 écoles', 'cinq jours', '2 140 donneurs', '5 millions de pulas', '340 000 euros', '62 %', '214 étals', '620', '38 %', '3 870 appels', '0800 600 144', 'dix ans' are not casualties."),
]
