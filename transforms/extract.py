"""ExtractArticles: HTML pages to documents with trafilatura.

trafilatura finds the main text (no navigation, comments, share buttons or
cookie notices) and the metadata: title, authors, published date, site name.
The feed entry fills what the page lacks. ``<link rel=canonical>`` is read
here, before trafilatura (which may rewrite the tree), and judged later by
the dedup stage.

Settings, chosen on the article-extraction benchmark (BENCHMARKS.md, 181
news pages with ground-truth bodies): trafilatura's fast mode (no
readability/jusText fallback; faster, and no lower there) with
favor_recall; and article bodies that a site splits into several sibling
containers around ad slots are joined first (``_join_split_bodies``), as
trafilatura otherwise keeps only the first part.
"""

import collections

import datetime
import re
import urllib.parse
from typing import Iterable, Optional

import apache_beam as beam
from apache_beam import pvalue

from schemas.documents import Document, KIND_ARTICLE
from schemas.errors import ErrorRecord
from schemas.records import FetchedPage
from transforms.decode import DecodeError, decode_html
from transforms.feeds import parse_timestamp

__all__ = ["ExtractArticles", "extract_article", "ExtractionError"]

_NAMESPACE = "extract"

# htmldate returns the time of day too when asked for it, so a page that
# says 09:30Z keeps it; a page with only a day gives midnight.
_DATE_PARAMS = {
    "original_date": True,
    "extensive_search": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The title line is looked for among the first lines of the text only:
# further down, a line equal to the title is the story quoting it.
_TITLE_SEARCH_LINES = 4
# Separators between a title's section or site name and its headline; a
# part this short ("WSJ", "Opinion") is never taken for the headline.
_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+")
_MIN_TITLE_PART_WORDS = 3
# trafilatura's choices (see the module docstring for why).
_EXTRACTION_OPTIONS = {"fast": True, "favor_recall": True}
# A class naming an article body container: article__body, story-body,
# post__content, entry-content, article-text ...
_BODY_CLASS = re.compile(
    r"^(?:article|story|entry|post|content)[-_]{0,2}(?:body|content|text)$",
    re.IGNORECASE)
# Each part of a split body holds real paragraphs; teaser cards sharing a
# body class (a list of related posts) hold a line or two and stay apart.
_MIN_PART_PARAGRAPH_CHARS = 400
_CANONICAL_XPATH = (
    '//link[contains(concat(" ", normalize-space(translate(@rel, '
    '"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")), " "), '
    '" canonical ")]/@href')


class ExtractionError(ValueError):
  """A page that yields no document, with the stage and reason."""

  def __init__(self, stage: str, error_type: str, message: str):
    super().__init__(message)
    self.stage = stage
    self.error_type = error_type


def _split_authors(value: Optional[str]) -> list:
  if not value:
    return []
  return [name.strip() for name in value.split(";") if name.strip()]


def _published(page_date: Optional[str], feed_date: Optional[datetime.datetime]
               ) -> Optional[datetime.datetime]:
  """The page's date, sharpened by the feed's time when they agree on the day.

  The page speaks for itself first. But a page that gives only a day comes
  back as midnight, and a feed timestamp on that same day is more precise.
  """
  page = parse_timestamp(page_date.replace("+0000", "+00:00")) if page_date else None
  if page is None:
    return feed_date
  if feed_date is not None and feed_date.date() == page.date() and (
      page.time() == datetime.time(0, 0)):
    return feed_date
  return page


def _drop_title_line(text: str, title: Optional[str]) -> str:
  """trafilatura keeps the <h1> as a line near the top; the title has its
  column. What comes before it there (a kicker such as "Review", the
  section name, a stray teaser) is page furniture and goes with it."""
  if not title:
    return text
  wanted = {title.strip().casefold()}
  # "Opinion | The headline": the <h1> shows the headline part alone.
  wanted.update(part.strip() for part in _TITLE_PARTS.split(title.casefold())
                if len(part.split()) >= _MIN_TITLE_PART_WORDS)
  lines = text.split("\n", _TITLE_SEARCH_LINES)
  for number, line in enumerate(lines[:_TITLE_SEARCH_LINES]):
    if line.strip().casefold() in wanted:
      return "\n".join(lines[number + 1:])
  return text


def _paragraph_chars(element) -> int:
  return sum(len("".join(p.itertext())) for p in element.iter("p"))


def _join_split_bodies(tree) -> int:
  """Moves the content of an article body split into several containers
  of the same tag and class (separated by ad rows, as on Wired) into the
  first one, in document order; returns how many parts were joined.

  Only containers whose class has an article-body token, that are not
  inside one another, and that each hold at least
  _MIN_PART_PARAGRAPH_CHARS of paragraph text.
  """
  groups = collections.defaultdict(list)
  for element in tree.iter("div", "section", "article"):
    classes = element.get("class") or ""
    if any(_BODY_CLASS.match(token) for token in classes.split()):
      groups[(element.tag, classes)].append(element)
  joined = 0
  for parts in groups.values():
    if len(parts) < 2:
      continue
    members = set(parts)
    parts = [part for part in parts
             if not any(ancestor in members for ancestor in part.iterancestors())
             and _paragraph_chars(part) >= _MIN_PART_PARAGRAPH_CHARS]
    for part in parts[1:]:
      parts[0].extend(list(part))
      part.getparent().remove(part)
      joined += 1
  return joined


def extract_article(page: FetchedPage) -> Document:
  """The Document in ``page``; raises ExtractionError with a reason."""
  import trafilatura
  from trafilatura.utils import load_html

  try:
    html, _, _ = decode_html(page.body, page.header_charset)
  except DecodeError as exc:
    raise ExtractionError("decode", "undecodable", str(exc)) from exc
  # lxml refuses strings with NUL or other C0 control characters; they are
  # never content, so they go before parsing instead of failing the page.
  html = _CONTROL_CHARS.sub("", html)
  tree = load_html(html)
  if tree is None:
    raise ExtractionError("extract", "unparseable_html",
                          "not parseable as an HTML document")
  canonical = tree.xpath(_CANONICAL_XPATH)
  _join_split_bodies(tree)
  result = trafilatura.bare_extraction(
      tree, url=page.final_url, with_metadata=True, include_comments=False,
      include_tables=True, include_images=False, deduplicate=False,
      date_extraction_params=_DATE_PARAMS, **_EXTRACTION_OPTIONS)
  if result is None or not (result.text or "").strip():
    raise ExtractionError("extract", "no_text",
                          "trafilatura found no main text in the page")
  item = page.request.item
  title = (result.title or "").strip() or (item.title if item else None)
  authors = _split_authors(result.author) or list(item.authors if item else ())
  host = urllib.parse.urlsplit(page.final_url).hostname
  return Document(
      url=page.final_url,
      source=page.request.source,
      kind=KIND_ARTICLE,
      text=_drop_title_line(result.text, title),
      fetched_at=page.fetched_at,
      title=title or None,
      authors=authors,
      published_at=_published(result.date,
                              item.published_at if item else None),
      site=(result.sitename or "").strip() or host,
      declared_canonical=canonical[0].strip() if canonical else None,
      feed_title=item.feed_title if item else None,
      http_status=page.status,
  )


class _ExtractFn(beam.DoFn):
  ERRORS = "errors"

  def setup(self):
    # Imported once per worker, not per element and not at CLI import time.
    import trafilatura  # pylint: disable=unused-import

  def process(self, page: FetchedPage) -> Iterable:
    try:
      document = extract_article(page)
    except ExtractionError as exc:
      stage, error_type, message = exc.stage, exc.error_type, str(exc)
    # trafilatura and lxml can fail in many ways on odd pages; one page's
    # crash must cost that page only, and be counted with its reason.
    except Exception as exc:  # pylint: disable=broad-except
      stage, error_type = "extract", "extractor_failure"
      message = f"{type(exc).__name__}: {exc}"
    else:
      beam.metrics.Metrics.counter(_NAMESPACE, "extracted").inc()
      yield document
      return
    beam.metrics.Metrics.counter(_NAMESPACE, f"failed_{error_type}").inc()
    yield pvalue.TaggedOutput(
        self.ERRORS, ErrorRecord.for_page(page, stage, error_type, message))


class ExtractArticles(beam.PTransform):
  """PCollection[FetchedPage] (HTML) -> Document (main) and ErrorRecord (errors)."""
  ERRORS = _ExtractFn.ERRORS

  def expand(self, pages):
    return pages | "Extract" >> beam.ParDo(_ExtractFn()).with_outputs(
        self.ERRORS, main="documents")
