"""Authoring source of benchmarks/events_holdout15 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Diré, Mali cluster (holdout15-017 to 021, all French), two suicide
bombers on Friday 24 July 2026 at two sites of one town (a car bomb at the
army camp gate and a motorcyclist at the ferry checkpoint, about 800 m
apart, about ten minutes apart): an agency flash with an "État islamique
au Sahel pourrait être derrière" (017), a national daily's next-day report
with the revised toll, arrests and a barricade cleared with tear gas (018),
the JNIM claim five days later, naming the attack by its place and day, with
an FLA denial (019), a TV news transcript (020) and an analysis full of
older attacks (021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout15")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout15-017
ARTICLES.append(A(17, "fr", "article", "2026-07-24T14:00:00Z",
"Mali : au moins onze morts dans un double attentat-suicide à Diré",
"""
DIRÉ (Mali) - Un double attentat-suicide a fait au moins onze morts, dont six soldats, vendredi matin à Diré, dans la région de Tombouctou, selon des sources sécuritaires et locales. Des dizaines de personnes ont été blessées.

Un premier kamikaze, au volant d'un pick-up chargé selon une source militaire d'environ 200 kilos d'explosifs, s'est fait exploser vers 7 heures devant l'entrée du camp militaire. Une dizaine de minutes plus tard, un second assaillant, à moto, a déclenché sa charge au poste de contrôle du bac, à environ 800 mètres, où des civils attendaient la traversée du fleuve.

« Nous avons compté onze corps, dont un enfant de 9 ans, et des dizaines de blessés ont été conduits au centre de santé », a déclaré un élu local joint par téléphone. Les blessés graves doivent être évacués par hélicoptère vers Tombouctou, à quelque 120 kilomètres.

Un responsable administratif de la région, qui a requis l'anonymat, a estimé que l'État islamique au Sahel « pourrait être derrière » l'attaque, qui porte selon lui « la marque d'un groupe venu de l'est ». Aucune revendication n'avait été publiée vendredi en début d'après-midi.

La veille, jeudi, un engin explosif improvisé a blessé trois civils sur la route de Tonka, à l'ouest de Diré, selon la même source.

Diré, ville d'environ 25 000 habitants sur la rive gauche du fleuve Niger, abrite un camp des Forces armées maliennes (FAMa) depuis 2013. Le bac, seul moyen de traverser le fleuve à cet endroit, transporte chaque jour une quarantaine de véhicules. Les autorités ont suspendu son fonctionnement jusqu'à nouvel ordre.
"""))
GOLD += [
E(17, ["Un double attentat-suicide a fait au moins onze morts, dont six soldats, vendredi matin à Diré"],
  "SUI", "2026-07-24", "day", "Diré", "ML", 11, 12, "at_least", None, None, False,
  "'vendredi matin' = publication day, Friday 24 July. Two bombers at two sites of one town (the army camp gate and the ferry checkpoint, about 800 m apart), about ten minutes apart -> ONE Suicide bomb event (Koupéla convention). 'au moins onze morts, dont six soldats' -> 11, at_least ('dont six soldats' and 'un enfant de 9 ans' are subsets); 'Des dizaines de personnes ont été blessées' -> 12 (dev table; the qualifier describes killed). 'pourrait être derrière' (the Islamic State in the Sahel) is speculation -> null. '200 kilos', '7 heures', 'Une dizaine de minutes', '800 mètres', '120 kilomètres', '25 000 habitants', '2013', 'une quarantaine de véhicules' are not casualties. Tombouctou (Timbuktu) is named only as a destination."),
E(17, ["un engin explosif improvisé a blessé trois civils sur la route de Tonka"],
  "IED", "2026-07-23", "day", "Tonka", "ML", None, 3, "exact", None, None, False,
  "'La veille, jeudi' vs Friday 24 July -> 23 July. An IED on a road -> the named place (Tonka). No actor -> null. 'trois civils' -> injured 3, killed null."),
]

# -------------------------------------------------------------- holdout15-018
ARTICLES.append(A(18, "fr", "article", "2026-07-25T11:00:00Z",
"Attentat de Diré : le bilan s'alourdit, sept suspects interpellés",
"""
Le bilan du double attentat-suicide perpétré vendredi à Diré s'est nettement alourdi. Vendredi soir, le gouverneur de la région de Tombouctou faisait état de treize morts. Samedi matin, dans un communiqué, l'état-major général des armées a indiqué que le bilan s'établissait désormais à dix-sept morts, dont les deux kamikazes, et quarante-deux blessés, dont neuf graves.

