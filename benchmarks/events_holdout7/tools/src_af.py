"""Authoring source of benchmarks/events_holdout7 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ghazni, Afghanistan chain (holdout7-001 to 005): a twin suicide
bombing at the passport office on Tuesday 3 March 2026, told by a wire, a
newest-first live blog, a French claim story, an arrests story and a French
radio interview with background attacks. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout7")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout7-001
ARTICLES.append(A(1, "en", "article", "2026-03-03T15:40:00Z",
"Twin suicide blasts hit passport office in Ghazni",
"""
KABUL, March 3 (Wire) - At least eleven people were killed and 27 wounded on Tuesday when two suicide bombers blew themselves up minutes apart outside the passport office in the Afghan city of Ghazni, a Taliban spokesman for the province said.

The first bomber detonated his vest at about 8:40 a.m. among applicants queuing at the gate, the spokesman, Mawlawi Hamidullah Zaheer, told reporters. The second struck roughly ten minutes later as residents and guards ran to help the wounded. He said the toll was preliminary and that several of the wounded were in a serious condition.

A doctor at Ghazni's provincial hospital said the wards had received 27 wounded, among them four children, and that the hospital was running short of blood. About 300 people had been waiting outside the office, which reopened in January after a two-year closure, residents said.

No group has claimed the bombing. The Islamic State's Khorasan branch has carried out most suicide attacks in the country since 2021, but it has rarely struck in Ghazni.

On Monday, a magnetic bomb attached to a minibus wounded three passengers in Pul-e-Alam, the capital of neighbouring Logar province, police there said. No one was killed.

Taliban security forces closed the roads into the city centre and searched vehicles at the main checkpoints on the highway. Shops in the bazaar near the office stayed shut for the rest of the day.

The passport office issues up to 1,500 passports a week, according to the interior ministry.
"""))
GOLD += [
E(1, ["two suicide bombers blew themselves up minutes apart outside the passport office", "The first bomber detonated his vest", "The second struck", "claimed the bombing"],
  "SUI", "2026-03-03", "day", "Ghazni", "AF", 11, 27, "at_least", None, None, False,
  "Twin suicide bombing = one event (same site, minutes apart). 'on Tuesday' = publication day, Tuesday 3 March. 'At least eleven' killed (preliminary), 27 wounded. 'No group has claimed'; the Khorasan branch sentence is context/speculation -> no perpetrator. '8:40', 'ten minutes', 'four children' (subset of the wounded), 'About 300', 'two-year', '1,500' are distractors."),
E(1, ["a magnetic bomb attached to a minibus wounded three passengers"],
  "IED", "2026-03-02", "day", "Pul-e-Alam", "AF", 0, 3, "exact", None, None, False,
  "'On Monday' vs Tuesday 3 March -> 2 March. 'No one was killed' -> explicit 0; three wounded."),
]

# --------------------------------------------------------------- holdout7-002
ARTICLES.append(A(2, "en", "article", "2026-03-04T13:10:00Z",
"Live: Ghazni twin bombing toll rises, Islamic State claims attack",
"""
Live updates on the day after Tuesday's double suicide bombing outside the Ghazni passport office. All times are local (UTC+4:30); newest entries first.

17:40 - The public health ministry has just given a new toll: 19 people killed and 41 wounded, not including the two attackers. A ministry spokesman said two of the dead were guards who tried to stop the second bomber at the gate.

16:05 - Several hundred Hazara residents gathered outside the governor's compound in Ghazni, demanding armed guards for the passport office and compensation for the families. The crowd dispersed peacefully after an hour, our correspondent says.

14:20 - Taliban intelligence says it detained three men in a raid on a house in Andar district this morning, about 25 km south of the city. It gave no names and said a motorcycle and a "suicide vest still in its wrapping" were seized.

11:35 - The Islamic State's Khorasan branch has claimed the attack in a statement on its Amaq channel, saying its two "martyrdom seekers" killed "more than 70 apostates". The Taliban's deputy spokesman did not dispute that the group was behind it but called the figure "a lie".

09:50 - The provincial hospital director tells us 16 people have died, up from 11 yesterday. Six of the wounded were moved to Kabul by helicopter overnight.

09:15 - Funerals have begun in the Qala-e-Jawz neighbourhood, where at least seven of the victims lived. Many shops remain closed.

