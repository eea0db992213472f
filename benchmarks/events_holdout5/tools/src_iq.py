"""Authoring source of benchmarks/events_holdout5 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the twin suicide bombing of a police recruitment centre in Fallujah,
Iraq (holdout5-006 to 010): a newest-first live blog (006), the revised toll
(007), the claim (008), the arrests (fr 009) and a TV discussion that
recalls older attacks (010). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout5")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout5-006
ARTICLES.append(A(6, "en", "article", "2026-04-09T13:40:00Z",
"Live: explosions at Fallujah police recruitment centre",
"""
Live updates on the explosions in Fallujah, Anbar province. Times are local (UTC+3). Newest first.

16:40 - The health ministry now says 19 people were killed and 34 wounded in the two blasts at the recruitment centre. The wounded have been taken to Fallujah Teaching Hospital and to Baghdad. Blood donors are queueing outside the hospital.

15:55 - Prime minister's office announces three days of mourning and says the interior minister is on his way to Anbar.

15:20 - Anbar police chief Major General Khalid Jassim tells reporters that both explosions were carried out by suicide bombers. The first man walked into a crowd of about 300 young men waiting to register as police recruits at 8:45 a.m. The second, he says, blew himself up some ten minutes later "among the people who ran to help". No group has claimed the attack yet.

14:05 - In other news from Anbar: a roadside bomb killed one soldier and wounded two this morning near Heet, about 60 km west of Fallujah, a security source says. It is not clear whether the two incidents are linked.

13:30 - The toll is rising. A police source now speaks of 12 dead.

12:10 - Hospital officials say at least seven people were killed.

11:50 - Two explosions have hit the police recruitment centre on the eastern edge of Fallujah, witnesses say. Ambulances are rushing to the area and security forces have sealed the road to the centre.
"""))
GOLD += [
E(6, ["the two blasts at the recruitment centre", "both explosions were carried out by suicide bombers", "The first man walked into a crowd", "The second, he says, blew himself up", "claimed the attack", "Two explosions have hit the police recruitment centre"],
  "SUI", "2026-04-09", "day", "Fallujah", "IQ", 19, 34, "exact", None, None, False,
  "All entries fall on the publication day, Thursday 9 April (UTC+3). Two suicide bombers at the same centre about ten minutes apart -> one Suicide bomb event (events_val rule). Newest-first blog: the top entry's 19 killed, 34 wounded is the final figure (holdout3 rule); '12 dead', 'at least seven' are superseded. Unclaimed -> null. 'about 300 young men', '8:45 a.m.', 'ten minutes', 'three days of mourning' are distractors."),
E(6, ["a roadside bomb killed one soldier and wounded two this morning near Heet"],
  "IED", "2026-04-09", "day", "Heet", "IQ", 1, 2, "exact", None, None, False,
  "'this morning' = publication day. 'about 60 km' is a distance. Speculation about a link sets nothing."),
]

# --------------------------------------------------------------- holdout5-007
ARTICLES.append(A(7, "en", "article", "2026-04-10T09:00:00Z",
"Fallujah bombing toll rises to 23 as details of bombers emerge",
"""
FALLUJAH, Iraq (Anbar Herald) - The number of people killed in Thursday's twin suicide bombing at a police recruitment centre in Fallujah has risen to at least 23, not counting the two bombers, officials said on Friday, up from the 19 announced on Thursday afternoon. Forty-one people were wounded, six of them critically.

Most of the dead were young men aged between 18 and 25 who had come to apply for some 1,500 police posts the province opened last month. Two of the dead were officers who had been checking papers at the gate.

An interior ministry spokesman said both bombers were Iraqi men from outside Anbar. One wore a recruit's white shirt and carried a forged identity card, he said, and the second arrived in a taxi nine minutes after the first explosion.

Hundreds of mourners marched behind the coffins through the city centre on Thursday evening, chanting against the security forces for failing to protect the queue. The march ended peacefully.

Also on Thursday, Iraqi F-16 jets struck an Islamic State hideout in the desert west of Haditha, killing five militants, the Joint Operations Command said.

No group had claimed the bombing by Friday morning. Islamic State has carried out occasional attacks in Anbar's desert, but bombings in the province's cities have become rare since 2019.

