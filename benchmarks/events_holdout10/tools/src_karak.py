"""Authoring source of benchmarks/events_holdout10 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Karak, Pakistan cluster (holdout10-001 to 006), a twin suicide
bombing at two gates of one police training school: the wire flash (001),
the revised toll (002), the claim (003), a radio bulletin on the arrests
(004), the funeral march in French (005), an analysis with older attacks
(006) and a French follow-up a month later, when the bombing has become
background (024). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout10")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout10-001
ARTICLES.append(A(1, "en", "article", "2026-03-10T06:30:00Z",
"Twin suicide blasts hit police school in Karak",
"""
PESHAWAR, March 10 (Wire) - At least eleven people were killed and dozens wounded on Tuesday when two suicide bombers attacked a police training school in Karak, in Pakistan's Khyber Pakhtunkhwa province, police said.

The first bomber blew himself up at the main gate at about 8:50 a.m., as some 600 recruits were lining up for the morning drill. Minutes later a second attacker detonated his vest at the rear gate of the same compound, about 400 metres away, as wounded recruits were being carried out, a district police officer told reporters.

"Most of the dead are young constables," he said. Among them was a 19-year-old recruit from Lachi who had joined the school three weeks ago. It was not clear whether the toll included the two attackers. Investigators believe each vest held between 8 and 10 kilograms of explosives.

No group has claimed the attack. A senior police official said the Pakistani Taliban may have been behind it, as the group has targeted police in the southern districts of the province before.

Hours earlier, a roadside bomb wounded two soldiers near Latamber, about 30 km from the school, security officials said. They said the soldiers were in stable condition.

Ambulances ferried the wounded to the district headquarters hospital in Karak, where doctors appealed for blood donors. Twelve of the most seriously hurt were flown to Peshawar by helicopter.

The provincial government announced compensation of 1 million rupees for the family of each officer killed.
"""))
GOLD += [
E(1, ["two suicide bombers attacked a police training school in Karak", "The first bomber blew himself up at the main gate", "a second attacker detonated his vest at the rear gate", "the attack"],
  "SUI", "2026-03-10", "day", "Karak", "PK", 11, 12, "at_least", None, None, False,
  "'on Tuesday' = publication day, Tuesday 10 March. Twin suicide bombing at two gates of one compound (the police training school), minutes apart -> ONE Suicide bomb event (events_holdout5 Batkhela: gate and yard of one station). 'At least eleven' -> 11, at_least (taken as written: 'not clear whether the toll included the two attackers'). 'dozens wounded' -> 12 (dev table); the qualifier describes the killed figure. 'may have been behind it' is speculation -> no perpetrator. '8:50 a.m.', 'some 600 recruits', '400 metres', '19-year-old', 'three weeks', 'between 8 and 10 kilograms', 'Twelve of the most seriously hurt' (a subset), '1 million rupees' are distractors."),
E(1, ["a roadside bomb wounded two soldiers near Latamber"],
  "IED", "2026-03-10", "day", "Latamber", "PK", None, 2, "exact", None, None, False,
  "'Hours earlier' on the day of the bombing -> 10 March. Two wounded, no killed figure -> killed null, injured 2, exact. Unnamed -> null. 'about 30 km' is a distance."),
]

# -------------------------------------------------------------- holdout10-002
ARTICLES.append(A(2, "en", "article", "2026-03-11T08:00:00Z",
"Karak police school bombing toll climbs to 23",
"""
KARAK, Pakistan, March 11 - The twin suicide bombing at the police training school in Karak killed twenty-three people besides the two bombers, officials said on Wednesday, as funerals were held across the district.

The toll has risen steadily since Tuesday morning. Police first reported eleven dead; by Tuesday evening the figure was 20, and three of the wounded died overnight at the district hospital, bringing the number of victims to 23. Forty-one people remain in hospital, eight of them in critical condition, a hospital spokesman said.

