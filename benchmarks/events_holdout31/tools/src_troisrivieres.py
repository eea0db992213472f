"""Authoring source of benchmarks/events_holdout31 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Trois-Rivières, Quebec cluster (holdout31-016 to 020; French and
English), two suicide bombers on Saturday 19 September 2026 in the early
afternoon at two sites of one town (the rue des Forges and the parc
portuaire, about 450 m and four minutes apart): a French agency dispatch with
a speculation (fr 016), an English wire with the claim, a revised toll and
arrests (017), a French "Rectificatif" (correction notice) followed by an
update with a new arrest (fr 018), an English TV transcript with speaker
labels, a death in hospital, a march and a new arrest (019) and a French
"Décryptage" full of older attacks (fr 020). Quebec is in UTC-4 in
September; every publication time is set so that the local date is the UTC
date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout31")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout31-016
ARTICLES.append(A(16, "fr", "article", "2026-09-19T22:00:00Z",
"Double attentat-suicide à Trois-Rivières : au moins six morts",
"""
TROIS-RIVIÈRES (ASLP) — Au moins six personnes ont été tuées et des dizaines d'autres blessées samedi après-midi à Trois-Rivières, en Mauricie, lorsque deux kamikazes ont déclenché leurs charges à quatre minutes d'intervalle dans la rue des Forges et au parc portuaire, en pleine fête des récoltes, a indiqué la Sûreté du Québec (SQ).

La première explosion a retenti à 14 h 32 devant une terrasse de la rue des Forges, noire de monde. La seconde s'est produite à 14 h 36 près de la scène du parc portuaire, à environ 450 mètres, où quelque 3 000 festivaliers attendaient un spectacle. « Les gens piétinaient les poussettes pour fuir », a raconté un bénévole de 58 ans.

Les blessés ont été répartis entre le centre hospitalier régional et des hôpitaux de Québec et de Montréal, à plus de 130 kilomètres. L'autoroute 40 a été fermée pendant deux heures pour laisser passer les ambulances.

La SQ et la Gendarmerie royale du Canada (GRC) ont refusé de se prononcer sur les auteurs. Aucune revendication n'avait été publiée samedi soir. Un ancien analyste du renseignement canadien estime que l'attaque « pourrait être l'œuvre » de partisans de l'État islamique, « vu le mode opératoire ».

La Mauricie avait déjà été touchée par un projet d'attentat. En janvier dernier, la GRC avait arrêté à Shawinigan, à une trentaine de kilomètres au nord, un adolescent de 17 ans qui préparait, selon la police, une attaque au couteau contre une école.

Le premier ministre du Québec doit se rendre sur place dimanche matin. Les autorités demandent aux témoins de communiquer avec la SQ au 1 800 659-4264 et d'éviter le centre-ville, bouclé par quelque 400 policiers.
"""))
GOLD += [
E(16, ["deux kamikazes ont déclenché leurs charges à quatre minutes d'intervalle", "La première explosion"],
  "SUI", "2026-09-19", "day", "Trois-Rivières", "CA", 6, 12, "at_least", None, None, False,
  "'samedi après-midi' = publication day, Saturday 19 September (18 h local, 22:00 UTC). Two sites of one town (the rue des Forges and the parc portuaire, about 450 m and four minutes apart) -> ONE Suicide bomb event. 'Au moins six personnes ont été tuées et des dizaines d'autres blessées' -> 6 (at_least), 12 ('des dizaines'). The former analyst's « pourrait être l'œuvre » is speculation -> null. '14 h 32', '14 h 36', '450 mètres', '3 000 festivaliers', '58 ans', '130 kilomètres', 'autoroute 40', 'deux heures', the phone number and '400 policiers' are not casualties."),
E(16, ["la GRC avait arrêté à Shawinigan"],
  "ARR", "2026-01-01", "month", "Shawinigan", "CA", None, None, None, "police", None, True,
  "'En janvier dernier' vs September 2026 -> January 2026, month, background. The RCMP (GRC) -> 'police'. 'une trentaine de kilomètres' a distance, '17 ans' an age."),
]

# -------------------------------------------------------------- holdout31-017
ARTICLES.append(A(17, "en", "article", "2026-09-21T14:00:00Z",
"Islamic State claims Quebec festival bombing; two held",
"""
TROIS-RIVIERES, Quebec (Northern Wire) - Islamic State claimed responsibility on Sunday for Saturday's twin suicide bombing at a harvest festival in Trois-Rivières, the deadliest attack in Quebec in decades, and police said they had no reason to doubt the claim.

The toll rose overnight. Officials had first reported six dead; by Monday morning the Sûreté du Québec said 14 people had been killed, not counting the two bombers, and 58 wounded, 11 of them critically. Two of the dead were children aged 6 and 9.

