"""Authoring source of benchmarks/events_holdout66 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Quba, Azerbaijan cluster (holdout66-006 to 010, and 021 seven weeks
later; English and French), two suicide bombers on Friday 15 May 2026 at two
sites of one town (the square outside the Juma mosque after Friday prayers
and the entrance of the central bazaar, about 500 m and six minutes apart):
an English wire with a first report (006), the English version of a coach
operator's timetable change notice (007), an English cricket club's email to
its members (008), a French chess club's bulletin (« bulletin d'un club
d'échecs », fr 009), an English wire on a march broken up with batons and on
charges (010), and an English wire on the indictment seven weeks later
(021). Azerbaijan is UTC+4 and France UTC+2 in May: every publication time
here is between 06:00 and 14:00 UTC, so every local date is the UTC date.
The gold keeps the common English spellings ("Quba", "Khachmaz", "Qusar",
"Siyazan", "Shamakhi"; French « Koussar » is not used, the chess bulletin
writes « Qusar »), and "Magaramkent" for the Russian village. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout66")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout66-006
ARTICLES.append(A(6, "en", "article", "2026-05-15T13:00:00Z",
"Suicide bombers kill at least ten in Azerbaijan's Quba",
"""
QUBA, Azerbaijan (Caspian Wire) - Two suicide bombers attacked worshippers leaving Friday prayers and shoppers at a crowded bazaar in the northern Azerbaijani town of Quba on Friday, killing themselves and at least eight other people and wounding a score of others, the Interior Ministry said.

The first attacker blew himself up at about 1:10 p.m. on the square outside the Juma mosque as several hundred men came out of the building. Six minutes later, a second man detonated an explosive belt at the entrance of the central bazaar, some 500 metres down the same avenue.

"Jars of jam flew everywhere, and then there was only dust and screaming," said Elnur Mammadli, 46, who sells preserves from row 12 of the bazaar. The season's first cherries, at 9 manat a kilo, were still chalked on his board.

No group had claimed the attack by evening. A security official said investigators were looking at "a possible trail leading to Islamic State", whose recruiters have been active among Central Asian migrant workers, but that nothing had been established.

Azerbaijan has rarely been hit by such violence. In 2013, a grenade thrown into a teahouse in Shamakhi wounded four men; a feud between two families was blamed.

The State Security Service sent some 800 officers to the district, which lies 168 km north of Baku near the Russian border. The road to the mountain resort of Shahdag was closed, coaches from Baku were halted at Shabran, and the Health Ministry opened a hotline, 143, for relatives. Quba's 37 schools will stay shut on Monday, and a football match between the district's two clubs, due on Sunday, was called off.
"""))
GOLD += [
E(6, ["Two suicide bombers attacked worshippers", "The first attacker blew himself up", "a second man detonated an explosive belt", "claimed the attack"],
  "SUI", "2026-05-15", "day", "Quba", "AZ", 10, 20, "at_least", None, None, False,
  "Wire of Friday 15 May 2026 (17:00 in Quba); 'on Friday' = the publication day. Two sites of one town (the Juma mosque square and the central bazaar, 'some 500 metres', six minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'killing themselves and at least eight other people and wounding a score of others' -> killed 8 + 2 bombers = 10, at_least (the bombers are added); injured 'a score' -> 20 (dev table; the qualifier describes the killed figure). 'No group had claimed the attack'; 'a possible trail leading to Islamic State' is speculation -> perpetrator null. '1:10 p.m.', 'several hundred men' (worshippers), '500 metres', '46', 'row 12', '9 manat', '800 officers', '168 km', '143', '37 schools' are not casualties."),
E(6, ["a grenade thrown into a teahouse in Shamakhi"],
  "GRN", "2013-01-01", "year", "Shamakhi", "AZ", None, 4, "exact", None, None, True,
  "'In 2013' -> year, background. A thrown grenade -> Grenade. 'wounded four men' -> injured 4 (number word), exact. 'a feud between two families was blamed' names no actor -> null."),
]

# -------------------------------------------------------------- holdout66-007
ARTICLES.append(A(7, "en", "article", "2026-05-16T06:00:00Z",
"Coach timetable changes on the Baku-Quba-Qusar line",
"""
SHAHDAG EXPRESS COACHES - TIMETABLE CHANGE NOTICE No. 9/2026 (English version). Baku - Quba - Qusar line (route 570). Valid from Saturday 16 May 2026 until further notice. Replaces Notice No. 8/2026, issued last night.

