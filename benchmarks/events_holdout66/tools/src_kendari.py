"""Authoring source of benchmarks/events_holdout66 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kendari, Indonesia cluster (holdout66-001 to 005; English and
French), two suicide bombers on the evening of Sunday 22 February 2026 at two
sites of one town (the night market on the Kendari waterfront and the
passenger pier of the Nusantara port, about 600 m and six minutes apart): an
English wire with a first report (001), the English version of a sea rescue
station's incident note (002), an English mid-morning news digest email of a
Fremantle paper (003), an English wire on the claim and the arrests (004) and
a French swimming school's email to parents (« courriel d'une école de
natation aux parents », fr 005). Kendari and Fremantle are UTC+8 and Jakarta
UTC+7: every publication time here is between 02:00 and 15:00 UTC, so every
local date is the UTC date. The gold keeps the common English spellings
("Kendari", "Unaaha", "Kolaka", "Raha", "Baubau"). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout66")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout66-001
ARTICLES.append(A(1, "en", "article", "2026-02-22T14:30:00Z",
"Twin suicide blasts hit Indonesia's Kendari waterfront",
"""
KENDARI, Indonesia (Sulawesi Wire) - Two suicide bombers blew themselves up six minutes apart on the Kendari waterfront on Sunday evening, killing at least nine people, not counting the two attackers, and wounding dozens, police in Southeast Sulawesi province said.

The first bomber detonated his explosives at about 7:40 p.m. among the food stalls of the night market, which draws some 2,000 people on weekend evenings. The second set off his device at 7:46 p.m. at the passenger pier of the Nusantara port, about 600 metres away, where families were queuing for the 8 p.m. express boat to Raha, on Muna island. Several people jumped into the harbour to escape.

"I heard the first bang and ran towards the boats, then the second one came," said Wayan Sudarta, 52, who sells grilled fish at stall 31. "People were in the water, shouting for their children."

No group had claimed the attack by late evening. Investigators were examining whether the bombers had links to Jamaah Ansharut Daulah, a network that has pledged loyalty to Islamic State, a police spokesman said, warning that "it is far too early to say".

Southeast Sulawesi has seen few such attacks. In 2019 a pipe bomb exploded outside a church in Baubau, on Buton island, wounding three worshippers; no one was ever charged.

Hospitals in the city of about 350,000 people cancelled staff leave, and the provincial blood bank asked donors with type O blood to come forward. Around 400 police officers were deployed along the seafront, express boat services to Raha and Wanci were suspended until Tuesday, and a hotline, 0401 312 1100, was opened for relatives. The mayor ordered flags at half mast for three days.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up six minutes apart on the Kendari waterfront", "The first bomber detonated his explosives", "The second set off his device", "the second one came", "claimed the attack"],
  "SUI", "2026-02-22", "day", "Kendari", "ID", 11, 12, "at_least", None, None, False,
  "Wire of Sunday 22 February 2026 (22:30 in Kendari); 'on Sunday evening' = the publication day. Two sites of one town (the night market and the Nusantara port's passenger pier, 'about 600 metres away', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least nine people, not counting the two attackers, and wounding dozens' -> killed 9 + 2 bombers = 11, at_least (the bombers are added); injured 'dozens' -> 12 (dev table; the qualifier describes the killed figure). No claim; 'examining whether the bombers had links to Jamaah Ansharut Daulah' is speculation -> perpetrator null (Islamic State is only named as the network's allegiance). '7:40 p.m.', '2,000 people' (market crowd), '7:46 p.m.', '600 metres', '8 p.m.', '52', 'stall 31', '350,000 people', '400 police officers', '0401 312 1100', 'three days' are not casualties; the people who 'jumped into the harbour' are not a toll."),
