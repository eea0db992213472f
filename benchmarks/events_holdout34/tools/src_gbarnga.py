"""Authoring source of benchmarks/events_holdout34 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Gbarnga, Liberia cluster (holdout34-006 to 010, and 021 numbered
after the other clusters; English and French), two suicide bombers on Tuesday
5 May 2026 at two sites of one town (the central market and the motor park,
about 400 m and four minutes apart): an English wire with the first "at
least" toll and a speculation (006), a podcast transcript with timestamps and
speaker names, the Islamic State claim, a JNIM denial and a "may have been"
(007), a weekly digest ("The week in review") with day-by-day items and a
march broken up with batons (008), a French interview ("entretien") with a
security researcher and older attacks (fr 009), a school reopening notice
with a device made safe (010) and a French dépêche on a fifth arrest, the
judicial follow-up of earlier ones and a release without charge (fr 021).
Notes are in English. All outlets, people and incidents are invented; the
places and the armed groups are real."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout34")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout34-006
ARTICLES.append(A(6, "en", "article", "2026-05-05T18:20:00Z",
"Suicide bombers strike market and motor park in Liberia's Gbarnga",
"""
GBARNGA, Liberia (Coastal Wire) - Two suicide bombers struck the central market and the main motor park in Gbarnga within four minutes of each other on Tuesday, killing at least 11 people and wounding a score of others in the first attack of its kind in Liberia, police said.

The first blast tore through the market's cloth section at about 12:40 p.m., witnesses said. The second bomber blew himself up at the motor park, some 400 metres away, as passengers were boarding taxis for Monrovia, about 190 km to the south-west.

"I heard the first boom and ran toward the parking station to find my brother, and then the second one went off in front of me," said Korto Tokpah, 29, a palm-oil seller. Her brother, a taxi driver, was being treated for burns.

Most of the wounded were taken to Phebe Hospital, 11 km outside the town, which declared a mass-casualty alert and called in 35 off-duty nurses. Others were driven to the C.B. Dunbar hospital in the town centre.

Inspector General Josephus Kollie said the bombing "could be linked" to Sahel-based militants who have been pushing toward West Africa's coastal states, but added that it was "far too early" to say who was responsible. No group had claimed the attack by Tuesday evening.

Liberia has seen little armed violence since its civil wars ended in 2003. In 2024, gunmen attacked a police checkpoint near Voinjama, in Lofa County, killing two officers; the attackers were never identified.

The government ordered flags flown at half-mast for three days and sent 300 officers of the Emergency Response Unit to Bong County. Traders said the market, which has about 1,500 stalls, would stay shut until at least Friday. Police asked witnesses to call 911 or to send photographs to a special number, 0770 800 800.
"""))
GOLD += [
E(6, ["Two suicide bombers struck the central market", "the first attack of its kind in Liberia", "The first blast tore through", "The second bomber blew himself up", "the first boom", "the second one went off", "the bombing \"could be linked\"", "claimed the attack"],
  "SUI", "2026-05-05", "day", "Gbarnga", "LR", 11, 20, "at_least", None, None, False,
  "First report, Tuesday 5 May (published 18:20 UTC; Liberia is UTC+0). Two sites of one town (the market's cloth section and the motor park, about 400 m and four minutes apart) -> ONE Suicide bomb event coded to Gbarnga. 'killing at least 11 people and wounding a score of others' -> 11 at_least, injured 20 ('a score', dev table: 20 about); the qualifier describes the killed figure -> at_least. 'could be linked' is speculation and nobody has claimed -> perpetrator null. '12:40 p.m.', '400 metres', '190 km', '29' (an age), '11 km', '35 off-duty nurses', '2003', 'three days', '300 officers', '1,500 stalls', '911', '0770 800 800' are not casualties."),
E(6, ["gunmen attacked a police checkpoint near Voinjama"],
  "BAT", "2024-01-01", "year", "Voinjama", "LR", 2, None, "exact", None, None, True,
  "'In 2024' -> year precision, background. Unnamed gunmen attacking a police checkpoint -> Battles / Armed clash with a null initiator (events_holdout33 Acurenam convention: unnamed attackers -> null). 'killing two officers' -> killed 2, exact. A checkpoint 'near Voinjama' -> Voinjama."),
]

# -------------------------------------------------------------- holdout34-007
ARTICLES.append(A(7, "en", "transcript", "2026-05-07T20:00:00Z",
"The West Africa Brief, episode 212: After Gbarnga (transcript)",
"""
[00:00:04] MUSU KOLLIE: Welcome to The West Africa Brief, episode 212. I'm Musu Kollie in Monrovia, and today we're talking about Tuesday's twin suicide bombing in Gbarnga. Our correspondent Emmanuel Flomo is on the line from there. Emmanuel, where does the toll stand tonight?

