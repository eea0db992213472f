"""Authoring source of benchmarks/events_holdout44 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nassau, Bahamas cluster (holdout44-011 to 015; English and
French), two suicide bombers on Tuesday 14 July 2026 at two sites of one
town (the Straw Market on Bay Street and the gate of Festival Place on
Prince George Wharf, about 350 m and five minutes apart): an English wire
with a first report (011), the French version of a Cable Beach hotel's
notice to its guests ("avis à notre clientèle", fr 012), an incident log of
the Defence Force's coastguard squadron (013), a legal aid clinic's notice
to families of detainees (014) and a property market note (015). The
Bahamas are UTC-4 in July: every publication time here is between 13:00 and
21:00 UTC (09:00 to 17:00 local), so every local date is the UTC date.
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout44")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout44-011
ARTICLES.append(A(11, "en", "article", "2026-07-14T21:00:00Z",
"Twin suicide bombing on Nassau waterfront kills at least 10",
"""
NASSAU, Bahamas (Caribbean Wire) - Two suicide bombers struck Nassau's waterfront within five minutes of each other on Tuesday morning, killing at least eight people and wounding dozens while two cruise ships were in port, police said. The toll does not include the bombers.

The first attacker detonated explosives at about 11:05 a.m. inside the Straw Market on Bay Street, crowded with vendors and tourists. The second blew himself up at 11:10 at the gate of Festival Place on Prince George Wharf, about 350 metres away, where passengers were walking back to their ships.

"We sell hats and bags, that's all, and now the market is gone," said straw vendor Clarice Rolle, 58, who has worked stall 112 for 30 years.

Police Commissioner Anton Ferguson said it was "far too early" to name those responsible. A senior officer said investigators had not ruled out links to Islamic State, which has drawn a handful of recruits from the Caribbean.

The Bahamas has rarely seen political violence. In 2018, a pipe bomb left in a cooler exploded at the ferry dock in Marsh Harbour, on Abaco, injuring two dock workers; no one was ever charged.

The two ships, carrying about 9,000 passengers, sailed in the afternoon, and cruise lines cancelled their Nassau calls for the rest of the week. The international airport stayed open, but passengers were told to arrive four hours before departure. The main public hospital declared a mass casualty alert and appealed for blood donors. Police asked the public to avoid downtown and to call 919 or (242) 302-8430 with information. The government imposed a curfew on the city centre from 7 p.m. to 6 a.m.
"""))
GOLD += [
E(11, ["Two suicide bombers struck Nassau's waterfront", "The first attacker detonated explosives", "The second blew himself up"],
  "SUI", "2026-07-14", "day", "Nassau", "BS", 10, 12, "at_least", None, None, False,
  "Wire of Tuesday 14 July 2026 (17:00 in Nassau); 'on Tuesday morning' = the publication day. Two sites of one town (the Straw Market on Bay Street and the gate of Festival Place on Prince George Wharf, 'about 350 metres' and 'five minutes' apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people and wounding dozens ... The toll does not include the bombers' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 12 ('dozens' = 12 at_least, dev; the qualifier describes the killed figure). No claim; 'had not ruled out links to Islamic State' is speculation -> perpetrator null. 'two cruise ships', '11:05 a.m.', '11:10', '58', 'stall 112', '30 years', 'a handful of recruits', '9,000 passengers', 'four hours', '919', '(242) 302-8430', '7 p.m. to 6 a.m.' are not casualties; 'a mass casualty alert' gives no figure."),
E(11, ["a pipe bomb left in a cooler exploded at the ferry dock in Marsh Harbour"],
  "IED", "2018-01-01", "year", "Marsh Harbour", "BS", None, 2, "exact", None, None, True,
  "'In 2018' -> year, background. A pipe bomb left in a cooler -> Remote explosive/landmine/IED. 'injuring two dock workers' -> injured 2, exact; killed null. 'no one was ever charged' -> perpetrator null. The dock is in Marsh Harbour, on Abaco."),
]

# -------------------------------------------------------------- holdout44-012
ARTICLES.append(A(12, "fr", "article", "2026-07-15T13:00:00Z",
"Avis à notre clientèle au lendemain des explosions de Bay Street",
"""
HÔTEL CORAL PALMS, CABLE BEACH - AVIS À NOTRE CLIENTÈLE (version française). Nassau, le mercredi 15 juillet 2026, 9 heures.

