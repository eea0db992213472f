"""Authoring source of benchmarks/events_holdout12 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the El Kef (Le Kef), Tunisia cluster (holdout12-016 to 020), two
bombers at the National Guard district headquarters on Thursday 21 May
2026: the agency flash in French (016), the interior ministry's communiqué
with the revised toll and the people placed in custody (017), the Islamic
State's claim, a denial and a mountain raid (018), a French opinion piece
full of older attacks (019) and a sit-in with more arrests (020); and the
trap article with no event (022, football). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout12")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout12-016
ARTICLES.append(A(16, "fr", "article", "2026-05-21T11:00:00Z",
"Tunisie : double attentat-suicide contre la Garde nationale au Kef",
"""
LE KEF (Tunisie), 21 mai (Agence) - Deux kamikazes se sont fait exploser jeudi matin devant le siège du district de la Garde nationale du Kef, dans le nord-ouest de la Tunisie, tuant au moins six personnes, dont quatre agents, et blessant une vingtaine d'autres, selon une source sécuritaire.

Le premier assaillant a actionné sa ceinture à l'entrée du bâtiment vers 8 h 10, au moment de la relève ; le second s'est fait exploser deux minutes plus tard sur le parking, où s'étaient rassemblés les secours.

« Il s'agit probablement d'une cellule liée à la brigade Okba Ibn Nafaa, active dans les montagnes de la région », a avancé un responsable du ministère de l'Intérieur, sous couvert d'anonymat. Aucune revendication n'a été publiée pour l'instant.

Le Kef, chef-lieu de gouvernorat de quelque 75 000 habitants, est situé à 170 kilomètres de Tunis et à une quarantaine de kilomètres de la frontière algérienne.

Mercredi soir, une mine a blessé deux militaires lors d'une patrouille sur le mont Ouergha, a indiqué le ministère de la Défense, sans autre précision.

Mardi, la Garde nationale avait arrêté à Ghardimaou deux hommes soupçonnés de ravitailler les groupes armés des montagnes voisines.

Les écoles de la ville resteront fermées vendredi et les accès au centre-ville sont contrôlés par l'armée.
"""))
GOLD += [
E(16, ["Deux kamikazes se sont fait exploser jeudi matin devant le siège du district de la Garde nationale du Kef", "Aucune revendication n'a été publiée"],
  "SUI", "2026-05-21", "day", "El Kef", "TN", 6, 20, "at_least", None, None, False,
  "'jeudi matin' = publication day, Thursday 21 May. Two bombers at one building (entrance and car park), two minutes apart -> one Suicide bomb event (twin rule). Location in common English spelling 'El Kef' (French 'Le Kef', 'du Kef'). 'au moins six personnes, dont quatre agents' -> 6, at_least ('quatre agents' is a subset); 'une vingtaine' -> 20. 'probablement ... la brigade Okba Ibn Nafaa' is speculation -> null. '8 h 10', 'deux minutes', '75 000 habitants', '170 kilomètres', 'une quarantaine de kilomètres' are not casualties."),
E(16, ["une mine a blessé deux militaires lors d'une patrouille sur le mont Ouergha"],
  "IED", "2026-05-20", "day", "Mount Ouergha", "TN", None, 2, "exact", None, None, False,
  "'Mercredi soir' vs Thursday 21 May -> 20 May. Mine -> Remote explosive/landmine/IED. No town named: coded by the mountain's own name (earlier TN gold: Mount Semmama). 'deux militaires' wounded -> injured 2, killed null."),
E(16, ["la Garde nationale avait arrêté à Ghardimaou deux hommes"],
  "ARR", "2026-05-19", "day", "Ghardimaou", "TN", None, None, None, "police", None, False,
  "'Mardi' vs Thursday 21 May -> 19 May (the pluperfect 'avait arrêté' does not change the weekday rule). National Guard -> police. 'deux hommes' are arrestees."),
]

# -------------------------------------------------------------- holdout12-017
ARTICLES.append(A(17, "fr", "article", "2026-05-23T15:00:00Z",
"Attentat du Kef : le ministère de l'Intérieur annonce onze gardes à vue",
"""
COMMUNIQUÉ DU MINISTÈRE DE L'INTÉRIEUR

