"""Authoring source of benchmarks/events_holdout36 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Rundu, Namibia cluster (holdout36-001 to 005 and 021; English and
French), two suicide bombers on Friday 13 March 2026 at two sites of one town
(the riverside open market and the long-distance taxi rank, about 500 m and
seven minutes apart): an English wire with a "RUNDU, Namibia (Wire) -"
dateline, the first report, with an early toll and two speculations (001), an
English "What we know / what we don't know" box with a toll revised inside it,
an arrest, a man questioned and released and a denied rumour (002), a French
dispatch with a "RUNDU, (Agence Australe) -" dateline telling the claim, its
inflated toll, a denial, a "pourraient avoir été" and the facilitator's arrest
(fr 003), an English football club's statement postponing a match, with a
peaceful march (004), an English police appeal for witnesses and wanted
persons, with heights, ages, a hotline and a reward, a judicial follow-up and
a new arrest (005), and an English wire on a traders' march dispersed with
tear gas and batons, a release without charge, a new arrest and a march in
Windhoek (021). Namibia is UTC+2: every document is published between 00:00
and 21:59 UTC, so its local date is its UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout36")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout36-001
ARTICLES.append(A(1, "en", "article", "2026-03-13T15:30:00Z",
"Two suicide bombers strike market and taxi rank in Namibian border town",
"""
RUNDU, Namibia (Wire) - Two suicide bombers blew themselves up seven minutes apart in the northern Namibian town of Rundu on Friday morning, killing at least eight people and wounding dozens in the first such attack in the country's history, police said.

The first attacker detonated explosives strapped to his body at about 10:45 a.m. among the fish and vegetable stalls of the riverside open market, which draws traders from both banks of the Kavango River. The second set off his charge at the long-distance taxi rank, about 500 metres up the road, as passengers were boarding minibuses for the 250-km trip to Grootfontein.

"We have eight dead so far and dozens of injured. That figure will rise," regional police commander Deputy Commissioner Selma Hamutenya told reporters outside Rundu Intermediate Hospital, which has 320 beds and called in off-duty staff. Six of the wounded were to be flown to Windhoek on an air force plane.

No group has said it carried out the bombings. Hamutenya said the attackers "may have crossed" from Angola, whose border runs along the river, and a security official in Windhoek said the blasts "may have been linked" to Islamic State cells in northern Mozambique, some 1,700 km to the east. Neither gave evidence.

The border post at the town was closed and about 400 police officers and soldiers were deployed at roadblocks on the B8 highway. Flights to Rundu were suspended until Sunday.

Rundu, a town of about 120,000 people, has seen little political violence. In August 2024 a homemade bomb went off outside a fuel station in Divundu, 200 km to the east, wounding three people; nobody was arrested.

Traders said the market, where a 25-kg bag of maize meal sells for N$180, had been packed ahead of the weekend. "My sister was selling tomatoes next to me," said Maria Kandjimi, 46. "I have not found her."

The government declared three days of national mourning.
"""))
GOLD += [
E(1, ["Two suicide bombers blew themselves up seven minutes apart", "the first such attack in the country's history", "The first attacker detonated explosives", "The second set off his charge", "carried out the bombings", "the blasts \"may have been linked\""],
  "SUI", "2026-03-13", "day", "Rundu", "NA", 8, 12, "at_least", None, None, False,
  "'on Friday morning' in a Friday 13 March 2026 wire -> 13 March. Two sites of one town (the riverside open market and the long-distance taxi rank, about 500 m and seven minutes apart) -> ONE Suicide bomb event coded to Rundu (events_holdout10 Koupéla convention). First toll: 'killing at least eight people and wounding dozens' -> 8 at_least (the text does not say whether the bombers are inside; taken as stated), injured 12 ('dozens', dev table). The police commander's 'eight dead so far and dozens of injured' is the same figure. 'may have crossed' from Angola and 'may have been linked' to Islamic State cells are speculation, no claim ('No group has said it carried out the bombings') -> perpetrator null. Not casualties: '10:45 a.m.', '500 metres', '250-km', '320 beds', 'Six of the wounded' (flown out, a subset), '1,700 km', '400 police officers and soldiers', 'B8', '120,000 people', '200 km', '25-kg', 'N$180', '46' (an age), 'three days'. The missing sister is no figure."),
E(1, ["a homemade bomb went off outside a fuel station in Divundu"],
  "IED", "2024-08-01", "month", "Divundu", "NA", None, 3, "exact", None, None, True,
  "'In August 2024' -> month, background. A homemade bomb that went off -> Remote explosive/landmine/IED; no author named ('nobody was arrested') -> null. 'wounding three people' -> injured 3, exact (no killed figure, so the qualifier describes the injured figure)."),
]

# -------------------------------------------------------------- holdout36-002
ARTICLES.append(A(2, "en", "article", "2026-03-14T16:00:00Z",
"Rundu bombings: what we know and what we don't",
"""
Twenty-four hours after two suicide bombers struck the riverside open market and the long-distance taxi rank in Rundu, here is what has been confirmed and what remains unclear.

