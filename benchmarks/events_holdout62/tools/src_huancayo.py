"""Authoring source of benchmarks/events_holdout62 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Huancayo, Peru cluster (holdout62-016 to 020; English and French),
two suicide bombers on Sunday 18 October 2026 at two sites of one town (the
edge of the Plaza de la Constitución during the Sunday flag-raising parade
and an entrance of the Modelo market, about 500 m and six minutes apart): an
English wire with a first report (016), a French agency dispatch on the
claim and arrests ("dépêche", fr 017), the newsletter of a French amateur
theatre company touring Peru ("lettre d'information d'une troupe de théâtre
amateur", fr 018), the newsletter of a knitting circle in Lyon ("lettre d'un
cercle de tricot", fr 019) and a hospice charity shop's notice to customers
and volunteers in England (020). Peru is UTC-5, France UTC+2 until 25
October and UTC+1 after, England UTC+1 until 25 October and UTC+0 after: every publication
time here is between 09:00 and 21:00 UTC, so every local date (Peru's,
France's and England's) is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout62")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout62-016
ARTICLES.append(A(16, "en", "article", "2026-10-18T21:00:00Z",
"Twin suicide bombing kills at least seven in Peru's Huancayo",
"""
HUANCAYO, Peru (Andes Wire) - Two suicide bombers struck the main square and a market in the Peruvian highland city of Huancayo on Sunday morning, killing at least seven people, including the two attackers, and wounding dozens, police said.

The first man detonated an explosive belt at about 10:30 a.m. at the edge of the Plaza de la Constitución, where some 2,000 people were watching the weekly flag-raising parade. Six minutes later the second blew himself up at an entrance of the Modelo market, roughly 500 metres away.

"The band stopped playing, and then there was a second bang," said Rosa Quispe Lazo, 58, who sells potatoes at 2.50 soles a kilo.

No one has claimed the attack. The interior minister said in Lima that it "could bear the hallmarks" of the remnants of the Shining Path in the VRAEM, the coca-growing valleys some 200 km to the east, but declined to speculate further.

Huancayo, a city of about 500,000 people at 3,250 metres, was spared the worst of the insurgency of the 1980s and 1990s. The last bombing in the region came in 2018, when a dynamite charge exploded outside a police post in Pampas, in neighbouring Huancavelica, wounding three officers.

The regional hospital declared an emergency, and an air force plane flew nine of the most badly injured to Lima, an eight-hour drive away over a pass at 4,818 metres. The central highway was closed for two hours to let ambulances through.

The government sent 1,200 police officers to the city and declared a state of emergency in the Junín region for 30 days. Schools will stay closed on Monday, and the regional football derby, expected to draw 12,000 fans, was postponed.
"""))
GOLD += [
E(16, ["Two suicide bombers struck the main square and a market", "The first man detonated an explosive belt", "the second blew himself up", "the attack"],
  "SUI", "2026-10-18", "day", "Huancayo", "PE", 7, 12, "at_least", None, None, False,
  "Wire of Sunday 18 October 2026 (16:00 in Huancayo); 'on Sunday morning' = the publication day. Two sites of one town (the edge of the Plaza de la Constitución and the Modelo market, 'roughly 500 metres' and six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people, including the two attackers' -> killed 7 (bombers inside), at_least; 'wounding dozens' -> injured 12 (dev table: 'dozens' = 12, at_least; the qualifier describes the killed figure). 'No one has claimed the attack'; 'could bear the hallmarks' of the Shining Path is speculation -> perpetrator null. '10:30 a.m.', 'some 2,000 people', 'Six minutes', '500 metres', '58' (an age), '2.50 soles', '200 km', '500,000 people', '3,250 metres', '1980s and 1990s', 'nine of the most badly injured' (a subset), 'eight-hour', '4,818 metres', 'two hours', '1,200 police officers', '30 days', '12,000 fans' are not casualties."),
E(16, ["a dynamite charge exploded outside a police post in Pampas"],
  "IED", "2018-01-01", "year", "Pampas", "PE", None, 3, "exact", None, None, True,
  "'in 2018' -> year, background. A dynamite charge set off outside a police post -> Remote explosive/landmine/IED; no author named -> null. 'wounding three officers' -> injured 3 (number word), exact. Pampas, in Huancavelica region -> PE."),
]

# -------------------------------------------------------------- holdout62-017
ARTICLES.append(A(17, "fr", "article", "2026-10-20T17:00:00Z",
"Pérou : le Sentier lumineux revendique l'attentat de Huancayo",
"""
HUANCAYO (Pérou), 20 octobre 2026 (Agence Andes Presse) - Le Parti communiste du Pérou militarisé, héritier du Sentier lumineux dans la vallée du VRAEM, a revendiqué mardi le double attentat-suicide de dimanche à Huancayo, dans une vidéo qui se félicite d'avoir tué « plus de cent ennemis du peuple ». Le ministère de l'Intérieur juge la vidéo « authentique ».