Le ministère de l'Intérieur informe que le bilan de l'attentat-suicide perpétré le jeudi 21 mai 2026 contre le siège du district de la Garde nationale du Kef s'est alourdi. Le premier bilan, communiqué jeudi, faisait état de six morts. Il s'élève désormais à onze morts, sans compter les deux kamikazes, après le décès, vendredi, de deux agents grièvement blessés. Trente-quatre personnes ont été blessées, dont neuf agents de la Garde nationale.

Les unités spécialisées de la Garde nationale ont procédé vendredi, au Kef, à l'arrestation de sept suspects, placés en garde à vue sur décision du ministère public près le pôle judiciaire antiterroriste. Il s'agit notamment de :
- Mohamed A., 26 ans, ouvrier journalier ;
- Seifeddine B., 31 ans, sans profession ;
- Wael K., 19 ans, étudiant ;
- et de quatre autres personnes âgées de 22 à 40 ans.

Samedi à l'aube, quatre autres suspects ont été arrêtés à Tajerouine, à 40 kilomètres au sud du Kef, dont un homme de 45 ans soupçonné d'avoir hébergé les deux kamikazes pendant une semaine.

Par ailleurs, 62 personnes ont été entendues et trois véhicules saisis. Les personnes entendues ne font l'objet d'aucune poursuite.

Les suspects ont été placés en garde à vue pour une durée de cinq jours renouvelable, conformément à l'article 39 de la loi organique n° 2015-26 relative à la lutte contre le terrorisme.

Le ministère appelle les citoyens à la vigilance et à signaler tout élément suspect au numéro 197.
"""))
GOLD += [
E(17, ["l'attentat-suicide perpétré le jeudi 21 mai 2026"],
  "SUI", "2026-05-21", "day", "El Kef", "TN", 13, 34, "exact", None, None, False,
  "Absolute date. Revised toll inside the communiqué: 'six morts' -> 'onze morts, sans compter les deux kamikazes' -> 11 + 2 = 13 ('sans compter' adds the bombers); the two guardsmen who died on Friday are inside the eleven. 'Trente-quatre personnes ont été blessées' -> 34 ('dont neuf agents' is a subset; the two who died are not subtracted, events_holdout5 rule). The communiqué names no author -> null."),
E(17, ["à l'arrestation de sept suspects, placés en garde à vue"],
  "ARR", "2026-05-22", "day", "El Kef", "TN", None, None, None, "police", None, False,
  "'vendredi' vs Saturday 23 May -> 22 May. National Guard (a gendarmerie) -> police (earlier TN gold). 'sept suspects' are arrestees; the ages 26, 31, 19, '22 à 40 ans' are not casualties."),
E(17, ["quatre autres suspects ont été arrêtés à Tajerouine"],
  "ARR", "2026-05-23", "day", "Tajerouine", "TN", None, None, None, "police", None, False,
  "'Samedi à l'aube' = publication day, 23 May. Another place and day -> a separate Arrests event; the ministry's Garde nationale -> police. '40 kilomètres', '45 ans', 'une semaine' are not casualties. '62 personnes ont été entendues' are questioned, not arrested; 'trois véhicules', 'cinq jours', 'article 39', 'n° 2015-26', '197' are not casualties."),
]

# -------------------------------------------------------------- holdout12-018
ARTICLES.append(A(18, "en", "article", "2026-05-24T09:00:00Z",
"Islamic State claims Tunisia bombing; three militants killed in mountain raid",
"""
TAJEROUINE, Tunisia, May 24 - The Islamic State has claimed responsibility for Thursday's twin suicide bombing at the National Guard headquarters in El Kef, which killed 13 people, the two bombers among them, and wounded 34.

In a statement carried by its Amaq news agency on Saturday, the group said two of its "soldiers of the caliphate" had struck "the guards of the tyrant" and claimed 40 dead. The interior ministry called that figure "propaganda" but did not question the claim itself.

