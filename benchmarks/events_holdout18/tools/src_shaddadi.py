"""Authoring source of benchmarks/events_holdout18 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the al-Shaddadi, Syria cluster (holdout18-019 to 023, all French), two
suicide bombers on Tuesday 6 October 2026 at two sites of one town in
Hasakah province (the queue outside a bakery and a checkpoint of the
Asayish, the internal security forces, about 200 m apart, four minutes
apart): an agency flash with « porte la marque » (019), a daily's next-day
report with the revised toll, arrests and a march (020), the Islamic State
claim three days later naming the attack by its place and day (021), a
reportage a week on with a death in hospital, arrests and a grenade that
hurt nobody (022) and an analysis full of older attacks, with a raid that
turns into an exchange of fire (023). The French text spells the town
« al-Chaddadi », Hasakah « Hassaké », Amuda « Amouda »; the gold keeps the
English spellings. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout18")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout18-019
ARTICLES.append(A(19, "fr", "article", "2026-10-06T12:15:00Z",
"Syrie : double attentat-suicide à al-Chaddadi, au moins six morts",
"""
AL-CHADDADI (Syrie) - Deux kamikazes ont frappé mardi matin al-Chaddadi, une ville du nord-est de la Syrie, tuant au moins six personnes et en blessant des dizaines d'autres, selon les forces de sécurité intérieure kurdes, les Assayech.

Le premier assaillant s'est fait exploser vers 7 h 45 dans la file d'attente devant une boulangerie qui distribue du pain subventionné. Environ quatre minutes plus tard, le second a déclenché sa ceinture à un barrage des Assayech, à quelque 200 mètres, alors que des agents accouraient vers la boulangerie.

« Il y avait surtout des femmes et des enfants dans la file, comme chaque matin », a raconté par téléphone un habitant de 38 ans. Les blessés ont été évacués vers les hôpitaux de Hassaké, à une soixantaine de kilomètres au nord.

Aucune revendication n'avait été publiée à la mi-journée. Un responsable local a estimé que l'attaque « porte la marque » de l'organisation État islamique, dont des cellules restent actives dans le désert au sud de la ville.

Lundi soir, un berger de 15 ans a été tué par l'explosion d'une mine près de Markada, plus au sud, selon une source médicale. Son troupeau avait quitté la piste habituelle.

Al-Chaddadi, qui compte environ 35 000 habitants, avait été reprise à l'EI en 2016. Les autorités locales ont décrété un couvre-feu de 18 heures à 6 heures et fermé les routes d'accès à la ville jusqu'à nouvel ordre.
"""))
GOLD += [
E(19, ["Deux kamikazes ont frappé mardi matin al-Chaddadi"],
  "SUI", "2026-10-06", "day", "al-Shaddadi", "SY", 6, 12, "at_least", None, None, False,
  "'mardi matin' = publication day, Tuesday 6 October. Two bombers at two sites of one town (the bakery queue and an Asayish checkpoint, about 200 m apart), four minutes apart -> ONE Suicide bomb event (events_holdout10 Koupela convention). 'au moins six personnes ... des dizaines d'autres' -> 6 killed (at_least), 'des dizaines' -> 12 injured (dev table); the qualifier describes killed. « porte la marque » de l'EI is speculation -> null. '7 h 45', 'quatre minutes', '200 mètres', '38 ans', 'une soixantaine de kilomètres', '35 000 habitants', '2016', '18 heures à 6 heures' are not casualties. Location: the English spelling al-Shaddadi (French al-Chaddadi)."),
E(19, ["un berger de 15 ans a été tué par l'explosion d'une mine près de Markada"],
  "IED", "2026-10-05", "day", "Markada", "SY", 1, None, "exact", None, None, False,
  "'Lundi soir' vs Tuesday 6 October -> 5 October. A landmine -> Remote explosive/landmine/IED, no actor -> null. One shepherd killed -> 1; '15 ans' is his age, not 15 killed."),
]

# -------------------------------------------------------------- holdout18-020
ARTICLES.append(A(20, "fr", "article", "2026-10-07T16:00:00Z",
"Al-Chaddadi : le bilan passe à seize morts, marche silencieuse après les funérailles",
"""
Le bilan du double attentat-suicide de mardi à al-Chaddadi, dans la province de Hassaké, s'est alourdi, a indiqué mercredi l'administration locale.

Mardi à la mi-journée, on parlait de six morts. Dans la soirée, onze corps avaient été identifiés, puis trois blessés ont succombé dans la nuit à l'hôpital national de Hassaké. Mercredi, le bilan officiel s'établissait à quatorze morts, sans compter les deux kamikazes, dont deux enfants. Parmi les victimes figurent trois membres des Assayech et onze civils. Trente-huit personnes ont été blessées.