Parmi les victimes figurent sept militaires, un passeur du bac âgé de 63 ans et plusieurs femmes qui vendaient du poisson près du poste de contrôle. Les corps des soldats ont été inhumés samedi au cimetière de la ville, en présence du commandant de zone.

Dans le même communiqué, l'armée annonce que les FAMa ont interpellé sept suspects vendredi soir à Tindirma, une localité située à une trentaine de kilomètres au nord-est de Diré. Des téléphones, une moto et un carnet contenant des numéros ont été saisis.

Samedi matin, des dizaines de jeunes ont dressé des barricades et brûlé des pneus devant la mairie de Diré pour dénoncer l'insécurité et réclamer la réouverture du bac. La garde nationale les a dispersés à coups de gaz lacrymogène. Le maire a appelé au calme et promis de recevoir une délégation lundi.

Un couvre-feu de 20 heures à 6 heures a été instauré dans la commune pour une durée de quinze jours. Le gouvernement de transition a décrété trois jours de deuil national.

Aucune revendication n'avait été enregistrée samedi à la mi-journée. Les écoles, fermées depuis vendredi, devraient rouvrir lundi, selon l'académie.
"""))
GOLD += [
E(18, ["double attentat-suicide perpétré vendredi à Diré"],
  "SUI", "2026-07-24", "day", "Diré", "ML", 17, 42, "exact", None, None, False,
  "'vendredi' vs Saturday 25 July -> 24 July. Two sites of one town -> one event. Revised toll inside the report: 'treize morts' -> 'dix-sept morts, dont les deux kamikazes' -> 17 (inside), exact; 'quarante-deux blessés' -> 42 ('dont neuf graves' is a subset). No claim -> null. 'sept militaires' is a subset, '63 ans' an age; the burial is not coded; '20 heures à 6 heures', 'quinze jours', 'trois jours' are not casualties."),
E(18, ["les FAMa ont interpellé sept suspects vendredi soir à Tindirma"],
  "ARR", "2026-07-24", "day", "Tindirma", "ML", None, None, None, "military", None, False,
  "'vendredi soir' vs Saturday 25 July -> 24 July. FAMa -> 'military'. The phones, the moto and the notebook belong to the arrest; 'une trentaine de kilomètres' is a distance."),
E(18, ["des dizaines de jeunes ont dressé des barricades et brûlé des pneus devant la mairie de Diré"],
  "PI", "2026-07-25", "day", "Diré", "ML", None, None, None, None, None, False,
  "'Samedi matin' = publication day, 25 July. Barricades and burning tyres with a demand, dispersed with tear gas by the national guard -> Protest with intervention (events_holdout14 convention for blockades cleared with tear gas). 'des dizaines de jeunes' are participants, not casualties."),
]

# -------------------------------------------------------------- holdout15-019
ARTICLES.append(A(19, "fr", "article", "2026-07-29T10:00:00Z",
"Le JNIM revendique l'attaque de Diré, le FLA dément toute implication",
"""
L'attaque de vendredi dernier à Diré a été revendiquée par le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM selon son acronyme arabe), dans un message diffusé lundi soir sur ses canaux de propagande.

