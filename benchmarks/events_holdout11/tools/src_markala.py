"""Authoring source of benchmarks/events_holdout11 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Markala, Mali cluster (holdout11-017 to 021 and 023), a double
suicide car bombing at two sites of one town (the gendarmerie camp and the
checkpoint at the dam bridge, about 2 km apart, five minutes apart): the
French flash (017), the revised toll and a third attacker shot before he
detonated (018), the claim and the arrests in French (019), a protest and a
riot in French (020), a podcast with older attacks (021) and a follow-up
five weeks later, when the bombing has become background (023). The trap
article (022, a film review) is here too. Notes are in English, as in the
other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout11")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout11-017
ARTICLES.append(A(17, "fr", "article", "2026-09-15T11:00:00Z",
"Mali : double attentat-suicide contre les gendarmes à Markala",
"""
BAMAKO, 15 septembre (Agence) - Au moins huit personnes, dont six gendarmes, ont été tuées mardi matin à Markala, dans la région de Ségou, dans deux attentats-suicides à la voiture piégée visant le camp de la gendarmerie et le poste de contrôle du pont-barrage, selon des sources sécuritaires. Les blessés se comptent par dizaines.

Le premier véhicule, un pick-up chargé d'explosifs, a forcé l'entrée du camp vers 6 h 30 avant d'exploser. Cinq minutes plus tard, un second kamikaze a fait exploser une camionnette au poste de contrôle situé à l'entrée du pont, à environ deux kilomètres, au moment où des renforts quittaient le camp.

« Les deux explosions ont été entendues jusqu'à 15 kilomètres », a témoigné un enseignant joint par téléphone. Le pont, long de plus de 800 mètres, qui enjambe le fleuve Niger, a été fermé à la circulation.

Aucune revendication n'avait été publiée en fin de matinée. Une source militaire estimait que l'État islamique au Sahel pourrait être derrière l'attaque, même si la zone est surtout sous l'influence du JNIM, qui y a multiplié les embuscades depuis 2015.

La veille, lundi, un camion de ravitaillement a sauté sur une mine près de Sansanding, à une trentaine de kilomètres en aval, tuant deux chauffeurs, selon un élu local.

Les autorités ont instauré un couvre-feu de 20 heures à 6 heures dans le cercle de Ségou jusqu'à nouvel ordre.
"""))
GOLD += [
E(17, ["deux attentats-suicides à la voiture piégée visant le camp de la gendarmerie et le poste de contrôle du pont-barrage", "Le premier véhicule", "un second kamikaze a fait exploser une camionnette", "Les deux explosions", "l'attaque"],
  "SUI", "2026-09-15", "day", "Markala", "ML", 8, 12, "at_least", None, None, False,
  "'mardi matin' = publication day, Tuesday 15 September. Two suicide car bombs at two sites of one town (the gendarmerie camp and the bridge checkpoint, about 2 km apart), five minutes apart -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention; see Known ambiguities). 'Au moins huit' -> 8, at_least; 'dont six gendarmes' is a subset. 'Les blessés se comptent par dizaines' read as 'des dizaines' -> 12 (dev table). 'pourrait être derrière' is speculation -> no perpetrator. 'vers 6 h 30', 'Cinq minutes', 'environ deux kilomètres', '15 kilomètres', '800 mètres', 'depuis 2015' are distractors."),
E(17, ["un camion de ravitaillement a sauté sur une mine près de Sansanding"],
  "IED", "2026-09-14", "day", "Sansanding", "ML", 2, None, "exact", None, None, False,
  "'La veille, lundi' -> 14 September. A mine -> Remote explosive/landmine/IED. 'tuant deux chauffeurs' -> 2. No actor. 'une trentaine de kilomètres' is a distance; the curfew ('de 20 heures à 6 heures') is not coded."),
]

# -------------------------------------------------------------- holdout11-018
ARTICLES.append(A(18, "en", "article", "2026-09-16T09:30:00Z",
"Markala car bombings: toll rises to seventeen, third attacker shot",
"""
BAMAKO, Sept. 16 - The toll from Tuesday's twin suicide car bombings in Markala has risen to seventeen, including the two bombers, Mali's army said on Wednesday, a day after the attacks on the town's gendarmerie camp and the checkpoint guarding its dam bridge.

The army first said eight people had died. By Tuesday evening it gave a toll of 14, and three wounded gendarmes died overnight at the district hospital, bringing the number to 17. The dead included nine gendarmes, two soldiers and four civilians. Twenty-six people were hospitalized, six of them in serious condition.

