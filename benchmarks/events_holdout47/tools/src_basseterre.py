"""Authoring source of benchmarks/events_holdout47 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Basse-Terre, Guadeloupe cluster (holdout47-011 to 015; French and
English), two suicide bombers on Sunday 12 July 2026 at two sites of one
town (the forecourt of the cathedral Notre-Dame-de-Guadeloupe and the
covered market on boulevard Félix-Éboué, about 500 m and five minutes
apart): a French agency dispatch with a first report (fr 011), an entry of
an incident database with labelled fields ("fiche de base de données
d'incidents", fr 012), a neighbourhood-watch bulletin ("bulletin de voisins
vigilants", fr 013), an English wire on the claim and the arrests (014) and
an undertaker's notice ("avis des pompes funèbres", fr 015). Guadeloupe is
UTC-4 all year and mainland France UTC+2 in July: every publication time
here is between 15:00 and 21:00 UTC (11:00 to 17:00 in Guadeloupe), so every
local date is the UTC date. Basse-Terre is the town (the prefecture), not
the island of the same name; gold spellings "Basse-Terre",
"Capesterre-Belle-Eau", "Gourbeyre", "Le Moule" (GP), "Orly" (FR). Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout47")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout47-011
ARTICLES.append(A(11, "fr", "article", "2026-07-12T19:00:00Z",
"Guadeloupe : double attentat-suicide à Basse-Terre à la sortie de la messe",
"""
BASSE-TERRE (Guadeloupe), 12 juillet 2026 (Agence Antilles-Guyane Presse) - Deux kamikazes ont déclenché leurs charges dimanche matin à cinq minutes d'intervalle dans le centre de Basse-Terre, le chef-lieu de la Guadeloupe, faisant au moins six morts, dont les deux assaillants, et une vingtaine de blessés, a annoncé la préfecture.

La première explosion s'est produite vers 10 h 40 sur le parvis de la cathédrale Notre-Dame-de-Guadeloupe, à la sortie de la grand-messe, qui avait réuni près de 600 fidèles. Cinq minutes plus tard, le second homme s'est fait exploser devant le marché couvert du boulevard Félix-Éboué, à environ 500 mètres, où des familles faisaient leurs courses dominicales.

« Le prêtre venait de nous bénir. J'ai entendu un grand bruit, puis les vitraux sont tombés », raconte Ginette, 73 ans, choriste depuis 1981.

Aucune revendication n'avait été publiée dimanche en milieu de journée. Selon une source policière, l'attaque « pourrait être l'œuvre » d'une cellule venue d'une île voisine, une piste qu'aucun élément ne confirmait encore.

Le préfet a déclenché le plan Orsec, fermé la route nationale 1 à l'entrée de la ville et suspendu les liaisons maritimes vers les Saintes. Le centre hospitalier de Basse-Terre, qui dispose de 390 lits, a rappelé ses équipes ; douze blessés graves doivent être transférés par hélicoptère vers le CHU de Guadeloupe. Plus de 300 donneurs de sang se sont présentés en début d'après-midi.

L'archipel, 380 000 habitants, n'avait jamais connu d'attentat-suicide. En 2019, un engin explosif artisanal avait endommagé la façade d'une banque au Moule, blessant deux passants ; son auteur, un ancien employé, avait été condamné à huit ans de prison.

Le Premier ministre est attendu lundi. Les familles peuvent joindre la cellule d'information au 0590 99 39 00.
"""))
GOLD += [
E(11, ["Deux kamikazes ont déclenché leurs charges dimanche matin", "La première explosion", "le second homme s'est fait exploser", "l'attaque"],
  "SUI", "2026-07-12", "day", "Basse-Terre", "GP", 6, 20, "at_least", None, None, False,
  "Agency dispatch of Sunday 12 July 2026 (15:00 local); 'dimanche matin' = the publication day. Two sites of one town (the cathedral forecourt and the covered market, 'environ 500 mètres', five minutes apart) -> ONE Suicide bomb event coded to the town of Basse-Terre (the prefecture, not the island). First report: 'au moins six morts, dont les deux assaillants' -> killed 6 (bombers inside), at_least; 'une vingtaine de blessés' -> injured 20 (dev table: « vingtaine » = 20; the qualifier describes the killed figure). 'douze blessés graves' is a subset. No claim; « pourrait être l'œuvre » d'une cellule is speculation and names no group -> perpetrator null. '10 h 40', 'près de 600 fidèles', '500 mètres', '73 ans', '1981', 'route nationale 1', '390 lits', 'Plus de 300 donneurs', '380 000 habitants', '0590 99 39 00' are not casualties."),
E(11, ["un engin explosif artisanal avait endommagé la façade d'une banque au Moule"],
  "IED", "2019-01-01", "year", "Le Moule", "GP", None, 2, "exact", None, None, True,
  "'En 2019' -> year, background. A homemade explosive device -> Remote explosive/landmine/IED; its author, an unnamed former employee -> null. 'blessant deux passants' -> injured 2, exact. 'au Moule' = à + Le Moule. 'huit ans de prison' is a sentence."),
]

# -------------------------------------------------------------- holdout47-012
ARTICLES.append(A(12, "fr", "article", "2026-07-14T18:00:00Z",
"Fiche incident OCV-GP-2026-031 : Basse-Terre, 12 juillet 2026",
"""
OBSERVATOIRE CARAÏBE DES VIOLENCES POLITIQUES - BASE DE DONNÉES DES INCIDENTS. Fiche n° OCV-GP-2026-031. Créée le 12/07/2026, mise à jour le mardi 14 juillet 2026 à 14 h 00 (heure de Guadeloupe). Statut : vérifiée (niveau 2 sur 3).

