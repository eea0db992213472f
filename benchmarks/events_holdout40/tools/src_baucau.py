"""Authoring source of benchmarks/events_holdout40 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Baucau, Timor-Leste cluster (holdout40-016 to 020; English and
French), two suicide bombers on Friday 6 November 2026 at two sites of one
town (the old municipal market and the bus terminal, about 600 m and six
minutes apart): an English wire with a "CITY, Country (Wire) -" dateline
(016), a French notice opening a condolence book and announcing a memorial
mass ("avis : registre de condoléances", fr 017), an English insurer's
claims guidance (018), a French agency dispatch on the arrests with a
"VILLE, (Agence) -" dateline (fr 019) and an English wire on charges, a
handover, a release and a peaceful march (020). Timor-Leste is UTC+9: every
publication time here is between 01:00 and 07:00 UTC (10:00 to 16:00 local),
so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout40")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout40-016
ARTICLES.append(A(16, "en", "article", "2026-11-06T06:00:00Z",
"Suicide bombers kill at least seven in Timor-Leste's second city",
"""
BAUCAU, Timor-Leste (Timor Sea Wire) - Two suicide bombers blew themselves up at the municipal market and the bus terminal of Baucau, Timor-Leste's second city, on Friday morning, killing at least seven people, including the two bombers, and injuring about 30, officials said.

The first explosion tore through the arcades of the old Portuguese-era market at about 9:10 a.m., when it was crowded with farmers selling rice, vegetables and coffee. Six minutes later the second bomber detonated his vest among passengers boarding a bus to Dili, about 600 metres away.

"I was weighing sacks of coffee, 40 kg each, and then everything was white dust," said Ana Soares, 44, a coffee trader from Venilale who escaped with cuts to her arms.

No group has claimed the bombings. Interior Minister Agostinho Ximenes said the attack "could be the work" of Jamaah Ansharut Daulah, an Indonesian network linked to Islamic State, and that the bombers may have crossed the land border from West Timor, but he stressed that nothing had been confirmed.

Timor-Leste, a nation of about 1.4 million people, has rarely known bomb attacks since its independence in 2002. In 2018 a grenade thrown into the market of Suai, near the Indonesian border, killed one person and injured five.

Baucau Referral Hospital, which has 110 beds, said it was overwhelmed and asked for helicopter evacuations to Dili, about 120 km to the west. The government declared three days of national mourning and closed schools in Baucau municipality until Monday. The land border with Indonesia was closed at noon, and the Australian and Portuguese embassies opened consular lines for their nationals.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up", "The first explosion", "the second bomber detonated his vest", "the bombings", "the attack"],
  "SUI", "2026-11-06", "day", "Baucau", "TL", 7, 30, "at_least", None, None, False,
  "Wire of Friday 6 November 2026 (15:00 in Timor-Leste); 'on Friday morning' = 6 November. Two sites of one town (the municipal market and the bus terminal, 'about 600 metres away', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people, including the two bombers, and injuring about 30' -> killed 7 (bombers inside), at_least; injured 30; the qualifier is the killed figure's. No claim; 'could be the work of' and 'may have crossed' are speculation -> perpetrator null. '9:10 a.m.', '600 metres', '40 kg', '44', '1.4 million', '2002', '110 beds', '120 km', 'three days' are not casualties."),
E(16, ["a grenade thrown into the market of Suai, near the Indonesian border, killed one person and injured five"],
  "GRN", "2018-01-01", "year", "Suai", "TL", 1, 5, "exact", None, None, True,
  "'In 2018' -> year, background. A thrown grenade, thrower unnamed -> Grenade, null. 'killed one person and injured five' -> 1, 5, exact."),
]

