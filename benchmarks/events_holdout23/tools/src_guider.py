"""Authoring source of benchmarks/events_holdout23 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Guider, Cameroon cluster (holdout23-017 to 021; French and
English), two suicide bombers on Saturday 26 September 2026 at two sites of
one town (the weekly market and a gendarmerie checkpoint at the northern
entrance, about 1.5 km apart, about fifteen minutes apart): a Cameroonian
daily's first report with a Boko Haram « pourrait être derrière » and an
abduction two days earlier (fr 017), an English-language daily's next-day
report with the revised toll, a blockade and arrests (018), the ISWAP claim,
the Boko Haram denial, a facilitator's arrest and older attacks (fr 019), an
English TV transcript with speaker labels (020) and a Quebec daily's report
on an arrest in Montreal and a rally (fr 021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout23")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout23-017
ARTICLES.append(A(17, "fr", "article", "2026-09-26T16:00:00Z",
"Nord-Cameroun : double attentat-suicide meurtrier à Guider",
"""
GUIDER - Six personnes au moins ont péri et des dizaines d'autres ont été blessées samedi matin à Guider, dans la région du Nord, lorsque deux kamikazes se sont fait exploser, l'un au grand marché hebdomadaire, l'autre à un poste de contrôle de la gendarmerie à l'entrée nord de la ville, selon des sources sécuritaires.

La première explosion a retenti vers 9 h 40, à l'heure où les commerçantes venues des villages installent leurs bassines d'arachides. Un quart d'heure plus tard, un second kamikaze, une jeune femme selon les gendarmes, a déclenché sa charge devant la barrière, à environ 1,5 kilomètre du marché.

« J'ai ramassé une fillette de 6 ans qui ne pleurait même plus », raconte un moto-taximan de 34 ans. Les blessés ont été transportés à l'hôpital de district, puis les plus graves vers l'hôpital régional de Garoua, à une centaine de kilomètres au sud.

Aucune revendication n'a été enregistrée. Le sous-préfet estime que Boko Haram « pourrait être derrière » cette attaque, la première de ce type dans la ville. Par mesure de sécurité, la circulation des motos était pourtant interdite la nuit dans le département depuis le 12 courant.

L'avant-veille de l'attentat, des hommes armés avaient enlevé trois éleveurs peuls près de Figuil, à une trentaine de kilomètres à l'ouest. Leurs ravisseurs réclament 15 millions de francs CFA pour leur libération. En juin dernier, un engin explosif improvisé avait blessé deux gendarmes près de Mayo-Oulo, à la frontière nigériane.

Guider, ville carrefour de quelque 90 000 habitants sur la route de l'Extrême-Nord, accueille chaque samedi plus de 3 000 commerçants venus du Tchad et du Nigeria. Le gouverneur a ordonné la fermeture du marché pour sept jours et appelé la population « au calme et à la vigilance ». Un numéro vert, le 1500, a été ouvert.
"""))
GOLD += [
E(17, ["deux kamikazes se sont fait exploser, l'un au grand marché hebdomadaire"],
  "SUI", "2026-09-26", "day", "Guider", "CM", 6, 12, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 26 September. Two sites of one town (the market and a gendarmerie checkpoint at its northern entrance, about 1.5 km and fifteen minutes apart) -> ONE Suicide bomb event. 'Six personnes au moins ont péri et des dizaines d'autres ont été blessées' -> 6 (at_least), 12 ('des dizaines', dev table). Boko Haram « pourrait être derrière » is speculation -> null. '9 h 40', 'Un quart d'heure', '1,5 kilomètre', '6 ans', '34 ans', 'une centaine de kilomètres', 'le 12 courant' (a date of a ban, not an event) are not casualties."),
E(17, ["des hommes armés avaient enlevé trois éleveurs peuls près de Figuil"],
  "ABD", "2026-09-24", "day", "Figuil", "CM", None, None, None, None, None, False,
  "'L'avant-veille de l'attentat' = two days before Saturday 26 September -> Thursday 24 September. Unnamed 'hommes armés' -> null. 'trois éleveurs' are abductees; 'une trentaine de kilomètres', '15 millions de francs CFA', '90 000 habitants', '3 000 commerçants', 'sept jours', '1500' are not casualties."),
E(17, ["un engin explosif improvisé avait blessé deux gendarmes près de Mayo-Oulo"],
  "IED", "2026-06-01", "month", "Mayo-Oulo", "CM", None, 2, "exact", None, None, True,
  "'En juin dernier' vs September 2026 -> June 2026, month, background. No actor -> null. 'blessé deux gendarmes' -> 2 injured, exact."),
]

# -------------------------------------------------------------- holdout23-018
ARTICLES.append(A(18, "en", "article", "2026-09-27T11:00:00Z",
"Guider bombing: toll rises to 21 as soldiers make first arrests",
"""
The death toll from Saturday's twin suicide bombing in Guider, in Cameroon's North region, rose to 21 on Sunday, the governor's office said.

