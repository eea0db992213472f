"""Regex scans that try a pattern only where one of its matches can start.

Python's re tries a pattern at every position of the text unless the
pattern opens with a literal or a character set it can skip to. The
tagger's lexicons open with a lookbehind (``(?<![\\w-])``) or ``\\b`` and
ignore case, so re tries each of hundreds of alternatives at every word of
every sentence: most of the tagger's time.

``Scanner`` reads, from the pattern's own parse, literal prefixes (up to
``_PREFIX_CHARS`` characters) one of which begins every match. One search
for those prefixes over a lowercased copy of the text finds the few
positions where the pattern can match, and the pattern itself is tried
there only. When every match starts a word (each alternative opens with
``(?<![\w...])``, or with ``\b`` and a word character), the lowercased copy
also turns every non-word character into a space and gets one in front, and
the search is a prefix-factored alternation of a space then a prefix: re
jumps from space to space in C. Otherwise a match may start at any
character, where re would try the whole alternation, and an Aho-Corasick
automaton (pyahocorasick) finds the prefixes reading each character once.
The matches are the pattern's own, taken left to right without overlap as
``finditer`` takes them, so results are exactly the pattern's. A pattern
with an alternative that need not start with a literal (a character class,
a wildcard) gets no prefixes and is scanned as before, unless some string
lies inside every match: then only a text holding one is scanned. So is
every pattern if ``re``'s parser (a private module) is not there.

Built from the pattern, not from a word list: lexicon tables keep their
regex entries and may grow; their scanner follows at import.

Two uses of the same anchors: ``BranchScanner`` tries, where an anchor
starts, only the branches of a long alternation (the trigger lexicon)
that can start with it; ``AnchorGate`` tells in one search that none of
several scanners can match anywhere in a text, so a piece of the tagger
can skip it (sentences without casualty words have their numbers unread;
sentences without trigger words are neither blanked of the lexicon's
exclusions nor scanned).
"""

import functools
import re
import string
from typing import (Callable, Dict, FrozenSet, Iterable, Iterator, List,
                    Optional, Sequence, Set, Tuple)

import ahocorasick

from transforms.events.text import blank_spans, translate_non_ascii

try:  # The parser re compiles with; absent, every scan is a plain one.
  from re import _constants as _ops
  from re import _parser
except ImportError:  # pragma: no cover - Python < 3.11
  _ops = _parser = None

__all__ = ["AnchorGate", "AnchorSet", "BranchScanner", "Scanner",
           "trie_regex"]

# Longer prefixes reject more positions: at 4 characters, "the " (of "the
# dollar rallied") sent every "the" to the exclusions, and common word
# starts ("atta", "mark") to the lexicons; 8 halves the tries of the
# trigger scan, and longer grows the prefix sets for little.
_PREFIX_CHARS = 8
# A pattern whose prefix set grows past this is scanned as before.
_MAX_PREFIXES = 5000
# A character class of up to this many literals still extends a prefix
# (``['’]``, ``[2-9]``; ``[-\s]`` does not: ``\s`` is a category).
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

# (text, open, start): ``open`` when the text may still grow with what
# follows; ``start`` what a zero-width assertion before the text says of the
# character before the match: _AFTER_NON_WORD that it is not a word
# character (or there is none), _AT_BOUNDARY that it differs from the first
# character in being one (``\b``), _ANYWHERE nothing.
_ANYWHERE, _AT_BOUNDARY, _AFTER_NON_WORD = 0, 1, 2
_Prefixes = Set[Tuple[str, bool, int]]
_STOP: _Prefixes = {("", False, _ANYWHERE)}
_EMPTY: _Prefixes = {("", True, _ANYWHERE)}


