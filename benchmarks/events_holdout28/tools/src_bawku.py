"""Authoring source of benchmarks/events_holdout28 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Bawku, Ghana cluster (holdout28-016 to 021; English and French),
two suicide bombers on Tuesday 11 August 2026 at two sites of one town (the
central market and the main lorry station, about 700 m and five minutes
apart): an English daily's first report with a range and a speculation
(016), a French agency update with the revised toll and an army arrest
(fr 017), an English claim story with a denial (018), a French report on
the arrests that followed (fr 019), a French TV transcript with a march, a
blockade and an older abduction (fr 020) and an English analysis with older
attacks (021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout28")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout28-016
ARTICLES.append(A(16, "en", "article", "2026-08-11T15:00:00Z",
"Suicide bombers strike Bawku market and lorry station",
"""
BAWKU - At least 12 people were killed and 15 to 20 injured on Tuesday morning when two suicide bombers attacked the central market and the main lorry station of Bawku, in Ghana's Upper East Region, police said.

Witnesses said the first attacker, a young man on a motorbike, rode into the onion sellers' section of the market at about 10:15 a.m. and detonated explosives strapped to his body. Five minutes later a second bomber blew himself up among passengers waiting for a 40-seater bus to Bolgatanga at the lorry station, about 700 metres away.

"It was market day, there were thousands of people," said Abdul-Rahman, a 52-year-old shea butter trader. The Bawku Presbyterian Hospital, which has 180 beds, appealed for blood donors on 0382-22-3344.

No group has claimed the attack. A regional security official said fighters linked to Islamic State in the Sahel "may have been behind" the bombing, given the town's closeness to the border with Burkina Faso, about 30 km to the north.

Bawku has long been troubled. Last November, gunmen ambushed a passenger bus on the Bawku-Pusiga road and shot dead three passengers. A dusk-to-dawn curfew, imposed then, was still in force.

The Interior Minister said 300 additional soldiers and police officers were being flown in and that the market, which draws traders from three countries, would stay closed for a week. The cedi price of onions in Accra jumped 20% within hours.
"""))
GOLD += [
E(16, ["two suicide bombers attacked the central market and the main lorry station of Bawku"],
  "SUI", "2026-08-11", "day", "Bawku", "GH", 12, 15, "at_least", None, None, False,
  "'on Tuesday morning' = publication day, Tuesday 11 August. Two sites of one town (the central market and the lorry station, about 700 m and five minutes apart) -> ONE Suicide bomb event. 'At least 12 people were killed and 15 to 20 injured' -> 12 (at_least), injured 15 (a range -> its lower bound, dev); the qualifier describes the killed figure. Islamic State in the Sahel 'may have been behind' is speculation -> null (JNIM claims it two days later, 018). '10:15 a.m.', 'Five minutes', '40-seater', '700 metres', '52-year-old', '180 beds', the phone number, '30 km', '300 additional soldiers', 'a week', '20%' are not casualties."),
E(16, ["gunmen ambushed a passenger bus on the Bawku-Pusiga road"],
  "ATK", "2025-11-01", "month", "Bawku", "GH", 3, None, "exact", None, None, True,
  "'Last November' vs August 2026 -> November 2025, month, background. Unnamed gunmen shooting bus passengers -> Attack on civilians, null. A road between two towns -> the first named (holdout27 Kédougou 2021, dev Irumu). 'shot dead three passengers' -> 3, exact. The curfew is not coded."),
]

# -------------------------------------------------------------- holdout28-017
ARTICLES.append(A(17, "fr", "article", "2026-08-12T10:00:00Z",
"Ghana : vingt et un morts dans le double attentat-suicide de Bawku",
"""
BAWKU (Ghana) (AMI) - Le bilan du double attentat-suicide qui a frappé mardi matin le marché central et la gare routière de Bawku, dans l'extrême nord du Ghana, s'élève désormais à vingt et un morts, a annoncé mercredi la police.

Les autorités avaient d'abord fait état d'au moins douze morts. Mardi soir, l'hôpital presbytérien de Bawku avait recensé seize corps, et trois blessés ont succombé dans la nuit. Selon le dernier bilan, l'attaque a fait vingt et un morts, y compris les deux kamikazes, et cinquante-sept blessés, dont dix-huit grièvement atteints.

