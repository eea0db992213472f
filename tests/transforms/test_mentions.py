"""TagEvents and mention_records: documents -> mention rows and errors.

Every article is invented (real places, imagined events).
"""

import datetime

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.util import assert_that, equal_to

from schemas.documents import Document, KIND_ARTICLE
from tests.conftest import offline_pipeline
from transforms.events.places import Gazetteer
from transforms.mentions import TagEvents, mention_records

UTC = datetime.timezone.utc
PUB = datetime.datetime(2024, 3, 14, 9, 30, tzinfo=UTC)  # a Thursday
FETCHED = datetime.datetime(2024, 3, 14, 12, tzinfo=UTC)

BOMBING = (
    "QUETTA, Pakistan (Wire) - Two suicide bombers blew themselves up at the "
    "gate of a police training centre in Quetta on Wednesday, killing at "
    "least 14 people and wounding 31 others, officials said.\n"
    "The Pakistani Taliban claimed responsibility in a message sent to "
    "journalists.\n"
    "Police arrested three men on Thursday morning in raids on the city's "
    "eastern outskirts.")
ATTAQUE = (
    "Un kamikaze s'est fait exploser mercredi devant un centre de formation "
    "de la police à Quetta, faisant au moins 14 morts et une trentaine de "
    "blessés.")
MARKET = (
    "Onion prices in Lahore fell 12 percent on Monday after 300 trucks "
    "arrived from Sindh, traders said.")
GERMAN = ("Zwei Selbstmordattentäter haben sich am Mittwoch in Quetta in die "
          "Luft gesprengt und 14 Menschen getötet.")


def _document(doc_id, text, language, published_at=PUB, duplicate_of=None):
  url = f"https://news.example.org/{doc_id}"
  return Document(
      url=url, source="test", kind=KIND_ARTICLE, text=text,
      fetched_at=FETCHED, published_at=published_at, canonical_url=url,
      doc_id=doc_id, content_hash=f"hash-{doc_id}", language=language,
      duplicate_of=duplicate_of)


@pytest.fixture(scope="module")
def gazetteer():
  return Gazetteer.load()


def _summary(record):
  return (record.doc_id, record.event_type, record.sub_event_type,
          record.trigger, record.event_date, record.date_precision,
          record.location, record.country_code, record.killed,
          record.injured, record.arrested, record.claimed_by,
          record.language, record.duplicate_of)


EXPLOSIONS, STRATEGIC = "Explosions/Remote violence", "Strategic developments"
D = datetime.date
TTP = "Tehrik-i-Taliban Pakistan"
BOMBING_MENTIONS = [
    ("en-1", EXPLOSIONS, "Suicide bomb", "suicide bombers", D(2024, 3, 13),
     "day", "Quetta", "PK", 14, 31, None, TTP, "en", None),
    ("en-1", STRATEGIC, "Arrests", "arrested", D(2024, 3, 14), "day",
     "Quetta", "PK", None, None, 3, None, "en", None),
]


def test_mention_records_offsets_and_fields(gazetteer):
  document = _document("en-1", BOMBING, "en")
  records = list(mention_records(document, gazetteer))
  assert [_summary(r) for r in records] == BOMBING_MENTIONS
  for record in records:
    assert document.text[record.char_start:record.char_end] == record.trigger
    assert record.trigger in record.sentence
    assert document.text.find(record.sentence) <= record.char_start
    assert record.published_at == PUB and record.fetched_at == FETCHED
    assert 0 < record.confidence < 1
  bombing = records[0]
  assert (bombing.location_kind, bombing.admin1) == ("city", "Balochistan")
  assert bombing.casualty_qualifier == "at_least"
  assert bombing.perpetrator == TTP
  # Arrests count no casualties: no qualifier either.
  assert records[1].casualty_qualifier is None


@pytest.mark.parametrize("document", [
    _document("fr-1", ATTAQUE, "fr"),
    _document("dup-1", BOMBING, "en", duplicate_of="en-0"),
], ids=["french", "copy"])
def test_mention_records_offsets_other_documents(gazetteer, document):
  records = list(mention_records(document, gazetteer))
  assert records
  for record in records:
    assert document.text[record.char_start:record.char_end] == record.trigger
    assert record.duplicate_of == document.duplicate_of
    assert record.language == document.language


def test_mention_records_of_unsupported_or_empty_documents(gazetteer):
  for document in (_document("de-1", GERMAN, "de"),
                   _document("empty-1", "", "en"),
                   _document("market-1", MARKET, "en")):
    assert list(mention_records(document, gazetteer)) == [], document.doc_id


def _counters(result):
  query = result.metrics().query(MetricsFilter().with_namespace("events"))
  return {counter.key.metric.name: counter.committed
          for counter in query["counters"]}


def test_tag_events_pipeline():
  documents = [
      _document("en-1", BOMBING, "en"),
      _document("fr-1", ATTAQUE, "fr"),
      _document("market-1", MARKET, "en"),
      # Unsupported language: counted, skipped, no error.
      _document("de-1", GERMAN, "de"),
      # Empty text: tagged, nothing found.
      _document("empty-1", "", "en"),
      # Bytes, not text (an undecoded body): tagging raises, and the
      # document becomes one errors row.
      _document("bytes-1", BOMBING.encode("utf-8"), "en"),
  ]
  pipeline = offline_pipeline()
  with pipeline as p:
    outputs = p | "Documents" >> beam.Create(documents) | TagEvents()
    assert_that(outputs.mentions | "Summary" >> beam.Map(_summary), equal_to(BOMBING_MENTIONS + [
            ("fr-1", EXPLOSIONS, "Suicide bomb", "kamikaze", D(2024, 3, 13),
             "day", "Quetta", "PK", 14, 30, None, None, "fr", None)]),
        label="Mentions")
    assert_that(
        outputs[TagEvents.ERRORS] | "ErrorSummary" >> beam.Map(lambda e: (e.stage, e.error_type, e.url,
                                          e.message.split(":")[0])),
        equal_to([("events", "tagging_failed",
                   "https://news.example.org/bytes-1", "TypeError")]),
        label="Errors")
  # Leaving the block ran the pipeline; its result holds the counters.
  counters = _counters(pipeline.result)
  assert counters["unsupported_language"] == 1
  assert counters["failed"] == 1
  assert counters["documents_tagged"] == 4
  assert counters["documents_with_events"] == 2
  assert counters["mentions"] == 3


def test_document_without_text_is_an_error():
  with offline_pipeline() as p:
    outputs = (p | beam.Create([_document("none-1", None, "en")])
               | TagEvents())
    assert_that(outputs[TagEvents.ERRORS] | beam.Map(
        lambda e: (e.stage, e.error_type, e.url)),
        equal_to([("events", "tagging_failed",
                   "https://news.example.org/none-1")]), label="Errors")
    assert_that(outputs.mentions, equal_to([]), label="Mentions")
