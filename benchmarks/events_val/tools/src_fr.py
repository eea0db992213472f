"""Authoring source of benchmarks/events_val (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("val")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- val-019
ARTICLES.append(A(19, "fr", "article", "2025-02-10T12:00:00Z",
"Cameroun : double attentat-suicide sur le marché de Mora, au moins 14 morts",
"""
MAROUA, 10 février (Dépêche) - Deux kamikazes se sont fait exploser à quelques minutes d'intervalle sur le marché hebdomadaire de Mora, dans la région de l'Extrême-Nord du Cameroun, dimanche en fin de matinée, faisant au moins 14 morts et une trentaine de blessés, selon des sources sécuritaires et hospitalières.

La première explosion s'est produite vers 11 h 30 près des enclos à bétail ; la seconde, quelques minutes plus tard, à l'entrée du marché, alors que la foule fuyait. « Il y avait des corps partout », a raconté un commerçant de 45 ans joint par téléphone. Selon un responsable local, les deux kamikazes étaient des jeunes femmes.

L'attentat n'avait pas été revendiqué lundi à la mi-journée. Un officier de gendarmerie a estimé qu'il « pourrait être l'œuvre de Boko Haram », qui a déjà frappé la ville à plusieurs reprises.

Dans la soirée, des militaires ont abattu un troisième kamikaze présumé à un poste de contrôle à la sortie de la ville, avant qu'il ne puisse actionner sa charge, a indiqué le ministère de la Défense. Sa ceinture d'explosifs a ensuite été désamorcée par des démineurs.

Samedi, la veille de l'attentat, des hommes armés avaient enlevé cinq personnes, dont un chef traditionnel, dans le village de Kourgui, à une vingtaine de kilomètres de Mora.

Mora avait déjà été visée en juillet 2016 par un double attentat-suicide qui avait tué 11 personnes. Le 3 mars 2022, une attaque contre un poste militaire à Sagmé avait coûté la vie à quatre soldats.
"""))
GOLD += [
E(19, ["Deux kamikazes se sont fait exploser", "La première explosion", "L'attentat", "l'attentat"],
  "SUI", "2025-02-09", "day", "Mora", "CM", 14, 30, "at_least", None, None, False,
  "Twin suicide bombing (two bombers, same market, minutes apart) coded as ONE event. 'dimanche' vs Monday publication -> 9 Feb. 'une trentaine de blessés' -> 30; qualifier describes killed ('au moins 14'). 'pourrait être l'œuvre de Boko Haram' is speculation -> perpetrator null. '11 h 30' and '45 ans' are distractors. 'la seconde' (explosion) is elliptical and not listed."),
E(19, ["ont abattu un troisième kamikaze présumé", "Sa ceinture d'explosifs a ensuite été désamorcée"],
  "DWU", "2025-02-09", "day", "Mora", "CM", 1, None, "exact", "military", None, False,
  "Would-be bomber shot before detonating, belt defused -> Disrupted weapons use by the military; the bomber shot dead counts as 1 killed (debatable)."),
E(19, ["avaient enlevé cinq personnes"],
  "ABD", "2025-02-08", "day", "Kourgui", "CM", None, None, None, None, None, False,
  "'Samedi, la veille' -> 8 Feb. Unidentified 'hommes armés' -> null. 'une vingtaine de kilomètres' is a distance."),
E(19, ["un double attentat-suicide qui avait tué 11 personnes"],
  "SUI", "2016-07-01", "month", "Mora", "CM", 11, None, "exact", None, None, True,
  "Background, 'juillet 2016' -> month."),
E(19, ["une attaque contre un poste militaire à Sagmé"],
  "BAT", "2022-03-03", "day", "Sagmé", "CM", 4, None, "exact", None, None, True,
  "Absolute date 'Le 3 mars 2022'. Attack on a military post -> armed clash; attackers not named."),
]

# ---------------------------------------------------------------- val-020
ARTICLES.append(A(20, "fr", "article", "2025-02-13T09:00:00Z",
"Attentat de Mora : le bilan passe à 19 morts, l'EIAO revendique, trois suspects interpellés",
"""
YAOUNDÉ, 13 février (Dépêche) - Le bilan du double attentat-suicide qui a frappé dimanche le marché de Mora, dans l'Extrême-Nord, s'est alourdi à 19 morts, a annoncé mercredi le gouverneur de la région. Vingt-deux blessés sont toujours hospitalisés à Maroua et à Mora.