INTITULÉ : Double attentat-suicide à Basse-Terre (Guadeloupe).

DATE ET HEURES : dimanche 12 juillet 2026, 10 h 40 et 10 h 45.

LIEUX : parvis de la cathédrale Notre-Dame-de-Guadeloupe ; entrée du marché couvert, boulevard Félix-Éboué. Distance entre les deux points : 500 m environ. Coordonnées : 15,996° N, 61,732° O.

TYPE : attentat-suicide à deux auteurs, ceintures explosives. Une seule fiche pour les deux explosions, survenues dans la même ville à cinq minutes d'intervalle.

BILAN : dix morts, auteurs compris, et vingt-sept blessés (source : préfecture, 13/07). Bilan initial du 12/07 : au moins six morts. Les chiffres de la fiche remplacent les précédents à chaque mise à jour.

AUTEURS : deux hommes de 22 et 26 ans, identités non publiées.

REVENDICATION : aucune à la date de mise à jour.

HYPOTHÈSES : les enquêteurs n'excluent pas que les auteurs « aient pu être aidés » depuis l'étranger. Hypothèse non retenue dans le champ AUTEURS.

SUITES JUDICIAIRES : deux hommes interpellés le 12/07 au soir à Capesterre-Belle-Eau, en garde à vue (prolongée à 96 heures). Huit riverains entendus le 13/07 puis relâchés : non comptés comme arrestations.

INCIDENTS LIÉS : aucun. Pour mémoire, voir la fiche OCV-GP-2019-007 (engin explosif artisanal devant une banque du Moule, 2019, deux blessés).

SOURCES : préfecture (3 communiqués), parquet national antiterroriste (1 communiqué), presse locale (7 articles). Fiabilité : B.

Saisie : M. Ranély. Contrôle : A. Troupé. Prochaine mise à jour prévue le 16/07.
"""))
GOLD += [
E(12, ["Double attentat-suicide à Basse-Terre"],
  "SUI", "2026-07-12", "day", "Basse-Terre", "GP", 10, 27, "exact", None, None, False,
  "Database entry updated Tuesday 14 July; 'dimanche 12 juillet 2026' -> 12 July. The entry itself records the two explosions of one town five minutes apart as one incident -> ONE event. BILAN: 'dix morts, auteurs compris, et vingt-sept blessés' -> killed 10 (bombers inside), injured 27 (number words), exact; 'Bilan initial du 12/07 : au moins six morts' is superseded. REVENDICATION 'aucune' -> claimed_by null; « aient pu être aidés » is speculation -> perpetrator null. The lower-case 'attentat-suicide' of the TYPE field is a type label, left out of the triggers (it also occurs inside the title field). Field numbers: 'OCV-GP-2026-031', '12/07/2026', '14 h 00', 'niveau 2 sur 3', '10 h 40', '10 h 45', '500 m', '15,996° N, 61,732° O', '22 et 26 ans', '96 heures', 'Huit riverains' (heard), '3 communiqués', '1 communiqué', '7 articles', '16/07' are not casualties."),
E(12, ["deux hommes interpellés le 12/07 au soir à Capesterre-Belle-Eau"],
  "ARR", "2026-07-12", "day", "Capesterre-Belle-Eau", "GP", None, None, None, "police", None, False,
  "'le 12/07 au soir' -> 12 July (day/month), the evening of the bombing. No force named -> 'police'. 'en garde à vue (prolongée à 96 heures)' is the arrest's custody, not a new event. The 'Huit riverains entendus ... puis relâchés' are heard, not arrested (the entry says so)."),
E(12, ["engin explosif artisanal devant une banque du Moule"],
  "IED", "2019-01-01", "year", "Le Moule", "GP", None, 2, "exact", None, None, True,
  "'2019' -> year, background: the bank device of holdout47-011, recalled by its entry number 'OCV-GP-2019-007' -> Remote explosive/landmine/IED, author null. 'deux blessés' -> injured 2, exact. 'INCIDENTS LIÉS : aucun' means it is not linked to the bombing; it is still an event mentioned."),
]

# -------------------------------------------------------------- holdout47-013
ARTICLES.append(A(13, "fr", "article", "2026-07-17T21:00:00Z",
"Voisins vigilants de Gourbeyre : bulletin n° 29",
"""
VOISINS VIGILANTS ET SOLIDAIRES - GOURBEYRE, SECTEURS DE DOS-D'ÂNE ET DE RIVIÈRE-SENS. Bulletin n° 29 du vendredi 17 juillet 2026, envoyé par courriel aux 146 foyers inscrits. Référente : Mme Yolande Nagau.

