"""Authoring source of benchmarks/events_holdout22 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kilifi, Kenya cluster (holdout22-006 to 010; English and French),
two suicide bombers on Friday 15 May 2026 at two sites of one coastal town
(the bus park and the municipal market, about 400 m and five minutes apart):
a wire flash with a speculation about the Islamic State in Somalia (006), an
embassy's security alert with a headline-style toll (007), the al-Shabaab
claim with older attacks on the coast (fr 008), a court report on the
facilitator's first hearing (009) and a "what we know so far" explainer with
bullet points (010); and, numbered after the trap, an international
French-language radio's report on a protest after an imam was summoned, with
arrests and an older attack (fr 022). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout22")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout22-006
ARTICLES.append(A(6, "en", "article", "2026-05-15T12:30:00Z",
"Twin suicide blasts hit Kenyan coastal town of Kilifi",
"""
KILIFI, Kenya (Coastline Wire) - Two suicide bombers blew themselves up minutes apart in the Kenyan coastal town of Kilifi on Friday, killing at least eight people and wounding dozens, police said.

The first attacker detonated explosives strapped to his body at about 11:20 a.m. at the town's main bus park, where matatus load passengers for Mombasa, 60 km to the south. About five minutes later a second man blew himself up at the entrance of the municipal market, some 400 metres away, as traders fled.

The wounded were taken to Kilifi County Referral Hospital, which appealed for blood. A 12-year-old boy selling boiled eggs at the bus park was among the dead, a witness told Coastline Wire.

No group had claimed the attack by early afternoon. A senior police officer in Kilifi said the Islamic State's Somalia branch "may have been behind it" but that it was "too early to say".

On Wednesday night, police in Mtwapa arrested a man carrying two grenades in a backpack at a roadblock on the Mombasa-Malindi highway, a police statement said. It did not say whether the arrest was linked to Friday's blasts.

Kilifi, a town of about 120,000 people on the estuary of Kilifi Creek, is popular with domestic tourists. The county commissioner ordered bars and the market closed until Monday and said 300 extra officers would be deployed along the coast. Police gave a hotline, 0800 722 203, for information.
"""))
GOLD += [
E(6, ["Two suicide bombers blew themselves up minutes apart in the Kenyan coastal town of Kilifi", "The first attacker detonated explosives strapped to his body", "a second man blew himself up at the entrance of the municipal market", "Friday's blasts"],
  "SUI", "2026-05-15", "day", "Kilifi", "KE", 8, 12, "at_least", None, None, False,
  "'on Friday' = publication day, Friday 15 May (EAT date = UTC date). Two sites of one town (bus park and market, about 400 m and five minutes apart) -> ONE Suicide bomb event. 'killing at least eight people and wounding dozens' -> 8 (at_least), 12 ('dozens' -> 12, dev table; the qualifier describes killed). The Islamic State's Somalia branch 'may have been behind it' is speculation -> null. '11:20 a.m.', '60 km', 'five minutes', '400 metres', '12-year-old' (an age; the boy is inside the eight), '120,000 people', '300 extra officers', '0800 722 203' are not casualties."),
E(6, ["police in Mtwapa arrested a man carrying two grenades"],
  "ARR", "2026-05-13", "day", "Mtwapa", "KE", None, None, None, "police", None, False,
  "'On Wednesday night' vs Friday 15 May -> 13 May (nights dated at their start). Police -> 'police'. The grenades belong to the arrest. A roadblock on the highway at Mtwapa -> Mtwapa; Malindi is only part of the road's name."),
]

# -------------------------------------------------------------- holdout22-007
ARTICLES.append(A(7, "en", "article", "2026-05-16T07:00:00Z",
"Security Alert: suicide bombings in Kilifi, Kenya",
"""
Security Alert - Consular Section, Nairobi. Issued 16 May 2026, 10:00 local time.

Location: Kilifi County, Kenyan coast.

Event: Kilifi twin suicide bombing: 12 dead and 40 hurt. On Friday 15 May, at about 11:20 a.m., two suicide bombers attacked the main bus park and the municipal market in Kilifi town. According to the Kenya Police Service, the toll stood this morning at 12 dead and 40 hurt, excluding the attackers. The figures may rise. No citizen of ours is known to be among the victims.

A grenade was also thrown at a police post in Mariakani late on Friday. No one was killed or injured.