Mardi soir, l'armée ghanéenne a interpellé trois suspects à Pusiga, à une quinzaine de kilomètres à l'est, près de la frontière avec le Togo et le Burkina Faso. Selon une source militaire, ils transportaient deux téléphones satellitaires et 2 000 cedis en liquide. Une dizaine d'habitants ont été entendus puis relâchés.

Aucune revendication n'avait été publiée mercredi matin.

Le nord du Ghana était jusqu'ici resté à l'écart des attentats jihadistes qui frappent le Sahel depuis une décennie. Il y a deux ans, un engin explosif artisanal avait toutefois tué deux soldats lors d'une patrouille près de Garu, à une quarantaine de kilomètres au sud-est.

Le président ghanéen a décrété trois jours de deuil national. À Bawku, les commerçants, dont beaucoup viennent du Burkina Faso voisin, craignent que le marché, fréquenté chaque mardi par près de 20 000 personnes, reste fermé durablement.
"""))
GOLD += [
E(17, ["double attentat-suicide qui a frappé mardi matin le marché central et la gare routière de Bawku", "l'attaque a fait vingt et un morts"],
  "SUI", "2026-08-11", "day", "Bawku", "GH", 21, 57, "exact", None, None, False,
  "'mardi matin' vs Wednesday 12 August -> 11 August. Revised toll inside the dispatch: 'au moins douze morts' -> 'seize corps' -> 'trois blessés ont succombé' -> 'vingt et un morts, y compris les deux kamikazes, et cinquante-sept blessés' -> 21 (inside), 57, exact; 'dix-huit grièvement atteints' is a subset. No claim -> null. 'près de 20 000 personnes' are market-goers, not casualties."),
E(17, ["l'armée ghanéenne a interpellé trois suspects à Pusiga"],
  "ARR", "2026-08-11", "day", "Pusiga", "GH", None, None, None, "military", None, False,
  "'Mardi soir' vs Wednesday 12 August -> 11 August. Ghana's army -> 'military'. 'une quinzaine de kilomètres', 'deux téléphones satellitaires', '2 000 cedis' belong to the arrest. 'Une dizaine d'habitants ... entendus puis relâchés' are not arrested."),
E(17, ["un engin explosif artisanal avait toutefois tué deux soldats lors d'une patrouille près de Garu"],
  "IED", "2024-01-01", "year", "Garu", "GH", 2, None, "exact", None, None, True,
  "'Il y a deux ans' vs 2026 -> 2024, year, background. An IED -> Remote explosive/landmine/IED, null. 'tué deux soldats' -> 2, exact. 'une quarantaine de kilomètres', 'trois jours de deuil' are not casualties."),
]

# -------------------------------------------------------------- holdout28-018
ARTICLES.append(A(18, "en", "article", "2026-08-13T12:00:00Z",
"JNIM claims Bawku bombings, its first attack inside Ghana",
"""
ACCRA (Gulf of Guinea Wire) - Al-Qaeda's Sahel affiliate JNIM has claimed Tuesday's twin suicide bombing in the northern Ghanaian town of Bawku, in what would be the group's first attack inside the country.

In a statement released on Wednesday evening, JNIM said two of its fighters had struck "the markets of the enemies of God" and warned coastal states against cooperating with foreign forces. The group put the toll at "nearly a hundred". Ghana's information minister said the figure was false but did not dispute the claim itself.

The official toll stands at 22 dead, including the two bombers, and more than 50 wounded. A 14-year-old porter wounded at the lorry station died in hospital on Wednesday.

Ansaroul Islam, a Burkinabe group active across the border, denied any role in a voice message shared with journalists.

JNIM has been edging south for years. In March 2025, its fighters stormed an army post at Cinkansé, on Burkina Faso's border with Togo, killing nearly a dozen soldiers. Last month, Ghanaian soldiers arrested two men carrying 25 kg of explosives near Zebilla, 20 km west of Bawku, in what officials now see as an early warning.

