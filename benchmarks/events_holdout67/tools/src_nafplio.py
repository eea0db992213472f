"""Authoring source of benchmarks/events_holdout67 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nafplio, Greece cluster (holdout67-016 to 020; French and
English), two suicide bombers on Saturday 3 October 2026 at two sites of one
town (Syntagma Square in the old town and the harbour front at the pier of
the boats to the Bourtzi fortress, about 400 m and five minutes apart): a
French agency dispatch with a first report (fr 016), an English wire with a
toll revised inside and the first arrests (017), a notice of a French-run
motorhome area to its guests ("avis d'une aire de camping-cars", fr 018), a
French daily's midday email newsletter ("lettre d'information de la
mi-journée par courriel", fr 019) and an English wire a week after (020).
Greece is UTC+3 and France UTC+2 in October (before the 25th): every
publication time here is between 06:00 and 14:00 UTC, so every local date
is the UTC date. The gold uses the English "Nafplio" (French « Nauplie »)
and "Corinth". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout67")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout67-016
ARTICLES.append(A(16, "fr", "article", "2026-10-03T13:30:00Z",
"Grèce : double attentat-suicide à Nauplie, au moins onze morts",
"""
NAUPLIE, (Agence Méditerranée Presse) - Deux kamikazes se sont fait exploser à cinq minutes d'intervalle samedi midi à Nauplie, ville touristique du Péloponnèse, en Grèce, faisant au moins onze morts, dont les deux assaillants, et une vingtaine de blessés, selon un premier bilan des pompiers.

Le premier a déclenché sa charge vers 12 h 20 sur la place Syntagma, au cœur de la vieille ville, bordée de terrasses pleines en ce week-end ensoleillé. Le second s'est fait sauter à 12 h 25 sur le quai, devant l'embarcadère des bateaux qui desservent la forteresse de Bourtzi, à environ 400 mètres. Des touristes étrangers, dont des Français, figurent parmi les victimes.

« J'ai vu un serveur courir avec un enfant dans les bras, puis la deuxième explosion », raconte Eleni Papadaki, 39 ans, qui tient une boutique de céramique au numéro 7 d'une ruelle voisine.

Aucun groupe n'a revendiqué l'attaque. Selon une source policière, elle « pourrait avoir été commanditée depuis la Syrie ». Athènes, à 140 km, a dépêché 300 policiers et une équipe de déminage.

La Grèce a surtout connu des attentats de l'extrême gauche, sans kamikazes. En 2019, un engin artisanal avait explosé devant une agence bancaire de Kalamata et, une heure plus tard, un second devant une banque de Pyrgos, blessant un vigile ; l'enquête n'avait pas abouti.

Les ferries et les autocars au départ de Nauplie sont suspendus jusqu'à dimanche midi. Le ministère français de l'Europe et des Affaires étrangères a ouvert une cellule de crise, joignable au +33 1 45 50 71 71, pour les familles des quelque 2 000 Français en séjour dans la région.