The Kenyan authorities have raised the threat level on the coast. Roadblocks are in place on the Mombasa-Malindi highway and additional checks should be expected at Moi International Airport, Mombasa. Commercial flights, including the evening service KQ 613 to Nairobi, are operating normally.

Actions to take:
- Avoid the centre of Kilifi, bus parks, markets and large gatherings for the next 72 hours.
- Keep a low profile and monitor local media.
- Carry identification; police may ask for it at checkpoints, and may hold people without papers for up to 24 hours.
- Review your travel plans north of the Tana River, where our advice against all but essential travel is unchanged.
- Tell family and friends you are safe.

Assistance: citizens in need of consular help may call the embassy's 24-hour line, +254 20 555 0147, or write to the address on our website. Kilifi County's emergency line is 1199.

This alert replaces the one issued at 16:45 on 15 May. We will update it if the situation changes.
"""))
GOLD += [
E(7, ["Kilifi twin suicide bombing", "two suicide bombers attacked the main bus park and the municipal market in Kilifi town"],
  "SUI", "2026-05-15", "day", "Kilifi", "KE", 14, 40, "exact", None, None, False,
  "'On Friday 15 May' -> 15 May. An embassy's security alert. Two sites -> one event. The headline-style line '12 dead and 40 hurt' is then qualified: 'the toll stood this morning at 12 dead and 40 hurt, excluding the attackers' -> 12 + 2 = 14 ('excluding' adds the bombers), 40, exact. No claim -> null. '11:20 a.m.', '72 hours', '24 hours', 'KQ 613' (a flight number), '+254 20 555 0147', '1199', '16:45', '10:00' are not casualties."),
E(7, ["A grenade was also thrown at a police post in Mariakani"],
  "GRN", "2026-05-15", "day", "Mariakani", "KE", 0, 0, "exact", None, None, False,
  "'late on Friday' vs Saturday 16 May -> Friday 15 May (dev: 'late on Thursday' is Thursday). Thrown grenade -> Grenade; unnamed thrower -> null. 'No one was killed or injured' -> explicit zeros, 0/0, exact (dev)."),
]

# -------------------------------------------------------------- holdout22-008
ARTICLES.append(A(8, "fr", "article", "2026-05-18T09:00:00Z",
"Kenya : les shebab revendiquent le double attentat-suicide de Kilifi",
"""
Les shebab somaliens ont revendiqué dimanche le double attentat-suicide de vendredi à Kilifi, sur la côte kényane, dans un message diffusé par leur radio, Andalus. Le groupe affirme que ses deux « martyrs » ont tué « plus de soixante-dix croisés », un chiffre rejeté par la police, qui juge toutefois la revendication « authentique ».

Selon la Croix-Rouge kényane, l'attentat a fait entre 14 et 16 morts, kamikazes compris, et plus de 40 blessés. Un commerçant de 52 ans, grièvement brûlé au marché, est mort samedi à l'hôpital de Mombasa, à une soixantaine de kilomètres.

Vendredi, un haut responsable de la police avait évoqué l'État islamique en Somalie. Celui-ci n'a pas réagi.

Samedi, l'unité antiterroriste de la police (ATPU) a interpellé cinq personnes à Mtwapa, dont une femme soupçonnée d'avoir hébergé les deux kamikazes dans une maison louée 15 000 shillings par mois. Dix-sept autres personnes ont été entendues puis relâchées.

Les shebab ne sont pas nouveaux sur la côte. En 2019, une bombe artisanale avait explosé au passage d'un bus près de Garsen, tuant quatre passagers. Il y a quatre ans, des combattants shebab avaient attaqué un poste de police à Kaloleni, tuant deux policiers. En mars 2021, ils avaient enlevé trois ouvriers d'un chantier routier près de Vipingo.

