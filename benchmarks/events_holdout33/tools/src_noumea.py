"""Authoring source of benchmarks/events_holdout33 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nouméa, New Caledonia cluster (holdout33-016 to 020; French and
English), two suicide bombers on Wednesday 9 September 2026 at two sites of
one town (the place des Cocotiers and the municipal market of the baie de la
Moselle, about 400 m and four minutes apart): a French TV news transcript
with speaker labels and a toll revised on air (fr 016), an English wire with
the claim and arrests (017), a French story on a "marche blanche" with a
"garde à vue" (fr 018), the record of a question to the government in the
National Assembly in Paris (fr 019) and a French timeline ("Repères") of
older incidents (fr 020). Nouméa is UTC+11: every Caledonian document is
published between 00:00 and 13:00 UTC, so its local date is its UTC date; the
Paris record (fr 019) is dated by its UTC (and Paris) date. Country code
NC (ISO 3166-1 for New Caledonia). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout33")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout33-016
ARTICLES.append(A(16, "fr", "transcript", "2026-09-09T09:15:00Z",
"Journal du soir de Calédonie Télévision, mercredi 9 septembre, 20 heures",
"""
PRÉSENTATEUR : Bonsoir. Nouméa a été frappée ce soir par un attentat d'une violence inédite. Vers 17 h 30, deux kamikazes se sont fait exploser à quatre minutes d'intervalle, d'abord place des Cocotiers, où se tenait un concert, puis devant le marché de la baie de la Moselle, à environ 400 mètres. Le premier bilan fait état d'au moins cinq morts. Sur place, Léa Wakaine.

JOURNALISTE : Oui, la place des Cocotiers est entièrement bouclée, et des dizaines de gendarmes mobiles quadrillent le centre-ville. Les secours ont évacué les blessés vers le Médipôle de Koutio, qui a déclenché son plan blanc et rappelé tous ses personnels. Un témoin, que nous avons rencontré il y a une heure, raconte.

TÉMOIN : J'étais avec ma fille de 8 ans près de la scène. Il y a eu un grand bruit, de la fumée, et tout le monde est tombé. On a couru jusqu'au port sans se retourner.

PRÉSENTATEUR : Léa, que dit-on de l'enquête ?

JOURNALISTE : Le parquet national antiterroriste s'est saisi. Aucune revendication pour l'instant. Un homme qui filmait la place quelques minutes avant les explosions a été interpellé sur place par la police et placé en garde à vue, mais les enquêteurs restent très prudents sur son rôle. Une source policière estime que l'attaque pourrait avoir été préparée depuis l'étranger, sans en dire plus.

PRÉSENTATEUR : Le haut-commissaire a décrété un couvre-feu de 21 heures à 5 heures dans le Grand Nouméa, et les vols de la soirée vers Sydney et Paris sont maintenus. Un numéro pour les familles : le 05 11 17.

Nous apprenons à l'instant un nouveau bilan, communiqué par le haut-commissariat : au moins neuf morts, dont les deux kamikazes, et plusieurs dizaines de blessés, dont une quinzaine en urgence absolue.

C'est le premier attentat-suicide jamais commis dans le Pacifique français. Nous restons en édition spéciale toute la soirée.
"""))
GOLD += [
E(16, ["un attentat d'une violence inédite", "deux kamikazes se sont fait exploser à quatre minutes d'intervalle", "l'attaque pourrait avoir été préparée", "le premier attentat-suicide jamais commis"],
  "SUI", "2026-09-09", "day", "Nouméa", "NC", 9, 12, "at_least", None, None, False,
  "'ce soir' = Wednesday 9 September (20:15 local, 09:15 UTC; same date). Two sites of one town (the place des Cocotiers and the baie de la Moselle market, about 400 m and four minutes apart) -> ONE Suicide bomb event. Toll revised on air: 'au moins cinq morts' -> 'au moins neuf morts, dont les deux kamikazes, et plusieurs dizaines de blessés' -> 9 (at_least, bombers inside), 12 ('plusieurs dizaines', dev table). 'une quinzaine en urgence absolue' is a subset. « pourrait avoir été préparée depuis l'étranger » names no group -> null. '17 h 30', '400 mètres', '8 ans', '21 heures à 5 heures', '05 11 17' are not casualties; 'des dizaines de gendarmes' are police."),
E(16, ["Un homme qui filmait la place quelques minutes avant les explosions a été interpellé"],
  "ARR", "2026-09-09", "day", "Nouméa", "NC", None, None, None, "police", None, False,
  "'ce soir', on the place des Cocotiers -> Nouméa, 9 September. 'interpellé sur place par la police et placé en garde à vue' -> Arrests, police, although his role is unclear."),
]

# -------------------------------------------------------------- holdout33-017
ARTICLES.append(A(17, "en", "article", "2026-09-10T02:00:00Z",
"Islamic State claims Noumea suicide attack as toll reaches 17",
"""
NOUMEA, New Caledonia (Pacific Wire) - Islamic State on Thursday claimed the twin suicide bombing that tore through a concert and a market in Noumea, the capital of the French Pacific territory of New Caledonia, on Wednesday evening. France's interior minister said in Paris that the claim was "credible" and that both bombers were known to intelligence services.

