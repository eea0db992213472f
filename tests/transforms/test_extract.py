"""extract_article and the ExtractArticles stage."""

import datetime

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas.records import FeedItem, FetchedPage, FetchRequest, ROLE_ITEM
from tests.conftest import offline_pipeline
from transforms.extract import ExtractArticles, ExtractionError, extract_article

UTC = datetime.timezone.utc
FEED = "https://gazette.example.org/feeds/rss.xml"
URL = "https://gazette.example.org/news/ferry-cuts?utm_source=rss"
FETCHED = datetime.datetime(2024, 3, 6, 7, 0, tzinfo=UTC)

PARAGRAPHS = [
    "The operator of the Skerry Island ferry announced on Tuesday that the "
    "winter timetable will be reduced to three sailings a day, leaving the "
    "island’s two hundred residents without an early crossing.",
    "Island councillor Petra Lindqvist said the decision would force "
    "schoolchildren and shift workers to stay overnight in town, and called "
    "on the transport board to restore the first sailing.",
    "The company blamed rising fuel costs and a shortage of qualified "
    "deckhands, adding that the service would be reviewed in the spring once "
    "a second vessel returns from its refit.",
    "Residents have organised a public meeting at the village hall on Friday "
    "evening, where the operator has been invited to explain the timetable.",
]

ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry service to Skerry Island cut | Harbour Gazette</title>
<meta property="og:title" content="Ferry service to Skerry Island cut">
<meta property="og:site_name" content="Harbour Gazette">
<meta name="author" content="Mara Quill; Tom Reed">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
<link rel="Canonical" href="/news/ferry-cuts">
</head><body>
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/weather">Weather forecast for the whole coast this week</a></li>
</ul></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to
personalise content and ads. Accept all cookies or manage your settings.</p>
<button>Accept</button></div>
<main><article>
<h1>Ferry service to Skerry Island cut</h1>
<p class="byline">By Mara Quill and Tom Reed</p>
""" + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS) + """
</article>
<section id="comments" class="comments"><h2>Comments (2)</h2>
<div class="comment"><p>Absolutely disgraceful treatment of islanders, this
happens every single winter without fail.</p></div>
<div class="comment"><p>Typical bureaucrats ignoring the people who actually
live out here all year round.</p></div></section>
</main>
<footer><p>© 2024 Harbour Gazette. All rights reserved.</p></footer>
</body></html>"""

# A page that gives only the day: the feed's time on that day is sharper.
DAY_ONLY = ARTICLE.replace(
    '<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">',
    '<meta property="article:published_time" content="2024-03-05">').replace(
        '<meta name="author" content="Mara Quill; Tom Reed">', "").replace(
            '<meta property="og:site_name" content="Harbour Gazette">', "")

EMPTY = b"<html><head><title>Nothing to read</title></head><body></body></html>"
UNDECODABLE = bytes(range(256)) * 4


def _page(body, url=URL, item=None, content_type="text/html; charset=utf-8",
          header_charset=None):
  return FetchedPage(
      request=FetchRequest(url=url, source=FEED, role=ROLE_ITEM, item=item),
      final_url=url, status=200, content_type=content_type,
      body=body if isinstance(body, bytes) else body.encode("utf-8"),
      fetched_at=FETCHED, header_charset=header_charset)


ITEM = FeedItem(title="Ferry cuts (feed title)",
                published_at=datetime.datetime(2024, 3, 5, 9, 41, tzinfo=UTC),
                authors=("Feed Desk",), feed_url=FEED,
                feed_title="Harbour Gazette - News")


def test_extract_article_real_looking_page():
  document = extract_article(_page(ARTICLE))
  assert document.title == "Ferry service to Skerry Island cut"
  assert document.authors == ["Mara Quill", "Tom Reed"]
  assert document.published_at == datetime.datetime(2024, 3, 5, 9, 30,
                                                    tzinfo=UTC)
  assert document.site == "Harbour Gazette"
  assert document.declared_canonical == "/news/ferry-cuts"
  assert (document.url, document.source, document.kind, document.fetched_at,
          document.http_status) == (URL, FEED, "article", FETCHED, 200)
  for paragraph in PARAGRAPHS:
    assert paragraph in document.text
  assert not document.text.startswith("Ferry service")  # title not repeated
  for furniture in ("Home", "Weather forecast", "cookies", "Accept",
                    "disgraceful", "bureaucrats", "Comments", "All rights"):
    assert furniture not in document.text


def test_page_wins_over_feed_but_feed_fills_gaps_and_sharpens_the_day():
  document = extract_article(_page(ARTICLE, item=ITEM))
  assert document.authors == ["Mara Quill", "Tom Reed"]
  assert document.title == "Ferry service to Skerry Island cut"
  assert document.feed_title == "Harbour Gazette - News"
  assert document.published_at == datetime.datetime(2024, 3, 5, 9, 30,
                                                    tzinfo=UTC)
  day_only = extract_article(_page(DAY_ONLY, item=ITEM))
  assert day_only.published_at == ITEM.published_at
  assert day_only.site == "gazette.example.org"  # no site name: the host


def test_windows_1252_page_is_decoded_by_meta():
  body = ARTICLE.replace('<meta charset="utf-8">',
                         '<meta charset="windows-1252">').replace(
      "Island councillor", "Île councillor Zoë paid 5 € and").encode("cp1252")
  document = extract_article(_page(body, content_type="text/html"))
  assert "Île councillor Zoë paid 5 € and Petra" in document.text
  assert "island’s two hundred" in document.text


@pytest.mark.parametrize("body, stage, error_type", [
    (EMPTY, "extract", "no_text"),
    (b"<html></html>", "extract", "no_text"),
    (b"", "extract", "unparseable_html"),
    (UNDECODABLE, "decode", "undecodable"),
], ids=["empty_body", "empty_html", "no_bytes", "undecodable"])
def test_extract_article_refusals_carry_stage_and_reason(body, stage,
                                                         error_type):
  with pytest.raises(ExtractionError) as raised:
    extract_article(_page(body))
  assert (raised.value.stage, raised.value.error_type) == (stage, error_type)


def test_extract_articles_stage():
  pages = [
      _page(ARTICLE, item=ITEM),
      _page(EMPTY, url="https://gazette.example.org/gallery/empty", item=ITEM),
      _page(UNDECODABLE, url="https://gazette.example.org/blob.bin"),
      # An unexpected exception costs its page only.
      _page(ARTICLE, url="http://[broken/ferry"),
  ]
  with offline_pipeline() as p:
    result = p | beam.Create(pages) | ExtractArticles()
    assert_that(
        result.documents | "DocFields" >> beam.Map(
            lambda d: (d.url, d.title, tuple(d.authors), d.published_at,
                       d.site, d.feed_title, d.text.split("\n")[0],
                       "cookies" in d.text or "Home" in d.text)),
        equal_to([(URL, "Ferry service to Skerry Island cut",
                   ("Mara Quill", "Tom Reed"),
                   datetime.datetime(2024, 3, 5, 9, 30, tzinfo=UTC),
                   "Harbour Gazette", "Harbour Gazette - News", PARAGRAPHS[0],
                   False)]),
        label="CheckDocuments")
    assert_that(
        result[ExtractArticles.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.stage, e.error_type, e.url, e.source, e.http_status,
                       e.published_at)),
        equal_to([
            ("extract", "no_text", "https://gazette.example.org/gallery/empty",
             FEED, 200, ITEM.published_at),
            ("decode", "undecodable", "https://gazette.example.org/blob.bin",
             FEED, 200, None),
            ("extract", "extractor_failure", "http://[broken/ferry", FEED, 200,
             None),
        ]), label="CheckErrors")


# Wired-style layout: one story, its body in two containers of the same
# class separated by an ad row, and a list of teaser cards that share a
# body class but hold only a line each.
SECOND_PART = [
    "Ferry users will be able to book the remaining crossings online from "
    "next week, the operator said, and season tickets bought before the "
    "change will be refunded in full at the harbour office on request.",
    "The transport board meets again in April, when councillors expect to "
    "hear whether the second vessel can return earlier than planned and "
    "whether a reduced fare could be offered to island pupils.",
    "A petition calling for the first sailing to be restored had gathered "
    "more than nine hundred signatures by Wednesday evening, organisers "
    "said, many of them from mainland workers who commute the other way.",
]
TEASERS = ["Harbour wall repairs begin", "Lifeboat crew honoured",
           "New bakery opens on Quay Street"]
SPLIT_BODY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry service to Skerry Island cut</title></head><body>
<main><article><h1>Ferry service to Skerry Island cut</h1>
<div class="grid"><div class="body article__body">
""" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + """</div>
<aside class="rail"><div class="ad">Advertisement</div></aside></div>
<div class="ad-row"><span class="ad-label">Advertisement</span></div>
<div class="grid"><div class="body article__body">
""" + "".join(f"<p>{p}</p>" for p in SECOND_PART) + """</div></div>
</article>
<section class="more">""" + "".join(
    f'<div class="post-content"><p><a href="/t{n}">{t}</a></p></div>'
    for n, t in enumerate(TEASERS)) + """</section>
</main></body></html>"""


