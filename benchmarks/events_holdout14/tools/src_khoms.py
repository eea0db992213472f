"""Authoring source of benchmarks/events_holdout14 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Khoms, Libya cluster (holdout14-016 to 021; 016 and 018 in
English, the others in French), two bombers on the evening of Thursday 3
September 2026 at two sites of one town about 700 m and ten minutes apart (a
police checkpoint at the eastern entrance, then the fish market by the
port): an English wire flash (016), a French next-day piece with the revised
toll (017), the Islamic State's claim, an AQIM denial and arrests (018), a
French report on arrests, a raid and a sit-in broken up by gunfire in the
air (019), a French TV news transcript (020) and a French editorial full of
older events (021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout14")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout14-016
ARTICLES.append(A(16, "en", "article", "2026-09-03T19:00:00Z",
"Libya: twin suicide attack in Khoms, at least nine dead",
"""
KHOMS, Libya, Sept 3 (Wire) - At least nine people were killed on Thursday evening when two suicide bombers struck a police checkpoint and then a fish market in Khoms, a port city east of Tripoli, security and hospital sources said. Between 20 and 30 people were wounded.

A man on foot detonated an explosive vest at the checkpoint on the coastal road at the eastern entrance to the city at around 7:30 p.m., a police officer said. About ten minutes later, a second bomber blew himself up at the fish market by the port, some 700 metres away, where families were buying the evening catch.

"The second explosion was the worse one. There were children everywhere," a fisherman, 55, told Wire by telephone.

The Khoms medical centre appealed for blood of all types and asked off-duty staff to return. Some of the wounded were driven to Misrata, 120 km to the east.

There was no immediate claim of responsibility. A security official of the Tripoli-based Government of National Unity said al-Qaeda in the Islamic Maghreb "may have been" behind the attack, but gave no details.

Earlier on Thursday, two rockets hit the yard of a militia base near Msallata, south of Khoms. No one was killed or hurt, a spokesman for the base said.

Libya has been split between rival administrations in the west and east for most of the past decade. Suicide attacks in the west of the country have been rare for years.

The interior ministry declared a state of alert in Khoms and neighbouring districts and closed the coastal road for 48 hours.
"""))
GOLD += [
E(16, ["two suicide bombers struck a police checkpoint and then a fish market in Khoms", "There was no immediate claim of responsibility"],
  "SUI", "2026-09-03", "day", "Khoms", "LY", 9, 20, "at_least", None, None, False,
  "'on Thursday evening' = publication day, Thursday 3 September. Two bombers at two sites of one town (the checkpoint at the eastern entrance and the fish market, about 700 m and ten minutes apart) -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla, events_holdout13). 'At least nine' -> 9, at_least; 'Between 20 and 30' wounded -> 20 (dev table: a range gives its lower bound). AQIM 'may have been' behind it is speculation -> null. Common English spelling 'Khoms' (GeoNames 'Al Khums'). '7:30 p.m.', 'ten minutes', '700 metres', '55', '120 km' are not casualties; the wounded taken to Misrata give no event there."),
E(16, ["two rockets hit the yard of a militia base near Msallata"],
  "SHL", "2026-09-03", "day", "Msallata", "LY", 0, 0, "exact", None, None, False,
  "'Earlier on Thursday' -> 3 September. Rockets -> Shelling/artillery/missile attack; no actor named. 'No one was killed or hurt' is an explicit zero -> 0/0, exact. '48 hours' is a span."),
]

# -------------------------------------------------------------- holdout14-017
ARTICLES.append(A(17, "fr", "article", "2026-09-04T16:00:00Z",
"Libye : à Khoms, le bilan du double attentat s'alourdit",
"""
KHOMS (Libye), 4 septembre (Agence) – Le bilan du double attentat-suicide qui a frappé jeudi soir la ville portuaire de Khoms, à l'est de Tripoli, n'a cessé de s'alourdir au fil de la nuit.

