"""Authoring source of benchmarks/events_holdout32 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Zenica, Bosnia and Herzegovina cluster (holdout32-016 to 020;
English and French), two suicide bombers on Friday 9 October 2026 in the
late afternoon at two sites of one town (the bus station and the covered
market of the old town, about 350 m and three minutes apart): an English
wire flash with an early toll, a speculation and an arrest on the spot
(016), a French international outlet with the claim, a revised toll, a
denial and a "may have been" (fr 017), an English report of funerals, a
march, a later death and arrests (018), an English editorial full of older
attacks (019) and a French TV studio transcript with speaker labels, a new
arrest and older attacks (fr 020). Bosnia is in UTC+2 in October; every
publication time is set so that the local date is the UTC date. Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout32")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout32-016
ARTICLES.append(A(16, "en", "article", "2026-10-09T19:00:00Z",
"At least 14 killed in twin suicide bombing in Bosnia's Zenica",
"""
ZENICA, Bosnia and Herzegovina (Balkan Wire) - At least 14 people were killed and scores of others wounded on Friday when two suicide bombers struck the bus station and the covered market in Zenica, an industrial city of about 110,000 people in central Bosnia, police said.

The first bomber blew himself up at 17:05 in the crowded departure hall of the bus station as a coach for Sarajevo was boarding. The second struck three minutes later at the entrance of the covered market, about 350 metres away, where traders were packing up for the weekend.

Police said each bomber carried about 5 kg of explosives mixed with screws. A man seen running from the bus station with a backpack was detained by police a few minutes after the first blast and was being questioned on Friday evening; officers did not say whether he was linked to the bombers.

No group has claimed the attack. A senior security official told Balkan Wire it "may have been the work" of Islamic State sympathisers who had returned from Syria, but cautioned that it was too early to say.

Bosnia has seen few attacks of this kind. In 2019, two police officers were wounded when a man threw a grenade at a patrol car in Kakanj, some 30 km to the south-east.

The M17 road through the city was closed in both directions, and trains on the Sarajevo line were halted for two hours. The cantonal hospital said it had called in all off-duty staff and opened 60 extra beds.
"""))
GOLD += [
E(16, ["two suicide bombers struck the bus station and the covered market in Zenica", "The first bomber blew himself up", "the first blast", "the attack"],
  "SUI", "2026-10-09", "day", "Zenica", "BA", 14, 20, "at_least", None, None, False,
  "'on Friday' = publication day, 9 October. Two sites of one town (the bus station and the covered market, about 350 m and three minutes apart) -> ONE Suicide bomb event. 'At least 14 ... and scores of others wounded' -> 14 (at_least), 20 ('scores of', read like 'dozens' as at least one score, events_holdout20). 'may have been the work' is speculation -> null. 'about 110,000 people', '17:05', 'three minutes', '350 metres', '5 kg' are not casualties."),
E(16, ["A man seen running from the bus station with a backpack was detained by police"],
  "ARR", "2026-10-09", "day", "Zenica", "BA", None, None, None, "police", None, False,
  "'a few minutes after the first blast' -> 9 October. 'detained by police' -> Arrests (being questioned after detention is the arrest's follow-up), police."),
E(16, ["a man threw a grenade at a patrol car in Kakanj"],
  "GRN", "2019-01-01", "year", "Kakanj", "BA", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background. Grenade, null actor; 'two police officers were wounded' -> injured 2. '30 km', 'M17', 'two hours', '60 extra beds' are not casualties."),
]

# -------------------------------------------------------------- holdout32-017
ARTICLES.append(A(17, "fr", "article", "2026-10-10T17:00:00Z",
"Bosnie : l'État islamique revendique le double attentat de Zenica",
"""
SARAJEVO (Afrique Monde Info) — Le double attentat-suicide qui a frappé vendredi Zenica, dans le centre de la Bosnie-Herzégovine, a été revendiqué samedi matin par l'État islamique, qui affirme avoir voulu « punir » la ville. Le parquet d'État a déclaré prendre la revendication « très au sérieux ».

Le bilan s'est alourdi dans la nuit. Il faisait état vendredi soir d'au moins quatorze morts ; samedi, la police cantonale a annoncé vingt-quatre morts, sans compter les deux kamikazes, et cent douze blessés, dont dix-huit dans un état critique.

