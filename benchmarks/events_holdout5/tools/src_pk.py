"""Authoring source of benchmarks/events_holdout5 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the twin suicide attack on the Batkhela police station, Pakistan
(holdout5-011 to 014): the French wire with the provisional toll (fr 011),
the revised toll and the Pakistani Taliban's denial (012), the Islamic State
Khorasan claim (013) and the arrests (fr 014). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout5")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout5-011
ARTICLES.append(A(11, "fr", "article", "2026-05-22T13:00:00Z",
"Pakistan : attaque kamikaze contre un commissariat de Batkhela, sept morts selon un bilan provisoire",
"""
ISLAMABAD, 22 mai (Dépêche) - Sept personnes, dont cinq policiers, ont été tuées vendredi matin dans une double attaque-suicide contre le commissariat principal de Batkhela, dans le district de Malakand, au nord-ouest du Pakistan, selon un bilan provisoire de la police provinciale. Une quinzaine de blessés ont été transportés à l'hôpital du district.

D'après un responsable de la police, un premier kamikaze a fait détoner sa veste devant le portail vers 9 h 15, ouvrant la voie à un second assaillant qui a pénétré dans la cour avant d'actionner à son tour ses explosifs près du bâtiment des archives. Une partie du toit s'est effondrée.

L'attaque n'a pas été revendiquée dans l'immédiat. Le district de Malakand, longtemps considéré comme sûr, a vu se multiplier depuis deux ans les attaques contre la police, qui ont fait plus de 60 morts dans la province de Khyber Pakhtunkhwa depuis janvier selon un décompte officiel.

Quelques heures plus tôt, un policier avait été tué par des hommes armés à moto à un poste de contrôle de Dargai, à une vingtaine de kilomètres de là.

En 2023 déjà, un kamikaze s'était fait exploser à un barrage de police près de Dargai, tuant quatre agents. L'attentat avait été revendiqué par le Tehreek-e-Taliban Pakistan (TTP).

Les écoles et les marchés de Batkhela resteront fermés samedi. Le chef de la police de la province a annoncé l'envoi de 400 agents supplémentaires.
"""))
GOLD += [
E(11, ["une double attaque-suicide contre le commissariat principal de Batkhela", "un premier kamikaze a fait détoner sa veste", "un second assaillant qui a pénétré dans la cour", "L'attaque n'a pas été revendiquée"],
  "SUI", "2026-05-22", "day", "Batkhela", "PK", 7, 15, "exact", None, None, False,
  "'vendredi matin' = publication day, Friday 22 May. Two bombers at the gate and in the yard of one police station minutes apart -> one Suicide bomb event (same site). 'Sept personnes, dont cinq policiers' -> 7 (the subset is not added); 'Une quinzaine de blessés' -> 15 (the qualifier describes the exact killed figure). Provisional toll. Unclaimed -> null. '9 h 15', 'plus de 60 morts ... depuis janvier' (cumulative) and '400 agents' are distractors."),
E(11, ["un policier avait été tué par des hommes armés à moto"],
  "BAT", "2026-05-22", "day", "Dargai", "PK", 1, None, "exact", None, None, False,
  "'Quelques heures plus tôt' than Friday morning -> the same day (22 May). Gunmen firing on a police checkpoint -> Armed clash, as events_holdout coded an attack on a police post (holdout-024); unnamed gunmen -> null. 'une vingtaine de kilomètres' is a distance."),
E(11, ["un kamikaze s'était fait exploser à un barrage de police près de Dargai"],
  "SUI", "2023-01-01", "year", "Dargai", "PK", 4, None, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", True,
  "'En 2023' -> year. 'revendiqué par le Tehreek-e-Taliban Pakistan (TTP)' -> Tehrik-i-Taliban Pakistan. 'tuant quatre agents' -> 4."),
]

# --------------------------------------------------------------- holdout5-012
ARTICLES.append(A(12, "en", "article", "2026-05-23T08:00:00Z",
"Batkhela police station attack: death toll climbs to 13, Pakistani Taliban deny role",
"""
PESHAWAR (Frontier Daily) - The death toll from Friday's twin suicide attack on the main police station in Batkhela has climbed to 13, including the two attackers, police said on Saturday. The earlier figure of seven dead was revised overnight after three injured constables died in hospital and rescuers pulled a clerk's body from the rubble of the records room. Twenty-two people were wounded in all.

Nine of the dead were policemen. Two were civilians who had come to the station to file complaints, among them a 64-year-old shopkeeper.

