"""Authoring source of benchmarks/events_holdout53 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Zouérat, Mauritania cluster (holdout53-011 to 015; French and
English), two suicide bombers at dawn on Thursday 3 September 2026 at two
sites of one town (the central market and the depot where the miners board
their buses, about 900 m and eight minutes apart): a French agency dispatch
with a first report (fr 011), a circular of a miners' union section to its
members ("circulaire d'une section syndicale", fr 012), an English wire on
the claim and the arrests (013), a quick note of a national statistics
institute ("note de l'institut de statistique", fr 014) and an English
policy note of a think tank ("note d'un think tank", 015). Mauritania is
UTC+0 all year, so every local date is the UTC date. The gold keeps the
French spellings with accents, "Zouérat" (English texts "Zouerat") and
"Fdérik", like the dev set's "Sévaré". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout53")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout53-011
ARTICLES.append(A(11, "fr", "article", "2026-09-03T11:00:00Z",
"Mauritanie : double attentat-suicide à Zouérat, au moins treize morts",
"""
ZOUÉRAT, (Agence Sahara Presse) - Deux kamikazes se sont fait exploser jeudi à l'aube, à huit minutes d'intervalle, au marché central de Zouérat et devant le dépôt des bus de la Compagnie minière du Tiris, dans le nord de la Mauritanie, tuant au moins onze personnes, sans compter les deux assaillants, et en blessant des dizaines d'autres, a indiqué le gouverneur de la wilaya du Tiris Zemmour.

Le premier assaillant a déclenché sa ceinture vers 6 h 50 au milieu des vendeurs de lait et de pain, alors que les mineurs de l'équipe du matin achetaient leur repas. Le second s'est fait exploser à 6 h 58 parmi les ouvriers qui montaient dans les bus pour les mines de la Kédia, à environ 900 mètres de là.

« Le bus numéro 17 était plein, il allait partir », a témoigné Sidi Mohamed, 31 ans, conducteur d'engins, blessé à l'épaule.

Aucune revendication n'avait été publiée en fin de matinée. Une source sécuritaire a estimé que l'attentat « pourrait porter la marque » d'Al-Qaïda au Maghreb islamique, sans autre précision.

Zouérat, ville d'environ 58 000 habitants située à 740 km au nord-est de Nouakchott, vit de l'extraction du fer. La région n'avait pas connu de violences depuis 2012, quand une grenade lancée contre un poste de gendarmerie à Fdérik, à une trentaine de kilomètres, avait blessé deux gendarmes.

Le train minéralier, long de près de 2,5 kilomètres, a été immobilisé à la sortie de la ville. Les autorités ont bouclé les accès à Zouérat et envoyé 600 gendarmes en renfort ; le vol régulier ZR 512 de 15 h 20 pour Nouakchott a été annulé. L'hôpital régional, qui compte 120 lits, a lancé un appel aux donneurs de sang de groupe O.

La Compagnie minière du Tiris, qui emploie 4 200 personnes sur le site, a suspendu l'équipe de l'après-midi. Les écoles de la ville, qui devaient rouvrir le 1er octobre après les vacances, resteront fermées une semaine de plus.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser jeudi à l'aube, à huit minutes d'intervalle", "Le premier assaillant a déclenché sa ceinture", "Le second s'est fait exploser", "l'attentat"],
  "SUI", "2026-09-03", "day", "Zouérat", "MR", 13, 12, "at_least", None, None, False,
  "Dispatch of Thursday 3 September 2026; 'jeudi à l'aube' = the publication day. Two sites of one town (the central market and the miners' bus depot, 'environ 900 mètres', 6 h 50 and 6 h 58) -> ONE Suicide bomb event coded to the town. First report: 'au moins onze personnes, sans compter les deux assaillants, et en blessant des dizaines d'autres' -> killed 11 + 2 = 13, at_least ('sans compter' adds the bombers); injured 12 ('des dizaines', dev table, at_least; the qualifier describes the killed figure). No claim; « pourrait porter la marque » d'Al-Qaïda au Maghreb islamique is speculation -> perpetrator null. '6 h 50', '6 h 58', '900 mètres', 'numéro 17', '31 ans', '58 000 habitants', '740 km', '2,5 kilomètres', '600 gendarmes', 'ZR 512', '15 h 20', '120 lits', '4 200 personnes', '1er octobre' are not casualties."),
