"""Authoring source of benchmarks/events_holdout35 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Victoria, Seychelles cluster (holdout35-011 to 015; English and
French), two suicide bombers on Saturday 4 July 2026 at two sites of one town
(the Inter-Island Quay, the ferry terminal, and the Clock Tower, about 600 m
and six minutes apart): an English Q&A interview with a researcher the day
after, with an early toll and a speculation (011), a French weekly digest
("La semaine en bref") of items headed by weekdays, with the claim, a
denial, a "may have been", toll updates, arrests and a march (fr 012), an
English school closure notice (013), a French list of key figures ("Les
chiffres clés"), most of them not casualties (fr 014), and a French portrait
of one of the bombers with an older arrest abroad (fr 015). Seychelles is
UTC+4: every document is published between 04:00 and 19:59 UTC, so its local
date is its UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout35")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout35-011
ARTICLES.append(A(11, "en", "article", "2026-07-05T08:00:00Z",
"Q&A: 'The islands were never immune' - a researcher on Saturday's twin bombing in Victoria",
"""
A day after two suicide bombers struck the Inter-Island Quay and the Clock Tower in Victoria, killing at least twelve people and wounding dozens, we asked Dr Nadia Payet, who studies maritime security at the Western Indian Ocean Studies Centre, what we know and what comes next.

Q: What happened on Saturday morning?

A: Two men blew themselves up six minutes apart. The first detonated his charge at 10:20 at the ferry terminal, as the boat from Praslin was unloading about 300 passengers. The second walked to the Clock Tower, some 600 metres away, and set off his explosives among the shoppers. The health ministry says at least twelve people died, including both bombers, and dozens were wounded. Seychelles Hospital, with about 400 beds, has asked for blood donors.

Q: Who could be behind it?

A: Nobody has claimed it yet. A senior police officer told me al-Shabaab "could be" behind it, because of the way the belts were built, but that is a hypothesis. The islands lie about 1,500 km from the Somali coast, and the group has long seen the Indian Ocean as its backyard.

Q: Had the country seen any violence of this kind before?

A: Very little. In 2023 a grenade was thrown into a nightclub at Beau Vallon, wounding a score of young people, and it was treated as a gang matter. There has never been a suicide attack here. The islands have about 100,000 inhabitants and most people know someone who was at the quay.

Q: What will the government do now?

A: It has already sent 300 extra police officers onto the streets of Mahé and closed the ferry terminal until Tuesday. The real challenge is the coastline: more than 100 islands and a coast guard with nine patrol boats. Tourism, which brings in about a quarter of the country's income, will suffer too.

Q: Are you worried?

A: I am worried about reprisals against the Muslim community, which is about 1.6 percent of the population. People must not confuse a few recruits with their neighbours.
"""))
GOLD += [
E(11, ["two suicide bombers struck the Inter-Island Quay", "Two men blew themselves up six minutes apart", "The first detonated his charge", "set off his explosives among the shoppers"],
  "SUI", "2026-07-04", "day", "Victoria", "SC", 12, 12, "at_least", None, None, False,
  "'A day after' / 'on Saturday morning' vs Sunday 5 July 2026 -> Saturday 4 July. Two sites of one town (the Inter-Island Quay ferry terminal and the Clock Tower, about 600 m and six minutes apart) -> ONE Suicide bomb event coded to Victoria. First toll: 'at least twelve people died, including both bombers, and dozens were wounded' -> 12 at_least (bombers inside), 12 ('dozens', dev table). Al-Shabaab 'could be' behind it is a hypothesis, no claim yet -> null. '10:20', '300 passengers', '600 metres', '400 beds', '1,500 km', '100,000 inhabitants', '300 extra police officers', '100 islands', 'nine patrol boats', 'a quarter', '1.6 percent' are not casualties."),
E(11, ["a grenade was thrown into a nightclub at Beau Vallon"],
  "GRN", "2023-01-01", "year", "Beau Vallon", "SC", None, 20, "about", None, None, True,
  "'In 2023' -> year, background. A thrown grenade -> Grenade, no author ('a gang matter' names no group) -> null. 'wounding a score of young people' -> injured 20, about ('a score', dev table); no killed figure, so the qualifier describes the injured figure. The sentence after it ('never been a suicide attack here') names no event."),
]

# -------------------------------------------------------------- holdout35-012
ARTICLES.append(A(12, "fr", "article", "2026-07-12T06:00:00Z",
"La semaine en bref (du lundi 6 au samedi 11 juillet)",
"""
Lundi. Les chabab somaliens (al-Shabaab) revendiquent, dans un message diffusé par leur radio, le double attentat-suicide du 4 juillet à Victoria. Le commissaire de police juge la revendication « crédible ». Le groupe affirme avoir tué « plus de cent croisés » ; le bilan officiel est alors de quatorze morts. Le même jour, la branche somalienne de l'État islamique dément toute implication. Un haut fonctionnaire du ministère de l'Intérieur estime que des recruteurs de l'EI « pourraient avoir été » en contact avec les kamikazes, sans plus de détails.

