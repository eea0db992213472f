"""parse_feed, parse_opml, parse_url_list, parse_timestamp (no Beam)."""

import datetime
import time

import pytest

from schemas.records import FeedItem, TranscriptRef
from transforms.feeds import (FeedLink, parse_feed, parse_opml,
                              parse_timestamp, parse_url_list)

UTC = datetime.timezone.utc
FEED_URL = "https://gazette.example.org/feeds/rss.xml"

RSS2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Gazette</title>
  <link>https://gazette.example.org/</link>
  <language>en</language>
  <item>
    <title>Ferry timetable cut to three sailings</title>
    <link>/news/ferry-timetable</link>
    <pubDate>Tue, 05 Mar 2024 14:30:00 +0200</pubDate>
    <dc:creator>Mara Quill</dc:creator>
    <description>Islanders lose their morning crossing.</description>
  </item>
  <item>
    <title>Harbour wall repaired after storm</title>
    <link>https://gazette.example.org/news/wall</link>
    <pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
    <author>desk@gazette.example.org (Tom Reed)</author>
  </item>
  <item>
    <title>Lighthouse keeper retires</title>
    <guid>https://gazette.example.org/news/lighthouse</guid>
  </item>
</channel>
</rss>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://valley.example.net/">
    <title>Valley Notes</title>
    <link>https://valley.example.net/</link>
    <description>Orchards and markets.</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://valley.example.net/fair"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://valley.example.net/fair">
    <title>Orchard fair opens</title>
    <link>https://valley.example.net/fair</link>
    <dc:date>2024-05-10T09:15:00+02:00</dc:date>
    <dc:creator>Ines Paloma</dc:creator>
  </item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Ridge Weekly</title>
  <id>urn:uuid:ridge</id>
  <updated>2024-06-03T10:00:00Z</updated>
  <entry>
    <title>Mountain trail reopened</title>
    <link rel="alternate" href="../posts/trail"/>
    <id>urn:uuid:1</id>
    <published>2024-06-01T07:45:00-04:00</published>
    <updated>2024-06-02T00:00:00Z</updated>
    <author><name>Lea Brandt</name></author>
    <author><name>Sam Ode</name></author>
  </entry>
  <entry>
    <title>Hut rebuilt</title>
    <link href="https://ridge.example.com/posts/hut"/>
    <id>urn:uuid:2</id>
    <updated>2024-06-03T10:00:00Z</updated>
  </entry>