WHAT WE KNOW

- The toll has risen. On Friday evening the health ministry counted eleven dead. By Saturday noon it gave thirteen dead, not counting the two bombers, and 54 wounded, after a 9-year-old girl and a 63-year-old fishmonger died overnight at Rundu Intermediate Hospital. Nine patients remain in intensive care.

- The two blasts came seven minutes apart, the first at 10:45 a.m. Each belt held 6 to 8 kg of explosives, investigators say.

- Two men were arrested on Friday night at a police roadblock near Nkurenkuru, 140 km west of Rundu on the river road, in a car carrying cash and four mobile phones. They have not been named.

- The driver of a minibus who took one of the bombers to the taxi rank was questioned for five hours and released on Saturday morning. He is not a suspect, police said.

- The border post on the river reopened at 8 a.m. on Saturday for pedestrians only. Flight SW 731 from Windhoek, cancelled on Friday, will resume on Monday.

WHAT WE DON'T KNOW

- Who sent the bombers. No group has claimed responsibility. A senior officer said on Saturday that the pair "may have been" trained abroad, but stressed that this was a "working theory".

- Who the bombers were. Police have released no names. A rumour that one of them was a Rundu schoolteacher was denied by the education ministry.

- Whether there were more attackers. Police are looking for a white pick-up truck seen near the market at 10:30 a.m.

- How many of the market's 340 stalls can reopen. Traders who lost goods can register at the civic centre, Erf 1123, from Monday.

HOW TO HELP

The Red Cross needs O-negative blood donors; its Rundu office on Hospital Road is open from 8 a.m. to 5 p.m. Donations can be made to account 6200-114-558. The police tip line is 061 290 0011.
"""))
GOLD += [
E(2, ["two suicide bombers struck the riverside open market", "The two blasts came seven minutes apart"],
  "SUI", "2026-03-13", "day", "Rundu", "NA", 15, 54, "exact", None, None, False,
  "'Twenty-four hours after' a Saturday 14 March 2026 box, and 'On Friday evening' -> Friday 13 March. Two sites of one town -> one event, Rundu. Toll revised inside the box: 'eleven dead' (Friday evening) -> 'thirteen dead, not counting the two bombers, and 54 wounded' (Saturday noon, after a girl and a fishmonger died overnight) -> 13 + 2 = 15 (the bombers are added, as the text counts them apart), 54, exact. No claim ('No group has claimed responsibility'); the senior officer's 'may have been' trained abroad is speculation -> null. Not casualties: 'Nine patients' (in intensive care, a subset), '9-year-old', '63-year-old', '10:45 a.m.', '6 to 8 kg', '140 km', 'four mobile phones', 'five hours', '8 a.m.', 'SW 731' (a flight), '10:30 a.m.', '340 stalls', 'Erf 1123' (a plot number), '8 a.m. to 5 p.m.', the account and phone numbers."),
E(2, ["Two men were arrested on Friday night at a police roadblock near Nkurenkuru"],
  "ARR", "2026-03-13", "day", "Nkurenkuru", "NA", None, None, None, "police", None, False,
  "'on Friday night' vs Saturday 14 March -> Friday 13 March. Arrested at a police roadblock -> Arrests, 'police'; the cash and phones found in the car belong to the arrest. The minibus driver, 'questioned for five hours and released', is not arrested; the rumour about a schoolteacher and the pick-up truck police are looking for are not events."),
]

# -------------------------------------------------------------- holdout36-003
ARTICLES.append(A(3, "fr", "article", "2026-03-15T14:00:00Z",
"Namibie : l'État islamique revendique le double attentat-suicide de Rundu",
"""
RUNDU, (Agence Australe) - L'organisation État islamique (EI) a revendiqué samedi soir, par l'intermédiaire de sa « province » du Mozambique, le double attentat-suicide qui a frappé vendredi le marché et la gare routière de Rundu, dans le nord de la Namibie.

