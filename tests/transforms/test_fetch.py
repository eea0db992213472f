"""FetchPages and Fetcher against a real HTTP server on 127.0.0.1.

Nothing here mocks HTTP: every request goes through a socket to the fixture
server of tests/fixture_server.py, except the replay-archive tests, which
forbid the network altogether and must be answered from a directory.
"""

import datetime
import gzip
import json
import socket
import threading
import time
import tracemalloc

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas.errors import ErrorRecord
from schemas.records import FeedItem, FetchedPage, FetchRequest
from tests.conftest import offline_pipeline
from transforms.fetch import FetchConfig, Fetcher, FetchPages

HTML = "text/html; charset=utf-8"

# Small budgets so that failures fail fast: the whole file runs in seconds.
FAST = dict(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0,
            backoff_base=0.01, per_host_delay=0.0, max_retry_after=5.0)


def _config(**overrides):
  return FetchConfig(**{**FAST, **overrides})


def _fetch(url, source="test", item=None, **overrides):
  return Fetcher(_config(**overrides)).fetch(
      FetchRequest(url=url, source=source, item=item))


def _header(headers: dict, name: str):
  """A request header by case-insensitive name."""
  for key, value in headers.items():
    if key.lower() == name.lower():
      return value
  return None


class _TimedRequests(list):
  """server.requests replacement recording when each request arrived."""

  def append(self, request):
    super().append((time.monotonic(),) + tuple(request))


def _timed(server):
  server.requests = _TimedRequests()
  return server.requests


# --- Successful fetches ------------------------------------------------------


def test_html_page_is_fetched_with_metadata_and_polite_headers(server):
  server.add("/story", status=200,
             headers={"Content-Type": "text/html; charset=ISO-8859-1"},
             content="<html><body>caf\xe9</body></html>".encode("latin-1"))
  published = datetime.datetime(2024, 5, 1, tzinfo=datetime.timezone.utc)
  request = FetchRequest(url=server.url("/story"), source="feed-a",
                         item=FeedItem(published_at=published))
  before = datetime.datetime.now(datetime.timezone.utc)

  page = Fetcher(_config(user_agent="test-agent/9.9 (+tests)")).fetch(request)

  assert isinstance(page, FetchedPage), page
  assert page.request == request
  assert page.body == "<html><body>caf\xe9</body></html>".encode("latin-1")
  assert page.status == 200
  assert page.final_url == server.url("/story")
  assert page.content_type == "text/html; charset=ISO-8859-1"
  assert page.header_charset == "ISO-8859-1"
  assert page.fetched_at.tzinfo is not None
  assert page.fetched_at.utcoffset() == datetime.timedelta(0)
  assert before <= page.fetched_at <= datetime.datetime.now(
      datetime.timezone.utc)
  assert page.attempts == 1
  assert server.hits("/story") == 1
  (method, path, headers), = server.requests
  assert (method, path) == ("GET", "/story")
  assert _header(headers, "User-Agent") == "test-agent/9.9 (+tests)"
  encodings = [e.strip() for e in _header(headers, "Accept-Encoding").split(",")]
  assert "gzip" in encodings


def test_default_user_agent_identifies_the_pipeline(server):
  server.add("/p", headers={"Content-Type": HTML}, content="<p>x</p>")
  page = _fetch(server.url("/p"))
  assert isinstance(page, FetchedPage), page
  assert _header(server.requests[0][2], "User-Agent").startswith("news-ingest/")


def test_no_charset_in_content_type_gives_no_header_charset(server):
  server.add("/p", headers={"Content-Type": "text/html"}, content="<p>x</p>")
  page = _fetch(server.url("/p"))
  assert isinstance(page, FetchedPage), page
  assert page.header_charset is None


def test_gzip_response_is_decoded(server):
  body = ("<html><body>" + "compressible news " * 500 + "</body></html>")
  server.add("/gz", headers={"Content-Type": HTML}, content=body, gzip=True)

  page = _fetch(server.url("/gz"))

  assert isinstance(page, FetchedPage), page
  assert page.body == body.encode("utf-8")
  assert page.header_charset == "utf-8"


# --- HTTP errors and retries -------------------------------------------------


