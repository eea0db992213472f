"""Feeds that change while a monitor watches them, on a FixtureServer.

``LiveFeeds.publish(feed, count)`` adds invented article pages and puts
them at the top of an RSS feed whose ETag (and Last-Modified) then change;
the server answers a request naming the current version with 304. Pages
come from benchmarks.corpus (word lists in four languages), one seed per
page, so every run serves the same bytes.
"""

import datetime
import email.utils
import random

from benchmarks.corpus import article_page

__all__ = ["LiveFeeds"]

_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{title}</title>{extra}
{items}
</channel></rss>"""
_ITEM = ("<item><title>{title}</title><link>{{{{BASE}}}}{path}</link>"
         "<guid>{{{{BASE}}}}{path}</guid><pubDate>{date}</pubDate></item>")
_START = datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.timezone.utc)


class LiveFeeds:
  """Feeds on ``server``: {feed path: [(page path, title, published)]}."""

  def __init__(self, server, validators: str = "etag"):
    self._server = server
    self._validators = validators
    self.feeds = {}
    self.versions = {}
    self.pages = {}
    self._extra = {}

  def publish(self, feed: str, count: int = 1, shared: tuple = ()) -> list:
    """Adds ``count`` new pages (and ``shared`` existing page paths) to
    ``feed``; returns the new pages' paths."""
    items = self.feeds.setdefault(feed, [])
    new = []
    for _ in range(count):
      number = len(self.pages)
      published = _START + datetime.timedelta(minutes=17 * number)
      title, page = article_page(random.Random(number), number, published)
      path = f"/news/{number:05d}.html"
      self.pages[path] = (title, published)
      self._server.add(path, status=200, content=page,
                       headers={"Content-Type": "text/html; charset=utf-8"})
      new.append(path)
    for path in (*new, *shared):
      items.insert(0, (path, *self.pages[path]))
    self._serve(feed)
    return new

  def set_extra(self, feed: str, extra: str) -> None:
    """Channel elements (e.g. '<ttl>60</ttl>') of ``feed``, from now on."""
    self._extra[feed] = extra
    self._serve(feed)

  def _serve(self, feed: str) -> None:
    version = self.versions[feed] = self.versions.get(feed, 0) + 1
    body = _RSS.format(
        title=f"Feed {feed}", extra=self._extra.get(feed, ""),
        items="\n".join(_ITEM.format(
            title=title, path=path,
            date=email.utils.format_datetime(published, usegmt=True))
                        for path, title, published in self.feeds[feed]))
    validators = {}
    if self._validators in ("etag", "both"):
      validators["etag"] = f'"{feed.strip("/")}-v{version}"'
    if self._validators in ("last_modified", "both"):
      validators["last_modified"] = email.utils.format_datetime(
          _START + datetime.timedelta(hours=version), usegmt=True)
    self._server.add(feed, status=200, content=body,
                     headers={"Content-Type": "application/rss+xml"},
                     **validators)
