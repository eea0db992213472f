"""Authoring source of benchmarks/events_holdout (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Chain here: Kolofata, Cameroon (holdout-020 to 022), and French coverage of
the Baqubah (023), Dera Ismail Khan (024) and Aden (025) chains. Notes are
in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- holdout-020
ARTICLES.append(A(20, "fr", "article", "2026-05-14T09:00:00Z",
"Cameroun : un double attentat-suicide fait au moins neuf morts à Kolofata",
"""
MAROUA, 14 mai (Dépêche) - Deux kamikazes se sont fait exploser mercredi à l'aube à l'entrée d'une mosquée de Kolofata, dans la région de l'Extrême-Nord du Cameroun, tuant au moins neuf fidèles et en blessant une vingtaine, selon des sources sécuritaires.

La première kamikaze, une adolescente âgée d'environ 15 ans selon des témoins, a déclenché sa charge vers 4 h 30, au moment où les fidèles arrivaient pour la prière. La seconde s'est fait exploser quelques minutes plus tard parmi les habitants venus porter secours aux blessés, a indiqué un responsable local joint par téléphone. Une centaine de personnes se trouvaient alors devant la mosquée.

L'attentat n'a pas été revendiqué, mais les soupçons se portent sur Boko Haram, dont les combattants sont actifs de l'autre côté de la frontière nigériane, à une dizaine de kilomètres de la ville.

Mardi soir, des hommes armés ont enlevé un commerçant et ses deux fils à Amchidé, une localité frontalière voisine, selon la même source. Aucune rançon n'a encore été réclamée.

L'armée a par ailleurs annoncé lundi avoir « neutralisé » sept combattants lors d'une opération lancée contre un campement près de Kerawa, sans préciser la date de l'opération.

Kolofata a été frappée à de nombreuses reprises depuis le début de l'insurrection. Il y a cinq ans, une mine artisanale avait tué quatre soldats du Bataillon d'intervention rapide (BIR) sur une piste proche de la ville.

Le département du Mayo-Sava compte plus de 40 000 déplacés, selon les Nations unies. Le gouverneur de la région, attendu jeudi à Kolofata, a décrété la fermeture des marchés de la ville jusqu'à lundi.
"""))
GOLD += [
E(20, ["Deux kamikazes se sont fait exploser", "a déclenché sa charge", "L'attentat"],
  "SUI", "2026-05-13", "day", "Kolofata", "CM", 9, 20, "at_least", None, None, False,
  "Twin suicide bombing (two female bombers at the same mosque, minutes apart) -> one event. 'mercredi à l'aube' vs Thursday 14 May -> 13 May. 'une vingtaine' de blessés -> 20; the qualifier describes killed ('au moins neuf'). 'les soupçons se portent sur Boko Haram' is speculation -> null. '15 ans', '4 h 30', 'Une centaine de personnes', 'une dizaine de kilomètres', '40 000 déplacés' are distractors."),
E(20, ["des hommes armés ont enlevé un commerçant et ses deux fils"],
  "ABD", "2026-05-12", "day", "Amchidé", "CM", None, None, None, None, None, False,
  "'Mardi soir' -> 12 May. Unnamed armed men -> null. Accented local form kept (Amchidé)."),
E(20, ["une opération lancée contre un campement près de Kerawa"],
  "BAT", "2026-05-11", "day", "Kerawa", "CM", 7, None, "exact", "military", None, False,
  "Only the announcement date is known ('annoncé lundi', operation not dated) -> 11 May, per the dev rule. Operation launched against a camp -> initiator military. 'neutralisé' = killed."),
E(20, ["une mine artisanale avait tué quatre soldats"],
  "IED", "2021-01-01", "year", "Kolofata", "CM", 4, None, "exact", None, None, True,
  "'Il y a cinq ans' vs 2026 -> 2021, year. 'sur une piste proche de la ville' -> Kolofata."),
]

# ---------------------------------------------------------------- holdout-021
ARTICLES.append(A(21, "fr", "transcript", "2026-05-15T05:00:00Z",
"Le journal de 6 heures : Kolofata, Bosso, Maroua",
"""
PRÉSENTATEUR : Il est 6 heures, bonjour à toutes et à tous. À la une de ce journal, le Cameroun, où le bilan du double attentat-suicide de mercredi à Kolofata s'est encore alourdi. Notre correspondante dans l'Extrême-Nord, Clarisse Ngo Mbem, est en ligne depuis Maroua. Clarisse, bonjour.