Investigators said the two attackers, believed to be aged between 18 and 20, arrived in a rickshaw and split up outside the compound. One walked to the main gate; the other went round to the rear gate and waited for the first explosion. Police have recovered the head of one of the bombers and a part of the rickshaw's number plate.

The school, which trains about 1,200 recruits a year, had been attacked before. In 2022, gunmen fired on the compound from a hillside for nearly an hour, wounding two guards, before fleeing.

"We had asked for a second wall and 30 more guards," a retired police officer who once ran the school said. "The file is still with the ministry."

Twelve ambulances and two helicopters were used to move the wounded, officials said. The chief minister visited the hospital and promised 1 million rupees to each family.
"""))
GOLD += [
E(2, ["The twin suicide bombing at the police training school in Karak", "the first explosion"],
  "SUI", "2026-03-10", "day", "Karak", "PK", 25, 41, "exact", None, None, False,
  "'since Tuesday morning' vs Wednesday 11 March -> 10 March. Revised toll inside the article: 'eleven' -> '20' -> 23 (three wounded died overnight); final figure used. 'twenty-three people besides the two bombers' -> 23 + 2 = 25 ('besides' read like 'not counting' / 'as well as': the text counts the bombers apart from the victims, events_test and events_holdout7 rules). 'Forty-one people remain in hospital' is the only wounded figure -> 41 (still-in-hospital rule); 'eight of them' is a subset. Two bombers at the main and the rear gate of one compound -> one event. Unclaimed, no actor. 'aged between 18 and 20', 'about 1,200 recruits', '30 more guards', 'Twelve ambulances', 'two helicopters', '1 million rupees' are distractors."),
E(2, ["gunmen fired on the compound from a hillside"],
  "BAT", "2022-01-01", "year", "Karak", "PK", None, 2, "exact", None, None, True,
  "'In 2022' -> year, background. Unnamed gunmen firing on a police compound -> Armed clash with a null perpetrator (events_holdout5 Dargai, events_holdout9 Kohlu). Two guards wounded -> injured 2, killed null. 'nearly an hour' is a span."),
]

# -------------------------------------------------------------- holdout10-003
ARTICLES.append(A(3, "en", "article", "2026-03-12T10:00:00Z",
"Jamaat-ul-Ahrar claims Karak bombing; Pakistani Taliban deny role",
"""
ISLAMABAD, March 12 - Jamaat-ul-Ahrar, a splinter faction of the Pakistani Taliban, claimed responsibility on Wednesday for Tuesday's twin suicide bombing at a police training school in Karak, which killed 25 people, the two bombers among them, and wounded 41.

In a statement sent to journalists, the faction said two of its "martyrs" had killed "more than 60 police apostates" and warned of further attacks on police in Khyber Pakhtunkhwa. It named the bombers as brothers from Afghanistan's Kunar province, a claim that could not be verified.

The Pakistani Taliban, or Tehreek-e-Taliban Pakistan, denied any role. "We had nothing to do with the attack on the school," a spokesman said in a message.

Interior Minister Rana Qadir called the faction's toll "a lie to frighten the people", but did not question that it had carried out the bombing. He said 3,000 more police would be deployed in the southern districts and offered a reward of 5 million rupees for information on the handlers.

Separately, gunmen on a motorbike shot dead a police constable at a checkpoint near Latamber late on Wednesday, police said. The attackers escaped. The constable, 41, had served in the district for nineteen years.

