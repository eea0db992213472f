"""Authoring source of benchmarks/events_holdout57 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Jacmel, Haiti cluster (holdout57-011 to 015; French and
English), two suicide bombers on Friday 25 September 2026 at two sites of
one town in the Sud-Est department (the iron market, « le marché en fer »,
and the seafront promenade, about 500 m and seven minutes apart): a French
agency dispatch with a first report (011), the transcript of a local
radio's night news flash ("transcription d'un flash radio de nuit", fr
012, kind "transcript"), an English wire on the claim, an arrest in the
Dominican Republic and a march (013), the logbook of a sea rescue station
("journal de bord de la station de sauvetage en mer", fr 014) and an
English message of a running club whose race is postponed (015). Haiti
and the Dominican Republic are UTC-4 in September and October: the night
flash of 01:00 on Saturday 26 September is 05:00 UTC the same day, and
every other publication time is between 14:00 and 19:00 UTC, so every local
date is the UTC date. The gold writes "Cayes-Jacmel", "Belle-Anse" and
"Bainet" as in French and Haitian usage, and "Pedernales" (DO). Notes are
in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout57")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout57-011
ARTICLES.append(A(11, "fr", "article", "2026-09-25T19:00:00Z",
"Haïti : double attentat-suicide à Jacmel, au moins douze morts",
"""
JACMEL, (Agence Caraïbe Presse) - Deux kamikazes se sont fait exploser vendredi matin dans le centre de Jacmel, chef-lieu du département du Sud-Est, faisant au moins douze morts, dont les deux assaillants, et une quarantaine de blessés, selon la Protection civile.

Le premier s'est fait sauter vers 10 h 05 au milieu des étals du marché en fer, le second sept minutes plus tard sur la promenade du bord de mer, à environ 500 mètres, où des centaines de personnes s'étaient réfugiées.

« Il y avait des morceaux de tôle jusque sur la place d'Armes », raconte un vendeur de fritay de 26 ans. L'hôpital Saint-Michel, qui dispose de 90 lits, a lancé un appel aux donneurs de sang et réclamé des poches de groupe O depuis Port-au-Prince, à 90 km au nord.

Aucune revendication n'a été publiée. Selon un responsable de la police, l'attaque « pourrait porter la marque » de la coalition de gangs Viv Ansanm, qui contrôle une grande partie de la capitale, mais aucune preuve n'a été avancée.

Jacmel, ville d'environ 50 000 habitants connue pour son carnaval et ses artisans, avait été largement épargnée par la violence des gangs. En 2022, une grenade lancée contre le commissariat de Bainet, à 35 km à l'ouest, avait blessé deux policiers.

La route de Port-au-Prince a été fermée au niveau de Carrefour Dufort. Un couvre-feu de 19 heures à 5 heures a été décrété, et les 42 écoles de la commune resteront fermées jusqu'à mercredi. À la pompe, le gallon d'essence se vendait en fin de journée 450 gourdes, contre 325 la veille. Le Premier ministre est attendu samedi à Jacmel avec trois ministres.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser", "Le premier s'est fait sauter", "le second", "l'attaque"],
  "SUI", "2026-09-25", "day", "Jacmel", "HT", 12, 40, "at_least", None, None, False,
  "Agency dispatch of Friday 25 September 2026 (15:00 in Jacmel, UTC-4); 'vendredi matin' = the publication day. Two sites of one town (the iron market and the seafront promenade, 'environ 500 mètres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins douze morts, dont les deux assaillants' -> killed 12 (bombers inside), at_least; 'une quarantaine de blessés' -> injured 40 (dev table: quarantaine = 40; the qualifier describes the killed figure). No claim; the attack « pourrait porter la marque » de Viv Ansanm is speculation -> perpetrator null. '10 h 05', '500 mètres', 'des centaines de personnes' (people sheltering), '26 ans', '90 lits', '90 km', '50 000 habitants', '35 km', '19 heures à 5 heures', '42 écoles', '450 gourdes', '325', 'trois ministres' are not casualties."),
E(11, ["une grenade lancée contre le commissariat de Bainet"],
  "GRN", "2022-01-01", "year", "Bainet", "HT", None, 2, "exact", None, None, True,
  "'En 2022' -> year, background. A thrown grenade -> Grenade; no author -> null. 'avait blessé deux policiers' -> injured 2, exact; killed null."),
]

