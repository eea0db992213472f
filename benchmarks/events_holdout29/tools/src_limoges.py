"""Authoring source of benchmarks/events_holdout29 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Limoges, France cluster (holdout29-011 to 015; French and English),
two suicide bombers on Saturday 11 July 2026 at two sites of one town (the
place de la République and the halles centrales, about 350 m and three
minutes apart): a TV "journal de 20 heures" transcript with PRÉSENTATEUR /
JOURNALISTE / ENVOYÉE SPÉCIALE labels (fr 011), a prefecture's "communiqué"
numbered by point with the revised toll and arrests (fr 012), an English
wire with the claim and the arrests (013), a regional daily's story with
"Lire aussi" links and photo credits (fr 014) and an editorial with older
attacks by month and year (fr 015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout29")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout29-011
ARTICLES.append(A(11, "fr", "transcript", "2026-07-11T18:25:00Z",
"Journal de 20 heures - samedi 11 juillet - Limoges",
"""
PRÉSENTATEUR : Bonsoir à tous. Limoges est en deuil ce soir. Ce matin, deux hommes se sont fait exploser à trois minutes d'intervalle en plein centre-ville, sur la place de la République puis devant les halles centrales, un jour de marché. Le dernier bilan fait état d'au moins neuf morts et de dizaines de blessés. Notre envoyée spéciale est sur place. Claire, la ville est sous le choc.

ENVOYÉE SPÉCIALE : Oui, le centre est toujours bouclé, à 350 mètres d'ici. La première explosion a eu lieu à 11 h 10, au milieu des terrasses ; la seconde trois minutes plus tard, devant les étals des maraîchers. En fin de matinée, les démineurs ont neutralisé une troisième charge, dissimulée dans une poubelle de la rue Jean-Jaurès. Le CHU a déclenché son plan blanc et rappelé 300 soignants.

PRÉSENTATEUR : Qui peut être derrière ces attaques ?

ENVOYÉE SPÉCIALE : Aucune revendication à cette heure. Une source proche de l'enquête estime que l'attaque « pourrait être l'œuvre » de l'organisation État islamique, mais le ministre de l'Intérieur, arrivé à 16 heures, est resté très prudent.

PRÉSENTATEUR : Une première interpellation a eu lieu.

JOURNALISTE : En effet, un homme de 26 ans a été interpellé en fin d'après-midi à Saint-Junien, à une trentaine de kilomètres à l'ouest de Limoges, par les policiers de la brigade de recherche et d'intervention. Il aurait été en contact téléphonique avec l'un des deux kamikazes dans la matinée. Sa garde à vue peut durer jusqu'à 96 heures.

PRÉSENTATEUR : Les témoignages sont nombreux.

JOURNALISTE : Une commerçante de 63 ans, dont la boutique fait face aux halles, raconte avoir vu « une pluie de verre et de fruits ». Un numéro d'urgence a été ouvert pour les familles : le 0800 40 87 87.

PRÉSENTATEUR : Merci à vous deux. Le président de la République se rendra à Limoges demain matin. Tout de suite, la suite de l'actualité.
"""))
GOLD += [
E(11, ["deux hommes se sont fait exploser à trois minutes d'intervalle en plein centre-ville"],
  "SUI", "2026-07-11", "day", "Limoges", "FR", 9, 12, "at_least", None, None, False,
  "'Ce matin' = publication day, Saturday 11 July. Two sites of one town (the place de la République and the halles centrales, about 350 m and three minutes apart) -> ONE Suicide bomb event. « au moins neuf morts et de dizaines de blessés » -> 9 (at_least), 12 ('des dizaines', dev table). « pourrait être l'œuvre » of the Islamic State is speculation -> null. '350 mètres', '11 h 10', 'trois minutes', '300 soignants', '16 heures', '63 ans', '0800 40 87 87' are not casualties."),
E(11, ["les démineurs ont neutralisé une troisième charge"],
  "DWU", "2026-07-11", "day", "Limoges", "FR", None, None, None, "police", None, False,
  "'En fin de matinée' of Saturday 11 July. A device neutralised on its own -> Disrupted weapons use; French bomb-disposal units belong to the police -> 'police'. A street of Limoges -> Limoges."),
E(11, ["un homme de 26 ans a été interpellé en fin d'après-midi à Saint-Junien"],
  "ARR", "2026-07-11", "day", "Saint-Junien", "FR", None, None, None, "police", None, False,
  "'en fin d'après-midi' = Saturday 11 July. 'les policiers de la brigade de recherche et d'intervention' -> 'police'. '26 ans', 'une trentaine de kilomètres', '96 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout29-012
ARTICLES.append(A(12, "fr", "article", "2026-07-12T17:00:00Z",
"Communiqué de la préfecture de la Haute-Vienne",
"""
PRÉFÈTE DE LA HAUTE-VIENNE - Communiqué de presse - Limoges, le 12 juillet 2026

