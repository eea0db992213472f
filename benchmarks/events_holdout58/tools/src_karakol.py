"""Authoring source of benchmarks/events_holdout58 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Karakol, Kyrgyzstan cluster (holdout58-011 to 015; English and
French), two suicide bombers on Sunday 14 June 2026 at two sites of one
town (the Sunday livestock market and the central bus station, about 800 m
and seven minutes apart): an English-language outlet's lunchtime news
digest email with a first report (011), a farmers' market notice to
stallholders (012), an English wire on the claim and the arrests (013), a
French piano teacher's email rescheduling lessons ("courriel d'une
professeure de piano", fr 014) and a French association's community garden
newsletter ("lettre d'un jardin partagé", fr 015). Kyrgyzstan is UTC+6 and
France UTC+2 in June: every publication time here is between 03:00 and
07:00 UTC, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout58")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout58-011
ARTICLES.append(A(11, "en", "article", "2026-06-14T06:30:00Z",
"Lunchtime Digest: twin bombing in Karakol; som steady; heat in Bishkek",
"""
ALA-TOO DAILY - LUNCHTIME DIGEST. Sunday 14 June 2026, 12:30. Five things to know this afternoon.

1. TWIN BOMBING IN KARAKOL. Two suicide bombers attacked the lakeside town of Karakol this morning, killing at least seven people as well as the two bombers and wounding dozens, the health ministry said. The first blew himself up at 9:20 at the Sunday livestock market, crowded with farmers selling sheep and horses; the second followed at 9:27 at the central bus station, about 800 metres away. Nobody has claimed the attack. A police source said the men could be linked to Islamic State's Khorasan branch, which has recruited in Central Asia, but the interior ministry urged "patience". Police recalled a smaller attack in 2015, when a homemade bomb at a bazaar in Kara-Balta, in the Chui region, wounded three traders. Karakol's hospital, with 420 beds, has called in all staff.

2. ROADS AND FLIGHTS. The road from Balykchy to Karakol is closed to private cars at Tyup. Flights to the lake's airport at Tamchy are running, but the 16:40 from Bishkek is delayed by two hours.

3. THE SOM. The som held at 87.4 to the dollar at Friday's close. Remittances from Russia rose 6 percent in May, the central bank said.

4. WEATHER. Bishkek will reach 34 degrees this afternoon; thunderstorms are expected over the Issyk-Kul basin from 18:00.

5. FOOTBALL. Kyrgyzstan's under-21 side beat Tajikistan 2-1 on Saturday in Osh before 9,000 spectators; the return match is on 21 June.

ALSO. The summer season at the lake opens officially on 1 July; hotels expect 1.4 million visitors this year, 8 percent more than last year.

You receive this digest because you subscribed at ala-too-daily.kg. Our evening digest arrives at 19:00. Newsroom: +996 312 61 44 08.
"""))
GOLD += [
E(11, ["Two suicide bombers attacked the lakeside town of Karakol", "The first blew himself up at 9:20", "the second followed at 9:27", "the attack"],
  "SUI", "2026-06-14", "day", "Karakol", "KG", 9, 12, "at_least", None, None, False,
  "Digest of Sunday 14 June 2026 (12:30 in Karakol); 'this morning' = the publication day. Two sites of one town (the livestock market and the bus station, 'about 800 metres' and seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people as well as the two bombers and wounding dozens' -> killed 7 + 2 = 9 (the bombers are added), at_least; 'dozens' -> injured 12 (dev table; the qualifier describes the killed figure). 'Nobody has claimed the attack'; 'could be linked to Islamic State's Khorasan branch' is speculation -> perpetrator null. '12:30', '9:20', '9:27', '800 metres', '420 beds', '16:40', 'two hours', '87.4', '6 percent', '34 degrees', '18:00', '2-1', '9,000 spectators', '21 June', '1 July', '1.4 million visitors', '8 percent', '19:00', '+996 312 61 44 08' are not casualties."),
E(11, ["a homemade bomb at a bazaar in Kara-Balta, in the Chui region, wounded three traders"],
  "IED", "2015-01-01", "year", "Kara-Balta", "KG", None, 3, "exact", None, None, True,
  "'in 2015, when' -> 2015, year, background. A homemade bomb -> Remote explosive/landmine/IED, no author -> null. 'wounded three traders' -> injured 3 (number word), exact."),
]

# -------------------------------------------------------------- holdout58-012
ARTICLES.append(A(12, "en", "article", "2026-06-16T04:00:00Z",
"Karakol Farmers' Market: notice to stallholders No. 7",
"""
KARAKOL FARMERS' MARKET ASSOCIATION. NOTICE TO STALLHOLDERS No. 7 (English version for our partner volunteers). Tuesday 16 June 2026.

