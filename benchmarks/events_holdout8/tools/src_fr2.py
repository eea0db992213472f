"""Authoring source of benchmarks/events_holdout8 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in French: a Tunisian local daily (holdout8-015), a weekly round-up
(016), an opinion piece on northern Benin with a timeline (017) and a wire
from Minya, Egypt (018). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout8")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout8-015
ARTICLES.append(A(15, "fr", "article", "2026-10-19T06:30:00Z",
"Kasserine et Sidi Bouzid : deux terroristes abattus, nuit de violences à Regueb",
"""
Une unité de la garde nationale a abattu deux terroristes samedi après-midi dans les environs de Sbeitla, au cours d'un accrochage qui a duré près d'une heure, a annoncé hier le porte-parole de la garde nationale. Un garde a été blessé à la jambe et transféré à l'hôpital régional de Kasserine, où ses jours ne sont pas en danger.

Une ceinture explosive, deux kalachnikovs, 300 cartouches et 1 200 dinars ont été saisis sur les deux hommes, âgés de 27 et 31 ans. Selon une source sécuritaire, ils appartiendraient probablement à Jund al-Khilafa, mais l'enquête devra le confirmer.

À Regueb, à une cinquantaine de kilomètres de là, la nuit de dimanche a été agitée. Des dizaines de jeunes ont jeté des pierres et des cocktails Molotov sur le poste de police et incendié deux voitures pour protester contre le chômage, qui touche près de 40 % des jeunes de la délégation. Neuf agents ont été blessés, selon le ministère de l'Intérieur. Vingt-trois jeunes ont été interpellés dans la nuit, dont quatre mineurs.

Ce n'est pas la première fois. En novembre 2025, des affrontements entre manifestants et policiers à Regueb avaient fait un mort, un jeune de 20 ans touché par une grenade lacrymogène.

Le gouverneur a appelé au calme et promis 500 emplois dans les chantiers régionaux d'ici la fin de l'année. Une réunion avec les représentants des jeunes est prévue jeudi.
"""))
GOLD += [
E(15, ["Une unité de la garde nationale a abattu deux terroristes samedi après-midi dans les environs de Sbeitla", "un accrochage"],
  "BAT", "2026-10-17", "day", "Sbeitla", "TN", 2, 1, "exact", "police", None, False,
  "'samedi après-midi' vs Monday 19 Oct -> 17 Oct. An exchange of fire lasting an hour -> Armed clash initiated by the National Guard (a gendarmerie -> police). 2 killed, 'Un garde a été blessé' -> 1. 'appartiendraient probablement' is speculation; the perpetrator is the initiating force anyway. 'âgés de 27 et 31 ans', '300 cartouches', '1 200 dinars' are distractors. Kasserine is where the guard was taken, not the event place."),
E(15, ["Des dizaines de jeunes ont jeté des pierres et des cocktails Molotov sur le poste de police"],
  "RIOT", "2026-10-18", "day", "Regueb", "TN", None, 9, "exact", None, None, False,
  "'la nuit de dimanche' -> 18 Oct. Stones and Molotov cocktails -> Violent demonstration. 'Neuf agents ont été blessés' -> injured 9; no killed figure. 'Des dizaines' are participants; '40 %', 'deux voitures' are distractors."),
E(15, ["Vingt-trois jeunes ont été interpellés dans la nuit"],
  "ARR", "2026-10-18", "day", "Regueb", "TN", None, None, None, "police", None, False,
  "Protesters' arrests reported on their own -> a separate Arrests event, by the police (implied by the police post and the interior ministry). 'dont quatre mineurs' is a subset."),
E(15, ["des affrontements entre manifestants et policiers à Regueb"],
  "RIOT", "2025-11-01", "month", "Regueb", "TN", 1, None, "exact", None, None, True,
  "'En novembre 2025' -> month. Clashes between protesters and police -> Violent demonstration; one protester killed. '20 ans' is an age; '500 emplois' and the meeting 'jeudi' are not events."),
]

# --------------------------------------------------------------- holdout8-016
ARTICLES.append(A(16, "fr", "article", "2026-11-08T08:00:00Z",
"La semaine sécuritaire, du 1er au 7 novembre",
"""
Chaque dimanche, notre rédaction fait le point sur les principaux incidents de la semaine dans les pays que nous suivons.

COLOMBIE - L'ELN a revendiqué l'enlèvement de deux soldats à Hacarí, dans le Norte de Santander, dimanche 1er novembre. La guérilla dit vouloir les « juger » ; l'armée réclame leur libération.

NIGER - Lundi, des hommes armés ont tué une dizaine de villageois à Anzourou, dans la région de Tillabéri, selon des élus locaux. Une trentaine de maisons ont été incendiées.

BÉNIN - Mercredi, l'armée de l'air a mené des frappes près de Kérémou, en lisière du parc W, tuant « une quinzaine de terroristes », selon l'état-major.

KENYA - Jeudi, trois personnes ont été tuées et cinq autres blessées lorsqu'un engin artisanal a explosé au passage d'un minibus près de Kolbio, dans le comté de Garissa. La police a attribué l'attaque aux shebab.