The army also said a third attacker, riding a motorbike loaded with explosives, was shot dead by soldiers at a checkpoint near the market about an hour after the car bombs, before he could detonate his charge. Nobody else was hurt there.

Also on Tuesday, the air force destroyed what the army called a JNIM logistics base near Dougabougou, killing "several terrorists", it said without giving a figure.

No group had claimed the bombings by Wednesday morning. Markala, a town of about 50,000 people, controls the Niger river dam that feeds the irrigated rice fields of the Office du Niger, where more than 100,000 families farm. The bridge on top of the dam, closed since Tuesday, carries most of the traffic between Ségou and the north.
"""))
GOLD += [
E(18, ["Tuesday's twin suicide car bombings in Markala", "the attacks on the town's gendarmerie camp", "the car bombs", "the bombings"],
  "SUI", "2026-09-15", "day", "Markala", "ML", 17, 26, "exact", None, None, False,
  "'Tuesday's' vs Wednesday 16 September -> 15 September. Revised inside the article: eight -> 14 -> 'three wounded gendarmes died overnight ... bringing the number to 17', 'including the two bombers' -> 17 (bombers inside). 'Twenty-six people were hospitalized' -> injured 26 ('six of them in serious condition' is a subset). 'nine gendarmes, two soldiers and four civilians' (15) plus the two bombers is the same 17. Two sites of one town -> one event. No claim -> null."),
E(18, ["a third attacker, riding a motorbike loaded with explosives, was shot dead by soldiers"],
  "DWU", "2026-09-15", "day", "Markala", "ML", 1, 0, "exact", "military", None, False,
  "'about an hour after the car bombs' on Tuesday -> 15 September. A would-be bomber shot before detonating -> Disrupted weapons use with the bomber in killed (events_val val-019, events_holdout10 Maltam); an hour later and elsewhere in town, he did not detonate, so he is not part of the twin bombing. 'Nobody else was hurt there' -> injured 0. Soldiers -> military."),
E(18, ["the air force destroyed what the army called a JNIM logistics base near Dougabougou"],
  "AIR", "2026-09-15", "day", "Dougabougou", "ML", None, None, None, "military", None, False,
  "'Also on Tuesday' -> 15 September. Air force -> military. 'several terrorists ... without giving a figure' -> killed null (no number). 'about 50,000 people', 'more than 100,000 families' are distractors."),
]

# -------------------------------------------------------------- holdout11-019
ARTICLES.append(A(19, "fr", "article", "2026-09-18T10:00:00Z",
"Markala : le JNIM revendique, sept suspects arrêtés",
"""
BAMAKO, 18 septembre - Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM), lié à al-Qaïda, a revendiqué mercredi soir le double attentat-suicide de mardi à Markala, qui a fait dix-sept morts, dont les deux kamikazes, et 26 blessés. Dans un message diffusé par son organe de propagande, le groupe affirme avoir tué « plus de cinquante soldats et gendarmes ».

Le gouvernement de transition a dénoncé un « bilan fantaisiste », sans remettre en cause l'auteur de l'attentat. Le JNIM affirme aussi que le troisième assaillant, abattu mardi par des soldats près du marché avant d'avoir pu actionner sa charge, faisait partie du commando.

Sept suspects ont été arrêtés jeudi à Markala par la gendarmerie, dont le propriétaire d'un garage où les deux véhicules auraient été piégés, selon une source judiciaire. Un présumé logisticien avait été interpellé mercredi à Sibila, à une vingtaine de kilomètres, par l'armée.

Plus de 80 personnes ont été convoquées pour être entendues, et trois véhicules ont été saisis. Les enquêteurs estiment que les deux voitures contenaient au total près de 400 kilogrammes d'explosifs.

