"""Authoring source of benchmarks/events_holdout42 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Nikšić, Montenegro cluster (holdout42-011 to 015; French and
English), two suicide bombers on Friday 3 July 2026 at two sites of one town
(Freedom Square, « la place de la Liberté », and the bus station, about
800 m and seven minutes apart): a French agency dispatch with a first report
(fr 011), an English fixture postponement of a youth football tournament
(012), an English sanctions designation notice of the government (013), an
English crowdfunding page for a wounded waitress with dated updates (014)
and a French tender notice for the rebuilding of the bus station (« avis
d'appel d'offres », fr 015). Montenegro is UTC+2 in July: every publication
time here is between 08:00 and 20:00 UTC (10:00 to 22:00 local), so every
local date is the UTC date. The gold keeps the Montenegrin spelling
"Nikšić", which the English pieces write "Niksic". Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout42")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout42-011
ARTICLES.append(A(11, "fr", "article", "2026-07-03T20:00:00Z",
"Monténégro : deux kamikazes frappent Nikšić, au moins huit morts",
"""
NIKŠIĆ (Monténégro), (Agence Adriatique Presse) - Deux kamikazes se sont fait exploser vendredi soir à sept minutes d'intervalle dans le centre de Nikšić, deuxième ville du Monténégro, faisant au moins huit morts, dont les deux kamikazes, et plusieurs dizaines de blessés, selon le ministère de l'Intérieur.

Le premier s'est fait sauter vers 19 h 10 sur la place de la Liberté, noire de monde pour un concert en plein air. Le second a actionné sa ceinture d'explosifs à 19 h 17 devant la gare routière, à environ 800 mètres, où des dizaines de voyageurs attendaient le car de 19 h 30 pour Podgorica.

« J'ai vu des chaises voler jusqu'au premier étage », témoigne Jovana, 34 ans, serveuse dans un café de la place. Les blessés ont été transportés à l'hôpital général de Nikšić et au centre clinique de Podgorica, à 55 km.

Aucune revendication n'avait été publiée dans la soirée. Selon une source policière, l'attaque « pourrait porter la marque de l'État islamique », dont plusieurs dizaines de ressortissants monténégrins ont rejoint les rangs en Syrie entre 2013 et 2016.

Le Monténégro, candidat à l'adhésion à l'Union européenne, n'avait connu jusqu'ici que des violences liées aux règlements de comptes entre clans de la drogue. En 2018, une grenade lancée contre un café de Cetinje avait blessé quatre personnes.

Le gouvernement a décrété trois jours de deuil national. Environ 500 policiers ont été déployés dans cette ville de 56 000 habitants, et des contrôles renforcés ont été installés aux postes-frontières avec la Serbie et l'Albanie. Le festival de jazz prévu samedi est annulé et ses 4 200 billets seront remboursés. La banque du sang de Nikšić, qui ne dispose que de 300 poches, a lancé un appel aux donneurs.
"""))
GOLD += [
E(11, ["Deux kamikazes se sont fait exploser vendredi soir", "Le premier s'est fait sauter", "Le second a actionné sa ceinture d'explosifs", "l'attaque"],
  "SUI", "2026-07-03", "day", "Nikšić", "ME", 8, 12, "at_least", None, None, False,
  "Dispatch of Friday 3 July 2026 (22:00 in Nikšić, UTC+2); 'vendredi soir' = the publication day. Two sites of one town (Freedom Square and the bus station, 'environ 800 mètres', seven minutes apart) -> ONE Suicide bomb event coded to the town. First report: 'au moins huit morts, dont les deux kamikazes, et plusieurs dizaines de blessés' -> killed 8 (bombers inside), at_least; « plusieurs dizaines » -> injured 12 (dev table; the qualifier describes the killed figure). No claim; « pourrait porter la marque de l'État islamique » is speculation -> perpetrator null. '19 h 10', '19 h 17', '800 mètres', 'des dizaines de voyageurs' (travellers waiting, not casualties), '19 h 30', '34 ans', '55 km', 'plusieurs dizaines de ressortissants' (fighters abroad), '2013 et 2016', 'trois jours', '500 policiers', '56 000 habitants', '4 200 billets', '300 poches' are not casualties."),
E(11, ["une grenade lancée contre un café de Cetinje"],
  "GRN", "2018-01-01", "year", "Cetinje", "ME", None, 4, "exact", None, None, True,
  "'En 2018' -> year, background. A thrown grenade -> Grenade; no author named -> null (the clan feuds are generic). 'avait blessé quatre personnes' -> injured 4, exact."),
]

# -------------------------------------------------------------- holdout42-012
ARTICLES.append(A(12, "en", "article", "2026-07-04T09:00:00Z",
"Adriatic Summer Cup: weekend fixtures in Niksic postponed",
"""
ADRIATIC SUMMER CUP. OFFICIAL STATEMENT No. 3. Saturday 4 July 2026, 11:00.