Jeudi soir, on dénombrait neuf morts. Vendredi matin, le ministère de la Santé du gouvernement d'union nationale (GUN) faisait état de quinze morts. En fin d'après-midi, le bilan s'élevait à dix-neuf morts, les deux kamikazes non compris, et à une cinquantaine de blessés. Parmi ces derniers, il y aurait une dizaine d'enfants, selon un médecin du centre médical de Khoms.

Le premier kamikaze s'est fait exploser au poste de contrôle de l'entrée est de la ville, sur la route côtière ; le second, une dizaine de minutes plus tard, au marché aux poissons, à quelque 700 mètres de là. « Il y aurait eu bien plus de morts si la police n'avait pas fermé la rue après la première explosion », estime un commerçant de 47 ans.

Vendredi, des milliers de personnes ont accompagné les dépouilles des victimes au cimetière, sous la surveillance d'hommes armés postés sur les toits. Les obsèques se sont déroulées sans incident.

Aucun groupe n'avait revendiqué l'attaque vendredi après-midi. Les enquêteurs s'intéressent à une voiture immatriculée à Bani Walid retrouvée près du port, selon une source sécuritaire.

Dans la matinée, des hommes armés non identifiés ont enlevé un journaliste d'une radio locale à Zliten, à une soixantaine de kilomètres à l'est, alors qu'il se rendait à Khoms pour couvrir les funérailles, a indiqué son employeur. Son sort restait inconnu vendredi soir.

Le GUN a décrété trois jours de deuil national. Le port de pêche, qui fait vivre environ 2 000 familles, restera fermé jusqu'à nouvel ordre.
"""))
GOLD += [
E(17, ["Le bilan du double attentat-suicide qui a frappé jeudi soir la ville portuaire de Khoms", "Aucun groupe n'avait revendiqué l'attaque"],
  "SUI", "2026-09-03", "day", "Khoms", "LY", 21, 50, "exact", None, None, False,
  "'jeudi soir' vs Friday 4 September -> 3 September. Two sites of one town -> one event. Revised toll with impersonal forms: 'on dénombrait neuf morts' -> 'quinze morts' -> 'le bilan s'élevait à dix-neuf morts, les deux kamikazes non compris' -> 'non compris' adds the bombers (like 'sans compter') -> 19 + 2 = 21, exact; 'une cinquantaine de blessés' -> 50 (dev table; the qualifier describes killed). 'une dizaine d'enfants' is a subset. No claim -> null. '700 mètres', '47 ans', '2 000 familles', 'trois jours' are not casualties; the funeral is not coded."),
E(17, ["des hommes armés non identifiés ont enlevé un journaliste d'une radio locale à Zliten"],
  "ABD", "2026-09-04", "day", "Zliten", "LY", None, None, None, None, None, False,
  "'Dans la matinée' (Friday) = publication day, 4 September. Abduction by unnamed gunmen -> null. 'une soixantaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout14-018
ARTICLES.append(A(18, "en", "article", "2026-09-05T11:00:00Z",
"Islamic State's Libya branch claims Khoms bombings",
"""
KHOMS, Libya, Sept 5 - The Islamic State's self-styled Libya province took responsibility on Friday night for the two suicide bombings that killed 21 people in the port city of Khoms on Thursday, two of them the bombers, in its first claimed attack in western Libya in years.

In an audio message posted online, a speaker said two "lions of the caliphate" had attacked "the apostate police and their supporters" and claimed 70 dead. Libyan officials said the figure was invented but did not question the claim itself.

Al-Qaeda in the Islamic Maghreb, which a security official had said on Thursday may have been behind the attack, issued a brief statement on Friday denying any link.

The Government of National Unity's interior ministry said on Saturday that its forces had arrested five men during the night in Qasr al-Akhyar, west of Khoms, in an operation on a farm where the explosive vests are believed to have been made. A sixth man escaped, the ministry said.

On Friday, intelligence officers detained a Tunisian man suspected of bringing the explosives into the country at the Ras Ajdir border crossing, a security source said.

About 80 people have been questioned, most of them stallholders from the fish market and drivers who use the checkpoint, and the ministry has set up a hotline, 1515.