Attaques terroristes du 11 juillet à Limoges : point de situation à 18 heures

1. Bilan humain. Le bilan provisoire de neuf morts annoncé samedi à 14 heures est porté à treize morts, en plus des deux auteurs, et à quatre-vingt-deux blessés, dont dix-neuf en urgence absolue. Les victimes sont prises en charge au CHU de Limoges et dans les hôpitaux de Brive, Guéret et Poitiers.

2. Enquête. Le parquet national antiterroriste s'est saisi de l'enquête. Dans la nuit de samedi à dimanche, trois personnes ont été placées en garde à vue à Brive-la-Gaillarde, à la suite d'une perquisition conduite par la sous-direction antiterroriste dans un pavillon du quartier de Rivet. L'homme interpellé samedi à Saint-Junien a été remis en liberté ce dimanche à midi, aucune charge n'ayant été retenue contre lui.

3. Sécurité. Quatre cents policiers et gendarmes supplémentaires ont été déployés dans le département. Le marché des halles centrales restera fermé jusqu'au 20 juillet inclus. La circulation reste interdite dans un périmètre allant de la place de la République à la place d'Aine.

4. Soutien aux familles. Une cellule d'information du public est joignable au 0800 40 87 87, 24 heures sur 24. Une cellule d'urgence médico-psychologique a reçu plus de 250 personnes depuis samedi.

5. Recueillement. Un registre de condoléances est ouvert à l'hôtel de ville. Les drapeaux des bâtiments publics sont mis en berne jusqu'au mardi 14 juillet.

La préfète remercie les forces de l'ordre, les services de secours et les soignants pour leur mobilisation, et appelle la population à signaler tout comportement suspect au 17.
"""))
GOLD += [
E(12, ["Attaques terroristes du 11 juillet à Limoges"],
  "SUI", "2026-07-11", "day", "Limoges", "FR", 15, 82, "exact", None, None, False,
  "'du 11 juillet' (the day before Sunday 12 July). The heading's plural 'Attaques' names the two blasts of one twin bombing -> one event (events_holdout27 'Attentats du 13 juin'). Revised toll: 'neuf morts' -> 'treize morts, en plus des deux auteurs, et ... quatre-vingt-deux blessés' -> 13 + 2 = 15 ('en plus des' adds the bombers), 82, exact; 'dix-neuf en urgence absolue' is a subset. No claim -> null. Point numbers 1 to 5, '18 heures', '14 heures', '20 juillet', '0800 40 87 87', '250 personnes', 'Quatre cents policiers', '17' are not casualties."),
E(12, ["trois personnes ont été placées en garde à vue à Brive-la-Gaillarde"],
  "ARR", "2026-07-11", "day", "Brive-la-Gaillarde", "FR", None, None, None, "police", None, False,
  "'Dans la nuit de samedi à dimanche' vs Sunday 12 July -> dated at the night's start, Saturday 11 July. 'placées en garde à vue' after a raid by the sous-direction antiterroriste -> Arrests, 'police'. The Rivet district -> Brive-la-Gaillarde."),
E(12, ["L'homme interpellé samedi à Saint-Junien"],
  "ARR", "2026-07-11", "day", "Saint-Junien", "FR", None, None, None, "police", None, False,
  "'samedi' vs Sunday 12 July -> 11 July. A restated arrest, told through its end ('remis en liberté ... aucune charge'): the arrest took place, so it keeps its Arrests event in this document (the release is not a new event). Police in holdout29-011 -> 'police'."),
]

# -------------------------------------------------------------- holdout29-013
ARTICLES.append(A(13, "en", "article", "2026-07-14T15:00:00Z",
"France holds four over Limoges bombing as toll rises to 16",
"""
LIMOGES, France (Europa Wire) - French anti-terrorism police have detained a fourth suspect over Saturday's twin suicide bombing in Limoges, the central French city where two men blew themselves up in a crowded market square, prosecutors said on Tuesday.

