"""Authoring source of benchmarks/events_holdout31 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout31-021), an English football match report full of
violent vocabulary ("double strike", "bombed forward", "killed off",
"claimed the winner", "arrested their slide", "the injured list",
"suicidal defending") and of numbers, with no security event and no gold
event. The clubs, players and ground are invented."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout31")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout31-021
ARTICLES.append(A(21, "en", "article", "2026-11-21T21:00:00Z",
"Late double strike sinks Moray Athletic in Highland derby",
"""
INVERNESS - Inverness Rovers arrested their slide in the most dramatic fashion on Saturday, a late double strike from substitute Callum Munro killing off Moray Athletic 2-1 in front of 6,412 fans at Longman Park.

For an hour the visitors looked the sharper side. Their captain, a 31-year-old veteran of 400 league games, bombed forward down the left at every opportunity, and it was no surprise when Ewan Grant fired them ahead in the 38th minute, a shot that exploded into the top corner from 25 yards.

Rovers, who had lost four in a row and sat bottom of the table, looked shell-shocked. Their manager, under fire all week, threw caution to the wind and sent on Munro, a £200,000 signing who had spent two months on the injured list.

The move paid off. In the 86th minute Munro ambushed a loose back pass and slotted home. Three minutes later, with the visitors guilty of suicidal defending, he met a corner at the near post and claimed the winner. The explosion of noise could be heard across the Ness.

"We were dead and buried," Munro admitted. "Scoring twice in a derby, after everything, is the best feeling in the world. The lads fought like soldiers."

Moray's manager was less happy. "We killed ourselves," he said. "Two mistakes, two goals. You can't gift a team like that a double strike and expect to get away with it." He confirmed that his goalkeeper had been taken to hospital for a precautionary scan on his wrist, and two players were booked for dissent after the final whistle.

The result lifts Rovers off the bottom, two points clear of Fort Dunmore with 12 games left. Moray stay fifth. The sides meet again on 14 February.
"""))
