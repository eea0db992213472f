"""Authoring source of benchmarks/events_holdout20 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nikshahr, Sistan-Baluchestan, Iran cluster (holdout20-006 to 010,
English and French), two suicide bombers on Wednesday 20 May 2026 at two
sites of one town (the gate of the police headquarters, by truck bomb, and
the crowd of rescuers near the governor's office about 250 m away, about ten
minutes later): an English wire flash (006), a French next-day report with a
disputed range and a protest dispersed with tear gas (007), the Jaish al-Adl
claim with a denial and a speculation, in English (008), an intelligence
ministry statement on arrests, a facilitator, a raid and a seized workshop
(009) and a French question-and-answer interview with an analyst full of
older attacks (010). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout20")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout20-006
ARTICLES.append(A(6, "en", "article", "2026-05-20T10:30:00Z",
"Suicide bombers kill at least six at police headquarters in Iran's southeast",
"""
DUBAI, May 20 - Two suicide bombers attacked a police headquarters in the town of Nikshahr in Iran's restive Sistan-Baluchestan province on Wednesday, killing at least six people and wounding nearly 20, state media reported.

The first attacker drove a pick-up truck packed with an estimated 150 kg of explosives into the main gate of the headquarters shortly after 10 a.m., the official news agency said. About ten minutes later, a second bomber on foot blew himself up among rescuers and onlookers near the governor's office, some 250 metres away.

Among the wounded was an 8-year-old girl who was walking to school with her mother, a local hospital official said. Several of the wounded were taken to Chabahar, about 150 km to the south, because the hospital in Nikshahr has only 40 beds.

No group immediately claimed the attack. A deputy provincial governor told state television that the Khorasan branch of Islamic State "may have been behind it", citing the use of a second bomber to target rescuers.

Sistan-Baluchestan, which borders Pakistan and Afghanistan, is one of Iran's poorest provinces and has a large Sunni Baluch population. Armed groups there have fought Iranian security forces for more than two decades.

Separately, state media said gunmen had abducted two border guards near Saravan on Monday night. Their fate was not known.

Officials said schools in Nikshahr would stay closed for three days and that the road to Iranshahr had been closed to traffic.
"""))
GOLD += [
E(6, ["Two suicide bombers attacked a police headquarters in the town of Nikshahr", "a second bomber on foot blew himself up among rescuers"],
  "SUI", "2026-05-20", "day", "Nikshahr", "IR", 6, 20, "at_least", None, None, False,
  "'on Wednesday' in a Wednesday 20 May story -> 20 May. Two bombers at two sites of one town (the headquarters gate and the governor's office about 250 m away), about ten minutes apart -> ONE Suicide bomb event. 'killing at least six people and wounding nearly 20' -> 6 (at_least, the qualifier of the killed figure), 20. Islamic State's Khorasan branch 'may have been behind it' is speculation -> null. '150 kg', '10 a.m.', 'ten minutes', '250 metres', 'an 8-year-old girl' (an age; she is one of the wounded), '150 km', '40 beds', 'two decades', 'three days' are not casualties."),
E(6, ["gunmen had abducted two border guards near Saravan"],
  "ABD", "2026-05-18", "day", "Saravan", "IR", None, None, None, None, None, False,
  "'on Monday night' vs Wednesday 20 May -> 18 May (nights dated at their start). Unnamed gunmen -> null. Border guards are state agents, but an abduction with no fighting is coded Abduction/forced disappearance (events_holdout19's conventions). 'two border guards' are abductees, not casualties."),
]

# -------------------------------------------------------------- holdout20-007
ARTICLES.append(A(7, "fr", "article", "2026-05-21T08:00:00Z",
"Iran : le bilan de l'attentat-suicide de Nikshahr passe à 15 morts",
"""
Le bilan du double attentat-suicide qui a frappé mercredi le quartier général de la police de Nikshahr, dans la province iranienne du Sistan-Baloutchistan, s'est nettement alourdi.

Mercredi après-midi, les médias d'État parlaient de huit morts. Dans la soirée, le gouverneur de la province a annoncé onze morts. Jeudi matin, l'agence officielle a publié un nouveau bilan : 13 morts, sans compter les deux kamikazes, et plus de 40 blessés, dont plusieurs enfants. Deux blessés ont succombé dans la nuit à l'hôpital de Chabahar.

Un député de la région, joint par téléphone, évoque pour sa part « entre 15 et 20 morts » parmi les civils et les policiers, un chiffre que les autorités n'ont pas confirmé.

Le premier kamikaze, au volant d'un pick-up chargé de quelque 150 kilos d'explosifs, a forcé l'entrée du quartier général vers 10 heures. Le second s'est fait exploser une dizaine de minutes plus tard à environ 250 mètres de là.

