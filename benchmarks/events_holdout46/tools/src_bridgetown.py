"""Authoring source of benchmarks/events_holdout46 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bridgetown, Barbados cluster (holdout46-016 to 020; English and
French), two suicide bombers on Saturday 7 November 2026 at two sites of one
town (outside the Cheapside market and at the Fairchild Street bus terminal,
"about 600 metres" and five minutes apart): an English wire with a first
report (016), an English neighbourhood watch bulletin (017), a French agency
dispatch on the claim and arrests in Saint Vincent and Martinique ("dépêche",
fr 018), an English fishing cooperative's notice to members (019) and a
French funeral director's notice from Le Robert, Martinique ("avis d'obsèques des
pompes funèbres", fr 020). Barbados and Martinique are UTC-4: every
publication time here is between 13:00 and 20:00 UTC (09:00 to 16:00 local),
so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout46")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout46-016
ARTICLES.append(A(16, "en", "article", "2026-11-07T20:00:00Z",
"Suicide bombers kill at least 11 in Barbados capital",
"""
BRIDGETOWN, Barbados (Caribbean Wire) - Two suicide bombers attacked Bridgetown's busiest shopping district on Saturday morning, killing at least nine people, not counting the bombers, and wounding a score of others, police said, in the first such attack in the English-speaking Caribbean.

The first bomber set off his device at about 10:05 a.m. outside the Cheapside market, where shoppers were buying fish and vegetables. Five minutes later, the second blew himself up at the Fairchild Street bus terminal, about 600 metres to the east, as passengers boarded a bus to Oistins.

"I was weighing two pounds of flying fish when I heard it," said Cynthia Greaves, 52, a vendor at the market. "Then the whole street was running."

Police Commissioner Desmond Alleyne said it was too early to say who was behind the attack. A police source said investigators were looking at whether the two men could have had links to Islamic State.

In 2016, police defused a pipe bomb left in a shopping bag outside a supermarket in Holetown, on the west coast; no one was ever charged.

The Queen Elizabeth Hospital, which has about 600 beds, declared a major incident. The government kept some 4,000 cruise passengers from two ships on board for the day and ordered the 27 public schools of St Michael parish closed on Monday. The Barbados Defence Force deployed 300 soldiers to guard government buildings and the port.

Relatives seeking news can call 246 430 7100. Police asked people to send videos of the morning to a dedicated address and not to share images of the dead online.
"""))
GOLD += [
E(16, ["Two suicide bombers attacked Bridgetown's busiest shopping district", "The first bomber set off his device", "the second blew himself up", "the attack"],
  "SUI", "2026-11-07", "day", "Bridgetown", "BB", 11, 20, "at_least", None, None, False,
  "Wire of Saturday 7 November 2026 (16:00 in Bridgetown, UTC-4); 'on Saturday morning' = the publication day. Two sites of one town (outside the Cheapside market and the Fairchild Street bus terminal, 'about 600 metres' and five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people, not counting the bombers, and wounding a score of others' -> killed 9 + 2 = 11, at_least (the bombers are added); injured 'a score' = 20 (dev table; the qualifier describes the killed figure). No claim; 'could have had links to Islamic State' is speculation -> perpetrator null. 'the first such attack' is generic. '10:05 a.m.', '600 metres', 'two pounds', '52', '600 beds', '4,000 cruise passengers', 'two ships', '27 public schools', '300 soldiers', '246 430 7100' are not casualties."),
E(16, ["police defused a pipe bomb left in a shopping bag outside a supermarket in Holetown"],
  "DWU", "2016-01-01", "year", "Holetown", "BB", None, None, None, "police", None, True,
  "'In 2016' -> year, background. A pipe bomb defused by the police -> Disrupted weapons use, 'police'. No casualty figure -> null; 'no one was ever charged' is about the inquiry."),
]

# -------------------------------------------------------------- holdout46-017
ARTICLES.append(A(17, "en", "article", "2026-11-09T14:00:00Z",
"Belleville and Pine neighbourhood watch: bulletin No. 44",
"""
BELLEVILLE AND PINE NEIGHBOURHOOD WATCH - BULLETIN No. 44. Monday 9 November 2026. Sent to 312 households by email and WhatsApp.

