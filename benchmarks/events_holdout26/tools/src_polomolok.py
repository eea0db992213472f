"""Authoring source of benchmarks/events_holdout26 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Polomolok, Philippines cluster (holdout26-001 to 005; English and
French), two suicide bombers on Sunday 8 February 2026 at two sites of one
town (the public market and the bus terminal, about 600 m and seven minutes
apart): a Mindanao news site's oldest-first live blog whose toll rises
through the day (001), a French international outlet's next-day report with
the revised toll and a raid (fr 002), a Philippine broadsheet's front-page
claim story with a "(With inputs from agencies)" credit (003), a court
report (004) and an obituary-style profile of a victim who died later (005).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout26")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout26-001
ARTICLES.append(A(1, "en", "article", "2026-02-08T13:40:00Z",
"LIVE: Twin suicide blasts hit Polomolok, South Cotabato",
"""
Mindanao Daybreak live updates. All times are Philippine time (UTC+8); the newest entry is at the bottom.

10:52 AM - Two explosions have been reported in Polomolok, South Cotabato, about 20 minutes' drive north of General Santos. Police say at least nine people were killed. More to follow.

11:20 AM - Police Colonel Arnel Dagohoy, the provincial police director, says two suicide bombers blew themselves up seven minutes apart, the first at the public market on the national highway and the second at the town's bus terminal, about 600 metres away. "Both wore vests packed with nails and ball bearings," he said.

12:45 PM - Toll rises to 17. The provincial hospital in Koronadal has received 31 patients; six are in critical condition. A hotline for relatives is open: 0917 555 0142.

2:30 PM - The army's 5th Special Forces Battalion says its bomb squad defused a third explosive vest found inside a tricycle parked near the terminal. Nobody was hurt. Route 12 jeepneys have been diverted around the town centre.

4:10 PM - No group has claimed the attack. An army spokesman, Major Rey Sumagaysay, said the Bangsamoro Islamic Freedom Fighters (BIFF) "may have been behind it", but stressed that it was "too early to say".

6:05 PM - Residents describe chaos at the market, where about 300 stalls sell pineapples and fish on Sunday mornings. A 70-year-old vendor told us she lost two of her three stalls.

9:30 PM - Latest from the provincial disaster office: 19 people were killed, not including the two bombers, and upwards of 50 were wounded. Among the dead are a 7-year-old girl and her 63-year-old grandmother. The mayor has declared three days of mourning and a 10 p.m. curfew.

9:35 PM - Polomolok, a town of about 170,000 people, had never seen a suicide attack. In 2019 a grenade thrown into a videoke bar in Polomolok wounded four people. We are closing this live blog for the night.
"""))
GOLD += [
E(1, ["Two explosions have been reported in Polomolok", "two suicide bombers blew themselves up seven minutes apart", "Toll rises to 17"],
  "SUI", "2026-02-08", "day", "Polomolok", "PH", 21, 50, "exact", None, None, False,
  "Oldest-first live blog, local times (UTC+8), all entries on the publication day, Sunday 8 February; published_at is the last entry's time in UTC. Two sites of one town (the public market and the bus terminal, about 600 m and seven minutes apart) -> ONE Suicide bomb event. The toll rises through the blog: 'at least nine' -> 'Toll rises to 17' -> '19 people were killed, not including the two bombers' -> 19 + 2 = 21 ('not including' adds them), exact; 'upwards of 50 were wounded' -> 50 (the qualifier describes the killed figure). '31 patients' is an earlier, partial hospital count. No claim; the BIFF 'may have been behind it' is speculation -> null. '600 metres', 'seven minutes', '20 minutes', '0917 555 0142', 'about 300 stalls', 'A 70-year-old vendor', '7-year-old', '63-year-old', '10 p.m.' are not casualties."),
E(1, ["its bomb squad defused a third explosive vest"],
  "DWU", "2026-02-08", "day", "Polomolok", "PH", None, 0, "exact", "military", None, False,
  "'2:30 PM' entry, publication day. A vest defused on its own -> Disrupted weapons use; the army's battalion -> 'military'. 'Nobody was hurt' alone -> injured 0, killed null (events_holdout9 Bukkuyum). 'near the terminal' -> Polomolok. '5th Special Forces Battalion' and 'Route 12' are not casualties."),
E(1, ["a grenade thrown into a videoke bar in Polomolok wounded four people"],
  "GRN", "2019-01-01", "year", "Polomolok", "PH", None, 4, "exact", None, None, True,
  "'In 2019' -> year, background. A thrown grenade -> Grenade, no actor -> null. 'wounded four people' -> injured 4, exact. '170,000 people' is the town's population."),
]

# -------------------------------------------------------------- holdout26-002
ARTICLES.append(A(2, "fr", "article", "2026-02-09T09:00:00Z",
"Philippines : le bilan du double attentat-suicide de Polomolok s'alourdit",
"""
POLOMOLOK (Philippines) - Le bilan du double attentat-suicide qui a frappé dimanche matin la ville de Polomolok, dans le sud de l'archipel, s'est encore alourdi lundi. Les autorités, qui avaient d'abord fait état d'au moins neuf morts, puis de dix-neuf, comptent désormais vingt-deux morts, sans compter les deux kamikazes, et soixante-trois blessés, dont onze grièvement.

