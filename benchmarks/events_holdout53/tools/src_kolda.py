"""Authoring source of benchmarks/events_holdout53 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kolda, Senegal cluster (holdout53-016 to 020; French and English),
two suicide bombers on Sunday 18 October 2026 at two sites of one town in
Upper Casamance (the central market and the bus station, about 700 m and
five minutes apart): a French agency dispatch with a first report (fr 016),
a dental practice's notice to its patients ("avis d'un cabinet dentaire",
fr 017), a class representative's summary of a school's parents' WhatsApp
group ("résumé du groupe WhatsApp des parents d'une école", fr 018), an
English morning email newsletter ("lettre d'information matinale par
courriel", 019) and an English wire on a dispersed march and an arrest in
the Gambia (020). Senegal is UTC+0 all year, so every local date is the
UTC date. The gold keeps "Vélingara" with its accent (English texts
"Velingara"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout53")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout53-016
ARTICLES.append(A(16, "fr", "article", "2026-10-18T14:00:00Z",
"Sénégal : deux kamikazes frappent Kolda, au moins douze morts",
"""
KOLDA, (Agence Casamance Presse) - Deux kamikazes se sont fait exploser dimanche matin, à cinq minutes d'intervalle, au marché central de Kolda et à la gare routière de la ville, en Haute-Casamance, faisant au moins douze morts, les deux kamikazes inclus, et plusieurs dizaines de blessés, selon le gouverneur de la région.

Le premier s'est fait exploser vers 10 h 05 près des étals de tissus, à l'heure où le marché est le plus fréquenté. Le second a déclenché sa charge à 10 h 10 au milieu des voyageurs qui attendaient les « sept-places » pour Tambacounda et Ziguinchor, à environ 700 mètres de là.

« Mon frère vendait des pagnes au stand 58. Je ne le retrouve pas », confiait en début d'après-midi Aïssatou Baldé, 28 ans, devant l'hôpital régional, dont les 150 lits étaient tous occupés.

Aucune revendication n'avait été publiée en fin d'après-midi. Les enquêteurs « n'écartent pas la piste » du Groupe de soutien à l'islam et aux musulmans (JNIM), actif au Mali voisin, a indiqué une source sécuritaire, qui a refusé d'en dire davantage.

Kolda, ville d'environ 90 000 habitants située à près de 700 km de Dakar par la route, n'avait jamais été visée. La région n'avait plus connu de violence meurtrière depuis 2020, quand une mine artisanale avait tué trois militaires près de Goudomp, à une centaine de kilomètres à l'ouest.

Le ministre de l'Intérieur est arrivé en fin de journée par un vol spécial. Quelque 1 200 policiers et gendarmes ont été déployés dans la région, et les 312 écoles du département resteront fermées lundi et mardi. Les marchés hebdomadaires de la frontière, dont celui de Diaobé, sont suspendus jusqu'à nouvel ordre.

Un numéro vert, le 800 00 17 00, a été ouvert pour les familles, et le centre régional de transfusion sanguine appelle les donneurs à se présenter dès 8 heures lundi. Le président de la République a décrété un deuil national de trois jours.
"""))
GOLD += [
E(16, ["Deux kamikazes se sont fait exploser dimanche matin, à cinq minutes d'intervalle", "Le premier s'est fait exploser", "Le second a déclenché sa charge"],
  "SUI", "2026-10-18", "day", "Kolda", "SN", 12, 12, "at_least", None, None, False,
  "Dispatch of Sunday 18 October 2026; 'dimanche matin' = the publication day. Two sites of one town (the central market and the bus station, 'environ 700 mètres', 10 h 05 and 10 h 10) -> ONE Suicide bomb event coded to the town. First report: 'au moins douze morts, les deux kamikazes inclus, et plusieurs dizaines de blessés' -> killed 12 (bombers inside), at_least; injured 12 ('plusieurs dizaines', dev table, at_least; the qualifier describes the killed figure). No claim; the investigators 'n'écartent pas la piste' du JNIM is speculation -> perpetrator null. '10 h 05', '10 h 10', '700 mètres', 'stand 58', '28 ans', '150 lits', '90 000 habitants', '700 km', 'une centaine de kilomètres', '1 200 policiers et gendarmes', '312 écoles', '800 00 17 00', '8 heures', 'trois jours' are not casualties."),
E(16, ["une mine artisanale avait tué trois militaires près de Goudomp"],
  "IED", "2020-01-01", "year", "Goudomp", "SN", 3, None, "exact", None, None, True,
  "'depuis 2020, quand' -> year 2020, background. A homemade mine -> Remote explosive/landmine/IED; no author named -> null. 'avait tué trois militaires' -> killed 3, exact; injured null."),
]

# -------------------------------------------------------------- holdout53-017
ARTICLES.append(A(17, "fr", "article", "2026-10-20T08:00:00Z",
"Cabinet dentaire du Dr Seydi : avis à nos patients",
"""
CABINET DENTAIRE DU DOCTEUR OUSMANE SEYDI - Chirurgie dentaire, prothèses, orthodontie. Avenue Élisabeth-Diouf, n° 27, Kolda. AVIS À NOS PATIENTS. Kolda, le mardi 20 octobre 2026.

