"""Authoring source of benchmarks/events_holdout18 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Guéné, Benin cluster (holdout18-013 to 018, all French), two
suicide bombers on Friday 7 August 2026 at two sites of one town (the cattle
market and the police station, about 400 m apart, five minutes apart): an
agency flash with « pourrait être l'œuvre » about the Islamic State in the
Sahel (013), a national daily's next-day report with the revised toll, a
road blockade cleared with tear gas and arrests (014), a local-radio
transcript with speaker labels carrying the JNIM claim, a denial and a
suspected host's arrest (015), an arrests story with a raid that turns into
an exchange of fire (016), an editorial full of older attacks (017) and
the government's council-of-ministers communiqué with numbered paragraphs
(018). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout18")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout18-013
ARTICLES.append(A(13, "fr", "article", "2026-08-07T13:40:00Z",
"Bénin : un double attentat-suicide fait au moins huit morts à Guéné",
"""
GUÉNÉ (Bénin) - Deux kamikazes se sont fait exploser vendredi matin au marché à bétail et devant le commissariat de Guéné, dans le nord du Bénin, faisant au moins huit morts et une vingtaine de blessés, selon des sources sécuritaires et hospitalières.

Le premier assaillant, un jeune homme âgé d'environ 20 ans selon des témoins, a actionné sa ceinture d'explosifs vers 9 h 10 au milieu des acheteurs de bovins. Environ cinq minutes plus tard, un second kamikaze s'est fait exploser devant le commissariat, à quelque 400 mètres, au moment où des policiers en sortaient pour porter secours.

« J'ai vu des bœufs couchés et des hommes par terre, partout », a raconté un vendeur de 52 ans joint par téléphone. Les blessés ont été transportés à l'hôpital de zone de Malanville et au centre hospitalier de Kandi.

Guéné, une localité commerçante de la commune de Malanville, se trouve sur la route inter-États, à environ 25 kilomètres de la frontière avec le Niger. Son marché hebdomadaire attire chaque vendredi des centaines d'éleveurs du Bénin, du Niger et du Nigeria.

Aucune revendication n'avait été publiée en début d'après-midi. Une source sécuritaire à Cotonou a estimé que l'attaque « pourrait être l'œuvre » de l'État islamique au Sahel, actif de l'autre côté du fleuve Niger, tout en appelant à la prudence.

Jeudi, des hommes armés ont enlevé deux bergers et emporté une centaine de têtes de bétail près de Founougo, dans la commune de Banikoara, selon un élu local.

Le gouvernement a décrété un deuil national de 48 heures et convoqué un conseil de sécurité extraordinaire pour samedi.
"""))
GOLD += [
E(13, ["Deux kamikazes se sont fait exploser vendredi matin au marché à bétail et devant le commissariat de Guéné"],
  "SUI", "2026-08-07", "day", "Guéné", "BJ", 8, 20, "at_least", None, None, False,
  "'vendredi matin' = publication day, Friday 7 August. Two bombers at two sites of one town (the cattle market and the police station, about 400 m apart), five minutes apart -> ONE Suicide bomb event (events_holdout10 Koupela convention). 'au moins huit morts et une vingtaine de blessés' -> 8 killed (at_least), 'une vingtaine' -> 20 injured (dev table); the qualifier describes killed. « pourrait être l'œuvre » de l'État islamique au Sahel is speculation -> null. 'environ 20 ans', '9 h 10', 'cinq minutes', '400 mètres', '52 ans', '25 kilomètres', 'des centaines d'éleveurs', '48 heures' are not casualties. Malanville and Kandi are hospital towns."),
E(13, ["des hommes armés ont enlevé deux bergers"],
  "ABD", "2026-08-06", "day", "Founougo", "BJ", None, None, None, None, None, False,
  "'Jeudi' vs Friday 7 August -> 6 August. Unnamed 'hommes armés' -> null. 'deux bergers' are abductees; 'une centaine de têtes de bétail' are cattle. Near a village -> the village."),
]

# -------------------------------------------------------------- holdout18-014
ARTICLES.append(A(14, "fr", "article", "2026-08-08T15:00:00Z",
"Attentat de Guéné : le bilan s'alourdit, colère sur la route inter-États",
"""
Le bilan du double attentat-suicide qui a frappé vendredi le marché à bétail et le commissariat de Guéné s'est nettement alourdi.