Dans un texte diffusé sur ses canaux de propagande, le groupe affirme avoir tué « plus de soixante chrétiens ». Le bilan officiel, relevé dimanche, est de seize morts, dont les deux kamikazes, et de cinquante-quatre blessés, après le décès dans la nuit d'un chauffeur de taxi de 38 ans.

« Nous jugeons cette revendication crédible », a déclaré dimanche matin l'inspecteur général de la police, Joseph Shikongo, lors d'une conférence de presse à Windhoek. Selon lui, les deux kamikazes, de nationalité étrangère, « pourraient avoir été » hébergés plusieurs semaines à Rundu avant l'attaque.

Le Front de libération de l'enclave de Cabinda (FLEC), mouvement séparatiste angolais dont le nom avait circulé sur les réseaux sociaux, a démenti toute implication dans un communiqué.

Un chauffeur de camion namibien de 51 ans, soupçonné d'avoir transporté les explosifs depuis la frontière dans une cargaison de sacs de ciment de 50 kilos, a été interpellé samedi à Grootfontein, à 250 kilomètres au sud. Les deux hommes arrêtés vendredi soir près de Nkurenkuru sont toujours en garde à vue. L'imam d'une mosquée de Rundu a été entendu pendant trois heures, puis laissé libre.

Le président a annoncé le déploiement de 600 policiers supplémentaires dans la région du Kavango-Est et la gratuité des soins pour les blessés. Le marché, qui compte 340 étals, restera fermé au moins jusqu'au 20 mars. Les vols de la compagnie régionale vers Rundu reprendront lundi, avec un aller simple à 1 450 dollars namibiens.

La Namibie, environ 3 millions d'habitants, n'avait jamais connu d'attentat-suicide. La dernière attaque meurtrière dans la région remonte à novembre 2023, quand des hommes armés avaient tué deux commerçants près de Divundu, a rappelé la police.
"""))
GOLD += [
E(3, ["le double attentat-suicide qui a frappé vendredi le marché et la gare routière de Rundu", "avant l'attaque"],
  "SUI", "2026-03-13", "day", "Rundu", "NA", 16, 54, "exact", "Islamic State", "Islamic State", False,
  "'vendredi' in a Sunday 15 March 2026 dispatch -> Friday 13 March. The market and the bus station ('gare routière', the taxi rank) are two sites of one town -> one event, Rundu. 'seize morts, dont les deux kamikazes, et de cinquante-quatre blessés' (a taxi driver died in the night) -> 16 (bombers inside), 54, exact. Islamic State's claim through its Mozambique 'province' (a regional branch -> canonical 'Islamic State', dev), judged « crédible » by the inspector general -> claimant and perpetrator. The claim's own « plus de soixante chrétiens » is never used. The FLEC's denial is not a claim; « pourraient avoir été hébergés » is speculation: neither is coded. Not casualties: '38 ans', '51 ans', '50 kilos', '250 kilomètres', 'trois heures', '600 policiers', '340 étals', '20 mars', '1 450 dollars namibiens', '3 millions d'habitants'; « n'avait jamais connu d'attentat-suicide » names no event."),
E(3, ["a été interpellé samedi à Grootfontein"],
  "ARR", "2026-03-14", "day", "Grootfontein", "NA", None, None, None, "police", None, False,
  "'samedi' vs Sunday 15 March -> Saturday 14 March. The cluster's suspected facilitator (the truck driver who carried the explosives in cement bags) -> Arrests. No force named for this arrest; the police lead the inquiry in the dispatch -> 'police'."),
E(3, ["Les deux hommes arrêtés vendredi soir près de Nkurenkuru"],
  "ARR", "2026-03-13", "day", "Nkurenkuru", "NA", None, None, None, "police", None, False,
  "A participle restating the arrest of Friday night (13 March) -> its own Arrests event in this document, at its place and day; 'toujours en garde à vue' adds nothing new. 'police' from the cluster. The imam, « entendu pendant trois heures, puis laissé libre », is not arrested."),
E(3, ["La dernière attaque meurtrière dans la région", "des hommes armés avaient tué deux commerçants près de Divundu"],
  "ATK", "2023-11-01", "month", "Divundu", "NA", 2, None, "exact", None, None, True,
  "'novembre 2023' -> month, background. Unnamed armed men killing two traders -> Violence against civilians / Attack, null actor (dev: 'hommes armés' -> null); 'près de Divundu' -> Divundu. 'tué deux commerçants' -> killed 2, exact."),
]

# -------------------------------------------------------------- holdout36-004
ARTICLES.append(A(4, "en", "article", "2026-03-16T10:00:00Z",
"Kavango Eagles FC: statement on Saturday's league match",
"""
OFFICIAL STATEMENT

