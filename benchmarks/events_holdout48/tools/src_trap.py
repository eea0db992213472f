"""Authoring source of benchmarks/events_holdout48 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout48-022), an English cinema's programme change notice
in Cork, Ireland, with the vocabulary of bombers, twin explosions, claims,
hostages, shoot-outs and attacks, and films from the four clusters'
countries (a Finnish thriller set in Tampere, a Samoan comedy shot in Apia,
a Grenadian documentary, a prize won in Galway), but no security event: no
gold entry. Ireland is UTC+0 in December; published Friday 4 December 2026
at 10:00 UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout48")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout48-022
ARTICLES.append(A(22, "en", "article", "2026-12-04T10:00:00Z",
"Lee Valley Picture House: programme changes this week",
"""
LEE VALLEY PICTURE HOUSE, CORK - PROGRAMME CHANGES FOR FRIDAY 4 TO THURSDAY 10 DECEMBER 2026.

Because the distributor could not deliver the digital copy in time, the Irish premiere of the Finnish thriller "The Tampere File" (15A, 112 min) moves from tonight to Thursday 10 December at 20:30. Tickets already bought remain valid, and refunds are available at the box office until 21:00 on Sunday.

In its place tonight at 20:30 we show "Last of the Lancaster Bombers" (PG, 95 min), a documentary about the seven surviving crew members of a wartime bomber squadron, followed by a question-and-answer session with the director, who flew in from Lincoln this morning.

Saturday's late show, the action thriller "Blast Radius" (18, 128 min), is cancelled: the projector in Screen 2 failed on Wednesday and the spare part will only arrive on Monday. Critics have called its twin explosions in the final reel the loudest ever heard in a cinema; we are sorry to keep you waiting for them.

The family matinee on Sunday at 14:00 is now the Samoan comedy "Taro Thieves" (G, 88 min), shot in Apia, in which two brothers attack a neighbour's plantation at night and end up as hostages of their grandmother. It claimed the audience award at the Galway film festival in July.

Our Western season continues on Tuesday with "Shoot-out at Sundown" (1953, 81 min). Members of the Silver Screen club aged over 65 get free tea and scones before the 11:00 screening.

On Wednesday, the Grenadian documentary "Spice and Salt" (PG, 74 min) follows three nutmeg farmers through a year of storms and harvests; the director will attend by video link.

Prices: €10.50 for adults, €8 for students and over-65s, €7 for members. Screen 1 has 96 seats and Screen 2 has 48. The café now closes at 21:30.

Box office: 021 427 3380, open daily from 12:00. Gift vouchers make a fine Christmas present.
"""))
# No gold event: "Bombers" and "bomber squadron" (a wartime documentary),
# "Blast Radius", "twin explosions in the final reel", "attack a neighbour's
# plantation", "hostages of their grandmother", "claimed the audience award",
# "Shoot-out at Sundown", "storms" are a cinema's words; nobody is killed,
# hurt or arrested. Tampere, Apia, Galway and Grenada recall the clusters.
# Numbers: "4 to ... 10 December 2026", "15A", "112 min", "20:30", "21:00",
# "PG", "95 min", "seven surviving crew members", "18", "128 min", "Screen
# 2", "14:00", "G", "88 min", "July", "1953", "81 min", "over 65", "11:00",
# "74 min", "three nutmeg farmers", "€10.50", "€8", "€7", "96 seats", "48",
# "21:30", "021 427 3380", "12:00".
