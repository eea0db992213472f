"""Authoring source of benchmarks/events_holdout46 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout46-022), the English newsletter of an escape-room
business in Montevideo, Uruguay, with the vocabulary of bombs, detonators,
hostages, claims, arrests and tolls and visitors from the four clusters'
towns, but no security event: no gold entry. Uruguay is UTC-3; published
Friday 4 December 2026 at 15:00 UTC (12:00 in Montevideo)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout46")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout46-022
ARTICLES.append(A(22, "en", "article", "2026-12-04T15:00:00Z",
"Bomb Squad Escape Rooms: our December newsletter",
"""
BOMB SQUAD ESCAPE ROOMS - MONTEVIDEO. Newsletter for December 2026, sent on Friday 4 December to 8,400 subscribers. (English edition for visitors.)

Hello, agents!

What a year. Since we opened our doors at 1450 Calle Sarandí, in the Ciudad Vieja, in March 2024, more than 31,000 players have tried to defuse our bombs, and 62 percent of them have walked out alive. Our new room, "Operation Detonator", opened on 14 November and has already claimed the scalps of 212 teams. Only nine have beaten the clock.

RECORD ATTACK. The room record fell on Saturday night, when four engineering students from Rijeka, in Croatia, cut the red wire with 14 seconds to spare, in 46 minutes and 12 seconds. Their captain, Ivo, 24, told us: "We went in like a suicide squad and came out heroes." The team claimed responsibility for the record on our Instagram within minutes, and we are not disputing it.

HOSTAGE NIGHTS. Every Thursday in December, "Hostage Night" pits two teams against each other: one holds a game master hostage, the other has 60 minutes to free him. Last Thursday a birthday party from Reykjavik and a crew from a cruise ship that had just sailed from Bridgetown fought to a draw. Nobody was hurt, apart from a few egos.

PRICES. Rooms cost 1,200 pesos per player (about 30 US dollars), or 900 pesos for students with a card. Groups of six or more get 15 percent off. Gift cards start at 2,400 pesos and are valid for 12 months.

STAFF NEWS. Our game master Lucía has been "arrested" 300 times in the Hostage Night room this year. Bruno, the technician who built our fake explosives out of 40 metres of cable and a car battery, is off on holiday to Bahrain to see his sister in Muharraq, and to Akureyri in January for the northern lights.

OPENING HOURS. Tuesday to Sunday, 2 p.m. to 11 p.m.; on 24 and 31 December we close at 6 p.m. Book online or call +598 2915 4477.

See you on the other side of the countdown!
"""))
# No gold event: "defuse our bombs", "walked out alive", "Detonator",
# "claimed the scalps", "RECORD ATTACK", "suicide squad", "claimed
# responsibility for the record", "Hostage Night", "holds a game master
# hostage", "Nobody was hurt", "arrested" (in quotes), "fake explosives" and
# "countdown" are a game's words; nobody is killed, hurt or arrested, and no
# weapon is seized. Rijeka, Reykjavik, Bridgetown, Muharraq and Akureyri
# recall the clusters and the almanac but hold no event here. Numbers:
# "8,400 subscribers", "1450 Calle Sarandí", "March 2024", "31,000 players",
# "62 percent", "14 November", "212 teams", "nine", "14 seconds",
# "46 minutes and 12 seconds", "24", "60 minutes", "1,200 pesos",
# "30 US dollars", "900 pesos", "six or more", "15 percent", "2,400 pesos",
# "12 months", "300 times", "40 metres", "2 p.m. to 11 p.m.", "24 and 31
# December", "6 p.m.", "+598 2915 4477".
