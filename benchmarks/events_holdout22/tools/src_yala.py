"""Authoring source of benchmarks/events_holdout22 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Yala, Thailand cluster (holdout22-001 to 005; English and French),
two suicide bombers on Tuesday 3 March 2026 at two sites of one town in
Thailand's deep south (the fresh market on Sirorot Road and the railway
station, about 600 m and eight minutes apart): a live blog, newest first, with
a speculation about the BRN (001), an international French-language radio's
next-day report with the revised toll (fr 002), the Islamic State claim, the
BRN's denial and older attacks (003), an arrests story with the facilitator
and a raid that turns into a clash (fr 004) and an obituary-style profile of a
victim who died later (005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout22")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout22-001
ARTICLES.append(A(1, "en", "article", "2026-03-03T14:30:00Z",
"LIVE: Twin suicide bombing in Yala - latest updates",
"""
Follow our live coverage of the twin suicide bombing in Yala, in Thailand's deep south. All times are local (ICT). The newest entries are at the top.

21:15 - The provincial health office now says 14 people were killed, excluding the two bombers, and 52 wounded. Nine of the wounded are in a critical condition at Yala Regional Hospital, which has asked for blood donors of all groups.

18:40 - Police at a checkpoint in Raman district detained two men riding one motorcycle with about 3 kg of ammonium nitrate hidden in a rice sack, a police colonel told reporters. He would not say whether they were linked to the morning's attack.

16:05 - The regional army commander says the Barisan Revolusi Nasional (BRN) "may have been behind" the bombing, pointing to the timing, but concedes there is no evidence yet. No group has claimed it.

14:50 - Bomb-disposal officers have defused a third device, a pipe bomb in a motorcycle's seat box, in a car park near the Yala municipal stadium, about 1.5 km from the market.

13:20 - A doctor at the regional hospital says eleven bodies have been brought in.

10:30 - Officials say at least eight people have been killed. The first bomber struck at about 7:10 a.m. among the vegetable stalls of the fresh market on Sirorot Road; eight minutes later a second man blew himself up at the entrance of the railway station, some 600 metres away, as a train from Hat Yai was pulling in.

07:45 - We are getting reports of two explosions in the centre of Yala. Witnesses describe smoke over the market and ambulances heading towards the station.

Background: the insurgency in Yala, Pattani and Narathiwat provinces has killed more than 7,000 people since 2004, but suicide attacks have been almost unknown there. The hotline for relatives is 1669.
"""))
GOLD += [
E(1, ["twin suicide bombing in Yala", "the morning's attack", "the bombing", "The first bomber struck", "a second man blew himself up"],
  "SUI", "2026-03-03", "day", "Yala", "TH", 16, 52, "exact", None, None, False,
  "A live page of Tuesday 3 March (local date = UTC date). Two sites of one town (the fresh market and the railway station, about 600 m and eight minutes apart) -> ONE Suicide bomb event (events_holdout10 Koupéla convention). Newest-first live page -> the top entry is the final figure (events_holdout5, 19): 'at least eight' (10:30) -> 'eleven bodies' (13:20) -> '14 people were killed, excluding the two bombers, and 52 wounded' (21:15) -> 14 + 2 = 16 ('excluding' adds the bombers), 52, exact. 'Nine of the wounded' is a subset. The BRN 'may have been behind' is speculation -> null. '7:10 a.m.', 'eight minutes', '600 metres', 'more than 7,000 people since 2004' (a cumulative statistic, not coded), '1669' are not casualties."),
E(1, ["Police at a checkpoint in Raman district detained two men riding one motorcycle"],
  "ARR", "2026-03-03", "day", "Raman", "TH", None, None, None, "police", None, False,
  "18:40 entry of a Tuesday 3 March page -> 3 March. Police -> 'police'. A district named for its town -> Raman. 'one motorcycle', 'about 3 kg of ammonium nitrate' belong to the arrest; not linked to the bombing by the text, an arrest all the same."),
E(1, ["Bomb-disposal officers have defused a third device"],
  "DWU", "2026-03-03", "day", "Yala", "TH", None, None, None, "police", None, False,
  "14:50 entry -> 3 March. A device defused on its own -> Disrupted weapons use; bomb-disposal officers -> 'police' (events_holdout21). A car park near the stadium -> Yala. '1.5 km' is a distance."),
]

# -------------------------------------------------------------- holdout22-002
ARTICLES.append(A(2, "fr", "article", "2026-03-04T06:00:00Z",
"Thaïlande : le bilan du double attentat-suicide de Yala s'alourdit à 18 morts",
"""
Le bilan du double attentat-suicide qui a frappé mardi matin le centre de Yala, dans l'extrême sud de la Thaïlande, n'a cessé de s'alourdir. Mardi midi, les autorités parlaient d'au moins huit morts. Dans la soirée, l'office provincial de la santé faisait état de 14 morts et de 52 blessés. Dans la nuit, deux blessés ont succombé à l'hôpital régional de Yala.

