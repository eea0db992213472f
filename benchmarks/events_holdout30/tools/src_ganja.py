"""Authoring source of benchmarks/events_holdout30 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Ganja, Azerbaijan cluster (holdout30-012 to 016; English and
French), two suicide bombers on the evening of Friday 19 June 2026 at two
sites of one town (the central bazaar and the railway station, about 900 m
and eight minutes apart): an English wire's first report (012), a French TV
transcript with a revised toll, the claim and an arrest (fr 013), an English
story on a facilitator arrested in Georgia and a group that denies (014), an
interview in Q&A form with a security analyst full of older attacks (015)
and a French story on a protest dispersed with water cannon and the
suspects' detention (fr 016). French texts write "Gandja", "Mingatchevir"
and "Soumgaït"; the gold keeps the English spellings. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout30")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout30-012
ARTICLES.append(A(12, "en", "article", "2026-06-19T19:40:00Z",
"At least eight killed as suicide bombers hit Azerbaijan's Ganja",
"""
GANJA, Azerbaijan (Caucasus Wire) - At least eight people were killed and dozens were wounded on Friday evening when two suicide bombers struck the centre of Ganja, Azerbaijan's second-largest city, officials said.

The first bomber blew himself up at about 6:45 p.m. at the entrance of the central bazaar, crowded with shoppers before the weekend. Eight minutes later a second man detonated an explosive belt in the hall of the railway station, some 900 metres away, as police and ambulances rushed towards the market.

"I saw people lying on the ground between the fruit stalls," said a 52-year-old trader who gave his name as Rauf. Ganja's city hospital No. 1 called in off-duty staff, and 14 ambulances were sent from Baku, about 360 km to the east.

No group has claimed responsibility. A senior interior ministry official told state television that "foreign-trained militants may have been" behind the attack. Prosecutors opened a criminal case under article 214 of the criminal code, which covers terrorism.

President's office aides said the head of state had ordered the borders with Georgia and Russia tightened. Trains between Ganja and Baku were suspended for the night.

Azerbaijan has seen few attacks on civilians. In 2021, police in Sumgait arrested three men suspected of planning to bomb a shopping centre, seizing 7 kilograms of explosives in a garage.

A hotline, 0800 12 19 19, was opened for relatives.
"""))
GOLD += [
E(12, ["two suicide bombers struck the centre of Ganja"],
  "SUI", "2026-06-19", "day", "Ganja", "AZ", 8, 12, "at_least", None, None, False,
  "'on Friday evening' = publication day, 19 June. Two sites of one town (the central bazaar and the railway station, about 900 m and eight minutes apart) -> ONE Suicide bomb event. 'At least eight ... killed and dozens ... wounded' -> 8 at_least, 'dozens' -> 12 (at_least). No claim; 'may have been' (unnamed foreign-trained militants) is speculation -> null. '6:45 p.m.', 'Eight minutes', '900 metres', '52-year-old', 'hospital No. 1', '14 ambulances', '360 km', 'article 214', the hotline are not casualties."),
E(12, ["police in Sumgait arrested three men"],
  "ARR", "2021-01-01", "year", "Sumgait", "AZ", None, None, None, "police", None, True,
  "'In 2021' -> year, background. Police -> 'police'; the '7 kilograms of explosives' seized belong to the arrest."),
]

# -------------------------------------------------------------- holdout30-013
ARTICLES.append(A(13, "fr", "transcript", "2026-06-20T18:00:00Z",
"Le Journal du monde - samedi 20 juin, 20 heures",
"""
PRÉSENTATEUR : Bonsoir. L'Azerbaïdjan sous le choc au lendemain du double attentat-suicide de Gandja, la deuxième ville du pays. Hier soir, les autorités parlaient d'au moins huit morts. Ce soir, le bilan officiel est beaucoup plus lourd. Notre envoyée spéciale, Claire Dumont, est à Gandja.

ENVOYÉE SPÉCIALE : Oui, le procureur général a annoncé en fin d'après-midi dix-sept morts, en plus des deux kamikazes, et plus de quatre-vingts blessés, dont une douzaine entre la vie et la mort. Derrière moi, l'entrée du grand bazar est encore fermée par des barrières, et des bouquets s'entassent sur le trottoir.

PRÉSENTATEUR : Et l'attentat a été revendiqué.

ENVOYÉE SPÉCIALE : Oui, l'organisation État islamique a revendiqué l'attaque cet après-midi, par un message de son agence de propagande. Les autorités azerbaïdjanaises disent prendre cette revendication très au sérieux et ne la contestent pas.

