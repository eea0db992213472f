"""Authoring source of benchmarks/events_holdout68 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Eyl, Somalia (Puntland) cluster (holdout68-016 to 020; English and
French), two suicide bombers on Friday 23 October 2026 at two sites of one
town (the fish market on the beach and the tea stalls facing the district
police station, about 450 m and six minutes apart): an English wire with a
first report (016), an English late-afternoon news digest email (017), an
English wire on the claim and the arrests (018), the French notice of the
organisers of a charity car boot sale in Djibouti ("avis des organisateurs
d'un vide-grenier", fr 019) and an English rugby club's email to its
members (020). Somalia, Ethiopia and Djibouti are UTC+3; the UK is UTC+0
from 25 October: every publication time here is between 06:00 and 19:00
UTC, so every local date is the UTC date. Puntland's police and its
security services are "police" (dev); « les shebabs » are "al-Shabaab".
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout68")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout68-016
ARTICLES.append(A(16, "en", "article", "2026-10-23T12:00:00Z",
"Twin suicide bombing kills at least 13 in Somalia's Puntland",
"""
EYL, Somalia (Horn Wire) - Two suicide bombers blew themselves up six minutes apart in the Puntland fishing town of Eyl on Friday, killing at least eleven people in addition to the two attackers and wounding more than 30, local officials said.

The first bomber detonated his explosives at 10:05 a.m. at the fish market on the beach, as boats were unloading the morning's catch. The second struck at 10:11 among the tea stalls facing the district police station, about 450 metres inland, where people had run for shelter.

"We were carrying a 40-kilo tuna up the sand when the sky went white," said Abdirahman Warsame, 33, a fisherman. He said three of the market's 22 cold boxes had been thrown onto the road.

There was no immediate claim of responsibility. A Puntland security official said suspicion fell on Islamic State, whose fighters hold out in the Cal Miskaad mountains of Bari region, but that al-Shabaab, which has carried out many suicide attacks in southern Somalia, could not be ruled out.

Eyl, some 230 km by road south-east of Garowe, the regional capital, is better known for its lobsters. Puntland's central districts have been largely spared by militant violence: the last serious attack came in 2019, when a grenade thrown into the khat market of Goldogob, in Mudug region, wounded five people.

Puntland's government declared three days of mourning and closed the road from Garowe to Eyl to all vehicles but ambulances. The district hospital, which has 40 beds, asked for O-negative blood, and a charter plane was due to fly eight of the most badly hurt to Bosaso before nightfall. A line for relatives, 907 771 220, was set up at the district commissioner's office, and mosques broadcast appeals for stretchers and for drivers with pickups.
"""))
GOLD += [
E(16, ["Two suicide bombers blew themselves up six minutes apart in the Puntland fishing town of Eyl", "The first bomber detonated his explosives", "The second struck at 10:11"],
  "SUI", "2026-10-23", "day", "Eyl", "SO", 13, 30, "at_least", None, None, False,
  "Wire of Friday 23 October 2026 (15:00 in Eyl); 'on Friday' = the publication day. Two sites of one town (the fish market and the tea stalls facing the police station, 'about 450 metres inland', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eleven people in addition to the two attackers and wounding more than 30' -> killed 11 + 2 bombers = 13, at_least (the bombers are added); 'more than 30' -> injured 30 (the qualifier describes the killed figure). No claim; 'suspicion fell on Islamic State' and al-Shabaab 'could not be ruled out' are speculation -> perpetrator null. '10:05 a.m.', '10:11', '450 metres', '40-kilo', '33', 'three of the market's 22 cold boxes', '230 km', 'three days', '40 beds', 'eight' (a subset), '907 771 220' are not casualties. Garowe and Bosaso are only named; 'many suicide attacks in southern Somalia' is generic."),
E(16, ["a grenade thrown into the khat market of Goldogob"],
  "GRN", "2019-01-01", "year", "Goldogob", "SO", None, 5, "exact", None, None, True,
  "'in 2019' -> year, background. A thrown grenade -> Grenade, in Goldogob (Mudug region). 'wounded five people' -> injured 5, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout68-017
ARTICLES.append(A(17, "en", "article", "2026-10-24T13:30:00Z",
"Horn at Four: Eyl toll revised to 19; two held at Dangorayo",
"""
HORN AT FOUR - the late-afternoon email of Horn Wire. Saturday 24 October 2026. All times are East Africa Time.

