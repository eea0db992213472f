"""Authoring source of benchmarks/events_holdout69 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Cabinda, Angola cluster (holdout69-011 to 015; French and
English), two suicide bombers on Saturday 5 September 2026 at two sites of
one town (the central market and the bus station next to it, about 500 m
and five minutes apart): a French agency dispatch with a first report (fr
011), the transcript of a community radio's news bulletin in Loango, on the
Congolese side of the border ("transcription d'une radio associative", fr
012), an English wire on the claim (013), the French version of an
electrician's notice of visit to the market's stallholders ("avis de
passage d'un électricien", fr 014) and a Brazzaville outlet's late-afternoon
email newsletter ("lettre d'information de fin d'après-midi par courriel",
fr 015). Angola and both Congos' western parts are UTC+1: every publication
time here is between 08:00 and 16:00 UTC, so every local date is the UTC
date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout69")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout69-011
ARTICLES.append(A(11, "fr", "article", "2026-09-05T14:00:00Z",
"Angola : deux kamikazes frappent le marché de Cabinda",
"""
CABINDA, (Agence Atlantique Presse) - Deux kamikazes se sont fait exploser samedi matin à cinq minutes d'intervalle au marché central de Cabinda et à la gare routière voisine, faisant au moins sept morts, dont les deux assaillants, et une vingtaine de blessés, selon le gouvernement provincial.

La première explosion s'est produite vers 9 h 40 dans l'allée des vendeuses de poisson séché, à l'heure où le marché, qui compte près de 3 000 étals, est le plus fréquenté. Le second kamikaze s'est fait exploser à 9 h 45 au milieu des minibus de la gare routière, à environ 500 mètres, où les premiers blessés étaient conduits pour être évacués.

« Les femmes criaient, les bâches brûlaient, on ne voyait plus rien », a raconté à l'AAP un vendeur de pagnes congolais de 36 ans, joint par téléphone. Beaucoup de commerçants du marché viennent du Congo voisin.

Aucune revendication n'avait été rendue publique samedi après-midi. Un responsable de la police provinciale a estimé que l'attaque « pourrait être l'œuvre » d'une faction du Front de libération de l'enclave de Cabinda (FLEC), qui réclame depuis des décennies l'indépendance de ce territoire pétrolier séparé du reste de l'Angola par une bande de terre congolaise.

Les attentats à l'explosif restent rares dans l'enclave. En 2018, une grenade lancée dans un bar de Buco-Zau, dans le nord de la province, avait tué deux personnes.

Les autorités ont fermé la frontière avec le Congo au poste de Massabi et suspendu la liaison maritime avec Soyo. Un couvre-feu a été décrété de 20 heures à 5 heures. L'hôpital régional, qui compte 260 lits, a lancé un appel aux donneurs de sang ; plus de 300 volontaires s'étaient présentés à midi. La compagnie pétrolière nationale a placé les 1 800 employés de la base de Malongo en confinement, et les écoles de la ville resteront fermées lundi.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser", "La première explosion", "Le second kamikaze s'est fait exploser", "l'attaque"],
  "SUI", "2026-09-05", "day", "Cabinda", "AO", 7, 20, "at_least", None, None, False,
  "Dispatch of Saturday 5 September 2026 (15:00 in Cabinda); 'samedi matin' = the publication day. Two sites of one town (the central market and the bus station, 'environ 500 mètres', five minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins sept morts, dont les deux assaillants, et une vingtaine de blessés' -> killed 7 (bombers inside), at_least; injured 'une vingtaine' = 20 (dev table; the qualifier describes the killed figure). No claim; « pourrait être l'œuvre » d'une faction du FLEC is speculation -> perpetrator null. '9 h 40', '3 000 étals', '9 h 45', '500 mètres', '36 ans', '20 heures à 5 heures', '260 lits', '300 volontaires' (blood donors), '1 800 employés' are not casualties. The curfew and the school closure are not coded."),
E(11, ["une grenade lancée dans un bar de Buco-Zau"],
  "GRN", "2018-01-01", "year", "Buco-Zau", "AO", 2, None, "exact", None, None, True,
  "'En 2018' -> year, background. A grenade thrown into a bar -> Grenade; no author named -> null. 'avait tué deux personnes' -> killed 2, exact; injured null. 'Les attentats à l'explosif restent rares' is generic."),
]

