"""Authoring source of benchmarks/events_holdout5 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the twin suicide bombing of the Biu motor park, Borno State, Nigeria
(holdout5-019 to 023): the wire with the first toll (019), the revised toll
(fr 020), the Boko Haram claim and ISWAP's denial (021), the arrests (fr
022) and a podcast that recalls older attacks (023). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout5")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout5-019
ARTICLES.append(A(19, "en", "article", "2026-09-04T14:00:00Z",
"Two female suicide bombers strike motor park in Nigeria's Biu",
"""
MAIDUGURI, Nigeria, Sept 4 (Wire) - At least eight people, including the two bombers, were killed and 15 wounded on Friday when two young women blew themselves up at a crowded motor park in Biu, in southern Borno State, police and a militia leader said.

The first woman detonated her explosives near a bus loading passengers for Maiduguri at around 7:40 a.m., said Usman Dalha, a local commander of the Civilian Joint Task Force (CJTF), a militia that helps the army. The second blew herself up a few minutes later near the ticket office, as traders and drivers gathered around the victims.

"The two girls looked no older than 16," Dalha said. Police spokesman Ibrahim Kachalla confirmed the toll and said the wounded had been taken to the general hospital.

No group has claimed responsibility. Both Boko Haram and its rival, Islamic State West Africa Province (ISWAP), operate in the area and have used women and girls as bombers.

On Thursday, troops repelled an ISWAP attack on their base in Buni Yadi, in neighbouring Yobe State, killing 11 insurgents, the army said. Two soldiers were wounded.

Biu had been spared major attacks since 2022, when a suicide bomber killed four people at a checkpoint on the town's northern outskirts. The town of about 200,000 people hosts thousands of displaced families from across Borno.

Borno's governor condemned "a cowardly act against innocent travellers" and ordered the motor park closed for a week.
"""))
GOLD += [
E(19, ["two young women blew themselves up at a crowded motor park in Biu", "The first woman detonated her explosives", "The second blew herself up a few minutes later"],
  "SUI", "2026-09-04", "day", "Biu", "NG", 8, 15, "at_least", None, None, False,
  "'on Friday' = publication day, 4 Sept. Two bombers at one motor park minutes apart -> one Suicide bomb event. 'At least eight people, including the two bombers' -> 8, at_least (already includes them); 15 wounded. Unclaimed, and the two groups are named only as active in the area -> null. '7:40 a.m.', 'no older than 16', '200,000 people', 'for a week' are distractors."),
E(19, ["troops repelled an ISWAP attack on their base in Buni Yadi"],
  "BAT", "2026-09-03", "day", "Buni Yadi", "NG", 11, 2, "exact", "Islamic State West Africa Province", None, False,
  "'On Thursday' -> 3 Sept. An ISWAP attack on a base, repelled -> Armed clash initiated by ISWAP (the army's account stated as fact). 11 insurgents killed, 2 soldiers wounded."),
E(19, ["a suicide bomber killed four people at a checkpoint on the town's northern outskirts"],
  "SUI", "2022-01-01", "year", "Biu", "NG", 4, None, "exact", None, None, True,
  "'since 2022, when' -> year, background. 'killed four people' as written."),
]

# --------------------------------------------------------------- holdout5-020
ARTICLES.append(A(20, "fr", "article", "2026-09-05T09:30:00Z",
"Nigeria : le bilan de l'attentat de Biu s'alourdit à dix-neuf morts",
"""
LAGOS, 5 septembre (Dépêche) - Le bilan du double attentat-suicide perpétré vendredi à la gare routière de Biu, dans le nord-est du Nigeria, s'est alourdi à dix-sept morts, en plus des deux kamikazes, selon un nouveau bilan communiqué samedi par la police de l'État de Borno. Une quarantaine de blessés sont soignés à l'hôpital général de Biu et à Maiduguri.

Vendredi, la police avait d'abord fait état de huit morts. Plusieurs blessés graves ont succombé dans la nuit, selon un médecin.

Les deux kamikazes étaient des adolescentes d'environ 14 et 16 ans, arrivées ensemble par un bus en provenance de Damboa, selon la police. L'une d'elles portait une ceinture contenant des billes d'acier.

Samedi matin, plusieurs centaines de chauffeurs et de commerçants de la gare routière ont cessé le travail et se sont rassemblés devant le palais de l'émir de Biu pour réclamer davantage de sécurité. Le rassemblement s'est déroulé sans incident.

