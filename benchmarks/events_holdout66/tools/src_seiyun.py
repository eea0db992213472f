"""Authoring source of benchmarks/events_holdout66 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Seiyun, Yemen cluster (holdout66-011 to 015; English and French),
two suicide bombers on the morning of Thursday 6 August 2026 at two sites of
one town (the police checkpoint at the gate of Seiyun's palace, which houses
the town's museum, and the souq below it, about 300 m and four minutes
apart): an English wire with a first report (011), the English version of
the palace museum's closure notice (012), the transcript of a Sheffield
hospital radio's request show (013, kind "transcript"), a French news
outlet's mid-morning digest email (« lettre d'information de milieu de
matinée », fr 014) and a French allotment society's newsletter (« lettre
d'information d'une association de jardins familiaux », fr 015). Yemen is
UTC+3, the United Kingdom UTC+1 and France UTC+2 in August: every
publication time here is between 07:00 and 12:00 UTC, so every local date is
the UTC date. The gold keeps the common English spellings ("Seiyun", French
« Seiyoun »; "Sharurah", French « Charourah »; "Al-Qatn", "Tarim",
"Al-Shihr", "Ghayl Ba Wazir"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout66")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout66-011
ARTICLES.append(A(11, "en", "article", "2026-08-06T12:00:00Z",
"Twin suicide attack kills at least 13 in Yemen's Seiyun",
"""
SEIYUN, Yemen (Arabian Sea Wire) - Two suicide bombers struck a police checkpoint at the gate of Seiyun's historic palace and the crowded souq below it on Thursday morning, killing at least 11 people besides themselves and wounding dozens, officials in Hadramawt province said.

The first bomber, on foot, detonated his vest at 9:20 a.m. at the checkpoint at the foot of the whitewashed palace, which houses the town's museum. Four minutes later a second man blew himself up among the spice and honey stalls about 300 metres away, as people ran from the first blast.

"My brother was selling dates. I found his cart, not him," said Salem Ba Obaid, 34, outside the general hospital, which has 180 beds and called in all of its 42 doctors.

No group claimed the attack. A security official said it bore "the hallmarks" of al-Qaeda in the Arabian Peninsula, which has long been present in the Wadi Hadramawt valley, but added that "it is too early to name anyone".

Hadramawt has been spared the worst of Yemen's war in recent years. In 2016, suicide bombers struck two army checkpoints on the same morning, one in Al-Shihr and the other in Ghayl Ba Wazir, killing five soldiers at the first and three at the second.

The local authorities declared a curfew from 8 p.m. to 6 a.m., closed the road to Tarim, 35 km to the east, and suspended flights at Seiyun airport until Saturday. The price of 20 litres of petrol jumped to 30,000 rials within hours, and the town's water utility asked residents to store water for two days. Some 600 troops were sent from the coast to guard government buildings.
"""))
GOLD += [
E(11, ["Two suicide bombers struck a police checkpoint at the gate of Seiyun's historic palace", "The first bomber, on foot, detonated his vest", "a second man blew himself up", "the first blast", "claimed the attack"],
  "SUI", "2026-08-06", "day", "Seiyun", "YE", 13, 12, "at_least", None, None, False,
  "Wire of Thursday 6 August 2026 (15:00 in Seiyun); 'on Thursday morning' = the publication day. Two sites of one town (the palace gate checkpoint and the souq, 'about 300 metres away', four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least 11 people besides themselves and wounding dozens' -> killed 11 + 2 bombers = 13, at_least (the bombers are added); injured 'dozens' -> 12 (dev table; the qualifier describes the killed figure). 'No group claimed the attack'; 'bore the hallmarks' of al-Qaeda in the Arabian Peninsula is speculation -> perpetrator null. '9:20 a.m.', '300 metres', '34', '180 beds', '42 doctors', '8 p.m. to 6 a.m.', '35 km', '20 litres', '30,000 rials', 'two days', '600 troops' are not casualties."),
E(11, ["suicide bombers struck two army checkpoints on the same morning, one in Al-Shihr"],
  "SUI", "2016-01-01", "year", "Al-Shihr", "YE", 5, None, "exact", None, None, True,
  "'In 2016' -> year, background. Two suicide bombers in two different towns on the same morning -> TWO Suicide bomb events, one per town (the convention for bombers in two towns); the shared plural opening names this first one. 'killing five soldiers at the first' -> killed 5 (number word), exact; the text does not count the bombers, so they are not added. No author named -> null."),
E(11, ["the other in Ghayl Ba Wazir"],
  "SUI", "2016-01-01", "year", "Ghayl Ba Wazir", "YE", 3, None, "exact", None, None, True,
  "'In 2016' -> year, background. The second checkpoint bombing of the same morning, in another town -> its own Suicide bomb event. 'three at the second' -> killed 3, exact (bombers not counted by the text). No author -> null."),
]

# -------------------------------------------------------------- holdout66-012
ARTICLES.append(A(12, "en", "article", "2026-08-07T07:00:00Z",
"Seiyun Palace Museum closed until further notice",
"""
SEIYUN PALACE MUSEUM - NOTICE OF TEMPORARY CLOSURE (English version). General Organization of Antiquities and Museums, Hadramawt branch. Friday 7 August 2026.

