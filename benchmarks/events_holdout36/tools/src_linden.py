"""Authoring source of benchmarks/events_holdout36 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Linden, Guyana cluster (holdout36-016 to 020; English and French),
two suicide bombers on Saturday 7 November 2026 at two sites of one town (the
Mackenzie market and the bus park at the Wismar end of the Demerara River
bridge, about 600 m and six minutes apart; Mackenzie and Wismar are parts of
Linden): an English wire with a "LINDEN, Guyana (Wire) -" dateline, the first
report, with an early toll, a speculation and an older attack (016), the
French transcript of a radio call-in show ("libre antenne") in French Guiana
telling the claim, its inflated toll, a denial, a "pourraient avoir été", an
arrest, a man questioned and released and a toll revised on air (fr 017),
English letters to the editor signed with towns, with a release without
charge, a restated arrest, a peaceful march and an older grenade (018), an
English statement of the Director of Public Prosecutions on charges (019),
and a French report on a victim's funeral in French Guiana quoting the
homily, with an older armed clash (fr 020). Guyana is UTC-4 (French Guiana
UTC-3): every document is published between 04:00 and 23:59 UTC, so its local
date is its UTC date. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout36")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout36-016
ARTICLES.append(A(16, "en", "article", "2026-11-07T21:00:00Z",
"Twin suicide blasts kill at least seven in Guyana mining town",
"""
LINDEN, Guyana (Wire) - Two suicide bombers set off explosives six minutes apart at a market and a bus park in the Guyanese mining town of Linden on Saturday, killing at least seven people and wounding more than 30, police said.

The first blast tore through the Mackenzie market at about 11:20 a.m., when the Saturday crowd was at its peak. The second bomber blew himself up at the bus park at the Wismar end of the Demerara River bridge, about 600 metres away, where minibuses leave for Georgetown, 105 km to the north.

"Seven people are confirmed dead and more than 30 are being treated," Police Commissioner Clifton Hendricks said outside the Linden Hospital Complex, which has 150 beds. Twelve of the injured were taken by road to Georgetown. Officials did not say whether the dead included the bombers.

The commissioner said it was "too early" to name a culprit. A senior officer told Wire that the attackers "may have been" in contact with Islamic State recruiters elsewhere in the Caribbean, but gave no details.

Linden, a town of about 29,000 people built around its bauxite mines, has rarely known such violence. In 2020, gunmen killed three miners in a raid on a gold camp near Mahdia, in the interior; the attackers were never identified.

The government closed the bridge, set up roadblocks on the Soesdyke-Linden Highway and declared three days of national mourning. The president called the bombings "an attack on every Guyanese".

Marcia Thom, 52, said she had just sold a bunch of plantains for G$600 when the first explosion shook the market. "The roof came down. I saw a little boy in a red shirt lying there," she said.

Guyana, a country of about 800,000 people, has become one of the world's fastest-growing economies since oil production began offshore, and now pumps some 900,000 barrels a day. The attack is the deadliest in the country in decades.
"""))
GOLD += [
E(16, ["Two suicide bombers set off explosives six minutes apart", "The first blast tore through the Mackenzie market", "The second bomber blew himself up", "called the bombings", "the first explosion shook the market", "The attack is the deadliest"],
  "SUI", "2026-11-07", "day", "Linden", "GY", 7, 30, "at_least", None, None, False,
  "'on Saturday' in a Saturday 7 November 2026 wire -> 7 November. Two sites of one town (the Mackenzie market and the bus park at the Wismar end of the bridge, both parts of Linden, about 600 m and six minutes apart) -> ONE Suicide bomb event coded to Linden (a neighbourhood is coded as its town, dev). First toll: 'killing at least seven people and wounding more than 30' -> 7 at_least ('Officials did not say whether the dead included the bombers': taken as stated), injured 30 ('more than 30'); the qualifier is the killed figure's. The officer's 'may have been in contact' with Islamic State recruiters is speculation; 'too early' -> null. Not casualties: '11:20 a.m.', '600 metres', '105 km', '150 beds', 'Twelve of the injured' (moved, a subset), '29,000 people', 'three days', '52' (an age), 'G$600', '800,000 people', '900,000 barrels'."),
E(16, ["gunmen killed three miners in a raid on a gold camp near Mahdia"],
  "ATK", "2020-01-01", "year", "Mahdia", "GY", 3, None, "exact", None, None, True,
  "'In 2020' -> year, background. Unnamed gunmen killing three miners in a raid on a camp -> Violence against civilians / Attack, null ('the attackers were never identified'). 'killed three miners' -> 3, exact."),
]

# -------------------------------------------------------------- holdout36-017
ARTICLES.append(A(17, "fr", "transcript", "2026-11-09T23:30:00Z",
"Libre antenne - « Linden, c'est à côté de chez nous » (transcription)",
"""
ANIMATRICE (Sylvie Lanou) : Bonsoir la Guyane, et bienvenue dans la libre antenne de Radio Fleuve, sur le 98.6. Ce soir, nous parlons de Linden. Samedi, deux kamikazes se sont fait exploser à six minutes d'intervalle au marché de Mackenzie et à la gare routière de Wismar, deux quartiers de cette ville minière du Guyana voisin. Selon la police guyanienne, le bilan est de treize morts, sans compter les deux kamikazes, et de trente-huit blessés. Hier soir, l'organisation État islamique a revendiqué le double attentat en affirmant avoir tué « plus de cinquante croisés ». La police juge la revendication crédible. L'ELN, la guérilla colombienne dont le nom circulait sur les réseaux sociaux, a démenti. Le standard est ouvert au 0594 29 98 60.

