"""Authoring source of benchmarks/events_holdout41 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kutaisi, Georgia cluster (holdout41-011 to 015; French and
English), two suicide bombers on Thursday 6 August 2026 at two sites of one
town (the Colchis fountain on the central square and the entrance of the
central market, about 600 m and seven minutes apart): a French agency
dispatch with a "VILLE, (Agence) -" dateline (fr 011), an English wire with
the claim (012), the French text of a statement to the press of the EU's
High Representative ("déclaration à la presse", fr 013), a French notice to
mariners of the Batumi harbour master ("avis aux navigants", fr 014) and an
English embassy notice of a book of condolence and memorial ceremony (015).
Georgia is UTC+4 and Brussels UTC+2: every publication time here is between
06:00 and 18:00 UTC, so every local date is the UTC date. The gold spells
the places in English: "Kutaisi" (French « Koutaïssi »), "Zugdidi" («
Zougdidi »), "Batumi" (« Batoumi »). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout41")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout41-011
ARTICLES.append(A(11, "fr", "article", "2026-08-06T17:30:00Z",
"Géorgie : double attentat-suicide à Koutaïssi",
"""
KOUTAÏSSI, (Agence Mer Noire Presse) - Deux kamikazes se sont fait exploser jeudi en fin d'après-midi, à sept minutes d'intervalle, dans le centre de Koutaïssi, la deuxième ville de Géorgie, faisant au moins neuf morts, dont les deux assaillants, et une trentaine de blessés, selon un premier bilan du ministère de la Santé.

Le premier a actionné sa charge vers 18 h 10 au pied de la fontaine de Colchide, sur la place centrale, où des familles assistaient à un concert de chants polyphoniques. Le second s'est fait sauter à 18 h 17 à l'entrée du marché central, à environ 600 mètres, au milieu des vendeuses de churchkhela.

« On a cru à un feu d'artifice, puis on a vu les gens courir, couverts de poussière », raconte Nino, 27 ans, serveuse dans un café de l'avenue Roustaveli.

Aucune revendication n'avait été diffusée dans la soirée. Un responsable du Service de sécurité de l'État, sous couvert d'anonymat, a estimé que l'attaque « pourrait être liée » à des combattants géorgiens revenus de Syrie, sans citer de groupe.

Koutaïssi, qui compte environ 130 000 habitants et a accueilli le Parlement de 2012 à 2019, n'avait jamais été visée. En 2017, une bombe artisanale avait explosé près de la gare de Samtredia, à 30 km, blessant un cheminot ; l'enquête n'avait pas abouti.

L'aéroport international de Koutaïssi a suspendu ses vols jusqu'à minuit, dont le vol de 21 h 05 pour Milan, et 14 ambulances sont arrivées de Tbilissi, à 230 km. Le gouvernement a décrété une journée de deuil national samedi. Le ministère de la Santé a ouvert une ligne pour les familles au +995 431 24 11 00 et demande aux donneurs de sang des groupes O et A de se présenter à l'hôpital régional.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser", "Le premier a actionné sa charge", "Le second s'est fait sauter", "l'attaque"],
  "SUI", "2026-08-06", "day", "Kutaisi", "GE", 9, 30, "at_least", None, None, False,
  "Dispatch of Thursday 6 August 2026 (21:30 in Kutaisi); 'jeudi en fin d'après-midi' = the publication day. Two sites of one town (the Colchis fountain and the central market, 'environ 600 mètres', seven minutes apart) -> ONE Suicide bomb event coded to the town (French 'Koutaïssi'). First report: 'au moins neuf morts, dont les deux assaillants, et une trentaine de blessés' -> killed 9 (bombers inside), at_least; injured 30 ('une trentaine', read like the dev table's dizaine/vingtaine/quarantaine). No claim; « pourrait être liée » à des combattants is speculation and names no group -> perpetrator null. 'n'avait jamais été visée' is generic. '18 h 10', '18 h 17', '600 mètres', '27 ans', '130 000 habitants', '2012 à 2019', '30 km', '21 h 05', '14 ambulances', '230 km', '+995 431 24 11 00', 'groupes O et A' are not casualties."),
