"""Authoring source of benchmarks/events_holdout33 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Moroni, Comoros cluster (holdout33-001 to 005; French and English),
two suicide bombers on Friday 6 March 2026 at two sites of one town (the
Volo-Volo market and the bus station next to it, about 350 m and four minutes
apart): a French live page ("direct") whose timed entries correct one another
(fr 001), a hospital-by-hospital toll with an arrest (fr 002), an English wire
with the claim, a denial, a "may have been" and a facilitator's arrest (003),
a prosecutor's communiqué listing numbered suspects (fr 004) and a foreign
ministry's travel advice listing older incidents (fr 005), and, numbered after
the other clusters, an English wire on a traders' march dispersed with tear
gas and a fifth arrest (021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout33")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout33-001
ARTICLES.append(A(1, "fr", "article", "2026-03-06T19:50:00Z",
"DIRECT - Double attentat-suicide à Moroni : suivez les dernières informations",
"""
Ce direct est mis à jour au fil de la soirée. Les heures indiquées sont celles de Moroni.

18 h 02 — Deux fortes explosions ont retenti vers 17 h 45 dans le quartier de Volo-Volo, au cœur de Moroni. Selon plusieurs témoins, la première s'est produite à l'entrée du marché, la seconde quatre minutes plus tard près de la gare routière, à environ 350 mètres.

18 h 25 — Une source policière évoque deux kamikazes qui se sont fait exploser au milieu de la foule du vendredi soir. Au moins quatre personnes ont été tuées, selon cette source.

18 h 50 — Les ambulances font la navette vers le Centre hospitalier national El-Maarouf, dont le service des urgences, qui compte 60 lits, a déclenché son plan blanc. Le numéro d'urgence, le 17, est saturé.

19 h 40 — Une radio locale avance le chiffre de dix-neuf morts. Nous ne sommes pas en mesure de le confirmer.

20 h 15 — Correction : le chiffre de dix-neuf morts diffusé plus tôt par cette radio était erroné, selon le ministère de l'Intérieur, qui fait état d'au moins neuf morts et de plusieurs dizaines de blessés.

20 h 40 — Un troisième engin, contenant environ 6 kilos d'explosifs, a été découvert dans un sac abandonné près des étals de poisson et désamorcé par les démineurs de la gendarmerie.

21 h 30 — Aucune revendication à cette heure. Un haut gradé de la gendarmerie estime que l'attaque « pourrait être liée » à des combattants venus du nord du Mozambique, sans plus de précision.

22 h 05 — Le chef de l'État a décrété un deuil national de trois jours et un couvre-feu de 22 heures à 5 heures sur toute la Grande Comore. C'est le premier attentat-suicide de l'histoire du pays, qui avait connu, en mai 2019, l'explosion d'une grenade lors d'un meeting électoral à Fomboni, sur l'île de Mohéli (onze blessés).

22 h 40 — Bilan actualisé du ministère de l'Intérieur : au moins onze morts et des dizaines de blessés. Fin de ce direct, qui reprendra demain à 7 heures.
"""))
GOLD += [
E(1, ["Deux fortes explosions", "deux kamikazes qui se sont fait exploser", "l'attaque « pourrait être liée »", "premier attentat-suicide de l'histoire du pays"],
  "SUI", "2026-03-06", "day", "Moroni", "KM", 11, 12, "at_least", None, None, False,
  "Live page of Friday 6 March (published 22:50 local, UTC+3; same date). Two sites of one town (the Volo-Volo market and the bus station, about 350 m and four minutes apart) -> ONE Suicide bomb event (events_holdout10 Koupéla convention). Live page: the last entry's toll wins (like holdout31's fil info): 'au moins onze morts et des dizaines de blessés' -> 11 at_least, 12 ('des dizaines', dev table). Superseded: 'Au moins quatre', 'au moins neuf ... plusieurs dizaines'; the radio's 'dix-neuf morts' is a figure the page itself corrects as erroneous, never used. « pourrait être liée » is speculation -> null. Entry times, '17 h 45', '350 mètres', '60 lits', 'le 17', '22 heures à 5 heures', 'trois jours' are not casualties."),
E(1, ["Un troisième engin, contenant environ 6 kilos d'explosifs", "désamorcé par les démineurs de la gendarmerie"],
  "DWU", "2026-03-06", "day", "Moroni", "KM", None, None, None, "police", None, False,
  "A third device found and defused on its own -> Disrupted weapons use; gendarmerie bomb-disposal unit ('démineurs de la gendarmerie') -> 'police'. '6 kilos' is a weight."),
E(1, ["l'explosion d'une grenade lors d'un meeting électoral à Fomboni"],
  "GRN", "2019-05-01", "month", "Fomboni", "KM", None, 11, "exact", None, None, True,
  "'en mai 2019' -> month, background. A grenade at a rally -> Grenade, no author named -> null. '(onze blessés)' -> injured 11, exact."),
]

# -------------------------------------------------------------- holdout33-002
ARTICLES.append(A(2, "fr", "article", "2026-03-07T14:30:00Z",
"Attentat de Moroni : le bilan, hôpital par hôpital",
"""
Au lendemain du double attentat-suicide qui a frappé vendredi soir le quartier de Volo-Volo, à Moroni, le ministère de la Santé a publié samedi à la mi-journée un bilan consolidé, établissement par établissement. Vendredi soir, les autorités parlaient encore d'au moins onze morts.

