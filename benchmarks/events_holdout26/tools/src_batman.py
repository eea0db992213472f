"""Authoring source of benchmarks/events_holdout26 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Batman, Turkey cluster (holdout26-011 to 015; English and French),
two suicide bombers on Saturday 13 June 2026 at two sites of one city (the
central bazaar and the city bus station, about 700 m and six minutes
apart): a Turkish English-language daily's first report with the governor's
"may have been behind it" (011), a French international outlet's next-day
report with the revised toll and arrests (fr 012), an English wire's claim
story with a denial and dawn raids (013), a French analysis with older
attacks and a march (fr 014) and an interview with a survivor (015). Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout26")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout26-011
ARTICLES.append(A(11, "en", "article", "2026-06-13T16:00:00Z",
"Twin suicide attack in Batman kills at least 14",
"""
BATMAN, Turkey - At least 14 people were killed and over 40 injured on Saturday when two suicide bombers struck the southeastern city of Batman, the governor's office said.

The first attacker detonated his explosives at the entrance of the central bazaar at around 11:15 a.m., when the market was crowded with families shopping ahead of a wedding season weekend. Six minutes later a second bomber blew himself up at the city bus station, about 700 metres away, as passengers boarded a minibus for Hasankeyf.

Television footage showed shattered shop windows along Cumhuriyet Avenue and at least four burnt-out vehicles. The city's training and research hospital called in all off-duty surgeons.

Governor Ahmet Yıldırım told reporters that the PKK "may have been behind it", but added that investigators were "examining all possibilities, including Daesh". No group had claimed the attack by Saturday evening.

Anti-terror police detained two suspects in Kozluk, 30 kilometres northeast of the city, within hours of the blasts, the governor said. Their car, a grey 2014-model sedan, was being searched by bomb disposal experts.

Batman, a city of about 480,000 people at the heart of Turkey's oil region, has been largely spared by bombings in recent years. In August 2019 a roadside bomb near Hasankeyf killed a soldier and wounded two others.

Authorities imposed a temporary broadcast ban on images of the attack and declared a four-day ban on public gatherings. Flights from Batman airport to Ankara and Istanbul were operating normally, the airport said.
"""))
GOLD += [
E(11, ["two suicide bombers struck the southeastern city of Batman", "The first attacker detonated his explosives"],
  "SUI", "2026-06-13", "day", "Batman", "TR", 14, 40, "at_least", None, None, False,
  "'on Saturday' = publication day, Saturday 13 June. Two sites of one city (the bazaar and the bus station, about 700 m and six minutes apart) -> ONE Suicide bomb event. 'At least 14 people were killed and over 40 injured' -> 14 (at_least), 40 (the qualifier describes the killed figure). No claim; the PKK 'may have been behind it' is speculation -> null. '11:15 a.m.', 'Six minutes', '700 metres', 'at least four burnt-out vehicles' are not casualties."),
E(11, ["Anti-terror police detained two suspects in Kozluk"],
  "ARR", "2026-06-13", "day", "Kozluk", "TR", None, None, None, "police", None, False,
  "'within hours of the blasts' -> publication day, 13 June. Turkish 'detained' of suspects is an arrest; anti-terror police -> 'police'. '30 kilometres', '2014-model' are not casualties."),
E(11, ["a roadside bomb near Hasankeyf killed a soldier and wounded two others"],
  "IED", "2019-08-01", "month", "Hasankeyf", "TR", 1, 2, "exact", None, None, True,
  "'In August 2019' -> month, background. Roadside bomb, no actor -> null. 'killed a soldier and wounded two others' -> 1 and 2, exact. '480,000 people', 'four-day' are not casualties."),
]

# -------------------------------------------------------------- holdout26-012
ARTICLES.append(A(12, "fr", "article", "2026-06-14T09:30:00Z",
"Turquie : le bilan de l'attentat de Batman s'élève à vingt-quatre morts",
"""
Le bilan du double attentat-suicide perpétré samedi à Batman, dans le sud-est de la Turquie, s'est nettement alourdi dans la nuit. Le gouvernorat, qui faisait état samedi après-midi d'au moins quatorze morts, a annoncé dimanche matin vingt morts, puis vingt-deux, sans compter les deux kamikazes. Plus de quatre-vingts personnes ont été blessées, dont dix-sept se trouvaient toujours en soins intensifs dimanche.

Le premier kamikaze s'est fait exploser à l'entrée du grand bazar, le second six minutes plus tard à la gare routière urbaine. Parmi les morts figurent une mère et ses trois enfants âgés de 2, 5 et 8 ans.

