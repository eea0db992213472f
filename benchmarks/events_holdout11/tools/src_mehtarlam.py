"""Authoring source of benchmarks/events_holdout11 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mehtar Lam, Afghanistan cluster (holdout11-001 to 006), a twin
suicide bombing outside one passport office, the second bomber striking the
rescuers minutes later: the wire flash (001), the revised toll (002), the
claim in French (003), the arrests and a raid (004), a protest of the
victims' relatives (005) and an analysis with older attacks (006). Notes
are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout11")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout11-001
ARTICLES.append(A(1, "en", "article", "2026-03-05T09:40:00Z",
"Two suicide bombers hit passport office queue in eastern Afghanistan",
"""
MEHTAR LAM, Afghanistan, March 5 (Wire) - At least 14 people were killed and some 40 wounded on Thursday when two suicide bombers struck a crowd outside the passport office in Mehtar Lam, the capital of Laghman province, local officials said.

The first bomber walked into a queue of about 200 men waiting for the office to open at 8:40 a.m. and detonated his vest. About ten minutes later, as Taliban security forces and ambulance crews rushed to the scene, a second bomber blew himself up among the rescuers, a provincial health official said.

"The second blast was aimed at those who came to help," he said, adding that two of the dead were ambulance drivers. Witnesses said the bombers looked about 20 years old. Police believe each vest held some 10 kilograms of explosives and ball bearings.

No group has claimed the bombing. A Taliban police spokesman in Laghman said the Islamic State's local branch may have been behind it, as it has targeted government offices in the east before.

The day before, a magnetic bomb attached to a car wounded a district official and his driver in Qarghayi, about 25 km to the south, police said.

The wounded were taken to the provincial hospital, which called for blood donors; eleven of the most serious cases were sent to Jalalabad by road. The passport office, which issues some 300 passports a day, was closed until further notice.
"""))
GOLD += [
E(1, ["two suicide bombers struck a crowd outside the passport office in Mehtar Lam", "The first bomber walked into a queue", "a second bomber blew himself up among the rescuers", "The second blast", "the bombing"],
  "SUI", "2026-03-05", "day", "Mehtar Lam", "AF", 14, 40, "at_least", None, None, False,
  "'on Thursday' = publication day, Thursday 5 March. Two bombers at one site (the passport office queue), the second about ten minutes later among the rescuers -> ONE Suicide bomb event (twin rule; the second blast aimed at first responders is part of it). 'At least 14' -> 14, at_least (as written; the text does not say whether the bombers are in it). 'some 40 wounded' -> 40 (about); the qualifier describes the killed figure. 'may have been behind it' is speculation -> no perpetrator. 'about 200 men', '8:40 a.m.', 'About ten minutes', 'about 20 years old', 'some 10 kilograms', 'eleven of the most serious cases' (a subset), 'some 300 passports a day' are distractors."),
E(1, ["a magnetic bomb attached to a car wounded a district official and his driver in Qarghayi"],
  "IED", "2026-03-04", "day", "Qarghayi", "AF", None, 2, "exact", None, None, False,
  "'The day before' the Thursday bombing -> Wednesday 4 March. A magnetic (sticky) bomb -> Remote explosive/landmine/IED. Two wounded (the official and his driver), no killed figure -> killed null, injured 2, exact. Unnamed -> null. 'about 25 km' is a distance."),
]

# -------------------------------------------------------------- holdout11-002
ARTICLES.append(A(2, "en", "article", "2026-03-06T08:00:00Z",
"Mehtar Lam bombing toll rises to 31",
"""
MEHTAR LAM, March 6 - The twin suicide bombing outside the passport office in Mehtar Lam has claimed 31 lives, counting the two bombers, health officials in Laghman said on Friday, making it the deadliest attack in the province in years.

The toll rose through Thursday. Officials first reported at least 14 dead; by the evening the provincial hospital had counted 26 bodies, and three of the wounded died during the night, bringing the number of victims to 29. With the two attackers, that makes 31. Fifty-two people were hospitalized, eleven of them in Jalalabad.

