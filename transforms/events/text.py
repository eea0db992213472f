"""Text helpers shared by the tagger's pieces."""

import functools
import re
import unicodedata

__all__ = ["blank_spans", "fold", "translate_non_ascii"]


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


def blank_spans(text: str, spans) -> str:
  """``text`` with each of ``spans`` ((start, end), in order, not
  overlapping) replaced by as many spaces: offsets stay the text's."""
  pieces, last = [], 0
  for start, end in spans:
    pieces.append(text[last:start])
    pieces.append(" " * (end - start))
    last = end
  if not pieces:
    return text
  pieces.append(text[last:])
  return "".join(pieces)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


# Deleting these bytes from UTF-8 leaves the bytes of the other characters
# (each 128 and up): a loop in C, twice as fast as re finding them.
_ASCII_BYTES = bytes(range(128))


def _non_ascii_characters(text: str) -> str:
  """The characters of ``text`` outside ASCII, in order."""
  return text.encode("utf-8", "surrogatepass").translate(
      None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def translate_non_ascii(text: str, table) -> str:
  """``text`` with each character outside ASCII replaced by
  ``table[ord(char)]`` and the ASCII left alone: the others are found in
  C, and each distinct one is replaced everywhere at once, where
  str.translate looks up every character and a substitution calls back
  into Python for every occurrence (2.5 times slower on a Spanish
  sentence, more on text in another script).

  One replacement after another is the same as all at once as long as no
  replacement is itself replaced; a table that would (none of ours) takes
  the one-by-one way."""
  replacements = []
  for char in set(_non_ascii_characters(text)):
    replacement = table[ord(char)]
    if replacement == char:
      continue
    if not replacement.isascii() and table[ord(replacement)] != replacement:
      return _NON_ASCII.sub(lambda found: table[ord(found.group())], text)
    replacements.append((char, replacement))
  for char, replacement in replacements:
    text = text.replace(char, replacement)
  return text


# Each piece of the tagger folds the same sentence again. ASCII characters
# fold to themselves.
@functools.lru_cache(maxsize=256)
def _fold_other(text: str) -> str:
  return translate_non_ascii(text, _TABLE)
