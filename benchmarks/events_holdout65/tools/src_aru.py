"""Authoring source of benchmarks/events_holdout65 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Aru, Democratic Republic of the Congo cluster (holdout65-011 to
015; English and French), two suicide bombers on Saturday 19 September 2026
at two sites of one market town of Ituri's far north, near the Ugandan and
South Sudanese borders (the central market and the truck park on the road to
the border, about 500 m and five minutes apart): an English wire with a first
report (011), a French notice of a farmers' market co-operative to its
producers ("avis aux producteurs d'un marché paysan", fr 012), an English
wire on the claim and an arrest in South Sudan (013), a French letter of a
parish choir ("lettre d'une chorale", fr 014) and a French e-mail of a
basketball league to its clubs ("courriel d'une ligue de basket", fr 015).
Ituri is UTC+2: every publication time here is between 08:00 and 16:00 UTC,
so every local date is the UTC date. "Islamic State's Central Africa
Province" (« l'État islamique ») -> "Islamic State" (dev: every regional
branch except ISWAP). The Congolese police (« la police nationale
congolaise ») and the South Sudanese police -> "police". Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout65")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout65-011
ARTICLES.append(A(11, "en", "article", "2026-09-19T16:00:00Z",
"Twin suicide bombing kills at least eight in Congo's Aru",
"""
ARU, Democratic Republic of Congo (Rift Wire) - Two suicide bombers blew themselves up minutes apart in the market town of Aru, in the far north of Congo's Ituri province, on Saturday, killing themselves and at least six other people and wounding dozens, local officials said.

The first bomber struck at about 11:20 a.m. in the central market, which fills on Saturdays with traders from Uganda and South Sudan. Five minutes later the second detonated his explosives at the truck park on the road to the Ugandan border, some 500 metres away, as drivers were loading coffee.

"We were weighing the sacks, 60 kilos each, when the first explosion threw us to the ground," said Esther Ayikoru, 41, a coffee buyer. "Then people ran toward the trucks, right into the second one."

An army spokesman said the attack "bore the hallmarks" of the Allied Democratic Forces, an armed group linked to Islamic State that has operated for years in southern Ituri and North Kivu, but no group had claimed it by late afternoon.

Aru, a trading hub of some 60,000 people about 250 km north of the provincial capital Bunia, had been spared the violence of the province's south. The last attack residents recall happened in 2021, when a grenade thrown into a bar in Bambu, in Djugu territory, wounded five people.

The territory administrator declared a curfew from 6 p.m. to 6 a.m. and closed the border crossings toward Uganda for 48 hours. The general hospital, which has 120 beds, called for blood donors and asked Ugandan hospitals in Arua and Koboko to take some of the wounded. About 300 soldiers were sent from Bunia, and the market's 3,000 stallholders were told it would stay closed until further notice.

Coffee exporters said some 40 trucks, each carrying up to 30 tonnes, were stuck at the park.
"""))
GOLD += [
E(11, ["Two suicide bombers blew themselves up minutes apart in the market town of Aru", "The first bomber struck", "the second detonated his explosives", "the first explosion", "the attack"],
  "SUI", "2026-09-19", "day", "Aru", "CD", 8, 12, "at_least", None, None, False,
  "Wire of Saturday 19 September 2026 (18:00 in Aru); 'on Saturday' = the publication day. Two sites of one town (the central market and the truck park, 'some 500 metres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least six other people and wounding dozens' -> killed 6 + 2 bombers = 8, at_least (the bombers are added); 'dozens' -> 12 (dev table; the qualifier describes the killed figure). Not claimed; 'bore the hallmarks' of the Allied Democratic Forces is speculation (dev) -> perpetrator null. '11:20 a.m.', 'Five minutes', '500 metres', '60 kilos', '41', '60,000 people', '250 km', '6 p.m. to 6 a.m.', '48 hours', '120 beds', '300 soldiers', '3,000 stallholders', '40 trucks', '30 tonnes' are not casualties. Arua, Koboko and Bunia are only named."),
E(11, ["a grenade thrown into a bar in Bambu"],
  "GRN", "2021-01-01", "year", "Bambu", "CD", None, 5, "exact", None, None, True,
  "'in 2021' -> year, background. A grenade thrown into a bar -> Grenade; no author -> null. 'wounded five people' -> injured 5, exact."),
]

# -------------------------------------------------------------- holdout65-012
ARTICLES.append(A(12, "fr", "article", "2026-09-21T08:00:00Z",
"Marché paysan d'Aru : avis aux producteurs n° 9/2026",
"""
COOPÉRATIVE DES PRODUCTEURS DU MARCHÉ PAYSAN D'ARU - AVIS AUX PRODUCTEURS N° 9/2026. Aru, le lundi 21 septembre 2026. À afficher dans chaque groupement.

