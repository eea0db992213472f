"""Authoring source of benchmarks/events_holdout37 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Castries, Saint Lucia cluster (holdout37-016 to 020; English and
French), two suicide bombers on Wednesday 4 November 2026 at two sites of one
town (the Central Market on Jeremie Street and Derek Walcott Square, about
300 m and three minutes apart): an English wire with the first toll and a
speculation (016), the French emergency SMS alerts ("alertes SMS") of the
prefecture of Martinique, with a toll revised from alert to alert, a denied
rumour and the first arrests (fr 017), an English memorial service report
with the bishop's speech, the claim, the denial and a march (018), the French
translation of a minister's address to the nation ("allocution") with
charges, a release and an arrest in Martinique (fr 019), and a French film
review ("critique") of a documentary that names older attacks (fr 020).
Saint Lucia and Martinique are UTC-4: every publication time here is after
04:00 UTC, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout37")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout37-016
ARTICLES.append(A(16, "en", "article", "2026-11-04T21:00:00Z",
"Twin suicide bombings hit Saint Lucia's capital, at least seven dead",
"""
CASTRIES, Saint Lucia (Caribbean Wire) - Two suicide bombers attacked the central market and the main square of Castries, the capital of Saint Lucia, around midday on Wednesday, killing at least seven people and wounding dozens in the first attack of its kind in the Eastern Caribbean, police said.

The first man detonated his explosives at about 11:50 a.m. in the crowded vegetable hall of the Castries Central Market on Jeremie Street. Three minutes later, the second blew himself up in Derek Walcott Square, about 300 metres away, where office workers were eating lunch under the trees.

"I heard the first bang and I ran towards the square, because I thought it was safe," said Marcella Joseph, 58, who sells breadfruit and dasheen at the market. "Then the second one went off in front of me."

The island's main hospital, with about 130 beds, declared a mass-casualty emergency, and Martinique, about 40 km to the north, sent a medical team by helicopter.

No group had claimed responsibility by Wednesday evening. Police Commissioner Rodney Fevrier said it was too early to name suspects, but a senior officer told Caribbean Wire the bombers "could have links" to Trinidadian networks that sent fighters to Syria and Iraq a decade ago.

Saint Lucia, an island of about 180,000 people that lives mainly from tourism, had never seen a suicide attack. The most serious incident in recent memory came in 2023, when a pipe bomb exploded outside a nightclub in Gros Islet, injuring four people.

A cruise ship carrying about 3,200 passengers left port early, and two others due on Thursday cancelled their calls. Police closed the market and the square, schools sent pupils home at 2 p.m., and an emergency line, 999, was kept open for relatives. The government said flags would fly at half-mast for seven days.
"""))
GOLD += [
E(16, ["Two suicide bombers attacked the central market", "the first attack of its kind in the Eastern Caribbean", "The first man detonated his explosives", "the second blew himself up"],
  "SUI", "2026-11-04", "day", "Castries", "LC", 7, 12, "at_least", None, None, False,
  "'around midday on Wednesday' = publication day, Wednesday 4 November 2026 (published 17:00 local, UTC-4). Two sites of one town (the Central Market and Derek Walcott Square, about 300 m and three minutes apart) -> ONE Suicide bomb event coded to Castries. First report: 'killing at least seven people and wounding dozens' -> 7 at_least, 12 ('dozens', dev table); the text does not say whether the bombers are inside, so the figure is taken as stated. The bombers 'could have links' to Trinidadian networks is speculation before any claim -> null. '11:50 a.m.', 'Three minutes', '300 metres', '58' (an age), '130 beds', '40 km', '180,000 people', '3,200 passengers', '2 p.m.', '999', 'seven days' are not casualties."),
E(16, ["a pipe bomb exploded outside a nightclub in Gros Islet"],
  "IED", "2023-01-01", "year", "Gros Islet", "LC", None, 4, "exact", None, None, True,
  "'in 2023' -> year, background. A pipe bomb -> Remote explosive/landmine/IED, author unnamed -> null. 'injuring four people' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout37-017
ARTICLES.append(A(17, "fr", "article", "2026-11-05T13:00:00Z",
"Attentat de Castries : les alertes SMS envoyées aux Martiniquais depuis mercredi",
"""
Depuis le double attentat-suicide de Castries, mercredi à la mi-journée, la préfecture de la Martinique a envoyé plusieurs alertes SMS aux abonnés des opérateurs de l'île et aux Français de passage à Sainte-Lucie. Nous les reproduisons telles quelles, avec leur heure d'envoi.

