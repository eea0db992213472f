"""PollFeeds: poll feeds like a good citizen, in cycles or in a stream.

One poll of one target (``poll_target``, plain Python):
- a conditional GET: the ETag and Last-Modified of the last answer are
  sent back exactly as received; a 304 costs no parsing. A local file's
  modification time and size play the validators' part;
- a 200 is read by the backfill's own router (``crawl.route_page``): a
  feed's items become item requests, an OPML file's feeds become new
  targets, a page is the page itself. A target that lists exactly what it
  listed last time (its fingerprint) has changed nothing;
- 410 Gone: never polled again, with an errors row saying so; 301/308:
  the new URL is polled from now on; other failures back off;
- the next poll adapts (``schedule``): the base interval after a change,
  ``backoff`` times longer after each poll that found nothing new, up to
  ``max_interval``; never sooner than the server asks (RSS ``<ttl>``,
  Cache-Control ``max-age``, Expires, Retry-After on 429/503), hints
  capped at ``max_hint`` so a typo cannot silence a feed for a year.
Per-host politeness is the fetcher's (transforms/fetch.py).

Two ways to run it, same function:
- ``PollFeeds()``: a bounded PCollection of FeedState (the monitor's
  micro-batch cycles, with state kept in SQLite by the driver); polls run
  on a thread pool.
- ``PollFeeds(stateful=True)``: (url, FeedState) pairs, one per tick of a
  periodic impulse; the state lives in Beam state per feed, expires
  ``state_ttl`` seconds after the last tick, and a poll runs only when the
  feed is due. ``FilterSeen`` drops items seen before, per item id in Beam
  state, forgotten ``seen_ttl`` seconds after the item was last offered.
"""

import concurrent.futures
import dataclasses
import email.utils
import hashlib
import os
import re
from typing import Optional

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.coders import PickleCoder
from apache_beam.transforms import userstate
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.utils.timestamp import Duration
from apache_beam.utils.windowed_value import WindowedValue

from schemas.errors import ErrorRecord
from schemas.keys import stable_id
from schemas.records import FetchedPage, FetchRequest, ROLE_FEED
from transforms.canonical import normalize_url
from transforms.crawl import RouteResponses, route_page
from transforms.feedstate import ACTIVE, GONE, FeedState
from transforms.fetch import FetchConfig, Fetcher
from transforms.sources import local_page, local_path

__all__ = ["PollConfig", "PollResult", "PolledItem", "PollFeeds",
           "FilterSeen", "poll_target", "schedule", "freshness_hint",
           "item_id", "NOT_MODIFIED", "UNCHANGED", "CHANGED", "FAILED",
           "GONE_OUTCOME"]

_NAMESPACE = "monitor"
# What one poll found.
NOT_MODIFIED = "not_modified"   # 304, or a local file with the same mtime
UNCHANGED = "unchanged"         # read, but it lists what it listed before
CHANGED = "changed"
FAILED = "failed"
GONE_OUTCOME = "gone"
# An RSS <ttl> is in the channel, before the first item.
_TTL = re.compile(rb"<ttl>\s*(\d{1,7})\s*</ttl>", re.IGNORECASE)
_FIRST_ITEM = re.compile(rb"<(?:item|entry)[\s>]", re.IGNORECASE)
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
_HEAD_BYTES = 64 * 1024


@dataclasses.dataclass(frozen=True)
class PollConfig:
  """How often to poll, and how the interval adapts."""
  # Seconds between polls of a feed that changes.
  interval: float = 300.0
  # The longest wait a quiet feed backs off to.
  max_interval: float = 3600.0
  # Each poll that finds nothing new multiplies the wait by this.
  backoff: float = 1.5
  # Server hints (ttl, max-age, Expires, Retry-After) are honoured up to this.
  max_hint: float = 24 * 3600.0
  fetch: FetchConfig = FetchConfig()

  def __post_init__(self):
    if self.interval < 0:
      raise ValueError(f"interval must be >= 0, got {self.interval}")
    if self.max_interval < self.interval:
      raise ValueError(f"max_interval ({self.max_interval}) must be >= "
                       f"interval ({self.interval})")
    if self.backoff < 1:
      raise ValueError(f"backoff must be >= 1, got {self.backoff}")
    if self.max_hint < 0:
      raise ValueError(f"max_hint must be >= 0, got {self.max_hint}")


@dataclasses.dataclass(frozen=True)
class PollResult:
  """A target's state after one poll, and what the poll found."""
  state: FeedState
  outcome: str
  http_status: Optional[int] = None
  # Ids of the items it lists now, when it was read (not on a 304).
  item_ids: tuple = ()


@dataclasses.dataclass(frozen=True)
class PolledItem:
  """An item (article page or transcript) a target lists."""
  target: str
  item_id: str
  request: FetchRequest


