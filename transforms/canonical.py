"""URL canonicalization: the key that says two URLs name the same page.

Tracking-parameter removal and query sorting come from courlan (the URL
library trafilatura itself uses); this module adds what courlan leaves to the
caller: dropping the fragment and the choice between ``<link rel=canonical>``
and the final URL.
"""

import urllib.parse
from typing import Optional

from courlan.clean import normalize_url as _courlan_normalize

__all__ = ["normalize_url", "choose_canonical_url", "same_site", "host_of"]


def normalize_url(url: str) -> str:
  """Normalized form of an absolute http(s) URL.

  Scheme and host lower-cased, default port and fragment dropped, tracking
  parameters (utm_*, fbclid, gclid, ...) removed, remaining query parameters
  sorted. Raises ValueError for anything that is not an absolute http(s) URL.
  """
  parts = urllib.parse.urlsplit(url.strip())
  if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
    raise ValueError(f"not an absolute http(s) URL: {url!r}")
  normalized = _courlan_normalize(parts._replace(fragment=""), strict=False)
  # courlan keeps the fragment it is given; none is given, but a '#' inside an
  # already-split query must not survive either.
  return urllib.parse.urlsplit(normalized)._replace(fragment="").geturl()


def host_of(url: str) -> str:
  """The lower-cased host of ``url``, or '' when it has none."""
  return (urllib.parse.urlsplit(url).hostname or "").lower()


def _registrable_host(host: str) -> str:
  return host[4:] if host.startswith("www.") else host


def same_site(url_a: str, url_b: str) -> bool:
  """True when both URLs are on the same host, ignoring a leading 'www.'."""
  host_a, host_b = host_of(url_a), host_of(url_b)
  return bool(host_a) and _registrable_host(host_a) == _registrable_host(host_b)


def choose_canonical_url(final_url: str, declared: Optional[str]) -> str:
  """The document's canonical URL, normalized.

  ``<link rel=canonical>`` wins when it resolves to an http(s) URL on the
  same site as the page; a canonical link to another site is ignored, since a
  page cannot speak for someone else's URL space (and syndication partners
  often point there, which would merge two publishers' rows).
  """
  if declared:
    # urljoin itself raises ValueError on a malformed link (e.g. an unclosed
    # IPv6 bracket): a broken declaration is ignored like any other bad one.
    try:
      candidate = normalize_url(
          urllib.parse.urljoin(final_url, declared.strip()))
    except ValueError:
      candidate = None
    if candidate and same_site(candidate, final_url):
      return candidate
  return normalize_url(final_url)
