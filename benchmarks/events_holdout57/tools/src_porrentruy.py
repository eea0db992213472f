"""Authoring source of benchmarks/events_holdout57 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Porrentruy, Switzerland cluster (holdout57-001 to 005, and 021
six weeks later; French and English), two suicide bombers on Saturday 21
March 2026 at two sites of one town in the canton of Jura (the weekly
market on the place de l'Hôtel-de-Ville and the station forecourt, about
700 m and six minutes apart): a French agency dispatch with a first report
(001), a dry cleaner's closure notice ("avis de fermeture d'un pressing",
fr 002), an English wire on the claim and the arrests (003), a civil
protection engagement note ("note de la protection civile", fr 004), the
newsletter of an allotment association ("lettre d'information d'une
association de jardins familiaux", fr 005) and an English golf club
members' email six weeks later (021). Switzerland is UTC+1 until Sunday 29
March 2026 and UTC+2 from then on, France likewise: every publication time
here is between 07:00 and 16:00 UTC, so every local date is the UTC date.
The gold writes "Basel" (French « Bâle ») in common English, and keeps the
French spellings "Fontenais", "Boncourt", "Belfort" and "Montbéliard".
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout57")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout57-001
ARTICLES.append(A(1, "fr", "article", "2026-03-21T15:00:00Z",
"Double attentat-suicide à Porrentruy : au moins neuf morts",
"""
PORRENTRUY, (Agence Arc jurassien Presse) - Deux kamikazes se sont fait exploser samedi matin à six minutes d'intervalle dans le centre de Porrentruy, chef-lieu de l'Ajoie, tuant au moins sept personnes, sans compter les deux assaillants, et faisant des dizaines de blessés, selon un premier bilan de la police cantonale jurassienne.

La première explosion s'est produite vers 10 h 12 au milieu du marché hebdomadaire, sur la place de l'Hôtel-de-Ville, où se pressaient quelque 2 000 personnes. La seconde a eu lieu à 10 h 18 sur le parvis de la gare, à environ 700 mètres, alors que la foule fuyait vers les quais.

« J'ai vu un homme en parka verte ouvrir son blouson, puis plus rien », raconte Mathilde, 31 ans, qui tient un stand de fromages au numéro 14 de la place. L'hôpital de Porrentruy, qui compte 120 lits, a déclenché son plan catastrophe ; les blessés les plus graves ont été héliportés vers Bâle et Berne par quatre hélicoptères.

Aucune revendication n'avait été publiée en fin d'après-midi. Selon une source proche de l'enquête, le massacre « pourrait être l'œuvre » d'une cellule liée à l'État islamique, sans que cette piste soit confirmée. Le Ministère public de la Confédération a ouvert une procédure pénale.

La Suisse n'avait jamais connu d'attentat-suicide. En 2019, un engin artisanal avait explosé devant le poste de douane de Boncourt, à la frontière française, blessant un douanier.

Les trains sont supprimés entre Delémont et Porrentruy jusqu'à lundi et le passage de Boncourt-Delle est soumis à des contrôles renforcés. Une ligne d'information pour les proches a été ouverte au 0800 22 13 13. Le gouvernement jurassien a décrété trois jours de deuil et annulé la foire de printemps, prévue le week-end prochain, qui attire d'ordinaire 15 000 visiteurs. Les 23 écoles du district resteront fermées lundi.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "La première explosion", "La seconde", "le massacre"],
  "SUI", "2026-03-21", "day", "Porrentruy", "CH", 9, 12, "at_least", None, None, False,
  "Agency dispatch of Saturday 21 March 2026 (16:00 in Porrentruy, UTC+1); 'samedi matin' = the publication day. Two sites of one town (the market on the place de l'Hôtel-de-Ville and the station forecourt, 'environ 700 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept personnes, sans compter les deux assaillants' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'des dizaines de blessés' -> injured 12 (dev table: 'des dizaines' = 12 at_least; the qualifier describes the killed figure). No claim; « pourrait être l'œuvre » d'une cellule liée à l'État islamique is speculation -> perpetrator null. '10 h 12', '2 000 personnes' (the market crowd), '10 h 18', '700 mètres', '31 ans', 'numéro 14', '120 lits', 'quatre hélicoptères', '0800 22 13 13', 'trois jours', '15 000 visiteurs', '23 écoles' are not casualties. 'La Suisse n'avait jamais connu d'attentat-suicide' is generic, not a trigger."),
