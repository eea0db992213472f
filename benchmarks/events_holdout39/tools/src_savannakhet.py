"""Authoring source of benchmarks/events_holdout39 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Savannakhet, Laos cluster (holdout39-016 to 020; French and
English), two suicide bombers on Friday 16 October 2026 at two sites of one
town (the main market and the bus terminal, about 800 m and seven minutes
apart): a French agency dispatch with a "VILLE, (Agence) -" dateline (fr
016), an English wire on the claim and the first arrests in Laos and
Thailand (017), the French version of a provincial hospital's blood-donation
appeal ("appel au don de sang", fr 018), a French parish bulletin ("bulletin
paroissial", fr 019) and the city's bilingual French-English notice to
residents (fr 020, French first). Savannakhet's official name is Kaysone
Phomvihane; the gold keeps "Savannakhet". Laos and Thailand are UTC+7:
every publication time here is between 01:00 and 08:00 UTC, so every local
date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout39")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout39-016
ARTICLES.append(A(16, "fr", "article", "2026-10-16T07:00:00Z",
"Laos : double attentat-suicide au marché et à la gare routière de Savannakhet",
"""
SAVANNAKHET, (Agence Mékong Presse) - Deux kamikazes se sont fait exploser vendredi matin à sept minutes d'intervalle dans le centre de Savannakhet, deuxième ville du Laos, faisant au moins huit morts, dont les deux assaillants, et des dizaines de blessés, a indiqué la police provinciale.

Le premier a actionné sa charge vers 8 h 10 dans les allées du grand marché, à l'heure où les moines achèvent leur tournée d'aumônes. Le second s'est fait exploser à 8 h 17 devant la gare routière, à environ 800 mètres, près d'un bus en partance pour Vientiane.

« Il y avait des paniers de riz gluant partout, et des sandales », raconte Souk, 36 ans, vendeuse de fruits. Les blessés ont été transportés à l'hôpital provincial, qui dispose de 350 lits ; six d'entre eux ont été évacués par hélicoptère vers la capitale.

Aucune revendication n'a été publiée. Selon un diplomate en poste à Vientiane, l'attaque « pourrait être l'œuvre » d'une cellule venue de l'étranger, mais les autorités lao n'ont avancé aucune piste.

Savannakhet, officiellement Kaysone Phomvihane, compte environ 120 000 habitants et fait face à la ville thaïlandaise de Mukdahan, à laquelle la relie un pont sur le Mékong long de 1,6 km. Le pont a été fermé à 9 heures.

Le Laos n'avait jamais connu d'attentat-suicide. En 2019, une bombe artisanale avait explosé à bord d'un bus près de Champhone, à une cinquantaine de kilomètres, blessant quatre passagers.

L'ambassade de France a ouvert une cellule de crise au +856 21 26 74 00. Les 27 écoles de la ville resteront fermées jusqu'à mercredi, et le festival des pirogues, prévu le 24 octobre, est annulé.
"""))
GOLD += [
E(16, ["Deux kamikazes se sont fait exploser", "Le premier a actionné sa charge", "Le second s'est fait exploser", "l'attaque"],
  "SUI", "2026-10-16", "day", "Savannakhet", "LA", 8, 12, "at_least", None, None, False,
  "Dispatch of Friday 16 October 2026 (14:00 in Laos); 'vendredi matin' = 16 October. Two sites of one town (the main market and the bus terminal, 'environ 800 mètres', seven minutes) -> ONE Suicide bomb event coded to the town (its official name Kaysone Phomvihane is given; the gold keeps 'Savannakhet'). First report: 'au moins huit morts, dont les deux assaillants, et des dizaines de blessés' -> killed 8 (bombers inside) at_least, injured 12 ('des dizaines', dev table). No claim; a diplomat's 'pourrait être l'œuvre' is speculation -> null. 'six d'entre eux' (evacuated) is a subset. '8 h 10', '8 h 17', '800 mètres', '36 ans', '350 lits', '120 000 habitants', '1,6 km', '9 heures', '+856 21 26 74 00', '27 écoles', '24 octobre' (a cancelled festival) are not casualties."),
E(16, ["une bombe artisanale avait explosé à bord d'un bus près de Champhone"],
  "IED", "2019-01-01", "year", "Champhone", "LA", None, 4, "exact", None, None, True,
  "'En 2019' -> year, background. A homemade bomb on a bus -> Remote explosive/landmine/IED, author unnamed -> null. 'blessant quatre passagers' -> injured 4, exact. 'une cinquantaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout39-017
ARTICLES.append(A(17, "en", "article", "2026-10-18T08:00:00Z",
"Islamic State claims Laos twin bombing; suspects held on both sides of the Mekong",
"""
VIENTIANE, Laos (Mekong Wire) - Islamic State claimed responsibility on Saturday for Friday's twin suicide bombing in the Lao city of Savannakhet, and police in Laos and neighbouring Thailand arrested three suspects over the weekend.

