"""Authoring source of benchmarks/events_holdout53 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Moanda, Gabon cluster (holdout53-006 to 010; French and English),
two suicide bombers on Friday 12 June 2026 at two sites of one town (the
central market and the bus station, about 600 m and seven minutes apart):
a French agency dispatch with a first report (fr 006), a notice of the
harbour master's office of the port of Owendo to port users ("avis de la
capitainerie", fr 007), an English wire on a dispersed march, the claim and
the arrests (008), a note of a landlords' association to its members ("note
d'une association de bailleurs", fr 009) and a newspaper's readers'
questions answered by its security correspondent ("foire aux questions des
lecteurs avec le correspondant sécurité", fr 010). Gabon is UTC+1: every
publication time here is between 08:00 and 12:00 UTC, so every local date
is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout53")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout53-006
ARTICLES.append(A(6, "fr", "article", "2026-06-12T12:00:00Z",
"Gabon : double attentat-suicide à Moanda, au moins huit morts",
"""
MOANDA, (Agence Équateur Presse) - Deux kamikazes se sont fait exploser vendredi matin à sept minutes d'intervalle au marché central et à la gare routière de Moanda, la ville minière du Haut-Ogooué, dans le sud-est du Gabon, faisant au moins huit morts, dont les deux assaillants, et une vingtaine de blessés, selon un bilan provisoire de la préfecture.

Le premier kamikaze a actionné sa charge vers 8 h 40 entre les étals de poisson fumé, à l'heure de plus grande affluence. Le second s'est fait exploser à 8 h 47 près des taxis-brousse en partance pour Franceville, à environ 600 mètres de là, au milieu des passants qui fuyaient le marché.

« J'ai entendu un bruit énorme, puis tout le monde courait », raconte Marie-Claire Ondo, 39 ans, vendeuse de manioc, dont l'étal porte le numéro 112. Les blessés ont été conduits à l'hôpital de Moanda, qui compte 140 lits, et au centre hospitalier régional de Franceville, à une soixantaine de kilomètres.

Aucune revendication n'avait été publiée en début d'après-midi. Selon une source sécuritaire, l'attaque « pourrait être l'œuvre » de la branche d'Afrique centrale de l'État islamique, active dans l'est de la République démocratique du Congo, mais « rien n'est confirmé à ce stade ».

Le Gabon avait jusqu'ici été épargné par les attentats. En 2021, une grenade lancée dans un bar de Mounana, à une trentaine de kilomètres de Moanda, avait blessé quatre personnes ; l'enquête avait conclu à un règlement de comptes entre commerçants.

Le gouvernement a décrété un deuil national de trois jours. Les 212 écoles de la province resteront fermées lundi. Les trains de minerai vers le port d'Owendo sont suspendus et l'extraction de manganèse, qui a atteint 7,8 millions de tonnes l'an dernier, est interrompue jusqu'à nouvel ordre. Quelque 500 policiers et gendarmes ont été envoyés depuis Libreville, et un numéro vert, le 1488, a été ouvert pour les familles.

