"""Authoring source of benchmarks/events_holdout27 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kédougou, Senegal cluster (holdout27-001 to 005; French and
English), two suicide bombers on Tuesday 10 February 2026 at two sites of one
town (the bus station and the central market, about 700 m and seven minutes
apart): a French agency flash with a "pourrait être derrière" (fr 001), a
French "(ACTUALISATION)" dispatch with the "Nouveau bilan" and an arrest in the
night (fr 002), an English wire with the claim, a denial and older attacks
(003), a French radio transcript with a march, arrests and a court follow-up
(fr 004) and a French "Ce que l'on sait" explainer with bullets (fr 005).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout27")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout27-001
ARTICLES.append(A(1, "fr", "article", "2026-02-10T16:20:00Z",
"Sénégal : au moins neuf morts dans un double attentat-suicide à Kédougou",
"""
KÉDOUGOU (Sénégal) (Agence Falémé Presse) - Au moins neuf personnes ont été tuées et des dizaines d'autres blessées mardi matin à Kédougou, dans le sud-est du Sénégal, lorsque deux kamikazes se sont fait exploser à la gare routière et au marché central, a-t-on appris de sources sécuritaires et hospitalières.

Le premier assaillant, âgé d'une vingtaine d'années selon des témoins, a déclenché sa charge vers 8 h 45 au milieu des voyageurs d'un car en partance pour Tambacounda, à 230 kilomètres. Sept minutes plus tard, le second s'est fait exploser à l'entrée du marché central, à environ 700 mètres de là.

« J'ai vu des corps partout, des sacs de mangues, des sandales », a raconté au téléphone un vendeur de 46 ans. Les blessés les plus graves ont été évacués par deux hélicoptères de l'armée vers la capitale.

L'attaque n'avait pas été revendiquée mardi en fin d'après-midi. Un officier de gendarmerie a estimé sous couvert d'anonymat que l'État islamique au Sahel « pourrait être derrière », en raison de « la méthode employée ».

C'est la première attaque de ce type au Sénégal. En janvier dernier, des hommes armés avaient enlevé deux orpailleurs maliens près de Saraya, à une cinquantaine de kilomètres au sud. Il y a trois ans, des soldats avaient désamorcé un engin explosif artisanal enfoui sur la piste de Salémata.

Le gouvernement a convoqué un conseil de sécurité extraordinaire pour 18 heures. Les autorités ont fermé la frontière avec le Mali, distante d'une trentaine de kilomètres, et interdit la circulation des motos de 19 heures à 6 heures dans toute la région.
"""))
GOLD += [
E(1, ["deux kamikazes se sont fait exploser à la gare routière et au marché central"],
  "SUI", "2026-02-10", "day", "Kédougou", "SN", 9, 12, "at_least", None, None, False,
  "'mardi matin' = publication day, Tuesday 10 February. Two sites of one town (the bus station and the central market, about 700 m and seven minutes apart) -> ONE Suicide bomb event (events_holdout10 Koupéla convention). 'Au moins neuf personnes ont été tuées et des dizaines d'autres blessées' -> 9 (at_least), 12 ('des dizaines', dev table); the qualifier describes the killed figure. No claim; the Islamic State in the Sahel « pourrait être derrière » is speculation -> null. 'une vingtaine d'années' is an age, '8 h 45', 'Sept minutes', '230 kilomètres', '700 mètres', '46 ans', 'deux hélicoptères' are not casualties."),
E(1, ["des hommes armés avaient enlevé deux orpailleurs maliens près de Saraya"],
  "ABD", "2026-01-01", "month", "Saraya", "SN", None, None, None, None, None, True,
  "'En janvier dernier' vs February 2026 -> January 2026, month; 1 January is 40 days before publication -> background. Unnamed gunmen -> null. 'deux orpailleurs' are abductees; 'une cinquantaine de kilomètres' is a distance."),
E(1, ["des soldats avaient désamorcé un engin explosif artisanal"],
  "DWU", "2023-01-01", "year", "Salémata", "SN", None, None, None, "military", None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. A device defused on its own -> Disrupted weapons use; soldiers -> 'military'. A track to a town ('la piste de Salémata') -> that town. '18 heures', 'une trentaine de kilomètres', '19 heures à 6 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout27-002
ARTICLES.append(A(2, "fr", "article", "2026-02-11T09:05:00Z",
"Sénégal : le bilan de l'attentat de Kédougou s'alourdit (ACTUALISATION)",
"""
KÉDOUGOU (Sénégal) (Agence Falémé Presse) - (ACTUALISATION : nouveau bilan, interpellations, précisions aux 2e, 3e et 4e paragraphes)

