"""The RouteResponses stage: what a fetched response turns into.

Crawl itself fetches over HTTP and is exercised by the pipeline tests.
"""

import datetime

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from schemas.records import (FeedItem, FetchedPage, FetchRequest, ROLE_FEED,
                             ROLE_ITEM, ROLE_SOURCE, ROLE_TRANSCRIPT)
from tests.conftest import offline_pipeline
from transforms.crawl import RouteResponses
from transforms.window import DateWindow, parse_window_bound

UTC = datetime.timezone.utc
SOURCE = "https://gazette.example.org/feeds/rss.xml"
MARCH = DateWindow(parse_window_bound("2024-03-01", end=False),
                   parse_window_bound("2024-03-31", end=True))


def _item(title, link, date=None):
  link_tag = f"<link>{link}</link>" if link else ""
  date_tag = f"<pubDate>{date}</pubDate>" if date else ""
  return f"<item><title>{title}</title>{link_tag}{date_tag}</item>"


RSS = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
       "<title>Harbour Gazette</title>"
       + _item("In window", "/news/in", "Tue, 05 Mar 2024 10:00:00 GMT")
       + _item("Last evening", "/news/last",
               "Sun, 31 Mar 2024 23:30:00 GMT")
       + _item("Too old", "/news/old", "Sat, 10 Feb 2024 10:00:00 GMT")
       + _item("Too new", "/news/new", "Mon, 01 Apr 2024 00:00:00 GMT")
       + _item("Undated", "/news/undated")
       + _item("No link", None, "Tue, 05 Mar 2024 11:00:00 GMT")
       + "</channel></rss>").encode("utf-8")
OPML = (b'<?xml version="1.0"?><opml version="2.0"><head><title>List</title>'
        b'</head><body><outline text="Local"><outline text="Gazette" '
        b'xmlUrl="https://gazette.example.org/feeds/rss.xml"/></outline>'
        b'<outline text="Ridge" xmlUrl="/atom.xml"/></body></opml>')
HTML = (b"<!DOCTYPE html><html><head><title>Story</title></head><body>"
        b"<p>Words.</p></body></html>")
TRUNCATED = RSS[:RSS.index(b"<item><title>Too old")] + b"<item><title>Cut o"
FETCHED = datetime.datetime(2024, 3, 6, tzinfo=UTC)
ITEM_DATE = datetime.datetime(2024, 3, 5, 10, tzinfo=UTC)


def _page(url, body, content_type, role=ROLE_SOURCE, item=None, status=200):
  return FetchedPage(request=FetchRequest(url, SOURCE, role, item),
                     final_url=url, status=status, content_type=content_type,
                     body=body, fetched_at=FETCHED)


def test_route_responses_stage():
  pages = [
      _page(SOURCE, RSS, "text/html; charset=utf-8"),
      _page("https://lists.example.com/feeds.opml", OPML, "text/xml"),
      _page("https://gazette.example.org/news/in", HTML, "text/html",
            ROLE_ITEM, FeedItem(title="In window", published_at=ITEM_DATE)),
      _page("https://gazette.example.org/feed2.xml", TRUNCATED,
            "application/rss+xml", ROLE_FEED),
      # Malformed responses, each an errors row:
      _page("https://gazette.example.org/report.pdf",
            b"%PDF-1.7\n1 0 obj\n", "application/octet-stream", ROLE_ITEM,
            FeedItem(published_at=ITEM_DATE)),
      _page("https://gazette.example.org/news/feed-again", RSS,
            "application/rss+xml", ROLE_ITEM),
      _page("https://gazette.example.org/list.opml", OPML, "text/x-opml",
            ROLE_FEED),
  ]
  with offline_pipeline() as p:
    result = p | beam.Create(pages) | RouteResponses(MARCH)
    assert_that(
        result.pages | "PageUrls" >> beam.Map(
            lambda page: (page.final_url, page.request.role)),
        equal_to([("https://gazette.example.org/news/in", ROLE_ITEM)]),
        label="CheckPages")
    assert_that(
        result[RouteResponses.REQUESTS] | "RequestFields" >> beam.Map(
            lambda r: (r.url, r.source, r.role, r.item.title,
                       r.item.published_at, r.item.feed_title)),
        equal_to([
            ("https://gazette.example.org/news/in", SOURCE, ROLE_ITEM,
             "In window", ITEM_DATE, "Harbour Gazette"),
            ("https://gazette.example.org/news/last", SOURCE, ROLE_ITEM,
             "Last evening", datetime.datetime(2024, 3, 31, 23, 30,
                                               tzinfo=UTC), "Harbour Gazette"),
            ("https://gazette.example.org/news/undated", SOURCE, ROLE_ITEM,
             "Undated", None, "Harbour Gazette"),
            # Feeds named by the OPML list are not dated, never filtered.
            ("https://gazette.example.org/feeds/rss.xml", SOURCE, ROLE_FEED,
             None, None, "Gazette"),
            ("https://lists.example.com/atom.xml", SOURCE, ROLE_FEED, None,
             None, "Ridge"),
            # The good items before the cut of the truncated feed.
            ("https://gazette.example.org/news/in", SOURCE, ROLE_ITEM,
             "In window", ITEM_DATE, "Harbour Gazette"),
            ("https://gazette.example.org/news/last", SOURCE, ROLE_ITEM,
             "Last evening", datetime.datetime(2024, 3, 31, 23, 30,
                                               tzinfo=UTC), "Harbour Gazette"),
        ]), label="CheckRequests")
    assert_that(
        result[RouteResponses.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.stage, e.error_type, e.url, e.source, e.http_status,
                       e.published_at)),
        equal_to([
            ("feed", "item_without_link", SOURCE, SOURCE, 200, None),
            ("feed", "malformed_feed", "https://gazette.example.org/feed2.xml",
             SOURCE, 200, None),
            ("feed", "item_without_link",
             "https://gazette.example.org/feed2.xml", SOURCE, 200, None),
            ("fetch", "unsupported_content_type",
             "https://gazette.example.org/report.pdf", SOURCE, 200, ITEM_DATE),
            ("feed", "unexpected_content",
             "https://gazette.example.org/news/feed-again", SOURCE, 200, None),
            ("feed", "unexpected_content",
             "https://gazette.example.org/list.opml", SOURCE, 200, None),
        ]), label="CheckErrors")