Moanda compte environ 60 000 habitants, dont un tiers travaillent pour les mines ou leurs sous-traitants.
"""))
GOLD += [
E(6, ["Deux kamikazes se sont fait exploser vendredi matin à sept minutes d'intervalle", "Le premier kamikaze a actionné sa charge", "Le second s'est fait exploser", "l'attaque"],
  "SUI", "2026-06-12", "day", "Moanda", "GA", 8, 20, "at_least", None, None, False,
  "Dispatch of Friday 12 June 2026 (13:00 in Moanda); 'vendredi matin' = the publication day. Two sites of one town (the central market and the bus station, 'environ 600 mètres', 8 h 40 and 8 h 47) -> ONE Suicide bomb event coded to the town. First report: 'au moins huit morts, dont les deux assaillants, et une vingtaine de blessés' -> killed 8 (bombers inside), at_least; injured 20 ('une vingtaine', dev table; the qualifier describes the killed figure). No claim; 'pourrait être l'œuvre' de l'État islamique is speculation -> perpetrator null. '8 h 40', '8 h 47', '600 mètres', '39 ans', 'numéro 112', '140 lits', 'une soixantaine de kilomètres', 'trois jours', '212 écoles', '7,8 millions de tonnes', '500 policiers et gendarmes', '1488', '60 000 habitants', 'un tiers' are not casualties."),
E(6, ["une grenade lancée dans un bar de Mounana"],
  "GRN", "2021-01-01", "year", "Mounana", "GA", None, 4, "exact", None, None, True,
  "'En 2021' -> year, background. A thrown grenade -> Grenade; 'un règlement de comptes entre commerçants', no actor named -> null. 'avait blessé quatre personnes' -> injured 4, exact; killed null. 'une trentaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout53-007
ARTICLES.append(A(7, "fr", "article", "2026-06-15T09:00:00Z",
"Port d'Owendo : avis aux usagers n° 24/2026 après l'attentat de Moanda",
"""
PORT D'OWENDO - CAPITAINERIE. AVIS AUX USAGERS ET AUX AGENTS MARITIMES N° 24/2026. Owendo, le lundi 15 juin 2026, 10 heures. Le présent avis remplace l'avis n° 23/2026 du samedi 13 juin.

1. CONTEXTE. À la suite du double attentat-suicide commis le vendredi 12 juin au marché central et à la gare routière de Moanda, le niveau de sûreté ISPS du port est maintenu au niveau 2. L'avis n° 23 faisait état de dix morts ; le bilan officiel, revu dimanche par le ministère de l'Intérieur, est de douze morts, sans compter les deux kamikazes, et de trente-sept blessés.

2. INTERPELLATIONS. Deux hommes ont été interpellés samedi par la gendarmerie maritime au port de Mayumba, à bord du caboteur « Nyanga Star », arrivé de Pointe-Noire. L'équipage, onze marins, a été entendu pendant la nuit puis laissé libre. Le navire est autorisé à rejoindre Owendo sous escorte ; arrivée prévue mardi vers 6 heures.

3. MINERAI. Les trains de minerai en provenance du Haut-Ogooué étant suspendus depuis vendredi, les postes à quai 3 et 4 du terminal minéralier sont libérés. Les deux vraquiers en attente, longs de 190 et 229 mètres, restent au mouillage jusqu'à nouvel ordre. Le stock disponible sur le parc, 64 000 tonnes, permet un seul chargement.

4. CONTRÔLES. Tout débarquement de passagers ou de marins doit être déclaré 24 heures à l'avance, au lieu de 12. Les embarcations de moins de 15 mètres sont interdites dans le bassin entre 19 heures et 6 heures. La vitesse est limitée à 8 nœuds dans le chenal d'accès. Les agents maritimes veilleront à ce que chaque navire tienne à jour la liste de son équipage.

5. CONTACTS. Capitainerie : +241 11 70 25 40, VHF canal 12, 24 heures sur 24. Officier de sûreté portuaire : +241 11 70 25 61. Les avis sont également publiés sur le tableau d'affichage de la gare maritime, porte B.

Le présent avis reste en vigueur jusqu'à la publication de l'avis n° 25/2026.

