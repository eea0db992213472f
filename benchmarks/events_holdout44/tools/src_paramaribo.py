"""Authoring source of benchmarks/events_holdout44 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Paramaribo, Suriname cluster (holdout44-016 to 020; English and
French), two suicide bombers on Friday 25 September 2026 at two sites of
one town (the fish hall of the Central Market on the Waterkant and the
flagpole of Independence Square, about 500 m and six minutes apart): an
English wire with a first report (016), a seizure notice of the French
customs in French Guiana ("avis de saisie", fr 017), the Suriname electoral
council's notice postponing a by-election (018), a statement of the
shared-taxi drivers' association of western French Guiana ("communiqué des
taxis collectifs", fr 019) and an English wire on charges and a third
arrest (020). Suriname and French Guiana are UTC-3: every publication time
here is between 14:00 and 20:00 UTC (11:00 to 17:00 local), so every local
date is the UTC date. The gold keeps "Saint-Laurent-du-Maroni" (French
« Saint-Laurent ») and the English name of the Marowijne river is only
named. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout44")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout44-016
ARTICLES.append(A(16, "en", "article", "2026-09-25T20:00:00Z",
"Twin suicide attack kills at least eight in Suriname's capital",
"""
PARAMARIBO, Suriname (Atlantic Wire) - Two suicide bombers attacked the heart of Paramaribo on Friday morning, killing at least eight people, including themselves, and wounding about 30 at the Central Market and on Independence Square, officials said.

The first bomber set off his charge at about 9:40 a.m. in the fish hall of the Central Market on the Waterkant, the riverside road lined with wooden colonial buildings. Six minutes later the second blew himself up near the flagpole of Independence Square, some 500 metres away, where civil servants were arriving for a ceremony.

"My aunt sells cassava bread in the market, 15 Surinamese dollars a loaf," said Rajesh Ramdin, 26, outside the Academic Hospital. "I have been waiting four hours to know if she is alive."

There was no immediate claim. A security official said the bombers "may have crossed the Marowijne river" from French Guiana in recent days, but stressed that nothing had been confirmed.

Suriname, a country of some 620,000 people, has almost no history of attacks of this kind. In 2016, a grenade thrown into a gold buyer's shop in Nieuw Nickerie killed the owner; police blamed a gang of robbers.

The president's office declared three days of mourning and closed schools in the capital until Tuesday. About 700 police officers and soldiers were deployed, and the border posts at Albina and South Drain were put on alert. The Academic Hospital, with 420 beds, asked for blood donors and for off-duty nurses to report. The Central Market, where some 2,000 vendors work, will stay closed until further notice.
"""))
GOLD += [
E(16, ["Two suicide bombers attacked the heart of Paramaribo", "The first bomber set off his charge", "the second blew himself up"],
  "SUI", "2026-09-25", "day", "Paramaribo", "SR", 8, 30, "at_least", None, None, False,
  "Wire of Friday 25 September 2026 (17:00 in Paramaribo); 'on Friday morning' = the publication day. Two sites of one town (the Central Market's fish hall and the flagpole of Independence Square, 'some 500 metres' and 'Six minutes' apart) -> ONE Suicide bomb event coded to the town. First report: 'killing at least eight people, including themselves, and wounding about 30' -> killed 8 (bombers inside: 'including themselves'), at_least; injured 30 ('about 30'; the qualifier describes the killed figure). 'There was no immediate claim'; 'may have crossed the Marowijne river' is speculation -> perpetrator null. '9:40 a.m.', '500 metres', '15 Surinamese dollars', '26', 'four hours', '620,000 people', 'three days', '700 police officers and soldiers', '420 beds', '2,000 vendors' are not casualties. Albina and South Drain are only named here."),
E(16, ["a grenade thrown into a gold buyer's shop in Nieuw Nickerie killed the owner"],
  "GRN", "2016-01-01", "year", "Nieuw Nickerie", "SR", 1, None, "exact", None, None, True,
  "'In 2016' -> year, background. A thrown grenade -> Grenade. 'killed the owner' -> killed 1, exact. 'police blamed a gang of robbers' (unnamed) -> perpetrator null."),
]

# -------------------------------------------------------------- holdout44-017
ARTICLES.append(A(17, "fr", "article", "2026-09-28T14:00:00Z",
"Saint-Laurent-du-Maroni : la douane saisit des détonateurs dans une pirogue",
"""
DIRECTION RÉGIONALE DES DOUANES DE GUYANE - AVIS DE SAISIE. Cayenne, le lundi 28 septembre 2026.

