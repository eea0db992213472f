"""Authoring source of benchmarks/events_holdout36 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout36-022), an English report on a pastry competition in
Suva, Fiji, full of the words of bombings, claims, arrests and tolls used
figuratively ("twin bombes", "detonated", "claimed responsibility", "a
massacre of meringues", "arrested the judges' attention", "casualties"), and
of numbers that are not casualties. It has no gold event. Fiji is UTC+12: it
is published at 02:00 UTC, 14:00 local, on the same date."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout36")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout36-022
ARTICLES.append(A(22, "en", "article", "2026-06-20T02:00:00Z",
"Pacific Pastry Cup: a 'bombe' attack takes the title in Suva",
"""
It was, by common consent, a suicide mission. With 40 minutes left on the clock at the Pacific Pastry Cup in Suva on Friday, Losana Vuki, 27, scrapped her planned entry and launched a twin bombe attack: two domes of frozen mango and coconut, each set off with a shot of flaming rum. The explosion of flavour left the jury speechless, and the title was hers.

"I claim full responsibility," she laughed afterwards, holding a trophy that weighs 4.5 kg. "My coach will kill me. He told me to play it safe."

The final was a massacre for the meringue. Three of the eight finalists saw their soufflés collapse under the studio lights, where the temperature reached 31 degrees. One judge counted "at least a dozen casualties" among the macarons, and a pastry chef from Nuku'alofa described the kitchen as "a battlefield, a real war zone". Nobody was hurt, apart from a burnt thumb.

The defending champion, Henri Tamarii, 44, from Papeete, was ambushed in the final round by a split caramel and never recovered. His chocolate tower, 1.2 metres tall, was a killer in the technical round but was shot down by the jury for "too much sugar". He finished fourth with 71 points out of 100.

Vuki's bombes arrested the judges' attention from the first spoonful. "She detonated every cliché about island desserts," said the head juror, Marie-Claire Dubreuil, who has judged 19 competitions. "Boom. Total domination."

Some 2,300 spectators filled the hall, and 48,000 people followed the live stream. Tickets cost FJ$25. The winner takes home FJ$15,000, a stage of three weeks in a Lyon kitchen and a flight, FJ 911, to Sydney.

The organisers have already claimed the next edition, on 18 and 19 June 2027, and hope for 12 countries. For bookings, call +679 330 2026.
"""))
GOLD += []
