"""Authoring source of benchmarks/events_holdout32 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ndola, Zambia cluster (holdout32-006 to 010; English and French),
two suicide bombers on Wednesday 20 May 2026 at midday at two sites of one
town (the Broadway bus terminus and the Main Market, about 400 m and four
minutes apart): an English morning newsletter of one-line items (006), a
French international outlet's next-day story with a revised toll and
arrests (fr 007), an English parliamentary debate transcript with the claim,
a "may have been", arrests and people questioned (008), an obituary of a
victim with the attack told in passing and a march (009) and a French
business piece (insurers, markets, tourism) with older attacks (fr 010).
Zambia is in UTC+2; every publication time is set so that the local date is
the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout32")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout32-006
ARTICLES.append(A(6, "en", "article", "2026-05-21T05:00:00Z",
"The Copperbelt Morning: Thursday 21 May",
"""
Good morning. Here is what you need to know on the Copperbelt today.

NDOLA BOMBINGS — At least 11 people were killed and dozens wounded yesterday when two suicide bombers blew themselves up four minutes apart at the Broadway bus terminus and the Main Market in Ndola, police said. No group has claimed the attack. Both sites remain sealed; avoid Broadway and President Avenue this morning.

ARRESTS — Police in Kalulushi said they arrested three men late last night in connection with the Ndola attack after a tip-off from a hardware dealer who had sold one of them 30 metres of electrical wire.

REWARD — The Inspector-General has offered K50,000 for information. The police hotline is 991; the Ndola Teaching Hospital's relatives' desk is on 0212 620 100.

MUFULIRA — A protest by market traders over the new council levy was broken up with tear gas yesterday afternoon outside the civic centre. The council says the levy of K5 a day will stand.

ON THIS DAY — One year ago today, a grenade thrown into a crowded bar in Chingola wounded six people. Nobody was ever charged.

MARKETS — Copper closed up 3% in London at just over 9,800 dollars a tonne. The kwacha traded at 27.4 to the dollar.

POWER — ZESCO load-shedding stays at six hours a day on the Copperbelt until further notice.

WEATHER — Dry and sunny, highs of 27°C in Ndola and Luanshya.

SCHOOLS — Grade 12 mock examinations at schools within 2 km of the Ndola blast sites are postponed to Monday, the provincial education office said.

That is all for today. The Copperbelt Morning returns tomorrow at 7 a.m.
"""))
GOLD += [
E(6, ["NDOLA BOMBINGS", "two suicide bombers blew themselves up four minutes apart", "the attack", "the Ndola attack", "the Ndola blast sites"],
  "SUI", "2026-05-20", "day", "Ndola", "ZM", 11, 12, "at_least", None, None, False,
  "'yesterday' vs Thursday 21 May -> 20 May. Two sites of one town (the Broadway bus terminus and the Main Market, four minutes apart) -> ONE Suicide bomb event. 'At least 11 ... and dozens wounded' -> 11 (at_least), 12 ('dozens', dev table). No claim -> null. 'four minutes', '2 km' are not casualties. 'the Ndola attack' in the arrests item names the same bombing; the item heading 'NDOLA BOMBINGS' is a trigger (events_holdout27, 29, 31)."),
E(6, ["arrested three men late last night"],
  "ARR", "2026-05-20", "day", "Kalulushi", "ZM", None, None, None, "police", None, False,
  "'late last night' in a 07:00 local newsletter of Thursday 21 May -> Wednesday 20 May (evening dated at its start, events_holdout31). '30 metres of electrical wire' is not a casualty; 'three men' are arrestees."),
E(6, ["A protest by market traders over the new council levy was broken up with tear gas"],
  "PI", "2026-05-20", "day", "Mufulira", "ZM", None, None, None, None, None, False,
  "'yesterday afternoon' -> 20 May. A protest broken up with tear gas -> Protest with intervention; protests have a null perpetrator. 'K5 a day' is money."),
E(6, ["a grenade thrown into a crowded bar in Chingola wounded six people"],
  "GRN", "2025-05-21", "day", "Chingola", "ZM", None, 6, "exact", None, None, True,
  "'One year ago today' vs 21 May 2026 -> 21 May 2025, day precision, background. Grenade, null actor; injured 6. The other items (K50,000, 991, the phone number, 3%, 9,800 dollars, 27.4, six hours, 27°C, Grade 12, 7 a.m.) are not casualties or events; Luanshya in the weather item has no event."),
]

# -------------------------------------------------------------- holdout32-007
ARTICLES.append(A(7, "fr", "article", "2026-05-21T15:00:00Z",
"Zambie : le bilan du double attentat de Ndola s'alourdit",
"""
NDOLA (Afrique Monde Info) — Le bilan du double attentat-suicide qui a frappé mercredi Ndola, deuxième ville de Zambie, s'est nettement alourdi. D'abord fixé à onze morts, il s'élève désormais à dix-neuf morts, sans compter les deux kamikazes, et à quatre-vingt-quatre blessés, a annoncé jeudi le ministre de l'Intérieur. Vingt-six blessés sont dans un état grave.

