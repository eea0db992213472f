"""Authoring source of benchmarks/events_holdout39 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bălți, Moldova cluster (holdout39-001 to 005; English and French),
two suicide bombers on Saturday 7 March 2026 at two sites of one town (the
central market and the bus station, about 400 m and six minutes apart): an
English wire's first report (001), the French running order of a TV news
bulletin with the anchor's intros and the reporters' packages ("conducteur
du journal télévisé", fr 002, kind "transcript"), the French verbatim of the
Moldovan interior minister's press conference with the journalists'
questions (fr 003, kind "transcript"), a French-language student newspaper of
the university of Bălți (fr 004) and an English wire on a march dispersed
with tear gas, a release and new arrests (005). Moldova and Romania are
UTC+2 in March (summer time begins on 29 March) and the French channel of
fr 002 is UTC+1: every publication time here is between 07:00 and 19:00 UTC,
so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout39")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout39-001
ARTICLES.append(A(1, "en", "article", "2026-03-07T15:00:00Z",
"Twin suicide bombing hits market and bus station in northern Moldova",
"""
BALTI, Moldova (Prut Wire) - Two suicide bombers blew themselves up six minutes apart in the northern Moldovan city of Balti on Saturday morning, killing at least nine people, including the two attackers, and wounding dozens, police and hospital officials said.

The first bomber detonated his explosives at about 10:05 a.m. among the vegetable stalls of the central market, crowded with weekend shoppers. The second blew himself up at 10:11 a.m. at the entrance of the bus station, some 400 metres away, as passengers queued for the 10:20 coach to Chisinau.

"I was selling eggs at stall 112 when the ground shook. Then people ran towards the station and there was a second bang," said Vera Ciobanu, 57, whose coat was spattered with glass. Ambulances carried the wounded to the municipal hospital, which has 620 beds and recalled its staff from leave.

No group has claimed responsibility. A police spokesman said investigators were examining whether the bombers could be linked to Islamic State, and that they "may have entered" Moldova from Romania a week ago, but he gave no names or nationalities.

Balti, a city of about 100,000 people some 130 km north of the capital, had never suffered a suicide attack. The country's last bombing came in 2021, when a grenade thrown into a cafe in the southern town of Comrat wounded three people; its author was never identified.

Interior Minister Ion Cebotari said 800 extra police officers were being sent north and that schools in the city would stay closed until Wednesday. The railway cancelled its 14:20 Balti-Chisinau train, and the president declared Sunday a day of national mourning. A hotline was opened at 0 800 11 112.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart", "The first bomber detonated his explosives", "The second blew himself up", "a second bang"],
  "SUI", "2026-03-07", "day", "Bălți", "MD", 9, 12, "at_least", None, None, False,
  "Published Saturday 7 March 2026 (17:00 in Moldova); 'on Saturday morning' = 7 March. Two sites of one town (the central market and the bus station, 'some 400 metres' and six minutes apart) -> ONE Suicide bomb event coded to the town; the wire's ASCII 'Balti' is coded with the usual English spelling 'Bălți'. First report: 'killing at least nine people, including the two attackers, and wounding dozens' -> killed 9 (bombers inside) at_least, injured 12 ('dozens', dev table). No claim; 'could be linked to Islamic State' and 'may have entered' are speculation -> perpetrator null. 'had never suffered a suicide attack' is generic and left out. '10:05 a.m.', '10:11 a.m.', '400 metres', '10:20' (a coach), 'stall 112', '57' (an age), '620 beds', 'a week ago', '100,000 people', '130 km', '800 extra police officers', '14:20' (a train), '0 800 11 112' (a hotline) are not casualties."),
E(1, ["a grenade thrown into a cafe in the southern town of Comrat wounded three people"],
  "GRN", "2021-01-01", "year", "Comrat", "MD", None, 3, "exact", None, None, True,
  "'in 2021' -> year precision, background. A thrown grenade -> Grenade; 'its author was never identified' -> perpetrator null. 'wounded three people' -> injured 3, exact; no death stated -> killed null."),
]