Dimanche 27 septembre, vers 5 h 40, une patrouille de la brigade de surveillance de Saint-Laurent-du-Maroni a contrôlé une pirogue de 9 mètres, équipée d'un moteur de 60 CV, qui accostait tous feux éteints à un dégrad de la ville, en provenance de la rive surinamaise du fleuve.

Sous une bâche, les agents ont découvert 18 détonateurs électriques, 25 kg de nitrate d'ammonium, 40 mètres de cordeau et 14 000 euros en espèces. Le piroguier, un ressortissant surinamais de 39 ans, a été interpellé sur place par les douaniers puis remis aux gendarmes. Ses deux passagers, entendus dans la matinée, ont été laissés libres.

Les enquêteurs cherchent à établir si ce matériel est lié au double attentat-suicide de vendredi à Paramaribo. Le bilan de cet attentat, d'abord de huit morts, s'établit désormais à onze morts, kamikazes compris, et 34 blessés, selon les autorités surinamaises, un blessé ayant succombé dimanche. La police du Suriname a indiqué que les deux kamikazes avaient séjourné à Albina, sur l'autre rive, la semaine précédente.

L'importation sans autorisation de tels produits est passible de dix ans d'emprisonnement et d'une amende pouvant atteindre cinq fois la valeur des marchandises. Le parquet de Cayenne s'est saisi de l'affaire.

Depuis janvier, la brigade a réalisé 212 contrôles de pirogues sur le fleuve et saisi 31 kg de cocaïne. Ses effectifs ont été renforcés de 12 agents ce week-end, et le bac entre Saint-Laurent et Albina fait l'objet d'une fouille systématique.

Le directeur régional rappelle que toute information peut être signalée, de manière anonyme, au 05 94 29 74 10, du lundi au vendredi de 8 heures à 17 heures.
"""))
GOLD += [
E(17, ["Le piroguier, un ressortissant surinamais de 39 ans, a été interpellé sur place par les douaniers"],
  "ARR", "2026-09-27", "day", "Saint-Laurent-du-Maroni", "GF", None, None, None, "police", None, False,
  "Customs seizure notice of Monday 28 September; 'Dimanche 27 septembre' -> 27 September. The boatman, the cluster's suspected facilitator, arrested on the spot at a landing of Saint-Laurent-du-Maroni, French Guiana -> GF (ISO code of French Guiana). Arrested by customs officers and handed to the gendarmes: customs and gendarmerie are law-enforcement services -> 'police' (dev). The detonators, ammonium nitrate, cord and cash found in the boat belong to the arrest (not a separate Disrupted weapons use). The 'deux passagers, entendus ... laissés libres' are not arrested. '5 h 40', '9 mètres', '60 CV', '18 détonateurs', '25 kg', '40 mètres', '14 000 euros', '39 ans' are not casualties."),
E(17, ["double attentat-suicide de vendredi à Paramaribo", "cet attentat"],
  "SUI", "2026-09-25", "day", "Paramaribo", "SR", 11, 34, "exact", None, None, False,
  "'de vendredi' vs Monday 28 September -> 25 September. The toll is revised inside: 'd'abord de huit morts' (superseded) -> 'onze morts, kamikazes compris, et 34 blessés' -> killed 11 (bombers inside; the wounded man who died on Sunday is inside), injured 34, exact. No claim named -> perpetrator null. 'dix ans d'emprisonnement', 'cinq fois', '212 contrôles', '31 kg', '12 agents', '05 94 29 74 10', '8 heures à 17 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout44-018
ARTICLES.append(A(18, "en", "article", "2026-09-29T14:00:00Z",
"Electoral council postpones Paramaribo by-election",
"""
INDEPENDENT ELECTORAL COUNCIL OF SURINAME - NOTICE OF POSTPONEMENT No. 4/2026. Paramaribo, Tuesday 29 September 2026.

1. The by-election for the district council of Paramaribo-Centrum, set for Sunday 4 October 2026, is postponed to Sunday 1 November 2026. Polls will be open from 7 a.m. to 7 p.m. as planned.

