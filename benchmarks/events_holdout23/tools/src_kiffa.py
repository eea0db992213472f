"""Authoring source of benchmarks/events_holdout23 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Kiffa, Mauritania cluster (holdout23-012 to 016; French and
English), two suicide bombers on Sunday 21 June 2026 at two sites of one town
(the livestock market and the bus station, about 1 km apart, about ten
minutes apart): an agency dispatch with an AQIM « pourrait avoir commandité »
and a night-time arrest (fr 012), an English wire's next-day report with the
revised toll, a march dispersed with tear gas and arrests (013), the JNIM
claim, the Islamic State denial and older attacks (fr 014), a court report
from Nouakchott (fr 015) and an opinion column with no new event (fr 016).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout23")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout23-012
ARTICLES.append(A(12, "fr", "article", "2026-06-21T15:00:00Z",
"Mauritanie : au moins neuf morts dans un double attentat-suicide à Kiffa",
"""
KIFFA (Agence Chinguetti Presse) - Au moins neuf personnes ont été tuées et plusieurs dizaines d'autres blessées dimanche matin à Kiffa, dans le centre-sud de la Mauritanie, lorsque deux kamikazes se sont fait exploser au marché au bétail puis à la gare routière, a-t-on appris de sources sécuritaires et hospitalières.

Le premier assaillant a actionné sa ceinture vers 10 heures, au milieu des quelque 2 000 têtes de bétail rassemblées chaque dimanche aux abords de la ville. Une dizaine de minutes plus tard, le second s'est fait sauter près des autocars en partance pour Nouakchott, à environ un kilomètre de là.

« Les chameaux couraient dans tous les sens, on ne savait plus où aller », témoigne un berger de 17 ans, soigné pour des éclats à la jambe. Les blessés ont été évacués vers l'hôpital régional de Kiffa, dont les 120 lits ont vite été saturés.

L'attaque n'avait pas été revendiquée en milieu d'après-midi. Un responsable sécuritaire a estimé qu'al-Qaïda au Maghreb islamique (AQMI) « pourrait avoir commandité » l'opération, qui porte selon lui « la marque des groupes venus du Mali ».

Dans la nuit de samedi à dimanche, l'armée avait arrêté près de Kankossa, à 110 kilomètres au sud, les deux occupants d'un pick-up transportant des détonateurs et 14 kilos d'explosifs. Les enquêteurs n'excluent pas un lien avec l'attentat. En janvier dernier, des hommes armés avaient attaqué le poste de douane de Gogui, à la frontière malienne, tuant un douanier.

Kiffa, chef-lieu de la région de l'Assaba, compte environ 70 000 habitants et se trouve sur la route de l'Espoir, à quelque 600 kilomètres de la capitale. Les autorités ont fermé le marché au bétail pour une semaine et mis en place un numéro vert, le 80 00 11 17.
"""))
GOLD += [
E(12, ["deux kamikazes se sont fait exploser au marché au bétail puis à la gare routière"],
  "SUI", "2026-06-21", "day", "Kiffa", "MR", 9, 12, "at_least", None, None, False,
  "'dimanche matin' = publication day, Sunday 21 June. Two sites of one town (the livestock market and the bus station, about 1 km and ten minutes apart) -> ONE Suicide bomb event. 'Au moins neuf personnes ont été tuées et plusieurs dizaines d'autres blessées' -> 9 (at_least), 12 ('plusieurs dizaines', dev table). AQIM « pourrait avoir commandité » is speculation -> null. '10 heures', '2 000 têtes de bétail', 'Une dizaine de minutes' (a span), 'un kilomètre', '17 ans', '120 lits' are not casualties."),
E(12, ["l'armée avait arrêté près de Kankossa"],
  "ARR", "2026-06-20", "day", "Kankossa", "MR", None, None, None, "military", None, False,
  "'Dans la nuit de samedi à dimanche' vs Sunday 21 June -> Saturday 20 June (a night is dated at its start). Army -> 'military'. The detonators and explosives belong to the arrest; '110 kilomètres', '14 kilos', 'deux occupants' (arrestees), '70 000 habitants', '600 kilomètres', 'une semaine', '80 00 11 17' are not casualties."),
E(12, ["des hommes armés avaient attaqué le poste de douane de Gogui"],
  "BAT", "2026-01-01", "month", "Gogui", "MR", 1, None, "exact", None, None, True,
  "'En janvier dernier' vs June 2026 -> January 2026, month, background. Unnamed attackers of a (customs) post -> Armed clash with a null initiator (events_holdout21's Diécké/Kouankan convention). 'tuant un douanier' -> 1."),
]

# -------------------------------------------------------------- holdout23-013
ARTICLES.append(A(13, "en", "article", "2026-06-22T10:00:00Z",
"Mauritania bombing toll rises to 17; tear gas fired at angry traders",
"""
NOUAKCHOTT (Sahel Wire) - The death toll from Sunday's twin suicide bombing in the Mauritanian town of Kiffa has risen to 17, the two bombers included, the health ministry said on Monday.