RCMP officers arrested two men in Drummondville, about 70 km south-west of the city, on Sunday morning. Police said one of them had bought 25 kg of fertiliser and a dozen pressure cookers in the weeks before the attack. A third man, a roommate, was questioned for several hours and released.

Prime Minister's Office officials said Ottawa would send 200 additional federal officers to the region. The province offered a reward of 250,000 dollars for information leading to other accomplices.

Quebec has been spared mass-casualty bombings, but not small attacks. In 2019, a pipe bomb left outside a bar in Victoriaville wounded two people; the case was never solved.

Classes at the local university were cancelled on Monday and the harvest festival, which drew about 40,000 visitors last year, was called off. A vigil is planned for Wednesday evening on the riverfront.
"""))
GOLD += [
E(17, ["Saturday's twin suicide bombing at a harvest festival in Trois-Rivières"],
  "SUI", "2026-09-19", "day", "Trois-Rivières", "CA", 16, 58, "exact", "Islamic State", "Islamic State", False,
  "'Saturday's' vs Monday 21 September -> 19 September. 'Islamic State claimed responsibility', 'no reason to doubt the claim' -> claimant and perpetrator. Revised toll: 'six dead' -> '14 people had been killed, not counting the two bombers, and 58 wounded' -> 14 + 2 = 16, 58, exact; '11 of them critically' is a subset, 'aged 6 and 9' ages."),
E(17, ["RCMP officers arrested two men in Drummondville"],
  "ARR", "2026-09-20", "day", "Drummondville", "CA", None, None, None, "police", None, False,
  "'on Sunday morning' vs Monday 21 September -> 20 September. RCMP -> 'police'. 'about 70 km', '25 kg', 'a dozen pressure cookers' are not casualties (the fertiliser belongs to the arrest). The roommate 'questioned ... and released' is not arrested."),
E(17, ["a pipe bomb left outside a bar in Victoriaville wounded two people"],
  "IED", "2019-01-01", "year", "Victoriaville", "CA", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background. Pipe bomb -> Remote explosive/landmine/IED, null actor; injured 2, exact. '200 additional federal officers', '250,000 dollars', '40,000 visitors' are not casualties; the vigil is in the future (not coded)."),
]

# -------------------------------------------------------------- holdout31-018
ARTICLES.append(A(18, "fr", "article", "2026-09-22T12:00:00Z",
"Rectificatif et mise à jour : attentat de Trois-Rivières",
"""
Rectificatif — Dans notre édition de dimanche consacrée au double attentat-suicide de samedi à Trois-Rivières, nous avons écrit par erreur que dix-huit personnes avaient été tuées. Selon la Sûreté du Québec, le bilan s'établit à seize morts, y compris les deux kamikazes, et à cinquante-huit blessés. Nous avons également écrit que les deux hommes arrêtés à Drummondville l'avaient été samedi soir : ils l'ont été dimanche matin, selon la GRC. Nos excuses à nos lecteurs.

Mise à jour — L'enquête s'est étendue lundi soir à la rive sud du Saint-Laurent. La GRC a arrêté à Bécancour une femme de 31 ans soupçonnée d'avoir loué, sous un faux nom, l'appartement où les deux kamikazes ont assemblé leurs engins. Les policiers y ont trouvé 12 bonbonnes de propane vides et des reçus d'achat totalisant 3 400 $.

L'organisation État islamique, qui a revendiqué l'attentat dimanche, a diffusé lundi une vidéo des deux auteurs, deux cousins de 20 et 23 ans originaires de la région. La GRC juge la revendication authentique.

Une quatrième personne, le propriétaire de l'immeuble, a été convoquée mardi matin au quartier général de la GRC à titre de témoin ; elle n'a pas été arrêtée. Les deux hommes de Drummondville doivent comparaître jeudi au palais de justice de Trois-Rivières.

Au centre-ville, la rue des Forges a rouvert partiellement mardi à 7 heures, sous la surveillance d'une soixantaine de policiers. Un registre de condoléances est ouvert à l'hôtel de ville jusqu'à vendredi, de 9 heures à 21 heures.

