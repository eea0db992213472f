"""Authoring source of benchmarks/events_holdout29 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kinkala, Republic of the Congo cluster (holdout29-001 to 005; French
and English), two suicide bombers on Sunday 8 March 2026 at two sites of one
town (the grand marché and the gare routière, about 400 m and four minutes
apart): a Brazzaville news site's live blog ("direct") whose later entries
revise the toll (fr 001), an English wire with the claim, a denial and an
official's "may have been" (002), a French radio transcript with arrests and
a march (fr 003), a French court report ("déférés", "inculpés", "placés sous
mandat de dépôt", "entendu ... relâché sans charge", fr 004) and an English
analysis with older attacks (005). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout29")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout29-001
ARTICLES.append(A(1, "fr", "article", "2026-03-08T18:10:00Z",
"EN DIRECT - Double explosion à Kinkala : le bilan s'alourdit",
"""
Suivez avec nous l'évolution de la situation à Kinkala, chef-lieu du département du Pool, à 75 kilomètres de Brazzaville, où deux explosions ont frappé la ville dimanche en fin de matinée.

11 h 52 : Deux fortes détonations ont retenti à quatre minutes d'intervalle au grand marché de Kinkala puis à la gare routière, distante d'environ 400 mètres. Des témoins parlent de deux jeunes hommes qui se sont fait exploser au milieu de la foule.

12 h 30 : Selon une source hospitalière, au moins huit personnes ont été tuées. L'hôpital de base de Kinkala, qui compte 60 lits, est saturé.

14 h 05 : Le préfet du Pool confirme « au moins quatorze morts et des dizaines de blessés ». Six ambulances ont été dépêchées depuis Brazzaville.

14 h 50 : Les militaires ont désamorcé un troisième engin explosif, caché dans un sac de riz de 25 kilos abandonné près de l'église Saint-Pierre. Le périmètre a été bouclé.

16 h 20 : La circulation est coupée sur la RN1 entre Kinkala et Brazzaville. Le ministre de l'Intérieur, arrivé en hélicoptère, estime que l'attaque « pourrait être l'œuvre » d'anciens miliciens Ninjas, sans avancer de preuve.

17 h 15 : Un numéro vert, le 1444, a été ouvert pour les familles.

À 18h40 : Nouveau bilan officiel, communiqué par le ministère de la Santé : dix-sept morts, dont les deux kamikazes, et près de quatre-vingts blessés, dont une vingtaine dans un état grave. Le bilan de 12 h 30 est donc largement dépassé.

18 h 55 : Le Pool n'avait plus connu de violences de cette ampleur depuis des années. En avril 2016, des hommes armés avaient attaqué le poste de gendarmerie de Mindouli, tuant trois gendarmes. Ce direct est désormais terminé ; nous reprendrons demain à 7 heures.
"""))
GOLD += [
E(1, ["deux explosions ont frappé la ville dimanche en fin de matinée"],
  "SUI", "2026-03-08", "day", "Kinkala", "CG", 17, 80, "exact", None, None, False,
  "'dimanche' = publication day, Sunday 8 March. Two sites of one town (the grand marché and the gare routière, about 400 m and four minutes apart) -> ONE Suicide bomb event. Live blog: the toll is revised from entry to entry ('au moins huit' -> 'au moins quatorze ... des dizaines de blessés' -> 'dix-sept morts, dont les deux kamikazes, et près de quatre-vingts blessés'); the last figure is used: 17 (bombers inside), 80 ('près de' -> about), and the qualifier describes the killed figure -> exact. 'une vingtaine dans un état grave' is a subset. The minister's « pourrait être l'œuvre » of former Ninja militiamen is speculation -> null. '75 kilomètres', '400 mètres', '60 lits', 'Six ambulances', '1444', the entry times are not casualties."),
E(1, ["Les militaires ont désamorcé un troisième engin explosif"],
  "DWU", "2026-03-08", "day", "Kinkala", "CG", None, None, None, "military", None, False,
  "Entry '14 h 50' of Sunday 8 March. A device defused on its own -> Disrupted weapons use; soldiers -> 'military'. Near a church in Kinkala -> Kinkala. '25 kilos' is the weight of the rice bag."),
E(1, ["des hommes armés avaient attaqué le poste de gendarmerie de Mindouli"],
  "BAT", "2016-04-01", "month", "Mindouli", "CG", 3, None, "exact", None, None, True,
  "'En avril 2016' -> month, background. Unnamed gunmen attacking a gendarmerie post -> Armed clash with a null initiator (events_holdout27 Moussala, Khénifra). 'tuant trois gendarmes' -> 3, exact."),
]

# -------------------------------------------------------------- holdout29-002
ARTICLES.append(A(2, "en", "article", "2026-03-09T13:00:00Z",
"Islamic State claims Congo market bombing as toll rises to 18",
"""
KINKALA, Republic of the Congo (Central Africa Wire) - Islamic State claimed responsibility on Monday for Sunday's twin suicide bombing in Kinkala, a market town in the Pool region south-west of Brazzaville, in a statement released through its Amaq agency.