Mercredi, 12 h 41. « PREFECTURE MARTINIQUE : explosions à Castries (Sainte-Lucie). Liaisons maritimes vers Castries suspendues. Infos : 0596 39 36 00. »

Mercredi, 15 h 05. « PREFECTURE MARTINIQUE : bilan provisoire à Castries : au moins 7 morts. Français présents à Sainte-Lucie : signalez-vous au +1 758 455 60 60. »

Mercredi, 20 h 30. « PREFECTURE MARTINIQUE : selon les autorités saint-luciennes, onze morts, dont les deux kamikazes, et une quarantaine de blessés. Aucun Français parmi les victimes identifiées. »

Jeudi, 6 h 55. « PREFECTURE MARTINIQUE : la police de Sainte-Lucie a arrêté ce jeudi à l'aube deux suspects à Vieux Fort. Reprise des navettes vendredi, départ 8 h, gare maritime de Fort-de-France. »

Jeudi, 8 h 02. « PREFECTURE MARTINIQUE : un message annonçant une explosion à l'aéroport du Lamentin circule. Il est FAUX. Ne le relayez pas. »

Ce dernier message répond à une rumeur partie d'un compte anonyme mercredi soir et partagée plus de 6 000 fois. La préfecture a par ailleurs renforcé le plan Vigipirate : 120 gendarmes supplémentaires sont déployés au port et à l'aéroport, et les bagages des passagers des navettes seront contrôlés.

Selon l'opérateur des navettes, quelque 430 passagers bloqués à Castries seront rapatriés en priorité vendredi, sur deux rotations. Les billets des traversées annulées, 79 euros l'aller simple, seront remboursés sur demande.

Quelque 2 000 Martiniquais résident à Sainte-Lucie, selon le consulat. La préfecture rappelle que ses alertes portent toujours l'expéditeur « PREFECTURE MARTINIQUE » et ne contiennent jamais de lien.
"""))
GOLD += [
E(17, ["le double attentat-suicide de Castries", "explosions à Castries"],
  "SUI", "2026-11-04", "day", "Castries", "LC", 11, 40, "exact", None, None, False,
  "'mercredi à la mi-journée' vs Thursday 5 November -> Wednesday 4 November. Toll revised from alert to alert: 'au moins 7 morts' (15 h 05) is superseded by the 20 h 30 alert: 'onze morts, dont les deux kamikazes, et une quarantaine de blessés' -> killed 11 (bombers inside), exact; injured 40 ('une quarantaine', dev table); the qualifier describes the killed figure. No claim yet -> null. The alerts' times, the phone numbers '0596 39 36 00' and '+1 758 455 60 60', '8 h', '6 000 fois', '120 gendarmes', '430 passagers', 'deux rotations', '79 euros', '2 000 Martiniquais' are not casualties; 'Aucun Français parmi les victimes' is not a casualty figure. The explosion 'à l'aéroport du Lamentin' is a rumour declared 'FAUX': no event."),
E(17, ["la police de Sainte-Lucie a arrêté ce jeudi à l'aube deux suspects à Vieux Fort"],
  "ARR", "2026-11-05", "day", "Vieux Fort", "LC", None, None, None, "police", None, False,
  "'ce jeudi à l'aube' in the alert of Thursday 6 h 55 = publication day, 5 November. Police of Saint Lucia -> 'police'."),
]

# -------------------------------------------------------------- holdout37-018
ARTICLES.append(A(18, "en", "article", "2026-11-08T22:00:00Z",
"At Castries memorial, bishop urges island not to hand bombers 'a second victory'",
"""
Thousands of people filled the Cathedral Basilica of the Immaculate Conception and the streets around Derek Walcott Square on Sunday for a memorial service for the victims of Wednesday's twin suicide bombing, which has now killed 12 people, among them the two bombers, and wounded 43.

Ten candles, one for each victim, burned before the altar. A 29-year-old nurse, Keisha Alphonse, who was hit by the second blast on her way to buy lunch, died on Saturday at the hospital where she worked.