CHN El-Maarouf (Moroni) : 38 admis, 3 décès. Parmi eux, un adolescent de 16 ans, qui a succombé à ses blessures dans la nuit. Onze patients sont en réanimation ; le service, qui ne compte que 12 lits de soins intensifs, a transféré deux blessés graves vers Mayotte par avion sanitaire.

Hôpital de district de Mitsoudjé : 9 admis, 1 décès.

Centre médical de Mbéni : 5 admis, aucun décès. Tous sont sortis samedi matin.

Au total, selon le ministère, l'attentat a fait quatorze morts, dont les deux kamikazes, et cinquante-deux blessés. Dix personnes, dont les deux kamikazes, sont mortes sur place ; les quatre autres décès sont survenus à l'hôpital.

Les médecins saluent l'élan de solidarité : plus de 300 personnes ont donné leur sang depuis vendredi et une équipe de 14 soignants est arrivée de La Réunion. Le ministre de la Santé a promis que les soins des victimes seraient pris en charge à 100 % par l'État.

Côté enquête, les choses bougent. Samedi matin, la gendarmerie a interpellé deux hommes à Mitsamiouli, à une quarantaine de kilomètres au nord de la capitale, dans une maison louée 75 000 francs comoriens par mois où les kamikazes auraient séjourné. Un chauffeur de taxi-brousse qui les avait conduits à Moroni a été entendu puis laissé libre.

Aucune revendication n'avait été enregistrée samedi en début d'après-midi. Les obsèques des premières victimes ont eu lieu dans la matinée, en présence du chef de l'État.
"""))
GOLD += [
E(2, ["double attentat-suicide qui a frappé vendredi soir le quartier de Volo-Volo", "l'attentat a fait quatorze morts"],
  "SUI", "2026-03-06", "day", "Moroni", "KM", 14, 52, "exact", None, None, False,
  "'Au lendemain' / 'vendredi soir' vs Saturday 7 March -> Friday 6 March. Revised toll inside the article: 'au moins onze morts' (Friday) -> 'quatorze morts, dont les deux kamikazes, et cinquante-deux blessés' -> 14 (bombers inside), 52, exact. The hospital lines ('38 admis, 3 décès', '9 admis, 1 décès', '5 admis, aucun décès') are subsets of the total (38 + 9 + 5 = 52; 3 + 1 = the 'quatre autres décès'), not separate events and not the event's figures; the 16-year-old who 'a succombé à ses blessures dans la nuit' is inside the fourteen. '12 lits', 'Onze patients' (in intensive care, a subset), '300 personnes' (blood donors), '14 soignants', '100 %' are not casualties. No claim -> null."),
E(2, ["la gendarmerie a interpellé deux hommes à Mitsamiouli"],
  "ARR", "2026-03-07", "day", "Mitsamiouli", "KM", None, None, None, "police", None, False,
  "'Samedi matin' = publication day, Saturday 7 March. Gendarmerie -> 'police'. 'une quarantaine de kilomètres' is a distance, '75 000 francs comoriens' a rent. The bush-taxi driver 'entendu puis laissé libre' is not arrested."),
]

# -------------------------------------------------------------- holdout33-003
ARTICLES.append(A(3, "en", "article", "2026-03-08T10:15:00Z",
"Islamic State claims Comoros twin bombing; boat owner held on Moheli",
"""
MORONI, Comoros (Indian Ocean Wire) - Islamic State claimed responsibility on Saturday night for Friday's twin suicide bombing in the Comoros capital, saying in a statement that its Mozambique branch had sent two fighters to strike "the apostates of Moroni". The statement said 50 people had been killed.

