"""Authoring source of benchmarks/events_holdout61 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kita, Mali cluster (holdout61-001 to 005; French and English), two
suicide bombers on Saturday 24 January 2026 at two sites of one town in the
Kayes region (the grand market, « le grand marché », and the bus station, «
la gare routière », about 600 m and six minutes apart): a French agency
dispatch with the first report (fr 001), the intervention note of an
emergency medical service ("note d'intervention du SAMU", fr 002), an English
wire on the claim (003), a food bank's update to its volunteers ("point de la
banque alimentaire à ses bénévoles", fr 004) and the transcript of a local
radio's late-afternoon slot ("transcription de la tranche de fin
d'après-midi d'une radio locale", fr 005, kind "transcript"). Mali is UTC+0:
every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout61")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout61-001
ARTICLES.append(A(1, "fr", "article", "2026-01-24T17:00:00Z",
"Mali : un double attentat-suicide frappe Kita, dans la région de Kayes",
"""
KITA, (Agence Sahel Presse) - Deux kamikazes se sont fait exploser samedi matin, à six minutes d'intervalle, au grand marché et à la gare routière de Kita, dans la région de Kayes, dans l'ouest du Mali, tuant au moins onze personnes, sans compter les deux kamikazes, et faisant des dizaines de blessés, selon des sources hospitalières et sécuritaires.

Le premier assaillant a actionné sa ceinture d'explosifs vers 10 h 15 entre les étals de tissus du marché, le jour de la grande foire hebdomadaire. Le second s'est fait exploser à 10 h 21 devant les guichets de la gare routière, à environ 600 mètres, au moment où les passants fuyaient dans cette direction.

« Il y avait du monde partout, des charrettes, des motos, des femmes avec leurs enfants sur le dos », raconte Oumou Sidibé, 41 ans, vendeuse de beurre de karité, dont l'étal porte le numéro 112. « J'ai vu la fumée monter au-dessus de la mosquée, puis tout le monde a couru vers les cars. »

Aucune revendication n'avait été publiée samedi en fin d'après-midi. Selon une source sécuritaire, l'opération « pourrait être l'œuvre » du Groupe de soutien à l'islam et aux musulmans (JNIM), actif depuis plusieurs années dans le sud-ouest du pays, mais « rien n'est établi à ce stade ».

Kita, ville d'environ 50 000 habitants située à quelque 180 km à l'ouest de Bamako, avait jusqu'ici été épargnée. En 2022, un engin explosif improvisé avait tué trois gendarmes sur une piste près de Kassaro, à une soixantaine de kilomètres à l'est.

Les autorités ont décrété un couvre-feu de 19 heures à 6 heures et fermé la route nationale 3 jusqu'à lundi. Les cars de 14 heures pour Bamako ont été annulés. L'hôpital de Kita, qui compte 85 lits, a lancé un appel aux donneurs de sang de tous groupes et ouvert une ligne pour les familles, le 76 14 20 09. Le gouverneur a annoncé l'envoi de 300 gendarmes supplémentaires depuis Kayes.
"""))
GOLD += [
E(1, ["Deux kamikazes se sont fait exploser samedi matin", "Le premier assaillant a actionné sa ceinture d'explosifs", "Le second s'est fait exploser", "l'opération"],
  "SUI", "2026-01-24", "day", "Kita", "ML", 13, 12, "at_least", None, None, False,
  "Dispatch of Saturday 24 January 2026 (17:00 in Kita, UTC+0); 'samedi matin' = the publication day. Two sites of one town (the grand market and the bus station, 'environ 600 mètres', six minutes apart) -> ONE Suicide bomb event coded to the town (events_holdout10's Koupéla convention). First report: 'au moins onze personnes, sans compter les deux kamikazes, et faisant des dizaines de blessés' -> killed 11 + 2 bombers = 13, at_least (the bombers are added); injured 12 ('des dizaines', dev table: 12 at_least; the qualifier describes the killed figure). No claim; 'pourrait être l'œuvre' du JNIM is speculation -> perpetrator null. '10 h 15', '10 h 21', '600 mètres', '41 ans', 'numéro 112', '50 000 habitants', '180 km', 'une soixantaine de kilomètres', '19 heures à 6 heures', 'route nationale 3', '14 heures', '85 lits', '76 14 20 09', '300 gendarmes' are not casualties."),
E(1, ["un engin explosif improvisé avait tué trois gendarmes"],
  "IED", "2022-01-01", "year", "Kassaro", "ML", 3, None, "exact", None, None, True,
  "'En 2022' -> year, background. A roadside improvised explosive device on a track near Kassaro -> Remote explosive/landmine/IED; no author named -> null. 'avait tué trois gendarmes' -> killed 3 (number word), exact; injured null."),
]

# -------------------------------------------------------------- holdout61-002
ARTICLES.append(A(2, "fr", "article", "2026-01-25T09:00:00Z",
"Note d'intervention du SAMU après l'attentat de Kita",
"""
SAMU-MALI - ANTENNE RÉGIONALE DE KAYES. NOTE D'INTERVENTION N° 2026-017. Objet : double attentat-suicide de Kita du samedi 24 janvier 2026. Rédigée le dimanche 25 janvier à 8 heures par le Dr Fatoumata Keïta, médecin régulatrice, à l'attention de la direction générale.