The Okba Ibn Nafaa Brigade, al-Qaeda's Tunisian affiliate, which an official had first said was probably behind the attack, said on Friday it had nothing to do with it.

Early on Saturday, National Guard special units raided a shelter on Mount Ouergha, about 25 km from El Kef, and killed three armed men after an exchange of fire lasting two hours, the ministry said. A guardsman, 28, was slightly wounded. An explosive belt and two Kalashnikov rifles were seized.

On Friday evening, soldiers found and defused a roadside bomb on a farm track near Sakiet Sidi Youssef, close to the Algerian border. Nobody was hurt.

Tunisia has been under a state of emergency since 2015, renewed every few months. The interior minister, who cut short a visit to Algiers, flew back on Friday on flight TU 705 and went straight to the hospital in El Kef, where 14 of the wounded are still being treated.
"""))
GOLD += [
E(18, ["The Islamic State has claimed responsibility", "Thursday's twin suicide bombing at the National Guard headquarters in El Kef"],
  "SUI", "2026-05-21", "day", "El Kef", "TN", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Sunday 24 May -> 21 May. '13 people, the two bombers among them' -> 13; 'wounded 34' ('14 of the wounded are still being treated' is a subset). Claimed via Amaq -> Islamic State; the ministry disputes the figure, not the claim; the Okba Ibn Nafaa Brigade's denial is a rival's -> perpetrator = claimant. The claim's '40 dead' is not used."),
E(18, ["raided a shelter on Mount Ouergha", "after an exchange of fire lasting two hours"],
  "BAT", "2026-05-23", "day", "Mount Ouergha", "TN", 3, 1, "exact", "police", None, False,
  "'Early on Saturday' vs Sunday 24 May -> 23 May. A raid with an exchange of fire -> Armed clash initiated by the raiding force; National Guard -> police. 'killed three armed men' -> 3; 'A guardsman, 28, was slightly wounded' -> 1 (28 is his age). 'about 25 km from El Kef' places it on the mountain, not in the town. Belt and rifles belong to the raid."),
E(18, ["soldiers found and defused a roadside bomb on a farm track near Sakiet Sidi Youssef"],
  "DWU", "2026-05-22", "day", "Sakiet Sidi Youssef", "TN", 0, 0, "exact", "military", None, False,
  "'On Friday evening' -> 22 May. A device defused on its own -> Disrupted weapons use by soldiers -> military. 'Nobody was hurt' -> 0/0 (holdout2 rule for a defused device). 'since 2015' is the state of emergency, not an event; 'TU 705' is a flight number."),
]

# -------------------------------------------------------------- holdout12-019
ARTICLES.append(A(19, "fr", "article", "2026-06-01T07:00:00Z",
"Tribune — Du Kef à Ghardimaou, dix ans d'attentats et la même impuissance",
"""
Le 21 mai, deux kamikazes se sont fait exploser devant le district de la Garde nationale du Kef : treize morts, kamikazes compris, et trente-quatre blessés. L'État islamique a revendiqué l'attaque deux jours plus tard. Depuis, on nous répète que « le terrorisme ne passera pas ». Je voudrais rappeler qu'il est déjà passé, souvent, et toujours par les mêmes chemins.

En 2016, des hommes armés avaient tendu une embuscade à une patrouille de la Garde nationale près de Ghardimaou, tuant trois agents. Deux ans plus tard, un kamikaze s'était fait exploser au poste frontière de Haïdra, sans faire d'autres victimes que lui-même.

En janvier 2020, une mine avait tué deux bergers, des frères de 14 et 16 ans, sur le mont Mghila. Il y a cinq ans, la brigade Okba Ibn Nafaa avait revendiqué l'attaque d'un poste de l'armée à Fériana, qui avait fait quatre morts parmi les soldats. L'an dernier encore, la Garde nationale avait abattu deux suspects lors d'une perquisition qui avait tourné à la fusillade à Thala.

À chaque fois, la même séquence : l'émotion, les gardes à vue, une loi de plus. Celle de 2015 compte 139 articles ; elle n'a pas empêché deux jeunes de 19 et 21 ans de traverser la ville avec 12 kilos d'explosifs sous leurs vêtements.

