"""Authoring source of benchmarks/events_holdout71 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Cap-Haïtien, Haiti cluster (holdout71-011 to 015; French and
English), two suicide bombers on Sunday 7 June 2026 at two sites of one town
(the Place d'Armes in front of the cathedral and the entrance of the Cluny
market, about 700 m and five minutes apart): a French agency dispatch with a
first report (fr 011), an English wire with a revised toll and arrests
(012), a jazz association's letter ("lettre d'une association de jazz", fr
013) with the claim and a march, a crossword society's bulletin ("bulletin
d'une société de mots croisés", fr 014) with the arrests, and an English
wire on a dispersed march and charges (015). Haiti is UTC-4 in June (daylight
time) and the Dominican Republic UTC-4: every publication time here is
between 13:00 and 21:00 UTC (09:00 to 17:00 local), so every local date is
the UTC date. The gold writes "Cap-Haïtien" (English wires "Cap-Haitien")
and "Monte Cristi" for the Dominican town. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout71")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout71-011
ARTICLES.append(A(11, "fr", "article", "2026-06-07T21:00:00Z",
"Haïti : double attentat-suicide au Cap-Haïtien, au moins onze morts",
"""
CAP-HAÏTIEN, (Agence Caraïbes Presse) - Deux kamikazes ont déclenché leurs charges à cinq minutes d'intervalle dimanche matin au cœur du Cap-Haïtien, deuxième ville d'Haïti, l'un sur la place d'Armes à la sortie de la messe de 9 heures, l'autre à l'entrée du marché Cluny, faisant au moins onze morts, dont les deux assaillants, et une vingtaine de blessés, selon la police.

La première déflagration s'est produite vers 10 h 15 devant le parvis de la cathédrale, où plusieurs centaines de fidèles se saluaient. La seconde, à 10 h 20, a visé l'entrée du marché, à quelque 700 mètres, où les marchandes installaient leurs étals du dimanche.

« On sortait de la messe, ma fille portait encore sa robe de première communion », témoigne Marie-Ange, 41 ans, dont la fille de 8 ans est soignée à l'hôpital Justinien. L'établissement, qui dispose de 220 lits, a rappelé tout son personnel.

Aucune revendication n'avait été publiée en fin d'après-midi. Un responsable de la police, sous couvert d'anonymat, a estimé que l'attaque « pourrait être l'œuvre » de la coalition de gangs Viv Ansanm, qui contrôle une grande partie de la capitale, à 135 km au sud, tout en reconnaissant que ces groupes n'avaient jamais eu recours à des kamikazes.

Le Cap-Haïtien, ville touristique de quelque 300 000 habitants, avait jusqu'ici été relativement épargné par la violence. En 2021, une grenade lancée dans un bar de Limonade, à 15 km, avait blessé quatre clients.

L'aéroport international a suspendu ses vols vers Miami, dont celui de 14 h 10, et un couvre-feu a été décrété de 18 heures à 6 heures. Le Premier ministre a annoncé trois jours de deuil national et l'envoi de 400 policiers en renfort.
"""))
GOLD += [
E(11, ["Deux kamikazes ont déclenché leurs charges à cinq minutes d'intervalle dimanche matin au cœur du Cap-Haïtien", "La première déflagration", "La seconde, à 10 h 20", "l'attaque"],
  "SUI", "2026-06-07", "day", "Cap-Haïtien", "HT", 11, 20, "at_least", None, None, False,
  "Dispatch of Sunday 7 June 2026 (17:00 in Cap-Haïtien, UTC-4); 'dimanche matin' = the publication day. Two sites of one town (the Place d'Armes in front of the cathedral and the Cluny market, 'quelque 700 mètres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins onze morts, dont les deux assaillants, et une vingtaine de blessés' -> killed 11 (bombers inside), at_least; 'une vingtaine' -> injured 20 (dev table; the qualifier is the killed figure's). No claim; « pourrait être l'œuvre » de Viv Ansanm is speculation -> perpetrator null. '9 heures', '10 h 15', 'plusieurs centaines de fidèles', '10 h 20', '700 mètres', '41 ans', '8 ans', '220 lits', '135 km', '300 000 habitants', '15 km', '14 h 10', '18 heures à 6 heures', 'trois jours', '400 policiers' are not casualties."),
E(11, ["une grenade lancée dans un bar de Limonade"],
  "GRN", "2021-01-01", "year", "Limonade", "HT", None, 4, "exact", None, None, True,
  "'En 2021' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'avait blessé quatre clients' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout71-012
ARTICLES.append(A(12, "en", "article", "2026-06-08T16:00:00Z",
"Cap-Haitien bombing toll climbs to 19; three men held in Limbe",
"""
CAP-HAITIEN, Haiti (Caribbean Wire) - The toll from Sunday's twin suicide bombing in Cap-Haitien has risen to 17 dead, not counting the two bombers, and 52 wounded, the Health Ministry said on Monday. On Sunday afternoon the police had reported at least 11 dead. An eight-year-old girl who had just made her first communion died overnight at Justinien hospital.