The health ministry said on Monday that 16 people had been killed, not counting the two bombers, after a 12-year-old boy died overnight in a Brazzaville hospital. Seventy-nine people were wounded. On Sunday evening officials had given a toll of 17 dead including the attackers.

On Sunday, Interior Minister Serge Ndinga said former fighters of the Ninja militia "may have been" behind the blasts. A spokesman for the ex-Ninjas' leader, Pastor Frédéric Bintsamou, known as Ntumi, denied any involvement and called the accusation "a provocation". On Monday the ministry said it was "examining the claim" but did not dispute it.

Police arrested two men in Mayama, about 40 km north of Kinkala, on Sunday evening after a taxi driver reported that he had driven them from the market minutes before the first explosion, a police source said. A motorbike and 300,000 CFA francs in cash were seized.

The government has offered a reward of 5 million CFA francs for information and deployed some 600 troops in the department.

The Pool, a hilly region of about 250,000 people, has been largely calm in recent years. In November 2024, gunmen killed a village chief and his two sons near Mouyondzi, in the neighbouring Bouenza department, an attack that was never solved.
"""))
GOLD += [
E(2, ["Sunday's twin suicide bombing in Kinkala"],
  "SUI", "2026-03-08", "day", "Kinkala", "CG", 18, 79, "exact", "Islamic State", "Islamic State", False,
  "'Sunday's' vs Monday 9 March -> 8 March. 'Islamic State claimed responsibility', and the ministry 'did not dispute it' -> claimant and perpetrator; the minister's 'may have been' (ex-Ninjas, on Sunday) is speculation and the ex-Ninjas deny. Revised toll: '16 people had been killed, not counting the two bombers' -> 18 (the superseded 'toll of 17 dead including the attackers' is not used), 'Seventy-nine' wounded -> 79, exact. The boy who died overnight is inside the 16. '12-year-old', '600 troops', '5 million CFA francs', '250,000 people' are not casualties."),
E(2, ["Police arrested two men in Mayama"],
  "ARR", "2026-03-08", "day", "Mayama", "CG", None, None, None, "police", None, False,
  "'on Sunday evening' vs Monday 9 March -> 8 March. Police -> 'police'. 'about 40 km', 'A motorbike', '300,000 CFA francs' belong to the arrest, not casualties."),
E(2, ["gunmen killed a village chief and his two sons near Mouyondzi"],
  "ATK", "2024-11-01", "month", "Mouyondzi", "CG", 3, None, "exact", None, None, True,
  "'In November 2024' -> month, background. Unnamed gunmen killing civilians -> Attack, null actor. A chief and his two sons -> 3, exact."),
]

# -------------------------------------------------------------- holdout29-003
ARTICLES.append(A(3, "fr", "transcript", "2026-03-10T18:30:00Z",
"Radio Pool Inter - Journal de 19 heures du mardi 10 mars",
"""
PRÉSENTATEUR : Bonsoir. Deux jours après le double attentat-suicide de Kinkala, l'enquête avance. Le bilan officiel est désormais de dix-huit morts, kamikazes compris, et de soixante-dix-neuf blessés. L'attaque a été revendiquée par l'État islamique. Notre correspondant est à Kinkala. Jean-Bosco, que sait-on des arrestations ?