Interior Minister Fahmi Said Abdou said on Sunday the claim was "authentic" and that the two bombers, both Comorian nationals in their twenties, had travelled from northern Mozambique by boat. The blasts at the Volo-Volo market and the nearby bus station killed 15 people, including the two bombers, and wounded 52, he said. A 63-year-old woman died of her wounds on Saturday night, raising the toll from 14.

Al-Shabaab, which has recruited on the islands in the past, denied any involvement in a message sent to a Comorian radio station. But a senior gendarmerie officer said some of its former recruits "may have been" used to scout the two sites.

Gendarmes arrested two men in Mitsamiouli on Saturday morning, and a 45-year-old boat owner accused of ferrying the bombers across the 500 km from Mozambique was detained in Fomboni, on the island of Moheli, on Saturday evening. He was flown to Moroni under guard, a spokesman for the prosecutor said.

The archipelago of about 870,000 people has been spared large-scale jihadist violence. In 2021, police broke up a cell in Domoni, on Anjouan, arresting four young men who had tried to travel to Mozambique to join armed groups.

Inter-island ferries were suspended for 48 hours. France and the African Union condemned the attack, and a French military aircraft carrying 3 tonnes of medical supplies landed on Saturday at the international airport north of the capital.
"""))
GOLD += [
E(3, ["Friday's twin suicide bombing in the Comoros capital", "The blasts at the Volo-Volo market", "condemned the attack"],
  "SUI", "2026-03-06", "day", "Moroni", "KM", 15, 52, "exact", "Islamic State", "Islamic State", False,
  "'Friday's' vs Sunday 8 March -> 6 March. 'Islamic State claimed responsibility' (its Mozambique branch -> 'Islamic State', dev), judged 'authentic' by the minister -> claimant and perpetrator. 'killed 15 people, including the two bombers, and wounded 52' -> 15 (inside; the woman who died on Saturday night raised it from 14), 52, exact. The claim's own '50 people' is the claimant's figure, never used. Al-Shabaab's denial is not a claim, and the officer's 'may have been' (about its former recruits) is speculation: neither is coded. '63-year-old', 'twenties' are ages."),
E(3, ["Gendarmes arrested two men in Mitsamiouli"],
  "ARR", "2026-03-07", "day", "Mitsamiouli", "KM", None, None, None, "police", None, False,
  "'on Saturday morning' vs Sunday 8 March -> 7 March. Restated arrest of holdout33-002 (its own event in this document). Gendarmes -> 'police'."),
E(3, ["a 45-year-old boat owner accused of ferrying the bombers"],
  "ARR", "2026-03-07", "day", "Fomboni", "KM", None, None, None, "police", None, False,
  "'on Saturday evening' vs Sunday 8 March -> 7 March. 'was detained', in the sentence whose subject is the gendarmes -> 'police'. The suspected facilitator of this cluster. '45-year-old' is an age and '500 km' a distance."),
E(3, ["police broke up a cell in Domoni"],
  "ARR", "2021-01-01", "year", "Domoni", "KM", None, None, None, "police", None, True,
  "'In 2021' -> year, background. Breaking up a cell by 'arresting four young men' -> Arrests, police. '870,000 people', '48 hours', '3 tonnes' are not casualties."),
]

# -------------------------------------------------------------- holdout33-004
ARTICLES.append(A(4, "fr", "article", "2026-03-11T13:00:00Z",
"Communiqué du parquet de Moroni : quatre mis en cause présentés au juge",
"""
Communiqué du procureur de la République près le tribunal de première instance de Moroni, relatif à l'attentat terroriste du 6 mars 2026 à Volo-Volo.

Le procureur de la République porte à la connaissance du public les éléments suivants, dans le respect du secret de l'enquête.

