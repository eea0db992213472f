"""PollFeeds: conditional GETs, adaptive intervals, server hints, 410/301/429,
and the streaming graph's stateful parts under TestStream.

HTTP goes to a real server on 127.0.0.1 (tests/fixture_server.py); feeds
and pages are invented (tests/live_feeds.py).
"""

import datetime
import os

import apache_beam as beam
import pytest
from apache_beam.testing import test_stream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms import window
from apache_beam.utils.timestamp import Timestamp

from schemas.records import FetchedPage, FetchRequest, ROLE_SOURCE
from tests.conftest import offline_pipeline
from tests.live_feeds import LiveFeeds
from transforms.feedstate import GONE, FeedState
from transforms.fetch import FetchConfig, Fetcher
from transforms.polling import (CHANGED, FAILED, GONE_OUTCOME, NOT_MODIFIED,
                                UNCHANGED, FilterSeen, PollConfig, PollFeeds,
                                PolledItem, freshness_hint, item_id,
                                poll_target, schedule)
from transforms.sources import file_uri

_FETCH = FetchConfig(per_host_delay=0, max_attempts=1, total_timeout=5)
_CONFIG = PollConfig(interval=60, max_interval=600, fetch=_FETCH)
_NOW = 1_900_000_000.0


def _target(url, **fields) -> FeedState:
  return FeedState(url=url, source=url, role=ROLE_SOURCE, parent="source:" + url,
                   trusted=True, **fields)


@pytest.mark.parametrize("outcome,interval,failures,want_interval,want_wait", [
    (CHANGED, 240.0, 0, 60.0, 60.0),
    (NOT_MODIFIED, 60.0, 0, 90.0, 90.0),
    (UNCHANGED, 500.0, 0, 600.0, 600.0),     # Capped at max_interval.
    (FAILED, 90.0, 0, 90.0, 120.0),          # Waits double per failure...
    (FAILED, 90.0, 3, 90.0, 600.0),          # ... up to max_interval.
], ids=["changed-resets", "304-backs-off", "capped", "failed-once",
        "failed-often"])
def test_schedule(outcome, interval, failures, want_interval, want_wait):
  state = schedule(_target("https://example.org/f", interval=interval,
                           failures=failures), outcome, _NOW, _CONFIG)
  assert (state.interval, state.next_poll - _NOW) == (want_interval, want_wait)


def test_schedule_honours_hints_up_to_max_hint():
  state = _target("https://example.org/f")
  assert schedule(state, CHANGED, _NOW, _CONFIG, hint=1800).next_poll == (
      _NOW + 1800)
  assert schedule(state, CHANGED, _NOW, _CONFIG, hint=10 ** 9).next_poll == (
      _NOW + _CONFIG.max_hint)


def _page(headers=(), body=b""):
  return FetchedPage(
      request=FetchRequest("https://example.org/f", "s"),
      final_url="https://example.org/f", status=200, content_type="",
      body=body, fetched_at=datetime.datetime(2030, 1, 1, 12,
                                              tzinfo=datetime.timezone.utc),
      headers=tuple(headers))


@pytest.mark.parametrize("page,retry_after,want", [
    (_page([("cache-control", "public, max-age=900")]), None, 900.0),
    (_page([("cache-control", "no-cache, max-age=900")]), None, 0.0),
    (_page([("expires", "Tue, 01 Jan 2030 13:00:00 GMT")]), None, 3600.0),
    (_page([("expires", "0")]), None, 0.0),
    (_page(body=b"<rss><channel><ttl>15</ttl><item><ttl>999</ttl></item>"),
     None, 900.0),
    (None, 120.0, 120.0),
], ids=["max-age", "no-cache", "expires", "bad-expires", "rss-ttl",
        "retry-after"])
def test_freshness_hint(page, retry_after, want):
  assert freshness_hint(page, retry_after) == want


def test_conditional_get_304_costs_no_parsing(server):
  live = LiveFeeds(server, validators="both")
  live.publish("/f.xml", 2)
  fetcher = Fetcher(_FETCH)
  first, outputs = poll_target(fetcher, _target(server.url("/f.xml")),
                               _CONFIG, _NOW)
  assert first.outcome == CHANGED
  assert first.state.etag == '"f.xml-v1"'
  items = [o.value for o in outputs if o.tag == PollFeeds.ITEMS]
  assert sorted(item.request.url for item in items) == sorted(
      server.url(p) for p in live.pages)
  assert {item.item_id for item in items} == set(first.item_ids)

  second, outputs = poll_target(fetcher, first.state, _CONFIG, _NOW + 60)
  assert (second.outcome, second.http_status, outputs) == (NOT_MODIFIED, 304,
                                                           [])
  headers = server.requests[-1][2]
  assert headers["If-None-Match"] == '"f.xml-v1"'
  assert headers["If-Modified-Since"] == first.state.last_modified
  assert second.state.interval == 90.0  # Backed off.