E(1, ["un engin artisanal avait explosé devant le poste de douane de Boncourt"],
  "IED", "2019-01-01", "year", "Boncourt", "CH", None, 1, "exact", None, None, True,
  "'En 2019' -> year, background. A homemade device -> Remote explosive/landmine/IED; no author named -> null. 'blessant un douanier' -> injured 1 (a number word in substance: one customs officer), exact; killed null."),
]

# -------------------------------------------------------------- holdout57-002
ARTICLES.append(A(2, "fr", "article", "2026-03-23T07:30:00Z",
"Pressing du Faubourg : fermeture provisoire",
"""
AVIS À NOTRE CLIENTÈLE - Pressing du Faubourg, rue des Annonciades 9, Porrentruy. Affiché le lundi 23 mars 2026.

Chère clientèle,

Notre pressing, situé à une centaine de mètres de la place de l'Hôtel-de-Ville, restera fermé jusqu'au samedi 28 mars inclus. La police a bouclé le périmètre jusqu'à nouvel ordre et notre vitrine a été soufflée par l'explosion de samedi matin.

Nous pensons d'abord aux victimes du double attentat-suicide. Le bilan annoncé samedi soir faisait état de neuf morts ; selon la police cantonale, il est désormais de dix morts, dont les deux kamikazes, et de 43 blessés. Une cliente fidèle depuis 1987, Mme Odile R., 78 ans, a succombé dimanche à ses blessures à l'hôpital de Bâle. Nous adressons à sa famille nos plus sincères condoléances.

Notre livreur, Kevin, a été entendu dimanche pendant trois heures par la police comme témoin, car il livrait un costume à la gare au moment de la seconde explosion. Il est rentré chez lui le soir même et va bien.

VOS VÊTEMENTS. Les 212 articles déposés avant samedi sont en sécurité dans notre atelier de Fontenais. Les tickets numérotés de 4401 à 4613 restent valables. Les vêtements de deuil pour les obsèques seront traités gratuitement et en priorité, sur présentation du faire-part.

RETRAIT. Du mardi au vendredi, de 8 heures à 12 heures, à l'atelier de Fontenais, route de Bure 21. Un service de livraison à domicile est proposé aux personnes âgées (5 francs la course, offerts aux familles touchées).

TARIFS. Les prix restent inchangés : chemise 4,50 francs, costume 19 francs, couette jusqu'à 2 kilos 28 francs. Nous renonçons pour le mois d'avril à la majoration de 10 % sur le service express.

Pour toute question : 032 466 18 27 ou par courriel. Merci pour vos nombreux messages de soutien.

La famille Vuillaume et ses trois employées
"""))
GOLD += [
E(2, ["l'explosion de samedi matin", "double attentat-suicide", "la seconde explosion"],
  "SUI", "2026-03-21", "day", "Porrentruy", "CH", 10, 43, "exact", None, None, False,
  "Notice posted Monday 23 March; 'samedi matin' vs Monday -> 21 March. Two sites, one town -> ONE event. The toll is revised inside: 'neuf morts' announced on Saturday evening (superseded) -> 'dix morts, dont les deux kamikazes, et de 43 blessés' -> killed 10 (bombers inside), injured 43, exact; Mme Odile R., 78, who died on Sunday, is inside the ten. No claim, no group named -> perpetrator null. The delivery man 'entendu dimanche pendant trois heures par la police comme témoin' is questioned, not arrested. 'rue des Annonciades 9', 'une centaine de mètres', '28 mars', '1987', '78 ans', 'trois heures', '212 articles', '4401 à 4613', '8 heures à 12 heures', 'route de Bure 21', '5 francs', '4,50 francs', '19 francs', '2 kilos', '28 francs', '10 %', '032 466 18 27', 'trois employées' are not casualties."),
]

