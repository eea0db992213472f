"""Authoring source of benchmarks/events_holdout45 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Saint-Pierre, Réunion cluster (holdout45-011 to 015; French and
English), two suicide bombers on Sunday 23 August 2026 at two sites of one
town (the bandstand on the seafront and the entrance of the covered market,
about 500 m and five minutes apart): a French agency dispatch with a first
report (fr 011), the information note of a seismological network that
recorded the two explosions ("note d'une station sismologique", fr 012), an
English note slipped under the doors of a hotel's guests (013), the appeal
of an animal shelter ("appel d'un refuge pour animaux", fr 014) and, six
weeks later, the decision of a journalism ethics council on a radio's
coverage of the bombing ("décision d'un conseil de déontologie
journalistique", fr 015). Réunion is UTC+4 and mainland France UTC+2 in
August to October: every publication time here is between 05:00 and 09:00
UTC, so every local date is the UTC date. Réunion is coded RE (its own ISO
3166-1 code). "Saint-Pierre", "Saint-Denis" and "Saint-Louis" are the
Réunion communes (country RE). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout45")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout45-011
ARTICLES.append(A(11, "fr", "article", "2026-08-23T09:00:00Z",
"La Réunion : double attentat-suicide à Saint-Pierre, au moins onze morts",
"""
SAINT-PIERRE (La Réunion), (Agence Océan Indien Presse) - Deux kamikazes ont déclenché leurs charges à cinq minutes d'intervalle dimanche matin sur le front de mer de Saint-Pierre, dans le sud de La Réunion, faisant au moins onze morts, dont les deux assaillants, et une vingtaine de blessés, a annoncé la préfecture.

La première explosion s'est produite vers 10 h 14 près du kiosque à musique, où se tenait un concert de maloya devant quelque 2 000 personnes. La seconde a eu lieu à 10 h 19 à l'entrée du marché couvert, à environ 500 mètres, où une partie du public s'était réfugiée.

« On a cru à un pétard, puis on a vu les corps », témoigne Johan, 19 ans, qui jouait au ballon sur la plage. Les secours ont installé un poste médical avancé sur le parking du port de plaisance.

Aucune revendication n'avait été enregistrée à la mi-journée. Une source policière estime que le mode opératoire « pourrait être lié à la mouvance d'Al-Qaïda », sans autre précision. Le parquet national antiterroriste (PNAT) s'est saisi de l'enquête.

L'île n'avait connu qu'un précédent : en 2017, deux engins artisanaux avaient explosé à quelques heures d'intervalle devant la mairie de Saint-Benoît et devant la gendarmerie de Saint-André, sans faire de victime. Un militant indépendantiste avait été condamné à huit ans de prison.

Le préfet a fermé les plages du sud jusqu'à nouvel ordre. Les vols de l'aéroport de Pierrefonds sont suspendus, et le CHU Sud a déclenché son plan blanc. Un numéro pour les familles, le 0800 97 40 40, est ouvert. Saint-Pierre, qui compte 86 000 habitants, se trouve à 70 km de Saint-Denis, le chef-lieu.
"""))
GOLD += [
E(11, ["Deux kamikazes ont déclenché leurs charges", "La première explosion", "La seconde a eu lieu"],
  "SUI", "2026-08-23", "day", "Saint-Pierre", "RE", 11, 20, "at_least", None, None, False,
  "Agency dispatch of Sunday 23 August 2026 (13:00 in Réunion); 'dimanche matin' = the publication day. Two sites of one town (the bandstand on the seafront and the covered market, 'environ 500 mètres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins onze morts, dont les deux assaillants, et une vingtaine de blessés' -> killed 11 (bombers inside), at_least; injured 20 ('une vingtaine', dev table; the qualifier describes the killed figure). No claim; « pourrait être lié à la mouvance d'Al-Qaïda » is speculation -> perpetrator null. '10 h 14', '2 000 personnes' (the concert crowd), '10 h 19', '500 mètres', '19 ans', '0800 97 40 40', '86 000 habitants', '70 km' are not casualties."),
E(11, ["deux engins artisanaux avaient explosé à quelques heures d'intervalle devant la mairie de Saint-Benoît"],
  "IED", "2017-01-01", "year", "Saint-Benoît", "RE", 0, 0, "exact", None, None, True,
  "'en 2017' -> year, background. Two homemade devices in two towns hours apart are two events (one per place): this one at the Saint-Benoît town hall. 'sans faire de victime' says explicitly that nobody was killed or hurt -> killed 0, injured 0, exact (dev: 0 only when the text says so). 'Un militant indépendantiste avait été condamné à huit ans de prison' names an unnamed individual, no group -> perpetrator null (dev: unnamed actors are null); 'huit ans' is a sentence, not a figure; the conviction is no event."),
E(11, ["devant la gendarmerie de Saint-André"],
  "IED", "2017-01-01", "year", "Saint-André", "RE", 0, 0, "exact", None, None, True,
  "'en 2017' -> year, background. The second homemade device, at the Saint-André gendarmerie, hours after the first -> its own Remote explosive/landmine/IED event ('avaient explosé' carries over). 'sans faire de victime' covers both devices -> killed 0, injured 0, exact. Perpetrator null (as for Saint-Benoît)."),
]

# -------------------------------------------------------------- holdout45-012
ARTICLES.append(A(12, "fr", "article", "2026-08-24T06:00:00Z",
"Les deux explosions de Saint-Pierre enregistrées par le réseau sismologique",
"""
RÉSEAU SISMOLOGIQUE DU SUD DE LA RÉUNION - NOTE D'INFORMATION N° 2026-31. Saint-Pierre, le lundi 24 août 2026, 10 heures (heure de La Réunion, UTC+4).

