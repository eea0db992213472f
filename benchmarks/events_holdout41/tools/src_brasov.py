"""Authoring source of benchmarks/events_holdout41 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Brașov, Romania cluster (holdout41-006 to 010, and 021 six weeks
later; English and French), two suicide bombers on Saturday 9 May 2026 at
two sites of one town (Council Square, « place Sfatului », and the lower
station of the Tâmpa cable car, about 700 m and five minutes apart): an
English wire with a first report (006), the French version of a police
appeal for witnesses ("appel à témoins", fr 007), an open letter of the
victims' families ("lettre ouverte des familles de victimes", fr 008), an
English wire on a dispersed march, an arrest in Hungary and charges (009),
an insurer's compensation guide ("guide d'indemnisation", fr 010) and the
roll of a French court hearing on a European arrest warrant six weeks
later ("rôle d'audience", fr 021). Romania is UTC+3 and France UTC+2 in May
and June: every publication time here is between 07:00 and 13:00 UTC, so
every local date is the UTC date. The gold keeps the Romanian spellings
with diacritics ("Brașov", "Sfântu Gheorghe", "Ploiești", "Timișoara",
"Făgăraș"), which the English wires write without them. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout41")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout41-006
ARTICLES.append(A(6, "en", "article", "2026-05-09T13:00:00Z",
"Twin suicide bombing kills at least 12 in Romania's Brasov",
"""
BRASOV, Romania (Carpathian Wire) - Two suicide bombers struck the historic centre of Brasov within five minutes of each other on Saturday, killing at least ten people besides themselves and wounding more than 40, in the deadliest attack in Romania's modern history, officials said.

The first bomber detonated his vest at about 11:40 a.m. among visitors on Council Square, where a folk festival had drawn several thousand people. The second blew himself up at 11:45 at the lower station of the Tampa cable car, some 700 metres away, as people fled in that direction.

"There were children in costumes everywhere," said Ioana Dumitru, 44, who runs a pastry shop at number 17 on the square. "We carried two of them inside."

No group had claimed the attack by mid-afternoon. Investigators were looking into possible links to Islamic State, a police source said, adding that the bombers "may have entered" Romania from Hungary during the past week.

Romania has been spared large-scale attacks. In 2016, police defused a parcel bomb at the railway station in Sibiu and, hours later, another in a post office in Timisoara; the case was later tied to a single sender, a former postal worker.

The government declared three days of national mourning. Roads into Brasov, 166 km north of Bucharest, were closed, and the 14:30 train from Bucharest was halted at Predeal. About 600 extra police officers and gendarmes were sent from Bucharest and Sibiu. Hospitals appealed for blood donors of all groups, and the county emergency line, 0268 41 20 00, was taking calls from relatives.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the historic centre of Brasov", "The first bomber detonated his vest", "The second blew himself up", "the attack"],
  "SUI", "2026-05-09", "day", "Brașov", "RO", 12, 40, "at_least", None, None, False,
  "Wire of Saturday 9 May 2026 (16:00 in Brașov); 'on Saturday' = the publication day. Two sites of one town (Council Square and the Tâmpa cable car's lower station, 'some 700 metres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least ten people besides themselves and wounding more than 40' -> killed 10 + 2 bombers = 12, at_least (the bombers are added); injured 40 ('more than 40'; the qualifier describes the killed figure). No claim; 'looking into possible links to Islamic State' and 'may have entered' are speculation -> perpetrator null. 'deadliest attack' is generic. '11:40 a.m.', 'several thousand people', '11:45', '700 metres', '44', 'number 17', 'two of them' (children carried inside, not a toll), '166 km', '14:30', '600 extra police officers', '0268 41 20 00', 'three days' are not casualties."),
E(6, ["police defused a parcel bomb at the railway station in Sibiu"],
  "DWU", "2016-01-01", "year", "Sibiu", "RO", None, None, None, "police", None, True,
  "'In 2016' -> year, background. A parcel bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns hours apart are two events (one per place), although the case was 'tied to a single sender'. No casualty figure -> null."),
E(6, ["another in a post office in Timisoara"],
  "DWU", "2016-01-01", "year", "Timișoara", "RO", None, None, None, "police", None, True,
  "'In 2016' -> year, background. The second parcel bomb, defused 'hours later' in Timișoara (English 'Timisoara') -> its own Disrupted weapons use event by 'police' (the subject of 'defused' carries over). Null casualties."),
]