Local officials had counted six dead by midday on Saturday and eleven by the evening. Six more bodies were recovered from under the collapsed awnings of the market overnight, and two of the wounded died in hospital in Garoua early on Sunday. By Sunday morning the governor's office gave a toll of 19 dead, not counting the two bombers, and 48 wounded, nine of them in a critical condition.

One bomber, a man thought to be about 25, struck the weekly market. The second, a woman, blew herself up at a gendarmerie checkpoint at the northern entrance to the town, killing two gendarmes.

On Saturday evening, hundreds of motorcycle-taxi drivers blocked the main road through Guider with burning tyres, demanding that the night-time ban on motorcycles be lifted so they could carry the wounded. Gendarmes fired tear gas to clear the road, and three people were hurt.

Soldiers arrested four suspects in Pitoa, about 80 km to the south, late on Saturday, a military source said. They were travelling in a minibus with two empty jerrycans that smelled of fuel oil, and a notebook with the phone numbers of one of the bombers. Around 30 people who had been at the market have been questioned and released.

No group had claimed the attack by Sunday morning. Guider lies on the main road between Garoua and the Far North region, where jihadist groups have staged hundreds of attacks since 2014. It was the first suicide attack in the town.

The government announced a reward of 10 million CFA francs and the deployment of 500 additional soldiers.
"""))
GOLD += [
E(18, ["Saturday's twin suicide bombing in Guider", "One bomber, a man thought to be about 25, struck the weekly market"],
  "SUI", "2026-09-26", "day", "Guider", "CM", 21, 48, "exact", None, None, False,
  "'Saturday's' vs Sunday 27 September -> 26 September. Revised toll inside the report: 'six' -> 'eleven' -> six more bodies and two deaths in hospital -> '19 dead, not counting the two bombers, and 48 wounded' -> 19 + 2 = 21 ('not counting' adds the bombers; the first sentence says 21), 48, exact. 'nine of them in a critical condition' and 'killing two gendarmes' (at the checkpoint) are subsets. 'about 25' is an age. No claim -> null."),
E(18, ["hundreds of motorcycle-taxi drivers blocked the main road through Guider"],
  "PI", "2026-09-26", "day", "Guider", "CM", None, 3, "exact", None, None, False,
  "'On Saturday evening' vs Sunday 27 September -> 26 September. A blockade with burning tyres and a demand, cleared with tear gas -> Protest with intervention; null actor. 'three people were hurt' -> 3 injured, exact. 'hundreds' are participants."),
E(18, ["Soldiers arrested four suspects in Pitoa"],
  "ARR", "2026-09-26", "day", "Pitoa", "CM", None, None, None, "military", None, False,
  "'late on Saturday' vs Sunday 27 September -> 26 September. Soldiers -> 'military'. 'about 80 km', 'two empty jerrycans' are not casualties; 'Around 30 people ... questioned and released' are not arrests. 'hundreds of attacks since 2014' is a generic reference, not coded; '10 million CFA francs', '500 additional soldiers' are not casualties."),
]

# -------------------------------------------------------------- holdout23-019
ARTICLES.append(A(19, "fr", "article", "2026-09-29T10:00:00Z",
"Guider : l'ISWAP revendique le double attentat, un transporteur interpellé",
"""
Le double attentat-suicide de samedi à Guider a été revendiqué lundi soir par l'État islamique en Afrique de l'Ouest (ISWAP), dans un communiqué accompagné de photos des deux kamikazes. Le groupe prétend avoir tué « plus de quatre-vingt-dix soldats et apostats », un chiffre que le ministre de la Communication qualifie de « pure invention », sans remettre en cause la revendication.