L'État islamique en Afrique de l'Ouest (EIAO, ou ISWAP) a revendiqué l'attaque mardi dans un communiqué de son agence Amaq, affirmant que deux de ses « soldats du califat » avaient tué « plus de 50 croisés et apostats ». Les autorités camerounaises jugent ce chiffre « fantaisiste ».

Trois suspects, dont un homme de 27 ans présenté comme le logisticien des kamikazes, ont été interpellés lundi soir à Maroua par la gendarmerie, selon une source judiciaire. Deux motos et une vingtaine de détonateurs ont été saisis à leur domicile. Une centaine de personnes ont par ailleurs été entendues par les enquêteurs, et un imam du quartier Domayo a été convoqué puis relâché.

Mercredi, plusieurs centaines d'habitants ont participé à une marche silencieuse dans les rues de Mora en hommage aux victimes.

Par ailleurs, l'armée a annoncé mardi avoir repoussé une attaque de combattants de Boko Haram contre une position militaire à Tolkomari, près de la frontière nigériane, dans la nuit de lundi à mardi. Deux soldats et « une dizaine d'assaillants » ont été tués, selon un communiqué.
"""))
GOLD += [
E(20, ["double attentat-suicide qui a frappé dimanche le marché de Mora", "l'attaque"],
  "SUI", "2025-02-09", "day", "Mora", "CM", 19, 22, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "Follow-up of val-019. Updated toll 19 killed; 'Vingt-deux blessés' still in hospital -> 22. EIAO = ISWAP -> 'Islamic State West Africa Province' (not 'Islamic State'). The claimant's 'plus de 50' is not used. Claimed Tuesday; event date stays Sunday."),
E(20, ["ont été interpellés lundi soir à Maroua"],
  "ARR", "2025-02-10", "day", "Maroua", "CM", None, None, None, "police", None, False,
  "'lundi soir' -> 10 Feb. Gendarmerie -> police. Detonators seized at their home belong to the arrest event. '27 ans' is an age; the 'centaine de personnes ... entendues' and the imam 'convoqué puis relâché' are not arrests."),
E(20, ["une marche silencieuse dans les rues de Mora"],
  "PP", "2025-02-12", "day", "Mora", "CM", None, None, None, None, None, False,
  "Silent memorial march on Wednesday coded as a peaceful protest (ACLED practice; debatable). 'plusieurs centaines' are participants."),
E(20, ["repoussé une attaque de combattants de Boko Haram contre une position militaire à Tolkomari"],
  "BAT", "2025-02-10", "day", "Tolkomari", "CM", 12, None, "about", "Boko Haram", None, False,
  "'dans la nuit de lundi à mardi' -> dated at its start (Monday 10 Feb). All sides: 2 soldiers + 'une dizaine' (10) = 12, 'about' (vague part). Army attribution -> Boko Haram; not claimed."),
]

# ---------------------------------------------------------------- val-021
ARTICLES.append(A(21, "fr", "transcript", "2025-08-08T07:00:00Z",
"Le journal du matin : attaque contre Diapaga, frappe de drone près de Kantchari",
"""
PRÉSENTATEUR : Bonjour, il est 7 heures. Au Burkina Faso, la ville de Diapaga, dans l'Est, a été la cible d'une attaque d'envergure mercredi. Notre correspondante Awa Ouédraogo est en ligne de Ouagadougou. Awa, bonjour.

AWA OUÉDRAOGO : Bonjour. Alors, euh, mercredi à l'aube, des centaines de combattants du GSIM, le Groupe de soutien à l'islam et aux musulmans, ont pris d'assaut le détachement militaire et le commissariat de Diapaga. Les combats ont duré, euh, presque quatre heures. Selon des sources locales, une cinquantaine de soldats et de supplétifs VDP ont été tués. Le GSIM a revendiqué l'attaque dès jeudi.