Dear stallholders,

Our notice of Sunday evening spoke of nine dead. The regional hospital now says 14 people were killed in Sunday's twin suicide bombing at the livestock market and the bus station, including the two bombers, and 41 were injured. Among the dead is Gulnara Asanova, 52, who sold honey at stall B-17 for eleven years and died in hospital on Monday. Her funeral is today at 14:00 in Ak-Suu.

1. SATURDAY'S MARKET. The market of Saturday 20 June is cancelled. The square behind the bus station is still inside the police cordon.

2. FEES. Stall fees of 300 som for June are waived. Those who have already paid will be refunded at the office.

3. YOUR PRODUCE. Cheese, kymyz and meat left in the association's cold store (kept at 4 degrees) can be collected on Wednesday and Thursday between 9:00 and 12:00. Please bring your stall card. Anything not collected by Friday will be given to the hospital kitchen.

4. THE POLICE. Police arrested two men in Balykchy on Sunday evening, the regional police chief said. Officers may come to ask questions about Sunday morning. Five of our stallholders were questioned as witnesses on Monday and went home the same day; nobody else from the market has been detained.

5. THE TRADERS' WALK. Traders of the livestock market plan to walk to the regional administration on Wednesday at 10:00 to ask for compensation. The association does not organise this walk; members who join are asked to stay calm.

6. SOLIDARITY. The hardship fund has 1,500 som per family available for stallholders who lost stock. Our 140 stallholders have also collected 38 kg of dried apricots and 25 litres of honey for the wounded.

Office: 8:00 to 17:00, ground floor of the old cinema, 3 km from the centre. Telephone: 0 3922 5 18 40. Text messages only to 0 555 71 20 63.

The board
"""))
GOLD += [
E(12, ["Sunday's twin suicide bombing at the livestock market and the bus station"],
  "SUI", "2026-06-14", "day", "Karakol", "KG", 14, 41, "exact", None, None, False,
  "Notice of Tuesday 16 June; 'Sunday's' -> 14 June. One event for the town. The toll is revised inside: 'Our notice of Sunday evening spoke of nine dead' (superseded) -> '14 people were killed ... including the two bombers, and 41 were injured' -> killed 14 (bombers inside; the honey seller of 52 who died 'on Monday' is inside), injured 41, exact. No claim, no group named -> perpetrator null. 'No. 7', '52', 'B-17', 'eleven years', '14:00', '20 June', '300 som', '4 degrees', '9:00 and 12:00', 'Five of our stallholders' (witnesses), '10:00', '1,500 som', '140 stallholders', '38 kg', '25 litres', '8:00 to 17:00', '3 km', '0 3922 5 18 40', '0 555 71 20 63' are not casualties."),
E(12, ["Police arrested two men in Balykchy on Sunday evening"],
  "ARR", "2026-06-14", "day", "Balykchy", "KG", None, None, None, "police", None, False,
  "'on Sunday evening' vs Tuesday 16 June -> 14 June, the evening of the bombing. 'Police' -> 'police'. The five stallholders 'questioned as witnesses ... went home the same day' are not arrested. The traders' walk planned for Wednesday is future and not coded here."),
]

# -------------------------------------------------------------- holdout58-013
ARTICLES.append(A(13, "en", "article", "2026-06-17T05:00:00Z",
"Uyghur militant group claims Karakol bombing; suspect held in Russia",
"""
KARAKOL, Kyrgyzstan (Silk Road Wire) - The Turkistan Islamic Party, a Uyghur militant group, claimed responsibility on Tuesday for Sunday's twin suicide bombing in Karakol, in a video that boasted of "more than 60 infidels" killed at the town's livestock market and bus station.

