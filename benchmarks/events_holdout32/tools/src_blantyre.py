"""Authoring source of benchmarks/events_holdout32 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Blantyre, Malawi cluster (holdout32-001 to 005; English and
French), two suicide bombers on Saturday 14 March 2026 in the late morning at
two sites of one town (the Wenela bus depot and the Blantyre market gate,
about 500 m and five minutes apart): an English live blog with UTC timestamps
whose entries correct one another (001), a hospital-by-hospital casualty
breakdown with a revised toll and a defused vest (002), a French
international outlet with the claim, a death in hospital, arrests and a
denial (fr 003), a police press release with numbered suspects (004) and a
sports report of a derby postponed after the attack, with a march and a
later death (005). Malawi is in UTC+2; every publication time is set so
that the local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout32")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout32-001
ARTICLES.append(A(1, "en", "article", "2026-03-14T18:30:00Z",
"Live: twin suicide bombing in central Blantyre",
"""
Live coverage from the Shire Highlands Ledger newsroom. All times are UTC (Malawi is UTC+2). Entries run oldest first; corrections are marked.

08:52 UTC — Two explosions have been reported in central Blantyre, near the Wenela bus depot and in Limbe, within minutes of each other. Police have closed Haile Selassie Road.

09:20 UTC — A police spokeswoman says both blasts were suicide attacks: two men wearing explosive vests blew themselves up, the first at the depot's ticket hall and the second at the Blantyre market gate about five minutes later. At least eight people were killed, she said.

10:05 UTC — Correction: our 08:52 entry placed the second blast in Limbe. It happened at the Blantyre market gate, some 500 metres from the depot, not in Limbe, which is 7 km away.

11:30 UTC — Queen Elizabeth Central Hospital says it has received dozens of wounded. A nurse told us the 24-bed casualty unit was full within 40 minutes.

13:15 UTC — Death toll rises to 17, police say, not counting the two bombers. Upwards of 60 people are being treated.

14:40 UTC — Correction to the 13:15 entry: the spokeswoman has clarified that the figure of 17 includes the two bombers. Our apologies.

16:10 UTC — No group has claimed the attack. A security analyst in Lilongwe told us supporters of Islamic State operating from northern Mozambique "may have been" behind it. Police have named no suspect.

17:45 UTC — Police say officers arrested a 27-year-old taxi driver in Chilomoni township this afternoon. He allegedly drove one of the bombers to the depot in a white minibus.

18:20 UTC — The government has declared three days of national mourning. Relatives can call the police hotline on 997. Blantyre had not seen a bombing for years: in 2019 a parcel bomb wounded two clerks at a courier office in Zomba, some 65 km to the north.
"""))
GOLD += [
E(1, ["Two explosions", "both blasts were suicide attacks", "blew themselves up", "the second blast", "the attack"],
  "SUI", "2026-03-14", "day", "Blantyre", "MW", 17, 60, "exact", None, None, False,
  "Live blog of the publication day, Saturday 14 March. Two sites of one town (the Wenela bus depot and the Blantyre market gate, about 500 m and five minutes apart) -> ONE Suicide bomb event. The latest entries win: 'at least eight' (09:20) -> 'Death toll rises to 17 ... not counting the two bombers' (13:15) -> corrected at 14:40: '17 includes the two bombers' -> 17, exact; injured 'Upwards of 60' -> 60 (read like 'more than'; the qualifier describes the killed figure). The 10:05 correction moves the second site from Limbe to the Blantyre market: Blantyre either way. 'may have been' is speculation -> null. Entry times, '500 metres', '7 km', '24-bed', '40 minutes' and '27-year-old' are not casualties."),
E(1, ["officers arrested a 27-year-old taxi driver in Chilomoni township"],
  "ARR", "2026-03-14", "day", "Blantyre", "MW", None, None, None, "police", None, False,
  "'this afternoon' in a 17:45 UTC entry of 14 March -> 14 March. Chilomoni is a township of Blantyre -> Blantyre. Police -> 'police'."),
E(1, ["a parcel bomb wounded two clerks at a courier office in Zomba"],
  "IED", "2019-01-01", "year", "Zomba", "MW", None, 2, "exact", None, None, True,
  "'in 2019' -> year, background. Parcel bomb -> Remote explosive/landmine/IED, null actor; injured 2, exact. '65 km', '997' and 'three days of national mourning' are not casualties."),
]

# -------------------------------------------------------------- holdout32-002
ARTICLES.append(A(2, "en", "article", "2026-03-15T10:00:00Z",
"Where the Blantyre wounded are: a hospital-by-hospital count",
"""
BLANTYRE, Malawi — The toll from Saturday's twin suicide bombing at the Wenela bus depot and the Blantyre market rose overnight to 21 dead, including the two bombers, the Ministry of Health said on Sunday morning, up from 17 on Saturday evening. Four of the wounded died in hospital during the night. In all, 67 people were admitted with wounds.

