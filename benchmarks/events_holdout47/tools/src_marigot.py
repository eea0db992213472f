"""Authoring source of benchmarks/events_holdout47 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Marigot, Saint-Martin cluster (holdout47-001 to 005; French and
English), two suicide bombers on Saturday 31 January 2026 at two sites of
one town (the waterfront market and the quay of the Fort-Louis marina,
about 400 m and four minutes apart): a French agency dispatch with a first
report (fr 001), an English wire from the Dutch side of the island (002),
a French translated summary of a Sint Maarten daily ("résumé traduit d'un
média étranger", fr 003), a table of duty pharmacies ("tableau des
pharmacies de garde", fr 004) and a notice of a fishermen's cooperative to
its members ("avis d'une coopérative de pêcheurs", fr 005). Saint-Martin and
Sint Maarten are UTC-4 all year: every publication time here is between
13:00 and 20:00 UTC (09:00 to 16:00 local), so every local date is the UTC
date. Gold spellings: "Marigot", "Grand-Case", "Quartier-d'Orléans",
"Cul-de-Sac" (MF), "Philipsburg" (SX). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout47")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout47-001
ARTICLES.append(A(1, "fr", "article", "2026-01-31T20:00:00Z",
"Saint-Martin : deux kamikazes frappent le centre de Marigot",
"""
MARIGOT (Saint-Martin), 31 janvier 2026 (Agence Alizés Presse) - Deux kamikazes se sont fait exploser samedi matin à quatre minutes d'intervalle dans le centre de Marigot, chef-lieu de la partie française de Saint-Martin, tuant au moins sept personnes, sans compter les deux assaillants, et faisant des dizaines de blessés, selon la préfecture.

Le premier homme a actionné sa ceinture d'explosifs vers 10 h 15 au milieu des étals du marché du front de mer, où se pressaient quelque 400 clients et les passagers de deux paquebots de croisière. Le second s'est fait exploser à 10 h 19 sur le quai de la marina Fort-Louis, à environ 400 mètres, au milieu des personnes qui fuyaient.

« J'ai vu la fumée monter au-dessus des parasols, puis tout le monde a couru vers le port », raconte Josiane, 52 ans, qui vend des épices au stand 31 depuis 1994.

Aucune revendication n'avait été publiée samedi après-midi. Une source proche de l'enquête estime que l'attaque « pourrait porter la marque » d'un groupe jihadiste, sans en nommer aucun. Le parquet national antiterroriste, à Paris, s'est saisi de l'enquête.

Le préfet délégué a instauré un couvre-feu de 20 heures à 6 heures et fermé les deux ports de l'île. Les blessés les plus graves doivent être évacués vers la Guadeloupe par deux avions sanitaires ; l'hôpital de Marigot, qui compte 126 lits, a déclenché son plan blanc. Une cellule d'écoute répond au 0590 52 25 00.

La partie française de l'île, 32 000 habitants sur 53 kilomètres carrés, n'avait jamais connu d'attentat-suicide. En 2019, une grenade lancée contre un bar de Cul-de-Sac avait blessé quatre clients ; l'enquête avait conclu à un règlement de comptes entre trafiquants.

Côté néerlandais, Sint Maarten a relevé son niveau d'alerte et renforcé les contrôles à la frontière, qui reste ouverte.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser samedi matin", "Le premier homme a actionné sa ceinture d'explosifs", "Le second s'est fait exploser", "l'attaque"],
  "SUI", "2026-01-31", "day", "Marigot", "MF", 9, 12, "at_least", None, None, False,
  "Agency dispatch of Saturday 31 January 2026 (16:00 in Marigot); 'samedi matin' = the publication day. Two sites of one town (the waterfront market and the quay of the Fort-Louis marina, 'environ 400 mètres', four minutes apart) -> ONE Suicide bomb event coded to the town (Koupéla convention). First report: 'au moins sept personnes, sans compter les deux assaillants' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'des dizaines de blessés' -> injured 12 (dev table: 'des dizaines' = 12 at_least; the qualifier describes the killed figure). No claim ('Aucune revendication'); « pourrait porter la marque » d'un groupe jihadiste is speculation and names no group -> perpetrator null. '10 h 15', 'quelque 400 clients', 'deux paquebots', '10 h 19', '400 mètres', '52 ans', 'stand 31', '1994', '20 heures à 6 heures', 'deux ports', 'deux avions sanitaires', '126 lits', '0590 52 25 00', '32 000 habitants', '53 kilomètres carrés' are not casualties; 'n'avait jamais connu d'attentat-suicide' is generic."),
