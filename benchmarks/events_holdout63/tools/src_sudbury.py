"""Authoring source of benchmarks/events_holdout63 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Sudbury, Ontario (Canada) cluster (holdout63-011 to 015; English
and French), two suicide bombers on Friday 10 July 2026 at two sites of one
city (Tom Davies Square, « la place Tom-Davies », during a lunchtime
concert, and the downtown transit terminal, about 400 m and four minutes
apart): an English wire with a first report (011), an e-mail of a hiking
club cancelling an outing (« courriel d'un club de randonnée annulant une
sortie », fr 012), an e-mail of a youth soccer league to parents and
coaches (« courriel d'une ligue de football des jeunes », fr 013), an
English wire on the claim and the arrests (014) and the bulletin of a
knitting circle (« bulletin d'un cercle de tricot », fr 015). Ontario and
Michigan are UTC-4 in July: every publication time here is between 13:00
and 21:00 UTC, so every local date is the UTC date. The claimant, « Al-Qaïda
dans la péninsule arabique (AQPA) », is "al-Qaeda in the Arabian
Peninsula", the canonical name earlier sets use. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout63")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout63-011
ARTICLES.append(A(11, "en", "article", "2026-07-10T21:00:00Z",
"Twin suicide bombing at Sudbury lunchtime concert kills at least 8",
"""
SUDBURY, Ontario (Northern Lakes Wire) - Two suicide bombers set off explosives four minutes apart in downtown Sudbury on Friday, killing at least six people besides themselves and wounding more than 30, in the deadliest act of violence in northern Ontario's history, police said.

The first bomber detonated a device hidden in a backpack at about 12:10 p.m. in Tom Davies Square, where some 2,500 people had gathered for a free lunchtime concert. The second blew himself up at 12:14 at the downtown transit terminal, about 400 metres away, as people ran for the buses.

"We were dancing, and then there was this white flash," said Chantal Lévesque, 27, a nurse who treated the wounded on the grass. "I counted six ambulances in the first ten minutes."

No group had claimed the attack by late afternoon. The Royal Canadian Mounted Police said it could not rule out that the bombers had been "inspired" by Islamic State, but stressed that the investigation was at an early stage.

Sudbury, a nickel-mining city of about 170,000 people some 390 km north of Toronto, has almost no history of political violence. In 2019, a pipe bomb exploded outside a bar in Elliot Lake, 150 km to the west, injuring two men; the case was never solved.

The city's main hospital declared a code orange and cancelled all non-urgent surgery. Highway 17 was closed east of the city for two hours. Police set up a family line at 705-555-0190 and asked residents to avoid the downtown core until Saturday noon. About 300 officers of the Ontario Provincial Police and the RCMP were deployed. A folk festival that was expected to draw 12,000 people on the weekend was called off, and a charity hockey game planned for Sunday was postponed.
"""))
GOLD += [
E(11, ["Two suicide bombers set off explosives", "The first bomber detonated a device", "The second blew himself up", "the attack"],
  "SUI", "2026-07-10", "day", "Sudbury", "CA", 8, 30, "at_least", None, None, False,
  "Wire of Friday 10 July 2026 (17:00 in Sudbury, UTC-4); 'on Friday' = the publication day. Two sites of one city (Tom Davies Square and the downtown transit terminal, 'about 400 metres', four minutes apart) -> ONE Suicide bomb event coded to the city (Greater Sudbury -> 'Sudbury'). First report: 'killing at least six people besides themselves' -> killed 6 + 2 bombers = 8, at_least (the bombers are added); 'wounding more than 30' -> injured 30 (the qualifier describes the killed figure). No claim; 'could not rule out ... \"inspired\" by Islamic State' is speculation -> perpetrator null. '12:10 p.m.', '2,500 people' (the crowd), '12:14', '400 metres', '27', 'six ambulances', 'ten minutes', '170,000 people', '390 km', '150 km', 'Highway 17', 'two hours', '705-555-0190', '300 officers', '12,000 people' are not casualties."),
E(11, ["a pipe bomb exploded outside a bar in Elliot Lake"],
  "IED", "2019-01-01", "year", "Elliot Lake", "CA", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; 'the case was never solved' -> perpetrator null. 'injuring two men' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout63-012
ARTICLES.append(A(12, "fr", "article", "2026-07-11T14:00:00Z",
"Les Sentiers du Nord : sortie aux chutes d'Onaping annulée",
"""
De : Club de plein air Les Sentiers du Nord
À : membres et invités
Objet : ANNULÉ - sortie de dimanche aux chutes d'Onaping