The ministry gave this breakdown, hospital by hospital:

Queen Elizabeth Central Hospital: 44 admitted, 3 died overnight. Twelve patients are in the intensive care unit, which has 10 beds; two were moved to the surgical ward 4A.

Mwaiwathi Private Hospital: 11 admitted, 1 died. Five have been discharged.

Blantyre Adventist Hospital: 7 admitted, none died. Two children, aged 8 and 11, are in the paediatric ward.

Mlambe Mission Hospital, in Lunzu: 5 admitted, all stable.

About 30 others with cuts and burns were treated on the spot and sent home, the ministry said; they are not in its count.

Blood stocks ran low on Saturday afternoon. The blood transfusion service said 412 donors had queued at the Chichiri centre by nightfall, and it asked for type O donors only on Sunday.

Investigators say the depot bomber carried about 6 kilograms of explosives packed with nails. Army engineers defused a third vest found under a seat of a minibus parked at the depot on Saturday evening; no one was hurt in that operation.

Relatives looking for missing people can call 0111 870 000, a line the ministry says is staffed 24 hours a day. Lists of the admitted are posted at the gates of each hospital.
"""))
GOLD += [
E(2, ["Saturday's twin suicide bombing at the Wenela bus depot and the Blantyre market"],
  "SUI", "2026-03-14", "day", "Blantyre", "MW", 21, 67, "exact", None, None, False,
  "'Saturday's' vs Sunday 15 March -> 14 March. Revised toll: 'up from 17' -> '21 dead, including the two bombers' (four wounded died in hospital overnight); injured: '67 people were admitted with wounds' -> 67 (later deaths raise the killed figure; the wounded figure is not reduced, events_holdout16). The per-hospital lines (44/3, 11/1, 7, 5) are the breakdown of the same totals, not events; 'About 30 others ... not in its count' are excluded by the text itself. No claim -> null. 'ward 4A', '10 beds', 'aged 8 and 11', '412 donors', '6 kilograms', the phone number and '24 hours' are not casualties."),
E(2, ["Army engineers defused a third vest"],
  "DWU", "2026-03-14", "day", "Blantyre", "MW", None, None, None, "military", None, False,
  "'on Saturday evening' -> 14 March. A vest defused on its own -> Disrupted weapons use; army engineers -> 'military'. 'no one was hurt in that operation' is about the defusing, not a casualty report of an attack -> null."),
]

# -------------------------------------------------------------- holdout32-003
ARTICLES.append(A(3, "fr", "article", "2026-03-16T09:00:00Z",
"Malawi : l'État islamique revendique le double attentat-suicide de Blantyre",
"""
JOHANNESBURG (Afrique Monde Info) — Le double attentat-suicide qui a frappé samedi le centre de Blantyre, la capitale économique du Malawi, a été revendiqué dimanche soir par l'État islamique, dans un communiqué diffusé par son agence de propagande. Le texte affirme que « plus de cinquante » personnes ont été tuées. La police malawite a jugé la revendication « crédible ».

Selon le ministère de la Santé, le bilan s'établissait dimanche à vingt et un morts, dont les deux kamikazes, et à soixante-sept blessés. Un adolescent de 15 ans a succombé à ses blessures lundi matin à l'hôpital Queen Elizabeth, portant le bilan à vingt-deux morts.

L'enquête avance. La police a interpellé dimanche à Mangochi, sur les rives du lac Malawi, à environ 190 kilomètres au nord, deux hommes soupçonnés d'avoir hébergé les kamikazes pendant une semaine. Le chauffeur de taxi arrêté samedi à Blantyre est toujours en garde à vue. L'imam d'une mosquée de Mangochi a été entendu puis relâché, a précisé la police.

L'association des commerçants musulmans de Mangochi a démenti tout lien avec les assaillants. Le ministre de la Sécurité intérieure a, lui, estimé que les kamikazes « pourraient avoir été formés » au Mozambique voisin, sans donner de preuve.

Le pays, longtemps épargné, n'avait connu qu'une attaque d'envergure, à sa frontière sud. Il y a cinq ans, des hommes armés venus du Mozambique avaient attaqué un poste de police à Nsanje, tuant deux agents avant de se replier.