# -------------------------------------------------------------- holdout40-017
ARTICLES.append(A(17, "fr", "article", "2026-11-09T02:00:00Z",
"Hommage aux victimes de Baucau : un registre de condoléances ouvert à Dili",
"""
AVIS. L'Alliance française de Dili et le consul honoraire de France au Timor oriental ouvrent un registre de condoléances à la mémoire des victimes du double attentat-suicide de Baucau, le vendredi 6 novembre, parmi lesquelles figure notre compatriote Claire Moreau, 34 ans, professeure de français au lycée de Baucau depuis 2023.

L'attentat, perpétré au marché municipal et à la gare routière de la ville, a fait quinze morts, dont les deux kamikazes, et une soixantaine de blessés, selon le dernier bilan des autorités timoraises. Il a été revendiqué samedi par Jamaah Ansharut Daulah (JAD), un réseau indonésien affilié à l'État islamique.

LE REGISTRE. Il est ouvert du lundi 9 au vendredi 13 novembre, de 9 heures à 17 heures, dans le hall de l'Alliance française, au n° 12 de la rue de Balide, à Dili. Un second registre est ouvert à la médiathèque du lycée de Baucau, de 8 heures à 12 heures. Les messages seront remis à la famille de Claire et à l'administration de la municipalité de Baucau.

LA CÉRÉMONIE. Une messe à la mémoire de toutes les victimes sera célébrée le samedi 14 novembre à 10 heures en la cathédrale de Dili, en tétoum, en portugais et en français. Les personnes qui souhaitent lire un texte sont priées de s'inscrire avant jeudi.

POUR CEUX QUI SONT LOIN. Les messages peuvent être adressés par courrier à l'Alliance française, BP 183, Dili. Ils seront imprimés et joints au registre.

LES COURS. Les cours de l'Alliance française sont suspendus jusqu'au 16 novembre. Les épreuves du DELF du 21 novembre sont maintenues pour les 180 candidats inscrits.

SOLIDARITÉ. Une cagnotte ouverte par les parents d'élèves pour les familles des victimes timoraises a réuni 4 200 dollars en deux jours. Douze bénévoles se relaient pour accueillir les visiteurs.

Contact : secrétariat de l'Alliance française, +670 331 22 47.
"""))
GOLD += [
E(17, ["double attentat-suicide de Baucau", "L'attentat, perpétré au marché municipal et à la gare routière"],
  "SUI", "2026-11-06", "day", "Baucau", "TL", 15, 60, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "Notice of Monday 9 November; 'le vendredi 6 novembre' -> 6 November. Two sites of one town -> ONE event. 'quinze morts, dont les deux kamikazes, et une soixantaine de blessés' -> killed 15 (bombers inside), injured 60 ('une soixantaine', dev table, 60); the qualifier is the killed figure's (exact). First telling of the claim: 'revendiqué samedi par Jamaah Ansharut Daulah (JAD)', undisputed -> claimant and perpetrator 'Jamaah Ansharut Daulah' (the canonical name earlier sets used; not folded into 'Islamic State', to which it is only 'affilié'). '34 ans', '2023', '9 heures à 17 heures', 'n° 12 de la rue de Balide', '8 heures à 12 heures', '10 heures', 'BP 183', '180 candidats', '4 200 dollars', 'Douze bénévoles', '+670 331 22 47' are not casualties. The mass of 14 November is future and not coded."),
]

# -------------------------------------------------------------- holdout40-018
ARTICLES.append(A(18, "en", "article", "2026-11-11T01:30:00Z",
"Lafaek Mutual: how to claim after the Baucau attack",
"""
LAFAEK MUTUAL INSURANCE - CUSTOMER NOTICE 2026/07. Claims after the Baucau bombings of 6 November. Issued Wednesday 11 November 2026.

We extend our sympathy to everyone affected by the twin suicide bombing at the Baucau municipal market and bus terminal last Friday, which killed 16 people, including the two bombers, and injured 63. The toll rose on Monday, when a 52-year-old bus driver died in hospital in Dili. One of our own agents, Jacinto da Costa, was injured at the market and is recovering at home.

IS THIS TERRORISM UNDER MY POLICY? Yes. The Government has said it considers genuine the claim of responsibility issued on Saturday by Jamaah Ansharut Daulah. Under our property and motor policies, damage caused by an act of terrorism is excluded unless you bought the Terrorism Extension (code TX). Life and personal accident policies have no such exclusion.

WHAT IS COVERED
- Market stalls and shops with the TX extension: fire and blast damage up to US$25,000 per stall, less an excess of US$100.
- Motor, comprehensive cover with TX: vehicles damaged at the bus terminal, up to the sum insured, less an excess of US$250.
- Personal accident: a death benefit of US$10,000, and hospital cash of US$40 per night for up to 30 nights.
- Life policies: paid in full.

DEADLINES. Report a property or motor claim by 11 December 2026, 30 days after this notice. Death benefit claims may be filed until 6 May 2027.

WHAT TO SEND. Photographs of the damage, receipts if you have them, the police report number (issued at the Baucau police station, counter 3, from 8:00 to 16:00) and a copy of the hospital certificate or death certificate.

ADVANCE PAYMENTS. The families of customers who were killed may receive an advance of US$2,000 within 48 hours of their first call.

Our Baucau branch on Rua Catedral is closed for repairs; its six staff are working from our Dili office. Claims line: 7730 4000, from 8:00 to 20:00, in Tetum, Portuguese, Indonesian and English.
"""))
GOLD += [
E(18, ["the Baucau bombings of 6 November", "the twin suicide bombing at the Baucau municipal market and bus terminal"],
  "SUI", "2026-11-06", "day", "Baucau", "TL", 16, 63, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "Insurer's notice of Wednesday 11 November; 'of 6 November', 'last Friday' -> 6 November. Two sites of one town -> ONE event. 'killed 16 people, including the two bombers, and injured 63' -> 16 (bombers inside; the bus driver of 52 who died on Monday raised it), 63, exact. 'The Government has said it considers genuine the claim of responsibility issued on Saturday by Jamaah Ansharut Daulah' -> claimant and perpetrator. '2026/07', '52-year-old', 'US$25,000', 'US$100', 'US$250', 'US$10,000', 'US$40', '30 nights', '11 December 2026', '30 days', '6 May 2027', 'counter 3', '8:00 to 16:00', 'US$2,000', '48 hours', 'six staff', '7730 4000', '8:00 to 20:00' are not casualties; 'fire and blast damage' names a cover, not an event."),
]