# -------------------------------------------------------------- holdout69-012
ARTICLES.append(A(12, "fr", "transcript", "2026-09-06T08:00:00Z",
"Radio Loango Solidarité : le journal de 9 heures du dimanche",
"""
RADIO LOANGO SOLIDARITÉ - radio associative, Loango (Congo). Transcription du journal de 9 heures, dimanche 6 septembre 2026. Présentation : Prisca Mavoungou ; en ligne de Nzassi : Arsène Tchicaya.

PRISCA MAVOUNGOU : Bonjour à tous. Nous ouvrons ce journal avec l'enclave voisine de Cabinda, frappée hier matin par un double attentat-suicide au marché central et à la gare routière. Hier soir on parlait de sept morts. Ce matin, le gouverneur de la province annonce un nouveau bilan : douze morts, sans compter les deux kamikazes, et 34 blessés. Parmi les blessés, au moins six commerçantes de chez nous, de Loango et de Diosso. Arsène, vous êtes à la frontière.

ARSÈNE TCHICAYA : Oui Prisca, je suis au poste de Nzassi, côté congolais. La frontière est toujours fermée. Hier soir, vers 22 heures, la police congolaise a arrêté ici deux hommes qui tentaient de passer à moto par une piste de brousse. Ils ont été conduits à Pointe-Noire. Une dizaine de commerçants qui attendaient depuis le matin ont été interrogés, puis relâchés dans la nuit.

PRISCA MAVOUNGOU : Est-ce qu'on sait qui est derrière tout ça ?

ARSÈNE TCHICAYA : Personne n'a revendiqué. À Cabinda, on parle beaucoup du FLEC, mais rien n'est confirmé. Ici, les camionneurs sont bloqués : j'ai compté près de 90 camions sur la route nationale 1, certains chargés de ciment ou de sacs de farine de 50 kilos.

PRISCA MAVOUNGOU : Merci Arsène. Pour les familles qui cherchent des nouvelles d'un proche, la Croix-Rouge congolaise a ouvert une ligne : le 06 614 22 80. Vous pouvez aussi passer à notre studio, rue de l'Église, à côté de la pharmacie. Le marché de Loango reste ouvert aujourd'hui.

En sport : les Diables Rouges juniors ont battu le Gabon 2 buts à 1 hier soir. Et la météo : ciel couvert, 27 degrés, marée haute à 14 h 12.

Nous reviendrons sur Cabinda à 12 heures avec le témoignage d'une vendeuse blessée. Restez avec nous sur le 97.4.
"""))
GOLD += [
E(12, ["un double attentat-suicide au marché central et à la gare routière"],
  "SUI", "2026-09-05", "day", "Cabinda", "AO", 14, 34, "exact", None, None, False,
  "Radio transcript of Sunday 6 September; 'hier matin' -> 5 September. The toll is revised inside: 'sept morts' (Saturday evening, superseded) -> 'douze morts, sans compter les deux kamikazes, et 34 blessés' -> killed 12 + 2 bombers = 14 (the bombers are added; holdout69-013 raises it to 15 with a death on Monday), injured 34, exact; 'au moins six commerçantes' from Loango and Diosso are a subset of the injured. 'Personne n'a revendiqué'; 'on parle beaucoup du FLEC, mais rien n'est confirmé' is speculation -> perpetrator null. '9 heures', '22 heures', 'Une dizaine de commerçants' (questioned), '90 camions', 'route nationale 1', '50 kilos', '06 614 22 80', '2 buts à 1', '27 degrés', '14 h 12', '12 heures', '97.4' are not casualties. The football match is no event."),
E(12, ["la police congolaise a arrêté ici deux hommes"],
  "ARR", "2026-09-05", "day", "Nzassi", "CG", None, None, None, "police", None, False,
  "'Hier soir, vers 22 heures' vs Sunday 6 September -> 5 September. 'ici' = the Nzassi border post on the Congolese side, where the reporter speaks from -> Nzassi, Republic of the Congo (CG), not Cabinda and not Pointe-Noire (where the men were taken afterwards). 'la police congolaise' -> 'police'. The ten or so traders 'interrogés, puis relâchés' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout69-013
ARTICLES.append(A(13, "en", "article", "2026-09-08T10:00:00Z",
"Islamic State says it was behind Cabinda market attack; separatists deny role",
"""
CABINDA, Angola (Gulf of Guinea Wire) - Islamic State's Central Africa Province claimed responsibility on Monday for the twin suicide bombing that killed 15 people, including the two bombers, at a market and a bus station in Angola's Cabinda enclave on Saturday, and Angolan officials said they believed the claim was authentic.

The group's statement, published through its Amaq agency, said its fighters had killed "more than 50 Christians". Officials said the toll rose to 15 with the death on Monday of a fish seller who had been wounded at the market; 34 people were injured.

The Front for the Liberation of the Enclave of Cabinda (FLEC), whose armed wing has waged a low-level separatist insurgency since the 1970s and which police had initially suggested could be behind the attack, denied any involvement in a statement sent from Paris. The interior minister said the bombers, two Congolese nationals, "may have been" trained by Islamist fighters in eastern Congo.

Angolan police on Monday arrested a trader in the coastal town of Cacongo who is suspected of hiding the explosive belts in his warehouse, a police spokesman said. The two men detained by Congolese police at the Nzassi border post on Saturday night were handed over to Angola on Monday.

Cabinda, which produces most of Angola's oil, has seen few bombings. In 2018, a grenade thrown into a bar in Buco-Zau killed two people.

The market partly reopened on Tuesday, with 600 of its stalls allowed to trade. The government promised 2 million kwanzas (about $2,200) to each victim's family. TAAG flight DT 651 from the capital landed on schedule on Monday, but the ferry to Soyo remained suspended for a fourth day.
"""))
GOLD += [
E(13, ["the twin suicide bombing that killed 15 people", "the attack"],
  "SUI", "2026-09-05", "day", "Cabinda", "AO", 15, 34, "exact", "Islamic State", "Islamic State", False,
  "Wire of Tuesday 8 September; 'on Saturday' -> 5 September. 'killed 15 people, including the two bombers' and '34 people were injured' -> killed 15 (bombers inside; the fish seller who died on Monday is one of them), injured 34, exact. Claimed 'on Monday' by 'Islamic State's Central Africa Province' (a regional branch -> 'Islamic State', dev), judged 'authentic' -> claimant and perpetrator; the claim's 'more than 50 Christians' is never used. The FLEC's denial is not a claim, and the police's early suggestion ('could be behind the attack') and 'may have been' trained are speculation. '1970s', '600 of its stalls', '2 million kwanzas', '$2,200', 'DT 651', 'a fourth day' are not casualties."),
E(13, ["Angolan police on Monday arrested a trader in the coastal town of Cacongo"],
  "ARR", "2026-09-07", "day", "Cacongo", "AO", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 8 September -> 7 September. A trader suspected of hiding the belts, arrested in Cacongo -> 'police', AO."),
E(13, ["The two men detained by Congolese police at the Nzassi border post on Saturday night"],
  "ARR", "2026-09-05", "day", "Nzassi", "CG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-012: 'on Saturday night' -> 5 September, at the Nzassi border post (CG), by 'Congolese police' -> 'police'. Their handover to Angola 'on Monday' is a follow-up, not an event."),
E(13, ["a grenade thrown into a bar in Buco-Zau killed two people"],
  "GRN", "2018-01-01", "year", "Buco-Zau", "AO", 2, None, "exact", None, None, True,
  "'In 2018' -> year, background (the Buco-Zau grenade of holdout69-011). Grenade; no author -> null; 'killed two people' -> killed 2, exact. 'has seen few bombings' is generic."),
]

# -------------------------------------------------------------- holdout69-014
ARTICLES.append(A(14, "fr", "article", "2026-09-09T08:00:00Z",
"Marché central de Cabinda : l'électricien passe stand par stand",
"""
AVIS DE PASSAGE - Électricité Kimpa & Fils, électricien agréé. Version française pour les commerçants congolais du marché central de Cabinda. Cabinda, le mercredi 9 septembre 2026.

Madame, Monsieur le commerçant,

À la demande de l'administration du marché, notre équipe passera dans votre allée pour vérifier et refaire l'installation électrique endommagée par le double attentat-suicide du samedi 5 septembre, qui a fait quinze morts, kamikazes compris, et 34 blessés. Nous présentons nos condoléances aux familles ; l'un de nos apprentis, Fernando, 17 ans, fait partie des blessés et va mieux.

CALENDRIER DES PASSAGES
- Jeudi 10 septembre, de 7 heures à 13 heures : allées A et B (stands 1 à 140).
- Vendredi 11 septembre, de 7 heures à 13 heures : allées C et D (stands 141 à 310), dont l'allée du poisson séché, la plus touchée.
- Samedi 12 septembre : gare routière, kiosques 1 à 24.

CE QUE NOUS FAISONS. Coupure générale de 2 heures par allée. Contrôle de chaque disjoncteur ; remplacement des câbles brûlés ; pose d'une prise 220 volts et d'un éclairage de 18 watts par stand. Les congélateurs doivent être vidés la veille.

TARIFS. La main-d'œuvre est payée par le gouvernement provincial. Le matériel reste à votre charge : 4 500 kwanzas pour une prise, 12 000 kwanzas pour un disjoncteur de 16 ampères. Paiement sur place, reçu fourni.

SÉCURITÉ. La police contrôle les entrées. Mardi, la marche des commerçants vers le siège du gouvernement provincial, qui réclamaient la réouverture complète du marché, a été dispersée à coups de gaz lacrymogène et de matraques ; trois commerçantes ont été blessées. Nous vous demandons de rester à vos stands pendant notre passage. L'attentat a été revendiqué par l'État islamique ; l'homme arrêté lundi à Cacongo, soupçonné d'avoir caché les ceintures, n'a aucun lien avec notre entreprise, contrairement à une rumeur.

Pour un rendez-vous en dehors de ces créneaux : 923 41 67 08 (M. Kimpa), de 8 heures à 18 heures, en français, en portugais ou en kikongo.

Kimpa & Fils, 27 rua do Comércio, Cabinda
"""))
GOLD += [
E(14, ["le double attentat-suicide du samedi 5 septembre", "L'attentat a été revendiqué"],
  "SUI", "2026-09-05", "day", "Cabinda", "AO", 15, 34, "exact", "Islamic State", "Islamic State", False,
  "Electrician's notice of Wednesday 9 September; 'du samedi 5 septembre' -> 5 September. 'quinze morts, kamikazes compris, et 34 blessés' -> killed 15 (bombers inside), injured 34, exact; the apprentice Fernando, 17, is one of the injured. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. '17 ans', '10 septembre', '7 heures à 13 heures', 'stands 1 à 140', '141 à 310', 'kiosques 1 à 24', '2 heures', '220 volts', '18 watts', '4 500 kwanzas', '12 000 kwanzas', '16 ampères', '923 41 67 08', '8 heures à 18 heures', '27 rua' are not casualties."),
E(14, ["la marche des commerçants vers le siège du gouvernement provincial"],
  "PI", "2026-09-08", "day", "Cabinda", "AO", None, 3, "exact", None, None, False,
  "'Mardi' vs Wednesday 9 September -> 8 September. A traders' march with a demand (the market's full reopening), 'dispersée à coups de gaz lacrymogène et de matraques' -> Protest with intervention, perpetrator null (dev). 'trois commerçantes ont été blessées' -> injured 3, exact."),
E(14, ["l'homme arrêté lundi à Cacongo"],
  "ARR", "2026-09-07", "day", "Cacongo", "AO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-013: 'lundi' vs Wednesday 9 September -> 7 September. No force named; the Angolan police of the cluster -> 'police'."),
]

# -------------------------------------------------------------- holdout69-015
ARTICLES.append(A(15, "fr", "article", "2026-09-10T16:00:00Z",
"L'essentiel de 17 heures : l'enquête de Cabinda passe par Muanda",
"""
L'ESSENTIEL DE 17 HEURES - la lettre d'information de fin d'après-midi du Courrier de l'Atlantique, envoyée chaque jour ouvrable à nos abonnés. Jeudi 10 septembre 2026. Temps de lecture : 3 minutes.

Bonjour,

1. CABINDA. L'enquête sur le double attentat-suicide de samedi dernier s'étend à la RDC. Mercredi, la police de la RDC a interpellé à Muanda, sur l'estuaire du fleuve Congo, un piroguier de 52 ans soupçonné d'avoir fait passer les deux kamikazes et leurs explosifs jusqu'à la côte de l'enclave. Le bilan reste de quinze morts, dont les deux kamikazes, et de 34 blessés ; l'État islamique, qui a revendiqué l'attentat lundi, diffuse depuis des photos des deux hommes. À Cacongo, le commerçant arrêté lundi a été relâché mercredi soir sans inculpation, faute de preuves. Mercredi matin, enfin, quelque 5 000 femmes vêtues de blanc ont défilé dans le calme du port jusqu'à la cathédrale de Cabinda pour réclamer « la paix dans l'enclave ».

2. ÉCONOMIE. Le baril de brent a clôturé mercredi à 71,40 dollars, en baisse de 1,2 %. La Banque des États de l'Afrique centrale maintient son taux directeur à 4,5 %. Le prix du sac de ciment de 50 kilos a pris 800 francs CFA à Pointe-Noire depuis la fermeture de la frontière.

3. SPORT. Les Diables Rouges affrontent le Gabon samedi à 16 heures au stade Alphonse-Massamba-Débat de Brazzaville ; 25 000 billets ont déjà été vendus.

4. CULTURE. Le festival de musique de Pointe-Noire est reporté du 18 au 25 septembre, trois orchestres angolais ne pouvant pas franchir la frontière.

5. MÉTÉO. Pluies éparses sur le littoral ; 26 degrés à Brazzaville, 28 à Pointe-Noire.

À retenir : le poste de Nzassi devrait rouvrir lundi de 6 heures à 18 heures, aux seuls piétons.

Bonne soirée, et à demain 17 heures.

Pour vous désabonner, écrivez à lettre@courrier-atlantique.cg. Rédaction : +242 06 530 41 18.
"""))
GOLD += [
E(15, ["le double attentat-suicide de samedi dernier", "a revendiqué l'attentat"],
  "SUI", "2026-09-05", "day", "Cabinda", "AO", 15, 34, "exact", "Islamic State", "Islamic State", False,
  "Evening newsletter of Thursday 10 September; 'de samedi dernier' -> Saturday 5 September. 'quinze morts, dont les deux kamikazes, et de 34 blessés' -> killed 15 (bombers inside), injured 34, exact. 'l'État islamique, qui a revendiqué l'attentat lundi', undisputed -> claimant and perpetrator 'Islamic State'. '17 heures', '3 minutes', '52 ans', '71,40 dollars', '1,2 %', '4,5 %', '50 kilos', '800 francs CFA', '16 heures', '25 000 billets', '18 au 25 septembre', 'trois orchestres', '26 degrés', '28', '6 heures à 18 heures', '+242 06 530 41 18' are not casualties. Items 2 to 5 hold no event."),
E(15, ["la police de la RDC a interpellé à Muanda"],
  "ARR", "2026-09-09", "day", "Muanda", "CD", None, None, None, "police", None, False,
  "'Mercredi' vs Thursday 10 September -> 9 September. The cluster's suspected facilitator (a boatman who brought the bombers and the explosives to the enclave's coast), arrested in Muanda, DR Congo -> CD; 'la police de la RDC' -> 'police'."),
E(15, ["le commerçant arrêté lundi"],
  "ARR", "2026-09-07", "day", "Cacongo", "AO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout69-013: 'lundi' vs Thursday 10 September -> 7 September, in Cacongo ('À Cacongo' opens the sentence). 'relâché mercredi soir sans inculpation' does not undo the arrest and is no event. No force named -> 'police'."),
E(15, ["quelque 5 000 femmes vêtues de blanc ont défilé dans le calme"],
  "PP", "2026-09-09", "day", "Cabinda", "AO", None, None, None, None, None, False,
  "'Mercredi matin' vs Thursday 10 September -> 9 September. A march from the port to the cathedral with a demand (« la paix dans l'enclave »), 'dans le calme' -> Peaceful protest, perpetrator null. '5 000' counts marchers."),
]
