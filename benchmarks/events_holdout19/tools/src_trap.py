"""Authoring source of benchmarks/events_holdout19 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap article (holdout19-023, French), a music festival review full
of violent vocabulary and numbers, with no security event. Its town,
festival, bands and people are invented. No gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout19")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout19-023
ARTICLES.append(A(23, "fr", "article", "2026-09-14T08:00:00Z",
"Festival des Sables d'Oued-Lemsid : Tidinit Express fait exploser la scène",
"""
OUED-LEMSID - Il était un peu plus de 23 heures samedi quand Tidinit Express a fait exploser la scène du Festival des Sables. Dès le premier morceau, une véritable déflagration de guitares électriques, les 12 000 festivaliers de cette 7e édition ont capitulé sans condition.

Le chanteur, Sidi Lemine, 22 ans, a pris la salle d'assaut avec une énergie de kamikaze, se jetant dans la foule à deux reprises. « Ce soir, on a tout détruit », a-t-il lancé, hilare, après un rappel de vingt minutes.

Le groupe, originaire d'un quartier populaire de la capitale, revendique l'héritage des griots maures tout en tirant à boulets rouges sur la variété commerciale. Son dernier album, « Double charge », s'est vendu à plus de 40 000 exemplaires en trois mois, un record pour le pays.

Avant eux, les Dakarois de Ndanane Boys avaient bombardé le public de rythmes mbalax pendant près d'une heure, et le duo Les Deux Kamikazes avait joué à guichets fermés sous le chapiteau.

Côté organisation, le bilan est plus nuancé. La bataille des billets a fait rage toute la semaine : vendu 1 500 ouguiyas, le pass de trois jours s'échangeait jusqu'à cinq fois plus cher au marché noir. Avec 45 degrés l'après-midi, une dizaine de spectateurs ont été pris de malaises et soignés par la Croix-Rouge sur place. Aucun incident n'a été signalé par la gendarmerie, qui avait déployé 80 agents.

Lors de la conférence de presse de clôture, le directeur du festival a interpellé le ministre de la Culture sur la baisse de la subvention, passée de 20 à 12 millions d'ouguiyas. « On nous assassine à petit feu », a-t-il lancé. La 8e édition est prévue en septembre 2027.
"""))