CLARISSE NGO MBEM : Bonjour. Alors, euh, selon le dernier bilan des autorités, on compte désormais treize morts, dont les deux kamikazes, et une trentaine de blessés, hospitalisés ici à Maroua et à Mora. Et hier soir, l'État islamique en Afrique de l'Ouest a revendiqué l'attaque, par un communiqué de son agence Amaq.

PRÉSENTATEUR : Une revendication qui ne surprend pas ?

CLARISSE NGO MBEM : Pas vraiment. Euh, les deux kamikazes étaient des jeunes filles, et le groupe est très présent de l'autre côté de la frontière. Et puis, hier, ici à Maroua, plusieurs centaines de personnes ont participé à une marche silencieuse en mémoire des victimes. Tout s'est déroulé dans le calme.

PRÉSENTATEUR : Merci Clarisse. Au Niger voisin, dans la région de Diffa, une patrouille de l'armée est tombée mardi dans une embuscade près de Bosso, sur les rives du lac Tchad. Quatre soldats ont été tués. Selon l'armée, l'embuscade a été tendue par des combattants de Boko Haram.

Au Nigeria, la compagnie pétrolière nationale annonce une hausse de 12 % de sa production au premier trimestre. Et en football, euh, le Coton Sport de Garoua a écrasé l'Union de Douala trois buts à zéro hier soir, une véritable exécution, selon la presse sportive. Le club prend seul la tête du championnat.

C'était le journal de 6 heures. Prochain rendez-vous à 7 heures.
"""))
GOLD += [
E(21, ["double attentat-suicide de mercredi à Kolofata", "a revendiqué l'attaque"],
  "SUI", "2026-05-13", "day", "Kolofata", "CM", 13, 30, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Radio bulletin. 'de mercredi' vs Friday 15 May -> 13 May. 'treize morts, dont les deux kamikazes' -> 13 (the bombers are inside the figure). 'une trentaine de blessés' -> 30; the qualifier describes killed (exact). Claimed 'hier soir' by EIAO = ISWAP."),
E(21, ["une marche silencieuse en mémoire des victimes"],
  "PP", "2026-05-14", "day", "Maroua", "CM", None, None, None, None, None, False,
  "'hier' = 14 May. A memorial march, calm -> peaceful protest (events_val convention). 'plusieurs centaines' are participants."),
E(21, ["une patrouille de l'armée est tombée mardi dans une embuscade près de Bosso", "l'embuscade"],
  "BAT", "2026-05-12", "day", "Bosso", "NE", 4, None, "exact", "Boko Haram", None, False,
  "'mardi' -> 12 May. The army states the ambush was laid by Boko Haram fighters -> initiator Boko Haram. The oil production figure and the football score ('une véritable exécution') are not events."),
]

# ---------------------------------------------------------------- holdout-022
ARTICLES.append(A(22, "fr", "article", "2026-05-20T08:00:00Z",
"Attentat de Kolofata : trois suspects arrêtés à Mora, le bilan passe à seize morts",
"""
YAOUNDÉ, 20 mai (Dépêche) - Les gendarmes ont arrêté lundi à Mora trois hommes soupçonnés d'avoir conduit les deux kamikazes jusqu'à Kolofata, où le double attentat-suicide du 13 mai contre une mosquée a fait seize morts, dont les deux jeunes filles, a annoncé mardi le ministère de la Défense.

Les suspects, âgés de 23 à 41 ans, ont été interpellés dans un garage du quartier commercial. Les enquêteurs y ont saisi 12 détonateurs, 8 kg d'explosifs et une moto. Plus d'une trentaine de personnes ont par ailleurs été entendues puis relâchées, selon une source proche de l'enquête.

Un quatrième suspect a été arrêté samedi au Nigeria voisin, à Banki, par l'armée nigériane, qui doit le remettre aux autorités camerounaises.

L'État islamique en Afrique de l'Ouest, qui a revendiqué l'attentat, affirme avoir tué « plus de 40 apostats ». Selon le ministère, 27 personnes ont été blessées, dont neuf sont toujours hospitalisées à Maroua.

