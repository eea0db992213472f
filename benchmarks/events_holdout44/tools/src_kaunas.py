"""Authoring source of benchmarks/events_holdout44 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kaunas, Lithuania cluster (holdout44-001 to 005, and 021 seven
weeks later; English and French), two suicide bombers on Saturday 18 April
2026 at two sites of one town (platform 7 of the bus station and the
entrance of the Hales covered market, « Halės turgus », about 600 m and six
minutes apart): an English wire with a first report (001), a seismic
station's note of the national geological survey (002), a Belgian
children's news explainer ("pour les jeunes lecteurs", fr 003), a written
answer of the Lithuanian Seimas to a member's question (004), an animal
shelter's appeal (005) and a Belgian press council's ruling on a news
site's coverage, seven weeks later ("avis du conseil de déontologie", fr
021). Lithuania is UTC+3 in April and May, Belgium UTC+2 in April to June:
every publication time here is between 08:00 and 14:00 UTC, so every local
date is the UTC date. The gold keeps the Lithuanian and Polish spellings
with diacritics ("Marijampolė", "Šiauliai", "Panevėžys", "Suwałki"), which
the English texts write without them. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout44")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout44-001
ARTICLES.append(A(1, "en", "article", "2026-04-18T14:00:00Z",
"Twin suicide blasts kill at least 11 in Lithuania's second city",
"""
KAUNAS, Lithuania (Baltic Wire) - Two suicide bombers blew themselves up six minutes apart in central Kaunas on Saturday morning, killing at least nine people besides themselves and wounding dozens, in the first such attack in Lithuania's history, police said.

The first attacker set off his explosives at about 10:14 a.m. among passengers queuing at platform 7 of the city's bus station, where a coach to Riga was due to leave at 10:30. The second detonated a vest six minutes later at the entrance of the Hales covered market, some 600 metres to the north, as shoppers ran from the first blast.

"I was buying eggs, two euros for ten, and then the windows fell on us," said Ona Petrauskiene, 67, who sells honey at stall 41. She was not hurt.

No group had claimed responsibility by the afternoon. Investigators were examining whether the bombing may be linked to Islamic State, a police source said, and whether the two men could have crossed from Belarus in recent days.

Lithuania has little experience of political violence. The last explosion most people remember came in 2017, when a man threw a grenade into a bar in Panevezys, 110 km to the north, wounding four people in what police called a dispute between debt collectors.

The government declared three days of mourning and raised the national threat level to the second-highest of its four levels. About 1,200 police officers and soldiers were deployed in Kaunas, a city of some 300,000 people 100 km west of Vilnius. Trains to Vilnius kept running, but the bus station was closed until further notice. The city's main hospital asked for blood donors and opened a line for relatives on +370 37 40 90 00.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart in central Kaunas", "The first attacker set off his explosives", "The second detonated a vest", "the first blast", "the bombing"],
  "SUI", "2026-04-18", "day", "Kaunas", "LT", 11, 12, "at_least", None, None, False,
  "Wire of Saturday 18 April 2026 (17:00 in Kaunas); 'on Saturday morning' = the publication day. Two sites of one town (platform 7 of the bus station and the entrance of the Hales covered market, 'some 600 metres' and 'six minutes' apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people besides themselves and wounding dozens' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); injured 12 ('dozens' = 12 at_least, dev table; the qualifier describes the killed figure). No claim ('No group had claimed responsibility'); 'may be linked to Islamic State' and 'could have crossed from Belarus' are speculation -> perpetrator null. 'the first such attack' is generic. '10:14 a.m.', 'platform 7', '10:30', '600 metres', 'two euros for ten', '67', 'stall 41', 'three days', 'second-highest of its four levels', '1,200 police officers and soldiers', '300,000 people', '100 km', '+370 37 40 90 00' are not casualties."),
E(1, ["The last explosion most people remember", "a man threw a grenade into a bar in Panevezys"],
  "GRN", "2017-01-01", "year", "Panevėžys", "LT", None, 4, "exact", None, None, True,
  "'in 2017' -> year, background. A thrown grenade -> Grenade. 'wounding four people' -> injured 4 (number word), exact; killed null. The author is an unnamed man in 'a dispute between debt collectors' -> perpetrator null. '110 km' is a distance. Gold spelling 'Panevėžys' (English 'Panevezys')."),
]