The blasts killed 15 people and wounded 54, the French High Commission said on Thursday morning. The two bombers also died. Among the dead are a 12-year-old girl and two Australian tourists, and 14 of the wounded are in a critical condition at the Médipôle hospital.

Police detained two men at dawn on Thursday in Païta, about 30 km north-west of the capital, in a house where investigators found 4 kg of fertiliser and wiring. A man detained on Wednesday evening near the concert stage, who had been filming the square, was released without charge overnight.

Investigators said the bombers, two brothers aged 21 and 24 who were born in Noumea, had travelled to Southeast Asia for several months in 2024 and may have been radicalised online.

New Caledonia, with about 270,000 inhabitants, has known political unrest but little jihadist violence. In 2019, a homemade bomb exploded under a gendarmerie vehicle in Bourail, slightly injuring one gendarme; no one was arrested.

Flights to Sydney, Brisbane and Auckland continued on Thursday under tight security. About 350 additional gendarmes were due to arrive from metropolitan France, 17,000 km away, by the weekend, and the territory's schools will stay closed until Monday.
"""))
GOLD += [
E(17, ["the twin suicide bombing that tore through a concert and a market in Noumea", "The blasts killed 15 people"],
  "SUI", "2026-09-09", "day", "Nouméa", "NC", 17, 54, "exact", "Islamic State", "Islamic State", False,
  "'on Wednesday evening' vs Thursday 10 September -> 9 September. 'Islamic State ... claimed', judged 'credible' by the minister -> claimant and perpetrator. 'The blasts killed 15 people and wounded 54 ... The two bombers also died' -> 15 + 2 = 17 (the text counts the bombers separately; like 'not counting'), 54, exact. '12-year-old', 'two Australian tourists' (inside the dead), '14 of the wounded' (a subset) are not separate figures. 'may have been radicalised online' names no group."),
E(17, ["Police detained two men at dawn on Thursday in Païta"],
  "ARR", "2026-09-10", "day", "Païta", "NC", None, None, None, "police", None, False,
  "'at dawn on Thursday' = publication day, 10 September. Police -> 'police'. '30 km' a distance, '4 kg of fertiliser' seized in the raid (belongs to the arrest)."),
E(17, ["A man detained on Wednesday evening near the concert stage"],
  "ARR", "2026-09-09", "day", "Nouméa", "NC", None, None, None, "police", None, False,
  "'on Wednesday evening' -> 9 September. Restated arrest of holdout33-016 (police there), told with his release ('released without charge overnight'): still one Arrests event in this document (a restated arrest is its own event); a reader could drop it because he was freed."),
E(17, ["a homemade bomb exploded under a gendarmerie vehicle in Bourail"],
  "IED", "2019-01-01", "year", "Bourail", "NC", None, 1, "exact", None, None, True,
  "'In 2019' -> year, background. A homemade bomb under a vehicle -> Remote explosive/landmine/IED, null author; 'slightly injuring one gendarme' -> injured 1, exact. '21 and 24' ages, '2024' a year of travel, '270,000 inhabitants', '350 additional gendarmes', '17,000 km' are not casualties."),
]

# -------------------------------------------------------------- holdout33-018
ARTICLES.append(A(18, "fr", "article", "2026-09-13T05:00:00Z",
"Nouméa : plus de dix mille personnes dans la marche blanche",
"""
Ils étaient plus de dix mille, samedi matin, à marcher en silence de la place des Cocotiers jusqu'au Congrès, à l'appel des coutumiers, des Églises et des associations de quartier. Des familles entières, des tee-shirts blancs, des photos des victimes, et une revendication, portée sur une grande banderole : « Plus jamais ça, vérité et protection pour nos enfants ». La marche s'est achevée vers midi, sans le moindre incident.

