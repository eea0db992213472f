"""Authoring source of benchmarks/events_holdout60 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Lira, Uganda cluster (holdout60-011 to 015; English and French),
two suicide bombers on Sunday morning 12 July 2026 at two sites of one town
in northern Uganda (the main market, and the gate of the municipal grounds
where a gospel crusade was under way, about 700 m and eight minutes apart):
an English wire with a first report (011), the French appointment email of
a dog grooming salon in Kampala whose groomer comes from Lira ("courriel de
rendez-vous d'un salon de toilettage canin", fr 012), a tennis club's
members' newsletter (013), a French agency dispatch on the arrests
("dépêche", fr 014) and a craft fair's notice to exhibitors (015). Uganda
is UTC+3: every publication time here is between 05:00 and 12:00 UTC, so
every local date is the UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout60")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout60-011
ARTICLES.append(A(11, "en", "article", "2026-07-12T12:00:00Z",
"Suicide bombers strike market and gospel crusade in northern Uganda",
"""
LIRA, Uganda (Nile Basin Wire) - Two suicide bombers struck the northern Ugandan town of Lira eight minutes apart on Sunday morning, killing at least seven people, including themselves, and wounding a score of others, police said.

The first explosion tore through the main market at about 10:35 a.m., as traders were setting out their produce. At 10:43 a second attacker blew himself up at the gate of the municipal grounds, about 700 metres away, where several thousand worshippers had gathered for a gospel crusade.

"We heard the first bang and the pastor told everyone to sit down," said Grace Akello, 29, a choir member. "Then the gate exploded."

A police spokesman said it was too early to name those responsible, although the attack "could be the work" of the Allied Democratic Forces, an Islamic State-linked group.

Lira, some 340 km north of Kampala by road, had been calm since the Lord's Resistance Army insurgency ended almost two decades ago. In 2014, a grenade thrown into a bar in Pader, about 120 km to the north, killed two people and wounded nine; the case was never solved.

The regional referral hospital, which has 400 beds, recalled nurses from leave and asked for blood donors. Police said 800 officers had been sent from neighbouring districts and that roadblocks had gone up on all four roads out of town. The crusade, which had been due to run for three days, was called off, and its organisers said 15 buses had been hired to take worshippers home to their villages.

Churches in Lira cancelled their evening services. Traders said the market, with more than 900 stalls, would stay shut on Monday, and the municipal council suspended its weekly livestock auction, where about 1,500 head of cattle change hands. A helpline for families, 0800 211 306, was opened in the afternoon.
"""))
GOLD += [
E(11, ["Two suicide bombers struck the northern Ugandan town of Lira", "The first explosion", "a second attacker blew himself up", "the attack"],
  "SUI", "2026-07-12", "day", "Lira", "UG", 7, 20, "at_least", None, None, False,
  "Wire of Sunday 12 July 2026 (15:00 in Lira); 'on Sunday morning' = the publication day. Two sites of one town (the main market and the gate of the municipal grounds, 'about 700 metres away', 'eight minutes apart') -> ONE Suicide bomb event coded to the town. First report: 'killing at least seven people, including themselves, and wounding a score of others' -> killed 7 (the bombers are inside), at_least; injured 'a score' = 20 (dev table; the qualifier describes the killed figure). No claim; 'could be the work' of the Allied Democratic Forces is speculation -> perpetrator null. '10:35 a.m.', '10:43', '700 metres', 'several thousand worshippers', '29' (age), '340 km', 'two decades', '120 km', '400 beds', '800 officers', 'four roads', 'three days', '15 buses', '900 stalls', '1,500 head of cattle', '0800 211 306' are not casualties. The Lord's Resistance Army insurgency is generic, not an event."),
E(11, ["a grenade thrown into a bar in Pader"],
  "GRN", "2014-01-01", "year", "Pader", "UG", 2, 9, "exact", None, None, True,
  "'In 2014' -> year, background. A thrown grenade -> Grenade; 'the case was never solved' -> perpetrator null. 'killed two people and wounded nine' -> killed 2, injured 9 (number words), exact."),
]

# -------------------------------------------------------------- holdout60-012
ARTICLES.append(A(12, "fr", "article", "2026-07-13T06:00:00Z",
"Toilettage des Collines : vos rendez-vous de la semaine",
"""
TOILETTAGE DES COLLINES - Salon de toilettage canin, Kololo, Kampala. Courriel à nos clients, lundi 13 juillet 2026.