[00:00:21] EMMANUEL FLOMO: The health ministry said this afternoon that twenty-one people were killed, not counting the two bombers, and fifty-eight wounded. It was nineteen this morning; two of the wounded died at Phebe Hospital during the day, a market woman and a boy of about ten.

[00:01:02] MUSU KOLLIE: And we now have a claim.

[00:01:05] EMMANUEL FLOMO: Yes. Islamic State put out a statement on Wednesday saying its Sahel Province carried out the attack and had killed "more than a hundred". That figure is simply not true, but the justice minister said this morning that the claim itself was credible. The bombers were Liberians in their twenties, she said.

[00:02:14] MUSU KOLLIE: What about JNIM, the group people here have worried about for years?

[00:02:19] EMMANUEL FLOMO: JNIM denied any involvement in a message to a Monrovia radio station. A security official told me some of its recruits "may have been" in touch with the bombers, but he offered no evidence.

[00:04:31] MUSU KOLLIE: And arrests?

[00:04:33] EMMANUEL FLOMO: Police arrested four men in Totota, about 60 km south of here, on Wednesday morning, and seized two motorbikes and 40 detonators. A woman who sold SIM cards near the motor park was questioned for six hours yesterday and released.

[00:12:31] MUSU KOLLIE: Before we go, how is the town coping?

[00:12:36] EMMANUEL FLOMO: The market is still closed, the taxis are running again, and the blood bank at Phebe says 312 people have given blood since Tuesday. A bag of blood usually costs families 5 US dollars here; the government says it will pay.

[00:13:40] MUSU KOLLIE: Emmanuel Flomo in Gbarnga, thank you. You can send us your questions on WhatsApp at +231 770 555 010. The West Africa Brief is back on Monday at 6 p.m.
"""))
GOLD += [
E(7, ["Tuesday's twin suicide bombing in Gbarnga", "carried out the attack"],
  "SUI", "2026-05-05", "day", "Gbarnga", "LR", 23, 58, "exact", "Islamic State", "Islamic State", False,
  "A podcast transcript (kind transcript): timestamps ('[00:12:31]'), the episode number '212' and speaker names are not dates, casualties or places. 'Tuesday's' vs Thursday 7 May -> 5 May. 'twenty-one people were killed, not counting the two bombers, and fifty-eight wounded' -> 21 + 2 = 23 (bombers added), 58, exact; 'nineteen this morning' is superseded (the two deaths during the day are inside the 21). Islamic State's claim (its 'Sahel Province' -> 'Islamic State', dev: every branch except ISWAP), called 'credible' by the minister -> claimant and perpetrator; its own 'more than a hundred' is the claimant's figure, never used. JNIM's denial is not a claim and the official's 'may have been' is speculation: not coded. '312 people' (blood donors), '5 US dollars', '+231 770 555 010', '6 p.m.', 'about ten', 'twenties' are not casualties."),
E(7, ["Police arrested four men in Totota"],
  "ARR", "2026-05-06", "day", "Totota", "LR", None, None, None, "police", None, False,
  "'on Wednesday morning' vs Thursday 7 May -> 6 May. One Arrests event (four men, one place, one day), police; the motorbikes and '40 detonators' seized belong to it. '60 km' is a distance. The SIM-card seller 'questioned for six hours yesterday and released' is not arrested."),
]

# -------------------------------------------------------------- holdout34-008
ARTICLES.append(A(8, "en", "article", "2026-05-09T08:00:00Z",
"The week in review: a bombing in Gbarnga, a claim, arrests and a march broken up",
"""
Our Saturday round-up of the week's main stories in Liberia.