def test_article_body_split_around_an_ad_row_is_read_whole():
  document = extract_article(_page(SPLIT_BODY))
  paragraphs = document.text.split("\n")
  for paragraph in PARAGRAPHS + SECOND_PART:
    assert paragraph in paragraphs
  # In page order, and the teaser cards were not joined into the story.
  assert paragraphs.index(PARAGRAPHS[-1]) < paragraphs.index(SECOND_PART[0])
  for teaser in TEASERS:
    assert teaser not in document.text


def test_join_split_bodies_leaves_single_bodies_and_teasers_alone():
  from trafilatura.utils import load_html
  from transforms.extract import _join_split_bodies
  assert _join_split_bodies(load_html(SPLIT_BODY)) == 1
  assert _join_split_bodies(load_html(ARTICLE)) == 0
  teasers_only = SPLIT_BODY.replace("article__body", "story-card")
  assert _join_split_bodies(load_html(teasers_only)) == 0


@pytest.mark.parametrize("text, title, expected", [
    ("The Title\nBody", "The Title", "Body"),
    ("Review\nThe title\nBody", "The Title", "Body"),
    ("Is it a crime?\nBody", "Opinion | Is it a crime?", "Body"),
    ("WSJ\nBody", "Is it a crime? - WSJ", "WSJ\nBody"),
    ("One\nTwo\nThree\nFour\nThe Title\nBody", "The Title",
     "One\nTwo\nThree\nFour\nThe Title\nBody"),
    ("Body that quotes\nThe Title", None, "Body that quotes\nThe Title"),
], ids=["first_line", "kicker_before_title", "section_prefix",
        "short_part_is_not_a_title", "too_far_down", "no_title"])
def test_title_line_and_what_precedes_it_are_dropped(text, title, expected):
  from transforms.extract import _drop_title_line
  assert _drop_title_line(text, title) == expected
