"""Authoring source of benchmarks/events_holdout5 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the twin suicide bombing of the Massakory livestock market, Chad
(holdout5-001 to 005): the French wire with the provisional toll (001), the
revised toll (fr 002), the claim (en 003), the arrests (fr 004) and a radio
discussion that recalls older attacks (fr 005). Notes are in English, as in
the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout5")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout5-001
ARTICLES.append(A(1, "fr", "article", "2026-02-11T14:30:00Z",
"Tchad : double attentat-suicide au marché de Massakory, au moins neuf morts",
"""
N'DJAMENA, 11 février (Dépêche) - Au moins neuf personnes ont été tuées et une vingtaine blessées mercredi matin dans un double attentat-suicide au marché à bétail de Massakory, chef-lieu de la province du Hadjer-Lamis, à une centaine de kilomètres au nord de N'Djamena, selon un bilan provisoire de la police.

Un premier kamikaze s'est fait exploser vers 10 heures à l'entrée du marché, très fréquenté le mercredi, jour de foire. Quelques minutes plus tard, alors que les commerçants se portaient au secours des blessés, un second kamikaze a déclenché sa charge au milieu de la foule, a raconté à la Dépêche un vendeur de moutons joint par téléphone. « Il y avait des corps partout, des animaux aussi », a-t-il dit.

Les blessés ont été évacués vers l'hôpital provincial et, pour les cas les plus graves, vers la capitale, à bord de trois ambulances et de camions de l'armée.

L'attaque n'a pas été revendiquée dans l'immédiat. Les soupçons se portent sur les jihadistes de Boko Haram et de sa branche rivale, l'État islamique en Afrique de l'Ouest, actifs autour du lac Tchad, à quelque 150 kilomètres de là.

La veille, mardi, deux soldats ont été blessés par l'explosion d'une mine au passage de leur patrouille près d'Isseirom, dans la province du Lac, selon une source militaire.

Le Hadjer-Lamis avait jusqu'ici été relativement épargné. La dernière attaque d'envergure dans la province remonte à 2021, lorsqu'une kamikaze s'était fait exploser devant un poste de gendarmerie à Karal, tuant trois gendarmes.

Le gouvernement a convoqué un conseil de sécurité extraordinaire pour mercredi soir et interdit la circulation des motos dans la province jusqu'à nouvel ordre.
"""))
GOLD += [
E(1, ["un double attentat-suicide au marché à bétail de Massakory", "Un premier kamikaze s'est fait exploser", "un second kamikaze a déclenché sa charge", "L'attaque n'a pas été revendiquée"],
  "SUI", "2026-02-11", "day", "Massakory", "TD", 9, 20, "at_least", None, None, False,
  "'mercredi matin' = publication day, Wednesday 11 Feb. Two bombers at the same market minutes apart -> one Suicide bomb event (events_val rule). 'Au moins neuf' -> 9, at_least; 'une vingtaine blessées' -> 20 (the qualifier describes the killed figure). Provisional police toll. Unclaimed; 'Les soupçons se portent sur' is speculation -> no perpetrator. 'vers 10 heures', 'trois ambulances', 'une centaine de kilomètres', '150 kilomètres' are distractors."),
E(1, ["deux soldats ont été blessés par l'explosion d'une mine"],
  "IED", "2026-02-10", "day", "Isseirom", "TD", None, 2, "exact", None, None, False,
  "'La veille, mardi' -> 10 Feb. A mine under a patrol -> IED. Two wounded, no killed figure -> killed null, injured 2, qualifier of the injured figure."),
E(1, ["une kamikaze s'était fait exploser devant un poste de gendarmerie à Karal"],
  "SUI", "2021-01-01", "year", "Karal", "TD", 3, None, "exact", None, None, True,
  "'remonte à 2021' -> year. 'tuant trois gendarmes' -> 3 as written (the bomber is not counted by the text)."),
]

# --------------------------------------------------------------- holdout5-002
ARTICLES.append(A(2, "fr", "article", "2026-02-12T10:00:00Z",
"Massakory : le bilan du double attentat passe à seize morts",
"""
Le bilan du double attentat-suicide qui a frappé mercredi le marché à bétail de Massakory s'est nettement alourdi. Selon un nouveau bilan communiqué jeudi matin par le ministre de la Sécurité publique, quatorze personnes ont été tuées, sans compter les deux kamikazes, et trente et un blessés sont toujours hospitalisés, dont huit dans un état grave. Mercredi soir, la police faisait encore état de neuf morts.