Monday. The Central Bank of Liberia held its policy rate at 16.75 percent and said inflation had eased to 8.1 percent in April. The Liberian dollar traded at about 190 to the US dollar.

Tuesday. Two suicide bombers struck Gbarnga's central market and motor park minutes apart at lunchtime, in the first such attack in the country's history. The toll, which stood at "at least 11" on Tuesday night, had risen by Friday to 24, including the two bombers, after a taxi driver died of his burns; 58 people were wounded.

Wednesday. Islamic State claimed the bombing, saying its Sahel Province had sent the two men, and the justice minister called the claim credible. JNIM, the al-Qaeda affiliate active in neighbouring countries, denied any role. Police arrested four men in Totota and seized 40 detonators.

Thursday. Police detained a 47-year-old money-transfer agent in Kakata, accusing him of paying the bombers' rent in Gbarnga. A pastor summoned to police headquarters in Gbarnga was questioned and allowed to go home the same evening. The House of Representatives held a minute's silence.

Friday. Riot police used batons to break up a march by several hundred students and traders who were heading for the Bong County administration building in Gbarnga to demand better security. Three marchers were treated for cuts at a clinic. Police said the march had not been authorised.

Also this week. The football association postponed Sunday's league fixtures; the education ministry closed all 146 schools in Gbarnga district; and the price of a 25 kg bag of rice rose to 2,300 Liberian dollars in Gbarnga as traders stayed home.

Coming up. A national day of prayer is planned for Sunday, and lawmakers will question the justice minister on Tuesday at 10 a.m.
"""))
GOLD += [
E(8, ["Two suicide bombers struck Gbarnga's central market", "the first such attack in the country's history", "claimed the bombing"],
  "SUI", "2026-05-05", "day", "Gbarnga", "LR", 24, 58, "exact", "Islamic State", "Islamic State", False,
  "A weekly digest of day-labelled items: the labels ('Tuesday.', 'Wednesday.') are not triggers, and each weekday resolves against Saturday 9 May -> Tuesday 5 May. 'at least 11' (Tuesday night) is superseded: 'had risen by Friday to 24, including the two bombers ... 58 people were wounded' -> 24 (inside), 58, exact. 'Islamic State claimed the bombing' ('its Sahel Province'), called credible -> claimant and perpetrator. JNIM's denial is not coded. '16.75 percent', '8.1 percent', '190', '146 schools', '25 kg', '2,300 Liberian dollars', '10 a.m.' are not casualties."),
E(8, ["Police arrested four men in Totota"],
  "ARR", "2026-05-06", "day", "Totota", "LR", None, None, None, "police", None, False,
  "Under 'Wednesday.' -> 6 May (vs Saturday 9 May). Restated arrest of holdout34-007, police; '40 detonators' seized belong to it."),
E(8, ["Police detained a 47-year-old money-transfer agent in Kakata"],
  "ARR", "2026-05-07", "day", "Kakata", "LR", None, None, None, "police", None, False,
  "Under 'Thursday.' -> 7 May. The cluster's suspected facilitator (paid the bombers' rent), police. '47-year-old' is an age. The pastor 'summoned ... questioned and allowed to go home' is not arrested."),
E(8, ["Riot police used batons to break up a march", "the march had not been authorised"],
  "PI", "2026-05-08", "day", "Gbarnga", "LR", None, 3, "exact", None, None, False,
  "Under 'Friday.' -> 8 May. A march with a demand (better security) broken up with batons -> Protests / Protest with intervention, perpetrator null (dev: null for protests). 'Three marchers were treated for cuts' -> injured 3, exact. 'several hundred' are marchers. The marchers were heading for the county administration building in Gbarnga -> Gbarnga."),
]

# -------------------------------------------------------------- holdout34-009
ARTICLES.append(A(9, "fr", "article", "2026-05-12T10:00:00Z",
"« Le Liberia croyait la menace lointaine » : entretien avec la chercheuse Aminata Kpadeh",
"""
Une semaine après le double attentat-suicide de Gbarnga, qui a fait vingt-quatre morts, y compris les deux kamikazes, et cinquante-huit blessés, nous avons interrogé Aminata Kpadeh, chercheuse à l'Institut d'études stratégiques de Monrovia, qui travaille depuis dix ans sur les groupes armés du golfe de Guinée. Propos recueillis par téléphone et résumés.