"They came to teach us fear," Bishop Gabriel St. Rose told a congregation of about 1,500, with hundreds more listening on loudspeakers outside. "They chose our market, where the whole island comes to buy and to talk, and they chose the square that carries the name of our poet. Do not hand them a second victory. Go back to the market. Sit again under the trees."

Islamic State claimed the attack on Thursday, saying its fighters had killed "more than 60 crusaders". Police called the claim credible. Jamaat al Muslimeen, a Muslim group based in Trinidad, denied any link, and National Security Minister Desmond Fontenelle said the bombers "may have been" recruited online by former fighters from Trinidad, without elaborating.

The two men arrested at dawn on Thursday in Vieux Fort remain in custody. On Friday, police arrested a fisherman in Soufrière suspected of bringing the explosives by boat from Trinidad, some 300 km to the south. A market vendor who was questioned for several hours on Friday went home the same evening.

On Saturday, about 2,000 people had marched peacefully from the market to Parliament to demand more police patrols and lighting in the city centre.

The service lasted two hours. A choir of 40 sang, and a fund for the families has raised 310,000 Eastern Caribbean dollars, organisers said. The market is due to reopen on Wednesday at 6 a.m.
"""))
GOLD += [
E(18, ["Wednesday's twin suicide bombing", "the second blast", "claimed the attack on Thursday"],
  "SUI", "2026-11-04", "day", "Castries", "LC", 12, 43, "exact", "Islamic State", "Islamic State", False,
  "'Wednesday's' vs Sunday 8 November -> Wednesday 4 November. 'killed 12 people, among them the two bombers, and wounded 43' -> 12 (bombers inside; the 29-year-old nurse who died on Saturday raised it), 43, exact. 'Ten candles, one for each victim' counts the victims without the bombers (12 - 2), not a separate figure. Islamic State's claim, called 'credible' by police -> claimant and perpetrator; its 'more than 60 crusaders' is never used. Jamaat al Muslimeen's denial is not a claim; the minister's 'may have been' is speculation: not coded. '29-year-old', 'about 1,500' (the congregation), 'hundreds more', '300 km', 'two hours', '40' (a choir), '310,000 Eastern Caribbean dollars', '6 a.m.' are not casualties. The memorial service is not coded."),
E(18, ["The two men arrested at dawn on Thursday in Vieux Fort"],
  "ARR", "2026-11-05", "day", "Vieux Fort", "LC", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout37-017: 'on Thursday' vs Sunday 8 November -> 5 November. 'remain in custody' is the same detention. 'police'."),
E(18, ["police arrested a fisherman in Soufrière"],
  "ARR", "2026-11-06", "day", "Soufrière", "LC", None, None, None, "police", None, False,
  "'On Friday' vs Sunday 8 November -> 6 November. The cluster's suspected facilitator (the fisherman who brought the explosives) -> Arrests, 'police'. Soufrière in Saint Lucia (not the volcano of Saint Vincent). The market vendor 'questioned for several hours' who 'went home the same evening' is questioned, not arrested."),
E(18, ["about 2,000 people had marched peacefully"],
  "PP", "2026-11-07", "day", "Castries", "LC", None, None, None, None, None, False,
  "'On Saturday' vs Sunday 8 November -> 7 November. A peaceful march from the market to Parliament with a demand (patrols, lighting) -> Peaceful protest, null. 'about 2,000 people' are marchers."),
]

# -------------------------------------------------------------- holdout37-019
ARTICLES.append(A(19, "fr", "article", "2026-11-10T20:00:00Z",
"Sainte-Lucie : « Nous ne plierons pas », l'allocution du ministre de la Sécurité nationale",
"""
Le ministre saint-lucien de la Sécurité nationale, Desmond Fontenelle, s'est adressé mardi à la nation à la radio et à la télévision. Voici la traduction intégrale de son allocution, réalisée par notre rédaction.

« Mes chers compatriotes,

Il y a six jours, le mercredi 4 novembre, deux kamikazes ont frappé notre marché central et la place Derek-Walcott. Ce matin, une treizième vie s'est éteinte : celle de M. Albert Jn Baptiste, 74 ans, vendeur de poisson depuis un demi-siècle. Le bilan est désormais de treize morts, dont les deux kamikazes, et de quarante-trois blessés.

