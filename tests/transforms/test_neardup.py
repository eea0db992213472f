"""MinHash helpers and the DedupNear stage: clusters, hard negatives, index.

Every story here is invented. Texts are built from paragraphs so the exact
Jaccard similarity of two versions is known by construction; tests check
that before relying on it, so a changed text fails loudly, not mysteriously.
"""

import dataclasses
import datetime
import os
import subprocess
import sys

import apache_beam as beam
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.util import assert_that, equal_to

from schemas.documents import Document, KIND_ARTICLE
from schemas.signatures import SIGNATURES_SCHEMA, SignatureRecord
from tests.conftest import offline_pipeline
from transforms.neardup import (_WORD, DedupNear, NearDupConfig, _word_hashes,
                                _word_spans, _words, band_keys,
                                candidate_probability, estimated_jaccard,
                                minhash, shingle_hashes, sign_text)

UTC = datetime.timezone.utc
_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
CONFIG = NearDupConfig()


def _utc(*args):
  return datetime.datetime(*args, tzinfo=UTC)


def _signature(text: str, config: NearDupConfig = CONFIG) -> bytes:
  return minhash(shingle_hashes(text, config.shingle_words), config.num_perm,
                 config.seed).tobytes()


def _estimate(first: str, second: str) -> float:
  return estimated_jaccard(_signature(first), _signature(second))


def _exact_jaccard(first: str, second: str, words: int = 5) -> float:
  a = set(shingle_hashes(first, words).tolist())
  b = set(shingle_hashes(second, words).tolist())
  return len(a & b) / len(a | b)


def _document(doc_id, text, published_at=None, fetched_at=_utc(2026, 3, 2),
              duplicate_of=None):
  url = f"https://news.example.org/{doc_id}"
  return Document(
      url=url, source="test", kind=KIND_ARTICLE, text=text,
      fetched_at=fetched_at, published_at=published_at, canonical_url=url,
      doc_id=doc_id, content_hash=f"hash-{doc_id}", duplicate_of=duplicate_of)


def _rounded(value):
  # Estimates are k/128: rounding only hides float noise, never a change.
  return None if value is None else round(value, 6)


def _outcome(document: Document) -> tuple:
  return (document.doc_id, document.duplicate_of,
          _rounded(document.similarity), document.cluster_id)


def _counters(result) -> dict:
  query = result.metrics().query(MetricsFilter().with_namespace("neardup"))
  return {counter.key.metric.name: counter.committed
          for counter in query["counters"]}


# --- An invented bridge story in three paragraphs ----------------------------

BRIDGE_CLOSED = (
    "Engineers closed the old iron rail bridge over the Tarn river at "
    "Vellmarsh on Thursday morning after a routine inspection found cracks in "
    "two of its supporting piers. Trains between Vellmarsh and the coastal "
    "town of Orrin Bay will stop at the river for at least three weeks, and a "
    "replacement bus service will carry passengers across the water on the "
    "road bridge upstream.")
BRIDGE_CAUSE = (
    "The regional rail authority said the cracks were discovered by a diving "
    "team checking the piers after last month's floods, when the river rose "
    "higher than at any time in forty years. A spokeswoman, Ilse Marwood, "
    "said the bridge had been carrying fewer freight trains since the spring "
    "and that no train had crossed it since the inspection began on Tuesday "
    "evening.")
BRIDGE_REACTION = (
    "Commuters waiting at Vellmarsh station on Thursday said the replacement "
    "buses were crowded and slow. Local councillor Fenwick Dray asked the "
    "authority to publish a timetable for the repairs and to compensate "
    "season ticket holders for the weeks of disruption. The authority said it "
    "would announce a repair plan next week once engineers had finished "
    "measuring the damage to the piers and the riverbed.")

# A chain: the full story B shares two paragraphs with each of A (its first
# two) and C (its last two), while A and C share only the middle one.
CHAIN_A = "\n\n".join([BRIDGE_CLOSED, BRIDGE_CAUSE])
CHAIN_B = "\n\n".join([BRIDGE_CLOSED, BRIDGE_CAUSE, BRIDGE_REACTION])
CHAIN_C = "\n\n".join([BRIDGE_CAUSE, BRIDGE_REACTION])