def item_id(url: str) -> str:
  """An item's identity: its normalized URL, hashed. The same story in two
  feeds, or under a tracking-parameter variant, is one item."""
  try:
    return stable_id(normalize_url(url))
  except ValueError:
    return stable_id(url)


def _max_age(page: FetchedPage) -> Optional[float]:
  """Seconds the response says it stays fresh: max-age, else Expires."""
  cache_control = (page.header("cache-control") or "").lower()
  if "no-cache" in cache_control or "no-store" in cache_control:
    return None
  match = _MAX_AGE.search(cache_control)
  if match:
    return float(match.group(1))
  expires = page.header("expires")
  if not expires:
    return None
  try:
    when = email.utils.parsedate_to_datetime(expires)
  except (TypeError, ValueError):
    return None  # 'Expires: 0' and other junk mean "already stale".
  if when.tzinfo is None:
    return None
  return max(0.0, (when - page.fetched_at).total_seconds())


def feed_ttl(body: bytes) -> Optional[float]:
  """An RSS channel's <ttl> (minutes) in seconds, if it has one."""
  head = body[:_HEAD_BYTES]
  first_item = _FIRST_ITEM.search(head)
  match = _TTL.search(head, 0, first_item.start() if first_item else len(head))
  return float(match.group(1)) * 60 if match else None


def freshness_hint(page: Optional[FetchedPage],
                   retry_after: Optional[float]) -> float:
  """The longest wait the server asked for, in seconds (0 when none)."""
  hints = [retry_after or 0.0]
  if page is not None:
    hints.append(_max_age(page) or 0.0)
    if page.body:
      hints.append(feed_ttl(page.body) or 0.0)
  return max(hints)


def schedule(state: FeedState, outcome: str, now: float, config: PollConfig,
             hint: float = 0.0) -> FeedState:
  """``state`` with its interval, failure count and next poll time."""
  base = config.interval
  current = base if state.interval is None else state.interval
  failures = 0
  wait = None
  if outcome == CHANGED:
    interval = base
  elif outcome in (NOT_MODIFIED, UNCHANGED):
    interval = min(max(current, base) * config.backoff, config.max_interval)
  else:
    # Failing: keep what was learnt of the feed, wait twice as long each time.
    interval = current
    failures = state.failures + 1
    wait = min(max(base, 1.0) * 2 ** min(failures, 20), config.max_interval)
  wait = max(interval if wait is None else wait, min(hint, config.max_hint))
  return dataclasses.replace(state, interval=interval, failures=failures,
                             next_poll=now + wait)


def _poll_local(state: FeedState):
  """(page or None when unchanged, validator, error) for a local file."""
  path = local_path(state.url)
  try:
    info = os.stat(path)
    validator = f"{info.st_mtime_ns}-{info.st_size}"
    if validator == state.etag:
      return None, validator, None
    return local_page(path, state.source), validator, None
  except OSError as exc:
    return None, None, ErrorRecord(
        stage="source", error_type=type(exc).__name__,
        message=f"cannot read {path}: {exc.strerror or exc}", url=state.url,
        source=state.source)


def _tagged(tag: str, value):
  return pvalue.TaggedOutput(tag, value)


def poll_target(fetcher: Fetcher, state: FeedState, config: PollConfig,
                now: float) -> tuple:
  """(PollResult, [TaggedOutput ...]) of one poll of ``state``.

  Outputs are tagged as PollFeeds' outputs: ITEMS (PolledItem), PAGES and
  TRANSCRIPTS (FetchedPage of a page target), TARGETS (FeedState of a feed
  an OPML file lists) and ERRORS.
  """
  retry_after, http_status = None, None
  if local_path(state.url) is not None:
    page, validator, error = _poll_local(state)
    if validator is not None:
      state = dataclasses.replace(state, etag=validator)
    if page is None and error is None:
      return _result(state, NOT_MODIFIED, now, config), []
  else:
    result, retry_after = fetcher.poll(FetchRequest(
        url=state.where, source=state.source, role=state.role,
        trusted=state.trusted, etag=state.etag,
        last_modified=state.last_modified))
    page, error = (None, result) if isinstance(result, ErrorRecord) else (
        result, None)
    http_status = result.http_status if error else result.status
  if error is not None:
    if error.http_status == 410:
      beam.metrics.Metrics.counter(_NAMESPACE, "gone").inc()
      gone = ErrorRecord(
          stage="feed", error_type="feed_gone",
          message=f"HTTP 410 Gone: {state.where} is no longer polled",
          url=state.where, source=state.source, http_status=410,
          attempts=error.attempts)
      return PollResult(dataclasses.replace(state, status=GONE),
                        GONE_OUTCOME, 410), [_tagged(PollFeeds.ERRORS, gone)]
    return _result(state, FAILED, now, config, retry_after, http_status=(
        http_status)), [_tagged(PollFeeds.ERRORS, error)]
  if page.moved_to and page.moved_to != state.where:
    beam.metrics.Metrics.counter(_NAMESPACE, "moved").inc()
    state = dataclasses.replace(state, poll_url=page.moved_to)
  if page.status == 304:
    state = _with_validators(state, page)
    return _result(state, NOT_MODIFIED, now, config, retry_after, page,
                   http_status), []
  if local_path(state.url) is None:
    state = _with_validators(state, page)
  return _read(state, page, now, config, http_status)