Vendredi après-midi, les premières sources faisaient état de huit morts. En soirée, treize corps avaient été recensés à l'hôpital de zone de Malanville, et deux blessés ont succombé dans la nuit. Samedi, le préfet de l'Alibori a annoncé quinze morts, sans compter les deux kamikazes, et quarante-deux blessés, dont sept enfants. Parmi les morts figurent trois policiers et douze civils, en majorité des éleveurs.

Samedi matin, des dizaines de jeunes en colère ont barré la route inter-États à l'entrée de Guéné avec des troncs d'arbres et des pneus enflammés, pour réclamer le départ du commissaire et l'installation d'un camp militaire. La police a dispersé les manifestants au gaz lacrymogène et la circulation a repris vers 11 heures. Aucun blessé n'a été signalé.

Vendredi soir, des militaires de l'opération Mirador ont interpellé trois suspects à Madécali, un village au bord du fleuve Niger, à une quinzaine de kilomètres de Guéné. Deux motos et un téléphone satellitaire ont été saisis, selon une source militaire. Une cinquantaine d'habitants ont par ailleurs été entendus puis relâchés.

Aucun groupe n'a revendiqué l'attentat à ce stade.

Le conseil de sécurité réuni samedi à Cotonou a décidé l'envoi de 400 militaires supplémentaires dans l'Alibori et la fermeture du marché à bétail pour deux semaines. Un numéro vert, le 133, a été ouvert pour recueillir des informations. Les obsèques de neuf victimes ont eu lieu samedi après-midi au cimetière de Guéné, dans le calme.
"""))
GOLD += [
E(14, ["Le bilan du double attentat-suicide qui a frappé vendredi le marché à bétail et le commissariat de Guéné"],
  "SUI", "2026-08-07", "day", "Guéné", "BJ", 17, 42, "exact", None, None, False,
  "'vendredi' vs Saturday 8 August -> 7 August. Two sites of one town -> one event. Revised toll inside the report: 'huit morts' -> 'treize corps' -> 'deux blessés ont succombé' -> 'quinze morts, sans compter les deux kamikazes' -> 15 + 2 = 17 (bombers added, events_holdout14/15/17 'sans compter'), exact; 'quarante-deux blessés' -> 42; 'dont sept enfants' is a subset; 'trois policiers et douze civils' split the 15. 'l'attentat' in 'Aucun groupe n'a revendiqué l'attentat' names it again (no claim -> null); the burial of 'neuf victimes' is not coded. '400 militaires', 'deux semaines', 'le 133' are not casualties."),
E(14, ["des dizaines de jeunes en colère ont barré la route inter-États à l'entrée de Guéné"],
  "PI", "2026-08-08", "day", "Guéné", "BJ", None, None, None, None, None, False,
  "'Samedi matin' = publication day. Barricades and burning tyres cleared with tear gas -> Protest with intervention (events_holdout17 Mandélia). 'Aucun blessé n'a été signalé' -> null, not 0. 'des dizaines' are participants; '11 heures' is a time."),
E(14, ["des militaires de l'opération Mirador ont interpellé trois suspects à Madécali"],
  "ARR", "2026-08-07", "day", "Madécali", "BJ", None, None, None, "military", None, False,
  "'Vendredi soir' vs Saturday 8 August -> 7 August. Soldiers of operation Mirador -> 'military'. 'Deux motos et un téléphone satellitaire' belong to the arrest; 'une quinzaine de kilomètres' is a distance. 'Une cinquantaine d'habitants ... entendus puis relâchés' are not arrests."),
]

# -------------------------------------------------------------- holdout18-015
ARTICLES.append(A(15, "fr", "transcript", "2026-08-10T07:30:00Z",
"Radio Alibori Soleil, journal du matin : revendication et nouvelle arrestation",
"""
ANIMATEUR : Bonjour à toutes et à tous, il est 7 h 30 à Kandi. L'attentat de vendredi à Guéné a été revendiqué samedi soir par le Groupe de soutien à l'islam et aux musulmans, le JNIM. Notre correspondant à Malanville, Issifou Bio Sanni, est en ligne. Issifou, que dit ce texte ?

