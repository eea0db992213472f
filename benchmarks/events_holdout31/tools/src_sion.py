"""Authoring source of benchmarks/events_holdout31 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Sion, Switzerland cluster (holdout31-011 to 015; French and
English), two suicide bombers on Friday 5 June 2026 at two sites of one town
(the place de la Planta and the railway station, about 600 m and five minutes
apart): a Swiss outlet's next-day story with its idioms ("huitante-deux",
"nonante policiers", "natel") and an arrest in Martigny (fr 011), a "Ce que
l'on sait" explainer with bullet points (fr 012), an English wire with an
arrest in Italy (013), an interview with question-and-answer dashes and a
silent march (fr 014) and a "tribune" (op-ed) with older attacks by month and
year and no new event (fr 015). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout31")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout31-011
ARTICLES.append(A(11, "fr", "article", "2026-06-06T15:00:00Z",
"Attentat de Sion : onze morts, un suspect interpellé à Martigny",
"""
SION — Le bilan du double attentat-suicide qui a frappé Sion vendredi en fin d'après-midi s'est encore alourdi. Vendredi soir, la police cantonale valaisanne parlait de huit morts. Samedi à midi, elle faisait état de onze morts, dont les deux kamikazes, et de huitante-deux blessés, dont dix-neuf grièvement atteints, soignés à l'hôpital de Sion et au CHUV.

À 17 h 45, un premier homme a actionné sa ceinture explosive au milieu des terrasses de la place de la Planta, où se tenait le marché artisanal du vendredi. Cinq minutes plus tard, un second s'est fait exploser devant la gare, à quelque 600 mètres. « On a cru à un feu d'artifice, puis on a vu le sang », raconte une Sédunoise de septante ans, qui buvait un café avec sa petite-fille.

L'enquête, conduite par le Ministère public de la Confédération, a déjà débouché sur une interpellation. Samedi à l'aube, la police cantonale, appuyée par fedpol, a interpellé à Martigny un homme de 26 ans, dans un immeuble du numéro 42 de la rue du Simplon. Nonante policiers ont participé à l'opération. Son natel et un ordinateur portable ont été saisis. Sa sœur, qui vivait avec lui, a été entendue puis relâchée en fin de matinée.

Aucune revendication n'a été enregistrée à ce stade. Le Conseil d'État a décrété une journée de deuil cantonal lundi et la Fête-Dieu prévue jeudi est annulée.

Le Valais n'avait jamais connu d'attentat de cette ampleur. Il y a huit ans, un colis piégé avait blessé un employé de la voirie à Sierre, un acte jamais élucidé.

La police rappelle que les témoins peuvent appeler le 117. Le président de la Ville a remercié les ambulanciers, qui ont effectué plus de huitante transports en deux heures.
"""))
GOLD += [
E(11, ["double attentat-suicide qui a frappé Sion", "un premier homme a actionné sa ceinture explosive"],
  "SUI", "2026-06-05", "day", "Sion", "CH", 11, 82, "exact", None, None, False,
  "'vendredi en fin d'après-midi' vs Saturday 6 June -> 5 June. Two sites of one town (the place de la Planta and the station, about 600 m and five minutes apart) -> ONE Suicide bomb event. Revised toll: 'huit morts' -> 'onze morts, dont les deux kamikazes, et ... huitante-deux blessés' -> 11 (inside), 82 (Swiss 'huitante-deux' = quatre-vingt-deux), exact; 'dix-neuf grièvement atteints' is a subset. No claim -> null. '17 h 45', '600 mètres', 'septante ans', 'huitante transports', 'deux heures', '117' are not casualties."),
E(11, ["la police cantonale, appuyée par fedpol, a interpellé à Martigny un homme de 26 ans"],
  "ARR", "2026-06-06", "day", "Martigny", "CH", None, None, None, "police", None, False,
  "'Samedi à l'aube' = publication day, Saturday 6 June. Cantonal police with fedpol -> 'police'. '26 ans' an age; 'numéro 42' a street number; 'Nonante policiers' officers; the 'natel' and laptop belong to the arrest. The sister 'entendue puis relâchée' is not arrested."),
E(11, ["un colis piégé avait blessé un employé de la voirie à Sierre"],
  "IED", "2018-01-01", "year", "Sierre", "CH", None, 1, "exact", None, None, True,
  "'Il y a huit ans' vs 2026 -> 2018, year, background. A parcel bomb -> Remote explosive/landmine/IED, null actor; injured 1, exact."),
]

# -------------------------------------------------------------- holdout31-012
ARTICLES.append(A(12, "fr", "article", "2026-06-07T10:00:00Z",
"Ce que l'on sait du double attentat-suicide de Sion",
"""
Deux jours après l'attaque qui a endeuillé la capitale valaisanne, voici ce que l'on sait, et ce que l'on ignore encore.

