"""Authoring source of benchmarks/events_holdout49 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the St Helier, Jersey cluster (holdout49-011 to 015; English and
French), two suicide bombers on Saturday 19 September 2026 at two sites of
one town (Liberation Square and the Central Market on Beresford Street,
about 500 m and four minutes apart): an English wire with a first report
(011), a French agency dispatch from Saint-Malo on an arrest there
(« dépêche », fr 012), an English supermarket's closure notice (013), a
French agency's evening flash of five items (« flash d'agence », fr 014)
and the roll, with the clerk's notes, of a hearing of the investigating
chamber of the Rennes court of appeal (« rôle d'audience avec notes », fr
015), 16 days after the bombing. Jersey is UTC+1 and France UTC+2 in
September and early October: every publication time here is between 07:00
and 16:00 UTC, so every local date is the UTC date. Jersey is a Crown
Dependency with its own ISO code (JE), Guernsey too (GG). The toll: 10 at
least (Saturday), 12 after a French tourist died on Sunday 20 September;
34 wounded. The gold writes "St Helier" (French « Saint-Hélier ») and
"St Peter Port". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout49")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout49-011
ARTICLES.append(A(11, "en", "article", "2026-09-19T15:00:00Z",
"Suicide bombers strike Jersey's capital, killing at least 10",
"""
ST HELIER, Jersey (Channel Wire) - Two suicide bombers struck the centre of St Helier, the capital of Jersey, four minutes apart on Saturday, killing at least eight people as well as themselves and injuring about 30, the island's police said.

The first man set off a device at about 11:20 a.m. on Liberation Square, where a seafood fair had drawn crowds of islanders and French day-trippers. The second blew himself up at 11:24 at an entrance of the Central Market on Beresford Street, about 500 metres away.

"People were lying among the crates of apples and crab," said Peter Le Breton, 63, whose fish stall, number 21, was wrecked. "I saw a boy of about ten carried out by two firemen."

Police said it was too early to name a group. A security source said the attack "could be linked" to al-Qaeda in the Arabian Peninsula, whose online magazine recently called for strikes on offshore financial centres.

Jersey, a British Crown Dependency of some 103,000 people lying 22 km off the coast of Normandy, has no recent history of political violence. In 2015, police made safe a pipe bomb found on the quay at St Aubin, helped by a Royal Navy disposal team; no one was ever charged.

The airport was closed for three hours and flight 217 to London Gatwick was cancelled, along with the afternoon ferries to Saint-Malo and Guernsey. About 120 officers from Hampshire were being flown in under a mutual-aid agreement. Jersey's General Hospital, which has about 200 beds, declared a major incident and asked for blood donors; a casualty bureau was opened on 01534 612 612.
"""))
GOLD += [
E(11, ["Two suicide bombers struck the centre of St Helier", "The first man set off a device", "The second blew himself up", "the attack"],
  "SUI", "2026-09-19", "day", "St Helier", "JE", 10, 30, "at_least", None, None, False,
  "Wire of Saturday 19 September 2026 (16:00 in Jersey); 'on Saturday' = the publication day. Two sites of one town (Liberation Square and the Central Market, 'about 500 metres', 'four minutes apart') -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people as well as themselves and injuring about 30' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 30 ('about 30'; the qualifier describes the killed figure). No claim; 'could be linked' to al-Qaeda in the Arabian Peninsula is speculation -> perpetrator null. '11:20 a.m.', '11:24', '500 metres', '63', 'number 21', 'a boy of about ten' (an age), 'two firemen', '103,000 people', '22 km', 'three hours', 'flight 217', '120 officers', '200 beds', '01534 612 612' are not casualties."),
E(11, ["police made safe a pipe bomb found on the quay at St Aubin"],
  "DWU", "2015-01-01", "year", "St Aubin", "JE", None, None, None, "police", None, True,
  "'In 2015' -> year, background. A pipe bomb made safe -> Disrupted weapons use; police led, 'helped by a Royal Navy disposal team' -> the lead actor, 'police' (dev). No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout49-012
ARTICLES.append(A(12, "fr", "article", "2026-09-21T09:00:00Z",
"Attentat de Jersey : un Malouin interpellé",
"""
SAINT-MALO, (Agence Manche Presse) - Un homme de 38 ans a été interpellé dimanche à Saint-Malo, soupçonné d'avoir hébergé pendant une semaine les deux kamikazes du double attentat-suicide de Saint-Hélier, à Jersey, avant leur traversée en ferry, a-t-on appris lundi de source judiciaire.

