"""Authoring source of benchmarks/events_holdout17 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mandélia, Chad cluster (holdout17-011 to 016, all French), two
suicide bombers on Wednesday 17 June 2026 at two sites of one town (the
weekly market and the river landing on the Chari, about 500 m apart, about
five minutes apart): an agency flash with an ISWAP « pourrait être l'œuvre »
(011), a national daily's next-day report with the revised toll, a blockade
cleared with tear gas and arrests (012), the Boko Haram video claim and an
ISWAP denial, published four days later (013), a daily on arrests, a
facilitator and a raid that turns into a clash (014), a radio transcript
(015) and an editorial full of older attacks (016). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout17")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout17-011
ARTICLES.append(A(11, "fr", "article", "2026-06-17T14:45:00Z",
"Tchad : au moins dix morts dans un double attentat-suicide à Mandélia",
"""
MANDÉLIA (Tchad) - Au moins dix personnes ont été tuées et une trentaine d'autres blessées mercredi matin à Mandélia, dans le Chari-Baguirmi, lorsque deux kamikazes se sont fait exploser au marché hebdomadaire et au débarcadère du fleuve, a-t-on appris de sources sécuritaires et hospitalières.

La première kamikaze, une jeune fille âgée d'une quinzaine d'années selon des témoins, a actionné sa charge vers 8 h 30 à l'entrée du marché, où se pressaient des centaines de commerçants. Environ cinq minutes plus tard, un homme s'est fait exploser au débarcadère, à quelque 500 mètres de là, au moment où des pirogues arrivaient de la rive camerounaise.

« Nous avons ramassé dix corps », a déclaré à l'agence un responsable de la police locale. Les blessés ont été transportés à l'hôpital de district, et les cas les plus graves vers N'Djamena, à environ 45 kilomètres au nord.

Aucune revendication n'avait été enregistrée mercredi en début d'après-midi. Selon une source sécuritaire, l'attaque « pourrait être l'œuvre » de l'État islamique en Afrique de l'Ouest (Iswap), très actif sur les îles du lac Tchad.

Par ailleurs, dans la nuit de lundi à mardi, des hommes armés ont enlevé trois éleveurs près de Linia, à une trentaine de kilomètres de Mandélia, selon des notables de la localité.

Mandélia, ville d'environ 20 000 habitants sur le Chari, face au Cameroun, avait jusqu'ici été épargnée par les attaques. Le gouverneur de la province a décrété un couvre-feu de 19 heures à 6 heures et ordonné la fermeture du marché jusqu'à nouvel ordre.
"""))
GOLD += [
E(11, ["deux kamikazes se sont fait exploser au marché hebdomadaire et au débarcadère du fleuve"],
  "SUI", "2026-06-17", "day", "Mandélia", "TD", 10, 30, "at_least", None, None, False,
  "'mercredi matin' = publication day, Wednesday 17 June. Two bombers at two sites of one town (the market entrance and the river landing, about 500 m apart), about five minutes apart -> ONE Suicide bomb event (events_holdout10 Koupéla, events_holdout13 to 15). 'Au moins dix personnes ont été tuées et une trentaine d'autres blessées' -> 10 killed (at_least), 30 injured (une trentaine; the qualifier describes killed). The ISWAP « pourrait être l'œuvre » is speculation -> null. 'âgée d'une quinzaine d'années' is an age, not 15 casualties; '8 h 30', 'cinq minutes', '500 mètres', '45 kilomètres', 'des centaines de commerçants', 'dix corps' (the same ten), '20 000 habitants', '19 heures à 6 heures' are not casualties. Spelling 'Mandélia' (GeoNames 'Mandelia')."),
E(11, ["des hommes armés ont enlevé trois éleveurs près de Linia"],
  "ABD", "2026-06-15", "day", "Linia", "TD", None, None, None, None, None, False,
  "'dans la nuit de lundi à mardi' vs Wednesday 17 June -> Monday 15 June (nights dated at their start). Unnamed 'hommes armés' -> null. The three abductees are not casualties; 'une trentaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout17-012
ARTICLES.append(A(12, "fr", "article", "2026-06-18T16:20:00Z",
"Double attentat-suicide de Mandélia : le bilan s'alourdit à 21 morts",
"""
Le bilan du double attentat-suicide qui a frappé mercredi la ville de Mandélia s'est nettement alourdi. Le ministre de la Sécurité publique a annoncé jeudi 19 morts, sans compter les deux kamikazes, et 47 blessés, dont quinze ont été évacués vers les hôpitaux de N'Djamena.

