"""Hostile feeds, through the real local server and the whole backfill.

Each trick must end as an errors row with the run going on (exit 0): no
local file read, no private address reached when blocked, no memory blow-up,
no file written outside --output.
"""

import os
import subprocess
import sys
import textwrap
import zlib

import pytest

from pipelines import backfill
from transforms.events.places import Gazetteer
from tests.conftest import read_dataset

_FAST = ["--timeout", "3", "--max-attempts", "1", "--per-host-delay", "0",
         "-q"]
# The bombs' runs must stay under this peak resident memory: a bomb
# inflated would take 1 GiB more; the run itself peaks at about 430 MB, the
# gazetteer (170,000 towns) read from its disk cache (see _measured_backfill).
_MEMORY_LIMIT_MB = 600
_RSS = "application/rss+xml"
_HTML = "text/html; charset=utf-8"

_ARTICLE = """<html><head><title>{title}</title>
<meta property="article:published_time" content="2026-11-19T08:00:00Z"></head>
<body><article><h1>{title}</h1>
<p>Police in the northern district said on Thursday that a roadside bomb had
damaged a bus depot overnight, injuring two guards, and that investigators
were examining fragments collected at the scene.</p>
<p>No group has said it carried out the attack, which came a week after a
similar blast near the same depot caused no casualties.</p>
</article></body></html>"""


def _rss(items):
  body = "".join(
      f"<item><title>{title}</title><link>{link}</link>"
      f"<pubDate>{date}</pubDate></item>" for title, link, date in items)
  return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile'
          f"</title>{body}</channel></rss>")


def _errors_by_type(output):
  errors = {}
  for row in read_dataset(output, "errors"):
    errors.setdefault(row["error_type"], []).append(row)
  return errors


# VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss across exec, so
# a child would report the test process's own peak.
_MEASURED_RUN = textwrap.dedent("""
    import sys
    from pipelines.cli import main
    code = main(sys.argv[1:])
    with open("/proc/self/status") as status:
      peak_kb = next(int(line.split()[1]) for line in status
                     if line.startswith("VmHWM:"))
    print(f"PEAK_MB={peak_kb / 1024:.0f}")
    sys.exit(code)
""")


def _measured_backfill(tmp_path, argv):
  """Runs `ingest backfill` in a fresh process; returns its peak RSS in MB.

  The gazetteer's disk cache is made first, here: a run that builds it
  peaks near 750 MB (GeoNames' JSON parsed whole), which says nothing about
  the bombs."""
  Gazetteer.load()
  completed = subprocess.run(
      [sys.executable, "-c", _MEASURED_RUN, "backfill", *argv],
      capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path)
  assert completed.returncode == 0, completed.stderr[-3000:]
  peak = [line for line in completed.stdout.splitlines()
          if line.startswith("PEAK_MB=")]
  return float(peak[0].split("=", 1)[1])


def test_forbidden_schemes_are_never_opened(server, tmp_path):
  secret = tmp_path / "secret.txt"
  secret.write_text("TOP-SECRET-CONTENT-42")
  server.add("/redirect-to-file", status=302,
             headers={"Location": f"file://{secret}"})
  server.add("/ok", headers={"Content-Type": _HTML},
             content=_ARTICLE.format(title="Depot blast"))
  links = [f"file://{secret}", "file:///etc/passwd", "ftp://example.org/x",
           "gopher://example.org/x", "data:text/html,hello",
           "javascript:alert(1)", server.url("/redirect-to-file"),
           server.url("/ok")]
  server.add("/feed.xml", headers={"Content-Type": _RSS}, content=_rss(
      [(f"t{i}", link, "Wed, 19 Nov 2026 08:00:00 GMT")
       for i, link in enumerate(links)]))
  output = str(tmp_path / "out")
  backfill.run([server.url("/feed.xml"), "--output", output, *_FAST])

  forbidden = _errors_by_type(output)["forbidden_scheme"]
  assert len(forbidden) == 7, forbidden
  assert all("forbidden scheme" in e["message"] for e in forbidden)
  assert [d["title"] for d in read_dataset(output, "documents")] == ["Depot blast"]
  for directory, _, files in os.walk(output):
    for name in files:
      with open(os.path.join(directory, name), "rb") as f:
        content = f.read()
      assert b"TOP-SECRET-CONTENT-42" not in content
      assert b"root:x:0:0" not in content