# --- Three outlets' own reports of one invented attack ------------------------
# Same names, numbers and place; each written in its own words.

ATTACK_GAZETTE = (
    "Fourteen people were injured, three of them seriously, when a bomb "
    "hidden in a parked delivery van exploded outside the Linden Square tram "
    "depot in Marrowgate on Saturday evening. Police commander Halvard Renn "
    "told reporters that the blast happened at 18:40, shortly after the "
    "evening shift had changed, and that about 200 people were led out of "
    "nearby shops and flats while specialists searched the area for a second "
    "device. None was found. On Sunday morning officers arrested Oskar Veil, "
    "29, at a rented house in Kessling, 40 kilometres north of the city. Renn "
    "said Veil had worked at the depot until last year and was being "
    "questioned about the van, which had been bought for cash two weeks "
    "earlier. The tram network will run a reduced service until Wednesday.")
ATTACK_HERALD = (
    "A van packed with explosives blew up beside the tram depot on Linden "
    "Square in Marrowgate late on Saturday, wounding 14 bystanders. Doctors "
    "at the city hospital said three patients remained in a critical "
    "condition overnight. Halvard Renn, who leads the regional police, "
    "confirmed that the explosion came at twenty to seven and that his "
    "officers cleared roughly 200 residents from the surrounding streets as a "
    "precaution. Detectives detained a suspect, named as Oskar Veil, aged 29, "
    "in the northern town of Kessling on Sunday. According to Renn, the man "
    "was a former depot employee who lost his job there last year. Tram "
    "services across Marrowgate are expected to stay limited until "
    "Wednesday while investigators work at the scene.")
ATTACK_COURIER = (
    "Marrowgate police have arrested a 29-year-old man, Oskar Veil, over "
    "Saturday's explosion at the Linden Square tram depot, which left 14 "
    "people hurt. Commander Halvard Renn said in a statement on Sunday that "
    "Veil was picked up in Kessling, some 40 km to the north, and that he had "
    "been employed at the depot until last year. Three of the injured are "
    "said to be in serious condition. Witnesses described a loud bang just "
    "before 18:40 and a cloud of smoke rising from a white van near the "
    "depot gates. Around 200 people were evacuated from homes and shops "
    "nearby. Officers say they are still trying to establish how the vehicle "
    "was bought. Reduced tram services will continue until Wednesday, the "
    "operator said.")

# A brief of the bridge story, under min_words: too short to compare.
BRIEF = ("Trains between Vellmarsh and Orrin Bay stop at the Tarn river for "
         "three weeks after cracks were found in the rail bridge piers.")


# --- shingle_hashes ----------------------------------------------------------

def test_shingle_hashes_are_the_distinct_k_word_sequences():
  # Ten words give six 5-word windows; the last repeats the first.
  text = "one two three four five one two three four five"
  hashes = shingle_hashes(text, 5)
  assert len(hashes) == 5
  assert len(set(hashes.tolist())) == len(hashes)
  assert hashes.dtype == np.uint64
  assert int(hashes.max()) < 1 << 32


def test_shingle_hashes_single_word_shingles_are_the_word_set():
  assert len(shingle_hashes("a b a c b a", 1)) == 3


def test_shingle_hashes_casefold_and_ignore_punctuation():
  plain = shingle_hashes("the straße was closed on tuesday morning", 5)
  shouted = shingle_hashes("THE STRASSE -- was closed, on Tuesday; morning!",
                           5)
  # Casefolding turns ß into ss: both texts have the same words.
  assert plain.tolist() == shouted.tolist()


def test_shingle_hashes_are_order_sensitive():
  assert (shingle_hashes("one two three four five", 5).tolist()
          != shingle_hashes("five four three two one", 5).tolist())


def test_shingle_hashes_are_deterministic_across_calls_and_processes():
  first = shingle_hashes(CHAIN_B, 5)
  assert shingle_hashes(CHAIN_B, 5).tolist() == first.tolist()
  # The signature index is read by later runs in other processes: another
  # interpreter with another hash() salt must get the same values.
  script = ("import sys; from transforms.neardup import shingle_hashes; "
            "print(shingle_hashes(sys.stdin.read(), 5).tolist())")
  other = subprocess.run(
      [sys.executable, "-c", script], input=CHAIN_B, capture_output=True,
      text=True, check=True, cwd=_ROOT,
      env={**os.environ, "PYTHONHASHSEED": "12345"})
  assert other.stdout.strip() == str(first.tolist())