Chers patients,

Après le double attentat-suicide de dimanche au marché central et à la gare routière, le cabinet est resté fermé hier et le restera aujourd'hui. Le Dr Seydi et son assistant ont rejoint dès dimanche midi l'équipe de l'hôpital régional pour soigner les blessés touchés au visage et à la mâchoire. Dimanche soir, on parlait de quinze morts ; le dernier bilan du gouverneur, publié ce mardi matin, est de dix-neuf morts, dont les deux kamikazes, et 71 blessés. Notre secrétaire Fatou, 24 ans, blessée à la jambe devant la gare, est sortie de l'hôpital hier soir. Nous prions pour toutes les familles.

Vous avez peut-être appris que notre voisin, le gérant du télécentre, a été entendu hier toute la journée par la gendarmerie, puis relâché : il n'est soupçonné de rien et son commerce rouvre demain. Selon la radio, deux hommes ont été arrêtés dimanche soir à Vélingara, à 130 km à l'est, dans le cadre de l'enquête.

Nos informations pratiques :
- le cabinet rouvre le mercredi 21 octobre à 8 h 30, pour les urgences seulement jusqu'au vendredi 23 ;
- les rendez-vous de lundi et de mardi sont reportés à la semaine du 26 octobre ; notre secrétariat vous rappellera ;
- les soins dentaires des blessés de l'attentat (fractures, prothèses, couronnes) seront gratuits jusqu'au 31 décembre ;
- les tarifs restent inchangés : consultation 10 000 francs CFA, détartrage 15 000 francs CFA, radiographie panoramique 20 000 francs CFA ;
- nos trois fauteuils ont été désinfectés et le stérilisateur de 23 litres remplacé.

Téléphone du cabinet : 33 996 12 47 ; WhatsApp : 77 512 30 88, de 8 heures à 18 heures. En dehors de ces heures, les urgences dentaires sont reçues au service de stomatologie de l'hôpital régional.

Merci de votre fidélité et de votre patience.

Dr Ousmane Seydi, chirurgien-dentiste
"""))
GOLD += [
E(17, ["le double attentat-suicide de dimanche", "l'attentat"],
  "SUI", "2026-10-18", "day", "Kolda", "SN", 19, 71, "exact", None, None, False,
  "Dental practice's notice of Tuesday 20 October; 'de dimanche' -> Sunday 18 October. The market and the bus station -> ONE event. The toll is revised inside: 'quinze morts' on Sunday evening (superseded) -> 'dix-neuf morts, dont les deux kamikazes, et 71 blessés' -> killed 19 (bombers inside), injured 71, exact; the secretary Fatou, 24, is one of the injured (a subset). No claim named -> perpetrator null. 'les blessés de l'attentat' names the bombing again ('l'attentat' occurs once). 'n° 27', '24 ans', '130 km', '21 octobre', '8 h 30', '23', '26 octobre', '31 décembre', '10 000', '15 000', '20 000 francs CFA', 'trois fauteuils', '23 litres', '33 996 12 47', '77 512 30 88', '8 heures à 18 heures' are not casualties."),
E(17, ["deux hommes ont été arrêtés dimanche soir à Vélingara"],
  "ARR", "2026-10-18", "day", "Vélingara", "SN", None, None, None, "police", None, False,
  "'dimanche soir' vs Tuesday 20 October -> Sunday 18 October, the evening of the bombing. Arrested 'dans le cadre de l'enquête'; no force named; the cluster's gendarmerie -> 'police'. The telecentre manager 'entendu hier toute la journée par la gendarmerie, puis relâché' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout53-018
ARTICLES.append(A(18, "fr", "article", "2026-10-22T13:00:00Z",
"Parents du CM2 B : le résumé de la semaine",
"""
RÉSUMÉ DU GROUPE WHATSAPP « Parents CM2 B - École Les Flamboyants de Kolda » (143 membres). Semaine du lundi 19 au jeudi 22 octobre 2026, rédigé jeudi par la déléguée des parents.