def _with_validators(state: FeedState, page: FetchedPage) -> FeedState:
  # A 304 may carry fresh validators; it may also omit them (keep the old).
  etag = page.header("etag")
  last_modified = page.header("last-modified")
  if page.status == 304:
    return dataclasses.replace(state, etag=etag or state.etag,
                               last_modified=last_modified
                               or state.last_modified)
  return dataclasses.replace(state, etag=etag, last_modified=last_modified)


def _read(state: FeedState, page: FetchedPage, now: float,
          config: PollConfig, http_status) -> tuple:
  """Routes a page that came back whole; its items, pages and targets."""
  outputs, items, page_ids = [], [], []
  for output in route_page(page, max_feed_items=config.fetch.max_feed_items):
    if not isinstance(output, pvalue.TaggedOutput):
      outputs.append(_tagged(PollFeeds.PAGES, output))
      page_ids.append(item_id(output.final_url))
    elif output.tag == RouteResponses.REQUESTS:
      request = output.value
      if request.role == ROLE_FEED:
        outputs.append(_tagged(PollFeeds.TARGETS, FeedState(
            url=request.url, source=request.source, role=ROLE_FEED,
            parent=state.url)))
        page_ids.append(item_id(request.url))
      else:
        items.append(PolledItem(state.url, item_id(request.url), request))
    elif output.tag == RouteResponses.TRANSCRIPTS:
      outputs.append(_tagged(PollFeeds.TRANSCRIPTS, output.value))
      page_ids.append(item_id(output.value.final_url))
    else:
      outputs.append(_tagged(PollFeeds.ERRORS, output.value))
  item_ids = tuple(sorted({item.item_id for item in items}))
  # A page or an OPML file changes with its bytes; a feed with its items
  # (a feed whose <lastBuildDate> moves on every request is no news).
  fingerprint = (stable_id(*item_ids) if items or not page_ids
                 else hashlib.blake2b(page.body, digest_size=16).hexdigest())
  if fingerprint == state.fingerprint:
    return _result(state, UNCHANGED, now, config, None, page, http_status,
                   item_ids), []
  state = dataclasses.replace(state, fingerprint=fingerprint)
  result = _result(state, CHANGED, now, config, None, page, http_status,
                   item_ids)
  return result, outputs + [_tagged(PollFeeds.ITEMS, item) for item in items]


def _result(state, outcome, now, config, retry_after=None, page=None,
            http_status=None, item_ids=()) -> PollResult:
  beam.metrics.Metrics.counter(_NAMESPACE, outcome).inc()
  hint = freshness_hint(page, retry_after)
  return PollResult(schedule(state, outcome, now, config, hint), outcome,
                    http_status, item_ids)


class _PollFn(beam.DoFn):
  """FeedState -> PollResult (main) and the tagged outputs of poll_target.

  Polls run on a thread pool (the fetcher keeps per-host politeness);
  results are emitted at the end of the bundle, each in its element's
  window.
  """

  def __init__(self, config: PollConfig, now: float):
    self._config = config
    self._now = now

  def setup(self):
    self._fetcher = Fetcher(self._config.fetch)
    self._pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=self._config.fetch.max_in_flight,
        thread_name_prefix="poll")

  def start_bundle(self):
    self._pending = []

  def process(self, state: FeedState, window=beam.DoFn.WindowParam,
              timestamp=beam.DoFn.TimestampParam):
    self._pending.append((self._pool.submit(
        poll_target, self._fetcher, state, self._config, self._now),
                          window, timestamp))

  def finish_bundle(self):
    pending, self._pending = self._pending, []
    for future, window, timestamp in pending:
      result, outputs = future.result()
      yield WindowedValue(result, timestamp, [window])
      for output in outputs:
        yield pvalue.TaggedOutput(output.tag, WindowedValue(
            output.value, timestamp, [window]))

  def teardown(self):
    self._pool.shutdown(wait=False, cancel_futures=True)