Trois jours plus tôt, mercredi soir, le double attentat-suicide de la place des Cocotiers et du marché de la baie de la Moselle avait endeuillé la ville. Le bilan s'élève désormais à dix-huit morts, dont les deux kamikazes, et cinquante-quatre blessés, après le décès vendredi au Médipôle d'une touriste australienne de 33 ans. L'attaque a été revendiquée par l'État islamique.

L'enquête progresse. Les deux hommes interpellés jeudi à Païta ont été mis en examen vendredi et placés en détention provisoire. Dans la nuit de vendredi à samedi, un troisième suspect, âgé de 31 ans, a été placé en garde à vue à Dumbéa : il est soupçonné d'avoir fourni les détonateurs, achetés en ligne pour 600 euros. Les enquêteurs ont saisi chez lui 30 autres détonateurs et 2 motos. Son frère, entendu en audition libre, est ressorti libre samedi après-midi.

Le haut-commissaire a annoncé la levée du couvre-feu à partir de lundi, mais le plan Vigipirate reste au niveau « urgence attentat ». Les écoles rouvriront lundi à 7 h 30, avec une cellule d'écoute dans chaque établissement.

Les obsèques des premières victimes auront lieu mardi à la cathédrale Saint-Joseph. Une cagnotte en ligne pour les familles a déjà recueilli plus de 12 millions de francs CFP.
"""))
GOLD += [
E(18, ["le double attentat-suicide de la place des Cocotiers et du marché de la baie de la Moselle", "L'attaque a été revendiquée par l'État islamique"],
  "SUI", "2026-09-09", "day", "Nouméa", "NC", 18, 54, "exact", "Islamic State", "Islamic State", False,
  "'mercredi soir' vs Sunday 13 September -> 9 September. 'dix-huit morts, dont les deux kamikazes, et cinquante-quatre blessés' -> 18 (inside; the tourist who died on Friday raised it from 17), 54 (not reduced), exact. Claimed by IS -> claimant and perpetrator. '33 ans' an age."),
E(18, ["Ils étaient plus de dix mille, samedi matin, à marcher en silence"],
  "PP", "2026-09-12", "day", "Nouméa", "NC", None, None, None, None, None, False,
  "'samedi matin' vs Sunday 13 September -> Saturday 12 September. A 'marche blanche' with a demand on its banner that ended without incident -> Peaceful protest (a march with a demand, events_holdout31); 'plus de dix mille' are marchers. The future funerals are not coded."),
E(18, ["Les deux hommes interpellés jeudi à Païta"],
  "ARR", "2026-09-10", "day", "Païta", "NC", None, None, None, "police", None, False,
  "'jeudi' vs Sunday 13 September -> 10 September. Restated arrest of holdout33-017, told through its follow-up ('mis en examen ... placés en détention provisoire'): one Arrests event at the arrest's place and day. Police in holdout33-017."),
E(18, ["un troisième suspect, âgé de 31 ans, a été placé en garde à vue à Dumbéa"],
  "ARR", "2026-09-11", "day", "Dumbéa", "NC", None, None, None, "police", None, False,
  "'Dans la nuit de vendredi à samedi' -> dated at the night's start, Friday 11 September (events_holdout29, 31). 'placé en garde à vue' is an arrest; no force named -> 'police'. '31 ans' an age, '600 euros' a price; the '30 autres détonateurs et 2 motos' seized at his home belong to the arrest. His brother 'entendu en audition libre, est ressorti libre' is not arrested. '7 h 30', '12 millions de francs CFP' are not casualties."),
]

# -------------------------------------------------------------- holdout33-019
ARTICLES.append(A(19, "fr", "article", "2026-09-15T16:00:00Z",
"Questions au gouvernement : l'attentat de Nouméa à l'Assemblée",
"""
Compte rendu de la séance de questions au gouvernement du mardi 15 septembre 2026 (extrait).

M. le président. La parole est à M. Yannick Kalepo, pour le groupe Libertés, indépendants, outre-mer et territoires.

M. Yannick Kalepo. Monsieur le ministre de l'intérieur, mercredi dernier, à Nouméa, deux kamikazes se sont fait exploser au milieu d'un concert et devant un marché. Des enfants, des grands-parents, des touristes sont morts. Depuis, les Calédoniens se demandent pourquoi deux jeunes hommes connus des services ont pu agir. Quels moyens l'État va-t-il enfin consacrer à la sécurité du territoire ? (Applaudissements sur plusieurs bancs.)

M. le président. La parole est à M. le ministre de l'intérieur.

