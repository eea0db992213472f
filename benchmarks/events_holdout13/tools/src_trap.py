"""Authoring source of benchmarks/events_holdout13 (see its README): the
trap article with no security event (holdout13-021), a video-game review
full of violent vocabulary, invented places and numbers. Notes are in
English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout13")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout13-021
ARTICLES.append(A(21, "en", "article", "2026-09-10T10:00:00Z",
"Ashfall Protocol review: a twin assault that never quite detonates",
"""
Ashfall Protocol, the new tactical shooter from a small independent studio, opens with a bang. Literally: within the first 90 seconds of the campaign, two suicide bombers blow up a checkpoint and a train station minutes apart in the invented city of Varkan, killing 23 civilians on screen, and a shadowy faction called the Grey Hand claims responsibility in a grainy video. Your squad of four is sent to hunt them down.

It is a grim premise, and the game handles it with more care than most. The victims have names, the toll is revised as the mission goes on, and a newsreader in the background keeps saying "at least" before every number. Whether a video game needs this much realism is another question.

The arrests mechanic is the best idea here. You earn more points for detaining suspects alive than for shooting them, and a tense interrogation mini-game decides whether a suspect talks or lawyers up. Over 12 hours I arrested 41 suspects and "neutralised" 87, and the game keeps score on a board that grows uncomfortably long.

The raids are where it shines. Breaching a safe house in the rain, with two flashbangs, a battering ram and a nervous rookie, is as tense as anything in the genre. The worst part is the bomb-defusal sequences: cutting the red wire 15 times in one level is not drama, it is chores.

The multiplayer "Siege" mode pits five attackers against five defenders on eight maps. A "kamikaze" class was removed before launch after complaints from testers, and the studio says it will not return. Matches last about 20 minutes, and on launch weekend the servers held up well, with about 30,000 players at peak.

On PC the game ran at a steady 60 frames per second on a mid-range card; the console versions drop to 30 in the busiest firefights. Patch 1.03, released on Tuesday, fixed a bug that let grenades pass through walls.

Ashfall Protocol is not a masterpiece. Its story collapses in the last act, when a massacre at a stadium is revealed to have been staged by the player's own commander, a twist the game has not earned. But as a study of how an investigation unfolds after an attack, it is unusually serious.

Verdict: 7/10. Ashfall Protocol is out now for PC and consoles, priced at $39.99.
"""))