PRÉSENTATEUR : Et du côté des autorités ?

AWA OUÉDRAOGO : Silence radio, comme souvent. Mais, euh, jeudi, l'armée a mené une frappe de drone sur un convoi près de Kantchari. Des sources sécuritaires parlent d'une vingtaine de « terroristes neutralisés ». Des habitants affirment que, parmi les morts, il y avait des civils qui revenaient du marché.

PRÉSENTATEUR : On parle aussi d'enlèvements.

AWA OUÉDRAOGO : Oui. Mardi, sur l'axe Fada-Pama, des hommes armés ont intercepté un car de transport et ont emmené huit passagers, dont deux femmes. On est sans nouvelles d'eux.

PRÉSENTATEUR : Et à Ouagadougou, il y a eu des réactions ?

AWA OUÉDRAOGO : Euh, oui. Hier après-midi, une centaine de personnes se sont rassemblées place de la Nation pour soutenir l'armée. Ça s'est passé dans le calme. Et il faut rappeler que Diapaga avait déjà été attaquée il y a deux ans ; à l'époque, une quinzaine de gendarmes avaient perdu la vie.

PRÉSENTATEUR : Merci Awa Ouédraogo, en direct de Ouagadougou.
"""))
GOLD += [
E(21, ["une attaque d'envergure", "ont pris d'assaut le détachement militaire", "Les combats", "l'attaque"],
  "BAT", "2025-08-06", "day", "Diapaga", "BF", 50, None, "about", "JNIM", "JNIM", False,
  "'mercredi' vs Friday publication -> 6 Aug. 'une cinquantaine' -> 50, about (by analogy with dizaine/vingtaine; not in the dev table). GSIM = JNIM, claimed Thursday. 'des centaines de combattants' are attackers, not casualties."),
E(21, ["une frappe de drone sur un convoi près de Kantchari"],
  "AIR", "2025-08-07", "day", "Kantchari", "BF", 20, None, "about", "military", None, False,
  "'jeudi' -> 7 Aug. 'une vingtaine' -> 20, about. Residents say civilians were among the dead (no separate figure)."),
E(21, ["enlèvements", "ont intercepté un car de transport et ont emmené huit passagers"],
  "ABD", "2025-08-05", "day", "Fada N'Gourma", "BF", None, None, None, None, None, False,
  "'Mardi' -> 5 Aug. Fada-Pama road -> first-named town Fada (Fada N'Gourma); debatable (Pama possible). The presenter's cue ('On parle aussi d'enlèvements') refers to this event. Eight passengers are abductees, not casualties."),
E(21, ["une centaine de personnes se sont rassemblées place de la Nation"],
  "PP", "2025-08-07", "day", "Ouagadougou", "BF", None, None, None, None, None, False,
  "'Hier' -> Thursday 7 Aug. Pro-army rally = peaceful protest. 'une centaine' are participants."),
E(21, ["Diapaga avait déjà été attaquée il y a deux ans"],
  "BAT", "2023-01-01", "year", "Diapaga", "BF", 15, None, "about", None, None, True,
  "'il y a deux ans' -> 2023, year precision. 'une quinzaine de gendarmes' -> 15, about. Attacker not named."),
]

# ---------------------------------------------------------------- val-022
ARTICLES.append(A(22, "fr", "article", "2025-12-04T08:00:00Z",
"Tribune : en Ituri, la litanie des massacres ne doit pas devenir un bruit de fond",
"""
Dans la nuit de lundi à mardi, des miliciens ont attaqué le site de déplacés de Lala, dans le territoire de Djugu, tuant au moins 22 personnes à la machette et incendiant des dizaines d'abris. L'armée accuse la CODECO, qui dément toute implication. Une fois encore, l'Ituri enterre ses morts dans l'indifférence.