Chers clients,

Comme vous le savez, deux kamikazes se sont fait exploser hier matin, à cinq minutes d'intervalle, au marché de la paille de Bay Street et à l'entrée du terminal des croisières. Hier soir, la police faisait état de onze morts. Ce matin, le bilan est de treize morts, y compris les deux kamikazes, et 57 blessés : une vendeuse du marché est décédée dans la nuit. Deux de nos clients, un couple de Sherbrooke, figurent parmi les blessés ; ils sont hors de danger. Aucun groupe n'a encore revendiqué l'attaque.

Votre sécurité. Le couvre-feu décrété par le gouvernement s'applique au centre-ville, de 19 heures à 6 heures, jusqu'à nouvel ordre ; il ne concerne pas Cable Beach. Deux agents de sécurité supplémentaires sont postés à chaque entrée de l'hôtel. Nous vous déconseillons de vous rendre au centre-ville.

Navettes et excursions. La navette vers Bay Street (départs de 9 h 30 et de 14 h 30) est suspendue. Les sorties en catamaran vers Rose Island sont maintenues, au départ du quai 3 à 10 heures.

Vols. L'aéroport demande d'arriver quatre heures avant le départ. Sur le vol AC 1763 de jeudi vers Montréal, il reste 26 places : notre conciergerie (poste 4400) peut modifier votre réservation. La plupart des compagnies renoncent aux frais de changement jusqu'au 21 juillet.

Un de nos employés, qui se trouvait au marché, a été entendu hier soir par la police comme témoin, puis il est rentré chez lui. Nous vous demandons de ne pas le questionner.

Geste commercial. Les clients qui souhaitent écourter leur séjour ne paieront pas les nuits restantes. Un crédit de 75 dollars par chambre est offert au restaurant Le Corail.

Une cellule d'écoute en français est ouverte au salon Flamingo (2e étage), de 8 heures à 20 heures. Ligne directe : +1 242 327 19 40.

Nous pensons aux familles des victimes.

La Direction
"""))
GOLD += [
E(12, ["deux kamikazes se sont fait exploser hier matin", "l'attaque"],
  "SUI", "2026-07-14", "day", "Nassau", "BS", 13, 57, "exact", None, None, False,
  "Hotel notice of Wednesday 15 July (09:00 local); 'hier matin' -> 14 July. Two sites of one town ('au marché de la paille de Bay Street et à l'entrée du terminal des croisières', 'à cinq minutes d'intervalle') -> ONE event, coded to Nassau (the hotel's Cable Beach is only the notice's place). The toll is revised inside: 'Hier soir, la police faisait état de onze morts' (superseded) -> 'treize morts, y compris les deux kamikazes, et 57 blessés' -> killed 13 (bombers inside; the vendor who died in the night is inside), injured 57, exact; 'Deux de nos clients' are a subset. 'Aucun groupe n'a encore revendiqué l'attaque' -> perpetrator null. '9 heures', '19 heures à 6 heures', 'Deux agents', '9 h 30', '14 h 30', 'quai 3', '10 heures', 'quatre heures', 'AC 1763', '26 places', 'poste 4400', '21 juillet', '75 dollars', '2e étage', '8 heures à 20 heures', '+1 242 327 19 40' are not casualties. The employee 'entendu ... comme témoin, puis il est rentré chez lui' is not arrested; the curfew is not coded."),
]

# -------------------------------------------------------------- holdout44-013
ARTICLES.append(A(13, "en", "article", "2026-07-17T15:00:00Z",
"Defence Force log details interception off Bimini",
"""
ROYAL BAHAMAS DEFENCE FORCE - SQUADRON OPERATIONS CENTRE. INCIDENT LOG, 14 TO 17 JULY 2026 (extract cleared for release to the press on Friday 17 July 2026). All times local (EDT).