Neighbours,

As you all know, two suicide bombers struck Cheapside and the Fairchild Street terminal on Saturday morning. On Saturday the police spoke of eleven dead; their latest figure, given last night, is thirteen people killed, including the two attackers, and 27 injured. Among the dead is Joyce Callender, 74, of Pine Road, the wife of our treasurer, who died in hospital on Sunday afternoon. Our thoughts are with Winston and the family.

WHAT THE POLICE HAVE TOLD US. Two men were arrested in Speightstown on Saturday evening, at a rented house near the jetty. Police ask residents not to share their names or photographs online. Officers knocked on several doors on Pine Road on Sunday and questioned two of our members, who were allowed to go home after an hour.

PEACE WALK. Thank you to the 40 or so Watch members who joined Sunday afternoon's peace walk. About 3,000 people walked from St Michael's Cathedral to Cheapside, singing and calling for the island to stay united. It passed off without trouble.

PATROLS. From tonight, patrols run from 8 p.m. to 2 a.m., in pairs, with the usual vests and torches. Meet at 7:45 p.m. at No. 9, 5th Avenue, Belleville. We need six more volunteers for the Thursday rota.

SUSPICIOUS ITEMS. Do not touch unattended bags. Call 211 (police) or 311 (fire), then our coordinator, Dawn, on 246 231 4488.

SCHOOLS. The 27 public schools of St Michael are closed today and reopen tomorrow at 8:30 a.m. The school bus will stop at the corner of Pine Road at 7:10 a.m.

Our next meeting is on Thursday at 7 p.m. in the Pine Community Hall, Room 3. Look after each other.
"""))
GOLD += [
E(17, ["two suicide bombers struck Cheapside and the Fairchild Street terminal on Saturday morning"],
  "SUI", "2026-11-07", "day", "Bridgetown", "BB", 13, 27, "exact", None, None, False,
  "Bulletin of Monday 9 November; 'on Saturday morning' -> 7 November. Two sites of one town (Cheapside and the Fairchild Street terminal, both in Bridgetown) -> ONE event coded to Bridgetown. The toll is revised inside: Saturday's 'eleven dead' is superseded by 'thirteen people killed, including the two attackers, and 27 injured' -> killed 13 (number word; bombers inside; Joyce Callender, 74, who 'died in hospital on Sunday afternoon', is inside), injured 27, exact. No claim, no group named -> perpetrator null. 'No. 44', '312 households', '74', 'two of our members' (questioned), '40 or so Watch members', '3,000 people' (marchers), '8 p.m. to 2 a.m.', '7:45 p.m.', 'No. 9', '5th Avenue', 'six more volunteers', '211', '311', '246 231 4488', '27 public schools', '8:30 a.m.', '7:10 a.m.', '7 p.m.', 'Room 3' are not casualties."),
E(17, ["Two men were arrested in Speightstown on Saturday evening"],
  "ARR", "2026-11-07", "day", "Speightstown", "BB", None, None, None, "police", None, False,
  "'on Saturday evening' vs Monday 9 November -> 7 November, the evening of the bombing. Told by the police -> 'police'. The two members 'questioned' and 'allowed to go home after an hour' are not arrested."),
E(17, ["PEACE WALK", "Sunday afternoon's peace walk", "About 3,000 people walked from St Michael's Cathedral to Cheapside"],
  "PP", "2026-11-08", "day", "Bridgetown", "BB", None, None, None, None, None, False,
  "'Sunday afternoon's' vs Monday 9 November -> 8 November. A walk from the cathedral to Cheapside (both in Bridgetown) 'calling for the island to stay united', 'without trouble' -> Peaceful protest, perpetrator null. The paragraph heading 'PEACE WALK' is its first naming. '3,000 people' counts marchers."),
]

# -------------------------------------------------------------- holdout46-018
ARTICLES.append(A(18, "fr", "article", "2026-11-11T15:00:00Z",
"Attentat de Bridgetown : l'État islamique revendique, l'enquête s'étend aux îles voisines",
"""
BRIDGETOWN (Barbade), 11 novembre 2026 (Agence Antilles-Guyane Presse) - L'État islamique a revendiqué mardi le double attentat-suicide qui a frappé samedi le centre de Bridgetown, et la police barbadienne a jugé cette revendication « crédible », tandis que l'enquête s'étendait à deux îles voisines.