Sudbury, le samedi 11 juillet 2026

Bonjour à toutes et à tous,

Après l'attentat d'hier au centre-ville, le comité a décidé à l'unanimité d'annuler la sortie de demain, dimanche 12 juillet, aux chutes d'Onaping (boucle de 14 km, dénivelé de 220 m, départ prévu à 8 h 30 du stationnement de l'aréna).

Vous avez sans doute suivi les nouvelles. Hier soir, on parlait d'au moins huit morts. Ce matin, la police fait état de dix morts, sans compter les deux kamikazes, et de 41 blessés. Parmi eux, notre membre Gilles, 63 ans, touché aux jambes sur la place Tom-Davies ; il a été opéré cette nuit et nous fait dire qu'il « reviendra marcher ».

La police provinciale nous demande d'éviter les rassemblements ce week-end. Deux hommes ont été arrêtés hier soir à North Bay, à 130 km à l'est, dans un motel de la route 11 ; la GRC n'a pas donné d'autres détails. Les colocataires des deux kamikazes, interrogés toute la nuit, ont été relâchés ce matin sans accusation.

Ce qui change pour le club :
- la sortie aux chutes d'Onaping est reportée au dimanche 26 juillet, même heure ;
- le souper de mi-saison du 18 juillet (25 $ par personne) est maintenu, au chalet du lac Ramsey ;
- le canot-camping de Killarney (3 jours, 60 km de pagaie) reste ouvert aux inscriptions, 12 places ;
- nos 145 membres peuvent renouveler leur cotisation de 40 $ en ligne jusqu'au 31 août.

Plusieurs d'entre vous ont demandé comment aider. Une clinique de don de sang est ouverte rue Larch, de 10 h à 18 h. La ligne d'écoute pour les familles est le 705-555-0190.

Prenez soin de vous et de vos proches. On se retrouve bientôt sur les sentiers.

Pour le comité, Denise Lafrenière, présidente - 705-555-0147
"""))
GOLD += [
E(12, ["l'attentat d'hier au centre-ville"],
  "SUI", "2026-07-10", "day", "Sudbury", "CA", 12, 41, "exact", None, None, False,
  "Hiking club e-mail of Saturday 11 July; 'hier' -> 10 July. Two sites of one city -> ONE event. The toll is revised inside: 'au moins huit morts' (last night, superseded) -> 'dix morts, sans compter les deux kamikazes, et de 41 blessés' -> killed 10 + 2 bombers = 12, exact (the bombers are added); Gilles, 63, is one of the 41. No claim, no group named -> perpetrator null. '14 km', '220 m', '8 h 30', '63 ans', '130 km', 'route 11', '26 juillet', '18 juillet', '25 $', '3 jours', '60 km', '12 places', '145 membres', '40 $', '31 août', '10 h à 18 h', '705-555-0190', '705-555-0147' are not casualties."),
E(12, ["Deux hommes ont été arrêtés hier soir à North Bay"],
  "ARR", "2026-07-10", "day", "North Bay", "CA", None, None, None, "police", None, False,
  "'hier soir' vs Saturday 11 July -> 10 July, the evening of the bombing. 'la GRC' (RCMP) -> 'police'; a motel on Highway 11 -> North Bay. The bombers' roommates, 'interrogés toute la nuit ... relâchés ce matin sans accusation', are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout63-013
ARTICLES.append(A(13, "fr", "article", "2026-07-13T13:00:00Z",
"Ligue de soccer junior : matchs annulés et message du conseil",
"""
De : Ligue de soccer junior du Grand Sudbury
À : parents, entraîneurs et arbitres
Objet : matchs annulés jusqu'au 19 juillet, et un message important

Le lundi 13 juillet 2026

Chers parents, chers entraîneurs,

