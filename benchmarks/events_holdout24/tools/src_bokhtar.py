"""Authoring source of benchmarks/events_holdout24 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bokhtar, Tajikistan cluster (holdout24-016 to 020; French and
English), two suicide bombers on Wednesday 9 September 2026, Independence
Day, at two sites of one city (the central square during the holiday concert
and the gate of the city stadium, about 700 m apart, five minutes apart): a
French agency's first report with a Jamaat Ansarullah « pourrait être
derrière » (fr 016), an English wire's next-day report with the revised toll
and arrests (017), a press agency's factbox of older attacks, one line each
(018), a French report of the claim, a denial and an arrest in Germany (fr
019) and an English think-tank commentary with no new event (020). Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout24")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout24-016
ARTICLES.append(A(16, "fr", "article", "2026-09-09T13:00:00Z",
"Tadjikistan : double attentat-suicide pendant la fête de l'Indépendance à Bokhtar",
"""
DOUCHANBÉ (AIPP) - Au moins douze personnes ont été tuées et plus de cinquante blessées mercredi à Bokhtar, dans le sud du Tadjikistan, lorsque deux kamikazes se sont fait exploser pendant les célébrations de la fête de l'Indépendance, selon le ministère de l'Intérieur.

Le premier assaillant a déclenché sa charge vers 11 h 10 sur la place centrale, où quelque 5 000 personnes assistaient à un concert marquant le 35e anniversaire de l'indépendance. Cinq minutes plus tard, un second homme s'est fait sauter à l'entrée du stade municipal, à environ 700 mètres, où la foule s'était réfugiée.

« Les enfants étaient assis devant la scène », a raconté par téléphone un enseignant de 47 ans. Les blessés ont été répartis entre les trois hôpitaux de la ville et un avion militaire a évacué les cas les plus graves vers la capitale, à 100 kilomètres au nord.

L'attentat n'a pas été revendiqué. Un responsable des services de sécurité a estimé que le mouvement islamiste Jamaat Ansarullah « pourrait être derrière » l'attaque, sans fournir de preuve. Il y a deux ans, un engin explosif dissimulé dans une poubelle avait tué un policier à Bokhtar même.

Mardi, les services de sécurité avaient arrêté à Kulob deux hommes en possession de 8 kilos d'explosifs et de 40 détonateurs, a indiqué une source policière, sans préciser s'ils avaient un lien avec les kamikazes.

Le président a décrété deux jours de deuil national et annulé les festivités prévues dans le reste du pays. Bokhtar, ancienne Kourgan-Tioubé, compte environ 120 000 habitants. Le Tadjikistan partage avec l'Afghanistan une frontière de 1 340 kilomètres.
"""))
GOLD += [
E(16, ["deux kamikazes se sont fait exploser pendant les célébrations de la fête de l'Indépendance"],
  "SUI", "2026-09-09", "day", "Bokhtar", "TJ", 12, 50, "at_least", None, None, False,
  "'mercredi' = publication day, Wednesday 9 September. Two sites of one city (the central square and the stadium gate, about 700 m and five minutes apart) -> ONE Suicide bomb event. 'Au moins douze ... et plus de cinquante blessées' -> 12 (at_least), 50 (more_than; the qualifier describes the killed figure). Jamaat Ansarullah « pourrait être derrière » is speculation -> null. '11 h 10', 'quelque 5 000 personnes', '35e anniversaire', 'Cinq minutes', '700 mètres', '47 ans', 'trois hôpitaux', 'un avion militaire', '100 kilomètres' are not casualties."),
E(16, ["un engin explosif dissimulé dans une poubelle avait tué un policier à Bokhtar même"],
  "IED", "2024-01-01", "year", "Bokhtar", "TJ", 1, None, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. A hidden device, no actor -> Remote explosive/landmine/IED, null. 'avait tué un policier' -> 1. Same city as the current bombing, a different event."),
E(16, ["les services de sécurité avaient arrêté à Kulob"],
  "ARR", "2026-09-08", "day", "Kulob", "TJ", None, None, None, "police", None, False,
  "'Mardi' vs Wednesday 9 September -> 8 September. Security services -> 'police'. The explosives and detonators belong to the arrest: '8 kilos', '40 détonateurs' are not casualties. 'deux jours', '120 000 habitants', '1 340 kilomètres' are not casualties."),
]

# -------------------------------------------------------------- holdout24-017
ARTICLES.append(A(17, "en", "article", "2026-09-10T08:45:00Z",
"Tajikistan bombing toll rises to at least 23; three held in Dushanbe",
"""
DUSHANBE, Sept 10 (Steppe Wire) - The death toll from Wednesday's twin suicide bombing at Independence Day celebrations in the southern Tajik city of Bokhtar rose to at least 21, excluding the attackers, officials said on Thursday.

