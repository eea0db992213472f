"""Authoring source of benchmarks/events_holdout59 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Tozeur, Tunisia cluster (holdout59-011 to 015; English and
French), two suicide bombers on Saturday 13 June 2026 at two sites of one
town (the entrance of the old Ouled el-Hadef quarter and the horse-drawn
carriage stand near the central market, about 500 m and five minutes
apart): an English wire with a first report (011), a farmers' market's
notice to its stallholders ("avis aux exposants du marché paysan", fr 012),
a mobile library's timetable change ("changement d'horaires du bibliobus",
fr 013), an English wire on the claim and arrests, one of them in Algeria
(014), and a shared garden's letter to its gardeners ("lettre d'un jardin
partagé", fr 015). Tunisia and Algeria are UTC+1: every publication time
here is between 07:00 and 13:00 UTC, so every local date is the UTC date.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout59")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout59-011
ARTICLES.append(A(11, "en", "article", "2026-06-13T13:00:00Z",
"Two suicide bombers kill at least 10 in Tunisian oasis town",
"""
TOZEUR, Tunisia (Maghreb Wire) - Two suicide bombers blew themselves up five minutes apart in the southern Tunisian oasis town of Tozeur on Saturday morning, killing themselves and at least eight other people and wounding dozens, the interior ministry said.

The first attacker detonated his explosives at about 10:05 a.m. at the entrance to the old Ouled el-Hadef quarter, where tour groups gather before walking its patterned brick lanes. The second blew himself up at 10:10 at the horse-drawn carriage stand near the central market, about 500 metres away, as people ran from the first blast.

"The carriage horses bolted into the crowd," said Slim Gharbi, 52, who rents out bicycles for 15 dinars a day. At least two foreign tourists were among the dead, a hospital source said.

No group had claimed the attack by early afternoon. A security source said it "bore the hallmarks" of Islamic State, whose fighters have crossed into Tunisia from Libya in the past.

The region's last bombing dates back to 2017, when a roadside bomb wounded three soldiers on a mountain track near Redeyef, some 90 km to the north.

Tozeur, a town of about 40,000 people on the edge of the Chott el-Jerid salt lake, lives from dates and tourism; its airport receives charter flights from Paris and Lyon twice a week in summer. The interior ministry sent 800 extra police officers and national guardsmen, and the 11:30 flight to Tunis was cancelled. Hotels said 1,200 guests had been asked to stay in their rooms until mid-afternoon.

The health ministry appealed for blood donors at Tozeur's regional hospital, which has 180 beds, and sent six ambulances from Gafsa.
"""))
GOLD += [
E(11, ["Two suicide bombers blew themselves up five minutes apart", "The first attacker detonated his explosives", "The second blew himself up", "the first blast", "the attack"],
  "SUI", "2026-06-13", "day", "Tozeur", "TN", 10, 12, "at_least", None, None, False,
  "Wire of Saturday 13 June 2026 (14:00 in Tozeur); 'on Saturday morning' = the publication day. Two sites of one town (the Ouled el-Hadef quarter's entrance and the carriage stand, 'about 500 metres' and five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least eight other people and wounding dozens' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 12 ('dozens', dev table; the qualifier describes the killed figure). 'At least two foreign tourists' are a subset. No claim; 'bore the hallmarks' of Islamic State is speculation -> perpetrator null. '10:05 a.m.', '10:10', '500 metres', '52', '15 dinars', '40,000 people', 'twice a week', '800 extra police officers', '11:30', '1,200 guests', '180 beds', 'six ambulances' are not casualties."),
E(11, ["a roadside bomb wounded three soldiers on a mountain track near Redeyef"],
  "IED", "2017-01-01", "year", "Redeyef", "TN", None, 3, "exact", None, None, True,
  "'dates back to 2017' -> year, background. A roadside bomb -> Remote explosive/landmine/IED; no author named -> null. 'wounded three soldiers' -> injured 3, exact; killed null. '90 km' is a distance."),
]

# -------------------------------------------------------------- holdout59-012
ARTICLES.append(A(12, "fr", "article", "2026-06-15T07:00:00Z",
"Marché paysan de la palmeraie : avis aux exposants",
"""
MARCHÉ PAYSAN DE LA PALMERAIE DE TOZEUR - AVIS AUX EXPOSANTS. Tozeur, le lundi 15 juin 2026.

