"""FetchPages: HTTP(S) fetching with timeouts, size limits, retries and politeness.

This module is the only one that opens network connections. Every request:
- has a connect timeout, a read timeout and an overall deadline per attempt;
- reads at most ``max_bytes`` of (decompressed) body, so a gzip bomb or a
  50 MB page becomes an errors row instead of an out-of-memory worker;
- follows at most ``max_redirects`` redirects by hand, each hop checked to be
  http(s), and records the final URL;
- is retried with exponential backoff and jitter on connection errors,
  timeouts, 429 and 5xx, honouring Retry-After, up to ``max_attempts``;
- waits for a per-host slot: at most ``per_host_concurrency`` requests in
  flight to one host, starts at least ``per_host_delay`` seconds apart.

requests (over urllib3) is the client: it streams bodies so the size cap is
enforced while reading, decodes gzip/deflate, lets redirects be followed one
hop at a time, and accepts transport adapters, which is how the offline
replay archive (the bundled sample corpus) plugs in without a socket.
"""

import concurrent.futures
import dataclasses
import datetime
import email.utils
import json
import logging
import os
import random
import re
import threading
import time
import urllib.parse
from typing import Optional, Union

import apache_beam as beam
import urllib3
from apache_beam import pvalue
from apache_beam.utils.windowed_value import WindowedValue

from schemas.errors import ErrorRecord
from schemas.records import FetchedPage, FetchRequest
from transforms import progress
from transforms.canonical import normalize_url
from transforms.content import (FEED, HTML, OPML, charset_of,
                                classify_content, is_binary_content_type)
from transforms.netguard import BlockedAddressError, GuardedAdapter

__all__ = ["FetchConfig", "Fetcher", "FetchPages", "ReplayArchive",
           "DEFAULT_USER_AGENT"]

_LOG = logging.getLogger(__name__)
_NAMESPACE = "fetch"

DEFAULT_USER_AGENT = (
    "news-ingest/0.1 (open-source news ingestion pipeline; Apache Beam)")
_ALLOWED_SCHEMES = ("http", "https")
_RETRY_STATUSES = frozenset({429}) | frozenset(range(500, 600))
_PERMANENT_REDIRECTS = frozenset({301, 308})
# Response headers a poller needs again: validators for the next
# conditional GET and the server's word on how long the answer stays fresh.
_KEPT_HEADERS = ("etag", "last-modified", "cache-control", "expires")
_CHUNK_BYTES = 64 * 1024
# Enough of a body's start to tell a feed from a page.
_SNIFF_BYTES = 4096


@dataclasses.dataclass(frozen=True)
class FetchConfig:
  """How politely and how patiently to fetch."""
  connect_timeout: float = 5.0
  read_timeout: float = 10.0
  # Overall budget of one attempt, connection to last byte.
  total_timeout: float = 20.0
  max_bytes: int = 10 * 1024 * 1024
  # Feeds are cut at this size instead of failing: the items before the cut
  # are worth having (a 50 MB archive feed), and the cut is an errors row.
  max_feed_bytes: int = 20 * 1024 * 1024
  # Items read from one feed. Real feeds carry tens to hundreds; 100,000
  # entries would cost minutes and GBs in feedparser, and hours of polite
  # fetching from one host.
  max_feed_items: int = 1_000
  max_redirects: int = 5
  max_attempts: int = 3
  backoff_base: float = 0.5
  # A Retry-After longer than this is not waited for: the URL fails instead
  # of stalling a worker for minutes.
  max_retry_after: float = 30.0
  per_host_concurrency: int = 2
  per_host_delay: float = 0.25
  # Requests in flight at once in one worker, across all hosts.
  max_in_flight: int = 16
  user_agent: str = DEFAULT_USER_AGENT
  # A directory with manifest.json: serve URLs from it instead of the network.
  replay_archive: Optional[str] = None
  # Refuse URLs (other than the command line's own) that resolve to
  # loopback, private, link-local or metadata addresses; see netguard.py.
  block_private_addresses: bool = False

  def __post_init__(self):
    for name in ("connect_timeout", "read_timeout", "total_timeout",
                 "backoff_base", "max_retry_after", "per_host_delay"):
      if getattr(self, name) < 0:
        raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")
    for name in ("max_bytes", "max_feed_bytes", "max_feed_items",
                 "max_attempts", "per_host_concurrency", "max_in_flight"):
      if getattr(self, name) < 1:
        raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
    if self.max_redirects < 0:
      raise ValueError(f"max_redirects must be >= 0, got {self.max_redirects}")