Nauplie, 14 000 habitants, fut la première capitale de la Grèce indépendante, de 1823 à 1834. Ses 999 marches, qui mènent à la forteresse de Palamède, attirent chaque année des centaines de milliers de visiteurs.
"""))
GOLD += [
E(16, ["Deux kamikazes se sont fait exploser", "Le premier a déclenché sa charge", "Le second s'est fait sauter", "la deuxième explosion", "l'attaque"],
  "SUI", "2026-10-03", "day", "Nafplio", "GR", 11, 20, "at_least", None, None, False,
  "Dispatch of Saturday 3 October 2026 (16:30 in Nafplio); 'samedi midi' = the publication day. Two sites of one town (Syntagma Square and the Bourtzi boat pier on the harbour front, 'environ 400 mètres', five minutes apart) -> ONE Suicide bomb event coded to the town (French « Nauplie » -> 'Nafplio'). First report: 'au moins onze morts, dont les deux assaillants' -> killed 11 (bombers inside), at_least; 'une vingtaine de blessés' -> injured 20 (dev table: vingtaine = 20; the qualifier describes the killed figure). No claim ('Aucun groupe n'a revendiqué'); « pourrait avoir été commanditée depuis la Syrie » is speculation -> perpetrator null. '12 h 20', '12 h 25', '400 mètres', '39 ans', 'numéro 7', '140 km', '300 policiers', '+33 1 45 50 71 71', '2 000 Français', '14 000 habitants', '1823 à 1834', '999 marches', 'des centaines de milliers de visiteurs' are not casualties."),
E(16, ["un engin artisanal avait explosé devant une agence bancaire de Kalamata"],
  "IED", "2019-01-01", "year", "Kalamata", "GR", None, None, None, None, None, True,
  "'En 2019' -> year, background. A homemade device -> Remote explosive/landmine/IED; author unknown ('l'enquête n'avait pas abouti') -> null. Two devices in two towns an hour apart are two events (one per place). The guard's injury is told with the second device -> no casualty figure here (null)."),
E(16, ["un second devant une banque de Pyrgos"],
  "IED", "2019-01-01", "year", "Pyrgos", "GR", None, 1, "exact", None, None, True,
  "'En 2019' -> year, background. The second homemade device, an hour later in Pyrgos -> its own Remote explosive/landmine/IED event. 'blessant un vigile' follows the Pyrgos clause -> injured 1, exact (holdout67-020 confirms 'wounded a security guard outside a bank in Pyrgos')."),
]

# -------------------------------------------------------------- holdout67-017
ARTICLES.append(A(17, "en", "article", "2026-10-05T10:00:00Z",
"Greek toll rises to 15 as police hold two men in Argos",
"""
ATHENS (Aegean Wire) - The death toll from Saturday's twin suicide bombing in the Greek seaside town of Nafplio rose to 15 on Monday, including the two bombers, after a 67-year-old French tourist died overnight in an Athens hospital, the health ministry said. Officials had put the toll at 14 on Sunday evening. In all, 44 people were wounded, nine of them foreigners.

Police arrested two men in Argos, 12 km north of Nafplio, on Saturday evening and seized a laptop and bomb-making manuals in a flat they had rented since August, a police spokesman said. The men are aged 25 and 28. Eight employees of a cafe that the bombers often visited were questioned on Sunday and released.

No group has claimed responsibility. A senior police officer said the bombers "may have been" in contact with fighters in Syria, but stressed that nothing had been proven.

On Sunday evening, about 5,000 people walked in silence from Syntagma Square to the harbour, holding candles and a banner that read "Nafplio is not afraid".

The square and the harbour front reopened to pedestrians on Monday morning, but the boats to the Bourtzi fortress remain suspended. Hotels in the town, which draws some 600,000 visitors a year, reported cancellation rates of about 40 percent for October.

Investigators are going through footage from 230 cameras, the spokesman said, and have opened a tip line, 210 555 0190. The government has promised 20,000 euros to each bereaved family.

The body of the French tourist is to be flown home on Wednesday on flight AF1833 from Athens. It was the deadliest attack in Greece in decades. Ferries from Nafplio to the islands resumed on Sunday at noon, and the 22 schools of the municipality will reopen on Wednesday.
"""))
GOLD += [
E(17, ["Saturday's twin suicide bombing in the Greek seaside town of Nafplio"],
  "SUI", "2026-10-03", "day", "Nafplio", "GR", 15, 44, "exact", None, None, False,
  "Wire of Monday 5 October; 'Saturday's' -> Saturday 3 October. The toll is revised inside: 'at 14 on Sunday evening' (superseded) -> 'rose to 15 ... including the two bombers' -> killed 15 (the French tourist of 67 who died overnight is inside), exact; '44 people were wounded, nine of them foreigners' -> injured 44 (the nine are a subset). No claim ('No group has claimed responsibility'); 'may have been' in contact with fighters in Syria is speculation -> perpetrator null. 'the deadliest attack in Greece in decades' is a generic comparison, not another event. The dateline is Athens. '67', '12 km', '25 and 28', 'Eight employees' (questioned), '5,000 people' (marchers), '600,000 visitors', '40 percent', '230 cameras', '210 555 0190', '20,000 euros', 'AF1833' (a flight), '22 schools' are not casualties."),
E(17, ["Police arrested two men in Argos"],
  "ARR", "2026-10-03", "day", "Argos", "GR", None, None, None, "police", None, False,
  "'on Saturday evening' vs Monday 5 October -> Saturday 3 October, the evening of the bombing. The laptop and manuals seized belong to the arrest. Police -> 'police'. The 'Eight employees of a cafe ... questioned on Sunday and released' are not arrested."),
E(17, ["about 5,000 people walked in silence from Syntagma Square to the harbour"],
  "PP", "2026-10-04", "day", "Nafplio", "GR", None, None, None, None, None, False,
  "'On Sunday evening' vs Monday 5 October -> Sunday 4 October. A silent march with candles and a banner carrying a message ('Nafplio is not afraid'), no incident -> Peaceful protest, perpetrator null. 'about 5,000' counts marchers."),
]

# -------------------------------------------------------------- holdout67-018
ARTICLES.append(A(18, "fr", "article", "2026-10-07T06:00:00Z",
"Aire des Oliviers de Drépano : informations aux camping-caristes",
"""
AIRE DE CAMPING-CARS « LES OLIVIERS DE DRÉPANO », à 8 km de Nauplie. AVIS AUX CAMPING-CARISTES, mercredi 7 octobre 2026. Accueil en français, en anglais et en grec.

