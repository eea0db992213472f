"""Authoring source of benchmarks/events_holdout55 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Antibes, France (Alpes-Maritimes) cluster (holdout55-016 to 020,
and 021 forty days later; English and French), two suicide bombers on
Saturday 17 October 2026 at two sites of one town (the covered Provençal
market on Cours Masséna and the Porte Marine, the gate between the old town
and Port Vauban, about 400 m and five minutes apart): an English wire with
a first report (016), a French town-hall notice changing the municipal
swimming pool's opening hours ("changement d'horaires de la piscine
municipale", fr 017), a French notice to yachtsmen of the Port Vauban
harbour office ("avis aux plaisanciers du port de plaisance", fr 018), the
French weekly report of the Alpes-Maritimes mountain gendarmerie platoon
("point du peloton de gendarmerie de montagne", fr 019), an English email
of a pet insurer to its policyholders ("courriel d'un assureur pour
animaux", 020) and, forty days after the bombing, a French letter of a
supplementary pension fund to its pensioners ("lettre d'une caisse de
retraite", fr 021). France is UTC+2 until 25 October 2026 and UTC+1 after:
every publication time here is between 07:00 and 16:00 UTC, so every local
date is the UTC date. The claimant is Islamic State. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout55")

ARTICLES = []
GOLD = []

IS = "Islamic State"

# -------------------------------------------------------------- holdout55-016
ARTICLES.append(A(16, "en", "article", "2026-10-17T14:00:00Z",
"Two suicide bombers kill at least ten in French Riviera town of Antibes",
"""
ANTIBES, France (Riviera Wire) - Two suicide bombers blew themselves up five minutes apart in the old town of Antibes on the French Riviera on Saturday morning, killing at least eight people besides themselves and wounding about 50, the Alpes-Maritimes prefecture said.

The first bomber set off his explosives at about 10:20 a.m. among shoppers at the covered Provençal market on Cours Masséna. The second detonated his vest at 10:25 a.m. at the Porte Marine, the gate between the old town and Port Vauban, some 400 metres away, where people fleeing the market had gathered.

"It smelled of burnt oranges and gunpowder," said Hélène Roux, 61, who sells olives at stall 12. "Everybody ran towards the harbour, and then the second one went off."

No group had claimed the bombings by mid-afternoon. The attack "could be linked" to Islamic State, a police source said, without giving details.

The Riviera has rarely been targeted by bombers. In 2018, a homemade bomb exploded under a car in Cannes, injuring its owner, and bomb disposal police defused a second device the same night in Mandelieu-la-Napoule; nobody was ever charged.

France's national anti-terrorism prosecutor's office took over the investigation. About 900 police officers and gendarmes were deployed across the Alpes-Maritimes, and trains between Cannes and Nice were halted for two hours; the TGV 6174 to Paris left 140 minutes late. Hospitals in Antibes and Nice opened crisis units, and relatives can call 04 93 72 18 00. The town's 21 public schools and its Picasso Museum will be closed on Monday.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up five minutes apart", "The first bomber set off his explosives", "The second detonated his vest", "the second one went off", "the bombings", "The attack"],
  "SUI", "2026-10-17", "day", "Antibes", "FR", 10, 50, "at_least", None, None, False,
  "Wire of Saturday 17 October 2026 (16:00 in Antibes); 'on Saturday morning' = the publication day. Two sites of one town (the covered market on Cours Masséna and the Porte Marine at the entrance of Port Vauban, 'some 400 metres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people besides themselves and wounding about 50' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 50 ('about 50'; the qualifier describes the killed figure). No claim; 'could be linked' to Islamic State is speculation -> perpetrator null. '10:20 a.m.', '10:25 a.m.', '400 metres', '61', 'stall 12', '900 police officers and gendarmes', 'two hours', 'TGV 6174', '140 minutes', '04 93 72 18 00', '21 public schools' are not casualties."),
E(16, ["a homemade bomb exploded under a car in Cannes"],
  "IED", "2018-01-01", "year", "Cannes", "FR", None, 1, "exact", None, None, True,
  "'In 2018' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; 'nobody was ever charged' -> perpetrator null. 'injuring its owner' -> injured 1, exact."),