Among the dead were four Taliban policemen, two ambulance drivers and a 12-year-old boy who sold tea to the men in the queue. A father and his son, aged 61 and 34, had come to apply for passports to travel to Pakistan for medical treatment.

Also on Thursday, gunmen attacked a Taliban checkpoint in Alishing district late in the evening. The Taliban said two of the attackers were killed and nobody on their side was hurt.

Residents said the Taliban had tightened checks at the entrances of the city and begun 24-hour patrols around government offices. The governor promised 100,000 afghanis to each family of the dead and said the passport office would reopen in a new building within two weeks.
"""))
GOLD += [
E(2, ["The twin suicide bombing outside the passport office in Mehtar Lam", "The toll rose through Thursday"],
  "SUI", "2026-03-05", "day", "Mehtar Lam", "AF", 31, 52, "exact", None, None, False,
  "Bombing 'Thursday' vs Friday 6 March -> 5 March. Toll revised inside the article: 'at least 14' -> 26 -> 'three of the wounded died during the night' -> 29 victims -> 'With the two attackers, that makes 31'. The final figure, 31 (bombers inside), is used. 'Fifty-two people were hospitalized' -> injured 52 (the three who died are not subtracted: events_holdout5 rule). No claim named in this article -> null (each document stands alone). 'four Taliban policemen', 'two ambulance drivers' are a subset; '12-year-old', 'aged 61 and 34', 'eleven of them' (a subset), '24-hour', '100,000 afghanis', 'two weeks' are distractors."),
E(2, ["gunmen attacked a Taliban checkpoint in Alishing district"],
  "BAT", "2026-03-05", "day", "Alishing", "AF", 2, 0, "exact", None, None, False,
  "'Also on Thursday ... late in the evening' -> 5 March. Unnamed gunmen attacking a checkpoint -> Armed clash with a null perpetrator (events_holdout10 Latamber). Two attackers killed; 'nobody on their side was hurt' read as injured 0 (events_holdout10 Qandala 'no soldiers were hurt'), although it covers one side only. The Taliban's own figure is the only one. Alishing is a district of Laghman."),
]

# -------------------------------------------------------------- holdout11-003
ARTICLES.append(A(3, "fr", "article", "2026-03-07T09:30:00Z",
"Afghanistan : l'EI revendique le double attentat de Mehtar Lam",
"""
KABOUL, 7 mars - Le groupe État islamique au Khorasan (EI-K) a revendiqué vendredi soir le double attentat-suicide qui a fait trente et un morts, dont les deux kamikazes, et 52 blessés jeudi devant le bureau des passeports de Mehtar Lam, chef-lieu de la province de Laghman, dans l'est de l'Afghanistan.

Dans un communiqué diffusé par son agence Amaq, le groupe affirme que ses deux « martyrs » ont tué « plus de 100 apostats talibans ». Il précise que le second kamikaze visait les secours arrivés sur place, ce que confirment plusieurs témoins.

Le Front national de résistance (FNR), que des comptes proches du pouvoir accusaient sur les réseaux sociaux, a démenti toute implication dans un message publié vendredi. Un porte-parole du gouvernement taliban, Abdul Samad Hotak, a qualifié de « mensonge » le bilan avancé par l'EI-K, sans contester qu'il soit l'auteur de l'attaque.

Selon lui, les forces talibanes ont par ailleurs désamorcé jeudi soir une troisième ceinture d'explosifs, abandonnée dans une ruelle à environ 300 mètres du bureau des passeports.

Vendredi matin, une mine a tué deux enfants qui gardaient des chèvres près de Dawlat Shah, dans le nord de la province, a indiqué un responsable local. Les deux frères étaient âgés de 9 et 11 ans. Aucun groupe n'a été mis en cause.