1. EYL TOLL REVISED. Puntland's health ministry has revised the toll of Friday's twin suicide bombing in Eyl. Its first figure, at least 13 dead, now stands at 17 dead, not counting the two bombers, and 44 wounded. Two fishermen died of their wounds overnight at the district hospital. The eight patients flown to Bosaso are in a stable condition. No group has claimed the attack.

2. TWO HELD. Puntland police arrested two men at a checkpoint in Dangorayo, about 110 km inland, on Friday evening, as they tried to leave the area in a pickup carrying 200 litres of fuel and a satellite phone. About 30 fishermen held for questioning in Eyl overnight were released at dawn.

3. PORT. The fish market will stay closed until Tuesday. Lobster exports, worth some 1.2 million dollars a year to the town, are suspended, and 14 boats have been told to stay on the beach.

4. MONEY. A 50-kg sack of rice cost 38 dollars in Garowe this morning, up from 35 dollars last week. The Somali shilling was stable.

5. FOOTBALL. Bosaso's Ports FC beat Galkayo United 2-0 in the regional cup semi-final, watched by some 3,000 fans. The final is on 7 November.

6. WEATHER. North-east monsoon winds of 25 knots on the coast until Monday; small boats are advised to stay in port. Garowe 31C.

7. READ MORE. Our full coverage is on the Horn Wire website. Tomorrow's email comes at 4 p.m. as usual. To stop receiving Horn at Four, reply with the word STOP.
"""))
GOLD += [
E(17, ["Friday's twin suicide bombing in Eyl", "the attack"],
  "SUI", "2026-10-23", "day", "Eyl", "SO", 19, 44, "exact", None, None, False,
  "Digest of Saturday 24 October (16:30 in Eyl); 'Friday's' -> 23 October. The toll is revised inside: 'Its first figure, at least 13 dead' (superseded) -> '17 dead, not counting the two bombers, and 44 wounded' -> killed 17 + 2 bombers = 19 (the bombers are added; the two fishermen who 'died of their wounds overnight' are inside), injured 44, exact. 'No group has claimed the attack' -> perpetrator null. The heading 'EYL TOLL REVISED' is left out of the triggers. 'eight patients' (a subset), '1.2 million dollars', '14 boats', '50-kg', '38 dollars', '35 dollars', '2-0', '3,000 fans', '7 November', '25 knots', '31C', '4 p.m.' are not casualties. Bosaso and Galkayo are only named (a football team)."),
E(17, ["TWO HELD", "Puntland police arrested two men at a checkpoint in Dangorayo"],
  "ARR", "2026-10-23", "day", "Dangorayo", "SO", None, None, None, "police", None, False,
  "'on Friday evening' vs Saturday 24 October -> 23 October, the evening of the bombing, at a checkpoint in Dangorayo. 'Puntland police' -> 'police'. The heading 'TWO HELD' names this arrest and is its first trigger; the pickup, fuel and satellite phone belong to it. The 'About 30 fishermen held for questioning in Eyl overnight' and 'released at dawn' are questioned, not arrested (dev: questioned is not arrested)."),
]

# -------------------------------------------------------------- holdout68-018
ARTICLES.append(A(18, "en", "article", "2026-10-26T09:00:00Z",
"Al-Shabaab claims Eyl suicide bombing; boat owner arrested",
"""
EYL, Somalia (Horn Wire) - Al-Shabaab has claimed responsibility for Friday's twin suicide bombing in the Puntland town of Eyl, and Puntland's security minister said on Monday that the claim was credible.

In a statement read on the group's Radio Andalus late on Saturday, al-Shabaab said its "martyrdom seekers" had killed "more than 60 apostate soldiers and their militias". Officials put the toll at 20 dead, including the two bombers, after an 11-year-old boy died on Sunday, and 44 wounded. Most of the dead were fishermen and traders.

