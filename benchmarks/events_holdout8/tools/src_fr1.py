"""Authoring source of benchmarks/events_holdout8 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here, in French: the attack on the Tamou post, Niger, told over six days (a
wire, a radio bulletin, an army communiqué: holdout8-011 to 013) and a wire
from northern Benin (014). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout8")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout8-011
ARTICLES.append(A(11, "fr", "article", "2026-06-07T09:00:00Z",
"Niger : au moins seize soldats tués dans l'attaque du poste de Tamou",
"""
DOSSO, 7 juin (Dépêche) - Au moins seize soldats nigériens ont été tués et onze blessés dans l'attaque du poste militaire de Tamou, dans le sud-ouest du pays, dans la nuit de vendredi à samedi, selon des sources sécuritaires. Une vingtaine d'assaillants ont été « neutralisés », selon les mêmes sources.

Les assaillants, arrivés vers 1 heure du matin à bord d'une centaine de motos, ont incendié quatre véhicules et emporté un stock de munitions. Un sergent de 34 ans figure parmi les victimes, selon sa famille.

L'attaque n'a pas été revendiquée. Elle « pourrait être l'œuvre » de l'État islamique au Sahel, très actif dans cette zone frontalière du Burkina Faso, estime un chercheur joint par téléphone.

Jeudi, une frappe de drone de l'armée avait visé un campement près de Dargol, tuant « plusieurs terroristes », selon la télévision publique, qui n'a pas donné de chiffre.

La veille, mercredi, des hommes armés avaient enlevé le chef du village de Boumba et ses deux fils. Leurs ravisseurs réclament trois millions de francs CFA, selon un proche.

La zone de Tamou avait déjà été frappée en mars 2024, lorsqu'une embuscade contre une patrouille de la garde nationale avait tué sept gardes près de Tamou. Plus de 4 000 personnes ont fui la commune depuis le début de l'année.
"""))
GOLD += [
E(11, ["l'attaque du poste militaire de Tamou", "L'attaque n'a pas été revendiquée"],
  "BAT", "2026-06-05", "day", "Tamou", "NE", 36, 11, "about", None, None, False,
  "'dans la nuit de vendredi à samedi' vs Sunday 7 June -> dated at its start, Friday 5 June. An assault on an army post -> Armed clash; no claim, and 'pourrait être l'œuvre' is speculation -> perpetrator null. 'Au moins seize' + 'Une vingtaine d'assaillants' (20, about) = 36; the sum takes the vague part's qualifier -> about. 'onze blessés' -> 11. '1 heure', 'une centaine de motos', 'quatre véhicules', '34 ans' are distractors."),
E(11, ["une frappe de drone de l'armée avait visé un campement près de Dargol"],
  "AIR", "2026-06-04", "day", "Dargol", "NE", None, None, None, "military", None, False,
  "'Jeudi' -> 4 June. 'plusieurs terroristes' gives no figure -> killed null (events_holdout Sambisa Forest)."),
E(11, ["des hommes armés avaient enlevé le chef du village de Boumba et ses deux fils"],
  "ABD", "2026-06-03", "day", "Boumba", "NE", None, None, None, None, None, False,
  "'La veille, mercredi' -> 3 June (the day before Thursday). Unnamed -> null. 'trois millions de francs CFA' is a ransom."),
E(11, ["une embuscade contre une patrouille de la garde nationale avait tué sept gardes près de Tamou"],
  "BAT", "2024-03-01", "month", "Tamou", "NE", 7, None, "exact", None, None, True,
  "'en mars 2024' -> month. An ambush on an armed patrol -> Armed clash; no actor. 'Plus de 4 000 personnes' are displaced."),
]

# --------------------------------------------------------------- holdout8-012
ARTICLES.append(A(12, "fr", "transcript", "2026-06-09T07:00:00Z",
"Le journal du matin : le bilan de Tamou s'alourdit",
"""
PRÉSENTATEUR : Bonjour, il est 8 heures. Le bilan de l'attaque de vendredi soir contre le poste de Tamou s'est encore alourdi. Notre correspondante Aminatou Seyni est en ligne. Aminatou ?

AMINATOU SEYNI : Bonjour. Oui, selon une source hospitalière, six blessés ont succombé entre samedi et hier à l'hôpital de Niamey. On est donc, euh, à vingt-deux soldats tués, contre seize annoncés samedi. Cinq autres militaires sont toujours hospitalisés. Côté assaillants, l'armée parle toujours d'une vingtaine de terroristes neutralisés.

PRÉSENTATEUR : Et cette attaque a été revendiquée ?

AMINATOU SEYNI : Oui, l'État islamique au Sahel l'a revendiquée dimanche soir. Le groupe affirme avoir tué, je cite, « soixante-dix apostats », et il a publié des photos de véhicules brûlés. L'armée conteste ce chiffre, mais pas la revendication.