Security analysts said the group had spent an estimated $2 million recruiting along the border in the past two years. Ghana has about 1,000 troops deployed in the Upper East Region under Operation Savannah Watch.
"""))
GOLD += [
E(18, ["Tuesday's twin suicide bombing in the northern Ghanaian town of Bawku"],
  "SUI", "2026-08-11", "day", "Bawku", "GH", 22, 50, "exact", "JNIM", "JNIM", False,
  "'Tuesday's' vs Thursday 13 August -> 11 August. 'JNIM has claimed' -> claimant and perpetrator 'JNIM' (dev); the minister rejects the claimant's figure ('nearly a hundred', never used), not the authorship. Ansaroul Islam 'denied any role' (not coded). '22 dead, including the two bombers, and more than 50 wounded' -> 22 (inside; the porter who died on Wednesday raised it), 50; the qualifier describes the exact killed figure -> exact. '14-year-old' is an age. The ACCRA dateline is the wire's office, not an event place."),
E(18, ["its fighters stormed an army post at Cinkansé"],
  "BAT", "2025-03-01", "month", "Cinkansé", "BF", 12, None, "about", "JNIM", None, True,
  "'In March 2025' -> month, background. 'its fighters' (JNIM, named before) stated as fact -> a named group that attacks a post is the initiator of an Armed clash (holdout27 Kéniéba); no claim -> claimed_by null. 'killing nearly a dozen soldiers' -> 12, about ('a dozen' 12 about, 'nearly' about, dev table)."),
E(18, ["Ghanaian soldiers arrested two men carrying 25 kg of explosives near Zebilla"],
  "ARR", "2026-07-01", "month", "Zebilla", "GH", None, None, None, "military", None, True,
  "'Last month' vs 13 August 2026 -> July 2026, month; 1 July is 43 days before -> background. Soldiers -> 'military'. '25 kg of explosives' belong to the arrest; '20 km', '$2 million', '1,000 troops' are not casualties."),
]

# -------------------------------------------------------------- holdout28-019
ARTICLES.append(A(19, "fr", "article", "2026-08-15T09:00:00Z",
"Attentat de Bawku : six interpellations et un logisticien présumé arrêté à Tamale",
"""
Quatre jours après le double attentat-suicide de Bawku, revendiqué par le JNIM, l'enquête ghanéenne s'accélère. L'attaque a fait vingt-deux morts, kamikazes compris.

Vendredi, des policiers de la brigade antiterroriste ont interpellé trois hommes dans un atelier de réparation de motos à Bolgatanga, la capitale régionale, à 45 kilomètres au sud-ouest de Bawku. Selon la police, l'un d'eux aurait fourni les deux motos utilisées par les kamikazes pour rejoindre le marché. Les enquêteurs ont saisi 6 kilos de nitrate d'ammonium et un carnet de comptes.

La veille, jeudi, le logisticien présumé du commando, un commerçant de 41 ans, a été arrêté à Tamale par des agents du Bureau national d'investigation (NIB). Il est soupçonné d'avoir hébergé les deux kamikazes pendant trois semaines et d'avoir acheté leurs téléphones.

Les trois suspects interpellés mardi soir par l'armée à Pusiga ont été transférés dans la capitale, où ils doivent être présentés à un juge lundi. Leur avocat affirme qu'il s'agit de « simples passeurs ».

Une douzaine de personnes, dont l'imam d'une mosquée de Bolgatanga, ont été entendues puis laissées libres. La police a par ailleurs promis une récompense de 50 000 cedis à toute personne permettant de localiser un quatrième suspect, joignable au numéro gratuit 18555.

Au marché de Bawku, rouvert partiellement jeudi, moins de 30 % des étals étaient occupés.
"""))
GOLD += [
E(19, ["double attentat-suicide de Bawku", "L'attaque a fait vingt-deux morts"],
  "SUI", "2026-08-11", "day", "Bawku", "GH", 22, None, "exact", "JNIM", "JNIM", False,
  "'Quatre jours après' vs Saturday 15 August -> Tuesday 11 August. 'revendiqué par le JNIM' -> claimant and perpetrator. 'vingt-deux morts, kamikazes compris' -> 22 (inside), exact; no injured figure -> null. The title's 'Attentat de Bawku' is not in the text."),
E(19, ["des policiers de la brigade antiterroriste ont interpellé trois hommes dans un atelier de réparation de motos à Bolgatanga"],
  "ARR", "2026-08-14", "day", "Bolgatanga", "GH", None, None, None, "police", None, False,
  "'Vendredi' vs Saturday 15 August -> 14 August. Police. '45 kilomètres', 'les deux motos', '6 kilos de nitrate d'ammonium' are not casualties."),
E(19, ["le logisticien présumé du commando, un commerçant de 41 ans, a été arrêté à Tamale"],
  "ARR", "2026-08-13", "day", "Tamale", "GH", None, None, None, "police", None, False,
  "'La veille, jeudi' vs Saturday 15 August -> Thursday 13 August. The NIB (investigation bureau) -> 'police'. The facilitator. '41 ans', 'trois semaines' are not casualties."),
E(19, ["Les trois suspects interpellés mardi soir par l'armée à Pusiga"],
  "ARR", "2026-08-11", "day", "Pusiga", "GH", None, None, None, "military", None, False,
  "'mardi soir' vs Saturday 15 August -> 11 August. Restated arrest of holdout28-017, told through the transfer to the capital (its follow-up, not a new arrest); the army -> 'military'. The dozen people 'entendues puis laissées libres' are not arrested; '50 000 cedis', '18555', '30 %' are not casualties."),
]

# -------------------------------------------------------------- holdout28-020
ARTICLES.append(A(20, "fr", "transcript", "2026-08-16T19:00:00Z",
"Journal de 19 heures : Bawku, cinq jours après",
"""
PRÉSENTATRICE : Au Ghana, la ville de Bawku a enterré aujourd'hui les dernières victimes du double attentat-suicide de mardi. Notre envoyé spécial, Olivier Mensah, est sur place. Olivier, quel est le dernier bilan ?