Chers exposants,

Après le double attentat-suicide de samedi, le comité d'organisation vous communique les décisions prises hier soir avec la municipalité.

1. BILAN. Samedi soir, on parlait de dix morts. Le ministère de la Santé a annoncé ce matin quatorze morts, les deux kamikazes compris, et 41 blessés. Parmi les morts figure Hédi, 67 ans, fidèle de l'emplacement 24 depuis la création du marché, blessé samedi près des calèches et décédé dimanche à l'hôpital régional. Deux autres exposants sont parmi les blessés.

2. MARCHÉS À VENIR. Le marché du mercredi 17 juin est annulé. Celui du samedi 20 juin aura lieu, mais il quitte le parking des calèches pour la cour du lycée, rue Ibn-Chabbat, de 7 heures à 12 heures. Les emplacements 1 à 60 sont maintenus ; le tirage au sort des emplacements 61 à 75 est reporté.

3. SÉCURITÉ. La garde nationale fouillera les véhicules à l'entrée, entre 6 heures et 7 heures. Pas plus de 2 personnes par stand. Les caisses de plus de 30 kilos devront être ouvertes devant les agents.

4. DROITS DE PLACE. Les 8 dinars payés le 13 juin seront remboursés. Ceux du 20 juin sont offerts par la municipalité.

5. L'ENQUÊTE. Les deux jeunes arrêtés samedi soir à Nefta, à 23 km, ne sont pas des exposants, précise la garde nationale, contrairement à ce qui circule sur les réseaux sociaux. Nos deux exposants de Nefta, entendus dimanche comme témoins, sont rentrés chez eux le soir même. Aucun groupe n'a revendiqué l'attentat à l'heure où nous écrivons.

6. SOLIDARITÉ. Une caisse sera tenue au stand 1 pour la famille de Hédi. Les apiculteurs de Degache offriront 40 pots de miel, et la coopérative de Nefta 200 kilos de dattes, au profit des familles.

Nous savons combien ces journées sont dures pour chacun de vous. Le marché reste le vôtre : revenons-y ensemble samedi.

Contact du comité : 76 45 22 09, de 8 heures à 18 heures.
"""))
GOLD += [
E(12, ["double attentat-suicide de samedi", "l'attentat à l'heure"],
  "SUI", "2026-06-13", "day", "Tozeur", "TN", 14, 41, "exact", None, None, False,
  "Notice of Monday 15 June; 'de samedi' -> 13 June. The toll is revised inside: 'dix morts' on Saturday evening (superseded) -> 'quatorze morts, les deux kamikazes compris, et 41 blessés' -> killed 14 (bombers inside; Hédi, 67, wounded on Saturday and dead on Sunday, is inside), injured 41, exact; 'Deux autres exposants' are a subset. 'Aucun groupe n'a revendiqué' -> perpetrator null. 'emplacement 24', '17 juin', '20 juin', '7 heures à 12 heures', 'emplacements 1 à 60', '61 à 75', '6 heures et 7 heures', '2 personnes', '30 kilos', '8 dinars', '13 juin', '23 km', 'stand 1', '40 pots', '200 kilos', '76 45 22 09', '8 heures à 18 heures' are not casualties."),
E(12, ["Les deux jeunes arrêtés samedi soir à Nefta"],
  "ARR", "2026-06-13", "day", "Nefta", "TN", None, None, None, "police", None, False,
  "'samedi soir' vs Monday 15 June -> 13 June, the evening of the bombing. The national guard (gendarmerie) is named as the source -> 'police'. The two stallholders 'entendus dimanche comme témoins' and home the same evening are not arrested."),
]

# -------------------------------------------------------------- holdout59-013
ARTICLES.append(A(13, "fr", "article", "2026-06-16T08:00:00Z",
"Bibliobus de Tozeur : horaires modifiés jusqu'au 30 juin",
"""
BIBLIOTHÈQUE RÉGIONALE DE TOZEUR - BIBLIOBUS. Changement d'horaires à compter du mardi 16 juin 2026.