@pytest.mark.parametrize("text, words", [
    ("", 5),
    ("only four words here", 5),
    ("-- ... !!", 1),
], ids=["empty", "fewer_words_than_a_shingle", "punctuation_only"])
def test_shingle_hashes_empty_under_k_words(text, words):
  hashes = shingle_hashes(text, words)
  assert len(hashes) == 0
  assert hashes.dtype == np.uint64


def test_shingle_hashes_exactly_k_words_is_one_shingle():
  assert len(shingle_hashes("exactly five words are here", 5)) == 1


def test_word_spans_find_the_words_of_the_regex_for_every_code_point():
  # The signing path finds words with a code point table instead of the
  # regex: both must agree on every character, surrogates included. Each
  # code point follows an 'a', so it either extends that word or ends it.
  text = "".join(f"a{chr(point)} " for point in range(sys.maxunicode + 1))
  _, starts, ends = _word_spans(text)
  found = [text[start:end] for start, end in zip(starts.tolist(),
                                                 ends.tolist())]
  assert found == _WORD.findall(text)


@pytest.mark.parametrize("text", [
    "Der Bürgermeister sagte, die Straße bleibe bis Freitag gesperrt.",
    "« Le préfet a annoncé l'évacuation » — selon l'AFP, 12 blessés.",
    "El alcalde dijo: ¡la carretera seguirá cerrada hasta el día 3!",
    "ДТП на мосту: 2 человека пострадали, сообщила полиция_города.",
    "",
    "—!?",
], ids=["de", "fr", "es", "ru", "empty", "punctuation"])
def test_word_hashes_follow_the_casefolded_words(text):
  # Equal words hash equal, wherever they stand; the count is the regex's.
  words = _words(text)
  hashes = _word_hashes(text).tolist()
  assert len(hashes) == len(words)
  by_word = {}
  for word, value in zip(words, hashes):
    assert by_word.setdefault(word, value) == value
  assert len(set(by_word.values())) == len(by_word)
  assert _word_hashes(text.upper()).tolist() == _word_hashes(
      text.casefold()).tolist()


def test_sign_text_is_minhash_of_the_shingles_or_none_when_short():
  assert sign_text(CHAIN_B, CONFIG) == _signature(CHAIN_B)
  assert sign_text(BRIEF, CONFIG) is None
  assert sign_text(BRIEF, NearDupConfig(min_words=len(_words(BRIEF)))) \
      is not None


# --- minhash and estimated_jaccard -------------------------------------------

def test_minhash_is_deterministic_and_shaped():
  hashes = shingle_hashes(CHAIN_B, 5)
  first = minhash(hashes, 128, seed=1)
  assert first.dtype == np.uint32
  assert first.shape == (128,)
  assert minhash(hashes, 128, seed=1).tolist() == first.tolist()
  # Another seed is another family of hash functions.
  assert minhash(hashes, 128, seed=2).tolist() != first.tolist()


def test_minhash_depends_on_the_set_only():
  hashes = shingle_hashes(CHAIN_B, 5)
  shuffled = np.random.default_rng(7).permutation(hashes)
  repeated = np.concatenate([hashes, hashes[:20]])
  expected = minhash(hashes, 128).tolist()
  assert minhash(shuffled, 128).tolist() == expected
  assert minhash(repeated, 128).tolist() == expected


def test_minhash_of_a_larger_than_block_set():
  # More shingles than one block (2048 rows): blocks must combine by min.
  hashes = np.arange(1, 5001, dtype=np.uint64) * np.uint64(2654435761) % (
      np.uint64(1) << np.uint64(32))
  whole = minhash(hashes, 64)
  halves = np.minimum(minhash(hashes[:2500], 64), minhash(hashes[2500:], 64))
  assert whole.tolist() == halves.tolist()


def test_estimated_jaccard_of_identical_and_disjoint_texts():
  assert _estimate(CHAIN_B, CHAIN_B) == 1.0
  assert _estimate(BRIDGE_CLOSED, ATTACK_GAZETTE) == 0.0