Le bilan du double attentat-suicide perpétré mardi matin à Kédougou s'est nettement alourdi. Mardi soir, l'hôpital régional faisait état de quinze morts. Deux blessés ont succombé à leurs blessures dans la nuit et deux autres corps ont été retirés mercredi à l'aube des décombres d'une échoppe du marché.

Nouveau bilan : dix-neuf morts, sans compter les deux kamikazes, et soixante-sept blessés, dont une douzaine dans un état critique, selon le ministère de la Santé, qui s'exprimait mercredi à 7 heures. Le bilan de neuf morts donné mardi par cette agence est caduc.

Dans la nuit de mardi à mercredi, la gendarmerie a interpellé trois hommes âgés de 23, 27 et 31 ans dans un campement d'orpailleurs de Saraya, à une cinquantaine de kilomètres au sud. Douze motos ont été saisies, ainsi que 40 kilos d'engrais et deux téléphones satellitaires. Les trois suspects ont été placés en garde à vue à la brigade de Kédougou.

Une vingtaine de commerçants du marché ont par ailleurs été entendus comme témoins, puis sont rentrés chez eux.

Le chef de l'État, attendu jeudi à Kédougou, a décrété trois jours de deuil national. Le gouvernement a promis une récompense de 10 millions de francs CFA pour toute information utile et ouvert un numéro vert, le 800 00 17 17.

Aucune revendication n'avait été publiée mercredi matin. La gare routière, d'où partent chaque jour une quarantaine de cars, restera fermée jusqu'à nouvel ordre.
"""))
GOLD += [
E(2, ["double attentat-suicide perpétré mardi matin à Kédougou"],
  "SUI", "2026-02-10", "day", "Kédougou", "SN", 21, 67, "exact", None, None, False,
  "'mardi matin' vs Wednesday 11 February -> 10 February. Revised toll inside the dispatch: 'quinze morts' -> two wounded died, two more bodies -> 'dix-neuf morts, sans compter les deux kamikazes' -> 19 + 2 = 21 ('sans compter' adds the bombers), 'soixante-sept blessés' -> 67, exact; 'une douzaine dans un état critique' is a subset, 'neuf morts' the superseded figure. No claim -> null. 'une quarantaine de cars', '10 millions de francs CFA', '800 00 17 17', '7 heures' are not casualties."),
E(2, ["la gendarmerie a interpellé trois hommes"],
  "ARR", "2026-02-10", "day", "Saraya", "SN", None, None, None, "police", None, False,
  "'Dans la nuit de mardi à mercredi' vs Wednesday 11 February -> dated at its start, Tuesday 10 February (the night rule of earlier sets). A gold diggers' camp 'de Saraya' -> Saraya. Gendarmerie -> 'police' (dev). 'trois hommes' are arrestees; '23, 27 et 31 ans' ages; 'Douze motos', '40 kilos', 'deux téléphones' belong to the arrest. The traders 'entendus comme témoins' are not arrested."),
]

# -------------------------------------------------------------- holdout27-003
ARTICLES.append(A(3, "en", "article", "2026-02-12T11:00:00Z",
"JNIM claims Senegal's first suicide bombing; separatists deny role",
"""
KEDOUGOU, Senegal (West Africa Wire) - Al-Qaeda's Sahel affiliate JNIM took credit on Wednesday evening for Tuesday's twin suicide bombing in Kedougou, the first attack of its kind in Senegal, in a statement released through its az-Zallaqa media arm.

