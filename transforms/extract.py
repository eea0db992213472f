"""ExtractArticles: HTML pages to documents with trafilatura.

trafilatura finds the main text (no navigation, comments, share buttons or
cookie notices) and the metadata: title, authors, published date, site name.
The feed entry fills what the page lacks. ``<link rel=canonical>`` is read
here, before trafilatura (which may rewrite the tree), and judged later by
the dedup stage.
"""

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
  """trafilatura keeps the <h1> as the first line; the title has its column."""
  first, _, rest = text.partition("\n")
  if title and first.strip().casefold() == title.strip().casefold():
    return rest
  return text


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
  result = trafilatura.bare_extraction(
      tree, url=page.final_url, with_metadata=True, include_comments=False,
      include_tables=True, include_images=False, deduplicate=False,
      date_extraction_params=_DATE_PARAMS)
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