Le premier kamikaze s'est fait exploser vers 10 h 45 au milieu du marché public, le second sept minutes plus tard à la gare routière, à environ 600 mètres. Trois enfants âgés de 4 à 11 ans figurent parmi les victimes, selon le bureau provincial de gestion des catastrophes.

La police a interpellé lundi à l'aube trois hommes lors d'une perquisition dans un quartier de General Santos, à une vingtaine de kilomètres au sud, où elle a saisi deux motos, 8 kilos de nitrate d'ammonium et cinq téléphones. Une dizaine de voisins ont été entendus puis relâchés dans la matinée.

Aucune revendication n'avait été publiée lundi à la mi-journée. Un porte-parole de l'armée a estimé que les Combattants islamiques pour la liberté du Bangsamoro (BIFF), un groupe armé actif dans les marais de la province voisine de Maguindanao, « pourraient être derrière » l'attaque. Le groupe n'a pas réagi.

Polomolok, commune de quelque 170 000 habitants connue pour ses immenses plantations d'ananas, n'avait jamais connu d'attentat-suicide. En mars 2021, une grenade lancée contre un bar de Koronadal, le chef-lieu de la province, avait blessé huit personnes.

Le gouverneur a promis une prime d'un million de pesos pour toute information et annoncé le déploiement de 400 policiers supplémentaires. Les écoles de la ville resteront fermées jusqu'à mercredi.
"""))
GOLD += [
E(2, ["double attentat-suicide qui a frappé dimanche matin la ville de Polomolok", "Le premier kamikaze s'est fait exploser"],
  "SUI", "2026-02-08", "day", "Polomolok", "PH", 24, 63, "exact", None, None, False,
  "'dimanche matin' vs Monday 9 February -> 8 February. One event (two sites, seven minutes, 600 m). Revised toll inside the article: 'au moins neuf' -> 'dix-neuf' -> 'vingt-deux morts, sans compter les deux kamikazes' -> 22 + 2 = 24, exact; 'soixante-trois blessés' -> 63, 'dont onze grièvement' is a subset. No claim; the BIFF « pourraient être derrière » is speculation -> null. '10 h 45', 'sept minutes', '600 mètres', 'âgés de 4 à 11 ans' are not casualties."),
E(2, ["La police a interpellé lundi à l'aube trois hommes"],
  "ARR", "2026-02-09", "day", "General Santos", "PH", None, None, None, "police", None, False,
  "'lundi à l'aube' = publication day, Monday 9 February. A raid in a district of General Santos -> General Santos. The motorbikes, fertiliser and phones belong to the arrest. 'Une dizaine de voisins ont été entendus puis relâchés' is not an arrest. 'une vingtaine de kilomètres', 'deux motos', '8 kilos', 'cinq téléphones' are not casualties."),
E(2, ["une grenade lancée contre un bar de Koronadal"],
  "GRN", "2021-03-01", "month", "Koronadal", "PH", None, 8, "exact", None, None, True,
  "'En mars 2021' -> month, background. Thrown grenade, no actor -> null. 'avait blessé huit personnes' -> injured 8, exact. '170 000 habitants', 'un million de pesos', '400 policiers' are not casualties."),
]

# -------------------------------------------------------------- holdout26-003
ARTICLES.append(A(3, "en", "article", "2026-02-10T00:30:00Z",
"IS claims Polomolok bombings; driver held in Tupi",
"""
POLOMOLOK, South Cotabato - The Islamic State group claimed responsibility late on Monday for Sunday's twin suicide bombing in Polomolok, which killed 24 people, including the two bombers, and wounded 63 in the deadliest attack in South Cotabato in a decade.

In a statement posted on its channels, the group said two of its "soldiers" had struck "a gathering of Christians". It put the toll at "more than 80", a figure police dismissed as propaganda. Investigators said they had no reason to doubt the claim itself.

The Bangsamoro Islamic Freedom Fighters, whom an army spokesman had named on Sunday as a possible culprit, denied any role in a text message to reporters.

Police and soldiers at a checkpoint in Tupi arrested a tricycle driver, 41, late on Monday. Police said he had driven both bombers from a rented room in Polomolok to the market at 10:30 a.m. on Sunday and received P15,000 for the trip. His landlady was questioned for four hours and released.

