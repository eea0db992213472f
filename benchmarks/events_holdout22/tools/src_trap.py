"""Authoring source of benchmarks/events_holdout22 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout22-021, English), a football match report full of
violent vocabulary, with no security event. Its town, clubs and people are
invented. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout22")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout22-021
ARTICLES.append(A(21, "en", "article", "2026-10-04T21:00:00Z",
"Twin strikes blow Harwick away as Corrington massacre the leaders",
"""
CORRINGTON - Two goals in four minutes, two explosions of noise from the home end, and the league leaders were dead and buried before half-time. Corrington Athletic's 3-0 demolition of Harwick United on Saturday was the kind of assault their supporters had been waiting for since 2019.

The first blow came in the 17th minute, when captain Dele Okonjo, 29, fired a rocket into the top corner from 25 metres. Harwick's defence was still shell-shocked when Okonjo's strike partner, the 19-year-old Jamie Rooke, pounced on a suicidal back pass and executed a calm finish in the 21st minute. "We bombed them early and they never recovered," Rooke said afterwards.

Harwick's manager, who claimed responsibility for the defeat in his press conference, admitted his side had been "slaughtered in midfield" and "held hostage" by Corrington's pressing. "We were shot to pieces. Nobody was injured, thank God, but our pride took a hit," he said.

The third goal, a header by defender Tomasz Wilk on 68 minutes, completed the massacre. A flare thrown from the away end briefly delayed the restart, but stewards removed it and no arrests were made, police said.

The crowd of 8,412 was the ground's largest for six years. Corrington have now won five in a row, lifting them to fourth, two points behind Harwick, who had not lost in 11 matches.

The two sides meet again in the cup on November 14. Tickets, priced at 22 pounds, go on sale on Monday morning from the club shop at 7 Station Road. Okonjo's first goal was his 50th for the club, in his 150th appearance.
"""))
