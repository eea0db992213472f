"""Authoring source of benchmarks/events_holdout12 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kangalom, Chad cluster (holdout12-011 to 015), two bombers at the
fish market on Sunday 13 September 2026: a short agency brief with a
dateline (011), a regional paper's long feature with the revised toll and a
women's march (012), a gendarmerie press release listing arrests by name and
age (013), a radio interview with the claim, a denial and older attacks
(014), all in French, and an English weekly roundup of the Lake Chad basin
(015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout12")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout12-011
ARTICLES.append(A(11, "fr", "article", "2026-09-13T14:00:00Z",
"Tchad : double attentat-suicide au marché de Kangalom",
"""
KANGALOM (Tchad), 13 sept. (Agence) - Au moins quinze personnes ont été tuées et plusieurs dizaines blessées dimanche matin dans un double attentat-suicide au marché de Kangalom, dans la province du Lac, a-t-on appris de sources sécuritaires.

Deux kamikazes, un homme et une femme selon des témoins, se sont fait exploser à environ 200 mètres l'un de l'autre, vers 9 h 15, au milieu des vendeuses de poisson fumé.

« C'est probablement l'œuvre de Boko Haram », a déclaré le gouverneur de la province, joint par téléphone, en appelant la population au calme. L'attentat n'a pas été revendiqué dans l'immédiat.

Les blessés ont été évacués vers l'hôpital de Bol, à une soixantaine de kilomètres, par la route et à bord de deux hélicoptères de l'armée.

Samedi soir, un engin explosif improvisé a tué un soldat et en a blessé deux autres au passage d'une patrouille près de Kinasserom, a ajouté une source militaire.

Le marché de Kangalom, où se retrouvent chaque dimanche des commerçants venus du Niger, du Nigeria et du Cameroun, a été fermé jusqu'à nouvel ordre.
"""))
GOLD += [
E(11, ["un double attentat-suicide au marché de Kangalom", "se sont fait exploser à environ 200 mètres l'un de l'autre", "L'attentat n'a pas été revendiqué"],
  "SUI", "2026-09-13", "day", "Kangalom", "TD", 15, 12, "at_least", None, None, False,
  "'dimanche matin' = publication day, Sunday 13 September. Two bombers 200 m apart in one market, minutes apart -> one Suicide bomb event (twin rule; one site, the market). 'Au moins quinze' -> 15, at_least; 'plusieurs dizaines blessées' -> 12 (dev table; the qualifier describes killed). 'probablement l'œuvre de Boko Haram' is speculation -> null. '200 mètres', '9 h 15', 'une soixantaine de kilomètres', 'deux hélicoptères' are not casualties."),
E(11, ["un engin explosif improvisé a tué un soldat et en a blessé deux autres"],
  "IED", "2026-09-12", "day", "Kinasserom", "TD", 1, 2, "exact", None, None, False,
  "'Samedi soir' vs Sunday 13 September -> 12 September. IED on a patrol -> Remote explosive/landmine/IED, no actor named. 'un soldat' -> 1, 'deux autres' -> 2."),
]

# -------------------------------------------------------------- holdout12-012
ARTICLES.append(A(12, "fr", "article", "2026-09-16T08:00:00Z",
"Kangalom, trois jours après : un marché, deux explosions et une ville qui compte ses morts",
"""
De notre correspondant dans la province du Lac

Halimé Abdoulaye, 38 ans, vend du poisson fumé à Kangalom depuis vingt ans. Dimanche matin, elle venait d'installer ses paniers quand la première explosion a retenti, à l'entrée du marché. La seconde, deux minutes plus tard, a frappé près des étals de mil, où s'étaient réfugiés des dizaines de clients.

Le premier bilan faisait état de quinze morts. Lundi, les autorités parlaient de vingt-deux. Mardi, deux blessés ont succombé à l'hôpital de Bol, portant le bilan à vingt-quatre morts, kamikazes non compris. Soixante-trois blessés ont été soignés, dont une quinzaine dans un état grave.

Le marché du dimanche fait vivre toute la rive. Quelque 1 200 commerçants y viennent chaque semaine, certains à bord de pirogues chargées de 2 tonnes de poisson. Un sac de poisson séché s'y vend 25 000 francs CFA.

Kangalom n'en est pas à sa première épreuve. Il y a cinq ans, des combattants de Boko Haram avaient attaqué le poste militaire de la localité, tuant douze soldats. Le poste, reconstruit, abrite aujourd'hui une compagnie de 150 hommes.

Lundi, plusieurs centaines de femmes ont marché jusqu'à la sous-préfecture pour réclamer la protection du marché. Les gendarmes les ont dispersées à coups de gaz lacrymogène devant le bâtiment. Plusieurs manifestantes ont été incommodées, selon une organisatrice.