Les policiers de la sous-direction antiterroriste l'ont arrêté à son domicile du quartier de Rocabey, où ils ont saisi deux téléphones et 3 200 euros en espèces. Sa compagne a été entendue pendant six heures, puis laissée libre.

Le bilan de l'attaque de samedi matin, sur Liberation Square et au marché central de la capitale jersiaise, s'est alourdi : une touriste française de 66 ans est morte dimanche à l'hôpital de Southampton, où elle avait été transférée par hélicoptère. On compte désormais douze morts, kamikazes compris, et trente-quatre blessés.

Deux autres suspects, arrêtés samedi soir à Gorey, sur la côte est de l'île, ont été présentés lundi à un juge de Jersey. La police jersiaise n'a toujours attribué l'attentat à aucun groupe ; les deux kamikazes « pourraient avoir été radicalisés en ligne », estime un enquêteur britannique.

Les liaisons maritimes entre Saint-Malo et Jersey, suspendues samedi, ont repris lundi avec le départ de 8 h 15, sous contrôles renforcés : l'embarquement est désormais fermé 90 minutes avant le départ, contre 45 auparavant, et les bagages de plus de 23 kilos sont fouillés. Sur les 1 100 passagers attendus lundi, près de 400 ont annulé leur voyage.

Quelque 3 000 Français vivent à Jersey, à 70 km de Saint-Malo. La préfecture d'Ille-et-Vilaine a ouvert une cellule d'écoute au 02 99 02 10 35, et le consulat honoraire de Saint-Hélier reçoit les familles de 9 heures à 17 heures.
"""))
GOLD += [
E(12, ["Un homme de 38 ans a été interpellé dimanche à Saint-Malo", "l'ont arrêté à son domicile"],
  "ARR", "2026-09-20", "day", "Saint-Malo", "FR", None, None, None, "police", None, False,
  "Dispatch of Monday 21 September; 'dimanche' -> 20 September. The cluster's suspected facilitator (who lodged the bombers for a week before their ferry crossing), arrested by 'Les policiers de la sous-direction antiterroriste' -> 'police'; in France -> FR. The phones and cash seized belong to the arrest. His partner, 'entendue pendant six heures, puis laissée libre', is not arrested."),
E(12, ["double attentat-suicide de Saint-Hélier", "l'attaque de samedi matin", "attribué l'attentat"],
  "SUI", "2026-09-19", "day", "St Helier", "JE", 12, 34, "exact", None, None, False,
  "'de samedi matin' vs Monday 21 September -> 19 September. The toll is raised: 'une touriste française de 66 ans est morte dimanche' -> 'douze morts, kamikazes compris, et trente-quatre blessés' -> killed 12 (bombers inside), injured 34 (number words), exact. 'n'a toujours attribué l'attentat à aucun groupe'; « pourraient avoir été radicalisés en ligne » is speculation -> perpetrator null. Gold spelling 'St Helier' (French « Saint-Hélier »). '38 ans', '3 200 euros', 'six heures', '66 ans', '8 h 15', '90 minutes', '45', '23 kilos', '1 100 passagers', '400', '3 000 Français', '70 km', '02 99 02 10 35', '9 heures à 17 heures' are not casualties."),
E(12, ["Deux autres suspects, arrêtés samedi soir à Gorey"],
  "ARR", "2026-09-19", "day", "Gorey", "JE", None, None, None, "police", None, False,
  "'samedi soir' vs Monday 21 September -> 19 September, the evening of the bombing; Gorey is on Jersey's east coast -> JE. 'présentés lundi à un juge' is the follow-up. No force named (Jersey police) -> 'police'."),
]

# -------------------------------------------------------------- holdout49-013
ARTICLES.append(A(13, "en", "article", "2026-09-22T08:00:00Z",
"Notice to customers: Beresford Street store closed",
"""
ISLAND FRESH STORES - NOTICE TO CUSTOMERS. Beresford Street store (No. 4): temporary closure. St Helier, Tuesday 22 September 2026.