The Karak school reopened on Thursday under army guard, with recruits attending classes in tents 200 metres from the damaged main gate.
"""))
GOLD += [
E(3, ["Tuesday's twin suicide bombing at a police training school in Karak", "the attack on the school", "carried out the bombing"],
  "SUI", "2026-03-10", "day", "Karak", "PK", 25, 41, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", False,
  "'Tuesday's' vs Thursday 12 March -> 10 March. '25 people, the two bombers among them' -> 25 (bombers already inside); 'wounded 41'. Claimed by Jamaat-ul-Ahrar (canonical name of events_holdout2, a TTP splinter, not merged into the TTP). The TTP's denial is a rival's denial and does not dispute the claim; the minister disputes the toll, not the authorship -> perpetrator = claimant. The claim's 'more than 60 police apostates' is not used. '3,000 more police', '5 million rupees', '200 metres' are distractors."),
E(3, ["gunmen on a motorbike shot dead a police constable at a checkpoint near Latamber"],
  "BAT", "2026-03-11", "day", "Latamber", "PK", 1, None, "exact", None, None, False,
  "'late on Wednesday' vs Thursday 12 March -> 11 March. A policeman killed at a checkpoint by unnamed attackers -> Armed clash with a null perpetrator (events_holdout5 Dargai, events_holdout9 Kohlu). '41' is an age, 'nineteen years' a span."),
]

# -------------------------------------------------------------- holdout10-004
ARTICLES.append(A(4, "en", "transcript", "2026-03-14T15:00:00Z",
"Frontier Radio, afternoon bulletin: twelve held after Karak bombing",
"""
HOST: Good afternoon. Police in Karak say they have arrested twelve suspects since the twin suicide bombing at the police training school on Tuesday. Our correspondent Imran Khattak is in Karak. Imran, who has been picked up?

IMRAN KHATTAK: Well, nine men were arrested in Karak town on Thursday, in house-to-house searches around the bus stand. Three more were picked up in Banda Daud Shah yesterday. Police say two suicide jackets and, um, about 15 kilograms of explosives were found in one of the houses there.

HOST: And there's talk of a facilitator?

IMRAN KHATTAK: Yes. A man police describe as the facilitator, a 45-year-old rickshaw owner, was detained at a checkpoint in Teri yesterday. They say he drove the two bombers to the school. More than 50 people have been questioned, but most have gone home.

HOST: There was also a shoot-out last night, I understand.

IMRAN KHATTAK: That's right. Counter-terrorism police raided a house in Gurguri late on Friday and the men inside opened fire. Two militants were killed and a constable was wounded, the CTD says. The raid lasted about two hours.

HOST: And the toll from Tuesday?

IMRAN KHATTAK: One more of the wounded, a 23-year-old recruit, died this morning, so the toll is now 26, including the two bombers. Doctors say 38 people are still being treated.

HOST: Imran Khattak in Karak, thank you. The helpline for information on the attack is 1717.
"""))
GOLD += [
E(4, ["the twin suicide bombing at the police training school on Tuesday", "the toll from Tuesday"],
  "SUI", "2026-03-10", "day", "Karak", "PK", 26, 38, "exact", None, None, False,
  "'on Tuesday' vs Saturday 14 March -> 10 March. 'One more of the wounded ... died this morning, so the toll is now 26, including the two bombers' -> 26 (final figure within the text; the bombers inside). '38 people are still being treated' is the only wounded figure -> 38. No claim or group named in this bulletin -> null (each document stands alone). '23-year-old' is an age; '1717' a helpline."),
E(4, ["nine men were arrested in Karak town on Thursday"],
  "ARR", "2026-03-12", "day", "Karak", "PK", None, None, None, "police", None, False,
  "'on Thursday' vs Saturday 14 March -> 12 March. One event per place and day (events_holdout5/7); 'twelve suspects' is the total of this and the next arrest. Police -> police."),
E(4, ["Three more were picked up in Banda Daud Shah yesterday"],
  "ARR", "2026-03-13", "day", "Banda Daud Shah", "PK", None, None, None, "police", None, False,
  "'yesterday' -> 13 March. Separate place -> separate Arrests event. The suicide jackets and '15 kilograms of explosives' found in a house there belong to the arrest (weapons seized in an arrest)."),
E(4, ["was detained at a checkpoint in Teri yesterday"],
  "ARR", "2026-03-13", "day", "Teri", "PK", None, None, None, "police", None, False,
  "'yesterday' -> 13 March. The suspected facilitator detained in Teri: another place -> its own Arrests event, police (the bulletin's 'police describe'). '45-year-old' is an age; 'More than 50 people have been questioned' are not arrests."),
E(4, ["Counter-terrorism police raided a house in Gurguri", "The raid lasted"],
  "BAT", "2026-03-13", "day", "Gurguri", "PK", 2, 1, "exact", "police", None, False,
  "'late on Friday' / 'last night' vs Saturday 14 March -> 13 March. A raid that turns into an exchange of fire is an Armed clash initiated by the raiding force (events_holdout Tank raid); CTD -> police. 2 militants killed, 1 constable wounded. 'about two hours' is a span."),
]

# -------------------------------------------------------------- holdout10-005
ARTICLES.append(A(5, "fr", "article", "2026-03-15T11:00:00Z",
"Pakistan : Karak enterre ses jeunes policiers et crie sa colère",
"""
KARAK (Pakistan), 15 mars - Des milliers d'habitants ont défilé samedi dans les rues de Karak derrière les cercueils de quatre jeunes policiers, en scandant des slogans hostiles au gouvernement provincial, accusé de n'avoir rien fait pour protéger l'école de police de la ville. Les commerçants avaient baissé leurs rideaux pour la journée.