Mercredi à la mi-journée, les premières sources faisaient état de dix morts. Dans la soirée, l'hôpital de district avait déjà reçu seize corps, et trois blessés graves ont succombé dans la nuit, a précisé le ministre, qui s'est rendu sur place jeudi matin.

Parmi les victimes figurent un piroguier de 60 ans et deux fillettes de 7 et 10 ans qui accompagnaient leur mère au marché.

Jeudi matin, des dizaines de jeunes ont érigé des barricades et brûlé des pneus sur la route nationale qui mène à N'Djamena pour réclamer le retour d'un détachement de l'armée retiré en début d'année. La police les a dispersés à coups de gaz lacrymogène vers 10 heures. Aucun blessé n'a été signalé.

Mercredi soir, la gendarmerie a interpellé quatre suspects à Koundoul, sur la route de la capitale. Une moto et deux téléphones ont été saisis. Une cinquantaine de personnes ont en outre été entendues, puis relâchées.

Les premiers enterrements ont eu lieu mercredi après-midi. Le gouvernement a décrété trois jours de deuil national et promis cinq millions de francs CFA à chaque famille endeuillée.

L'attentat n'avait toujours pas été revendiqué jeudi soir.
"""))
GOLD += [
E(12, ["Le bilan du double attentat-suicide qui a frappé mercredi la ville de Mandélia", "L'attentat"],
  "SUI", "2026-06-17", "day", "Mandélia", "TD", 21, 47, "exact", None, None, False,
  "'mercredi' vs Thursday 18 June -> 17 June. Two sites of one town -> one event. Revised toll inside the report: 'dix morts' -> 'seize corps' -> '19 morts, sans compter les deux kamikazes' -> 19 + 2 = 21 (events_holdout14/15 'sans compter' adds the bombers), exact. '47 blessés' -> 47; 'dont quinze ont été évacués' is a subset. No claim -> null. '60 ans', '7 et 10 ans' are ages; 'trois jours de deuil', 'cinq millions de francs CFA' are not casualties; the burials are not coded."),
E(12, ["des dizaines de jeunes ont érigé des barricades et brûlé des pneus"],
  "PI", "2026-06-18", "day", "Mandélia", "TD", None, None, None, None, None, False,
  "'Jeudi matin' = publication day, 18 June. Barricades and burning tyres cleared with tear gas -> Protest with intervention (events_holdout12 to 15); null actor (protests). The road to N'Djamena is the town's road -> Mandélia. 'des dizaines de jeunes' are participants; 'Aucun blessé n'a été signalé' -> null, not 0; '10 heures' is a time."),
E(12, ["la gendarmerie a interpellé quatre suspects à Koundoul"],
  "ARR", "2026-06-17", "day", "Koundoul", "TD", None, None, None, "police", None, False,
  "'Mercredi soir' vs Thursday 18 June -> 17 June. Gendarmerie -> 'police'. The motorcycle and phones belong to the arrest. 'Une cinquantaine de personnes ont ... été entendues, puis relâchées' are not arrests."),
]

# -------------------------------------------------------------- holdout17-013
ARTICLES.append(A(13, "fr", "article", "2026-06-21T09:30:00Z",
"Boko Haram revendique l'attaque de Mandélia, l'Iswap dément",
"""
L'attaque de mercredi dernier à Mandélia a été revendiquée par Boko Haram, dans une vidéo de neuf minutes diffusée samedi sur des messageries cryptées.

On y voit un homme masqué, présenté comme un commandant de la faction dite JAS, affirmer que deux « martyrs » ont mené l'opération et que « plus de 70 soldats et mécréants » ont été tués. Le gouvernement a qualifié ce chiffre de « pure propagande » et maintenu un bilan de 22 morts, kamikazes compris, après le décès d'une blessée vendredi à N'Djamena. Le porte-parole du gouvernement n'a toutefois pas mis en doute l'authenticité de la revendication.

L'État islamique en Afrique de l'Ouest (Iswap), que des sources sécuritaires avaient d'abord soupçonné, a démenti toute implication dans un bref message transmis à des journalistes de la région.

Boko Haram, affaibli depuis la mort de son chef historique en 2021, conserve des cellules sur les deux rives du Chari et du Logone. En 2019, le groupe avait déjà revendiqué un attentat-suicide contre un poste militaire à Guelendeng, tuant sept militaires.