Il faut rappeler d'où l'on vient. Le 3 mars 2020, des assaillants avaient tué plus de 15 civils dans le village de Nizi, à une trentaine de kilomètres de Bunia. Il y a deux ans, les ADF avaient enlevé une quarantaine de personnes près de Komanda ; beaucoup n'ont jamais été revues. L'an dernier, un engin explosif a explosé dans une église de Bunia pendant la messe, blessant une douzaine de fidèles.

Les habitants, eux, ont tenté de se faire entendre. En septembre, à Bunia, des centaines de manifestants ont exigé le départ du gouverneur militaire ; la police les a dispersés à coups de gaz lacrymogène. En août, un accord de cessez-le-feu signé à Bunia entre deux factions armées n'a tenu que dix jours.

Samedi dernier, l'armée a affirmé avoir tué neuf miliciens lors d'une opération près de Fataki. Peut-être. Personne n'a pu vérifier.

Les chefs de milice menacent désormais de « vider Bunia de ses traîtres ». Ce n'est, pour l'instant, qu'une menace. Mais chacun ici sait que les menaces d'hier sont souvent les massacres de demain.

Ce dont l'Ituri a besoin, ce n'est pas d'un énième communiqué, mais d'une présence de l'État qui ne se limite pas aux uniformes : des juges, des écoles, des routes.
"""))
GOLD += [
E(22, ["ont attaqué le site de déplacés de Lala"],
  "ATK", "2025-12-01", "day", "Lala", "CD", 22, None, "at_least", None, None, False,
  "'Dans la nuit de lundi à mardi' vs Thursday 4 Dec -> dated at its start, Monday 1 Dec. Army accuses CODECO, which denies -> perpetrator null. 'des dizaines d'abris' is property, not casualties."),
E(22, ["des assaillants avaient tué plus de 15 civils dans le village de Nizi"],
  "ATK", "2020-03-03", "day", "Nizi", "CD", 15, None, "more_than", None, None, True,
  "Absolute date 'Le 3 mars 2020'. 'une trentaine de kilomètres' is a distance. 'des assaillants' unnamed -> null."),
E(22, ["les ADF avaient enlevé une quarantaine de personnes"],
  "ABD", "2023-01-01", "year", "Komanda", "CD", None, None, None, "Allied Democratic Forces", None, True,
  "'Il y a deux ans' -> 2023. ADF -> 'Allied Democratic Forces' (group absent from the dev set; canonical name chosen here, not merged into 'Islamic State' since no IS claim is mentioned). 'une quarantaine' are abductees, not casualties."),
E(22, ["un engin explosif a explosé dans une église de Bunia"],
  "IED", "2024-01-01", "year", "Bunia", "CD", None, 12, "about", None, None, True,
  "'L'an dernier' vs 2025 -> 2024. 'une douzaine de fidèles' wounded -> 12, about. Unspecified explosive device -> remote explosive."),
E(22, ["des centaines de manifestants ont exigé le départ du gouverneur militaire", "la police les a dispersés à coups de gaz lacrymogène"],
  "PI", "2025-09-01", "month", "Bunia", "CD", None, None, None, None, None, True,
  "'En septembre' vs December 2025 -> 2025-09. 'des centaines' are participants."),
E(22, ["un accord de cessez-le-feu signé à Bunia"],
  "AGR", "2025-08-01", "month", "Bunia", "CD", None, None, None, None, None, True,
  "'En août' -> 2025-08. Coded to the place of signing."),
E(22, ["avoir tué neuf miliciens lors d'une opération près de Fataki"],
  "BAT", "2025-11-29", "day", "Fataki", "CD", 9, None, "exact", "military", None, False,
  "'Samedi dernier' vs Thursday 4 Dec -> 29 Nov; only the date of the army's statement is known. Army operation -> military. The militia leaders' threat is not an event."),
]

# ---------------------------------------------------------------- val-023 (negative: economy)
ARTICLES.append(A(23, "fr", "article", "2025-04-16T10:00:00Z",
"Riz, huile, sucre : l'explosion des prix met les ménages dakarois à genoux",
"""
DAKAR, 16 avril - Riz, huile, sucre : en quelques semaines, l'explosion des prix a mis à genoux des milliers de ménages dakarois. Au marché Sandaga, le sac de 50 kilos de riz brisé se vend désormais 22 000 francs CFA, contre 17 500 en janvier.

