"""Tools shared by the hand-labelled event sets (benchmarks/events_val,
benchmarks/events_test, benchmarks/events_holdout,
benchmarks/events_holdout2): the helpers their
authoring sources are written with, the builder that turns the sources into
``articles/`` and ``gold.json``, and the validator. Standard library only."""
