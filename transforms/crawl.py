"""Crawl: SOURCEs to article pages and transcripts, following feeds and OPML.

What a URL is decides its next step only once it has been fetched: a URL
list may hold feeds and pages, an OPML file lists feeds, a feed lists pages.
So the crawl runs discovery rounds, each `FetchPages` then `RouteResponses`,
and then fetches every article page found, once:

  discovery 1: SOURCE URLs (and local files, read without fetching)
  discovery 2: feeds named by an OPML file or a URL list
  articles:    every feed item of every round, deduplicated by normalized
               URL across all of them, so the same story in two feeds (or
               under a tracking-parameter variant) is fetched once; with
               them, each item's chosen <podcast:transcript>

Two discovery rounds cover the deepest chain a SOURCE can start (a remote
OPML file -> feeds -> pages); a list still pointing further is an errors row
rather than an unbounded walk.
"""

from typing import Iterable

import apache_beam as beam
from apache_beam import pvalue

from schemas.errors import ErrorRecord
from schemas.records import (FetchedPage, FetchRequest, ROLE_FEED, ROLE_ITEM,
                             ROLE_SOURCE, ROLE_TRANSCRIPT)
from transforms import content
from transforms.feeds import parse_feed, parse_opml
from transforms.fetch import FetchConfig, FetchPages
from transforms.transcripts import choose_transcript
from transforms.sources import ReadSources
from transforms.window import DateWindow

__all__ = ["Crawl", "RouteResponses", "route_page", "DISCOVERY_ROUNDS"]

_NAMESPACE = "crawl"
DISCOVERY_ROUNDS = 2

# What each role may turn out to be. An item of a feed that is itself a feed
# or an OPML list would start another walk; that is refused.
_ALLOWED = {
    ROLE_SOURCE: {content.HTML, content.FEED, content.OPML, content.TRANSCRIPT},
    ROLE_FEED: {content.HTML, content.FEED},
    # A feed of caption files links its items to transcripts directly.
    ROLE_ITEM: {content.HTML, content.TRANSCRIPT},
}


class _RouteFn(beam.DoFn):
  """FetchedPage -> article page (main), transcript, next FetchRequest, errors."""
  REQUESTS = "requests"
  TRANSCRIPTS = "transcripts"
  ERRORS = "errors"

  def __init__(self, window: DateWindow, max_feed_items: int):
    self._window = window
    self._max_feed_items = max_feed_items

  def process(self, page: FetchedPage) -> Iterable:
    request = page.request
    if request.role == ROLE_TRANSCRIPT:
      yield from self._route_transcript(page)
      return
    kind = content.classify_content(page.content_type, page.body)
    if (kind == content.TRANSCRIPT and request.role != ROLE_SOURCE
        and content.is_html_document(page.body)):
      # An episode page that shows its transcript is still the item's
      # article page; its timed transcript comes from the feed's tag.
      kind = content.HTML
    if kind == content.UNSUPPORTED:
      yield self._error(page, "fetch", "unsupported_content_type",
                        "unsupported content type: "
                        f"{page.content_type or 'unknown'}")
      return
    if kind not in _ALLOWED[request.role]:
      yield self._error(page, "feed", "unexpected_content",
                        f"expected {'an article page' if request.role == ROLE_ITEM else 'a feed'}"
                        f" from a {request.role} URL, got {kind}")
      return
    beam.metrics.Metrics.counter(_NAMESPACE, f"{kind}_responses").inc()
    if kind == content.HTML:
      yield page
      return
    if kind == content.TRANSCRIPT:
      yield pvalue.TaggedOutput(self.TRANSCRIPTS, page)
      return
    if page.truncated:
      yield self._error(page, "feed", "feed_truncated",
                        f"feed larger than {len(page.body)} bytes: only the "
                        "items before the cut were read (--max-feed-bytes)")
    if kind == content.OPML:
      parsed, role = parse_opml(page.body, page.final_url), ROLE_FEED
    else:
      parsed = parse_feed(page.body, page.final_url, page.content_type,
                          self._max_feed_items)
      role = ROLE_ITEM
    for problem in parsed.problems:
      yield self._error(page, "feed", problem.error_type, str(problem))
    for link in parsed.links:
      if role == ROLE_ITEM:
        beam.metrics.Metrics.counter(_NAMESPACE, "items").inc()
        # Items the feed dates outside the window are not fetched at all;
        # undated ones are, and are judged by the page's own date later.
        when = link.item.published_at
        if when is not None and not self._window.contains(when):
          beam.metrics.Metrics.counter(_NAMESPACE, "items_outside_window").inc()
          continue
      if link.url:
        yield pvalue.TaggedOutput(self.REQUESTS, FetchRequest(
            url=link.url, source=request.source, role=role, item=link.item))
      transcript = choose_transcript(link.item.transcripts, link.item.language)
      if transcript is not None:
        beam.metrics.Metrics.counter(_NAMESPACE, "transcripts").inc()
        yield pvalue.TaggedOutput(self.REQUESTS, FetchRequest(
            url=transcript.url, source=request.source, role=ROLE_TRANSCRIPT,
            item=link.item))

  def _route_transcript(self, page: FetchedPage) -> Iterable:
    # Whatever came back is judged by the transcript reader, which knows an
    # error page from a podcast HTML transcript; only media files stop here.
    if content.is_binary_content_type(page.content_type):
      yield self._error(page, "transcript", "unsupported_content_type",
                        "a transcript URL returned "
                        f"{content.media_type(page.content_type)}")
      return
    beam.metrics.Metrics.counter(_NAMESPACE, "transcript_responses").inc()
    yield pvalue.TaggedOutput(self.TRANSCRIPTS, page)

  def _error(self, page, stage, error_type, message):
    return pvalue.TaggedOutput(
        self.ERRORS, ErrorRecord.for_page(page, stage, error_type, message))


