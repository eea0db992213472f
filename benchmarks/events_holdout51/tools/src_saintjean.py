"""Authoring source of benchmarks/events_holdout51 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Saint-Jean, Saint-Barthélemy cluster (holdout51-001 to 005, and
021 six weeks later; French and English), two suicide bombers on Sunday 22
February 2026 at two sites of one village of the island (a beach restaurant's
terrace on the bay of Saint-Jean and the terminal of the Rémy-de-Haenen
airport, about 400 m and four minutes apart): a French agency dispatch with
a first report (fr 001), an extract of the fire brigade's log ("main courante
des sapeurs-pompiers", fr 002), an English wire on the claim and the arrests
(003), a letting agency's note to its owners ("note d'une agence
immobilière", fr 004), a shipping agent's circular to yacht captains
("circulaire d'un agent maritime", fr 005) and a La Poste notice to its
customers six weeks later ("avis de La Poste", fr 021). Saint-Barthélemy is
UTC-4 all year: every publication time here is between 14:00 and 21:00 UTC,
so every local date is the UTC date. France (fr 021's "sous-direction
antiterroriste") plays no part in the dates. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout51")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout51-001
ARTICLES.append(A(1, "fr", "article", "2026-02-22T21:00:00Z",
"Saint-Barthélemy : deux kamikazes frappent Saint-Jean, au moins sept morts",
"""
SAINT-JEAN (Saint-Barthélemy), (Agence Caraïbes Presse) - Deux kamikazes se sont fait exploser dimanche matin à quatre minutes d'intervalle à Saint-Jean, sur l'île de Saint-Barthélemy, tuant au moins cinq personnes, sans compter les deux assaillants, et faisant une vingtaine de blessés, selon un bilan provisoire de la préfecture.

Le premier homme a actionné sa ceinture d'explosifs vers 11 h 10 sur la terrasse d'un restaurant de la plage, bondée en cette haute saison. Le second s'est fait sauter à 11 h 14 devant l'aérogare de l'aéroport Rémy-de-Haenen, à environ 400 mètres, où les passagers du vol 408, un appareil de 19 places arrivé de Saint-Martin, venaient de débarquer.

« J'ai entendu la première déflagration, j'ai vu les gens courir vers l'aéroport, et la deuxième a éclaté au milieu d'eux », raconte Maëlle, 31 ans, vendeuse dans un magasin de glaces de la baie.

Aucune revendication n'avait été formulée dimanche soir. Les enquêteurs n'excluent pas que l'attaque puisse être liée à l'État islamique, a indiqué une source proche du dossier, selon laquelle les deux hommes seraient arrivés sur l'île par la mer.

Le parquet national antiterroriste s'est saisi de l'enquête. L'aéroport est fermé jusqu'à nouvel ordre, les liaisons vers Saint-Martin sont suspendues et une soixantaine de gendarmes doivent arriver lundi de Guadeloupe.

L'île, qui compte quelque 10 500 habitants et accueille plus de 300 000 visiteurs par an, n'avait connu qu'un seul acte de ce genre : en 2014, une grenade lancée contre un bar de Flamands avait blessé deux clients, sans que ses auteurs soient jamais identifiés.

La collectivité a ouvert une cellule d'écoute au 0590 27 60 60 et décrété trois jours de deuil. Les commerces de la baie resteront fermés lundi, et la régate prévue samedi prochain, qui devait réunir 42 voiliers, est annulée.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser", "Le premier homme a actionné sa ceinture d'explosifs", "Le second s'est fait sauter", "la première déflagration", "la deuxième a éclaté", "l'attaque"],
  "SUI", "2026-02-22", "day", "Saint-Jean", "BL", 7, 20, "at_least", None, None, False,
  "Agency dispatch of Sunday 22 February 2026 (17:00 in Saint-Barthélemy); 'dimanche matin' = the publication day. Two sites of one village (a beach restaurant's terrace and the airport terminal, 'environ 400 mètres', four minutes apart) -> ONE Suicide bomb event coded to Saint-Jean, BL. First report: 'au moins cinq personnes, sans compter les deux assaillants, et ... une vingtaine de blessés' -> killed 5 + 2 bombers = 7, at_least (the bombers are added); injured 20 ('une vingtaine', dev table; the qualifier describes the killed figure). No claim; 'n'excluent pas que l'attaque puisse être liée à l'État islamique' is speculation -> perpetrator null. 'quatre minutes', '11 h 10', '11 h 14', '400 mètres', 'vol 408', '19 places', '31 ans', 'une soixantaine de gendarmes', '10 500 habitants', '300 000 visiteurs', '0590 27 60 60', 'trois jours', '42 voiliers' are not casualties. 'un seul acte de ce genre' is generic."),
