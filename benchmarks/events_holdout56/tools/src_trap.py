"""Authoring source of benchmarks/events_holdout56 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout56-022), a darts league's weekly bulletin in English,
with no security event at all: violent words used for a darts final ("the
Tawau Bombers", "blew ... away", "went off like a bomb", "shot to pieces",
"massacred", "killed us", the "killer" game, "arrested their slide"), team
names that recall the Tawau cluster's places, and many numbers that are
scores, ages, prices and phone numbers. Malaysia is UTC+8; the publication
time (02:00 UTC, 10:00 in Tawau) keeps the local date. No gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout56")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout56-022
ARTICLES.append(A(22, "en", "article", "2026-12-07T02:00:00Z",
"Sabah Social Darts League: bulletin No. 12",
"""
SABAH SOCIAL DARTS LEAGUE - WEEKLY BULLETIN No. 12, season 2026. Monday 7 December 2026.

FINALS NIGHT. What a night at the Tawau Sports Club! More than 260 fans packed the hall on Saturday for the finals, and the Tawau Bombers blew the Sandakan Snipers away 9-4 to claim the title for the first time since 2019.

The Bombers' captain, Henry Chong, 47, opened with a 180 and never looked back. "We came to explode the myth that we choke in finals," he said. "Tonight the whole team went off like a bomb." Sandakan's Aziz Ramli, 22, hit back with a 170 checkout, the biggest finish in darts, but his side were shot to pieces in the doubles.

In the pairs final, the Semporna Sharpshooters threw a perfect 11-dart leg and massacred the Lahad Datu Raiders 5-0. "A total wipeout," said the Raiders' skipper, Danny Wong. "They killed us on double 16."

KILLER. The killer competition, in which every player has three lives and must hit his or her number to become a "killer" before taking out the others, was won by Mei Ling Foo, 63, who eliminated four men in nine minutes. "She was deadly on the treble 20," said the referee.

POLICE ARROWS. The police team, the Sabah Police Arrows, arrested their slide with a 5-3 win over the Kunak Crossfire in the plate final and avoid relegation.

DISCIPLINE. Two players were shown a yellow card for arguing with the marker; no further action.

CHARITY. Our annual charity shoot-out raised RM4,800 for the children's ward of Tawau Hospital. Thank you to all 16 teams.

NEXT SEASON. It starts on Tuesday 12 January 2027; registration closes on 20 December. Fees: RM120 per team and RM40 per player. A new throw line at 2.37 metres will be painted at all 32 boards, and the bull stays at 1.73 metres.

Contact the league secretary on 016-832 4471. Good darts!
"""))
