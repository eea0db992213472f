"""Authoring source of benchmarks/events_holdout27 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Fribourg, Switzerland cluster (holdout27-011 to 015; French and
English), two suicide bombers on Saturday 13 June 2026 at two sites of one
town (the station forecourt and the place Georges-Python market, about 600 m
and six minutes apart): a Swiss daily's first report with a speculation
(fr 011), a joint police and prosecutor "communiqué" numbered by point with
the revised toll and arrests (fr 012), an English wire with the claim and an
arrest across the border in France (013), a French court report ("mis en
examen", "placé en détention provisoire", "déféré au parquet", "entendue",
"convoqué", fr 014) and an editorial with older attacks by month and year
(fr 015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout27")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout27-011
ARTICLES.append(A(11, "fr", "article", "2026-06-13T15:40:00Z",
"Double attentat-suicide à Fribourg : au moins sept morts",
"""
FRIBOURG - Au moins sept personnes ont été tuées et plusieurs dizaines blessées samedi matin à Fribourg, où deux hommes se sont fait exploser à quelques minutes d'intervalle devant la gare et sur la place Georges-Python, a annoncé la police cantonale.

La première explosion s'est produite à 10 h 52 sur le parvis de la gare, au moment où descendaient les voyageurs du train de 10 h 49 en provenance de Berne. Six minutes plus tard, un second homme a actionné sa charge au milieu du marché du samedi, à quelque 600 mètres de là.

« Les étals de cerises ont volé, puis il y a eu un silence terrible », raconte une maraîchère de 58 ans, légèrement blessée au bras. Trois hélicoptères ont transporté les blessés les plus graves vers Berne et Lausanne.

La police a bouclé le centre-ville et fait évacuer la vieille ville. Une centaine d'agents, venus aussi des cantons de Vaud et de Berne, quadrillaient samedi après-midi les rues de la cité, qui compte environ 38 000 habitants.

Personne n'avait revendiqué l'attaque samedi après-midi. Le conseiller d'État chargé de la sécurité a indiqué que la piste djihadiste était « privilégiée » et que l'organisation État islamique « pourrait être derrière » ces attentats.

La Suisse romande avait jusqu'ici été épargnée par ce type de violence. En 2022, la police cantonale avait désamorcé un engin artisanal caché dans un train régional en gare de Romont, à une vingtaine de kilomètres.

Les CFF ont interrompu le trafic ferroviaire entre Berne et Lausanne jusqu'à 16 heures. Le match de hockey prévu samedi soir a été annulé.
"""))
GOLD += [
E(11, ["deux hommes se sont fait exploser à quelques minutes d'intervalle devant la gare et sur la place Georges-Python"],
  "SUI", "2026-06-13", "day", "Fribourg", "CH", 7, 12, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 13 June. Two sites of one town (the station forecourt and the place Georges-Python, about 600 m and six minutes apart) -> ONE Suicide bomb event. 'Au moins sept personnes ont été tuées et plusieurs dizaines blessées' -> 7 (at_least), 12 ('plusieurs dizaines', dev table). The Islamic State « pourrait être derrière » is speculation -> null. '10 h 52', '10 h 49', 'Six minutes', '600 mètres', '58 ans', 'Trois hélicoptères', 'Une centaine d'agents', '38 000 habitants', '16 heures' are not casualties."),
E(11, ["la police cantonale avait désamorcé un engin artisanal"],
  "DWU", "2022-01-01", "year", "Romont", "CH", None, None, None, "police", None, True,
  "'En 2022' -> year, background. A device defused on its own -> Disrupted weapons use; cantonal police -> 'police'. A train 'en gare de Romont' -> Romont. 'une vingtaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout27-012
ARTICLES.append(A(12, "fr", "article", "2026-06-14T18:00:00Z",
"Communiqué conjoint de la Police cantonale fribourgeoise et du Ministère public de la Confédération",
"""
Fribourg, le 14 juin 2026

Attentats du 13 juin à Fribourg : point de situation

La Police cantonale fribourgeoise et le Ministère public de la Confédération (MPC) communiquent ce qui suit.

1. Bilan. Le bilan provisoire de sept morts communiqué samedi à midi a été revu. Douze personnes sont décédées sur place et deux autres ont succombé à leurs blessures dans la nuit à l'Hôpital cantonal. Le bilan s'établit à quatorze morts, en plus des deux auteurs, et à quarante-neuf blessés, dont neuf grièvement atteints.

2. Auteurs. Les deux auteurs, âgés de 22 et 26 ans, ont été formellement identifiés. Ils portaient sur eux des engins explosifs qu'ils ont actionnés à 10 h 52 et à 10 h 58. Leur identité ne sera pas communiquée.