Dans un message diffusé par son agence Amaq, l'organisation jihadiste affirme avoir tué « plus de trente croisés » au marché de Cheapside et à la gare routière de Fairchild Street. Selon le dernier bilan officiel, l'attaque a fait quatorze morts, y compris les deux kamikazes, et 27 blessés. Une touriste martiniquaise de 63 ans, grièvement blessée au marché, a succombé lundi à l'hôpital Queen Elizabeth.

Le groupe trinidadien Jamaat al Muslimeen a démenti toute implication. Le ministre de la Sécurité nationale a déclaré que les deux kamikazes, deux Barbadiens de 22 et 27 ans, « pourraient avoir été radicalisés » lors de séjours à Trinité-et-Tobago, sans en apporter la preuve.

Lundi, la police de Saint-Vincent-et-les-Grenadines a arrêté à Kingstown le propriétaire d'un bateau de pêche soupçonné d'avoir transporté les explosifs jusqu'à la côte sud de la Barbade. Mardi, un homme de 41 ans a été interpellé à son domicile du Robert, sur la côte atlantique de la Martinique, par la sous-direction antiterroriste, au lendemain de son retour de Bridgetown ; il est soupçonné d'avoir financé le voyage des deux hommes.

Les deux hommes arrêtés samedi soir à Speightstown ont été inculpés lundi de complicité d'actes terroristes et placés en détention.

La Barbade, qui n'avait jamais connu d'attentat-suicide, a décrété trois jours de deuil national. Le port de Bridgetown a rouvert mardi aux paquebots de croisière, mais deux escales sur cinq ont été annulées cette semaine. La compagnie Air Antilles a maintenu son vol quotidien 3S 512 entre Fort-de-France et Bridgetown, avec 48 passagers mardi pour 70 sièges.
"""))
GOLD += [
E(18, ["le double attentat-suicide qui a frappé samedi le centre de Bridgetown", "l'attaque a fait quatorze morts"],
  "SUI", "2026-11-07", "day", "Bridgetown", "BB", 14, 27, "exact", "Islamic State", "Islamic State", False,
  "Agency dispatch of Wednesday 11 November; 'samedi' -> 7 November. Two sites of one town (the Cheapside market and the Fairchild Street bus station) -> ONE event. 'quatorze morts, y compris les deux kamikazes, et 27 blessés' -> killed 14 (number word; bombers inside; the Martinican tourist of 63 who 'a succombé lundi' is inside), injured 27, exact. Claimed 'mardi' by 'L'État islamique' through Amaq, judged 'crédible' by the Barbadian police -> claimant and perpetrator; the claim's 'plus de trente croisés' is never used. Jamaat al Muslimeen's denial is not a claim; « pourraient avoir été radicalisés » is speculation. « n'avait jamais connu d'attentat-suicide » is generic. '63 ans', '22 et 27 ans', '41 ans', 'trois jours', 'deux escales sur cinq', '3S 512', '48 passagers', '70 sièges' are not casualties."),
E(18, ["la police de Saint-Vincent-et-les-Grenadines a arrêté à Kingstown le propriétaire d'un bateau de pêche"],
  "ARR", "2026-11-09", "day", "Kingstown", "VC", None, None, None, "police", None, False,
  "'Lundi' vs Wednesday 11 November -> 9 November. The cluster's suspected facilitator (a boat owner suspected of carrying the explosives to the south coast of Barbados), arrested in Kingstown, Saint Vincent and the Grenadines -> VC; its police -> 'police'."),
E(18, ["un homme de 41 ans a été interpellé à son domicile du Robert"],
  "ARR", "2026-11-10", "day", "Le Robert", "MQ", None, None, None, "police", None, False,
  "'Mardi' vs Wednesday 11 November -> 10 November. A man suspected of financing the bombers' trip, arrested at his home in Le Robert ('du Robert'), Martinique, by the French 'sous-direction antiterroriste' -> 'police'; Martinique has its own ISO code -> MQ (like the earlier sets' Mayotte YT and Réunion RE)."),
E(18, ["Les deux hommes arrêtés samedi soir à Speightstown"],
  "ARR", "2026-11-07", "day", "Speightstown", "BB", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout46-017: 'samedi soir' vs Wednesday 11 November -> 7 November. 'inculpés lundi ... et placés en détention' is the arrest's follow-up, not a new event. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout46-019
ARTICLES.append(A(19, "en", "article", "2026-11-12T13:00:00Z",
"Oistins Fisherfolk Cooperative: notice to members No. 17",
"""
OISTINS FISHERFOLK COOPERATIVE SOCIETY LTD - NOTICE TO MEMBERS No. 17/2026. Thursday 12 November 2026. To be posted at the fish market, the boatyard and the jetty office.