1. DEUIL. Le premier bilan de l'attentat-suicide de samedi au grand marché annonçait au moins huit morts. Selon l'hôpital général de référence d'Aru, on compte désormais onze morts, sans compter les deux kamikazes, et quarante-trois blessés. Deux de nos membres, Maman Faida Ajuru, productrice de haricots, et Justin Okello, 29 ans, éleveur de poules, sont parmi les morts. Le conseil d'administration présente ses condoléances à leurs familles.

2. FERMETURE. Le marché paysan, voisin du grand marché, reste fermé jusqu'au samedi 3 octobre inclus. Les produits périssables peuvent être déposés à la chambre froide de la coopérative (12 mètres cubes) du mardi au jeudi, de 7 h à 11 h, au prix habituel de 500 francs congolais la caisse par jour.

3. ENQUÊTE. Deux hommes ont été arrêtés samedi soir à Ingbokolo, à une quarantaine de kilomètres au sud, par la police nationale congolaise. Nos porteurs, entendus dimanche comme témoins par la police, sont tous rentrés chez eux le soir même. Si vous avez vu quelque chose vendredi ou samedi, adressez-vous au commissariat et non au bureau de la coopérative.

4. PRIX. Les commerçants ougandais et sud-soudanais ne viendront pas avant la réouverture de la frontière. Pour éviter la chute des prix, la coopérative rachète les haricots à 2 500 francs congolais le kilo et le manioc sec à 1 200 francs le kilo, par sacs de 50 kilos au plus, dans la limite de 4 tonnes par semaine.

5. COTISATIONS. L'échéance du 30 septembre (5 000 francs par membre) est reportée au 31 octobre. Les 312 membres à jour recevront une semence de maïs gratuite en novembre.

6. SOLIDARITÉ. Une collecte pour les familles des victimes est ouverte au bureau de la coopérative. Trésorière : Mme Rose Anzo, téléphone +243 81 555 20 47.

Le président, Jean-Pierre Adroa
"""))
GOLD += [
E(12, ["l'attentat-suicide de samedi au grand marché"],
  "SUI", "2026-09-19", "day", "Aru", "CD", 13, 43, "exact", None, None, False,
  "Co-operative notice of Monday 21 September; 'de samedi' -> 19 September. Toll revised inside: 'au moins huit morts' (the first toll, superseded) -> 'onze morts, sans compter les deux kamikazes, et quarante-trois blessés' -> killed 11 + 2 bombers = 13 (the bombers are added), injured 43, exact (number words); the two members are inside the toll. The notice names the central market only; the second site is not mentioned -> still the one bombing, coded to Aru. No claim -> perpetrator null. 'n° 9/2026', '29 ans', '3 octobre', '12 mètres cubes', '7 h à 11 h', '500 francs congolais', '2 500 francs', '1 200 francs', '50 kilos', '4 tonnes', '30 septembre', '5 000 francs', '31 octobre', '312 membres', '+243 81 555 20 47' are not casualties."),
E(12, ["Deux hommes ont été arrêtés samedi soir à Ingbokolo"],
  "ARR", "2026-09-19", "day", "Ingbokolo", "CD", None, None, None, "police", None, False,
  "'samedi soir' vs Monday 21 September -> 19 September, the evening of the bombing. 'par la police nationale congolaise' -> 'police'. The porters 'entendus dimanche comme témoins ... rentrés chez eux' are heard, not arrested."),
]

# -------------------------------------------------------------- holdout65-013
ARTICLES.append(A(13, "en", "article", "2026-09-22T14:00:00Z",
"Islamic State claims Congo market bombing; driver held in South Sudan",
"""
ARU, Congo (Rift Wire) - Islamic State's Central Africa Province on Monday claimed Saturday's twin suicide bombing in the Congolese market town of Aru, whose toll rose to 14 dead, including the two bombers, after a trader died of her wounds on Monday. Forty-three people were wounded.