def _sequence(items, folds: bool) -> Optional[_Prefixes]:
  """``folds``: the pattern ignores case, so prefixes are compared
  lowercased (which a case-sensitive part only loosens)."""
  current = set(_EMPTY)
  for op, av in items:
    if not any(open_ for _, open_, _ in current):
      break
    options = _item(op, av, folds)
    if options is None:
      return None
    following = set()
    for text, open_, start in current:
      if not open_:
        following.add((text, False, start))
        continue
      for more, more_open, more_start in options:
        joined = text + more
        # Only what is asserted before the first character says where the
        # match starts.
        joined_start = max(start, more_start) if not text else start
        if len(joined) >= _PREFIX_CHARS:
          following.add((joined[:_PREFIX_CHARS], False, joined_start))
        else:
          following.add((joined, more_open, joined_start))
    if len(following) > _MAX_PREFIXES:
      return None
    current = following
  return current


def _start_rule(op, av) -> int:
  """What a zero-width item says of the character before it."""
  if op is _ops.AT and av is _ops.AT_BOUNDARY:
    return _AT_BOUNDARY
  if op is _ops.ASSERT_NOT and av[0] == -1:  # (?<![\w...])
    items = list(av[1])
    if len(items) == 1 and items[0][0] is _ops.IN and (
        _ops.CATEGORY, _ops.CATEGORY_WORD) in items[0][1] and not any(
            kind is _ops.NEGATE for kind, _ in items[0][1]):
      return _AFTER_NON_WORD
  return _ANYWHERE


def _item(op, av, folds: bool) -> Optional[_Prefixes]:
  if op is _ops.LITERAL:
    return {(chr(av), True, _ANYWHERE)}
  if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
    # Zero-width: the match starts after it.
    return {("", True, _start_rule(op, av))}
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
      inner = {(text, False, start) for text, _, start in inner}
    return inner | _EMPTY if low == 0 else inner
  if op is _ops.IN:
    characters = _class_literals(av)
    if characters is not None:
      return {(char, True, _ANYWHERE) for char in characters}
  return set(_STOP)  # a class, wildcard or reference: no literal here


def _class_literals(items) -> Optional[List[str]]:
  """The characters of a class of literals and ranges (``['’]``,
  ``[2-9]``), if there are at most _MAX_CLASS of them."""
  characters = []
  for kind, value in items:
    if kind is _ops.LITERAL:
      characters.append(chr(value))
    elif kind is _ops.RANGE and value[1] - value[0] < _MAX_CLASS:
      characters.extend(map(chr, range(value[0], value[1] + 1)))
    else:
      return None
    if len(characters) > _MAX_CLASS:
      return None
  return characters


def _prefixes(pattern: re.Pattern) -> Optional[FrozenSet[Tuple[str, int]]]:
  """(string, start rule) pairs, one of whose strings starts every match
  of ``pattern``; None when some match may start otherwise."""
  if _parser is None or not isinstance(pattern.pattern, str) or (
      pattern.flags & re.LOCALE):
    return None
  found = _sequence(_parser.parse(pattern.pattern, pattern.flags),
                    bool(pattern.flags & re.IGNORECASE))
  if found is None or any(not text for text, _, _ in found):
    return None
  return frozenset((text, start) for text, _, start in found)


def _inside(items, folds: bool) -> Optional[Set[str]]:
  """Strings one of which lies inside every match of ``items`` (a parsed
  sequence): the prefixes of the sequence from one of its items on (a
  match of the whole ends with a match of that rest), or, at an
  alternation, the union of such strings of each alternative. Of the
  sets found, the one whose shortest string is longest (rarer in text);
  None when every set holds the empty string."""
  best: Optional[Set[str]] = None
  for index, (op, av) in enumerate(items):
    prefixes = _sequence(items[index:], folds)
    candidates = [None if prefixes is None
                  else {text for text, _, _ in prefixes}]
    if op is _ops.BRANCH:
      alternatives = [_inside(sub, folds) for sub in av[1]]
      if all(found is not None for found in alternatives):
        candidates.append(set().union(*alternatives))
    elif op is _ops.SUBPATTERN and not (av[1] & re.IGNORECASE and not folds):
      candidates.append(_inside(av[3], folds))
    for found in candidates:
      if not found or "" in found:
        continue
      if best is None or (min(map(len, found)), -len(found)) > (
          min(map(len, best)), -len(best)):
        best = found
  return best


