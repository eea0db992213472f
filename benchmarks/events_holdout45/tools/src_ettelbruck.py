"""Authoring source of benchmarks/events_holdout45 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ettelbruck, Luxembourg cluster (holdout45-001 to 005; French and
English), two suicide bombers on Saturday 18 April 2026 at two sites of one
town (the forecourt of the railway station and the weekly market in the
Grand-Rue, about 600 m and six minutes apart): a French agency dispatch with
a first report (fr 001), the English closure notice of a town museum (002),
an explanation for children in a young readers' paper ("explication pour les
enfants", fr 003), an English wire on the claim and an arrest in Germany
(004) and a customs notice of seizures at the Schengen crossing ("avis des
douanes", fr 005). Luxembourg is UTC+2 in April: every publication time
here is between 06:00 and 13:00 UTC, so every local date is the UTC date.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout45")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout45-001
ARTICLES.append(A(1, "fr", "article", "2026-04-18T13:00:00Z",
"Luxembourg : double attentat-suicide à Ettelbruck, au moins neuf morts",
"""
ETTELBRUCK, (Agence Ardennes-Moselle Presse) - Deux kamikazes se sont fait exploser samedi matin à six minutes d'intervalle dans le centre d'Ettelbruck, dans le nord du Luxembourg, tuant au moins sept personnes, sans compter les deux assaillants, et faisant des dizaines de blessés, selon un premier bilan de la Police grand-ducale.

Le premier homme a actionné sa ceinture d'explosifs vers 10 h 12 sur le parvis de la gare, où des dizaines de voyageurs attendaient le train de 10 h 20 pour Luxembourg-Ville. Le second s'est fait sauter à 10 h 18 au milieu du marché hebdomadaire de la Grand-Rue, à environ 600 mètres de là, alors que la foule fuyait dans cette direction.

« J'ai entendu un premier boum, puis tout le monde a couru vers le marché », raconte Paulo, 46 ans, qui tient un stand de fromages au numéro 31. « Le deuxième a explosé au milieu des gens. »

Aucune revendication n'avait été reçue en milieu d'après-midi. Selon une source proche de l'enquête, l'attaque « pourrait porter la marque de l'État islamique », mais « aucune piste n'est écartée ».

Le Grand-Duché, qui compte quelque 680 000 habitants, n'avait jamais connu de violence de cette ampleur. En 2018, un engin artisanal avait explosé devant un café de Diekirch, à 5 km de là, blessant deux clients ; l'auteur n'a jamais été identifié.

Le gouvernement a activé son plan d'urgence et convoqué un conseil extraordinaire à 17 heures. Les trains sont interrompus entre Mersch et Kautenbach, et l'autoroute du Nord est fermée. Quelque 300 policiers ont été déployés dans la région. Le Centre hospitalier du Nord, qui compte 250 lits, a déclenché son plan blanc et appelle les donneurs de sang à se présenter dès ce soir. Un numéro pour les familles, le 8002 1818, a été ouvert.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a actionné sa ceinture d'explosifs", "Le second s'est fait sauter", "l'attaque"],
  "SUI", "2026-04-18", "day", "Ettelbruck", "LU", 9, 12, "at_least", None, None, False,
  "Agency dispatch of Saturday 18 April 2026 (15:00 in Luxembourg); 'samedi matin' = the publication day. Two sites of one town (the station forecourt and the Grand-Rue market, 'environ 600 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept personnes, sans compter les deux assaillants' -> killed 7 + 2 bombers = 9, at_least (the bombers are added); 'des dizaines de blessés' -> injured 12 (dev table: 'des dizaines' = 12 at_least; the qualifier describes the killed figure). No claim; « pourrait porter la marque de l'État islamique » is speculation -> perpetrator null. 'des dizaines de voyageurs' (people waiting), '10 h 12', '10 h 20', '10 h 18', '600 mètres', '46 ans', 'numéro 31', '680 000 habitants', '5 km', '17 heures', '300 policiers', '250 lits', '8002 1818' are not casualties. 'violence de cette ampleur' is generic."),
