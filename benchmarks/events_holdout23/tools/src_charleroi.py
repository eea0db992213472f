"""Authoring source of benchmarks/events_holdout23 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Charleroi, Belgium cluster (holdout23-001 to 006; French and
English), two suicide bombers on Saturday 14 March 2026 at two sites of one
town (the hall of Charleroi-Sud station and the Ville-Haute market, about
600 m apart, eight minutes apart): a Belgian daily's first report with a
"(Belga)" credit and an AQAP « pourrait être derrière » (fr 001), an English
wire's next-day report with the revised toll (002), a court report on the
arrests with people heard and released (fr 003), a Swiss radio morning show
with speaker labels and an arrest at Geneva airport (fr 004), a weekly
magazine's long-read with older attacks (fr 005) and a march with more
arrests (006). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout23")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout23-001
ARTICLES.append(A(1, "fr", "article", "2026-03-14T13:40:00Z",
"Charleroi : au moins quatre morts dans un double attentat-suicide",
"""
CHARLEROI - Au moins quatre personnes ont été tuées et une vingtaine d'autres blessées samedi matin à Charleroi, où deux kamikazes se sont fait exploser à quelques minutes d'intervalle dans le hall de la gare de Charleroi-Sud puis au marché de la Ville-Haute, selon un bilan provisoire du parquet fédéral.

La première explosion s'est produite vers 10 h 15, au moment où un train en provenance de Bruxelles entrait en gare. Huit minutes plus tard, le second assaillant, un homme d'une vingtaine d'années selon des témoins, a actionné sa charge entre les étals du marché, à environ 600 mètres de là.

« J'ai vu septante personnes courir vers la Sambre, certains pieds nus », raconte un marchand de fruits de 53 ans, qui a perdu son étal. Les blessés ont été transportés au Grand Hôpital de Charleroi et, pour les plus graves, vers Bruxelles, à une soixantaine de kilomètres. La gare restera fermée au moins 48 heures.

Aucune revendication n'avait été enregistrée samedi après-midi. Une source policière estime qu'al-Qaïda dans la péninsule arabique (AQPA) « pourrait être derrière » l'attaque, qui porterait selon elle « une signature étrangère ». Le parquet fédéral se refuse à « toute spéculation ».

Le niveau de la menace a été relevé au niveau 4, le plus élevé, dans toute la province de Hainaut, et septante militaires ont été déployés dans les gares wallonnes.

Mardi, la police judiciaire fédérale avait interpellé à Seraing un homme de 29 ans en possession de deux pistolets et de nonante cartouches. Les enquêteurs vérifient s'il existe un lien avec les kamikazes.

Charleroi, troisième ville de Wallonie, compte quelque 200 000 habitants. Le Premier ministre a annulé un déplacement à l'étranger et convoqué le Conseil national de sécurité à 16 heures. Un numéro d'information a été ouvert pour les familles : le 1771. (Belga)
"""))
GOLD += [
E(1, ["deux kamikazes se sont fait exploser"],
  "SUI", "2026-03-14", "day", "Charleroi", "BE", 4, 20, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 14 March. Two sites of one town (the station hall and the Ville-Haute market, about 600 m and eight minutes apart) -> ONE Suicide bomb event (events_holdout10's Koupéla convention). 'Au moins quatre personnes ont été tuées et une vingtaine d'autres blessées' -> 4 killed (at_least), 20 injured (une vingtaine, dev table; the qualifier describes killed). AQAP « pourrait être derrière » is speculation -> null. 'une vingtaine d'années' is an age; '10 h 15', 'Huit minutes', '600 mètres', 'septante personnes' (people running), '53 ans', 'une soixantaine de kilomètres', '48 heures', 'niveau 4', 'septante militaires', '200 000 habitants', '16 heures', '1771' are not casualties."),
E(1, ["la police judiciaire fédérale avait interpellé à Seraing"],
  "ARR", "2026-03-10", "day", "Seraing", "BE", None, None, None, "police", None, False,
  "'Mardi' vs Saturday 14 March -> Tuesday 10 March. Federal judicial police -> 'police'. '29 ans', 'deux pistolets', 'nonante cartouches' are an age and things seized (they belong to the arrest)."),
]

# -------------------------------------------------------------- holdout23-002
ARTICLES.append(A(2, "en", "article", "2026-03-15T11:00:00Z",
"Charleroi bombing toll climbs to 13 as police raid flat in Liege",
"""
BRUSSELS (Lowlands Wire) - The death toll from Saturday's twin suicide bombing in Charleroi has climbed to 13, Belgian prosecutors said on Sunday, as police questioned three men arrested overnight in Liège.

