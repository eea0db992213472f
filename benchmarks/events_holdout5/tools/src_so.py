"""Authoring source of benchmarks/events_holdout5 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the twin suicide bombing of a restaurant in Garowe, Puntland, Somalia
(holdout5-015 to 018): a radio bulletin with the first toll (015), the
revised toll (016), al-Shabaab's claim (fr 017) and the arrests (fr 018).
Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout5")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout5-015
ARTICLES.append(A(15, "en", "transcript", "2026-07-13T17:00:00Z",
"Horn Radio, 8 p.m. news: twin blasts in Garowe",
"""
PRESENTER: Good evening. Our main story: at least eleven people have been killed and dozens wounded in two suicide bombings at a restaurant in Garowe, the capital of Puntland. Our correspondent Abdirahman Warsame is at the scene. Abdirahman, what happened?

ABDIRAHMAN WARSAME: Good evening. It happened at about half past one, at lunchtime, at the Jubba restaurant, which is very popular with soldiers from the nearby base. A man walked into the dining hall and blew himself up. Then, er, maybe five minutes later, as people ran to help, a second bomber detonated his vest at the entrance. The police commissioner has confirmed at least eleven dead. The general hospital says dozens of wounded were brought in.

PRESENTER: Has anyone claimed it?

ABDIRAHMAN WARSAME: Not yet. People here immediately thought of al-Shabaab, but there is no claim and the authorities have not named anyone.

PRESENTER: There was another incident in the region today?

ABDIRAHMAN WARSAME: Yes. This morning a roadside bomb hit a police pick-up near Burtinle, about 90 kilometres south of here. Three officers were wounded, none of them seriously.

PRESENTER: And the city tonight?

ABDIRAHMAN WARSAME: Very tense. The roads into Garowe are closed, there is a curfew from 9 p.m., and the blood bank is asking for O-negative donors.

PRESENTER: Thank you, Abdirahman. In other news, the central bank says inflation fell to 4.2 per cent in June. Our next bulletin is at nine.
"""))
GOLD += [
E(15, ["two suicide bombings at a restaurant in Garowe", "A man walked into the dining hall and blew himself up", "a second bomber detonated his vest at the entrance"],
  "SUI", "2026-07-13", "day", "Garowe", "SO", 11, 12, "at_least", None, None, False,
  "The bulletin (Monday 13 July, 8 p.m. local, UTC+3) reports today's attack. Two bombers at one restaurant about five minutes apart -> one Suicide bomb event. 'at least eleven' -> 11, at_least; 'dozens of wounded' -> 12 (the qualifier describes the killed figure). 'People here immediately thought of al-Shabaab' is speculation -> no perpetrator. 'half past one', 'five minutes', '9 p.m.', '4.2 per cent' are distractors; the curfew is not coded."),
E(15, ["a roadside bomb hit a police pick-up near Burtinle"],
  "IED", "2026-07-13", "day", "Burtinle", "SO", None, 3, "exact", None, None, False,
  "'This morning' = publication day. 'Three officers were wounded' -> injured 3; no killed figure. '90 kilometres' is a distance."),
]

# --------------------------------------------------------------- holdout5-016
ARTICLES.append(A(16, "en", "article", "2026-07-14T09:00:00Z",
"Garowe restaurant bombing: 19 dead as relatives demand answers",
"""
GAROWE, Somalia (Puntland Post) - Nineteen people, twelve of them soldiers, were killed in Monday's double suicide bombing at the Jubba restaurant in Garowe, Puntland's security ministry said on Tuesday, raising the toll from the eleven announced on Monday afternoon. The two bombers also died. More than 40 people were wounded, and nine remain in intensive care.

The restaurant, a few hundred metres from the main barracks, is where soldiers eat after the morning drill. According to the ministry, the first bomber wore a soldier's uniform and had eaten a meal before detonating his vest; the second arrived on a bajaj taxi. Each vest held about six kilograms of explosives.

Relatives of the dead soldiers gathered outside the security ministry on Tuesday morning, demanding that the bodies be handed over for burial and that officers who had ignored warnings be dismissed. Police let the protest go ahead and it dispersed at midday.

The ministry also said that soldiers killed four al-Shabaab fighters who attacked a checkpoint near Qardho late on Monday. One soldier was wounded.

There has been no claim of responsibility for the restaurant bombing. Puntland officials have in the past blamed both al-Shabaab and the Islamic State's Somali affiliate, which has bases in the Cal Miskaad mountains.

