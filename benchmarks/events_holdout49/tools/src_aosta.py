"""Authoring source of benchmarks/events_holdout49 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Aosta, Italy cluster (holdout49-006 to 010, and 021 nine days
later; English and French, the French of the bilingual Aosta Valley), two
suicide bombers on Sunday 12 July 2026 at two sites of one town (piazza
Chanoux, « la place Chanoux », and the Arch of Augustus, « l'arc d'Auguste »,
about 700 m and five minutes apart): an English wire with a first report
(006), the regional weather bulletin of the next morning (« bulletin
météorologique régional », fr 007), the regional hospital's notice on
visiting hours (« avis de l'hôpital sur les horaires de visite », fr 008),
the agenda of an extraordinary session of the town council (« ordre du jour
d'une séance extraordinaire du conseil communal », fr 009), an English wire
on a dispersed march and the arrests (010) and a cinema's change of
programme (« changement de programme d'un cinéma », fr 021). Italy and
France are UTC+2 in July: every publication time here is between 05:00 and
14:00 UTC, so every local date is the UTC date. The toll: 11 at least
(Sunday), 16 (Monday), 17 (a woman of 71 died Tuesday 14 July); 48 wounded.
The gold writes "Aosta" (French « Aoste ») and "Saint-Rhémy-en-Bosses"
(English wire "Saint-Rhemy-en-Bosses"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout49")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout49-006
ARTICLES.append(A(6, "en", "article", "2026-07-12T14:00:00Z",
"Twin suicide attack kills at least 11 in Italy's Alpine city of Aosta",
"""
AOSTA, Italy (Alpine Wire) - Two suicide bombers blew themselves up minutes apart in the historic centre of Aosta on Sunday morning, killing at least 11 people, including the bombers, and wounding dozens, Italian officials said.

The first attacker set off his explosives at about 10:50 a.m. near the cafés of Piazza Chanoux, the city's main square, where a Sunday craft market was under way. Five minutes later a second man detonated a vest by the Arch of Augustus, some 700 metres to the east, where tourists were gathering for a guided walk.

"The glass of the whole square came down on us," said Marco Perrin, 58, a waiter at a café at number 12 on the square. Visitors from France, Switzerland and Belgium were among the wounded, according to the regional health service.

No one had claimed the attack by early afternoon. An Interior Ministry official said investigators were examining whether it "may be linked" to Islamic State, and whether the bombers had crossed from Switzerland through the Great St Bernard tunnel.

Bombs have been rare in this part of Italy. In 2018, police defused a letter bomb at a post office in Ivrea and, the next day, a second one addressed to the courthouse in Biella; both were traced to an anarchist cell.

The government sent about 500 extra police officers from Turin and Milan. The Mont Blanc tunnel, 35 km to the west, was closed for three hours, and trains from Turin were halted at Pont-Saint-Martin. Aosta, a city of 33,000 people lying 583 metres above sea level, cancelled its summer music festival. Hospitals appealed for blood donors, and an emergency line for relatives, +39 0165 27 12 00, was opened.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up minutes apart", "The first attacker set off his explosives", "a second man detonated a vest", "the attack"],
  "SUI", "2026-07-12", "day", "Aosta", "IT", 11, 12, "at_least", None, None, False,
  "Wire of Sunday 12 July 2026 (16:00 in Aosta); 'on Sunday morning' = the publication day. Two sites of one town (Piazza Chanoux and the Arch of Augustus, 'some 700 metres', 'Five minutes later') -> ONE Suicide bomb event coded to the town. First report: 'killing at least 11 people, including the bombers, and wounding dozens' -> killed 11 (bombers inside), at_least; injured 'dozens' -> 12 (dev table; the qualifier describes the killed figure). No claim; 'may be linked' to Islamic State is speculation -> perpetrator null. '10:50 a.m.', '700 metres', '58', 'number 12', '500 extra police officers', '35 km', 'three hours', '33,000 people', '583 metres', '+39 0165 27 12 00' are not casualties."),
E(6, ["police defused a letter bomb at a post office in Ivrea"],
  "DWU", "2018-01-01", "year", "Ivrea", "IT", None, None, None, "police", None, True,
  "'In 2018' -> year, background. A letter bomb defused -> Disrupted weapons use by 'police'. Two devices in two towns a day apart are two events (one per place), although both were 'traced to an anarchist cell'. No casualty figure -> null."),