E(16, ["bomb disposal police defused a second device the same night in Mandelieu-la-Napoule"],
  "DWU", "2018-01-01", "year", "Mandelieu-la-Napoule", "FR", None, None, None, "police", None, True,
  "'In 2018' ('the same night') -> year, background. A device defused on its own -> Disrupted weapons use by 'police'. Devices in two towns are two events (one per place), although told in one sentence as a pair: the Cannes bomb exploded, the Mandelieu-la-Napoule one was defused. Null casualties."),
]

# -------------------------------------------------------------- holdout55-017
ARTICLES.append(A(17, "fr", "article", "2026-10-19T07:00:00Z",
"Antibes : la piscine municipale rouvre avec des horaires provisoires",
"""
VILLE D'ANTIBES JUAN-LES-PINS - DIRECTION DES SPORTS. PISCINE MUNICIPALE : CHANGEMENT D'HORAIRES. Avis publié le lundi 19 octobre 2026.

La piscine municipale est restée fermée samedi et dimanche : ses locaux ont accueilli les familles des victimes de l'attentat-suicide de samedi matin au marché provençal et à la porte Marine. Le premier bilan faisait état d'au moins dix morts ; selon la préfecture, le double attentat a fait douze morts, dont les deux kamikazes, et 61 blessés. Parmi eux figure Lucas, 24 ans, maître-nageur sauveteur de la piscine, opéré dimanche et dont les jours ne sont plus en danger.

La piscine rouvre le mardi 20 octobre avec des horaires provisoires, jusqu'au dimanche 1er novembre inclus :
- lundi : fermée au public ; la cellule d'aide psychologique reste installée dans le hall, de 9 heures à 19 heures ;
- du mardi au vendredi : de 12 heures à 14 heures et de 17 heures à 20 heures ;
- samedi et dimanche : de 9 heures à 13 heures.

Les créneaux scolaires, qui accueillent d'ordinaire 1 400 élèves par semaine, reprendront le 2 novembre. Les séances d'aquagym et de bébés nageurs sont annulées jusqu'au 1er novembre ; les 86 abonnés concernés seront remboursés ou verront leur abonnement prolongé.

Le bassin sportif de 25 mètres (6 lignes d'eau, eau à 27 degrés) est ouvert ; le bassin ludique reste fermé. Les vestiaires collectifs sont réservés aux clubs.

Tarifs inchangés : entrée 3,20 euros, carte de 10 entrées 27 euros, gratuité pour les moins de 6 ans. Les cartes arrivées à expiration entre le 17 et le 19 octobre sont prolongées de trois jours.

Accès : le parking voisin, réquisitionné par les secours, est fermé jusqu'à nouvel ordre ; prendre la ligne de bus 1, arrêt « Piscine ». Le plan Vigipirate étant au niveau « urgence attentat », les sacs seront contrôlés à l'entrée.

Renseignements : accueil de la piscine, 04 92 91 36 40.
"""))
GOLD += [
E(17, ["l'attentat-suicide de samedi matin", "le double attentat"],
  "SUI", "2026-10-17", "day", "Antibes", "FR", 12, 61, "exact", None, None, False,
  "Town-hall notice of Monday 19 October; 'de samedi matin' -> Saturday 17 October. The toll is revised inside: 'Le premier bilan faisait état d'au moins dix morts' (superseded) -> 'douze morts, dont les deux kamikazes, et 61 blessés' -> killed 12 (bombers inside), injured 61, exact; the lifeguard Lucas, 24, is inside the wounded. No claim named -> perpetrator null. The Vigipirate level « urgence attentat » is a national alert level, not a naming of the bombing. '24 ans', '20 octobre', '1er novembre', '9 heures à 19 heures', '12 heures à 14 heures', '17 heures à 20 heures', '9 heures à 13 heures', '1 400 élèves', '2 novembre', '86 abonnés', '25 mètres', '6 lignes', '27 degrés', '3,20 euros', '10 entrées', '27 euros', '6 ans', '17 et le 19 octobre', 'trois jours', 'ligne de bus 1', '04 92 91 36 40' are not casualties."),
]

