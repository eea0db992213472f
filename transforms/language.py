"""DetectLanguage: ISO 639-1 language code and probability with langdetect.

langdetect samples n-grams at random: unseeded, the same short text can get
different answers from call to call, so the factory is seeded once per
worker. Detection runs on a bounded prefix: its cost grows with the text and
a few thousand characters decide the language as well as the whole article.
"""

import dataclasses
from typing import Optional, Tuple

import apache_beam as beam

from schemas.documents import Document

__all__ = ["DetectLanguage", "detect_language", "UNDETERMINED",
           "DEFAULT_PREFIX_CHARS", "MIN_LETTERS"]

_NAMESPACE = "language"
UNDETERMINED = "und"
# About 150 words. On the language-ID benchmark (BENCHMARKS.md: 10
# languages, headlines to whole stories) 1,000 characters are as accurate
# as the whole text, including stories that open with a 230-character
# quotation in another language (400 characters were not), and cost about
# 30% less than 2,000 on long articles: langdetect reads every character
# in Python before sampling.
DEFAULT_PREFIX_CHARS = 1000
# Below this many letters the answer is a guess ("und" instead).
MIN_LETTERS = 20
_SEED = 0


def _ensure_seeded() -> None:
  from langdetect import DetectorFactory
  DetectorFactory.seed = _SEED


def detect_language(text: str, prefix_chars: int = DEFAULT_PREFIX_CHARS
                    ) -> Tuple[str, Optional[float]]:
  """(ISO 639-1 code, probability), or ('und', None) when it cannot tell."""
  from langdetect import detect_langs
  from langdetect.lang_detect_exception import LangDetectException
  _ensure_seeded()
  sample = text[:prefix_chars]
  if sum(map(str.isalpha, sample)) < MIN_LETTERS:
    return UNDETERMINED, None
  try:
    best = detect_langs(sample)[0]
  except LangDetectException:
    return UNDETERMINED, None
  # langdetect says zh-cn / zh-tw; ISO 639-1 is the part before the region.
  return best.lang.split("-")[0], round(best.prob, 4)


class _DetectLanguageFn(beam.DoFn):

  def __init__(self, prefix_chars: int):
    self._prefix_chars = prefix_chars

  def setup(self):
    # Loads the language profiles once per worker.
    from langdetect.detector_factory import init_factory
    _ensure_seeded()
    init_factory()

  def process(self, document: Document):
    if document.declared_language:
      # A transcript's tag or file names its language: langdetect would
      # only guess, and guesses worst on short spoken sentences.
      language, score = document.declared_language, None
    else:
      language, score = detect_language(document.text, self._prefix_chars)
    beam.metrics.Metrics.counter(_NAMESPACE, f"lang_{language}").inc()
    yield dataclasses.replace(document, language=language,
                              language_score=score)


class DetectLanguage(beam.PTransform):
  """PCollection[Document] -> Document with language and language_score.

  Never rejects a document: text too short to tell is labelled 'und'. A
  document with a ``declared_language`` (a transcript's tag) keeps it, with
  no score.
  """

  def __init__(self, prefix_chars: int = DEFAULT_PREFIX_CHARS, label=None):
    super().__init__(label)
    if prefix_chars < MIN_LETTERS:
      raise ValueError(f"prefix_chars must be >= {MIN_LETTERS}, "
                       f"got {prefix_chars}")
    self._prefix_chars = prefix_chars

  def expand(self, documents):
    return documents | "Detect" >> beam.ParDo(
        _DetectLanguageFn(self._prefix_chars))