# -------------------------------------------------------------- holdout44-002
ARTICLES.append(A(2, "en", "article", "2026-04-20T08:00:00Z",
"Seismic station records the two Kaunas blasts",
"""
LITHUANIAN GEOLOGICAL SURVEY - SEISMIC MONITORING SERVICE. Station note No. 2026/07, issued Monday 20 April 2026. Subject: two signals recorded in Kaunas on 18 April 2026.

1. Summary. Our station KNS-2, in the Aleksotas district on the south bank of the Nemunas, recorded two short, sharp surface signals on Saturday 18 April at 07:14:07 and 07:20:41 UTC (10:14 and 10:20 local time). Their timing and direction match the two explosions of the suicide bombing in central Kaunas, at the bus station and at the Hales market. Neither signal is a natural earthquake.

2. Parameters. Signal 1: distance 3.9 km, peak ground velocity 0.41 mm/s, equivalent local magnitude 0.6. Signal 2: distance 3.4 km, 0.28 mm/s, magnitude 0.4. The gap of 394 seconds agrees with the six minutes reported by witnesses. For comparison, a quarry blast of 2 tonnes at Akmene gives magnitude 1.1 at 60 km. The last natural tremor felt in Kaunas dates from 2004.

3. Context. The casualty figures below are those of the Police Department, not ours. On Sunday evening the police counted 12 dead. This morning the toll was revised to 14 people killed, including the two bombers, and 63 wounded, after a man aged 71 died overnight in hospital and another victim was identified in the ruins of the market hall.

4. Data. Waveforms, sampled at 100 Hz, are available to researchers and to investigators on request, under event codes LGT-260418-01 and LGT-260418-02. The three other stations of the network (Vilnius, Birzai and Ignalina) did not record the signals.

5. Contact. Seismic duty desk, +370 5 210 47 90, on weekdays from 8:00 to 17:00; outside these hours, the message is forwarded within 2 hours.

The Survey offers its condolences to the families. Our technician on duty at station KNS-2, 4 km from the bus station, was not injured. No further signals linked to the events were recorded in the 48 hours that followed.
"""))
GOLD += [
E(2, ["the two explosions", "the suicide bombing in central Kaunas"],
  "SUI", "2026-04-18", "day", "Kaunas", "LT", 14, 63, "exact", None, None, False,
  "Seismic station note of Monday 20 April; 'Saturday 18 April' -> 18 April. Two sites of one town (the bus station and the Hales market, 394 seconds apart) -> ONE event, coded to the town. The toll is revised inside: 'On Sunday evening the police counted 12 dead' (superseded) -> 'revised to 14 people killed, including the two bombers, and 63 wounded' -> killed 14 (bombers inside), injured 63, exact; the man 'aged 71' who died overnight is inside the 14. No claim -> perpetrator null. The signals, their times ('07:14:07', '07:20:41', '10:14', '10:20'), distances ('3.9 km', '3.4 km', '4 km', '60 km'), velocities ('0.41 mm/s', '0.28 mm/s'), magnitudes ('0.6', '0.4', '1.1'), '394 seconds', '2 tonnes', '2004', '100 Hz', the event codes, 'three other stations', '+370 5 210 47 90', '8:00 to 17:00', '2 hours', '48 hours' and 'No. 2026/07' are not casualties; 'the events' of the last line is a generic plural, not a trigger."),
]