Congo's military prosecutor in Ituri called the claim, issued through the group's Amaq news agency, "credible". The statement boasted of "more than 50 Christians killed", a figure that no official has confirmed.

CODECO, an ethnic militia some residents had initially blamed, denied any role in a message to local radio stations. A senior army officer said the two bombers "may have been" trained in camps in North Kivu before travelling north through Uganda.

South Sudanese police arrested a truck driver in Morobo, a border town some 40 km from Aru, on Sunday, on suspicion of carrying the two explosive vests into Congo hidden in a load of sugar, Congolese and South Sudanese officials said. The driver, aged 36, was found with two mobile phones and 1,500 US dollars.

The two men arrested in Ingbokolo on Saturday night were flown to Bunia on Monday for questioning by military investigators. Eleven residents of the neighbourhood where the bombers had rented a room were questioned and allowed to go home.

Aru's central market and truck park remained closed on Tuesday. The border crossings toward Uganda reopened on Monday after 48 hours, and about 120 trucks that had waited at the Ugandan side were allowed through under escort.

Aid agencies said some 2,000 people had left Aru for villages nearby since Saturday. The provincial government promised 100 US dollars to each bereaved family and free care for the 43 wounded, 17 of whom remained in hospital.
"""))
GOLD += [
E(13, ["Saturday's twin suicide bombing in the Congolese market town of Aru"],
  "SUI", "2026-09-19", "day", "Aru", "CD", 14, 43, "exact", "Islamic State", "Islamic State", False,
  "Wire of Tuesday 22 September; 'Saturday's' -> 19 September. '14 dead, including the two bombers' -> killed 14 (bombers inside; the trader who died Monday is inside); 'Forty-three people were wounded' -> injured 43 (also 'the 43 wounded'), exact. 'Islamic State's Central Africa Province on Monday claimed', called 'credible' by the military prosecutor -> claimant and perpetrator 'Islamic State' (regional branch, dev); the claim's 'more than 50 Christians killed' is never used. CODECO's denial is not a claim; 'may have been' is speculation. '36', 'two mobile phones', '1,500 US dollars', 'Eleven residents' (questioned), '48 hours', '120 trucks', '2,000 people', '100 US dollars', '17 of whom' (a subset) are not casualties."),
E(13, ["South Sudanese police arrested a truck driver in Morobo"],
  "ARR", "2026-09-20", "day", "Morobo", "SS", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 22 September -> 20 September. The cluster's suspected facilitator (the driver suspected of carrying the explosive vests), arrested by the South Sudanese police in Morobo, South Sudan -> SS, coded to the place of the arrest, not to the bombing's country; 'police'. The phones and dollars found on him belong to the arrest."),
E(13, ["The two men arrested in Ingbokolo on Saturday night"],
  "ARR", "2026-09-19", "day", "Ingbokolo", "CD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-012: 'on Saturday night' -> 19 September. 'were flown to Bunia ... for questioning' is a follow-up, not an event. No force named -> 'police'. The eleven residents 'questioned and allowed to go home' are not arrested."),
]

# -------------------------------------------------------------- holdout65-014
ARTICLES.append(A(14, "fr", "article", "2026-09-25T10:00:00Z",
"Chorale Sainte-Cécile d'Aru : lettre aux choristes",
"""
CHORALE SAINTE-CÉCILE DE LA PAROISSE D'ARU - Lettre aux choristes, à leurs familles et à nos amis. Aru, le vendredi 25 septembre 2026.