AUDITEUR (Jean-Claude, Saint-Laurent-du-Maroni) : Bonsoir Sylvie. Mon neveu vend des fruits au marché de Mackenzie. Il a été blessé à la jambe, il est à l'hôpital de Linden, il va bien. Il fait 600 kilomètres de route chaque mois pour vendre ses ramboutans.

ANIMATRICE : On lui souhaite un bon rétablissement. Nadia, à Kourou, vous êtes à l'antenne.

AUDITRICE (Nadia, Kourou) : Ce qui me fait peur, c'est la frontière. On entend que les kamikazes pourraient avoir été recrutés sur internet. Qui surveille ça ?

ANIMATRICE : C'est ce que dit un responsable de la police, Nadia, mais rien n'est confirmé. En revanche, la police a annoncé l'arrestation de deux hommes dimanche à Lethem, à la frontière brésilienne.

AUDITEUR (Patrick, Cayenne) : Mon beau-frère est chauffeur de minibus à Linden. Il a été interrogé toute la nuit de samedi par la police, puis relâché dimanche matin.

ANIMATRICE : Merci Patrick. Il est 19 h 40. Une information vient de tomber : une femme grièvement blessée au marché est morte cet après-midi à l'hôpital de Georgetown. Le bilan passe donc à seize morts, kamikazes compris. Nos pensées vont aux familles.

AUDITRICE (Josiane, Matoury) : Ma fille devait prendre le bus de 7 heures pour Georgetown samedi. Elle l'a raté de dix minutes. Dieu merci.

ANIMATRICE : On se retrouve demain à 18 heures. Bonne soirée.
"""))
GOLD += [
E(17, ["deux kamikazes se sont fait exploser à six minutes d'intervalle", "a revendiqué le double attentat"],
  "SUI", "2026-11-07", "day", "Linden", "GY", 16, 38, "exact", "Islamic State", "Islamic State", False,
  "'Samedi' in a Monday 9 November 2026 show -> 7 November. Two sites in two parts of Linden (the Mackenzie market and the Wismar bus station, « deux quartiers de cette ville ») -> one event, Linden. Toll revised on air: « treize morts, sans compter les deux kamikazes, et de trente-huit blessés » (13 + 2 = 15) -> « seize morts, kamikazes compris » (after a woman died this afternoon; the last figure) -> 16, injured 38 (not reduced by the death), exact. « Hier soir, l'organisation État islamique a revendiqué » (Sunday 8 November), judged « crédible » by the police -> claimant and perpetrator. Its « plus de cinquante croisés » is never used; the ELN's denial is not a claim; « pourraient avoir été recrutés » is speculation. The nephew 'blessé à la jambe' is one of the wounded. Not casualties: '98.6', '0594 29 98 60', '600 kilomètres', '19 h 40', '7 heures', 'dix minutes', '18 heures'."),
E(17, ["l'arrestation de deux hommes dimanche à Lethem"],
  "ARR", "2026-11-08", "day", "Lethem", "GY", None, None, None, "police", None, False,
  "'dimanche' vs Monday 9 November -> Sunday 8 November. Announced by the police -> Arrests, 'police'. The brother-in-law, « interrogé toute la nuit ... puis relâché », is not arrested."),
]

# -------------------------------------------------------------- holdout36-018
ARTICLES.append(A(18, "en", "article", "2026-11-12T12:00:00Z",
"Letters: After Linden, the interior needs more than roadblocks",
"""
Dear Editor,

