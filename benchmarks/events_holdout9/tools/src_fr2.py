"""Authoring source of benchmarks/events_holdout9 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in French: a radio bulletin from northern Mali (holdout9-016), a film
review with no event (017) and a claimed drone attack in Abyan, Yemen
(018). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout9")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout9-016
ARTICLES.append(A(16, "fr", "transcript", "2026-06-26T07:00:00Z",
"Journal de 7 heures : attaque du marché de Labbezanga",
"""
PRÉSENTATRICE : Il est 7 heures, voici le journal. Au Mali, une vingtaine de civils ont été tués hier dans l'attaque du marché hebdomadaire de Labbezanga, près de la frontière nigérienne. Notre correspondant Moussa Maïga est à Gao. Moussa, bonjour.

MOUSSA MAÏGA : Bonjour. Oui, selon des élus locaux, des hommes armés à moto, peut-être une centaine, ont fait irruption sur le marché hier en fin de matinée, euh, ils ont tiré sur les commerçants et incendié des boutiques. On parle d'une vingtaine de morts et de dizaines de blessés, évacués vers Ansongo. Dans la soirée, l'État islamique au Sahel a revendiqué l'attaque.

PRÉSENTATRICE : Ce marché avait déjà été visé, je crois.

MOUSSA MAÏGA : Oui, en mars 2023, une attaque sur ce même marché avait fait près de cinquante morts. Depuis, euh, les habitants demandent un poste militaire permanent.

PRÉSENTATRICE : On parle aussi d'enlèvements dans la région de Ménaka.

MOUSSA MAÏGA : Oui, deux élus municipaux ont été enlevés mardi soir près d'Andéramboukane, alors qu'ils rentraient d'une réunion. Leurs proches pensent qu'il s'agit probablement des mêmes hommes, mais rien n'est confirmé. Aucune rançon n'a été demandée pour l'instant.

PRÉSENTATRICE : Et à Kidal, une manifestation ?

MOUSSA MAÏGA : Oui, mercredi, des centaines de femmes ont défilé dans le calme à Kidal pour réclamer le retour de l'électricité, coupée depuis trois semaines. Il n'y a pas eu d'incident.

PRÉSENTATRICE : Merci, Moussa Maïga, à Gao.
"""))
GOLD += [
E(16, ["l'attaque du marché hebdomadaire de Labbezanga", "ont fait irruption sur le marché", "a revendiqué l'attaque"],
  "ATK", "2026-06-25", "day", "Labbezanga", "ML", 20, 12, "about", "Islamic State", "Islamic State", False,
  "'hier' vs Friday 26 June -> 25 June. Gunmen shooting traders -> Attack on civilians. 'une vingtaine' -> 20, about; 'des dizaines de blessés' -> 12 (dev table); the qualifier describes the killed figure. Claimed by 'l'État islamique au Sahel' -> Islamic State. 'peut-être une centaine' of attackers is not a casualty figure."),
E(16, ["une attaque sur ce même marché avait fait près de cinquante morts"],
  "ATK", "2023-03-01", "month", "Labbezanga", "ML", 50, None, "about", None, None, True,
  "'en mars 2023' -> month. 'près de cinquante' -> 50, about (the dev table's 'nearly / close to' row). An attack on a market -> Attack on civilians; no actor named."),
E(16, ["On parle aussi d'enlèvements", "deux élus municipaux ont été enlevés mardi soir près d'Andéramboukane"],
  "ABD", "2026-06-23", "day", "Andéramboukane", "ML", None, None, None, None, None, False,
  "'mardi soir' vs Friday 26 June -> 23 June. The presenter's cue names this abduction (events_val rule). 'probablement des mêmes hommes' is speculation -> null. Accented local form kept, like Ménaka and Ténenkou in earlier sets."),
E(16, ["une manifestation", "des centaines de femmes ont défilé dans le calme à Kidal"],
  "PP", "2026-06-24", "day", "Kidal", "ML", None, None, None, None, None, False,
  "'mercredi' -> 24 June. A march with a demand, no incident -> Peaceful protest. The presenter's cue 'une manifestation' names it. 'trois semaines' is a span; 'des centaines' are participants."),
]

# --------------------------------------------------------------- holdout9-017
ARTICLES.append(A(17, "fr", "article", "2026-07-16T10:00:00Z",
"Critique : « Le Dernier Convoi », la guerre filmée à hauteur d'homme",
"""
Dès la première scène, « Le Dernier Convoi » frappe fort. Une colonne de camions citernes avance dans la poussière, une embuscade éclate, les balles sifflent, un camion explose et le jeune chauffeur Issa, 19 ans, se retrouve seul au milieu des morts. Pendant 2 h 08, le réalisateur ne lâchera plus son héros.