The Islamic State had been largely silent in Libya since a string of attacks in the south. In January 2020, a suicide car bomber killed four soldiers at a checkpoint in Ubari, an attack the group claimed. Since then it has mostly been reduced to small cells in the desert, where they smuggle fuel, weapons and people.

Analysts say the choice of Khoms, a quiet coastal city of roughly 200,000 people, shows that the group wants to prove it can still strike in the more populated north.
"""))
GOLD += [
E(18, ["took responsibility on Friday night for the two suicide bombings that killed 21 people in the port city of Khoms"],
  "SUI", "2026-09-03", "day", "Khoms", "LY", 21, None, "exact", "Islamic State", "Islamic State", False,
  "'on Thursday' vs Saturday 5 September -> 3 September. Two sites of one town -> one event (the article's 'two suicide bombings' are the same twin attack). '21 people ..., two of them the bombers' -> 21 (inside). 'took responsibility' by its 'Libya province' -> 'Islamic State' (dev: every branch except ISWAP); officials reject its figure ('70 dead', not used) but not the claim -> perpetrator. AQIM's statement is a denial. No wounded figure here."),
E(18, ["its forces had arrested five men during the night in Qasr al-Akhyar"],
  "ARR", "2026-09-04", "day", "Qasr al-Akhyar", "LY", None, None, None, "police", None, False,
  "'said on Saturday' that it had arrested five men 'during the night' -> the night of Friday to Saturday, dated at its start, 4 September (the arrest night, not the announcement day). The ministry's forces -> police. 'five men' are arrestees; 'A sixth man escaped' is no casualty."),
E(18, ["intelligence officers detained a Tunisian man", "at the Ras Ajdir border crossing"],
  "ARR", "2026-09-04", "day", "Ras Ajdir", "LY", None, None, None, "police", None, False,
  "'On Friday' vs Saturday 5 September -> 4 September. Intelligence officers -> police (dev convention). A border crossing coded by its name. 'About 80 people have been questioned' are not arrests; '1515' is a hotline."),
E(18, ["a suicide car bomber killed four soldiers at a checkpoint in Ubari"],
  "SUI", "2020-01-01", "month", "Ubari", "LY", 4, None, "exact", "Islamic State", "Islamic State", True,
  "'In January 2020' -> month, background. 'an attack the group claimed' -> Islamic State claimant and perpetrator. 'four soldiers' -> 4 as written. '200,000 people' is not a casualty."),
]

# -------------------------------------------------------------- holdout14-019
ARTICLES.append(A(19, "fr", "article", "2026-09-07T15:00:00Z",
"Après Khoms, les arrestations se multiplient, la colère des familles aussi",
"""
De notre envoyé spécial à Khoms

Quatre jours après le double attentat-suicide revendiqué par l'organisation État islamique, Khoms vit entre les rafles et la colère. Le bilan s'est encore alourdi samedi avec la mort d'une fillette de 8 ans : vingt-deux morts, dont les deux kamikazes, et une cinquantaine de blessés.

Dimanche, trois suspects ont été interpellés à Tarhuna, à 60 kilomètres au sud-ouest, selon le ministère de l'Intérieur, qui affirme qu'ils ont hébergé les deux kamikazes pendant une semaine. Samedi, un homme présenté comme le logisticien de la cellule, un mécanicien de 38 ans, avait été arrêté dans son garage de Garabulli.

Lundi à l'aube, une opération des forces spéciales du ministère contre une ferme isolée près de Bani Walid a tourné à l'affrontement. Selon un communiqué, trois assaillants présumés ont été tués et un policier blessé. Des ceintures explosives inachevées, 30 kilos d'explosifs et quatre véhicules ont été saisis.

Une soixantaine de personnes ont par ailleurs été convoquées pour être entendues, sans être placées en garde à vue, précise une source judiciaire.

Devant le siège de la municipalité, des familles de victimes ont installé samedi des tentes pour un sit-in : elles réclament la démission du chef de la police locale et des indemnités. Dimanche soir, des hommes armés d'une milice locale ont tiré en l'air pour les disperser ; les tentes ont été arrachées. Aucun blessé n'a été signalé. Lundi matin, une partie des familles était revenue.