La police a interpellé samedi soir cinq personnes à Siirt, à 90 kilomètres à l'est, dans un appartement où elle dit avoir trouvé 12 kilos d'explosifs et deux gilets inachevés. Une trentaine de personnes, dont des proches des deux kamikazes présumés, ont été entendues par les enquêteurs et relâchées.

Aucune revendication n'avait été publiée dimanche matin. Le gouverneur a répété que le PKK « pourrait être derrière » l'attaque, une hypothèse accueillie avec prudence par plusieurs experts, qui rappellent que la guérilla kurde n'a jamais eu recours à des attentats-suicides contre des civils dans la région.

Batman n'avait pas connu d'attentat de cette ampleur depuis des années. En octobre 2022, un kamikaze s'était fait exploser devant un poste de gendarmerie à Gercüş, à 40 kilomètres au sud, tuant deux gendarmes.

Les autorités ont décrété quatre jours de deuil et interdit les rassemblements jusqu'à mercredi. Un numéro d'urgence, le 155, a été mis à la disposition des témoins.
"""))
GOLD += [
E(12, ["double attentat-suicide perpétré samedi à Batman", "Le premier kamikaze s'est fait exploser"],
  "SUI", "2026-06-13", "day", "Batman", "TR", 24, 80, "exact", None, None, False,
  "'samedi' vs Sunday 14 June -> 13 June. One event for the two sites. Revised toll inside the article: 'au moins quatorze' -> 'vingt morts' -> 'vingt-deux, sans compter les deux kamikazes' -> 22 + 2 = 24, exact; 'Plus de quatre-vingts personnes ont été blessées' -> 80 (the qualifier describes the killed figure); 'dix-sept ... en soins intensifs' is a subset. No claim; the PKK « pourrait être derrière » is speculation -> null. 'six minutes', 'âgés de 2, 5 et 8 ans' are not casualties (the mother and three children are among the 24)."),
E(12, ["La police a interpellé samedi soir cinq personnes à Siirt"],
  "ARR", "2026-06-13", "day", "Siirt", "TR", None, None, None, "police", None, False,
  "'samedi soir' vs Sunday 14 June -> 13 June. The explosives and vests belong to the arrest. 'Une trentaine de personnes ... ont été entendues ... et relâchées' is not an arrest. '90 kilomètres', '12 kilos', 'deux gilets' are not casualties."),
E(12, ["un kamikaze s'était fait exploser devant un poste de gendarmerie à Gercüş"],
  "SUI", "2022-10-01", "month", "Gercüş", "TR", 2, None, "exact", None, None, True,
  "'En octobre 2022' -> month, background. A suicide bomber, no claim or attribution -> null. 'tuant deux gendarmes' -> 2, used as it stands (the text does not count the bomber, events_holdout25 Dir). '40 kilomètres', 'quatre jours', '155' are not casualties."),
]

# -------------------------------------------------------------- holdout26-013
ARTICLES.append(A(13, "en", "article", "2026-06-15T11:00:00Z",
"Islamic State claims Batman bombings; PKK denies role",
"""
BATMAN (Tigris Wire) - The Islamic State group claimed responsibility on Sunday for Saturday's twin suicide bombing in the southeastern Turkish city of Batman, which killed 24 people, including the two bombers, and wounded more than 80.

In a statement carried by its Amaq news agency, the group said two of its fighters had targeted "apostates and their protectors". Interior Ministry officials said the statement was authentic and matched details known only to investigators.

The Kurdistan Workers' Party (PKK), which the governor had named on Saturday as a possible culprit, denied any involvement and condemned the attack in a statement on a website close to the group.

Police detained 11 suspects in dawn raids on Monday, seven in Batman and four in Mardin, the ministry said. Among them was a 33-year-old man suspected of having driven the bombers from the Syrian border two weeks ago. Eighteen people are now in custody in connection with the attack.

The bombers were identified as two brothers aged 21 and 24 from the Sason district, who had spent 2023 and 2024 in Syria, according to a security official who spoke on condition of anonymity.

The government offered rewards of up to 10 million lira for information on the network. Funerals for 17 of the dead were held on Sunday in Batman, where shops on Cumhuriyet Avenue reopened on Monday at 9 a.m. under heavy police guard.

