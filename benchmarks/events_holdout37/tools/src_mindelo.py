"""Authoring source of benchmarks/events_holdout37 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mindelo, Cape Verde cluster (holdout37-001 to 005; English and
French), two suicide bombers on Saturday 14 March 2026 at two sites of one
town (the fish market on the seafront and the Praça Nova, about 350 m and
four minutes apart): an English wire with the first toll and a speculation
(001), a French "Ce que l'on sait / ce que l'on ignore" box with a revised
toll, a wounded man who died later and the first arrests (fr 002), a French
NGO situation report ("Point de situation n° 3") with the claim, the denial,
a march, a facilitator's arrest and bullet figures (fr 003), an English
cruise operator's passenger notice quoting an SMS alert (004), and a French
translation of the prosecutor's statement on charges, a release and a new
arrest (fr 005). Cape Verde is UTC-1: every publication time here is after
01:00 UTC, so every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout37")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout37-001
ARTICLES.append(A(1, "en", "article", "2026-03-14T19:10:00Z",
"Twin suicide bombings kill at least eight in Cape Verde's port city",
"""
MINDELO, Cape Verde (Atlantic Wire) - Two suicide bombers struck the fish market and the main square of Mindelo on Saturday morning, killing at least eight people, including the two attackers, and wounding dozens in the first such attack in the history of the island nation, police and hospital officials said.

The first bomber blew himself up at about 10:15 a.m. among the tables of the fish market on the seafront, where women sell tuna and wahoo from the night's catch. Four minutes later a second man set off his explosive belt near the bandstand of Praça Nova, some 350 metres up the street, as crowds ran from the market.

"I saw the smoke and then everybody running towards the square," said Ilídio Lopes, 52, a taxi driver parked on Rua de Lisboa. A fishmonger said a 40-kg tuna on her table had been thrown several metres by the blast.

The central hospital, which has 180 beds, called back all its staff and appealed for blood donors. A coast guard plane flew six of the most badly hurt to Praia, the capital, about 260 km to the south-east, in the afternoon.

No group had claimed responsibility by Saturday evening. A senior police officer said the bombers "may have arrived by boat from the African mainland" and that investigators were looking at whether JNIM, the al-Qaeda-linked alliance fighting in Mali, could be behind the bloodshed, but stressed that nothing had been established.

Cape Verde, an archipelago of about 600,000 people some 570 km off Senegal, is often cited as one of Africa's most stable democracies. Its last security scare came in 2023, when police defused a homemade bomb left in a sports bag at the ferry terminal of Praia.

All ferries between São Vicente and Santo Antão were suspended until Monday, the airport stayed closed until 6 p.m., and police set up checkpoints around the port. A free hotline, 800 20 20, was opened for witnesses.
"""))
GOLD += [
E(1, ["Two suicide bombers struck the fish market", "the first such attack in the history", "The first bomber blew himself up", "a second man set off his explosive belt", "by the blast", "behind the bloodshed"],
  "SUI", "2026-03-14", "day", "Mindelo", "CV", 8, 12, "at_least", None, None, False,
  "'on Saturday morning' = publication day, Saturday 14 March 2026 (UTC-1; published 18:10 local). Two sites of one town (the fish market and the Praça Nova, about 350 m and four minutes apart) -> ONE Suicide bomb event coded to the town (events_holdout10 Koupéla convention). First report: 'killing at least eight people, including the two attackers, and wounding dozens' -> killed 8 (bombers inside) at_least, injured 12 ('dozens', dev table). 'may have arrived by boat' and whether JNIM 'could be behind' are speculation before any claim -> perpetrator null. '10:15 a.m.', 'Four minutes later', '350 metres', '52' (an age), '40-kg tuna', '180 beds', 'six of the most badly hurt' (a subset flown out), '260 km', '600,000 people', '570 km', '6 p.m.', '800 20 20' (a hotline) are not casualties."),
E(1, ["police defused a homemade bomb left in a sports bag at the ferry terminal of Praia"],
  "DWU", "2023-01-01", "year", "Praia", "CV", None, None, None, "police", None, True,
  "'in 2023' -> year, background. A bomb defused on its own, with no arrest told -> Disrupted weapons use, actor 'police'. A ferry terminal -> its town, Praia."),
]

# -------------------------------------------------------------- holdout37-002
ARTICLES.append(A(2, "fr", "article", "2026-03-16T10:00:00Z",
"Attentat de Mindelo : ce que l'on sait, ce que l'on ignore",
"""
Deux jours après le double attentat-suicide qui a frappé samedi matin le marché aux poissons et la Praça Nova de Mindelo, sur l'île de São Vicente, voici l'état de nos connaissances.