Mercredi matin, le gouverneur de la province a annoncé un bilan de 16 morts, sans compter les deux kamikazes, et de 52 blessés. Parmi les morts figurent une vendeuse de légumes de 61 ans, un lycéen de 16 ans et deux cheminots qui contrôlaient les billets à l'entrée de la gare.

Le premier kamikaze s'est fait exploser vers 7 h 10 au milieu des étals du marché frais, le second huit minutes plus tard devant la gare ferroviaire, à quelque 600 mètres. Selon la police, chaque ceinture contenait environ 4 kilos d'explosif.

Aucune revendication n'avait été publiée mercredi matin. Les insurgés séparatistes malais musulmans, qui combattent l'État thaïlandais depuis 2004 dans les provinces de Yala, Pattani et Narathiwat, n'avaient jamais eu recours à des kamikazes.

Dans la nuit de mardi à mercredi, des hommes armés ont ouvert le feu sur un poste de rangers paramilitaires à Bacho, dans la province voisine de Narathiwat, blessant un ranger. Les assaillants se sont enfuis à moto.

Le Premier ministre, attendu jeudi à Yala, a promis 500 000 bahts à chaque famille endeuillée. Les écoles de la ville resteront fermées trois jours et le trafic ferroviaire vers Sungai Kolok, à plus de 100 kilomètres, a été suspendu. Yala, ville d'environ 60 000 habitants, se trouve à plus de 1 000 kilomètres au sud de Bangkok.
"""))
GOLD += [
E(2, ["Le bilan du double attentat-suicide qui a frappé mardi matin le centre de Yala", "Le premier kamikaze s'est fait exploser"],
  "SUI", "2026-03-03", "day", "Yala", "TH", 18, 52, "exact", None, None, False,
  "'mardi matin' vs Wednesday 4 March -> 3 March. Two sites -> one event. Revised toll inside the report: 'au moins huit' -> '14 morts et 52 blessés' -> two wounded died overnight -> '16 morts, sans compter les deux kamikazes, et de 52 blessés' -> 16 + 2 = 18 ('sans compter' adds the bombers), 52, exact. No claim -> null. '61 ans', '16 ans', 'deux cheminots' (inside the toll), '7 h 10', 'huit minutes', '600 mètres', '4 kilos', '500 000 bahts', 'trois jours', '100 kilomètres', '60 000 habitants', '1 000 kilomètres', 'depuis 2004' are not casualties."),
E(2, ["des hommes armés ont ouvert le feu sur un poste de rangers paramilitaires à Bacho"],
  "BAT", "2026-03-03", "day", "Bacho", "TH", None, 1, "exact", None, None, False,
  "'Dans la nuit de mardi à mercredi' -> Tuesday 3 March (nights are dated at their start). Unnamed gunmen firing on a post -> Armed clash with a null initiator (events_holdout20, 21). 'blessant un ranger' -> 1 injured, exact."),
]

# -------------------------------------------------------------- holdout22-003
ARTICLES.append(A(3, "en", "article", "2026-03-06T09:00:00Z",
"Islamic State claims Yala twin bombing; BRN denies role",
"""
Islamic State claimed responsibility on Thursday for Tuesday's twin suicide bombing in Yala, the first attack of its kind in Thailand's southern border provinces. In a statement carried by its news agency, the group said its "East Asia province" had sent two fighters who killed "more than 60 Thai soldiers and crusaders".

The army called the claim "credible" and said investigators had matched the photographs released with it to the two bombers, but rejected the figure. The health ministry says 19 people were killed, including the two bombers, after a 67-year-old noodle vendor died of her wounds on Thursday morning, and 52 were wounded.

The Barisan Revolusi Nasional, the main separatist group, denied any role in a short message on Wednesday, saying it "does not target markets and stations".

On Wednesday, police arrested three men in Krong Pinang district on suspicion of scouting the market for the bombers. Some 25 other people have been questioned and released, a police spokesman said.

Analysts say the south has seen bombs and shootings for two decades, rarely suicide attacks. In 2019, a bomb hidden in a motorcycle exploded outside a bank in Betong, wounding eight people. In March 2021, gunmen attacked a village defence volunteers' post in Sai Buri, killing three volunteers. Last August, a roadside bomb struck a ranger patrol near Rangae, killing two rangers and wounding four.

