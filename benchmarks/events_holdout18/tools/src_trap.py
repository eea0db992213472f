"""Authoring source of benchmarks/events_holdout18 (see its README): the
trap article with no security event (holdout18-024), an English cricket
match report full of violent vocabulary, with invented clubs, people and town
and many numbers. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout18")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout18-024
ARTICLES.append(A(24, "en", "article", "2026-09-07T08:15:00Z",
"Cricket: twin blasts from Okafor bomb Eastmere out of the title race",
"""
PORT LINDLEY - Two suicidal run-outs in the space of four balls killed off Eastmere Rovers' chase on Sunday, and Harbour Vale's captain Daniel Okafor finished the job with twin blasts over midwicket that ended the visitors' title hopes.

Chasing 247 in 50 overs in front of about 6,000 spectators, Eastmere had reached 188 for three with ten overs left when the attack began to bite. Opener Kieran Walsh, 31, was stranded mid-pitch after a direct hit from cover, and three deliveries later his partner sacrificed himself in an identical mix-up. "That was self-destruction, nothing else," Eastmere's coach said afterwards.

Okafor then brought himself on and executed the plan he had drawn up at tea. He bombed the batsmen with short balls, and took four wickets for 19 runs as the tail was exposed. Earlier, coming in at No. 7, he had hit the last two balls of Harbour Vale's innings for six. Eastmere were all out for 221, losing seven wickets for 33.

"I claim responsibility for the tactics, but the lads carried them out," Okafor said. "We fired at their weak spot and kept firing."

The casualty list is long for Eastmere: two bowlers carrying hamstring injuries and a wicketkeeper who broke a finger, all doubtful for the final round. The visitors lodged a protest over a disputed catch, which the umpires rejected within 20 minutes. Police at the ground reported no arrests and no trouble in the stands.

Harbour Vale move to 42 points, two behind the leaders with one game to play. Eastmere, who spent a record 1.5 million on new players this season, are 11 points adrift. Their chairman said he would "take no hostages" in a review of the coaching staff.
"""))
GOLD += []