The provincial council has suspended recruitment for two weeks and promised compensation of 10 million dinars to each victim's family.
"""))
GOLD += [
E(7, ["Thursday's twin suicide bombing at a police recruitment centre in Fallujah", "the first explosion", "the bombing"],
  "SUI", "2026-04-09", "day", "Fallujah", "IQ", 25, 41, "at_least", None, None, False,
  "'Thursday's' vs Friday 10 April -> 9 April. 'at least 23, not counting the two bombers' -> 23 + 2 = 25, at_least (events_holdout rule for 'not counting'); 'the 19 announced' is superseded. 'Forty-one people were wounded' -> 41; 'six of them critically' is a subset. Unclaimed -> null. 'aged between 18 and 25', '1,500 police posts', 'nine minutes', '10 million dinars', 'two weeks' are distractors."),
E(7, ["Hundreds of mourners marched behind the coffins"],
  "PP", "2026-04-09", "day", "Fallujah", "IQ", None, None, None, None, None, False,
  "'on Thursday evening' -> 9 April. A funeral march chanting against officials -> Peaceful protest (events_holdout rule). 'Hundreds' are participants."),
E(7, ["Iraqi F-16 jets struck an Islamic State hideout"],
  "AIR", "2026-04-09", "day", "Haditha", "IQ", 5, None, "exact", "military", None, False,
  "'Also on Thursday' -> 9 April. The place is 'in the desert west of Haditha', the nearest named place. Iraqi jets announced by the Joint Operations Command -> military; 'five militants' is the acting force's only figure."),
]

# --------------------------------------------------------------- holdout5-008
ARTICLES.append(A(8, "en", "article", "2026-04-11T10:00:00Z",
"Islamic State claims Fallujah twin bombing",
"""
BAGHDAD, April 11 (Wire) - Islamic State claimed responsibility late on Friday for the twin suicide bombing that killed 25 people, including the two bombers, at a police recruitment centre in Fallujah on Thursday, the group's Amaq agency said.

The statement named the bombers as Abu Hafs al-Iraqi and Abu Obaida al-Ansari and said they had killed "more than 100 apostates" of the Iraqi police. Iraqi officials put the toll of wounded at 41.

"These are the last gasps of a defeated gang," a government spokesman said, adding that Islamic State "will not be allowed to return to the cities".

In the same statement the group also claimed a roadside bomb that killed two soldiers near al-Qaim, on the Syrian border, on Thursday. The army confirmed the two deaths and said a third soldier was wounded.

The Fallujah attack was the deadliest in Anbar since 2019, when a suicide car bomber struck a checkpoint at the entrance of Amiriyat al-Fallujah, killing eight police officers and civilians.

Security analysts say the group retains between 1,000 and 1,500 fighters in Iraq, most of them in desert areas and the Makhoul mountains. It has lost most of its senior commanders in the past three years, they say.

Recruitment at the Fallujah centre, where 1,500 posts were on offer, has been suspended.
"""))
GOLD += [
E(8, ["the twin suicide bombing that killed 25 people", "The Fallujah attack"],
  "SUI", "2026-04-09", "day", "Fallujah", "IQ", 25, 41, "exact", "Islamic State", "Islamic State", False,
  "'on Thursday' vs Saturday 11 April -> 9 April. '25 people, including the two bombers' -> 25; 41 wounded. Claimed by Islamic State, undisputed -> perpetrator too. The claim's 'more than 100 apostates' is not used."),
E(8, ["a roadside bomb that killed two soldiers near al-Qaim"],
  "IED", "2026-04-09", "day", "al-Qaim", "IQ", 2, 1, "exact", "Islamic State", "Islamic State", False,
  "'on Thursday' -> 9 April. Claimed in the same statement; the army confirms 2 dead and 1 wounded."),
E(8, ["a suicide car bomber struck a checkpoint at the entrance of Amiriyat al-Fallujah"],
  "SUI", "2019-01-01", "year", "Amiriyat al-Fallujah", "IQ", 8, None, "exact", None, None, True,
  "'since 2019, when' -> year, background. 'killing eight' as written. No actor named. 'between 1,000 and 1,500 fighters', '1,500 posts' and 'three years' are distractors."),
]

# --------------------------------------------------------------- holdout5-009
ARTICLES.append(A(9, "fr", "article", "2026-04-15T08:00:00Z",
"Irak : douze suspects arrêtés après le double attentat de Falloujah",
"""
BAGDAD, 15 avril (Dépêche) - Le service de contre-terrorisme irakien (CTS) a annoncé mardi avoir arrêté douze suspects lors d'un raid mené lundi soir à Saqlawiya, à une quinzaine de kilomètres au nord-ouest de Falloujah, dans le cadre de l'enquête sur le double attentat-suicide du 9 avril.

Selon le CTS, les suspects appartiennent à une cellule de l'État islamique qui aurait hébergé les deux kamikazes et fabriqué leurs ceintures. Trois ceintures explosives, une quarantaine de kilos de TNT et deux pistolets ont été saisis dans une ferme. Une trentaine d'habitants ont été interrogés avant d'être relâchés.

Mardi à l'aube, les forces du CTS ont donné l'assaut à une maison près de Karma, à l'est de Falloujah, où se cachaient deux autres membres présumés de la cellule. Les deux hommes ont été tués lors de l'échange de tirs, et un membre des forces spéciales a été blessé, selon le communiqué.

L'attentat, revendiqué par l'État islamique, a fait vingt-cinq morts, dont les deux kamikazes, et quarante et un blessés parmi les candidats qui attendaient devant le centre de recrutement de la police.

Le gouvernement a promis de « déraciner » les cellules dormantes de l'organisation dans la province d'Anbar, où les attentats dans les villes étaient devenus rares depuis plusieurs années.

