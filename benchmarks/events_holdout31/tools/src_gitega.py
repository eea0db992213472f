"""Authoring source of benchmarks/events_holdout31 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Gitega, Burundi cluster (holdout31-006 to 010; French and English),
two suicide bombers on Sunday 12 April 2026 at two sites of one town (the
Christ-Roi cathedral and the central market, about 400 m and four minutes
apart): a radio "fil info" of short timed items with a toll revised item by
item (fr 006), a ministry's communiqué numbered by point (fr 007), an English
wire with the claim, a denial and a "may have been" (008), a court chronicle
("déférés", "placés en détention provisoire", "auditionné ... relâché sans
charge", "convoqué", fr 009) and an English analysis full of older attacks
(010). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout31")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout31-006
ARTICLES.append(A(6, "fr", "article", "2026-04-12T17:00:00Z",
"Fil info : double explosion à Gitega",
"""
9 h 55 — Deux fortes détonations ont été entendues ce dimanche matin dans le centre de Gitega, à la sortie de la première messe. Des colonnes de fumée s'élèvent au-dessus du quartier commercial.

10 h 20 — Selon un témoin joint par téléphone, deux hommes se sont fait exploser à quatre minutes d'intervalle, l'un devant la cathédrale du Christ-Roi, l'autre à l'entrée du marché central, à environ 400 mètres.

11 h 40 — La police parle d'au moins cinq morts. Les blessés sont évacués vers l'hôpital régional, qui lance un appel aux donneurs de sang.

13 h 15 — Le gouverneur demande à la population d'éviter le centre-ville. Les bus pour Bujumbura, à une centaine de kilomètres, sont bloqués au rond-point de l'entrée ouest.

15 h 05 — Nouveau bilan de la police : au moins douze morts et des dizaines de blessés. Le marché central, qui accueille chaque dimanche plus de 5 000 personnes, est bouclé.

16 h 30 — Aucune revendication à cette heure. Un porte-parole du ministère de la Sécurité publique estime que le mouvement rebelle RED-Tabara « pourrait être derrière » l'attaque.

17 h 10 — Football : le match de championnat prévu à 16 heures au stade Ingoma est reporté à une date ultérieure.

18 h 00 — Les démineurs de la police ont désamorcé en fin d'après-midi une troisième charge, cachée sous un étal de pagnes du marché. « Elle pesait une dizaine de kilos », précise un officier.

18 h 45 — Gitega n'avait jamais été visée de cette manière. Il y a trois ans, une grenade lancée dans un cabaret de Kayanza avait tué trois personnes.

19 h 00 — Prochain point complet dans notre journal de 19 h 30. Le numéro d'urgence de la police, le 112, reste joignable toute la nuit.
"""))
GOLD += [
E(6, ["Deux fortes détonations", "deux hommes se sont fait exploser à quatre minutes d'intervalle"],
  "SUI", "2026-04-12", "day", "Gitega", "BI", 12, 12, "at_least", None, None, False,
  "'ce dimanche matin' = publication day, Sunday 12 April. Two sites of one town (the cathedral and the central market, about 400 m and four minutes apart) -> ONE Suicide bomb event. A fil info is one document, like a live blog (events_holdout29 fr 001): the last toll item wins, 'au moins cinq morts' -> 'au moins douze morts et des dizaines de blessés' -> 12 (at_least), 12 ('des dizaines', dev table). RED-Tabara « pourrait être derrière » is speculation -> null. The item times ('9 h 55' ... '19 h 30'), '400 mètres', 'une centaine de kilomètres', '5 000 personnes', '16 heures', '112' are not casualties."),
E(6, ["Les démineurs de la police ont désamorcé en fin d'après-midi une troisième charge"],
  "DWU", "2026-04-12", "day", "Gitega", "BI", None, None, None, "police", None, False,
  "'en fin d'après-midi' in a Sunday fil info -> 12 April. A charge defused on its own -> Disrupted weapons use, police. 'une dizaine de kilos' is a weight."),
E(6, ["une grenade lancée dans un cabaret de Kayanza avait tué trois personnes"],
  "GRN", "2023-01-01", "year", "Kayanza", "BI", 3, None, "exact", None, None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. A thrown grenade, unknown author -> Grenade, null. Killed 3, exact (holdout31-008 and 010 date it May 2023)."),
]

# -------------------------------------------------------------- holdout31-007
ARTICLES.append(A(7, "fr", "article", "2026-04-13T12:00:00Z",
"Communiqué du ministère de l'Intérieur sur les attentats de Gitega",
"""
RÉPUBLIQUE DU BURUNDI — Ministère de l'Intérieur, du Développement communautaire et de la Sécurité publique.

