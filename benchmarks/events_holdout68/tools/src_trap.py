"""Authoring source of benchmarks/events_holdout68 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout68-022), an English pub quiz league's weekly
bulletin with no security event at all: a team called The Bombers, an
"explosive" round that "blew" its rivals "away", "all guns blazing", a
"massacred" picture round, a first place "claimed", a "dead heat", a
quizmaster "arrested" by a hen party dressed as police and "held hostage"
in the snug, a landlord who "claimed responsibility", "nobody was hurt", a
question on Vlorë and one on Lake Van (recalling two clusters), and many
numbers (scores, points, ages, areas, prices, dates, a phone number). It
has no gold event. Published Monday 7 December 2026 (UK, UTC+0)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout68")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout68-022
ARTICLES.append(A(22, "en", "article", "2026-12-07T10:00:00Z",
"North Riding Pub Quiz League: weekly bulletin No. 14",
"""
NORTH RIDING PUB QUIZ LEAGUE - Weekly bulletin No. 14, Monday 7 December 2026. Compiled by Maureen Pickles.

RESULTS (Thursday 3 December). Division One: The Bombers (Fox and Hounds, Malton) 71, Quiz Akabusi 58; Les Quizerables 64, The Usual Suspects 64; Agatha Quiztie 77, Universally Challenged 49. Division Two: Norfolk 'n' Chance 55, The Quizzly Bears 52; Quizteama Aguilera 60, Beer Pressure 38.

MATCH REPORT. The Bombers lived up to their name with an explosive music round, ten out of ten, that blew Quiz Akabusi away. "We went in all guns blazing," said their captain, Doreen, 74, a retired chemistry teacher. At the top, Agatha Quiztie massacred the picture round and claimed first place for the first time since 2019. The Usual Suspects and Les Quizerables finished in a dead heat, so the points are shared.

DISPUTES. The Usual Suspects have lodged a complaint about question 7 of the geography round, which asked which Albanian port faces the island of Sazan. The answer sheet said Vlora; they wrote Vlore. The committee has ruled that both spellings stand. A second complaint, about whether Lake Van or Lake Tuz is Turkey's largest lake, was rejected: it is Van, with 3,755 square kilometres.

THE CROWN INCIDENT. For the avoidance of doubt, nobody was hurt at the Crown on Thursday. The quizmaster, Keith, was "arrested" for twenty minutes by a hen party dressed as police officers and held hostage in the snug until he read out the answers. The Crown's landlord has claimed responsibility for letting them in early and has apologised.

CHRISTMAS SPECIAL. Thursday 17 December at the Plough, 8pm sharp. Entry 2 pounds a head, teams of up to six. Themed rounds: honey and bees, ferries of the world, ballet, and famous zoos. First prize: a 30-pound bar tab and the Golden Buzzer trophy.

TABLE. Division One: Agatha Quiztie 41 points, The Bombers 39, Les Quizerables 35, The Usual Suspects 33, Quiz Akabusi 30, Universally Challenged 22.

Fees for the spring season, 15 pounds per team, are due by 31 January. Questions and complaints to the secretary on 01653 600 214.
"""))
GOLD += []
