"""Authoring source of benchmarks/events_holdout2 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

The N'Guigmi, Niger chain continued (holdout2-027 radio bulletin, 028
follow-up), a tribune on the Sahel (029), a book review with no security
event (030), an anniversary commemoration (031) and a brief on the Mardan,
Pakistan chain (032). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout2")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout2-027
ARTICLES.append(A(27, "fr", "transcript", "2026-07-13T18:00:00Z",
"Le journal de 19 heures : N'Guigmi, lac Tchad, prix du mil",
"""
PRÉSENTATEUR : Bonsoir, il est 19 heures à Niamey. Nous ouvrons ce journal avec le Niger et le double attentat-suicide d'hier au marché à bétail de N'Guigmi, dont le bilan ne cesse de s'alourdir. Notre correspondant à Diffa, Moussa Kiari, est avec nous. Moussa, où en est-on ce soir ?

MOUSSA KIARI : Bonsoir. Alors, ce matin, les autorités régionales parlaient de quatorze morts. Mais, euh, il y a une heure, le directeur de l'hôpital de N'Guigmi m'a donné un nouveau chiffre : dix-sept morts. Et une quarantaine de blessés, dont certains ont été évacués vers Diffa par la route, soit plus de 130 kilomètres.

PRÉSENTATEUR : Toujours pas de revendication ?

MOUSSA KIARI : Non, pas encore. Euh, les gens ici pensent à l'EIAO, mais officiellement, l'enquête commence à peine.

PRÉSENTATEUR : Merci Moussa. Toujours autour du lac Tchad, au Tchad voisin cette fois : des hommes armés ont enlevé six pêcheurs hier près de Daboua, dans la province du Lac, selon un chef de canton. Aucune revendication là non plus.

Au Nigeria, l'armée de l'air affirme avoir frappé ce matin un camp de l'EIAO sur l'île de Kangarwa, au bord du lac, sans donner de bilan. Des pêcheurs de la zone parlent d'entre 10 et 15 morts.

Côté économie, le prix du sac de mil de 100 kilos a atteint 32 000 francs CFA sur le marché de Zinder, une hausse de près de 20 % en un mois. Les commerçants accusent la fermeture des frontières.

Et en sport, le Sahel SC a battu l'AS FAN deux buts à un hier soir à Niamey. Un match électrique, avec deux expulsions.

C'était le journal de 19 heures. Bonne soirée.
"""))
GOLD += [
E(27, ["le double attentat-suicide d'hier au marché à bétail de N'Guigmi"],
  "SUI", "2026-07-12", "day", "N'Guigmi", "NE", 17, 40, "exact", None, None, False,
  "Evening radio bulletin. 'd'hier' vs Monday 13 July -> 12 July. The toll rises within the text: quatorze -> 'dix-sept morts' (final, exact); 'une quarantaine de blessés' -> 40 (about), the qualifier describes killed. 'les gens ici pensent à l'EIAO' is speculation -> null. '130 kilomètres' is a distance."),
E(27, ["des hommes armés ont enlevé six pêcheurs hier près de Daboua"],
  "ABD", "2026-07-12", "day", "Daboua", "TD", None, None, None, None, None, False,
  "'hier' -> 12 July. Unnamed armed men -> null. Six abductees are not casualties."),
E(27, ["l'armée de l'air affirme avoir frappé ce matin un camp de l'EIAO sur l'île de Kangarwa"],
  "AIR", "2026-07-13", "day", "Kangarwa", "NG", 10, None, "at_least", "military", None, False,
  "'ce matin' -> 13 July. The Nigerian air force in Nigeria -> military. The air force gives no toll; fishermen's 'entre 10 et 15 morts' is the only figure -> a range gives the lower bound, 10, at_least. '32 000 francs CFA', '20 %', the football score are distractors."),
]

# --------------------------------------------------------------- holdout2-028
ARTICLES.append(A(28, "fr", "article", "2026-07-18T09:00:00Z",
"Attentat de N'Guigmi : trois suspects arrêtés à Zinder, le bilan atteint 20 morts",
"""
NIAMEY, 18 juillet (Dépêche) - La police judiciaire a arrêté jeudi à Zinder trois hommes soupçonnés d'avoir organisé le transport des deux kamikazes qui se sont fait exploser dimanche au marché à bétail de N'Guigmi, a-t-on appris vendredi de source sécuritaire. Le bilan de l'attentat est passé à 20 morts.

L'attentat a été revendiqué lundi par l'État islamique en Afrique de l'Ouest (EIAO, ou ISWAP), tandis que la faction rivale de Boko Haram dite JAS a démenti toute implication. Près d'une centaine de personnes ont été entendues depuis dimanche, et trois véhicules ont été saisis.