PRÉSENTATEUR : Y a-t-il déjà des arrestations ?

ENVOYÉE SPÉCIALE : Ce matin, à l'aube, les agents du Service de sécurité de l'État ont interpellé quatre hommes à Mingatchevir, à une centaine de kilomètres d'ici. Ils ont entre 24 et 41 ans. Selon nos informations, l'un d'eux aurait loué l'appartement où les ceintures d'explosifs ont été assemblées. Une cinquantaine de personnes ont également été interrogées dans la journée, puis relâchées.

PRÉSENTATEUR : Comment réagit la population ?

ENVOYÉE SPÉCIALE : Par la peur, surtout. Les commerçants du bazar ne savent pas quand ils pourront rouvrir. Les obsèques des premières victimes ont eu lieu ce matin, et une journée de deuil national est prévue lundi.

PRÉSENTATEUR : Merci Claire. Les trains entre Bakou et Gandja circulent de nouveau depuis 10 heures ce matin.
"""))
GOLD += [
E(13, ["double attentat-suicide de Gandja"],
  "SUI", "2026-06-19", "day", "Ganja", "AZ", 19, 80, "exact", "Islamic State", "Islamic State", False,
  "'au lendemain' / 'Hier soir' vs Saturday 20 June -> 19 June. Revised toll: « au moins huit morts » (Friday) -> « dix-sept morts, en plus des deux kamikazes, et plus de quatre-vingts blessés » -> 17 + 2 = 19, exact; 'plus de quatre-vingts' -> 80 (more_than), the qualifier describes the killed figure -> exact. « une douzaine entre la vie et la mort » is a subset. « l'organisation État islamique a revendiqué » and the authorities 'ne la contestent pas' -> claimant and perpetrator. 'Gandja' is the French spelling of Ganja. Funerals and national mourning are not coded."),
E(13, ["les agents du Service de sécurité de l'État ont interpellé quatre hommes à Mingatchevir"],
  "ARR", "2026-06-20", "day", "Mingachevir", "AZ", None, None, None, "police", None, False,
  "'Ce matin, à l'aube' = Saturday 20 June. The State Security Service -> 'police'. 'Mingatchevir' is the French spelling of Mingachevir. 'une centaine de kilomètres', 'entre 24 et 41 ans' are not casualties. « Une cinquantaine de personnes ... interrogées ... puis relâchées » are not arrested."),
]

# -------------------------------------------------------------- holdout30-014
ARTICLES.append(A(14, "en", "article", "2026-06-23T09:00:00Z",
"Georgia arrests suspected facilitator of Ganja bombing",
"""
TBILISI (Caucasus Wire) - Georgian police arrested a man in the town of Marneuli on Sunday on suspicion of helping the two suicide bombers who attacked Ganja, in neighbouring Azerbaijan, on Friday evening, Georgia's interior ministry said.

The 39-year-old, a Georgian citizen of Azerbaijani origin who runs a minibus service across the border, is suspected of driving the bombers from Tbilisi to the Red Bridge crossing on 16 June and of giving them two mobile phones. Investigators describe him as the cell's facilitator. Azerbaijan has asked for his extradition.

In Azerbaijan, State Security Service officers detained two more men in Shamkir, about 40 km west of Ganja, on Monday. They join the four suspects arrested in Mingachevir on Saturday.

The toll from the attack rose to 21 on Monday, including the two bombers, when two of the wounded died in Baku. The health ministry says 83 people were hurt.

Islamic State, which took credit for the bombing on Saturday, named the attackers as "Abu Dujana al-Azeri" and "Abu Talha al-Azeri". Ajnad al-Kavkaz, a small Chechen-led group that some Azerbaijani media had linked to the plot, denied any role in a message on Telegram.

Dozens of worshippers from a Ganja mosque were questioned at the weekend and released. A 17-year-old relative of one bomber was summoned to give evidence on Thursday.

