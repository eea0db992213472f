"""Authoring source of benchmarks/events_holdout24 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mymensingh, Bangladesh cluster (holdout24-011 to 015; English and
French), two suicide bombers on Thursday 11 June 2026 at two sites of one
city (the Mashkanda bus terminal and the Mechua Bazar, about 1 km apart,
nine minutes apart): a Bangladeshi daily's first report with a JMB "may have
been behind it" and "scores injured" (011), a morning newsletter digest of
three stories with the revised toll, a human chain and an arrest in Dhaka
(012), a French agency's claim story with a denial and older attacks (fr
013), a Bangladeshi court report on suspects placed on remand (014) and a
French report on a student march dispersed with tear gas (fr 015). Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout24")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout24-011
ARTICLES.append(A(11, "en", "article", "2026-06-11T10:30:00Z",
"At least 10 killed as suicide bombers hit Mymensingh bus terminal, bazaar",
"""
MYMENSINGH, June 11 - At least 10 people were killed and scores injured when two suicide bombers blew themselves up at the Mashkanda bus terminal and the crowded Mechua Bazar in Mymensingh this morning, police said.

The first bomber detonated his explosives at around 10:20am near the counter of a Dhaka-bound coach company, Superintendent of Police Kamrul Islam told our staff correspondent. Nine minutes later, the second attacker blew himself up among vegetable sellers at Mechua Bazar, about one kilometre away.

"The bus was about to leave with 45 passengers. Those near the door had no chance," said Rafiqul Hasan, 38, a ticket seller who escaped with cuts to his arms. The injured were taken to Mymensingh Medical College Hospital, where doctors said at least 22 were in a critical condition.

No group has claimed the attack. A senior police official said Jamaat-ul-Mujahideen Bangladesh (JMB) "may have been behind it", pointing to the type of explosives used.

On Wednesday, Rapid Action Battalion (RAB) members arrested a man with 5kg of explosive powder and 30 detonators at a rented room in Bhaluka, some 40km south of the city. RAB officials did not say whether he was linked to today's bombing.

Mymensingh, a divisional city of about 500,000 people 120km north of Dhaka, had not seen a militant attack in years. The government announced a compensation of Tk 2 lakh for each family of the dead and suspended all intercity buses from the terminal for 24 hours.
"""))
GOLD += [
E(11, ["two suicide bombers blew themselves up at the Mashkanda bus terminal and the crowded Mechua Bazar in Mymensingh", "today's bombing"],
  "SUI", "2026-06-11", "day", "Mymensingh", "BD", 10, 20, "at_least", None, None, False,
  "'this morning' = publication day, Thursday 11 June. Two sites of one city (the bus terminal and the bazaar, about one kilometre and nine minutes apart) -> ONE Suicide bomb event. 'At least 10 ... and scores injured' -> 10 (at_least), 20 ('scores of' read as at least one score, events_holdout20). JMB 'may have been behind it' is speculation -> null. '10:20am', 'Nine minutes', 'one kilometre', '45 passengers', '38', 'at least 22 were in a critical condition' (a subset) are not new figures."),
E(11, ["Rapid Action Battalion (RAB) members arrested a man with 5kg of explosive powder and 30 detonators at a rented room in Bhaluka"],
  "ARR", "2026-06-10", "day", "Bhaluka", "BD", None, None, None, "police", None, False,
  "'On Wednesday' vs Thursday 11 June -> 10 June. RAB is an elite police force -> 'police'. The powder and detonators belong to the arrest. '5kg', '30 detonators', '40km', '500,000 people', '120km', 'Tk 2 lakh', '24 hours' are not casualties."),
]

# -------------------------------------------------------------- holdout24-012
ARTICLES.append(A(12, "en", "article", "2026-06-12T05:30:00Z",
"Morning Brief: Mymensingh toll rises; two held in Dhaka; floods in Sunamganj",
"""
Good morning. Here are the three stories you need to know before you start your Friday.

1. Mymensingh toll climbs to 19. The number of people killed in Thursday's twin suicide bombing in Mymensingh rose overnight. Police first spoke of 10 dead; by nightfall the medical college hospital had counted 14 bodies, and three of the wounded died before dawn. The latest official figure is 17 dead and 84 injured, besides the two bombers. On Thursday evening, some 2,000 students formed a human chain in front of the Mymensingh Press Club, demanding security at bus terminals; it dispersed peacefully after an hour.