def _inside_gate(pattern: re.Pattern) -> Optional[re.Pattern]:
  """A search for strings one of which lies inside every match of
  ``pattern``, as the key without ``words`` writes them; None when the
  pattern has none (or when an IGNORECASE match could write one with a
  character the key does not map)."""
  if _parser is None or not isinstance(pattern.pattern, str) or (
      pattern.flags & re.LOCALE):
    return None
  lower = bool(pattern.flags & re.IGNORECASE)
  found = _inside(_parser.parse(pattern.pattern, pattern.flags), lower)
  if found is None:
    return None
  inside = {_anchor(text, lower, False) for text in found}
  if "" in inside:
    return None
  return re.compile(trie_regex(sorted(inside)))


# --- keys: the text as prefixes see it ---------------------------------------

_ASCII_LETTER = re.compile("[a-z]", re.IGNORECASE)


def _is_word(char: str) -> bool:
  return char.isalnum() or char == "_"  # re's \w for str patterns


class _KeyTable(dict):
  """str.translate table, one character for one, so a key keeps the text's
  offsets. ``lower``: ASCII letters and the characters re's IGNORECASE
  equates with them (the Kelvin sign, dotless "ı", long "ſ") become the
  lowercase ASCII letter. ``words``: every character that is not a word
  character becomes a space. Anything else stays itself."""

  def __init__(self, lower: bool, words: bool):
    super().__init__()
    self._lower, self._words = lower, words

  def __missing__(self, code: int) -> str:
    char = chr(code)
    value = char
    if self._words and not _is_word(char):
      value = " "
    elif self._lower and _ASCII_LETTER.fullmatch(char):
      value = next(letter for letter in string.ascii_lowercase
                   if re.fullmatch(letter, char, re.IGNORECASE))
    self[code] = value
    return value


_TABLES = {(lower, words): _KeyTable(lower, words)
           for lower in (False, True) for words in (False, True)}
# The same tables for ASCII text as bytes.translate tables: str.translate
# looks every character up in a dict, about six times slower, and most
# text is ASCII. Filled from _TABLES, so both give the same key.
_ASCII_TABLES = {modes: bytes(ord(table[code]) for code in range(128))
                 + bytes(range(128, 256))
                 for modes, table in _TABLES.items()}


@functools.lru_cache(maxsize=64)
def _key(text: str, lower: bool, words: bool) -> str:
  """The text as the prefixes are compared with it; with ``words``, after
  a space, so that every word start follows one. Cached: one sentence is
  scanned by several patterns in a row."""
  if not (lower or words):
    key = text
  elif text.isascii():
    key = text.encode("ascii").translate(
        _ASCII_TABLES[lower, words]).decode("ascii")
  else:
    # The ASCII characters through the bytes table (UTF-8 writes every
    # other character with bytes from 128 up, which the table keeps),
    # then the few others one by one: str.translate would look up every
    # character. Both are the same tables, character for character.
    key = translate_non_ascii(
        text.encode("utf-8", "surrogatepass").translate(
            _ASCII_TABLES[lower, words]).decode("utf-8", "surrogatepass"),
        _TABLES[lower, words])
  return " " + key if words else key


def _cased(char: str) -> bool:
  """Whether IGNORECASE may equate ``char`` with another character: re
  compiles a character without case ("’", "«") to match itself only."""
  return char.lower() != char or char.upper() != char


def _anchor(prefix: str, lower: bool, words: bool) -> str:
  """The part of a prefix that a key comparison decides exactly, as the
  key writes it: under IGNORECASE, up to its first non-ASCII character
  with case twins (which the key does not map), lowercased. A curly
  apostrophe stays: "l’attaque" keeps the anchor "l attaq", not "l"."""
  if lower:
    for index, char in enumerate(prefix):
      if not char.isascii() and _cased(char):
        prefix = prefix[:index]
        break
  return prefix.translate(_TABLES[lower, words])


def _automaton(anchors: Iterable[str]):
  """An Aho-Corasick automaton finding ``anchors`` (each its own value)."""
  automaton = ahocorasick.Automaton()
  for anchor in anchors:
    automaton.add_word(anchor, anchor)
  automaton.make_automaton()
  return automaton


# --- the scanner ------------------------------------------------------------------


