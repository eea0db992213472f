"""Authoring source of benchmarks/events_holdout56 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Sandema, Ghana (Upper East region) cluster (holdout56-006 to 010;
English and French), two suicide bombers on Friday 15 May 2026, a market day,
at two sites of one town (the market and the lorry station, about 500 m and
five minutes apart): an English wire with the first report (006), a letter of
a Burkinabe credit union to its members ("lettre aux sociétaires", fr 007),
an English wire on the claim and the arrests (008), a running club's race
postponement (009) and the transcript of a Burkinabe local radio's late-night
news bulletin ("journal de 23 heures", fr 010). Ghana and Burkina Faso are
UTC+0, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout56")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout56-006
ARTICLES.append(A(6, "en", "article", "2026-05-15T17:00:00Z",
"Suicide bombers strike market town in northern Ghana",
"""
SANDEMA, Ghana (Volta Wire) - Two suicide bombers struck the market and the lorry station of Sandema, in Ghana's Upper East region, on Friday morning, killing themselves and at least six other people and wounding a score of others in the first such attack in the country, police said.

The first man blew himself up at about 9:40 a.m. between the grain sellers and the livestock pens, where several thousand traders gather every third day. Five minutes later the second detonated his explosives beside a minibus loading passengers for Bolgatanga at the lorry station, about 500 metres to the east.

"People were running with their goats and their children," said Akanyele Adongo, 45, who sells shea butter. "Then the second one went off where they were running to."

No group claimed the attack. The regional police commander, Supt. Ernest Abasi, said it "could be the work" of jihadist groups operating across the border in Burkina Faso, some 40 km to the north, but that it was too early to name anyone.

Northern Ghana has known ethnic clashes but few bombings. In 2021, a grenade thrown into a drinking spot in Chiana, west of Sandema, wounded five people; that case was never solved.

The municipal chief executive imposed a curfew from 8 p.m. to 5 a.m. and ordered the market closed until further notice. The army sent 300 troops to reinforce checkpoints on the road to Paga, and the Paga and Dakola border posts with Burkina Faso were closed in the afternoon. The district hospital, which has 120 beds, transferred its most serious cases to Bolgatanga, 55 km away. The Red Cross asked for O-negative blood donors and opened a line for families, 0382 024 115.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the market and the lorry station of Sandema", "The first man blew himself up", "the second detonated his explosives", "the attack"],
  "SUI", "2026-05-15", "day", "Sandema", "GH", 8, 20, "at_least", None, None, False,
  "Wire of Friday 15 May 2026; 'on Friday morning' = the publication day. Two sites of one town (the market and the lorry station, 'about 500 metres' and 'Five minutes' apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least six other people and wounding a score of others' -> killed 6 + 2 bombers = 8, at_least; 'a score' -> injured 20 (dev table; the qualifier describes the killed figure). No claim; 'could be the work' of unnamed jihadist groups is speculation -> perpetrator null. 'the first such attack' is generic (no trigger). '9:40 a.m.', 'several thousand traders', 'every third day', '500 metres', '45', '40 km', '8 p.m. to 5 a.m.', '300 troops', '120 beds', '55 km', '0382 024 115' are not casualties."),