Chers voisins,

Nous voici tous touchés par le double attentat-suicide de dimanche à Basse-Terre, à dix minutes d'ici. Le bilan est désormais de neuf victimes, sans compter les deux kamikazes, soit onze morts, et de vingt-sept blessés : M. Hervé Pallud, 66 ans, de la rue des Flamboyants, a succombé jeudi à ses blessures. Nous pensons à son épouse.

CE QUI S'EST PASSÉ CHEZ NOUS. Beaucoup d'entre vous ont vu les gendarmes mercredi matin rue des Mahoganys. Le propriétaire qui louait un studio aux deux kamikazes y a été interpellé à 6 h 30 ; il a été relâché jeudi soir sans poursuites. Dix voisins de la rue ont été entendus comme témoins à la brigade et sont rentrés chez eux le jour même. Merci de ne pas relayer de rumeurs à leur sujet.

LA REVENDICATION. Le groupe Jamaat al Muslimeen, de Trinité-et-Tobago, a revendiqué l'attentat mercredi, et le parquet estime que cette revendication est crédible. Son message parle de « plus de trente infidèles » : ce chiffre est faux.

NOS CONSIGNES.
- Signalez tout véhicule inconnu stationné plus de 24 heures au 17, ou à la référente au 0690 55 12 84.
- Ne laissez pas vos portails ouverts la nuit ; la mairie prête 40 cadenas.
- Les rondes du samedi reprennent, de 20 heures à 23 heures, par groupes de trois.

SOLIDARITÉ. La collecte de jeudi à la salle polyvalente a réuni 1 870 euros et 62 colis. Le marché de Basse-Terre rouvre lundi à 6 heures.

Rendez-vous demain samedi à 9 heures devant l'église pour rejoindre ensemble la marche blanche, qui partira de la cathédrale à 10 heures.

Prenez soin les uns des autres.
"""))
GOLD += [
E(13, ["double attentat-suicide de dimanche à Basse-Terre", "l'attentat"],
  "SUI", "2026-07-12", "day", "Basse-Terre", "GP", 11, 27, "exact", "Jamaat al Muslimeen", "Jamaat al Muslimeen", False,
  "Neighbourhood-watch bulletin of Friday 17 July; 'de dimanche' -> 12 July. 'neuf victimes, sans compter les deux kamikazes, soit onze morts, et de vingt-sept blessés' -> killed 11 (9 + 2 bombers; the bulletin gives both), injured 27, exact; Hervé Pallud, 66, who died Thursday, is inside. 'Le groupe Jamaat al Muslimeen ... a revendiqué l'attentat mercredi', judged 'crédible' by the prosecutors -> claimant and perpetrator 'Jamaat al Muslimeen' (canonical name of earlier sets); « plus de trente infidèles » is never used. 'n° 29', '146 foyers', 'dix minutes', '66 ans', '6 h 30', 'Dix voisins' (heard), '24 heures', '17', '0690 55 12 84', '40 cadenas', '20 heures à 23 heures', 'groupes de trois', '1 870 euros', '62 colis', '6 heures', '9 heures', '10 heures' are not casualties. The 'marche blanche' of 'demain samedi' is future and not coded (holdout47-015 codes it)."),
E(13, ["Le propriétaire qui louait un studio aux deux kamikazes y a été interpellé"],
  "ARR", "2026-07-15", "day", "Gourbeyre", "GP", None, None, None, "police", None, False,
  "'mercredi matin' vs Friday 17 July -> 15 July. The bombers' landlord arrested 'rue des Mahoganys' in the bulletin's area of Gourbeyre ('y' = that street) by the gendarmes -> 'police'. 'relâché jeudi soir sans poursuites' does not undo the arrest. The 'Dix voisins ... entendus comme témoins' are not arrested."),
]

# -------------------------------------------------------------- holdout47-014
ARTICLES.append(A(14, "en", "article", "2026-07-16T20:00:00Z",
"Trinidad group claims Guadeloupe bombing; suspect held at Paris airport",
"""
BASSE-TERRE, Guadeloupe (Antilles Wire) - The Trinidad-based group Jamaat al Muslimeen claimed responsibility on Wednesday for Sunday's twin suicide bombing in Basse-Terre, the capital of the French Caribbean region of Guadeloupe, and French anti-terrorism prosecutors said they considered the claim credible.