CORRESPONDANT : Bonjour. Le JNIM affirme que deux de ses « martyrs » ont visé « les policiers et leurs collaborateurs », et il parle de plus de cinquante morts. Ce chiffre est faux. Le bilan officiel est de dix-huit morts, kamikazes compris, depuis le décès hier d'une commerçante à l'hôpital de zone de Malanville. L'État islamique au Sahel, que certains soupçonnaient, a démenti toute implication dans un message diffusé dimanche.

ANIMATEUR : Et l'enquête avance ?

CORRESPONDANT : Oui. Hier, la police républicaine a interpellé à Bagou un homme de 45 ans, soupçonné d'avoir hébergé les deux kamikazes pendant trois nuits. C'est le logeur présumé. Par ailleurs, une vingtaine de personnes ont été convoquées au commissariat de Malanville. Un officier me l'a dit clairement : « une convocation n'est pas une arrestation ».

ANIMATEUR : Nous avons une auditrice en ligne, de Guéné. Madame, bonjour.

AUDITRICE : Bonjour. Je vends des condiments au marché depuis 1998. Mon voisin est mort, son fils de 12 ans est blessé. On a enterré nos morts samedi. Maintenant on a peur d'aller au marché. On demande seulement que l'État nous protège.

ANIMATEUR : Merci, madame, courage à vous. Pour toute information, la police rappelle son numéro vert, le 133, gratuit. Le marché à bétail de Guéné reste fermé jusqu'au 22 août. Les écoles de la commune rouvriront, elles, mercredi.

CORRESPONDANT : Une précision : trois des blessés ont été transférés à Parakou, à plus de 300 kilomètres. Leur état est jugé stable.

ANIMATEUR : Merci, Issifou. La suite du journal après la météo.
"""))
GOLD += [
E(15, ["L'attentat de vendredi à Guéné"],
  "SUI", "2026-08-07", "day", "Guéné", "BJ", 18, None, "exact", "JNIM", "JNIM", False,
  "The claim named by place and day: 'L'attentat de vendredi à Guéné' vs Monday 10 August -> 7 August. 'a été revendiqué ... par le Groupe de soutien à l'islam et aux musulmans, le JNIM' -> claimant and perpetrator 'JNIM' (dev canonical name). The claimant's 'plus de cinquante morts' is not used ('Ce chiffre est faux' disputes the figure, not the authorship). 'dix-huit morts, kamikazes compris' -> 18 (inside), exact, after a trader died 'hier' (9 August). The Islamic State in the Sahel 'a démenti': a denial, not a claim. No wounded total ('son fils de 12 ans', 'trois des blessés' are not totals). '7 h 30', '1998', '133', '22 août', '300 kilomètres' are not casualties."),
E(15, ["la police républicaine a interpellé à Bagou un homme de 45 ans"],
  "ARR", "2026-08-09", "day", "Bagou", "BJ", None, None, None, "police", None, False,
  "'Hier' vs Monday 10 August -> 9 August. Police républicaine -> 'police'. The suspected host (« logeur présumé »). '45 ans' is an age, 'trois nuits' a span. 'une vingtaine de personnes ont été convoquées' are not arrests."),
]

# -------------------------------------------------------------- holdout18-016
ARTICLES.append(A(16, "fr", "article", "2026-08-13T10:00:00Z",
"Alibori : onze interpellations et un accrochage après l'attentat de Guéné",
"""
Les forces armées béninoises ont interpellé onze suspects lundi lors d'opérations de ratissage à Goungoun, un village de la commune de Malanville, a annoncé mercredi l'état-major.