Four people were reported dead on Saturday afternoon. By the evening, hospitals in Charleroi and Brussels had counted nine bodies, and two of the wounded died overnight. On Sunday morning, the federal prosecutor's office said eleven people had been killed, not counting the two bombers, and 58 wounded, 14 of them critically.

The first bomber blew himself up in the hall of Charleroi-Sud station at about 10:15 a.m., as a train from Brussels pulled in; the second struck the Saturday market in the upper town eight minutes later, about 600 metres away. Investigators believe each carried about five kilograms of explosives in a backpack.

Police arrested three men in a raid on a flat in Liège late on Saturday, a spokesman for the prosecutor said, without giving their names. The men, aged 22 to 35, were found with a laptop and several mobile phones. About 25 other people have been questioned since Saturday and allowed to go home.

No group had claimed the attack by Sunday midday. The national crisis centre kept the threat level at 4, its highest, and some 1,500 soldiers were patrolling stations and airports across the country.

Rail traffic through Charleroi-Sud, which handles about 30,000 passengers a day, remained suspended. Flights at Brussels South Charleroi Airport, 7 km north of the city, ran normally, though passengers were asked to arrive three hours early.

The government has opened a hotline for relatives, 0800 30 300, and announced a national tribute for next Saturday.
"""))
GOLD += [
E(2, ["Saturday's twin suicide bombing in Charleroi", "The first bomber blew himself up"],
  "SUI", "2026-03-14", "day", "Charleroi", "BE", 13, 58, "exact", None, None, False,
  "'Saturday's' vs Sunday 15 March -> 14 March. Revised toll inside the report: 'Four' -> 'nine bodies' -> two died overnight -> 'eleven people had been killed, not counting the two bombers, and 58 wounded' -> 11 + 2 = 13 ('not counting' adds the bombers, like events_holdout21-002; the headline and first sentence say 13), 58, exact. '14 of them critically' is a subset. No claim -> null. '10:15', 'eight minutes', '600 metres', 'five kilograms', 'aged 22 to 35', 'About 25 other people' (questioned), 'threat level at 4', '1,500 soldiers', '30,000 passengers', '7 km', 'three hours', '0800 30 300' are not casualties."),
E(2, ["questioned three men arrested overnight in Liège", "Police arrested three men in a raid on a flat in Liège"],
  "ARR", "2026-03-14", "day", "Liège", "BE", None, None, None, "police", None, False,
  "'late on Saturday' / 'overnight' vs Sunday 15 March -> Saturday 14 March (a night is dated at its start). 'police'. The laptop and phones belong to the arrest; 'About 25 other people have been questioned ... allowed to go home' are not arrests."),
]

# -------------------------------------------------------------- holdout23-003
ARTICLES.append(A(3, "fr", "article", "2026-03-17T16:30:00Z",
"Attentat de Charleroi : trois suspects placés sous mandat d'arrêt, un quatrième interpellé à Verviers",
"""
Les trois hommes interpellés samedi soir à Liège, quelques heures après le double attentat-suicide de samedi matin à Charleroi, ont été placés sous mandat d'arrêt lundi par un juge d'instruction spécialisé en terrorisme, a annoncé mardi le parquet fédéral. Déférés au parquet dimanche, ils sont inculpés d'assassinats dans un contexte terroriste et de participation aux activités d'un groupe terroriste.

L'attentat, revendiqué dimanche soir par l'État islamique, a fait quatorze morts, les deux kamikazes compris, après le décès lundi d'une étudiante de 19 ans. Cinquante-huit personnes ont été blessées.

Un quatrième homme, soupçonné d'avoir loué aux kamikazes un garage à Marcinelle, a été interpellé lundi à Verviers. Selon le parquet, ce « logisticien » de 41 ans y aurait entreposé une partie des 12 kilos d'explosif utilisés samedi. Il sera présenté mercredi au juge d'instruction.

La compagne de l'un des kamikazes a été auditionnée lundi, puis relâchée sans charges. Deux cousins du second kamikaze ont été entendus en audition libre à Charleroi ; ils n'ont pas été inquiétés.

Le principal suspect des trois Liégeois n'était pas inconnu des services. En octobre 2022, il avait été arrêté à Mons avec deux autres hommes, soupçonnés de vouloir rejoindre la Syrie, puis condamné à trente mois de prison, dont dix-huit avec sursis.

La chambre du conseil de Charleroi se prononcera dans cinq jours sur le maintien en détention. Devant le palais de justice, une vingtaine de journalistes attendaient depuis 7 heures du matin. « Le dossier compte déjà plus de 3 000 pages », glisse un avocat de la défense, qui dénonce « une pression médiatique énorme ».