« Les prix nous tuent à petit feu », soupire Aminata Diop, 52 ans, mère de six enfants. Les commerçants, eux, disent avoir été frappés de plein fouet par la hausse du fret et par la chute des importations.

Pour l'économiste Cheikh Ndiaye, le pays est assis sur « une véritable bombe sociale ». Il évoque aussi une « attaque spéculative » de quelques grossistes, accusés de stocker la marchandise pour faire grimper les cours. La semaine dernière, la douane a saisi 30 tonnes de riz dissimulées dans des entrepôts de Rufisque.

Le gouvernement a promis une baisse des prix « dans les prochains jours » et menace les spéculateurs de « sanctions exemplaires ». Les associations de consommateurs, elles, menacent de descendre dans la rue si rien ne change d'ici la fin du mois.

Ce n'est pas la première flambée. Il y a deux ans, les prix du sucre avaient déjà explosé après une pénurie, avant de retomber au bout de quelques mois. Mais cette fois, préviennent les économistes, la guerre des prix entre importateurs pourrait durer.
"""))

# ---------------------------------------------------------------- val-024
ARTICLES.append(A(24, "fr", "article", "2025-10-01T18:00:00Z",
"EN DIRECT - Guinée : journée de mobilisation contre la vie chère, heurts meurtriers à Conakry",
"""
17 h 40 - Fin de ce direct. Merci de nous avoir suivis. Nous reviendrons demain sur les suites de cette journée de mobilisation.

17 h 15 - Le ministère de la Sécurité annonce 112 interpellations à Conakry depuis ce matin, « pour troubles à l'ordre public ».

16 h 30 - Bilan revu à la hausse à Hamdallaye : selon l'hôpital Donka, deux jeunes ont été tués par balles et 14 personnes ont été blessées lors des heurts entre manifestants et forces de l'ordre. Le gouvernement affirme que les policiers « n'étaient pas armés ».

15 h 05 - À Labé, plusieurs milliers de personnes ont défilé dans le calme jusqu'à la préfecture. Aucun incident n'a été signalé.

13 h 20 - À Hamdallaye et à Bambeto, dans la banlieue de Conakry, des jeunes ont érigé des barricades, incendié des pneus et lancé des pierres sur les policiers, qui répliquent par des tirs de gaz lacrymogène. Un premier bilan fait état d'un mort.

11 h 45 - À Kaloum, dans le centre de Conakry, la police a dispersé à coups de gaz lacrymogène un sit-in d'une cinquantaine de femmes devant le ministère du Commerce.

10 h 00 - Bienvenue dans ce direct. Les Forces vives appellent à une journée « ville morte » et à des manifestations contre la hausse des prix du carburant. En juillet 2024, des émeutes similaires avaient fait trois morts à Conakry.
"""))
GOLD += [
E(24, ["des heurts entre manifestants et forces de l'ordre", "ont érigé des barricades, incendié des pneus et lancé des pierres"],
  "RIOT", "2025-10-01", "day", "Conakry", "GN", 2, 14, "exact", None, None, False,
  "Reverse-chronological live blog: the 16:30 update (2 killed, 14 injured) overrides the 13:20 'premier bilan' of one dead. Hamdallaye and Bambeto are neighbourhoods of Conakry -> one event coded Conakry. Police tear gas does not change the riot type."),
E(24, ["112 interpellations à Conakry"],
  "ARR", "2025-10-01", "day", "Conakry", "GN", None, None, None, "police", None, False,
  "Security ministry -> police. 112 is an arrest count."),
E(24, ["ont défilé dans le calme jusqu'à la préfecture"],
  "PP", "2025-10-01", "day", "Labé", "GN", None, None, None, None, None, False,
  "'plusieurs milliers' are participants."),
E(24, ["la police a dispersé à coups de gaz lacrymogène un sit-in"],
  "PI", "2025-10-01", "day", "Conakry", "GN", None, None, None, None, None, False,
  "Kaloum is a commune of Conakry city -> Conakry. Kept separate from the riot (different site, participants and type; debatable since same city and day). 'une cinquantaine de femmes' are participants."),
E(24, ["des émeutes similaires avaient fait trois morts à Conakry"],
  "RIOT", "2024-07-01", "month", "Conakry", "GN", 3, None, "exact", None, None, True,
  "Background, 'En juillet 2024' -> month. The call for a 'ville morte' and protests (10:00) is not an event."),
]

# ---------------------------------------------------------------- val-025
ARTICLES.append(A(25, "fr", "article", "2025-05-28T11:00:00Z",
"Niger : six soldats tués par un engin explosif près d'Ayorou, deux humanitaires enlevés à Tillabéri",
"""
NIAMEY, 28 mai (Dépêche) - Six soldats nigériens ont été tués et quatre autres blessés lundi lorsque leur véhicule a sauté sur un engin explosif improvisé près d'Ayorou, dans la région de Tillabéri, a annoncé mardi soir le ministère de la Défense, qui attribue l'attaque à l'État islamique au Sahel.