CE QUE L'ON SAIT

Le bilan s'est alourdi. Samedi soir, les autorités parlaient d'au moins huit morts. Le ministère de la Santé fait désormais état de onze morts, sans compter les deux kamikazes, et de quarante-sept blessés, dont neuf dans un état critique. Un pêcheur de 66 ans a succombé dimanche à l'hôpital central.

Les deux explosions se sont produites à quatre minutes d'intervalle, vers 10 h 15, à environ 350 mètres l'une de l'autre. Selon la Police judiciaire, chaque ceinture contenait 6 à 7 kilos d'explosifs et des billes d'acier.

Deux hommes ont été arrêtés dimanche à Porto Novo, sur l'île voisine de Santo Antão, à la descente du ferry de 7 heures. Ils sont soupçonnés d'avoir logé les kamikazes dans une maison louée 15 000 escudos par mois. Un chauffeur de taxi, interrogé samedi pendant cinq heures, a été relâché.

CE QUE L'ON IGNORE

Qui a commandité l'attaque. Aucune revendication n'avait été publiée lundi matin. Un conseiller du Premier ministre estime qu'elle « pourrait être l'œuvre » d'un groupe djihadiste du Sahel, sans plus de précision.

D'où venaient les kamikazes. Leur identité n'a pas été rendue publique. Selon une source policière, l'un d'eux aurait été aperçu la semaine dernière au port de Praia.

S'ils avaient d'autres complices. La police a rappelé son numéro vert, le 800 20 20, et renforcé ses effectifs : 400 agents ont été envoyés de l'île de Santiago.

Quand la ville retrouvera une vie normale. Les 31 écoles de São Vicente restent fermées jusqu'à mercredi, et le marché aux poissons jusqu'à nouvel ordre. Les ferries vers Santo Antão ont repris dimanche, avec une rotation sur deux.
"""))
GOLD += [
E(2, ["le double attentat-suicide qui a frappé samedi matin", "Les deux explosions", "Qui a commandité l'attaque"],
  "SUI", "2026-03-14", "day", "Mindelo", "CV", 13, 47, "exact", None, None, False,
  "'samedi matin' vs Monday 16 March -> Saturday 14 March. Toll revised inside the box: 'au moins huit morts' (Saturday evening) is superseded by 'onze morts, sans compter les deux kamikazes, et de quarante-sept blessés' -> killed 11 + 2 bombers = 13, injured 47, exact (the 66-year-old fisherman who 'a succombé dimanche' is inside). 'neuf dans un état critique' is a subset. No claim yet ('Aucune revendication ... lundi matin'); « pourrait être l'œuvre » is speculation -> null. '10 h 15', '350 mètres', '6 à 7 kilos', '66 ans', '400 agents', '31 écoles', '800 20 20' are not casualties."),
E(2, ["Deux hommes ont été arrêtés dimanche à Porto Novo"],
  "ARR", "2026-03-15", "day", "Porto Novo", "CV", None, None, None, "police", None, False,
  "'dimanche' vs Monday 16 March -> Sunday 15 March. Porto Novo is the ferry town of Santo Antão (Cape Verde), not Porto-Novo in Benin. No force named in the sentence; the Police judiciaire leads the inquiry -> 'police'. '7 heures' (a ferry), '15 000 escudos' (rent) are not casualties. The taxi driver 'interrogé samedi pendant cinq heures, a été relâché' is questioned, not arrested."),
]

# -------------------------------------------------------------- holdout37-003
ARTICLES.append(A(3, "fr", "article", "2026-03-18T12:00:00Z",
"Solidarité Atlantique - Point de situation n° 3 : Mindelo",
"""
Attentat de Mindelo (São Vicente, Cap-Vert). Point de situation n° 3, mercredi 18 mars, 11 h (heure locale). Établi par le bureau de Mindelo de Solidarité Atlantique avec la Protection civile.

FAITS SAILLANTS