The group said two of its "martyrs" had struck "the apostate army and its collaborators" and boasted of "around sixty" dead. The health ministry's toll stands at 22 dead, including the two bombers, and 67 wounded: a 17-year-old market porter died of his burns on Wednesday night in hospital in Tambacounda.

A gendarmerie officer had suggested on Tuesday that Islamic State's Sahel branch could have been responsible. The Movement of Democratic Forces of Casamance (MFDC), a separatist group from Senegal's south-west, denied any involvement in a message sent to journalists on Thursday morning.

Interior minister Aïssatou Ndiaye told reporters that investigators had "no reason to doubt" the statement was genuine, while calling its death toll "propaganda". More than 1,500 troops and gendarmes have been sent to the region, she said.

JNIM has been active for years across the Falémé river in Mali. In March 2024, its fighters stormed a customs post at Kéniéba, about 60 km from Kedougou, killing four customs officers. Last November, Senegalese gendarmes arrested four suspected JNIM recruiters at a roadblock outside Kidira, on the main road to Bamako.

The bombers were two young men from the region's gold-mining camps, according to a security source who asked not to be named. Kedougou's gold rush has drawn some 40,000 migrant diggers from six countries, and officials have long worried that armed groups recruit among them.
"""))
GOLD += [
E(3, ["Tuesday's twin suicide bombing in Kedougou"],
  "SUI", "2026-02-10", "day", "Kédougou", "SN", 22, 67, "exact", "JNIM", "JNIM", False,
  "'Tuesday's' vs Thursday 12 February -> 10 February. The gold keeps the accented spelling 'Kédougou' (the wire writes 'Kedougou'). 'took credit' -> claimant and perpetrator 'JNIM'; the minister disputes its figure (\"around sixty\", never used) but not the authorship. '22 dead, including the two bombers, and 67 wounded' -> 22 (inside), 67, exact; the porter who died raised it. The Islamic State in the Sahel 'could have been responsible' is speculation; the MFDC's denial is not a claim. '17-year-old', '1,500 troops', '40,000 migrant diggers' are not casualties."),
E(3, ["its fighters stormed a customs post at Kéniéba"],
  "BAT", "2024-03-01", "month", "Kéniéba", "ML", 4, None, "exact", "JNIM", None, True,
  "'In March 2024' -> month, background. A named group attacking a post -> Armed clash initiated by 'JNIM' (holdout25 Awdheegle convention), stated as fact, no claim. 'killing four customs officers' -> 4, exact. 'about 60 km' is a distance."),
E(3, ["Senegalese gendarmes arrested four suspected JNIM recruiters"],
  "ARR", "2025-11-01", "month", "Kidira", "SN", None, None, None, "police", None, True,
  "'Last November' vs February 2026 -> November 2025, month, background. Gendarmes -> 'police'. A roadblock 'outside Kidira' -> Kidira. 'four suspected JNIM recruiters' are arrestees."),
]

# -------------------------------------------------------------- holdout27-004
ARTICLES.append(A(4, "fr", "transcript", "2026-02-14T07:30:00Z",
"Radio Falémé FM, journal de 7 heures : Kédougou, quatre jours après",
"""
PRÉSENTATEUR : Il est 7 h 30. Quatre jours après le double attentat-suicide de mardi à Kédougou, la colère monte. Notre correspondant Ousmane Cissokho est sur place. Ousmane, bonjour.

CORRESPONDANT : Bonjour. Hier après-midi, plusieurs centaines de jeunes ont marché jusqu'à la préfecture pour réclamer la protection des sites d'orpaillage et des gares. Devant les grilles, les gendarmes ont tiré des grenades lacrymogènes pour les disperser. Quatre manifestants ont été blessés, dont un adolescent de 15 ans touché à la jambe.

PRÉSENTATEUR : Où en est le bilan ?

CORRESPONDANT : Il est de vingt-deux morts, kamikazes compris, et de soixante-sept blessés. L'attentat a été revendiqué par le JNIM mercredi soir. Les autorités ne contestent pas cette revendication.

PRÉSENTATEUR : Et l'enquête ?

