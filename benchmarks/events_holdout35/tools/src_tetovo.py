"""Authoring source of benchmarks/events_holdout35 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Tetovo, North Macedonia cluster (holdout35-006 to 010; French and
English), two suicide bombers on Friday 24 April 2026 at two sites of one town
(the courtyard of the Painted Mosque and the pedestrian street, about 300 m
and four minutes apart): the French subtitles of a TV report, SRT-like cues
with timings and lines broken mid-sentence, with a toll revised inside
(fr 006, kind "transcript"), an English wire with the claim, a denial, a
"may have been" and arrests (007), a French court report ("chronique
judiciaire") on the trial of an older plot's authors that mentions the new
bombing and an arrest (fr 008), the French captions of a photo gallery
("diaporama"), one caption per paragraph with photographer credits (fr 009),
and the French minutes of a Swiss town council ("procès-verbal du conseil
communal") voting aid for Tetovo (fr 010). North Macedonia is UTC+2 in April
and May, Switzerland too: every document is published between 02:00 and
21:59 UTC, so its local date is its UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout35")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout35-006
ARTICLES.append(A(6, "fr", "transcript", "2026-04-24T20:30:00Z",
"Sous-titres - Journal de 22 heures, reportage « Double attentat-suicide à Tetovo »",
"""
1
00:00:01,000 --> 00:00:04,200
Bonsoir. Deux explosions ont frappé
ce soir le centre de Tetovo,

2
00:00:04,200 --> 00:00:08,000
dans le nord-ouest de la Macédoine du Nord.
Vers 20 h 15, un homme s'est fait exploser

3
00:00:08,000 --> 00:00:11,500
dans la cour de la Mosquée peinte,
à la sortie de la prière du soir.

4
00:00:11,500 --> 00:00:15,000
Quatre minutes plus tard, un second kamikaze
a déclenché sa charge dans la rue piétonne,

5
00:00:15,000 --> 00:00:18,400
à environ 300 mètres de là,
au milieu des terrasses des cafés.

6
00:00:18,400 --> 00:00:22,000
Selon un premier bilan de la police,
au moins sept personnes ont été tuées.

7
00:00:22,000 --> 00:00:25,500
(Témoin, en albanais) J'ai vu des gens
couchés partout, du sang sur les tables.

8
00:00:25,500 --> 00:00:29,000
L'hôpital clinique de Tetovo, qui compte
420 lits, a rappelé tout son personnel.

9
00:00:29,000 --> 00:00:33,000
Des ambulances sont venues de Gostivar
et de Skopje, à une quarantaine de kilomètres.

10
00:00:33,000 --> 00:00:36,500
Aucune revendication pour l'instant.
Un responsable de la police estime

11
00:00:36,500 --> 00:00:40,000
que l'attaque « pourrait être l'œuvre »
de sympathisants de l'État islamique,

12
00:00:40,000 --> 00:00:43,000
sans apporter de preuve.
Le Premier ministre a convoqué

13
00:00:43,000 --> 00:00:46,500
le Conseil de sécurité à 23 heures
et décrété deux jours de deuil national.

14
00:00:46,500 --> 00:00:50,000
Mise à jour à 22 h 20 : le ministère de l'Intérieur
fait désormais état d'au moins onze morts,

15
00:00:50,000 --> 00:00:53,500
dont les deux kamikazes,
et de plusieurs dizaines de blessés.

16
00:00:53,500 --> 00:00:57,000
Un numéro a été ouvert pour les familles :
le 192, joignable 24 heures sur 24.

