"""Authoring source of benchmarks/events_holdout49 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Sokodé, Togo cluster (holdout49-016 to 020; French and English),
two suicide bombers on Friday 27 November 2026 at two sites of one town (the
big market, « le grand marché », and the bus station, « la gare routière »,
about 600 m and seven minutes apart): a French agency dispatch with the
first report (« dépêche », fr 016), a driving school's notice to its pupils
(« avis d'auto-école », fr 017), an English research note of a security
institute on the claim and the arrests (018), the minutes of a neighbourhood
council (« compte rendu de conseil de quartier », fr 019) and a lottery
company's notice to the public (« avis de la loterie », fr 020). Togo is
UTC+0: every local date is the UTC date. The toll: 10 at least (Friday), 14
after a driving instructor died on Sunday 29 November; 53 wounded. The
claimant is JNIM (« le Groupe de soutien à l'islam et aux musulmans (GSIM) »,
« le GSIM », "JNIM (Jama'at Nusrat al-Islam wal-Muslimin)") -> "JNIM" (dev).
The gold writes "Sokodé" (English "Sokode"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout49")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout49-016
ARTICLES.append(A(16, "fr", "article", "2026-11-27T15:00:00Z",
"Togo : deux kamikazes frappent le marché et la gare routière de Sokodé",
"""
SOKODÉ, (Agence Golfe de Guinée Presse) - Deux kamikazes se sont fait exploser vendredi en fin de matinée à Sokodé, la deuxième ville du Togo, l'un dans le grand marché, l'autre à la gare routière, tuant au moins dix personnes, dont les deux assaillants, et faisant une vingtaine de blessés, selon un premier bilan de la gendarmerie nationale.

La première explosion s'est produite vers 11 h 30 entre les hangars des vendeuses de pagnes, à l'heure où le marché du vendredi attire des milliers de clients de toute la région Centrale. Sept minutes plus tard, le second homme a déclenché sa charge au milieu des minibus en partance pour Lomé, à environ 600 mètres de là.

« Les gens criaient et couraient dans tous les sens », raconte Abiba, 34 ans, vendeuse de céréales, qui vend le bol de maïs à 350 francs CFA. Les blessés ont été évacués vers le centre hospitalier régional, qui compte 250 lits, et certains vers Kara, à 80 km au nord.

Le double attentat n'avait pas été revendiqué vendredi après-midi. Une source sécuritaire évoque la piste du Groupe de soutien à l'islam et aux musulmans (GSIM), lié à Al-Qaïda, qui « pourrait chercher » à étendre ses opérations vers le centre du pays.

Le nord du Togo est visé depuis 2021 par des attaques jihadistes, mais aucun attentat-suicide n'avait jamais frappé le pays. En 2023, un engin explosif artisanal avait blessé quatre soldats près de Barkoissi, dans la région des Savanes.

Le gouvernement a décrété un couvre-feu de 20 heures à 6 heures à Sokodé, à 340 km au nord de la capitale, et la route nationale n° 1 a été fermée pendant six heures. Quelque 500 gendarmes ont été déployés dans la ville, et les 38 établissements scolaires de la commune resteront fermés jusqu'à mercredi. Un numéro vert, le 8200, est mis à la disposition des familles.
"""))
GOLD += [
E(16, ["Deux kamikazes se sont fait exploser", "La première explosion", "le second homme a déclenché sa charge", "Le double attentat n'avait pas été revendiqué"],
  "SUI", "2026-11-27", "day", "Sokodé", "TG", 10, 20, "at_least", None, None, False,
  "Agency dispatch of Friday 27 November 2026; 'vendredi en fin de matinée' = the publication day. Two sites of one town (the big market and the bus station, 'à environ 600 mètres', 'Sept minutes plus tard') -> ONE Suicide bomb event coded to the town. First report: 'au moins dix personnes, dont les deux assaillants, et faisant une vingtaine de blessés' -> killed 10 (bombers inside), at_least; injured 'une vingtaine' -> 20 (dev table; the qualifier describes the killed figure). No claim; 'la piste du GSIM', which « pourrait chercher » to expand, is speculation -> perpetrator null. '11 h 30', 'des milliers de clients', '600 mètres', '34 ans', '350 francs CFA', '250 lits', '80 km', '2021', '20 heures à 6 heures', '340 km', 'n° 1', 'six heures', '500 gendarmes', '38 établissements', '8200' are not casualties. 'des attaques jihadistes' since 2021 is generic and not coded."),
E(16, ["un engin explosif artisanal avait blessé quatre soldats près de Barkoissi"],
  "IED", "2023-01-01", "year", "Barkoissi", "TG", None, 4, "exact", None, None, True,
  "'En 2023' -> year, background. A homemade explosive device -> Remote explosive/landmine/IED; no author named -> null. 'avait blessé quatre soldats' -> injured 4 (number word), exact. Coded to the village named ('près de Barkoissi'), in the Savanes region."),
]

# -------------------------------------------------------------- holdout49-017
ARTICLES.append(A(17, "fr", "article", "2026-11-30T08:00:00Z",
"Auto-école La Confiance : avis à nos élèves",
"""
AUTO-ÉCOLE LA CONFIANCE - SOKODÉ, quartier Kpangalam, face à la gare routière. AVIS À NOS ÉLÈVES ET À LEURS PARENTS. Sokodé, le lundi 30 novembre 2026.