WHY. Following Friday's twin suicide bombing in Quba, police have closed Quba bus station and the town centre to coaches. Our notice of last night mentioned at least ten deaths. The Interior Ministry now reports 12 people killed, the two bombers among them, and 38 injured, including one of our drivers, Rauf, 58, who was buying his lunch at the bazaar. He is out of danger. Our thoughts are with all the families.

DEPARTURES FROM BAKU (International Bus Terminal, bay 14): 07:30, 11:00 and 15:30. The 09:00 and 18:30 departures are cancelled. Journey time is now about 3 h 40 min instead of 2 h 50 min because of checks.

QUBA STOP. Coaches will stop on the bypass, at the filling station opposite the fruit-juice plant, 2.5 km from the centre. A free shuttle minibus (17 seats) runs from there to the district hospital every 30 minutes.

CHECKPOINTS. Expect delays at the police checkpoints at Shabran and at the entrance to Khachmaz, where police arrested two suspects on Friday evening. Every passenger must carry an identity document; luggage over 20 kg may be searched by hand.

FARES. Baku-Quba 8 manat, Baku-Qusar 9 manat; children under 7 travel free. Tickets bought for cancelled departures are refunded at counters 3 and 4, or exchanged for another day within 60 days.

CONTACT. Call centre +994 12 510 44 70, from 07:00 to 22:00. The next notice will be issued by Monday 18 May at 12:00.
"""))
GOLD += [
E(7, ["Friday's twin suicide bombing in Quba"],
  "SUI", "2026-05-15", "day", "Quba", "AZ", 12, 38, "exact", None, None, False,
  "Coach operator's notice of Saturday 16 May; 'Friday's' -> 15 May. The toll is revised inside: 'at least ten deaths' (the previous notice, superseded) -> '12 people killed, the two bombers among them, and 38 injured' -> killed 12 (bombers inside), injured 38, exact; the driver Rauf is one of the injured. No claim -> perpetrator null. 'No. 9/2026', 'route 570', 'No. 8/2026', '58', 'bay 14', '07:30', '11:00', '15:30', '09:00', '18:30', '3 h 40 min', '2 h 50 min', '2.5 km', '17 seats', '30 minutes', '20 kg', '8 manat', '9 manat', 'under 7', 'counters 3 and 4', '60 days', '+994 12 510 44 70', '07:00 to 22:00', '12:00' are not casualties."),
E(7, ["where police arrested two suspects on Friday evening"],
  "ARR", "2026-05-15", "day", "Khachmaz", "AZ", None, None, None, "police", None, False,
  "'on Friday evening' vs Saturday 16 May -> 15 May, the evening of the bombing; the checkpoint 'at the entrance to Khachmaz' -> Khachmaz. 'police' -> 'police'. 'two suspects' arrested on the evening of the bombing, given as a reason for the checks; the later documents of the cluster tie them to it."),
]

# -------------------------------------------------------------- holdout66-008
ARTICLES.append(A(8, "en", "article", "2026-05-19T14:00:00Z",
"Baku Cricket Club: Quba weekend off, news of Rahul",
"""
BAKU CRICKET CLUB - Members' email, Tuesday 19 May 2026.

Dear members,

Saturday's away fixture against the Qusar Mountaineers is off, and so, I am afraid, is our annual weekend in Quba. After last Friday's suicide bombings in the town, the committee does not think it right to play there this season.

First, news of Rahul Menon, our opening bowler, who was buying honey at the central bazaar when the second bomber struck. He has shrapnel wounds to both legs and had an operation on Sunday, but he is talking, joking and asking about the nets. Cards can go to ward 4 of the Quba district hospital; he hopes to be moved to Baku by Friday.