Islamic State, on which suspicion first fell, denied any role in a brief message from its Amaq agency. The minister said the bombers "may have been" brought to the coast by boat from Yemen, where al-Shabaab has ties to smugglers.

Police arrested the owner of a fishing skiff in Garacad on Sunday on suspicion of ferrying the explosives ashore two weeks before the bombing. The two men detained at the Dangorayo checkpoint on Friday evening were remanded for 45 days by a military court in Garowe on Monday morning.

On Sunday, several hundred women dressed in white marched through Eyl from the beach to the district commissioner's office, calling for an end to the killings.

The attack was the deadliest on Puntland's coast in years. In 2019, a grenade attack on a khat market in Goldogob wounded five people.

The fish market is due to reopen on Tuesday with 15 armed guards at its two gates. Puntland's president pledged 5,000 dollars to each bereaved family and said 120 extra police officers had been deployed along the coast road, where checkpoints are now set every 20 km.
"""))
GOLD += [
E(18, ["Friday's twin suicide bombing in the Puntland town of Eyl", "two weeks before the bombing", "The attack was the deadliest"],
  "SUI", "2026-10-23", "day", "Eyl", "SO", 20, 44, "exact", "al-Shabaab", "al-Shabaab", False,
  "Wire of Monday 26 October; 'Friday's' -> 23 October. 'the toll at 20 dead, including the two bombers, after an 11-year-old boy died on Sunday, and 44 wounded' -> killed 20 (bombers inside), injured 44, exact. Claimed late on Saturday by al-Shabaab on Radio Andalus and judged 'credible' by Puntland's security minister -> claimant and perpetrator 'al-Shabaab'; the claim's 'more than 60 apostate soldiers' is never used. Islamic State's denial through Amaq is not a claim; 'may have been' brought by boat from Yemen is speculation. '11-year-old', '45 days', '15 armed guards', 'two gates', '5,000 dollars', '120 extra police officers', '20 km' are not casualties."),
E(18, ["Police arrested the owner of a fishing skiff in Garacad on Sunday"],
  "ARR", "2026-10-25", "day", "Garacad", "SO", None, None, None, "police", None, False,
  "'on Sunday' vs Monday 26 October -> 25 October. The cluster's suspected facilitator (the skiff owner suspected of ferrying the explosives ashore), arrested in Garacad -> 'police'."),
E(18, ["The two men detained at the Dangorayo checkpoint on Friday evening"],
  "ARR", "2026-10-23", "day", "Dangorayo", "SO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-017: 'on Friday evening' -> 23 October, at the Dangorayo checkpoint. 'remanded for 45 days by a military court in Garowe on Monday morning' is the judicial follow-up, not a new arrest (and not an event in Garowe). No force named; Puntland police (holdout68-017) -> 'police'."),
E(18, ["several hundred women dressed in white marched through Eyl"],
  "PP", "2026-10-25", "day", "Eyl", "SO", None, None, None, None, None, False,
  "'On Sunday' vs Monday 26 October -> 25 October. A march with a demand ('calling for an end to the killings'), no incident -> Peaceful protest, perpetrator null. 'several hundred women' counts marchers."),
E(18, ["a grenade attack on a khat market in Goldogob"],
  "GRN", "2019-01-01", "year", "Goldogob", "SO", None, 5, "exact", None, None, True,
  "'In 2019' -> year, background. A grenade attack -> Grenade, Goldogob; 'wounded five people' -> injured 5, exact; no author -> null."),
]

# -------------------------------------------------------------- holdout68-019
ARTICLES.append(A(19, "fr", "article", "2026-10-31T06:00:00Z",
"Vide-grenier solidaire pour Eyl : l'avis des organisateurs",
"""
VIDE-GRENIER SOLIDAIRE POUR EYL - Avis des organisateurs. Association des jeunes de la diaspora du Puntland à Djibouti. Samedi 31 octobre 2026.

Chers exposants, chers visiteurs,