def test_404_is_an_error_and_not_retried(server):
  server.add("/gone", status=404, headers={"Content-Type": "text/plain"},
             content="no such page")
  published = datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc)

  error = _fetch(server.url("/gone"), source="feed-b",
                 item=FeedItem(published_at=published), max_attempts=3)

  assert isinstance(error, ErrorRecord), error
  assert error.stage == "fetch"
  assert error.error_type == "http_error"
  assert error.http_status == 404
  assert error.attempts == 1
  assert error.url == server.url("/gone")
  assert error.source == "feed-b"
  assert error.published_at == published
  assert "404" in error.message
  assert server.hits("/gone") == 1


def test_500_every_time_is_retried_up_to_max_attempts(server):
  server.add("/broken", status=500, headers={"Content-Type": "text/plain"},
             content="oops")

  error = _fetch(server.url("/broken"), max_attempts=3)

  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "http_error"
  assert error.http_status == 500
  assert error.attempts == 3
  assert server.hits("/broken") == 3


def test_503_with_retry_after_then_200_succeeds_on_second_attempt(server):
  server.add("/busy", status=503,
             headers={"Content-Type": "text/plain", "Retry-After": "1"},
             content="busy",
             then={"status": 200, "headers": {"Content-Type": HTML},
                   "content": "<p>finally</p>"})
  started = time.monotonic()

  page = _fetch(server.url("/busy"), max_attempts=3)

  elapsed = time.monotonic() - started
  assert isinstance(page, FetchedPage), page
  assert page.body == b"<p>finally</p>"
  assert page.attempts == 2
  assert server.hits("/busy") == 2
  # Retry-After: 1 was honoured rather than the 10 ms backoff.
  assert elapsed >= 0.95


def test_429_with_retry_after_beyond_limit_fails_without_waiting(server):
  server.add("/slow-down", status=429,
             headers={"Content-Type": "text/plain", "Retry-After": "3600"},
             content="too many requests")
  started = time.monotonic()

  error = _fetch(server.url("/slow-down"), max_attempts=3, max_retry_after=5.0)

  assert time.monotonic() - started < 2.0
  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "rate_limited"
  assert error.http_status == 429
  assert error.attempts == 1
  assert "3600" in error.message
  assert server.hits("/slow-down") == 1


@pytest.mark.parametrize(
    "status", [204, 304],
    ids=["204 no content", "304 not modified"])
def test_bodiless_success_statuses_are_errors(server, status):
  server.add("/empty", status=status, headers={"Content-Type": HTML})
  error = _fetch(server.url("/empty"))
  assert isinstance(error, ErrorRecord), error
  assert (error.error_type, error.http_status, error.attempts) == (
      "http_error", status, 1)


# --- Redirects ---------------------------------------------------------------


def test_redirect_chain_records_the_final_url(server):
  server.add("/old", status=301, headers={"Location": "/older"})
  server.add("/older", status=302,
             headers={"Location": server.url("/new?page=1")})
  server.add("/new", headers={"Content-Type": HTML}, content="<p>new</p>")

  page = _fetch(server.url("/old"))

  assert isinstance(page, FetchedPage), page
  assert page.final_url == server.url("/new?page=1")
  assert page.request.url == server.url("/old")
  assert page.body == b"<p>new</p>"
  assert page.attempts == 1
  assert [path for _, path, _ in server.requests] == [
      "/old", "/older", "/new?page=1"]


def test_exactly_max_redirects_hops_is_followed(server):
  for i in range(3):
    server.add(f"/hop{i}", status=302, headers={"Location": f"/hop{i + 1}"})
  server.add("/hop3", headers={"Content-Type": HTML}, content="<p>end</p>")

  page = _fetch(server.url("/hop0"), max_redirects=3)

  assert isinstance(page, FetchedPage), page
  assert page.final_url == server.url("/hop3")


def test_chain_longer_than_max_redirects_is_too_many_redirects(server):
  for i in range(4):
    server.add(f"/hop{i}", status=302, headers={"Location": f"/hop{i + 1}"})
  server.add("/hop4", headers={"Content-Type": HTML}, content="<p>end</p>")

  error = _fetch(server.url("/hop0"), max_redirects=3, max_attempts=3)

  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "too_many_redirects"
  assert error.attempts == 1
  assert server.hits("/hop3") == 1
  assert server.hits("/hop4") == 0


def test_max_redirects_zero_refuses_the_first_redirect(server):
  server.add("/moved", status=301, headers={"Location": "/here"})
  server.add("/here", headers={"Content-Type": HTML}, content="<p>here</p>")

  error = _fetch(server.url("/moved"), max_redirects=0, max_attempts=3)

  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "too_many_redirects"
  assert error.attempts == 1
  assert server.hits("/moved") == 1
  assert server.hits("/here") == 0


