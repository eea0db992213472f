"""Authoring source of benchmarks/events_holdout29 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Esch-sur-Alzette, Luxembourg cluster (holdout29-006 to 010; French
and English), two suicide bombers on Friday 15 May 2026 at two sites of one
town (the railway station and the rue de l'Alzette, about 500 m and five
minutes apart): a Luxembourg daily's first report with a speculation (fr 006),
a Belgian regional outlet's story with Belgian idioms ("septante-quatre",
"nonante") and an arrest in Arlon (fr 007), an English wire with the claim
and an arrest in France (008), a French court report from Metz ("mis en
examen", "placé en détention provisoire", "déféré", "entendue", "convoqué",
fr 009) and a "Questions-réponses" explainer (fr 010). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout29")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout29-006
ARTICLES.append(A(6, "fr", "article", "2026-05-15T20:30:00Z",
"Attentat-suicide à Esch-sur-Alzette : au moins six morts",
"""
ESCH-SUR-ALZETTE - Au moins six personnes ont été tuées et une vingtaine blessées vendredi en fin d'après-midi à Esch-sur-Alzette, deuxième ville du Grand-Duché, où deux hommes ont déclenché des charges explosives à cinq minutes d'intervalle devant la gare et dans la rue de l'Alzette, la principale artère commerçante.

La première déflagration a eu lieu à 17 h 32, à l'arrivée du train de Luxembourg-Ville. Le second kamikaze s'est fait exploser à 17 h 37 devant une boulangerie, à environ 500 mètres de la gare, au moment où les terrasses se remplissaient.

« Tout le monde courait vers la place de l'Hôtel de Ville, personne ne savait où aller », raconte un étudiant de 22 ans, qui a aidé à porter une femme blessée aux jambes. Les blessés ont été transportés au Centre hospitalier Emile Mayrisch et vers la capitale.

Quelque 200 policiers, épaulés par l'armée, ont bouclé le centre-ville et la frontière française, distante de 3 kilomètres, a fait l'objet de contrôles renforcés. La circulation ferroviaire vers la France et la Belgique a été suspendue jusqu'à nouvel ordre.

Aucune revendication n'avait été enregistrée vendredi soir. Le ministre de la Sécurité intérieure a déclaré que l'organisation État islamique « pourrait être derrière » ces attaques, tout en appelant à « la prudence ».

Esch, ville de quelque 36 000 habitants, n'avait jamais été visée par le terrorisme. Il y a quatre ans, un homme armé d'un couteau avait blessé trois passants à Differdange, à une dizaine de kilomètres, un acte attribué à un déséquilibré.

Un registre de condoléances sera ouvert samedi à 10 heures à l'Hôtel de Ville. Le match de football prévu dimanche au stade de la Frontière a été reporté.
"""))
GOLD += [
E(6, ["deux hommes ont déclenché des charges explosives à cinq minutes d'intervalle devant la gare et dans la rue de l'Alzette"],
  "SUI", "2026-05-15", "day", "Esch-sur-Alzette", "LU", 6, 20, "at_least", None, None, False,
  "'vendredi en fin d'après-midi' = publication day, Friday 15 May. Two sites of one town (the station and the rue de l'Alzette, about 500 m and five minutes apart) -> ONE Suicide bomb event. 'Au moins six personnes ont été tuées et une vingtaine blessées' -> 6 (at_least), 20 ('une vingtaine', dev table). The Islamic State « pourrait être derrière » is speculation -> null. '17 h 32', '17 h 37', '500 mètres', '22 ans', 'Quelque 200 policiers', '3 kilomètres', '36 000 habitants', '10 heures' are not casualties."),
E(6, ["un homme armé d'un couteau avait blessé trois passants à Differdange"],
  "ATK", "2022-01-01", "year", "Differdange", "LU", None, 3, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A knife attack on passers-by -> Attack, null actor. 'blessé trois passants' -> injured 3, exact. 'une dizaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout29-007
ARTICLES.append(A(7, "fr", "article", "2026-05-16T16:00:00Z",
"Attentat d'Esch : deux frères arrêtés à Arlon, le bilan monte à onze morts",
"""
ARLON - L'enquête sur le double attentat-suicide d'Esch-sur-Alzette passe aussi par la province de Luxembourg. Ce samedi à l'aube, la police fédérale a interpellé deux frères à Arlon, dans un appartement de la rue des Faubourgs, à une trentaine de kilomètres d'Esch. Ils sont âgés de 24 et 27 ans. Le parquet fédéral a confirmé l'information en fin de matinée, sans préciser ce qui leur est reproché.