Chère cliente, cher client,

Nous devons modifier plusieurs rendez-vous cette semaine. Notre toiletteuse Florence, originaire de Lira, est partie hier soir rejoindre sa famille : son cousin a été tué dans l'attentat-suicide de dimanche matin, au marché central et à l'entrée du terrain municipal, où se tenait une grande croisade d'évangélisation.

Le bilan s'est alourdi dans la nuit. Hier soir, la radio parlait d'au moins sept morts ; ce matin, la police annonce neuf morts, sans compter les deux kamikazes, et quarante et un blessés. Florence nous écrit que la ville est bouclée et que la police a arrêté dimanche soir deux hommes à Kitgum, à une centaine de kilomètres au nord.

VOS RENDEZ-VOUS
- Les rendez-vous de mardi et de mercredi avec Florence sont reportés à la semaine du 20 juillet ; nous vous appellerons un par un.
- Jeudi et vendredi, Moses assure seul les toilettages, de 9 heures à 16 heures, un chien à la fois.
- Les bains antiparasitaires (45 000 shillings pour un chien de moins de 10 kilos, 70 000 au-delà) restent possibles sans rendez-vous.
- Les tontes complètes des grandes races, plus de 25 kilos, reprendront le lundi 20 juillet.

Pour les propriétaires qui partent vers le nord : les cliniques vétérinaires de Lira restent fermées jusqu'à mercredi, et la route compte trois barrages de police. Gardez votre chien dans sa caisse de transport, avec deux litres d'eau.

Une cagnotte pour la famille de Florence est ouverte au salon ; nous y reverserons aussi 10 % des recettes de juillet. Merci aux 23 clients qui ont déjà donné.

Pour toute question : +256 772 418 306, du lundi au samedi, de 8 h 30 à 17 h 30.

Avec toute notre affection, et une caresse à vos compagnons à quatre pattes,

Hélène et Moses
"""))
GOLD += [
E(12, ["l'attentat-suicide de dimanche matin"],
  "SUI", "2026-07-12", "day", "Lira", "UG", 11, 41, "exact", None, None, False,
  "Salon's email of Monday 13 July (09:00 in Kampala); 'de dimanche matin' -> 12 July. Two sites of one town (the central market and the entrance of the municipal grounds) -> ONE event, coded to Lira. The toll is revised inside: 'au moins sept morts' (last night's radio, superseded) -> 'neuf morts, sans compter les deux kamikazes, et quarante et un blessés' -> killed 9 + 2 = 11 (the bombers are added), injured 41 (number words), exact; the groomer's cousin is inside. No claim, no group named -> perpetrator null. The salon is in Kampala: no event there. '20 juillet', '9 heures à 16 heures', '45 000 shillings', '10 kilos', '70 000', '25 kilos', 'trois barrages', 'deux litres', '10 %', '23 clients', '+256 772 418 306', '8 h 30 à 17 h 30', 'une centaine de kilomètres' are not casualties."),
E(12, ["la police a arrêté dimanche soir deux hommes à Kitgum"],
  "ARR", "2026-07-12", "day", "Kitgum", "UG", None, None, None, "police", None, False,
  "'dimanche soir' vs Monday 13 July -> 12 July, the evening of the bombing. Two men arrested in Kitgum by 'la police' -> 'police'."),
]

# -------------------------------------------------------------- holdout60-013
ARTICLES.append(A(13, "en", "article", "2026-07-15T08:00:00Z",
"Lira Lawn Tennis Club newsletter: a sad week",
"""
LIRA LAWN TENNIS CLUB - MEMBERS' NEWSLETTER. Wednesday 15 July 2026.

Dear members,