1. ALERTE. Premier appel reçu au centre de régulation à 10 h 19, second à 10 h 24. Deux explosions : au grand marché, puis devant la gare routière, à environ 600 mètres. Premier véhicule sur place à 10 h 34.

2. MOYENS ENGAGÉS. Quatre ambulances de Kita, deux de Kayes (arrivées à 13 h 50 après 290 km de route), une équipe de 22 soignants de l'hôpital régional. Un avion sanitaire a évacué six blessés graves vers Bamako à 17 h 05. 34 poches de sang transfusées, 120 litres de soluté, 31 garrots posés.

3. BILAN. Notre point de samedi à 14 heures faisait état d'au moins onze morts. Ce dimanche matin, le bilan consolidé est de seize morts, dont les deux kamikazes, et de 43 blessés. Une commerçante de 52 ans, amputée des deux jambes, est décédée dans la nuit à l'hôpital de Kita. Onze blessés restent en réanimation, dont trois enfants de moins de 10 ans.

4. SÉCURITÉ DES ÉQUIPES. Le convoi parti de Kayes a dû patienter 40 minutes à l'entrée de Bafoulabé, où la gendarmerie venait d'interpeller samedi soir deux hommes soupçonnés d'avoir conduit les kamikazes jusqu'à Kita. Nos équipages n'ont subi aucun incident. Les soignants de garde depuis samedi à 7 heures ont été relevés à minuit.

5. BESOINS. 200 litres de gasoil pour les ambulances, 500 paires de gants, 40 attelles, deux moniteurs. Un point d'accueil psychologique est ouvert au centre de santé de référence, de 8 heures à 18 heures.

6. CONTACTS. Régulation : 66 72 15 30. Radio des ambulances : canal 6. Prochaine note lundi à 8 heures.
"""))
GOLD += [
E(2, ["double attentat-suicide de Kita du samedi 24 janvier 2026", "Deux explosions"],
  "SUI", "2026-01-24", "day", "Kita", "ML", 16, 43, "exact", None, None, False,
  "Intervention note of Sunday 25 January; 'du samedi 24 janvier 2026' -> 24 January. Two sites of one town -> ONE event ('Deux explosions' names the same bombing). The toll is revised inside: 'au moins onze morts' (Saturday's point, superseded) -> 'seize morts, dont les deux kamikazes, et de 43 blessés' -> killed 16 (bombers inside; the trader of 52 who died overnight is inside), injured 43, exact. 'six blessés graves', 'Onze blessés' in intensive care and 'trois enfants' are subsets. No claim, no group named -> perpetrator null. 'N° 2026-017', '8 heures', '10 h 19', '10 h 24', '600 mètres', '10 h 34', '13 h 50', '290 km', '22 soignants', '17 h 05', '34 poches', '120 litres', '31 garrots', '14 heures', '52 ans', '10 ans', '40 minutes', '7 heures', '200 litres', '500 paires', '40 attelles', '66 72 15 30', 'canal 6' are not casualties."),
E(2, ["la gendarmerie venait d'interpeller samedi soir deux hommes"],
  "ARR", "2026-01-24", "day", "Bafoulabé", "ML", None, None, None, "police", None, False,
  "'samedi soir' vs Sunday 25 January -> 24 January, the evening of the bombing. Two men suspected of driving the bombers to Kita, arrested at the entrance of Bafoulabé by the gendarmerie -> 'police' (dev: gendarmerie is police). The convoy that 'a dû patienter 40 minutes' is not an event."),
]

# -------------------------------------------------------------- holdout61-003
ARTICLES.append(A(3, "en", "article", "2026-01-27T11:00:00Z",
"JNIM claims Kita twin bombing; truck driver held",
"""
KITA, Mali (Sahel Wire) - The al-Qaeda-linked JNIM group on Monday claimed responsibility for Saturday's twin suicide bombing in Kita, a market town in western Mali's Kayes region, and Malian officials said they considered the claim credible.