class Scanner:
  """``finditer``, ``search`` and blanking with one compiled pattern's exact
  results, trying the pattern only where a literal prefix of it starts."""

  def __init__(self, pattern: re.Pattern):
    self.pattern = pattern
    self._lower = bool(pattern.flags & re.IGNORECASE)
    self._words = False
    self._kept: List[str] = []
    # Finds the kept anchors in a key: re from space to space with
    # ``words``, else an automaton (see __init__'s end).
    self._anchors: Optional[re.Pattern] = None
    self._automaton = None
    # Set by BranchScanner: for each anchor hit (as the key writes it), the
    # match method of the pattern to try there.
    self._by_anchor: Optional[Dict[str, Callable]] = None
    # Without anchors: a search for strings one of which lies inside every
    # match, so a text without any is not scanned at all.
    self._inside: Optional[re.Pattern] = None
    prefixes = _prefixes(pattern)
    if prefixes is None:
      self._inside = _inside_gate(pattern)
      return
    # Every match starts a word: only word starts need a look, and the key
    # puts a space before each, which re finds fast.
    self._words = not pattern.flags & re.ASCII and all(
        start == _AFTER_NON_WORD or (start == _AT_BOUNDARY
                                     and _is_word(text[0]))
        for text, start in prefixes)
    if self._words and not self._lower and "" not in {
        _anchor(text, True, True) for text, _ in prefixes}:
      # A case-sensitive pattern reads the lowercased key too, which the
      # other patterns read of the same sentence: one key fewer to make
      # for each sentence. Its anchors, lowercased as the key is, are
      # still found wherever a match starts, and the pattern itself tells.
      self._lower = True
    anchors = {_anchor(text, self._lower, self._words)
               for text, _ in prefixes}
    if "" in anchors:
      self._inside = _inside_gate(pattern)
      return
    # A prefix of another anchor already marks every place it would.
    # So no two kept anchors start at the same place of a key.
    self._kept = sorted(a for a in anchors
                        if not any(b != a and a.startswith(b)
                                   for b in anchors))
    if self._words:
      self._anchors = re.compile(" (?:%s)" % trie_regex(self._kept))
    else:
      # Matches may start anywhere: re would try the anchors' trie at every
      # character (on general news, half of a trigger scan's time went into
      # its exclusions'), where an automaton reads each character once.
      self._automaton = _automaton(self._kept)

  @property
  def anchored(self) -> bool:
    """Whether prefixes were found (else scans are the plain pattern's)."""
    return bool(self._kept)

  def finditer(self, text: str) -> Iterator[re.Match]:
    if not self._kept:
      if self._has_inside(text, 0, len(text)):
        yield from self.pattern.finditer(text)
      return
    # With ``words`` the key has a space more in front: a hit's start, the
    # space, is the text offset of the word after it.
    key = _key(text, self._lower, self._words)
    if self._automaton is not None:
      yield from self._matches_at(text, self._hits(key, 0, len(key)))
      return
    find, match = self._anchors.search, self.pattern.match
    by_anchor = self._by_anchor
    position = end = 0
    while True:
      hit = find(key, position)
      if hit is None:
        return
      start = hit.start()
      position = start + 1
      if start < end:
        continue
      found = (match if by_anchor is None else by_anchor[hit.group()])(
          text, start)
      if found is not None:
        # Every match has a prefix, so it is not empty: finditer goes on
        # from its end.
        yield found
        end = position = found.end()

  def search(self, text: str, pos: int = 0,
             endpos: Optional[int] = None) -> Optional[re.Match]:
    """The first match, as ``pattern.search(text, pos, endpos)``; the loop
    of ``finditer`` without a generator, which costs more than the search
    here.

    With ``pos``, re's search still sees the characters before it (a
    lookbehind, ``\\b``), and so does the key. A match ends by ``endpos``,
    so its prefix, and the anchor that prefix gives, does too: the anchors
    are searched up to there only (in the key, one character further with
    ``words``, for the space in front)."""
    if endpos is None:
      endpos = len(text)
    if not self._kept:
      if not self._has_inside(text, pos, endpos):
        return None
      return self.pattern.search(text, pos, endpos)
    key = _key(text, self._lower, self._words)
    key_end = endpos + 1 if self._words else endpos
    if self._automaton is not None:
      match, by_anchor = self.pattern.match, self._by_anchor
      for start, anchor in self._hits(key, pos, key_end):
        found = (match if by_anchor is None else by_anchor[anchor])(
            text, start, endpos)
        if found is not None:
          return found
      return None
    find, match = self._anchors.search, self.pattern.match
    by_anchor = self._by_anchor
    hit = find(key, pos, key_end)
    while hit is not None:
      found = (match if by_anchor is None else by_anchor[hit.group()])(
          text, hit.start(), endpos)
      if found is not None:
        return found
      hit = find(key, hit.start() + 1, key_end)
    return None

  def _hits(self, key: str, start: int, end: int) -> List[Tuple[int, str]]:
    """(start, anchor) of each kept anchor in key[start:end], in text
    order (the automaton tells where each ends)."""
    hits = [(last - len(anchor) + 1, anchor)
            for last, anchor in self._automaton.iter(key, start, end)]
    hits.sort()
    return hits

  def _matches_at(self, text: str, hits) -> Iterator[re.Match]:
    """The pattern's matches at ``hits``, left to right without overlap,
    as ``finditer`` takes them."""
    match, end = self.pattern.match, 0
    by_anchor = self._by_anchor
    for start, anchor in hits:
      if start >= end:
        found = (match if by_anchor is None else by_anchor[anchor])(
            text, start)
        if found is not None:
          yield found
          end = found.end()

  def _has_inside(self, text: str, pos: int, endpos: int) -> bool:
    """Whether text[pos:endpos] may hold a match of an unanchored pattern:
    True unless a match has a string inside that is not there."""
    return self._inside is None or self._inside.search(
        _key(text, self._lower, False), pos, endpos) is not None

  def blank(self, text: str) -> str:
    """``text`` with every match replaced by as many spaces."""
    return blank_spans(text, (found.span() for found in self.finditer(text)))