Le président kényan a décrété trois jours de deuil national et promis 5 millions de shillings à toute personne fournissant des informations. Quelque 1 500 policiers supplémentaires ont été déployés entre Mombasa et Lamu.
"""))
GOLD += [
E(8, ["Les shebab somaliens ont revendiqué dimanche le double attentat-suicide de vendredi à Kilifi"],
  "SUI", "2026-05-15", "day", "Kilifi", "KE", 14, 40, "at_least", "al-Shabaab", "al-Shabaab", False,
  "'de vendredi' vs Monday 18 May -> 15 May. 'Les shebab somaliens ont revendiqué' and the police find the claim 'authentique', rejecting only the figure -> claimant and perpetrator 'al-Shabaab'; the claimant's 'plus de soixante-dix' is never used. 'entre 14 et 16 morts, kamikazes compris, et plus de 40 blessés' -> a range: lower bound 14, at_least (dev table; inside the toll), injured 40 (more_than, but the qualifier describes killed). The trader who died Saturday is inside the range (a reader could add him: see Known ambiguities). The Islamic State in Somalia did not react: no claim, no denial. '52 ans', 'une soixantaine de kilomètres' are not casualties."),
E(8, ["l'unité antiterroriste de la police (ATPU) a interpellé cinq personnes à Mtwapa"],
  "ARR", "2026-05-16", "day", "Mtwapa", "KE", None, None, None, "police", None, False,
  "'Samedi' vs Monday 18 May -> 16 May. ATPU -> 'police'. '15 000 shillings' is rent. 'Dix-sept autres personnes ont été entendues puis relâchées' are not arrests."),
E(8, ["une bombe artisanale avait explosé au passage d'un bus près de Garsen"],
  "IED", "2019-01-01", "year", "Garsen", "KE", 4, None, "exact", None, None, True,
  "'En 2019' -> year, background. The sentence follows 'Les shebab ne sont pas nouveaux sur la côte' but does not say who planted the bomb -> null (a reader could give al-Shabaab). 'tuant quatre passagers' -> 4."),
E(8, ["des combattants shebab avaient attaqué un poste de police à Kaloleni"],
  "BAT", "2022-01-01", "year", "Kaloleni", "KE", 2, None, "exact", "al-Shabaab", None, True,
  "'Il y a quatre ans' vs 2026 -> 2022, year, background. A named group attacking a police post -> Armed clash initiated by it (events_holdout19, 21); no claim mentioned -> claimed_by null. 'tuant deux policiers' -> 2."),
E(8, ["ils avaient enlevé trois ouvriers d'un chantier routier près de Vipingo"],
  "ABD", "2021-03-01", "month", "Vipingo", "KE", None, None, None, "al-Shabaab", None, True,
  "'En mars 2021' -> month, background. 'ils' = the shebab fighters -> perpetrator 'al-Shabaab', no claim (events_holdout20). 'trois ouvriers' are abductees. 'trois jours', '5 millions de shillings', '1 500 policiers' are not casualties."),
]

# -------------------------------------------------------------- holdout22-009
ARTICLES.append(A(9, "en", "article", "2026-05-20T13:00:00Z",
"Kilifi bombing suspect held for 21 more days as detectives build case",
"""
A 41-year-old boda-boda rider accused of ferrying the two Kilifi suicide bombers to their targets appeared in court for the first time on Tuesday, and a magistrate allowed detectives to hold him for 21 more days.

Hamisi Chengo Kazungu, who did not have a lawyer, stood silently in the dock at the Shanzu Law Courts in Mombasa as an officer of the Anti-Terror Police Unit read an affidavit. It said he was arrested on Saturday at his home in Mariakani, where detectives found two mobile phones, a notebook with sketches of the Kilifi bus park and KSh 180,000 in cash.

The prosecution told the court that Kazungu had carried each bomber on his motorcycle from a rented house in Mtwapa to Kilifi, a ride of about 45 minutes, early on May 15. Investigators want time to analyse his phones, trace payments through three mobile-money accounts and find a third suspect who is still at large.

Senior Resident Magistrate Ann Wairimu granted the application, filed as Miscellaneous Application No. 118 of 2026, and set a mention date of June 9. Kazungu's elder brother, who was summoned by detectives last week, has been released without charge.

Friday's twin suicide bombing in Kilifi, which al-Shabaab claimed, killed 15 people, including the two bombers, and wounded 40. Most of the victims were traders and passengers at the bus park and at the municipal market nearby.