TUNISIE - Vendredi, la garde nationale a arrêté quatre personnes à Jendouba, soupçonnées d'avoir recruté des jeunes pour le compte de l'État islamique. Deux autres ont été entendues puis relâchées.

ÉGYPTE - Mardi, des centaines d'ouvriers d'une usine textile de Mahalla al-Kubra ont manifesté pour réclamer le paiement de trois mois de salaires ; la police a dispersé le rassemblement à coups de gaz lacrymogènes.

SRI LANKA - Samedi, une grenade a explosé près d'une mosquée de Kattankudy, blessant deux passants. Personne n'a été tué, selon la police, qui n'exclut aucune piste.
"""))
GOLD += [
E(16, ["L'ELN a revendiqué l'enlèvement de deux soldats à Hacarí"],
  "ABD", "2026-11-01", "day", "Hacarí", "CO", None, None, None, "ELN", "ELN", False,
  "'dimanche 1er novembre' -> 1 Nov. Claimed by the ELN -> perpetrator and claimant. Soldiers taken, no fighting described -> Abduction. Abductees are not casualties."),
E(16, ["des hommes armés ont tué une dizaine de villageois à Anzourou"],
  "ATK", "2026-11-02", "day", "Anzourou", "NE", 10, None, "about", None, None, False,
  "Round-up of Sunday 8 Nov; 'Lundi' -> 2 Nov. 'une dizaine' -> 10, about. Unnamed -> null. 'Une trentaine de maisons' are houses."),
E(16, ["l'armée de l'air a mené des frappes près de Kérémou"],
  "AIR", "2026-11-04", "day", "Kérémou", "BJ", 15, None, "about", "military", None, False,
  "'Mercredi' -> 4 Nov. The acting force's own 'une quinzaine' is the only figure -> 15, about. The air force of the country -> military."),
E(16, ["un engin artisanal a explosé au passage d'un minibus près de Kolbio", "attribué l'attaque aux shebab"],
  "IED", "2026-11-05", "day", "Kolbio", "KE", 3, 5, "exact", "al-Shabaab", None, False,
  "'Jeudi' -> 5 Nov. The police's attribution stated as fact -> al-Shabaab, no claim. 3 killed, 5 injured."),
E(16, ["la garde nationale a arrêté quatre personnes à Jendouba"],
  "ARR", "2026-11-06", "day", "Jendouba", "TN", None, None, None, "police", None, False,
  "'Vendredi' -> 6 Nov. National Guard -> police. 'Deux autres ont été entendues' is questioning, not arrest."),
E(16, ["des centaines d'ouvriers d'une usine textile de Mahalla al-Kubra ont manifesté"],
  "PI", "2026-11-03", "day", "Mahalla al-Kubra", "EG", None, None, None, None, None, False,
  "'Mardi' -> 3 Nov. A demonstration dispersed with tear gas -> Protest with intervention. 'trois mois de salaires' is not a casualty."),
E(16, ["une grenade a explosé près d'une mosquée de Kattankudy"],
  "GRN", "2026-11-07", "day", "Kattankudy", "LK", 0, 2, "exact", None, None, False,
  "'Samedi' -> 7 Nov. 'Personne n'a été tué' -> killed 0; 'blessant deux passants' -> 2."),
]

# --------------------------------------------------------------- holdout8-017
ARTICLES.append(A(17, "fr", "article", "2026-10-20T07:00:00Z",
"Tribune : le Nord du Bénin ne peut plus attendre",
"""
Le 12 octobre, l'attaque d'un poste forestier près de Gogounou a coûté la vie à trois écogardes et à deux assaillants. L'armée l'a attribuée au JNIM, qui ne l'a pas revendiquée. Une fois encore, on a parlé d'un « incident isolé ». Il faut pourtant regarder la série en face.

En décembre 2022, l'explosion d'une mine artisanale sous un véhicule de la police avait tué deux agents près de Kouandé. En 2024, des hommes armés avaient enlevé une dizaine d'habitants de Péhunco ; certains ne sont jamais revenus. L'an dernier, des milliers d'habitants de Natitingou avaient manifesté pacifiquement pour réclamer la réouverture des routes vers le Burkina Faso. Il y a trois mois, enfin, la police a arrêté à Djougou un imam de 52 ans accusé de recruter pour des groupes armés, ce que sa famille conteste.

Depuis 2021, plus de 200 civils, soldats et policiers ont été tués dans les départements du Nord, selon une ONG locale. Des dizaines d'écoles ont fermé. Le coton, qui fait vivre près de 60 % des familles de l'Atacora, ne se vend plus.

La réponse militaire est nécessaire : personne ne conteste le déploiement de plusieurs milliers de soldats. Mais elle ne suffit pas. Tant que les jeunes de Gogounou ou de Péhunco n'auront ni routes, ni emplois, ni justice, les recruteurs trouveront preneurs. Ceux qui pensent que l'on peut gagner cette guerre sans investir dans le Nord se trompent.