Le parquet fédéral a appelé les témoins à se manifester au numéro gratuit 0800 30 300.
"""))
GOLD += [
E(3, ["double attentat-suicide de samedi matin à Charleroi", "L'attentat, revendiqué dimanche soir par l'État islamique"],
  "SUI", "2026-03-14", "day", "Charleroi", "BE", 14, 58, "exact", "Islamic State", "Islamic State", False,
  "'samedi matin' vs Tuesday 17 March -> 14 March. 'revendiqué dimanche soir par l'État islamique' -> claimant and perpetrator. 'quatorze morts, les deux kamikazes compris' -> 14 (inside), exact; the student who died on Monday raised it. 'Cinquante-huit personnes ont été blessées' -> 58. '19 ans' is an age."),
E(3, ["Les trois hommes interpellés samedi soir à Liège"],
  "ARR", "2026-03-14", "day", "Liège", "BE", None, None, None, "police", None, False,
  "'samedi soir' vs Tuesday 17 March -> 14 March. The arrest's judicial follow-up (« placés sous mandat d'arrêt lundi », « Déférés au parquet dimanche », inculpés) is that arrest's story, not a new arrest. No force named; arrested and deferred to the federal prosecutor -> 'police'."),
E(3, ["a été interpellé lundi à Verviers"],
  "ARR", "2026-03-16", "day", "Verviers", "BE", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 17 March -> 16 March. The suspected facilitator (the garage). No force named -> 'police'. '41 ans', '12 kilos d'explosif' are not casualties; Marcinelle (a district of Charleroi) is where the garage is, not an event place. The partner « auditionnée ... relâchée sans charges » and the cousins « entendus en audition libre » are not arrests."),
E(3, ["il avait été arrêté à Mons avec deux autres hommes"],
  "ARR", "2022-10-01", "month", "Mons", "BE", None, None, None, "police", None, True,
  "'En octobre 2022' -> month, background. No force named -> 'police'. 'trente mois', 'dix-huit', 'cinq jours', 'une vingtaine de journalistes', '7 heures', '3 000 pages', '0800 30 300' are not casualties."),
]

# -------------------------------------------------------------- holdout23-004
ARTICLES.append(A(4, "fr", "transcript", "2026-03-18T06:30:00Z",
"La Matinale de Radio Léman : un suspect de l'attentat de Charleroi arrêté à Genève",
"""
ANIMATEUR: Il est 7 h 30, bonjour à toutes et à tous. On commence avec l'enquête sur le double attentat-suicide de Charleroi, en Belgique : la police genevoise a arrêté hier soir à l'aéroport de Genève un homme recherché par la justice belge. Notre correspondante à Bruxelles, Léa Monnier, bonjour.

CORRESPONDANTE: Bonjour. Il s'agit d'un Belge de 27 ans, qui s'apprêtait à embarquer sur le vol LX 1820 à destination d'Istanbul. Selon le parquet fédéral belge, il aurait conduit les deux kamikazes jusqu'à Charleroi samedi matin. Il est détenu à Genève en attendant son extradition, qui pourrait prendre nonante jours s'il s'y oppose.

ANIMATEUR: Où en est le bilan ?

CORRESPONDANTE: Il est passé à quinze morts, kamikazes compris, après le décès hier d'un cheminot de la SNCB. L'attentat, revendiqué par l'État islamique, a fait aussi cinquante-huit blessés. Les Belges ont le sentiment que cela recommence : les militaires sont de retour dans les gares.

ANIMATEUR: Et en Suisse, faut-il s'inquiéter ?

CORRESPONDANTE: La Confédération n'a pas relevé son niveau d'alerte. Mais on se souvient qu'en juin 2019, la police vaudoise avait saisi à Lausanne un sac contenant un engin explosif artisanal, devant une salle de concert. Il n'y avait eu ni blessé ni arrestation.

ANIMATEUR: Merci Léa. Rappelons que le canton de Genève a renforcé la présence policière à Cornavin, avec huitante agents supplémentaires, pour au moins deux semaines. Une cagnotte lancée par la communauté belge de Genève a déjà réuni 42 000 francs pour les familles des victimes.