def route_page(page: FetchedPage, window: DateWindow = DateWindow(),
               max_feed_items: int = FetchConfig.max_feed_items) -> Iterable:
  """RouteResponses for one page, outside a pipeline's graph: the article
  page itself, or TaggedOutputs (requests, transcripts, errors).

  The feed poller routes what it polled with it, so feeds are read by the
  same rules in a backfill and in a monitor.
  """
  return _RouteFn(window, max_feed_items).process(page)


class RouteResponses(beam.PTransform):
  """PCollection[FetchedPage] -> HTML pages (main), transcripts, next
  requests, errors."""
  REQUESTS = _RouteFn.REQUESTS
  TRANSCRIPTS = _RouteFn.TRANSCRIPTS
  ERRORS = _RouteFn.ERRORS

  def __init__(self, window: DateWindow = DateWindow(),
               max_feed_items: int = FetchConfig.max_feed_items, label=None):
    super().__init__(label)
    if max_feed_items < 1:
      raise ValueError(f"max_feed_items must be >= 1, got {max_feed_items}")
    self._window = window
    self._max_feed_items = max_feed_items

  def expand(self, pages):
    return pages | "Route" >> beam.ParDo(
        _RouteFn(self._window, self._max_feed_items)).with_outputs(
            self.REQUESTS, self.TRANSCRIPTS, self.ERRORS, main="pages")


def _too_deep(request: FetchRequest) -> ErrorRecord:
  return ErrorRecord(
      stage="feed", error_type="too_deep",
      message=f"not followed: more than {DISCOVERY_ROUNDS} levels of lists "
              f"and feeds below the source", url=request.url,
      source=request.source)


class Crawl(beam.PTransform):
  """PCollection[str] of SOURCEs -> HTML FetchedPages ('pages'), transcript
  FetchedPages ('transcripts') and errors."""
  TRANSCRIPTS = "transcripts"
  ERRORS = "errors"

  def __init__(self, fetch_config: FetchConfig = FetchConfig(),
               window: DateWindow = DateWindow(), label=None):
    super().__init__(label)
    self._fetch_config = fetch_config
    self._window = window

  def expand(self, sources):
    read = sources | "ReadSources" >> ReadSources()
    errors = [read[ReadSources.ERRORS]]
    pages, transcripts, items = [], [], []
    requests = read[ReadSources.REQUESTS]
    for number in range(1, DISCOVERY_ROUNDS + 1):
      fetched = requests | f"FetchRound{number}" >> FetchPages(
          self._fetch_config)
      errors.append(fetched[FetchPages.ERRORS])
      responses = {f"RouteRound{number}": fetched.pages}
      if number == 1:
        # Local files join the first round as if they had been fetched
        # (ReadSources has spread them over the workers). Routed by a step
        # of their own, not flattened with the fetched pages: a Flatten of
        # ReadSources' flattened pages costs the FnApiRunner a stage that
        # only passes every page through a worker and back.
        responses["RouteLocalFiles"] = read[ReadSources.PAGES]
      found = []
      for label, responded in responses.items():
        routed = responded | label >> RouteResponses(
            self._window, self._fetch_config.max_feed_items)
        pages.append(routed.pages)
        transcripts.append(routed[RouteResponses.TRANSCRIPTS])
        errors.append(routed[RouteResponses.ERRORS])
        found.append(routed[RouteResponses.REQUESTS])
      found_items, requests = (
          found
          | f"FoundRound{number}" >> beam.Flatten()
          | f"SplitRound{number}" >> beam.Partition(
              lambda request, _: 0 if request.role in (
                  ROLE_ITEM, ROLE_TRANSCRIPT) else 1, 2))
      items.append(found_items)
    errors.append(requests | "TooDeep" >> beam.Map(_too_deep))
    fetched = (items | "AllItems" >> beam.Flatten()
               | "FetchArticles" >> FetchPages(self._fetch_config))
    errors.append(fetched[FetchPages.ERRORS])
    routed = fetched.pages | "RouteArticles" >> RouteResponses(
        self._window, self._fetch_config.max_feed_items)
    pages.append(routed.pages)
    transcripts.append(routed[RouteResponses.TRANSCRIPTS])
    errors.append(routed[RouteResponses.ERRORS])
    # Item URLs never lead further (RouteResponses allows them only HTML).
    return {
        "pages": pages | "AllPages" >> beam.Flatten(),
        self.TRANSCRIPTS: transcripts | "AllTranscripts" >> beam.Flatten(),
        self.ERRORS: errors | "CrawlErrors" >> beam.Flatten(),
    }
