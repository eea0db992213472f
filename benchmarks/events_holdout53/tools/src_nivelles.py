"""Authoring source of benchmarks/events_holdout53 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nivelles, Belgium cluster (holdout53-001 to 005, and 021 seven
weeks later; English and French), two suicide bombers on Saturday 18 April
2026 at two sites of one town (the Saturday market on the Grand-Place, in
front of the collegiate church of Sainte-Gertrude, and the forecourt of the
railway station, about 800 m and six minutes apart): an English wire with a
first report (001), a car-rental company's notice to its customers ("avis
d'un loueur de voitures", fr 002), the parish priest's letter to his
parishioners ("lettre du curé de la paroisse", fr 003), an English wire on
the claim, the arrests and a dispersed march (004), a football supporters'
club's message to its members ("message d'un club de supporters", fr 005)
and a supermarket's loyalty-card email on a store's reopening seven weeks
later ("courriel de carte de fidélité d'un supermarché", fr 021). Belgium is
UTC+2 from 29 March to 25 October 2026: every publication time here is
between 06:00 and 13:00 UTC, so every local date is the UTC date. Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout53")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout53-001
ARTICLES.append(A(1, "en", "article", "2026-04-18T12:30:00Z",
"Two suicide bombers kill at least nine in Belgian town of Nivelles",
"""
NIVELLES, Belgium (Lowlands Wire) - Two suicide bombers blew themselves up six minutes apart in the centre of Nivelles on Saturday morning, killing at least seven people as well as themselves and wounding a score of others, the federal prosecutor's office said.

The first bomber set off his explosive belt at 10:15 a.m. among shoppers at the Saturday market on the Grand-Place, in front of the Romanesque collegiate church of Sainte-Gertrude. The second detonated his charge at 10:21 a.m. on the forecourt of the railway station, about 800 metres away, where people fleeing the square had gathered.

"I was weighing two kilos of asparagus for a customer when the ground shook," said Marc Devos, 52, who has held stall number 41 on the market for 19 years. "Then everybody ran towards the station, and the second one went off there."

No group had claimed responsibility by early afternoon. Investigators were examining whether the bombing could be linked to Islamic State, a source close to the inquiry said, stressing that "nothing is established at this stage".

Nivelles, a town of about 29,000 people some 35 km south of Brussels, had never been targeted. In 2017, a homemade bomb damaged a bank branch in Wavre, injuring a cleaner; its author was never identified.

Rail traffic on line 124 between Brussels and Charleroi was suspended, and the Nivelles-Nord exit of the E19 motorway was closed. The national crisis centre raised the threat level to 3 on a scale of 4 for the whole of Walloon Brabant. About 450 police officers were deployed, and the Red Cross opened a reception centre for relatives in the town's sports hall, which has 300 camp beds. Hospitals in Nivelles and Braine-l'Alleud triggered their emergency plans, and a helpline, 1771, was answering calls around the clock.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart in the centre of Nivelles", "The first bomber set off his explosive belt", "The second detonated his charge", "the bombing"],
  "SUI", "2026-04-18", "day", "Nivelles", "BE", 9, 20, "at_least", None, None, False,
  "Wire of Saturday 18 April 2026 (14:30 in Nivelles); 'on Saturday morning' = the publication day. Two sites of one town (the Grand-Place market and the station forecourt, 'about 800 metres', 10:15 and 10:21, six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people as well as themselves and wounding a score of others' -> killed 7 + 2 bombers = 9, at_least ('as well as themselves' adds the bombers); injured 20 ('a score', dev table; the qualifier describes the killed figure). No claim; 'examining whether the bombing could be linked to Islamic State' is speculation -> perpetrator null. '10:15 a.m.', '10:21 a.m.', '800 metres', 'two kilos', '52', 'number 41', '19 years', '29,000 people', '35 km', 'line 124', 'E19', 'level to 3 on a scale of 4', '450 police officers', '300 camp beds', '1771' are not casualties."),
E(1, ["a homemade bomb damaged a bank branch in Wavre, injuring a cleaner"],
  "IED", "2017-01-01", "year", "Wavre", "BE", None, 1, "exact", None, None, True,
  "'In 2017' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; 'its author was never identified' -> perpetrator null. 'injuring a cleaner' -> injured 1, exact; killed null (not stated)."),
]

