"""Authoring source of benchmarks/events_holdout32 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mutare, Zimbabwe cluster (holdout32-011 to 015; French and
English), two suicide bombers on Sunday 26 July 2026 around midday at two
sites of one town (the Sakubva long-distance bus terminus and the central
market, about 700 m and six minutes apart): a French agency flash with an
early toll, a defused device and a speculation (fr 011), an English
fact-check piece with verdicts (012), an English TV transcript with speaker
labels, a march dispersed with tear gas and arrests (013), a foreign
ministry's travel-advisory update listing older attacks (014) and a French
report two weeks on, with older attacks (fr 015). Zimbabwe is in UTC+2;
every publication time is set so that the local date is the UTC date. Notes
are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout32")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout32-011
ARTICLES.append(A(11, "fr", "article", "2026-07-26T16:00:00Z",
"Zimbabwe : double attentat-suicide à Mutare, au moins neuf morts",
"""
MUTARE (Afrique Monde Info) — Au moins neuf personnes ont été tuées et plusieurs dizaines d'autres blessées dimanche à Mutare, dans l'est du Zimbabwe, lorsque deux kamikazes se sont fait exploser à six minutes d'intervalle au terminus des bus longue distance de Sakubva et au marché central, a annoncé la police zimbabwéenne.

La première explosion s'est produite vers 12 h 10 au milieu des voyageurs qui attendaient le car de Harare. La seconde a frappé le marché central, à environ 700 mètres, où des centaines de fidèles sortant d'une église voisine, qui peut accueillir 2 000 personnes, faisaient leurs courses.

En fin d'après-midi, les démineurs de la police ont neutralisé un troisième engin, caché sous un siège d'un autocar garé au terminus. Selon un enquêteur, il contenait environ 8 kilos d'explosifs et des billes d'acier.

Aucune revendication n'a été publiée. Un diplomate en poste à Harare estime que des combattants de l'État islamique venus du Mozambique, à une vingtaine de kilomètres, « pourraient être impliqués ». La police n'a désigné aucun suspect.

La province du Manicaland avait déjà été visée par un colis piégé il y a quatre ans : trois employés des douanes avaient été blessés au poste-frontière de Nyamapanda.

Les hôpitaux de la ville lancent un appel aux donneurs de sang. La police a établi un périmètre de sécurité de 500 mètres autour des deux sites et demande aux témoins d'appeler le 0800 3222.
"""))
GOLD += [
E(11, ["deux kamikazes se sont fait exploser", "La première explosion"],
  "SUI", "2026-07-26", "day", "Mutare", "ZW", 9, 12, "at_least", None, None, False,
  "'dimanche' = publication day, Sunday 26 July. Two sites of one town (the Sakubva bus terminus and the central market, about 700 m and six minutes apart; Sakubva is a suburb of Mutare) -> ONE Suicide bomb event. 'Au moins neuf ... et plusieurs dizaines d'autres blessées' -> 9 (at_least), 12 ('plusieurs dizaines', dev table). No claim; « pourraient être impliqués » is speculation -> null. '12 h 10', '700 mètres', 'des centaines de fidèles', '2 000 personnes', '500 mètres', the phone number are not casualties."),
E(11, ["les démineurs de la police ont neutralisé un troisième engin"],
  "DWU", "2026-07-26", "day", "Mutare", "ZW", None, None, None, "police", None, False,
  "'En fin d'après-midi' = 26 July. A device defused on its own -> Disrupted weapons use; police bomb-disposal team -> 'police'. '8 kilos' is a weight."),
E(11, ["un colis piégé il y a quatre ans", "trois employés des douanes avaient été blessés"],
  "IED", "2022-01-01", "year", "Nyamapanda", "ZW", None, 3, "exact", None, None, True,
  "'il y a quatre ans' vs 2026 -> 2022, year, background. Parcel bomb -> IED, null actor; injured 3. A border post -> its place (Nyamapanda). 'une vingtaine de kilomètres' is a distance."),
]

# -------------------------------------------------------------- holdout32-012
ARTICLES.append(A(12, "en", "article", "2026-07-28T09:00:00Z",
"Fact check: what is true and false about the Mutare bombing",
"""
HARARE — Claims about Sunday's twin suicide bombing in Mutare have spread fast on messaging apps. We checked five of the most shared.

Claim: "60 dead in Mutare." Verdict: FALSE. The Ministry of Health said on Monday evening that 26 people died, including the two bombers: 23 at the scene and three later in hospital. It put the number of wounded at 71. No hospital or official source gives a higher figure.

Claim: "A video shows the moment of the Mutare blast." Verdict: MISLEADING. The 47-second clip shows a gas cylinder explosion at a restaurant kitchen in Harare in 2019, an accident. It has been viewed more than 300,000 times.

