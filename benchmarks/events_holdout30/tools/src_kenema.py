"""Authoring source of benchmarks/events_holdout30 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kenema, Sierra Leone cluster (holdout30-017 to 021; English and
French), two suicide bombers on the morning of Sunday 6 September 2026 at
two sites of one town (the Hangha Road lorry park and the main market, about
500 m and four minutes apart): a regional radio bulletin read by a
newsreader with a correspondent's voice report (017), a French international
outlet's claim story with a revised toll and an arrest (fr 018), a
Freetown-style court report ("produced before", "charged", "remanded",
"released on bail") with an arrest in Liberia (019), an opinion column full
of older attacks (020) and a French story on a women's march (fr 021).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout30")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout30-017
ARTICLES.append(A(17, "en", "transcript", "2026-09-06T19:10:00Z",
"Eastern Radio 98.1 FM - Seven o'clock news, Sunday 6 September",
"""
NEWSREADER: Good evening. This is Eastern Radio 98.1 FM and here is the seven o'clock news, read by Fatmata Kamara. At least 12 people have been killed and scores wounded in two suicide bomb attacks in Kenema this morning. It is the first such attack in Sierra Leone's history. Our correspondent Mohamed Sesay sent this report.

CORRESPONDENT (voice report): The first explosion tore through the lorry park on Hangha Road at about 10:40 this morning, as drivers were loading their vehicles for Kailahun and Freetown. Four minutes later, a second bomber blew himself up at the entrance of the main market, about 500 metres away. At Kenema Government Hospital, a doctor told me they had received at least 12 bodies and that the wards were full, with patients lying in the corridors. Twenty-two vehicles were burnt out in the lorry park. The police regional commander said it was too early to name anyone, but that fighters of Islamic State in the Sahel "may have been" behind the attack. This is Mohamed Sesay, for Eastern Radio, in Kenema.

NEWSREADER: The government has declared a curfew in Kenema from 7 p.m. to 6 a.m. and closed the highway to Bo for 24 hours. The hospital is appealing for blood donors of all groups. Relatives looking for news can call the police emergency line on 117 or the hospital on 076 440 440.

NEWSREADER: President's office says flags will fly at half-mast for three days from Monday.

NEWSREADER: In other news, cocoa exports from the Eastern Province rose by 12 percent in the first half of the year, the Produce Monitoring Board said on Sunday. Prices at the farm gate stand at 38 leones a kilogram.

NEWSREADER: That is the end of the news. We will have a special programme on the Kenema attacks at eight o'clock, with your calls on 076 98 10 98.
"""))
GOLD += [
E(17, ["two suicide bomb attacks in Kenema this morning", "the Kenema attacks"],
  "SUI", "2026-09-06", "day", "Kenema", "SL", 12, 20, "at_least", None, None, False,
  "'this morning' = Sunday 6 September, the broadcast's day. Two sites of one town (the Hangha Road lorry park and the main market, about 500 m and four minutes apart) -> ONE Suicide bomb event. 'At least 12 ... killed and scores wounded' -> 12 at_least; 'scores' -> 20 injured (events_holdout20, 22: like 'dozens', at least one score); the doctor's 'at least 12 bodies' is the same figure. No claim; the commander's 'may have been' (Islamic State in the Sahel) is speculation -> null. '98.1 FM', '10:40', 'Four minutes', '500 metres', 'Twenty-two vehicles', '7 p.m. to 6 a.m.', '24 hours', '117', the phone numbers, 'three days', '12 percent', '38 leones' are not casualties."),
]

# -------------------------------------------------------------- holdout30-018
ARTICLES.append(A(18, "fr", "article", "2026-09-07T11:00:00Z",
"Sierra Leone : le JNIM revendique le double attentat-suicide de Kenema",
"""
Le Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda, a revendiqué lundi le double attentat-suicide qui a frappé dimanche matin Kenema, la grande ville de l'est de la Sierra Leone. C'est la première fois que ce groupe sahélien revendique une attaque dans ce pays côtier. Le gouvernement de Freetown n'a pas contesté la revendication.

Dimanche soir, les autorités parlaient d'au moins douze morts. Lundi matin, le ministère de la Santé a fait état de vingt-quatre morts, sans compter les deux kamikazes, et de près d'une centaine de blessés. Un commerçant de 19 ans et une vendeuse de 70 ans figurent parmi les victimes.