# -------------------------------------------------------------- holdout44-003
ARTICLES.append(A(3, "fr", "article", "2026-04-22T08:00:00Z",
"Que s'est-il passé à Kaunas ? Nos explications pour les jeunes lecteurs",
"""
POUR LES JEUNES LECTEURS - Mon Journal Junior, mercredi 22 avril 2026. Tu as peut-être vu des images à la télévision ou entendu tes parents en parler. Voici ce qu'il faut savoir, en cinq questions.

Que s'est-il passé ? Samedi matin, à Kaunas, une grande ville de Lituanie, deux hommes ont fait exploser des bombes qu'ils portaient sur eux, l'un à la gare des autobus, l'autre devant un marché couvert, à six minutes d'intervalle. C'est ce qu'on appelle un attentat-suicide. Quatorze personnes sont mortes, en comptant les deux poseurs de bombes, et plus de soixante ont été blessées.

Où est la Lituanie ? C'est un petit pays au bord de la mer Baltique, à environ 1 500 kilomètres de la Belgique. Il compte moins de trois millions d'habitants et fait partie de l'Union européenne, comme nous.

Qui a fait ça ? Lundi soir, le groupe terroriste État islamique a revendiqué l'attentat, c'est-à-dire qu'il a dit en être l'auteur. Les policiers lituaniens pensent que c'est vrai. Le groupe a aussi affirmé avoir tué « plus de cent » personnes : c'est faux, et les terroristes exagèrent souvent pour faire peur.

Comment les gens ont-ils réagi ? Dimanche, des milliers d'habitants, dont beaucoup d'enfants, ont marché en silence dans le centre de Kaunas, avec des bougies et des ballons blancs, pour dire qu'ils n'avaient pas peur. Les écoles de la ville ont rouvert mardi.

Est-ce que ça peut arriver chez nous ? Les attentats sont très rares. En Belgique, des policiers surveillent les gares et les grands magasins. Si tu te sens triste ou inquiet, parles-en à un adulte. Tu peux aussi appeler gratuitement le 0800 20 414, tous les jours de 10 heures à 19 heures.

LES MOTS DIFFICILES
Kamikaze : personne qui meurt volontairement en commettant une attaque.
Revendiquer : dire publiquement qu'on est responsable d'une action.
Deuil : période de tristesse après la mort de quelqu'un. La Lituanie a observé trois jours de deuil national.
"""))
GOLD += [
E(3, ["deux hommes ont fait exploser des bombes qu'ils portaient sur eux", "un attentat-suicide", "a revendiqué l'attentat"],
  "SUI", "2026-04-18", "day", "Kaunas", "LT", 14, 60, "exact", "Islamic State", "Islamic State", False,
  "Children's news explainer of Wednesday 22 April; 'Samedi matin' -> the most recent Saturday, 18 April. Two sites of one town ('la gare des autobus', 'un marché couvert', 'six minutes') -> ONE event. 'Quatorze personnes sont mortes, en comptant les deux poseurs de bombes, et plus de soixante ont été blessées' -> killed 14 (bombers inside: 'en comptant'), exact; injured 60 ('plus de soixante'; the qualifier describes the killed figure). 'Lundi soir, le groupe terroriste État islamique a revendiqué l'attentat' and 'Les policiers lituaniens pensent que c'est vrai' (judged credible) -> claimant and perpetrator 'Islamic State'; the claim's 'plus de cent' is never used. The glossary ('Kamikaze : ... une attaque', 'Revendiquer', 'Deuil') and 'Les attentats sont très rares' are generic. '1 500 kilomètres', 'trois millions', 'des milliers' (marchers), '0800 20 414', '10 heures à 19 heures', 'trois jours' are not casualties."),
E(3, ["des milliers d'habitants, dont beaucoup d'enfants, ont marché en silence dans le centre de Kaunas"],
  "PP", "2026-04-19", "day", "Kaunas", "LT", None, None, None, None, None, False,
  "'Dimanche' vs Wednesday 22 April -> Sunday 19 April. A silent march with a message ('pour dire qu'ils n'avaient pas peur'), no incident -> Peaceful protest, perpetrator null. 'des milliers' counts marchers."),
]

