"""Authoring source of benchmarks/events_holdout44 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout44-022), an English guide of a Paramaribo festival
committee to the Old Year's Day ("Owru Yari") firecracker celebrations, with
the vocabulary of explosions, bombs, claims, arrests, attacks and tolls and
the places of the clusters (the Waterkant, Independence Square, Bay Street,
Kaunas), but no security event: no gold entry. Suriname is UTC-3;
published Monday 28 December 2026 at 14:00 UTC (11:00 local)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout44")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout44-022
ARTICLES.append(A(22, "en", "article", "2026-12-28T14:00:00Z",
"Owru Yari 2026: your guide to a loud and safe Old Year's Day",
"""
OWRU YARI COMMITTEE PARAMARIBO - VISITOR GUIDE. Paramaribo, Monday 28 December 2026.

After a hard year for our city, the committee wants this Old Year's Day to be the loudest and the safest ever. Here is what you need to know before Thursday 31 December.

The big bang. At noon sharp, the first pagara ribbon will be lit on the Waterkant, and a second one six minutes later on Independence Square, some 500 metres away. Each ribbon is 1.2 km long and holds about 400,000 firecrackers. Last year's record ribbon exploded for 31 minutes without a break. "It is a massacre of the eardrums, and everybody loves it," laughs committee chair Wendy Pinas, 61.

Who claimed the title? The Zeelandia Bakery claimed the prize for the longest ribbon of 2025 and has promised to defend it. Three brewery teams and a barbers' association from Bay Street have entered this year. The jury, chaired by a retired police inspector, will "arrest" any ribbon that is not fully rolled out by 11:30.

Safety first. Firecrackers may only be set off between 10:00 on 31 December and 02:00 on 1 January. Police will check stalls, and fireworks sold without a licence will be confiscated. Keep children at least 20 metres from a lit ribbon. The Academic Hospital will have 25 extra beds and two burns teams on duty, and first-aid posts will stand at both squares. Last year, no one was seriously hurt.

Pets. For dogs and cats, Owru Yari is pure terror. Keep them indoors with the radio on. The shelter of Kaunas, in Lithuania, whose volunteers visited us in November, says the same about its own New Year.

Food and music. Bara, pom and black-eye peas cost 25 to 60 Surinamese dollars a plate at the 40 stalls. DJ Killa Kay will attack the decks from 14:00. Brass bands will march from the Central Market at 16:00.

Getting there. Buses run every 15 minutes from Lelydorp until 20:00. Parking: 1,500 spaces at the stadium, 50 Surinamese dollars.

Information: +597 47 22 18, or at the committee stand near the flagpole.
"""))
GOLD += [
]