La ligue est en deuil. Parmi les victimes du double attentat-suicide de vendredi au centre-ville figure Marc Bélanger, 52 ans, entraîneur bénévole de nos U12 depuis 2014, mort dimanche de ses blessures. Le bilan s'élève désormais à treize morts, y compris les deux kamikazes, et 41 blessés, dont trois de nos joueurs, âgés de 9 à 13 ans.

Dimanche soir, Al-Qaïda dans la péninsule arabique (AQPA) a revendiqué l'attaque dans un message publié en ligne. Nous ne commenterons pas davantage : c'est l'affaire de la police.

Nous devons toutefois vous informer qu'un de nos entraîneurs adjoints a été arrêté samedi à Sudbury par la police, puis relâché dimanche sans aucune accusation : il avait simplement prêté sa camionnette à un voisin. Nous lui gardons toute notre confiance. Deux autres bénévoles, interrogés comme témoins, n'ont fait l'objet d'aucune mesure.

Décisions du conseil :
- tous les matchs et entraînements sont annulés jusqu'au dimanche 19 juillet ;
- les terrains 1 à 6 du complexe de la ligue restent fermés ;
- le tournoi de mi-saison, prévu les 25 et 26 juillet, est maintenu pour nos 412 joueurs inscrits ;
- les frais d'inscription d'été (120 $) ne seront pas remboursés, mais un crédit de 30 $ sera appliqué à la saison d'automne ;
- une minute de silence sera observée avant chaque match à la reprise.

Une travailleuse sociale sera présente au complexe mercredi de 17 h à 20 h pour les enfants qui en ont besoin. La famille de Marc demande de faire un don au fonds des victimes plutôt que d'envoyer des fleurs.

Avec tristesse, le conseil d'administration - 705-555-0162
"""))
GOLD += [
E(13, ["double attentat-suicide de vendredi au centre-ville", "l'attaque"],
  "SUI", "2026-07-10", "day", "Sudbury", "CA", 13, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Youth league e-mail of Monday 13 July; 'de vendredi' -> 10 July. 'treize morts, y compris les deux kamikazes, et 41 blessés' -> killed 13 (bombers inside; the coach of 52 who died Sunday raises it from 12), injured 41 (not reduced), exact; 'trois de nos joueurs' are a subset. 'Al-Qaïda dans la péninsule arabique (AQPA) a revendiqué l'attaque', told as fact and undisputed -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula' (first told here; holdout63-014 reports it judged credible). '52 ans', 'U12', 'depuis 2014', '9 à 13 ans', '19 juillet', 'terrains 1 à 6', '25 et 26 juillet', '412 joueurs', '120 $', '30 $', '17 h à 20 h', '705-555-0162' are not casualties; the minute of silence is not coded."),
E(13, ["un de nos entraîneurs adjoints a été arrêté samedi à Sudbury"],
  "ARR", "2026-07-11", "day", "Sudbury", "CA", None, None, None, "police", None, False,
  "'samedi' vs Monday 13 July -> 11 July. An assistant coach arrested 'par la police' in Sudbury -> 'police'; 'relâché dimanche sans aucune accusation' does not undo the arrest. The two volunteers 'interrogés comme témoins' are not arrested."),
]

# -------------------------------------------------------------- holdout63-014
ARTICLES.append(A(14, "en", "article", "2026-07-15T16:00:00Z",
"RCMP says al-Qaeda claim for Sudbury bombing credible; suspect held in Michigan",
"""
SUDBURY, Ontario (Northern Lakes Wire) - Al-Qaeda in the Arabian Peninsula, which claimed Friday's twin suicide bombing in Sudbury on Sunday, has released a video of the two bombers, and the Royal Canadian Mounted Police said on Wednesday that it now judged the claim credible.

The group's statement spoke of "more than 40 crusaders" killed. The official toll is 13 dead, including the two bombers, and 41 wounded, nine of them still in hospital. Islamic State denied any role in a message posted by its Amaq agency on Monday. A federal official said the two men, Canadian-born brothers aged 24 and 26, "may have been" in contact with a recruiter in Yemen, but that this was not confirmed.