Claim: "Police have arrested 40 people." Verdict: FALSE. Police arrested four men in Chipinge on Monday, about 150 km south of Mutare, on suspicion of having hidden the bombers. About 40 other people were questioned and released, which may explain the figure.

Claim: "Islamic State has claimed the attack." Verdict: TRUE. A statement from Islamic State claiming the bombing was posted on Monday, and police called it credible. Its own figure of "more than 100 killed" is not supported by any source.

Claim: "Zimbabwe's last bombing, in Chimanimani in 2024, killed 30 people." Verdict: FALSE. The homemade bomb that went off in a Chimanimani beer hall in November 2024 wounded five people. No one died.

How we checked: we spoke to the Ministry of Health, the police press office and two hospital managers, and compared the video with archived footage. Readers can send claims for checking to our WhatsApp line, +263 77 200 4040.
"""))
GOLD += [
E(12, ["Sunday's twin suicide bombing in Mutare", "the Mutare blast", "the attack", "the bombing"],
  "SUI", "2026-07-26", "day", "Mutare", "ZW", 26, 71, "exact", "Islamic State", "Islamic State", False,
  "'Sunday's' vs Tuesday 28 July -> 26 July. The viral '60 dead' is rated false (a disputed alternative figure, not used); the ministry's '26 people died, including the two bombers ... 23 at the scene and three later in hospital', '71' wounded -> 26, 71, exact. 'Islamic State has claimed the attack ... TRUE ... police called it credible' -> claimant and perpetrator; the claim's 'more than 100 killed' is never used. '47-second', '300,000 times', '150 km', the phone number are not casualties. 'the Mutare blast' in the video claim names this bombing (a trigger), even though the clip shows another explosion."),
E(12, ["Police arrested four men in Chipinge on Monday"],
  "ARR", "2026-07-27", "day", "Chipinge", "ZW", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 28 July -> 27 July. The viral '40 people arrested' is false; 'About 40 other people were questioned and released' are not arrests."),
E(12, ["Zimbabwe's last bombing, in Chimanimani in 2024", "The homemade bomb that went off in a Chimanimani beer hall in November 2024"],
  "IED", "2024-11-01", "month", "Chimanimani", "ZW", 0, 5, "exact", None, None, True,
  "'in November 2024' -> month, background. Homemade bomb -> IED, null actor. 'wounded five people. No one died.' -> killed 0 (said explicitly), injured 5, exact; the viral 'killed 30' is rated false and not used; the claim's own words ('Zimbabwe's last bombing, in Chimanimani in 2024') name the same event (a trigger). The 2019 gas cylinder explosion in Harare is an accident, not coded."),
]

# -------------------------------------------------------------- holdout32-013
ARTICLES.append(A(13, "en", "transcript", "2026-07-30T18:00:00Z",
"Eastern Highlands Tonight: Mutare buries its dead",
"""
PRESENTER: Good evening. Four days after the twin suicide bombing in Mutare, the city buried eleven of its dead today, and there was anger on the streets. Our correspondent is there.

CORRESPONDENT: Thank you. The funeral service at the Sakubva stadium began at 9 a.m. and lasted almost four hours. The official toll is unchanged tonight: twenty-six dead, the two bombers among them, and seventy-one injured, nine of whom are still in intensive care.

PRESENTER: And the protest?

CORRESPONDENT: This afternoon several hundred market vendors marched from the stadium to the provincial offices to demand compensation for stalls destroyed on Sunday. It was peaceful until they reached Herbert Chitepo Street, where riot police fired tear gas to disperse them. I saw an elderly woman being carried away, coughing, but I have no reports of injuries.

PRESENTER: Where does the investigation stand?

CORRESPONDENT: Police arrested a suspected facilitator, a 36-year-old bus conductor, in Rusape yesterday. Investigators believe he stored the vests in a lock-up on the A3 road for at least two weeks. The four men arrested in Chipinge on Monday appeared in court today and were remanded in custody for 14 days.

PRESENTER: Islamic State, which claimed Sunday's bombing, has said nothing more?

CORRESPONDENT: Nothing. The Home Affairs minister repeated today that fighters from the Ansar al-Sunna insurgency in Mozambique "may have been" involved, but police say the claim by Islamic State is the line they are following. The reward has been raised to 20,000 US dollars, and the tip line is 0800 3222.

