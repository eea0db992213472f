"""Authoring source of benchmarks/events_holdout43 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Lenakel, Vanuatu cluster (holdout43-016 to 020, and 022 ten weeks
later; English and French), two suicide bombers on Wednesday 14 October
2026 at two sites of one town, the main town of Tanna island (the market
house and the wharf, about 350 m and six minutes apart): an English wire
with a first report (016), the French text of an order published in the
Official Journal of Vanuatu ("extrait du Journal officiel", an arrêté de
couvre-feu, fr 017), a postponement of exams by the exams office ("report
d'examens par l'office du baccalauréat", fr 018), a French agency dispatch
with a "VILLE, (Agence) -" dateline on the claim and arrests (fr 019), an
English news quiz of the week (020) and a French "il y a un an" column
(fr 022). Vanuatu and Solomon Islands are UTC+11: every publication time
here is between 01:00 and 06:00 UTC (12:00 to 17:00 local), so every local
date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout43")

ARTICLES = []
GOLD = []

JAD = "Jamaah Ansharut Daulah"

# -------------------------------------------------------------- holdout43-016
ARTICLES.append(A(16, "en", "article", "2026-10-14T06:00:00Z",
"Twin suicide bombing kills at least 13 on Vanuatu's Tanna island",
"""
LENAKEL, Vanuatu (Pacific Wire) - Two suicide bombers blew themselves up six minutes apart in Lenakel, the main town of Vanuatu's Tanna island, on Wednesday morning, killing at least 11 people, not counting the two bombers, and wounding a score of others, police said.

The first bomber struck at about 9:40 a.m. inside the market house, crowded on the weekly market day with women selling taro, yams and kava. The second blew himself up at 9:46 on the wharf, about 350 metres downhill, as an inter-island cargo ship unloaded cement and fuel drums.

"People were running up from the wharf into the market, and then the second one went off behind them," said Nikiau Natuman, 52, a kava seller, who carried two children to a truck.

No group has claimed the attack. A senior police officer said the bombers "may have ties to" Jemaah Islamiyah, the Southeast Asian network, but stressed that it was far too early to say.

Vanuatu, an archipelago of about 320,000 people, has almost no history of political violence. Its only previous bombing, in 2019, was a homemade device that exploded at a kava bar in Port Olry, on Espiritu Santo, wounding three men.

Tanna's small hospital, with 60 beds, was overwhelmed, and a chartered plane flew 14 of the most seriously wounded to Port Vila, some 200 km to the north. Other flights to the island were suspended. The government closed all 37 schools on Tanna until Monday and asked Australia and New Zealand for forensic teams. Police set up a hotline, 22 333, for relatives.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up six minutes apart in Lenakel", "The first bomber struck", "The second blew himself up", "claimed the attack"],
  "SUI", "2026-10-14", "day", "Lenakel", "VU", 13, 20, "at_least", None, None, False,
  "Wire of Wednesday 14 October 2026 (17:00 on Tanna); 'on Wednesday morning' = the publication day. Two sites of one town (the market house and the wharf, 'about 350 metres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least 11 people, not counting the two bombers, and wounding a score of others' -> killed 11 + 2 bombers = 13, at_least (the bombers are added); injured 20 ('a score', dev table). Not claimed; 'may have ties to' Jemaah Islamiyah is speculation -> perpetrator null. '9:40 a.m.', '9:46', '350 metres', '52', 'two children' (carried), '320,000 people', '60 beds', '14 of the most seriously wounded' (a subset), '200 km', '37 schools', '22 333' are not casualties."),
E(16, ["a homemade device that exploded at a kava bar in Port Olry"],
  "IED", "2019-01-01", "year", "Port Olry", "VU", None, 3, "exact", None, None, True,
  "'in 2019' -> year, background. A homemade device -> Remote explosive/landmine/IED; 'wounding three men' -> injured 3, exact; no author -> null. Port Olry is a village of Espiritu Santo (VU)."),
]