Parmi les victimes figurent six éleveurs venus du Batha, un enfant de 12 ans et deux policiers municipaux qui surveillaient l'entrée du marché. Les kamikazes, deux hommes d'une vingtaine d'années selon les enquêteurs, seraient arrivés à pied par la route de Karal. Le premier portait une ceinture d'environ cinq kilos d'explosifs, selon une source sécuritaire.

Le marché, qui accueille chaque semaine plus de 3 000 têtes de bétail, restera fermé dix jours. Jeudi matin, plusieurs centaines de commerçants et d'habitants se sont rassemblés dans le calme devant le gouvernorat pour réclamer davantage de sécurité, avant de se disperser sans incident.

Dans la nuit de mercredi à jeudi, des hommes armés ont enlevé quatre pêcheurs près de Tchoukoutalia, dans la province du Lac, a indiqué un chef de canton joint par téléphone. Une rançon de trois millions de francs CFA serait réclamée aux familles.

Le précédent attentat de ce type au Tchad remonte à mars dernier, quand deux kamikazes avaient visé un poste militaire près de Kouloudia, tuant cinq soldats. Les autorités avaient alors promis de renforcer les contrôles sur les routes menant au lac.
"""))
GOLD += [
E(2, ["double attentat-suicide qui a frappé mercredi le marché à bétail de Massakory"],
  "SUI", "2026-02-11", "day", "Massakory", "TD", 16, 31, "exact", None, None, False,
  "'mercredi' vs Thursday 12 Feb -> 11 Feb. Revised toll: 'quatorze ... sans compter les deux kamikazes' -> 14 + 2 = 16 (events_test rule for 'sans compter'); the earlier 'neuf morts' is superseded. 'trente et un blessés sont toujours hospitalisés' is the injured figure (no other wounded total). 'dont huit', 'six éleveurs', '12 ans', 'une vingtaine d'années' (an age), 'cinq kilos', '3 000 têtes', 'dix jours' are distractors. No claim yet -> actors null."),
E(2, ["plusieurs centaines de commerçants et d'habitants se sont rassemblés dans le calme"],
  "PP", "2026-02-12", "day", "Massakory", "TD", None, None, None, None, None, False,
  "'Jeudi matin' = publication day. A calm gathering with a demand -> Peaceful protest; 'plusieurs centaines' are participants."),
E(2, ["des hommes armés ont enlevé quatre pêcheurs près de Tchoukoutalia"],
  "ABD", "2026-02-11", "day", "Tchoukoutalia", "TD", None, None, None, None, None, False,
  "'Dans la nuit de mercredi à jeudi' -> dated at its start, Wednesday 11 Feb. Unnamed armed men -> null. Abductees and ransom are not casualties."),
E(2, ["deux kamikazes avaient visé un poste militaire près de Kouloudia"],
  "SUI", "2025-03-01", "month", "Kouloudia", "TD", 5, None, "exact", None, None, True,
  "'mars dernier' in a February 2026 article -> March 2025, month precision, background. 'tuant cinq soldats' -> 5 as written. Two bombers at one post -> one event."),
]

# --------------------------------------------------------------- holdout5-003
ARTICLES.append(A(3, "en", "article", "2026-02-13T12:00:00Z",
"Islamic State's West Africa branch claims Chad market bombing",
"""
N'DJAMENA, Feb 13 (Wire) - The Islamic State West Africa Province (ISWAP) has claimed responsibility for Wednesday's twin suicide bombing at the livestock market in Massakory, saying in a statement carried late on Thursday by its Amaq news agency that two of its fighters had killed "more than 60 Christians and apostate soldiers".

Chad's government puts the death toll at 16, including the two bombers, with 31 wounded. It rejected the group's figure as "propaganda" but did not question who was behind the attack. "We know who did this, and they will answer for it," Security Minister Adoum Brahim Seid told state radio.

The statement gave the bombers' noms de guerre and showed two young men posing in front of a black flag. A rival Boko Haram faction, Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS), denied any role in a voice message sent to local journalists.

Chad's air force said it had struck ISWAP positions on islands near Isseirom, in Lac province, on Thursday, killing "about 30 terrorists". The figure could not be independently verified.

On Friday morning, soldiers defused an explosive device hidden in a sack of grain at the entrance to the market in Massaguet, about 40 km south of Massakory, the army said. Nobody was hurt.

