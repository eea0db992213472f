"""Authoring source of benchmarks/events_holdout21 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Perpignan, France cluster (holdout21-001 to 005; French and
English), two suicide bombers on Saturday 7 February 2026 at two sites of one
city (the Saturday market on place Cassanyes and the bus station, about 700 m
apart, nine minutes apart): a news agency dispatch with an AQAP « pourrait
être derrière » (fr 001), an English live page, oldest first, with the toll
rising through the day (002), the anti-terrorism prosecutor's press
conference with the Islamic State claim, garde à vue, « mis en examen » and
people heard as witnesses or summoned (fr 003), a silent march and a later
death (004) and a Sunday long-read with older attacks (fr 005). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout21")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout21-001
ARTICLES.append(A(1, "fr", "article", "2026-02-07T12:50:00Z",
"Perpignan : au moins six morts dans un double attentat-suicide",
"""
PERPIGNAN (Agence Méridienne) - Au moins six personnes ont été tuées et une trentaine blessées samedi matin à Perpignan, où deux kamikazes se sont fait exploser au marché de la place Cassanyes puis devant la gare routière, selon la préfecture des Pyrénées-Orientales.

Le premier assaillant, un homme d'une trentaine d'années selon des témoins, a déclenché sa charge vers 10 h 40 entre les étals de fruits. Neuf minutes plus tard, le second s'est fait exploser à environ 700 mètres de là, devant la gare routière, où des passants fuyaient la première déflagration.

« J'ai vu quatre corps devant le numéro 12 de la rue, et des gens qui couraient dans tous les sens », raconte une fleuriste. Les blessés ont été transportés à l'hôpital de Perpignan et au CHU de Montpellier, à 150 kilomètres au nord-est. La préfecture a ouvert un numéro d'urgence pour les familles, le 0 800 40 60 21.

Aucune revendication n'avait été publiée en début d'après-midi. Selon une source policière, al-Qaïda dans la péninsule arabique (Aqpa) « pourrait être derrière » l'attaque, mais « toutes les pistes restent ouvertes ».

Par ailleurs, dans la nuit de jeudi à vendredi, les démineurs avaient neutralisé un engin explosif artisanal déposé devant une salle de prière de Narbonne, à 65 kilomètres au nord. Aucun lien n'a été établi à ce stade entre les deux affaires.

Le parquet national antiterroriste (PNAT) s'est saisi de l'enquête. Le marché du samedi, qui attire jusqu'à 5 000 visiteurs, a été évacué, et la gare routière fermée pour 48 heures. Le ministre de l'Intérieur est attendu dans la soirée.
"""))
GOLD += [
E(1, ["deux kamikazes se sont fait exploser au marché de la place Cassanyes puis devant la gare routière"],
  "SUI", "2026-02-07", "day", "Perpignan", "FR", 6, 30, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 7 February. Two bombers at two sites of one city (the market and the bus station, about 700 m apart), nine minutes apart -> ONE Suicide bomb event (events_holdout10 Koupéla, events_holdout13 to 19). 'Au moins six personnes ont été tuées et une trentaine blessées' -> 6 killed (at_least), 30 injured (une trentaine, like the dev table's dizaine/vingtaine/quarantaine; the qualifier describes killed). The Aqpa « pourrait être derrière » is speculation -> null. 'une trentaine d'années' is an age; '10 h 40', 'Neuf minutes', '700 mètres', 'quatre corps' (inside the six), 'numéro 12', '150 kilomètres', '0 800 40 60 21', '5 000 visiteurs', '48 heures' are not casualties."),
E(1, ["les démineurs avaient neutralisé un engin explosif artisanal déposé devant une salle de prière de Narbonne"],
  "DWU", "2026-02-05", "day", "Narbonne", "FR", None, None, None, "police", None, False,
  "'dans la nuit de jeudi à vendredi' vs Saturday 7 February -> Thursday 5 February (nights dated at their start). A device defused on its own -> Disrupted weapons use; bomb-disposal officers -> 'police'. '65 kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout21-002
ARTICLES.append(A(2, "en", "article", "2026-02-07T21:40:00Z",
"Live: twin suicide bombing in Perpignan - as it happened",
"""
Our live coverage of the attack in Perpignan, in the south of France, has now ended. The updates are below, oldest first.

11:02 - Emergency services report an explosion at the Saturday market on Place Cassanyes in Perpignan. Several people are lying on the ground, according to a reporter at the scene.

11:10 - A second blast is reported outside the bus station, about 700 metres from the market.

12:15 - The prefecture says at least six people were killed and about 30 wounded in what it calls "two suicide attacks". Residents are asked to stay indoors.

14:40 - A hospital source tells us that nine people are now dead. Ten of the wounded have been flown to Montpellier by helicopter.