« Ils arrêtent des gens à Tarhuna et à Bani Walid, très bien. Mais qui a laissé passer ces hommes par le poste de contrôle ? », demande Salem, 61 ans, qui a perdu son fils au marché aux poissons.

La municipalité a promis une indemnité de 50 000 dinars par famille et la reconstruction du marché d'ici à six mois.
"""))
GOLD += [
E(19, ["double attentat-suicide revendiqué par l'organisation État islamique"],
  "SUI", "2026-09-03", "day", "Khoms", "LY", 22, 50, "exact", "Islamic State", "Islamic State", False,
  "'Quatre jours après' on Monday 7 September -> Thursday 3 September. Two sites of one town -> one event. A wounded girl died on Saturday -> 'vingt-deux morts, dont les deux kamikazes' -> 22 (inside); 'une cinquantaine de blessés' -> 50 (the qualifier describes the exact killed figure). 'revendiqué par l'organisation État islamique' -> claimant and perpetrator. '8 ans' is an age."),
E(19, ["trois suspects ont été interpellés à Tarhuna"],
  "ARR", "2026-09-06", "day", "Tarhuna", "LY", None, None, None, "police", None, False,
  "'Dimanche' vs Monday 7 September -> 6 September. The interior ministry speaks for it -> police. '60 kilomètres', 'une semaine' are not casualties."),
E(19, ["un homme présenté comme le logisticien de la cellule", "avait été arrêté dans son garage de Garabulli"],
  "ARR", "2026-09-05", "day", "Garabulli", "LY", None, None, None, "police", None, False,
  "'Samedi' vs Monday 7 September -> 5 September. A suspected facilitator arrested -> Arrests, police. '38 ans' is an age. Garabulli is not in GeoNames' city list."),
E(19, ["une opération des forces spéciales du ministère contre une ferme isolée près de Bani Walid", "a tourné à l'affrontement"],
  "BAT", "2026-09-07", "day", "Bani Walid", "LY", 3, 1, "exact", "police", None, False,
  "'Lundi à l'aube' = publication day, 7 September. A raid that turns into a clash -> Armed clash initiated by the raiding force; the interior ministry's special forces -> police. 'trois assaillants présumés ont été tués' -> 3; 'un policier blessé' -> 1. '30 kilos', 'quatre véhicules' belong to the raid. 'Une soixantaine de personnes ... convoquées' are not arrests."),
E(19, ["des familles de victimes ont installé samedi des tentes pour un sit-in", "des hommes armés d'une milice locale ont tiré en l'air pour les disperser"],
  "PI", "2026-09-05", "day", "Khoms", "LY", None, None, None, None, None, False,
  "An ongoing sit-in reported as one episode is one event dated at its start (dev): 'samedi' vs Monday 7 September -> 5 September, although the dispersal was on Sunday. Dispersed by militiamen firing into the air -> Protest with intervention. 'Aucun blessé n'a été signalé' is read like 'No injuries were reported' (events_holdout13 013) -> null, not 0. '61 ans', '50 000 dinars', 'six mois' are not casualties."),
]

# -------------------------------------------------------------- holdout14-020
ARTICLES.append(A(20, "fr", "transcript", "2026-09-10T19:00:00Z",
"Le journal du soir – Libye : une semaine après Khoms",
"""
PRÉSENTATEUR : Bonsoir. Il y a une semaine, jeudi dernier, deux kamikazes semaient la mort à Khoms, sur la côte libyenne : vingt-deux morts, dont les deux assaillants. L'attentat a été revendiqué par l'organisation État islamique. Notre envoyée spéciale Nadia Belkacem est sur place. Nadia, où en est l'enquête ?

ENVOYÉE SPÉCIALE : Bonsoir. Avant-hier, les forces de sécurité ont arrêté deux frères ici même, à Khoms, dans le quartier du port. Ils sont soupçonnés d'avoir repéré les lieux pour les kamikazes. Au total, selon le procureur, onze personnes sont désormais détenues. Et hier, mercredi, plusieurs centaines de personnes se sont rassemblées à Msallata pour réclamer le retrait des milices des points de contrôle. Le rassemblement s'est déroulé sans incident.