D'après un rapport des Nations unies publié en janvier, l'EI-K compterait encore entre 2 000 et 3 000 combattants en Afghanistan, contre plus de 4 000 en 2021.
"""))
GOLD += [
E(3, ["le double attentat-suicide qui a fait trente et un morts", "l'auteur de l'attaque"],
  "SUI", "2026-03-05", "day", "Mehtar Lam", "AF", 31, 52, "exact", "Islamic State", "Islamic State", False,
  "'jeudi' vs Saturday 7 March -> 5 March. 'trente et un morts, dont les deux kamikazes' -> 31 (bombers inside); '52 blessés'. Claimed ('a revendiqué') by the EI-K -> Islamic State (every branch except ISWAP). The FNR's denial is not a claim and does not dispute the IS claim; the Taliban spokesman disputes the claimant's toll, not its authorship -> perpetrator = claimant. The claim's 'plus de 100 apostats talibans' is not used. 'entre 2 000 et 3 000 combattants', 'plus de 4 000 en 2021' are group sizes, not casualties."),
E(3, ["ont par ailleurs désamorcé jeudi soir une troisième ceinture d'explosifs"],
  "DWU", "2026-03-05", "day", "Mehtar Lam", "AF", None, None, None, "Taliban", None, False,
  "'jeudi soir' -> 5 March. A device (a third explosive belt) defused on its own -> Disrupted weapons use; the Taliban forces, as Afghanistan's de facto authorities -> 'Taliban' (dev convention). No casualty statement -> null. 'environ 300 mètres' is a distance."),
E(3, ["une mine a tué deux enfants qui gardaient des chèvres près de Dawlat Shah"],
  "IED", "2026-03-06", "day", "Dawlat Shah", "AF", 2, None, "exact", None, None, False,
  "'Vendredi matin' vs Saturday 7 March -> 6 March. A mine -> Remote explosive/landmine/IED. Two children killed. 'Aucun groupe n'a été mis en cause' -> null. '9 et 11 ans' are ages."),
]

# -------------------------------------------------------------- holdout11-004
ARTICLES.append(A(4, "en", "article", "2026-03-09T11:00:00Z",
"Taliban hold nine men, kill suspect in raid after Mehtar Lam bombing",
"""
MEHTAR LAM, March 9 - Taliban security forces have detained nine men in Mehtar Lam over Thursday's twin suicide bombing at the passport office, which killed 31 people including the two bombers and was claimed by the Islamic State, a provincial spokesman said on Monday.

The nine were detained on Saturday in searches of a neighbourhood near the bus stand, where investigators believe the bombers spent their last night. The spokesman said two more suicide vests and about 15 kilograms of explosives were found in one house. More than 70 people have been questioned and 40 houses searched, he added.

A suspected recruiter, a 47-year-old shopkeeper from Kunar, was held on Sunday in Qarghayi, according to the General Directorate of Intelligence.

On Sunday night, Taliban forces raided a house in Alingar district. The men inside opened fire, and in the exchange one suspect was killed and two Taliban fighters were wounded, the spokesman said. A second suspect escaped on a motorbike.

The Taliban offered a reward of 500,000 afghanis for information and set up a hotline, 119, which received more than 600 calls on its first day. Relatives of the victims say they have not been told when the investigation will end.
"""))
GOLD += [
E(4, ["Thursday's twin suicide bombing at the passport office"],
  "SUI", "2026-03-05", "day", "Mehtar Lam", "AF", 31, None, "exact", "Islamic State", "Islamic State", False,
  "'Thursday's' vs Monday 9 March -> 5 March. 'killed 31 people including the two bombers' -> 31. 'was claimed by the Islamic State' -> claimant and perpetrator. No wounded figure -> null."),
E(4, ["have detained nine men in Mehtar Lam", "The nine were detained on Saturday"],
  "ARR", "2026-03-07", "day", "Mehtar Lam", "AF", None, None, None, "Taliban", None, False,
  "'on Saturday' vs Monday 9 March -> 7 March. Taliban security forces -> 'Taliban'. The suicide vests and 'about 15 kilograms of explosives' found in a house belong to the arrest. 'More than 70 people have been questioned' and '40 houses searched' are not arrests or casualties."),
E(4, ["A suspected recruiter", "was held on Sunday in Qarghayi"],
  "ARR", "2026-03-08", "day", "Qarghayi", "AF", None, None, None, "Taliban", None, False,
  "'on Sunday' -> 8 March. Another place and day -> its own Arrests event. The General Directorate of Intelligence (the Taliban's intelligence service) -> 'Taliban' (dev convention). '47-year-old' is an age."),
E(4, ["Taliban forces raided a house in Alingar district", "the exchange"],
  "BAT", "2026-03-08", "day", "Alingar", "AF", 1, 2, "exact", "Taliban", None, False,
  "'On Sunday night' -> 8 March. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout10 Gurguri). One suspect killed, two Taliban fighters wounded. The escape is not an event. '500,000 afghanis', '119' (hotline), 'more than 600 calls' are distractors."),
]

# -------------------------------------------------------------- holdout11-005
ARTICLES.append(A(5, "en", "article", "2026-03-10T10:00:00Z",
"Taliban break up protest by Mehtar Lam victims' families",
"""
MEHTAR LAM, March 10 - Taliban fighters fired into the air on Monday to break up a protest by relatives of the victims of last Thursday's suicide bombing in Mehtar Lam, who had blocked the main road to Jalalabad for about four hours to demand compensation and the dismissal of the provincial security chief.