16:10 - Police have arrested a 26-year-old man in Perpignan's Saint-Jacques district on suspicion of driving the bombers to the market, a police union official says. A car with Spanish number plates was towed away.

17:55 - Two of the wounded died in surgery this afternoon. Twelve people have now died, not counting the two bombers, the regional health agency says.

18:40 - Spanish police say they have detained a man in Figueres, about 60 km south across the border, who is suspected of selling the bombers the car they used.

19:20 - The interior minister has arrived at the prefecture. He announces that 400 extra police officers will be sent to the department and that the border crossing at Le Perthus, 30 km south, will be checked around the clock.

20:15 - No group has claimed the attack so far. The national anti-terrorism prosecutor will speak on Tuesday.

20:50 - The prefect gives a new toll: 13 dead, excluding the two bombers, and 41 wounded, nine of them in a critical condition. A hotline for families is open on 0800 40 60 21.
"""))
GOLD += [
E(2, ["the attack in Perpignan", "an explosion at the Saturday market on Place Cassanyes", "A second blast is reported outside the bus station", "two suicide attacks"],
  "SUI", "2026-02-07", "day", "Perpignan", "FR", 15, 41, "exact", None, None, False,
  "Live page, oldest first, published Saturday 7 February: the figure given last is used (events_holdout3, 19). 'at least six' (12:15) -> 'nine' (14:40) -> 'Twelve ... not counting the two bombers' (17:55) -> '13 dead, excluding the two bombers, and 41 wounded' (20:50) -> 13 + 2 = 15 ('excluding' adds the bombers, events_holdout13 and 19), 41 injured, exact. Two sites -> one event. No claim -> null. 'Ten of the wounded', 'nine of them in a critical condition' are subsets; '700 metres', '400 extra police officers', '30 km', time stamps and the hotline are not casualties."),
E(2, ["Police have arrested a 26-year-old man in Perpignan's Saint-Jacques district"],
  "ARR", "2026-02-07", "day", "Perpignan", "FR", None, None, None, "police", None, False,
  "16:10 entry of a page published Saturday 7 February -> 7 February. A district of Perpignan -> Perpignan. '26-year-old' is an age; the towed car belongs to the arrest."),
E(2, ["Spanish police say they have detained a man in Figueres"],
  "ARR", "2026-02-07", "day", "Figueres", "ES", None, None, None, "police", None, False,
  "18:40 entry -> 7 February (the page's only day; the detention is reported as just made). Arrests abroad by the local police are 'police', coded to that country (events_holdout19 Mpondwe) -> ES. '60 km' is a distance."),
]

# -------------------------------------------------------------- holdout21-003
ARTICLES.append(A(3, "fr", "article", "2026-02-10T17:30:00Z",
"Perpignan : le procureur antiterroriste confirme la revendication de l'État islamique",
"""
Le double attentat-suicide de samedi à Perpignan a été revendiqué par l'État islamique, a confirmé mardi le procureur national antiterroriste lors d'une conférence de presse à Paris. Le groupe avait diffusé dimanche soir un communiqué et une vidéo de 90 secondes présentant les deux kamikazes.

Le procureur a donné un bilan de 16 morts, les deux kamikazes compris, et de 41 blessés, après le décès lundi d'un retraité de 81 ans. Il a écarté le chiffre de « plus de cinquante croisés » avancé par le groupe, sans mettre en doute l'authenticité de la revendication.

Les deux assaillants, âgés de 24 et 27 ans, portaient chacun une ceinture contenant environ 6 kilos d'explosif artisanal. L'un d'eux avait été condamné en 2019 pour des vols.

Quatre hommes ont été placés en garde à vue dimanche à Montpellier, à l'issue d'un coup de filet de la DGSI. Deux d'entre eux ont été mis en examen mardi pour association de malfaiteurs terroriste et placés en détention provisoire ; les deux autres ont été relâchés sans poursuites.

Lundi, un homme de 33 ans soupçonné d'avoir loué l'appartement où les ceintures ont été assemblées a été interpellé à Narbonne. Sa garde à vue, qui peut durer jusqu'à 96 heures, se poursuivait mardi soir.

Le frère de l'un des kamikazes a été entendu comme témoin, puis laissé libre. Une douzaine d'habitués d'une salle de sport du quartier du Vernet ont par ailleurs été convoqués par les enquêteurs.

Interrogé sur les propos d'un policier qui avait évoqué samedi al-Qaïda dans la péninsule arabique, le procureur a répondu que « rien dans le dossier » n'allait dans ce sens.