# -------------------------------------------------------------- holdout41-007
ARTICLES.append(A(7, "fr", "article", "2026-05-10T07:00:00Z",
"Brașov : la police lance un appel à témoins",
"""
POLICE ROUMAINE - INSPECTORAT DE POLICE DU JUDEȚ DE BRAȘOV. APPEL À TÉMOINS (version française à l'attention des visiteurs étrangers). Diffusé le dimanche 10 mai 2026 à 10 heures.

Dans le cadre de l'enquête sur l'attentat-suicide commis le samedi 9 mai 2026 sur la place Sfatului et devant la gare basse du téléphérique de la Tâmpa, la police et le parquet antiterroriste recherchent toute personne susceptible de fournir des informations.

BILAN. Le bilan a été revu ce matin. Le premier décompte faisait état d'au moins douze morts ; on compte désormais treize morts, dont les deux auteurs, et 46 blessés, parmi lesquels quatre ressortissants français et deux belges.

VÉHICULE RECHERCHÉ. Les deux auteurs sont arrivés à Brașov vendredi soir à bord d'une Dacia Logan grise immatriculée en Hongrie, dont les trois derniers chiffres sont 4-1-7, avec l'autocollant d'un club de football sur la lunette arrière. Le véhicule a été vu vers 22 h 30 dans la strada Lungă, puis stationné au n° 58 de la strada Castelului jusqu'à samedi 11 h 15.

SIGNALEMENT. Un troisième homme, d'environ 1,80 m, portant une casquette rouge et un sac à dos noir de type militaire, a été filmé avec eux à la station-service de Codlea. Il n'est pas considéré comme suspect à ce stade : il pourrait être un simple témoin.

ARRESTATIONS. Deux hommes ont été interpellés samedi soir à Sfântu Gheorghe, à 32 km de Brașov, et placés en garde à vue pour 24 heures. Les dix-neuf personnes entendues samedi sur la place ont toutes été laissées libres.

COMMENT TÉMOIGNER. Numéro vert : 0800 800 112 (gratuit, 24 heures sur 24, en français au choix 3). Photos et vidéos : jusqu'à 2 Go par envoi sur le portail de la police. Une récompense pouvant aller jusqu'à 200 000 lei, soit environ 40 000 euros, est offerte pour toute information décisive.

Merci de ne pas diffuser d'images de victimes sur les réseaux sociaux.
"""))
GOLD += [
E(7, ["l'attentat-suicide commis le samedi 9 mai 2026"],
  "SUI", "2026-05-09", "day", "Brașov", "RO", 13, 46, "exact", None, None, False,
  "Police appeal of Sunday 10 May; 'le samedi 9 mai 2026' -> 9 May. Two sites of one town -> ONE event. The toll is revised inside: 'au moins douze morts' (superseded) -> 'treize morts, dont les deux auteurs, et 46 blessés' -> killed 13 (bombers inside), injured 46, exact; 'quatre ressortissants français et deux belges' are a subset of the injured. No claim, no group named -> perpetrator null. '10 heures', '4-1-7', '22 h 30', 'n° 58', '11 h 15', '1,80 m', '32 km', '24 heures', 'dix-neuf personnes' (heard), '0800 800 112', 'choix 3', '2 Go', '200 000 lei', '40 000 euros' are not casualties. The 'troisième homme' sought as a possible witness is no event."),
E(7, ["Deux hommes ont été interpellés samedi soir à Sfântu Gheorghe"],
  "ARR", "2026-05-09", "day", "Sfântu Gheorghe", "RO", None, None, None, "police", None, False,
  "'samedi soir' vs Sunday 10 May -> 9 May, the evening of the bombing. Issued by the police -> 'police'. The nineteen people 'entendues ... laissées libres' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout41-008
ARTICLES.append(A(8, "fr", "article", "2026-05-14T08:00:00Z",
"Attentat de Brașov : la lettre ouverte des familles au Premier ministre",
"""
LETTRE OUVERTE au Premier ministre de Roumanie, des familles des victimes de l'attentat de Brașov. Brașov, le 14 mai 2026.

Monsieur le Premier ministre,

Nous sommes les parents, les enfants, les conjoints des personnes tuées le samedi 9 mai, sur la place Sfatului et au pied de la Tâmpa, par deux kamikazes. Douze victimes, sans compter les deux assassins : quatorze morts au total depuis qu'Andrei, 17 ans, s'est éteint mardi à l'hôpital départemental. Quarante-six blessés, dont neuf amputés, réapprennent à vivre.

Lundi, l'État islamique au Khorasan a revendiqué ce massacre dans un message qui se vante de « plus de soixante croisés tués ». Le parquet antiterroriste juge cette revendication crédible. Le groupe syrien Hayat Tahrir al-Sham a démenti toute implication ; tant mieux, mais cela ne nous rend personne. Vos services affirment que les deux hommes « pourraient avoir été financés » depuis l'Afghanistan : nous voulons des faits, pas des hypothèses.

Nous prenons acte des progrès de l'enquête. Les deux hommes arrêtés samedi soir à Sfântu Gheorghe ont été placés en détention provisoire pour trente jours. L'homme interpellé mardi à Ploiești, soupçonné d'avoir fourni les 14 kilos de peroxyde d'acétone, dort en prison. Mais nous avons appris par la presse, et non par vous, qu'aucun contrôle n'avait été fait à la frontière hongroise.

Lundi soir, plus de 10 000 Brașoviens ont marché en silence, de l'Église Noire jusqu'à la place, derrière nos photos. Ils demandaient la vérité. Nous la demandons avec eux.

Nous vous demandons :
- de nous recevoir avant le 1er juin ;
- de verser sans délai l'aide promise de 100 000 lei par famille ;
- de publier le rapport sur les contrôles du 8 mai au poste-frontière de Nădlac.

Nous serons place Sfatului chaque samedi à 11 h 40, l'heure de la première explosion.

Signé par 31 membres des familles. Contact : +40 268 47 03 19.
"""))
GOLD += [
E(8, ["l'attentat de Brașov", "ce massacre", "la première explosion"],
  "SUI", "2026-05-09", "day", "Brașov", "RO", 14, 46, "exact", "Islamic State", "Islamic State", False,
  "Open letter of Thursday 14 May; 'le samedi 9 mai' -> 9 May. 'Douze victimes, sans compter les deux assassins : quatorze morts au total' -> killed 14 (12 victims + 2 bombers; the letter gives both figures, Andrei, 17, who died Tuesday, is inside), exact; 'Quarante-six blessés' -> injured 46; 'dont neuf amputés' is a subset. Claimed 'Lundi' by 'l'État islamique au Khorasan' (a regional branch -> 'Islamic State', dev), judged 'crédible' by the antiterrorist prosecutors -> claimant and perpetrator; the claim's 'plus de soixante croisés tués' is never used. Hayat Tahrir al-Sham's denial is not a claim; « pourraient avoir été financés » is speculation. '17 ans', '14 kilos', '10 000 Brașoviens' (marchers), '1er juin', '100 000 lei', '8 mai' (border checks), '11 h 40', '31 membres', '+40 268 47 03 19' are not casualties. The weekly gatherings 'chaque samedi' are future and not coded."),
E(8, ["Les deux hommes arrêtés samedi soir à Sfântu Gheorghe"],
  "ARR", "2026-05-09", "day", "Sfântu Gheorghe", "RO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-007: 'samedi soir' vs Thursday 14 May -> 9 May. Told through its judicial follow-up ('placés en détention provisoire pour trente jours') -> one Arrests event at the arrest's place and day. No force named -> 'police'."),
E(8, ["L'homme interpellé mardi à Ploiești"],
  "ARR", "2026-05-12", "day", "Ploiești", "RO", None, None, None, "police", None, False,
  "'mardi' vs Thursday 14 May -> 12 May. A man suspected of supplying the explosives, arrested in Ploiești; 'dort en prison' is his detention, not an event. No force named -> 'police'."),
E(8, ["plus de 10 000 Brașoviens ont marché en silence"],
  "PP", "2026-05-11", "day", "Brașov", "RO", None, None, None, None, None, False,
  "'Lundi soir' vs Thursday 14 May -> Monday 11 May. A silent march from the Black Church to the square with a demand ('Ils demandaient la vérité'), no incident told -> Peaceful protest, perpetrator null. 'plus de 10 000' counts marchers."),
]

# -------------------------------------------------------------- holdout41-009
ARTICLES.append(A(9, "en", "article", "2026-05-16T10:00:00Z",
"Romanian police tear-gas Brasov marchers; car dealer held in Hungary",
"""
BUCHAREST, Romania (Carpathian Wire) - Romanian riot police fired tear gas and used batons on Friday to disperse several hundred people marching on the Brasov county police headquarters to demand the chief's resignation, a week after the twin suicide bombing that killed 14 people in the city.

The marchers, many of them students, had walked peacefully from the Black Church, chanting "Where were you?", before police moved in outside the building on Eroilor Boulevard. Three protesters and a gendarme were injured, the county ambulance service said.

Islamic State's Khorasan branch, which claimed the May 9 attack on Monday, has since published photographs of the two bombers, aged 26 and 31. The toll of 14 includes the two men; 46 people were wounded.

Hungarian police on Thursday arrested a used-car dealer in Szeged who is suspected of selling the bombers the grey Dacia they drove to Brasov, Romanian prosecutors said. He is awaiting extradition.

One of the two men arrested in Sfantu Gheorghe on the evening of the bombing was released without charge on Friday; the other remains in custody. A third suspect, detained in Ploiesti on Tuesday, has been charged with supplying the explosives. The bombers' landlady in Brasov was questioned for five hours and released.

On Monday evening, more than 10,000 people had marched silently through the old town in memory of the victims.

Romania last saw a bomb go off in 2019, when a homemade device exploded outside a nightclub in Fagaras, wounding two bouncers.

Council Square reopened to pedestrians on Thursday. Brasov's hotels report an occupancy rate of 22 percent, against 68 percent in May last year, and the city has cancelled its Junii parade, which usually draws 30,000 spectators.
"""))
GOLD += [
E(9, ["Romanian riot police fired tear gas and used batons on Friday to disperse several hundred people marching"],
  "PI", "2026-05-15", "day", "Brașov", "RO", None, 4, "exact", None, None, False,
  "Wire of Saturday 16 May; 'on Friday' -> 15 May. A march on the Brașov county police headquarters with a demand (the chief's resignation), walking 'peacefully' until riot police 'fired tear gas and used batons' to disperse it -> Protests / Protest with intervention, perpetrator null (dev). 'Three protesters and a gendarme were injured' -> injured 3 + 1 = 4 (all sides summed, dev), exact; killed null. 'several hundred people' counts marchers. The dateline is Bucharest; the march is in Brașov."),
E(9, ["the twin suicide bombing that killed 14 people", "the May 9 attack"],
  "SUI", "2026-05-09", "day", "Brașov", "RO", 14, 46, "exact", "Islamic State", "Islamic State", False,
  "'the May 9 attack' -> 9 May. 'killed 14 people ... The toll of 14 includes the two men; 46 people were wounded' -> killed 14 (bombers inside), injured 46, exact. 'Islamic State's Khorasan branch, which claimed the May 9 attack on Monday' -> 'Islamic State' (regional branch), claimant and perpetrator. 'aged 26 and 31', 'five hours', '22 percent', '68 percent', '30,000 spectators' are not casualties."),
E(9, ["Hungarian police on Thursday arrested a used-car dealer in Szeged"],
  "ARR", "2026-05-14", "day", "Szeged", "HU", None, None, None, "police", None, False,
  "'on Thursday' vs Saturday 16 May -> 14 May. The cluster's suspected facilitator (the dealer who sold the bombers the car), arrested in Hungary -> HU; the Hungarian police -> 'police'. 'awaiting extradition' is a follow-up, not an event."),
E(9, ["the two men arrested in Sfantu Gheorghe on the evening of the bombing"],
  "ARR", "2026-05-09", "day", "Sfântu Gheorghe", "RO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-007: 'on the evening of the bombing' -> 9 May (English 'Sfantu Gheorghe'). One of them 'was released without charge on Friday': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(9, ["A third suspect, detained in Ploiesti on Tuesday"],
  "ARR", "2026-05-12", "day", "Ploiești", "RO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-008: 'on Tuesday' vs Saturday 16 May -> 12 May (English 'Ploiesti'). 'has been charged with supplying the explosives' is the arrest's follow-up. No force named -> 'police'. The landlady 'questioned for five hours and released' is not arrested."),
E(9, ["more than 10,000 people had marched silently through the old town"],
  "PP", "2026-05-11", "day", "Brașov", "RO", None, None, None, None, None, False,
  "'On Monday evening' vs Saturday 16 May -> 11 May: the silent march of holdout41-008, 'in memory of the victims', no incident -> Peaceful protest (holdout41-008 gives its demand, the truth), perpetrator null. '10,000' counts marchers."),
E(9, ["a homemade device exploded outside a nightclub in Fagaras, wounding two bouncers"],
  "IED", "2019-01-01", "year", "Făgăraș", "RO", None, 2, "exact", None, None, True,
  "'in 2019' -> year, background. A homemade device -> Remote explosive/landmine/IED; no author named -> null. 'wounding two bouncers' -> injured 2, exact. Gold spelling 'Făgăraș' (English 'Fagaras')."),
]

# -------------------------------------------------------------- holdout41-010
ARTICLES.append(A(10, "fr", "article", "2026-05-19T08:00:00Z",
"Guide d'indemnisation : adhérents touchés à Brașov",
"""
GUIDE D'INDEMNISATION - Attentat de Brașov (Roumanie) du 9 mai 2026. Mutuelle Horizon Assistance, à l'attention de ses adhérents. Mise à jour du mardi 19 mai 2026.

Le double attentat-suicide du samedi 9 mai, sur la place Sfatului et au pied du téléphérique de la Tâmpa, a fait quatorze morts, y compris les deux kamikazes, et quarante-six blessés. Quatre de nos adhérents, membres d'un club de randonnée de Grenoble, figurent parmi les blessés. Aucun adhérent n'est décédé.

1. QUI PEUT ÊTRE INDEMNISÉ ? Toute personne couverte par un contrat Horizon Voyage (numéro commençant par HV-26) et présente à Brașov le 9 mai, blessée ou choquée, ainsi que ses proches.

2. QUELS FRAIS ? Frais médicaux sur place, sans avance, jusqu'à 150 000 euros ; rapatriement sanitaire ; billet aller-retour d'un proche, jusqu'à 1 200 euros ; hôtel du proche, 120 euros par nuit, dans la limite de 10 nuits ; soutien psychologique, 12 séances prises en charge à 100 %.

3. COMMENT DÉCLARER ? Par téléphone au 01 84 60 27 27 (7 jours sur 7, de 8 heures à 20 heures) ou dans votre espace adhérent, rubrique « sinistre », code événement BRV-0905. Joignez le certificat médical initial et, si possible, le récépissé de dépôt de plainte. Délai : 90 jours à compter du 9 mai.

4. ET LE FONDS DE GARANTIE ? Les victimes françaises d'un acte de terrorisme commis à l'étranger peuvent saisir le fonds public de garantie des victimes ; notre service juridique vous accompagne gratuitement. L'avance que verse le fonds, en général sous un mois, est déduite de notre indemnité.

5. ET L'ENQUÊTE ? L'enquête roumaine suit son cours : l'attentat a été revendiqué par l'État islamique au Khorasan. Le vendeur de voitures arrêté jeudi dernier à Szeged, en Hongrie, doit être remis à la Roumanie. Ces éléments n'ont aucune incidence sur votre indemnisation.

Nos conseillers parlent français, anglais et roumain. Un point d'accueil est ouvert à l'hôtel des Carpates, salle 2, de 9 heures à 17 heures, jusqu'au 29 mai.
"""))
GOLD += [
E(10, ["Le double attentat-suicide du samedi 9 mai", "l'attentat a été revendiqué"],
  "SUI", "2026-05-09", "day", "Brașov", "RO", 14, 46, "exact", "Islamic State", "Islamic State", False,
  "Guide updated Tuesday 19 May; 'du samedi 9 mai' -> 9 May. 'quatorze morts, y compris les deux kamikazes, et quarante-six blessés' -> killed 14 (bombers inside), injured 46 (number words), exact; 'Quatre de nos adhérents' are a subset of the injured; 'Aucun adhérent n'est décédé' is about the insured, not the toll. 'revendiqué par l'État islamique au Khorasan', undisputed -> 'Islamic State' (regional branch), claimant and perpetrator. The header 'Attentat de Brașov' (capital A) is left out of the triggers. 'HV-26', '150 000 euros', '1 200 euros', '120 euros', '10 nuits', '12 séances', '100 %', '01 84 60 27 27', '7 jours sur 7', '8 heures à 20 heures', 'BRV-0905', '90 jours', 'un mois', 'salle 2', '9 heures à 17 heures', '29 mai' are not casualties."),
E(10, ["Le vendeur de voitures arrêté jeudi dernier à Szeged"],
  "ARR", "2026-05-14", "day", "Szeged", "HU", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout41-009: 'jeudi dernier' vs Tuesday 19 May -> the most recent Thursday, 14 May; in Hungary -> HU. 'doit être remis à la Roumanie' is a follow-up. No force named; the Hungarian police of holdout41-009 -> 'police'."),
]

# -------------------------------------------------------------- holdout41-021
ARTICLES.append(A(21, "fr", "article", "2026-06-22T08:00:00Z",
"Chambre de l'instruction de Colmar : rôle de l'audience du 24 juin",
"""
COUR D'APPEL DE COLMAR - CHAMBRE DE L'INSTRUCTION. RÔLE DE L'AUDIENCE DU MERCREDI 24 JUIN 2026, 9 HEURES, SALLE 3 (1er ÉTAGE). Affiché le lundi 22 juin 2026. Président : M. Bertrand Keller. Avocat général : Mme Laure Schmitt. Greffière : Mme Nadia Ferrer.

AVIS AUX PARTIES. Les avocats sont priés de se présenter au greffe au plus tard à 8 h 45. Les pièces complémentaires doivent être déposées 48 heures avant l'audience. Les audiences relatives aux mandats d'arrêt européens sont publiques, sauf décision contraire de la chambre.

1. Dossier n° 26/00412 - Appel d'une ordonnance de non-lieu (abus de biens sociaux, société de transport de Sélestat). Rapporteur : Mme Haas.

2. Dossier n° 26/00431 - Demande de restitution d'un véhicule placé sous scellés (Audi A4 immatriculée GH-218-PK). Rapporteur : M. Keller.

3. Dossier n° 26/00447 - Requête en nullité d'une expertise comptable, affaire des Vergers de Ribeauvillé. Renvoi probable au 8 juillet.

4. Dossier n° 26/00452 - Exécution d'un mandat d'arrêt européen émis le 29 mai 2026 par le tribunal de Brașov (Roumanie) contre M. Sorin V., 33 ans, ressortissant roumain, interpellé le 2 juin 2026 à Mulhouse par la sous-direction antiterroriste et placé sous écrou extraditionnel. Il est soupçonné d'avoir hébergé et conduit les deux kamikazes de l'attentat-suicide du 9 mai 2026 à Brașov, qui a fait quatorze morts, dont les deux auteurs, et quarante-six blessés, et qui a été revendiqué par l'État islamique au Khorasan. La personne réclamée n'a pas consenti à sa remise. Avocat : Me Dominique Roth. Interprète en langue roumaine requis. Audience à 10 h 30. Escorte : 4 fonctionnaires.

5. Dossier n° 26/00460 - Appel d'un refus de permis de visite (maison centrale d'Ensisheim). Rapporteur : Mme Haas.

Les arrêts seront rendus le mercredi 1er juillet 2026 à 14 heures. Le public est admis dans la limite des 40 places de la salle. Renseignements : greffe de la chambre de l'instruction, 03 89 20 46 00.
"""))
GOLD += [
E(21, ["interpellé le 2 juin 2026 à Mulhouse"],
  "ARR", "2026-06-02", "day", "Mulhouse", "FR", None, None, None, "police", None, False,
  "Court roll posted Monday 22 June; 'le 2 juin 2026' -> 2 June, 20 days before -> current. A man sought by a European arrest warrant over the Brașov bombing, arrested in Mulhouse, France, by the 'sous-direction antiterroriste' (police) -> 'police'. The warrant of 29 May, his 'écrou extraditionnel' and the hearing of 24 June are follow-ups, not events. The other four cases (a dismissal, a seized car, an accounting report, a visiting permit) hold no event."),
E(21, ["l'attentat-suicide du 9 mai 2026 à Brașov"],
  "SUI", "2026-05-09", "day", "Brașov", "RO", 14, 46, "exact", "Islamic State", "Islamic State", True,
  "'du 9 mai 2026' -> 9 May, 44 days before Monday 22 June -> background. 'quatorze morts, dont les deux auteurs, et quarante-six blessés' -> killed 14 (bombers inside), injured 46, exact. 'revendiqué par l'État islamique au Khorasan' -> 'Islamic State' (regional branch), claimant and perpetrator. The court's numbers ('9 heures', 'salle 3', '1er étage', '8 h 45', '48 heures', the case numbers '26/00412' to '26/00460', 'GH-218-PK', '8 juillet', '29 mai', '33 ans', '10 h 30', '4 fonctionnaires', '1er juillet', '14 heures', '40 places', '03 89 20 46 00') are not casualties."),
]