E(6, ["a second one addressed to the courthouse in Biella"],
  "DWU", "2018-01-01", "year", "Biella", "IT", None, None, None, "police", None, True,
  "'In 2018' ('the next day') -> year, background. The second letter bomb, in Biella, is its own Disrupted weapons use event; the subject of 'defused' ('police') carries over. Null casualties. A reader could make one event of the two devices; the gold follows the two-towns-two-events convention."),
]

# -------------------------------------------------------------- holdout49-007
ARTICLES.append(A(7, "fr", "article", "2026-07-13T05:00:00Z",
"Vallée d'Aoste : bulletin météorologique du lundi 13 juillet",
"""
BULLETIN MÉTÉOROLOGIQUE RÉGIONAL - VALLÉE D'AOSTE. Émis le lundi 13 juillet 2026 à 7 heures par le Bureau météo du Centre fonctionnel régional. Validité : 48 heures.

AVERTISSEMENT. Ce bulletin paraît dans un contexte particulier. Dimanche, jour des deux explosions qui ont frappé la place Chanoux et l'arc d'Auguste, à Aoste, les secours ont travaillé sous un ciel lourd, puis sous l'averse de grêle de 17 heures. Le bilan, qui était hier soir de quinze morts, a été porté ce matin à seize morts, kamikazes compris, et 48 blessés. Deux hommes ont été interpellés hier soir à l'entrée du tunnel du Grand-Saint-Bernard, à Saint-Rhémy-en-Bosses. Les équipes de secours restent mobilisées dans le centre historique.

SITUATION GÉNÉRALE. Une dépression centrée sur le golfe de Gascogne dirige un flux de sud-ouest instable sur les Alpes occidentales.

AUJOURD'HUI LUNDI. Matinée ensoleillée en plaine, nuages en développement sur les reliefs dès 12 heures. Orages isolés l'après-midi sur le Grand-Paradis et la haute vallée, localement avec de la grêle. Températures : de 14 à 29 degrés à Aoste, de 8 à 19 degrés à Courmayeur. Isotherme zéro degré vers 4 100 mètres. Vent de sud-ouest, rafales à 60 km/h sur les crêtes.

DEMAIN MARDI. Temps plus stable, voiles nuageux. Isotherme zéro degré vers 4 400 mètres. Risque d'orage réduit à 30 %. La marche silencieuse prévue à 18 heures au départ de la place Chanoux devrait se dérouler au sec.

RECOMMANDATIONS. Les cordons de sécurité restent en place au centre-ville : les personnes qui apportent des fleurs sont priées de suivre les consignes des agents. Chaleur en plaine : buvez au moins 1,5 litre d'eau par jour. En montagne, redescendez des sommets avant 14 heures et évitez les crêtes pendant les orages. Le refuge du col, à 2 470 mètres, signale 10 centimètres de grêle tombée samedi.

Prochain bulletin : mardi 14 juillet à 7 heures. Répondeur météo : 0165 27 44 00.
"""))
GOLD += [
E(7, ["des deux explosions qui ont frappé la place Chanoux et l'arc d'Auguste"],
  "SUI", "2026-07-12", "day", "Aosta", "IT", 16, 48, "exact", None, None, False,
  "Weather bulletin of Monday 13 July; 'Dimanche' -> 12 July. The two explosions at two sites of one town -> ONE Suicide bomb event ('kamikazes compris' makes it a suicide bombing). The toll is revised inside: 'quinze morts' (Sunday evening, superseded) -> 'seize morts, kamikazes compris, et 48 blessés' -> killed 16 (bombers inside), injured 48, exact. No claim -> perpetrator null. '7 heures', '48 heures', '17 heures', '12 heures', '14', '29', '8', '19 degrés', '4 100 mètres', '60 km/h', '4 400 mètres', '30 %', '18 heures', '1,5 litre', '14 heures', '2 470 mètres', '10 centimètres', '0165 27 44 00' are not casualties. The march 'prévue à 18 heures' on Tuesday is future and not coded."),
E(7, ["Deux hommes ont été interpellés hier soir à l'entrée du tunnel du Grand-Saint-Bernard"],
  "ARR", "2026-07-12", "day", "Saint-Rhémy-en-Bosses", "IT", None, None, None, "police", None, False,
  "'hier soir' vs Monday 13 July -> Sunday 12 July. Arrested at the entrance of the Great St Bernard tunnel, 'à Saint-Rhémy-en-Bosses' (the Italian commune at the tunnel's mouth) -> coded there, not to Aosta. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout49-008
ARTICLES.append(A(8, "fr", "article", "2026-07-15T06:00:00Z",
"Hôpital régional d'Aoste : nouveaux horaires de visite",
"""
HÔPITAL RÉGIONAL DE LA VALLÉE D'AOSTE - AVIS AUX FAMILLES ET AUX VISITEURS. Horaires de visite applicables à partir du mercredi 15 juillet 2026.

Depuis l'attentat-suicide du dimanche 12 juillet, notre hôpital a accueilli 41 des 48 blessés ; les autres ont été soignés à Ivrée, à Turin et à Genève. Nous avons la tristesse d'annoncer qu'une patiente de 71 ans, admise en réanimation dimanche, est décédée mardi soir. Le bilan s'établit désormais à dix-sept morts, y compris les deux auteurs. Dix-neuf blessés restent hospitalisés chez nous, dont six en réanimation.

1. HORAIRES. Médecine et chirurgie : de 13 heures à 14 heures et de 18 h 30 à 20 heures. Réanimation (pavillon B, 3e étage) : de 15 heures à 16 heures, deux proches au plus par patient, sur liste nominative.

2. ACCÈS. Seule l'entrée principale, au n° 3 de l'avenue de l'hôpital, est ouverte. Les sacs sont contrôlés et une pièce d'identité est demandée. Le parking visiteurs P2 (220 places) est gratuit jusqu'au 31 juillet.

3. INFORMATION DES FAMILLES. Une cellule d'information répond 24 heures sur 24 au 0165 54 33 00, en italien, en français, en anglais et en allemand. Aucune information médicale n'est donnée au téléphone. Les enquêteurs ont entendu mardi plusieurs patients comme témoins ; ils ne reviendront qu'avec l'accord des médecins.

4. SOUTIEN. Des psychologues reçoivent les familles au rez-de-chaussée, salle 4, de 9 heures à 19 heures. Le service de transfusion remercie les 860 donneurs de la semaine et n'a plus besoin de sang O négatif pour le moment.

5. FLEURS ET PRESSE. Les fleurs ne sont pas admises dans les chambres. Les journalistes ne sont pas autorisés dans les services ; un point presse a lieu chaque jour à 12 heures dans le hall.

La direction remercie les 320 soignants rappelés de congé depuis dimanche, ainsi que les équipes venues de Suisse et de France.
"""))
GOLD += [
E(8, ["l'attentat-suicide du dimanche 12 juillet"],
  "SUI", "2026-07-12", "day", "Aosta", "IT", 17, 48, "exact", None, None, False,
  "Hospital notice of Wednesday 15 July; 'du dimanche 12 juillet' -> 12 July. 'notre hôpital a accueilli 41 des 48 blessés' -> injured 48 (41 is the hospital's share); 'dix-sept morts, y compris les deux auteurs' -> killed 17 (bombers inside; the patient of 71 who died Tuesday evening is inside), exact. 'Dix-neuf blessés restent hospitalisés ... dont six en réanimation' are subsets. No claim -> perpetrator null. '71 ans', '13 heures à 14 heures', '18 h 30 à 20 heures', '3e étage', '15 heures à 16 heures', 'deux proches', 'n° 3', '220 places', '31 juillet', '24 heures sur 24', '0165 54 33 00', 'salle 4', '9 heures à 19 heures', '860 donneurs', '12 heures', '320 soignants' are not casualties. Patients 'entendu ... comme témoins' are no event."),
]

# -------------------------------------------------------------- holdout49-009
ARTICLES.append(A(9, "fr", "article", "2026-07-16T10:00:00Z",
"Commune d'Aoste : convocation du conseil communal en séance extraordinaire",
"""
COMMUNE D'AOSTE - CONSEIL COMMUNAL. ORDRE DU JOUR DE LA SÉANCE EXTRAORDINAIRE DU VENDREDI 17 JUILLET 2026, 17 HEURES, HÔTEL DE VILLE, SALLE DU CONSEIL. Aoste, le jeudi 16 juillet 2026.

Le syndic, vu l'article 22 du règlement, convoque les 27 conseillers en séance extraordinaire et publique, avec l'ordre du jour suivant :

1. Minute de silence en mémoire des victimes de l'attentat-suicide du dimanche 12 juillet (dix-sept morts, dont les deux kamikazes, et quarante-huit blessés).

2. Communication du syndic sur l'enquête. Revendiqué mardi par l'État islamique, le double attentat fait l'objet d'une revendication jugée crédible par le parquet antiterroriste de Turin. Le groupe Hurras al-Din, cité par un site d'information, a démenti toute implication. Selon la questure, les deux kamikazes « pourraient avoir séjourné » à Lyon en juin.

3. Point sur les arrestations : les deux hommes arrêtés dimanche soir à Saint-Rhémy-en-Bosses, placés en détention provisoire ; l'homme interpellé mercredi à Chamonix par la police française, soupçonné d'avoir fourni la voiture des kamikazes, dont l'extradition sera demandée.

4. Remerciements aux secours, aux bénévoles et aux quelque 9 000 habitants qui ont défilé mardi soir en silence de la place Chanoux à la cathédrale, pour dire « Aoste n'a pas peur ».

5. Délibération n° 84/2026 : création d'un fonds d'urgence de 250 000 euros pour les familles des victimes et les commerçants du centre.

6. Délibération n° 85/2026 : gratuité des parkings du centre jusqu'au 31 août et exonération de la redevance d'occupation du sol pour 112 terrasses.

7. Délibération n° 86/2026 : report de la Foire d'été, prévue le 1er août, et du festival de musique des 18, 19 et 20 juillet.

8. Questions diverses.

La séance est retransmise en direct sur le site de la commune. Le public est admis dans la limite des 80 places de la tribune. Dossiers consultables au secrétariat général, 2e étage, de 9 heures à 12 heures.

Le syndic, Gianni Bionaz
"""))
GOLD += [
E(9, ["l'attentat-suicide du dimanche 12 juillet", "le double attentat fait l'objet d'une revendication"],
  "SUI", "2026-07-12", "day", "Aosta", "IT", 17, 48, "exact", "Islamic State", "Islamic State", False,
  "Council agenda of Thursday 16 July; 'du dimanche 12 juillet' -> 12 July. 'dix-sept morts, dont les deux kamikazes, et quarante-huit blessés' -> killed 17 (bombers inside), injured 48 (number words), exact. 'Revendiqué mardi par l'État islamique', judged 'crédible' by the Turin prosecutors -> claimant and perpetrator 'Islamic State'. Hurras al-Din's denial is not a claim; « pourraient avoir séjourné » à Lyon is speculation. 'article 22', '27 conseillers', 'n° 84/2026', '250 000 euros', 'n° 85/2026', '31 août', '112 terrasses', 'n° 86/2026', '1er août', '18, 19 et 20 juillet', '80 places', '2e étage', '9 heures à 12 heures', '17 heures' are not casualties. The minute of silence is not coded."),
E(9, ["les deux hommes arrêtés dimanche soir à Saint-Rhémy-en-Bosses"],
  "ARR", "2026-07-12", "day", "Saint-Rhémy-en-Bosses", "IT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout49-007: 'dimanche soir' vs Thursday 16 July -> 12 July. 'placés en détention provisoire' is the follow-up. No force named -> 'police'."),
E(9, ["l'homme interpellé mercredi à Chamonix par la police française"],
  "ARR", "2026-07-15", "day", "Chamonix", "FR", None, None, None, "police", None, False,
  "'mercredi' vs Thursday 16 July -> 15 July. The cluster's suspected facilitator (who supplied the bombers' car), arrested in Chamonix, France, by the French police -> 'police', FR. 'dont l'extradition sera demandée' is a follow-up."),
E(9, ["quelque 9 000 habitants qui ont défilé mardi soir en silence"],
  "PP", "2026-07-14", "day", "Aosta", "IT", None, None, None, None, None, False,
  "'mardi soir' vs Thursday 16 July -> 14 July. A silent march from the square to the cathedral 'pour dire « Aoste n'a pas peur »', no incident -> Peaceful protest, perpetrator null. '9 000' counts marchers."),
]

# -------------------------------------------------------------- holdout49-010
ARTICLES.append(A(10, "en", "article", "2026-07-18T09:00:00Z",
"Italian police tear-gas Aosta marchers; bombing suspect freed",
"""
TURIN, Italy (Alpine Wire) - Italian riot police fired tear gas and charged with batons on Friday evening to break up a march of several hundred people on the regional government building in Aosta, where protesters demanded the resignation of the region's security chief after last Sunday's twin suicide bombing.

Three protesters and two police officers were hurt, the regional health service said. The march had set off peacefully from the railway station, with students chanting "Where was the state?".

Islamic State, which claimed the July 12 attack on Tuesday, has since released a video of the two bombers, both men in their twenties. The toll stands at 17, including the bombers; 48 people were wounded.

One of the two men arrested at the Italian end of the Great St Bernard tunnel, in Saint-Rhemy-en-Bosses, on the night of the bombing was released without charge on Thursday, prosecutors in Turin said; the other remains in custody. A 36-year-old French car dealer arrested in Chamonix on Wednesday is awaiting extradition. The owner of the guesthouse where the bombers stayed was questioned for six hours and released.

Police are also re-examining the only earlier explosion in the Aosta Valley in recent memory: in 2017, a homemade device went off outside a bank in Saint-Vincent, injuring a security guard.

The regional council has voted a 2 million euro aid package for shops in the old town. Aosta's hotels report cancellations of 35 percent for August, and the Mont Blanc tunnel reopened to lorries on Friday after checks that had caused queues of up to 12 km. The Arch of Augustus remains behind scaffolding, and the city has asked visitors to leave flowers at the foot of the cathedral steps.
"""))
GOLD += [
E(10, ["Italian riot police fired tear gas and charged with batons on Friday evening to break up a march"],
  "PI", "2026-07-17", "day", "Aosta", "IT", None, 5, "exact", None, None, False,
  "Wire of Saturday 18 July; 'on Friday evening' -> 17 July. A march on the regional government building with a demand (the security chief's resignation), set off 'peacefully' until riot police 'fired tear gas and charged with batons' to break it up -> Protest with intervention, perpetrator null (dev). 'Three protesters and two police officers were hurt' -> injured 3 + 2 = 5 (all sides summed, dev), exact. 'several hundred people' counts marchers. The dateline is Turin; the march is in Aosta."),
E(10, ["last Sunday's twin suicide bombing", "the July 12 attack"],
  "SUI", "2026-07-12", "day", "Aosta", "IT", 17, 48, "exact", "Islamic State", "Islamic State", False,
  "'the July 12 attack' -> 12 July. 'The toll stands at 17, including the bombers; 48 people were wounded' -> killed 17, injured 48, exact. 'Islamic State, which claimed the July 12 attack on Tuesday', undisputed -> claimant and perpetrator. 'in their twenties', '36-year-old', 'six hours', '2 million euro', '35 percent', '12 km' are not casualties. 'on the night of the bombing' dates the Saint-Rhémy arrest and is not listed as a trigger."),
E(10, ["One of the two men arrested at the Italian end of the Great St Bernard tunnel, in Saint-Rhemy-en-Bosses"],
  "ARR", "2026-07-12", "day", "Saint-Rhémy-en-Bosses", "IT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout49-007: 'on the night of the bombing' -> 12 July (English 'Saint-Rhemy-en-Bosses'). One of the two 'was released without charge on Thursday': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(10, ["A 36-year-old French car dealer arrested in Chamonix on Wednesday"],
  "ARR", "2026-07-15", "day", "Chamonix", "FR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout49-009: 'on Wednesday' vs Saturday 18 July -> 15 July; in France -> FR. 'awaiting extradition' is a follow-up. No force named -> 'police'. The guesthouse owner 'questioned for six hours and released' is not arrested."),
E(10, ["a homemade device went off outside a bank in Saint-Vincent, injuring a security guard"],
  "IED", "2017-01-01", "year", "Saint-Vincent", "IT", None, 1, "exact", None, None, True,
  "'in 2017' -> year, background. A homemade device -> Remote explosive/landmine/IED; no author named -> null. 'injuring a security guard' -> injured 1, exact."),
]

# -------------------------------------------------------------- holdout49-021
ARTICLES.append(A(21, "fr", "article", "2026-07-21T08:00:00Z",
"Cinéma Le Mont-Émilius : changement de programme",
"""
CINÉMA LE MONT-ÉMILIUS - AOSTE. CHANGEMENT DE PROGRAMME pour la semaine du mercredi 22 au mardi 28 juillet 2026. Communiqué du mardi 21 juillet.

Chers spectateurs,

Par respect pour les victimes de l'attentat-suicide qui a frappé notre ville le 12 juillet, revendiqué par l'État islamique, nous retirons de l'affiche le film d'action « Zone rouge », dont les scènes d'explosions dans une ville de montagne ont heurté plusieurs d'entre vous. Les billets achetés pour ce film (salle 1, séances de 20 h 45) sont remboursés à la caisse ou échangés jusqu'au 31 août.

Nous pensons aux dix-sept personnes tuées, dont les deux kamikazes, et aux quarante-huit blessés, parmi lesquels notre projectionniste, Luca, 27 ans, rentré chez lui lundi. Notre salle était restée fermée le soir de la marche silencieuse du 14 juillet, à laquelle toute l'équipe a pris part.

NOUVEAU PROGRAMME
- Salle 1 : « Le Chant des glaciers », documentaire, tous les jours à 18 heures et 20 h 45.
- Salle 2 : « Les Vacances de Mona », comédie familiale, à 15 h 30 et 18 h 15.
- Salle 3 : cycle « Montagnes du monde », un film par soir à 21 heures, en version originale sous-titrée.
- Jeudi 23 juillet à 21 heures : soirée de solidarité. Toute la recette (place unique à 8 euros, 180 places) sera versée au fonds d'urgence de la commune.

TARIFS. Plein tarif : 9 euros. Tarif réduit : 6,50 euros. Moins de 14 ans : 5 euros. La carte de 10 entrées passe à 60 euros jusqu'à la fin de l'été.

ACCÈS. Pendant les travaux de la place Chanoux, l'entrée se fait par la rue de Tillier, au n° 15. Les sacs de plus de 30 × 40 cm ne sont pas admis ; un contrôle est effectué à l'entrée, merci d'arriver 15 minutes avant la séance.

Renseignements et réservations : 0165 36 10 20, tous les jours de 14 heures à 22 heures.

L'équipe du Mont-Émilius
"""))
GOLD += [
E(21, ["l'attentat-suicide qui a frappé notre ville le 12 juillet"],
  "SUI", "2026-07-12", "day", "Aosta", "IT", 17, 48, "exact", "Islamic State", "Islamic State", False,
  "Cinema notice of Tuesday 21 July; 'le 12 juillet' -> 12 July, nine days before -> current. 'dix-sept personnes tuées, dont les deux kamikazes, et aux quarante-huit blessés' -> killed 17 (bombers inside), injured 48, exact; the projectionist of 27 is inside the injured. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator. The film's 'scènes d'explosions' are fiction. '22 au ... 28 juillet', 'salle 1', '20 h 45', '31 août', '27 ans', '18 heures', '15 h 30', '18 h 15', '21 heures', '8 euros', '180 places', '9 euros', '6,50 euros', '14 ans', '5 euros', '10 entrées', '60 euros', 'n° 15', '30 × 40 cm', '15 minutes', '0165 36 10 20', '14 heures à 22 heures' are not casualties."),
E(21, ["la marche silencieuse du 14 juillet"],
  "PP", "2026-07-14", "day", "Aosta", "IT", None, None, None, None, None, False,
  "'du 14 juillet' -> 14 July: the silent march of holdout49-009 (there with its message, 'Aoste n'a pas peur'), no incident -> Peaceful protest, perpetrator null. The cinema closed that evening; its closure is no event."),
]