Ce qui manque n'est pas un texte, mais des emplois, des routes et des écoles dans ces régions de l'Ouest, où le chômage des jeunes dépasse 35 %. Tant que les villages du mont Ouergha n'auront ni eau courante ni bus, les recruteurs n'auront pas à chercher longtemps.

L'auteur est ancien député du gouvernorat du Kef.
"""))
GOLD += [
E(19, ["deux kamikazes se sont fait exploser devant le district de la Garde nationale du Kef", "L'État islamique a revendiqué l'attaque"],
  "SUI", "2026-05-21", "day", "El Kef", "TN", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "'Le 21 mai' absolute, 11 days before Monday 1 June -> current. 'treize morts, kamikazes compris' -> 13; 'trente-quatre blessés' -> 34. Claimed by the Islamic State."),
E(19, ["des hommes armés avaient tendu une embuscade à une patrouille de la Garde nationale près de Ghardimaou"],
  "BAT", "2016-01-01", "year", "Ghardimaou", "TN", 3, None, "exact", None, None, True,
  "'En 2016' -> year, background. An ambush on a patrol -> Armed clash initiated by unnamed gunmen -> null. 'trois agents' -> 3."),
E(19, ["un kamikaze s'était fait exploser au poste frontière de Haïdra"],
  "SUI", "2018-01-01", "year", "Haïdra", "TN", 1, 0, "exact", None, None, True,
  "'Deux ans plus tard' than 2016 -> 2018, year, background. 'sans faire d'autres victimes que lui-même' -> killed 1 (the bomber), injured 0 (holdout10 Latamber 2024 rule)."),
E(19, ["une mine avait tué deux bergers"],
  "IED", "2020-01-01", "month", "Mount Mghila", "TN", 2, None, "exact", None, None, True,
  "'En janvier 2020' -> month, background. Mine -> Remote explosive/landmine/IED. No town named -> the mountain's name. 'deux bergers' -> 2; '14 et 16 ans' are ages."),
E(19, ["la brigade Okba Ibn Nafaa avait revendiqué l'attaque d'un poste de l'armée à Fériana"],
  "BAT", "2021-01-01", "year", "Fériana", "TN", 4, None, "exact", "Okba Ibn Nafaa Brigade", "Okba Ibn Nafaa Brigade", True,
  "'Il y a cinq ans' -> 2021, year, background. An attack on an army post -> Armed clash initiated by the group, which claimed it. Canonical name 'Okba Ibn Nafaa Brigade' (earlier TN gold). 'quatre morts parmi les soldats' -> 4."),
E(19, ["la Garde nationale avait abattu deux suspects lors d'une perquisition qui avait tourné à la fusillade à Thala"],
  "BAT", "2025-01-01", "year", "Thala", "TN", 2, None, "exact", "police", None, True,
  "'L'an dernier' -> 2025, year, background. A search that turned into a shoot-out -> Armed clash initiated by the raiding force (National Guard -> police). 'deux suspects' -> 2. 'de 2015', '139 articles', '19 et 21 ans', '12 kilos', '35 %' are not casualties or events."),
]

# -------------------------------------------------------------- holdout12-020
ARTICLES.append(A(20, "en", "article", "2026-05-26T12:00:00Z",
"Families stage sit-in in El Kef as two more suspects are detained",
"""
EL KEF, Tunisia, May 26 - Dozens of relatives of the guardsmen killed in last Thursday's suicide bombing in El Kef began a sit-in outside the governorate building on Monday, demanding compensation and an inquiry into how two bombers reached the National Guard headquarters unchallenged.

The twin bombing, claimed by the Islamic State, killed 13 people including the two attackers and wounded 34. Six of the dead were guardsmen, the youngest 22.

"We will stay here until the minister comes," said Nadia Jlassi, 49, whose son was on duty at the gate. The protesters, who have put up two tents, were joined on Tuesday morning by about 300 students.

On Sunday, police in Tajerouine fired tear gas to clear young men who had blocked the main road with burning tyres to protest against the arrest of a neighbour. Four officers were slightly hurt by stones, the interior ministry said.