Le commandant du port, capitaine de frégate Landry Moussavou
"""))
GOLD += [
E(7, ["double attentat-suicide commis le vendredi 12 juin"],
  "SUI", "2026-06-12", "day", "Moanda", "GA", 14, 37, "exact", None, None, False,
  "Harbour master's notice of Monday 15 June; 'le vendredi 12 juin' -> 12 June. Two sites of one town -> ONE event. The toll is revised inside: the previous notice's 'dix morts' (superseded) -> 'douze morts, sans compter les deux kamikazes, et de trente-sept blessés' -> killed 12 + 2 bombers = 14, injured 37, exact. No claim named -> perpetrator null. The title's 'l'attentat de Moanda' is not part of the text. 'N° 24/2026', '10 heures', 'n° 23/2026', '13 juin', 'niveau 2', 'onze marins' (heard), '6 heures', 'postes à quai 3 et 4', '190 et 229 mètres', '64 000 tonnes', '24 heures', '12', '15 mètres', '19 heures et 6 heures', '8 nœuds', '+241 11 70 25 40', 'canal 12', '+241 11 70 25 61', 'porte B', 'n° 25/2026' are not casualties."),
E(7, ["Deux hommes ont été interpellés samedi par la gendarmerie maritime au port de Mayumba"],
  "ARR", "2026-06-13", "day", "Mayumba", "GA", None, None, None, "police", None, False,
  "'samedi' vs Monday 15 June -> Saturday 13 June. Two men arrested aboard a coaster from Pointe-Noire in the port of Mayumba (port -> its town) by the 'gendarmerie maritime' (gendarmerie is police, dev) -> 'police'. The crew of eleven 'entendu pendant la nuit puis laissé libre' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout53-008
ARTICLES.append(A(8, "en", "article", "2026-06-17T10:00:00Z",
"Gabon police tear-gas Moanda traders; Islamic State claims bombing",
"""
MOANDA, Gabon (Equator Wire) - Gabonese police fired tear gas on Tuesday to disperse some 400 market traders who marched on the Moanda prefecture to demand compensation for stalls destroyed in last week's twin suicide bombing, and five people were hurt in the stampede that followed, witnesses said.

Islamic State claimed the June 12 bombing on Tuesday through its Amaq agency, saying its Central Africa Province had killed "more than 90 Christians". Interior Minister Paul-Marie Nguema called the claim "credible". A spokesman for the Ninja militia of the Pool region, in the neighbouring Republic of Congo, which rumours on social media had named, denied any involvement. The two bombers "may have been" trained in the east of the Democratic Republic of Congo, the minister said.

The toll stands at 15 dead, including the two bombers, after an 11-year-old boy died in hospital in Franceville on Tuesday, and 37 wounded.

Police in the Republic of Congo arrested a taxi driver in Mbinda, just across the border, on Monday on suspicion of driving the bombers and their explosives into Gabon, Gabonese prosecutors said. The two men detained at the port of Mayumba on Saturday have been placed under a committal warrant.

Gabon had been spared such violence until now. In 2019, police defused a homemade bomb placed on the Transgabonais railway line near Lastoursville; no one was ever charged.