C'est avec une immense douleur que nous vous annonçons le décès de notre moniteur, Issifou Tchédré, 45 ans, blessé vendredi à la gare routière lors du double attentat-suicide et mort hier à l'hôpital régional. Vendredi soir, on parlait d'au moins douze morts ; selon le communiqué du gouvernement publié dimanche soir, l'attentat a fait quatorze morts, dont les deux kamikazes, et 53 blessés. Deux de nos élèves font partie des blessés légers. Notre véhicule-école, une Toyota Yaris garée devant le bureau, a été détruit.

Notre secrétaire, qui se trouvait au bureau au moment de l'explosion, a été entendue samedi par la gendarmerie comme témoin, puis est rentrée chez elle.

En conséquence :

1. Les cours de code et de conduite sont suspendus jusqu'au samedi 5 décembre inclus. Les heures de conduite déjà payées (forfait de 20 heures) restent acquises.

2. Les examens du permis B prévus le jeudi 3 décembre au centre d'examen de Sokodé sont reportés au jeudi 17 décembre. Les 28 candidats inscrits seront prévenus par SMS.

3. Les frais de dossier (35 000 francs CFA) ne seront pas facturés une seconde fois, et les candidats qui échoueront le 17 décembre pourront repasser l'épreuve sans frais.

4. Les cours de code reprendront lundi 7 décembre dans notre annexe du quartier Komah, de 8 heures à 12 heures, par groupes de 15 élèves au plus.

5. La famille de M. Tchédré reçoit les condoléances à son domicile de Kpangalam à partir de samedi 15 heures. Une cotisation est ouverte au bureau : 5 000 francs par élève, sans obligation.

Pour toute information : 90 47 21 08 ou 25 50 03 17, du lundi au vendredi, de 8 heures à 17 heures.

La direction
"""))
GOLD += [
E(17, ["double attentat-suicide", "l'attentat a fait quatorze morts", "l'explosion"],
  "SUI", "2026-11-27", "day", "Sokodé", "TG", 14, 53, "exact", None, None, False,
  "Driving school notice of Monday 30 November; 'vendredi' -> 27 November. The toll is revised inside: 'au moins douze morts' (Friday evening, superseded) -> 'quatorze morts, dont les deux kamikazes, et 53 blessés' -> killed 14 (bombers inside; the instructor of 45 who died 'hier', Sunday 29 November, is inside), injured 53, exact. 'Deux de nos élèves' are a subset of the injured. 'au moment de l'explosion' (the bus station blast) names the same one event. No claim -> perpetrator null. '45 ans', '5 décembre', '20 heures' (lessons), '3 décembre', '17 décembre', '28 candidats', '35 000 francs CFA', '7 décembre', '8 heures à 12 heures', '15 élèves', '15 heures', '5 000 francs', '90 47 21 08', '25 50 03 17', '8 heures à 17 heures' are not casualties. The secretary 'entendue ... comme témoin, puis est rentrée chez elle' is not arrested."),
]

# -------------------------------------------------------------- holdout49-018
ARTICLES.append(A(18, "en", "article", "2026-12-02T10:00:00Z",
"Research note: JNIM's claim of the Sokode bombing",
"""
GULF OF GUINEA SECURITY OBSERVATORY - RESEARCH NOTE No. 31/2026. Accra, 2 December 2026. Authors: Efua Mensah and Yao Kouassi.

