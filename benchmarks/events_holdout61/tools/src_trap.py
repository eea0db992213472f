"""Authoring source of benchmarks/events_holdout61 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout61-022), a French notice to the exhibitors of a craft
fair in Caraquet, New Brunswick ("avis aux exposants d'un salon
d'artisanat"), with no security event: bath bombs, an "explosive" success,
stands "pris d'assaut", a municipal "arrêté", a "bilan" of sales, a
"saisie" of forms, "victimes de leur succès", a "cible" audience, a
fireworks display and an exhibitor who "revendique" a title; exhibitors from
Kita (Mali), Aswan (Egypt), the Valais (Switzerland) and Dieppe recall the
clusters. New Brunswick is UTC-4 in November: 15:00 UTC is 11:00 local, the
same date. No gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout61")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout61-022
ARTICLES.append(A(22, "fr", "article", "2026-11-10T15:00:00Z",
"Salon des métiers d'art de Caraquet : avis n° 3 aux exposants",
"""
SALON DES MÉTIERS D'ART DE LA PÉNINSULE ACADIENNE - AVIS N° 3 AUX EXPOSANTS. Caraquet, le mardi 10 novembre 2026. Édition du vendredi 4 au dimanche 6 décembre 2026, Carrefour de la mer.

Chères exposantes, chers exposants,

L'édition 2025 avait été un succès explosif : 9 400 visiteurs en trois jours, 38 % de plus qu'en 2024, et des allées prises d'assaut dès l'ouverture du samedi. Plusieurs d'entre vous ont été victimes de leur succès et ont fermé avant 15 heures, faute de marchandise.

MONTAGE. Montage le jeudi 3 décembre, de 13 heures à 21 heures. Un arrêté municipal interdit le stationnement des camions rue du Quai après 22 heures : déchargez par la porte C. Les stands de 3 mètres sur 3 sont facturés 180 $, ceux de 3 mètres sur 6, 320 $.

LES NOUVEAUX VENUS. Sur nos 64 exposants, 11 viennent pour la première fois : la coopérative de beurre de karité des femmes de Kita, au Mali ; un vannier nubien d'Assouan ; une cirière du Valais et ses bougies en cire d'abeille ; et la savonnerie Lune de Dieppe, dont les bombes de bain avaient fait fureur au marché de Noël de Moncton. Une déflagration de couleurs en perspective !

SÉCURITÉ ET ASSURANCE. Attestation d'assurance responsabilité civile d'au moins 1 million de dollars obligatoire. Gardiennage de nuit de 21 heures à 8 heures.

VENTES. Le terminal de paiement prélève 2,5 %. Le bilan des ventes sera publié en janvier ; l'an dernier, le panier moyen était de 47 $.

COMMUNICATION. Notre cible : les familles du temps des fêtes. Envoyez-nous deux photos avant le 20 novembre ; la saisie des fiches en ligne fermera le 22 novembre à minuit. Étiquettes : police de caractères de 14 points au minimum.

CONCOURS. L'ébéniste Gilles Thériault, qui revendique le titre du plus grand berceau sculpté de la Péninsule, remet son trophée en jeu. Jury : samedi, 11 heures.

Le feu d'artifice de clôture sera tiré le dimanche 6 décembre à 18 heures, au-dessus du port.

Renseignements : 506-555-0114, de 9 heures à 16 heures.

Le comité organisateur
"""))