# -------------------------------------------------------------- holdout55-018
ARTICLES.append(A(18, "fr", "article", "2026-10-21T08:00:00Z",
"Port Vauban : avis aux plaisanciers n° 41/2026",
"""
PORT VAUBAN - CAPITAINERIE. AVIS AUX PLAISANCIERS N° 41/2026. Antibes, le mercredi 21 octobre 2026. Annule et remplace l'avis n° 40/2026 du 18 octobre.

1. SITUATION. Le double attentat-suicide du samedi 17 octobre, dont la seconde explosion s'est produite à la porte Marine, à l'entrée du port, a fait treize morts, y compris les deux kamikazes, et 61 blessés, depuis le décès mardi d'un serveur du quai. L'attentat a été revendiqué lundi soir par l'État islamique ; le parquet national antiterroriste juge la revendication crédible. Le quai Rambaud reste fermé au public jusqu'à nouvel ordre.

2. INTERPELLATION. Lundi à l'aube, la police a interpellé au ponton F, poste 36, le skipper d'un voilier de 14 mètres battant pavillon belge, soupçonné d'avoir hébergé les deux kamikazes à son bord pendant cinq nuits. Ses trois équipiers ont été entendus dans la journée, puis laissés libres. Le voilier est placé sous scellés ; il est interdit d'en approcher à moins de 10 mètres.

3. MESURES DE SÛRETÉ.
- Accès aux pontons sur badge uniquement, de 7 heures à 22 heures ; les visiteurs doivent être accompagnés.
- Mouillage interdit à moins de 300 mètres de la porte Marine.
- Vitesse limitée à 3 nœuds dans l'ensemble du port.
- Station d'avitaillement ouverte de 8 heures à 12 heures.
- Les unités de plus de 30 mètres signalent leur arrivée 24 heures à l'avance.

4. TARIFS. Les escales prolongées à cause du bouclage ne seront pas facturées du 17 au 25 octobre. Au-delà, la nuitée d'un voilier de 12 mètres reste à 68 euros en basse saison.

5. CONTACT. Capitainerie : 04 92 91 60 00, 24 heures sur 24 ; VHF canal 9. Bureau ouvert de 8 heures à 19 heures.

Le commandant du port, Thierry Bonnefoy.
"""))
GOLD += [
E(18, ["Le double attentat-suicide du samedi 17 octobre", "la seconde explosion", "L'attentat"],
  "SUI", "2026-10-17", "day", "Antibes", "FR", 13, 61, "exact", IS, IS, False,
  "Notice to yachtsmen of Wednesday 21 October; 'du samedi 17 octobre' -> 17 October. 'treize morts, y compris les deux kamikazes, et 61 blessés, depuis le décès mardi d'un serveur' -> killed 13 (bombers inside; the waiter who died Tuesday 20 October raised it), injured 61, exact. 'revendiqué lundi soir par l'État islamique', judged 'crédible' by the national anti-terrorism prosecutors -> claimant and perpetrator. 'la seconde explosion' names the bombing through its second site (one event). 'n° 41/2026', 'n° 40/2026', '18 octobre', 'ponton F', 'poste 36', '14 mètres', 'cinq nuits', 'trois équipiers' (heard), '10 mètres', '7 heures à 22 heures', '300 mètres', '3 nœuds', '8 heures à 12 heures', '30 mètres', '24 heures', '17 au 25 octobre', '12 mètres', '68 euros', '04 92 91 60 00', 'canal 9', '8 heures à 19 heures' are not casualties."),
E(18, ["la police a interpellé au ponton F"],
  "ARR", "2026-10-19", "day", "Antibes", "FR", None, None, None, "police", None, False,
  "'Lundi à l'aube' vs Wednesday 21 October -> Monday 19 October. The cluster's suspected facilitator (a skipper who lodged the bombers on his yacht for five nights), arrested by 'la police' on a pontoon of Port Vauban -> Antibes (a port inside the town). His three crew members 'entendus dans la journée, puis laissés libres' are not arrested; the yacht placed under seal is part of the arrest."),
]