Dimanche, des centaines d'habitants de Kolofata ont manifesté devant la sous-préfecture pour réclamer davantage de soldats. La police a dispersé la foule à coups de gaz lacrymogène.

Ce n'est pas la première fois que la ville est visée. Il y a deux ans, une attaque de combattants de Boko Haram contre un poste de l'armée à Limani, à une vingtaine de kilomètres, avait fait six morts parmi les soldats.

Le gouvernement a promis 500 000 francs CFA à chaque famille endeuillée. Les marchés de Kolofata ont rouvert lundi.
"""))
GOLD += [
E(22, ["le double attentat-suicide du 13 mai contre une mosquée", "a revendiqué l'attentat"],
  "SUI", "2026-05-13", "day", "Kolofata", "CM", 16, 27, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Follow-up of holdout-020/021. 'du 13 mai' absolute. 'seize morts, dont les deux jeunes filles' -> 16 (the bombers are inside the figure). '27 personnes ont été blessées' -> 27 (nine still hospitalised is a subset). Claimed by ISWAP; its 'plus de 40 apostats' is not used. 'âgés de 23 à 41 ans', '12 détonateurs', '8 kg', 'Plus d'une trentaine de personnes ... entendues', '500 000 francs CFA' are distractors."),
E(22, ["Les gendarmes ont arrêté lundi à Mora trois hommes", "ont été interpellés dans un garage"],
  "ARR", "2026-05-18", "day", "Mora", "CM", None, None, None, "police", None, False,
  "'lundi' vs Wednesday 20 May -> 18 May. Gendarmerie -> police. Seized items belong to the arrest."),
E(22, ["Un quatrième suspect a été arrêté samedi au Nigeria voisin, à Banki"],
  "ARR", "2026-05-16", "day", "Banki", "NG", None, None, None, "military", None, False,
  "'samedi' -> 16 May. The Nigerian army arresting in Nigeria is that country's own force -> 'military', country NG."),
E(22, ["des centaines d'habitants de Kolofata ont manifesté", "La police a dispersé la foule"],
  "PI", "2026-05-17", "day", "Kolofata", "CM", None, None, None, None, None, False,
  "'Dimanche' -> 17 May. Tear gas -> protest with intervention. 'des centaines' are participants."),
E(22, ["une attaque de combattants de Boko Haram contre un poste de l'armée à Limani"],
  "BAT", "2024-01-01", "year", "Limani", "CM", 6, None, "exact", "Boko Haram", None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year. Boko Haram attacked the post -> initiator. 'une vingtaine de kilomètres' is a distance."),
]

# ---------------------------------------------------------------- holdout-023
ARTICLES.append(A(23, "fr", "article", "2026-03-14T06:00:00Z",
"Irak : l'État islamique revendique le double attentat-suicide de Baaqouba",
"""
De notre correspondant à Bagdad - L'organisation État islamique (EI) a revendiqué vendredi le double attentat-suicide qui a frappé jeudi soir la gare routière de Baaqouba, chef-lieu de la province de Diyala, à une soixantaine de kilomètres au nord-est de Bagdad. Selon un nouveau bilan communiqué par les services de santé, l'attaque a fait vingt-trois morts et une cinquantaine de blessés.

Les deux kamikazes se sont fait exploser à quelques minutes d'intervalle, le second visant les secouristes et les passants accourus après la première explosion. Dans son communiqué, l'EI affirme avoir tué ou blessé « plus de cent vingt » personnes.

Vendredi, à Kirkouk, des policiers ont désamorcé deux engins explosifs placés sous un pont, près d'un marché aux légumes. Aucune arrestation n'a été signalée.

Le double attentat ravive de mauvais souvenirs. En mai 2018, un kamikaze avait tué huit personnes à un point de contrôle à l'entrée de Tikrit. Il y a trois ans, une bombe artisanale avait coûté la vie à quatre policiers dans la province de Kirkouk.

Selon une ONG locale, plus de 2 000 civils ont été tués dans des attentats dans la province de Diyala depuis 2015. Les forces de sécurité y comptent environ 20 000 hommes, mais les cellules de l'EI continuent de se cacher dans les vergers et les palmeraies.

