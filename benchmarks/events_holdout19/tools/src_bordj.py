"""Authoring source of benchmarks/events_holdout19 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bordj Badji Mokhtar, Algeria cluster (holdout19-006 to 010, English
and French), two suicide bombers on Tuesday 12 May 2026 at two sites of one
town (the weekly souk and the gendarmerie checkpoint at the southern exit,
about 700 m apart, about ten minutes apart): an English live page of
timestamped updates, oldest first, with an Islamic State "may have been
behind" (006), a French morning radio bulletin the next day with several
short items, most of them not security news (007), the AQIM claim with an
Islamic State denial, in English (008), an Algerian daily on arrests, a
facilitator and a clash (009) and an editorial full of older attacks (010).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout19")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout19-006
ARTICLES.append(A(6, "en", "article", "2026-05-12T19:40:00Z",
"Live: twin suicide bombing in Algeria's far south",
"""
Live updates on the bombing in Bordj Badji Mokhtar, near the border with Mali. Times are local (GMT+1). Oldest entries first.

10:20 - Reports of two explosions in Bordj Badji Mokhtar, a town of about 20,000 people some 800 km south-west of Tamanrasset. Residents say a man blew himself up at the entrance of the weekly souk, and a second bomber struck the gendarmerie checkpoint at the southern exit of the town about ten minutes later, some 700 metres away.

11:05 - A local health official tells us at least six people were killed and dozens wounded. He says the first bomber appeared to be aged about 20.

13:30 - The provincial governor now puts the toll at 11 dead. Four of the wounded have been flown to Adrar, 600 km to the north, on two military aircraft.

14:05 - Police in Tamanrasset say they arrested two men at a checkpoint on the road from the border this morning, with 20 kg of explosives hidden under sacks of dates. They are being questioned about possible links to the attack.

15:10 - No group has claimed the attack so far. A security source says Islamic State's Sahel branch "may have been behind it", given its recent activity on the Malian side of the border.

16:45 - Separately, the defence ministry says a soldier was wounded on Monday when a mine exploded under his vehicle near Timiaouine, about 130 km to the east. It does not link the two incidents.

18:20 - The interior ministry has just issued a statement: the toll now stands at 14 dead, including the two bombers, and 27 wounded. The souk will stay closed for three days and a curfew from 8 p.m. to 6 a.m. is in force.

19:35 - We are closing this live page. A full report will follow tomorrow.
"""))
GOLD += [
E(6, ["the bombing in Bordj Badji Mokhtar", "two explosions in Bordj Badji Mokhtar", "a man blew himself up at the entrance of the weekly souk"],
  "SUI", "2026-05-12", "day", "Bordj Badji Mokhtar", "DZ", 14, 27, "exact", None, None, False,
  "A live page dated Tuesday 12 May, the day of the attack. Two bombers at two sites of one town (the souk and the gendarmerie checkpoint, about 700 m apart), about ten minutes apart -> ONE Suicide bomb event. Oldest-first live page -> the figure given last (events_holdout3/16): 'at least six ... dozens' -> '11 dead' -> '14 dead, including the two bombers, and 27 wounded' -> 14 (inside) and 27, exact. The Islamic State 'may have been behind it' is speculation -> null. 'about 20,000 people', '800 km', 'aged about 20' (an age), 'Four of the wounded' (a subset), '600 km', 'two military aircraft', '130 km', 'three days', '8 p.m. to 6 a.m.' and the time stamps are not casualties."),
E(6, ["a mine exploded under his vehicle near Timiaouine"],
  "IED", "2026-05-11", "day", "Timiaouine", "DZ", None, 1, "exact", None, None, False,
  "'on Monday' vs Tuesday 12 May -> 11 May. No actor named -> null. 'a soldier was wounded' -> 1 injured (injured-only, exact)."),
E(6, ["Police in Tamanrasset say they arrested two men at a checkpoint"],
  "ARR", "2026-05-12", "day", "Tamanrasset", "DZ", None, None, None, "police", None, False,
  "'this morning' in an entry of Tuesday 12 May -> 12 May. Police -> 'police'. The explosives belong to the arrest ('20 kg' is a weight). 'They are being questioned' describes the arrested men, not extra people questioned. A checkpoint on the road into the town -> Tamanrasset."),
]

# -------------------------------------------------------------- holdout19-007
ARTICLES.append(A(7, "fr", "transcript", "2026-05-13T06:30:00Z",
"Journal de 7 heures, Radio Sud : les titres du mercredi 13 mai",
"""
PRÉSENTATEUR : Il est 7 heures, voici les titres de ce mercredi. À la une, le bilan du double attentat-suicide de Bordj Badji Mokhtar, qui s'est encore alourdi cette nuit. Notre correspondante à Adrar, Nassima Belkacem.