PRESENTER: Thank you.
"""))
GOLD += [
E(13, ["the twin suicide bombing in Mutare", "Sunday's bombing"],
  "SUI", "2026-07-26", "day", "Mutare", "ZW", 26, 71, "exact", "Islamic State", "Islamic State", False,
  "'Four days after' and 'Sunday's' vs Thursday 30 July -> 26 July. 'twenty-six dead, the two bombers among them, and seventy-one injured' -> 26, 71, exact; 'nine of whom' a subset; 'eleven of its dead' buried is a subset. 'Islamic State, which claimed Sunday's bombing' and police following that claim -> claimant and perpetrator; the minister's 'may have been' (Ansar al-Sunna) is speculation -> not coded. The funeral is not coded; '9 a.m.', 'four hours' are times."),
E(13, ["And the protest?", "several hundred market vendors marched from the stadium to the provincial offices", "riot police fired tear gas to disperse them"],
  "PI", "2026-07-30", "day", "Mutare", "ZW", None, None, None, None, None, False,
  "'This afternoon' = 30 July. A march with a demand dispersed with tear gas -> Protest with intervention; null perpetrator (protest). 'no reports of injuries' -> null (not an explicit zero)."),
E(13, ["Police arrested a suspected facilitator, a 36-year-old bus conductor, in Rusape yesterday"],
  "ARR", "2026-07-29", "day", "Rusape", "ZW", None, None, None, "police", None, False,
  "'yesterday' vs 30 July -> 29 July. '36-year-old', 'A3 road', 'two weeks' are not casualties."),
E(13, ["The four men arrested in Chipinge on Monday"],
  "ARR", "2026-07-27", "day", "Chipinge", "ZW", None, None, None, "police", None, False,
  "Restated arrest, told through its follow-up ('remanded in custody for 14 days') -> one Arrests event at the arrest's place and day (Monday 27 July). '20,000 US dollars', '0800 3222' are not casualties."),
]

# -------------------------------------------------------------- holdout32-014
ARTICLES.append(A(14, "en", "article", "2026-08-03T11:00:00Z",
"Travel advice update: Zimbabwe (terrorism section revised)",
"""
MINISTRY OF FOREIGN AFFAIRS — TRAVEL ADVICE: ZIMBABWE. Updated 3 August 2026. Summary of change: the terrorism section has been revised after the attack in Mutare. The overall advice level is unchanged at level 2 of 4 (exercise increased caution), but we now advise against all but essential travel to the centre of Mutare.

Terrorism. On 26 July 2026, two suicide bombers attacked the Sakubva bus terminus and the central market in Mutare, killing 26 people, including the attackers, and injuring more than 70. Islamic State claimed responsibility. Police have since made several arrests; on 1 August a further suspect was detained by police at the Beitbridge border post, 580 km to the south-west.

Attacks in Zimbabwe have been rare but have included:
- in February 2020, a grenade thrown at a political rally in Gweru, which injured between 30 and 40 people;
- in 2022, a parcel bomb which injured three customs officers at the Nyamapanda border post;
- in November 2024, a homemade bomb in a beer hall in Chimanimani, which injured five people;
- in June 2025, an attack by unidentified gunmen on tourists' vehicles near Victoria Falls, in which one safari guide was killed.

Further attacks cannot be ruled out. Avoid crowded places such as bus terminuses and markets, follow the advice of local authorities and monitor local media. A curfew from 22:00 to 05:00 applies in central Mutare until further notice.

Assistance. In an emergency, call the police on 995. Our embassy in Harare can be reached 24 hours a day on +263 24 270 0000. Travellers who intend to cross into Mozambique at the Forbes border post, 8 km from Mutare, should allow for delays of several hours.
"""))
GOLD += [
E(14, ["the attack in Mutare", "two suicide bombers attacked the Sakubva bus terminus and the central market in Mutare"],
  "SUI", "2026-07-26", "day", "Mutare", "ZW", 26, 70, "exact", "Islamic State", "Islamic State", False,
  "'On 26 July 2026' -> day. 'killing 26 people, including the attackers, and injuring more than 70' -> 26, 70; the qualifier describes the exact killed figure -> exact. 'Islamic State claimed responsibility' -> claimant and perpetrator. The summary line's 'the attack in Mutare' is its first naming. 'level 2 of 4', '22:00 to 05:00' are not casualties."),
E(14, ["a further suspect was detained by police at the Beitbridge border post"],
  "ARR", "2026-08-01", "day", "Beitbridge", "ZW", None, None, None, "police", None, False,
  "'on 1 August' -> 1 August 2026. A border post -> its town. '580 km' is a distance; 'several arrests' is a generic reference, not an event."),
E(14, ["a grenade thrown at a political rally in Gweru"],
  "GRN", "2020-02-01", "month", "Gweru", "ZW", None, 30, "at_least", None, None, True,
  "'in February 2020' -> month, background. Grenade, null actor. 'between 30 and 40 people' injured -> lower bound 30, at_least (dev: a range)."),
E(14, ["a parcel bomb which injured three customs officers at the Nyamapanda border post"],
  "IED", "2022-01-01", "year", "Nyamapanda", "ZW", None, 3, "exact", None, None, True,
  "'in 2022' -> year, background (the same parcel bomb as fr 011)."),
E(14, ["a homemade bomb in a beer hall in Chimanimani"],
  "IED", "2024-11-01", "month", "Chimanimani", "ZW", None, 5, "exact", None, None, True,
  "'in November 2024' -> month, background (as in 012; here no explicit zero, so killed null)."),
E(14, ["an attack by unidentified gunmen on tourists' vehicles near Victoria Falls"],
  "ATK", "2025-06-01", "month", "Victoria Falls", "ZW", 1, None, "exact", None, None, True,
  "'in June 2025' -> month, background. Unidentified gunmen against tourists -> Violence against civilians / Attack, null actor; 'one safari guide was killed' -> 1. '995', the embassy number, '24 hours', '8 km' and the Forbes border post (no event) are not casualties or events."),
]

# -------------------------------------------------------------- holdout32-015
ARTICLES.append(A(15, "fr", "article", "2026-08-08T09:00:00Z",
"À Mutare, treize jours après les kamikazes, la peur s'installe",
"""
MUTARE (Afrique Monde Info) — Le marché central a rouvert jeudi, mais les étals restent à moitié vides. Il y a treize jours, deux kamikazes se sont fait exploser ici et au terminus de Sakubva, tuant vingt-six personnes, dont eux-mêmes, et en blessant soixante et onze. L'attentat a été revendiqué par l'État islamique.