The Seiyun Palace Museum is closed to the public from today until further notice.

Yesterday, Thursday 6 August, at 9:20 a.m., a suicide bomber blew himself up at the police checkpoint at the foot of the palace ramp; four minutes later a second bomber struck the souq below. Our ticket clerk, Abdullah Bin Shihab, 61, who had sold tickets at the gate since 1998, was killed, and two of our guards were wounded.

In our notice of yesterday afternoon we reported at least 13 deaths. According to the governorate health office this morning, 16 people were killed, including the two bombers, and 54 were wounded.

THE BUILDING. The explosion at the gate shattered the carved wooden doors and about 40 window panes on the ground floor. Engineers found no damage to the mud-brick walls, which are up to 1.5 metres thick. The seven galleries, the 2,300 manuscripts of the library and the coin collection were not touched.

THE COLLECTIONS. As a precaution, the pre-Islamic statues of gallery 2 and the bronze lamps of gallery 5 have been moved to the storerooms. Our night watchman, who was on duty until 7 a.m. on Thursday, was questioned by the police yesterday evening as a witness and allowed to go home.

TICKETS AND GROUPS. Tickets bought in advance (1,500 rials for Yemeni visitors, 5,000 rials for foreign visitors) will be refunded at the administration office, room 3, from 9 a.m. to 1 p.m., Saturday to Wednesday. School visits booked for August are postponed; 26 schools are concerned.

Abdullah Bin Shihab will be buried today after the noon prayer. The staff will observe a minute of silence at 9:20 a.m. every day for a week.

Enquiries: +967 5 403 118.
"""))
GOLD += [
E(12, ["a suicide bomber blew himself up at the police checkpoint", "a second bomber struck the souq below", "The explosion at the gate"],
  "SUI", "2026-08-06", "day", "Seiyun", "YE", 16, 54, "exact", None, None, False,
  "Museum notice of Friday 7 August; 'Yesterday, Thursday 6 August' -> 6 August. Two sites of one town -> ONE event. The toll is revised inside: 'at least 13 deaths' (the notice of the day before, superseded) -> '16 people were killed, including the two bombers, and 54 were wounded' -> killed 16 (bombers inside), injured 54, exact; the clerk killed and 'two of our guards' wounded are inside (subsets). No claim, no group named -> perpetrator null. '9:20 a.m.', '61', 'since 1998', '40 window panes', '1.5 metres', 'seven galleries', '2,300 manuscripts', 'gallery 2', 'gallery 5', '7 a.m.', '1,500 rials', '5,000 rials', 'room 3', '9 a.m. to 1 p.m.', '26 schools', 'a week', '+967 5 403 118' are not casualties. The night watchman 'questioned by the police ... as a witness and allowed to go home' is not arrested."),
]

# -------------------------------------------------------------- holdout66-013
ARTICLES.append(A(13, "en", "transcript", "2026-08-09T11:00:00Z",
"Radio Northern Lights: Sunday Requests, 9 August (transcript)",
"""
RADIO NORTHERN LIGHTS, the hospital radio of Don Valley Hospital, Sheffield. Sunday Requests, 9 August 2026, 10:00 to 11:00. Transcript of the 10:20 segment.

JILL (presenter): Good morning to every ward at Don Valley. It's Sunday, it's twenty past ten and it's 19 degrees outside. Now, a different sort of request this morning. In the studio is Nabil Al-Amoudi, who chairs the Yemeni Community Association in Burngreave and volunteers on ward 7.

