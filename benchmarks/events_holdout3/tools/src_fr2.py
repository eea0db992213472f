"""Authoring source of benchmarks/events_holdout3 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the French roundup (holdout3-020), the follow-up of the Nabatieh,
Lebanon strike (022), a business piece with no security event (023) and
Ituri, DR Congo (024). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout3")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout3-020
ARTICLES.append(A(20, "fr", "article", "2026-10-15T08:00:00Z",
"Le point sécurité du jeudi 15 octobre",
"""
Chaque matin, l'essentiel des violences signalées ces derniers jours dans les zones de conflit.

RDC - Mardi, des obus sont tombés sur le marché de Kiwanja, dans le territoire de Rutshuru (Nord-Kivu), tuant trois civils et en blessant une dizaine. L'armée congolaise et les rebelles du M23 s'accusent mutuellement.

MALI - Lundi, des assaillants ont attaqué le camp militaire de Sokolo, dans la région de Ségou. L'armée dit avoir « neutralisé une trentaine de terroristes » et déplore quatre morts dans ses rangs.

LIBAN - Mercredi, une frappe de drone israélienne a tué deux hommes à bord d'une voiture près de Baalbek, dans la plaine de la Bekaa, selon l'agence nationale d'information.

SYRIE - Dimanche, des affrontements entre les forces de sécurité et des hommes armés ont fait une quinzaine de morts à Jablé, sur la côte méditerranéenne. Lundi, le ministère de l'Intérieur a annoncé l'arrestation de 23 suspects dans la ville.

NIGERIA - Samedi, des bandits ont enlevé une trentaine de passagers d'un autocar sur la route de Maru, dans l'État de Zamfara. Le véhicule transportait 41 personnes ; onze ont réussi à s'enfuir.

MOZAMBIQUE - Vendredi, des insurgés ont décapité deux paysans dans leurs champs près de Chiúre, dans la province de Cabo Delgado. Plus de 600 familles ont fui vers Pemba depuis le début du mois.

À suivre demain : le procès de quatre anciens ministres à Kinshasa.
"""))
GOLD += [
E(20, ["des obus sont tombés sur le marché de Kiwanja"],
  "SHL", "2026-10-13", "day", "Kiwanja", "CD", 3, 10, "exact", None, None, False,
  "'Mardi' vs Thursday 15 Oct -> 13 Oct. 'trois civils' killed -> 3 exact; 'une dizaine' wounded -> 10 (the qualifier describes killed). Mutual accusation -> null."),
E(20, ["des assaillants ont attaqué le camp militaire de Sokolo"],
  "BAT", "2026-10-12", "day", "Sokolo", "ML", 34, None, "about", None, None, False,
  "'Lundi' -> 12 Oct. 'une trentaine de terroristes' + 'quatre morts dans ses rangs' -> 30 + 4 = 34; the sum takes the vague part's qualifier (about). Unnamed assailants -> null."),
E(20, ["une frappe de drone israélienne a tué deux hommes"],
  "AIR", "2026-10-14", "day", "Baalbek", "LB", 2, None, "exact", "Israeli military", None, False,
  "'Mercredi' -> 14 Oct. 'israélienne' -> 'Israeli military'."),
E(20, ["des affrontements entre les forces de sécurité et des hommes armés"],
  "BAT", "2026-10-11", "day", "Jableh", "SY", 15, None, "about", None, None, False,
  "'Dimanche' -> 11 Oct. 'une quinzaine de morts' -> 15, about. French 'Jablé' -> Jableh. No initiator stated -> null."),
E(20, ["l'arrestation de 23 suspects dans la ville"],
  "ARR", "2026-10-12", "day", "Jableh", "SY", None, None, None, "police", None, False,
  "Known only from the announcement 'Lundi' -> 12 Oct. Interior ministry -> 'police'. '23 suspects' are arrestees."),
E(20, ["des bandits ont enlevé une trentaine de passagers d'un autocar"],
  "ABD", "2026-10-10", "day", "Maru", "NG", None, None, None, None, None, False,
  "'Samedi' -> 10 Oct. 'sur la route de Maru' -> Maru. 'une trentaine' are abductees, '41 personnes' passengers, 'onze' escaped."),
E(20, ["des insurgés ont décapité deux paysans"],
  "ATK", "2026-10-09", "day", "Chiúre", "MZ", 2, None, "exact", None, None, False,
  "'Vendredi' -> 9 Oct. Unnamed 'insurgés' -> null. 'Plus de 600 familles' are displaced. The coming trial is a future event and not coded."),
]

# --------------------------------------------------------------- holdout3-022
ARTICLES.append(A(22, "fr", "article", "2026-04-09T16:00:00Z",
"Liban : le bilan de la frappe de Nabatieh monte à sept morts",
"""
BEYROUTH, 9 avril (Agence) - Le bilan de la frappe de drone israélienne qui a visé mardi une voiture dans une rue commerçante de Nabatieh, dans le sud du Liban, est passé à sept morts, a annoncé jeudi le ministère de la Santé. Deux blessés ont succombé dans la nuit et douze personnes restent hospitalisées.

