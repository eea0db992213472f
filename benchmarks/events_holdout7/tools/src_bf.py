"""Authoring source of benchmarks/events_holdout7 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kongoussi, Burkina Faso chain (holdout7-015 to 018): a twin
suicide bombing on the army detachment in the night of Saturday 15 to
Sunday 16 August 2026, told by a French breaking story (bilan provisoire), a
French update with the JNIM claim and a rival's denial, an English arrests
story and a French radio bulletin with background attacks. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout7")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout7-015
ARTICLES.append(A(15, "fr", "article", "2026-08-16T14:00:00Z",
"Burkina Faso : double attentat-suicide contre le détachement militaire de Kongoussi",
"""
OUAGADOUGOU, 16 août (Agence) - Au moins quatorze soldats et volontaires pour la défense de la patrie (VDP) ont été tués, ainsi que les deux kamikazes, dans un double attentat-suicide contre le détachement militaire de Kongoussi, dans la nuit de samedi à dimanche, selon des sources sécuritaires. Une trentaine de blessés ont été évacués vers Kaya et Ouagadougou.

Vers 23 heures, un premier kamikaze à moto a foncé sur la barrière d'entrée du camp avant de déclencher sa charge. Un second a fait exploser la sienne une dizaine de minutes plus tard, alors que des soldats portaient secours aux blessés.

Ce bilan provisoire pourrait s'alourdir, plusieurs blessés étant dans un état grave, a indiqué un responsable local joint par téléphone. L'attaque n'a pas été revendiquée dans l'immédiat, et l'armée n'a pas communiqué.

Dans la même nuit, des hommes armés ont enlevé quatre commerçants sur l'axe Tikaré-Kongoussi, selon des habitants. Leurs motos ont été retrouvées incendiées au bord de la route.

Kongoussi, chef-lieu de la province du Bam, accueille plusieurs dizaines de milliers de déplacés internes. Vendredi, une centaine de femmes déplacées avaient manifesté devant la mairie pour réclamer des vivres, sans incident.

Le détachement de Kongoussi avait déjà été visé en 2022 par des tirs de mortier, qui avaient blessé trois soldats.
"""))
GOLD += [
E(15, ["Au moins quatorze soldats et volontaires pour la défense de la patrie (VDP) ont été tués", "un double attentat-suicide", "un premier kamikaze à moto a foncé sur la barrière", "Un second a fait exploser la sienne", "L'attaque n'a pas été revendiquée"],
  "SUI", "2026-08-15", "day", "Kongoussi", "BF", 16, 30, "at_least", None, None, False,
  "Toll before the event. 'Au moins quatorze ... ainsi que les deux kamikazes' -> 14 + 2 = 16, at_least (the text counts the bombers). 'Une trentaine de blessés' -> 30. 'dans la nuit de samedi à dimanche' vs Sunday 16 August -> dated at the start, Saturday 15 August. Twin bombers at one gate -> one event. Not claimed; no actor. '23 heures', 'une dizaine de minutes' are distractors."),
E(15, ["des hommes armés ont enlevé quatre commerçants sur l'axe Tikaré-Kongoussi"],
  "ABD", "2026-08-15", "day", "Tikaré", "BF", None, None, None, None, None, False,
  "'Dans la même nuit' -> the night of 15 to 16 August, dated at its start. Road Tikaré-Kongoussi -> first-named place. Unnamed gunmen -> null. 'quatre' are abductees."),
E(15, ["une centaine de femmes déplacées avaient manifesté devant la mairie"],
  "PP", "2026-08-14", "day", "Kongoussi", "BF", None, None, None, None, None, False,
  "'Vendredi' vs Sunday 16 August -> 14 August. 'une centaine' are participants; 'sans incident' -> Peaceful protest. 'plusieurs dizaines de milliers de déplacés' is a population figure."),
E(15, ["des tirs de mortier, qui avaient blessé trois soldats"],
  "SHL", "2022-01-01", "year", "Kongoussi", "BF", None, 3, "exact", None, None, True,
  "'en 2022' -> year. Mortar fire on the detachment -> Shelling/artillery/missile attack; three wounded, no killed figure."),
]

# --------------------------------------------------------------- holdout7-016
ARTICLES.append(A(16, "fr", "article", "2026-08-18T08:00:00Z",
"Kongoussi : le JNIM revendique, le bilan passe à vingt-trois morts",
"""
OUAGADOUGOU, 18 août (Agence) - Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM selon son acronyme arabe) a revendiqué lundi le double attentat-suicide perpétré dans la nuit de samedi à dimanche contre le détachement militaire de Kongoussi, dans le nord du pays.