Police arrested three men on Sunday evening in a house in Limbe, 25 km south-west of the city, where officers found a bag of ammonium nitrate, two detonators and 1,200 US dollars in cash, a police spokesman said. The minibus driver who had brought the bombers to Cap-Haitien on Saturday was questioned for nine hours and released.

No group has claimed responsibility. The police director for the Nord department said the bombers, two men in their early twenties, "may have been paid" by one of the capital's gangs, but he declined to name one.

The first bomber struck at 10:15 a.m. as worshippers left Mass on the Place d'Armes; the second detonated his charge five minutes later at the entrance of the Cluny market, about 700 metres away.

Cap-Haitien, a city of some 300,000 people, had largely been spared the gang violence that has gripped Port-au-Prince. Its airport is the country's main link to Miami, and a cruise ship carrying about 4,000 passengers was diverted on Monday from the private resort of Labadee, 10 km to the west.

About 400 police officers arrived from the capital on Monday. Schools in the city will stay shut until Wednesday, and the Justinien hospital, which has 220 beds, has asked for blood donors of all groups. A hotline, 2813 0440, has been set up for relatives.
"""))
GOLD += [
E(12, ["Sunday's twin suicide bombing in Cap-Haitien", "The first bomber struck", "the second detonated his charge five minutes later"],
  "SUI", "2026-06-07", "day", "Cap-Haïtien", "HT", 19, 52, "exact", None, None, False,
  "Wire of Monday 8 June; 'Sunday's' -> 7 June. English 'Cap-Haitien' -> gold 'Cap-Haïtien'. Two sites of one town -> ONE event. The toll is revised inside: 'at least 11 dead' (Sunday, superseded) -> '17 dead, not counting the two bombers, and 52 wounded' -> killed 17 + 2 = 19 (the bombers are added; the girl who died overnight is inside), injured 52, exact. No claim; 'may have been paid' is speculation -> perpetrator null. 'eight-year-old', '25 km', '1,200 US dollars', 'nine hours', 'early twenties', '10:15 a.m.', '700 metres', '300,000 people', '4,000 passengers', '10 km', '400 police officers', '220 beds', '2813 0440' are not casualties."),
E(12, ["Police arrested three men on Sunday evening in a house in Limbe"],
  "ARR", "2026-06-07", "day", "Limbé", "HT", None, None, None, "police", None, False,
  "'on Sunday evening' vs Monday 8 June -> 7 June. Three men arrested in one house in Limbé (English 'Limbe') -> one Arrests event, 'police'; the ammonium nitrate, detonators and dollars found there belong to it. The minibus driver 'questioned for nine hours and released' is not arrested."),
]

# -------------------------------------------------------------- holdout71-013
ARTICLES.append(A(13, "fr", "article", "2026-06-11T14:00:00Z",
"Cap Jazz annule le festival Jazz au Cap",
"""
ASSOCIATION CAP JAZZ - Lettre aux adhérents, aux musiciens et au public. Cap-Haïtien, le jeudi 11 juin 2026.

Chers amis du jazz,

Le 12e festival Jazz au Cap, prévu du 19 au 21 juin sur la place d'Armes, n'aura pas lieu. Comment jouer sur la place où, le dimanche 7 juin, deux kamikazes ont semé la mort ? Le double attentat-suicide de la place d'Armes et du marché Cluny a fait vingt morts, y compris les deux kamikazes, et cinquante-deux blessés. Notre contrebassiste Jean-Robert Pierre-Louis, 56 ans, blessé devant la cathédrale, est mort mercredi ; il jouait avec nous depuis la première édition, en 2015.