Le magistrat a rappelé qu'en novembre 2023, la DGSI avait interpellé à Béziers deux jeunes hommes qui projetaient d'attaquer un marché de Noël. « La menace n'a jamais baissé », a-t-il insisté.
"""))
GOLD += [
E(3, ["Le double attentat-suicide de samedi à Perpignan a été revendiqué par l'État islamique"],
  "SUI", "2026-02-07", "day", "Perpignan", "FR", 16, 41, "exact", "Islamic State", "Islamic State", False,
  "'samedi' vs Tuesday 10 February -> 7 February. The prosecutor confirms the claim -> claimant and perpetrator 'Islamic State'; the group's « plus de cinquante croisés » is its own toll, never used. '16 morts, les deux kamikazes compris, et de 41 blessés' -> 16 (inside), 41, exact; the retiree who died on Monday raised it. '90 secondes', '24 et 27 ans', '6 kilos', 'en 2019' (a conviction), '81 ans' are not casualties. The AQAP remark is dismissed, not coded."),
E(3, ["Quatre hommes ont été placés en garde à vue dimanche à Montpellier"],
  "ARR", "2026-02-08", "day", "Montpellier", "FR", None, None, None, "police", None, False,
  "'dimanche' vs Tuesday 10 February -> 8 February. DGSI -> 'police'. « Deux d'entre eux ont été mis en examen mardi » is the same arrest's judicial follow-up, not a new arrest (and not a trigger); the two released without charges were still arrested."),
E(3, ["un homme de 33 ans soupçonné d'avoir loué l'appartement où les ceintures ont été assemblées a été interpellé à Narbonne"],
  "ARR", "2026-02-09", "day", "Narbonne", "FR", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 10 February -> 9 February. The suspected facilitator. 'interpellé' by the investigators -> 'police'. '33 ans', '96 heures' are not casualties. The brother 'entendu comme témoin' and the dozen gym-goers 'convoqués' are not arrests."),
E(3, ["la DGSI avait interpellé à Béziers deux jeunes hommes qui projetaient d'attaquer un marché de Noël"],
  "ARR", "2023-11-01", "month", "Béziers", "FR", None, None, None, "police", None, True,
  "'en novembre 2023' -> month, background. DGSI -> 'police'. The plot was never carried out: the arrest is the event."),
]

# -------------------------------------------------------------- holdout21-004
ARTICLES.append(A(4, "en", "article", "2026-02-11T09:00:00Z",
"Thousands march in silence in Perpignan as toll rises to 17",
"""
Several thousand people marched in silence through Perpignan on Tuesday evening, from Place Cassanyes to the bus station, the two places struck by suicide bombers on Saturday. Organisers put the crowd at 8,000; police counted 5,500. The march, led by relatives of the dead carrying white roses, ended calmly outside the town hall at about 8 p.m.

The toll rose again overnight. A 17-year-old apprentice baker who was wounded at the market died on Tuesday night in a Montpellier hospital, bringing the number of dead to 17, including the two bombers. Of the 41 people wounded, six remain in intensive care.

Islamic State, which claimed the attack on Sunday night, wrote in its weekly newsletter that the bombers had prepared "for months". Investigators have so far found no sign that either man travelled to Syria or Iraq.

Police in Sète detained a 19-year-old man on Monday after he posted a video praising the bombing on a social network. Prosecutors said he would stand trial in March for glorifying terrorism, an offence that carries up to seven years in prison.

The apprentice's employer, who runs a bakery two streets from the market, said the young man had started work at 4 a.m. on Saturday and had gone to buy oranges during his break. "He was supposed to be back at 11," she said.

The city's carnival, which usually draws about 20,000 people in February, has been postponed, and the town hall has promised €2 million in emergency aid to the market traders. Flags on public buildings will fly at half-mast until Friday.
"""))
GOLD += [
E(4, ["Several thousand people marched in silence through Perpignan"],
  "PP", "2026-02-10", "day", "Perpignan", "FR", None, None, None, None, None, False,
  "'on Tuesday evening' vs Wednesday 11 February -> 10 February. A silent march after the attack that ends calmly -> Peaceful protest (events_holdout19 codes marches and sit-ins after an attack; a reader could see it as mourning, which is not coded); null actor. '8,000', '5,500' are participants, not casualties."),
E(4, ["suicide bombers on Saturday", "the bombing"],
  "SUI", "2026-02-07", "day", "Perpignan", "FR", 17, 41, "exact", "Islamic State", "Islamic State", False,
  "'on Saturday' vs Wednesday 11 February -> 7 February. 'the number of dead to 17, including the two bombers' -> 17 (inside), exact; the apprentice who died on Tuesday night raised it, and the 41 wounded stay 41 (events_holdout16). 'Islamic State, which claimed the attack' -> claimant and perpetrator. '17-year-old', 'six remain in intensive care' (a subset), '4 a.m.', 'at 11', '20,000 people', '€2 million', 'seven years' are not casualties. 'the bombing' (in the Sète paragraph) names this event."),
E(4, ["Police in Sète detained a 19-year-old man on Monday"],
  "ARR", "2026-02-09", "day", "Sète", "FR", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 11 February -> 9 February. Detained for a video praising the attack -> Arrests, 'police'. '19-year-old' is an age; 'seven years' a sentence."),
]

# -------------------------------------------------------------- holdout21-005
ARTICLES.append(A(5, "fr", "article", "2026-03-01T07:00:00Z",
"Le grand récit du dimanche. Perpignan, la ville qui ne se croyait pas une cible",
"""
Le samedi 7 février, deux kamikazes se sont fait exploser à neuf minutes d'intervalle, au marché de la place Cassanyes puis devant la gare routière de Perpignan. Dix-huit personnes sont mortes, les deux kamikazes compris, depuis qu'une couturière de 62 ans a succombé le 20 février. L'État islamique a revendiqué l'attentat dès le lendemain soir.