Officials had reported nine deaths on Sunday afternoon. By nightfall the regional hospital had counted 14 bodies, and three of the wounded died overnight. A further 64 people were wounded, about 20 of them seriously, and two army planes flew the worst cases to the capital, 600 km away.

The first bomber struck the livestock market, where herders from as far as Mali sell cattle and camels on Sundays; the second blew himself up among the buses at the main station about ten minutes later. Both were on foot.

On Sunday evening several hundred traders and herders marched on the governor's office, demanding that the army redeploy a battalion withdrawn from the town last year. Police fired tear gas when some of them tried to climb the gate, and two marchers were hurt.

Gendarmes detained four men in Aleg, 250 km to the west, early on Monday, a security source said. The four, all in their twenties, are suspected of having driven the bombers from the Malian border in a lorry loaded with 30 sacks of millet. A camel dealer who had sold an animal to one of them was questioned and released.

No group had claimed the attack by Monday morning. Two years ago, gendarmes arrested three men with a crate of grenades near Boghé, on the Senegal River, but the case never came to trial. Mauritania, a country of about 4.9 million people, had not suffered a jihadist bombing since the early 2010s, and had been held up as an example of how to keep the Sahel's wars at bay.

The government declared three days of national mourning and promised 1 million ouguiyas to each victim's family.
"""))
GOLD += [
E(13, ["Sunday's twin suicide bombing in the Mauritanian town of Kiffa", "The first bomber struck the livestock market"],
  "SUI", "2026-06-21", "day", "Kiffa", "MR", 17, 64, "exact", None, None, False,
  "'Sunday's' vs Monday 22 June -> 21 June. Revised toll inside the report: 'nine deaths' -> '14 bodies' -> three died overnight -> 'risen to 17, the two bombers included' -> 17 (inside), exact; 'A further 64 people were wounded' -> 64; 'about 20 of them seriously' is a subset. No claim -> null. '600 km', 'about ten minutes' are not casualties."),
E(13, ["several hundred traders and herders marched on the governor's office"],
  "PI", "2026-06-21", "day", "Kiffa", "MR", None, 2, "exact", None, None, False,
  "'On Sunday evening' vs Monday 22 June -> 21 June. A march with a demand dispersed with tear gas -> Protest with intervention (events_holdout21); null actor. 'two marchers were hurt' -> 2 injured, exact. 'several hundred' are participants."),
E(13, ["Gendarmes detained four men in Aleg"],
  "ARR", "2026-06-22", "day", "Aleg", "MR", None, None, None, "police", None, False,
  "'early on Monday' = publication day, Monday 22 June. Gendarmes -> 'police'. '250 km', 'in their twenties', '30 sacks' are not casualties; the camel dealer 'questioned and released' is not an arrest. '4.9 million people', 'three days', '1 million ouguiyas' are not casualties."),
E(13, ["gendarmes arrested three men with a crate of grenades near Boghé"],
  "ARR", "2024-01-01", "year", "Boghé", "MR", None, None, None, "police", None, True,
  "'Two years ago' vs 2026 -> 2024, year, background. Gendarmes -> 'police'. The grenades belong to the arrest; 'three men' are arrestees."),
]

# -------------------------------------------------------------- holdout23-014
ARTICLES.append(A(14, "fr", "article", "2026-06-24T11:00:00Z",
"Le JNIM revendique l'attentat de Kiffa, l'État islamique dément",
"""
Le Groupe de soutien à l'islam et aux musulmans (JNIM) a revendiqué mardi le double attentat-suicide de dimanche à Kiffa, dans un message audio diffusé sur ses canaux habituels. Le groupe, lié à al-Qaïda, affirme avoir visé « les soutiens de l'armée des croisés » et se vante d'avoir tué « plus de cent apostats ».