Mardi soir, les Assayech ont interpellé cinq suspects à al-Arisha, une localité située à une trentaine de kilomètres au sud, au bord du lac de retenue. Un pick-up et deux gilets tactiques vides ont été saisis. Une trentaine d'habitants d'al-Chaddadi ont par ailleurs été entendus puis relâchés.

Mercredi, après les funérailles des victimes, quelques centaines d'habitants ont marché en silence jusqu'au siège du conseil local pour réclamer davantage de barrages et l'éclairage des rues du marché. La marche s'est déroulée dans le calme, et une délégation de dix notables a été reçue par le coprésident du conseil.

« Nous avons enterré nos enfants ce matin. Nous voulons seulement que cela ne recommence pas », a déclaré Hamad al-Jabouri, un commerçant de 55 ans.

Aucun groupe n'a revendiqué l'attentat. La boulangerie, dont la façade a été soufflée, devrait rouvrir dans deux semaines grâce à un don de 20 000 dollars d'une organisation humanitaire.
"""))
GOLD += [
E(20, ["Le bilan du double attentat-suicide de mardi à al-Chaddadi"],
  "SUI", "2026-10-06", "day", "al-Shaddadi", "SY", 16, 38, "exact", None, None, False,
  "'de mardi' vs Wednesday 7 October -> 6 October. Revised toll inside the report: 'six morts' -> 'onze corps' -> 'trois blessés ont succombé' -> 'quatorze morts, sans compter les deux kamikazes' -> 14 + 2 = 16 (bombers added, 'sans compter' like events_holdout14/15/17), exact; 'dont deux enfants' is a subset; 'trois membres des Assayech et onze civils' split the 14. 'Trente-huit personnes ont été blessées' -> 38. No claim -> null ('l'attentat' in 'Aucun groupe n'a revendiqué l'attentat' names it again; not a trigger). '55 ans', 'deux semaines', '20 000 dollars' are not casualties."),
E(20, ["les Assayech ont interpellé cinq suspects à al-Arisha"],
  "ARR", "2026-10-06", "day", "al-Arisha", "SY", None, None, None, "police", None, False,
  "'Mardi soir' vs Wednesday 7 October -> 6 October. The Asayish (internal security forces of the local administration) -> 'police' (dev convention: police, gendarmerie and security services). The pick-up and 'deux gilets tactiques' belong to the arrest; 'une trentaine de kilomètres' is a distance. 'Une trentaine d'habitants ... entendus puis relâchés' are not arrests."),
E(20, ["quelques centaines d'habitants ont marché en silence jusqu'au siège du conseil local"],
  "PP", "2026-10-07", "day", "al-Shaddadi", "SY", None, None, None, None, None, False,
  "'Mercredi' = publication day. A march with a demand that 's'est déroulée dans le calme' -> Peaceful protest; the funerals before it are not coded. 'quelques centaines', 'dix notables' are participants."),
]

# -------------------------------------------------------------- holdout18-021
ARTICLES.append(A(21, "fr", "article", "2026-10-09T09:00:00Z",
"L'État islamique revendique l'attentat d'al-Chaddadi",
"""
L'attentat de mardi à al-Chaddadi a été revendiqué par l'organisation État islamique (EI), dans un communiqué diffusé jeudi soir par son agence de propagande Amaq.

Le texte affirme que deux « soldats du califat » ont visé « un rassemblement d'apostats et de miliciens », et évoque plus de quarante morts. Selon l'administration locale, le bilan est de dix-sept morts, kamikazes compris, après le décès jeudi d'une femme grièvement brûlée.

Un porte-parole des Assayech a rejeté le chiffre avancé par l'EI, qu'il a qualifié de « mensonge destiné à semer la peur », mais a jugé la revendication « crédible ». Selon lui, les deux kamikazes, âgés d'une vingtaine d'années, venaient de la région de Deir ez-Zor.

Un chauffeur de camion-citerne soupçonné de les avoir conduits jusqu'à la ville a été interpellé mercredi à Tell Tamer, a-t-il ajouté. Le véhicule, qui transportait 30 000 litres de gazole, a été saisi.

L'EI avait déjà revendiqué en 2019 un attentat à la voiture piégée à Derbasiyah, près de la frontière turque, qui avait tué cinq personnes devant un bureau de l'administration locale.

Depuis la chute de son dernier bastion en 2019, l'organisation n'a plus de territoire en Syrie, mais ses cellules mènent encore des embuscades et des assassinats dans la vallée de l'Euphrate et le désert de la province de Hassaké. Ses combattants détenus dans la région se comptent en milliers.

