"""Authoring source of benchmarks/events_holdout16 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Houndé, Burkina Faso cluster (holdout16-012 to 016, all French),
two bombers on motorcycles on Saturday 25 July 2026 at two sites of one
town (the gendarmerie brigade and the bus station, about 400 m apart, five
minutes apart): an agency flash (012), an oldest-first live blog whose toll
rises through the day, with a march dispersed with tear gas (013), the JNIM
claim, an Ansarul Islam denial and the arrests (014), a radio transcript
(015) and an analysis with a chronology box of older attacks (016). Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout16")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout16-012
ARTICLES.append(A(12, "fr", "article", "2026-07-25T13:00:00Z",
"Burkina : double attentat-suicide à Houndé, au moins onze morts",
"""
HOUNDÉ, 25 juil. – Au moins onze personnes ont été tuées et une vingtaine blessées samedi matin à Houndé, dans l'ouest du Burkina Faso, lorsque deux kamikazes à moto se sont fait exploser presque simultanément, selon des sources sécuritaires et hospitalières.

Le premier assaillant a actionné sa charge vers 9 h 40 devant la brigade de gendarmerie, au moment de la relève. Cinq minutes plus tard, le second s'est fait exploser à la gare routière, à environ 400 mètres, où des dizaines de voyageurs attendaient un car pour Bobo-Dioulasso.

« Il y avait des corps partout, des motos en feu », a raconté un vendeur de carburant de 29 ans joint par téléphone. Les blessés ont été évacués vers le centre médical de Houndé puis, pour les plus graves, vers Bobo-Dioulasso, à une centaine de kilomètres.

Un responsable sécuritaire a estimé que l'État islamique au Sahel « pourrait être derrière » l'attaque, tout en soulignant que l'enquête ne faisait que commencer. Aucune revendication n'avait été publiée en début d'après-midi.

Par ailleurs, deux conseillers municipaux ont été enlevés vendredi soir par des hommes armés près de Béréba, à une trentaine de kilomètres de Houndé, a-t-on appris de sources locales.

Houndé, ville minière d'environ 40 000 habitants, avait jusqu'ici été relativement épargnée par les violences qui touchent le nord et l'est du pays depuis 2015. Le gouverneur a décrété un couvre-feu de 20 heures à 5 heures jusqu'à nouvel ordre.
"""))
GOLD += [
E(12, ["deux kamikazes à moto se sont fait exploser presque simultanément"],
  "SUI", "2026-07-25", "day", "Houndé", "BF", 11, 20, "at_least", None, None, False,
  "'samedi matin' = publication day, Saturday 25 July. Two bombers at two sites of one town (the gendarmerie brigade and the bus station, about 400 m, five minutes) -> ONE Suicide bomb event (events_holdout10 Koupela, events_holdout14). 'Au moins onze' -> 11, at_least; 'une vingtaine blessées' -> 20 (dev: vingtaine = 20 about; the qualifier describes killed). « pourrait être derrière » is speculation -> null. 'des dizaines de voyageurs attendaient' are people waiting, not casualties; '9 h 40', 'Cinq minutes', '400 mètres', '29 ans', 'une centaine de kilomètres', '40 000 habitants', '20 heures à 5 heures' are not casualties."),
E(12, ["deux conseillers municipaux ont été enlevés vendredi soir par des hommes armés près de Béréba"],
  "ABD", "2026-07-24", "day", "Béréba", "BF", None, None, None, None, None, False,
  "'vendredi soir' vs Saturday 25 July -> 24 July. Unnamed armed men -> null. Abductees are not casualties; 'une trentaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout16-013
ARTICLES.append(A(13, "fr", "article", "2026-07-26T19:00:00Z",
"EN DIRECT – Double attentat de Houndé : le bilan s'alourdit",
"""
Heures de Ouagadougou (GMT). Les entrées les plus anciennes en premier.

08h10 – Bonjour et bienvenue dans ce direct consacré aux suites du double attentat-suicide d'hier à Houndé. Selon une source hospitalière, le bilan est passé dans la nuit à quinze morts.

09h45 – La gendarmerie annonce l'interpellation de trois suspects à Boromo dans la nuit de samedi à dimanche. Ils circulaient à bord d'un tricycle transportant deux bidons de 20 litres d'essence et un téléphone satellitaire.

11h30 – Deux blessés évacués vers Bobo-Dioulasso ont succombé ce matin, indique le centre hospitalier universitaire de la ville.

13h05 – Plusieurs centaines de jeunes ont marché à Houndé vers la préfecture pour réclamer « la sécurité pour tous ». Aux abords du bâtiment, les forces de l'ordre ont fait usage de gaz lacrymogène pour les disperser.