Chers choristes, chers amis,

Notre sœur Grâce Avako, 19 ans, soprano depuis ses 12 ans, nous a quittés mercredi à l'hôpital de Bunia, où elle avait été transférée après l'attentat-suicide du samedi 19 septembre. Avec elle, ce double attentat au grand marché et au parking des camions a fait quinze morts, dont les deux kamikazes, et quarante-trois blessés. Trois de nos choristes sont encore soignés à l'hôpital général ; Pascal, notre ténor, a été amputé d'une main.

Nous avons appris que l'attentat a été revendiqué par l'État islamique. Nous ne répondrons pas à la haine par la haine.

Mercredi matin, près de 6 000 personnes ont marché en silence de l'église paroissiale jusqu'au grand marché pour réclamer la paix et la sécurité sur la route de la frontière. Nous avons chanté le Magnificat devant les étals brûlés, et la marche s'est dispersée dans le calme vers midi.

Notre chef de chœur, Emmanuel, a été entendu lundi par la police comme témoin, car il connaissait de vue l'un des deux kamikazes, qui louait une chambre près de chez lui. Il est rentré le soir même. Nous apprenons aussi que le chauffeur de camion arrêté dimanche à Morobo, au Soudan du Sud, a été remis mardi aux autorités congolaises.

Programme des prochains jours :
- samedi 26 septembre à 10 h : messe d'enterrement de Grâce, chants n° 112, 245 et 318 ;
- dimanche 27 à 8 h 30 : messe des familles, aube blanche exigée ;
- jeudi 1er octobre à 17 h : répétition des quatre voix, salle Saint-Joseph.

La cotisation de septembre (2 000 francs congolais) servira à payer le transport du corps de Grâce depuis Bunia, soit 350 000 francs pour 250 kilomètres. Les dons peuvent être remis au trésorier après chaque messe.

Que Dieu console nos familles.

Sœur Marie-Claire Ayikoru, présidente de la chorale
"""))
GOLD += [
E(14, ["l'attentat-suicide du samedi 19 septembre", "ce double attentat au grand marché et au parking des camions", "l'attentat a été revendiqué"],
  "SUI", "2026-09-19", "day", "Aru", "CD", 15, 43, "exact", "Islamic State", "Islamic State", False,
  "Choir letter of Friday 25 September; 'du samedi 19 septembre' -> 19 September. 'quinze morts, dont les deux kamikazes, et quarante-trois blessés' -> killed 15 (bombers inside; Grâce, 19, who died Wednesday, is inside), injured 43, exact; 'Trois de nos choristes' and Pascal are subsets. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. Emmanuel, 'entendu lundi par la police comme témoin ... rentré le soir même', is not arrested. '19 ans', '12 ans', '6 000 personnes' (marchers), '26 septembre', '10 h', 'n° 112, 245 et 318', '27', '8 h 30', '1er octobre', '17 h', 'quatre voix', '2 000 francs congolais', '350 000 francs', '250 kilomètres' are not casualties."),
E(14, ["près de 6 000 personnes ont marché en silence"],
  "PP", "2026-09-23", "day", "Aru", "CD", None, None, None, None, None, False,
  "'Mercredi matin' vs Friday 25 September -> Wednesday 23 September. A silent march from the parish church to the central market 'pour réclamer la paix et la sécurité', dispersed 'dans le calme' (the marchers left on their own) -> Peaceful protest, perpetrator null. '6 000' counts marchers."),
E(14, ["le chauffeur de camion arrêté dimanche à Morobo"],
  "ARR", "2026-09-20", "day", "Morobo", "SS", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout65-013: 'dimanche' vs Friday 25 September -> 20 September; Morobo, South Sudan -> SS. 'remis mardi aux autorités congolaises' is a handover, not an event. No force named; the South Sudanese police of holdout65-013 -> 'police'."),
]

# -------------------------------------------------------------- holdout65-015
ARTICLES.append(A(15, "fr", "article", "2026-09-28T09:00:00Z",
"Ligue de basket de l'Ituri : report de la 6e journée",
"""
De : Secrétariat de la Ligue de basket-ball de l'Ituri (LIBAI), Bunia
À : présidents de clubs, entraîneurs, arbitres et joueurs
Objet : report de la 6e journée et consignes de sécurité
Date : lundi 28 septembre 2026