In a statement issued through its az-Zallaqa media arm, Jama'at Nusrat al-Islam wal-Muslimin said two of its fighters had struck "a gathering of the junta's militias" and boasted of "more than 80 apostates killed". The toll announced by the health ministry on Monday stands at 17 dead, including the two bombers, and 43 wounded; an 11-year-old boy died in hospital in Bamako on Monday morning.

Islamic State's Sahel Province, JNIM's rival in the region, denied any role on Sunday in a message posted on one of its channels. A security official said the two bombers "may have been" recruited in the artisanal gold mines near the Senegalese border.

Gendarmes on Monday arrested a truck driver in Toukoto, 75 km northwest of Kita, on suspicion of carrying the explosives from the Guinean border hidden under 40 sacks of cement of 50 kg each. The two men arrested in Bafoulabé on the evening of the bombing were charged on Monday with terrorism and placed in pretrial detention. An imam from Kita's Bougoucoura district was questioned for six hours and released.

Kita's market, which draws some 20,000 traders and buyers on Saturdays, remained closed, and the governor extended the curfew until Friday. Fuel prices in the town rose by a third, to 900 CFA francs a litre, after the national road was closed.

Suicide bombings have been rare in the Kayes region, which lies far from the central and northern areas where jihadist groups hold sway. In 2019, a grenade thrown into a bar in Kolokani, northeast of Kita, wounded four people.
"""))
GOLD += [
E(3, ["Saturday's twin suicide bombing in Kita"],
  "SUI", "2026-01-24", "day", "Kita", "ML", 17, 43, "exact", "JNIM", "JNIM", False,
  "Wire of Tuesday 27 January; 'Saturday's' -> 24 January. '17 dead, including the two bombers, and 43 wounded' -> killed 17 (bombers inside; the boy of 11 who died Monday is inside), injured 43, exact. JNIM (Jama'at Nusrat al-Islam wal-Muslimin, canonical 'JNIM') 'claimed responsibility', judged 'credible' by officials -> claimant and perpetrator; the claim's 'more than 80 apostates killed' is never used. Islamic State's Sahel Province denied (not a claim); 'may have been' recruited is speculation. 'the claim' is not a naming of the bombing. '11-year-old', '75 km', '40 sacks', '50 kg', 'six hours', '20,000 traders', 'a third', '900 CFA francs' are not casualties."),
E(3, ["Gendarmes on Monday arrested a truck driver in Toukoto"],
  "ARR", "2026-01-26", "day", "Toukoto", "ML", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 27 January -> 26 January. The cluster's suspected facilitator (the truck driver who carried the explosives from the Guinean border), arrested by gendarmes -> 'police'."),
E(3, ["The two men arrested in Bafoulabé on the evening of the bombing"],
  "ARR", "2026-01-24", "day", "Bafoulabé", "ML", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout61-002: 'on the evening of the bombing' -> 24 January. Told through its judicial follow-up ('charged on Monday with terrorism and placed in pretrial detention') -> one Arrests event at the arrest's place and day, not a new one. No force named here -> 'police'. The imam 'questioned for six hours and released' is not arrested."),
E(3, ["a grenade thrown into a bar in Kolokani"],
  "GRN", "2019-01-01", "year", "Kolokani", "ML", None, 4, "exact", None, None, True,
  "'In 2019' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'wounded four people' -> injured 4 (number word), exact."),
]

# -------------------------------------------------------------- holdout61-004
ARTICLES.append(A(4, "fr", "article", "2026-01-29T10:00:00Z",
"Banque alimentaire : le point de la semaine aux bénévoles",
"""
BANQUE ALIMENTAIRE DU CERCLE DE KITA - Point n° 3 aux bénévoles, jeudi 29 janvier 2026.

Chères bénévoles, chers bénévoles,

Voici le point de la semaine, cinq jours après l'attentat du grand marché et de la gare routière. Merci à chacune et à chacun : vous avez tenu le dépôt ouvert quatorze heures par jour.

- LE BILAN. Selon le ministère de la Santé, le double attentat-suicide du samedi 24 janvier a fait dix-huit morts, y compris les deux kamikazes, et quarante-trois blessés. Mariam Diarra, la mère de notre trésorière Kadiatou, blessée au marché, a succombé mercredi à l'hôpital de Kita. Les obsèques ont eu lieu le soir même.