In a statement issued through its East Asia Province, the group said two of its fighters had killed "more than 70 Crusaders and idolaters". Lao police said the claim was credible. The health ministry put the toll at 17 people killed, not counting the two bombers, and more than 60 wounded.

Thai police arrested two Lao men in Mukdahan, across the Mekong from Savannakhet, on Saturday, and seized a pickup truck and 40,000 baht in cash. On Sunday morning, Lao police detained a third man in Pakse, 230 km to the south, on suspicion of having sheltered the bombers. The bombers' employer at a rubber plantation was questioned for several hours and released.

A statement circulated online in the name of former members of Jemaah Islamiyah denied any role. A Lao security official said the bombers, aged 22 and 25, "may have been" trained abroad, without giving evidence.

The blasts struck the main market at about 8:10 a.m. and the bus terminal seven minutes later, at the busiest hour of the morning. Among the dead were two novice monks aged 12 and 14.

The bombing was the first of its kind in Laos. In 2019, a homemade bomb on a bus near Champhone wounded four passengers; no one was charged.

The bridge to Thailand reopened to trucks on Sunday after 48 hours, with some 400 vehicles queuing on the Lao side. The government declared three days of mourning and sent 500 police officers to the province.
"""))
GOLD += [
E(17, ["Friday's twin suicide bombing in the Lao city of Savannakhet", "The blasts struck the main market", "The bombing was the first of its kind"],
  "SUI", "2026-10-16", "day", "Savannakhet", "LA", 19, 60, "exact", "Islamic State", "Islamic State", False,
  "'Friday's' vs Sunday 18 October -> 16 October. '17 people killed, not counting the two bombers, and more than 60 wounded' -> killed 17 + 2 = 19, injured 60 ('more than 60'); the qualifier describes the killed figure -> exact. Claimed 'through its East Asia Province' (a regional branch -> 'Islamic State', dev), judged credible -> claimant and perpetrator; the claim's 'more than 70 Crusaders and idolaters' is never used. The Jemaah Islamiyah denial is not a claim; 'may have been' is speculation. 'two novice monks aged 12 and 14' are inside the toll. '40,000 baht', '230 km', '22 and 25', '8:10 a.m.', '48 hours', '400 vehicles', 'three days', '500 police officers' are not casualties."),
E(17, ["Thai police arrested two Lao men in Mukdahan"],
  "ARR", "2026-10-17", "day", "Mukdahan", "TH", None, None, None, "police", None, False,
  "'on Saturday' vs Sunday 18 October -> 17 October. An arrest in Thailand by the Thai police -> 'police', TH. The seizure of 'a pickup truck and 40,000 baht in cash' belongs to the arrest. The lead's summary 'arrested three suspects over the weekend' covers this arrest and the next one and is left out of both."),
E(17, ["Lao police detained a third man in Pakse"],
  "ARR", "2026-10-18", "day", "Pakse", "LA", None, None, None, "police", None, False,
  "'On Sunday morning' = publication day, 18 October. 'detained ... on suspicion' -> Arrests. The plantation owner 'questioned for several hours and released' is not arrested. '230 km' is a distance."),
E(17, ["a homemade bomb on a bus near Champhone wounded four passengers"],
  "IED", "2019-01-01", "year", "Champhone", "LA", None, 4, "exact", None, None, True,
  "'In 2019' -> year, background (the bus bomb of holdout39-016). Author unknown ('no one was charged') -> null; 'wounded four passengers' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout39-018
ARTICLES.append(A(18, "fr", "article", "2026-10-19T02:00:00Z",
"Appel urgent au don de sang de l'hôpital provincial de Savannakhet",
"""
HÔPITAL PROVINCIAL DE SAVANNAKHET - CROIX-ROUGE LAO. APPEL AU DON DE SANG (version française). Lundi 19 octobre 2026.

Depuis le double attentat-suicide de vendredi matin au grand marché et à la gare routière, notre hôpital a reçu 64 blessés. Notre premier appel, diffusé vendredi à midi, parlait de « plus de quarante blessés » : beaucoup sont arrivés dans la soirée, par leurs propres moyens ou à moto. Dix-huit restent hospitalisés, dont cinq en réanimation. Un novice de 16 ans est décédé dimanche soir dans notre service ; le bilan officiel est désormais de vingt morts, y compris les deux kamikazes.