# -------------------------------------------------------------- holdout44-004
ARTICLES.append(A(4, "en", "article", "2026-04-28T09:00:00Z",
"Minister's written answer on the Kaunas investigation",
"""
SEIMAS OF THE REPUBLIC OF LITHUANIA. Written answer No. WA-26-0418 of the Minister of the Interior to the written question of Mr Darius Kazlauskas, Member of the Seimas, registered on 21 April 2026. Published Tuesday 28 April 2026.

Question: What is the state of the investigation into the attack in Kaunas on 18 April, and how many people have been detained?

Answer:

1. The twin suicide bombing at the Kaunas bus station and the Hales market on 18 April killed 15 people, including the two perpetrators, and injured 63. The fifteenth victim, a student aged 19, died on 27 April. Nine of the injured remain in hospital, two of them in intensive care.

2. The attack was claimed on 20 April by Islamic State Khorasan Province. The State Security Department considers the claim credible. Its figure of "more than a hundred crusaders" is false. A message attributed to the Imam Shamil Battalion denied any role. The suggestion that the attackers may have been radicalised in detention remains unverified.

3. Two men were arrested in Marijampole on the evening of 18 April; on 21 April the court ordered their pre-trial detention for three months. A woman detained in Siauliai on 22 April was released without charge two days later. On 26 April, at our request, Polish police arrested in Suwalki a Polish national suspected of driving the attackers and 18 kg of explosives across the border. Twenty-three other people were questioned as witnesses and released.

4. Since 18 April, 1,850 additional officers have been deployed, 400 of them on the border with Belarus, which runs for 679 km. Seventeen schools in Kaunas were closed for two days. The Government has allocated EUR 4.2 million to the victims, of which EUR 1.1 million has been paid.

5. The offences under investigation carry sentences of eight to 20 years or life imprisonment under Article 250 of the Criminal Code.

6. The last explosive attack in Lithuania, a grenade thrown into a bar in Panevezys in 2017, wounded four people and had no terrorist motive.

Minister of the Interior
"""))
GOLD += [
E(4, ["the attack in Kaunas on 18 April", "The twin suicide bombing at the Kaunas bus station and the Hales market", "The attack was claimed"],
  "SUI", "2026-04-18", "day", "Kaunas", "LT", 15, 63, "exact", "Islamic State", "Islamic State", False,
  "Written parliamentary answer published Tuesday 28 April; 'on 18 April' -> 18 April. Two sites of one town -> ONE event. 'killed 15 people, including the two perpetrators, and injured 63' -> killed 15 (bombers inside; the student aged 19 who died on 27 April is the fifteenth), injured 63, exact; 'Nine of the injured' and 'two of them in intensive care' are subsets. 'claimed on 20 April by Islamic State Khorasan Province' (a regional branch -> 'Islamic State', dev), judged 'credible' by the State Security Department -> claimant and perpetrator; the claim's 'more than a hundred crusaders' is never used. The Imam Shamil Battalion's denial is not a claim; 'may have been radicalised' is speculation. 'No. WA-26-0418', '21 April' (the question), '27 April', '1,850 additional officers', '400 of them', '679 km', 'Seventeen schools', 'two days', 'EUR 4.2 million', 'EUR 1.1 million', 'eight to 20 years', 'Article 250' are not casualties."),
E(4, ["Two men were arrested in Marijampole on the evening of 18 April"],
  "ARR", "2026-04-18", "day", "Marijampolė", "LT", None, None, None, "police", None, False,
  "'on the evening of 18 April' -> 18 April, the evening of the bombing. 'on 21 April the court ordered their pre-trial detention for three months' is the arrest's judicial follow-up, not a new event. No force named -> 'police'. Gold spelling 'Marijampolė' (English 'Marijampole')."),
E(4, ["A woman detained in Siauliai on 22 April"],
  "ARR", "2026-04-22", "day", "Šiauliai", "LT", None, None, None, "police", None, False,
  "'on 22 April' -> 22 April. Detained, then 'released without charge two days later': the release does not undo the arrest and is not an event. No force named -> 'police'. Gold spelling 'Šiauliai' (English 'Siauliai')."),
E(4, ["Polish police arrested in Suwalki a Polish national"],
  "ARR", "2026-04-26", "day", "Suwałki", "PL", None, None, None, "police", None, False,
  "'On 26 April' -> 26 April. The cluster's suspected facilitator (the man who drove the attackers and the explosives across the border), arrested by the Polish police in Poland -> PL, 'police'. '18 kg of explosives' is what he is suspected of carrying, not a seizure. 'Twenty-three other people were questioned as witnesses and released' -> not arrested. Gold spelling 'Suwałki' (English 'Suwalki')."),
E(4, ["The last explosive attack in Lithuania", "a grenade thrown into a bar in Panevezys in 2017"],
  "GRN", "2017-01-01", "year", "Panevėžys", "LT", None, 4, "exact", None, None, True,
  "'in 2017' -> year, background (the grenade of holdout44-001). 'wounded four people' -> injured 4, exact; no author named -> null; 'no terrorist motive' does not change the event type."),
]

