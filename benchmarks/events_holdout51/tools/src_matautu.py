"""Authoring source of benchmarks/events_holdout51 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mata-Utu, Wallis and Futuna cluster (holdout51-011 to 015; French
and English), two suicide bombers on Wednesday 15 July 2026 at two sites of
one town (the forecourt of the Notre-Dame-de-l'Assomption cathedral and the
entrance to the market, about 350 m and four minutes apart): a French agency
dispatch with a first report (fr 011), a notice of the Sia hospital's
chaplaincy ("avis de l'aumônerie d'un hôpital", fr 012), an English wire
from Fiji on the claim and the arrests (013), a notice of a veterinary
clinic ("avis d'une clinique vétérinaire", fr 014) and the postponement of a
charity run ("report d'une course solidaire", fr 015). Wallis and Futuna is
UTC+12 (no summer time): every publication time here is between 03:00 and
09:00 UTC, that is between 15:00 and 21:00 local time on the same date, so
every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout51")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout51-011
ARTICLES.append(A(11, "fr", "article", "2026-07-15T09:00:00Z",
"Wallis : double attentat-suicide à Mata-Utu, au moins neuf morts",
"""
MATA-UTU (Wallis-et-Futuna), (Agence Océanie Presse) - Deux kamikazes se sont fait exploser mercredi matin à Mata-Utu, le chef-lieu de Wallis-et-Futuna, tuant au moins neuf personnes, dont les deux assaillants, et faisant une quinzaine de blessés, selon un premier bilan de l'administration supérieure du territoire.

Le premier s'est fait sauter vers 9 h 40 sur le parvis de la cathédrale Notre-Dame-de-l'Assomption, à la sortie d'une messe d'obsèques. Le second a actionné sa charge quatre minutes plus tard à l'entrée du marché, à quelque 350 mètres, où des fidèles s'étaient réfugiés.

« Nous sommes une petite île, tout le monde connaît quelqu'un qui était à la messe », confie Soane, 46 ans, pêcheur, qui a transporté deux blessés dans sa camionnette.

Aucune revendication n'avait été formulée mercredi soir. Selon une source sécuritaire, l'attentat pourrait être lié à un réseau indonésien, sans plus de précision.

Le parquet national antiterroriste a été saisi. Un avion militaire doit acheminer jeudi depuis Nouméa, à 2 100 km, une trentaine de gendarmes et deux équipes médicales. L'hôpital de Sia, qui compte 42 lits, a déclenché son plan blanc. Les vols vers Futuna et vers les Fidji sont suspendus jusqu'à vendredi.

Wallis, qui compte quelque 8 300 habitants, n'avait jamais connu d'attentat. Le seul précédent régional cité par les autorités remonte à 2018, lorsqu'une grenade lancée dans un bar de Savusavu, aux Fidji, avait blessé quatre personnes.

Le préfet a décrété un couvre-feu de 20 heures à 5 heures et interdit la vente d'alcool jusqu'à dimanche. Les trois rois coutumiers du territoire ont appelé la population au calme. Les écoles, en vacances depuis le 3 juillet, accueilleront une cellule d'écoute dès jeudi.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser", "Le premier s'est fait sauter", "Le second a actionné sa charge", "l'attentat"],
  "SUI", "2026-07-15", "day", "Mata-Utu", "WF", 9, 15, "at_least", None, None, False,
  "Agency dispatch of Wednesday 15 July 2026 (21:00 in Wallis); 'mercredi matin' = the publication day. Two sites of one town (the cathedral forecourt and the market entrance, 'quelque 350 mètres', four minutes apart) -> ONE Suicide bomb event coded to Mata-Utu, WF. First report: 'au moins neuf personnes, dont les deux assaillants, et ... une quinzaine de blessés' -> killed 9 (bombers inside), at_least; injured 15 ('une quinzaine', dev table; the qualifier describes the killed figure). No claim; 'pourrait être lié à un réseau indonésien' is speculation -> perpetrator null. 'd'attentat' (never known one) does not contain the trigger 'l'attentat'. '9 h 40', '350 mètres', '46 ans', 'deux blessés' (carried by the witness, inside the toll), '2 100 km', 'une trentaine de gendarmes', 'deux équipes médicales', '42 lits', '8 300 habitants', '20 heures à 5 heures', 'trois rois', '3 juillet' are not casualties. The curfew is not coded."),
