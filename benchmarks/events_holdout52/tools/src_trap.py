"""Authoring source of benchmarks/events_holdout52 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout52-022), an English cookery school's monthly
newsletter, with the vocabulary of bombs, attacks, raids, claims, targets,
massacres and tolls, and dishes and cooks from the four clusters' towns
(Encarnación, Jahra, Salto, Al Khor), but no security event: no gold entry.
The school's town is not named; published Saturday 5 December 2026 at
10:00 UTC."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout52")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout52-022
ARTICLES.append(A(22, "en", "article", "2026-12-05T10:00:00Z",
"Copper Pot newsletter: a dessert massacre and our bombe of the month",
"""
THE COPPER POT COOKERY SCHOOL - DECEMBER NEWSLETTER. Saturday 5 December 2026.

Hello, cooks!

What a month. Our 'Flavours of Two Rivers' week was a blast: 148 students, 31 classes and only one smoke alarm. Chef Rosa's chipa from Encarnación sold out in 14 minutes, and her claim that the secret is "a fistful of cheese and no mercy" is now printed on our aprons.

The big bang. Thursday's dessert battle was a massacre: the Jahra team's date pudding crushed the Salto team's dulce de leche tart by 27 points to 11. Judge Paolo called the cardamom "an explosive attack on the senses" and was shot down by the audience when he gave the tart a second chance. Two students were eliminated in the first round, one of them for setting off the fire blanket with a blowtorch. Nobody was hurt, except a few egos.

Bomb of the month. Our chocolate bombe, a dome of mousse with a raspberry core, killed it at the Christmas market: 420 sold at $6 each. The recipe is below; allow 3 hours for setting and do not open the fridge.

Al Khor fish night. Chef Hamad's grilled hamour was the target of a full-scale raid by the Friday evening group, who left nothing but bones. He has claimed responsibility for the spice blend and refuses to share it, even under interrogation by our pastry team.

Coming up:
- Knife skills for beginners: Tuesdays at 7 p.m., 8 places, $45.
- Gulf rice dishes: 12 December, 10 a.m. to 1 p.m., $60.
- Children's biscuit bash (ages 8 to 12): 19 December, $25, aprons provided.
- New Year's Eve supper club: 31 December, 40 seats, $95 including wine.

Housekeeping. Gift vouchers from $30 are valid for 12 months. The kitchen will be closed from 24 December to 3 January for a deep clean and a new extractor fan. Book online or call 555-0147 between 9 a.m. and 5 p.m.

Happy cooking, and mind the oven doors!

Sam and the Copper Pot team
"""))
GOLD += []