Selon le dernier bilan officiel, l'attentat a fait vingt-deux morts, dont les deux kamikazes, et quarante-huit blessés, après le décès dimanche soir d'un gendarme de 29 ans. La faction de Boko Haram fidèle à l'ancien chef du groupe, que le sous-préfet avait d'abord soupçonnée, a démenti dans un message audio toute implication.

Lundi, la gendarmerie a interpellé à Guider même un transporteur de 44 ans soupçonné d'avoir convoyé les kamikazes depuis la frontière nigériane, à bord d'un camion de 10 tonnes chargé de sacs d'oignons. Trois chefs de quartier ont été entendus par les enquêteurs, puis sont rentrés chez eux.

Ce n'est pas la première fois que des kamikazes frappent la région. En mars 2021, une kamikaze s'était fait exploser au marché de Doukoula, dans le Mayo-Danay, tuant trois personnes et en blessant quelque quarante. Il y a deux ans, l'ISWAP avait revendiqué une embuscade contre un convoi militaire près de Méri, au cours de laquelle cinq soldats avaient été tués.

Pour un universitaire de Garoua, le choix de Guider, ville-carrefour de 90 000 habitants, « vise à montrer que le Nord n'est plus à l'abri ». Les quatre suspects arrêtés samedi soir à Pitoa par l'armée ont été transférés à Yaoundé dimanche.

Les autorités ont décrété un couvre-feu de 20 heures à 5 heures dans le département du Mayo-Louti jusqu'à nouvel ordre.
"""))
GOLD += [
E(19, ["Le double attentat-suicide de samedi à Guider a été revendiqué lundi soir par l'État islamique en Afrique de l'Ouest"],
  "SUI", "2026-09-26", "day", "Guider", "CM", 22, 48, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'samedi' vs Tuesday 29 September -> 26 September. 'l'État islamique en Afrique de l'Ouest (ISWAP)' -> 'Islamic State West Africa Province', claimant and perpetrator; the minister rejects the figure (« plus de quatre-vingt-dix », the claimant's own, never used), not the claim. 'vingt-deux morts, dont les deux kamikazes, et quarante-huit blessés' -> 22 (inside), 48, exact; the gendarme who died on Sunday evening raised it. Boko Haram's denial is not a claim. '29 ans' is an age."),
E(19, ["la gendarmerie a interpellé à Guider même un transporteur"],
  "ARR", "2026-09-28", "day", "Guider", "CM", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 29 September -> 28 September. The suspected facilitator (the driver); gendarmerie -> 'police'. '44 ans', '10 tonnes' are not casualties; the three chiefs 'entendus ... puis sont rentrés chez eux' are not arrests."),
E(19, ["une kamikaze s'était fait exploser au marché de Doukoula"],
  "SUI", "2021-03-01", "month", "Doukoula", "CM", 3, 40, "exact", None, None, True,
  "'En mars 2021' -> month, background. 'tuant trois personnes et en blessant quelque quarante' -> 3 killed (exact), 40 injured ('quelque quarante', about; the qualifier describes the killed figure). No actor is named for Doukoula -> null."),
E(19, ["l'ISWAP avait revendiqué une embuscade contre un convoi militaire près de Méri"],
  "BAT", "2024-01-01", "year", "Méri", "CM", 5, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. An ambush on a military convoy by a named group that claimed it -> Armed clash initiated by ISWAP, claimant and perpetrator. 'cinq soldats avaient été tués' -> 5."),
E(19, ["Les quatre suspects arrêtés samedi soir à Pitoa par l'armée"],
  "ARR", "2026-09-26", "day", "Pitoa", "CM", None, None, None, "military", None, False,
  "'samedi soir' vs Tuesday 29 September -> 26 September. Restated from holdout23-018; the transfer to Yaoundé is follow-up. Army -> 'military'. '90 000 habitants', '20 heures à 5 heures' are not casualties; the curfew is not coded."),
]

# -------------------------------------------------------------- holdout23-020
ARTICLES.append(A(20, "en", "transcript", "2026-10-01T19:00:00Z",
"Northern Evening News: arrests in Lagdo after the Guider bombing",
"""
PRESENTER: Good evening. Soldiers arrested three men at a checkpoint in Lagdo this morning in connection with last Saturday's twin suicide bombing in Guider, which killed twenty-two people, including the two bombers. Our correspondent Ngum Atanga is in Garoua.

