"""Authoring source of benchmarks/events_holdout28 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout28-022), an English county cricket report full of
violent vocabulary and numbers, with no security event. The town, clubs and
people are invented. It has no gold events."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout28")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout28-022
ARTICLES.append(A(22, "en", "article", "2026-07-12T20:30:00Z",
"Twin strikes blow Ashcombe away as Harlowmere storm to title",
"""
HARLOWMERE - It was a massacre on the village green. Harlowmere's opening bowlers, the twin brothers Tom and Ollie Pryce, tore through Ashcombe's top order on Saturday, and the visitors were bombed out for 87 in just 29 overs in front of a crowd of about 1,500.

The carnage began in the third over. Tom Pryce, 19, took two wickets in two balls, and four minutes later his brother struck twice in the next over, the second victim caught at slip by a diving captain. "It felt like an ambush," admitted Ashcombe's coach, Martin Dale, 54. "They executed the plan perfectly and we had no answer."

Ashcombe's middle order tried to arrest the collapse, but a brief counter-attack from Raj Patel, who smashed three sixes, was killed off when he was run out by 15 metres. By lunch the visitors had lost eight wickets, and the two Pryce brothers had claimed 7 for 41 between them.

Harlowmere's batters then blitzed the target in 14 overs. Opener Sam Whitlock hit an unbeaten 52 off 31 balls, and the club claimed the county title for the first time since 2009.

The only casualties were Ashcombe's wicketkeeper, who was injured when a bouncer hit his helmet and was taken to hospital as a precaution, and a bench that collapsed under celebrating fans. Nobody was hurt by the bench, the club said.

Police said the evening's celebrations, attended by about 600 supporters, passed off without a single arrest. The bar stayed open until 1 a.m., and fans paid £5 for a commemorative scarf. The two sides meet again on 8 August.
"""))