Le même jour, deux employés nigériens d'une ONG médicale ont été enlevés par des hommes armés à la sortie de la ville de Tillabéri. Leur organisation a confirmé l'enlèvement sans donner de détails.

Mardi, les forces de défense et de sécurité ont découvert et saisi une trentaine d'obus de mortier et 300 kilogrammes de nitrate d'ammonium dans une cache près de Ouallam, selon la même source.

À Niamey, la police a interpellé dimanche un opposant, ancien ministre, accusé d'« atteinte à la sûreté de l'État ». Son parti a dénoncé un « enlèvement » et appelé ses militants au calme.

Vendredi, des représentants des communautés peule et djerma ont signé à Tillabéri, sous l'égide du gouverneur, un pacte de non-agression censé mettre fin aux violences entre éleveurs et agriculteurs dans la commune d'Anzourou.

La région est régulièrement minée. Le 3 mars, une mine avait tué quatre civils qui circulaient en charrette sur la route de Téra.
"""))
GOLD += [
E(25, ["a sauté sur un engin explosif improvisé", "l'attaque"],
  "IED", "2025-05-26", "day", "Ayorou", "NE", 6, 4, "exact", "Islamic State", None, False,
  "'lundi' vs Wednesday publication -> 26 May (announced Tuesday evening). Official attribution to État islamique au Sahel -> 'Islamic State'; not claimed."),
E(25, ["ont été enlevés par des hommes armés", "l'enlèvement"],
  "ABD", "2025-05-26", "day", "Tillabéri", "NE", None, None, None, None, None, False,
  "'Le même jour' = Monday 26 May. 'l'enlèvement' occurs once; the shorter string 'enlèvement' occurs twice (see the arrest event)."),
E(25, ["ont découvert et saisi une trentaine d'obus de mortier"],
  "DWU", "2025-05-27", "day", "Ouallam", "NE", None, None, None, "military", None, False,
  "'Mardi' -> 27 May. 'forces de défense et de sécurité' announced by the defence ministry -> military; debatable (police possible). 'une trentaine' of shells and '300 kilogrammes' are not casualties."),
E(25, ["la police a interpellé dimanche un opposant", "enlèvement#2"],
  "ARR", "2025-05-25", "day", "Niamey", "NE", None, None, None, "police", None, False,
  "'dimanche' -> 25 May. The party calls the arrest an « enlèvement »: occurrence #2 of 'enlèvement' names this arrest, not an abduction."),
E(25, ["un pacte de non-agression"],
  "AGR", "2025-05-23", "day", "Tillabéri", "NE", None, None, None, None, None, False,
  "'Vendredi' -> 23 May. Agreement coded to the place of signing (Tillabéri)."),
E(25, ["une mine avait tué quatre civils"],
  "IED", "2025-03-03", "day", "Téra", "NE", 4, None, "exact", None, None, True,
  "'Le 3 mars' without a year -> 2025; more than 30 days before publication -> background. 'route de Téra' -> Téra. 'La région est régulièrement minée' is generic."),
]