Kavango Eagles Football Club, Rundu, Monday 16 March 2026

The Board of Kavango Eagles FC announces that our Premiership match against Ongwediva Stars, scheduled for Saturday 21 March at 3 p.m. at the Rundu Sports Stadium, has been postponed at the request of the Namibia Football Association and the police. A new date will be announced.

The decision follows Friday's twin suicide bombing at the riverside open market and the long-distance taxi rank, which took sixteen lives, including those of the two attackers, and left 54 people injured. Among the dead is Johannes "Jojo" Mbambo, 19, a player of our under-20 team, who was helping his mother at her stall. Our kit manager, Petrus Siteketa, is among the injured and is recovering after surgery.

Tickets already sold (N$30 for the main stand, N$15 for the terraces) will be valid for the new date or refunded at the club office, Stand 17, from Wednesday between 9 a.m. and 4 p.m. Season-ticket holders, all 1,850 of them, need not do anything.

The club's players and staff joined Sunday's march from the stadium to the market, where about 3,000 residents called for more police patrols along the river. The march ended peacefully with a prayer at the market gate.

Our first-team squad will give its match bonus for the season, about N$120,000, to the families of the victims, and the club has opened a fund at its bank, account 8004 1177 352. Our shirt sponsor will add N$2 for every N$1 given by supporters.

Training is suspended until Thursday. The 140 children of our academy will be offered counselling by volunteers from the Ministry of Health.

We thank the police, the nurses and doctors of Rundu Intermediate Hospital, and the 620 people who queued to give blood on Saturday.

Rest in peace, Jojo. Number 7 will not be worn this season.

The Board
"""))
GOLD += [
E(4, ["Friday's twin suicide bombing at the riverside open market"],
  "SUI", "2026-03-13", "day", "Rundu", "NA", 16, 54, "exact", None, None, False,
  "'Friday's' in a Monday 16 March 2026 statement -> 13 March. 'took sixteen lives, including those of the two attackers, and left 54 people injured' -> 16 (bombers inside, a number word), 54, exact. The club's statement names no claim -> null (each document stands alone). The dead player and the injured kit manager are part of the toll. Not casualties: '21 March', '3 p.m.', '19' (an age), 'under-20', 'N$30', 'N$15', 'Stand 17', '9 a.m. and 4 p.m.', '1,850' (season-ticket holders), '3,000 residents' (marchers), 'N$120,000', the account number, 'N$2', 'N$1', '140 children', '620 people' (blood donors), 'Number 7' (a shirt). The match and its postponement are no event."),
E(4, ["Sunday's march from the stadium to the market", "The march ended peacefully"],
  "PP", "2026-03-15", "day", "Rundu", "NA", None, None, None, None, None, False,
  "'Sunday's march' vs Monday 16 March -> Sunday 15 March. A march in Rundu with a demand (more police patrols along the river) that ended peacefully with a prayer -> Peaceful protest, no actor (dev). 'about 3,000 residents' are marchers, not casualties."),
]

# -------------------------------------------------------------- holdout36-005
ARTICLES.append(A(5, "en", "article", "2026-03-18T09:00:00Z",
"Police appeal for witnesses and wanted persons after the Rundu bombings",
"""
NAMIBIAN POLICE FORCE - PUBLIC APPEAL No. 4/2026

The Namibian Police Force asks the public for help in its investigation into the twin suicide bombing at the riverside open market and the long-distance taxi rank in Rundu on Friday 13 March, which has now killed 17 people, including the two bombers, and injured 54. A woman aged 71 died of her wounds at Rundu Intermediate Hospital on Tuesday.

WANTED FOR QUESTIONING

