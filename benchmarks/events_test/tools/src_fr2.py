"""Authoring source of benchmarks/events_test (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("test")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- test-023
ARTICLES.append(A(23, "fr", "article", "2026-01-22T10:00:00Z",
"Bénin : six morts dans l'attaque d'un poste militaire près du parc W",
"""
COTONOU, 22 janvier (Dépêche) - Quatre militaires béninois ont été tués lundi soir lors de l'attaque de leur poste d'Alfakoara, dans la commune de Kandi, à la lisière du parc W, a annoncé mercredi l'état-major. Deux assaillants ont également été tués et cinq soldats blessés.

Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué l'attaque mardi, selon un message diffusé sur ses canaux habituels. Le poste, qui compte une trentaine d'hommes, avait été renforcé en décembre dans le cadre de l'opération Mirador.

Mardi, un véhicule de l'armée a sauté sur un engin explosif sur la route reliant Banikoara à Kérou, faisant trois blessés légers. Personne n'a été tué.

La police républicaine a par ailleurs interpellé mercredi à Malanville cinq hommes soupçonnés de ravitailler les groupes armés en carburant. Quelque 2 000 litres d'essence ont été saisis.

Le nord du Bénin est devenu l'une des zones les plus exposées aux débordements des conflits sahéliens. Il y a deux ans, l'explosion d'une mine au passage d'un véhicule de gardes forestiers avait tué quatre personnes près de Karimama.

Le gouvernement a annoncé un budget de 12 milliards de francs CFA pour l'opération Mirador cette année, qui mobilise environ 3 000 soldats.
"""))
GOLD += [
E(23, ["l'attaque de leur poste d'Alfakoara", "l'attaque#2"],
  "BAT", "2026-01-19", "day", "Alfakoara", "BJ", 6, 5, "exact", "JNIM", "JNIM", False,
  "'lundi soir' vs Thursday 22 Jan -> 19 Jan (announced Wednesday). All sides: 4 soldiers + 2 attackers = 6. JNIM claimed it. 'une trentaine d'hommes' is the garrison size."),
E(23, ["un véhicule de l'armée a sauté sur un engin explosif"],
  "IED", "2026-01-20", "day", "Banikoara", "BJ", 0, 3, "exact", None, None, False,
  "'Mardi' -> 20 Jan. Road Banikoara-Kérou -> first-named place. 'Personne n'a été tué' -> explicit 0 killed."),
E(23, ["a par ailleurs interpellé mercredi à Malanville cinq hommes"],
  "ARR", "2026-01-21", "day", "Malanville", "BJ", None, None, None, "police", None, False,
  "'mercredi' -> 21 Jan. Fuel seized belongs to the arrest; '2 000 litres' is not a casualty."),
E(23, ["l'explosion d'une mine au passage d'un véhicule de gardes forestiers"],
  "IED", "2024-01-01", "year", "Karimama", "BJ", 4, None, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year. '12 milliards', '3 000 soldats' are distractors."),
]

# ---------------------------------------------------------------- test-024
ARTICLES.append(A(24, "fr", "article", "2025-10-30T09:00:00Z",
"RDC : au moins 31 civils tués lors d'une veillée funéraire près de Lubero",
"""
BENI, 30 octobre (Dépêche) - Des rebelles des Forces démocratiques alliées (ADF) ont attaqué dimanche soir une veillée funéraire dans le village de Mangurujipa, en territoire de Lubero, dans le Nord-Kivu, tuant au moins 31 civils, selon l'administrateur du territoire. Les assaillants ont fait irruption vers 21 heures, armés de machettes et de fusils.

L'État islamique a revendiqué le massacre mardi par l'intermédiaire de sa « province d'Afrique centrale », dont se réclament les ADF depuis plusieurs années. Une dizaine de blessés ont été évacués vers Butembo.

Lundi, des centaines d'habitants de Butembo sont descendus dans la rue pour dénoncer l'insécurité. La police a tiré à balles réelles pour disperser les manifestants, tuant un étudiant de 22 ans, selon la société civile.

Mercredi, les armées congolaise et ougandaise ont affirmé avoir tué neuf combattants ADF lors d'une opération conjointe lancée contre un camp près d'Oicha. Elles n'ont pas fait état de pertes dans leurs rangs.

Les ADF multiplient les attaques contre les civils dans la région. L'an dernier, ils avaient enlevé une quarantaine de personnes le long de la route Beni-Kasindi ; une partie seulement a été libérée.

