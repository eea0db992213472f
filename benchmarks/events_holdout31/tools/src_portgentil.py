"""Authoring source of benchmarks/events_holdout31 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Port-Gentil, Gabon cluster (holdout31-001 to 005; French and
English), two suicide bombers on Tuesday 10 February 2026 at two sites of one
town (the Grand Village market and the ferry landing stage, about 600 m and
six minutes apart): an agency dispatch with a speculation (fr 001), a
Gabonese daily's next-day story with a revised toll, a defused charge and an
arrest (fr 002), an English wire with the claim and a new arrest (003), a
French radio transcript with speaker labels, a march and a court follow-up
(fr 004) and a French analysis full of older attacks (fr 005). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout31")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout31-001
ARTICLES.append(A(1, "fr", "article", "2026-02-10T21:40:00Z",
"Double attentat-suicide à Port-Gentil : au moins sept morts",
"""
PORT-GENTIL (AEP) — Au moins sept personnes ont été tuées et des dizaines d'autres blessées mardi soir à Port-Gentil, la capitale économique du Gabon, où deux kamikazes se sont fait exploser à six minutes d'intervalle au marché du Grand Village et devant l'embarcadère des bateaux pour Libreville, a-t-on appris de sources sécuritaires.

La première explosion s'est produite vers 19 h 40, à l'heure où les commerçantes rangent leurs étals. La seconde a visé, six minutes plus tard, la file des passagers du bateau de 20 heures, à environ 600 mètres du marché. « J'ai vu une boule de feu, puis tout le monde courait vers la plage », a raconté à l'AEP un vendeur de poisson âgé de 34 ans.

Les blessés ont été transportés à l'hôpital régional, dont le service des urgences ne compte que 45 lits. Un responsable hospitalier évoque « plusieurs blessés graves » et lance un appel aux donneurs de sang.

Aucune revendication n'avait été enregistrée mardi à 22 heures. Un officier supérieur de la gendarmerie, sous couvert d'anonymat, a estimé que l'attaque « pourrait être l'œuvre » d'une cellule liée à l'État islamique, sans apporter d'élément.

Port-Gentil, ville pétrolière de quelque 140 000 habitants, n'avait jamais connu d'attentat. Le pays avait été marqué en mars 2021 par l'attaque d'un poste de gendarmerie à Bitam, près de la frontière camerounaise : des hommes armés avaient tué deux gendarmes avant de s'enfuir en forêt.

Les liaisons maritimes vers Libreville ont été suspendues jusqu'à nouvel ordre et un couvre-feu de 21 heures à 6 heures a été décrété dans la ville. Le gouvernement doit s'exprimer mercredi matin.
"""))
GOLD += [
E(1, ["deux kamikazes se sont fait exploser à six minutes d'intervalle", "La première explosion"],
  "SUI", "2026-02-10", "day", "Port-Gentil", "GA", 7, 12, "at_least", None, None, False,
  "'mardi soir' = publication day, Tuesday 10 February. Two sites of one town (the Grand Village market and the ferry landing stage, about 600 m and six minutes apart) -> ONE Suicide bomb event (events_holdout10 Koupéla convention). 'Au moins sept personnes ont été tuées et des dizaines d'autres blessées' -> 7 (at_least), 12 ('des dizaines', dev table). The gendarmerie officer's « pourrait être l'œuvre » is speculation -> null. '19 h 40', '20 heures', '600 mètres', '34 ans', '45 lits', '22 heures', '140 000 habitants', '21 heures à 6 heures' are not casualties."),
E(1, ["l'attaque d'un poste de gendarmerie à Bitam"],
  "BAT", "2021-03-01", "month", "Bitam", "GA", 2, None, "exact", None, None, True,
  "'en mars 2021' -> month, background. Unnamed armed men attacking a gendarmerie post -> Armed clash with a null initiator (events_holdout29 Mindouli, Ihosy). 'tué deux gendarmes' -> killed 2, exact."),
]

# -------------------------------------------------------------- holdout31-002
ARTICLES.append(A(2, "fr", "article", "2026-02-11T17:00:00Z",
"Port-Gentil : le bilan s'alourdit, trois suspects interpellés à Omboué",
"""
Au lendemain du double attentat-suicide qui a endeuillé Port-Gentil, la ville s'est réveillée sous le choc, ses marchés fermés et ses rues quadrillées par les forces de défense et de sécurité.