Le ministre de la Sécurité publique du Québec a annoncé une enveloppe de 5 millions de dollars pour soutenir les commerçants du centre-ville, dont plusieurs ont vu leur vitrine soufflée.
"""))
GOLD += [
E(18, ["double attentat-suicide de samedi à Trois-Rivières", "qui a revendiqué l'attentat dimanche"],
  "SUI", "2026-09-19", "day", "Trois-Rivières", "CA", 16, 58, "exact", "Islamic State", "Islamic State", False,
  "'de samedi' vs Tuesday 22 September -> 19 September ('notre édition de dimanche' dates the newspaper, not the bombing). The erroneous 'dix-huit personnes' is corrected -> « seize morts, y compris les deux kamikazes, et ... cinquante-huit blessés » -> 16 (inside), 58, exact. « L'organisation État islamique, qui a revendiqué l'attentat », judged authentic -> claimant and perpetrator. '20 et 23 ans' are ages."),
E(18, ["les deux hommes arrêtés à Drummondville"],
  "ARR", "2026-09-20", "day", "Drummondville", "CA", None, None, None, "police", None, False,
  "The correction moves the arrest from 'samedi soir' to 'dimanche matin' vs Tuesday 22 September -> Sunday 20 September (the corrected day wins, like a revised toll). 'selon la GRC' -> 'police'. 'Les deux hommes de Drummondville doivent comparaître jeudi' is the same arrest's follow-up (a future hearing, not an event)."),
E(18, ["La GRC a arrêté à Bécancour une femme de 31 ans"],
  "ARR", "2026-09-21", "day", "Bécancour", "CA", None, None, None, "police", None, False,
  "'lundi soir' vs Tuesday 22 September -> 21 September. RCMP -> 'police'. '31 ans' an age; '12 bonbonnes', '3 400 $' belong to the arrest. The owner 'convoquée ... à titre de témoin ... n'a pas été arrêtée' is not an arrest; '7 heures', 'une soixantaine de policiers', '9 heures à 21 heures', '5 millions de dollars' are not casualties."),
]

# -------------------------------------------------------------- holdout31-019
ARTICLES.append(A(19, "en", "transcript", "2026-09-23T23:30:00Z",
"Mauricie Tonight, Wednesday 23 September, 7:30 p.m.",
"""
ANCHOR: Good evening. Four days after the twin suicide bombing that tore through downtown Trois-Rivières, thousands of people filled the streets tonight. Our reporter Julie Lacerte was there. Julie?

REPORTER: Thanks, Marc. Several thousand people marched from city hall down the rue des Forges to the riverfront this evening, many carrying candles and signs reading "Not in our name" and calling on the province to fund victims' care for as long as it takes. Police estimated the crowd at about 8,000. It was quiet, dignified, and there were no incidents.

ANCHOR: And the toll has risen again.

REPORTER: Sadly, yes. A 19-year-old college student died in hospital yesterday, which brings the toll to seventeen dead, including the two bombers, and fifty-eight wounded. Nine people are still in intensive care. The attack, as you know, was claimed by Islamic State.

ANCHOR: What about the investigation?

REPORTER: Two developments today. This morning the RCMP arrested a third suspect in Nicolet, a 45-year-old man believed to have driven the bombers to the city on Saturday. And the woman arrested in Bécancour on Monday night was formally charged this afternoon with facilitating terrorist activity. She appeared by video and will stay in custody until a bail hearing on 2 October.

ANCHOR: Julie Lacerte in Trois-Rivières, thank you. The hotline for families is 1 866 277-3553. After the break: what the bombing means for the city's festivals. Stay with us.
"""))
GOLD += [
E(19, ["twin suicide bombing that tore through downtown Trois-Rivières"],
  "SUI", "2026-09-19", "day", "Trois-Rivières", "CA", 17, 58, "exact", "Islamic State", "Islamic State", False,
  "'Four days after' vs Wednesday 23 September -> 19 September. 'seventeen dead, including the two bombers, and fifty-eight wounded' -> 17 (inside; the student who 'died in hospital yesterday' raised it from 16), 58 (not reduced), exact; 'Nine people' in intensive care a subset, '19-year-old' an age. 'claimed by Islamic State' -> claimant and perpetrator. 'what the bombing means' (a programme teaser) is left out of the triggers."),
E(19, ["Several thousand people marched from city hall down the rue des Forges to the riverfront"],
  "PP", "2026-09-23", "day", "Trois-Rivières", "CA", None, None, None, None, None, False,
  "'this evening' / 'tonight' = publication day, Wednesday 23 September (19:30 local). A march with a demand ('calling on the province to fund victims' care'), no incidents -> Peaceful protest. 'about 8,000' are marchers, not casualties."),
E(19, ["the RCMP arrested a third suspect in Nicolet"],
  "ARR", "2026-09-23", "day", "Nicolet", "CA", None, None, None, "police", None, False,
  "'This morning' = publication day, 23 September. RCMP -> 'police'. '45-year-old' an age."),
E(19, ["the woman arrested in Bécancour on Monday night"],
  "ARR", "2026-09-21", "day", "Bécancour", "CA", None, None, None, "police", None, False,
  "'on Monday night' vs Wednesday 23 September -> 21 September. Restated arrest told through its follow-up ('formally charged this afternoon'); RCMP in holdout31-018 -> 'police'. '2 October' (a future hearing) and '1 866 277-3553' are not events or casualties."),
]

# -------------------------------------------------------------- holdout31-020
ARTICLES.append(A(20, "fr", "article", "2026-10-02T11:00:00Z",
"Décryptage : Trois-Rivières, un attentat qui ne sort pas de nulle part",
"""
Deux semaines après le double attentat-suicide du 19 septembre à Trois-Rivières, qui a fait dix-sept morts, dont les deux kamikazes, et cinquante-huit blessés, une question revient : le Québec a-t-il ignoré les signaux ? L'attaque a été revendiquée par l'État islamique, mais ses auteurs avaient grandi en Mauricie.

