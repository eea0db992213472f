"""classify_source, local_path and the ReadSources stage."""

import os

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from tests.conftest import offline_pipeline
from transforms.sources import (ReadSources, SourceError, classify_source,
                                local_path)

PAGE = (b"<!DOCTYPE html><html><head><title>Quay</title></head><body><p>"
        b"A short story about the quay.</p></body></html>")
RSS = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
       b"</channel></rss>")


@pytest.fixture
def tree(tmp_path):
  (tmp_path / "urls.txt").write_text(
      "# feeds to follow\n"
      "\n"
      "https://gazette.example.org/feeds/rss.xml\n"
      "ftp://files.example.org/feed.xml\n"
      "   https://valley.example.net/index.rdf  \n"
      "http://[broken\n", encoding="utf-8")
  pages = tmp_path / "pages"
  (pages / "2024" / "03").mkdir(parents=True)
  (pages / "quay.html").write_bytes(PAGE)
  (pages / "2024" / "03" / "wall.HTM").write_bytes(PAGE.replace(b"quay", b"wall"))
  (pages / "notes.md").write_text("not a page")
  (pages / "image.png").write_bytes(b"\x89PNG")
  (tmp_path / "empty").mkdir()
  (tmp_path / "only-text").mkdir()
  (tmp_path / "only-text" / "readme.txt").write_text("nothing")
  (tmp_path / "feed.xml").write_bytes(RSS)
  return tmp_path


@pytest.mark.parametrize("source, expected", [
    ("https://gazette.example.org/feeds/rss.xml", "url"),
    ("HTTP://gazette.example.org/", "url"),
    ("{tmp}/urls.txt", "url_list"),
    ("{tmp}/pages", "directory"),
    ("file://{tmp}/pages", "directory"),
    ("{tmp}/feed.xml", "file"),
    ("file://{tmp}/feed.xml", "file"),
], ids=["https", "upper_scheme", "url_list", "directory", "file_uri_directory",
        "file", "file_uri"])
def test_classify_source(tree, source, expected):
  assert classify_source(source.format(tmp=tree)) == expected


@pytest.mark.parametrize("source, message", [
    ("https:///feed.xml", "URL has no host"),
    ("ftp://files.example.org/feed.xml", "unsupported URL scheme 'ftp'"),
    ("{tmp}/missing.xml", "no such file or directory"),
    ("http://[broken", "malformed URL"),
], ids=["no_host", "ftp", "missing", "broken_ipv6"])
def test_classify_source_refuses(tree, source, message):
  with pytest.raises(SourceError, match=message):
    classify_source(source.format(tmp=tree))


def test_local_path():
  assert local_path("file:///data/my%20feeds/a.xml") == "/data/my feeds/a.xml"
  assert local_path("relative/a.xml") == "relative/a.xml"
  assert local_path("https://a.example/x") is None