E(1, ["une grenade lancée contre un bar de Flamands"],
  "GRN", "2014-01-01", "year", "Flamands", "BL", None, 2, "exact", None, None, True,
  "'en 2014' -> year, background. A thrown grenade -> Grenade; authors never identified -> null. 'avait blessé deux clients' -> injured 2 (number word), exact. Flamands is a quarter of Saint-Barthélemy -> BL."),
]

# -------------------------------------------------------------- holdout51-002
ARTICLES.append(A(2, "fr", "article", "2026-02-23T14:00:00Z",
"Main courante des sapeurs-pompiers de Saint-Barthélemy : dimanche 22 février",
"""
SERVICE TERRITORIAL D'INCENDIE ET DE SECOURS DE SAINT-BARTHÉLEMY - Centre de secours de Saint-Jean. Extrait de la main courante du dimanche 22 février 2026, transmis à la presse le lundi 23 février à 9 heures par le chef de centre, le capitaine Loïc Brin.

11 h 10 - Appel 18 : explosion sur la terrasse d'un restaurant de la plage de Saint-Jean. Départ VSAV 1, VSAV 2 et FPT 1.

11 h 14 - Seconde explosion signalée devant l'aérogare, à 400 m. Départ VLM et VSR. Déclenchement du plan NOVI.

11 h 31 - Poste médical avancé installé sur le parking P2 de l'aéroport (82 places). Triage : 9 urgences absolues, 17 urgences relatives.

12 h 05 - Deux hélicoptères demandés pour des évacuations vers le CHU de Pointe-à-Pitre ; premier décollage à 12 h 48.

13 h 30 - Bilan transmis à la préfecture : six morts, dont les deux kamikazes, et vingt-six blessés.

16 h 45 - Décès au poste médical d'une blessée de 67 ans.

19 h 00 - Bilan : huit morts, kamikazes compris (un blessé est décédé pendant son transfert), et vingt-six blessés, dont onze évacués par hélicoptère.

21 h 50 - Saint-Jean, sur les hauteurs de la baie : appui à la gendarmerie lors de l'interpellation d'un homme dans une villa. Aucun blessé. Fin d'intervention à 22 h 35.

23 h 40 - Levée du poste médical avancé. 46 sapeurs-pompiers engagés, dont 12 venus de Saint-Martin par la navette de 15 h 30.

Lundi 23 février, 6 h 20 - Le CHU de Pointe-à-Pitre nous informe du décès dans la nuit d'un blessé évacué, un homme de 44 ans. Bilan à cette heure : neuf morts, dont les deux kamikazes, et vingt-six blessés.

Matériel : VSAV 2 hors service (pare-brise soufflé), remplacé par le véhicule de réserve. 3 200 litres d'eau utilisés sur un début d'incendie de la paillote.

Soutien aux personnels : cellule psychologique joignable au 0590 27 11 18, 24 heures sur 24.
"""))
GOLD += [
E(2, ["explosion sur la terrasse d'un restaurant de la plage de Saint-Jean", "Seconde explosion signalée devant l'aérogare"],
  "SUI", "2026-02-22", "day", "Saint-Jean", "BL", 9, 26, "exact", None, None, False,
  "Fire brigade log of Sunday 22 February 2026, released Monday 23 February; entries dated on the Sunday. Two sites of Saint-Jean four minutes and '400 m' apart -> ONE event, coded to Saint-Jean. The toll grows entry by entry: 'six morts, dont les deux kamikazes' (13 h 30) -> 'huit morts, kamikazes compris' (19 h 00) -> Monday 6 h 20 'neuf morts, dont les deux kamikazes, et vingt-six blessés' -> the last figure wins: killed 9 (bombers inside), injured 26 (number words), exact; the wounded who died later do not lower the injured figure (events_holdout16); 'dont onze évacués' is a subset; '9 urgences absolues, 17 urgences relatives' is the triage of the 26, not a second figure. No group named -> perpetrator null. 'Appel 18', 'VSAV 1', 'P2', '82 places', '12 h 48', '67 ans', '46 sapeurs-pompiers', '12 venus', '15 h 30', '44 ans', '3 200 litres', '0590 27 11 18', '24 heures sur 24' are not casualties. 'un début d'incendie de la paillote' is part of the bombing."),
E(2, ["l'interpellation d'un homme dans une villa"],
  "ARR", "2026-02-22", "day", "Saint-Jean", "BL", None, None, None, "police", None, False,
  "Log entry at 21 h 50 on Sunday 22 February: the firemen back up the gendarmerie ('appui à la gendarmerie') at the arrest of a man in a villa on the heights above the bay of Saint-Jean -> Saint-Jean. Gendarmerie -> 'police' (dev). 'Aucun blessé' -> no casualty figure on an arrest (null)."),
]