class _HostSlots:
  """Per-host concurrency limit and minimum spacing between request starts."""

  def __init__(self, concurrency: int, delay: float):
    self._concurrency = concurrency
    self._delay = delay
    self._lock = threading.Lock()
    self._semaphores = {}
    self._next_start = {}

  def acquire(self, host: str) -> None:
    with self._lock:
      semaphore = self._semaphores.setdefault(
          host, threading.BoundedSemaphore(self._concurrency))
    semaphore.acquire()
    with self._lock:
      now = time.monotonic()
      start = max(now, self._next_start.get(host, now))
      self._next_start[host] = start + self._delay
    if start > now:
      time.sleep(start - now)

  def release(self, host: str) -> None:
    self._semaphores[host].release()


class ReplayArchive:
  """Responses recorded in a directory, served as if fetched.

  ``manifest.json`` lists ``{"url", "status", "headers", "body"}`` entries,
  ``body`` a path relative to the directory. URLs are matched on their
  normalized form, so tracking-parameter variants find the same page. A URL
  not in the archive answers like a server that does not know it: 404.
  """

  def __init__(self, directory: str):
    self._directory = directory
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
      manifest = json.load(f)
    self._responses = {normalize_url(entry["url"]): entry
                       for entry in manifest["responses"]}

  def lookup(self, url: str) -> tuple:
    """(status, headers, body bytes) for ``url``."""
    try:
      entry = self._responses.get(normalize_url(url))
    except ValueError:
      entry = None
    if entry is None:
      return 404, {"Content-Type": "text/plain"}, b"not in replay archive"
    body = b""
    if entry.get("body"):
      with open(os.path.join(self._directory, entry["body"]), "rb") as f:
        body = f.read()
    return entry.get("status", 200), dict(entry.get("headers", {})), body


def _replay_adapter(archive: ReplayArchive):
  """A requests transport adapter answering from ``archive``."""
  import io

  import requests.adapters

  class _ReplayAdapter(requests.adapters.HTTPAdapter):

    def send(self, request, **kwargs):
      status, headers, body = archive.lookup(request.url)
      headers.setdefault("Content-Length", str(len(body)))
      raw = urllib3.HTTPResponse(
          body=io.BytesIO(body), headers=headers, status=status,
          preload_content=False, decode_content=True,
          request_method=request.method, request_url=request.url)
      return self.build_response(request, raw)

  return _ReplayAdapter()


class FetchError(Exception):
  """A fetch that failed for a reason worth a row of its own."""

  def __init__(self, error_type: str, message: str,
               http_status: Optional[int] = None, retryable: bool = False,
               retry_after: Optional[float] = None):
    super().__init__(message)
    self.error_type = error_type
    self.http_status = http_status
    self.retryable = retryable
    self.retry_after = retry_after


def _retry_after_seconds(value: Optional[str]) -> Optional[float]:
  """Retry-After as seconds: delta-seconds or an HTTP date."""
  if not value:
    return None
  value = value.strip()
  try:
    return max(0.0, float(value))
  except ValueError:
    pass  # Not delta-seconds: an HTTP date.
  try:
    when = email.utils.parsedate_to_datetime(value)
  except (TypeError, ValueError):
    return None
  if when.tzinfo is None:
    when = when.replace(tzinfo=datetime.timezone.utc)
  return max(0.0, (when - datetime.datetime.now(datetime.timezone.utc))
             .total_seconds())