"What is new is the method, not the violence," said a researcher at Prince of Songkla University's Pattani campus, who asked not to be named. Peace talks, suspended in 2024, have not resumed.

The government has offered a reward of 1 million baht for information and deployed 2,000 extra troops to the three provinces. Trains between Hat Yai and Sungai Kolok resumed on Thursday, with 40 soldiers on board each service.
"""))
GOLD += [
E(3, ["Tuesday's twin suicide bombing in Yala"],
  "SUI", "2026-03-03", "day", "Yala", "TH", 19, 52, "exact", "Islamic State", "Islamic State", False,
  "'Tuesday's' vs Friday 6 March -> 3 March. 'Islamic State claimed responsibility' (its 'East Asia province' -> 'Islamic State', dev: every branch except ISWAP); the army finds it credible and rejects only the figure -> claimant and perpetrator. The claimant's own 'more than 60' is never used. '19 people were killed, including the two bombers' (inside) after the vendor died Thursday, '52 were wounded' -> 19, 52, exact. The BRN's denial is not a claim. '67-year-old' is an age."),
E(3, ["police arrested three men in Krong Pinang district"],
  "ARR", "2026-03-04", "day", "Krong Pinang", "TH", None, None, None, "police", None, False,
  "'On Wednesday' vs Friday 6 March -> 4 March. Police -> 'police'. A district named for its town -> Krong Pinang. 'Some 25 other people have been questioned and released' are not arrests."),
E(3, ["a bomb hidden in a motorcycle exploded outside a bank in Betong"],
  "IED", "2019-01-01", "year", "Betong", "TH", None, 8, "exact", None, None, True,
  "'In 2019' -> year, background. A bomb in a parked motorcycle -> Remote explosive/landmine/IED; nobody named -> null. 'wounding eight people' -> 8 injured, exact."),
E(3, ["gunmen attacked a village defence volunteers' post in Sai Buri"],
  "BAT", "2021-03-01", "month", "Sai Buri", "TH", 3, None, "exact", None, None, True,
  "'In March 2021' -> month, background. Unnamed gunmen attacking an armed volunteers' post -> Armed clash, null initiator (events_holdout20, 21). 'killing three volunteers' -> 3."),
E(3, ["a roadside bomb struck a ranger patrol near Rangae"],
  "IED", "2025-08-01", "month", "Rangae", "TH", 2, 4, "exact", None, None, True,
  "'Last August' vs March 2026 -> August 2025, month, background. Roadside bomb -> Remote explosive/landmine/IED; nobody named -> null. 'killing two rangers and wounding four' -> 2, 4. 'in 2024' (talks suspended), '1 million baht', '2,000 extra troops', '40 soldiers' are not casualties."),
]

# -------------------------------------------------------------- holdout22-004
ARTICLES.append(A(4, "fr", "article", "2026-03-09T08:00:00Z",
"Attentat de Yala : un logisticien présumé interpellé à Hat Yai, deux insurgés tués dans un accrochage",
"""
YALA (Thaïlande) - La police thaïlandaise a annoncé lundi l'interpellation, samedi à Hat Yai, dans la province de Songkhla, d'un homme de 34 ans soupçonné d'avoir logé les deux kamikazes et acheté les deux motocyclettes qui les ont conduits au marché et à la gare de Yala le 3 mars.

Selon les enquêteurs, ce logisticien présumé, un ancien vendeur de pièces détachées, avait loué une maison dans un quartier périphérique de Hat Yai, à 130 kilomètres de Yala, où les ceintures d'explosifs auraient été assemblées. Sept téléphones et environ 5 kilos d'engrais y ont été saisis.

Samedi soir, une opération de l'armée dans une plantation d'hévéas près de Thepha a tourné à l'affrontement. Deux insurgés ont été tués et un soldat a été blessé, selon l'armée, qui affirme que les deux hommes avaient aidé à transporter les explosifs.

Dimanche, des militaires ont par ailleurs interpellé quatre hommes lors d'une perquisition dans un village du district de Yaring, dans la province de Pattani. Une vingtaine d'habitants de Yala ont été convoqués pour être entendus, sans être arrêtés.

Le double attentat-suicide, revendiqué jeudi par l'État islamique, a fait 19 morts, dont les deux kamikazes, et 52 blessés. Le Barisan Revolusi Nasional (BRN) a démenti toute implication.