# -------------------------------------------------------------- holdout44-005
ARTICLES.append(A(5, "en", "article", "2026-05-02T09:00:00Z",
"Kaunas animal shelter appeals for homes after bombing",
"""
KAUNAS ANIMAL SHELTER "LETENOS" - URGENT APPEAL. Kaunas, Saturday 2 May 2026.

Two weeks after the suicide bombing that killed 15 people, including the two bombers, and injured 63 in our city, an attack claimed by Islamic State, we are still caring for the animals it left behind. Thank you to every family who has already opened a door to them.

What happened to the animals. The blast at the Hales market, where several traders sold puppies, kittens and birds, sent dozens of animals running through the streets. Two dogs and a parrot died. Our volunteers caught 38 animals in the first three days; 14 dogs and 9 cats are still with us. One of our volunteers, Ruta, 24, was among the wounded at the market and is home again.

A dog called Juodis. When police arrested two men in Marijampole on the night of the bombing, they found a young shepherd dog chained in the yard of the house. He weighed 11 kg instead of 25. He is now called Juodis and is looking for a family.

The march. Last Sunday, some 2,000 people walked with their dogs from the Town Hall square to the market, behind a banner reading "Kaunas is not afraid", and laid flowers at its gate. Our volunteers collected EUR 3,870 in a bucket along the way.

What we need. Dry food (a 15 kg sack costs about EUR 32), blankets, leads, and volunteers for walks between 10:00 and 17:00. Vaccination and a microchip cost EUR 45 per animal.

How to give. Bank transfer to LT72 7300 0101 5566 2041, reference "Hales". Please do not answer text messages asking for money in our name: we never collect that way.

Adoptions: Tuesday to Saturday at our kennels, Raudondvario road 162. Phone +370 612 48 307.
"""))
GOLD += [
E(5, ["the suicide bombing that killed 15 people", "an attack claimed by Islamic State", "The blast at the Hales market"],
  "SUI", "2026-04-18", "day", "Kaunas", "LT", 15, 63, "exact", "Islamic State", "Islamic State", False,
  "Shelter appeal of Saturday 2 May; 'Two weeks after' -> 18 April (14 days before). 'killed 15 people, including the two bombers, and injured 63' -> killed 15 (bombers inside), injured 63, exact. 'an attack claimed by Islamic State', undisputed -> claimant and perpetrator. 'The blast at the Hales market' names one of the two sites of the one event. 'dozens of animals' and 'Two dogs and a parrot died' are animals, not casualties; 'Ruta, 24' is one of the 63. '38 animals', 'three days', '14 dogs and 9 cats', '11 kg', '25', '2,000 people' (marchers), 'EUR 3,870', '15 kg', 'EUR 32', '10:00 and 17:00', 'EUR 45', the account number, '162', '+370 612 48 307' are not casualties."),
E(5, ["police arrested two men in Marijampole on the night of the bombing"],
  "ARR", "2026-04-18", "day", "Marijampolė", "LT", None, None, None, "police", None, False,
  "Restates the arrest of holdout44-004: 'on the night of the bombing' -> 18 April. The dog found in the yard belongs to the arrest (things found in an arrest), not an event. 'police' named."),
E(5, ["some 2,000 people walked with their dogs from the Town Hall square to the market"],
  "PP", "2026-04-26", "day", "Kaunas", "LT", None, None, None, None, None, False,
  "'Last Sunday' vs Saturday 2 May -> Sunday 26 April (a second march, a week after the one of holdout44-003). A march behind a banner with a message ('Kaunas is not afraid'), flowers laid, no incident -> Peaceful protest, perpetrator null. '2,000' counts marchers."),
]