@pytest.mark.parametrize("first, second, exact", [
    (CHAIN_A, CHAIN_B, 0.66),
    (CHAIN_B, CHAIN_C, 0.66),
    (CHAIN_A, CHAIN_C, 0.32),
    (CHAIN_B, "\n\n".join([BRIDGE_CLOSED, BRIDGE_REACTION]), 0.64),
    (ATTACK_GAZETTE, ATTACK_HERALD, 0.0),
], ids=["two_of_three", "last_two_of_three", "one_shared_of_three",
        "middle_dropped", "same_facts_other_words"])
def test_estimated_jaccard_tracks_exact_jaccard(first, second, exact):
  # The construction gives the exact value to within the shingles that
  # span a paragraph boundary.
  assert _exact_jaccard(first, second) == pytest.approx(exact, abs=0.03)
  # 128 permutations: standard error <= 0.045, so 0.1 is over two of them.
  assert _estimate(first, second) == pytest.approx(
      _exact_jaccard(first, second), abs=0.1)


# --- band_keys ---------------------------------------------------------------

def test_band_keys_one_per_band_with_index_and_rows():
  signature = minhash(shingle_hashes(CHAIN_B, 5), 128)
  keys = band_keys(signature, 32, 4)
  assert len(keys) == 32
  # Two index bytes, then four uint32 rows.
  assert all(len(key) == 2 + 4 * 4 for key in keys)
  assert keys[5] == bytes([5, 0]) + signature[20:24].tobytes()
  assert len(set(keys)) == 32


def test_band_keys_include_the_band_index():
  # A constant signature has equal rows in every band: only the band index
  # keeps the keys apart, so band 0 of one document never meets band 1 of
  # another.
  keys = band_keys(np.full(128, 7, dtype=np.uint32), 32, 4)
  assert len(set(keys)) == 32
  assert [key[:2] for key in keys[:3]] == [b"\x00\x00", b"\x01\x00",
                                           b"\x02\x00"]
  wide = band_keys(np.zeros(300 * 2, dtype=np.uint32), 300, 2)
  assert wide[257][:2] == bytes([1, 1])  # 257 = 1 + 1 * 256
  assert len(set(wide)) == 300


def test_band_keys_equal_bands_give_equal_keys():
  first = minhash(shingle_hashes(CHAIN_A, 5), 128)
  second = first.copy()
  second[0] += 1  # Only band 0 differs.
  first_keys, second_keys = band_keys(first, 32, 4), band_keys(second, 32, 4)
  assert first_keys[0] != second_keys[0]
  assert first_keys[1:] == second_keys[1:]


# --- candidate_probability and NearDupConfig ---------------------------------

@pytest.mark.parametrize("similarity, expected", [
    # 1 - (15/16)^32: one pair in eight at Jaccard 0.5 is never compared.
    (0.5, 0.873211),
    # 1 - 0.7599^32 = 1 - 1.53e-4 (the module docstring's 0.99995 is off by
    # a factor of three in the miss rate; the rounded 1.00 is right).
    (0.7, 0.999847),
    (0.9, 1.0),
], ids=["0.5", "0.7", "0.9"])
def test_candidate_probability_32_bands_of_4(similarity, expected):
  assert candidate_probability(similarity, 32, 4) == pytest.approx(
      expected, abs=1e-6)


def test_candidate_probability_edges():
  assert candidate_probability(0.0, 32, 4) == 0.0
  assert candidate_probability(1.0, 32, 4) == 1.0
  assert candidate_probability(0.5, 1, 1) == 0.5


def test_near_dup_config_defaults():
  assert CONFIG.num_perm == 128
  assert CONFIG.params == "oph2-w5-p128-b32x4-s1"
  assert NearDupConfig(shingle_words=3, bands=16, rows=8, seed=9).params == (
      "oph2-w3-p128-b16x8-s9")


@pytest.mark.parametrize("settings, message", [
    ({"shingle_words": 0}, "shingle_words"),
    ({"bands": 0}, "bands"),
    ({"rows": 0}, "rows"),
    ({"threshold": 0.0}, "threshold"),
    ({"threshold": 1.5}, "threshold"),
    ({"rounds": 0}, "rounds"),
    ({"max_bucket": 1}, "max_bucket"),
], ids=["no_shingle_words", "no_bands", "no_rows", "zero_threshold",
        "threshold_above_one", "no_rounds", "bucket_of_one"])