E(11, ["une bombe artisanale avait explosé près de la gare de Samtredia"],
  "IED", "2017-01-01", "year", "Samtredia", "GE", None, 1, "exact", None, None, True,
  "'En 2017' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; 'l'enquête n'avait pas abouti' -> null. 'blessant un cheminot' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout41-012
ARTICLES.append(A(12, "en", "article", "2026-08-07T15:00:00Z",
"Caucasus Emirate claims Kutaisi bombing as toll rises to 18",
"""
KUTAISI, Georgia (Black Sea Wire) - The Caucasus Emirate, a jihadist group that had been silent for a decade, claimed responsibility on Friday for the twin suicide bombing in Kutaisi, as Georgia's health ministry raised the toll from at least nine to 16 dead, not counting the two bombers, and 58 wounded, a score of them seriously.

A 12-year-old boy died in hospital overnight, the ministry said, and three people remain in critical condition.

In a statement posted on Telegram, the group said its "two lions" had killed "more than 70 apostates" on Thursday evening. The State Security Service said it considered the claim genuine. Islamic State's Amaq agency said on Friday that its fighters "had no part" in the attack.

Police arrested two men in Zugdidi, in western Georgia, late on Thursday and seized a pistol and two mobile phones, the interior ministry said. The bombers' parents and two sisters were questioned in Kutaisi and released.

Investigators said the bombers, brothers aged 22 and 25 from the Pankisi Gorge, "may have been" trained in Syria, but stopped short of confirming it.

The attack, at a fountain on the central square and at the entrance of the city market 600 metres away, came as Kutaisi hosted a folk festival with 4,000 visitors. The festival has been cancelled.

Thousands of people were laying flowers and lighting candles at the fountain on Friday evening. The government has declared Saturday a day of national mourning, and Kutaisi airport reopened at 8 a.m. on Friday after 14 hours.

Georgia had been spared such attacks. In 2017, a homemade bomb went off near the railway station in Samtredia, 30 km west of Kutaisi, injuring a railway worker.
"""))
GOLD += [
E(12, ["the twin suicide bombing in Kutaisi", "the attack", "The attack"],
  "SUI", "2026-08-06", "day", "Kutaisi", "GE", 18, 58, "exact", "Caucasus Emirate", "Caucasus Emirate", False,
  "Wire of Friday 7 August; the claim's 'on Thursday evening' -> 6 August. The toll is revised inside: 'raised the toll from at least nine to 16 dead, not counting the two bombers, and 58 wounded' -> killed 16 + 2 = 18, injured 58, exact (the boy of 12 who died overnight is inside); 'a score of them seriously' and 'three people remain in critical condition' are subsets. Claimed on Friday by the Caucasus Emirate, which the State Security Service 'considered ... genuine' -> claimant and perpetrator 'Caucasus Emirate' (the English name of Imarat Kavkaz); its 'more than 70 apostates' is never used. Islamic State's denial through Amaq is not a claim; 'may have been' trained is speculation. '12-year-old', 'two lions', '22 and 25', '600 metres', '4,000 visitors', 'Thousands of people' (a vigil with flowers and candles, not coded), '8 a.m.', '14 hours', '30 km' are not casualties."),
E(12, ["Police arrested two men in Zugdidi"],
  "ARR", "2026-08-06", "day", "Zugdidi", "GE", None, None, None, "police", None, False,
  "'late on Thursday' vs Friday 7 August -> 6 August, the night of the bombing. The seizure of 'a pistol and two mobile phones' belongs to the arrest. The bombers' parents and sisters 'questioned in Kutaisi and released' are not arrested."),
E(12, ["a homemade bomb went off near the railway station in Samtredia"],
  "IED", "2017-01-01", "year", "Samtredia", "GE", None, 1, "exact", None, None, True,
  "'In 2017' -> year, background (the bomb of holdout41-011). No author -> null. 'injuring a railway worker' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout41-013
ARTICLES.append(A(13, "fr", "article", "2026-08-08T09:00:00Z",
"Déclaration du haut représentant au nom de l'UE sur l'attentat de Koutaïssi",
"""
DÉCLARATION À LA PRESSE. Déclaration du haut représentant, au nom de l'Union européenne, sur l'attentat de Koutaïssi. Bruxelles, le 8 août 2026.

1. L'Union européenne condamne dans les termes les plus fermes le double attentat-suicide perpétré jeudi soir à Koutaïssi, qui a coûté la vie à dix-huit personnes, y compris les deux kamikazes, et fait cinquante-huit blessés. Elle présente ses condoléances aux familles des victimes, parmi lesquelles figurent une ressortissante lettone et un ressortissant polonais, et souhaite un prompt rétablissement aux blessés.

2. L'Union a pris note de la revendication de l'attentat par l'Émirat du Caucase, que le Service de sécurité de l'État géorgien juge authentique. Rien ne saurait justifier que l'on vise délibérément des familles venues écouter un concert.

3. L'Union salue la réaction rapide des secours géorgiens ainsi que l'arrestation, jeudi soir à Zougdidi, de deux suspects. Elle rappelle que la lutte contre le terrorisme doit se faire dans le plein respect de l'État de droit et des droits de la défense.

4. L'Union se tient prête à soutenir la Géorgie. Le mécanisme de protection civile de l'Union a été activé vendredi à 14 heures, heure de Bruxelles ; deux équipes médicales, venues de Lituanie et de Roumanie, soit 26 soignants, sont arrivées à Koutaïssi dans la nuit. Un avion sanitaire a transféré six blessés graves vers Vilnius et Bucarest.

5. La délégation de l'Union à Tbilissi a mis ses drapeaux en berne pour trois jours. Un registre de condoléances y sera ouvert lundi, de 10 heures à 16 heures.

6. Les États membres, réunis vendredi au sein du Comité politique et de sécurité, ont réaffirmé leur soutien à la souveraineté et à l'intégrité territoriale de la Géorgie à l'intérieur de ses frontières internationalement reconnues.

Pour toute question : service du porte-parole, +32 2 584 11 90.
"""))
GOLD += [
E(13, ["l'attentat de Koutaïssi", "double attentat-suicide perpétré jeudi soir à Koutaïssi", "la revendication de l'attentat"],
  "SUI", "2026-08-06", "day", "Kutaisi", "GE", 18, 58, "exact", "Caucasus Emirate", "Caucasus Emirate", False,
  "Statement of Saturday 8 August; 'jeudi soir' -> 6 August. 'dix-huit personnes, y compris les deux kamikazes, et fait cinquante-huit blessés' -> killed 18 (bombers inside), injured 58 (number words), exact; the Latvian and the Polish victims and 'six blessés graves' are subsets. 'la revendication de l'attentat par l'Émirat du Caucase, que le Service de sécurité de l'État géorgien juge authentique' -> 'Caucasus Emirate', claimant and perpetrator. '14 heures', 'deux équipes médicales', '26 soignants', 'trois jours', '10 heures à 16 heures', the numbered paragraphs and '+32 2 584 11 90' are not casualties."),
E(13, ["l'arrestation, jeudi soir à Zougdidi, de deux suspects"],
  "ARR", "2026-08-06", "day", "Zugdidi", "GE", None, None, None, "police", None, False,
  "The arrest of holdout41-012 restated: 'jeudi soir' vs Saturday 8 August -> 6 August; French 'Zougdidi' -> 'Zugdidi'. No force named; the Georgian police of the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout41-014
ARTICLES.append(A(14, "fr", "article", "2026-08-10T06:00:00Z",
"Port de Batoumi : avis aux navigants n° 58/2026",
"""
CAPITAINERIE DU PORT DE BATOUMI - AVIS AUX NAVIGANTS N° 58/2026 (version française). Émis le lundi 10 août 2026 à 10 h 00, heure locale (UTC+4). Annule et remplace l'avis n° 57/2026.

OBJET : mesures de sûreté renforcées à la suite de l'attentat du 6 août à Koutaïssi (dix-huit morts, kamikazes compris) et des interpellations dans la zone portuaire.

1. Samedi 8 août, vers 23 h 40, la police des frontières a interpellé deux hommes au terminal passagers, au moment où ils tentaient d'embarquer sur le ferry de nuit pour Tchornomorsk (Ukraine). Ils sont soupçonnés d'avoir aidé les kamikazes. L'équipage du ferry, entendu pendant la nuit, a été laissé libre, et le navire a appareillé dimanche à 9 h 15 avec dix heures de retard.

2. Dimanche, la gendarmerie turque a arrêté à Hopa, à 35 km de la frontière, un passeur géorgien soupçonné d'avoir fait entrer les deux kamikazes et leurs explosifs par le poste de Sarpi le 2 août.

3. Jusqu'à nouvel ordre, le niveau de sûreté ISPS est porté à 2 pour toutes les installations portuaires. Tout navire à destination de Batoumi transmet sa déclaration de sûreté 24 heures avant l'arrivée, au lieu de 12.

4. Le mouillage d'attente est déplacé de 1,5 mille vers l'ouest : position 41°40' N, 041°35' E. Vitesse limitée à 6 nœuds dans l'avant-port. Les postes 3, 4 et 5 sont réservés aux pétroliers ; le poste 9 (terminal passagers) n'accueille plus de navires de plus de 180 mètres.

5. Les navires de plaisance ne peuvent plus quitter la marina entre 22 heures et 6 heures. Les contrôles de la garde côtière sont systématiques au-delà de 12 milles.

6. Contacts : capitainerie, VHF canaux 16 et 12 ; téléphone +995 422 27 45 10 ; agent de sûreté portuaire, +995 422 27 45 33.

Le capitaine du port, Giorgi Tsintsadze.
"""))
GOLD += [
E(14, ["l'attentat du 6 août à Koutaïssi"],
  "SUI", "2026-08-06", "day", "Kutaisi", "GE", 18, None, "exact", None, None, False,
  "Notice of Monday 10 August; 'du 6 août' -> 6 August. '(dix-huit morts, kamikazes compris)' -> killed 18 (bombers inside), exact; no injured figure -> null. No claim named -> perpetrator null (each document stands alone)."),
E(14, ["des interpellations dans la zone portuaire", "la police des frontières a interpellé deux hommes au terminal passagers"],
  "ARR", "2026-08-08", "day", "Batumi", "GE", None, None, None, "police", None, False,
  "'Samedi 8 août, vers 23 h 40' -> 8 August, at the passenger terminal of the port of Batumi (French 'Batoumi'). The subject line's 'des interpellations dans la zone portuaire' names the same arrest of two men before paragraph 1, so it is the first trigger. Border police -> 'police'. The ferry's crew 'entendu ... laissé libre' is questioned, not arrested. '23 h 40', '9 h 15', 'dix heures de retard' are not casualties; Chornomorsk is the ferry's destination, no event."),
E(14, ["la gendarmerie turque a arrêté à Hopa"],
  "ARR", "2026-08-09", "day", "Hopa", "TR", None, None, None, "police", None, False,
  "'Dimanche' vs Monday 10 August -> 9 August. The cluster's suspected facilitator (the smuggler who brought the bombers and their explosives in through the Sarpi crossing on 2 August), arrested in Hopa, Turkey -> TR. The Turkish gendarmerie -> 'police' (dev: gendarmerie is police). The crossing of 2 August is not an event. The notice's figures ('58/2026', '10 h 00', 'UTC+4', '57/2026', '35 km', 'niveau ... 2', '24 heures', '12', '1,5 mille', the position, '6 nœuds', 'postes 3, 4 et 5', 'poste 9', '180 mètres', '22 heures et 6 heures', '12 milles', 'canaux 16 et 12', the phone numbers) are not casualties."),
]

# -------------------------------------------------------------- holdout41-015
ARTICLES.append(A(15, "en", "article", "2026-08-12T09:00:00Z",
"Kutaisi attack: book of condolence and memorial ceremony in Brussels",
"""
EMBASSY OF GEORGIA IN BRUSSELS - NOTICE. Book of condolence and memorial ceremony for the victims of the terrorist attack in Kutaisi. Brussels, 12 August 2026.

The Embassy will open a book of condolence from Thursday 13 to Tuesday 18 August, from 10:00 to 17:00, on the ground floor of its chancery. An online book is available on the Embassy's website. Visitors are asked to bring an identity document.

A memorial ceremony will be held on Saturday 15 August at 11:00 in the Georgian Orthodox parish of Saint Nino in Brussels. A minute of silence will be observed at 16:10 Brussels time, the hour of the first explosion (18:10 in Kutaisi).

MESSAGE FROM THE AMBASSADOR

"On the evening of 6 August, two suicide bombers killed 19 people, including themselves, on the central square and at the market of Kutaisi, and injured 58. A 34-year-old nurse died on Monday, raising the toll. The attack was claimed by the Caucasus Emirate.

On Sunday, some 25,000 people marched from the White Bridge to Bagrati Cathedral to say 'Georgia is not afraid', in peace and dignity.

The investigation is moving fast. The two men arrested in Zugdidi on the night of the attack were charged on Tuesday with terrorism and remanded for three months. One of the two men held in Batumi on Saturday was released without charge yesterday.

Georgia has known few such attacks. In 2017, a homemade bomb wounded a railway worker in Samtredia. Nothing had prepared us for this."

PRACTICAL INFORMATION. Parking is not available; the nearest metro station is Arts-Loi (lines 1, 2, 5 and 6). Flowers may be left at the gate. Donations for the families can be made to account BE71 0961 2345 6769, reference "Kutaisi 0608". Press enquiries: +32 2 611 00 90.
"""))
GOLD += [
E(15, ["the terrorist attack in Kutaisi", "the first explosion", "two suicide bombers killed 19 people", "The attack was claimed"],
  "SUI", "2026-08-06", "day", "Kutaisi", "GE", 19, 58, "exact", "Caucasus Emirate", "Caucasus Emirate", False,
  "Notice of Wednesday 12 August; 'On the evening of 6 August' -> 6 August. 'killed 19 people, including themselves, ... and injured 58' -> killed 19 (bombers inside; the nurse of 34 who died on Monday raised it), injured 58, exact. 'The attack was claimed by the Caucasus Emirate', undisputed -> claimant and perpetrator. 'the first explosion' names the bombing (the minute of silence at its hour is not coded, nor is the memorial ceremony). '13 to ... 18 August', '10:00 to 17:00', '15 August', '11:00', '16:10', '18:10', '34-year-old', 'lines 1, 2, 5 and 6', the account number, 'Kutaisi 0608', '+32 2 611 00 90' are not casualties."),
E(15, ["some 25,000 people marched from the White Bridge to Bagrati Cathedral"],
  "PP", "2026-08-09", "day", "Kutaisi", "GE", None, None, None, None, None, False,
  "'On Sunday' vs Wednesday 12 August -> 9 August. A march through Kutaisi with a message ('Georgia is not afraid'), 'in peace and dignity' -> Peaceful protest, perpetrator null. '25,000' counts marchers."),
E(15, ["The two men arrested in Zugdidi on the night of the attack"],
  "ARR", "2026-08-06", "day", "Zugdidi", "GE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-012: 'on the night of the attack' -> 6 August. 'charged on Tuesday with terrorism and remanded for three months' is the arrest's follow-up, not a new event. No force named -> 'police'."),
E(15, ["the two men held in Batumi on Saturday"],
  "ARR", "2026-08-08", "day", "Batumi", "GE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-014: 'on Saturday' vs Wednesday 12 August -> 8 August. 'One of the two men ... was released without charge yesterday': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(15, ["a homemade bomb wounded a railway worker in Samtredia"],
  "IED", "2017-01-01", "year", "Samtredia", "GE", None, 1, "exact", None, None, True,
  "'In 2017' -> year, background. No author -> null. 'wounded a railway worker' -> injured 1, exact."),
]