En raison du double attentat-suicide du samedi 13 juin en centre-ville, revendiqué hier soir par l'État islamique, et des mesures de sécurité qui ont suivi, le bibliobus modifie sa tournée jusqu'au 30 juin. Le bilan s'élève désormais à quinze morts, dont les deux kamikazes, et 41 blessés. Une fillette de 9 ans, lectrice assidue de notre arrêt de la médina, est décédée hier de ses blessures. Toute l'équipe présente ses condoléances à sa famille.

ARRÊTS SUPPRIMÉS
- Médina (place Ouled el-Hadef) : supprimé jusqu'à nouvel ordre, le quartier restant bouclé.
- Marché central : supprimé jusqu'au 30 juin.

ARRÊT DÉPLACÉ
- Degache, place du souk : l'arrêt est déplacé devant la maison des jeunes. Dimanche, les démineurs de la garde nationale ont neutralisé sur la place une ceinture explosive abandonnée dans un sac sous l'abribus ; la place a été rouverte lundi à 14 heures.

NOUVEAUX HORAIRES
- Mardi : Nefta, de 9 h 00 à 11 h 30 ; Degache, de 14 h 00 à 16 h 00.
- Jeudi : El Hamma du Jérid, de 9 h 00 à 11 h 00 ; Tozeur, cité Chabbia, de 15 h 00 à 17 h 30.
- Samedi : Tozeur, cour du lycée, de 8 h 00 à 12 h 00, à côté du marché paysan.

PRÊTS ET ANIMATIONS. La durée des prêts passe de 21 à 42 jours, et aucune pénalité de retard ne sera appliquée avant le 15 juillet. Le bibliobus emporte 2 400 livres, dont 600 en français et 150 albums pour les tout-petits. L'heure du conte du 20 juin, prévue pour 25 enfants, est reportée ; une psychologue animera à la place un atelier de dessin, le jeudi 25 juin à 10 heures, à la bibliothèque.

Les cartes de lecteur arrivant à échéance en juin sont prolongées d'un an sans frais. Pour réserver un livre : 76 47 03 31, du mardi au samedi.

Merci de votre patience. Les livres, eux aussi, aident à tenir.
"""))
GOLD += [
E(13, ["double attentat-suicide du samedi 13 juin"],
  "SUI", "2026-06-13", "day", "Tozeur", "TN", 15, 41, "exact", "Islamic State", "Islamic State", False,
  "Timetable change of Tuesday 16 June; 'du samedi 13 juin' -> 13 June. 'quinze morts, dont les deux kamikazes, et 41 blessés' -> killed 15 (bombers inside; the girl of 9 who died 'hier', Monday, is inside), injured 41, exact. 'revendiqué hier soir par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. '16 juin', '30 juin', '9 ans', '14 heures', the stop hours, '21 à 42 jours', '15 juillet', '2 400 livres', '600', '150 albums', '20 juin', '25 enfants', '25 juin', '10 heures', 'un an', '76 47 03 31' are not casualties."),
E(13, ["les démineurs de la garde nationale ont neutralisé sur la place une ceinture explosive"],
  "DWU", "2026-06-14", "day", "Degache", "TN", None, None, None, "police", None, False,
  "'Dimanche' vs Tuesday 16 June -> 14 June. An explosive belt abandoned in a bag under a bus shelter on Degache's souk square, neutralised by the national guard's deminers, with no arrest -> Disrupted weapons use by 'police' (dev: gendarmerie-type forces are police). No casualty figure -> null."),
]

# -------------------------------------------------------------- holdout59-014
ARTICLES.append(A(14, "en", "article", "2026-06-17T09:00:00Z",
"Tunisia says Islamic State claim for Tozeur bombing is credible; smuggler held in Algeria",
"""
TOZEUR, Tunisia (Maghreb Wire) - Tunisian prosecutors said on Tuesday that Islamic State's claim of responsibility for Saturday's twin suicide bombing in Tozeur was credible, as Algerian forces arrested a suspected smuggler on the other side of the border.