Les deux hommes se sont fait exploser vers 12 h 15 à quatre minutes d'intervalle, le premier au terminus de bus de Broadway, le second à l'entrée du grand marché, à environ 400 mètres. Chaque charge contenait une dizaine de kilos d'explosifs, selon les enquêteurs.

La police a interpellé jeudi à l'aube à Luanshya, à une trentaine de kilomètres, deux frères de 24 et 29 ans, soupçonnés d'avoir loué la maison où les ceintures auraient été assemblées. Les trois hommes interpellés mercredi soir à Kalulushi ont été placés en garde à vue. Un commerçant de Ndola, qui leur aurait vendu du câble, a été convoqué comme témoin.

Aucune revendication n'avait été publiée jeudi après-midi. Un chercheur zambien estime que des partisans de l'État islamique « pourraient être derrière » l'attaque, qui rappelle selon lui les méthodes observées au Mozambique.

La Zambie n'avait jusqu'ici connu que des incidents isolés. En août 2024, une bombe artisanale avait explosé près d'un poste de police à Kabwe, sans faire de victimes.

Le gouvernement a décrété sept jours de deuil national et promis 150 000 kwachas aux familles de chaque victime. Les écoles de la ville resteront fermées jusqu'à lundi.
"""))
GOLD += [
E(7, ["double attentat-suicide qui a frappé mercredi Ndola", "Les deux hommes se sont fait exploser", "l'attaque"],
  "SUI", "2026-05-20", "day", "Ndola", "ZM", 21, 84, "exact", None, None, False,
  "'mercredi' vs Thursday 21 May -> 20 May. Revised toll: 'onze morts' -> 'dix-neuf morts, sans compter les deux kamikazes, et quatre-vingt-quatre blessés' -> 19 + 2 = 21, 84, exact ('sans compter' adds the bombers). 'Vingt-six blessés' in a serious state is a subset. No claim; « pourraient être derrière » is speculation -> null. '12 h 15', 'quatre minutes', '400 mètres', 'une dizaine de kilos' are not casualties."),
E(7, ["La police a interpellé jeudi à l'aube à Luanshya"],
  "ARR", "2026-05-21", "day", "Luanshya", "ZM", None, None, None, "police", None, False,
  "'jeudi à l'aube' = publication day, 21 May. 'une trentaine de kilomètres', '24 et 29 ans' are not casualties."),
E(7, ["Les trois hommes interpellés mercredi soir à Kalulushi"],
  "ARR", "2026-05-20", "day", "Kalulushi", "ZM", None, None, None, "police", None, False,
  "Restated arrest (006), 'mercredi soir' -> 20 May; 'placés en garde à vue' is its follow-up. The trader 'convoqué comme témoin' is not arrested."),
E(7, ["une bombe artisanale avait explosé près d'un poste de police à Kabwe"],
  "IED", "2024-08-01", "month", "Kabwe", "ZM", 0, 0, "exact", None, None, True,
  "'En août 2024' -> month, background. Homemade bomb -> Remote explosive/landmine/IED, null actor. 'sans faire de victimes' says explicitly that nobody was killed or hurt -> killed 0, injured 0, exact (dev: 0 only when the text says so). 'sept jours de deuil', '150 000 kwachas' are not casualties."),
]

# -------------------------------------------------------------- holdout32-008
ARTICLES.append(A(8, "en", "transcript", "2026-05-26T17:00:00Z",
"National Assembly debates: ministerial statement on the Ndola bombings",
"""
NATIONAL ASSEMBLY — DAILY PARLIAMENTARY DEBATES (extract), Tuesday 26 May 2026. Ministerial statement on the Ndola bombings.