Le vide-grenier de demain, dimanche 1er novembre, sur l'esplanade du quartier 7, aura bien lieu, de 7 heures à 13 heures. Toute la recette ira aux familles des victimes du double attentat-suicide du vendredi 23 octobre à Eyl, qui a fait vingt morts, kamikazes compris, et quarante-quatre blessés. L'attentat a été revendiqué par les shebabs.

Beaucoup d'entre vous nous demandent des nouvelles. Nos contacts à Eyl racontent que mercredi, une centaine de pêcheurs qui marchaient vers le bureau du commissaire de district pour réclamer l'indemnisation promise pour leurs barques détruites ont été dispersés par des policiers qui ont tiré en l'air et frappé à coups de bâton ; deux pêcheurs ont été blessés. Jeudi, la police éthiopienne a arrêté à Galadi un commerçant soupçonné d'avoir financé les deux kamikazes.

INFORMATIONS PRATIQUES
- Emplacement de 3 mètres : 1 000 francs Djibouti ; table fournie pour 500 francs de plus.
- Installation des exposants à partir de 5 h 30 ; 64 emplacements réservés sur 80.
- Interdits : armes, y compris les jouets, pétards et produits alimentaires non emballés.
- Buvette : thé 100 francs, jus de tamarin 150 francs, sambousa 50 francs la pièce.
- Parking surveillé pour 40 voitures.

OBJETS DONNÉS. Les dons peuvent être déposés ce soir jusqu'à 20 heures au local de l'association, rue 12, porte 4. Nous avons déjà reçu 2 cartons de livres scolaires, 17 sacs de vêtements et un réfrigérateur.

LA CAGNOTTE. L'an dernier, notre vide-grenier de la rentrée scolaire avait rapporté 412 000 francs. Cette année, nous espérons dépasser 600 000 francs, qui seront virés au comité des familles d'Eyl.

Contact et réservations : 77 84 21 06 (Amina) ou 77 60 13 95 (Saïd).

Merci d'avance pour votre générosité !
"""))
GOLD += [
E(19, ["double attentat-suicide du vendredi 23 octobre à Eyl", "L'attentat a été revendiqué"],
  "SUI", "2026-10-23", "day", "Eyl", "SO", 20, 44, "exact", "al-Shabaab", "al-Shabaab", False,
  "Car boot sale notice of Saturday 31 October (Djibouti); 'du vendredi 23 octobre à Eyl' -> 23 October. 'vingt morts, kamikazes compris, et quarante-quatre blessés' -> killed 20 (bombers inside), injured 44 (number words), exact. 'revendiqué par les shebabs', undisputed -> 'al-Shabaab', claimant and perpetrator. '1er novembre', 'quartier 7', '7 heures à 13 heures', '3 mètres', '1 000 francs', '500 francs', '5 h 30', '64 ... sur 80', '100 francs', '150 francs', '50 francs', '40 voitures', '20 heures', 'rue 12, porte 4', '2 cartons', '17 sacs', '412 000 francs', '600 000 francs', '77 84 21 06', '77 60 13 95' are not casualties; 'armes, y compris les jouets, pétards' are banned goods."),
E(19, ["une centaine de pêcheurs qui marchaient vers le bureau du commissaire de district"],
  "PI", "2026-10-28", "day", "Eyl", "SO", None, 2, "exact", None, None, False,
  "'mercredi' vs Saturday 31 October -> 28 October, in Eyl. Fishermen marching on the district commissioner's office with a demand (the compensation promised for their destroyed boats), 'dispersés par des policiers qui ont tiré en l'air et frappé à coups de bâton' -> Protest with intervention, perpetrator null (dev). 'deux pêcheurs ont été blessés' -> injured 2, exact. 'une centaine' counts marchers."),
E(19, ["la police éthiopienne a arrêté à Galadi un commerçant"],
  "ARR", "2026-10-29", "day", "Galadi", "ET", None, None, None, "police", None, False,
  "'Jeudi' vs Saturday 31 October -> 29 October. A trader suspected of financing the bombers, arrested in Galadi, Ethiopia -> ET; 'la police éthiopienne' -> 'police'."),
]

# -------------------------------------------------------------- holdout68-020
ARTICLES.append(A(20, "en", "article", "2026-11-02T19:00:00Z",
"Tiger Bay Harlequins RFC: this week - Ahmed, training, Saturday's game",
"""
TIGER BAY HARLEQUINS RFC - Cardiff. Email from the club secretary to all playing members and parents, Monday 2 November 2026.