Mardi, la coalition Viv Ansanm a revendiqué l'attentat dans une vidéo qui se vante de « plus de cent traîtres » tués. La police nationale juge la revendication crédible. Le gang Gran Grif, d'abord désigné sur les réseaux sociaux, a nié toute implication. Quant au ministre de la Justice, il affirme que les kamikazes « pourraient avoir été drogués » : nous lui laissons la responsabilité de cette hypothèse.

Mardi aussi, nous étions parmi les quelque 15 000 Capois qui ont marché pour la paix, de la cathédrale jusqu'au boulevard du bord de mer, en chantant. Pas une vitre brisée, pas un cri de haine : merci.

Concrètement :
- les 2 400 billets vendus (1 500 gourdes le pass de trois jours) seront remboursés à partir du 22 juin, au guichet de la rue 17 ou par virement ;
- les 38 musiciens invités, dont 11 venus de Miami et de La Nouvelle-Orléans, seront défrayés ;
- la soirée d'hommage à Jean-Robert aura lieu le 4 juillet à 19 heures à l'auditorium du lycée Philippe-Guerrier ;
- le festival est reporté aux 18, 19 et 20 décembre.

Une collecte pour les familles des victimes est ouverte : nos 260 adhérents ont déjà versé 180 000 gourdes.

Avec notre fidélité,

Le conseil d'administration de Cap Jazz
"""))
GOLD += [
E(13, ["deux kamikazes ont semé la mort", "Le double attentat-suicide de la place d'Armes et du marché Cluny", "l'attentat"],
  "SUI", "2026-06-07", "day", "Cap-Haïtien", "HT", 20, 52, "exact", "Viv Ansanm", "Viv Ansanm", False,
  "Letter of Thursday 11 June, dated at Cap-Haïtien; 'le dimanche 7 juin' -> 7 June. 'vingt morts, y compris les deux kamikazes, et cinquante-deux blessés' -> killed 20 (bombers inside; the double-bass player, 56, who died Wednesday, is inside), injured 52 (number words), exact. Claimed 'Mardi' by 'la coalition Viv Ansanm', judged 'crédible' by the national police -> 'Viv Ansanm' (the canonical name of the dev list), claimant and perpetrator; the claim's 'plus de cent traîtres' is never used. Gran Grif's denial is not a claim; « pourraient avoir été drogués » is speculation. 'l'attentat' occurs once ('revendiqué l'attentat'). '12e', '19 au 21 juin', '56 ans', '2015', '15 000 Capois' (marchers), '2 400 billets', '1 500 gourdes', '22 juin', 'rue 17', '38 musiciens', '11', '4 juillet', '19 heures', '18, 19 et 20 décembre', '260 adhérents', '180 000 gourdes' are not casualties."),
E(13, ["les quelque 15 000 Capois qui ont marché pour la paix"],
  "PP", "2026-06-09", "day", "Cap-Haïtien", "HT", None, None, None, None, None, False,
  "'Mardi aussi' vs Thursday 11 June -> 9 June. A march 'pour la paix' from the cathedral to the seafront boulevard, 'Pas une vitre brisée' -> Peaceful protest, perpetrator null. '15 000' counts marchers."),
]

# -------------------------------------------------------------- holdout71-014
ARTICLES.append(A(14, "fr", "article", "2026-06-13T13:00:00Z",
"La Grille du Cap, bulletin n° 87",
"""
LA GRILLE DU CAP - Bulletin n° 87 de la Société capoise des cruciverbistes - samedi 13 juin 2026.

LE MOT DE LA PRÉSIDENTE. Ce bulletin devait être celui du championnat ; il sera celui du deuil. Notre doyen, Me Edner Joseph, 79 ans, qui composait nos grilles depuis 1994, sortait de la cathédrale du Cap-Haïtien le dimanche 7 juin quand le premier kamikaze s'est fait exploser sur la place d'Armes. Il compte parmi les vingt morts, les deux kamikazes compris, de ce double attentat revendiqué par la coalition Viv Ansanm. Sa dernière grille, « Fleuves et rivières », paraît en page 3.