Les suspects, âgés de 18 à 50 ans, sont soupçonnés d'avoir fourni des vivres et des motos au réseau qui a préparé l'attentat du 7 août à Guéné. Trois motos, deux fusils de chasse et un lot de cartes SIM ont été saisis. Une soixantaine de personnes ont aussi été entendues puis relâchées.

Mardi, une patrouille a donné l'assaut à un campement caché dans la forêt près de Bodjécali, où se trouvaient, selon l'armée, des complices des kamikazes. Un échange de tirs a suivi pendant une vingtaine de minutes. Deux assaillants ont été tués et un soldat a été blessé, selon l'état-major, qui ne précise pas si d'autres combattants ont pu s'enfuir vers le Niger, à une dizaine de kilomètres.

L'attentat du 7 août, revendiqué par le JNIM, a fait dix-huit morts, dont les deux kamikazes, et plus de quarante blessés. C'est la première fois qu'un attentat-suicide frappe le territoire béninois.

Le ministre de l'Intérieur a annoncé une prime de 5 millions de francs CFA pour toute information permettant d'arrêter d'autres membres du réseau. Les suspects devraient être présentés à la Cour de répression des infractions économiques et du terrorisme (CRIET), à Porto-Novo, dans les prochains jours.

À Guéné, le marché à bétail reste fermé. Selon la mairie, près de 1 200 éleveurs ont dû se rabattre sur les marchés de Malanville et de Kandi, plus loin, en pleine saison de transhumance.
"""))
GOLD += [
E(16, ["Les forces armées béninoises ont interpellé onze suspects lundi lors d'opérations de ratissage à Goungoun"],
  "ARR", "2026-08-10", "day", "Goungoun", "BJ", None, None, None, "military", None, False,
  "'lundi' vs Thursday 13 August -> 10 August (the arrest day, not the announcement on Wednesday). Armed forces -> 'military'. 'âgés de 18 à 50 ans' are ages; 'Trois motos, deux fusils de chasse' belong to the arrest. 'Une soixantaine de personnes ... entendues puis relâchées' are not arrests."),
E(16, ["une patrouille a donné l'assaut à un campement caché dans la forêt près de Bodjécali", "Un échange de tirs a suivi"],
  "BAT", "2026-08-11", "day", "Bodjécali", "BJ", 2, 1, "exact", "military", None, False,
  "'Mardi' vs Thursday 13 August -> 11 August. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout17 convention), 'military'. 'Deux assaillants ont été tués et un soldat a été blessé, selon l'état-major' -> 2 killed, 1 injured, the acting force's own figure. Forest near a village -> the village. 'une vingtaine de minutes' is a span, 'une dizaine de kilomètres' a distance."),
E(16, ["l'attentat du 7 août à Guéné", "L'attentat du 7 août, revendiqué par le JNIM"],
  "SUI", "2026-08-07", "day", "Guéné", "BJ", 18, 40, "exact", "JNIM", "JNIM", False,
  "'du 7 août' absolute (2026). 'dix-huit morts, dont les deux kamikazes' -> 18 (inside), exact; 'plus de quarante blessés' -> 40 (the qualifier describes the exact killed figure). 'revendiqué par le JNIM' -> claimant and perpetrator. '5 millions de francs CFA', '1 200 éleveurs' are not casualties; the coming CRIET hearing is not coded."),
]

# -------------------------------------------------------------- holdout18-017
ARTICLES.append(A(17, "fr", "article", "2026-08-17T06:30:00Z",
"Éditorial : Guéné, le nord n'est plus une périphérie",
"""
Le 7 août, deux kamikazes ont frappé Guéné, son marché à bétail et son commissariat, à cinq minutes d'intervalle. Dix-huit morts, dont les deux assaillants, et des dizaines de blessés. Le JNIM a revendiqué l'attaque le lendemain. Pour la première fois, le Bénin a connu ce que le Burkina Faso et le Niger vivent depuis des années.

Il serait pourtant faux de parler de surprise. Le nord saigne depuis longtemps, et il saigne en silence.

