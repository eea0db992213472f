"""Authoring source of benchmarks/events_holdout33 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Curepipe, Mauritius cluster (holdout33-006 to 010; French and
English), two suicide bombers on Saturday 18 April 2026 at two sites of one
town (the municipal market and the Jan Palach bus station, about 300 m and
three minutes apart): a morning newsletter of one-line items (fr 006), an
English wire with the claim, a revised toll and an arrest (007), an English
radio transcript with speaker labels, a march and the facilitator's arrest
(008), an obituary of a victim with the attack told in passing (fr 009) and
an economy piece (tourism, insurers, stock exchange, fr 010). Notes are in
English. Place names follow English spelling in the gold (Port Louis, Rose
Hill, Quatre Bornes), whatever the text writes."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout33")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout33-006
ARTICLES.append(A(6, "fr", "article", "2026-04-19T03:00:00Z",
"L'essentiel du matin - dimanche 19 avril",
"""
Bonjour. Voici ce qu'il faut savoir ce dimanche pour bien commencer la journée.

• Curepipe en deuil. Au moins treize personnes ont été tuées et une soixantaine blessées hier matin à Curepipe, où deux kamikazes se sont fait exploser à trois minutes d'intervalle au marché municipal et à la gare Jan Palach, distante d'environ 300 mètres. Jamais l'île n'avait connu un tel attentat.

• Pas de revendication. Aucun groupe n'avait revendiqué l'attaque à minuit. Un ancien responsable du renseignement estime, sur une radio privée, qu'elle « pourrait être l'œuvre » de sympathisants de l'État islamique.

• Deux hommes interpellés. La police a interpellé deux hommes dans la nuit de samedi à dimanche à Rose-Hill, dans un appartement du 3e étage, au 14 de la rue Royale. Un fourgon loué 2 500 roupies par jour, qui aurait conduit les kamikazes à Curepipe, a été saisi.

• Hôpitaux sous tension. L'hôpital Victoria, à Candos, a accueilli 41 blessés, dont 9 dans un état critique. Les opérations non urgentes sont reportées d'une semaine.

• Deuil national. Le Premier ministre a décrété trois jours de deuil national ; les drapeaux resteront en berne jusqu'à mardi.

• Écoles fermées. Les établissements du plateau central resteront fermés lundi et mardi, et les 12 000 élèves concernés recevront des cours en ligne.

• Bourse. La Bourse de Port-Louis ouvrira lundi à 9 h 30, avec une suspension automatique des cotations en cas de baisse de plus de 5 %.

• Météo. Temps couvert sur le plateau, 19 degrés à Curepipe ; averses possibles dans l'après-midi.

• Football. Le match de championnat prévu cet après-midi au stade George V a été reporté à une date ultérieure.

• Le chiffre du jour : 114. C'est le nombre de donneurs de sang qui se sont présentés hier soir au centre de transfusion en quatre heures.

Bonne journée, et à demain.
"""))
GOLD += [
E(6, ["deux kamikazes se sont fait exploser à trois minutes d'intervalle", "un tel attentat", "revendiqué l'attaque"],
  "SUI", "2026-04-18", "day", "Curepipe", "MU", 13, 60, "at_least", None, None, False,
  "'hier matin' vs Sunday 19 April -> Saturday 18 April. Two sites of one town (the market and the Jan Palach bus station, about 300 m and three minutes apart) -> ONE Suicide bomb event. 'Au moins treize personnes ont été tuées et une soixantaine blessées' -> 13 (at_least), injured 60 ('une soixantaine', read like the dev table's 'dizaine / vingtaine / quarantaine': about); the qualifier describes the killed figure -> at_least. « pourrait être l'œuvre » is speculation -> null. The item labels ('Curepipe en deuil.') are not triggers. '41 blessés, dont 9' (one hospital) is a subset. '300 mètres', '2 500 roupies', '12 000 élèves', '9 h 30', '5 %', '19 degrés', '114' donors, 'quatre heures' are not casualties."),
E(6, ["La police a interpellé deux hommes dans la nuit de samedi à dimanche à Rose-Hill"],
  "ARR", "2026-04-18", "day", "Rose Hill", "MU", None, None, None, "police", None, False,
  "'dans la nuit de samedi à dimanche' -> dated at the night's start, Saturday 18 April (events_holdout29, 31). Police -> 'police'. The van seized belongs to the arrest. Gold spelling 'Rose Hill' (English), text 'Rose-Hill'. '3e étage' is a floor and '14' a street number."),
]

# -------------------------------------------------------------- holdout33-007
ARTICLES.append(A(7, "en", "article", "2026-04-20T09:00:00Z",
"Islamic State says it carried out Mauritius bombing; death toll climbs to 20",
"""
CUREPIPE, Mauritius (Southern Seas Wire) - Islamic State claimed responsibility on Sunday for Saturday's twin suicide bombing in Curepipe, the first such attack in the Indian Ocean island nation, in an online message that described the town's market and bus station as "gathering places of polytheists".