1. In memory. The Society stands with the families of the fourteen people who died after Saturday's bombings in Bridgetown, the two bombers included, and with the 27 injured. Two of our vendors, who were selling at Cheapside that morning, are among the injured and are recovering at home. The bombings have been claimed by Islamic State.

2. Our member Carl Best. Carl was arrested by police at the Oistins jetty on Sunday morning because his boat, the Miss Ruby (registration BB 2271), had been seen off the south coast on Friday night. He was released without charge on Tuesday, and the boat has been returned to him. His two crewmen were questioned at the jetty and went home the same day. Police have told us that the boat they were looking for was Vincentian, and that its owner, arrested in Kingstown on Monday, is in custody in St Vincent.

3. Market. The fish market reopens on Friday from 6 a.m. to 6 p.m. The Friday night fish fry goes ahead from 7 p.m., with 20 police officers on duty. Flying fish sell at 4 dollars a pound, dolphin at 9 dollars.

4. Fuel. The fuel rebate rises to 1.10 dollars a litre for boats of 40 horsepower and under. Bring your logbook to the office.

5. Sea safety. The Coast Guard now stops every boat entering Oistins Bay between 10 p.m. and 5 a.m. Keep VHF channel 16 open and your registration visible.

6. Donations. Members have raised 12,600 dollars for the victims' fund, account No. 0046-2291 at the credit union. The Society will match every dollar up to 5,000.

For the Board of Management (9 members): the Secretary.
"""))
GOLD += [
E(19, ["Saturday's bombings in Bridgetown", "The bombings"],
  "SUI", "2026-11-07", "day", "Bridgetown", "BB", 14, 27, "exact", "Islamic State", "Islamic State", False,
  "Cooperative notice of Thursday 12 November; 'Saturday's' -> 7 November. The plural 'bombings' names the two blasts of one town minutes apart -> ONE event. 'the fourteen people who died ..., the two bombers included, and ... the 27 injured' -> killed 14 (number word; bombers inside), injured 27, exact; 'Two of our vendors' are a subset of the injured. 'The bombings have been claimed by Islamic State', undisputed -> claimant and perpetrator. 'No. 17/2026', 'BB 2271', 'two crewmen' (questioned), '6 a.m. to 6 p.m.', '7 p.m.', '20 police officers', '4 dollars a pound', '9 dollars', '1.10 dollars a litre', '40 horsepower', '10 p.m. and 5 a.m.', 'channel 16', '12,600 dollars', '0046-2291', '5,000', '9 members' are not casualties."),
E(19, ["Carl was arrested by police at the Oistins jetty on Sunday morning"],
  "ARR", "2026-11-08", "day", "Oistins", "BB", None, None, None, "police", None, False,
  "'on Sunday morning' vs Thursday 12 November -> 8 November. A fisherman arrested over his boat, 'released without charge on Tuesday': the release does not undo the arrest and is no event. 'by police' -> 'police'. His two crewmen 'questioned at the jetty' are not arrested. 'seen off the south coast on Friday night' is no event."),
E(19, ["its owner, arrested in Kingstown on Monday"],
  "ARR", "2026-11-09", "day", "Kingstown", "VC", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout46-018: 'on Monday' vs Thursday 12 November -> 9 November, in Kingstown, Saint Vincent -> VC. 'in custody' is its follow-up. No force named here -> 'police'."),
]

# -------------------------------------------------------------- holdout46-020
ARTICLES.append(A(20, "fr", "article", "2026-11-14T14:00:00Z",
"Avis d'obsèques : Mme Ginette Rosamond, 63 ans",
"""
POMPES FUNÈBRES DU CENTRE - LE ROBERT (MARTINIQUE). AVIS D'OBSÈQUES, publié le samedi 14 novembre 2026.