Q : L'organisation État islamique a revendiqué l'attaque au nom de sa « province du Sahel ». Cette revendication est-elle crédible ?

R : Oui. Les autorités la jugent crédible, et le communiqué contient des détails que seuls les auteurs pouvaient connaître, comme l'heure exacte, 12 h 40. Le bilan qu'il avance, « plus de cent morts », est en revanche gonflé, comme toujours.

Q : Le JNIM a démenti toute implication. Faut-il le croire ?

R : Ce démenti est cohérent avec sa stratégie, qui évite pour l'instant de viser les civils des pays côtiers. Un responsable sécuritaire estime que certaines de ses recrues « auraient pu » servir d'intermédiaires, mais je n'en ai vu aucune preuve.

Q : Le pays avait-il connu des signes avant-coureurs ?

R : Oui, mais on les a traités comme des faits divers. En 2024, des hommes armés ont attaqué un poste de police près de Voinjama et tué deux agents. En mars 2025, une grenade lancée contre le commissariat de Zwedru a blessé trois policiers. Personne n'a jamais été condamné.

Q : L'enquête avance-t-elle ?

R : Les quatre hommes arrêtés mercredi dernier à Totota semblent avoir fourni la logistique. Mais la police dispose d'environ 5 000 agents pour 5,5 millions d'habitants et plus de 1 500 kilomètres de frontières : c'est très peu.

Q : Que faudrait-il faire ?

R : Investir dans le renseignement de proximité. Le budget de la sécurité intérieure, environ 12 millions de dollars cette année, représente moins de 2 % des dépenses publiques. Et parler aux jeunes de 18 à 25 ans, que les recruteurs ciblent en premier.
"""))
GOLD += [
E(9, ["double attentat-suicide de Gbarnga", "revendiqué l'attaque"],
  "SUI", "2026-05-05", "day", "Gbarnga", "LR", 24, 58, "exact", "Islamic State", "Islamic State", False,
  "An interview with Q :/R : labels (not triggers). 'Une semaine après' vs Tuesday 12 May -> Tuesday 5 May. 'vingt-quatre morts, y compris les deux kamikazes, et cinquante-huit blessés' -> 24 (inside), 58, exact. « L'organisation État islamique a revendiqué » (its « province du Sahel » -> 'Islamic State'), judged credible by the authorities -> claimant and perpetrator; its own « plus de cent morts » is never used. JNIM's denial and « auraient pu » are not coded. '12 h 40', 'dix ans', '5 000 agents', '5,5 millions', '1 500 kilomètres', '12 millions de dollars', '2 %', '18 à 25 ans' are not casualties."),
E(9, ["des hommes armés ont attaqué un poste de police près de Voinjama"],
  "BAT", "2024-01-01", "year", "Voinjama", "LR", 2, None, "exact", None, None, True,
  "'En 2024' -> year, background (the clash of holdout34-006). Unnamed armed men against a police post -> Armed clash, null initiator. 'tué deux agents' -> killed 2, exact."),
E(9, ["une grenade lancée contre le commissariat de Zwedru"],
  "GRN", "2025-03-01", "month", "Zwedru", "LR", None, 3, "exact", None, None, True,
  "'En mars 2025' -> month precision, background. A thrown grenade -> Grenade, author unknown -> null. 'a blessé trois policiers' -> injured 3, exact."),
E(9, ["Les quatre hommes arrêtés mercredi dernier à Totota"],
  "ARR", "2026-05-06", "day", "Totota", "LR", None, None, None, "police", None, False,
  "'mercredi dernier' vs Tuesday 12 May -> the most recent Wednesday, 6 May. A participle restating the arrest of holdout34-007: its own event here. No force named; police in holdout34-007 -> 'police'."),
]

# -------------------------------------------------------------- holdout34-010
ARTICLES.append(A(10, "en", "article", "2026-05-13T09:00:00Z",
"Bong County: public notice on the reopening of schools in Gbarnga district",
"""
BONG COUNTY EDUCATION OFFICE. PUBLIC NOTICE No. 07/2026: REOPENING OF SCHOOLS IN GBARNGA DISTRICT.