Objet : signaux enregistrés le dimanche 23 août 2026 au matin.

1. Les stations SPR2 (Saint-Pierre, Ravine Blanche) et TMP1 (Le Tampon, 9 km au nord) ont enregistré deux signaux brefs, à 10 h 14 min 07 s et à 10 h 19 min 52 s, heure locale, soit 5 minutes et 45 secondes d'écart. Leur forme, très impulsive et sans onde de cisaillement nette, est celle d'explosions en surface, et non de séismes.

2. La localisation des deux sources, distantes d'environ 520 mètres, correspond au front de mer et à l'entrée du marché couvert, où se sont produits les deux attentats-suicides de dimanche. Les magnitudes équivalentes sont de 0,9 et 1,1. Chaque charge est estimée, avec une forte incertitude, entre 8 et 15 kg d'équivalent TNT.

3. Le bilan humain n'est pas de notre compétence. Nous reprenons celui de la préfecture : le décompte provisoire de dimanche soir, treize morts, a été porté ce matin à quinze morts, y compris les deux kamikazes, et 58 blessés. Le réseau présente ses condoléances aux familles.

4. Ces signaux n'ont aucun lien avec le Piton de la Fournaise, situé à 38 km, dont l'activité reste calme : 3 séismes volcano-tectoniques par jour en moyenne en août, contre 12 en juillet.

5. En 2017, l'engin artisanal qui avait explosé devant la mairie de Saint-Benoît n'avait pas été détecté, la station la plus proche étant à 14 km.

Les données brutes, échantillonnées à 100 points par seconde, ont été transmises au PNAT. Contact presse : 0262 27 51 90.
"""))
GOLD += [
E(12, ["les deux attentats-suicides de dimanche"],
  "SUI", "2026-08-23", "day", "Saint-Pierre", "RE", 15, 58, "exact", None, None, False,
  "Seismological note of Monday 24 August; 'le dimanche 23 août 2026' and 'de dimanche' -> 23 August. The plural 'les deux attentats-suicides' names the twin bombing: two sites of one town ('distantes d'environ 520 mètres', 5 min 45 s apart) -> ONE event coded to Saint-Pierre. The toll is revised inside: 'le décompte provisoire de dimanche soir, treize morts' is superseded by 'quinze morts, y compris les deux kamikazes, et 58 blessés' -> killed 15 (bombers inside), injured 58, exact. No claim -> perpetrator null. The recorded 'deux signaux brefs' and 'explosions en surface' describe the signals, not triggers. '10 heures', 'UTC+4', 'SPR2', 'TMP1', '9 km', '10 h 14 min 07 s', '10 h 19 min 52 s', '5 minutes et 45 secondes', '520 mètres', magnitudes '0,9' and '1,1', '8 et 15 kg', '38 km', '3 séismes', '12', '14 km', '100 points par seconde', '0262 27 51 90' are not casualties."),
E(12, ["l'engin artisanal qui avait explosé devant la mairie de Saint-Benoît"],
  "IED", "2017-01-01", "year", "Saint-Benoît", "RE", None, None, None, None, None, True,
  "'En 2017' -> year, background: the Saint-Benoît device of holdout45-011. This note gives no casualty figure for it -> null (each document stands alone). No author -> null."),
]

# -------------------------------------------------------------- holdout45-013
ARTICLES.append(A(13, "en", "article", "2026-08-26T05:00:00Z",
"A note to our guests",
"""
HÔTEL LES ALIZÉS DU SUD - SAINT-PIERRE. NOTE TO OUR GUESTS, Wednesday 26 August 2026 (slipped under every door; French and German versions at reception).