The interior ministry had first reported 12 deaths on Wednesday afternoon. By the evening, 19 bodies had been identified, and two of the injured died overnight in hospital in Dushanbe, where they had been flown by a military plane. A ministry spokesman said on Thursday that at least 21 people had died, not including the two bombers, and 96 had been wounded, 30 of them children.

Security forces detained three men in Dushanbe late on Wednesday on suspicion of helping the bombers, the State Committee for National Security (GKNB) said. It said the men, aged between 22 and 36, had bought two second-hand cars used to bring the explosives from the Afghan border. Dozens of people have been questioned in Bokhtar, the committee said, without saying whether anyone else was held.

The two men arrested on Tuesday in Kulob, 90 km east of Bokhtar, with 8 kg of explosives, are also being investigated for links to the attack.

Nobody has claimed responsibility. Officials have pointed to Jamaat Ansarullah, a Tajik militant group based in Afghanistan, but have offered no evidence.

The attack hit the country on the 35th anniversary of its independence from the Soviet Union. President Emomali Rahmon, who has ruled since 1992, called it "a stab in the heart of the nation" and ordered border security tightened. Tajikistan relies on remittances from about 1 million migrant workers abroad for nearly half of its economy.
"""))
GOLD += [
E(17, ["Wednesday's twin suicide bombing at Independence Day celebrations in the southern Tajik city of Bokhtar"],
  "SUI", "2026-09-09", "day", "Bokhtar", "TJ", 23, 96, "at_least", None, None, False,
  "'Wednesday's' vs Thursday 10 September -> 9 September. Revised toll inside the report: '12 deaths' -> '19 bodies' -> 'two of the injured died overnight' -> 'at least 21 people had died, not including the two bombers, and 96 had been wounded' -> 21 + 2 = 23 (at_least), 96. '30 of them children' is a subset. 'Officials have pointed to Jamaat Ansarullah ... but have offered no evidence' is suspicion, not an attribution stated as fact -> null (see Known ambiguities)."),
E(17, ["Security forces detained three men in Dushanbe"],
  "ARR", "2026-09-09", "day", "Dushanbe", "TJ", None, None, None, "police", None, False,
  "'late on Wednesday' vs Thursday 10 September -> 9 September. GKNB (security service) -> 'police'. 'aged between 22 and 36' are ages (a range that is not a toll); 'two second-hand cars' are not casualties; 'Dozens of people have been questioned' are not arrests."),
E(17, ["The two men arrested on Tuesday in Kulob"],
  "ARR", "2026-09-08", "day", "Kulob", "TJ", None, None, None, "police", None, False,
  "'on Tuesday' vs Thursday 10 September -> 8 September. Restated arrest. '90 km', '8 kg' are not casualties. '35th anniversary', '1992', '1 million', 'nearly half' are not casualties."),
]

# -------------------------------------------------------------- holdout24-018
ARTICLES.append(A(18, "en", "article", "2026-09-10T14:00:00Z",
"FACTBOX-Militant attacks in Tajikistan",
"""
Sept 10 (Steppe Wire) - Two suicide bombers struck Independence Day celebrations in the southern city of Bokhtar on Wednesday, killing at least 23 people, including the two attackers, and wounding 96 in the deadliest attack in Tajikistan's history since the end of its civil war in 1997.