Le groupe affilié à Al-Qaïda y affirme avoir tué « plus de 80 soldats » et publie les photos de deux jeunes hommes présentés comme les « martyrs » de l'opération. Les autorités, qui font état d'un bilan de dix-neuf morts, kamikazes inclus, deux blessés ayant succombé dimanche, ont qualifié ce chiffre de « mensonge grossier », sans contester la revendication.

Le Front de libération de l'Azawad (FLA), dont des responsables locaux avaient été cités sur les réseaux sociaux, a démenti toute implication dans un communiqué publié mardi, rappelant qu'il « ne recourt pas aux attentats-suicides ».

L'enquête progresse, selon une source judiciaire à Bamako. Un présumé facilitateur, soupçonné d'avoir hébergé les deux kamikazes pendant une semaine, a été appréhendé lundi à Gourma-Rharous par la gendarmerie. Une trentaine de personnes, dont des passeurs du bac, ont par ailleurs été convoquées pour être entendues, puis relâchées.

Le JNIM est implanté de longue date dans la région de Tombouctou. En 2022, il avait revendiqué l'attaque du camp militaire de Bintagoungou, au cours de laquelle sept soldats avaient été tués.

À Diré, le bac a repris du service mardi, sous escorte militaire. Les commerçants, eux, comptent les pertes : le marché du lundi n'a accueilli qu'une centaine de vendeurs, contre près de 600 d'ordinaire. Une prime de 10 millions de francs CFA a été promise pour toute information sur les commanditaires.
"""))
GOLD += [
E(19, ["L'attaque de vendredi dernier à Diré a été revendiquée par le Groupe de soutien à l'islam et aux musulmans"],
  "SUI", "2026-07-24", "day", "Diré", "ML", 19, None, "exact", "JNIM", "JNIM", False,
  "A claim five days later naming the attack by its place and day: 'vendredi dernier' vs Wednesday 29 July -> 24 July. 'deux ... martyrs': coded as the cluster's Suicide bomb. 'a été revendiquée par le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM ...)' -> 'JNIM' (dev canonical name). The authorities reject the claimant's 'plus de 80 soldats' (not used) but not the claim -> perpetrator. 'dix-neuf morts, kamikazes inclus' -> 19 (inside; two wounded died on Sunday). The FLA's denial is not a claim."),
E(19, ["Un présumé facilitateur", "a été appréhendé lundi à Gourma-Rharous par la gendarmerie"],
  "ARR", "2026-07-27", "day", "Gourma-Rharous", "ML", None, None, None, "police", None, False,
  "'lundi' vs Wednesday 29 July -> 27 July. Gendarmerie -> police (dev). 'Une trentaine de personnes ... ont ... été convoquées pour être entendues, puis relâchées' are not arrests. Bamako is the source's seat, no event."),
E(19, ["il avait revendiqué l'attaque du camp militaire de Bintagoungou"],
  "BAT", "2022-01-01", "year", "Bintagoungou", "ML", 7, None, "exact", "JNIM", "JNIM", True,
  "'En 2022' -> year, background. An attack on an army camp -> Armed clash, claimed by JNIM -> claimant and perpetrator. 'sept soldats avaient été tués' -> 7. 'une centaine de vendeurs', 'près de 600', '10 millions de francs CFA' are not casualties."),
]

# -------------------------------------------------------------- holdout15-020
ARTICLES.append(A(20, "fr", "transcript", "2026-07-31T20:00:00Z",
"Journal télévisé de 20 heures : Diré, une semaine après l'attentat",
"""
PRÉSENTATEUR : Bonsoir. Il y a une semaine, vendredi dernier, deux kamikazes frappaient Diré, sur les rives du fleuve Niger. Notre envoyée spéciale Aminata Traoré est sur place. Aminata, où en est la ville ?

ENVOYÉE SPÉCIALE : Bonsoir. Diré reste sous le choc. Le bilan officiel est de dix-neuf morts, kamikazes inclus, et l'attentat a été revendiqué lundi par le JNIM. Ce matin encore, des familles se rendaient au cimetière.

