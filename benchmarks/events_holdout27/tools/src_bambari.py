"""Authoring source of benchmarks/events_holdout27 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bambari, Central African Republic cluster (holdout27-016 to 020;
French and English), two suicide bombers on Thursday 17 September 2026 at two
sites of one town (the central market and the army checkpoint at the bridge
over the Ouaka, about 500 m and five minutes apart): a Bangui daily's first
report with a speculation (fr 016), an interior-ministry "communiqué" numbered
by point with the revised toll in figures and words, an arrest and a defusing
dated "le 17 courant" and "le 18 courant" (fr 017), an English TV transcript
with the claim, a denial, a march and arrests (018), an English analysis with
older attacks (019) and a French court report (fr 020). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout27")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout27-016
ARTICLES.append(A(16, "fr", "article", "2026-09-17T17:00:00Z",
"Centrafrique : au moins douze morts dans un double attentat-suicide à Bambari",
"""
BAMBARI - Au moins douze personnes ont été tuées et une vingtaine blessées jeudi matin à Bambari, chef-lieu de la préfecture de la Ouaka, quand deux kamikazes se sont fait exploser au marché central puis au poste de contrôle du pont sur la Ouaka, selon des sources hospitalières et sécuritaires.

Le premier s'est fait exploser vers 9 h 30 entre les tables des vendeuses de manioc. Cinq minutes plus tard, un second homme, arrivé à moto, a déclenché sa charge devant le poste de contrôle tenu par les Forces armées centrafricaines (FACa), à environ 500 mètres de là.

« Le marché était plein, c'était jour de paie des fonctionnaires », raconte un enseignant de 33 ans, venu chercher sa sœur à l'hôpital régional, débordé. Des blessés étaient soignés à même le sol de la cour.

Le porte-parole du gouvernement a déclaré à la radio nationale que la Coalition des patriotes pour le changement (CPC) « pourrait être derrière » cette attaque, « la première de ce genre dans notre pays ». Aucune revendication n'avait été enregistrée jeudi soir.

La Ouaka a connu bien des violences, mais jamais d'attentat-suicide. Il y a deux ans, des hommes armés avaient tué cinq commerçants près d'Ippy, à une centaine de kilomètres au nord-est. En janvier 2025, des combattants des 3R avaient attaqué une position des FACa près de Paoua, dans le nord-ouest, tuant trois soldats.

Bambari, ville d'environ 60 000 habitants située à 380 kilomètres de Bangui, était considérée depuis 2022 comme l'une des plus sûres du centre du pays. Un vol humanitaire a évacué vers la capitale, en fin d'après-midi, quatorze blessés graves.
"""))
GOLD += [
E(16, ["deux kamikazes se sont fait exploser au marché central puis au poste de contrôle du pont sur la Ouaka"],
  "SUI", "2026-09-17", "day", "Bambari", "CF", 12, 20, "at_least", None, None, False,
  "'jeudi matin' = publication day, Thursday 17 September. Two sites of one town (the central market and the army checkpoint at the bridge, about 500 m and five minutes apart) -> ONE Suicide bomb event, even though the second site is a military post. 'Au moins douze personnes ont été tuées et une vingtaine blessées' -> 12 (at_least), 20 ('une vingtaine', dev table). The CPC « pourrait être derrière » is speculation -> null. '9 h 30', 'Cinq minutes', '500 mètres', '33 ans', '60 000 habitants', '380 kilomètres', '2022' are not casualties; 'quatorze blessés graves' evacuated is a subset."),
E(16, ["des hommes armés avaient tué cinq commerçants près d'Ippy"],
  "ATK", "2024-01-01", "year", "Ippy", "CF", 5, None, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. Unnamed gunmen killing traders -> Attack, null actor. 'tué cinq commerçants' -> 5, exact. 'une centaine de kilomètres' is a distance."),
E(16, ["des combattants des 3R avaient attaqué une position des FACa près de Paoua"],
  "BAT", "2025-01-01", "month", "Paoua", "CF", 3, None, "exact", "3R", None, True,
  "'En janvier 2025' -> month, background. A named group attacking an army position -> Armed clash initiated by '3R' (canonical name of an earlier set), stated as fact, no claim. 'tuant trois soldats' -> 3, exact."),
]

# -------------------------------------------------------------- holdout27-017
ARTICLES.append(A(17, "fr", "article", "2026-09-18T12:00:00Z",
"Attentat de Bambari : communiqué du ministère de l'Intérieur",
"""
MINISTÈRE DE L'INTÉRIEUR ET DE LA SÉCURITÉ PUBLIQUE