- L'ENQUÊTE. Le JNIM (Groupe de soutien à l'islam et aux musulmans) a revendiqué l'attaque lundi. Boubacar, notre magasinier, a été arrêté mardi matin par les gendarmes à notre entrepôt de Kita, après qu'un voisin a signalé des sacs « suspects » : c'était du mil. Il a été relâché mercredi soir sans aucune charge. Trois de nos chauffeurs, entendus mercredi comme témoins à la brigade, sont rentrés chez eux le soir même.

- LA MARCHE. Mercredi après-midi, quelque 2 000 femmes du marché ont marché en silence jusqu'à la préfecture pour réclamer la réouverture des étals et la sécurité des commerçantes. Tout s'est déroulé dans le calme ; plusieurs d'entre vous y étaient avec nos gilets.

- LES DISTRIBUTIONS. Cette semaine : 3,2 tonnes de riz, 640 sacs de 5 kg, 212 familles servies, dont 58 familles de victimes. Le sac de 25 kg de riz est passé de 12 500 à 14 000 francs CFA au marché de la gare ; nous maintenons les rations.

- LES DONS. Un commerçant de Kayes nous a versé 1 500 000 francs CFA. L'ambassade d'un pays ami nous a promis 10 tonnes de mil pour le 15 février.

- LE PLANNING. Dépôt ouvert de 8 heures à 17 heures, sauf vendredi de 14 heures à 15 heures (prière). Il nous manque 12 bénévoles pour samedi. Inscriptions auprès de Kadiatou au 78 40 61 22.

Courage à toutes et à tous.
"""))
GOLD += [
E(4, ["l'attentat du grand marché et de la gare routière", "le double attentat-suicide du samedi 24 janvier", "l'attaque"],
  "SUI", "2026-01-24", "day", "Kita", "ML", 18, 43, "exact", "JNIM", "JNIM", False,
  "Volunteers' update of Thursday 29 January; 'du samedi 24 janvier' -> 24 January. 'dix-huit morts, y compris les deux kamikazes, et quarante-trois blessés' -> killed 18 (bombers inside; the treasurer's mother who died Wednesday is inside), injured 43 (number words), exact. 'Le JNIM (Groupe de soutien à l'islam et aux musulmans) a revendiqué l'attaque lundi', undisputed -> claimant and perpetrator 'JNIM'. 'quatorze heures', '2 000 femmes' (marchers), '3,2 tonnes', '640 sacs', '5 kg', '212 familles', '58 familles', '25 kg', '12 500', '14 000 francs CFA', '1 500 000 francs CFA', '10 tonnes', '15 février', '8 heures à 17 heures', '14 heures à 15 heures', '12 bénévoles', '78 40 61 22' are not casualties."),
E(4, ["Boubacar, notre magasinier, a été arrêté mardi matin"],
  "ARR", "2026-01-27", "day", "Kita", "ML", None, None, None, "police", None, False,
  "'mardi matin' vs Thursday 29 January -> 27 January. The food bank's storekeeper arrested by the gendarmes at its Kita warehouse -> 'police'; 'relâché mercredi soir sans aucune charge': a release without charge does not undo the arrest and is not an event. The three drivers 'entendus mercredi comme témoins' are not arrested."),
E(4, ["quelque 2 000 femmes du marché ont marché en silence"],
  "PP", "2026-01-28", "day", "Kita", "ML", None, None, None, None, None, False,
  "'Mercredi après-midi' vs Thursday 29 January -> 28 January. A silent march to the prefecture with demands (the stalls reopened, the traders' safety), 'Tout s'est déroulé dans le calme' -> Peaceful protest, perpetrator null. '2 000' counts marchers."),
]

# -------------------------------------------------------------- holdout61-005
ARTICLES.append(A(5, "fr", "transcript", "2026-01-31T18:30:00Z",
"« Kita Soir » : la tranche de fin d'après-midi du samedi 31 janvier",
"""
RADIO KÉNÉYA FM 98.4 - KITA SOIR, TRANCHE DE FIN D'APRÈS-MIDI, SAMEDI 31 JANVIER 2026, 17 HEURES - 18 HEURES. Transcription.

