"""Authoring source of benchmarks/events_holdout20 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Viranşehir, Şanlıurfa province, Turkey cluster (holdout20-016 to
020, French and English), two suicide bombers on Tuesday 15 September 2026
at two sites of one town (the livestock market and the entrance of the
state hospital where the wounded were brought, about a kilometre apart,
about twenty minutes apart): a French wire flash with a PKK speculation
(016), an English next-day report with a toll revised through the night, a
funeral march stopped with tear gas and arrests (017), the Islamic State
claim with a PKK denial and an official's "may have been" (018), a French
report on arrests, a facilitator and a raid (019) and an English timeline
sidebar listing older attacks by date (020). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout20")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout20-016
ARTICLES.append(A(16, "fr", "article", "2026-09-15T10:45:00Z",
"Turquie : un double attentat-suicide fait au moins huit morts à Viranşehir",
"""
VIRANŞEHIR (Turquie) - Au moins huit personnes ont été tuées et des dizaines d'autres blessées mardi matin dans un double attentat-suicide à Viranşehir, dans la province de Şanlıurfa, dans le sud-est de la Turquie, selon le gouverneur de la province.

Un premier kamikaze s'est fait exploser vers 9 h 30 au milieu du marché aux bestiaux, très fréquenté le mardi par les éleveurs de toute la région. Une vingtaine de minutes plus tard, un second assaillant a actionné sa ceinture d'explosifs devant l'entrée de l'hôpital public, à environ un kilomètre, où affluaient les blessés et leurs proches.

« Nous avons entendu la première explosion, puis tout le monde a couru vers l'hôpital, et la deuxième a frappé là », raconte un vendeur de thé de 46 ans, joint par téléphone.

Le gouverneur a déclaré que le Parti des travailleurs du Kurdistan (PKK) « pourrait être derrière » l'attentat, sans avancer de preuve. Aucun groupe n'avait revendiqué l'attaque en fin de matinée.

Lundi, la gendarmerie avait désamorcé un engin explosif artisanal de quelque 20 kilos dissimulé sous un pont près de Hilvan, à une centaine de kilomètres au nord-ouest, selon la même source.

Viranşehir, ville agricole d'environ 200 000 habitants située à 90 kilomètres de la frontière syrienne, accueille aussi des dizaines de milliers de réfugiés syriens. Les autorités ont imposé une interdiction de diffusion des images de l'attentat et appelé à donner son sang. Quatre hélicoptères ont été mobilisés pour évacuer les blessés graves vers Diyarbakır.
"""))
GOLD += [
E(16, ["double attentat-suicide à Viranşehir", "Un premier kamikaze s'est fait exploser vers 9 h 30 au milieu du marché aux bestiaux", "un second assaillant a actionné sa ceinture d'explosifs"],
  "SUI", "2026-09-15", "day", "Viranşehir", "TR", 8, 12, "at_least", None, None, False,
  "'mardi matin' in a Tuesday 15 September story -> 15 September. Two bombers at two sites of one town (the livestock market and the hospital entrance, about a kilometre apart), about twenty minutes apart -> ONE Suicide bomb event. 'Au moins huit ... et des dizaines d'autres blessées' -> 8, at_least; 'des dizaines' -> 12 (dev table). The PKK « pourrait être derrière » is speculation -> null. '9 h 30', 'Une vingtaine de minutes' (a span), 'un kilomètre', '46 ans', '200 000 habitants', '90 kilomètres', 'des dizaines de milliers de réfugiés', 'Quatre hélicoptères' are not casualties."),
E(16, ["la gendarmerie avait désamorcé un engin explosif artisanal"],
  "DWU", "2026-09-14", "day", "Hilvan", "TR", None, None, None, "police", None, False,
  "'Lundi' vs Tuesday 15 September -> 14 September. A device defused on its own -> Disrupted weapons use; gendarmerie -> 'police' (dev). 'quelque 20 kilos' is a weight, 'une centaine de kilomètres' a distance. A bridge near the town -> Hilvan."),
]

# -------------------------------------------------------------- holdout20-017
ARTICLES.append(A(17, "en", "article", "2026-09-16T15:30:00Z",
"Turkey twin bombing toll rises to 19; mourners' march stopped with tear gas",
"""
ISTANBUL - The death toll from Tuesday's twin suicide bombing in the south-eastern Turkish town of Viranşehir rose to 19 on Wednesday, the health minister said, as police fired tear gas to stop a funeral march.

