"""Authoring source of benchmarks/events_holdout10 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bosaso, Somalia cluster (holdout10-007 to 011), a twin suicide
bombing at two gates of the port: the wire flash (007), the revised toll
(008), the claim in French (009), the arrests and a march (010) and a French
radio programme with older attacks (011). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout10")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout10-007
ARTICLES.append(A(7, "en", "article", "2026-06-13T11:00:00Z",
"Suicide bombers strike Bosaso port gates, at least nine dead",
"""
GAROWE, Somalia, June 13 (Wire) - At least nine people were killed and dozens wounded on Saturday when two suicide bombers blew themselves up at the gates of the port of Bosaso, in Somalia's Puntland region, police and witnesses said.

The first bomber struck at the main gate at around 11:20 a.m., where dozens of porters and drivers were waiting for the afternoon shift. A few minutes later a second man set off his explosives at the fishermen's gate, some 300 metres along the harbour wall, witnesses said.

"I saw smoke at the main gate and then the second blast threw me to the ground," said Abdirahman Yusuf, a dockworker. A 16-year-old porter was among the dead, relatives said. About 40 trucks were parked in the yard at the time and at least six caught fire.

No group has claimed the attack. A police commander in Bosaso said al-Shabaab may have been behind it, adding that Islamic State fighters based in the mountains south of the city could also be responsible.

On Thursday, a grenade thrown into a khat market in Bosaso wounded three people, police said. Nobody was arrested.

The port, which handles most of Puntland's imports, was closed for the rest of the day. Its 1,500 workers were sent home.
"""))
GOLD += [
E(7, ["two suicide bombers blew themselves up at the gates of the port of Bosaso", "The first bomber struck at the main gate", "a second man set off his explosives at the fishermen's gate", "the second blast", "the attack"],
  "SUI", "2026-06-13", "day", "Bosaso", "SO", 9, 12, "at_least", None, None, False,
  "'on Saturday' = publication day, Saturday 13 June. Two bombers at two gates of one port, minutes apart -> ONE Suicide bomb event (same compound, events_holdout5 Batkhela). 'At least nine' -> 9, at_least; 'dozens wounded' -> 12 (dev table), the qualifier describes killed. 'may have been behind it' and 'could also be responsible' are speculation -> null. '11:20 a.m.', 'dozens of porters' (participants, not casualties), '300 metres', '16-year-old', 'About 40 trucks', 'at least six' (trucks), '1,500 workers' are distractors."),
E(7, ["a grenade thrown into a khat market in Bosaso wounded three people"],
  "GRN", "2026-06-11", "day", "Bosaso", "SO", None, 3, "exact", None, None, False,
  "'On Thursday' vs Saturday 13 June -> 11 June. 3 wounded, no killed figure. 'Nobody was arrested' -> no arrest event."),
]

# -------------------------------------------------------------- holdout10-008
ARTICLES.append(A(8, "en", "article", "2026-06-14T09:00:00Z",
"Bosaso port bombing toll rises to 21",
"""
BOSASO, Somalia, June 14 - The death toll from Saturday's double suicide bombing at the gates of Bosaso port has risen to twenty-one, including the two attackers, health officials said on Sunday, up from the nine reported in the first hours.

Four of the wounded died overnight at the Bosaso General Hospital, where surgeons worked through the night. Thirty-eight people were wounded in all, a hospital director said; eleven of them were flown to Garowe and Mogadishu.

Witnesses said the two bombers wore the overalls of port porters. One walked into the queue at the main gate; the second waited at the fishermen's gate and detonated his vest as people ran from the first explosion.

Puntland's security minister, Said Hirsi, said the bombers had entered the city two days earlier by bus from Qandala. He said the attack would not stop the port's expansion, a 200 million dollar project.

Early on Sunday, Somali army troops attacked an Islamic State hideout near Qandala, killing seven fighters, according to a statement from the army. The statement said no soldiers were hurt. It gave no details of the weapons found.

Dozens of relatives gathered outside the hospital morgue on Sunday to collect bodies. Eight of the dead were buried before noon.

