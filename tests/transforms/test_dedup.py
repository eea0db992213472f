"""content_hash, document_priority, canonicalize and the DedupExact stage."""

import datetime

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas.documents import Document, KIND_ARTICLE, KIND_TRANSCRIPT
from schemas.keys import stable_id
from tests.conftest import offline_pipeline
from transforms.dedup import (DedupExact, canonicalize, content_hash,
                              document_priority)

UTC = datetime.timezone.utc
STORY = ("The ferry operator cut the winter timetable to three sailings a "
         "day, islanders said on Tuesday.")


def _utc(*args):
  return datetime.datetime(*args, tzinfo=UTC)


def _document(url, text=STORY, published_at=None, fetched_at=_utc(2024, 3, 6),
              declared_canonical=None, source="test", doc_id=""):
  return Document(url=url, source=source, kind=KIND_ARTICLE, text=text,
                  fetched_at=fetched_at, published_at=published_at,
                  declared_canonical=declared_canonical, doc_id=doc_id)


@pytest.mark.parametrize("variant", [
    STORY.upper(),
    STORY.replace(" ", "   ").replace(",", "\n"),
    "  " + STORY.replace(".", "!") + " ",
    STORY.replace("islanders said", "islanders -- said"),
    STORY.replace("day,", "day …"),
    STORY.replace("Tuesday", "Tuesday_"),
], ids=["case", "spacing_and_newlines", "punctuation", "dashes", "ellipsis",
        "underscore"])
def test_content_hash_ignores_case_punctuation_and_spacing(variant):
  assert content_hash(variant) == content_hash(STORY)


@pytest.mark.parametrize("other", [
    STORY.replace("three", "four"),
    STORY.replace("a day", "aday"),
    STORY + " More.",
], ids=["word_changed", "words_joined", "text_added"])
def test_content_hash_differs_for_different_words(other):
  assert content_hash(other) != content_hash(STORY)


def test_content_hash_casefolds_beyond_ascii():
  assert content_hash("Die Straße ist GESPERRT") == content_hash(
      "die STRASSE ist gesperrt")


def test_document_priority_order():
  early = _document("https://a.example/early", published_at=_utc(2024, 3, 1))
  late = _document("https://a.example/late", published_at=_utc(2024, 3, 2))
  same_day_fetched_first = _document(
      "https://a.example/f1", published_at=_utc(2024, 3, 3),
      fetched_at=_utc(2024, 3, 4), doc_id="ffff")
  same_day_fetched_later = _document(
      "https://a.example/f2", published_at=_utc(2024, 3, 3),
      fetched_at=_utc(2024, 3, 5), doc_id="0000")
  tie_small_id = _document("https://a.example/t2",
                           published_at=_utc(2024, 3, 4), doc_id="aaaa")
  tie_big_id = _document("https://a.example/t1",
                         published_at=_utc(2024, 3, 4), doc_id="bbbb")
  undated_fetched_first = _document("https://a.example/u1",
                                    fetched_at=_utc(2020, 1, 1))
  undated_fetched_later = _document("https://a.example/u2",
                                    fetched_at=_utc(2024, 1, 1))
  expected = [early, late, same_day_fetched_first, same_day_fetched_later,
              tie_small_id, tie_big_id, undated_fetched_first,
              undated_fetched_later]
  for shuffled in (expected[::-1], expected[3:] + expected[:3]):
    assert sorted(shuffled, key=document_priority) == expected


def test_document_priority_is_total_on_url_and_source():
  a = _document("https://a.example/x", source="feed-a")
  b = _document("https://a.example/x", source="feed-b")
  assert document_priority(a) < document_priority(b)


@pytest.mark.parametrize("url, declared, expected", [
    ("https://gazette.example.org/news/ferry?utm_source=rss", None,
     "https://gazette.example.org/news/ferry"),
    ("https://gazette.example.org/print/77", "/news/ferry",
     "https://gazette.example.org/news/ferry"),
    ("https://mirror.example.net/ferry", "https://gazette.example.org/news/ferry",
     "https://mirror.example.net/ferry"),
    ("file:///data/pages/ferry.html", "https://gazette.example.org/news/ferry",
     "https://gazette.example.org/news/ferry"),
    ("file:///data/pages/ferry.html", "not a url",
     "file:///data/pages/ferry.html"),
    ("file:///data/pages/ferry.html", None, "file:///data/pages/ferry.html"),
], ids=["tracking_params", "same_site_canonical", "cross_site_ignored",
        "local_file_trusts_declared", "local_file_bad_declared",
        "local_file_without_canonical"])
def test_canonicalize(url, declared, expected):
  document = canonicalize(_document(url, declared_canonical=declared))
  assert document.canonical_url == expected
  assert document.doc_id == stable_id(expected)
  assert document.content_hash == content_hash(STORY)


def test_canonicalize_bad_url_raises():
  with pytest.raises(ValueError):
    canonicalize(_document("mailto:desk@gazette.example.org"))


CANONICAL = "https://gazette.example.org/news/ferry"
COPY_TEXT = "THE FERRY OPERATOR cut the winter timetable to three sailings a " \
            "day -- islanders said on Tuesday!"