# -------------------------------------------------------------- holdout57-012
ARTICLES.append(A(12, "fr", "transcript", "2026-09-26T05:00:00Z",
"Radio Étoile du Sud-Est : flash de nuit de 1 heure",
"""
RADIO ÉTOILE DU SUD-EST, JACMEL - FLASH DE NUIT DE 1 HEURE, samedi 26 septembre 2026. Transcription.

PRÉSENTATRICE (Nadège Thermidor) : Il est 1 heure. Vous écoutez Radio Étoile, 96,3 FM. Voici les informations de la nuit.

Jacmel pleure ses morts. Le bilan du double attentat-suicide d'hier matin a encore été revu à la hausse. À 20 heures, la Protection civile parlait de treize morts. Le dernier chiffre, donné à minuit par le délégué départemental, est de quatorze personnes tuées, sans compter les deux kamikazes, et de 58 blessés. Six blessés graves ont été évacués vers la capitale par hélicoptère.

Autre information : deux hommes ont été arrêtés hier soir à Cayes-Jacmel, à 12 kilomètres à l'est, dans une maison où la police a saisi un sac de clous et des fils électriques. Ils sont interrogés cette nuit au commissariat de Jacmel. Par ailleurs, une dizaine de pêcheurs du bord de mer, entendus dans l'après-midi, ont tous été relâchés.

Notre correspondant au marché en fer, Wilson, est en ligne.

WILSON (correspondant) : Nadège, la zone est toujours bouclée. Les pompiers ont travaillé jusqu'à 23 heures à la lumière des projecteurs. Il y a une odeur de brûlé partout. Les marchandes disent qu'elles ont perdu tout leur stock, jusqu'à 80 000 gourdes pour certaines.

PRÉSENTATRICE : Merci, Wilson. Rappel pratique : le couvre-feu court jusqu'à 5 heures. La route de Port-au-Prince reste fermée à Carrefour Dufort. Les familles peuvent appeler le 3733-1890 pour retrouver un proche. Les donneurs de sang sont attendus à 7 heures à l'hôpital Saint-Michel.

Météo : ciel dégagé, 27 degrés à Jacmel cette nuit, vent d'est de 10 nœuds, mer peu agitée, houle de 1 mètre. Prochain flash à 2 heures. Bonne nuit quand même, Jacmel.
"""))
GOLD += [
E(12, ["double attentat-suicide d'hier matin"],
  "SUI", "2026-09-25", "day", "Jacmel", "HT", 16, 58, "exact", None, None, False,
  "Night flash of 01:00 on Saturday 26 September (05:00 UTC, the same date); 'd'hier matin' -> Friday 25 September. The toll is revised inside: 'treize morts' at 20:00 (superseded) -> 'quatorze personnes tuées, sans compter les deux kamikazes, et de 58 blessés' -> killed 14 + 2 bombers = 16, injured 58, exact; 'Six blessés graves' are a subset. No claim -> perpetrator null. '1 heure', '96,3 FM', '20 heures', 'minuit', '12 kilomètres', 'une dizaine de pêcheurs' (heard), '23 heures', '80 000 gourdes', '5 heures', '3733-1890', '7 heures', '27 degrés', '10 nœuds', '1 mètre', '2 heures' are not casualties."),
E(12, ["deux hommes ont été arrêtés hier soir à Cayes-Jacmel"],
  "ARR", "2026-09-25", "day", "Cayes-Jacmel", "HT", None, None, None, "police", None, False,
  "'hier soir' in a flash of 01:00 on Saturday 26 September -> Friday 25 September, the evening of the bombing. The nails and wires seized belong to the arrest. The police -> 'police'. 'interrogés cette nuit' is the arrest's custody. The fishermen 'entendus dans l'après-midi, ont tous été relâchés' are questioned, not arrested."),
]