CORRESPONDENT: Thank you. The three were travelling on motorbikes towards the Lagdo dam, about 50 kilometres from here, with 200,000 CFA francs in cash and two phones that investigators say were in contact with the female bomber. That makes eight arrests in all. ISWAP, which claimed the attack on Monday, has released a second video, but there is no sign of any new threat.

PRESENTER: With us is a security analyst from the University of Maroua. Is the North now on the front line?

ANALYST: It has been close for years. In 2018 a suicide bomber killed eleven people at a wedding in Bourha, an attack the army blamed on Boko Haram. In January 2023, Boko Haram fighters abducted 12 farmers near Touloum, and only seven came back. And last August, a roadside bomb wounded four soldiers near Hina. Guider is simply the biggest town they have reached.

PRESENTER: What should the authorities do?

ANALYST: Protect the markets, yes, but mostly listen to the herders and the motorbike drivers. They see everything that moves on the roads.

PRESENTER: Thank you. Guider's market reopened today under heavy guard, with about 300 soldiers and gendarmes. Traders say fewer than half of the usual 3,000 stalls were set up.

PRESENTER: In other news, the price of a 50-kilo bag of maize has risen by 15 percent in a month. And in football, Coton Sport of Garoua won 3-1 on Sunday.
"""))
GOLD += [
E(20, ["Soldiers arrested three men at a checkpoint in Lagdo"],
  "ARR", "2026-10-01", "day", "Lagdo", "CM", None, None, None, "military", None, False,
  "'this morning' = publication day, Thursday 1 October. Soldiers -> 'military'. '50 kilometres', '200,000 CFA francs', 'two phones' are not casualties; 'eight arrests in all' is a cumulative count."),
E(20, ["last Saturday's twin suicide bombing in Guider", "ISWAP, which claimed the attack on Monday"],
  "SUI", "2026-09-26", "day", "Guider", "CM", 22, None, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'last Saturday's' vs Thursday 1 October -> 26 September. 'killed twenty-two people, including the two bombers' -> 22 (inside), exact. 'ISWAP, which claimed the attack' -> claimant and perpetrator."),
E(20, ["a suicide bomber killed eleven people at a wedding in Bourha"],
  "SUI", "2018-01-01", "year", "Bourha", "CM", 11, None, "exact", "Boko Haram", None, True,
  "'In 2018' -> year, background. 'an attack the army blamed on Boko Haram' -> attribution stated as fact by an official -> perpetrator, no claim. 'killed eleven people' -> 11 (as written)."),
E(20, ["Boko Haram fighters abducted 12 farmers near Touloum"],
  "ABD", "2023-01-01", "month", "Touloum", "CM", None, None, None, "Boko Haram", None, True,
  "'In January 2023' -> month, background. 'Boko Haram fighters' -> perpetrator. '12 farmers' are abductees and 'only seven came back' is not a toll -> null, not casualties."),
E(20, ["a roadside bomb wounded four soldiers near Hina"],
  "IED", "2026-08-01", "month", "Hina", "CM", None, 4, "exact", None, None, True,
  "'last August' vs October 2026 -> August 2026, month; 1 August is 61 days before 1 October -> background. No actor -> null. 'wounded four soldiers' -> 4 injured, exact. '300 soldiers', '3,000 stalls', '50-kilo', '15 percent', '3-1' are not casualties."),
]

# -------------------------------------------------------------- holdout23-021
ARTICLES.append(A(21, "fr", "article", "2026-10-03T13:00:00Z",
"Attentat de Guider : un Montréalais arrêté par la GRC, la diaspora camerounaise se rassemble",
"""
MONTRÉAL - La Gendarmerie royale du Canada (GRC) a arrêté jeudi à Montréal un homme de 31 ans soupçonné d'avoir transféré de l'argent à l'un des organisateurs du double attentat-suicide qui a frappé Guider, dans le nord du Cameroun, le samedi 26 septembre.