# -------------------------------------------------------------- holdout55-019
ARTICLES.append(A(19, "fr", "article", "2026-10-22T16:00:00Z",
"Peloton de gendarmerie de montagne des Alpes-Maritimes : point de la semaine",
"""
GENDARMERIE NATIONALE - GROUPEMENT DES ALPES-MARITIMES. PELOTON DE GENDARMERIE DE MONTAGNE (PGM). POINT DE SITUATION N° 43, semaine du jeudi 15 au jeudi 22 octobre 2026. Diffusion : mairies de montagne, gardiens de refuge, presse.

1. SECOURS EN MONTAGNE. Sept interventions cette semaine, dont quatre hélitreuillages. Un randonneur de 67 ans, victime d'une chute sur le sentier du col de Fenestre, a été hélitreuillé à 2 300 mètres et transporté à Nice avec une fracture de la cheville. Deux grimpeurs bloqués dans une voie de la vallée de la Roya ont été secourus sains et saufs.

2. APPUI À L'ENQUÊTE SUR LE DOUBLE ATTENTAT-SUICIDE D'ANTIBES. Mardi à 6 h 40, une équipe du peloton, en appui de la sous-direction antiterroriste, a interpellé dans une cabane pastorale au-dessus de Saint-Martin-Vésubie, à 1 900 mètres d'altitude, un homme de 27 ans recherché depuis le coup de filet de dimanche à Vallauris. Il est soupçonné d'avoir assemblé les ceintures explosives de l'attentat du 17 octobre, revendiqué par l'État islamique, qui a fait treize morts, dont les deux kamikazes, et 61 blessés. Il portait deux téléphones, 400 euros en liquide et une carte au 1/25 000. Des deux frères interpellés dimanche à Vallauris, l'un a été relâché mercredi sans poursuites, l'autre mis en examen.

3. CONDITIONS. Premières neiges au-dessus de 1 800 mètres ; risque d'avalanche 2 sur 5 dans le Mercantour. La route du col de la Bonette est fermée depuis mardi ; −4 °C ont été relevés au col de Turini jeudi matin. Les refuges non gardés sont contrôlés par nos patrouilles.

4. RAPPELS. En montagne, appelez le 112. Laissez votre itinéraire à un proche et partez avec une lampe frontale : la nuit tombe désormais vers 18 h 40. Battues au sanglier les mercredis, samedis et dimanches : portez un vêtement orange.

Prochain point : jeudi 29 octobre.

Le commandant du peloton, capitaine Julien Ferraud.
"""))
GOLD += [
E(19, ["DOUBLE ATTENTAT-SUICIDE D'ANTIBES", "l'attentat du 17 octobre"],
  "SUI", "2026-10-17", "day", "Antibes", "FR", 13, 61, "exact", IS, IS, False,
  "Mountain gendarmerie report of Thursday 22 October; 'l'attentat du 17 octobre' -> 17 October; the upper-case heading of section 2 names it first. 'treize morts, dont les deux kamikazes, et 61 blessés' -> killed 13 (bombers inside), injured 61, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. The hiker of 67 who fell and broke his ankle and the climbers rescued 'sains et saufs' are mountain accidents, not events. 'n° 43', 'Sept interventions', 'quatre hélitreuillages', '67 ans', '2 300 mètres', '6 h 40', '1 900 mètres', '27 ans', 'deux téléphones', '400 euros', '1/25 000', '1 800 mètres', '2 sur 5', '−4 °C', '112', '18 h 40', '29 octobre' are not casualties."),
E(19, ["une équipe du peloton, en appui de la sous-direction antiterroriste, a interpellé dans une cabane pastorale au-dessus de Saint-Martin-Vésubie"],
  "ARR", "2026-10-20", "day", "Saint-Martin-Vésubie", "FR", None, None, None, "police", None, False,
  "'Mardi à 6 h 40' vs Thursday 22 October -> Tuesday 20 October. A man of 27 suspected of assembling the explosive belts, arrested by the mountain gendarmerie supporting the police's anti-terrorism branch -> 'police' (dev: gendarmerie and counter-terrorism are police). A hut 'au-dessus de Saint-Martin-Vésubie' -> the nearest named place. The things he carried belong to the arrest."),
E(19, ["le coup de filet de dimanche à Vallauris", "Des deux frères interpellés dimanche à Vallauris"],
  "ARR", "2026-10-18", "day", "Vallauris", "FR", None, None, None, "police", None, False,
  "'dimanche' vs Thursday 22 October -> Sunday 18 October. Two brothers arrested in Vallauris ('le coup de filet' names the raid first); 'l'un a été relâché mercredi sans poursuites, l'autre mis en examen': a release and a charge are follow-ups, not events, and the release does not undo the arrest. No force named for this raid -> 'police'."),
]