Dear guests,

Sunday's twin suicide bombing on the seafront, 300 metres from our lobby, has left 16 people dead, including the two bombers, and 58 injured. A 16-year-old surfer from Saint-Leu died of his wounds on Tuesday. Two of our guests are among the injured and are recovering at the CHU Sud; none of our staff was hurt.

On Tuesday, al-Qaeda in the Arabian Peninsula claimed responsibility, boasting of "more than a hundred" dead. The national anti-terrorism prosecutor said the claim was credible. Islamic State, in a message on Monday, had denied any role. Police believe the bombers "may have been" helped by a network in mainland France.

Two men were arrested in Le Tampon on Sunday evening, and police detained a third man at his home in Saint-Denis on Monday. Our night porter was questioned by the police for three hours on Monday as a witness and released.

Practical information:
- The seafront and the covered market remain closed. The beach in front of the hotel reopens on Thursday from 8:00.
- Breakfast is served from 6:30 to 10:30; the restaurant closes at 21:00 until Saturday.
- Free cancellation: stays until 6 September can be cancelled or moved at no cost; call +262 262 25 60 60 or go to desk 2.
- Flights from Pierrefonds resumed on Tuesday. Guests booked on flight UU 975 to Paris on Friday should check in three hours early. Our shuttle to the airport costs EUR 35.
- The pool, the spa and room 118, used by the medical teams on Sunday, are open again.

On Tuesday evening, some 20,000 people walked in silence along the seafront, from the marina to the market, behind a banner in Creole, "Nou la pa pèr" ("We are not afraid"). On Sunday at 10:14 the hotel will observe a minute of silence.

With our warm regards,
The management
"""))
GOLD += [
E(13, ["Sunday's twin suicide bombing"],
  "SUI", "2026-08-23", "day", "Saint-Pierre", "RE", 16, 58, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Hotel note of Wednesday 26 August; 'Sunday's' -> 23 August. '16 people dead, including the two bombers, and 58 injured' -> killed 16 (bombers inside; the surfer, 16, who died Tuesday, is inside), injured 58, exact; 'Two of our guests' are a subset. 'al-Qaeda in the Arabian Peninsula claimed responsibility' on Tuesday, judged 'credible' by the anti-terrorism prosecutor -> claimant and perpetrator (the canonical name earlier sets use); the claim's 'more than a hundred' dead is never used. Islamic State's denial is not a claim; 'may have been helped' is speculation. '300 metres', '16-year-old', 'three hours', '8:00', '6:30 to 10:30', '21:00', '6 September', '+262 262 25 60 60', 'desk 2', 'UU 975', 'EUR 35', 'room 118', '20,000 people' (marchers), '10:14' are not casualties; the minute of silence on Sunday 30 August is future and not coded."),
E(13, ["Two men were arrested in Le Tampon on Sunday evening"],
  "ARR", "2026-08-23", "day", "Le Tampon", "RE", None, None, None, "police", None, False,
  "'on Sunday evening' vs Wednesday 26 August -> 23 August, the evening of the bombing. No force named -> 'police' (the cluster's police)."),
E(13, ["police detained a third man at his home in Saint-Denis on Monday"],
  "ARR", "2026-08-24", "day", "Saint-Denis", "RE", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 26 August -> 24 August. 'detained a third man' (a suspect, 'a third' after the two arrested) -> Arrests by 'police', coded to Saint-Denis, Réunion (RE). The night porter 'questioned ... as a witness and released' is not arrested."),
E(13, ["some 20,000 people walked in silence along the seafront"],
  "PP", "2026-08-25", "day", "Saint-Pierre", "RE", None, None, None, None, None, False,
  "'On Tuesday evening' vs Wednesday 26 August -> 25 August. A silent march with a message ('Nou la pa pèr', 'We are not afraid'), no incident -> Peaceful protest, perpetrator null. '20,000' counts marchers."),
]

# -------------------------------------------------------------- holdout45-014
ARTICLES.append(A(14, "fr", "article", "2026-08-29T05:00:00Z",
"Le refuge des Quatre Pattes du Sud lance un appel",
"""
REFUGE DES QUATRE PATTES DU SUD - APPEL AUX DONS ET AUX FAMILLES D'ACCUEIL. Saint-Pierre, le samedi 29 août 2026.

