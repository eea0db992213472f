"""Authoring source of benchmarks/events_holdout11 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Khanaqin, Iraq cluster (holdout11-007 to 011), a twin suicide
bombing at one police recruitment centre, the second bomber striking the
rescuers minutes later: the wire flash (007), the revised toll in French
(008), the claim and a march (009), a TV transcript on the arrests (010)
and a French tribune with older attacks (011). Notes are in English, as in
the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout11")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout11-007
ARTICLES.append(A(7, "en", "article", "2026-05-03T11:15:00Z",
"Twin suicide bombing at Iraqi police recruitment centre kills at least nine",
"""
BAGHDAD, May 3 (Wire) - Two suicide bombers killed at least nine people and wounded dozens on Sunday at a police recruitment centre in Khanaqin, near the Iranian border in Diyala province, security sources said.

The first bomber mingled with several hundred young men queueing outside the centre, which had opened that morning to register 1,500 new recruits, and blew himself up at about 9:15 a.m. Minutes later, as police officers and civil defence teams ran to help the wounded, a second bomber detonated his explosive belt in the crowd of rescuers.

"Seventeen of the wounded are in surgery," a doctor at Khanaqin general hospital said by phone. He gave no figure for the other wounded.

A police colonel said the bombing bore the hallmarks of Islamic State cells that still operate in the hills east of the Tigris, but added that Saraya Ansar al-Sunna, a smaller group, may have been behind it. No group has claimed responsibility.

Earlier on Sunday, army engineers defused a roadside bomb on the road between Khanaqin and Qara Tapa, the military said. Nobody was hurt. Late on Saturday, gunmen shot dead a shepherd near Qara Tapa and drove off with 40 of his sheep, local officials said.

The interior ministry imposed a curfew on the town from 6 p.m. and closed the border crossing with Iran for 48 hours.
"""))
GOLD += [
E(7, ["Two suicide bombers killed at least nine people", "The first bomber mingled with several hundred young men", "a second bomber detonated his explosive belt in the crowd of rescuers", "the bombing"],
  "SUI", "2026-05-03", "day", "Khanaqin", "IQ", 9, 12, "at_least", None, None, False,
  "'on Sunday' = publication day, Sunday 3 May. Two bombers at one site (the recruitment centre), the second minutes later among the rescuers -> ONE Suicide bomb event (twin rule). 'at least nine' -> 9, at_least; 'dozens' wounded -> 12 (dev table). 'Seventeen of the wounded are in surgery' is a subset, not the wounded total. 'bore the hallmarks of' and 'may have been behind it' are speculation -> no perpetrator. 'several hundred young men', '1,500 new recruits', 'about 9:15 a.m.', '6 p.m.', '48 hours' are distractors; the curfew is not coded."),
E(7, ["army engineers defused a roadside bomb on the road between Khanaqin and Qara Tapa"],
  "DWU", "2026-05-03", "day", "Khanaqin", "IQ", 0, 0, "exact", "military", None, False,
  "'Earlier on Sunday' -> 3 May. A device defused on its own -> Disrupted weapons use, army engineers -> military. 'Nobody was hurt' is an explicit zero -> 0/0 (events_holdout10 Pouytenga). A road between two places is coded to the first-named place (events_holdout8 rule) -> Khanaqin."),
E(7, ["gunmen shot dead a shepherd near Qara Tapa"],
  "ATK", "2026-05-02", "day", "Qara Tapa", "IQ", 1, None, "exact", None, None, False,
  "'Late on Saturday' vs Sunday 3 May -> 2 May. Unnamed gunmen killing a civilian -> Violence against civilians / Attack, null perpetrator. '40 of his sheep' is not a casualty figure."),
]

# -------------------------------------------------------------- holdout11-008
ARTICLES.append(A(8, "fr", "article", "2026-05-04T09:00:00Z",
"Irak : le bilan de l'attentat de Khanaqin s'alourdit",
"""
KHANAQIN (Irak), 4 mai - Le bilan du double attentat-suicide qui a frappé dimanche un centre de recrutement de la police à Khanaqin, dans la province de Diyala, s'est alourdi à vingt-deux morts, a annoncé lundi le ministère irakien de la Santé, qui précise que les deux kamikazes ne sont pas inclus dans ce bilan.

Le bilan provisoire communiqué dimanche à la mi-journée faisait état de neuf morts. Dans la soirée, la police parlait de dix-neuf morts, puis trois blessés ont succombé dans la nuit à l'hôpital de Khanaqin. Parmi les victimes figurent quatre policiers et un garçon de 15 ans venu accompagner son frère. On compte en outre 61 blessés, dont neuf blessés graves transférés à Bagdad par hélicoptère.

