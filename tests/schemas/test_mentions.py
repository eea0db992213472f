"""MentionRecord: validation, stable ids, rows that fit MENTIONS_SCHEMA."""

import dataclasses
import datetime

import pyarrow as pa
import pytest

from schemas.mentions import (CASUALTY_QUALIFIERS, DATE_PRECISIONS,
                              EVENT_TYPES, MENTIONS_SCHEMA, MentionRecord)
from schemas.version import DATASET_KEY

UTC = datetime.timezone.utc
SENTENCE = "A car bomb exploded in Kabul on Monday, killing five people."


def _record(**changes):
  record = dict(
      doc_id="doc-1", event_type="Explosions/Remote violence",
      sub_event_type="Remote explosive/landmine/IED", trigger="car bomb",
      char_start=2, char_end=10, sentence=SENTENCE,
      event_date=datetime.date(2024, 3, 11), date_precision="day",
      location="Kabul", location_kind="city", admin1="Kabul",
      country_code="AF", latitude=34.5, longitude=69.2, killed=5,
      injured=None, arrested=None, casualty_qualifier="exact",
      perpetrator=None, perpetrator_status=None, claimed_by=None,
      actors=[], background=False, confidence=0.9, language="en",
      duplicate_of=None,
      published_at=datetime.datetime(2024, 3, 12, 8, tzinfo=UTC),
      fetched_at=datetime.datetime(2024, 3, 12, 9, tzinfo=UTC))
  record.update(changes)
  return MentionRecord(**record)


def test_trigger_offsets_in_the_sentence_fixture():
  assert SENTENCE[2:10] == "car bomb"


@pytest.mark.parametrize("changes, message", [
    ({"event_type": "Bombings"}, "unknown event_type"),
    ({"event_type": "Remote explosive/landmine/IED"}, "unknown event_type"),
    ({"char_start": 10, "char_end": 10}, "char_end"),
    ({"char_start": 10, "char_end": 2}, "char_end"),
], ids=["unknown_type", "sub_type_as_type", "empty_span", "reversed_span"])
def test_invalid_records_raise(changes, message):
  with pytest.raises(ValueError, match=message):
    _record(**changes)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_every_event_type_is_valid(event_type):
  assert _record(event_type=event_type).event_type == event_type


def test_mention_id_is_stable():
  first = _record()
  # Same document, trigger position and sub-type: same id, whatever the
  # facts (a re-run that reads a new toll replaces the row).
  assert _record(killed=9, confidence=0.5).mention_id == first.mention_id
  assert len(first.mention_id) == 32
  assert first.mention_id == _record().mention_id
  others = {_record(doc_id="doc-2").mention_id,
            _record(char_start=3).mention_id,
            _record(sub_event_type="Suicide bomb").mention_id}
  assert first.mention_id not in others
  assert len(others) == 3


def test_to_row_matches_the_schema():
  records = [
      _record(),
      _record(doc_id="doc-2", event_type="Strategic developments",
              sub_event_type="Arrests", trigger="arrested", char_start=7,
              char_end=15, killed=None, arrested=4, casualty_qualifier=None,
              perpetrator="police", perpetrator_status="stated",
              actors=["police"], event_date=None, date_precision=None,
              location=None, location_kind=None, admin1=None,
              country_code=None, latitude=None, longitude=None,
              published_at=None, confidence=0.85),
  ]
  rows = [record.to_row() for record in records]
  assert all(sorted(row) == sorted(MENTIONS_SCHEMA.names) for row in rows)
  table = pa.Table.from_pylist(rows, schema=MENTIONS_SCHEMA)
  assert table.num_rows == 2
  assert table.schema.metadata[DATASET_KEY] == b"mentions"
  back = table.to_pylist()
  assert back[0]["mention_id"] == records[0].mention_id
  assert back[1]["actors"] == ["police"]
  assert back[1]["published_at"] is None


def test_to_row_cleans_text():
  row = _record(sentence="A car\x00 bomb", actors=["al-Shabaab\x00"]).to_row()
  assert row["sentence"] == "A car bomb"
  assert row["actors"] == ["al-Shabaab"]


def test_vocabularies():
  assert "at_least" in CASUALTY_QUALIFIERS
  assert DATE_PRECISIONS == ("day", "month", "year")


def test_record_is_frozen():
  with pytest.raises(dataclasses.FrozenInstanceError):
    _record().killed = 3