Garowe, a city of about 300,000 people, had not suffered a suicide attack since 2019, when a bomber targeted the convoy of a regional minister, killing three bodyguards.
"""))
GOLD += [
E(16, ["Monday's double suicide bombing at the Jubba restaurant in Garowe", "detonating his vest", "the restaurant bombing"],
  "SUI", "2026-07-13", "day", "Garowe", "SO", 21, 40, "exact", None, None, False,
  "'Monday's' vs Tuesday 14 July -> 13 July. Revised toll: 'Nineteen people' and 'The two bombers also died' -> 19 + 2 = 21 (events_test rule: bombers count when the text counts or names their deaths); 'the eleven announced' is superseded. 'More than 40 ... wounded' -> 40 (the qualifier describes the exact killed figure). 'twelve of them soldiers', 'nine remain' are subsets. Unclaimed; past blame on two groups is not an attribution -> null. 'a few hundred metres', 'six kilograms', '300,000 people' are distractors."),
E(16, ["Relatives of the dead soldiers gathered outside the security ministry"],
  "PP", "2026-07-14", "day", "Garowe", "SO", None, None, None, None, None, False,
  "'on Tuesday morning' = publication day. A gathering with demands, allowed to go ahead -> Peaceful protest."),
E(16, ["soldiers killed four al-Shabaab fighters who attacked a checkpoint near Qardho"],
  "BAT", "2026-07-13", "day", "Qardho", "SO", 4, 1, "exact", "al-Shabaab", None, False,
  "'late on Monday' -> 13 July. al-Shabaab fighters attacked the checkpoint (stated by the ministry as fact) -> Armed clash initiated by al-Shabaab. 4 fighters killed, 1 soldier wounded."),
E(16, ["a bomber targeted the convoy of a regional minister"],
  "SUI", "2019-01-01", "year", "Garowe", "SO", 3, None, "exact", None, None, True,
  "'since 2019, when' -> year, background. A suicide bomber on a convoy -> Suicide bomb. 'killing three bodyguards' -> 3."),
]

# --------------------------------------------------------------- holdout5-017
ARTICLES.append(A(17, "fr", "article", "2026-07-15T08:00:00Z",
"Somalie : les shebab revendiquent le double attentat-suicide de Garowe",
"""
NAIROBI, 15 juillet (Dépêche) - Les islamistes shebab ont revendiqué mardi soir le double attentat-suicide qui a frappé lundi un restaurant fréquenté par des militaires à Garowe, capitale de l'État régional du Puntland, dans le nord-est de la Somalie.

Dans un communiqué diffusé par Radio Andalus, le groupe affilié à Al-Qaïda affirme que « deux moudjahidines » ont tué « plus de cinquante soldats apostats ». Selon le ministère de la Sécurité du Puntland, l'attentat a fait dix-neuf morts, sans compter les deux kamikazes, et plus de quarante blessés. Le ministère a qualifié le bilan des shebab de « mensonge » mais n'a pas contesté la revendication.

Dans le même communiqué, les shebab revendiquent aussi l'attaque d'une base de l'armée somalienne à Bacadweyn, dans la région de Mudug, mardi à l'aube. L'armée fait état de quatre soldats tués et affirme que ses hommes ont abattu une douzaine d'assaillants.

L'État islamique en Somalie, rival des shebab dans le Puntland, n'a pas réagi.

Le Puntland avait déjà été visé en mars 2021 : un kamikaze au volant d'une voiture piégée s'était fait exploser devant un commissariat de Qardho, tuant huit personnes.