# -------------------------------------------------------------- holdout53-002
ARTICLES.append(A(2, "fr", "article", "2026-04-20T07:00:00Z",
"Brabant Location informe sa clientèle après le drame de samedi",
"""
BRABANT LOCATION - Location de voitures et d'utilitaires, chaussée de Mons 112, 1400 Nivelles. AVIS À NOTRE CLIENTÈLE. Nivelles, le lundi 20 avril 2026.

Chers clients,

Comme vous le savez, notre ville a été frappée samedi matin par un double attentat-suicide, sur la Grand-Place et devant la gare. Samedi soir, le parquet fédéral parlait de neuf morts. Le bilan qu'il a communiqué ce lundi matin est de onze morts, sans compter les deux kamikazes, et de 58 blessés. Nos pensées vont aux familles et à tous les blessés.

Nous vous devons la vérité : les enquêteurs ont établi que la camionnette blanche de 9 places utilisée par les deux auteurs avait été louée dans notre agence le vendredi 17 avril à 16 h 40, pour 48 heures, par un homme muni d'une fausse carte d'identité. Cet homme a été interpellé dimanche à Tubize par la police judiciaire fédérale. Le collaborateur qui l'a servi a été entendu pendant six heures comme témoin, puis laissé libre ; il n'est soupçonné de rien et a toute notre confiance.

EN PRATIQUE :
- l'agence de Nivelles reste fermée jusqu'au jeudi 23 avril inclus, à la demande des enquêteurs ;
- les véhicules réservés seront remis à notre agence de Waterloo, chaussée de Bruxelles 290, aux mêmes heures ;
- les locations en cours peuvent être prolongées sans frais pendant 7 jours ;
- les cautions de 800 euros bloquées depuis samedi seront débloquées sous 72 heures ;
- aucun frais ne sera facturé pour les 14 véhicules restés bloqués au parking de la gare (niveau -2, places 114 à 131).

Désormais, toute location d'un utilitaire exigera deux pièces d'identité et une carte bancaire au nom du conducteur ; les paiements en espèces au-delà de 500 euros ne seront plus acceptés.

Renseignements : 067 84 21 90, du lundi au samedi de 8 heures à 18 heures. Notre personnel n'est pas autorisé à répondre aux journalistes ; merci de votre compréhension.

Martine Lefèvre, gérante
"""))
GOLD += [
E(2, ["un double attentat-suicide, sur la Grand-Place et devant la gare"],
  "SUI", "2026-04-18", "day", "Nivelles", "BE", 13, 58, "exact", None, None, False,
  "Notice of Monday 20 April; 'samedi matin' -> Saturday 18 April. Two sites of one town -> ONE event. The toll is revised inside: 'neuf morts' on Saturday evening (superseded) -> 'onze morts, sans compter les deux kamikazes, et de 58 blessés' -> killed 11 + 2 bombers = 13 ('sans compter' adds them), injured 58, exact. No claim named -> perpetrator null. '112', '1400', '9 places', '17 avril', '16 h 40', '48 heures', 'six heures', '290', '7 jours', '800 euros', '72 heures', '14 véhicules', 'niveau -2', 'places 114 à 131', '500 euros', '067 84 21 90', '8 heures à 18 heures' are not casualties."),
E(2, ["Cet homme a été interpellé dimanche à Tubize"],
  "ARR", "2026-04-19", "day", "Tubize", "BE", None, None, None, "police", None, False,
  "'dimanche' vs Monday 20 April -> Sunday 19 April. The man who rented the bombers' van with a false identity card (the cluster's first suspected facilitator), arrested in Tubize by the 'police judiciaire fédérale' -> 'police'. The employee 'entendu pendant six heures comme témoin, puis laissé libre' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout53-003
ARTICLES.append(A(3, "fr", "article", "2026-04-23T08:00:00Z",
"« La porte de la cure reste ouverte » : la lettre du curé de Nivelles",
"""
PAROISSE SAINTE-GERTRUDE DE NIVELLES. LETTRE DU CURÉ AUX PAROISSIENS. Nivelles, le jeudi 23 avril 2026.

Chers paroissiens, chers amis,

Samedi dernier, à 10 h 15, un homme s'est fait exploser au milieu du marché, à quelques mètres du parvis de notre collégiale ; six minutes plus tard, un second kamikaze s'est fait sauter devant la gare. Quatorze personnes sont mortes, en comptant les deux auteurs, et cinquante-huit ont été blessées. Parmi les morts, il y a Jeanne Stiernon, 71 ans, qui chantait dans notre chorale depuis 1987 ; elle s'est éteinte mardi à la clinique sans avoir repris connaissance.

Lundi, l'État islamique a revendiqué ce crime. Je n'ai pas de mots pour ceux qui tuent au nom de Dieu. Je n'en ai que pour vous.

Dimanche après-midi, près de six mille personnes ont marché en silence de la collégiale jusqu'à la gare, « contre la haine et pour la vie ». J'ai vu côte à côte l'imam de la mosquée de la rue de Namur, la pasteure de l'Église protestante et nos scouts. Merci à chacun.

Voici ce qui est prévu :
- la collégiale, fermée depuis samedi pour les constatations, rouvre vendredi à 9 heures ; les trois vitraux brisés du bas-côté sud seront provisoirement remplacés par des panneaux de bois ;
- messe pour les victimes le dimanche 26 avril à 10 h 30, présidée par l'évêque auxiliaire ;
- les funérailles de Jeanne auront lieu le mardi 28 avril à 11 heures ;
- un registre de condoléances est ouvert à la cure, rue des Saintes 3, de 9 heures à 17 heures.

La collecte de dimanche dernier a rapporté 3 420 euros ; elle ira entièrement au fonds d'aide aux victimes ouvert par la Ville. Plus de 900 cierges ont été allumés depuis samedi au pied de la statue de sainte Gertrude.

Ceux qui ont besoin de parler peuvent m'appeler au 067 21 30 48 ou venir me voir. La porte de la cure reste ouverte, de jour comme de nuit.

Abbé Pierre-Yves Gilson, curé-doyen de Nivelles
"""))
GOLD += [
E(3, ["un homme s'est fait exploser au milieu du marché", "un second kamikaze s'est fait sauter devant la gare", "ce crime"],
  "SUI", "2026-04-18", "day", "Nivelles", "BE", 14, 58, "exact", "Islamic State", "Islamic State", False,
  "Priest's letter of Thursday 23 April; 'Samedi dernier' -> the most recent Saturday, 18 April. The market and the station 'six minutes plus tard' -> ONE event. 'Quatorze personnes sont mortes, en comptant les deux auteurs, et cinquante-huit ont été blessées' -> killed 14 (bombers inside: 'en comptant' = including), injured 58 (number words), exact; Jeanne Stiernon, 71, who died Tuesday, is inside the fourteen. 'Lundi, l'État islamique a revendiqué ce crime', undisputed -> claimant and perpetrator 'Islamic State'. '10 h 15', '71 ans', '1987', 'six mille personnes' (marchers), '9 heures', 'trois vitraux', '26 avril', '10 h 30', '28 avril', '11 heures', 'rue des Saintes 3', '9 heures à 17 heures', '3 420 euros', '900 cierges', '067 21 30 48' are not casualties."),
E(3, ["près de six mille personnes ont marché en silence"],
  "PP", "2026-04-19", "day", "Nivelles", "BE", None, None, None, None, None, False,
  "'Dimanche après-midi' vs Thursday 23 April -> Sunday 19 April. A silent march from the collegiate church to the station with a message ('contre la haine et pour la vie'), no incident -> Peaceful protest, perpetrator null. 'six mille' counts marchers. The mass, the funeral and the condolence book are not coded."),
]

# -------------------------------------------------------------- holdout53-004
ARTICLES.append(A(4, "en", "article", "2026-04-22T11:00:00Z",
"Belgian police tear-gas march in Nivelles; bomb-belt suspect held in France",
"""
NIVELLES, Belgium (Lowlands Wire) - Belgian riot police fired tear gas and used batons on Tuesday evening to disperse about 200 people who marched on the asylum seekers' reception centre in Nivelles, three days after the twin suicide bombing that killed 14 people in the town.

The marchers, who had answered a call on social media, chanted slogans against migrants and threw bottles at officers guarding the centre's gate. Two officers and a protester were treated for injuries, the local police zone said.

Islamic State claimed the Saturday attack on Monday through its Amaq news agency, boasting of "more than 50 crusaders" killed. The federal prosecutor's office called the claim credible. A channel close to Hurras al-Din, an al-Qaeda offshoot, denied any role. The two bombers, aged 24 and 29, "may have been" radicalised online by a recruiter based in Syria, an official said.

The toll of 14 includes the bombers; a 71-year-old woman died of her injuries on Tuesday. Fifty-eight people were wounded, a score of them seriously.

French police on Tuesday arrested a 41-year-old man in Maubeuge, 45 km from Nivelles across the border, on suspicion of assembling the two explosive belts, prosecutors said. The man arrested in Tubize on Sunday, who rented the van that carried the bombers, was charged with terrorist murder and remanded in custody by an investigating judge; he faces up to 30 years in prison. Two brothers detained in Ottignies on Monday were released without charge on Tuesday. The bombers' parents were questioned for several hours and allowed to go home.

The town had never been targeted before. In 2017, a homemade bomb damaged a bank branch in Wavre, injuring a cleaner.

Trains on line 124 resumed on Monday. A fund for the victims has raised 310,000 euros from some 4,800 donors, and the 11 schools of Nivelles reopened on Wednesday under police guard.
"""))
GOLD += [
E(4, ["Belgian riot police fired tear gas and used batons on Tuesday evening to disperse about 200 people who marched"],
  "PI", "2026-04-21", "day", "Nivelles", "BE", None, 3, "exact", None, None, False,
  "Wire of Wednesday 22 April; 'on Tuesday evening' -> 21 April. A march on the asylum seekers' reception centre, dispersed by riot police with 'tear gas' and 'batons' -> Protests / Protest with intervention, perpetrator null (dev). 'Two officers and a protester were treated for injuries' -> injured 2 + 1 = 3 (all sides summed), exact; killed null. 'about 200 people' counts marchers."),
E(4, ["the twin suicide bombing that killed 14 people in the town", "the Saturday attack"],
  "SUI", "2026-04-18", "day", "Nivelles", "BE", 14, 58, "exact", "Islamic State", "Islamic State", False,
  "'three days after' a Tuesday and 'the Saturday attack' -> Saturday 18 April. 'The toll of 14 includes the bombers' (a woman of 71 died Tuesday, inside) and 'Fifty-eight people were wounded' -> killed 14, injured 58, exact; 'a score of them seriously' is a subset. 'Islamic State claimed the Saturday attack on Monday through its Amaq news agency', called 'credible' -> claimant and perpetrator; the claim's 'more than 50 crusaders' is never used. Hurras al-Din's denial is not a claim; 'may have been' is speculation. 'aged 24 and 29', '71-year-old', '41-year-old', '45 km', '30 years', 'line 124', '310,000 euros', '4,800 donors', '11 schools' are not casualties."),
E(4, ["French police on Tuesday arrested a 41-year-old man in Maubeuge"],
  "ARR", "2026-04-21", "day", "Maubeuge", "FR", None, None, None, "police", None, False,
  "'on Tuesday' vs Wednesday 22 April -> 21 April. The suspected maker of the explosive belts (a facilitator), arrested in Maubeuge, France, by the French police -> 'police', coded to FR, not to the bombing's country."),
E(4, ["The man arrested in Tubize on Sunday"],
  "ARR", "2026-04-19", "day", "Tubize", "BE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-002: 'on Sunday' -> 19 April. 'charged with terrorist murder and remanded in custody by an investigating judge' is the arrest's judicial follow-up, not a new event. No force named -> 'police'. 'up to 30 years in prison' is a sentence, not a casualty."),
E(4, ["Two brothers detained in Ottignies on Monday"],
  "ARR", "2026-04-20", "day", "Ottignies", "BE", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 22 April -> 20 April. Two brothers detained in Ottignies (the town of Ottignies-Louvain-la-Neuve, gold 'Ottignies' as written), 'released without charge on Tuesday': the release does not undo the arrest. No force named -> 'police'. The bombers' parents 'questioned for several hours and allowed to go home' are not arrested."),
E(4, ["a homemade bomb damaged a bank branch in Wavre, injuring a cleaner"],
  "IED", "2017-01-01", "year", "Wavre", "BE", None, 1, "exact", None, None, True,
  "'In 2017' -> year, background (as in holdout53-001). Homemade bomb -> IED; author unknown -> null; 'injuring a cleaner' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout53-005
ARTICLES.append(A(5, "fr", "article", "2026-04-24T09:00:00Z",
"Les Aclots en rouge : notre steward Kevin parmi les victimes",
"""
ROYAL STADE NIVELLOIS - CLUB DES SUPPORTERS « LES ACLOTS EN ROUGE ». MESSAGE DU COMITÉ À NOS MEMBRES. Nivelles, le vendredi 24 avril 2026.

Chers membres, chers amis,

Le samedi 18 avril, notre ville a vécu l'horreur : deux kamikazes se sont fait exploser, l'un sur la Grand-Place, l'autre devant la gare. Le bilan est de quatorze morts, dont les deux kamikazes, et de 58 blessés. Parmi les morts figure notre steward Kevin Paquet, 33 ans, qui tenait la buvette de la tribune depuis 2014. Trois de nos membres sont encore hospitalisés. L'attentat a été revendiqué par l'État islamique.

Dimanche, plus de 120 d'entre nous ont rejoint la marche blanche avec l'écharpe rouge et noire. Nous étions près de six mille, dans le calme et la dignité, de la collégiale à la gare.

Nous avons appris avec soulagement que l'homme arrêté dimanche à Tubize, qui avait loué la camionnette des terroristes, a été placé sous mandat d'arrêt par le juge d'instruction. Le fabricant présumé des ceintures explosives, interpellé mardi à Maubeuge, doit être remis à la Belgique dans les prochains jours.

Le comité a décidé ce qui suit :
- le match Royal Stade nivellois - FC Genappe, prévu ce dimanche à 15 heures, est reporté au samedi 9 mai ; les billets restent valables ;
- le maillot n° 7, que Kevin portait chez les vétérans, sera retiré ;
- une minute de silence sera observée avant chaque match jusqu'à la fin de la saison ;
- le car pour le déplacement à Soignies (52 places) est annulé et les 15 euros remboursés ;
- une cagnotte est ouverte pour la famille de Kevin sur le compte BE62 0689 4417 2210 ; elle atteint déjà 4 150 euros.

Les 340 places de la tribune couverte seront gratuites pour les secouristes et les policiers lors du match du 9 mai. Notre club compte 418 membres : nous n'avons jamais été aussi unis.

Allez Nivelles, pour Kevin.

Le comité des Aclots en rouge
"""))
GOLD += [
E(5, ["deux kamikazes se sont fait exploser, l'un sur la Grand-Place, l'autre devant la gare", "L'attentat a été revendiqué"],
  "SUI", "2026-04-18", "day", "Nivelles", "BE", 14, 58, "exact", "Islamic State", "Islamic State", False,
  "Supporters' message of Friday 24 April; 'Le samedi 18 avril' -> 18 April. Two sites of one town -> ONE event. 'quatorze morts, dont les deux kamikazes, et de 58 blessés' -> killed 14 (bombers inside), injured 58, exact; the steward Kevin, 33, is inside; 'Trois de nos membres sont encore hospitalisés' is a subset of the injured. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. '33 ans', '2014', '120 d'entre nous' and 'six mille' (marchers), '15 heures', '9 mai', 'n° 7', '52 places', '15 euros', 'BE62 0689 4417 2210', '4 150 euros', '340 places', '418 membres' are not casualties. The postponed match and the minutes of silence are not coded."),
E(5, ["la marche blanche"],
  "PP", "2026-04-19", "day", "Nivelles", "BE", None, None, None, None, None, False,
  "'Dimanche' vs Friday 24 April -> Sunday 19 April: the silent march of holdout53-003 ('marche blanche', the Belgian name of a silent march in memory of victims), 'dans le calme et la dignité', no incident -> Peaceful protest, perpetrator null. 'Nous étions près de six mille' counts marchers (not a trigger: it names the crowd, not the march)."),
E(5, ["l'homme arrêté dimanche à Tubize"],
  "ARR", "2026-04-19", "day", "Tubize", "BE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-002: 'dimanche' vs Friday 24 April -> 19 April. 'placé sous mandat d'arrêt par le juge d'instruction' (Belgian pre-trial detention order) is the arrest's follow-up, not a new arrest. No force named -> 'police'."),
E(5, ["Le fabricant présumé des ceintures explosives, interpellé mardi à Maubeuge"],
  "ARR", "2026-04-21", "day", "Maubeuge", "FR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-004: 'mardi' vs Friday 24 April -> 21 April; Maubeuge is in France -> FR. 'doit être remis à la Belgique' (a handover) is a follow-up, not an event. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout53-021
ARTICLES.append(A(21, "fr", "article", "2026-06-05T08:00:00Z",
"Votre magasin Marché Frais Nivelles-Gare rouvre lundi",
"""
MARCHÉ FRAIS - CARTE FIDÉLITÉ+. Courriel envoyé le vendredi 5 juin 2026 aux titulaires de la carte rattachés au magasin de Nivelles-Gare.

Bonjour,

Vous faisiez vos courses dans notre magasin de la place de la Gare, à Nivelles. Il avait dû fermer après le double attentat-suicide du samedi 18 avril, qui a fait quinze morts, dont les deux kamikazes, et cinquante-huit blessés. Notre caissière Nadia, 27 ans, blessée devant l'entrée, est décédée le 14 mai ; nous pensons à sa famille. Cet attentat avait été revendiqué par l'État islamique.

Vous avez peut-être appris que l'enquête progresse : mardi, la police néerlandaise a arrêté à Maastricht un homme de 36 ans soupçonné d'avoir financé les deux auteurs ; il fait l'objet d'un mandat d'arrêt européen.

Nous avons une bonne nouvelle : le magasin rouvre le lundi 8 juin à 8 heures, entièrement rénové. Les vitrines ont été remplacées par du verre feuilleté de 12 millimètres et un agent de sécurité sera présent du lundi au samedi.

Pour la réouverture, avec votre carte Fidélité+ :
- vos points sont doublés du 8 au 20 juin ;
- 500 points donnent droit à un bon de 5 euros ;
- les points qui expiraient en avril ou en mai restent valables jusqu'au 30 septembre ;
- 10 % de remise sur les fleurs et les bougies, le samedi 13 juin ;
- le parking de la gare est gratuit pendant 90 minutes sur présentation du ticket de caisse.

Depuis le 20 avril, 1 euro par passage en caisse est reversé au fonds d'aide aux victimes de la Ville de Nivelles : grâce à vous, 26 300 euros ont déjà été versés. L'opération se poursuit jusqu'au 30 juin dans nos 64 magasins de Wallonie et de Bruxelles.

Service clients : 078 15 20 20 (numéro non surtaxé), du lundi au samedi de 8 heures à 20 heures.

Vous recevez ce courriel parce que vous êtes titulaire de la carte Fidélité+. Pour ne plus recevoir nos messages, cliquez sur « désinscription ».
"""))
GOLD += [
E(21, ["le double attentat-suicide du samedi 18 avril", "Cet attentat avait été revendiqué"],
  "SUI", "2026-04-18", "day", "Nivelles", "BE", 15, 58, "exact", "Islamic State", "Islamic State", True,
  "Loyalty email of Friday 5 June; 'du samedi 18 avril' -> 18 April, 48 days before -> background. 'quinze morts, dont les deux kamikazes, et cinquante-huit blessés' -> killed 15 (bombers inside; the cashier Nadia, 27, who died on 14 May, is the fifteenth), injured 58 (a later death does not reduce the injured figure, events_holdout16), exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. '27 ans', '14 mai', '36 ans', '8 juin', '8 heures', '12 millimètres', '8 au 20 juin', '500 points', '5 euros', '30 septembre', '10 %', '13 juin', '90 minutes', '20 avril', '1 euro', '26 300 euros', '30 juin', '64 magasins', '078 15 20 20', '8 heures à 20 heures' are not casualties."),
E(21, ["la police néerlandaise a arrêté à Maastricht un homme de 36 ans"],
  "ARR", "2026-06-02", "day", "Maastricht", "NL", None, None, None, "police", None, False,
  "'mardi' vs Friday 5 June -> Tuesday 2 June, three days before -> current (the bombing it follows is background). A suspected financier arrested in Maastricht, the Netherlands, by the Dutch police -> 'police', coded to NL. The European arrest warrant is a follow-up."),
]