Islamic State claimed the attack on Monday evening through its Amaq news agency, saying its fighters had killed "more than 60 crusaders". The toll stands at 15 dead, including the two bombers, and 41 wounded. The Okba Ibn Nafaa Brigade, an al-Qaeda-aligned group that once fought in Tunisia's western mountains, denied any involvement on Tuesday. An interior ministry official said the two bombers "may have been" trained in Libya.

Algerian gendarmes arrested a man on Tuesday at the Taleb Larbi border post, which faces Tunisia's Hazoua crossing, on suspicion of having carried the two explosive belts across the desert hidden in a fuel tanker, Tunisian investigators said. Tunisia has asked for his transfer.

On Monday, the national guard arrested a 29-year-old man in Metlaoui who is suspected of having driven the bombers from Gafsa to Tozeur on Friday. One of the two men arrested in Nefta on Saturday evening was charged on Tuesday with belonging to a terrorist group; the other remains in custody. The bombers' landlady was questioned for seven hours and released.

Tourism officials said 70 percent of July bookings in Tozeur had been cancelled. The 12 hotels of the town's tourist zone employ about 2,000 people.

The region was last hit in 2017, when a roadside bomb near Redeyef wounded three soldiers.
"""))
GOLD += [
E(14, ["Saturday's twin suicide bombing", "the attack"],
  "SUI", "2026-06-13", "day", "Tozeur", "TN", 15, 41, "exact", "Islamic State", "Islamic State", False,
  "Wire of Wednesday 17 June; 'Saturday's' -> 13 June. 'The toll stands at 15 dead, including the two bombers, and 41 wounded' -> killed 15 (bombers inside), injured 41, exact. Claimed on Monday evening by Islamic State through Amaq, judged 'credible' by prosecutors -> claimant and perpetrator 'Islamic State'; the claim's 'more than 60 crusaders' is never used. The Okba Ibn Nafaa Brigade's denial is not a claim; 'may have been' trained in Libya is speculation. '29-year-old', 'seven hours', '70 percent', '12 hotels', '2,000 people' are not casualties."),
E(14, ["Algerian forces arrested a suspected smuggler", "Algerian gendarmes arrested a man on Tuesday at the Taleb Larbi border post"],
  "ARR", "2026-06-16", "day", "Taleb Larbi", "DZ", None, None, None, "police", None, False,
  "First named in the lead ('Algerian forces arrested a suspected smuggler'); 'on Tuesday' vs Wednesday 17 June -> 16 June. The cluster's suspected facilitator (the smuggler thought to have carried the belts across the desert), arrested by Algerian gendarmes at the Taleb Larbi border post -> coded to Taleb Larbi in Algeria (DZ), not to the bombing's country; foreign gendarmerie -> 'police'. 'Tunisia has asked for his transfer' is a follow-up, not an event. Hazoua, the facing Tunisian crossing, holds no event."),
E(14, ["the national guard arrested a 29-year-old man in Metlaoui"],
  "ARR", "2026-06-15", "day", "Metlaoui", "TN", None, None, None, "police", None, False,
  "'On Monday' vs Wednesday 17 June -> 15 June. A man suspected of driving the bombers to Tozeur, arrested in Metlaoui by the national guard -> 'police'. Gafsa, where the drive started, holds no event."),
E(14, ["One of the two men arrested in Nefta on Saturday evening"],
  "ARR", "2026-06-13", "day", "Nefta", "TN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout59-012: 'on Saturday evening' vs Wednesday 17 June -> 13 June. 'was charged on Tuesday with belonging to a terrorist group' is the arrest's judicial follow-up, not a new event. No force named -> 'police'. The landlady 'questioned for seven hours and released' is not arrested."),
E(14, ["a roadside bomb near Redeyef wounded three soldiers"],
  "IED", "2017-01-01", "year", "Redeyef", "TN", None, 3, "exact", None, None, True,
  "'in 2017' -> year, background. A roadside bomb -> Remote explosive/landmine/IED, no author named -> null; 'wounded three soldiers' -> injured 3, exact (the same background event as in holdout59-011)."),
]

# -------------------------------------------------------------- holdout59-015
ARTICLES.append(A(15, "fr", "article", "2026-06-20T08:00:00Z",
"Lettre du jardin partagé de la palmeraie, juin 2026",
"""
JARDIN PARTAGÉ DE LA PALMERAIE - LETTRE AUX JARDINIÈRES ET AUX JARDINIERS. Tozeur, le samedi 20 juin 2026.