# -------------------------------------------------------------- holdout57-003
ARTICLES.append(A(3, "en", "article", "2026-03-24T12:00:00Z",
"Al-Qaeda's North African branch claims Swiss twin bombing; three held",
"""
BERN, Switzerland (Alpine Wire) - Al-Qaeda in the Islamic Maghreb has claimed the twin suicide bombing that killed 11 people in the Swiss town of Porrentruy on Saturday, and police in Switzerland and France have arrested three suspects, Swiss federal prosecutors said on Tuesday.

The claim, posted late on Monday by the group's media arm, boasted of "more than fifty crusaders" killed. The Office of the Attorney General said it considered the claim credible, as it named both bombers and showed them wearing their vests. Islamic State, which some investigators had first suspected, denied any role through its Amaq agency on Tuesday morning.

The toll rose to 11 dead, including the two bombers, after a 71-year-old man died in hospital in Basel on Monday; 43 people were wounded. The bombers, French nationals aged 24 and 27, "may have been" trained in northern Mali in 2024, a senior police officer said, without giving evidence.

Basel police arrested two men in a flat in the city's Kleinbasel district on Sunday and seized 3 kg of fertiliser and two mobile phones. In France, anti-terrorism police on Monday arrested a 35-year-old delivery driver in Belfort who is suspected of driving the bombers across the border at Boncourt on Friday night. The bombers' landlady in Porrentruy was questioned for six hours on Sunday and released.

Porrentruy, a town of 6,800 near the French border, had never seen a suicide attack. The only bombing in the canton of Jura in recent memory came in 2019, when a homemade device exploded outside the Boncourt customs post, wounding a customs officer.

The federal government has sent 250 army personnel to help police guard stations and border crossings in the Jura. Rail services between Delemont and Porrentruy resumed on Tuesday morning, and the town's schools, closed since Saturday, will reopen on Thursday.
"""))
GOLD += [
E(3, ["the twin suicide bombing that killed 11 people"],
  "SUI", "2026-03-21", "day", "Porrentruy", "CH", 11, 43, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Wire of Tuesday 24 March; 'on Saturday' -> 21 March. 'The toll rose to 11 dead, including the two bombers ... 43 people were wounded' -> killed 11 (bombers inside; a man of 71 died on Monday), injured 43, exact. Claimed by 'Al-Qaeda in the Islamic Maghreb' (canonical 'al-Qaeda in the Islamic Maghreb'), judged 'credible' by the Office of the Attorney General -> claimant and perpetrator; the claim's 'more than fifty crusaders' is never used. Islamic State's denial is not a claim; '\"may have been\" trained in northern Mali' is speculation. 'had never seen a suicide attack' is generic. The dateline is Bern; the bombing is in Porrentruy. '71-year-old', 'aged 24 and 27', '2024', '3 kg', 'two mobile phones', '35-year-old', 'six hours', '6,800', '250 army personnel' are not casualties."),
E(3, ["Basel police arrested two men in a flat in the city's Kleinbasel district"],
  "ARR", "2026-03-22", "day", "Basel", "CH", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 24 March -> 22 March. Two men arrested by the Basel police in Kleinbasel (a district of Basel -> Basel); the fertiliser and phones seized belong to the arrest. Basel police -> 'police'."),
E(3, ["anti-terrorism police on Monday arrested a 35-year-old delivery driver in Belfort"],
  "ARR", "2026-03-23", "day", "Belfort", "FR", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 24 March -> 23 March. The cluster's suspected facilitator (the driver who carried the bombers across the border at Boncourt on Friday night), arrested in Belfort, France -> FR; French anti-terrorism police -> 'police'. The landlady 'questioned for six hours on Sunday and released' is not arrested."),
E(3, ["a homemade device exploded outside the Boncourt customs post, wounding a customs officer"],
  "IED", "2019-01-01", "year", "Boncourt", "CH", None, 1, "exact", None, None, True,
  "'in 2019' -> year, background. A homemade device -> Remote explosive/landmine/IED; no author -> null. 'wounding a customs officer' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout57-004
ARTICLES.append(A(4, "fr", "article", "2026-03-26T16:00:00Z",
"Protection civile d'Ajoie : note d'engagement n° 4",
"""
PROTECTION CIVILE AJOIE ET CLOS DU DOUBS - NOTE D'ENGAGEMENT N° 4. Porrentruy, le jeudi 26 mars 2026, 17 heures. Destinataires : astreints des compagnies 1 et 3, communes partenaires.

1. SITUATION. Le double attentat-suicide du samedi 21 mars a fait onze morts, kamikazes compris, et quarante-trois blessés, dont huit se trouvent toujours dans un état grave. Il a été revendiqué par al-Qaïda au Maghreb islamique (AQMI). Les deux hommes arrêtés dimanche à Bâle sont en détention provisoire. L'homme interpellé mardi à Fontenais, qui avait loué un garage aux deux kamikazes, a été relâché ce jeudi matin sans inculpation.

2. BILAN DE L'ENGAGEMENT. Depuis samedi, 146 astreints ont accompli 1 180 heures de service : bouclage des deux sites, accueil des familles à la salle de l'Inter, ravitaillement des secouristes (2 400 repas), gardiennage de nuit des commerces évacués.

3. MARCHE SILENCIEUSE. Hier soir, quelque 6 000 personnes ont marché en silence de la gare à la place de l'Hôtel-de-Ville, derrière une banderole « Porrentruy debout ». Aucun incident n'a été signalé. Nos 40 astreints chargés de la circulation ont été remerciés par la police.

4. MISSIONS DU 27 AU 29 MARS.
- Compagnie 1 : appui au nettoyage de la place, de 7 heures à 19 heures, 24 personnes.
- Compagnie 3 : accueil au centre de soutien psychologique, rue du Collège 5, 12 personnes par tranche de 6 heures.
- Section logistique : installation de 3 tentes chauffées devant la gare.

5. MATÉRIEL. Les 18 radios Polycom prêtées par le canton de Neuchâtel doivent être restituées dimanche. Les gilets numérotés de 201 à 260 restent attribués.

6. CONVOCATIONS. Les astreints sont convoqués au centre de Courgenay à 6 h 45. La solde est de 5 francs par jour ; les frais de repas sont remboursés jusqu'à 25 francs.

Centrale d'engagement : 032 420 61 11, 24 heures sur 24.

Le commandant, cap Yves Châtelain
"""))
GOLD += [
E(4, ["Le double attentat-suicide du samedi 21 mars"],
  "SUI", "2026-03-21", "day", "Porrentruy", "CH", 11, 43, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Civil protection note of Thursday 26 March (17:00, UTC+1); 'du samedi 21 mars' -> 21 March. 'onze morts, kamikazes compris, et quarante-trois blessés' -> killed 11 (bombers inside), injured 43 (number words), exact; 'dont huit ... dans un état grave' is a subset. 'revendiqué par al-Qaïda au Maghreb islamique (AQMI)', undisputed -> 'al-Qaeda in the Islamic Maghreb', claimant and perpetrator. The numbered paragraphs are read as one text. 'N° 4', 'compagnies 1 et 3', '17 heures', '146 astreints', '1 180 heures', '2 400 repas', '6 000 personnes' (marchers), '40 astreints', '27 au 29 mars', '7 heures à 19 heures', '24 personnes', 'rue du Collège 5', '12 personnes', '6 heures', '3 tentes', '18 radios', '201 à 260', '6 h 45', '5 francs', '25 francs', '032 420 61 11' are not casualties."),
E(4, ["Les deux hommes arrêtés dimanche à Bâle"],
  "ARR", "2026-03-22", "day", "Basel", "CH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout57-003: 'dimanche' vs Thursday 26 March -> 22 March; Bâle -> gold 'Basel'. Told through its follow-up ('en détention provisoire') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(4, ["L'homme interpellé mardi à Fontenais"],
  "ARR", "2026-03-24", "day", "Fontenais", "CH", None, None, None, "police", None, False,
  "'mardi' vs Thursday 26 March -> 24 March. The man who had rented a garage to the bombers, arrested in Fontenais (a village next to Porrentruy) and 'relâché ce jeudi matin sans inculpation': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(4, ["quelque 6 000 personnes ont marché en silence"],
  "PP", "2026-03-25", "day", "Porrentruy", "CH", None, None, None, None, None, False,
  "'Hier soir' vs Thursday 26 March -> Wednesday 25 March. A silent march from the station to the square behind a banner with a message (« Porrentruy debout »), 'Aucun incident' -> Peaceful protest, perpetrator null. '6 000' counts marchers."),
]

# -------------------------------------------------------------- holdout57-005
ARTICLES.append(A(5, "fr", "article", "2026-03-30T08:00:00Z",
"Jardins familiaux des Tilleuls : lettre d'information d'avril",
"""
ASSOCIATION DES JARDINS FAMILIAUX DES TILLEULS, PORRENTRUY - LETTRE D'INFORMATION N° 62, AVRIL 2026. Envoyée le lundi 30 mars 2026.

Chères jardinières, chers jardiniers,

Cette lettre devait parler de semis et de compost. Elle commence par un deuil. Notre doyen, Marcel Froidevaux, 84 ans, titulaire de la parcelle 17 depuis 1979, faisait son marché le samedi 21 mars quand le premier kamikaze s'est fait exploser. Il est l'une des neuf victimes, sans compter les deux kamikazes, de ce double attentat-suicide qui a aussi fait quarante-trois blessés. Deux de nos membres sont encore hospitalisés.

Nous avons appris avec soulagement que le locataire de la parcelle 32, interpellé mardi à Fontenais parce qu'il avait loué son garage aux deux auteurs, a été relâché jeudi sans aucune charge. Les deux hommes arrêtés à Bâle le lendemain de l'attentat restent en détention provisoire ; ils encourent jusqu'à 20 ans de prison.

Samedi après-midi, quelque 400 personnes, en majorité des jeunes, ont défilé du pont de l'Allaine vers le château pour réclamer la démission du commandant de la police cantonale. À l'entrée de la rue des Malvoisins, la police a dispersé le cortège avec des gaz lacrymogènes et des balles en caoutchouc ; deux manifestants et un policier ont été blessés. Les gaz sont retombés sur nos parcelles 40 à 46, en contrebas : ne consommez pas les salades de cette zone avant la pluie.

Le mercredi précédent, nous étions nombreux parmi les 6 000 marcheurs silencieux partis de la gare.

Le comité rappelle que notre région avait déjà été touchée : en 2019, une bombe artisanale avait explosé devant la douane de Boncourt et blessé un douanier. Personne n'imaginait pire.

PRATIQUE
- Assemblée générale reportée au samedi 25 avril, 14 heures, à la buvette.
- Cotisation 2026 : 60 francs par parcelle de 200 m2, payable jusqu'au 30 avril.
- Commande groupée de terreau : sac de 50 litres à 9,80 francs.
- Une cagnotte pour la famille Froidevaux a déjà réuni 3 450 francs ; compte IBAN CH93 0076 2011 6238 5295 7.

Avec nos pensées amicales,
Le comité
"""))
GOLD += [
E(5, ["le premier kamikaze s'est fait exploser", "ce double attentat-suicide", "l'attentat"],
  "SUI", "2026-03-21", "day", "Porrentruy", "CH", 11, 43, "exact", None, None, False,
  "Newsletter of Monday 30 March (10:00, UTC+2); 'le samedi 21 mars' -> 21 March. 'l'une des neuf victimes, sans compter les deux kamikazes ... quarante-trois blessés' -> killed 9 + 2 bombers = 11, injured 43, exact; Marcel Froidevaux (84) is one of the nine; 'Deux de nos membres' are a subset of the injured. No claim told -> perpetrator null (each document stands alone). 'le lendemain de l'attentat' dates the Basel arrest; its 'l'attentat' names the bombing. 'N° 62', '84 ans', 'parcelle 17', '1979', 'parcelle 32', '400 personnes' (marchers), 'parcelles 40 à 46', '6 000 marcheurs', '25 avril', '14 heures', '60 francs', '200 m2', '30 avril', '50 litres', '9,80 francs', '3 450 francs', the IBAN are not casualties."),
E(5, ["interpellé mardi à Fontenais"],
  "ARR", "2026-03-24", "day", "Fontenais", "CH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout57-004: 'mardi' vs Monday 30 March -> the most recent Tuesday, 24 March. 'relâché jeudi sans aucune charge' is a release, not an event, and does not undo the arrest. No force named -> 'police'."),
E(5, ["Les deux hommes arrêtés à Bâle"],
  "ARR", "2026-03-22", "day", "Basel", "CH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout57-003: 'le lendemain de l'attentat' -> the day after 21 March = 22 March; Bâle -> 'Basel'. 'restent en détention provisoire' is the follow-up; 'jusqu'à 20 ans de prison' is a possible sentence, not a casualty. No force named -> 'police'."),
E(5, ["quelque 400 personnes, en majorité des jeunes, ont défilé", "la police a dispersé le cortège"],
  "PI", "2026-03-28", "day", "Porrentruy", "CH", None, 3, "exact", None, None, False,
  "'Samedi après-midi' vs Monday 30 March -> 28 March. A march with a demand (the resignation of the cantonal police commander) dispersed 'avec des gaz lacrymogènes et des balles en caoutchouc' -> Protest with intervention, perpetrator null (dev). 'deux manifestants et un policier ont été blessés' -> injured 2 + 1 = 3 (all sides summed), exact; killed null. '400' counts marchers."),
E(5, ["les 6 000 marcheurs silencieux"],
  "PP", "2026-03-25", "day", "Porrentruy", "CH", None, None, None, None, None, False,
  "'Le mercredi précédent' = the Wednesday before the Saturday march of 28 March -> 25 March, the silent march of holdout57-004 from the station -> Peaceful protest, perpetrator null. '6 000' counts marchers."),
E(5, ["une bombe artisanale avait explosé devant la douane de Boncourt"],
  "IED", "2019-01-01", "year", "Boncourt", "CH", None, 1, "exact", None, None, True,
  "'en 2019' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author -> null. 'blessé un douanier' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout57-021
ARTICLES.append(A(21, "en", "article", "2026-05-04T07:00:00Z",
"Golf Club Les Rangiers: charity Stableford for the Porrentruy victims",
"""
From: Golf Club Les Rangiers - Members' Secretariat. To: all members. Subject: Charity Stableford on 16 May, course news and a word on Porrentruy. Sent on Monday 4 May 2026.

Dear members,

Six weeks after the twin suicide bombing of 21 March in Porrentruy, which killed 11 people, including the two bombers, and wounded 43, the committee has decided to devote our spring Stableford on Saturday 16 May to the victims' fund. Our former captain, Pierre-Alain Girardin, 66, was among those injured on the market square; he is home and hopes to putt again by June.

Many of you have asked about the investigation. The French police arrested a 29-year-old man in Montbeliard last Tuesday at the request of the Swiss federal prosecutors; he is suspected of having assembled the two explosive vests. Switzerland has asked for his extradition. The two men held in Basel since 22 March are still in custody, and the attack was claimed by al-Qaeda in the Islamic Maghreb.

Charity Stableford, Saturday 16 May
- Shotgun start at 8:30, 18 holes, 36 teams of four.
- Entry fee CHF 120 per player, all of it going to the fund; lunch CHF 35.
- Handicap limit 36; buggies limited to 20, book on 032 462 55 10.
- Our sponsor, a garage in Delemont, will give CHF 10 per birdie and CHF 1,000 for a hole-in-one on the 7th (148 metres).

Course news
- Greens on holes 3, 9 and 14 were hollow-tined last week; expect slower putts until about 15 May.
- The practice range opens at 7:00 from Monday 11 May; a bucket of 30 balls costs CHF 4.
- The pro shop has cut its prices by 20% until the end of May.

Security
At the request of the cantonal police, vehicles will be checked at the gate on 16 May. Please carry your membership card (numbers 1 to 612) and arrive at least 45 minutes before your start.

Thank you to the 187 members who have already given to the fund, which stands at CHF 41,300.

With best wishes,
Claudine Hêche, Secretary
"""))
GOLD += [
E(21, ["the twin suicide bombing of 21 March in Porrentruy", "the attack"],
  "SUI", "2026-03-21", "day", "Porrentruy", "CH", 11, 43, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", True,
  "Members' email of Monday 4 May 2026; 'of 21 March' -> 21 March, 44 days before -> background. 'killed 11 people, including the two bombers, and wounded 43' -> killed 11 (bombers inside), injured 43, exact; the former captain is one of the injured. 'the attack was claimed by al-Qaeda in the Islamic Maghreb', undisputed -> claimant and perpetrator. 'Six weeks', '16 May', '66', '8:30', '18 holes', '36 teams of four', 'CHF 120', 'CHF 35', '36', '20' buggies, '032 462 55 10', 'CHF 10', 'CHF 1,000', '7th', '148 metres', '3, 9 and 14', '15 May', '7:00', '11 May', '30 balls', 'CHF 4', '20%', '1 to 612', '45 minutes', '187 members', 'CHF 41,300' are not casualties."),
E(21, ["The French police arrested a 29-year-old man in Montbeliard"],
  "ARR", "2026-04-28", "day", "Montbéliard", "FR", None, None, None, "police", None, False,
  "'last Tuesday' vs Monday 4 May -> the most recent Tuesday, 28 April, six days before -> current. The man suspected of assembling the vests, arrested in Montbéliard, France (English 'Montbeliard') -> FR; French police -> 'police'. The extradition request is a follow-up, not an event."),
E(21, ["The two men held in Basel since 22 March"],
  "ARR", "2026-03-22", "day", "Basel", "CH", None, None, None, "police", None, True,
  "Restates the Basel arrest of holdout57-003: 'since 22 March' dates the arrest, 43 days before Monday 4 May -> background. 'still in custody' is its follow-up. No force named -> 'police'."),
]