Le second kamikaze a actionné sa ceinture une dizaine de minutes après le premier, au milieu des secouristes, ce qui explique le nombre élevé de policiers et d'ambulanciers touchés, selon un officier.

Dans la nuit de dimanche à lundi, des hommes armés ont attaqué un poste des peshmergas kurdes près de Kifri, à environ 60 kilomètres au nord-ouest, tuant deux combattants, selon un communiqué des autorités kurdes. Les assaillants ont pris la fuite.

Les autorités ont décrété trois jours de deuil dans la province. Le Premier ministre a ordonné l'ouverture d'une enquête et suspendu le commandant de la police de Khanaqin, en poste depuis 2019. Aucune revendication n'avait été publiée lundi matin.
"""))
GOLD += [
E(8, ["Le bilan du double attentat-suicide qui a frappé dimanche un centre de recrutement de la police à Khanaqin", "Le second kamikaze a actionné sa ceinture"],
  "SUI", "2026-05-03", "day", "Khanaqin", "IQ", 24, 61, "exact", None, None, False,
  "'dimanche' vs Monday 4 May -> 3 May. Toll revised inside the article: 'neuf morts' -> 'dix-neuf morts' -> three wounded died overnight -> 'vingt-deux morts' (the stated final figure), and 'les deux kamikazes ne sont pas inclus dans ce bilan' adds them, like 'sans compter' (events_holdout10 Koupéla) -> 22 + 2 = 24. '61 blessés' -> injured 61; 'dont neuf blessés graves' is a subset. 'quatre policiers' is a subset; '15 ans' an age; 'une dizaine de minutes' a span. No claim -> null. The suspension of the police chief and the mourning are not coded; 'depuis 2019' is not an event."),
E(8, ["des hommes armés ont attaqué un poste des peshmergas kurdes près de Kifri"],
  "BAT", "2026-05-03", "day", "Kifri", "IQ", 2, None, "exact", None, None, False,
  "'Dans la nuit de dimanche à lundi' -> dated at the start of the night, Sunday 3 May (events_holdout10 Afadé). Unnamed gunmen attacking a Peshmerga post -> Armed clash with a null perpetrator. Two fighters killed. 'environ 60 kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout11-009
ARTICLES.append(A(9, "en", "article", "2026-05-05T10:00:00Z",
"Islamic State says it was behind Khanaqin bombing; mourners march",
"""
BAGHDAD, May 5 - The Islamic State said on Monday it was behind Sunday's twin suicide bombing at a police recruitment centre in Khanaqin, which left 24 dead, the two attackers among them, and 61 wounded.

In a statement carried by its Amaq news agency, the group named the bombers as two Iraqis and said they had killed "more than 80 apostate policemen". It gave no evidence. Iraq's interior ministry called that figure propaganda but said it had no reason to doubt that the group had carried out the attack.

On Monday afternoon, hundreds of mourners marched from the cemetery to the district council building in Khanaqin, chanting against the police command and demanding that recruitment drives be held inside secure compounds. The march passed off peacefully.

Iraqi F-16s struck two Islamic State hideouts near Saadiya on Monday night, killing seven militants, the military said. Officials said the strikes were not directly linked to the bombing.

Separately, a bomb hidden in a rubbish bin exploded near the vegetable market in Qazaniyah on Tuesday morning, wounding four people, police said.