Three protesters were hurt in the crush that followed, one of them a woman of about 60, witnesses said. Taliban intelligence officers detained four of the organisers later that evening, according to their families. The Taliban did not comment.

The twin bombing outside the passport office left 31 dead, the two bombers included, and 52 wounded. Many of the victims were buried on Friday after funeral prayers held without speeches, under heavy guard.

"My brother went to get a passport and came back in a box," said Gul Ahmad, 28, a farmer who took part in the blockade. "We want to know how two men with bombs walked past three checkpoints."

Tension has been high in the city since. On Sunday, a grenade thrown into the money-changers' market in Mehtar Lam wounded five people, police said. Nobody was arrested.

The provincial council said 31 families had each received a first payment of 20,000 afghanis. Traders kept part of the bazaar closed on Monday, but there was no call for a strike.
"""))
GOLD += [
E(5, ["to break up a protest by relatives of the victims", "blocked the main road to Jalalabad", "the blockade"],
  "PI", "2026-03-09", "day", "Mehtar Lam", "AF", None, 3, "exact", None, None, False,
  "'on Monday' vs Tuesday 10 March -> 9 March. A road blockade with demands broken up by fighters firing into the air -> Protest with intervention (events_holdout10 Banda Daud Shah). The blockade is in Mehtar Lam (the road leads to Jalalabad, where nothing happens) -> Mehtar Lam. 'Three protesters were hurt in the crush' -> injured 3, killed null. 'about four hours' is a span; 'about 60' and '28' are ages."),
E(5, ["detained four of the organisers later that evening"],
  "ARR", "2026-03-09", "day", "Mehtar Lam", "AF", None, None, None, "Taliban", None, False,
  "'later that evening' -> Monday 9 March. Protesters' arrests reported on their own -> separate Arrests event (dev-008, events_holdout10 Pouytenga). Taliban intelligence -> 'Taliban'. Reported by the families (the Taliban did not comment); stated as fact."),
E(5, ["last Thursday's suicide bombing in Mehtar Lam", "The twin bombing outside the passport office"],
  "SUI", "2026-03-05", "day", "Mehtar Lam", "AF", 31, 52, "exact", None, None, False,
  "'last Thursday' vs Tuesday 10 March -> 5 March. 'left 31 dead, the two bombers included, and 52 wounded' -> 31/52. No claim named in this article -> null. The funerals 'without speeches' are not coded (events_holdout7). '31 families', '20,000 afghanis' are distractors; 'three checkpoints' is not an event."),
E(5, ["a grenade thrown into the money-changers' market in Mehtar Lam wounded five people"],
  "GRN", "2026-03-08", "day", "Mehtar Lam", "AF", None, 5, "exact", None, None, False,
  "'On Sunday' vs Tuesday 10 March -> 8 March. Grenade, five wounded, no killed figure. Unnamed -> null; 'Nobody was arrested' is no event."),
]

# -------------------------------------------------------------- holdout11-006
ARTICLES.append(A(6, "en", "article", "2026-03-24T09:00:00Z",
"Analysis: The Islamic State's Khorasan branch is back in the east",
"""
Since the Taliban took power in 2021, they have told Afghans that the war is over. The twin suicide bombing in Mehtar Lam on March 5, which killed 31 people including both attackers and was claimed by the Islamic State's Khorasan branch, suggests the group has rebuilt its networks in the east.