CORRESPONDANT : Dans la nuit de lundi à mardi, la gendarmerie a interpellé quatre hommes à Boko, à une soixantaine de kilomètres au sud d'ici, près de la frontière. Ils sont âgés de 19 à 31 ans. Les gendarmes ont saisi chez eux deux détonateurs et 12 motos. Ils s'ajoutent aux deux hommes arrêtés dimanche soir à Mayama, qui sont toujours en garde à vue à Brazzaville. Une quinzaine de commerçants du marché ont par ailleurs été entendus comme témoins, puis sont rentrés chez eux.

PRÉSENTATEUR : Et les anciens Ninjas, un moment soupçonnés ?

CORRESPONDANT : Leur porte-parole a démenti toute implication dès dimanche soir. Ici, personne ne croit vraiment à cette piste.

PRÉSENTATEUR : La population de Kinkala a manifesté ce matin.

CORRESPONDANT : Oui, plusieurs centaines de jeunes ont marché ce matin de la gare routière jusqu'à la préfecture pour réclamer des militaires aux entrées de la ville. La marche s'est déroulée dans le calme, et le préfet a reçu une délégation de douze personnes. Les obsèques collectives des victimes auront lieu jeudi au stade municipal.

PRÉSENTATEUR : Le Pool avait déjà connu des drames...

CORRESPONDANT : Oui, mais rien de tel. Il y a quatre ans, une mine avait tué deux soldats sur la piste de Vinza. Les gens s'en souviennent, mais un attentat-suicide, c'est nouveau pour nous.

PRÉSENTATEUR : Merci Jean-Bosco. La ligne d'écoute pour les familles reste ouverte au 1444. Les autres titres de ce journal de 19 heures dans un instant.
"""))
GOLD += [
E(3, ["double attentat-suicide de Kinkala"],
  "SUI", "2026-03-08", "day", "Kinkala", "CG", 18, 79, "exact", "Islamic State", "Islamic State", False,
  "'Deux jours après' vs Tuesday 10 March -> 8 March. « dix-huit morts, kamikazes compris, et ... soixante-dix-neuf blessés » -> 18 (inside), 79, exact. « revendiquée par l'État islamique » -> claimant and perpetrator; the ex-Ninjas' denial sets nothing. The collective funeral is not coded."),
E(3, ["la gendarmerie a interpellé quatre hommes à Boko"],
  "ARR", "2026-03-09", "day", "Boko", "CG", None, None, None, "police", None, False,
  "'Dans la nuit de lundi à mardi' vs Tuesday 10 March -> dated at the night's start, Monday 9 March (events_holdout25, 27). Gendarmerie -> 'police'. '19 à 31 ans' are ages; 'deux détonateurs' and '12 motos' seized belong to the arrest; 'une soixantaine de kilomètres' is a distance."),
E(3, ["deux hommes arrêtés dimanche soir à Mayama"],
  "ARR", "2026-03-08", "day", "Mayama", "CG", None, None, None, "police", None, False,
  "'dimanche soir' vs Tuesday 10 March -> 8 March. Restated arrest (holdout29-002) -> its own event in this document. No force named here; police in holdout29-002 -> 'police'. 'Une quinzaine de commerçants ... entendus comme témoins' are not arrested."),
E(3, ["plusieurs centaines de jeunes ont marché ce matin de la gare routière jusqu'à la préfecture"],
  "PP", "2026-03-10", "day", "Kinkala", "CG", None, None, None, None, None, False,
  "'ce matin' = Tuesday 10 March. A march with a demand that ends calmly -> Peaceful protest, null actor. 'plusieurs centaines' are marchers and 'douze personnes' a delegation, not casualties."),
E(3, ["une mine avait tué deux soldats sur la piste de Vinza"],
  "IED", "2022-01-01", "year", "Vinza", "CG", 2, None, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A landmine -> Remote explosive/landmine/IED, null actor. A track to a town -> that town (events_holdout27 Salémata). 'tué deux soldats' -> 2, exact."),
]

# -------------------------------------------------------------- holdout29-004
ARTICLES.append(A(4, "fr", "article", "2026-03-16T15:00:00Z",
"Attentat de Kinkala : quatre suspects écroués, un financier présumé arrêté à Pointe-Noire",
"""
BRAZZAVILLE - Les quatre hommes interpellés à Boko dans la nuit du 9 au 10 mars ont été déférés jeudi au parquet de Brazzaville. Inculpés d'« actes de terrorisme » et d'« association de malfaiteurs », ils ont été placés sous mandat de dépôt à la maison d'arrêt de la capitale, a annoncé vendredi le procureur de la République.