Police Commissioner Vikash Ramdin told reporters on Monday that investigators had "no reason to doubt" the claim.

The health ministry said the toll had risen to 18 dead, not counting the two bombers, after a 70-year-old flower seller and a schoolboy died in hospital on Sunday. Sixty-four people were wounded, nine of whom remain in intensive care.

Police arrested a third suspect, a 38-year-old mechanic, in Mahebourg on Sunday afternoon. He is accused of having stored about 15 kg of explosives in his garage, some 25 km from Curepipe. The two men detained in Rose Hill late on Saturday were still being questioned on Monday. A woman who had rented them the flat was questioned for several hours and released.

Mauritius, a country of 1.3 million people that welcomed 1.4 million tourists last year, has almost no history of political violence. In March 2022, police bomb-disposal officers defused a pipe bomb left in a bin at the Caudan Waterfront in Port Louis; no one was ever charged.

Several hotel groups said on Monday that cancellations had reached about 20 percent for May. The government has asked for help from French and Indian investigators, and a team of eight forensic experts from Paris arrived on Sunday night.

Schools on the central plateau remain closed until Wednesday.
"""))
GOLD += [
E(7, ["Saturday's twin suicide bombing in Curepipe"],
  "SUI", "2026-04-18", "day", "Curepipe", "MU", 20, 64, "exact", "Islamic State", "Islamic State", False,
  "'Saturday's' vs Monday 20 April -> 18 April. 'Islamic State claimed responsibility', with 'no reason to doubt' the claim -> claimant and perpetrator. '18 dead, not counting the two bombers' -> 18 + 2 = 20 ('not counting' adds them; events_holdout31 017); 'Sixty-four people were wounded' -> 64, exact. The two who 'died in hospital on Sunday' are inside the 18; 'nine of whom remain in intensive care' is a subset; '70-year-old' an age."),
E(7, ["Police arrested a third suspect, a 38-year-old mechanic, in Mahebourg"],
  "ARR", "2026-04-19", "day", "Mahébourg", "MU", None, None, None, "police", None, False,
  "'on Sunday afternoon' vs Monday 20 April -> 19 April. Police -> 'police'. Gold spelling 'Mahébourg' (used in English too), text 'Mahebourg'. '38-year-old' an age, '15 kg' a weight, '25 km' a distance."),
E(7, ["The two men detained in Rose Hill late on Saturday"],
  "ARR", "2026-04-18", "day", "Rose Hill", "MU", None, None, None, "police", None, False,
  "'late on Saturday' -> Saturday 18 April. Restated arrest of holdout33-006 (its own event here); police (the paragraph's subject). The woman 'questioned for several hours and released' is not arrested."),
E(7, ["police bomb-disposal officers defused a pipe bomb"],
  "DWU", "2022-03-01", "month", "Port Louis", "MU", None, None, None, "police", None, True,
  "'In March 2022' -> month, background. A pipe bomb defused on its own -> Disrupted weapons use, police. The Caudan Waterfront is in Port Louis. '1.3 million people', '1.4 million tourists', '20 percent', 'eight forensic experts' are not casualties."),
]

# -------------------------------------------------------------- holdout33-008
ARTICLES.append(A(8, "en", "transcript", "2026-04-21T14:00:00Z",
"Island Drive, Radio Plateau FM, Tuesday 21 April, 6 p.m.",
"""
HOST: Good evening, it's six o'clock and this is Island Drive. Three days after the twin suicide bombing in Curepipe, the country is burying its dead: the funerals of seven victims took place this afternoon. Our reporter Nadia Bhugun has followed the investigation. Nadia, first the toll.

REPORTER: The latest figure from the health ministry is twenty dead, counting the two bombers, and sixty-four wounded. The attack, as you know, was claimed by Islamic State on Sunday, and the police say they consider that claim genuine.

HOST: There was a large march yesterday in the capital.

REPORTER: Yes, several thousand people walked from the Champ de Mars to Parliament in Port Louis yesterday afternoon, with banners saying "Not in our name" and calling on the government to put more police on the plateau. The organisers counted about 15,000 people; the police said 6,000. It was calm and good-natured from start to finish, and it ended with a minute's silence.

HOST: And the investigation?