Le Premier ministre a limogé vendredi le commandant des opérations de Diyala et ordonné une enquête. Trois jours de deuil ont été décrétés dans la province.
"""))
GOLD += [
E(23, ["le double attentat-suicide qui a frappé jeudi soir la gare routière de Baaqouba", "l'attaque", "Les deux kamikazes se sont fait exploser", "Le double attentat"],
  "SUI", "2026-03-12", "day", "Baqubah", "IQ", 23, 50, "exact", "Islamic State", "Islamic State", False,
  "French coverage of the holdout-001 chain. 'jeudi soir' vs Saturday 14 March -> 12 March. Baaqouba -> Baqubah (English spelling). 'vingt-trois morts' (number words) exact; 'une cinquantaine de blessés' -> 50; the qualifier describes killed. Claimed by EI on Friday; its 'plus de cent vingt' is not used. The four triggers are distinct namings of the same event."),
E(23, ["des policiers ont désamorcé deux engins explosifs"],
  "DWU", "2026-03-13", "day", "Kirkuk", "IQ", None, None, None, "police", None, False,
  "'Vendredi' -> 13 March. Kirkouk -> Kirkuk. 'Aucune arrestation' -> no arrest event."),
E(23, ["un kamikaze avait tué huit personnes à un point de contrôle"],
  "SUI", "2018-05-01", "month", "Tikrit", "IQ", 8, None, "exact", None, None, True,
  "'En mai 2018' -> month. 'à l'entrée de Tikrit' -> Tikrit."),
E(23, ["une bombe artisanale avait coûté la vie à quatre policiers"],
  "IED", "2023-01-01", "year", "Kirkuk", "IQ", 4, None, "exact", None, None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year. Only the province is named ('la province de Kirkouk') -> Kirkuk. 'plus de 2 000 civils ... depuis 2015' is cumulative; '20 000 hommes' a garrison size; the commander's dismissal is not an event."),
]

# ---------------------------------------------------------------- holdout-024
ARTICLES.append(A(24, "fr", "article", "2026-04-22T05:00:00Z",
"Pakistan : au moins onze morts dans un double attentat-suicide à Dera Ismaïl Khan",
"""
ISLAMABAD, 22 avril (Dépêche) - Au moins onze personnes, dont six policiers, ont été tuées et plus de vingt-cinq blessées mardi matin dans un double attentat-suicide contre un poste de contrôle de la police à Dera Ismaïl Khan, dans le nord-ouest du Pakistan, selon les autorités provinciales.

Les deux assaillants, à pied, ont actionné leurs ceintures d'explosifs à une dizaine de minutes d'intervalle devant un marché aux légumes très fréquenté, le second au moment où les secours arrivaient sur place.

L'attaque n'a pas été revendiquée. Les soupçons se portent sur les talibans pakistanais du Tehrik-e-Taliban Pakistan (TTP), qui ont multiplié ces derniers mois les attaques contre les forces de l'ordre dans la province de Khyber Pakhtunkhwa.

La veille au soir, deux policiers avaient été tués dans l'attaque d'un poste de police dans le district voisin de Bannu.

Dera Ismaïl Khan, ville de près d'un demi-million d'habitants sur les rives de l'Indus, a déjà été frappée à plusieurs reprises. Il y a trois ans, un attentat-suicide contre un convoi de police avait fait sept morts près de Kulachi, à une quarantaine de kilomètres à l'ouest.

