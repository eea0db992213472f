"""Authoring source of benchmarks/events_holdout37 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Monaco cluster (holdout37-011 to 015 and, numbered after the other
clusters, 021; French and English), two suicide bombers on Friday 14 August
2026 at two sites of one town (the Place du Casino in Monte-Carlo and the
summer fair on the Quai Albert-Ier of Port Hercule, about 800 m and seven
minutes apart): a French agency dispatch with the first toll and a
speculation (fr 011), a French sports club's statement postponing a match,
with a revised toll (fr 012), a French police appeal for witnesses and wanted
notice ("appel à témoins", "avis de recherche") with the claim and two
arrests (fr 013), an English "What we know / what we don't know" box (014),
French letters to the editor ("courrier des lecteurs") signed with towns
(fr 015), and a French op-ed ("tribune") five weeks later, in which the
bombing is background (fr 021). Monaco, France and Italy are UTC+2 in August
and September: every publication time here is before 22:00 UTC, so every
local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout37")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout37-011
ARTICLES.append(A(11, "fr", "article", "2026-08-14T21:45:00Z",
"Monaco : double attentat-suicide à Monte-Carlo et sur le port, au moins cinq morts",
"""
MONACO, (Agence Azur Presse) - Deux kamikazes se sont fait exploser vendredi soir à Monaco, l'un sur la place du Casino, à Monte-Carlo, l'autre sept minutes plus tard sur le quai Albert-Ier du port Hercule, faisant au moins cinq morts, en plus des deux assaillants, et une vingtaine de blessés, selon un premier bilan du gouvernement princier.

La première explosion s'est produite vers 21 h 40 devant les terrasses des cafés, à l'heure où des centaines de promeneurs attendaient le feu d'artifice prévu à 22 heures. La seconde a eu lieu à environ 800 mètres de là, au milieu des stands de la foire d'été installée sur le quai.

« J'ai entendu un boum énorme, tout le monde a couru vers le port, et là, il y a eu le deuxième », raconte Giulia, 27 ans, serveuse dans un restaurant du boulevard des Moulins.

Le centre hospitalier de la Principauté a déclenché son plan blanc ; une partie des blessés a été transférée vers les hôpitaux de Nice, à une vingtaine de kilomètres.

Aucune revendication n'avait été publiée vendredi à 23 h 30. Une source policière française estime que l'attaque « pourrait avoir été inspirée » par l'État islamique, tout en appelant à la prudence.

La Principauté, 2 km² et quelque 38 000 habitants, n'avait jamais connu d'attentat. La dernière alerte sérieuse dans la région remonte à mars 2025, quand les démineurs avaient désamorcé un engin explosif artisanal dans un train régional en gare de Menton, à une dizaine de kilomètres.

Le feu d'artifice a été annulé, les accès routiers à la Principauté ont été fermés et 300 gendarmes ont été envoyés en renfort depuis Nice et Marseille. Le Prince a prévu de s'adresser à la population samedi à midi. Un numéro d'urgence, le +377 92 05 50 50, a été ouvert pour les familles.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser vendredi soir à Monaco", "La première explosion", "La seconde a eu lieu", "l'attaque « pourrait avoir été inspirée »"],
  "SUI", "2026-08-14", "day", "Monaco", "MC", 7, 20, "at_least", None, None, False,
  "'vendredi soir' = publication day, Friday 14 August 2026 (published 23:45 local, UTC+2). Two sites of one town (the Place du Casino in Monte-Carlo, a quarter of Monaco, and the quay of Port Hercule, about 800 m and seven minutes apart) -> ONE Suicide bomb event coded to Monaco. First report: 'au moins cinq morts, en plus des deux assaillants, et une vingtaine de blessés' -> killed 5 + 2 bombers = 7, at_least; injured 20 ('une vingtaine', dev table); the qualifier describes the killed figure. « pourrait avoir été inspirée » par l'État islamique is speculation, no claim -> null. '21 h 40', '22 heures', '800 mètres', '27 ans', 'une vingtaine de kilomètres' (a distance, not the wounded), '23 h 30', '2 km²', '38 000 habitants', '300 gendarmes', '+377 92 05 50 50' are not casualties."),
