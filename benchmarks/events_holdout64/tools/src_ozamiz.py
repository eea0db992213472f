"""Authoring source of benchmarks/events_holdout64 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ozamiz, Philippines cluster (holdout64-011 to 015; English and
French), two suicide bombers on Wednesday 15 July 2026 at two sites of one
city in Misamis Occidental, Mindanao (the fish section of the public market
and the passenger terminal of the port, about 700 m and five minutes
apart): an English wire with a first report (011), a French agency
dispatch on the claim and arrests ("dépêche", fr 012), a Coast Guard
station's incident note (013), a dental clinic's appointment reminder
email (014) and a cycling club's newsletter (015). The Philippines are
UTC+8: every publication time here is between 01:00 and 08:00 UTC, so every
local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout64")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout64-011
ARTICLES.append(A(11, "en", "article", "2026-07-15T06:00:00Z",
"Suicide bombers kill at least 10 in southern Philippine city of Ozamiz",
"""
OZAMIZ, Philippines (Sulu Sea Wire) - Two suicide bombers attacked the southern Philippine city of Ozamiz five minutes apart on Wednesday morning, killing at least eight people other than themselves and wounding a score of others, police said.

The first blast ripped through the fish section of the public market at about 7:40 a.m., as vendors set out the morning's catch from Panguil Bay. At 7:45, a second bomber blew himself up near the ticket windows of the port's passenger terminal, about 700 metres away, where some 300 passengers were waiting for the 8 a.m. ferry.

"I heard the first boom and everyone ran toward the port," said Rowena Cabahug, 52, who sells dried fish at stall 118. "Then the second one came from there."

Police said the bombers appeared to be men in their twenties. No group has claimed the attack. Investigators were examining possible links with Dawlah Islamiyah, a pro-Islamic State group active in central Mindanao, a regional police spokesman said, adding that "it is too early to point a finger".

The mayor ordered the market and the port closed for three days and suspended classes in 46 public schools. The city's blood bank asked for donors of types O and A; by noon, 210 people had queued outside the provincial hospital.

Ozamiz, a port city of about 140,000 people in Misamis Occidental province, had been spared the violence that has hit other parts of Mindanao. In 2020, a homemade bomb left in a bag at the bus terminal of nearby Clarin wounded five people.

Ferries across the bay were cancelled for the day, and the Coast Guard deployed four patrol boats to watch small craft leaving the city's shore. Mobile phone networks were slowed for six hours at the request of the police.
"""))
GOLD += [
E(11, ["Two suicide bombers attacked the southern Philippine city of Ozamiz", "The first blast", "a second bomber blew himself up", "the attack"],
  "SUI", "2026-07-15", "day", "Ozamiz", "PH", 10, 20, "at_least", None, None, False,
  "Wire of Wednesday 15 July 2026 (14:00 in Ozamiz); 'on Wednesday morning' = the publication day. Two sites of one city (the public market's fish section and the port's passenger terminal, 'about 700 metres', five minutes apart) -> ONE Suicide bomb event coded to the city. First report: 'killing at least eight people other than themselves and wounding a score of others' -> killed 8 + 2 bombers = 10 (the bombers are added), at_least; injured 'a score' -> 20 (dev table); the qualifier describes the killed figure. No claim; 'examining possible links with Dawlah Islamiyah' is speculation -> perpetrator null. '7:40 a.m.', '7:45', '700 metres', 'some 300 passengers', '8 a.m.', '52', 'stall 118', 'three days', '46 public schools', '210 people' (blood donors), '140,000', 'four patrol boats', 'six hours' are not casualties."),
E(11, ["a homemade bomb left in a bag at the bus terminal of nearby Clarin"],
  "IED", "2020-01-01", "year", "Clarin", "PH", None, 5, "exact", None, None, True,
  "'In 2020' -> year, background. A homemade bomb -> Remote explosive/landmine/IED; no author named -> null. 'wounded five people' -> injured 5 (number word), exact; killed null."),
]

# -------------------------------------------------------------- holdout64-012
ARTICLES.append(A(12, "fr", "article", "2026-07-17T08:00:00Z",
"Philippines : l'État islamique revendique le double attentat d'Ozamiz",
"""
MANILLE (Agence Mers du Sud Presse) - Le groupe État islamique a revendiqué vendredi le double attentat-suicide qui a fait treize morts mercredi à Ozamiz, dans le sud des Philippines, et deux suspects arrêtés le soir même ont été inculpés.