The statement, posted on a messaging channel, boasted that the attack had killed "more than 30 infidels". According to the prefecture, 10 people died, including the two bombers, and 27 were wounded; a 66-year-old man remains in critical condition.

Al-Qaeda in the Islamic Maghreb denied any role in a message sent to a Mauritanian news site. A senior police official said the bombers "may have been" trained abroad, but gave no details.

French police on Wednesday arrested a 41-year-old man at Orly airport, south of Paris, as he stepped off a flight from Guadeloupe. Prosecutors suspect him of buying the components of the two explosive belts online, including 9 kg of fertiliser and 14 detonators, and of shipping them to the island in a barrel marked "household goods".

The two men arrested in Capesterre-Belle-Eau on Sunday evening were charged on Thursday with terrorist murder and remanded in custody. A third man, the bombers' landlord, was detained in Gourbeyre on Wednesday morning. Eight neighbours questioned on Monday have been released.

Basse-Terre's covered market remains closed, and Sunday masses will be said in the cathedral garden until the forecourt is repaired, the diocese said.

In 2019, a homemade bomb damaged a bank in Le Moule, wounding two passers-by.

Tourism officials said 14 percent of July hotel bookings on the island of Basse-Terre had been cancelled, and two cruise ships skipped the port on Tuesday.
"""))
GOLD += [
E(14, ["Sunday's twin suicide bombing in Basse-Terre", "the attack"],
  "SUI", "2026-07-12", "day", "Basse-Terre", "GP", 10, 27, "exact", "Jamaat al Muslimeen", "Jamaat al Muslimeen", False,
  "Wire of Thursday 16 July; 'Sunday's' -> 12 July. '10 people died, including the two bombers, and 27 were wounded' -> killed 10, injured 27, exact (published on Thursday afternoon, before the 66-year-old died, told in holdout47-013). 'Jamaat al Muslimeen claimed responsibility on Wednesday', judged credible -> claimant and perpetrator; the claim's 'more than 30 infidels' is never used. Al-Qaeda in the Islamic Maghreb's denial is not a claim; 'may have been' trained abroad is speculation. '66-year-old', '41-year-old', '9 kg', '14 detonators', 'Eight neighbours' (questioned), '14 percent', 'two cruise ships' are not casualties. 'the island of Basse-Terre' is the island, no event."),
E(14, ["French police on Wednesday arrested a 41-year-old man at Orly airport"],
  "ARR", "2026-07-15", "day", "Orly", "FR", None, None, None, "police", None, False,
  "The cluster's suspected facilitator (the buyer and shipper of the belts' components). 'on Wednesday' vs Thursday 16 July -> 15 July. Arrested at Orly airport, south of Paris -> Orly (FR), by 'French police' -> 'police'."),
E(14, ["The two men arrested in Capesterre-Belle-Eau on Sunday evening"],
  "ARR", "2026-07-12", "day", "Capesterre-Belle-Eau", "GP", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-012: 'on Sunday evening' vs Thursday 16 July -> 12 July. 'charged on Thursday with terrorist murder and remanded in custody' is its follow-up, not a new arrest. No force named -> 'police'."),
E(14, ["A third man, the bombers' landlord, was detained in Gourbeyre on Wednesday morning"],
  "ARR", "2026-07-15", "day", "Gourbeyre", "GP", None, None, None, "police", None, False,
  "'on Wednesday morning' vs Thursday 16 July -> 15 July: the landlord of holdout47-013, detained in Gourbeyre -> Arrests, 'police'. The 'Eight neighbours questioned on Monday' are not arrested."),
E(14, ["a homemade bomb damaged a bank in Le Moule"],
  "IED", "2019-01-01", "year", "Le Moule", "GP", None, 2, "exact", None, None, True,
  "'In 2019' -> year, background: the bank device of holdout47-011. 'wounding two passers-by' -> injured 2, exact. No author named -> null."),
]

# -------------------------------------------------------------- holdout47-015
ARTICLES.append(A(15, "fr", "article", "2026-07-20T15:00:00Z",
"Pompes funèbres du Sud Basse-Terre : avis d'obsèques",
"""
POMPES FUNÈBRES DU SUD BASSE-TERRE - AVIS D'OBSÈQUES ET INFORMATIONS AUX FAMILLES. Basse-Terre, le lundi 20 juillet 2026.

