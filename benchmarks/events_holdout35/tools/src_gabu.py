"""Authoring source of benchmarks/events_holdout35 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Gabú, Guinea-Bissau cluster (holdout35-001 to 005 and, numbered
after the other clusters, 021; French and English), two suicide bombers on
Thursday 12 February 2026 at two sites of one town (the lumo, the weekly
market, and the taxi station about 400 m away, five minutes apart): an English
wire with the first toll and a speculation (001), a French press review
("revue de presse") with conflicting tolls and one outlet's figure corrected
(fr 002), a French interview ("entretien", Q/R labels) with a researcher on
the claim, the denial and the arrests (fr 003), a French embassy's communiqué
(fr 004), a French "Un mois après" piece in which the bombing is background
(fr 005), and an English wire on a traders' march dispersed with tear gas and
batons, a release without charge and a new arrest (021). Guinea-Bissau is
UTC+0: every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout35")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout35-001
ARTICLES.append(A(1, "en", "article", "2026-02-12T17:40:00Z",
"Twin suicide blasts hit market town in eastern Guinea-Bissau",
"""
GABU, Guinea-Bissau (West Africa Wire) - Two suicide bombers blew themselves up on Thursday morning at the weekly market and the taxi station of Gabú, the main town of eastern Guinea-Bissau, killing at least nine people and wounding dozens, police and hospital staff said.

The first attacker detonated his explosives at about 10:40 a.m. among the stalls of the lumo, the open-air market that draws traders from Senegal and Guinea every Thursday. The second struck five minutes later at the taxi rank about 400 metres away, as people fled towards the vehicles, witnesses said.

"There were bodies between the sacks of rice," said Mamadu Seidi, 41, who sells cloth at the market. He said a 50-kg sack of onions had shielded him from the blast.

The regional hospital, which has 86 beds, appealed for blood donors, and a military plane carried eleven of the most seriously hurt to Bissau, about 200 km to the west, in the afternoon. The government declared three days of mourning.

No group has claimed the bombings. A senior officer of the Judicial Police told West Africa Wire the bombers "could have come from" jihadist cells operating along the border with Senegal and Guinea, and that fighters of JNIM, the al-Qaeda-linked group active in Mali and Burkina Faso, "may have been" involved, adding that it was too early to say.

It is the first suicide attack in the history of the former Portuguese colony, a country of about 2.2 million people better known for its coups than for jihadist violence. In June last year, gunmen attacked the customs post at Buruntuma, on the border with Guinea, and killed two customs officers in an exchange of fire that lasted about an hour.

Police set up roadblocks on every road out of Gabú and closed the border crossing at Pirada, 45 km to the north. A police hotline, 117, was opened for witnesses, and the market will stay shut until further notice.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up", "The first attacker detonated his explosives", "The second struck five minutes later", "No group has claimed the bombings", "the first suicide attack in the history"],
  "SUI", "2026-02-12", "day", "Gabú", "GW", 9, 12, "at_least", None, None, False,
  "'on Thursday morning' = publication day, Thursday 12 February 2026 (UTC+0). Two sites of one town (the lumo market and the taxi station, about 400 m and five minutes apart) -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention). First report: 'killing at least nine people and wounding dozens' -> 9 at_least, 12 ('dozens', dev table); the text does not say whether the bombers are inside, so the figure is taken as stated. 'could have come from' and JNIM 'may have been' involved are speculation before any claim -> null. '10:40 a.m.', '400 metres', '41' (an age), '50-kg sack', '86 beds', 'eleven of the most seriously hurt' (a subset flown out), '200 km', 'three days', '2.2 million people', '45 km', '117' are not casualties."),
E(1, ["gunmen attacked the customs post at Buruntuma", "an exchange of fire"],
  "BAT", "2025-06-01", "month", "Buruntuma", "GW", 2, None, "exact", None, None, True,
  "'In June last year' vs February 2026 -> June 2025, month, background. Unnamed gunmen attacking a customs post with 'an exchange of fire' -> Battles / Armed clash, initiator unnamed -> null (events_holdout33 Acurenam). 'killed two customs officers' -> killed 2, exact. 'about an hour' is a duration."),
]