E(1, ["un engin artisanal avait explosé devant un café de Diekirch"],
  "IED", "2018-01-01", "year", "Diekirch", "LU", None, 2, "exact", None, None, True,
  "'En 2018' -> year, background. A homemade device -> Remote explosive/landmine/IED; 'l'auteur n'a jamais été identifié' -> perpetrator null. 'blessant deux clients' -> injured 2 (number word), exact; killed null (not stated). '5 km' is a distance."),
]

# -------------------------------------------------------------- holdout45-002
ARTICLES.append(A(2, "en", "article", "2026-04-19T08:00:00Z",
"Rural life museum closed until Wednesday",
"""
MUSÉE DE LA VIE RURALE DU NORD - ETTELBRUCK. CLOSURE NOTICE No. 2 (English version), issued Sunday 19 April 2026 at 10:00. Replaces notice No. 1 of Saturday 18 April, 19:00.

CLOSURE. Following yesterday's twin suicide bombing on the railway station forecourt and in the Grand-Rue market, the museum will remain closed until Wednesday 22 April inclusive. The building, at 14 rue du Canal, some 250 metres from the station, was not damaged, but the police cordon still blocks our entrance.

TOLL. Notice No. 1 cited at least nine deaths. The Grand Ducal Police now report 12 people killed, including the two bombers, and 41 injured. One of the injured, Marguerite Schmit, 71, a retired teacher who had guided our school groups for 15 years, died overnight at the Centre hospitalier du Nord. Our thoughts are with her family and with all the victims.

INVESTIGATION. The police announced this morning that two men were arrested in Wiltz late on Saturday, about 20 km to the north-west. Our caretaker, who lives above the station café, was questioned by the police for six hours yesterday and released; he is not a suspect.

BOOKINGS. Visits booked for 19 to 22 April (14 groups, 386 visitors) are cancelled and will be refunded in full. Tickets bought online (adults EUR 7, under-18s free) remain valid until 31 December 2026. The temporary exhibition "A Century of Tractors" (112 objects, room 4) is extended to 30 June. The lecture planned in our 60-seat auditorium on Tuesday is postponed.

CONTACT. Reception: +352 81 92 40, Monday to Friday, 9:00 to 17:00. Emails are answered within 48 hours.

On Tuesday, from 8:00 to 14:00, the museum café will host a Red Cross blood drive; more than 300 donors have already signed up.

The staff and the 23 volunteers of the museum thank you for your understanding.
"""))
GOLD += [
E(2, ["yesterday's twin suicide bombing"],
  "SUI", "2026-04-18", "day", "Ettelbruck", "LU", 12, 41, "exact", None, None, False,
  "Notice of Sunday 19 April; 'yesterday' -> Saturday 18 April. Two sites of one town -> ONE event coded to Ettelbruck. The toll is revised inside: notice No. 1's 'at least nine deaths' is superseded by '12 people killed, including the two bombers, and 41 injured' -> killed 12 (bombers inside; Marguerite Schmit, 71, who 'died overnight', is inside the police figure), injured 41, exact. No claim, no group named -> perpetrator null. 'No. 2', '10:00', 'No. 1', '19:00', '14 rue du Canal', '250 metres', '71', '15 years', '20 km', 'six hours', '14 groups, 386 visitors', 'EUR 7', 'under-18s', '112 objects', 'room 4', '60-seat', '+352 81 92 40', '9:00 to 17:00', '48 hours', '8:00 to 14:00', '300 donors', '23 volunteers' are not casualties."),
E(2, ["two men were arrested in Wiltz late on Saturday"],
  "ARR", "2026-04-18", "day", "Wiltz", "LU", None, None, None, "police", None, False,
  "'late on Saturday' vs Sunday 19 April -> 18 April, the day of the bombing. Announced by the Grand Ducal Police -> 'police'; coded to Wiltz, where the arrest took place. The caretaker 'questioned by the police for six hours yesterday and released' is not arrested."),
]