Saturday's twin suicide bombing in Linden has now killed 17 people, including the two bombers, since a nurse died of her wounds on Tuesday. Islamic State's claim, which the Commissioner has called credible, should end the talk of a "local quarrel". I counted 1,900 police officers on the streets of Georgetown this week. Where were they in Linden?

Rohan Persaud, Georgetown

Dear Editor,

My neighbour's son, 19, was arrested on Monday at his home in Linden because he had prayed in the same mosque as one of the bombers. He was released without charge on Wednesday, after two nights in a cell. Nobody apologised. The two men arrested at Lethem on Sunday are the ones who should answer questions, not a boy who sells phone cards for G$1,000.

Fazia Khan, Linden

Dear Editor,

We in Region Two have not forgotten 2019, when a grenade was thrown into a rum shop in Anna Regina and four people were wounded. The culprits were never found. We were told then that the interior and the coast would get more police. We got six new officers for a region of 46,000 people.

Devon Adams, Anna Regina

Dear Editor,

I marched on Tuesday with some 5,000 others from Stabroek Market to the Parliament Building, to demand that the government protect our markets and bus parks. It was peaceful and dignified; police officers even handed out water. Let the government hear us before the G$200 million budget for "border security" is spent on new cars.

Patricia Singh, Rosignol

Dear Editor,

The bombings should not make us forget the many Muslims of Linden who gave blood on Saturday. My own mosque sent 40 donors before noon.

Imran Baksh, Wismar
"""))
GOLD += [
E(18, ["Saturday's twin suicide bombing in Linden", "The bombings should not make us forget"],
  "SUI", "2026-11-07", "day", "Linden", "GY", 17, None, "exact", "Islamic State", "Islamic State", False,
  "'Saturday's' in Thursday 12 November 2026 letters -> 7 November, current. 'has now killed 17 people, including the two bombers' (a nurse died on Tuesday) -> 17, exact; no injured figure -> null. 'Islamic State's claim, which the Commissioner has called credible' -> claimant and perpetrator. Not casualties: '1,900 police officers', '19' (an age), 'two nights', 'G$1,000', 'six new officers', '46,000 people', '5,000 others' (marchers), 'G$200 million', '40 donors'. The letters' towns (Georgetown, Linden, Anna Regina, Rosignol, Wismar) are signatures."),
E(18, ["My neighbour's son, 19, was arrested on Monday at his home in Linden"],
  "ARR", "2026-11-09", "day", "Linden", "GY", None, None, None, "police", None, False,
  "'on Monday' vs Thursday 12 November -> 9 November. 'released without charge on Wednesday, after two nights in a cell': an arrest followed by a release without charge stays an Arrests event. No force named in the letter; the cluster's police -> 'police'."),
E(18, ["The two men arrested at Lethem on Sunday"],
  "ARR", "2026-11-08", "day", "Lethem", "GY", None, None, None, "police", None, False,
  "'on Sunday' vs Thursday 12 November -> 8 November. A restated arrest -> its own Arrests event in this document, 'police'."),
E(18, ["a grenade was thrown into a rum shop in Anna Regina"],
  "GRN", "2019-01-01", "year", "Anna Regina", "GY", None, 4, "exact", None, None, True,
  "'2019' -> year, background. A thrown grenade -> Grenade, culprits 'never found' -> null. 'four people were wounded' -> injured 4, exact. Anna Regina is also the signature town of this letter."),
E(18, ["I marched on Tuesday with some 5,000 others", "It was peaceful and dignified"],
  "PP", "2026-11-10", "day", "Georgetown", "GY", None, None, None, None, None, False,
  "'on Tuesday' vs Thursday 12 November -> 10 November. A march from Stabroek Market to the Parliament Building (both in Georgetown) with a demand, peaceful -> Peaceful protest, null. The letter is signed in Rosignol, which holds no event."),
]

# -------------------------------------------------------------- holdout36-019
ARTICLES.append(A(19, "en", "article", "2026-11-13T18:00:00Z",
"Director of Public Prosecutions: statement on charges in the Linden bombing case",
"""
OFFICE OF THE DIRECTOR OF PUBLIC PROSECUTIONS
PRESS STATEMENT - Friday 13 November 2026