PRÉSENTATEUR : On signale aussi un engin explosif sur la route de Kirtachi ?

AMINATOU SEYNI : Oui. Dimanche matin, une charrette a sauté sur une mine sur la route entre Tamou et Kirtachi. Les deux charretiers, des frères de 17 et 22 ans, ont été tués. On ne sait pas qui a posé cet engin.

PRÉSENTATEUR : Et à Tamou même, la population s'est mobilisée.

AMINATOU SEYNI : Voilà. Hier, plusieurs centaines de femmes ont marché dans le calme jusqu'à la mairie de Tamou pour demander que le poste soit renforcé. Il n'y a pas eu d'incident. Le préfet les a reçues pendant, euh, une heure.

PRÉSENTATEUR : Merci Aminatou. Les obsèques des soldats auront lieu demain à Niamey, en présence du chef d'état-major.
"""))
GOLD += [
E(12, ["l'attaque de vendredi soir contre le poste de Tamou", "cette attaque a été revendiquée", "l'a revendiquée dimanche soir"],
  "BAT", "2026-06-05", "day", "Tamou", "NE", 42, 5, "about", "Islamic State", "Islamic State", False,
  "'vendredi soir' vs Tuesday 9 June -> 5 June. 'vingt-deux soldats tués, contre seize annoncés' + 'une vingtaine de terroristes' = 42, about. 'Cinq autres militaires sont toujours hospitalisés' is the only wounded figure -> 5. Claimed by l'État islamique au Sahel -> Islamic State; the army disputes the figure, not the claim -> perpetrator Islamic State. The claim's 'soixante-dix' is not used."),
E(12, ["un engin explosif sur la route de Kirtachi", "une charrette a sauté sur une mine sur la route entre Tamou et Kirtachi", "cet engin"],
  "IED", "2026-06-07", "day", "Tamou", "NE", 2, None, "exact", None, None, False,
  "'Dimanche matin' -> 7 June. The road between Tamou and Kirtachi -> first-named place, Tamou. 'de 17 et 22 ans' are ages. No actor."),
E(12, ["plusieurs centaines de femmes ont marché dans le calme jusqu'à la mairie de Tamou"],
  "PP", "2026-06-08", "day", "Tamou", "NE", None, None, None, None, None, False,
  "'Hier' -> 8 June. A march with a demand, 'pas eu d'incident' -> Peaceful protest. The funerals 'demain' are a future event and not coded."),
]

# --------------------------------------------------------------- holdout8-013
ARTICLES.append(A(13, "fr", "article", "2026-06-12T18:00:00Z",
"Communiqué de l'état-major des armées sur la situation à Tamou",
"""
COMMUNIQUÉ DE PRESSE

L'état-major des Forces armées nigériennes (FAN) porte à la connaissance de l'opinion nationale et internationale les informations suivantes.

Suite à l'attaque terroriste lâche perpétrée dans la nuit du 5 au 6 juin 2026 contre le poste de Tamou, le bilan définitif s'établit comme suit : côté ami, vingt-deux (22) militaires tombés au champ d'honneur et cinq (05) blessés ; côté ennemi, vingt-sept (27) terroristes neutralisés.

Du 9 au 11 juin 2026, dans le cadre de l'opération de ratissage lancée dans la zone, nos unités ont accroché un groupe armé terroriste près de Kirtachi, neutralisant trente et un (31) terroristes. Trois (03) de nos soldats ont été légèrement blessés. Vingt (20) motos et deux (02) pick-up ont été détruits.

Le 10 juin 2026, un engin explosif improvisé posé sur l'axe Tamou-Kirtachi a été détecté et neutralisé par une équipe du génie militaire, sans faire de victimes.

Par ailleurs, quatorze (14) suspects ont été interpellés par nos unités : neuf (09) à Tamou le 10 juin et cinq (05) à Kollo le 11 juin. Quatre (04) fusils AK-47, douze (12) téléphones et 350 000 francs CFA ont été saisis.

L'état-major dément formellement le bilan de « plus de 60 militaires tués » diffusé sur les réseaux sociaux par des officines de propagande.

Les FAN rappellent aux populations que le numéro vert 2727 est disponible pour signaler tout mouvement suspect. Les opérations se poursuivent.

