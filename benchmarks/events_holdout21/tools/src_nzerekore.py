"""Authoring source of benchmarks/events_holdout21 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nzérékoré, Guinea cluster (holdout21-016 to 020; French and
English), two suicide bombers on Sunday 20 September 2026 at two sites of one
town (the central market and the entrance of the regional stadium, about
900 m apart, about twelve minutes apart): a news agency dispatch with an
« État islamique au Sahel pourrait être impliqué » (fr 016), an English next-day
report with the revised toll, a blockade cleared with tear gas and arrests
(017), the JNIM claim at a prosecutor's press conference, garde à vue,
witnesses and people summoned, and the Islamic State denial (fr 018), a
funeral that turns into a protest and a raid that turns into a clash (fr
020), and an English analysis dense with older attacks (019). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout21")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout21-016
ARTICLES.append(A(16, "fr", "article", "2026-09-20T15:00:00Z",
"Guinée : au moins sept morts dans un double attentat-suicide à Nzérékoré",
"""
NZÉRÉKORÉ (Agence Forêt Presse) - Au moins sept personnes ont été tuées et plusieurs dizaines d'autres blessées dimanche à Nzérékoré, capitale de la Guinée forestière, où deux kamikazes se sont fait exploser au grand marché puis à l'entrée du stade régional, selon la gendarmerie.

Le premier assaillant a déclenché sa ceinture vers 10 heures près des étals de tissus, à l'heure où les fidèles sortaient de la messe. Une douzaine de minutes plus tard, le second s'est fait exploser devant le stade, à quelque 900 mètres, où des supporters attendaient un match de la ligue régionale.

L'hôpital régional, qui ne compte que 120 lits, a lancé un appel aux donneurs de sang. « Nous opérons sur des brancards dans le couloir », a confié un chirurgien.

Aucune revendication n'avait été publiée dimanche après-midi. Selon un officier de l'armée, l'État islamique au Sahel « pourrait être impliqué », même si le groupe n'a jamais frappé en Guinée.

La région vivait déjà dans l'inquiétude. Samedi soir, des hommes armés ont enlevé le chef du village de Gouécké, à une quarantaine de kilomètres au nord, selon ses proches. Dans la nuit de vendredi à samedi, une patrouille militaire avait essuyé des tirs près de Diécké ; un soldat a été blessé.

Jeudi, la gendarmerie avait par ailleurs découvert et détruit deux engins explosifs cachés dans une plantation d'hévéas près de Womey.

Le gouverneur a décrété un couvre-feu de 19 heures à 6 heures et interdit la circulation des motos-taxis pour 72 heures. Nzérékoré, deuxième ville du pays avec environ 300 000 habitants, est un carrefour commercial entre la Guinée, le Liberia et la Côte d'Ivoire.
"""))
GOLD += [
E(16, ["deux kamikazes se sont fait exploser au grand marché puis à l'entrée du stade régional"],
  "SUI", "2026-09-20", "day", "Nzérékoré", "GN", 7, 12, "at_least", None, None, False,
  "'dimanche' = publication day, Sunday 20 September. Two sites of one town (the market and the stadium, about 900 m apart), twelve minutes apart -> ONE Suicide bomb event. 'Au moins sept personnes ont été tuées et plusieurs dizaines d'autres blessées' -> 7 killed (at_least), 12 injured ('plusieurs dizaines' -> 12, dev table; the qualifier describes killed). The Islamic State in the Sahel « pourrait être impliqué » is speculation -> null. '10 heures', 'Une douzaine de minutes' (a span, not 12 casualties), '900 mètres', '120 lits', '300 000 habitants' are not casualties."),
E(16, ["des hommes armés ont enlevé le chef du village de Gouécké"],
  "ABD", "2026-09-19", "day", "Gouécké", "GN", None, None, None, None, None, False,
  "'Samedi soir' vs Sunday 20 September -> 19 September. Unnamed 'hommes armés' -> null. 'une quarantaine de kilomètres' is a distance."),
E(16, ["une patrouille militaire avait essuyé des tirs près de Diécké"],
  "BAT", "2026-09-18", "day", "Diécké", "GN", None, 1, "exact", None, None, False,
  "'Dans la nuit de vendredi à samedi' vs Sunday 20 September -> Friday 18 September (nights dated at their start). Unnamed attackers of a patrol -> Armed clash with a null initiator (events_holdout19 Kobenni, Kaouara). 'un soldat a été blessé' -> 1 injured."),
E(16, ["la gendarmerie avait par ailleurs découvert et détruit deux engins explosifs"],
  "DWU", "2026-09-17", "day", "Womey", "GN", None, None, None, "police", None, False,
  "'Jeudi' vs Sunday 20 September -> 17 September. Devices found and destroyed on their own -> Disrupted weapons use; gendarmerie -> 'police'. A plantation near Womey -> Womey. 'deux engins' are devices, not casualties; '19 heures à 6 heures', '72 heures' are times."),
]

# -------------------------------------------------------------- holdout21-017
ARTICLES.append(A(17, "en", "article", "2026-09-21T10:00:00Z",
"Guinea bombing toll rises to 18 as youths block Nzérékoré roundabout",
"""
The toll from Sunday's twin suicide bombing in Nzérékoré, in Guinea's forest region, has risen to 18, the regional governor said on Monday morning.