Summary. JNIM's claim of Friday's twin suicide bombing in Sokode is, in our assessment, credible. It is the first suicide attack in Togo and the deepest strike by a Sahelian armed group into a coastal state.

1. What happened. Two bombers struck the big market and the bus station of Sokode, Togo's second city, at about 11:30 a.m. on 27 November, seven minutes apart. The government's figure, unchanged since Sunday, is 14 dead, including the two bombers, and 53 wounded.

2. The claim. JNIM (Jama'at Nusrat al-Islam wal-Muslimin), al-Qaeda's Sahel affiliate, claimed the bombing on Sunday through its az-Zallaqa media arm. Its statement boasts of "more than 60 soldiers and crusaders" killed, a figure with no relation to the official toll. Islamic State Sahel Province denied any role on Monday. Togolese officials say the bombers "may have been" trained in eastern Burkina Faso; we have seen no evidence of this.

3. Arrests. Gendarmes arrested two men in Bafilo, 35 km north of Sokode, on Saturday; they are suspected of having housed the bombers. On Monday, Beninese police arrested a trader in Bassila, 20 km across the border, suspected of supplying the detonators. A student arrested in Sokode on Saturday was released without charge on Tuesday.

4. Context. Togo's far north has faced attacks since 2021. In 2023, a roadside bomb wounded four soldiers near Barkoissi. Until Friday, no attack had reached the Centrale region.

5. Outlook. Togo's security budget rose by 40 percent in 2025, and about 3,500 troops are deployed in the Savanes region. We expect JNIM to try to repeat the attack on a market day, and we recommend that the authorities share intelligence with Benin and Ghana, whose northern districts sit on the same smuggling routes.

Contact: research@ggso-accra.org, +233 30 277 41 90.
"""))
GOLD += [
E(18, ["Friday's twin suicide bombing in Sokode", "Two bombers struck the big market and the bus station of Sokode", "claimed the bombing"],
  "SUI", "2026-11-27", "day", "Sokodé", "TG", 14, 53, "exact", "JNIM", "JNIM", False,
  "Research note of Wednesday 2 December; 'on 27 November' -> 27 November. '14 dead, including the two bombers, and 53 wounded' -> killed 14, injured 53, exact. 'JNIM ... claimed the bombing on Sunday', judged 'credible' by the authors -> claimant and perpetrator 'JNIM' (dev); the claim's 'more than 60 soldiers and crusaders' is never used. Islamic State Sahel Province's denial is not a claim; 'may have been' trained is speculation. Gold spelling 'Sokodé' (English 'Sokode'). 'No. 31/2026', '11:30 a.m.', 'seven minutes', '35 km', '20 km', '2021', '40 percent', '2025', '3,500 troops', '+233 30 277 41 90' are not casualties. 'to try to repeat the attack' is future, not an event."),
E(18, ["Gendarmes arrested two men in Bafilo"],
  "ARR", "2026-11-28", "day", "Bafilo", "TG", None, None, None, "police", None, False,
  "'on Saturday' vs Wednesday 2 December -> 28 November. Two men suspected of housing the bombers; 'Gendarmes' -> 'police' (dev)."),
E(18, ["Beninese police arrested a trader in Bassila"],
  "ARR", "2026-11-30", "day", "Bassila", "BJ", None, None, None, "police", None, False,
  "'On Monday' vs Wednesday 2 December -> 30 November. The cluster's suspected facilitator (who supplied the detonators), arrested across the border in Bassila, Benin -> BJ, coded to the place of the arrest; the Beninese police -> 'police'."),
E(18, ["A student arrested in Sokode on Saturday"],
  "ARR", "2026-11-28", "day", "Sokodé", "TG", None, None, None, "police", None, False,
  "'on Saturday' vs Wednesday 2 December -> 28 November. 'was released without charge on Tuesday': the release does not undo the arrest and is not an event. No force named -> 'police'."),
E(18, ["a roadside bomb wounded four soldiers near Barkoissi"],
  "IED", "2023-01-01", "year", "Barkoissi", "TG", None, 4, "exact", None, None, True,
  "'In 2023' -> year, background: the device of holdout49-016. A roadside bomb -> Remote explosive/landmine/IED; no author named -> null. 'wounded four soldiers' -> injured 4, exact. 'attacks since 2021' is generic and not coded."),
]

# -------------------------------------------------------------- holdout49-019
ARTICLES.append(A(19, "fr", "article", "2026-12-03T09:00:00Z",
"Conseil de quartier de Kouloundè : compte rendu de la réunion du 2 décembre",
"""
CONSEIL DE QUARTIER DE KOULOUNDÈ (SOKODÉ) - COMPTE RENDU DE LA RÉUNION EXTRAORDINAIRE DU MERCREDI 2 DÉCEMBRE 2026, tenue à 16 heures à l'école primaire publique du quartier. Rédigé le jeudi 3 décembre.

Présents : 23 membres sur 25, le chef de quartier, le commandant de la brigade de gendarmerie et environ 140 habitants.

1. Hommage. Le chef de quartier a ouvert la séance par une minute de silence pour les quatorze morts, dont les deux kamikazes, et les 53 blessés de l'attentat-suicide du vendredi 27 novembre au grand marché et à la gare routière. Quatre habitants du quartier figurent parmi les morts, dont une vendeuse de pagnes de 61 ans. L'attentat a été revendiqué dimanche par le GSIM.

2. Les marches. Le conseil salue la marche des femmes de lundi : près de 3 000 femmes vêtues de blanc ont défilé du rond-point du marché jusqu'à la préfecture, dans le calme, pour demander « la paix pour Sokodé ». Il regrette en revanche que la marche des jeunes de mardi, qui réclamaient davantage de patrouilles, ait été dispersée devant la gare routière par les gendarmes à coups de gaz lacrymogène et de matraque : six jeunes ont été blessés, dont deux du quartier. Le commandant de brigade a promis une enquête.

3. Les arrestations. Le jeune Abdou-Razak, 19 ans, élève en terminale, arrêté samedi au domicile de ses parents, a été relâché mardi sans qu'aucune charge soit retenue contre lui. Une quinzaine d'habitants convoqués à la brigade pour être entendus sont tous rentrés le soir même. Les deux hommes arrêtés samedi à Bafilo ont été placés sous mandat de dépôt lundi.

4. Sécurité. Des comités de vigilance de 12 volontaires par secteur seront formés. Jusqu'au 15 décembre, les commerces fermeront à 19 heures ; le couvre-feu commence désormais à 22 heures au lieu de 20 heures.

5. Solidarité. La collecte du quartier a rassemblé 640 000 francs CFA et 35 sacs de riz de 50 kilos, remis mardi aux familles.

Prochaine réunion : mercredi 16 décembre à 16 heures. Le secrétaire de séance, Moussa Bawa.
"""))
GOLD += [
E(19, ["l'attentat-suicide du vendredi 27 novembre", "L'attentat a été revendiqué"],
  "SUI", "2026-11-27", "day", "Sokodé", "TG", 14, 53, "exact", "JNIM", "JNIM", False,
  "Minutes written Thursday 3 December; 'du vendredi 27 novembre' -> 27 November. 'quatorze morts, dont les deux kamikazes, et les 53 blessés' -> killed 14, injured 53, exact; 'Quatre habitants du quartier' are a subset. 'revendiqué dimanche par le GSIM', undisputed -> 'JNIM' (dev: GSIM), claimant and perpetrator. '16 heures', '23 membres sur 25', '140 habitants', '61 ans', '3 000 femmes', '19 ans', 'Une quinzaine d'habitants' (summoned), '12 volontaires', '15 décembre', '19 heures', '22 heures', '20 heures', '640 000 francs CFA', '35 sacs', '50 kilos', '16 décembre' are not casualties. The minute of silence is not coded."),
E(19, ["la marche des femmes de lundi"],
  "PP", "2026-11-30", "day", "Sokodé", "TG", None, None, None, None, None, False,
  "'de lundi' vs Thursday 3 December (the meeting was Wednesday 2 December; both give Monday 30 November). Nearly 3,000 women marching 'dans le calme' with a demand ('la paix pour Sokodé') -> Peaceful protest, perpetrator null. '3 000' counts marchers."),
E(19, ["la marche des jeunes de mardi"],
  "PI", "2026-12-01", "day", "Sokodé", "TG", None, 6, "exact", None, None, False,
  "'de mardi' -> Tuesday 1 December. Young people marching with a demand (more patrols), 'dispersée ... par les gendarmes à coups de gaz lacrymogène et de matraque' -> Protest with intervention, perpetrator null (dev). 'six jeunes ont été blessés' -> injured 6, exact; 'dont deux du quartier' is a subset."),
E(19, ["arrêté samedi au domicile de ses parents"],
  "ARR", "2026-11-28", "day", "Sokodé", "TG", None, None, None, "police", None, False,
  "'samedi' -> 28 November: the student of holdout49-018, arrested at his parents' home in the Kouloundè district of Sokodé -> Sokodé. 'relâché mardi sans qu'aucune charge soit retenue': the release does not undo the arrest. The gendarmes of the meeting -> 'police'. The 'quinzaine d'habitants convoqués ... pour être entendus' are questioned, not arrested."),
E(19, ["Les deux hommes arrêtés samedi à Bafilo"],
  "ARR", "2026-11-28", "day", "Bafilo", "TG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout49-018: 'samedi' -> 28 November. 'placés sous mandat de dépôt lundi' is its judicial follow-up, not a new arrest. No force named -> 'police'."),
]

# -------------------------------------------------------------- holdout49-020
ARTICLES.append(A(20, "fr", "article", "2026-12-04T12:00:00Z",
"Togo Jeux : tirages reportés et points de vente de Sokodé",
"""
TOGO JEUX SA - AVIS AU PUBLIC N° 44/2026. Lomé, le vendredi 4 décembre 2026.

1. Après le double attentat-suicide du vendredi 27 novembre à Sokodé, revendiqué par le GSIM, qui a fait quatorze morts, dont les deux auteurs, et cinquante-trois blessés, Togo Jeux SA présente ses condoléances aux familles. Parmi les victimes figure notre revendeuse du grand marché, Mme Fatimatou Ouro-Djobo, 48 ans, qui tenait le kiosque n° 17 depuis 2011.

2. Le tirage du Loto Bonheur du samedi 28 novembre (tirage n° 1147) a été reporté au samedi 5 décembre à 18 heures. Les tickets achetés pour ce tirage restent valables. Le tirage n° 1148, prévu le même jour, aura lieu à 18 h 30.

3. Résultats du tirage n° 1146 du mercredi 25 novembre : 7 - 19 - 23 - 41 - 52, numéro bonus 8. Un ticket gagnant de 12 500 000 francs CFA a été validé à Atakpamé. Les gains supérieurs à 500 000 francs sont payés au siège, sur présentation d'une pièce d'identité.

4. Nos 14 points de vente de Sokodé restent fermés jusqu'au lundi 7 décembre. Les kiosques du grand marché et de la gare routière, endommagés, rouvriront à une date qui sera annoncée. Les gains inférieurs à 50 000 francs peuvent être payés dans nos agences de Kara et de Blitta.

5. 10 % des mises du tirage du 5 décembre seront versés au fonds de solidarité ouvert par le gouvernement pour les victimes et leurs familles.

6. Attention : aucun agent de Togo Jeux ne vous demandera d'argent par téléphone pour « débloquer un gain ». Des escrocs utilisent le nom de notre société depuis la semaine dernière. Signalez toute tentative au 22 21 47 80.

Nous rappelons que les jeux sont interdits aux moins de 18 ans. Jouer comporte des risques : endettement, dépendance. Appelez le 8282 (appel gratuit) si vous avez besoin d'aide.

La direction générale
"""))
GOLD += [
E(20, ["double attentat-suicide du vendredi 27 novembre à Sokodé"],
  "SUI", "2026-11-27", "day", "Sokodé", "TG", 14, 53, "exact", "JNIM", "JNIM", False,
  "Lottery notice of Friday 4 December; 'du vendredi 27 novembre' -> 27 November. 'quatorze morts, dont les deux auteurs, et cinquante-trois blessés' -> killed 14, injured 53 (number words), exact; the seller of 48 is inside the toll. 'revendiqué par le GSIM', undisputed -> 'JNIM', claimant and perpetrator. The lottery's numbers ('n° 44/2026', '48 ans', 'n° 17', '2011', '28 novembre', 'n° 1147', '5 décembre', '18 heures', 'n° 1148', '18 h 30', 'n° 1146', '25 novembre', the winning numbers '7 - 19 - 23 - 41 - 52', 'bonus 8', '12 500 000 francs CFA', '500 000 francs', '14 points de vente', '7 décembre', '50 000 francs', '10 %', '22 21 47 80', '18 ans', '8282') are not casualties. The scam warning is no event."),
]