CORRESPONDANT : Avant-hier, la police a appréhendé à Tambacounda un chauffeur de car soupçonné d'avoir conduit les deux kamikazes jusqu'à Kédougou. Son apprenti a été entendu, puis relâché sans charge. Les trois hommes interpellés à Saraya dans la nuit de mardi à mercredi ont été déférés hier au parquet de Tambacounda.

PRÉSENTATEUR : La région avait-elle déjà été touchée ?

CORRESPONDANT : Jamais de cette manière. Il y a quatre ans, une patrouille de l'armée était tombée dans une embuscade près de Moussala, à la frontière malienne : deux soldats avaient été tués. Mais personne ici n'imaginait un attentat en pleine ville.

PRÉSENTATEUR : Et ce matin ?

CORRESPONDANT : Le marché central reste fermé. Les obsèques des dernières victimes ont eu lieu hier à la grande mosquée. Un couvre-feu est en vigueur de 20 heures à 6 heures et 300 gendarmes supplémentaires sont arrivés dans la nuit.

PRÉSENTATEUR : Merci, Ousmane Cissokho, en direct de Kédougou.
"""))
GOLD += [
E(4, ["le double attentat-suicide de mardi à Kédougou", "L'attentat a été revendiqué par le JNIM"],
  "SUI", "2026-02-10", "day", "Kédougou", "SN", 22, 67, "exact", "JNIM", "JNIM", False,
  "'de mardi' vs Saturday 14 February -> 10 February. 'vingt-deux morts, kamikazes compris, et de soixante-sept blessés' -> 22 (inside), 67, exact. 'a été revendiqué par le JNIM', not contested -> claimant and perpetrator 'JNIM'. The funerals are not coded."),
E(4, ["plusieurs centaines de jeunes ont marché jusqu'à la préfecture"],
  "PI", "2026-02-13", "day", "Kédougou", "SN", None, 4, "exact", None, None, False,
  "'Hier après-midi' vs Saturday 14 February -> Friday 13 February. A march with a demand, dispersed with tear gas -> Protest with intervention; null actor. 'Quatre manifestants ont été blessés' -> injured 4, exact. 'plusieurs centaines' are participants, '15 ans' an age."),
E(4, ["la police a appréhendé à Tambacounda un chauffeur de car"],
  "ARR", "2026-02-12", "day", "Tambacounda", "SN", None, None, None, "police", None, False,
  "'Avant-hier' vs Saturday 14 February -> Thursday 12 February. Police -> 'police'. The apprentice 'entendu, puis relâché sans charge' is not arrested."),
E(4, ["Les trois hommes interpellés à Saraya"],
  "ARR", "2026-02-10", "day", "Saraya", "SN", None, None, None, "police", None, False,
  "A restated arrest whose follow-up ('déférés hier au parquet') is told here: one Arrests event at its place and day (events_holdout23, holdout25). 'dans la nuit de mardi à mercredi' -> dated at its start, Tuesday 10 February. No force named here; the gendarmerie in holdout27-002 -> 'police'."),
E(4, ["une patrouille de l'armée était tombée dans une embuscade près de Moussala"],
  "BAT", "2022-01-01", "year", "Moussala", "SN", 2, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. An ambush on an army patrol by unnamed attackers -> Armed clash, null initiator (events_holdout9 Kohlu). 'deux soldats avaient été tués' -> 2, exact. '20 heures à 6 heures', '300 gendarmes', '7 h 30' are not casualties."),
]

# -------------------------------------------------------------- holdout27-005
ARTICLES.append(A(5, "fr", "article", "2026-02-16T10:00:00Z",
"Attentat de Kédougou : ce que l'on sait, ce que l'on ignore",
"""
Six jours après le double attentat-suicide qui a frappé Kédougou, voici ce que l'on sait de l'attaque, de ses auteurs et de l'enquête.

• Les faits. Le mardi 10 février, vers 8 h 45, un premier kamikaze s'est fait exploser à la gare routière. Sept minutes plus tard, un second a actionné sa ceinture à l'entrée du marché central, à 700 mètres.

