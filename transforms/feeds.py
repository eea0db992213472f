"""Parsing feeds, OPML lists and URL lists into links, without Beam.

RSS 0.9x/1.0/2.0 and Atom go through feedparser, given bytes we fetched
ourselves (feedparser has no timeout of its own). feedparser 6.0 does not
read JSON Feed, so JSON Feed 1.0/1.1 is read here with the json module: it is
plain JSON with a handful of documented keys.

Each parser returns what it could read plus a list of problems, so a
malformed feed still yields its good items and one errors row.
"""

import calendar
import dataclasses
import datetime
import json
import urllib.parse
from typing import Optional

from schemas.records import FeedItem, TranscriptRef
from transforms.transcript_formats import format_of_type

__all__ = ["FeedLink", "FeedProblem", "ParsedFeed", "parse_feed", "parse_opml",
           "parse_url_list", "parse_timestamp"]

# Dates outside this range are typos or placeholders (0001-01-01, 9999-...)
# and would make nonsense partitions; they are treated as unknown.
_MIN_YEAR = 1990
_MAX_YEAR_AHEAD = 1

# feedparser flags these as "bozo" although the entries are fine: a charset
# label that disagrees with the bytes, or a feed served as text/html.
_HARMLESS_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")


@dataclasses.dataclass(frozen=True)
class FeedLink:
  """One entry's link and what the feed says about it.

  ``url`` is None only for an item with no page but a transcript.
  """
  url: Optional[str]
  item: FeedItem


class FeedProblem(str):
  """A problem's message, carrying its ``error_type`` for the errors row."""

  def __new__(cls, error_type: str, message: str):
    problem = super().__new__(cls, message)
    problem.error_type = error_type
    return problem


@dataclasses.dataclass
class ParsedFeed:
  links: list
  problems: list
  title: Optional[str] = None


def _plausible(when: datetime.datetime) -> Optional[datetime.datetime]:
  latest = datetime.datetime.now(datetime.timezone.utc).year + _MAX_YEAR_AHEAD
  return when if _MIN_YEAR <= when.year <= latest else None


def parse_timestamp(value) -> Optional[datetime.datetime]:
  """A UTC datetime from a struct_time (UTC) or an ISO 8601 string, or None."""
  if value is None:
    return None
  try:
    if isinstance(value, str):
      when = datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
      if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
      return _plausible(when.astimezone(datetime.timezone.utc))
    seconds = calendar.timegm(value)
    return _plausible(
        datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc))
  except (ValueError, TypeError, OverflowError, OSError):
    return None


def _bad_date(url: str, raw) -> FeedProblem:
  """The note for an item whose date cannot place it: the fetch date will."""
  return FeedProblem(
      "bad_date", f"item {url}: published date {str(raw)[:80]!r} is malformed "
                  "or implausible; the page's own date, else the fetch date, is used")


def _absolute(base_url: str, link: Optional[str]) -> Optional[str]:
  if not link or not isinstance(link, str):
    return None
  try:
    return urllib.parse.urljoin(base_url, link.strip())
  except ValueError:  # e.g. 'http://[oops': reported by the caller as no link.
    return None


def _authors(entry) -> tuple:
  names = [a.get("name") for a in entry.get("authors", []) or []
           if isinstance(a, dict) and a.get("name")]
  if not names and entry.get("author"):
    names = [entry["author"]]
  return tuple(str(name).strip() for name in names if str(name).strip())