# -------------------------------------------------------------- holdout39-002
ARTICLES.append(A(2, "fr", "transcript", "2026-03-08T18:50:00Z",
"Conducteur du JT de 20 heures de Francophonie 24, dimanche 8 mars",
"""
FRANCOPHONIE 24 - CONDUCTEUR DU JOURNAL DE 20 HEURES - DIMANCHE 8 MARS 2026. Présentatrice : Hélène Vasseur. Durée totale : 28'00.

1. OUVERTURE - LANCEMENT PLATEAU (0'45). HÉLÈNE VASSEUR : « Bonsoir. Vingt-quatre heures après le double attentat-suicide de Bălți, dans le nord de la Moldavie, le bilan ne cesse de s'alourdir. Hier soir, les autorités parlaient d'au moins neuf morts. Ce soir, elles font état de douze morts, sans compter les deux kamikazes, et d'une quarantaine de blessés. Une retraitée de 63 ans a succombé cette nuit. Notre envoyé spécial, Marc Delorme. »

2. SUJET (1'50) - Marc Delorme, images Jean Petit. Au marché central, les étals de légumes sont encore renversés. C'est ici que samedi, à 10 h 05, le premier kamikaze s'est fait exploser. Six minutes plus tard, le second a déclenché sa charge devant la gare routière, à 400 mètres. Témoignage de Vera, 57 ans, vendeuse d'œufs. Plan large sur la file devant l'hôpital municipal : 350 donneurs ce matin.

3. LANCEMENT (0'25). HÉLÈNE VASSEUR : « L'enquête avance vite : deux hommes ont été arrêtés ce matin à l'aube à Ungheni, à la frontière roumaine. À Chișinău, Ana Rusu. »

4. DUPLEX (1'30) - Ana Rusu. Les deux suspects, âgés de 24 et 31 ans, ont été interpellés vers 5 h 30 au 17 de la rue Națională. Les policiers y ont saisi 3 kilos de nitrate d'ammonium et deux téléphones. Un chauffeur de taxi qui aurait conduit les kamikazes vendredi a été entendu pendant quatre heures, puis relâché. Aucune revendication à cette heure : la police estime que l'attaque « pourrait être liée » à l'État islamique.

5. LANCEMENT (0'20). HÉLÈNE VASSEUR : « Quelque 30 000 Moldaves vivent en France. Le consulat a ouvert une cellule d'écoute au 01 40 67 11 20. »

6. SUJET (1'10) - Julie Marchand. Dans une église orthodoxe du 14e arrondissement de Paris, une centaine de fidèles ont prié pour les victimes.

7. SPORTS (2'00). Le match de football entre le Zimbru Chișinău et le Zaria Bălți, prévu dimanche prochain, est reporté.
"""))
GOLD += [
E(2, ["le double attentat-suicide de Bălți", "le premier kamikaze s'est fait exploser", "le second a déclenché sa charge", "l'attaque"],
  "SUI", "2026-03-07", "day", "Bălți", "MD", 14, 40, "exact", None, None, False,
  "Running order of Sunday 8 March 2026: 'Vingt-quatre heures après', 'samedi, à 10 h 05' -> Saturday 7 March. Two sites of one town (market and bus station, '400 mètres', six minutes) -> ONE event. Toll revised inside the anchor's intro: 'au moins neuf morts' (last night) -> 'douze morts, sans compter les deux kamikazes, et ... une quarantaine de blessés' -> killed 12 + 2 bombers = 14, injured 40 ('une quarantaine', dev table); the qualifier describes the killed figure -> exact. The retired woman of 63 who died in the night is inside the twelve. No claim; the police's 'pourrait être liée' is speculation -> null. The prayer in Paris ('ont prié pour les victimes') is not coded. '28'00', '0'45', '1'50', '63 ans', '10 h 05', '400 mètres', '57 ans', '350 donneurs', '24 et 31 ans', '5 h 30', 'au 17 de la rue', '3 kilos', 'quatre heures', '30 000 Moldaves', '01 40 67 11 20', '14e arrondissement', 'une centaine de fidèles' are not casualties."),
E(2, ["deux hommes ont été arrêtés ce matin à l'aube à Ungheni", "ont été interpellés vers 5 h 30"],
  "ARR", "2026-03-08", "day", "Ungheni", "MD", None, None, None, "police", None, False,
  "'ce matin à l'aube' = the day of the bulletin, Sunday 8 March; the duplex tells the same arrest ('Les deux suspects ... ont été interpellés vers 5 h 30'), one event. The seizure of '3 kilos de nitrate d'ammonium et deux téléphones' belongs to the arrest (dev). 'Les policiers' -> 'police'. The taxi driver 'entendu pendant quatre heures, puis relâché' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout39-003
ARTICLES.append(A(3, "fr", "transcript", "2026-03-10T11:00:00Z",
"Attentat de Bălți : la conférence de presse du ministre de l'Intérieur, en intégralité",
"""
Chișinău, ministère de l'Intérieur, mardi 10 mars 2026, 12 heures. Transcription intégrale, traduite du roumain par notre rédaction.

LE MINISTRE (Ion Cebotari) : Mesdames et messieurs, je commence par le bilan. Le double attentat-suicide commis samedi à Bălți a fait quinze morts, dont les deux kamikazes, et quarante et un blessés. Un garçon de 14 ans est décédé hier à l'hôpital républicain. Onze blessés restent dans un état grave.

Hier soir, l'État islamique a revendiqué l'attaque dans un communiqué de son agence Amaq, qui parle de « plus de cent croisés tués ». Ce chiffre est faux. Mais nos services et nos partenaires roumains jugent cette revendication crédible. Le mouvement Hizb ut-Tahrir, cité sur les réseaux sociaux, a démenti toute implication.

Les deux hommes arrêtés dimanche à Ungheni ont été placés hier en détention provisoire pour trente jours. Hier après-midi, à Soroca, la police a arrêté un homme de 45 ans qui avait loué aux kamikazes une Dacia grise, pour 350 lei par jour. Sept autres personnes ont été entendues puis laissées libres. Au total, 1 200 policiers et carabiniers sont déployés dans le nord.

QUESTION (Radio Nord) : Qui étaient les kamikazes ?

LE MINISTRE : Deux Moldaves de 22 et 26 ans, originaires de Fălești. Ils pourraient avoir été formés en Turquie. Je n'en dirai pas plus.

QUESTION (Agence Prut) : Un troisième kamikaze est-il en fuite ?

LE MINISTRE : Non. C'est une rumeur, et je demande qu'on cesse de la relayer.

QUESTION (Canal Sud) : Le pays avait-il déjà été visé ?

LE MINISTRE : En 2021, une grenade avait été lancée dans un café de Comrat, faisant trois blessés. Rien de comparable.

QUESTION (Francophonie 24) : Quand le marché central rouvrira-t-il ?

LE MINISTRE : Jeudi à 7 heures, avec 40 agents et quatre portiques. Le numéro vert 0 800 11 112 reste ouvert 24 heures sur 24. L'Union européenne débloque 2 millions d'euros pour les victimes, et la Roumanie nous a envoyé 12 enquêteurs. Merci.
"""))
GOLD += [
E(3, ["Le double attentat-suicide commis samedi à Bălți", "a revendiqué l'attaque"],
  "SUI", "2026-03-07", "day", "Bălți", "MD", 15, 41, "exact", "Islamic State", "Islamic State", False,
  "'samedi' vs Tuesday 10 March -> 7 March. 'quinze morts, dont les deux kamikazes, et quarante et un blessés' -> killed 15 (bombers inside; the boy of 14 who died 'hier', Monday, raised it), injured 41, exact. 'Onze blessés ... dans un état grave' is a subset. Islamic State's claim through Amaq, judged 'crédible' by the minister -> claimant and perpetrator; its own 'plus de cent croisés tués' is never used. Hizb ut-Tahrir's denial is not a claim; 'Ils pourraient avoir été formés en Turquie' is speculation; the 'troisième kamikaze' is a rumour denied: none is coded. '12 heures', '14 ans', '45 ans', '350 lei par jour', 'Sept autres personnes' (heard and freed), '1 200 policiers', '22 et 26 ans', '7 heures', '40 agents', 'quatre portiques', '0 800 11 112', '24 heures sur 24', '2 millions d'euros', '12 enquêteurs' are not casualties."),
E(3, ["Les deux hommes arrêtés dimanche à Ungheni"],
  "ARR", "2026-03-08", "day", "Ungheni", "MD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout39-002: 'dimanche' vs Tuesday 10 March -> 8 March. Told through its judicial follow-up ('placés hier en détention provisoire pour trente jours') -> one Arrests event at the arrest's place and day, not a new event on Monday. 'trente jours' is a duration. No force named in the sentence; the police of the next sentence and of the cluster -> 'police'."),
E(3, ["à Soroca, la police a arrêté un homme de 45 ans"],
  "ARR", "2026-03-09", "day", "Soroca", "MD", None, None, None, "police", None, False,
  "'Hier après-midi' vs Tuesday 10 March -> Monday 9 March. The cluster's suspected facilitator (the man who rented a car to the bombers) -> Arrests. 'Sept autres personnes ont été entendues puis laissées libres' are heard, not arrested. '45 ans', '350 lei par jour' are not casualties."),
E(3, ["une grenade avait été lancée dans un café de Comrat"],
  "GRN", "2021-01-01", "year", "Comrat", "MD", None, 3, "exact", None, None, True,
  "'En 2021' -> year, background (the grenade of holdout39-001). Thrower unnamed -> null; 'faisant trois blessés' -> injured 3, exact."),
]

# -------------------------------------------------------------- holdout39-004
ARTICLES.append(A(4, "fr", "article", "2026-03-12T07:00:00Z",
"Le Russo libre, n° 47 : « Nous avons marché pour Irina »",
"""
LE RUSSO LIBRE - journal des étudiants de français de l'Université d'État Alecu-Russo de Bălți. Numéro 47, tiré à 300 exemplaires, distribué gratuitement.

ÉDITORIAL. Mercredi, nous étions plus de 2 000 à marcher de l'université jusqu'à la mairie, sous la pluie, pour réclamer des patrouilles devant les résidences universitaires et un soutien psychologique gratuit. Pas un slogan de haine, pas un incident : la police municipale a même ouvert la route. Le maire a reçu six d'entre nous pendant quarante minutes.

Nous avons marché pour Irina Moraru, 20 ans, étudiante en deuxième année de lettres, qui faisait ses courses au marché central samedi matin. Elle a succombé mercredi à l'aube, à l'hôpital municipal. Le bilan du double attentat-suicide est désormais de seize morts, y compris les deux kamikazes, et de quarante et un blessés, dont trois de nos camarades.

L'ENQUÊTE. L'attentat, revendiqué par Daech lundi soir, a été préparé pendant des semaines, selon la police. Mercredi, la police roumaine a interpellé à Iași un homme de 33 ans soupçonné d'avoir apporté de l'argent aux kamikazes. Il doit être remis à la Moldavie dans les prochains jours.

PRATIQUE. Les examens de mi-semestre sont reportés au lundi 23 mars. La bibliothèque (180 places) reste ouverte jusqu'à 22 heures. Une cellule d'écoute est installée en salle 214, de 9 heures à 18 heures ; on peut aussi appeler le 0 231 2 44 50. La cantine offre les repas jusqu'à vendredi. Une cagnotte pour la famille d'Irina a réuni 48 000 lei, soit environ 2 400 euros, en deux jours.

TÉMOIGNAGE. « J'ai 19 ans et je ne savais pas ce qu'était un garrot. Samedi, j'en ai posé deux », raconte Dan, étudiant en médecine, qui se trouvait à 50 mètres de la gare routière au moment de la seconde explosion.
"""))
GOLD += [
E(4, ["nous étions plus de 2 000 à marcher de l'université jusqu'à la mairie"],
  "PP", "2026-03-11", "day", "Bălți", "MD", None, None, None, None, None, False,
  "'Mercredi' vs Thursday 12 March -> Wednesday 11 March. A march of students with a demand (patrols, free psychological support), 'pas un incident', the police opening the road -> Peaceful protest, perpetrator null (dev). 'plus de 2 000' are marchers; 'six d'entre nous' and 'quarante minutes' are not casualties."),
E(4, ["double attentat-suicide", "L'attentat, revendiqué par Daech", "la seconde explosion"],
  "SUI", "2026-03-07", "day", "Bălți", "MD", 16, 41, "exact", "Islamic State", "Islamic State", False,
  "'samedi matin' vs Thursday 12 March -> 7 March. 'seize morts, y compris les deux kamikazes, et ... quarante et un blessés' -> killed 16 (bombers inside; the student Irina, 20, who died 'mercredi à l'aube', raised it), injured 41, exact; 'trois de nos camarades' is a subset. 'revendiqué par Daech' (Daech = Islamic State, dev canonical name), undisputed -> claimant and perpetrator. '47' (an issue), '300 exemplaires', '20 ans', '33 ans', '23 mars', '180 places', '22 heures', 'salle 214', '9 heures à 18 heures', '0 231 2 44 50', '48 000 lei', '2 400 euros', '19 ans', 'deux' (tourniquets), '50 mètres' are not casualties."),
E(4, ["la police roumaine a interpellé à Iași un homme de 33 ans"],
  "ARR", "2026-03-11", "day", "Iași", "RO", None, None, None, "police", None, False,
  "'Mercredi' vs Thursday 12 March -> 11 March. An arrest in Romania by the Romanian police (a foreign police force is still 'police', dev naming) of a suspected money courier -> Arrests in Iași, RO. His planned handover to Moldova is not an event."),
]

# -------------------------------------------------------------- holdout39-005
ARTICLES.append(A(5, "en", "article", "2026-03-14T13:00:00Z",
"Moldovan police tear-gas Balti march as toll from twin bombing reaches 16",
"""
CHISINAU, Moldova (Prut Wire) - Police fired tear gas and swung batons on Friday evening to disperse several hundred people who had marched on the regional police headquarters in Balti to demand the resignation of its chief, six days after the twin suicide bombing that killed 16 people, among them the two bombers, in the northern city.

Witnesses said the marchers, many of them market traders, had walked peacefully from the central market and were chanting outside the building when riot police moved in. The health ministry said 41 people were wounded in last Saturday's bombing, nine of whom remain in intensive care.

Islamic State, which claimed the attack on Monday, has made no further statement. Investigators consider the claim credible.

One of the two men arrested in Ungheni on the day after the bombing was released without charge on Friday; the other remains in custody. On Friday morning, police arrested a 29-year-old woman in Edinet suspected of having sewn the explosive vests, and seized a sewing machine and 2 kg of metal nuts. The man detained in Iasi on Wednesday is awaiting extradition from Romania. The bombers' landlord was questioned for six hours and released.

Moldova had largely been spared such violence. In 2018, bomb-disposal experts defused a homemade bomb found under a railway bridge near Cahul, on the Romanian border; nobody was ever charged.

The government has offered a reward of 500,000 lei (about 25,000 euros) for information, and 1,200 police officers remain deployed in the north. The central market reopened on Thursday with metal detectors at its four gates; traders said sales were down by 70 percent.
"""))
GOLD += [
E(5, ["fired tear gas and swung batons", "when riot police moved in"],
  "PI", "2026-03-13", "day", "Bălți", "MD", None, None, None, None, None, False,
  "'on Friday evening' vs Saturday 14 March -> 13 March. Several hundred people who marched on the regional police headquarters in Balti with a demand (the chief's resignation), walking 'peacefully' and 'chanting', dispersed with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev); nothing violent on the marchers' side is told. No casualty figure -> null. 'several hundred people' are marchers."),
E(5, ["the twin suicide bombing that killed 16 people", "last Saturday's bombing", "claimed the attack on Monday"],
  "SUI", "2026-03-07", "day", "Bălți", "MD", 16, 41, "exact", "Islamic State", "Islamic State", False,
  "'six days after' Friday 13 March and 'last Saturday's' -> Saturday 7 March. 'killed 16 people, among them the two bombers' -> 16 (bombers inside), '41 people were wounded' -> 41, exact; 'nine of whom remain in intensive care' is a subset. Islamic State's claim, considered credible -> claimant and perpetrator. '29-year-old', '2 kg', 'six hours', '500,000 lei', '25,000 euros', '1,200 police officers', 'four gates', '70 percent' are not casualties."),
E(5, ["One of the two men arrested in Ungheni on the day after the bombing"],
  "ARR", "2026-03-08", "day", "Ungheni", "MD", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout39-002: 'on the day after the bombing' of 7 March -> 8 March. One of the two 'was released without charge on Friday': an arrest followed by a release stays an Arrests event at its own day; the release is not an event. No force named; police of the cluster -> 'police'."),
E(5, ["police arrested a 29-year-old woman in Edinet"],
  "ARR", "2026-03-13", "day", "Edineț", "MD", None, None, None, "police", None, False,
  "'On Friday morning' vs Saturday 14 March -> 13 March. The wire's ASCII 'Edinet' is coded 'Edineț'. The seizure of 'a sewing machine and 2 kg of metal nuts' belongs to the arrest. The landlord 'questioned for six hours and released' is not arrested."),
E(5, ["The man detained in Iasi on Wednesday"],
  "ARR", "2026-03-11", "day", "Iași", "RO", None, None, None, "police", None, False,
  "Restates the arrest of holdout39-004: 'on Wednesday' vs Saturday 14 March -> 11 March; 'detained' is the arrest; 'awaiting extradition' is its follow-up. The wire's 'Iasi' is coded 'Iași', RO. No force named here; the Romanian police of the cluster -> 'police'."),
E(5, ["bomb-disposal experts defused a homemade bomb found under a railway bridge near Cahul"],
  "DWU", "2018-01-01", "year", "Cahul", "MD", None, None, None, "police", None, True,
  "'In 2018' -> year, background. A bomb found and defused on its own -> Strategic developments / Disrupted weapons use; the bomb-disposal experts are a police service -> 'police' ('nobody was ever charged': no author). 'near Cahul' -> Cahul."),
]