Selon un nouveau bilan de source sécuritaire, l'attaque a fait vingt-trois morts : dix-neuf militaires, deux VDP et les deux kamikazes. Trente-quatre blessés sont toujours hospitalisés, dont cinq à Ouagadougou. Le premier bilan faisait état d'au moins seize morts.

Dans sa revendication, diffusée par son organe de propagande Az-Zallaqa, le JNIM affirme avoir tué « plus de soixante soldats » et présente les deux assaillants comme des « frères » originaires du Soum. L'État islamique au Sahel, que certains habitants soupçonnaient, a démenti toute implication dans un message audio.

Lundi, l'aviation a frappé un campement présumé de terroristes près de Rollo, à une cinquantaine de kilomètres au nord-ouest, « neutralisant une trentaine de terroristes », selon un communiqué de l'état-major.

Les quatre commerçants enlevés samedi soir sur l'axe Tikaré-Kongoussi ont été libérés lundi, selon un élu local, qui n'a pas dit si une rançon avait été versée.

Dimanche, plusieurs centaines de personnes avaient accompagné au cimetière les corps de onze des militaires tués, dans le recueillement. Le gouvernement a décrété un deuil national de 72 heures.
"""))
GOLD += [
E(16, ["le double attentat-suicide", "l'attaque a fait vingt-trois morts"],
  "SUI", "2026-08-15", "day", "Kongoussi", "BF", 23, 34, "exact", "JNIM", "JNIM", False,
  "'dans la nuit de samedi à dimanche' vs Tuesday 18 August -> Saturday 15 August (start of the night). Split toll: 'dix-neuf militaires, deux VDP et les deux kamikazes' = 23 ('au moins seize' is the earlier figure). 'Trente-quatre blessés sont toujours hospitalisés' is the only wounded figure -> 34. Claimed by GSIM/JNIM; the Islamic State in the Sahel's denial is a rival's denial and does not dispute the claim. 'plus de soixante soldats' is the claimant's toll."),
E(16, ["l'aviation a frappé un campement présumé de terroristes près de Rollo"],
  "AIR", "2026-08-17", "day", "Rollo", "BF", 30, None, "about", "military", None, False,
  "'Lundi' vs Tuesday 18 August -> 17 August. The army's own 'une trentaine de terroristes' is the only figure -> 30, about. 'une cinquantaine de kilomètres' is a distance."),
E(16, ["Les quatre commerçants enlevés samedi soir sur l'axe Tikaré-Kongoussi"],
  "ABD", "2026-08-15", "day", "Tikaré", "BF", None, None, None, None, None, False,
  "'samedi soir' -> 15 August. Road -> first-named place. The release on Monday is not an event. The burial on Sunday ('accompagné au cimetière') is not coded, and '72 heures' is a span."),
]

# --------------------------------------------------------------- holdout7-017
ARTICLES.append(A(17, "en", "article", "2026-08-24T09:00:00Z",
"Burkina gendarmes detain 12 after Kongoussi suicide attack",
"""
OUAGADOUGOU, Aug 24 (Wire) - Burkina Faso's gendarmerie has detained twelve people suspected of helping the two suicide bombers who struck the army detachment in Kongoussi on Aug. 15, killing 21 soldiers and auxiliaries as well as themselves, a security source said on Sunday. The attack was claimed by the al Qaeda-linked JNIM.