2. Two held in Dhaka. Counter Terrorism and Transnational Crime (CTTC) unit officers arrested two men in Jatrabari, Dhaka, late on Thursday. Police say the pair, aged 24 and 27, rented the motorcycle that carried one of the Mymensingh bombers to the bazaar. Five relatives of the bombers were questioned in Mymensingh and sent home.

3. Floods in Sunamganj. Heavy rain has flooded 60 percent of Sunamganj district, cutting off about 40,000 people. Two children drowned on Wednesday, the district administration said. The Met Office expects another 48 hours of rain.

Also worth your time: our economics editor on why the taka slid 1.5 percent against the dollar this week, and a review of the new metro line's first 100 days.

That's it for today. Reply to this email with tips or call our newsroom on 09612 345 678.
"""))
GOLD += [
E(12, ["Thursday's twin suicide bombing in Mymensingh"],
  "SUI", "2026-06-11", "day", "Mymensingh", "BD", 19, 84, "exact", None, None, False,
  "'Thursday's' vs Friday 12 June -> 11 June. Revised toll inside the item: '10 dead' -> '14 bodies' -> 'three of the wounded died before dawn' -> '17 dead and 84 injured, besides the two bombers' -> 17 + 2 = 19 ('besides' adds the bombers, events_holdout20), 84, exact. 'Mymensingh toll climbs to 19' is an item heading inside the text that agrees. No claim -> null."),
E(12, ["some 2,000 students formed a human chain in front of the Mymensingh Press Club"],
  "PP", "2026-06-11", "day", "Mymensingh", "BD", None, None, None, None, None, False,
  "'On Thursday evening' vs Friday 12 June -> 11 June. A human chain with a demand that disperses peacefully -> Peaceful protest, null actor. 'some 2,000' are participants; 'an hour' a span."),
E(12, ["officers arrested two men in Jatrabari, Dhaka"],
  "ARR", "2026-06-11", "day", "Dhaka", "BD", None, None, None, "police", None, False,
  "'late on Thursday' vs Friday 12 June -> 11 June. CTTC -> 'police'. Jatrabari is a district of Dhaka -> 'Dhaka'. 'aged 24 and 27' are ages; 'Five relatives ... were questioned ... and sent home' are not arrests. The floods item (two children drowned) is a natural disaster, not coded; '60 percent', '40,000', '48 hours', '1.5 percent', '100 days', '09612 345 678' are not casualties."),
]

# -------------------------------------------------------------- holdout24-013
ARTICLES.append(A(13, "fr", "article", "2026-06-14T09:00:00Z",
"Bangladesh : l'État islamique revendique le double attentat de Mymensingh",
"""
DACCA (AIPP) - L'État islamique a revendiqué vendredi soir le double attentat-suicide de jeudi à Mymensingh, dans le nord du Bangladesh, affirmant avoir tué « plus de cent cinquante mécréants ». La police bangladaise a jugé ce chiffre « fantaisiste », sans contester l'authenticité du communiqué.

Le bilan officiel s'établit à vingt morts, kamikazes compris, et 84 blessés, après le décès vendredi d'un conducteur de rickshaw de 45 ans.

Ansar al-Islam, la branche locale d'Al-Qaïda, a démenti samedi toute implication, tandis que le Jamaat-ul-Mujahideen Bangladesh (JMB), un temps soupçonné par la police, ne s'est pas exprimé.

Samedi, le Rapid Action Battalion (RAB) a interpellé à Tangail, à une centaine de kilomètres au sud-ouest, un homme de 38 ans soupçonné d'avoir fabriqué les deux ceintures explosives dans un atelier de soudure. Quatre personnes sont désormais en détention.

Le pays avait connu une accalmie après la vague d'attentats du milieu des années 2010, mais les alertes n'ont pas manqué. En mars 2021, une bombe artisanale avait explosé devant un commissariat de Bogura, blessant deux policiers. Il y a quatre ans, trois hommes armés de machettes avaient tué un libraire à Jamalpur, une attaque restée sans revendication.