Manganese trains are due to resume on Thursday. The mines around Moanda employ about 7,000 people and account for roughly 6 percent of Gabon's exports. The central market, where some 1,100 traders rent stalls for 15,000 CFA francs a month, will stay closed until June 29, the prefect said, and about 500 police and gendarmes remain deployed in the town.
"""))
GOLD += [
E(8, ["Gabonese police fired tear gas on Tuesday to disperse some 400 market traders who marched on the Moanda prefecture"],
  "PI", "2026-06-16", "day", "Moanda", "GA", None, 5, "exact", None, None, False,
  "Wire of Wednesday 17 June; 'on Tuesday' -> 16 June. A march of traders on the prefecture with a demand (compensation), dispersed by police with tear gas -> Protests / Protest with intervention, perpetrator null (dev). 'five people were hurt in the stampede that followed' the dispersal -> injured 5, exact; killed null. 'some 400 market traders' counts marchers."),
E(8, ["last week's twin suicide bombing", "the June 12 bombing"],
  "SUI", "2026-06-12", "day", "Moanda", "GA", 15, 37, "exact", "Islamic State", "Islamic State", False,
  "'the June 12 bombing' -> 12 June. 'The toll stands at 15 dead, including the two bombers, after an 11-year-old boy died ... on Tuesday, and 37 wounded' -> killed 15 (bombers and the boy inside), injured 37, exact. 'Islamic State claimed the June 12 bombing on Tuesday ... saying its Central Africa Province had killed' -> a regional branch -> 'Islamic State' (dev), judged 'credible' -> claimant and perpetrator; the claim's 'more than 90 Christians' is never used. The Ninja militia's denial is not a claim; 'may have been' trained is speculation. '11-year-old', '7,000 people', '6 percent', '1,100 traders', '15,000 CFA francs', 'June 29', '500 police and gendarmes' are not casualties."),
E(8, ["Police in the Republic of Congo arrested a taxi driver in Mbinda"],
  "ARR", "2026-06-15", "day", "Mbinda", "CG", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 17 June -> 15 June. The driver suspected of bringing the bombers and explosives into Gabon (the cluster's suspected facilitator), arrested in Mbinda, Republic of the Congo, by the Congolese police -> 'police', coded to CG, not to the bombing's country."),
E(8, ["The two men detained at the port of Mayumba on Saturday"],
  "ARR", "2026-06-13", "day", "Mayumba", "GA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-007: 'on Saturday' vs Wednesday 17 June -> 13 June. 'placed under a committal warrant' is the judicial follow-up of that arrest, not a new one. No force named -> 'police'."),
E(8, ["police defused a homemade bomb placed on the Transgabonais railway line near Lastoursville"],
  "DWU", "2019-01-01", "year", "Lastoursville", "GA", None, None, None, "police", None, True,
  "'In 2019' -> year, background. A bomb defused on its own -> Disrupted weapons use by 'police'; a device on a railway line is coded to the nearest named place ('near Lastoursville'). No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout53-009
ARTICLES.append(A(9, "fr", "article", "2026-06-18T08:00:00Z",
"Association des bailleurs du Haut-Ogooué : vérifier ses locataires",
"""
ASSOCIATION DES BAILLEURS ET PROPRIÉTAIRES DU HAUT-OGOOUÉ (ABPHO). NOTE AUX MEMBRES N° 7/2026. Moanda, le jeudi 18 juin 2026.

Objet : attentat du 12 juin - vérification de l'identité des locataires.

Chers membres,

Le double attentat-suicide du vendredi 12 juin, au marché central et à la gare routière, a fait quinze morts, y compris les deux kamikazes, et trente-sept blessés. Il a été revendiqué mardi par l'État islamique. Deux de nos membres ont perdu un proche ; le bureau leur présente ses condoléances.

Les enquêteurs ont établi que les deux kamikazes louaient depuis le 2 mai une maison de trois pièces dans le quartier de la gare, pour 85 000 francs CFA par mois, avec trois mois de caution versés en espèces. Le propriétaire, membre de notre association, a été entendu pendant neuf heures par la police judiciaire puis laissé libre : il n'est pas mis en cause. Le démarcheur qui avait présenté les locataires sous de faux noms a, lui, été interpellé lundi à Moanda.

Dimanche, beaucoup d'entre vous étaient à la marche des femmes : plusieurs milliers de femmes vêtues de blanc ont défilé du rond-point de la gare jusqu'à la préfecture pour dire « non à la terreur ». Le cortège s'est dispersé dans le calme.

Le bureau vous demande désormais :
1. d'exiger de tout nouveau locataire deux pièces d'identité et une attestation de son employeur ;
2. de refuser tout paiement en espèces de plus de six mois de loyer ;
3. de signaler au commissariat central, au +241 11 66 12 30, tout locataire qui refuse de présenter ses papiers ;
4. de ne plus louer à la semaine sans bail écrit.

Un modèle de bail en 14 articles est disponible au secrétariat. La cotisation 2026, de 25 000 francs CFA, est à régler avant le 30 juin. La permanence est ouverte le mardi et le jeudi de 9 heures à 12 heures, au n° 14 de la rue du Marché.

