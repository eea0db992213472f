"""Authoring source of benchmarks/events_holdout13 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Beni Suef, Egypt cluster (holdout13-015 to 019), two bombers on
Thursday 22 October 2026 at two gates of one compound, the Beni Suef
security directorate (the main gate and the visitors' gate, about 80 m
apart): the wire flash (015), a French agency piece with the revised toll, a
funeral and a sit-in (016), the Islamic State's claim, a denial, a raid and
arrests (017), an analysis full of older attacks (018) and a TV programme
transcript (019). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout13")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout13-015
ARTICLES.append(A(15, "en", "article", "2026-10-22T11:00:00Z",
"Suicide bombers hit Beni Suef security headquarters; at least 16 dead",
"""
BENI SUEF, Egypt (Wire) - Two suicide bombers struck the security directorate in the Upper Egyptian city of Beni Suef on Thursday morning, one at the main gate and the other at a side entrance used by visitors, killing at least 16 people and wounding dozens, security sources said.

The first bomber, wearing a jacket similar to those of traffic policemen, blew himself up at the main gate on the Nile corniche at about 9:30 a.m., as the morning shift arrived. Less than three minutes later, a second man detonated his explosives among people queuing at the visitors' gate, some 80 metres away, to collect identity cards and gun permits, an officer at the scene said.

"The glass of the whole street came down. I saw an old man with his papers still in his hand," said Mahmoud Abdel-Sattar, 44, a lawyer whose office faces the building. "Then came the second blast, and everyone who had run to help fell."

The Health Ministry said it had sent 37 ambulances and that the wounded were taken to Beni Suef University Hospital and the general hospital. Most of the dead were policemen, it said, without giving a breakdown.

No group immediately claimed the attack. A senior security official told the agency that the Hasm movement, a militant group the government links to the banned Muslim Brotherhood, "may have been behind" it, adding that the Islamic State could not be ruled out.

Earlier on Thursday, police defused a bomb placed on the railway line near Biba, about 45 km to the south, the Interior Ministry said. Trains between Cairo and Aswan were delayed by two hours.

On Tuesday, police arrested four men suspected of planning attacks on churches and police stations in Ihnasya, just west of the city, the ministry said in a separate statement, adding that it had seized a pistol and two homemade bombs.

Beni Suef, a city of about 500,000 people some 120 km south of Cairo, had been largely spared the violence that shook northern Sinai in the last decade. Security was tightened on Thursday around churches, banks and government buildings across the province, and the governor cancelled a cotton festival due to open on Saturday.

The Interior Ministry asked citizens with information to call its hotline, 108.
"""))
GOLD += [
E(15, ["Two suicide bombers struck the security directorate in the Upper Egyptian city of Beni Suef", "No group immediately claimed the attack"],
  "SUI", "2026-10-22", "day", "Beni Suef", "EG", 16, 12, "at_least", None, None, False,
  "'on Thursday morning' = publication day, Thursday 22 October. Two bombers at two gates of one compound (the security directorate; main gate and visitors' gate about 80 m apart), minutes apart -> ONE Suicide bomb event (events_holdout5 Batkhela, events_holdout10 Karak: gates of one compound). 'at least 16' -> 16, at_least; 'dozens' wounded -> 12 (dev table); the qualifier describes killed. Hasm 'may have been behind' it is speculation -> perpetrator null. '9:30 a.m.', 'three minutes', '80 metres', '44', '37 ambulances' are not casualties; 'Most of the dead were policemen' is a subset."),
E(15, ["police defused a bomb placed on the railway line near Biba"],
  "DWU", "2026-10-22", "day", "Biba", "EG", None, None, None, "police", None, False,
  "'Earlier on Thursday' -> 22 October. A bomb defused on its own -> Disrupted weapons use, police. 'about 45 km', 'two hours' are not casualties."),
E(15, ["police arrested four men suspected of planning attacks on churches and police stations in Ihnasya"],
  "ARR", "2026-10-20", "day", "Ihnasya", "EG", None, None, None, "police", None, False,
  "'On Tuesday' vs Thursday 22 October -> 20 October. Police arrest; the pistol and two homemade bombs belong to it. 'four men' are arrestees. 'about 500,000', 'some 120 km', '108' are not casualties."),
]

# -------------------------------------------------------------- holdout13-016
ARTICLES.append(A(16, "fr", "article", "2026-10-23T17:00:00Z",
"Égypte : à Beni Souef, un bilan alourdi et des obsèques sous haute sécurité",
"""
BENI SOUEF (Égypte), 23 oct. (Agence) – Le bilan du double attentat-suicide qui a visé jeudi la direction de la sécurité de Beni Souef, en Haute-Égypte, s'est alourdi vendredi, tandis que des milliers de personnes assistaient aux obsèques des policiers tués.