- Bilan officiel : quatorze morts, dont les deux kamikazes, et quarante-sept blessés. Une vendeuse de poisson de 48 ans a succombé mardi à ses blessures.
- 23 blessés restent hospitalisés, dont 7 en soins intensifs.
- L'attentat du samedi 14 mars a été revendiqué lundi soir par le Groupe de soutien à l'islam et aux musulmans (GSIM, ou JNIM). Le gouvernement juge la revendication crédible ; le bilan de « plus de quarante croisés et apostats » avancé par le groupe est sans fondement.
- L'État islamique au Sahel a démenti mardi toute implication.

BESOINS ET RÉPONSE

- 126 familles de vendeuses et de pêcheurs privées de revenus depuis la fermeture du marché.
- 38 personnes hébergées à l'école primaire de Ribeira Bote.
- 2 camions de vivres (14 tonnes) arrivés de Praia mardi par le cargo.
- 60 lits supplémentaires installés à l'hôpital central, qui en compte 180.
- 1 100 donneurs de sang depuis samedi.
- 12 psychologues déployés, 340 consultations.
- Financement : 85 000 dollars reçus sur 240 000 dollars demandés (35 %).

SÉCURITÉ

- Une marche silencieuse a réuni lundi après-midi quelque 5 000 personnes entre la Praça Nova et le port pour réclamer « des ports sûrs ». Elle s'est déroulée dans le calme.
- La police a arrêté mardi à Tarrafal, sur l'île de Santiago, un propriétaire de barque soupçonné d'avoir fait traverser les kamikazes depuis la côte africaine.
- Les deux hommes interpellés dimanche à Porto Novo sont toujours en garde à vue.
- Le ministre de l'Administration interne a déclaré que les kamikazes pourraient avoir été formés au Mali. Aucune preuve n'a été rendue publique.
- Couvre-feu de 22 heures à 5 heures sur la zone portuaire jusqu'à nouvel ordre.

CONTACT

Ana Tavares, coordinatrice : +238 231 45 67. Prochain point de situation vendredi 20 mars.
"""))
GOLD += [
E(3, ["Attentat de Mindelo", "L'attentat du samedi 14 mars a été revendiqué"],
  "SUI", "2026-03-14", "day", "Mindelo", "CV", 14, 47, "exact", "JNIM", "JNIM", False,
  "'du samedi 14 mars', four days before Wednesday 18 March -> current. 'quatorze morts, dont les deux kamikazes, et quarante-sept blessés' -> 14 (bombers inside; the 48-year-old fish seller who 'a succombé mardi' raised it from 13), 47, exact. '23 blessés ... dont 7' are subsets. The GSIM/JNIM claim, judged 'crédible' by the government -> claimant and perpetrator (canonical 'JNIM', dev). The claim's own 'plus de quarante croisés et apostats' is never used. The denial of « L'État islamique au Sahel » is not a claim; the minister's 'pourraient avoir été formés au Mali' is speculation: neither is coded. 'n° 3', '11 h', '126 familles', '38 personnes', '2 camions', '14 tonnes', '60 lits', '180', '1 100 donneurs', '12 psychologues', '340 consultations', '85 000' and '240 000 dollars', '35 %', '22 heures à 5 heures', '+238 231 45 67' are not casualties. The curfew is not coded."),
E(3, ["Une marche silencieuse a réuni lundi après-midi"],
  "PP", "2026-03-16", "day", "Mindelo", "CV", None, None, None, None, None, False,
  "'lundi après-midi' vs Wednesday 18 March -> Monday 16 March. A march with a demand ('des ports sûrs') that 's'est déroulée dans le calme' -> Peaceful protest, perpetrator null (dev). 'quelque 5 000 personnes' are marchers."),
E(3, ["La police a arrêté mardi à Tarrafal"],
  "ARR", "2026-03-17", "day", "Tarrafal", "CV", None, None, None, "police", None, False,
  "'mardi' vs Wednesday 18 March -> Tuesday 17 March. Tarrafal on the island of Santiago (not Tarrafal de São Nicolau). The cluster's suspected facilitator (the boat owner who ferried the bombers) -> Arrests, 'police'."),
E(3, ["Les deux hommes interpellés dimanche à Porto Novo"],
  "ARR", "2026-03-15", "day", "Porto Novo", "CV", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout37-002: 'dimanche' vs Wednesday 18 March -> Sunday 15 March; its own event in this document, 'police'. 'toujours en garde à vue' is the same detention."),
]

# -------------------------------------------------------------- holdout37-004
ARTICLES.append(A(4, "en", "article", "2026-03-19T14:00:00Z",
"Passenger notice: our Cape Verde cruise will not call at Mindelo",
"""
MARÉ ALTA EXPEDITIONS - PASSENGER NOTICE No. 7 (updated Thursday 19 March, 13:00 GMT)