The authorities now give 13 dead, including the two bombers, after a woman of 70 died on Monday, and 38 injured. On Sunday, Islamic State's Khorasan branch claimed the attack in a statement boasting of "more than 40 apostates" killed; the State Security Service called the claim credible on Monday. The Imam Shamil Battalion, which had been named on social media, said it had nothing to do with it. The two men arrested near Khachmaz on Friday evening are still in custody.

Thousands of people walked in silence through Quba on Sunday afternoon, from the mosque to the bazaar, carrying flowers and the names of the dead. Several of our Azerbaijani members were there.

Club business:
- Nets on Thursday from 18:30 at the Bayil ground as usual. Bring water: it will be 29 degrees.
- Last Saturday against the Caspian Strikers we made 146 for 7 in our 20 overs and lost by three wickets.
- Subscriptions (120 manat, students 60) are due by 31 May.
- The collection for the Quba victims' fund has reached 2,350 manat from 41 donors; the bank details are on the pavilion noticeboard.

Take care of each other, and see you at the nets.

Sandeep Rao, Hon. Secretary
"""))
GOLD += [
E(8, ["last Friday's suicide bombings in the town", "the second bomber struck", "claimed the attack"],
  "SUI", "2026-05-15", "day", "Quba", "AZ", 13, 38, "exact", "Islamic State", "Islamic State", False,
  "Club email of Tuesday 19 May; 'last Friday's' -> the most recent Friday, 15 May. The plural 'suicide bombings' names the one twin bombing (two sites of one town -> ONE event). 'The authorities now give 13 dead, including the two bombers, after a woman of 70 died on Monday, and 38 injured' -> killed 13 (bombers inside), injured 38, exact; the member Rahul is one of the injured. 'Islamic State's Khorasan branch claimed the attack', called 'credible' -> 'Islamic State' (regional branch, dev), claimant and perpetrator; its 'more than 40 apostates' is never used. The Imam Shamil Battalion's denial is not a claim. '70', 'ward 4', '18:30', '29 degrees', '146 for 7', '20 overs', 'three wickets', '120 manat', '60', '31 May', '2,350 manat', '41 donors' are not casualties."),
E(8, ["The two men arrested near Khachmaz on Friday evening"],
  "ARR", "2026-05-15", "day", "Khachmaz", "AZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-007: 'on Friday evening' vs Tuesday 19 May -> 15 May; 'near Khachmaz' -> Khachmaz. 'still in custody' is its follow-up. No force named -> 'police'."),
E(8, ["Thousands of people walked in silence through Quba"],
  "PP", "2026-05-17", "day", "Quba", "AZ", None, None, None, None, None, False,
  "'on Sunday afternoon' vs Tuesday 19 May -> 17 May. A silent march from the mosque to the bazaar, 'carrying flowers and the names of the dead', no incident -> Peaceful protest (a march with a message, like earlier sets' silent marches), perpetrator null. 'Thousands' counts marchers."),
]

# -------------------------------------------------------------- holdout66-009
ARTICLES.append(A(9, "fr", "article", "2026-05-21T10:00:00Z",
"Le bulletin du cercle : retour de l'Open de Qusar",
"""
CERCLE D'ÉCHECS DE QUETIGNY - BULLETIN N° 112, jeudi 21 mai 2026.

Retour d'Azerbaïdjan. Nos quatre joueurs partis disputer l'Open international de Qusar (9 rondes, cadence 90 minutes + 30 secondes par coup) sont rentrés mardi soir à Dijon, sains et saufs. Ils logeaient à Quba, à 15 km du tournoi, et se trouvaient au bazar central vingt minutes avant le second kamikaze. « Nous avions acheté du miel et des noix ; ensuite, personne n'osait plus sortir de l'hôtel », raconte Mathieu, 17 ans.

L'attentat-suicide de vendredi dernier, devant la mosquée Juma puis à l'entrée du bazar, a fait treize morts, dont les deux kamikazes, et une quarantaine de blessés. Il a été revendiqué dimanche par la branche Khorassan de l'État islamique. Les services de sécurité azerbaïdjanais estiment que les deux assaillants « pourraient avoir été recrutés » en Turquie. Selon la presse russe, un chauffeur soupçonné d'avoir fait passer les explosifs par le poste-frontière de Samur a été arrêté mardi à Magaramkent, au Daghestan, par le FSB.

