"""Authoring source of benchmarks/events_holdout66 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap article (holdout66-022, French): a brass band's newsletter («
lettre d'information d'une harmonie ») on its Saint Cecilia concert, full of
the vocabulary of attacks, bombs, shots, marches and arrests used in their
musical senses, with pieces and guests that recall three of the set's
clusters (Quba, Kendari, Santa Ana), and many numbers. No security event:
no gold entry. France is UTC+1 in December; published at 10:00 UTC, Monday 7
December 2026 in France."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout66")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout66-022
ARTICLES.append(A(22, "fr", "article", "2026-12-07T10:00:00Z",
"L'Écho des cuivres, lettre de décembre",
"""
L'ÉCHO DES CUIVRES - lettre d'information de l'Harmonie municipale de Fougères. N° 88, lundi 7 décembre 2026.

Un concert de Sainte-Cécile explosif ! Samedi soir, la salle Juliette-Drouet a été prise d'assaut : 420 spectateurs pour 380 places assises, il a fallu ouvrir la galerie. Nos 62 musiciens, de 11 à 84 ans, ont tenu leurs troupes pendant 2 h 15.

L'attaque des trompettes dans la fanfare d'ouverture était enfin franche, et nos bombardons ont fait trembler les vitres. Dans l'Ouverture 1812, les coups de canon ont été remplacés par 16 coups de grosse caisse et deux détonations enregistrées : effet garanti, deux enfants du premier rang se sont bouché les oreilles. Victimes de leur succès, les clarinettes ont manqué de partitions.

Nos invités ont mis le feu à la salle : la cornettiste australienne Jess Doyle, de Fremantle, a joué « Kendari Bay », une ballade qu'elle a écrite en Indonésie, et notre chef, Marc Le Goff, a créé son arrangement de « Souvenir de Quba », une danse azerbaïdjanaise où les percussions tirent à bout portant. En bis, la marche « Santa Ana », d'un compositeur salvadorien du XIXe siècle, a fait lever toute la salle.

Petit incident : le chef a dû arrêter l'orchestre deux fois dans la marche, le tambour-major ayant perdu sa baguette. Personne n'a été blessé, sauf dans son amour-propre.

Le 11 novembre, nous avions défilé du monument aux morts à la mairie avec les anciens combattants.

À retenir :
- répétition générale mardi à 20 h 30 (salle 3 de l'école de musique) ;
- concert de Noël le dimanche 20 décembre à 16 heures, église Saint-Léonard, entrée 8 euros, gratuit pour les moins de 12 ans ;
- cotisation 2027 : 45 euros ; location d'instrument, 60 euros par an ;
- l'harmonie, fondée en 1874, recrute : il nous manque 4 cors et 2 tubas.

La recette du concert (3 150 euros) servira à racheter le sousaphone volé en mars.

Renseignements : 02 99 94 31 07, ou à la permanence du mercredi, de 18 heures à 19 heures.
"""))
GOLD += []
