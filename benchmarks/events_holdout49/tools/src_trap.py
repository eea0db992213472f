"""Authoring source of benchmarks/events_holdout49 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout49-022), a French quarry company's notice to local
residents (« avis aux riverains d'une carrière ») in Soignies, Belgium, on
its blasting schedule and on a civil-protection exercise that simulates a
twin suicide bombing: blasts, explosives, detonations, sirens, « victimes »,
« morts », « blessés », « kamikazes », an « arrestation » played by the
police, and many numbers, but no security event. Belgium is UTC+1 in
December. No gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout49")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout49-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T08:00:00Z",
"Carrières de la Senne : avis aux riverains pour décembre",
"""
CARRIÈRES DE LA SENNE SA - AVIS AUX RIVERAINS N° 12/2026. Soignies, le lundi 7 décembre 2026. Objet : tirs de mines de décembre et exercice de sécurité civile du samedi 12 décembre.

Madame, Monsieur,

1. TIRS DE MINES. Nos prochains tirs auront lieu les mardi 8, jeudi 10 et mardi 15 décembre, à 11 h 30 précises, sur le front nord. Chaque tir met en œuvre environ 2 400 kilos d'explosif, répartis dans 46 trous de forage de 18 mètres. Trois coups de sirène de 30 secondes retentiront cinq minutes avant la détonation ; un coup long annoncera la fin de l'alerte. Le chemin du Tilleul sera fermé de 11 h 15 à 11 h 45.

2. VIBRATIONS. Nos sismographes, installés chez quatre riverains, ont mesuré en novembre une vitesse maximale de 4,2 mm/s, sous la limite de 10 mm/s. Les fissures signalées aux n° 14 et 16 de la rue de la Station seront examinées le 9 décembre.

3. EXERCICE « DOUBLE IMPACT ». Le samedi 12 décembre, de 8 heures à 13 heures, les services de secours de la zone Hainaut-Centre simuleront dans l'enceinte de la carrière un double attentat-suicide, suivi de l'effondrement d'un hangar. Quelque 60 figurants maquillés joueront les « victimes », dont 12 « morts » et 48 « blessés » ; deux pompiers volontaires tiendront le rôle des « kamikazes ». Des explosions factices, des fumigènes et un hélicoptère sont prévus : ne vous inquiétez pas. En fin de matinée, la police locale jouera l'« arrestation » de deux « complices » à la sortie du site. Il ne s'agit que d'un exercice.

4. PORTES OUVERTES. Le dimanche 20 décembre, de 10 heures à 16 heures, visite guidée du fond de la carrière, à 65 mètres de profondeur. Nous attendons 1 200 visiteurs ; navettes gratuites depuis la gare toutes les 20 minutes. Le vin chaud, à 2 euros, sera vendu au profit de la banque alimentaire de Soignies.

Permanence riverains : 067 33 21 90, du lundi au vendredi, de 8 heures à 16 h 30.

La direction d'exploitation
"""))
