"""Bytes to text: which charset a page is in.

Order: a byte-order mark (it cannot lie, which is why the WHATWG encoding
standard puts it first), then the HTTP header's charset, then the page's own
``<meta charset>`` / ``http-equiv`` / XML declaration, then detection by
charset_normalizer. Labels are read as browsers read them: ISO-8859-1 and
ASCII mean windows-1252, since pages so labelled use its curly quotes and
euro sign.
"""

import codecs
import re
from typing import Optional, Tuple

__all__ = ["decode_html", "DecodeError"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The WHATWG aliases that matter in practice.
_ALIASES = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252",
    "latin-1": "cp1252", "l1": "cp1252", "us-ascii": "cp1252",
    "ascii": "cp1252", "windows-1252": "cp1252", "x-sjis": "shift_jis",
    "gb2312": "gb18030", "gbk": "gb18030", "iso-8859-9": "cp1254",
    "tis-620": "cp874", "iso-8859-11": "cp874", "unicode": "utf-16",
    "utf8": "utf-8",
}
# Browsers look for <meta charset> in the first 1024 bytes; some sites put
# it after long inline scripts, so look a little further.
_META_WINDOW = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")


class DecodeError(ValueError):
  """No charset could decode the bytes."""


def _codec(label: Optional[str]) -> Optional[str]:
  if not label:
    return None
  label = label.strip().strip("'\"").lower()
  label = _ALIASES.get(label, label)
  try:
    return codecs.lookup(label).name
  except LookupError:
    return None


def _declared_in_markup(body: bytes) -> Optional[str]:
  head = body[:_META_WINDOW]
  match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
  return match.group(1).decode("ascii", "replace") if match else None


def _try(body: bytes, codec: Optional[str]) -> Optional[str]:
  if not codec:
    return None
  try:
    return body.decode(codec)
  except (UnicodeDecodeError, LookupError):
    return None


def decode_html(body: bytes, header_charset: Optional[str] = None
                ) -> Tuple[str, str, str]:
  """(text, codec, how) where ``how`` is 'bom', 'header', 'markup' or 'detected'.

  A declared charset that fails to decode the bytes strictly is passed over
  (servers often claim UTF-8 for legacy pages). Raises DecodeError when the
  bytes are not text in any charset charset_normalizer knows.
  """
  for bom, codec in _BOMS:
    if body.startswith(bom):
      text = _try(body, codec)
      if text is not None:
        return text.lstrip("\ufeff"), codec, "bom"
  for how, label in (("header", header_charset),
                     ("markup", _declared_in_markup(body))):
    codec = _codec(label)
    text = _try(body, codec)
    if text is not None:
      return text, codec, how
  # Pure ASCII or valid UTF-8 is decided without a statistical guess.
  text = _try(body, "utf-8")
  if text is not None:
    return text, "utf-8", "detected"
  import charset_normalizer
  best = charset_normalizer.from_bytes(body).best()
  if best is None:
    raise DecodeError("bytes are not text in any known charset")
  return str(best), best.encoding, "detected"