class BranchScanner(Scanner):
  """A Scanner for ``head(?:(?P<name>branch)|...)tail`` whose matches are
  read by span and ``lastgroup`` only (group numbers differ from the whole
  pattern's). Where an anchor starts, re would try every branch in turn,
  hundreds for a trigger lexicon; here only the branches that can start
  with that anchor are tried, in their order, so the first that matches is
  the whole pattern's. Branches must not refer to groups by number. A
  branch named None is not a group (``head(?:branch|...)tail``): for a list
  of names whose matches are read by span and text only.

  Why that is exact: a branch matching at a place starts with one of its
  prefixes there, so the key has that prefix's anchor there, and with it
  the one kept anchor that begins that anchor; no other kept anchor starts
  at the same place (none begins another). So a branch left out for the
  kept anchor found at a place cannot match there.
  """

  def __init__(self, head: str,
               branches: Sequence[Tuple[Optional[str], str]], tail: str,
               flags: int = 0):
    def compiled(chosen: Sequence[Tuple[Optional[str], str]]
                 ) -> re.Pattern:
      return re.compile("%s(?:%s)%s" % (head, "|".join(
          "(?:%s)" % branch if name is None else "(?P<%s>%s)" % (name, branch)
          for name, branch in chosen), tail), flags)

    super().__init__(compiled(branches))
    if not self.anchored:
      return
    # Each branch's anchors, found as for the whole pattern.
    starts = [{_anchor(text, self._lower, self._words) for text, _ in
               _prefixes(re.compile("%s(?:%s)" % (head, branch), flags))}
              for _, branch in branches]
    space = " " if self._words else ""
    self._by_anchor = {
        space + kept: compiled([branch for branch, anchors
                                in zip(branches, starts)
                                if any(a.startswith(kept) for a in anchors)
                                ]).match
        for kept in self._kept}