Jeudi, la boulangerie visée a distribué du pain gratuitement devant ses ruines, en hommage aux victimes.
"""))
GOLD += [
E(21, ["L'attentat de mardi à al-Chaddadi"],
  "SUI", "2026-10-06", "day", "al-Shaddadi", "SY", 17, None, "exact", "Islamic State", "Islamic State", False,
  "The claim named by place and day: 'L'attentat de mardi à al-Chaddadi' vs Friday 9 October -> 6 October. 'a été revendiqué par l'organisation État islamique' -> claimant and perpetrator 'Islamic State'. The Asayish reject the claimant's figure ('plus de quarante morts', not used) but find the claim « crédible ». 'dix-sept morts, kamikazes compris' -> 17 (inside), exact, after a woman died on Thursday. 'âgés d'une vingtaine d'années' are ages, not 20 casualties."),
E(21, ["Un chauffeur de camion-citerne soupçonné de les avoir conduits jusqu'à la ville a été interpellé mercredi à Tell Tamer"],
  "ARR", "2026-10-07", "day", "Tell Tamer", "SY", None, None, None, "police", None, False,
  "'mercredi' vs Friday 9 October -> 7 October. Announced by the Asayish spokesman -> 'police'. A suspected facilitator. '30 000 litres de gazole' belong to the arrest."),
E(21, ["un attentat à la voiture piégée à Derbasiyah"],
  "IED", "2019-01-01", "year", "Derbasiyah", "SY", 5, None, "exact", "Islamic State", "Islamic State", True,
  "'en 2019' -> year, background. A car bomb with no suicide named -> Remote explosive/landmine/IED (events_holdout17 Kuta). 'L'EI avait déjà revendiqué' -> claimant and perpetrator. 'tué cinq personnes' -> 5. 'la chute de son dernier bastion en 2019' is not coded (no place or act); 'en milliers' are detainees."),
]

# -------------------------------------------------------------- holdout18-022
ARTICLES.append(A(22, "fr", "article", "2026-10-12T10:00:00Z",
"Une semaine après l'attentat, al-Chaddadi entre deuil et peur",
"""
Reportage. Une semaine après le double attentat-suicide du mardi 6 octobre, les rues d'al-Chaddadi restent à moitié vides. Le bilan est passé samedi à dix-huit morts, kamikazes inclus, avec le décès d'un garçon de 9 ans à l'hôpital de Hassaké. Une vingtaine de blessés sont toujours hospitalisés.

Devant la boulangerie, dont la façade noircie est couverte de photos des victimes, Mariam, 34 ans, vend des galettes sur une table pliante. « Mon mari était dans la file. Il a survécu, mais il a perdu un œil. Moi, je ne peux pas rester à la maison à attendre », dit-elle.

L'enquête, elle, progresse. Samedi, les Assayech ont interpellé sept hommes à al-Hol, à une centaine de kilomètres au nord-est, soupçonnés d'avoir fourni des téléphones et de l'argent au réseau des kamikazes. Une quarantaine d'autres personnes ont été interrogées et relâchées dans la journée.

La peur, elle, ne faiblit pas. Samedi soir, des inconnus ont lancé une grenade contre la maison d'un membre du conseil local, dans le quartier est de la ville, sans faire de victimes. Les murs de la cour ont été criblés d'éclats.

Les écoles ont rouvert dimanche, avec deux agents armés devant chaque portail. Le couvre-feu a été réduit : il commence désormais à 21 heures. Au marché, les commerçants disent avoir perdu la moitié de leurs clients.

« Ici, tout le monde connaît quelqu'un qui est mort mardi dernier », résume un pharmacien de 61 ans. Sur la place, une banderole réclame « la vérité et la sécurité ».
"""))
GOLD += [
E(22, ["double attentat-suicide du mardi 6 octobre"],
  "SUI", "2026-10-06", "day", "al-Shaddadi", "SY", 18, None, "exact", None, None, False,
  "'du mardi 6 octobre' absolute (2026). 'dix-huit morts, kamikazes inclus' -> 18 (inside), exact, after a boy 'de 9 ans' died on Saturday. 'Une vingtaine de blessés sont toujours hospitalisés' is a subset, not the wounded total -> null (events_holdout17 009). No claim named -> null. '34 ans', '61 ans', '9 ans' are ages."),
E(22, ["les Assayech ont interpellé sept hommes à al-Hol"],
  "ARR", "2026-10-10", "day", "al-Hol", "SY", None, None, None, "police", None, False,
  "'Samedi' vs Monday 12 October -> 10 October. Asayish -> 'police'. 'une centaine de kilomètres' is a distance; 'Une quarantaine d'autres personnes ont été interrogées et relâchées' are not arrests. The town of al-Hol, not the camp."),
E(22, ["des inconnus ont lancé une grenade contre la maison d'un membre du conseil local"],
  "GRN", "2026-10-10", "day", "al-Shaddadi", "SY", 0, 0, "exact", None, None, False,
  "'Samedi soir' vs Monday 12 October -> 10 October. A thrown grenade -> Grenade; 'des inconnus' -> null. 'sans faire de victimes' says explicitly that nobody was hurt -> 0 killed, 0 injured, exact (dev: 0 only when the text says so). A district of the town -> the town. 'deux agents', '21 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout18-023
ARTICLES.append(A(23, "fr", "article", "2026-10-16T07:00:00Z",
"Analyse : à al-Chaddadi, l'EI rappelle qu'il n'a jamais quitté le désert",
"""
Le 6 octobre, deux kamikazes se sont fait exploser à al-Chaddadi, l'un dans la file d'une boulangerie, l'autre à un barrage voisin. Dix-huit morts, dont les deux assaillants, et une quarantaine de blessés. L'organisation État islamique a revendiqué l'attaque deux jours plus tard.