L'attentat commis le vendredi 6 mars 2026 vers 17 h 45 au marché de Volo-Volo et à la gare routière attenante a causé la mort de quinze personnes, y compris ses deux auteurs, et fait cinquante-deux blessés. Il a été revendiqué le 7 mars par l'organisation dite État islamique ; les enquêteurs tiennent cette revendication pour authentique.

Quatre personnes ont été présentées ce jour au juge d'instruction :

1. A. M., 34 ans, pêcheur, interpellé le 7 mars à Mitsamiouli, poursuivi pour association de malfaiteurs en relation avec une entreprise terroriste ;

2. S. H., 27 ans, chauffeur, interpellé le même jour au même endroit, poursuivi du même chef ;

3. I. B., 45 ans, propriétaire d'une vedette, appréhendé le 7 mars au soir à Fomboni, poursuivi pour complicité d'assassinats, pour avoir assuré la traversée des deux auteurs depuis le Mozambique contre 1 500 euros ;

4. F. Y., 23 ans, étudiante, placée en garde à vue le 9 mars à Iconi, poursuivie pour financement d'une entreprise terroriste. Lors de la perquisition de son domicile, les enquêteurs ont saisi 2 400 000 francs comoriens en espèces et trois téléphones.

Deux autres personnes, entendues comme témoins, ont été laissées libres. L'imam d'une mosquée de Mitsamiouli a été convoqué le 10 mars à titre de témoin ; il n'est pas mis en cause.

Le parquet a requis le placement des quatre mis en cause sous mandat de dépôt. Toute personne disposant d'informations est invitée à composer le 17 ou le numéro vert 800 20 20, ouvert de 7 heures à 19 heures.

Fait à Moroni, le 11 mars 2026.
"""))
GOLD += [
E(4, ["l'attentat terroriste du 6 mars 2026 à Volo-Volo", "L'attentat commis le vendredi 6 mars 2026"],
  "SUI", "2026-03-06", "day", "Moroni", "KM", 15, 52, "exact", "Islamic State", "Islamic State", False,
  "'du 6 mars 2026', five days before Wednesday 11 March -> current. The communiqué's heading names the bombing (a trigger, events_holdout27, 29, 31). 'quinze personnes, y compris ses deux auteurs, et ... cinquante-deux blessés' -> 15 (bombers inside), 52, exact. « revendiqué ... par l'organisation dite État islamique », held authentic -> claimant and perpetrator. Volo-Volo is a quarter of Moroni."),
E(4, ["interpellé le 7 mars à Mitsamiouli"],
  "ARR", "2026-03-07", "day", "Mitsamiouli", "KM", None, None, None, "police", None, False,
  "Suspects 1 and 2 ('interpellé le même jour au même endroit'): one Arrests event per place and day -> Mitsamiouli, 7 March (restated arrest of holdout33-002). Presentation to the judge is the arrests' follow-up, not a new arrest. No force named; gendarmerie in holdout33-002 -> 'police'. '34 ans', '27 ans' are ages."),
E(4, ["appréhendé le 7 mars au soir à Fomboni"],
  "ARR", "2026-03-07", "day", "Fomboni", "KM", None, None, None, "police", None, False,
  "Suspect 3, the boat owner (the facilitator of holdout33-003) -> Fomboni, 7 March, 'police'. '45 ans' an age, '1 500 euros' a fee."),
E(4, ["placée en garde à vue le 9 mars à Iconi"],
  "ARR", "2026-03-09", "day", "Iconi", "KM", None, None, None, "police", None, False,
  "Suspect 4: 'placée en garde à vue' is an arrest (the brief's list; events_holdout31 conventions) -> Iconi, Monday 9 March; the investigators ('les enquêteurs') -> 'police'. The cash and phones seized at her home belong to the arrest. '23 ans', '2 400 000 francs comoriens', 'trois téléphones' are not casualties. The two witnesses 'laissées libres' and the imam 'convoqué ... à titre de témoin' are not arrested; 'le 17', '800 20 20', '7 heures à 19 heures' are phone numbers and hours."),
]

# -------------------------------------------------------------- holdout33-005
ARTICLES.append(A(5, "fr", "article", "2026-03-13T10:00:00Z",
"Comores - Conseils aux voyageurs (mise à jour)",
"""
Dernière mise à jour le 13 mars 2026. Ces conseils sont toujours valables à cette date.