Le premier bilan, jeudi matin, faisait état de seize morts. Jeudi soir, le ministère de la Santé annonçait vingt et un morts. Deux blessés ont succombé vendredi matin à l'hôpital universitaire, portant le bilan à vingt-trois morts, dont les deux kamikazes. Quarante et un blessés ont été recensés, dont une dizaine dans un état grave.

Parmi les victimes figurent quatorze policiers, dont un général de 56 ans qui dirigeait la section des passeports, ainsi que des civils venus retirer des documents, dont une mère et sa fille de 9 ans.

Vendredi, après la grande prière, des milliers d'habitants ont suivi les cortèges funèbres jusqu'au cimetière de la ville, sous la surveillance de centaines de policiers. Les obsèques se sont déroulées dans le calme.

Plus tôt dans la matinée, une cinquantaine de proches de blessés ont organisé un sit-in devant l'hôpital universitaire pour dénoncer le manque de lits et de médicaments. Ils se sont dispersés d'eux-mêmes vers midi, après avoir été reçus par le directeur de l'établissement.

Jeudi soir, un engin explosif a blessé deux policiers à un barrage à l'entrée de Sumusta, à une quarantaine de kilomètres au sud-ouest, selon une source sécuritaire. On ignore s'il existe un lien avec l'attentat.

Dans la nuit de jeudi à vendredi, les forces de sécurité ont interpellé six personnes lors de perquisitions à Al-Wasta, au nord de Beni Souef, a indiqué le ministère de l'Intérieur, sans préciser les charges retenues contre elles.

L'attentat n'avait toujours pas été revendiqué vendredi soir. Les enquêteurs s'intéressent à une camionnette louée trois jours plus tôt et retrouvée abandonnée à 2 kilomètres du bâtiment, avec des traces d'explosifs.

Beni Souef, ville d'environ 500 000 habitants sur la rive ouest du Nil, n'avait jamais connu d'attentat de cette ampleur. Le gouverneur a décrété trois jours de deuil et fait fermer les écoles jusqu'à dimanche.
"""))
GOLD += [
E(16, ["Le bilan du double attentat-suicide qui a visé jeudi la direction de la sécurité de Beni Souef", "L'attentat n'avait toujours pas été revendiqué"],
  "SUI", "2026-10-22", "day", "Beni Suef", "EG", 23, 41, "exact", None, None, False,
  "'jeudi' vs Friday 23 October -> 22 October. Revised toll: 16 -> 21 -> two wounded died -> 'vingt-trois morts, dont les deux kamikazes' -> 23 (bombers inside). 'Quarante et un blessés' -> 41 ('une dizaine dans un état grave' is a subset). Location in common English spelling 'Beni Suef' (French 'Beni Souef'). Not claimed in this document -> null. 'quatorze policiers', 'une mère et sa fille' are subsets; '56 ans', '9 ans', 'trois jours', '2 kilomètres' are not casualties. The funeral with no protest is not coded."),
E(16, ["une cinquantaine de proches de blessés ont organisé un sit-in devant l'hôpital universitaire"],
  "PP", "2026-10-23", "day", "Beni Suef", "EG", None, None, None, None, None, False,
  "'Plus tôt dans la matinée' (Friday) = publication day, 23 October. A sit-in that disperses by itself -> Peaceful protest. 'une cinquantaine' are participants."),
E(16, ["un engin explosif a blessé deux policiers à un barrage à l'entrée de Sumusta"],
  "IED", "2026-10-22", "day", "Sumusta", "EG", None, 2, "exact", None, None, False,
  "'Jeudi soir' vs Friday 23 October -> 22 October. An explosive device -> IED; no actor. 'blessé deux policiers' -> injured 2; killed null. 'une quarantaine de kilomètres' is a distance."),
E(16, ["les forces de sécurité ont interpellé six personnes lors de perquisitions à Al-Wasta"],
  "ARR", "2026-10-22", "day", "Al-Wasta", "EG", None, None, None, "police", None, False,
  "'Dans la nuit de jeudi à vendredi' -> dated at the night's start, Thursday 22 October. Security forces announced by the Interior Ministry -> police. 'six personnes' are arrestees; '500 000', 'trois jours de deuil' are not casualties."),
]

# -------------------------------------------------------------- holdout13-017
ARTICLES.append(A(17, "en", "article", "2026-10-24T15:00:00Z",
"Beni Suef bombing: an Islamic State claim, a Hasm denial, a deadly raid in Fayoum",
"""
By a Middle East correspondent