Gendarmes had spoken of seven dead on Sunday afternoon. By evening the regional hospital had received 12 bodies, and four of the wounded died during the night. The governor put the toll at 16 dead, excluding the two bombers, and 71 wounded, about 20 of them in a serious condition. Among the dead are two players of a local football club who were warming up outside the stadium.

On Monday morning, hundreds of young men blocked the main roundabout of the town with burning tyres and tree trunks, demanding more soldiers in the region. Gendarmes fired tear gas to clear the road after about two hours. Two protesters and a gendarme were slightly hurt.

Gendarmes arrested three men at a checkpoint in Lola, about 40 km to the south-east, on Sunday evening. Their car carried Ivorian plates and a bag of detonators, a security source said. About 30 people, most of them market porters, have been questioned and released in Nzérékoré.

An army spokesman repeated that Islamic State's Sahel branch "may have been involved", but said that the investigation was "only beginning". No group has claimed the attack.

The bombing is the deadliest in Guinea's recent history. The government has sent 500 soldiers and two helicopters from Conakry, more than 900 km away by road, and has promised to pay the medical bills of the wounded. The curfew, from 7 p.m. to 6 a.m., remains in force.
"""))
GOLD += [
E(17, ["Sunday's twin suicide bombing in Nzérékoré", "The bombing is the deadliest"],
  "SUI", "2026-09-20", "day", "Nzérékoré", "GN", 18, 71, "exact", None, None, False,
  "'Sunday's' vs Monday 21 September -> 20 September. Revised toll inside the report: 'seven dead' -> '12 bodies' -> four died overnight -> '16 dead, excluding the two bombers, and 71 wounded' -> 16 + 2 = 18 ('excluding' adds the bombers; the title's 'rises to 18' says the same), 71, exact. 'about 20 of them in a serious condition' is a subset. Speculation only, 'No group has claimed' -> null. '500 soldiers', 'two helicopters', '900 km', '7 p.m. to 6 a.m.' are not casualties."),
E(17, ["hundreds of young men blocked the main roundabout of the town with burning tyres and tree trunks"],
  "PI", "2026-09-21", "day", "Nzérékoré", "GN", None, 3, "exact", None, None, False,
  "'On Monday morning' = publication day, 21 September. A road blockade with burning tyres cleared with tear gas -> Protest with intervention (events_holdout19 Ouangolodougou); null actor. 'Two protesters and a gendarme were slightly hurt' -> 2 + 1 = 3 injured (all sides), exact. 'hundreds' are participants; 'about two hours' a span."),
E(17, ["Gendarmes arrested three men at a checkpoint in Lola"],
  "ARR", "2026-09-20", "day", "Lola", "GN", None, None, None, "police", None, False,
  "'on Sunday evening' vs Monday 21 September -> 20 September. Gendarmes -> 'police'. '40 km' is a distance; the detonators belong to the arrest. 'About 30 people ... questioned and released' are not arrests."),
]

# -------------------------------------------------------------- holdout21-018
ARTICLES.append(A(18, "fr", "article", "2026-09-24T16:00:00Z",
"Nzérékoré : le JNIM revendique, le procureur annonce six interpellations",
"""
L'attentat de dimanche à Nzérékoré a été revendiqué par le Groupe de soutien à l'islam et aux musulmans (JNIM), lié à al-Qaïda, dans un message audio diffusé mercredi. Le groupe y affirme avoir tué « plus de quatre-vingts mécréants ».

Lors d'une conférence de presse jeudi, le procureur de la République près le tribunal de première instance de Nzérékoré a jugé la revendication « sérieuse » et écarté ce chiffre. Il a donné un bilan de 19 morts, dont les deux kamikazes, et de 71 blessés, après le décès mardi d'une vendeuse de 34 ans.