Par ailleurs, une dizaine de bûcherons ont été enlevés vendredi soir par des jihadistes près de Gubio, au nord-ouest de Maiduguri, a indiqué un responsable local. Les ravisseurs exigent dix millions de nairas.

L'armée nigériane a en outre annoncé samedi avoir « neutralisé » une vingtaine de combattants de l'État islamique en Afrique de l'Ouest lors d'une opération terrestre vendredi près de Malam Fatori, sur les rives du lac Tchad. Trois soldats ont été blessés.

Le conflit dans le nord-est a fait plus de 40 000 morts depuis 2009.
"""))
GOLD += [
E(20, ["double attentat-suicide perpétré vendredi à la gare routière de Biu"],
  "SUI", "2026-09-04", "day", "Biu", "NG", 19, 40, "exact", None, None, False,
  "'vendredi' vs Saturday 5 Sept -> 4 Sept. Revised toll: 'dix-sept morts, en plus des deux kamikazes' -> 17 + 2 = 19 ('en plus des' read like 'sans compter'); 'huit morts' superseded. 'Une quarantaine de blessés sont soignés' -> 40 (still being treated, no other wounded total; the qualifier describes the exact killed figure). Unclaimed -> null. '14 et 16 ans' are ages."),
E(20, ["plusieurs centaines de chauffeurs et de commerçants de la gare routière ont cessé le travail", "se sont rassemblés devant le palais"],
  "PP", "2026-09-05", "day", "Biu", "NG", None, None, None, None, None, False,
  "'Samedi matin' = publication day. A work stoppage and a gathering with a demand, without incident -> one Peaceful protest (events_holdout rule)."),
E(20, ["une dizaine de bûcherons ont été enlevés vendredi soir par des jihadistes près de Gubio"],
  "ABD", "2026-09-04", "day", "Gubio", "NG", None, None, None, None, None, False,
  "'vendredi soir' -> 4 Sept. Unnamed 'jihadistes' -> null. 'une dizaine' are abductees; 'dix millions de nairas' a ransom."),
E(20, ["une opération terrestre vendredi près de Malam Fatori"],
  "BAT", "2026-09-04", "day", "Malam Fatori", "NG", 20, 3, "about", "military", None, False,
  "'vendredi' -> 4 Sept (announced Saturday). A ground operation by the army -> Armed clash initiated by the military. The army's own 'une vingtaine de combattants' is the only figure -> 20, about; 3 soldiers wounded. 'plus de 40 000 morts depuis 2009' is a cumulative statistic."),
]

# --------------------------------------------------------------- holdout5-021
ARTICLES.append(A(21, "en", "article", "2026-09-06T11:00:00Z",
"Boko Haram faction claims Biu motor park bombing; ISWAP denies role",
"""
MAIDUGURI, Nigeria, Sept 6 (Wire) - The Boko Haram faction known as Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) claimed responsibility on Saturday for Friday's twin suicide bombing at the Biu motor park, in a video sent to journalists in Maiduguri.

In the video, a masked man speaking Hausa and Kanuri said "two sisters" had carried out the attack and that it had killed "more than 70 unbelievers". Police say 19 people died, including the two teenage bombers, and about 40 were wounded.

Islamic State West Africa Province, the rival faction, said in a statement on Saturday night that it had "no link" to the Biu bombing and condemned attacks on Muslim travellers.

In the same video, JAS also claimed an ambush on Thursday in which its fighters killed five members of the Civilian Joint Task Force near Chibok. Local officials confirmed five deaths.

The Nigerian Air Force said it had struck a JAS camp near Askira on Saturday morning, killing "dozens of terrorists", including commanders involved in planning the Biu attack. The claim could not be verified.

Security analyst Fatima Goni said JAS had been weakened by ISWAP since 2021 but still had "a few hundred" fighters and was using children as bombers "because they are cheap and cannot refuse".