ANIMATEUR: Place à la météo : du soleil sur le bassin lémanique, 14 degrés à Genève cet après-midi, et de la bise sur le Plateau.
"""))
GOLD += [
E(4, ["la police genevoise a arrêté hier soir à l'aéroport de Genève"],
  "ARR", "2026-03-17", "day", "Geneva", "CH", None, None, None, "police", None, False,
  "'hier soir' vs Wednesday 18 March -> 17 March. Geneva police arrest a suspect wanted by Belgium in their own country -> 'police', CH; the airport -> Geneva (English spelling). '7 h 30', '27 ans', 'vol LX 1820', 'nonante jours' are not casualties."),
E(4, ["double attentat-suicide de Charleroi", "les deux kamikazes jusqu'à Charleroi samedi matin", "L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-03-14", "day", "Charleroi", "BE", 15, 58, "exact", "Islamic State", "Islamic State", False,
  "'samedi matin' vs Wednesday 18 March -> 14 March. 'quinze morts, kamikazes compris' -> 15 (inside), exact; the railwayman who died 'hier' (Tuesday) raised it. 'cinquante-huit blessés' -> 58. 'revendiqué par l'État islamique' -> claimant and perpetrator."),
E(4, ["la police vaudoise avait saisi à Lausanne un sac contenant un engin explosif artisanal"],
  "DWU", "2019-06-01", "month", "Lausanne", "CH", None, None, None, "police", None, True,
  "'en juin 2019' -> month, background. A device seized on its own -> Disrupted weapons use, 'police'. 'ni blessé ni arrestation' is not an explicit statement about a toll of an attack (nothing exploded) -> null. 'huitante agents', 'deux semaines', '42 000 francs', '14 degrés' are not casualties."),
]

# -------------------------------------------------------------- holdout23-005
ARTICLES.append(A(5, "fr", "article", "2026-03-22T08:00:00Z",
"Long format. Charleroi, la ville qui ne voulait plus avoir peur",
"""
Le samedi 14 mars, à 10 h 15, la ville a basculé. Deux kamikazes, l'un dans le hall de la gare de Charleroi-Sud, l'autre au milieu du marché de la Ville-Haute, ont tué quinze personnes, eux-mêmes compris, et blessé cinquante-huit autres. L'État islamique a revendiqué l'attaque le lendemain. Une semaine plus tard, les vitrines sont réparées, mais personne ne parle d'autre chose.

Charleroi n'avait jamais connu un tel carnage. Elle n'était pourtant pas restée à l'écart. En octobre 2017, un homme avait blessé au couteau deux passants à la gare de Namur en criant des slogans religieux ; il avait été jugé irresponsable. En mars 2021, les démineurs de l'armée avaient neutralisé une bombe artisanale déposée devant le commissariat de La Louvière, à une vingtaine de kilomètres.

Il y a quatre ans, à Tournai, une voiture piégée avait explosé la nuit devant une salle de prière, sans faire de victimes. L'enquête n'a jamais abouti. Et en janvier dernier, la police avait démantelé à Charleroi même une cellule de cinq personnes qui, selon le parquet, préparaient « une action contre un lieu fréquenté ».

« Nous avions des signaux, nous n'avions pas les moyens », soupire un ancien commissaire de 62 ans, qui a passé trente-quatre ans dans la police locale. Son ancien service compte aujourd'hui nonante enquêteurs pour une agglomération de 400 000 habitants.

Au marché, les maraîchers sont revenus mercredi. Un producteur de chicons de Fleurus, 71 ans, vend « comme avant, mais sans musique ». La commune a promis 2 millions d'euros pour la sécurité de la gare et 40 caméras supplémentaires.