Selon les Nations unies, plus de 1 000 civils ont été tués depuis janvier dans les territoires de Beni et de Lubero.
"""))
GOLD += [
E(24, ["ont attaqué dimanche soir une veillée funéraire", "le massacre"],
  "ATK", "2025-10-26", "day", "Mangurujipa", "CD", 31, 10, "at_least", "Islamic State", "Islamic State", False,
  "'dimanche soir' vs Thursday 30 Oct -> 26 Oct. Claimed by IS (Central Africa Province): the claimant is the perpetrator (not disputed), although the text names the ADF as attackers. 'Une dizaine de blessés' -> 10; the qualifier describes killed ('au moins 31'). '21 heures' is a time."),
E(24, ["sont descendus dans la rue pour dénoncer l'insécurité", "pour disperser les manifestants"],
  "PI", "2025-10-27", "day", "Butembo", "CD", 1, None, "exact", None, None, False,
  "'Lundi' -> 27 Oct. Live fire to disperse -> protest with intervention; one student killed. '22 ans' is an age."),
E(24, ["lors d'une opération conjointe lancée contre un camp près d'Oicha"],
  "BAT", "2025-10-29", "day", "Oicha", "CD", 9, None, "exact", "military", None, False,
  "'Mercredi' -> 29 Oct. Joint Congolese-Ugandan operation: the Congolese army (the country's own force, named first) is coded as lead -> 'military' (debatable). Operation launched against the camp -> initiator."),
E(24, ["ils avaient enlevé une quarantaine de personnes le long de la route Beni-Kasindi"],
  "ABD", "2024-01-01", "year", "Beni", "CD", None, None, None, "Allied Democratic Forces", None, True,
  "'L'an dernier' vs 2025 -> 2024, year. Road Beni-Kasindi -> first-named place. ADF (events_val canonical name). 'une quarantaine' are abductees; 'plus de 1 000 civils ... depuis janvier' is a cumulative statistic, not coded."),
]

# ---------------------------------------------------------------- test-025
ARTICLES.append(A(25, "fr", "article", "2025-05-15T06:00:00Z",
"Carburant : la flambée des prix, une bombe à retardement pour les ménages",
"""
C'est un véritable attentat contre le pouvoir d'achat, dénoncent les associations de consommateurs. En un mois, le prix du litre de gazole a explosé de 18 % à la pompe, et celui de l'essence sans plomb a franchi pour la première fois la barre des 2 euros dans une quarantaine de départements.

Les transporteurs routiers, pris en otage par les cours du pétrole, menacent de bloquer les dépôts dès la semaine prochaine. « On est à bout. Chaque plein nous tue un peu plus », témoigne Karim, 46 ans, patron d'une entreprise de 12 camions près de Lyon.

Sur les marchés, c'est le carnage : le baril de brent a bondi de 9 dollars en trois séances, après la fermeture d'une raffinerie géante et des craintes de pénurie. Les analystes parlent d'un véritable tir de barrage des fonds spéculatifs, qui ont massivement parié à la hausse.

Le gouvernement tente de désamorcer la colère. Le ministre de l'Économie a promis mardi une « remise ciblée » de 10 centimes par litre pour les gros rouleurs, une mesure jugée « dérisoire » par l'opposition, qui dénonce un « massacre fiscal » : les taxes représentent toujours près de 55 % du prix final.

Pour les économistes, la vraie bombe est ailleurs : si les prix restent à ce niveau jusqu'à l'automne, l'inflation pourrait repartir à 4 %, et la Banque centrale européenne serait contrainte de relever ses taux. Un scénario qui ferait exploser le coût des crédits immobiliers.

Les stations-service des zones rurales, déjà décimées depuis vingt ans, pourraient être les premières victimes. Près de 300 d'entre elles ont fermé l'an dernier.
"""))

# ---------------------------------------------------------------- test-026
ARTICLES.append(A(26, "fr", "article", "2026-02-16T22:00:00Z",
"Rugby : Toulon fusille Clermont et prend la tête du Top 14",
"""
Il n'y a pas eu de match. Dès la 5e minute, Toulon a fait exploser la défense clermontoise sur un ballon porté, et les Varois n'ont plus jamais lâché leur proie. Score final : 41-13, cinq essais à un, et une première place au classement.