Le pont-barrage a rouvert jeudi à la circulation, mais seulement de 7 heures à 18 heures. Selon l'Office du Niger, la fermeture a bloqué pendant deux jours quelque 300 camions de riz.
"""))
GOLD += [
E(19, ["le double attentat-suicide de mardi à Markala", "l'auteur de l'attentat"],
  "SUI", "2026-09-15", "day", "Markala", "ML", 17, 26, "exact", "JNIM", "JNIM", False,
  "'mardi' vs Friday 18 September -> 15 September. 'dix-sept morts, dont les deux kamikazes, et 26 blessés' -> 17/26. 'a revendiqué' by the GSIM/JNIM -> JNIM; the government disputes the claimant's toll ('plus de cinquante', not used), not the authorship."),
E(19, ["le troisième assaillant, abattu mardi par des soldats près du marché avant d'avoir pu actionner sa charge"],
  "DWU", "2026-09-15", "day", "Markala", "ML", 1, None, "exact", "military", None, False,
  "'mardi' -> 15 September. The would-be bomber shot before detonating -> Disrupted weapons use, bomber in killed (events_val val-019). No statement on other casualties here -> injured null (events_holdout10 holdout10-019). The JNIM's claim that he belonged to its commando is about the bombing, not this act: the acting force is the military."),
E(19, ["Sept suspects ont été arrêtés jeudi à Markala par la gendarmerie"],
  "ARR", "2026-09-17", "day", "Markala", "ML", None, None, None, "police", None, False,
  "'jeudi' vs Friday 18 September -> 17 September. Gendarmerie -> police. 'Plus de 80 personnes ont été convoquées' are summoned, not arrested; 'trois véhicules' and 'près de 400 kilogrammes' are distractors."),
E(19, ["Un présumé logisticien avait été interpellé mercredi à Sibila"],
  "ARR", "2026-09-16", "day", "Sibila", "ML", None, None, None, "military", None, False,
  "'mercredi' -> 16 September. Another place and day -> its own Arrests event, by the army -> military. 'une vingtaine de kilomètres' is a distance; '7 heures à 18 heures', 'deux jours', '300 camions' are distractors."),
]

# -------------------------------------------------------------- holdout11-020
ARTICLES.append(A(20, "fr", "article", "2026-09-19T12:00:00Z",
"Après l'attentat de Markala, colère des familles et émeute à Dioro",
"""
MARKALA, 19 septembre - Plusieurs centaines d'épouses et d'enfants de gendarmes se sont rassemblés vendredi devant le camp de la gendarmerie de Markala pour réclamer une meilleure protection des postes et le versement des primes promises aux familles des victimes. Le rassemblement s'est dispersé dans le calme en fin de matinée.

Le double attentat-suicide de mardi contre le camp et le poste du pont-barrage a fait dix-sept morts, dont les deux kamikazes. Il a été revendiqué par le JNIM. Jeudi, neuf gendarmes ont été inhumés au cimetière de la ville, lors d'une cérémonie sobre, sans discours.

À Dioro, à une quarantaine de kilomètres au nord-est, la colère a pris un autre tour. Vendredi après-midi, des dizaines de jeunes ont incendié des pneus, saccagé la mairie et jeté des pierres sur le commissariat, accusant les autorités d'avoir abandonné la zone. Deux policiers ont été légèrement blessés.

La police a arrêté douze jeunes dans la soirée, selon le maire de Dioro, qui a appelé au calme. Ils ont entre 17 et 24 ans.

Le gouvernement a annoncé une aide de 1 million de francs CFA par famille endeuillée et la construction d'un mur de 3 mètres autour du camp. Une permanence téléphonique, le 80 00 11 22, a été ouverte pour les familles.
"""))
GOLD += [
E(20, ["Plusieurs centaines d'épouses et d'enfants de gendarmes se sont rassemblés vendredi devant le camp", "Le rassemblement"],
  "PP", "2026-09-18", "day", "Markala", "ML", None, None, None, None, None, False,
  "'vendredi' vs Saturday 19 September -> 18 September. A gathering with demands, dispersed calmly -> Peaceful protest. 'Plusieurs centaines' are participants. The burial 'sans discours' is not coded (events_holdout7)."),
E(20, ["Le double attentat-suicide de mardi contre le camp", "Il a été revendiqué par le JNIM"],
  "SUI", "2026-09-15", "day", "Markala", "ML", 17, None, "exact", "JNIM", "JNIM", False,
  "'mardi' vs Saturday 19 September -> 15 September. 'dix-sept morts, dont les deux kamikazes' -> 17; no wounded figure. 'Il a été revendiqué par le JNIM' -> JNIM. 'neuf gendarmes ont été inhumés' is a subset, not a toll."),
E(20, ["des dizaines de jeunes ont incendié des pneus, saccagé la mairie et jeté des pierres sur le commissariat"],
  "RIOT", "2026-09-18", "day", "Dioro", "ML", None, 2, "exact", None, None, False,
  "'Vendredi après-midi' -> 18 September. Arson, ransacking and stones -> Violent demonstration (events_holdout8 rule). 'Deux policiers ont été légèrement blessés' -> injured 2. 'des dizaines de jeunes' are participants. 'une quarantaine de kilomètres' is a distance."),
E(20, ["La police a arrêté douze jeunes dans la soirée"],
  "ARR", "2026-09-18", "day", "Dioro", "ML", None, None, None, "police", None, False,
  "'dans la soirée' of Friday -> 18 September. Rioters' arrests reported on their own -> separate Arrests event (events_holdout10 Pouytenga). '17 et 24 ans' are ages; '1 million de francs CFA', '3 mètres', '80 00 11 22' (hotline) are distractors."),
]

# -------------------------------------------------------------- holdout11-021
ARTICLES.append(A(21, "en", "transcript", "2026-10-02T07:00:00Z",
"The Sahel Brief podcast, episode 112: Why Markala matters",
"""
[00:00:08] HOST (AMINATA KEITA): Welcome to The Sahel Brief. On September 15, two suicide car bombs hit the gendarmerie camp and the dam bridge in Markala, killing 17 people, two of them the bombers. JNIM claimed the attack. With me is analyst Pierre Dembélé. Pierre, is this new?