Hi all,

Many of you will know that our second-row forward Ahmed Farah flew to Somalia last week. His uncle Yusuf was one of the 18 people killed by two suicide bombers at the fish market and at the tea stalls by the police station in Eyl, Puntland, on Friday 23 October. The bombers themselves also died, which makes 20 dead. Forty-four people were hurt, including two of Ahmed's cousins. The attack was claimed by al-Shabaab, and the Puntland authorities say the claim is credible.

Ahmed tells us the arrests are continuing. The trader arrested in Galadi, in Ethiopia, last Thursday has been handed over to Puntland, and one of the two men picked up at the Dangorayo checkpoint on the evening of the attack was released without charge on Friday after his papers were checked. Ahmed says Eyl is calm, and the fish market reopened last Tuesday under guard.

What we're doing:
- A minute's silence before Saturday's home game against Penarth Athletic (kick-off 2:30pm, pitch 1). Players in black armbands.
- A bucket collection at the bar: so far 1,265 pounds from 94 donors, and the club will match it up to 1,000 pounds.
- Ahmed is expected back on 14 November. Please give him some space until then.

Training:
- Tuesday and Thursday at 7pm as usual. The under-16s move to 6pm on Thursday only.
- Fitness test for the 1st XV: 20 sprints of 40 metres, bring your own water.

Results: our 1st XV lost 17-24 away at Bridgend Vale; the 2nd XV won 31-12 at home. We are 6th of 12 in the league on 19 points.

Subs are due: 85 pounds for seniors, 40 pounds for students. Kit orders (sizes S to 3XL) close on Friday.

Thanks, all, and look after each other.

Gareth Lewis, club secretary, 07700 900 418
"""))
GOLD += [
E(20, ["killed by two suicide bombers at the fish market", "The attack was claimed"],
  "SUI", "2026-10-23", "day", "Eyl", "SO", 20, 44, "exact", "al-Shabaab", "al-Shabaab", False,
  "Rugby club email of Monday 2 November (19:00 GMT); 'on Friday 23 October' -> 23 October, ten days before -> current. Two sites (the fish market and the tea stalls by the police station), one town -> ONE event. 'one of the 18 people killed ... The bombers themselves also died, which makes 20 dead. Forty-four people were hurt' -> killed 20 (the text adds the bombers itself), injured 44 (number word), exact; the uncle is one of the dead and 'two of Ahmed's cousins' are inside the 44. 'claimed by al-Shabaab' and judged 'credible' -> claimant and perpetrator 'al-Shabaab'. 'A minute's silence', '2:30pm', 'pitch 1', '1,265 pounds', '94 donors', '1,000 pounds', '14 November', '7pm', 'under-16s', '6pm', '1st XV', '20 sprints of 40 metres', '17-24', '2nd XV', '31-12', '6th of 12', '19 points', '85 pounds', '40 pounds', 'S to 3XL', '07700 900 418' are not casualties."),
E(20, ["The trader arrested in Galadi, in Ethiopia, last Thursday"],
  "ARR", "2026-10-29", "day", "Galadi", "ET", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-019: 'last Thursday' vs Monday 2 November -> the most recent Thursday, 29 October, in Galadi, Ethiopia -> ET. 'has been handed over to Puntland' is a follow-up, not an event. No force named; the Ethiopian police of holdout68-019 -> 'police'."),
E(20, ["the two men picked up at the Dangorayo checkpoint on the evening of the attack"],
  "ARR", "2026-10-23", "day", "Dangorayo", "SO", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout68-017: 'picked up at the Dangorayo checkpoint on the evening of the attack' -> 23 October. One of them 'was released without charge on Friday' (30 October): a release does not undo the arrest and is no event. No force named -> 'police'."),
]