Following the twin suicide bombing of Tuesday 5 May at the Gbarnga central market and motor park, which killed 25 people, including the two attackers, and injured 58, all 146 public and private schools in Gbarnga district have been closed since Wednesday 6 May. Among the dead is a Grade 9 pupil of Gbarnga Central High School who died of her wounds on Monday.

The County Education Officer informs parents, teachers and pupils that schools will reopen on Monday 18 May 2026, subject to the following measures.

1. School gates will open at 7:30 a.m. and close at 8:15 a.m. No pupil will be admitted after that time.

2. Each school will use no more than two entrances, where bags will be checked by staff and, at the 12 largest schools, by police officers.

3. On Sunday, police found a bag containing about 8 kg of explosives and a timer behind the fence of Gbarnga Central High School. It was made safe by the bomb disposal unit. All schools will therefore be searched by police on Friday 15 and Saturday 16 May.

4. The West African Senior School Certificate Examination for Grade 12, which was due to begin on 11 May, is postponed to 25 May. Candidates should report to their centres by 8 a.m.

5. Thirty-two trained counsellors have been assigned to schools in the district. Pupils who lost a relative may be excused from classes for up to 10 days.

Parents with questions may call the County Education Office on 0886 512 340 between 9 a.m. and 4 p.m., Monday to Friday. Lost classes will be made up by extending the term by two weeks, to 31 July.

Signed: Esther G. Mulbah, County Education Officer, Gbarnga, 13 May 2026.
"""))
GOLD += [
E(10, ["the twin suicide bombing of Tuesday 5 May"],
  "SUI", "2026-05-05", "day", "Gbarnga", "LR", 25, 58, "exact", None, None, False,
  "A school closure notice. 'of Tuesday 5 May' -> 5 May, eight days before Wednesday 13 May -> current. 'killed 25 people, including the two attackers, and injured 58' -> 25 (inside; the pupil who died on Monday 11 May raised it), 58, exact. The notice names no claim -> perpetrator null (each document stands alone). 'No. 07/2026', '146 ... schools', 'Grade 9', '7:30 a.m.', '8:15 a.m.', '12 largest schools', 'Grade 12', 'Thirty-two trained counsellors', '10 days', '0886 512 340', '9 a.m. and 4 p.m.' are not casualties; 'Monday 18 May', 'Friday 15', '25 May', '31 July' are future dates."),
E(10, ["police found a bag containing about 8 kg of explosives", "It was made safe by the bomb disposal unit"],
  "DWU", "2026-05-10", "day", "Gbarnga", "LR", None, None, None, "police", None, False,
  "'On Sunday' vs Wednesday 13 May -> 10 May. Explosives found and made safe on their own -> Disrupted weapons use; police and the bomb disposal unit -> 'police'. 'about 8 kg' is a weight. Behind a Gbarnga school -> Gbarnga."),
]

# -------------------------------------------------------------- holdout34-021
ARTICLES.append(A(21, "fr", "article", "2026-05-21T14:00:00Z",
"Liberia : un cinquième suspect de l'attentat de Gbarnga arrêté près de la frontière guinéenne",
"""
Monrovia, 21 mai 2026 (Agence Ouest-Atlantique) - La police libérienne a arrêté mardi à Sanniquellie, chef-lieu du comté de Nimba, à quelques kilomètres des frontières guinéenne et ivoirienne, un homme de 29 ans soupçonné d'avoir convoyé depuis le Sahel les ceintures d'explosifs utilisées lors du double attentat-suicide de Gbarnga, a annoncé jeudi le ministère de la Justice.

Lors de son arrestation, les policiers ont saisi à son domicile deux téléphones satellitaires et 3 200 dollars américains en espèces, selon un communiqué du ministère.

Le double attentat-suicide du 5 mai, revendiqué par l'organisation État islamique, a fait vingt-cinq morts, dont les deux kamikazes, et cinquante-huit blessés au marché central et à la gare routière de Gbarnga. C'est l'attaque la plus meurtrière au Liberia depuis la fin de la guerre civile, en 2003.