def _parse_json_feed(body: bytes, feed_url: str, max_items: int) -> ParsedFeed:
  try:
    doc = json.loads(body.decode("utf-8-sig"))
  except (UnicodeDecodeError, ValueError) as exc:
    return ParsedFeed([], [FeedProblem("malformed_feed", f"malformed JSON Feed: {exc}")])
  if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
    return ParsedFeed([], [FeedProblem("malformed_feed", "malformed JSON Feed: no 'items' list")])
  title = doc.get("title") if isinstance(doc.get("title"), str) else None
  language = doc.get("language") if isinstance(doc.get("language"), str) else None
  links, problems = [], []
  entries = doc["items"]
  if len(entries) > max_items:
    problems.append(FeedProblem(
        "too_many_items", f"feed has {len(entries)} items: only the first "
                          f"{max_items} were read (--max-feed-items)"))
    entries = entries[:max_items]
  for index, entry in enumerate(entries):
    if not isinstance(entry, dict):
      problems.append(FeedProblem("bad_item", f"item {index} is not an object"))
      continue
    url = _absolute(feed_url, entry.get("url") or entry.get("external_url"))
    if not url:
      problems.append(FeedProblem(
          "item_without_link", f"item {index} ({entry.get('id')!r}) has no url"))
      continue
    raw_date = entry.get("date_published") or entry.get("date_modified")
    published = parse_timestamp(raw_date) if isinstance(raw_date, str) else None
    if published is None and raw_date:
      problems.append(_bad_date(url, raw_date))
    authors = entry.get("authors") or (
        [entry["author"]] if isinstance(entry.get("author"), dict) else [])
    links.append(FeedLink(url, FeedItem(
        title=entry.get("title") if isinstance(entry.get("title"), str) else None,
        published_at=published,
        authors=_authors({"authors": authors}),
        feed_url=feed_url, feed_title=title,
        summary=entry.get("summary") if isinstance(entry.get("summary"), str) else None,
        language=entry.get("language") or language, link=url)))
  return ParsedFeed(links, problems, title)


# Podcasting 2.0; feeds in the wild write both schemes and a trailing slash.
_PODCAST_NAMESPACES = frozenset({
    "https://podcastindex.org/namespace/1.0",
    "http://podcastindex.org/namespace/1.0",
    "https://podcastindex.org/namespace/1.0/",
    "http://podcastindex.org/namespace/1.0/",
})


@dataclasses.dataclass
class _ScannedItem:
  """What the XML pass saw of one item: how to find it, its transcripts."""
  link: Optional[str] = None
  guid: Optional[str] = None
  transcripts: list = dataclasses.field(default_factory=list)


# Captions offered as an enclosure or a Media RSS <media:subTitle> are
# transcripts too; they rank after <podcast:transcript> tags of the same kind.
_CAPTION_FORMATS = ("vtt", "srt", "ttml")
_CAPTION_SUFFIXES = (".vtt", ".srt", ".ttml")


def _transcript_ref(prefix: str, local: str, attrs, podcast_prefixes
                    ) -> Optional[TranscriptRef]:
  """The transcript an element inside an item offers, if any."""
  if local == "transcript" and prefix in podcast_prefixes:
    url, language, rel = attrs.get("url"), attrs.get("language"), attrs.get("rel")
  elif local == "subTitle" and prefix:  # Media RSS
    url, language, rel = attrs.get("href"), attrs.get("lang"), "subtitle"
  elif local == "enclosure" and not prefix and (
      format_of_type(attrs.get("type")) in _CAPTION_FORMATS
      or (attrs.get("url") or "").split("?")[0].lower().endswith(
          _CAPTION_SUFFIXES)):
    url, language, rel = attrs.get("url"), None, "enclosure"
  else:
    return None
  if not url or not url.strip():
    return None
  return TranscriptRef(url=url.strip(), type=attrs.get("type"),
                       language=language, rel=rel)