Re: the twin suicide bombing in Linden on Saturday 7 November 2026

1. The Director of Public Prosecutions has reviewed the files sent by the Guyana Police Force on the bombing at the Mackenzie market and the Wismar bus park, which killed 17 people, including the two bombers, and injured 38 others.

2. On the Director's advice, the two men arrested at Lethem on Sunday 8 November, aged 23 and 31, were charged today with 15 counts of murder and with terrorism offences. They appeared before the Linden Magistrate's Court, Court No. 3, and were remanded to prison until 4 December.

3. A 45-year-old gold trader, who was arrested at the Cheddi Jagan International Airport at Timehri on Tuesday 10 November as he prepared to board a flight to Panama, was charged today with financing terrorism. He is alleged to have paid G$2.4 million for the explosives used in the attack. The offence carries a sentence of up to 20 years.

4. The Director has advised that no charge be brought against a 19-year-old man who was arrested in Linden on Monday 9 November and released on Wednesday 11 November. Three other persons who were questioned by the police are not suspects and should not be named.

5. The Director notes that the group calling itself the Islamic State has claimed responsibility for the attack. The charges do not depend on that claim.

6. All accused persons are presumed innocent until proven guilty. The media are reminded that publishing material likely to prejudice a fair trial is a contempt of court, punishable by a fine of up to G$1 million or six months in prison.

7. The Director thanks the 60 officers of the Major Crimes Unit who worked on the files, and the families of the 15 victims for their patience.

Case reference: DPP/LIN/1147/2026. Media enquiries: 225 4410, between 8 a.m. and 4 p.m.
"""))
GOLD += [
E(19, ["the twin suicide bombing in Linden on Saturday 7 November 2026", "the bombing at the Mackenzie market and the Wismar bus park", "the explosives used in the attack", "claimed responsibility for the attack"],
  "SUI", "2026-11-07", "day", "Linden", "GY", 17, 38, "exact", "Islamic State", "Islamic State", False,
  "'on Saturday 7 November 2026' -> 7 November, current (Friday 13 November statement). 'killed 17 people, including the two bombers, and injured 38 others' -> 17, 38, exact; '15 counts of murder' and 'the 15 victims' are the victims who were not bombers (17 - 2), consistent. 'the Islamic State has claimed responsibility for the attack', told and not disputed ('The charges do not depend on that claim') -> claimant and perpetrator. Not casualties: '23 and 31', 'Court No. 3', '4 December', '45-year-old', 'G$2.4 million', '20 years' (a sentence), '19-year-old', 'Three other persons' (questioned), 'G$1 million', 'six months', '60 officers', 'DPP/LIN/1147/2026', '225 4410', '8 a.m. and 4 p.m.'."),
E(19, ["the two men arrested at Lethem on Sunday 8 November"],
  "ARR", "2026-11-08", "day", "Lethem", "GY", None, None, None, "police", None, False,
  "'on Sunday 8 November' -> 8 November. Told through its judicial follow-up ('charged today ... remanded to prison until 4 December'): one Arrests event at the arrest's place and day. The Guyana Police Force made the files -> 'police'."),
E(19, ["who was arrested at the Cheddi Jagan International Airport at Timehri"],
  "ARR", "2026-11-10", "day", "Timehri", "GY", None, None, None, "police", None, False,
  "'on Tuesday 10 November' -> 10 November. The cluster's suspected facilitator (the gold trader who paid for the explosives). The airport is at Timehri -> Timehri. Charged 'today': the follow-up of this arrest. 'police'."),
E(19, ["a 19-year-old man who was arrested in Linden on Monday 9 November"],
  "ARR", "2026-11-09", "day", "Linden", "GY", None, None, None, "police", None, False,
  "'on Monday 9 November' -> 9 November. 'released on Wednesday 11 November', no charge to be brought: an arrest followed by a release stays an Arrests event, 'police'. The three persons 'questioned by the police' are not arrested."),
]

# -------------------------------------------------------------- holdout36-020
ARTICLES.append(A(20, "fr", "article", "2026-11-15T16:00:00Z",
"« Il était venu vendre ses fruits » : l'homélie aux obsèques d'Éric Linguet, tué à Linden",
"""
Plus de 800 personnes ont assisté samedi, à Saint-Laurent-du-Maroni, aux obsèques d'Éric Linguet, 34 ans, l'une des victimes du double attentat-suicide du 7 novembre à Linden, au Guyana. Ce vendeur de fruits a été tué au marché de Mackenzie, où il tenait un étal depuis 2019. L'attentat, revendiqué par l'État islamique, a fait dix-huit morts, dont les deux kamikazes, et trente-huit blessés, après le décès samedi d'un chauffeur de minibus. Voici des extraits de l'homélie du père Antoine Lamarre.