# -------------------------------------------------------------- holdout45-003
ARTICLES.append(A(3, "fr", "article", "2026-04-22T06:00:00Z",
"Des bombes à Ettelbruck : on t'explique",
"""
LE PETIT JOURNAL DES CURIEUX - l'actualité expliquée aux 8-12 ans. Édition du mercredi 22 avril 2026.

Que s'est-il passé ? Samedi matin, à Ettelbruck, une petite ville du nord du Luxembourg, deux hommes ont fait exploser des bombes qu'ils portaient sur eux : l'un devant la gare, l'autre au marché, six minutes plus tard. On appelle ça un attentat-suicide, parce que les auteurs meurent eux aussi.

Combien de victimes ? Lundi, une dame blessée est morte à l'hôpital. Il y a maintenant treize morts en tout, en comptant les deux hommes qui portaient les bombes, et 41 blessés. Certains sont encore soignés au Centre hospitalier du Nord.

Qui a fait ça ? Hier, mardi, un groupe terroriste, l'État islamique, a affirmé que c'était lui. On appelle ça une revendication. La police pense qu'elle est sérieuse. Un terroriste, c'est quelqu'un qui veut faire peur à tout le monde en faisant du mal, pour imposer ses idées.

Et la police ? Le soir même, les policiers ont arrêté deux hommes à Wiltz, une ville à une vingtaine de kilomètres. Ils sont soupçonnés d'avoir aidé les auteurs. Être arrêté ne veut pas dire être coupable : c'est un juge qui décidera.

Et les gens ? Dimanche, plus de 6 000 personnes ont marché en silence dans les rues d'Ettelbruck, avec des fleurs blanches, pour dire « Nous n'avons pas peur ». Ta classe a peut-être fait une minute de silence lundi à 10 h 12, l'heure de la première explosion.

Tu as peur ? C'est normal. Parles-en avec un adulte. Tu peux aussi appeler gratuitement le 8002 4040, de 14 heures à 20 heures. Évite les vidéos qui circulent : elles peuvent choquer.

Le mot de la semaine : « kamikaze ». Ce mot japonais veut dire « vent divin ». À la fin de la Seconde Guerre mondiale, de 1944 à 1945, de jeunes pilotes japonais lançaient leur avion contre les navires ennemis.

Notre quiz : réponds aux 5 questions de la page 4 et gagne l'un des 20 livres offerts !
"""))
GOLD += [
E(3, ["deux hommes ont fait exploser des bombes qu'ils portaient sur eux", "un attentat-suicide", "la première explosion"],
  "SUI", "2026-04-18", "day", "Ettelbruck", "LU", 13, 41, "exact", "Islamic State", "Islamic State", False,
  "Children's explainer of Wednesday 22 April; 'Samedi matin' -> 18 April. Two sites of one town ('l'un devant la gare, l'autre au marché, six minutes plus tard') -> ONE event. 'On appelle ça un attentat-suicide' names this event. 'une dame blessée est morte' on Monday: 'treize morts en tout, en comptant les deux hommes qui portaient les bombes, et 41 blessés' -> killed 13 (bombers inside), injured 41, exact. Claimed 'Hier, mardi' (21 April) by « l'État islamique », judged « sérieuse » by the police -> claimant and perpetrator 'Islamic State'. '8-12 ans', 'six minutes', 'une vingtaine de kilomètres', '6 000 personnes' (marchers), '10 h 12', '8002 4040', '14 heures à 20 heures', '5 questions', 'page 4', '20 livres' are not casualties. The WWII kamikaze pilots '(de 1944 à 1945)' are a generic historical reference, not an event."),
E(3, ["les policiers ont arrêté deux hommes à Wiltz"],
  "ARR", "2026-04-18", "day", "Wiltz", "LU", None, None, None, "police", None, False,
  "Restates the arrest of holdout45-002: 'Le soir même' = the evening of the bombing, Saturday 18 April. 'les policiers' -> 'police'. 'une vingtaine de kilomètres' is a distance."),
E(3, ["plus de 6 000 personnes ont marché en silence dans les rues d'Ettelbruck"],
  "PP", "2026-04-19", "day", "Ettelbruck", "LU", None, None, None, None, None, False,
  "'Dimanche' vs Wednesday 22 April -> 19 April. A silent march with a message (« Nous n'avons pas peur »), no incident -> Peaceful protest, perpetrator null. '6 000' counts marchers. The minute of silence on Monday is not coded."),
]