Mercredi soir, plusieurs centaines d'habitants se sont rassemblés devant le gouvernorat pour dénoncer l'insécurité et réclamer des comptes. La police les a dispersés à coups de gaz lacrymogène, selon des vidéos diffusées sur les réseaux sociaux et authentifiées par des militants locaux.

Aucun groupe n'avait revendiqué l'attaque jeudi matin. Téhéran accuse régulièrement des « groupes terroristes soutenus par l'étranger » d'opérer depuis le Pakistan voisin, avec lequel l'Iran partage une frontière de plus de 900 kilomètres.

La province, qui compte environ 3 millions d'habitants, est régulièrement secouée par des attaques contre les forces de sécurité. Les écoles de Nikshahr resteront fermées jusqu'à samedi.
"""))
GOLD += [
E(7, ["double attentat-suicide qui a frappé mercredi le quartier général de la police de Nikshahr"],
  "SUI", "2026-05-20", "day", "Nikshahr", "IR", 15, 40, "exact", None, None, False,
  "'mercredi' vs Thursday 21 May -> 20 May. Two sites, about ten minutes apart -> one event. Revised inside the text: 'huit morts' -> 'onze morts' -> '13 morts, sans compter les deux kamikazes, et plus de 40 blessés' -> 13 + 2 = 15 ('sans compter' adds the bombers), exact; 40 injured (the qualifier describes the killed figure). The deputy's « entre 15 et 20 morts » is a disputed alternative figure that the authorities did not confirm -> not used (dev). No claim; 'groupes terroristes soutenus par l'étranger' is a generic accusation -> null. '150 kilos', '10 heures', 'une dizaine de minutes', '250 mètres', '900 kilomètres', '3 millions d'habitants' are not casualties."),
E(7, ["plusieurs centaines d'habitants se sont rassemblés devant le gouvernorat"],
  "PI", "2026-05-20", "day", "Nikshahr", "IR", None, None, None, None, None, False,
  "'Mercredi soir' vs Thursday 21 May -> 20 May. A gathering dispersed with tear gas -> Protest with intervention (events_holdout19's convention); no casualties stated -> null. 'plusieurs centaines' are participants."),
]

# -------------------------------------------------------------- holdout20-008
ARTICLES.append(A(8, "en", "article", "2026-05-23T07:45:00Z",
"Jaish al-Adl claims Nikshahr bombing as Iran toll rises to 16",
"""
DUBAI - The Baluch militant group Jaish al-Adl has claimed responsibility for Wednesday's twin suicide bombing in Nikshahr, in a statement posted on Friday on its Telegram channel.

The group said its "martyrdom-seekers" had killed "more than 60 Revolutionary Guards and police agents". Iran's interior ministry rejected that figure and said 16 people had been killed, the two bombers among them, after a wounded policeman died on Friday. It did not dispute that the group carried out the attack.

Islamic State's Khorasan branch, which a provincial official had named as a possible culprit on Wednesday, said in a message on Friday that it had "no link" to the bombing. A senior police commander said on Saturday that fighters of Ansar al-Furqan, a smaller Baluch group, "may have been" involved in smuggling the explosives.

Jaish al-Adl, which Iran calls a terrorist organisation, has carried out dozens of attacks since it emerged in 2012. In 2021, it claimed a car bomb outside a police station in Sarbaz that killed four officers. Last November, its fighters abducted three engineers from a road-building company near Bampur; two were freed after 40 days.

The claim comes as Tehran and Islamabad prepare talks on border security. The Iranian government has offered a reward of 5 billion rials for information on the network.

