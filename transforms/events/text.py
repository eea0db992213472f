"""Text helpers shared by the tagger's pieces."""

import functools
import re
import unicodedata

__all__ = ["fold", "translate_non_ascii"]


class _FoldTable(dict):
  """str.translate table filled on first sight of each character."""

  def __missing__(self, code: int):
    char = chr(code)
    base = "".join(c for c in unicodedata.normalize("NFKD", char)
                   if not unicodedata.combining(c))
    # Only one-for-one replacements: offsets into the folded text must stay
    # offsets into the original ("é" -> "e", but "ﬁ" stays "ﬁ").
    value = base if len(base) == 1 else char
    self[code] = value
    return value


_TABLE = _FoldTable()


def fold(text: str) -> str:
  """``text`` without accents, character for character: same length, so a
  match's offsets in the folded text are offsets in ``text``."""
  if text.isascii():
    return text
  return _fold_other(text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def translate_non_ascii(text: str, table) -> str:
  """``text`` with each character outside ASCII replaced by
  ``table[ord(char)]`` and the ASCII left alone: re skips the ASCII in C
  and looks up the few others, where str.translate looks up every
  character (about twice as slow on French or Spanish text)."""
  return _NON_ASCII.sub(lambda found: table[ord(found.group())], text)


# Each piece of the tagger folds the same sentence again. ASCII characters
# fold to themselves.
@functools.lru_cache(maxsize=256)
def _fold_other(text: str) -> str:
  return translate_non_ascii(text, _TABLE)