Selon nos informations, les enquêteurs ont emporté deux GSM, un ordinateur portable et une somme de nonante mille euros en liquide. Un troisième homme, un voisin, a été entendu samedi matin au commissariat puis relâché.

Côté grand-ducal, le bilan s'est lourdement alourdi. Vendredi soir, on parlait de six morts. Samedi midi, le parquet de Luxembourg faisait état de neuf morts, sans compter les deux kamikazes, et de septante-quatre blessés. Deux blessés sont décédés durant la nuit au Centre hospitalier Emile Mayrisch. Aucune revendication n'a encore été enregistrée.

À Arlon, où nonante policiers ont été déployés autour de la gare, l'émotion est vive. « Mon fils fait la navette tous les jours vers Esch, il était dans le train d'avant », témoigne une Arlonaise de septante ans, qui tient une friterie près de la place Léopold.

La province n'est pas épargnée par la radicalisation. Il y a deux ans, la police fédérale avait démantelé à Athus une petite cellule de trois jeunes qui projetaient d'attaquer un festival ; ils ont été condamnés l'an dernier à des peines de cinq à huit ans.

Le bourgmestre d'Arlon a demandé aux habitants de rester « vigilants sans céder à la panique ». Une minute de silence sera observée lundi à midi dans toutes les écoles de la ville. On vous tient au courant, à tantôt sur notre site.
"""))
GOLD += [
E(7, ["double attentat-suicide d'Esch-sur-Alzette"],
  "SUI", "2026-05-15", "day", "Esch-sur-Alzette", "LU", 11, 74, "exact", None, None, False,
  "Friday 15 May ('Vendredi soir', the day before Saturday 16 May). Revised toll inside the article: 'six morts' -> 'neuf morts, sans compter les deux kamikazes, et ... septante-quatre blessés' -> 9 + 2 = 11 ('sans compter' adds the bombers), 74 (Belgian 'septante-quatre'), exact. The two who died in the night are inside the nine. No claim -> null. 'septante ans' is an age; 'nonante policiers' are officers, 'nonante mille euros' money."),
E(7, ["la police fédérale a interpellé deux frères à Arlon"],
  "ARR", "2026-05-16", "day", "Arlon", "BE", None, None, None, "police", None, False,
  "'Ce samedi à l'aube' = publication day, Saturday 16 May. Belgian federal police -> 'police'. '24 et 27 ans' are ages; 'une trentaine de kilomètres' a distance; 'deux GSM', the laptop and 'nonante mille euros' belong to the arrest. The neighbour 'entendu ... puis relâché' is not arrested."),
E(7, ["la police fédérale avait démantelé à Athus une petite cellule"],
  "ARR", "2024-01-01", "year", "Athus", "BE", None, None, None, "police", None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. A cell dismantled -> Arrests (events_holdout23 Charleroi); federal police -> 'police'. Athus (a village of Aubange) is named -> Athus. 'trois jeunes' are arrestees; 'cinq à huit ans' are sentences."),
]

# -------------------------------------------------------------- holdout29-008
ARTICLES.append(A(8, "en", "article", "2026-05-18T11:00:00Z",
"Islamic State claims Luxembourg bombing; suspect held in France",
"""
ESCH-SUR-ALZETTE, Luxembourg (Europa Wire) - Islamic State has claimed Friday's twin suicide bombing in Esch-sur-Alzette, the worst attack in Luxembourg's modern history, in a statement published on Sunday evening that named the two bombers as "knights of the caliphate".