Chères amies, chers amis du jardin,

Cette lettre devait parler de tomates et de tours d'eau. Elle parle d'abord de Mabrouk. Notre doyen, 74 ans, qui cultivait la parcelle 9 depuis l'ouverture du jardin en 2019, attendait une calèche le samedi 13 juin quand le second kamikaze s'est fait exploser. Grièvement blessé, il est mort hier à l'hôpital de Sfax. Avec lui, le double attentat-suicide compte désormais seize morts, les deux kamikazes inclus, et 41 blessés. Il a été revendiqué par l'État islamique.

Jeudi, nous étions nombreux parmi les quelque 4 000 habitants qui ont marché en silence de la médina jusqu'au siège du gouvernorat, pour dire « non à la peur ». Tout s'est passé dans le calme, et les enfants du collège portaient des palmes.

Nous avons aussi appris avec soulagement que Walid, le neveu de notre trésorière, l'un des deux jeunes arrêtés le soir de l'attentat à Nefta, a été relâché mercredi sans inculpation. Il se trouvait simplement au mauvais endroit.

LES NOUVELLES DU JARDIN
- Tours d'eau : la source nous accorde 3 heures d'irrigation le lundi et le jeudi, de 5 heures à 8 heures, au lieu de 4 heures.
- Récolte : 320 kilos de tomates et 45 kilos de piments depuis mai ; la parcelle 9 sera cultivée en commun en mémoire de Mabrouk.
- Cotisation : 20 dinars par an, inchangée.
- L'atelier compost avec les 12 élèves du collège est reporté au 4 juillet.

Samedi prochain, à 7 heures, nous planterons un palmier deglet nour, le 101e du jardin, près de la parcelle 9. Que ceux qui le peuvent apportent un arrosoir et un chapeau : on annonce 44 degrés.

Prenez soin de vous et de vos voisins.

Pour le collectif, Souad et Lotfi (96 11 47 02).
"""))
GOLD += [
E(15, ["le second kamikaze s'est fait exploser", "le double attentat-suicide compte désormais", "Il a été revendiqué"],
  "SUI", "2026-06-13", "day", "Tozeur", "TN", 16, 41, "exact", "Islamic State", "Islamic State", False,
  "Garden letter of Saturday 20 June; 'le samedi 13 juin' -> 13 June (the first naming is the second bomber's blast at the carriage stand; two sites of one town -> ONE event). 'seize morts, les deux kamikazes inclus, et 41 blessés' -> killed 16 (bombers inside; Mabrouk, 74, who died 'hier', Friday 19 June, is inside), injured 41, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. Sfax, where he died, holds no event. '74 ans', 'parcelle 9', '2019', '3 heures', '5 heures à 8 heures', '4 heures', '320 kilos', '45 kilos', '20 dinars', '12 élèves', '4 juillet', '7 heures', '101e', '44 degrés', '96 11 47 02' are not casualties."),
E(15, ["les quelque 4 000 habitants qui ont marché en silence"],
  "PP", "2026-06-18", "day", "Tozeur", "TN", None, None, None, None, None, False,
  "'Jeudi' vs Saturday 20 June -> 18 June. A silent march from the medina to the governorate with a message (« non à la peur »), 'dans le calme' -> Peaceful protest, perpetrator null. 'quelque 4 000' counts marchers."),
E(15, ["l'un des deux jeunes arrêtés le soir de l'attentat à Nefta"],
  "ARR", "2026-06-13", "day", "Nefta", "TN", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout59-012: 'le soir de l'attentat' -> 13 June. 'relâché mercredi sans inculpation' (17 June) does not undo the arrest and is no event. No force named -> 'police'."),
]