Our Beresford Street store, opposite the Central Market, has been closed since Saturday morning, when the second of the two suicide bombers struck at the market entrance, a few metres from our door. It will stay closed at least until Monday 28 September, while the police cordon remains in place and our windows and fridges are replaced.

We share the grief of the whole island. Twelve people were killed in Saturday's attack, including the two bombers, and 34 were hurt, among them two of our cashiers, who are now recovering at home. Our staff on duty that morning have all been interviewed by police as witnesses.

Many of you joined Sunday's silent walk from the Central Market to Liberation Square, behind the banner "Jersey stands together". Thank you to the 40 colleagues who handed out water along the way.

We were also saddened to learn that a former delivery driver of ours was arrested on Monday in St Peter Port, Guernsey, in connection with the bombing. We have given the police the records they asked for and can say nothing more while the investigation continues.

In the meantime:
- our Cheapside and Gorey Village stores are open from 7 a.m. to 10 p.m., seven days a week;
- home delivery is free for orders over £25 within St Helier until 4 October;
- customers over 70 can order by phone on 01534 880 404;
- Fresh Points cards earn double points until the reopening;
- goods bought at Beresford Street on 18 and 19 September can be refunded at any store, with or without a receipt.

All 46 Beresford Street staff will be paid in full during the closure. Our food bank bins, which collected 1,800 kg of food last month, have moved to Cheapside.

Margaret Le Sueur, managing director
"""))
GOLD += [
E(13, ["the second of the two suicide bombers struck at the market entrance", "Saturday's attack", "in connection with the bombing"],
  "SUI", "2026-09-19", "day", "St Helier", "JE", 12, 34, "exact", None, None, False,
  "Store notice of Tuesday 22 September; 'since Saturday morning' -> 19 September. The notice names the second bomber's site; the twin bombing of one town is ONE event. 'Twelve people were killed in Saturday's attack, including the two bombers, and 34 were hurt' -> killed 12, injured 34, exact; 'two of our cashiers' are a subset. No claim -> perpetrator null. 'No. 4', '28 September', '40 colleagues', '7 a.m. to 10 p.m.', 'seven days', '£25', '4 October', 'over 70' (an age), '01534 880 404', '18 and 19 September', '46 ... staff', '1,800 kg' are not casualties. Staff 'interviewed by police as witnesses' are not arrested."),
E(13, ["Sunday's silent walk from the Central Market to Liberation Square"],
  "PP", "2026-09-20", "day", "St Helier", "JE", None, None, None, None, None, False,
  "'Sunday's' vs Tuesday 22 September -> 20 September. A silent walk behind a banner with a message ('Jersey stands together'), no incident -> Peaceful protest, perpetrator null."),
E(13, ["a former delivery driver of ours was arrested on Monday in St Peter Port"],
  "ARR", "2026-09-21", "day", "St Peter Port", "GG", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 22 September -> 21 September. Arrested in St Peter Port, Guernsey ('in connection with the bombing') -> GG, coded to the place of the arrest. 'the police' -> 'police'. 'Gorey Village' is only a store's name here."),
]

# -------------------------------------------------------------- holdout49-014
ARTICLES.append(A(14, "fr", "article", "2026-09-23T16:00:00Z",
"Le flash de 18 heures du mercredi 23 septembre",
"""
AGENCE MANCHE PRESSE - LE FLASH DE 18 HEURES. Mercredi 23 septembre 2026. L'essentiel de la journée en cinq points.