Notre association compte 312 membres, qui louent ensemble près de 1 900 logements dans la province.

Le président, Jean-Baptiste Mboumba
"""))
GOLD += [
E(9, ["attentat du 12 juin", "Le double attentat-suicide du vendredi 12 juin"],
  "SUI", "2026-06-12", "day", "Moanda", "GA", 15, 37, "exact", "Islamic State", "Islamic State", False,
  "Landlords' note of Thursday 18 June; 'du vendredi 12 juin' -> 12 June. 'quinze morts, y compris les deux kamikazes, et trente-sept blessés' -> killed 15 (bombers inside), injured 37, exact. 'revendiqué mardi par l'État islamique', undisputed -> claimant and perpetrator. The subject line's 'attentat du 12 juin' is the first naming and the first trigger. 'N° 7/2026', '2 mai', 'trois pièces', '85 000 francs CFA', 'trois mois', 'neuf heures', 'six mois', '+241 11 66 12 30', '14 articles', '25 000 francs CFA', '30 juin', '9 heures à 12 heures', 'n° 14', '312 membres', '1 900 logements' are not casualties."),
E(9, ["Le démarcheur qui avait présenté les locataires sous de faux noms a, lui, été interpellé lundi à Moanda"],
  "ARR", "2026-06-15", "day", "Moanda", "GA", None, None, None, "police", None, False,
  "'lundi' vs Thursday 18 June -> Monday 15 June. The letting agent who introduced the bombers under false names, arrested in Moanda. No force named; the cluster's police -> 'police'. The landlord 'entendu pendant neuf heures par la police judiciaire puis laissé libre' is questioned, not arrested."),
E(9, ["la marche des femmes", "plusieurs milliers de femmes vêtues de blanc ont défilé"],
  "PP", "2026-06-14", "day", "Moanda", "GA", None, None, None, None, None, False,
  "'Dimanche' vs Thursday 18 June -> Sunday 14 June. A women's march to the prefecture with a message ('non à la terreur'), 'dispersé dans le calme' -> Peaceful protest, perpetrator null. 'plusieurs milliers' counts marchers."),
]

# -------------------------------------------------------------- holdout53-010
ARTICLES.append(A(10, "fr", "article", "2026-06-20T08:00:00Z",
"Attentat de Moanda : vos questions, les réponses de notre correspondant",
"""
LE COURRIER DE L'OGOOUÉ - VOS QUESTIONS, NOS RÉPONSES. Une semaine après le drame de Moanda, notre correspondant sécurité, Serge Nzamba, répond aux questions que vous nous avez envoyées. Samedi 20 juin 2026.

Quel est le bilan du double attentat-suicide du 12 juin ? - Seize morts, les deux kamikazes compris, et trente-sept blessés. Une commerçante de 46 ans a succombé jeudi à Franceville. Le chiffre de « plus de quatre-vingt-dix » morts avancé par les jihadistes est faux.

Qui est derrière l'attentat ? - L'État islamique l'a revendiqué mardi au nom de sa « province d'Afrique centrale », et les autorités jugent cette revendication crédible. La milice Ninja du Pool congolais a démenti toute implication. Le ministre estime que les kamikazes « pourraient avoir transité » par le Congo, mais ce n'est pas établi.

Y a-t-il eu des arrestations ? - Oui, trois coups de filet. Deux hommes ont été interpellés samedi dernier au port de Mayumba ; l'un d'eux a été relâché mercredi sans inculpation. Le chauffeur de taxi arrêté lundi à Mbinda, côté congolais, doit être remis au Gabon. Enfin, le démarcheur immobilier appréhendé le même jour à Moanda est en détention provisoire.

Pourquoi la police a-t-elle dispersé les commerçants ? - Mardi, quelque 400 commerçants ont marché vers la préfecture pour réclamer une indemnisation. La police les a dispersés au gaz lacrymogène ; cinq personnes ont été blessées dans la bousculade.