NOS BESOINS. Les réserves de sang du groupe O négatif sont épuisées. Il nous faut 300 poches d'ici jeudi, surtout des groupes O et B. Les dons de plasma sont aussi bienvenus.

QUI PEUT DONNER ? Toute personne âgée de 18 à 60 ans, pesant au moins 45 kg, en bonne santé et n'ayant pas donné depuis trois mois. Un don dure une dizaine de minutes et prélève 450 ml. Apportez une pièce d'identité.

OÙ ET QUAND ? Au centre de transfusion, bâtiment C, 2e étage, de 7 heures à 19 heures, y compris samedi et dimanche. Un car gratuit part du stupa That Inghang à 8 heures et à 14 heures et revient une heure plus tard. Une collation est offerte à chaque donneur.

MERCI. Depuis vendredi, 1 270 donneurs se sont présentés, dont 85 moines et 140 soldats de la garnison. Les étudiants de l'université de Savannakhet organisent une collecte mobile mercredi sur le campus. Renseignements : +856 41 21 20 51, de 8 heures à 17 heures.
"""))
GOLD += [
E(18, ["double attentat-suicide de vendredi matin"],
  "SUI", "2026-10-16", "day", "Savannakhet", "LA", 20, 64, "exact", None, None, False,
  "'de vendredi matin' vs Monday 19 October -> 16 October; the market and the bus terminal -> ONE event. Injured revised inside: the first appeal's 'plus de quarante blessés' -> '64 blessés' received by the hospital -> injured 64; 'le bilan officiel est désormais de vingt morts, y compris les deux kamikazes' -> killed 20 (bombers inside; the novice of 16 who died on Sunday evening raised it), exact. 'Dix-huit ... dont cinq en réanimation' are subsets. The appeal names no claim -> perpetrator null. '16 ans', '300 poches', '18 à 60 ans', '45 kg', 'trois mois', 'une dizaine de minutes', '450 ml', '2e étage', '7 heures à 19 heures', '8 heures', '14 heures', '1 270 donneurs', '85 moines', '140 soldats', '+856 41 21 20 51' are not casualties; the mobile blood drive of Wednesday is future."),
]

# -------------------------------------------------------------- holdout39-019
ARTICLES.append(A(19, "fr", "article", "2026-10-25T01:00:00Z",
"Bulletin paroissial n° 43 du dimanche 25 octobre",
"""
PAROISSE DU SACRÉ-CŒUR DE SAVANNAKHET - BULLETIN PAROISSIAL N° 43 - Dimanche 25 octobre 2026.

MESSES. Aujourd'hui, messe en lao à 7 h 30 et en français à 10 heures, présidée par le vicaire apostolique. Intentions : pour les dix-huit personnes tuées dans le double attentat-suicide du 16 octobre, revendiqué par l'État islamique ; pour les 64 blessés ; pour nos frères bouddhistes et musulmans, frappés comme nous. Le bilan officiel est de vingt morts, dont les deux kamikazes.

CARNET. Nous avons célébré mercredi les funérailles de Marie Keo, 44 ans, paroissienne fidèle, tuée au marché alors qu'elle vendait ses légumes. Elle laisse quatre enfants. Que le Seigneur l'accueille dans sa paix.

VIE DE LA CITÉ. Jeudi, plus de 3 000 habitants, moines en tête, ont marché en silence du grand marché jusqu'au bord du Mékong pour demander la paix et la protection des marchés. Aucun incident n'a été signalé. Notre chorale de 25 voix a chanté à l'arrivée, devant le temple.

L'ENQUÊTE. Le chauffeur de tuk-tuk arrêté mardi à Thakhek, soupçonné d'avoir transporté les explosifs depuis la frontière, a été inculpé vendredi. Le père Joseph Vong rappelle que la paroisse ne commente pas l'enquête et invite chacun à ne pas relayer les rumeurs.

QUÊTE. La quête de dimanche dernier a rapporté 4,2 millions de kips, soit environ 170 euros, versés au fonds des victimes de la province. Merci à tous.

