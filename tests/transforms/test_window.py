"""parse_window_bound, DateWindow and the KeepInWindow stage."""

import datetime

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.util import assert_that, equal_to

from schemas.documents import Document, KIND_ARTICLE
from tests.conftest import offline_pipeline
from transforms.window import DateWindow, KeepInWindow, parse_window_bound

UTC = datetime.timezone.utc


def _utc(*args):
  return datetime.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize("value, end, expected", [
    ("2024-03-05", False, _utc(2024, 3, 5)),
    ("2024-03-05", True, _utc(2024, 3, 6)),
    ("2024-12-31", True, _utc(2025, 1, 1)),
    ("2024-02-28", True, _utc(2024, 2, 29)),
    (" 2024-03-05 ", False, _utc(2024, 3, 5)),
    ("2024-03-05T12:30:00Z", True, _utc(2024, 3, 5, 12, 30)),
    ("2024-03-05T12:30:00+02:00", False, _utc(2024, 3, 5, 10, 30)),
    ("2024-03-05T12:30:00", False, _utc(2024, 3, 5, 12, 30)),
], ids=["since_date", "until_date_whole_day", "until_year_end",
        "until_leap_day", "spaces", "timestamp_end_is_exact", "offset",
        "naive_timestamp_is_utc"])
def test_parse_window_bound(value, end, expected):
  assert parse_window_bound(value, end) == expected


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "", "05/03/2024"],
                         ids=["word", "bad_month", "empty", "dmy"])
def test_parse_window_bound_rejects_garbage(value):
  with pytest.raises(ValueError):
    parse_window_bound(value, end=False)


@pytest.mark.parametrize("since, until", [
    ("2024-03-05", "2024-03-05T00:00:00Z"),
    ("2024-03-06", "2024-03-05"),
    ("2024-03-05T12:00:00Z", "2024-03-05T11:00:00Z"),
], ids=["equal", "since_after_until", "timestamps_reversed"])
def test_since_not_before_until_raises(since, until):
  with pytest.raises(ValueError, match="is not before"):
    DateWindow(parse_window_bound(since, end=False),
               parse_window_bound(until, end=True))


def test_same_day_window_is_valid():
  window = DateWindow(parse_window_bound("2024-03-05", False),
                      parse_window_bound("2024-03-05", True))
  assert window.contains(_utc(2024, 3, 5, 0, 0))
  assert window.contains(_utc(2024, 3, 5, 23, 59, 59))
  assert not window.contains(_utc(2024, 3, 6))


MARCH = DateWindow(parse_window_bound("2024-03-01", end=False),
                   parse_window_bound("2024-03-31", end=True))


@pytest.mark.parametrize("window, when, expected", [
    (MARCH, _utc(2024, 3, 1), True),
    (MARCH, _utc(2024, 2, 29, 23, 59, 59), False),
    (MARCH, _utc(2024, 3, 31, 23, 59, 59, 999999), True),
    (MARCH, _utc(2024, 4, 1), False),
    (MARCH, datetime.datetime(2024, 4, 1, 1, 0, tzinfo=datetime.timezone(
        datetime.timedelta(hours=2))), True),
    (MARCH, None, False),
    (DateWindow(), None, True),
    (DateWindow(), _utc(1995, 1, 1), True),
    (DateWindow(since=_utc(2024, 3, 1)), _utc(2030, 1, 1), True),
    (DateWindow(since=_utc(2024, 3, 1)), None, False),
    (DateWindow(until=_utc(2024, 3, 1)), _utc(2024, 2, 1), True),
    (DateWindow(until=_utc(2024, 3, 1)), _utc(2024, 3, 1), False),
], ids=["since_inclusive", "just_before", "last_microsecond_of_until_day",
        "day_after_until", "other_offset_same_instant", "undated_closed",
        "undated_open", "open_anything", "since_only", "since_only_undated",
        "until_only", "until_exclusive"])
def test_date_window_contains(window, when, expected):
  assert window.contains(when) is expected


def _document(url, published_at):
  return Document(url=url, source="test", kind=KIND_ARTICLE, text="x",
                  fetched_at=_utc(2024, 4, 2), published_at=published_at)


def _run_keep_in_window(window, documents, expected_urls):
  p = offline_pipeline()
  kept = (p | beam.Create(documents) | KeepInWindow(window)
          | beam.Map(lambda d: d.url))
  assert_that(kept, equal_to(expected_urls))
  result = p.run()
  result.wait_until_finish()
  return {c.key.metric.name: c.committed for c in result.metrics().query(
      MetricsFilter().with_namespace("window"))["counters"]}


def test_keep_in_window_stage():
  documents = [
      _document("https://a.example/first-day", _utc(2024, 3, 1)),
      _document("https://a.example/last-minute", _utc(2024, 3, 31, 23, 59)),
      _document("https://a.example/too-early", _utc(2024, 2, 29, 23, 59)),
      _document("https://a.example/too-late", _utc(2024, 4, 1)),
      # Malformed for a closed window: no date to place it by.
      _document("https://a.example/undated", None),
  ]
  counters = _run_keep_in_window(MARCH, documents, [
      "https://a.example/first-day", "https://a.example/last-minute"])
  assert counters == {"outside_window": 2, "undated": 1}


def test_open_window_keeps_everything_including_undated():
  documents = [_document("https://a.example/undated", None),
               _document("https://a.example/old", _utc(1999, 1, 1))]
  counters = _run_keep_in_window(DateWindow(), documents, [
      "https://a.example/undated", "https://a.example/old"])
  assert counters == {}