The port reopened on Sunday afternoon under heavy guard, with lorries searched 500 metres from the gates.
"""))
GOLD += [
E(8, ["Saturday's double suicide bombing at the gates of Bosaso port", "the first explosion", "the attack"],
  "SUI", "2026-06-13", "day", "Bosaso", "SO", 21, 38, "exact", None, None, False,
  "'Saturday's' vs Sunday 14 June -> 13 June. Revised toll: 'twenty-one, including the two attackers' (final) replaces 'the nine reported in the first hours'; the four who died overnight are inside it. 'Thirty-eight people were wounded in all' -> 38 (a wounded total; the later deaths are not subtracted, events_holdout5); 'eleven of them' is a subset. Two gates of one port -> one event. Unclaimed, no actor in this document. 'two days earlier' (the bombers' arrival, not an event), '200 million dollar', 'Eight of the dead' (a subset), '500 metres' are distractors."),
E(8, ["Somali army troops attacked an Islamic State hideout near Qandala"],
  "BAT", "2026-06-14", "day", "Qandala", "SO", 7, 0, "exact", "military", None, False,
  "'Early on Sunday' = publication day, 14 June. An army assault on an armed group's hideout -> Armed clash initiated by the military (events_holdout7 Ntoroko). The army's own figure (seven fighters) is the only one; 'no soldiers were hurt' -> injured 0 (holdout7 Datu Montawal: 'No one else was hurt' after a killed figure)."),
]

# -------------------------------------------------------------- holdout10-009
ARTICLES.append(A(9, "fr", "article", "2026-06-15T14:00:00Z",
"Somalie : l'État islamique revendique le double attentat de Bosaso",
"""
NAIROBI, 15 juin - Le groupe État islamique (EI) a revendiqué dimanche soir, par l'intermédiaire de son agence Amaq, le double attentat-suicide qui a frappé samedi le port de Bosaso, dans la région semi-autonome du Puntland, au nord-est de la Somalie.

L'attaque a fait vingt et un morts, dont les deux kamikazes, et trente-huit blessés, selon le dernier bilan des autorités. Dans son communiqué, l'EI affirme avoir tué « plus de soixante-dix apostats » et présente les deux assaillants comme des « frères » somaliens âgés de 22 et 27 ans.

Les shebab, affiliés à Al-Qaïda, ont démenti toute implication dans un message diffusé sur une radio proche du groupe. Le ministre de la Sécurité du Puntland a jugé le bilan de l'EI « fantaisiste », sans contester la responsabilité du groupe, dont plusieurs centaines de combattants sont retranchés dans les montagnes au sud de Bosaso.

Dimanche, un drone américain a frappé une position de l'EI près d'Iskushuban, à environ 150 kilomètres au sud-est, tuant trois combattants, a indiqué le commandement américain pour l'Afrique (Africom). Aucun civil n'a été touché, selon Africom.

Le port, par lequel transitent près de 80 % des importations de la région, a rouvert dimanche après-midi. Les autorités ont promis une prime de 50 000 dollars à toute personne fournissant des informations sur les commanditaires de l'attentat.
"""))
GOLD += [
E(9, ["le double attentat-suicide qui a frappé samedi le port de Bosaso", "L'attaque a fait vingt et un morts", "l'attentat"],
  "SUI", "2026-06-13", "day", "Bosaso", "SO", 21, 38, "exact", "Islamic State", "Islamic State", False,
  "'samedi' vs Monday 15 June -> 13 June (the claim came on Sunday; the event keeps its day). 'vingt et un morts, dont les deux kamikazes' -> 21 (bombers inside); 'trente-huit blessés' -> 38. Claimed by the EI through Amaq -> Islamic State. The shebab's denial is a rival's denial; the minister disputes the figure, not the authorship -> perpetrator = claimant. The claim's 'plus de soixante-dix apostats' is not used. '22 et 27 ans' are ages, 'plusieurs centaines de combattants' a strength, '80 %' and '50 000 dollars' distractors. 'l'attentat' (in 'commanditaires de l'attentat') names this bombing."),
E(9, ["un drone américain a frappé une position de l'EI près d'Iskushuban"],
  "AIR", "2026-06-14", "day", "Iskushuban", "SO", 3, 0, "exact", "US military", None, False,
  "'Dimanche' vs Monday 15 June -> 14 June. Africom -> 'US military' (foreign-force rule). 'tuant trois combattants' -> 3; 'Aucun civil n'a été touché' -> injured 0 (events_holdout9 Busayrah precedent). 'environ 150 kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout10-010
ARTICLES.append(A(10, "en", "article", "2026-06-17T10:00:00Z",
"Puntland police arrest 14 after port bombing, one suspect killed in raid",
"""
GAROWE, Somalia, June 17 - Puntland police arrested 14 suspects in raids across Bosaso on Monday, two days after the suicide bombing at the city's port that killed 21 people, including the bombers, a police spokesman said on Wednesday.