14 JUL 1120 - Following the twin suicide bombing on Bay Street, all available patrol craft ordered to sea. Nassau harbour closed to small craft. Divers search the waters off Prince George Wharf; nothing found.

15 JUL 0340 - HMBS Exuma Sound intercepts a go-fast boat, 32 ft, two 300 hp outboards, running without lights 4 nm west of North Bimini at 38 knots. Boarding team detains two men, aged 27 and 33. Vessel seized with two 55-gallon fuel drums and one GPS unit. Sea state 2, wind east 12 kt.

15 JUL 0615 - Detainees and vessel handed over to the Royal Bahamas Police Force at Alice Town, Bimini. Police state that the two men are wanted in connection with the Nassau bombing.

15 JUL 1135 - Fishing vessel Miss Angela stopped 9 nm south of Andros. Crew of six questioned over VHF channel 16, papers checked, vessel released. No link found.

16 JUL 0900 - Police casualty update relayed to all units: 14 killed, both bombers included, and 57 injured. A cruise passenger, 66, died overnight.

16 JUL 2200 - Intelligence brief to all units: the attack was claimed today by Islamic State through its Amaq agency. Police Special Branch assesses the claim as authentic. The claim's figure of "more than 100 crusaders" is not supported.

17 JUL 0700 - Maritime security level remains at 2. Patrols continue along the Florida Straits line; squadron fuel state 78 percent. The search-and-rescue line, 242-362-1814, is unaffected.

17 JUL 1000 - Log extract ends. Further entries remain classified until the investigation is complete.
"""))
GOLD += [
E(13, ["the twin suicide bombing on Bay Street", "the Nassau bombing", "the attack was claimed today"],
  "SUI", "2026-07-14", "day", "Nassau", "BS", 14, 57, "exact", "Islamic State", "Islamic State", False,
  "Coastguard incident log released Friday 17 July; the bombing is dated by the entry '14 JUL 1120 - Following the twin suicide bombing' -> 14 July. Two sites of one town (Bay Street) -> ONE event. The entry of 16 July: '14 killed, both bombers included, and 57 injured' -> killed 14 (bombers inside; the cruise passenger of 66 who died overnight is inside), injured 57, exact. 'claimed today [16 July] by Islamic State through its Amaq agency', assessed 'authentic' -> claimant and perpetrator; the claim's 'more than 100 crusaders' is never used. Entry times ('1120', '0340', '0615', '1135', '0900', '2200', '0700', '1000'), '32 ft', '300 hp', '4 nm', '38 knots', '27 and 33', '55-gallon', 'Sea state 2', '12 kt', '9 nm', 'Crew of six' (questioned), 'channel 16', '66', 'level ... 2', '78 percent', '242-362-1814' are not casualties."),
E(13, ["Boarding team detains two men, aged 27 and 33"],
  "ARR", "2026-07-15", "day", "Bimini", "BS", None, None, None, "military", None, False,
  "Entry '15 JUL 0340' -> 15 July. Two men detained at sea '4 nm west of North Bimini' by a boarding team of the Royal Bahamas Defence Force, the country's armed forces (its naval arm; dev: 'military' covers the navy) -> perpetrator 'military'; coded to the nearest named place, Bimini (the island district; they were landed at Alice Town, Bimini). The vessel, fuel drums and GPS seized belong to the arrest; the handover to the police at 0615 is a follow-up, not a new arrest. The Miss Angela's crew, 'questioned' and released, are not arrested."),
]

# -------------------------------------------------------------- holdout44-014
ARTICLES.append(A(14, "en", "article", "2026-07-20T14:00:00Z",
"Free legal help for families of people held after the bombing",
"""
BAY STREET LEGAL AID CLINIC - NOTICE TO FAMILIES. Nassau, Monday 20 July 2026.