# -------------------------------------------------------------- holdout35-002
ARTICLES.append(A(2, "fr", "article", "2026-02-13T09:30:00Z",
"La revue de presse du vendredi 13 février : Gabú à la une, des bilans qui divergent",
"""
Le double attentat-suicide de Gabú occupe ce vendredi la une de tous les journaux, de Bissau à Dakar, avec des bilans qui varient d'un titre à l'autre. Tour d'horizon.

« Jeudi noir au lumo », titre Bissau Diário, qui parle de « douze morts » et publie en page 3 une photo du marché dévasté. Le quotidien raconte que la première explosion a eu lieu vers 10 h 40 au milieu des étals du grand marché hebdomadaire, et la seconde cinq minutes plus tard à la gare routière, à quelque 400 mètres.

L'Observateur du Gabou allait plus loin et annonçait « trente et un morts » dans son édition papier. Mais le journal a lui-même rectifié ce chiffre sur son site dans la nuit : il s'agissait, écrit-il, d'une erreur de saisie, le bon chiffre étant treize.

Dakar Soir s'en tient au bilan officiel communiqué jeudi soir par le ministère de la Santé publique : treize morts, sans compter les deux kamikazes, et soixante et un blessés, dont dix-neuf dans un état grave. C'est ce bilan que reprennent désormais la plupart des titres.

Sur les auteurs, la presse reste prudente, aucune revendication n'ayant été publiée. Dakar Soir cite un officier selon lequel l'attaque « pourrait être l'œuvre » d'une cellule venue du Mali, tandis que Bissau Diário préfère parler d'« hommes venus de l'extérieur ».

Côté enquête, plusieurs sites rapportent, citant la radio nationale, que la Police judiciaire a arrêté ce vendredi à l'aube deux hommes à Pirada, près de la frontière sénégalaise. Ils auraient loué une chambre aux kamikazes pour 5 000 francs CFA la nuit. Un chauffeur de taxi-brousse, interrogé jeudi soir, a été relâché.

Enfin, L'Observateur du Gabou consacre sa page 6 à l'économie du lumo, où près de 3 000 commerçants se retrouvent chaque jeudi et où le sac de riz de 50 kilos se vend 22 000 francs CFA. « Sans le marché, Gabú n'existe pas », résume un grossiste de 63 ans.

Bonne journée à l'écoute de Radio Téranga Infos, 97.4 FM.
"""))
GOLD += [
E(2, ["Le double attentat-suicide de Gabú", "la première explosion", "l'attaque « pourrait être l'œuvre »"],
  "SUI", "2026-02-12", "day", "Gabú", "GW", 15, 61, "exact", None, None, False,
  "The bombing of 'jeudi' vs Friday 13 February -> Thursday 12 February. Press review with conflicting figures: Bissau Diário's 'douze morts' is superseded, L'Observateur du Gabou's 'trente et un morts' is corrected by the paper itself ('le bon chiffre étant treize') and never used; the review settles on the official toll 'que reprennent désormais la plupart des titres': 'treize morts, sans compter les deux kamikazes, et soixante et un blessés' -> killed 13 + 2 bombers = 15, injured 61, exact. 'dix-neuf dans un état grave' is a subset. « pourrait être l'œuvre » d'une cellule venue du Mali is speculation, no claim yet -> null. '10 h 40', '400 mètres', 'page 3', 'page 6', '5 000 francs CFA', '3 000 commerçants', '50 kilos', '22 000 francs CFA', '63 ans', '97.4 FM' are not casualties."),
E(2, ["la Police judiciaire a arrêté ce vendredi à l'aube deux hommes à Pirada"],
  "ARR", "2026-02-13", "day", "Pirada", "GW", None, None, None, "police", None, False,
  "'ce vendredi à l'aube' = publication day, Friday 13 February. Judicial Police -> 'police'. The bush-taxi driver 'interrogé jeudi soir, a été relâché' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout35-003
ARTICLES.append(A(3, "fr", "article", "2026-02-17T11:00:00Z",
"Entretien - « La revendication du JNIM est crédible, le chiffre qu'il avance ne l'est pas »",
"""
Cinq jours après le double attentat-suicide de Gabú, qui a fait seize morts, dont les deux kamikazes, et soixante et un blessés, la chercheuse Aïssatou Baldé, de l'Observatoire ouest-africain des conflits, à Dakar, répond à nos questions.

Q : Le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM) a revendiqué l'attentat vendredi soir. Faut-il y croire ?

R : Oui. Le communiqué donne les noms de guerre des deux kamikazes et des détails sur l'horaire que seuls les auteurs pouvaient connaître. Le gouvernement le juge d'ailleurs authentique. En revanche, le chiffre qu'avance le groupe, « plus de cinquante apostats tués », est fantaisiste : le bilan officiel est de seize morts depuis qu'une femme de 58 ans a succombé dimanche à l'hôpital Simão Mendes de Bissau.

Q : La rébellion casamançaise a aussi été citée.

R : Le Mouvement des forces démocratiques de Casamance a démenti toute implication dès samedi, et je le crois. Un ministre a laissé entendre que d'anciens combattants du MFDC pourraient avoir été recrutés comme passeurs. Il n'a apporté aucune preuve.

Q : Le pays était-il préparé ?

R : Les signaux existaient. En juin 2025, des hommes armés ont attaqué le poste de douane de Buruntuma et tué deux douaniers. En 2022 déjà, deux prêcheurs étrangers soupçonnés de recruter pour le JNIM avaient été arrêtés à Contuboel. Mais la police ne compte qu'environ 3 500 agents pour tout le pays, et les 200 kilomètres de frontière avec la Guinée ne sont presque pas surveillés.

Q : Et l'enquête ?

R : Elle avance vite. Deux hommes ont été arrêtés vendredi à Pirada. Samedi, un logeur soupçonné d'avoir hébergé les kamikazes a été interpellé à Bafatá. Et lundi, un quatrième homme a été arrêté à l'aéroport de Bissau alors qu'il s'apprêtait à embarquer sur le vol HC 302 pour Dakar. Reste à comprendre qui a fabriqué les ceintures, qui contenaient chacune environ 8 kilos d'explosifs.

Q : Que craignez-vous ?

R : Que le pays, où 60 % de la population a moins de 25 ans, devienne un terrain de recrutement.
"""))
GOLD += [
E(3, ["le double attentat-suicide de Gabú", "a revendiqué l'attentat vendredi soir"],
  "SUI", "2026-02-12", "day", "Gabú", "GW", 16, 61, "exact", "JNIM", "JNIM", False,
  "'Cinq jours après' vs Tuesday 17 February -> Thursday 12 February. 'seize morts, dont les deux kamikazes, et soixante et un blessés' -> 16 (bombers inside; the 58-year-old woman who 'a succombé dimanche' raised it from 15), 61, exact. The GSIM/JNIM claim (canonical 'JNIM', dev), which the government 'juge ... authentique' and the researcher believes -> claimant and perpetrator. The claim's own 'plus de cinquante apostats tués' is the claimant's figure, never used. The MFDC's denial is not a claim; the minister's 'pourraient avoir été recrutés' is speculation: not coded. '58 ans', '3 500 agents', '200 kilomètres', 'vol HC 302', '8 kilos', '60 %', '25 ans' are not casualties."),
E(3, ["des hommes armés ont attaqué le poste de douane de Buruntuma"],
  "BAT", "2025-06-01", "month", "Buruntuma", "GW", 2, None, "exact", None, None, True,
  "'En juin 2025' -> month, background (the clash of holdout35-001). Unnamed 'hommes armés' -> null. 'tué deux douaniers' -> killed 2, exact."),
E(3, ["deux prêcheurs étrangers soupçonnés de recruter pour le JNIM avaient été arrêtés à Contuboel"],
  "ARR", "2022-01-01", "year", "Contuboel", "GW", None, None, None, "police", None, True,
  "'En 2022' -> year, background. 'avaient été arrêtés' names no force; the gold takes 'police', as the set does for every arrest (events_holdout31, 33). JNIM is named as the recruiters' alleged sponsor, not as an actor of the arrest."),
E(3, ["Deux hommes ont été arrêtés vendredi à Pirada"],
  "ARR", "2026-02-13", "day", "Pirada", "GW", None, None, None, "police", None, False,
  "'vendredi' vs Tuesday 17 February -> Friday 13 February. Restated arrest of holdout35-002 (its own event in this document); no force named, Judicial Police in the cluster -> 'police'."),
E(3, ["un logeur soupçonné d'avoir hébergé les kamikazes a été interpellé à Bafatá"],
  "ARR", "2026-02-14", "day", "Bafatá", "GW", None, None, None, "police", None, False,
  "'Samedi' vs Tuesday 17 February -> Saturday 14 February. The cluster's suspected facilitator (the landlord who sheltered the bombers) -> Arrests, 'police'."),
E(3, ["un quatrième homme a été arrêté à l'aéroport de Bissau"],
  "ARR", "2026-02-16", "day", "Bissau", "GW", None, None, None, "police", None, False,
  "'lundi' vs Tuesday 17 February -> Monday 16 February. An airport -> its town, Bissau. 'vol HC 302' is a flight number."),
]

# -------------------------------------------------------------- holdout35-004
ARTICLES.append(A(4, "fr", "article", "2026-02-19T15:00:00Z",
"Communiqué de l'ambassade de France en Guinée-Bissau - Point de situation n° 4",
"""
L'ambassade de France à Bissau informe la communauté française des derniers développements consécutifs à l'attentat du jeudi 12 février à Gabú.

Bilan. Selon les autorités bissau-guinéennes, le double attentat-suicide commis au marché hebdomadaire et à la gare routière de Gabú a fait seize morts, y compris les deux kamikazes, et une soixantaine de blessés. Aucun ressortissant français ne figure parmi les victimes. L'attentat a été revendiqué par le Groupe de soutien à l'islam et aux musulmans (JNIM) ; les autorités tiennent cette revendication pour authentique.

Enquête. Les deux hommes interpellés le 13 février à Pirada ont été inculpés mercredi pour complicité d'assassinats et placés en détention préventive à Bissau.

Consignes. La zone de Gabú, Bafatá et Pirada est désormais classée « formellement déconseillée ». Il est demandé d'éviter les marchés, les gares routières et les grands rassemblements dans tout le pays. Une marche pour la paix est annoncée à Bissau le samedi 21 février : l'ambassade recommande de se tenir à l'écart du parcours.

Déplacements. Les vols entre Bissau et Dakar, dont le vol HC 302, sont maintenus. Le poste-frontière de Pirada, fermé depuis le 12 février, a rouvert mardi de 8 heures à 18 heures. Sur les routes du nord-ouest, il est rappelé de ne jamais quitter les axes goudronnés : en mars 2024, une mine avait blessé trois militaires près de São Domingos, non loin de la frontière sénégalaise.

Écoles. Le lycée français reste ouvert, mais les 12 écoles publiques de Gabú sont fermées jusqu'au lundi 23 février.

Inscription. Les quelque 340 Français résidant en Guinée-Bissau sont invités à vérifier leur inscription au registre consulaire et à signaler tout déplacement à l'intérieur du pays.

Contacts. Standard de l'ambassade : +245 96 600 60 60. Permanence consulaire, 24 heures sur 24 : +245 95 512 12 12. Adresse : 45, avenue de la Liberté, Bissau.

L'ambassade actualisera ce point de situation dès que nécessaire.
"""))
GOLD += [
E(4, ["l'attentat du jeudi 12 février à Gabú", "le double attentat-suicide commis au marché hebdomadaire", "L'attentat a été revendiqué par le Groupe de soutien"],
  "SUI", "2026-02-12", "day", "Gabú", "GW", 16, 60, "exact", "JNIM", "JNIM", False,
  "'du jeudi 12 février', a week before Thursday 19 February -> current. 'seize morts, y compris les deux kamikazes, et une soixantaine de blessés' -> killed 16 (bombers inside), injured 60 ('une soixantaine', read like the dev table's dizaine/vingtaine, as events_holdout33 did); the qualifier describes the killed figure -> exact. Claim by the GSIM (JNIM), held authentic -> claimant and perpetrator."),
E(4, ["Les deux hommes interpellés le 13 février à Pirada"],
  "ARR", "2026-02-13", "day", "Pirada", "GW", None, None, None, "police", None, False,
  "The arrest of holdout35-002, told through its judicial follow-up ('inculpés mercredi ... placés en détention préventive'): one Arrests event at the arrest's place and day (Pirada, 13 February), not a new arrest on Wednesday or in Bissau. No force named; Judicial Police in the cluster -> 'police'."),
E(4, ["une mine avait blessé trois militaires près de São Domingos"],
  "IED", "2024-03-01", "month", "São Domingos", "GW", None, 3, "exact", None, None, True,
  "'en mars 2024' -> month, background. A landmine -> Remote explosive/landmine/IED, no author named -> null. 'blessé trois militaires' -> injured 3, exact. The peace march 'annoncée ... le samedi 21 février' is a future event, not coded here; the closure of the border post 'depuis le 12 février' is not an event. 'n° 4', 'HC 302', '8 heures à 18 heures', '12 écoles', '340 Français', the phone numbers and '45, avenue de la Liberté' are not casualties."),
]

# -------------------------------------------------------------- holdout35-005
ARTICLES.append(A(5, "fr", "article", "2026-03-19T10:00:00Z",
"Un mois après le double attentat-suicide, Gabú rouvre son marché et compte ses morts",
"""
Un mois après, le lumo de Gabú a retrouvé ses couleurs. Jeudi dernier, pour la première fois depuis le double attentat-suicide du 12 février, les commerçants ont pu réinstaller leurs étals, derrière des portiques de sécurité et sous l'œil de 14 caméras. Sur les 1 800 étals d'avant, environ 1 200 ont rouvert.

Le bilan définitif de l'attentat, revendiqué par le JNIM, s'établit à dix-sept morts, dont les deux kamikazes, et soixante et un blessés. Un garçon de 12 ans, évacué vers Bissau, a été la dernière victime. Sa mère, Fatumata Embaló, vend de nouveau des beignets au même endroit. « Je n'ai pas le choix, j'ai quatre autres enfants », dit-elle.

La municipalité a versé 150 000 francs CFA à chaque commerçant sinistré, une somme jugée dérisoire : un étal de tissus représente souvent plus de 2 millions de francs CFA de marchandises.

L'enquête, elle, a progressé. Cinq suspects sont désormais en détention : les deux hommes arrêtés à Pirada le 13 février, le logeur interpellé le lendemain à Bafatá, le soudeur arrêté le 22 février à Sonaco, soupçonné d'avoir assemblé les ceintures, et, depuis le 10 mars, un sixième homme, arrêté à Farim par la Police judiciaire alors qu'il tentait de passer au Sénégal. L'homme interpellé à l'aéroport de Bissau a, lui, été libéré sans inculpation.

Le souvenir de la grande marche du 21 février à Bissau, où des milliers de personnes avaient défilé dans le calme pour réclamer la sécurité des villes frontalières, reste vif. Mais à Gabú, beaucoup disent avoir peur. « Ils sont venus de la frontière, comme à Buruntuma en juin dernier », souffle un commerçant, en référence à l'attaque du poste de douane qui avait coûté la vie à deux douaniers.

Désormais, 32 policiers supplémentaires patrouillent dans la ville, et le marché ferme à 16 heures au lieu de 19 heures. Les 12 écoles publiques ont rouvert le 23 février.
"""))
GOLD += [
E(5, ["le double attentat-suicide du 12 février", "Le bilan définitif de l'attentat, revendiqué par le JNIM"],
  "SUI", "2026-02-12", "day", "Gabú", "GW", 17, 61, "exact", "JNIM", "JNIM", True,
  "'du 12 février' vs Thursday 19 March 2026 -> 35 days before publication -> background (30-day rule), although the piece is about it. 'dix-sept morts, dont les deux kamikazes, et soixante et un blessés' -> 17 (bombers inside; the 12-year-old boy evacuated to Bissau was the last to die), 61, exact. 'revendiqué par le JNIM' -> claimant and perpetrator. 'Un mois après' and 'Jeudi dernier' (the reopening, 12 March) are not event dates; '14 caméras', '1 800', '1 200', '12 ans', 'quatre autres enfants', '150 000 francs CFA', '2 millions', '32 policiers', '16 heures', '19 heures', '12 écoles' are not casualties."),
E(5, ["les deux hommes arrêtés à Pirada le 13 février"],
  "ARR", "2026-02-13", "day", "Pirada", "GW", None, None, None, "police", None, True,
  "Restated arrest of 13 February, 34 days before Thursday 19 March -> background. No force named in this sentence; the Judicial Police named two sentences later and in the cluster -> 'police'. 'Cinq suspects sont désormais en détention' is a running total, not an event."),
E(5, ["le logeur interpellé le lendemain à Bafatá"],
  "ARR", "2026-02-14", "day", "Bafatá", "GW", None, None, None, "police", None, True,
  "'le lendemain' of 13 February -> 14 February, 33 days before publication -> background. Participle restating the facilitator's arrest (holdout35-003) -> its own event, 'police'."),
E(5, ["le soudeur arrêté le 22 février à Sonaco"],
  "ARR", "2026-02-22", "day", "Sonaco", "GW", None, None, None, "police", None, False,
  "'le 22 février', 25 days before 19 March -> current. Restated arrest of holdout35-021, 'police'."),
E(5, ["un sixième homme, arrêté à Farim par la Police judiciaire"],
  "ARR", "2026-03-10", "day", "Farim", "GW", None, None, None, "police", None, False,
  "'depuis le 10 mars' -> 10 March, current. Judicial Police -> 'police'."),
E(5, ["L'homme interpellé à l'aéroport de Bissau"],
  "ARR", None, None, "Bissau", "GW", None, None, None, "police", None, False,
  "Participle restating the airport arrest of holdout35-003 and 021 -> its own event in this document, although the sentence is about his release ('libéré sans inculpation'; an arrest followed by a release stays an arrest). This document gives the arrest no date -> null date and precision (each document stands alone; dev), so not background. An airport -> its town; no force named, police in the cluster -> 'police'."),
E(5, ["la grande marche du 21 février à Bissau"],
  "PP", "2026-02-21", "day", "Bissau", "GW", None, None, None, None, None, False,
  "'du 21 février', 26 days before 19 March -> current. Thousands 'avaient défilé dans le calme pour réclamer la sécurité' -> Peaceful protest, perpetrator null (dev). 'des milliers de personnes' are marchers."),
E(5, ["comme à Buruntuma en juin dernier", "l'attaque du poste de douane"],
  "BAT", "2025-06-01", "month", "Buruntuma", "GW", 2, None, "exact", None, None, True,
  "'en juin dernier' vs March 2026 -> June 2025, month, background (the clash of holdout35-001 and 003). 'coûté la vie à deux douaniers' -> killed 2, exact; attackers unnamed ('Ils') -> null."),
]

# -------------------------------------------------------------- holdout35-021
ARTICLES.append(A(21, "en", "article", "2026-02-23T16:00:00Z",
"Guinea-Bissau police tear-gas traders' march in bombed market town",
"""
GABU, Guinea-Bissau (West Africa Wire) - Police fired tear gas and charged with batons on Monday to break up a march by several hundred traders in Gabú, eleven days after the twin suicide bombing at the town's weekly market that killed 17 people, including the two bombers.

The traders, many of them women who sold vegetables and cloth at the lumo, set off from the ruins of their stalls at about 9 a.m. to demand compensation and the reopening of the market, closed since the attack. Officers stopped them 300 metres from the governor's office and fired tear gas when the crowd tried to push through. The protest broke up within half an hour. The regional hospital said nobody had been admitted.

A 12-year-old boy who had been flown to Bissau died of his wounds on Saturday, raising the toll from 16. More than 60 people were wounded in the two blasts.

JNIM, the al-Qaeda-linked group that claimed the attack on Feb. 13, has not commented on the investigation. The government says it considers the claim credible.

On Sunday, police arrested a fifth suspect, a 27-year-old welder accused of assembling the two explosive belts, in Sonaco, 40 km west of Gabú. Separately, a man detained on Feb. 16 at Bissau's airport as he was about to board a flight to Dakar was released without charge on Friday, his lawyer said. He had been questioned about phone calls with one of the bombers.

On Saturday, two days before the traders' march, thousands of people had walked peacefully through Bissau to demand better protection for border towns.

The last time police used tear gas in Gabú was in 2024, during riots over power cuts in which youths set fire to a police station. Traders say they have lost goods worth about 90 million CFA francs.
"""))
GOLD += [
E(21, ["the twin suicide bombing at the town's weekly market", "closed since the attack", "the two blasts", "claimed the attack on Feb. 13"],
  "SUI", "2026-02-12", "day", "Gabú", "GW", 17, 60, "exact", "JNIM", "JNIM", False,
  "'eleven days after' vs Monday 23 February -> Thursday 12 February. 'killed 17 people, including the two bombers' -> 17 (the boy who died on Saturday raised it 'from 16'); 'More than 60 people were wounded' -> injured 60; the qualifier describes the killed figure -> exact. JNIM 'claimed the attack', judged 'credible' -> claimant and perpetrator. '12-year-old', '9 a.m.', '300 metres' are not casualties."),
E(21, ["Police fired tear gas and charged with batons", "a march by several hundred traders in Gabú", "The protest broke up"],
  "PI", "2026-02-23", "day", "Gabú", "GW", None, None, None, None, None, False,
  "'on Monday' = publication day, 23 February. A march with a demand (compensation, reopening) broken up with tear gas and batons -> Protests / Protest with intervention, perpetrator null (dev). 'nobody had been admitted' is not an explicit statement that nobody was hurt -> null casualties. 'several hundred' are marchers. The words 'the traders' march' in the Bissau paragraph refer to it but are left out of the triggers (they sit in the other march's sentence)."),
E(21, ["police arrested a fifth suspect, a 27-year-old welder"],
  "ARR", "2026-02-22", "day", "Sonaco", "GW", None, None, None, "police", None, False,
  "'On Sunday' vs Monday 23 February -> 22 February. '27-year-old' an age, '40 km' a distance, 'two explosive belts' objects."),
E(21, ["a man detained on Feb. 16 at Bissau's airport"],
  "ARR", "2026-02-16", "day", "Bissau", "GW", None, None, None, "police", None, False,
  "'on Feb. 16' -> 16 February (the arrest of holdout35-003). An arrest followed by a release without charge ('released without charge on Friday', 20 February) stays an Arrests event at its own day (events_holdout33 Nouméa); the release is not an event. 'questioned about phone calls' belongs to the same detention. No force named; police in the cluster -> 'police'."),
E(21, ["thousands of people had walked peacefully through Bissau"],
  "PP", "2026-02-21", "day", "Bissau", "GW", None, None, None, None, None, False,
  "'On Saturday, two days before' vs Monday 23 February -> 21 February. A peaceful march with a demand ('better protection for border towns') -> Peaceful protest, null."),
E(21, ["riots over power cuts in which youths set fire to a police station"],
  "RIOT", "2024-01-01", "year", "Gabú", "GW", None, None, None, None, None, True,
  "'in 2024' -> year, background. Riots with arson -> Riots / Violent demonstration, null actor; no casualty stated. 'about 90 million CFA francs' is money."),
]