Le bilan officiel est de treize morts, sans compter les deux kamikazes, et de 64 blessés. Un policier de 27 ans, touché sur la place de la Constitution, a succombé lundi à l'hôpital régional.

Les Comandos de la Frontera, un groupe dissident des FARC actif à la frontière colombienne, ont démenti avoir fourni les explosifs. Selon un enquêteur, les deux kamikazes, âgés de 21 et 24 ans, « pourraient avoir été entraînés » dans un camp du VRAEM.

Dimanche soir, la police antiterroriste (Dircote) a arrêté deux hommes dans une maison de Concepción, à 25 km au nord de Huancayo, où elle a saisi 8 kilos de dynamite et des détonateurs. Lundi, un mineur de 39 ans, soupçonné d'avoir fourni la dynamite, a été interpellé à La Oroya. Une vingtaine d'habitants de Concepción, entendus lundi par les enquêteurs, ont été relâchés dans la soirée.

La région n'avait pas connu de tel attentat depuis des décennies. En 2018, une charge de dynamite avait blessé trois policiers devant un poste de Pampas, dans la région voisine de Huancavelica.

À Huancayo, ville de 500 000 habitants, le marché Modelo a rouvert mardi à 6 heures, mais 120 de ses 900 étals restent fermés. L'état d'urgence, décrété pour 30 jours, permet à l'armée de patrouiller avec la police. Les écoles rouvriront mercredi. La compagnie de bus Cruz del Centro a annulé ses départs de 22 heures vers Lima jusqu'à vendredi.
"""))
GOLD += [
E(17, ["le double attentat-suicide de dimanche à Huancayo"],
  "SUI", "2026-10-18", "day", "Huancayo", "PE", 15, 64, "exact", "Shining Path", "Shining Path", False,
  "Dispatch of Tuesday 20 October (12:00 in Huancayo); 'de dimanche' -> 18 October. Two sites of one town -> ONE event. 'treize morts, sans compter les deux kamikazes, et de 64 blessés' -> killed 13 + 2 bombers = 15 (the bombers are added; the policeman of 27 who died Monday is inside the 13), injured 64, exact. Claimed 'mardi' by 'Le Parti communiste du Pérou militarisé, héritier du Sentier lumineux' (the Shining Path's remnant -> canonical 'Shining Path'), the video judged « authentique » -> claimant and perpetrator; its « plus de cent ennemis du peuple » is never used. The Comandos de la Frontera's denial is not a claim; « pourraient avoir été entraînés » is speculation. '27 ans', '21 et 24 ans', '25 km', '8 kilos', '39 ans', 'Une vingtaine d'habitants' (heard and released), '500 000 habitants', '6 heures', '120 de ses 900 étals', '30 jours', '22 heures' are not casualties."),
E(17, ["la police antiterroriste (Dircote) a arrêté deux hommes dans une maison de Concepción"],
  "ARR", "2026-10-18", "day", "Concepción", "PE", None, None, None, "police", None, False,
  "'Dimanche soir' vs Tuesday 20 October -> 18 October, the evening of the bombing. The counter-terrorism police -> 'police'. The dynamite and detonators seized in the house belong to the arrest (no separate Disrupted weapons use). The twenty residents 'entendus ... relâchés' are not arrested."),
E(17, ["un mineur de 39 ans, soupçonné d'avoir fourni la dynamite, a été interpellé à La Oroya"],
  "ARR", "2026-10-19", "day", "La Oroya", "PE", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 20 October -> 19 October. The cluster's suspected facilitator (a miner suspected of supplying the dynamite), arrested in La Oroya. No force named in the sentence; the Dircote of the previous sentence -> 'police'."),
E(17, ["une charge de dynamite avait blessé trois policiers devant un poste de Pampas"],
  "IED", "2018-01-01", "year", "Pampas", "PE", None, 3, "exact", None, None, True,
  "'En 2018' -> year, background (the charge of holdout62-016). 'avait blessé trois policiers' -> injured 3, exact; author null."),
]

# -------------------------------------------------------------- holdout62-018
ARTICLES.append(A(18, "fr", "article", "2026-10-23T14:00:00Z",
"La Gazette des Tréteaux : notre tournée péruvienne s'arrête",
"""
LA GAZETTE DES TRÉTEAUX - Lettre d'information de la troupe de théâtre amateur Les Tréteaux de Saône, n° 48. Huancayo, le vendredi 23 octobre 2026.