Mardi. Un pêcheur de 60 ans, blessé au quai inter-îles, meurt à l'hôpital de Victoria. Le terminal des ferries rouvre, sous la surveillance de 40 policiers.

Mercredi. Un quatrième suspect, employé du port, est placé en garde à vue à Baie Sainte Anne, sur l'île de Praslin. Les 23 écoles publiques de Victoria rouvrent leurs portes après deux jours de fermeture.

Jeudi. Les deux hommes arrêtés le 5 juillet à Anse Royale sont inculpés de complicité d'actes terroristes et placés en détention provisoire. Le soir, des milliers de personnes marchent de la cathédrale à l'Assemblée nationale pour réclamer « des îles sûres pour nos enfants ». La marche se déroule dans le calme.

Vendredi. Une touriste italienne de 34 ans, blessée au pied de la Tour de l'Horloge, succombe à ses blessures. Le bilan s'établit désormais à seize morts, dont les deux kamikazes, et quarante-huit blessés. L'ambassade d'Italie ouvre un registre de condoléances.

Samedi. Une semaine après l'attentat, les ferries vers Praslin reprennent leur horaire normal, avec huit rotations par jour et un billet aller à 1 200 roupies. L'office du tourisme annonce 14 % d'annulations depuis le 4 juillet.

À suivre la semaine prochaine : l'examen par l'Assemblée nationale d'un projet de loi qui porterait de 14 à 30 jours la durée maximale de la garde à vue en matière de terrorisme.
"""))
GOLD += [
E(12, ["le double attentat-suicide du 4 juillet à Victoria", "Une semaine après l'attentat"],
  "SUI", "2026-07-04", "day", "Victoria", "SC", 16, 48, "exact", "al-Shabaab", "al-Shabaab", False,
  "'du 4 juillet', eight days before Sunday 12 July -> current. Weekly digest: the items are headed by weekdays of the week before publication ('Lundi' = 6 July ... 'Samedi' = 11 July). Toll updated inside the digest: 'quatorze morts' (Monday) -> the fisherman who died on Tuesday -> 'seize morts, dont les deux kamikazes, et quarante-huit blessés' (Friday, after the Italian tourist's death) -> 16 (bombers inside), 48, exact. Al-Shabaab's claim, judged « crédible » -> claimant and perpetrator (canonical 'al-Shabaab', dev). The claim's own « plus de cent croisés » is never used. The Somali branch of Islamic State's denial is not a claim and the official's « pourraient avoir été » is speculation: not coded. '60 ans', '40 policiers', '23 écoles', 'deux jours', '34 ans', 'huit rotations', '1 200 roupies', '14 %', '14 à 30 jours' are not casualties."),
E(12, ["Un quatrième suspect, employé du port, est placé en garde à vue"],
  "ARR", "2026-07-08", "day", "Baie Sainte Anne", "SC", None, None, None, "police", None, False,
  "'Mercredi' item vs Sunday 12 July -> Wednesday 8 July. 'placé en garde à vue' is an arrest (events_holdout31, 33). No force named; police in the digest ('Le commissaire de police') -> 'police'."),
E(12, ["Les deux hommes arrêtés le 5 juillet à Anse Royale"],
  "ARR", "2026-07-05", "day", "Anse Royale", "SC", None, None, None, "police", None, False,
  "'le 5 juillet' -> 5 July. Told through its judicial follow-up on Thursday ('inculpés ... et placés en détention provisoire'): one Arrests event at the arrest's place and day, not a new one on 9 July. 'police' from the cluster."),
E(12, ["des milliers de personnes marchent de la cathédrale à l'Assemblée nationale", "La marche se déroule dans le calme"],
  "PP", "2026-07-09", "day", "Victoria", "SC", None, None, None, None, None, False,
  "'Jeudi' item -> Thursday 9 July; the cathedral and the National Assembly are in Victoria. A march with a demand (« des îles sûres pour nos enfants ») that passes off calmly -> Peaceful protest, null (dev). 'des milliers' are marchers. The condolence book and the bill on custody are not events."),
]

# -------------------------------------------------------------- holdout35-013
ARTICLES.append(A(13, "en", "article", "2026-07-06T04:30:00Z",
"Ministry of Education notice: schools in the Victoria area closed on Monday and Tuesday",
"""
NOTICE TO PARENTS, GUARDIANS AND STAFF

