"""Authoring source of benchmarks/events_holdout7 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Midsayap, Philippines (Mindanao) chain (holdout7-019 to 022): a
twin suicide bombing at a night market on Saturday evening 3 October 2026,
told by a breaking wire, an update with the Islamic State claim and the
BIFF's denial, a French arrests story and a podcast with background
attacks. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout7")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout7-019
ARTICLES.append(A(19, "en", "article", "2026-10-03T15:30:00Z",
"Twin blasts at Midsayap night market kill at least eight",
"""
COTABATO CITY, Philippines, Oct. 3 (Wire) - At least eight people, including a 6-year-old boy, were killed and 23 wounded when two suicide bombers set off explosives at a crowded night market in Midsayap town in the southern province of Cotabato on Saturday evening, the military said.

The first bomber detonated a device strapped to his body near a row of food stalls at around 7:15 p.m., said Lieutenant Colonel Rommel Sabado, a spokesman for the army's 6th Infantry Division. A second bomber blew himself up about five minutes later near the market entrance, where soldiers and police were cordoning off the area. Both bombers died.

"The toll is not final. Several of the wounded are in critical condition," Sabado said. He said it was too early to say which group was behind the attack.

No group has claimed responsibility. Militants linked to the Islamic State have carried out bombings in central Mindanao in recent years, and the Bangsamoro Islamic Freedom Fighters (BIFF) operate in the marshland south of the town.

Hours earlier, soldiers and BIFF gunmen fought for about two hours near Pikit, about 30 km to the east, leaving one soldier dead and three wounded, the army said. It did not say who opened fire.

Midsayap, a town of about 150,000 people, was hosting its annual harvest festival this week. The municipal government cancelled the remaining events, including a parade that was expected to draw 20,000 visitors.
"""))
GOLD += [
E(19, ["two suicide bombers set off explosives at a crowded night market in Midsayap", "The first bomber detonated a device", "A second bomber blew himself up", "behind the attack", "claimed responsibility"],
  "SUI", "2026-10-03", "day", "Midsayap", "PH", 10, 23, "at_least", None, None, False,
  "'on Saturday evening' = publication day (23:30 local, UTC+8). 'At least eight people ... were killed' followed by 'Both bombers died' -> 8 + 2 = 10, at_least (events_holdout5: 'The two bombers also died' after a figure adds them). 23 wounded. No claim; the Islamic State and BIFF sentence is context -> no perpetrator. '6-year-old', '7:15', 'five minutes', '6th Infantry Division', '150,000', '20,000' are distractors."),
E(19, ["soldiers and BIFF gunmen fought for about two hours near Pikit"],
  "BAT", "2026-10-03", "day", "Pikit", "PH", 1, 3, "exact", None, None, False,
  "'Hours earlier' -> the same Saturday. 'It did not say who opened fire' -> no initiator -> null. One soldier dead, three wounded. 'two hours', '30 km' are distractors."),
]

# --------------------------------------------------------------- holdout7-020
ARTICLES.append(A(20, "en", "article", "2026-10-05T04:00:00Z",
"Islamic State claims Midsayap bombing as toll climbs to 15",
"""
MANILA, Oct. 5 (Wire) - The death toll from Saturday's twin suicide bombing at a night market in Midsayap, in the southern Philippines, has risen to 15, including the two bombers, after four of the wounded died in hospitals in Cotabato City and Davao on Sunday, officials said on Monday. Thirty-one people were wounded.

The Islamic State's East Asia Province claimed the attack late on Sunday in a statement carried by its Amaq news agency, saying two "martyrdom seekers" had killed "more than 50 crusaders". Officials said most of the victims were Muslim stall-holders and their customers.

The Bangsamoro Islamic Freedom Fighters, which police had initially named as a suspect, denied any role in a message to local reporters. Army spokesman Lieutenant Colonel Rommel Sabado said investigators believed the bombers belonged to a small Dawlah Islamiyah cell allied with the Islamic State, and that the claim appeared authentic.

On Sunday, troops backed by attack helicopters pursued gunmen suspected of links to the cell near Datu Montawal, killing three of them. No one else was hurt, the military said.

Also on Sunday, about 500 residents, many of them Muslim traders, held a peace rally in front of the Midsayap municipal hall, calling for unity between Muslims and Christians and for the night market to reopen.