def test_private_addresses_blocked_after_resolution(server, tmp_path):
  server.add("/page", headers={"Content-Type": _HTML},
             content=_ARTICLE.format(title="Inside page"))
  server.add("/redirect-inside", status=302,
             headers={"Location": server.url("/page")})
  links = [server.url("/page"),
           server.url("/page").replace("127.0.0.1", "localhost"),
           "http://169.254.169.254/latest/meta-data/",
           "http://10.0.0.5/admin", "http://[::1]:9/x"]
  server.add("/feed.xml", headers={"Content-Type": _RSS}, content=_rss(
      [(f"t{i}", link, "Wed, 19 Nov 2026 08:00:00 GMT")
       for i, link in enumerate(links)]))
  output = str(tmp_path / "out")
  backfill.run([server.url("/feed.xml"), "--output", output,
                "--private-addresses", "block", *_FAST])

  # The feed given on the command line is fetched; what it links to is not.
  assert server.hits("/feed.xml") == 1
  assert server.hits("/page") == 0
  blocked = _errors_by_type(output)["private_address"]
  assert len(blocked) == len(links), blocked
  assert read_dataset(output, "documents") == []


def test_private_addresses_allowed_by_default_for_backfill(server, tmp_path):
  server.add("/page", headers={"Content-Type": _HTML},
             content=_ARTICLE.format(title="Inside page"))
  server.add("/feed.xml", headers={"Content-Type": _RSS}, content=_rss(
      [("t", server.url("/page"), "Wed, 19 Nov 2026 08:00:00 GMT")]))
  output = str(tmp_path / "out")
  backfill.run([server.url("/feed.xml"), "--output", output, *_FAST])
  assert [d["title"] for d in read_dataset(output, "documents")] == ["Inside page"]


def test_redirect_into_private_range_is_blocked_on_the_hop(tmp_path):
  from schemas.records import FetchRequest
  from transforms.fetch import Fetcher, FetchConfig
  from tests.fixture_server import FixtureServer
  with FixtureServer(None) as server:
    server.add("/hop", status=302,
               headers={"Location": "http://127.0.0.1:9/internal"})
    fetcher = Fetcher(FetchConfig(block_private_addresses=True,
                                  max_attempts=1))
    # Trusted (given on the command line): the first hop may be local, the
    # redirect's target is checked all the same.
    result = fetcher.fetch(FetchRequest(server.url("/hop"), "cli",
                                        trusted=True))
  assert result.error_type == "private_address"
  assert server.hits("/hop") == 1


@pytest.fixture(scope="module")
def gzip_bomb():
  """About 1 MB on the wire, 1 GiB once inflated; built without the GiB."""
  compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
  zeros = b"\0" * (16 * 1024 * 1024)
  parts = [compressor.compress(zeros) for _ in range(64)]
  return b"".join(parts) + compressor.flush()


def test_gzip_bombs_stop_at_the_cap_with_flat_memory(server, tmp_path,
                                                     gzip_bomb):
  server.add("/bomb.html", headers={"Content-Type": _HTML,
                                    "Content-Encoding": "gzip"},
             content=gzip_bomb)
  server.add("/bomb-feed.xml", headers={"Content-Type": _RSS,
                                        "Content-Encoding": "gzip"},
             content=gzip_bomb)
  server.add("/ok", headers={"Content-Type": _HTML},
             content=_ARTICLE.format(title="Survivor"))
  server.add("/feed.xml", headers={"Content-Type": _RSS}, content=_rss([
      ("bomb", server.url("/bomb.html"), "Wed, 19 Nov 2026 08:00:00 GMT"),
      ("ok", server.url("/ok"), "Wed, 19 Nov 2026 08:00:00 GMT")]))
  assert len(gzip_bomb) < 2 * 1024 * 1024
  output = str(tmp_path / "out")
  peak_mb = _measured_backfill(tmp_path, [
      server.url("/feed.xml"), server.url("/bomb-feed.xml"), "--output",
      output, *_FAST])

  assert peak_mb < _MEMORY_LIMIT_MB
  errors = _errors_by_type(output)
  assert [e["url"] for e in errors["too_large"]] == [server.url("/bomb.html")]
  assert [e["url"] for e in errors["feed_truncated"]] == [
      server.url("/bomb-feed.xml")]
  assert [d["title"] for d in read_dataset(output, "documents")] == ["Survivor"]


def test_xml_bombs_are_refused_quickly(server, tmp_path):
  laughs = "".join(
      f'<!ENTITY lol{n} "{("&lol%d;" % (n - 1)) * 10}">' for n in range(1, 10))
  billion_laughs = (
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">' + laughs
      + ']><rss version="2.0"><channel><title>&lol9;</title><item><title>'
      "&lol9;</title><link>http://example.org/a</link></item></channel></rss>")
  external = (
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM '
      '"file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;'
      "</title><item><title>&xxe;</title><link>http://example.org/b</link>"
      "</item></channel></rss>")
  server.add("/laughs.xml", headers={"Content-Type": _RSS},
             content=billion_laughs)
  server.add("/xxe.xml", headers={"Content-Type": _RSS}, content=external)
  output = str(tmp_path / "out")
  peak_mb = _measured_backfill(tmp_path, [
      server.url("/laughs.xml"), server.url("/xxe.xml"), "--output", output,
      *_FAST])

  assert peak_mb < _MEMORY_LIMIT_MB
  refused = _errors_by_type(output)["forbidden_xml"]
  assert sorted(e["url"] for e in refused) == [server.url("/laughs.xml"),
                                               server.url("/xxe.xml")]
  assert read_dataset(output, "documents") == []
  for directory, _, files in os.walk(output):
    for name in files:
      with open(os.path.join(directory, name), "rb") as f:
        assert b"root:x:0:0" not in f.read()