Le gouvernement a offert une récompense de 10 millions de kwachas pour toute information. Le marché de Blantyre, où travaillent quelque 3 000 vendeurs, restera fermé jusqu'à jeudi.
"""))
GOLD += [
E(3, ["Le double attentat-suicide qui a frappé samedi le centre de Blantyre"],
  "SUI", "2026-03-14", "day", "Blantyre", "MW", 22, 67, "exact", "Islamic State", "Islamic State", False,
  "'samedi' vs Monday 16 March -> 14 March. « revendiqué dimanche soir par l'État islamique », judged « crédible » -> claimant and perpetrator; the claim's « plus de cinquante » is never used. Toll: 'vingt et un morts, dont les deux kamikazes' + a 15-year-old who died on Monday morning -> 'vingt-deux morts' -> 22; injured 'soixante-sept' -> 67 (not reduced by the later death), exact. The Mangochi traders' association denies (not a claim); the minister's « pourraient avoir été formés » is speculation about training, not an attribution."),
E(3, ["La police a interpellé dimanche à Mangochi"],
  "ARR", "2026-03-15", "day", "Mangochi", "MW", None, None, None, "police", None, False,
  "'dimanche' vs Monday 16 March -> 15 March. Two men suspected of lodging the bombers, one event. '190 kilomètres', 'une semaine' are not casualties. The imam 'entendu puis relâché' is not arrested."),
E(3, ["Le chauffeur de taxi arrêté samedi à Blantyre"],
  "ARR", "2026-03-14", "day", "Blantyre", "MW", None, None, None, "police", None, False,
  "Restatement of the taxi driver's arrest (001) -> its own event in this document, 'samedi' -> 14 March. 'en garde à vue' is its follow-up. No force named in the sentence; the police lead the inquiry -> 'police'."),
E(3, ["des hommes armés venus du Mozambique avaient attaqué un poste de police à Nsanje"],
  "BAT", "2021-01-01", "year", "Nsanje", "MW", 2, None, "exact", None, None, True,
  "'Il y a cinq ans' vs 2026 -> 2021, year, background. Unnamed gunmen attacking a police post -> Armed clash with a null initiator (events_holdout31 Bitam convention); 'tuant deux agents' -> killed 2, exact. '10 millions de kwachas' and '3 000 vendeurs' are not casualties."),
]

# -------------------------------------------------------------- holdout32-004
ARTICLES.append(A(4, "en", "article", "2026-03-18T12:00:00Z",
"Police press release: five suspects in custody",
"""
MALAWI POLICE SERVICE — NATIONAL HEADQUARTERS, LILONGWE

PRESS RELEASE No. 14/2026 — Arrests in connection with the suicide bombings in Blantyre on 14 March 2026

The Malawi Police Service wishes to inform the public that five suspects are in custody in connection with the twin suicide bombings of Saturday 14 March 2026 at the Wenela bus depot and the Blantyre market, which killed 22 people, including the two bombers, and injured 67.

The suspects are:

1. A male aged 27, of Chilomoni, Blantyre, taxi driver, arrested on 14 March 2026 in Chilomoni. Charge: aiding and abetting a terrorist act.

2. and 3. Two males aged 31 and 44, of Mponda village, Mangochi, arrested on 15 March 2026 in Mangochi. Charge: harbouring persons who committed a terrorist act.

4. A female aged 52, of Plot 17, Balaka township, arrested on 16 March 2026 at a roadblock on the M1 road near Balaka, in possession of 40 detonators. Charge: unlawful possession of explosives.

5. A male aged 38, of Area 25, Lilongwe, arrested yesterday in Lilongwe. He is suspected of having wired 2,400,000 kwacha to the bombers in February. Charge: financing of terrorism.

A further eleven persons were questioned and released without charge. Two vehicles, a minibus and a pick-up, have been impounded.

All five suspects will appear before the Blantyre Chief Resident Magistrate's Court. The Service renews its offer of a reward of MK 5,000,000 for information and thanks the public for calls received on the toll-free line 997 and on 0888 310 310.

