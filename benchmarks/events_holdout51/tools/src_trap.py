"""Authoring source of benchmarks/events_holdout51 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout51-022), a French notice of a theatre cancelling a
performance ("annulation d'un théâtre") in Granby, Quebec: a comedy about a
failed bomb plot, a burst pipe, refunds, with the vocabulary of bombings,
kamikazes, claims, arrests, hostage-taking and tolls, and actors from the
four clusters' islands and towns, but no security event: no gold entry.
Quebec is UTC-5 in December; published Friday 4 December 2026 at 16:00
UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout51")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout51-022
ARTICLES.append(A(22, "fr", "article", "2026-12-04T16:00:00Z",
"Annulation : « La Bombe de minuit » ne sera pas jouée samedi",
"""
THÉÂTRE DU VIEUX-CLOCHER DE GRANBY - AVIS D'ANNULATION. Granby, le vendredi 4 décembre 2026.

La représentation de « La Bombe de minuit », prévue ce samedi 5 décembre à 20 h, est annulée. Jeudi soir, une conduite d'eau a cédé sous la scène pendant la générale : la salle de 420 places a été inondée sur 15 centimètres et le plancher doit être remplacé. Personne n'a été blessé.

Rappelons l'intrigue de cette comédie, qui a fait exploser de rire 11 000 spectateurs en tournée : deux apprentis terroristes, surnommés « les Kamikazes du dimanche », décident de faire sauter la caisse d'une banque de province. Ils se trompent de sac, arrivent avec un gâteau d'anniversaire à la place de la bombe, et finissent par prendre en otage… un club de bridge de retraités, qui les retient jusqu'à l'aube. Au deuxième acte, un inspecteur les arrête pour « attentat à la pudeur » après une scène de sauna restée célèbre. Bilan de la soirée, selon la critique : « deux morts de rire et des dizaines de blessés aux zygomatiques ». La troupe revendique fièrement « le carnage le plus drôle de la saison ».

La distribution réunit Inès Lédée, venue de Saint-Barthélemy, Kalepo Tauvale, de Wallis, Oliver Mahy, de Guernesey, et Réjean Bouffard, de Magog, dans le rôle du directeur de banque.

Remboursements : les 387 billets vendus (de 38 $ à 52 $) seront remboursés automatiquement sur la carte utilisée, sous 10 jours ouvrables. Les détenteurs de billets payés en argent comptant peuvent se présenter à la billetterie, du mardi au samedi de 12 h à 18 h, jusqu'au 19 décembre.

Reprise : la pièce sera jouée le vendredi 15 janvier 2027 à 20 h et le samedi 16 janvier à 14 h et à 20 h. Les 80 abonnés de la saison seront servis en priorité à partir du lundi 7 décembre.

Les travaux, estimés à 64 000 $, seront couverts en partie par l'assurance.

Billetterie : 450 555 0199. Merci de votre compréhension, et à bientôt au théâtre !
"""))
# No gold event: the play's "terroristes", "Kamikazes", "faire sauter",
# "bombe", "prendre en otage", "arrête", "attentat à la pudeur", "morts de
# rire", "blessés aux zygomatiques", "revendique", "carnage" are a comedy's
# words; "fait exploser de rire" is praise; the burst pipe hurt nobody
# ("Personne n'a été blessé" is not an event's zero). Numbers: "5 décembre",
# "20 h", "420 places", "15 centimètres", "11 000 spectateurs", "deux", "des
# dizaines", "387 billets", "38 $ à 52 $", "10 jours", "12 h à 18 h", "19
# décembre", "15 janvier 2027", "16 janvier", "14 h", "80 abonnés", "7
# décembre", "64 000 $", "450 555 0199".