class _FeedScanner:
  """SAX handler: counts items and stops after the cap with the open tags.

  It also reads every ``<podcast:transcript>`` of every item, because
  feedparser keeps only the last one per entry (seen on 6.0.14).
  """

  def __init__(self, reader, max_items: int):
    self._reader = reader
    self._max_items = max_items
    self.items = 0
    self.open_tags = []
    self.cut_at = None
    self.scanned = []
    self._podcast_prefixes = {"podcast"}
    self._item = None
    self._item_depth = 0
    self._text_target = None
    self._text = []

  # The xml.sax ContentHandler interface, only the calls expat makes here.
  def startElement(self, name, attrs):  # noqa: N802
    self.open_tags.append(name)
    for key, value in attrs.items():
      if key.startswith("xmlns:") and value.strip() in _PODCAST_NAMESPACES:
        self._podcast_prefixes.add(key[len("xmlns:"):])
    prefix, _, local = name.rpartition(":")
    if self._item is None:
      if local in _ITEM_TAGS:
        self._item, self._item_depth = _ScannedItem(), len(self.open_tags)
      return
    transcript = _transcript_ref(prefix, local, attrs, self._podcast_prefixes)
    if transcript is not None:
      self._item.transcripts.append(transcript)
    if len(self.open_tags) != self._item_depth + 1:
      return  # The link and id are the item's own children.
    if local == "link" and self._item.link is None:
      if attrs.get("href"):  # Atom
        if attrs.get("rel", "alternate") == "alternate":
          self._item.link = attrs.get("href").strip()
      elif not prefix:  # RSS
        self._text_target, self._text = "link", []
    elif local in ("guid", "id") and self._item.guid is None:
      self._text_target, self._text = "guid", []

  def characters(self, content):
    if self._text_target:
      self._text.append(content)

  def endElement(self, name):  # noqa: N802
    if self._text_target and len(self.open_tags) == self._item_depth + 1:
      setattr(self._item, self._text_target, "".join(self._text).strip() or None)
      self._text_target = None
    self.open_tags.pop()
    if name.rsplit(":", 1)[-1] in _ITEM_TAGS and (
        len(self.open_tags) + 1 == self._item_depth):
      self.scanned.append(self._item)
      self._item = None
      self.items += 1
      if self.items == self._max_items:
        # Expat points at the '<' of this end tag; the tag ends at its '>'.
        self.cut_at = self._reader._parser.CurrentByteIndex  # pylint: disable=protected-access
        raise _CapReached()

  def __getattr__(self, name):
    # processingInstruction(), setDocumentLocator(), ...
    return lambda *args: None


class _CapReached(Exception):
  pass


_ITEM_TAGS = ("item", "entry")


def _defuse_and_cap(body: bytes, max_items: int):
  """(body to parse or None if refused, problems, scanned items).

  Run before feedparser sees the bytes: defusedxml's expat reader refuses
  entity declarations (billion laughs) and external entities, so such a
  feed is an errors row within a second and memory stays flat. The same pass
  counts items and cuts the document after ``max_items`` of them, closing
  the open elements, so feedparser never builds 100,000 entries.
  """
  import xml.sax
  import defusedxml
  import defusedxml.expatreader
  reader = defusedxml.expatreader.create_parser()
  counter = _FeedScanner(reader, max_items)
  reader.setContentHandler(counter)
  try:
    reader.feed(body)
    reader.close()
  except _CapReached:
    end = body.find(b">", counter.cut_at) + 1
    closing = "".join(f"</{tag}>" for tag in reversed(counter.open_tags))
    return body[:end] + closing.encode("ascii", "ignore"), [FeedProblem(
        "too_many_items", f"feed has more than {max_items} items: the rest "
                          "were not read (--max-feed-items)")], counter.scanned
  except defusedxml.DefusedXmlException as exc:
    return None, [FeedProblem("forbidden_xml",
                              f"feed refused: {type(exc).__name__}: {exc}")], []
  except xml.sax.SAXException:
    # Malformed (a truncated feed, an undeclared HTML entity): feedparser's
    # lenient parser salvages what it can; no entity can have been declared
    # before the error, or the reader would have refused it.
    pass
  return body, [], counter.scanned


class _ItemTranscripts:
  """Finds the transcripts the XML pass saw for a feedparser entry."""

  def __init__(self, scanned: list, feed_url: str, entries: int):
    self._by_index = []
    self._by_key = {}
    for item in scanned:
      refs = tuple(dataclasses.replace(ref, url=url) for ref in item.transcripts
                   for url in [_absolute(feed_url, ref.url)] if url)
      self._by_index.append(refs)
      for key in (_absolute(feed_url, item.link), item.guid):
        if key and refs:
          self._by_key.setdefault(key, refs)
    # Position is trusted only when both parsers saw the same items (a
    # malformed feed may lose different ones in each).
    self._by_position = len(scanned) == entries

  def get(self, index: int, url: Optional[str], guid: Optional[str]) -> tuple:
    # Position first: many podcast feeds link every item to the show's home
    # page, so a link is not an item's identity.
    if self._by_position:
      return self._by_index[index]
    for key in (guid, url):
      if key and key in self._by_key:
        return self._by_key[key]
    return ()