Residents of Nikshahr said most shops had reopened on Saturday, but that checkpoints now stood every 500 metres on the main road.
"""))
GOLD += [
E(8, ["Wednesday's twin suicide bombing in Nikshahr", "the group carried out the attack"],
  "SUI", "2026-05-20", "day", "Nikshahr", "IR", 16, None, "exact", "Jaish al-Adl", "Jaish al-Adl", False,
  "'Wednesday's' vs Saturday 23 May -> 20 May. 'Jaish al-Adl has claimed responsibility' -> claimant and perpetrator 'Jaish al-Adl' (no earlier set names the group; the common English spelling). The ministry rejects the claimant's figure ('more than 60 ...', never used) but not the authorship. '16 people had been killed, the two bombers among them' -> 16 (inside), exact. The Islamic State Khorasan 'no link' is a denial, not a claim; Ansar al-Furqan 'may have been' involved is speculation. 'since ... 2012', 'dozens of attacks' (generic, not coded), '5 billion rials', '500 metres' are not casualties."),
E(8, ["it claimed a car bomb outside a police station in Sarbaz"],
  "IED", "2021-01-01", "year", "Sarbaz", "IR", 4, None, "exact", "Jaish al-Adl", "Jaish al-Adl", True,
  "'In 2021' -> year, background. A car bomb with no bomber said to die -> Remote explosive/landmine/IED. Claimed by Jaish al-Adl -> claimant and perpetrator. 'killed four officers' -> 4."),
E(8, ["its fighters abducted three engineers from a road-building company near Bampur"],
  "ABD", "2025-11-01", "month", "Bampur", "IR", None, None, None, "Jaish al-Adl", None, True,
  "'Last November' in a May 2026 article -> November 2025, month, background. 'its fighters' -> Jaish al-Adl as perpetrator; no claim is stated for this event -> claimed_by null. 'three engineers' are abductees; 'two were freed after 40 days' is not a casualty figure."),
]

# -------------------------------------------------------------- holdout20-009
ARTICLES.append(A(9, "en", "article", "2026-05-26T12:00:00Z",
"Iran's intelligence ministry says Nikshahr bombing network dismantled",
"""
TEHRAN - Iran's Ministry of Intelligence said on Tuesday that it had dismantled the network behind last week's twin suicide bombing in Nikshahr, which killed 16 people including the two bombers and was claimed by Jaish al-Adl.

According to the ministry's statement, read on state television:

- On Sunday, intelligence officers arrested nine members of the network in Iranshahr, aged between 20 and 52, and seized two Kalashnikov rifles, 30 detonators and about 1 million dollars' worth of smuggled fuel.

- On Saturday, a 45-year-old fuel smuggler who is accused of driving the two bombers from the Pakistani border and hiding them for four nights was arrested in Qasr-e Qand.

- On Monday, during an operation to detain a second team in the hills near Fanuj, "the terrorists opened fire on our forces". Three militants were killed and two officers were injured in the clash that followed, the statement said.

- On Monday, officers also found and dismantled an explosives workshop in a date-palm grove outside Bampur, seizing some 120 kg of TNT and two suicide vests. No one was there.

The ministry said 35 other people had been summoned for questioning and released. It repeated that anyone with information should call the 113 hotline.

The statement named the network's alleged leader, a 31-year-old man it said had trained across the border, and offered a reward for his capture. Rights groups urged the authorities to give the detainees access to lawyers and said several were relatives of the bombers.
"""))
GOLD += [
E(9, ["last week's twin suicide bombing in Nikshahr"],
  "SUI", "2026-05-20", "day", "Nikshahr", "IR", 16, None, "exact", "Jaish al-Adl", "Jaish al-Adl", False,
  "'last week's' is not a date by itself (dev: 'last week' -> null), but the document names the cluster's attack by its place; coded at its day, 20 May, like events_holdout19's documents that name the attack only by its place (six days before Tuesday 26 May -> current). 'killed 16 people including the two bombers' -> 16 (inside), exact. 'claimed by Jaish al-Adl' -> claimant and perpetrator."),
E(9, ["intelligence officers arrested nine members of the network in Iranshahr"],
  "ARR", "2026-05-24", "day", "Iranshahr", "IR", None, None, None, "police", None, False,
  "'On Sunday' vs Tuesday 26 May -> 24 May. Intelligence officers -> 'police' (dev: intelligence services). The rifles, detonators and fuel belong to the arrest ('aged between 20 and 52', 'two Kalashnikov rifles', '30 detonators', '1 million dollars' are not casualties)."),
E(9, ["a 45-year-old fuel smuggler who is accused of driving the two bombers from the Pakistani border"],
  "ARR", "2026-05-23", "day", "Qasr-e Qand", "IR", None, None, None, "police", None, False,
  "'On Saturday' vs Tuesday 26 May -> 23 May. The suspected facilitator; arrested by the intelligence ministry's officers -> 'police'. '45-year-old' is an age; 'four nights' a span."),
E(9, ["during an operation to detain a second team in the hills near Fanuj", "the clash that followed"],
  "BAT", "2026-05-25", "day", "Fanuj", "IR", 3, 2, "exact", "police", None, False,
  "'On Monday' vs Tuesday 26 May -> 25 May. An arrest operation that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout19); intelligence officers -> 'police'. 'Three militants were killed and two officers were injured' -> 3 killed, 2 injured, the acting force's own figure. Hills near the town -> Fanuj."),
E(9, ["officers also found and dismantled an explosives workshop in a date-palm grove outside Bampur"],
  "DWU", "2026-05-25", "day", "Bampur", "IR", None, None, None, "police", None, False,
  "'On Monday' vs Tuesday 26 May -> 25 May. A workshop dismantled with nobody arrested ('No one was there') -> Disrupted weapons use; intelligence officers -> 'police'. '120 kg', 'two suicide vests' are not casualties. '35 other people had been summoned for questioning and released' are not arrests; '113', '31-year-old' are not casualties. Bampur is also 008's 2025 abduction, a different event."),
]

# -------------------------------------------------------------- holdout20-010
ARTICLES.append(A(10, "fr", "article", "2026-06-12T09:00:00Z",
"« Au Sistan-Baloutchistan, la violence ne s'est jamais arrêtée » : trois questions à un chercheur",
"""
Trois semaines après le double attentat-suicide de Nikshahr, le chercheur Karim Azadi, spécialiste du Baloutchistan, répond à nos questions.