Officials first said eight people had been killed. By Tuesday night the governor of Şanlıurfa province put the figure at 14. On Wednesday morning the minister said five of the wounded had died overnight and that 19 people had been killed, including the two bombers. Nearly 70 people were wounded, 22 of them seriously, he said. Among the dead were a 10-year-old shepherd boy and three brothers who had come to sell sheep.

On Wednesday afternoon, after the funerals of six victims, several thousand mourners set off towards the district governor's office chanting that the state had failed to protect the town. Riot police blocked the road and dispersed the crowd with tear gas and water cannon. Officials said no one was hurt.

Police detained 11 people in the provincial capital, Şanlıurfa, in raids on Tuesday night, the state news agency reported. They were aged between 17 and 45. Investigators are also examining mobile phone records from the 1,500 lines active near the market at the time of the blasts.

The interior minister said investigators believed the bombers had crossed from Syria about ten days ago. He declined to say which group was suspected.

The livestock market, which handles up to 8,000 animals on a busy day, will stay closed for a week. Traders said they had lost about 40 percent of their income since the spring.
"""))
GOLD += [
E(17, ["Tuesday's twin suicide bombing in the south-eastern Turkish town of Viranşehir", "the blasts"],
  "SUI", "2026-09-15", "day", "Viranşehir", "TR", 19, 70, "exact", None, None, False,
  "'Tuesday's' vs Wednesday 16 September -> 15 September. Two sites -> one event. Revised inside the text: 'eight' -> '14' -> 'five of the wounded had died overnight ... 19 people had been killed, including the two bombers' -> 19 (inside), exact; 'Nearly 70 people were wounded' -> 70 (the qualifier describes the exact killed figure). '22 of them seriously' is a subset; '10-year-old' an age; 'three brothers' are among the dead (a subset). No group named -> null ('declined to say which group')."),
E(17, ["several thousand mourners set off towards the district governor's office"],
  "PI", "2026-09-16", "day", "Viranşehir", "TR", 0, 0, "exact", None, None, False,
  "'On Wednesday afternoon' in a Wednesday 16 September story -> 16 September. A funeral march stopped and dispersed with tear gas and water cannon -> Protest with intervention (funerals themselves are not coded). 'Officials said no one was hurt' says explicitly that nobody was hurt -> 0/0, exact (dev: 0 only when the text says so; like events_holdout19's 'sans faire de victimes', unlike its 'No injuries were reported'; see Known ambiguities). 'several thousand' are participants."),
E(17, ["Police detained 11 people in the provincial capital, Şanlıurfa"],
  "ARR", "2026-09-15", "day", "Şanlıurfa", "TR", None, None, None, "police", None, False,
  "'on Tuesday night' vs Wednesday 16 September -> 15 September (nights dated at their start). Police -> 'police'. 'aged between 17 and 45' are ages; '1,500 lines', 'ten days', '8,000 animals', 'a week', '40 percent' are not casualties."),
]

# -------------------------------------------------------------- holdout20-018
ARTICLES.append(A(18, "en", "article", "2026-09-18T08:20:00Z",
"Islamic State claims Viranşehir bombing; PKK denies any role",
"""
ANKARA - Islamic State claimed responsibility on Thursday for Tuesday's twin suicide bombing in the Turkish town of Viranşehir, which killed 20 people including the two attackers, in a statement published by its Amaq agency.