Following Saturday's twin suicide bombing at the Inter-Island Quay and the Clock Tower, which killed 14 people, including the two bombers, and injured 48, the Ministry of Education announces the following measures.

1. All 23 state schools in the Victoria area, from crèches to secondary schools, will remain closed on Monday 6 July and Tuesday 7 July. Private schools are asked to do the same. Schools on Praslin and La Digue will open as normal.

2. The end-of-year examinations planned for Tuesday 7 July are postponed to Monday 13 July. Candidates keep their seat numbers. The examination for Secondary 5, which concerns about 1,100 pupils, will start at 8:30 a.m. instead of 9 a.m.

3. Three pupils of Plaisance Secondary School and one teacher are among the wounded. The Ministry sends its thoughts to their families. A team of 40 school counsellors will be available in every school from Wednesday, and a free helpline, 4 28 30 00, is open from 7 a.m. to 7 p.m.

4. Parents of the about 600 pupils who travel daily by ferry from Praslin are informed that the ferry terminal will stay closed until further notice. Those pupils may attend Baie Sainte Anne Secondary School for the rest of the term.

5. Parents living on the east coast should allow extra time on Wednesday morning: police roadblocks remain in place on the coast road after Sunday's arrests at Anse Royale, and school buses may be up to 45 minutes late.

6. School canteens will reopen on Wednesday. Meals remain free for pupils whose families receive the 3,500-rupee monthly social allowance.

The Ministry thanks teachers for their dedication during this painful time. A minute's silence will be observed in all schools at 10:20 a.m. on Wednesday, the time of the first explosion.

Issued in Victoria, Monday 6 July 2026, by the Principal Secretary for Education.
"""))
GOLD += [
E(13, ["Saturday's twin suicide bombing at the Inter-Island Quay", "the first explosion"],
  "SUI", "2026-07-04", "day", "Victoria", "SC", 14, 48, "exact", None, None, False,
  "'Saturday's' vs Monday 6 July -> 4 July. 'killed 14 people, including the two bombers, and injured 48' -> 14, 48, exact. Issued early on Monday, before the claim: no group named -> null. 'Three pupils ... and one teacher are among the wounded' is a subset. A school notice: '23 state schools', the dates of closures and examinations, '1,100 pupils', '8:30 a.m.', '40 school counsellors', '4 28 30 00', '600 pupils', '45 minutes', '3,500-rupee', '10:20 a.m.' are not casualties or event dates."),
E(13, ["Sunday's arrests at Anse Royale"],
  "ARR", "2026-07-05", "day", "Anse Royale", "SC", None, None, None, "police", None, False,
  "'Sunday's arrests' vs Monday 6 July -> Sunday 5 July. A possessive naming the arrests in a sentence about roadblocks -> Arrests, police (the roadblocks are police)."),
]

# -------------------------------------------------------------- holdout35-014
ARTICLES.append(A(14, "fr", "article", "2026-07-08T07:00:00Z",
"Attentat de Victoria : les chiffres clés",
"""
Quatre jours après le double attentat-suicide qui a frappé samedi le centre de Victoria, voici les chiffres à retenir.