Outside the court, about 30 relatives of victims held placards asking for compensation. The government has offered a reward of KSh 5 million for information on the third suspect, and the police hotline remains 0800 722 203.
"""))
GOLD += [
E(9, ["he was arrested on Saturday at his home in Mariakani"],
  "ARR", "2026-05-16", "day", "Mariakani", "KE", None, None, None, "police", None, False,
  "'on Saturday' vs Wednesday 20 May -> 16 May. The arrest of the facilitator, told in an affidavit; the Anti-Terror Police Unit -> 'police'. His first court appearance on Tuesday and the 21-day custody order are the arrest's judicial follow-up, not a new event (events_holdout21). The brother 'summoned by detectives' and released is not an arrest. '41-year-old', 'two mobile phones', 'KSh 180,000', '21 more days', '45 minutes', 'May 15', 'three mobile-money accounts', 'No. 118 of 2026', 'June 9' are not casualties."),
E(9, ["Friday's twin suicide bombing in Kilifi"],
  "SUI", "2026-05-15", "day", "Kilifi", "KE", 15, 40, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Friday's' vs Wednesday 20 May -> 15 May. 'which al-Shabaab claimed' -> claimant and perpetrator. 'killed 15 people, including the two bombers, and wounded 40' -> 15 (inside), 40, exact. 'about 30 relatives' holding placards outside a court are not coded as a protest here (see Known ambiguities); 'KSh 5 million', '0800 722 203' are not casualties."),
]

# -------------------------------------------------------------- holdout22-010
ARTICLES.append(A(10, "en", "article", "2026-05-22T06:00:00Z",
"Kilifi bombings: what we know so far",
"""
A week after two suicide bombers struck the Kenyan coastal town of Kilifi, here is what we know so far.

What happened
- At about 11:20 a.m. on Friday 15 May, a man detonated an explosive vest at Kilifi's main bus park. About five minutes later a second bomber blew himself up at the entrance of the municipal market, 400 metres away.
- Each vest held roughly 6 kg of explosives packed with nails, according to police.

The toll
- Fifteen people have died, excluding the attackers, after two more of the wounded died in hospital this week.
- Nearly 50 people were wounded; a dozen of them remain in hospital in Mombasa and Kilifi.

Who was behind it
- Al-Shabaab claimed the attack on Sunday, calling the bombers "martyrs". Police say the claim is genuine.
- On the day of the attack, a police officer had named the Islamic State's Somalia branch; the group has said nothing.

The arrests
- On Saturday 16 May, anti-terror police arrested five people in Mtwapa, including a woman suspected of renting the house where the bombers stayed.
- The same day, detectives arrested a boda-boda rider in Mariakani who is accused of driving the bombers to Kilifi. A magistrate this week allowed police to hold him for 21 days.
- On Wednesday, police arrested three more suspects in Watamu, about 20 km north of Kilifi.
- More than 30 people have been questioned and released.

Since then
- On Monday, scores of traders marched from the market to the county offices to demand compensation and police fired tear gas to disperse them when they blocked the highway.
- The market reopened on Thursday with metal detectors at its two gates. The government has offered a KSh 5 million reward.
"""))
GOLD += [
E(10, ["two suicide bombers struck the Kenyan coastal town of Kilifi", "a man detonated an explosive vest at Kilifi's main bus park", "a second bomber blew himself up at the entrance of the municipal market", "Al-Shabaab claimed the attack on Sunday"],
  "SUI", "2026-05-15", "day", "Kilifi", "KE", 17, 50, "exact", "al-Shabaab", "al-Shabaab", False,
  "'Friday 15 May' -> 15 May. Two sites -> one event. 'Fifteen people have died, excluding the attackers' -> 15 + 2 = 17, exact (two more wounded died this week); 'Nearly 50 people were wounded' -> 50 (about, but the qualifier describes the killed figure: exact). 'a dozen of them remain in hospital' is a subset. 'Al-Shabaab claimed the attack' and police find it genuine -> claimant and perpetrator; the Islamic State's Somalia branch was only named. '11:20 a.m.', 'five minutes', '400 metres', '6 kg', '21 days', '20 km', 'two gates', 'KSh 5 million' are not casualties."),
E(10, ["anti-terror police arrested five people in Mtwapa"],
  "ARR", "2026-05-16", "day", "Mtwapa", "KE", None, None, None, "police", None, False,
  "'On Saturday 16 May' -> 16 May. Anti-terror police -> 'police'."),
E(10, ["detectives arrested a boda-boda rider in Mariakani"],
  "ARR", "2026-05-16", "day", "Mariakani", "KE", None, None, None, "police", None, False,
  "'The same day' (Saturday 16 May) -> 16 May. Detectives -> 'police'. The magistrate's custody order is follow-up, not an event."),
E(10, ["police arrested three more suspects in Watamu"],
  "ARR", "2026-05-20", "day", "Watamu", "KE", None, None, None, "police", None, False,
  "'On Wednesday' vs Friday 22 May -> 20 May. Police -> 'police'. 'More than 30 people have been questioned and released' are not arrests."),
E(10, ["scores of traders marched from the market to the county offices"],
  "PI", "2026-05-18", "day", "Kilifi", "KE", None, None, None, None, None, False,
  "'On Monday' vs Friday 22 May -> 18 May. A march with a demand dispersed with tear gas -> Protest with intervention; null actor. 'scores of traders' are participants, not casualties; no one is said hurt -> null."),
]

# -------------------------------------------------------------- holdout22-022
ARTICLES.append(A(22, "fr", "article", "2026-05-19T10:00:00Z",
"Kenya : à Kilifi, la convocation d'un imam tourne à l'affrontement",
"""
KILIFI (Kenya) - La tension est montée d'un cran à Kilifi, quatre jours après le double attentat-suicide qui a frappé la gare routière et le marché municipal de cette ville de la côte kényane.