Kyrgyzstan's State Committee for National Security (GKNB) said on Wednesday that the claim was "authentic" and that one of the two bombers appeared in the video. Katibat Imam al-Bukhari, an Uzbek militant group that some officials had named on Sunday, denied any role.

The attack killed 12 people, not counting the two attackers, and wounded 41, according to the health ministry. A GKNB spokesman said the bombers, Kyrgyz citizens aged 21 and 23 from the Issyk-Kul region, "may have been" trained in northern Afghanistan in 2024.

Russian security officers on Tuesday arrested a Kyrgyz man in Novosibirsk who is suspected of wiring money to the bombers and buying the detonators online, the GKNB said. Moscow has agreed to question him at Bishkek's request. The two men arrested in Balykchy on Sunday evening were charged on Tuesday with terrorism and remanded for two months. The bombers' parents and a brother were questioned and released.

Investigators recalled an earlier attack in 2015, when a homemade device at a bazaar in Kara-Balta wounded three traders.

About 1,500 police officers have been deployed at the lake's beaches and resorts ahead of the summer season, and a 12,000-seat stadium concert in Cholpon-Ata planned for Saturday has been postponed. The livestock market, which usually draws some 5,000 buyers, will stay closed for two weeks.
"""))
GOLD += [
E(13, ["Sunday's twin suicide bombing in Karakol", "The attack killed 12 people"],
  "SUI", "2026-06-14", "day", "Karakol", "KG", 14, 41, "exact", "Turkistan Islamic Party", "Turkistan Islamic Party", False,
  "Wire of Wednesday 17 June; 'Sunday's' -> 14 June. 'killed 12 people, not counting the two attackers, and wounded 41' -> killed 12 + 2 = 14 (the bombers are added), injured 41, exact. Claimed on Tuesday by the Turkistan Islamic Party in a video, judged 'authentic' by the GKNB -> claimant and perpetrator (the canonical name earlier sets use); the claim's 'more than 60 infidels' is never used. The denial of Katibat Imam al-Bukhari is not a claim; 'may have been' trained is speculation. 'aged 21 and 23', '2024', 'two months', '1,500 police officers', '12,000-seat', 'some 5,000 buyers', 'two weeks' are not casualties."),
E(13, ["Russian security officers on Tuesday arrested a Kyrgyz man in Novosibirsk"],
  "ARR", "2026-06-16", "day", "Novosibirsk", "RU", None, None, None, "police", None, False,
  "'on Tuesday' vs Wednesday 17 June -> 16 June. The cluster's suspected facilitator (money and detonators), arrested in Russia -> RU; Russian security officers are a security service -> 'police' (dev). 'agreed to question him at Bishkek's request' is a follow-up."),
E(13, ["The two men arrested in Balykchy on Sunday evening"],
  "ARR", "2026-06-14", "day", "Balykchy", "KG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout58-012: 'on Sunday evening' vs Wednesday 17 June -> 14 June. Told through its judicial follow-up ('charged on Tuesday with terrorism and remanded for two months') -> one Arrests event at the arrest's place and day. No force named -> 'police'. The parents and brother 'questioned and released' are not arrested."),
E(13, ["a homemade device at a bazaar in Kara-Balta wounded three traders"],
  "IED", "2015-01-01", "year", "Kara-Balta", "KG", None, 3, "exact", None, None, True,
  "'in 2015, when' -> year, background. The homemade device of holdout58-011 -> Remote explosive/landmine/IED, no author -> null; injured 3, exact. Kara-Balta, in the Chui region, is its own place, far from Karakol."),
]

# -------------------------------------------------------------- holdout58-014
ARTICLES.append(A(14, "fr", "article", "2026-06-18T03:00:00Z",
"Cours de piano : report des leçons de la semaine",
"""
Objet : report des cours de piano de cette semaine et du récital

Chers parents, chers élèves,

Comme vous le savez, les cours de lundi ont été annulés pour la journée de deuil national décrétée après l'attentat-suicide de dimanche à Karakol. Je vous propose les reports suivants, tous dans mon studio de Bichkek :
- Aïda (lundi 16 h) : samedi 20 juin à 10 h ;
- Timour (lundi 17 h) : dimanche 21 juin à 11 h ;
- Léa et Maxime (lundi 18 h, cours à quatre mains) : mercredi 24 juin à 18 h.