def test_near_dup_config_rejects(settings, message):
  with pytest.raises(ValueError, match=message):
    NearDupConfig(**settings)


def test_near_dup_config_accepts_threshold_one_and_is_frozen():
  config = NearDupConfig(threshold=1.0)
  with pytest.raises(dataclasses.FrozenInstanceError):
    config.threshold = 0.5  # type: ignore[misc]


# --- DedupNear in a pipeline -------------------------------------------------

def _signature_fields(record: SignatureRecord) -> tuple:
  return (record.doc_id, record.params, record.signature, record.cluster_id,
          record.canonical_published_at, record.canonical_fetched_at)


CHAIN_TEXTS = {"9c01": CHAIN_A, "4e77": CHAIN_B, "b2d5": CHAIN_C}


def test_chain_texts_are_a_chain():
  # The premise of the next test: A~B and B~C reach the threshold, A~C not.
  assert _estimate(CHAIN_A, CHAIN_B) >= CONFIG.threshold
  assert _estimate(CHAIN_B, CHAIN_C) >= CONFIG.threshold
  assert _estimate(CHAIN_A, CHAIN_C) < CONFIG.threshold


# (published_at, fetched_at) of A (9c01), B (4e77), C (b2d5), and who wins.
@pytest.mark.parametrize("dates, canonical", [
    ({"9c01": (_utc(2026, 3, 1, 10), _utc(2026, 3, 2)),
      "4e77": (_utc(2026, 3, 1, 9), _utc(2026, 3, 2)),
      "b2d5": (_utc(2026, 2, 28), _utc(2026, 3, 5))}, "b2d5"),
    ({"9c01": (_utc(2026, 3, 1, 9), _utc(2026, 3, 2)),
      "4e77": (_utc(2026, 3, 1, 9), _utc(2026, 3, 3)),
      "b2d5": (_utc(2026, 3, 1, 9), _utc(2026, 3, 4))}, "9c01"),
    ({"9c01": (_utc(2026, 3, 1, 9), _utc(2026, 3, 2)),
      "4e77": (_utc(2026, 3, 1, 9), _utc(2026, 3, 2)),
      "b2d5": (_utc(2026, 3, 1, 9), _utc(2026, 3, 2))}, "4e77"),
    ({"9c01": (_utc(2026, 3, 1), _utc(2026, 3, 3)),
      "4e77": (_utc(2026, 3, 2), _utc(2026, 3, 3)),
      "b2d5": (None, _utc(2026, 1, 1))}, "9c01"),
], ids=["earliest_published", "then_earliest_fetched", "then_smallest_doc_id",
        "undated_last"])
def test_chain_is_one_cluster_with_the_ranked_canonical(dates, canonical):
  documents = [_document(doc_id, text, *dates[doc_id])
               for doc_id, text in CHAIN_TEXTS.items()]
  canonical_text = CHAIN_TEXTS[canonical]
  # Similarity is to the canonical, not to the neighbour that linked it: in
  # the first case A reaches C only through B, at an estimate under 0.5.
  expected = [
      (doc_id, None, None, canonical) if doc_id == canonical else
      (doc_id, canonical, _rounded(_estimate(text, canonical_text)), canonical)
      for doc_id, text in CHAIN_TEXTS.items()]
  canonical_published, canonical_fetched = dates[canonical]
  expected_signatures = [
      (doc_id, "oph2-w5-p128-b32x4-s1", _signature(text), canonical,
       canonical_published, canonical_fetched)
      for doc_id, text in CHAIN_TEXTS.items()]
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear()
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to(expected), label="CheckDocuments")
    assert_that(
        result[DedupNear.SIGNATURES] | "SignatureFields" >> beam.Map(
            _signature_fields),
        equal_to(expected_signatures), label="CheckSignatures")