Le gouvernement a qualifié ce chiffre de « mensonge grossier », sans contester l'authenticité du message. Selon le dernier bilan officiel, l'attentat a fait dix-sept morts, outre les deux kamikazes, et soixante-quatre blessés, deux blessés graves ayant succombé lundi soir.

L'État islamique au Sahel, dont certains comptes avaient salué l'attaque, a démenti toute implication. Quant à AQMI, qu'un responsable avait évoqué dimanche, les enquêteurs considèrent désormais cette piste comme « sans objet ».

La Mauritanie se croyait à l'abri. Elle a pourtant connu des alertes. En mars 2021, des hommes armés avaient enlevé deux commerçants près de Sélibaby, à la frontière malienne ; ils avaient été libérés contre rançon au bout de quatre mois.

Il y a trois ans, l'armée avait attaqué une colonne de combattants du JNIM près de Guérou, tuant six d'entre eux ; deux soldats avaient été blessés. En 2019, la gendarmerie avait désamorcé une bombe artisanale déposée devant la préfecture d'Atar.

Pour un chercheur de Nouakchott, l'attentat de Kiffa marque « la fin d'une exception ». Le JNIM, qui contrôle selon lui de larges zones rurales à moins de 200 kilomètres de la frontière, « a voulu punir un pays qui coopère avec ses voisins ».

Le gouvernement a annoncé le recrutement de 1 500 gendarmes supplémentaires et une récompense de 5 millions d'ouguiyas pour toute information sur les commanditaires. Les obsèques de plusieurs victimes ont eu lieu mardi à Kiffa.
"""))
GOLD += [
E(14, ["a revendiqué mardi le double attentat-suicide de dimanche à Kiffa", "l'attentat de Kiffa"],
  "SUI", "2026-06-21", "day", "Kiffa", "MR", 19, 64, "exact", "JNIM", "JNIM", False,
  "'dimanche' vs Wednesday 24 June -> 21 June (the claim came 'mardi'). 'Le Groupe de soutien à l'islam et aux musulmans (JNIM)' -> 'JNIM', claimant and perpetrator; the government rejects the figure (« plus de cent apostats », never used) but not the authorship. 'dix-sept morts, outre les deux kamikazes' -> 17 + 2 = 19 ('outre' adds the bombers), 64, exact; two who died on Monday evening raised it. The Islamic State in the Sahel's denial is not a claim; AQIM was speculation. The funerals on Tuesday are not coded."),
E(14, ["des hommes armés avaient enlevé deux commerçants près de Sélibaby"],
  "ABD", "2021-03-01", "month", "Sélibaby", "MR", None, None, None, None, None, True,
  "'En mars 2021' -> month, background. Unnamed 'hommes armés' -> null. 'deux commerçants' are abductees; 'quatre mois' a span."),
E(14, ["l'armée avait attaqué une colonne de combattants du JNIM près de Guérou"],
  "BAT", "2023-01-01", "year", "Guérou", "MR", 6, 2, "exact", "military", None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. The army attacked -> Armed clash initiated by 'military'. All sides summed: 'tuant six d'entre eux ; deux soldats avaient été blessés' -> 6 killed, 2 injured, exact."),
E(14, ["la gendarmerie avait désamorcé une bombe artisanale"],
  "DWU", "2019-01-01", "year", "Atar", "MR", None, None, None, "police", None, True,
  "'En 2019' -> year, background. A bomb defused on its own -> Disrupted weapons use; gendarmerie -> 'police'. '200 kilomètres', '1 500 gendarmes', '5 millions d'ouguiyas' are not casualties."),
]

# -------------------------------------------------------------- holdout23-015
ARTICLES.append(A(15, "fr", "article", "2026-06-26T12:00:00Z",
"Attentat de Kiffa : quatre suspects placés sous mandat de dépôt à Nouakchott",
"""
NOUAKCHOTT - Les quatre hommes arrêtés lundi à Aleg dans l'enquête sur le double attentat-suicide de Kiffa ont été déférés jeudi au parquet de Nouakchott et placés sous mandat de dépôt par le juge d'instruction du pôle antiterroriste. Ils sont poursuivis pour « association de malfaiteurs terroriste » et « complicité d'assassinats ».

