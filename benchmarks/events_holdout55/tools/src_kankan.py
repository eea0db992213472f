"""Authoring source of benchmarks/events_holdout55 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kankan, Guinea cluster (holdout55-011 to 015; French and
English), two suicide bombers on Tuesday 7 July 2026 at two sites of one
town (the main market, « le grand marché », and the bus station, « la gare
routière », about 700 m and six minutes apart): a French agency dispatch
with a "VILLE, (Agence) -" dateline (fr 011), a French situation note of
the regional health agency ("note de situation de l'agence de santé", fr
012), an English wire on the claim and arrests (013), a French church
choir's email to its singers ("courriel de la chorale", fr 014) and an
English evening email newsletter ("lettre d'information du soir par
courriel", 015). Guinea and Mali are UTC+0: every local date is the UTC
date. The claimant is Islamic State through its Sahel Province ("the
group's Amaq agency in the name of its Sahel Province", « L'État
islamique ») -> `"Islamic State"` (dev: every regional branch except
ISWAP). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout55")

ARTICLES = []
GOLD = []

IS = "Islamic State"

# -------------------------------------------------------------- holdout55-011
ARTICLES.append(A(11, "fr", "article", "2026-07-07T13:00:00Z",
"Guinée : double attentat-suicide dans le centre de Kankan",
"""
KANKAN, (Agence Ouest-Afrique Presse) - Deux kamikazes ont actionné leurs charges mardi matin, à six minutes d'intervalle, au grand marché puis à la gare routière de Kankan, la deuxième ville de Guinée, faisant au moins huit morts, dont les deux kamikazes, et une vingtaine de blessés, selon un premier bilan de la préfecture.

Le premier a fait détoner sa ceinture vers 9 h 30 près des étals de noix de cola, le second à 9 h 36 au milieu des taxis-brousse en partance pour Conakry, à quelque 700 mètres de là.

« On a d'abord cru à l'explosion d'une bouteille de gaz, puis on a entendu la deuxième », témoigne Fanta, 35 ans, vendeuse de pagnes au marché.

Aucune revendication n'avait été diffusée en début d'après-midi. Selon une source sécuritaire, l'attaque « pourrait être liée » au Groupe de soutien à l'islam et aux musulmans (JNIM), actif de l'autre côté de la frontière malienne, à environ 150 km au nord-est.

La Guinée avait jusqu'ici été épargnée par les attentats-suicides. En 2024, une grenade lancée dans un bar de Kouroussa avait tué une personne et en avait blessé quatre ; l'enquête n'a jamais abouti.

Le gouverneur a décrété un couvre-feu de 19 heures à 6 heures et la fermeture du marché pour sept jours. L'hôpital régional, qui dispose de 250 lits, a transféré onze blessés graves vers Conakry, à près de 600 km. Une ligne d'écoute pour les familles répond au 622 40 18 35. Les épreuves du brevet, prévues jeudi pour 9 400 candidats de la région, sont reportées d'une semaine.
"""))
GOLD += [
E(11, ["Deux kamikazes ont actionné leurs charges", "Le premier a fait détoner sa ceinture", "le second à 9 h 36", "l'attaque"],
  "SUI", "2026-07-07", "day", "Kankan", "GN", 8, 20, "at_least", None, None, False,
  "Dispatch of Tuesday 7 July 2026 (13:00 in Kankan); 'mardi matin' = the publication day. Two sites of one town (the main market and the bus station, 'quelque 700 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins huit morts, dont les deux kamikazes, et une vingtaine de blessés' -> killed 8 (bombers inside), at_least; 'une vingtaine' -> 20 (dev table; the qualifier describes the killed figure). 'onze blessés graves' is a subset. No claim; « pourrait être liée » au JNIM is speculation -> perpetrator null. '9 h 30', '9 h 36', '700 mètres', '35 ans', '150 km', '19 heures à 6 heures', 'sept jours', '250 lits', '600 km', '622 40 18 35', '9 400 candidats' are not casualties. « La Guinée avait jusqu'ici été épargnée par les attentats-suicides » is generic."),
E(11, ["une grenade lancée dans un bar de Kouroussa"],
  "GRN", "2024-01-01", "year", "Kouroussa", "GN", 1, 4, "exact", None, None, True,
  "'En 2024' -> year, background. A thrown grenade -> Grenade; no author named ('l'enquête n'a jamais abouti') -> null. 'avait tué une personne et en avait blessé quatre' -> killed 1, injured 4 (number words), exact."),
]

# -------------------------------------------------------------- holdout55-012
ARTICLES.append(A(12, "fr", "article", "2026-07-09T10:00:00Z",
"Attentat de Kankan : note de situation n° 4 de l'agence régionale de santé",
"""
AGENCE RÉGIONALE DE SANTÉ DE HAUTE-GUINÉE - NOTE DE SITUATION N° 4. Double attentat-suicide de Kankan du 7 juillet 2026. Situation au jeudi 9 juillet 2026 à 8 heures. Destinataires : gouvernorat, préfecture, hôpitaux, partenaires.