E(1, ["une grenade lancée contre un bar de Cul-de-Sac"],
  "GRN", "2019-01-01", "year", "Cul-de-Sac", "MF", None, 4, "exact", None, None, True,
  "'En 2019' -> year, background. A thrown grenade -> Grenade. 'avait blessé quatre clients' -> injured 4 (number word), exact; killed null (not stated). Unnamed traffickers ('règlement de comptes entre trafiquants') -> null. Cul-de-Sac is a village of the French side of Saint-Martin -> MF."),
]

# -------------------------------------------------------------- holdout47-002
ARTICLES.append(A(2, "en", "article", "2026-02-01T15:00:00Z",
"Saint-Martin bombing toll rises to 11; two men held in Grand-Case",
"""
PHILIPSBURG, Sint Maarten (Leeward Wire) - The toll from Saturday's twin suicide bombing in Marigot, on the French side of Saint-Martin, rose overnight to 11 dead, including the two bombers, from at least nine given on Saturday afternoon, French authorities said on Sunday. Thirty-eight people were wounded, a score of them seriously.

A 67-year-old cruise passenger died overnight in Marigot's hospital, the prefecture said. Nine of the wounded were flown to Guadeloupe and two to Martinique.

French gendarmes arrested two men in Grand-Case late on Saturday, a few hours after the blasts at the waterfront market and the Fort Louis marina. A police source said one of them had rented the car that dropped the bombers near the market at 10:05 a.m. The owner of the guesthouse where the bombers had stayed for nine nights was questioned for six hours and released.

No group has claimed the attack. Investigators believe the two bombers, aged 24 and 29, had arrived by boat from Anguilla, some 8 km to the north.

On the Dutch side, Sint Maarten's prime minister ordered flags flown at half-mast and sent 140 extra police officers to the border, which remains open. Princess Juliana International Airport kept operating, but two cruise lines cancelled Monday's calls, affecting some 7,000 passengers.

The island had been spared serious violence until now. In 2019, a grenade thrown into a bar in Cul-de-Sac wounded four people; the case was tied to drug trafficking.

Relatives can call the French prefecture's hotline on +590 590 52 25 00 from 8 a.m. to 10 p.m.
"""))
GOLD += [
E(2, ["Saturday's twin suicide bombing in Marigot", "the blasts at the waterfront market and the Fort Louis marina", "the attack"],
  "SUI", "2026-01-31", "day", "Marigot", "MF", 11, 38, "exact", None, None, False,
  "Wire of Sunday 1 February (11:00 local); 'Saturday's' -> 31 January. The dateline is Philipsburg (Sint Maarten); the bombing is in Marigot (MF). Two sites of one town -> ONE event. Toll revised inside: 'from at least nine given on Saturday afternoon' (superseded) -> 'rose overnight to 11 dead, including the two bombers' -> killed 11 (bombers inside), exact; 'Thirty-eight people were wounded' -> injured 38 (number word); 'a score of them seriously' is a subset (20), not the injured figure. The 67-year-old passenger who died overnight is inside the 11. No claim ('No group has claimed the attack') -> perpetrator null; 'Investigators believe ... had arrived by boat from Anguilla' is about their route, not an actor. 'aged 24 and 29', '10:05 a.m.', 'nine nights', 'six hours', '8 km', '140 extra police officers', 'some 7,000 passengers', 'Nine of the wounded' and 'two' (subsets flown out), '+590 590 52 25 00', '8 a.m. to 10 p.m.' are not casualties."),
E(2, ["French gendarmes arrested two men in Grand-Case late on Saturday"],
  "ARR", "2026-01-31", "day", "Grand-Case", "MF", None, None, None, "police", None, False,
  "'late on Saturday' vs Sunday 1 February -> 31 January (late on Saturday = Saturday, dev). Gendarmes -> 'police' (dev). One of the two rented the bombers' car. The guesthouse owner 'questioned for six hours and released' is not arrested."),
E(2, ["a grenade thrown into a bar in Cul-de-Sac"],
  "GRN", "2019-01-01", "year", "Cul-de-Sac", "MF", None, 4, "exact", None, None, True,
  "'In 2019' -> year, background (the grenade of holdout47-001). 'wounded four people' -> injured 4, exact. No author named ('tied to drug trafficking') -> null."),
]