Seven of the suspects, including the owner of a motorcycle repair shop, were detained in Kongoussi on Thursday, the source said. Gendarmes found a dozen jerrycans of fuel, two motorbikes with false plates and a notebook with the names of soldiers serving at the detachment.

Three more were arrested in Yako on Saturday, and two traders, aged 38 and 45, were picked up in Bobo-Dioulasso on Sunday morning with 2.5 million CFA francs in cash.

Gendarmes raided a house in Tikaré on Friday to arrest a man believed to have sheltered the bombers. He was killed in the exchange of fire that followed, and one gendarme was wounded.

About 80 people were questioned in Kongoussi's camps for the displaced, where more than 40,000 people live, residents said. Several of them complained of being held for two days without food.

On Saturday, residents of Kongoussi marched to the gendarmerie to demand the release of two young men they said had been detained by mistake. The march ended without incident.
"""))
GOLD += [
E(17, ["the two suicide bombers who struck the army detachment in Kongoussi", "The attack was claimed"],
  "SUI", "2026-08-15", "day", "Kongoussi", "BF", 23, None, "exact", "JNIM", "JNIM", False,
  "'on Aug. 15'. 'killing 21 soldiers and auxiliaries as well as themselves' -> 21 + 2 = 23 (the text names the bombers' deaths). Claimed by JNIM. 'twelve people' are arrestees (split below)."),
E(17, ["Seven of the suspects, including the owner of a motorcycle repair shop, were detained in Kongoussi"],
  "ARR", "2026-08-20", "day", "Kongoussi", "BF", None, None, None, "police", None, False,
  "'on Thursday' vs Monday 24 August -> 20 August. Gendarmerie -> 'police'. 'a dozen jerrycans', 'two motorbikes' belong to the arrest and are not casualties."),
E(17, ["Three more were arrested in Yako"],
  "ARR", "2026-08-22", "day", "Yako", "BF", None, None, None, "police", None, False,
  "'on Saturday' -> 22 August. Force carried over from the gendarmerie account."),
E(17, ["two traders, aged 38 and 45, were picked up in Bobo-Dioulasso"],
  "ARR", "2026-08-23", "day", "Bobo-Dioulasso", "BF", None, None, None, "police", None, False,
  "'on Sunday morning' -> 23 August. Ages and '2.5 million CFA francs' are distractors."),
E(17, ["Gendarmes raided a house in Tikaré", "the exchange of fire"],
  "BAT", "2026-08-21", "day", "Tikaré", "BF", 1, 1, "exact", "police", None, False,
  "'on Friday' -> 21 August. A raid ending in an exchange of fire -> Armed clash initiated by the raiding force (events_holdout Tank raid). One suspect killed, one gendarme wounded."),
E(17, ["residents of Kongoussi marched to the gendarmerie to demand the release", "The march ended without incident"],
  "PP", "2026-08-22", "day", "Kongoussi", "BF", None, None, None, None, None, False,
  "'On Saturday' -> 22 August. A march with a demand -> Peaceful protest. 'About 80 people were questioned' is not an arrest; '40,000' is a population, 'two days' a span."),
]

# --------------------------------------------------------------- holdout7-018
ARTICLES.append(A(18, "fr", "transcript", "2026-09-05T06:30:00Z",
"Le journal du matin : le Bam, trois semaines après Kongoussi",
"""
PRÉSENTATEUR : Il est 6 h 30 à Ouagadougou. Trois semaines après le double attentat-suicide contre le détachement de Kongoussi, qui a tué vingt et un militaires et supplétifs et qui a été revendiqué par le JNIM, nous faisons le point avec notre correspondant dans le Centre-Nord, Issa Ouédraogo. Issa, la province du Bam est-elle une cible nouvelle ?