CORRESPONDANTE : Bonjour. Selon un nouveau bilan communiqué à l'aube par la wilaya, l'attentat d'hier a fait 16 morts, kamikazes compris, et 31 blessés. Deux blessés ont succombé cette nuit à l'hôpital d'Adrar. Par ailleurs, dans la nuit de mardi à mercredi, la gendarmerie a interpellé quatre personnes à Reggane, dont un commerçant de 58 ans chez qui ont été trouvés des détonateurs. Une dizaine d'habitants ont été entendus puis relâchés.

PRÉSENTATEUR : Merci Nassima. Le président de la République a décrété trois jours de deuil national.

Les autres titres. Économie : le prix du pain reste fixé à 10 dinars la baguette, a rappelé le ministère du Commerce, qui promet 200 contrôles par semaine dans les boulangeries.

Éducation : les épreuves du baccalauréat débuteront le 7 juin pour près de 800 000 candidats. Les candidats du Grand Sud composeront une heure plus tôt en raison de la chaleur.

Sport : l'équipe nationale de handball s'est imposée 31 à 27 face à l'Égypte hier soir à Oran et jouera la finale samedi.

Sécurité : un détachement de l'ANP a détruit hier deux bombes artisanales découvertes près d'In Salah, selon le ministère de la Défense nationale.

Météo enfin : vent de sable sur tout le Sud, avec des températures jusqu'à 44 degrés à Adrar et à In Salah. La visibilité sera réduite à moins de 500 mètres sur la route nationale 6.

PRÉSENTATEUR : Prochain journal à 8 heures. Les auditeurs qui ont des informations peuvent appeler le numéro vert, le 1055.
"""))
GOLD += [
E(7, ["double attentat-suicide de Bordj Badji Mokhtar", "l'attentat d'hier"],
  "SUI", "2026-05-12", "day", "Bordj Badji Mokhtar", "DZ", 16, 31, "exact", None, None, False,
  "'l'attentat d'hier' vs Wednesday 13 May -> Tuesday 12 May. Two sites of one town -> one event. '16 morts, kamikazes compris, et 31 blessés' -> 16 (inside), 31, exact; two wounded who died overnight raised it. No claim -> null. In a bulletin, '31 à 27' (a handball score), '10 dinars', '200 contrôles', '800 000 candidats', '44 degrés', '500 mètres', 'route nationale 6', '1055' and the hours are not casualties."),
E(7, ["la gendarmerie a interpellé quatre personnes à Reggane"],
  "ARR", "2026-05-12", "day", "Reggane", "DZ", None, None, None, "police", None, False,
  "'dans la nuit de mardi à mercredi' vs Wednesday 13 May -> Tuesday 12 May (nights dated at their start). Gendarmerie -> 'police'. '58 ans' is an age; the detonators belong to the arrest; 'Une dizaine d'habitants ont été entendus puis relâchés' are not arrests."),
E(7, ["un détachement de l'ANP a détruit hier deux bombes artisanales découvertes près d'In Salah"],
  "DWU", "2026-05-12", "day", "In Salah", "DZ", None, None, None, "military", None, False,
  "'hier' vs Wednesday 13 May -> 12 May. Bombs destroyed on their own, with no arrest -> Disrupted weapons use (dev); ANP -> 'military'. 'deux bombes' is a count of devices, not casualties. In Salah is also named in the weather item (no event) and is the place of 010's 2021 rocket attack, a different event."),
]

# -------------------------------------------------------------- holdout19-008
ARTICLES.append(A(8, "en", "article", "2026-05-15T11:00:00Z",
"AQIM claims Algeria twin bombing; Islamic State denies role",
"""
ALGIERS - Al-Qaeda in the Islamic Maghreb (AQIM) has claimed responsibility for Tuesday's twin suicide bombing in Bordj Badji Mokhtar, in a statement posted on Thursday night on channels the group has used before.