Daniyar ne viendra pas cette semaine : sa grand-mère a été blessée à la gare routière de Karakol, par la seconde des deux explosions. Elle va mieux et devrait rentrer chez elle vendredi. Nous pensons à elle et à toutes les familles : l'attaque a fait quatorze morts, dont les deux kamikazes, et quarante et un blessés. Elle a été revendiquée mardi par le Parti islamique du Turkestan.

Daniyar m'a aussi raconté que son père, éleveur au marché aux bestiaux, a reçu un coup de matraque mercredi, quand la police a dispersé les éleveurs qui marchaient vers l'administration régionale pour demander des indemnités. Rien de grave, heureusement.

Les deux hommes arrêtés dimanche soir à Balykchy ont été inculpés mardi ; il paraît que l'un d'eux était le voisin d'un oncle de Daniyar. Le monde est petit, et Karakol plus encore.

Le récital du samedi 27 juin est repoussé au samedi 4 juillet, même heure (15 h), dans la salle de 120 places de l'Alliance française. Programme maintenu : le nocturne op. 9 n° 2 de Chopin pour Léa, deux études de Czerny (op. 599, n° 12 et 19) pour Timour, la Lettre à Élise pour Aïda, au métronome à 60 pour commencer !

Le tarif reste de 1 800 soms la leçon de 45 minutes ; les cours annulés ne sont pas facturés. Pensez à travailler vos gammes 15 minutes par jour, même en vacances.

Avec toute mon amitié,
Hélène Marchal
Professeure de piano, +996 555 48 27 19
"""))
GOLD += [
E(14, ["l'attentat-suicide de dimanche à Karakol", "la seconde des deux explosions", "l'attaque a fait quatorze morts"],
  "SUI", "2026-06-14", "day", "Karakol", "KG", 14, 41, "exact", "Turkistan Islamic Party", "Turkistan Islamic Party", False,
  "Email of Thursday 18 June; 'de dimanche' -> 14 June. 'la seconde des deux explosions' names the twin bombing (one event). 'quatorze morts, dont les deux kamikazes, et quarante et un blessés' -> killed 14 (bombers inside, number words), injured 41, exact; Daniyar's grandmother is one of the injured (a subset). 'revendiquée mardi par le Parti islamique du Turkestan' -> 'Turkistan Islamic Party', claimant and perpetrator. The lesson times and dates, '20 juin', '21 juin', '24 juin', '27 juin', '4 juillet', '15 h', '120 places', 'op. 9 n° 2', 'op. 599, n° 12 et 19', '60', '1 800 soms', '45 minutes', '15 minutes' are not casualties."),
E(14, ["la police a dispersé les éleveurs qui marchaient vers l'administration régionale"],
  "PI", "2026-06-17", "day", "Karakol", "KG", None, None, None, None, None, False,
  "'mercredi' vs Thursday 18 June -> 17 June. Livestock traders marching to the regional administration (in Karakol) to demand compensation, dispersed by the police with batons ('un coup de matraque') -> Protest with intervention, perpetrator null. One father 'a reçu un coup de matraque' but 'Rien de grave': no casualty figure for the march -> null."),
E(14, ["Les deux hommes arrêtés dimanche soir à Balykchy"],
  "ARR", "2026-06-14", "day", "Balykchy", "KG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout58-012: 'dimanche soir' vs Thursday 18 June -> 14 June. 'inculpés mardi' is the follow-up. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout58-015
ARTICLES.append(A(15, "fr", "article", "2026-06-20T04:00:00Z",
"Jardins d'Issyk-Koul : lettre aux adhérents après l'attentat de Karakol",
"""
LES JARDINS D'ISSYK-KOUL - Lettre aux adhérents n° 23, samedi 20 juin 2026. Association loi 1901, Annecy, partenaire du jardin partagé de Karakol.

Chers adhérents,

Beaucoup d'entre vous nous ont écrit depuis dimanche. Voici des nouvelles du jardin partagé, à 600 mètres de la gare routière où le second kamikaze s'est fait exploser le 14 juin.