def _root_cause(exc: BaseException) -> str:
  """The innermost cause, without object addresses or ports of the moment.

  Error messages are part of an errors row's id, so the same failure must
  read the same in every run.
  """
  seen = set()
  while id(exc) not in seen:
    seen.add(id(exc))
    inner = exc.__cause__ or exc.__context__ or next(
        (arg for arg in getattr(exc, "args", ()) if isinstance(arg, BaseException)),
        None) or getattr(exc, "reason", None)
    if not isinstance(inner, BaseException):
      break
    exc = inner
  text = str(exc.strerror) if isinstance(exc, OSError) and exc.strerror else str(exc)
  text = re.sub(r"<[^<>]* at 0x[0-9a-f]+>: ?", "", text)
  return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class Fetcher:
  """Fetches one URL at a time, safely; share one per worker across threads."""

  def __init__(self, config: FetchConfig):
    self._config = config
    self._slots = _HostSlots(config.per_host_concurrency, config.per_host_delay)
    self._archive = (ReplayArchive(config.replay_archive)
                     if config.replay_archive else None)
    self._local = threading.local()

  def _session(self, guarded: bool):
    """This thread's session; ``guarded`` ones refuse blocked addresses."""
    name = "guarded_session" if guarded else "session"
    session = getattr(self._local, name, None)
    if session is None:
      import requests
      session = requests.Session()
      # Redirects, retries and proxies from the environment are decided here,
      # not by requests: trust_env would let a stray HTTP_PROXY reroute feeds.
      session.trust_env = False
      session.max_redirects = self._config.max_redirects
      # Even with allow_redirects=False, Session.send pre-resolves the next
      # hop for Response.next: it reads the whole redirect body (no size cap,
      # gzip decoded), parses Location and raises TooManyRedirects when
      # max_redirects is 0. No redirect target for requests: _fetch_once
      # follows redirects itself.
      session.get_redirect_target = lambda response: None
      adapter = None
      if self._archive is not None:
        adapter = _replay_adapter(self._archive)  # No sockets to guard.
      elif guarded:
        adapter = GuardedAdapter()
      if adapter is not None:
        session.mount("http://", adapter)
        session.mount("https://", adapter)
      session.headers.update({
          "User-Agent": self._config.user_agent,
          "Accept-Encoding": "gzip, deflate",
          "Accept": ("text/html,application/xhtml+xml,application/rss+xml,"
                     "application/atom+xml,application/feed+json,"
                     "application/xml;q=0.9,*/*;q=0.8"),
      })
      setattr(self._local, name, session)
    return session

  def fetch(self, request: FetchRequest) -> Union[FetchedPage, ErrorRecord]:
    """The page for ``request``, or the error that stopped it."""
    return self._attempts(request, retry_rate_limited=True)[0]

  def poll(self, request: FetchRequest) -> tuple:
    """(page or error, Retry-After seconds or None) for a feed poll.

    A conditional GET when ``request`` carries validators: a 304 is a page
    with status 304 and no body. A 429 is not retried (the poller waits
    for the next poll instead) and its Retry-After is returned, as is a
    503's, so the feed's next poll can honour it.
    """
    return self._attempts(request, retry_rate_limited=False)

  def _attempts(self, request: FetchRequest, retry_rate_limited: bool):
    attempt = 0
    while True:
      attempt += 1
      try:
        page = self._fetch_once(request)
        return dataclasses.replace(page, attempts=attempt), None
      except FetchError as error:
        if (not error.retryable or attempt >= self._config.max_attempts
            or (error.http_status == 429 and not retry_rate_limited)):
          return self._error(request, error, attempt, error.error_type,
                             str(error)), error.retry_after
        delay = self._backoff(attempt, error.retry_after)
        if delay is None:
          return self._error(
              request, error, attempt, "rate_limited",
              f"{error}; Retry-After {error.retry_after:.0f}s exceeds the "
              f"{self._config.max_retry_after:.0f}s limit"), error.retry_after
        time.sleep(delay)

  @staticmethod
  def _error(request: FetchRequest, error: FetchError, attempts: int,
             error_type: str, message: str) -> ErrorRecord:
    return ErrorRecord(
        stage="fetch", error_type=error_type, message=message,
        url=request.url, source=request.source,
        http_status=error.http_status, attempts=attempts,
        published_at=request.item.published_at if request.item else None)

  def _backoff(self, attempt: int, retry_after: Optional[float]):
    if retry_after is not None:
      if retry_after > self._config.max_retry_after:
        return None
      return retry_after
    base = self._config.backoff_base * (2 ** (attempt - 1))
    # Full jitter keeps many workers that failed together from retrying
    # together.
    return base + random.uniform(0, base)

  def _fetch_once(self, request: FetchRequest) -> FetchedPage:
    import requests
    config = self._config
    url = request.url
    deadline = time.monotonic() + config.total_timeout
    conditional = {name: value for name, value in (
        ("If-None-Match", request.etag),
        ("If-Modified-Since", request.last_modified)) if value}
    # The URL after the leading run of permanent redirects, if any.
    moved_to, only_permanent = None, True
    for hop in range(config.max_redirects + 1):
      guarded = config.block_private_addresses and (
          hop > 0 or not request.trusted)
      try:
        parts = urllib.parse.urlsplit(url)
      except ValueError as exc:  # e.g. 'http://[::1/': a row, not a crash.
        raise FetchError("invalid_url", f"invalid URL {url!r}: {exc}") from exc
      scheme = parts.scheme.lower()
      if scheme not in _ALLOWED_SCHEMES:
        raise FetchError("forbidden_scheme",
                         f"forbidden scheme {scheme!r} in {url}")
      host = (parts.hostname or "").lower()
      self._slots.acquire(host)
      try:
        remaining = max(0.1, deadline - time.monotonic())
        try:
          response = self._session(guarded).get(
              url, stream=True, allow_redirects=False, headers=conditional,
              timeout=(min(config.connect_timeout, remaining),
                       min(config.read_timeout, remaining)))
        except requests.exceptions.ConnectTimeout as exc:
          raise FetchError("timeout", "no connection within "
                           f"{config.connect_timeout:g}s",
                           retryable=True) from exc
        except requests.exceptions.Timeout as exc:
          raise FetchError("timeout", "no response within "
                           f"{config.read_timeout:g}s", retryable=True) from exc
        except BlockedAddressError as exc:
          raise FetchError("private_address", str(exc)) from exc
        except requests.exceptions.InvalidURL as exc:
          # Port 99999, a space in the host: retrying cannot help.
          raise FetchError("invalid_url", f"invalid URL {url!r}: "
                           f"{_root_cause(exc)}") from exc
        except requests.exceptions.RequestException as exc:
          raise FetchError("connection_error",
                           f"connection failed: {_root_cause(exc)}",
                           retryable=True) from exc
        try:
          if response.is_redirect:
            location = response.headers.get("Location", "")
            try:
              url = urllib.parse.urljoin(url, location)
            except ValueError as exc:
              raise FetchError("invalid_url",
                               f"invalid redirect to {location!r}: {exc}",
                               http_status=response.status_code) from exc
            only_permanent = (only_permanent and response.status_code
                              in _PERMANENT_REDIRECTS)
            if only_permanent:
              moved_to = url
            continue
          if response.status_code == 304 and conditional:
            return FetchedPage(
                request=request, final_url=url, status=304,
                content_type="", body=b"",
                fetched_at=datetime.datetime.now(datetime.timezone.utc),
                headers=_kept_headers(response), moved_to=moved_to)
          page = self._read(request, url, response, deadline)
          return dataclasses.replace(page, moved_to=moved_to)
        finally:
          response.close()
      finally:
        self._slots.release(host)
    raise FetchError("too_many_redirects",
                     f"more than {config.max_redirects} redirects from "
                     f"{request.url}")

  def _read(self, request, url, response, deadline) -> FetchedPage:
    config = self._config
    status = response.status_code
    if status in _RETRY_STATUSES:
      raise FetchError(
          "http_error", f"HTTP {status} {response.reason or ''}".strip(),
          http_status=status, retryable=True,
          retry_after=_retry_after_seconds(response.headers.get("Retry-After")))
    if status >= 400 or status < 200 or status in (204, 304):
      raise FetchError("http_error",
                       f"HTTP {status} {response.reason or ''}".strip(),
                       http_status=status)
    content_type = response.headers.get("Content-Type", "")
    if is_binary_content_type(content_type):
      raise FetchError("unsupported_content_type",
                       f"unsupported content type: {content_type}",
                       http_status=status)
    declared = response.headers.get("Content-Length", "")
    if (declared.isdigit() and int(declared) > config.max_bytes
        and not response.headers.get("Content-Encoding")
        and classify_content(content_type, b"") == HTML):
      # A page that says it is too big is refused before reading it.
      raise FetchError("too_large",
                       f"body of {declared} bytes exceeds the limit of "
                       f"{config.max_bytes} bytes", http_status=status)
    chunks, size = [], 0
    # Until the body shows whether it is a feed (cut at max_feed_bytes) or
    # not (refused past max_bytes), the smaller limit applies.
    limit, is_feed, truncated = min(config.max_bytes, config.max_feed_bytes), None, False
    try:
      for chunk in response.raw.stream(_CHUNK_BYTES, decode_content=True):
        size += len(chunk)
        if size > limit and is_feed is None:
          # Only the first bytes decide; joining everything read so far
          # would copy up to the whole limit.
          head = b"".join([*chunks, chunk][:2])[:_SNIFF_BYTES]
          is_feed = classify_content(content_type, head) in (FEED, OPML)
          limit = config.max_feed_bytes if is_feed else config.max_bytes
        if size > limit and is_feed:
          chunks.append(chunk[:len(chunk) - (size - limit)])
          truncated = True
          break
        if size > limit:
          raise FetchError("too_large",
                           f"body exceeds the limit of {config.max_bytes} "
                           f"bytes", http_status=status)
        if time.monotonic() > deadline:
          raise FetchError("timeout",
                           f"body not read within {config.total_timeout:.0f}s",
                           http_status=status, retryable=True)
        chunks.append(chunk)
    except urllib3.exceptions.TimeoutError as exc:
      raise FetchError("timeout", "body stalled for more than "
                       f"{config.read_timeout:g}s", http_status=status,
                       retryable=True) from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
      raise FetchError("connection_error",
                       f"reading body failed: {_root_cause(exc)}",
                       http_status=status, retryable=True) from exc
    return FetchedPage(
        request=request, final_url=url, status=status,
        content_type=content_type, body=b"".join(chunks),
        fetched_at=datetime.datetime.now(datetime.timezone.utc),
        header_charset=charset_of(content_type), truncated=truncated,
        headers=_kept_headers(response))


