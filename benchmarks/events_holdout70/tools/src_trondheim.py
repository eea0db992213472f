"""Authoring source of benchmarks/events_holdout70 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Trondheim, Norway cluster (holdout70-006 to 010; English and
French), two suicide bombers on Friday 24 April 2026 at two sites of one town
(Torvet, the main square, by the Olav Tryggvason column, and the western end
of the Old Town Bridge, Gamle Bybro, about 600 m and five minutes apart): an
English wire with a first report (006), the English version of a tram
operator's service change notice (007), a French holiday cottage's notice to
its guests ("avis aux hôtes d'un gîte", fr 008), an ice hockey club's email
to members and parents (009) and a French cross-country ski club's letter to
its members ("lettre aux adhérents d'un club de ski nordique", fr 010).
Norway, Sweden and France are UTC+2 in April and May: every publication time
here is between 07:00 and 18:00 UTC, so every local date is the UTC date. The
toll grows from "themselves and at least six other people" (8) to "13 ...
not counting the two bombers" (15, Saturday) and 16, the bombers included
(a hockey player of 16 died on Wednesday 29 April); 41 injured from
Saturday on. The gold keeps "Stjørdal" and "Östersund" (Swedish spelling);
the wire writes the airport "Vaernes". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout70")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout70-006
ARTICLES.append(A(6, "en", "article", "2026-04-24T17:30:00Z",
"Two suicide bombers kill at least eight in Norway's Trondheim",
"""
TRONDHEIM, Norway (Nordic Wire) - Two suicide bombers struck the centre of Trondheim five minutes apart on Friday afternoon, killing themselves and at least six other people and wounding a score of others, police said.

The first attacker set off his explosives at about 3:40 p.m. beside the Olav Tryggvason column on Torvet, the main square, where a spring book fair had opened at noon. The second blew himself up at 3:45 p.m. at the western end of the Old Town Bridge, some 600 metres to the east, where many of those fleeing had run.

"The bridge was full of students with ice creams," said Sindre Aune, 24, who was cycling across it. "Then there was smoke, and a woman screaming for her daughter."

Nobody had claimed the attack by early evening. The Police Security Service (PST) said it was too soon to name those responsible, though a police lawyer said the pair "could have been inspired" by al-Qaeda propaganda.

Norway has been spared bomb attacks in recent years. In 2021 a man threw a hand grenade into a crowded nightclub in Molde, injuring three people.

St. Olav's University Hospital activated its disaster plan and called in 250 extra staff. Departures from Trondheim Airport Vaernes, 32 km east of the city, were halted for two hours, and flight SK373 to Oslo left with 140 of its 186 seats empty. About 300 police officers were deployed, and the national threat level was raised to "high", the fourth of five levels.

The municipality opened a helpline for relatives on 800 57 000 and asked residents to avoid the city centre until Saturday noon. The book fair, which expected 12,000 visitors over three days, was cancelled.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the centre of Trondheim", "The first attacker set off his explosives", "The second blew himself up", "the attack"],
  "SUI", "2026-04-24", "day", "Trondheim", "NO", 8, 20, "at_least", None, None, False,
  "Wire of Friday 24 April 2026 (19:30 in Trondheim, UTC+2); 'on Friday afternoon' = the publication day. Two sites of one town (Torvet and the Old Town Bridge, 'some 600 metres' apart, 3:40 and 3:45 p.m.) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least six other people and wounding a score of others' -> killed 6 + 2 bombers = 8, at_least (the bombers are added); 'a score of others' -> injured 20 (dev table; the qualifier describes the killed figure). No claim; 'could have been inspired' by al-Qaeda propaganda is speculation -> perpetrator null. '3:40 p.m.', 'noon', '3:45 p.m.', '600 metres', '24', '250 extra staff', '32 km', 'two hours', 'SK373', '140 of its 186 seats', 'About 300 police officers', 'the fourth of five levels', '800 57 000', '12,000 visitors', 'three days' are not casualties."),