Mardi soir, les premiers bilans faisaient état de sept morts. Mercredi à la mi-journée, le procureur de la République a annoncé quatorze morts, sans compter les deux kamikazes, et soixante-trois blessés, dont une vingtaine dans un état grave. Parmi les victimes figure une commerçante de 52 ans, qui a succombé à ses blessures dans la nuit à l'hôpital régional.

Dans la nuit de mardi à mercredi, les démineurs de la gendarmerie ont désamorcé une troisième charge, contenant près de 8 kilos d'explosifs, dans un sac abandonné près du port môle. « Elle aurait pu faire autant de victimes que les deux autres », souligne un enquêteur.

L'enquête a progressé rapidement. Mercredi à l'aube, la police judiciaire a interpellé trois hommes à Omboué, à une centaine de kilomètres au sud par la lagune, dans une maison où les kamikazes auraient séjourné. Douze motos et un bateau à moteur ont été saisis. Un pêcheur qui avait transporté les deux assaillants a été entendu puis relâché dans l'après-midi.

Aucune revendication n'a encore été enregistrée. Le ministre de l'Intérieur a appelé la population à signaler « tout comportement suspect » au numéro vert 1730 et annoncé une prime de 10 millions de francs CFA pour toute information utile.

Les premières obsèques auront lieu samedi. Les compagnies pétrolières ont demandé à leurs employés expatriés de limiter leurs déplacements, et le marché du Grand Village restera fermé au moins jusqu'à lundi.
"""))
GOLD += [
E(2, ["double attentat-suicide qui a endeuillé Port-Gentil"],
  "SUI", "2026-02-10", "day", "Port-Gentil", "GA", 16, 63, "exact", None, None, False,
  "'Au lendemain' / 'Mardi soir' vs Wednesday 11 February -> 10 February. Revised toll inside the article: 'sept morts' -> 'quatorze morts, sans compter les deux kamikazes, et soixante-trois blessés' -> 14 + 2 = 16 ('sans compter' adds the bombers), 63, exact. The trader who 'a succombé à ses blessures dans la nuit' is 'Parmi les victimes', inside the fourteen. 'une vingtaine dans un état grave' is a subset; '52 ans' an age. No claim -> null."),
E(2, ["les démineurs de la gendarmerie ont désamorcé une troisième charge"],
  "DWU", "2026-02-10", "day", "Port-Gentil", "GA", None, None, None, "police", None, False,
  "'Dans la nuit de mardi à mercredi' -> dated at the night's start, Tuesday 10 February (events_holdout29). A charge defused on its own -> Disrupted weapons use; gendarmerie bomb-disposal unit -> 'police'. The port môle is in Port-Gentil. '8 kilos' is a weight."),
E(2, ["la police judiciaire a interpellé trois hommes à Omboué"],
  "ARR", "2026-02-11", "day", "Omboué", "GA", None, None, None, "police", None, False,
  "'Mercredi à l'aube' = publication day, Wednesday 11 February. Police -> 'police'. 'une centaine de kilomètres' a distance; 'Douze motos' and the boat belong to the arrest. The fisherman 'entendu puis relâché' is not arrested; '1730' is a phone number and '10 millions de francs CFA' a reward."),
]

# -------------------------------------------------------------- holdout31-003
ARTICLES.append(A(3, "en", "article", "2026-02-12T10:30:00Z",
"Islamic State claims Gabon twin bombing as toll rises to 17",
"""
PORT-GENTIL, Gabon (Gulf of Guinea Wire) - Islamic State claimed responsibility late on Wednesday for Tuesday's twin suicide bombing in Port-Gentil, Gabon's oil hub, in a statement that said two of its "soldiers" had struck "a gathering of crusaders" and that more than 40 people had been killed.