L'État islamique a revendiqué ce crime. Nos services et nos partenaires jugent cette revendication crédible.

Voici où en est l'enquête. Les deux hommes arrêtés jeudi à Vieux Fort ont été inculpés hier de meurtres et d'actes terroristes. Le pêcheur interpellé vendredi à Soufrière, qui aurait transporté les explosifs, sera présenté demain à un juge. Un troisième homme, arrêté samedi à Dennery, a été relâché sans inculpation ce matin. Et dimanche, à notre demande, la police française a interpellé à l'aéroport du Lamentin, en Martinique, un homme soupçonné d'avoir payé les billets des kamikazes.

Samedi, vous avez été plus de deux mille à marcher dans le calme, de la place jusqu'au Parlement. Vous avez montré au monde le vrai visage de notre île.

Depuis la bombe artisanale qui avait blessé quatre personnes à Gros Islet, en 2023, nous avions renforcé nos effectifs. Ce n'était pas assez. Dès demain, 250 policiers supplémentaires seront déployés. Les 17 écoles de Castries rouvriront lundi. Le couvre-feu de 22 heures à 5 heures dans le centre-ville est levé ce soir.

Une récompense de 100 000 dollars des Caraïbes orientales est offerte pour toute information utile. Appelez le 999, de jour comme de nuit.

Nous ne plierons pas. Que Dieu bénisse Sainte-Lucie. »
"""))
GOLD += [
E(19, ["deux kamikazes ont frappé notre marché central", "a revendiqué ce crime"],
  "SUI", "2026-11-04", "day", "Castries", "LC", 13, 43, "exact", "Islamic State", "Islamic State", False,
  "'le mercredi 4 novembre' ('Il y a six jours' vs Tuesday 10 November) -> current. 'treize morts, dont les deux kamikazes, et de quarante-trois blessés' -> 13 (bombers inside; the 74-year-old who died 'Ce matin' raised it), 43, exact. 'L'État islamique a revendiqué ce crime', judged 'crédible' -> claimant and perpetrator. 'une treizième vie', '74 ans', 'un demi-siècle', '250 policiers', '17 écoles', '22 heures à 5 heures', '100 000 dollars des Caraïbes orientales', '999' are not casualties; the curfew is not coded."),
E(19, ["Les deux hommes arrêtés jeudi à Vieux Fort"],
  "ARR", "2026-11-05", "day", "Vieux Fort", "LC", None, None, None, "police", None, False,
  "'jeudi' vs Tuesday 10 November -> 5 November. Told through its judicial follow-up ('inculpés hier', 9 November) -> one Arrests event at the arrest's place and day. 'police'."),
E(19, ["Le pêcheur interpellé vendredi à Soufrière"],
  "ARR", "2026-11-06", "day", "Soufrière", "LC", None, None, None, "police", None, False,
  "'vendredi' vs Tuesday 10 November -> 6 November. Participle restating the facilitator's arrest (holdout37-018); 'sera présenté demain à un juge' is a future follow-up. 'police'."),
E(19, ["Un troisième homme, arrêté samedi à Dennery"],
  "ARR", "2026-11-07", "day", "Dennery", "LC", None, None, None, "police", None, False,
  "'samedi' vs Tuesday 10 November -> 7 November. 'relâché sans inculpation ce matin': an arrest followed by a release stays an Arrests event at its own day. 'police'."),
E(19, ["la police française a interpellé à l'aéroport du Lamentin"],
  "ARR", "2026-11-08", "day", "Le Lamentin", "MQ", None, None, None, "police", None, False,
  "'dimanche' vs Tuesday 10 November -> 8 November. An airport -> its town, Le Lamentin, Martinique (ISO code MQ). The French police in Martinique, the place of the arrest -> 'police' (acting at Saint Lucia's request). Compare holdout37-017, where an explosion at the same airport is a false rumour."),
E(19, ["vous avez été plus de deux mille à marcher dans le calme"],
  "PP", "2026-11-07", "day", "Castries", "LC", None, None, None, None, None, False,
  "'Samedi' vs Tuesday 10 November -> 7 November; from the square to Parliament, in Castries. A calm march (the march of holdout37-018) -> Peaceful protest, null. 'plus de deux mille' are marchers."),
E(19, ["la bombe artisanale qui avait blessé quatre personnes à Gros Islet"],
  "IED", "2023-01-01", "year", "Gros Islet", "LC", None, 4, "exact", None, None, True,
  "'en 2023' -> year, background (the pipe bomb of holdout37-016). Author unnamed -> null; 'blessé quatre personnes' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout37-020
ARTICLES.append(A(20, "fr", "article", "2026-11-12T09:00:00Z",
"Critique - « Les Enfants du sable noir », le documentaire qui avait vu venir Castries",
"""
Présenté mercredi en avant-première au cinéma L'Atlantis de Schœlcher, devant une salle de 220 places comble, le documentaire de la Martiniquaise Nadia Ferjule arrive avec une actualité brûlante : une semaine après le double attentat-suicide de Castries, revendiqué par l'État islamique, qui a fait treize morts, dont les deux kamikazes, et quarante-trois blessés.

