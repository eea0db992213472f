"""End to end: the backfill against a real local HTTP server, and the sample run.

The fixture site (tests/fixtures/site) is a small news site written for this
project: RSS 2.0, RSS 1.0, Atom and JSON feeds, a truncated feed, pages with
navigation, comments and cookie banners, a windows-1252 page, French and
Spanish pages, a tracking-parameter duplicate, a syndicated copy, a 404, a
500, a PDF, a 503-then-200 page and a page that never answers. Its expected
rows are in tests/fixtures/site_expected.json.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from pipelines import backfill
from tests.conftest import FIXTURES, read_dataset

_SITE_FEEDS = ["/feeds/truncated.xml", "/feeds/rdf.xml", "/feeds/feed.json"]
# Small timeouts so the page that never answers costs seconds, not a minute.
_FAST = ["--timeout", "2", "--max-attempts", "2", "--per-host-delay", "0.05",
         "-q"]


def _expected(name, base=None):
  with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
    text = f.read()
  if base:
    text = text.replace("{{BASE}}", base)
  # Local sample files are named by where this checkout keeps them.
  sources_dir = os.path.dirname(backfill.sample_sources()[0][0])
  text = text.replace("{{SAMPLE_SOURCES}}", "file://" + sources_dir)
  return json.loads(text)


def _site_sources(site, tmp_path):
  opml = tmp_path / "feeds.opml"
  with open(os.path.join(FIXTURES, "feeds.opml"), encoding="utf-8") as f:
    opml.write_text(f.read().replace("{{BASE}}", site.base), encoding="utf-8")
  url_list = tmp_path / "urls.txt"
  url_list.write_text("# feeds and pages, told apart by what comes back\n"
                      + "\n".join(site.url(path) for path in _SITE_FEEDS)
                      + "\n", encoding="utf-8")
  return [str(opml), str(url_list)]


@pytest.fixture(scope="module")
def site_run(site, tmp_path_factory):
  tmp_path = tmp_path_factory.mktemp("site")
  output = str(tmp_path / "out")
  summary = backfill.run([*_site_sources(site, tmp_path), "--output", output,
                          *_FAST])
  return output, summary, tmp_path


def _check_documents(documents, expected):
  """Rows keyed by (kind, canonical URL): an episode page and its transcript
  share the URL."""
  by_url = {(row["kind"], row["canonical_url"]): row for row in documents}
  assert sorted(by_url) == sorted(
      (d.get("kind", "article"), d["canonical_url"]) for d in expected)
  assert len(documents) == len(by_url), "one row per kind and canonical URL"
  for want in expected:
    row = by_url[(want.get("kind", "article"), want["canonical_url"])]
    assert row["title"] == want["title"]
    if want["published"]:
      assert row["published_at"].strftime("%Y-%m-%d") == want["published"]
      assert row["date"] == want["published"]
    else:  # Undated: the fetch date (a local file's mtime) places it.
      assert row["published_at"] is None
      assert row["date"] == row["fetched_at"].strftime("%Y-%m-%d")
    assert row["language"] == want["language"], row["canonical_url"]
    if "segments" in want:
      assert row["transcript_url"] == want["transcript_url"]
      assert len(row["segments"]) == want["segments"]
    else:
      assert row["transcript_url"] is None and row["segments"] is None
    for phrase in want["must_contain"]:
      assert phrase in row["text"], (row["canonical_url"], phrase)
    for phrase in want["must_not_contain"]:
      assert phrase not in row["text"], (row["canonical_url"], phrase)
    assert "\n\n" in row["text"] or row["word_count"] < 60
    assert row["word_count"] == len(row["text"].split())
    original = want.get("exact_duplicate_of") or want.get("near_duplicate_of")
    if original:
      canonical = by_url[("article", original)]["doc_id"]
      assert row["duplicate_of"] == canonical, row["canonical_url"]
      assert row["cluster_id"] == canonical
      if "exact_duplicate_of" in want:
        assert row["similarity"] == 1.0
      else:
        assert 0.5 <= row["similarity"] < 1.0, row["similarity"]
    else:
      assert row["duplicate_of"] is None, row["canonical_url"]
      assert row["similarity"] is None
      assert row["cluster_id"] == row["doc_id"]


def _check_errors(errors, expected):
  for want in expected:
    matching = [e for e in errors if e["url"] == want["url"]]
    assert matching, f"no errors row for {want['url']}"
    assert {e["stage"] for e in matching} == {want["stage"]}, matching


def test_site_documents_match_expected(site, site_run):
  output, _, _ = site_run
  expected = _expected("site_expected.json", site.base)
  _check_documents(read_dataset(output, "documents"), expected["documents"])


def test_site_failures_are_errors_rows(site, site_run):
  output, _, _ = site_run
  errors = read_dataset(output, "errors")
  _check_errors(errors, _expected("site_expected.json", site.base)["errors"])
  by_url = {e["url"]: e for e in errors if e["stage"] == "fetch"}
  assert by_url[site.url("/news/2026/11/18/missing-story")]["http_status"] == 404
  assert by_url[site.url("/news/2026/11/18/missing-story")]["attempts"] == 1
  assert by_url[site.url("/news/2026/11/18/server-error")]["attempts"] == 2
  assert by_url[site.url("/news/2026/11/20/live-updates")]["error_type"] == (
      "timeout")
  assert "unsupported content type" in by_url[
      site.url("/reports/2026/11/annual-security-review.pdf")]["message"]


def test_site_tracking_variant_fetched_once(site, site_run):
  paths = [path for _, path, _ in site.requests]
  variants = [p for p in paths if "utm_" in p or p.endswith("/market-attack")]
  assert len(variants) == 1, variants


def test_site_requests_identify_themselves(site, site_run):
  agents = {headers.get("User-Agent") for _, _, headers in site.requests}
  assert len(agents) == 1 and agents.pop().startswith("news-ingest/")


def test_site_summary_counts(site_run):
  output, summary, _ = site_run
  text = summary.render()
  assert summary.count("write", "documents_rows") == len(
      read_dataset(output, "documents"))
  assert summary.count("write", "errors_rows") == len(read_dataset(output, "errors"))
  assert summary.errors_by_stage["fetch"] >= 4
  assert summary.documents_by_language["fr"] == 2
  assert os.path.join(output, "documents") in text


def test_rerun_into_same_output_adds_no_rows(site, site_run):
  output, _, tmp_path = site_run
  before = sorted(r["doc_id"] for r in read_dataset(output, "documents"))
  errors_before = len(read_dataset(output, "errors"))
  backfill.run([*_site_sources(site, tmp_path), "--output", output, *_FAST])
  assert sorted(r["doc_id"] for r in read_dataset(output, "documents")) == before
  assert len(read_dataset(output, "errors")) == errors_before
  assert not os.path.exists(os.path.join(output, "_tmp"))


def test_since_until_window(site, tmp_path):
  output = str(tmp_path / "out")
  dhaka = "/news/2026/11/12/dhaka-fuel-protest"
  hits_before = site.hits(dhaka)
  backfill.run([*_site_sources(site, tmp_path), "--output", output,
                "--since", "2026-11-15", "--until", "2026-11-17", *_FAST])
  dates = sorted({r["date"] for r in read_dataset(output, "documents")})
  assert dates and set(dates) <= {"2026-11-15", "2026-11-16", "2026-11-17"}
  # Items the feeds date outside the window were never fetched.
  assert site.hits(dhaka) == hits_before


def test_duckdb_reads_the_datasets(site_run):
  import duckdb
  output, _, _ = site_run
  glob = os.path.join(output, "documents", "**", "*.parquet")
  (count,), = duckdb.sql(
      f"select count(*) from read_parquet('{glob}', hive_partitioning=1)"
  ).fetchall()
  assert count == len(read_dataset(output, "documents"))


def test_sample_run_offline_matches_expected(tmp_path):
  output = str(tmp_path / "out")
  summary = backfill.run(["--output", output, "-q"])
  expected = _expected("sample_expected.json")
  _check_documents(read_dataset(output, "documents"), expected["documents"])
  _check_errors(read_dataset(output, "errors"), expected["errors"])
  _check_sample_mentions(read_dataset(output, "documents"),
                         read_dataset(output, "mentions"))
  assert summary.sample
  assert len(summary.documents_by_language) >= 3


def _check_sample_mentions(documents, mentions):
  """The sample's security stories yield mentions traced to their words."""
  texts = {row["doc_id"]: row["text"] for row in documents}
  assert mentions
  for row in mentions:
    text = texts[row["doc_id"]]
    assert text[row["char_start"]:row["char_end"]] == row["trigger"]
    assert row["trigger"] in row["sentence"]
  # The Cúcuta car bomb, reported by two Spanish outlets (el-cronista and
  # diario-sur): an IED in Colombia, 5 killed and 27 injured.
  car_bombs = [row for row in mentions if row["location"] == "Cúcuta"]
  assert {(row["sub_event_type"], row["country_code"], row["killed"],
           row["injured"]) for row in car_bombs} == {
               ("Remote explosive/landmine/IED", "CO", 5, 27)}
  assert len({row["doc_id"] for row in car_bombs}) == 2
  # The German story is not tagged: no mentions in a language the tagger
  # does not read.
  german = {row["doc_id"] for row in documents if row["language"] == "de"}
  assert not german & {row["doc_id"] for row in mentions}