The organising committee of the Adriatic Summer Cup, the under-17 football tournament hosted this week by Niksic, has postponed all of Saturday's and Sunday's fixtures after last night's twin suicide bombing in the city centre.

Our statement No. 2, issued at 23:00 on Friday, spoke of eight deaths. The Interior Ministry now says 11 people were killed, the bombers included, and 58 were injured. Two of our volunteers, aged 17 and 19, are among the injured; both are out of danger. No player or coach was hurt. Police said the bombing "may have been" the work of Islamic State sympathisers, but no one has claimed it.

Police arrested two men in a flat in Podgorica on Friday night. A dozen people who had been at the bus station were questioned overnight and allowed to go home.

POSTPONED FIXTURES
- Match 17: Lovcen Youth v Kotor Bay Academy, Saturday 16:00, city stadium (5,214 seats). New date: Tuesday 7 July, 16:00.
- Match 18: Durmitor Stars v Tara Rapids, Saturday 18:30. New date: Tuesday 7 July, 18:30.
- Match 19: Adriatic Eagles v Zeta Valley, Sunday 17:00. New date: Wednesday 8 July, 17:00.
- The final, planned for Sunday 12 July at 20:00, is maintained for now.

Tickets (5 euros, 3 euros for under-14s) remain valid for the new dates. Refunds are available at the stadium box office, window 2, from 10:00 to 14:00 until Friday.

The 24 visiting teams will remain in their hotels, and a curfew of 22:00 applies to all players. Team buses will not use the bus station, which remains closed.

A minute's silence will be observed before every remaining match, and all teams will wear black armbands. Information for parents: +382 40 213 450 (24 hours).
"""))
GOLD += [
E(12, ["last night's twin suicide bombing in the city centre", "the bombing"],
  "SUI", "2026-07-03", "day", "Nikšić", "ME", 11, 58, "exact", None, None, False,
  "Statement of Saturday 4 July; 'last night's' -> Friday 3 July. Two bombers in one town -> ONE event, coded to Nikšić (the host city; English 'Niksic'). The toll is revised inside: statement No. 2's 'eight deaths' (superseded) -> '11 people were killed, the bombers included, and 58 were injured' -> killed 11 (bombers inside), injured 58, exact; 'Two of our volunteers' are a subset. 'may have been' the work of Islamic State sympathisers is speculation and 'no one has claimed it' -> perpetrator null. 'No. 3', '11:00', 'under-17', 'No. 2', '23:00', 'aged 17 and 19', 'Match 17/18/19', the kick-off times, '5,214 seats', '12 July', '5 euros', '3 euros', 'under-14s', 'window 2', '10:00 to 14:00', '24 visiting teams', '22:00', '+382 40 213 450' are not casualties; 'A dozen people ... questioned' are not arrested."),
E(12, ["Police arrested two men in a flat in Podgorica on Friday night"],
  "ARR", "2026-07-03", "day", "Podgorica", "ME", None, None, None, "police", None, False,
  "'on Friday night' vs Saturday 4 July -> 3 July (dev: 'Thursday night' means Thursday). 'Police' -> 'police'. The dozen people 'questioned overnight and allowed to go home' are not arrested."),
]

# -------------------------------------------------------------- holdout42-013
ARTICLES.append(A(13, "en", "article", "2026-07-08T08:00:00Z",
"Montenegro designates three people over the Niksic bombing",
"""
GOVERNMENT OF MONTENEGRO. NOTICE OF DESIGNATION UNDER THE LAW ON INTERNATIONAL RESTRICTIVE MEASURES. Decision No. 03-412/26 of 7 July 2026, published on Wednesday 8 July 2026.