THE MINISTER OF HOME AFFAIRS AND INTERNAL SECURITY: Madam Speaker, on Wednesday 20th May, two suicide bombers detonated their devices at the Broadway bus terminus and at the Main Market in Ndola. The toll now stands at 23 dead, including the two attackers, and 84 injured; two of the injured died at Ndola Teaching Hospital on Saturday. The so-called Islamic State claimed responsibility on Friday, and our security services consider the claim authentic.

Madam Speaker, seven suspects are in custody: three arrested in Kalulushi on 20th May, two in Luanshya on 21st May, and two at the Kasumbalesa border post on Sunday, who were trying to cross with 1,200 US dollars and a forged passport. A further 14 persons were questioned and released.

HON. MEMBER FOR NDOLA CENTRAL: Madam Speaker, the Minister of Defence said last week that the bombers may have been trained by the Allied Democratic Forces in the Congo. Which is it?

THE MINISTER OF HOME AFFAIRS AND INTERNAL SECURITY: Madam Speaker, the claim by Islamic State is the only attribution my ministry recognises.

HON. MEMBER FOR CHINGOLA: Madam Speaker, my constituents remember the grenade attack on a bar a year ago. Nobody was charged. Will these suspects also walk free?

HON. MEMBER FOR CHILILABOMBWE: Madam Speaker, in March 2021 gunmen attacked the police post at Konkola in my constituency and killed one officer. Our border posts are still manned by three officers per shift.

THE MINISTER OF HOME AFFAIRS AND INTERNAL SECURITY: Madam Speaker, 300 additional officers were deployed to the Copperbelt on Friday, and the reward stands at K2 million. Question 12 on the Order Paper will be answered on Thursday.