Selon un chercheur tchadien joint par téléphone, la revendication tardive s'explique par le temps nécessaire pour faire sortir la vidéo des zones contrôlées par le groupe. « Ce n'est pas inhabituel, quatre ou cinq jours », a-t-il expliqué.

Les autorités ont porté à 10 millions de francs CFA la récompense promise pour toute information. Le marché de Mandélia reste fermé.
"""))
GOLD += [
E(13, ["L'attaque de mercredi dernier à Mandélia a été revendiquée par Boko Haram"],
  "SUI", "2026-06-17", "day", "Mandélia", "TD", 22, None, "exact", "Boko Haram", "Boko Haram", False,
  "A claim published four days later that names the attack by its place and day: 'mercredi dernier' vs Sunday 21 June -> 17 June; the text says 'deux « martyrs »' and 'kamikazes', never 'attentat-suicide'. 'a été revendiquée par Boko Haram' (the faction 'dite JAS' -> 'Boko Haram', dev canonical name; earlier sets code JAS as Boko Haram) -> claimant and perpetrator. The government rejects the figure ('plus de 70', not used) but not the authorship. '22 morts, kamikazes compris' -> 22 (inside), exact; the woman who died on Friday raised it. ISWAP's denial is not a claim and sets nothing. 'neuf minutes' is a span."),
E(13, ["le groupe avait déjà revendiqué un attentat-suicide contre un poste militaire à Guelendeng"],
  "SUI", "2019-01-01", "year", "Guelendeng", "TD", 7, None, "exact", "Boko Haram", "Boko Haram", True,
  "'En 2019' -> year, background. Claimed by the group -> claimant and perpetrator 'Boko Haram'. 'tuant sept militaires' -> 7. 'la mort de son chef historique en 2021' is not coded (a death with no place or act described); '10 millions de francs CFA', 'quatre ou cinq jours' are not casualties."),
]

# -------------------------------------------------------------- holdout17-014
ARTICLES.append(A(14, "fr", "article", "2026-06-24T11:00:00Z",
"Attentat de Mandélia : onze suspects interpellés, un logeur présumé appréhendé",
"""
Une semaine après le double attentat-suicide de Mandélia, les arrestations se multiplient. Lundi, des militaires ont interpellé onze suspects lors d'une opération de ratissage à Dourbali, à une centaine de kilomètres à l'est de la capitale, a indiqué l'état-major.

La veille, dimanche, un homme de 42 ans présenté comme le logeur présumé des deux kamikazes a été appréhendé par la gendarmerie à Massenya, où il s'était réfugié chez un parent. Il aurait hébergé les assaillants pendant trois nuits avant l'attaque.

Mardi, une opération de l'armée sur une île du Chari proche de Mailao a tourné à l'accrochage. Les hommes retranchés sur l'île ont ouvert le feu : trois combattants ont été tués et deux soldats blessés, selon l'armée, qui dit avoir saisi deux fusils d'assaut et une pirogue motorisée.

L'attentat du 17 juin, revendiqué par Boko Haram, a fait 22 morts, dont les deux kamikazes, selon le dernier bilan officiel.

Une trentaine de personnes ont par ailleurs été convoquées pour être entendues par les enquêteurs, puis relâchées. « Une convocation n'est pas une arrestation », a insisté un magistrat du parquet de N'Djamena.