Notre maison accompagne cette semaine les familles de sept des douze personnes mortes dans le double attentat-suicide du dimanche 12 juillet ; ce bilan comprend les deux kamikazes, dont nous n'avons pas la charge. L'attentat a aussi fait vingt-sept blessés. Nous adressons nos condoléances à toutes les familles, y compris celle de Mme Odile Bernos, 58 ans, vendeuse au marché, décédée samedi au CHU.

AVIS D'OBSÈQUES
- Mardi 21 juillet, 15 heures, cathédrale Notre-Dame-de-Guadeloupe : M. Hervé Pallud, 66 ans. Levée du corps au salon funéraire n° 2, rue Dugommier, à 14 heures.
- Mercredi 22 juillet, 9 h 30, église de Gourbeyre : Mlle Laura Cicéron, 17 ans, choriste.
- Mercredi 22 juillet, 16 heures, temple adventiste de Saint-Claude : M. et Mme Joseph et Rita Salin, 70 et 68 ans.
- Jeudi 23 juillet, 10 heures, cathédrale : Mme Odile Bernos, 58 ans.
- Vendredi 24 juillet, 15 heures, église de Baillif : MM. Didier Maran, 44 ans, et Kévin Maran, 19 ans, père et fils.

INFORMATIONS PRATIQUES. Les frais d'obsèques sont avancés par l'État dans la limite de 4 600 euros par défunt : aucune somme ne sera demandée aux familles. Les salons funéraires restent ouverts de 8 heures à 21 heures. Le boulevard Félix-Éboué sera fermé à la circulation les jours de cérémonie à la cathédrale.

Samedi matin, la marche blanche a réuni plus de 6 000 personnes de la cathédrale au marché, derrière la banderole « Basse-Terre doubout », sans le moindre incident ; nos porteurs y ont défilé en tenue.

Le parquet a fait savoir que les corps des deux auteurs ne seront pas rendus avant la fin de l'enquête. Le suspect arrêté mercredi à Orly, qui aurait acheté les composants des ceintures, reste en détention.

Contact : 0590 81 24 60, 24 heures sur 24.
"""))
GOLD += [
E(15, ["double attentat-suicide du dimanche 12 juillet", "L'attentat"],
  "SUI", "2026-07-12", "day", "Basse-Terre", "GP", 12, 27, "exact", None, None, False,
  "Undertaker's notice of Monday 20 July; 'du dimanche 12 juillet' -> 12 July. 'douze personnes mortes ... ce bilan comprend les deux kamikazes' -> killed 12 (bombers inside; Odile Bernos, 58, died Saturday), 'vingt-sept blessés' -> injured 27, exact. 'sept des douze' (the undertaker's families) is a subset. No claim named here -> perpetrator null. The funerals, their dates and times, ages ('58', '66', '17', '70 et 68', '44', '19 ans'), 'n° 2', '4 600 euros', '8 heures à 21 heures', 'plus de 6 000 personnes' (marchers), '0590 81 24 60', '24 heures sur 24' are not casualties; funerals are not coded."),
E(15, ["la marche blanche a réuni plus de 6 000 personnes"],
  "PP", "2026-07-18", "day", "Basse-Terre", "GP", None, None, None, None, None, False,
  "'Samedi matin' vs Monday 20 July -> 18 July (the march announced in holdout47-013). More than 6,000 people from the cathedral to the market behind a banner with a message (« Basse-Terre doubout », Creole for 'standing'), 'sans le moindre incident' -> Peaceful protest, perpetrator null."),
E(15, ["Le suspect arrêté mercredi à Orly"],
  "ARR", "2026-07-15", "day", "Orly", "FR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout47-014: 'mercredi' vs Monday 20 July -> 15 July, at Orly (FR). 'reste en détention' is its follow-up. No force named -> 'police'."),
]