Le logeur présumé des kamikazes, un éleveur de 52 ans interpellé mardi dernier à Nouakchott, dans le quartier de Tevragh Zeina, a lui aussi été déféré. Selon l'accusation, il avait hébergé les deux jeunes gens pendant onze jours dans une maison louée 15 000 ouguiyas par mois. Il devait être présenté vendredi au juge.

Dans la salle, bondée, une trentaine de proches des victimes ont suivi l'audience en silence. L'attentat du 21 juin, revendiqué par le JNIM, a fait vingt morts, kamikazes compris, après le décès mercredi d'une vendeuse de lait de 38 ans.

Deux imams de Kiffa ont été entendus en audition libre mercredi, puis sont repartis libres. Un chauffeur de taxi-brousse, entendu dimanche soir à Kiffa, a été relâché sans charges le lendemain : il avait seulement transporté l'un des kamikazes jusqu'à la gare routière, sans rien savoir de ses intentions.

L'un des quatre prévenus d'Aleg était déjà connu de la justice. Il avait été arrêté en janvier 2024 à Nouadhibou, alors qu'il tentait de rejoindre le Mali avec trois autres jeunes, puis condamné à deux ans de prison, dont dix-huit mois avec sursis.

Un avocat de la défense, commis d'office, a dénoncé « un dossier vide » de 400 pages. Le procès ne devrait pas s'ouvrir avant 2027. Un numéro de téléphone, le 45 25 70 70, a été mis en place pour les parties civiles.
"""))
GOLD += [
E(15, ["Les quatre hommes arrêtés lundi à Aleg"],
  "ARR", "2026-06-22", "day", "Aleg", "MR", None, None, None, "police", None, False,
  "'lundi' vs Friday 26 June -> 22 June. « déférés jeudi au parquet ... placés sous mandat de dépôt » is the arrest's follow-up, told here: one Arrests event for the arrest, not a new one. No force named; gendarmes in holdout23-013 -> 'police'."),
E(15, ["double attentat-suicide de Kiffa", "L'attentat du 21 juin, revendiqué par le JNIM"],
  "SUI", "2026-06-21", "day", "Kiffa", "MR", 20, None, "exact", "JNIM", "JNIM", False,
  "'L'attentat du 21 juin' -> 21 June (5 days before Friday 26 June, current). 'vingt morts, kamikazes compris' -> 20 (inside), exact; the milk seller who died on Wednesday raised it. No injured figure in this document. 'revendiqué par le JNIM' -> claimant and perpetrator. 'une trentaine de proches' are participants of a hearing; '38 ans' an age."),
E(15, ["interpellé mardi dernier à Nouakchott"],
  "ARR", "2026-06-23", "day", "Nouakchott", "MR", None, None, None, "police", None, False,
  "'mardi dernier' vs Friday 26 June -> 23 June. The suspected facilitator (the landlord); Tevragh Zeina is a district of Nouakchott -> Nouakchott. No force named -> 'police'. '52 ans', 'onze jours', '15 000 ouguiyas' are not casualties. The two imams « entendus en audition libre » and the taxi driver 'entendu ... relâché sans charges' are not arrests."),
E(15, ["Il avait été arrêté en janvier 2024 à Nouadhibou"],
  "ARR", "2024-01-01", "month", "Nouadhibou", "MR", None, None, None, "police", None, True,
  "'en janvier 2024' -> month, background. No force named -> 'police'. 'trois autres jeunes' are arrestees; 'deux ans', 'dix-huit mois', '400 pages', '2027', '45 25 70 70' are not casualties."),
]

# -------------------------------------------------------------- holdout23-016
ARTICLES.append(A(16, "fr", "article", "2026-06-28T07:30:00Z",
"Chronique. Kiffa, ou la fin de l'exception mauritanienne",
"""
On aimait répéter, dans les chancelleries comme dans les salons de Nouakchott, que la Mauritanie avait trouvé la recette. Pendant quinze ans, le pays a regardé brûler ses voisins sans s'enflammer. Le double attentat-suicide du 21 juin à Kiffa, revendiqué par le JNIM, a mis fin à cette illusion, et ses vingt morts, kamikazes compris, nous obligent à regarder la réalité en face.