PRÉSENTATEUR : Merci, Nadia. Avec nous en plateau, Karim Haddad, spécialiste de la Libye. Karim Haddad, cet attentat marque-t-il le retour de l'État islamique ?

INVITÉ : Un retour, non, une persistance. Il y a cinq ans, à Ajdabiya, un kamikaze avait tué cinq policiers devant un commissariat, et l'organisation l'avait revendiqué. En mars 2019, une frappe aérienne américaine près de Mourzouk avait tué huit de ses combattants, selon le commandement américain pour l'Afrique. Ces cellules n'ont jamais disparu, elles ont appris à attendre.

PRÉSENTATEUR : Pourquoi Khoms ?

INVITÉ : Parce que c'est une ville sans grande milice dominante, entre Tripoli et Misrata. Une cible moins protégée, à 120 kilomètres de la capitale, avec un port, un marché, une route côtière. Et parce que frapper deux lieux à dix minutes d'intervalle, c'est un message : nous pouvons viser la police et ceux qui la secourent.

PRÉSENTATEUR : Les autorités disent avoir entendu près de cent personnes.

INVITÉ : Entendre n'est pas arrêter. Ce qui compte, ce sont les filières de financement, et là, on en sait très peu.

PRÉSENTATEUR : Karim Haddad, merci. Tout de suite, la suite de l'actualité internationale.
"""))
GOLD += [
E(20, ["deux kamikazes semaient la mort à Khoms", "L'attentat a été revendiqué par l'organisation État islamique"],
  "SUI", "2026-09-03", "day", "Khoms", "LY", 22, None, "exact", "Islamic State", "Islamic State", False,
  "'Il y a une semaine, jeudi dernier' vs Thursday 10 September -> Thursday 3 September. Two sites of one town -> one event. 'vingt-deux morts, dont les deux assaillants' -> 22 (inside). 'a été revendiqué par l'organisation État islamique' -> claimed. No wounded figure here."),
E(20, ["les forces de sécurité ont arrêté deux frères ici même, à Khoms"],
  "ARR", "2026-09-08", "day", "Khoms", "LY", None, None, None, "police", None, False,
  "'Avant-hier' vs Thursday 10 September -> 8 September. Security forces -> police. The port district -> the town. 'onze personnes sont désormais détenues' is a cumulative count, not an event."),
E(20, ["plusieurs centaines de personnes se sont rassemblées à Msallata"],
  "PP", "2026-09-09", "day", "Msallata", "LY", None, None, None, None, None, False,
  "'hier, mercredi' -> 9 September. A gathering with a demand, without incident -> Peaceful protest. 'plusieurs centaines' are participants."),
E(20, ["à Ajdabiya, un kamikaze avait tué cinq policiers devant un commissariat"],
  "SUI", "2021-01-01", "year", "Ajdabiya", "LY", 5, None, "exact", "Islamic State", "Islamic State", True,
  "'Il y a cinq ans' vs 2026 -> 2021, year, background. 'l'organisation l'avait revendiqué' -> Islamic State claimant and perpetrator. 'cinq policiers' -> 5 as written."),
E(20, ["une frappe aérienne américaine près de Mourzouk"],
  "AIR", "2019-03-01", "month", "Murzuk", "LY", 8, None, "exact", "US military", None, True,
  "'En mars 2019' -> month, background. An American air strike -> 'US military' (dev canonical). 'huit de ses combattants' -> 8, the US command's own and only figure. Location in common English spelling 'Murzuk' (French 'Mourzouk'). '120 kilomètres', 'dix minutes', 'près de cent personnes' heard are not casualties."),
]

# -------------------------------------------------------------- holdout14-021
ARTICLES.append(A(21, "fr", "article", "2026-09-28T08:00:00Z",
"Éditorial – Khoms, ou l'illusion de la sécurité",
"""
Le 3 septembre, deux jeunes hommes ceinturés d'explosifs ont frappé Khoms à dix minutes d'intervalle, au poste de contrôle de l'entrée est puis au marché aux poissons. Vingt-deux morts, kamikazes inclus ; des dizaines de blessés. L'État islamique a revendiqué l'attaque le lendemain. Trois semaines plus tard, la ville a rouvert son marché, mais pas ses yeux.