The Government of Montenegro has designated the three persons listed below. With immediate effect, their funds and economic resources in Montenegro are frozen, they are banned from entering or transiting Montenegro, and no funds may be made available to them.

STATEMENT OF REASONS. On the evening of 3 July 2026, two suicide bombers detonated explosive belts on Freedom Square and at the bus station in Niksic, killing ten people in addition to themselves and injuring 58. The attack was claimed on 6 July by Islamic State through its Amaq agency. The National Security Agency has assessed the claim as credible, although its assertion that "more than 50 crusaders" died is false. Hurras al-Din, which was named in early reports, denied any involvement and is not designated.

LISTED PERSONS
1. Adnan K., born 14.03.1991 in Novi Pazar, Serbia. Passport of Serbia No. 010482279. Address: Stevana Nemanje 41, Novi Pazar. Grounds: supplied the two bombers with forged identity papers and a car; arrested in Novi Pazar by the Serbian police on 5 July 2026.
2. Emir D., born 02.11.1987. Last known location: Idlib province, Syria. Grounds: recruited the two bombers online and sent them 6,000 euros through two money-transfer agencies.
3. Sabri M., born 1995. Last known location: unknown. Grounds: ran the messaging channel that first published the claim.

FUNDS FROZEN. A total of 48,300 euros has been frozen in three accounts held at two banks in Podgorica and Budva.

OBLIGATIONS. Any person or company that holds funds or assets of a listed person must report them within five working days to the Financial Intelligence Unit, telephone +382 20 241 010. Breaches are punishable by fines of up to 20,000 euros or by imprisonment of up to 10 years.

This designation is valid for 12 months and may be renewed. A listed person may ask for a review within 30 days of publication.
"""))
GOLD += [
E(13, ["two suicide bombers detonated explosive belts on Freedom Square and at the bus station in Niksic", "The attack was claimed"],
  "SUI", "2026-07-03", "day", "Nikšić", "ME", 12, 58, "exact", "Islamic State", "Islamic State", False,
  "Notice of Wednesday 8 July; 'On the evening of 3 July 2026' -> 3 July. Two sites of one town -> ONE event. 'killing ten people in addition to themselves and injuring 58' -> killed 10 + 2 bombers = 12 (the bombers are added), injured 58, exact. 'claimed on 6 July by Islamic State through its Amaq agency', 'assessed the claim as credible' -> claimant and perpetrator 'Islamic State'; the claim's 'more than 50 crusaders' is never used (and called false). Hurras al-Din's denial is not a claim. The designation, the asset freeze and the travel ban are not events. '03-412/26', '14.03.1991', '010482279', 'Stevana Nemanje 41', '02.11.1987', '6,000 euros', '1995', '48,300 euros', 'three accounts', 'five working days', '+382 20 241 010', '20,000 euros', '10 years', '12 months', '30 days' are not casualties."),
E(13, ["arrested in Novi Pazar by the Serbian police on 5 July 2026"],
  "ARR", "2026-07-05", "day", "Novi Pazar", "RS", None, None, None, "police", None, False,
  "'on 5 July 2026' -> 5 July. The cluster's suspected facilitator (forged papers and a car for the bombers), arrested in Novi Pazar, Serbia -> RS, not the bombing's country; 'the Serbian police' -> 'police'. His designation is not an event."),
]

# -------------------------------------------------------------- holdout42-014
ARTICLES.append(A(14, "en", "article", "2026-07-12T10:00:00Z",
"Help Ana walk again",
"""
FUNDRAISER: HELP ANA WALK AGAIN. Organised by Marija Vukovic, Niksic, Montenegro. 24,860 euros raised of a 40,000-euro goal, from 613 donors. Created on 4 July 2026.