The statement named the two bombers by their noms de guerre and said they had killed "more than 40 gendarmes and collaborators". The interior ministry dismissed the figure and said 16 people had died, the two bombers among them, but did not question that AQIM was behind the attack.

Islamic State's Sahel branch, which a security source had named as a possible culprit on Tuesday, denied any role in a short message on Thursday.

In Bordj Badji Mokhtar, several hundred residents marched on Thursday from the souk to the offices of the daira, carrying banners that read "Protect the south". They handed a letter to the local administrator asking for a permanent army post at the souk, and dispersed peacefully after about two hours.

AQIM has been weakened since 2013, but it keeps cells along Algeria's 1,300 km border with Mali. In 2017, the group claimed a suicide car bomb attack on an army barracks in Aoulef that killed five soldiers.

Analysts say the claim came fast by AQIM standards. "Two days is quick for them," said a researcher at an Algiers university. "It tells you they wanted this known."

Authorities have offered a reward of 5 million dinars for information on the bombers' network. The souk reopened on Friday under heavy guard.
"""))
GOLD += [
E(8, ["Tuesday's twin suicide bombing in Bordj Badji Mokhtar", "AQIM was behind the attack"],
  "SUI", "2026-05-12", "day", "Bordj Badji Mokhtar", "DZ", 16, None, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "'Tuesday's' vs Friday 15 May -> 12 May. 'has claimed responsibility' -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb' (canonical name of earlier sets). The ministry dismisses the claimant's figure ('more than 40', not used) but not the authorship. '16 people had died, the two bombers among them' -> 16 (inside), exact. The Islamic State denial is not a claim. Dateline ALGIERS has no event."),
E(8, ["several hundred residents marched on Thursday from the souk to the offices of the daira"],
  "PP", "2026-05-14", "day", "Bordj Badji Mokhtar", "DZ", None, None, None, None, None, False,
  "'on Thursday' vs Friday 15 May -> 14 May. A march with a demand that ends peacefully -> Peaceful protest. 'several hundred' are participants; 'about two hours' a span."),
E(8, ["the group claimed a suicide car bomb attack on an army barracks in Aoulef"],
  "SUI", "2017-01-01", "year", "Aoulef", "DZ", 5, None, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", True,
  "'In 2017' -> year, background. Claimed by AQIM -> claimant and perpetrator. 'killed five soldiers' -> 5. 'since 2013', '1,300 km', 'Two days', '5 million dinars' are not casualties."),
]

# -------------------------------------------------------------- holdout19-009
ARTICLES.append(A(9, "fr", "article", "2026-05-18T08:00:00Z",
"Bordj Badji Mokhtar : six éléments de soutien interpellés à Adrar, un passeur arrêté",
"""
L'enquête sur le double attentat-suicide de Bordj Badji Mokhtar avance. Samedi, un détachement de l'Armée nationale populaire (ANP) a interpellé six éléments de soutien aux groupes terroristes à Adrar, a annoncé le ministère de la Défense nationale. Trois véhicules tout-terrain, 400 litres de carburant et des jumelles ont été saisis.

Jeudi, un passeur de 41 ans, soupçonné d'avoir fait entrer les deux kamikazes depuis le Mali, avait été arrêté par la gendarmerie à In Guezzam, à quelque 400 kilomètres à l'est.

Vendredi, un accrochage a opposé un détachement de l'ANP à un groupe armé dans la région de Tinzaouatine. Les militaires, qui ratissaient un oued signalé par des nomades, ont essuyé des tirs ; trois terroristes ont été neutralisés et un militaire a été blessé, selon le ministère, qui a récupéré deux kalachnikovs.