OLIVIER MENSAH : Vingt-trois morts, y compris les deux kamikazes, et près de soixante blessés. Une commerçante de 60 ans, blessée au marché, est décédée hier à l'hôpital de Tamale. L'attentat a été revendiqué par le JNIM, la branche sahélienne d'Al-Qaïda.

PRÉSENTATRICE : Comment réagit la population ?

OLIVIER MENSAH : Avec colère. Cet après-midi, plusieurs milliers de personnes ont marché dans le calme de la mosquée centrale jusqu'au palais du chef traditionnel, pour exiger plus de sécurité. Mais hier, la tension était montée : des dizaines de jeunes ont bloqué la route de Bolgatanga à la sortie de Bawku avec des pneus enflammés, et la police les a dispersés à coups de gaz lacrymogène.

PRÉSENTATRICE : Ce n'est pas la première fois que la région est touchée par la violence.

OLIVIER MENSAH : Non. En mars 2021, des hommes armés avaient enlevé un commerçant burkinabè sur la route de Zebilla ; il avait été libéré contre 30 000 cedis. Et la ville vit sous couvre-feu depuis des années. Mais ici, personne n'avait imaginé des kamikazes.

PRÉSENTATRICE : Merci Olivier. Les obsèques se poursuivront demain. Le numéro d'aide aux familles est le 0800 300 300.
"""))
GOLD += [
E(20, ["double attentat-suicide de mardi", "L'attentat a été revendiqué par le JNIM"],
  "SUI", "2026-08-11", "day", "Bawku", "GH", 23, 60, "exact", "JNIM", "JNIM", False,
  "'de mardi' vs Sunday 16 August -> 11 August. 'revendiqué par le JNIM' -> claimant and perpetrator. 'Vingt-trois morts, y compris les deux kamikazes, et près de soixante blessés' -> 23 (inside; the trader who died 'hier' raised it), injured 60 ('près de' -> about, dev); the qualifier describes the exact killed figure -> exact. '60 ans' is an age. The burials are not coded."),
E(20, ["plusieurs milliers de personnes ont marché dans le calme"],
  "PP", "2026-08-16", "day", "Bawku", "GH", None, None, None, None, None, False,
  "'Cet après-midi' = publication day, Sunday 16 August. A march with a demand ('pour exiger plus de sécurité') 'dans le calme' -> Peaceful protest. 'plusieurs milliers' are participants."),
E(20, ["des dizaines de jeunes ont bloqué la route de Bolgatanga à la sortie de Bawku"],
  "PI", "2026-08-15", "day", "Bawku", "GH", None, None, None, None, None, False,
  "'hier' vs Sunday 16 August -> 15 August. A road blockade dispersed with tear gas -> Protest with intervention (holdout26). 'à la sortie de Bawku' -> Bawku (a road out of a town -> that town, holdout26), not Bolgatanga. 'des dizaines' are participants."),
E(20, ["des hommes armés avaient enlevé un commerçant burkinabè sur la route de Zebilla"],
  "ABD", "2021-03-01", "month", "Zebilla", "GH", None, None, None, None, None, True,
  "'En mars 2021' -> month, background. Unnamed gunmen abducting a trader -> Abduction/forced disappearance, null. A road to a town -> that town. '30 000 cedis' (ransom) and the helpline '0800 300 300' are not casualties."),
]

# -------------------------------------------------------------- holdout28-021
ARTICLES.append(A(21, "en", "article", "2026-08-20T07:00:00Z",
"Analysis: Bawku shows the Sahel war has reached Ghana's doorstep",
"""
By Kwame Asante-Boateng

