"""Authoring source of benchmarks/events_holdout45 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mamoudzou, Mayotte cluster (holdout45-006 to 010; English and
French), two suicide bombers on Friday 5 June 2026 at two sites of one town
(the barge terminal, « la gare maritime », and the covered market, about
400 m and four minutes apart): an English wire with a first report (006),
the public extract of the operations log of the CROSS Réunion coastguard
centre for the Mayotte sector ("journal des opérations d'un CROSS", fr 007),
the communiqué of the electoral commission postponing a by-election
("report d'élection", fr 008), a taxi drivers' union statement ("communiqué
d'un syndicat de taxis", fr 009) and an English wire on an arrest in
Tanzania, the charges and two marches (010). Mayotte and Dar es Salaam are
UTC+3: every publication time here is between 07:00 and 12:00 UTC, so every
local date is the UTC date. Mayotte is coded YT (its own ISO 3166-1 code,
like GP, MQ, GF and NC in earlier sets). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout45")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout45-006
ARTICLES.append(A(6, "en", "article", "2026-06-05T12:00:00Z",
"Suicide bombers kill at least ten in Mayotte's main town",
"""
MAMOUDZOU, Mayotte (Indian Ocean Wire) - Two suicide bombers blew themselves up four minutes apart in Mamoudzou, the main town of the French island of Mayotte, on Friday morning, killing themselves and at least eight other people and wounding dozens, the prefecture said.

The first bomber detonated his explosives at about 8:47 a.m. in the crowd queuing for the barge to Petite-Terre at the ferry terminal. The second struck at 8:51 in the covered market, some 400 metres up the road, where women sell cassava and fish.

"People were running towards the market to hide, and he was waiting for them," said Zaharia, 38, a fruit seller. Windows were shattered as far as the post office.

No one has claimed the bombing. Police sources said investigators were looking at whether the attackers "could be linked to al-Shabaab", the Somali group, and whether they had arrived on a kwassa-kwassa boat from the Comoros.

Mayotte, which has about 320,000 inhabitants and lies 8,000 km from Paris, has long suffered from crime but had never seen a suicide attack. In 2019, a grenade thrown into a bar in Bandrélé wounded three people; the case was never solved.

The barge service, which normally runs every 30 minutes, was suspended, and flights at Dzaoudzi airport were delayed. All 28 schools in Mamoudzou were closed. The 410-bed hospital triggered its emergency plan, and more than 600 donors queued to give blood by midday. Paris is sending 150 gendarmes and two surgical teams on a military plane, the interior ministry said. A crisis line, 0269 61 11 00, is open to families.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up four minutes apart in Mamoudzou", "The first bomber detonated his explosives", "The second struck", "the bombing"],
  "SUI", "2026-06-05", "day", "Mamoudzou", "YT", 10, 12, "at_least", None, None, False,
  "Wire of Friday 5 June 2026 (15:00 in Mayotte); 'on Friday morning' = the publication day. Two sites of one town (the ferry terminal and the covered market, 'some 400 metres', four minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least eight other people' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); 'wounding dozens' -> injured 12 (dev: 'dozens' = 12 at_least; the qualifier describes the killed figure). No claim ('No one has claimed the bombing'); 'could be linked to al-Shabaab' is speculation -> perpetrator null. '8:47 a.m.', '8:51', '400 metres', '38', '320,000 inhabitants', '8,000 km', '30 minutes', '28 schools', '410-bed', '600 donors', '150 gendarmes', 'two surgical teams', '0269 61 11 00' are not casualties; 'a suicide attack' (never seen) is generic."),