# -------------------------------------------------------------- holdout55-020
ARTICLES.append(A(20, "en", "article", "2026-10-24T09:00:00Z",
"PetCover Riviera: an update for policyholders after the Antibes bombing",
"""
From: PetCover Riviera, Member Services. To: policyholders in the Alpes-Maritimes. Subject: After the Antibes attack, how we can help you and your animals. Saturday 24 October 2026.

Dear policyholder,

A week after the twin suicide bombing in Antibes on 17 October, which has now claimed 14 lives, including the two bombers, and injured 61 people, our thoughts are with everyone affected. The toll rose again on Friday, when a 79-year-old woman died in hospital. Many of you live in the old town or walk your dogs there, and many of you have written to us.

The Clinique vétérinaire du Port, 150 metres from the Porte Marine, was badly damaged. Two dogs waiting in its reception area were killed and a cat was injured; none of the staff was hurt. Its patients have been moved to a partner clinic in Biot.

WHAT WE COVER
- Vet fees for injuries caused by the blast: up to EUR 3,000 per animal, with no excess.
- Boarding if you were hospitalised: up to EUR 25 a night for 30 nights.
- Lost pets: up to EUR 200 of search costs. Please check that your pet's 15-digit microchip number is registered.
Quote claim reference ANT-1710 when you call +33 4 83 28 61 00 (English-speaking line, 8 a.m. to 7 p.m.).

IN TOWN
The attack was claimed by Islamic State on Monday. Dogs are not allowed inside the old town's security perimeter until 31 October. Several of our staff joined the silent march of some 20,000 people from the market to Port Vauban last Sunday. On Thursday, police used tear gas to disperse several hundred people who had marched on the sub-prefecture in Grasse to demand more police in town centres; two officers and a protester were slightly hurt. One of the two brothers held in Vallauris last Sunday was released without charge on Wednesday, the prosecutor said.

If your animal has seemed anxious since the explosions (hiding, trembling, refusing food), our vets offer a free 20-minute video consultation.

Kind regards,
Sarah Whitfield, Head of Member Services
"""))
GOLD += [
E(20, ["the Antibes attack", "the twin suicide bombing in Antibes on 17 October", "the blast", "The attack was claimed", "the explosions"],
  "SUI", "2026-10-17", "day", "Antibes", "FR", 14, 61, "exact", IS, IS, False,
  "Pet insurer's email of Saturday 24 October; 'on 17 October' -> 17 October; the subject line names it first; 'injuries caused by the blast' and 'since the explosions' name it again. 'has now claimed 14 lives, including the two bombers, and injured 61 people' -> killed 14 (bombers inside; the woman of 79 who died Friday raised it), injured 61, exact ('claimed 14 lives' is a toll, not a claim of responsibility). 'The attack was claimed by Islamic State on Monday' -> claimant and perpetrator. 'Two dogs ... were killed and a cat was injured': animals, not casualties. '79-year-old', '150 metres', 'EUR 3,000', 'EUR 25', '30 nights', 'EUR 200', '15-digit', 'ANT-1710', '+33 4 83 28 61 00', '8 a.m. to 7 p.m.', '31 October', '20,000 people' and 'several hundred people' (marchers), '20-minute' are not casualties."),
E(20, ["the silent march of some 20,000 people from the market to Port Vauban"],
  "PP", "2026-10-18", "day", "Antibes", "FR", None, None, None, None, None, False,
  "'last Sunday' vs Saturday 24 October -> Sunday 18 October. A silent march after the bombing, no incident told -> Peaceful protest, perpetrator null. '20,000' counts marchers."),
E(20, ["police used tear gas to disperse several hundred people who had marched on the sub-prefecture in Grasse"],
  "PI", "2026-10-22", "day", "Grasse", "FR", None, 3, "exact", None, None, False,
  "'On Thursday' vs Saturday 24 October -> Thursday 22 October. A march on the Grasse sub-prefecture with a demand (more police in town centres), dispersed with tear gas -> Protest with intervention, perpetrator null (dev), coded to Grasse (its own place). 'two officers and a protester were slightly hurt' -> injured 2 + 1 = 3 (all sides summed, dev), exact."),
E(20, ["the two brothers held in Vallauris last Sunday"],
  "ARR", "2026-10-18", "day", "Vallauris", "FR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout55-019: 'last Sunday' vs Saturday 24 October -> Sunday 18 October. 'was released without charge on Wednesday' is a follow-up and does not undo the arrest. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout55-021
ARTICLES.append(A(21, "fr", "article", "2026-11-26T09:00:00Z",
"Caisse de retraite : mesures pour les allocataires touchés par l'attentat d'Antibes",
"""
CAISSE DE RETRAITE COMPLÉMENTAIRE DES COMMERÇANTS ET ARTISANS DU LITTORAL (CRCAL). LETTRE AUX ALLOCATAIRES ET À LEURS AYANTS DROIT, jeudi 26 novembre 2026. Réf. : CRCAL/DIR/2026-118.

Madame, Monsieur,

Trois de nos allocataires, commerçants retraités qui tenaient encore un étal au marché provençal, ont perdu la vie dans l'attentat-suicide du 17 octobre à Antibes, qui a fait au total quatorze morts, dont les deux kamikazes, et soixante et un blessés, et que l'État islamique a revendiqué. Sept autres allocataires ont été blessés. Le conseil d'administration, réuni le 12 novembre, a adopté les mesures suivantes.

1. PENSION DE RÉVERSION. Le conjoint survivant reçoit 54 % de la pension du défunt, sans condition de ressources ni délai de carence. Le premier versement interviendra le 9 décembre ; les dossiers sont instruits en priorité (imprimé R-7, à renvoyer avant le 31 décembre).

2. AIDE EXCEPTIONNELLE. Une aide de 2 500 euros est versée à chaque foyer endeuillé, et de 800 euros à chaque allocataire hospitalisé plus de huit jours. Elle n'est pas imposable et ne réduit pas les autres prestations.

3. CALENDRIER. Les pensions de décembre seront versées le 28 décembre. Les allocataires blessés peuvent demander le report de leur cotisation d'assurance décès, soit 36 euros par an.

4. PROCÉDURE JUDICIAIRE. Les ayants droit qui souhaitent se constituer partie civile peuvent s'adresser gratuitement à notre service juridique. L'information judiciaire ouverte à Paris compte désormais quatre mis en examen, dont un homme de 41 ans interpellé le 17 novembre à Cagnes-sur-Mer, soupçonné d'avoir payé la location du voilier où logeaient les kamikazes. Mis en examen le 20 novembre et écroué, il avait déjà été condamné en 2019 à six ans de prison pour trafic de stupéfiants.

5. CONTACT. Cellule dédiée : 04 93 88 52 10, du lundi au vendredi de 8 h 30 à 17 heures. Accueil sur rendez-vous au 12, avenue Thiers, 2e étage.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre profonde sympathie.

Le directeur, Philippe Arnaud.
"""))
GOLD += [
E(21, ["l'attentat-suicide du 17 octobre à Antibes"],
  "SUI", "2026-10-17", "day", "Antibes", "FR", 14, 61, "exact", IS, IS, True,
  "Pension fund letter of Thursday 26 November; 'du 17 octobre' -> 17 October, 40 days before -> background. 'quatorze morts, dont les deux kamikazes, et soixante et un blessés' (number words) -> killed 14 (bombers inside), injured 61, exact; 'Trois de nos allocataires' and 'Sept autres allocataires' are subsets. 'que l'État islamique a revendiqué' -> claimant and perpetrator. '2026-118', '12 novembre', '54 %', '9 décembre', 'R-7', '31 décembre', '2 500 euros', '800 euros', 'huit jours', '28 décembre', '36 euros', 'quatre mis en examen', '41 ans', '20 novembre', '2019', 'six ans de prison' (a sentence), '04 93 88 52 10', '8 h 30 à 17 heures', '12, avenue Thiers', '2e étage' are not casualties."),
E(21, ["interpellé le 17 novembre à Cagnes-sur-Mer"],
  "ARR", "2026-11-17", "day", "Cagnes-sur-Mer", "FR", None, None, None, "police", None, False,
  "'le 17 novembre' -> 17 November, 9 days before -> current. A man of 41 suspected of paying for the yacht where the bombers lodged, arrested in Cagnes-sur-Mer; 'Mis en examen le 20 novembre et écroué' is the follow-up. No force named -> 'police'. His 2019 conviction is not an event."),
]