Communiqué n° 027/2026 relatif aux attentats-suicides du 12 avril 2026.

Le Ministère porte à la connaissance de l'opinion nationale et internationale ce qui suit :

1. Le dimanche 12 avril 2026, vers 9 h 50, deux individus porteurs de ceintures explosives se sont fait exploser devant la cathédrale du Christ-Roi et à l'entrée du marché central de Gitega, à quatre minutes d'intervalle.

2. Le bilan provisoire de douze morts communiqué hier est porté à dix-sept morts, sans compter les deux kamikazes, et quatre-vingt-six blessés, dont trente et un grièvement atteints. Les blessés sont pris en charge gratuitement par l'État.

3. Ce lundi à l'aube, la Police nationale a interpellé quatre suspects à Ngozi, dans une maison louée depuis trois mois pour 150 000 BIF par mois.

4. Dimanche soir, une perquisition menée dans un entrepôt de Karuzi a permis la saisie de 30 détonateurs, de 12 motos et de 40 kilos de nitrate d'ammonium. Personne ne se trouvait sur les lieux.

5. Une récompense de 20 millions de BIF sera versée à toute personne qui fournira des informations conduisant à l'arrestation des complices. Le numéro 112 est disponible 24 heures sur 24.

6. Un deuil national de trois jours est décrété à compter de ce lundi. Les drapeaux seront mis en berne sur toute l'étendue du territoire.

7. Le Ministère appelle la population au calme et à la vigilance, et l'invite à ne pas relayer de rumeurs sur les réseaux sociaux.

Fait à Gitega, le 13 avril 2026.

Le Ministre de l'Intérieur, du Développement communautaire et de la Sécurité publique.
"""))
GOLD += [
E(7, ["attentats-suicides du 12 avril 2026", "deux individus porteurs de ceintures explosives se sont fait exploser"],
  "SUI", "2026-04-12", "day", "Gitega", "BI", 19, 86, "exact", None, None, False,
  "'du 12 avril 2026' / 'Le dimanche 12 avril 2026'. The communiqué's heading names the bombing -> a trigger (events_holdout27, 29). Revised toll inside the document: 'douze morts' -> 'dix-sept morts, sans compter les deux kamikazes, et quatre-vingt-six blessés' -> 17 + 2 = 19, 86, exact; 'trente et un grièvement atteints' is a subset. No claim -> null. Point numbers 1 to 7, 'n° 027/2026', '9 h 50' are not casualties."),
E(7, ["la Police nationale a interpellé quatre suspects à Ngozi"],
  "ARR", "2026-04-13", "day", "Ngozi", "BI", None, None, None, "police", None, False,
  "'Ce lundi à l'aube' = publication day, Monday 13 April. Police nationale -> 'police'. 'trois mois' a span, '150 000 BIF' rent."),
E(7, ["une perquisition menée dans un entrepôt de Karuzi a permis la saisie de 30 détonateurs"],
  "DWU", "2026-04-12", "day", "Karuzi", "BI", None, None, None, "police", None, False,
  "'Dimanche soir' vs Monday 13 April -> 12 April. A seizure with nobody on the premises -> Disrupted weapons use (no arrest); the ministry's police -> 'police'. '30 détonateurs', '12 motos', '40 kilos' are not casualties; '20 millions de BIF' a reward, '112' a phone number, 'trois jours' mourning (not coded)."),
]

# -------------------------------------------------------------- holdout31-008
ARTICLES.append(A(8, "en", "article", "2026-04-14T09:00:00Z",
"Islamic State claims Burundi church and market bombing",
"""
GITEGA, Burundi (Great Lakes Wire) - Islamic State's Central Africa Province claimed responsibility on Monday for Sunday's twin suicide bombing in Gitega, Burundi's political capital, releasing photographs of two young men posing with explosive belts.