17
00:00:57,000 --> 00:01:00,500
C'est l'attentat le plus meurtrier
qu'ait connu le pays depuis son indépendance.
"""))
GOLD += [
E(6, ["Deux explosions ont frappé", "un homme s'est fait exploser", "un second kamikaze", "l'attaque « pourrait être l'œuvre »", "l'attentat le plus meurtrier"],
  "SUI", "2026-04-24", "day", "Tetovo", "MK", 11, 12, "at_least", None, None, False,
  "'ce soir' = Friday 24 April 2026 (the 22:00 bulletin, 20:30 UTC; same date). Two sites of one town (the Painted Mosque's courtyard and the pedestrian street, about 300 m and four minutes apart) -> ONE Suicide bomb event coded to the town. Toll revised inside the cues: 'au moins sept personnes ont été tuées' -> 'au moins onze morts, dont les deux kamikazes, et de plusieurs dizaines de blessés' -> 11 at_least (bombers inside), 12 ('plusieurs dizaines', dev table). « pourrait être l'œuvre » de sympathisants de l'État islamique is speculation before any claim -> null. Cue numbers and timings ('00:00:46,500 --> 00:00:50,000'), '20 h 15', '300 mètres', '420 lits', 'une quarantaine de kilomètres', '23 heures', 'deux jours', '22 h 20', 'le 192', '24 heures sur 24' are not casualties or dates. 'depuis son indépendance' names no event."),
]

# -------------------------------------------------------------- holdout35-007
ARTICLES.append(A(7, "en", "article", "2026-04-26T10:00:00Z",
"Islamic State claims Tetovo bombings; four suspects held in North Macedonia",
"""
TETOVO, North Macedonia (Balkan Wire) - Islamic State claimed responsibility on Saturday for the twin suicide bombing that struck worshippers and cafe-goers in Tetovo on Friday evening, and police said on Sunday they had arrested four suspects.

The blasts in the courtyard of the Painted Mosque and on the town's pedestrian street killed 16 people, not counting the two attackers, and wounded 74, Interior Minister Besnik Halili told reporters on Sunday. Among the dead are a 71-year-old caretaker of the mosque and three teenagers.

Halili said the claim, posted on the group's channels, was "credible" and that both bombers were North Macedonian citizens who had returned from Syria in 2019 and served prison terms. The statement said 60 "apostates" had been killed.

The Albanian National Army, an ethnic Albanian armed group outlawed in the early 2000s, denied any involvement in a message sent to Albanian-language media. A senior police officer said two of its former members "may have been" in contact with the bombers, but gave no details.

Police arrested three men in Gostivar, 25 km south of Tetovo, on Saturday afternoon. On Sunday morning, they detained a 39-year-old car dealer in Kicevo suspected of selling the bombers the van they used to reach the town centre. The bombers' father was questioned for six hours on Saturday and released.

About 1,200 police officers have been deployed in the Polog region, and schools in Tetovo will stay closed until Wednesday. The 15th-century mosque, one of the best-known monuments of the Balkans, suffered damage to its painted facade; restorers estimate the cost at about 4 million euros.

The country has been spared large attacks since independence. In 2021, a homemade bomb exploded outside a betting shop in Debar, near the Albanian border, wounding two people. No one was ever charged.
"""))
GOLD += [
E(7, ["the twin suicide bombing that struck worshippers", "The blasts in the courtyard of the Painted Mosque"],
  "SUI", "2026-04-24", "day", "Tetovo", "MK", 18, 74, "exact", "Islamic State", "Islamic State", False,
  "'on Friday evening' vs Sunday 26 April -> 24 April. 'killed 16 people, not counting the two attackers, and wounded 74' -> killed 16 + 2 = 18 (the bombers added, dev: attackers count), injured 74, exact. 'Islamic State claimed responsibility', judged 'credible' -> claimant and perpetrator. The claim's own '60 \"apostates\"' is never used. The Albanian National Army's denial is not a claim, and the officer's 'may have been' is speculation: neither is coded. '71-year-old', 'three teenagers' (a subset), 'in 2019' (the bombers' return), '1,200 police officers', '15th-century', '4 million euros' are not casualties or event dates."),
E(7, ["Police arrested three men in Gostivar"],
  "ARR", "2026-04-25", "day", "Gostivar", "MK", None, None, None, "police", None, False,
  "'on Saturday afternoon' vs Sunday 26 April -> 25 April. '25 km' is a distance. 'they had arrested four suspects' in the lead is the total of this and the next event, not a separate event."),
E(7, ["they detained a 39-year-old car dealer in Kicevo"],
  "ARR", "2026-04-26", "day", "Kičevo", "MK", None, None, None, "police", None, False,
  "'On Sunday morning' = publication day, 26 April. The cluster's suspected facilitator (he sold the bombers their van). 'they' = police -> 'police'. Gold spelling 'Kičevo' (text 'Kicevo'). The bombers' father, 'questioned for six hours ... and released', is not arrested."),
E(7, ["a homemade bomb exploded outside a betting shop in Debar"],
  "IED", "2021-01-01", "year", "Debar", "MK", None, 2, "exact", None, None, True,
  "'In 2021' -> year, background. A homemade bomb -> Remote explosive/landmine/IED, no author -> null. 'wounding two people' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout35-008
ARTICLES.append(A(8, "fr", "article", "2026-04-28T16:00:00Z",
"Chronique judiciaire - À Skopje, le projet d'attentat de Struga jugé à l'ombre de Tetovo",
"""
La salle 4 du tribunal pénal de Skopje était pleine, mardi matin, pour le verdict du procès du « projet de Struga ». Avant l'ouverture de l'audience, la présidente, Mme Vesna Trajkovska, a demandé une minute de silence pour les victimes de l'attentat-suicide de vendredi à Tetovo, qui a fait dix-huit morts, dont les deux kamikazes, et qui a été revendiqué par l'État islamique.