# -------------------------------------------------------------- holdout47-003
ARTICLES.append(A(3, "fr", "article", "2026-02-03T14:00:00Z",
"Ce qu'écrit la presse de Sint Maarten : la revendication de l'attentat de Marigot",
"""
RÉSUMÉ TRADUIT - « The Salt Pond Herald » (Philipsburg, Sint Maarten), édition du mardi 3 février 2026. Traduit de l'anglais par notre rédaction ; les intertitres sont de nous.

Le quotidien de la partie néerlandaise de l'île consacre sa une et quatre pages à la revendication du double attentat-suicide de samedi à Marigot. Selon le journal, l'État islamique a revendiqué l'attaque lundi soir par un communiqué de son agence Amaq, qui se vante d'avoir tué « plus de quarante croisés ». Le journal cite le parquet national antiterroriste français, pour qui la revendication est « crédible », les détails donnés sur les ceintures d'explosifs correspondant aux constatations.

Le bilan. D'après le quotidien, le bilan s'élève désormais à douze morts, dont les deux kamikazes, et 38 blessés, après le décès lundi d'une vendeuse du marché âgée de 45 ans.

L'arrestation à Philipsburg. Le journal révèle que la police de Sint Maarten a arrêté lundi, sur le quai de Great Bay à Philipsburg, le patron d'un bateau-taxi soupçonné d'avoir transporté les deux kamikazes depuis Anguilla, le 21 janvier, contre 1 500 dollars. Un juge l'a placé en détention pour huit jours ; il pourrait être remis à la France. Les deux hommes interpellés samedi soir à Grand-Case ont, eux, été mis en examen dimanche et placés en détention provisoire.

Démentis et hypothèses. Le groupe trinidadien Jamaat al Muslimeen a démenti « toute implication » dans un message à la presse. Un conseiller du gouvernement de Sint Maarten affirme que les kamikazes « pourraient avoir été » recrutés sur une messagerie cryptée ; le journal souligne qu'aucune preuve n'a été publiée.

Ce que le journal ne dit pas. Le quotidien ne donne pas l'identité des auteurs, que la préfecture n'a pas rendue publique. Il publie en page 7 les numéros d'urgence des deux côtés de l'île et annonce une veillée vendredi sur le front de mer de Philipsburg.

Tirage du jour : 9 500 exemplaires, selon l'éditeur.
"""))
GOLD += [
E(3, ["double attentat-suicide de samedi à Marigot", "l'attaque"],
  "SUI", "2026-01-31", "day", "Marigot", "MF", 12, 38, "exact", "Islamic State", "Islamic State", False,
  "Translated summary of Tuesday 3 February; 'de samedi' -> 31 January. 'douze morts, dont les deux kamikazes, et 38 blessés' -> killed 12 (bombers inside; a market vendor of 45 died Monday), injured 38, exact. 'l'État islamique a revendiqué l'attaque lundi soir par un communiqué de son agence Amaq', judged « crédible » by the French antiterrorist prosecutors -> claimant and perpetrator 'Islamic State'; the claim's « plus de quarante croisés » is never used. Jamaat al Muslimeen's denial is not a claim; « pourraient avoir été » recrutés is speculation. The summary's own paper dates ('mardi 3 février 2026', '21 janvier') and numbers ('quatre pages', '45 ans', '1 500 dollars', 'huit jours', 'page 7', '9 500 exemplaires') are not casualties. The vigil announced for Friday is future, not coded."),
E(3, ["L'arrestation à Philipsburg", "la police de Sint Maarten a arrêté lundi"],
  "ARR", "2026-02-02", "day", "Philipsburg", "SX", None, None, None, "police", None, False,
  "The cluster's suspected facilitator: a water-taxi skipper suspected of carrying the bombers from Anguilla. The intertitle 'L'arrestation à Philipsburg' is the first naming. 'lundi' vs Tuesday 3 February -> 2 February. Arrested by 'la police de Sint Maarten' on the Dutch side -> 'police', coded to Philipsburg in Sint Maarten (SX), not to the bombing's territory. 'placé en détention pour huit jours' and 'pourrait être remis à la France' are follow-ups, not events."),
E(3, ["Les deux hommes interpellés samedi soir à Grand-Case"],
  "ARR", "2026-01-31", "day", "Grand-Case", "MF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-002: 'samedi soir' vs Tuesday 3 February -> 31 January. Told through its judicial follow-up ('mis en examen dimanche et placés en détention provisoire') -> one Arrests event at the arrest's place and day. No force named; the gendarmes of holdout47-002 -> 'police'."),
]