A police spokesman said on Tuesday the claim "appears authentic". The attack outside the Christ-Roi cathedral and at the entrance to the central market killed 19 people, the two bombers included, and wounded 86.

The RED-Tabara rebel group, which a ministry spokesman had named as a possible culprit on Sunday, denied any involvement in a statement posted by its leadership in exile. Public Security Minister Léonidas Ndikumana nevertheless told reporters that RED-Tabara fighters "may have been" used as guides by the bombers, without giving details.

Police arrested four men in Ngozi on Monday and said they had found a laptop and three passports. Late on Monday, border police detained a 25-year-old Congolese man at the Gatumba crossing as he tried to leave the country with about 5,000 dollars in cash.

Burundi has seen sporadic violence since the 2015 political crisis, but rarely attacks on crowds. In May 2023, a grenade thrown into a bar in Kayanza killed three people; nobody was ever charged.

Churches across the country held special services on Tuesday. The archbishop of Gitega called for "forgiveness, not vengeance", while the government extended to 72 hours a ban on motorbike taxis in the town. About 1,500 police officers have been deployed around places of worship and markets, and the central market is expected to reopen on Thursday.
"""))
GOLD += [
E(8, ["Sunday's twin suicide bombing in Gitega", "The attack outside the Christ-Roi cathedral"],
  "SUI", "2026-04-12", "day", "Gitega", "BI", 19, 86, "exact", "Islamic State", "Islamic State", False,
  "'Sunday's' vs Tuesday 14 April -> 12 April. 'Islamic State's Central Africa Province claimed', judged authentic -> 'Islamic State' (every branch except ISWAP, dev), claimant and perpetrator. 'killed 19 people, the two bombers included, and wounded 86' -> 19 (inside), 86, exact. RED-Tabara denies (not a claim), and the minister's 'may have been' is speculation: neither sets an actor."),
E(8, ["Police arrested four men in Ngozi on Monday"],
  "ARR", "2026-04-13", "day", "Ngozi", "BI", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 14 April -> 13 April. Restated arrest of holdout31-007, its own event here. The laptop and passports belong to the arrest."),
E(8, ["border police detained a 25-year-old Congolese man at the Gatumba crossing"],
  "ARR", "2026-04-13", "day", "Gatumba", "BI", None, None, None, "police", None, False,
  "'Late on Monday' -> 13 April. Border police -> 'police'. The Gatumba crossing is on the Burundian side -> Gatumba, BI. '25-year-old' an age, '5,000 dollars' money."),
E(8, ["a grenade thrown into a bar in Kayanza killed three people"],
  "GRN", "2023-05-01", "month", "Kayanza", "BI", 3, None, "exact", None, None, True,
  "'In May 2023' -> month, background. Grenade, unknown author -> null; killed 3, exact. '2015 political crisis' is a generic reference, not coded; '72 hours', 'About 1,500 police officers' are not casualties."),
]

# -------------------------------------------------------------- holdout31-009
ARTICLES.append(A(9, "fr", "article", "2026-04-18T08:00:00Z",
"Chronique judiciaire : les suspects de Ngozi placés en détention provisoire",
"""
BUJUMBURA — Les quatre hommes interpellés lundi à Ngozi dans l'enquête sur le double attentat-suicide de Gitega ont été déférés jeudi au parquet général près la Cour d'appel de Gitega, puis placés en détention provisoire à la prison centrale de Mpimba. Âgés de 19 à 35 ans, ils sont poursuivis pour « actes de terrorisme » et « association de malfaiteurs ».