L'Agence d'État d'investigation et de protection (SIPA) a interpellé samedi à l'aube quatre hommes à Maglaj, à une cinquantaine de kilomètres au nord, lors d'une perquisition dans une ferme où ont été saisis 20 kilos d'engrais et trois téléphones. L'homme arrêté vendredi près de la gare routière de Zenica est toujours détenu. Un cinquième homme, voisin de la ferme, a été entendu puis relâché.

Une association islamique de Zenica a « fermement démenti » tout lien avec les auteurs. Un responsable de la SIPA a par ailleurs estimé que d'anciens combattants du Front al-Nosra « pourraient avoir été » associés à la préparation, une hypothèse que le parquet n'a pas reprise.

Trois jours de deuil ont été décrétés dans le canton de Zenica-Doboj. Les drapeaux sont en berne et les écoles fermées jusqu'à mardi. La compagnie ferroviaire a rétabli les trains vers Sarajevo, à 70 kilomètres, avec une heure de retard.
"""))
GOLD += [
E(17, ["Le double attentat-suicide qui a frappé vendredi Zenica"],
  "SUI", "2026-10-09", "day", "Zenica", "BA", 26, 112, "exact", "Islamic State", "Islamic State", False,
  "'vendredi' vs Saturday 10 October -> 9 October. « revendiqué samedi matin par l'État islamique », taken « très au sérieux » -> claimant and perpetrator. Revised toll: 'au moins quatorze morts' -> 'vingt-quatre morts, sans compter les deux kamikazes, et cent douze blessés' -> 24 + 2 = 26, 112, exact; 'dix-huit dans un état critique' a subset. The association's denial is not a claim; « pourraient avoir été » (al-Nosra veterans) is speculation -> not coded."),
E(17, ["(SIPA) a interpellé samedi à l'aube quatre hommes à Maglaj"],
  "ARR", "2026-10-10", "day", "Maglaj", "BA", None, None, None, "police", None, False,
  "'samedi à l'aube' = publication day, 10 October. SIPA (State Investigation and Protection Agency) -> 'police'. The fertiliser and phones belong to the arrest; '20 kilos', 'une cinquantaine de kilomètres', 'trois téléphones' are not casualties. The neighbour 'entendu puis relâché' is not arrested."),
E(17, ["L'homme arrêté vendredi près de la gare routière de Zenica"],
  "ARR", "2026-10-09", "day", "Zenica", "BA", None, None, None, "police", None, False,
  "Restated arrest (016), 'vendredi' -> 9 October. 'Trois jours de deuil', '70 kilomètres', 'une heure' are not casualties; mourning is not coded."),
]

# -------------------------------------------------------------- holdout32-018
ARTICLES.append(A(18, "en", "article", "2026-10-12T18:00:00Z",
"Zenica buries its dead as thousands march and a new suspect is held",
"""
ZENICA, Bosnia and Herzegovina (Balkan Wire) - Thousands of mourners followed coffins through Zenica on Monday, three days after Friday's twin suicide bombing at the bus station and the covered market, as police announced a new arrest.

The toll rose to 27 dead on Sunday, the two bombers included, when a 62-year-old market trader died of her wounds at the cantonal hospital. Another 112 people were wounded; 17 remain in intensive care, hospital director Amra Hodžić said.

On Sunday afternoon more than 5,000 people marched in silence from the bus station to the cantonal government building, many holding photographs of victims, to demand the resignation of the cantonal interior minister. The march ended peacefully after two hours, and organisers said they would return every Sunday.

Police said they had arrested a suspected facilitator, a 41-year-old used-car dealer, in Doboj on Sunday evening. Investigators believe he sold the bombers the Volkswagen van, registration A12-K-345, found near the market. Two of his employees were questioned and released.

The four men arrested in Maglaj on Saturday were ordered held for one month by a judge of the State Court on Monday. Prosecutors said one of them had received 8,000 convertible marks from abroad in September.