The group said the attack had killed "more than 100 apostates and soldiers of the tyrant". Turkish officials dismissed that figure. A 12-year-old boy wounded in the second blast died in hospital in Diyarbakır on Thursday, raising the toll to 20, the health ministry said. It did not question the claim.

The Kurdistan Workers' Party (PKK), which the provincial governor had said on Tuesday "could be behind" the attack, denied any involvement in a statement on Wednesday and condemned the killing of civilians. On Friday, however, a deputy interior minister told a television channel that PKK smugglers "may have been" paid to move the bombers across the border, without giving evidence.

Islamic State has struck the region before. In October 2022, the group claimed a roadside bomb that killed nearly a dozen soldiers near Harran, close to the Syrian border. Two years ago, its fighters abducted a Syrian journalist in Akçakale; he was released after 30 days.

Turkish security analysts say the cells that carried out the attack may be linked to some 2,000 Islamic State suspects who escaped from camps in north-eastern Syria. "They have 900 kilometres of border to choose from," said one retired general.

The government has offered a reward of 10 million lira for information leading to the planners. Schools in Viranşehir will reopen on Monday.
"""))
GOLD += [
E(18, ["Tuesday's twin suicide bombing in the Turkish town of Viranşehir", "the second blast"],
  "SUI", "2026-09-15", "day", "Viranşehir", "TR", 20, None, "exact", "Islamic State", "Islamic State", False,
  "'Tuesday's' vs Friday 18 September -> 15 September. 'Islamic State claimed responsibility' -> claimant and perpetrator. 'killed 20 people including the two attackers' -> 20 (inside), exact; a wounded boy who died on Thursday raised it. The claimant's 'more than 100 ...' is never used. The PKK denial is not a claim; the deputy minister's 'may have been' is speculation about logistics, not a dispute of the claim. '12-year-old' is an age; '30 days', '2,000 ... suspects', '900 kilometres', '10 million lira' are not casualties."),
E(18, ["the group claimed a roadside bomb that killed nearly a dozen soldiers near Harran"],
  "IED", "2022-10-01", "month", "Harran", "TR", 12, None, "about", "Islamic State", "Islamic State", True,
  "'In October 2022' -> month, background. 'the group claimed' -> Islamic State claimant and perpetrator. 'killed nearly a dozen soldiers' -> 12, about ('nearly' and 'a dozen' are both 'about' in the dev table)."),
E(18, ["its fighters abducted a Syrian journalist in Akçakale"],
  "ABD", "2024-01-01", "year", "Akçakale", "TR", None, None, None, "Islamic State", None, True,
  "'Two years ago' vs 2026 -> 2024, year, background. 'its fighters' -> Islamic State as perpetrator; no claim stated for it -> claimed_by null. 'a Syrian journalist' is the abductee."),
]

# -------------------------------------------------------------- holdout20-019
ARTICLES.append(A(19, "fr", "article", "2026-09-21T07:30:00Z",
"Attentat de Viranşehir : un passeur arrêté, deux suspects tués lors d'un assaut",
"""
Six jours après le double attentat-suicide de Viranşehir, revendiqué par l'État islamique, l'enquête s'accélère dans le sud-est de la Turquie.

Samedi, la police a interpellé 14 suspects lors de descentes simultanées dans plusieurs quartiers de Siverek, selon l'agence de presse officielle. Âgés de 19 à 52 ans, ils sont soupçonnés d'avoir fourni de l'argent et un logement aux deux kamikazes. Douze téléphones, deux ordinateurs et 40 000 livres turques en liquide ont été saisis.

Vendredi, un Syrien de 33 ans, soupçonné d'avoir fait passer les kamikazes de Syrie en Turquie contre 3 000 dollars, a été arrêté par la gendarmerie à Akçakale, ville frontalière.

