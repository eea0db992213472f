"""Regex scans that try a pattern only where one of its matches can start.

Python's re tries a pattern at every position of the text unless the
pattern opens with a literal or a character set it can skip to. The
tagger's lexicons open with a lookbehind (``(?<![\\w-])``) or ``\\b`` and
ignore case, so re tries each of hundreds of alternatives at every word of
every sentence: most of the tagger's time.

``Scanner`` reads, from the pattern's own parse, literal prefixes (up to
``_PREFIX_CHARS`` characters) one of which begins every match. One search
for those prefixes (a prefix-factored, case-sensitive alternation over a
lowercased copy of the text, which re skips through in C) finds the few
positions where the pattern can match, and the pattern itself is tried
there only. The matches are the pattern's own, taken left to right without
overlap as ``finditer`` takes them, so results are exactly the pattern's.
A pattern with an alternative that need not start with a literal (a
character class, a wildcard) gets no prefixes and is scanned as before.

Built from the pattern, not from a word list: lexicon tables keep their
regex entries and may grow; their scanner follows at import.
"""

import functools
import re
import string
from typing import FrozenSet, Iterable, Iterator, Optional, Set, Tuple

try:  # The parser re compiles with; absent, every scan is a plain one.
  from re import _constants as _ops
  from re import _parser
except ImportError:  # pragma: no cover - Python < 3.11
  _ops = _parser = None

__all__ = ["Scanner", "trie_regex"]

# Longer prefixes reject more positions; longer than a word rarely helps.
_PREFIX_CHARS = 4
# A pattern whose prefix set grows past this is scanned as before.
_MAX_PREFIXES = 5000
# A character class of up to this many literals still extends a prefix
# (``['’]``, ``[-\s]`` does not: ``\s`` is a category).
_MAX_CLASS = 8