def test_reports_of_one_attack_in_other_words_stay_apart():
  reports = {"a1": ATTACK_GAZETTE, "a2": ATTACK_HERALD, "a3": ATTACK_COURIER}
  # Hard negatives: they share every name and number, not the sentences.
  for first, second in [("a1", "a2"), ("a1", "a3"), ("a2", "a3")]:
    assert _estimate(reports[first], reports[second]) < 0.1
  documents = [_document(doc_id, text, _utc(2026, 3, 7, 19 + i))
               for i, (doc_id, text) in enumerate(reports.items())]
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear()
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to([("a1", None, None, "a1"), ("a2", None, None, "a2"),
                          ("a3", None, None, "a3")]),
                label="CheckDocuments")
    assert_that(
        result[DedupNear.SIGNATURES] | "Clusters" >> beam.Map(
            lambda r: (r.doc_id, r.cluster_id)),
        equal_to([("a1", "a1"), ("a2", "a2"), ("a3", "a3")]),
        label="CheckSignatures")


# A brief one word away from BRIEF: a near copy, but both are too short.
BRIEF_VARIANT = BRIEF.replace("three weeks", "two weeks")


def test_short_texts_are_never_linked():
  assert len(BRIEF.split()) < CONFIG.min_words
  assert _estimate(BRIEF, BRIEF_VARIANT) >= CONFIG.threshold
  documents = [
      _document("s1", BRIEF, _utc(2026, 3, 1)),
      _document("s2", BRIEF_VARIANT, _utc(2026, 3, 2)),
      # The long story the briefs summarise.
      _document("long", CHAIN_B, _utc(2026, 2, 27)),
      # Malformed: no text at all.
      _document("empty", "", _utc(2026, 2, 26)),
  ]
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear()
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to([("s1", None, None, "s1"), ("s2", None, None, "s2"),
                          ("long", None, None, "long"),
                          ("empty", None, None, "empty")]),
                label="CheckDocuments")
    # Only the long document is in the index.
    assert_that(result[DedupNear.SIGNATURES] | "Ids" >> beam.Map(
        lambda r: r.doc_id), equal_to(["long"]), label="CheckSignatures")


# Two 46-word notices one word apart: under the default 50 words.
_SERVICE_NOTE = (" Replacement buses leave the station square every twenty "
                 "minutes, and the operator says season tickets stay valid "
                 "on them until the bridge reopens.")
NOTICE = BRIEF + _SERVICE_NOTE
NOTICE_VARIANT = BRIEF_VARIANT + _SERVICE_NOTE


def test_near_dup_config_min_words_is_respected():
  # With min_words lowered, the same notices become comparable and link.
  # (Not BRIEF itself: 19 shingles fill too few of 128 one-permutation bins
  # for a band to match reliably.)
  assert len(NOTICE.split()) < CONFIG.min_words
  config = NearDupConfig(min_words=40)
  documents = [_document("s1", NOTICE, _utc(2026, 3, 1)),
               _document("s2", NOTICE_VARIANT, _utc(2026, 3, 2))]
  similarity = _rounded(_estimate(NOTICE, NOTICE_VARIANT))
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear(config)
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to([("s1", None, None, "s1"),
                          ("s2", "s1", similarity, "s1")]))


def test_exact_duplicates_get_similarity_one():
  documents = [
      _document("orig", CHAIN_B, _utc(2026, 3, 1)),
      # DedupExact has already marked the copies.
      _document("copy", CHAIN_B, _utc(2026, 3, 2), duplicate_of="orig"),
      _document("brief", BRIEF, _utc(2026, 3, 1)),
      _document("brief-copy", BRIEF, _utc(2026, 3, 3), duplicate_of="brief"),
  ]
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear()
    # The short copy keeps exact dedup's answer.
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to([("orig", None, None, "orig"),
                          ("copy", "orig", 1.0, "orig"),
                          ("brief", None, None, "brief"),
                          ("brief-copy", "brief", 1.0, "brief")]),
                label="CheckDocuments")
    assert_that(result[DedupNear.SIGNATURES] | "Clusters" >> beam.Map(
        lambda r: (r.doc_id, r.cluster_id)),
                equal_to([("orig", "orig"), ("copy", "orig")]),
                label="CheckSignatures")


def test_documents_pass_through_unchanged_apart_from_the_cluster_fields():
  document = _document("long", CHAIN_B, _utc(2026, 2, 27))
  with offline_pipeline() as p:
    result = p | beam.Create([document]) | DedupNear()
    assert_that(result["documents"], equal_to([dataclasses.replace(
        document, cluster_id="long")]))