Le premier acte a tourné au bombardement. Le demi d'ouverture toulonnais, 23 ans, a pilonné le camp adverse de chandelles, et son pack a écrasé la mêlée auvergnate. « On s'est fait massacrer devant, il n'y a pas d'autre mot », reconnaissait l'entraîneur de Clermont à la pause, alors que son équipe était menée 24-3.

La seule polémique est venue d'un véritable attentat sur le demi de mêlée clermontois, plaqué sans ballon à la 33e minute. Carton rouge logique pour le troisième-ligne fautif, qui risque plusieurs semaines de suspension.

Malgré l'infériorité numérique, Toulon a achevé son adversaire en seconde période. L'ailier fidjien a inscrit un doublé, dont un essai de 80 mètres après une interception qui a tué tout suspense. Les Clermontois, touchés dans leur orgueil, ont sauvé l'honneur en fin de match.

« On a pris une gifle. Il faudra se relever vite », a résumé le capitaine auvergnat. Clermont, qui restait sur trois victoires, recule à la sixième place.

Près de 15 000 spectateurs ont assisté à la rencontre. Prochain rendez-vous pour Toulon : un déplacement à Toulouse samedi, pour un choc qui s'annonce explosif.
"""))

# ---------------------------------------------------------------- test-027
ARTICLES.append(A(27, "fr", "transcript", "2025-04-11T07:00:00Z",
"Le journal Afrique de 8 heures : Bol, Tassara, Koulikoro",
"""
PRÉSENTATRICE : Bonjour à tous, il est 8 heures, voici le journal Afrique. On commence au Tchad, où le bilan du double attentat-suicide de mercredi, au marché de Bol, continue de s'alourdir. Notre correspondant Moussa Mahamat est avec nous depuis N'Djamena. Moussa, bonjour.

MOUSSA MAHAMAT : Bonjour. Alors, euh, selon les autorités sanitaires, on compte désormais douze morts et une trentaine de blessés, dont plusieurs dans un état grave. Et, bon, l'État islamique en Afrique de l'Ouest a revendiqué l'attentat hier, par la voie de son agence Amaq.

PRÉSENTATRICE : Et la réaction de l'armée ?

MOUSSA MAHAMAT : Hier après-midi, l'aviation a frappé des positions des jihadistes sur les îles autour de Ngouboua. L'état-major parle d'une trentaine de combattants tués, mais, euh, c'est invérifiable.

PRÉSENTATRICE : Merci Moussa. Direction le Niger, où l'armée affirme avoir repoussé mardi une attaque de combattants de l'État islamique au Sahel contre sa position de Tassara, dans la région de Tahoua. Trois soldats et une vingtaine d'assaillants ont été tués, selon le ministère de la Défense.

Au Mali, deux ressortissants chinois employés sur un chantier de route ont été enlevés mercredi près de Koulikoro, à une cinquantaine de kilomètres de Bamako. L'enlèvement n'a pas été revendiqué. Voilà.

Et puis, euh, une bonne nouvelle pour terminer : au Sénégal, la saison de la mangue s'annonce exceptionnelle, avec une récolte attendue en hausse de 20 %. C'était le journal Afrique. Bonne journée.
"""))
GOLD += [
E(27, ["double attentat-suicide de mercredi", "l'attentat"],
  "SUI", "2025-04-09", "day", "Bol", "TD", 12, 30, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Same bombing as test-017/018/019, in a radio bulletin. 'de mercredi' vs Friday 11 April -> 9 April. 'douze morts' (number word) exact; 'une trentaine de blessés' -> 30 (the qualifier describes killed). Claimed by EIAO = ISWAP."),
E(27, ["l'aviation a frappé des positions des jihadistes"],
  "AIR", "2025-04-10", "day", "Ngouboua", "TD", 30, None, "about", "military", None, False,
  "'Hier après-midi' vs Friday 11 April -> 10 April. 'une trentaine' -> 30, about (a different figure from test-018's 'une quarantaine': each document has its own)."),
E(27, ["repoussé mardi une attaque de combattants de l'État islamique au Sahel"],
  "BAT", "2025-04-08", "day", "Tassara", "NE", 23, None, "about", "Islamic State", None, False,
  "'mardi' -> 8 April. IS Sahel attacked (stated by the army) -> initiator 'Islamic State'. 3 soldiers + 'une vingtaine' (20) = 23, about."),
E(27, ["ont été enlevés mercredi près de Koulikoro", "L'enlèvement"],
  "ABD", "2025-04-09", "day", "Koulikoro", "ML", None, None, None, None, None, False,
  "'mercredi' -> 9 April. Not claimed, no attribution. 'une cinquantaine de kilomètres' is a distance; '20 %' is a harvest figure."),
]

# ---------------------------------------------------------------- test-028
ARTICLES.append(A(28, "fr", "transcript", "2025-06-05T17:00:00Z",
"Podcast « Sahel, l'heure des comptes », épisode 41 : le Mali sous pression",
"""
JOURNALISTE : Bonjour et bienvenue dans « Sahel, l'heure des comptes ». Mon invitée aujourd'hui est la chercheuse Aminata Coulibaly, spécialiste des groupes armés au Mali. Aminata, merci d'être là.