Ana Radovic, 23, was carrying a tray of coffees across Freedom Square on Friday 3 July when the first bomber blew himself up a few metres from her. She lost her left leg below the knee, and a piece of shrapnel is still lodged close to her spine. She is one of the 58 people injured in the Niksic bombings, which have now killed 13 people, counting the two bombers. Ana's friend and colleague Milica, 21, died on Wednesday at the Clinical Centre in Podgorica.

Ana will need a prosthetic leg (about 14,500 euros), six months of physiotherapy (60 euros a session, three sessions a week) and a car adapted for her. Her mother, a school cook, earns 520 euros a month.

UPDATES

Saturday 11 July: Ana has been moved out of intensive care to bed 12 of the trauma ward. She asked for her phone and for chocolate. Thank you to the 413 donors from our diaspora in Luxembourg and Germany.

Wednesday 8 July: Police have arrested a man in Pljevlja who is suspected of hiding the explosives in his garage. We are told that the cowards of Islamic State claimed the attack on Monday. None of this brings Milica back.

Tuesday 7 July: Thousands of us walked in silence from the Church of Saint Basil of Ostrog to Freedom Square, holding signs that said "Niksic is not afraid". Ana watched it live on her phone and cried.

Saturday 4 July: We opened this page with a goal of 10,000 euros. You passed it in nine hours, so we raised it.

Every donation counts, and if you cannot give, please share this page. Donations by bank transfer in Montenegro can be made to the account 510-0000000123456-78, reference "Ana". We will publish every receipt.
"""))
GOLD += [
E(14, ["the first bomber blew himself up a few metres from her", "the Niksic bombings", "claimed the attack"],
  "SUI", "2026-07-03", "day", "Nikšić", "ME", 13, 58, "exact", "Islamic State", "Islamic State", False,
  "Crowdfunding page of Sunday 12 July; 'on Friday 3 July' -> 3 July. Two bombers in one town -> ONE event (English 'Niksic'). 'the 58 people injured in the Niksic bombings, which have now killed 13 people, counting the two bombers' -> killed 13 (bombers inside; Milica, 21, who 'died on Wednesday' 8 July, is inside), injured 58, exact; Ana is one of the injured. Update of Wednesday 8 July: 'the cowards of Islamic State claimed the attack on Monday' (6 July), undisputed -> claimant and perpetrator 'Islamic State'. '24,860 euros', '40,000-euro', '613 donors', '23', '21', '14,500 euros', 'six months', '60 euros', 'three sessions', '520 euros', 'bed 12', '413 donors', '10,000 euros', 'nine hours', the account number are not casualties."),
E(14, ["Police have arrested a man in Pljevlja"],
  "ARR", "2026-07-08", "day", "Pljevlja", "ME", None, None, None, "police", None, False,
  "Update dated Wednesday 8 July: 'Police have arrested' (present perfect, no other day) -> dated at the update, 8 July (the dev rule for a known announcement date). A man suspected of hiding the explosives, arrested in Pljevlja -> 'police'."),
E(14, ["Thousands of us walked in silence from the Church of Saint Basil of Ostrog to Freedom Square"],
  "PP", "2026-07-07", "day", "Nikšić", "ME", None, None, None, None, None, False,
  "Update dated Tuesday 7 July -> 7 July. A silent march from the church to Freedom Square with signs carrying a message ('Niksic is not afraid'), no incident -> Peaceful protest, perpetrator null. 'Thousands' counts marchers."),
]

# -------------------------------------------------------------- holdout42-015
ARTICLES.append(A(15, "fr", "article", "2026-07-20T08:00:00Z",
"Avis d'appel d'offres : réhabilitation de la gare routière de Nikšić",
"""
AVIS D'APPEL D'OFFRES DE TRAVAUX. Référence : EuropeAid/184512/IH/WKS/ME. Publié le lundi 20 juillet 2026.