• Les faits. Vendredi 5 juin, vers 17 h 45, deux hommes se sont fait exploser à cinq minutes d'intervalle, l'un sur la place de la Planta, l'autre devant la gare de Sion.

• Le bilan. Douze morts, kamikazes compris, et huitante-deux blessés, selon la police cantonale. Une retraitée de 71 ans a succombé à ses blessures samedi soir au CHUV, à Lausanne. Six personnes sont encore en soins intensifs.

• La revendication. L'attentat a été revendiqué samedi soir par l'État islamique, par le biais de son agence de propagande. Le Ministère public de la Confédération juge la revendication « sérieuse ».

• Les auteurs. Deux frères de 22 et 24 ans, nés à Sion, partis en Syrie en 2019 et revenus en Suisse l'an dernier, selon plusieurs sources.

• Les arrestations. L'homme de 26 ans interpellé samedi à Martigny a été placé en détention provisoire. Dimanche matin, deux autres hommes ont été appréhendés à Monthey par la police cantonale ; ils auraient hébergé les kamikazes pendant une semaine.

• Les précédents. La Suisse romande n'est pas épargnée : en novembre 2023, la police avait déjoué un projet d'attentat contre une discothèque de Vevey et interpellé deux jeunes de 17 et 18 ans.

• Ce que l'on ignore. Comment les explosifs, environ 15 kilos au total, sont arrivés en Valais ; si d'autres complices sont en fuite.

• Et maintenant ? Le niveau de menace a été relevé. Une permanence psychologique répond au 0800 19 19 19, de 8 heures à 22 heures, et une cérémonie œcuménique aura lieu mardi à 18 heures à la cathédrale.
"""))
GOLD += [
E(12, ["l'attaque qui a endeuillé la capitale valaisanne", "deux hommes se sont fait exploser à cinq minutes d'intervalle", "L'attentat a été revendiqué samedi soir par l'État islamique"],
  "SUI", "2026-06-05", "day", "Sion", "CH", 12, 82, "exact", "Islamic State", "Islamic State", False,
  "'Vendredi 5 juin'. The title is not part of the text; the bullet labels ('Les faits.', 'Le bilan.') name no event by themselves and are not triggers (events_holdout29 question headings). « Douze morts, kamikazes compris, et huitante-deux blessés » -> 12 (inside; the retiree who 'a succombé ... samedi soir' raised it from 11), 82, exact. « revendiqué ... par l'État islamique », judged « sérieuse » -> claimant and perpetrator. '71 ans', 'Six personnes ... en soins intensifs' (subset), '22 et 24 ans' are not casualties."),
E(12, ["L'homme de 26 ans interpellé samedi à Martigny"],
  "ARR", "2026-06-06", "day", "Martigny", "CH", None, None, None, "police", None, False,
  "'samedi' vs Sunday 7 June -> 6 June. Restated arrest told with its follow-up ('placé en détention provisoire'); cantonal police in holdout31-011 -> 'police'."),
E(12, ["deux autres hommes ont été appréhendés à Monthey par la police cantonale"],
  "ARR", "2026-06-07", "day", "Monthey", "CH", None, None, None, "police", None, False,
  "'Dimanche matin' = publication day, Sunday 7 June. Cantonal police -> 'police'. 'pendant une semaine' a span."),
E(12, ["la police avait déjoué un projet d'attentat contre une discothèque de Vevey et interpellé deux jeunes"],
  "ARR", "2023-11-01", "month", "Vevey", "CH", None, None, None, "police", None, True,
  "'en novembre 2023' -> month, background. A plot foiled by arresting its authors -> Arrests (no device seized on its own). '17 et 18 ans' are ages. '2019' and 'l'an dernier' date the bombers' travels, not events; '15 kilos', '0800 19 19 19', '8 heures à 22 heures', '18 heures' are not casualties."),
]

# -------------------------------------------------------------- holdout31-013
ARTICLES.append(A(13, "en", "article", "2026-06-08T11:00:00Z",
"Italy arrests suspected explosives supplier after Swiss bombing",
"""
SION, Switzerland (Alpine Wire) - Italian police arrested a suspected explosives supplier in Domodossola on Sunday night, Swiss prosecutors said on Monday, as investigators traced how the material for Friday's twin suicide bombing in Sion crossed the Alps.