1. BILAN HUMAIN. La note n° 3 faisait état de 16 décès. Ce jeudi à 8 heures, l'agence recense 17 décès, dont les deux auteurs, et 58 blessés, après la mort dans la nuit d'une commerçante de 46 ans. Parmi les blessés figurent 19 enfants ; 12 sont dans un état grave.

2. PRISE EN CHARGE. Hôpital régional de Kankan : 41 patients hospitalisés, taux d'occupation des lits de 96 %. Onze blessés graves ont été évacués mardi vers Conakry par le vol spécial HG-102, deux autres mercredi. Depuis mardi, 312 poches de sang ont été collectées auprès de 287 donneurs.

3. MANIFESTATION DE MERCREDI. Les urgences ont reçu six blessés, dont un gendarme, après la dispersion à coups de gaz lacrymogène et de matraque, mercredi en fin d'après-midi, d'une marche de jeunes qui réclamaient la démission du gouverneur. Tous ont pu regagner leur domicile.

4. RISQUES SANITAIRES. Le marché étant fermé, les déchets s'accumulent : trois cas de diarrhée aiguë ont été signalés dans le quartier voisin. La surveillance du choléra est renforcée. Les huit centres de santé de la commune sont ouverts de 8 heures à 18 heures.

5. SOUTIEN PSYCHOLOGIQUE. Quatre psychologues détachés par le ministère consultent à l'hôpital régional. Numéro gratuit : 433.

6. BESOINS NON COUVERTS. 40 kits chirurgicaux, 2 000 litres de solutés, un groupe électrogène de 60 kVA, 500 doses de vaccin antitétanique.

Prochaine note : vendredi 10 juillet à 8 heures. Point focal : Dr Mariama Condé, 664 20 71 18.
"""))
GOLD += [
E(12, ["Double attentat-suicide de Kankan du 7 juillet 2026"],
  "SUI", "2026-07-07", "day", "Kankan", "GN", 17, 58, "exact", None, None, False,
  "Health agency note of Thursday 9 July; 'du 7 juillet 2026' -> 7 July. The toll is revised inside: note n° 3's '16 décès' (superseded) -> '17 décès, dont les deux auteurs, et 58 blessés' -> killed 17 (bombers inside; the trader of 46 who died overnight is inside), injured 58, exact; '19 enfants', '12 ... dans un état grave', 'Onze blessés graves ... deux autres' are subsets. No claim named -> perpetrator null. 'n° 4', '8 heures', 'n° 3', '46 ans', '41 patients', '96 %', 'HG-102', '312 poches', '287 donneurs', 'trois cas de diarrhée aiguë' (illness), 'huit centres', '8 heures à 18 heures', 'Quatre psychologues', '433', '40 kits', '2 000 litres', '60 kVA', '500 doses', '10 juillet', '664 20 71 18' are not casualties."),
E(12, ["la dispersion à coups de gaz lacrymogène et de matraque", "d'une marche de jeunes qui réclamaient la démission du gouverneur"],
  "PI", "2026-07-08", "day", "Kankan", "GN", None, 6, "exact", None, None, False,
  "'mercredi en fin d'après-midi' vs Thursday 9 July -> Wednesday 8 July. A youth march with a demand (the governor's resignation) dispersed with tear gas and batons -> Protest with intervention, perpetrator null (dev). 'six blessés, dont un gendarme' -> injured 6 (all sides summed, dev), exact; killed null. No place is named for the march; the note is about Kankan and the governor sits there -> Kankan. The first trigger is the dispersal, named before the march in the sentence."),
]

# -------------------------------------------------------------- holdout55-013
ARTICLES.append(A(13, "en", "article", "2026-07-10T12:00:00Z",
"Islamic State claims Guinea bombing; suspects held in Kissidougou and Mali",
"""
KANKAN, Guinea (West Africa Wire) - Islamic State claimed responsibility on Wednesday for the twin suicide bombing that killed 17 people, including the two bombers, in the Guinean city of Kankan on Tuesday, and security forces have arrested three suspects, two in Guinea and one in neighbouring Mali, officials said on Friday.