L'attentat-suicide de mardi contre l'école, le plus meurtrier dans la région depuis des années, a fait vingt-six morts, dont les deux kamikazes, et quarante et un blessés. Il a été revendiqué par le Jamaat-ul-Ahrar, une faction dissidente des talibans pakistanais, qui ont nié toute implication.

Selon les enquêteurs, les deux kamikazes ont frappé à deux portes différentes de l'école, à quelques minutes d'intervalle. La plupart des victimes avaient entre 19 et 25 ans.

La veille, vendredi, la police avait dispersé à coups de gaz lacrymogène plusieurs centaines de jeunes qui bloquaient la route de l'Indus à Banda Daud Shah pour réclamer des postes de contrôle supplémentaires. Une dizaine de manifestants ont été légèrement blessés, selon les organisateurs.

Une trentaine de personnes ont été entendues par la police depuis mardi, a indiqué un responsable, sans préciser combien restaient en garde à vue.

« Mon fils avait 20 ans. Il voulait servir son pays », a confié un père, Gul Nawaz, 58 ans, venu de Teri, à une vingtaine de kilomètres. Le gouvernement a promis un million de roupies à chaque famille et l'ouverture d'une enquête sur les failles de sécurité.
"""))
GOLD += [
E(5, ["Des milliers d'habitants ont défilé samedi dans les rues de Karak", "Les commerçants avaient baissé leurs rideaux"],
  "PP", "2026-03-14", "day", "Karak", "PK", None, None, None, None, None, False,
  "'samedi' vs Sunday 15 March -> 14 March. A funeral march chanting against the government -> Peaceful protest (events_holdout/holdout5 rule); the traders' shutter-down on the same day and place is part of the same protest (events_holdout 011)."),
E(5, ["L'attentat-suicide de mardi contre l'école", "Il a été revendiqué par le Jamaat-ul-Ahrar"],
  "SUI", "2026-03-10", "day", "Karak", "PK", 26, 41, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", False,
  "'mardi' vs Sunday 15 March -> 10 March. 'vingt-six morts, dont les deux kamikazes' -> 26 (bombers inside); 'quarante et un blessés' -> 41. Claimed by Jamaat-ul-Ahrar; the TTP's denial is a rival's denial. Two bombers at two gates of one school -> one event. 'entre 19 et 25 ans' is an age range."),
E(5, ["la police avait dispersé à coups de gaz lacrymogène plusieurs centaines de jeunes qui bloquaient la route de l'Indus à Banda Daud Shah"],
  "PI", "2026-03-13", "day", "Banda Daud Shah", "PK", None, 10, "about", None, None, False,
  "'La veille, vendredi' -> 13 March. A road blockade with a demand cleared with tear gas -> Protest with intervention (events_holdout7/9). 'Une dizaine de manifestants ont été légèrement blessés' -> injured 10, about (dev table); killed null. 'plusieurs centaines de jeunes' are participants. 'Une trentaine de personnes ont été entendues' are people questioned, not arrested; '20 ans', '58 ans' are ages, 'une vingtaine de kilomètres' a distance."),
]

# -------------------------------------------------------------- holdout10-006
ARTICLES.append(A(6, "en", "article", "2026-03-27T09:00:00Z",
"Analysis: Karak shows how the war on Pakistan's police has moved south",
"""
For years the southern districts of Khyber Pakhtunkhwa were spared the worst of the violence. The twin bombing at the Karak police training school on March 10, which killed 26 people including the two attackers, is a sign that this is over.