14h45 – Le gouverneur de la région vient de donner un nouveau bilan : vingt et un morts, sans compter les deux kamikazes, et quarante-deux blessés, dont sept dans un état grave.

15h20 – Le calme est revenu en ville. Les boutiques du grand marché restent fermées, et la route nationale 1 est coupée à hauteur de la gare routière.

17h00 – Toujours aucune revendication. Le gouvernement a décrété un deuil national de 72 heures à compter de lundi.

18h50 – Ce direct est terminé. Merci de l'avoir suivi, et rendez-vous demain matin à 8 heures pour un nouveau point.
"""))
GOLD += [
E(13, ["double attentat-suicide d'hier à Houndé", "Toujours aucune revendication"],
  "SUI", "2026-07-25", "day", "Houndé", "BF", 23, 42, "exact", None, None, False,
  "'d'hier' vs Sunday 26 July -> 25 July. Two sites, one event. Oldest-first live blog (events_holdout3): 'quinze morts' -> two more deaths -> 'vingt et un morts, sans compter les deux kamikazes' -> 21 + 2 = 23 (events_holdout12/13/14: 'sans compter' adds the bombers), exact; 'quarante-deux blessés' -> 42. No claim -> null. 'dont sept dans un état grave' is a subset; '72 heures', '8 heures' and the time stamps are times."),
E(13, ["La gendarmerie annonce l'interpellation de trois suspects à Boromo"],
  "ARR", "2026-07-25", "day", "Boromo", "BF", None, None, None, "police", None, False,
  "'dans la nuit de samedi à dimanche' -> dated at its start, Saturday 25 July (events_holdout14). Gendarmerie -> police (dev). The tricycle, 'deux bidons de 20 litres' and the phone belong to the arrest."),
E(13, ["Plusieurs centaines de jeunes ont marché à Houndé vers la préfecture", "les forces de l'ordre ont fait usage de gaz lacrymogène pour les disperser"],
  "PI", "2026-07-26", "day", "Houndé", "BF", None, None, None, None, None, False,
  "Entry of Sunday 26 July (publication day). A march dispersed with tear gas -> Protest with intervention (events_holdout12/14). 'Plusieurs centaines' are participants. No casualty statement -> null."),
]

# -------------------------------------------------------------- holdout16-014
ARTICLES.append(A(14, "fr", "article", "2026-07-28T09:00:00Z",
"Houndé : le JNIM revendique, huit suspects interpellés",
"""
HOUNDÉ – Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM selon son acronyme arabe) a revendiqué le double attentat-suicide de samedi à Houndé, qui a fait vingt-trois morts, kamikazes compris, et quarante-deux blessés.

Dans un message diffusé dimanche soir sur ses canaux de propagande, le groupe affirme avoir tué « plus de cinquante militaires et miliciens ». Le gouvernement a qualifié ce chiffre de « mensonge grossier », sans contester la paternité de l'attaque.

Le groupe Ansarul Islam, que certains observateurs avaient cité, a démenti toute implication dans un court communiqué.

Sur le terrain, la gendarmerie a interpellé huit suspects à Houndé lundi, lors de fouilles dans le quartier de la gare routière. La veille, dimanche, un présumé logisticien, un commerçant de 44 ans soupçonné d'avoir hébergé les deux kamikazes, avait été interpellé à Founzan. Une trentaine de personnes ont par ailleurs été entendues par les enquêteurs, puis relâchées.

Lundi soir, une opération de l'armée dans la brousse près de Bagassi, où se cachaient selon l'état-major des complices des kamikazes, a tourné à l'échange de tirs. Quatre terroristes ont été neutralisés et un soldat a été blessé, selon un communiqué de l'armée. Deux motos et un fusil d'assaut ont été saisis.

Le ministre de la Sécurité a annoncé une prime de 5 millions de francs CFA pour toute information permettant d'identifier les commanditaires, ainsi qu'un numéro vert, le 80 00 11 22.

