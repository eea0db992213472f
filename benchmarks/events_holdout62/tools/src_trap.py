"""Authoring source of benchmarks/events_holdout62 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout62-022, French), an amateur astronomy club's monthly
newsletter in Annecy ("lettre d'un club d'astronomie"), with no security
event at all: no gold entry. It is full of the words of the clusters, used
figuratively or about stars ("explosive", « double explosion », « jumelles
», « bombardement », « revendique », « victimes », « mort de froid », «
arrêté », « impact »), names the clusters' places (Auki, the Pamir, Huancayo
and its observatory, Narathiwat) and the Chelyabinsk meteor of 2013, a
natural event whose injured are never coded (natural disasters are not
events). France is UTC+1 in December; published 09:00 UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout62")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout62-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T09:00:00Z",
"Le Chercheur d'étoiles : la lettre de décembre",
"""
LE CHERCHEUR D'ÉTOILES - Lettre mensuelle du Club d'astronomie du Semnoz, Annecy, n° 117. Lundi 7 décembre 2026.

Chers membres,

La nuit des Géminides, du 13 au 14 décembre, s'annonce explosive : jusqu'à 120 étoiles filantes par heure sous un ciel sans Lune. Rendez-vous au col de Leschaux à 21 heures ; prévoyez -6 °C au thermomètre et des thermos.

Retour sur novembre. Notre soirée d'observation du 14 novembre a fait deux victimes : la monture du Dobson de 400 mm, qui a rendu l'âme, et Gérard, mort de froid, au sens figuré bien sûr. Clou de la soirée : sur l'écran de la coupole, la double explosion de deux étoiles jumelles dans une galaxie située à 90 millions d'années-lumière, une supernova que l'observatoire de Huancayo, au Pérou, revendique d'avoir repérée le premier.

Ciel du monde. Clément rentre des îles Salomon, où il a photographié la Croix du Sud depuis le quai d'Auki. Sophie a passé trois nuits sur le plateau du Pamir, à 4 000 mètres. Et Malik nous montrera ses clichés de l'éclipse vue de Narathiwat, en Thaïlande.

Conférence. Le vendredi 18 décembre à 20 h 30, salle Pierre-Lamy, Mme Anne Rochat parlera des météorites : le bombardement permanent que subit la Terre, le cratère d'impact de 1,2 km de l'Arizona et la météorite de Tcheliabinsk, dont l'onde de choc avait blessé quelque 1 500 personnes en 2013, surtout par des éclats de vitres. Entrée libre.

Pollution lumineuse. Le préfet a pris un arrêté : l'éclairage public des communes du Semnoz sera éteint de 23 heures à 5 heures à partir du 1er janvier. Une victoire pour notre club, qui le demandait depuis 2019.

Matériel. Le télescope de 254 mm légué par notre ancien président est à vendre 1 890 euros.

Cotisations. La cotisation 2027 reste à 45 euros (20 euros pour les moins de 18 ans).

Agenda. Assemblée générale le samedi 9 janvier 2027 à 17 heures, suivie de la galette des rois.

Contact : 04 50 27 84 19, ou le mardi soir à la coupole.

Bonnes observations à toutes et à tous !
"""))
GOLD += [
  # No gold event: a trap article. Nothing here is a security event:
  # « explosive » (the meteor shower), « a fait deux victimes » (a telescope
  # mount and a member 'mort de froid, au sens figuré'), « la double
  # explosion de deux étoiles jumelles » (a supernova), « revendique » (an
  # observatory's discovery), « le bombardement permanent » and « le cratère
  # d'impact » (meteorites), the Chelyabinsk meteor of 2013 (« avait blessé
  # quelque 1 500 personnes »: a natural event, not coded), « un arrêté »
  # (a prefect's order on street lighting). Numbers: '13 au 14 décembre',
  # '120 étoiles filantes', '21 heures', '-6 °C', '14 novembre', '400 mm',
  # '90 millions', 'trois nuits', '4 000 mètres',
  # '18 décembre', '20 h 30', '1,2 km', '1 500 personnes', '2013',
  # '23 heures à 5 heures', '1er janvier', '2019', '254 mm', '1 890 euros',
  # '2027', '45 euros', '20 euros', '18 ans', '9 janvier 2027', '17 heures',
  # '04 50 27 84 19'.
]