Police have been the main target for a decade. In 2019, a suicide bomber blew himself up at a police checkpoint in Daraban, killing nine officers. Three years ago, two bombers struck a crowded market in Sadda, in Kurram, within minutes of each other, killing 31 people; no group ever claimed that attack. Last August, a roadside bomb killed four soldiers near Shewa in North Waziristan.

The Pakistani Taliban have not hidden their hand in some attacks. In March 2021, they claimed an assault on a police station in Ghoriwala, near Bannu, in which two policemen and three of the attackers died. Two years ago, police said they killed eleven militants in a raid near Sarai Naurang, a raid the TTP called a massacre of unarmed men.

The Karak attack was claimed by Jamaat-ul-Ahrar, which split from the TTP in 2014 and rejoined it in 2020, according to analysts, before breaking away again. The two groups now compete for recruits.

A police officer in Karak earns about 45,000 rupees a month, and the province has some 1,500 vacancies. Officials say 70 per cent of police posts in the south lack a boundary wall. "We ask young men to guard the road with a rifle and 30 rounds," a former inspector general said.
"""))
GOLD += [
E(6, ["The twin bombing at the Karak police training school", "The Karak attack"],
  "SUI", "2026-03-10", "day", "Karak", "PK", 26, None, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", False,
  "'on March 10' -> day; 17 days before publication -> current. 'killed 26 people including the two attackers' -> 26. 'was claimed by Jamaat-ul-Ahrar' -> claimant and perpetrator."),
E(6, ["a suicide bomber blew himself up at a police checkpoint in Daraban"],
  "SUI", "2019-01-01", "year", "Daraban", "PK", 9, None, "exact", None, None, True,
  "'In 2019' -> year, background. 'killing nine officers' -> 9, exact. No actor named."),
E(6, ["two bombers struck a crowded market in Sadda", "that attack"],
  "SUI", "2023-01-01", "year", "Sadda", "PK", 31, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. Two bombers at one market minutes apart -> one Suicide bomb event (twin rule). 31 killed. 'no group ever claimed' -> null."),
E(6, ["a roadside bomb killed four soldiers near Shewa"],
  "IED", "2025-08-01", "month", "Shewa", "PK", 4, None, "exact", None, None, True,
  "'Last August' in a March 2026 article -> August 2025, month precision, background. No actor."),
E(6, ["an assault on a police station in Ghoriwala"],
  "BAT", "2021-03-01", "month", "Ghoriwala", "PK", 5, None, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", True,
  "'In March 2021' -> month, background. An assault on a police station -> Armed clash initiated by the attackers; 'they claimed' (the Pakistani Taliban) -> TTP. All sides: two policemen + three attackers = 5."),
E(6, ["they killed eleven militants in a raid near Sarai Naurang", "a raid the TTP called a massacre"],
  "BAT", "2024-01-01", "year", "Sarai Naurang", "PK", 11, None, "exact", "police", None, True,
  "'Two years ago' -> 2024, year, background. A police raid that the police describe as a fight with militants -> Armed clash initiated by the raiding force; the police's own figure (11) is the only one. The TTP's 'massacre of unarmed men' disputes who died, not the figure. 'split ... in 2014 and rejoined it in 2020' are not events; '45,000 rupees', '1,500 vacancies', '70 per cent', '30 rounds' are distractors."),
]

# -------------------------------------------------------------- holdout10-024
ARTICLES.append(A(24, "fr", "article", "2026-04-12T09:00:00Z",
"Pakistan : un mois après l'attentat, Karak vit sous haute surveillance",
"""
KARAK (Pakistan), 12 avril - Un mois après le double attentat-suicide du 10 mars contre l'école de police de Karak, qui a fait vingt-six morts, kamikazes compris, la ville vit au rythme des fouilles et des barrages. L'attaque avait été revendiquée par le Jamaat-ul-Ahrar.