The Islamic State group has claimed responsibility for Thursday's twin suicide bombing of the security directorate in Beni Suef, which killed 23 people, including the two bombers, and wounded 41, the worst attack in Egypt's Nile Valley in years.

In a statement carried late on Friday by its Amaq news agency, the group named the two bombers by their noms de guerre and said they belonged to its "Egypt province". It claimed that 60 policemen had died, a figure far above the official toll. The Interior Ministry did not comment on the claim, but a security source said investigators believed it was authentic.

Hasm, the militant group that a senior official had said on Thursday may have been behind the attack, denied any role in a statement on Friday, calling the bombing "a crime against all Egyptians".

The security forces have moved quickly. On Friday, police raided a farmhouse used as a hideout near Tamiya, in neighbouring Fayoum province. The militants inside opened fire, and five of them were killed in the exchange that followed, the ministry said. A police conscript was wounded. Officers found three suicide vests, 25 kg of TNT and maps of Beni Suef.

Also on Friday, police detained four men in Al Fashn, south of Beni Suef, among them a 47-year-old pharmacist accused of supplying the chemicals used in the vests. A suspected facilitator, a 51-year-old taxi driver who is said to have driven the bombers from Fayoum, was taken into custody in Maghagha on Saturday morning.

More than 90 people have been questioned since Thursday and released, a judicial source said, and prosecutors have summoned the owners of three car-rental agencies.

Families of the dead policemen say they want more than arrests. "My brother was 26. He had been in the force for four years, and he was standing at a gate with no barrier," said one woman at the funeral in Beni Suef on Friday.

Egypt's militant violence has been concentrated in northern Sinai for most of the past decade. The Islamic State's affiliate there has lost most of its fighters and leaders since 2020, and analysts have warned that survivors could try to strike in the Nile Valley, where targets are easier to reach.
"""))
GOLD += [
E(17, ["Thursday's twin suicide bombing of the security directorate in Beni Suef"],
  "SUI", "2026-10-22", "day", "Beni Suef", "EG", 23, 41, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Saturday 24 October -> 22 October. Two gates of one compound -> one event. '23 people, including the two bombers' -> 23; 'wounded 41' -> 41. 'has claimed responsibility' via Amaq for its 'Egypt province' -> 'Islamic State' (dev canonical); not disputed -> claimant is perpetrator. The claim's '60 policemen' is not used; Hasm's denial is not a claim and the official's 'may have been behind' was speculation."),
E(17, ["police raided a farmhouse used as a hideout near Tamiya", "in the exchange that followed"],
  "BAT", "2026-10-23", "day", "Tamiya", "EG", 5, 1, "exact", "police", None, False,
  "'On Friday' vs Saturday 24 October -> 23 October. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (police), although the militants fired first. 'five of them were killed' -> 5; 'A police conscript was wounded' -> 1. The vests, '25 kg of TNT' and maps belong to the raid."),
E(17, ["police detained four men in Al Fashn"],
  "ARR", "2026-10-23", "day", "Al Fashn", "EG", None, None, None, "police", None, False,
  "'Also on Friday' -> 23 October. Police arrests; '47-year-old' is an age."),
E(17, ["was taken into custody in Maghagha on Saturday morning"],
  "ARR", "2026-10-24", "day", "Maghagha", "EG", None, None, None, "police", None, False,
  "'on Saturday morning' = publication day, 24 October. A suspected facilitator taken into custody (police speak for the investigation) -> Arrests, police. '51-year-old' is an age. 'More than 90 people have been questioned ... and released' and the summoned rental-agency owners are not arrests; '26', 'four years' are not casualties; the funeral is not coded."),
]

# -------------------------------------------------------------- holdout13-018
ARTICLES.append(A(18, "en", "article", "2026-11-02T08:00:00Z",
"Analysis: after Beni Suef, an old war moves into the Nile Valley",
"""
On October 22, two young men in borrowed jackets walked up to two gates of the security directorate in Beni Suef and blew themselves up, killing 23 people, the two bombers among them. The Islamic State claimed the attack the next day. Egyptians were shocked, but the bombing had a long prehistory that the capital preferred to forget.