Turkey was hit by a wave of Islamic State attacks in 2015 and 2016, but the group had claimed no attack in the country since 2017.
"""))
GOLD += [
E(13, ["Saturday's twin suicide bombing in the southeastern Turkish city of Batman"],
  "SUI", "2026-06-13", "day", "Batman", "TR", 24, 80, "exact", "Islamic State", "Islamic State", False,
  "'Saturday's' vs Monday 15 June -> 13 June. 'killed 24 people, including the two bombers' -> 24 (inside), exact; 'wounded more than 80' -> 80 (the qualifier describes the killed figure). 'The Islamic State group claimed responsibility' -> 'Islamic State'; the ministry confirms it. The PKK denies: not a claim, not coded. 'Turkey was hit by a wave of Islamic State attacks in 2015 and 2016' is a generic reference (dev): not coded. 'Funerals for 17 of the dead' is a subset and funerals are not coded."),
E(13, ["Police detained 11 suspects in dawn raids on Monday, seven in Batman"],
  "ARR", "2026-06-15", "day", "Batman", "TR", None, None, None, "police", None, False,
  "'on Monday' = publication day, 15 June. Arrests are one event per place and day: the seven detained in Batman are one event, the four in Mardin another. The 33-year-old suspected driver is one of the eleven; '33-year-old', 'two weeks' are not casualties. '11 suspects' and 'Eighteen people are now in custody' are arrestee and cumulative counts, not casualties or events."),
E(13, ["four in Mardin"],
  "ARR", "2026-06-15", "day", "Mardin", "TR", None, None, None, "police", None, False,
  "Same raids, same day (15 June), second place -> its own Arrests event (one per place and day). Police -> 'police'."),
]

# -------------------------------------------------------------- holdout26-014
ARTICLES.append(A(14, "fr", "article", "2026-06-19T07:00:00Z",
"Analyse : à Batman, le retour des kamikazes dans le sud-est turc",
"""
Six jours après le double attentat-suicide du samedi 13 juin, qui a fait vingt-cinq morts, kamikazes compris, et plus de quatre-vingts blessés à Batman, la ville pétrolière du sud-est de la Turquie cherche encore à comprendre. L'attaque a été revendiquée par l'État islamique ; le PKK, un temps soupçonné par le gouverneur, a démenti toute implication.

Pour les spécialistes, l'attentat s'inscrit pourtant dans une longue série. En 2019, l'EI avait revendiqué l'explosion d'une bombe dans un minibus à Bismil, qui avait fait quatre morts. En mars 2021, une voiture piégée avait explosé devant un commissariat de Midyat, faisant cinq blessés. Il y a quatre ans, une embuscade que les autorités ont attribuée au PKK avait tué trois soldats près de Sason.

« Les réseaux djihadistes recrutent depuis 2014 dans les quartiers pauvres de Batman, où le chômage des jeunes dépasse 30 % », explique un chercheur de l'université de Diyarbakır, qui évalue à quelques centaines le nombre de sympathisants dans la province.

Mardi, plusieurs milliers de personnes ont défilé dans le centre de Batman, à l'appel des syndicats et des associations de commerçants, pour réclamer « la paix et la sécurité ». La marche, encadrée par 2 000 policiers, s'est déroulée sans incident.

Les enquêteurs ont désormais placé dix-neuf personnes en garde à vue. Les deux kamikazes, deux frères de 21 et 24 ans, avaient quitté la région en 2023. Leur père, convoqué par le parquet, a été entendu pendant six heures puis laissé libre.