2. Reasons. The twin suicide bombing of Friday 25 September at the Central Market and on Independence Square killed 12 people, the two bombers included, and wounded 34, after a second injured person died on Monday. Polling stations 3 and 7, in the market hall and in the finance ministry building, lie inside the security perimeter. All candidates suspended their campaigns on Friday.

3. The bombing was claimed on Sunday by Jamaat al Muslimeen, a group based in Trinidad and Tobago. The Attorney General's office considers the claim credible. Its figure of "more than forty unbelievers" is false.

4. On Monday, police used tear gas and batons to disperse about 1,000 people who had marched on the National Assembly to demand the justice minister's resignation. Four people were injured, among them a police officer. Candidates are reminded that rallies in the city centre are banned until 15 October.

5. Voters. The 21,470 voters registered in the district keep their voter cards. The list of the 38 polling stations will be confirmed on 20 October. Voters who have moved may ask to change station until 9 October at the Council's office on Kerkplein, ground floor, from 8 a.m. to 2 p.m.

6. Candidates. The 14 lists submitted remain valid. The deadline for campaign spending returns moves to 30 November. The spending ceiling of SRD 150,000 per list is unchanged.

7. The Council offers its condolences to the families and wishes a swift recovery to the injured, among them two of its polling officers who were setting up the market hall station.

Information: +597 42 17 30, on weekdays.
"""))
GOLD += [
E(18, ["The twin suicide bombing of Friday 25 September", "The bombing was claimed"],
  "SUI", "2026-09-25", "day", "Paramaribo", "SR", 12, 34, "exact", "Jamaat al Muslimeen", "Jamaat al Muslimeen", False,
  "Electoral council notice of Tuesday 29 September; 'of Friday 25 September' -> 25 September. Two sites of one town (the Central Market and Independence Square) -> ONE event. 'killed 12 people, the two bombers included, and wounded 34' -> killed 12 (bombers inside; the second injured person who died on Monday is inside), injured 34, exact; 'two of its polling officers' are a subset. 'claimed on Sunday by Jamaat al Muslimeen', judged 'credible' by the Attorney General's office -> claimant and perpetrator 'Jamaat al Muslimeen' (no canonical dev name; the group's usual spelling); its 'more than forty unbelievers' is never used. 'No. 4/2026', '4 October', '1 November', '7 a.m. to 7 p.m.', 'Polling stations 3 and 7', '15 October', '21,470 voters', '38 polling stations', '20 October', '9 October', '8 a.m. to 2 p.m.', '14 lists', '30 November', 'SRD 150,000', '+597 42 17 30' are not casualties."),
E(18, ["police used tear gas and batons to disperse about 1,000 people who had marched on the National Assembly"],
  "PI", "2026-09-28", "day", "Paramaribo", "SR", None, 4, "exact", None, None, False,
  "'On Monday' vs Tuesday 29 September -> 28 September. A march on the National Assembly with a demand (the justice minister's resignation) dispersed 'with tear gas and batons' -> Protests / Protest with intervention, perpetrator null (dev). 'Four people were injured, among them a police officer' -> injured 4 (all sides, the officer inside), exact. 'about 1,000 people' counts marchers. The ban on rallies 'until 15 October' is not an event."),
]

# -------------------------------------------------------------- holdout44-019
ARTICLES.append(A(19, "fr", "article", "2026-09-30T14:00:00Z",
"Les taxis collectifs de l'Ouest guyanais suspendent leurs rotations vers Albina",
"""
ASSOCIATION DES TAXIS COLLECTIFS DE L'OUEST GUYANAIS - COMMUNIQUÉ. Saint-Laurent-du-Maroni, le mercredi 30 septembre 2026.

Après le double attentat-suicide du 25 septembre à Paramaribo, revendiqué dimanche par le Jamaat al Muslimeen, notre association adresse ses condoléances au peuple surinamais. Le bilan est aujourd'hui de douze morts, kamikazes compris, et de trente-quatre blessés. Beaucoup de nos clients ont de la famille là-bas.

Notre collègue. Samedi, la police surinamaise a arrêté à Albina deux hommes soupçonnés d'avoir hébergé les kamikazes. L'un d'eux est notre adhérent Ronald, 47 ans, chauffeur depuis 2011 sur la ligne Albina-Paramaribo, qui les avait transportés sans rien savoir. Il a été relâché lundi sans inculpation. Nous demandons que son nom soit lavé publiquement.