Chers hôtes,

Beaucoup d'entre vous nous interrogent depuis samedi. Voici ce que nous savons.

L'ATTENTAT. Le double attentat-suicide du samedi 3 octobre à Nauplie, sur la place Syntagma et au quai du Bourtzi, a fait seize morts, kamikazes compris, depuis le décès mardi d'une jeune serveuse, et 44 blessés. Parmi les blessés figure un couple de Bretons installé chez nous, emplacement 23 ; ils sont sortis de l'hôpital lundi et vous remercient. Mardi, le groupe Hurras al-Din a revendiqué l'attentat ; la police grecque étudie le message.

L'ENQUÊTE. Un homme a été arrêté mardi sur le port de Patras, au moment d'embarquer sur le ferry de 17 h 30 pour Bari : il est soupçonné d'avoir fourni la voiture et les gilets explosifs aux deux kamikazes. Par ailleurs, la police a contrôlé notre aire dimanche. Deux camping-caristes allemands, qui avaient croisé les kamikazes à la laverie du village, ont été entendus comme témoins puis laissés libres.

CIRCULATION. La route côtière vers Tolo est rouverte. Le parking du port de Nauplie reste interdit aux camping-cars jusqu'au 18 octobre. Des contrôles de police ont lieu à l'entrée d'Argos : prévoyez 20 minutes d'attente.

À L'AIRE. La nuitée reste à 18 euros, électricité de 6 ampères comprise. Vidange gratuite ; eau potable à 1 euro les 100 litres. Nous offrons une nuit supplémentaire à ceux dont le départ était prévu entre samedi et lundi. Le boulanger passe à 8 heures. Laverie : jetons à 4 euros à l'accueil.

CONSULAT. Le consulat de France à Athènes recommande aux voyageurs français de se signaler et de garder leur passeport sur eux. Il répond au +30 210 555 0123.

Accueil ouvert de 8 heures à 20 heures, téléphone +30 27520 55 014. Bonne route, et prenez soin de vous.

Sylvie et Nikos Andreou
"""))
GOLD += [
E(18, ["Le double attentat-suicide du samedi 3 octobre à Nauplie", "revendiqué l'attentat"],
  "SUI", "2026-10-03", "day", "Nafplio", "GR", 16, 44, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Motorhome area notice of Wednesday 7 October; 'du samedi 3 octobre' -> 3 October. 'seize morts, kamikazes compris, depuis le décès mardi d'une jeune serveuse, et 44 blessés' -> killed 16 (number word; bombers inside; the waitress who died on Tuesday is inside), injured 44, exact; the Breton couple are among the injured. 'Mardi, le groupe Hurras al-Din a revendiqué l'attentat ; la police grecque étudie le message': the claim is told and not disputed -> claimant and perpetrator 'Hurras al-Din' (the canonical name earlier sets use). The heading 'L'ATTENTAT' (capitals) is left out of the triggers. '8 km', 'emplacement 23', '17 h 30', '18 octobre', '20 minutes', '18 euros', '6 ampères', '1 euro', '100 litres', '8 heures', '4 euros', '+30 210 555 0123', '8 heures à 20 heures', '+30 27520 55 014' are not casualties."),
E(18, ["Un homme a été arrêté mardi sur le port de Patras"],
  "ARR", "2026-10-06", "day", "Patras", "GR", None, None, None, "police", None, False,
  "'mardi' vs Wednesday 7 October -> Tuesday 6 October. The cluster's suspected facilitator (suspected of supplying the car and the vests), arrested in the port of Patras as he boarded the ferry to Bari -> Patras, GR. No force named -> 'police' (the Greek police of the notice). The two German campers 'entendus comme témoins puis laissés libres' are not arrested; the police check of the area is not an event."),
]

# -------------------------------------------------------------- holdout67-019
ARTICLES.append(A(19, "fr", "article", "2026-10-08T10:00:00Z",
"La Mi-Journée du jeudi 8 octobre",
"""
LA MI-JOURNÉE - la lettre de midi du Courrier de l'Atlantique, jeudi 8 octobre 2026. Bonjour ! Voici l'essentiel en cinq minutes.