L'attentat du 12 avril, revendiqué par l'État islamique, a désormais fait vingt morts, dont les deux kamikazes, et quatre-vingt-six blessés : un enseignant de 38 ans a succombé à ses blessures vendredi à l'hôpital régional.

Le ressortissant congolais arrêté lundi soir au poste frontière de Gatumba a lui aussi été déféré, mais son avocat affirme qu'il « ne faisait que du commerce de pagnes » et réclame sa mise en liberté provisoire moyennant une caution de 5 millions de BIF.

Mercredi, la police a appréhendé à Muramvya un transporteur de 44 ans soupçonné d'avoir convoyé les explosifs depuis la frontière dans un camion de bananes. Il est toujours en garde à vue et devrait être présenté au parquet lundi.

D'autres personnes ont été entendues sans être inquiétées. Un pasteur de Ngozi, auditionné pendant cinq heures mardi, a été relâché sans charge. Le propriétaire de la maison louée par les suspects a été convoqué pour mardi prochain.

Ce n'est pas la première affaire de ce type devant la Cour. En janvier dernier, la police avait interpellé à Rumonge deux hommes en possession de six grenades ; leur procès s'ouvrira en juin.

Les suspects encourent la réclusion à perpétuité. L'audience sur la détention est fixée au 30 avril, à 9 heures, en salle 2 du palais de justice.
"""))
GOLD += [
E(9, ["double attentat-suicide de Gitega", "L'attentat du 12 avril"],
  "SUI", "2026-04-12", "day", "Gitega", "BI", 20, 86, "exact", "Islamic State", "Islamic State", False,
  "'du 12 avril' (6 days before Saturday 18 April -> current). « vingt morts, dont les deux kamikazes, et quatre-vingt-six blessés » -> 20 (inside; the teacher who 'a succombé à ses blessures vendredi' raised it), 86 (not reduced, events_holdout16), exact. « revendiqué par l'État islamique » -> claimant and perpetrator. '38 ans' is an age."),
E(9, ["Les quatre hommes interpellés lundi à Ngozi"],
  "ARR", "2026-04-13", "day", "Ngozi", "BI", None, None, None, "police", None, False,
  "'lundi' vs Saturday 18 April -> 13 April. Told through its follow-up ('déférés jeudi ... placés en détention provisoire'): one Arrests event at the arrest's place and day, not at the transfer (Thursday 16 April). No force named; Police nationale in holdout31-007 -> 'police'. '19 à 35 ans' are ages."),
E(9, ["Le ressortissant congolais arrêté lundi soir au poste frontière de Gatumba"],
  "ARR", "2026-04-13", "day", "Gatumba", "BI", None, None, None, "police", None, False,
  "'lundi soir' -> 13 April. Restated arrest with its follow-up ('déféré'); border police in holdout31-008 -> 'police'. '5 millions de BIF' is bail."),
E(9, ["la police a appréhendé à Muramvya un transporteur de 44 ans"],
  "ARR", "2026-04-15", "day", "Muramvya", "BI", None, None, None, "police", None, False,
  "'Mercredi' vs Saturday 18 April -> 15 April. Police -> 'police'. The suspected facilitator of this cluster. '44 ans' an age. The pastor 'auditionné ... relâché sans charge' and the landlord 'convoqué' are not arrested."),
E(9, ["la police avait interpellé à Rumonge deux hommes en possession de six grenades"],
  "ARR", "2026-01-01", "month", "Rumonge", "BI", None, None, None, "police", None, True,
  "'En janvier dernier' vs April 2026 -> January 2026, month, background. The grenades belong to the arrest. '30 avril', '9 heures', 'salle 2' are not casualties."),
]

# -------------------------------------------------------------- holdout31-010
ARTICLES.append(A(10, "en", "article", "2026-04-29T07:00:00Z",
"Analysis: Gitega bombing exposes Burundi's blind spots",
"""
When two suicide bombers struck a cathedral and a market in Gitega on 12 April, killing 20 people including themselves and wounding 86, many Burundians said they had never imagined such an attack at home. The record suggests the warning signs were there.