# -------------------------------------------------------------- holdout45-004
ARTICLES.append(A(4, "en", "article", "2026-04-23T10:00:00Z",
"Islamic State claims Luxembourg bombing; German police hold van renter",
"""
ETTELBRUCK, Luxembourg (Benelux Wire) - Islamic State's Khorasan branch has claimed responsibility for Saturday's twin suicide bombing in the Luxembourg town of Ettelbruck, and German police arrested a man in Trier on Wednesday on suspicion of renting the van the bombers used, prosecutors said on Thursday.

The claim, posted on Tuesday on a channel used by the group, boasted of "more than 50 crusaders killed". Luxembourg's state prosecutor said it was credible. Hurras al-Din, an al-Qaeda-aligned group that some commentators had named, denied any role.

The toll stands at 13 dead, including the two bombers, and 41 wounded, six of them still in intensive care. A 58-year-old market trader died of her wounds on Monday.

Investigators believe the bombers, two brothers aged 24 and 27, "may have been" radicalised in Belgium, a police official said, without giving details.

The man held in Trier, a 35-year-old German national, is suspected of renting a white van in his name on April 9 and handing it over in a supermarket car park. One of the two men arrested in Wiltz on the night of the bombing was charged on Tuesday with terrorist murder and remanded in custody; the other is still being questioned.

On Sunday, more than 6,000 people walked silently through Ettelbruck behind a banner reading "Not afraid".

Luxembourg had not seen a deadly attack in decades. In 2018, a homemade device exploded outside a cafe in Diekirch, injuring two people.

Train services between Mersch and Kautenbach resumed on Wednesday, and the town's nine schools reopen on Monday. The government has set up a EUR 2 million fund for victims. The Grand Ducal Police, which has about 2,500 officers, said 400 of them had been moved to the north.
"""))
GOLD += [
E(4, ["Saturday's twin suicide bombing", "the night of the bombing"],
  "SUI", "2026-04-18", "day", "Ettelbruck", "LU", 13, 41, "exact", "Islamic State", "Islamic State", False,
  "Wire of Thursday 23 April; 'Saturday's' -> 18 April. 'The toll stands at 13 dead, including the two bombers, and 41 wounded' -> killed 13 (bombers inside; the market trader, 58, who died Monday is inside), injured 41, exact; 'six of them still in intensive care' is a subset. 'Islamic State's Khorasan branch has claimed responsibility' (Tuesday), judged 'credible' by the state prosecutor -> 'Islamic State' (regional branch, dev), claimant and perpetrator; the claim's 'more than 50 crusaders killed' is never used. Hurras al-Din's denial is not a claim; 'may have been radicalised' is speculation. 'the night of the bombing' names the bombing and is a separate trigger from the Wiltz arrest's 'One of the two men arrested in Wiltz'. 'aged 24 and 27', '35-year-old', 'April 9', '6,000 people' (marchers), 'nine schools', 'EUR 2 million', '2,500 officers', '400' are not casualties; 'a deadly attack in decades' is generic."),
E(4, ["German police arrested a man in Trier on Wednesday", "The man held in Trier"],
  "ARR", "2026-04-22", "day", "Trier", "DE", None, None, None, "police", None, False,
  "'on Wednesday' vs Thursday 23 April -> 22 April. The cluster's suspected facilitator (the man who rented the bombers' van), arrested in Germany -> DE; the German police -> 'police'."),
E(4, ["One of the two men arrested in Wiltz"],
  "ARR", "2026-04-18", "day", "Wiltz", "LU", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout45-002: 'on the night of the bombing' -> 18 April. 'charged on Tuesday with terrorist murder and remanded in custody' is the arrest's judicial follow-up, not a new event; 'the other is still being questioned' is the same arrest. No force named -> 'police' (the cluster's Grand Ducal Police)."),
E(4, ["more than 6,000 people walked silently through Ettelbruck"],
  "PP", "2026-04-19", "day", "Ettelbruck", "LU", None, None, None, None, None, False,
  "'On Sunday' vs Thursday 23 April -> 19 April: the silent march of holdout45-003, 'behind a banner reading \"Not afraid\"', no incident -> Peaceful protest, perpetrator null. '6,000' counts marchers."),
E(4, ["a homemade device exploded outside a cafe in Diekirch"],
  "IED", "2018-01-01", "year", "Diekirch", "LU", None, 2, "exact", None, None, True,
  "'In 2018' -> year, background (as in holdout45-001). Homemade device -> Remote explosive/landmine/IED, no author -> null. 'injuring two people' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout45-005
ARTICLES.append(A(5, "fr", "article", "2026-04-27T09:00:00Z",
"Douanes : des détonateurs saisis au pont de Schengen",
"""
ADMINISTRATION DES DOUANES ET ACCISES - AVIS N° 14/2026. Saisies au point de passage de Schengen, semaine du 20 au 26 avril 2026. Luxembourg, le lundi 27 avril 2026.

1. Détonateurs. Vendredi 24 avril, vers 6 h 40, une équipe mobile a contrôlé sur le pont de la Moselle, à Schengen, une camionnette immatriculée en France venant de Perl (Allemagne). Sous le plancher, les agents ont découvert 40 détonateurs électriques, 3 kg de poudre d'aluminium et 2 400 euros en espèces. Le conducteur, un homme de 31 ans, a été remis à la Police grand-ducale, qui l'a placé en état d'arrestation. Le parquet le soupçonne d'avoir livré une partie du matériel ayant servi au double attentat-suicide d'Ettelbruck du 18 avril, qui a fait treize morts, kamikazes compris, et 41 blessés, et que l'État islamique a revendiqué. Inculpé samedi par un juge d'instruction, il encourt trente ans de réclusion.

2. Suites. Le second des deux hommes arrêtés le 18 avril à Wiltz a été remis en liberté jeudi sans inculpation. Les trois passagers d'un autocar contrôlé mardi, entendus pendant quatre heures dans le cadre de la même enquête, ont été laissés libres.

3. Tabac et alcool. 1 250 cartouches de cigarettes, 86 kg de tabac à rouler et 420 litres de spiritueux ont été saisis dans cinq véhicules. Montant des droits éludés : 61 300 euros.

4. Contrôles renforcés. Depuis le 18 avril, 120 agents sont mobilisés aux frontières, contre 45 en temps normal. Attente moyenne au pont de Schengen : 25 minutes ; sur l'A13, jusqu'à 40 minutes aux heures de pointe.

5. Rappel. Chaque voyageur peut transporter jusqu'à 800 cigarettes et 10 litres de spiritueux pour son usage personnel. Toute somme de 10 000 euros ou plus doit être déclarée.

Pour signaler un fait suspect : 8002 2828 (appel gratuit, 24 heures sur 24).
"""))
GOLD += [
E(5, ["a été remis à la Police grand-ducale, qui l'a placé en état d'arrestation"],
  "ARR", "2026-04-24", "day", "Schengen", "LU", None, None, None, "police", None, False,
  "Customs notice of Monday 27 April; 'Vendredi 24 avril' -> 24 April. Customs officers found the detonators at the Schengen crossing and handed the driver to the Grand Ducal Police, 'qui l'a placé en état d'arrestation' -> Arrests by 'police', coded to Schengen (LU), where he was stopped. The detonators, aluminium powder and cash seized in the van belong to the arrest (dev), not a separate Disrupted weapons use. 'Inculpé samedi' is the follow-up. '6 h 40', '40 détonateurs', '3 kg', '2 400 euros', '31 ans', 'trente ans de réclusion' (a sentence) are not casualties."),
E(5, ["double attentat-suicide d'Ettelbruck du 18 avril"],
  "SUI", "2026-04-18", "day", "Ettelbruck", "LU", 13, 41, "exact", "Islamic State", "Islamic State", False,
  "'du 18 avril' -> 18 April, 9 days before -> current. 'treize morts, kamikazes compris, et 41 blessés' -> killed 13 (bombers inside), injured 41, exact. 'que l'État islamique a revendiqué', undisputed -> claimant and perpetrator 'Islamic State'."),
E(5, ["deux hommes arrêtés le 18 avril à Wiltz"],
  "ARR", "2026-04-18", "day", "Wiltz", "LU", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout45-002: 'le 18 avril' -> 18 April. 'Le second ... a été remis en liberté jeudi sans inculpation': a release without charge does not undo the arrest and is not an event. No force named -> 'police'. The three coach passengers 'entendus pendant quatre heures ... laissés libres' are questioned, not arrested. The tobacco and alcohol seizures ('1 250 cartouches', '86 kg', '420 litres', '61 300 euros') are customs matters, not events; '120 agents', '45', '25 minutes', '40 minutes', '800 cigarettes', '10 litres', '10 000 euros', '8002 2828' are not casualties."),
]