Interior Minister Hervé Ndong-Mba said on Thursday the claim was "credible and being treated as such" by investigators. According to the prosecutor, the blasts at a market and at the ferry landing stage killed 17 people, including the two bombers, and wounded 63. A taxi driver died of his wounds early on Thursday, raising the toll from 16.

Police arrested a 41-year-old boat mechanic in Lambaréné on Wednesday afternoon. He is suspected of having repaired the outboard engine that brought the bombers across the lagoon and of hiding them for two nights, a police source said. Three men detained at dawn on Wednesday in Omboué, about 100 km south of Port-Gentil, remained in custody.

Gabon has rarely been touched by jihadist violence, but the authorities have worried about the coastal route. Last August, police in Owendo seized 12 kilograms of explosives and 30 detonators hidden in a container at the port; nobody was charged.

The government declared three days of national mourning from Thursday. Flights and ferries to Libreville were running again, with passengers searched at the terminal. Schools in Port-Gentil will stay closed until Monday, and about 800 extra police officers and soldiers have been sent from the capital.

A reward of 10 million CFA francs (about 15,000 euros) is being offered for information.
"""))
GOLD += [
E(3, ["Tuesday's twin suicide bombing in Port-Gentil"],
  "SUI", "2026-02-10", "day", "Port-Gentil", "GA", 17, 63, "exact", "Islamic State", "Islamic State", False,
  "'Tuesday's' vs Thursday 12 February -> 10 February. 'Islamic State claimed responsibility', judged 'credible' by the minister -> claimant and perpetrator. 'killed 17 people, including the two bombers, and wounded 63' -> 17 (inside; the taxi driver who died on Thursday raised it from 16), 63, exact. The claim's own 'more than 40' is the claimant's figure, never used (dev). 'from 16' is a superseded toll."),
E(3, ["Police arrested a 41-year-old boat mechanic in Lambaréné"],
  "ARR", "2026-02-11", "day", "Lambaréné", "GA", None, None, None, "police", None, False,
  "'on Wednesday afternoon' vs Thursday 12 February -> 11 February. Police -> 'police'. '41-year-old' is an age; 'two nights' a span. The suspected facilitator of this cluster."),
E(3, ["Three men detained at dawn on Wednesday in Omboué"],
  "ARR", "2026-02-11", "day", "Omboué", "GA", None, None, None, "police", None, False,
  "'at dawn on Wednesday' -> 11 February. Restated arrest of holdout31-002 (its own event in this document); no force named here, police in holdout31-002 -> 'police'. 'about 100 km' is a distance."),
E(3, ["police in Owendo seized 12 kilograms of explosives"],
  "DWU", "2025-08-01", "month", "Owendo", "GA", None, None, None, "police", None, True,
  "'Last August' vs February 2026 -> August 2025, month, background. A seizure with 'nobody ... charged' -> Disrupted weapons use, police. '12 kilograms', '30 detonators' are not casualties. 'about 800 extra police officers', '10 million CFA francs', '15,000 euros', 'three days of national mourning' are not casualties either."),
]

# -------------------------------------------------------------- holdout31-004
ARTICLES.append(A(4, "fr", "transcript", "2026-02-14T07:30:00Z",
"Radio Ogooué Matin, journal de 7 h 30 du samedi 14 février",
"""
PRÉSENTATRICE : Il est 7 h 30, bonjour à toutes et à tous. Quatre jours après le double attentat-suicide de Port-Gentil, la ville enterre ses morts. Les obsèques de onze victimes auront lieu ce matin à la cathédrale Saint-Louis. Notre reporter Yannick Moussavou est sur place. Yannick, où en est le bilan ?

REPORTER : Le dernier bilan du parquet est de dix-sept morts, kamikazes compris, et soixante-trois blessés, dont neuf sont toujours hospitalisés à Libreville. L'attentat a été revendiqué par l'État islamique, et les enquêteurs jugent la revendication crédible. Ici, devant la cathédrale, il y a déjà beaucoup de monde, des pagnes noirs, des photos des disparus.

PRÉSENTATRICE : Il y a aussi eu une marche hier.