Following the twin suicide bombing in Mindelo on Saturday 14 March, our ship MV Boa Esperança will not call at Mindelo, on São Vicente, during the cruise leaving Dakar on 21 March. The call is replaced by a day at sea and a longer stop at Sal Rei, on Boa Vista.

Cape Verde's authorities now put the toll at 14 dead, including the two bombers, and 47 injured. None of our guests or crew was among the victims. JNIM, the al-Qaeda-linked group that claimed the attack on Monday, is considered credible by the government, which has raised the national alert level.

Guests already in Cape Verde have received the following SMS from the civil protection service, which we reproduce in our translation:

"CIVIL PROTECTION: Avoid Mindelo port and Praça Nova. Checkpoints on Avenida Marginal. Carry ID at all times. Emergencies 132. Information 800 20 20."

On Wednesday, police arrested a man at the international airport in Espargos, on the island of Sal, as he was about to board flight VR 612 to Lisbon. Officials said he was suspected of having booked the bombers' inter-island tickets. Our guests' flights are not affected.

What this means for you:
- The excursion "Monte Verde hike" (65 euros) will be refunded automatically.
- Guests who no longer wish to travel may cancel with a full refund up to 48 hours before departure, or receive a voucher worth 110% of the fare.
- Cabins 4012 to 4030, on deck 4, have been reassigned; the guests concerned will be contacted.
- The ship carries 118 guests and 72 crew, including a doctor and two nurses.
- Shore time at Sal Rei is extended to 9 hours, from 8 a.m. to 5 p.m.

We will update this notice before departure. Our duty office answers 24 hours a day on +351 21 340 77 90; please quote reference MAE-0319.
"""))
GOLD += [
E(4, ["the twin suicide bombing in Mindelo", "claimed the attack on Monday"],
  "SUI", "2026-03-14", "day", "Mindelo", "CV", 14, 47, "exact", "JNIM", "JNIM", False,
  "'on Saturday 14 March' -> current (five days before Thursday 19 March). '14 dead, including the two bombers, and 47 injured' -> 14, 47, exact. JNIM 'claimed the attack', considered 'credible' by the government -> claimant and perpetrator. 'None of our guests' is not a casualty figure. 'No. 7', '13:00 GMT', '21 March' (a cruise), '132', '800 20 20', 'VR 612', '65 euros', '48 hours', '110%', 'Cabins 4012 to 4030', 'deck 4', '118 guests and 72 crew', 'two nurses', '9 hours', '8 a.m. to 5 p.m.', '+351 21 340 77 90', 'MAE-0319' are not casualties. The SMS alert names no event of its own."),
E(4, ["police arrested a man at the international airport in Espargos"],
  "ARR", "2026-03-18", "day", "Espargos", "CV", None, None, None, "police", None, False,
  "'On Wednesday' vs Thursday 19 March -> Wednesday 18 March. An airport -> its town, Espargos (island of Sal). 'flight VR 612' is a flight number."),
]

# -------------------------------------------------------------- holdout37-005
ARTICLES.append(A(5, "fr", "article", "2026-03-24T11:00:00Z",
"Attentat de Mindelo : le communiqué du parquet général (traduction)",
"""
Procuradoria-Geral da República - Communiqué n° 14/2026 (traduction non officielle de notre rédaction).

Praia, le 24 mars 2026. Dans le cadre de l'enquête ouverte sur le double attentat-suicide commis le 14 mars à Mindelo, revendiqué par le Groupe de soutien à l'islam et aux musulmans (JNIM), le Procureur général de la République porte à la connaissance du public les informations suivantes.

1. Victimes. L'attentat a causé la mort de quinze personnes, les deux auteurs compris, et fait quarante-sept blessés. Un adolescent de 15 ans est décédé dimanche à l'hôpital de Praia, où il avait été évacué.

2. Inculpations. Les deux hommes arrêtés le 15 mars à Porto Novo ont été inculpés lundi d'association terroriste et d'homicides, et placés en détention provisoire. Le propriétaire de barque appréhendé le 17 mars à Tarrafal a été inculpé de complicité ; il aurait reçu 300 000 escudos pour la traversée.