Investigators said the first bomber, who blew himself up at the gate, appeared to be no older than 17. Each of the two suicide vests carried about eight kilograms of explosives packed with ball bearings, according to the bomb disposal squad.

The Pakistani Taliban, or Tehreek-e-Taliban Pakistan, denied involvement in a statement, saying it "does not target mosques, markets or public places". Police had not blamed any group by Saturday morning.

On Friday evening, about 500 traders and lawyers marched through Batkhela's main bazaar, chanting slogans against terrorism and demanding better protection for police stations. The march was peaceful.

Separately, police in Kabal said on Saturday that they had defused a bomb planted outside a girls' school before dawn. Nobody was hurt.

Provincial authorities announced compensation of one million rupees for the family of each police officer killed.
"""))
GOLD += [
E(12, ["Friday's twin suicide attack on the main police station in Batkhela", "the first bomber, who blew himself up at the gate"],
  "SUI", "2026-05-22", "day", "Batkhela", "PK", 13, 22, "exact", None, None, False,
  "'Friday's' vs Saturday 23 May -> 22 May. Revised toll: '13, including the two attackers' (the earlier seven is superseded). 'Twenty-two people were wounded in all' -> 22, a total. The TTP's denial is not a claim and nobody else is blamed -> actors null. 'Nine of the dead', 'Two were civilians' are subsets; '64-year-old', '17', 'eight kilograms', 'one million rupees' are distractors."),
E(12, ["about 500 traders and lawyers marched through Batkhela's main bazaar"],
  "PP", "2026-05-22", "day", "Batkhela", "PK", None, None, None, None, None, False,
  "'On Friday evening' -> 22 May. Peaceful march with a demand. 'about 500' are participants."),
E(12, ["they had defused a bomb planted outside a girls' school"],
  "DWU", "2026-05-23", "day", "Kabal", "PK", 0, 0, "exact", "police", None, False,
  "'said on Saturday that they had defused ... before dawn' -> Saturday 23 May, the day of the statement. A bomb defused on its own -> Disrupted weapons use by the police. 'Nobody was hurt' -> 0/0 (holdout2 rule)."),
]

# --------------------------------------------------------------- holdout5-013
ARTICLES.append(A(13, "en", "article", "2026-05-24T10:00:00Z",
"Islamic State's Khorasan branch claims Batkhela bombing",
"""
ISLAMABAD, May 24 (Wire) - Islamic State Khorasan Province (ISKP) claimed responsibility on Saturday night for the twin suicide bombing of a police station in Batkhela, in Malakand district, which killed 13 people on Friday, the two bombers among them.

In a statement on its Telegram channels, the group said two of its fighters had killed "more than 40 members of the apostate Pakistani police". Police said the toll stood at 13 dead and 22 wounded, and called the claim's figure "a lie", without disputing the group's authorship.

The Pakistani Taliban had denied any role on Saturday morning.

In the same statement, ISKP also claimed the killing of a cleric who supported the government's peace committees. Masked gunmen shot the cleric, Maulana Fazal Wahid, 58, outside his seminary in Chakdara on Thursday evening.

ISKP has claimed several attacks in the region. In 2024, the group claimed a suicide bombing at a mosque in Mingora that killed six worshippers and wounded about twenty.

Counter-terrorism officials estimate that ISKP has a few hundred fighters in Pakistan, many of them former members of the Pakistani Taliban. The group and the TTP have clashed repeatedly since 2022.

