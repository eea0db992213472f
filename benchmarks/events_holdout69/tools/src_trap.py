"""Authoring source of benchmarks/events_holdout69 (see its README): the trap
article with no security event (holdout69-022), a French beekeepers'
association bulletin ("bulletin d'une association d'apiculteurs") full of
attack, massacre, kamikaze, bomb, explosion and claim words about bees and
hornets, and of numbers. It has no gold event. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout69")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout69-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T08:00:00Z",
"Les Abeilles du Warndt : bilan d'une saison contrastée",
"""
BULLETIN DE L'ASSOCIATION - Les Abeilles du Warndt, association d'apiculteurs amateurs. Lettre n° 48, lundi 7 décembre 2026.

Chers amis apiculteurs,

BILAN DE LA SAISON. Une saison contrastée : la miellée d'acacia a explosé en mai (jusqu'à 38 kg par ruche chez certains d'entre vous), mais l'été sec a été un carnage pour les colonies faibles. Sur les 412 ruches déclarées par nos 57 adhérents, 61 colonies sont mortes, soit près de 15 %. Le miel de printemps se vend 14 euros le pot de 500 g au marché de Forbach.

LE FRELON ASIATIQUE. Les attaques de frelons devant les ruches ont commencé dès le 20 juillet, un mois plus tôt que l'an dernier. Au rucher-école, une colonie a été massacrée en trois jours. Nos 140 pièges ont capturé 3 200 frelons, et 23 nids ont été détruits par l'entreprise de désinsectisation, qui revendique un taux de réussite de 95 %. Signalez tout nid à Gérard au 06 37 18 52 44.

L'ABEILLE, KAMIKAZE MALGRÉ ELLE. Notre conférence du 14 novembre a fait salle comble (85 personnes). Le docteur Hoffmann a rappelé que l'ouvrière qui pique meurt en laissant son dard, et qu'une véritable « bombe » de phéromones attire alors ses sœurs sur l'intrus. Il a aussi démonté la rumeur d'un « miel explosif » qui circule sur les réseaux sociaux.

VIE DE L'ASSOCIATION. L'assemblée générale aura lieu le samedi 16 janvier 2027 à 14 heures, à la salle des fêtes de Creutzwald. La cotisation passe à 22 euros, assurance de 10 ruches comprise. Trois candidats se présentent pour remplacer notre trésorier, « kidnappé » par un nouvel emploi à Sarrelouis.

TRAITEMENT D'HIVER. Le traitement à l'acide oxalique contre le varroa se fait hors couvain, entre le 20 décembre et le 10 janvier, par une journée à plus de 5 degrés. Dose : 5 ml par inter-cadre, 30 ml au maximum par ruche.

CONCOURS. Notre miel de forêt a reçu une médaille d'argent au concours régional de Nancy, parmi 230 échantillons.

Rendez-vous au rucher-école le samedi 6 mars pour la première visite de printemps.

Le bureau
"""))