Car Khoms avait été prévenue. En août dernier, la police y avait démantelé une cellule et arrêté quatre hommes qui, selon l'acte d'accusation, préparaient « une action contre les forces de l'ordre ». Ils ont été relâchés faute de preuves au bout de 40 jours. Deux d'entre eux figurent aujourd'hui parmi les suspects de l'attentat.

Car la côte ouest vit depuis des années au rythme des violences que personne ne relie entre elles. L'an dernier, des affrontements entre deux milices rivales pour le contrôle d'un dépôt de carburant à Surman avaient fait onze morts. Il y a quatre ans, trois employés d'une société de télécommunications avaient été enlevés près de Sabratha ; l'un d'eux n'a jamais été retrouvé. En mars 2021, un engin explosif avait visé un convoi de l'armée près de Syrte, blessant six soldats.

Ces événements n'ont rien en commun, disent les responsables. Ils ont tout en commun, répondent les habitants : des hommes armés qui circulent librement, des postes de contrôle tenus par des milices payées à moitié, et un État qui annonce des plans de sécurité tous les six mois.

La Libye produit environ 1,3 million de barils de pétrole par jour. Une fraction infime de cette richesse suffirait à équiper chaque poste de contrôle d'un scanner et chaque policier d'un salaire décent. Moins de 10 % du budget de l'Intérieur va aujourd'hui à la formation.

Khoms a enterré ses morts. Il serait temps que Tripoli enterre ses illusions.
"""))
GOLD += [
E(21, ["deux jeunes hommes ceinturés d'explosifs ont frappé Khoms à dix minutes d'intervalle", "L'État islamique a revendiqué l'attaque"],
  "SUI", "2026-09-03", "day", "Khoms", "LY", 22, 12, "exact", "Islamic State", "Islamic State", False,
  "'Le 3 septembre' absolute (25 days before Monday 28 September -> current). Two sites of one town -> one event. 'Vingt-deux morts, kamikazes inclus' -> 22 (inside), exact; 'des dizaines de blessés' -> 12 (dev table; the qualifier describes the exact killed figure). 'a revendiqué' -> claimant and perpetrator."),
E(21, ["la police y avait démantelé une cellule et arrêté quatre hommes"],
  "ARR", "2026-08-01", "month", "Khoms", "LY", None, None, None, "police", None, True,
  "'En août dernier' in a September 2026 article -> August 2026, month; 1 August is 58 days before 28 September -> background. A police arrest of a cell in Khoms ('y'). 'quatre hommes' are arrestees; '40 jours' is a span; 'Deux d'entre eux' a subset."),
E(21, ["des affrontements entre deux milices rivales pour le contrôle d'un dépôt de carburant à Surman"],
  "BAT", "2025-01-01", "year", "Surman", "LY", 11, None, "exact", None, None, True,
  "'L'an dernier' -> 2025, year (dev), background. Clashes between two unnamed militias -> Armed clash, null initiator. 'onze morts' -> 11."),
E(21, ["trois employés d'une société de télécommunications avaient été enlevés près de Sabratha"],
  "ABD", "2022-01-01", "year", "Sabratha", "LY", None, None, None, None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. Abduction, no actor. The abductees are not casualties."),
E(21, ["un engin explosif avait visé un convoi de l'armée près de Syrte"],
  "IED", "2021-03-01", "month", "Sirte", "LY", None, 6, "exact", None, None, True,
  "'En mars 2021' -> month, background. An explosive device, no actor -> IED. 'blessant six soldats' -> injured 6, killed null. Common English spelling 'Sirte' (French 'Syrte'). '1,3 million de barils', '10 %', 'six mois' are not casualties."),
]