3. Interpellations. Dans la nuit de samedi à dimanche, la police a interpellé deux hommes à Bulle, lors d'une perquisition dans un appartement de la rue de Gruyères. Un troisième individu a été interpellé dimanche matin à Yverdon-les-Bains. Les trois personnes ont été placées en détention provisoire sur décision du Tribunal des mesures de contrainte.

4. Auditions. Onze personnes ont été auditionnées en qualité de personnes appelées à donner des renseignements, puis laissées libres.

5. Revendication. Aucune revendication n'est parvenue aux autorités à ce stade. Le MPC a ouvert une procédure pénale pour assassinat et pour violation de la loi fédérale interdisant l'organisation État islamique.

6. Appel à témoins. Toute personne ayant filmé ou photographié les abords de la gare ou de la place Georges-Python entre 10 h 30 et 11 h 15 est priée de contacter la police au numéro gratuit 0800 13 06 26. Plus de 1 400 fichiers ont déjà été transmis aux enquêteurs.

La Police cantonale remercie la population pour son calme et rappelle que le périmètre de la vieille ville reste fermé jusqu'à lundi 6 heures.
"""))
GOLD += [
E(12, ["Attentats du 13 juin à Fribourg"],
  "SUI", "2026-06-13", "day", "Fribourg", "CH", 16, 49, "exact", None, None, False,
  "'du 13 juin' (the day before Sunday 14 June). The heading's plural 'Attentats' names the two blasts of one twin bombing -> one event. Revised toll inside the communiqué: 'sept morts' -> 'Douze ... sur place et deux autres ... dans la nuit' -> 'quatorze morts, en plus des deux auteurs' -> 14 + 2 = 16 ('en plus des' adds the bombers, like « outre »), 'quarante-neuf blessés' -> 49, exact; 'neuf grièvement atteints' is a subset. No claim; the procedure under the law banning the Islamic State is not an attribution -> null. '22 et 26 ans', '10 h 52', '10 h 58', point numbers 1 to 6, '0800 13 06 26', '1 400 fichiers' are not casualties."),
E(12, ["la police a interpellé deux hommes à Bulle"],
  "ARR", "2026-06-13", "day", "Bulle", "CH", None, None, None, "police", None, False,
  "'Dans la nuit de samedi à dimanche' vs Sunday 14 June -> dated at its start, Saturday 13 June. Police -> 'police'. One Arrests event per place and day: Bulle and Yverdon-les-Bains are two."),
E(12, ["Un troisième individu a été interpellé dimanche matin à Yverdon-les-Bains"],
  "ARR", "2026-06-14", "day", "Yverdon-les-Bains", "CH", None, None, None, "police", None, False,
  "'dimanche matin' = publication day, Sunday 14 June. The communiqué's police -> 'police'. The 'Onze personnes ... auditionnées ... puis laissées libres' are not arrested; 'placées en détention provisoire' is the arrests' follow-up."),
]

# -------------------------------------------------------------- holdout27-013
ARTICLES.append(A(13, "en", "article", "2026-06-15T10:00:00Z",
"Islamic State claims Fribourg bombing; man held in France",
"""
FRIBOURG, Switzerland (Alpine Wire) - Islamic State claimed responsibility on Sunday night for Saturday's twin suicide bombing in the Swiss city of Fribourg, saying in a statement on its Amaq news agency that two of its "soldiers" had struck "a crusader nation at the heart of Europe".

Swiss federal prosecutors said on Monday they considered the claim "credible". The bombing at the railway station and at a Saturday market 600 metres away killed 16 people, including the two attackers, and wounded 49, nine of them seriously, according to the latest official figures.

French police arrested a 29-year-old man in Pontarlier, about 15 km from the Swiss border, on Sunday afternoon on suspicion of driving the bombers from a flat in the French town to Fribourg on the morning of the attack, French judicial sources said. His grey van, which had covered 180,000 km, was seized. Three men were detained in Switzerland over the weekend.

The attack was the deadliest in Switzerland in decades. In November 2023, a man armed with a knife wounded two passengers on a platform at Fribourg station; he was later found unfit to stand trial. Two years ago, police in Neuchâtel arrested three teenagers who were accused of planning an attack on a music festival.

The Swiss government has raised its threat level for the first time since 2015 and deployed up to 800 soldiers to guard railway stations and airports in support of cantonal police.