Un responsable de la police estime toutefois que des combattants de l'État islamique au Sahel « pourraient avoir été » associés à l'opération, sans apporter de preuve.

L'enquête a déjà conduit à des arrestations. Dimanche soir, la police a interpellé cinq hommes à Segbwema, à une cinquantaine de kilomètres à l'est de Kenema, dans une maison où ont été retrouvés des sacs d'engrais et deux motos. Âgés de 20 à 60 ans, ils ont été transférés à Kenema. Une trentaine de chauffeurs de la gare routière ont par ailleurs été entendus, puis relâchés.

La Sierra Leone, sortie en 2002 d'une guerre civile de onze ans, avait jusqu'ici été épargnée par le jihadisme. Il y a deux ans, des hommes armés avaient attaqué un poste de police à Koidu, tuant deux policiers, mais les autorités avaient parlé de trafiquants de diamants.

Les écoles de Kenema resteront fermées jusqu'à jeudi. Une récompense de 100 000 leones est offerte pour toute information.
"""))
GOLD += [
E(18, ["le double attentat-suicide qui a frappé dimanche matin Kenema"],
  "SUI", "2026-09-06", "day", "Kenema", "SL", 26, 100, "exact", "JNIM", "JNIM", False,
  "'dimanche matin' vs Monday 7 September -> 6 September. Revised toll: « au moins douze morts » (Sunday) -> « vingt-quatre morts, sans compter les deux kamikazes, et ... près d'une centaine de blessés » -> 24 + 2 = 26, exact; 'près d'une centaine' -> 100 (about), the qualifier describes the killed figure -> exact. « Le Groupe de soutien à l'islam et aux musulmans (JNIM) ... a revendiqué », not contested by the government -> claimant and perpetrator 'JNIM'. The police official's « pourraient avoir été » (Islamic State in the Sahel), after the claim, sets nothing. '19 ans', '70 ans' are ages."),
E(18, ["la police a interpellé cinq hommes à Segbwema"],
  "ARR", "2026-09-06", "day", "Segbwema", "SL", None, None, None, "police", None, False,
  "'Dimanche soir' vs Monday 7 September -> 6 September. Police -> 'police'. 'une cinquantaine de kilomètres', 'deux motos', '20 à 60 ans' are not casualties. « Une trentaine de chauffeurs ... entendus, puis relâchés » are not arrested."),
E(18, ["des hommes armés avaient attaqué un poste de police à Koidu"],
  "BAT", "2024-01-01", "year", "Koidu", "SL", 2, None, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. Unnamed gunmen attacking a police post -> Armed clash with a null initiator (events_holdout27, 29 convention); 'tuant deux policiers' -> 2, exact. '2002', 'onze ans', '100 000 leones' are not casualties."),
]

# -------------------------------------------------------------- holdout30-019
ARTICLES.append(A(19, "en", "article", "2026-09-15T10:00:00Z",
"Kenema bombing: five charged, sixth suspect handed over by Liberia",
"""
KENEMA, Sierra Leone (The Eastern Standard) - The five men arrested in Segbwema on the evening of 6 September were produced before the Kenema Magistrate's Court on Monday and charged with acts of terrorism and 25 counts of murder.

Magistrate Isatu Conteh remanded four of them at the Kenema Male Correctional Centre until 29 September. The fifth, a 60-year-old imam whose house the others had rented, was released on bail of NLe 20,000 with two sureties after his lawyer told the court he had "never met the bombers".

The twin suicide bombing in Kenema on 6 September, which JNIM claimed, killed 25 people besides the two bombers and wounded nearly 100, according to the charge sheet. Three of the victims died in hospital in the week after the blasts.

State Counsel Abu Bangura told the court that Liberian police had arrested a sixth suspect, a 34-year-old motorbike rider, in Foya on Thursday and handed him over at the Koindu crossing on Saturday. He is accused of carrying the two explosive belts, each weighing about 8 kilograms, across the border in August. He will be produced before the court on Friday.

A lorry park attendant who had been questioned by detectives for two days was let go without charge last week.

Defence lawyers asked for the case to be moved to Freetown, 300 km away, arguing that their clients could not get a fair hearing in Kenema. The magistrate will rule on 22 September.