La ronde 6, prévue samedi, a été annulée et le classement final établi après 8 rondes. Résultats de nos joueurs :
- Mathieu Renaud (1 985 Elo) : 5,5/8, premier des moins de 18 ans, prix de 300 manats ;
- Hélène Brunet (2 140) : 5/8 ;
- Karim Saïdi (1 870) : 4/8 ;
- Louis Perrot (1 650) : 3,5/8.

Vie du club :
- Le championnat interne reprend mardi 26 mai à 20 heures, salle Mendès-France.
- L'assemblée générale aura lieu le 13 juin ; la cotisation passe à 85 euros (45 euros pour les jeunes).
- Nous avons reçu 24 pendules électroniques neuves (1 680 euros, subventionnées à 50 % par la mairie).

Le comité a adressé un message de condoléances à la fédération azerbaïdjanaise. Une minute de silence sera observée avant la première ronde du championnat interne.

Contact : 06 71 38 24 90.
"""))
GOLD += [
E(9, ["le second kamikaze", "L'attentat-suicide de vendredi dernier"],
  "SUI", "2026-05-15", "day", "Quba", "AZ", 13, 40, "exact", "Islamic State", "Islamic State", False,
  "Chess club bulletin of Thursday 21 May (France, UTC+2); 'vendredi dernier' -> the most recent Friday, 15 May. 'le second kamikaze' (the bazaar site) is the first naming. Two sites of one town -> ONE event. 'treize morts, dont les deux kamikazes, et une quarantaine de blessés' -> killed 13 (bombers inside), injured 'une quarantaine' -> 40 (dev table); the qualifier describes the killed figure -> exact. 'revendiqué dimanche par la branche Khorassan de l'État islamique', undisputed -> 'Islamic State' (regional branch), claimant and perpetrator. « pourraient avoir été recrutés » is speculation. 'quatre joueurs', '9 rondes', '90 minutes', '30 secondes', '15 km', 'vingt minutes', '17 ans', 'ronde 6', '8 rondes', the Elo ratings, the scores ('5,5/8' ...), 'moins de 18 ans', '300 manats', '26 mai', '20 heures', '13 juin', '85 euros', '45 euros', '24 pendules', '1 680 euros', '50 %', '06 71 38 24 90' are not casualties."),
E(9, ["a été arrêté mardi à Magaramkent"],
  "ARR", "2026-05-19", "day", "Magaramkent", "RU", None, None, None, "police", None, False,
  "'mardi' vs Thursday 21 May -> 19 May. The cluster's suspected facilitator (a driver suspected of bringing the explosives through the Samur border post), arrested in Magaramkent, Dagestan, Russia -> RU, by the FSB (a security service -> 'police', dev). Told 'Selon la presse russe', undisputed -> coded."),
]

# -------------------------------------------------------------- holdout66-010
ARTICLES.append(A(10, "en", "article", "2026-05-23T09:00:00Z",
"Azerbaijani police break up Quba march as suspects are charged",
"""
BAKU, Azerbaijan (Caspian Wire) - Police in Quba used batons on Friday to break up a march by several hundred relatives and residents demanding the dismissal of the district police chief, eight days after twin suicide bombings killed 14 people in the town. Five marchers and two police officers were hurt, the district hospital said.

The marchers had set off peacefully from the Juma mosque, chanting "Who let them in?", and were pushed back near the building of the district executive authority, witnesses said.

An 11-year-old boy who was wounded at the bazaar died on Thursday, raising the toll of the May 15 attack to 14, including the two bombers; 38 people were wounded. Islamic State's Khorasan branch, which claimed the bombing last Sunday, has named the bombers as two brothers aged 22 and 24. An Interior Ministry official said they "may have been" recruited while working on building sites in Turkey.