Les autorités du Puntland ont décrété trois jours de deuil et fermé les restaurants proches des casernes. Le président de la région a promis une récompense de 50 000 dollars pour toute information.
"""))
GOLD += [
E(17, ["le double attentat-suicide qui a frappé lundi un restaurant fréquenté par des militaires à Garowe", "l'attentat a fait dix-neuf morts"],
  "SUI", "2026-07-13", "day", "Garowe", "SO", 21, 40, "exact", "al-Shabaab", "al-Shabaab", False,
  "'lundi' vs Wednesday 15 July -> 13 July. Claimed by the shebab -> al-Shabaab; the ministry disputes the figure, not the claim -> perpetrator too. 'dix-neuf morts, sans compter les deux kamikazes' -> 19 + 2 = 21 (events_test rule); 'plus de quarante blessés' -> 40 (the qualifier describes the exact killed figure). The claim's 'plus de cinquante' is not used."),
E(17, ["l'attaque d'une base de l'armée somalienne à Bacadweyn"],
  "BAT", "2026-07-14", "day", "Bacadweyn", "SO", 16, None, "about", "al-Shabaab", "al-Shabaab", False,
  "'mardi à l'aube' -> 14 July. An attack on an army base, claimed -> Armed clash initiated by al-Shabaab. 'quatre soldats' + 'une douzaine d'assaillants' (12, about) = 16, about."),
E(17, ["un kamikaze au volant d'une voiture piégée s'était fait exploser devant un commissariat de Qardho"],
  "SUI", "2021-03-01", "month", "Qardho", "SO", 8, None, "exact", None, None, True,
  "'en mars 2021' -> month, background. A suicide car bomb -> Suicide bomb. 'tuant huit personnes' -> 8. '50 000 dollars' and 'trois jours de deuil' are not events."),
]

# --------------------------------------------------------------- holdout5-018
ARTICLES.append(A(18, "fr", "article", "2026-07-20T09:00:00Z",
"Attentat de Garowe : onze suspects arrêtés, une voiture piégée interceptée",
"""
GAROWE, 20 juillet (Dépêche) - Les services de renseignement du Puntland (PISA) ont arrêté onze personnes soupçonnées d'avoir participé à la préparation du double attentat-suicide du 13 juillet contre le restaurant Jubba de Garowe, a annoncé lundi le ministère de la Sécurité de l'État régional.

Tous ont été arrêtés samedi lors de perquisitions dans le quartier de Hodan, à Garowe, où les deux kamikazes auraient loué une chambre. Deux ceintures explosives inachevées, un pistolet et une somme de 7 000 dollars ont été saisis. Selon le ministère, plus de 200 personnes ont été contrôlées lors de ces opérations.

Dimanche, une voiture chargée d'explosifs a été interceptée à un barrage de l'armée à l'entrée de Burtinle. Son conducteur a pris la fuite à pied. Les démineurs ont neutralisé la charge, estimée à plus de 100 kilos, sans faire de victimes.

Revendiqué par les shebab, l'attentat du 13 juillet a fait vingt et un morts, kamikazes compris, et quarante-trois blessés, selon un dernier bilan. Deux blessés graves sont morts à l'hôpital au cours du week-end, a précisé une source médicale, ce qui porte le total à vingt-trois morts.

À Garowe, des centaines d'habitants ont défilé dimanche dans le calme pour dénoncer le terrorisme, à l'appel des anciens des clans.
"""))
GOLD += [
E(18, ["ont arrêté onze personnes soupçonnées", "Tous ont été arrêtés samedi lors de perquisitions dans le quartier de Hodan"],
  "ARR", "2026-07-18", "day", "Garowe", "SO", None, None, None, "police", None, False,
  "'samedi' vs Monday 20 July -> 18 July. PISA, an intelligence service -> police (dev rule). Hodan is a district of Garowe -> Garowe. Belts, pistol and '7 000 dollars' seized belong to the arrest; 'plus de 200 personnes ... contrôlées' were checked, not arrested."),
E(18, ["une voiture chargée d'explosifs a été interceptée à un barrage de l'armée à l'entrée de Burtinle", "Les démineurs ont neutralisé la charge"],
  "DWU", "2026-07-19", "day", "Burtinle", "SO", 0, 0, "exact", "military", None, False,
  "'Dimanche' -> 19 July. A car bomb intercepted at an army checkpoint and defused, nobody arrested (the driver fled) -> Disrupted weapons use by the army. 'sans faire de victimes' -> 0/0, as the holdout2 rule for a defusing with 'Nobody was hurt'. 'plus de 100 kilos' is a weight."),
E(18, ["double attentat-suicide du 13 juillet contre le restaurant Jubba", "l'attentat du 13 juillet a fait vingt et un morts"],
  "SUI", "2026-07-13", "day", "Garowe", "SO", 23, 43, "exact", "al-Shabaab", "al-Shabaab", False,
  "'du 13 juillet' -> day. 'Revendiqué par les shebab' -> al-Shabaab. 'vingt et un morts, kamikazes compris' + 'Deux blessés graves sont morts' -> 'porte le total à vingt-trois morts' -> 23. 'quarante-trois blessés' is the latest wounded figure given (43); the two who died are not subtracted, as the text gives no new wounded figure."),
E(18, ["des centaines d'habitants ont défilé dimanche dans le calme"],
  "PP", "2026-07-19", "day", "Garowe", "SO", None, None, None, None, None, False,
  "'dimanche' -> 19 July. A calm march denouncing terrorism -> Peaceful protest. 'des centaines' are participants."),
]