def test_same_items_with_new_bytes_are_no_change(server):
  live = LiveFeeds(server)
  live.publish("/f.xml", 1)
  fetcher = Fetcher(_FETCH)
  first, _ = poll_target(fetcher, _target(server.url("/f.xml")), _CONFIG, _NOW)
  live.set_extra("/f.xml", "<lastBuildDate>now</lastBuildDate>")
  second, outputs = poll_target(fetcher, first.state, _CONFIG, _NOW + 60)
  assert (second.outcome, second.http_status, outputs) == (UNCHANGED, 200, [])
  assert second.state.etag == '"f.xml-v2"'


def test_gone_moved_rate_limited_and_malformed(server):
  fetcher = Fetcher(_FETCH)
  server.add("/gone.xml", status=410, content="gone")
  result, outputs = poll_target(fetcher, _target(server.url("/gone.xml")),
                                _CONFIG, _NOW)
  assert (result.outcome, result.state.status) == (GONE_OUTCOME, GONE)
  [error] = [o.value for o in outputs]
  assert (error.stage, error.error_type, error.http_status) == (
      "feed", "feed_gone", 410)

  live = LiveFeeds(server)
  live.publish("/new.xml", 1)
  server.add("/old.xml", status=308, headers={"Location": "/new.xml"})
  server.add("/hop.xml", status=302, headers={"Location": "/old.xml"})
  result, _ = poll_target(fetcher, _target(server.url("/old.xml")), _CONFIG,
                          _NOW)
  assert result.state.poll_url == server.url("/new.xml")
  # A temporary hop first: the listed URL is not where the feed lives.
  result, _ = poll_target(fetcher, _target(server.url("/hop.xml")), _CONFIG,
                          _NOW)
  assert result.state.poll_url is None

  server.add("/busy.xml", status=429, headers={"Retry-After": "7200"},
             content="slow down")
  result, outputs = poll_target(fetcher, _target(server.url("/busy.xml")),
                                _CONFIG, _NOW)
  assert (result.outcome, result.state.failures) == (FAILED, 1)
  assert result.state.next_poll == _NOW + 7200  # Retry-After honoured.
  assert server.hits("/busy.xml") == 1  # Not retried within the poll.
  assert [o.value.http_status for o in outputs] == [429]

  server.add("/broken.xml", status=200, content="<rss><channel><item><title>x",
             headers={"Content-Type": "application/rss+xml"})
  result, outputs = poll_target(fetcher, _target(server.url("/broken.xml")),
                                _CONFIG, _NOW)
  assert result.outcome == CHANGED
  assert [(o.value.stage, o.value.error_type) for o in outputs
          if o.tag == PollFeeds.ERRORS][:1] == [("feed", "malformed_feed")]


def test_local_file_polled_by_modification_time(tmp_path):
  path = tmp_path / "feed.xml"
  path.write_text("<rss version='2.0'><channel><title>t</title><item><link>"
                  "https://example.org/a</link></item></channel></rss>")
  fetcher = Fetcher(_FETCH)
  first, outputs = poll_target(fetcher, _target(file_uri(str(path))), _CONFIG,
                               _NOW)
  assert first.outcome == CHANGED and len(outputs) == 1
  second, outputs = poll_target(fetcher, first.state, _CONFIG, _NOW + 60)
  assert (second.outcome, outputs) == (NOT_MODIFIED, [])
  os.remove(path)
  third, outputs = poll_target(fetcher, second.state, _CONFIG, _NOW + 120)
  assert third.outcome == FAILED
  assert [o.value.stage for o in outputs] == ["source"]


def test_poll_feeds_transform(server):
  live = LiveFeeds(server)
  live.publish("/f.xml", 2)
  server.add("/missing.xml", status=404, content="no")
  targets = [_target(server.url("/f.xml")), _target(server.url("/missing.xml"))]
  with offline_pipeline() as pipeline:
    polled = (pipeline | beam.Create(targets)
              | PollFeeds(_CONFIG, now=_NOW))
    assert_that(polled.results | "Outcomes" >> beam.Map(
        lambda r: (r.state.url, r.outcome)), equal_to([
            (server.url("/f.xml"), CHANGED),
            (server.url("/missing.xml"), FAILED)]), label="Outcomes")
    assert_that(polled[PollFeeds.ITEMS] | "Urls" >> beam.Map(
        lambda item: item.request.url), equal_to(
            [server.url(p) for p in live.pages]), label="Items")
    assert_that(polled[PollFeeds.ERRORS] | "Errors" >> beam.Map(
        lambda e: (e.stage, e.http_status, e.url)), equal_to([
            ("fetch", 404, server.url("/missing.xml"))]), label="Errors")


def test_item_id_is_the_normalized_url():
  assert item_id("https://Example.org/a?utm_source=x#top") == item_id(
      "https://example.org/a")
  assert item_id("https://example.org/a") != item_id("https://example.org/b")


# --- Streaming: per-feed state, seen ids with expiry, windows (TestStream) ---

def _streaming_pipeline():
  from apache_beam.options.pipeline_options import PipelineOptions
  options = PipelineOptions(["--streaming"])
  return beam.Pipeline("BundleBasedDirectRunner", options=options)


def _at(seconds: float) -> Timestamp:
  return Timestamp(_NOW + seconds)