L'ENQUÊTE. Nous rapportons les faits, sans commentaire :
- des trois hommes arrêtés dimanche soir à Limbé, l'un a été relâché jeudi sans charge, les deux autres sont écroués au Cap ;
- mercredi, la police dominicaine a arrêté à Monte Cristi, de l'autre côté de la frontière, un commerçant soupçonné d'avoir fourni les gilets explosifs ; son extradition est demandée ;
- hier, une femme de 34 ans a été arrêtée à Milot, où elle aurait hébergé les kamikazes ;
- une vingtaine de riverains de la place ont été entendus, puis laissés libres.

LE CHAMPIONNAT. Le championnat du Nord, prévu le 20 juin (42 inscrits), est reporté au 5 septembre. Les droits d'inscription de 500 gourdes restent acquis.

SOLUTIONS DE LA GRILLE N° 86. Horizontalement : 1. CITADELLE. 4. ÉCLAT. 7. DÉTONANT. 9. RAS. Verticalement : 2. BOUM. 5. MÈCHE. 8. OTAGE. Notre doyen avait défini MÈCHE par « Fait sauter les bougies... ou la banque » : nous la lui laissons.

MÉMOIRE. Le Nord n'avait pas connu d'attentat depuis la grenade lancée en 2021 dans un bar de Limonade, qui avait fait quatre blessés.

COTISATION 2026. 1 000 gourdes, à régler avant le 30 juin. Réunion mensuelle le premier mardi du mois, à 17 heures, salle 4 de la bibliothèque municipale. Contact : 3712 4589.
"""))
GOLD += [
E(14, ["le premier kamikaze s'est fait exploser sur la place d'Armes", "ce double attentat"],
  "SUI", "2026-06-07", "day", "Cap-Haïtien", "HT", 20, None, "exact", "Viv Ansanm", "Viv Ansanm", False,
  "Bulletin of Saturday 13 June; 'le dimanche 7 juin' -> 7 June; 'la cathédrale du Cap-Haïtien' and its place d'Armes -> Cap-Haïtien. 'les vingt morts, les deux kamikazes compris' -> killed 20 (bombers inside), exact; no injured figure -> injured null. 'revendiqué par la coalition Viv Ansanm', undisputed -> 'Viv Ansanm', claimant and perpetrator. The crossword solutions (ÉCLAT, DÉTONANT, BOUM, MÈCHE, OTAGE) are words, not events. 'n° 87', '79 ans', '1994', 'page 3', '34 ans', 'une vingtaine de riverains' (heard), '20 juin', '42 inscrits', '5 septembre', '500 gourdes', 'N° 86', '1 000 gourdes', '30 juin', '17 heures', 'salle 4', '3712 4589' are not casualties."),
E(14, ["des trois hommes arrêtés dimanche soir à Limbé"],
  "ARR", "2026-06-07", "day", "Limbé", "HT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout71-012: 'dimanche soir' vs Saturday 13 June -> 7 June. 'l'un a été relâché jeudi sans charge, les deux autres sont écroués' are follow-ups of the same arrest. No force named -> 'police'."),
E(14, ["la police dominicaine a arrêté à Monte Cristi"],
  "ARR", "2026-06-10", "day", "Monte Cristi", "DO", None, None, None, "police", None, False,
  "'mercredi' vs Saturday 13 June -> 10 June. The cluster's suspected facilitator (a trader suspected of supplying the vests), arrested in Monte Cristi across the border -> DO; 'la police dominicaine' -> 'police'. The extradition request is a follow-up."),
E(14, ["une femme de 34 ans a été arrêtée à Milot"],
  "ARR", "2026-06-12", "day", "Milot", "HT", None, None, None, "police", None, False,
  "'hier' vs Saturday 13 June -> 12 June. A woman suspected of having lodged the bombers, arrested in Milot, a town of the Nord department south of Cap-Haïtien. No force named -> 'police'. 'une vingtaine de riverains ... entendus, puis laissés libres' are not arrested."),
E(14, ["la grenade lancée en 2021 dans un bar de Limonade"],
  "GRN", "2021-01-01", "year", "Limonade", "HT", None, 4, "exact", None, None, True,
  "'en 2021' -> year, background (the Limonade grenade of holdout71-011). No author -> null. 'qui avait fait quatre blessés' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout71-015
ARTICLES.append(A(15, "en", "article", "2026-06-16T15:00:00Z",
"Haitian police break up student march in Cap-Haitien",
"""
CAP-HAITIEN, Haiti (Caribbean Wire) - Haitian police fired tear gas and beat students with batons on Monday to break up a march on the Nord department police headquarters in Cap-Haitien, where several hundred young people were demanding the dismissal of the departmental director over the June 7 twin suicide bombing, witnesses said.

