"""Authoring source of benchmarks/events_holdout4 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in French: a tribune on the Artibonite, Haiti (holdout4-021), the
Cabaret attack, Haiti (022), a war-film review with no security event (023)
and the follow-up of the Djibasso attack, Burkina Faso (024). Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout4")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout4-021
ARTICLES.append(A(21, "fr", "article", "2026-07-20T08:00:00Z",
"Tribune : l'Artibonite, grenier d'Haïti, meurt en silence",
"""
Tribune. Le 4 juillet, des hommes de la coalition Viv Ansanm ont tué vingt-deux personnes à Petite-Rivière-de-l'Artibonite, dont des enfants endormis. Combien de Port-au-Princiens s'en souviennent déjà ? L'Artibonite, qui nourrissait le pays, se vide de ses paysans, et la capitale regarde ailleurs.

Rappelons les faits. En avril 2023, des hommes armés ont massacré quatorze cultivateurs dans leurs rizières de Liancourt. Il y a deux ans, l'attaque contre le commissariat de Saint-Marc a fait six morts, dont quatre policiers. L'an dernier, le gang Gran Grif a enlevé une vingtaine de passagers d'un autobus près des Gonaïves ; certains n'ont jamais été revus. À chaque fois, les promesses de l'État ont suivi, puis l'oubli.

Le 10 juillet, les habitants de Saint-Marc sont descendus dans la rue pour réclamer la protection de la route nationale 1. La police a dispersé le cortège à balles réelles : deux manifestants ont été tués et une dizaine blessés. Aucun responsable n'a été sanctionné.

On nous dit que la mission internationale compte désormais 2 500 policiers étrangers et que le budget de la sécurité a augmenté de 40 %. Mais sur le terrain, un riziculteur de 56 ans de Liancourt me disait la semaine dernière qu'il paie 10 000 gourdes par mois aux gangs pour accéder à son champ.

Il faut reprendre l'Artibonite village par village, et d'abord compter nos morts. Selon une organisation de défense des droits humains, plus de 1 200 personnes ont été tuées dans le département depuis 2022. Derrière chaque chiffre, il y a un nom.

L'auteure est agronome et vit à Saint-Marc.
"""))
GOLD += [
E(21, ["des hommes de la coalition Viv Ansanm ont tué vingt-deux personnes à Petite-Rivière-de-l'Artibonite"],
  "ATK", "2026-07-04", "day", "Petite-Rivière-de-l'Artibonite", "HT", 22, None, "exact", "Viv Ansanm", None, False,
  "'Le 4 juillet' vs Monday 20 July -> 4 July, 16 days -> current. Stated as fact -> Viv Ansanm. 'vingt-deux'."),
E(21, ["des hommes armés ont massacré quatorze cultivateurs dans leurs rizières de Liancourt"],
  "ATK", "2023-04-01", "month", "Liancourt", "HT", 14, None, "exact", None, None, True,
  "'En avril 2023' -> month. Unnamed -> null."),
E(21, ["l'attaque contre le commissariat de Saint-Marc"],
  "BAT", "2024-01-01", "year", "Saint-Marc", "HT", 6, None, "exact", None, None, True,
  "'Il y a deux ans' -> 2024, year. An attack on a police station -> Armed clash; no actor named. 'six morts, dont quatre policiers' -> 6 (the four are a subset)."),
E(21, ["le gang Gran Grif a enlevé une vingtaine de passagers"],
  "ABD", "2025-01-01", "year", "Gonaïves", "HT", None, None, None, "Gran Grif", None, True,
  "'L'an dernier' -> 2025, year. 'près des Gonaïves' -> Gonaïves. New canonical name 'Gran Grif'. 'une vingtaine' are abductees."),
E(21, ["les habitants de Saint-Marc sont descendus dans la rue", "La police a dispersé le cortège à balles réelles"],
  "PI", "2026-07-10", "day", "Saint-Marc", "HT", 2, 10, "exact", None, None, False,
  "'Le 10 juillet' -> 10 July, current. Police fire on marchers -> Protest with intervention (perpetrator null, as for all protests). 'deux manifestants ont été tués' exact, 'une dizaine blessés' -> 10. '2 500 policiers', '40 %', '56 ans', '10 000 gourdes' and '1 200 personnes ... depuis 2022' (cumulative) are distractors."),
]

# --------------------------------------------------------------- holdout4-022
ARTICLES.append(A(22, "fr", "article", "2026-09-08T15:00:00Z",
"Haïti : attaque meurtrière contre le commissariat de Cabaret",
"""
PORT-AU-PRINCE, 8 septembre (Dépêche) - Trois policiers et deux civils ont été tués dimanche lors de l'attaque du commissariat de Cabaret, à une trentaine de kilomètres au nord de la capitale, par des membres de la coalition de gangs Viv Ansanm, a annoncé la Police nationale d'Haïti (PNH). Au moins sept personnes ont été blessées.