AGENDA. Catéchisme : samedi à 15 heures, salle 2. Répétition de la chorale : jeudi à 18 h 30. Visite aux blessés de l'hôpital provincial : mardi après-midi, départ à 14 heures devant le presbytère. Permanence du presbytère : 020 55 61 23 45, du lundi au vendredi, de 8 heures à 11 heures.
"""))
GOLD += [
E(19, ["double attentat-suicide du 16 octobre"],
  "SUI", "2026-10-16", "day", "Savannakhet", "LA", 20, 64, "exact", "Islamic State", "Islamic State", False,
  "'du 16 octobre' -> 16 October. 'Le bilan officiel est de vingt morts, dont les deux kamikazes' -> killed 20 (bombers inside); 'les dix-huit personnes tuées' are the same toll without the bombers (20 - 2), not a competing figure; 'les 64 blessés' -> injured 64, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. The funeral of Wednesday is not coded. '7 h 30', '10 heures', '44 ans', 'quatre enfants', '25 voix', '4,2 millions de kips', '170 euros', '15 heures', 'salle 2', '18 h 30', '14 heures', '020 55 61 23 45', '8 heures à 11 heures' are not casualties."),
E(19, ["plus de 3 000 habitants, moines en tête, ont marché en silence"],
  "PP", "2026-10-22", "day", "Savannakhet", "LA", None, None, None, None, None, False,
  "'Jeudi' vs Sunday 25 October -> 22 October. A silent march from the market to the Mekong with a demand (peace and the protection of markets), 'Aucun incident' -> Peaceful protest, null. '3 000 habitants' are marchers."),
E(19, ["Le chauffeur de tuk-tuk arrêté mardi à Thakhek"],
  "ARR", "2026-10-20", "day", "Thakhek", "LA", None, None, None, "police", None, False,
  "'mardi' vs Sunday 25 October -> 20 October. The cluster's suspected facilitator (the driver who carried the explosives from the border); 'inculpé vendredi' is the arrest's judicial follow-up, not a new event. No force named; police of the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout39-020
ARTICLES.append(A(20, "fr", "article", "2026-10-27T03:00:00Z",
"Avis à la population n° 12 / Notice to residents No. 12",
"""
VILLE DE KAYSONE PHOMVIHANE (SAVANNAKHET) - AVIS À LA POPULATION N° 12. CITY OF KAYSONE PHOMVIHANE (SAVANNAKHET) - NOTICE TO RESIDENTS No. 12. Mardi 27 octobre 2026 / Tuesday 27 October 2026.

FRANÇAIS. Onze jours après le double attentat-suicide du 16 octobre, qui a fait vingt morts, dont les deux kamikazes, et 64 blessés, la municipalité informe la population des mesures suivantes. Le grand marché rouvrira le lundi 2 novembre à 6 heures ; 180 de ses 412 étals ont été réparés. Le couvre-feu (de 23 heures à 5 heures) est levé dès ce soir. Les deux hommes arrêtés le 17 octobre à Mukdahan ont été remis hier aux autorités lao par la Thaïlande. Chaque famille endeuillée recevra 20 millions de kips au guichet 4 de la mairie, de 8 heures à 16 heures. Renseignements : 1190 (appel gratuit).

ENGLISH. Eleven days after the twin suicide bombing of 16 October, which killed twenty people, including the two bombers, and injured 64, the municipality informs residents of the following measures. The main market will reopen on Monday 2 November at 6 a.m.; 180 of its 412 stalls have been repaired. The curfew (11 p.m. to 5 a.m.) is lifted from tonight. The two men arrested in Mukdahan on 17 October were handed over to the Lao authorities by Thailand yesterday. Each bereaved family will receive 20 million kip at counter 4 of the city hall, from 8 a.m. to 4 p.m. Information: 1190 (free call).

Le maire / The Mayor, Bounthavy Sisomphone.
"""))
GOLD += [
E(20, ["double attentat-suicide du 16 octobre", "the twin suicide bombing of 16 October"],
  "SUI", "2026-10-16", "day", "Savannakhet", "LA", 20, 64, "exact", None, None, False,
  "A bilingual notice: the French and the English paragraphs name the same event; both namings are triggers of ONE event (one entry per event per document). 'du 16 octobre' / 'of 16 October' -> 16 October, eleven days before Tuesday 27 October. 'vingt morts, dont les deux kamikazes, et 64 blessés' / 'killed twenty people, including the two bombers, and injured 64' -> 20 (bombers inside), 64, exact. The notice names no claim -> perpetrator null. '12', '2 novembre', '6 heures' / '6 a.m.', '180 de ses 412 étals' / '180 of its 412 stalls', '23 heures à 5 heures' / '11 p.m. to 5 a.m.', '20 millions de kips' / '20 million kip', 'guichet 4' / 'counter 4', '8 heures à 16 heures' / '8 a.m. to 4 p.m.', '1190' are not casualties."),
E(20, ["Les deux hommes arrêtés le 17 octobre à Mukdahan", "The two men arrested in Mukdahan on 17 October"],
  "ARR", "2026-10-17", "day", "Mukdahan", "TH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout39-017, in both languages -> ONE event: 17 October, Mukdahan, Thailand -> TH. Their handover to Laos 'hier' (26 October) is a follow-up, not an event. No force named; the Thai police of the cluster -> 'police'."),
]
