"""Authoring source of benchmarks/events_holdout7 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Hermel, Lebanon chain (holdout7-006 to 009): a twin suicide
bombing at a condolence hall on Saturday evening 25 April 2026, told by a
French breaking story, a French update with the claim late in the text, an
English arrests story and a French opinion piece with background attacks.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout7")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout7-006
ARTICLES.append(A(6, "fr", "article", "2026-04-26T06:30:00Z",
"Liban : un double attentat-suicide fait au moins neuf morts à Hermel",
"""
BEYROUTH, 26 avril (Agence) - Au moins neuf morts et une trentaine de blessés : c'est le bilan provisoire du double attentat-suicide qui a visé samedi soir une salle de condoléances bondée à Hermel, dans le nord de la Békaa, selon la Défense civile.

Vers 21 h 45, un premier kamikaze a actionné sa ceinture explosive à l'entrée de la salle, où plusieurs centaines de personnes présentaient leurs condoléances à une famille du quartier. Le second s'est fait exploser quelques minutes plus tard au milieu des habitants accourus pour secourir les blessés, a raconté un témoin joint par téléphone.

Une quinzaine d'ambulances de la Croix-Rouge et de la Défense civile ont transporté les victimes vers les hôpitaux de Hermel et de Baalbek, à une soixantaine de kilomètres. Plusieurs blessés se trouvent dans un état critique, et le ministère de la Santé a lancé un appel au don de sang.

L'attentat n'avait pas été revendiqué dimanche matin. L'armée a bouclé la ville et installé des barrages sur les routes menant à la frontière syrienne, toute proche.

Quelques heures plus tôt, samedi matin, une patrouille de l'armée avait désamorcé un engin explosif de cinq kilos placé sous un pont sur la route de Labweh, sans faire de victimes.

Le Premier ministre a décrété une journée de deuil national lundi et appelé « tous les Libanais à l'unité ». Hermel, ville d'environ 30 000 habitants, n'avait plus connu de violences de cette ampleur depuis des années.
"""))
GOLD += [
E(6, ["double attentat-suicide", "un premier kamikaze a actionné sa ceinture explosive", "Le second s'est fait exploser", "L'attentat n'avait pas été revendiqué"],
  "SUI", "2026-04-25", "day", "Hermel", "LB", 9, 30, "at_least", None, None, False,
  "Toll before the event: 'Au moins neuf morts et une trentaine de blessés' (bilan provisoire) -> 9 at_least, 30. 'samedi soir' vs Sunday 26 April -> 25 April. Twin bombers at one hall minutes apart -> one event. Not claimed, no actor. '21 h 45', 'plusieurs centaines', 'Une quinzaine d'ambulances', 'une soixantaine de kilomètres', '30 000' are distractors."),
E(6, ["une patrouille de l'armée avait désamorcé un engin explosif de cinq kilos"],
  "DWU", "2026-04-25", "day", "Labweh", "LB", 0, 0, "exact", "military", None, False,
  "'samedi matin' -> 25 April. A device defused on its own -> Disrupted weapons use; 'sans faire de victimes' -> 0/0 (events_holdout5 Burtinle). 'sur la route de Labweh' -> the place named (events_holdout3 'la route de Maru'). 'cinq kilos' is a weight."),
]

# --------------------------------------------------------------- holdout7-007
ARTICLES.append(A(7, "fr", "article", "2026-04-28T09:00:00Z",
"Hermel : le bilan s'alourdit, un groupe jihadiste revendique",
"""
HERMEL, 28 avril (Agence) - Le bilan du double attentat-suicide de samedi soir à Hermel est passé à seize morts, sans compter les deux kamikazes, après le décès lundi de trois blessés à l'hôpital de Baalbek. Quarante-deux personnes ont été blessées, dont onze se trouvent toujours dans un état grave, selon le ministère de la Santé.

Lundi, plusieurs milliers de personnes ont suivi les cercueils de neuf des victimes dans les rues de Hermel, en scandant des slogans contre l'État, accusé de laisser la frontière sans surveillance. Le cortège s'est dispersé dans le calme.

Dimanche soir, trois roquettes tirées depuis le territoire syrien sont tombées près du village de Qasr, à une dizaine de kilomètres au nord, sans faire de victimes. L'armée a envoyé des renforts dans le secteur.

Ce n'est que lundi soir que l'État islamique a revendiqué l'attaque, dans un communiqué diffusé par son agence Amaq. Le groupe y affirme que « deux chevaliers du califat » ont tué « plus de cinquante » personnes et en ont blessé une centaine. Les Brigades Abdallah Azzam, un temps soupçonnées par des médias locaux, ont démenti toute implication.