• Le bilan. Vingt-trois morts, dont les deux kamikazes, et soixante-sept blessés. Une commerçante de 52 ans a succombé à ses blessures samedi dans un hôpital de la capitale. Une dizaine de blessés sont toujours hospitalisés.

• La revendication. Le JNIM s'est attribué l'attaque le lendemain soir. Le Mouvement des forces démocratiques de Casamance (MFDC) a démenti toute implication.

• Les suspects. Trois orpailleurs interpellés dans la nuit du 10 au 11 février à Saraya ont été placés sous mandat de dépôt. Un chauffeur de car a été appréhendé jeudi à Tambacounda. Samedi, la gendarmerie a arrêté à Bakel un homme de 38 ans présenté comme le logisticien de la cellule ; 2 millions de francs CFA en liquide ont été saisis chez lui.

• Ceux qui ne sont pas poursuivis. Une trentaine de personnes ont été entendues, dont l'apprenti du chauffeur, relâché sans charge. Le propriétaire de la maison louée par les kamikazes a été convoqué lundi à la brigade.

• Les précédents. En août 2024, un engin explosif avait tué un gendarme sur la route de Goudiry, une attaque jamais élucidée. De l'autre côté de la frontière, en août 2025, un kamikaze avait lancé une voiture piégée contre un camp militaire de Sadiola, au Mali, tuant neuf soldats, une attaque revendiquée par le JNIM.

• Ce que l'on ignore. Les enquêteurs recherchent un troisième homme, qui aurait filmé l'attaque depuis un toit. L'origine des 25 kilos d'explosifs utilisés reste inconnue.
"""))
GOLD += [
E(5, ["double attentat-suicide qui a frappé Kédougou", "un premier kamikaze s'est fait exploser à la gare routière"],
  "SUI", "2026-02-10", "day", "Kédougou", "SN", 23, 67, "exact", "JNIM", "JNIM", False,
  "'Le mardi 10 février' -> 10 February (6 days before Monday 16 February, current). 'Vingt-trois morts, dont les deux kamikazes, et soixante-sept blessés' -> 23 (inside), 67, exact; the trader who died on Saturday raised it; 'Une dizaine de blessés sont toujours hospitalisés' is a subset. 'Le JNIM s'est attribué l'attaque' -> claimant and perpetrator; the MFDC's denial is not a claim. '8 h 45', '700 mètres', '52 ans' are not casualties."),
E(5, ["Trois orpailleurs interpellés dans la nuit du 10 au 11 février à Saraya"],
  "ARR", "2026-02-10", "day", "Saraya", "SN", None, None, None, "police", None, False,
  "A restated arrest with its follow-up ('placés sous mandat de dépôt'): one Arrests event, dated at the start of the night, 10 February. No force named here; the gendarmerie in holdout27-002 -> 'police'."),
E(5, ["Un chauffeur de car a été appréhendé jeudi à Tambacounda"],
  "ARR", "2026-02-12", "day", "Tambacounda", "SN", None, None, None, "police", None, False,
  "'jeudi' vs Monday 16 February -> 12 February. A restated arrest; no force named here, the police in holdout27-004 -> 'police'."),
E(5, ["la gendarmerie a arrêté à Bakel un homme de 38 ans"],
  "ARR", "2026-02-14", "day", "Bakel", "SN", None, None, None, "police", None, False,
  "'Samedi' vs Monday 16 February -> 14 February. The suspected facilitator; gendarmerie -> 'police'. '38 ans' is an age, '2 millions de francs CFA' belong to the arrest. The thirty people 'entendues', the apprentice 'relâché sans charge' and the landlord 'convoqué' are not arrested."),
E(5, ["un engin explosif avait tué un gendarme sur la route de Goudiry"],
  "IED", "2024-08-01", "month", "Goudiry", "SN", 1, None, "exact", None, None, True,
  "'En août 2024' -> month, background. A roadside device -> IED; no actor named -> null. 'tué un gendarme' -> 1, exact. A road to a town -> that town. '25 kilos' is a weight."),
E(5, ["un kamikaze avait lancé une voiture piégée contre un camp militaire de Sadiola"],
  "SUI", "2025-08-01", "month", "Sadiola", "ML", 9, None, "exact", "JNIM", "JNIM", True,
  "'en août 2025' -> month, background. A suicide car bomb against an army camp -> Suicide bomb. 'une attaque revendiquée par le JNIM' -> claimant and perpetrator. 'tuant neuf soldats' -> 9, exact (the bomber is not counted by the text). 'au Mali' -> ML."),
]

# -------------------------------------------------------------- holdout27-021
ARTICLES.append(A(21, "en", "article", "2026-02-20T09:00:00Z",
"Ten days after the bombing, Senegal's gold town counts its dead",
"""
KEDOUGOU, Senegal (Sahel Weekly) - Ten days after the 10 February twin suicide bombing that killed 24 people, the two bombers among them, and injured 67, Kedougou's central market reopened on Thursday under the eyes of some 300 gendarmes. A young mechanic who had lost both legs died in hospital on Wednesday, raising the toll.