Le gouvernement promet 1 500 caméras supplémentaires et une prime de 10 millions de livres turques. Les commerçants du bazar, eux, réclament surtout des indemnités : plus de 300 échoppes ont été endommagées.
"""))
GOLD += [
E(14, ["double attentat-suicide du samedi 13 juin", "L'attaque a été revendiquée par l'État islamique"],
  "SUI", "2026-06-13", "day", "Batman", "TR", 25, 80, "exact", "Islamic State", "Islamic State", False,
  "'du samedi 13 juin' -> 13 June 2026. 'vingt-cinq morts, kamikazes compris' -> 25 (inside; one more wounded died, see 015), exact; 'plus de quatre-vingts blessés' -> 80 (the qualifier describes the killed figure). 'revendiquée par l'État islamique' -> 'Islamic State'; the PKK denies: not coded."),
E(14, ["l'EI avait revendiqué l'explosion d'une bombe dans un minibus à Bismil"],
  "IED", "2019-01-01", "year", "Bismil", "TR", 4, None, "exact", "Islamic State", "Islamic State", True,
  "'En 2019' -> year, background. A bomb in a minibus, no suicide bomber -> Remote explosive/landmine/IED. 'l'EI avait revendiqué' -> 'Islamic State' (perpetrator and claimant). 'qui avait fait quatre morts' -> 4, exact."),
E(14, ["une voiture piégée avait explosé devant un commissariat de Midyat"],
  "IED", "2021-03-01", "month", "Midyat", "TR", None, 5, "exact", None, None, True,
  "'En mars 2021' -> month, background. A car bomb with no suicide driver -> Remote explosive/landmine/IED, no actor -> null. 'faisant cinq blessés' -> injured 5, exact."),
E(14, ["une embuscade que les autorités ont attribuée au PKK avait tué trois soldats près de Sason"],
  "BAT", "2022-01-01", "year", "Sason", "TR", 3, None, "exact", "PKK", None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. An ambush on soldiers attributed as fact by the authorities ('que les autorités ont attribuée au PKK') -> Armed clash initiated by the PKK (a named group that attacks is the initiator; dev: an attribution stated as fact sets the perpetrator), no claim. 'avait tué trois soldats' -> 3, exact. 'près de Sason' -> Sason (a town and a district)."),
E(14, ["plusieurs milliers de personnes ont défilé dans le centre de Batman"],
  "PP", "2026-06-16", "day", "Batman", "TR", None, None, None, None, None, False,
  "'Mardi' vs Friday 19 June -> 16 June. A march with a demand that 's'est déroulée sans incident' -> Peaceful protest, null actor. 'plusieurs milliers' are participants. 'dix-neuf personnes en garde à vue' is a cumulative count, not an event; the father 'convoqué ... entendu ... laissé libre' is not arrested. '2014', '30 %', '2 000 policiers', '21 et 24 ans', 'six heures', '1 500 caméras', '10 millions', '300 échoppes' are not casualties."),
]

# -------------------------------------------------------------- holdout26-015
ARTICLES.append(A(15, "en", "article", "2026-06-17T10:00:00Z",
"'The second bomb came while we were helping': a survivor of the Batman bus station attack",
"""
BATMAN, Turkey - Ramazan Ekinci, 46, drives the number 4 city bus between the oil refinery and the old town. On Saturday morning he had just pulled into the bus station when he heard the first explosion at the bazaar, about 700 metres away.

"People started running towards the bazaar to help. I left my bus and ran with them," he said from his hospital bed, his left arm in plaster. "Then I remembered my passengers and turned back. That is when the second bomb went off, right next to the minibuses. I flew maybe three metres."

Mr Ekinci was one of more than 80 people wounded in Saturday's twin suicide bombing, which the Islamic State group has claimed. The toll rose to 25, including the two bombers, after a 19-year-old university student died of his wounds on Tuesday.

"I have driven this route for 22 years. I know the faces. Of my nine passengers that morning, I have only seen two since," he said.

His wife, Gülsüm, was among several hundred people who gathered outside the governor's office on Monday evening to demand the governor's resignation. Police used water cannon and tear gas to break up the crowd after it tried to march on the building, she said. "We only wanted answers," she said.

On Tuesday, police detained a man in Diyarbakır suspected of having sold the bombers the car used to reach the city, the state news agency reported. His brother was questioned and released.

Mr Ekinci says he wants to go back to work, but not at the bus station. "Give me any other route," he said. "Number 9, number 12. Not that one."
"""))
GOLD += [
E(15, ["the first explosion at the bazaar", "the second bomb went off, right next to the minibuses", "Saturday's twin suicide bombing"],
  "SUI", "2026-06-13", "day", "Batman", "TR", 25, 80, "exact", "Islamic State", "Islamic State", False,
  "'On Saturday morning' vs Wednesday 17 June -> 13 June. The survivor's account names both blasts ('the first explosion at the bazaar', 'the second bomb'); one event. 'The toll rose to 25, including the two bombers, after a 19-year-old ... died ... on Tuesday' -> 25 (inside), exact; 'more than 80 people wounded' -> 80 (not reduced by the death). 'which the Islamic State group has claimed' -> 'Islamic State'. '46', 'number 4', '700 metres', 'three metres', '19-year-old', '22 years', 'nine passengers', 'Number 9, number 12' are not casualties."),
E(15, ["several hundred people who gathered outside the governor's office on Monday evening"],
  "PI", "2026-06-15", "day", "Batman", "TR", None, None, None, None, None, False,
  "'on Monday evening' vs Wednesday 17 June -> 15 June. A gathering with a demand broken up with water cannon and tear gas -> Protest with intervention, null actor. 'several hundred' are participants."),
E(15, ["police detained a man in Diyarbakır"],
  "ARR", "2026-06-16", "day", "Diyarbakır", "TR", None, None, None, "police", None, False,
  "'On Tuesday' vs Wednesday 17 June -> 16 June. The suspected facilitator (the car seller). 'His brother was questioned and released' is not an arrest."),
]