def trie_regex(words: Iterable[str]) -> str:
  """A prefix-factored alternation: Python's re then rejects most positions
  on the first character instead of trying every word."""
  trie: dict = {}
  for word in words:
    node = trie
    for ch in word:
      node = node.setdefault(ch, {})
    node[""] = {}

  def emit(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + emit(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
      return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if ends:
      return f"(?:{body})?"
    return body

  return emit(trie)


# --- literal prefixes of a parsed pattern ------------------------------------

# (text, open): ``open`` when the text may still grow with what follows.
_Prefixes = Set[Tuple[str, bool]]
_STOP: _Prefixes = {("", False)}
_EMPTY: _Prefixes = {("", True)}


def _sequence(items, folds: bool) -> Optional[_Prefixes]:
  """``folds``: the pattern ignores case, so prefixes are compared
  lowercased (which a case-sensitive part only loosens)."""
  current = set(_EMPTY)
  for op, av in items:
    if not any(open_ for _, open_ in current):
      break
    options = _item(op, av, folds)
    if options is None:
      return None
    following = set()
    for text, open_ in current:
      if not open_:
        following.add((text, False))
        continue
      for more, more_open in options:
        joined = text + more
        if len(joined) >= _PREFIX_CHARS:
          following.add((joined[:_PREFIX_CHARS], False))
        else:
          following.add((joined, more_open))
    if len(following) > _MAX_PREFIXES:
      return None
    current = following
  return current


def _item(op, av, folds: bool) -> Optional[_Prefixes]:
  if op is _ops.LITERAL:
    return {(chr(av), True)}
  if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
    return set(_EMPTY)  # zero-width: the match starts after it
  if op is _ops.SUBPATTERN:
    _, add_flags, _, sub = av
    if add_flags & re.IGNORECASE and not folds:
      return None  # (?i:...) in a case-sensitive pattern: keys are not
    return _sequence(sub, folds)
  if op is getattr(_ops, "ATOMIC_GROUP", None):
    return _sequence(av, folds)
  if op is _ops.BRANCH:
    union: _Prefixes = set()
    for sub in av[1]:
      prefixes = _sequence(sub, folds)
      if prefixes is None:
        return None
      union |= prefixes
    return union
  if op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT,
            getattr(_ops, "POSSESSIVE_REPEAT", None)):
    low, high, sub = av
    inner = _sequence(sub, folds)
    if inner is None:
      return None
    if high != 1:  # more than one repetition: stop after the first
      inner = {(text, False) for text, _ in inner}
    return inner | _EMPTY if low == 0 else inner
  if op is _ops.IN and len(av) <= _MAX_CLASS and all(
      kind is _ops.LITERAL for kind, _ in av):
    return {(chr(code), True) for _, code in av}
  return set(_STOP)  # a class, wildcard or reference: no literal here


def _prefixes(pattern: re.Pattern) -> Optional[FrozenSet[str]]:
  """Strings one of which starts every match of ``pattern``; None when
  some match may start otherwise."""
  if _parser is None or not isinstance(pattern.pattern, str) or (
      pattern.flags & re.LOCALE):
    return None
  found = _sequence(_parser.parse(pattern.pattern, pattern.flags),
                    bool(pattern.flags & re.IGNORECASE))
  if found is None:
    return None
  prefixes = frozenset(text for text, _ in found)
  return None if "" in prefixes else prefixes


# --- case-insensitive keys ------------------------------------------------------

_ASCII_LETTER = re.compile("[a-z]", re.IGNORECASE)


class _LowerTable(dict):
  """str.translate table: ASCII letters and the characters that re's
  IGNORECASE equates with them ("K" Kelvin sign, dotless "ı", long "ſ")
  become the lowercase ASCII letter; anything else stays itself, so the
  key has the text's length and offsets."""

  def __missing__(self, code: int) -> str:
    char = chr(code)
    value = char
    if _ASCII_LETTER.fullmatch(char):
      value = next(letter for letter in string.ascii_lowercase
                   if re.fullmatch(letter, char, re.IGNORECASE))
    self[code] = value
    return value


_LOWER = _LowerTable()


@functools.lru_cache(maxsize=64)
def _lower_key(text: str) -> str:
  """The text as an IGNORECASE literal sees it. Cached: one sentence is
  scanned by several patterns in a row."""
  return text.lower() if text.isascii() else text.translate(_LOWER)


def _anchor(prefix: str, ignore_case: bool) -> str:
  """The part of a prefix that a key comparison decides exactly: under
  IGNORECASE, up to its first non-ASCII character (whose case twins the
  key does not map)."""
  if not ignore_case:
    return prefix
  for index, char in enumerate(prefix):
    if not char.isascii():
      return prefix[:index].lower()
  return prefix.lower()


# --- the scanner ------------------------------------------------------------------


class Scanner:
  """``finditer``, ``search`` and blanking with one compiled pattern's exact
  results, trying the pattern only where a literal prefix of it starts."""

  def __init__(self, pattern: re.Pattern):
    self.pattern = pattern
    self._ignore_case = bool(pattern.flags & re.IGNORECASE)
    self._anchors = None
    prefixes = _prefixes(pattern)
    if prefixes is not None:
      anchors = {_anchor(p, self._ignore_case) for p in prefixes}
      if "" not in anchors:
        # A prefix of another anchor already marks every place it would.
        kept = [a for a in anchors
                if not any(b != a and a.startswith(b) for b in anchors)]
        self._anchors = re.compile(trie_regex(sorted(kept)))

  @property
  def anchored(self) -> bool:
    """Whether prefixes were found (else scans are the plain pattern's)."""
    return self._anchors is not None

  def finditer(self, text: str) -> Iterator[re.Match]:
    if self._anchors is None:
      yield from self.pattern.finditer(text)
      return
    key = _lower_key(text) if self._ignore_case else text
    find, match = self._anchors.search, self.pattern.match
    position = end = 0
    while True:
      hit = find(key, position)
      if hit is None:
        return
      start = hit.start()
      position = start + 1
      if start < end:
        continue
      found = match(text, start)
      if found is not None:
        # Every match has a prefix, so it is not empty: finditer goes on
        # from its end.
        yield found
        end = position = found.end()

  def search(self, text: str) -> Optional[re.Match]:
    return next(self.finditer(text), None)

  def blank(self, text: str) -> str:
    """``text`` with every match replaced by as many spaces."""
    pieces, last = [], 0
    for found in self.finditer(text):
      pieces.append(text[last:found.start()])
      pieces.append(" " * (found.end() - found.start()))
      last = found.end()
    if not pieces:
      return text
    pieces.append(text[last:])
    return "".join(pieces)