def test_huge_feed_is_capped_and_the_rest_processed(server, tmp_path):
  server.add("/page", headers={"Content-Type": _HTML},
             content=_ARTICLE.format(title="First item"))
  items = [("first", server.url("/page"), "Wed, 19 Nov 2026 08:00:00 GMT")]
  items += [(f"item {n}", server.url(f"/missing/{n}"),
             "Wed, 19 Nov 2026 08:00:00 GMT") for n in range(1, 100_000)]
  server.add("/huge.xml", headers={"Content-Type": _RSS}, content=_rss(items))
  output = str(tmp_path / "out")
  backfill.run([server.url("/huge.xml"), "--output", output,
                "--max-feed-items", "20", *_FAST])

  errors = _errors_by_type(output)
  assert len(errors["too_many_items"]) == 1
  assert "more than 20 items" in errors["too_many_items"][0]["message"]
  # The first 20 items were fetched: one page, nineteen 404s; no more.
  assert len(errors["http_error"]) == 19
  assert [d["title"] for d in read_dataset(output, "documents")] == ["First item"]


def test_feed_larger_than_byte_cap_is_cut_and_parsed(server, tmp_path):
  server.add("/page", headers={"Content-Type": _HTML},
             content=_ARTICLE.format(title="Early item"))
  items = [("early", server.url("/page"), "Wed, 19 Nov 2026 08:00:00 GMT")]
  items += [("filler " + "x" * 1000, server.url(f"/missing/{n}"),
             "Wed, 19 Nov 2026 08:00:00 GMT") for n in range(3000)]
  server.add("/long.xml", headers={"Content-Type": _RSS}, content=_rss(items))
  output = str(tmp_path / "out")
  backfill.run([server.url("/long.xml"), "--output", output,
                "--max-feed-bytes", "20000", *_FAST])
  errors = _errors_by_type(output)
  assert len(errors["feed_truncated"]) == 1
  assert [d["title"] for d in read_dataset(output, "documents")] == ["Early item"]


def test_nothing_from_the_input_places_files_outside_output(server, tmp_path):
  evil = "../../../../../../tmp/evil-" + tmp_path.name
  server.add("/page", headers={"Content-Type": _HTML},
             content=_ARTICLE.format(title=evil).replace(
                 "2026-11-19T08:00:00Z", "../../" + evil))
  server.add("/feed.xml", headers={"Content-Type": _RSS}, content=_rss([
      (evil, server.url("/page?x=../../etc"), "Mon, 01 Jan 0001 00:00:00 GMT"),
      (evil, server.url("/missing/..%2F..%2Fevil"), "Fri, 31 Dec 9999 23:59:59 GMT"),
      (evil, server.url("/other"), "not a date at all")]))
  output = str(tmp_path / "out")
  before = set(os.listdir(tmp_path))
  backfill.run([server.url("/feed.xml"), "--output", output, *_FAST])

  assert set(os.listdir(tmp_path)) - before == {"out"}
  assert not os.path.exists("/tmp/evil-" + tmp_path.name)
  for directory, subdirectories, _ in os.walk(output):
    assert os.path.realpath(directory).startswith(os.path.realpath(output))
    for name in subdirectories:
      assert name in ("documents", "errors", "signatures", "mentions", "_tmp") or (
          name.startswith("date=2") and len(name) == len("date=2026-11-21"))
  bad_dates = _errors_by_type(output)["bad_date"]
  assert len(bad_dates) == 3
  documents = read_dataset(output, "documents")
  assert len(documents) == 1
  assert documents[0]["date"] == documents[0]["fetched_at"].strftime("%Y-%m-%d")


def test_nul_bytes_and_invalid_utf8_never_reach_parquet(server, tmp_path):
  page = _ARTICLE.format(title="Nul\x00 title").encode("utf-8")
  page = page.replace(b"roadside bomb", b"road\x00side \xff\xfe bomb")
  server.add("/page", headers={"Content-Type": _HTML}, content=page)
  feed = _rss([("Feed \x00title", server.url("/page"),
                "Wed, 19 Nov 2026 08:00:00 GMT")]).encode("utf-8")
  server.add("/feed.xml", headers={"Content-Type": _RSS},
             content=feed.replace(b"Hostile", b"Host\xffile\x00"))
  output = str(tmp_path / "out")
  backfill.run([server.url("/feed.xml"), "--output", output, *_FAST])
  documents = read_dataset(output, "documents")
  assert len(documents) == 1
  for value in documents[0].values():
    if isinstance(value, str):
      assert "\x00" not in value
      value.encode("utf-8")  # Valid UTF-8: no lone surrogates.
  assert "bomb" in documents[0]["text"]