This is the hardest newsletter we have had to write. Our head coach, Patrick Okello, 44, was among those killed in Sunday's twin suicide bombing. He had taken his two daughters to the crusade at the municipal grounds; both were hurt and are recovering. According to the police, the toll now stands at 12 dead, including the two bombers, after a market porter died on Tuesday, and 41 wounded.

On Monday the Allied Democratic Forces claimed the bombing in a statement that boasts of "more than 60 crusaders" killed, and the police called the claim credible. The Lord's Resistance Army, in a message read out on a local radio station, denied any part in it. An army spokesman said the bombers "may have been" trained in eastern Congo.

Police on Tuesday arrested a boda-boda rider in Soroti who is suspected of carrying the explosives to Lira. The two men arrested in Kitgum on Sunday night remain in custody.

On Monday evening, hundreds of members of the town's churches and mosques walked together in silence from the cathedral to the market behind a banner reading "Lira stands together". Several of our juniors took part, and it ended peacefully with a prayer.

CLUB BUSINESS
- The Lira Open, due to start on 25 July, is postponed to 22 August. Entry fees already paid (30,000 shillings) carry over.
- Courts 1 and 2 reopen on Thursday from 6:30 a.m. Court 4 is still being resurfaced, and the floodlights on court 3 stay off until further notice.
- Junior coaching for ages 8 to 15 resumes on Saturday with Sarah Adong; 26 children are enrolled.
- A condolence book is at the clubhouse bar, open from 9:00 to 21:00.

A fund for Patrick's family has raised 4.2 million shillings from 88 members so far. Mobile money: 0782 551 904.

Hold your loved ones close.

The committee
"""))
GOLD += [
E(13, ["Sunday's twin suicide bombing", "claimed the bombing"],
  "SUI", "2026-07-12", "day", "Lira", "UG", 12, 41, "exact", "Allied Democratic Forces", "Allied Democratic Forces", False,
  "Newsletter of Wednesday 15 July; 'Sunday's' -> 12 July. 'the toll now stands at 12 dead, including the two bombers, after a market porter died on Tuesday, and 41 wounded' -> killed 12 (bombers inside; the coach Patrick Okello, 44, is inside; his two daughters are among the wounded), injured 41, exact. Claimed on Monday by the Allied Democratic Forces, judged 'credible' by the police -> claimant and perpetrator (the canonical name earlier sets use); the claim's 'more than 60 crusaders' is never used. The Lord's Resistance Army's denial is not a claim; 'may have been' trained is speculation. '44', 'two daughters', '25 July', '22 August', '30,000 shillings', 'Courts 1 and 2', '6:30 a.m.', 'Court 4', 'court 3', 'ages 8 to 15', '26 children', '9:00 to 21:00', '4.2 million shillings', '88 members', '0782 551 904' are not casualties."),
E(13, ["Police on Tuesday arrested a boda-boda rider in Soroti"],
  "ARR", "2026-07-14", "day", "Soroti", "UG", None, None, None, "police", None, False,
  "'on Tuesday' vs Wednesday 15 July -> 14 July. A suspected facilitator (the motorcycle-taxi rider who carried the explosives), arrested in Soroti -> 'police'."),
E(13, ["The two men arrested in Kitgum on Sunday night"],
  "ARR", "2026-07-12", "day", "Kitgum", "UG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-012: 'on Sunday night' vs Wednesday 15 July -> 12 July. 'remain in custody' is a follow-up. No force named -> 'police'."),
E(13, ["hundreds of members of the town's churches and mosques walked together in silence"],
  "PP", "2026-07-13", "day", "Lira", "UG", None, None, None, None, None, False,
  "'On Monday evening' vs Wednesday 15 July -> 13 July. A silent march from the cathedral to the market behind a banner with a message ('Lira stands together') that 'ended peacefully' -> Peaceful protest, perpetrator null. 'hundreds' counts marchers."),
]

# -------------------------------------------------------------- holdout60-014
ARTICLES.append(A(14, "fr", "article", "2026-07-17T09:00:00Z",
"Attentat de Lira : un suspect arrêté au Soudan du Sud",
"""
LIRA (Ouganda), 17 juillet 2026 (Agence Est-Africaine de Presse) - La police sud-soudanaise a arrêté jeudi à Nimule, à la frontière ougandaise, un homme soupçonné d'avoir hébergé les deux kamikazes de Lira et de leur avoir remis les explosifs, a annoncé vendredi la police ougandaise, qui a demandé sa remise.

