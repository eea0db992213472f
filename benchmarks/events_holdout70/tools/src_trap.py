"""Authoring source of benchmarks/events_holdout70 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout70-022), an English crossword society's bulletin with
no security event at all: the results of a clue-writing contest on the theme
"Things that go bang", with bombs, blasts, attacks, claims, arrests,
explosions, bombers and a massacre that are all puzzle words, cricket, a
Lancaster bomber, a flop and a rout; the four towns of the clusters (Dundee,
Trondheim, Novi Sad, Dunedin) appear only as crossword answers, and the Tay
Bridge disaster of 1879 (an accident, not coded) as a clue. Scotland is UTC+0
in December. No gold event."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout70")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout70-022
ARTICLES.append(A(22, "en", "article", "2026-12-12T10:00:00Z",
"Tayside Crossword Society: Bulletin No. 88",
"""
TAYSIDE CROSSWORD SOCIETY - Bulletin No. 88, December 2026. Members' news, the results of the autumn clue-writing contest, and next year's dates.

AUTUMN CONTEST. Thirty-one members sent entries on the theme "Things that go bang", and the judges admit the theme produced an explosion of puns. The winner, by a single point, is Alasdair Munro, 71, for: "Show that flopped in London - it's the bomb in New York (4)". The answer, BOMB, claimed the prize of a £25 book token and, in the judges' words, "went off beautifully".

Second place went to Isla Henderson for "Bomber heading for Lincoln's wartime airfield, oddly a star (9)", LANCASTER, and third to our youngest member, Rory, 14, for a clue about a batsman who "attacked the bowling and was caught on the boundary".

The judges' special mention goes to Bill Cairns, whose clue on the Tay Bridge disaster of 1879 was "the most moving of the year". Two entries were disqualified for having more than 15 words, and one member was, in his own words, "arrested for crimes against grammar" by the judges.

SPEED-SOLVING NIGHT. Our November evening was a massacre: Jean Sutherland finished the Listener-style grid in 38 minutes, and the rest of us were routed. The blast from the past of the night was a 1964 puzzle found in a library book.

GEOGRAPHY GRID. For the new year we are setting a grid of cities, including DUNDEE (6), TRONDHEIM (9), NOVI SAD (4,3) and DUNEDIN (7). Entries by 31 January to the secretary.

DATES FOR 2027. Meetings are on the second Tuesday of each month at 7:30 pm in room 4 of the Central Library. The annual dinner is on Friday 12 March, at £32 a head; the prize crossword for the dinner has 212 points to win.

SUBSCRIPTIONS. £12 a year, £6 for students, payable to the treasurer. We now have 146 members, our highest number since the society was founded in 1998.

Seasonal greetings to all our solvers and setters. Across and down,

Morag Keir, secretary, 01382 431 907
"""))
GOLD += []