The attack, which JNIM claimed the next evening, has upended a town that lives off the gold rush in the surrounding hills. On Wednesday, about 2,000 gold diggers blocked the road to Saraya on the edge of Kedougou for six hours, with tree trunks and burning tyres, to demand compensation for those who lost relatives and cash in the market. Gendarmes negotiated with their leaders and the road reopened in the afternoon without any violence.

The investigation is widening. On Tuesday, gendarmes arrested two brothers, aged 24 and 28, in Kedougou's Dandé Mayo district; they are suspected of having hidden the bombers' explosive belts in a tool shed. A dozen gold buyers were questioned at the gendarmerie and released the same day.

Residents say the signs had been there. In July 2021, gunmen shot dead two gold traders on the Kedougou-Saraya track and took about 3 kg of gold; nobody was ever charged. Since then, gold buyers travel in convoys and carry their cash in several vehicles.

"We used to fear bandits on the road," said Mamadou, 41, who sells mobile phone credit at the bus station. "Now we fear a boy with a backpack."

Flights to the regional capital have been doubled to four a week, and the government says it will spend 5 billion CFA francs on security in the region this year.
"""))
GOLD += [
E(21, ["the 10 February twin suicide bombing", "The attack, which JNIM claimed the next evening"],
  "SUI", "2026-02-10", "day", "Kédougou", "SN", 24, 67, "exact", "JNIM", "JNIM", False,
  "'the 10 February' (10 days before Friday 20 February -> current). 'killed 24 people, the two bombers among them, and injured 67' -> 24 (inside), 67, exact; the mechanic who died on Wednesday raised it. 'which JNIM claimed' -> claimant and perpetrator. '300 gendarmes', 'four a week', '5 billion CFA francs' are not casualties."),
E(21, ["about 2,000 gold diggers blocked the road to Saraya on the edge of Kedougou"],
  "PP", "2026-02-18", "day", "Kédougou", "SN", None, None, None, None, None, False,
  "'On Wednesday' vs Friday 20 February -> 18 February. A road blockade with a demand that ends 'without any violence' after talks -> Peaceful protest (no intervention). 'on the edge of Kedougou' -> Kédougou (Saraya is where the road leads). 'about 2,000' are participants, 'six hours' a span."),
E(21, ["gendarmes arrested two brothers, aged 24 and 28, in Kedougou's Dandé Mayo district"],
  "ARR", "2026-02-17", "day", "Kédougou", "SN", None, None, None, "police", None, False,
  "'On Tuesday' vs Friday 20 February -> 17 February. Gendarmes -> 'police'. A district -> its town (Dandé Mayo -> Kédougou). '24 and 28' are ages. 'A dozen gold buyers were questioned ... and released' are not arrested."),
E(21, ["gunmen shot dead two gold traders on the Kedougou-Saraya track"],
  "ATK", "2021-07-01", "month", "Kédougou", "SN", 2, None, "exact", None, None, True,
  "'In July 2021' -> month, background. Unnamed gunmen killing traders -> Attack, null actor. A track between two places -> the first-named place, Kédougou (dev Irumu convention). 'shot dead two gold traders' -> 2, exact; 'about 3 kg of gold' is a weight, '41' an age."),
]