Agents of the Federal Bureau of Investigation arrested a suspected facilitator on Monday in Marquette, Michigan. He is accused of buying the acetone and hydrogen peroxide used in the explosives and driving them across the border at Sault Ste. Marie, and faces extradition proceedings. The two men arrested in North Bay on Friday night, a cousin of the bombers and his roommate, were charged on Tuesday with facilitating terrorist activity, which carries up to 14 years in prison, and remanded in custody.

On Tuesday evening, some 6,000 people marched in silence from Tom Davies Square to Bell Park behind a banner reading "Sudbury Standing". The march ended without incident.

Flags flew at half-mast on Parliament Hill. A fund for the victims had raised $1.2 million from some 9,000 donors by Wednesday morning. Downtown streets reopened on Monday, except for the square, which remains a crime scene, and bus route 2 is running on a detour.

Northern Ontario had not seen a bombing since 2019, when a pipe bomb wounded two men outside a bar in Elliot Lake.
"""))
GOLD += [
E(14, ["Friday's twin suicide bombing in Sudbury"],
  "SUI", "2026-07-10", "day", "Sudbury", "CA", 13, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Wire of Wednesday 15 July; 'Friday's' -> 10 July. 'The official toll is 13 dead, including the two bombers, and 41 wounded' -> killed 13 (bombers inside), injured 41, exact; 'nine of them still in hospital' is a subset. Claimed on Sunday by al-Qaeda in the Arabian Peninsula, judged 'credible' by the RCMP -> claimant and perpetrator; its 'more than 40 crusaders' is never used. Islamic State's denial is not a claim; 'may have been' in contact is speculation. 'aged 24 and 26', '6,000 people' (marchers), '$1.2 million', '9,000 donors', 'route 2' are not casualties."),
E(14, ["arrested a suspected facilitator on Monday in Marquette"],
  "ARR", "2026-07-13", "day", "Marquette", "US", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 15 July -> 13 July. The cluster's suspected facilitator (who bought the explosive precursors and drove them across the border), arrested by the FBI in Marquette, Michigan -> US, 'police' (dev: intelligence and investigative services are police). 'faces extradition proceedings' is a follow-up, not an event; Sault Ste. Marie is only named."),
E(14, ["The two men arrested in North Bay on Friday night"],
  "ARR", "2026-07-10", "day", "North Bay", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout63-012: 'on Friday night' -> 10 July. 'were charged on Tuesday ... and remanded in custody' is the judicial follow-up, not a new arrest; 'up to 14 years' is a sentence. No force named -> 'police'."),
E(14, ["some 6,000 people marched in silence", "The march"],
  "PP", "2026-07-14", "day", "Sudbury", "CA", None, None, None, None, None, False,
  "'On Tuesday evening' vs Wednesday 15 July -> 14 July. A silent march with a message ('Sudbury Standing') that 'ended without incident' -> Peaceful protest, perpetrator null. '6,000' counts marchers."),
E(14, ["a pipe bomb wounded two men outside a bar in Elliot Lake"],
  "IED", "2019-01-01", "year", "Elliot Lake", "CA", None, 2, "exact", None, None, True,
  "'since 2019, when' -> year, background: the Elliot Lake pipe bomb of holdout63-011. 'wounded two men' -> injured 2, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout63-015
ARTICLES.append(A(15, "fr", "article", "2026-07-17T15:00:00Z",
"Les Aiguilles du Nord : bulletin du cercle de tricot",
"""
LES AIGUILLES DU NORD - Bulletin du cercle de tricot de Sudbury, n° 112, vendredi 17 juillet 2026.

Chères tricoteuses, chers tricoteurs,

Ce bulletin n'est pas comme les autres. Une semaine après l'attentat-suicide du 10 juillet, qui a fait treize morts, dont les deux kamikazes, et 41 blessés, et qui a été revendiqué par Al-Qaïda dans la péninsule arabique, nos pensées vont à Lucille, dont la petite-fille de 15 ans est toujours hospitalisée.

NOTRE PROJET. Nous tricotons des couvertures pour les blessés et les familles endeuillées. Objectif : 60 couvertures d'ici le 15 août ; nous en avons déjà 35. Modèle : carrés de 20 cm au point mousse, aiguilles de 4,5 mm, laine acrylique lavable. La quincaillerie de la rue Elgin nous a donné 48 pelotes.