Le piroguier. Le piroguier interpellé dimanche à Saint-Laurent avec des détonateurs n'a aucun lien avec notre association, contrairement à ce qu'affirment des messages sur les réseaux sociaux.

Nos décisions.
- Les rotations Saint-Laurent - Albina - Paramaribo sont suspendues pendant 48 heures, jusqu'à vendredi 6 heures.
- À la reprise, le tarif Albina-Paramaribo restera de 25 euros ; aucun supplément « sécurité » ne sera demandé.
- Chaque chauffeur notera le nom et le numéro de pièce d'identité de ses passagers, comme le demande la police surinamaise.

Le contrôle au bac. Depuis samedi, l'attente au bac international dépasse trois heures, et les quelque 140 pirogues qui traversent chaque jour sont fouillées une à une.

La marche. Dimanche, quelque 800 habitants de Saint-Laurent, dont une trentaine de nos chauffeurs, ont marché en silence du marché jusqu'au fleuve, face à Albina, pour dire « non au terrorisme ». Aucun incident n'a été signalé.

Contact : Mme Josiane Abienso, présidente, 0694 41 27 83.
"""))
GOLD += [
E(19, ["double attentat-suicide du 25 septembre à Paramaribo"],
  "SUI", "2026-09-25", "day", "Paramaribo", "SR", 12, 34, "exact", "Jamaat al Muslimeen", "Jamaat al Muslimeen", False,
  "Taxi drivers' statement of Wednesday 30 September; 'du 25 septembre' -> 25 September. 'douze morts, kamikazes compris, et de trente-quatre blessés' -> killed 12 (bombers inside), injured 34 (number words), exact. 'revendiqué dimanche par le Jamaat al Muslimeen', undisputed -> claimant and perpetrator. '47 ans', '2011', '48 heures', '6 heures', '25 euros', 'trois heures', '140 pirogues', '800 habitants' and 'une trentaine de nos chauffeurs' (marchers), '0694 41 27 83' are not casualties."),
E(19, ["la police surinamaise a arrêté à Albina deux hommes"],
  "ARR", "2026-09-26", "day", "Albina", "SR", None, None, None, "police", None, False,
  "'Samedi' vs Wednesday 30 September -> 26 September. Two men suspected of lodging the bombers, arrested by the Surinamese police -> 'police'. One of them, the taxi driver Ronald, 'a été relâché lundi sans inculpation': the release does not undo the arrest."),
E(19, ["Le piroguier interpellé dimanche à Saint-Laurent"],
  "ARR", "2026-09-27", "day", "Saint-Laurent-du-Maroni", "GF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout44-017: 'dimanche' vs Wednesday 30 September -> 27 September; 'Saint-Laurent' is the short form of Saint-Laurent-du-Maroni (named in the header) -> GF. No force named; the customs officers and gendarmes of holdout44-017 -> 'police'."),
E(19, ["quelque 800 habitants de Saint-Laurent, dont une trentaine de nos chauffeurs, ont marché en silence"],
  "PP", "2026-09-27", "day", "Saint-Laurent-du-Maroni", "GF", None, None, None, None, None, False,
  "'Dimanche' vs Wednesday 30 September -> 27 September. A silent march in Saint-Laurent-du-Maroni, French Guiana, with a message ('pour dire « non au terrorisme »'), 'Aucun incident' -> Peaceful protest, perpetrator null, coded to the march's own town (GF), not to the bombing's country. '800' and 'une trentaine' count marchers."),
]

# -------------------------------------------------------------- holdout44-020
ARTICLES.append(A(20, "en", "article", "2026-10-02T15:00:00Z",
"Suriname charges bombing suspect; third man held in Moengo",
"""
PARAMARIBO, Suriname (Atlantic Wire) - Surinamese police on Wednesday arrested a third suspect in Moengo, a former bauxite town 100 km east of the capital, in connection with last week's twin suicide bombing in Paramaribo, the Attorney General's office said on Friday.

The man, 35, is suspected of storing explosives in a shed he rented for 500 Surinamese dollars a month. The remaining suspect from the pair detained in Albina on Saturday was charged on Thursday with terrorism and murder and remanded for 60 days; the other, a taxi driver, was freed on Monday. The boatman held in French Guiana on Sunday with 18 detonators is awaiting a decision on his transfer.

The toll from the September 25 attack at the Central Market and on Independence Square rose to 13, including the two bombers, when a 70-year-old market vendor died on Thursday; 34 people were wounded.