Les assaillants, une cinquantaine selon des témoins, ont incendié le bâtiment et deux véhicules de patrouille après plus de trois heures d'échanges de tirs. Dans une vidéo diffusée lundi, un chef de Viv Ansanm a revendiqué l'attaque et affirmé que « vingt policiers » avaient été tués, ce que la PNH dément.

Lundi, des unités de la PNH appuyées par des soldats des Forces armées d'Haïti ont mené une contre-offensive et repris le contrôle du commissariat. Une dizaine de bandits ont été tués, selon la police, qui n'a pas signalé de pertes dans ses rangs.

Ce mardi matin, des hommes armés ont enlevé un pasteur et son chauffeur à Gressier, au sud de la capitale. Aucune rançon n'a encore été demandée, selon l'église.

Quelque 2 300 personnes ont fui Cabaret depuis dimanche et s'abritent dans trois écoles de l'Arcahaie. La mairie a ouvert une ligne d'urgence au 3700 1122.

La dernière attaque d'envergure contre ce commissariat remontait à mars dernier : deux policiers avaient alors été blessés.
"""))
GOLD += [
E(22, ["l'attaque du commissariat de Cabaret", "plus de trois heures d'échanges de tirs", "a revendiqué l'attaque et affirmé"],
  "BAT", "2026-09-06", "day", "Cabaret", "HT", 5, 7, "exact", "Viv Ansanm", "Viv Ansanm", False,
  "'dimanche' vs Tuesday 8 Sept -> 6 Sept. An assault on a police station with three hours of fire -> Armed clash initiated by Viv Ansanm, which claims it. 'Trois policiers et deux civils' = 5; 'Au moins sept' wounded -> 7. The qualifier describes the killed figure -> exact. The claim's 'vingt policiers', denied by the PNH, is not used; the PNH denies the figure, not the authorship."),
E(22, ["des unités de la PNH appuyées par des soldats des Forces armées d'Haïti ont mené une contre-offensive"],
  "BAT", "2026-09-07", "day", "Cabaret", "HT", 10, None, "about", "police", None, False,
  "'Lundi' -> 7 Sept. A counter-offensive led by the PNH with army support -> initiator police (the lead force). 'Une dizaine de bandits' -> 10, about; no police losses reported (not an explicit zero)."),
E(22, ["des hommes armés ont enlevé un pasteur et son chauffeur à Gressier"],
  "ABD", "2026-09-08", "day", "Gressier", "HT", None, None, None, None, None, False,
  "'Ce mardi matin' -> 8 Sept, the publication day. Unnamed -> null."),
E(22, ["La dernière attaque d'envergure contre ce commissariat"],
  "BAT", "2026-03-01", "month", "Cabaret", "HT", None, 2, "exact", None, None, True,
  "'mars dernier' vs 8 Sept -> 2026-03, month, background. 'deux policiers avaient alors été blessés' -> injured 2, killed not stated. '2 300 personnes', 'trois écoles', 'une trentaine de kilomètres', the phone number are distractors."),
]

# --------------------------------------------------------------- holdout4-023
ARTICLES.append(A(23, "fr", "article", "2026-02-11T12:00:00Z",
"Cinéma : « La Colline 402 », la guerre sans fard",
"""
Critique. Il faut du courage pour sortir un film de guerre de 2 h 41 en plein mois de février. « La Colline 402 », le deuxième long-métrage de la réalisatrice sénégalaise Aïssatou Ndiaye, 38 ans, raconte trois jours de combats dans une guerre imaginaire, sur une colline anonyme d'un pays qui n'est jamais nommé.

Dès la première scène, une embuscade filmée en plan-séquence de onze minutes, le spectateur est pris sous le feu. Les obus tombent, une section entière est décimée, un sergent agonise pendant que ses hommes se disputent sa dernière cigarette. Le film ne recule devant rien : exécutions sommaires, un village incendié, un enfant soldat qui abat son propre frère. À la fin, le narrateur annonce que « quarante-sept hommes sont morts pour une colline que personne ne voulait ».