Communiqué n° 047/MISP/CAB

Le Ministre de l'Intérieur et de la Sécurité publique porte à la connaissance de l'opinion nationale et internationale ce qui suit :

1. Le jeudi 17 septembre 2026, aux environs de 9 h 30, deux individus porteurs de ceintures d'explosifs se sont fait exploser au marché central de Bambari et au poste de contrôle du pont sur la Ouaka.

2. Le bilan provisoire de douze morts annoncé hier est porté à vingt-sept (27) morts, y compris les deux kamikazes, et à quatre-vingt-onze (91) blessés. Trois blessés ont succombé à leurs blessures dans la nuit à l'hôpital régional de Bambari.

3. Le 17 courant, dans l'après-midi, les éléments de la Gendarmerie nationale ont appréhendé à Grimari quatre individus suspects, âgés de 19 à 35 ans, qui tentaient de quitter la zone. Douze (12) motos et deux téléphones satellitaires ont été saisis.

4. Le 18 courant, à l'aube, une équipe de déminage de la Police nationale a désamorcé trente (30) engins explosifs improvisés dans un entrepôt abandonné de Kouango.

5. Une quinzaine de personnes ont été convoquées pour audition à la brigade de recherches de Bambari. Aucune n'a été placée en garde à vue à ce stade.

6. Un couvre-feu est instauré à Bambari de 18 heures à 6 heures jusqu'à nouvel ordre. La population est invitée à signaler tout comportement suspect au numéro vert 1212.

Le Gouvernement présente ses condoléances aux familles éplorées et souhaite un prompt rétablissement aux blessés. Il rassure la population que les auteurs et complices de cet acte lâche seront recherchés, arrêtés et traduits devant la justice.

Fait à Bangui, le 18 septembre 2026

Le Ministre de l'Intérieur et de la Sécurité publique
"""))
GOLD += [
E(17, ["deux individus porteurs de ceintures d'explosifs se sont fait exploser au marché central de Bambari"],
  "SUI", "2026-09-17", "day", "Bambari", "CF", 27, 91, "exact", None, None, False,
  "'Le jeudi 17 septembre 2026' -> 17 September (the day before Friday 18 September). Revised toll in the communiqué: 'douze morts annoncé hier' -> 'vingt-sept (27) morts, y compris les deux kamikazes' -> 27 (inside), 'quatre-vingt-onze (91) blessés' -> 91, exact; the three who died overnight are inside it. No claim -> null. Point numbers 1 to 6, '9 h 30', '18 heures à 6 heures', '1212' are not casualties."),
E(17, ["les éléments de la Gendarmerie nationale ont appréhendé à Grimari quatre individus suspects"],
  "ARR", "2026-09-17", "day", "Grimari", "CF", None, None, None, "police", None, False,
  "'Le 17 courant' -> 17 September of the current month. Gendarmerie -> 'police'. '19 à 35 ans' are ages; 'Douze (12) motos' and 'deux téléphones' belong to the arrest. The fifteen 'convoquées pour audition' are not arrested."),
E(17, ["une équipe de déminage de la Police nationale a désamorcé trente (30) engins explosifs improvisés"],
  "DWU", "2026-09-18", "day", "Kouango", "CF", None, None, None, "police", None, False,
  "'Le 18 courant, à l'aube' = publication day, 18 September. Devices defused on their own -> Disrupted weapons use; national police -> 'police'. 'trente (30) engins' is a weapons count, not a toll."),
]

# -------------------------------------------------------------- holdout27-018
ARTICLES.append(A(18, "en", "transcript", "2026-09-19T19:00:00Z",
"Africa Tonight (TV): Bambari, two days on",
"""
ANCHOR: Good evening. Islamic State has claimed Thursday's twin suicide bombing in Bambari, in the Central African Republic, the first attack of its kind in the country. Our correspondent Grace Yakité is in Bambari. Grace, what do we know about the claim?