Tourné entre 2022 et 2025 à Trinité-et-Tobago, à Sainte-Lucie et en Turquie, « Les Enfants du sable noir » (1 h 34) suit trois familles dont un fils est parti rejoindre l'État islamique en Syrie il y a une dizaine d'années. Plus d'une centaine de Trinidadiens auraient fait ce voyage ; la réalisatrice a retrouvé des mères, un frère, un ancien imam, et même un revenant, filmé de dos, qui parle de « la fraternité » qu'on lui avait promise.

Le film est à son meilleur quand il revient sur des épisodes que la région a vite oubliés : la grenade lancée en 2019 contre le commissariat d'Arima, qui avait blessé deux policiers, ou l'arrestation, en 2022, de quatre hommes à Point Fortin, soupçonnés de préparer un attentat contre un centre commercial. Chaque fois, les autorités avaient parlé de délinquance ordinaire.

On regrettera une musique trop appuyée et un dernier quart d'heure qui s'égare dans des images d'archives. Mais la scène où une mère de 61 ans relit, dix ans après, le dernier message de son fils, envoyé à 3 h 12 du matin, vaut à elle seule le déplacement.

Produit avec 180 000 euros, dont 40 % apportés par la collectivité territoriale, le film sortira le 25 novembre dans six salles de Martinique et de Guadeloupe. Place : 9 euros.

Interrogée après la projection, la réalisatrice a refusé de parler de prophétie : « Je n'ai rien prédit. J'ai seulement écouté des gens que personne n'écoutait. »

Notre note : 4 sur 5.
"""))
GOLD += [
E(20, ["le double attentat-suicide de Castries"],
  "SUI", "2026-11-04", "day", "Castries", "LC", 13, 43, "exact", "Islamic State", "Islamic State", False,
  "'une semaine après' the preview of 'mercredi' (11 November) -> the bombing of Wednesday 4 November, eight days before Thursday 12 November -> current. 'treize morts, dont les deux kamikazes, et quarante-trois blessés' -> 13, 43, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. '220 places', '2022 et 2025' (filming), '1 h 34', 'une dizaine d'années', 'Plus d'une centaine de Trinidadiens' (travellers to Syria), '61 ans', 'dix ans', '3 h 12', '180 000 euros', '40 %', '25 novembre' (a release date), 'six salles', '9 euros', '4 sur 5' are not casualties. Leaving to join Islamic State in Syria a decade ago is not an event."),
E(20, ["la grenade lancée en 2019 contre le commissariat d'Arima"],
  "GRN", "2019-01-01", "year", "Arima", "TT", None, 2, "exact", None, None, True,
  "'en 2019' -> year, background. A thrown grenade, thrower unnamed -> null. Arima, Trinidad and Tobago -> TT. 'qui avait blessé deux policiers' -> injured 2, exact."),
E(20, ["l'arrestation, en 2022, de quatre hommes à Point Fortin"],
  "ARR", "2022-01-01", "year", "Point Fortin", "TT", None, None, None, "police", None, True,
  "'en 2022' -> year, background. A plot stopped by arresting its authors -> Arrests (events_holdout35 Struga); no force named -> 'police'. 'quatre hommes' are arrestees."),
]
