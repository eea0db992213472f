"""Authoring source of benchmarks/events_holdout15 (see its README): the
trap article with no security event (holdout15-022), an English business
story about a cement price war full of violent vocabulary, with an invented
company, an invented port town and many numbers. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout15")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout15-022
ARTICLES.append(A(22, "en", "article", "2026-09-08T06:30:00Z",
"Cement price war: Kestrel's double strike leaves rivals wounded",
"""
PORT AMARA - The price war in the cement market claimed its first victim on Monday, when Kestrel Cement launched what traders called a "twin suicide attack" on its own margins: two price cuts in the same week that blew a hole in the sector's profits.

Kestrel, which controls about 38 percent of the market, cut the price of a 50 kg bag by 400 naira on Tuesday last week, and by another 350 naira on Monday. "They have fired both barrels at once," said one distributor. "Nobody survives a bombardment like that unless they have deep pockets."

Shares in its two main rivals were hammered. Bluecliff lost 11 percent in two sessions, and Harbourstone, which was already bleeding after a failed expansion, fell 7 percent. Analysts at one brokerage described the sector as "a killing field" and said at least three small producers could be wiped out by the end of the year.

Kestrel's chief executive, Ngozi Abara, 52, claimed responsibility for the cuts without apology. "We are not at war with anyone. We are at war with high prices," she told investors on a call that lasted 90 minutes. She said the company's new kiln, which cost $240 million, would produce 6,000 tonnes a day.

The move has arrested a two-year rise in building costs, according to a builders' association, which said the average price of a three-bedroom house had fallen by 4 percent since June. But the cement workers' union warned that the price war would "take hostages", and said it might call a strike if jobs were lost.

Dealers in the market district said queues of trucks, some of them 30 deep, had formed outside Kestrel depots since dawn. One driver, who had waited 14 hours, called it "a stampede without the injuries".

Rivals are expected to respond within days. "This is a battle of attrition," said an analyst. "The bodies will be counted in the half-year results."
"""))
GOLD += []