Les enquêteurs estiment que les deux kamikazes, âgés d'une vingtaine d'années, sont arrivés de Syrie à pied par les collines d'Arsal quelques jours plus tôt. Un habitant de Qasr, 58 ans, affirme avoir vu « deux jeunes inconnus » sur la route jeudi dernier.
"""))
GOLD += [
E(7, ["double attentat-suicide", "revendiqué l'attaque"],
  "SUI", "2026-04-25", "day", "Hermel", "LB", 18, 42, "exact", "Islamic State", "Islamic State", False,
  "'samedi soir' vs Tuesday 28 April -> 25 April. 'seize morts, sans compter les deux kamikazes' -> 16 + 2 = 18 (the 'sans compter' rule of events_test); the three who died in hospital are among the sixteen. 'Quarante-deux personnes ont été blessées' -> 42 (a wounded total; 'onze' is a subset). The claim comes in the fourth paragraph: Islamic State via Amaq. The Abdallah Azzam Brigades' denial is a rival's denial and does not dispute the claim. 'plus de cinquante' and 'une centaine' are the claimant's figures; 'une vingtaine d'années', '58 ans' are ages."),
E(7, ["plusieurs milliers de personnes ont suivi les cercueils", "Le cortège s'est dispersé dans le calme"],
  "PP", "2026-04-27", "day", "Hermel", "LB", None, None, None, None, None, False,
  "'Lundi' -> 27 April. A funeral march chanting slogans against the state -> Peaceful protest (events_holdout, events_holdout3). 'neuf des victimes' are coffins, not a toll."),
E(7, ["trois roquettes tirées depuis le territoire syrien sont tombées près du village de Qasr"],
  "SHL", "2026-04-26", "day", "Qasr", "LB", 0, 0, "exact", None, None, False,
  "'Dimanche soir' -> 26 April. Rockets fired from Syria by an unnamed side -> null. 'sans faire de victimes' -> 0/0. 'une dizaine de kilomètres' is a distance."),
]

# --------------------------------------------------------------- holdout7-008
ARTICLES.append(A(8, "en", "article", "2026-05-02T11:00:00Z",
"Lebanon detains eight over Hermel suicide bombing; soldier killed in hunt",
"""
BEIRUT, May 2 (Wire) - Lebanese security agencies have detained eight people in connection with last Saturday's twin suicide bombing at a condolence hall in Hermel, which killed 18 people including the two bombers and was claimed by the Islamic State group.

Army intelligence detained five Syrian men in raids on two informal camps in Arsal on Wednesday and seized two explosive belts, a hand grenade and 11 mobile phones, the army said in a statement. It said the men, aged 19 to 41, had sheltered the bombers for three nights.

On Thursday, the Internal Security Forces' Information Branch arrested a Lebanese taxi driver, 33, in Zahle, who allegedly drove the two bombers to Hermel, and two of his cousins in Chtaura, a security source said. About 20 other people were questioned and released.

An army patrol came under fire from gunmen near Ras Baalbek early on Friday while searching for a third suspect. One soldier was killed and two were wounded, and one of the gunmen was killed in the exchange, the army said. The others fled towards the border.

Families of the victims held a sit-in outside the government building in Hermel on Friday to demand faster compensation. The government has promised 5,000 dollars to each family and free treatment for the 42 wounded.

Investigators believe the bombers, both Syrian nationals, crossed the border on foot about a week before the attack.
"""))
GOLD += [
E(8, ["last Saturday's twin suicide bombing at a condolence hall in Hermel", "before the attack"],
  "SUI", "2026-04-25", "day", "Hermel", "LB", 18, 42, "exact", "Islamic State", "Islamic State", False,
  "'last Saturday's' in a Saturday 2 May story -> 25 April. 'killed 18 people including the two bombers' -> 18. Injured from 'free treatment for the 42 wounded' (the only wounded figure). Claimed by the Islamic State group."),
E(8, ["Army intelligence detained five Syrian men in raids on two informal camps in Arsal"],
  "ARR", "2026-04-29", "day", "Arsal", "LB", None, None, None, "military", None, False,
  "'on Wednesday' vs Saturday 2 May -> 29 April. Army intelligence -> 'military' (a country's own military intelligence). Belts, grenade, '11 mobile phones' belong to the arrest; 'aged 19 to 41', 'three nights' are distractors."),
E(8, ["the Internal Security Forces' Information Branch arrested a Lebanese taxi driver, 33, in Zahle"],
  "ARR", "2026-04-30", "day", "Zahle", "LB", None, None, None, "police", None, False,
  "'On Thursday' -> 30 April. ISF Information Branch -> 'police'. '33' is an age. Arrests are one event per place."),
E(8, ["two of his cousins in Chtaura"],
  "ARR", "2026-04-30", "day", "Chtaura", "LB", None, None, None, "police", None, False,
  "Same sentence as the Zahle arrest, so Thursday 30 April and the same force; a second place gives a second event. 'About 20 other people were questioned' is not an arrest."),
E(8, ["An army patrol came under fire from gunmen near Ras Baalbek"],
  "BAT", "2026-05-01", "day", "Ras Baalbek", "LB", 2, 2, "exact", None, None, False,
  "'early on Friday' -> 1 May. Unnamed gunmen fired on an armed patrol -> Armed clash, perpetrator null. 'One soldier' + 'one of the gunmen' = 2 killed; two soldiers wounded. Ras Baalbek is a town of its own, not Baalbek."),
E(8, ["Families of the victims held a sit-in outside the government building in Hermel"],
  "PP", "2026-05-01", "day", "Hermel", "LB", None, None, None, None, None, False,
  "'on Friday' -> 1 May. A sit-in with a demand -> Peaceful protest. '5,000 dollars' is money."),
]

# --------------------------------------------------------------- holdout7-009
ARTICLES.append(A(9, "fr", "article", "2026-05-20T08:00:00Z",
"Hermel, ou la mémoire courte de la Békaa",
"""
Tribune. Le 25 avril, deux kamikazes ont tué seize personnes dans une salle de condoléances de Hermel. Seize, sans compter les deux jeunes hommes qui portaient les ceintures. On a entendu dire, depuis, que la Békaa découvrait le terrorisme. C'est faux, et c'est bien le problème.