The provincial government has promised 20,000 pesos to the family of each victim and free treatment for the wounded.
"""))
GOLD += [
E(20, ["Saturday's twin suicide bombing at a night market in Midsayap", "claimed the attack"],
  "SUI", "2026-10-03", "day", "Midsayap", "PH", 15, 31, "exact", "Islamic State", "Islamic State", False,
  "'Saturday's' vs Monday 5 October -> 3 October. 'risen to 15, including the two bombers' -> 15 (the four who died in hospital are inside it). 'Thirty-one people were wounded' -> 31. Claimed by the Islamic State's East Asia Province -> Islamic State; the BIFF's denial is a rival's denial; the army's Dawlah Islamiyah cell 'allied with the Islamic State' does not change the claimant rule (events_test test-024). 'more than 50 crusaders' is the claimant's toll."),
E(20, ["troops backed by attack helicopters pursued gunmen suspected of links to the cell near Datu Montawal"],
  "BAT", "2026-10-04", "day", "Datu Montawal", "PH", 3, 0, "exact", "military", None, False,
  "'On Sunday' -> 4 October. Troops pursuing gunmen -> Armed clash initiated by the military. The military's own figure of three is the only one; 'No one else was hurt' -> injured 0."),
E(20, ["about 500 residents, many of them Muslim traders, held a peace rally"],
  "PP", "2026-10-04", "day", "Midsayap", "PH", None, None, None, None, None, False,
  "'Also on Sunday' -> 4 October. A peace rally with demands -> Peaceful protest (as the peace walk of events_holdout2-014). 'about 500' are participants; '20,000 pesos' is money."),
]

# --------------------------------------------------------------- holdout7-021
ARTICLES.append(A(21, "fr", "article", "2026-10-09T10:00:00Z",
"Philippines : sept interpellations après le double attentat-suicide de Midsayap",
"""
MANILLE, 9 octobre (Agence) - La police philippine a annoncé jeudi l'arrestation de sept personnes soupçonnées d'avoir participé à la préparation du double attentat-suicide qui a fait quinze morts, dont les deux kamikazes, et trente et un blessés samedi dernier sur le marché nocturne de Midsayap, dans le sud de l'archipel. L'attaque a été revendiquée par l'État islamique.

Trois hommes, dont un fabricant de bombes présumé de 41 ans, ont été interpellés mardi à l'aube dans une maison de Pagalungan, où les enquêteurs ont saisi deux ceintures explosives inachevées, quatorze détonateurs et un pistolet. Deux femmes, l'épouse et la sœur d'un des kamikazes, ont été arrêtées mercredi à Kabacan. Les deux derniers suspects ont été arrêtés jeudi à un barrage routier près de Kidapawan.

Dans la nuit de mardi à mercredi, une grenade a été lancée contre le domicile du chef de la police de Midsayap, sans faire de victimes.

Par ailleurs, lors d'une opération mercredi près de Pikit, l'armée a affronté un groupe d'une vingtaine de combattants des Bangsamoro Islamic Freedom Fighters (BIFF) : deux soldats et cinq rebelles ont été tués, selon un bilan militaire.

Quelque 2 000 policiers et militaires ont été déployés dans la province, et les marchés nocturnes restent fermés jusqu'à nouvel ordre. Une prime d'un million de pesos est offerte pour toute information sur le cerveau présumé de l'attentat.
"""))
GOLD += [
E(21, ["double attentat-suicide", "L'attaque a été revendiquée", "l'attentat"],
  "SUI", "2026-10-03", "day", "Midsayap", "PH", 15, 31, "exact", "Islamic State", "Islamic State", False,
  "'samedi dernier' vs Friday 9 October -> 3 October. 'quinze morts, dont les deux kamikazes' -> 15; 'trente et un blessés' -> 31. Claimed by the Islamic State. 'sept personnes' are arrestees (split below)."),
E(21, ["ont été interpellés mardi à l'aube dans une maison de Pagalungan"],
  "ARR", "2026-10-06", "day", "Pagalungan", "PH", None, None, None, "police", None, False,
  "'mardi' vs Friday 9 October -> 6 October. The police announced the arrests. '41 ans', belts, 'quatorze détonateurs', the pistol belong to the arrest or are ages."),
E(21, ["ont été arrêtées mercredi à Kabacan"],
  "ARR", "2026-10-07", "day", "Kabacan", "PH", None, None, None, "police", None, False,
  "'mercredi' -> 7 October. One event per place and day."),
E(21, ["Les deux derniers suspects ont été arrêtés jeudi à un barrage routier près de Kidapawan"],
  "ARR", "2026-10-08", "day", "Kidapawan", "PH", None, None, None, "police", None, False,
  "'jeudi' -> 8 October (the announcement day too)."),
E(21, ["une grenade a été lancée contre le domicile du chef de la police de Midsayap"],
  "GRN", "2026-10-06", "day", "Midsayap", "PH", 0, 0, "exact", None, None, False,
  "'Dans la nuit de mardi à mercredi' -> dated at the start, Tuesday 6 October. 'sans faire de victimes' -> 0/0. Thrower unknown -> null."),
E(21, ["l'armée a affronté un groupe d'une vingtaine de combattants"],
  "BAT", "2026-10-07", "day", "Pikit", "PH", 7, None, "exact", "military", None, False,
  "'lors d'une opération mercredi' -> 7 October; an army operation -> initiator military (events_holdout6). 'deux soldats et cinq rebelles' = 7. 'une vingtaine de combattants' is the size of the group, not a toll. '2 000', 'un million de pesos' are distractors."),
]

# --------------------------------------------------------------- holdout7-022
ARTICLES.append(A(22, "en", "transcript", "2026-10-20T09:00:00Z",
"Mindanao Briefing, episode 112: after Midsayap",
"""
MARIA SANTOS: Welcome back to Mindanao Briefing. I'm Maria Santos. It's been seventeen days since the twin suicide bombing at the Midsayap night market on October 3rd, which killed fifteen people, the two bombers included, and which the Islamic State claimed. With me is Jun Abdulrahman, who has covered central Mindanao for twenty years. Jun, was Midsayap a surprise?