E(6, ["a grenade thrown into a bar in Bandrélé"],
  "GRN", "2019-01-01", "year", "Bandrélé", "YT", None, 3, "exact", None, None, True,
  "'In 2019' -> year, background. A thrown grenade -> Grenade; 'the case was never solved' -> perpetrator null. 'wounded three people' -> injured 3 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout45-007
ARTICLES.append(A(7, "fr", "article", "2026-06-07T08:00:00Z",
"Journal des opérations du CROSS : le secteur Mayotte après les explosions",
"""
CROSS RÉUNION - JOURNAL DES OPÉRATIONS (EXTRAIT PUBLIC), SECTEUR MAYOTTE. Du vendredi 5 juin 08 h 00 au dimanche 7 juin 08 h 00. Heures locales de Mayotte (UTC+3). Diffusion : préfecture, SDIS, gendarmerie maritime, presse.

05/06 08 h 52. Appel VHF du pilote de la barge « Imane » : deux explosions à Mamoudzou, la première sur le quai de la gare maritime, la seconde vers le marché couvert. Trafic des barges suspendu sur ordre de la préfecture.

05/06 09 h 30. Trois personnes tombées à l'eau lors du mouvement de foule, récupérées indemnes par la vedette de la police aux frontières et conduites au centre hospitalier pour examen.

05/06 11 h 40. Point préfecture : au moins neuf morts et des dizaines de blessés.

05/06 14 h 05. Reprise partielle des barges, une rotation par heure. Contrôle des passagers par la gendarmerie.

05/06 22 h 15. Écho radar d'une embarcation de type kwassa, 9 mètres, deux moteurs de 40 CV, cap au sud, à 6 milles de la côte est.

06/06 03 h 20. Interception du kwassa par la vedette « Odet » de la gendarmerie maritime à 2 milles au large de Chirongui. Le pilote, interpellé, est soupçonné par les enquêteurs d'avoir débarqué les deux kamikazes sur l'île le 2 juin. Les onze passagers, entendus par la police aux frontières, ne sont pas mis en cause.

06/06 07 h 15. Point préfecture, bilan révisé : treize morts, y compris les deux kamikazes, et 52 blessés, dont 17 évacués par avion vers La Réunion.

06/06 16 h 00. Sécurisation du plan d'eau pendant les obsèques : deux vedettes, zone interdite de 300 mètres.

07/06 06 h 10. Reprise normale des barges, toutes les 30 minutes. Veille VHF canal 16 maintenue.

Numéro d'urgence en mer : 196. Fin de l'extrait.
"""))
GOLD += [
E(7, ["deux explosions à Mamoudzou"],
  "SUI", "2026-06-05", "day", "Mamoudzou", "YT", 13, 52, "exact", None, None, False,
  "Coastguard operations log published Sunday 7 June; the entry '05/06 08 h 52' (day/month) dates the explosions to Friday 5 June. 'deux explosions', one at the barge terminal and one near the covered market -> the twin bombing, ONE event coded to the town. The toll is revised inside: '05/06 11 h 40 ... au moins neuf morts et des dizaines de blessés' is superseded by '06/06 07 h 15 ... treize morts, y compris les deux kamikazes, et 52 blessés' -> killed 13 (bombers inside), injured 52, exact; 'dont 17 évacués' is a subset. The three people fallen into the water 'récupérées indemnes' are not casualties. No claim, no group -> perpetrator null. Times, 'UTC+3', '9 mètres', '40 CV', '6 milles', '2 milles', '300 mètres', '30 minutes', 'canal 16', '196' are not casualties; the funerals are not coded."),
E(7, ["Interception du kwassa", "Le pilote, interpellé"],
  "ARR", "2026-06-06", "day", "Chirongui", "YT", None, None, None, "police", None, False,
  "Entry '06/06 03 h 20' -> Saturday 6 June. The cluster's suspected facilitator (the boat pilot who landed the two bombers on 2 June), intercepted at sea '2 milles au large de Chirongui' -> coded to the nearest named place, Chirongui. By the gendarmerie maritime -> 'police' (dev: gendarmerie is police). 'Les onze passagers, entendus ... ne sont pas mis en cause' -> questioned, not arrested. The radar contact of '05/06 22 h 15' is the same boat, not an event."),
]

# -------------------------------------------------------------- holdout45-008
ARTICLES.append(A(8, "fr", "article", "2026-06-08T07:00:00Z",
"Élection partielle de Mamoudzou-3 : le scrutin reporté au 28 juin",
"""
COMMISSION ÉLECTORALE DE L'ÉLECTION DÉPARTEMENTALE PARTIELLE DU CANTON DE MAMOUDZOU-3. Communiqué du lundi 8 juin 2026.

Réunie dimanche à 18 heures en séance extraordinaire, la commission électorale a proposé au préfet, qui l'a accepté, le report du premier tour prévu le dimanche 14 juin. Il se tiendra le dimanche 28 juin, et le second tour éventuel le dimanche 5 juillet.

Motifs. Le double attentat-suicide de vendredi à la gare maritime et au marché couvert a fait quatorze morts, dont les deux kamikazes, et 52 blessés. Parmi les morts figure M. Abdou Madi, 61 ans, président du bureau de vote n° 4, décédé samedi soir à l'hôpital. L'attentat a été revendiqué dimanche par les chabab somaliens (al-Shabaab). Trois des neuf bureaux de vote du canton, dont l'école de la rue du Commerce, se trouvent dans le périmètre de sécurité.

Bureau n° 7. L'école maternelle de Koungou, qui devait accueillir le bureau n° 7, reste requise par la gendarmerie pour les besoins de l'enquête, après l'interpellation vendredi soir de deux hommes dans une maison voisine. Le bureau est transféré au gymnase communal.

Campagne. La campagne officielle, suspendue depuis vendredi, reprendra le lundi 15 juin à zéro heure. Les quatre candidats disposent chacun de 12 emplacements d'affichage. Les réunions publiques sont interdites jusqu'au 14 juin inclus.

Électeurs. Le canton compte 11 482 électeurs inscrits. Les procurations établies pour le 14 juin restent valables pour le 28 juin. Les bureaux seront ouverts de 8 heures à 18 heures.

Les membres de la commission présentent leurs condoléances aux familles et saluent les 230 assesseurs et secrétaires bénévoles.

Renseignements : bureau des élections de la préfecture, 0269 63 50 00, du lundi au jeudi de 8 h 30 à 15 h 30.
"""))
GOLD += [
E(8, ["Le double attentat-suicide de vendredi", "L'attentat a été revendiqué"],
  "SUI", "2026-06-05", "day", "Mamoudzou", "YT", 14, 52, "exact", "al-Shabaab", "al-Shabaab", False,
  "Electoral commission communiqué of Monday 8 June; 'de vendredi' -> 5 June; the terminal and the market -> ONE event coded to Mamoudzou. 'quatorze morts, dont les deux kamikazes, et 52 blessés' -> killed 14 (bombers inside; M. Madi, 61, 'décédé samedi soir', is inside), injured 52, exact. 'revendiqué dimanche par les chabab somaliens (al-Shabaab)', undisputed -> claimant and perpetrator 'al-Shabaab'. '18 heures', '14 juin', '28 juin', '5 juillet', '61 ans', 'bureau de vote n° 4', 'Trois des neuf bureaux', 'n° 7', '15 juin', '12 emplacements', '11 482 électeurs', '8 heures à 18 heures', '230 assesseurs', '0269 63 50 00', '8 h 30 à 15 h 30' are not casualties; the postponed vote is no event."),
E(8, ["l'interpellation vendredi soir de deux hommes"],
  "ARR", "2026-06-05", "day", "Koungou", "YT", None, None, None, "police", None, False,
  "'vendredi soir' vs Monday 8 June -> 5 June, the evening of the bombing. Two men arrested 'dans une maison voisine' of the Koungou nursery school -> Koungou. The school 'requise par la gendarmerie' names the force -> 'police' (gendarmerie)."),
]

# -------------------------------------------------------------- holdout45-009
ARTICLES.append(A(9, "fr", "article", "2026-06-10T09:00:00Z",
"Le syndicat des taxis de Mayotte en deuil et en colère",
"""
SYNDICAT DES TAXIS DE MAYOTTE (STM) - COMMUNIQUÉ. Mamoudzou, le mercredi 10 juin 2026.

Le syndicat pleure Ahmed Combo, 52 ans, chauffeur depuis 1998, l'une des victimes du double attentat-suicide de vendredi à Mamoudzou, revendiqué par al-Shabaab. Ahmed a été tué devant la gare maritime alors qu'il chargeait des clients. Le bilan est de quatorze morts, dont les deux auteurs, et 52 blessés, parmi lesquels deux autres chauffeurs.

1. Notre adhérent Saïd M., interpellé lundi à Dzaoudzi par la gendarmerie parce que son taxi avait été filmé près du quai le 4 juin, a été relâché mardi sans poursuites après 30 heures de garde à vue. Le STM dénonce une arrestation fondée sur une simple vidéo. Quatre autres chauffeurs, entendus comme témoins, sont repartis libres le jour même.

2. Mardi, plusieurs chauffeurs s'étaient joints à la marche des jeunes vers la préfecture pour réclamer plus de sécurité. Les gendarmes mobiles l'ont dispersée à coups de gaz lacrymogènes devant les grilles. Un chauffeur et deux manifestants ont été blessés, ainsi qu'un gendarme. Le STM demande une enquête.

3. Jeudi 11 juin, les taxis observeront une opération « ville morte » de 6 heures à 12 heures. Un cortège de 200 véhicules partira à 9 heures du rond-point de la barge et fera trois tours de la place de la République, en klaxonnant une minute à 10 h 00.

4. Une collecte est ouverte pour la famille d'Ahmed, qui laisse six enfants. Dons au siège, 17 rue du Marché, ou par virement (référence « COMBO 2026 »). Objectif : 15 000 euros.

5. Le tarif de la course urbaine reste fixé à 2 euros. Les courses vers l'hôpital sont gratuites jusqu'au 30 juin pour les familles des victimes.

Le bureau du STM. Contact : 0639 22 41 87.
"""))
GOLD += [
E(9, ["double attentat-suicide de vendredi à Mamoudzou", "Ahmed a été tué devant la gare maritime"],
  "SUI", "2026-06-05", "day", "Mamoudzou", "YT", 14, 52, "exact", "al-Shabaab", "al-Shabaab", False,
  "Union statement of Wednesday 10 June; 'de vendredi' -> 5 June. 'quatorze morts, dont les deux auteurs, et 52 blessés' -> killed 14 (bombers inside; Ahmed Combo is inside), injured 52, exact; 'deux autres chauffeurs' are a subset. 'revendiqué par al-Shabaab', undisputed -> claimant and perpetrator. '52 ans', 'depuis 1998', '4 juin', '30 heures', '6 heures à 12 heures', '200 véhicules', '9 heures', 'trois tours', '10 h 00', 'six enfants', '17 rue du Marché', '15 000 euros', '2 euros', '30 juin', '0639 22 41 87' are not casualties. The taxis' 'ville morte' and convoy of Thursday 11 June are future, not coded."),
E(9, ["interpellé lundi à Dzaoudzi par la gendarmerie", "une arrestation fondée sur une simple vidéo"],
  "ARR", "2026-06-08", "day", "Dzaoudzi", "YT", None, None, None, "police", None, False,
  "'lundi' vs Wednesday 10 June -> 8 June. A taxi driver arrested in Dzaoudzi by the gendarmerie -> 'police'; 'relâché mardi sans poursuites après 30 heures de garde à vue': released without charge, still an arrest (dated at the arrest). 'Quatre autres chauffeurs, entendus comme témoins' are not arrested."),
E(9, ["la marche des jeunes vers la préfecture", "Les gendarmes mobiles l'ont dispersée à coups de gaz lacrymogènes"],
  "PI", "2026-06-09", "day", "Mamoudzou", "YT", None, 4, "exact", None, None, False,
  "'Mardi' vs Wednesday 10 June -> 9 June. A youth march on the prefecture with a demand ('réclamer plus de sécurité'), dispersed with tear gas by the gendarmes mobiles -> Protest with intervention, perpetrator null (dev). 'Un chauffeur et deux manifestants ont été blessés, ainsi qu'un gendarme' -> injured 1 + 2 + 1 = 4 (all sides summed), exact; killed null. The prefecture of Mayotte is in Mamoudzou."),
]

# -------------------------------------------------------------- holdout45-010
ARTICLES.append(A(10, "en", "article", "2026-06-11T11:00:00Z",
"Tanzania arrests suspected financier of Mayotte bombers",
"""
DAR ES SALAAM (Indian Ocean Wire) - Tanzanian police arrested a Comorian man in Dar es Salaam on Wednesday on suspicion of wiring money to the two suicide bombers who killed 12 people in Mayotte last week, French prosecutors said on Thursday.

The man, 44, who runs a phone shop in the Kariakoo market, is suspected of sending EUR 6,500 in three transfers in May. France has requested his extradition.

Al-Shabaab claimed the June 5 attack on Sunday in a statement that spoke of "more than 60 French crusaders" killed. France's anti-terrorism prosecutor's office said on Monday the claim was credible and that the bombers, two Comorian-born men aged 21 and 23, "may have been" trained in Somalia. Ahl al-Sunna wal-Jama'a, the insurgents of northern Mozambique, denied any link.

The official toll is 14 dead, including the two bombers, and 52 wounded. A nine-year-old girl remains in critical condition.

The two men arrested in Koungou on the evening of the bombing were charged on Tuesday and remanded in custody, as was the pilot of the boat intercepted off Chirongui on Saturday.

On Sunday, some 15,000 people, most dressed in white, marched from the town hall to the ferry terminal in Mamoudzou chanting "Mayotte stands up". On Tuesday, gendarmes fired tear gas to disperse several hundred young people marching on the prefecture to demand more police; four people were hurt.

Mayotte's last attack with explosives, in 2019, was a grenade thrown into a bar in Bandrélé that wounded three.

Schools in Mamoudzou reopened on Wednesday, and the barge again carries some 12,000 passengers a day.
"""))
GOLD += [
E(10, ["Tanzanian police arrested a Comorian man in Dar es Salaam on Wednesday"],
  "ARR", "2026-06-10", "day", "Dar es Salaam", "TZ", None, None, None, "police", None, False,
  "Wire of Thursday 11 June; 'on Wednesday' -> 10 June. A suspected financier of the bombers, arrested in Tanzania -> TZ, by the Tanzanian police -> 'police'. The extradition request is a follow-up. '44', 'EUR 6,500', 'three transfers' are not casualties."),
E(10, ["the two suicide bombers who killed 12 people in Mayotte last week", "the June 5 attack", "the evening of the bombing"],
  "SUI", "2026-06-05", "day", "Mamoudzou", "YT", 14, 52, "exact", "al-Shabaab", "al-Shabaab", False,
  "'the June 5 attack' -> 5 June ('last week' agrees). 'who killed 12 people' counts the victims without the bombers; 'The official toll is 14 dead, including the two bombers, and 52 wounded' is the full figure -> killed 14, injured 52, exact; 'A nine-year-old girl remains in critical condition' is a subset. 'Al-Shabaab claimed the June 5 attack on Sunday', judged 'credible' by the anti-terrorism prosecutors -> claimant and perpetrator 'al-Shabaab'; the claim's 'more than 60 French crusaders' is never used. Ahl al-Sunna wal-Jama'a's denial is not a claim; 'may have been trained in Somalia' is speculation. 'the evening of the bombing' names the bombing (the Koungou trigger stops before it). 'aged 21 and 23', 'nine-year-old', '12,000 passengers' are not casualties."),
E(10, ["The two men arrested in Koungou"],
  "ARR", "2026-06-05", "day", "Koungou", "YT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout45-008: 'on the evening of the bombing' -> 5 June. 'charged on Tuesday and remanded in custody' is the follow-up. No force named -> 'police'."),
E(10, ["the pilot of the boat intercepted off Chirongui on Saturday"],
  "ARR", "2026-06-06", "day", "Chirongui", "YT", None, None, None, "police", None, False,
  "Restates the arrest at sea of holdout45-007: 'on Saturday' vs Thursday 11 June -> 6 June; 'off Chirongui' -> Chirongui. 'as was' (charged and remanded) is the follow-up. No force named -> 'police'."),
E(10, ["some 15,000 people, most dressed in white, marched from the town hall to the ferry terminal"],
  "PP", "2026-06-07", "day", "Mamoudzou", "YT", None, None, None, None, None, False,
  "'On Sunday' vs Thursday 11 June -> 7 June. A march with a message ('Mayotte stands up'), no incident -> Peaceful protest, perpetrator null. '15,000' counts marchers."),
E(10, ["gendarmes fired tear gas to disperse several hundred young people marching on the prefecture"],
  "PI", "2026-06-09", "day", "Mamoudzou", "YT", None, 4, "exact", None, None, False,
  "'On Tuesday' vs Thursday 11 June -> 9 June: the youth march of holdout45-009, with a demand ('more police'), dispersed with tear gas -> Protest with intervention, perpetrator null. 'four people were hurt' -> injured 4 (number word), exact. 'several hundred' counts marchers."),
E(10, ["Mayotte's last attack with explosives", "a grenade thrown into a bar in Bandrélé"],
  "GRN", "2019-01-01", "year", "Bandrélé", "YT", None, 3, "exact", None, None, True,
  "'in 2019' -> year, background (as in holdout45-006). Grenade, no author -> null. 'that wounded three' -> injured 3, exact."),
]