1. A man aged between 25 and 30, about 1.80 m tall and slim, with a scar above his left eyebrow, who speaks Rukwangali and Portuguese. He was seen with both bombers at a guesthouse in the north of the town on the evening of 11 March.

2. A woman aged about 40, about 1.65 m tall, who wore a green headscarf and paid for the guesthouse room in cash, N$1,400 for four nights.

A reward of up to N$100,000 is offered for information leading to an arrest.

WITNESSES

Anyone who was at the market or the taxi rank between 10:15 and 11:00 a.m. on 13 March, or who filmed the scene, is asked to call the toll-free line 10111 or to send pictures by WhatsApp to 081 290 4455. Calls are confidential.

PROGRESS SO FAR

Four suspects are in custody. The truck driver arrested in Grootfontein on 14 March appeared before the Rundu Magistrate's Court on Tuesday and was remanded in custody until 21 April on charges under the Prevention and Combating of Terrorist and Proliferation Activities Act of 2014.

On Monday, officers of the Special Field Force arrested a fourth suspect, a 33-year-old money changer suspected of handling the bombers' cash, at the border post of Katwitwi.

Three people who were questioned on Sunday and Monday, including the bombers' landlord, have been released and are not suspects.

The police remind the public not to share unverified images of the victims. Roadblocks on the B8 and B10 roads remain in place, and motorists should expect delays of up to an hour.

Issued in Windhoek on 18 March 2026 by the Office of the Inspector-General.
"""))
GOLD += [
E(5, ["the twin suicide bombing at the riverside open market"],
  "SUI", "2026-03-13", "day", "Rundu", "NA", 17, 54, "exact", None, None, False,
  "'on Friday 13 March' -> 13 March, current (Wednesday 18 March 2026 appeal). 'killed 17 people, including the two bombers, and injured 54' (after a 71-year-old woman died on Tuesday) -> 17 (bombers inside), 54, exact. A police appeal that names no claim -> null. Not casualties: 'No. 4/2026', '71' (an age), '25 and 30', '1.80 m', '11 March' (a sighting), '40', '1.65 m', 'N$1,400', 'four nights', 'N$100,000' (a reward), '10:15 and 11:00 a.m.', '10111' and '081 290 4455' (phone numbers), 'Four suspects' (a running total), '21 April', '2014' (a law), '33-year-old', 'Three people' (questioned), 'B8 and B10', 'an hour'. The two people 'wanted for questioning' are not arrested."),
E(5, ["The truck driver arrested in Grootfontein on 14 March"],
  "ARR", "2026-03-14", "day", "Grootfontein", "NA", None, None, None, "police", None, False,
  "'on 14 March' -> 14 March. Told through its judicial follow-up (court appearance on Tuesday, 'remanded in custody until 21 April' on terrorism charges): one Arrests event at the arrest's place and day, not a new one on 17 March. The police issue the appeal -> 'police'."),
E(5, ["officers of the Special Field Force arrested a fourth suspect"],
  "ARR", "2026-03-16", "day", "Katwitwi", "NA", None, None, None, "police", None, False,
  "'On Monday' vs Wednesday 18 March -> Monday 16 March. The Special Field Force is a paramilitary unit of the Namibian Police Force -> 'police' (dev: police and their units). A border post -> its place, Katwitwi. The landlord and the two others 'questioned ... have been released and are not suspects': not arrested."),
]

# -------------------------------------------------------------- holdout36-021
ARTICLES.append(A(21, "en", "article", "2026-03-24T13:00:00Z",
"Namibian police tear-gas traders' march in Rundu as fifth bombing suspect is held",
"""
RUNDU, Namibia (Wire) - Police fired tear gas and swung batons on Monday to break up a march by several hundred market traders in Rundu who were demanding compensation for stalls destroyed in the twin suicide bombing of March 13, witnesses said.

The traders had set off from the closed riverside market towards the regional council offices, about 2 km away, when officers blocked the road. Some marchers threw stones, and police answered with tear gas and batons. A police spokesman said nobody was seriously hurt and nobody was detained.

Eleven days after the attack, claimed by Islamic State through its Mozambique branch, the toll stands at 18 dead, including the two bombers, and 54 wounded. A 70-year-old retired teacher died in a Windhoek hospital on Saturday.