Le rapprochement n'avait rien de fortuit. Les quatre accusés avaient été arrêtés en novembre 2024 à Struga, sur les bords du lac d'Ohrid, dans un appartement où les policiers avaient saisi une cocotte-minute, 3,5 kilos d'explosif artisanal et une liste de cibles. Selon l'accusation, ils projetaient de frapper un concert sur les quais pendant l'été.

Pendant trois semaines d'audience, le dossier de 1 140 pages a été passé au crible. La pièce à conviction n° 12, la cocotte-minute, a été présentée aux juges sous scellé. La pièce n° 27, un carnet saisi chez le principal accusé, contenait le nom de l'un des deux kamikazes de Tetovo, a rappelé le procureur.

Le verdict est tombé à 11 h 30. Le principal accusé, âgé de 29 ans, est condamné à quatorze ans de prison. Deux coaccusés écopent de neuf et six ans. Le quatrième, un étudiant de 22 ans, est acquitté : rien ne prouvait qu'il connaissait le contenu de l'appartement. Le parquet dispose de quinze jours pour faire appel.

« Si on nous avait écoutés en 2024, peut-être que Tetovo n'aurait pas eu lieu », a lancé à la sortie l'avocat d'une association de victimes, qui réclamait la requalification des faits en tentative d'assassinats.

L'enquête sur Tetovo, elle, continue. Le parquet a annoncé mardi qu'un cinquième suspect, un informaticien de 31 ans, avait été arrêté lundi à Skopje. Il est soupçonné d'avoir géré la messagerie chiffrée utilisée par les kamikazes.

Les condamnés devront en outre verser 300 000 denars d'amende chacun.
"""))
GOLD += [
E(8, ["l'attentat-suicide de vendredi à Tetovo", "peut-être que Tetovo n'aurait pas eu lieu"],
  "SUI", "2026-04-24", "day", "Tetovo", "MK", 18, None, "exact", "Islamic State", "Islamic State", False,
  "'de vendredi' vs Tuesday 28 April -> 24 April. 'dix-huit morts, dont les deux kamikazes' -> killed 18 (bombers inside), no injured figure -> null, exact. 'revendiqué par l'État islamique', not disputed -> claimant and perpetrator. The lawyer's 'Tetovo n'aurait pas eu lieu' names the bombing by its town (a trigger). The trial, the verdicts and the sentences ('quatorze ans', 'neuf et six ans') are not events or casualties; 'salle 4', '1 140 pages', 'n° 12', 'n° 27', '11 h 30', '29 ans', '22 ans', 'quinze jours', '31 ans', '300 000 denars' are not casualties."),
E(8, ["Les quatre accusés avaient été arrêtés en novembre 2024 à Struga"],
  "ARR", "2024-11-01", "month", "Struga", "MK", None, None, None, "police", None, True,
  "'en novembre 2024' -> month, background. A plot stopped by arresting its authors -> Arrests (not Disrupted weapons use): the pressure cooker, '3,5 kilos d'explosif artisanal' and the list seized in the flat belong to the arrest; 'les policiers' -> 'police'. The concert they planned never happened (not coded). 'en 2024' in the lawyer's quote refers to this case, not a new event."),
E(8, ["un cinquième suspect, un informaticien de 31 ans, avait été arrêté lundi à Skopje"],
  "ARR", "2026-04-27", "day", "Skopje", "MK", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 28 April -> Monday 27 April (the arrest's day; announced on Tuesday). No force named; police in the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout35-009
ARTICLES.append(A(9, "fr", "article", "2026-04-30T09:00:00Z",
"Diaporama - Tetovo, une semaine de deuil et de colère (8 photos)",
"""
1/8 - Vendredi 24 avril, vers 20 h 30. Des secouristes évacuent un blessé de la cour de la Mosquée peinte, un quart d'heure après la première explosion. (Photo Arben Rexhepi / Agence Vardar)