Le tournage, qui a duré 63 jours au Maroc, a mobilisé 1 200 figurants et 14 tonnes de matériel pyrotechnique. Les explosions sont réelles, les blessures sont faites de latex, et aucun membre de l'équipe n'a été blessé, précise la production.

La distribution est remarquable. Moussa Diop, 29 ans, en jeune lieutenant terrifié, porte le film sur ses épaules ; on parle déjà de lui pour un prix à Ouagadougou. La musique, composée pour 60 musiciens, est parfois envahissante.

Le film a coûté 9 millions d'euros et a attiré 212 000 spectateurs en une semaine en France, un carton pour un film d'auteur. Certains critiques ont massacré le dernier acte, jugé trop long ; nous l'avons trouvé bouleversant.

Note : 4 sur 5. En salles depuis mercredi.
"""))

# --------------------------------------------------------------- holdout4-024
ARTICLES.append(A(24, "fr", "article", "2026-05-29T11:00:00Z",
"Burkina : le bilan de l'attaque de Djibasso s'alourdit à quatre-vingt-deux morts",
"""
OUAGADOUGOU, 29 mai (Dépêche) - Le bilan de l'attaque du détachement de Djibasso, dans la nuit du 23 au 24 mai, est passé à quatre-vingt-deux morts, a indiqué jeudi une source sécuritaire : quarante-sept soldats et VDP, contre quarante-deux annoncés dimanche, et trente-cinq assaillants. Cinq blessés ont succombé à l'hôpital de Dédougou. Une quinzaine de blessés y sont toujours soignés.

Mercredi, des hommes armés ont tendu une embuscade à un convoi de commerçants sur l'axe Tougan-Djibasso, tuant quatre civils et en blessant deux. Trois camions de céréales ont été incendiés. L'attaque n'a pas été revendiquée.

Jeudi, plusieurs centaines de femmes ont défilé dans les rues de Tougan pour rendre hommage aux soldats tués et exiger des renforts. La marche s'est déroulée sans incident.

L'armée a annoncé mercredi avoir « neutralisé » plus d'une quarantaine de combattants lors d'une opération terrestre autour de Kiembara depuis lundi, sans faire état de pertes dans ses rangs. Ce bilan n'a pas pu être vérifié de source indépendante.

Les autorités ont par ailleurs décrété un couvre-feu de 19 heures à 6 heures dans la province de la Kossi pour une durée d'un mois, et interdit la circulation des motos. Selon une ONG, près de 2 000 enseignants ont quitté la région depuis 2022.
"""))
GOLD += [
E(24, ["l'attaque du détachement de Djibasso"],
  "BAT", "2026-05-23", "day", "Djibasso", "BF", 82, 15, "exact", None, None, False,
  "Follow-up of holdout4-017. 'dans la nuit du 23 au 24 mai' -> dated at its start, 23 May. 'est passé à quatre-vingt-deux morts ... quarante-sept soldats et VDP, contre quarante-deux annoncés dimanche, et trente-cinq assaillants' = 82, exact. Injured: only 'Une quinzaine de blessés y sont toujours soignés' -> 15 ('still in hospital' rule; the five who died are in the 82). No actor or claim in this document -> null."),
E(24, ["des hommes armés ont tendu une embuscade à un convoi de commerçants", "L'attaque n'a pas été revendiquée"],
  "ATK", "2026-05-27", "day", "Tougan", "BF", 4, 2, "exact", None, None, False,
  "'Mercredi' vs Friday 29 May -> 27 May. An ambush on unescorted traders -> Attack (events_val rule). Road Tougan-Djibasso -> first-named Tougan. Unclaimed -> null. 'Trois camions' are vehicles."),
E(24, ["plusieurs centaines de femmes ont défilé dans les rues de Tougan", "La marche s'est déroulée"],
  "PP", "2026-05-28", "day", "Tougan", "BF", None, None, None, None, None, False,
  "'Jeudi' -> 28 May. A march of homage with a demand -> Peaceful protest (memorial-march rule). 'plusieurs centaines' are participants."),
E(24, ["une opération terrestre autour de Kiembara"],
  "BAT", "2026-05-25", "day", "Kiembara", "BF", 40, None, "more_than", "military", None, False,
  "An operation 'depuis lundi' -> dated at its start, 25 May. The army's 'plus d'une quarantaine' is the only figure -> 40, more_than (as events_holdout's 'plus d'une trentaine'); no losses stated (not a zero). 'autour de Kiembara' -> Kiembara. The curfew and '2 000 enseignants' are not events."),
]