Police said on Monday that a fifth suspect, a 24-year-old mechanic who allegedly wired the bombers' belts, had been arrested on Sunday in Katima Mulilo, near the Zambian border. Officers seized 3 kg of ball bearings and two detonators in his workshop.

One of the two men held at the Nkurenkuru roadblock on March 13 was released without charge on Friday after his alibi was confirmed, police said. The other remains in custody, as do the truck driver arrested in Grootfontein on March 14 and the money changer detained at Katwitwi on March 16.

On Saturday, about 2,000 people marched peacefully through Windhoek to Parliament Gardens to demand tighter controls along the river border with Angola.

The government has pledged N$25 million to rebuild the market, which traders say is too little for 340 stalls. The finance ministry said each trader would receive N$5,000 from April.

The bombing was the deadliest attack in Namibia in decades. In 2022, a grenade thrown into a bar in Katima Mulilo wounded five people, an attack police later blamed on a feud between smugglers.
"""))
GOLD += [
E(21, ["Police fired tear gas and swung batons", "a march by several hundred market traders", "police answered with tear gas and batons"],
  "PI", "2026-03-23", "day", "Rundu", "NA", None, None, None, None, None, False,
  "'on Monday' in a Tuesday 24 March 2026 wire -> 23 March. A traders' march with a demand (compensation) broken up with tear gas and batons -> Protest with intervention, perpetrator null (dev). 'nobody was seriously hurt and nobody was detained' -> no figure (not an explicit zero for everybody), no arrest. 'several hundred market traders' are marchers; '2 km' a distance."),
E(21, ["the twin suicide bombing of March 13", "Eleven days after the attack", "The bombing was the deadliest attack in Namibia"],
  "SUI", "2026-03-13", "day", "Rundu", "NA", 18, 54, "exact", "Islamic State", "Islamic State", False,
  "'of March 13' -> 13 March, eleven days before publication -> current. 'the toll stands at 18 dead, including the two bombers, and 54 wounded' (a retired teacher died on Saturday) -> 18, 54, exact. 'claimed by Islamic State through its Mozambique branch', told and not disputed -> claimant and perpetrator 'Islamic State'. Not casualties: '70-year-old', '24-year-old', '3 kg', 'two detonators', '2,000 people' (marchers), 'N$25 million', '340 stalls', 'N$5,000'."),
E(21, ["had been arrested on Sunday in Katima Mulilo"],
  "ARR", "2026-03-22", "day", "Katima Mulilo", "NA", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 24 March -> Sunday 22 March (announced on Monday; dated at the arrest). The ball bearings and detonators seized in his workshop belong to the arrest. 'police'."),
E(21, ["One of the two men held at the Nkurenkuru roadblock on March 13"],
  "ARR", "2026-03-13", "day", "Nkurenkuru", "NA", None, None, None, "police", None, False,
  "'on March 13' -> 13 March. A participle restating the arrest; one of the two men was 'released without charge on Friday' (20 March): an arrest followed by a release stays an Arrests event, at its own place and day, 'police'."),
E(21, ["the truck driver arrested in Grootfontein on March 14"],
  "ARR", "2026-03-14", "day", "Grootfontein", "NA", None, None, None, "police", None, False,
  "Restated arrest with its place and day -> its own Arrests event in this document, 'police'."),
E(21, ["the money changer detained at Katwitwi on March 16"],
  "ARR", "2026-03-16", "day", "Katwitwi", "NA", None, None, None, "police", None, False,
  "Restated arrest ('detained at Katwitwi on March 16') -> its own Arrests event in this document, 'police'."),
E(21, ["about 2,000 people marched peacefully through Windhoek"],
  "PP", "2026-03-21", "day", "Windhoek", "NA", None, None, None, None, None, False,
  "'On Saturday' vs Tuesday 24 March -> 21 March. A march with a demand (tighter border controls) that passed off peacefully -> Peaceful protest in Windhoek, null actor."),
E(21, ["a grenade thrown into a bar in Katima Mulilo", "an attack police later blamed"],
  "GRN", "2022-01-01", "year", "Katima Mulilo", "NA", None, 5, "exact", None, None, True,
  "'In 2022' -> year, background. A thrown grenade -> Grenade. 'wounded five people' -> injured 5, exact. Police 'blamed' it on 'a feud between smugglers', an unnamed actor -> null. 'an attack police later blamed' names the same grenade and is a trigger."),
]