Rappelons. En novembre 2020, une bombe posée au bord de la route à Saïda visait une patrouille de l'armée : deux soldats tués, trois blessés. Personne n'a revendiqué, personne n'a été jugé.

À l'été 2021, à Ras Baalbek, un homme a lancé une grenade sur un poste militaire, blessant quatre soldats. Il y a trois ans, à Halba, dans l'Akkar, des hommes armés ont enlevé un commerçant de 63 ans ; on a retrouvé son corps neuf jours plus tard. Et en mars 2024, l'armée et des contrebandiers armés se sont affrontés pendant deux jours près de Qasr : cinq morts, dont un soldat.

Chaque fois, on a promis des tours de guet, des caméras, des effectifs. Quelque 1 200 soldats supplémentaires devaient être déployés le long de la frontière nord-est. Ils ne sont jamais arrivés. Chaque fois, on a arrêté quelques suspects, puis on a oublié.

Les familles de Hermel, qui manifestaient encore dimanche devant le sérail, ne demandent pas de vengeance. Elles demandent un État, des routes surveillées et des hôpitaux équipés : le plus proche service de grands brûlés est à plus de cent kilomètres.

L'auteur, ancien député de la Békaa, préside une association d'aide aux victimes du terrorisme.
"""))
GOLD += [
E(9, ["deux kamikazes ont tué seize personnes dans une salle de condoléances de Hermel"],
  "SUI", "2026-04-25", "day", "Hermel", "LB", 18, None, "exact", None, None, False,
  "'Le 25 avril' -> 25 days before the 20 May tribune -> current, not background. 'seize personnes ... Seize, sans compter les deux jeunes hommes qui portaient les ceintures' -> 16 + 2 = 18. No group or claim named in this document -> null."),
E(9, ["une bombe posée au bord de la route à Saïda"],
  "IED", "2020-11-01", "month", "Sidon", "LB", 2, 3, "exact", None, None, True,
  "'En novembre 2020' -> month. Saïda -> English Sidon. 'Personne n'a revendiqué' -> no claim, no actor."),
E(9, ["un homme a lancé une grenade sur un poste militaire"],
  "GRN", "2021-01-01", "year", "Ras Baalbek", "LB", None, 4, "exact", None, None, True,
  "'À l'été 2021' -> year precision (dev rule for 'the summer of 2018'). Four soldiers wounded, no killed figure."),
E(9, ["des hommes armés ont enlevé un commerçant de 63 ans"],
  "ABD", "2023-01-01", "year", "Halba", "LB", 1, None, "exact", None, None, True,
  "'Il y a trois ans' in 2026 -> 2023, year. Body found nine days later -> death in captivity is the abduction's killed figure (events_val val-018). '63 ans' is an age, 'neuf jours' a span."),
E(9, ["l'armée et des contrebandiers armés se sont affrontés pendant deux jours près de Qasr"],
  "BAT", "2024-03-01", "month", "Qasr", "LB", 5, None, "exact", None, None, True,
  "'en mars 2024' -> month. Both sides fought, no initiator -> null. 'cinq morts, dont un soldat' -> 5. Multi-day fighting is one event at its start."),
E(9, ["Les familles de Hermel, qui manifestaient encore dimanche devant le sérail"],
  "PP", "2026-05-17", "day", "Hermel", "LB", None, None, None, None, None, False,
  "'dimanche' vs Wednesday 20 May -> 17 May. Families demonstrating outside the government building -> Peaceful protest. '1 200 soldats', 'cent kilomètres' are distractors."),
]