MADAM SPEAKER: Order. The statement is concluded.
"""))
GOLD += [
E(8, ["the Ndola bombings", "two suicide bombers detonated their devices at the Broadway bus terminus and at the Main Market in Ndola"],
  "SUI", "2026-05-20", "day", "Ndola", "ZM", 23, 84, "exact", "Islamic State", "Islamic State", False,
  "'Wednesday 20th May' -> 20 May. 'The toll now stands at 23 dead, including the two attackers, and 84 injured' (two injured died on Saturday) -> 23, 84, exact. 'Islamic State claimed responsibility', 'consider the claim authentic' -> claimant and perpetrator. The Defence Minister's 'may have been trained by the Allied Democratic Forces' is speculation -> not coded. The transcript's title line and the heading 'Ministerial statement on the Ndola bombings' name the bombing (trigger)."),
E(8, ["three arrested in Kalulushi on 20th May"],
  "ARR", "2026-05-20", "day", "Kalulushi", "ZM", None, None, None, "police", None, False,
  "Restated arrest -> its own event. Minister of Home Affairs reporting custody -> 'police'."),
E(8, ["two in Luanshya on 21st May"],
  "ARR", "2026-05-21", "day", "Luanshya", "ZM", None, None, None, "police", None, False,
  "Restated arrest -> its own event."),
E(8, ["two at the Kasumbalesa border post on Sunday"],
  "ARR", "2026-05-24", "day", "Kasumbalesa", "ZM", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 26 May -> 24 May. A border post -> its town. '1,200 US dollars' is money; 'seven suspects' a count of arrestees; the 14 'questioned and released' are not arrested."),
E(8, ["the grenade attack on a bar a year ago"],
  "GRN", "2025-01-01", "year", "Chingola", "ZM", None, None, None, None, None, True,
  "The Chingola bar grenade of 006 told by the Hon. Member for Chingola: 'a year ago' -> 2025, year precision (dev: year-level expressions), background. The place comes from the speaker's constituency (see Known ambiguities). No figure here -> null."),
E(8, ["gunmen attacked the police post at Konkola in my constituency and killed one officer"],
  "BAT", "2021-03-01", "month", "Chililabombwe", "ZM", 1, None, "exact", None, None, True,
  "'in March 2021' -> month, background. Unnamed gunmen attacking a police post -> Armed clash, null initiator; 'killed one officer' -> 1, exact. Konkola is a township of Chililabombwe -> Chililabombwe. 'three officers per shift', '300 additional officers', 'K2 million', 'Question 12' are not casualties."),
]

# -------------------------------------------------------------- holdout32-009
ARTICLES.append(A(9, "en", "article", "2026-05-29T08:00:00Z",
"Mercy Chanda, 1987-2026: the teacher who went back for her pupils",
"""
NDOLA, Zambia — Mercy Chanda taught Grade 5 at Chifubu Primary School for twelve years, and every Wednesday she took the bus into town to buy chalk, exercise books and, when the budget allowed, oranges for a class of 46 children.

She was at the Main Market on 20 May when the second of two suicide bombers blew himself up at the entrance, four minutes after the first had struck the Broadway bus terminus. She was 39. She was one of 23 people killed in the twin bombing, a toll that counts the two bombers; 84 others were wounded. The attack was claimed by Islamic State two days later.

Colleagues say she had walked out of the market unhurt and went back in because two pupils, sisters aged 9 and 11, had been with her. Both girls survived with leg wounds.

Mrs Chanda was no stranger to fear. In 2016, as a student teacher in Kapiri Mposhi, she was among nine people wounded when a grenade was thrown into a college hall during an exam; she kept a scar on her left arm and, friends say, never sat with her back to a door again.

She was buried on Tuesday at Kansenshi cemetery. On Sunday, hundreds of teachers in their school uniforms marched through the centre of Ndola to the provincial administration, asking for guards and bag checks at markets and bus stations. The march ended peacefully with a prayer.

Her husband, Joseph, a 42-year-old mine electrician, said the school had set up a fund of K15,000 for her two sons, aged 7 and 13. "She would have told me to stop crying and mark the books," he said.

She is survived by her husband, her sons and her mother.
"""))
GOLD += [
E(9, ["the second of two suicide bombers blew himself up at the entrance", "the twin bombing", "The attack"],
  "SUI", "2026-05-20", "day", "Ndola", "ZM", 23, 84, "exact", "Islamic State", "Islamic State", False,
  "'on 20 May' -> 20 May 2026. An obituary telling the bombing in passing. 'one of 23 people killed ..., a toll that counts the two bombers; 84 others were wounded' -> 23, 84, exact. 'claimed by Islamic State two days later' -> claimant and perpetrator. 'Grade 5', 'twelve years', '46 children', 'She was 39', 'aged 9 and 11', '42-year-old', 'K15,000', 'aged 7 and 13', '1987-2026' are not casualties; the burial is not coded."),
E(9, ["a grenade was thrown into a college hall during an exam"],
  "GRN", "2016-01-01", "year", "Kapiri Mposhi", "ZM", None, 9, "exact", None, None, True,
  "'In 2016' -> year, background. 'among nine people wounded' -> injured 9, exact; null actor."),
E(9, ["hundreds of teachers in their school uniforms marched through the centre of Ndola"],
  "PP", "2026-05-24", "day", "Ndola", "ZM", None, None, None, None, None, False,
  "'On Sunday' vs Friday 29 May -> 24 May. A march with a demand that ended peacefully -> Peaceful protest; 'hundreds' are participants."),
]

# -------------------------------------------------------------- holdout32-010
ARTICLES.append(A(10, "fr", "article", "2026-06-03T10:00:00Z",
"Zambie : après Ndola, assureurs et voyagistes revoient leurs calculs",
"""
LUSAKA (Afrique Monde Info) — Deux semaines après le double attentat-suicide du 20 mai à Ndola, qui a fait vingt-trois morts, kamikazes compris, et quatre-vingt-quatre blessés, et qui a été revendiqué par l'État islamique, les milieux d'affaires zambiens font leurs comptes.