class AnchorGate:
  """Whether a text may hold a match of any of some scanners, in the whole
  text or in any part of it (a window around a number): False only when
  none of their anchors is in the text's key. One search, so a piece of
  the tagger can skip a sentence that none of its patterns can match.

  Exact as the scanners are: a match in a part of the text starts with one
  of its scanner's anchors in that part's key, which is the same characters
  of the text's key (keys are made character for character; with
  ``words``, the part's key has its own space in front, and the anchor
  after that space is in the text's key, whether a space precedes it there
  or not). Always True when one of the scanners has no anchors.
  """

  def __init__(self, *scanners: Scanner,
               blanked_by: Optional[Scanner] = None):
    """``blanked_by``: the scanners search the text after
    ``blanked_by.blank`` (the trigger lexicon, after its exclusions), and
    the gate passes every text where they then match: it looks for the
    part of each anchor that blanking cannot have written
    (_unblanked_part)."""
    # Each scanner's kept anchors, by key mode; None: always True.
    self._automata = None
    if not all(scanner.anchored for scanner in scanners):
      return
    if blanked_by is not None and _shortest_match(blanked_by.pattern) < 2:
      return  # a blank of one character could sit inside any anchor
    by_mode: Dict[Tuple[bool, bool], Set[str]] = {}
    for scanner in scanners:
      kept = scanner._kept
      if blanked_by is not None:
        kept = {_unblanked_part(anchor) for anchor in kept}
        if "" in kept:
          return
      by_mode.setdefault((scanner._lower, scanner._words), set()).update(
          kept)
    self._automata = [(mode, _automaton(kept))
                      for mode, kept in sorted(by_mode.items())]

  def may_match(self, text: str) -> bool:
    if self._automata is None:
      return True
    # A loop, not any() over a generator: asked of every sentence.
    for mode, automaton in self._automata:
      if next(automaton.iter(_key(text, *mode)), None) is not None:
        return True
    return False


def _unblanked_part(anchor: str) -> str:
  """The part of an anchor that blanking leaves as it is wherever the
  anchor is found: up to its first two spaces in a row, without spaces at
  its ends. Blanking writes runs of two spaces or more (which keys keep);
  a run that reached into this part would put two spaces in a row in it,
  or a space at one of its ends. So where this part is in the key of the
  blanked text, the text's own key holds it too, and a part of an anchor
  is found wherever the anchor is."""
  return anchor.split("  ", 1)[0].strip(" ")


def _shortest_match(pattern: re.Pattern) -> int:
  """The fewest characters a match of ``pattern`` spans (0 when unknown)."""
  if _parser is None or not isinstance(pattern.pattern, str):
    return 0
  return _parser.parse(pattern.pattern, pattern.flags).getwidth()[0]


class AnchorSet:
  """Which of several scanners may match in a whole text, in one search:
  of the scanners a piece of the tagger runs over each sentence, most have
  none of their anchors there, and each would search the sentence alone.

  Exact as the scanners are: a scanner matching at a place has one of its
  anchors there; of all the scanners' anchors, the shortest that begins
  it (no two kept anchors begin one another) starts there too, and is
  found, as the search looks ahead from every place. Scanners with other
  key modes than the first's, or without anchors, may always match.
  """

  def __init__(self, *scanners: Scanner):
    self._modes = (scanners[0]._lower, scanners[0]._words)
    self._always = frozenset(s for s in scanners if not s.anchored
                             or (s._lower, s._words) != self._modes)
    read = [s for s in scanners if s not in self._always]
    anchors = {anchor for scanner in read for anchor in scanner._kept}
    kept = sorted(a for a in anchors
                  if not any(b != a and a.startswith(b) for b in anchors))
    self._owners: Dict[str, FrozenSet[Scanner]] = {
        k: frozenset(s for s in read if any(a.startswith(k) for a in s._kept))
        for k in kept}
    # A look-ahead, so that an anchor starting inside another is found.
    self._search = re.compile((" " if self._modes[1] else "")
                              + "(?=(%s))" % trie_regex(kept)) if kept else None

  def present(self, text: str) -> FrozenSet[Scanner]:
    """The scanners that may match somewhere in ``text``."""
    found = self._always
    if self._search is None:
      return found
    owners = self._owners
    for hit in self._search.finditer(_key(text, *self._modes)):
      found = found | owners[hit.group(1)]
    return found