The 30-year-old, a Tunisian national living in Italy, is suspected of having driven about 15 kg of explosives over the Simplon pass, some 40 km from Domodossola, in the spare-wheel well of a rented car. He held a ticket for flight TU 717 from Milan to Tunis on Monday morning. Swiss authorities have requested his extradition.

The attack on a square and outside the railway station of the capital of the canton of Valais killed 12 people, including the two bombers, and wounded 82. Islamic State claimed it on Saturday; the Office of the Attorney General of Switzerland called the claim "serious".

A 26-year-old man detained in Martigny on Saturday was remanded in custody, and two men arrested in Monthey on Sunday morning were still being questioned. A Muslim association in Sion, whose premises were searched, denied any link with the bombers and condemned the attack.

Switzerland has been spared large attacks, but police have foiled several plots. In 2024, police in Aigle arrested a 17-year-old who had bought chemicals online and pledged allegiance to Islamic State; he was later convicted by a juvenile court.

Switzerland raised its terrorism threat assessment for the first time in a decade, and around 600 additional police officers were deployed at stations and airports on Monday. The government said flags on federal buildings would fly at half-mast until Wednesday. The Tunisian consulate in Milan said it had not been informed of the arrest.
"""))
GOLD += [
E(13, ["Friday's twin suicide bombing in Sion", "The attack on a square and outside the railway station"],
  "SUI", "2026-06-05", "day", "Sion", "CH", 12, 82, "exact", "Islamic State", "Islamic State", False,
  "'Friday's' vs Monday 8 June -> 5 June. 'killed 12 people, including the two bombers, and wounded 82' -> 12 (inside), 82, exact. 'Islamic State claimed it', called 'serious' -> claimant and perpetrator. The Muslim association's denial of 'any link' sets nothing."),
E(13, ["Italian police arrested a suspected explosives supplier in Domodossola"],
  "ARR", "2026-06-07", "day", "Domodossola", "IT", None, None, None, "police", None, False,
  "'on Sunday night' vs Monday 8 June -> 7 June (a night dated at its start). Italian police in Italy -> 'police', IT. '30-year-old' an age; 'about 15 kg', 'some 40 km', 'flight TU 717' not casualties."),
E(13, ["A 26-year-old man detained in Martigny on Saturday"],
  "ARR", "2026-06-06", "day", "Martigny", "CH", None, None, None, "police", None, False,
  "'on Saturday' -> 6 June. Restated arrest with its follow-up ('remanded in custody'); cantonal police in holdout31-011 -> 'police'."),
E(13, ["two men arrested in Monthey on Sunday morning"],
  "ARR", "2026-06-07", "day", "Monthey", "CH", None, None, None, "police", None, False,
  "'on Sunday morning' -> 7 June. Restated arrest; cantonal police in holdout31-012 -> 'police'. The search of the association's premises is not an arrest."),
E(13, ["police in Aigle arrested a 17-year-old"],
  "ARR", "2024-01-01", "year", "Aigle", "CH", None, None, None, "police", None, True,
  "'In 2024' -> year, background. '17-year-old' an age; 'around 600 additional police officers' not casualties."),
]

# -------------------------------------------------------------- holdout31-014
ARTICLES.append(A(14, "fr", "article", "2026-06-10T06:00:00Z",
"« Nous avons trié les blessés sur le trottoir » : entretien avec le chef des urgences de Sion",
"""
Le docteur Pascal Rey-Mermet dirigeait le service des urgences de l'hôpital de Sion le soir du double attentat-suicide du 5 juin, revendiqué par l'État islamique, qui a fait douze morts, dont les deux kamikazes, et huitante-deux blessés. Mardi, l'enquête a connu un nouveau développement : un troisième suspect a été interpellé à Conthey par la police cantonale. Le médecin, lui, revient sur ces heures.