Dimanche, un blessé de l'attentat a succombé à ses blessures à l'hôpital de Tamanrasset, portant le bilan à 17 morts, dont les deux kamikazes. L'attentat a été revendiqué jeudi par Al-Qaïda au Maghreb islamique (Aqmi).

Dimanche, un détachement de l'ANP a découvert et détruit près de Timiaouine une cache contenant 12 obus de mortier et une centaine de détonateurs.

Une cinquantaine de personnes ont par ailleurs été auditionnées par les enquêteurs, avant d'être libérées. « L'audition n'est pas l'arrestation », souligne un avocat d'Adrar.

À Bordj Badji Mokhtar, le souk a rouvert vendredi. Les commerçants disent n'avoir vu qu'un tiers de la clientèle habituelle, et le prix du mouton a chuté de 20 %.
"""))
GOLD += [
E(9, ["le double attentat-suicide de Bordj Badji Mokhtar", "L'attentat a été revendiqué jeudi par Al-Qaïda au Maghreb islamique"],
  "SUI", "2026-05-12", "day", "Bordj Badji Mokhtar", "DZ", 17, None, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "The attack's date is not restated in this document (the cluster's Tuesday 12 May, six days before Monday 18 May -> current); coded at its day like the other documents of the cluster. A wounded man died on Sunday -> '17 morts, dont les deux kamikazes' -> 17 (inside), exact. 'revendiqué ... par Al-Qaïda au Maghreb islamique (Aqmi)' -> claimant and perpetrator."),
E(9, ["un détachement de l'Armée nationale populaire (ANP) a interpellé six éléments de soutien aux groupes terroristes à Adrar"],
  "ARR", "2026-05-16", "day", "Adrar", "DZ", None, None, None, "military", None, False,
  "'Samedi' vs Monday 18 May -> 16 May. ANP -> 'military'. The vehicles, fuel and binoculars belong to the arrest ('Trois véhicules', '400 litres' are not casualties). Adrar is also the hospital town of 006/007."),
E(9, ["un passeur de 41 ans, soupçonné d'avoir fait entrer les deux kamikazes depuis le Mali, avait été arrêté par la gendarmerie à In Guezzam"],
  "ARR", "2026-05-14", "day", "In Guezzam", "DZ", None, None, None, "police", None, False,
  "'Jeudi' vs Monday 18 May -> 14 May. The suspected facilitator. Gendarmerie -> 'police'. '41 ans' is an age; '400 kilomètres' a distance."),
E(9, ["un accrochage a opposé un détachement de l'ANP à un groupe armé dans la région de Tinzaouatine"],
  "BAT", "2026-05-15", "day", "Tinzaouatine", "DZ", 3, 1, "exact", "military", None, False,
  "'Vendredi' vs Monday 18 May -> 15 May. Soldiers combing a wadi who come under fire -> Armed clash initiated by the searching force (as a raid, events_holdout15 to 17); ANP -> 'military'. 'trois terroristes ont été neutralisés et un militaire a été blessé, selon le ministère' -> 3 killed ('neutralisés' is the Algerian ministry's word for killed), 1 injured; the acting force's own figure. The Algerian town, not Mali's Tinzaouaten across the border -> DZ. 'deux kalachnikovs', 'Une cinquantaine de personnes ... auditionnées' (not arrests), 'un tiers', '20 %' are not casualties."),
E(9, ["un détachement de l'ANP a découvert et détruit près de Timiaouine une cache"],
  "DWU", "2026-05-17", "day", "Timiaouine", "DZ", None, None, None, "military", None, False,
  "'Dimanche' vs Monday 18 May -> 17 May. A weapons cache destroyed with no arrest -> Disrupted weapons use; ANP -> 'military'. '12 obus', 'une centaine de détonateurs' are counts of munitions. Timiaouine is also the place of 006's mine, a different event."),
]

# -------------------------------------------------------------- holdout19-010
ARTICLES.append(A(10, "fr", "article", "2026-05-29T06:00:00Z",
"Éditorial. Le Grand Sud mérite mieux que des minutes de silence",
"""
Le 12 mai, deux kamikazes ont frappé Bordj Badji Mokhtar, l'un au souk, l'autre au barrage de la gendarmerie, à dix minutes d'intervalle. Dix-sept morts, dont les deux kamikazes, et plus de trente blessés. Aqmi a revendiqué l'attentat deux jours plus tard.