Islamic State, which claimed the bombing on Saturday, released no new statement on Monday. Schools in the city will reopen on Wednesday, and the covered market, closed since Friday, is to reopen next week with airport-style scanners at its 3 entrances.
"""))
GOLD += [
E(18, ["Friday's twin suicide bombing at the bus station and the covered market", "the bombing"],
  "SUI", "2026-10-09", "day", "Zenica", "BA", 27, 112, "exact", "Islamic State", "Islamic State", False,
  "'Friday's' vs Monday 12 October -> 9 October. A trader died on Sunday -> '27 dead ..., the two bombers included' -> 27; 'Another 112 people were wounded' -> 112 (not reduced by the later death), exact. 'Islamic State, which claimed the bombing' -> claimant and perpetrator. '62-year-old', '17 remain in intensive care' (a subset), 'three days', '3 entrances' are not casualties; the funerals are not coded."),
E(18, ["more than 5,000 people marched in silence from the bus station to the cantonal government building"],
  "PP", "2026-10-11", "day", "Zenica", "BA", None, None, None, None, None, False,
  "'On Sunday afternoon' vs Monday 12 October -> 11 October. A march with a demand that ended peacefully -> Peaceful protest; '5,000' are participants, 'two hours' a span. The future Sunday marches are not coded."),
E(18, ["they had arrested a suspected facilitator, a 41-year-old used-car dealer, in Doboj"],
  "ARR", "2026-10-11", "day", "Doboj", "BA", None, None, None, "police", None, False,
  "'on Sunday evening' -> 11 October. '41-year-old', the registration 'A12-K-345' are not casualties; the two employees 'questioned and released' are not arrested."),
E(18, ["The four men arrested in Maglaj on Saturday"],
  "ARR", "2026-10-10", "day", "Maglaj", "BA", None, None, None, "police", None, False,
  "Restated arrest told through its follow-up ('ordered held for one month') -> one Arrests event at the arrest's day, Saturday 10 October. '8,000 convertible marks' is money."),
]

# -------------------------------------------------------------- holdout32-019
ARTICLES.append(A(19, "en", "article", "2026-10-13T06:00:00Z",
"Editorial: Zenica deserves answers, not reflexes",
"""
Four days after two suicide bombers killed 27 people in Zenica, the two of them included, and wounded 112, Bosnia's leaders are reaching for the familiar reflexes: more police on the streets, tougher words about returnees from Syria, a reward of 100,000 convertible marks. None of this is wrong. None of it is enough.

The bombing, claimed by Islamic State, did not come out of nowhere. In 2019 a man threw a grenade at a police patrol in Kakanj and wounded two officers; he was tried, and the case was forgotten. In March 2021 a man with a knife attacked passengers on a Sarajevo tram and wounded two of them. Four years ago a car bomb killed a businessman in Mostar, a crime the police attributed to a feud and never solved. And last August, police in Tuzla arrested three men who, prosecutors say, had gathered 12 kilograms of explosives for an attack on a concert.

Each case was treated as an isolated incident. Each was followed by a week of statements and then silence. The state intelligence service has had the same budget, about 0.4 percent of public spending, for a decade; the State Investigation and Protection Agency is short of 300 officers.

This newspaper does not believe that a country of 3.2 million people can be policed into safety. It does believe that a parliament that has not passed a counter-terrorism strategy since 2021 owes the families of Zenica an explanation.

We ask for three things: a public inquiry with its findings published within 90 days, a register of every attack since 2016 open to researchers, and a fund for the victims that does not depend on the goodwill of donors.

Zenica has buried its dead. The least the country can do is learn from them.
"""))
GOLD += [
E(19, ["two suicide bombers killed 27 people in Zenica", "The bombing, claimed by Islamic State"],
  "SUI", "2026-10-09", "day", "Zenica", "BA", 27, 112, "exact", "Islamic State", "Islamic State", False,
  "'Four days after' vs Tuesday 13 October -> 9 October. 'killed 27 people ..., the two of them included, and wounded 112' -> 27, 112, exact. 'claimed by Islamic State' -> claimant and perpetrator. '100,000 convertible marks', '0.4 percent', '300 officers', '3.2 million', '90 days', 'since 2016', 'since 2021' are not casualties."),
E(19, ["a man threw a grenade at a police patrol in Kakanj"],
  "GRN", "2019-01-01", "year", "Kakanj", "BA", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background (the Kakanj grenade of 016); 'wounded two officers' -> 2."),
E(19, ["a man with a knife attacked passengers on a Sarajevo tram"],
  "ATK", "2021-03-01", "month", "Sarajevo", "BA", None, 2, "exact", None, None, True,
  "'In March 2021' -> month, background. A knifeman against civilians -> Attack, null actor; 'wounded two of them' -> injured 2."),
E(19, ["a car bomb killed a businessman in Mostar"],
  "IED", "2022-01-01", "year", "Mostar", "BA", 1, None, "exact", None, None, True,
  "'Four years ago' vs 2026 -> 2022, year, background. A car bomb -> Remote explosive/landmine/IED (no suicide bomber), null actor (a feud, unsolved); killed 1."),
E(19, ["police in Tuzla arrested three men"],
  "ARR", "2026-08-01", "month", "Tuzla", "BA", None, None, None, "police", None, True,
  "'last August' vs October 2026 -> August 2026, month, background (more than 30 days before publication). A plot foiled by arresting its authors -> Arrests (the explosives belong to it); '12 kilograms' is a weight, the concert attack never happened."),
]

# -------------------------------------------------------------- holdout32-020
ARTICLES.append(A(20, "fr", "transcript", "2026-10-16T19:00:00Z",
"« Le Grand Décryptage » : une semaine après Zenica",
"""
PRÉSENTATRICE : Bonsoir. Il y a une semaine, deux kamikazes se faisaient exploser à Zenica, en Bosnie. Bilan : vingt-sept morts, dont les deux assaillants, et cent douze blessés. L'État islamique a revendiqué l'attentat le lendemain. Avec nous, un chercheur spécialiste des Balkans. Où en est l'enquête ?