REPORTER : Oui. Hier après-midi, plusieurs centaines de femmes, surtout des commerçantes, ont marché en silence du marché du Grand Village jusqu'au gouvernorat pour réclamer la sécurisation des marchés et la réouverture des étals. Tout s'est déroulé dans le calme, le gouverneur a reçu une délégation de huit personnes.

PRÉSENTATRICE : Et l'enquête ?

REPORTER : Elle avance. Les trois suspects interpellés mercredi à Omboué ont été déférés hier au parquet de Port-Gentil et placés sous mandat de dépôt. Et on a appris dans la nuit que, dans la nuit de jeudi à vendredi, les gendarmes ont appréhendé à Mouila un homme de 29 ans soupçonné d'avoir fabriqué les ceintures explosives. L'imam du quartier où logeaient les kamikazes, lui, a été convoqué lundi à la police judiciaire, mais il n'est pas mis en cause.

PRÉSENTATRICE : Merci Yannick. On rappelle que le numéro vert, le 1730, reste ouvert 24 heures sur 24. Le marché du Grand Village rouvrira lundi à 6 heures, sous la garde de 120 policiers. Suite de l'actualité après une page de publicité.
"""))
GOLD += [
E(4, ["double attentat-suicide de Port-Gentil"],
  "SUI", "2026-02-10", "day", "Port-Gentil", "GA", 17, 63, "exact", "Islamic State", "Islamic State", False,
  "'Quatre jours après' vs Saturday 14 February -> 10 February. « dix-sept morts, kamikazes compris, et soixante-trois blessés » -> 17 (inside), 63, exact; 'neuf ... toujours hospitalisés' is a subset. « L'attentat a été revendiqué par l'État islamique », judged credible -> claimant and perpetrator. The funerals ('Les obsèques de onze victimes') are not coded."),
E(4, ["plusieurs centaines de femmes, surtout des commerçantes, ont marché en silence"],
  "PP", "2026-02-13", "day", "Port-Gentil", "GA", None, None, None, None, None, False,
  "'Hier après-midi' vs Saturday 14 February -> Friday 13 February. A silent march with a demand ('pour réclamer la sécurisation des marchés') that ended calmly -> Peaceful protest (events_holdout29 Kinkala march). 'plusieurs centaines' are marchers and 'huit personnes' a delegation, not casualties."),
E(4, ["Les trois suspects interpellés mercredi à Omboué"],
  "ARR", "2026-02-11", "day", "Omboué", "GA", None, None, None, "police", None, False,
  "'mercredi' vs Saturday 14 February -> 11 February. Restated arrest told through its follow-up ('déférés hier au parquet ... placés sous mandat de dépôt'): one Arrests event at the arrest's place and day, not a new one. No force named here; police judiciaire in holdout31-002 -> 'police'."),
E(4, ["les gendarmes ont appréhendé à Mouila un homme de 29 ans"],
  "ARR", "2026-02-12", "day", "Mouila", "GA", None, None, None, "police", None, False,
  "'dans la nuit de jeudi à vendredi' vs Saturday 14 February -> dated at the night's start, Thursday 12 February (events_holdout29). Gendarmes -> 'police'. '29 ans' is an age. The imam 'convoqué lundi' is summoned, not arrested; '1730', '24 heures sur 24', '6 heures', '120 policiers' are not casualties."),
]

# -------------------------------------------------------------- holdout31-005
ARTICLES.append(A(5, "fr", "article", "2026-02-24T09:00:00Z",
"Analyse : le Gabon, longtemps épargné, découvre la menace jihadiste",
"""
LIBREVILLE — Deux semaines après le double attentat-suicide du 10 février à Port-Gentil, qui a fait dix-sept morts, dont les deux kamikazes, et soixante-trois blessés, le Gabon s'interroge : comment un pays longtemps présenté comme un îlot de stabilité a-t-il pu devenir une cible ? L'attaque, revendiquée par l'État islamique, n'est pourtant pas sortie de nulle part.

Les signaux s'accumulaient depuis plusieurs années. En mars 2021, des assaillants venus du Cameroun avaient attaqué le poste de gendarmerie de Bitam, tuant deux gendarmes. Il y a quatre ans, une grenade lancée dans un bar d'Oyem avait blessé une quinzaine de clients ; l'enquête n'a jamais abouti.