E(6, ["a grenade thrown into a drinking spot in Chiana"],
  "GRN", "2021-01-01", "year", "Chiana", "GH", None, 5, "exact", None, None, True,
  "'In 2021' -> year, background. A thrown grenade -> Grenade; 'never solved' -> perpetrator null. 'wounded five people' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout56-007
ARTICLES.append(A(7, "fr", "article", "2026-05-17T10:00:00Z",
"Caisse populaire de Pô : lettre aux sociétaires après l'attentat de Sandema",
"""
CAISSE POPULAIRE DE PÔ - LETTRE AUX SOCIÉTAIRES. Pô, le dimanche 17 mai 2026.

Chères sociétaires, chers sociétaires,

Vendredi matin, deux kamikazes se sont fait exploser au marché et à la gare routière de Sandema, au Ghana, où beaucoup d'entre vous vont vendre leurs moutons et leur beurre de karité. Notre message de vendredi soir parlait de neuf morts. Le bilan officiel ghanéen est désormais de quatorze morts, sans compter les deux kamikazes, et de 58 blessés. Deux de nos sociétaires, des commerçantes de Tiébélé, ont été tuées ; trois autres sont soignées à Bolgatanga.

Nous devons aussi vous informer d'une affaire qui touche notre caisse. Samedi, la gendarmerie a interpellé à Pô un de nos agents de crédit, qui avait accordé un petit prêt à l'un des deux kamikazes en mars. Il a été relâché ce matin sans aucune charge. Deux autres agents ont été entendus comme témoins à la brigade et sont rentrés chez eux le soir même.

Les mesures décidées par le conseil d'administration :
- un prêt de solidarité sans intérêt, jusqu'à 500 000 francs CFA, remboursable en 18 mois, pour les sociétaires qui commercent à Sandema ;
- le report de deux échéances pour les familles des victimes ;
- une collecte dans nos 14 points de service, la caisse ajoutant 1 franc pour chaque franc donné, dans la limite de 2 millions.

Attention aux escroqueries : des messages circulent au nom de la caisse pour demander votre code secret « pour verser l'aide aux victimes ». Nous ne demandons jamais votre code, ni par SMS ni au téléphone. Signalez ces messages au 25 40 31 77.

Notre guichet du poste frontière de Dakola restera fermé tant que le Ghana n'aura pas rouvert sa frontière, fermée vendredi. Nos agences de Pô et de Tiébélé ouvriront samedi prochain de 8 heures à 12 heures.

Fondée en 1989, notre caisse compte 6 200 sociétaires. Dans l'épreuve, restons unis.

Le directeur, Issouf Kaboré
"""))
GOLD += [
E(7, ["deux kamikazes se sont fait exploser au marché et à la gare routière de Sandema"],
  "SUI", "2026-05-15", "day", "Sandema", "GH", 16, 58, "exact", None, None, False,
  "Credit union letter of Sunday 17 May; 'Vendredi matin' -> 15 May. Two sites of one town -> ONE event in Ghana. The toll is revised inside: 'neuf morts' (the letter of Friday, superseded) -> 'quatorze morts, sans compter les deux kamikazes, et de 58 blessés' -> killed 14 + 2 bombers = 16, injured 58, exact (the bombers are added). 'Deux de nos sociétaires ... ont été tuées' and 'trois autres' are subsets. No claim -> perpetrator null. '500 000 francs CFA', '18 mois', 'deux échéances', '14 points', '1 franc', '2 millions', '25 40 31 77', '8 heures à 12 heures', '1989', '6 200 sociétaires' are not casualties."),
E(7, ["la gendarmerie a interpellé à Pô un de nos agents de crédit"],
  "ARR", "2026-05-16", "day", "Pô", "BF", None, None, None, "police", None, False,
  "'Samedi' vs Sunday 17 May -> 16 May. A credit officer who had lent money to one of the bombers, arrested in Pô, Burkina Faso -> BF (coded to the place of the arrest, not to the bombing's country); gendarmerie -> 'police' (dev). 'relâché ce matin sans aucune charge': the release without charge does not undo the arrest. The two other officers 'entendus comme témoins' are not arrested."),
]

# -------------------------------------------------------------- holdout56-008
ARTICLES.append(A(8, "en", "article", "2026-05-19T15:00:00Z",
"JNIM claims Ghana bombing as police hold fertiliser dealer",
"""
SANDEMA, Ghana (Volta Wire) - The al-Qaeda-linked group JNIM claimed responsibility on Monday for Friday's twin suicide bombing in the northern market town of Sandema, and police said they had arrested a fertiliser dealer suspected of supplying the explosives.

In a statement released through its az-Zallaqa media arm, the group said its two fighters had killed "more than 80 militiamen and apostates". National security officials said the claim was genuine, as it matched details of the bombers' route that had not been made public. Ansarul Islam, a Burkinabe group, denied any role in a message on Telegram.

The toll rose overnight to 17, including the two bombers, after a girl of 16 died in hospital in Bolgatanga; 58 people were wounded.

The fertiliser dealer, 52, was arrested on Monday at his shop in Zuarungu, near Bolgatanga, where officers found 11 bags of ammonium nitrate. Police had already arrested two men at the Paga border crossing on the evening of the bombing. A police spokesman said the bombers, both Burkinabe, "may have been" trained in the Sahel, and that the chief's secretary in Sandema had been questioned and released.

The region had a warning three years ago: in 2023, police defused a homemade bomb in the market of Fumbisi and, the same morning, another at Wiaga market, 20 km away. Investigators later tied both devices to a single cell, whose members fled.

The government announced 2 million cedis for the victims' families and ordered 40 extra checkpoints along the northern border. The Paga crossing, which handles about 600 trucks a day, reopened to freight on Tuesday; the Sandema market stays closed.
"""))
GOLD += [
E(8, ["Friday's twin suicide bombing in the northern market town of Sandema"],
  "SUI", "2026-05-15", "day", "Sandema", "GH", 17, 58, "exact", "JNIM", "JNIM", False,
  "Wire of Tuesday 19 May; 'Friday's' -> 15 May. 'The toll rose overnight to 17, including the two bombers, after a girl of 16 died in hospital in Bolgatanga; 58 people were wounded' -> killed 17 (bombers inside), injured 58, exact. Claimed 'on Monday' by JNIM through az-Zallaqa, judged 'genuine' by national security officials -> claimant and perpetrator 'JNIM' (canonical, dev); the claim's 'more than 80 militiamen and apostates' is never used. Ansarul Islam's denial is not a claim; 'may have been' trained is speculation. '16', '52', '11 bags', '20 km', '2 million cedis', '40 extra checkpoints', '600 trucks' are not casualties."),
E(8, ["police said they had arrested a fertiliser dealer", "The fertiliser dealer, 52, was arrested on Monday at his shop in Zuarungu"],
  "ARR", "2026-05-18", "day", "Zuarungu", "GH", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 19 May -> 18 May. The cluster's suspected facilitator (he supplied the explosives), arrested at his shop in Zuarungu; the 11 bags of ammonium nitrate found belong to the arrest. 'police' -> 'police'. The chief's secretary 'questioned and released' is not arrested."),
E(8, ["Police had already arrested two men at the Paga border crossing"],
  "ARR", "2026-05-15", "day", "Paga", "GH", None, None, None, "police", None, False,
  "'on the evening of the bombing' -> 15 May (first told here). A border crossing -> its town, Paga. 'police' -> 'police'."),
E(8, ["police defused a homemade bomb in the market of Fumbisi"],
  "DWU", "2023-01-01", "year", "Fumbisi", "GH", None, None, None, "police", None, True,
  "'in 2023' (and 'three years ago') -> year, background. A homemade bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns are two events, although investigators 'tied both devices to a single cell'. Null casualties."),
E(8, ["another at Wiaga market"],
  "DWU", "2023-01-01", "year", "Wiaga", "GH", None, None, None, "police", None, True,
  "'in 2023' -> year, background. The second device, defused 'the same morning' at Wiaga market, 20 km away -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout56-009
ARTICLES.append(A(9, "en", "article", "2026-05-21T09:00:00Z",
"Builsa Road Runners: Sandema 10K postponed",
"""
BUILSA ROAD RUNNERS - MEMBERS' NOTICE. Thursday 21 May 2026. SANDEMA 10K POSTPONED TO SATURDAY 25 JULY.

Dear runners,

After the twin suicide bombing of last Friday at the market and the lorry station, the committee has decided, with the municipal assembly and the police, to postpone the 7th Sandema 10K, planned for Saturday 30 May. The course passes through both places that were hit.

Our town has lost seventeen people, the two bombers among them, and 58 were injured, including our member Grace Atuick, 23, who finished third among women last year. She is out of danger. The attack was claimed on Monday by JNIM.

Many of you walked with us on Sunday afternoon in the silent march from the lorry station to the chief's palace, about 2,000 people under the banner "Builsa is one". Thank you. It passed without incident.

Some of you have asked about Kwame, our water-station volunteer, who was among the 40 people questioned by police at the lorry station on Saturday. He gave a statement and went home. Police say the two men held at the Paga border crossing since Friday evening were remanded in custody for 30 days on Wednesday.

What happens now:
- All 412 registrations stay valid for 25 July; there is nothing to do.
- If you cannot run on the new date, ask for a refund of the 50-cedi entry fee before 15 June by mobile money to 024 551 9087.
- The start moves from 6:00 a.m. to 6:30 a.m. because of the curfew, which ends at 5 a.m.
- Water stations every 2.5 km; the 5 km fun run for children stays on the programme.
- Training resumes on Tuesday at 5:30 p.m. on the school park, not at the market.

The proceeds of the race, usually about 8,000 cedis, will go to the victims' families.

In sorrow and in hope,
The Committee
"""))
GOLD += [
E(9, ["the twin suicide bombing of last Friday at the market and the lorry station", "The attack"],
  "SUI", "2026-05-15", "day", "Sandema", "GH", 17, 58, "exact", "JNIM", "JNIM", False,
  "Club notice of Thursday 21 May; 'of last Friday' -> the most recent Friday, 15 May. 'seventeen people, the two bombers among them, and 58 were injured' -> killed 17 (bombers inside), injured 58, exact; Grace Atuick, 23, is a subset. 'claimed on Monday by JNIM', undisputed -> claimant and perpetrator 'JNIM'. '25 July', '7th', '10K', '30 May', '23', 'third', '2,000 people' (marchers), '40 people' (questioned), '30 days', '412 registrations', '50-cedi', '15 June', '024 551 9087', '6:00 a.m.', '6:30 a.m.', '5 a.m.', '2.5 km', '5 km', '5:30 p.m.', '8,000 cedis' are not casualties."),
E(9, ["the silent march from the lorry station to the chief's palace"],
  "PP", "2026-05-17", "day", "Sandema", "GH", None, None, None, None, None, False,
  "'on Sunday afternoon' vs Thursday 21 May -> 17 May. A silent march of about 2,000 people under a banner with a message ('Builsa is one'), 'without incident' -> Peaceful protest, perpetrator null."),
E(9, ["the two men held at the Paga border crossing since Friday evening"],
  "ARR", "2026-05-15", "day", "Paga", "GH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout56-008: 'since Friday evening' vs Thursday 21 May -> Friday 15 May. 'remanded in custody for 30 days on Wednesday' is the arrest's judicial follow-up, not a new event. 'Police say' -> 'police'. The 40 people 'questioned by police' and Kwame, who 'gave a statement and went home', are not arrested."),
]

# -------------------------------------------------------------- holdout56-010
ARTICLES.append(A(10, "fr", "transcript", "2026-05-23T23:10:00Z",
"Radio Nahouri FM : journal de 23 heures du samedi 23 mai",
"""
RADIO NAHOURI FM, PÔ - JOURNAL DE 23 HEURES. Samedi 23 mai 2026. Présentation : Salif Nikiéma.

SALIF NIKIÉMA : Bonsoir. À la une ce soir : la police ghanéenne a dispersé cet après-midi à Sandema une marche de commerçants, et la gendarmerie a arrêté un suspect à Tiébélé.

SALIF NIKIÉMA : À Sandema, huit jours après le double attentat-suicide du marché et de la gare routière, quelque 500 commerçants ont marché vers le siège de l'assemblée municipale pour réclamer la réouverture du marché, fermé depuis le 15 mai. La police les a dispersés à coups de gaz lacrymogènes et de matraques devant la gare routière. Notre correspondant compte six blessés, dont deux commerçantes burkinabè. Pour mémoire, l'attentat, revendiqué lundi par le GSIM, a fait dix-sept morts, dont les deux kamikazes, et cinquante-huit blessés.

SALIF NIKIÉMA : Chez nous, la gendarmerie a arrêté jeudi à Tiébélé, à 30 kilomètres de Pô, un homme de 41 ans soupçonné d'avoir logé les deux kamikazes trois nuits avant leur passage au Ghana. Le procureur du Faso a obtenu vendredi son placement sous mandat de dépôt. L'agent de la caisse populaire interpellé le 16 mai à Pô, puis relâché sans charge, a repris le travail.

SALIF NIKIÉMA : Le poste de Dakola, fermé côté ghanéen depuis le 15 mai, rouvrira lundi de 6 heures à 18 heures, pour les piétons et les motos seulement. Les camions attendront : plus de 150 sont garés le long de la nationale 5.

SALIF NIKIÉMA : Au marché de Pô, le sac de 100 kilos de mil est passé en une semaine de 24 000 à 27 500 francs CFA.

SALIF NIKIÉMA : En sport, l'AS Nahouri a battu l'Union sportive de Léo 2 buts à 1 et remonte à la quatrième place.

SALIF NIKIÉMA : La météo : ciel voilé demain, 39 degrés à Pô, vent de sable l'après-midi.

SALIF NIKIÉMA : C'était le journal de 23 heures. Prochain rendez-vous demain à 6 heures 30. Bonne nuit.
"""))
GOLD += [
E(10, ["la police ghanéenne a dispersé cet après-midi à Sandema une marche de commerçants", "quelque 500 commerçants ont marché vers le siège de l'assemblée municipale", "La police les a dispersés"],
  "PI", "2026-05-23", "day", "Sandema", "GH", None, 6, "exact", None, None, False,
  "Late-night bulletin of Saturday 23 May (23:10 in Pô, UTC+0); 'cet après-midi' -> 23 May. A march of traders with a demand (the market's reopening) dispersed 'à coups de gaz lacrymogènes et de matraques' -> Protests / Protest with intervention, perpetrator null (dev). 'six blessés, dont deux commerçantes burkinabè' -> injured 6, exact (the two are a subset). '500 commerçants' counts marchers."),
E(10, ["la gendarmerie a arrêté un suspect à Tiébélé", "la gendarmerie a arrêté jeudi à Tiébélé"],
  "ARR", "2026-05-21", "day", "Tiébélé", "BF", None, None, None, "police", None, False,
  "The headline names the arrest first; 'jeudi' vs Saturday 23 May -> 21 May. A man suspected of lodging the bombers, arrested in Tiébélé, Burkina Faso -> BF; gendarmerie -> 'police'. 'placement sous mandat de dépôt' (Friday) is the arrest's judicial follow-up. '30 kilomètres', '41 ans', 'trois nuits' are not casualties."),
E(10, ["le double attentat-suicide du marché et de la gare routière", "l'attentat, revendiqué lundi par le GSIM"],
  "SUI", "2026-05-15", "day", "Sandema", "GH", 17, 58, "exact", "JNIM", "JNIM", False,
  "'huit jours après' vs Saturday 23 May -> 15 May (the market 'fermé depuis le 15 mai'). 'dix-sept morts, dont les deux kamikazes, et cinquante-huit blessés' -> killed 17 (bombers inside), injured 58, exact. 'revendiqué lundi par le GSIM' (GSIM = JNIM, dev) -> claimant and perpetrator 'JNIM'. '23 heures', '15 mai', '6 heures à 18 heures', '150 camions', 'nationale 5', '100 kilos', '24 000', '27 500 francs CFA', '2 buts à 1', 'quatrième', '39 degrés', '6 heures 30' are not casualties."),
E(10, ["L'agent de la caisse populaire interpellé le 16 mai à Pô"],
  "ARR", "2026-05-16", "day", "Pô", "BF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout56-007: 'le 16 mai' -> 16 May, in Pô, Burkina Faso -> BF. 'puis relâché sans charge': the release does not undo the arrest. No force named here; the gendarmerie of holdout56-007 -> 'police'."),
]