Dans un texte diffusé par son agence Amaq, la « province d'Asie de l'Est » de l'organisation affirme que ses deux « soldats du califat » ont tué « plus de 80 croisés ». La police nationale juge la revendication « crédible », tout en s'en tenant à son propre bilan : onze morts, sans compter les deux kamikazes, et 44 blessés. Une vendeuse de poisson de 47 ans a succombé jeudi à l'hôpital régional.

Le Front de libération islamique moro (MILF), ex-rébellion signataire d'un accord de paix, a condamné l'attaque et démenti toute implication de ses membres. Selon un général de l'armée, les deux kamikazes « pourraient être » des ressortissants étrangers.

Les deux hommes arrêtés mercredi soir dans une pension d'Oroquieta, à 35 km au nord, ont été inculpés vendredi de meurtres multiples et de terrorisme. La police dit avoir saisi chez eux des batteries, des clous et un ordinateur portable. Une quinzaine de passagers du ferry, interrogés jeudi, ont été laissés libres.

Le marché public, qui compte 600 étals, doit rouvrir lundi. La mairie a promis 50 000 pesos à chaque famille de victime et 10 000 pesos à chaque blessé.

Ozamiz, ville portuaire de 140 000 habitants de la province de Misamis Occidental, avait jusqu'ici été épargnée par les violences qui touchent d'autres régions de Mindanao. En 2017, une grenade lancée contre une boulangerie de Tangub, à une quinzaine de kilomètres au bord de la baie de Panguil, avait blessé trois personnes.
"""))
GOLD += [
E(12, ["le double attentat-suicide qui a fait treize morts mercredi à Ozamiz", "l'attaque"],
  "SUI", "2026-07-15", "day", "Ozamiz", "PH", 13, 44, "exact", "Islamic State", "Islamic State", False,
  "Dispatch of Friday 17 July; 'mercredi' -> 15 July. 'onze morts, sans compter les deux kamikazes, et 44 blessés' -> killed 11 + 2 = 13 (the bombers are added; the lead's 'treize morts' agrees), injured 44, exact; the fish seller of 47 who died on Thursday is inside. Claimed 'vendredi' by the 'province d'Asie de l'Est' of the 'État islamique' through Amaq -> 'Islamic State' (dev: every regional branch except ISWAP), judged « crédible » by the national police -> claimant and perpetrator; the claim's « plus de 80 croisés » is never used. The MILF condemns and denies (not a claim); « pourraient être » des ressortissants étrangers is speculation. '47 ans', '35 km', 'Une quinzaine de passagers' (questioned), '600 étals', '50 000 pesos', '10 000 pesos', '140 000 habitants', 'une quinzaine de kilomètres' are not casualties."),
E(12, ["deux suspects arrêtés le soir même", "Les deux hommes arrêtés mercredi soir dans une pension d'Oroquieta"],
  "ARR", "2026-07-15", "day", "Oroquieta", "PH", None, None, None, "police", None, False,
  "'le soir même' / 'mercredi soir' vs Friday 17 July -> 15 July, the evening of the bombing. Two men arrested in a boarding house in Oroquieta; 'inculpés vendredi' is the follow-up. The batteries, nails and laptop seized belong to the arrest. No force named for the arrest; 'La police dit avoir saisi' -> 'police'. The ferry passengers 'interrogés jeudi, ont été laissés libres' are not arrested."),
E(12, ["une grenade lancée contre une boulangerie de Tangub"],
  "GRN", "2017-01-01", "year", "Tangub", "PH", None, 3, "exact", None, None, True,
  "'En 2017' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'avait blessé trois personnes' -> injured 3, exact; killed null."),
]

# -------------------------------------------------------------- holdout64-013
ARTICLES.append(A(13, "en", "article", "2026-07-18T04:00:00Z",
"Coast Guard Station Ozamiz incident note: banca intercepted off Tubod",
"""
PHILIPPINE COAST GUARD - COAST GUARD STATION OZAMIZ. INCIDENT NOTE No. 2026-071. Prepared Saturday 18 July 2026, 1200H. Distribution: CG District Northern Mindanao, PNP Maritime Group, City Disaster Risk Reduction Office.