NOTRE ÉQUIPE. Aïgoul, notre coordinatrice, 34 ans, blessée au bras à la gare routière, est sortie de l'hôpital jeudi. Notre bénévole Bakyt a été arrêté mercredi à Cholpon-Ata, parce qu'il avait loué une chambre aux deux kamikazes en mai sans savoir qui ils étaient ; il a été relâché vendredi sans inculpation.

LE BILAN. Une fillette de 8 ans est morte vendredi à l'hôpital. Le double attentat-suicide, revendiqué par le Parti islamique du Turkestan, a fait quinze morts, y compris les deux kamikazes, et 41 blessés.

LA VILLE. Mercredi, la police a repoussé à coups de matraque les éleveurs du marché aux bestiaux qui marchaient vers l'administration régionale pour réclamer des indemnités ; six personnes ont été blessées. Jeudi soir, quelque 3 000 habitants ont marché en silence de la cathédrale de la Sainte-Trinité à la gare routière, pour dire « Karakol n'a pas peur ». Aïgoul y était, le bras en écharpe.

LE JARDIN. Les 42 parcelles ont été arrosées chaque jour par les voisins. La récolte de juin s'annonce bonne : 600 kg de pommes de terre attendus et les premières fraises. Les 12 ruches vont bien. La citerne de 5 000 litres, financée l'an dernier, a été prêtée aux pompiers pour nettoyer la gare.

CE QUE VOUS POUVEZ FAIRE. Un don de 25 euros paie une semaine de semences pour une famille ; 50 euros, un panier de légumes hebdomadaire pour une famille touchée pendant deux mois. Les dons sont déductibles à 66 %.

Notre assemblée générale du 4 juillet, à 18 heures à la Maison des associations d'Annecy, commencera par une minute de silence.

Amitiés,
Le bureau - contact@jardins-issyk-koul.fr - 04 50 33 18 72
"""))
GOLD += [
E(15, ["le second kamikaze s'est fait exploser le 14 juin", "Le double attentat-suicide, revendiqué par le Parti islamique du Turkestan"],
  "SUI", "2026-06-14", "day", "Karakol", "KG", 15, 41, "exact", "Turkistan Islamic Party", "Turkistan Islamic Party", False,
  "Newsletter of Saturday 20 June; 'le 14 juin' -> 14 June. One event for the town. 'quinze morts, y compris les deux kamikazes, et 41 blessés' -> killed 15 (bombers inside; the girl of 8 who died 'vendredi', 19 June, is inside), injured 41, exact; Aïgoul, 34, is one of the injured (a subset). 'revendiqué par le Parti islamique du Turkestan' -> 'Turkistan Islamic Party', claimant and perpetrator. 'n° 23', '1901', '600 mètres', '34 ans', '8 ans', '3 000 habitants' (marchers), '42 parcelles', '600 kg', '12 ruches', '5 000 litres', '25 euros', '50 euros', 'deux mois', '66 %', '4 juillet', '18 heures', '04 50 33 18 72' are not casualties."),
E(15, ["Notre bénévole Bakyt a été arrêté mercredi à Cholpon-Ata"],
  "ARR", "2026-06-17", "day", "Cholpon-Ata", "KG", None, None, None, "police", None, False,
  "'mercredi' vs Saturday 20 June -> 17 June. A volunteer who had rented a room to the bombers, arrested in Cholpon-Ata; 'relâché vendredi sans inculpation' does not undo the arrest and is not an event. No force named -> 'police'."),
E(15, ["la police a repoussé à coups de matraque les éleveurs"],
  "PI", "2026-06-17", "day", "Karakol", "KG", None, 6, "exact", None, None, False,
  "'Mercredi' vs Saturday 20 June -> 17 June: the traders' march of holdout58-014, pushed back with batons -> Protest with intervention, perpetrator null. 'six personnes ont été blessées' -> injured 6 (number word), exact."),
E(15, ["quelque 3 000 habitants ont marché en silence"],
  "PP", "2026-06-18", "day", "Karakol", "KG", None, None, None, None, None, False,
  "'Jeudi soir' vs Saturday 20 June -> 18 June. A silent march from Holy Trinity Cathedral to the bus station with a message ('Karakol n'a pas peur'), no incident -> Peaceful protest, perpetrator null. '3 000 habitants' counts marchers."),
]