About 200 relatives of victims waited outside the court building, watched by 40 police officers. There were no incidents.
"""))
GOLD += [
E(19, ["The twin suicide bombing in Kenema on 6 September, which JNIM claimed"],
  "SUI", "2026-09-06", "day", "Kenema", "SL", 27, 100, "exact", "JNIM", "JNIM", False,
  "'on 6 September' (9 days before Tuesday 15 September -> current). 'killed 25 people besides the two bombers and wounded nearly 100' -> 25 + 2 = 27 ('besides' adds the bombers, like 'not counting'), 100 ('nearly' -> about), the qualifier describes the killed figure -> exact; the three who died in hospital are inside. 'which JNIM claimed' -> claimant and perpetrator. '25 counts of murder' is a charge count, not a toll."),
E(19, ["The five men arrested in Segbwema"],
  "ARR", "2026-09-06", "day", "Segbwema", "SL", None, None, None, "police", None, False,
  "'on the evening of 6 September' -> 6 September. 'produced before ... charged ... remanded' and the imam's 'released on bail' are this arrest's follow-up: one Arrests event at its place and day, not a new one, and not dated at the hearing (Monday 14 September). Police in holdout30-018 -> 'police'."),
E(19, ["Liberian police had arrested a sixth suspect"],
  "ARR", "2026-09-10", "day", "Foya", "LR", None, None, None, "police", None, False,
  "'on Thursday' vs Tuesday 15 September -> 10 September. Liberian police arresting in Liberia -> 'police'. The suspected facilitator (the belt carrier). The hand-over at the Koindu crossing (Saturday) is its follow-up, not a new arrest. '34-year-old', '8 kilograms', '300 km', '200 relatives', '40 police officers' are not casualties. The attendant 'questioned ... let go without charge' is not arrested."),
]

# -------------------------------------------------------------- holdout30-020
ARTICLES.append(A(20, "en", "article", "2026-09-20T06:00:00Z",
"Opinion: Kenema was warned, and we did not listen",
"""
Two weeks ago, on a Sunday morning, two young men walked into the lorry park and the market of Kenema and blew themselves up. The twin bombing, claimed by JNIM, killed 27 people, the two bombers among them, and injured nearly 100. We tell ourselves that nobody could have seen it coming. That is not true.

In February 2021, gunmen ambushed a diamond company's vehicle near Tongo and killed three security guards. The police called it a robbery. In 2023, JNIM fighters attacked a Guinean army post near Guéckédou, barely 40 km from our border, and killed four soldiers. Freetown called it "a Guinean problem". Last December, soldiers defused a roadside bomb on the road to Pendembu, and the news took three days to reach the capital.

Each time we looked away. Each time the response was a press conference, a few checkpoints and, at best, a reward of 50,000 leones that nobody claimed.

The men who attacked Kenema were, by all accounts, local boys of 19 and 22 recruited over the internet in under six months. Youth unemployment in the Eastern Province is over 60 percent. A score of young men from Kenema district alone are believed to have crossed into Guinea or Mali in the past two years.

The government has since sent upwards of 500 soldiers to the east and promised 1,000 new police recruits by 2028. That is welcome. But it is not a plan. A plan would start with jobs, schools and roads, and with listening to the chiefs who have been warning for years.