NABIL: Thank you, Jill. Many of our families here come from Hadramawt, and Thursday's bombing in Seiyun has hit us hard. Two men blew themselves up, one at the old palace and one in the market. Seventeen people are dead now, counting the two bombers, after a boy of 15 died yesterday, and 54 are wounded. One of the porters here, Faisal, lost his uncle.

JILL: Do we know who was behind it?

NABIL: Al-Qaeda in the Arabian Peninsula said on Friday it carried out the attack, and the Yemeni government says the claim is credible. They boast of more than a hundred soldiers killed, which is a lie. The Houthis, whom some ministers blamed at first, have denied any part in it. And the police in Tarim arrested two men on Thursday night.

JILL: And people here want to help.

NABIL: Yes. We collected 3,860 pounds after Friday prayers at the Burngreave mosque, from 212 donors. It goes to the general hospital in Seiyun, which has only 180 beds.

JILL: Nabil asked for an old Hadrami wedding song his mother used to sing. It's for Faisal on the porters' desk, for Mrs Ba Abbad in bed 14 on ward 22, and for everyone here with family in Yemen.

[MUSIC, 4 min 10 s]

JILL: Visiting hours today are 2 till 8. The League of Friends shop by the main entrance is open until 4, and the multi-faith prayer room on level 1 is open all day. At 10:40 it's the Sunday quiz: call the studio on extension 4455, or from outside on 0114 269 3010.
"""))
GOLD += [
E(13, ["Thursday's bombing in Seiyun", "Two men blew themselves up", "carried out the attack"],
  "SUI", "2026-08-06", "day", "Seiyun", "YE", 17, 54, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Hospital radio transcript of Sunday 9 August (Sheffield, UTC+1); 'Thursday's' -> 6 August. Two sites of one town ('one at the old palace and one in the market') -> ONE event. 'Seventeen people are dead now, counting the two bombers, after a boy of 15 died yesterday, and 54 are wounded' -> killed 17 (number word; the bombers are inside: 'counting' them), injured 54, exact. 'Al-Qaeda in the Arabian Peninsula said on Friday it carried out the attack', judged 'credible' by the government -> claimant and perpetrator (canonical name of earlier sets); its 'more than a hundred soldiers killed' is never used. The Houthis, blamed 'at first' by ministers, deny: neither a claim nor an attribution. '19 degrees', 'ward 7', '15', '3,860 pounds', '212 donors', '180 beds', 'bed 14', 'ward 22', '4 min 10 s', '2 till 8', '4', 'level 1', '10:40', '4455', '0114 269 3010' are not casualties."),
E(13, ["the police in Tarim arrested two men on Thursday night"],
  "ARR", "2026-08-06", "day", "Tarim", "YE", None, None, None, "police", None, False,
  "'on Thursday night' vs Sunday 9 August -> 6 August ('Thursday night' means Thursday, dev), the night of the bombing. 'the police' -> 'police'."),
]

# -------------------------------------------------------------- holdout66-014
ARTICLES.append(A(14, "fr", "article", "2026-08-10T08:30:00Z",
"La Mi-Matinée du lundi 10 août",
"""
LA MI-MATINÉE - la lettre d'information de 10 h 30 du Courrier de l'Estuaire. Lundi 10 août 2026.

Bonjour. Au menu de ce lundi : le Yémen, la canicule, l'allocation de rentrée et la reprise du football.

YÉMEN. Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué vendredi le double attentat-suicide qui a frappé jeudi matin Seiyoun, dans l'Hadramaout. Le gouvernement yéménite juge la revendication « crédible » et estime que les deux kamikazes « pourraient avoir été entraînés » dans les montagnes de la province. Dans son communiqué, AQPA se vante de « plus de cent soldats tués » ; le bilan officiel est de dix-sept morts, dont les deux kamikazes, et cinquante-quatre blessés. Les Houthis, d'abord mis en cause par des ministres, ont démenti. Dans la province, les derniers attentats-suicides remontaient à 2016 : deux kamikazes avaient visé le même matin des barrages de l'armée à Al-Shihr, tuant cinq soldats, et à Ghayl Ba Wazir, tuant trois soldats.