À Houndé, la route nationale 1 a été rouverte lundi à la circulation, mais les cars ne circulent plus de nuit.
"""))
GOLD += [
E(14, ["a revendiqué le double attentat-suicide de samedi à Houndé"],
  "SUI", "2026-07-25", "day", "Houndé", "BF", 23, 42, "exact", "JNIM", "JNIM", False,
  "'de samedi' vs Tuesday 28 July -> 25 July. 'vingt-trois morts, kamikazes compris' -> 23 (inside; events_holdout14), 'quarante-deux blessés' -> 42. 'Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM ...) a revendiqué' -> 'JNIM' (dev); the government rejects its figure ('plus de cinquante', not used) but not its authorship -> perpetrator. Ansarul Islam's denial is not a claim."),
E(14, ["la gendarmerie a interpellé huit suspects à Houndé lundi"],
  "ARR", "2026-07-27", "day", "Houndé", "BF", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 28 July -> 27 July. Gendarmerie -> police. 'Une trentaine de personnes ont ... été entendues' are not arrests (dev)."),
E(14, ["un présumé logisticien", "avait été interpellé à Founzan"],
  "ARR", "2026-07-26", "day", "Founzan", "BF", None, None, None, "police", None, False,
  "'La veille, dimanche' -> Sunday 26 July. 'interpellé' -> Arrests; the acting force is not named, read as the gendarmerie of the same paragraph -> police. '44 ans' is an age."),
E(14, ["une opération de l'armée dans la brousse près de Bagassi", "a tourné à l'échange de tirs"],
  "BAT", "2026-07-27", "day", "Bagassi", "BF", 4, 1, "exact", "military", None, False,
  "'Lundi soir' -> 27 July. An army operation that turns into an exchange of fire -> Armed clash initiated by the military (events_holdout14). The army's own figure, the only one: 'Quatre terroristes ont été neutralisés et un soldat a été blessé' -> 4 killed, 1 injured. The seized motorbikes and rifle belong to it; '5 millions de francs CFA' and '80 00 11 22' are not casualties."),
]

# -------------------------------------------------------------- holdout16-015
ARTICLES.append(A(15, "fr", "transcript", "2026-07-30T12:00:00Z",
"Journal de midi : cinq jours après l'attentat de Houndé",
"""
PRÉSENTATEUR : Il est midi, voici le journal. Cinq jours après le double attentat-suicide de Houndé, le bilan s'est encore alourdi. Notre correspondant, Issouf, est sur place. Issouf ?

CORRESPONDANT : Oui, bonjour. Un gendarme grièvement blessé a succombé mardi soir à Bobo-Dioulasso. Le bilan officiel est désormais de vingt-quatre morts, dont les deux kamikazes. L'attaque, je le rappelle, a été revendiquée par le JNIM. Hier, mercredi, plusieurs centaines de femmes vêtues de noir ont marché en silence jusqu'à la mairie de Houndé pour demander la réouverture des écoles et la présence de l'armée en ville. La marche s'est terminée sans incident.

PRÉSENTATEUR : Merci, Issouf. Avec nous en studio, le chercheur Adama Ouédraogo. Houndé, c'était une surprise ?

INVITÉ : Pas vraiment. Les Hauts-Bassins sont sous pression depuis des années. En mars 2021, sept soldats avaient été tués dans une embuscade près de Gassan. Et il y a quatre ans, à Toma, un engin explosif avait tué trois enfants qui rentraient de l'école.

PRÉSENTATEUR : Gassan et Toma, c'est plus au nord, dans la Boucle du Mouhoun...

INVITÉ : Oui, à 150 kilomètres à peine. Les groupes circulent à moto, par petites unités de dix ou douze hommes. Et ils recrutent des jeunes de 15 ou 16 ans dans les sites d'orpaillage.

PRÉSENTATEUR : Merci, Adama Ouédraogo. Prochain journal à 13 heures. Pour les familles des victimes, la ligne d'écoute gratuite est le 1010.
"""))
GOLD += [
E(15, ["Cinq jours après le double attentat-suicide de Houndé", "L'attaque, je le rappelle, a été revendiquée par le JNIM"],
  "SUI", "2026-07-25", "day", "Houndé", "BF", 24, None, "exact", "JNIM", "JNIM", False,
  "'Cinq jours après' on Thursday 30 July -> 25 July. A wounded gendarme died on Tuesday -> 'vingt-quatre morts, dont les deux kamikazes' -> 24 (inside). No wounded figure here. 'a été revendiquée par le JNIM' -> claimant and perpetrator."),
E(15, ["plusieurs centaines de femmes vêtues de noir ont marché en silence jusqu'à la mairie de Houndé"],
  "PP", "2026-07-29", "day", "Houndé", "BF", None, None, None, None, None, False,
  "'Hier, mercredi' vs Thursday 30 July -> 29 July. A march with demands that ends 'sans incident' -> Peaceful protest (events_holdout14 Mango women's march). 'plusieurs centaines' are participants."),
E(15, ["sept soldats avaient été tués dans une embuscade près de Gassan"],
  "BAT", "2021-03-01", "month", "Gassan", "BF", 7, None, "exact", None, None, True,
  "'En mars 2021' -> month, background. An ambush of soldiers by unnamed attackers -> Armed clash with a null initiator (events_holdout14 Tandjouaré 002). 'sept soldats' -> 7."),
E(15, ["un engin explosif avait tué trois enfants"],
  "IED", "2022-01-01", "year", "Toma", "BF", 3, None, "exact", None, None, True,
  "'il y a quatre ans' in a 2026 transcript -> 2022, year (dev), background. No actor. '150 kilomètres', 'dix ou douze hommes', '15 ou 16 ans', '13 heures', '1010' are not casualties."),
]

# -------------------------------------------------------------- holdout16-016
ARTICLES.append(A(16, "fr", "article", "2026-08-04T07:00:00Z",
"Analyse. Houndé, ou le front qui glisse vers l'ouest",
"""
Le double attentat-suicide du 25 juillet à Houndé, revendiqué par le JNIM, a fait vingt-quatre morts, kamikazes compris, et une quarantaine de blessés. Il marque une étape : c'est la première fois que le groupe engage deux kamikazes à la fois dans l'ouest du pays.