Luxembourg prosecutors said on Monday the claim appeared authentic. The bombing at the railway station and on a shopping street 500 metres away killed 11 people, the two bombers among them, and wounded 74, 15 of them seriously.

French police arrested a 31-year-old man in Thionville, about 20 km south of the border, on Sunday morning, French judicial sources said. He is suspected of renting the grey van that drove the bombers from France to Esch on the afternoon of the attack. Investigators seized the van and €2,500 in cash.

In Belgium, two brothers detained in Arlon on Saturday were placed under an arrest warrant by an investigating judge on Sunday and charged with "participation in the activities of a terrorist group", the federal prosecutor's office said.

Luxembourg's government raised the national threat level to 4, its highest, for the first time. Around 400 soldiers and police officers were guarding stations, schools and the European institutions in the capital on Monday.

The Grand Duchy has seen little political violence. In 2024, police in Dudelange arrested a 17-year-old who had pledged allegiance to Islamic State online and was researching explosives; he was later sent to a closed youth facility.

Flags on public buildings will fly at half-mast until Wednesday, when the Grand Duke is expected to attend a memorial ceremony in Esch.
"""))
GOLD += [
E(8, ["Friday's twin suicide bombing in Esch-sur-Alzette"],
  "SUI", "2026-05-15", "day", "Esch-sur-Alzette", "LU", 11, 74, "exact", "Islamic State", "Islamic State", False,
  "'Friday's' vs Monday 18 May -> 15 May. 'Islamic State has claimed', judged authentic -> claimant and perpetrator. 'killed 11 people, the two bombers among them, and wounded 74' -> 11 (inside), 74, exact; '15 of them seriously' is a subset. '500 metres', 'threat level to 4', 'Around 400 soldiers' are not casualties."),
E(8, ["French police arrested a 31-year-old man in Thionville"],
  "ARR", "2026-05-17", "day", "Thionville", "FR", None, None, None, "police", None, False,
  "'on Sunday morning' vs Monday 18 May -> 17 May. French police in France -> 'police', FR. '31-year-old', 'about 20 km', '€2,500' and the van are not casualties (the van and cash belong to the arrest)."),
E(8, ["two brothers detained in Arlon on Saturday"],
  "ARR", "2026-05-16", "day", "Arlon", "BE", None, None, None, "police", None, False,
  "'on Saturday' vs Monday 18 May -> 16 May. Restated arrest told through its follow-up ('placed under an arrest warrant ... on Sunday and charged'): one Arrests event dated at the arrest, not at the warrant. No force named here; Belgian federal police in holdout29-007 -> 'police'."),
E(8, ["police in Dudelange arrested a 17-year-old"],
  "ARR", "2024-01-01", "year", "Dudelange", "LU", None, None, None, "police", None, True,
  "'In 2024' -> year, background. Police -> 'police'. '17-year-old' is an age."),
]

# -------------------------------------------------------------- holdout29-009
ARTICLES.append(A(9, "fr", "article", "2026-05-22T17:00:00Z",
"Attentat d'Esch-sur-Alzette : le suspect de Thionville mis en examen",
"""
METZ - L'homme de 31 ans interpellé dimanche à Thionville a été mis en examen jeudi soir pour « complicité d'assassinats en relation avec une entreprise terroriste » et placé en détention provisoire, a indiqué vendredi le parquet national antiterroriste. Il avait été déféré au parquet dans la journée, à l'issue de sa garde à vue.

Les enquêteurs lui reprochent d'avoir loué la camionnette qui a conduit les deux kamikazes jusqu'à Esch-sur-Alzette le 15 mai. Le double attentat-suicide, revendiqué par l'État islamique, a fait douze morts, dont les deux kamikazes, et soixante-quatorze blessés. Un adolescent de 16 ans a succombé à ses blessures mercredi à l'hôpital de Kirchberg.

