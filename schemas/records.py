"""Record types that flow between the crawl stages (not written to Parquet)."""

import dataclasses
import datetime
from typing import Optional

__all__ = ["FeedItem", "FetchRequest", "FetchedPage", "TranscriptRef",
           "ROLE_SOURCE", "ROLE_FEED", "ROLE_ITEM", "ROLE_TRANSCRIPT"]

# What a URL is expected to be, which limits what its response may become:
# a SOURCE (command line or URL list) may be a feed or a page, a URL from an
# OPML file a feed, a URL from a feed an article page, a feed item's
# <podcast:transcript> a transcript.
ROLE_SOURCE = "source"
ROLE_FEED = "feed"
ROLE_ITEM = "item"
ROLE_TRANSCRIPT = "transcript"


@dataclasses.dataclass(frozen=True)
class TranscriptRef:
  """A transcript a feed item offers: a Podcasting 2.0 ``<podcast:transcript>``
  tag, a Media RSS ``<media:subTitle>`` or a caption enclosure."""
  url: str
  type: Optional[str] = None
  language: Optional[str] = None
  rel: Optional[str] = None


@dataclasses.dataclass(frozen=True)
class FeedItem:
  """What a feed entry says about the page it links to."""
  title: Optional[str] = None
  published_at: Optional[datetime.datetime] = None
  authors: tuple = ()
  feed_url: Optional[str] = None
  feed_title: Optional[str] = None
  summary: Optional[str] = None
  language: Optional[str] = None
  # The entry's own link (the episode or video page) and its transcripts,
  # in the feed's order.
  link: Optional[str] = None
  transcripts: tuple = ()


@dataclasses.dataclass(frozen=True)
class FetchRequest:
  """A URL to fetch, with where it came from."""
  url: str
  source: str
  role: str = ROLE_SOURCE
  item: Optional[FeedItem] = None
  # Given on the command line by the user, not found inside a feed or list:
  # exempt from --private-addresses block (its redirects are not).
  trusted: bool = False
  # Validators of an earlier response, sent back exactly as received
  # (If-None-Match, If-Modified-Since): a conditional GET, answered by 304
  # when nothing changed.
  etag: Optional[str] = None
  last_modified: Optional[str] = None


@dataclasses.dataclass(frozen=True)
class FetchedPage:
  """A response body (or a local file's bytes) with its request."""
  request: FetchRequest
  final_url: str
  status: int
  content_type: str
  body: bytes
  fetched_at: datetime.datetime
  attempts: int = 1
  # The charset parameter of the Content-Type header, if any.
  header_charset: Optional[str] = None
  # A feed longer than the feed byte cap: ``body`` holds its first bytes.
  truncated: bool = False
  # The caching and validator headers of the response (name, value) pairs,
  # names lower-cased: etag, last-modified, cache-control, expires.
  headers: tuple = ()
  # Where the URL has moved for good: the URL after the leading run of
  # 301/308 redirects, when there was one.
  moved_to: Optional[str] = None

  def header(self, name: str) -> Optional[str]:
    """A recorded response header by lower-case name, or None."""
    return next((value for key, value in self.headers if key == name), None)