The author is a lecturer in political science at Eastern Technical University in Kenema. The views expressed are his own.
"""))
GOLD += [
E(20, ["two young men walked into the lorry park and the market of Kenema and blew themselves up", "The twin bombing, claimed by JNIM"],
  "SUI", "2026-09-06", "day", "Kenema", "SL", 27, 100, "exact", "JNIM", "JNIM", False,
  "'Two weeks ago, on a Sunday morning' vs Sunday 20 September -> 6 September (14 days, current). 'killed 27 people, the two bombers among them, and injured nearly 100' -> 27 (inside), 100 (about), exact. 'claimed by JNIM' -> claimant and perpetrator. 'The men who attacked Kenema' restates it."),
E(20, ["gunmen ambushed a diamond company's vehicle near Tongo and killed three security guards"],
  "ATK", "2021-02-01", "month", "Tongo", "SL", 3, None, "exact", None, None, True,
  "'In February 2021' -> month, background. Unnamed gunmen against a company's (civilian) guards -> Attack, null actor. 'killed three' -> 3, exact."),
E(20, ["JNIM fighters attacked a Guinean army post near Guéckédou"],
  "BAT", "2023-01-01", "year", "Guéckédou", "GN", 4, None, "exact", "JNIM", None, True,
  "'In 2023' -> year, background. A named group attacking an army post -> Armed clash, initiator 'JNIM' (the side that started the fighting); no claim is mentioned -> claimed_by null. 'killed four soldiers' -> 4, exact. '40 km' is a distance."),
E(20, ["soldiers defused a roadside bomb on the road to Pendembu"],
  "DWU", "2025-12-01", "month", "Pendembu", "SL", None, None, None, "military", None, True,
  "'Last December' vs September 2026 -> December 2025, month, background. A bomb defused on its own -> Disrupted weapons use; soldiers -> 'military'; a road to a town -> that town. 'three days', '50,000 leones', '19 and 22', 'six months', '60 percent', 'A score of young men' (not casualties), '500 soldiers', '1,000', '2028' are not casualties."),
]

# -------------------------------------------------------------- holdout30-021
ARTICLES.append(A(21, "fr", "article", "2026-09-11T16:00:00Z",
"À Kenema, des milliers de femmes en blanc marchent contre la peur",
"""
KENEMA (Sierra Leone) - Elles étaient des milliers, vêtues de blanc, à marcher jeudi dans les rues de Kenema, quatre jours après le double attentat-suicide qui a endeuillé la grande ville de l'est de la Sierra Leone. Parti du marché central, l'un des deux lieux visés, le cortège a rejoint la mairie, où les organisatrices ont réclamé davantage de patrouilles et une aide pour les familles des victimes. La marche s'est déroulée sans incident.

Le bilan de l'attaque, revendiquée lundi par le JNIM, s'élève désormais à vingt-sept morts, dont les deux kamikazes, après le décès mardi d'un blessé à l'hôpital public. Près d'une centaine de personnes ont été blessées ; une vingtaine sont toujours hospitalisées.

« Mon fils de 15 ans vendait des cigarettes à la gare routière. Il n'est jamais rentré », raconte Kadiatu, 44 ans, une photo serrée contre la poitrine.

Mercredi, les obsèques de vingt-deux victimes ont réuni une foule immense au stade municipal, en présence du vice-président.

L'enquête progresse. Les cinq hommes interpellés dimanche soir à Segbwema sont toujours détenus à Kenema et devraient être présentés à un juge la semaine prochaine. Une vingtaine de chauffeurs et de commerçants ont été entendus comme témoins.

Les commerçants du marché, fermé depuis dimanche, ont rouvert mercredi une cinquantaine d'étals sur les 800 que compte le site. Le couvre-feu de 19 heures à 6 heures reste en vigueur.
"""))
GOLD += [
E(21, ["le double attentat-suicide qui a endeuillé la grande ville de l'est de la Sierra Leone"],
  "SUI", "2026-09-06", "day", "Kenema", "SL", 27, 100, "exact", "JNIM", "JNIM", False,
  "'quatre jours après' a Thursday march vs Friday 11 September -> Sunday 6 September. « vingt-sept morts, dont les deux kamikazes » (the wounded man who died on Tuesday is inside), « Près d'une centaine de personnes ont été blessées » -> 27, 100 (about), the qualifier describes the killed figure -> exact; 'une vingtaine ... hospitalisées' is a subset. « revendiquée lundi par le JNIM » -> claimant and perpetrator. The funeral is not coded. '15 ans', '44 ans' are ages."),
E(21, ["Elles étaient des milliers, vêtues de blanc, à marcher jeudi dans les rues de Kenema"],
  "PP", "2026-09-10", "day", "Kenema", "SL", None, None, None, None, None, False,
  "'jeudi' vs Friday 11 September -> 10 September. A march with a demand that ends 'sans incident' -> Peaceful protest, null actor. 'des milliers' are marchers."),
E(21, ["Les cinq hommes interpellés dimanche soir à Segbwema"],
  "ARR", "2026-09-06", "day", "Segbwema", "SL", None, None, None, "police", None, False,
  "'dimanche soir' vs Friday 11 September -> 6 September. Restated arrest (holdout30-018, police) -> 'police'. « Une vingtaine de chauffeurs et de commerçants ... entendus comme témoins » are not arrested. 'une cinquantaine d'étals', '800', '19 heures à 6 heures' are not casualties."),
]