The toll, which stood at 16 on Wednesday, rose to 17 after a woman died in hospital overnight to Thursday; 58 people were wounded, a dozen of them seriously.

The claim, issued through the group's Amaq agency in the name of its Sahel Province, boasted of "more than 70 apostates" killed. Justice Minister Alpha Soumah said investigators considered it credible. JNIM, the al-Qaeda affiliate that a security source had first suspected, denied any role in a message sent to a Malian radio station. Officials say the two bombers, Guineans aged 19 and 22, "may have been" trained in Mali.

Gendarmes arrested two men on Wednesday in Kissidougou, 200 km southwest of Kankan, and seized 11 kg of explosives hidden in sacks of rice. On Thursday, Malian gendarmes detained a motorbike dealer in Kangaba, near the border, who is suspected of selling the bombers the two motorbikes they rode to the market and the bus station. The bombers' landlord in Kankan was questioned for nine hours and released.

Guinea had rarely been hit by militants. In 2024, a grenade thrown into a bar in Kouroussa killed one person and wounded four.

Kankan's market remains shut and the governor has banned motorcycle taxis, which carry most of the city's commuters, until July 20. The price of a 50-kg bag of rice in the city rose 15 percent to 450,000 Guinean francs this week, traders said. About 1,500 extra troops and police have been deployed in Upper Guinea.
"""))
GOLD += [
E(13, ["the twin suicide bombing that killed 17 people"],
  "SUI", "2026-07-07", "day", "Kankan", "GN", 17, 58, "exact", IS, IS, False,
  "Wire of Friday 10 July; 'on Tuesday' -> 7 July. The toll is revised inside: 'stood at 16 on Wednesday' (superseded) -> '17 people, including the two bombers', '58 people were wounded' -> killed 17 (bombers inside), injured 58, exact; 'a dozen of them seriously' is a subset (not an injured figure). 'Islamic State claimed responsibility', through Amaq for its Sahel Province (a regional branch -> 'Islamic State', dev), judged credible -> claimant and perpetrator; its 'more than 70 apostates' is never used. JNIM 'denied any role' (a denial); 'may have been' trained in Mali is speculation. 'aged 19 and 22', '200 km', '11 kg', 'two motorbikes', 'nine hours', 'July 20', '50-kg', '15 percent', '450,000 Guinean francs', '1,500 extra troops and police' are not casualties."),
E(13, ["Gendarmes arrested two men on Wednesday in Kissidougou"],
  "ARR", "2026-07-08", "day", "Kissidougou", "GN", None, None, None, "police", None, False,
  "'on Wednesday' vs Friday 10 July -> 8 July. 'Gendarmes' -> 'police' (dev). The 11 kg of explosives seized belong to the arrest. The lead sentence's 'have arrested three suspects' sums this arrest and the next one and is not a trigger."),
E(13, ["Malian gendarmes detained a motorbike dealer in Kangaba"],
  "ARR", "2026-07-09", "day", "Kangaba", "ML", None, None, None, "police", None, False,
  "'On Thursday' vs Friday 10 July -> 9 July. The cluster's suspected facilitator (the dealer who sold the bombers their motorbikes), detained in Mali by Malian gendarmes -> 'police', coded to Kangaba, ML (the place of the arrest). The landlord 'questioned for nine hours and released' is not arrested."),
E(13, ["a grenade thrown into a bar in Kouroussa killed one person and wounded four"],
  "GRN", "2024-01-01", "year", "Kouroussa", "GN", 1, 4, "exact", None, None, True,
  "'In 2024' -> year, background; the older grenade of holdout55-011. Author unknown -> null; killed 1, injured 4 (number words), exact."),
]

# -------------------------------------------------------------- holdout55-014
ARTICLES.append(A(14, "fr", "article", "2026-07-11T18:00:00Z",
"Chorale Saint-Joseph de Kankan : répétition annulée et obsèques de Marie-Claire",
"""
Courriel - De : Chorale Saint-Joseph de Kankan. À : tous les choristes. Objet : répétition annulée, obsèques de Marie-Claire, nouvelles de Pierre. Samedi 11 juillet 2026, 18 h 02.