Dimanche à l'aube, une opération des forces spéciales de la gendarmerie contre une ferme isolée près de Ceylanpınar a tourné à l'affrontement. Deux suspects ont été tués et un gendarme a été blessé, selon le ministère de l'Intérieur, qui affirme que les deux hommes préparaient « une nouvelle attaque ». Des gilets explosifs et 15 kilos d'explosifs ont été retrouvés sur place.

Une trentaine de personnes, dont des proches des kamikazes, ont par ailleurs été entendues puis relâchées. Les enquêteurs n'ont pas souhaité préciser combien de suspects restaient en garde à vue.

Le bilan de l'attentat s'établit à 20 morts, dont les deux kamikazes, et 68 blessés, dont 15 sont encore hospitalisés. Le marché aux bestiaux de Viranşehir a rouvert lundi matin sous la protection de 300 policiers.

À Ankara, l'opposition réclame une commission d'enquête parlementaire. Le ministre de l'Intérieur doit être entendu mercredi par les députés.
"""))
GOLD += [
E(19, ["double attentat-suicide de Viranşehir, revendiqué par l'État islamique"],
  "SUI", "2026-09-15", "day", "Viranşehir", "TR", 20, 68, "exact", "Islamic State", "Islamic State", False,
  "'Six jours après' vs Monday 21 September -> 15 September (the document names the attack by its place; six days before). 'revendiqué par l'État islamique' -> claimant and perpetrator. '20 morts, dont les deux kamikazes, et 68 blessés' -> 20 (inside), 68, exact; 'dont 15 sont encore hospitalisés' is a subset (68 here versus 'Nearly 70' in 017: each document stands alone)."),
E(19, ["la police a interpellé 14 suspects lors de descentes simultanées dans plusieurs quartiers de Siverek"],
  "ARR", "2026-09-19", "day", "Siverek", "TR", None, None, None, "police", None, False,
  "'Samedi' vs Monday 21 September -> 19 September. Police -> 'police'. Neighbourhoods -> the town. 'Âgés de 19 à 52 ans', 'Douze téléphones', 'deux ordinateurs', '40 000 livres turques' are not casualties."),
E(19, ["un Syrien de 33 ans, soupçonné d'avoir fait passer les kamikazes de Syrie en Turquie contre 3 000 dollars, a été arrêté par la gendarmerie à Akçakale"],
  "ARR", "2026-09-18", "day", "Akçakale", "TR", None, None, None, "police", None, False,
  "'Vendredi' vs Monday 21 September -> 18 September. The suspected facilitator; gendarmerie -> 'police'. '33 ans' is an age, '3 000 dollars' money."),
E(19, ["une opération des forces spéciales de la gendarmerie contre une ferme isolée près de Ceylanpınar a tourné à l'affrontement"],
  "BAT", "2026-09-20", "day", "Ceylanpınar", "TR", 2, 1, "exact", "police", None, False,
  "'Dimanche à l'aube' vs Monday 21 September -> 20 September. A raid that turns into a clash -> Armed clash initiated by the raiding force; gendarmerie special forces -> 'police'. 'Deux suspects ont été tués et un gendarme a été blessé' -> 2 killed, 1 injured, the acting force's own figure. 'Une trentaine de personnes ... entendues puis relâchées' are not arrests; '15 kilos', '300 policiers' are not casualties."),
]

# -------------------------------------------------------------- holdout20-020
ARTICLES.append(A(20, "en", "article", "2026-09-22T12:00:00Z",
"Timeline: a decade of attacks in Turkey's south-east",
"""
Tuesday's twin suicide bombing in Viranşehir was the deadliest attack in Şanlıurfa province in years. Below, a selection of earlier incidents in the region, compiled from our archives.

March 2018 - A car bomb explodes outside a police station in Birecik, on the Euphrates, killing two officers and wounding 11. No group claims it.

August 2019 - Gunmen ambush a gendarmerie patrol near Bozova, killing three gendarmes. The PKK claims the attack two days later.

May 2021 - Police detain 12 suspected Islamic State members in dawn raids in Harran. Officers seize two suicide vests and 4 kg of explosives.