Sa compagne, entendue lundi par les policiers de la sous-direction antiterroriste, a été relâchée sans qu'aucune charge soit retenue contre elle. Son cousin, qui lui avait prêté 800 euros, a été convoqué comme témoin pour le 2 juin.

L'enquête s'est élargie mardi. Un homme de 38 ans, soupçonné d'avoir assemblé les ceintures explosives dans un garage du quartier de Borny, a été interpellé à Metz et placé en garde à vue. Les enquêteurs ont retrouvé dans le garage 4 kilos de boulons et trois bonbonnes de gaz vides.

La Moselle a déjà été concernée par des projets d'attentat. En janvier dernier, la DGSI avait interpellé à Hayange un homme de 20 ans qui voulait s'en prendre à une église ; il attend son procès.

L'avocat du suspect de Thionville conteste « toute connaissance » du projet et annonce un recours contre son placement en détention. Le procès, s'il a lieu, ne se tiendra pas avant deux ou trois ans.
"""))
GOLD += [
E(9, ["Le double attentat-suicide, revendiqué par l'État islamique"],
  "SUI", "2026-05-15", "day", "Esch-sur-Alzette", "LU", 12, 74, "exact", "Islamic State", "Islamic State", False,
  "'le 15 mai' (7 days before Friday 22 May -> current). « douze morts, dont les deux kamikazes, et soixante-quatorze blessés » -> 12 (inside; the 16-year-old who 'a succombé à ses blessures mercredi' is counted in it), 74, exact. « revendiqué par l'État islamique » -> claimant and perpetrator. '16 ans' is an age."),
E(9, ["L'homme de 31 ans interpellé dimanche à Thionville"],
  "ARR", "2026-05-17", "day", "Thionville", "FR", None, None, None, "police", None, False,
  "'dimanche' vs Friday 22 May -> 17 May. 'mis en examen', 'placé en détention provisoire', 'déféré au parquet', 'garde à vue' are this arrest's follow-up: one Arrests event at its place and day (not at the indictment, Thursday 21 May). No force named; French police in holdout29-008 -> 'police'. The companion 'entendue ... relâchée' and the cousin 'convoqué' are not arrested; '800 euros', '2 juin' are not casualties."),
E(9, ["Un homme de 38 ans, soupçonné d'avoir assemblé les ceintures explosives dans un garage du quartier de Borny, a été interpellé à Metz"],
  "ARR", "2026-05-19", "day", "Metz", "FR", None, None, None, "police", None, False,
  "'mardi' vs Friday 22 May -> 19 May. Borny is a district of Metz -> Metz. No force named in the sentence; the anti-terrorist police of the same article -> 'police'. '38 ans' is an age; '4 kilos de boulons' and 'trois bonbonnes' belong to the arrest."),
E(9, ["la DGSI avait interpellé à Hayange un homme de 20 ans"],
  "ARR", "2026-01-01", "month", "Hayange", "FR", None, None, None, "police", None, True,
  "'En janvier dernier' vs May 2026 -> January 2026, month, background. DGSI -> 'police' (dev). '20 ans' is an age."),
]

# -------------------------------------------------------------- holdout29-010
ARTICLES.append(A(10, "fr", "article", "2026-05-23T07:00:00Z",
"Questions-réponses : ce que l'on sait une semaine après l'attentat d'Esch",
"""
Une semaine après le double attentat-suicide qui a frappé Esch-sur-Alzette, l'enquête avance des deux côtés des frontières. Voici les réponses aux principales questions.

Que s'est-il passé le 15 mai ?

Vers 17 h 30, deux hommes se sont fait exploser à cinq minutes d'intervalle, l'un devant la gare, l'autre dans la rue de l'Alzette. Il s'agit de l'attaque la plus meurtrière de l'histoire du pays.

Quel est le bilan ?