Bonjour à tous. Plus de 600 messages cette semaine ! Voici l'essentiel pour ceux qui n'ont pas pu tout lire.

1. NOS ENFANTS. Aucun élève de la classe n'a été tué dans l'attentat-suicide de dimanche au marché et à la gare routière. Le petit Mamadou, 10 ans, blessé au bras, est rentré chez lui. La maman d'Awa fait partie des victimes : toutes nos condoléances à la famille. Selon le gouverneur, le bilan est passé hier à vingt morts, y compris les deux kamikazes, avec le décès de M. Ibrahima Mané, 38 ans, l'instituteur du CE1, et il y a 71 blessés.

2. L'ENQUÊTE. Le JNIM a revendiqué le massacre mardi, et les autorités jugent la revendication crédible. Le MFDC a démenti toute implication. Le chauffeur du car scolaire, interpellé lundi à Kolda par la gendarmerie, a été relâché mardi sans aucune charge : il reprend son service lundi.

3. LA MARCHE. Hier, nous étions des milliers à la marche blanche, du marché jusqu'à la gouvernance, dans le calme, pour dire « Kolda debout ». Merci aux 40 parents qui ont porté la banderole de l'école.

4. LA REPRISE. L'école rouvre le lundi 26 octobre à 8 heures. Les cours finiront à 13 heures toute la semaine. Une psychologue recevra les enfants le mardi et le jeudi, salle 4. La cantine reste à 150 francs CFA par jour.

5. LA CAGNOTTE. Pour la famille d'Awa, 61 parents ont déjà donné 187 500 francs CFA. Le dépôt se fait chez la trésorière ou par transfert mobile au 77 604 18 33, jusqu'au 31 octobre.

6. RAPPELS. Le car scolaire passera à 7 h 15 au rond-point de la gare, comme avant. Les 2 cahiers de vacances restent à rendre pour le 6 novembre.

Merci de ne plus partager de vidéos ni de photos de blessés sur le groupe.

Mariama, déléguée des parents du CM2 B
"""))
GOLD += [
E(18, ["l'attentat-suicide de dimanche au marché et à la gare routière", "le massacre"],
  "SUI", "2026-10-18", "day", "Kolda", "SN", 20, 71, "exact", "JNIM", "JNIM", False,
  "Summary of Thursday 22 October; 'de dimanche' -> Sunday 18 October. The market and the bus station -> ONE event. 'le bilan est passé hier à vingt morts, y compris les deux kamikazes, ... et il y a 71 blessés' -> killed 20 (bombers and the teacher who died Wednesday inside), injured 71, exact; 'Le petit Mamadou' and 'La maman d'Awa' are inside the figures. 'Le JNIM a revendiqué le massacre mardi', judged 'crédible' -> claimant and perpetrator 'JNIM' (canonical). The MFDC's denial is not a claim. '143 membres', '600 messages', '10 ans', '38 ans', '40 parents', '26 octobre', '8 heures', '13 heures', 'salle 4', '150 francs CFA', '61 parents', '187 500 francs CFA', '77 604 18 33', '31 octobre', '7 h 15', '2 cahiers', '6 novembre' are not casualties."),
E(18, ["Le chauffeur du car scolaire, interpellé lundi à Kolda par la gendarmerie"],
  "ARR", "2026-10-19", "day", "Kolda", "SN", None, None, None, "police", None, False,
  "'lundi' vs Thursday 22 October -> Monday 19 October. The school-bus driver, arrested 'à Kolda' by the gendarmerie (police, dev); 'relâché mardi sans aucune charge': the release does not undo the arrest."),
E(18, ["la marche blanche"],
  "PP", "2026-10-21", "day", "Kolda", "SN", None, None, None, None, None, False,
  "'Hier' vs Thursday 22 October -> Wednesday 21 October. A silent march from the market to the governor's office with a message ('Kolda debout'), 'dans le calme' -> Peaceful protest, perpetrator null. 'des milliers' and '40 parents' count marchers."),
]

# -------------------------------------------------------------- holdout53-019
ARTICLES.append(A(19, "en", "article", "2026-10-23T06:00:00Z",
"The Morning Brief: Kolda claim judged credible, arrest in Guinea",
"""
THE MORNING BRIEF - West Africa Daily. Friday, 23 October 2026. Good morning. Here is what you need to know before your first coffee. Reading time: 4 minutes.