Khanaqin, a mainly Kurdish town of about 175,000 people, lies some 150 km north-east of Baghdad. Its police force has been short of men since 2014, and officials had hoped to recruit 1,500 officers this year.
"""))
GOLD += [
E(9, ["Sunday's twin suicide bombing at a police recruitment centre in Khanaqin", "carried out the attack"],
  "SUI", "2026-05-03", "day", "Khanaqin", "IQ", 24, 61, "exact", "Islamic State", "Islamic State", False,
  "'Sunday's' vs Tuesday 5 May -> 3 May. 'left 24 dead, the two attackers among them' -> 24 (bombers inside), 61 wounded. 'said ... it was behind' is a claim -> Islamic State as claimant and perpetrator; the ministry disputes the claimant's toll, not the authorship. 'more than 80 apostate policemen' is the claimant's toll, not used."),
E(9, ["hundreds of mourners marched from the cemetery to the district council building in Khanaqin", "The march passed off peacefully"],
  "PP", "2026-05-04", "day", "Khanaqin", "IQ", None, None, None, None, None, False,
  "'On Monday afternoon' vs Tuesday 5 May -> 4 May. A funeral march chanting against the police command, with a demand -> Peaceful protest (events_holdout/holdout10 rule). 'hundreds of mourners' are participants."),
E(9, ["Iraqi F-16s struck two Islamic State hideouts near Saadiya", "the strikes"],
  "AIR", "2026-05-04", "day", "Saadiya", "IQ", 7, None, "exact", "military", None, False,
  "'on Monday night' vs Tuesday 5 May -> 4 May. Iraqi air force -> military. 'killing seven militants' is the acting force's own figure, the only one."),
E(9, ["a bomb hidden in a rubbish bin exploded near the vegetable market in Qazaniyah"],
  "IED", "2026-05-05", "day", "Qazaniyah", "IQ", None, 4, "exact", None, None, False,
  "'on Tuesday morning' = publication day, 5 May. Four wounded, no killed figure. Unnamed -> null. 'about 175,000 people', 'some 150 km', 'since 2014', '1,500 officers' are distractors."),
]

# -------------------------------------------------------------- holdout11-010
ARTICLES.append(A(10, "en", "transcript", "2026-05-07T19:00:00Z",
"Rafidain TV, evening news: first arrests after Khanaqin bombing",
"""
[00:00:05] ANCHOR (LAYLA HADI): Good evening. Four days after the twin suicide bombing in Khanaqin, Iraqi security forces say they have made their first arrests. Our correspondent Omar Jabbar is there. Omar?

[00:00:16] OMAR JABBAR: Thank you, Layla. Counter-terrorism police detained nine men in Khanaqin on Tuesday, in raids on two houses in the north of the town. They say one of the houses was used to build the explosive belts. They found about 12 kilograms of TNT and two unfinished belts there.

[00:00:49] ANCHOR: And there was a raid overnight?

[00:00:52] OMAR JABBAR: Yes. Late on Wednesday, counter-terrorism forces surrounded a farm near Naft Khana, about 30 km to the south. The suspect inside opened fire. He was killed in the shoot-out, and two officers were wounded.

[00:01:21] ANCHOR: And the man described as a recruiter?

[00:01:25] OMAR JABBAR: A 38-year-old mechanic suspected of recruiting both bombers was held at a checkpoint in Qara Tapa on Wednesday morning by National Security Service officers. They say he had travelled to Syria twice since 2023. More than 120 people have been questioned, and about 300 homes searched.

[00:02:02] ANCHOR: Has the toll changed?

[00:02:05] OMAR JABBAR: No, it stands at 24, counting the two bombers, with 61 wounded, nine still in intensive care. Investigators are treating the Islamic State's claim of responsibility, made on Monday, as genuine.

[00:02:31] ANCHOR: The interior ministry has offered a reward of 50 million dinars for information. The hotline is 131. Omar Jabbar in Khanaqin, thank you.
"""))
GOLD += [
E(10, ["the twin suicide bombing in Khanaqin", "the Islamic State's claim of responsibility"],
  "SUI", "2026-05-03", "day", "Khanaqin", "IQ", 24, 61, "exact", "Islamic State", "Islamic State", False,
  "'Four days after' vs Thursday 7 May -> 3 May (also the cluster's Sunday). 'it stands at 24, counting the two bombers' -> 24 (bombers inside), 61 wounded; 'nine still in intensive care' is a subset. 'the Islamic State's claim of responsibility ... as genuine' -> claimant and perpetrator."),
E(10, ["Counter-terrorism police detained nine men in Khanaqin on Tuesday"],
  "ARR", "2026-05-05", "day", "Khanaqin", "IQ", None, None, None, "police", None, False,
  "'on Tuesday' vs Thursday 7 May -> 5 May. Counter-terrorism police -> police. The TNT ('about 12 kilograms') and unfinished belts found in the raids belong to the arrest."),
E(10, ["counter-terrorism forces surrounded a farm near Naft Khana", "the shoot-out"],
  "BAT", "2026-05-06", "day", "Naft Khana", "IQ", 1, 2, "exact", "police", None, False,
  "'Late on Wednesday' / 'overnight' vs Thursday 7 May -> 6 May. A raid that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout10 Gurguri); counter-terrorism forces -> police. One suspect killed, two officers wounded. 'about 30 km' is a distance."),
E(10, ["A 38-year-old mechanic suspected of recruiting both bombers was held at a checkpoint in Qara Tapa"],
  "ARR", "2026-05-06", "day", "Qara Tapa", "IQ", None, None, None, "police", None, False,
  "'on Wednesday morning' -> 6 May. The suspected recruiter's arrest: another place and day -> its own Arrests event. The National Security Service (an intelligence service) -> police (dev convention). '38-year-old' is an age, 'since 2023' no event; 'More than 120 people have been questioned' and 'about 300 homes searched' are not arrests; '50 million dinars' and '131' (hotline) are distractors. The timestamps are not numbers of the events."),
]

# -------------------------------------------------------------- holdout11-011
ARTICLES.append(A(11, "fr", "article", "2026-05-26T08:00:00Z",
"Tribune : Diyala, la province que l'on croyait pacifiée",
"""
Trois semaines après le double attentat-suicide du 3 mai contre le centre de recrutement de la police de Khanaqin, qui a fait vingt-quatre morts, kamikazes compris, et dont l'État islamique dit être à l'origine, il faut cesser de parler de « résidus » du groupe dans la province de Diyala.