class _PollStatefulFn(beam.DoFn):
  """(url, FeedState) per tick -> poll_target's outputs, when the feed is due.

  The FeedState of the first tick is the starting point; after that the
  one in Beam state is. Event time is the clock: each tick's timestamp is
  "now", so a replayed stream polls the same way.
  """
  STATE = userstate.ReadModifyWriteStateSpec("feed", PickleCoder())
  EXPIRY = userstate.TimerSpec("expiry", TimeDomain.WATERMARK)

  def __init__(self, config: PollConfig, state_ttl: float):
    self._config = config
    self._state_ttl = state_ttl

  def setup(self):
    self._fetcher = Fetcher(self._config.fetch)

  def process(self, element, timestamp=beam.DoFn.TimestampParam,
              stored=beam.DoFn.StateParam(STATE),
              expiry=beam.DoFn.TimerParam(EXPIRY)):
    _, initial = element
    state = stored.read() or initial
    expiry.set(timestamp + Duration(seconds=self._state_ttl))
    now = float(timestamp.micros) / 1e6
    if state.status != ACTIVE or state.next_poll > now:
      beam.metrics.Metrics.counter(_NAMESPACE, "not_due").inc()
      return
    result, outputs = poll_target(self._fetcher, state, self._config, now)
    stored.write(result.state)
    yield result
    yield from outputs

  @userstate.on_timer(EXPIRY)
  def expire(self, stored=beam.DoFn.StateParam(STATE)):
    # No tick for state_ttl: the feed left the list. Forget it.
    beam.metrics.Metrics.counter(_NAMESPACE, "feed_state_expired").inc()
    stored.clear()


class PollFeeds(beam.PTransform):
  """PCollection[FeedState] (or, stateful, [(url, FeedState)] per tick) ->
  PollResult (main), PolledItem ('items'), FetchedPage ('pages',
  'transcripts'), FeedState of listed feeds ('targets'), ErrorRecord
  ('errors')."""
  ITEMS = "items"
  PAGES = "pages"
  TRANSCRIPTS = "transcripts"
  TARGETS = "targets"
  ERRORS = "errors"

  def __init__(self, config: PollConfig = PollConfig(), now: float = 0.0,
               stateful: bool = False, state_ttl: float = 7 * 24 * 3600.0,
               label=None):
    super().__init__(label)
    if not isinstance(config, PollConfig):
      raise TypeError(f"config must be a PollConfig, got {type(config)}")
    if state_ttl <= 0:
      raise ValueError(f"state_ttl must be > 0, got {state_ttl}")
    self._config = config
    self._now = now
    self._stateful = stateful
    self._state_ttl = state_ttl

  def expand(self, targets):
    tags = (self.ITEMS, self.PAGES, self.TRANSCRIPTS, self.TARGETS,
            self.ERRORS)
    do_fn = (_PollStatefulFn(self._config, self._state_ttl) if self._stateful
             else _PollFn(self._config, self._now))
    return targets | "Poll" >> beam.ParDo(do_fn).with_outputs(
        *tags, main="results")


class _FilterSeenFn(beam.DoFn):
  """(item_id, PolledItem) -> the PolledItem, the first time its id comes."""
  SEEN = userstate.ReadModifyWriteStateSpec("seen", PickleCoder())
  EXPIRY = userstate.TimerSpec("expiry", TimeDomain.WATERMARK)

  def __init__(self, seen_ttl: float):
    self._seen_ttl = seen_ttl

  def process(self, element, timestamp=beam.DoFn.TimestampParam,
              seen=beam.DoFn.StateParam(SEEN),
              expiry=beam.DoFn.TimerParam(EXPIRY)):
    _, item = element
    # Offered again: the clock restarts, so an item still in a feed is
    # never forgotten and fetched twice.
    expiry.set(timestamp + Duration(seconds=self._seen_ttl))
    if seen.read():
      beam.metrics.Metrics.counter(_NAMESPACE, "items_seen_before").inc()
      return
    seen.write(True)
    beam.metrics.Metrics.counter(_NAMESPACE, "items_new").inc()
    yield item

  @userstate.on_timer(EXPIRY)
  def expire(self, seen=beam.DoFn.StateParam(SEEN)):
    beam.metrics.Metrics.counter(_NAMESPACE, "seen_expired").inc()
    seen.clear()


class FilterSeen(beam.PTransform):
  """PCollection[PolledItem] -> the items whose id was not seen within
  ``seen_ttl`` seconds (in Beam state; for a streaming pipeline)."""

  def __init__(self, seen_ttl: float, label=None):
    super().__init__(label)
    if seen_ttl <= 0:
      raise ValueError(f"seen_ttl must be > 0, got {seen_ttl}")
    self._seen_ttl = seen_ttl

  def expand(self, items):
    return (items
            | "KeyByItem" >> beam.Map(lambda item: (item.item_id, item))
            | "FirstSighting" >> beam.ParDo(_FilterSeenFn(self._seen_ttl)))