La police d'Anbar a par ailleurs relevé de 20 % les effectifs affectés aux points de contrôle de la ville.
"""))
GOLD += [
E(9, ["avoir arrêté douze suspects lors d'un raid mené lundi soir à Saqlawiya"],
  "ARR", "2026-04-13", "day", "Saqlawiyah", "IQ", None, None, None, "police", None, False,
  "'lundi soir' vs Wednesday 15 April -> 13 April. The counter-terrorism service -> police (dev rule). Saqlawiya is normalised to the English Saqlawiyah. Belts, TNT and pistols seized belong to the arrest; 'Une trentaine d'habitants ... interrogés' were questioned, not arrested; 'une quinzaine de kilomètres' is a distance."),
E(9, ["les forces du CTS ont donné l'assaut à une maison près de Karma", "l'échange de tirs"],
  "BAT", "2026-04-14", "day", "Karma", "IQ", 2, 1, "exact", "police", None, False,
  "'Mardi à l'aube' -> 14 April. A raid ending in an exchange of fire -> Armed clash initiated by the raiding force (events_holdout Tank rule) -> police. 2 suspects killed, 1 special-forces member wounded."),
E(9, ["double attentat-suicide du 9 avril", "L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-04-09", "day", "Fallujah", "IQ", 25, 41, "exact", "Islamic State", "Islamic State", False,
  "'du 9 avril' -> day. Falloujah -> Fallujah. 'vingt-cinq morts, dont les deux kamikazes' -> 25; 'quarante et un blessés' -> 41. Claimed by Islamic State."),
]

# --------------------------------------------------------------- holdout5-010
ARTICLES.append(A(10, "en", "transcript", "2026-05-20T18:00:00Z",
"Iraq Tonight: is Islamic State coming back to Anbar?",
"""
ANCHOR: Good evening. Six weeks after the twin bombing in Fallujah, we ask whether Islamic State is rebuilding in Anbar. With me is security analyst Dr. Rana al-Obaidi. Rana, welcome.

RANA AL-OBAIDI: Thank you.

ANCHOR: Twenty-five dead last month, the worst attack in the province in years. Was it a surprise?

RANA AL-OBAIDI: The scale, yes. The method, no. Two bombers, one after the other, to hit the crowd and then the rescuers, that is an old pattern here. In March 2018, two bombers did exactly that at a wedding hall in Heet. Fourteen people died.

ANCHOR: And outside the cities?

RANA AL-OBAIDI: The desert never really went quiet. Two years ago, militants ambushed a convoy of the Popular Mobilisation Forces near Rawa, er, sorry, near al-Qaim, and nine fighters were killed. And last December a shepherd and his two sons were kidnapped near Haditha. Their bodies were found a week later.

ANCHOR: What about today's news?

RANA AL-OBAIDI: Yes, this afternoon the army said its engineers had defused two large bombs buried under the highway near Khaldiyah. That tells you the cells are still active.

ANCHOR: What should the government do?

RANA AL-OBAIDI: Intelligence, first. Some 12,000 men have been recruited into the Anbar police since 2020, but the checkpoints still rely on mirrors and sniffer dogs. Second, jobs. A young man in Fallujah earns maybe 300,000 dinars a month, if he is lucky.

ANCHOR: Dr. Rana al-Obaidi, thank you. After the break: the elections in Kurdistan.
"""))
GOLD += [
E(10, ["the twin bombing in Fallujah", "Twenty-five dead last month"],
  "SUI", "2026-04-01", "month", "Fallujah", "IQ", 25, None, "exact", None, None, True,
  "'last month' in a 20 May transcript -> April 2026, month precision (each document stands alone for dates); 49 days -> background under the 30-day rule. 'Twenty-five dead' -> 25. No claim mentioned here -> actors null."),
E(10, ["two bombers did exactly that at a wedding hall in Heet"],
  "SUI", "2018-03-01", "month", "Heet", "IQ", 14, None, "exact", None, None, True,
  "'In March 2018' -> month. Two bombers at one hall, one after the other -> one Suicide bomb event. 'Fourteen people died'."),
E(10, ["militants ambushed a convoy of the Popular Mobilisation Forces near Rawa, er, sorry, near al-Qaim"],
  "BAT", "2024-01-01", "year", "al-Qaim", "IQ", 9, None, "exact", None, None, True,
  "'Two years ago' -> 2024, year. The speaker corrects herself: the place is al-Qaim, not Rawa. Unnamed 'militants' -> null perpetrator. 'nine fighters were killed'."),
E(10, ["a shepherd and his two sons were kidnapped near Haditha"],
  "ABD", "2025-12-01", "month", "Haditha", "IQ", 3, None, "exact", None, None, True,
  "'last December' in May 2026 -> December 2025, month. Deaths in captivity are the killed figure of the abduction (events_val val-018 rule): 'Their bodies were found' -> 3. Unnamed kidnappers -> null."),
E(10, ["its engineers had defused two large bombs buried under the highway near Khaldiyah"],
  "DWU", "2026-05-20", "day", "Khaldiyah", "IQ", None, None, None, "military", None, False,
  "'this afternoon' = publication day. Bombs defused on their own -> Disrupted weapons use by the army. No casualty statement -> null. '12,000 men', '300,000 dinars' are distractors."),
]