Jeudi soir, une grenade a été lancée contre un poste de police à Goudoumaria, à l'ouest de Diffa. Personne n'a été tué, mais un policier a été légèrement blessé, selon la même source.

Les suspects arrêtés à Zinder, âgés de 27 à 45 ans, seraient des transporteurs qui font régulièrement la route entre le Nigeria et le lac Tchad. L'un d'eux était déjà connu des services de renseignement.

Les routes de la région restent dangereuses. Il y a deux ans, des combattants de l'EIAO avaient enlevé onze passagers d'un bus entre N'Guigmi et Diffa ; seuls quatre ont été libérés depuis.

À N'Guigmi, le marché à bétail reste fermé. Les éleveurs, qui ont perdu plus de 200 têtes dans l'explosion selon leur association, demandent une indemnisation. Le gouvernement a promis 300 000 francs CFA à chaque famille endeuillée.
"""))
GOLD += [
E(28, ["deux kamikazes qui se sont fait exploser dimanche", "Le bilan de l'attentat", "L'attentat a été revendiqué", "l'explosion"],
  "SUI", "2026-07-12", "day", "N'Guigmi", "NE", 20, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'dimanche' vs Saturday 18 July -> 12 July. Toll 20. EIAO / ISWAP claim; JAS denial is a rival's -> ISWAP. 'Près d'une centaine de personnes ont été entendues' (questioned), 'trois véhicules', 'âgés de 27 à 45 ans', 'plus de 200 têtes' (cattle), '300 000 francs CFA' are distractors."),
E(28, ["La police judiciaire a arrêté jeudi à Zinder trois hommes"],
  "ARR", "2026-07-16", "day", "Zinder", "NE", None, None, None, "police", None, False,
  "'jeudi' -> 16 July. Police judiciaire -> police."),
E(28, ["une grenade a été lancée contre un poste de police à Goudoumaria"],
  "GRN", "2026-07-16", "day", "Goudoumaria", "NE", 0, 1, "exact", None, None, False,
  "'Jeudi soir' -> 16 July. 'Personne n'a été tué' -> explicit killed 0; one policeman lightly wounded -> injured 1. No actor named."),
E(28, ["des combattants de l'EIAO avaient enlevé onze passagers d'un bus"],
  "ABD", "2024-01-01", "year", "N'Guigmi", "NE", None, None, None, "Islamic State West Africa Province", None, True,
  "'Il y a deux ans' -> 2024, year. Road between N'Guigmi and Diffa -> the first-named place. Stated as fact -> ISWAP. Eleven abductees and four freed are not casualties."),
]

# --------------------------------------------------------------- holdout2-029
ARTICLES.append(A(29, "fr", "article", "2026-07-30T07:00:00Z",
"Tribune : le Sahel ne se sauvera pas par les seules armes",
"""
Le 20 juin, deux kamikazes à moto se sont fait exploser devant le camp militaire de Ouahigouya. Vingt-quatre morts, dont une majorité de civils, des vendeuses de beignets, des enfants. L'attentat a été revendiqué par le JNIM. Trois semaines plus tard, le 12 juillet, le même mode opératoire frappait le marché de N'Guigmi, au Niger.

Les gouvernements de la région répondent par la force. C'est compréhensible, mais c'est insuffisant. Dans la nuit du 02/11/2025, des jihadistes ont attaqué le détachement de Gorgadji et tué près de 40 soldats ; l'armée a répliqué par des frappes pendant des semaines, et les recrutements des groupes armés n'ont pas faibli.

L'an dernier, une frappe de drone de l'armée nigérienne a tué une vingtaine de civils réunis pour un mariage près de Makalondi. Les autorités ont parlé de « terroristes ». Les familles, elles, n'ont jamais été entendues. Chaque bavure de ce type fournit des recrues aux groupes jihadistes.

Il y a deux ans, les habitants de Dédougou étaient descendus dans la rue pour réclamer la protection de leurs champs. La police les avait dispersés à coups de gaz lacrymogène. Ils demandaient simplement à pouvoir cultiver.

Des milliers de villages se sont vidés depuis 2015. Plus de deux millions de Burkinabè ont fui leur foyer. Aucune armée, si courageuse soit-elle, ne peut tenir seule un territoire que l'État a abandonné.

Il faut des écoles, des juges, des routes. Il faut aussi parler, ce que les gouvernements refusent au nom de la fermeté. Tant qu'ils s'y refuseront, les kamikazes continueront de frapper deux fois.