1. GRÈCE. La revendication du double attentat-suicide du 3 octobre à Nauplie par Hurras al-Din, groupe jihadiste syrien lié à Al-Qaïda, est « crédible », a estimé mercredi le parquet antiterroriste d'Athènes. Le texte du groupe se vante de « plus de quatre-vingts croisés » tués ; le bilan réel est de seize morts, dont les deux kamikazes, et 44 blessés, parmi lesquels sept Français. Le groupe d'extrême gauche Lutte révolutionnaire a démenti toute implication. Les deux hommes arrêtés samedi soir à Argos ont été placés en détention provisoire.

2. COLÈRE À NAUPLIE. Mercredi soir, plusieurs centaines d'habitants qui marchaient vers la mairie pour réclamer la démission du chef de la police locale ont été dispersés par les unités antiémeutes, à coups de gaz lacrymogène et de matraque. Quatre manifestants et deux policiers ont été blessés.

3. ÉCONOMIE. Le gazole recule de 2 centimes, à 1,71 euro le litre en moyenne. La Bourse de Paris ouvre en hausse de 0,6 %. Le chômage est stable à 7,4 %.

4. SPORT. Le sélectionneur du XV de France a dévoilé une liste de 42 joueurs pour la tournée d'automne, dont trois nouveaux venus. En football, le match de Ligue des champions de mardi a réuni 47 000 spectateurs.

5. MÉTÉO. Pluie sur la Bretagne, 24 degrés à Ajaccio. Demain, de 13 à 22 degrés du nord au sud.

6. À ÉCOUTER. Notre podcast « Trois questions » : pourquoi la Grèce, longtemps épargnée par le jihadisme, est-elle visée ? Avec le chercheur Antoine Marcelin, 22 minutes.

7. LE CHIFFRE. 999 : le nombre de marches qui montent de Nauplie à la forteresse de Palamède, fermée depuis samedi.

Vous recevez cette lettre parce que vous êtes abonné au Courrier de l'Atlantique. Prochaine lettre demain, à midi.
"""))
GOLD += [
E(19, ["double attentat-suicide du 3 octobre à Nauplie"],
  "SUI", "2026-10-03", "day", "Nafplio", "GR", 16, 44, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Midday newsletter of Thursday 8 October; 'du 3 octobre' -> 3 October. 'seize morts, dont les deux kamikazes, et 44 blessés' -> killed 16 (bombers inside), injured 44, exact; 'sept Français' are a subset of the injured. The claim by Hurras al-Din is judged « crédible » by the Athens antiterrorist prosecutors -> claimant and perpetrator; its 'plus de quatre-vingts croisés' is never used. The denial of Lutte révolutionnaire (Revolutionary Struggle) is not a claim. Items 3 to 7 hold no event: '2 centimes', '1,71 euro', '0,6 %', '7,4 %', '42 joueurs', 'trois nouveaux venus', '47 000 spectateurs', '24 degrés', '13 à 22 degrés', '22 minutes', '999' are not casualties."),
E(19, ["Les deux hommes arrêtés samedi soir à Argos"],
  "ARR", "2026-10-03", "day", "Argos", "GR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-017: 'samedi soir' vs Thursday 8 October -> Saturday 3 October. Told through its judicial follow-up ('placés en détention provisoire') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(19, ["plusieurs centaines d'habitants qui marchaient vers la mairie", "ont été dispersés par les unités antiémeutes"],
  "PI", "2026-10-07", "day", "Nafplio", "GR", None, 6, "exact", None, None, False,
  "'Mercredi soir' vs Thursday 8 October -> Wednesday 7 October. A march on the town hall with a demand (the local police chief's resignation), dispersed by riot units 'à coups de gaz lacrymogène et de matraque' -> Protest with intervention, perpetrator null (dev). 'Quatre manifestants et deux policiers ont été blessés' -> injured 4 + 2 = 6 (all sides summed), exact; killed null. 'plusieurs centaines' counts marchers."),
]

# -------------------------------------------------------------- holdout67-020
ARTICLES.append(A(20, "en", "article", "2026-10-10T09:00:00Z",
"A week after Nafplio bombing, Greece charges suspected supplier",
"""
NAFPLIO, Greece (Aegean Wire) - Greek prosecutors on Friday charged a 41-year-old man arrested in the port of Patras on Tuesday with supplying the car and explosive vests used in last Saturday's twin suicide bombing in Nafplio, which killed 17 people, including the two bombers, and wounded 44.

