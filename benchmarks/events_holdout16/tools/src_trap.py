"""Authoring source of benchmarks/events_holdout16 (see its README): the
trap article with no security event (holdout16-022), an English club
cricket report full of violent vocabulary, with invented clubs, an invented
town and many numbers. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout16")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout16-022
ARTICLES.append(A(22, "en", "article", "2026-09-14T20:00:00Z",
"Cricket: Marlowe Gymkhana's twin strikes blow Eastbrook away",
"""
It was carnage at the Oval Lane ground on Sunday. Marlowe Gymkhana's opening bowlers, the so-called "suicide squad" of Imran Dar and Sajid Mir, struck twice in the first over and Eastbrook Cricket Club never recovered, bowled out for 87 in 23.4 overs.

The twin strikes came off the third and fifth balls. Dar's yorker detonated the middle stump of Eastbrook's captain, who had blasted 112 against the same side in June; two balls later Mir's bouncer killed the innings as a contest, a top edge claimed by the wicketkeeper running 20 metres towards fine leg.

"We were bombed out," admitted Eastbrook's coach, 58, who took responsibility for the collapse. "I picked the team. If anyone should be arrested, it's me." His side have now lost five in a row and at least three of his batsmen are nursing injuries, one with a broken finger.

Marlowe chased the target down in 14 overs for the loss of two wickets, their number three, Hamza Qureshi, 19, smashing four sixes in an over and finishing unbeaten on 51. The victory takes Marlowe to 34 points, a massacre of the league table as much as of Eastbrook: they lead by 12 points with three matches left.

Around 1,500 spectators, the biggest crowd since 2018, filled the ground. Stewards reported no incidents, and the tea tent sold out of samosas by 3 pm, some 900 of them.

Dar, 27, has now taken 31 wickets at an average of 11.2. "I just run in and explode," he said. "The ball does the rest."

Marlowe host Fairholme on September 20 at 11 am. Tickets cost 5 pounds, and under-14s get in free.
"""))
GOLD += []