Les quatre hommes arrêtés le 6 mai à Totota ont été inculpés lundi de complicité d'actes terroristes et placés en détention à la prison centrale de Monrovia. En revanche, l'agent de transfert d'argent interpellé le 7 mai à Kakata a été libéré sans inculpation vendredi, faute de preuves, a précisé son avocat. Deux autres personnes, entendues mercredi à Saclepea, ont été relâchées dans la soirée.

La marche d'étudiants et de commerçants dispersée à coups de matraque le 8 mai à Gbarnga n'est pas oubliée : l'Union nationale des étudiants réclame une enquête sur les violences policières, qui avaient fait trois blessés.

Le pays n'avait jusque-là connu que des attaques isolées, comme celle à la grenade qui avait blessé trois policiers à Zwedru en mars 2025.

Le gouvernement a porté à 1 200 le nombre de policiers déployés dans les comtés de Bong et de Nimba et offert une récompense de 10 000 dollars pour toute information. Les écoles de Gbarnga ont rouvert lundi, et le marché central doit rouvrir le 1er juin.
"""))
GOLD += [
E(21, ["La police libérienne a arrêté mardi à Sanniquellie", "Lors de son arrestation"],
  "ARR", "2026-05-19", "day", "Sanniquellie", "LR", None, None, None, "police", None, False,
  "'mardi' vs Thursday 21 May -> 19 May (the arrest's day, not Thursday's announcement). A new arrest, police. The satellite phones and '3 200 dollars américains' seized belong to it; '29 ans' is an age and 'à quelques kilomètres' a distance."),
E(21, ["lors du double attentat-suicide de Gbarnga", "Le double attentat-suicide du 5 mai", "C'est l'attaque la plus meurtrière"],
  "SUI", "2026-05-05", "day", "Gbarnga", "LR", 25, 58, "exact", "Islamic State", "Islamic State", False,
  "'du 5 mai', sixteen days before Thursday 21 May -> current. 'vingt-cinq morts, dont les deux kamikazes, et cinquante-huit blessés' -> 25 (inside), 58, exact. « revendiqué par l'organisation État islamique » -> claimant and perpetrator. The market and the gare routière are one event. 'en 2003' is the end of the civil war, not an event."),
E(21, ["Les quatre hommes arrêtés le 6 mai à Totota"],
  "ARR", "2026-05-06", "day", "Totota", "LR", None, None, None, "police", None, False,
  "The arrest of holdout34-007 told through its judicial follow-up ('inculpés lundi ... placés en détention'): one Arrests event at the arrest's place and day, not a new arrest. No force named here -> 'police' (holdout34-007)."),
E(21, ["l'agent de transfert d'argent interpellé le 7 mai à Kakata"],
  "ARR", "2026-05-07", "day", "Kakata", "LR", None, None, None, "police", None, False,
  "The facilitator arrest of holdout34-008, now 'libéré sans inculpation': an arrest followed by a release without charge stays an Arrests event at its place and day (events_holdout33 Nouméa). The two people 'entendues mercredi à Saclepea ... relâchées' are not arrested (Saclepea is no event place)."),
E(21, ["La marche d'étudiants et de commerçants dispersée à coups de matraque"],
  "PI", "2026-05-08", "day", "Gbarnga", "LR", None, 3, "exact", None, None, False,
  "'le 8 mai', thirteen days before -> current. The march of holdout34-008 dispersed with batons -> Protest with intervention, perpetrator null; 'qui avaient fait trois blessés' -> injured 3, exact. The students' union's demand for an inquiry is a statement, not an event."),
E(21, ["celle à la grenade qui avait blessé trois policiers à Zwedru"],
  "GRN", "2025-03-01", "month", "Zwedru", "LR", None, 3, "exact", None, None, True,
  "'en mars 2025' -> month, background (the grenade of holdout34-009). 'celle' stands for 'attaque': the trigger names it. Injured 3, exact, author null. '1 200' policemen, '10 000 dollars' (a reward) and 'le 1er juin' (a future reopening) are not events or casualties."),
]