M. le ministre de l'intérieur. Monsieur le député de la Nouvelle-Calédonie, permettez-moi d'abord d'avoir une pensée pour les victimes. L'attentat du 9 septembre, revendiqué par l'organisation État islamique, a fait dix-neuf morts, y compris les deux kamikazes, puisqu'une jeune femme a succombé dimanche à ses blessures, et cinquante-quatre blessés.

L'enquête, conduite par le parquet national antiterroriste, avance vite. Hier encore, les enquêteurs de la sous-direction antiterroriste ont interpellé à Koné, dans la province Nord, un homme de 27 ans soupçonné d'avoir loué la voiture qui a conduit les kamikazes à Nouméa. Au total, quatre personnes sont aujourd'hui mises en examen.

Je veux aussi rappeler que nos services n'ont pas attendu ce drame : en mars 2024, ils avaient fait interpeller à Lifou trois jeunes hommes qui projetaient d'attaquer un temple.

Dès cette semaine, 350 gendarmes supplémentaires sont déployés, trois escadrons resteront sur place jusqu'à la fin de l'année, et 4 millions d'euros seront consacrés à la vidéoprotection du Grand Nouméa. (Applaudissements sur les bancs des groupes EPR et Dem.)

M. le président. La parole est à M. Yannick Kalepo.

M. Yannick Kalepo. Monsieur le ministre, les Calédoniens jugeront sur pièces, à 17 000 kilomètres de Paris.
"""))
GOLD += [
E(19, ["deux kamikazes se sont fait exploser au milieu d'un concert et devant un marché", "L'attentat du 9 septembre"],
  "SUI", "2026-09-09", "day", "Nouméa", "NC", 19, 54, "exact", "Islamic State", "Islamic State", False,
  "'mercredi dernier' vs Tuesday 15 September -> Wednesday 9 September; the minister's 'L'attentat du 9 septembre' agrees. The deputy gives no figure; the minister: 'dix-neuf morts, y compris les deux kamikazes, puisqu'une jeune femme a succombé dimanche à ses blessures, et cinquante-quatre blessés' -> 19 (inside), 54, exact. « revendiqué par l'organisation État islamique » -> claimant and perpetrator. 'Monsieur le député de la Nouvelle-Calédonie' is a form of address, not a place of an event."),
E(19, ["les enquêteurs de la sous-direction antiterroriste ont interpellé à Koné"],
  "ARR", "2026-09-14", "day", "Koné", "NC", None, None, None, "police", None, False,
  "'Hier encore' vs Tuesday 15 September -> Monday 14 September. The anti-terrorist sub-directorate (police) -> 'police'. The suspected facilitator of this cluster (rented the car). '27 ans' an age; 'quatre personnes ... mises en examen' is a total, not an event."),
E(19, ["ils avaient fait interpeller à Lifou trois jeunes hommes"],
  "ARR", "2024-03-01", "month", "Lifou", "NC", None, None, None, "police", None, True,
  "'en mars 2024' -> month, background. A plot stopped by arresting its authors -> Arrests; 'nos services' (the intelligence services under the interior minister) -> 'police'. '350 gendarmes', 'trois escadrons', '4 millions d'euros', '17 000 kilomètres' are not casualties."),
]

# -------------------------------------------------------------- holdout33-020
ARTICLES.append(A(20, "fr", "article", "2026-09-18T01:00:00Z",
"Repères : de Bourail à Nouméa, la menace dans le Pacifique français",
"""
Le double attentat-suicide de Nouméa n'est pas tombé d'un ciel serein. Depuis plusieurs années, une série d'incidents, souvent oubliés aussitôt, montrait que le territoire n'était pas à l'abri. Nos repères.

Novembre 2019. À Bourail, un engin artisanal explose sous un véhicule de la gendarmerie garé devant la brigade. Un gendarme est légèrement blessé. L'auteur n'a jamais été identifié.

Juillet 2021. À Thio, des émeutiers incendient la mairie annexe après l'annonce de la fermeture d'une mine. Les affrontements avec les gendarmes font quatre blessés.

Mars 2024. Trois jeunes hommes sont interpellés à Lifou, aux îles Loyauté. Selon l'accusation, ils projetaient d'attaquer un temple à l'aide de bouteilles de gaz.

Août 2025. À Port-Vila, au Vanuatu voisin, la police saisit 20 kilos d'explosifs dans un conteneur arrivé d'Asie du Sud-Est. L'affaire inquiète déjà les services français.