AWA TRAORÉ (présentatrice) : Il est 17 heures, bonsoir à toutes et à tous. Une semaine jour pour jour après le double attentat-suicide du grand marché et de la gare routière, qui a fait dix-huit morts, les deux kamikazes compris, et 43 blessés, Kita a de nouveau connu la tension cet après-midi. Seydou, vous étiez devant le camp de la gendarmerie.

SEYDOU COULIBALY (correspondant) : Oui, Awa. Vers 14 heures, plusieurs centaines de jeunes sont partis du rond-point de la gare pour marcher sur le camp. Ils réclamaient le départ du préfet, qu'ils accusent de n'avoir rien fait. Devant le portail, les gendarmes les ont dispersés à coups de gaz lacrymogène et de matraques. On compte cinq blessés légers, dont un gendarme. À 16 h 30, le calme était revenu.

AWA TRAORÉ : Et l'enquête ?

SEYDOU COULIBALY : Trois hommes ont été arrêtés jeudi à Manantali, à 120 km à l'ouest, soupçonnés d'avoir hébergé les kamikazes pendant deux semaines. Le chauffeur de camion interpellé lundi à Toukoto a été présenté hier au juge du pôle spécialisé de Bamako et placé sous mandat de dépôt. Le JNIM, qui a revendiqué l'attentat lundi dernier, n'a plus rien publié.

AWA TRAORÉ : Les femmes du marché annoncent une nouvelle marche demain dimanche à 9 heures. La mairie rappelle que le grand marché rouvrira partiellement mardi, de 7 heures à 13 heures, sur 300 étals.

AWA TRAORÉ : La météo : harmattan soutenu, 34 degrés cet après-midi, 17 degrés cette nuit. Le prix du litre d'essence est redescendu à 775 francs.

AWA TRAORÉ : En sport, le match de l'AS Kita contre Kayes, prévu demain, est reporté. Vos dédicaces et vos messages de soutien au 76 30 12 12. Après la pause, nous recevons le Dr Keïta, du SAMU, pour parler du soutien psychologique aux enfants. Restez avec nous sur le 98.4.
"""))
GOLD += [
E(5, ["plusieurs centaines de jeunes sont partis du rond-point de la gare pour marcher sur le camp", "les gendarmes les ont dispersés à coups de gaz lacrymogène et de matraques"],
  "PI", "2026-01-31", "day", "Kita", "ML", None, 5, "exact", None, None, False,
  "Radio slot of Saturday 31 January; 'cet après-midi', 'Vers 14 heures' -> the publication day. Several hundred young people marching on the gendarmerie camp with a demand (the prefect's departure), dispersed 'à coups de gaz lacrymogène et de matraques' -> Protests / Protest with intervention, perpetrator null (dev). 'cinq blessés légers, dont un gendarme' -> injured 5 (all sides inside), exact; killed null. 'plusieurs centaines de jeunes' counts marchers. The march and its dispersal are one event: the march is its first trigger, the dispersal its second."),
E(5, ["le double attentat-suicide du grand marché et de la gare routière", "l'attentat"],
  "SUI", "2026-01-24", "day", "Kita", "ML", 18, 43, "exact", "JNIM", "JNIM", False,
  "'Une semaine jour pour jour' before Saturday 31 January -> 24 January. 'dix-huit morts, les deux kamikazes compris, et 43 blessés' -> killed 18 (bombers inside), injured 43, exact. 'Le JNIM, qui a revendiqué l'attentat lundi dernier' -> claimant and perpetrator 'JNIM'. 'l'attentat' occurs once (inside 'l'attentat lundi dernier'). '98.4', '17 heures', '18 heures', '14 heures', '16 h 30', '120 km', 'deux semaines', '9 heures', '7 heures à 13 heures', '300 étals', '34 degrés', '17 degrés', '775 francs', '76 30 12 12' are not casualties."),
E(5, ["Trois hommes ont été arrêtés jeudi à Manantali"],
  "ARR", "2026-01-29", "day", "Manantali", "ML", None, None, None, "police", None, False,
  "'jeudi' vs Saturday 31 January -> 29 January. Three men suspected of lodging the bombers -> one Arrests event (one place, one day). No force named; the gendarmerie of the cluster -> 'police'."),
E(5, ["Le chauffeur de camion interpellé lundi à Toukoto"],
  "ARR", "2026-01-26", "day", "Toukoto", "ML", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout61-003: 'lundi' vs Saturday 31 January -> 26 January. 'présenté hier au juge ... et placé sous mandat de dépôt' is its judicial follow-up, not a new arrest. No force named -> 'police'. The march announced for 'demain dimanche' is future, not coded."),
]