REPORTER: It is moving fast. This morning, officers of the Central CID arrested a fourth suspect at the airport in Plaine Magnien, a 41-year-old money changer who was about to board flight MK 846 to Dubai. Investigators believe he paid for the flat and the van used by the bombers, about 90,000 rupees in all. The mechanic arrested on Sunday in Mahebourg appeared before a magistrate today and was remanded in custody for 21 days. And an imam from Curepipe who had been summoned on Monday was heard as a witness and went home.

HOST: Thank you, Nadia. The police hotline is 148, open day and night. More after the break.
"""))
GOLD += [
E(8, ["twin suicide bombing in Curepipe", "The attack, as you know, was claimed by Islamic State"],
  "SUI", "2026-04-18", "day", "Curepipe", "MU", 20, 64, "exact", "Islamic State", "Islamic State", False,
  "'Three days after' vs Tuesday 21 April -> Saturday 18 April. 'twenty dead, counting the two bombers, and sixty-four wounded' -> 20 (inside), 64, exact. 'claimed by Islamic State', considered genuine -> claimant and perpetrator. The funerals ('seven victims') are not coded."),
E(8, ["a large march yesterday in the capital", "several thousand people walked from the Champ de Mars to Parliament in Port Louis"],
  "PP", "2026-04-20", "day", "Port Louis", "MU", None, None, None, None, None, False,
  "'yesterday afternoon' vs Tuesday 21 April -> Monday 20 April. A march with a demand ('calling on the government to put more police on the plateau') that stayed calm -> Peaceful protest. 'about 15,000' and '6,000' are participants, 'a minute's silence' a span."),
E(8, ["officers of the Central CID arrested a fourth suspect at the airport in Plaine Magnien"],
  "ARR", "2026-04-21", "day", "Plaine Magnien", "MU", None, None, None, "police", None, False,
  "'This morning' = Tuesday 21 April. The Central CID (police) -> 'police'. The airport is at Plaine Magnien -> that town. The suspected facilitator of this cluster (paid for the flat and the van). '41-year-old' an age, 'MK 846' a flight number, '90,000 rupees' money."),
E(8, ["The mechanic arrested on Sunday in Mahebourg"],
  "ARR", "2026-04-19", "day", "Mahébourg", "MU", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 21 April -> 19 April. Restated arrest of holdout33-007, told with its follow-up ('remanded in custody for 21 days'): one Arrests event at the arrest's place and day. No force named here; police in holdout33-007. The imam 'summoned ... heard as a witness and went home' is not arrested; '148' is a phone number, '21 days' a span."),
]

# -------------------------------------------------------------- holdout33-009
ARTICLES.append(A(9, "fr", "article", "2026-04-22T12:00:00Z",
"Nécrologie : Marie-Josée Lagesse, la fleuriste du marché de Curepipe",
"""
Elle connaissait chaque client par son prénom et chaque fleur par son nom latin. Marie-Josée Lagesse, 58 ans, tenait depuis trente-deux ans l'étal d'anthuriums à l'entrée du marché municipal de Curepipe. Elle a été tuée samedi matin dans le double attentat-suicide qui a fait vingt morts, dont les deux kamikazes, et soixante-quatre blessés, et que l'État islamique a revendiqué le lendemain.

Née en 1967 à Mahébourg, dans une famille de pêcheurs, elle s'installe sur le plateau à dix-neuf ans, après son mariage avec Jean-Claude, horticulteur à Forest-Side. Le couple commence avec une charrette et 300 roupies de marchandise. Quelques années plus tard, l'étal est devenu une petite institution : on y venait des quatre coins de l'île pour les couronnes de mariage et les bouquets de la fête des Mères.

Ce n'était pas la première fois que la violence la frappait. En janvier 2020, un homme armé d'un couteau avait blessé trois marchandes du même marché, dont elle, avant d'être maîtrisé par des passants. Elle avait rouvert son étal une semaine plus tard, le bras en écharpe. « On ne ferme pas pour un fou », disait-elle.

Samedi, elle était arrivée comme toujours à 5 heures. Son petit-fils de 9 ans, qui l'aidait à disposer les seaux, a été blessé à la jambe ; il est toujours hospitalisé à Candos, mais ses jours ne sont pas en danger.

Ses obsèques ont été célébrées mardi en l'église Sainte-Thérèse, devant plusieurs centaines de personnes. Les autres marchands ont déposé sur son étal vide des dizaines de bouquets. Elle laisse son mari, trois enfants et cinq petits-enfants.