Douze morts, y compris les deux kamikazes, et soixante-quatorze blessés, selon le dernier décompte du parquet. Huit personnes sont toujours en soins intensifs, dont une fillette de 6 ans.

Qui a revendiqué ?

L'organisation État islamique s'est attribué l'attaque dimanche soir. Un groupuscule d'ultradroite, un temps accusé sur les réseaux sociaux, a démenti toute implication. Les enquêteurs jugent la revendication crédible.

Qui a été arrêté ?

Quatre personnes. Deux frères ont été interpellés samedi 16 mai à Arlon, en Belgique, par la police fédérale. Un homme de 31 ans a été arrêté dimanche 17 mai à Thionville par la police française, et un artificier présumé mardi 19 mai à Metz. Au Grand-Duché, une dizaine de personnes ont été auditionnées, mais aucune n'a été placée en garde à vue.

Le Luxembourg avait-il déjà été visé ?

Jamais à cette échelle. En septembre 2023, une grenade avait été lancée contre la terrasse d'un café de Schifflange, blessant deux clients ; l'auteur n'a jamais été identifié. Il y a quatre ans, à Differdange, un homme armé d'un couteau avait blessé trois passants.

Que va-t-il se passer maintenant ?

Le niveau de menace reste fixé à 4. Une cellule d'aide psychologique est joignable au 8002 8080, tous les jours de 8 heures à 20 heures.
"""))
GOLD += [
E(10, ["double attentat-suicide qui a frappé Esch-sur-Alzette", "deux hommes se sont fait exploser à cinq minutes d'intervalle"],
  "SUI", "2026-05-15", "day", "Esch-sur-Alzette", "LU", 12, 74, "exact", "Islamic State", "Islamic State", False,
  "'le 15 mai' (8 days before Saturday 23 May -> current). The question headings ('Que s'est-il passé le 15 mai ?', 'Quel est le bilan ?') name no event by themselves and are not triggers. « Douze morts, y compris les deux kamikazes, et soixante-quatorze blessés » -> 12 (inside), 74, exact; 'Huit personnes ... en soins intensifs' is a subset, '6 ans' an age. « L'organisation État islamique s'est attribué l'attaque » -> claimant and perpetrator; the far-right groupuscule's denial sets nothing."),
E(10, ["Deux frères ont été interpellés samedi 16 mai à Arlon"],
  "ARR", "2026-05-16", "day", "Arlon", "BE", None, None, None, "police", None, False,
  "'samedi 16 mai'. Restated arrest; 'par la police fédérale' -> 'police'. 'Quatre personnes' is a total, not an event."),
E(10, ["Un homme de 31 ans a été arrêté dimanche 17 mai à Thionville"],
  "ARR", "2026-05-17", "day", "Thionville", "FR", None, None, None, "police", None, False,
  "'dimanche 17 mai'. Restated arrest; 'par la police française' -> 'police'. '31 ans' is an age."),
E(10, ["un artificier présumé mardi 19 mai à Metz"],
  "ARR", "2026-05-19", "day", "Metz", "FR", None, None, None, "police", None, False,
  "'mardi 19 mai', elliptical after 'a été arrêté ... par la police française' -> 'police'. Restated arrest. The 'dizaine de personnes ... auditionnées' with none 'placée en garde à vue' are not arrested."),
E(10, ["une grenade avait été lancée contre la terrasse d'un café de Schifflange"],
  "GRN", "2023-09-01", "month", "Schifflange", "LU", None, 2, "exact", None, None, True,
  "'En septembre 2023' -> month, background. A thrown grenade -> Grenade, unidentified author -> null. 'blessant deux clients' -> injured 2, exact."),
E(10, ["à Differdange, un homme armé d'un couteau avait blessé trois passants"],
  "ATK", "2022-01-01", "year", "Differdange", "LU", None, 3, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background (the knife attack of holdout29-006). Attack on passers-by, null actor; injured 3, exact. 'niveau de menace ... 4', '8002 8080', '8 heures à 20 heures' are not casualties."),
]