Les assureurs ont été les premiers à réagir. Selon un courtier de Lusaka, les primes de la garantie « violence politique » pour les sites miniers de la Copperbelt ont augmenté de 15 % à 20 %, et deux assureurs sud-africains ont suspendu toute nouvelle couverture pour les entrepôts de Ndola.

Les marchés ont suivi. Le kwacha a perdu 4 % face au dollar dans la semaine suivant l'attaque, avant de se reprendre en partie. Les cours du cuivre, dont la Zambie tire près de 70 % de ses recettes d'exportation, n'ont guère bougé.

Le tourisme souffre davantage. À Livingstone, près des chutes Victoria, un hôtel de 120 chambres fait état de 30 % d'annulations pour juillet. Les professionnels rappellent que la ville a déjà connu une alerte : en septembre 2023, des démineurs de la police y avaient désamorcé un engin explosif déposé dans le hall d'un hôtel.

Les transporteurs, eux, craignent surtout la route. En octobre 2022, des hommes armés avaient attaqué un convoi de camions de cuivre près de Solwezi, tuant deux chauffeurs, ce qui avait fait grimper le coût de l'escorte à 1 500 dollars par convoi.

« Le risque n'a pas changé de nature, il a changé de prix », résume un analyste de la Bourse de Lusaka, qui note que l'indice a reculé de 2,3 % depuis le 20 mai. Le gouvernement doit présenter la semaine prochaine un fonds de garantie de 500 millions de kwachas.
"""))
GOLD += [
E(10, ["double attentat-suicide du 20 mai à Ndola", "l'attaque"],
  "SUI", "2026-05-20", "day", "Ndola", "ZM", 23, 84, "exact", "Islamic State", "Islamic State", False,
  "'du 20 mai' -> 20 May 2026. 'vingt-trois morts, kamikazes compris, et quatre-vingt-quatre blessés' -> 23, 84, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. '15 % à 20 %', '4 %', '70 %', '2,3 %', '500 millions de kwachas', 'depuis le 20 mai' are not casualties (the last is a date reference to the same bombing, not a trigger)."),
E(10, ["des démineurs de la police y avaient désamorcé un engin explosif"],
  "DWU", "2023-09-01", "month", "Livingstone", "ZM", None, None, None, "police", None, True,
  "'en septembre 2023' -> month, background. A device defused on its own -> Disrupted weapons use; 'y' = Livingstone. '120 chambres', '30 % d'annulations' are not casualties."),
E(10, ["des hommes armés avaient attaqué un convoi de camions de cuivre près de Solwezi"],
  "ATK", "2022-10-01", "month", "Solwezi", "ZM", 2, None, "exact", None, None, True,
  "'En octobre 2022' -> month, background. Gunmen attacking a lorry convoy and killing two drivers (civilians) -> Violence against civilians / Attack, null actor; killed 2, exact. 'près de Solwezi' -> Solwezi. '1 500 dollars' is money."),
]