1. SUBJECT. Interception of the motorized banca MB Jessa Mae off Tubod, Lanao del Norte, and arrest of its operator in connection with the twin suicide bombing in Ozamiz City on 15 July 2026 (13 killed, including the two bombers; 44 injured, per City Health Office).

2. NARRATIVE. At 0510H on Friday 17 July, patrol boat BRP-3012, on its second night of heightened patrols across Panguil Bay, sighted an unlit banca, 9 metres long with a 16-hp engine, heading south-east at about 6 knots, 1.2 nautical miles off Tubod. The boat failed to stop when hailed on VHF channel 16 and was boarded at 0525H. PNP Maritime Group officers on board arrested the operator, a 43-year-old resident of Tubod, who investigators say ferried the two bombers across the bay on 12 July. Seized: two 40-litre jerrycans, a bag of about 6 kg of ammonium nitrate, a GPS unit and PHP 37,000 in cash.

3. OTHER PERSONS. Two crew members, aged 17 and 19, were questioned at the station until 1100H and released to their parents. They are not suspects.

4. STATUS. The operator was turned over to the Ozamiz City Police Station at 0750H. The banca is held at Pier 2 pending inquest.

5. MEASURES. Ferry services across the bay resumed on Friday at 50 percent capacity (3 trips instead of 6). Night fishing within 2 nautical miles of the port is suspended until 31 July. All vessels under 3 gross tons must show lights between 1800H and 0600H.

Noted by: CG Lieutenant Commander Ariel Sumalpong, Station Commander. Station hotline: 0917 845 3301.
"""))
GOLD += [
E(13, ["arrest of its operator", "PNP Maritime Group officers on board arrested the operator"],
  "ARR", "2026-07-17", "day", "Tubod", "PH", None, None, None, "police", None, False,
  "Coast Guard note of Saturday 18 July; 'At 0510H on Friday 17 July' -> 17 July. The cluster's suspected facilitator (the boatman who ferried the bombers across Panguil Bay), arrested at sea '1.2 nautical miles off Tubod' -> coded to the nearest named place, Tubod (Lanao del Norte). The arrest is made by 'PNP Maritime Group officers' (the national police) aboard the Coast Guard boat -> 'police'. The jerrycans, ammonium nitrate, GPS unit and cash seized belong to the arrest; the hand-over to the city police is a follow-up. The two crew members 'questioned ... and released' are not arrested."),
E(13, ["the twin suicide bombing in Ozamiz City on 15 July 2026"],
  "SUI", "2026-07-15", "day", "Ozamiz", "PH", 13, 44, "exact", None, None, False,
  "'on 15 July 2026' -> 15 July. '13 killed, including the two bombers; 44 injured' -> killed 13 (bombers inside), injured 44, exact. The note names no claim -> perpetrator null (each document stands alone). 'No. 2026-071', '1200H', '0510H', 'BRP-3012', 'second night', '9 metres', '16-hp', '6 knots', '1.2 nautical miles', 'VHF channel 16', '0525H', '43-year-old', '12 July', '40-litre', '6 kg', 'PHP 37,000', 'aged 17 and 19', '1100H', '0750H', 'Pier 2', '50 percent', '3 trips instead of 6', '2 nautical miles', '31 July', '3 gross tons', '1800H and 0600H', the hotline are not casualties."),
]

# -------------------------------------------------------------- holdout64-014
ARTICLES.append(A(14, "en", "article", "2026-07-20T01:00:00Z",
"Your appointment at Lumapas Dental Clinic: we reopen on Tuesday",
"""
LUMAPAS DENTAL CLINIC - APPOINTMENT REMINDER. 2nd floor, 214 Rizal Avenue, Ozamiz City. Sent Monday 20 July 2026, 9:00 a.m.