Three suicide vests and about 20 kilograms of explosives were seized in a house near the livestock market, the spokesman said. About 60 other people were questioned and released.

One of the raids, in Bosaso's Raf-Raf district late on Monday, turned into a gunfight when the men inside fired at officers. One suspect was killed and two officers were wounded.

On Tuesday, police detained a suspected facilitator, a 34-year-old port clerk, at a checkpoint in Bandarbeyla, on the coast about 240 km to the east. Investigators say he printed fake work passes for the two bombers.

The Islamic State group, which claimed the bombing, has not commented on the arrests. Puntland has offered a reward of 50,000 dollars for information on the men who planned it.

Also on Tuesday, several hundred dockworkers marched from the port to the governor's office in Bosaso, demanding better security and compensation for the families of the dead. The march ended peacefully after the governor promised to meet their leaders.

In Galgala, in the mountains south of the city, a landmine killed two Puntland soldiers on patrol on Tuesday, officials said.
"""))
GOLD += [
E(10, ["the suicide bombing at the city's port", "claimed the bombing"],
  "SUI", "2026-06-13", "day", "Bosaso", "SO", 21, None, "exact", "Islamic State", "Islamic State", False,
  "'two days after' Monday 15 June -> Saturday 13 June. 'killed 21 people, including the bombers' -> 21. 'The Islamic State group, which claimed the bombing' -> claimant and perpetrator. No wounded figure."),
E(10, ["Puntland police arrested 14 suspects in raids across Bosaso on Monday"],
  "ARR", "2026-06-15", "day", "Bosaso", "SO", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 17 June -> 15 June. Puntland police -> police. The vests and '20 kilograms' of explosives seized belong to the arrest. 'About 60 other people were questioned' are not arrests; '14 suspects' are arrestees."),
E(10, ["One of the raids, in Bosaso's Raf-Raf district", "turned into a gunfight"],
  "BAT", "2026-06-15", "day", "Bosaso", "SO", 1, 2, "exact", "police", None, False,
  "'late on Monday' -> 15 June. Raf-Raf is a district of the city -> Bosaso. A raid that becomes an exchange of fire -> Armed clash initiated by the raiding police (events_holdout Tank raid), although the men inside fired first. 1 suspect killed, 2 officers wounded."),
E(10, ["police detained a suspected facilitator"],
  "ARR", "2026-06-16", "day", "Bandarbeyla", "SO", None, None, None, "police", None, False,
  "'On Tuesday' -> 16 June. Another place and day -> its own Arrests event. '34-year-old' is an age, 'about 240 km' a distance."),
E(10, ["several hundred dockworkers marched from the port to the governor's office in Bosaso", "The march ended peacefully"],
  "PP", "2026-06-16", "day", "Bosaso", "SO", None, None, None, None, None, False,
  "'Also on Tuesday' -> 16 June. A march with demands that ends peacefully -> Peaceful protest. 'several hundred' are participants."),
E(10, ["a landmine killed two Puntland soldiers on patrol"],
  "IED", "2026-06-16", "day", "Galgala", "SO", 2, None, "exact", None, None, False,
  "'on Tuesday' -> 16 June. Landmine -> Remote explosive/landmine/IED; no actor named. Galgala is a village in the mountains, coded by its own name. '50,000 dollars' is money."),
]

# -------------------------------------------------------------- holdout10-011
ARTICLES.append(A(11, "fr", "transcript", "2026-06-26T17:00:00Z",
"Radio Horizon, « Le grand angle » : le Puntland, nouvelle cible des jihadistes ?",
"""
ANIMATRICE : Bonsoir. Il y a treize jours, deux kamikazes se sont fait exploser aux portes du port de Bosaso. Vingt et un morts, dont les deux assaillants. L'attentat a été revendiqué par l'État islamique. Avec nous, le chercheur Farah Warsame. Bonsoir.