« Éric était venu vendre ses fruits. Il faisait chaque mois 600 kilomètres, en pirogue puis en bus, pour vendre ses ramboutans et ses mangues. Il n'était pas un soldat. Il n'était pas un croisé, quoi qu'en disent ceux qui ont revendiqué ce massacre et qui se vantent d'avoir tué cinquante personnes.

Notre fleuve a déjà pleuré. En mars 2024, deux orpailleurs ont été tués près de Papaïchton lors d'un échange de tirs avec des gendarmes. Nous avions prié pour eux aussi, car toute vie compte.

Je sais que la colère est grande. On me dit qu'un négociant en or a été arrêté mardi à l'aéroport de Timehri, soupçonné d'avoir payé les explosifs. Je ne juge pas. La justice le fera.

Éric laisse Mireille, son épouse, et trois enfants de 12, 9 et 4 ans. Il voulait agrandir sa maison du quartier de la Charbonnière et avait déjà acheté 40 sacs de ciment.

Frères et sœurs, ne laissons pas la haine entrer dans nos cœurs. Le Maroni a toujours été un fleuve de passage, pas une frontière. »

À la sortie de l'église, une quête a permis de réunir 3 200 euros pour la famille. La mairie prend en charge les frais d'obsèques, soit environ 4 500 euros. Le corps avait été rapatrié jeudi par la route, via le bac de Rosignol, dans un convoi de 3 véhicules.
"""))
GOLD += [
E(20, ["double attentat-suicide du 7 novembre à Linden", "L'attentat, revendiqué par l'État islamique", "ceux qui ont revendiqué ce massacre"],
  "SUI", "2026-11-07", "day", "Linden", "GY", 18, 38, "exact", "Islamic State", "Islamic State", False,
  "'du 7 novembre' -> 7 November, eight days before Sunday 15 November 2026 -> current. The victim was killed at the Mackenzie market, in Linden. 'dix-huit morts, dont les deux kamikazes, et trente-huit blessés' (a minibus driver died on Saturday) -> 18 (bombers inside), 38, exact. 'revendiqué par l'État islamique' -> claimant and perpetrator. The claimants' boast of 'cinquante personnes' is never used. Not casualties: '800 personnes' (mourners), '34 ans', '2019', '600 kilomètres', '12, 9 et 4 ans', '40 sacs', '3 200 euros', '4 500 euros', '3 véhicules'. The funeral is mourning, not coded."),
E(20, ["deux orpailleurs ont été tués près de Papaïchton lors d'un échange de tirs avec des gendarmes"],
  "BAT", "2024-03-01", "month", "Papaïchton", "GF", 2, None, "exact", None, None, True,
  "'En mars 2024' -> month, background. An exchange of fire between gold miners and gendarmes in French Guiana (ISO code GF) -> Battles / Armed clash; the text does not say who opened fire -> null. 'deux orpailleurs ont été tués' -> killed 2, exact."),
E(20, ["un négociant en or a été arrêté mardi à l'aéroport de Timehri"],
  "ARR", "2026-11-10", "day", "Timehri", "GY", None, None, None, "police", None, False,
  "'mardi' vs Sunday 15 November -> Tuesday 10 November. The facilitator's arrest restated; the airport is at Timehri. No force named; the cluster's police -> 'police'."),
]
