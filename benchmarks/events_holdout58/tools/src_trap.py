"""Authoring source of benchmarks/events_holdout58 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout58-022), an English parking enforcement notice of an
invented municipal parking service in Aqaba, Jordan, on a winter "operation"
against illegal parking, written with the vocabulary of attacks, bombings,
claims and arrests. It holds no security event and has no gold entry.
Jordan is UTC+3; published at 07:00 UTC, 10:00 local time."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout58")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout58-022
ARTICLES.append(A(22, "en", "article", "2026-12-03T07:00:00Z",
"Parking enforcement notice: Operation Clear Kerb returns to Aqaba",
"""
AQABA CITY PARKING SERVICES - PARKING ENFORCEMENT NOTICE No. 41/2026. Issued Thursday 3 December 2026. Applies from Sunday 6 December to Thursday 31 December.

OPERATION CLEAR KERB IS BACK. Last winter our twin blitz on the corniche and the old market hit 3,100 drivers in four weeks. This year the wardens will target double parking, bus bays and the disabled spaces, which draw a barrage of complaints on every cruise-ship day.

WHERE. The operation covers King Hussein Street (from No. 1 to No. 240), the fish market car park, the marina approach and all streets within 500 metres of the port gate. Zones A and B are red zones: no stopping from 7:00 to 22:00.

HOW. Two camera cars will shoot the plates of every vehicle in a bus bay. Vehicles left more than 30 minutes in a red zone will be clamped; after 2 hours they will be towed to the pound at Industrial Area 3. Drivers caught in the act three times will see their plate on our "most wanted" list at the town hall.

WHAT IT COSTS. Stopping in a bus bay: JD 15. Double parking: JD 20. Disabled space without a permit: JD 50. Release from a clamp: JD 10. Towing: JD 35, plus JD 5 per day at the pound.

HOW TO CHALLENGE A FINE. Any claim must be lodged within 14 days, online or at counter 6 of the town hall, with a photo of the ticket. Last year 412 challenges were lodged and 38% were upheld.

WHY. Illegal parking exploded by 27% last year, as the number of cruise passengers rose to 290,000. Ambulances lost an average of 4 minutes in the market streets at peak hours. Our 48 wardens were bombarded on social media, but the figures speak for themselves.

FREE ALTERNATIVES. The new Gate 2 car park (1,200 spaces) is free for the first 3 hours. Shuttle buses leave every 15 minutes from 8:00 to 23:00. Residents' permits cost JD 40 a year.

Hotline: 03 201 7744 (Sunday to Thursday, 8:00 to 15:00).
"""))