# -------------------------------------------------------------- holdout57-013
ARTICLES.append(A(13, "en", "article", "2026-09-28T16:00:00Z",
"Haitian gang coalition claims Jacmel suicide bombing",
"""
JACMEL, Haiti (Caribbean Wire) - Haiti's Viv Ansanm gang coalition has claimed last week's twin suicide bombing in the southern port town of Jacmel, and police said on Monday they considered the claim credible.

In a video posted on Sunday, a masked spokesman said the coalition had carried out the Friday attack "to punish the south" for backing the government, and claimed "more than 60" dead. The police chief said the video showed the two bombers rehearsing in a house that officers had since searched. The rival Gran Grif gang denied any part in the attack in a voice message on Sunday.

The toll rose to 17, including the two bombers, after a 10-year-old girl died in hospital on Sunday; 58 people were wounded. The justice minister said the bombers "may have been" promised $5,000 each for their families.

Dominican police on Sunday arrested a Haitian fisherman in Pedernales, across the border from Anse-a-Pitres, who is suspected of having brought the explosives by boat; he is awaiting transfer to Haiti. The two men arrested in Cayes-Jacmel on the night of the bombing were charged on Monday with terrorism and murder.

On Sunday afternoon, several thousand people marched silently from Jacmel's cathedral to the iron market, many of them dressed in white, to demand that the state protect the south. The march ended without incident.

Jacmel had largely escaped the gang violence that has driven more than a million Haitians from their homes. In 2022, a grenade thrown at the police station in Bainet, 35 km to the west, wounded two officers.

The United Nations said it had sent 14 tonnes of medical supplies, and the European Union pledged 2 million euros. Flights between Jacmel's airstrip and the capital, suspended since Friday, are due to resume on Wednesday.
"""))
GOLD += [
E(13, ["last week's twin suicide bombing", "the Friday attack", "the attack", "the bombing"],
  "SUI", "2026-09-25", "day", "Jacmel", "HT", 17, 58, "exact", "Viv Ansanm", "Viv Ansanm", False,
  "Wire of Monday 28 September; 'the Friday attack' -> 25 September. 'The toll rose to 17, including the two bombers ... 58 people were wounded' -> killed 17 (bombers inside; a girl of 10 died on Sunday), injured 58, exact. Claimed by the Viv Ansanm coalition, judged 'credible' by the police -> claimant and perpetrator 'Viv Ansanm' (the canonical name earlier sets use); the claim's 'more than 60' is never used. Gran Grif's denial ('denied any part in the attack') is not a claim; '\"may have been\" promised' is speculation. 'the bombing' (in 'on the night of the bombing') names the bombing. '10-year-old', '$5,000', '35 km', '14 tonnes', '2 million euros', 'more than a million Haitians' (displaced, generic) are not casualties."),
E(13, ["Dominican police on Sunday arrested a Haitian fisherman in Pedernales"],
  "ARR", "2026-09-27", "day", "Pedernales", "DO", None, None, None, "police", None, False,
  "'on Sunday' vs Monday 28 September -> 27 September. The cluster's suspected facilitator (the fisherman who brought the explosives by boat), arrested in Pedernales, Dominican Republic -> DO; Dominican police -> 'police'. 'awaiting transfer' is a follow-up. Anse-à-Pitres is only named."),
E(13, ["The two men arrested in Cayes-Jacmel"],
  "ARR", "2026-09-25", "day", "Cayes-Jacmel", "HT", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout57-012: 'on the night of the bombing' -> 25 September. 'charged on Monday with terrorism and murder' is the arrest's judicial follow-up, not a new event. No force named -> 'police'."),
E(13, ["several thousand people marched silently"],
  "PP", "2026-09-27", "day", "Jacmel", "HT", None, None, None, None, None, False,
  "'On Sunday afternoon' vs Monday 28 September -> 27 September. A silent march from the cathedral to the iron market with a demand ('to demand that the state protect the south'), 'ended without incident' -> Peaceful protest, perpetrator null. 'several thousand' counts marchers."),
E(13, ["a grenade thrown at the police station in Bainet"],
  "GRN", "2022-01-01", "year", "Bainet", "HT", None, 2, "exact", None, None, True,
  "'In 2022' -> year, background. A thrown grenade -> Grenade; no author -> null. 'wounded two officers' -> injured 2, exact."),
]

# -------------------------------------------------------------- holdout57-014
ARTICLES.append(A(14, "fr", "article", "2026-10-03T14:00:00Z",
"Station de sauvetage en mer de Jacmel : journal de bord de la semaine",
"""
STATION DE SAUVETAGE EN MER DE JACMEL - JOURNAL DE BORD (extraits), semaine du 25 septembre au 2 octobre 2026. Canot tous temps « Marie-Jeanne II », 12 mètres. Patron : Élie Jean-Baptiste.

Ven. 25 sept., 10 h 14. Alerte des garde-côtes : deux explosions en ville, au marché en fer puis sur la promenade du bord de mer. Appareillage à 10 h 31 avec 6 bénévoles. Nous embarquons 9 blessés sur la plage de la promenade et les débarquons au wharf, où attendent les ambulances. Bilan de la préfecture à 18 heures : douze morts.

Sam. 26 sept., 6 h 00. Recherche en mer de deux baigneurs signalés disparus depuis la promenade, zone de 4 milles. Retrouvés sains et saufs à Raymond-les-Bains à 8 h 20. Bilan de la nuit : seize morts, dont les deux kamikazes.

Dim. 27 sept. Pas de sortie. Une partie de l'équipage à la marche silencieuse, de la cathédrale au marché en fer. Une fillette de 10 ans est morte à l'hôpital : dix-sept morts.

Mar. 29 sept., 4 h 40. Appui aux garde-côtes au large de Belle-Anse, à 38 milles à l'est. Une yole transportant 300 litres d'essence et un carton de détonateurs est interceptée ; ses deux passeurs, soupçonnés d'avoir ravitaillé les kamikazes, sont arrêtés par les garde-côtes au quai de Belle-Anse vers 8 heures. Retour à 13 h 10. Consommation : 180 litres de gazole.

Jeu. 1er oct., 16 h 00. Sur la route du wharf, la police disperse au gaz lacrymogène une marche d'environ 200 habitants qui réclament la réouverture du bord de mer. Nos secouristes soignent quatre manifestants blessés, dont un garçon de 12 ans.

Ven. 2 oct. Bilan définitif transmis par la préfecture : dix-sept morts, les deux kamikazes compris, et cinquante-huit blessés. Réunion d'équipage : 412 heures de bénévolat depuis le 25 septembre.

MATÉRIEL. Moteur bâbord : 1 250 heures, révision prévue le 15 octobre. VHF : canaux 16 et 10. Réserve de carburant : 400 litres.

Dons reçus cette semaine : 85 000 gourdes, de 64 donateurs. Merci à tous.
"""))
GOLD += [
E(14, ["deux explosions en ville"],
  "SUI", "2026-09-25", "day", "Jacmel", "HT", 17, 58, "exact", None, None, False,
  "Logbook published Saturday 3 October, its entries dated; the entry 'Ven. 25 sept.' dates the bombing -> 25 September. 'deux explosions en ville, au marché en fer puis sur la promenade' are the two sites of one town -> ONE Suicide bomb event (the entries' 'les deux kamikazes' make it the suicide bombing). The toll grows entry by entry ('douze morts', 'seize morts', 'dix-sept morts', all superseded) to the last entry: 'dix-sept morts, les deux kamikazes compris, et cinquante-huit blessés' -> killed 17 (bombers inside), injured 58, exact. No claim -> perpetrator null. '9 blessés' (carried by the boat) are a subset. '12 mètres', '10 h 14', '10 h 31', '6 bénévoles', '18 heures', '6 h 00', 'deux baigneurs' (found safe), '4 milles', '8 h 20', '10 ans', '4 h 40', '38 milles', '300 litres', '8 heures', '13 h 10', '180 litres', '16 h 00', '200 habitants' (marchers), '12 ans', '412 heures', '1 250 heures', '15 octobre', 'canaux 16 et 10', '400 litres', '85 000 gourdes', '64 donateurs' are not casualties."),
E(14, ["la marche silencieuse"],
  "PP", "2026-09-27", "day", "Jacmel", "HT", None, None, None, None, None, False,
  "The entry 'Dim. 27 sept.' -> 27 September. The silent march from the cathedral to the iron market (holdout57-013), no incident told -> Peaceful protest, perpetrator null."),
E(14, ["ses deux passeurs, soupçonnés d'avoir ravitaillé les kamikazes, sont arrêtés par les garde-côtes"],
  "ARR", "2026-09-29", "day", "Belle-Anse", "HT", None, None, None, "police", None, False,
  "The entry 'Mar. 29 sept.' -> 29 September. Two smugglers suspected of supplying the bombers, arrested on the Belle-Anse quay; the boat's fuel and detonators seized belong to the arrest. The Haitian coast guard is a unit of the national police -> 'police'. The rescue boat only supports it."),
E(14, ["la police disperse au gaz lacrymogène une marche d'environ 200 habitants"],
  "PI", "2026-10-01", "day", "Jacmel", "HT", None, 4, "exact", None, None, False,
  "The entry 'Jeu. 1er oct.' -> 1 October. A march with a demand (reopening the seafront) dispersed with tear gas on the road to the wharf -> Protest with intervention, perpetrator null (dev). 'quatre manifestants blessés' -> injured 4, exact (the boy of 12 is one of them). '200' counts marchers."),
]

# -------------------------------------------------------------- holdout57-015
ARTICLES.append(A(15, "en", "article", "2026-09-30T15:00:00Z",
"Jacmel Runners Club: Jacmel Bay 10K postponed",
"""
JACMEL RUNNERS CLUB - MESSAGE TO MEMBERS AND REGISTERED RUNNERS. Wednesday 30 September 2026. Subject: Jacmel Bay 10K postponed to Sunday 13 December.

Dear runners,

The Jacmel Bay 10K, which was due to start on the boardwalk at 6:00 a.m. this Sunday, 4 October, is postponed to Sunday 13 December. After last Friday's twin suicide bombing at the iron market and on the boardwalk, our town is mourning fifteen people killed, not counting the two bombers, and 58 wounded. One of the wounded is our own Ti-Paul Desir, 19, who finished third in 2025; he is still in hospital with leg injuries.

The route cannot be used: the boardwalk remains closed, and the police have asked us not to gather crowds while the investigation continues. The attack has been claimed by the Viv Ansanm coalition. We thank the Dominican police, who arrested the man suspected of bringing in the explosives in Pedernales on Sunday. Two of our members who were training on the boardwalk that morning were heard by the police as witnesses on Saturday and went home the same day.

What this means for you:
- Your registration (412 runners so far) remains valid; bib numbers 001 to 412 are kept.
- If you cannot run on 13 December, ask for a refund of the 1,500 gourdes (or US$12) entry fee before 31 October.
- The 2.5 km kids' run is also moved to 13 December.
- Water stations every 2.5 km, as planned; finish on Place d'Armes.

Training
Group runs resume next Tuesday at 5:30 a.m., from the cathedral, not the boardwalk, over 6 to 8 km.

Solidarity
Instead of a medal ceremony, we will run a silent 1 km lap on 13 December in memory of the victims. A collection for the families has raised 97,000 gourdes from 230 donors.

Questions: +509 3712 4466 (WhatsApp) or the club secretary after training.

Run safe,
The committee
"""))
GOLD += [
E(15, ["last Friday's twin suicide bombing", "The attack"],
  "SUI", "2026-09-25", "day", "Jacmel", "HT", 17, 58, "exact", "Viv Ansanm", "Viv Ansanm", False,
  "Club message of Wednesday 30 September; 'last Friday's' -> the most recent Friday, 25 September. 'fifteen people killed, not counting the two bombers, and 58 wounded' -> killed 15 + 2 bombers = 17, injured 58, exact; the club member is one of the wounded. 'The attack has been claimed by the Viv Ansanm coalition', undisputed -> claimant and perpetrator 'Viv Ansanm'. '10K', '6:00 a.m.', '4 October', '13 December', '19', 'third', '2025', '412 runners', '001 to 412', '1,500 gourdes', 'US$12', '31 October', '2.5 km', '5:30 a.m.', '6 to 8 km', '1 km', '97,000 gourdes', '230 donors', '+509 3712 4466' are not casualties. The silent lap of 13 December is future and not coded."),
E(15, ["the Dominican police, who arrested the man suspected of bringing in the explosives in Pedernales"],
  "ARR", "2026-09-27", "day", "Pedernales", "DO", None, None, None, "police", None, False,
  "Restates the arrest of holdout57-013: 'on Sunday' vs Wednesday 30 September -> 27 September, in Pedernales, Dominican Republic -> DO; Dominican police -> 'police'. The two members 'heard by the police as witnesses' are not arrested."),
]