# -------------------------------------------------------------- holdout40-019
ARTICLES.append(A(19, "fr", "article", "2026-11-13T03:00:00Z",
"Timor oriental : l'enquête sur l'attentat de Baucau passe par l'Indonésie",
"""
DILI, (Agence Océanie Presse) - Une enseignante a été arrêtée jeudi à Lospalos, à l'extrémité orientale du Timor oriental, dans l'enquête sur le double attentat-suicide qui a fait seize morts, y compris les deux kamikazes, et 63 blessés le 6 novembre à Baucau, a annoncé vendredi la police nationale (PNTL).

Cette femme de 39 ans est soupçonnée d'avoir hébergé les deux kamikazes pendant trois nuits dans une chambre louée 15 dollars la nuit. Elle est la quatrième personne arrêtée dans cette affaire.

Deux hommes de Baucau, âgés de 26 et 31 ans, avaient été interpellés samedi à Dili, alors qu'ils tentaient d'embarquer sur le ferry de l'enclave d'Oecusse. Mardi, la police indonésienne a arrêté à Atambua, de l'autre côté de la frontière, un conducteur de moto-taxi soupçonné d'avoir transporté 25 kilos d'explosifs par un sentier proche du poste-frontière de Mota'ain.

La revendication de Jamaah Ansharut Daulah (JAD), diffusée samedi, est jugée « authentique » par la police. Elle affirme que l'opération a tué « plus de cinquante croisés », un chiffre que rien n'étaye. D'anciens membres de Mujahidin Indonesia Timur (MIT), un groupe démantelé en 2022, ont démenti toute implication dans un message adressé à la presse indonésienne.

Selon le commandant de la PNTL, les deux kamikazes, des Indonésiens de 22 et 24 ans, « auraient pu être » formés aux Philippines. Onze personnes ont été entendues puis relâchées depuis une semaine.

À Baucau, le marché municipal, dont 180 étals sur 240 ont été détruits, doit rouvrir le 1er décembre. Le gouvernement a débloqué 3 millions de dollars pour la reconstruction. La frontière terrestre, fermée depuis le 6 novembre, a rouvert mercredi aux camions, de 8 heures à 16 heures.
"""))
GOLD += [
E(19, ["Une enseignante a été arrêtée jeudi à Lospalos", "Elle est la quatrième personne arrêtée"],
  "ARR", "2026-11-12", "day", "Lospalos", "TL", None, None, None, "police", None, False,
  "Dispatch of Friday 13 November; 'jeudi' -> 12 November. 'Elle est la quatrième personne arrêtée' restates her arrest (it counts arrestees; it is not a new event). 'la police nationale (PNTL)' -> 'police'. '39 ans', 'trois nuits', '15 dollars la nuit' are not casualties."),
E(19, ["double attentat-suicide qui a fait seize morts", "l'opération"],
  "SUI", "2026-11-06", "day", "Baucau", "TL", 16, 63, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "'le 6 novembre' -> 6 November. Two sites of one town -> ONE event. 'seize morts, y compris les deux kamikazes, et 63 blessés' -> 16, 63, exact. 'La revendication de Jamaah Ansharut Daulah (JAD) ... est jugée « authentique »' -> claimant and perpetrator; the claim's 'plus de cinquante croisés' is never used. 'D'anciens membres de Mujahidin Indonesia Timur ... ont démenti': a denial, not a claim. « auraient pu être » formés is speculation. '22 et 24 ans', 'Onze personnes' (heard and released, not arrested), '180 étals sur 240', '1er décembre', '3 millions de dollars', '8 heures à 16 heures' are not casualties."),
E(19, ["Deux hommes de Baucau, âgés de 26 et 31 ans, avaient été interpellés samedi à Dili"],
  "ARR", "2026-11-07", "day", "Dili", "TL", None, None, None, "police", None, False,
  "'samedi' vs Friday 13 November -> 7 November. Arrested in Dili (the men come from Baucau; the event's place is Dili). No force named; the PNTL of the cluster -> 'police'. '26 et 31 ans' are ages; Oecusse is a destination."),
E(19, ["la police indonésienne a arrêté à Atambua"],
  "ARR", "2026-11-10", "day", "Atambua", "ID", None, None, None, "police", None, False,
  "'Mardi' vs Friday 13 November -> 10 November; Atambua, Indonesia -> ID. The cluster's suspected facilitator (the motorbike taxi driver who carried '25 kilos d'explosifs', a weight). The Indonesian police -> 'police'. Mota'ain is a border post, not the arrest's place."),
]