2 - Le nombre de kamikazes. Le premier s'est fait exploser à 10 h 20 au quai inter-îles, le second six minutes plus tard au pied de la Tour de l'Horloge.

600 - La distance, en mètres, entre les deux sites.

15 - Le nombre de morts, dont les deux kamikazes, depuis le décès mardi d'un pêcheur de 60 ans.

48 - Le nombre de blessés. Neuf sont toujours en soins intensifs.

20 - Le poids estimé, en kilos, des explosifs portés par les deux hommes.

1 - Le nombre de revendications : celle des chabab somaliens (al-Shabaab), lundi, jugée crédible par le commissaire de police.

3 - Le nombre de suspects arrêtés : deux hommes dimanche à Anse Royale, dans le sud de Mahé, et un pêcheur lundi à La Digue, soupçonné d'avoir débarqué les explosifs sur l'île.

300 - Le nombre de policiers supplémentaires déployés sur Mahé depuis samedi.

2 500 - Le nombre de donneurs de sang qui se sont présentés à l'hôpital de Victoria en trois jours.

14 - Le pourcentage de réservations hôtelières annulées depuis l'attentat.

23 - Le nombre d'écoles publiques fermées lundi et mardi.

EK 707 - Le vol de Dubaï dont une partie des passagers, arrivés samedi matin, ont été témoins de la seconde explosion.

1,5 million - Le montant, en roupies, du fonds d'aide aux familles ouvert par le gouvernement.

4 28 30 00 - Le numéro de la ligne d'écoute gratuite, ouverte de 7 heures à 19 heures.

1976 - L'année de l'indépendance du pays, qui n'avait jamais connu d'attentat-suicide.
"""))
GOLD += [
E(14, ["le double attentat-suicide qui a frappé samedi le centre de Victoria", "Le premier s'est fait exploser", "le second six minutes plus tard", "depuis l'attentat", "la seconde explosion"],
  "SUI", "2026-07-04", "day", "Victoria", "SC", 15, 48, "exact", "al-Shabaab", "al-Shabaab", False,
  "'samedi' vs Wednesday 8 July -> Saturday 4 July. A list of key figures: only two lines are casualties, '15 - Le nombre de morts, dont les deux kamikazes' (the 60-year-old fisherman who died on Tuesday included) and '48 - Le nombre de blessés' -> 15, 48, exact. Al-Shabaab's claim, 'jugée crédible' -> claimant and perpetrator. Not casualties: '2' (bombers, inside the 15), '600' (metres), '10 h 20', '60 ans', 'Neuf' (in intensive care, a subset), '20' (kilos), '1' (claims), '3' (arrestees), '300' (police), '2 500' (donors), '14' (a percentage), '23' (schools), 'EK 707' (a flight), '1,5 million' (rupees), '4 28 30 00' (a phone number), '1976' (a year); 'n'avait jamais connu d'attentat-suicide' names no event."),
E(14, ["deux hommes dimanche à Anse Royale"],
  "ARR", "2026-07-05", "day", "Anse Royale", "SC", None, None, None, "police", None, False,
  "'dimanche' vs Wednesday 8 July -> Sunday 5 July. In the line '3 - Le nombre de suspects arrêtés', the two arrests are told separately by place and day: one event each. No force named; police in the list -> 'police'."),
E(14, ["un pêcheur lundi à La Digue"],
  "ARR", "2026-07-06", "day", "La Digue", "SC", None, None, None, "police", None, False,
  "'lundi' vs Wednesday 8 July -> Monday 6 July. The cluster's suspected facilitator (the fisherman who landed the explosives) -> Arrests, 'police'. La Digue is an island with one main settlement (La Passe); the gold keeps the island's name as the text gives no town."),
]

# -------------------------------------------------------------- holdout35-015
ARTICLES.append(A(15, "fr", "article", "2026-07-14T09:00:00Z",
"Portrait - Jean-Marc Esparon, de l'atelier de plomberie à la Tour de l'Horloge",
"""
Il avait 26 ans, mesurait 1,78 m et passait pour « le plus serviable du quartier ». Jean-Marc Esparon, qui se faisait appeler Ibrahim depuis sa conversion, est l'un des deux kamikazes du 4 juillet à Victoria. C'est lui qui s'est fait exploser au pied de la Tour de l'Horloge, six minutes après son complice, un Somalien de 22 ans, au quai inter-îles.