Dans la nuit de lundi à mardi, des hommes armés ont enlevé trois pêcheurs sur une île proche de Litri, selon un chef de canton.

Les autorités promettent des clôtures et des fouilles systématiques. « On nous a déjà promis tout cela il y a cinq ans », soupire Halimé Abdoulaye, qui ne sait pas quand le marché rouvrira.
"""))
GOLD += [
E(12, ["la première explosion a retenti, à l'entrée du marché", "portant le bilan à vingt-quatre morts"],
  "SUI", "2026-09-13", "day", "Kangalom", "TD", 26, 63, "exact", None, None, False,
  "'Dimanche matin' vs Wednesday 16 September -> 13 September. Revised toll inside the article: 15 -> 22 -> two wounded died -> 'vingt-quatre morts, kamikazes non compris' -> 24 + 2 = 26 ('non compris' read like 'sans compter': adds the bombers). 'Soixante-trois blessés' -> 63 ('une quinzaine dans un état grave' is a subset). No actor. '38 ans', 'vingt ans', 'deux minutes', 'des dizaines de clients', '1 200 commerçants', '2 tonnes', '25 000 francs CFA' are not casualties."),
E(12, ["des combattants de Boko Haram avaient attaqué le poste militaire de la localité"],
  "BAT", "2021-01-01", "year", "Kangalom", "TD", 12, None, "exact", "Boko Haram", None, True,
  "'Il y a cinq ans' -> 2021, year, background. An attack on an army post -> Armed clash initiated by Boko Haram (stated as fact). 'douze soldats' -> 12. '150 hommes' is not a casualty; the second 'il y a cinq ans' (promises) is no event."),
E(12, ["plusieurs centaines de femmes ont marché jusqu'à la sous-préfecture", "Les gendarmes les ont dispersées à coups de gaz lacrymogène"],
  "PI", "2026-09-14", "day", "Kangalom", "TD", None, None, None, None, None, False,
  "'Lundi' vs Wednesday 16 September -> 14 September. A march dispersed with tear gas -> Protest with intervention (holdout10 rule for a protest cleared with tear gas). 'Plusieurs manifestantes ont été incommodées' gives no figure -> null."),
E(12, ["des hommes armés ont enlevé trois pêcheurs sur une île proche de Litri"],
  "ABD", "2026-09-14", "day", "Litri", "TD", None, None, None, None, None, False,
  "'Dans la nuit de lundi à mardi' -> Monday 14 September (start of the night). Unnamed gunmen -> null. 'trois pêcheurs' are abductees. An island near Litri -> Litri."),
]

# -------------------------------------------------------------- holdout12-013
ARTICLES.append(A(13, "fr", "article", "2026-09-17T11:00:00Z",
"Communiqué de la Gendarmerie nationale sur l'enquête de Kangalom",
"""
COMMUNIQUÉ DE PRESSE - GENDARMERIE NATIONALE DU TCHAD

La Gendarmerie nationale informe l'opinion que, dans le cadre de l'enquête ouverte après le double attentat-suicide perpétré le dimanche 13 septembre 2026 au marché de Kangalom, qui a coûté la vie à vingt-six personnes, dont les deux kamikazes, et fait soixante-trois blessés, les personnes dont les noms suivent ont été interpellées le lundi 14 septembre à Kangalom et gardées à vue :
- M. Abakar Mahamat, 42 ans, commerçant ;
- M. Ali Ousmane, 23 ans, piroguier ;
- Mme Fatimé Adoum, 37 ans, logeuse ;
- M. Brahim Moussa, 17 ans, apprenti mécanicien.

Le mardi 15 septembre, M. Hassan Idriss, 29 ans, soupçonné d'avoir fourni les ceintures explosives, a été arrêté à Nokou, à 180 kilomètres au nord, en possession de 2 kilogrammes d'explosifs et de quatre détonateurs.

Le mercredi 16 septembre, une unité de la Gendarmerie a encerclé une case suspecte près de Ngalamia. Ses occupants ont ouvert le feu sur les gendarmes. Au cours de l'échange de tirs, trois assaillants ont été neutralisés et un gendarme a été légèrement blessé.

Par ailleurs, 311 personnes ont été contrôlées aux postes de Kangalom et des environs, et 27 autres ont été entendues puis relâchées. Elles ne font l'objet d'aucune poursuite.

Conformément à l'article 14 de la loi n° 003 du 20 mars 2020 portant répression des actes de terrorisme, les personnes gardées à vue seront présentées au parquet dans un délai de 72 heures.

