"""Authoring source of benchmarks/events_holdout24 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout24-022, English), a county cricket report full of
violent vocabulary, with no security event. Its town, clubs and people are
invented. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout24")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout24-022
ARTICLES.append(A(22, "en", "article", "2026-07-20T07:15:00Z",
"Twin strikes blow away Aldenbury as Fenwick's bowlers claim derby carnage",
"""
ALDENBURY - It was carnage at the Abbey Ground on Sunday. Two strikes in the first over blew away Aldenbury's top order, and Fenwick's seamers went on to destroy the home side for 87 in front of a crowd of 3,450.

The first blast came from the fourth ball, when Fenwick's 21-year-old opening bowler Sam Okafor fired a yorker through the defence of the Aldenbury captain. Two balls later, a suicidal single left the other opener stranded, and the double strike had the visitors' dressing room exploding with joy.

"We got bombed out of our own ground," admitted Aldenbury coach Martin Reese, 49. "I take full responsibility for picking the wrong side." Fenwick's chairman claimed responsibility for the result on social media within the hour, calling it "a massacre we planned all winter".

There was a brief counter-attack from the tail. Aldenbury's No. 9, a 17-year-old on debut, launched three sixes in an over and arrested the collapse for 40 minutes before he was captured at deep midwicket. The hosts then bombarded Fenwick's openers with short balls, but the target of 88 was chased down in 14 overs with the loss of two wickets.

Stewards reported no arrests and no injuries, apart from a bruised thumb in the slips. The only casualty, one supporter joked, was the pavilion clock, hit by a six in the 12th over.

The result leaves Aldenbury bottom of the table, 31 points behind Fenwick, with six games to play. Tickets for the return match on 9 August cost £12, or £5 for under-18s. Reese, who has two years left on his contract, insists he will not be fired: "We've been shot out before, and we always come back."
"""))
GOLD += []