08:30 - Good morning. Yesterday, at about 8:40 a.m., two bombers struck minutes apart among people queuing outside the passport office. We'll bring you the latest throughout the day.
"""))
GOLD += [
E(2, ["Tuesday's double suicide bombing outside the Ghazni passport office", "the second bomber", "claimed the attack", "two bombers struck minutes apart"],
  "SUI", "2026-03-03", "day", "Ghazni", "AF", 21, 41, "exact", "Islamic State", "Islamic State", False,
  "Newest-first live blog: the top entry holds the final figure. '19 people killed and 41 wounded, not including the two attackers' -> 19 + 2 = 21 (the 'not counting' rule of events_holdout), 41 wounded. 'Yesterday' vs 4 March -> 3 March. Claimed by the Khorasan branch -> Islamic State; the Taliban dispute only its figure ('more than 70', a claimant's toll, not used). '16 ... up from 11' are earlier figures; 'Six of the wounded', 'at least seven of the victims' are subsets; '25 km', '8:40' distractors."),
E(2, ["Several hundred Hazara residents gathered outside the governor's compound", "The crowd dispersed peacefully"],
  "PP", "2026-03-04", "day", "Ghazni", "AF", None, None, None, None, None, False,
  "16:05 entry on the publication day. A gathering with demands that dispersed peacefully. 'Several hundred' are participants. The funerals (09:15) are not coded."),
E(2, ["detained three men in a raid on a house in Andar district"],
  "ARR", "2026-03-04", "day", "Andar", "AF", None, None, None, "Taliban", None, False,
  "'this morning' in the 14:20 entry -> 4 March. Andar is a district, no town named. Taliban intelligence -> 'Taliban'. The vest and motorcycle seized belong to the arrest."),
]

# --------------------------------------------------------------- holdout7-003
ARTICLES.append(A(3, "fr", "article", "2026-03-05T10:20:00Z",
"Afghanistan : l'État islamique revendique le double attentat-suicide de Ghazni",
"""
KABOUL, 5 mars (Agence) - Le bilan du double attentat-suicide qui a frappé mardi matin le bureau des passeports de Ghazni s'est alourdi à vingt-trois morts, dont les deux kamikazes, a annoncé mercredi soir le ministère de la Santé. Deux blessés ont succombé dans la nuit à l'hôpital provincial. Une quarantaine de blessés sont toujours soignés, dont six à Kaboul.

La branche afghane de l'État islamique, l'EI-Khorasan, a revendiqué l'attaque mercredi. Dans son communiqué, le groupe affirme que ses deux combattants ont tué « plus de soixante-dix apostats », un chiffre sans rapport avec le bilan officiel. Il publie aussi la photo des deux jeunes hommes, présentés comme âgés de 19 et 22 ans.

Les autorités talibanes n'ont pas contesté la revendication. « Ces criminels de Daech seront retrouvés », a déclaré le porte-parole du gouverneur, en précisant qu'environ 200 agents avaient été déployés autour des bâtiments publics de la ville.

Mercredi également, à Muqur, dans le sud de la province, des hommes armés à moto ont abattu deux employés d'une ONG de déminage qui rentraient chez eux. L'ONG a suspendu ses activités dans trois districts.

L'EI-Khorasan avait déjà revendiqué, en mai 2023, l'explosion d'une bombe au passage d'un minibus de pèlerins près de Jaghori, qui avait fait cinq morts et une douzaine de blessés.

