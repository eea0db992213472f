"""What a response is: an HTML page, a feed, an OPML list, a transcript
(captions, see transcript_formats.py), or unsupported.

Real servers mislabel content (feeds served as text/html, pages as
application/octet-stream), so the first bytes are sniffed before the
Content-Type header is believed.
"""

import re
from typing import Optional

__all__ = ["classify_content", "HTML", "FEED", "OPML", "TRANSCRIPT",
           "UNSUPPORTED", "is_binary_content_type", "is_html_document",
           "charset_of", "media_type"]

HTML = "html"
FEED = "feed"
OPML = "opml"
TRANSCRIPT = "transcript"
UNSUPPORTED = "unsupported"

# Enough to see past a BOM, an XML declaration, comments and a doctype.
_SNIFF_BYTES = 2048
# A podcast HTML transcript shows its timed paragraphs after the page head.
_TRANSCRIPT_SNIFF_BYTES = 64 * 1024

_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]")
_OPML_ROOT = re.compile(rb"<opml[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]",
                        re.IGNORECASE)
_TIMED_TEXT_ROOT = re.compile(
    rb"\A(?:\xef\xbb\xbf)?(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*"
    rb"<(?:[\w-]+:)?(?:tt|timedtext|transcript)[\s>]", re.DOTALL)
_JSON_FEED = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')

_FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml", "application/feed+json",
    "application/json", "application/x-rss+xml", "text/rss+xml",
})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_OPML_TYPES = frozenset({"text/x-opml", "application/x-opml+xml",
                         "text/x-opml+xml"})
# Types whose bodies are never worth downloading to sniff.
_BINARY_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_TYPES = frozenset({
    "application/pdf", "application/zip", "application/gzip",
    "application/msword", "application/vnd.ms-excel",
    "application/x-shockwave-flash", "application/wasm",
})


def media_type(content_type: str) -> str:
  """'text/html; charset=utf-8' -> 'text/html'."""
  return (content_type or "").split(";", 1)[0].strip().lower()


def charset_of(content_type: str) -> Optional[str]:
  """'text/html; charset=utf-8' -> 'utf-8'; None when not declared."""
  for param in (content_type or "").split(";")[1:]:
    key, _, value = param.partition("=")
    if key.strip().lower() == "charset" and value.strip():
      return value.strip().strip("'\"")
  return None


def is_binary_content_type(content_type: str) -> bool:
  kind = media_type(content_type)
  return kind in _BINARY_TYPES or kind.startswith(_BINARY_PREFIXES) or (
      kind.startswith("application/vnd.") and "xml" not in kind)


def is_html_document(body: bytes) -> bool:
  """Whether the body starts like an HTML page (doctype, <html>, <head>...).

  TTML and YouTube timed text have <head> and <body> elements too; their
  root element tells them apart.
  """
  head = body[:_SNIFF_BYTES]
  return (_HTML_ROOT.search(head) is not None
          and _TIMED_TEXT_ROOT.match(head) is None)


def _is_transcript(body: bytes) -> bool:
  from transforms.transcript_formats import sniff_format
  head = body[:_TRANSCRIPT_SNIFF_BYTES]
  if head.startswith((b"\xff\xfe", b"\xfe\xff")):
    text = head.decode("utf-16", errors="replace")
  else:
    text = head.decode("utf-8", errors="replace")
  return sniff_format(text) is not None


def classify_content(content_type: str, body: bytes) -> str:
  """One of HTML, FEED, OPML, TRANSCRIPT, UNSUPPORTED, from the body first,
  then the type."""
  if is_binary_content_type(content_type) or body[:5] == b"%PDF-":
    return UNSUPPORTED
  head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
  if _OPML_ROOT.search(head):
    return OPML
  if head.startswith(b"{") and _JSON_FEED.search(body[:_SNIFF_BYTES * 4]):
    return FEED
  if _FEED_ROOT.search(head) and not _HTML_ROOT.search(head):
    # Before the transcript sniff: show notes may hold <time> chapter marks.
    return FEED
  if _is_transcript(body):
    return TRANSCRIPT
  if _HTML_ROOT.search(head):
    return HTML
  kind = media_type(content_type)
  if kind in _OPML_TYPES:
    return OPML
  if kind in _HTML_TYPES:
    return HTML
  if kind in _FEED_TYPES:
    return FEED
  return UNSUPPORTED