Les familles Rosamond, Jean-Baptiste et Séraphin, parents et alliés, ont la douleur de vous faire part du décès de Madame Ginette ROSAMOND, née Séraphin, professeure des écoles retraitée, survenu à l'âge de 63 ans le lundi 9 novembre 2026 à l'hôpital Queen Elizabeth de Bridgetown (Barbade), des suites des blessures reçues au marché de Cheapside lors de l'attentat-suicide du samedi 7 novembre, qui a fait quatorze morts, kamikazes compris, et vingt-sept blessés.

La défunte repose au funérarium des Pompes funèbres du Centre, 14 avenue de la Distillerie, au Robert, où la famille recevra les visites le lundi 16 novembre de 15 heures à 20 heures. Son corps a été rapatrié jeudi par le vol 3S 512, grâce au consulat et à la collectivité territoriale.

La cérémonie religieuse sera célébrée le mardi 17 novembre 2026 à 15 h 30 en l'église du bourg du Robert, et sera suivie de l'inhumation au cimetière communal, allée 6, caveau n° 212.

Ni fleurs ni couronnes : la famille souhaite que les dons soient adressés à l'association d'aide aux victimes, par chèque ou en ligne (code don ROSA-63).

La famille remercie les quelque 800 personnes qui ont participé jeudi soir à la marche blanche organisée au Robert, du bourg jusqu'à l'église, pour dire non à la terreur. Elle remercie aussi les infirmières de l'hôpital Queen Elizabeth, la police barbadienne pour son soutien, et les 42 anciens élèves de Ginette qui ont écrit à ses enfants.

Renseignements : Pompes funèbres du Centre, 0596 51 23 87, 24 heures sur 24.

« Heureux les artisans de paix. » (Matthieu 5, 9)
"""))
GOLD += [
E(20, ["l'attentat-suicide du samedi 7 novembre"],
  "SUI", "2026-11-07", "day", "Bridgetown", "BB", 14, 27, "exact", None, None, False,
  "Funeral notice of Saturday 14 November; 'du samedi 7 novembre' -> 7 November, at the Cheapside market in Bridgetown. 'quatorze morts, kamikazes compris, et vingt-sept blessés' -> killed 14 (bombers inside; Mme Rosamond, who died on Monday 9 November, is inside), injured 27 (number words), exact. No claim named -> perpetrator null. '63 ans', '14 avenue de la Distillerie', '16 novembre', '15 heures à 20 heures', '3S 512', '17 novembre 2026', '15 h 30', 'allée 6', 'caveau n° 212', 'ROSA-63', '800 personnes' (marchers), '42 anciens élèves', '0596 51 23 87', '24 heures sur 24', 'Matthieu 5, 9' are not casualties; the wake and the funeral are future and not coded."),
E(20, ["la marche blanche organisée au Robert"],
  "PP", "2026-11-12", "day", "Le Robert", "MQ", None, None, None, None, None, False,
  "'jeudi soir' vs Saturday 14 November -> 12 November. A march of some 800 people in Le Robert ('au Robert'), Martinique, from the town centre to the church 'pour dire non à la terreur' (a message), no incident told -> Peaceful protest, perpetrator null; MQ. 'les quelque 800 personnes' counts marchers."),
]
