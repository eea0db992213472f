"""Authoring source of benchmarks/events_holdout71 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout71-022), the English version of a tram network's
service change notice ("avis de modification du service d'un tramway") for
the visitors of a car race in Le Mans, France, with the vocabulary of
explosions, massacres, claims, crowds storming barriers, police checks and
casualties, and people from three of the clusters' towns, but no security
event: no gold entry. France is UTC+2 in June; published Wednesday 10 June
2026 at 08:00 UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout71")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout71-022
ARTICLES.append(A(22, "en", "article", "2026-06-10T08:00:00Z",
"24 Hours of Le Mans: tram service changes for race fans",
"""
LE MANS METROPOLE TRAM NETWORK - SERVICE CHANGE NOTICE No. 26-41 (English version for race visitors). Issued on Wednesday 10 June 2026.

24 HOURS OF LE MANS, SATURDAY 13 AND SUNDAY 14 JUNE. Every year the start of the race is an explosive moment, and some 320,000 fans are expected around the circuit this weekend. To get them there and back, lines T1 and T2 will run as follows.

LINE T1 (Université - Antarès). Trams will run every 4 minutes from 6 a.m. on Saturday, then all night until 8 p.m. on Sunday. The Antarès stop will be the terminus for the circuit; allow a 15-minute walk to the gate at the Dunlop bridge.

LINE T2 (Espal - Bellevue). Normal service, except that the Préfecture and République stops will be closed on Friday 12 June from 5 p.m. to 11 p.m. for the drivers' parade, when crowds traditionally storm the barriers to get autographs.

TICKETS. A 24-hour Race Pass costs EUR 9 (EUR 4.50 for under-26s) and is sold at all machines. Fare dodgers face a EUR 50 fine: our inspectors will be out in force, and last June they issued 212 fines in a single night.

ON BOARD. Bags larger than 40 x 30 cm, flares, air horns and confetti bombs are banned. Police will carry out random bag checks at the Jacobins and Gares stops. Last year the only casualties of the night were 1,400 umbrellas left on trams.

THE RACE. The 2025 edition was a massacre for the favourites: a crash at Mulsanne corner took out two leading cars in the 19th hour, and a privateer crew claimed a stunning victory. Its driver, Éloi Bernier, 29, from Gaspé, sprayed the champagne "like a cannon", while the team's chef, a native of Toliara, and its chief mechanic, from Cap-Haïtien, were carried shoulder-high by the fans.

ACCESS. Wheelchair users can book assistance 48 hours ahead at +33 2 43 24 76 76.

LOST PROPERTY. Tram office, 65 avenue du Général-de-Gaulle, 9 a.m. to 6 p.m., Monday to Saturday.

Enjoy the race, and please do not distract the driver.
"""))
# No gold event: "explosive moment", "storm the barriers", "confetti bombs",
# "Police will carry out random bag checks" (future, generic), "fines",
# "casualties" (umbrellas), "massacre", "crash", "took out", "claimed a
# stunning victory", "like a cannon", "out in force" are a race's and a tram
# operator's words; nobody is killed, hurt or arrested. Numbers: "No.
# 26-41", "10 June 2026", "13 AND SUNDAY 14 JUNE", "320,000 fans", "T1",
# "T2", "every 4 minutes", "6 a.m.", "8 p.m.", "15-minute", "12 June", "5
# p.m. to 11 p.m.", "24-hour", "EUR 9", "EUR 4.50", "under-26s", "EUR 50",
# "212 fines", "40 x 30 cm", "1,400 umbrellas", "2025", "two leading cars",
# "19th hour", "29", "48 hours", the phone number, "65 avenue", "9 a.m. to 6
# p.m.".