JUN ABDULRAHMAN: The target was. The method less so. Suicide attacks are still rare here, but bombs are not. Back in 2017 a bomb at a karaoke bar in Kidapawan killed three people. In March 2021 someone threw a grenade into a cockpit arena in Buluan and wounded eleven. And last January a roadside bomb hit an army truck near Kabacan and killed two soldiers. The army blamed the BIFF; the BIFF denied it.

MARIA SANTOS: And the fighting in the marsh?

JUN ABDULRAHMAN: Two years ago, the army launched an offensive around Talayan that lasted, um, three days. Twelve BIFF fighters and two soldiers were killed. It pushed the groups deeper into the marsh, but it did not finish them.

MARIA SANTOS: Are the police making progress on Midsayap?

JUN ABDULRAHMAN: Some. Last week they arrested a suspected bomb-maker in Tacurong, a man of fifty or so. If he is who they think he is, that matters more than anything else they have done.

MARIA SANTOS: Jun Abdulrahman, thank you. Listeners, our next episode, number 113, looks at the 2028 elections. Send your questions to the usual address.
"""))
GOLD += [
E(22, ["the twin suicide bombing at the Midsayap night market"],
  "SUI", "2026-10-03", "day", "Midsayap", "PH", 15, None, "exact", "Islamic State", "Islamic State", False,
  "'on October 3rd', 17 days before the episode -> current. 'killed fifteen people, the two bombers included' -> 15. 'which the Islamic State claimed' -> claimed."),
E(22, ["a bomb at a karaoke bar in Kidapawan killed three people"],
  "IED", "2017-01-01", "year", "Kidapawan", "PH", 3, None, "exact", None, None, True,
  "'Back in 2017' -> year. No actor."),
E(22, ["someone threw a grenade into a cockpit arena in Buluan"],
  "GRN", "2021-03-01", "month", "Buluan", "PH", None, 11, "exact", None, None, True,
  "'In March 2021' -> month. Eleven wounded, no killed figure."),
E(22, ["a roadside bomb hit an army truck near Kabacan"],
  "IED", "2026-01-01", "month", "Kabacan", "PH", 2, None, "exact", None, None, True,
  "'last January' in an October 2026 episode -> January 2026, month, background. The army blames the BIFF and the BIFF denies -> perpetrator null."),
E(22, ["the army launched an offensive around Talayan"],
  "BAT", "2024-01-01", "year", "Talayan", "PH", 14, None, "exact", "military", None, True,
  "'Two years ago' in 2026 -> 2024, year. The army launched the offensive -> initiator military. 'Twelve BIFF fighters and two soldiers' = 14. Three days of fighting -> one event."),
E(22, ["they arrested a suspected bomb-maker in Tacurong"],
  "ARR", None, None, "Tacurong", "PH", None, None, None, "police", None, False,
  "'Last week' -> null date (dev rule), so not background. 'they' are the police of the host's question. 'fifty or so' is an age; '112', '113', '2028' are episode and election numbers."),
]