La Gendarmerie nationale invite la population à signaler tout mouvement suspect au numéro vert 1011.
"""))
GOLD += [
E(13, ["le double attentat-suicide perpétré le dimanche 13 septembre 2026 au marché de Kangalom"],
  "SUI", "2026-09-13", "day", "Kangalom", "TD", 26, 63, "exact", None, None, False,
  "Absolute date. 'vingt-six personnes, dont les deux kamikazes' -> 26; 'soixante-trois blessés' -> 63. The release names no claimant -> null."),
E(13, ["les personnes dont les noms suivent ont été interpellées le lundi 14 septembre à Kangalom et gardées à vue"],
  "ARR", "2026-09-14", "day", "Kangalom", "TD", None, None, None, "police", None, False,
  "'le lundi 14 septembre'. Gendarmerie -> police. The ages (42, 23, 37, 17) are not casualties."),
E(13, ["a été arrêté à Nokou"],
  "ARR", "2026-09-15", "day", "Nokou", "TD", None, None, None, "police", None, False,
  "'Le mardi 15 septembre'. Another place and day -> a separate Arrests event, by the gendarmerie -> police. '29 ans', '180 kilomètres', '2 kilogrammes', 'quatre détonateurs' are not casualties (the explosives belong to the arrest)."),
E(13, ["une unité de la Gendarmerie a encerclé une case suspecte près de Ngalamia", "Au cours de l'échange de tirs"],
  "BAT", "2026-09-16", "day", "Ngalamia", "TD", 3, 1, "exact", "police", None, False,
  "'Le mercredi 16 septembre'. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (the gendarmerie -> police), although the occupants fired first (holdout10 Gurguri rule). 'trois assaillants ont été neutralisés' -> 3; 'un gendarme ... blessé' -> 1. '311 personnes ... contrôlées' and '27 autres ... entendues' are not arrests; 'article 14', 'loi n° 003', '20 mars 2020', '72 heures', '1011' are not casualties or dates of events."),
]

# -------------------------------------------------------------- holdout12-014
ARTICLES.append(A(14, "fr", "transcript", "2026-09-18T17:00:00Z",
"Radio Rive du Lac, « L'invité du soir » : après l'attentat de Kangalom",
"""
JOURNALISTE : Bonsoir. Notre invité est Mahamat Saleh Brahim, chercheur au Centre d'études stratégiques de N'Djamena. L'attentat de dimanche dernier à Kangalom, qui a fait vingt-six morts, dont les deux kamikazes, a été revendiqué mercredi par la faction de Boko Haram dirigée par Bakura, dans une vidéo diffusée sur ses réseaux. Vous êtes surpris ?

MAHAMAT SALEH BRAHIM : Pas vraiment. Au début, les autorités pensaient probablement à l'État islamique en Afrique de l'Ouest, mais le groupe de Bakura est très présent sur les îles, et l'EIAO a démenti toute implication dans un message publié jeudi.

JOURNALISTE : Ce n'est pas la première fois que la région est frappée de cette manière.

MAHAMAT SALEH BRAHIM : Non. En janvier 2020, deux kamikazes avaient tué neuf personnes lors d'une distribution d'eau à Magui. Et il y a trois ans, des jihadistes avaient tendu une embuscade à une patrouille de gendarmes près de Mani, tuant une dizaine d'entre eux.

JOURNALISTE : Et la riposte de l'armée ?

MAHAMAT SALEH BRAHIM : Hier, l'armée a annoncé des frappes aériennes sur les îles autour de Kangalom. Elle parle de « plusieurs dizaines de terroristes neutralisés ». Personne ne peut vérifier ce chiffre, mais c'est le seul dont nous disposons.

JOURNALISTE : Combien de combattants compte ce groupe ?

MAHAMAT SALEH BRAHIM : Entre 800 et 1 200, selon les estimations, répartis sur une centaine d'îles. C'est peu, mais ils n'ont besoin que de deux jeunes gens pour tuer vingt-six personnes.

