"""Authoring source of benchmarks/events_holdout24 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Trincomalee, Sri Lanka cluster (holdout24-001 to 005; English and
French), two suicide bombers on Friday 6 March 2026 at two sites of one town
(the central bus stand and the fish market, about 800 m apart, six minutes
apart): an English wire flash re-issued as "UPDATE 2" with a corrected toll
(001), a Sri Lankan daily's next-day report with the revised toll and a raid
(002), a French agency's claim story with a denial and older attacks (fr
003), a British court report on a Leicester man charged (004) and a US
network's evening-news transcript with a road blockade and an arrest (005).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout24")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout24-001
ARTICLES.append(A(1, "en", "article", "2026-03-06T11:40:00Z",
"UPDATE 2-Twin suicide blasts kill at least 9 in Sri Lanka's Trincomalee",
"""
(Corrects death toll in paragraph 1 to nine from 14, adds police comment, arrest near Kinniya)

TRINCOMALEE, Sri Lanka, March 6 (Ocean Wire) - Two suicide bombers blew themselves up at the central bus stand and the fish market in the eastern Sri Lankan port of Trincomalee on Friday morning, killing at least nine people and wounding more than 40, police said. The toll excludes the two attackers, a police spokesman said.

An earlier version of this story gave the toll as 14, citing a hospital official who later said some victims had been counted twice.

The first bomber struck at about 9:40 a.m. among passengers boarding a bus to Colombo, 260 km away. Six minutes later a second man detonated his vest between the fish stalls on Dockyard Road, about 800 metres from the bus stand. A 17-year-old conductor and two fish vendors were among the dead, a doctor at Trincomalee General Hospital said.

A senior police officer said the National Thowheeth Jama'ath, banned since 2019, "may have been behind it", but added that no group had claimed the blasts.

Hours later, police detained a man at a checkpoint near Kinniya, 12 km south of Trincomalee, who was carrying two kilograms of explosives and three mobile phones in a rice sack. Police said he was being questioned about possible links to the bombers.

The government imposed a curfew on the town from 6 p.m. and suspended classes in 38 schools in the district. SriLankan Airlines said flight UL 225 to the naval base airport was cancelled.

(Reporting by the Colombo bureau; editing by the Asia desk)
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up at the central bus stand and the fish market in the eastern Sri Lankan port of Trincomalee"],
  "SUI", "2026-03-06", "day", "Trincomalee", "LK", 11, 40, "at_least", None, None, False,
  "'on Friday morning' = publication day, Friday 6 March. Two sites of one town (the bus stand and the fish market, about 800 m and six minutes apart) -> ONE Suicide bomb event (events_holdout10 Koupela convention). 'killing at least nine people and wounding more than 40' + 'The toll excludes the two attackers' -> 9 + 2 = 11 (at_least), 40 (more_than; the qualifier describes the killed figure). The corrected-away '14' is not used (events_holdout16, 20). NTJ 'may have been behind it' is speculation -> null. '9:40 a.m.', '260 km', 'Six minutes', '800 metres', '17-year-old' (an age; he is among the dead), 'two fish vendors' (victims inside the toll) are not new figures."),
E(1, ["police detained a man at a checkpoint near Kinniya"],
  "ARR", "2026-03-06", "day", "Kinniya", "LK", None, None, None, "police", None, False,
  "'Hours later' = the day of the bombing, 6 March. A man detained with explosives -> Arrests (the explosives belong to the arrest). '12 km', 'two kilograms', 'three mobile phones', '6 p.m.', '38 schools', 'UL 225' are not casualties. The curfew is not coded."),
]