3. Nouvelle arrestation. Samedi 21 mars, la Police judiciaire a arrêté à Praia un homme de 34 ans soupçonné d'avoir acheté les détonateurs.

4. Remises en liberté. L'homme arrêté le 18 mars à l'aéroport d'Espargos a été remis en liberté sans inculpation vendredi. La logeuse des deux kamikazes, entendue comme témoin pendant six heures, a été laissée libre.

5. Peines encourues. Les actes de terrorisme sont punis de 15 à 25 ans de prison.

6. Précédents. Le parquet rappelle qu'en novembre 2024, deux étrangers soupçonnés de financer le JNIM avaient été arrêtés à Assomada, sur l'île de Santiago, et qu'en 2019, une grenade lancée contre le poste de police de Ponta do Sol, sur l'île de Santo Antão, avait blessé deux agents. Ces dossiers restent distincts.

7. Rumeurs. Le parquet appelle à ne pas relayer les fausses informations : aucun troisième kamikaze n'a été identifié. Le numéro vert 800 20 20 reste ouvert de 7 heures à 23 heures.

Le Procureur général rappelle que toute personne mise en cause est présumée innocente.
"""))
GOLD += [
E(5, ["le double attentat-suicide commis le 14 mars à Mindelo", "L'attentat a causé la mort"],
  "SUI", "2026-03-14", "day", "Mindelo", "CV", 15, 47, "exact", "JNIM", "JNIM", False,
  "'commis le 14 mars', ten days before Tuesday 24 March -> current. 'la mort de quinze personnes, les deux auteurs compris, et fait quarante-sept blessés' -> 15 (bombers inside; the 15-year-old who 'est décédé dimanche' raised it from 14), 47, exact. 'revendiqué par le ... (JNIM)', stated by the prosecutor -> claimant and perpetrator. 'n° 14/2026', '15 ans' (an age), '300 000 escudos', '34 ans', 'six heures', '15 à 25 ans de prison' (a sentence range), '800 20 20', '7 heures à 23 heures' are not casualties. 'aucun troisième kamikaze' is a denied rumour, not an event."),
E(5, ["Les deux hommes arrêtés le 15 mars à Porto Novo"],
  "ARR", "2026-03-15", "day", "Porto Novo", "CV", None, None, None, "police", None, False,
  "The arrest of holdout37-002 told through its judicial follow-up ('inculpés lundi ... placés en détention provisoire'): one Arrests event at the arrest's place and day (Porto Novo, 15 March), not a new arrest on Monday 23 March. 'police'."),
E(5, ["Le propriétaire de barque appréhendé le 17 mars à Tarrafal"],
  "ARR", "2026-03-17", "day", "Tarrafal", "CV", None, None, None, "police", None, False,
  "The facilitator's arrest of holdout37-003 ('le 17 mars'), told through its follow-up ('inculpé de complicité') -> one Arrests event, 'police'. '300 000 escudos' is money."),
E(5, ["la Police judiciaire a arrêté à Praia un homme de 34 ans"],
  "ARR", "2026-03-21", "day", "Praia", "CV", None, None, None, "police", None, False,
  "'Samedi 21 mars' -> 21 March, current. Police judiciaire -> 'police'. '34 ans' is an age."),
E(5, ["L'homme arrêté le 18 mars à l'aéroport d'Espargos"],
  "ARR", "2026-03-18", "day", "Espargos", "CV", None, None, None, "police", None, False,
  "The airport arrest of holdout37-004 ('le 18 mars'); 'remis en liberté sans inculpation vendredi' (20 March): an arrest followed by a release without charge stays an Arrests event at its own day (events_holdout33); the release is not an event. The landlady 'entendue comme témoin ... a été laissée libre' is heard, not arrested."),
E(5, ["deux étrangers soupçonnés de financer le JNIM avaient été arrêtés à Assomada"],
  "ARR", "2024-11-01", "month", "Assomada", "CV", None, None, None, "police", None, True,
  "'en novembre 2024' -> month, background. No force named; 'police' (dev, as for every arrest of the set). JNIM is the alleged beneficiary, not an actor of the arrest."),
E(5, ["une grenade lancée contre le poste de police de Ponta do Sol"],
  "GRN", "2019-01-01", "year", "Ponta do Sol", "CV", None, 2, "exact", None, None, True,
  "'en 2019' -> year, background. A thrown grenade -> Grenade, thrower unnamed -> null. 'avait blessé deux agents' -> injured 2, exact."),
]