The two men arrested at a checkpoint in Khachmaz on the evening of the bombing were charged with terrorism on Thursday and remanded in custody for four months. Russia has handed over a driver detained on Tuesday in Magaramkent, in Dagestan, who is suspected of bringing the explosives across the Samur river crossing. A cousin of the bombers, arrested in Qusar on Wednesday, was released without charge on Friday, and the imam of the Juma mosque was questioned for six hours and released.

Azerbaijan had not seen a deadly attack of this kind in decades. In 2013, a grenade thrown into a teahouse in Shamakhi wounded four men.

The Quba bazaar, which has 640 stalls, will reopen on Monday with 120 police officers on guard. The government has pledged 20,000 manat to each bereaved family and 5,000 to each of the injured. Cherry growers, who expect a harvest of 18,000 tonnes, said buyers from Baku had cancelled 30 percent of their orders.
"""))
GOLD += [
E(10, ["Police in Quba used batons on Friday to break up a march"],
  "PI", "2026-05-22", "day", "Quba", "AZ", None, 7, "exact", None, None, False,
  "Wire of Saturday 23 May; 'on Friday' -> 22 May. A march with a demand (the police chief's dismissal) that set off 'peacefully' and was broken up and 'pushed back' with batons -> Protests / Protest with intervention, perpetrator null (dev). 'Five marchers and two police officers were hurt' -> injured 5 + 2 = 7 (all sides summed, dev), exact; killed null. 'several hundred relatives and residents' counts marchers; 'eight days after' is a span. The dateline is Baku; the march is in Quba."),
E(10, ["twin suicide bombings killed 14 people in the town", "the May 15 attack", "claimed the bombing"],
  "SUI", "2026-05-15", "day", "Quba", "AZ", 14, 38, "exact", "Islamic State", "Islamic State", False,
  "'the May 15 attack' -> 15 May (8 days before -> current). 'raising the toll of the May 15 attack to 14, including the two bombers; 38 people were wounded' -> killed 14 (bombers inside; the boy of 11 who died on Thursday is inside), injured 38, exact. 'Islamic State's Khorasan branch, which claimed the bombing last Sunday' -> 'Islamic State', claimant and perpetrator. 'may have been' recruited is speculation. '11-year-old', 'aged 22 and 24', '640 stalls', '120 police officers', '20,000 manat', '5,000', '18,000 tonnes', '30 percent' are not casualties."),
E(10, ["The two men arrested at a checkpoint in Khachmaz on the evening of the bombing"],
  "ARR", "2026-05-15", "day", "Khachmaz", "AZ", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-007/008: 'on the evening of the bombing' -> 15 May. 'charged with terrorism on Thursday and remanded in custody for four months' is the arrest's judicial follow-up, not a new arrest. -> 'police'."),
E(10, ["a driver detained on Tuesday in Magaramkent"],
  "ARR", "2026-05-19", "day", "Magaramkent", "RU", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout66-009: 'on Tuesday' vs Saturday 23 May -> 19 May, in Magaramkent, Dagestan, Russia -> RU. 'Russia has handed over' is a follow-up (a handover), not an event. No force named -> 'police'."),
E(10, ["A cousin of the bombers, arrested in Qusar on Wednesday"],
  "ARR", "2026-05-20", "day", "Qusar", "AZ", None, None, None, "police", None, False,
  "'on Wednesday' vs Saturday 23 May -> 20 May. 'released without charge on Friday': the release does not undo the arrest and is no event. -> 'police'. The imam 'questioned for six hours and released' is not arrested."),
E(10, ["a grenade thrown into a teahouse in Shamakhi"],
  "GRN", "2013-01-01", "year", "Shamakhi", "AZ", None, 4, "exact", None, None, True,
  "'In 2013' -> year, background (the event of holdout66-006). 'wounded four men' -> injured 4, exact; no author -> null. 'in decades' is generic."),
]

# -------------------------------------------------------------- holdout66-021
ARTICLES.append(A(21, "en", "article", "2026-07-02T08:00:00Z",
"Five to stand trial in Azerbaijan over Quba bombing",
"""
BAKU, Azerbaijan (Caspian Wire) - Azerbaijani prosecutors on Thursday sent five men and women to trial over the twin suicide bombing that killed 14 people, including the two bombers, and wounded 38 in the northern town of Quba on May 15.