1. JERSEY. Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué mardi soir le double attentat-suicide de samedi à Saint-Hélier, qui a fait douze morts, dont les deux kamikazes, et 34 blessés. Le communiqué, qui se vante de « plus de cinquante croisés tués », a été jugé « crédible » par la police de Jersey et par l'antiterrorisme britannique. L'État islamique, auquel une partie de la presse avait attribué le massacre, a démenti mercredi par la voix de son agence Amaq. L'homme interpellé dimanche à Saint-Malo a été mis en examen et écroué à Rennes, et l'un des deux hommes arrêtés samedi soir à Gorey a été relâché sans poursuites.

2. ÉCONOMIE. Le port de Saint-Malo annonce une baisse de 18 % du trafic de passagers en août par rapport à 2025. Le beurre de Bretagne atteint 7 420 euros la tonne, un record.

3. SPORT. Les handballeuses de Dinan se sont qualifiées pour le troisième tour de la Coupe de France en battant Vannes 29 à 24. Le départ de la course au large Saint-Malo - Jersey, prévu samedi, est reporté d'une semaine.

4. SOCIAL. Les marins des ferries de la Manche réclament une prime de risque de 150 euros par mois après l'attentat ; un préavis de grève de 48 heures a été déposé pour le 1er octobre.

5. MÉTÉO. Vent de nord-ouest soufflant jusqu'à 70 km/h en rafales sur la côte, mer agitée à forte. Maximales de 19 degrés à Saint-Malo et de 17 degrés à Granville.

Prochain flash demain à 7 heures. Rédaction : 02 99 40 18 18.
"""))
GOLD += [
E(14, ["le double attentat-suicide de samedi à Saint-Hélier", "le massacre", "après l'attentat"],
  "SUI", "2026-09-19", "day", "St Helier", "JE", 12, 34, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Agency flash of Wednesday 23 September; 'de samedi' -> 19 September. 'douze morts, dont les deux kamikazes, et 34 blessés' -> killed 12, injured 34, exact. 'Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué mardi soir', judged « crédible » by the Jersey police and British counter-terrorism -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula' (the canonical name earlier sets use); the claim's « plus de cinquante croisés tués » is never used. Islamic State's denial is not a claim. Items 2 to 5 hold no event: '18 %', '2025', '7 420 euros', '29 à 24' (a handball score), '150 euros', '48 heures', '1er octobre', '70 km/h', '19 degrés', '17 degrés', '7 heures', '02 99 40 18 18' are not casualties; the postponed sailing race and the strike notice are no events."),
E(14, ["L'homme interpellé dimanche à Saint-Malo"],
  "ARR", "2026-09-20", "day", "Saint-Malo", "FR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout49-012: 'dimanche' vs Wednesday 23 September -> 20 September, in Saint-Malo -> FR. 'mis en examen et écroué à Rennes' is the judicial follow-up; Rennes is not the arrest's place. No force named -> 'police'."),
E(14, ["l'un des deux hommes arrêtés samedi soir à Gorey"],
  "ARR", "2026-09-19", "day", "Gorey", "JE", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout49-012: 'samedi soir' vs Wednesday 23 September -> 19 September. One of the two 'a été relâché sans poursuites': the release does not undo the arrest and is not an event. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout49-015
ARTICLES.append(A(15, "fr", "article", "2026-10-05T07:00:00Z",
"Chambre de l'instruction de Rennes : rôle de l'audience du 7 octobre",
"""
COUR D'APPEL DE RENNES - CHAMBRE DE L'INSTRUCTION. RÔLE DE L'AUDIENCE DU MERCREDI 7 OCTOBRE 2026, 9 H 30, SALLE 11. Affiché le lundi 5 octobre 2026. Président : M. Yann Le Goff. Conseillères : Mmes Claire Morvan et Sophie Tanguy. Avocat général : M. Erwan Bihan.