Sécurité - Terrorisme. Le vendredi 6 mars 2026, un double attentat-suicide revendiqué par l'organisation État islamique a frappé le marché de Volo-Volo et la gare routière voisine, à Moroni, faisant quinze morts, dont les deux kamikazes, et plus de cinquante blessés. La menace terroriste est désormais jugée élevée dans l'ensemble de l'archipel. Il est recommandé d'éviter les marchés, les gares routières et les grands rassemblements, en particulier le vendredi.

Le pays avait jusqu'ici connu des incidents de moindre ampleur, qu'il convient de garder à l'esprit :

- en mai 2019, l'explosion d'une grenade lors d'un meeting électoral à Fomboni (Mohéli) avait blessé onze personnes ;

- en 2021, quatre jeunes hommes soupçonnés de vouloir rejoindre des groupes armés au Mozambique avaient été arrêtés à Domoni (Anjouan) ;

- il y a trois ans, des émeutes avaient éclaté à Mbéni après la mort d'un jeune homme dans un accident de la route : les heurts entre manifestants et forces de l'ordre avaient fait un mort et une vingtaine de blessés ;

- en août dernier, un engin explosif artisanal a été découvert et désamorcé par la gendarmerie près de l'aéroport de Hahaya.

Déplacements. Les liaisons maritimes entre les îles, suspendues pendant 48 heures après l'attentat, ont repris. Un couvre-feu de 22 heures à 5 heures reste en vigueur à Moroni. La route de l'aéroport, à une vingtaine de kilomètres au nord de la capitale, fait l'objet de contrôles fréquents : il est conseillé de prévoir au moins trois heures d'avance pour les vols internationaux.

Santé. Les capacités hospitalières restent limitées, et le principal hôpital du pays ne compte qu'environ 250 lits. Une assurance couvrant le rapatriement sanitaire est vivement recommandée.

Numéros utiles. Police : 17. Pompiers : 18. Ambassade, permanence consulaire : +269 773 19 19.

Les voyageurs sont invités à s'inscrire sur le service d'alerte du ministère avant leur départ et à suivre les consignes des autorités locales.
"""))
GOLD += [
E(5, ["un double attentat-suicide revendiqué par l'organisation État islamique", "après l'attentat"],
  "SUI", "2026-03-06", "day", "Moroni", "KM", 15, 50, "exact", "Islamic State", "Islamic State", False,
  "'Le vendredi 6 mars 2026', a week before Friday 13 March -> current. 'quinze morts, dont les deux kamikazes, et plus de cinquante blessés' -> 15 (inside), injured 50; the qualifier describes the killed figure (exact), so the 'plus de' of the injured is not carried (dev). « revendiqué par l'organisation État islamique » -> claimant and perpetrator. 'après l'attentat' (the ferries paragraph) names it too."),
E(5, ["l'explosion d'une grenade lors d'un meeting électoral à Fomboni"],
  "GRN", "2019-05-01", "month", "Fomboni", "KM", None, 11, "exact", None, None, True,
  "'en mai 2019' -> month, background (the grenade of holdout33-001). 'avait blessé onze personnes' -> injured 11, exact; no author -> null."),
E(5, ["quatre jeunes hommes soupçonnés de vouloir rejoindre des groupes armés au Mozambique avaient été arrêtés à Domoni"],
  "ARR", "2021-01-01", "year", "Domoni", "KM", None, None, None, "police", None, True,
  "'en 2021' -> year, background (the arrests of holdout33-003). 'avaient été arrêtés' names no force; the gold takes 'police', as the set does for every arrest (events_holdout31 Saguenay)."),
E(5, ["des émeutes avaient éclaté à Mbéni", "les heurts entre manifestants et forces de l'ordre"],
  "RIOT", "2023-01-01", "year", "Mbéni", "KM", 1, 20, "exact", None, None, True,
  "'il y a trois ans' vs 2026 -> 2023, year, background. Riots with clashes -> Riots / Violent demonstration, null actor. 'un mort et une vingtaine de blessés' -> killed 1 (exact), injured 20 ('une vingtaine', about); the qualifier describes the killed figure -> exact. The young man's road accident that sparked the riots is not coded."),
E(5, ["un engin explosif artisanal a été découvert et désamorcé par la gendarmerie"],
  "DWU", "2025-08-01", "month", "Hahaya", "KM", None, None, None, "police", None, True,
  "'en août dernier' vs March 2026 -> August 2025, month, background. A device found and defused -> Disrupted weapons use, gendarmerie -> 'police'; 'près de l'aéroport de Hahaya' -> Hahaya. '48 heures', '22 heures à 5 heures', 'une vingtaine de kilomètres', 'trois heures', '250 lits', '17', '18', '+269 773 19 19' are not casualties."),
]

# -------------------------------------------------------------- holdout33-021
ARTICLES.append(A(21, "en", "article", "2026-03-16T12:30:00Z",
"Comoros police fire tear gas at traders' march as fifth bombing suspect held",
"""
MORONI, Comoros (Indian Ocean Wire) - Police fired tear gas on Monday to break up a march by several hundred market traders in Moroni, ten days after the twin suicide bombing at the Volo-Volo market that killed 15 people, including the two bombers, and wounded 52.