À Mandélia, le marché a rouvert mardi sous haute surveillance, avec deux points de fouille à chaque entrée. Les commerçants disent n'avoir vu qu'une centaine d'acheteurs, contre plus d'un millier d'habitude.
"""))
GOLD += [
E(14, ["le double attentat-suicide de Mandélia", "L'attentat du 17 juin"],
  "SUI", "2026-06-17", "day", "Mandélia", "TD", 22, None, "exact", "Boko Haram", "Boko Haram", False,
  "'L'attentat du 17 juin' -> 17 June (7 days before Wednesday 24 June -> current; 'Une semaine après' agrees). '22 morts, dont les deux kamikazes' -> 22 (inside), exact. 'revendiqué par Boko Haram' -> claimant and perpetrator."),
E(14, ["des militaires ont interpellé onze suspects lors d'une opération de ratissage à Dourbali"],
  "ARR", "2026-06-22", "day", "Dourbali", "TD", None, None, None, "military", None, False,
  "'Lundi' vs Wednesday 24 June -> 22 June. Soldiers, état-major -> 'military'. 'une centaine de kilomètres' is a distance."),
E(14, ["un homme de 42 ans présenté comme le logeur présumé des deux kamikazes a été appréhendé par la gendarmerie à Massenya"],
  "ARR", "2026-06-21", "day", "Massenya", "TD", None, None, None, "police", None, False,
  "'La veille, dimanche' -> Sunday 21 June. Gendarmerie -> 'police'. '42 ans' is an age; 'trois nuits' a span."),
E(14, ["une opération de l'armée sur une île du Chari proche de Mailao a tourné à l'accrochage"],
  "BAT", "2026-06-23", "day", "Mailao", "TD", 3, 2, "exact", "military", None, False,
  "'Mardi' vs Wednesday 24 June -> 23 June. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout15 Haïbongo); army -> 'military'. 'trois combattants ont été tués et deux soldats blessés, selon l'armée' -> 3 killed, 2 injured (the acting force's own figure, the only one). An island near a village -> the village. 'deux fusils d'assaut', 'Une trentaine de personnes ... convoquées' (not arrests), 'une centaine d'acheteurs', 'plus d'un millier' are not casualties."),
]

# -------------------------------------------------------------- holdout17-015
ARTICLES.append(A(15, "fr", "transcript", "2026-06-26T12:30:00Z",
"Journal de la mi-journée, Radio Chari FM : Mandélia, neuf jours après",
"""
PRÉSENTATRICE : Bonjour et bienvenue dans votre journal. Nous revenons à Mandélia, neuf jours après le double attentat-suicide du mercredi 17 juin. Notre correspondant Abdelkerim Moussa est sur place. Abdelkerim, où en est-on ?

CORRESPONDANT : Bonjour. Le bilan s'élève désormais à 23 morts, kamikazes inclus : un jeune piroguier est décédé mercredi à l'hôpital. L'attaque, je le rappelle, a été revendiquée par Boko Haram. Hier, plusieurs centaines de femmes ont marché en silence du marché jusqu'à la préfecture, vêtues de blanc. Elles ont remis au préfet une lettre demandant un poste militaire permanent au débarcadère. La marche s'est terminée dans le calme.

PRÉSENTATRICE : Et l'enquête ?

CORRESPONDANT : Elle avance, selon la gendarmerie, qui ne donne pas de détails. Une soixantaine de personnes ont été entendues puis relâchées depuis le début de l'enquête, et les suspects arrêtés la semaine dernière sont toujours détenus à N'Djamena.

PRÉSENTATRICE : Avec nous en studio, Mahamat Abakar, chercheur spécialiste des questions de sécurité. Ce type d'attaque est-il nouveau dans la région ?

INVITÉ : Pas tout à fait. Il y a quatre ans, une kamikaze s'est fait exploser devant une mosquée de Bousso, tuant cinq fidèles. Et en mars 2021, un engin explosif a tué trois soldats sur la piste de Bâ-Illi. Ce qui est nouveau, c'est l'usage de deux kamikazes, l'un après l'autre, pour frapper aussi les secours.

PRÉSENTATRICE : Merci. Les auditeurs peuvent nous joindre au 66 20 14 87. Une auditrice demande quand les pirogues pourront de nouveau traverser.

CORRESPONDANT : La préfecture parle de lundi prochain, avec une fouille à chaque arrivée.

PRÉSENTATRICE : Merci à vous deux. Suite du journal après la publicité, à 13 heures.
"""))
GOLD += [
E(15, ["le double attentat-suicide du mercredi 17 juin", "L'attaque, je le rappelle, a été revendiquée par Boko Haram"],
  "SUI", "2026-06-17", "day", "Mandélia", "TD", 23, None, "exact", "Boko Haram", "Boko Haram", False,
  "'du mercredi 17 juin' -> 17 June (9 days before Friday 26 June -> current). '23 morts, kamikazes inclus' -> 23 (inside), exact; the boatman who died on Wednesday raised it. 'a été revendiquée par Boko Haram' -> claimant and perpetrator."),
E(15, ["plusieurs centaines de femmes ont marché en silence du marché jusqu'à la préfecture"],
  "PP", "2026-06-25", "day", "Mandélia", "TD", None, None, None, None, None, False,
  "'Hier' vs Friday 26 June -> 25 June. A march with a demand that ends calmly -> Peaceful protest. 'plusieurs centaines' are participants."),
E(15, ["une kamikaze s'est fait exploser devant une mosquée de Bousso"],
  "SUI", "2022-01-01", "year", "Bousso", "TD", 5, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. No group named -> null. 'tuant cinq fidèles' -> 5."),
E(15, ["un engin explosif a tué trois soldats sur la piste de Bâ-Illi"],
  "IED", "2021-03-01", "month", "Bâ-Illi", "TD", 3, None, "exact", None, None, True,
  "'en mars 2021' -> month, background. No actor -> null. 'a tué trois soldats' -> 3. A track near a place -> the place. 'Une soixantaine de personnes ont été entendues puis relâchées' are not arrests; 'les suspects arrêtés la semaine dernière' names no place and no day and is not coded (a reader could code one Arrests event with a null date and place N'Djamena, where they are held, not where they were arrested); '66 20 14 87', '13 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout17-016
ARTICLES.append(A(16, "fr", "article", "2026-07-03T06:00:00Z",
"Éditorial. Après Mandélia, le Chari-Baguirmi ne peut plus être oublié",
"""
Le 17 juin, deux kamikazes ont frappé Mandélia, l'une au marché, l'autre au débarcadère, à cinq minutes d'intervalle. Vingt-trois personnes sont mortes, dont les deux assaillants, et des dizaines d'autres ont été blessées. Boko Haram a revendiqué l'attentat trois jours plus tard.