# -------------------------------------------------------------- holdout47-004
ARTICLES.append(A(4, "fr", "article", "2026-02-06T13:00:00Z",
"Pharmacies de garde à Saint-Martin du 7 au 13 février",
"""
PHARMACIES DE GARDE - SAINT-MARTIN (partie française). Tableau établi par le syndicat des pharmaciens pour la semaine du samedi 7 au vendredi 13 février 2026. Publié le vendredi 6 février.

AVERTISSEMENT. À la suite du double attentat-suicide du 31 janvier à Marigot, qui a fait douze morts, y compris les deux kamikazes, et trente-huit blessés, la pharmacie du Front de Mer, endommagée par le souffle, reste fermée jusqu'à nouvel ordre. Ses ordonnances en attente sont transférées à la pharmacie de la Marina. Pendant le couvre-feu, les gardes de nuit se font à guichet fermé, sur présentation d'une ordonnance.

SAMEDI 7 : pharmacie de la Marina, 12 boulevard de France, Marigot - 0590 87 50 79.
DIMANCHE 8 : pharmacie de Grand-Case, 98 boulevard de Grand-Case - 0590 87 77 43.
LUNDI 9 : pharmacie de Concordia, 5 rue Lady-Fish - 0590 29 31 12.
MARDI 10 : pharmacie d'Orléans, 21 route d'Oyster Pond - 0590 87 33 09.
MERCREDI 11 : pharmacie de la Marina (voir ci-dessus).
JEUDI 12 : pharmacie de Sandy Ground, 3 rue du Pont - 0590 52 48 60.
VENDREDI 13 : pharmacie de Concordia (voir ci-dessus).

HORAIRES. De 8 heures à 20 heures ; au-delà, appeler le 15 ou la gendarmerie au 17, qui indiquera la pharmacie ouverte.

INFORMATIONS PRATIQUES. La marche blanche de mercredi, qui a réuni environ 3 000 personnes de la marina au marché derrière la banderole « Sualiga debout », a obligé à fermer la rue de la République pendant quatre heures ; la circulation est rétablie. Les officines collectent pansements et solutés pour l'hôpital, qui a déjà reçu 1,2 tonne de matériel de Guadeloupe. Le préparateur de la pharmacie du Front de Mer, entendu mardi par les gendarmes comme témoin, a été laissé libre et remercie ses clients de leurs messages.

RAPPEL. L'État islamique, qui a revendiqué l'attentat, appelle sur ses canaux à de nouvelles attaques. Les pharmaciens sont priés de signaler aux gendarmes tout achat inhabituel d'eau oxygénée au-delà de 5 litres ou d'acétone au-delà de 2 litres.
"""))
GOLD += [
E(4, ["double attentat-suicide du 31 janvier à Marigot", "l'attentat"],
  "SUI", "2026-01-31", "day", "Marigot", "MF", 12, 38, "exact", "Islamic State", "Islamic State", False,
  "Duty-pharmacy table published Friday 6 February; 'du 31 janvier' -> 31 January. 'douze morts, y compris les deux kamikazes, et trente-huit blessés' -> killed 12 (bombers inside), injured 38 (number words), exact. 'L'État islamique, qui a revendiqué l'attentat', told as fact and not disputed -> claimant and perpetrator 'Islamic State'. 'de nouvelles attaques' is future and generic. The table's dates (7 to 13 February), street numbers ('12', '98', '5', '21', '3'), phone numbers ('0590 87 50 79' etc.), '8 heures à 20 heures', '15', '17', 'environ 3 000 personnes' (marchers), 'quatre heures', '1,2 tonne', '5 litres', '2 litres' are not casualties."),
E(4, ["La marche blanche de mercredi"],
  "PP", "2026-02-04", "day", "Marigot", "MF", None, None, None, None, None, False,
  "'de mercredi' vs Friday 6 February -> 4 February. A silent march ('marche blanche') of about 3,000 people from the marina to the market behind a banner with a message (« Sualiga debout », Sualiga being the island's Arawak name), no incident -> Peaceful protest, perpetrator null. 'environ 3 000 personnes' counts marchers. The pharmacy assistant 'entendu mardi par les gendarmes comme témoin, a été laissé libre' is not arrested."),
]