In 2019, a bomber on a motorcycle rammed a police checkpoint outside El-Tor, in South Sinai, killing four policemen. The Islamic State claimed it within hours. At the time, officials described it as the desperate act of a defeated group.

In March 2021, gunmen shot dead two farmers in their fields near Qus, north of Luxor, apparently because one of them had worked as a police informer. Nobody was ever charged, and no group took responsibility.

Four years ago, a bomb hidden in a rubbish bin exploded next to a police bus in Sinnuris, in Fayoum, wounding seven officers. That attack was quickly forgotten because no one died.

Last August, security forces raided a hideout in the desert near Atfih, south of Cairo, killing 11 militants in a gun battle that lasted most of a night; one officer was also killed. The Interior Ministry said the cell had been preparing "a major operation in Upper Egypt". In hindsight, Beni Suef looks like that operation, carried out by those who escaped.

Since October 22, the arrests have continued. Last week, police arrested two brothers in Ibshaway, in Fayoum, accused of having hidden the bombers for a month; their family insists they are farmers who rented out a room. More than 30 people are now in detention in connection with the attack, according to lawyers.

There are lessons. The gates of the directorate had no outer barrier, and the queue of visitors stood within 10 metres of the entrance. Fewer than 5 per cent of police stations in the province have blast walls, a parliamentary report found in 2024. And the families of the 14 policemen who died are still waiting for the compensation of 250,000 pounds each that the governor promised on the day of the funerals.

Militancy in Egypt is far weaker than it was a decade ago. But it has shown it can still find two volunteers, a van and a crowded gate. The state's answer cannot only be more arrests.
"""))
GOLD += [
E(18, ["two young men in borrowed jackets walked up to two gates of the security directorate in Beni Suef and blew themselves up", "The Islamic State claimed the attack"],
  "SUI", "2026-10-22", "day", "Beni Suef", "EG", 23, None, "exact", "Islamic State", "Islamic State", False,
  "'On October 22' absolute (11 days before Monday 2 November -> current). Two gates of one compound -> one event. '23 people, the two bombers among them' -> 23 (inside). 'The Islamic State claimed the attack' -> claimed. No wounded figure here."),
E(18, ["a bomber on a motorcycle rammed a police checkpoint outside El-Tor"],
  "SUI", "2019-01-01", "year", "El-Tor", "EG", 4, None, "exact", "Islamic State", "Islamic State", True,
  "'In 2019' -> year, background. A bomber ramming a checkpoint -> Suicide bomb. 'killing four policemen' -> 4 as written (the bomber is not said to be inside). 'The Islamic State claimed it' -> claimant and perpetrator. Location as in GeoNames, 'El-Tor'."),
E(18, ["gunmen shot dead two farmers in their fields near Qus"],
  "ATK", "2021-03-01", "month", "Qus", "EG", 2, None, "exact", None, None, True,
  "'In March 2021' -> month, background. Civilians shot dead -> Attack; unnamed gunmen, no claim -> null. 2 killed."),
E(18, ["a bomb hidden in a rubbish bin exploded next to a police bus in Sinnuris"],
  "IED", "2022-01-01", "year", "Sinnuris", "EG", 0, 7, "exact", None, None, True,
  "'Four years ago' vs 2026 -> 2022, year, background. A hidden bomb -> IED; no actor. 'wounding seven officers' -> injured 7; 'because no one died' is an explicit zero -> killed 0."),
E(18, ["security forces raided a hideout in the desert near Atfih", "a gun battle that lasted most of a night"],
  "BAT", "2026-08-01", "month", "Atfih", "EG", 12, None, "exact", "police", None, True,
  "'Last August' vs Monday 2 November 2026 -> August 2026, month; more than 30 days before publication -> background. A raid that turns into a gun battle -> Armed clash initiated by the raiding force; the Interior Ministry speaks for it -> police. 'killing 11 militants ... one officer was also killed' -> all sides summed, 11 + 1 = 12."),
E(18, ["police arrested two brothers in Ibshaway"],
  "ARR", None, None, "Ibshaway", "EG", None, None, None, "police", None, False,
  "'Last week' -> event_date null (dev rule: 'last week' is unresolvable); an event with a null date is not background. Police arrest in Ibshaway (Fayoum). 'for a month' is a span; 'More than 30 people are now in detention' is a cumulative count, not an event; '10 metres', '5 per cent', 'in 2024', '14 policemen' (a subset), '250,000 pounds' are not casualties."),
]

# -------------------------------------------------------------- holdout13-019
ARTICLES.append(A(19, "en", "transcript", "2026-10-29T18:00:00Z",
"Nile Evening: one week after the Beni Suef bombing",
"""
PRESENTER: Good evening. One week ago today, two suicide bombers struck the security directorate in Beni Suef, killing twenty-three people, including themselves, and wounding forty-one. The Islamic State says it carried out the attack. Our correspondent Yasmine Fawzy is outside the directorate tonight. Yasmine?

