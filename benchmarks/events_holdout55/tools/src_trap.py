"""Authoring source of benchmarks/events_holdout55 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout55-022, English), a fireworks festival's press
release from Évian-les-Bains on an invented contest of pyrotechnic crews
from Morocco, Ivory Coast, Guinea and Antibes (which recall the four
clusters), full of bombs, shells, mortars, salvoes, blasts, a claim, a
'double strike', a 'casualty', disqualified technicians and numbers, and
holding no security event. Published on Thursday 3 December 2026 (UTC+1).
Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout55")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout55-022
ARTICLES.append(A(22, "en", "article", "2026-12-03T10:00:00Z",
"Winter Fire Nights: Moroccan crew takes the Golden Rocket at Évian",
"""
PRESS RELEASE - WINTER FIRE NIGHTS, ÉVIAN-LES-BAINS. For immediate release, Thursday 3 December 2026.

Four crews, one lake and 3,400 shells: the eighth Winter Fire Nights ended on Saturday with a triumph for Atlas Pyrotechnie, the Moroccan crew whose closing barrage of 300-mm bombs was, in the words of the jury president, "a double strike that blew the crowd away".

The Moroccans claimed the Golden Rocket with 87 points out of 100, ahead of Lagune Artifices from Abidjan (81) and Feux d'Azur from Antibes (79). Guinea's Niger River Lights, who detonated their opening salvo six minutes late after a firing cable snapped, finished fourth with 72, but won the public vote.

"Our final was explosive," said Karim Bennani, 46, the Moroccan crew's chief. "We set off 1,200 shells in 18 minutes. When the last two mortars fired together, the whole shore shook, and we take full responsibility for the soundtrack too: it was all Moroccan music."

Feux d'Azur launched an assault on the festival record of 1,500 shells in one show but fell 60 short. Their designer, who comes from Korhogo, called the lake "the best stage in Europe for a blast".

Two technicians from another crew were disqualified for firing a test shell during the safety briefing and were escorted off the pontoon by stewards. No one was hurt during the three nights, the organisers said; the only casualty was a camera drone that fell into the lake at 9:40 p.m. on Friday. Swans were kept 500 metres away from the firing barges.

In figures: 42,000 spectators over three nights, up 12 percent on 2025; 220 volunteers; 14 safety boats; 1.2 tonnes of powder; a budget of EUR 450,000, a third of it from sponsors.

The ninth edition will run from 2 to 4 December 2027, with a crew from Kankan already invited. Tickets for the lakeside stands cost EUR 15, free for under-12s. Press contact: +33 4 50 26 84 12.
"""))
GOLD += []