Pour la première fois depuis 2019, le gouvernement a déployé l'armée dans une ville de la division, avec quelque 1 500 soldats. Le ministère de l'Intérieur promet 10 lakhs de takas pour toute information.
"""))
GOLD += [
E(13, ["L'État islamique a revendiqué vendredi soir", "le double attentat-suicide de jeudi à Mymensingh"],
  "SUI", "2026-06-11", "day", "Mymensingh", "BD", 20, 84, "exact", "Islamic State", "Islamic State", False,
  "'de jeudi' vs Sunday 14 June -> 11 June. 'L'État islamique a revendiqué' -> claimant and perpetrator; the police reject its figure (« plus de cent cinquante mécréants », never used), not the authorship. 'vingt morts, kamikazes compris, et 84 blessés' -> 20 (inside), 84, exact; the rickshaw driver who died on Friday is in it ('45 ans' is an age). Ansar al-Islam's denial is not a claim; JMB was only suspected."),
E(13, ["le Rapid Action Battalion (RAB) a interpellé à Tangail"],
  "ARR", "2026-06-13", "day", "Tangail", "BD", None, None, None, "police", None, False,
  "'Samedi' vs Sunday 14 June -> 13 June. RAB -> 'police'. The suspected maker of the vests. 'une centaine de kilomètres', '38 ans', 'Quatre personnes ... en détention' (cumulative) are not casualties."),
E(13, ["une bombe artisanale avait explosé devant un commissariat de Bogura"],
  "IED", "2021-03-01", "month", "Bogura", "BD", None, 2, "exact", None, None, True,
  "'En mars 2021' -> month, background. Homemade bomb, no actor -> Remote explosive/landmine/IED, null. 'blessant deux policiers' -> 2 injured."),
E(13, ["trois hommes armés de machettes avaient tué un libraire à Jamalpur"],
  "ATK", "2022-01-01", "year", "Jamalpur", "BD", 1, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. Unnamed attackers killing a civilian -> Attack, null. 'un libraire' -> 1; 'trois hommes' are attackers. 'la vague d'attentats du milieu des années 2010' is generic, not coded; '2019', '1 500 soldats', '10 lakhs' are not casualties."),
]

# -------------------------------------------------------------- holdout24-014
ARTICLES.append(A(14, "en", "article", "2026-06-16T12:00:00Z",
"Mymensingh bombing: three suspects remanded, teacher held in Gafargaon",
"""
A Mymensingh court on Monday placed three suspects in the twin suicide bombing at the city's bus terminal and Mechua Bazar on remand, as police arrested a madrasa teacher accused of recruiting the two bombers.

Senior Judicial Magistrate Nasrin Akter granted seven days' remand for the two men who were arrested in Jatrabari, Dhaka, last Thursday night, and five days for the welder arrested in Tangail on Saturday. Police had sought ten days for each. The three were brought to court under tight security in a prison van escorted by 12 policemen.

Separately, police on Monday arrested a 51-year-old madrasa teacher in Gafargaon upazila, 35km from Mymensingh city, who investigators say introduced the bombers, both aged 19, to a handler in 2024. His brother was questioned for six hours and released.

The June 11 attack, claimed by Islamic State, killed 20 people, including the two bombers, and injured 84. Eleven of the injured remain in hospital.

The case was filed under the Anti-Terrorism Act 2009, which carries the death penalty. Defence lawyer Mahbub Alam told reporters that his clients had "nothing to do with this crime" and that one of them had been "in Dhaka the whole day".