def test_dedup_exact_stage():
  documents = [
      # Three fetches of one canonical URL: the earliest fetched stays.
      _document(CANONICAL + "?utm_source=rss&utm_medium=feed",
                published_at=_utc(2024, 3, 5, 9), fetched_at=_utc(2024, 3, 6)),
      _document(CANONICAL + "#comments", published_at=_utc(2024, 3, 5, 9),
                fetched_at=_utc(2024, 3, 7)),
      _document("https://gazette.example.org/print/77",
                declared_canonical="/news/ferry",
                published_at=_utc(2024, 3, 5, 9), fetched_at=_utc(2024, 3, 8)),
      # The same text syndicated elsewhere, published later and earlier.
      _document("https://partner.example.net/ferry-story", text=COPY_TEXT,
                published_at=_utc(2024, 3, 5, 15), fetched_at=_utc(2024, 3, 5)),
      _document("https://wire.example.com/ferry", text=COPY_TEXT,
                published_at=_utc(2024, 3, 5, 8)),
      _document("https://undated.example.com/ferry", text=STORY),
      # A different story stays untouched.
      _document("https://gazette.example.org/news/wall",
                text="The harbour wall was repaired.",
                published_at=_utc(2024, 3, 6)),
      # Malformed: no usable URL.
      _document("ftp://files.example.org/ferry.txt",
                published_at=_utc(2024, 3, 5)),
  ]
  wire_id = stable_id("https://wire.example.com/ferry")
  with offline_pipeline() as p:
    result = p | beam.Create(documents) | DedupExact()
    assert_that(
        result["documents"] | "DocFields" >> beam.Map(
            lambda d: (d.url, d.canonical_url, d.doc_id, d.duplicate_of,
                       d.content_hash == content_hash(STORY))),
        equal_to([
            ("https://wire.example.com/ferry", "https://wire.example.com/ferry",
             wire_id, None, True),
            (CANONICAL + "?utm_source=rss&utm_medium=feed", CANONICAL,
             stable_id(CANONICAL), wire_id, True),
            ("https://partner.example.net/ferry-story",
             "https://partner.example.net/ferry-story",
             stable_id("https://partner.example.net/ferry-story"), wire_id,
             True),
            ("https://undated.example.com/ferry",
             "https://undated.example.com/ferry",
             stable_id("https://undated.example.com/ferry"), wire_id, True),
            ("https://gazette.example.org/news/wall",
             "https://gazette.example.org/news/wall",
             stable_id("https://gazette.example.org/news/wall"), None, False),
        ]), label="CheckDocuments")
    assert_that(
        result[DedupExact.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.stage, e.error_type, e.url, e.source, e.published_at)),
        equal_to([("dedup", "bad_url", "ftp://files.example.org/ferry.txt",
                   "test", _utc(2024, 3, 5))]), label="CheckErrors")


def test_dedup_exact_bad_declared_canonical_falls_back_to_url():
  document = _document(CANONICAL, declared_canonical="http://[broken")
  with offline_pipeline() as p:
    result = p | beam.Create([document]) | DedupExact()
    assert_that(result["documents"] | "Urls" >> beam.Map(
        lambda d: d.canonical_url), equal_to([CANONICAL]), label="CheckDocs")
    assert_that(result[DedupExact.ERRORS], equal_to([]), label="NoErrors")


EPISODE = "https://harbour-radio.example/ep/12"
SPOKEN = ("Good evening. The ferry operator has cut the winter timetable to "
          "three sailings a day.")


def test_transcript_and_article_of_one_url_both_survive():
  # The episode page and its transcript share the item's URL; keyed by URL
  # alone, one would silently replace the other.
  article = _document(EPISODE, published_at=_utc(2024, 3, 5, 9))
  transcript = Document(
      url=EPISODE, source="test", kind=KIND_TRANSCRIPT, text=SPOKEN,
      fetched_at=_utc(2024, 3, 6), published_at=_utc(2024, 3, 5, 9),
      transcript_url="https://cdn.harbour-radio.example/12.vtt")
  # Malformed: a transcript document without a usable URL.
  broken = Document(url="mailto:desk@harbour-radio.example", source="test",
                    kind=KIND_TRANSCRIPT, text=SPOKEN,
                    fetched_at=_utc(2024, 3, 6))
  with offline_pipeline() as p:
    result = p | beam.Create([article, transcript, broken]) | DedupExact()
    assert_that(
        result["documents"] | "DocFields" >> beam.Map(
            lambda d: (d.kind, d.canonical_url, d.doc_id, d.duplicate_of)),
        equal_to([
            (KIND_ARTICLE, EPISODE, stable_id(EPISODE), None),
            (KIND_TRANSCRIPT, EPISODE, stable_id(KIND_TRANSCRIPT, EPISODE),
             None),
        ]), label="CheckDocuments")
    assert_that(
        result[DedupExact.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.stage, e.error_type, e.url)),
        equal_to([("dedup", "bad_url", "mailto:desk@harbour-radio.example")]),
        label="CheckErrors")
  assert stable_id(KIND_TRANSCRIPT, EPISODE) != stable_id(EPISODE)