The federal council said flags on official buildings would fly at half-mast until Wednesday, when a national minute of silence will be held at 11 a.m.
"""))
GOLD += [
E(13, ["Saturday's twin suicide bombing in the Swiss city of Fribourg"],
  "SUI", "2026-06-13", "day", "Fribourg", "CH", 16, 49, "exact", "Islamic State", "Islamic State", False,
  "'Saturday's' vs Monday 15 June -> 13 June. 'Islamic State claimed responsibility', judged credible -> claimant and perpetrator. 'killed 16 people, including the two attackers, and wounded 49' -> 16 (inside), 49, exact; 'nine of them seriously' is a subset. '600 metres', '800 soldiers', '11 a.m.', '2015' are not casualties."),
E(13, ["French police arrested a 29-year-old man in Pontarlier"],
  "ARR", "2026-06-14", "day", "Pontarlier", "FR", None, None, None, "police", None, False,
  "'on Sunday afternoon' vs Monday 15 June -> 14 June. French police arresting in France -> 'police', coded FR. '29-year-old', 'about 15 km', '180,000 km' are not casualties; the van belongs to the arrest. 'Three men were detained in Switzerland over the weekend' is a summary of the Bulle and Yverdon-les-Bains arrests with no place -> not coded again (a reader could code one Arrests event with Switzerland as its place)."),
E(13, ["a man armed with a knife wounded two passengers on a platform at Fribourg station"],
  "ATK", "2023-11-01", "month", "Fribourg", "CH", None, 2, "exact", None, None, True,
  "'In November 2023' -> month, background. A knife attack on civilians -> Attack, null actor. 'wounded two passengers' -> injured 2, exact."),
E(13, ["police in Neuchâtel arrested three teenagers"],
  "ARR", "2024-01-01", "year", "Neuchâtel", "CH", None, None, None, "police", None, True,
  "'Two years ago' vs 2026 -> 2024, year, background. Police -> 'police'. 'three teenagers' are arrestees."),
]

# -------------------------------------------------------------- holdout27-014
ARTICLES.append(A(14, "fr", "article", "2026-06-19T17:00:00Z",
"Attentat de Fribourg : le suspect de Pontarlier mis en examen et écroué",
"""
Le Franco-Suisse de 29 ans interpellé dimanche à Pontarlier (Doubs) a été mis en examen jeudi soir à Paris pour « complicité d'assassinats en relation avec une entreprise terroriste » et placé en détention provisoire, a annoncé vendredi le parquet national antiterroriste (PNAT). Il avait été déféré au parquet dans la matinée, au terme de 96 heures de garde à vue.

Les enquêteurs lui reprochent d'avoir conduit les deux kamikazes de Pontarlier à Fribourg le matin du 13 juin. L'attentat, revendiqué par l'État islamique, a fait seize morts, dont ses deux auteurs, et quarante-neuf blessés. Le suspect avait réservé une place sur le vol AF 1143 pour Alger, prévu le 16 juin.

Sa compagne, entendue lundi à Mulhouse par les policiers de la sous-direction antiterroriste, est ressortie libre sans qu'aucune charge soit retenue contre elle. Le frère du suspect a été convoqué la semaine prochaine comme témoin.

L'enquête s'étend désormais au Doubs. Mardi, un homme de 34 ans, soupçonné d'avoir fourni les téléphones utilisés par les deux kamikazes, a été interpellé à Besançon et placé en garde à vue. Les policiers ont saisi chez lui, au n° 14 de la rue des Granges, 1 200 euros en espèces et six cartes SIM.

Besançon n'en est pas à sa première affaire. Il y a deux ans, la DGSI y avait interpellé deux hommes qui projetaient un attentat contre un marché de Noël ; ils ont été condamnés à douze et quinze ans de réclusion.

Le suspect de Pontarlier encourt la réclusion criminelle à perpétuité. Son avocat, joint par téléphone, a dénoncé « un dossier vide » et annoncé qu'il ferait appel du placement en détention.
"""))
GOLD += [
E(14, ["L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-06-13", "day", "Fribourg", "CH", 16, 49, "exact", "Islamic State", "Islamic State", False,
  "'le matin du 13 juin' (six days before Friday 19 June -> current). 'revendiqué par l'État islamique' -> claimant and perpetrator. 'seize morts, dont ses deux auteurs, et quarante-neuf blessés' -> 16 (inside), 49, exact. The headline 'Attentat de Fribourg' is not part of the text. 'vol AF 1143', '16 juin' are not casualties."),
E(14, ["Le Franco-Suisse de 29 ans interpellé dimanche à Pontarlier"],
  "ARR", "2026-06-14", "day", "Pontarlier", "FR", None, None, None, "police", None, False,
  "'dimanche' vs Friday 19 June -> 14 June. 'mis en examen', 'placé en détention provisoire', 'déféré au parquet' and the '96 heures de garde à vue' are this arrest's follow-up: one Arrests event at its place and day, not a new arrest (and not dated at the indictment, Thursday 18 June). No force named; French police in holdout27-013 -> 'police'. '29 ans' is an age. The companion 'entendue ... ressortie libre' and the brother 'convoqué' are not arrested."),
E(14, ["un homme de 34 ans, soupçonné d'avoir fourni les téléphones utilisés par les deux kamikazes, a été interpellé à Besançon"],
  "ARR", "2026-06-16", "day", "Besançon", "FR", None, None, None, "police", None, False,
  "'Mardi' vs Friday 19 June -> 16 June. 'Les policiers' -> 'police'. '34 ans' is an age; 'n° 14', '1 200 euros' and 'six cartes SIM' belong to the arrest."),
E(14, ["la DGSI y avait interpellé deux hommes"],
  "ARR", "2024-01-01", "year", "Besançon", "FR", None, None, None, "police", None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. 'y' = Besançon (previous sentence). The DGSI (intelligence) -> 'police' (dev). 'douze et quinze ans de réclusion' are sentences, not casualties."),
]

# -------------------------------------------------------------- holdout27-015
ARTICLES.append(A(15, "fr", "article", "2026-06-20T06:00:00Z",
"Éditorial : Après Fribourg, regarder la menace en face",
"""
Une semaine après le double attentat-suicide du samedi 13 juin, qui a fait seize morts, kamikazes compris, et quarante-neuf blessés au cœur de Fribourg, la Suisse romande découvre qu'elle n'était pas l'îlot qu'elle croyait être. L'attaque, revendiquée par l'organisation État islamique, a frappé une gare et un marché, deux lieux où chacun passe sans y penser.