L'enquête avance : la police saoudienne a arrêté samedi à Charourah, à 20 km de la frontière, un chauffeur soupçonné d'avoir convoyé les explosifs par le poste-frontière d'Al-Wadiah. Les deux hommes interpellés jeudi soir à Tarim ont été placés en détention pour trente jours.

La colère monte : dimanche, les forces de sécurité ont dispersé à coups de gaz lacrymogène plusieurs centaines de manifestants qui marchaient vers le siège du gouvernorat, à Seiyoun, pour réclamer la démission du chef de la police. Neuf d'entre eux ont été blessés.

CANICULE. Vigilance orange dans 14 départements ; 38 °C sont attendus à Nantes mercredi. Les piscines municipales ouvriront jusqu'à 21 heures.

RENTRÉE. L'allocation de rentrée scolaire, 423,48 euros pour un enfant de 6 à 10 ans, sera versée le 18 août.

FOOTBALL. La Ligue 1 reprend vendredi : 18 clubs, 306 matchs, premier coup d'envoi à 20 h 45. Le prix moyen d'un abonnement grimpe de 7 %.

Bonne fin de matinée. Pour vous désinscrire, répondez « STOP » à ce courriel.
"""))
GOLD += [
E(14, ["le double attentat-suicide qui a frappé jeudi matin Seiyoun"],
  "SUI", "2026-08-06", "day", "Seiyun", "YE", 17, 54, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Digest of Monday 10 August (10:30 in France, UTC+2); 'jeudi matin' -> 6 August. 'dix-sept morts, dont les deux kamikazes, et cinquante-quatre blessés' -> killed 17 (bombers inside), injured 54 (number words), exact. 'Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué vendredi', judged 'crédible' -> 'al-Qaeda in the Arabian Peninsula', claimant and perpetrator; its 'plus de cent soldats tués' is never used. « pourraient avoir été entraînés » is speculation; the Houthis' denial is not a claim. Gold spelling 'Seiyun' (French « Seiyoun »). '10 h 30', '20 km', 'trente jours', '14 départements', '38 °C', '21 heures', '423,48 euros', '6 à 10 ans', '18 août', '18 clubs', '306 matchs', '20 h 45', '7 %' are not casualties."),
E(14, ["la police saoudienne a arrêté samedi à Charourah"],
  "ARR", "2026-08-08", "day", "Sharurah", "SA", None, None, None, "police", None, False,
  "'samedi' vs Monday 10 August -> 8 August. The cluster's suspected facilitator (a driver suspected of bringing the explosives through the Al-Wadiah border post), arrested in Sharurah (French « Charourah »), Saudi Arabia -> SA; the Saudi police -> 'police'."),
E(14, ["Les deux hommes interpellés jeudi soir à Tarim"],
  "ARR", "2026-08-06", "day", "Tarim", "YE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-013: 'jeudi soir' vs Monday 10 August -> 6 August. 'placés en détention pour trente jours' is its judicial follow-up. No force named -> 'police'."),
E(14, ["les forces de sécurité ont dispersé à coups de gaz lacrymogène plusieurs centaines de manifestants"],
  "PI", "2026-08-09", "day", "Seiyun", "YE", None, 9, "exact", None, None, False,
  "'dimanche' vs Monday 10 August -> 9 August. Marchers with a demand (the police chief's resignation) dispersed with tear gas by the security forces -> Protests / Protest with intervention, perpetrator null (dev). 'Neuf d'entre eux ont été blessés' -> injured 9 (number word), exact; killed null. 'plusieurs centaines' counts marchers."),
E(14, ["deux kamikazes avaient visé le même matin des barrages de l'armée à Al-Shihr"],
  "SUI", "2016-01-01", "year", "Al-Shihr", "YE", 5, None, "exact", None, None, True,
  "'remontaient à 2016' -> year, background (the events of holdout66-011). Two bombers in two different towns on the same morning -> TWO Suicide bomb events; the shared opening names this first one. 'tuant cinq soldats' -> killed 5 (number word), exact; the bombers are not counted by the text. No author -> null."),
E(14, ["et à Ghayl Ba Wazir, tuant trois soldats"],
  "SUI", "2016-01-01", "year", "Ghayl Ba Wazir", "YE", 3, None, "exact", None, None, True,
  "'2016' -> year, background. The second checkpoint bombing of that morning, in another town -> its own Suicide bomb event. 'tuant trois soldats' -> killed 3, exact. No author -> null."),
]

# -------------------------------------------------------------- holdout66-015
ARTICLES.append(A(15, "fr", "article", "2026-08-14T08:00:00Z",
"La Feuille de chou, lettre n° 47",
"""
LA FEUILLE DE CHOU - lettre d'information de l'Association des jardins familiaux du Mas du Taureau, Vaulx-en-Velin. N° 47, vendredi 14 août 2026.