The three men arrested in a dawn raid in General Santos on Monday remained in police custody. Officers seized 8 kilograms of ammonium nitrate and two motorcycles at the house.

The provincial board has offered a reward of P3 million for information on the network behind the bombers. The last comparable attack in the province was in 2017, when a bomb left on a bus near Banga killed five passengers.

Schools in Polomolok stay closed until Wednesday, and 400 additional police officers have been sent to the town, which depends on pineapple plantations employing about 12,000 workers.

(With inputs from agencies)
"""))
GOLD += [
E(3, ["Sunday's twin suicide bombing in Polomolok"],
  "SUI", "2026-02-08", "day", "Polomolok", "PH", 24, 63, "exact", "Islamic State", "Islamic State", False,
  "'Sunday's' vs Tuesday 10 February -> 8 February. 'killed 24 people, including the two bombers' -> 24 (already inside), exact; 'wounded 63' -> 63. 'The Islamic State group claimed responsibility' -> 'Islamic State'; the police dismiss only its toll ('more than 80', a claimant's own figure, never used), not its authorship. The BIFF denies: not coded. 'a decade' is not a casualty."),
E(3, ["Police and soldiers at a checkpoint in Tupi arrested a tricycle driver"],
  "ARR", "2026-02-09", "day", "Tupi", "PH", None, None, None, "police", None, False,
  "'late on Monday' vs Tuesday 10 February -> 9 February. The suspected facilitator. Police lead ('Police said') -> 'police'. A checkpoint in Tupi -> Tupi. 'His landlady was questioned ... and released' is not an arrest. '41', '10:30 a.m.', 'P15,000', 'four hours' are not casualties."),
E(3, ["The three men arrested in a dawn raid in General Santos on Monday"],
  "ARR", "2026-02-09", "day", "General Santos", "PH", None, None, None, "police", None, False,
  "Restated arrest, its own event in this document (events_holdout23): 'on Monday' vs Tuesday -> 9 February. 'remained in police custody' -> police. The fertiliser and motorcycles belong to it; '8 kilograms', 'two motorcycles' are not casualties."),
E(3, ["a bomb left on a bus near Banga killed five passengers"],
  "IED", "2017-01-01", "year", "Banga", "PH", 5, None, "exact", None, None, True,
  "'in 2017' -> year, background. A bomb left on a bus -> Remote explosive/landmine/IED, no actor -> null. 'near Banga' -> Banga. 'killed five passengers' -> 5, exact. 'P3 million', '400 additional police officers', '12,000 workers' are not casualties."),
]

# -------------------------------------------------------------- holdout26-004
ARTICLES.append(A(4, "en", "article", "2026-02-20T08:00:00Z",
"Polomolok bombing suspects charged with multiple murder",
"""
GENERAL SANTOS CITY - Three men arrested in a dawn raid in this city on February 9 were produced before the Regional Trial Court here on Thursday and charged with multiple murder and multiple frustrated murder over the twin suicide bombing in Polomolok.

The February 8 attack on the town's public market and bus terminal killed 25 people, the two bombers among them, and wounded 63. It was claimed by the Islamic State group.

Judge Corazon Villaflor ordered the three, aged 23, 27 and 34, remanded at the city jail pending trial. Prosecutors told the court the men had stored the explosives in a rented house in the city and bought the nails used in the vests in Koronadal. The next hearing in Criminal Case No. 26-1187 is set for March 12 at 9 a.m.

The tricycle driver held at a checkpoint in Tupi on February 9, who faces a lesser charge of harbouring, was released on bail of P200,000 on Wednesday and must report to police twice a week. His lawyer said he had "no idea" who his passengers were.

Prosecutors also said a fourth suspect, a 38-year-old welder accused of assembling the vests, had been arrested by the Criminal Investigation and Detection Group in Alabel, Sarangani province, on Tuesday. He will be brought to court next week. The landlady of the bombers' rented room was summoned to testify as a witness.

Outside the courthouse, about 40 relatives of victims held up photographs of the dead. "We want the whole network, not just the small fish," said one woman, whose 15-year-old son lost a leg in the market blast.