— Que s'est-il passé ce vendredi-là ?

— J'étais de garde. À 17 h 50, on nous a annoncé une explosion à la Planta, puis une deuxième à la gare. En vingt minutes, nous avons déclenché le plan catastrophe. Nous avons pris en charge quarante-trois blessés cette nuit-là, les autres sont partis à Martigny, à Viège et à Lausanne.

— Comment avez-vous tenu ?

— Grâce aux équipes. Plus de 150 soignants sont venus sans qu'on les appelle. Nous avons opéré pendant seize heures d'affilée. Certains blessés avaient des éclats de boulons de 8 millimètres dans les jambes.

— Et aujourd'hui ?

— Six patients sont encore aux soins intensifs. On pense à ceux qu'on n'a pas pu sauver, surtout à cette dame de 71 ans qui s'est battue toute une journée.

— Dimanche, vous avez marché avec les Sédunois.

— Oui. Plus de deux mille personnes ont défilé en silence de la gare à la place de la Planta pour dire non à la haine et demander que la ville reste ouverte. Il n'y a eu aucun incident. C'était beau, et nécessaire.

— Que diriez-vous aux familles ?

— Que nous avons fait tout ce qui était humainement possible. Et que notre porte reste ouverte, au 027 603 40 00, pour toutes leurs questions.

Propos recueillis par Nadia Fournier.
"""))
GOLD += [
E(14, ["double attentat-suicide du 5 juin", "une explosion à la Planta, puis une deuxième à la gare"],
  "SUI", "2026-06-05", "day", "Sion", "CH", 12, 82, "exact", "Islamic State", "Islamic State", False,
  "'du 5 juin' (5 days before Wednesday 10 June -> current). « douze morts, dont les deux kamikazes, et huitante-deux blessés » -> 12 (inside), 82, exact; « revendiqué par l'État islamique » -> claimant and perpetrator. In the interview, 'une explosion à la Planta, puis une deuxième à la gare' is the same bombing (a trigger); 'quarante-trois blessés' treated at one hospital and 'Six patients' are subsets; '17 h 50', 'vingt minutes', '150 soignants', 'seize heures', '8 millimètres', '71 ans', '027 603 40 00' are not casualties."),
E(14, ["un troisième suspect a été interpellé à Conthey par la police cantonale"],
  "ARR", "2026-06-09", "day", "Conthey", "CH", None, None, None, "police", None, False,
  "'Mardi' vs Wednesday 10 June -> 9 June. Cantonal police -> 'police'."),
E(14, ["Plus de deux mille personnes ont défilé en silence"],
  "PP", "2026-06-07", "day", "Sion", "CH", None, None, None, None, None, False,
  "'Dimanche' vs Wednesday 10 June -> 7 June. A silent march with a demand ('demander que la ville reste ouverte'), no incident -> Peaceful protest; from the station to the place de la Planta -> Sion. 'deux mille personnes' are marchers, not casualties."),
]

# -------------------------------------------------------------- holdout31-015
ARTICLES.append(A(15, "fr", "article", "2026-06-16T07:00:00Z",
"Tribune : « Après Sion, cessons de croire que la Suisse est une île »",
"""
Par Hélène Crettenand, professeure de science politique.