Pour les chercheurs, l'attaque s'inscrit dans une lente progression vers les zones aurifères, où le JNIM prélève la zakat et recrute parmi les orpailleurs. La mine industrielle de Houndé emploie plus de 2 000 personnes et produit environ 8 tonnes d'or par an.

Chronologie : l'ouest sous pression

- Mars 2019 : attaque d'un poste de gendarmerie à Kouka ; cinq gendarmes tués.
- Novembre 2020 : quatre agents de santé enlevés près de Tansila.
- Août 2022 : une mine artisanale tue trois passagers d'un minibus près de Pâ.
- 2024 : deux kamikazes visent un camp de Volontaires pour la défense de la patrie (VDP) à Réo ; douze morts, dont les deux kamikazes. Attaque revendiquée par le JNIM.
- Janvier 2026 : frappe de drone de l'armée près de Sanaba ; l'état-major annonce « une vingtaine de terroristes neutralisés ».

La réponse des autorités reste essentiellement militaire. Depuis le 25 juillet, l'armée dit avoir mené une dizaine d'opérations dans la province du Tuy. La route entre Houndé et Bobo-Dioulasso est désormais ouverte de 6 heures à 18 heures, sous escorte.

« On ne gagnera pas cette guerre uniquement avec des drones », estime un ancien préfet de la région, qui plaide pour un retour de l'État dans les villages et pour le paiement des 300 enseignants qui n'ont pas touché leur salaire depuis mai.
"""))
GOLD += [
E(16, ["Le double attentat-suicide du 25 juillet à Houndé"],
  "SUI", "2026-07-25", "day", "Houndé", "BF", 24, 40, "exact", "JNIM", "JNIM", False,
  "'du 25 juillet' -> 25 July 2026, 10 days before Tuesday 4 August, current. 'vingt-quatre morts, kamikazes compris' -> 24 (inside); 'une quarantaine de blessés' -> 40 (dev: quarantaine = 40 about; the qualifier describes killed: exact). 'revendiqué par le JNIM' -> claimant and perpetrator. '2 000 personnes', '8 tonnes' are not casualties."),
E(16, ["attaque d'un poste de gendarmerie à Kouka"],
  "BAT", "2019-03-01", "month", "Kouka", "BF", 5, None, "exact", None, None, True,
  "Chronology item 'Mars 2019' -> month, background. An attack on a gendarmerie post by unnamed attackers -> Armed clash, null initiator (events_holdout14 Badrah). 'cinq gendarmes tués' -> 5."),
E(16, ["quatre agents de santé enlevés près de Tansila"],
  "ABD", "2020-11-01", "month", "Tansila", "BF", None, None, None, None, None, True,
  "Chronology item 'Novembre 2020' -> month, background. Abductees are not casualties. No actor."),
E(16, ["une mine artisanale tue trois passagers d'un minibus près de Pâ"],
  "IED", "2022-08-01", "month", "Pâ", "BF", 3, None, "exact", None, None, True,
  "Chronology item 'Août 2022' -> month, background. No actor."),
E(16, ["deux kamikazes visent un camp de Volontaires pour la défense de la patrie (VDP) à Réo"],
  "SUI", "2024-01-01", "year", "Réo", "BF", 12, None, "exact", "JNIM", "JNIM", True,
  "Chronology item '2024' -> year, background. Two bombers at one camp -> one Suicide bomb event. 'douze morts, dont les deux kamikazes' -> 12 (inside). 'Attaque revendiquée par le JNIM' -> claimant and perpetrator."),
E(16, ["frappe de drone de l'armée près de Sanaba"],
  "AIR", "2026-01-01", "month", "Sanaba", "BF", 20, None, "about", "military", None, True,
  "Chronology item 'Janvier 2026' -> month (2026-01-01, 215 days before publication), background. The army's own figure, the only one: « une vingtaine de terroristes neutralisés » -> 20, about (dev; events_holdout14 Bogou). 'une dizaine d'opérations' is a tally, not an event; '6 heures à 18 heures', '300 enseignants' are not casualties."),
]