L'armée israélienne affirme avoir tué un commandant du Hezbollah. Les cinq autres victimes identifiées sont des passants, dont un chauffeur de taxi de 62 ans et deux lycéennes de 17 ans.

Mercredi, des milliers de personnes ont suivi les funérailles de cinq des victimes dans les rues de Nabatieh, en scandant des slogans contre Israël.

Jeudi matin, une frappe de drone israélienne a tué un berger près de Kfar Kila, à moins d'un kilomètre de la frontière, selon l'Agence nationale d'information. Il gardait une quarantaine de chèvres.

Mercredi soir, l'artillerie israélienne a pilonné les abords de Houla pendant une heure, sans faire de victimes, selon le maire.

L'armée libanaise a par ailleurs annoncé avoir arrêté mercredi à Tyr deux hommes soupçonnés d'avoir tiré des roquettes vers Israël. Trois lance-roquettes ont été saisis.

Nabatieh, ville d'environ 80 000 habitants, se trouve à une dizaine de kilomètres de la frontière. L'an dernier, une frappe israélienne sur une moto avait tué deux hommes près de Khiam.
"""))
GOLD += [
E(22, ["la frappe de drone israélienne qui a visé mardi une voiture"],
  "AIR", "2026-04-07", "day", "Nabatieh", "LB", 7, 12, "exact", "Israeli military", None, False,
  "Follow-up of holdout3-004. 'mardi' vs Thursday 9 April -> 7 April. 'est passé à sept morts' -> 7 exact; 'douze personnes restent hospitalisées' -> injured 12 (no wounded total in this document). The Israeli army says it struck -> 'Israeli military'. '62 ans', '17 ans' are ages; 'cinq autres victimes' a subset."),
E(22, ["des milliers de personnes ont suivi les funérailles"],
  "PP", "2026-04-08", "day", "Nabatieh", "LB", None, None, None, None, None, False,
  "'Mercredi' -> 8 April. A funeral procession chanting slogans -> Peaceful protest (funeral-march convention of events_val and events_holdout). 'cinq des victimes' is a subset; 'des milliers' participants."),
E(22, ["une frappe de drone israélienne a tué un berger près de Kfar Kila"],
  "AIR", "2026-04-09", "day", "Kfar Kila", "LB", 1, None, "exact", "Israeli military", None, False,
  "'Jeudi matin' -> 9 April. 'une quarantaine de chèvres' are animals; 'moins d'un kilomètre' a distance."),
E(22, ["l'artillerie israélienne a pilonné les abords de Houla"],
  "SHL", "2026-04-08", "day", "Houla", "LB", 0, 0, "exact", "Israeli military", None, False,
  "'Mercredi soir' -> 8 April. 'sans faire de victimes' -> explicit 0/0. 'une heure' is a duration."),
E(22, ["L'armée libanaise a par ailleurs annoncé avoir arrêté mercredi à Tyr deux hommes"],
  "ARR", "2026-04-08", "day", "Tyre", "LB", None, None, None, "military", None, False,
  "'mercredi' -> 8 April. The country's own army -> 'military'. French 'Tyr' -> Tyre. The rocket fire they are suspected of is not reported as a specific event. 'Trois lance-roquettes' belong to the arrest."),
E(22, ["une frappe israélienne sur une moto avait tué deux hommes près de Khiam"],
  "AIR", "2025-01-01", "year", "Khiam", "LB", 2, None, "exact", "Israeli military", None, True,
  "'L'an dernier' -> 2025, year. '80 000 habitants' is a population and 'une dizaine de kilomètres' a distance."),
]

# --------------------------------------------------------------- holdout3-023
ARTICLES.append(A(23, "fr", "article", "2026-06-02T06:30:00Z",
"Aérien : la guerre des prix fait rage entre les compagnies ouest-africaines",
"""
C'est une véritable guerre des prix qui se joue dans le ciel ouest-africain. Depuis l'arrivée en mars d'une compagnie à bas coûts sur la ligne Dakar-Abidjan, les tarifs se sont effondrés de 42 %, et les compagnies historiques comptent leurs pertes.

« Ils ont lancé une attaque frontale sur nos meilleures lignes », reconnaît le directeur commercial d'un transporteur régional, qui a déjà supprimé 1 200 emplois. « C'est un carnage. Chaque semaine, nous perdons 3 % de parts de marché. »