« Avant, je vendais 300 tomates par jour. Maintenant, c'est trente », soupire une marchande de 58 ans, qui a perdu son neveu de 19 ans dans l'explosion. Les commerçants réclament une indemnisation de 2 000 dollars par étal détruit.

L'enquête, elle, progresse. Le convoyeur de bus arrêté le 29 juillet à Rusape, soupçonné d'avoir caché les ceintures, a été inculpé mardi de complicité d'actes terroristes. Son avocat dénonce une « garde à vue de six jours ».

Mutare se croyait à l'abri. Les habitants évoquent pourtant plusieurs alertes. En mars 2021, la police avait désamorcé un engin explosif dans un sac abandonné devant la gare ferroviaire. Il y a quatre ans, un colis piégé avait blessé trois douaniers au poste-frontière de Nyamapanda. Et en 2018, une grenade lancée dans un bar de Chipinge, à 150 kilomètres au sud, avait blessé onze clients.

« On a toujours traité ces affaires comme des faits divers », regrette un pasteur de Dangamvura, quartier de 80 000 habitants. Sa paroisse organise chaque soir à 18 heures une veillée de prière.

La police maintient 600 agents dans la ville. Le couvre-feu de 22 heures à 5 heures a été prolongé d'une semaine.
"""))
GOLD += [
E(15, ["deux kamikazes se sont fait exploser ici et au terminus de Sakubva", "L'attentat", "l'explosion"],
  "SUI", "2026-07-26", "day", "Mutare", "ZW", 26, 71, "exact", "Islamic State", "Islamic State", False,
  "'Il y a treize jours' vs Saturday 8 August -> 26 July. 'tuant vingt-six personnes, dont eux-mêmes, et en blessant soixante et onze' -> 26 (bombers inside), 71, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. '300 tomates', 'trente', '58 ans', '19 ans', '2 000 dollars' are not casualties; the nephew is one of the 26."),
E(15, ["Le convoyeur de bus arrêté le 29 juillet à Rusape"],
  "ARR", "2026-07-29", "day", "Rusape", "ZW", None, None, None, "police", None, False,
  "Restated arrest, with its follow-up ('inculpé mardi') -> one Arrests event at the arrest's day, 29 July (explicit). 'six jours' is a span."),
E(15, ["la police avait désamorcé un engin explosif dans un sac abandonné devant la gare ferroviaire"],
  "DWU", "2021-03-01", "month", "Mutare", "ZW", None, None, None, "police", None, True,
  "'En mars 2021' -> month, background. A device defused on its own at Mutare's railway station -> Disrupted weapons use, police."),
E(15, ["un colis piégé avait blessé trois douaniers au poste-frontière de Nyamapanda"],
  "IED", "2022-01-01", "year", "Nyamapanda", "ZW", None, 3, "exact", None, None, True,
  "'Il y a quatre ans' -> 2022, year, background (same parcel bomb as fr 011 and 014)."),
E(15, ["une grenade lancée dans un bar de Chipinge"],
  "GRN", "2018-01-01", "year", "Chipinge", "ZW", None, 11, "exact", None, None, True,
  "'en 2018' -> year, background. Grenade, null actor; 'avait blessé onze clients' -> 11. '150 kilomètres', '80 000 habitants', '18 heures', '600 agents', '22 heures à 5 heures' are not casualties."),
]