Le double attentat-suicide du 8 mars à Kinkala, revendiqué par l'État islamique, a fait dix-neuf morts, dont les deux kamikazes, et soixante-dix-neuf blessés. Une commerçante de 47 ans, blessée à la gare routière, a succombé à ses blessures mercredi au CHU de Brazzaville.

L'enquête s'est déplacée vers la côte. Samedi, la police a appréhendé à Pointe-Noire un commerçant de 41 ans, soupçonné d'avoir financé le groupe. Selon une source judiciaire, il aurait transféré près de 3 millions de francs CFA aux suspects de Boko en février. Il a été placé en garde à vue dans les locaux de la Direction générale de la surveillance du territoire.

Tous les interrogatoires n'ont pas abouti à des poursuites. Le chauffeur de taxi-moto qui avait conduit l'un des kamikazes jusqu'au marché, entendu vendredi pendant six heures, a été relâché sans charge. Le propriétaire de la maison louée à Boko a été convoqué pour mardi.

Les enquêteurs s'intéressent aussi à d'anciennes filières. En juin 2018, la police avait saisi des armes de guerre et 40 kilos d'explosifs dans une cache à Goma-Tsé-Tsé, sans procéder à aucune arrestation ; l'affaire n'avait jamais été élucidée.

Les avocats des quatre inculpés, commis d'office, dénoncent des aveux « obtenus sous la pression ». Le procès ne devrait pas s'ouvrir avant 2027.
"""))
GOLD += [
E(4, ["Le double attentat-suicide du 8 mars à Kinkala, revendiqué par l'État islamique"],
  "SUI", "2026-03-08", "day", "Kinkala", "CG", 19, 79, "exact", "Islamic State", "Islamic State", False,
  "'du 8 mars' (8 days before Monday 16 March -> current). « dix-neuf morts, dont les deux kamikazes, et soixante-dix-neuf blessés » -> 19 (inside; the trader who 'a succombé à ses blessures mercredi' is counted in it), 79, exact; the wounded figure is not reduced by her death (events_holdout16). « revendiqué par l'État islamique » -> claimant and perpetrator. '47 ans' is an age."),
E(4, ["Les quatre hommes interpellés à Boko dans la nuit du 9 au 10 mars"],
  "ARR", "2026-03-09", "day", "Boko", "CG", None, None, None, "police", None, False,
  "'dans la nuit du 9 au 10 mars' -> dated at its start, 9 March. 'déférés ... Inculpés ... placés sous mandat de dépôt' is this arrest's follow-up: one Arrests event at its place and day, not a new one (and not dated at the hearing, Thursday 12 March). No force named here; the gendarmerie in holdout29-003 -> 'police'."),
E(4, ["la police a appréhendé à Pointe-Noire un commerçant de 41 ans"],
  "ARR", "2026-03-14", "day", "Pointe-Noire", "CG", None, None, None, "police", None, False,
  "'Samedi' vs Monday 16 March -> 14 March. Police -> 'police'. The suspected financier (the cluster's facilitator). '41 ans', '3 millions de francs CFA' are not casualties. The taxi-moto driver 'entendu ... relâché sans charge' and the owner 'convoqué' are not arrested."),
E(4, ["la police avait saisi des armes de guerre et 40 kilos d'explosifs dans une cache à Goma-Tsé-Tsé"],
  "DWU", "2018-06-01", "month", "Goma-Tsé-Tsé", "CG", None, None, None, "police", None, True,
  "'En juin 2018' -> month, background. Weapons and explosives seized 'sans procéder à aucune arrestation' -> Disrupted weapons use, no arrest (events_holdout27 Sibut); police -> 'police'. '40 kilos' is a weight."),
]

# -------------------------------------------------------------- holdout29-005
ARTICLES.append(A(5, "en", "article", "2026-03-20T09:00:00Z",
"Analysis: Kinkala bombing ends the Pool's uneasy calm",
"""
BRAZZAVILLE (Africa Review) - For most of the past decade the Pool, the forested region that wraps around Brazzaville, has been better known for its cassava and its silences than for violence. The twin suicide bombing in Kinkala on 8 March, claimed by Islamic State, changed that in four minutes.

