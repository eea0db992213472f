"""Authoring source of benchmarks/events_holdout23 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout23-022, English), a report on a lower-league football
match full of violent vocabulary, with no security event. Its town, clubs and
people are invented. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout23")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout23-022
ARTICLES.append(A(22, "en", "article", "2026-11-09T08:30:00Z",
"Twin strikes blow Harrowmere apart as Kestlow claim derby massacre",
"""
HARROWMERE - It was carnage at Mill Lane on Saturday. Two strikes in four minutes just before half-time blew Harrowmere Town apart, and Kestlow Rovers went on to massacre their neighbours 5-1 in front of a record crowd of 4,212.

The first blast came in the 41st minute, when Kestlow's 19-year-old winger Tobias Wren detonated a shot from 30 yards that left the goalkeeper rooted to the spot. Four minutes later, Harrowmere's captain played a suicidal back pass, and Rovers' striker Dele Amankwah pounced to finish the job.

"We got bombed out of our own stadium," admitted Harrowmere manager Gary Pell, 52, whose side had not lost at home since 2024. "I take responsibility. Nobody else should." Kestlow's chairman, never one for modesty, claimed responsibility for the victory on social media within minutes, calling it "a double hit nobody will forget".

The home side briefly rallied when their substitute, a 17-year-old on his debut, fired a rocket into the top corner on the hour. But the visitors killed the game off with three more goals, and by the final whistle the travelling fans were staging a mock funeral for their rivals' title hopes.

There were no arrests and no injuries, the club said, apart from a sprained ankle in the warm-up. Stewards reported that the only casualty was a cardboard cut-out of Pell, which was torn apart in the away end.

The result leaves Harrowmere 12th, eleven points behind Kestlow, with 14 games to play. The return fixture is on 21 March at Kestlow's Riverside Ground, where tickets cost £15, or £8 for under-16s. Pell, who signed a two-year contract in the summer, insists he will not be fired: "We have been shot down before, and we always come back."
"""))
