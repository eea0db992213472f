"""ErrorRecord: one row per rejected record, with a stable id."""

import datetime

import pyarrow as pa
import pytest

from schemas.errors import ERRORS_SCHEMA, STAGES, ErrorRecord
from schemas.records import FeedItem, FetchedPage, FetchRequest, ROLE_ITEM

UTC = datetime.timezone.utc
AT = datetime.datetime(2024, 3, 6, 12, 0, tzinfo=UTC)


def test_unknown_stage_is_refused():
  with pytest.raises(ValueError, match="unknown stage 'parse'"):
    ErrorRecord(stage="parse", error_type="x", message="m")


@pytest.mark.parametrize("stage", STAGES, ids=list(STAGES))
def test_every_declared_stage_is_accepted(stage):
  assert ErrorRecord(stage=stage, error_type="x", message="m").stage == stage


def test_error_id_is_stable_and_ignores_time():
  first = ErrorRecord(stage="fetch", error_type="http_404", message="gone",
                      url="https://a.example/x", source="s", at=AT)
  again = ErrorRecord(stage="fetch", error_type="http_404", message="gone",
                      url="https://a.example/x", source="s",
                      at=AT + datetime.timedelta(days=1))
  assert first.error_id == again.error_id
  assert len(first.error_id) == 32


@pytest.mark.parametrize("field, value", [
    ("stage", "extract"), ("error_type", "http_500"),
    ("url", "https://a.example/y"), ("source", "other"),
    ("message", "moved"),
], ids=["stage", "error_type", "url", "source", "message"])
def test_error_id_changes_with_identity_fields(field, value):
  base = dict(stage="fetch", error_type="http_404", message="gone",
              url="https://a.example/x", source="s", at=AT)
  changed = dict(base, **{field: value})
  assert ErrorRecord(**base).error_id != ErrorRecord(**changed).error_id


def test_to_row_matches_schema_and_bounds_message():
  record = ErrorRecord(stage="extract", error_type="extractor_failure",
                       message="x" * 5000, url="https://a.example/x", at=AT)
  row = record.to_row()
  assert sorted(row) == sorted(ERRORS_SCHEMA.names)
  assert len(row["message"]) == 2000
  assert row["error_id"] == record.error_id
  table = pa.Table.from_pylist([row], schema=ERRORS_SCHEMA)
  assert table.num_rows == 1


def test_for_page_carries_url_source_status_attempts_and_item_date():
  published = datetime.datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
  page = FetchedPage(
      request=FetchRequest(url="https://a.example/x?utm_source=rss",
                           source="https://a.example/feed", role=ROLE_ITEM,
                           item=FeedItem(published_at=published)),
      final_url="https://a.example/x", status=200, content_type="text/html",
      body=b"", fetched_at=AT, attempts=2)
  record = ErrorRecord.for_page(page, "extract", "no_text", "nothing")
  assert (record.url, record.source, record.http_status, record.attempts,
          record.published_at, record.stage, record.error_type) == (
              "https://a.example/x", "https://a.example/feed", 200, 2,
              published, "extract", "no_text")