</feed>"""

JSON_FEED = b"""{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Dune Post",
  "language": "en",
  "items": [
    {"id": "1", "url": "/stories/sand-fence", "title": "A new sand fence",
     "date_published": "2024-07-01T12:00:00+02:00",
     "authors": [{"name": "Ola Vik"}, {"name": ""}, {"url": "https://x"}],
     "summary": "Volunteers built it in a day."},
    {"id": "2", "external_url": "https://elsewhere.example/report",
     "date_modified": "2024-07-02T00:00:00Z", "language": "fr"},
    {"id": "3", "url": "https://dune.example.com/stories/3",
     "date_published": "2024-07-03T08:00:00", "author": {"name": "Old Style"}}
  ]
}"""


def _summary(links):
  return [(link.url, link.item.title, link.item.published_at,
           link.item.authors) for link in links]


def test_rss2_links_resolved_dates_utc_and_authors():
  parsed = parse_feed(RSS2, FEED_URL, "application/rss+xml")
  assert parsed.problems == []
  assert parsed.title == "Harbour Gazette"
  assert _summary(parsed.links) == [
      ("https://gazette.example.org/news/ferry-timetable",
       "Ferry timetable cut to three sailings",
       datetime.datetime(2024, 3, 5, 12, 30, tzinfo=UTC), ("Mara Quill",)),
      ("https://gazette.example.org/news/wall",
       "Harbour wall repaired after storm",
       datetime.datetime(2024, 3, 6, 8, 0, tzinfo=UTC), ("Tom Reed",)),
      ("https://gazette.example.org/news/lighthouse",
       "Lighthouse keeper retires", None, ()),
  ]
  first = parsed.links[0].item
  assert (first.feed_url, first.feed_title, first.language, first.summary) == (
      FEED_URL, "Harbour Gazette", "en", "Islanders lose their morning crossing.")


def test_rss1_rdf():
  parsed = parse_feed(RSS1, "https://valley.example.net/index.rdf")
  assert parsed.problems == []
  assert parsed.title == "Valley Notes"
  assert _summary(parsed.links) == [
      ("https://valley.example.net/fair", "Orchard fair opens",
       datetime.datetime(2024, 5, 10, 7, 15, tzinfo=UTC), ("Ines Paloma",))]


def test_atom_relative_link_published_before_updated_multiple_authors():
  parsed = parse_feed(ATOM, "https://ridge.example.com/feeds/atom.xml",
                      "application/atom+xml")
  assert parsed.problems == []
  assert parsed.title == "Ridge Weekly"
  assert _summary(parsed.links) == [
      ("https://ridge.example.com/posts/trail", "Mountain trail reopened",
       datetime.datetime(2024, 6, 1, 11, 45, tzinfo=UTC),
       ("Lea Brandt", "Sam Ode")),
      ("https://ridge.example.com/posts/hut", "Hut rebuilt",
       datetime.datetime(2024, 6, 3, 10, 0, tzinfo=UTC), ()),
  ]


def test_json_feed_1_1():
  feed_url = "https://dune.example.com/feeds/feed.json"
  parsed = parse_feed(JSON_FEED, feed_url, "application/feed+json")
  assert parsed.problems == []
  assert parsed.title == "Dune Post"
  assert _summary(parsed.links) == [
      ("https://dune.example.com/stories/sand-fence", "A new sand fence",
       datetime.datetime(2024, 7, 1, 10, 0, tzinfo=UTC), ("Ola Vik",)),
      ("https://elsewhere.example/report", None,
       datetime.datetime(2024, 7, 2, 0, 0, tzinfo=UTC), ()),
      # A date without an offset is read as UTC; 1.0's single author works.
      ("https://dune.example.com/stories/3", None,
       datetime.datetime(2024, 7, 3, 8, 0, tzinfo=UTC), ("Old Style",)),
  ]
  assert parsed.links[0].item == FeedItem(
      title="A new sand fence",
      published_at=datetime.datetime(2024, 7, 1, 10, 0, tzinfo=UTC),
      authors=("Ola Vik",), feed_url=feed_url, feed_title="Dune Post",
      summary="Volunteers built it in a day.", language="en",
      link="https://dune.example.com/stories/sand-fence")
  assert parsed.links[1].item.language == "fr"  # item's own language wins


def test_json_feed_with_bom_is_read():
  parsed = parse_feed(b"\xef\xbb\xbf" + JSON_FEED, "https://dune.example.com/f")
  assert len(parsed.links) == 3


def test_truncated_rss_keeps_good_items_and_reports_a_problem():
  cut = RSS2.index(b"<item>\n    <title>Lighthouse")
  truncated = RSS2[:cut] + b"<item>\n    <title>Cut off in the mid"
  parsed = parse_feed(truncated, FEED_URL)
  assert [link.url for link in parsed.links] == [
      "https://gazette.example.org/news/ferry-timetable",
      "https://gazette.example.org/news/wall"]
  malformed = [problem for problem in parsed.problems
               if problem.startswith("malformed feed")]
  assert len(malformed) == 1
  assert malformed[0].error_type == "malformed_feed"


def test_rss_item_without_link_is_a_problem_others_kept():
  body = RSS2.replace(
      b"<guid>https://gazette.example.org/news/lighthouse</guid>",
      b'<guid isPermaLink="false">lighthouse-42</guid>')
  parsed = parse_feed(body, FEED_URL)
  assert len(parsed.links) == 2
  assert parsed.problems == ["entry 2 ('Lighthouse keeper retires') has no link"]
  assert parsed.problems[0].error_type == "item_without_link"


@pytest.mark.parametrize("body, expected_problems", [
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": ['
     b'{"id": "a", "title": "no url"}, "not an object",'
     b'{"id": "b", "url": "http://[broken"},'
     b'{"id": "c", "url": "https://dune.example.com/ok"}]}',
     ["item 0 ('a') has no url", "item 1 is not an object",
      "item 2 ('b') has no url"]),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}',
     ["malformed JSON Feed: no 'items' list"]),
], ids=["bad_items", "items_not_a_list"])
def test_json_feed_problems(body, expected_problems):
  parsed = parse_feed(body, "https://dune.example.com/feed.json")
  assert parsed.problems == expected_problems
  assert [link.url for link in parsed.links] == (
      ["https://dune.example.com/ok"] if len(expected_problems) > 1 else [])


@pytest.mark.parametrize("body", [
    b'{"version": "https://jsonfeed.org/version/1.1", "items": [',
    b"<html><body><p>Not a feed at all.</p></body></html>",
    b"",
], ids=["broken_json", "html_page", "empty"])
def test_not_a_feed_is_one_problem_and_no_links(body):
  parsed = parse_feed(body, FEED_URL)
  assert parsed.links == []
  assert len(parsed.problems) == 1
  assert parsed.problems[0].startswith(("malformed", "not a feed"))


@pytest.mark.parametrize("date", [
    "Mon, 01 Jan 0001 00:00:00 GMT",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Thu, 01 Jan 1970 00:00:00 GMT",
], ids=["year_0001", "year_9999", "epoch_placeholder"])
def test_implausible_item_dates_become_none(date):
  body = (b'<rss version="2.0"><channel><title>t</title><item><title>x</title>'
          b"<link>https://gazette.example.org/x</link><pubDate>"
          + date.encode() + b"</pubDate></item></channel></rss>")
  parsed = parse_feed(body, FEED_URL)
  assert [(link.url, link.item.published_at) for link in parsed.links] == [
      ("https://gazette.example.org/x", None)]


@pytest.mark.parametrize("value, expected", [
    ("2024-03-05T09:30:00Z", datetime.datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("2024-03-05T11:30:00+02:00",
     datetime.datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("2024-03-05", datetime.datetime(2024, 3, 5, tzinfo=UTC)),
    (time.struct_time((2024, 3, 5, 9, 30, 0, 1, 65, 0)),
     datetime.datetime(2024, 3, 5, 9, 30, tzinfo=UTC)),
    ("0001-01-01T00:00:00Z", None),
    ("9999-12-31T23:59:59Z", None),
    ("1989-12-31T23:59:59Z", None),
    ("yesterday", None),
    (None, None),
    (12345, None),
], ids=["zulu", "offset", "bare_date", "struct_time", "year_1", "year_9999",
        "before_1990", "garbage", "none", "wrong_type"])
def test_parse_timestamp(value, expected):
  assert parse_timestamp(value) == expected


def test_parse_timestamp_refuses_far_future_accepts_next_year():
  this_year = datetime.datetime.now(UTC).year
  assert parse_timestamp(f"{this_year + 1}-01-01T00:00:00Z") is not None
  assert parse_timestamp(f"{this_year + 2}-01-01T00:00:00Z") is None


OPML = b"""<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head><title>Reading list</title></head>
  <body>
    <outline text="Local news">
      <outline text="Gazette" title="Harbour Gazette" type="rss"
               xmlUrl="https://gazette.example.org/feeds/rss.xml"/>
      <outline text="Mountains">
        <outline text="Ridge Weekly" xmlURL="/feeds/atom.xml"/>
      </outline>
    </outline>
    <outline text="A folder with nothing in it"/>
    <outline text="Blank" xmlUrl=""/>
    <outline text="Top level" xmlUrl="https://dune.example.com/feed.json"/>
  </body>