Jamaat al Muslimeen, a Trinidad-based group, claimed the bombing on Sunday, and prosecutors have judged the claim credible. Hezbollah, which some commentators had blamed, denied any role in a statement on Tuesday. Investigators say the bombers, two Surinamese brothers aged 22 and 24, "may have been" recruited while working in Trinidad.

On Sunday, thousands of people dressed in white marched in silence through Paramaribo, from the Central Market to the Presidential Palace. The next day, police dispersed a march on the National Assembly with tear gas.

Suriname's only comparable attack, a 2016 grenade blast at a gold buyer's shop in Nieuw Nickerie, killed one man.

The Central Market is due to reopen in part on Monday. Schools reopened on Tuesday with 1,900 police officers on duty around them. The government said it had received pledges of 4.5 million US dollars for the victims and had hired 60 extra customs staff for the river crossings.
"""))
GOLD += [
E(20, ["Surinamese police on Wednesday arrested a third suspect in Moengo"],
  "ARR", "2026-09-30", "day", "Moengo", "SR", None, None, None, "police", None, False,
  "Wire of Friday 2 October; 'on Wednesday' -> 30 September. A man suspected of storing the explosives, arrested in Moengo by the Surinamese police -> 'police'. '100 km', '35', '500 Surinamese dollars' are not casualties."),
E(20, ["last week's twin suicide bombing in Paramaribo", "the September 25 attack", "claimed the bombing"],
  "SUI", "2026-09-25", "day", "Paramaribo", "SR", 13, 34, "exact", "Jamaat al Muslimeen", "Jamaat al Muslimeen", False,
  "'the September 25 attack' -> 25 September. Two sites of one town -> ONE event. 'rose to 13, including the two bombers, when a 70-year-old market vendor died on Thursday; 34 people were wounded' -> killed 13 (bombers inside), injured 34, exact. 'Jamaat al Muslimeen ... claimed the bombing on Sunday', judged 'credible' -> claimant and perpetrator. Hezbollah's denial is not a claim; 'may have been recruited' is speculation. 'aged 22 and 24', '1,900 police officers', '4.5 million US dollars', '60 extra customs staff' are not casualties."),
E(20, ["the pair detained in Albina on Saturday"],
  "ARR", "2026-09-26", "day", "Albina", "SR", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout44-019: 'on Saturday' vs Friday 2 October -> 26 September. 'charged on Thursday ... and remanded for 60 days' is the judicial follow-up; 'the other, a taxi driver, was freed on Monday' does not undo the arrest. No force named -> 'police'."),
E(20, ["The boatman held in French Guiana on Sunday"],
  "ARR", "2026-09-27", "day", "French Guiana", "GF", None, None, None, "police", None, False,
  "Participle restating the arrest of holdout44-017: 'on Sunday' vs Friday 2 October -> 27 September. This wire names no town for it (each document stands alone): the most specific named place is the territory, French Guiana -> location 'French Guiana', GF. '18 detonators' were seized with him (part of the arrest); 'awaiting a decision on his transfer' is a follow-up. No force named -> 'police'."),
E(20, ["thousands of people dressed in white marched in silence through Paramaribo"],
  "PP", "2026-09-27", "day", "Paramaribo", "SR", None, None, None, None, None, False,
  "'On Sunday' vs Friday 2 October -> 27 September. A silent march from the Central Market to the Presidential Palace, no incident -> Peaceful protest (a march in memory of the victims, like the silent marches of earlier sets), perpetrator null. 'thousands' counts marchers."),
E(20, ["police dispersed a march on the National Assembly with tear gas"],
  "PI", "2026-09-28", "day", "Paramaribo", "SR", None, None, None, None, None, False,
  "'The next day' after Sunday 27 September -> Monday 28 September: the march of holdout44-018, dispersed 'with tear gas' -> Protest with intervention, perpetrator null. No casualty figure here -> null."),
E(20, ["Suriname's only comparable attack", "a 2016 grenade blast at a gold buyer's shop in Nieuw Nickerie, killed one man"],
  "GRN", "2016-01-01", "year", "Nieuw Nickerie", "SR", 1, None, "exact", None, None, True,
  "'a 2016 grenade blast' -> year, background (the grenade of holdout44-016). 'killed one man' -> killed 1, exact; no author named -> null."),
]