def test_redirect_body_is_not_read(server):
  # A redirect whose gzip body decodes to 30 MB: the size cap applies to the
  # page, and a redirect's body is never wanted, so it must not be read.
  bomb = gzip.compress(b"0" * (30 * 1024 * 1024))
  server.add("/bomb-redirect", status=302,
             headers={"Location": "/target", "Content-Type": HTML,
                      "Content-Encoding": "gzip"},
             content=bomb)
  server.add("/target", headers={"Content-Type": HTML}, content="<p>t</p>")
  tracemalloc.start()
  try:
    page = _fetch(server.url("/bomb-redirect"), max_bytes=100_000)
    _, peak = tracemalloc.get_traced_memory()
  finally:
    tracemalloc.stop()

  assert isinstance(page, FetchedPage), page
  assert page.final_url == server.url("/target")
  assert peak < 10 * 1024 * 1024, f"peak {peak} bytes while redirecting"


def test_redirect_loop_is_too_many_redirects(server):
  server.add("/loop", status=302, headers={"Location": "/loop"})

  error = _fetch(server.url("/loop"), max_redirects=4, max_attempts=3)

  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "too_many_redirects"
  assert error.attempts == 1
  # The first request and four redirects, then it stops: not retried.
  assert server.hits("/loop") == 5


@pytest.mark.parametrize(
    "location",
    ["file:///etc/passwd", "ftp://127.0.0.1/pub/file.txt", "FILE:SECRET"],
    ids=["file url", "ftp url", "upper-case file scheme"])
def test_redirect_to_non_http_scheme_is_forbidden(server, tmp_path, location):
  secret = tmp_path / "secret.txt"
  secret.write_text("TOP-SECRET-CONTENT")
  location = location.replace("SECRET", str(secret))
  server.add("/sneaky", status=302, headers={"Location": location})

  result = _fetch(server.url("/sneaky"), max_attempts=3)

  assert isinstance(result, ErrorRecord), result
  assert result.error_type == "forbidden_scheme"
  assert result.attempts == 1
  assert "TOP-SECRET-CONTENT" not in result.message
  assert "root:" not in result.message
  assert server.hits("/sneaky") == 1


def test_request_with_non_http_scheme_is_forbidden_without_any_request(
    server, tmp_path):
  secret = tmp_path / "secret.txt"
  secret.write_text("TOP-SECRET-CONTENT")

  result = _fetch(secret.as_uri())

  assert isinstance(result, ErrorRecord), result
  assert result.error_type == "forbidden_scheme"
  assert "TOP-SECRET-CONTENT" not in result.message
  assert server.requests == []


def test_unparseable_url_is_an_invalid_url_error():
  error = _fetch("http://[::1/story", max_attempts=3)
  assert isinstance(error, ErrorRecord), error
  assert (error.error_type, error.attempts) == ("invalid_url", 1)
  assert error.url == "http://[::1/story"


def test_redirect_to_unparseable_url_is_an_invalid_url_error(server):
  server.add("/bad-redirect", status=302, headers={"Location": "http://[oops/"})

  error = _fetch(server.url("/bad-redirect"), max_attempts=3)

  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "invalid_url"
  assert error.http_status == 302
  assert error.attempts == 1
  assert server.hits("/bad-redirect") == 1


# --- Size limits -------------------------------------------------------------


def test_body_larger_than_max_bytes_by_content_length_is_too_large(server):
  server.add("/big", headers={"Content-Type": HTML}, content=b"x" * 5000)

  error = _fetch(server.url("/big"), max_bytes=1000)

  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "too_large"
  assert error.http_status == 200
  assert error.attempts == 1
  assert "5000" in error.message
  assert server.hits("/big") == 1


def test_body_at_exactly_max_bytes_is_accepted(server):
  server.add("/fits", headers={"Content-Type": HTML}, content=b"x" * 1000)
  page = _fetch(server.url("/fits"), max_bytes=1000)
  assert isinstance(page, FetchedPage), page
  assert len(page.body) == 1000


def test_gzip_bomb_is_too_large_after_decompression(server):
  decompressed_size = 20 * 1024 * 1024
  bomb = gzip.compress(b"0" * decompressed_size)
  assert len(bomb) < 100_000  # Small on the wire...
  server.add("/bomb", headers={"Content-Type": HTML,
                               "Content-Encoding": "gzip"},
             content=bomb)

  error = _fetch(server.url("/bomb"), max_bytes=100_000)

  # ...but over the limit once decoded.
  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "too_large"
  assert error.attempts == 1
  assert server.hits("/bomb") == 1