Dear patient,

This is a reminder of your appointment with Dr. Ma. Teresa Lumapas on Thursday 23 July at 10:30 a.m. (cleaning and check-up, about 45 minutes). Please arrive 10 minutes early and bring your PhilHealth card.

Our clinic, two doors from the public market, has been closed since Wednesday morning, when the first of the two suicide bombers struck the fish section across the street. Our windows were blown in, but by God's grace our patients and staff were spared, except our dental assistant Liza, 27, who was cut by glass and is now home. The toll of that morning's twin bombing has risen to fourteen dead, the two bombers included, after a rice vendor died on Sunday, and 44 people were wounded. The attack was claimed on Friday by Islamic State, and the police say they consider the claim credible.

Dr. Lumapas and our staff gave statements to the police on Thursday. Footage from our street camera helped identify the two men arrested in Oroquieta on the night of the bombing, who were charged on Friday. Police also told us the bombers may have been foreigners who arrived by boat, but this has not been confirmed.

We reopen on Tuesday 21 July with shortened hours, 9 a.m. to 3 p.m., until 31 July. Chair 3 is still being repaired, so some appointments have been moved; we will text you if yours is affected.

Free check-ups and extractions are offered to anyone injured in the bombing, and to market vendors, until the end of August. Regular fees: cleaning 800 pesos, extraction 1,200 pesos, fillings from 1,500 pesos.

To confirm, reply YES. To cancel or move your appointment, call 088 521 4470 or text 0998 612 0345 at least 24 hours ahead.

Smile, and stay safe,
The Lumapas Dental Clinic team
"""))
GOLD += [
E(14, ["the first of the two suicide bombers struck", "that morning's twin bombing", "The attack was claimed", "the bombing#1", "the bombing#2"],
  "SUI", "2026-07-15", "day", "Ozamiz", "PH", 14, 44, "exact", "Islamic State", "Islamic State", False,
  "Clinic email of Monday 20 July; 'since Wednesday morning' -> 15 July. 'risen to fourteen dead, the two bombers included, after a rice vendor died on Sunday, and 44 people were wounded' -> killed 14 (number word; bombers and the vendor who died later inside), injured 44, exact; the assistant Liza, 27, is one of the injured. 'claimed on Friday by Islamic State', and the police 'consider the claim credible' -> claimant and perpetrator. 'the bombing' occurs twice ('on the night of the bombing', 'anyone injured in the bombing'), both naming it -> '#1' and '#2'. 'may have been foreigners' is speculation. '2nd floor', '214 Rizal Avenue', '9:00 a.m.', '23 July', '10:30 a.m.', '45 minutes', '10 minutes', '21 July', '9 a.m. to 3 p.m.', '31 July', 'Chair 3', '800 pesos', '1,200 pesos', '1,500 pesos', the phone numbers, '24 hours' are not casualties."),
E(14, ["the two men arrested in Oroquieta"],
  "ARR", "2026-07-15", "day", "Oroquieta", "PH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout64-012: 'on the night of the bombing' -> 15 July. 'who were charged on Friday' is its follow-up. No force named; 'helped identify' for the police -> 'police'. The clinic's staff who 'gave statements to the police' are witnesses, not arrested."),
]

# -------------------------------------------------------------- holdout64-015
ARTICLES.append(A(15, "en", "article", "2026-07-22T02:00:00Z",
"Ozamiz Pedal Pushers newsletter: we rode for peace",
"""
OZAMIZ PEDAL PUSHERS CYCLING CLUB - NEWSLETTER No. 27, Wednesday 22 July 2026.