Here are some of the attacks and plots in the country in recent years:

* 2017 - A grenade thrown into a wedding party in Panjakent, near the Uzbek border, injures nine guests. No one claims the attack.

* 2021 - A suicide bomber on a motorcycle strikes a police checkpoint in Rasht valley, killing between 12 and 15 people according to different officials. Islamic State claims the attack.

* March 2023 - Police defuse a car bomb with about 30 kg of explosives outside the regional police headquarters in Istaravshan.

* May 2024 - Gunmen attack a border post near Shamsiddin Shohin on the Afghan border, killing three border guards. Two attackers are killed in the exchange of fire.

* June 2024 - Security forces arrest nine suspected members of an Islamic State cell in Vahdat, east of Dushanbe, who were allegedly planning to attack a market.

* November 2025 - A homemade bomb explodes under a bridge on the road near Hisor, 25 km west of the capital, without causing any casualties.

(Compiled by the Central Asia desk)
"""))
GOLD += [
E(18, ["Two suicide bombers struck Independence Day celebrations in the southern city of Bokhtar"],
  "SUI", "2026-09-09", "day", "Bokhtar", "TJ", 23, 96, "at_least", None, None, False,
  "'on Wednesday' vs Thursday 10 September -> 9 September. 'killing at least 23 people, including the two attackers, and wounding 96' -> 23 (inside, at_least), 96. No claim -> null. '1997' is not an event date here."),
E(18, ["A grenade thrown into a wedding party in Panjakent"],
  "GRN", "2017-01-01", "year", "Panjakent", "TJ", None, 9, "exact", None, None, True,
  "'2017' line -> year, background. No actor named, 'No one claims the attack' -> null. 'injures nine guests' -> 9 injured, exact."),
E(18, ["A suicide bomber on a motorcycle strikes a police checkpoint in Rasht valley"],
  "SUI", "2021-01-01", "year", "Rasht", "TJ", 12, None, "at_least", "Islamic State", "Islamic State", True,
  "'2021' line -> year, background. 'Rasht valley' -> 'Rasht'. 'killing between 12 and 15 people' -> the lower bound, 12, at_least (dev table). 'Islamic State claims the attack' -> claimant and perpetrator."),
E(18, ["Police defuse a car bomb with about 30 kg of explosives outside the regional police headquarters in Istaravshan"],
  "DWU", "2023-03-01", "month", "Istaravshan", "TJ", None, None, None, "police", None, True,
  "'March 2023' line -> month, background. Defused on its own -> Disrupted weapons use, 'police'. 'about 30 kg' is a weight."),
E(18, ["Gunmen attack a border post near Shamsiddin Shohin"],
  "BAT", "2024-05-01", "month", "Shamsiddin Shohin", "TJ", 5, None, "exact", None, None, True,
  "'May 2024' line -> month, background. Unnamed gunmen attacking a border post with an exchange of fire -> Armed clash, null initiator (unnamed actors). All sides summed: 'three border guards' + 'Two attackers are killed' -> 5."),
E(18, ["Security forces arrest nine suspected members of an Islamic State cell in Vahdat"],
  "ARR", "2024-06-01", "month", "Vahdat", "TJ", None, None, None, "police", None, True,
  "'June 2024' line -> month, background. Security forces -> 'police'. 'nine' are arrestees."),
E(18, ["A homemade bomb explodes under a bridge on the road near Hisor"],
  "IED", "2025-11-01", "month", "Hisor", "TJ", 0, 0, "exact", None, None, True,
  "'November 2025' line -> month, background. A bomb that exploded 'without causing any casualties' -> explicit 0/0, exact (events_holdout19). On the road near Hisor -> Hisor. '25 km' is a distance."),
]

# -------------------------------------------------------------- holdout24-019
ARTICLES.append(A(19, "fr", "article", "2026-09-12T09:30:00Z",
"Attentat de Bokhtar : l'État islamique revendique, un Tadjik interpellé en Allemagne",
"""
Le double attentat-suicide qui a frappé mercredi la ville de Bokhtar, dans le sud du Tadjikistan, a été revendiqué jeudi soir par l'État islamique au Khorassan (EI-K), la branche afghane de l'organisation. Son communiqué, qui affirme que les deux kamikazes ont tué « plus de deux cents apostats », a été jugé « mensonger » par Douchanbé, qui n'a toutefois pas contesté la revendication elle-même.