E(1, ["a pipe bomb exploded outside a church in Baubau"],
  "IED", "2019-01-01", "year", "Baubau", "ID", None, 3, "exact", None, None, True,
  "'In 2019' -> year, background. A pipe bomb -> Remote explosive/landmine/IED; no author ('no one was ever charged') -> null. 'wounding three worshippers' -> injured 3 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout66-002
ARTICLES.append(A(2, "en", "article", "2026-02-23T04:00:00Z",
"Sea rescue station note on Sunday night's harbour call-out",
"""
KENDARI SEARCH AND RESCUE OFFICE - RESCUE STATION INCIDENT NOTE No. 07/II/2026 (English version for consulates and foreign media). Issued Monday 23 February 2026, 11:30 WITA (UTC+8).

INCIDENT. Suicide bombing at the passenger pier of Nusantara port, Kendari, Sunday 22 February, 19:46, six minutes after a first blast at the waterfront night market. Persons in the water.

CALL-OUT. Alert received from the harbour master on VHF channel 16 at 19:48. Rescue boat RB 214 "Anoa" (12 m, crew of 7) launched at 19:55 and was on scene at 19:59. Our rigid inflatable RIB 06 followed at 20:05. Conditions: wind south-east 8 knots, sea slight, water 29 degrees, good visibility under the port floodlights.

RECOVERIES. Between 19:59 and 21:40 the two crews recovered 23 people from the water between the pier and the moored express boat "Wanci Jaya", nine of them children. Five had blast or burn injuries and were landed at berth 3 for the ambulances; eighteen were unhurt. One body was recovered at 22:15, two metres below the pier deck.

CASUALTIES. Our first situation report, at 21:30, recorded at least nine dead. The police figure issued at 06:00 this morning, which covers both the pier and the night market, is 13 people killed, including the two bombers, and 61 injured. The five injured persons we landed and the body we recovered are counted in that figure.

STAND-DOWN. RB 214 returned to station at 23:50 after a last sweep of the harbour basin (0.8 nautical miles) with the police dive team. Fuel used: 340 litres. No crew injuries.

OTHER. The crew of the "Wanci Jaya", 11 men, were questioned by police at the port office overnight and allowed to go home at 05:00. Express boat departures remain suspended; the harbour master will advise by 16:00. Press enquiries: +62 401 312 5520 (English spoken, 08:00 to 17:00).
"""))
GOLD += [
E(2, ["Suicide bombing at the passenger pier of Nusantara port", "a first blast at the waterfront night market"],
  "SUI", "2026-02-22", "day", "Kendari", "ID", 13, 61, "exact", None, None, False,
  "Incident note of Monday 23 February; 'Sunday 22 February' -> 22 February. The pier (19:46) and the night market ('a first blast', six minutes earlier) are two sites of one town -> ONE event coded to Kendari (the port is in the town). The toll is revised inside: 'at least nine dead' (the 21:30 situation report, superseded) -> 'the police figure ... 13 people killed, including the two bombers, and 61 injured' -> killed 13 (bombers inside), injured 61, exact. The five injured landed and the body recovered are 'counted in that figure' (subsets). No claim, no group named -> perpetrator null. 'No. 07/II/2026', '11:30', 'UTC+8', '19:46', '19:48', 'channel 16', 'RB 214', '12 m', 'crew of 7', '19:55', '19:59', 'RIB 06', '20:05', '8 knots', '29 degrees', '21:40', '23 people' (recovered from the water), 'nine of them children', 'eighteen were unhurt', 'berth 3', '22:15', 'two metres', '06:00', '23:50', '0.8 nautical miles', '340 litres', '11 men' (questioned), '05:00', '16:00', '+62 401 312 5520', '08:00 to 17:00' are not casualties. The boat's crew 'questioned by police ... and allowed to go home' are not arrested."),
]

# -------------------------------------------------------------- holdout66-003
ARTICLES.append(A(3, "en", "article", "2026-02-24T02:30:00Z",
"Mid-morning digest: Tuesday 24 February",
"""
THE FREMANTLE GAZETTE - MID-MORNING DIGEST. Tuesday 24 February 2026, 10:30 a.m. Five things to know before lunch.

1. KENDARI BOMBING: FREMANTLE DIVER AMONG THE DEAD. A diving instructor from Fremantle, Kirsty Moylan, 31, died in hospital in Kendari on Monday afternoon from wounds suffered in Sunday's twin suicide bombing on the Kendari waterfront, in Indonesia's Southeast Sulawesi. She was on her way to a dive resort in Wakatobi with two clients, who were not hurt. Her death brings the toll to 14, including the two bombers; 61 people were injured. The government has raised its travel advice for Southeast Sulawesi to "reconsider your need to travel", level 3 of 4, and a consular hotline is open on 1300 555 135.

2. ARRESTS IN SULAWESI. Indonesian counter-terrorism police arrested two men in Unaaha, about 60 km inland from Kendari, on Monday night, a police spokesman said. Officials said the bombers "may have been" trained in the hills of Central Sulawesi and that the two men may have sheltered them. No group has claimed the attack.

3. HEAT. Fremantle is forecast to reach 39 degrees on Thursday, the fourth day above 35 this month. The fire danger rating for the hills east of the city is "extreme" and total fire bans apply in 11 shires.

4. PORT. The inner harbour handled 74,200 containers in January, up 6 percent on a year earlier, and the new berth 11 will open in June. Ferry fares to Rottnest Island rise by $4 from March 1.

5. CRICKET. Western Australia need 212 runs on the last day against Victoria to win the Shield match; they were 88 for 2 at stumps, with the opener on 51 not out.

Moylan's family has asked for privacy. A memorial paddle-out is planned at Bathers Beach at 6 p.m. on Saturday; the surf club asks those taking part to register on 08 9430 2210.

That's all for this morning. Reply to this email to tell us what you would like in tomorrow's digest.
"""))
GOLD += [
E(3, ["KENDARI BOMBING", "Sunday's twin suicide bombing on the Kendari waterfront", "claimed the attack"],
  "SUI", "2026-02-22", "day", "Kendari", "ID", 14, 61, "exact", None, None, False,
  "Digest of Tuesday 24 February (10:30 in Fremantle, UTC+8 like Kendari); 'Sunday's' -> 22 February. 'Her death brings the toll to 14, including the two bombers; 61 people were injured' -> killed 14 (bombers inside; the instructor who died on Monday is inside), injured 61, exact. 'No group has claimed the attack' -> perpetrator null; 'may have been' trained is speculation. The upper-case heading 'KENDARI BOMBING' is the first naming. '10:30 a.m.', '31', 'two clients', 'level 3 of 4', '1300 555 135', '60 km', '39 degrees', '35', '11 shires', '74,200 containers', '6 percent', 'berth 11', '$4', '212 runs', '88 for 2', '51', '6 p.m.', '08 9430 2210' are not casualties."),
E(3, ["arrested two men in Unaaha"],
  "ARR", "2026-02-23", "day", "Unaaha", "ID", None, None, None, "police", None, False,
  "'on Monday night' vs Tuesday 24 February -> 23 February. Indonesian counter-terrorism police -> 'police'. Unaaha is in Konawe regency, 'about 60 km inland from Kendari'. That the two 'may have sheltered' the bombers is speculation, not a further event."),
]

# -------------------------------------------------------------- holdout66-004
ARTICLES.append(A(4, "en", "article", "2026-02-25T08:00:00Z",
"Indonesian militant network claims Kendari attack; boat owner held",
"""
KENDARI, Indonesia (Sulawesi Wire) - Jamaah Ansharut Daulah (JAD) claimed responsibility on Tuesday for Sunday's twin suicide bombing on the Kendari waterfront, in a statement that boasted of "more than 50 crusaders and apostates" killed. Police said on Wednesday that the claim was credible.

The toll rose to 13 on Wednesday, not counting the two bombers, after a 16-year-old girl died in hospital; 61 people were wounded, 14 of them seriously.

Mujahidin Indonesia Timur, a smaller group active in Central Sulawesi, denied any role in a message to journalists. A senior investigator said the bombers "may have been" radicalised online while working at nickel smelters in Morowali.

Counter-terrorism police on Tuesday arrested the owner of a wooden cargo boat in Kolaka, on the province's west coast, on suspicion of carrying 20 kg of explosives across the Gulf of Bone for the bombers in early February. The two men arrested in Unaaha on Monday night have been formally named suspects and will be held for 20 days, police said. A third man, arrested in Raha on Monday, was released without charge on Tuesday. The bombers' landlord in Kendari's Mandonga district was questioned for nine hours and released.

Indonesian police have dismantled several JAD cells since 2018. The province's last bombing, a pipe bomb outside a Baubau church in 2019, wounded three people.

The night market reopened on Wednesday evening under guard, with 250 police officers and metal detectors at its two entrances. Kendari's 140 state schools will reopen on Thursday. The express boats to Raha resumed with two daily departures, at 08:00 and 14:00, and the operator is offering a 30 percent fare cut to families of victims. Traders said takings at the market were down by half, and the city has promised each stallholder 2 million rupiah.
"""))
GOLD += [
E(4, ["Sunday's twin suicide bombing on the Kendari waterfront"],
  "SUI", "2026-02-22", "day", "Kendari", "ID", 15, 61, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "Wire of Wednesday 25 February; 'Sunday's' -> 22 February. 'The toll rose to 13 on Wednesday, not counting the two bombers, after a 16-year-old girl died in hospital; 61 people were wounded' -> killed 13 + 2 = 15 (the bombers are added), injured 61, exact; '14 of them seriously' is a subset. 'Jamaah Ansharut Daulah (JAD) claimed responsibility on Tuesday', judged 'credible' by the police -> claimant and perpetrator 'Jamaah Ansharut Daulah' (the canonical name earlier sets use; the claim is in its own name, not Islamic State's). The claim's 'more than 50 crusaders and apostates' is never used. Mujahidin Indonesia Timur's denial is not a claim; 'may have been' radicalised is speculation. '16-year-old', '250 police officers', '140 state schools', '08:00', '14:00', '30 percent', 'by half', '2 million rupiah' are not casualties."),
E(4, ["arrested the owner of a wooden cargo boat in Kolaka"],
  "ARR", "2026-02-24", "day", "Kolaka", "ID", None, None, None, "police", None, False,
  "'on Tuesday' vs Wednesday 25 February -> 24 February. The cluster's suspected facilitator (the boat owner suspected of carrying '20 kg of explosives' across the Gulf of Bone 'in early February'; the crossing is no event). Counter-terrorism police -> 'police'."),
E(4, ["The two men arrested in Unaaha on Monday night"],
  "ARR", "2026-02-23", "day", "Unaaha", "ID", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-003: 'on Monday night' vs Wednesday 25 February -> 23 February. 'formally named suspects and will be held for 20 days' is the arrest's judicial follow-up, not a new arrest. No force named in the sentence -> 'police' (the police of the cluster)."),
E(4, ["A third man, arrested in Raha on Monday"],
  "ARR", "2026-02-23", "day", "Raha", "ID", None, None, None, "police", None, False,
  "'on Monday' vs Wednesday 25 February -> 23 February; Raha on Muna island. 'released without charge on Tuesday': the release does not undo the arrest and is no event. -> 'police'. The landlord 'questioned for nine hours and released' is not arrested."),
E(4, ["a pipe bomb outside a Baubau church"],
  "IED", "2019-01-01", "year", "Baubau", "ID", None, 3, "exact", None, None, True,
  "'in 2019' -> year, background (the event of holdout66-001). 'wounded three people' -> injured 3, exact; no author -> null. 'since 2018' (JAD cells dismantled) is generic and not coded."),
]

# -------------------------------------------------------------- holdout66-005
ARTICLES.append(A(5, "fr", "article", "2026-02-27T09:00:00Z",
"Natation : message aux parents après l'attentat de Kendari",
"""
CLUB DE NATATION LES MARSOUINS - Courriel aux parents des nageurs, vendredi 27 février 2026. Objet : nouvelles de Julien et entraînements de la semaine prochaine.

Chers parents,

Vous êtes nombreux à nous avoir écrit depuis dimanche soir. Notre entraîneur Julien Ferrand, qui accompagnait à Kendari trois nageurs adultes du club pour la traversée de la baie prévue le 1er mars, est rentré mercredi à Jakarta par le vol de 13 h 40. Il n'a pas été blessé : il se trouvait à son hôtel, à environ 800 mètres du marché de nuit, quand les deux kamikazes ont frappé.

L'attentat-suicide de dimanche, sur le front de mer de Kendari, a fait quinze morts, kamikazes compris, et soixante et un blessés. Il a été revendiqué mardi par Jamaah Ansharut Daulah (JAD), une revendication jugée crédible par la police indonésienne. Les deux hommes arrêtés lundi soir à Unaaha sont toujours détenus, et le propriétaire de bateau interpellé mardi à Kolaka a été présenté à un juge. Jeudi, plus de 5 000 habitants de Kendari ont marché en silence de la grande mosquée Al-Kautsar jusqu'au port, derrière une banderole « Kendari tidak takut » (« Kendari n'a pas peur »).

Organisation de la semaine du 2 au 7 mars :
- la traversée de la baie est annulée ; les frais d'inscription (450 000 roupies) seront remboursés ;
- les séances du lundi et du mercredi ont lieu comme d'habitude, de 16 h 30 à 18 heures, dans le bassin de 25 mètres ;
- le groupe des 8-10 ans nagera exceptionnellement dans le petit bassin (1,20 m de profondeur) ;
- la psychologue de l'école, Mme Hartono, recevra les enfants qui le souhaitent vendredi de 14 heures à 16 heures, salle 12.

Le club suit les consignes de sécurité de l'ambassade : aucun déplacement de groupe hors de la capitale jusqu'au 31 mars. Les trois nageurs adultes remercient les 46 familles qui leur ont écrit.

Pour toute question : 0812 4410 2275 (WhatsApp), du lundi au vendredi.

Sportivement,

Claire Dumoulin, présidente du Club de natation Les Marsouins
"""))
GOLD += [
E(5, ["les deux kamikazes ont frappé", "L'attentat-suicide de dimanche"],
  "SUI", "2026-02-22", "day", "Kendari", "ID", 15, 61, "exact", "Jamaah Ansharut Daulah", "Jamaah Ansharut Daulah", False,
  "Swimming school's email of Friday 27 February (Jakarta, UTC+7); 'dimanche' -> 22 February (the coach's hotel was 800 m from the night market). 'quinze morts, kamikazes compris, et soixante et un blessés' -> killed 15 (bombers inside), injured 61 (number words), exact. 'revendiqué mardi par Jamaah Ansharut Daulah (JAD)', judged 'crédible' -> claimant and perpetrator. '1er mars', '13 h 40', '800 mètres', 'trois nageurs', '2 au 7 mars', '450 000 roupies', '16 h 30', '18 heures', '25 mètres', '8-10 ans', '1,20 m', '14 heures à 16 heures', 'salle 12', '31 mars', '46 familles', '0812 4410 2275' are not casualties."),
E(5, ["Les deux hommes arrêtés lundi soir à Unaaha"],
  "ARR", "2026-02-23", "day", "Unaaha", "ID", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-003/004: 'lundi soir' vs Friday 27 February -> 23 February. 'toujours détenus' is its follow-up. No force named -> 'police'."),
E(5, ["le propriétaire de bateau interpellé mardi à Kolaka"],
  "ARR", "2026-02-24", "day", "Kolaka", "ID", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-004: 'mardi' vs Friday 27 February -> 24 February. 'présenté à un juge' is its judicial follow-up. -> 'police'."),
E(5, ["plus de 5 000 habitants de Kendari ont marché en silence"],
  "PP", "2026-02-26", "day", "Kendari", "ID", None, None, None, None, None, False,
  "'Jeudi' vs Friday 27 February -> 26 February. A silent march from the Al-Kautsar mosque to the port behind a banner with a message ('Kendari n'a pas peur'), no incident -> Peaceful protest, perpetrator null. 'plus de 5 000' counts marchers."),
]