# -------------------------------------------------------------- holdout24-002
ARTICLES.append(A(2, "en", "article", "2026-03-07T04:30:00Z",
"Trincomalee toll rises to 17; three held in Batticaloa raid",
"""
The death toll from Friday's twin suicide bombing in Trincomalee climbed through the night as more bodies were identified and wounded victims died in hospital.

By Friday afternoon police were speaking of nine dead. By the evening Trincomalee General Hospital had received 13 bodies, and two of the injured died overnight in its intensive care unit. On Saturday morning the health ministry put the toll at 15 killed, excluding the attackers, and 52 injured, 11 of them critically.

Among the victims was Selvi Nadarajah, 42, who had taken her two children, aged 8 and 11, to the bus stand for the 9.45 bus to Kandy. Both children survived with burns.

Late on Friday, officers of the Criminal Investigation Department (CID) arrested three men in a raid on a rented house in Batticaloa, 110 km to the south. Police spokesman DIG Nihal Perera said they were suspected of having sheltered the two bombers for about three weeks. About 40 people, mostly neighbours and relatives of the bombers, were questioned and released, he said.

The police have offered a reward of Rs. 5 million for information and set up a hotline, 0112 345 876.

Trincomalee, a city of about 100,000 people with one of the world's largest natural harbours, has known relative calm since the end of the civil war in 2009. Two years ago, police defused a pipe bomb left at the gate of a Hindu temple in Mutur, across the bay; no arrests were made.

Most shops remained closed on Saturday and the army deployed 600 extra troops in the town.
"""))
GOLD += [
E(2, ["Friday's twin suicide bombing in Trincomalee"],
  "SUI", "2026-03-06", "day", "Trincomalee", "LK", 17, 52, "exact", None, None, False,
  "'Friday's' vs Saturday 7 March -> 6 March. Revised toll inside the report: 'nine dead' -> '13 bodies' -> 'two of the injured died overnight' -> '15 killed, excluding the attackers, and 52 injured' -> 15 + 2 = 17 ('excluding' leaves the two bombers out, so they are added), 52, exact. '11 of them critically' is a subset. No claim in this document -> null. '42', 'aged 8 and 11' (survivors), '9.45 bus' are not casualties."),
E(2, ["officers of the Criminal Investigation Department (CID) arrested three men in a raid on a rented house in Batticaloa"],
  "ARR", "2026-03-06", "day", "Batticaloa", "LK", None, None, None, "police", None, False,
  "'Late on Friday' vs Saturday 7 March -> 6 March. CID -> 'police'. 'three men' are arrestees; '110 km', 'about three weeks' are not casualties; 'About 40 people ... were questioned and released' are not arrests. 'Rs. 5 million', '0112 345 876', '100,000 people', '2009', '600 extra troops' are not casualties."),
E(2, ["police defused a pipe bomb left at the gate of a Hindu temple in Mutur"],
  "DWU", "2024-01-01", "year", "Mutur", "LK", None, None, None, "police", None, True,
  "'Two years ago' vs 2026 -> 2024, year, background. A device defused on its own -> Disrupted weapons use, 'police'; nothing exploded, no casualty figure (null). 'no arrests were made' is not an arrest."),
]