À la gare, les guichets rouvriront lundi. Sur le quai 3, quelqu'un a laissé un bouquet de tulipes et un billet de train pour Bruxelles, composté le 14 mars à 9 h 58.
"""))
GOLD += [
E(5, ["Deux kamikazes, l'un dans le hall de la gare de Charleroi-Sud", "L'État islamique a revendiqué l'attaque le lendemain"],
  "SUI", "2026-03-14", "day", "Charleroi", "BE", 15, 58, "exact", "Islamic State", "Islamic State", False,
  "'Le samedi 14 mars' -> 14 March (8 days before Sunday 22 March -> current). 'ont tué quinze personnes, eux-mêmes compris, et blessé cinquante-huit autres' -> 15 (inside), 58, exact. 'L'État islamique a revendiqué' -> claimant and perpetrator. '10 h 15', 'Une semaine' are not casualties."),
E(5, ["un homme avait blessé au couteau deux passants à la gare de Namur"],
  "ATK", "2017-10-01", "month", "Namur", "BE", None, 2, "exact", None, None, True,
  "'En octobre 2017' -> month, background. A lone man stabbing passers-by -> Violence against civilians / Attack, unnamed -> null. 'deux passants' -> 2 injured, exact."),
E(5, ["les démineurs de l'armée avaient neutralisé une bombe artisanale"],
  "DWU", "2021-03-01", "month", "La Louvière", "BE", None, None, None, "military", None, True,
  "'En mars 2021' -> month, background. The army's bomb-disposal service -> 'military'. 'une vingtaine de kilomètres' is a distance."),
E(5, ["une voiture piégée avait explosé la nuit devant une salle de prière"],
  "IED", "2022-01-01", "year", "Tournai", "BE", 0, 0, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A car bomb -> Remote explosive/landmine/IED, no actor. 'sans faire de victimes' -> 0/0, exact (events_holdout19)."),
E(5, ["la police avait démantelé à Charleroi même une cellule de cinq personnes"],
  "ARR", "2026-01-01", "month", "Charleroi", "BE", None, None, None, "police", None, True,
  "'en janvier dernier' vs March 2026 -> January 2026, month; 1 January is 80 days before 22 March -> background. 'police'. 'cinq personnes' are arrestees. '62 ans', 'trente-quatre ans', 'nonante enquêteurs', '400 000 habitants', '71 ans', '2 millions d'euros', '40 caméras', 'quai 3', '9 h 58' are not casualties."),
]

# -------------------------------------------------------------- holdout23-006
ARTICLES.append(A(6, "en", "article", "2026-03-21T10:00:00Z",
"Thousands march in Charleroi as police detain two brothers in Namur",
"""
Several thousand people marched through the centre of Charleroi on Friday evening to demand more police officers at stations and a public inquiry into last Saturday's twin suicide bombing, which killed 15 people, including the two bombers.

The march, called by trade unions and neighbourhood associations, set off from the Ville-Haute market, where the second bomber struck, and ended peacefully outside the town hall after about two hours. Organisers put the crowd at 8,000; police said 5,500. Some marchers carried photographs of the dead, among them a 19-year-old student and a railway worker who died in hospital on Tuesday.

On Thursday, federal police detained two brothers, aged 31 and 34, in Namur. Prosecutors suspect them of having bought the mobile phones the bombers used. A third man was questioned at the same address and released without charge.

Islamic State, which claimed the attack last Sunday, has since published a photograph of the two bombers holding rifles. Investigators say the picture was taken in a flat in Liège at least two weeks before the attack. The group's own claim of "more than seventy crusaders" killed has been dismissed by the federal prosecutor as "pure propaganda".

Six people are now in custody in Belgium and one in Switzerland, where a suspected driver was arrested at Geneva airport on Tuesday. Of the 58 people wounded, 11 remain in hospital, three of them in intensive care.

Charleroi-Sud station reopened to trains on Wednesday, with 24 soldiers on every shift and metal detectors at four of its six entrances. The national tribute to the victims will be held in Charleroi on Saturday at 11 a.m.
"""))
GOLD += [
E(6, ["Several thousand people marched through the centre of Charleroi"],
  "PP", "2026-03-20", "day", "Charleroi", "BE", None, None, None, None, None, False,
  "'on Friday evening' vs Saturday 21 March -> 20 March. A march with a demand that ends peacefully -> Peaceful protest; null actor. 'Several thousand', '8,000', '5,500' are participants; 'about two hours' a span."),
E(6, ["last Saturday's twin suicide bombing", "Islamic State, which claimed the attack last Sunday"],
  "SUI", "2026-03-14", "day", "Charleroi", "BE", 15, 58, "exact", "Islamic State", "Islamic State", False,
  "'last Saturday's' vs Saturday 21 March -> 14 March. 'killed 15 people, including the two bombers' -> 15 (inside), exact; 'Of the 58 people wounded' -> 58. 'Islamic State, which claimed the attack' -> claimant and perpetrator; the claimant's own 'more than seventy crusaders' is never used. '19-year-old', '11 remain in hospital, three of them in intensive care' (subsets) are not new figures."),
E(6, ["federal police detained two brothers, aged 31 and 34, in Namur"],
  "ARR", "2026-03-19", "day", "Namur", "BE", None, None, None, "police", None, False,
  "'on Thursday' vs Saturday 21 March -> 19 March. 'police'. 'aged 31 and 34' are ages. 'A third man was questioned ... and released without charge' is not an arrest."),
E(6, ["a suspected driver was arrested at Geneva airport on Tuesday"],
  "ARR", "2026-03-17", "day", "Geneva", "CH", None, None, None, "police", None, False,
  "'on Tuesday' vs Saturday 21 March -> 17 March. A restatement of the arrest told in holdout23-004; each document has its own entry. No force named; in Switzerland -> 'police', CH. 'Six people are now in custody' is a cumulative count, not an event. 'two weeks', '24 soldiers', 'four of its six entrances', '11 a.m.' are not casualties."),
]