The bombing, claimed by Islamic State, came after years of smaller attacks that drew little notice abroad. In 2018, a grenade attack at a bus station in Muyinga killed one person and wounded eleven. In 2019, gunmen who crossed from Rwanda attacked a military position in Cibitoke, killing two soldiers before withdrawing across the Rusizi river.

In May 2023, a grenade thrown into a bar in Kayanza killed three people. Last August, a landmine on a road near Bubanza wounded four soldiers on patrol, an attack the army blamed on "unidentified criminals".

The region's networks also reach across borders. In March 2024, Rwandan police in Rubavu arrested three men suspected of moving money for armed groups in eastern Congo, according to court papers seen by this outlet.

Analysts say Burundi's security services, focused for a decade on political opponents, paid less attention to jihadist recruitment among young men in the north. "The budget for counter-terrorism is under 3 percent of the security budget," said a former police officer who asked not to be named.

Burundi, a country of about 13 million people, has one of the region's largest armies relative to its economy, and some 1,200 troops serve in peacekeeping and bilateral missions abroad. Diplomats in Bujumbura say donors are now discussing a $4 million programme to train investigators. Whether it comes in time is another matter.
"""))
GOLD += [
E(10, ["two suicide bombers struck a cathedral and a market in Gitega", "The bombing, claimed by Islamic State"],
  "SUI", "2026-04-12", "day", "Gitega", "BI", 20, 86, "exact", "Islamic State", "Islamic State", False,
  "'on 12 April' (17 days before Wednesday 29 April -> current). 'killing 20 people including themselves and wounding 86' -> 20 (bombers inside), 86, exact. 'claimed by Islamic State' -> claimant and perpetrator."),
E(10, ["a grenade attack at a bus station in Muyinga"],
  "GRN", "2018-01-01", "year", "Muyinga", "BI", 1, 11, "exact", None, None, True,
  "'In 2018' -> year, background. Grenade, null actor. 'killed one person and wounded eleven' -> 1, 11, exact."),
E(10, ["gunmen who crossed from Rwanda attacked a military position in Cibitoke"],
  "BAT", "2019-01-01", "year", "Cibitoke", "BI", 2, None, "exact", None, None, True,
  "'In 2019' -> year, background. Unnamed gunmen attacking an army position -> Armed clash with a null initiator (events_holdout29 convention for unnamed attackers of a post). Killed 2, exact. The Rusizi river is a boundary, not a place of the event."),
E(10, ["a grenade thrown into a bar in Kayanza killed three people"],
  "GRN", "2023-05-01", "month", "Kayanza", "BI", 3, None, "exact", None, None, True,
  "'In May 2023' -> month, background (the grenade of holdout31-006 and 008). Killed 3, exact."),
E(10, ["a landmine on a road near Bubanza wounded four soldiers"],
  "IED", "2025-08-01", "month", "Bubanza", "BI", None, 4, "exact", None, None, True,
  "'Last August' vs April 2026 -> August 2025, month, background. A landmine -> Remote explosive/landmine/IED; the army's 'unidentified criminals' -> null. A road near a town -> that town. Injured 4, exact."),
E(10, ["Rwandan police in Rubavu arrested three men"],
  "ARR", "2024-03-01", "month", "Rubavu", "RW", None, None, None, "police", None, True,
  "'In March 2024' -> month, background. Rwandan police in Rwanda are that country's police -> 'police'. '3 percent', '13 million people', '1,200 troops', '$4 million' are not casualties."),
]