The attack killed 19 people, including the two bombers, and wounded 79. Seven suspects are now in custody: the four men arrested in Boko on the night of 9 March, two caught in Mayama the evening of the attack and a trader detained in Pointe-Noire.

The region's earlier violence was of a different kind. In 2019, gunmen ambushed a passenger train near Loutété and killed four travellers, a robbery that left the railway closed for three weeks. In March 2021, police in Nkayi arrested five men accused of smuggling weapons across the Bouenza. In 2022, a landmine killed two soldiers on the Vinza track. Last August, a roadside bomb wounded five soldiers on the road to Kindamba, the first such device in years.

None of those incidents was ever linked to a jihadist group, and several analysts doubt that Islamic State's Central Africa branch, whose fighters operate 1,200 km away across the river in the Democratic Republic of the Congo, had more than a distant hand in Kinkala.

"The claim is credible, but the network is local," said a researcher at a Brazzaville university, who asked not to be named. Unemployment among people aged 15 to 35 in the Pool exceeds 40 percent.

The government has promised 20 billion CFA francs for roads and schools in the department by 2028.
"""))
GOLD += [
E(5, ["The twin suicide bombing in Kinkala on 8 March, claimed by Islamic State"],
  "SUI", "2026-03-08", "day", "Kinkala", "CG", 19, 79, "exact", "Islamic State", "Islamic State", False,
  "'on 8 March' (12 days before Friday 20 March -> current). 'killed 19 people, including the two bombers, and wounded 79' -> 19 (inside), 79, exact. 'claimed by Islamic State'; analysts' doubts about the branch's role do not dispute the claim -> claimant and perpetrator. 'in four minutes' is a time span."),
E(5, ["the four men arrested in Boko on the night of 9 March"],
  "ARR", "2026-03-09", "day", "Boko", "CG", None, None, None, "police", None, False,
  "'on the night of 9 March' -> 9 March. Restated arrest, own event in this document; gendarmerie in holdout29-003 -> 'police'. 'Seven suspects are now in custody' is a total, not an event."),
E(5, ["two caught in Mayama the evening of the attack"],
  "ARR", "2026-03-08", "day", "Mayama", "CG", None, None, None, "police", None, False,
  "'the evening of the attack' -> 8 March. Restated arrest; police in holdout29-002 -> 'police'."),
E(5, ["a trader detained in Pointe-Noire"],
  "ARR", None, None, "Pointe-Noire", "CG", None, None, None, "police", None, False,
  "No day given in this document -> null date, not background. Restated arrest of the financier (holdout29-004, police) -> 'police'."),
E(5, ["gunmen ambushed a passenger train near Loutété and killed four travellers"],
  "ATK", "2019-01-01", "year", "Loutété", "CG", 4, None, "exact", None, None, True,
  "'In 2019' -> year, background. Unnamed gunmen against civilian travellers -> Attack, null actor. 'killed four' -> 4, exact. 'three weeks' is a span."),
E(5, ["police in Nkayi arrested five men"],
  "ARR", "2021-03-01", "month", "Nkayi", "CG", None, None, None, "police", None, True,
  "'In March 2021' -> month, background. Police -> 'police'. 'five men' are arrestees."),
E(5, ["a landmine killed two soldiers on the Vinza track"],
  "IED", "2022-01-01", "year", "Vinza", "CG", 2, None, "exact", None, None, True,
  "'In 2022' -> year, background (the same mine as holdout29-003's « il y a quatre ans »). Landmine -> IED, null actor; a track to a town -> that town. 2 killed, exact."),
E(5, ["a roadside bomb wounded five soldiers on the road to Kindamba"],
  "IED", "2025-08-01", "month", "Kindamba", "CG", None, 5, "exact", None, None, True,
  "'Last August' vs March 2026 -> August 2025, month, background. Roadside bomb -> IED, null actor; a road to a town -> that town. Injured 5, exact; killed null. '1,200 km', '15 to 35', '40 percent', '20 billion CFA francs', '2028' are not casualties."),
]