L'auteur est ancien député de la circonscription de Gogounou.
"""))
GOLD += [
E(17, ["l'attaque d'un poste forestier près de Gogounou"],
  "BAT", "2026-10-12", "day", "Gogounou", "BJ", 5, None, "exact", "JNIM", None, False,
  "'Le 12 octobre', 8 days before -> current. Forest rangers (armed) and attackers both died -> Armed clash. 'trois écogardes' + 'deux assaillants' = 5. The army's attribution stated as fact, not a claim ('qui ne l'a pas revendiquée' is no denial) -> perpetrator JNIM, claimed_by null."),
E(17, ["l'explosion d'une mine artisanale sous un véhicule de la police avait tué deux agents près de Kouandé"],
  "IED", "2022-12-01", "month", "Kouandé", "BJ", 2, None, "exact", None, None, True,
  "'En décembre 2022' -> month."),
E(17, ["des hommes armés avaient enlevé une dizaine d'habitants de Péhunco"],
  "ABD", "2024-01-01", "year", "Péhunco", "BJ", None, None, None, None, None, True,
  "'En 2024' -> year. 'une dizaine' are abductees, not casualties; 'certains ne sont jamais revenus' gives no figure."),
E(17, ["des milliers d'habitants de Natitingou avaient manifesté pacifiquement"],
  "PP", "2025-01-01", "year", "Natitingou", "BJ", None, None, None, None, None, True,
  "'L'an dernier' -> 2025, year. 'des milliers' are participants."),
E(17, ["la police a arrêté à Djougou un imam de 52 ans"],
  "ARR", "2026-07-01", "month", "Djougou", "BJ", None, None, None, "police", None, True,
  "'Il y a trois mois' in a 20 October piece -> July 2026, month precision (111 days with the first of the month) -> background. '52 ans' is an age. 'plus de 200 ... depuis 2021' is a cumulative statistic, '60 %' a share."),
]

# --------------------------------------------------------------- holdout8-018
ARTICLES.append(A(18, "fr", "article", "2026-03-05T15:00:00Z",
"Égypte : un policier tué devant une église de Mallawi",
"""
MINYA, 5 mars (Dépêche) - Un policier a été tué et un autre blessé mercredi soir lorsque deux hommes à moto ont ouvert le feu sur leur point de garde devant une église de Mallawi, dans le gouvernorat de Minya, a annoncé le ministère de l'Intérieur. Les policiers ont riposté, mais les assaillants ont pris la fuite.

Le ministère a accusé le mouvement Hasm, qu'il qualifie de branche armée des Frères musulmans. Dans un message publié jeudi, Hasm a démenti toute implication. La victime, un sergent de 28 ans, était père de trois enfants.

Aujourd'hui, la police a arrêté trois suspects à Assiout, à environ 80 kilomètres au sud, et saisi une moto et deux pistolets. Une récompense de 200 000 livres a été offerte pour toute information sur le second tireur.

Ce matin, des centaines de coptes se sont rassemblés devant l'évêché de Mallawi pour réclamer davantage de protection. La police les a dispersés à coups de gaz lacrymogènes après qu'ils ont tenté de bloquer la route principale.

Les églises de la région sont placées sous protection renforcée depuis plusieurs années. En janvier 2025, un engin explosif avait été désamorcé devant une église de Samalout par les démineurs de la police, et personne n'avait été blessé.

Près de 3 000 fidèles fréquentent chaque dimanche l'église visée mercredi, selon le diocèse.
"""))
GOLD += [
E(18, ["deux hommes à moto ont ouvert le feu sur leur point de garde devant une église de Mallawi", "Les policiers ont riposté"],
  "BAT", "2026-03-04", "day", "Mallawi", "EG", 1, 1, "exact", None, None, False,
  "'mercredi soir' vs Thursday 5 March -> 4 March. Gunmen firing on an armed police post and police returning fire -> Armed clash (events_holdout6 Ngaoundéré rule). The ministry blames Hasm and Hasm denies -> perpetrator null; no claim. '28 ans', 'trois enfants', '3 000 fidèles' are distractors."),
E(18, ["la police a arrêté trois suspects à Assiout"],
  "ARR", "2026-03-05", "day", "Assiut", "EG", None, None, None, "police", None, False,
  "'Aujourd'hui' -> the publication day, 5 March. French 'Assiout' -> English spelling Assiut. '80 kilomètres', 'une moto et deux pistolets', '200 000 livres' are distractors."),
E(18, ["des centaines de coptes se sont rassemblés devant l'évêché de Mallawi"],
  "PI", "2026-03-05", "day", "Mallawi", "EG", None, None, None, None, None, False,
  "'Ce matin' -> 5 March. A gathering with a demand dispersed with tear gas -> Protest with intervention (trying to block a road is not violence)."),
E(18, ["un engin explosif avait été désamorcé devant une église de Samalout"],
  "DWU", "2025-01-01", "month", "Samalout", "EG", 0, 0, "exact", "police", None, True,
  "'En janvier 2025' -> month. A device defused on its own -> Disrupted weapons use by police deminers; 'personne n'avait été blessé' -> 0/0, as 'No one was injured' on a defused device (events_holdout6 Ukhrul)."),
]