Dans les salons d'Alger, on a feint la surprise. Il suffisait pourtant de lire les brèves de ces dernières années.

En janvier 2020, une mine a blessé trois militaires près de Djanet, sur une piste empruntée chaque hiver par les touristes.

Il y a cinq ans, des roquettes tirées depuis le désert ont touché le site gazier d'In Salah, sans faire de victimes. L'exploitant a simplement ajouté un mur.

En octobre 2022, l'armée de l'air a bombardé un convoi de pick-up près de Bordj Omar Driss, tuant sept terroristes selon le ministère de la Défense.

L'an dernier, des hommes armés ont enlevé deux guides touristiques près d'Illizi. Ils ont été libérés au bout de trois semaines, sans que l'on sache à quel prix.

Chacun de ces épisodes a été rangé dans la rubrique des faits divers. Le Grand Sud couvre pourtant plus de 80 % du territoire et ne compte qu'une poignée de grands hôpitaux : les blessés de Bordj Badji Mokhtar ont dû parcourir 600 kilomètres pour être soignés.

Le gouvernement promet 2 000 gendarmes supplémentaires et 50 milliards de dinars pour les wilayas frontalières. C'est un début. Mais tant que le Sud sera traité comme un désert à surveiller plutôt que comme une région à habiter, d'autres kamikazes trouveront la route ouverte.
"""))
GOLD += [
E(10, ["deux kamikazes ont frappé Bordj Badji Mokhtar", "Aqmi a revendiqué l'attentat"],
  "SUI", "2026-05-12", "day", "Bordj Badji Mokhtar", "DZ", 17, 30, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "'Le 12 mai' -> 12 May (17 days before Friday 29 May -> current). Two sites, ten minutes apart -> one event. 'Dix-sept morts, dont les deux kamikazes' -> 17 (inside), exact; 'plus de trente blessés' -> 30 (the qualifier describes the exact killed figure). 'Aqmi a revendiqué' -> claimant and perpetrator."),
E(10, ["une mine a blessé trois militaires près de Djanet"],
  "IED", "2020-01-01", "month", "Djanet", "DZ", None, 3, "exact", None, None, True,
  "'En janvier 2020' -> month, background. No actor -> null. 'blessé trois militaires' -> 3 injured (injured-only, exact)."),
E(10, ["des roquettes tirées depuis le désert ont touché le site gazier d'In Salah"],
  "SHL", "2021-01-01", "year", "In Salah", "DZ", 0, 0, "exact", None, None, True,
  "'Il y a cinq ans' vs 2026 -> 2021, year, background. Rockets -> Shelling/artillery/missile attack; no actor -> null. 'sans faire de victimes' says explicitly that nobody was hurt -> 0/0, exact (dev: 0 only when the text says so). A gas site near the town -> the town."),
E(10, ["l'armée de l'air a bombardé un convoi de pick-up près de Bordj Omar Driss"],
  "AIR", "2022-10-01", "month", "Bordj Omar Driss", "DZ", 7, None, "exact", "military", None, True,
  "'En octobre 2022' -> month, background. Algerian air force -> 'military'. 'tuant sept terroristes selon le ministère de la Défense' -> 7, the acting force's own figure."),
E(10, ["des hommes armés ont enlevé deux guides touristiques près d'Illizi"],
  "ABD", "2025-01-01", "year", "Illizi", "DZ", None, None, None, None, None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. Unnamed 'hommes armés' -> null. 'deux guides' are abductees; 'trois semaines', '80 %', '600 kilomètres', '2 000 gendarmes', '50 milliards de dinars' are not casualties."),
]