Les signes étaient là. En 2019, un kamikaze s'était fait exploser dans une fête de mariage à Abu Saida, faisant une dizaine de morts. En novembre 2022, deux kamikazes avaient frappé à quelques minutes d'intervalle le marché de Khan Bani Saad, tuant dix-neuf personnes, une attaque revendiquée par l'EI. Le même mois, une bombe artisanale avait tué trois soldats près d'Udhaim. Il y a trois ans, des hommes armés avaient enlevé cinq bergers près de Mansuriya ; on ne les a jamais revus.

L'armée a répondu par la force. Il y a deux ans, elle a affirmé avoir tué une quinzaine de jihadistes lors d'une opération dans les vergers de Hibhib. Personne n'a pu vérifier ce chiffre.

Le problème est ailleurs. Diyala compte près de 1,7 million d'habitants, des milices concurrentes et une frontière de plus de 200 kilomètres avec l'Iran. Les recrues de Khanaqin attendaient dehors, sans protection, parce que le centre ne pouvait accueillir que 50 personnes à la fois.

Tant que l'État ne protégera pas ceux qui veulent le servir, l'EI n'aura qu'à attendre devant ses portes.

L'auteur est chercheur associé dans un centre d'études basé à Erbil.
"""))
GOLD += [
E(11, ["double attentat-suicide du 3 mai contre le centre de recrutement de la police de Khanaqin"],
  "SUI", "2026-05-03", "day", "Khanaqin", "IQ", 24, None, "exact", "Islamic State", "Islamic State", False,
  "'du 3 mai' -> day; 23 days before publication -> current. 'vingt-quatre morts, kamikazes compris' -> 24 (bombers inside). 'dont l'État islamique dit être à l'origine' is a claim -> claimant and perpetrator."),
E(11, ["un kamikaze s'était fait exploser dans une fête de mariage à Abu Saida"],
  "SUI", "2019-01-01", "year", "Abu Saida", "IQ", 10, None, "about", None, None, True,
  "'En 2019' -> year, background. 'une dizaine de morts' -> 10, about (dev table). No actor named."),
E(11, ["deux kamikazes avaient frappé à quelques minutes d'intervalle le marché de Khan Bani Saad", "une attaque revendiquée par l'EI"],
  "SUI", "2022-11-01", "month", "Khan Bani Saad", "IQ", 19, None, "exact", "Islamic State", "Islamic State", True,
  "'En novembre 2022' -> month, background. Two bombers at one market minutes apart -> one event. 'dix-neuf personnes' -> 19. 'revendiquée par l'EI' -> claimant and perpetrator."),
E(11, ["une bombe artisanale avait tué trois soldats près d'Udhaim"],
  "IED", "2022-11-01", "month", "Udhaim", "IQ", 3, None, "exact", None, None, True,
  "'Le même mois' after 'En novembre 2022' -> November 2022, month, background. No actor named."),
E(11, ["des hommes armés avaient enlevé cinq bergers près de Mansuriya"],
  "ABD", "2023-01-01", "year", "Mansuriya", "IQ", None, None, None, None, None, True,
  "'Il y a trois ans' in 2026 -> 2023, year, background. Unnamed gunmen -> null; five abductees are not casualties."),
E(11, ["une opération dans les vergers de Hibhib"],
  "BAT", "2024-01-01", "year", "Hibhib", "IQ", 15, None, "about", "military", None, True,
  "'Il y a deux ans' in 2026 -> 2024, year, background. An army operation that kills fighters -> Armed clash initiated by the military; 'une quinzaine de jihadistes' -> 15, about; the acting force's figure is the only one ('Personne n'a pu vérifier'). '1,7 million d'habitants', 'plus de 200 kilomètres', '50 personnes à la fois' are distractors."),
]