Il serait pourtant malhonnête de dire que rien ne l'annonçait. En mars 2021, un colis piégé avait explosé devant un bureau de poste de Payerne, sans faire de blessé. En 2022, la police désamorçait un engin artisanal dans un train régional à Romont. En novembre 2023, un homme armé d'un couteau blessait deux voyageurs sur un quai de la gare de Fribourg. En octobre dernier encore, un jeune homme de 17 ans était arrêté par la police cantonale à Estavayer-le-Lac pour avoir diffusé des appels au meurtre.

Chaque fois, on a parlé de cas isolés, de jeunes perdus, de malchance. Chaque fois, les budgets sont restés les mêmes. Le canton compte aujourd'hui quatre enquêteurs spécialisés dans la radicalisation pour plus de 330 000 habitants.

Il ne s'agit pas de céder à la peur, ni de désigner des communautés entières. Les milliers de personnes qui ont déposé des fleurs devant la gare cette semaine ont montré une dignité qui honore la ville. Mais la dignité ne remplace pas une politique.

Le Conseil fédéral promet un plan d'ici à la fin de l'année. Nous le jugerons sur deux critères : les moyens humains qu'il accorde au renseignement, et le temps qu'il mettra à les déployer. Seize familles attendent autre chose que des minutes de silence.
"""))
GOLD += [
E(15, ["double attentat-suicide du samedi 13 juin", "L'attaque, revendiquée par l'organisation État islamique"],
  "SUI", "2026-06-13", "day", "Fribourg", "CH", 16, 49, "exact", "Islamic State", "Islamic State", False,
  "'du samedi 13 juin' (7 days before Saturday 20 June -> current). 'seize morts, kamikazes compris, et quarante-neuf blessés' -> 16 (inside), 49, exact. 'revendiquée par l'organisation État islamique' -> claimant and perpetrator. The editorial has no new event. 'Seize familles' restates the dead, not a new figure; the flowers are mourning, not coded."),
E(15, ["un colis piégé avait explosé devant un bureau de poste de Payerne"],
  "IED", "2021-03-01", "month", "Payerne", "CH", None, 0, "exact", None, None, True,
  "'En mars 2021' -> month, background. A parcel bomb -> IED, null actor. 'sans faire de blessé' -> injured 0 and a null killed figure (events_holdout9 Bukkuyum: the zero covers only what the text says)."),
E(15, ["la police désamorçait un engin artisanal"],
  "DWU", "2022-01-01", "year", "Romont", "CH", None, None, None, "police", None, True,
  "'En 2022' -> year, background. Defused on its own -> Disrupted weapons use; police -> 'police'. 'dans un train régional à Romont' -> Romont."),
E(15, ["un homme armé d'un couteau blessait deux voyageurs sur un quai de la gare de Fribourg"],
  "ATK", "2023-11-01", "month", "Fribourg", "CH", None, 2, "exact", None, None, True,
  "'En novembre 2023' -> month, background. Knife attack on civilians -> Attack, null actor. 'blessait deux voyageurs' -> injured 2, exact."),
E(15, ["un jeune homme de 17 ans était arrêté par la police cantonale à Estavayer-le-Lac"],
  "ARR", "2025-10-01", "month", "Estavayer-le-Lac", "CH", None, None, None, "police", None, True,
  "'En octobre dernier' vs June 2026 -> October 2025, month, background. Cantonal police -> 'police'. '17 ans' is an age; 'quatre enquêteurs', '330 000 habitants', 'Les milliers de personnes' (mourners) are not casualties."),
]