Chers choristes,

C'est avec une immense tristesse que je vous annonce le décès de Marie-Claire Camara, notre soprano, 29 ans, blessée mardi au grand marché et morte vendredi soir à l'hôpital régional. Le double attentat-suicide du 7 juillet compte désormais dix-huit morts, y compris les deux kamikazes, et cinquante-huit blessés. L'État islamique l'a revendiqué mercredi.

La répétition du mardi 14 juillet est annulée. Les obsèques auront lieu le mercredi 15 juillet à 10 heures à la cathédrale : nous chanterons les chants n° 112, 245 et 318 du recueil diocésain. Rendez-vous à 8 h 30 à la sacristie, en aube blanche.

Vendredi matin, une trentaine d'entre nous ont marché en silence avec des milliers d'habitants, de la grande mosquée jusqu'à la cathédrale, pour dire « non à la terreur ». Tout s'est passé dans le calme, et l'imam nous a remerciés d'être venus.

Je dois aussi vous donner des nouvelles de Pierre, le mari de notre alto Agnès. Il tient le garage où les kamikazes faisaient réparer leurs motos : il a été interpellé jeudi soir à Kankan par la police et relâché ce matin sans aucune charge. Il va bien et vous remercie de vos prières. Merci de ne pas propager les rumeurs qui circulent sur les réseaux.

Collecte pour la famille de Marie-Claire : 23 choristes ont déjà donné 4 600 000 francs guinéens. Vous pouvez encore déposer votre enveloppe chez Agnès jusqu'à lundi. Les cotisations de juillet (50 000 francs) sont suspendues.

Prenez soin de vous et de vos familles.

Jean-Baptiste Millimono, chef de chœur. Tél. 628 11 45 90.
"""))
GOLD += [
E(14, ["Le double attentat-suicide du 7 juillet"],
  "SUI", "2026-07-07", "day", "Kankan", "GN", 18, 58, "exact", IS, IS, False,
  "Choir email of Saturday 11 July; 'du 7 juillet' -> 7 July. 'dix-huit morts, y compris les deux kamikazes, et cinquante-huit blessés' (number words) -> killed 18 (bombers inside; the soprano of 29 who died Friday evening is inside), injured 58, exact. 'L'État islamique l'a revendiqué mercredi', undisputed -> claimant and perpetrator. '18 h 02', '29 ans', '14 juillet', '15 juillet', '10 heures', 'n° 112, 245 et 318', '8 h 30', 'une trentaine d'entre nous' and 'des milliers d'habitants' (marchers), '23 choristes', '4 600 000 francs guinéens', '50 000 francs', '628 11 45 90' are not casualties. The funeral is future and not coded."),
E(14, ["une trentaine d'entre nous ont marché en silence avec des milliers d'habitants"],
  "PP", "2026-07-10", "day", "Kankan", "GN", None, None, None, None, None, False,
  "'Vendredi matin' vs Saturday 11 July -> Friday 10 July. A silent march from the great mosque to the cathedral 'pour dire « non à la terreur »', 'dans le calme' -> Peaceful protest, perpetrator null. 'une trentaine' and 'des milliers' count marchers."),
E(14, ["il a été interpellé jeudi soir à Kankan par la police"],
  "ARR", "2026-07-09", "day", "Kankan", "GN", None, None, None, "police", None, False,
  "'jeudi soir' vs Saturday 11 July -> Thursday 9 July. The garage owner arrested in Kankan by 'la police', 'relâché ce matin sans aucune charge': the release does not undo the arrest and is not an event."),
]

# -------------------------------------------------------------- holdout55-015
ARTICLES.append(A(15, "en", "article", "2026-07-13T18:30:00Z",
"The Evening Brief: Kankan charges, a fourth arrest, cocoa and football",
"""
THE EVENING BRIEF - West Africa edition. Monday 13 July 2026. You are receiving this email because you subscribed to our evening newsletter. Reading time: 4 minutes.