Issued by the National Police Spokesperson.
"""))
GOLD += [
E(4, ["the suicide bombings in Blantyre on 14 March 2026", "the twin suicide bombings of Saturday 14 March 2026"],
  "SUI", "2026-03-14", "day", "Blantyre", "MW", 22, 67, "exact", None, None, False,
  "The heading that names the bombing is a trigger (events_holdout27, 29, 31). 'killed 22 people, including the two bombers, and injured 67' -> 22, 67, exact. The release names no claim -> null (each document stands alone). 'No. 14/2026' is a release number."),
E(4, ["arrested on 14 March 2026 in Chilomoni"],
  "ARR", "2026-03-14", "day", "Blantyre", "MW", None, None, None, "police", None, False,
  "Suspect 1, restated -> its own event; Chilomoni -> Blantyre. 'aged 27' is an age."),
E(4, ["arrested on 15 March 2026 in Mangochi"],
  "ARR", "2026-03-15", "day", "Mangochi", "MW", None, None, None, "police", None, False,
  "Suspects 2 and 3: one place, one day -> ONE Arrests event. 'aged 31 and 44' are ages."),
E(4, ["arrested on 16 March 2026 at a roadblock on the M1 road near Balaka"],
  "ARR", "2026-03-16", "day", "Balaka", "MW", None, None, None, "police", None, False,
  "Suspect 4: a road near a town -> that town. The 40 detonators belong to the arrest. 'aged 52', 'Plot 17', 'M1' are not casualties."),
E(4, ["arrested yesterday in Lilongwe"],
  "ARR", "2026-03-17", "day", "Lilongwe", "MW", None, None, None, "police", None, False,
  "Suspect 5, the suspected financer (facilitator): 'yesterday' vs Wednesday 18 March -> 17 March. '2,400,000 kwacha' is money. The eleven people 'questioned and released' are not arrested; 'MK 5,000,000', '997', '0888 310 310', 'Two vehicles' are not casualties."),
]

# -------------------------------------------------------------- holdout32-005
ARTICLES.append(A(5, "en", "article", "2026-03-21T16:00:00Z",
"Blantyre derby postponed a week after the bombing",
"""
BLANTYRE, Malawi — Sunday's Super League derby between Soche Rangers and Chichiri United at the Kamuzu Stadium has been postponed, the league said on Saturday, a week after the twin suicide bombing at the Wenela bus depot and the market, which stands less than two kilometres from the ground.

The toll from that attack rose again on Thursday when a 19-year-old Soche Rangers youth-team goalkeeper, wounded at the depot on his way to training, died in hospital. Police now put the toll at 23 dead, the two bombers included, and 67 injured.

"We cannot ask 20,000 people to gather one week after this," the league's chief executive said. Police had told the league they could spare only 150 officers for the match, against the 600 usually deployed for the derby.

On Wednesday, several hundred supporters of both clubs walked together from the stadium to the civic offices in their club colours, carrying a banner with the goalkeeper's number 30 and demanding metal detectors at the bus depots. The march ended peacefully after a petition was handed in.

Soche Rangers, second in the table on 31 points after 14 games, will wear black armbands at their next away match in Lilongwe. Chichiri United have offered their share of the gate receipts, about 4 million kwacha, to the families.

It is the first Super League match called off on security grounds since 2017, when a game in Mzuzu was abandoned in the 38th minute after a grenade thrown from the terraces wounded 14 fans.

The rearranged derby is provisionally set for 28 March at 14:30.
"""))
GOLD += [
E(5, ["the twin suicide bombing at the Wenela bus depot and the market", "that attack"],
  "SUI", "2026-03-14", "day", "Blantyre", "MW", 23, 67, "exact", None, None, False,
  "'a week after' a Saturday piece of 21 March -> Saturday 14 March (the set's bombing date). A wounded goalkeeper died on Thursday -> '23 dead, the two bombers included, and 67 injured' -> 23, 67, exact. No claim named -> null. '19-year-old', 'two kilometres', '20,000 people', '150 officers', '600', 'number 30', '31 points after 14 games', '4 million kwacha' are not casualties."),
E(5, ["several hundred supporters of both clubs walked together from the stadium to the civic offices"],
  "PP", "2026-03-18", "day", "Blantyre", "MW", None, None, None, None, None, False,
  "'On Wednesday' vs Saturday 21 March -> 18 March. A march with a demand (metal detectors) that ended peacefully -> Peaceful protest; 'several hundred' are participants."),
E(5, ["a grenade thrown from the terraces wounded 14 fans"],
  "GRN", "2017-01-01", "year", "Mzuzu", "MW", None, 14, "exact", None, None, True,
  "'since 2017, when ...' -> 2017, year, background. Thrown grenade -> Grenade, null actor; injured 14, exact. '38th minute' is a time; the rearranged match (28 March, 14:30) is in the future."),
]