Le gouvernement provincial a promis une indemnité d'un million de roupies aux familles des victimes. Les écoles du district resteront fermées mercredi.
"""))
GOLD += [
E(24, ["un double attentat-suicide contre un poste de contrôle de la police", "L'attaque"],
  "SUI", "2026-04-21", "day", "Dera Ismail Khan", "PK", 11, 25, "at_least", None, None, False,
  "French brief on the holdout-009 chain. 'mardi matin' vs Wednesday 22 April -> 21 April. Dera Ismaïl Khan -> Dera Ismail Khan. 'Au moins onze' killed, 'plus de vingt-cinq' injured -> 25; the qualifier describes killed. 'Les soupçons se portent sur' the TTP -> speculation, null. 'une dizaine de minutes', 'un demi-million', 'un million de roupies' are distractors."),
E(24, ["deux policiers avaient été tués dans l'attaque d'un poste de police"],
  "BAT", "2026-04-20", "day", "Bannu", "PK", 2, None, "exact", None, None, False,
  "'La veille au soir' of the Tuesday bombing -> Monday 20 April. Only the district is named -> Bannu. Attackers unnamed -> null. (The same clash as holdout-009's Domel event, where the attacker killed is also counted; here only the two policemen are reported.)"),
E(24, ["un attentat-suicide contre un convoi de police avait fait sept morts"],
  "SUI", "2023-01-01", "year", "Kulachi", "PK", 7, None, "exact", None, None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year. 'près de Kulachi' -> Kulachi. 'une quarantaine de kilomètres' is a distance."),
]

# ---------------------------------------------------------------- holdout-025
ARTICLES.append(A(25, "fr", "article", "2026-08-18T07:00:00Z",
"Yémen : Al-Qaïda revendique le double attentat-suicide d'Aden",
"""
Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué lundi le double attentat-suicide qui a visé samedi de jeunes recrues devant un centre de recrutement de l'armée à Aden, la grande ville du sud du Yémen. Selon un dernier bilan des autorités sanitaires, l'attentat a fait trente-cinq morts et plus d'une cinquantaine de blessés.

Dans son communiqué, le groupe jihadiste affirme avoir tué « plus de cent soldats ». Les Houthis, que le ministre de l'Intérieur avait accusés samedi d'être derrière l'attaque, avaient aussitôt démenti toute implication.

Dimanche, les forces antiterroristes ont arrêté deux hommes dans le quartier de Cheikh Othman, à Aden, soupçonnés d'avoir hébergé les kamikazes. Une ceinture d'explosifs inutilisée a été retrouvée dans leur appartement.

Samedi soir, un missile tiré par les Houthis a frappé un quartier résidentiel de Mokha, sur la mer Rouge, blessant quatre civils, a affirmé l'armée gouvernementale.

AQPA, considérée comme l'une des branches les plus dangereuses d'Al-Qaïda, reste implantée dans les provinces d'Abyan et de Chabwa. Il y a un an, une frappe de drone américaine avait tué trois membres présumés du groupe dans la province de Marib.

Le centre de recrutement, qui attirait chaque jour plusieurs centaines de jeunes attirés par un salaire de 60 000 rials, a été fermé. Le ministère de la Défense a annoncé que les inscriptions se feraient désormais en ligne.
"""))
GOLD += [
E(25, ["le double attentat-suicide qui a visé samedi de jeunes recrues", "l'attentat", "l'attaque"],
  "SUI", "2026-08-15", "day", "Aden", "YE", 35, 50, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "French coverage of the holdout-012 chain. 'samedi' vs Tuesday 18 Aug -> 15 Aug. 'trente-cinq morts' (number words) -> 35, exact; 'plus d'une cinquantaine de blessés' -> 50 (the qualifier describes the killed figure, so it is exact). Claimed by AQPA = AQAP on Monday; its 'plus de cent soldats' is not used. The minister's accusation of the Houthis, denied, is superseded by the claim."),
E(25, ["les forces antiterroristes ont arrêté deux hommes"],
  "ARR", "2026-08-16", "day", "Aden", "YE", None, None, None, "police", None, False,
  "'Dimanche' -> 16 Aug. Cheikh Othman is a district of Aden -> Aden. Counter-terrorism forces -> police. The unused belt belongs to the arrest."),
E(25, ["un missile tiré par les Houthis a frappé un quartier résidentiel de Mokha"],
  "SHL", "2026-08-15", "day", "Mokha", "YE", None, 4, "exact", "Houthis", None, False,
  "'Samedi soir' -> 15 Aug. Missile -> shelling/artillery/missile attack. The government army states it was fired by the Houthis -> perpetrator Houthis. Only injured (4) -> the qualifier describes it."),
E(25, ["une frappe de drone américaine avait tué trois membres présumés du groupe"],
  "AIR", "2025-01-01", "year", "Marib", "YE", 3, None, "exact", "US military", None, True,
  "'Il y a un an' vs 2026 -> 2025, year. Only the province is named -> Marib. US drone -> 'US military'. '60 000 rials' is money; 'plusieurs centaines de jeunes' are not casualties."),
]