The traders, most of them women who sold fish and vegetables at the market, set off from the ruins of their stalls at about 9 a.m. to demand compensation and the reopening of the market, which has been closed since the attack. Officers blocked them about 200 metres from the Interior Ministry and fired several canisters of tear gas when the crowd refused to turn back. The marchers scattered into side streets and the protest was over within an hour.

"We have lost our goods, our stalls and our sisters, and now they gas us," said Moinaecha Ali, 52, who has sold bananas at Volo-Volo for 30 years. Traders say 48 stalls were destroyed and estimate their losses at about 20 million Comorian francs.

The bombing was claimed by Islamic State, and investigators have said they consider the claim authentic. On Monday, the prosecutor's office said a fifth suspect, a 30-year-old mobile-money agent, had been arrested by gendarmes in Foumbouni, in the south of Grande Comore, on Saturday. He is accused of transferring 1.2 million Comorian francs to the bombers in the weeks before the attack.

Thousands of people attended a prayer for the victims on Sunday at the Old Friday Mosque, and the government has promised a fund for the families.

The last protest of this size in the country, in Mbeni in 2023, turned into riots in which one person died and about 20 were injured. Officials said on Monday they wanted to avoid "any repetition".
"""))
GOLD += [
E(21, ["the twin suicide bombing at the Volo-Volo market", "since the attack", "The bombing was claimed by Islamic State", "before the attack"],
  "SUI", "2026-03-06", "day", "Moroni", "KM", 15, 52, "exact", "Islamic State", "Islamic State", False,
  "'ten days after' vs Monday 16 March -> Friday 6 March. 'killed 15 people, including the two bombers, and wounded 52' -> 15 (inside), 52, exact. 'claimed by Islamic State', held authentic -> claimant and perpetrator. The march is not part of the bombing event."),
E(21, ["Police fired tear gas", "a march by several hundred market traders in Moroni", "the protest was over within an hour"],
  "PI", "2026-03-16", "day", "Moroni", "KM", None, None, None, None, None, False,
  "'on Monday' = publication day, 16 March. A march with a demand (compensation, reopening) broken up with tear gas -> Protests / Protest with intervention, perpetrator null (dev: null for protests). No one is said to be hurt or detained -> null casualties. 'several hundred' are marchers; '9 a.m.', '200 metres', '52' (an age), '30 years', '48 stalls', '20 million Comorian francs' are not casualties. The prayer for the victims is not coded."),
E(21, ["a fifth suspect, a 30-year-old mobile-money agent, had been arrested by gendarmes in Foumbouni"],
  "ARR", "2026-03-14", "day", "Foumbouni", "KM", None, None, None, "police", None, False,
  "'on Saturday' vs Monday 16 March -> 14 March (the arrest's day, not the Monday announcement). Gendarmes -> 'police'. '30-year-old' an age, '1.2 million Comorian francs' money."),
E(21, ["The last protest of this size in the country", "in Mbeni in 2023, turned into riots"],
  "RIOT", "2023-01-01", "year", "Mbéni", "KM", 1, 20, "exact", None, None, True,
  "'in 2023' -> year, background (the riots of holdout33-005, 'il y a trois ans' there). 'one person died and about 20 were injured' -> killed 1 (exact), injured 20 (about); the qualifier describes the killed figure -> exact. Gold spelling 'Mbéni', text 'Mbeni'."),
]