Tourné dans le désert marocain avec quatre-vingts figurants et un budget de 12 millions d'euros, le film raconte la traversée d'une région imaginaire, quelque part au Sahel, où des groupes armés sans nom enlèvent, rançonnent et massacrent. On y voit un village incendié, une prise d'otages dans une station-service, un kamikaze qui hésite au dernier moment. Aucune de ces scènes ne renvoie à un fait réel, insiste le scénariste, qui a voulu « un conflit universel ».

La mise en scène est redoutable : la caméra reste à hauteur d'homme, les explosions sont filmées sans musique, et le son des tirs est assourdissant. Le casting, largement composé d'acteurs non professionnels, porte le film avec une justesse bouleversante. Seul bémol : une dernière demi-heure qui tire à la ligne et un dénouement qui tue un peu l'émotion accumulée.

Le film a été présenté au festival de Ouagadougou, où il a remporté deux prix, et sort mercredi dans 140 salles. Le tournage n'a fait aucun blessé, précise la production, malgré les 300 kilos d'explosifs utilisés pour les effets spéciaux. Un film coup de poing, à voir sur grand écran.
"""))

# --------------------------------------------------------------- holdout9-018
ARTICLES.append(A(18, "fr", "article", "2026-08-27T14:00:00Z",
"Yémen : AQPA revendique une attaque de drone contre une caserne à Chougra",
"""
ADEN, 27 août (Agence) – Un drone chargé d'explosifs a frappé mercredi une caserne des forces du Sud à Chougra, sur la côte de la province d'Abyan, tuant deux soldats et en blessant cinq autres, selon un responsable militaire. Al-Qaïda dans la péninsule Arabique (AQPA) a revendiqué l'attaque jeudi dans un communiqué, affirmant avoir tué « plus de dix apostats ».

Le drone, un appareil de fabrication artisanale, a touché le bâtiment vers 6 h, au moment du rassemblement matinal, selon la même source. Ce type d'attaque est devenu plus fréquent : les forces du Sud en ont recensé quinze dans la province depuis le début de l'année.

Jeudi matin, la police d'Abyan a arrêté quatre hommes soupçonnés d'avoir fourni les pièces du drone, lors d'une descente dans un atelier de Chougra. Des moteurs, des batteries et 3 kilos d'explosifs ont été saisis.

En juillet dernier, un attentat à la voiture piégée revendiqué par AQPA avait tué sept soldats à un poste de contrôle de Moukeïras, à la limite de la province d'Al-Bayda. Le groupe, affaibli par des années de frappes américaines, reste selon les experts capable de frapper les forces du Sud dans leurs bastions.
"""))
GOLD += [
E(18, ["Un drone chargé d'explosifs a frappé mercredi une caserne des forces du Sud à Chougra", "a revendiqué l'attaque", "Le drone, un appareil de fabrication artisanale, a touché le bâtiment"],
  "AIR", "2026-08-26", "day", "Shuqra", "YE", 2, 5, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", False,
  "'mercredi' vs Thursday 27 August -> 26 August. An explosive-laden drone -> Air/drone strike (the claim is made on Thursday; the event keeps its own day). 'Chougra' is the French spelling of Shuqra. AQPA -> canonical 'al-Qaeda in the Arabian Peninsula' (events_test). Its 'plus de dix apostats' is a claimant's toll. '6 h', 'quinze ... depuis le début de l'année' (cumulative) are distractors."),
E(18, ["la police d'Abyan a arrêté quatre hommes"],
  "ARR", "2026-08-27", "day", "Shuqra", "YE", None, None, None, "police", None, False,
  "'Jeudi matin' -> 27 August (publication day). Police -> police. Engines, batteries and '3 kilos d'explosifs' seized belong to the arrest."),
E(18, ["un attentat à la voiture piégée revendiqué par AQPA avait tué sept soldats"],
  "IED", "2026-07-01", "month", "Mukayras", "YE", 7, None, "exact", "al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", True,
  "'En juillet dernier' vs 27 August -> July 2026, month precision, 57 days -> background. A car bomb at a checkpoint, no bomber named -> Remote explosive/IED. Claimed by AQPA. 'Moukeïras' is the French spelling of Mukayras."),
]
