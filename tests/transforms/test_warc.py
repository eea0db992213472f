"""ReadWarc and read_warc_range: archived responses to pages, skips and errors."""

import collections
import datetime
import gzip
import os

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas.errors import ErrorRecord
from schemas.records import FetchedPage
from tests import warc_files as wf
from tests.conftest import offline_pipeline
from transforms import warc
from transforms.sources import SourceError, classify_source
from transforms.warc import ReadWarc, WarcSkip, read_warc

_SITE = "https://harbour-gazette.example"
_PAGE_A = wf.page("Ferry timetable changes", ["The harbour ferry will run "
                                              "every twenty minutes."])
_LEGACY = wf.page("Café reopens", ["The café on the quay reopens."],
                  charset="windows-1252")
_CHUNKED = wf.page("Bridge works", ["Night works close the bridge."])
_AFTER = wf.page("Market day", ["Stalls line the square on Saturday."])


def _archive(compressed: bool) -> list:
  """Every kind of record a news crawl holds, a damaged one and a cut one."""
  damaged = gzip.compress(wf.response(f"{_SITE}/lost", _PAGE_A), mtime=0)
  middle = len(damaged) // 2
  damaged = damaged[:middle] + b"\x00" * 16 + damaged[middle + 16:]
  cut = wf.response(f"{_SITE}/cut", _AFTER)
  cut = gzip.compress(cut, mtime=0) if compressed else cut
  return [
      wf.warcinfo(),
      wf.request(f"{_SITE}/a"),
      wf.response(f"{_SITE}/a", _PAGE_A),
      wf.metadata(f"{_SITE}/a"),
      wf.response(f"{_SITE}/missing", b"<html>gone</html>", "404 Not Found"),
      wf.response(f"{_SITE}/logo.png", b"\x89PNG\r\n", content_type="image/png"),
      wf.response(f"{_SITE}/moved", b"", "301 Moved Permanently"),
      wf.revisit(f"{_SITE}/a"),
      wf.dns_response("harbour-gazette.example"),
      wf.response(f"<{_SITE}/legacy>", _LEGACY,
                  content_type="text/html; charset=windows-1252"),
      wf.response(f"{_SITE}/chunked", wf.chunked(gzip.compress(_CHUNKED)),
                  headers=(("Content-Type", "text/html"),
                           ("Transfer-Encoding", "chunked"),
                           ("Content-Encoding", "gzip"))),
      wf.response(f"{_SITE}/undated", _PAGE_A, date=None),
      wf.response(f"{_SITE}/feed.xml", b'<?xml version="1.0"?><rss '
                  b'version="2.0"><channel></channel></rss>',
                  content_type="application/rss+xml"),
      wf.Raw(damaged if compressed else b"this line is not a WARC record\r\n"),
      wf.response(f"{_SITE}/after", _AFTER),
      wf.Raw(cut[:len(cut) // 2]),
  ]


def _read_all(path) -> list:
  with open(path, "rb") as f:
    return list(read_warc(f, str(path), "SRC", os.path.getsize(path), 0,
                          lambda offset: True))


def _summary(outcome):
  if isinstance(outcome, FetchedPage):
    return ("page", outcome.final_url)
  if isinstance(outcome, WarcSkip):
    return ("skip", outcome.reason)
  return ("error", outcome.error_type)


_EXPECTED = [
    ("skip", "warcinfo_record"), ("skip", "request_record"),
    ("page", f"{_SITE}/a"), ("skip", "metadata_record"), ("skip", "not_200"),
    ("skip", "not_html"), ("skip", "not_200"), ("skip", "revisit_record"),
    ("skip", "not_http"), ("page", f"{_SITE}/legacy"),
    ("page", f"{_SITE}/chunked"), ("error", "bad_warc_record"),
    ("skip", "not_html"), ("error", "corrupt_record"),
    ("page", f"{_SITE}/after"), ("error", "truncated_record"),
]


@pytest.mark.parametrize("name", ["news.warc.gz", "news.warc"],
                         ids=["gzip_per_record", "uncompressed"])
def test_every_record_is_a_page_a_counted_skip_or_an_error(tmp_path, name):
  path = tmp_path / name
  offsets = wf.write_warc(path, _archive(name.endswith(".gz")))
  outcomes = _read_all(path)
  assert [_summary(o) for o in outcomes] == _EXPECTED
  errors = [o for o in outcomes if isinstance(o, ErrorRecord)]
  assert {e.stage for e in errors} == {"source"}
  # Each error names the file and the byte offset where the bad record starts.
  assert errors[0].url == f"{_SITE}/undated"
  assert errors[0].message.startswith(f"{path} at byte {offsets[11]}: ")
  assert "WARC-Date" in errors[0].message
  assert errors[1].message.startswith(f"{path} at byte {offsets[13]}: ")
  assert errors[2].message.startswith(f"{path} at byte {offsets[15]}: ")
  assert all(e.source == "SRC" for e in errors)


def test_pages_carry_what_a_fetch_would_have(tmp_path):
  path = tmp_path / "news.warc.gz"
  wf.write_warc(path, _archive(True))
  pages = {o.final_url: o for o in _read_all(path)
           if isinstance(o, FetchedPage)}
  first = pages[f"{_SITE}/a"]
  assert first.request.url == first.final_url == f"{_SITE}/a"
  assert first.request.source == "SRC"
  assert first.status == 200
  assert first.fetched_at == datetime.datetime(2026, 11, 3, 8, 15,
                                               tzinfo=datetime.timezone.utc)
  assert first.body == _PAGE_A
  assert first.header_charset == "utf-8"
  # The charset is the HTTP header's; the bytes stay as archived.
  legacy = pages[f"{_SITE}/legacy"]
  assert legacy.header_charset == "windows-1252"
  assert legacy.body == _LEGACY and b"Caf\xe9" in legacy.body
  # Transfer and content encodings are undone, as requests does for a fetch.
  assert pages[f"{_SITE}/chunked"].body == _CHUNKED


@pytest.mark.parametrize("record, error_type", [
    (wf.response(f"{_SITE}/br", b"\x8b\x05\x80compressed", headers=(
        ("Content-Type", "text/html"), ("Content-Encoding", "br"))),
     "unsupported_encoding"),
    (wf.response(f"{_SITE}/huge", _PAGE_A * 40), "too_large"),
    # warcio's parser fails on it before we see the record.
    (wf.warc_record("response", wf.http_response(_PAGE_A), None, wf.DATE,
                    "application/http; msgtype=response"), "corrupt_record"),
    (wf.response(f"{_SITE}/bad-date", _PAGE_A, date="yesterday"),
     "bad_warc_record"),
], ids=["brotli_without_decoder", "payload_over_cap", "no_target_uri",
        "unreadable_date"])
def test_bad_record_is_an_error_and_the_next_is_read(tmp_path, monkeypatch,
                                                     record, error_type):
  monkeypatch.setattr(warc, "_MAX_PAYLOAD_BYTES", 4096)
  path = tmp_path / "one-bad.warc.gz"
  wf.write_warc(path, [record, wf.response(f"{_SITE}/after", _AFTER)])
  outcomes = _read_all(path)
  assert [_summary(o) for o in outcomes] == [
      ("error", error_type), ("page", f"{_SITE}/after")]
  assert outcomes[0].message.startswith(f"{path} at byte 0: ")


def _one_stream(records: list) -> bytes:
  """A .warc gzipped whole, as `gzip news.warc` does: one member."""
  return gzip.compress(b"".join(records), mtime=0)


def test_whole_file_gzip_is_read_as_one_stream(tmp_path):
  path = tmp_path / "one-stream.warc.gz"
  path.write_bytes(_one_stream(_archive(False)[:13] + [
      wf.response(f"{_SITE}/after", _AFTER)]))
  assert [_summary(o) for o in _read_all(path)] == _EXPECTED[:13] + [
      ("page", f"{_SITE}/after")]


def test_whole_file_gzip_cut_short_keeps_what_precedes_the_cut(tmp_path):
  path = tmp_path / "one-stream-cut.warc.gz"
  data = _one_stream([wf.response(f"{_SITE}/b/{n}", _AFTER * 20)
                      for n in range(40)])
  path.write_bytes(data[:len(data) * 3 // 4])
  outcomes = [_summary(o) for o in _read_all(path)]
  assert outcomes[:25] == [("page", f"{_SITE}/b/{n}") for n in range(25)]
  assert outcomes[-1] == ("error", "corrupt_record")
  assert all(kind == "page" for kind, _ in outcomes[:-1])
  assert len(outcomes) < 40


def _big_archive(path) -> list:
  records = []
  for number in range(90):
    records.append(wf.request(f"{_SITE}/story/{number}"))
    records.append(wf.response(f"{_SITE}/story/{number}", wf.page(
        f"Story {number}", [f"Paragraph {number} about the harbour."] * 8)))
  damaged = bytearray(gzip.compress(records[101], mtime=0))
  damaged[40:60] = b"\xff" * 20
  records[101] = wf.Raw(bytes(damaged))
  return wf.write_warc(path, records)


@pytest.mark.parametrize("range_bytes", [700, 4096, 25_000],
                         ids=["ranges_smaller_than_a_record", "4k", "25k"])
def test_ranges_of_a_gzip_file_read_each_record_once(tmp_path, range_bytes):
  path = tmp_path / "big.warc.gz"
  _big_archive(path)
  size = os.path.getsize(path)
  whole = [_summary(o) for o in _read_all(path)]
  assert whole.count(("error", "corrupt_record")) == 1
  assert len(whole) == 180
  pieces = []
  with open(path, "rb") as f:
    for start in range(0, size, range_bytes):
      stop = start + range_bytes
      pieces.extend(_summary(o) for o in read_warc(
          f, str(path), "SRC", size, start,
          lambda offset, start=start, stop=stop: start <= offset < stop))
  assert pieces == whole


def _tree(tmp_path):
  wf.write_warc(tmp_path / "a.warc.gz", _archive(True))
  (tmp_path / "b.warc.gz").write_bytes(_one_stream([
      wf.response(f"{_SITE}/b/{n}", _AFTER) for n in range(30)]))
  wf.write_warc(tmp_path / "c.warc", [wf.response(f"{_SITE}/c", _AFTER)])
  (tmp_path / "notes.txt").write_text("not an archive")
  return tmp_path


def test_read_warc_splits_files_and_counts_skips(tmp_path, monkeypatch):
  tree = _tree(tmp_path)
  # Small ranges, so the splittable DoFn really reads files in pieces.
  monkeypatch.setattr(warc, "_SPLIT_BYTES", 1500)
  sources = [str(tree / "*.warc.gz"), f"file://{tree}/c.warc",
             str(tree / "none-*.warc.gz")]
  pipeline = offline_pipeline()
  read = pipeline | beam.Create(sources) | ReadWarc()
  expected_urls = ([f"{_SITE}/a", f"{_SITE}/legacy", f"{_SITE}/chunked",
                    f"{_SITE}/after"] + [f"{_SITE}/b/{n}" for n in range(30)]
                   + [f"{_SITE}/c"])
  assert_that(read[ReadWarc.PAGES] | "Urls" >> beam.Map(
      lambda page: (page.final_url, page.request.source)),
              equal_to([(url, sources[0]) for url in expected_urls[:-1]]
                       + [(expected_urls[-1], sources[1])]), label="Pages")
  assert_that(read[ReadWarc.ERRORS] | "ErrorKinds" >> beam.Map(
      lambda e: (e.stage, e.error_type, e.source)), equal_to([
          ("source", "bad_warc_record", sources[0]),
          ("source", "corrupt_record", sources[0]),
          ("source", "truncated_record", sources[0]),
          ("source", "no_match", sources[2])]), label="Errors")
  result = pipeline.run()
  result.wait_until_finish()
  counters = collections.Counter()
  for counter in result.metrics().query()["counters"]:
    counters[counter.key.metric.name] += counter.committed
  skipped = {name: n for name, n in counters.items()
             if name.startswith("skipped_")}
  assert skipped == {"skipped_warcinfo_record": 1, "skipped_request_record": 1,
                     "skipped_metadata_record": 1, "skipped_not_200": 2,
                     "skipped_not_html": 2, "skipped_revisit_record": 1,
                     "skipped_not_http": 1}
  assert counters["pages"] == 35 and counters["files"] == 3
  assert counters["records"] == 35 + 9 + 3


@pytest.mark.parametrize("source", [
    "{tmp}/a.warc.gz", "{tmp}/*.warc.gz", "file://{tmp}/*.warc",
    "{tmp}/**/*.WARC.GZ", "gs://commoncrawl-copy/cc-news/2026/11/*.warc.gz"],
    ids=["file", "glob", "file_uri_glob", "recursive_glob_upper_case",
         "remote_pattern"])
def test_classify_warc_sources(tmp_path, source):
  _tree(tmp_path)
  (tmp_path / "sub").mkdir()
  wf.write_warc(tmp_path / "sub" / "D.WARC.GZ", [wf.warcinfo()])
  assert classify_source(source.format(tmp=tmp_path)) == "warc"


def test_warc_glob_matching_nothing_is_a_bad_invocation(tmp_path):
  with pytest.raises(SourceError, match="no WARC file matches"):
    classify_source(str(tmp_path / "*.warc.gz"))