PRÉSENTATEUR : Et l'armée ?

ENVOYÉE SPÉCIALE : Mercredi, les FAMa ont mené une opération de fouille près de Haïbongo, au nord de Diré. Selon l'état-major, les soldats ont été pris à partie et un échange de tirs a suivi. Bilan : cinq terroristes neutralisés et un soldat blessé. Jeudi, quatre suspects ont été interpellés par les militaires à Soumpi, à bord d'une charrette. Une quarantaine de personnes ont aussi été auditionnées cette semaine. Le procureur le répète : une audition n'est pas une arrestation.

PRÉSENTATEUR : Merci, Aminata. Sur notre plateau, le colonel à la retraite Bakary Diarra. Mon colonel, Diré est-elle une cible nouvelle ?

INVITÉ : Non. En mars 2021, un kamikaze s'est fait exploser au poste de Dangha et a tué trois gendarmes. L'an dernier, une frappe de drone de l'armée a tué une dizaine de terroristes près de Bambara-Maoudé, selon l'armée. La région vit avec cette menace depuis plus de dix ans.

PRÉSENTATEUR : Merci, mon colonel. Le numéro vert de signalement est le 80 00 11 14. Suite de ce journal avec l'actualité économique et la hausse de 12 % du prix du riz.
"""))
GOLD += [
E(20, ["deux kamikazes frappaient Diré", "l'attentat a été revendiqué lundi par le JNIM"],
  "SUI", "2026-07-24", "day", "Diré", "ML", 19, None, "exact", "JNIM", "JNIM", False,
  "'Il y a une semaine, vendredi dernier' on Friday 31 July -> 24 July. Two sites -> one event. 'dix-neuf morts, kamikazes inclus' -> 19 (inside). 'revendiqué ... par le JNIM' -> claimant and perpetrator."),
E(20, ["les FAMa ont mené une opération de fouille près de Haïbongo", "un échange de tirs a suivi"],
  "BAT", "2026-07-29", "day", "Haïbongo", "ML", 5, 1, "exact", "military", None, False,
  "'Mercredi' vs Friday 31 July -> 29 July. A search operation that turns into an exchange of fire -> Armed clash initiated by the raiding force (events_holdout14), FAMa -> 'military'. 'cinq terroristes neutralisés et un soldat blessé' -> 5 killed ('neutralisés' as killed, as 'terroristes neutralisés' in events_holdout14), 1 injured: the army's own figures, the only ones."),
E(20, ["quatre suspects ont été interpellés par les militaires à Soumpi"],
  "ARR", "2026-07-30", "day", "Soumpi", "ML", None, None, None, "military", None, False,
  "'Jeudi' vs Friday 31 July -> 30 July. 'par les militaires' -> 'military'. 'Une quarantaine de personnes ont aussi été auditionnées' are not arrests."),
E(20, ["un kamikaze s'est fait exploser au poste de Dangha"],
  "SUI", "2021-03-01", "month", "Dangha", "ML", 3, None, "exact", None, None, True,
  "'En mars 2021' -> month, background. No actor -> null. 'a tué trois gendarmes' -> 3."),
E(20, ["une frappe de drone de l'armée a tué une dizaine de terroristes près de Bambara-Maoudé"],
  "AIR", "2025-01-01", "year", "Bambara-Maoudé", "ML", 10, None, "about", "military", None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background. An army drone strike -> 'military'. 'une dizaine' -> 10, about (dev table); the army's own figure. '80 00 11 14', '12 %', 'dix ans' are not casualties."),
]

# -------------------------------------------------------------- holdout15-021
ARTICLES.append(A(21, "fr", "article", "2026-08-18T07:00:00Z",
"Analyse : après Diré, le fleuve n'est plus une frontière",
"""
Le 24 juillet, deux kamikazes se sont fait exploser à Diré, l'un devant le camp militaire, l'autre au poste du bac. Bilan : dix-neuf morts, les deux assaillants compris, et des dizaines de blessés. Le JNIM a revendiqué l'attentat trois jours plus tard. Pour beaucoup d'habitants de la région de Tombouctou, la surprise n'a pas été l'attaque elle-même, mais sa cible : une ville de la rive gauche, longtemps considérée comme protégée par le fleuve.