Pour beaucoup à N'Djamena, ce fut une surprise. Ce n'aurait pas dû l'être.

En janvier 2024, un engin explosif dissimulé sous un pont avait blessé quatre gendarmes près de Djermaya, à moins de 30 kilomètres de la capitale. L'enquête n'a jamais abouti.

L'an dernier, des hommes armés venus du fleuve ont enlevé six pêcheurs près de Kouno. Deux d'entre eux n'ont été libérés qu'après le versement d'une rançon de 3 millions de francs CFA ; les quatre autres sont toujours portés disparus.

En 2020, l'armée de l'air avait bombardé un camp de combattants de Boko Haram sur une île proche de Bousso, tuant une quinzaine d'entre eux, selon l'état-major. Les habitants disaient alors que le camp servait de base pour racketter les pêcheurs.

Chacun de ces épisodes a été traité comme un fait divers. Pourtant, le Chari et le Logone forment une frontière de plusieurs centaines de kilomètres avec le Cameroun, et les mêmes pirogues transportent poissons, marchandises et combattants. Depuis l'attentat, près de 3 000 habitants auraient quitté Mandélia, selon une organisation humanitaire.

Le gouvernement promet un bataillon de 600 hommes et des patrouilles fluviales. C'est un début. Mais tant que les rives resteront sans surveillance, la prochaine paire de kamikazes trouvera le même chemin ouvert.
"""))
GOLD += [
E(16, ["deux kamikazes ont frappé Mandélia", "Boko Haram a revendiqué l'attentat"],
  "SUI", "2026-06-17", "day", "Mandélia", "TD", 23, 12, "exact", "Boko Haram", "Boko Haram", False,
  "'Le 17 juin' -> 17 June (16 days before Friday 3 July -> current). Two sites, five minutes apart -> one event. 'Vingt-trois personnes sont mortes, dont les deux assaillants' -> 23 (inside), exact; 'des dizaines d'autres ont été blessées' -> 12 (dev table; the qualifier describes the exact killed figure). 'Boko Haram a revendiqué l'attentat' -> claimant and perpetrator."),
E(16, ["un engin explosif dissimulé sous un pont avait blessé quatre gendarmes près de Djermaya"],
  "IED", "2024-01-01", "month", "Djermaya", "TD", None, 4, "exact", None, None, True,
  "'En janvier 2024' -> month, background. No actor -> null. 'blessé quatre gendarmes' -> 4 injured (injured-only, exact). '30 kilomètres' is a distance."),
E(16, ["des hommes armés venus du fleuve ont enlevé six pêcheurs près de Kouno"],
  "ABD", "2025-01-01", "year", "Kouno", "TD", None, None, None, None, None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. Unnamed 'hommes armés' -> null. 'six pêcheurs', 'Deux', 'les quatre autres' are abductees; '3 millions de francs CFA' is money."),
E(16, ["l'armée de l'air avait bombardé un camp de combattants de Boko Haram sur une île proche de Bousso"],
  "AIR", "2020-01-01", "year", "Bousso", "TD", 15, None, "about", "military", None, True,
  "'En 2020' -> year, background. Chadian air force -> 'military'. 'tuant une quinzaine d'entre eux, selon l'état-major' -> 15, about (dev table), the acting force's own figure used as the only one. An island near a town -> the town. 'plusieurs centaines de kilomètres', '3 000 habitants' (displaced), '600 hommes' are not casualties."),
]