# --- Transport failures ------------------------------------------------------


def test_hanging_server_times_out_on_every_attempt(server):
  server.add("/hang", hang=True)
  started = time.monotonic()

  error = _fetch(server.url("/hang"), read_timeout=0.5, total_timeout=1.0,
                 max_attempts=2)

  assert time.monotonic() - started < 5.0
  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "timeout"
  assert error.attempts == 2
  assert server.hits("/hang") == 2


def _unused_port() -> int:
  with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
    sock.bind(("127.0.0.1", 0))
    return sock.getsockname()[1]


def test_connection_refused_is_a_connection_error():
  url = f"http://127.0.0.1:{_unused_port()}/nothing-here"

  error = _fetch(url, max_attempts=2)

  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "connection_error"
  assert error.stage == "fetch"
  assert error.http_status is None
  assert error.attempts == 2
  assert error.url == url


@pytest.mark.parametrize(
    "content_type",
    ["application/pdf", "image/png", "application/zip; name=x.zip"],
    ids=["pdf", "image", "zip with parameter"])
def test_binary_content_type_is_unsupported(server, content_type):
  server.add("/file", headers={"Content-Type": content_type},
             content=b"%PDF-1.7 binary")

  error = _fetch(server.url("/file"))

  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "unsupported_content_type"
  assert "unsupported content type" in error.message
  assert content_type in error.message
  assert error.http_status == 200
  assert error.attempts == 1


def test_octet_stream_is_fetched_for_later_sniffing(server):
  # Servers mislabel pages as application/octet-stream; content.py sniffs them.
  server.add("/mislabeled", headers={"Content-Type": "application/octet-stream"},
             content="<html><body>a page</body></html>")
  page = _fetch(server.url("/mislabeled"))
  assert isinstance(page, FetchedPage), page
  assert page.body == b"<html><body>a page</body></html>"


# --- Politeness --------------------------------------------------------------


def test_fetcher_threads_share_per_host_limit_and_spacing(server):
  requests = _timed(server)
  for i in range(6):
    server.add(f"/t{i}", headers={"Content-Type": HTML}, content=f"<p>{i}</p>",
               delay=0.3)
  fetcher = Fetcher(_config(per_host_concurrency=2, per_host_delay=0.1))
  results = [None] * 6

  def work(i):
    results[i] = fetcher.fetch(
        FetchRequest(url=server.url(f"/t{i}"), source="test"))

  threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
  for thread in threads:
    thread.start()
  for thread in threads:
    thread.join(timeout=10)

  assert all(isinstance(r, FetchedPage) for r in results), results
  assert [r.body for r in results] == [f"<p>{i}</p>".encode() for i in range(6)]
  # Two at a time: the limit is reached and never exceeded.
  assert server.max_in_flight == 2
  starts = sorted(entry[0] for entry in requests)
  assert len(starts) == 6
  gaps = [b - a for a, b in zip(starts, starts[1:])]
  assert min(gaps) >= 0.08, gaps


def test_per_host_limit_does_not_hold_back_other_hosts(server):
  server.add("/a", headers={"Content-Type": HTML}, content="<p>a</p>",
             delay=0.5)
  fetcher = Fetcher(_config(per_host_concurrency=1))
  # 127.0.0.1 and localhost are two hosts to the fetcher, one server here.
  urls = [server.url("/a"), server.url("/a").replace("127.0.0.1", "localhost")]
  results = []
  threads = [threading.Thread(target=lambda u=u: results.append(
      fetcher.fetch(FetchRequest(url=u, source="test")))) for u in urls]
  for thread in threads:
    thread.start()
  for thread in threads:
    thread.join(timeout=10)

  assert len(results) == 2
  assert all(isinstance(r, FetchedPage) for r in results), results
  assert server.max_in_flight == 2


def test_fetch_pages_respects_per_host_concurrency_and_delay(server):
  requests = _timed(server)
  paths = [f"/p{i}" for i in range(8)]
  for path in paths:
    server.add(path, headers={"Content-Type": HTML}, content=path, delay=0.3)
  config = _config(per_host_concurrency=2, per_host_delay=0.1)

  with offline_pipeline() as p:
    result = (
        p
        | beam.Create([FetchRequest(url=server.url(path), source="test")
                       for path in paths])
        | FetchPages(config))
    assert_that(result["pages"] | "Bodies" >> beam.Map(lambda pg: pg.body),
                equal_to([path.encode() for path in paths]), label="pages")
    assert_that(result[FetchPages.ERRORS], equal_to([]), label="no errors")

  assert server.max_in_flight <= 2
  assert sorted(path for _, _, path, _ in requests) == sorted(paths)
  starts = sorted(entry[0] for entry in requests)
  gaps = [b - a for a, b in zip(starts, starts[1:])]
  assert min(gaps) >= 0.08, gaps