def test_hot_buckets_still_join_every_copy():
  # Four copies fill every bucket beyond max_bucket=2: each bucket emits
  # only its neighbours in doc_id order, which still chain all four.
  documents = [_document(f"c{i}", CHAIN_B, _utc(2026, 3, 1 + i))
               for i in range(4)]
  p = offline_pipeline()
  result = p | beam.Create(documents) | DedupNear(NearDupConfig(max_bucket=2))
  assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
              equal_to([("c0", None, None, "c0"), ("c1", "c0", 1.0, "c0"),
                        ("c2", "c0", 1.0, "c0"), ("c3", "c0", 1.0, "c0")]))
  counters = _counters(p.run())
  assert counters["hot_buckets"] == 32
  # Three neighbour pairs, each met in all 32 bands but verified once.
  assert counters["candidates"] == 3
  assert counters["edges"] == 3
  assert counters["signed"] == 4


def test_too_few_rounds_are_counted_as_unconverged():
  # C is canonical and two hops from A: one round cannot reach A, and both
  # A (label from B) and B (label from C) still changed in that last round.
  documents = [_document("9c01", CHAIN_A, _utc(2026, 3, 1, 10)),
               _document("4e77", CHAIN_B, _utc(2026, 3, 1, 9)),
               _document("b2d5", CHAIN_C, _utc(2026, 2, 28))]
  p = offline_pipeline()
  _ = p | beam.Create(documents) | DedupNear(NearDupConfig(rounds=1))
  assert _counters(p.run())["unconverged"] == 2
  # Two rounds reach A, but only a third that changes nothing shows it.
  p = offline_pipeline()
  _ = p | beam.Create(documents) | DedupNear(NearDupConfig(rounds=3))
  assert _counters(p.run()).get("unconverged", 0) == 0


# --- The index across runs ---------------------------------------------------

def _write_signatures(records, path):
  table = pa.Table.from_pylist(
      sorted((record.to_row() for record in records),
             key=lambda row: row["doc_id"]), schema=SIGNATURES_SCHEMA)
  pq.write_table(table, path)
  return path


JANUARY = _utc(2026, 1, 10, 8)
JANUARY_FETCHED = _utc(2026, 1, 10, 12)
# The copy: a wire prefix and the last paragraph trimmed.
WIRE_COPY = "(Northwire) - " + CHAIN_A


def _first_run(path):
  """January's run: the bridge story and an attack report, indexed."""
  with offline_pipeline() as p:
    result = p | beam.Create([
        _document("jan-bridge", CHAIN_B, JANUARY, JANUARY_FETCHED),
        _document("jan-attack", ATTACK_GAZETTE, JANUARY, JANUARY_FETCHED),
    ]) | DedupNear()
    _ = (result[DedupNear.SIGNATURES]
         | beam.combiners.ToList()
         | beam.Map(_write_signatures, path))
  return path


def test_index_keeps_the_earlier_runs_canonical(tmp_path):
  index = _first_run(str(tmp_path / "january.parquet"))
  rows = pq.read_table(index).to_pylist()
  assert [(row["doc_id"], row["cluster_id"]) for row in rows] == [
      ("jan-attack", "jan-attack"), ("jan-bridge", "jan-bridge")]
  assert _estimate(WIRE_COPY, CHAIN_B) >= CONFIG.threshold
  documents = [
      # Dated before January's original (a wrong date on the copy), yet the
      # indexed document stays canonical.
      _document("feb-copy", WIRE_COPY, _utc(2026, 1, 2), _utc(2026, 2, 3)),
      # January's original fetched again keeps its status.
      _document("jan-bridge", CHAIN_B, JANUARY, _utc(2026, 2, 3)),
      # Unrelated to anything indexed.
      _document("feb-courier", ATTACK_COURIER, _utc(2026, 2, 1),
                _utc(2026, 2, 3)),
  ]
  similarity = _rounded(_estimate(WIRE_COPY, CHAIN_B))
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear(index_files=[index])
    # Only this run's documents come out; January's attack report does not.
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to([("feb-copy", "jan-bridge", similarity, "jan-bridge"),
                          ("jan-bridge", None, None, "jan-bridge"),
                          ("feb-courier", None, None, "feb-courier")]),
                label="CheckDocuments")
    # The copy's index row names January's canonical and its dates, so a
    # third run ranks the cluster the same way.
    assert_that(
        result[DedupNear.SIGNATURES] | "SignatureFields" >> beam.Map(
            _signature_fields),
        equal_to([
            ("feb-copy", CONFIG.params, _signature(WIRE_COPY), "jan-bridge",
             JANUARY, JANUARY_FETCHED),
            ("jan-bridge", CONFIG.params, _signature(CHAIN_B), "jan-bridge",
             JANUARY, JANUARY_FETCHED),
            ("feb-courier", CONFIG.params, _signature(ATTACK_COURIER),
             "feb-courier", _utc(2026, 2, 1), _utc(2026, 2, 3)),
        ]), label="CheckSignatures")