Le suspect, un commerçant de 35 ans, aurait accueilli les deux hommes pendant trois semaines dans un entrepôt de Nimule avant de les faire passer en Ouganda à bord d'un camion de charbon de bois.

Le double attentat-suicide de dimanche matin contre le marché principal et une croisade d'évangélisation a fait treize morts, y compris les deux kamikazes, et 41 blessés, après le décès jeudi d'une commerçante de 52 ans. Il a été revendiqué lundi par les Forces démocratiques alliées (ADF), une revendication que la police juge « authentique ».

L'un des deux hommes arrêtés dimanche soir à Kitgum a été relâché sans inculpation mercredi ; l'autre a été inculpé de terrorisme et placé en détention jusqu'au 5 août. Le conducteur de moto-taxi interpellé mardi à Soroti est toujours interrogé par les enquêteurs. Une trentaine de fidèles présents à la croisade ont été entendus comme témoins, puis laissés libres.

La région de Lango n'avait pas connu de violence de ce type depuis longtemps. En 2014, une grenade lancée dans un bar de Pader avait tué deux personnes.

À Lira, le marché, qui compte 900 étals, doit rouvrir la semaine prochaine. La municipalité a promis une aide de 500 000 shillings à chaque famille endeuillée et la prise en charge des frais d'hôpital. Les écoles, fermées lundi, ont rouvert jeudi ; 14 d'entre elles restent gardées par des policiers. Un numéro gratuit, le 0800 211 306, reste ouvert jour et nuit.
"""))
GOLD += [
E(14, ["La police sud-soudanaise a arrêté jeudi à Nimule"],
  "ARR", "2026-07-16", "day", "Nimule", "SS", None, None, None, "police", None, False,
  "Dispatch of Friday 17 July; 'jeudi' -> 16 July. A suspected facilitator (he lodged the bombers and handed them the explosives), arrested in Nimule, South Sudan -> SS; 'La police sud-soudanaise' -> 'police' (foreign police coded at the arrest's place). 'a demandé sa remise' is a follow-up. '35 ans', 'trois semaines' are not casualties."),
E(14, ["Le double attentat-suicide de dimanche matin", "Il a été revendiqué lundi"],
  "SUI", "2026-07-12", "day", "Lira", "UG", 13, 41, "exact", "Allied Democratic Forces", "Allied Democratic Forces", False,
  "'de dimanche matin' vs Friday 17 July -> 12 July. 'treize morts, y compris les deux kamikazes, et 41 blessés, après le décès jeudi d'une commerçante de 52 ans' -> killed 13 (bombers inside), injured 41, exact. 'revendiqué lundi par les Forces démocratiques alliées (ADF)', judged 'authentique' -> 'Allied Democratic Forces', claimant and perpetrator. '52 ans', '5 août', 'Une trentaine de fidèles' (heard as witnesses), '900 étals', '500 000 shillings', '14 d'entre elles', '0800 211 306' are not casualties."),
E(14, ["L'un des deux hommes arrêtés dimanche soir à Kitgum"],
  "ARR", "2026-07-12", "day", "Kitgum", "UG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-012: 'dimanche soir' vs Friday 17 July -> 12 July. One 'relâché sans inculpation mercredi', the other 'inculpé de terrorisme et placé en détention jusqu'au 5 août': the release and the charge are the arrest's follow-ups; one Arrests event for the two men (one place, one day). No force named -> 'police'."),
E(14, ["Le conducteur de moto-taxi interpellé mardi à Soroti"],
  "ARR", "2026-07-14", "day", "Soroti", "UG", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout60-013: 'mardi' vs Friday 17 July -> 14 July. 'toujours interrogé' is the custody that follows the arrest. No force named -> 'police'. The thirty worshippers 'entendus comme témoins, puis laissés libres' are not arrested."),
E(14, ["une grenade lancée dans un bar de Pader"],
  "GRN", "2014-01-01", "year", "Pader", "UG", 2, None, "exact", None, None, True,
  "'En 2014' -> year, background. A thrown grenade -> Grenade; no author named -> null. 'avait tué deux personnes' -> killed 2 (number word), exact; this text gives no injured figure -> null (holdout60-011 gives nine)."),
]

# -------------------------------------------------------------- holdout60-015
ARTICLES.append(A(15, "en", "article", "2026-07-20T07:00:00Z",
"Lango Crafts Fair 2026: notice to exhibitors No. 4",
"""
LANGO CRAFTS FAIR 2026 - NOTICE TO EXHIBITORS No. 4. Lira, Monday 20 July 2026. From the organising committee.