Good evening. Here is what mattered today.

1. GUINEA. Prosecutors in Kankan charged the two men arrested in Kissidougou last Wednesday with terrorism and remanded them in custody; they face up to 30 years in prison. The motorbike dealer held in Kangaba, Mali, on Thursday was handed over to Guinea on Sunday. Police also arrested a fourth suspect, a 34-year-old mechanic, on Sunday in Faranah, 270 km west of Kankan. The toll of last Tuesday's twin suicide bombing, claimed by Islamic State, stands at 18 dead including the two bombers, with 58 wounded; a score of the wounded are still in hospital. Thousands of people marched in silence through Kankan on Friday morning. The market will reopen on Wednesday.

2. MALI. Gold exports rose 12 percent in June from a year earlier, to 6.1 tonnes, the mines ministry said.

3. MARKETS. Cocoa futures fell 3 percent to $6,840 a tonne in London as rain improved the outlook for Ivory Coast's mid-crop. The West African CFA franc stayed pegged at 655.957 to the euro.

4. SPORT. Guinea's national team beat Benin 2-1 in a friendly in Conakry before 25,000 spectators; striker Ibrahima Sylla scored twice in nine minutes.

5. WEATHER. Heavy rain is forecast in Conakry tomorrow, with up to 80 mm in 24 hours. Upper Guinea will see storms in the afternoon, with highs of 31C.

6. QUOTE OF THE DAY. "We sang for her, and the whole city sang with us." A choir director in Kankan, after a silent march for the victims.

That's all for tonight. Forward this email to a friend, or reply to tell us what we missed. To unsubscribe, click the link below. Our newsroom: +224 620 18 44 00.
"""))
GOLD += [
E(15, ["last Tuesday's twin suicide bombing"],
  "SUI", "2026-07-07", "day", "Kankan", "GN", 18, 58, "exact", IS, IS, False,
  "Evening newsletter of Monday 13 July; 'last Tuesday's' -> Tuesday 7 July. 'stands at 18 dead including the two bombers, with 58 wounded' -> killed 18 (bombers inside), injured 58, exact; 'a score of the wounded are still in hospital' is a subset (20), not the injured figure. 'claimed by Islamic State' -> claimant and perpetrator. '30 years in prison' (a sentence), '34-year-old', '270 km', '12 percent', '6.1 tonnes', '3 percent', '$6,840', '655.957', '2-1', '25,000 spectators', 'twice in nine minutes', '80 mm in 24 hours', '31C', '+224 620 18 44 00' are not casualties. Items 2 to 5 hold no event."),
E(15, ["the two men arrested in Kissidougou last Wednesday"],
  "ARR", "2026-07-08", "day", "Kissidougou", "GN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout55-013: 'last Wednesday' vs Monday 13 July -> Wednesday 8 July. 'charged ... with terrorism and remanded them in custody' is its judicial follow-up, not a new event. No force named -> 'police' (the cluster's gendarmes)."),
E(15, ["The motorbike dealer held in Kangaba, Mali, on Thursday"],
  "ARR", "2026-07-09", "day", "Kangaba", "ML", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout55-013: 'on Thursday' vs Monday 13 July -> Thursday 9 July, in Mali -> ML. 'was handed over to Guinea on Sunday' is a follow-up (a handover), not an event. No force named -> 'police'."),
E(15, ["Police also arrested a fourth suspect"],
  "ARR", "2026-07-12", "day", "Faranah", "GN", None, None, None, "police", None, False,
  "'on Sunday in Faranah' vs Monday 13 July -> Sunday 12 July. A new arrest by 'Police' -> 'police'. '34-year-old' and '270 km' are not casualties."),
E(15, ["Thousands of people marched in silence through Kankan on Friday morning", "a silent march for the victims"],
  "PP", "2026-07-10", "day", "Kankan", "GN", None, None, None, None, None, False,
  "'on Friday morning' vs Monday 13 July -> Friday 10 July: the silent march of holdout55-014 (its message 'non à la terreur'), no incident -> Peaceful protest, perpetrator null. 'Thousands' counts marchers. The quote of the day ('after a silent march for the victims') names it again."),
]