Ghazni, ville de quelque 270 000 habitants, était restée relativement épargnée ces dernières années. Le bureau des passeports, fermé depuis mardi, doit rouvrir la semaine prochaine derrière un nouveau mur de protection.
"""))
GOLD += [
E(3, ["double attentat-suicide", "revendiqué l'attaque"],
  "SUI", "2026-03-03", "day", "Ghazni", "AF", 23, 40, "exact", "Islamic State", "Islamic State", False,
  "'mardi matin' vs Thursday 5 March -> 3 March. 'vingt-trois morts, dont les deux kamikazes' -> 23, bombers already inside. 'Une quarantaine de blessés sont toujours soignés' is the only wounded figure -> 40 (the 'still in hospital' rule); the qualifier describes the killed figure (exact). EI-Khorasan claim, not contested -> Islamic State. 'plus de soixante-dix' is the claimant's toll; '19 et 22 ans', 'six à Kaboul', '200 agents', '270 000' are distractors."),
E(3, ["des hommes armés à moto ont abattu deux employés d'une ONG de déminage"],
  "ATK", "2026-03-04", "day", "Muqur", "AF", 2, None, "exact", None, None, False,
  "'Mercredi' vs Thursday 5 March -> 4 March. Unnamed gunmen -> null. 'trois districts' is a distractor."),
E(3, ["l'explosion d'une bombe au passage d'un minibus de pèlerins"],
  "IED", "2023-05-01", "month", "Jaghori", "AF", 5, 12, "exact", "Islamic State", "Islamic State", True,
  "'en mai 2023' -> month. Claimed by EI-Khorasan -> Islamic State. 'cinq morts' exact; 'une douzaine de blessés' -> 12 (the qualifier describes the killed figure). 'près de Jaghori' -> Jaghori (a district)."),
]

# --------------------------------------------------------------- holdout7-004
ARTICLES.append(A(4, "en", "article", "2026-03-10T08:30:00Z",
"Taliban say nine held over Ghazni bombing; three die in raid",
"""
GHAZNI, Afghanistan, March 10 (Wire) - Taliban intelligence agents have detained nine people in three provinces over last Tuesday's twin suicide bombing at the Ghazni passport office, which killed 23 people, including the two bombers, and wounded 44, officials said on Monday. The Islamic State's Khorasan branch claimed the attack a day later.

The first four were detained on Thursday in a house in the west of Ghazni city, where agents found two explosive vests, about 15 kg of ball bearings and a laptop, a statement from the General Directorate of Intelligence said. On Saturday, three men were arrested at a mechanic's workshop in Maidan Shar, the capital of Wardak province, among them a 17-year-old who allegedly scouted the office.

Two more, described as the cell's financier and his brother, were detained in Gardez on Sunday with the equivalent of 8,000 dollars in cash, the statement said.

A fourth raid, in Andar district on Friday, ended in a gunfight when the men inside opened fire on the agents. Two suspects and one Taliban fighter were killed and another fighter was wounded, a district official said.

More than 60 people were questioned and released, residents said, among them relatives of the bombers. Officials did not say whether the three men detained in Andar on the day after the bombing were among the nine.

The passport office reopened on Sunday behind a new blast wall. Officials said 1,200 applicants a day had returned, fewer than half the number before the attack.
"""))
GOLD += [
E(4, ["last Tuesday's twin suicide bombing at the Ghazni passport office", "claimed the attack", "after the bombing", "before the attack"],
  "SUI", "2026-03-03", "day", "Ghazni", "AF", 23, 44, "exact", "Islamic State", "Islamic State", False,
  "'last Tuesday's' in a Tuesday 10 March story -> 3 March (the most recent Tuesday before publication). 'killed 23 people, including the two bombers' -> 23; 44 wounded. Claimed by the Khorasan branch -> Islamic State. 'nine people in three provinces' are arrestees (split below)."),
E(4, ["The first four were detained on Thursday in a house in the west of Ghazni city"],
  "ARR", "2026-03-05", "day", "Ghazni", "AF", None, None, None, "Taliban", None, False,
  "'on Thursday' vs Tuesday 10 March -> 5 March. GDI (Taliban intelligence) -> 'Taliban'. Vests, '15 kg', laptop belong to the arrest."),
E(4, ["three men were arrested at a mechanic's workshop in Maidan Shar"],
  "ARR", "2026-03-07", "day", "Maidan Shar", "AF", None, None, None, "Taliban", None, False,
  "'On Saturday' -> 7 March. '17-year-old' is an age."),
E(4, ["Two more, described as the cell's financier and his brother, were detained in Gardez"],
  "ARR", "2026-03-08", "day", "Gardez", "AF", None, None, None, "Taliban", None, False,
  "'on Sunday' -> 8 March. '8,000 dollars' is money."),
E(4, ["A fourth raid, in Andar district on Friday, ended in a gunfight"],
  "BAT", "2026-03-06", "day", "Andar", "AF", 3, 1, "exact", "Taliban", None, False,
  "'on Friday' -> 6 March. A raid ending in a shoot-out is an Armed clash initiated by the raiding force (events_holdout's Tank raid), although the men inside fired first. 'Two suspects and one Taliban fighter' = 3 killed; one fighter wounded."),
E(4, ["the three men detained in Andar"],
  "ARR", "2026-03-04", "day", "Andar", "AF", None, None, None, "Taliban", None, False,
  "'on the day after the bombing' -> the bombing was Tuesday 3 March, so 4 March. The detaining force is not restated; the paragraph continues the Taliban officials' account -> 'Taliban'. 'More than 60 people were questioned' is not an arrest."),
]

# --------------------------------------------------------------- holdout7-005
ARTICLES.append(A(5, "fr", "transcript", "2026-03-13T07:10:00Z",
"L'invité du matin : l'État islamique au Khorasan, dix jours après Ghazni",
"""
PRÉSENTATRICE : Il est 7 h 10. Dix jours après le double attentat-suicide de Ghazni, qui a fait vingt-trois morts selon le dernier bilan, nous recevons Farid Nouri, chercheur spécialiste de l'Afghanistan. Bonjour.