Since the suicide bombing in downtown Nassau on 14 July, claimed by Islamic State, many families have come to us because a relative was taken to a police station. This notice explains what we can do. Our services are free.

Who is being held. Police arrested five people in Freeport, Grand Bahama, on Saturday in raids linked to the bombing; two of them were released without charge on Sunday. The two men detained at sea off Bimini by the Defence Force on Wednesday were brought before a magistrate on Friday and remanded until 14 August. More than 40 people have been questioned at Nassau police stations and released. Being questioned is not an arrest, and you do not need a lawyer to collect someone who has been released.

Your rights. A person who is arrested must be told why. He or she may call a relative and see a lawyer. Police must bring a suspect before a magistrate within 48 hours or ask the court for more time. Terrorism offences carry sentences of up to 25 years. Do not sign a statement you have not read.

What to bring. The person's full name and date of birth, the police station, and the time of arrest if you know it. If a phone or a car was seized, bring the receipt.

Opening hours. Monday to Friday from 9 a.m. to 4 p.m., and Saturday from 10 a.m. to 1 p.m., at 14 Parliament Street, second floor, room 12. Walk-ins are welcome. Interpreters in Haitian Creole and Spanish are present on Tuesdays and Thursdays.

Contact. (242) 356-7718, or WhatsApp 242-557-0193. After hours, for an arrest in progress only: 242-557-0200.

Fees. None, and we accept no gifts. If someone asks you for money in our name, such as a $250 "release fee", it is a fraud: report it to the police.

The clinic is run by third-year law students under the supervision of four practising attorneys. We have seen 63 families since the bombing.
"""))
GOLD += [
E(14, ["the suicide bombing in downtown Nassau on 14 July", "the bombing#1", "the bombing#2"],
  "SUI", "2026-07-14", "day", "Nassau", "BS", None, None, None, "Islamic State", "Islamic State", False,
  "Legal aid notice of Monday 20 July; 'in downtown Nassau on 14 July' -> 14 July, Nassau (no site is named; one event). 'claimed by Islamic State', undisputed -> claimant and perpetrator. The notice gives no toll -> killed and injured null. 'the bombing' occurs twice ('raids linked to the bombing', 'since the bombing'), both naming it. 'five people' and 'two of them' (arrestees), 'More than 40 people' (questioned), '48 hours', '25 years', '9 a.m. to 4 p.m.', '10 a.m. to 1 p.m.', '14 Parliament Street', 'room 12', the phone numbers, '$250', 'four practising attorneys', '63 families' are not casualties."),
E(14, ["Police arrested five people in Freeport, Grand Bahama, on Saturday"],
  "ARR", "2026-07-18", "day", "Freeport", "BS", None, None, None, "police", None, False,
  "'on Saturday' vs Monday 20 July -> 18 July. Five people arrested in raids linked to the bombing, in Freeport on Grand Bahama -> one Arrests event (one place, one day); 'two of them were released without charge on Sunday' does not undo the arrest. 'Police' named. The rights section ('A person who is arrested must be told why', 'the time of arrest', 'for an arrest in progress') is generic, not an event."),
E(14, ["The two men detained at sea off Bimini by the Defence Force on Wednesday"],
  "ARR", "2026-07-15", "day", "Bimini", "BS", None, None, None, "military", None, False,
  "Participle restating the arrest of holdout44-013: 'on Wednesday' vs Monday 20 July -> 15 July; 'by the Defence Force' (the armed forces' naval arm) -> 'military'. 'brought before a magistrate on Friday and remanded until 14 August' is the judicial follow-up. 'More than 40 people have been questioned ... and released' -> not arrested."),
]

# -------------------------------------------------------------- holdout44-015
ARTICLES.append(A(15, "en", "article", "2026-07-24T15:00:00Z",
"Nassau property note: downtown rents slide after Bay Street attack",
"""
NASSAU PROPERTY MONITOR - WEEKLY NOTE No. 30/2026, Friday 24 July 2026. Published by Tidewater Realty Partners for clients and agents.