2/8 - La rue piétonne, samedi matin. La seconde explosion a pulvérisé les vitrines de six cafés ; 38 tables de terrasse ont été retrouvées renversées. (Photo Ilina Petrovska / Agence Vardar)

3/8 - Samedi. Des enquêteurs en combinaison blanche relèvent des indices devant la façade peinte, endommagée sur près de 15 mètres. (Photo Arben Rexhepi / Agence Vardar)

4/8 - Dimanche 26 avril. Des milliers d'habitants, Albanais et Macédoniens côte à côte, ont marché en silence du pont de la Pena jusqu'à la mosquée pour réclamer « la sécurité pour tous ». La marche s'est déroulée sans incident. (Photo Ilina Petrovska / Agence Vardar)

5/8 - Lundi. Funérailles de six des victimes. L'attentat, revendiqué par l'État islamique, a fait dix-neuf morts, y compris les deux kamikazes, et soixante-quatorze blessés depuis le décès, mardi, d'une femme de 44 ans. (Photo Dritan Sela / Agence Vardar)

6/8 - Mardi. Le vendeur de voitures arrêté dimanche à Kičevo est conduit, menotté, au tribunal de Skopje, où il a été placé en détention provisoire pour trente jours. (Photo Ilina Petrovska / Agence Vardar)

7/8 - Mercredi. L'un des trois hommes interpellés samedi à Gostivar quitte le commissariat : il a été remis en liberté sans inculpation. Les deux autres restent en détention. (Photo Dritan Sela / Agence Vardar)

8/8 - Une bougie et le portrait d'un serveur de 23 ans, tué derrière son comptoir, devant l'un des cafés de la rue piétonne. Le propriétaire, qui emploie 11 personnes, ne sait pas s'il rouvrira. (Photo Arben Rexhepi / Agence Vardar)
"""))
GOLD += [
E(9, ["la première explosion", "La seconde explosion", "L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-04-24", "day", "Tetovo", "MK", 19, 74, "exact", "Islamic State", "Islamic State", False,
  "'Vendredi 24 avril' -> day, six days before Thursday 30 April -> current. Photo captions, one per paragraph: 'dix-neuf morts, y compris les deux kamikazes, et soixante-quatorze blessés' -> 19 (bombers inside; the 44-year-old woman who died on Tuesday raised it from 18), 74, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. Caption numbers ('1/8' to '8/8'), photographer credits, '20 h 30', 'six cafés', '38 tables', '15 mètres', 'six des victimes' (funerals, a subset), '44 ans', '23 ans', '11 personnes' are not casualties; the funerals are not coded."),
E(9, ["Des milliers d'habitants, Albanais et Macédoniens côte à côte, ont marché en silence"],
  "PP", "2026-04-26", "day", "Tetovo", "MK", None, None, None, None, None, False,
  "'Dimanche 26 avril' -> day. A silent march with a demand (« la sécurité pour tous ») that 's'est déroulée sans incident' -> Peaceful protest, null (dev). 'Des milliers' are marchers."),
E(9, ["Le vendeur de voitures arrêté dimanche à Kičevo"],
  "ARR", "2026-04-26", "day", "Kičevo", "MK", None, None, None, "police", None, False,
  "'dimanche' vs Thursday 30 April -> Sunday 26 April. The car dealer of holdout35-007, told through his judicial follow-up ('placé en détention provisoire pour trente jours' on Tuesday in Skopje): one Arrests event at the arrest's place and day, not a new one. No force named; police in the cluster -> 'police'. 'trente jours' is a duration."),
E(9, ["L'un des trois hommes interpellés samedi à Gostivar"],
  "ARR", "2026-04-25", "day", "Gostivar", "MK", None, None, None, "police", None, False,
  "'samedi' vs Thursday 30 April -> Saturday 25 April. Participle restating the Gostivar arrest of holdout35-007; one of the three 'remis en liberté sans inculpation' on Wednesday, the others 'restent en détention': the arrest stays one Arrests event (a release does not undo it). 'police' from the cluster and 'le commissariat'."),
]

# -------------------------------------------------------------- holdout35-010
ARTICLES.append(A(10, "fr", "article", "2026-05-08T12:00:00Z",
"Conseil communal de Renens - Procès-verbal de la séance du jeudi 7 mai 2026 (extrait)",
"""
Présidence : Mme Carla Monnier. Présents : 68 conseillères et conseillers ; excusés : 7. La séance est ouverte à 20 heures à la salle de spectacles.