def parse_feed(body: bytes, feed_url: str, content_type: str = "",
               max_items: int = 1_000) -> ParsedFeed:
  """Links of an RSS, Atom or JSON Feed document, relative links resolved.

  At most ``max_items`` links; a feed with entity declarations or external
  entities is refused (one problem, no links).
  """
  head = body[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
  if head.startswith(b"{"):
    return _parse_json_feed(body, feed_url, max_items)
  body, problems, scanned = _defuse_and_cap(body, max_items)
  if body is None:
    return ParsedFeed([], problems)
  import feedparser
  parsed = feedparser.parse(
      body, response_headers={"content-type": content_type or "application/xml",
                              "content-location": feed_url})
  if parsed.get("bozo") and type(
      parsed.get("bozo_exception")).__name__ not in _HARMLESS_BOZO:
    problems.append(FeedProblem(
        "malformed_feed", f"malformed feed: {parsed.get('bozo_exception')}"))
  feed_title = parsed.feed.get("title")
  language = parsed.feed.get("language")
  transcripts = _ItemTranscripts(scanned, feed_url, len(parsed.entries))
  links = []
  for index, entry in enumerate(parsed.entries):
    url = _absolute(feed_url, entry.get("link"))
    if not url and str(entry.get("id", "")).startswith(("http://", "https://")):
      url = entry["id"]
    refs = transcripts.get(index, url, entry.get("id"))
    if not url and not refs:
      problems.append(FeedProblem(
          "item_without_link",
          f"entry {index} ({entry.get('title')!r}) has no link"))
      continue
    published = parse_timestamp(entry.get("published_parsed")
                                or entry.get("updated_parsed"))
    raw_date = entry.get("published") or entry.get("updated")
    if published is None and raw_date:
      problems.append(_bad_date(url or refs[0].url, raw_date))
    # A podcast episode often has no page, only audio and a transcript: its
    # link stays None and only the transcript is fetched.
    links.append(FeedLink(url, FeedItem(
        title=entry.get("title"),
        published_at=published,
        authors=_authors(entry), feed_url=feed_url, feed_title=feed_title,
        summary=entry.get("summary"), language=language, link=url,
        transcripts=refs)))
  if not links and not problems and parsed.get("version", "") == "":
    problems.append(FeedProblem(
        "malformed_feed", "not a feed: no RSS, Atom or JSON Feed root element"))
  return ParsedFeed(links, problems, feed_title)


def parse_opml(body: bytes, opml_url: str) -> ParsedFeed:
  """Feed URLs of every outline with an xmlUrl, at any depth."""
  import defusedxml.ElementTree
  from xml.etree.ElementTree import ParseError
  try:
    root = defusedxml.ElementTree.fromstring(body)
  except (ParseError, defusedxml.DefusedXmlException) as exc:
    return ParsedFeed([], [FeedProblem("malformed_opml", f"malformed OPML: {exc}")])
  links, problems = [], []
  for outline in root.iter("outline"):
    attributes = {key.lower(): value for key, value in outline.attrib.items()}
    if "xmlurl" not in attributes:
      continue
    url = _absolute(opml_url, attributes["xmlurl"])
    if url:
      links.append(FeedLink(url, FeedItem(feed_title=attributes.get("title")
                                          or attributes.get("text"))))
    else:
      problems.append(FeedProblem(
          "item_without_link",
          f"outline {attributes.get('text')!r} has an empty or invalid xmlUrl"))
  title_element = root.find("head/title")
  return ParsedFeed(links, problems,
                    title_element.text if title_element is not None else None)


def parse_url_list(text: str) -> tuple:
  """(urls, problems) of a text file with one URL per line.

  Blank lines and lines starting with '#' are skipped.
  """
  urls, problems = [], []
  for number, line in enumerate(text.splitlines(), start=1):
    line = line.strip()
    if not line or line.startswith("#"):
      continue
    try:
      parts = urllib.parse.urlsplit(line)
      scheme, valid = parts.scheme.lower(), bool(parts.hostname)
    except ValueError:  # e.g. an unclosed IPv6 bracket: a bad line, not a crash
      scheme, valid = "", False
    if scheme in ("http", "https") and valid:
      urls.append(line)
    elif scheme and scheme not in ("http", "https"):
      # file:, ftp:, data:, javascript: ... never opened from a list.
      problems.append(FeedProblem(
          "forbidden_scheme",
          f"line {number}: forbidden scheme {scheme!r}: {line[:200]!r}"))
    else:
      problems.append(FeedProblem(
          "invalid_url", f"line {number}: not an http(s) URL: {line[:200]!r}"))
  return urls, problems
