"""Sentence material for ``benchmarks.neardup_pairs``, one module per language.

All of it was written for this benchmark: invented places, people, outlets
and events. Nothing is copied from real news.
"""

from benchmarks.neardup_phrases import de, en, es, fr

LANGUAGES = {"en": en.PHRASES, "fr": fr.PHRASES, "es": es.PHRASES,
             "de": de.PHRASES}