The court set up a video link so that 12 wounded survivors still in hospital in Koronadal can testify.
"""))
GOLD += [
E(4, ["Three men arrested in a dawn raid in this city on February 9"],
  "ARR", "2026-02-09", "day", "General Santos", "PH", None, None, None, "police", None, False,
  "Told through its follow-up ('produced before the Regional Trial Court', 'charged', 'remanded'): one Arrests event for the original arrest, dated at the arrest (9 February), not a new one. 'in this city' = the dateline, General Santos. Actor from the cluster's earlier documents (the police raid, fr 002 and 003) -> 'police'. 'aged 23, 27 and 34', 'No. 26-1187', 'March 12 at 9 a.m.' are not casualties."),
E(4, ["twin suicide bombing in Polomolok", "The February 8 attack on the town's public market and bus terminal"],
  "SUI", "2026-02-08", "day", "Polomolok", "PH", 25, 63, "exact", "Islamic State", "Islamic State", False,
  "'The February 8 attack' -> 8 February 2026. 'killed 25 people, the two bombers among them' -> 25 (inside), exact (a wounded teacher died on 12 February, see 005); 'wounded 63' -> 63. 'It was claimed by the Islamic State group' -> 'Islamic State'. One event for the two sites."),
E(4, ["The tricycle driver held at a checkpoint in Tupi on February 9"],
  "ARR", "2026-02-09", "day", "Tupi", "PH", None, None, None, "police", None, False,
  "Restated arrest (003): dated at the arrest, 9 February, in Tupi; 'released on bail' on Wednesday is its follow-up, not a new event. Actor from 003 -> 'police'. 'P200,000', 'twice a week' are not casualties."),
E(4, ["a fourth suspect, a 38-year-old welder accused of assembling the vests, had been arrested"],
  "ARR", "2026-02-17", "day", "Alabel", "PH", None, None, None, "police", None, False,
  "'on Tuesday' vs Friday 20 February -> 17 February. The CIDG is a police unit -> 'police'. 'Alabel, Sarangani province' -> Alabel. The landlady 'summoned to testify as a witness' is not arrested. '38-year-old', 'about 40 relatives', '15-year-old son', '12 wounded survivors' are not casualty figures of an event (the 12 are a subset of the 63)."),
]

# -------------------------------------------------------------- holdout26-005
ARTICLES.append(A(5, "en", "article", "2026-02-13T06:00:00Z",
"Marites Gonzaga, 52: the teacher who went back for her pupils",
"""
POLOMOLOK, South Cotabato - For 28 years, Marites Gonzaga taught Grade 4 at the central elementary school, two blocks from the public market. On Sunday morning she was buying fish for a school fundraiser when the first bomber detonated his vest.

Her sister Lorna said she had already reached the street when she turned back to look for two of her pupils, who had been helping her carry baskets. Both children survived with minor cuts. Mrs Gonzaga was hit by shrapnel in the chest and back.

She died on Thursday afternoon in the provincial hospital in Koronadal, after two operations, raising the toll of the twin suicide bombing to 25, including the two bombers. Sixty-three people were wounded in the attacks on the market and the bus terminal, which the Islamic State group claimed.

"She had 41 children in her class this year, and she knew all their birthdays," said the school principal, Edwin Catalan, 59.

Mrs Gonzaga was no stranger to violence. In 2014, when she taught in a village school, a bomb planted on a jeepney near Tantangan injured 11 people, three of them her pupils. "She spent weeks visiting them," her sister said.

On Wednesday, about 2,000 residents, many of them plantation workers, marched from the market to the municipal hall to demand more police checkpoints on the highway. The rally ended peacefully after the mayor came out to receive their petition.

Her wake is being held at the family home on Purok 7, and she will be buried on Saturday at 2 p.m. Her former pupils have collected P48,000 for her two grandchildren.
"""))
GOLD += [
E(5, ["the first bomber detonated his vest", "the twin suicide bombing"],
  "SUI", "2026-02-08", "day", "Polomolok", "PH", 25, 63, "exact", "Islamic State", "Islamic State", False,
  "'On Sunday morning' vs Friday 13 February -> 8 February. A wounded teacher died on Thursday, 'raising the toll ... to 25, including the two bombers' -> 25 (inside), exact; 'Sixty-three people were wounded' -> 63 (not reduced by her death, events_holdout16). 'which the Islamic State group claimed' -> 'Islamic State'. '28 years', 'Grade 4', '41 children', '59', 'two operations' are not casualties. Her death is part of this event, not a new one."),
E(5, ["a bomb planted on a jeepney near Tantangan injured 11 people"],
  "IED", "2014-01-01", "year", "Tantangan", "PH", None, 11, "exact", None, None, True,
  "'In 2014' -> year, background. A planted bomb, no actor -> null. 'injured 11 people, three of them her pupils' -> 11 (the three are a subset), exact."),
E(5, ["about 2,000 residents, many of them plantation workers, marched from the market"],
  "PP", "2026-02-11", "day", "Polomolok", "PH", None, None, None, None, None, False,
  "'On Wednesday' vs Friday 13 February -> 11 February. A march with a demand that 'ended peacefully' -> Peaceful protest, null actor. 'about 2,000 residents' are participants. The wake and burial are not coded. 'Purok 7', '2 p.m.', 'P48,000' are not casualties."),
]