Les signes avant-coureurs ne manquaient pourtant pas.

En 2019, un engin explosif a tué cinq casques bleus près de Douékiré, sur l'axe qui mène à Goundam. L'ONU avait alors renforcé ses escortes, avant de quitter le pays en 2023.

Il y a trois ans, des hommes armés ont assassiné quatre commerçants sur le marché de Koriomé, un village portuaire au sud de Tombouctou. Les auteurs n'ont jamais été identifiés.

En août 2024, des affrontements entre les FAMa et des combattants jihadistes près d'Essakane ont fait neuf morts dans les deux camps, selon des sources locales. En janvier 2025, un car de transport a sauté sur une mine près de Sarafere, faisant six morts et une dizaine de blessés.

Ces épisodes, dispersés dans le temps et l'espace, dessinent pourtant une même tendance : la pression croissante des groupes armés sur les axes fluviaux et routiers. Selon une ONG locale, plus de 40 % des villages du cercle de Diré ne sont plus accessibles par la route pendant l'hivernage, et le prix du sac de riz de 50 kilos a doublé en deux ans.

Le renforcement des effectifs militaires, annoncé après l'attaque, ne suffira pas. Les habitants réclament le retour des services de l'État, la réouverture des écoles et une meilleure protection du bac, poumon économique de la zone. Faute de quoi, le fleuve, qui a longtemps servi de rempart, deviendra une voie d'infiltration.
"""))
GOLD += [
E(21, ["deux kamikazes se sont fait exploser à Diré", "Le JNIM a revendiqué l'attentat"],
  "SUI", "2026-07-24", "day", "Diré", "ML", 19, 12, "exact", "JNIM", "JNIM", False,
  "'Le 24 juillet' absolute (25 days before Tuesday 18 August -> current). The two sites are named in one sentence -> one event. 'dix-neuf morts, les deux assaillants compris' -> 19 (inside); 'des dizaines de blessés' -> 12 (dev table; the qualifier describes the exact killed figure). 'a revendiqué' -> claimant and perpetrator JNIM."),
E(21, ["un engin explosif a tué cinq casques bleus près de Douékiré"],
  "IED", "2019-01-01", "year", "Douékiré", "ML", 5, None, "exact", None, None, True,
  "'En 2019' -> year, background. An IED, no actor -> null. 'cinq casques bleus' -> 5. Goundam is named only as the road's destination; 'en 2023' (the UN's departure) is not an event."),
E(21, ["des hommes armés ont assassiné quatre commerçants sur le marché de Koriomé"],
  "ATK", "2023-01-01", "year", "Koriomé", "ML", 4, None, "exact", None, None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. Unnamed gunmen killing traders -> Attack, null. 'quatre commerçants' -> 4. Koriomé is a separate river-port village south of Timbuktu -> Koriomé."),
E(21, ["des affrontements entre les FAMa et des combattants jihadistes près d'Essakane"],
  "BAT", "2024-08-01", "month", "Essakane", "ML", 9, None, "exact", None, None, True,
  "'En août 2024' -> month, background. Clashes with no stated initiator -> Armed clash, null. 'neuf morts dans les deux camps' -> 9 (all sides)."),
E(21, ["un car de transport a sauté sur une mine près de Sarafere"],
  "IED", "2025-01-01", "month", "Sarafere", "ML", 6, 10, "exact", None, None, True,
  "'En janvier 2025' -> month, background. A landmine, no actor -> IED, null. 'six morts et une dizaine de blessés' -> 6 killed (exact), 10 injured (une dizaine, about; the qualifier describes killed). '40 %', '50 kilos', 'deux ans' are not casualties."),
]