Une pensée pour Saïd. Beaucoup d'entre vous connaissent Saïd Bahamdan, de la parcelle 14, et ses piments de l'Hadramaout. Son frère cadet, Omar, 38 ans, tenait un étal de miel dans le souk de Seiyoun, au Yémen. Il a été tué le jeudi 6 août dans le double attentat-suicide qui a visé la porte du palais et le souk. Le dernier bilan fait état de quinze victimes, sans compter les deux kamikazes, et de cinquante-quatre blessés. L'attentat a été revendiqué par Al-Qaïda dans la péninsule Arabique (AQPA).

Saïd est parti lundi pour les funérailles. Il nous a appelés hier : un de ses neveux, arrêté lundi à Al-Qatn avec d'autres jeunes du quartier, a été relâché mercredi sans inculpation. Mercredi aussi, des milliers d'habitants de Seiyoun ont défilé en silence dans la vallée, derrière les portraits des morts, pour « dire non à la terreur ».

Une collecte est ouverte au local : 1 150 euros ont déjà été réunis et seront envoyés à l'hôpital de Seiyoun.

Au jardin :
- Arrosage : la métropole limite l'eau à deux tours par semaine, le mardi et le samedi, de 6 heures à 9 heures ; le compteur général a tourné de 412 m³ en juillet.
- Le concours de la plus grosse tomate aura lieu le 5 septembre : record à battre, 1,38 kg.
- La parcelle 22 est libre (150 m², cabane comprise) : 95 euros par an, liste d'attente de 17 foyers.
- Cotisation 2027 : 32 euros, à régler avant le 31 décembre.
- Les ruches du rucher partagé ont donné 46 kilos de miel ; les pots (250 g) sont vendus 6 euros au profit de la collecte.

Saïd nous a promis de rapporter des graines de sa vallée. Pour lui écrire un mot, le cahier est au local, ouvert le samedi de 10 heures à midi.

Le bureau
"""))
GOLD += [
E(15, ["le double attentat-suicide qui a visé la porte du palais et le souk", "L'attentat a été revendiqué"],
  "SUI", "2026-08-06", "day", "Seiyun", "YE", 17, 54, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Allotment society newsletter of Friday 14 August (France, UTC+2); 'le jeudi 6 août' -> 6 August (8 days before -> current). 'quinze victimes, sans compter les deux kamikazes, et ... cinquante-quatre blessés' -> killed 15 + 2 = 17 (the bombers are added), injured 54, exact; Omar, 38, is one of the dead. 'revendiqué par Al-Qaïda dans la péninsule Arabique (AQPA)', undisputed -> claimant and perpetrator. 'parcelle 14', '38 ans', '1 150 euros', '6 heures à 9 heures', '412 m³', '5 septembre', '1,38 kg', 'parcelle 22', '150 m²', '95 euros', '17 foyers', '2027', '32 euros', '31 décembre', '46 kilos', '250 g', '6 euros', '10 heures' are not casualties."),
E(15, ["arrêté lundi à Al-Qatn"],
  "ARR", "2026-08-10", "day", "Al-Qatn", "YE", None, None, None, "police", None, False,
  "'lundi' vs Friday 14 August -> 10 August. A nephew arrested with other young men of his neighbourhood in Al-Qatn (one Arrests event for the place and day), 'relâché mercredi sans inculpation': the release does not undo the arrest and is no event. No force named -> 'police'."),
E(15, ["des milliers d'habitants de Seiyoun ont défilé en silence"],
  "PP", "2026-08-12", "day", "Seiyun", "YE", None, None, None, None, None, False,
  "'Mercredi' vs Friday 14 August -> 12 August. A silent march behind the portraits of the dead 'pour « dire non à la terreur »', no incident -> Peaceful protest, perpetrator null. 'des milliers' counts marchers."),
]