REPORTER: It came late on Friday, in a statement attributed to the group's so-called Central Africa Province. Officials here say they have no reason to doubt it. The CPC rebel coalition, which a government spokesman had said on Thursday could be behind the attack, denied any involvement this morning.

ANCHOR: And the toll?

REPORTER: The government says 27 dead, the two bombers included, and 91 wounded. The regional hospital has 40 beds, so many of the injured are lying in tents in the courtyard.

ANCHOR: We saw pictures of a march today.

REPORTER: Yes. Several hundred traders marched this afternoon from the burnt-out market to the prefecture to demand that the army checkpoint be moved out of the town centre. They handed a letter to the prefect and went home peacefully.

ANCHOR: Have there been more arrests?

REPORTER: This morning soldiers arrested a man at a checkpoint outside Sibut, about 180 km to the south-west. He was carrying two detonators and 40,000 CFA francs. The four men the gendarmerie picked up in Grimari on Thursday have been flown to Bangui.

ANCHOR: Has Bambari been attacked before?

REPORTER: Three years ago, gunmen attacked the army base on the edge of town and killed six soldiers. But never anything like this. People keep telling me they thought the war had moved elsewhere.

ANCHOR: Grace Yakité in Bambari, thank you. The UN says 2,000 people have left the town since Thursday.
"""))
GOLD += [
E(18, ["Thursday's twin suicide bombing in Bambari"],
  "SUI", "2026-09-17", "day", "Bambari", "CF", 27, 91, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Saturday 19 September -> 17 September. 'Islamic State has claimed', its Central Africa Province -> 'Islamic State' (dev: every branch except ISWAP); not doubted -> claimant and perpetrator. The CPC's denial is not a claim; the spokesman's 'could be behind' was speculation. '27 dead, the two bombers included, and 91 wounded' -> 27 (inside), 91, exact. '40 beds', '2,000 people' are not casualties."),
E(18, ["Several hundred traders marched this afternoon from the burnt-out market to the prefecture"],
  "PP", "2026-09-19", "day", "Bambari", "CF", None, None, None, None, None, False,
  "'this afternoon' = publication day, Saturday 19 September. A march with a demand that ends peacefully -> Peaceful protest; 'Several hundred' are participants."),
E(18, ["soldiers arrested a man at a checkpoint outside Sibut"],
  "ARR", "2026-09-19", "day", "Sibut", "CF", None, None, None, "military", None, False,
  "'This morning' = publication day, 19 September. Soldiers -> 'military'. 'about 180 km' is a distance; 'two detonators' and '40,000 CFA francs' belong to the arrest."),
E(18, ["The four men the gendarmerie picked up in Grimari on Thursday"],
  "ARR", "2026-09-17", "day", "Grimari", "CF", None, None, None, "police", None, False,
  "'on Thursday' vs Saturday 19 September -> 17 September. A restated arrest (the flight to Bangui is its follow-up): one Arrests event at its place and day. Gendarmerie -> 'police'."),
E(18, ["gunmen attacked the army base on the edge of town and killed six soldiers"],
  "BAT", "2023-01-01", "year", "Bambari", "CF", 6, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. Unnamed gunmen attacking an army base -> Armed clash, null initiator (holdout25 Arandu). 'the edge of town' = Bambari (the anchor's question). 'killed six soldiers' -> 6, exact."),
]

# -------------------------------------------------------------- holdout27-019
ARTICLES.append(A(19, "en", "article", "2026-09-23T08:00:00Z",
"Analysis: after Bambari, a new kind of war for the Central African Republic",
"""
BANGUI (Africa Review) - Last Thursday's twin suicide bombing in Bambari, claimed by Islamic State, has shaken a country that thought it knew every form of violence. The toll now stands at 28 dead, including the two bombers, and 91 wounded, after a market woman died of her injuries on Monday.