Janvier 2026. Dans un bus de la ligne 10, au Mont-Dore, un homme armé d'un couteau blesse deux passagers avant d'être maîtrisé par le chauffeur.

9 septembre 2026. Deux kamikazes se font exploser place des Cocotiers, pendant un concert, puis devant le marché de la baie de la Moselle. Bilan : dix-neuf morts, dont les deux kamikazes, et cinquante-quatre blessés. L'organisation État islamique revendique l'attentat le lendemain.

10 septembre 2026. Deux hommes sont interpellés à l'aube à Païta, à 30 kilomètres de Nouméa.

11 septembre 2026. Un troisième suspect est placé en garde à vue à Dumbéa.

14 septembre 2026. Un quatrième suspect, soupçonné d'avoir loué la voiture des kamikazes, est interpellé à Koné, à près de 270 kilomètres au nord-ouest de la capitale.

Prochaine étape : le procès, qui ne devrait pas se tenir avant 2029.
"""))
GOLD += [
E(20, ["Le double attentat-suicide de Nouméa", "Deux kamikazes se font exploser place des Cocotiers", "revendique l'attentat"],
  "SUI", "2026-09-09", "day", "Nouméa", "NC", 19, 54, "exact", "Islamic State", "Islamic State", False,
  "'9 septembre 2026', nine days before Friday 18 September -> current. 'dix-neuf morts, dont les deux kamikazes, et cinquante-quatre blessés' -> 19 (inside), 54, exact. 'L'organisation État islamique revendique l'attentat' -> claimant and perpetrator. Timeline headings ('Novembre 2019.' ...) are dates, not triggers."),
E(20, ["un engin artisanal explose sous un véhicule de la gendarmerie"],
  "IED", "2019-11-01", "month", "Bourail", "NC", None, 1, "exact", None, None, True,
  "'Novembre 2019' -> month, background (the bomb of holdout33-017, year precision there). Homemade device -> Remote explosive/landmine/IED, null; 'Un gendarme est légèrement blessé' -> injured 1, exact."),
E(20, ["des émeutiers incendient la mairie annexe", "Les affrontements avec les gendarmes"],
  "RIOT", "2021-07-01", "month", "Thio", "NC", None, 4, "exact", None, None, True,
  "'Juillet 2021' -> month, background. Rioters burning a town-hall annex and clashing with gendarmes -> Riots / Violent demonstration, null actor; 'quatre blessés' -> injured 4, exact."),
E(20, ["Trois jeunes hommes sont interpellés à Lifou"],
  "ARR", "2024-03-01", "month", "Lifou", "NC", None, None, None, "police", None, True,
  "'Mars 2024' -> month, background (the arrests of holdout33-019). No force named -> 'police'."),
E(20, ["la police saisit 20 kilos d'explosifs"],
  "DWU", "2025-08-01", "month", "Port Vila", "VU", None, None, None, "police", None, True,
  "'Août 2025' -> month, background. A seizure with nobody arrested -> Disrupted weapons use, police; Port-Vila is in Vanuatu -> VU; gold spelling 'Port Vila' (English). '20 kilos' is a weight."),
E(20, ["un homme armé d'un couteau blesse deux passagers"],
  "ATK", "2026-01-01", "month", "Mont-Dore", "NC", None, 2, "exact", None, None, True,
  "'Janvier 2026' -> month, background (more than 30 days before 18 September). A knifeman against bus passengers -> Attack, null; 'blesse deux passagers' -> injured 2, exact; 'ligne 10' is a bus line and the driver's restraining him is not an arrest by a force."),
E(20, ["Deux hommes sont interpellés à l'aube à Païta"],
  "ARR", "2026-09-10", "day", "Païta", "NC", None, None, None, "police", None, False,
  "'10 septembre 2026' -> current. Restated arrest (holdout33-017, 018); police. '30 kilomètres' a distance."),
E(20, ["Un troisième suspect est placé en garde à vue à Dumbéa"],
  "ARR", "2026-09-11", "day", "Dumbéa", "NC", None, None, None, "police", None, False,
  "'11 septembre 2026' -> current (holdout33-018's night of Friday to Saturday, dated at its start). 'placé en garde à vue' -> Arrests, police."),
E(20, ["Un quatrième suspect, soupçonné d'avoir loué la voiture des kamikazes, est interpellé à Koné"],
  "ARR", "2026-09-14", "day", "Koné", "NC", None, None, None, "police", None, False,
  "'14 septembre 2026' -> current (holdout33-019). Police. '270 kilomètres' a distance; the future trial ('avant 2029') is not coded."),
]