Chers adhérents, chers amis,

Notre tournée au Pérou s'arrête plus tôt que prévu. Nous devions jouer « Le Malade imaginaire », en espagnol, mercredi soir au théâtre municipal de Huancayo : 420 places, toutes vendues à 15 soles. Dimanche matin, à moins d'un kilomètre de notre hôtel, deux kamikazes se sont fait exploser sur la place de la Constitution et à l'entrée du marché Modelo. Les quatorze comédiens et techniciens de la troupe vont bien.

Le bilan est aujourd'hui de seize morts, kamikazes compris, et de 64 blessés. Parmi les morts, Milagros, 19 ans, qui devait jouer Toinette dans notre atelier avec les jeunes de la ville : elle est morte mercredi à l'hôpital. L'attentat a été revendiqué mardi par le Sentier lumineux.

Mercredi, nous avons vu passer sous nos fenêtres le cortège de quelque 600 commerçants du marché, qui marchaient vers la préfecture pour réclamer la réouverture de leurs étals. La police l'a dispersé à coups de gaz lacrymogène et de matraque, et cinq manifestants ont été blessés. Jeudi, en revanche, plus de 20 000 habitants ont défilé en silence, bougies à la main, de la cathédrale à la place, derrière une banderole « Huancayo sin miedo ». Nous y étions, avec nos costumes noirs.

Ce qui change :
- les trois représentations de Cusco, du 28 au 30 octobre, sont annulées ;
- notre retour est avancé au lundi 26 octobre, vol de 23 h 55 pour Madrid, puis Lyon le 27 à 19 h 10 ;
- les recettes perdues, 1 260 euros, seront couvertes par l'assurance ;
- la cagnotte pour les familles a déjà réuni 2 300 euros ; vous pouvez encore donner jusqu'au 15 novembre.

L'assemblée générale aura lieu le samedi 14 novembre à 18 h 30, salle des fêtes de Caluire. Les répétitions reprennent le mardi 3 novembre à 20 heures.

Merci pour vos messages. À très vite,

Hélène Duroc, présidente
"""))
GOLD += [
E(18, ["deux kamikazes se sont fait exploser sur la place de la Constitution et à l'entrée du marché Modelo", "L'attentat a été revendiqué"],
  "SUI", "2026-10-18", "day", "Huancayo", "PE", 16, 64, "exact", "Shining Path", "Shining Path", False,
  "Newsletter of Friday 23 October, written in Huancayo; 'Dimanche matin' -> 18 October. Two sites of one town -> ONE event. 'seize morts, kamikazes compris, et de 64 blessés' (Milagros, 19, who died Wednesday, is inside) -> killed 16 (bombers inside), injured 64, exact. 'revendiqué mardi par le Sentier lumineux', undisputed -> 'Shining Path', claimant and perpetrator. 'n° 48', '420 places', '15 soles', 'un kilomètre', 'quatorze comédiens', '19 ans', '600 commerçants' (marchers), '20 000 habitants' (marchers), 'trois représentations', '28 au 30 octobre', '26 octobre', '23 h 55', '27 à 19 h 10', '1 260 euros', '2 300 euros', '15 novembre', '14 novembre', '18 h 30', '3 novembre', '20 heures' are not casualties."),
E(18, ["le cortège de quelque 600 commerçants du marché"],
  "PI", "2026-10-21", "day", "Huancayo", "PE", None, 5, "exact", None, None, False,
  "'Mercredi' vs Friday 23 October -> 21 October. A march of market traders to the prefecture with a demand (reopening their stalls), dispersed by the police 'à coups de gaz lacrymogène et de matraque' -> Protests / Protest with intervention, perpetrator null (dev). 'cinq manifestants ont été blessés' -> injured 5, exact. '600' counts marchers."),
E(18, ["plus de 20 000 habitants ont défilé en silence"],
  "PP", "2026-10-22", "day", "Huancayo", "PE", None, None, None, None, None, False,
  "'Jeudi' vs Friday 23 October -> 22 October. A silent march from the cathedral to the square behind a banner with a message ('Huancayo sin miedo'), no incident -> Peaceful protest, perpetrator null. '20 000' counts marchers."),
]

# -------------------------------------------------------------- holdout62-019
ARTICLES.append(A(19, "fr", "article", "2026-10-26T09:00:00Z",
"Les Aiguilles de la Croix-Rousse : la lettre de fin octobre",
"""
LES AIGUILLES DE LA CROIX-ROUSSE - Lettre du cercle de tricot, Lyon, lundi 26 octobre 2026.