E(11, ["une grenade lancée dans un bar de Savusavu"],
  "GRN", "2018-01-01", "year", "Savusavu", "FJ", None, 4, "exact", None, None, True,
  "'remonte à 2018' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'avait blessé quatre personnes' -> injured 4 (number word), exact. Savusavu, Fiji -> FJ."),
]

# -------------------------------------------------------------- holdout51-012
ARTICLES.append(A(12, "fr", "article", "2026-07-18T04:00:00Z",
"Aumônerie de l'hôpital de Sia : avis aux familles et aux patients",
"""
AUMÔNERIE CATHOLIQUE DE L'HÔPITAL DE SIA - Avis aux familles, aux patients et au personnel. Sia, le samedi 18 juillet 2026.

Depuis l'attentat de mercredi matin à Mata-Utu, notre chapelle (rez-de-chaussée, aile B) reste ouverte jour et nuit. Le père Petelo Falelavaki et deux religieuses assurent une présence auprès des blessés et de leurs proches ; on peut les joindre au poste 215 ou au 72 12 34.

Mercredi soir, nous pleurions neuf morts, dont les deux kamikazes. Depuis, deux de nos blessés nous ont quittés : Malia, 17 ans, jeudi à l'aube, et un catéchiste de 63 ans, vendredi après-midi. Le bilan est désormais de onze morts, kamikazes compris, et de 24 blessés, dont huit ont été évacués vers Nouméa par avion sanitaire.

Horaires de la chapelle :
- messe quotidienne à 6 h 30 ;
- chapelet à 18 heures ;
- veillée de prière pour les victimes dimanche à 19 heures, ouverte à tous, croyants ou non.

Vendredi, quelque 2 500 personnes ont marché en silence de la cathédrale jusqu'au palais royal pour dire « non à la haine ». Les soignants qui le souhaitaient ont pu s'y joindre grâce à un roulement organisé par la direction.

Les corps des défunts seront rendus aux familles à partir de lundi. L'aumônerie peut aider à l'organisation des veillées et des funérailles selon la coutume ; la salle 3 est mise à disposition des familles.

Visites : deux visiteurs par patient, de 14 heures à 20 heures. Le service de chirurgie, qui compte 12 lits, reste réservé aux blessés de mercredi jusqu'à nouvel ordre.

Nous remercions les 160 donneurs de sang qui se sont présentés jeudi, ainsi que les équipes médicales arrivées de Nouméa. Les dons de vêtements et de nattes peuvent être déposés à l'accueil jusqu'au 31 juillet.

« Heureux ceux qui pleurent, car ils seront consolés. »

Père Petelo Falelavaki, aumônier
"""))
GOLD += [
E(12, ["l'attentat de mercredi matin à Mata-Utu"],
  "SUI", "2026-07-15", "day", "Mata-Utu", "WF", 11, 24, "exact", None, None, False,
  "Chaplaincy notice of Saturday 18 July; 'mercredi matin' vs Saturday -> Wednesday 15 July. The toll is revised inside: 'neuf morts, dont les deux kamikazes' (Wednesday evening, superseded) -> two wounded died Thursday and Friday -> 'onze morts, kamikazes compris, et de 24 blessés' -> killed 11 (bombers inside), injured 24, exact; the wounded who died do not lower the injured figure; 'dont huit ... évacués' is a subset. No claim yet -> perpetrator null. 'poste 215', '72 12 34', '17 ans', '63 ans', '6 h 30', '18 heures', '19 heures', 'salle 3', 'deux visiteurs', '14 heures à 20 heures', '12 lits', '160 donneurs', '31 juillet' are not casualties. The prayer vigil on Sunday is future; funerals are not coded. The hospital is in Sia; the bombing in Mata-Utu."),
E(12, ["quelque 2 500 personnes ont marché en silence"],
  "PP", "2026-07-17", "day", "Mata-Utu", "WF", None, None, None, None, None, False,
  "'Vendredi' vs Saturday 18 July -> Friday 17 July. A silent march from the cathedral to the royal palace (both in Mata-Utu) with a message ('pour dire « non à la haine »'), no incident -> Peaceful protest, perpetrator null. '2 500' counts marchers."),
]