E(11, ["les démineurs avaient désamorcé un engin explosif artisanal dans un train régional en gare de Menton"],
  "DWU", "2025-03-01", "month", "Menton", "FR", None, None, None, "police", None, True,
  "'mars 2025' -> month, background. A device defused on its own -> Disrupted weapons use; the bomb-disposal team ('les démineurs') is a state security service -> 'police'. A station -> its town, Menton (France). 'une dizaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout37-012
ARTICLES.append(A(12, "fr", "article", "2026-08-15T11:00:00Z",
"Communiqué du club : le match de ce samedi est reporté",
"""
RIVIERA MONACO HANDBALL - COMMUNIQUÉ OFFICIEL - Samedi 15 août 2026, 12 h 30

Le Riviera Monaco Handball a appris avec effroi et une immense tristesse le double attentat-suicide qui a frappé hier soir la place du Casino et le port Hercule.

Selon le dernier bilan communiqué ce matin à 9 heures par le gouvernement princier, les attaques ont fait neuf morts, dont les deux kamikazes, et trente-quatre blessés. Hier soir, un premier bilan faisait état d'au moins cinq morts. Parmi les blessés figure Théo, 16 ans, ailier de notre équipe des moins de 18 ans, touché aux jambes sur le quai Albert-Ier. Ses jours ne sont pas en danger. Le club adresse ses pensées à sa famille et à toutes les victimes.

En accord avec la Ligue et avec notre adversaire, l'Entente Var Handball, le match amical prévu ce samedi à 20 h 30 à la salle omnisports de Fontvieille est reporté à une date ultérieure. Les 1 450 billets vendus (12 euros, tarif réduit 6 euros) seront remboursés automatiquement sous 10 jours ; les abonnés n'ont aucune démarche à faire.

La salle, qui compte 2 100 places, sera mise à la disposition du centre de transfusion sanguine dimanche, de 9 heures à 17 heures ; 200 donneurs sont attendus.

Le club versera 10 000 euros au fonds de soutien aux victimes ouvert par la Principauté. Une minute de silence sera observée lors de notre prochain match à domicile, et nos joueurs porteront un brassard noir jusqu'à la fin du mois.

Nous appelons nos supporters à respecter les consignes des autorités, à se tenir à l'écart du port et à ne pas relayer de rumeurs sur les réseaux sociaux.

Renseignements billetterie : +377 97 70 12 34, du lundi au vendredi, de 10 heures à 18 heures.

Le président, Laurent Giordano, et l'ensemble du club.
"""))
GOLD += [
E(12, ["le double attentat-suicide qui a frappé hier soir", "les attaques ont fait neuf morts"],
  "SUI", "2026-08-14", "day", "Monaco", "MC", 9, 34, "exact", None, None, False,
  "'hier soir' vs Saturday 15 August -> Friday 14 August. Toll revised inside the statement: 'au moins cinq morts' (last night) is superseded by the government's 'neuf morts, dont les deux kamikazes, et trente-quatre blessés' -> 9 (bombers inside), 34, exact. Théo, 16, is one of the wounded (inside the 34). No claim yet -> null. '12 h 30', '9 heures', '16 ans', '18 ans', '20 h 30', '1 450 billets', '12 euros', '6 euros', '10 jours', '2 100 places', '9 heures à 17 heures', '200 donneurs', '10 000 euros', '+377 97 70 12 34', '10 heures à 18 heures' are not casualties. The postponed match and the minute of silence are not events."),
]

# -------------------------------------------------------------- holdout37-013
ARTICLES.append(A(13, "fr", "article", "2026-08-17T08:30:00Z",
"Attentat de Monaco : la Sûreté publique lance un appel à témoins et diffuse un avis de recherche",
"""
DIRECTION DE LA SÛRETÉ PUBLIQUE - APPEL À TÉMOINS ET AVIS DE RECHERCHE

Dans le cadre de l'enquête sur le double attentat-suicide du vendredi 14 août à Monaco, revendiqué dimanche par Al-Qaïda au Maghreb islamique (AQMI), la Direction de la Sûreté publique, en lien avec la police judiciaire de Nice et la police italienne, recherche l'homme dont le signalement suit.

Identité : Yassine Benali, 31 ans, né à Marseille.
Taille : 1,82 m. Corpulence mince. Cheveux bruns courts, barbe de trois jours, cicatrice de 4 cm sur la joue gauche.
Dernière apparition : samedi 15 août vers 6 h 10 à la gare de Monaco, montant dans un train régional pour Vintimille, vêtu d'un sweat gris et portant un sac à dos noir.

Il est soupçonné d'avoir fourni les deux ceintures explosives. Cet individu est susceptible d'être armé et dangereux : ne tentez en aucun cas de l'approcher.

Récompense : jusqu'à 50 000 euros pour tout renseignement permettant de le localiser.

Numéro d'appel : +377 93 15 30 15, 24 heures sur 24, ou le 112 depuis la France et l'Italie. L'anonymat est garanti.

Rappel des faits. L'attentat a fait onze morts, y compris les deux kamikazes, et trente-quatre blessés. Deux blessés graves sont décédés dimanche. La revendication d'AQMI est jugée authentique par les enquêteurs, qui contestent en revanche le chiffre de « plus de cent croisés tués » qu'elle avance.

Enquête. Deux hommes ont été arrêtés samedi à Beausoleil, commune française limitrophe, dans l'appartement où les kamikazes auraient dormi la veille. Une femme a été interpellée dimanche à Vintimille par la police italienne.

Appel à témoins. Toute personne ayant filmé ou photographié la place du Casino ou le quai Albert-Ier entre 21 h 30 et 21 h 50 vendredi est invitée à déposer ses images sur la plateforme sécurisée de la Sûreté publique. Plus de 2 300 fichiers ont déjà été reçus.
"""))
GOLD += [
E(13, ["le double attentat-suicide du vendredi 14 août à Monaco", "L'attentat a fait onze morts"],
  "SUI", "2026-08-14", "day", "Monaco", "MC", 11, 34, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "'du vendredi 14 août', three days before Monday 17 August -> current. 'onze morts, y compris les deux kamikazes, et trente-quatre blessés' -> 11 (bombers inside; 'Deux blessés graves sont décédés dimanche' raised it from 9), 34, exact. The claim of « Al-Qaïda au Maghreb islamique (AQMI) », 'jugée authentique' by the investigators -> claimant and perpetrator, canonical 'al-Qaeda in the Islamic Maghreb' (as in earlier sets). Its 'plus de cent croisés tués' is the claimant's figure, never used. The wanted man is sought, not arrested: no event. '31 ans', '1,82 m', '4 cm', '6 h 10', '50 000 euros', '+377 93 15 30 15', '24 heures', '112', '21 h 30 et 21 h 50', '2 300 fichiers' are not casualties."),
E(13, ["Deux hommes ont été arrêtés samedi à Beausoleil"],
  "ARR", "2026-08-15", "day", "Beausoleil", "FR", None, None, None, "police", None, False,
  "'samedi' vs Monday 17 August -> Saturday 15 August. Beausoleil is the French commune next to Monaco -> FR. No force named in the sentence; the Sûreté publique and the police judiciaire of Nice lead the inquiry -> 'police'."),
E(13, ["Une femme a été interpellée dimanche à Vintimille par la police italienne"],
  "ARR", "2026-08-16", "day", "Ventimiglia", "IT", None, None, None, "police", None, False,
  "'dimanche' vs Monday 17 August -> Sunday 16 August. Vintimille is the French name of Ventimiglia (Italy); the gold keeps the English spelling. The Italian police in Italy -> 'police' (the police of the country where the arrest happened, dev)."),
]

# -------------------------------------------------------------- holdout37-014
ARTICLES.append(A(14, "en", "article", "2026-08-19T10:00:00Z",
"Monaco bombings: what we know, and what we don't",
"""
Five days after two suicide bombers struck the heart of Monaco, here is what investigators have established, and the questions that remain open.

WHAT WE KNOW

The attacks. The first bomber blew himself up at 9:40 p.m. on Friday 14 August in Place du Casino, in Monte-Carlo; the second, seven minutes later, among the stalls of the summer fair on Quai Albert-Ier, about 800 metres away.

The toll. Twelve people were killed, not counting the two bombers, and 41 were wounded, the government said on Tuesday after two more of the injured died. The number of wounded was raised from 34 once people treated in Nice had been counted.

The claim. Al-Qaeda in the Islamic Maghreb (AQIM) claimed the bombings on Sunday, boasting of "more than 100 crusaders" killed. French and Monegasque investigators consider the claim credible. The Corsican separatist group FLNC, whose name circulated online, denied any involvement.

The arrests. Two men were arrested on Saturday in Beausoleil; one of them was released without charge on Monday. A woman was detained on Sunday in Ventimiglia. On Tuesday, French police arrested a 44-year-old car rental agent in Nice suspected of renting out the van that carried the explosives.

WHAT WE DON'T KNOW

Where the third man is. Police are hunting a 31-year-old man, 1.82 metres tall, seen boarding a train to Ventimiglia on Saturday morning. A reward of up to 50,000 euros is offered.

Where the bombers trained. France's interior minister said they "may have been" in contact with AQIM recruiters in southern Algeria, without giving evidence.

How many people were in the square. Organisers of the fair put the crowd at about 3,000.

Whether a man questioned for nine hours in Menton on Monday, then released, had any role.

When the casino will reopen. It has been closed since Friday, and its 420 employees are on paid leave.
"""))
GOLD += [
E(14, ["two suicide bombers struck the heart of Monaco", "The attacks.", "The first bomber blew himself up", "claimed the bombings on Sunday"],
  "SUI", "2026-08-14", "day", "Monaco", "MC", 14, 41, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "'on Friday 14 August' -> current ('Five days after' vs Wednesday 19 August). 'Twelve people were killed, not counting the two bombers, and 41 were wounded' -> 12 + 2 bombers = 14, injured 41 (raised 'from 34'), exact. AQIM's claim, considered 'credible' -> claimant and perpetrator ('al-Qaeda in the Islamic Maghreb'); its 'more than 100 crusaders' is never used. The FLNC's denial is not a claim; the minister's 'may have been' is speculation: not coded. Monte-Carlo is a quarter of Monaco. '9:40 p.m.', 'seven minutes', '800 metres', '44-year-old', '31-year-old', '1.82 metres', '50,000 euros', 'about 3,000' (a crowd), 'nine hours', '420 employees' are not casualties."),
E(14, ["Two men were arrested on Saturday in Beausoleil"],
  "ARR", "2026-08-15", "day", "Beausoleil", "FR", None, None, None, "police", None, False,
  "'on Saturday' vs Wednesday 19 August -> 15 August. 'one of them was released without charge on Monday': the arrest stays an Arrests event at its own day; the release is not an event. No force named; police in the cluster -> 'police'."),
E(14, ["A woman was detained on Sunday in Ventimiglia"],
  "ARR", "2026-08-16", "day", "Ventimiglia", "IT", None, None, None, "police", None, False,
  "'on Sunday' vs Wednesday 19 August -> 16 August. 'detained' by the police (Italian police in holdout37-013) -> Arrests, 'police'."),
E(14, ["French police arrested a 44-year-old car rental agent in Nice"],
  "ARR", "2026-08-18", "day", "Nice", "FR", None, None, None, "police", None, False,
  "'On Tuesday' vs Wednesday 19 August -> 18 August. The cluster's suspected facilitator (the agent who rented out the van) -> Arrests; French police in France -> 'police'. The man 'questioned for nine hours in Menton ... then released' is questioned, not arrested; the wanted man is not arrested."),
]

# -------------------------------------------------------------- holdout37-015
ARTICLES.append(A(15, "fr", "article", "2026-08-22T07:00:00Z",
"Courrier des lecteurs : « Je n'ai jamais été aussi fière de ma ville »",
"""
Cette semaine, vous avez été nombreux à nous écrire après le double attentat-suicide du 14 août. Voici une sélection de vos lettres, parfois raccourcies.

« Dimanche, nous étions des milliers à la marche blanche, de la cathédrale à la place du Casino, pour réclamer la paix et la sécurité. Pas un cri, pas un slogan de haine, pas un incident. Je n'ai jamais été aussi fière de ma ville. » Hélène V., Monaco

« Les chiffres me donnent le vertige : quatorze morts, dont les deux kamikazes, et quarante et un blessés, dans un pays de 2 km². Mais je voudrais qu'on parle aussi des 420 salariés du casino, au chômage technique depuis une semaine. » Paolo R., Roquebrune-Cap-Martin

« Mon voisin fait partie des deux hommes arrêtés samedi dernier à Beausoleil. Il a été relâché lundi sans aucune charge, mais son nom et sa photo circulent toujours sur les réseaux. Qui va réparer ça ? » Karim A., Beausoleil

« J'habite Menton depuis quarante ans. En mars 2025 déjà, les démineurs avaient désamorcé une bombe dans un train en gare de Menton. On nous avait promis des portiques ; il n'y en a toujours aucun. » Jeanne P., Menton

« À Vintimille, la police a arrêté une femme dimanche dernier, à deux rues de chez moi. Et qui se souvient de la grenade lancée en 2019 contre un bar de Sanremo, qui avait blessé trois clients ? La Riviera n'a jamais été à l'abri. » Luisa C., Vintimille

« Que l'attentat ait été revendiqué par AQMI ne change rien pour moi : je rouvrirai ma boutique sur le port dès que la police le permettra. Le loyer, 6 800 euros par mois, ne s'arrête pas de courir. » Marc D., Monaco

« Mon fils de 9 ans me demande si les méchants vont revenir. Que répondre ? Les 23 écoles de la Principauté rouvrent le 1er septembre ; j'aimerais qu'on y envoie des psychologues. » Sandrine L., Cap-d'Ail

Vos lettres (1 500 signes au maximum) sont à adresser à la rédaction, 12, rue Grimaldi, ou par courriel.
"""))
GOLD += [
E(15, ["le double attentat-suicide du 14 août", "Que l'attentat ait été revendiqué par AQMI"],
  "SUI", "2026-08-14", "day", "Monaco", "MC", 14, 41, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", False,
  "'du 14 août', eight days before Saturday 22 August -> current. A reader's 'quatorze morts, dont les deux kamikazes, et quarante et un blessés' -> 14, 41, exact (the cluster's official figure of holdout37-014). 'revendiqué par AQMI' -> claimant and perpetrator 'al-Qaeda in the Islamic Maghreb', told by the reader and not disputed. '2 km²', '420 salariés', 'quarante ans', '6 800 euros', '9 ans', '23 écoles', '1er septembre', '1 500 signes', '12, rue Grimaldi' are not casualties."),
E(15, ["nous étions des milliers à la marche blanche"],
  "PP", "2026-08-16", "day", "Monaco", "MC", None, None, None, None, None, False,
  "'Dimanche' vs Saturday 22 August -> Sunday 16 August. A march with a demand ('pour réclamer la paix et la sécurité'), 'pas un incident' -> Peaceful protest, null. 'des milliers' are marchers."),
E(15, ["deux hommes arrêtés samedi dernier à Beausoleil"],
  "ARR", "2026-08-15", "day", "Beausoleil", "FR", None, None, None, "police", None, False,
  "'samedi dernier' on a Saturday (22 August) -> the Saturday before, 15 August (dev: the most recent such day before publication). Participle restating the arrest; 'relâché lundi sans aucune charge' (a release) keeps it an arrest. 'police'."),
E(15, ["les démineurs avaient désamorcé une bombe dans un train en gare de Menton"],
  "DWU", "2025-03-01", "month", "Menton", "FR", None, None, None, "police", None, True,
  "'En mars 2025' -> month, background (the device of holdout37-011). Bomb-disposal team -> 'police'."),
E(15, ["la police a arrêté une femme dimanche dernier"],
  "ARR", "2026-08-16", "day", "Ventimiglia", "IT", None, None, None, "police", None, False,
  "'À Vintimille ... dimanche dernier' vs Saturday 22 August -> Sunday 16 August (the arrest of holdout37-013). Vintimille -> Ventimiglia, IT; 'police'. 'à deux rues' is a distance."),
E(15, ["la grenade lancée en 2019 contre un bar de Sanremo"],
  "GRN", "2019-01-01", "year", "Sanremo", "IT", None, 3, "exact", None, None, True,
  "'en 2019' -> year, background. A thrown grenade, thrower unnamed -> null. 'qui avait blessé trois clients' -> injured 3, exact."),
]

# -------------------------------------------------------------- holdout37-021
ARTICLES.append(A(21, "fr", "article", "2026-09-21T08:00:00Z",
"Tribune - « Après Monaco, cessons de croire que la richesse protège »",
"""
Par Élodie Marchetti, criminologue, chercheuse à l'Institut méditerranéen de sécurité.

Il y a cinq semaines, le 14 août, deux kamikazes se faisaient exploser sur la place du Casino et sur le port Hercule. Quinze morts, dont les deux auteurs, et quarante et un blessés : le bilan s'est encore alourdi le 2 septembre avec le décès d'une touriste britannique de 62 ans. L'attentat, revendiqué par Al-Qaïda au Maghreb islamique, a brisé une illusion : celle d'un îlot que sa richesse et ses quelque 550 policiers, un pour 70 habitants, mettaient à l'abri.

L'enquête, elle, avance. L'homme recherché depuis un mois a été arrêté le 12 septembre à Sanremo par la police italienne, dans une pension où il réglait sa chambre 90 euros la nuit, en liquide. Le loueur de voitures arrêté à Nice le 18 août a été mis en examen à Paris pour complicité.

Mais la leçon est ailleurs. Depuis des années, la Riviera vivait sur l'idée que le terrorisme frappait les autres. Les signaux existaient pourtant : la bombe désamorcée en gare de Menton en mars 2025, la grenade lancée contre un bar de Sanremo en 2019, qui avait blessé trois clients. Chaque fois, on a parlé d'un « cas isolé ».

Je propose trois mesures. D'abord, un fichier commun aux polices de Monaco, de France et d'Italie, qui n'échangent encore leurs informations que par courrier dans 40 % des cas. Ensuite, un budget de 12 millions d'euros sur trois ans pour la vidéoprotection des gares, de Nice à Vintimille. Enfin, une cellule d'écoute pour les 1 800 personnes, témoins et proches, que les associations estiment durablement choquées.

La richesse n'achète ni l'immunité ni l'oubli. Elle peut, en revanche, financer la prévention. Il serait temps de s'en souvenir avant le prochain 14 août.
"""))
GOLD += [
E(21, ["deux kamikazes se faisaient exploser sur la place du Casino", "L'attentat, revendiqué par Al-Qaïda au Maghreb islamique"],
  "SUI", "2026-08-14", "day", "Monaco", "MC", 15, 41, "exact", "al-Qaeda in the Islamic Maghreb", "al-Qaeda in the Islamic Maghreb", True,
  "'le 14 août' vs Monday 21 September -> 38 days before publication -> background (30-day rule), although the op-ed is about it. 'Quinze morts, dont les deux auteurs, et quarante et un blessés' -> 15 (bombers inside; the 62-year-old tourist who died on 2 September raised it), 41, exact. 'revendiqué par Al-Qaïda au Maghreb islamique' -> claimant and perpetrator. 'Il y a cinq semaines' confirms the date. '62 ans', '550 policiers', '70 habitants', '90 euros', '40 %', '12 millions d'euros', 'trois ans', '1 800 personnes' (people in shock, not casualties) are not casualties; 'le prochain 14 août' is not an event."),
E(21, ["L'homme recherché depuis un mois a été arrêté le 12 septembre à Sanremo"],
  "ARR", "2026-09-12", "day", "Sanremo", "IT", None, None, None, "police", None, False,
  "'le 12 septembre', nine days before 21 September -> current. The wanted man of holdout37-013 and 014; the Italian police in Italy -> 'police'. '90 euros la nuit' is money."),
E(21, ["Le loueur de voitures arrêté à Nice le 18 août"],
  "ARR", "2026-08-18", "day", "Nice", "FR", None, None, None, "police", None, True,
  "'le 18 août', 34 days before 21 September -> background. The facilitator's arrest of holdout37-014, told through its follow-up ('mis en examen à Paris') -> one Arrests event at the arrest's place and day. 'police'."),
E(21, ["la bombe désamorcée en gare de Menton en mars 2025"],
  "DWU", "2025-03-01", "month", "Menton", "FR", None, None, None, "police", None, True,
  "'en mars 2025' -> month, background (holdout37-011, 015). Defused by the bomb-disposal service -> 'police'."),
E(21, ["la grenade lancée contre un bar de Sanremo en 2019"],
  "GRN", "2019-01-01", "year", "Sanremo", "IT", None, 3, "exact", None, None, True,
  "'en 2019' -> year, background (holdout37-015). Thrower unnamed -> null; 'avait blessé trois clients' -> injured 3, exact."),
]