Le nouvel arrivant, adossé à un fonds d'investissement qui a injecté 350 millions de dollars, assume une stratégie de la terre brûlée : des billets à 49 000 francs CFA, des avions remplis à 91 %, et une offensive publicitaire qui a bombardé les réseaux sociaux pendant tout le printemps.

Les analystes prévoient un massacre dans le secteur. « Deux ou trois compagnies vont être exécutées d'ici 2028 », estime une économiste de la Banque africaine de développement. Le raid boursier lancé en mai sur le capital d'un concurrent, racheté à 27 % en trois jours, a fait l'effet d'une bombe.

Les syndicats de pilotes dénoncent une « saignée » et menacent d'une grève le 15 juin. Les passagers, eux, se réjouissent : un aller-retour Dakar-Abidjan coûte désormais moins qu'un billet de car entre certaines capitales.

Mais la trêve n'est pas pour demain. Le patron de la compagnie à bas coûts promet « d'autres frappes » : quatre nouvelles lignes ouvriront en septembre, dont une vers Bamako et une autre vers Niamey.
"""))

# --------------------------------------------------------------- holdout3-024
ARTICLES.append(A(24, "fr", "article", "2026-06-25T10:00:00Z",
"RDC : au moins vingt-deux morts dans l'attaque d'un site de déplacés en Ituri",
"""
BUNIA, 25 juin (Agence) - Au moins vingt-deux personnes, dont huit enfants, ont été tuées dans la nuit de mardi à mercredi lors d'une attaque contre un site de déplacés près de Mongbwalu, dans la province de l'Ituri, dans le nord-est de la République démocratique du Congo, selon la société civile locale. Un premier bilan faisait état de quinze morts. Plus de trente blessés ont été évacués vers l'hôpital de Bunia.

Les assaillants, armés de machettes et de fusils, ont incendié une centaine d'abris. Le site, situé à 85 km au nord de Bunia, accueille près de 4 000 déplacés. Les autorités provinciales attribuent l'attaque à la milice CODECO, qui dément toute implication.

Mercredi, l'armée a lancé une opération contre des miliciens près de Nyankunde ; cinq miliciens et un militaire ont été tués, selon son porte-parole.

Mercredi après-midi, des jeunes en colère ont incendié le bureau de l'administrateur à Mongbwalu pour protester contre l'insécurité. Un policier a été blessé par une pierre.

Lundi, des rebelles des ADF ont enlevé une vingtaine de personnes près de Mambasa, selon l'armée.

Le site de déplacés avait déjà été attaqué en 2020 ; trente-sept personnes avaient été tuées.

La mission de l'ONU, dont environ 1 500 casques bleus sont déployés en Ituri, a condamné « une attaque abjecte ».
"""))
GOLD += [
E(24, ["lors d'une attaque contre un site de déplacés près de Mongbwalu", "l'attaque à la milice", "une attaque abjecte"],
  "ATK", "2026-06-23", "day", "Mongbwalu", "CD", 22, 30, "at_least", None, None, False,
  "'dans la nuit de mardi à mercredi' vs Thursday 25 June -> dated at its start, 23 June. 'Au moins vingt-deux' supersedes 'quinze' -> 22, at_least; 'Plus de trente blessés' -> 30 (the qualifier describes killed). The authorities blame CODECO, which denies -> null. 'huit enfants' is a subset; 'une centaine d'abris', '85 km', '4 000 déplacés', '1 500 casques bleus' are distractors."),
E(24, ["l'armée a lancé une opération contre des miliciens près de Nyankunde"],
  "BAT", "2026-06-24", "day", "Nyankunde", "CD", 6, None, "exact", "military", None, False,
  "'Mercredi' -> 24 June. Army operation -> initiator military. 'cinq miliciens et un militaire' -> 6."),
E(24, ["des jeunes en colère ont incendié le bureau de l'administrateur à Mongbwalu"],
  "RIOT", "2026-06-24", "day", "Mongbwalu", "CD", None, 1, "exact", None, None, False,
  "'Mercredi après-midi' -> 24 June. Arson by an angry crowd -> Violent demonstration. One policeman hurt -> injured 1."),
E(24, ["des rebelles des ADF ont enlevé une vingtaine de personnes près de Mambasa"],
  "ABD", "2026-06-22", "day", "Mambasa", "CD", None, None, None, "Allied Democratic Forces", None, False,
  "'Lundi' -> 22 June. The army's attribution stated as fact, no claim -> 'Allied Democratic Forces'. 'une vingtaine' are abductees."),
E(24, ["Le site de déplacés avait déjà été attaqué en 2020"],
  "ATK", "2020-01-01", "year", "Mongbwalu", "CD", 37, None, "exact", None, None, True,
  "'en 2020' -> year. The same site near Mongbwalu. 'trente-sept' -> 37."),
]