« Elle disait que les fleurs, c'est ce qui reste quand on a tout perdu », confie sa fille aînée, Sandrine.
"""))
GOLD += [
E(9, ["double attentat-suicide qui a fait vingt morts"],
  "SUI", "2026-04-18", "day", "Curepipe", "MU", 20, 64, "exact", "Islamic State", "Islamic State", False,
  "'samedi matin' vs Wednesday 22 April -> Saturday 18 April. An obituary tells the attack in passing: 'vingt morts, dont les deux kamikazes, et soixante-quatre blessés' -> 20 (inside), 64, exact. « que l'État islamique a revendiqué le lendemain » -> claimant and perpetrator. The grandson wounded is inside the 64. '58 ans', 'trente-deux ans', '1967', 'dix-neuf ans', '300 roupies', '5 heures', '9 ans', 'plusieurs centaines de personnes' (mourners), 'des dizaines de bouquets', 'trois enfants et cinq petits-enfants' are not casualties. The funeral is not coded."),
E(9, ["un homme armé d'un couteau avait blessé trois marchandes du même marché"],
  "ATK", "2020-01-01", "month", "Curepipe", "MU", None, 3, "exact", None, None, True,
  "'En janvier 2020' -> month, background. A knifeman against market women -> Violence against civilians / Attack, unnamed -> null (events_holdout31 Delémont). 'blessé trois marchandes' -> injured 3, exact; his being 'maîtrisé par des passants' is not an arrest by a force."),
]

# -------------------------------------------------------------- holdout33-010
ARTICLES.append(A(10, "fr", "article", "2026-04-24T08:00:00Z",
"Tourisme, assurances, Bourse : l'économie mauricienne encaisse le choc de Curepipe",
"""
PORT-LOUIS — Six jours après l'attentat-suicide du 18 avril à Curepipe, qui a fait vingt et un morts, dont les deux kamikazes, et soixante-quatre blessés depuis le décès mercredi d'une lycéenne de 17 ans, l'économie mauricienne fait ses comptes. Et l'addition s'annonce lourde.

Le tourisme, qui représente près d'un quart du PIB, est le premier touché. Selon l'association des hôteliers, les annulations atteignent 22 % pour mai et 15 % pour juin, surtout de la part des clientèles européennes. Plusieurs pays ont relevé leur niveau d'alerte, et deux voyagistes allemands ont suspendu leurs départs jusqu'au 15 mai. « Nous avons perdu en une semaine ce que nous avions gagné en deux ans », soupire le directeur d'un hôtel de 180 chambres à Flic-en-Flac.

À la Bourse de Port-Louis, le SEMDEX a perdu 6,4 % lundi, avant de regagner 2,1 % sur les trois séances suivantes. Les valeurs hôtelières ont le plus souffert, certaines cédant plus de 12 %.

Du côté des assureurs, l'inquiétude porte sur les contrats. La plupart des polices excluent les actes de terrorisme, et les commerçants du marché de Curepipe, dont une soixantaine d'étals ont été détruits, risquent de n'être indemnisés qu'en partie. Le gouvernement a annoncé un fonds de soutien de 500 millions de roupies, et les banques un moratoire de six mois sur les prêts des commerces sinistrés.

Les économistes relativisent toutefois. L'île avait traversé sans dommage durable la dernière alerte sérieuse, en mars 2022, quand les démineurs de la police avaient neutralisé une bombe artisanale sur le front de mer du Caudan, à Port-Louis. Mais jamais un attentat n'avait fait de victimes à Maurice.

Les quatre suspects arrêtés depuis samedi restent détenus, et l'enquête vise désormais les circuits financiers. La Banque de Maurice a demandé aux bureaux de change de signaler toute opération de plus de 500 000 roupies.
"""))
GOLD += [
E(10, ["l'attentat-suicide du 18 avril à Curepipe"],
  "SUI", "2026-04-18", "day", "Curepipe", "MU", 21, 64, "exact", None, None, False,
  "'du 18 avril', six days before Friday 24 April -> current. 'vingt et un morts, dont les deux kamikazes, et soixante-quatre blessés depuis le décès mercredi d'une lycéenne de 17 ans' -> 21 (bombers inside; the student who died on Wednesday raised it), 64 (not reduced, events_holdout16), exact. The piece names no claim -> null (each document stands alone). 'une soixantaine d'étals' are stalls; '22 %', '15 %', '15 mai', 'deux ans', '180 chambres', '6,4 %', '2,1 %', '12 %', '500 millions de roupies', 'six mois', '500 000 roupies' are not casualties."),
E(10, ["les démineurs de la police avaient neutralisé une bombe artisanale sur le front de mer du Caudan"],
  "DWU", "2022-03-01", "month", "Port Louis", "MU", None, None, None, "police", None, True,
  "'en mars 2022' -> month, background (the pipe bomb of holdout33-007). A device neutralised on its own -> Disrupted weapons use, police. 'Les quatre suspects arrêtés depuis samedi' is a running total, not an event (events_holdout31 020); 'jamais un attentat n'avait fait de victimes' is generic."),
]