Le dernier bilan officiel fait état de vingt-deux morts, outre les deux kamikazes, et de 96 blessés, après le décès jeudi d'une fillette de 9 ans à l'hôpital de Douchanbé.

Jamaat Ansarullah, que les autorités avaient d'abord désigné, a démenti dès jeudi toute implication, dans un message audio de deux minutes.

En Allemagne, la police a interpellé vendredi à Wuppertal un Tadjik de 31 ans, soupçonné d'avoir transféré 6 500 euros aux organisateurs de l'attentat. Le parquet fédéral de Karlsruhe doit décider ce samedi de son placement en détention provisoire. Sa compagne, entendue par les enquêteurs, a été laissée libre.

Au Tadjikistan, trois hommes arrêtés mercredi soir à Douchanbé ont été inculpés de complicité d'actes terroristes ; ils encourent jusqu'à 20 ans de prison. Une centaine de personnes ont été entendues à Bokhtar.

L'EI-K avait déjà revendiqué plusieurs attaques dans la région, dont un attentat-suicide contre un poste de police dans la vallée de Racht en 2021. Selon des chercheurs, plusieurs centaines de Tadjiks ont rejoint ses rangs depuis 2015, et l'organisation publie une revue en langue tadjike.
"""))
GOLD += [
E(19, ["Le double attentat-suicide qui a frappé mercredi la ville de Bokhtar", "a été revendiqué jeudi soir par l'État islamique au Khorassan (EI-K)"],
  "SUI", "2026-09-09", "day", "Bokhtar", "TJ", 24, 96, "exact", "Islamic State", "Islamic State", False,
  "'mercredi' vs Saturday 12 September -> 9 September. 'revendiqué ... par l'État islamique au Khorassan (EI-K)' -> 'Islamic State' (every branch except ISWAP, dev); Dushanbe rejects the figure (« plus de deux cents apostats », never used), not the claim. 'vingt-deux morts, outre les deux kamikazes, et de 96 blessés' -> 22 + 2 = 24, 96, exact; the girl who died on Thursday is in it ('9 ans' is an age). Jamaat Ansarullah's denial is not a claim."),
E(19, ["la police a interpellé vendredi à Wuppertal"],
  "ARR", "2026-09-11", "day", "Wuppertal", "DE", None, None, None, "police", None, False,
  "'vendredi' vs Saturday 12 September -> 11 September. German police arresting in Germany -> 'police' (the force of the country where it happened). '31 ans', '6 500 euros' are not casualties; the detention decision is the arrest's follow-up; 'Sa compagne, entendue ..., a été laissée libre' is not an arrest."),
E(19, ["trois hommes arrêtés mercredi soir à Douchanbé"],
  "ARR", "2026-09-09", "day", "Dushanbe", "TJ", None, None, None, "police", None, False,
  "'mercredi soir' vs Saturday 12 September -> 9 September. Restated arrest told through its follow-up (« inculpés »), one Arrests event (holdout23). Douchanbé -> 'Dushanbe' (English spelling, dev). '20 ans' is a sentence; 'Une centaine de personnes ont été entendues' are not arrests."),
E(19, ["un attentat-suicide contre un poste de police dans la vallée de Racht"],
  "SUI", "2021-01-01", "year", "Rasht", "TJ", None, None, None, "Islamic State", "Islamic State", True,
  "'en 2021' -> year, background. 'L'EI-K avait déjà revendiqué plusieurs attaques ..., dont' -> claimant and perpetrator 'Islamic State'. 'la vallée de Racht' -> 'Rasht' (English spelling). No toll here -> null. 'plusieurs centaines de Tadjiks', '2015' are not casualties."),
]

# -------------------------------------------------------------- holdout24-020
ARTICLES.append(A(20, "en", "article", "2026-09-18T10:00:00Z",
"Commentary: Bokhtar shows Islamic State's Tajik pipeline has turned inward",
"""
By a senior fellow of a Central Asia programme at a London policy institute