Two more suspects, brothers aged 23 and 27, were detained in Sakiet Sidi Youssef on Monday, the ministry said, bringing the number held over the attack to 13. About 40 other people have been questioned since Thursday and released.

On Friday, thousands of people attended the funeral of four of the guardsmen at the main cemetery in El Kef. The governor promised that the families would receive 50,000 dinars each.

The National Guard district building, whose facade was destroyed, is expected to reopen in September.
"""))
GOLD += [
E(20, ["began a sit-in outside the governorate building"],
  "PP", "2026-05-25", "day", "El Kef", "TN", None, None, None, None, None, False,
  "'on Monday' vs Tuesday 26 May -> 25 May. A sit-in with demands -> Peaceful protest, dated at its start (ongoing sit-in rule; the students joining on Tuesday are the same sit-in). 'Dozens', 'two tents', 'about 300 students', '49' are not casualties. The sentence's subject ('Dozens of relatives of the guardsmen killed in last Thursday's suicide bombing') names the bombing, so the sit-in's trigger is its verb phrase."),
E(20, ["last Thursday's suicide bombing in El Kef", "The twin bombing, claimed by the Islamic State"],
  "SUI", "2026-05-21", "day", "El Kef", "TN", 13, 34, "exact", "Islamic State", "Islamic State", False,
  "'last Thursday's' vs Tuesday 26 May -> 21 May. '13 people including the two attackers' -> 13; 'wounded 34'. Claimed by the Islamic State. 'Six of the dead were guardsmen' is a subset, 'the youngest 22' an age."),
E(20, ["police in Tajerouine fired tear gas to clear young men who had blocked the main road with burning tyres"],
  "PI", "2026-05-24", "day", "Tajerouine", "TN", None, 4, "exact", None, None, False,
  "'On Sunday' vs Tuesday 26 May -> 24 May. A road blockade cleared with tear gas -> Protest with intervention (holdout10 rule), although stones were thrown (a reader could code a Violent demonstration). 'Four officers were slightly hurt' -> injured 4."),
E(20, ["Two more suspects, brothers aged 23 and 27, were detained in Sakiet Sidi Youssef"],
  "ARR", "2026-05-25", "day", "Sakiet Sidi Youssef", "TN", None, None, None, "police", None, False,
  "'on Monday' -> 25 May. 'the ministry said' (interior) -> police. '23 and 27' are ages; 'the number held over the attack to 13' is cumulative; 'About 40 other people have been questioned' are not arrests. The funeral on Friday is not a protest and is not coded; '50,000 dinars' is money."),
]

# -------------------------------------------------------------- holdout12-022
ARTICLES.append(A(22, "en", "article", "2026-06-07T21:00:00Z",
"Football: twin strike sinks Stade as Club Africain blow the title race open",
"""
It was a massacre in the second half. Club Africain, two goals down at the break, tore Stade Tunisien apart with four goals in 19 minutes on Sunday to win 4-2 and move to within one point of the top of the table with three games left.

The turnaround began with a twin strike: Youssef Mansouri, 21, scored in the 58th and 60th minutes, the second an explosive volley from 25 metres that left the goalkeeper shot to pieces. "We were killed by those two minutes," the Stade coach said afterwards. "After that, the whole defence blew up."

Mansouri's captain, the veteran Amine Trabelsi, 34, claimed responsibility for the comeback. "I told them at half-time: we attack, we attack, we attack. Suicide football, if you like, but it worked."

The visitors' fans, about 3,000 of them in a crowd of 38,000, set off flares and besieged the players' tunnel to celebrate, but stewards said there were no arrests and no injuries. One supporter fainted in the heat and was treated on the spot.

Stade, who had been bombarding the Club Africain goal in the first half with 11 shots, collapsed after the second goal. Their striker was executed by a two-footed tackle in the 77th minute and left on a stretcher, but the club said later that the knee was only bruised.

The title will be decided on June 21, when Club Africain host the leaders. Tickets, at 15 dinars, sold out in two hours.
"""))