Trois semaines plus tard, les étals sont revenus, mais les habitués parlent bas. « On pensait que ça n'arrivait qu'à Paris », résume un maraîcher installé là depuis 1998.

Pourtant, le sud de la France n'a jamais été épargné par les alertes. En octobre 2019, des démineurs avaient neutralisé une bombe artisanale dans le parking d'un centre commercial de Nîmes, quelques minutes avant l'ouverture.

En mars 2021, la DGSI avait interpellé à Toulouse deux lycéens de 17 ans qui projetaient d'attaquer une église pendant la messe de Pâques.

Il y a quatre ans, un homme armé d'un couteau avait blessé trois passants sur le marché de Lunel avant d'être maîtrisé par des commerçants. Il a depuis été déclaré irresponsable.

En juin 2024, des gendarmes avaient arrêté à Rivesaltes, à 10 kilomètres de Perpignan, un homme qui stockait 3 kilos de TATP dans son garage.

L'an dernier, enfin, un colis piégé a explosé devant un centre culturel de Marseille, sans faire de victimes. L'enquête n'a jamais abouti.

Ces affaires ont été traitées une à une, chacune oubliée au bout de quelques semaines. Depuis le 7 février, la préfecture a installé 42 caméras supplémentaires autour du marché, et le conseil municipal a voté un budget de 1,5 million d'euros pour la sécurité. Sur la place, le fleuriste du numéro 12 a rouvert, lui aussi. Il a accroché au-dessus de sa caisse la liste des dix-huit noms.
"""))
GOLD += [
E(5, ["deux kamikazes se sont fait exploser à neuf minutes d'intervalle", "L'État islamique a revendiqué l'attentat"],
  "SUI", "2026-02-07", "day", "Perpignan", "FR", 18, None, "exact", "Islamic State", "Islamic State", False,
  "'Le samedi 7 février' -> 7 February (22 days before Sunday 1 March -> current). Two sites -> one event. 'Dix-huit personnes sont mortes, les deux kamikazes compris' -> 18 (inside), exact; the seamstress who died on 20 February raised it. 'L'État islamique a revendiqué l'attentat' -> claimant and perpetrator. '62 ans', '1998', '42 caméras', '1,5 million d'euros', 'numéro 12', 'dix-huit noms' (the same dead) are not new casualties."),
E(5, ["des démineurs avaient neutralisé une bombe artisanale dans le parking d'un centre commercial de Nîmes"],
  "DWU", "2019-10-01", "month", "Nîmes", "FR", None, None, None, "police", None, True,
  "'En octobre 2019' -> month, background. A bomb defused -> Disrupted weapons use, bomb-disposal officers -> 'police'."),
E(5, ["la DGSI avait interpellé à Toulouse deux lycéens de 17 ans"],
  "ARR", "2021-03-01", "month", "Toulouse", "FR", None, None, None, "police", None, True,
  "'En mars 2021' -> month, background. DGSI -> 'police'. '17 ans' is an age."),
E(5, ["un homme armé d'un couteau avait blessé trois passants sur le marché de Lunel"],
  "ATK", "2022-01-01", "year", "Lunel", "FR", None, 3, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A lone knifeman wounding passers-by -> Violence against civilians / Attack; unnamed -> null. 'blessé trois passants' -> 3 injured, exact."),
E(5, ["des gendarmes avaient arrêté à Rivesaltes"],
  "ARR", "2024-06-01", "month", "Rivesaltes", "FR", None, None, None, "police", None, True,
  "'En juin 2024' -> month, background. Gendarmes -> 'police'. '10 kilomètres' and '3 kilos de TATP' are a distance and a weight; the explosive belongs to the arrest."),
E(5, ["un colis piégé a explosé devant un centre culturel de Marseille"],
  "IED", "2025-01-01", "year", "Marseille", "FR", 0, 0, "exact", None, None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. A parcel bomb that exploded -> Remote explosive/landmine/IED; unknown author -> null. 'sans faire de victimes' is an explicit zero: 0/0, exact (events_holdout19, In Salah)."),
]