_AUDIT_SCRIPT = textwrap.dedent("""
    import json, sys
    events = []
    def hook(event, args):
      if event == "socket.connect":
        events.append(repr(args[1]))
      elif event == "socket.getaddrinfo":
        events.append(repr(args[0]))
    sys.addaudithook(hook)
    from pipelines.cli import main
    code = main(sys.argv[2:])
    with open(sys.argv[1], "w") as f:
      json.dump(events, f)
    sys.exit(code)
""")


def _audited_run(tmp_path, argv):
  events_file = tmp_path / "events.json"
  completed = subprocess.run(
      [sys.executable, "-c", _AUDIT_SCRIPT, str(events_file), *argv],
      capture_output=True, text=True, timeout=300, check=False,
      cwd=tmp_path)
  assert completed.returncode == 0, completed.stderr[-3000:]
  return json.loads(events_file.read_text()), completed


def test_default_run_opens_no_connection(tmp_path):
  events, completed = _audited_run(
      tmp_path, ["backfill", "--output", str(tmp_path / "out")])
  assert events == []
  assert "finished" in completed.stdout
  assert "documents:" in completed.stdout


def test_run_connects_only_to_the_sources_given(site, tmp_path):
  events, _ = _audited_run(
      tmp_path, ["backfill", site.url("/feeds/rdf.xml"), "--output",
                 str(tmp_path / "out"), *_FAST])
  port = site.base.rsplit(":", 1)[1]
  assert events, "the feed was fetched"
  for event in events:
    assert "127.0.0.1" in event and (port in event or event == "'127.0.0.1'"), (
        events)