</opml>"""


def test_parse_opml_nested_outlines():
  parsed = parse_opml(OPML, "https://lists.example.com/me/list.opml")
  assert parsed.title == "Reading list"
  assert parsed.links == [
      FeedLink("https://gazette.example.org/feeds/rss.xml",
               FeedItem(feed_title="Harbour Gazette")),
      FeedLink("https://lists.example.com/feeds/atom.xml",
               FeedItem(feed_title="Ridge Weekly")),
      FeedLink("https://dune.example.com/feed.json",
               FeedItem(feed_title="Top level")),
  ]
  assert parsed.problems == ["outline 'Blank' has an empty or invalid xmlUrl"]


@pytest.mark.parametrize("body, expected_start", [
    (b'<opml><body><outline text="x" xmlUrl="https://a.example/f"></body>',
     "malformed OPML: mismatched tag"),
    (b"", "malformed OPML"),
    (b'<!DOCTYPE opml [<!ENTITY boom "boom">]><opml><body/></opml>',
     "malformed OPML: EntitiesForbidden"),
], ids=["unclosed_outline", "empty", "entity_declaration"])
def test_parse_opml_malformed_is_a_problem(body, expected_start):
  parsed = parse_opml(body, "https://lists.example.com/list.opml")
  assert parsed.links == []
  assert len(parsed.problems) == 1
  assert parsed.problems[0].startswith(expected_start)
  assert parsed.problems[0].error_type == "malformed_opml"


def test_parse_opml_invalid_xmlurl_is_a_problem_not_a_crash():
  body = (b'<opml><body><outline text="bad" xmlUrl="http://[oops/feed"/>'
          b'<outline text="good" xmlUrl="https://a.example/feed"/></body></opml>')
  parsed = parse_opml(body, "https://lists.example.com/list.opml")
  assert [link.url for link in parsed.links] == ["https://a.example/feed"]
  assert parsed.problems == ["outline 'bad' has an empty or invalid xmlUrl"]


def test_parse_url_list_skips_comments_and_blanks_reports_bad_lines():
  text = ("# my sources\n"
          "\n"
          "https://gazette.example.org/feeds/rss.xml\n"
          "   http://valley.example.net/index.rdf   \n"
          "   # an indented comment\n"
          "ftp://files.example.org/feed.xml\n"
          "gazette.example.org/no-scheme\n"
          "\t\n"
          "https:///no-host\n"
          "http://[broken-ipv6\n"
          "HTTPS://Ridge.Example.com/feeds/atom.xml\n")
  urls, problems = parse_url_list(text)
  assert urls == ["https://gazette.example.org/feeds/rss.xml",
                  "http://valley.example.net/index.rdf",
                  "HTTPS://Ridge.Example.com/feeds/atom.xml"]
  assert problems == [
      "line 6: forbidden scheme 'ftp': 'ftp://files.example.org/feed.xml'",
      "line 7: not an http(s) URL: 'gazette.example.org/no-scheme'",
      "line 9: not an http(s) URL: 'https:///no-host'",
      "line 10: not an http(s) URL: 'http://[broken-ipv6'",
  ]
  assert [p.error_type for p in problems] == [
      "forbidden_scheme", "invalid_url", "invalid_url", "invalid_url"]


def test_parse_url_list_empty_and_windows_line_endings():
  assert parse_url_list("") == ([], [])
  assert parse_url_list("https://a.example/x\r\n\r\nhttps://b.example/y\r\n") == (
      ["https://a.example/x", "https://b.example/y"], [])


# --- <podcast:transcript> tags ------------------------------------------------

PODCAST_FEED_URL = "https://harbour-radio.example/podcast/feed.xml"
PODCAST_NS = b"https://podcastindex.org/namespace/1.0"


def _podcast_rss(items: bytes, prefix: bytes = b"podcast",
                 channel_extra: bytes = b"") -> bytes:
  return (b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:'
          + prefix + b'="' + PODCAST_NS + b'"><channel>'
          b"<title>Harbour Watch</title><language>en</language>"
          + channel_extra + items + b"</channel></rss>")


def _transcripts(parsed):
  return [(link.url, link.item.transcripts) for link in parsed.links]


def test_every_transcript_tag_of_an_item_is_kept_in_feed_order():
  # feedparser alone keeps only the last tag of an item.
  body = _podcast_rss(
      b"<item><title>Episode 12</title>"
      b"<link>https://harbour-radio.example/ep/12</link>"
      b'<podcast:transcript url="https://cdn.harbour-radio.example/12.json"'
      b' type="application/json" language="en" rel="captions"/>'
      b'<podcast:transcript url="https://cdn.harbour-radio.example/12.vtt"'
      b' type="text/vtt"/>'
      b'<podcast:transcript url="https://cdn.harbour-radio.example/12.fr.srt"'
      b' type="application/x-subrip" language="fr"/>'
      b"</item>")
  parsed = parse_feed(body, PODCAST_FEED_URL, "application/rss+xml")
  assert parsed.problems == []
  assert parsed.links[0].item.link == "https://harbour-radio.example/ep/12"
  assert _transcripts(parsed) == [("https://harbour-radio.example/ep/12", (
      TranscriptRef("https://cdn.harbour-radio.example/12.json",
                    "application/json", "en", "captions"),
      TranscriptRef("https://cdn.harbour-radio.example/12.vtt", "text/vtt"),
      TranscriptRef("https://cdn.harbour-radio.example/12.fr.srt",
                    "application/x-subrip", "fr"),
  ))]


def test_transcript_tags_under_another_prefix_of_the_podcast_namespace():
  body = _podcast_rss(
      b"<item><title>Episode 3</title>"
      b"<link>https://harbour-radio.example/ep/3</link>"
      b'<pc:transcript url="https://cdn.harbour-radio.example/3.vtt"'
      b' type="text/vtt"/></item>', prefix=b"pc")
  parsed = parse_feed(body, PODCAST_FEED_URL)
  assert _transcripts(parsed) == [("https://harbour-radio.example/ep/3", (
      TranscriptRef("https://cdn.harbour-radio.example/3.vtt", "text/vtt"),))]


def test_atom_entries_carry_their_own_transcripts():
  body = (b'<?xml version="1.0" encoding="utf-8"?>\n'
          b'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:podcast="'
          + PODCAST_NS + b'"><title>Ridge Radio</title><id>urn:uuid:rr</id>'
          b"<updated>2024-06-03T10:00:00Z</updated>"
          b"<entry><title>Trail report</title>"
          b'<link rel="alternate" href="/episodes/trail"/>'
          b"<id>urn:uuid:rr-1</id>"
          b"<updated>2024-06-01T10:00:00Z</updated>"
          b'<podcast:transcript url="/episodes/trail.vtt" type="text/vtt"/>'
          b'<podcast:transcript url="/episodes/trail.json"'
          b' type="application/json"/></entry>'
          b"<entry><title>Hut news</title>"
          b'<link href="https://ridge-radio.example/episodes/hut"/>'
          b"<id>urn:uuid:rr-2</id><updated>2024-06-02T10:00:00Z</updated>"
          b'<podcast:transcript url="https://ridge-radio.example/hut.srt"'
          b' type="application/x-subrip"/></entry></feed>')
  parsed = parse_feed(body, "https://ridge-radio.example/feeds/atom.xml",
                      "application/atom+xml")
  assert parsed.problems == []
  assert _transcripts(parsed) == [
      ("https://ridge-radio.example/episodes/trail", (
          TranscriptRef("https://ridge-radio.example/episodes/trail.vtt",
                        "text/vtt"),
          TranscriptRef("https://ridge-radio.example/episodes/trail.json",
                        "application/json"))),
      ("https://ridge-radio.example/episodes/hut", (
          TranscriptRef("https://ridge-radio.example/hut.srt",
                        "application/x-subrip"),)),
  ]


def test_channel_level_tag_ignored_and_item_without_tags_gets_none():
  # A show-wide transcript tag (before or after the items) belongs to no
  # episode; an episode without tags must not inherit one.
  channel_tag = (b'<podcast:transcript url="https://harbour-radio.example/'
                 b'show.vtt" type="text/vtt"/>')
  body = _podcast_rss(
      b"<item><title>Episode 1</title>"
      b"<link>https://harbour-radio.example/ep/1</link></item>"
      + channel_tag, channel_extra=channel_tag)
  parsed = parse_feed(body, PODCAST_FEED_URL)
  assert parsed.problems == []
  assert _transcripts(parsed) == [("https://harbour-radio.example/ep/1", ())]


def test_relative_transcript_urls_are_resolved_against_the_feed():
  body = _podcast_rss(
      b"<item><title>Episode 4</title><link>/ep/4</link>"
      b'<podcast:transcript url="  transcripts/4.vtt " type="text/vtt"/>'
      b'<podcast:transcript url="/files/4.srt" type="application/x-subrip"/>'
      b'<podcast:transcript url="//cdn.example.net/4.json"'
      b' type="application/json"/></item>')
  parsed = parse_feed(body, PODCAST_FEED_URL)
  assert parsed.links[0].item.link == "https://harbour-radio.example/ep/4"
  assert [ref.url for ref in parsed.links[0].item.transcripts] == [
      "https://harbour-radio.example/podcast/transcripts/4.vtt",
      "https://harbour-radio.example/files/4.srt",
      "https://cdn.example.net/4.json"]


def test_item_cap_still_applies_with_transcript_tags():
  items = b"".join(
      b"<item><title>Episode %d</title>"
      b"<link>https://harbour-radio.example/ep/%d</link>"
      b'<podcast:transcript url="/t/%d.vtt" type="text/vtt"/>'
      b'<podcast:transcript url="/t/%d.srt" type="application/x-subrip"/>'
      b"</item>" % (n, n, n, n) for n in range(1, 5))
  parsed = parse_feed(_podcast_rss(items), PODCAST_FEED_URL, max_items=2)
  assert parsed.problems == [
      "feed has more than 2 items: the rest were not read (--max-feed-items)"]
  assert parsed.problems[0].error_type == "too_many_items"
  assert [(url, [ref.url for ref in refs])
          for url, refs in _transcripts(parsed)] == [
      ("https://harbour-radio.example/ep/1",
       ["https://harbour-radio.example/t/1.vtt",
        "https://harbour-radio.example/t/1.srt"]),
      ("https://harbour-radio.example/ep/2",
       ["https://harbour-radio.example/t/2.vtt",
        "https://harbour-radio.example/t/2.srt"]),
  ]


def test_items_sharing_a_link_keep_their_own_transcripts():
  body = _podcast_rss(b"".join(
      b"<item><title>Episode %s</title>"
      b"<link>https://harbour-radio.example/</link>"
      b'<guid isPermaLink="false">hw-%s</guid>%s</item>' % (n, n, tag)
      for n, tag in (
          (b"1", b'<podcast:transcript url="/t/1.vtt" type="text/vtt"/>'),
          (b"2", b'<podcast:transcript url="/t/2.vtt" type="text/vtt"/>'),
          (b"3", b""))))
  parsed = parse_feed(body, PODCAST_FEED_URL)
  assert [[ref.url for ref in link.item.transcripts]
          for link in parsed.links] == [
      ["https://harbour-radio.example/t/1.vtt"],
      ["https://harbour-radio.example/t/2.vtt"],
      []]