RIDE FOR PEACE. Thank you to the 63 members who rode on Sunday morning at the head of the Walk for Peace, when some 5,000 residents walked from Cotta Fort to City Hall behind the banner "Ozamiz will not bow", asking for more police in the markets and at the port. It was calm, dignified and over by 9 a.m. We kept to 8 km/h the whole way so that elderly walkers could keep up.

IN MEMORIAM. Our member Rodel Maglinte, 44, who sold fish at the public market and joined our Sunday rides for nine years, was among those killed in the twin suicide bombing of 15 July. The toll stands at fourteen dead, including the two bombers, and 44 wounded. The bombing was claimed by Islamic State. Rodel's bike, a blue 29er, will hang in the clubhouse.

INVESTIGATION. The boatman arrested off Tubod on Friday has been charged with terrorism, the police told the city council. A woman arrested in Sindangan on Saturday, who had rented a room to the two bombers, was released without charge on Monday after the prosecutor found no evidence that she knew who they were. Please do not share her name or picture.

ROUTES. The Sindangan Century (100 km, 1,100 m of climbing) planned for 2 August is cancelled; police have asked groups to avoid the coastal road until the checkpoints are lifted. The Saturday Tangub loop (42 km) goes ahead, start 5:30 a.m. at the plaza.

CLUB BUSINESS. Annual dues of 1,200 pesos are due by 31 July; 112 of our 150 members have paid. New jerseys cost 950 pesos; order by text. Our collection for the families raised 38,400 pesos, handed to the city social welfare office on Monday.

SAFETY. Lights on after 6 p.m., helmets always, and keep 1.5 metres between riders.

Ride on,
Jun Ybañez, club secretary. 0926 740 1185.
"""))
GOLD += [
E(15, ["the Walk for Peace", "some 5,000 residents walked from Cotta Fort to City Hall"],
  "PP", "2026-07-19", "day", "Ozamiz", "PH", None, None, None, None, None, False,
  "Newsletter of Wednesday 22 July; 'on Sunday morning' -> 19 July. A march with a message and a demand ('Ozamiz will not bow', 'asking for more police in the markets and at the port'), 'calm, dignified' -> Peaceful protest, perpetrator null. '63 members' (riders), 'some 5,000 residents' (marchers), '9 a.m.', '8 km/h' are not casualties."),
E(15, ["the twin suicide bombing of 15 July", "The bombing was claimed"],
  "SUI", "2026-07-15", "day", "Ozamiz", "PH", 14, 44, "exact", "Islamic State", "Islamic State", False,
  "'of 15 July' -> 15 July. 'fourteen dead, including the two bombers, and 44 wounded' -> killed 14 (number word; bombers inside; the club member Rodel, 44, is among them), injured 44, exact. 'claimed by Islamic State' -> claimant and perpetrator. '44' (an age), 'nine years', '29er', '100 km', '1,100 m', '2 August', '42 km', '5:30 a.m.', '1,200 pesos', '31 July', '112 of our 150 members', '950 pesos', '38,400 pesos', '6 p.m.', '1.5 metres' are not casualties."),
E(15, ["The boatman arrested off Tubod on Friday"],
  "ARR", "2026-07-17", "day", "Tubod", "PH", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout64-013: 'on Friday' vs Wednesday 22 July -> 17 July, off Tubod -> Tubod. 'has been charged with terrorism' is the follow-up. No force named; the police of the cluster -> 'police'."),
E(15, ["A woman arrested in Sindangan on Saturday"],
  "ARR", "2026-07-18", "day", "Sindangan", "PH", None, None, None, "police", None, False,
  "'on Saturday' vs Wednesday 22 July -> 18 July. A woman who had rented a room to the bombers, arrested in Sindangan and 'released without charge on Monday': the release does not undo the arrest and is not an event. No force named ('the prosecutor found no evidence'); the cluster's police -> 'police'. The 'Sindangan Century' ride, cancelled, is no event."),
]