CHERCHEUR : Elle s'est accélérée. Hier, la police des frontières a arrêté à Bihać, près de la frontière croate, un passeur de 33 ans soupçonné d'avoir fait entrer en Bosnie le détonateur utilisé à la gare routière. Cela porte à sept le nombre de personnes détenues.

PRÉSENTATRICE : La Bosnie était-elle préparée ?

CHERCHEUR : Non, et pourtant il y avait eu des signaux. En 2017, un homme armé avait attaqué un poste de police à Travnik et tué deux policiers avant d'être abattu. En mars 2021, un homme armé d'un couteau avait blessé deux passagers dans un tramway de Sarajevo. Il y a quatre ans, une voiture piégée avait tué un homme d'affaires à Mostar, même si l'on parlait alors de règlement de comptes.

PRÉSENTATRICE : On entend dire que d'autres groupes pourraient être impliqués.

CHERCHEUR : Un responsable a évoqué d'anciens combattants du Front al-Nosra, mais la revendication de l'État islamique est détaillée : elle donne les noms de guerre des deux kamikazes et l'heure exacte, 17 h 05. Les enquêteurs la jugent authentique.

PRÉSENTATRICE : Et la suite ?

CHERCHEUR : Le gouvernement promet 400 policiers de plus et un fonds de 5 millions de marks convertibles. Ce qui manque, c'est une stratégie : la dernière date de 2021.

PRÉSENTATRICE : Merci. Les personnes qui ont des informations peuvent appeler le 122.
"""))
GOLD += [
E(20, ["deux kamikazes se faisaient exploser à Zenica", "l'attentat"],
  "SUI", "2026-10-09", "day", "Zenica", "BA", 27, 112, "exact", "Islamic State", "Islamic State", False,
  "'Il y a une semaine' vs Friday 16 October -> 9 October. 'vingt-sept morts, dont les deux assaillants, et cent douze blessés' -> 27, 112, exact. 'L'État islamique a revendiqué', investigators judge it 'authentique' -> claimant and perpetrator; the al-Nosra hint is speculation -> not coded. '17 h 05', '400 policiers', '5 millions de marks', '122' are not casualties."),
E(20, ["la police des frontières a arrêté à Bihać"],
  "ARR", "2026-10-15", "day", "Bihać", "BA", None, None, None, "police", None, False,
  "'Hier' vs 16 October -> 15 October. Border police -> 'police'. '33 ans' is an age; 'sept ... personnes détenues' is a running total, not an event."),
E(20, ["un homme armé avait attaqué un poste de police à Travnik"],
  "BAT", "2017-01-01", "year", "Travnik", "BA", 3, None, "exact", None, None, True,
  "'En 2017' -> year, background. An unnamed gunman attacking a police post -> Armed clash with a null initiator (events_holdout31 convention); 'tué deux policiers avant d'être abattu' -> 2 + the attacker = 3 (all sides summed, attackers killed count too), exact."),
E(20, ["un homme armé d'un couteau avait blessé deux passagers dans un tramway de Sarajevo"],
  "ATK", "2021-03-01", "month", "Sarajevo", "BA", None, 2, "exact", None, None, True,
  "'En mars 2021' -> month, background (as in 019)."),
E(20, ["une voiture piégée avait tué un homme d'affaires à Mostar"],
  "IED", "2022-01-01", "year", "Mostar", "BA", 1, None, "exact", None, None, True,
  "'Il y a quatre ans' -> 2022, year, background (as in 019)."),
]