def _kept_headers(response) -> tuple:
  return tuple((name, response.headers[name]) for name in _KEPT_HEADERS
               if response.headers.get(name) is not None)


class _FetchFn(beam.DoFn):
  """FetchRequest -> FetchedPage, errors on ERRORS.

  Requests run on a thread pool so one slow host does not stall the bundle;
  results are emitted as they complete and the rest in ``finish_bundle``.
  """
  ERRORS = "errors"

  def __init__(self, config: FetchConfig):
    self._config = config

  def setup(self):
    self._fetcher = Fetcher(self._config)
    self._pool = concurrent.futures.ThreadPoolExecutor(
        max_workers=self._config.max_in_flight,
        thread_name_prefix="fetch")
    self._progress = progress.Progress("fetch", unit="requests")

  def start_bundle(self):
    self._pending = []

  def process(self, request: FetchRequest, window=beam.DoFn.WindowParam,
              timestamp=beam.DoFn.TimestampParam):
    future = self._pool.submit(self._fetcher.fetch, request)
    self._pending.append((future, window, timestamp))
    # Bound memory: never more than max_in_flight unread results.
    block = len(self._pending) >= self._config.max_in_flight
    # Results may belong to earlier elements: emit each in its own window.
    for result, window, timestamp in self._completed(block):
      yield self._tag(WindowedValue(result, timestamp, [window]), result)

  def finish_bundle(self):
    for result, window, timestamp in self._completed(block=True, all_=True):
      yield self._tag(WindowedValue(result, timestamp, [window]), result)

  def teardown(self):
    self._pool.shutdown(wait=False, cancel_futures=True)

  def _completed(self, block: bool, all_: bool = False):
    if block and self._pending:
      concurrent.futures.wait(
          [f for f, _, _ in self._pending],
          return_when=(concurrent.futures.ALL_COMPLETED if all_
                       else concurrent.futures.FIRST_COMPLETED))
    # One done() check per future: a future finishing between two checks
    # would otherwise be dropped from both lists and its result lost.
    done, pending = [], []
    for entry in self._pending:
      (done if entry[0].done() else pending).append(entry)
    self._pending = pending
    for future, window, timestamp in done:
      result = future.result()
      failed = isinstance(result, ErrorRecord)
      beam.metrics.Metrics.counter(
          _NAMESPACE, "failed" if failed else "fetched").inc()
      if failed:
        beam.metrics.Metrics.counter(
            _NAMESPACE, f"error_{result.error_type}").inc()
      self._progress.tick(failed=failed)
      yield result, window, timestamp

  def _tag(self, value, result=None):
    result = value if result is None else result
    if isinstance(result, ErrorRecord):
      return pvalue.TaggedOutput(self.ERRORS, value)
    return value