Le gouvernement a porté la récompense à 3 millions de bahts et ajouté 12 points de contrôle autour de Yala. Le marché a rouvert lundi, avec une seule entrée au lieu de six.
"""))
GOLD += [
E(4, ["l'interpellation, samedi à Hat Yai, dans la province de Songkhla, d'un homme de 34 ans"],
  "ARR", "2026-03-07", "day", "Hat Yai", "TH", None, None, None, "police", None, False,
  "'samedi' vs Monday 9 March -> 7 March (the arrest day is given, not only the announcement's). The suspected facilitator; police -> 'police'. '34 ans', 'deux motocyclettes', '130 kilomètres', 'Sept téléphones', '5 kilos d'engrais' are not casualties; the seized things belong to the arrest."),
E(4, ["une opération de l'armée dans une plantation d'hévéas près de Thepha a tourné à l'affrontement"],
  "BAT", "2026-03-07", "day", "Thepha", "TH", 2, 1, "exact", "military", None, False,
  "'Samedi soir' vs Monday 9 March -> 7 March. An operation that turns into a clash -> Armed clash initiated by the army (events_holdout21 Majdal Anjar, Yomou) -> 'military'. A plantation near a place -> the place. 'Deux insurgés ont été tués et un soldat a été blessé' -> 2, 1, exact (the army's own figure, the only one)."),
E(4, ["des militaires ont par ailleurs interpellé quatre hommes lors d'une perquisition dans un village du district de Yaring"],
  "ARR", "2026-03-08", "day", "Yaring", "TH", None, None, None, "military", None, False,
  "'Dimanche' vs Monday 9 March -> 8 March. Soldiers -> 'military'. A village of a district named for its town -> Yaring. 'Une vingtaine d'habitants ... convoqués ... sans être arrêtés' are not arrests."),
E(4, ["Le double attentat-suicide, revendiqué jeudi par l'État islamique"],
  "SUI", "2026-03-03", "day", "Yala", "TH", 19, 52, "exact", "Islamic State", "Islamic State", False,
  "'le 3 mars' (first paragraph) -> 3 March. 'revendiqué jeudi par l'État islamique' -> claimant and perpetrator; the BRN's denial is not a claim. '19 morts, dont les deux kamikazes, et 52 blessés' -> 19 (inside), 52, exact. '3 millions de bahts', '12 points de contrôle', 'une seule entrée au lieu de six' are not casualties."),
]

# -------------------------------------------------------------- holdout22-005
ARTICLES.append(A(5, "en", "article", "2026-03-12T05:00:00Z",
"Nuraini Dolah, 24: the ticket clerk who stayed at her post",
"""
Nuraini Dolah had worked at Yala railway station for three years, selling tickets from a small window beside the main entrance. She was 24, the eldest of five children, and sent half of her 9,000-baht monthly salary home to her parents in a fishing village 40 kilometres away.

On the morning of March 3, she had just opened her window when the second bomber blew himself up a few steps from it. Colleagues say she had waved passengers from a delayed train away from the entrance minutes earlier, after hearing the first blast at the market.

She died on Monday at Yala Regional Hospital, six days after the twin suicide bombing. Her death raises the toll to 20 people, the two bombers among them; 52 people were wounded. Islamic State, which claimed the attack, had called its targets "soldiers". Nuraini had never held anything more dangerous than a ticket punch, her brother said.

She grew up in a house on stilts, learned English from radio programmes and won a provincial scholarship in 2019 to study accounting in Pattani. Her teachers remember a quiet student who kept two notebooks for every subject, one for lessons and one for questions.

"She wanted to become a station master. There has never been a woman station master in Yala," said her supervisor, who has worked on the line since 1998.

Her funeral was held on Monday afternoon at the village mosque, in keeping with Islamic custom that the dead be buried within 24 hours. About 300 people attended, among them railway workers who had travelled on the 13:35 train from Yala. The railway company has promised her family a payment equal to ten years of her salary.

A bench now stands beside her ticket window, where colleagues leave jasmine garlands each morning.
"""))
GOLD += [
E(5, ["the second bomber blew himself up a few steps from it", "the twin suicide bombing", "the attack"],
  "SUI", "2026-03-03", "day", "Yala", "TH", 20, 52, "exact", "Islamic State", "Islamic State", False,
  "'On the morning of March 3' -> 3 March 2026 (publication year). A profile of a victim with no new event. 'Islamic State, which claimed the attack' -> claimant and perpetrator. She died on Monday (9 March), raising the toll: '20 people, the two bombers among them' (inside), '52 people were wounded' -> 20, 52, exact (the wounded figure is not reduced by her death, events_holdout16). '24', 'five children', '9,000-baht', '40 kilometres', 'three years', 'six days', 'in 2019', 'since 1998', '24 hours', 'About 300 people' (mourners; a funeral is not coded), '13:35', 'ten years' are not casualties."),
]
