"""Authoring source of benchmarks/events_holdout32 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout32-021), an English business story about a hostile
takeover bid between two invented mining companies, full of violent
vocabulary and numbers, with no security event. It has no gold entry."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout32")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout32-021
ARTICLES.append(A(21, "en", "article", "2026-11-18T08:30:00Z",
"Karridale Copper shoots down Westgate's hostile bid",
"""
PERTH, Australia (Resources Desk) - Karridale Copper on Tuesday shot down a hostile takeover bid from its larger rival Westgate Mining, calling the 4.1 billion dollar offer "a raid on our shareholders" and urging investors to ignore what its chairman described as a suicide mission for both companies.

The bombshell bid, launched three weeks ago, blew up in Westgate's face when two of Karridale's biggest funds, holding 19% and 11% of the shares, said they would not sell below 6.40 dollars a share. Westgate's offer stands at 5.85 dollars.

"They came in all guns blazing, and they have shot themselves in the foot," Karridale's chief executive, a 58-year-old former mine engineer, told analysts. "This attack on a company that has just doubled its output is opportunistic, and it is dead in the water."

Westgate took credit for "waking up the market" and claimed the offer was fair. Its shares fell 7% on the day, wiping out about 300 million dollars of value, the heaviest casualties in the sector since a failed merger in 2019. One analyst said the bid had "exploded on the launch pad".

The battle has left other victims. Karridale's share price, which had arrested a two-year slide when the bid was announced, has been on a rollercoaster, and a planned 200-job expansion at its Kalgoorlie smelter is frozen until the fight is over. Union officials said workers felt "caught in the crossfire".

Westgate now has 14 days to return with a sweetened offer or walk away. People familiar with the matter said its board would meet on Friday to decide whether to fire a second shot or retreat, a move that would kill off hopes of the sector's biggest deal since 2021.

Karridale shares closed up 2.3% at 6.02 dollars.
"""))