L'État islamique au Sahel, évoqué dimanche par un officier, a démenti toute implication.

Mardi, l'armée a interpellé cinq suspects à Beyla, à 180 kilomètres au nord, lors d'une fouille de maisons. Le logeur présumé des kamikazes, un commerçant de 47 ans, a été placé en garde à vue mercredi à Macenta par la gendarmerie ; il devait être présenté jeudi soir à un juge d'instruction.

« Une douzaine de personnes ont été entendues comme témoins et laissées libres », a précisé le procureur. Trois commerçants du grand marché ont été convoqués pour vendredi.

Mercredi, des militaires ont par ailleurs désamorcé une ceinture d'explosifs abandonnée dans une case près de Bignamou, à la frontière ivoirienne.

Ce n'est pas la première incursion du JNIM en Guinée. En mai 2025, ses combattants avaient attaqué un poste de gendarmerie à Niagassola, près de la frontière malienne, tuant deux gendarmes, une attaque que le groupe avait revendiquée.

Le procureur a rappelé qu'un numéro vert, le 115, restait ouvert, et qu'une récompense de 100 millions de francs guinéens était promise pour toute information.
"""))
GOLD += [
E(18, ["L'attentat de dimanche à Nzérékoré a été revendiqué par le Groupe de soutien à l'islam et aux musulmans (JNIM)"],
  "SUI", "2026-09-20", "day", "Nzérékoré", "GN", 19, 71, "exact", "JNIM", "JNIM", False,
  "'dimanche' vs Thursday 24 September -> 20 September. The prosecutor finds the claim serious and rejects only the claimant's figure (« plus de quatre-vingts », never used) -> claimant and perpetrator 'JNIM'. '19 morts, dont les deux kamikazes, et de 71 blessés' -> 19 (inside), 71, exact; the vendor who died on Tuesday raised it. The Islamic State denial is not a claim. '34 ans' is an age."),
E(18, ["l'armée a interpellé cinq suspects à Beyla"],
  "ARR", "2026-09-22", "day", "Beyla", "GN", None, None, None, "military", None, False,
  "'Mardi' vs Thursday 24 September -> 22 September. Army -> 'military'. '180 kilomètres' is a distance."),
E(18, ["Le logeur présumé des kamikazes, un commerçant de 47 ans, a été placé en garde à vue mercredi à Macenta par la gendarmerie"],
  "ARR", "2026-09-23", "day", "Macenta", "GN", None, None, None, "police", None, False,
  "'mercredi' vs Thursday 24 September -> 23 September. The suspected facilitator (the landlord); 'placé en garde à vue' is an arrest; gendarmerie -> 'police'. Being brought before an investigating judge is the same arrest's follow-up. '47 ans' is an age. The dozen people 'entendues comme témoins' and the three traders 'convoqués' are not arrests."),
E(18, ["des militaires ont par ailleurs désamorcé une ceinture d'explosifs abandonnée dans une case près de Bignamou"],
  "DWU", "2026-09-23", "day", "Bignamou", "GN", None, None, None, "military", None, False,
  "'Mercredi' vs Thursday 24 September -> 23 September. A vest defused on its own -> Disrupted weapons use; soldiers -> 'military'."),
E(18, ["ses combattants avaient attaqué un poste de gendarmerie à Niagassola"],
  "BAT", "2025-05-01", "month", "Niagassola", "GN", 2, None, "exact", "JNIM", "JNIM", True,
  "'En mai 2025' -> month, background. A named group attacking a gendarmerie post -> Armed clash initiated by it; 'une attaque que le groupe avait revendiquée' -> claimant and perpetrator 'JNIM'. 'tuant deux gendarmes' -> 2. '115', '100 millions de francs guinéens' are not casualties."),
]

# -------------------------------------------------------------- holdout21-019
ARTICLES.append(A(19, "en", "article", "2026-10-04T06:00:00Z",
"Analysis: how Guinea's forest region became a target",
"""
On September 20, two suicide bombers struck the central market and the stadium of Nzérékoré within twelve minutes. Twenty people died, the bombers included, and 71 were wounded. JNIM claimed the attack three days later. It was the deadliest attack ever recorded in Guinea.

Officials in Conakry spoke of a bolt from the blue. Researchers who follow the region were less surprised: the warning signs go back years.