AMINATA COULIBALY : Merci à vous.

JOURNALISTE : Alors, on va commencer par le plus lourd. Le 3 mai, le camp de Tessit a été attaqué.

AMINATA COULIBALY : Oui, euh, c'est l'attaque la plus meurtrière de l'année. Une attaque revendiquée par le JNIM contre le camp de Tessit, avec une trentaine de soldats tués selon des sources locales. L'armée, elle, n'a jamais donné de bilan.

JOURNALISTE : Et l'État islamique au Sahel, de son côté ?

AMINATA COULIBALY : Il est très actif autour de Ménaka. Mardi dernier, ses hommes ont enlevé un chef de village et ses deux fils près de Ménaka. Bon, ça, c'est malheureusement presque routinier.

JOURNALISTE : Il y a aussi eu cette frappe de drone hier.

AMINATA COULIBALY : Voilà. Hier matin, une frappe de drone de l'armée malienne près d'Ansongo a touché un groupe de personnes réunies pour un baptême. On parle de sept morts, tous civils d'après les habitants. L'armée dit avoir visé des « terroristes ».

JOURNALISTE : Est-ce que c'est nouveau, ce type d'attaque contre les camps ?

AMINATA COULIBALY : Non, euh, il y a trois ans, un kamikaze au volant d'un véhicule piégé avait foncé sur le camp de Gossi, faisant plus de dix morts. Les modes opératoires se répètent.

JOURNALISTE : Et à Bamako, comment ça se vit ?

AMINATA COULIBALY : Samedi, quelques centaines de personnes ont manifesté à Bamako contre les coupures d'électricité, dans le calme. Les gens parlent d'abord du courant, et puis de la sécurité.

JOURNALISTE : Aminata Coulibaly, merci. C'était l'épisode 41. À la semaine prochaine.
"""))
GOLD += [
E(28, ["le camp de Tessit a été attaqué", "c'est l'attaque la plus meurtrière de l'année", "Une attaque revendiquée par le JNIM contre le camp de Tessit"],
  "BAT", "2025-05-03", "day", "Tessit", "ML", 30, None, "about", "JNIM", "JNIM", True,
  "'Le 3 mai' with no year -> publication year 2025. 33 days before 5 June -> background under the 30-day rule. Attack on an army camp -> armed clash; claimed by JNIM. 'une trentaine de soldats' -> 30, about."),
E(28, ["ses hommes ont enlevé un chef de village et ses deux fils"],
  "ABD", "2025-06-03", "day", "Ménaka", "ML", None, None, None, "Islamic State", None, False,
  "'Mardi dernier' vs Thursday 5 June -> 3 June. 'ses hommes' = IS Sahel -> 'Islamic State' (stated by the researcher as fact)."),
E(28, ["cette frappe de drone hier", "une frappe de drone de l'armée malienne près d'Ansongo"],
  "AIR", "2025-06-04", "day", "Ansongo", "ML", 7, None, "exact", "military", None, False,
  "'hier' = 4 June. Malian army drone -> military. 'sept morts' -> 7."),
E(28, ["un kamikaze au volant d'un véhicule piégé avait foncé sur le camp de Gossi"],
  "SUI", "2022-01-01", "year", "Gossi", "ML", 10, None, "more_than", None, None, True,
  "'il y a trois ans' vs 2025 -> 2022, year. Suicide vehicle bomb -> suicide bomb. 'plus de dix morts' -> 10, more_than."),
E(28, ["quelques centaines de personnes ont manifesté à Bamako"],
  "PP", "2025-05-31", "day", "Bamako", "ML", None, None, None, None, None, False,
  "'Samedi' vs Thursday 5 June -> 31 May. 'dans le calme' -> peaceful. 'épisode 41' is not a count of anything."),
]