Le Gabon avait-il déjà été visé ? - Jamais à ce point. En 2021, une grenade avait blessé quatre personnes dans un bar de Mounana.

Peut-on se rendre à Moanda ? - Oui. Le vol AO 214 du lundi entre Libreville et Franceville, à 7 h 30, a repris ; comptez 65 000 francs CFA l'aller simple.

Quand le marché rouvrira-t-il ? - Le 29 juin, avec des portiques de détection aux 4 entrées.

Où donner son sang ? - Au centre de transfusion de Franceville, de 8 heures à 14 heures. Plus de 600 donneurs se sont déjà présentés.

Un numéro pour les victimes et leurs proches : le 1488, gratuit.
"""))
GOLD += [
E(10, ["le drame de Moanda", "double attentat-suicide du 12 juin", "l'attentat", "L'État islamique l'a revendiqué"],
  "SUI", "2026-06-12", "day", "Moanda", "GA", 16, 37, "exact", "Islamic State", "Islamic State", False,
  "Readers' Q&A of Saturday 20 June. 'le drame de Moanda' in the introduction names the bombing (first trigger); 'du 12 juin' -> 12 June ('Une semaine après' is loose: eight days). Two sites of one town (the dispatch holdout53-006) -> ONE event. 'Seize morts, les deux kamikazes compris, et trente-sept blessés' (a trader of 46 died Thursday) -> killed 16 (bombers inside), injured 37, exact. Claimed 'mardi' by 'L'État islamique' for its 'province d'Afrique centrale', judged 'crédible' -> claimant and perpetrator; 'plus de quatre-vingt-dix' is the jihadists' figure, never used. The Ninja militia denies; 'pourraient avoir transité' is speculation. '46 ans', 'AO 214', '7 h 30', '65 000 francs CFA', '29 juin', '4 entrées', '8 heures à 14 heures', '600 donneurs', '1488' are not casualties."),
E(10, ["Deux hommes ont été interpellés samedi dernier au port de Mayumba"],
  "ARR", "2026-06-13", "day", "Mayumba", "GA", None, None, None, "police", None, False,
  "Restates the arrest of holdout53-007: 'samedi dernier' vs Saturday 20 June -> the previous Saturday, 13 June. 'l'un d'eux a été relâché mercredi sans inculpation': the release does not undo the arrest. No force named -> 'police'."),
E(10, ["Le chauffeur de taxi arrêté lundi à Mbinda"],
  "ARR", "2026-06-15", "day", "Mbinda", "CG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-008: 'lundi' vs Saturday 20 June -> 15 June; 'côté congolais' -> CG. 'doit être remis au Gabon' is a handover, a follow-up. No force named -> 'police'."),
E(10, ["le démarcheur immobilier appréhendé le même jour à Moanda"],
  "ARR", "2026-06-15", "day", "Moanda", "GA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-009: 'le même jour' as the Mbinda arrest 'lundi' -> Monday 15 June. 'en détention provisoire' is its follow-up. No force named -> 'police'."),
E(10, ["la police a-t-elle dispersé les commerçants", "quelque 400 commerçants ont marché vers la préfecture", "La police les a dispersés au gaz lacrymogène"],
  "PI", "2026-06-16", "day", "Moanda", "GA", None, 5, "exact", None, None, False,
  "'Mardi' vs Saturday 20 June -> 16 June: the traders' march of holdout53-008, dispersed with tear gas -> Protest with intervention, perpetrator null. 'cinq personnes ont été blessées dans la bousculade' -> injured 5, exact. '400' counts marchers."),
E(10, ["une grenade avait blessé quatre personnes dans un bar de Mounana"],
  "GRN", "2021-01-01", "year", "Mounana", "GA", None, 4, "exact", None, None, True,
  "'En 2021' -> year, background (as in holdout53-006). Grenade, no actor named -> null; injured 4, exact."),
]