def test_index_rows_of_other_params_are_ignored(tmp_path):
  # A row made with another seed: its signature bytes happen to equal the
  # new document's, so only the params check keeps them apart.
  other = SignatureRecord(
      doc_id="old-herald", params="w5-p128-b32x4-s2",
      signature=_signature(ATTACK_HERALD), published_at=_utc(2025, 12, 1),
      fetched_at=_utc(2025, 12, 1), cluster_id="old-herald",
      canonical_published_at=_utc(2025, 12, 1),
      canonical_fetched_at=_utc(2025, 12, 1))
  same = SignatureRecord(
      doc_id="old-bridge", params=CONFIG.params, signature=_signature(CHAIN_B),
      published_at=_utc(2025, 12, 1), fetched_at=_utc(2025, 12, 1),
      cluster_id="old-bridge", canonical_published_at=_utc(2025, 12, 1),
      canonical_fetched_at=_utc(2025, 12, 1))
  index = _write_signatures([other, same], str(tmp_path / "mixed.parquet"))
  documents = [
      _document("new-herald", ATTACK_HERALD, _utc(2026, 2, 1)),
      _document("new-bridge", CHAIN_B, _utc(2026, 2, 1)),
  ]
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear(index_files=[index])
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to([("new-herald", None, None, "new-herald"),
                          ("new-bridge", "old-bridge", 1.0, "old-bridge")]))


def test_refetched_indexed_document_is_signed_from_its_current_text(tmp_path):
  # January's row for 'story' was the bridge text; the outlet has since
  # rewritten the page, and another site copied the new text verbatim.
  stored = SignatureRecord(
      doc_id="story", params=CONFIG.params, signature=_signature(CHAIN_B),
      published_at=JANUARY, fetched_at=JANUARY_FETCHED, cluster_id="story",
      canonical_published_at=JANUARY, canonical_fetched_at=JANUARY_FETCHED)
  index = _write_signatures([stored], str(tmp_path / "january.parquet"))
  documents = [
      _document("story", ATTACK_HERALD, JANUARY, _utc(2026, 2, 3)),
      _document("copy", ATTACK_HERALD, _utc(2026, 2, 2), _utc(2026, 2, 3),
                duplicate_of="story"),
  ]
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear(index_files=[index])
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to([("story", None, None, "story"),
                          ("copy", "story", 1.0, "story")]),
                label="CheckDocuments")
    assert_that(
        result[DedupNear.SIGNATURES] | "Signatures" >> beam.Map(
            lambda r: (r.doc_id, r.signature)),
        equal_to([("story", _signature(ATTACK_HERALD)),
                  ("copy", _signature(ATTACK_HERALD))]),
        label="CheckSignatures")


def test_texts_without_shingles_are_never_linked():
  # Two caption files that are mostly music cues: 56 and 61 tokens, but
  # only one or three words, fewer than a 5-word shingle.
  cues = " ".join(["♪"] * 55)
  documents = [_document("m1", cues + " ♪ ♪ ♪ ♪ ♪ applause", _utc(2026, 1, 1)),
               _document("m2", cues + " thank you all", _utc(2026, 1, 2))]
  assert all(document.word_count >= CONFIG.min_words for document in documents)
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupNear()
    assert_that(result["documents"] | "Outcomes" >> beam.Map(_outcome),
                equal_to([("m1", None, None, "m1"), ("m2", None, None, "m2")]))