Azerbaijani officials say about 900 of their nationals travelled to Syria and Iraq between 2013 and 2017, and that some 150 have returned.
"""))
GOLD += [
E(14, ["the two suicide bombers who attacked Ganja"],
  "SUI", "2026-06-19", "day", "Ganja", "AZ", 21, 83, "exact", "Islamic State", "Islamic State", False,
  "'on Friday evening' vs Tuesday 23 June -> 19 June. 'rose to 21 on Monday, including the two bombers' (the two who died in Baku are inside), '83 people were hurt' -> 21, 83, exact. 'Islamic State, which took credit' -> claimant and perpetrator; Ajnad al-Kavkaz only denies. '16 June' is the bombers' journey, not an event."),
E(14, ["Georgian police arrested a man in the town of Marneuli"],
  "ARR", "2026-06-21", "day", "Marneuli", "GE", None, None, None, "police", None, False,
  "'on Sunday' vs Tuesday 23 June -> 21 June. Georgian police arresting in Georgia -> 'police'. The suspected facilitator. '39-year-old', 'two mobile phones' are not casualties; the extradition request is not an event."),
E(14, ["State Security Service officers detained two more men in Shamkir"],
  "ARR", "2026-06-22", "day", "Shamkir", "AZ", None, None, None, "police", None, False,
  "'on Monday' vs Tuesday 23 June -> 22 June. The State Security Service -> 'police'. 'about 40 km' is a distance."),
E(14, ["the four suspects arrested in Mingachevir on Saturday"],
  "ARR", "2026-06-20", "day", "Mingachevir", "AZ", None, None, None, "police", None, False,
  "'on Saturday' vs Tuesday 23 June -> 20 June. Restated arrest (holdout30-013) -> its own event; no force named in this sentence, the State Security Service in holdout30-013 -> 'police'. 'Dozens of worshippers ... questioned ... released' and the '17-year-old ... summoned' are not arrested; '900', '2013 and 2017', '150' are not casualties."),
]

# -------------------------------------------------------------- holdout30-015
ARTICLES.append(A(15, "en", "article", "2026-06-26T07:00:00Z",
"'The Ganja cell was small, but it was not improvised': an interview",
"""
One week after the twin suicide bombing in Ganja, we asked Leyla Hasanova, a security analyst who has studied militancy in the South Caucasus for 12 years, what the attack tells us.

Q: How unusual was the Ganja bombing?

A: Very. It killed 21 people, including the two bombers, and wounded 83. Islamic State claimed it, and I see no reason to doubt the claim. Azerbaijan has never seen a suicide attack on this scale.

Q: But it was not the first attack, was it?

A: No. In October 2017, a man with a knife attacked worshippers at a mosque in Sheki and wounded two of them. In 2019, someone threw a grenade into a wedding hall in Barda and injured 11 guests. In March 2023, the security service dismantled a cell in Lankaran and arrested six men who were recruiting online. And last November, a parcel bomb killed a postal worker in Sumgait. Each time, officials spoke of isolated cases.

Q: Who do you think organised Ganja?

A: The claim is Islamic State's. Some colleagues think Ajnad al-Kavkaz may have been involved in the logistics, even though it denies it. I think the network is local, with a facilitator across the border in Georgia.

Q: Six arrests in Azerbaijan and one in Georgia. Is that enough?

A: It is a start. But at least 150 returnees from Syria live in this country, and perhaps 30 percent of them were never questioned.

Q: What should the government do?

A: Invest in the regions. Youth unemployment in Ganja is above 20 percent. A reward of 50,000 manats will not replace that.
"""))
GOLD += [
E(15, ["the twin suicide bombing in Ganja", "the Ganja bombing"],
  "SUI", "2026-06-19", "day", "Ganja", "AZ", 21, 83, "exact", "Islamic State", "Islamic State", False,
  "'One week after' vs Friday 26 June -> 19 June. 'killed 21 people, including the two bombers, and wounded 83' -> 21, 83, exact. 'Islamic State claimed it' and the analyst does not doubt it -> claimant and perpetrator; her colleagues' 'may have been' about Ajnad al-Kavkaz (which denies) is speculation, not coded. 'Six arrests ... and one in Georgia' is a total, not an event. '12 years', '150 returnees', '30 percent', '20 percent', '50,000 manats' are not casualties."),
E(15, ["a man with a knife attacked worshippers at a mosque in Sheki"],
  "ATK", "2017-10-01", "month", "Sheki", "AZ", None, 2, "exact", None, None, True,
  "'In October 2017' -> month, background. An unnamed knifeman against worshippers -> Attack, null actor. 'wounded two' -> injured 2, exact."),
E(15, ["someone threw a grenade into a wedding hall in Barda"],
  "GRN", "2019-01-01", "year", "Barda", "AZ", None, 11, "exact", None, None, True,
  "'In 2019' -> year, background. A thrown grenade -> Grenade, null actor. 'injured 11' -> 11, exact."),
E(15, ["the security service dismantled a cell in Lankaran and arrested six men"],
  "ARR", "2023-03-01", "month", "Lankaran", "AZ", None, None, None, "police", None, True,
  "'In March 2023' -> month, background. A cell dismantled, with arrests -> Arrests (events_holdout23 Charleroi); the security service -> 'police'. 'six men' are arrestees."),
E(15, ["a parcel bomb killed a postal worker in Sumgait"],
  "IED", "2025-11-01", "month", "Sumgait", "AZ", 1, None, "exact", None, None, True,
  "'last November' vs June 2026 -> November 2025, month, background. A parcel bomb -> Remote explosive/landmine/IED, null actor. 'killed a postal worker' -> 1, exact."),
]

# -------------------------------------------------------------- holdout30-016
ARTICLES.append(A(16, "fr", "article", "2026-06-29T10:00:00Z",
"Azerbaïdjan : à Gandja, la colère des commerçants dispersée au canon à eau",
"""
Dix jours après le double attentat-suicide qui a fait vingt et un morts, dont les deux kamikazes, et quatre-vingt-trois blessés à Gandja, la colère est montée d'un cran dans la deuxième ville d'Azerbaïdjan. Dimanche, plusieurs centaines de commerçants du grand bazar, fermé depuis l'attaque, se sont rassemblés devant la mairie pour réclamer sa réouverture et des indemnités. La police a dispersé le rassemblement au canon à eau au bout d'une heure. Un manifestant de 60 ans a été légèrement blessé, selon ses proches.