Meanwhile, the Mashkanda bus terminal reopened on Sunday, with 18 new CCTV cameras and bag searches for all 3,000 passengers who use it each day.
"""))
GOLD += [
E(14, ["the twin suicide bombing at the city's bus terminal and Mechua Bazar", "The June 11 attack"],
  "SUI", "2026-06-11", "day", "Mymensingh", "BD", 20, 84, "exact", "Islamic State", "Islamic State", False,
  "'The June 11 attack' -> 11 June, day. 'A Mymensingh court ... the city's bus terminal' -> Mymensingh. 'claimed by Islamic State' -> claimant and perpetrator. 'killed 20 people, including the two bombers, and injured 84' -> 20 (inside), 84, exact. 'Eleven of the injured remain in hospital' is a subset."),
E(14, ["the two men who were arrested in Jatrabari, Dhaka, last Thursday night"],
  "ARR", "2026-06-11", "day", "Dhaka", "BD", None, None, None, "police", None, False,
  "'last Thursday night' vs Tuesday 16 June -> 11 June (night dated at its start). Remand is the arrest's follow-up: one Arrests event for the original arrest (holdout23). No force named -> 'police'. 'seven days', 'ten days', '12 policemen' are not casualties."),
E(14, ["the welder arrested in Tangail on Saturday"],
  "ARR", "2026-06-13", "day", "Tangail", "BD", None, None, None, "police", None, False,
  "'on Saturday' vs Tuesday 16 June -> 13 June. Restated arrest, told through its remand ('five days')."),
E(14, ["police on Monday arrested a 51-year-old madrasa teacher in Gafargaon"],
  "ARR", "2026-06-15", "day", "Gafargaon", "BD", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 16 June -> 15 June. Gafargaon upazila -> 'Gafargaon'. '51-year-old', '35km', 'aged 19', '2024' are not casualties; 'His brother was questioned for six hours and released' is not an arrest. '2009', '18 new CCTV cameras', '3,000 passengers' are not casualties."),
]

# -------------------------------------------------------------- holdout24-015
ARTICLES.append(A(15, "fr", "article", "2026-06-13T07:30:00Z",
"Au Bangladesh, la colère des étudiants de Mymensingh dispersée au gaz lacrymogène",
"""
MYMENSINGH - Ils étaient plusieurs milliers, vendredi après-midi, à marcher vers la résidence du commissaire divisionnaire de Mymensingh, pancartes à la main : « Protégez nos marchés, protégez nos bus ». À quelques centaines de mètres du but, la police a dispersé le cortège au gaz lacrymogène et à coups de matraque. Une douzaine d'étudiants ont été blessés, selon les organisateurs.

La veille, deux kamikazes s'étaient fait exploser à neuf minutes d'intervalle à la gare routière de Mashkanda et au bazar de Mechua. Le bilan s'élève désormais à vingt morts, les deux kamikazes compris, et 84 blessés, après la mort vendredi matin d'un conducteur de rickshaw de 45 ans, père de trois enfants.

Au cimetière de Kewatkhali, les enterrements se sont succédé toute la journée de vendredi. « Mon fils avait 16 ans. Il vendait des mangues au bazar pour payer l'école », murmure Shirin Begum, 52 ans.

La revendication de l'État islamique, diffusée vendredi soir, n'a pas apaisé la colère. Les étudiants accusent le gouvernement d'avoir ignoré les avertissements : mercredi, un homme avait été arrêté à Bhaluka, à 40 kilomètres, avec 5 kilos de poudre explosive, sans que la sécurité soit renforcée à Mymensingh.

La ville, qui compte plusieurs universités et près de 60 000 étudiants, vit au ralenti. Les cours ont été suspendus pour une semaine et les bus interurbains ne partent plus qu'au compte-gouttes, avec une fouille des bagages qui prend jusqu'à 40 minutes.
"""))
GOLD += [
E(15, ["deux kamikazes s'étaient fait exploser à neuf minutes d'intervalle à la gare routière de Mashkanda et au bazar de Mechua"],
  "SUI", "2026-06-11", "day", "Mymensingh", "BD", 20, 84, "exact", "Islamic State", "Islamic State", False,
  "'La veille' of the Friday march -> Thursday 11 June. The bus terminal and the bazaar are in Mymensingh (dateline). 'vingt morts, les deux kamikazes compris, et 84 blessés' -> 20 (inside), 84, exact. « La revendication de l'État islamique, diffusée vendredi soir » -> claimant and perpetrator (the claim is named in a noun phrase, not in the triggers). 'neuf minutes', '45 ans', 'trois enfants', '16 ans' (an age; the son is in the toll), '52 ans' are not new figures."),
E(15, ["Ils étaient plusieurs milliers, vendredi après-midi, à marcher vers la résidence", "la police a dispersé le cortège au gaz lacrymogène et à coups de matraque"],
  "PI", "2026-06-12", "day", "Mymensingh", "BD", None, 12, "about", None, None, False,
  "'vendredi après-midi' vs Saturday 13 June -> 12 June. A march dispersed with tear gas and batons -> Protest with intervention, null actor. 'Une douzaine d'étudiants ont été blessés' -> 12 injured, about (dev table). 'plusieurs milliers' are participants; 'quelques centaines de mètres' a distance. Funerals are not coded."),
E(15, ["un homme avait été arrêté à Bhaluka"],
  "ARR", "2026-06-10", "day", "Bhaluka", "BD", None, None, None, "police", None, False,
  "'mercredi' vs Saturday 13 June -> 10 June. No force named -> 'police' (RAB in holdout24-011). '40 kilomètres', '5 kilos', '60 000 étudiants', 'une semaine', '40 minutes' are not casualties."),
]