# -------------------------------------------------------------- holdout47-005
ARTICLES.append(A(5, "fr", "article", "2026-02-09T14:00:00Z",
"Coopérative des marins-pêcheurs de Saint-Martin : avis aux adhérents",
"""
COOPÉRATIVE DES MARINS-PÊCHEURS DE SAINT-MARTIN - AVIS AUX ADHÉRENTS N° 4/2026. Marigot, le lundi 9 février 2026.

1. DEUIL. Le conseil d'administration salue la mémoire de Lucien Hodge, 61 ans, patron du « Belle Créole », tué sur le quai de la marina Fort-Louis lors du double attentat-suicide du 31 janvier. Avec lui, l'attaque a fait douze morts, dont les deux kamikazes, et 38 blessés, parmi lesquels trois de nos adhérents. La quête organisée à la criée a rapporté 6 400 euros, remis à sa famille.

2. NOTRE ADHÉRENT ARRÊTÉ. Marcel B., mareyeur à Quartier-d'Orléans, a été interpellé mercredi à son domicile par les gendarmes, qui le soupçonnaient d'avoir prêté sa camionnette frigorifique aux auteurs. Il a été relâché vendredi sans qu'aucune charge ne soit retenue contre lui. Le conseil rappelle que tout adhérent convoqué comme témoin peut se faire assister par l'avocat de la coopérative.

3. MANIFESTATION DE SAMEDI. Environ 200 pêcheurs ont défilé samedi du port de Galisbay jusqu'à la préfecture pour réclamer la réouverture des zones de pêche fermées depuis l'attentat et une indemnité de 80 euros par jour de mer perdu. Devant les grilles, les gendarmes mobiles les ont dispersés à coups de gaz lacrymogène ; deux pêcheurs et un gendarme ont été légèrement blessés. Le conseil regrette ces heurts et demande à être reçu par le préfet avant le 20 février.

4. ZONES DE PÊCHE. Jusqu'à nouvel ordre, la pêche est interdite à moins de 2 milles de la marina et du port de Galisbay. Les bateaux de moins de 12 mètres peuvent sortir de 5 heures à 18 heures, après dépôt de la liste d'équipage au poste de Galisbay.

5. PRIX DE REPRISE. Le vivaneau est repris à 14 euros le kilo, le thazard à 11 euros, la langouste à 32 euros. Le gazole détaxé passe à 1,18 euro le litre.

Permanence : mardi et jeudi, de 7 heures à 11 heures, au local de la criée, ou au 0690 41 18 27.
"""))
GOLD += [
E(5, ["double attentat-suicide du 31 janvier", "l'attaque", "l'attentat"],
  "SUI", "2026-01-31", "day", "Marigot", "MF", 12, 38, "exact", None, None, False,
  "Cooperative notice of Monday 9 February; 'du 31 janvier' -> 31 January; Lucien Hodge was killed on the marina quay, one of the two sites of Marigot -> ONE event in Marigot. 'l'attaque a fait douze morts, dont les deux kamikazes, et 38 blessés' -> killed 12 (bombers inside), injured 38, exact; 'trois de nos adhérents' are a subset of the injured. 'fermées depuis l'attentat' names the bombing again. No claim named in this notice -> perpetrator null. '4/2026', '61 ans', '6 400 euros', '80 euros', '20 février', '2 milles', '12 mètres', '5 heures à 18 heures', '14 euros', '11 euros', '32 euros', '1,18 euro', '7 heures à 11 heures', '0690 41 18 27' are not casualties."),
E(5, ["NOTRE ADHÉRENT ARRÊTÉ", "a été interpellé mercredi à son domicile par les gendarmes"],
  "ARR", "2026-02-04", "day", "Quartier-d'Orléans", "MF", None, None, None, "police", None, False,
  "The heading 'NOTRE ADHÉRENT ARRÊTÉ' is the first naming. 'mercredi' vs Monday 9 February -> the most recent Wednesday, 4 February. A fish wholesaler of Quartier-d'Orléans, arrested at home (the place given is his village) by gendarmes -> 'police'. 'relâché vendredi sans qu'aucune charge ne soit retenue' does not undo the arrest and is not an event."),
E(5, ["MANIFESTATION DE SAMEDI", "Environ 200 pêcheurs ont défilé samedi"],
  "PI", "2026-02-07", "day", "Marigot", "MF", None, 3, "exact", None, None, False,
  "'samedi' vs Monday 9 February -> 7 February. Some 200 fishermen marching from the port of Galisbay (Marigot) to the prefecture (Marigot) with demands (reopening of the fishing zones, compensation), dispersed by gendarmes 'à coups de gaz lacrymogène' -> Protest with intervention, perpetrator null (dev). 'deux pêcheurs et un gendarme ont été légèrement blessés' -> injured 2 + 1 = 3 (all sides summed, dev), exact; killed null. 'Environ 200' counts marchers."),
]