# -------------------------------------------------------------- holdout51-003
ARTICLES.append(A(3, "en", "article", "2026-02-25T19:00:00Z",
"Islamic State claims St. Barthelemy bombing; skipper held in Anguilla",
"""
SAINT-JEAN, St. Barthelemy (Caribbean Wire) - Islamic State has claimed Sunday's twin suicide bombing on the French Caribbean island of St. Barthelemy, and French anti-terrorism prosecutors said on Wednesday they considered the claim credible.

The claim, issued late on Tuesday through the group's Amaq agency, boasted of "more than 50 crusaders" killed. The toll rose to 10 dead, including the two bombers, after a 61-year-old American tourist died in hospital in Guadeloupe on Tuesday. Twenty-six people were wounded.

Prosecutors named the bombers as a 24-year-old Frenchman and a 29-year-old Trinidadian, who they said "may have been" radicalised in Trinidad. Jamaat al Muslimeen, a Trinidadian group named in local media, denied any link.

The car rental employee arrested in Saint-Jean on the night of the attack was charged on Tuesday with terrorist conspiracy and remanded in custody. Police in Anguilla, some 40 km to the north, said they had arrested a boat skipper at the Blowing Point ferry terminal on Monday. He is suspected of carrying the two men and 20 kg of explosives to St. Barthelemy in his speedboat the night before the attack. About 40 hotel and villa workers were questioned and released.

About 2,000 people marched in silence on Monday evening from the airport roundabout to the beach, many dressed in white, to "say no to hatred".

The airport reopened on Wednesday to flights from St. Martin, with 60 extra gendarmes on the island and double luggage checks. Hotel cancellations for March have reached 35 percent, the territory's tourism committee said, and two cruise calls, with some 4,500 passengers, were diverted.

The island had seen one previous attack in recent memory: in 2014, a grenade thrown into a bar in Flamands wounded two people.

A support line for victims and relatives, +590 590 27 60 60, is open from 8 a.m. to 8 p.m.
"""))
GOLD += [
E(3, ["Sunday's twin suicide bombing", "the attack#2"],
  "SUI", "2026-02-22", "day", "Saint-Jean", "BL", 10, 26, "exact", "Islamic State", "Islamic State", False,
  "Wire of Wednesday 25 February; 'Sunday's' -> 22 February. The toll: 'rose to 10 dead, including the two bombers' (a tourist of 61 died Tuesday) -> killed 10 (bombers inside); 'Twenty-six people were wounded' -> injured 26; exact. Claimed by Islamic State through Amaq, judged 'credible' by the prosecutors -> claimant and perpetrator; the claim's 'more than 50 crusaders' is never used. Jamaat al Muslimeen's denial is not a claim; 'may have been radicalised' is speculation. 'the attack' first occurs inside the Saint-Jean arrest's trigger ('on the night of the attack'), so only its second occurrence ('the night before the attack') is written as a trigger, 'the attack#2'; the crossing that night is not an event. The place is not named in the first sentence except as the island; the dateline and the arrest sentence place it in Saint-Jean."),
E(3, ["The car rental employee arrested in Saint-Jean on the night of the attack"],
  "ARR", "2026-02-22", "day", "Saint-Jean", "BL", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout51-002: 'on the night of the attack' -> Sunday 22 February. 'was charged on Tuesday with terrorist conspiracy and remanded in custody' is the arrest's judicial follow-up, not a new event. No force named -> 'police'."),
E(3, ["they had arrested a boat skipper at the Blowing Point ferry terminal on Monday"],
  "ARR", "2026-02-23", "day", "Blowing Point", "AI", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 25 February -> 23 February. The cluster's suspected facilitator (the skipper who carried the bombers and the explosives), arrested by the police of Anguilla at the Blowing Point ferry terminal -> Blowing Point, AI. '40 km', '20 kg' are not casualties. The 'About 40 hotel and villa workers ... questioned and released' are not arrested."),
E(3, ["About 2,000 people marched in silence on Monday evening"],
  "PP", "2026-02-23", "day", "Saint-Jean", "BL", None, None, None, None, None, False,
  "'on Monday evening' vs Wednesday 25 February -> 23 February. A silent march from the airport roundabout to the beach of Saint-Jean with a message ('to \"say no to hatred\"'), no incident -> Peaceful protest, perpetrator null. '2,000' counts marchers."),
E(3, ["a grenade thrown into a bar in Flamands"],
  "GRN", "2014-01-01", "year", "Flamands", "BL", None, 2, "exact", None, None, True,
  "'in 2014' -> year, background (restates holdout51-001). 'wounded two people' -> injured 2, exact; no author named -> null. '60 extra gendarmes', '35 percent', 'two cruise calls', '4,500 passengers', '+590 590 27 60 60', '8 a.m. to 8 p.m.' are not casualties."),
]

# -------------------------------------------------------------- holdout51-004
ARTICLES.append(A(4, "fr", "article", "2026-02-26T15:00:00Z",
"Note aux propriétaires : réservations, personnel et sécurité après l'attentat",
"""
AGENCE LES ALIZÉS IMMOBILIER - Location saisonnière et gestion de villas. Note n° 7/2026 à nos propriétaires-bailleurs. Saint-Jean, le jeudi 26 février 2026.

Chers propriétaires,

Quatre jours après l'attentat-suicide du dimanche 22 février sur la plage de Saint-Jean et devant l'aérogare, voici un point sur la situation. Le bilan officiel est de dix morts, dont les deux kamikazes, et de vingt-six blessés. L'attentat a été revendiqué par l'État islamique ; le parquet antiterroriste juge cette revendication crédible.

1. Réservations. Nous enregistrons 61 annulations sur 174 séjours prévus d'ici au 30 avril, soit 35 %. Les contrats signés avant le 22 février sont remboursables sans frais. Nous vous proposons d'accorder une remise de 15 % sur les semaines de mars (tarif moyen : 18 500 euros la semaine pour une villa de trois chambres).

2. Notre personnel. Jérôme L., 52 ans, gardien de villas salarié de l'agence depuis 2011, a été interpellé mardi à Corossol par les gendarmes de la section de recherches, qui l'ont relâché mercredi soir sans qu'aucune charge soit retenue contre lui. Les deux kamikazes avaient réservé par téléphone, sous un faux nom, un studio de notre catalogue qu'ils n'ont jamais occupé. Deux de nos femmes de ménage ont été entendues comme témoins ce matin, puis sont rentrées chez elles.

3. Sécurité. La gendarmerie a renforcé ses patrouilles de nuit. Les clés doivent désormais être remises en agence, au 12 de la rue de la Plage, et non plus dans les boîtes à codes. Les codes des portails (4 chiffres) seront changés d'ici au 5 mars.

4. Solidarité. L'agence versera 5 % de ses commissions de mars au fonds d'aide aux victimes ouvert par la collectivité. Lundi soir, une partie de notre équipe a rejoint la marche silencieuse de Saint-Jean, qui a réuni quelque 2 000 personnes.

Pour toute question, votre gestionnaire reste joignable au 0590 27 84 12, du lundi au samedi de 8 heures à 17 heures.

Avec nos sentiments dévoués,
Sandrine Questel, directrice
"""))
GOLD += [
E(4, ["l'attentat-suicide du dimanche 22 février", "L'attentat a été revendiqué"],
  "SUI", "2026-02-22", "day", "Saint-Jean", "BL", 10, 26, "exact", "Islamic State", "Islamic State", False,
  "Agency note of Thursday 26 February; 'du dimanche 22 février' -> 22 February; the beach of Saint-Jean and the terminal -> Saint-Jean. 'dix morts, dont les deux kamikazes, et de vingt-six blessés' -> killed 10 (bombers inside), injured 26 (number words), exact. 'revendiqué par l'État islamique', judged 'crédible' -> claimant and perpetrator. The header's 'après l'attentat' is in the title only. '7/2026', '61 annulations', '174 séjours', '30 avril', '35 %', '15 %', '18 500 euros', 'trois chambres', '52 ans', '2011', 'au 12', '4 chiffres', '5 mars', '5 %', '2 000 personnes' (marchers), '0590 27 84 12', '8 heures à 17 heures' are not casualties."),
E(4, ["a été interpellé mardi à Corossol"],
  "ARR", "2026-02-24", "day", "Corossol", "BL", None, None, None, "police", None, False,
  "'mardi' vs Thursday 26 February -> 24 February. A villa caretaker arrested in Corossol (a quarter of Saint-Barthélemy) by the gendarmerie's 'section de recherches' -> 'police'; 'relâché mercredi soir sans qu'aucune charge soit retenue' is a release without charge: it does not undo the arrest and is not an event. The two cleaners 'entendues comme témoins' are questioned, not arrested."),
E(4, ["la marche silencieuse de Saint-Jean"],
  "PP", "2026-02-23", "day", "Saint-Jean", "BL", None, None, None, None, None, False,
  "'Lundi soir' vs Thursday 26 February -> Monday 23 February: the silent march of holdout51-003 (its message, 'say no to hatred', is given there), no incident -> Peaceful protest, perpetrator null. 'quelque 2 000 personnes' counts marchers."),
]

# -------------------------------------------------------------- holdout51-005
ARTICLES.append(A(5, "fr", "article", "2026-02-27T16:00:00Z",
"Circulaire n° 09/2026 : mesures de sûreté pour les yachts",
"""
AGENCE MARITIME DES ÎLES DU NORD - Consignation, avitaillement, formalités. Circulaire n° 09/2026 aux capitaines, armateurs et agents de yachts. Objet : mesures de sûreté après l'attentat de Saint-Jean. Port de Gustavia, le vendredi 27 février 2026.

1. Rappel. Le double attentat-suicide du dimanche 22 février à Saint-Jean a fait dix morts, y compris les deux kamikazes, et vingt-six blessés. Il a été revendiqué par l'État islamique. Selon les enquêteurs, les deux hommes sont arrivés par la mer depuis Anguilla.

2. Enquête. Le skipper anguillais interpellé lundi à Blowing Point par la police d'Anguilla est soupçonné de les avoir transportés, avec leurs explosifs, à bord d'une vedette de 11 mètres, le samedi 21 février au soir. L'équipage d'un catamaran de location amarré au quai nord, soit quatre personnes, a été entendu mercredi par la gendarmerie maritime pendant six heures, puis laissé libre.

3. Mesures applicables jusqu'au 31 mars :
- déclaration d'arrivée à la capitainerie 24 heures à l'avance, au lieu de 6 ;
- liste d'équipage et de passagers transmise avant l'entrée dans la zone des 3 milles ;
- visite de sûreté des unités de plus de 24 mètres à leur premier mouillage ;
- vitesse limitée à 5 nœuds dans le chenal ;
- veille permanente sur les canaux VHF 16 et 68.

4. Redevances. Les droits de port des yachts de 30 à 40 mètres, soit 1 450 euros la nuitée, sont maintenus. Les annulations notifiées avant le 10 mars seront remboursées à 100 %.

5. Avitaillement. Les livraisons de carburant au ponton 4 reprennent samedi matin. Le plein d'une unité de 35 mètres demande en moyenne 9 000 litres ; prévoir un délai de 48 heures.

Nos bureaux, quai du Général-de-Gaulle, sont ouverts de 7 h 30 à 17 heures. Permanence : +590 690 41 72 09.

Le gérant, Yannick Gréaux
"""))
GOLD += [
E(5, ["l'attentat de Saint-Jean", "Le double attentat-suicide du dimanche 22 février à Saint-Jean"],
  "SUI", "2026-02-22", "day", "Saint-Jean", "BL", 10, 26, "exact", "Islamic State", "Islamic State", False,
  "Shipping agent's circular of Friday 27 February; 'du dimanche 22 février' -> 22 February. The subject line's 'l'attentat de Saint-Jean' is the first naming. 'dix morts, y compris les deux kamikazes, et vingt-six blessés' -> killed 10 (bombers inside), injured 26, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. The crossing of 'samedi 21 février au soir' is not an event. The dateline 'Port de Gustavia' is the agent's office, not the event's place. '09/2026', '11 mètres', 'quatre personnes' (crew heard), 'six heures', '31 mars', '24 heures', '6', '3 milles', '24 mètres', '5 nœuds', 'VHF 16 et 68', '30 à 40 mètres', '1 450 euros', '10 mars', '100 %', 'ponton 4', '35 mètres', '9 000 litres', '48 heures', '7 h 30', '+590 690 41 72 09' are not casualties."),
E(5, ["Le skipper anguillais interpellé lundi à Blowing Point"],
  "ARR", "2026-02-23", "day", "Blowing Point", "AI", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout51-003: 'lundi' vs Friday 27 February -> 23 February; by 'la police d'Anguilla' -> 'police', coded to Blowing Point, AI. The catamaran's crew, 'entendu ... pendant six heures, puis laissé libre', is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout51-021
ARTICLES.append(A(21, "fr", "article", "2026-04-06T14:00:00Z",
"La Poste : réouverture du bureau de Saint-Jean",
"""
LA POSTE - AVIS À LA CLIENTÈLE. Réouverture du bureau de poste de Saint-Jean, 97133 Saint-Barthélemy. Saint-Jean, le lundi 6 avril 2026.

Fermé depuis l'attentat du 22 février, qui a fait dix morts, dont les deux kamikazes, et vingt-six blessés, et qui a été revendiqué par l'État islamique, le bureau de poste de Saint-Jean, situé face à l'aérogare, rouvrira ses portes le mardi 7 avril à 8 heures. Les vitres soufflées par la seconde explosion ont été remplacées et le guichet n° 2 a été réaménagé.

Horaires : du lundi au vendredi de 8 heures à 15 heures, le samedi de 8 heures à 11 h 30.

Colis : les envois de plus de 2 kg à destination de l'étranger seront contrôlés aux rayons X ; prévoyez un délai supplémentaire de 48 heures. Les tarifs sont inchangés (Colissimo outre-mer jusqu'à 1 kg : 18,90 euros).

Instances : les lettres recommandées et colis en attente (412 objets) ont été transférés au bureau de Gustavia, où ils restent disponibles jusqu'au 30 avril sur présentation d'une pièce d'identité.

Notre personnel : le facteur de la tournée 3, interpellé le 17 mars à Colombier par les enquêteurs de la sous-direction antiterroriste, qui le soupçonnaient d'avoir remis un colis aux kamikazes, a été relâché le 19 mars sans qu'aucune charge soit retenue contre lui. Il reprendra sa tournée mardi ; La Poste lui renouvelle sa confiance. Deux guichetières blessées le 22 février poursuivent leur convalescence et nous les attendons pour l'été.

Solidarité : jusqu'au 30 juin, les mandats à destination des familles des victimes sont gratuits, et 1 euro par carnet de timbres vendu au bureau de Saint-Jean est reversé au fonds d'aide ouvert par la collectivité.

Boîtes postales : les 260 titulaires d'une boîte au bureau de Saint-Jean recevront leur nouvelle clé par courrier ; l'ancienne doit être rapportée avant le 15 mai.

Renseignements : 3631, du lundi au samedi de 8 heures à 19 heures.
"""))
GOLD += [
E(21, ["l'attentat du 22 février", "la seconde explosion"],
  "SUI", "2026-02-22", "day", "Saint-Jean", "BL", 10, 26, "exact", "Islamic State", "Islamic State", True,
  "La Poste notice of Monday 6 April; 'du 22 février' -> 22 February, 43 days before -> background. The post office 'face à l'aérogare' in Saint-Jean; 'la seconde explosion' names the bombing's second blast (one event). 'dix morts, dont les deux kamikazes, et vingt-six blessés' -> killed 10 (bombers inside), injured 26, exact; 'Deux guichetières blessées' are a subset. 'revendiqué par l'État islamique' -> claimant and perpetrator. '97133', '7 avril', '8 heures', 'n° 2', '15 heures', '11 h 30', '2 kg', '48 heures', '1 kg', '18,90 euros', '412 objets', '30 avril', 'tournée 3', '30 juin', '1 euro', '260 titulaires', '15 mai', '3631', '19 heures' are not casualties."),
E(21, ["interpellé le 17 mars à Colombier"],
  "ARR", "2026-03-17", "day", "Colombier", "BL", None, None, None, "police", None, False,
  "'le 17 mars' -> 17 March, 20 days before Monday 6 April -> current (the bombing itself is background). A postman arrested in Colombier (a quarter of Saint-Barthélemy) by the 'sous-direction antiterroriste' -> 'police'; 'relâché le 19 mars sans qu'aucune charge soit retenue' is a release without charge, not an event."),
]
