"""Authoring source of benchmarks/events_holdout34 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Brikama, The Gambia cluster (holdout34-001 to 005; English and
French), two suicide bombers on Friday 13 February 2026 at two sites of one
town (the main car park, "the garage", and the market gate, about 300 m and
three minutes apart): an English wire with the first "at least" toll and a
"may have been" (001), a French dépêche with a revised toll and the first
arrests (fr 002), an English press review summarising what other outlets
reported (conflicting tolls, one paper's figure corrected, the JNIM claim,
the MFDC denial, arrests on both sides of the border, 003), a photo
gallery's captions (004) and a French court report ("compte rendu
d'audience") of the suspects' first hearing (fr 005). Notes are in English.
All outlets, people and incidents are invented; the places and the armed
groups are real."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout34")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout34-001
ARTICLES.append(A(1, "en", "article", "2026-02-13T21:40:00Z",
"Twin suicide blasts hit Gambian market town of Brikama",
"""
BRIKAMA, Gambia (Atlantic Coast Wire) - Two suicide bombers blew themselves up minutes apart at the main car park and the market in Brikama, the Gambia's second-largest town, on Friday afternoon, killing at least nine people and wounding dozens, police and hospital staff said.

The first bomber detonated his explosives at about 5:20 p.m. among minibuses loading passengers for Banjul at the car park, known locally as the garage. Three minutes later a second man set off a device at the entrance to the market, about 300 metres away, where traders were packing up their stalls for the weekend.

"There was smoke everywhere, and people were running between the buses with blood on their clothes," said Lamin Ceesay, 34, who sells phone credit at the car park. He said he had been standing about 50 metres from the first blast.

The Brikama District Hospital, which has 120 beds, appealed for blood donors and sent the most seriously wounded to Banjul, 35 km to the north-east. A health ministry official said nine bodies had been counted by 8 p.m. but warned that the toll was likely to rise.

No group has claimed the attack. A senior police officer, who asked not to be named, said the bombers "may have been" militants who had crossed into the country from Mali through Senegal, but stressed that investigators had reached no conclusion.

It is the first suicide bombing in the Gambia, a country of about 2.8 million people that has long been spared jihadist violence. In 2022, a grenade thrown into the crowd at a wrestling match in Bakau injured seven spectators; nobody was ever charged.

Police said 600 officers had been deployed to Brikama and the surrounding Kombo districts and asked anyone with information to call the free line 1515. The president's office said the head of state was cutting short a visit to Dakar and would land at Banjul on flight GW 402 before midnight.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up", "The first bomber detonated his explosives", "a second man set off a device", "the first blast", "claimed the attack", "the first suicide bombing in the Gambia"],
  "SUI", "2026-02-13", "day", "Brikama", "GM", 9, 12, "at_least", None, None, False,
  "First report, Friday 13 February (published 21:40 UTC; the Gambia is UTC+0, same date). Two sites of one town (the car park and the market gate, about 300 m and three minutes apart) -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention, kept by every later set). 'killing at least nine people and wounding dozens' -> 9 at_least, injured 12 ('dozens', dev table); 'nine bodies had been counted' is the same figure. No claim yet; the officer's 'may have been' (militants from Mali) is speculation -> perpetrator null. '5:20 p.m.', '300 metres', '34' (an age), '50 metres', '120 beds', '35 km', '8 p.m.', '2.8 million people', '600 officers', '1515' (a phone line) and 'flight GW 402' are not casualties."),
E(1, ["a grenade thrown into the crowd at a wrestling match in Bakau"],
  "GRN", "2022-01-01", "year", "Bakau", "GM", None, 7, "exact", None, None, True,
  "'In 2022' -> year precision, background. A thrown grenade -> Grenade; no author ('nobody was ever charged') -> null. 'injured seven spectators' -> injured 7, exact (the qualifier describes the injured figure when no killed figure is given)."),
]