L'an dernier, la Direction générale des recherches avait interpellé à Franceville deux hommes qui projetaient, selon l'accusation, d'attaquer une église du Haut-Ogooué. En août dernier, la police avait saisi à Owendo 12 kilos d'explosifs dissimulés dans un conteneur. Et en janvier dernier, un colis piégé avait blessé un employé de la poste à Tchibanga, un acte que les enquêteurs n'ont pas relié à une organisation.

L'enquête sur Port-Gentil a encore progressé jeudi dernier : la police a interpellé à Makokou, à plus de 600 kilomètres de la côte, un quatrième suspect, âgé de 23 ans, qui aurait acheté les téléphones utilisés par les kamikazes.

Pour le chercheur Serge Mba Obiang, « les réseaux ont profité de la porosité des frontières et d'une économie informelle où l'argent liquide circule sans contrôle ». Le pétrole représente encore près de 40 % des recettes de l'État, et Port-Gentil en est le cœur.

Le gouvernement promet 25 milliards de francs CFA pour le renseignement d'ici 2028. Reste à savoir si cet effort suffira à rassurer une population qui découvre, à ses dépens, qu'aucun pays n'est à l'abri.
"""))
GOLD += [
E(5, ["double attentat-suicide du 10 février à Port-Gentil"],
  "SUI", "2026-02-10", "day", "Port-Gentil", "GA", 17, 63, "exact", "Islamic State", "Islamic State", False,
  "'du 10 février', 14 days before Tuesday 24 February -> current. « dix-sept morts, dont les deux kamikazes, et soixante-trois blessés » -> 17 (inside), 63, exact. « revendiquée par l'État islamique » -> claimant and perpetrator."),
E(5, ["des assaillants venus du Cameroun avaient attaqué le poste de gendarmerie de Bitam"],
  "BAT", "2021-03-01", "month", "Bitam", "GA", 2, None, "exact", None, None, True,
  "'En mars 2021' -> month, background (the attack of holdout31-001). Unnamed assailants attacking a post -> Armed clash, null initiator; 'tuant deux gendarmes' -> killed 2, exact."),
E(5, ["une grenade lancée dans un bar d'Oyem avait blessé une quinzaine de clients"],
  "GRN", "2022-01-01", "year", "Oyem", "GA", None, 15, "about", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A thrown grenade -> Grenade, unknown author -> null. 'une quinzaine de clients' -> injured 15, about (dev table)."),
E(5, ["la Direction générale des recherches avait interpellé à Franceville deux hommes"],
  "ARR", "2025-01-01", "year", "Franceville", "GA", None, None, None, "police", None, True,
  "'L'an dernier' vs 2026 -> 2025, year, background (dev). The Direction générale des recherches (an intelligence service) -> 'police' (dev)."),
E(5, ["la police avait saisi à Owendo 12 kilos d'explosifs"],
  "DWU", "2025-08-01", "month", "Owendo", "GA", None, None, None, "police", None, True,
  "'En août dernier' vs February 2026 -> August 2025, month, background (the seizure of holdout31-003). '12 kilos' is a weight."),
E(5, ["un colis piégé avait blessé un employé de la poste à Tchibanga"],
  "IED", "2026-01-01", "month", "Tchibanga", "GA", None, 1, "exact", None, None, True,
  "'en janvier dernier' vs 24 February 2026 -> January 2026, month, background (54 days). A parcel bomb -> Remote explosive/landmine/IED (events_holdout29 Périgueux); 'blessé un employé' -> injured 1, exact; no organisation -> null."),
E(5, ["la police a interpellé à Makokou, à plus de 600 kilomètres de la côte, un quatrième suspect"],
  "ARR", "2026-02-19", "day", "Makokou", "GA", None, None, None, "police", None, False,
  "'jeudi dernier' vs Tuesday 24 February -> Thursday 19 February, current. Police -> 'police'. '600 kilomètres' a distance, '23 ans' an age. '40 %', '25 milliards de francs CFA', '2028' are not casualties."),
]