Il y a quatre ans, une mine artisanale a tué cinq soldats sur la piste de Dassari, dans l'Atacora. En mars 2021, des hommes armés ont abattu deux éleveurs près de Kérou, à la tombée de la nuit, devant leurs enfants. Il y a deux ans, le commissariat de Sinendé a été attaqué en pleine nuit ; un policier y a perdu la vie et les assaillants sont repartis avec des armes.

L'État n'est pas resté inerte. En janvier 2025, l'armée de l'air a frappé un campement près de Cobly, tuant une dizaine de combattants selon l'état-major. Des milliers de soldats ont été déployés, des postes ont été construits, et la loi sur le renseignement a été votée.

Mais une armée ne suffit pas là où l'État ne vient que sous la forme d'un uniforme. À Guéné, l'école la plus proche du marché n'a que trois enseignants pour 600 élèves. Le centre de santé ferme à 18 heures. Les jeunes éleveurs, eux, voient passer chaque semaine des recruteurs qui leur promettent une moto et 100 000 francs CFA par mois.

Le nord n'est plus une périphérie. Il est devenu la frontière, au sens le plus dur du mot. Il faut y envoyer des soldats, bien sûr, mais aussi des instituteurs, des infirmiers et des juges. Sinon, d'autres kamikazes trouveront la route ouverte.
"""))
GOLD += [
E(17, ["deux kamikazes ont frappé Guéné", "Le JNIM a revendiqué l'attaque"],
  "SUI", "2026-08-07", "day", "Guéné", "BJ", 18, 12, "exact", "JNIM", "JNIM", False,
  "'Le 7 août' absolute (2026), 10 days before -> current. Two sites, five minutes apart -> one event. 'Dix-huit morts, dont les deux assaillants' -> 18 (inside), exact; 'des dizaines de blessés' -> 12 (dev table: 'des dizaines' -> 12 at_least; the qualifier describes the exact killed figure). 'Le JNIM a revendiqué' -> claimant and perpetrator."),
E(17, ["une mine artisanale a tué cinq soldats sur la piste de Dassari"],
  "IED", "2022-01-01", "year", "Dassari", "BJ", 5, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A track near a town -> the town. No actor -> null. 'tué cinq soldats' -> 5."),
E(17, ["des hommes armés ont abattu deux éleveurs près de Kérou"],
  "ATK", "2021-03-01", "month", "Kérou", "BJ", 2, None, "exact", None, None, True,
  "'En mars 2021' -> month, background. Unnamed gunmen killing civilians -> Attack, null. 'deux éleveurs' -> 2."),
E(17, ["le commissariat de Sinendé a été attaqué en pleine nuit"],
  "BAT", "2024-01-01", "year", "Sinendé", "BJ", 1, None, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. Unnamed attackers of a police station -> Armed clash with a null initiator (events_holdout17 al-Alam, Rijau); a reader could code Attack. 'un policier y a perdu la vie' -> 1."),
E(17, ["l'armée de l'air a frappé un campement près de Cobly"],
  "AIR", "2025-01-01", "month", "Cobly", "BJ", 10, None, "about", "military", None, True,
  "'En janvier 2025' -> month, background. The air force -> 'military'. 'une dizaine de combattants selon l'état-major' -> 10, about (dev table), the acting force's own figure used as the only one. 'trois enseignants', '600 élèves', '18 heures', '100 000 francs CFA', 'Des milliers de soldats' are not casualties."),
]

# -------------------------------------------------------------- holdout18-018
ARTICLES.append(A(18, "fr", "article", "2026-08-19T18:00:00Z",
"Compte rendu du Conseil des ministres : les mesures après l'attentat de Guéné",
"""
COMPTE RENDU DU CONSEIL DES MINISTRES DU MERCREDI 19 AOÛT 2026 (extrait)

Le Conseil des ministres s'est réuni ce mercredi 19 août 2026 sous la présidence du Chef de l'État. Au titre des questions de sécurité, le Conseil a pris acte du rapport du ministre de la Défense nationale sur l'attentat terroriste perpétré le vendredi 7 août 2026 à Guéné, commune de Malanville.