MARDI SOIR. Nous étions une dizaine du cercle parmi les quelque 6 000 personnes qui ont marché en silence de la place Tom-Davies jusqu'au parc Bell, derrière une banderole « Sudbury debout ». Tout s'est passé dans le calme et le recueillement.

MERCREDI SOIR. Le lendemain, autre ambiance : quelque 200 personnes qui voulaient marcher vers la mosquée du centre-ville ont été repoussées par la police à coups de gaz poivré et de matraques. Trois personnes ont été blessées, dont un agent. Nous refusons la haine ; la mosquée nous a d'ailleurs offert de la laine.

L'ENQUÊTE. Un homme a été arrêté jeudi à Timmins ; la police le soupçonne d'avoir fourni la voiture des deux kamikazes. Les deux hommes arrêtés à North Bay le soir de l'attentat ont été inculpés mardi.

PRATIQUE.
- Rencontres le mardi de 14 h à 16 h, salle 3 du centre communautaire, au 210 de la rue Notre-Dame. Cotisation annuelle : 20 $.
- La vente de charité du 8 août est maintenue ; les profits iront au fonds des victimes, qui dépasse 1,2 million de dollars.
- Le cours pour débutantes (6 séances de 2 heures) reprend le 4 septembre.
- Pour nous joindre : Rolande, 705-555-0118.

Tricotons ensemble, pour ne pas rester seules avec notre peine.

Rolande Gervais, animatrice
"""))
GOLD += [
E(15, ["l'attentat-suicide du 10 juillet"],
  "SUI", "2026-07-10", "day", "Sudbury", "CA", 13, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Knitting circle bulletin of Friday 17 July; 'du 10 juillet' -> 10 July, a week earlier -> current. 'treize morts, dont les deux kamikazes, et 41 blessés' -> killed 13 (bombers inside), injured 41, exact; Lucille's granddaughter is one of the injured. 'revendiqué par Al-Qaïda dans la péninsule arabique' -> claimant and perpetrator. 'n° 112', '15 ans', '60 couvertures', '15 août', '35', '20 cm', '4,5 mm', '48 pelotes', 'une dizaine' (members), '14 h à 16 h', 'salle 3', '210', '20 $', '8 août', '1,2 million', '6 séances', '2 heures', '4 septembre', '705-555-0118' are not casualties."),
E(15, ["les quelque 6 000 personnes qui ont marché en silence"],
  "PP", "2026-07-14", "day", "Sudbury", "CA", None, None, None, None, None, False,
  "Heading 'MARDI SOIR' vs Friday 17 July -> 14 July: the silent march of holdout63-014, with its banner ('Sudbury debout'), 'dans le calme' -> Peaceful protest, perpetrator null. '6 000' counts marchers."),
E(15, ["quelque 200 personnes qui voulaient marcher vers la mosquée du centre-ville", "ont été repoussées par la police à coups de gaz poivré et de matraques"],
  "PI", "2026-07-15", "day", "Sudbury", "CA", None, 3, "exact", None, None, False,
  "Heading 'MERCREDI SOIR' and 'Le lendemain' (of Tuesday) -> 15 July. A march pushed back by the police with pepper spray and batons -> Protest with intervention, perpetrator null (dev). 'Trois personnes ont été blessées, dont un agent' -> injured 3 (all sides, the officer inside), exact. '200 personnes' counts marchers."),
E(15, ["Un homme a été arrêté jeudi à Timmins"],
  "ARR", "2026-07-16", "day", "Timmins", "CA", None, None, None, "police", None, False,
  "'jeudi' vs Friday 17 July -> 16 July. Suspected of supplying the bombers' car; 'la police' -> 'police'."),
E(15, ["Les deux hommes arrêtés à North Bay le soir de l'attentat"],
  "ARR", "2026-07-10", "day", "North Bay", "CA", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout63-012: 'le soir de l'attentat' -> 10 July. 'inculpés mardi' is the judicial follow-up. No force named -> 'police'."),
]