Cette réalité, la voici. Le pays compte 4,9 millions d'habitants répartis sur plus d'un million de kilomètres carrés. Sa frontière avec le Mali court sur plus de 2 000 kilomètres, et l'armée y dispose de moins de postes que de doigts sur deux mains. On a voté, l'an dernier, une loi de programmation militaire à 30 milliards d'ouguiyas ; on a oublié de voter le budget des écoles de l'Assaba.

Car les kamikazes de Kiffa n'étaient pas des étrangers venus d'ailleurs. L'un avait 19 ans, l'autre 22. Tous deux avaient quitté l'école avant 14 ans. Ils ont grandi à moins de 50 kilomètres du marché qu'ils ont frappé.

Les discours martiaux ne suffiront pas. Il faudra des enseignants, des routes, des puits, et peut-être quelques radios locales qui parlent aux bergers dans leur langue. Il faudra surtout cesser de croire que la guerre s'arrête à la frontière parce que nous l'avons décidé.

Je ne suis pas naïf : il y aura d'autres alertes, d'autres bilans, d'autres funérailles. Mais si cette tragédie pouvait au moins nous apprendre l'humilité, les victimes de Kiffa ne seraient pas seulement des chiffres dans un communiqué.

L'auteur est ancien préfet et enseigne le droit public à l'université de Nouakchott depuis 2009.
"""))
GOLD += [
E(16, ["Le double attentat-suicide du 21 juin à Kiffa, revendiqué par le JNIM"],
  "SUI", "2026-06-21", "day", "Kiffa", "MR", 20, None, "exact", "JNIM", "JNIM", False,
  "An opinion column with no new event. 'du 21 juin' -> 21 June (7 days before Sunday 28 June, current). 'revendiqué par le JNIM' -> claimant and perpetrator. 'ses vingt morts, kamikazes compris' -> 20 (inside), exact. 'quinze ans', '4,9 millions', 'un million de kilomètres carrés', '2 000 kilomètres', '30 milliards d'ouguiyas', '19 ans', '22', '14 ans', '50 kilomètres', '2009' are not casualties; 'd'autres alertes, d'autres bilans' are generic, not events. 'les kamikazes de Kiffa' and 'les victimes de Kiffa' are left out of the triggers (references to people, not to the event)."),
]