Dimanche soir, plusieurs centaines de jeunes se sont rassemblés devant le commissariat central pour exiger la libération de l'imam d'une mosquée du quartier de Mnarani, âgé de 63 ans, convoqué dans l'après-midi par l'unité antiterroriste. La police les a dispersés à coups de gaz lacrymogène et de tirs en l'air. Une dizaine de personnes ont été blessées, dont un policier touché par une pierre. L'imam, entendu pendant deux heures, est ressorti libre dans la soirée.

Lundi, des policiers ont en revanche interpellé deux jeunes hommes à Gede, à une trentaine de kilomètres au nord, soupçonnés d'avoir fait le guet pour les kamikazes. Leurs familles affirment qu'ils vendaient des noix de coco au bord de la route.

Revendiqué dimanche par les shebab, l'attentat de vendredi a fait 15 morts, dont les deux kamikazes, et une quarantaine de blessés. Six victimes ont été inhumées lundi au cimetière de Kilifi, en présence de 2 000 personnes.

Les habitants de la côte disent craindre un retour des années noires. En juillet 2025, une embuscade contre un bus près de Hola, dans le comté voisin de Tana River, avait fait deux morts parmi les passagers. Les assaillants n'ont jamais été identifiés.

Les responsables religieux appellent au calme. « Nous ne laisserons pas diviser Kilifi », a déclaré le conseil des imams, qui a ouvert une ligne d'écoute au 0722 555 310. Le gouverneur du comté a débloqué 20 millions de shillings pour les familles des victimes.
"""))
GOLD += [
E(22, ["plusieurs centaines de jeunes se sont rassemblés devant le commissariat central"],
  "PI", "2026-05-17", "day", "Kilifi", "KE", None, 10, "about", None, None, False,
  "'Dimanche soir' vs Tuesday 19 May -> 17 May. A gathering with a demand (release the imam) dispersed with tear gas and warning shots -> Protest with intervention; null actor. 'Une dizaine de personnes ont été blessées, dont un policier' -> 10, about (dev table; all sides). 'plusieurs centaines de jeunes' are participants; the imam 'convoqué' and 'entendu' is not arrested; '63 ans', 'deux heures' are not casualties."),
E(22, ["des policiers ont en revanche interpellé deux jeunes hommes à Gede"],
  "ARR", "2026-05-18", "day", "Gede", "KE", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 19 May -> 18 May. Police -> 'police'. 'une trentaine de kilomètres' is a distance, not 30 casualties."),
E(22, ["le double attentat-suicide qui a frappé la gare routière et le marché municipal", "l'attentat de vendredi"],
  "SUI", "2026-05-15", "day", "Kilifi", "KE", 15, 40, "exact", "al-Shabaab", "al-Shabaab", False,
  "'quatre jours après' and 'vendredi' vs Tuesday 19 May -> 15 May. 'Revendiqué dimanche par les shebab' -> claimant and perpetrator 'al-Shabaab'. '15 morts, dont les deux kamikazes, et une quarantaine de blessés' -> 15 (inside), 40 (about, dev table), qualifier of the killed figure: exact. 'Six victimes' buried and '2 000 personnes' at the burial are not casualties (burials are not coded)."),
E(22, ["une embuscade contre un bus près de Hola"],
  "ATK", "2025-07-01", "month", "Hola", "KE", 2, None, "exact", None, None, True,
  "'En juillet 2025' -> month, background. An ambush on a bus killing passengers -> Violence against civilians / Attack; unidentified attackers -> null. 'deux morts' -> 2. '0722 555 310', '20 millions de shillings' are not casualties."),
]
