"""Authoring source of benchmarks/events_holdout30 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout30-022), a Zambian football match report full of
violent vocabulary ("twin strikes", "killer blow", "shot", "bombarded",
"executed", "claimed", "arrested", "protested", "explosive", "attack") and
numbers, with no security event. It has no gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout30")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout30-022
ARTICLES.append(A(22, "en", "article", "2026-10-18T20:30:00Z",
"Twin strikes blow Power Dynamos away in the Kitwe derby",
"""
KITWE, Zambia (Copperbelt Sport) - Two goals in four minutes from the 21-year-old striker Joseph Mwale delivered the killer blow as Nkana bombarded Power Dynamos 3-1 in front of 18,000 fans at Nkana Stadium on Sunday, a result that left the visitors' title charge in ruins.

Dynamos started like an explosive device with a short fuse. Their captain shot from 25 metres in the second minute and hit the bar, and for half an hour they laid siege to the Nkana goal. Then came the twin strikes that killed the game. In the 34th minute Mwale ghosted in at the far post to head home a corner; in the 38th he picked up a loose ball, left two defenders for dead and fired low into the corner.

Dynamos' bench protested loudly that the second goal came after a foul, and their coach, 58, was sent to the stands. "We were executed by two counter-attacks," he said afterwards. "My boys died on their feet."

The visitors pulled one back when their substitute, signed in August for a reported K1.2 million, smashed a free kick through the wall in the 67th minute, but Nkana's veteran midfielder, 35, arrested the comeback with a penalty he executed coolly in stoppage time.

"We claimed the three points and we claimed the bragging rights," said Nkana's captain. "Tonight this team was a bomb waiting to go off."

The result lifts Nkana to second place with 31 points from 15 matches, two behind the leaders. Dynamos, who have not won in Kitwe since 2019, drop to fifth.

Police said the crowd was well behaved; 250 officers were deployed and no one was hurt. Tickets cost K50, and the club expects 20,000 for the cup tie on 1 November. The Chipolopolo, Zambia's national team, play Malawi in Lusaka on Saturday.
"""))