Bonjour à toutes et à tous,

Une triste nouvelle d'abord. Depuis 2019, notre laine d'alpaga vient de la coopérative de fileuses Warmi Maki, à Hualhuas, près de Huancayo, au Pérou. Sa présidente, doña Eulalia Huamán, nous écrit que l'une des fileuses, Teodora, 44 ans, a été tuée le 18 octobre dans le double attentat-suicide du marché Modelo et de la place de la Constitution, où elle vendait nos écharpes. Le bilan est de seize morts, les deux kamikazes compris, et de 64 blessés. L'attentat a été revendiqué par le Sentier lumineux.

Doña Eulalia raconte aussi que le chauffeur de la coopérative, qui livrait nos pelotes à l'aéroport, a été arrêté samedi à Jauja par la police, puis relâché dimanche sans inculpation. Les deux fileuses qui voyageaient avec lui ont été entendues deux heures comme témoins, puis sont rentrées chez elles. Notre commande de 40 kilos de laine aura donc au moins trois semaines de retard.

Vie du cercle :
- jeudi 5 novembre, 14 heures : atelier torsades, aiguilles de 4 mm, prévoir 2 pelotes de 50 g ;
- le bonnet « Andes » du mois : montez 96 mailles et tricotez 12 rangs de côtes 2/2 ;
- la pelote d'alpaga passe de 5,90 € à 6,50 €, la cotisation annuelle reste à 25 € ;
- la cagnotte pour la famille de Teodora : 38 adhérentes ont déjà donné 760 €, et nous tricoterons 30 bonnets pour l'école de Hualhuas ;
- marché de Noël de la mairie du 4e arrondissement : stand n° 12, les 5 et 6 décembre, de 10 heures à 18 heures.

Nous pensons fort à nos amies de Hualhuas, qui ont filé pour nous plus de 300 kilos de laine en sept ans.

Permanence : 04 78 29 61 05, le mardi et le jeudi de 10 heures à midi.

Amitiés tricotées,