def test_route_responses_open_window_follows_every_item():
  page = _page(SOURCE, RSS, "application/rss+xml")
  with offline_pipeline() as p:
    result = p | beam.Create([page]) | RouteResponses()
    assert_that(
        result[RouteResponses.REQUESTS] | "Urls" >> beam.Map(lambda r: r.url),
        equal_to([f"https://gazette.example.org/news/{name}"
                  for name in ("in", "last", "old", "new", "undated")]),
        label="CheckRequests")
    assert_that(
        result[RouteResponses.ERRORS] | "Messages" >> beam.Map(
            lambda e: e.message),
        equal_to(["entry 5 ('No link') has no link"]), label="CheckErrors")


# --- Transcripts --------------------------------------------------------------

PODCAST_FEED = "https://harbour-radio.example/podcast/feed.xml"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"


def _episode(number, date, tags):
  return (f"<item><title>Episode {number}</title>"
          f"<link>https://harbour-radio.example/ep/{number}</link>"
          f"<pubDate>{date}</pubDate>{tags}</item>")


def _tag(path, kind=None, language=None):
  attrs = f' type="{kind}"' if kind else ""
  attrs += f' language="{language}"' if language else ""
  return f'<podcast:transcript url="/t/{path}"{attrs}/>'


PODCAST_RSS = (
    f'<?xml version="1.0"?><rss version="2.0" xmlns:podcast="{PODCAST_NS}">'
    "<channel><title>Harbour Watch</title><language>fr-CA</language>"
    # The feed's language beats the format order: French JSON over VTTs.
    + _episode(1, "Tue, 05 Mar 2024 10:00:00 GMT",
               _tag("1.en.vtt", "text/vtt", "en")
               + _tag("1.vtt", "text/vtt")
               + _tag("1.fr.srt", "application/x-subrip", "fr")
               + _tag("1.fr.json", "application/json", "fr"))
    # No tag in French: untagged ones, best format first (json > srt > html
    # > text), ahead of a VTT in another language.
    + _episode(2, "Wed, 06 Mar 2024 10:00:00 GMT",
               _tag("2.txt", "text/plain") + _tag("2.html", "text/html")
               + _tag("2.srt", "application/x-subrip")
               + _tag("2.json", "application/json")
               + _tag("2.de.vtt", "text/vtt", "de"))
    + _episode(3, "Thu, 07 Mar 2024 10:00:00 GMT", "")
    # Outside the window: neither the page nor its transcript is fetched.
    + _episode(4, "Sat, 10 Feb 2024 10:00:00 GMT",
               _tag("4.vtt", "text/vtt"))
    + "</channel></rss>").encode("utf-8")


def test_route_responses_feed_item_yields_its_chosen_transcript():
  page = _page(PODCAST_FEED, PODCAST_RSS, "application/rss+xml")
  with offline_pipeline() as p:
    result = p | beam.Create([page]) | RouteResponses(MARCH)
    assert_that(
        result[RouteResponses.REQUESTS] | "RequestFields" >> beam.Map(
            lambda r: (r.url, r.role, r.source, r.item.title)),
        equal_to([
            ("https://harbour-radio.example/ep/1", ROLE_ITEM, SOURCE,
             "Episode 1"),
            ("https://harbour-radio.example/t/1.fr.json", ROLE_TRANSCRIPT,
             SOURCE, "Episode 1"),
            ("https://harbour-radio.example/ep/2", ROLE_ITEM, SOURCE,
             "Episode 2"),
            ("https://harbour-radio.example/t/2.json", ROLE_TRANSCRIPT,
             SOURCE, "Episode 2"),
            ("https://harbour-radio.example/ep/3", ROLE_ITEM, SOURCE,
             "Episode 3"),
        ]), label="CheckRequests")
    assert_that(result.pages, equal_to([]), label="NoPages")
    assert_that(result[RouteResponses.TRANSCRIPTS], equal_to([]),
                label="NoTranscripts")
    assert_that(result[RouteResponses.ERRORS], equal_to([]), label="NoErrors")