1. Bilan. L'attentat, commis par deux kamikazes au marché à bétail et devant le commissariat, a causé la mort de dix-huit (18) personnes, dont les deux (2) assaillants, et fait quarante-quatre (44) blessés, dont six (6) sont encore hospitalisés.

2. Interpellations. Onze (11) individus ont été interpellés le lundi 10 août 2026 à Goungoun par les Forces armées béninoises. Le logeur présumé des assaillants a été interpellé le dimanche 9 août 2026 à Bagou par la Police républicaine. Tous ont été présentés au parquet spécial près la CRIET.

3. Opérations. Le mardi 11 août 2026, une unité des Forces armées béninoises a neutralisé deux (2) terroristes près de Bodjécali, au cours d'un accrochage qui a fait un (1) blessé dans nos rangs. Le samedi 15 août 2026, une équipe du génie militaire a détecté et neutralisé un engin explosif improvisé sur la piste reliant Monsey au fleuve Niger.

4. Mesures. Le Conseil a décidé : le déploiement de six cents (600) militaires supplémentaires dans le département de l'Alibori ; la prise en charge gratuite des blessés dans les hôpitaux publics ; l'octroi d'une aide de deux millions (2 000 000) de francs CFA à chaque famille endeuillée ; la réouverture du marché à bétail de Guéné le samedi 22 août 2026, sous la protection des forces de défense et de sécurité.

Le Gouvernement renouvelle ses condoléances aux familles éplorées, souhaite un prompt rétablissement aux blessés et salue le professionnalisme des Forces de défense et de sécurité. Il invite les populations à signaler tout mouvement suspect au numéro vert 133.

Fait à Cotonou, le 19 août 2026.
"""))
GOLD += [
E(18, ["l'attentat terroriste perpétré le vendredi 7 août 2026 à Guéné", "L'attentat, commis par deux kamikazes"],
  "SUI", "2026-08-07", "day", "Guéné", "BJ", 18, 44, "exact", None, None, False,
  "'le vendredi 7 août 2026' absolute. Two bombers at the cattle market and the police station -> one event. 'dix-huit (18) personnes, dont les deux (2) assaillants' -> 18 (inside), exact; 'quarante-quatre (44) blessés' -> 44; 'dont six (6) sont encore hospitalisés' is a subset. The government names no group ('attentat terroriste') -> null (each document stands alone)."),
E(18, ["Onze (11) individus ont été interpellés le lundi 10 août 2026 à Goungoun"],
  "ARR", "2026-08-10", "day", "Goungoun", "BJ", None, None, None, "military", None, False,
  "'le lundi 10 août 2026' absolute. 'par les Forces armées béninoises' -> 'military'. Restated with place and day -> coded (each document stands alone)."),
E(18, ["Le logeur présumé des assaillants a été interpellé le dimanche 9 août 2026 à Bagou"],
  "ARR", "2026-08-09", "day", "Bagou", "BJ", None, None, None, "police", None, False,
  "'le dimanche 9 août 2026' absolute. 'par la Police républicaine' -> 'police'. Being presented to the prosecutor is not a new event."),
E(18, ["une unité des Forces armées béninoises a neutralisé deux (2) terroristes près de Bodjécali", "un accrochage"],
  "BAT", "2026-08-11", "day", "Bodjécali", "BJ", 2, 1, "exact", "military", None, False,
  "'Le mardi 11 août 2026' absolute. The army unit engaged them -> Armed clash initiated by 'military'. 'neutralisé deux (2) terroristes' is read as killed (military usage, and 016 says 'Deux assaillants ont été tués' for the same clash) -> 2; 'un (1) blessé dans nos rangs' -> 1. A reader could leave 'neutralisé' out of the killed figure."),
E(18, ["une équipe du génie militaire a détecté et neutralisé un engin explosif improvisé"],
  "DWU", "2026-08-15", "day", "Monsey", "BJ", None, None, None, "military", None, False,
  "'Le samedi 15 août 2026' absolute. A device detected and neutralised -> Disrupted weapons use, army engineers -> 'military'. A track from a village -> the village. 'six cents (600) militaires', '2 000 000 de francs CFA', '22 août', '133' are not casualties."),
]