Intitulé : réhabilitation de la gare routière de Nikšić et de ses abords, endommagés par l'attentat-suicide du 3 juillet 2026.

1. Contexte. Le vendredi 3 juillet 2026, deux kamikazes se sont fait exploser sur la place de la Liberté et devant la gare routière de Nikšić. L'attentat, revendiqué par l'État islamique, a fait treize morts, y compris les deux kamikazes, et 58 blessés. Le 6 juillet, la police a neutralisé un engin explosif artisanal découvert dans les décombres du hall des départs. Le hall (1 450 m²), la marquise, onze quais et le parking de 120 places doivent être reconstruits.

2. Pouvoir adjudicateur : la commune de Nikšić, pour le compte du gouvernement du Monténégro, avec un financement de l'Union européenne au titre de l'instrument d'aide de préadhésion.

3. Lots. Lot 1 : gros œuvre et structure du hall. Lot 2 : marquise et quais. Lot 3 : vidéosurveillance et contrôle d'accès (48 caméras, 6 portiques).

4. Budget maximal : 2 850 000 euros hors taxes, dont 1 900 000 euros pour le lot 1.

5. Délai d'exécution : 240 jours à compter de l'ordre de service ; la gare doit rouvrir avant le 1er juillet 2027.

6. Garantie de soumission : 2 % du montant de l'offre, valable 90 jours.

7. Visite obligatoire du site : le mardi 28 juillet 2026 à 10 heures, devant l'entrée provisoire de la gare. Les soumissionnaires viendront avec un casque et des chaussures de sécurité.

8. Date limite de remise des offres : le lundi 7 septembre 2026 à 12 heures (heure de Podgorica). Ouverture publique des plis le même jour à 14 heures, salle 3 de l'hôtel de ville.

9. Critères d'attribution : offre économiquement la plus avantageuse (prix 70 %, valeur technique 30 %).

Le dossier d'appel d'offres, rédigé en anglais et en monténégrin, est disponible gratuitement sur demande. Renseignements : service des marchés publics de la commune, +382 40 231 088.
"""))
GOLD += [
E(15, ["l'attentat-suicide du 3 juillet 2026", "deux kamikazes se sont fait exploser sur la place de la Liberté", "L'attentat, revendiqué par l'État islamique"],
  "SUI", "2026-07-03", "day", "Nikšić", "ME", 13, 58, "exact", "Islamic State", "Islamic State", False,
  "Tender notice of Monday 20 July; 'du 3 juillet 2026' -> 3 July, 17 days before -> current. Two sites of one town -> ONE event. 'treize morts, y compris les deux kamikazes, et 58 blessés' -> killed 13 (bombers inside), injured 58, exact. 'revendiqué par l'État islamique', undisputed -> claimant and perpetrator 'Islamic State'. 'EuropeAid/184512', '1 450 m²', 'onze quais', '120 places', 'Lot 1/2/3', '48 caméras', '6 portiques', '2 850 000 euros', '1 900 000 euros', '240 jours', '1er juillet 2027', '2 %', '90 jours', '28 juillet', '10 heures', '7 septembre', '12 heures', '14 heures', 'salle 3', '70 %', '30 %', '+382 40 231 088' are not casualties."),
E(15, ["la police a neutralisé un engin explosif artisanal"],
  "DWU", "2026-07-06", "day", "Nikšić", "ME", None, None, None, "police", None, False,
  "'Le 6 juillet' -> 6 July. A homemade device found in the rubble of the bus station and 'neutralisé' by the police, without explosion -> Disrupted weapons use by 'police', coded to the town. Null casualties."),
]