JOURNALISTE : Merci, Mahamat Saleh Brahim. Après la pause, le prix du poisson sur les marchés de Bol, qui a doublé en trois mois.
"""))
GOLD += [
E(14, ["L'attentat de dimanche dernier à Kangalom", "a été revendiqué mercredi par la faction de Boko Haram dirigée par Bakura"],
  "SUI", "2026-09-13", "day", "Kangalom", "TD", 26, None, "exact", "Boko Haram", "Boko Haram", False,
  "'dimanche dernier' vs Friday 18 September -> 13 September. 'vingt-six morts, dont les deux kamikazes' -> 26. Claimed by the Bakura faction of Boko Haram -> 'Boko Haram' (dev canonical name; factions are not split). 'les autorités pensaient probablement à l'EIAO' is speculation; the EIAO's denial is a rival's -> perpetrator = claimant. 'tuer vingt-six personnes' at the end restates the toll and is not taken as a trigger."),
E(14, ["deux kamikazes avaient tué neuf personnes lors d'une distribution d'eau à Magui"],
  "SUI", "2020-01-01", "month", "Magui", "TD", 9, None, "exact", None, None, True,
  "'En janvier 2020' -> month, background. Two bombers at one site -> one event (twin rule). 'neuf personnes' -> 9 as written. No actor."),
E(14, ["des jihadistes avaient tendu une embuscade à une patrouille de gendarmes près de Mani"],
  "BAT", "2023-01-01", "year", "Mani", "TD", 10, None, "about", None, None, True,
  "'il y a trois ans' -> 2023, year, background. An ambush on a gendarmerie patrol -> Armed clash; 'des jihadistes' are unnamed -> null. 'une dizaine' -> 10, about."),
E(14, ["l'armée a annoncé des frappes aériennes sur les îles autour de Kangalom"],
  "AIR", "2026-09-17", "day", "Kangalom", "TD", 12, None, "at_least", "military", None, False,
  "'Hier' vs Friday 18 September -> 17 September (the announcement day; the strikes themselves are not dated otherwise: announcement-date rule). Army air strikes -> military. 'plusieurs dizaines de terroristes' -> 12, at_least (dev table); the acting force's own figure is the only one (holdout10 Gounghin). Islands around Kangalom -> Kangalom. 'Entre 800 et 1 200' fighters, 'une centaine d'îles', 'trois mois' are not casualties."),
]

# -------------------------------------------------------------- holdout12-015
ARTICLES.append(A(15, "en", "article", "2026-09-19T09:00:00Z",
"Lake Chad week: Kangalom bombing claimed, attacks on both shores",
"""
Our weekly digest of security news from the Lake Chad basin.

CHAD. The double suicide bombing at the Kangalom fish market on September 13, which killed 26 people including both bombers and wounded 63, was claimed on Wednesday by the Boko Haram faction led by Bakura. The gendarmerie says five suspects are in custody. On Friday, a landmine destroyed an army truck near Rig Rig, in Kanem province, killing two soldiers. It was the first such blast in the area this year.

NIGERIA. ISWAP fighters attacked an army base at Arege, in Borno State, on Tuesday night. The army said 11 insurgents and three soldiers were killed in a fight that lasted about three hours. On Thursday, gunmen abducted a district head and his two sons near Mainok, on the road from Maiduguri to Damaturu. The family has been asked for 20 million naira.

REGION. The Multinational Joint Task Force, which has about 10,000 troops around the lake, said it would open a new base on the Chadian shore by December. Fish prices on the Chadian side have risen 30 per cent since the Kangalom bombing, traders said, as buyers from Nigeria and Niger stayed away.

IN NUMBERS. 4: the number of Lake Chad countries. 2: bombers at Kangalom, a man and a woman. 311: people screened at checkpoints by Chadian gendarmes this week, none of them charged.

Next week: the return of displaced families to the islands near Baga Sola, and a visit by the UN's humanitarian chief, who lands in N'Djamena on flight ET 939 on Monday.
"""))
GOLD += [
E(15, ["The double suicide bombing at the Kangalom fish market"],
  "SUI", "2026-09-13", "day", "Kangalom", "TD", 26, 63, "exact", "Boko Haram", "Boko Haram", False,
  "'September 13' absolute, current. '26 people including both bombers' -> 26; 'wounded 63'. Claimed by 'the Boko Haram faction led by Bakura' -> Boko Haram. 'five suspects are in custody' is a count of arrestees, with no place or day of arrest -> not a separate event here. '2: bombers at Kangalom' in the numbers box is not a trigger."),
E(15, ["a landmine destroyed an army truck near Rig Rig"],
  "IED", "2026-09-18", "day", "Rig Rig", "TD", 2, None, "exact", None, None, False,
  "'On Friday' vs Saturday 19 September -> 18 September. Landmine -> Remote explosive/landmine/IED, no actor. 'two soldiers' -> 2."),
E(15, ["ISWAP fighters attacked an army base at Arege"],
  "BAT", "2026-09-15", "day", "Arege", "NG", 14, None, "exact", "Islamic State West Africa Province", None, False,
  "'on Tuesday night' vs Saturday 19 September -> 15 September. An attack on an army base -> Armed clash initiated by ISWAP (stated as fact), no claim. '11 insurgents and three soldiers' -> 14 (all sides). 'about three hours' is a span."),
E(15, ["gunmen abducted a district head and his two sons near Mainok"],
  "ABD", "2026-09-17", "day", "Mainok", "NG", None, None, None, None, None, False,
  "'On Thursday' -> 17 September. Unnamed gunmen -> null. Maiduguri and Damaturu name the road only (nearest named place: Mainok). '20 million naira', 'about 10,000 troops', '30 per cent', '4', '2', '311', 'ET 939' are not casualties."),
]