Nine days after two suicide bombers killed 23 people in Bawku, counting themselves, and wounded upwards of 50, Ghana is asking how a threat it watched for a decade finally crossed the border. The twin attack, which JNIM claimed, was the first of its kind in a coastal West African state.

The warning signs were there. In 2019, police defused a bomb left in a bag at a checkpoint outside Navrongo. Four years ago, a grenade thrown into the crowd at a football match in Yendi wounded 11 spectators; the thrower was never found. Last November, gunmen killed three passengers on the Bawku-Pusiga road. And last month, soldiers caught two men with explosives near Zebilla.

Across the border, the violence is far worse. Burkina Faso's Centre-Est region, a few dozen kilometres from Bawku, has lost more than 40% of its schools to insecurity since 2019, according to aid groups.

Ghana's answer so far has been arrests: three men at Pusiga on the night of the attack, a trader in Tamale, three mechanics in Bolgatanga. That is good police work. It is not yet a policy for the 1.3 million people of the Upper East Region, a third of whom are under 15.

Two things would help. First, a serious programme for young men in border towns, where unemployment is estimated at 45%. Second, a frank conversation with Burkina Faso's authorities, whose 2,000-kilometre frontier with its southern neighbours cannot be policed by one side alone.

The author is a researcher at a security think-tank in Tamale.
"""))
GOLD += [
E(21, ["two suicide bombers killed 23 people in Bawku", "The twin attack, which JNIM claimed"],
  "SUI", "2026-08-11", "day", "Bawku", "GH", 23, 50, "exact", "JNIM", "JNIM", False,
  "'Nine days after' vs Thursday 20 August -> Tuesday 11 August (current). 'which JNIM claimed' -> claimant and perpetrator. 'killed 23 people ... counting themselves, and wounded upwards of 50' -> 23 (inside), injured 50 ('upwards of' read like 'more than'); the qualifier describes the exact killed figure -> exact."),
E(21, ["police defused a bomb left in a bag at a checkpoint outside Navrongo"],
  "DWU", "2019-01-01", "year", "Navrongo", "GH", None, None, None, "police", None, True,
  "'In 2019' -> year, background. A device defused on its own -> Disrupted weapons use, police. 'outside Navrongo' -> Navrongo."),
E(21, ["a grenade thrown into the crowd at a football match in Yendi wounded 11 spectators"],
  "GRN", "2022-01-01", "year", "Yendi", "GH", None, 11, "exact", None, None, True,
  "'Four years ago' vs 2026 -> 2022, year, background. A thrown grenade -> Grenade, null. 'wounded 11 spectators' -> injured 11, exact."),
E(21, ["gunmen killed three passengers on the Bawku-Pusiga road"],
  "ATK", "2025-11-01", "month", "Bawku", "GH", 3, None, "exact", None, None, True,
  "'Last November' vs August 2026 -> November 2025, month, background. Same attack as holdout28-016: a road between two towns -> the first named, Bawku. 'killed three passengers' -> 3, exact."),
E(21, ["soldiers caught two men with explosives near Zebilla"],
  "ARR", "2026-07-01", "month", "Zebilla", "GH", None, None, None, "military", None, True,
  "'last month' vs 20 August 2026 -> July 2026, month; 50 days before -> background. 'caught' = arrested; soldiers -> 'military'. Same arrest as holdout28-018. The arrests at Pusiga, Tamale and Bolgatanga are listed with no day except Pusiga's 'on the night of the attack'; see the next event."),
E(21, ["three men at Pusiga on the night of the attack"],
  "ARR", "2026-08-11", "day", "Pusiga", "GH", None, None, None, "military", None, False,
  "'on the night of the attack' -> 11 August. Restated arrest of holdout28-017 (the army) -> 'military'. 'a trader in Tamale' and 'three mechanics in Bolgatanga' name no day and are not coded again (holdout26 op-ed; a reader could code two more restated arrests). '40%', '1.3 million', 'under 15', '45%', '2,000-kilometre' are not casualties."),
]