The toll rose again on Friday, when a 55-year-old British hiker died of his wounds in an Athens hospital. Eleven people remain in hospital, three of them in intensive care.

A 33-year-old woman detained in Corinth on Thursday, who had rented the bombers a room in August, was released without charge on Friday, her lawyer said. The two men arrested in Argos on the evening of the attack remain in pre-trial detention.

Hurras al-Din, a Syrian jihadist group linked to al-Qaeda, claimed the bombing on Tuesday. Greek prosecutors have called the claim credible.

Several hundred residents who marched on the town hall on Wednesday evening to demand the resignation of the local police chief were dispersed with tear gas; six people were hurt. The mayor said on Friday that she had asked for an inquiry into the police response.

Greece had not seen a bombing in the Peloponnese since 2019, when a homemade device wounded a security guard outside a bank in Pyrgos.

Life was slowly returning to the old town on Saturday. The boats to the Bourtzi fortress were due to resume on Monday, with tickets at 5 euros, and the Palamidi fortress reopened its 999 steps to visitors. Tour operators reported some 18,000 cancelled hotel nights for October and November. The regional authority has offered shop owners in the old town grants of up to 3,000 euros to repair windows and awnings.
"""))
GOLD += [
E(20, ["last Saturday's twin suicide bombing in Nafplio", "claimed the bombing"],
  "SUI", "2026-10-03", "day", "Nafplio", "GR", 17, 44, "exact", "Hurras al-Din", "Hurras al-Din", False,
  "Wire of Saturday 10 October; 'last Saturday's' -> the most recent Saturday before publication, 3 October. 'killed 17 people, including the two bombers, and wounded 44' -> killed 17 (the British hiker of 55 who died on Friday is inside), injured 44, exact; 'Eleven people remain in hospital, three of them in intensive care' are subsets. 'Hurras al-Din ... claimed the bombing on Tuesday', called credible -> claimant and perpetrator. '41-year-old', '55-year-old', '33-year-old', '5 euros', '999 steps', '18,000 cancelled hotel nights', '3,000 euros' are not casualties."),
E(20, ["a 41-year-old man arrested in the port of Patras on Tuesday"],
  "ARR", "2026-10-06", "day", "Patras", "GR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-018: 'on Tuesday' vs Saturday 10 October -> 6 October. 'charged on Friday with supplying the car and explosive vests' is the arrest's follow-up. No force named -> 'police'."),
E(20, ["A 33-year-old woman detained in Corinth on Thursday"],
  "ARR", "2026-10-08", "day", "Corinth", "GR", None, None, None, "police", None, False,
  "'on Thursday' vs Saturday 10 October -> 8 October. A woman who had rented the bombers a room, detained -> Arrests; 'released without charge on Friday' does not undo the arrest and is not an event. No force named -> 'police'."),
E(20, ["The two men arrested in Argos on the evening of the attack"],
  "ARR", "2026-10-03", "day", "Argos", "GR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout67-017: 'on the evening of the attack' -> Saturday 3 October. 'remain in pre-trial detention' is its follow-up. No force named -> 'police'."),
E(20, ["Several hundred residents who marched on the town hall on Wednesday evening", "were dispersed with tear gas"],
  "PI", "2026-10-07", "day", "Nafplio", "GR", None, 6, "exact", None, None, False,
  "'on Wednesday evening' vs Saturday 10 October -> 7 October: the march of holdout67-019, 'dispersed with tear gas' -> Protest with intervention, perpetrator null. 'six people were hurt' -> injured 6 (number word), exact. 'Several hundred' counts marchers; the mayor's request for an inquiry is not an event."),
E(20, ["a homemade device wounded a security guard outside a bank in Pyrgos"],
  "IED", "2019-01-01", "year", "Pyrgos", "GR", None, 1, "exact", None, None, True,
  "'since 2019, when' -> year, background: the Pyrgos device of holdout67-016 -> Remote explosive/landmine/IED, author unknown -> null. 'wounded a security guard' -> injured 1, exact. Kalamata is not named here."),
]