Ten days after the twin suicide bombing on Bay Street, which killed 14 people, among them the two bombers, and injured 57, the downtown market has frozen. The attack was claimed by Islamic State, a claim police consider credible. The Viv Ansanm gang coalition, whose name circulated on social media in the first hours, denied any role. A police source told us the bombers may have been helped by "people in Florida", and on Tuesday US federal agents arrested a boat broker in Fort Lauderdale suspected of selling them the boat intercepted off Bimini.

Retail. Of 86 ground-floor units between Parliament Street and East Street, 23 remain closed. Asking rents fell from $48 to $41 per square foot a year, or 15 percent. Two leases worth $1.2 million were withdrawn this week. The Straw Market itself is closed; its 400-odd vendors have been offered space in a yard near the old customs house.

Residential. Downtown apartments drew 11 viewings this week, against 37 in the same week of 2025. A two-bedroom condominium on West Bay Street, 1,150 square feet, sold for $385,000, 8 percent below its asking price. Cable Beach and western New Providence held steady, and gated communities report more inquiries.

Tourism-linked assets. Cruise calls are due to resume on 3 August, with 14 ships scheduled that month. Hotel occupancy on Paradise Island fell to 61 percent, from 84 percent a year ago.

Mood. On Sunday, about 5,000 people walked from Rawson Square to the Straw Market under the banner "Bahamas Strong", calling for the market to be rebuilt where it stood. Several of our agents walked with them.

Outlook. We expect prices to stay soft through September. Insurers have begun paying claims under terrorism cover, which most small landlords do not have. Our office is open from 9:00 to 17:00; call (242) 322-4470.
"""))
GOLD += [
E(15, ["the twin suicide bombing on Bay Street", "The attack was claimed"],
  "SUI", "2026-07-14", "day", "Nassau", "BS", 14, 57, "exact", "Islamic State", "Islamic State", False,
  "Property note of Friday 24 July; 'Ten days after' -> 14 July. Two sites of one town (Bay Street) -> ONE event. 'killed 14 people, among them the two bombers, and injured 57' -> killed 14 (bombers inside), injured 57, exact. 'claimed by Islamic State, a claim police consider credible' -> claimant and perpetrator. The Viv Ansanm coalition's denial is not a claim; 'may have been helped' is speculation. The title's 'Bay Street attack' is not in the text. 'No. 30/2026', '86 ground-floor units', '23', '$48', '$41', '15 percent', '$1.2 million', '400-odd vendors', '11 viewings', '37', '2025', '1,150 square feet', '$385,000', '8 percent', '3 August', '14 ships', '61 percent', '84 percent', '5,000 people' (marchers), '9:00 to 17:00', '(242) 322-4470' are not casualties. Insurers' 'claims' are insurance claims."),
E(15, ["US federal agents arrested a boat broker in Fort Lauderdale"],
  "ARR", "2026-07-21", "day", "Fort Lauderdale", "US", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 24 July -> 21 July. The cluster's suspected facilitator (the broker who sold the bombers' boat), arrested in Florida -> US; US federal agents are a police force, not the military -> 'police' (dev: police, counter-terrorism and intelligence services). 'the boat intercepted off Bimini' only describes the boat he sold; it does not tell the Bimini arrest of holdout44-013 (no one detained is named) and is not coded."),
E(15, ["about 5,000 people walked from Rawson Square to the Straw Market"],
  "PP", "2026-07-19", "day", "Nassau", "BS", None, None, None, None, None, False,
  "'On Sunday' vs Friday 24 July -> 19 July. A march under a banner with a demand ('calling for the market to be rebuilt where it stood'), no incident -> Peaceful protest, perpetrator null. '5,000' counts marchers."),
]