# -------------------------------------------------------------- holdout34-002
ARTICLES.append(A(2, "fr", "article", "2026-02-14T15:10:00Z",
"Gambie : le bilan de l'attentat de Brikama s'alourdit à dix-sept morts",
"""
Banjul, 14 février 2026 (Agence Ouest-Atlantique) - Le bilan du double attentat-suicide qui a frappé vendredi en fin d'après-midi Brikama, deuxième ville de Gambie, s'est alourdi à dix-sept morts, dont les deux kamikazes, et quarante-trois blessés, a annoncé samedi le ministère de la Santé. Vendredi soir, la police faisait encore état d'au moins neuf morts.

Parmi les victimes figure un garçon de 11 ans, grièvement blessé devant le marché, qui a succombé dans la nuit à l'hôpital universitaire Edward Francis Small de Banjul. Neuf blessés restent dans un état critique.

Les deux kamikazes se sont fait exploser à trois minutes d'intervalle, le premier au milieu des minibus de la gare routière, le second à l'entrée du marché, à environ 300 mètres de là. Ce double attentat est le premier du genre dans ce petit pays d'Afrique de l'Ouest enclavé dans le Sénégal. Le pays n'avait connu jusque-là qu'une attaque à la grenade, en 2022, lors d'un combat de lutte à Bakau (sept blessés).

Samedi à l'aube, la police a interpellé trois hommes dans une maison de Serekunda, principale agglomération du pays, où les deux assaillants auraient passé leurs dernières nuits. Selon une source policière, les enquêteurs y ont saisi deux gilets vides, un sac de 25 kilos d'engrais et 14 500 dalasis en espèces. Le propriétaire de la maison, un retraité de 68 ans, a été entendu puis laissé libre.

Aucune revendication n'avait été enregistrée samedi à la mi-journée. Un conseiller de la présidence a jugé « plausible » la piste d'un groupe venu du Sahel, sans plus de précisions.

Le gouvernement a décrété trois jours de deuil national et déployé 800 policiers supplémentaires dans la région de la Côte-Ouest. Les 38 écoles de Brikama, qui accueillent quelque 21 000 élèves, resteront fermées jusqu'à mercredi. Quelque 260 donneurs se sont présentés samedi matin au centre de transfusion de Banjul, et le ministère a ouvert une ligne d'écoute psychologique, le 1313, joignable de 8 heures à 20 heures.
"""))
GOLD += [
E(2, ["double attentat-suicide qui a frappé vendredi en fin d'après-midi Brikama", "Les deux kamikazes se sont fait exploser", "Ce double attentat"],
  "SUI", "2026-02-13", "day", "Brikama", "GM", 17, 43, "exact", None, None, False,
  "'vendredi' vs Saturday 14 February -> Friday 13 February. Toll revised inside the dépêche: 'au moins neuf morts' (Friday evening, superseded) -> 'dix-sept morts, dont les deux kamikazes, et quarante-trois blessés' -> 17 (bombers inside), 43, exact. The 11-year-old boy who died in the night is inside the seventeen; 'Neuf blessés ... dans un état critique' is a subset of the wounded. No claim; the adviser's « plausible » Sahel lead is speculation -> null. The gare routière and the market entrance (300 m, three minutes) are one event, Brikama. '11 ans', '300 mètres', '800 policiers', '38 écoles', '21 000 élèves', '260 donneurs', '1313', '8 heures à 20 heures', 'trois jours' are not casualties."),
E(2, ["la police a interpellé trois hommes dans une maison de Serekunda"],
  "ARR", "2026-02-14", "day", "Serekunda", "GM", None, None, None, "police", None, False,
  "'Samedi à l'aube' = the publication day, Saturday 14 February. One Arrests event (three men, one place, one day), police. The things seized in the house ('deux gilets vides', '25 kilos d'engrais', '14 500 dalasis') belong to the arrest. The landlord 'entendu puis laissé libre' is not arrested ('68 ans' an age)."),
E(2, ["une attaque à la grenade, en 2022, lors d'un combat de lutte à Bakau"],
  "GRN", "2022-01-01", "year", "Bakau", "GM", None, 7, "exact", None, None, True,
  "'en 2022' -> year precision, background (the grenade of holdout34-001). '(sept blessés)' -> injured 7, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout34-003
ARTICLES.append(A(3, "en", "article", "2026-02-16T09:30:00Z",
"What the papers say: Brikama tolls, a JNIM claim and a lorry driver held at the border",
"""
Monday's papers are dominated, for the third day running, by Friday's twin suicide bombing in Brikama and by the claim of responsibility that reached newsrooms on Saturday evening.

The tolls still differ from one paper to the next. The health ministry's latest figures, which the Kombo Observer leads with, are 18 dead, including the two bombers, and 43 wounded, after a market porter died in hospital on Sunday. The Daily Horizon printed "31 KILLED" across its front page on Sunday; a note on its website now says that figure was wrong and has been corrected to 17, the toll at the time. Radio Sanyang FM's bulletins were still citing "at least fifteen dead" on Sunday night.

Every paper carries the statement in which Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel, said two of its fighters had carried out the attack and had killed "more than 70 apostates". The Observer quotes Interior Minister Modou Lamin Jobe as saying the claim was "credible" and that both bombers were Malian nationals.

The Daily Horizon leads instead on the Movement of Democratic Forces of Casamance (MFDC), the separatist rebels across the Senegalese border, which "denied any involvement" in a message to the paper. A police commander quoted by the Horizon says MFDC smugglers "may have been" paid to carry the explosives across the border, but names none.

On the investigation, the Coastal Times reports that the three men arrested at dawn on Saturday in Serekunda are being held at police headquarters in Banjul, and that a 41-year-old lorry driver suspected of bringing the explosives from Senegal under sacks of onions was arrested on Sunday at the Giboro border post by immigration officers and police.

Across the border, the Dakar daily L'Écho du Fleuve writes that Senegalese gendarmes arrested two Gambian nationals in Ziguinchor on Sunday on suspicion of sheltering the bombers.

The Observer's 16-page special edition, priced at 25 dalasi, sold out by 10 a.m. A fund launched by the Brikama Area Council has raised 1.2 million dalasi from about 3,400 donors, the paper says.
"""))
GOLD += [
E(3, ["Friday's twin suicide bombing in Brikama", "had carried out the attack"],
  "SUI", "2026-02-13", "day", "Brikama", "GM", 18, 43, "exact", "JNIM", "JNIM", False,
  "'Friday's' vs Monday 16 February -> 13 February. A press review: the document's own figure is the health ministry's latest, which it states as fact: '18 dead, including the two bombers, and 43 wounded' -> 18 (inside; a porter died on Sunday), 43, exact. The Daily Horizon's '31 KILLED' is a figure the text calls wrong (never used); its corrected '17, the toll at the time' and the radio's 'at least fifteen' are superseded. JNIM's claim, called 'credible' by the minister -> claimant and perpetrator 'JNIM' (dev canonical name for Jama'at Nusrat al-Islam wal-Muslimin). Its own 'more than 70 apostates' is the claimant's figure, never used. The MFDC's denial is not a claim and the commander's 'may have been' is speculation: neither is coded. '16-page', '25 dalasi', '10 a.m.', '1.2 million dalasi', '3,400 donors' are not casualties."),
E(3, ["the three men arrested at dawn on Saturday in Serekunda"],
  "ARR", "2026-02-14", "day", "Serekunda", "GM", None, None, None, "police", None, False,
  "'at dawn on Saturday' vs Monday 16 February -> 14 February. A participle restating the arrest of holdout34-002: its own event in this document. Held at police headquarters -> 'police'."),
E(3, ["a 41-year-old lorry driver suspected of bringing the explosives from Senegal", "was arrested on Sunday at the Giboro border post"],
  "ARR", "2026-02-15", "day", "Giboro", "GM", None, None, None, "police", None, False,
  "'on Sunday' vs Monday 16 February -> 15 February. The cluster's suspected facilitator. 'by immigration officers and police' -> 'police' (state security forces). A border post -> its village, Giboro. '41-year-old' is an age."),
E(3, ["Senegalese gendarmes arrested two Gambian nationals in Ziguinchor"],
  "ARR", "2026-02-15", "day", "Ziguinchor", "SN", None, None, None, "police", None, False,
  "'on Sunday' -> 15 February. Arrests in Senegal linked to the bombing: their own event, coded to Ziguinchor, SN. Gendarmes -> 'police' (dev: the gendarmerie counts as police)."),
]

# -------------------------------------------------------------- holdout34-004
ARTICLES.append(A(4, "en", "article", "2026-02-18T19:00:00Z",
"In pictures: Brikama buries its dead, marches and waits",
"""
A woman walks past the burnt-out shell of a minibus at the Brikama car park on Saturday morning, the day after the twin suicide bombing that killed 18 people, including the two bombers, and wounded 43. Photo: Awa Touray / Kombo Observer

Traders sift through what is left of their stalls at the market gate, where the second bomber struck three minutes after the first. The market association says 62 of its 400 stalls were destroyed. Photo: Ebrima Sowe / Kombo Observer

Relatives pray over the grave of Fatou Sanneh, 14, who was buying cloth with her mother when the market blast tore through the gate. She was buried on Saturday afternoon. Photo: Awa Touray / Kombo Observer

A nurse checks a drip in Bed 14 of the surgical ward at the district hospital on Sunday. Nine of the wounded are still in intensive care, and 210 people have given blood since Friday. Photo: Isatou Jallow / Kombo Observer

A police officer leads a handcuffed suspect from a pick-up at the Serious Crimes Unit in Banjul on Monday. He was arrested earlier that day in Farafenni, on the north bank of the Gambia River, police said. Photo: Ebrima Sowe / Kombo Observer

Thousands of residents march from the market to the Brikama Area Council offices on Tuesday to demand more police patrols and the reopening of the market. The march, led by imams and women's groups, ended peacefully after about two hours. Photo: Awa Touray / Kombo Observer

A banner reads "Brikama will stand". The attack was claimed on Saturday by JNIM, al-Qaeda's affiliate in the Sahel; the interior ministry says it has no reason to doubt the claim. Photo: Isatou Jallow / Kombo Observer

Officers search passengers' bags at a checkpoint on the road to Banjul, 35 km away. About 600 police officers have been sent to the town since the bombing. Photo: Ebrima Sowe / Kombo Observer

A boy sells bottled water for 10 dalasi on Wednesday at the car park, where minibuses to Banjul started running again at 6 a.m. Photo: Awa Touray / Kombo Observer
"""))
GOLD += [
E(4, ["the twin suicide bombing that killed 18 people", "where the second bomber struck", "the market blast", "The attack was claimed on Saturday by JNIM", "since the bombing"],
  "SUI", "2026-02-13", "day", "Brikama", "GM", 18, 43, "exact", "JNIM", "JNIM", False,
  "A photo gallery: one caption per paragraph, each ending with a photographer credit (not triggers, not places). 'the day after' a photo taken on Saturday (14 February) -> Friday 13 February, five days before Wednesday 18 February -> current. 'killed 18 people, including the two bombers, and wounded 43' -> 18 (inside), 43, exact. 'claimed ... by JNIM', with 'no reason to doubt the claim' -> claimant and perpetrator. The car park and the market gate ('three minutes after the first') are one event. 'Fatou Sanneh, 14' is a victim inside the 18 (an age); '62 of its 400 stalls', 'Bed 14', 'Nine of the wounded' (a subset), '210 people' (blood donors), '35 km', 'About 600 police officers', '10 dalasi', '6 a.m.' are not casualties. The burial is not coded."),
E(4, ["leads a handcuffed suspect", "He was arrested earlier that day in Farafenni"],
  "ARR", "2026-02-16", "day", "Farafenni", "GM", None, None, None, "police", None, False,
  "The photo was taken 'on Monday' and the suspect 'was arrested earlier that day' -> Monday 16 February (vs Wednesday 18 February). A new arrest of this document; police. The Serious Crimes Unit in Banjul is where he was taken, not the arrest's place."),
E(4, ["Thousands of residents march from the market", "The march, led by imams"],
  "PP", "2026-02-17", "day", "Brikama", "GM", None, None, None, None, None, False,
  "'on Tuesday' vs Wednesday 18 February -> 17 February. A march with a demand (more patrols, reopening of the market) that 'ended peacefully' -> Protests / Peaceful protest, perpetrator null (dev). 'Thousands' are marchers, 'two hours' a duration."),
]

# -------------------------------------------------------------- holdout34-005
ARTICLES.append(A(5, "fr", "article", "2026-02-25T18:00:00Z",
"Attentat de Brikama : quatre suspects placés en détention, un cinquième libéré sans inculpation",
"""
Compte rendu d'audience. Tribunal de première instance de Banjul, salle n° 2, mercredi 25 février.

La petite salle, prévue pour 80 personnes, était comble bien avant l'ouverture de l'audience, à 10 heures. Dans le box, quatre hommes âgés de 24 à 41 ans, poursuivis pour complicité d'actes terroristes après l'attentat du 13 février à Brikama.

Le substitut du procureur, Omar Ceesay, a d'abord rappelé les faits : deux kamikazes se sont fait exploser à trois minutes d'intervalle à la gare routière et au marché de Brikama, faisant dix-neuf morts, dont les deux kamikazes, et quarante-trois blessés, après le décès, lundi, d'une commerçante de 52 ans. L'attentat a été revendiqué par le JNIM, une revendication que le parquet tient pour « authentique ».

Deux des accusés ont été interpellés le 14 février à Serekunda, dans la maison où logeaient les kamikazes. Le troisième homme interpellé ce jour-là a été libéré sans inculpation mardi, faute de preuves. Le chauffeur routier de 41 ans a été arrêté le 15 février au poste-frontière de Giboro avec, selon l'accusation, 25 kilos d'engrais cachés sous des sacs d'oignons (pièce à conviction n° 7). Le plus jeune, un électricien de 24 ans, a été arrêté le 16 février à Farafenni.

L'avocate du chauffeur, Me Fatoumata Darboe, a plaidé qu'il « transportait des oignons, pas des bombes » et demandé sa libération sous caution de 100 000 dalasis. Le juge a refusé et ordonné le placement des quatre hommes en détention provisoire pour 30 jours. Prochaine audience le 27 mars.

Un imam de Sukuta, convoqué comme témoin, a été entendu puis est reparti libre.

En conclusion, le magistrat du parquet a rappelé que le pays avait déjà été visé : en juin 2024, un engin explosif avait été découvert et désamorcé par les démineurs de la police sous le pont de Farafenni, sur le fleuve Gambie. « Nous n'avons pas voulu voir venir la menace », a-t-il lancé.
"""))
GOLD += [
E(5, ["l'attentat du 13 février à Brikama", "deux kamikazes se sont fait exploser", "L'attentat a été revendiqué par le JNIM"],
  "SUI", "2026-02-13", "day", "Brikama", "GM", 19, 43, "exact", "JNIM", "JNIM", False,
  "'du 13 février', twelve days before Wednesday 25 February -> current. 'dix-neuf morts, dont les deux kamikazes, et quarante-trois blessés' -> 19 (inside; the trader who died on Monday 23 February raised it), 43 (not reduced by the later death, events_holdout16), exact. « revendiqué par le JNIM », held « authentique » by the prosecution -> claimant and perpetrator. The gare routière and the market are one event. '80 personnes', '10 heures', '24 à 41 ans', '52 ans' are not casualties."),
E(5, ["Deux des accusés ont été interpellés le 14 février à Serekunda", "Le troisième homme interpellé ce jour-là"],
  "ARR", "2026-02-14", "day", "Serekunda", "GM", None, None, None, "police", None, False,
  "The arrest of holdout34-002 told through its judicial follow-up (two of the three men in the dock, remanded; the third 'libéré sans inculpation mardi'): one Arrests event at the arrest's place and day, not a new arrest, and the release without charge does not undo it. No force named here; 'la police' in holdout34-002 -> 'police'."),
E(5, ["arrêté le 15 février au poste-frontière de Giboro"],
  "ARR", "2026-02-15", "day", "Giboro", "GM", None, None, None, "police", None, False,
  "The lorry driver (the facilitator of holdout34-003), now remanded: the arrest's place and day, Giboro, 15 February, 'police'. '25 kilos d'engrais' seized with him belong to the arrest; 'pièce à conviction n° 7' is an exhibit number, '100 000 dalasis' a bail sum, '30 jours' a period."),
E(5, ["arrêté le 16 février à Farafenni"],
  "ARR", "2026-02-16", "day", "Farafenni", "GM", None, None, None, "police", None, False,
  "The electrician arrested in Farafenni (the suspect of holdout34-004's photo) -> 16 February, 'police'. The imam of Sukuta 'convoqué comme témoin ... reparti libre' is not arrested."),
E(5, ["un engin explosif avait été découvert et désamorcé par les démineurs de la police"],
  "DWU", "2024-06-01", "month", "Farafenni", "GM", None, None, None, "police", None, True,
  "'en juin 2024' -> month precision, background. A device found and defused on its own -> Disrupted weapons use, police bomb-disposal team -> 'police'. 'sous le pont de Farafenni' -> Farafenni. The next hearing 'le 27 mars' is a future event, not coded."),
]