CORRESPONDENT: Thank you. Behind me, workers are still rebuilding the main gate, and concrete blocks now close the street to traffic for about 200 metres in each direction. On Tuesday, police arrested three more men here in Beni Suef, including a mobile-phone dealer accused of selling the two SIM cards used to coordinate the attack. And on Monday, relatives of the dead policemen staged a sit-in outside the governorate building to demand the compensation they were promised. Police broke it up after two hours with water cannon, and several people were detained briefly.

PRESENTER: Yasmine, there is also news from Ihnasya?

CORRESPONDENT: Yes. A 35-year-old woman accused of sewing the explosive vests was arrested on Wednesday in Ihnasya, a judicial source told us. She denies the charge.

PRESENTER: Thank you, Yasmine. With me in the studio is Dr Karim Soliman, who teaches security studies. Dr Soliman, was this attack predictable?

GUEST: The signs were there. In the spring of 2020, a roadside bomb near Sohag killed a police officer, and hardly anyone noticed. Cells have been moving south from Sinai for years, looking for targets that are less protected.

PRESENTER: The authorities say they have questioned hundreds of people. Is that a sign of progress?

GUEST: Questioning four hundred people is not the same as arresting forty. We should judge the investigation by the people who are charged and convicted, not by the number of doors knocked on.

PRESENTER: And what should change at police buildings?

GUEST: Simple things. An outer barrier at every gate, visitors kept at least 50 metres away, and separate entrances for the public. None of it costs very much. A blast wall costs less than one armoured car.

PRESENTER: Dr Karim Soliman, thank you. The Interior Ministry hotline for information on the attack remains open on 108. We will be back after these messages.
"""))
GOLD += [
E(19, ["two suicide bombers struck the security directorate in Beni Suef", "The Islamic State says it carried out the attack"],
  "SUI", "2026-10-22", "day", "Beni Suef", "EG", 23, 41, "exact", "Islamic State", "Islamic State", False,
  "'One week ago today' vs Thursday 29 October -> Thursday 22 October. Two gates of one compound -> one event. 'twenty-three people, including themselves' -> 23 (bombers inside); 'forty-one' wounded -> 41. 'The Islamic State says it carried out the attack' -> claim (as read in events_holdout12 009)."),
E(19, ["police arrested three more men here in Beni Suef"],
  "ARR", "2026-10-27", "day", "Beni Suef", "EG", None, None, None, "police", None, False,
  "'On Tuesday' vs Thursday 29 October -> 27 October. Police arrest in Beni Suef ('here', said outside the directorate). 'two SIM cards', 'about 200 metres' are not casualties."),
E(19, ["relatives of the dead policemen staged a sit-in outside the governorate building"],
  "PI", "2026-10-26", "day", "Beni Suef", "EG", None, None, None, None, None, False,
  "'on Monday' vs Thursday 29 October -> 26 October. A sit-in broken up with water cannon -> Protest with intervention; the brief detention of 'several people' is part of the dispersal and not coded apart. 'two hours' is a span."),
E(19, ["A 35-year-old woman accused of sewing the explosive vests was arrested on Wednesday in Ihnasya"],
  "ARR", "2026-10-28", "day", "Ihnasya", "EG", None, None, None, "police", None, False,
  "'on Wednesday' vs Thursday 29 October -> 28 October. An arrest told by 'a judicial source' in an investigation run by the police -> police. '35-year-old' is an age."),
E(19, ["a roadside bomb near Sohag killed a police officer"],
  "IED", "2020-01-01", "year", "Sohag", "EG", 1, None, "exact", None, None, True,
  "'In the spring of 2020' -> year precision (dev rule: seasons get the year), background. Roadside bomb -> IED; no actor. 1 killed. 'hundreds of people' and 'four hundred people' questioned, 'forty', '50 metres', '108' are not casualties or arrests."),
]