# --- FetchPages in a pipeline ------------------------------------------------


def test_fetch_pages_dedups_urls_and_routes_errors(server):
  server.add("/x", headers={"Content-Type": HTML}, content="<p>x</p>")
  server.add("/missing", status=404, headers={"Content-Type": "text/plain"},
             content="nope")
  x = server.url("/x")
  requests = [
      FetchRequest(url=x + "?utm_source=a", source="feed-1"),
      FetchRequest(url=x, source="feed-2"),
      FetchRequest(url=server.url("/missing"), source="feed-1"),
      # Malformed: not an http(s) URL at all.
      FetchRequest(url="ftp://127.0.0.1/file.txt", source="feed-3"),
      FetchRequest(url="http://[::1/broken", source="feed-3"),
  ]

  with offline_pipeline() as p:
    result = p | beam.Create(requests) | FetchPages(_config())
    pages = result["pages"] | "PageSummary" >> beam.Map(
        lambda page: (page.final_url, page.status, page.body, page.attempts))
    errors = result[FetchPages.ERRORS] | "ErrorSummary" >> beam.Map(
        lambda error: (error.url, error.source, error.stage, error.error_type,
                       error.http_status))
    assert_that(pages, equal_to([(x, 200, b"<p>x</p>", 1)]), label="pages")
    assert_that(errors, equal_to([
        (server.url("/missing"), "feed-1", "fetch", "http_error", 404),
        ("ftp://127.0.0.1/file.txt", "feed-3", "fetch", "forbidden_scheme",
         None),
        ("http://[::1/broken", "feed-3", "fetch", "invalid_url", None),
    ]), label="errors")

  # The two variants of /x are one URL: fetched once, the plain one kept.
  assert server.hits("/x") + server.hits("/x?utm_source=a") == 1
  assert server.hits("/missing") == 1


def test_fetch_pages_keeps_the_earliest_published_request(server):
  server.add("/story", headers={"Content-Type": HTML}, content="<p>s</p>")
  early = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
  late = datetime.datetime(2024, 6, 1, tzinfo=datetime.timezone.utc)
  requests = [
      FetchRequest(url=server.url("/story"), source="late-feed",
                   item=FeedItem(title="late", published_at=late)),
      FetchRequest(url=server.url("/story?utm_medium=rss"), source="early-feed",
                   item=FeedItem(title="early", published_at=early)),
  ]

  with offline_pipeline() as p:
    result = p | beam.Create(requests) | FetchPages(_config())
    assert_that(
        result["pages"] | beam.Map(lambda pg: (pg.request.source,
                                               pg.request.item.title)),
        equal_to([("early-feed", "early")]))

  assert server.hits("/story?utm_medium=rss") == 1
  assert server.hits("/story") == 0


def test_fetch_pages_keeps_each_result_in_its_own_window(server):
  paths = [f"/w{i}" for i in range(6)]
  for path in paths:
    server.add(path, headers={"Content-Type": HTML}, content=path)
  requests = [beam.window.TimestampedValue(
      FetchRequest(url=server.url(path), source="test"), 100 * i)
              for i, path in enumerate(paths)]

  class WindowStart(beam.DoFn):

    def process(self, page, window=beam.DoFn.WindowParam):
      yield page.body.decode(), int(window.start)

  # max_in_flight=2 makes process() emit results of earlier elements while
  # handling later ones; each must still land in its own element's window.
  with offline_pipeline() as p:
    result = (p | beam.Create(requests)
              | beam.WindowInto(beam.window.FixedWindows(100))
              | FetchPages(_config(max_in_flight=2)))
    assert_that(result["pages"] | beam.ParDo(WindowStart()),
                equal_to([(path, 100 * i) for i, path in enumerate(paths)]))


def test_fetch_pages_rejects_a_non_config():
  with pytest.raises(TypeError):
    FetchPages({"max_attempts": 1})