Né en 2000 à Cascade, non loin de l'aéroport, il est le deuxième de quatre enfants. Son père pêchait le vivaneau, sa mère tenait une petite épicerie. Bon élève, il décroche un diplôme de plombier en 2019 et gagne alors environ 9 000 roupies par mois.

Tout bascule en 2021. Il part pour le Kenya, officiellement pour travailler. En mars 2022, il est arrêté par la police tanzanienne à Tanga, avec deux Kényans, alors qu'il tente de rejoindre le Mozambique par la route. Expulsé vers les Seychelles après quatre mois de détention, il est placé sous surveillance, puis oublié.

« Il ne parlait plus de rien, il écoutait des prêches au casque toute la journée », raconte un voisin. Sa mère a été entendue par les enquêteurs puis laissée libre. Son frère cadet, arrêté le lundi 6 juillet à Cascade, a été relâché mercredi sans inculpation.

Les chabab (al-Shabaab), qui ont revendiqué l'attentat, ont diffusé sa photo, le montrant en treillis devant un drapeau noir. L'attentat a fait seize morts, y compris les deux kamikazes, et quarante-huit blessés.

Au commissariat central, on reconnaît « un raté ». Son dossier de 37 pages dormait depuis 2023 dans une armoire. Sur les 11 Seychellois signalés comme partis en Afrique de l'Est depuis 2015, il était le seul revenu au pays.

Samedi, une centaine de voisins se sont réunis devant la maison familiale, volets clos, pour une prière silencieuse.
"""))
GOLD += [
E(15, ["l'un des deux kamikazes du 4 juillet à Victoria", "qui ont revendiqué l'attentat", "L'attentat a fait seize morts"],
  "SUI", "2026-07-04", "day", "Victoria", "SC", 16, 48, "exact", "al-Shabaab", "al-Shabaab", False,
  "'du 4 juillet', ten days before Tuesday 14 July -> current. 'seize morts, y compris les deux kamikazes, et quarante-huit blessés' -> 16 (bombers inside), 48, exact. 'Les chabab (al-Shabaab), qui ont revendiqué l'attentat' -> claimant and perpetrator. A portrait: '26 ans', '1,78 m', '22 ans', 'Né en 2000', 'quatre enfants', 'en 2019' (a diploma), '9 000 roupies', 'en 2021' (a departure), 'quatre mois', '37 pages', 'depuis 2023', '11 Seychellois', 'depuis 2015' are not casualties or event dates. The neighbours' prayer ('une centaine de voisins') is not a protest."),
E(15, ["il est arrêté par la police tanzanienne à Tanga"],
  "ARR", "2022-03-01", "month", "Tanga", "TZ", None, None, None, "police", None, True,
  "'En mars 2022' -> month, background. The Tanzanian police arrest him in Tanzania -> the police of the country where the event happened -> 'police' (dev). 'quatre mois de détention' is a duration."),
E(15, ["Son frère cadet, arrêté le lundi 6 juillet à Cascade"],
  "ARR", "2026-07-06", "day", "Cascade", "SC", None, None, None, "police", None, False,
  "'le lundi 6 juillet' -> 6 July, current. Arrested, then 'relâché mercredi sans inculpation': an arrest followed by a release without charge stays an Arrests event (events_holdout33). No force named; 'les enquêteurs' and the police station in the text -> 'police'. His mother, 'entendue par les enquêteurs puis laissée libre', is not arrested."),
]