FARAH WARSAME : Bonsoir. Alors, euh, il faut rappeler que le Puntland n'a jamais été épargné. En mars 2021, un kamikaze s'était fait exploser à un barrage militaire à Karin, tuant quatre soldats.

ANIMATRICE : Et l'État islamique, depuis quand frappe-t-il ?

FARAH WARSAME : Il y a quatre ans, des combattants de l'EI ont attaqué la base militaire de Balidhidin. Douze soldats et une vingtaine d'assaillants ont été tués. L'attaque avait été revendiquée par le groupe le lendemain.

ANIMATRICE : Les shebab restent actifs aussi ?

FARAH WARSAME : Oui. L'an dernier, une bombe posée par les shebab a tué trois soldats sur la route près d'Ufeyn. Et en août 2024, une voiture piégée a explosé devant un poste de contrôle à Armo, sans faire de victimes, euh, parce que le chauffeur l'avait abandonnée.

ANIMATRICE : Et la réponse des autorités ?

FARAH WARSAME : Des arrestations, beaucoup. En janvier dernier, la police a arrêté une vingtaine de personnes à Bosaso, soupçonnées de collecter de l'argent pour l'EI. Mais l'État islamique compterait encore entre 600 et 800 combattants, et le port rapporte quelque 15 millions de dollars par mois.

ANIMATRICE : Farah Warsame, merci. Demain, à 18 heures, nous parlerons des élections régionales.
"""))
GOLD += [
E(11, ["deux kamikazes se sont fait exploser aux portes du port de Bosaso", "L'attentat a été revendiqué par l'État islamique"],
  "SUI", "2026-06-13", "day", "Bosaso", "SO", 21, None, "exact", "Islamic State", "Islamic State", False,
  "'Il y a treize jours' vs Friday 26 June -> 13 June, day (like 'Ten days ago'); current. 'Vingt et un morts, dont les deux assaillants' -> 21. Two gates of one port -> one event. Claimed by the État islamique."),
E(11, ["un kamikaze s'était fait exploser à un barrage militaire à Karin"],
  "SUI", "2021-03-01", "month", "Karin", "SO", 4, None, "exact", None, None, True,
  "'En mars 2021' -> month, background. 'tuant quatre soldats' -> 4. No actor named."),
E(11, ["des combattants de l'EI ont attaqué la base militaire de Balidhidin", "L'attaque avait été revendiquée par le groupe"],
  "BAT", "2022-01-01", "year", "Balidhidin", "SO", 32, None, "about", "Islamic State", "Islamic State", True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. An attack on a military base -> Armed clash initiated by the EI, which claimed it. All sides: 'Douze soldats' + 'une vingtaine d'assaillants' (20, about) = 32, about (the sum takes the vague part's qualifier). 'le lendemain' dates the claim, not the attack."),
E(11, ["une bombe posée par les shebab a tué trois soldats sur la route près d'Ufeyn"],
  "IED", "2025-01-01", "year", "Ufeyn", "SO", 3, None, "exact", "al-Shabaab", None, True,
  "'L'an dernier' -> 2025, year, background. 'posée par les shebab' is stated as fact, no claim mentioned -> perpetrator al-Shabaab, claimed_by null."),
E(11, ["une voiture piégée a explosé devant un poste de contrôle à Armo"],
  "IED", "2024-08-01", "month", "Armo", "SO", 0, 0, "exact", None, None, True,
  "'en août 2024' -> month, background. A car bomb left by a driver who abandoned it is not a suicide attack -> Remote explosive/landmine/IED. 'sans faire de victimes' -> 0/0."),
E(11, ["la police a arrêté une vingtaine de personnes à Bosaso"],
  "ARR", "2026-01-01", "month", "Bosaso", "SO", None, None, None, "police", None, True,
  "'En janvier dernier' in a June 2026 programme -> January 2026, month, background. 'une vingtaine de personnes' are arrestees. 'entre 600 et 800 combattants', '15 millions de dollars', '18 heures' are distractors."),
]