@pytest.mark.parametrize(
    "overrides",
    [{"read_timeout": -1}, {"max_bytes": 0}, {"max_attempts": 0},
     {"per_host_concurrency": 0}, {"max_redirects": -1}],
    ids=["negative timeout", "zero max_bytes", "zero attempts",
         "zero concurrency", "negative redirects"])
def test_invalid_config_is_rejected(overrides):
  with pytest.raises(ValueError):
    FetchConfig(**overrides)


# --- Replay archive ----------------------------------------------------------


@pytest.fixture
def archive(tmp_path):
  (tmp_path / "a.html").write_bytes(b"<html><body>archived a</body></html>")
  (tmp_path / "feed.xml").write_bytes(b"<rss version='2.0'></rss>")
  manifest = {"responses": [
      {"url": "https://news.example/a", "status": 200,
       "headers": {"Content-Type": "text/html; charset=windows-1252"},
       "body": "a.html"},
      {"url": "https://news.example/feed.xml?utm_source=x",
       "headers": {"Content-Type": "application/rss+xml"},
       "body": "feed.xml"},
      {"url": "https://news.example/old", "status": 301,
       "headers": {"Location": "/a"}},
      {"url": "https://news.example/doc.pdf", "status": 200,
       "headers": {"Content-Type": "application/pdf"}, "body": "a.html"},
  ]}
  (tmp_path / "manifest.json").write_text(json.dumps(manifest))
  return str(tmp_path)


@pytest.fixture
def no_network(monkeypatch):
  """Any attempt to resolve a name or open a connection fails the test."""
  attempts = []

  def refuse(*args, **kwargs):
    attempts.append(args)
    raise AssertionError(f"network used: {args}")

  monkeypatch.setattr(socket, "getaddrinfo", refuse)
  monkeypatch.setattr(socket, "create_connection", refuse)
  monkeypatch.setattr(socket.socket, "connect", refuse)
  yield attempts
  assert attempts == []


def _replay(archive, url):
  fetcher = Fetcher(_config(replay_archive=archive, max_attempts=3))
  return fetcher.fetch(FetchRequest(url=url, source="replay"))


def test_replay_serves_a_listed_url(archive, no_network):
  page = _replay(archive, "https://news.example/a")
  assert isinstance(page, FetchedPage), page
  assert page.body == b"<html><body>archived a</body></html>"
  assert page.status == 200
  assert page.final_url == "https://news.example/a"
  assert page.header_charset == "windows-1252"
  assert page.attempts == 1


@pytest.mark.parametrize(
    "url, body",
    [("https://news.example/a?utm_source=twitter&utm_medium=social",
      b"<html><body>archived a</body></html>"),
     ("HTTPS://News.Example:443/a#comments",
      b"<html><body>archived a</body></html>"),
     ("https://news.example/feed.xml", b"<rss version='2.0'></rss>")],
    ids=["tracking params on request", "case, port and fragment",
         "tracking params in manifest"])
def test_replay_matches_normalized_urls(archive, no_network, url, body):
  page = _replay(archive, url)
  assert isinstance(page, FetchedPage), page
  assert page.body == body


def test_replay_unlisted_url_is_404(archive, no_network):
  error = _replay(archive, "https://news.example/not-archived")
  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "http_error"
  assert error.http_status == 404
  assert error.attempts == 1


def test_replay_follows_a_recorded_redirect(archive, no_network):
  page = _replay(archive, "https://news.example/old")
  assert isinstance(page, FetchedPage), page
  assert page.final_url == "https://news.example/a"
  assert page.body == b"<html><body>archived a</body></html>"


def test_replay_applies_the_same_checks_as_the_network(archive, no_network):
  error = _replay(archive, "https://news.example/doc.pdf")
  assert isinstance(error, ErrorRecord), error
  assert error.error_type == "unsupported_content_type"


def test_replay_through_fetch_pages(archive, no_network):
  config = _config(replay_archive=archive)
  with offline_pipeline() as p:
    result = p | beam.Create([
        FetchRequest(url="https://news.example/old", source="replay"),
        FetchRequest(url="https://news.example/nope", source="replay"),
    ]) | FetchPages(config)
    assert_that(result["pages"] | "Pages" >> beam.Map(
        lambda pg: (pg.final_url, pg.body)),
                equal_to([("https://news.example/a",
                           b"<html><body>archived a</body></html>")]),
                label="pages")
    assert_that(result[FetchPages.ERRORS] | "Errors" >> beam.Map(
        lambda e: (e.url, e.error_type, e.http_status)),
                equal_to([("https://news.example/nope", "http_error", 404)]),
                label="errors")