Question : L'attentat du 20 mai à Nikshahr a-t-il surpris les spécialistes ?

Karim Azadi : Par son ampleur, oui : 16 morts, les deux kamikazes compris, et une quarantaine de blessés. Jaish al-Adl l'a revendiqué deux jours plus tard. Mais la violence n'a jamais cessé dans la province. En mars 2021, des hommes armés ont attaqué un poste de police à Konarak : trois policiers ont été tués et deux assaillants abattus. Il y a quatre ans, un kamikaze s'est fait exploser devant une base des Gardiens de la révolution à Dalgan, tuant entre trois et cinq gardiens selon les sources. Et l'an dernier, des militants ont enlevé deux ingénieurs chinois près de Saravan.

Question : Pourquoi le mode opératoire a-t-il changé ?

Karim Azadi : Le recours au kamikaze reste rare chez les groupes baloutches. En 2019, on parlait surtout d'engins explosifs sur les routes, comme celui qui a blessé cinq policiers près de Mehrestan. Depuis 2022, plusieurs dizaines de jeunes ont rejoint des groupes armés, et une partie d'entre eux a été formée de l'autre côté de la frontière, à quelque 50 kilomètres.

Question : Les arrestations annoncées par le ministère du Renseignement changent-elles la donne ?

Karim Azadi : Elles sont spectaculaires, mais l'expérience montre que ces réseaux se reconstituent en six mois. Tant que le chômage dépassera 30 % chez les jeunes de la province, les recruteurs trouveront des candidats. Le budget de développement promis par Téhéran, 2 000 milliards de rials, ne représente qu'une fraction des besoins.

Propos recueillis par notre correspondante régionale.
"""))
GOLD += [
E(10, ["double attentat-suicide de Nikshahr", "L'attentat du 20 mai à Nikshahr", "Jaish al-Adl l'a revendiqué"],
  "SUI", "2026-05-20", "day", "Nikshahr", "IR", 16, 40, "exact", "Jaish al-Adl", "Jaish al-Adl", False,
  "'Le 20 mai' -> 20 May (23 days before Friday 12 June -> current). '16 morts, les deux kamikazes compris, et une quarantaine de blessés' -> 16 (inside), exact; 'une quarantaine' -> 40 (the qualifier describes the exact killed figure). 'Jaish al-Adl l'a revendiqué' -> claimant and perpetrator."),
E(10, ["des hommes armés ont attaqué un poste de police à Konarak"],
  "BAT", "2021-03-01", "month", "Konarak", "IR", 5, None, "exact", None, None, True,
  "'En mars 2021' -> month, background. Unnamed gunmen attacking a police post -> Armed clash with a null initiator (events_holdout19: unnamed attackers of a post). All sides summed: 'trois policiers ont été tués et deux assaillants abattus' -> 3 + 2 = 5, exact."),
E(10, ["un kamikaze s'est fait exploser devant une base des Gardiens de la révolution à Dalgan"],
  "SUI", "2022-01-01", "year", "Dalgan", "IR", 3, None, "at_least", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. No group named -> null. 'tuant entre trois et cinq gardiens' -> a range -> the lower bound, 3, at_least (dev); the text does not count the bomber, and background tolls are left as written (events_holdout19)."),
E(10, ["des militants ont enlevé deux ingénieurs chinois près de Saravan"],
  "ABD", "2025-01-01", "year", "Saravan", "IR", None, None, None, None, None, True,
  "'l'an dernier' vs 2026 -> 2025, year, background. Unnamed 'militants' -> null. 'deux ingénieurs' are abductees."),
E(10, ["celui qui a blessé cinq policiers près de Mehrestan"],
  "IED", "2019-01-01", "year", "Mehrestan", "IR", None, 5, "exact", None, None, True,
  "'En 2019' -> year, background: a roadside explosive device ('engins explosifs sur les routes, comme celui qui ...'). No actor -> null. 'blessé cinq policiers' -> 5 injured, exact. 'Depuis 2022, plusieurs dizaines de jeunes ont rejoint des groupes armés' are recruits, not casualties; '50 kilomètres', 'six mois', '30 %', '2 000 milliards de rials' are not casualties."),
]