For a decade, Tajik recruits were Islamic State's export: fighters in Syria, bombers in Afghanistan, plotters in Europe. The twin suicide bombing in Bokhtar on September 9, which killed 24 people, the two bombers included, and which Islamic State claimed the next day, suggests that the pipeline has turned inward.

The warning signs were there. In June 2024, police arrested nine members of an alleged Islamic State cell in Vahdat who had mapped the city's main market. Three years ago, the group claimed a rocket fired from Afghanistan that hit a field outside a border village in Shahritus district, causing no casualties. And last October, border guards killed four militants who opened fire on them as they crossed the Panj river near Kushoniyon.

None of these drew much attention outside the region. Dushanbe prefers to present its security problems as imported, and its partners, from Moscow to Beijing, have little reason to argue. Yet the two Bokhtar bombers, aged 20 and 23, were born and schooled in Khatlon province. Neither had ever been to Afghanistan, according to officials.

What has changed is the online ecosystem. Islamic State's Tajik-language channels, some with more than 10,000 subscribers, now offer step-by-step guidance that once required travel. The cost of an attack has fallen: investigators believe the Bokhtar vests cost less than $2,000.

Tajikistan's response, more arrests and tighter border controls along its 1,340-km frontier, will not reach recruits who never cross it. The government should invest in the 60 percent of its population under 30, and stop treating every bearded young man as a suspect.
"""))
GOLD += [
E(20, ["The twin suicide bombing in Bokhtar on September 9"],
  "SUI", "2026-09-09", "day", "Bokhtar", "TJ", 24, None, "exact", "Islamic State", "Islamic State", False,
  "'on September 9' -> 9 September 2026, day, current (9 days before). 'killed 24 people, the two bombers included' -> 24 (inside), exact; no injured figure -> null. 'which Islamic State claimed the next day' -> claimant and perpetrator. The commentary has no new event; 'the two Bokhtar bombers' and 'the Bokhtar vests' are not in the triggers. 'aged 20 and 23', '10,000 subscribers', '$2,000', '1,340-km', '60 percent', 'under 30' are not casualties."),
E(20, ["police arrested nine members of an alleged Islamic State cell in Vahdat"],
  "ARR", "2024-06-01", "month", "Vahdat", "TJ", None, None, None, "police", None, True,
  "'In June 2024' -> month, background. 'nine' are arrestees."),
E(20, ["the group claimed a rocket fired from Afghanistan that hit a field outside a border village in Shahritus district"],
  "SHL", "2023-01-01", "year", "Shahritus", "TJ", 0, 0, "exact", "Islamic State", "Islamic State", True,
  "'Three years ago' vs 2026 -> 2023, year, background. A rocket -> Shelling/artillery/missile attack; 'the group' = Islamic State, which claimed it -> claimant and perpetrator. 'causing no casualties' -> explicit 0/0, exact. An unnamed village in Shahritus district -> 'Shahritus'; the rocket landed in Tajikistan -> TJ."),
E(20, ["border guards killed four militants who opened fire on them as they crossed the Panj river near Kushoniyon"],
  "BAT", "2025-10-01", "month", "Kushoniyon", "TJ", 4, None, "exact", None, None, True,
  "'last October' vs September 2026 -> October 2025, month, background. Unnamed militants opening fire on border guards -> Armed clash; the militants fired first and are unnamed -> null initiator. 'killed four militants' -> 4 (all sides summed; no guard casualty given)."),
]