ISSA OUÉDRAOGO : Pas du tout. En 2021 déjà, à Bourzanga, deux kamikazes s'étaient fait exploser devant la brigade de gendarmerie : six morts, dont les deux kamikazes. C'était revendiqué par l'État islamique au Sahel. Et il y a trois ans, près de Boulsa, un convoi de ravitaillement a été attaqué : trente et un soldats et, euh, une quarantaine d'assaillants tués.

PRÉSENTATEUR : Et les civils ?

ISSA OUÉDRAOGO : Ils paient le prix fort. En novembre 2024, à Rollo, des hommes armés ont tué une vingtaine de personnes sur le marché. Le 3 mars 2025, sur la route de Tikaré, un engin explosif a frappé un car de voyageurs : huit morts, douze blessés.

PRÉSENTATEUR : Et la riposte de l'armée ?

ISSA OUÉDRAOGO : Elle continue. Mercredi encore, des drones de l'armée ont frappé près de Zimtenga. L'état-major parle de « plusieurs terroristes neutralisés », sans donner de chiffre. Sur le terrain, les gens attendent surtout que les routes rouvrent : plus de 300 000 déplacés vivent dans la province, et le prix du sac de riz a doublé.

PRÉSENTATEUR : Merci, Issa Ouédraogo, à Kaya. Vous pouvez réagir au 80 00 11 22. Tout de suite, le sport.
"""))
GOLD += [
E(18, ["le double attentat-suicide contre le détachement de Kongoussi"],
  "SUI", "2026-08-15", "day", "Kongoussi", "BF", 21, None, "exact", "JNIM", "JNIM", False,
  "'Trois semaines après' in a Saturday 5 September bulletin -> 15 August (21 days, current). 'qui a tué vingt et un militaires et supplétifs' -> 21, taken as written (the bombers are not counted in this document). Claimed by the JNIM."),
E(18, ["deux kamikazes s'étaient fait exploser devant la brigade de gendarmerie"],
  "SUI", "2021-01-01", "year", "Bourzanga", "BF", 6, None, "exact", "Islamic State", "Islamic State", True,
  "'En 2021' -> year. Twin bombers at one gate -> one Suicide bomb. 'six morts, dont les deux kamikazes' -> 6. Claimed by l'État islamique au Sahel -> Islamic State."),
E(18, ["un convoi de ravitaillement a été attaqué"],
  "BAT", "2023-01-01", "year", "Boulsa", "BF", 71, None, "about", None, None, True,
  "'il y a trois ans' in 2026 -> 2023, year. 'trente et un soldats et ... une quarantaine d'assaillants' -> 31 + 40 = 71, about (a sum with a vague part). Attack on an escorted (military) convoy by unnamed assailants -> Armed clash, null perpetrator. 'près de Boulsa' -> Boulsa."),
E(18, ["des hommes armés ont tué une vingtaine de personnes sur le marché"],
  "ATK", "2024-11-01", "month", "Rollo", "BF", 20, None, "about", None, None, True,
  "'En novembre 2024' -> month. 'une vingtaine' -> 20, about. Unnamed gunmen."),
E(18, ["un engin explosif a frappé un car de voyageurs"],
  "IED", "2025-03-03", "day", "Tikaré", "BF", 8, 12, "exact", None, None, True,
  "'Le 3 mars 2025' -> day. 'sur la route de Tikaré' -> the place named. 8 killed, 12 wounded."),
E(18, ["des drones de l'armée ont frappé près de Zimtenga"],
  "AIR", "2026-09-02", "day", "Zimtenga", "BF", None, None, None, "military", None, False,
  "'Mercredi' vs Saturday 5 September -> 2 September. 'plusieurs terroristes neutralisés', 'sans donner de chiffre' -> no figure. '300 000', '80 00 11 22' are distractors."),
]