Les signaux, pourtant, existaient. En 2019, une bombe artisanale déposée devant un bar de Victoriaville avait blessé deux clients ; l'enquête n'a jamais abouti. Il y a quatre ans, à Gatineau, un homme armé d'un couteau avait blessé trois passagers dans un autobus en se réclamant du jihad.

En mars 2021, la GRC avait saisi à Rimouski une trentaine de kilos d'explosifs dans un garage abandonné, sans jamais identifier leur propriétaire. L'an dernier, deux adolescents de 15 et 16 ans avaient été arrêtés à Saguenay pour avoir projeté une attaque contre un centre commercial. Et en janvier dernier, la GRC avait arrêté à Shawinigan un jeune de 17 ans qui visait une école.

« Chaque fois, on a traité ces affaires comme des faits divers isolés », observe la criminologue Anne-Marie Gélinas, de l'Université du Québec à Trois-Rivières. Selon elle, moins de 8 % des signalements de radicalisation donnent lieu à un suivi de plus de six mois.

Le gouvernement fédéral a promis 40 millions de dollars sur cinq ans pour la prévention. Les élus de la Mauricie réclament, eux, un bureau régional du renseignement, situé à moins de 150 kilomètres des régions qu'il doit surveiller.

Pour l'heure, quatre suspects sont détenus et les enquêteurs cherchent d'éventuels complices à l'étranger. La rue des Forges, elle, a retrouvé ses terrasses, mais pas encore ses foules.
"""))
GOLD += [
E(20, ["double attentat-suicide du 19 septembre à Trois-Rivières"],
  "SUI", "2026-09-19", "day", "Trois-Rivières", "CA", 17, 58, "exact", "Islamic State", "Islamic State", False,
  "'du 19 septembre' (13 days before Friday 2 October -> current). « dix-sept morts, dont les deux kamikazes, et cinquante-huit blessés » -> 17 (inside), 58, exact. « revendiquée par l'État islamique » -> claimant and perpetrator. 'quatre suspects sont détenus' is a total, not an event."),
E(20, ["une bombe artisanale déposée devant un bar de Victoriaville"],
  "IED", "2019-01-01", "year", "Victoriaville", "CA", None, 2, "exact", None, None, True,
  "'En 2019' -> year, background (the pipe bomb of holdout31-017). Injured 2, exact."),
E(20, ["un homme armé d'un couteau avait blessé trois passagers dans un autobus"],
  "ATK", "2022-01-01", "year", "Gatineau", "CA", None, 3, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A knifeman on a bus -> Attack; 'se réclamant du jihad' names no group -> null. Injured 3, exact."),
E(20, ["la GRC avait saisi à Rimouski une trentaine de kilos d'explosifs"],
  "DWU", "2021-03-01", "month", "Rimouski", "CA", None, None, None, "police", None, True,
  "'En mars 2021' -> month, background. A seizure with no owner identified -> Disrupted weapons use, RCMP -> 'police'. 'une trentaine de kilos' is a weight."),
E(20, ["deux adolescents de 15 et 16 ans avaient été arrêtés à Saguenay"],
  "ARR", "2025-01-01", "year", "Saguenay", "CA", None, None, None, "police", None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. No force named: an arrest is by police -> 'police' (a passive arrest in Canada; holdout25/27 take the actor from context). '15 et 16 ans' are ages."),
E(20, ["la GRC avait arrêté à Shawinigan un jeune de 17 ans"],
  "ARR", "2026-01-01", "month", "Shawinigan", "CA", None, None, None, "police", None, True,
  "'en janvier dernier' vs October 2026 -> January 2026, month, background (the arrest of holdout31-016). '8 %', 'six mois', '40 millions de dollars', 'cinq ans', '150 kilomètres' are not casualties."),
]