November 2023 - A Turkish drone strike kills more than 20 PKK militants in a rural area near Halfeti, the army says.

January 2025 - A roadside bomb wounds five soldiers travelling in an armoured vehicle near Suruç district's border villages, about 10 km from the Syrian frontier. No one is killed.

September 15, 2026 - Two suicide bombers strike the livestock market and the entrance of the state hospital in Viranşehir, about 20 minutes apart. Twenty people are killed, including the two bombers, and 68 wounded. Islamic State claims the attack two days later.

The list does not include the dozens of smaller incidents, such as rocket fire from across the border or arson attacks on farm machinery, recorded over the same period. Between 2016 and 2024, according to a local rights group, more than 150 people were killed in political violence in the province, a figure the government disputes.

Şanlıurfa, a province of about 2.2 million people, borders Syria along some 200 km. Its economy relies on cotton, pistachios and livestock, and it hosts around 400,000 Syrian refugees.
"""))
GOLD += [
E(20, ["Tuesday's twin suicide bombing in Viranşehir", "Two suicide bombers strike the livestock market and the entrance of the state hospital in Viranşehir", "Islamic State claims the attack"],
  "SUI", "2026-09-15", "day", "Viranşehir", "TR", 20, 68, "exact", "Islamic State", "Islamic State", False,
  "'Tuesday's' vs Tuesday 22 September -> the Tuesday before, 15 September; the timeline entry gives 'September 15, 2026'. Two sites, about 20 minutes apart -> one event. 'Twenty people are killed, including the two bombers, and 68 wounded' -> 20 (inside), 68, exact. 'Islamic State claims the attack' -> claimant and perpetrator."),
E(20, ["A car bomb explodes outside a police station in Birecik"],
  "IED", "2018-03-01", "month", "Birecik", "TR", 2, 11, "exact", None, None, True,
  "'March 2018' -> month, background. 'No group claims it' -> null. 'killing two officers and wounding 11' -> 2, 11."),
E(20, ["Gunmen ambush a gendarmerie patrol near Bozova"],
  "BAT", "2019-08-01", "month", "Bozova", "TR", 3, None, "exact", "PKK", "PKK", True,
  "'August 2019' -> month, background. 'The PKK claims the attack' -> claimant and perpetrator 'PKK' (no earlier set names the group; the short name used by the text). An ambush of a patrol by a group that claims it -> Armed clash, the group as initiator (events_holdout19: Kong). 'killing three gendarmes' -> 3; 'two days later' is a span."),
E(20, ["Police detain 12 suspected Islamic State members in dawn raids in Harran"],
  "ARR", "2021-05-01", "month", "Harran", "TR", None, None, None, "police", None, True,
  "'May 2021' -> month, background. Police -> 'police'. '12 suspected ... members' are arrestees; 'two suicide vests', '4 kg' belong to the arrest. Harran is also 018's 2022 roadside bomb (another document)."),
E(20, ["A Turkish drone strike kills more than 20 PKK militants in a rural area near Halfeti"],
  "AIR", "2023-11-01", "month", "Halfeti", "TR", 20, None, "more_than", "military", None, True,
  "'November 2023' -> month, background. The Turkish army in Turkey -> 'military' (the country's own forces). 'kills more than 20 PKK militants' -> 20, more_than, the acting force's own figure."),
E(20, ["A roadside bomb wounds five soldiers"],
  "IED", "2025-01-01", "month", "Suruç", "TR", 0, 5, "exact", None, None, True,
  "'January 2025' -> month, background. No actor -> null. 'wounds five soldiers' and 'No one is killed' -> 0 killed (explicit), 5 injured, exact. 'near Suruç district's border villages' -> Suruç, the most specific named place. '10 km' is a distance. The closing paragraph's 'dozens of smaller incidents', 'more than 150 people were killed ... Between 2016 and 2024' are cumulative statistics (not coded); '2.2 million', '200 km', '400,000' are not casualties."),
]