Il y a onze jours, deux kamikazes ont tué dix personnes à Sion et se sont donné la mort avec elles, au milieu des terrasses de la Planta et devant la gare. Ce double attentat, revendiqué par l'État islamique, a fait douze morts et huitante-deux blessés. Depuis, j'entends partout la même phrase : « On n'aurait jamais imaginé ça chez nous. » Elle est fausse, et elle est dangereuse.

Fausse, parce que les signaux étaient là. En octobre 2019, un engin explosif artisanal avait blessé un gardien de parking à Nyon. En février 2022, un homme armé d'un couteau avait tué un passant à Delémont en criant des slogans jihadistes. En novembre 2023, la police avait interpellé à Vevey deux adolescents qui préparaient une attaque contre une discothèque. En mai de l'an dernier, des démineurs avaient neutralisé un sac piégé à la gare de Montreux, quelques heures avant un concert.

Chaque fois, nous avons parlé de « cas isolés ». Chaque fois, nous avons tourné la page au bout de quelques jours, parce que la Suisse se pense comme une île au milieu de l'Europe.

Dangereuse, parce que cette illusion nous a dispensés de regarder nos angles morts : le suivi des jeunes revenus de zones de conflit, le trafic d'explosifs à travers les cols alpins, la coopération avec nos voisins. Fedpol compte aujourd'hui moins de 1 000 collaborateurs pour tout le pays, et le renseignement romand tient dans deux étages d'un bâtiment bernois.

Il ne s'agit pas de céder à la panique ni de stigmatiser quiconque. Il s'agit de cesser de nous raconter des histoires. Les victimes de la Planta méritent mieux qu'une minute de silence et un « plus jamais ça » oublié dans six mois.
"""))
GOLD += [
E(15, ["deux kamikazes ont tué dix personnes à Sion", "Ce double attentat, revendiqué par l'État islamique"],
  "SUI", "2026-06-05", "day", "Sion", "CH", 12, 82, "exact", "Islamic State", "Islamic State", False,
  "'Il y a onze jours' vs Tuesday 16 June -> 5 June, current (the op-ed's only current event). 'tué dix personnes ... et se sont donné la mort avec elles' then 'douze morts et huitante-deux blessés' -> 12 (ten victims + the two bombers), 82, exact. « revendiqué par l'État islamique » -> claimant and perpetrator."),
E(15, ["un engin explosif artisanal avait blessé un gardien de parking à Nyon"],
  "IED", "2019-10-01", "month", "Nyon", "CH", None, 1, "exact", None, None, True,
  "'En octobre 2019' -> month, background. A homemade device -> Remote explosive/landmine/IED, null actor; injured 1, exact."),
E(15, ["un homme armé d'un couteau avait tué un passant à Delémont"],
  "ATK", "2022-02-01", "month", "Delémont", "CH", 1, None, "exact", None, None, True,
  "'En février 2022' -> month, background. A knifeman killing a passer-by -> Attack, null actor (slogans do not name a group); killed 1, exact."),
E(15, ["la police avait interpellé à Vevey deux adolescents"],
  "ARR", "2023-11-01", "month", "Vevey", "CH", None, None, None, "police", None, True,
  "'En novembre 2023' -> month, background (the arrest of holdout31-012)."),
E(15, ["des démineurs avaient neutralisé un sac piégé à la gare de Montreux"],
  "DWU", "2025-05-01", "month", "Montreux", "CH", None, None, None, "police", None, True,
  "'En mai de l'an dernier' vs 2026 -> May 2025, month, background. A device neutralised on its own -> Disrupted weapons use; bomb-disposal unit -> 'police' (events_holdout29). 'moins de 1 000 collaborateurs', 'six mois' are not casualties."),
]