It has done this before. In 2018, a suicide bomber blew himself up among worshippers at a mosque in Asadabad, killing seventeen. In November 2022, a roadside bomb hit a minibus carrying teachers near Nurgal, killing six. The same month, Islamic State gunmen abducted three Taliban officials in Manogai; they were never seen again.

Last spring, two suicide bombers struck a Taliban checkpoint outside Sharana minutes apart, killing nine people including the attackers, an attack the Islamic State claimed within hours. The Taliban answered in force: three years ago, their fighters stormed an Islamic State hideout in Chapa Dara and said they had killed eight militants, a figure nobody could check.

What has changed is the choice of targets. Passport offices, banks and ministries are where ordinary Afghans meet the state. "They want people to be afraid of standing in a queue," said a former intelligence officer who asked not to be named.

UN monitors estimate the group's strength at between 2,000 and 3,000 fighters, and say its income has fallen to less than $5 million a year. The Taliban have about 180,000 men under arms. Numbers alone, the Mehtar Lam bombing shows, do not stop two young men with vests.
"""))
GOLD += [
E(6, ["The twin suicide bombing in Mehtar Lam", "the Mehtar Lam bombing"],
  "SUI", "2026-03-05", "day", "Mehtar Lam", "AF", 31, None, "exact", "Islamic State", "Islamic State", False,
  "'on March 5' -> day; 19 days before publication -> current. 'killed 31 people including both attackers' -> 31. 'was claimed by the Islamic State's Khorasan branch' -> Islamic State. 'in 2021' (the takeover) is not an event."),
E(6, ["a suicide bomber blew himself up among worshippers at a mosque in Asadabad"],
  "SUI", "2018-01-01", "year", "Asadabad", "AF", 17, None, "exact", None, None, True,
  "'In 2018' -> year, background. 'killing seventeen' -> 17, exact (number word). No actor named ('It has done this before' is the analyst's framing, not an attribution of this attack)."),
E(6, ["a roadside bomb hit a minibus carrying teachers near Nurgal"],
  "IED", "2022-11-01", "month", "Nurgal", "AF", 6, None, "exact", None, None, True,
  "'In November 2022' -> month, background. 'killing six' -> 6. No actor named."),
E(6, ["Islamic State gunmen abducted three Taliban officials in Manogai"],
  "ABD", "2022-11-01", "month", "Manogai", "AF", None, None, None, "Islamic State", None, True,
  "'The same month' after 'In November 2022' -> November 2022, month, background. 'Islamic State gunmen' stated as fact -> perpetrator Islamic State, no claim. Three abductees are not casualties."),
E(6, ["two suicide bombers struck a Taliban checkpoint outside Sharana"],
  "SUI", "2025-01-01", "year", "Sharana", "AF", 9, None, "exact", "Islamic State", "Islamic State", True,
  "'Last spring' in a March 2026 article -> spring 2025 -> year precision (dev: seasons get the year), background. Two bombers at one checkpoint minutes apart -> one event. 'killing nine people including the attackers' -> 9. 'an attack the Islamic State claimed' -> claimant and perpetrator."),
E(6, ["their fighters stormed an Islamic State hideout in Chapa Dara"],
  "BAT", "2023-01-01", "year", "Chapa Dara", "AF", 8, None, "exact", "Taliban", None, True,
  "'three years ago' -> 2023, year, background. An assault on a hideout -> Armed clash initiated by the Taliban (events_holdout10 Qandala). The acting force's own figure, 8, is the only one ('a figure nobody could check'). 'between 2,000 and 3,000 fighters', '$5 million', '180,000 men' are distractors."),
]