[00:00:31] PIERRE DEMBELE: The target is new, the method is not. In 2018, a suicide car bomber rammed a checkpoint at Bla, killing four soldiers and himself. Three years ago, JNIM fighters attacked dozo hunters at Monimpébougou and killed 14 of them; the group claimed it the same day.

[00:01:02] HOST: And the army's response?

[00:01:05] PIERRE DEMBELE: Often heavy-handed. In November 2022, residents said an army drone strike killed dozens of people at a weekly fair near Siribala. The army said it had hit fighters. The same month, gunmen kidnapped the mayor of Doura, and he is still missing.

[00:01:40] HOST: The roads are dangerous too.

[00:01:43] PIERRE DEMBELE: Very. In April, a roadside bomb killed seven passengers on a bus near Sarro. Nobody claimed it.

[00:02:01] HOST: Why does Markala matter so much?

[00:02:04] PIERRE DEMBELE: The dam waters about 100,000 hectares of rice. Close the bridge for two days and 300 trucks are stuck. That is the leverage JNIM wants.

[00:02:30] HOST: Pierre Dembélé, thank you. Next week: gold mining in the south. This was episode 112 of The Sahel Brief, recorded in Dakar.
"""))
GOLD += [
E(21, ["two suicide car bombs hit the gendarmerie camp and the dam bridge in Markala", "JNIM claimed the attack"],
  "SUI", "2026-09-15", "day", "Markala", "ML", 17, None, "exact", "JNIM", "JNIM", False,
  "'On September 15' -> day; 17 days before publication -> current. Two sites of one town -> one event. 'killing 17 people, two of them the bombers' -> 17. 'JNIM claimed the attack' -> JNIM."),
E(21, ["a suicide car bomber rammed a checkpoint at Bla"],
  "SUI", "2018-01-01", "year", "Bla", "ML", 5, None, "exact", None, None, True,
  "'In 2018' -> year, background. 'killing four soldiers and himself' -> the text counts the bomber's death -> 4 + 1 = 5. No actor."),
E(21, ["JNIM fighters attacked dozo hunters at Monimpébougou", "the group claimed it the same day"],
  "BAT", "2023-01-01", "year", "Monimpébougou", "ML", 14, None, "exact", "JNIM", "JNIM", True,
  "'Three years ago' in 2026 -> 2023, year, background. An attack on an armed dozo militia -> Armed clash initiated by JNIM; 'the group claimed it' -> JNIM. 'killed 14 of them' -> 14."),
E(21, ["an army drone strike killed dozens of people at a weekly fair near Siribala"],
  "AIR", "2022-11-01", "month", "Siribala", "ML", 12, None, "at_least", "military", None, True,
  "'In November 2022' -> month, background. Both sides agree the army struck: the residents and the army dispute who died, not who struck (events_holdout10 Sarai Naurang) -> military. 'dozens of people' -> 12, at_least (dev table)."),
E(21, ["gunmen kidnapped the mayor of Doura"],
  "ABD", "2022-11-01", "month", "Doura", "ML", None, None, None, None, None, True,
  "'The same month' after 'In November 2022' -> November 2022, month, background. Unnamed gunmen -> null."),
E(21, ["a roadside bomb killed seven passengers on a bus near Sarro"],
  "IED", "2026-04-01", "month", "Sarro", "ML", 7, None, "exact", None, None, True,
  "'In April' with no year in an October 2026 podcast -> April 2026 (publication year), month precision, background. 'Nobody claimed it' -> null. 'episode 112', '100,000 hectares', 'two days', '300 trucks' and the timestamps are distractors."),
]

# -------------------------------------------------------------- holdout11-022
ARTICLES.append(A(22, "en", "article", "2026-06-05T16:00:00Z",
"Review: 'The Long Bridge' is an explosive thriller that never lets go",
"""
There is a moment, about forty minutes into "The Long Bridge", when the whole cinema stops breathing. Two trucks roll towards a checkpoint on a river dam, the music drops away, and the camera simply waits. What follows is the most explosive sequence of any film this year.