Depuis l'attentat-suicide du dimanche 23 août sur le front de mer, qui a fait seize morts, les deux kamikazes compris, et 58 blessés, notre refuge a recueilli 27 chiens et 9 chats affolés par les explosions ou dont les maîtres sont hospitalisés. Trois chiens blessés par des éclats ont été opérés par la clinique vétérinaire de la Ravine Blanche ; l'un d'eux, Filou, a dû être amputé d'une patte.

Nos besoins :
- des familles d'accueil pour 15 jours au moins (nous fournissons la nourriture et les soins) ;
- 400 kg de croquettes, 60 litres de désinfectant et des couvertures ;
- des dons : 20 euros nourrissent un chien pendant un mois, et les dons de plus de 15 euros donnent droit à un reçu fiscal.

Si votre animal a disparu, appelez le 0692 41 77 03 (de 8 heures à 18 heures) en indiquant le numéro de sa puce. Déjà 19 animaux ont retrouvé leur famille.

Une précision, puisque des rumeurs circulent sur les réseaux : notre ancien soigneur, interpellé jeudi à Saint-Louis par la police dans le cadre de l'enquête, a été relâché vendredi sans poursuites. Il ne travaille plus chez nous depuis 2023 et n'a aucun lien avec l'attentat revendiqué par Al-Qaïda dans la péninsule arabique. Nous demandons que son nom ne soit plus diffusé.

Le refuge reste ouvert tous les jours de 9 heures à 17 heures, au 12 chemin Badamier. Les adoptions (150 euros, vaccins et stérilisation compris) sont suspendues jusqu'au 15 septembre, pour laisser aux propriétaires le temps de se manifester.

Merci aux 42 bénévoles qui se relaient jour et nuit, et à la vingtaine de familles qui ont déjà ouvert leur porte.
"""))
GOLD += [
E(14, ["l'attentat-suicide du dimanche 23 août", "l'attentat revendiqué par Al-Qaïda dans la péninsule arabique"],
  "SUI", "2026-08-23", "day", "Saint-Pierre", "RE", 16, 58, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "Shelter appeal of Saturday 29 August; 'du dimanche 23 août' -> 23 August. 'seize morts, les deux kamikazes compris, et 58 blessés' -> killed 16 (bombers inside), injured 58, exact. 'l'attentat revendiqué par Al-Qaïda dans la péninsule arabique', undisputed -> claimant and perpetrator 'al-Qaeda in the Arabian Peninsula'. The animals ('27 chiens et 9 chats', 'Trois chiens blessés', 'Filou ... amputé') are not casualties. '15 jours', '400 kg', '60 litres', '20 euros', '15 euros', '0692 41 77 03', '8 heures à 18 heures', '19 animaux', '2023', '9 heures à 17 heures', '12 chemin Badamier', '150 euros', '15 septembre', '42 bénévoles', 'la vingtaine de familles' are not casualties."),
E(14, ["interpellé jeudi à Saint-Louis par la police"],
  "ARR", "2026-08-27", "day", "Saint-Louis", "RE", None, None, None, "police", None, False,
  "'jeudi' vs Saturday 29 August -> 27 August. A former keeper of the shelter arrested in Saint-Louis, Réunion, 'par la police dans le cadre de l'enquête' -> 'police'; 'relâché vendredi sans poursuites': released without charge, still an arrest dated at the arrest."),
]

# -------------------------------------------------------------- holdout45-015
ARTICLES.append(A(15, "fr", "article", "2026-10-08T06:00:00Z",
"Couverture de l'attentat de Saint-Pierre : l'avis du conseil de déontologie",
"""
CONSEIL DE DÉONTOLOGIE DES MÉDIAS DE L'OCÉAN INDIEN - AVIS N° 26-014, adopté le mardi 6 octobre 2026 et publié le jeudi 8 octobre 2026. Saisine contre Radio Lagon Sud (émission « Le Direct » du 23 août 2026).