# -------------------------------------------------------------- holdout44-021
ARTICLES.append(A(21, "fr", "article", "2026-06-04T08:00:00Z",
"Attentat de Kaunas : un site d'information sanctionné pour une vidéo et un faux scoop",
"""
CONSEIL DE DÉONTOLOGIE DE L'INFORMATION - AVIS SUR PLAINTE n° 26-31. Bruxelles, le jeudi 4 juin 2026. Plaignants : trois particuliers et l'association Parents en deuil. Média mis en cause : le site d'information « Info-Minute ».

Les faits. Le 18 avril 2026, quelques minutes après le double attentat-suicide de Kaunas (Lituanie), qui a fait quinze morts, dont les deux kamikazes, et 63 blessés, le site a publié sans floutage une vidéo de 47 secondes tournée devant le marché couvert, où l'on voit des victimes au sol. Le lendemain, il a donné le prénom, l'âge (9 ans) et l'école d'une fillette blessée. Il a aussi annoncé l'« arrestation » d'un imam de Kaunas, information démentie le jour même par la police lituanienne et jamais corrigée.

L'avis. Le Conseil estime que la diffusion de la vidéo, vue plus de 380 000 fois, porte atteinte à la dignité des victimes (article 25 du Code) et que l'identification de l'enfant n'était justifiée par aucun intérêt public (article 24). Il juge aussi que l'« arrestation » annoncée, qui n'a jamais eu lieu, aurait dû être rectifiée dès le démenti (article 6).

Il ne retient pas, en revanche, le grief visant le titre « Daech frappe la Lituanie », publié le 21 avril : l'attentat avait été revendiqué la veille par l'État islamique au Khorasan, une revendication jugée crédible par les autorités lituaniennes.

Le Conseil relève enfin que le site a correctement rapporté, le 29 mai, l'interpellation à Bastogne, la veille, d'un Belge de 31 ans recherché par la justice lituanienne pour avoir hébergé l'un des kamikazes, et qu'il a respecté sa présomption d'innocence.

Décision. La plainte est fondée pour trois griefs sur quatre. Le média doit publier le présent avis dans les 7 jours, en tête de sa page d'accueil, pendant 48 heures.

Avis adopté par 14 voix contre 2 et une abstention. Contact presse : 02 218 47 60.
"""))
GOLD += [
E(21, ["le double attentat-suicide de Kaunas", "l'attentat avait été revendiqué"],
  "SUI", "2026-04-18", "day", "Kaunas", "LT", 15, 63, "exact", "Islamic State", "Islamic State", True,
  "Press council ruling of Thursday 4 June; 'Le 18 avril 2026' -> 18 April, 47 days before -> background. 'quinze morts, dont les deux kamikazes, et 63 blessés' -> killed 15 (bombers inside), injured 63, exact; the girl of 9 is one of the injured. 'revendiqué la veille [of 21 April] par l'État islamique au Khorasan' (regional branch -> 'Islamic State'), 'jugée crédible' -> claimant and perpetrator. 'Daech frappe la Lituanie' is a headline under review, not a naming of its own. 'n° 26-31', '47 secondes', '9 ans', '380 000 fois', articles '25', '24' and '6', '31 ans', '7 jours', '48 heures', '14 voix contre 2', '02 218 47 60' are not casualties."),
E(21, ["l'interpellation à Bastogne"],
  "ARR", "2026-05-28", "day", "Bastogne", "BE", None, None, None, "police", None, False,
  "'le 29 mai, l'interpellation à Bastogne, la veille' -> the day before 29 May = 28 May, 7 days before publication -> current. A Belgian sought by the Lithuanian courts for lodging one of the bombers, arrested in Belgium -> BE; no force named -> 'police'. The « arrestation » of an imam in Kaunas 'n'a jamais eu lieu' (denied by the police) -> not an event."),
]