L'attentat, revendiqué par l'organisation État islamique, reste dans toutes les têtes. Samedi, près de 2 000 personnes ont assisté aux obsèques d'une infirmière de 29 ans, dernière victime identifiée.

L'enquête, elle, avance. Les quatre hommes interpellés le 20 juin à Mingatchevir ont été placés jeudi en détention provisoire pour quatre mois par un tribunal de Bakou, tout comme les deux suspects de Shamkir. Le chauffeur de minibus arrêté le 21 juin à Marneuli, en Géorgie, a été extradé vendredi vers l'Azerbaïdjan. Un imam de Gandja, entendu pendant huit heures mercredi, a été laissé libre.

Les autorités ont promis 10 000 manats à chaque famille endeuillée. Le bazar, qui emploie quelque 3 000 personnes, pourrait rouvrir le 6 juillet, selon la mairie.
"""))
GOLD += [
E(16, ["double attentat-suicide qui a fait vingt et un morts"],
  "SUI", "2026-06-19", "day", "Ganja", "AZ", 21, 83, "exact", "Islamic State", "Islamic State", False,
  "'Dix jours après' vs Monday 29 June -> 19 June (10 days, current). « vingt et un morts, dont les deux kamikazes, et quatre-vingt-trois blessés » -> 21, 83, exact. « revendiqué par l'organisation État islamique » -> claimant and perpetrator. The funeral attended by 'près de 2 000 personnes' is not coded; '29 ans' is an age."),
E(16, ["plusieurs centaines de commerçants du grand bazar, fermé depuis l'attaque, se sont rassemblés devant la mairie"],
  "PI", "2026-06-28", "day", "Ganja", "AZ", None, 1, "exact", None, None, False,
  "'Dimanche' vs Monday 29 June -> 28 June. A rally dispersed with water cannon -> Protest with intervention, null actor (protests). 'Un manifestant de 60 ans a été légèrement blessé' -> injured 1, exact; '60 ans' is his age, 'une heure' a span, 'plusieurs centaines' protesters."),
E(16, ["Les quatre hommes interpellés le 20 juin à Mingatchevir"],
  "ARR", "2026-06-20", "day", "Mingachevir", "AZ", None, None, None, "police", None, False,
  "'le 20 juin'. 'placés jeudi en détention provisoire pour quatre mois' is this arrest's follow-up: one Arrests event at its place and day, not a new one. No force named; the State Security Service in holdout30-013 -> 'police'."),
E(16, ["deux suspects de Shamkir"],
  "ARR", None, None, "Shamkir", "AZ", None, None, None, "police", None, False,
  "Restated arrest with no day in this document ('placés jeudi en détention provisoire' is its follow-up, not its date) -> null date, not background (each document stands alone; events_holdout29 Pointe-Noire). The State Security Service in holdout30-014 -> 'police'."),
E(16, ["Le chauffeur de minibus arrêté le 21 juin à Marneuli"],
  "ARR", "2026-06-21", "day", "Marneuli", "GE", None, None, None, "police", None, False,
  "'le 21 juin'. The extradition on Friday is this arrest's follow-up, not a new event. Georgian police in holdout30-014 -> 'police'. The imam 'entendu pendant huit heures ... laissé libre' is not arrested. '10 000 manats', '3 000 personnes', '6 juillet' are not casualties."),
]