# -------------------------------------------------------------- holdout24-003
ARTICLES.append(A(3, "fr", "article", "2026-03-09T08:15:00Z",
"Sri Lanka : l'État islamique revendique le double attentat-suicide de Trincomalee",
"""
TRINCOMALEE (AIPP) - Le double attentat-suicide de vendredi à Trincomalee, dans l'est du Sri Lanka, a été revendiqué dimanche soir par l'État islamique, dans un communiqué diffusé par son agence de propagande. Le texte évoque « plus de quatre-vingts croisés et apostats » tués, un chiffre que la police a qualifié de « pure propagande », sans mettre en doute l'authenticité de la revendication.

Selon le dernier bilan officiel, l'attaque a fait seize morts, outre les deux kamikazes, et 52 blessés, après le décès dimanche d'un pêcheur de 61 ans à l'hôpital de Colombo, où il avait été transféré par hélicoptère.

Le National Thowheeth Jama'ath, que des policiers avaient désigné vendredi comme un suspect possible, a démenti toute implication dans un message publié samedi.

Samedi, la police a arrêté à Kantale, à une quarantaine de kilomètres de Trincomalee, un commerçant de 44 ans soupçonné d'avoir vendu aux kamikazes les deux téléphones utilisés pour coordonner les explosions, à six minutes d'intervalle. Cinq personnes sont désormais en garde à vue.

L'Est du pays avait déjà connu des alertes. En mars 2021, la police avait désamorcé une bombe artisanale de 3 kilos cachée près d'une mosquée de Kalmunai. Il y a quatre ans, un homme avait lancé une grenade contre un poste de police à Valaichchenai, blessant trois agents, avant de prendre la fuite.

Les autorités ont prolongé le couvre-feu de 48 heures et promis 5 millions de roupies à tout informateur. Environ 2 500 soldats patrouillent désormais dans le district.
"""))
GOLD += [
E(3, ["Le double attentat-suicide de vendredi à Trincomalee", "a été revendiqué dimanche soir par l'État islamique"],
  "SUI", "2026-03-06", "day", "Trincomalee", "LK", 18, 52, "exact", "Islamic State", "Islamic State", False,
  "'de vendredi' vs Monday 9 March -> 6 March. 'revendiqué ... par l'État islamique' -> claimant and perpetrator; the police reject the claimant's figure (« plus de quatre-vingts croisés et apostats », never used), not the authorship. 'seize morts, outre les deux kamikazes, et 52 blessés' -> 16 + 2 = 18 ('outre' adds the bombers), 52, exact; the fisherman who died on Sunday is in it ('61 ans' is an age). The NTJ's denial is not a claim."),
E(3, ["la police a arrêté à Kantale"],
  "ARR", "2026-03-07", "day", "Kantale", "LK", None, None, None, "police", None, False,
  "'Samedi' vs Monday 9 March -> 7 March. 'une quarantaine de kilomètres', '44 ans', 'deux téléphones', 'six minutes', 'Cinq personnes ... en garde à vue' (a cumulative count) are not casualties."),
E(3, ["la police avait désamorcé une bombe artisanale de 3 kilos cachée près d'une mosquée de Kalmunai"],
  "DWU", "2021-03-01", "month", "Kalmunai", "LK", None, None, None, "police", None, True,
  "'En mars 2021' -> month, background. Defused on its own -> Disrupted weapons use, 'police'. '3 kilos' is a weight."),
E(3, ["un homme avait lancé une grenade contre un poste de police à Valaichchenai"],
  "GRN", "2022-01-01", "year", "Valaichchenai", "LK", None, 3, "exact", None, None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A grenade thrown by an unnamed man -> Grenade, null actor. 'blessant trois agents' -> 3 injured, exact. '48 heures', '5 millions de roupies', '2 500 soldats' are not casualties."),
]

# -------------------------------------------------------------- holdout24-004
ARTICLES.append(A(4, "en", "article", "2026-03-13T16:10:00Z",
"Leicester man in court over Sri Lanka bombing funds",
"""
LEICESTER - A Leicester man has appeared in court charged with sending money to the men behind the twin suicide bombing in Trincomalee, Sri Lanka, on 6 March.

Rizwan Hameed, 34, of Melbourne Road, was arrested at his home in Leicester on Tuesday by officers from Counter Terrorism Policing East Midlands, police said. Two other men, aged 28 and 41, were arrested on suspicion of terrorism offences at a nearby address on the same morning.

Hameed appeared at Westminster Magistrates' Court on Thursday charged with funding terrorism. He spoke only to confirm his name, age and address and was remanded in custody to appear at the Old Bailey on 27 March.

The court heard that he had transferred £4,800 in 11 payments to an account in Colombo between November and February, and had flown to Sri Lanka on flight UL 504 in December. The prosecution said the money had paid for the rent of a house in Batticaloa where the bombers stayed.

The two other men have been released on bail pending further inquiries. A 52-year-old woman who was interviewed under caution has been released without charge.

In 2021, counter-terrorism officers arrested another Leicester man at Heathrow airport as he tried to board a flight to Istanbul. He was later jailed for six years for preparing acts of terrorism.

Sixteen people were killed in the Trincomalee attack, as well as the two bombers, and 52 were injured. Islamic State said it carried out the bombing in a statement on Sunday.

Detective Chief Superintendent Helen Marsh said: "This is a fast-moving investigation. There is no information to suggest any threat to the public in Leicestershire."

The UK threat level remains at "substantial". Anyone with information can call the anti-terrorism hotline on 0800 789 321.
"""))
GOLD += [
E(4, ["twin suicide bombing in Trincomalee", "the Trincomalee attack"],
  "SUI", "2026-03-06", "day", "Trincomalee", "LK", 18, 52, "exact", "Islamic State", "Islamic State", False,
  "'on 6 March' -> 6 March 2026 (publication year), day. 'Sixteen people were killed ..., as well as the two bombers' -> 16 + 2 = 18, 52, exact. 'Islamic State said it carried out the bombing' -> claimant and perpetrator."),
E(4, ["was arrested at his home in Leicester", "were arrested on suspicion of terrorism offences"],
  "ARR", "2026-03-10", "day", "Leicester", "GB", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 13 March -> 10 March. Counter Terrorism Policing -> 'police'. Hameed and the two other men were arrested the same morning in the same city -> one Arrests event (one per place and day). 'appeared at Westminster Magistrates' Court', 'charged', 'remanded in custody' are this arrest's follow-up, not new arrests; 'released on bail', 'released without charge' are not arrests. '34', 'aged 28 and 41', '27 March', '£4,800', '11 payments', 'UL 504', '52-year-old', '0800 789 321' are not casualties."),
E(4, ["counter-terrorism officers arrested another Leicester man at Heathrow airport"],
  "ARR", "2021-01-01", "year", "London", "GB", None, None, None, "police", None, True,
  "'In 2021' -> year, background. An airport -> its city (holdout23 Geneva): Heathrow -> 'London'. 'jailed for six years' is the arrest's outcome, not an event; 'six years' is not a casualty."),
]

# -------------------------------------------------------------- holdout24-005
ARTICLES.append(A(5, "en", "transcript", "2026-03-09T22:30:00Z",
"World Tonight: anger in Trincomalee three days after twin bombing",
"""
ANCHOR: Good evening. We begin tonight in Sri Lanka, where anger is boiling over in the port city of Trincomalee three days after Friday's twin suicide bombing. Islamic State has now claimed the attack, which killed 18 people, the two bombers included. Our correspondent Dana Whitfield is there. Dana?

CORRESPONDENT: Thanks, Tom. Today, hundreds of fishermen blocked the main road into Trincomalee with their boats on trailers and burning tyres. They are demanding compensation for the families of the dead and protection for the fish market. Riot police fired tear gas to clear the road at around 4 p.m. local time, and the hospital says seven protesters were treated for minor injuries.

ANCHOR: And the investigation?

CORRESPONDENT: Police tell us they arrested a sixth suspect this morning in Ampara, about 100 miles south of here. They describe him as a 26-year-old electrician who may have wired the two vests. That's six people in custody now. More than 60 others have been questioned and let go.

ANCHOR: Dana, this part of Sri Lanka has been quiet for years.

CORRESPONDENT: Largely, yes. But not entirely. Three years ago, a gunman on a motorcycle shot dead two shopkeepers outside a mosque in Eravur, and nobody was ever caught. And last November, a homemade bomb went off at a bus depot in Batticaloa, injuring four people. People here tell me they saw those as isolated incidents. Nobody sees Friday as isolated.

ANCHOR: Dana Whitfield in Trincomalee. Thank you. Investigators say the bombers, both in their twenties, had rented two motorcycles and a three-wheeler in the days before the attack.
"""))
GOLD += [
E(5, ["Friday's twin suicide bombing"],
  "SUI", "2026-03-06", "day", "Trincomalee", "LK", 18, None, "exact", "Islamic State", "Islamic State", False,
  "'Friday's' vs Monday 9 March -> 6 March. 'Islamic State has now claimed the attack' -> claimant and perpetrator. 'which killed 18 people, the two bombers included' -> 18 (inside), exact; no injured figure in this document -> null."),
E(5, ["hundreds of fishermen blocked the main road into Trincomalee"],
  "PI", "2026-03-09", "day", "Trincomalee", "LK", None, 7, "exact", None, None, False,
  "'Today' = publication day, Monday 9 March (UTC date). A road blockade with burning tyres cleared with tear gas -> Protest with intervention, null actor. 'seven protesters were treated for minor injuries' -> 7 injured, exact. 'hundreds' are participants; '4 p.m.' a time."),
E(5, ["they arrested a sixth suspect this morning in Ampara"],
  "ARR", "2026-03-09", "day", "Ampara", "LK", None, None, None, "police", None, False,
  "'this morning' = publication day, 9 March. 'sixth' and 'six people in custody' are cumulative counts; '100 miles', '26-year-old' are not casualties; 'More than 60 others have been questioned and let go' are not arrests."),
E(5, ["a gunman on a motorcycle shot dead two shopkeepers outside a mosque in Eravur"],
  "ATK", "2023-01-01", "year", "Eravur", "LK", 2, None, "exact", None, None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. An unnamed gunman shooting civilians -> Violence against civilians / Attack, null actor. 'shot dead two shopkeepers' -> 2, exact. 'nobody was ever caught' is not an arrest."),
E(5, ["a homemade bomb went off at a bus depot in Batticaloa"],
  "IED", "2025-11-01", "month", "Batticaloa", "LK", None, 4, "exact", None, None, True,
  "'last November' vs March 2026 -> November 2025, month, background. Homemade bomb, no actor -> Remote explosive/landmine/IED, null. 'injuring four people' -> 4 injured. 'two motorcycles', 'a three-wheeler', 'in their twenties' are not casualties."),
]