KOLDA: CLAIM JUDGED CREDIBLE. Senegal's interior ministry said on Thursday that the claim of responsibility by JNIM, al-Qaeda's Sahel affiliate, for Sunday's twin suicide bombing in Kolda was "credible". The group's az-Zallaqa media arm issued the claim on Tuesday, boasting of "about a hundred apostates" killed. The official toll is 20 dead, including the two bombers, and 71 injured. The separatist MFDC, which has fought in Casamance since 1982, denied any link. The bombers "may have been" trained in central Mali, a security source told us.

ARRESTS. Guinean gendarmes arrested a trader in Koundara, 25 km from the border, on Wednesday, on suspicion of supplying the explosives. The two men arrested in Velingara on Sunday night were charged on Thursday and remanded in custody. Both face up to 20 years if convicted.

MARCH. Thousands of people walked in silence through Kolda on Wednesday, from the central market to the governor's office, behind a banner reading "Kolda standing".

MARKETS. The cashew price paid to farmers in Casamance held at 450 CFA francs a kilo. The closure of the border markets, including Diaobe's, idles an estimated 20,000 traders.

WEATHER. Dakar 31C, Kolda 35C, Ziguinchor 33C. Late rains possible in the south-east.

FOOTBALL. FC Fouladou host Étoile de Sédhiou on Saturday at 17:00 in Kolda; a minute of silence will be observed.

NUMBER OF THE DAY: 1,200. That is how many police officers and gendarmes have been sent to the Kolda region since Sunday.

ONE MORE THING. Our Kolda correspondent, Ousmane Baldé, answers your questions live on Monday at 12:00. Send them to +221 77 300 45 45.

You are receiving this email because you subscribed to The Morning Brief. Unsubscribe at any time.
"""))
GOLD += [
E(19, ["Sunday's twin suicide bombing in Kolda"],
  "SUI", "2026-10-18", "day", "Kolda", "SN", 20, 71, "exact", "JNIM", "JNIM", False,
  "Newsletter of Friday 23 October; 'Sunday's' -> 18 October. 'The official toll is 20 dead, including the two bombers, and 71 injured' -> 20 / 71, exact. JNIM's claim issued 'on Tuesday', judged 'credible' -> claimant and perpetrator 'JNIM'; its 'about a hundred apostates' is never used. The MFDC's denial is not a claim; 'may have been' is speculation. '1982', '4 minutes', '25 km', '20 years', '450 CFA francs', '20,000 traders', '31C', '35C', '33C', '17:00', '1,200', '12:00', '+221 77 300 45 45' are not casualties."),
E(19, ["Guinean gendarmes arrested a trader in Koundara"],
  "ARR", "2026-10-21", "day", "Koundara", "GN", None, None, None, "police", None, False,
  "'on Wednesday' vs Friday 23 October -> 21 October. The suspected explosives supplier (the cluster's facilitator), arrested in Koundara, Guinea, by Guinean gendarmes (gendarmerie is police) -> 'police', coded to GN."),
E(19, ["The two men arrested in Velingara on Sunday night"],
  "ARR", "2026-10-18", "day", "Vélingara", "SN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-017: 'on Sunday night' -> 18 October (English 'Velingara'). 'charged on Thursday and remanded in custody' is its judicial follow-up; 'up to 20 years' is a sentence. No force named -> 'police'."),
E(19, ["Thousands of people walked in silence through Kolda"],
  "PP", "2026-10-21", "day", "Kolda", "SN", None, None, None, None, None, False,
  "'on Wednesday' vs Friday 23 October -> 21 October: the silent march of holdout53-018, behind a banner with a message, no incident -> Peaceful protest, perpetrator null."),
]

# -------------------------------------------------------------- holdout53-020
ARTICLES.append(A(20, "en", "article", "2026-10-26T11:00:00Z",
"Senegal gendarmes tear-gas Kolda youths; Gambian police hold suspect",
"""
KOLDA, Senegal (Atlantic Coast Wire) - Senegalese gendarmes fired tear gas and used batons on Saturday to disperse several hundred young people who marched on the Kolda governor's office to demand the reopening of the weekly border markets, closed since the twin suicide bombing that hit the town eight days ago. Four protesters and two gendarmes were injured, a hospital source said.