Josiane Berthier, pour le bureau
"""))
GOLD += [
E(19, ["le double attentat-suicide du marché Modelo et de la place de la Constitution", "L'attentat a été revendiqué"],
  "SUI", "2026-10-18", "day", "Huancayo", "PE", 16, 64, "exact", "Shining Path", "Shining Path", False,
  "Newsletter of Monday 26 October; 'le 18 octobre' -> 18 October, eight days before -> current. Two sites of one town (the Modelo market and the Plaza de la Constitución, both in Huancayo; the text names the sites, not the town, for the bombing) -> ONE event coded to Huancayo. 'seize morts, les deux kamikazes compris, et de 64 blessés' -> killed 16 (bombers inside; the spinner Teodora, 44, is inside), injured 64, exact. 'revendiqué par le Sentier lumineux', undisputed -> 'Shining Path', claimant and perpetrator. '2019', '44 ans', 'deux heures', '40 kilos', 'trois semaines', '5 novembre', '14 heures', '4 mm', '2 pelotes de 50 g', '96 mailles', '12 rangs', '2/2', '5,90 €', '6,50 €', '25 €', '38 adhérentes', '760 €', '30 bonnets', '4e', 'n° 12', '5 et 6 décembre', '10 heures à 18 heures', '300 kilos', 'sept ans', '04 78 29 61 05' are not casualties."),
E(19, ["le chauffeur de la coopérative, qui livrait nos pelotes à l'aéroport, a été arrêté samedi à Jauja"],
  "ARR", "2026-10-24", "day", "Jauja", "PE", None, None, None, "police", None, False,
  "'samedi' vs Monday 26 October -> 24 October. 'par la police' -> 'police'. 'relâché dimanche sans inculpation': a release without charge does not undo the arrest and is not an event. The two spinners 'entendues deux heures comme témoins' are not arrested."),
]

# -------------------------------------------------------------- holdout62-020
ARTICLES.append(A(20, "en", "article", "2026-10-29T09:00:00Z",
"Shop notice: Peru collection and new opening hours",
"""
ST AIDAN'S HOSPICE SHOP, MARKET STREET, KESWICK - NOTICE TO CUSTOMERS AND VOLUNTEERS. Thursday 29 October 2026.

Many of you know our Saturday volunteer, Lucía Ramos, who comes from Huancayo in Peru. Her nephew, a police officer aged 27, was among the people killed in the suicide bombing there on 18 October, which has now claimed 16 lives, counting the two bombers, and left 64 injured. The attack was claimed by the Shining Path, a Maoist group many of us thought had vanished in the 1990s.

Lucía's family tell her that the two men arrested in Concepción on the night of the bombing have been charged with terrorism and ordered held for 18 months before trial, and that a miner detained in La Oroya the following day is also in prison. She thanks everyone who has stopped by the counter to give her a hug.

OUR COLLECTION. The collection tin by the till has raised £2,115 so far. It will stay out until 30 November. Every penny will be sent to the families through the parish of Huancayo's cathedral. We will sell the Peruvian knitwear that Lucía's friends have donated: jumpers at £6, ponchos at £12.

OPENING HOURS. From Monday 2 November the shop will open from 9:30 a.m. to 4:30 p.m., Monday to Saturday. We will be closed on Sundays.

DONATIONS. Please bring donations to the bay behind the shop, not to the front door, no more than 6 bags at a time. We cannot take electrical items, cot mattresses or car seats.

VOLUNTEERS. We need 3 more volunteers for Tuesday afternoons. Training takes 2 hours and is given by our manager.

GIFT AID. If you pay UK tax, sign up for Gift Aid: every £1 you give becomes £1.25 for the hospice at no extra cost.

POPPIES. Remembrance poppies will be on sale from Friday 30 October.

Questions: Anne Fletcher, shop manager, 017687 72 390.
"""))
GOLD += [
E(20, ["the suicide bombing there on 18 October", "The attack was claimed", "the bombing"],
  "SUI", "2026-10-18", "day", "Huancayo", "PE", 16, 64, "exact", "Shining Path", "Shining Path", False,
  "Shop notice of Thursday 29 October (GMT); 'on 18 October' -> 18 October, 11 days before -> current. 'there' = Huancayo, named just before. 'claimed 16 lives, counting the two bombers, and left 64 injured' -> killed 16 (bombers inside: 'counting' includes them), injured 64, exact; the nephew of 27 is inside. 'The attack was claimed by the Shining Path', undisputed -> claimant and perpetrator. 'the bombing' (in 'on the night of the bombing') also names it. '27' (an age), '1990s', '18 months', '£2,115', '30 November', '£6', '£12', '2 November', '9:30 a.m. to 4:30 p.m.', '6 bags', '3 more volunteers', '2 hours', '£1', '£1.25', '30 October', '017687 72 390' are not casualties."),
E(20, ["the two men arrested in Concepción"],
  "ARR", "2026-10-18", "day", "Concepción", "PE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout62-017: 'on the night of the bombing' -> 18 October. Told through its judicial follow-up ('charged with terrorism and ordered held for 18 months before trial') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(20, ["a miner detained in La Oroya the following day"],
  "ARR", "2026-10-19", "day", "La Oroya", "PE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout62-017: 'the following day' after the night of 18 October -> 19 October. 'is also in prison' is a follow-up. No force named -> 'police'."),
]