Director Salif Konaté, 38, has made a thriller about a bomb disposal officer and her twin brother, and he does not pretend it is anything else. The plot is a suicide mission from start to finish: a ticking clock, a traitor in the unit, and a villain who claims responsibility for everything in long, absurd speeches. Critics at the festival were divided; one called it "a massacre of good taste", another "a killer ending".

Newcomer Awa Sangaré is devastating as the officer. She carries scenes that would have bombed with a lesser actress, and her final shoot-out with the villain, shot in a single take, left the audience in pieces. The twin blasts of the score, two brass chords that return whenever danger nears, will stay with you for days.

The film is not perfect. The middle hour drags, a subplot about a stolen rice harvest goes nowhere, and at 2 hours 14 minutes it is at least twenty minutes too long. The film was shot in 42 days on a budget of about $6 million, and it has already taken $31 million worldwide in its first two weekends.

It opens nationwide on Friday. Go, and take someone whose hand you can squeeze.

Rating: four stars out of five.
"""))

# -------------------------------------------------------------- holdout11-023
ARTICLES.append(A(23, "en", "article", "2026-10-21T09:00:00Z",
"Five weeks after the bombings, Markala lives behind sandbags",
"""
MARKALA, Mali, Oct. 21 - Five weeks after two suicide car bombs killed 17 people, the bombers among them, at the gendarmerie camp and the dam bridge checkpoint in Markala on September 15, the town lives behind sandbags and concrete blocks. The attack, claimed by JNIM, was the deadliest in the Ségou region this year.

The investigation has moved on. On Saturday, gendarmes arrested a man suspected of having planned the attack at a bus stop in Markala as he waited for a coach to Bamako. He is 44 and a former gendarme, a judicial source said. Fourteen people are now in custody over the bombings.

Tension has not eased. On Sunday, a roadside bomb hit a cart near Kirango, a few kilometres away, killing a herder and wounding his two sons, aged 9 and 12.

On Monday, about 200 rice traders protested outside the town hall against the new opening hours of the bridge, which they say have cut their sales by half. The protest ended without incident after the prefect agreed to meet them.

The bridge now opens from 7 a.m. to 6 p.m. and every vehicle is searched, which can take up to three hours. "We survived the bombs; we may not survive the queues," said one trader, 61, who has sold rice here for forty years.
"""))
GOLD += [
E(23, ["two suicide car bombs killed 17 people", "The attack, claimed by JNIM", "the bombings"],
  "SUI", "2026-09-15", "day", "Markala", "ML", 17, None, "exact", "JNIM", "JNIM", True,
  "'on September 15' vs 21 October -> 36 days before publication -> background under the 30-day rule (events_holdout10 fr 024). 'killed 17 people, the bombers among them' -> 17. 'claimed by JNIM' -> JNIM. Two sites of one town -> one event."),
E(23, ["gendarmes arrested a man suspected of having planned the attack at a bus stop in Markala"],
  "ARR", "2026-10-17", "day", "Markala", "ML", None, None, None, "police", None, False,
  "'On Saturday' vs Wednesday 21 October -> 17 October. Gendarmes -> police. '44' is an age; 'Fourteen people are now in custody' is a cumulative count of arrests, not an event of its own and not a casualty figure."),
E(23, ["a roadside bomb hit a cart near Kirango"],
  "IED", "2026-10-18", "day", "Kirango", "ML", 1, 2, "exact", None, None, False,
  "'On Sunday' vs Wednesday 21 October -> 18 October. 'killing a herder and wounding his two sons' -> 1 killed, 2 wounded. No actor. '9 and 12' are ages."),
E(23, ["about 200 rice traders protested outside the town hall", "The protest ended without incident"],
  "PP", "2026-10-19", "day", "Markala", "ML", None, None, None, None, None, False,
  "'On Monday' vs Wednesday 21 October -> 19 October. A protest with a demand, no intervention -> Peaceful protest. 'about 200' are participants; '7 a.m. to 6 p.m.', 'three hours', '61', 'forty years' are distractors."),
]