In 2019, gunmen abducted two Chinese engineers at a gold mine near Siguiri. They were released 40 days later, reportedly for a ransom of about $2 million.

In March 2024, a suicide bomber blew himself up at a gendarmerie checkpoint in Kouremalé, on the Malian border, killing two gendarmes and himself. Officials blamed JNIM, which never claimed the attack.

Three years ago, Ivorian police arrested a JNIM recruiter in Danané, 60 km from the Guinean border, who had sent about a dozen young Guineans to camps in Mali.

In 2022, the army said its troops had attacked a militant camp near Kérouané, killing eleven fighters. No independent source confirmed the toll.

Last year, Liberian police arrested two men carrying detonators at a guesthouse in Ganta, a border town on the main road to Nzérékoré.

Last August, a roadside bomb near Mandiana wounded three gold miners on their way to a pit.

Taken one by one, these incidents looked small. Together, they trace a slow move south by groups that had long kept to the Sahel. Guinea's army has 15,000 soldiers for a country of 14 million people, and the forest region shares about 1,000 km of border with Liberia and Côte d'Ivoire. After Nzérékoré, the government promised ten new posts on that border. Diplomats say that is a start, not a strategy.
"""))
GOLD += [
E(19, ["two suicide bombers struck the central market and the stadium of Nzérékoré", "JNIM claimed the attack three days later"],
  "SUI", "2026-09-20", "day", "Nzérékoré", "GN", 20, 71, "exact", "JNIM", "JNIM", False,
  "'On September 20' -> 20 September (14 days before Sunday 4 October -> current). Two sites -> one event. 'Twenty people died, the bombers included, and 71 were wounded' -> 20 (inside), 71, exact. 'JNIM claimed the attack' -> claimant and perpetrator. 'twelve minutes' is a span."),
E(19, ["gunmen abducted two Chinese engineers at a gold mine near Siguiri"],
  "ABD", "2019-01-01", "year", "Siguiri", "GN", None, None, None, None, None, True,
  "'In 2019' -> year, background. Unnamed gunmen -> null. 'two Chinese engineers' are abductees; '40 days', '$2 million' are not casualties."),
E(19, ["a suicide bomber blew himself up at a gendarmerie checkpoint in Kouremalé"],
  "SUI", "2024-03-01", "month", "Kouremalé", "GN", 3, None, "exact", "JNIM", None, True,
  "'In March 2024' -> month, background. 'killing two gendarmes and himself' -> 3: the text counts the bomber (suicide bombers count among the killed when the text counts them). 'Officials blamed JNIM' is an attribution stated as fact -> perpetrator 'JNIM' (dev); 'which never claimed the attack' -> claimed_by null. A reader could give 2."),
E(19, ["Ivorian police arrested a JNIM recruiter in Danané"],
  "ARR", "2023-01-01", "year", "Danané", "CI", None, None, None, "police", None, True,
  "'Three years ago' vs 2026 -> 2023, year, background. Police of Côte d'Ivoire in their own country -> 'police', CI. '60 km' is a distance; 'about a dozen young Guineans' are recruits, not casualties."),
E(19, ["the army said its troops had attacked a militant camp near Kérouané"],
  "BAT", "2022-01-01", "year", "Kérouané", "GN", 11, None, "exact", "military", None, True,
  "'In 2022' -> year, background. Troops attacking a camp -> Armed clash initiated by the army -> 'military'. 'killing eleven fighters' -> 11, the acting force's own figure, the only one (events_holdout19); 'No independent source confirmed the toll' does not dispute it with another figure."),
E(19, ["Liberian police arrested two men carrying detonators at a guesthouse in Ganta"],
  "ARR", "2025-01-01", "year", "Ganta", "LR", None, None, None, "police", None, True,
  "'Last year' vs 2026 -> 2025, year, background. Liberian police in Liberia -> 'police', LR. The detonators belong to the arrest."),
E(19, ["a roadside bomb near Mandiana wounded three gold miners"],
  "IED", "2026-08-01", "month", "Mandiana", "GN", None, 3, "exact", None, None, True,
  "'Last August' vs October 2026 -> August 2026, month; 1 August is 64 days before 4 October -> background. Unnamed -> null. 'wounded three gold miners' -> 3 injured. '15,000 soldiers', '14 million people', '1,000 km', 'ten new posts' are not casualties."),
]

# -------------------------------------------------------------- holdout21-020
ARTICLES.append(A(20, "fr", "article", "2026-09-26T12:00:00Z",
"Nzérékoré : les obsèques de l'imam tournent à la manifestation",
"""
Les obsèques de l'imam Sékou Kourouma, tué devant le stade lors du double attentat-suicide de dimanche dernier à Nzérékoré, ont tourné à la manifestation vendredi après-midi.