About 2.2 million people remain displaced in Nigeria's north-east, according to the United Nations.
"""))
GOLD += [
E(21, ["Friday's twin suicide bombing at the Biu motor park", "the Biu bombing", "the Biu attack"],
  "SUI", "2026-09-04", "day", "Biu", "NG", 19, 40, "exact", "Boko Haram", "Boko Haram", False,
  "'Friday's' vs Sunday 6 Sept -> 4 Sept. Claimed by JAS, a Boko Haram faction -> Boko Haram. ISWAP's denial does not dispute another group's claim (events_holdout rule). '19 people died, including the two teenage bombers' -> 19; 'about 40' wounded -> 40 (the qualifier describes the exact killed figure). The claim's 'more than 70' is not used. 'the Biu attack' in the air-strike paragraph names this event too."),
E(21, ["an ambush on Thursday in which its fighters killed five members of the Civilian Joint Task Force near Chibok"],
  "BAT", "2026-09-03", "day", "Chibok", "NG", 5, None, "exact", "Boko Haram", "Boko Haram", False,
  "'on Thursday' -> 3 Sept. An ambush on armed militia members -> Armed clash initiated by JAS, claimed -> Boko Haram. Five killed, confirmed by officials."),
E(21, ["it had struck a JAS camp near Askira on Saturday morning"],
  "AIR", "2026-09-05", "day", "Askira", "NG", 12, None, "at_least", "military", None, False,
  "'on Saturday morning' -> 5 Sept. The air force's own 'dozens of terrorists' is the only figure -> 12, at_least. 'a few hundred' fighters and '2.2 million' displaced are distractors."),
]

# --------------------------------------------------------------- holdout5-022
ARTICLES.append(A(22, "fr", "article", "2026-09-10T08:00:00Z",
"Attentat de Biu : neuf suspects arrêtés, une troisième kamikaze abattue",
"""
ABUJA, 10 septembre (Dépêche) - L'armée nigériane a annoncé mercredi l'arrestation de neuf personnes soupçonnées d'être liées au double attentat-suicide qui a tué dix-neuf personnes, dont les deux kamikazes, à la gare routière de Biu le 4 septembre.

Six suspects, dont le chauffeur du bus qui avait transporté les deux adolescentes depuis Damboa, ont été arrêtés mardi à Biu lors de fouilles menées par des soldats de l'opération Hadin Kai. Les trois autres ont été interpellés le même jour dans le village de Miringa, à une quinzaine de kilomètres, où ils détenaient deux ceintures explosives et une trentaine de détonateurs. Une quarantaine d'habitants ont été interrogés par les services de renseignement (DSS), puis relâchés.

Mercredi matin, des soldats ont abattu une jeune femme qui tentait de franchir à pied un barrage à l'entrée de Biu. Elle portait une ceinture explosive, que les démineurs ont ensuite neutralisée. Personne d'autre n'a été touché, selon l'armée.

L'attentat de la gare routière, revendiqué samedi par la faction Jama'atu Ahlis Sunna Lidda'awati wal-Jihad (JAS) de Boko Haram, avait aussi fait quarante-deux blessés.

Dans le même temps, à Biu, plusieurs dizaines de femmes ont manifesté mardi devant le commissariat central pour réclamer la libération de leurs fils, arrêtés lors de précédentes opérations. La police les a dispersées à coups de gaz lacrymogène.