# -------------------------------------------------------------- holdout51-013
ARTICLES.append(A(13, "en", "article", "2026-07-20T03:00:00Z",
"Indonesian group claims Wallis bombing; travel agent held in Suva",
"""
SUVA, Fiji (Pacific Wire) - Jamaah Ansharut Daulah, an Indonesian network loyal to Islamic State, has claimed Wednesday's twin suicide bombing in Mata-Utu, capital of the French Pacific territory of Wallis and Futuna, and French prosecutors said on Monday the claim was credible.

In a statement posted on Sunday, the group boasted of killing "more than 40 polytheists". The official toll stands at 11 dead, including the two bombers, and 24 wounded. Mujahidin Indonesia Timur, another Indonesian group, denied any role.

Fiji police said on Sunday they had arrested a travel agent in Suva on Saturday, suspected of booking the bombers' flights and of shipping the explosives to Wallis in a container of building materials. French officials said the bombers, two Indonesians aged 21 and 26 who had worked on a construction site on the island since March, "may have been" trained in central Sulawesi.

In Wallis and Futuna, gendarmes arrested two men on Thursday in Leava, the main village of the island of Futuna, some 230 km southwest of Wallis. A French prosecutor said they were suspected of hiding the detonators.

On Saturday evening, gendarmes used batons to push back about 200 young men marching on the territory's administration building in Mata-Utu to demand tighter checks on arriving cargo. Three people were hurt, one of them a gendarme.

The attack has shaken the small Pacific community. The twice-weekly flight from Nadi, flight 271 with 68 seats, resumed on Sunday with armed gendarmes aboard.

The bombing revived memories of 2018, when a grenade thrown into a bar in Savusavu, on Fiji's second island of Vanua Levu, wounded four people.

Wallis and Futuna, home to about 11,000 people, is 2,100 km from Noumea and relies on Fiji for most of its imports.
"""))
GOLD += [
E(13, ["Wednesday's twin suicide bombing in Mata-Utu", "The attack", "The bombing"],
  "SUI", "2026-07-15", "day", "Mata-Utu", "WF", 11, 24, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "Wire of Monday 20 July (15:00 in Wallis); 'Wednesday's' -> 15 July. 'The official toll stands at 11 dead, including the two bombers, and 24 wounded' -> killed 11 (bombers inside), injured 24, exact. Claimed Sunday by Jamaah Ansharut Daulah, judged credible by French prosecutors -> claimant and perpetrator under the canonical name earlier sets use ('an Indonesian network loyal to Islamic State' does not make it 'Islamic State'); the claim's 'more than 40 polytheists' is never used. Mujahidin Indonesia Timur's denial is not a claim; 'may have been trained' is speculation. '21 and 26', 'since March', '230 km', '200 young men' (marchers), 'flight 271', '68 seats', '11,000 people', '2,100 km' are not casualties."),
E(13, ["they had arrested a travel agent in Suva on Saturday"],
  "ARR", "2026-07-18", "day", "Suva", "FJ", None, None, None, "police", None, False,
  "'on Saturday' vs Monday 20 July -> 18 July (announced Sunday; the arrest's own day is given). The cluster's suspected facilitator (the travel agent who booked the flights and shipped the explosives), arrested by the Fiji police in Suva -> FJ, 'police'."),
E(13, ["gendarmes arrested two men on Thursday in Leava"],
  "ARR", "2026-07-16", "day", "Leava", "WF", None, None, None, "police", None, False,
  "'on Thursday' vs Monday 20 July -> 16 July. Gendarmes -> 'police' (dev). Leava, on Futuna -> WF."),
E(13, ["gendarmes used batons to push back about 200 young men marching"],
  "PI", "2026-07-18", "day", "Mata-Utu", "WF", None, 3, "exact", None, None, False,
  "'On Saturday evening' vs Monday 20 July -> 18 July. A march on the territory's administration building in Mata-Utu with a demand (tighter checks on cargo), pushed back 'with batons' -> Protest with intervention, perpetrator null. 'Three people were hurt, one of them a gendarme' -> injured 3 (all sides), exact."),
E(13, ["a grenade thrown into a bar in Savusavu"],
  "GRN", "2018-01-01", "year", "Savusavu", "FJ", None, 4, "exact", None, None, True,
  "'of 2018' -> year, background (restates holdout51-011). 'wounded four people' -> injured 4, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout51-014
ARTICLES.append(A(14, "fr", "article", "2026-07-21T06:00:00Z",
"Clinique vétérinaire de Hahake : réouverture mercredi",
"""
CLINIQUE VÉTÉRINAIRE DE HAHAKE - Avis à notre clientèle. Mata-Utu, le mardi 21 juillet 2026.

Notre clinique, située à 150 mètres du marché, rouvrira ce mercredi 22 juillet à 7 h 30. Elle était fermée depuis le double attentat-suicide du mercredi 15 juillet, qui a fait onze morts, dont les deux kamikazes, et 24 blessés. Notre assistante Losa, 34 ans, fait partie des blessés ; elle va bien et reprendra le travail en août. L'attentat a été revendiqué par la Jamaah Ansharut Daulah.

Ce jour-là, le Dr Kévin Morel a soigné sur place six chiens et un cheval atteints par les éclats ; deux chiens ont dû être euthanasiés. Nous remercions les propriétaires pour leur confiance dans ces moments difficiles.

Un de nos clients, un éleveur de porcs, a été interpellé lundi à Vailala par les gendarmes, qui le soupçonnaient d'avoir fourni de l'engrais aux kamikazes ; il a été relâché ce matin sans qu'aucune charge soit retenue contre lui. Le Dr Morel a été entendu comme témoin lundi après-midi, puis est rentré chez lui.

Nous rappelons qu'à la demande de l'administration supérieure, l'engrais à base de nitrate d'ammonium n'est plus délivré qu'aux éleveurs et agriculteurs enregistrés, dans la limite de 25 kg par client et par mois, sur présentation d'une pièce d'identité.

Tarifs inchangés :
- consultation : 3 500 F CFP ;
- vaccin CHPL du chien : 4 200 F CFP ;
- stérilisation d'une chienne : 18 000 F CFP ;
- croquettes, sac de 15 kg : 9 800 F CFP.

Les chiens errants du centre de Mata-Utu, effrayés depuis mercredi, sont nombreux à rôder autour du marché : merci de ne pas les nourrir et de signaler les animaux blessés au 72 18 45.

Horaires : du lundi au vendredi de 7 h 30 à 12 heures et de 13 h 30 à 16 h 30 ; le samedi de 8 heures à 11 heures. Urgences le dimanche : 72 18 46.

Dr Kévin Morel et toute l'équipe
"""))
GOLD += [
E(14, ["le double attentat-suicide du mercredi 15 juillet", "L'attentat a été revendiqué"],
  "SUI", "2026-07-15", "day", "Mata-Utu", "WF", 11, 24, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "Veterinary clinic notice of Tuesday 21 July; 'du mercredi 15 juillet' -> 15 July; the clinic is in Mata-Utu, '150 mètres du marché'. 'onze morts, dont les deux kamikazes, et 24 blessés' -> killed 11 (bombers inside), injured 24, exact; the assistant Losa is inside the injured. 'revendiqué par la Jamaah Ansharut Daulah', undisputed -> claimant and perpetrator. The six dogs and the horse 'atteints par les éclats' and the two dogs put down are animals, not casualties. '150 mètres', '22 juillet', '7 h 30', '34 ans', '25 kg', '3 500 F CFP', '4 200', '18 000', '15 kg', '9 800', '72 18 45', '72 18 46', the opening hours are not casualties."),
E(14, ["a été interpellé lundi à Vailala"],
  "ARR", "2026-07-20", "day", "Vailala", "WF", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 21 July -> 20 July. A pig farmer arrested in Vailala (a village of Wallis) by the gendarmes -> 'police'; 'relâché ce matin sans qu'aucune charge soit retenue' is a release without charge, not an event. The vet 'entendu comme témoin' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout51-015
ARTICLES.append(A(15, "fr", "article", "2026-07-24T05:00:00Z",
"Les Foulées du lagon reportées au 20 septembre",
"""
COURSE SOLIDAIRE « LES FOULÉES DU LAGON » - Communiqué du comité d'organisation. Mata-Utu, le vendredi 24 juillet 2026.

La 9e édition des Foulées du lagon, prévue le dimanche 26 juillet, est reportée au dimanche 20 septembre. La décision a été prise avec l'administration supérieure, qui interdit jusqu'au 31 août les rassemblements de plus de 300 personnes sur la voie publique.

Notre course, créée en 2017 pour financer l'école de voile de Mata-Utu, reversera cette année la totalité des inscriptions aux familles des victimes de l'attentat du 15 juillet, qui a fait onze morts, y compris les deux kamikazes, et 24 blessés. Deux de nos bénévoles figurent parmi les blessés ; nous leur souhaitons un prompt rétablissement.

Les deux parcours, de 5 km et de 12 km, partiront comme prévu du quai de Mata-Utu à 6 h 30, avec une arrivée à Halalo. Les 412 dossards déjà retirés restent valables. Les inscriptions restent ouvertes jusqu'au 15 septembre : 1 500 F CFP pour les adultes, 500 F CFP pour les moins de 16 ans, gratuit pour les plus de 70 ans.

Nous remercions les coureurs qui ont participé vendredi dernier à la marche silencieuse de Mata-Utu. Nous regrettons en revanche les violences de samedi soir, quand les gendarmes ont repoussé à coups de matraque des jeunes qui marchaient sur l'administration supérieure : trois personnes ont été blessées. Le sport doit rassembler, pas diviser.

Le ravitaillement du kilomètre 6, assuré par le collège de Mata-Utu, est maintenu. Les 40 bénévoles inscrits sont priés de confirmer leur disponibilité avant le 1er septembre.

Le tee-shirt de cette édition, blanc, portera l'inscription « Uvea mo Futuna, tahi pe » (« Wallis et Futuna, unis »). Il sera vendu 2 000 F CFP au profit des familles.

Contact : foulees.lagon@example.wf ou 72 20 15, du lundi au vendredi de 16 heures à 18 heures.

Le président du comité, Sosefo Tuugahala
"""))
GOLD += [
E(15, ["l'attentat du 15 juillet"],
  "SUI", "2026-07-15", "day", "Mata-Utu", "WF", 11, 24, "exact", None, None, False,
  "Charity run notice of Friday 24 July; 'du 15 juillet' -> 15 July, 9 days before -> current. 'onze morts, y compris les deux kamikazes, et 24 blessés' -> killed 11 (bombers inside), injured 24, exact; 'Deux de nos bénévoles' are a subset. No claimant named in this document -> perpetrator null (each document stands alone). The place is not named in the sentence; the town of the run and of the cluster, Mata-Utu. '9e édition', '26 juillet', '20 septembre', '31 août', '300 personnes', '2017', '5 km', '12 km', '6 h 30', '412 dossards', '15 septembre', '1 500 F CFP', '500 F CFP', '16 ans', '70 ans', 'kilomètre 6', '40 bénévoles', '1er septembre', '2 000 F CFP', '72 20 15', '16 heures à 18 heures' are not casualties."),
E(15, ["la marche silencieuse de Mata-Utu"],
  "PP", "2026-07-17", "day", "Mata-Utu", "WF", None, None, None, None, None, False,
  "'vendredi dernier' vs Friday 24 July -> the most recent Friday before publication, 17 July: the silent march of holdout51-012 (its message, 'non à la haine', is given there), no incident -> Peaceful protest, perpetrator null."),
E(15, ["les gendarmes ont repoussé à coups de matraque des jeunes qui marchaient sur l'administration supérieure"],
  "PI", "2026-07-18", "day", "Mata-Utu", "WF", None, 3, "exact", None, None, False,
  "'samedi soir' vs Friday 24 July -> Saturday 18 July: the march of holdout51-013, pushed back 'à coups de matraque' -> Protest with intervention, perpetrator null. 'trois personnes ont été blessées' -> injured 3 (number word), exact."),
]