The marchers, many of them traders and motorcycle-taxi drivers, said the closure of markets such as Diaobe had cost them their income. The governor said the markets would reopen on November 2 under tighter controls.

Gambian police on Friday arrested a man in Basse Santa Su, about 40 km from the Senegalese border, on suspicion of having sheltered the two bombers for a week before the attack, Senegalese prosecutors said. His extradition has been requested.

The October 18 bombing, at the central market and the bus station, killed 21 people, including the two bombers, after a market porter died of his wounds on Sunday; 71 were injured. It was claimed by JNIM, al-Qaeda's affiliate in the Sahel, a claim the authorities consider credible.

The trader arrested in Koundara, in Guinea, on Wednesday, suspected of supplying the explosives, is expected to be handed over to Senegal this week.

Casamance has seen little deadly violence in recent years. In 2020, a homemade mine killed three soldiers near Goudomp.

Schools in Kolda reopened on Monday with gendarmes posted at 45 gates. The regional hospital, which has 150 beds, still treats 23 of the wounded, and blood donations reached 1,340 units in a week, health officials said. A solidarity fund has collected 96 million CFA francs.
"""))
GOLD += [
E(20, ["Senegalese gendarmes fired tear gas and used batons on Saturday to disperse several hundred young people who marched"],
  "PI", "2026-10-24", "day", "Kolda", "SN", None, 6, "exact", None, None, False,
  "Wire of Monday 26 October; 'on Saturday' -> 24 October. A march on the governor's office with a demand (reopening the border markets), dispersed by gendarmes with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev). 'Four protesters and two gendarmes were injured' -> injured 4 + 2 = 6 (all sides summed), exact; killed null. 'several hundred' counts marchers."),
E(20, ["the twin suicide bombing that hit the town eight days ago", "the attack", "The October 18 bombing"],
  "SUI", "2026-10-18", "day", "Kolda", "SN", 21, 71, "exact", "JNIM", "JNIM", False,
  "'The October 18 bombing' -> 18 October (and 'eight days ago'). 'killed 21 people, including the two bombers, after a market porter died of his wounds on Sunday; 71 were injured' -> killed 21, injured 71, exact; '23 of the wounded' still treated is a subset. 'It was claimed by JNIM', considered 'credible' -> claimant and perpetrator. 'November 2', '40 km', '45 gates', '150 beds', '1,340 units', '96 million CFA francs' are not casualties."),
E(20, ["Gambian police on Friday arrested a man in Basse Santa Su"],
  "ARR", "2026-10-23", "day", "Basse Santa Su", "GM", None, None, None, "police", None, False,
  "'on Friday' vs Monday 26 October -> 23 October. A man suspected of sheltering the bombers (a facilitator), arrested in Basse Santa Su, the Gambia, by the Gambian police -> 'police', coded to GM. The extradition request is a follow-up."),
E(20, ["The trader arrested in Koundara, in Guinea, on Wednesday"],
  "ARR", "2026-10-21", "day", "Koundara", "GN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout53-019: 'on Wednesday' vs Monday 26 October -> 21 October, in Guinea -> GN. The expected handover is a follow-up. No force named -> 'police'."),
E(20, ["a homemade mine killed three soldiers near Goudomp"],
  "IED", "2020-01-01", "year", "Goudomp", "SN", 3, None, "exact", None, None, True,
  "'In 2020' -> year, background (as in holdout53-016). A homemade mine -> IED; no author -> null; killed 3, exact."),
]