# -------------------------------------------------------------- holdout43-017
ARTICLES.append(A(17, "fr", "article", "2026-10-16T02:00:00Z",
"Journal officiel : un arrêté instaure un couvre-feu sur l'île de Tanna",
"""
JOURNAL OFFICIEL DE LA RÉPUBLIQUE DE VANUATU - Extrait du numéro 42 du vendredi 16 octobre 2026, page 1184. Version française.

ARRÊTÉ N° 147 DE 2026 PORTANT INSTAURATION D'UN COUVRE-FEU SUR L'ÎLE DE TANNA (PROVINCE DE TAFEA)

Le ministre de l'Intérieur,

Vu la Constitution de la République de Vanuatu ;
Vu la loi n° 26 de 2021 relative à la police ;
Vu l'avis du conseil provincial de Tafea du 15 octobre 2026 ;

Considérant l'attentat-suicide perpétré le mercredi 14 octobre 2026 au marché et sur le quai de Lenakel, qui a causé la mort de quinze personnes, y compris ses deux auteurs, et blessé quarante-quatre personnes ;

Considérant que deux suspects ont été arrêtés le 14 octobre au soir à Port Resolution, sur la côte est de l'île, alors qu'ils cherchaient un bateau, et que d'autres complices pourraient se trouver sur l'île ;

ARRÊTE :

Article 1er. Un couvre-feu est instauré sur l'ensemble de l'île de Tanna, de 19 heures à 6 heures, du vendredi 16 octobre au vendredi 30 octobre 2026 inclus.

Article 2. Sont autorisés à circuler pendant le couvre-feu, sur présentation d'un justificatif, les personnels de santé, de police et de secours, ainsi que les agents de la compagnie d'électricité en intervention.

Article 3. Les débits de kava ferment à 18 heures. Les embarcations ne peuvent quitter les côtes de l'île qu'entre 7 heures et 17 heures, après contrôle au quai de Lenakel.

Article 4. Le port de tout couteau dont la lame dépasse 15 centimètres est interdit hors des jardins et des plantations.

Article 5. Toute infraction au présent arrêté est punie d'une amende de 50 000 vatu au plus et d'un emprisonnement de trois mois au plus, ou de l'une de ces deux peines seulement.

Article 6. Le présent arrêté entre en vigueur le jour de sa publication au Journal officiel. Il peut être abrogé avant son terme si la situation le permet.

Fait à Port-Vila, le 15 octobre 2026.

Le ministre de l'Intérieur, Willie Nako Rory.
"""))
GOLD += [
E(17, ["l'attentat-suicide perpétré le mercredi 14 octobre 2026"],
  "SUI", "2026-10-14", "day", "Lenakel", "VU", 15, 44, "exact", None, None, False,
  "Official Journal of Friday 16 October (the arrêté is signed on the 15th); 'le mercredi 14 octobre 2026' -> 14 October. 'au marché et sur le quai de Lenakel' -> two sites of one town, ONE event. 'la mort de quinze personnes, y compris ses deux auteurs, et blessé quarante-quatre personnes' -> killed 15 (bombers inside), injured 44 (number words), exact. No group named -> perpetrator null. The curfew is not coded (dev). 'numéro 42', 'page 1184', 'N° 147', 'loi n° 26 de 2021', '15 octobre', '19 heures à 6 heures', '30 octobre', '18 heures', '7 heures et 17 heures', '15 centimètres', '50 000 vatu', 'trois mois' are not casualties."),
E(17, ["deux suspects ont été arrêtés le 14 octobre au soir à Port Resolution"],
  "ARR", "2026-10-14", "day", "Port Resolution", "VU", None, None, None, "police", None, False,
  "'le 14 octobre au soir' -> 14 October, the evening of the bombing. Two suspects arrested at Port Resolution, a village on Tanna's east coast -> Port Resolution (VU). No force named -> 'police'. 'd'autres complices pourraient se trouver sur l'île' is speculation, no event."),
]