Gendarmes arrested a 45-year-old man in Tulle, about 90 km south of Limoges, on Monday on suspicion of having housed the two bombers for a week in a rented farmhouse. Officers found 20 litres of acetone and a set of kitchen scales there, a judicial source said.

Three people taken into custody in Brive-la-Gaillarde on Saturday night were handed to investigating judges on Tuesday. A 26-year-old man arrested in Saint-Junien hours after the attack was released without charge on Sunday.

Islamic State claimed the attack on Sunday evening, saying its "soldiers" had struck "the heart of France". The interior minister said the claim was "credible". A wounded woman died in hospital on Tuesday morning, raising the toll to 16 dead, the two bombers included, and 82 wounded, the regional health agency said.

France marked its national holiday on Tuesday under heavy security, with 1,500 extra officers in Limoges alone. The military parade in Paris went ahead, but fireworks in Limoges were cancelled.

Limoges, a city of 130,000 known for its porcelain, had never been targeted. In March 2024, anti-terrorism police in Bellac, 40 km to the north, arrested a man accused of planning an attack on a church during Easter mass; he was sentenced last year to 12 years in prison.
"""))
GOLD += [
E(13, ["Saturday's twin suicide bombing in Limoges"],
  "SUI", "2026-07-11", "day", "Limoges", "FR", 16, 82, "exact", "Islamic State", "Islamic State", False,
  "'Saturday's' vs Tuesday 14 July -> 11 July. 'Islamic State claimed the attack', judged 'credible' -> claimant and perpetrator. 'raising the toll to 16 dead, the two bombers included, and 82 wounded' -> 16 (inside, with the woman who died on Tuesday), 82, exact. '1,500 extra officers', '130,000' are not casualties."),
E(13, ["Gendarmes arrested a 45-year-old man in Tulle"],
  "ARR", "2026-07-13", "day", "Tulle", "FR", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 14 July -> 13 July. Gendarmes -> 'police'. The suspected host (the cluster's facilitator). '45-year-old', 'about 90 km', '20 litres', 'a week' are not casualties."),
E(13, ["Three people taken into custody in Brive-la-Gaillarde on Saturday night"],
  "ARR", "2026-07-11", "day", "Brive-la-Gaillarde", "FR", None, None, None, "police", None, False,
  "'on Saturday night' -> Saturday 11 July. Restated arrest; 'handed to investigating judges on Tuesday' is its follow-up, not a new arrest. Anti-terrorism police (holdout29-012) -> 'police'."),
E(13, ["A 26-year-old man arrested in Saint-Junien hours after the attack"],
  "ARR", "2026-07-11", "day", "Saint-Junien", "FR", None, None, None, "police", None, False,
  "'hours after the attack' -> Saturday 11 July. Restated arrest; his release 'without charge' is not a new event. Police (holdout29-011) -> 'police'."),
E(13, ["anti-terrorism police in Bellac, 40 km to the north, arrested a man"],
  "ARR", "2024-03-01", "month", "Bellac", "FR", None, None, None, "police", None, True,
  "'In March 2024' -> month, background. Anti-terrorism police -> 'police'. '40 km', '12 years' are not casualties."),
]

# -------------------------------------------------------------- holdout29-014
ARTICLES.append(A(14, "fr", "article", "2026-07-16T05:30:00Z",
"Limoges : « Nous ne plierons pas », des milliers de personnes rassemblées place de la République",
"""
Ils étaient plus de 3 000, mercredi soir, place de la République, à quelques mètres de l'endroit où le premier kamikaze s'est fait exploser samedi. Une foule silencieuse, puis des applaudissements, puis une revendication : « Des policiers dans les quartiers, pas seulement des minutes de silence ». Le rassemblement, organisé par un collectif de commerçants des halles, s'est dispersé vers 21 h 30 sans le moindre incident.