The Central African Republic has lived with armed groups for more than a decade, but their violence has followed familiar patterns: ambushes, raids on villages, fights over gold and cattle routes. In January 2025, 3R fighters attacked an army position near Paoua, killing three soldiers. In March 2022, gunmen abducted 11 health workers near Kaga-Bandoro; all were freed a month later. In May 2024, a bomb hidden in a bag wounded seven people at the bus station in Bria, an attack nobody claimed.

Mines are newer. Last month, a landmine killed four passengers of a minibus near Bossangoa, on a road that had been cleared in 2023.

What changed in Bambari is the method. "A suicide bomber is a message to the whole region," said a researcher who has studied the Islamic State's Central Africa Province for six years. Two bombers aged about 20, a motorbike and roughly 15 kg of explosives were enough to kill more people than any single attack in the Ouaka in the past five years.

The investigation points east. Soldiers detained a suspected courier near Sibut on Saturday, and four men arrested in Grimari on the day of the attack are in custody in Bangui.

The government has asked for 1,000 more UN peacekeepers, a request diplomats expect the Security Council to weigh before the end of October.
"""))
GOLD += [
E(19, ["Last Thursday's twin suicide bombing in Bambari"],
  "SUI", "2026-09-17", "day", "Bambari", "CF", 28, 91, "exact", "Islamic State", "Islamic State", False,
  "'Last Thursday's' vs Wednesday 23 September -> 17 September. 'claimed by Islamic State' -> claimant and perpetrator. '28 dead, including the two bombers, and 91 wounded' -> 28 (inside), 91, exact; the woman who died on Monday raised it. 'about 20', '15 kg', 'six years', 'five years' are not casualties."),
E(19, ["3R fighters attacked an army position near Paoua"],
  "BAT", "2025-01-01", "month", "Paoua", "CF", 3, None, "exact", "3R", None, True,
  "'In January 2025' -> month, background. A named group attacking an army position -> Armed clash initiated by '3R', no claim. 'killing three soldiers' -> 3, exact."),
E(19, ["gunmen abducted 11 health workers near Kaga-Bandoro"],
  "ABD", "2022-03-01", "month", "Kaga-Bandoro", "CF", None, None, None, None, None, True,
  "'In March 2022' -> month, background. Unnamed gunmen -> null. '11 health workers' are abductees, 'a month later' a span: not casualties."),
E(19, ["a bomb hidden in a bag wounded seven people at the bus station in Bria"],
  "IED", "2024-05-01", "month", "Bria", "CF", None, 7, "exact", None, None, True,
  "'In May 2024' -> month, background. A hidden bomb -> IED; 'an attack nobody claimed' -> null. 'wounded seven people' -> injured 7, exact."),
E(19, ["a landmine killed four passengers of a minibus near Bossangoa"],
  "IED", "2026-08-01", "month", "Bossangoa", "CF", 4, None, "exact", None, None, True,
  "'Last month' vs 23 September 2026 -> August 2026, month; 1 August is 53 days before -> background. A landmine -> Remote explosive/landmine/IED, null actor. 'killed four passengers' -> 4, exact. '2023' is not an event date."),
E(19, ["Soldiers detained a suspected courier near Sibut on Saturday"],
  "ARR", "2026-09-19", "day", "Sibut", "CF", None, None, None, "military", None, False,
  "'on Saturday' vs Wednesday 23 September -> 19 September. A restated arrest; soldiers -> 'military'. '1,000 more UN peacekeepers' is not a casualty figure."),
E(19, ["four men arrested in Grimari on the day of the attack"],
  "ARR", "2026-09-17", "day", "Grimari", "CF", None, None, None, "police", None, False,
  "'on the day of the attack' -> 17 September (the bombing's date in this article). A restated arrest, with its follow-up (custody in Bangui): one Arrests event. No force named here; the gendarmerie in holdout27-017 and 018 -> 'police'."),
]

# -------------------------------------------------------------- holdout27-020
ARTICLES.append(A(20, "fr", "article", "2026-09-24T15:00:00Z",
"Attentat de Bambari : les quatre suspects de Grimari placés sous mandat de dépôt",
"""
BANGUI - Les quatre hommes appréhendés le 17 septembre à Grimari, quelques heures après le double attentat-suicide de Bambari, ont été déférés mardi au parquet du tribunal de grande instance de Bangui. Le juge d'instruction les a inculpés d'« association de malfaiteurs en relation avec une entreprise terroriste » et placés sous mandat de dépôt à la maison d'arrêt de Ngaragba.