def _pick_request(key_and_requests):
  """One request per normalized URL: the first by a total order.

  Earliest published feed item first (its metadata is the most complete),
  then by URL and source so every run picks the same one.
  """
  _, requests = key_and_requests
  far_future = datetime.datetime.max.replace(tzinfo=datetime.timezone.utc)

  def order(request: FetchRequest):
    published = request.item.published_at if request.item else None
    return (published is None, published or far_future, request.role,
            request.url, request.source)

  return min(requests, key=order)


def _url_key(request: FetchRequest) -> str:
  try:
    return normalize_url(request.url)
  except ValueError:
    return request.url


class FetchPages(beam.PTransform):
  """PCollection[FetchRequest] -> FetchedPage (main) and ErrorRecord (errors).

  Requests for the same normalized URL (tracking-parameter variants, the same
  story in two feeds) are fetched once.
  """
  ERRORS = _FetchFn.ERRORS

  def __init__(self, config: FetchConfig = FetchConfig(), label=None):
    super().__init__(label)
    if not isinstance(config, FetchConfig):
      raise TypeError(f"config must be a FetchConfig, got {type(config)}")
    self._config = config

  def expand(self, requests):
    return (
        requests
        | "KeyByUrl" >> beam.Map(lambda r: (_url_key(r), r))
        | "GroupByUrl" >> beam.GroupByKey()
        | "PickOnePerUrl" >> beam.Map(_pick_request)
        | "Fetch" >> beam.ParDo(_FetchFn(self._config)).with_outputs(
            self.ERRORS, main="pages"))