E(11, ["une grenade lancée contre un poste de gendarmerie à Fdérik"],
  "GRN", "2012-01-01", "year", "Fdérik", "MR", None, 2, "exact", None, None, True,
  "'depuis 2012, quand' -> year 2012, background. A thrown grenade -> Grenade; no author named -> null. 'avait blessé deux gendarmes' -> injured 2, exact. 'une trentaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout53-012
ARTICLES.append(A(12, "fr", "article", "2026-09-05T09:00:00Z",
"Circulaire n° 14/2026 de la section de Zouérat de l'UTMM",
"""
UNION DES TRAVAILLEURS DES MINES DE MAURITANIE (UTMM) - SECTION DE ZOUÉRAT. CIRCULAIRE N° 14/2026 AUX ADHÉRENTS. Zouérat, le samedi 5 septembre 2026.

Camarades,

Jeudi 3 septembre, deux kamikazes ont frappé notre ville à l'heure de la relève : l'un au marché central, l'autre devant le dépôt des bus. Jeudi soir, le gouverneur annonçait dix-sept morts, kamikazes compris. Hier, notre camarade Ahmed Ould Cheikh, 45 ans, mécanicien au garage central, a succombé à ses blessures à Nouakchott. Le bilan est donc de dix-huit morts, dont les deux kamikazes, et de 64 blessés. Sept des morts et 29 des blessés sont des nôtres.

1. ARRESTATION. Notre camarade Brahim Salem, conducteur d'engins, a été interpellé jeudi soir à son domicile de Zouérat par la police, qui le soupçonnait d'avoir prêté son badge d'accès au dépôt. Il a été relâché hier sans qu'aucune charge soit retenue : son badge lui avait été volé. La section exige des excuses publiques. Douze autres camarades, entendus comme témoins jeudi, sont rentrés chez eux le soir même.

2. MARCHE. Hier, plus de 3 000 mineurs et habitants ont marché dans le calme du local syndical jusqu'au siège de la wilaya pour exiger la sécurisation des bus et des cités ouvrières. Le gouverneur a reçu une délégation de cinq membres du bureau.

3. TRAVAIL. Le travail reprend lundi 7 septembre avec l'équipe de 6 heures. L'équipe de nuit est suspendue jusqu'au 20 septembre. La direction a accepté une prime exceptionnelle de 15 000 ouguiyas et la présence de deux gardes armés dans chacun des 38 bus.

4. SOLIDARITÉ. Une cotisation exceptionnelle de 500 ouguiyas sera prélevée sur la paie de septembre, pour les familles de nos sept camarades. Les dons peuvent aussi être déposés au local, ouvert de 8 heures à 17 heures, ou envoyés au 46 12 38 90.

5. ASSEMBLÉE GÉNÉRALE. Elle se tiendra le jeudi 10 septembre à 17 heures au cinéma de la cité. Notre section compte 4 200 adhérents : venez nombreux.

Dans l'unité et la dignité.

Le secrétaire général de la section, Mohamed Lemine Ould Ahmed
"""))
GOLD += [
E(12, ["deux kamikazes ont frappé notre ville à l'heure de la relève"],
  "SUI", "2026-09-03", "day", "Zouérat", "MR", 18, 64, "exact", None, None, False,
  "Union circular of Saturday 5 September; 'Jeudi 3 septembre' -> 3 September. The market and the bus depot -> ONE event. The toll is revised inside: 'dix-sept morts, kamikazes compris' on Thursday evening (superseded) -> after a miner's death 'Hier' (Friday 4) 'dix-huit morts, dont les deux kamikazes, et de 64 blessés' -> killed 18 (bombers inside), injured 64, exact; 'Sept des morts et 29 des blessés sont des nôtres' are subsets. No claim named (the claim came on Sunday 6) -> perpetrator null. '14/2026', '45 ans', '6 heures', '20 septembre', '15 000 ouguiyas', 'deux gardes', '38 bus', '500 ouguiyas', '8 heures à 17 heures', '46 12 38 90', '10 septembre', '17 heures', '4 200 adhérents', 'cinq membres' are not casualties."),
E(12, ["Notre camarade Brahim Salem, conducteur d'engins, a été interpellé jeudi soir à son domicile de Zouérat"],
  "ARR", "2026-09-03", "day", "Zouérat", "MR", None, None, None, "police", None, False,
  "'jeudi soir' vs Saturday 5 September -> Thursday 3 September, the evening of the bombing. A crane operator arrested at home in Zouérat by 'la police' -> 'police'; 'relâché hier sans qu'aucune charge soit retenue': the release without charge does not undo the arrest. The twelve colleagues 'entendus comme témoins' are questioned, not arrested."),
E(12, ["plus de 3 000 mineurs et habitants ont marché dans le calme"],
  "PP", "2026-09-04", "day", "Zouérat", "MR", None, None, None, None, None, False,
  "'Hier' vs Saturday 5 September -> Friday 4 September. A march from the union hall to the governor's office with a demand (security of the buses and housing estates), 'dans le calme' -> Peaceful protest, perpetrator null. 'plus de 3 000' counts marchers."),
]

# -------------------------------------------------------------- holdout53-013
ARTICLES.append(A(13, "en", "article", "2026-09-07T10:00:00Z",
"AQIM claims Mauritania mining town bombing; guides held near Algerian border",
"""
ZOUERAT, Mauritania (Sahel Wire) - Al-Qaeda in the Islamic Maghreb has claimed last week's twin suicide bombing in the northern mining town of Zouerat, in a statement released on Sunday that boasted of "more than 60 crusaders and apostates" killed. Mauritania's interior ministry said the claim appeared authentic.

Islamic State's Sahel Province, which some officials had initially suspected, denied any role in a message posted on Sunday evening. The two bombers, both Mauritanians in their twenties, "may have been" trained in camps in northern Mali, a security official said.

The bombing on Thursday killed 18 people, including the two bombers, and wounded 64, a score of them seriously, at the central market and at the depot where miners board their buses.

Gendarmes on Saturday arrested two men in Bir Moghrein, 370 km to the north, suspected of guiding the bombers across the desert from the Algerian border, the ministry said. Algerian police arrested a man in Tindouf on Sunday who is suspected of supplying the explosives; Nouakchott has requested his extradition. A crane operator detained in Zouerat on Thursday evening was released without charge on Friday.

On Friday, more than 3,000 miners and residents marched peacefully to the governor's office to demand better protection for the mine buses.

Mauritania had been spared jihadist attacks for more than a decade. In 2012, a grenade thrown at a gendarmerie post in Fderik injured two gendarmes.

Iron ore trains resumed on Sunday. The 2.5-kilometre trains carry about 13 million tonnes a year to the port of Nouadhibou, some 700 km away, and ore accounts for nearly 40 percent of the country's exports. Mining resumes on Monday with an armed escort on each of the 38 buses, and the government has deployed 600 additional gendarmes to the region.
"""))
GOLD += [
E(13, ["last week's twin suicide bombing in the northern mining town of Zouerat", "The bombing on Thursday"],
  "SUI", "2026-09-03", "day", "Zouérat", "MR", 18, 64, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Wire of Monday 7 September; 'The bombing on Thursday' -> 3 September. The market and the bus depot -> ONE event. 'killed 18 people, including the two bombers, and wounded 64' -> killed 18, injured 64, exact; 'a score of them seriously' is a subset. 'Al-Qaeda in the Islamic Maghreb has claimed' it, 'appeared authentic' -> claimant and perpetrator (canonical name of earlier sets); the claim's 'more than 60 crusaders and apostates' is never used. Islamic State's Sahel Province denies (not a claim); 'may have been' is speculation. Gold spelling 'Zouérat' (English 'Zouerat'). '370 km', '3,000 miners' (marchers), '2.5-kilometre', '13 million tonnes', '700 km', '40 percent', '38 buses', '600 additional gendarmes' are not casualties."),
E(13, ["Gendarmes on Saturday arrested two men in Bir Moghrein"],
  "ARR", "2026-09-05", "day", "Bir Moghrein", "MR", None, None, None, "police", None, False,
  "'on Saturday' vs Monday 7 September -> 5 September. Two suspected guides (facilitators) arrested by gendarmes (gendarmerie is police, dev) -> 'police'."),
E(13, ["Algerian police arrested a man in Tindouf"],
  "ARR", "2026-09-06", "day", "Tindouf", "DZ", None, None, None, "police", None, False,
  "'on Sunday' vs Monday 7 September -> 6 September. The suspected explosives supplier, arrested in Tindouf, Algeria, by the Algerian police -> 'police', coded to DZ. The extradition request is a follow-up."),
E(13, ["A crane operator detained in Zouerat on Thursday evening"],
  "ARR", "2026-09-03", "day", "Zouérat", "MR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-012: 'on Thursday evening' -> 3 September. 'released without charge on Friday' does not undo the arrest. No force named -> 'police'."),
E(13, ["more than 3,000 miners and residents marched peacefully"],
  "PP", "2026-09-04", "day", "Zouérat", "MR", None, None, None, None, None, False,
  "'On Friday' vs Monday 7 September -> 4 September: the miners' march of holdout53-012, with a demand, 'peacefully' -> Peaceful protest, perpetrator null."),
E(13, ["a grenade thrown at a gendarmerie post in Fderik injured two gendarmes"],
  "GRN", "2012-01-01", "year", "Fdérik", "MR", None, 2, "exact", None, None, True,
  "'In 2012' -> year, background (as in holdout53-011). Grenade, no author -> null; 'injured two gendarmes' -> injured 2, exact. Gold spelling 'Fdérik' (English 'Fderik')."),
]

# -------------------------------------------------------------- holdout53-014
ARTICLES.append(A(14, "fr", "article", "2026-09-11T08:00:00Z",
"IMSEE : premiers effets économiques de l'attentat de Zouérat",
"""
INSTITUT MAURITANIEN DE LA STATISTIQUE ET DES ÉTUDES ÉCONOMIQUES (IMSEE). NOTE RAPIDE N° 9/2026. Nouakchott, le vendredi 11 septembre 2026.

Objet : premiers effets économiques du double attentat-suicide de Zouérat.

Résumé. Le double attentat-suicide du jeudi 3 septembre à Zouérat, qui a fait dix-huit morts, kamikazes compris, et soixante-quatre blessés, a été revendiqué par Al-Qaïda au Maghreb islamique. Ses effets économiques sont sensibles dans la wilaya du Tiris Zemmour, limités au niveau national.

1. Population. Zouérat compte 57 800 habitants (recensement de 2023), dont 38 % ont moins de 15 ans. Une enquête téléphonique menée du 7 au 9 septembre auprès de 412 ménages indique que 6 % d'entre eux ont quitté la ville au moins temporairement.

2. Production. L'extraction de minerai de fer a été interrompue pendant quatre jours. La perte est estimée à 310 000 tonnes, soit 2,6 % de la production du trimestre et environ 1,9 milliard d'ouguiyas de recettes d'exportation.

3. Prix. À Zouérat, l'indice des prix des produits alimentaires a augmenté de 3,4 % en une semaine. Le sac de riz de 50 kg est passé de 1 150 à 1 390 ouguiyas, et le litre de lait frais de 45 à 60 ouguiyas, en raison de la fermeture du marché central.

4. Transports. La piste vers le nord reste fermée aux camions depuis l'arrestation à Bir Moghrein, samedi 5 septembre, de deux passeurs présumés. Le trafic routier avec Nouakchott a baissé de 40 %.

5. Santé. Sur les 64 blessés, 21 ont été évacués vers Nouakchott. Le taux d'occupation de l'hôpital régional, qui compte 120 lits, a atteint 135 %.

6. Emploi. Les 4 200 salariés de la Compagnie minière du Tiris ont été payés normalement. Dans le commerce, 860 emplois sont suspendus.

Méthode. Les chiffres des points 1 à 3 sont provisoires ; ils seront révisés dans la note n° 10/2026, prévue le 9 octobre. Contact presse : +222 45 25 31 70.
"""))
GOLD += [
E(14, ["double attentat-suicide de Zouérat", "Le double attentat-suicide du jeudi 3 septembre à Zouérat"],
  "SUI", "2026-09-03", "day", "Zouérat", "MR", 18, 64, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Statistics note of Friday 11 September; 'du jeudi 3 septembre' -> 3 September, 8 days before -> current. 'dix-huit morts, kamikazes compris, et soixante-quatre blessés' -> killed 18, injured 64, exact; 'Sur les 64 blessés, 21 ont été évacués' is a subset. 'revendiqué par Al-Qaïda au Maghreb islamique', undisputed -> claimant and perpetrator. The subject line's 'double attentat-suicide de Zouérat' is the first naming. The statistics ('N° 9/2026', '57 800', '2023', '38 %', '15 ans', '7 au 9 septembre', '412 ménages', '6 %', 'quatre jours', '310 000 tonnes', '2,6 %', '1,9 milliard', '3,4 %', '50 kg', '1 150', '1 390', '45 à 60', '40 %', '120 lits', '135 %', '4 200 salariés', '860 emplois', '10/2026', '9 octobre', '+222 45 25 31 70') are not casualties."),
E(14, ["l'arrestation à Bir Moghrein, samedi 5 septembre, de deux passeurs présumés"],
  "ARR", "2026-09-05", "day", "Bir Moghrein", "MR", None, None, None, "police", None, False,
  "A noun restating the arrest of holdout53-013: 'samedi 5 septembre' -> 5 September, 'à Bir Moghrein'. No force named -> 'police'. The road closure and the fall in traffic ('40 %') are not events."),
]

# -------------------------------------------------------------- holdout53-015
ARTICLES.append(A(15, "en", "article", "2026-09-15T09:00:00Z",
"Policy note: what the Zouerat bombing changes for Mauritania",
"""
SAHARA-SAHEL POLICY INSTITUTE - POLICY NOTE No. 31/2026, 15 September 2026. Mauritania after Zouerat: the end of an exception?

Key points
- The twin suicide bombing of 3 September in Zouerat killed 18 people, including the two bombers, and wounded 64. It was the deadliest attack on Mauritanian soil in more than a decade.
- Al-Qaeda in the Islamic Maghreb claimed it on 6 September. The authorities judge the claim authentic; its figure of "more than 60" dead is not.
- Four suspects are in custody: two guides arrested in Bir Moghrein on 5 September, a suspected explosives supplier arrested in Tindouf, Algeria, on 6 September, and a preacher's assistant arrested in Akjoujt on 9 September on suspicion of recruiting the bombers. A crane operator held in Zouerat on the night of the attack was freed without charge.

Context. Mauritania's "exception" dates from 2011, when a suicide bomber drove a car packed with explosives into the gendarmerie post of Tidjikja, killing three gendarmes, and a second blew himself up less than an hour later at the post of Ouadane, some 300 km away, killing two; both bombers died. Since then the country has invested heavily: defence takes about 18 percent of the budget, and mobile units patrol a 2,237-km border with Mali.

What changed. The Zouerat bombers, Mauritanians aged 22 and 26, did not cross from Mali: they came through Tindouf, more than 800 km north of the usual routes. The mining town was an economic target: 4,200 miners, one railway line, and an output of about 13 million tonnes of iron ore a year.

Recommendations.
1. Extend mobile patrols to the northern border with Algeria.
2. Protect the 38 mine buses and the 2.5-km ore trains.
3. Share intelligence with Algiers and Rabat within 48 hours.
4. Reopen the Zouerat market quickly, with controls, to contain prices (food prices rose 3.4 percent in a week).

About the author. Dr Aminata Sow Diallo is a senior fellow at the institute. Contact: +221 33 869 40 12.
"""))
GOLD += [
E(15, ["The twin suicide bombing of 3 September in Zouerat"],
  "SUI", "2026-09-03", "day", "Zouérat", "MR", 18, 64, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "Policy note of Tuesday 15 September; 'of 3 September' -> 3 September, 12 days before -> current. 'killed 18 people, including the two bombers, and wounded 64' -> 18 / 64, exact. 'Al-Qaeda in the Islamic Maghreb claimed it on 6 September', judged 'authentic' -> claimant and perpetrator; its 'more than 60' is never used. '31/2026', '18 percent', '2,237-km', 'aged 22 and 26', '800 km', '4,200 miners', '13 million tonnes', '38 mine buses', '2.5-km', '48 hours', '3.4 percent', '+221 33 869 40 12' are not casualties."),
E(15, ["two guides arrested in Bir Moghrein on 5 September"],
  "ARR", "2026-09-05", "day", "Bir Moghrein", "MR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-013: 'on 5 September' -> 5 September. No force named -> 'police'. 'Four suspects are in custody' counts arrestees, not casualties."),
E(15, ["a suspected explosives supplier arrested in Tindouf, Algeria, on 6 September"],
  "ARR", "2026-09-06", "day", "Tindouf", "DZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-013: 'on 6 September' -> 6 September, in Algeria -> DZ. No force named -> 'police'. 'they came through Tindouf' is a route, not an event."),
E(15, ["a preacher's assistant arrested in Akjoujt on 9 September"],
  "ARR", "2026-09-09", "day", "Akjoujt", "MR", None, None, None, "police", None, False,
  "'on 9 September' -> 9 September. A new arrest (a suspected recruiter) in Akjoujt. No force named -> 'police'."),
E(15, ["A crane operator held in Zouerat on the night of the attack"],
  "ARR", "2026-09-03", "day", "Zouérat", "MR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-012: 'on the night of the attack' -> 3 September (the night of the bombing day, 'jeudi soir' in holdout53-012). 'freed without charge' does not undo the arrest. No force named -> 'police'. 'the attack' inside this arrest's trigger names the bombing but is left to the arrest's span (triggers may not overlap)."),
E(15, ["a suicide bomber drove a car packed with explosives into the gendarmerie post of Tidjikja"],
  "SUI", "2011-01-01", "year", "Tidjikja", "MR", 4, None, "exact", None, None, True,
  "'dates from 2011, when' -> year 2011, background. Two suicide bombers at two towns 'some 300 km away' from each other, 'less than an hour later' -> TWO Suicide bomb events, one per town (bombers in two different towns). Tidjikja: 'killing three gendarmes' + its bomber ('both bombers died'; attackers count, dev) = 4, exact. No author named -> null. Injured not stated -> null."),
E(15, ["a second blew himself up less than an hour later at the post of Ouadane"],
  "SUI", "2011-01-01", "year", "Ouadane", "MR", 3, None, "exact", None, None, True,
  "'2011' -> year, background. The second bomber, at the Ouadane gendarmerie post, 'some 300 km away' -> its own Suicide bomb event. 'killing two' + its bomber ('both bombers died') = 3, exact. No author -> null; injured null."),
]