L'auteur est chercheur, spécialiste des conflits au Sahel, et a vécu quinze ans à Ouagadougou.
"""))
GOLD += [
E(29, ["deux kamikazes à moto se sont fait exploser devant le camp militaire de Ouahigouya", "L'attentat a été revendiqué par le JNIM"],
  "SUI", "2026-06-20", "day", "Ouahigouya", "BF", 24, None, "exact", "JNIM", "JNIM", True,
  "Tribune. 'Le 20 juin' -> 2026-06-20; 40 days before publication -> background. 'Vingt-quatre morts' (number word). Claimed by JNIM."),
E(29, ["le même mode opératoire frappait le marché de N'Guigmi"],
  "SUI", "2026-07-12", "day", "N'Guigmi", "NE", None, None, None, None, None, False,
  "'le 12 juillet' -> 2026-07-12; 18 days before publication -> not background under the 30-day rule, although the tribune mentions it as context. No toll, no claim here."),
E(29, ["des jihadistes ont attaqué le détachement de Gorgadji"],
  "BAT", "2025-11-02", "day", "Gorgadji", "BF", 40, None, "about", None, None, True,
  "'Dans la nuit du 02/11/2025' -> day/month/year in French -> 2025-11-02 (the night is dated by its start). Unnamed 'jihadistes' -> null. 'près de 40 soldats' -> 40, about. The weeks of army strikes that followed are a generic reference, not coded."),
E(29, ["une frappe de drone de l'armée nigérienne a tué une vingtaine de civils"],
  "AIR", "2025-01-01", "year", "Makalondi", "NE", 20, None, "about", "military", None, True,
  "'L'an dernier' -> 2025, year. The Nigerien army in Niger -> military. 'une vingtaine' -> 20, about."),
E(29, ["les habitants de Dédougou étaient descendus dans la rue", "La police les avait dispersés"],
  "PI", "2024-01-01", "year", "Dédougou", "BF", None, None, None, None, None, True,
  "'Il y a deux ans' -> 2024, year. Dispersed with tear gas -> Protest with intervention. 'Des milliers de villages', 'deux millions', 'quinze ans' are distractors."),
]

# --------------------------------------------------------------- holdout2-030
ARTICLES.append(A(30, "fr", "article", "2026-09-10T08:00:00Z",
"« Le Second Kamikaze » : un premier roman explosif sur le Sahel",
"""
Il faut un certain courage pour ouvrir un premier roman par un attentat. Awa Traoré, 31 ans, le fait sans trembler : dès la première page du « Second Kamikaze », deux jeunes filles entrent dans le marché d'une ville sahélienne imaginaire, Kaldou, et se font exploser à quelques minutes d'intervalle. Vingt-trois morts, écrit-elle, et l'on ne saura jamais leurs noms.

Le roman suit ensuite Mariam, la sœur cadette de l'une des deux kamikazes, enlevée à 12 ans par un groupe armé qui n'est jamais nommé. Le récit alterne entre le camp où elle grandit et la ville où un gendarme enquête sur l'attentat. La construction est habile, même si la seconde partie, trop longue, tue un peu le suspense.

Certaines pages sont d'une violence rare : une embuscade contre un convoi, l'exécution d'un chef de village, un bombardement qui rase un hameau. L'autrice, qui a longtemps travaillé pour une ONG à Dori, sait de quoi elle parle, et cela se sent. Mais jamais le livre ne se complaît dans l'horreur.

L'éditeur, qui a tiré le roman à 8 000 exemplaires, mise sur un succès : le manuscrit a déjà été vendu dans six pays, et une adaptation au cinéma est en discussion. Un critique de Ouagadougou a parlé d'une « bombe littéraire » ; il n'a pas tort.

« Le Second Kamikaze », 312 pages, 21 euros. En librairie depuis le 2 septembre. L'autrice sera à la Foire du livre de Niamey du 14 au 18 octobre.
"""))

# --------------------------------------------------------------- holdout2-031
ARTICLES.append(A(31, "fr", "article", "2026-10-21T10:00:00Z",
"Un an après l'attentat de Ngouri, la ville se recueille",
"""
NGOURI (Tchad), 21 octobre - Un an jour pour jour après le double attentat-suicide qui avait endeuillé Ngouri, plusieurs centaines d'habitants se sont recueillis mercredi matin devant le monument élevé sur la place du marché, en présence du gouverneur de la province du Lac et de représentants de l'armée.

Le 21 octobre 2025, deux kamikazes s'étaient fait exploser au milieu des acheteurs un jour de marché, tuant 27 personnes et en blessant plus de 60. L'attentat avait été revendiqué par Boko Haram deux jours plus tard.

La cérémonie, ouverte par une minute de silence, s'est poursuivie par des prières musulmanes et chrétiennes. Les noms des victimes ont été lus un par un. Des gerbes ont été déposées au pied du monument, une stèle de trois mètres portant 27 noms.

Cinq hommes soupçonnés d'avoir aidé les kamikazes avaient été arrêtés par la police en novembre 2025 à Mao, le chef-lieu du Kanem voisin. Leur procès doit s'ouvrir en janvier devant la cour criminelle de N'Djamena. Les familles, regroupées en association, se porteront parties civiles.

