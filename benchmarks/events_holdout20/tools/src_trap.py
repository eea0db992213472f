"""Authoring source of benchmarks/events_holdout20 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap article (holdout20-021, English), a cricket report from Sri
Lanka full of violent and event-like vocabulary ("twin strikes", "claimed",
"the attack", "arrested the collapse", "suicidal run", "blitz") and numbers,
with no security event. It has no gold events. The ground, clubs and players
are invented."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout20")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout20-021
ARTICLES.append(A(21, "en", "article", "2026-10-04T18:00:00Z",
"Twin strikes leave Kurunegala Lions in ruins at Wattegama Oval",
"""
WATTEGAMA - Two deliveries, six minutes and one devastated dressing room. Southern Cyclones seamer Nuwan Pathirage claimed twin strikes in the 38th over on Sunday to blow apart the Kurunegala Lions' chase, and the visitors were bombed out for 187, 46 runs short of a target of 233.

Pathirage, 22, has been the most explosive weapon in the tournament, and he took responsibility again on a slow pitch that had killed off most of the attack's hopes before lunch. His first ball after drinks was a yorker that crashed into the base of the stumps; the second, a bouncer, was fired into the body and gloved to the keeper.

The Lions had arrested an early collapse through a 71-run stand between their captain and the veteran Dilan Ekanayake, 38, who survived two dropped catches and a suicidal single in the 30th over. Their supporters, about 4,000 of them, had stormed the grass banks waving flags when the partnership passed 50.

"It was a massacre in the end, and I take the blame," the Lions coach said. "We shot ourselves in the foot with three run-outs. Nobody in that dressing room is hurt more than me."

The Cyclones had earlier blitzed 233 for eight, with opener Kasun Wijeratne hammering four sixes in a 19-ball assault. Their bowling attack conceded just 12 extras.

Police reported no incidents among the crowd, and the ground's new 300-seat stand, opened in 2024 at a cost of 45 million rupees, was full for the first time. Tickets sold out within two hours.

The Cyclones, who lost their opening game by 9 runs, now top the group with three wins from four. They face the Lions again in the final at Wattegama on October 18.
"""))