Plusieurs milliers de personnes ont suivi le cortège jusqu'au cimetière. À la sortie, une centaine de jeunes se sont dirigés vers la préfecture en scandant « Sécurité ! » et en lançant des pierres sur les véhicules de la gendarmerie. Les gendarmes ont fait usage de gaz lacrymogène pour les disperser près du rond-point de la Mission. Une dizaine de personnes ont été légèrement blessées, selon la Croix-Rouge. Aucune interpellation n'a été signalée.

L'imam, âgé de 61 ans, dirigeait depuis 1994 la mosquée du quartier Dorota. Il avait, selon ses proches, tenté de retenir le second kamikaze par le bras.

Le bilan de l'attentat, revendiqué mercredi par le JNIM, s'est encore alourdi : un élève de 15 ans est mort jeudi soir à l'hôpital régional, ce qui porte le nombre de morts à 20, dont les deux kamikazes.

Jeudi, une opération de l'armée dans une forêt classée près de Yomou, où se cachaient des complices présumés, a tourné à l'affrontement : trois assaillants ont été tués et deux militaires blessés, selon l'état-major. Deux fusils d'assaut et 14 kilos d'explosifs ont été saisis. La veille au soir, des hommes armés avaient tiré sur le poste de gendarmerie de Kouankan, à une cinquantaine de kilomètres au nord, sans faire de victimes.

Le gouverneur a levé le couvre-feu, mais maintenu l'interdiction des motos-taxis jusqu'au 1er octobre. Le grand marché, fermé depuis six jours, doit rouvrir lundi avec 4 entrées contrôlées au lieu de 11.
"""))
GOLD += [
E(20, ["Les obsèques de l'imam Sékou Kourouma", "ont tourné à la manifestation vendredi après-midi"],
  "PI", "2026-09-25", "day", "Nzérékoré", "GN", None, 10, "about", None, None, False,
  "'vendredi après-midi' vs Saturday 26 September -> 25 September. A funeral that turns into a march on the prefecture, driven back with tear gas -> Protest with intervention (events_holdout19 Kasindi); null actor. Burials and mourning alone are not coded: the funeral is a trigger because the protest grew out of it. Stones thrown at gendarmerie vehicles could make it a Riots / Violent demonstration (see README). 'Une dizaine de personnes ont été légèrement blessées' -> 10 injured, about. 'Plusieurs milliers', 'une centaine de jeunes' are participants, not casualties."),
E(20, ["double attentat-suicide de dimanche dernier à Nzérékoré", "Le bilan de l'attentat, revendiqué mercredi par le JNIM"],
  "SUI", "2026-09-20", "day", "Nzérékoré", "GN", 20, None, "exact", "JNIM", "JNIM", False,
  "'dimanche dernier' vs Saturday 26 September -> 20 September. 'revendiqué mercredi par le JNIM' -> claimant and perpetrator. 'le nombre de morts à 20, dont les deux kamikazes' -> 20 (inside), exact; the pupil who died on Thursday night raised it. '61 ans', '1994', '15 ans' are not casualties."),
E(20, ["une opération de l'armée dans une forêt classée près de Yomou"],
  "BAT", "2026-09-24", "day", "Yomou", "GN", 3, 2, "exact", "military", None, False,
  "'Jeudi' vs Saturday 26 September -> 24 September. An army operation that turns into a clash -> Armed clash initiated by the army, 'military'. 'trois assaillants ont été tués et deux militaires blessés, selon l'état-major' -> 3 killed, 2 injured (the acting force's figure, the only one). 'Deux fusils', '14 kilos', '1er octobre', 'six jours', '4 entrées', '11' are not casualties."),
E(20, ["des hommes armés avaient tiré sur le poste de gendarmerie de Kouankan"],
  "BAT", "2026-09-23", "day", "Kouankan", "GN", 0, 0, "exact", None, None, False,
  "'La veille au soir' of Thursday 24 September -> Wednesday 23 September. Unnamed gunmen firing on a gendarmerie post -> Armed clash with a null initiator (events_holdout19 Kobenni, Kaouara). 'sans faire de victimes' is an explicit zero: 0/0, exact (events_holdout19 In Salah). 'une cinquantaine de kilomètres' is a distance."),
]