Fait à Niamey, le 12 juin 2026.
"""))
GOLD += [
E(13, ["l'attaque terroriste lâche perpétrée dans la nuit du 5 au 6 juin 2026 contre le poste de Tamou"],
  "BAT", "2026-06-05", "day", "Tamou", "NE", 49, 5, "exact", None, None, False,
  "'dans la nuit du 5 au 6 juin' -> 5 June. The communiqué's final figures: 22 soldiers + 27 attackers = 49, exact; 5 wounded. No group named and no claim in this document -> null (each document stands alone). The denied 'plus de 60 militaires tués' is not used."),
E(13, ["nos unités ont accroché un groupe armé terroriste près de Kirtachi"],
  "BAT", "2026-06-09", "day", "Kirtachi", "NE", 31, 3, "exact", "military", None, False,
  "'Du 9 au 11 juin' -> multi-day fighting dated at its start, 9 June. The army engages a group during a sweep -> Armed clash initiated by the military; its own figure is the only one. 'Vingt (20) motos et deux (02) pick-up' are vehicles."),
E(13, ["un engin explosif improvisé posé sur l'axe Tamou-Kirtachi a été détecté et neutralisé"],
  "DWU", "2026-06-10", "day", "Tamou", "NE", 0, 0, "exact", "military", None, False,
  "10 June. A device defused on its own -> Disrupted weapons use; 'sans faire de victimes' -> 0/0. Road Tamou-Kirtachi -> first-named place."),
E(13, ["neuf (09) à Tamou le 10 juin"],
  "ARR", "2026-06-10", "day", "Tamou", "NE", None, None, None, "military", None, False,
  "One operation reported with one total (14) split into one event per place and day (events_holdout5 rule). Arrested by army units -> military. The seized rifles, phones and money belong to the arrests."),
E(13, ["cinq (05) à Kollo le 11 juin"],
  "ARR", "2026-06-11", "day", "Kollo", "NE", None, None, None, "military", None, False,
  "11 June, Kollo; see the Tamou arrests."),
]

# --------------------------------------------------------------- holdout8-014
ARTICLES.append(A(14, "fr", "article", "2026-09-17T10:30:00Z",
"Bénin : quatre soldats tués par un engin explosif près de Ségbana",
"""
PARAKOU, 17 septembre (Dépêche) - Quatre soldats béninois ont été tués et deux autres blessés mardi lorsque leur véhicule a sauté sur un engin explosif improvisé près de Ségbana, dans le département de l'Alibori, a-t-on appris de sources militaires.

Le véhicule ouvrait la route à un convoi de trois camions-citernes de 30 000 litres chacun, à une douzaine de kilomètres de la frontière nigériane. Un des soldats tués avait 26 ans.

Le JNIM a revendiqué l'attaque mercredi dans un message diffusé sur ses canaux, affirmant avoir tué « quinze militaires ». L'armée n'a pas réagi à cette revendication.

Dans la nuit de lundi à mardi, deux agents de santé ont été enlevés par des hommes armés à Kalalé, dans le Borgou. Selon un élu local, les ravisseurs « seraient probablement » liés à des trafiquants de carburant. Personne n'a revendiqué l'enlèvement.

La police républicaine a interpellé mercredi à Kandi sept personnes soupçonnées de fournir des motos aux groupes armés. Une vingtaine de motos ont été saisies.

La zone n'en est pas à sa première attaque. En février 2025, une attaque contre un poste de police à Ségbana avait fait trois morts parmi les policiers. Depuis, le gouvernement a annoncé le recrutement de 5 000 soldats supplémentaires et consacré 250 milliards de francs CFA à la sécurité du Nord.
"""))
GOLD += [
E(14, ["leur véhicule a sauté sur un engin explosif improvisé près de Ségbana", "a revendiqué l'attaque mercredi"],
  "IED", "2026-09-15", "day", "Ségbana", "BJ", 4, 2, "exact", "JNIM", "JNIM", False,
  "'mardi' vs Thursday 17 Sept -> 15 Sept. Claimed by JNIM; the army does not react -> perpetrator JNIM. The claim's 'quinze militaires' is not used. 'trois camions-citernes', '30 000 litres', 'une douzaine de kilomètres', '26 ans' are distractors."),
E(14, ["deux agents de santé ont été enlevés par des hommes armés à Kalalé", "l'enlèvement"],
  "ABD", "2026-09-14", "day", "Kalalé", "BJ", None, None, None, None, None, False,
  "'Dans la nuit de lundi à mardi' -> dated at its start, Monday 14 Sept. 'seraient probablement' is speculation -> null."),
E(14, ["La police républicaine a interpellé mercredi à Kandi sept personnes"],
  "ARR", "2026-09-16", "day", "Kandi", "BJ", None, None, None, "police", None, False,
  "'mercredi' -> 16 Sept. 'Une vingtaine de motos' are seized goods, not casualties."),
E(14, ["une attaque contre un poste de police à Ségbana"],
  "BAT", "2025-02-01", "month", "Ségbana", "BJ", 3, None, "exact", None, None, True,
  "'En février 2025' -> month. An attack on a police post -> Armed clash, no actor named. '5 000 soldats', '250 milliards' are not casualties."),
]