1. N° 26/01118 - Appel d'une ordonnance de refus de mise en liberté (trafic de stupéfiants, Lorient). Note du greffe : l'appelant a été condamné en 2021 à 7 ans d'emprisonnement ; extraction depuis la maison d'arrêt de Vannes.

2. N° 26/01132 - Requête en annulation d'une expertise (fraude aux aides agricoles, Vitré). Note du greffe : renvoi demandé par la défense au 4 novembre.

3. N° 26/01140 - Appel de M. Thomas G., 38 ans, contre l'ordonnance du 22 septembre 2026 le plaçant en détention provisoire. Note du greffe : l'intéressé a été interpellé le 20 septembre 2026 à Saint-Malo ; il est mis en examen pour association de malfaiteurs terroriste, soupçonné d'avoir hébergé les deux kamikazes du double attentat-suicide du 19 septembre 2026 à Saint-Hélier (Jersey), qui a fait douze morts, dont les deux auteurs, et trente-quatre blessés, et qui a été revendiqué par Al-Qaïda dans la péninsule Arabique. Audience à huis clos (article 199 du code de procédure pénale). Escorte : 6 fonctionnaires.

4. N° 26/01151 - Demande d'entraide pénale présentée par les autorités de Jersey (audition de témoins à Saint-Malo). Note du greffe : jointe pour information au n° 26/01140 ; aucune comparution.

5. N° 26/01163 - Appel d'une ordonnance de non-lieu (abus de confiance, association de plaisance de Cancale). Note du greffe : rapport de Mme Morvan.

NOTES GÉNÉRALES. Les avocats déposent leurs mémoires au greffe au plus tard 48 heures avant l'audience. Les dossiers sont appelés dans l'ordre du rôle, sauf le n° 3, appelé à 11 heures. Les arrêts seront rendus le mercredi 14 octobre 2026 à 14 heures. Le public est admis dans la limite des 30 places de la salle, sauf pour les audiences à huis clos. Renseignements : greffe de la chambre de l'instruction, 02 23 20 43 00.
"""))
GOLD += [
E(15, ["l'intéressé a été interpellé le 20 septembre 2026 à Saint-Malo"],
  "ARR", "2026-09-20", "day", "Saint-Malo", "FR", None, None, None, "police", None, False,
  "Court roll posted Monday 5 October; 'le 20 septembre 2026' -> 20 September, 15 days before -> current. The arrest of holdout49-012, restated in the clerk's note. The detention order of 22 September, the 'mise en examen', the appeal and the hearing of 7 October are follow-ups, not events. No force named -> 'police'. The other four cases (drugs, farm-aid fraud, a request for legal assistance, a breach of trust) hold no event; 'condamné en 2021 à 7 ans' is a past sentence, not an event."),
E(15, ["double attentat-suicide du 19 septembre 2026 à Saint-Hélier"],
  "SUI", "2026-09-19", "day", "St Helier", "JE", 12, 34, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'du 19 septembre 2026' -> 19 September, 16 days before Monday 5 October -> current. 'douze morts, dont les deux auteurs, et trente-quatre blessés' -> killed 12, injured 34, exact. 'revendiqué par Al-Qaïda dans la péninsule Arabique' -> claimant and perpetrator. The court's numbers ('9 h 30', 'salle 11', the case numbers '26/01118' to '26/01163', '2021', '7 ans', '4 novembre', '38 ans', '22 septembre', 'article 199', '6 fonctionnaires', '48 heures', 'n° 3', '11 heures', '14 octobre', '14 heures', '30 places', '02 23 20 43 00') are not casualties."),
]