def test_stateful_polls_keep_feed_state_and_poll_when_due(server):
  live = LiveFeeds(server)
  live.publish("/f.xml", 1)
  target = _target(server.url("/f.xml"))
  ticks = (test_stream.TestStream()
           .advance_watermark_to(_at(0))
           .add_elements([beam.window.TimestampedValue("tick", _at(0))])
           .add_elements([beam.window.TimestampedValue("tick", _at(30))])
           .add_elements([beam.window.TimestampedValue("tick", _at(60))])
           .add_elements([beam.window.TimestampedValue("tick", _at(140))])
           .advance_watermark_to_infinity())
  with _streaming_pipeline() as pipeline:
    polled = (pipeline | ticks
              | beam.Map(lambda _tick: (target.url, target))
              | PollFeeds(_CONFIG, stateful=True))
    # Tick 0 reads it; 30 is too early; 60 gets a 304 (the validators were
    # kept in state); 140 is before the backed-off 60 + 90: not due.
    assert_that(polled.results | beam.Map(
        lambda r: (r.outcome, r.http_status, r.state.interval)),
                equal_to([(CHANGED, 200, 60.0), (NOT_MODIFIED, 304, 90.0)]))
  assert [status for path, status in server.statuses
          if path == "/f.xml"] == [200, 304]


def _item(url: str) -> PolledItem:
  return PolledItem("feed", item_id(url), FetchRequest(url, "feed"))


def test_filter_seen_expires_and_windows():
  a, b = "https://example.org/a", "https://example.org/b"
  stream = (test_stream.TestStream()
            .advance_watermark_to(_at(0))
            .add_elements([beam.window.TimestampedValue(_item(a), _at(1)),
                           beam.window.TimestampedValue(_item(b), _at(2))])
            # Seen within the TTL (100 s): dropped.
            .add_elements([beam.window.TimestampedValue(_item(a), _at(50))])
            .advance_watermark_to(_at(60))
            # Offered at 50, so remembered until 150: still dropped.
            .add_elements([beam.window.TimestampedValue(_item(a), _at(120))])
            .advance_watermark_to(_at(400))
            # b was forgotten at 102 (its expiry timer fired): new again.
            .add_elements([beam.window.TimestampedValue(_item(b), _at(401))])
            .advance_watermark_to_infinity())
  with _streaming_pipeline() as pipeline:
    passed = (pipeline | stream
              | FilterSeen(seen_ttl=100)
              | beam.WindowInto(window.FixedWindows(60))
              | beam.Map(lambda item: item.request.url)
              | beam.combiners.ToList().without_defaults())
    assert_that(passed | beam.Map(sorted), equal_to([[a, b], [b]]))


def test_feed_state_expires_without_ticks(server):
  live = LiveFeeds(server)
  live.publish("/f.xml", 1)
  target = _target(server.url("/f.xml"))
  ticks = (test_stream.TestStream()
           .advance_watermark_to(_at(0))
           .add_elements([beam.window.TimestampedValue("tick", _at(0))])
           # No tick for longer than state_ttl: the state is cleared, so
           # the next tick starts from the listed target (a full GET).
           .advance_watermark_to(_at(1000))
           .add_elements([beam.window.TimestampedValue("tick", _at(1001))])
           .advance_watermark_to_infinity())
  with _streaming_pipeline() as pipeline:
    polled = (pipeline | ticks
              | beam.Map(lambda _tick: (target.url, target))
              | PollFeeds(_CONFIG, stateful=True, state_ttl=500))
    assert_that(polled.results | beam.Map(lambda r: r.outcome),
                equal_to([CHANGED, CHANGED]))
  assert [status for path, status in server.statuses
          if path == "/f.xml"] == [200, 200]
  assert "If-None-Match" not in server.requests[-1][2]


def test_streaming_graph_end_to_end(server, tmp_path):
  """monitor.build_streaming on TestStream ticks: polls, seen filter,
  windows, and the backfill's stages down to Parquet."""
  from pipelines import monitor
  from tests.conftest import read_dataset
  live = LiveFeeds(server)
  live.publish("/f.xml", 2)
  output = str(tmp_path / "out")
  the_plan = monitor.MonitorPlan(
      sources=(server.url("/f.xml"),), output=output, poll=_CONFIG,
      shards_per_day=1, beam_args=(), seen_ttl=3600.0, streaming=True)
  targets, _, _ = monitor.expand_sources(the_plan.sources)
  ticks = (test_stream.TestStream()
           .advance_watermark_to(_at(0))
           .add_elements([beam.window.TimestampedValue("tick", _at(0))])
           .advance_watermark_to(_at(60))
           .add_elements([beam.window.TimestampedValue("tick", _at(60))])
           .advance_watermark_to_infinity())
  with _streaming_pipeline() as pipeline:
    monitor.build_streaming(pipeline | ticks, targets, the_plan)
  urls = sorted(row["url"] for row in read_dataset(output, "documents"))
  assert urls == sorted(server.url(path) for path in live.pages)
  assert [status for path, status in server.statuses
          if path == "/f.xml"] == [200, 304]