« Mon fils avait 17 ans. Il vendait de l'eau au marché », confie Hawa Abakar, 52 ans. Comme d'autres familles, elle a reçu une aide de 500 000 francs CFA, qu'elle juge insuffisante.

Le marché, qui avait fermé pendant trois mois, a retrouvé son activité. Les fouilles à l'entrée sont désormais systématiques, et une trentaine de gardes surveillent les accès chaque jour de marché.
"""))
GOLD += [
E(31, ["double attentat-suicide qui avait endeuillé Ngouri", "deux kamikazes s'étaient fait exploser", "L'attentat avait été revendiqué"],
  "SUI", "2025-10-21", "day", "Ngouri", "TD", 27, 60, "exact", "Boko Haram", "Boko Haram", True,
  "Anniversary piece. 'Le 21 octobre 2025' absolute; one year before publication -> background. 27 killed, 'plus de 60' wounded -> 60; the qualifier describes killed. Claimed by Boko Haram. The commemoration ceremony itself (minute of silence, prayers, wreaths, no march, no demand) is not a protest and is not coded. '27 noms', 'trois mètres', '17 ans', '52 ans', '500 000 francs CFA', 'une trentaine de gardes' are distractors."),
E(31, ["Cinq hommes soupçonnés d'avoir aidé les kamikazes avaient été arrêtés par la police"],
  "ARR", "2025-11-01", "month", "Mao", "TD", None, None, None, "police", None, True,
  "'en novembre 2025' -> month. Background arrests -> police. The trial due in January is a future event and a trial is not an event anyway."),
]

# --------------------------------------------------------------- holdout2-032
ARTICLES.append(A(32, "fr", "article", "2026-08-13T10:00:00Z",
"Pakistan : quatre nouvelles arrestations après l'attentat de Mardan",
"""
ISLAMABAD, 13 août (Dépêche) - Le département antiterroriste de la province de Khyber Pakhtunkhwa a arrêté mercredi quatre nouveaux suspects à Swabi, dans l'enquête sur le double attentat-suicide du 7 août contre le complexe judiciaire de Mardan, dont le bilan s'élève désormais à 15 morts.

L'attentat a été revendiqué par le Jamaat-ul-Ahrar, une faction dissidente des talibans pakistanais. Le Tehrik-e-Taliban Pakistan (TTP) a démenti toute implication, affirmant ne pas viser « les lieux publics ».

Selon la police, les quatre hommes, âgés de 22 à 36 ans, ont fourni un véhicule et des téléphones aux deux kamikazes. Cela porte à sept le nombre de personnes arrêtées dans cette affaire. Une récompense de 5 millions de roupies a été promise pour toute information.

Lundi, plus de dix policiers ont été blessés à Nowshera par des manifestants qui ont incendié des pneus et lancé des pierres pour réclamer la libération d'un religieux. La province a connu une série d'attaques ces derniers mois. Le 28 avril, un drone non identifié avait tué quatre personnes dans une maison de Spinwam, au Waziristan du Nord. Personne n'a revendiqué cette frappe.

Le complexe judiciaire de Mardan a rouvert lundi, sous la protection de 200 policiers.
"""))
GOLD += [
E(32, ["le double attentat-suicide du 7 août contre le complexe judiciaire de Mardan", "L'attentat a été revendiqué"],
  "SUI", "2026-08-07", "day", "Mardan", "PK", 15, None, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", False,
  "'du 7 août' absolute. Toll 15. Jamaat-ul-Ahrar claim; the TTP's denial is a rival's -> Jamaat-ul-Ahrar. 'âgés de 22 à 36 ans', 'sept' (arrestee count), '5 millions de roupies', '200 policiers' are distractors."),
E(32, ["a arrêté mercredi quatre nouveaux suspects à Swabi"],
  "ARR", "2026-08-12", "day", "Swabi", "PK", None, None, None, "police", None, False,
  "'mercredi' vs Thursday 13 August -> 12 August. CTD -> police."),
E(32, ["plus de dix policiers ont été blessés à Nowshera par des manifestants"],
  "RIOT", "2026-08-10", "day", "Nowshera", "PK", None, 10, "more_than", None, None, False,
  "'Lundi' vs Thursday 13 August -> 10 August. Demonstrators burning tyres and throwing stones -> Riots / Violent demonstration. 'plus de dix' -> 10, more_than, on injured (killed null). Perpetrator null for riots."),
E(32, ["un drone non identifié avait tué quatre personnes dans une maison de Spinwam", "cette frappe"],
  "AIR", "2026-04-28", "day", "Spinwam", "PK", 4, None, "exact", None, None, True,
  "'Le 28 avril' -> 2026-04-28, background. An unidentified drone, unclaimed -> null."),
]