FARID NOURI : Bonjour.

PRÉSENTATRICE : L'État islamique au Khorasan a revendiqué cette attaque. Est-ce un retour en force ?

FARID NOURI : C'est surtout un changement de cible. Ghazni avait été épargnée. Mais le mode opératoire, deux kamikazes dont le second vise les secours, on l'a déjà vu. En juin 2023, à Maimana, deux hommes se sont fait exploser à l'entrée d'une mosquée pendant la prière du vendredi : dix-sept morts, une cinquantaine de blessés.

PRÉSENTATRICE : Et avant cela ?

FARID NOURI : En 2018, à Farah, une bombe cachée dans une charrette avait tué huit policiers. Et l'an dernier, euh, à Chaghcharan, une bombe magnétique sous un minibus d'employés de la mairie a fait quatre morts. Ça, ce n'était pas revendiqué.

PRÉSENTATRICE : La traque des complices, elle, est-elle efficace ?

FARID NOURI : Les talibans ont le renseignement pour cela. Ils avaient démantelé une cellule à Taloqan en octobre dernier : onze personnes arrêtées, une quarantaine de gilets explosifs saisis, euh, je crois, oui. Mais ils ne peuvent pas tout surveiller. Il y a plus de 2 000 bureaux publics dans le pays.

PRÉSENTATRICE : Que craignez-vous pour les semaines qui viennent ?

FARID NOURI : Les grands rassemblements. Et les files d'attente, justement, comme à Ghazni, où trois cents personnes attendaient devant la porte à huit heures du matin.

PRÉSENTATRICE : Merci, Farid Nouri.
"""))
GOLD += [
E(5, ["le double attentat-suicide de Ghazni", "revendiqué cette attaque"],
  "SUI", "2026-03-03", "day", "Ghazni", "AF", 23, None, "exact", "Islamic State", "Islamic State", False,
  "'Dix jours après' in a Friday 13 March broadcast -> 3 March (10 days, current). 'vingt-trois morts' exact; no wounded figure here. Claimed by l'État islamique au Khorasan -> Islamic State. 'trois cents personnes', 'huit heures' are distractors."),
E(5, ["deux hommes se sont fait exploser à l'entrée d'une mosquée"],
  "SUI", "2023-06-01", "month", "Maimana", "AF", 17, 50, "exact", None, None, True,
  "'En juin 2023' -> month. Two bombers at one mosque gate -> one Suicide bomb (twin rule). 'dix-sept morts' exact; 'une cinquantaine de blessés' -> 50 (qualifier describes the killed figure). No actor or claim named -> null."),
E(5, ["une bombe cachée dans une charrette avait tué huit policiers"],
  "IED", "2018-01-01", "year", "Farah", "AF", 8, None, "exact", None, None, True,
  "'En 2018' -> year. No actor named."),
E(5, ["une bombe magnétique sous un minibus d'employés de la mairie"],
  "IED", "2025-01-01", "year", "Chaghcharan", "AF", 4, None, "exact", None, None, True,
  "'l'an dernier' in 2026 -> 2025, year precision. 'ce n'était pas revendiqué' -> no claim, no actor."),
E(5, ["démantelé une cellule à Taloqan", "onze personnes arrêtées"],
  "ARR", "2025-10-01", "month", "Taloqan", "AF", None, None, None, "Taliban", None, True,
  "'en octobre dernier' in March 2026 -> October 2025, month precision, background. The Taliban dismantled the cell -> 'Taliban'. 'onze' are arrestees and 'une quarantaine de gilets' are weapons, not casualties."),
]