A score of students and two police officers were injured, according to the Justinien hospital, which said most had been treated for the effects of the gas and released within hours.

"We walked from the university with our hands up," said Widlyne, 20, a law student. "They waited until we reached the gate."

Two of the three men arrested in Limbe on the night of the bombing were charged on Monday with terrorism and murder, the government commissioner said. The third was released last week. A Dominican judge on Friday approved the extradition of a trader arrested in Monte Cristi on June 10, suspected of supplying the bombers' explosive vests. A woman arrested in Milot on Friday on suspicion of having lodged the bombers was released without charge the following day.

The bombing, claimed by the Viv Ansanm gang coalition, killed 20 people, including the two bombers, and wounded 52. Police had said last week that the claim was credible.

On June 9, some 15,000 people had marched peacefully through the city to call for peace.

The Education Ministry said the 14 schools closed since the attack would reopen on Wednesday. The airport resumed flights to Miami on Saturday, but two cruise lines have cancelled calls at nearby Labadee until the end of August, and hotel occupancy in the city has fallen to 18 percent, the tourism office said.
"""))
GOLD += [
E(15, ["Haitian police fired tear gas and beat students with batons on Monday to break up a march"],
  "PI", "2026-06-15", "day", "Cap-Haïtien", "HT", None, 22, "about", None, None, False,
  "Wire of Tuesday 16 June; 'on Monday' -> 15 June. A march on the police headquarters with a demand (the director's dismissal), broken up with tear gas and batons -> Protest with intervention, perpetrator null (dev). 'A score of students and two police officers were injured' -> injured 20 + 2 = 22 (all sides summed); 'a score' is vague (20, about), so the sum takes 'about' (dev: a sum mixing an exact and a vague part takes the vague part's qualifier). 'several hundred young people' counts marchers; '20' is an age."),
E(15, ["the June 7 twin suicide bombing", "the night of the bombing", "The bombing, claimed", "the attack"],
  "SUI", "2026-06-07", "day", "Cap-Haïtien", "HT", 20, 52, "exact", "Viv Ansanm", "Viv Ansanm", False,
  "'the June 7 twin suicide bombing' -> 7 June. 'killed 20 people, including the two bombers, and wounded 52' -> killed 20 (bombers inside), injured 52, exact. 'claimed by the Viv Ansanm gang coalition', judged 'credible' -> 'Viv Ansanm', claimant and perpetrator. '14 schools', '18 percent' are not casualties."),
E(15, ["Two of the three men arrested in Limbe"],
  "ARR", "2026-06-07", "day", "Limbé", "HT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout71-012: 'on the night of the bombing' -> 7 June (that phrase is a trigger of the bombing). 'were charged on Monday' and 'The third was released last week' are follow-ups. No force named -> 'police'."),
E(15, ["a trader arrested in Monte Cristi on June 10"],
  "ARR", "2026-06-10", "day", "Monte Cristi", "DO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout71-014: 'on June 10' -> 10 June, in the Dominican Republic -> DO. The extradition approved by a Dominican judge is a follow-up. No force named -> 'police'."),
E(15, ["A woman arrested in Milot on Friday"],
  "ARR", "2026-06-12", "day", "Milot", "HT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout71-014: 'on Friday' vs Tuesday 16 June -> 12 June; 'released without charge the following day' does not undo it. No force named -> 'police'."),
E(15, ["some 15,000 people had marched peacefully through the city"],
  "PP", "2026-06-09", "day", "Cap-Haïtien", "HT", None, None, None, None, None, False,
  "'On June 9' -> 9 June: the march for peace of holdout71-013, 'peacefully' -> Peaceful protest, perpetrator null. '15,000' counts marchers."),
]