Dear exhibitors,

1. POSTPONEMENT. After the twin suicide bombing of Sunday 12 July at the main market and the municipal grounds, the fair planned for 31 July to 2 August on the municipal grounds is postponed to 23-25 October. The grounds are still sealed by the police. The bombing killed 13 people, including the two attackers, and wounded 41. Two of our exhibitors, basket weavers from Alebtong, were hurt and are recovering at home.

2. FRIDAY'S MARCH. Many of you are also market traders. On Friday, some 300 traders marched from the closed market to the town hall to demand compensation and the reopening of their stalls. Police fired tear gas and beat marchers with sticks outside the town hall; six traders were injured, one of them seriously. The market is now due to reopen on Wednesday, with 120 of its 900 stalls still sealed.

3. STAND FEES. Fees already paid (150,000 shillings for a standard 3 m by 3 m stand, 250,000 for a corner stand) are carried over. Refunds are available on request until 31 August, less a 5% handling charge.

4. SECURITY. The new venue plan will have two entrances with bag searches, 40 stewards and a police post. Exhibitors must register their vehicles by number plate before 30 September.

5. INVESTIGATION. The police ask any exhibitor who was at the crusade or the market on 12 July to call the investigation team on 0800 211 306. Several exhibitors have already been heard as witnesses and went home the same day.

6. CONTACTS. Fair office, plot 7, Station Road, open from 9:00 to 16:00, Monday to Friday. WhatsApp: 0772 600 215.

We are thinking of the families, and of the 2,300 visitors who had told us they would come.

The organising committee
"""))
GOLD += [
E(15, ["the twin suicide bombing of Sunday 12 July", "The bombing killed 13 people"],
  "SUI", "2026-07-12", "day", "Lira", "UG", 13, 41, "exact", None, None, False,
  "Notice of Monday 20 July; 'of Sunday 12 July' -> 12 July. 'The bombing killed 13 people, including the two attackers, and wounded 41' -> killed 13 (bombers inside), injured 41, exact; 'Two of our exhibitors' are a subset of the wounded. No claim named in this notice -> perpetrator null (each document stands alone). 'No. 4', '31 July to 2 August', '23-25 October', '120 of its 900 stalls', '150,000 shillings', '3 m by 3 m', '250,000', '31 August', '5%', 'two entrances', '40 stewards', '30 September', '0800 211 306', 'plot 7', '9:00 to 16:00', '0772 600 215', '2,300 visitors' are not casualties. The exhibitors 'heard as witnesses' are not arrested."),
E(15, ["some 300 traders marched from the closed market to the town hall", "Police fired tear gas and beat marchers with sticks"],
  "PI", "2026-07-17", "day", "Lira", "UG", None, 6, "exact", None, None, False,
  "'On Friday' vs Monday 20 July -> 17 July. A traders' march with demands (compensation, reopening of stalls), dispersed with tear gas and sticks -> Protests / Protest with intervention, perpetrator null (dev). 'six traders were injured, one of them seriously' -> injured 6 (number word), exact; 'one of them seriously' is a subset. 'some 300' counts marchers."),
]