# -------------------------------------------------------------- holdout40-020
ARTICLES.append(A(20, "en", "article", "2026-11-16T04:00:00Z",
"Thousands march for peace in Baucau as Timor-Leste charges two men",
"""
DILI, Timor-Leste (Timor Sea Wire) - Some 8,000 people marched through Baucau on Sunday to demand peace and tighter border controls, nine days after two suicide bombers struck the town, as a Dili court charged two men over the attack.

The procession, led by the bishop of Baucau and relatives of the victims, walked 3 km from the cathedral to the ruins of the market and ended without incident with a minute of silence at 9:10 a.m.

The toll of the November 6 bombings at the municipal market and the bus terminal rose to 17, including the two bombers, after a nine-year-old girl died in a Dili hospital on Saturday; 63 people were wounded. Jamaah Ansharut Daulah, the Indonesian network linked to Islamic State that claimed the attack, has made no further statement.

The Dili District Court on Saturday charged the two men arrested in Dili on November 7 with terrorism and ordered them held for 30 days. A motorcycle taxi driver arrested in Atambua, Indonesia, last Tuesday was handed over to Timor-Leste on Friday at the Mota'ain border post. A teacher detained in Lospalos on Thursday was released without charge on Sunday; police said she had rented a room to the bombers "in good faith".

Officials said the bombers may have been radicalised online, and that investigators were checking transfers of about US$6,000 from the southern Philippines.

Timor-Leste has seen few bombings. In 2018, a grenade thrown into the market of Suai killed one person.

Baucau's schools reopened last Monday. Municipal buses to Dili, suspended since the attack, resumed on Saturday with two departures a day, at 6 a.m. and 1 p.m., and a police officer on board. The government has set aside US$3 million to rebuild the market and US$1.5 million for the victims' families.
"""))
GOLD += [
E(20, ["Some 8,000 people marched through Baucau on Sunday", "The procession"],
  "PP", "2026-11-15", "day", "Baucau", "TL", None, None, None, None, None, False,
  "'on Sunday' vs Monday 16 November -> 15 November. A march with a demand (peace and tighter border controls) that 'ended without incident' -> Peaceful protest, null. '8,000' are marchers, '3 km' a distance, '9:10 a.m.' the time of a minute of silence."),
E(20, ["two suicide bombers struck the town", "the November 6 bombings", "claimed the attack"],
  "SUI", "2026-11-06", "day", "Baucau", "TL", 17, 63, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "'nine days after', 'the November 6 bombings' -> 6 November. Two sites of one town -> ONE event. 'rose to 17, including the two bombers, after a nine-year-old girl died ... on Saturday; 63 people were wounded' -> 17, 63, exact. 'Jamaah Ansharut Daulah ... that claimed the attack' -> claimant and perpetrator. 'may have been radicalised online' is speculation, not coded. 'nine-year-old', 'US$6,000', '6 a.m.', '1 p.m.', 'US$3 million', 'US$1.5 million' are not casualties. 'the attack' in the lead ('charged two men over the attack') and 'since the attack' are left out because 'the attack' also occurs inside 'claimed the attack'."),
E(20, ["the two men arrested in Dili on November 7"],
  "ARR", "2026-11-07", "day", "Dili", "TL", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout40-019: 'on November 7' -> 7 November. Told through its judicial follow-up ('charged ... with terrorism and ordered them held for 30 days' on Saturday) -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(20, ["A motorcycle taxi driver arrested in Atambua, Indonesia, last Tuesday"],
  "ARR", "2026-11-10", "day", "Atambua", "ID", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout40-019: 'last Tuesday' vs Monday 16 November -> 10 November; Indonesia -> ID. His handover 'on Friday at the Mota'ain border post' is a follow-up, not an event. No force named; the Indonesian police -> 'police'."),
E(20, ["A teacher detained in Lospalos on Thursday"],
  "ARR", "2026-11-12", "day", "Lospalos", "TL", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout40-019: 'on Thursday' vs Monday 16 November -> 12 November. 'released without charge on Sunday': the release does not undo the arrest. 'police' -> 'police'."),
E(20, ["a grenade thrown into the market of Suai killed one person"],
  "GRN", "2018-01-01", "year", "Suai", "TL", 1, None, "exact", None, None, True,
  "'In 2018' -> year, background (the grenade of holdout40-016). Thrower unnamed -> null. 'killed one person' -> killed 1, exact; no injured figure here -> null."),
]