Khyber Pakhtunkhwa's chief minister chaired a security meeting in Peshawar on Sunday and ordered checkpoints on the roads into Malakand to be staffed around the clock.
"""))
GOLD += [
E(13, ["the twin suicide bombing of a police station in Batkhela"],
  "SUI", "2026-05-22", "day", "Batkhela", "PK", 13, 22, "exact", "Islamic State", "Islamic State", False,
  "'on Friday' vs Sunday 24 May -> 22 May. Claimed by Islamic State Khorasan Province -> Islamic State. Police call the claimed figure a lie 'without disputing the group's authorship' -> perpetrator is the claimant. '13 people ... the two bombers among them' and '13 dead and 22 wounded'. The TTP denial does not dispute another group's claim. The claim's 'more than 40' is not used."),
E(13, ["the killing of a cleric", "Masked gunmen shot the cleric"],
  "ATK", "2026-05-21", "day", "Chakdara", "PK", 1, None, "exact", "Islamic State", "Islamic State", False,
  "'on Thursday evening' -> 21 May. Claimed by ISKP in the same statement. One killed. '58' is an age."),
E(13, ["the group claimed a suicide bombing at a mosque in Mingora"],
  "SUI", "2024-01-01", "year", "Mingora", "PK", 6, 20, "exact", "Islamic State", "Islamic State", True,
  "'In 2024' -> year. Claimed by ISKP. 'six worshippers' exact; 'about twenty' wounded -> 20 (the qualifier describes the exact killed figure). 'a few hundred fighters' and 'since 2022' are distractors; the security meeting is not an event."),
]

# --------------------------------------------------------------- holdout5-014
ARTICLES.append(A(14, "fr", "article", "2026-05-28T07:00:00Z",
"Attentat de Batkhela : sept suspects interpellés, un autre tué dans un échange de tirs",
"""
ISLAMABAD, 28 mai (Dépêche) - Le département de lutte antiterroriste (CTD) de la police du Khyber Pakhtunkhwa a annoncé mercredi l'interpellation de sept suspects dans l'enquête sur le double attentat-suicide qui a visé le commissariat de Batkhela le 22 mai.

Cinq d'entre eux ont été interpellés mardi à Batkhela, dans une maison où, selon le CTD, les deux kamikazes avaient été hébergés pendant une semaine. Trois gilets explosifs inachevés, une douzaine de détonateurs et 200 cartouches y ont été saisis. Les deux autres ont été arrêtés le même jour à un barrage à l'entrée de Dargai, à bord d'une voiture volée.

Mercredi avant l'aube, un troisième raid dans le village de Thana a tourné à l'échange de tirs : un suspect, présenté comme le logisticien de la cellule, a été tué et deux policiers ont été blessés, a indiqué le CTD. Une vingtaine d'habitants ont été interrogés puis relâchés.

Revendiqué par la branche Khorasan de l'État islamique, l'attentat a fait treize morts, dont les deux kamikazes, et vingt-deux blessés. Les policiers tués ont été inhumés samedi en présence de plusieurs milliers de personnes.

Le district de Malakand avait déjà été frappé en janvier 2025, quand des combattants du TTP avaient attaqué le commissariat de Sakhakot, tuant trois policiers. Deux assaillants avaient été abattus.

Le CTD affirme avoir démantelé onze cellules dans la province depuis le début de l'année.
"""))
GOLD += [
E(14, ["Cinq d'entre eux ont été interpellés mardi à Batkhela"],
  "ARR", "2026-05-26", "day", "Batkhela", "PK", None, None, None, "police", None, False,
  "'mardi' vs Thursday 28 May -> 26 May. CTD -> police. Vests, detonators ('une douzaine') and rounds seized belong to the arrest. The arrests in two places are one event per place."),
E(14, ["Les deux autres ont été arrêtés le même jour à un barrage à l'entrée de Dargai"],
  "ARR", "2026-05-26", "day", "Dargai", "PK", None, None, None, "police", None, False,
  "'le même jour' -> Tuesday 26 May. Still the CTD's account -> police."),
E(14, ["un troisième raid dans le village de Thana a tourné à l'échange de tirs"],
  "BAT", "2026-05-27", "day", "Thana", "PK", 1, 2, "exact", "police", None, False,
  "'Mercredi avant l'aube' -> 27 May. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout Tank rule). 1 suspect killed, 2 policemen wounded. 'Une vingtaine d'habitants ... interrogés' were questioned."),
E(14, ["double attentat-suicide qui a visé le commissariat de Batkhela le 22 mai"],
  "SUI", "2026-05-22", "day", "Batkhela", "PK", 13, 22, "exact", "Islamic State", "Islamic State", False,
  "'le 22 mai' -> day. 'Revendiqué par la branche Khorasan de l'État islamique' -> Islamic State. 'treize morts, dont les deux kamikazes' -> 13; 'vingt-deux blessés'. The burial 'samedi' with 'plusieurs milliers de personnes' is not coded (no march or demand)."),
E(14, ["des combattants du TTP avaient attaqué le commissariat de Sakhakot"],
  "BAT", "2025-01-01", "month", "Sakhakot", "PK", 5, None, "exact", "Tehrik-i-Taliban Pakistan", None, True,
  "'en janvier 2025' -> month, background. An attack on a police station with attackers shot -> Armed clash initiated by the TTP (stated as fact; no claim mentioned). 'trois policiers' + 'Deux assaillants' = 5. 'onze cellules' is a cumulative figure."),
]