Les faits. Le 23 août, à 10 h 40, une vingtaine de minutes après la seconde explosion du double attentat-suicide de Saint-Pierre, l'animateur a annoncé à l'antenne « au moins trente morts » sur la foi d'un message d'auditeur, puis a lu en direct le nom et l'adresse d'un habitant de Saint-Louis présenté comme « le complice ». Le bilan officiel s'est établi à seize morts, dont les deux kamikazes, et 58 blessés. L'attentat, revendiqué par Al-Qaïda dans la péninsule arabique, a été jugé crédible par le PNAT.

La saisine. Trois plaignants, dont la famille de l'homme cité, soutiennent que la radio a diffusé un bilan non vérifié et exposé un innocent. Cet homme a été interpellé le 27 août à Saint-Louis puis relâché le lendemain sans poursuites.

La réponse du média. La directrice de la station reconnaît « une erreur dans l'urgence » et souligne que le chiffre a été corrigé à 11 h 05.

L'avis. Le Conseil estime que :
1. la diffusion d'un bilan sans source identifiée méconnaît l'obligation de vérification (grief fondé) ;
2. la lecture du nom et de l'adresse d'un particulier, que les enquêteurs ne mettaient pas en cause à cette date, porte une atteinte grave à sa dignité et à sa sécurité (grief fondé) ;
3. la correction, intervenue 25 minutes plus tard, atténue la faute sans l'effacer.

Le Conseil note en revanche que les médias ont traité avec retenue l'arrestation, le 15 septembre à Créteil, de l'homme soupçonné d'avoir financé les deux kamikazes.

Recommandation. Le Conseil invite les rédactions à attendre le bilan de la préfecture et à ne jamais nommer une personne interpellée qui n'est pas poursuivie. Vote : 9 voix pour, 2 abstentions.

Le présent avis doit être lu à l'antenne dans les 8 jours. Contact : secrétariat du Conseil, 0262 90 14 26.
"""))
GOLD += [
E(15, ["la seconde explosion du double attentat-suicide de Saint-Pierre", "L'attentat, revendiqué"],
  "SUI", "2026-08-23", "day", "Saint-Pierre", "RE", 16, 58, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", True,
  "Ethics council decision published Thursday 8 October; 'Le 23 août' -> 23 August, 46 days before -> background, although the decision is about its coverage. The radio's 'au moins trente morts' is an unverified, corrected figure -> never used; 'Le bilan officiel s'est établi à seize morts, dont les deux kamikazes, et 58 blessés' -> killed 16 (bombers inside), injured 58, exact. 'revendiqué par Al-Qaïda dans la péninsule arabique', judged 'crédible' by the PNAT -> claimant and perpetrator. '10 h 40', 'une vingtaine de minutes', '11 h 05', '25 minutes', 'Trois plaignants', '9 voix', '2 abstentions', '8 jours', 'n° 26-014', '0262 90 14 26' are not casualties."),
E(15, ["Cet homme a été interpellé le 27 août à Saint-Louis"],
  "ARR", "2026-08-27", "day", "Saint-Louis", "RE", None, None, None, "police", None, True,
  "Restates the arrest of holdout45-014: 'le 27 août' -> 27 August, 42 days before Thursday 8 October -> background. 'relâché le lendemain sans poursuites' does not undo it. The radio's naming of him as « le complice » on 23 August is no event. No force named -> 'police'."),
E(15, ["l'arrestation, le 15 septembre à Créteil, de l'homme soupçonné d'avoir financé les deux kamikazes"],
  "ARR", "2026-09-15", "day", "Créteil", "FR", None, None, None, "police", None, False,
  "'le 15 septembre' -> 15 September, 23 days before Thursday 8 October -> current. The cluster's suspected financier, arrested in Créteil, mainland France -> FR. No force named -> 'police'."),
]