EPISODE_ITEM = FeedItem(title="Episode 1", published_at=ITEM_DATE,
                        link="https://harbour-radio.example/ep/1")
VTT = b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nGood evening.\n"
# An episode page that shows its transcript as Podcasting 2.0 HTML cues.
EPISODE_PAGE = (b"<!DOCTYPE html><html><head><title>Episode 1</title></head>"
                b"<body><h1>Episode 1</h1><cite>Ana:</cite><time>00:00:05"
                b"</time><p>Welcome.</p><cite>Ben:</cite><time>00:00:09"
                b"</time><p>Thanks.</p></body></html>")
ERROR_PAGE = (b"<!DOCTYPE html><html><head><title>404 Not Found</title>"
              b"</head><body><p>No such file.</p></body></html>")


def test_route_responses_transcript_responses():
  transcript = "https://harbour-radio.example/t/1.vtt"
  pages = [
      # Whatever a transcript URL returns is the transcript reader's to
      # judge, even an error page served with status 200.
      _page(transcript, VTT, "text/plain", ROLE_TRANSCRIPT, EPISODE_ITEM),
      _page("https://harbour-radio.example/t/1.html", ERROR_PAGE,
            "text/html", ROLE_TRANSCRIPT, EPISODE_ITEM),
      _page("https://harbour-radio.example/t/1.srt", b"", "",
            ROLE_TRANSCRIPT, EPISODE_ITEM),
      # A caption file given as a SOURCE, and one a feed linked as an item.
      _page("https://tv.example.org/journal.vtt", VTT, "text/vtt"),
      _page("https://tv.example.org/captions/1.vtt", VTT, "text/vtt",
            ROLE_ITEM, EPISODE_ITEM),
      # The episode page itself stays the item's article page.
      _page("https://harbour-radio.example/ep/1", EPISODE_PAGE, "text/html",
            ROLE_ITEM, EPISODE_ITEM),
      # Malformed: the tag pointed at the audio.
      _page("https://harbour-radio.example/t/1.mp3", b"ID3\x04\x00",
            "audio/mpeg", ROLE_TRANSCRIPT, EPISODE_ITEM),
  ]
  with offline_pipeline() as p:
    result = p | beam.Create(pages) | RouteResponses(MARCH)
    assert_that(
        result[RouteResponses.TRANSCRIPTS] | "TranscriptFields" >> beam.Map(
            lambda page: (page.final_url, page.request.role)),
        equal_to([
            (transcript, ROLE_TRANSCRIPT),
            ("https://harbour-radio.example/t/1.html", ROLE_TRANSCRIPT),
            ("https://harbour-radio.example/t/1.srt", ROLE_TRANSCRIPT),
            ("https://tv.example.org/journal.vtt", ROLE_SOURCE),
            ("https://tv.example.org/captions/1.vtt", ROLE_ITEM),
        ]), label="CheckTranscripts")
    assert_that(
        result.pages | "PageFields" >> beam.Map(
            lambda page: (page.final_url, page.request.role)),
        equal_to([("https://harbour-radio.example/ep/1", ROLE_ITEM)]),
        label="CheckPages")
    assert_that(
        result[RouteResponses.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.stage, e.error_type, e.url, e.message,
                       e.published_at)),
        equal_to([
            ("transcript", "unsupported_content_type",
             "https://harbour-radio.example/t/1.mp3",
             "a transcript URL returned audio/mpeg", ITEM_DATE),
        ]), label="CheckErrors")
    assert_that(result[RouteResponses.REQUESTS], equal_to([]),
                label="NoRequests")


TTML = (b'<?xml version="1.0"?><tt xmlns="http://www.w3.org/ns/ttml" '
        b'xml:lang="en"><head/><body><div><p begin="00:00:01.000" '
        b'end="00:00:03.000">Hello</p></div></body></tt>')


def test_route_responses_item_ttml_file_is_a_transcript():
  page = _page("https://tv.example.org/captions/1.ttml", TTML,
               "application/ttml+xml", ROLE_ITEM, EPISODE_ITEM)
  with offline_pipeline() as p:
    result = p | beam.Create([page]) | RouteResponses(MARCH)
    assert_that(
        result[RouteResponses.TRANSCRIPTS] | "Urls" >> beam.Map(
            lambda page: page.final_url),
        equal_to(["https://tv.example.org/captions/1.ttml"]),
        label="CheckTranscripts")
    assert_that(result.pages, equal_to([]), label="NoPages")
