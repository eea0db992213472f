"""The near-duplicate benchmark's pair generator: deterministic and labelled.

Smoke tests only: no timings, and the quality numbers are the benchmark's
business (BENCHMARKS.md), not a test's.
"""

import os
import subprocess
import sys

import pytest

from benchmarks import neardup_pairs
from transforms.clean import clean_text

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
# Printed by a fresh interpreter: a digest of everything generated.
_DIGEST = """
import hashlib
from benchmarks import neardup_pairs
pair_set = neardup_pairs.generate()
digest = hashlib.blake2b(digest_size=16)
for item in list(pair_set.documents.values()) + list(pair_set.pairs) + list(
    pair_set.stress):
  digest.update(repr(item).encode("utf-8"))
print(digest.hexdigest())
"""


@pytest.fixture(scope="module")
def pair_set():
  return neardup_pairs.generate()


def _digest(env_hash_seed: str) -> str:
  result = subprocess.run(
      [sys.executable, "-c", _DIGEST], cwd=ROOT, capture_output=True,
      text=True, check=True,
      env=dict(os.environ, PYTHONHASHSEED=env_hash_seed, PYTHONPATH=ROOT))
  return result.stdout.split()[-1]


def test_same_seed_same_pairs(pair_set):
  assert neardup_pairs.generate() == pair_set


def test_same_pairs_whatever_the_string_hash_seed():
  # Python salts str hashes per process; nothing generated may depend on it.
  assert _digest("1") == _digest("4242")


def test_another_seed_other_texts(pair_set):
  other = neardup_pairs.generate(neardup_pairs.SEED + 1)
  assert ([d.text for d in other.documents.values()]
          != [d.text for d in pair_set.documents.values()])


def test_enough_pairs_of_each_label(pair_set):
  positives = [pair for pair in pair_set.pairs if pair.duplicate]
  negatives = [pair for pair in pair_set.pairs if not pair.duplicate]
  assert len(positives) >= 300
  assert len(negatives) >= 300
  assert {pair.kind for pair in positives} == (
      {f"positive/{edit}" for edit in neardup_pairs.EDIT_KINDS}
      | {"positive/combo"})


def test_base_articles(pair_set):
  articles = [pair_set.documents[doc_id] for doc_id in pair_set.articles]
  assert len(articles) >= 60
  assert {"en", "fr", "es", "de"} <= {article.language for article in articles}
  for article in articles:
    assert (neardup_pairs.MIN_WORDS <= len(article.text.split())
            <= neardup_pairs.MAX_WORDS), article.doc_id


def test_labels_follow_where_texts_come_from(pair_set):
  documents = pair_set.documents
  for pair in pair_set.pairs + pair_set.stress:
    first, second = documents[pair.first], documents[pair.second]
    assert pair.kind.startswith("positive/") == pair.duplicate, pair
    assert first.language == second.language, pair
    assert first.text != second.text, pair
    if pair.duplicate:
      # A copy of one article.
      assert first.article == second.article, pair
    elif pair.kind.startswith("negative/same_event"):
      # Two outlets' own reports of one event.
      assert first.event == second.event, pair
      assert first.article != second.article, pair
    else:
      assert first.event != second.event, pair


def test_texts_are_cleaned_like_the_pipeline(pair_set):
  for document in pair_set.documents.values():
    assert clean_text(document.text) == (document.text, 0), document.doc_id