(Photo Marc Dufour / L'Écho du Limousin)

Le double attentat-suicide de samedi, revendiqué dimanche soir par l'organisation État islamique, a fait seize morts, kamikazes compris, et quatre-vingt-deux blessés. Mardi matin, une retraitée de 78 ans a succombé à ses blessures au CHU.

Lire aussi : Double attentat de Limoges : l'État islamique revendique

L'enquête, elle, progresse. Les trois hommes gardés à vue à Brive-la-Gaillarde ont été mis en examen mercredi et placés en détention provisoire. Lundi, les gendarmes ont interpellé à Tulle un homme de 45 ans, soupçonné d'avoir hébergé les deux kamikazes dans une ferme louée 450 euros par mois. Son épouse, entendue mardi, a été relâchée dans la soirée.

Lire aussi : Brive : les trois gardés à vue déférés au parquet

Les obsèques des premières victimes ont eu lieu mercredi matin en la cathédrale Saint-Étienne. Parmi elles, un jeune pâtissier de 24 ans et un couple de maraîchers de Saint-Yrieix, qui tenaient leur étal aux halles depuis 1998.

(Photo Sophie Lavergne / L'Écho du Limousin)

Les halles centrales rouvriront le 21 juillet. La municipalité a promis d'y installer douze caméras supplémentaires et un poste de police municipale d'ici la rentrée.
"""))
GOLD += [
E(14, ["le premier kamikaze s'est fait exploser samedi", "Le double attentat-suicide de samedi, revendiqué dimanche soir par l'organisation État islamique", "Double attentat de Limoges : l'État islamique revendique"],
  "SUI", "2026-07-11", "day", "Limoges", "FR", 16, 82, "exact", "Islamic State", "Islamic State", False,
  "'de samedi' vs Thursday 16 July -> 11 July. « seize morts, kamikazes compris, et quatre-vingt-deux blessés » -> 16 (inside, with the woman of 78 who died on Tuesday), 82, exact. « revendiqué ... par l'organisation État islamique » -> claimant and perpetrator. The first 'Lire aussi' link names the bombing and is a trigger (events_holdout27 fr 010); the second names the court follow-up of the Brive arrests and is not coded. The rally's paragraph first names the bombing ('le premier kamikaze s'est fait exploser samedi'). The funerals are not coded. '78 ans', '24 ans', '1998' are not casualties; photo credits are ignored."),
E(14, ["Ils étaient plus de 3 000, mercredi soir, place de la République"],
  "PP", "2026-07-15", "day", "Limoges", "FR", None, None, None, None, None, False,
  "'mercredi soir' vs Thursday 16 July -> 15 July. A rally with a demand that ends 'sans le moindre incident' -> Peaceful protest, null actor. 'plus de 3 000' are participants; '21 h 30' a time."),
E(14, ["Les trois hommes gardés à vue à Brive-la-Gaillarde"],
  "ARR", None, None, "Brive-la-Gaillarde", "FR", None, None, None, "police", None, False,
  "Restated arrest told through its follow-up ('mis en examen mercredi et placés en détention provisoire', Wednesday 15 July, is not the arrest's day). This document gives no day for the arrest itself and each document stands alone for dates -> null date, not background (the communiqué, holdout29-012, dates it in the night of Saturday 11 July). A reader could date it at the indictment. No force named; police of holdout29-012 -> 'police'."),
E(14, ["les gendarmes ont interpellé à Tulle un homme de 45 ans"],
  "ARR", "2026-07-13", "day", "Tulle", "FR", None, None, None, "police", None, False,
  "'Lundi' vs Thursday 16 July -> 13 July. Gendarmes -> 'police'. '45 ans', '450 euros' are not casualties. His wife 'entendue ... relâchée' is not arrested."),
]

# -------------------------------------------------------------- holdout29-015
ARTICLES.append(A(15, "fr", "article", "2026-07-18T05:00:00Z",
"Éditorial : Limoges, ou la fin d'une illusion",
"""
Il aura fallu trois minutes, le samedi 11 juillet au matin, pour que Limoges découvre ce que d'autres villes connaissent depuis longtemps. Le double attentat-suicide de la place de la République et des halles, revendiqué par l'État islamique, a fait seize morts, dont les deux kamikazes, et quatre-vingt-deux blessés. Une semaine plus tard, la ville enterre ses morts et cherche ses mots.

On nous dira que personne ne pouvait prévoir. C'est faux. Le Limousin et ses voisins ont reçu des avertissements. En octobre 2020, un homme armé d'un couteau avait blessé un enseignant devant un collège d'Angoulême. En mars 2022, les démineurs avaient désamorcé un engin artisanal déposé devant la mairie de Guéret. En janvier 2024, la DGSI arrêtait à Châteauroux deux adolescents de 16 et 17 ans qui rêvaient de « frapper une fête ». En novembre dernier encore, un colis piégé blessait une postière à Périgueux.

Chaque fois, l'émotion a duré quelques jours. Chaque fois, on a parlé d'actes isolés. Le département ne compte toujours que six enquêteurs spécialisés, pour 370 000 habitants.

Il ne s'agit pas de céder à la surenchère sécuritaire, ni de désigner des coupables commodes. Les milliers de Limougeauds rassemblés mercredi soir ont montré une dignité qui honore la ville. Mais la dignité ne tient pas lieu de politique.

Le gouvernement promet 40 millions d'euros pour le renseignement territorial d'ici 2028. Nous jugerons ce plan sur un seul critère : les moyens humains déployés, et la vitesse à laquelle ils le seront. Seize familles attendent mieux que des promesses.
"""))
GOLD += [
E(15, ["Le double attentat-suicide de la place de la République et des halles, revendiqué par l'État islamique"],
  "SUI", "2026-07-11", "day", "Limoges", "FR", 16, 82, "exact", "Islamic State", "Islamic State", False,
  "'le samedi 11 juillet' (7 days before Saturday 18 July -> current). « seize morts, dont les deux kamikazes, et quatre-vingt-deux blessés » -> 16 (inside), 82, exact. « revendiqué par l'État islamique » -> claimant and perpetrator. The editorial has no new event; the rally of Wednesday it restates is coded below, as restated events are in each document. 'Seize familles' restates the dead; 'six enquêteurs', '370 000 habitants', '40 millions d'euros', '2028' are not casualties."),
E(15, ["Les milliers de Limougeauds rassemblés mercredi soir"],
  "PP", "2026-07-15", "day", "Limoges", "FR", None, None, None, None, None, False,
  "'mercredi soir' vs Saturday 18 July -> 15 July. The rally of holdout29-014 (a demand, no incident), restated in passing -> Peaceful protest, null actor. A reader could treat this allusion as commentary and not code it (the editorial's only current event besides the bombing). 'Les milliers' are participants."),
E(15, ["un homme armé d'un couteau avait blessé un enseignant devant un collège d'Angoulême"],
  "ATK", "2020-10-01", "month", "Angoulême", "FR", None, 1, "exact", None, None, True,
  "'En octobre 2020' -> month, background. Knife attack on a teacher -> Attack, null actor. 'blessé un enseignant' -> injured 1, exact."),
E(15, ["les démineurs avaient désamorcé un engin artisanal déposé devant la mairie de Guéret"],
  "DWU", "2022-03-01", "month", "Guéret", "FR", None, None, None, "police", None, True,
  "'En mars 2022' -> month, background. Device defused on its own -> Disrupted weapons use; bomb-disposal units -> 'police'."),
E(15, ["la DGSI arrêtait à Châteauroux deux adolescents de 16 et 17 ans"],
  "ARR", "2024-01-01", "month", "Châteauroux", "FR", None, None, None, "police", None, True,
  "'En janvier 2024' -> month, background. DGSI -> 'police'. '16 et 17 ans' are ages."),
E(15, ["un colis piégé blessait une postière à Périgueux"],
  "IED", "2025-11-01", "month", "Périgueux", "FR", None, 1, "exact", None, None, True,
  "'En novembre dernier' vs July 2026 -> November 2025, month, background. A parcel bomb -> Remote explosive/landmine/IED (events_holdout27 Payerne), null actor. 'blessait une postière' -> injured 1, exact."),
]