E(6, ["a man threw a hand grenade into a crowded nightclub in Molde"],
  "GRN", "2021-01-01", "year", "Molde", "NO", None, 3, "exact", None, None, True,
  "'In 2021' -> year, background. A thrown hand grenade -> Grenade; 'a man', unnamed -> perpetrator null. 'injuring three people' -> injured 3 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout70-007
ARTICLES.append(A(7, "en", "article", "2026-04-25T08:00:00Z",
"Gråkallbanen line 9: service change notice No. 7/2026",
"""
BYTRIKKEN TRONDHEIM - GRÅKALLBANEN, LINE 9, ST. OLAVS GATE - LIAN. SERVICE CHANGE NOTICE No. 7/2026 (English version). Replaces notice No. 6/2026 of Friday evening. Valid from the first departure on Saturday 25 April 2026 until further notice.

1. REASON. Following Friday's twin suicide bombing on Torvet and at the Old Town Bridge, the police have widened the cordon around the city centre. Notice No. 6 referred to at least eight deaths. The police now report 13 people killed, not counting the two bombers, and 41 injured. One of our drivers, who was on a break near St. Olavs gate, is among the injured; he is in a stable condition.

2. ROUTE. Trams terminate at Ila instead of St. Olavs gate. Replacement bus 9X runs every 15 minutes from Ila to the Solsiden terminal, avoiding the cordon. Journey time from Lian to Ila is 21 minutes.

3. TIMETABLE. First tram from Lian at 06:02, then every 15 minutes until 23:32. The heritage car No. 90 will not run on Sunday, and Sunday's guided trip for 45 passengers is cancelled.

4. SECURITY. After the arrest of two men in Stjørdal on Friday evening, the police asked all operators to keep CCTV recordings for 30 days and to report unattended bags. Staff may ask to look inside large bags at Ila.

5. TICKETS. Monthly passes valid on 24 April are extended by three days. A single ticket costs NOK 44; children under 6 travel free. Tickets bought in our app are valid on bus 9X.

6. LOST PROPERTY. Fourteen items left on trams on Friday are held at the Munkvoll depot, open from 10:00 to 14:00.

7. CONTACT. Customer service, +47 73 80 15 90, daily from 07:00 to 21:00.

Next notice: Monday 27 April, 12:00. We thank our passengers for their patience, and we think of the victims and their families.
"""))
GOLD += [
E(7, ["Friday's twin suicide bombing on Torvet and at the Old Town Bridge"],
  "SUI", "2026-04-24", "day", "Trondheim", "NO", 15, 41, "exact", None, None, False,
  "Tram operator's notice of Saturday 25 April; 'Friday's' -> 24 April. Two sites, one town -> ONE event in Trondheim. The toll is revised inside: 'at least eight deaths' (notice No. 6, superseded) -> '13 people killed, not counting the two bombers, and 41 injured' -> killed 13 + 2 = 15 (the bombers are added: 'not counting'), injured 41, exact; the tram driver is a subset of the injured. No claim -> perpetrator null. 'No. 7/2026', 'No. 6/2026', 'line 9', '9X', '15 minutes', '21 minutes', '06:02', '23:32', 'No. 90', '45 passengers', '30 days', 'three days', 'NOK 44', 'under 6', 'Fourteen items', '10:00 to 14:00', '+47 73 80 15 90', '07:00 to 21:00', '12:00' are not casualties."),
E(7, ["the arrest of two men in Stjørdal on Friday evening"],
  "ARR", "2026-04-24", "day", "Stjørdal", "NO", None, None, None, "police", None, False,
  "'on Friday evening' vs Saturday 25 April -> 24 April, the evening of the bombing; given as the reason for the security measures. 'the police' -> 'police'. Stjørdal is its own town (near Vaernes airport), not Trondheim."),
]

# -------------------------------------------------------------- holdout70-008
ARTICLES.append(A(8, "fr", "article", "2026-04-28T07:00:00Z",
"Les Chalets du Fjord : avis aux hôtes",
"""
LES CHALETS DU FJORD - Byneset, Trondheim. Avis aux hôtes, mardi 28 avril 2026.

Chers hôtes,

Vous êtes nombreux à nous écrire depuis l'attentat de vendredi. Voici ce que nous savons, et ce qui change pour votre séjour.

Vendredi 24 avril, vers 15 h 40, deux kamikazes se sont fait exploser à cinq minutes d'intervalle sur Torvet, la grand-place, et au pied du Vieux Pont (Gamle Bybro). Le bilan s'élève désormais à quinze morts, dont les deux kamikazes, et 41 blessés. Deux de nos hôtes de la semaine dernière, un couple de Lyonnais, ont été légèrement blessés et sont rentrés en France.

Dimanche, Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué l'attentat dans un message qui se vante de « plus de quatre-vingts croisés tués ». Le PST, le service de sécurité de la police, juge cette revendication crédible. L'État islamique a démenti toute implication par son agence Amaq. Selon le procureur, les deux hommes « pourraient avoir été formés » au Yémen en 2024.

Les deux hommes arrêtés vendredi soir à Stjørdal ont été placés hier en détention provisoire pour quatre semaines. Un troisième homme, soupçonné d'avoir conduit les kamikazes depuis la Suède, a été interpellé hier à Steinkjer. Nos voisins de la ferme Sæther, chez qui les deux hommes avaient loué une chambre en mars, ont été entendus dimanche par la police, puis laissés libres.

Pour votre séjour :
- le centre-ville reste bouclé au moins jusqu'à jeudi ; le bus de Byneset s'arrête à Ila ;
- la cathédrale de Nidaros rouvre demain à 9 heures ;
- le sauna au bord du fjord est ouvert de 18 heures à 22 heures ;
- les départs se font toujours avant 11 heures, clés dans la boîte n° 4 ;
- toute annulation d'un séjour prévu avant le 10 mai est remboursée à 100 %, soit 1 450 couronnes la nuit.

En cas d'urgence, composez le 112 ; pour nous joindre, le +47 915 28 604.

Avec nos pensées pour Trondheim,

Claire et Olav Hallan
"""))
GOLD += [
E(8, ["l'attentat de vendredi", "deux kamikazes se sont fait exploser", "a revendiqué l'attentat"],
  "SUI", "2026-04-24", "day", "Trondheim", "NO", 15, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Notice to guests of Tuesday 28 April; 'Vendredi 24 avril' -> 24 April. Two sites of one town (Torvet and the foot of the Old Town Bridge) -> ONE event in Trondheim. 'quinze morts, dont les deux kamikazes, et 41 blessés' -> killed 15 (number word, bombers inside), injured 41, exact; the two guests from Lyon are a subset of the injured. Claimed 'Dimanche' by 'Al-Qaïda dans la péninsule Arabique (AQPA)', judged 'crédible' by the PST -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula' (canonical name of earlier sets); the claim's 'plus de quatre-vingts croisés tués' is never used. Islamic State's denial is not a claim; « pourraient avoir été formés » au Yémen is speculation. '15 h 40', '2024', '9 heures', '18 heures à 22 heures', '11 heures', 'n° 4', '10 mai', '100 %', '1 450 couronnes', '112', '+47 915 28 604' are not casualties."),
E(8, ["Les deux hommes arrêtés vendredi soir à Stjørdal"],
  "ARR", "2026-04-24", "day", "Stjørdal", "NO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-007: 'vendredi soir' vs Tuesday 28 April -> 24 April. 'placés hier en détention provisoire pour quatre semaines' is its judicial follow-up (Monday), not a new arrest. No force named -> 'police'."),
E(8, ["a été interpellé hier à Steinkjer"],
  "ARR", "2026-04-27", "day", "Steinkjer", "NO", None, None, None, "police", None, False,
  "'hier' vs Tuesday 28 April -> Monday 27 April. A third man 'soupçonné d'avoir conduit les kamikazes depuis la Suède' (a suspected facilitator), arrested in Steinkjer. No force named -> 'police'. The neighbours of the Sæther farm, 'entendus dimanche par la police, puis laissés libres', are heard, not arrested."),
]

# -------------------------------------------------------------- holdout70-009
ARTICLES.append(A(9, "en", "article", "2026-04-30T15:00:00Z",
"Eirik, the season, and how you can help",
"""
TRONDHEIM RAVENS ICE HOCKEY CLUB - Email to members, players and parents, Thursday 30 April 2026.

Dear members, players and parents,

It is with great sorrow that we tell you that Eirik Lund, 16, defenceman of our U18 team, died yesterday at St. Olav's University Hospital. Eirik was badly hurt on the Old Town Bridge in the twin suicide bombing of last Friday. His death brings the toll to 16 dead, the two bombers included; 41 people were wounded. The bombing was claimed on Sunday by al-Qaeda in the Arabian Peninsula.

On Sunday, some 20,000 people walked with roses from Torvet to Nidaros Cathedral, to say that Trondheim stands together. Our U18 players carried Eirik's number 17 at the head of the club's group. Thank you to everyone who came.

The investigation goes on. Swedish police on Tuesday arrested a man in Östersund suspected of supplying the detonators. One of the two men arrested in Stjørdal on the night of the attack was released without charge yesterday; the other remains in custody. Our volunteer Knut, who sold one of the bombers a used car in March, was questioned for six hours on Monday and sent home.

For the club:
- the U18 play-off final, due on Saturday 2 May at Leangen Arena, is postponed to 16 May; tickets (NOK 150 adults, NOK 60 children) remain valid;
- the number 17 shirt is retired for good;
- ice training resumes on Monday at 17:30 for U12 and 19:00 for U18, and a psychologist will be at the rink both evenings;
- our fund for Eirik's family has raised NOK 185,000 from 1,300 donors so far.

Eirik's funeral will take place at Nidaros Cathedral next Wednesday at 13:00. The family has asked that players wear the club jacket.

With love and respect,

Ingrid Moe, club chair, +47 926 44 310
"""))
GOLD += [
E(9, ["the twin suicide bombing of last Friday", "The bombing was claimed", "the attack"],
  "SUI", "2026-04-24", "day", "Trondheim", "NO", 16, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Club email of Thursday 30 April; 'last Friday' -> 24 April. A player of 16, hurt on the bridge, died 'yesterday' (29 April): 'the toll to 16 dead, the two bombers included; 41 people were wounded' -> killed 16 (bombers inside), injured 41, exact. 'claimed on Sunday by al-Qaeda in the Arabian Peninsula', undisputed -> claimant and perpetrator. 'on the night of the attack' names the bombing (the arrest's trigger stops before it). '16', 'U18', 'number 17', '2 May', '16 May', 'NOK 150', 'NOK 60', '17:30', 'U12', '19:00', 'NOK 185,000', '1,300 donors', '13:00', '+47 926 44 310' are not casualties; the funeral is not coded."),
E(9, ["some 20,000 people walked with roses from Torvet to Nidaros Cathedral"],
  "PP", "2026-04-26", "day", "Trondheim", "NO", None, None, None, None, None, False,
  "'On Sunday' vs Thursday 30 April -> 26 April. A march with roses with a message ('to say that Trondheim stands together'), no incident -> Peaceful protest, perpetrator null. 'some 20,000' counts marchers."),
E(9, ["Swedish police on Tuesday arrested a man in Östersund"],
  "ARR", "2026-04-28", "day", "Östersund", "SE", None, None, None, "police", None, False,
  "'on Tuesday' vs Thursday 30 April -> 28 April. A man 'suspected of supplying the detonators', arrested in Sweden by the Swedish police -> 'police', coded to Östersund in Sweden (SE), not to the bombing's country."),
E(9, ["the two men arrested in Stjørdal"],
  "ARR", "2026-04-24", "day", "Stjørdal", "NO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-007: 'on the night of the attack' -> 24 April (that phrase names the bombing and belongs to its event). 'One of the two men ... was released without charge yesterday': the release does not undo the arrest and is not an event. No force named -> 'police'. The volunteer 'questioned for six hours on Monday and sent home' is not arrested."),
]

# -------------------------------------------------------------- holdout70-010
ARTICLES.append(A(10, "fr", "article", "2026-05-02T08:00:00Z",
"Ski nordique Chambéry : lettre aux adhérents n° 41",
"""
SKI NORDIQUE CHAMBÉRY - Lettre aux adhérents n° 41, samedi 2 mai 2026.

Chers adhérents,

Notre stage de fin de saison à Granåsen, sur les hauteurs de Trondheim, devait être une fête : quatorze skieurs, 32 km de pistes encore enneigées, et le stade où s'entraînent les champions norvégiens. Il s'est achevé dans le deuil.

Le vendredi 24 avril, alors que le groupe visitait la vieille ville, deux kamikazes se sont fait exploser sur Torvet et au pied du Vieux Pont. Le bilan est aujourd'hui de seize morts, kamikazes compris, et de quarante et un blessés. Notre entraîneur des juniors, Mathis, 27 ans, a été blessé au bras par des éclats ; il a été opéré sur place et va bien.

L'attentat a été revendiqué par Al-Qaïda dans la péninsule Arabique. L'enquête avance : l'homme arrêté mardi à Östersund, en Suède, soupçonné d'avoir fourni les détonateurs, doit être remis à la Norvège la semaine prochaine. La police norvégienne rappelle que la région était jusqu'ici très calme : en 2017, elle avait désamorcé une bombe artisanale cachée dans un abribus de Levanger, à 80 km au nord.

Le groupe est rentré lundi, avec deux jours d'avance, par le vol de 7 h 05 via Oslo et Genève. Le surcoût, 2 380 euros au total, est pris en charge par l'assurance du club.

Agenda :
- assemblée générale le vendredi 22 mai à 19 heures, salle des fêtes de Bissy ;
- cotisation 2026-2027 : 85 euros (45 euros pour les moins de 18 ans) ;
- sortie ski-roue le dimanche 10 mai, départ à 8 h 30 du parking du Revard ;
- une collecte pour les familles des victimes est ouverte jusqu'au 31 mai.

Mathis remercie tous ceux qui lui ont écrit. Nous pensons à Trondheim, à ses habitants et à nos amis du club de Granåsen.

Le bureau
"""))
GOLD += [
E(10, ["deux kamikazes se sont fait exploser sur Torvet", "L'attentat a été revendiqué"],
  "SUI", "2026-04-24", "day", "Trondheim", "NO", 16, 41, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Club letter of Saturday 2 May; 'Le vendredi 24 avril' -> 24 April. Two sites of one town (Torvet and the foot of the Old Town Bridge) -> ONE event. 'seize morts, kamikazes compris, et de quarante et un blessés' -> killed 16 (bombers inside), injured 41 (number words), exact; the coach Mathis, 27, is a subset of the injured. 'revendiqué par Al-Qaïda dans la péninsule Arabique', undisputed -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula'. 'n° 41', 'quatorze skieurs', '32 km', '27 ans', '80 km', 'deux jours', '7 h 05', '2 380 euros', '22 mai', '19 heures', '2026-2027', '85 euros', '45 euros', 'moins de 18 ans', '10 mai', '8 h 30', '31 mai' are not casualties."),
E(10, ["l'homme arrêté mardi à Östersund"],
  "ARR", "2026-04-28", "day", "Östersund", "SE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout70-009: 'mardi' vs Saturday 2 May -> 28 April; in Sweden -> SE. 'doit être remis à la Norvège' is a handover, a follow-up, not an event. No force named here; the Swedish police of holdout70-009 -> 'police'."),
E(10, ["elle avait désamorcé une bombe artisanale cachée dans un abribus de Levanger"],
  "DWU", "2017-01-01", "year", "Levanger", "NO", None, None, None, "police", None, True,
  "'en 2017' -> year, background. 'elle' = 'La police norvégienne' -> 'police'. A homemade bomb defused on its own -> Disrupted weapons use; no casualty stated -> null. 'à 80 km au nord' is a distance."),
]