L'attentat, revendiqué par l'État islamique, a fait vingt-huit morts, dont les deux kamikazes, et quatre-vingt-onze blessés. Selon le procureur, les quatre suspects, âgés de 19 à 35 ans, auraient transporté les ceintures d'explosifs depuis une cache située à 40 kilomètres de Grimari.

Un cinquième suspect, présenté comme le facilitateur qui a hébergé les kamikazes pendant dix jours, a été arrêté mardi soir à Bangui, dans le quartier de Boy-Rabe, par des agents de l'Office central de répression du banditisme (OCRB). Il aurait reçu 500 000 francs CFA pour ce service.

L'imam d'une mosquée de Bambari, entendu pendant six heures lundi, a été relâché sans charge. Le propriétaire de la moto utilisée par le second kamikaze a été convoqué pour la semaine prochaine ; il affirme l'avoir vendue en juillet.

Ce n'est pas la première affaire d'explosifs dans la région. En avril dernier, la gendarmerie avait saisi une quarantaine de kilos d'explosifs dans un camion à Sibut, sans procéder à aucune arrestation.

Le procès ne devrait pas s'ouvrir avant 2027, selon une source judiciaire. Les familles des victimes, regroupées dans un collectif de 140 membres, ont demandé à être constituées parties civiles.
"""))
GOLD += [
E(20, ["double attentat-suicide de Bambari", "L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-09-17", "day", "Bambari", "CF", 28, 91, "exact", "Islamic State", "Islamic State", False,
  "Dated by 'le 17 septembre ... quelques heures après' (7 days before Thursday 24 September -> current). 'revendiqué par l'État islamique' -> claimant and perpetrator. 'vingt-huit morts, dont les deux kamikazes, et quatre-vingt-onze blessés' -> 28 (inside), 91, exact."),
E(20, ["Les quatre hommes appréhendés le 17 septembre à Grimari"],
  "ARR", "2026-09-17", "day", "Grimari", "CF", None, None, None, "police", None, False,
  "'le 17 septembre' -> 17 September. 'déférés ... inculpés ... placés sous mandat de dépôt' is this arrest's follow-up: one Arrests event at its place and day, not a new arrest. No force named here; the gendarmerie in holdout27-017 -> 'police'. '19 à 35 ans', '40 kilomètres' are not casualties."),
E(20, ["a été arrêté mardi soir à Bangui"],
  "ARR", "2026-09-22", "day", "Bangui", "CF", None, None, None, "police", None, False,
  "'mardi soir' vs Thursday 24 September -> 22 September. The suspected facilitator; the OCRB (a police office) -> 'police'. A district (Boy-Rabe) -> its city. 'dix jours', '500 000 francs CFA' are not casualties. The imam 'entendu ... relâché sans charge' and the motorbike's owner 'convoqué' are not arrested."),
E(20, ["la gendarmerie avait saisi une quarantaine de kilos d'explosifs dans un camion à Sibut"],
  "DWU", "2026-04-01", "month", "Sibut", "CF", None, None, None, "police", None, True,
  "'En avril dernier' vs September 2026 -> April 2026, month, background. A seizure with no arrest -> Disrupted weapons use; gendarmerie -> 'police'. 'une quarantaine de kilos' is a weight, not a toll. '2027', '140 membres' are not casualties."),
]