def test_read_sources_stage(tree):
  url_list = str(tree / "urls.txt")
  pages_dir = str(tree / "pages")
  feed = "file://" + str(tree / "feed.xml")
  empty = str(tree / "empty")
  only_text = str(tree / "only-text")
  missing = str(tree / "missing" / "list.txt")
  sources = [url_list, pages_dir, feed, "https://gazette.example.org/",
             empty, only_text, missing, "gopher://old.example.org/"]

  def uri(*parts):
    return "file://" + os.path.join(str(tree), *parts)

  with offline_pipeline() as p:
    result = p | beam.Create(sources) | ReadSources()
    assert_that(
        result[ReadSources.REQUESTS] | "RequestFields" >> beam.Map(
            lambda r: (r.url, r.source, r.role, r.item)),
        equal_to([
            ("https://gazette.example.org/feeds/rss.xml", url_list, "source",
             None),
            ("https://valley.example.net/index.rdf", url_list, "source", None),
            ("https://gazette.example.org/", "https://gazette.example.org/",
             "source", None),
        ]), label="CheckRequests")
    assert_that(
        result[ReadSources.PAGES] | "PageFields" >> beam.Map(
            lambda page: (page.final_url, page.request.url,
                          page.request.source, page.request.role, page.status,
                          page.content_type, page.body[:40],
                          page.fetched_at.tzinfo is not None)),
        equal_to([
            (uri("pages", "quay.html"), uri("pages", "quay.html"), pages_dir,
             "source", 200, "text/html", PAGE[:40], True),
            (uri("pages", "2024", "03", "wall.HTM"),
             uri("pages", "2024", "03", "wall.HTM"), pages_dir, "source", 200,
             "text/html", PAGE[:40], True),
            (uri("feed.xml"), uri("feed.xml"), feed, "source", 200,
             "application/xml", RSS[:40], True),
        ]), label="CheckPages")
    assert_that(
        result[ReadSources.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.stage, e.error_type, e.url, e.source,
                       e.message.split(":")[0])),
        equal_to([
            ("source", "forbidden_scheme", url_list, url_list, "line 4"),
            ("source", "invalid_url", url_list, url_list, "line 6"),
            ("source", "empty_directory", empty, empty,
             "no .html/.htm/.xhtml/.vtt/.srt files in " + empty),
            ("source", "empty_directory", only_text, only_text,
             "no .html/.htm/.xhtml/.vtt/.srt files in " + only_text),
            ("source", "SourceError", missing, missing,
             f"source {missing!r}"),
            ("source", "SourceError", "gopher://old.example.org/",
             "gopher://old.example.org/", "source 'gopher"),
        ]), label="CheckErrors")


STAMPED = ("0:00 Good evening, this is the harbour update.\n"
           "0:42 The ferry left on time.\n"
           "1:02:03 That is all for tonight.\n")
VTT = b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nGood evening.\n"
SRT = b"1\n00:00:01,000 --> 00:00:04,000\nGood evening.\n"


def test_read_sources_timestamped_txt_is_a_transcript_page(tmp_path):
  # '0:42 words' lines are a transcript copied from a video page, not URLs:
  # read as a URL list, every line would be an invalid_url errors row.
  transcript = tmp_path / "harbour-update.txt"
  transcript.write_text(STAMPED, encoding="utf-8")
  # Malformed for a URL list: the same kind of file with one bad line.
  url_list = tmp_path / "urls.txt"
  url_list.write_text("https://gazette.example.org/feed.xml\n0:42 not a url\n",
                      encoding="utf-8")
  with offline_pipeline() as p:
    result = p | beam.Create([str(transcript), str(url_list)]) | ReadSources()
    assert_that(
        result[ReadSources.PAGES] | "PageFields" >> beam.Map(
            lambda page: (page.final_url, page.request.source,
                          page.request.role, page.body)),
        equal_to([("file://" + str(transcript), str(transcript), "source",
                   STAMPED.encode("utf-8"))]), label="CheckPages")
    assert_that(
        result[ReadSources.REQUESTS] | "RequestUrls" >> beam.Map(
            lambda r: (r.url, r.source)),
        equal_to([("https://gazette.example.org/feed.xml", str(url_list))]),
        label="CheckRequests")
    assert_that(
        result[ReadSources.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.error_type, e.source, e.message)),
        equal_to([("invalid_url", str(url_list),
                   "line 2: not an http(s) URL: '0:42 not a url'")]),
        label="CheckErrors")


def test_read_sources_directory_reads_caption_files(tmp_path):
  captions = tmp_path / "captions"
  (captions / "fr").mkdir(parents=True)
  (captions / "journal.vtt").write_bytes(VTT)
  (captions / "fr" / "journal.SRT").write_bytes(SRT)
  (captions / "story.html").write_bytes(PAGE)
  (captions / "notes.txt").write_text("0:00 not read from a directory\n"
                                      "0:05 only .html/.vtt/.srt are\n")
  with offline_pipeline() as p:
    result = p | beam.Create([str(captions)]) | ReadSources()
    assert_that(
        result[ReadSources.PAGES] | "PageFields" >> beam.Map(
            lambda page: (os.path.relpath(page.final_url,
                                          "file://" + str(captions)),
                          page.body)),
        equal_to([("fr/journal.SRT", SRT), ("journal.vtt", VTT),
                   ("story.html", PAGE)]), label="CheckPages")
    assert_that(result[ReadSources.ERRORS], equal_to([]), label="NoErrors")