# -------------------------------------------------------------- holdout43-018
ARTICLES.append(A(18, "fr", "article", "2026-10-19T03:00:00Z",
"Tafea : les épreuves du baccalauréat et du DNB reportées de trois semaines",
"""
MINISTÈRE DE L'ÉDUCATION ET DE LA FORMATION - OFFICE DES EXAMENS ET CONCOURS. COMMUNIQUÉ N° 31/2026. Port-Vila, le lundi 19 octobre 2026.

Objet : report des épreuves du baccalauréat et du diplôme national du brevet (DNB) dans la province de Tafea.

À la suite de l'attentat-suicide du mercredi 14 octobre à Lenakel, qui a fait seize morts, dont les deux kamikazes, et 44 blessés, l'Office des examens et concours, en accord avec le vice-rectorat, reporte les épreuves écrites dans les trois centres d'examen de la province.

Parmi les victimes figurent deux élèves de terminale du collège-lycée de Lenakel, qui aidaient leurs mères au marché. L'une d'elles, Rosina, 17 ans, a succombé samedi à l'hôpital de Port-Vila. Un de leurs professeurs est toujours hospitalisé.

Nouveau calendrier :
- baccalauréat général et technologique : épreuves écrites du lundi 16 au vendredi 20 novembre, au lieu du 26 au 30 octobre ;
- DNB : jeudi 19 et vendredi 20 novembre, au lieu des 29 et 30 octobre ;
- épreuves orales : à partir du 23 novembre.

Les 212 candidats de Tafea (148 au baccalauréat, 64 au DNB) recevront une nouvelle convocation. Les horaires restent inchangés : 7 h 30 pour l'accueil, 8 heures pour le début des épreuves. Dans les cinq autres provinces, le calendrier est maintenu.

Samedi, près de 1 500 élèves, parents et enseignants ont marché en silence du collège jusqu'au marché de Lenakel, derrière une banderole « Tanna i no fraet » (Tanna n'a pas peur), avant le couvre-feu de 19 heures. L'Office salue leur dignité.

Une cellule d'écoute est ouverte aux candidats et à leurs familles, de 8 heures à 17 heures, au 22 418. Les candidats dont un proche a été tué ou blessé peuvent demander à composer lors de la session de remplacement de février 2027.

Le directeur de l'Office, Jean-Pierre Tabiman.
"""))
GOLD += [
E(18, ["l'attentat-suicide du mercredi 14 octobre à Lenakel"],
  "SUI", "2026-10-14", "day", "Lenakel", "VU", 16, 44, "exact", None, None, False,
  "Exams office communiqué of Monday 19 October; 'du mercredi 14 octobre' -> 14 October. 'seize morts, dont les deux kamikazes, et 44 blessés' -> killed 16 (bombers inside; Rosina, 17, who died 'samedi', 17 October, is inside), injured 44, exact; the two pupils and their teacher are subsets. No claim named -> perpetrator null. 'N° 31/2026', '17 ans', the exam dates, '212 candidats', '148', '64', '7 h 30', '8 heures', 'cinq autres provinces', '19 heures', '8 heures à 17 heures', '22 418', 'février 2027' are not casualties."),
E(18, ["près de 1 500 élèves, parents et enseignants ont marché en silence"],
  "PP", "2026-10-17", "day", "Lenakel", "VU", None, None, None, None, None, False,
  "'Samedi' vs Monday 19 October -> 17 October. A silent march from the school to the Lenakel market behind a banner ('Tanna i no fraet'), no incident -> Peaceful protest, perpetrator null. 'près de 1 500' counts marchers."),
]