ISWAP last claimed an attack in Chad in October 2024, when its fighters ambushed an army patrol near Tchoukoutalia and killed seven soldiers. Officials say more than 400 people have been killed in the Lake Chad area since 2020.
"""))
GOLD += [
E(3, ["twin suicide bombing at the livestock market in Massakory", "who was behind the attack"],
  "SUI", "2026-02-11", "day", "Massakory", "TD", 16, 31, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'Wednesday's' vs Friday 13 Feb -> 11 Feb. Claimed by ISWAP; the government disputes the figure, not the authorship (holdout2 rule) -> perpetrator ISWAP. '16, including the two bombers' -> 16; 31 wounded. The claim's 'more than 60' is not used; JAS's denial does not dispute another group's claim."),
E(3, ["had struck ISWAP positions on islands near Isseirom"],
  "AIR", "2026-02-12", "day", "Isseirom", "TD", 30, None, "about", "military", None, False,
  "'on Thursday' -> 12 Feb. The air force's own 'about 30 terrorists' is the only figure -> 30, about."),
E(3, ["soldiers defused an explosive device hidden in a sack of grain"],
  "DWU", "2026-02-13", "day", "Massaguet", "TD", 0, 0, "exact", "military", None, False,
  "'On Friday morning' = publication day. A device defused on its own -> Disrupted weapons use; 'Nobody was hurt' -> 0/0 (holdout2 rule). '40 km' is a distance."),
E(3, ["its fighters ambushed an army patrol near Tchoukoutalia"],
  "BAT", "2024-10-01", "month", "Tchoukoutalia", "TD", 7, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", True,
  "'in October 2024' -> month, background. 'ISWAP last claimed an attack ... when its fighters ambushed' -> claimed by ISWAP. An ambush on a patrol -> Armed clash initiated by ISWAP. 'more than 400 people ... since 2020' is a cumulative statistic."),
]

# --------------------------------------------------------------- holdout5-004
ARTICLES.append(A(4, "fr", "article", "2026-02-17T09:00:00Z",
"Attentat de Massakory : vingt-trois suspects interpellés",
"""
N'DJAMENA, 17 février (Dépêche) - Vingt-trois personnes soupçonnées d'avoir aidé les auteurs du double attentat-suicide de Massakory ont été interpellées au cours d'opérations menées dimanche et lundi, a annoncé mardi le procureur de la République.

Dix-sept suspects ont été interpellés dimanche à Massakory même, lors de perquisitions menées par la gendarmerie dans deux quartiers proches du marché. Six autres l'ont été lundi à Karal, à une soixantaine de kilomètres, dont le propriétaire d'une maison où les kamikazes auraient passé la nuit précédant l'attaque. Deux ceintures explosives, trois fusils d'assaut et une cinquantaine de détonateurs y ont été saisis.

Une soixantaine de personnes ont par ailleurs été entendues, puis relâchées. Selon le procureur, les suspects, âgés de 19 à 54 ans, seront présentés à un juge d'instruction d'ici à la fin de la semaine.

Revendiqué par l'État islamique en Afrique de l'Ouest, l'attentat du 11 février avait fait seize morts, dont les deux kamikazes. Deux blessés ont succombé depuis à l'hôpital de la capitale, portant le bilan à dix-huit morts, et vingt-neuf blessés restent hospitalisés, a indiqué mardi une source hospitalière.

Lundi après-midi, une cinquantaine de jeunes ont manifesté à Massakory contre des arrestations qu'ils jugent arbitraires. Les gendarmes les ont dispersés à coups de gaz lacrymogène. Aucun blessé n'a été signalé.

Le marché à bétail, fermé depuis l'attaque, doit rouvrir samedi sous la protection de 200 gendarmes supplémentaires.
"""))
GOLD += [
E(4, ["Dix-sept suspects ont été interpellés dimanche à Massakory"],
  "ARR", "2026-02-15", "day", "Massakory", "TD", None, None, None, "police", None, False,
  "'dimanche' vs Tuesday 17 Feb -> 15 Feb. Gendarmerie -> police. The arrests in two towns on two days are one event per town and day. 'Vingt-trois' is the total of arrestees, not casualties."),
E(4, ["Six autres l'ont été lundi à Karal"],
  "ARR", "2026-02-16", "day", "Karal", "TD", None, None, None, "police", None, False,
  "'lundi' -> 16 Feb. The arresting force is not restated; the sentence continues the gendarmerie operations -> police. Belts, rifles and 'une cinquantaine de détonateurs' seized belong to the arrest. 'Une soixantaine de personnes ... entendues' were questioned, not arrested; '19 à 54 ans' are ages."),
E(4, ["double attentat-suicide de Massakory", "l'attentat du 11 février"],
  "SUI", "2026-02-11", "day", "Massakory", "TD", 18, 29, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'du 11 février' -> day. 'Revendiqué par l'État islamique en Afrique de l'Ouest' -> ISWAP. 'seize morts, dont les deux kamikazes' + 'Deux blessés ont succombé' -> final 18 ('portant le bilan à dix-huit morts'). 'vingt-neuf blessés restent hospitalisés' is the only current wounded figure -> 29."),
E(4, ["une cinquantaine de jeunes ont manifesté à Massakory"],
  "PI", "2026-02-16", "day", "Massakory", "TD", None, None, None, None, None, False,
  "'Lundi après-midi' -> 16 Feb. Dispersed with tear gas -> Protest with intervention. 'une cinquantaine' are participants. 'Aucun blessé n'a été signalé' is 'none reported', not an explicit zero (dev rule: 'No casualties have been reported so far' stays null)."),
]

# --------------------------------------------------------------- holdout5-005
ARTICLES.append(A(5, "fr", "transcript", "2026-02-24T07:00:00Z",
"Le débat du matin : le lac Tchad et la menace des kamikazes",
"""
PRÉSENTATEUR : Bonjour et bienvenue. Treize jours après le double attentat-suicide de Massakory, nous recevons le chercheur Ousmane Djimet Kaya, spécialiste du bassin du lac Tchad. Bonjour.