Chers amis du basket,

Le comité directeur s'est réuni dimanche. Par respect pour les victimes de l'attentat-suicide du 19 septembre à Aru, qui a fait quinze morts, les deux kamikazes compris, et 43 blessés, et compte tenu de la situation dans le territoire d'Aru, il a décidé ce qui suit.

1. La 6e journée, prévue les 3 et 4 octobre, est reportée aux 17 et 18 octobre. Le match BC Aru - Étoile de Bunia (aller : 71-64) se jouera à Bunia et non à Aru.

2. Samedi, une marche de jeunes d'Aru vers le bureau de l'administrateur du territoire, pour réclamer plus de sécurité, a été dispersée à coups de gaz lacrymogène et de matraque par la police. Six jeunes ont été blessés, dont notre meneur Junior Dradra, 2,04 m, touché au genou. Le comité demande aux joueurs de ne pas porter le maillot de leur club dans les manifestations.

3. Jeudi, la police a arrêté à Ariwara un troisième suspect, le propriétaire de la chambre louée par les deux kamikazes. Notre arbitre Patrick Anguyo, qui habite la même rue, a été entendu le même jour comme témoin, puis laissé libre ; il arbitrera normalement.

4. Après la revendication de l'État islamique, les autorités demandent un contrôle des sacs à l'entrée des salles. Chaque club à domicile désignera 4 bénévoles ; les portes ouvriront 90 minutes avant le match.

5. Les licences 2026-2027 (15 dollars par joueur, 10 pour les moins de 16 ans) restent à payer avant le 15 octobre au secrétariat, avenue de la Mission, n° 23.

6. Une minute de silence sera observée avant chaque match de la 6e journée. Les clubs porteront un brassard noir.

Pour toute question : +243 99 555 61 80, du lundi au vendredi de 9 h à 16 h.

Sportivement,

Le secrétaire général, Dieudonné Lonema
"""))
GOLD += [
E(15, ["l'attentat-suicide du 19 septembre à Aru"],
  "SUI", "2026-09-19", "day", "Aru", "CD", 15, 43, "exact", "Islamic State", "Islamic State", False,
  "League e-mail of Monday 28 September; 'du 19 septembre' -> 19 September, 9 days before -> current. 'quinze morts, les deux kamikazes compris, et 43 blessés' -> killed 15 (bombers inside), injured 43, exact. 'Après la revendication de l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. '6e journée', '3 et 4 octobre', '17 et 18 octobre', '71-64', '2,04 m', '4 bénévoles', '90 minutes', '2026-2027', '15 dollars', '10', '16 ans', '15 octobre', 'n° 23', '+243 99 555 61 80', '9 h à 16 h' are not casualties. The minute of silence is not coded."),
E(15, ["une marche de jeunes d'Aru vers le bureau de l'administrateur du territoire"],
  "PI", "2026-09-26", "day", "Aru", "CD", None, 6, "exact", None, None, False,
  "'Samedi' vs Monday 28 September -> Saturday 26 September. A march with a demand (more security), 'dispersée à coups de gaz lacrymogène et de matraque par la police' -> Protest with intervention, perpetrator null (dev). 'Six jeunes ont été blessés' -> injured 6, exact (number word); Junior Dradra is one of them; killed null."),
E(15, ["la police a arrêté à Ariwara un troisième suspect"],
  "ARR", "2026-09-24", "day", "Ariwara", "CD", None, None, None, "police", None, False,
  "'Jeudi' vs Monday 28 September -> Thursday 24 September. The man who rented the bombers their room, arrested by the police in Ariwara -> 'police'. The referee 'entendu le même jour comme témoin, puis laissé libre' is not arrested."),
]