1. Communications de la présidence. La présidente ouvre la séance par une minute de silence en mémoire des victimes de l'attentat-suicide du 24 avril à Tetovo, en Macédoine du Nord, qui a fait dix-neuf morts, dont les deux kamikazes, et plus de soixante-dix blessés. Elle rappelle que quelque 2 300 habitants de Renens sont originaires de la région de Tetovo, et que la veillée aux bougies organisée le 25 avril sur la place du Marché a réuni environ 800 personnes.

2. Motion de M. Arben Krasniqi (PS) et consorts, « Solidarité avec Tetovo ». La motion demande à la Municipalité de verser une aide de 30 000 francs à l'hôpital clinique de Tetovo. M. Krasniqi souligne que l'attaque, revendiquée par l'État islamique, a visé « tout le monde, croyants et non-croyants ». M. Pierre-Alain Favre (UDC) demande si la commune a la compétence de financer un hôpital étranger. Mme Sadete Ramadani (Les Vert-e-s), originaire de Gostivar, rappelle qu'en 2023 une grenade avait été lancée contre le café de son frère dans cette ville, blessant quatre clients : « La violence ne date pas d'hier. »

Au vote, la motion est acceptée par 59 voix contre 2, avec 7 abstentions.

3. Préavis n° 14-2026, crédit complémentaire. Le montant de 30 000 francs est inscrit au compte 150.3636.01 (aide humanitaire). Le préavis est accepté par 61 voix contre 0, avec 7 abstentions.

4. Préavis n° 15-2026, rénovation du collège du Censuy. Le crédit de 1 250 000 francs est accepté à l'unanimité, moins 3 abstentions.

5. Divers. M. Favre demande que la police communale renforce sa présence lors de la fête de la Saint-Jean, qui attire chaque année plus de 5 000 personnes. La Municipalité répondra lors de la prochaine séance, le jeudi 4 juin.

La séance est levée à 22 h 35. Le prochain procès-verbal sera soumis à l'approbation du Conseil le 4 juin.
"""))
GOLD += [
E(10, ["l'attentat-suicide du 24 avril à Tetovo", "l'attaque, revendiquée par l'État islamique"],
  "SUI", "2026-04-24", "day", "Tetovo", "MK", 19, 70, "exact", "Islamic State", "Islamic State", False,
  "'du 24 avril', 14 days before Friday 8 May -> current. 'dix-neuf morts, dont les deux kamikazes, et plus de soixante-dix blessés' -> killed 19 (bombers inside), injured 70; the qualifier describes the killed figure -> exact. 'revendiquée par l'État islamique' -> claimant and perpetrator. A council's minutes: the minute of silence, the candlelight vigil ('veillée aux bougies', mourning, not a protest), the motion, votes ('59 voix contre 2, avec 7 abstentions', '61 voix contre 0'), budget lines ('30 000 francs', 'compte 150.3636.01', '1 250 000 francs', 'n° 14-2026') and '68', '7', '2 300 habitants', '800 personnes', '5 000 personnes', '20 heures', '22 h 35' are not events or casualties. Renens (Switzerland) is no event place."),
E(10, ["une grenade avait été lancée contre le café de son frère"],
  "GRN", "2023-01-01", "year", "Gostivar", "MK", None, 4, "exact", None, None, True,
  "'en 2023' -> year, background; 'dans cette ville' = Gostivar, named just before. A thrown grenade -> Grenade, no author -> null. 'blessant quatre clients' -> injured 4, exact."),
]