L'enquête avance. Le 2 avril, la police antiterroriste a arrêté à Banda Daud Shah un homme de 31 ans présenté comme le recruteur des deux kamikazes. Selon les enquêteurs, il leur aurait versé 200 000 roupies chacun.

Mais la menace demeure. Mardi dernier, une bombe artisanale a tué un policier et blessé deux autres à un poste de contrôle près de Sabirabad, à une quinzaine de kilomètres de Karak. L'attaque n'a pas été revendiquée.

Jeudi, des centaines d'étudiants ont manifesté devant le bureau du commissaire de Karak pour réclamer la réouverture des écoles, fermées depuis l'attentat. Ils se sont dispersés dans le calme au bout de deux heures.

La région n'en est pas à sa première alerte. Il y a deux ans, un kamikaze avait visé un convoi de police à Latamber, sans faire d'autres victimes que lui-même. « On pensait alors que c'était un accident de parcours », se souvient un commerçant.

L'école de police, elle, n'a toujours pas rouvert. Ses quelque 600 recrues suivent leur formation à Kohat, à 120 kilomètres. La reconstruction du mur d'enceinte, estimée à 50 millions de roupies, doit commencer en mai.
"""))
GOLD += [
E(24, ["le double attentat-suicide du 10 mars contre l'école de police de Karak", "L'attaque avait été revendiquée", "fermées depuis l'attentat"],
  "SUI", "2026-03-10", "day", "Karak", "PK", 26, None, "exact", "Jamaat-ul-Ahrar", "Jamaat-ul-Ahrar", True,
  "'du 10 mars' -> day; 33 days before Sunday 12 April -> background under the 30-day rule, although it is the article's subject. 'vingt-six morts, kamikazes compris' -> 26. Claimed by the Jamaat-ul-Ahrar. 'Un mois après' is a span."),
E(24, ["la police antiterroriste a arrêté à Banda Daud Shah un homme de 31 ans"],
  "ARR", "2026-04-02", "day", "Banda Daud Shah", "PK", None, None, None, "police", None, False,
  "'Le 2 avril' -> day. Counter-terrorism police -> police. '31 ans' is an age, '200 000 roupies' money."),
E(24, ["une bombe artisanale a tué un policier et blessé deux autres à un poste de contrôle près de Sabirabad", "L'attaque n'a pas été revendiquée"],
  "IED", "2026-04-07", "day", "Sabirabad", "PK", 1, 2, "exact", None, None, False,
  "'Mardi dernier' vs Sunday 12 April -> Tuesday 7 April. 1 killed, 2 injured. Unclaimed, no actor. 'une quinzaine de kilomètres' is a distance."),
E(24, ["des centaines d'étudiants ont manifesté devant le bureau du commissaire de Karak"],
  "PP", "2026-04-09", "day", "Karak", "PK", None, None, None, None, None, False,
  "'Jeudi' vs Sunday 12 April -> 9 April. A gathering with a demand that disperses 'dans le calme' -> Peaceful protest. 'des centaines' are participants, 'deux heures' a span."),
E(24, ["un kamikaze avait visé un convoi de police à Latamber"],
  "SUI", "2024-01-01", "year", "Latamber", "PK", 1, 0, "exact", None, None, True,
  "'Il y a deux ans' -> 2024, year, background. 'sans faire d'autres victimes que lui-même' -> the bomber died (killed 1, the text names his death: bombers count) and nobody else was killed or hurt (injured 0). '600 recrues', '120 kilomètres', '50 millions de roupies' are distractors; Kohat is named only as where training continues."),
]