# -------------------------------------------------------------- holdout43-019
ARTICLES.append(A(19, "fr", "article", "2026-10-20T05:00:00Z",
"Vanuatu : le JAD revendique l'attentat de Lenakel, un suspect arrêté aux Salomon",
"""
LENAKEL, (Agence Océanie Presse) - Le groupe indonésien Jamaah Ansharut Daulah (JAD) a revendiqué l'attentat-suicide de Lenakel dans une vidéo diffusée dimanche, une revendication jugée « authentique » mardi par la police du Vanuatu, tandis qu'un troisième suspect a été arrêté lundi à Honiara, la capitale des îles Salomon.

Dans cette vidéo de quatre minutes, deux hommes présentés comme les kamikazes prêtent allégeance au groupe, qui se vante d'avoir tué « plus de quarante mécréants ». Le double attentat du mercredi 14 octobre, au marché et sur le quai, a fait seize morts, dont les deux kamikazes, et 44 blessés.

La Jemaah Islamiyah, que la police avait d'abord évoquée, a démenti toute implication dans un message publié samedi. Selon le commissaire de police, les deux kamikazes, des Indonésiens de 24 et 29 ans entrés au Vanuatu comme ouvriers agricoles, « pourraient avoir été financés » depuis le sud des Philippines.

L'homme arrêté à Honiara par la police des îles Salomon, un commerçant de 41 ans, est soupçonné d'avoir acheté leurs billets de bateau et de leur avoir fourni un téléphone satellitaire. Le Vanuatu a demandé son extradition.

Les deux hommes interpellés mercredi soir à Port Resolution ont été placés lundi en détention provisoire pour 30 jours. Le gérant d'une pension d'Isangel, arrêté vendredi, a été relâché samedi sans poursuites. Une vingtaine de passagers du caboteur, entendus comme témoins, ont été laissés libres.

Jamais l'archipel n'avait connu d'attentat-suicide. En 2019, un engin artisanal avait blessé trois hommes dans un bar à kava de Port Olry, sur l'île d'Espiritu Santo.

Le couvre-feu de 19 heures à 6 heures reste en vigueur à Tanna jusqu'au 30 octobre. Le marché de Lenakel a rouvert lundi sur un terrain de football voisin, et 120 policiers australiens et néo-zélandais sont arrivés en renfort. Le prix du kava a doublé, à 2 000 vatu le kilo.
"""))
GOLD += [
E(19, ["l'attentat-suicide de Lenakel", "Le double attentat du mercredi 14 octobre"],
  "SUI", "2026-10-14", "day", "Lenakel", "VU", 16, 44, "exact", JAD, JAD, False,
  "Dispatch of Tuesday 20 October; 'du mercredi 14 octobre' -> 14 October; 'au marché et sur le quai' -> two sites of one town, ONE event. 'seize morts, dont les deux kamikazes, et 44 blessés' -> killed 16 (bombers inside), injured 44, exact. Claimed in a video 'diffusée dimanche' by 'Jamaah Ansharut Daulah (JAD)', judged « authentique » by the police -> claimant and perpetrator (canonical 'Jamaah Ansharut Daulah'); the claim's « plus de quarante mécréants » is never used. The Jemaah Islamiyah denial is not a claim; « pourraient avoir été financés » is speculation. 'quatre minutes', '24 et 29 ans', '41 ans', '30 jours', 'Une vingtaine de passagers' (heard), '19 heures à 6 heures', '30 octobre', '120 policiers', '2 000 vatu' are not casualties."),
E(19, ["un troisième suspect a été arrêté lundi à Honiara", "L'homme arrêté à Honiara par la police des îles Salomon"],
  "ARR", "2026-10-19", "day", "Honiara", "SB", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 20 October -> 19 October. The cluster's suspected facilitator (a trader who bought the bombers' boat tickets), arrested in Honiara, Solomon Islands -> SB, not the bombing's country; 'la police des îles Salomon' -> 'police'. The extradition request is a follow-up."),
E(19, ["Les deux hommes interpellés mercredi soir à Port Resolution"],
  "ARR", "2026-10-14", "day", "Port Resolution", "VU", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout43-017: 'mercredi soir' vs Tuesday 20 October -> 14 October. 'placés lundi en détention provisoire pour 30 jours' is the judicial follow-up. No force named -> 'police'."),
E(19, ["Le gérant d'une pension d'Isangel, arrêté vendredi"],
  "ARR", "2026-10-16", "day", "Isangel", "VU", None, None, None, "police", None, False,
  "'vendredi' vs Tuesday 20 October -> 16 October. A guesthouse manager arrested in Isangel (Tanna's provincial capital), 'relâché samedi sans poursuites': the release does not undo the arrest. No force named -> 'police'. The twenty ship passengers 'entendus comme témoins ... laissés libres' are not arrested."),
E(19, ["un engin artisanal avait blessé trois hommes dans un bar à kava de Port Olry"],
  "IED", "2019-01-01", "year", "Port Olry", "VU", None, 3, "exact", None, None, True,
  "'En 2019' -> year, background (the device of holdout43-016). 'blessé trois hommes' -> injured 3, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout43-020
ARTICLES.append(A(20, "en", "article", "2026-10-23T04:00:00Z",
"The week in ten questions",
"""
NEWS QUIZ - The Island Post, Friday 23 October 2026. Ten questions on the week's news. Answers at the bottom; no peeking.

1. Two suicide bombers blew themselves up at the market house and on the wharf of which Tanna town on Wednesday 14 October?
a) Isangel b) Lenakel c) Port Resolution

2. A fisherman wounded on the wharf died on Wednesday. How many people has the bombing now killed, the two bombers included?
a) 13 b) 16 c) 17

3. Which Indonesian group claimed the attack in a video on Sunday, a claim police called authentic?
a) Jemaah Islamiyah b) Jamaah Ansharut Daulah c) Abu Sayyaf

4. Police in Solomon Islands arrested a 41-year-old trader on Monday, suspected of buying the bombers' boat tickets. In which city?
a) Honiara b) Gizo c) Auki

5. On Saturday, about 1,500 pupils, parents and teachers marched in silence from the school to Lenakel market. What did their banner say, in Bislama?
a) "Tanna i no fraet" b) "Yumi stap wanwan" c) "Tanna i lus"

6. Until this month, Vanuatu's only bombing was a homemade device that wounded three men at a kava bar in Port Olry, in 2019. On which island is Port Olry?
a) Malekula b) Espiritu Santo c) Pentecost

7. The curfew on Tanna runs until 30 October. From what time each evening?
a) 18:00 b) 19:00 c) 21:00

8. The price of kava doubled in Lenakel this week. To how many vatu per kilo?
a) 1,000 b) 2,000 c) 4,000

9. The national under-20 football team beat Fiji on Tuesday in Port Vila. By what score?
a) 2-1 b) 3-0 c) 4-2

10. Which country sent police officers to Tanna alongside Australia, 120 in all?
a) New Zealand b) France c) Fiji

ANSWERS
1 b (Lenakel). 2 c (17: fifteen victims and the two bombers; 44 people were wounded). 3 b. 4 a (Honiara). 5 a. 6 b. 7 b. 8 b. 9 a. 10 a.

Score yourself: 9 or 10, you read every page; 5 to 8, not bad; under 5, subscribe for 1,200 vatu a month.
"""))
GOLD += [
E(20, ["Two suicide bombers blew themselves up at the market house and on the wharf", "the bombing", "claimed the attack"],
  "SUI", "2026-10-14", "day", "Lenakel", "VU", 17, 44, "exact", JAD, JAD, False,
  "Quiz of Friday 23 October. Question 1 names the twin bombing at two sites of one town ('Wednesday 14 October' -> 14 October); its answer, '1 b (Lenakel)', gives the town -> Lenakel; the other options (Isangel, Port Resolution) are distractors. Question 2 and its answer '2 c (17: fifteen victims and the two bombers; 44 people were wounded)' -> killed 17 (bombers inside; the fisherman who died 'on Wednesday', 21 October, is inside), injured 44, exact; the options '13' and '16' are distractors. Question 3 and its answer '3 b' -> 'Jamaah Ansharut Daulah' claimed it, 'a claim police called authentic' -> claimant and perpetrator. The other numbers (question numbers, options, '41-year-old', '1,500' marchers, '2019', '30 October', '18:00', '19:00', '21:00', '1,000', '2,000', '4,000 vatu', '2-1', '3-0', '4-2', '120', the scores '9 or 10', '5 to 8', '1,200 vatu') are not casualties."),
E(20, ["Police in Solomon Islands arrested a 41-year-old trader on Monday"],
  "ARR", "2026-10-19", "day", "Honiara", "SB", None, None, None, "police", None, False,
  "Question 4: 'on Monday' vs Friday 23 October -> 19 October; the city is given by the answer '4 a (Honiara)' -> Honiara, SB (the arrest of holdout43-019); the Solomon Islands police -> 'police'. Gizo and Auki are distractors."),
E(20, ["about 1,500 pupils, parents and teachers marched in silence"],
  "PP", "2026-10-17", "day", "Lenakel", "VU", None, None, None, None, None, False,
  "Question 5: 'On Saturday' vs Friday 23 October -> 17 October; a silent march from the school to Lenakel market behind a banner (the march of holdout43-018) -> Peaceful protest, perpetrator null. '1,500' counts marchers."),
E(20, ["a homemade device that wounded three men at a kava bar in Port Olry"],
  "IED", "2019-01-01", "year", "Port Olry", "VU", None, 3, "exact", None, None, True,
  "Question 6: 'in 2019' -> year, background; 'wounded three men' -> injured 3, exact; no author -> null. The island options are not places of the event (Port Olry is on Espiritu Santo)."),
]

# -------------------------------------------------------------- holdout43-022
ARTICLES.append(A(22, "fr", "article", "2026-12-28T01:00:00Z",
"Il y a un an : une grenade au bal de Noël de Saratamata",
"""
IL Y A UN AN - La chronique du lundi de L'Hebdo des Îles. Port-Vila, le lundi 28 décembre 2026. Ce que nous écrivions dans notre numéro du 29 décembre 2025.

« BAL TRAGIQUE À SARATAMATA ». C'était notre une, il y a un an. Le mardi 23 décembre 2025, vers 23 heures, une grenade artisanale lancée par-dessus la clôture de la salle communautaire de Saratamata, sur Ambae, blessait six jeunes gens qui dansaient au bal de Noël du collège. Le plus jeune avait 15 ans ; tous sont aujourd'hui rétablis.

Trois jours plus tard, le vendredi 26 décembre 2025, la police arrêtait à Lakatoro, sur Malekula, deux cousins de 19 et 22 ans, éconduits à l'entrée du bal. Ils ont été condamnés en juin à sept ans de prison par la Cour suprême. À l'époque, nous écrivions que le Vanuatu avait « perdu son innocence ». Nous ne savions pas ce que l'année 2026 nous réservait.

Car depuis, il y a eu Lenakel. Le mercredi 14 octobre, deux kamikazes se sont fait exploser au marché et sur le quai de la ville, tuant dix-sept personnes, eux compris, et en blessant quarante-quatre. L'attentat a été revendiqué par la Jamaah Ansharut Daulah. Le marché rouvrira le 15 janvier, reconstruit grâce à un don australien de 90 millions de vatu.

Il y a un an, aussi :
- le prix du coprah atteignait 45 000 vatu la tonne, un record ; il est retombé depuis à 38 000 ;
- la dépression tropicale de Noël privait d'électricité 3 000 foyers de Santo pendant deux jours ;
- le Vanuatu battait les Tonga 3 buts à 1 en Coupe de Mélanésie, devant 6 000 spectateurs ;
- le vol du soir vers Brisbane était annulé quatre jours de suite, faute de pièce de rechange ;
- le conseil municipal de Port-Vila votait un budget de 1,2 milliard de vatu.

Et vous, où étiez-vous il y a un an ? Écrivez-nous à la boîte postale 1234, Port-Vila, ou appelez le 24 567, du lundi au vendredi de 8 heures à 16 heures.
"""))
GOLD += [
E(22, ["BAL TRAGIQUE À SARATAMATA", "une grenade artisanale lancée par-dessus la clôture de la salle communautaire de Saratamata"],
  "GRN", "2025-12-23", "day", "Saratamata", "VU", None, 6, "exact", None, None, True,
  "Column of Monday 28 December 2026 recalling the issue of 29 December 2025; the headline 'BAL TRAGIQUE À SARATAMATA' names the event. 'Le mardi 23 décembre 2025' -> 23 December 2025, 370 days before -> background. A thrown homemade grenade -> Grenade; 'blessait six jeunes gens' -> injured 6, exact; the authors are unnamed at that point -> null. '23 heures', '15 ans' are not casualties. Saratamata is on Ambae (VU)."),
E(22, ["la police arrêtait à Lakatoro, sur Malekula, deux cousins"],
  "ARR", "2025-12-26", "day", "Lakatoro", "VU", None, None, None, "police", None, True,
  "'le vendredi 26 décembre 2025' -> 26 December 2025, background. Two cousins arrested in Lakatoro (Malekula) over the grenade -> Arrests by 'police'. Their conviction 'en juin à sept ans de prison' is a judicial follow-up, not an event; '19 et 22 ans', 'sept ans' are not casualties."),
E(22, ["deux kamikazes se sont fait exploser au marché et sur le quai de la ville", "L'attentat a été revendiqué"],
  "SUI", "2026-10-14", "day", "Lenakel", "VU", 17, 44, "exact", JAD, JAD, True,
  "'Le mercredi 14 octobre' (of 2026, the column's year) -> 14 October 2026, 75 days before -> background. 'il y a eu Lenakel ... au marché et sur le quai de la ville' -> two sites of one town, Lenakel. 'tuant dix-sept personnes, eux compris, et en blessant quarante-quatre' -> killed 17 (bombers inside), injured 44, exact. 'revendiqué par la Jamaah Ansharut Daulah' -> claimant and perpetrator. The rest of the column (copra prices, '3 000 foyers' without power after a tropical depression, a football score, a cancelled flight, a budget, '90 millions de vatu', '15 janvier', '1234', '24 567', '8 heures à 16 heures') holds no event; a storm is not coded."),
]