L'enquête a déjà coûté du sang. Dimanche, les Assayech ont donné l'assaut à une maison de Tell Brak où se cachaient, selon eux, deux membres du réseau. Après un long échange de tirs, les deux hommes ont été tués et un agent a été blessé.

Pour les habitants de la province de Hassaké, la violence n'avait jamais vraiment cessé. Il y a six ans, des combattants de l'EI ont attaqué un barrage à l'entrée de Rmelan, tuant quatre membres des forces de sécurité. En mars 2021, des hommes armés ont enlevé trois employés d'une ONG locale près de Tell Hamis ; ils n'ont été relâchés que deux mois plus tard, contre rançon. L'an dernier, un drone non identifié a frappé une voiture près d'Amouda, tuant deux hommes ; personne n'a revendiqué la frappe.

Ce qui change, c'est la méthode. L'attentat-suicide double, où le second kamikaze vise les secours, était la marque de l'EI en Irak il y a dix ans. Son retour dans le nord-est syrien suggère que des cadres expérimentés ont rejoint les cellules locales, peut-être depuis les camps où sont détenus des milliers de proches de combattants.

La réponse ne peut pas être seulement sécuritaire. Dans une région où le chômage des jeunes dépasse 40 %, où l'électricité ne dure que six heures par jour et où l'eau de l'Euphrate baisse chaque été, l'EI n'a pas besoin de beaucoup d'arguments. Il lui suffit de quelques centaines de dollars par recrue et de la certitude que l'État, quel qu'il soit, ne viendra pas.
"""))
GOLD += [
E(23, ["deux kamikazes se sont fait exploser à al-Chaddadi", "L'organisation État islamique a revendiqué l'attaque"],
  "SUI", "2026-10-06", "day", "al-Shaddadi", "SY", 18, 40, "exact", "Islamic State", "Islamic State", False,
  "'Le 6 octobre' absolute (2026), 10 days before -> current. The bakery queue and the nearby checkpoint -> one event. 'Dix-huit morts, dont les deux assaillants' -> 18 (inside), exact; 'une quarantaine de blessés' -> 40 (dev table; the qualifier describes the exact killed figure). 'a revendiqué l'attaque' -> claimant and perpetrator."),
E(23, ["les Assayech ont donné l'assaut à une maison de Tell Brak", "un long échange de tirs"],
  "BAT", "2026-10-11", "day", "Tell Brak", "SY", 2, 1, "exact", "police", None, False,
  "'Dimanche' vs Friday 16 October -> 11 October. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force, Asayish -> 'police'. 'les deux hommes ont été tués et un agent a été blessé' -> 2 killed, 1 injured."),
E(23, ["des combattants de l'EI ont attaqué un barrage à l'entrée de Rmelan"],
  "BAT", "2020-01-01", "year", "Rmelan", "SY", 4, None, "exact", "Islamic State", None, True,
  "'Il y a six ans' vs 2026 -> 2020, year, background. Named IS fighters attacking a security checkpoint -> Armed clash initiated by 'Islamic State' (stated as fact, no claim). 'tuant quatre membres des forces de sécurité' -> 4."),
E(23, ["des hommes armés ont enlevé trois employés d'une ONG locale près de Tell Hamis"],
  "ABD", "2021-03-01", "month", "Tell Hamis", "SY", None, None, None, None, None, True,
  "'En mars 2021' -> month, background. Unnamed 'hommes armés' -> null. 'trois employés' are abductees; 'deux mois' is a span."),
E(23, ["un drone non identifié a frappé une voiture près d'Amouda"],
  "AIR", "2025-01-01", "year", "Amuda", "SY", 2, None, "exact", None, None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. 'non identifié', 'personne n'a revendiqué' -> null. 'tuant deux hommes' -> 2. Gold spelling Amuda (French Amouda). 'il y a dix ans' names no event; '40 %', 'six heures', 'des milliers', 'quelques centaines de dollars' are not casualties."),
]