Selon un document déposé au palais de justice, le suspect, un technicien en informatique établi dans l'arrondissement de Saint-Laurent depuis 2019, aurait envoyé à trois reprises, par une plateforme de transfert, un total d'environ 4 800 dollars vers un compte à Maiduguri, au Nigeria. Il doit comparaître mardi prochain. Sa conjointe a été rencontrée par les enquêteurs, puis laissée libre.

L'attentat, revendiqué par l'État islamique en Afrique de l'Ouest, a fait vingt-deux morts, kamikazes compris, et quarante-huit blessés. La GRC précise que le suspect n'est « pas soupçonné d'avoir eu connaissance du projet d'attentat ». Il y a quatre ans, elle avait arrêté à Laval deux jeunes hommes qui s'apprêtaient à rejoindre l'État islamique en Afrique de l'Ouest.

Vendredi soir, une centaine de membres de la communauté camerounaise de Montréal se sont rassemblés devant les bureaux du consulat, boulevard René-Lévesque, pour réclamer qu'Ottawa aide davantage le Cameroun à protéger ses marchés. La manifestation s'est déroulée dans le calme, sous une pluie fine, de 18 h à 20 h.

« Ma mère vend des oignons au marché de Guider depuis trente ans. Elle a eu de la chance, elle était malade ce samedi-là », confie une infirmière de 42 ans, arrivée au Québec en 2012. Une collecte a déjà permis de réunir 27 000 $ pour les familles.

Selon Statistique Canada, environ 8 000 personnes d'origine camerounaise vivent présentement dans la région métropolitaine. Le consulat a ouvert une ligne d'écoute au 514 555-0186 pour celles qui sont sans nouvelles de leurs proches.
"""))
GOLD += [
E(21, ["La Gendarmerie royale du Canada (GRC) a arrêté jeudi à Montréal"],
  "ARR", "2026-10-01", "day", "Montreal", "CA", None, None, None, "police", None, False,
  "'jeudi' vs Saturday 3 October -> 1 October. The RCMP (a federal police force) in Canada -> 'police', CA; 'Montreal' (English spelling; Saint-Laurent is a borough of Montreal). '31 ans', '2019', 'trois reprises', '4 800 dollars' are not casualties; Maiduguri is a reference point. The partner 'rencontrée par les enquêteurs, puis laissée libre' is not an arrest."),
E(21, ["double attentat-suicide qui a frappé Guider", "L'attentat, revendiqué par l'État islamique en Afrique de l'Ouest"],
  "SUI", "2026-09-26", "day", "Guider", "CM", 22, 48, "exact", "Islamic State West Africa Province", "Islamic State West Africa Province", False,
  "'le samedi 26 septembre' -> 26 September (7 days before Saturday 3 October, current). 'revendiqué par l'État islamique en Afrique de l'Ouest' -> 'Islamic State West Africa Province', claimant and perpetrator. 'vingt-deux morts, kamikazes compris, et quarante-huit blessés' -> 22 (inside), 48, exact."),
E(21, ["une centaine de membres de la communauté camerounaise de Montréal se sont rassemblés"],
  "PP", "2026-10-02", "day", "Montreal", "CA", None, None, None, None, None, False,
  "'Vendredi soir' vs Saturday 3 October -> 2 October. A rally with a demand that ended calmly -> Peaceful protest; null actor. 'une centaine' are participants; '18 h à 20 h', 'trente ans', '42 ans', '2012', '27 000 $', '8 000 personnes', '514 555-0186' are not casualties."),
E(21, ["elle avait arrêté à Laval deux jeunes hommes"],
  "ARR", "2022-01-01", "year", "Laval", "CA", None, None, None, "police", None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. 'elle' = the RCMP -> 'police', CA. 'deux jeunes hommes' are arrestees."),
]
