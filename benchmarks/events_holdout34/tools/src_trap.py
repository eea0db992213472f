"""Authoring source of benchmarks/events_holdout34 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout34-022), an English review of a soca competition in
Port of Spain during the 2026 Carnival, full of words that sound violent
("bombed", "shot down", "killed", "stormed", "claimed the crown", "arrested",
"stole", "battle", "march") and numbers that are not casualties. It has no
security event and no gold entry. Everything in it is invented except the
city and the Queen's Park Savannah."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout34")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout34-022
ARTICLES.append(A(22, "en", "article", "2026-02-14T16:00:00Z",
"Soca Showdown review: a night of bombs, fire and a stolen crown",
"""
If there was any doubt about who owns this Carnival, it was settled at about 1:40 a.m. on Saturday, when Dexter "Blaze" Mohammed took the stage at the Queen's Park Savannah and detonated a performance that will be talked about until Ash Wednesday.

The Savannah Soca Showdown, now in its ninth year, drew a crowd the organisers put at 22,000, and the twelve finalists came armed with their biggest tunes. Most of them bombed. One early favourite was shot down by a faulty microphone, another was killed by a sound system that cut out twice, and a third was left wounded by a costume that refused to stay on.

Not Blaze. From the first drum attack of "Take Over", his crew of 40 dancers stormed the stage in red and gold, and the crowd exploded. By the second chorus, the flag-wavers at the front were in open revolt against their own exhaustion, and security had to hold back fans trying to climb the barriers, not to fight anyone, just to get closer.

He claimed the crown with 94.5 points out of 100, ahead of the defending champion, Shanice "Queen Bee" Ramkissoon, who scored 91 and took the loss with grace. "She arrested the whole Savannah for seven minutes," Blaze said of his rival afterwards. "I just stole it back."

The TT$2 million prize fund, the largest in the region, was shared among the top six. Blaze takes home TT$750,000 and a car.

The real battle now moves to the road. His tune is the favourite for the Road March title, decided by how often each song is played as the bands march past the judging points on Monday and Tuesday. Bookmakers have him at 2 to 1.

It was not a perfect night. The show started 90 minutes late, the food queues stretched for 200 metres and the bars ran out of ice by midnight. But when the last firework burst over the grandstand at 3:05 a.m., nobody in the crowd was complaining. The only casualties, as one security guard put it, were a few thousand voices.
"""))