Les autorités ont interdit la circulation des tricycles à moteur à Biu entre 18 heures et 6 heures.
"""))
GOLD += [
E(22, ["Six suspects, dont le chauffeur du bus", "ont été arrêtés mardi à Biu"],
  "ARR", "2026-09-08", "day", "Biu", "NG", None, None, None, "military", None, False,
  "'mardi' vs Thursday 10 Sept -> 8 Sept. Soldiers of operation Hadin Kai -> military. One event per place: Biu and Miringa."),
E(22, ["Les trois autres ont été interpellés le même jour dans le village de Miringa"],
  "ARR", "2026-09-08", "day", "Miringa", "NG", None, None, None, "military", None, False,
  "'le même jour' -> Tuesday 8 Sept; the army's account. Belts and 'une trentaine de détonateurs' belong to the arrest. 'Une quarantaine d'habitants ... interrogés' were questioned; 'une quinzaine de kilomètres' is a distance."),
E(22, ["des soldats ont abattu une jeune femme qui tentait de franchir à pied un barrage"],
  "DWU", "2026-09-09", "day", "Biu", "NG", 1, 0, "exact", "military", None, False,
  "'Mercredi matin' -> 9 Sept. A would-be suicide bomber shot before detonating, her belt then defused -> Disrupted weapons use, the bomber counted in killed (events_val val-019 rule). 'Personne d'autre n'a été touché' -> injured 0."),
E(22, ["double attentat-suicide qui a tué dix-neuf personnes", "L'attentat de la gare routière"],
  "SUI", "2026-09-04", "day", "Biu", "NG", 19, 42, "exact", "Boko Haram", "Boko Haram", False,
  "'le 4 septembre' -> day. 'dix-neuf personnes, dont les deux kamikazes' -> 19; 'quarante-deux blessés' -> 42. Claimed by the JAS faction of Boko Haram -> Boko Haram."),
E(22, ["plusieurs dizaines de femmes ont manifesté mardi devant le commissariat central"],
  "PI", "2026-09-08", "day", "Biu", "NG", None, None, None, None, None, False,
  "'mardi' -> 8 Sept. Dispersed with tear gas -> Protest with intervention. 'plusieurs dizaines' are participants. '18 heures et 6 heures' are times."),
]

# --------------------------------------------------------------- holdout5-023
ARTICLES.append(A(23, "en", "transcript", "2026-10-22T09:00:00Z",
"The Sahel and Lake Chad Podcast, episode 88: children as bombs",
"""
HOST: Welcome to episode 88. I'm Grace Adeyemi, and today we talk about the use of children as suicide bombers in north-east Nigeria. My guest is researcher Bukar Mohammed. Bukar, thanks for coming.

BUKAR MOHAMMED: Thanks for having me.

HOST: The trigger for this episode was Biu. On September 4th, two teenage girls blew themselves up at the motor park there, and nineteen people died, the girls included.

BUKAR MOHAMMED: Yes. And what struck people is that the method hasn't changed in ten years. In March 2023, a girl of about twelve walked into a mosque in Gubio during evening prayers and killed six worshippers. Before that, in 2021, ISWAP fighters ambushed a convoy near Benisheikh and killed nine soldiers, but that was a different logic, a military one.

HOST: So the two factions fight differently.

BUKAR MOHAMMED: Broadly. ISWAP attacks bases and convoys. JAS, the Boko Haram faction, uses bombers against crowds. Since 2014 we have counted more than 500 suicide bombers in the region, and over half were female.

HOST: Is the military response working?

BUKAR MOHAMMED: It kills a lot of fighters. Just yesterday the air force said it had bombed ISWAP boats near Baga, on the lake, killing around 40 fighters. But you cannot bomb your way out of this. You need to reach the families.

HOST: What happens to the girls who refuse?

BUKAR MOHAMMED: Some escape. Last year, a fifteen-year-old walked up to soldiers at Ngala and handed over her vest. Many others are never heard of.

HOST: Bukar Mohammed, thank you. Next week: fishing, smuggling and the lake economy.
"""))
GOLD += [
E(23, ["two teenage girls blew themselves up at the motor park there"],
  "SUI", "2026-09-04", "day", "Biu", "NG", 19, None, "exact", None, None, True,
  "'On September 4th' in a 22 October episode -> 48 days -> background. 'nineteen people died, the girls included' -> 19. No claim or attribution in this document -> actors null."),
E(23, ["a girl of about twelve walked into a mosque in Gubio during evening prayers and killed six worshippers"],
  "SUI", "2023-03-01", "month", "Gubio", "NG", 6, None, "exact", None, None, True,
  "'In March 2023' -> month, background. 'about twelve' is an age; 'killed six' as written."),
E(23, ["ISWAP fighters ambushed a convoy near Benisheikh"],
  "BAT", "2021-01-01", "year", "Benisheikh", "NG", 9, None, "exact", "Islamic State West Africa Province", None, True,
  "'in 2021' -> year. An ambush on a military convoy -> Armed clash initiated by ISWAP (stated as fact, no claim)."),
E(23, ["it had bombed ISWAP boats near Baga"],
  "AIR", "2026-10-21", "day", "Baga", "NG", 40, None, "about", "military", None, False,
  "'Just yesterday the air force said it had bombed' -> dated to the statement, 21 Oct (announcement rule). 'around 40 fighters' -> 40, about. Baga (Borno) is not an earlier event place. The Ngala surrender 'Last year' (a girl handing over her vest) is a defection, not coded; a reader might code a Disrupted weapons use. 'more than 500 suicide bombers' and 'since 2014' are cumulative."),
]