The Baku Grave Crimes Court will open the trial on July 20, the Prosecutor General's office said. Prosecutors will seek sentences of 15 to 20 years for the two men arrested at a Khachmaz checkpoint on the night of the bombing, and of 12 years for the driver arrested in Magaramkent, in Russia's Dagestan, on May 19 and handed over four days later.

The other two defendants were arrested more recently. A money-changer was detained in Siyazan on June 18, accused of transferring $6,400 to the bombers from Turkey, and a woman who rented them a flat in the capital was arrested in Baku on June 24.

The indictment, which runs to 412 pages, says the bombers, brothers aged 22 and 24, were recruited in Turkey and swore allegiance to Islamic State's Khorasan branch, which claimed the attack two days after it. The group's statement spoke of "more than 40 apostates" killed; prosecutors list 12 victims, among them an 11-year-old boy, besides the two bombers.

A lawyer for the families, Gunay Aliyeva, 39, said they would ask why a police alert received on May 11 had not been acted upon. "We have waited 48 days for answers," she said.

The Quba bazaar reopened on May 25, and the Juma mosque on June 5 after repairs costing 310,000 manat. Bookings at the Shahdag mountain resort are down 35 percent on last summer, the regional tourism office said.

Before Quba, the region's last attack with explosives had been in 2013, when a grenade thrown into a teahouse in Shamakhi wounded four men.
"""))
GOLD += [
E(21, ["the twin suicide bombing that killed 14 people", "claimed the attack"],
  "SUI", "2026-05-15", "day", "Quba", "AZ", 14, 38, "exact", "Islamic State", "Islamic State", True,
  "Wire of Thursday 2 July; 'on May 15' -> 15 May, 48 days before -> background. 'killed 14 people, including the two bombers, and wounded 38' -> killed 14 (bombers inside), injured 38, exact ('12 victims ... besides the two bombers' agrees). 'Islamic State's Khorasan branch, which claimed the attack two days after it' -> 'Islamic State', claimant and perpetrator; its 'more than 40 apostates' is never used. 'July 20', '15 to 20 years', '12 years' (sentences sought), 'four days later', '$6,400', '412 pages', 'aged 22 and 24', '11-year-old', '39', 'May 11', '48 days', 'May 25', 'June 5', '310,000 manat', '35 percent' are not casualties. 'five men and women' are defendants."),
E(21, ["the two men arrested at a Khachmaz checkpoint on the night of the bombing"],
  "ARR", "2026-05-15", "day", "Khachmaz", "AZ", None, None, None, "police", None, True,
  "Participle restating the arrest of 15 May ('on the night of the bombing'), 48 days before -> background. Sent to trial: a follow-up. -> 'police'."),
E(21, ["the driver arrested in Magaramkent"],
  "ARR", "2026-05-19", "day", "Magaramkent", "RU", None, None, None, "police", None, True,
  "'on May 19' -> 19 May, 44 days before -> background; Magaramkent in Dagestan, Russia -> RU. 'handed over four days later' is a follow-up. -> 'police'."),
E(21, ["A money-changer was detained in Siyazan on June 18"],
  "ARR", "2026-06-18", "day", "Siyazan", "AZ", None, None, None, "police", None, False,
  "'on June 18' -> 18 June, 14 days before -> current. A suspected financier -> Arrests by 'police' (no force named). The transfer of '$6,400' is no event."),
E(21, ["was arrested in Baku on June 24"],
  "ARR", "2026-06-24", "day", "Baku", "AZ", None, None, None, "police", None, False,
  "'on June 24' -> 24 June, 8 days before -> current. The woman who rented the bombers a flat, arrested in Baku (the capital, also the dateline) -> 'police'."),
E(21, ["a grenade thrown into a teahouse in Shamakhi"],
  "GRN", "2013-01-01", "year", "Shamakhi", "AZ", None, 4, "exact", None, None, True,
  "'in 2013' -> year, background. 'wounded four men' -> injured 4, exact; no author -> null."),
]