OUSMANE DJIMET KAYA : Bonjour.

PRÉSENTATEUR : Dix-huit morts le 11 février, au marché à bétail. Est-ce que c'est une première ?

OUSMANE DJIMET KAYA : Pour le Hadjer-Lamis, oui, par son ampleur. Mais le mode opératoire, euh, deux kamikazes à quelques minutes d'intervalle, on l'a déjà vu au bord du lac. Le 4 septembre 2023, un double attentat-suicide au marché de Kouloudia avait fait onze morts, kamikazes compris.

PRÉSENTATEUR : Et les attaques contre l'armée ?

OUSMANE DJIMET KAYA : Elles sont plus meurtrières encore. En 2019, des combattants de Boko Haram ont attaqué le camp militaire de Tchoukoutalia. Vingt soldats avaient été tués, et, euh, une quarantaine d'assaillants. Et l'an dernier, une dizaine de militaires sont morts dans une embuscade tendue par l'État islamique en Afrique de l'Ouest près de Doum-Doum.

PRÉSENTATEUR : Pourquoi frapper un marché ?

OUSMANE DJIMET KAYA : Parce que le marché, c'est l'économie. Un marché comme celui-là fait circuler, quoi, deux ou trois cents millions de francs CFA par semaine. En le fermant dix jours, on appauvrit tout le monde. Et on pousse des jeunes, euh, à partir.

PRÉSENTATEUR : Les autorités ont multiplié les interpellations.

OUSMANE DJIMET KAYA : C'est nécessaire, mais cela ne suffit pas. Sans routes, sans écoles, on n'empêchera pas le recrutement. J'ai rencontré des jeunes de 15 ou 16 ans qui avaient été recrutés pour 20 000 francs.

PRÉSENTATEUR : Merci. Nous reprenons vos questions au 22 51 00 00 après le journal.
"""))
GOLD += [
E(5, ["le double attentat-suicide de Massakory", "Dix-huit morts le 11 février"],
  "SUI", "2026-02-11", "day", "Massakory", "TD", 18, None, "exact", None, None, False,
  "'le 11 février' -> 13 days before Tuesday 24 Feb -> current. 'Dix-huit morts' -> 18. No claim or attribution is mentioned in this document -> actors null (each document stands alone)."),
E(5, ["un double attentat-suicide au marché de Kouloudia"],
  "SUI", "2023-09-04", "day", "Kouloudia", "TD", 11, None, "exact", None, None, True,
  "'Le 4 septembre 2023' -> day, background. 'onze morts, kamikazes compris' -> 11 (already includes the bombers)."),
E(5, ["des combattants de Boko Haram ont attaqué le camp militaire de Tchoukoutalia"],
  "BAT", "2019-01-01", "year", "Tchoukoutalia", "TD", 60, None, "about", "Boko Haram", None, True,
  "'En 2019' -> year. An attack on a military camp -> Armed clash initiated by Boko Haram, stated as fact by the guest. 'Vingt soldats' + 'une quarantaine d'assaillants' (40, about) = 60, about."),
E(5, ["une embuscade tendue par l'État islamique en Afrique de l'Ouest près de Doum-Doum"],
  "BAT", "2025-01-01", "year", "Doum-Doum", "TD", 10, None, "about", "Islamic State West Africa Province", None, True,
  "'l'an dernier' -> 2025, year. An ambush on soldiers -> Armed clash initiated by ISWAP (stated as fact, no claim mentioned). 'une dizaine' -> 10, about. 'deux ou trois cents millions', '15 ou 16 ans', '20 000 francs' and the phone number are distractors; 'les interpellations' is a generic reference."),
]
