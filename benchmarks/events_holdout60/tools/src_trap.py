"""Authoring source of benchmarks/events_holdout60 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout60-022), an English notice of a car wash in Aktau to
its customers, with the vocabulary of bombs, blasts, attacks, kamikazes,
claims, arrests, suspects, victims, marches and tolls, and many numbers,
but no security event: no gold entry. Kazakhstan is UTC+5; published Monday
30 November 2026 at 06:00 UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout60")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout60-022
ARTICLES.append(A(22, "en", "article", "2026-11-30T06:00:00Z",
"Caspian Shine: winter prices, new Blast Wash and the gull problem",
"""
CASPIAN SHINE CAR WASH - NOTICE TO CUSTOMERS. Building 21, 11th microdistrict, Aktau. Monday 30 November 2026.

Dear drivers,

Winter kills paintwork. Every year road salt launches its attack on your underbody in December, and the damage shows in March. Here is how we fight back.

THE BLAST WASH. Our new foam cannon hits your car like a bomb: an explosion of pink foam, a high-pressure rinse at 120 bar and a hot wax finish. It takes 14 minutes and costs 4,500 tenge for a saloon and 5,500 for an SUV. The "Kamikaze" express wash gets you in and out of bay 3 in six minutes for 2,000 tenge.

KILLER PRICES. From 1 December to 28 February, every tenth wash is free with the loyalty card. Taxi drivers get 20 percent off on weekdays before 10:00. Dozens of you have already asked for the card; a score of regulars have filled it twice.

THE GULL PROBLEM. The victims this autumn were the cars parked by the sea: the gulls have claimed the rooftops of the 4th microdistrict. Do not let droppings sit for more than 48 hours.

WE ARREST RUST. Our underbody treatment, 9,000 tenge, comes with a one-year guarantee. Suspect a scratch? Show it to our staff before the wash, not after: damage claims cannot be accepted once the car has left the bay.

ON SATURDAY two of our jet washers were knocked out by the frost, and the queue marched slowly down the street for 40 minutes. Apologies to all the victims of the wait; the heating in bays 1 to 4 has been fixed.

OUR TEAM. Yerlan, 19, joined us in October and has already washed more than 600 cars. The toll on his hands is real, so we have bought new gloves for all eight washers.

Opening hours: 08:00 to 21:00, seven days a week, closed on 1 January. We recycle 80 percent of our water, about 30,000 litres a week. Bookings: +7 7292 61 44 08.

Aidos and the Caspian Shine team, since 2014
"""))
# No gold event: a car wash's "attack" of road salt, "fight back", "foam
# cannon", "like a bomb", "explosion of pink foam", "Blast Wash", "Kamikaze"
# express wash, "KILLER PRICES", "victims" (cars under gulls, customers in a
# queue), "claimed the rooftops", "WE ARREST RUST", "Suspect a scratch?",
# "damage claims", "knocked out", "the queue marched", "The toll on his
# hands" are its own words; nobody is killed, hurt, arrested or protesting,
# and the March bombing of holdout60-001 to 005 is not mentioned. "March"
# is the month. Numbers: "Building 21", "11th microdistrict", "30 November
# 2026", "120 bar", "14 minutes", "4,500 tenge", "5,500", "bay 3", "six
# minutes", "2,000 tenge", "1 December to 28 February", "every tenth",
# "20 percent", "10:00", "Dozens of you", "a score of regulars", "twice",
# "4th microdistrict", "48 hours", "9,000 tenge", "one-year", "two of our
# jet washers", "40 minutes", "bays 1 to 4", "19", "October", "600 cars",
# "eight washers", "08:00 to 21:00", "seven days", "1 January", "80
# percent", "30,000 litres", "+7 7292 61 44 08", "2014".
