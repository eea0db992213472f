"""Quantities in news text: numerals, number words and vague amounts.

The event tagger reads casualty counts ("at least 12 killed", "une vingtaine
de blessés", "decenas de heridos") from what this module finds. It only finds
and parses quantities; whether one is a casualty count is the caller's call,
helped by `Quantity.unit`.

Conventions (ACLED-like):

* `value` is an int. A range ("between 10 and 15", "10-15", "10 or 12",
  "entre 10 et 15", "de 10 à 15", "entre 10 y 15", "de 10 a 15") gives its
  lower bound with qualifier 'at_least'. Only increasing pairs are ranges,
  so a score ("3-1") gives its first number alone, and English "from 12 to
  15" gives two quantities: it usually reports a change ("the toll rose
  from 12 to 15").
* Decimals are exact with a scale word ("2.5 million" -> 2500000) and
  truncated without one ("2.5 km" -> 2). In English "1,200" groups
  thousands; in French and Spanish "1.200" and "1 200" (thin and
  non-breaking spaces too) group thousands and the comma is the decimal
  mark, except that Spanish also reads a comma followed by exactly three
  digits as grouping ("1,200", Latin American style).
* Vague amounts have `vague=True`: "dozens"/"des dizaines"/"decenas" -> 12
  at_least (ACLED's reading of "dozens"), "tens of" -> 10, "scores of" ->
  20, "hundreds"/"des centaines"/"cientos" -> 100, "thousands"/"miles" ->
  1000 (all at_least); "une dizaine"/"una decena" -> 10 about, "une
  vingtaine" -> 20 about, "une centaine" -> 100 about... The counting nouns
  "a dozen" (12), "a score" (20), "half a dozen" (6), "a couple of" (2) and
  "two dozen" (24) are 'about' and vague too: news uses them loosely.
* An explicit qualifier overrides the default of a vague amount or a range:
  "more than a dozen" -> 12 more_than, "about 10 to 15" -> 10 about.
  Qualifiers after the number count too: "12 or more" -> at_least, "100 or
  so"/"100-odd" -> about, "100+" -> at_least. French "quelque(s)" before a
  number is 'about' ("quelque 300"); "quelques" alone ("quelques blessés")
  names no number and is not returned.
* `start:end` covers the whole phrase: qualifier ("at least 12"), range
  ("between 10 and 15") and determiner of a vague amount ("des dizaines")
  included. A trailing "of"/"de" is not part of the phrase ("dozens" in
  "dozens of people").
* `unit` is what follows the phrase, so that callers can reject "30 bombs",
  "a 34-year-old" or "9:40":
    - the next word, casefolded, accents kept ("people", "blessés"); after
      "of (the)" / "de (los, la, l')" / "des" / "du" / "d'" the word after
      it ("dozens of people" -> "people", "decenas de heridos" ->
      "heridos");
    - for a number glued to something: the letters glued to it ("5km" ->
      "km", "1990s" -> "s", "21h30" and "21 h 30" -> "h", the minutes not
      returned, "9am" -> "am"), the word after a hyphen ("34-year-old",
      "five-year-old" -> "year"), ":" for clock times ("9:40" -> 9 with
      unit ":"; the minutes are not returned), "/" for "24/7" and numeric
      dates, "'s" for "2017's";
    - "%" for "3%", "3 %", "3 per cent", "3 pour cent", "3 por ciento";
    - a currency sign right before the numeral ("$300" -> "$") or right
      after it ("300 €" -> "€");
    - "am"/"pm" for "9 a.m."; None when punctuation, a digit, a line break or
      the end of the text follows.
* Not returned at all: ordinals ("second", "3rd", "21st", "2e", "1er",
  "deuxième", "segundo", "twenty-first"), and dates, which the dates module
  reads: a day or year next to a month name ("March 14, 2023", "14 March",
  "14 mars", "14 de marzo de 2023", "mars 2023", datelines' "29 abr").
  English month names must be capitalised, so "12 may have died" is a
  quantity. Bare years ("in 2019") are returned like any number; callers
  decide. Numbers glued to letters before them ("COVID-19", "F-16", "G7")
  are names, not quantities.
* "one"/"un"/"une"/"un"/"una"/"uno" alone is a quantity (value 1) only when
  a word that can start a noun phrase follows it ("one soldier", "un
  soldat", "un policía") and no determiner precedes it ("no one", "the one",
  "l'un", "quelqu'un", "cada uno", "a la una"). Pronoun and partitive uses
  are rejected ("one of the wounded", "un des blessés", "uno de los
  heridos", "one another") unless a qualifier makes the count explicit ("at
  least one of the attackers"). Other partitives are quantities ("two of the
  victims" -> 2, unit "victims"). "a"/"an" is never a number by itself;
  "a hundred", "a thousand" are (exact, not vague).
* Languages other than 'en', 'fr' and 'es' get English numerals only: no
  number words, qualifiers, vague amounts, or dates.

All regexes are compiled at import; find_quantities scans a lowercased copy
of the text once and does Python work only where a number may start.
"""

import dataclasses
import re
import unicodedata
from typing import Callable, Dict, List, Optional, Sequence, Tuple

__all__ = ["Quantity", "find_quantities", "parse_number", "QUALIFIERS"]

QUALIFIERS = ("exact", "at_least", "about", "more_than", "less_than")


@dataclasses.dataclass(frozen=True)
class Quantity:
  """A quantity found in a text; see the module docstring for conventions."""
  value: int  # the number; a range gives its lower bound
  qualifier: str  # one of QUALIFIERS
  start: int  # text[start:end] is the whole phrase, qualifier included
  end: int
  vague: bool  # "dozens", "hundreds", "une vingtaine"...
  unit: Optional[str]  # what follows: "people", "year", "%", ":"...


# ---------------------------------------------------------------------------
# Speed. Most regexes run on a lowercased copy of the text without
# re.IGNORECASE, and the ones that scan start with a plain character class or
# with literal-led branches: that is when Python's engine can skip ahead in C
# instead of trying the whole pattern at every character.

_SP = r"[ \t\u00a0\u202f\u2009]"  # spaces inside a line
_HYPHENS = "-\u2010\u2011"
_APOS = "'\u2019"
_LETTER = r"[^\W\d_]"
# A quantity starts after one of these (or at the start of the text); not
# after letters, digits or the joiners of "9:40", "24/7", "10-15", "F-16",
# "2.5". An apostrophe is fine ("d'une dizaine", "'90s").
_BOUNDARY = ("[ \t\n\r\u00a0\u202f\u2009\u2002\u2003([{\"'\u2019\u2018"
             "\u201c\u201d\u00ab\u00bb\u00bf\u00a1\u2014\u2026;!?*\u2022>~"
             "$\u20ac\u00a3\u00a5]")


def _fold(word: str) -> str:
  """Casefolded, accents removed: dictionary keys ignore both."""
  word = word.casefold()
  if word.isascii():
    return word
  return "".join(ch for ch in unicodedata.normalize("NFD", word)
                 if not unicodedata.combining(ch))


_SEPARATORS = re.compile(rf"(?:\s|[{_HYPHENS}])+")


def _norm_phrase(phrase: str) -> str:
  """Lookup key of a lexicon phrase however it was spaced or accented."""
  return _SEPARATORS.sub(" ", _fold(phrase).replace("\u2019", "'")).strip()


def _lookup(table: Dict[str, tuple], phrase: str) -> Optional[tuple]:
  """table[phrase] for a lowercased phrase as matched in the text."""
  found = table.get(phrase.rstrip())  # the usual single-spaced spelling
  if found is None and not (phrase.isascii() and phrase.isalpha()):
    found = table.get(_norm_phrase(phrase))
  return found


def _pattern(phrase: str) -> str:
  """Regex for a lexicon phrase: any spacing, hyphen or space in compounds."""
  words = []
  for word in phrase.split(" "):
    parts = [re.escape(part).replace("'", f"[{_APOS}]")
             for part in word.split("-")]
    words.append(rf"[{_HYPHENS}\s]?".join(parts))
  return r"\s+".join(words)


def _alternation(phrases, suffix: Callable[[str], str]) -> str:
  """Regex for any of the phrases, written with or without accents.

  Branches are grouped by first letter ("t(?:wo|hree|en...)"): the engine
  skips a branch whose first literal does not match without entering it.
  """
  forms = {}
  for phrase in phrases:
    for form in (phrase, _fold(phrase)):
      forms.setdefault(form, suffix(phrase))
  by_first: Dict[str, List[str]] = {}
  # Longest first: Python's alternation takes the first branch that fits.
  for form in sorted(forms, key=len, reverse=True):
    by_first.setdefault(form[0], []).append(_pattern(form[1:]) + forms[form])
  return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})"
                  for first, rests in by_first.items())


# ---------------------------------------------------------------------------
# Number words. Each parser reads folded tokens from index i and returns
# (value, index after) or None; groups stay below 1000 until scales apply.

Tokens = Sequence[str]
_Parsed = Optional[Tuple[int, int]]


def _at(toks: Tokens, i: int) -> str:
  return toks[i] if i < len(toks) else ""


_EN_ONES = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * n for n, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_EN_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def _en_below_100(toks: Tokens, i: int) -> _Parsed:
  t = _at(toks, i)
  if t in _EN_TENS:
    unit = _EN_ONES.get(_at(toks, i + 1), 0)
    if 1 <= unit <= 9:
      return _EN_TENS[t] + unit, i + 2
    return _EN_TENS[t], i + 1
  if t in _EN_ONES:
    return _EN_ONES[t], i + 1
  return None


def _en_below_1000(toks: Tokens, i: int) -> _Parsed:
  if toks[i] == "a":
    # "a" is a number only before a scale: "a hundred", "a thousand".
    if _at(toks, i + 1) == "hundred":
      value, j = 100, i + 2
    elif _at(toks, i + 1) in _EN_SCALES:
      return 1, i + 1
    else:
      return None
  else:
    head = _en_below_100(toks, i)
    if head is None:
      return None
    value, j = head
    if _at(toks, j) != "hundred" or value == 0:
      return head
    value, j = value * 100, j + 1  # "twelve hundred" too
  k = j + 1 if _at(toks, j) == "and" else j
  rest = _en_below_100(toks, k)
  if rest is not None and rest[0] > 0:
    return value + rest[0], rest[1]
  return value, j


_FR_ONES = {w: n for n, w in enumerate(
    "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize "
    "quatorze quinze seize".split())}
_FR_ONES["une"] = 1
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
            "soixante": 60, "septante": 70, "octante": 80, "huitante": 80,
            "nonante": 90}
_FR_HUNDREDS = ("cent", "cents")
_FR_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize")
_FR_SCALES = {"mille": 10**3, "million": 10**6, "millions": 10**6,
              "milliard": 10**9, "milliards": 10**9}


def _fr_below_100(toks: Tokens, i: int) -> _Parsed:
  t, nxt = _at(toks, i), _at(toks, i + 1)
  if t == "quatre" and nxt in ("vingt", "vingts"):
    base, j = 80, i + 2
  elif t in _FR_TENS:
    base, j = _FR_TENS[t], i + 1
  elif t == "dix" and nxt in ("sept", "huit", "neuf"):
    return 10 + _FR_ONES[nxt], i + 2
  elif t in _FR_ONES:
    return _FR_ONES[t], i + 1
  else:
    return None
  t, nxt = _at(toks, j), _at(toks, j + 1)
  if base in (60, 80):
    # Vigesimal: soixante-dix (70), soixante et onze (71), quatre-vingt-dix.
    if t == "et" and nxt == "onze" and base == 60:
      return 71, j + 2
    if t == "dix" and nxt in ("sept", "huit", "neuf"):
      return base + 10 + _FR_ONES[nxt], j + 2
    if t in _FR_TEENS:
      return base + _FR_ONES[t], j + 1
  if t == "et" and nxt in ("un", "une") and base != 80:
    return base + 1, j + 2
  unit = _FR_ONES.get(t, 0)
  if 2 <= unit <= 9 or (unit == 1 and base == 80):  # quatre-vingt-un
    return base + unit, j + 1
  return base, j


def _fr_below_1000(toks: Tokens, i: int) -> _Parsed:
  if toks[i] in _FR_HUNDREDS:
    value, j = 100, i + 1
  else:
    head = _fr_below_100(toks, i)
    if head is None:
      return None
    value, j = head
    if _at(toks, j) not in _FR_HUNDREDS or not 2 <= value <= 9:
      return head
    value, j = value * 100, j + 1
  rest = _fr_below_100(toks, j)
  if rest is not None and rest[0] > 0:
    return value + rest[0], rest[1]
  return value, j


_ES_ONES = {w: n for n, w in enumerate(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce "
    "trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte "
    "veintiuno veintidos veintitres veinticuatro veinticinco veintiseis "
    "veintisiete veintiocho veintinueve".split())}
_ES_ONES.update({"un": 1, "una": 1, "veintiun": 21, "veintiuna": 21})
_ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
            "setenta": 70, "ochenta": 80, "noventa": 90}
_ES_HUNDREDS = {"cien": 100, "ciento": 100}
for _n, _stem in enumerate(["dosc", "tresc", "cuatroc", "quin", "seisc",
                            "setec", "ochoc", "novec"], 2):
  _ES_HUNDREDS[_stem + "ientos"] = _ES_HUNDREDS[_stem + "ientas"] = 100 * _n
_ES_SCALES = {"mil": 10**3, "millon": 10**6, "millones": 10**6,
              "milmillones": 10**9, "millardo": 10**9, "millardos": 10**9}


def _es_below_100(toks: Tokens, i: int) -> _Parsed:
  t = _at(toks, i)
  if t in _ES_ONES:
    return _ES_ONES[t], i + 1
  if t in _ES_TENS:
    unit = _ES_ONES.get(_at(toks, i + 2), 0)
    if _at(toks, i + 1) == "y" and 1 <= unit <= 9:  # treinta y uno
      return _ES_TENS[t] + unit, i + 3
    return _ES_TENS[t], i + 1
  return None


def _es_below_1000(toks: Tokens, i: int) -> _Parsed:
  t = toks[i]
  if t not in _ES_HUNDREDS:
    return _es_below_100(toks, i)
  value, j = _ES_HUNDREDS[t], i + 1
  if t == "cien":  # "cien" stands alone; "ciento veinte"
    return value, j
  rest = _es_below_100(toks, j)
  if rest is not None and rest[0] > 0:
    return value + rest[0], rest[1]
  return value, j


def _parse_words(toks: Tokens, below_1000: Callable[[Tokens, int], _Parsed],
                 scales: Dict[str, int], bare_scales: Sequence[str],
                 english: bool) -> _Parsed:
  """Longest number at toks[0]: groups below 1000 times decreasing scales."""
  total, i, last_scale = 0, 0, None
  while i < len(toks):
    k = i
    if english and last_scale and toks[i] == "and":
      k = i + 1  # "two thousand and twelve"
      if k >= len(toks):
        break
    group = below_1000(toks, k)
    value, j = group if group is not None else (None, k)
    scale = scales.get(_at(toks, j))
    if scale is not None and (last_scale is None or scale < last_scale):
      if value is None:
        if toks[j] not in bare_scales:
          break
        value = 1  # "mille", "mil": a thousand
      total += value * scale
      last_scale, i = scale, j + 1
      continue
    if value is not None and scale is None:
      total += value
      i = j
    break
  return (total, i) if i > 0 else None


def _en_words(toks: Tokens) -> _Parsed:
  return _parse_words(toks, _en_below_1000, _EN_SCALES, (), True)


def _fr_words(toks: Tokens) -> _Parsed:
  return _parse_words(toks, _fr_below_1000, _FR_SCALES, ("mille",), False)


def _es_words(toks: Tokens) -> _Parsed:
  """Spanish number words; "mil millones" is one scale (10**9)."""
  for cut in range(len(toks) - 1):
    if toks[cut] == "mil" and toks[cut + 1] == "millones":
      merged = list(toks[:cut]) + ["milmillones"] + list(toks[cut + 2:])
      parsed = _parse_words(merged, _es_below_1000, _ES_SCALES,
                            ("mil", "milmillones"), False)
      if parsed is None:
        return None
      value, used = parsed
      return value, (used + 1 if used > cut else used)
  return _parse_words(toks, _es_below_1000, _ES_SCALES, ("mil",), False)


# ---------------------------------------------------------------------------
# Language tables.


def _unit_regex(partitive: str) -> "re.Pattern[str]":
  """What follows a phrase: a symbol, or a word after an optional partitive."""
  return re.compile(
      rf"""{_SP}*(?:
          (?P<pct>%|‰|per{_SP}?cent\b|percent\b|pour{_SP}?cent\b|
             por{_SP}+ciento\b)
        | (?P<cur>[$€£¥])
        | (?P<ampm>[ap])\.{_SP}?m\.
        | {_SP}(?:{partitive})?(?P<word>{_LETTER}+))""", re.VERBOSE)


# Context kinds, for phrases that end right where a number starts.
_QUALIFIER, _RANGE, _NO_RANGE, _DETERMINER = "qual", "range", "norange", "det"


@dataclasses.dataclass(frozen=True)
class _Lang:
  """Everything language-specific; built once at import."""
  scan: "re.Pattern[str]"  # candidates in lowercased text, after _BOUNDARY
  core: "re.Pattern[str]"  # the same at a given position
  numeral: "re.Pattern[str]"
  scale_after: "re.Pattern[str]"  # "2.5 million" after a numeral
  scales: Dict[str, int]
  parse_words: Optional[Callable[[Tokens], _Parsed]]
  vague: Dict[str, Tuple[int, str, bool]]  # key -> value, qualifier, definite
  context: Optional["re.Pattern[str]"]  # phrases ending where a number starts
  context_kinds: Dict[str, Tuple[str, object]]  # key -> kind, argument
  post_qualifier: "re.Pattern[str]"
  range_mid: "re.Pattern[str]"  # "-", "to", "or", "à", "o"...
  unit: "re.Pattern[str]"  # see _unit_regex
  one_words: frozenset = frozenset()
  one_stop_after: frozenset = frozenset()
  partitive_words: frozenset = frozenset()
  ordinal_words: frozenset = frozenset()
  ordinal_ending: str = ""
  date_before: Optional["re.Pattern[str]"] = None
  date_after: Optional["re.Pattern[str]"] = None
  dates_cased: bool = False  # English month names need their capital
  dozen_after: Optional["re.Pattern[str]"] = None


_NUMERAL_EN = re.compile(
    r"(?P<gi>\d{1,3}(?:,\d{3})+)(?!\d)(?:\.(?P<gf>\d+))?"
    r"|(?P<pi>\d+)(?:\.(?P<pf>\d+))?")
_NUMERAL_FR = re.compile(
    r"(?P<gi>\d{1,3}(?:[.\u00a0\u202f\u2009 ]\d{3})+)(?!\d)(?:,(?P<gf>\d+))?"
    r"|(?P<pi>\d+)(?:[.,](?P<pf>\d+))?")
_NUMERAL_ES = re.compile(
    r"(?P<gi>\d{1,3}(?:[.,\u00a0\u202f\u2009 ]\d{3})+)(?!\d)(?:,(?P<gf>\d+))?"
    r"|(?P<pi>\d+)(?:[.,](?P<pf>\d+))?")


def _scanners(vague: Dict[str, tuple], vague_follow: Dict[str, str],
              words: Sequence[str], word_follow: Dict[str, str]
              ) -> Tuple["re.Pattern[str]", "re.Pattern[str]"]:
  """(scan, core) over lowercased text for digits, words and vague phrases.

  Which kind matched is told afterwards by the matched text, not by named
  groups: groups around the branches would hide their first letters from
  the engine's fast path.
  """
  phrases = dict.fromkeys(vague, "")
  phrases.update(dict.fromkeys(words, ""))
  follow = {**vague_follow, **word_follow}
  body = r"\d"
  if phrases:
    body = _alternation(phrases,
                        lambda p: follow.get(p, "") + r"(?!\w)") + r"|\d"
  return re.compile(f"{_BOUNDARY}(?:{body})"), re.compile(f"(?:{body})")


def _context(kinds: Dict[str, Tuple[str, object]]) -> "re.Pattern[str]":
  """Any context phrase ending at the search's endpos (lowercased text)."""
  def tail(phrase: str) -> str:
    return r"\s*$" if phrase.endswith("'") else r"\s+$"
  return re.compile(f"(?:{_alternation(kinds, tail)})")


def _post(**groups: str) -> "re.Pattern[str]":
  """Qualifiers right after the number (matched, so named groups are fine)."""
  return re.compile("|".join(f"(?P<{name}>{alt})"
                             for name, alt in groups.items()))


def _kinds(qualifiers: Dict[str, str], ranges: Dict[str, str],
           no_range: Sequence[str], determiners: Sequence[str]
           ) -> Dict[str, Tuple[str, object]]:
  kinds: Dict[str, Tuple[str, object]] = {}
  for qualifier, phrases in qualifiers.items():
    for phrase in phrases.split("|"):
      kinds[phrase] = (_QUALIFIER, qualifier)
  for phrase, joiner in ranges.items():
    kinds[phrase] = (_RANGE, re.compile(joiner))
  for phrase in no_range:
    kinds[phrase] = (_NO_RANGE, None)
  for phrase in determiners:
    kinds[phrase] = (_DETERMINER, None)
  return kinds


def _lang(vague: Dict[str, tuple], vague_follow: Dict[str, str],
          words: Sequence[str], word_follow: Dict[str, str],
          kinds: Dict[str, Tuple[str, object]], **fields) -> _Lang:
  scan, core = _scanners(vague, vague_follow, words, word_follow)
  normalized = {_norm_phrase(k): v for k, v in kinds.items()}
  return _Lang(scan=scan, core=core,
               vague={_norm_phrase(k): v for k, v in vague.items()},
               context=_context(kinds) if kinds else None,
               context_kinds=normalized, **fields)


_EN_MONTHS = ("January|February|March|April|May|June|July|August|September|"
              "October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|"
              "Oct|Nov|Dec")
# Full names, then the abbreviations of datelines ("BOGOTÁ, 29 abr").
_FR_MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|"
              "septembre|octobre|novembre|décembre|decembre|"
              r"(?:janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec)\.?")
_ES_MONTHS = ("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
              "setiembre|octubre|noviembre|diciembre|"
              r"(?:ene|feb|mar|abr|may|jun|jul|ago|sept|sep|oct|nov|dic)\.?")


def _en() -> _Lang:
  vague = {
      "dozens": (12, "at_least", False), "tens": (10, "at_least", False),
      "scores": (20, "at_least", False), "hundreds": (100, "at_least", False),
      "thousands": (1000, "at_least", False),
      "millions": (10**6, "at_least", False),
      "tens of thousands": (10**4, "at_least", False),
      "hundreds of thousands": (10**5, "at_least", False),
      "tens of millions": (10**7, "at_least", False),
      "hundreds of millions": (10**8, "at_least", False),
      "a dozen": (12, "about", True), "a score": (20, "about", True),
      "half a dozen": (6, "about", True), "a half-dozen": (6, "about", True),
      "a couple": (2, "about", True),
  }
  for det in ("a few", "several", "many"):
    vague[f"{det} dozen"] = (12, "at_least", False)
    vague[f"{det} hundred"] = (100, "at_least", False)
    vague[f"{det} thousand"] = (1000, "at_least", False)
  # "tens" and "scores" alone are not amounts; "a couple" alone is two
  # people; "a score of 3-1" is football.
  vague_follow = {"tens": r"(?=\s+of\b)", "scores": r"(?=\s+of\b)",
                  "a couple": r"(?=\s+of\b)", "a score": r"(?=\s+of\s+\D)"}
  kinds = _kinds(
      {"at_least": "at least|no fewer than|no less than|not less than|"
                   "a minimum of",
       "less_than": "fewer than|less than|under|no more than|not more than|"
                    "at most",
       "more_than": "more than|over|upwards of|in excess of",
       "about": "nearly|almost|close to|about|around|roughly|approximately|"
                "some|an estimated|up to|as many as"},
      ranges={"between": r"\s+and\s+"},
      no_range=["from"],  # "rose from 12 to 15" is a change, not a range
      determiners="no any every each the this that which what another".split())
  return _lang(
      vague, vague_follow, list(_EN_ONES) + list(_EN_TENS) + ["a"],
      {"a": r"(?=\s+(?:hundred|thousand|million|billion)\b)"}, kinds,
      numeral=_NUMERAL_EN,
      scale_after=re.compile(rf"{_SP}+(thousand|million|billion)\b"),
      scales=_EN_SCALES, parse_words=_en_words,
      post_qualifier=_post(
          at_least=r"\s+or\s+more\b|\+(?!\d)|[-\u2010]plus\b",
          about=r"\s+or\s+so\b|(?:\s+|[-\u2010])odd\b",
          less_than=r"\s+or\s+(?:fewer|less)\b"),
      range_mid=re.compile(r"\s*[-\u2013\u2014]\s*(?=\d)|\s+(?:to|or)\s+"),
      unit=_unit_regex(rf"of{_SP}+(?:the{_SP}+)?(?={_LETTER})"),
      one_words=frozenset({"one"}),
      one_stop_after=frozenset(
          "of another who whom whose which that is was were are has had have "
          "would could can will must should might may does did in on at by "
          "to for from with and or but as than the a an he she it they we you "
          "i his her its their if when where while after before else about "
          "near into like among here there too now then so just again".split()),
      partitive_words=frozenset({"of"}),
      ordinal_words=frozenset(
          "first second third fourth fifth sixth seventh eighth ninth tenth "
          "eleventh twelfth".split()),
      ordinal_ending="ieth",
      date_before=re.compile(
          rf"(?<!\w)(?:{_EN_MONTHS})\.?{_SP}+"
          rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?{_SP}+)?$"),
      date_after=re.compile(rf"{_SP}+(?:{_EN_MONTHS})\b"),
      dates_cased=True,
      dozen_after=re.compile(rf"(?:{_SP}+|[{_HYPHENS}])dozen\b(?!s)"),
  )


def _fr() -> _Lang:
  vague = {
      "une douzaine": (12, "about", True),
      "une demi-douzaine": (6, "about", True),
  }
  for head, value in (("dizaine", 10), ("quinzaine", 15), ("vingtaine", 20),
                      ("trentaine", 30), ("quarantaine", 40),
                      ("cinquantaine", 50), ("soixantaine", 60),
                      ("centaine", 100)):
    for adj in ("", "petite ", "bonne "):
      vague[f"une {adj}{head}"] = (value, "about", False)
  for adj in ("", "petit ", "bon "):
    vague[f"un {adj}millier"] = (1000, "about", False)
  for det in ("", "des ", "quelques ", "plusieurs ", "de "):
    for head, value in (("dizaines", 12), ("douzaines", 12),
                        ("centaines", 100), ("milliers", 1000),
                        ("millions", 10**6), ("dizaines de milliers", 10**4),
                        ("centaines de milliers", 10**5)):
      vague[f"{det}{head}"] = (value, "at_least", False)
  kinds = _kinds(
      {"at_least": "au moins|pas moins de|pas moins d'|au minimum",
       "more_than": "plus de|plus d'|un peu plus de|un peu plus d'|"
                    "au-delà de|au-delà d'",
       "less_than": "moins de|moins d'|un peu moins de|un peu moins d'|"
                    "au plus|au maximum",
       "about": "près de|près d'|environ|quelque|quelques|jusqu'à|presque|"
                "autour de|autour d'|approximativement|à peu près|"
                "pas loin de|pas loin d'"},
      ranges={"entre": r"\s+et\s+", "de": r"\s+[àa]\s+"},
      # "le bilan est passé de treize à quinze morts": a change.
      no_range=["passé de", "passe de", "grimpé de", "monté de"],
      # "l'un des blessés", "quelqu'un", "à la une", "pas un seul".
      determiners="l' quelqu' le la les chaque pas".split())
  return _lang(
      vague, {}, list(_FR_ONES) + list(_FR_TENS) + ["zéro", "cent", "mille"],
      {}, kinds,
      numeral=_NUMERAL_FR,
      scale_after=re.compile(rf"{_SP}+(mille|millions?|milliards?)\b"),
      scales=_FR_SCALES, parse_words=_fr_words,
      post_qualifier=_post(
          at_least=r"\s+ou\s+plus\b|\+(?!\d)|\s+au\s+moins\b",
          about=r"\s+environ\b",
          less_than=r"\s+ou\s+moins\b"),
      range_mid=re.compile(r"\s*[-\u2013\u2014]\s*(?=\d)|\s+(?:à|ou)\s+"),
      unit=_unit_regex(rf"(?:(?:de|des|du){_SP}+(?:la{_SP}+|l[{_APOS}])?"
                       rf"|d[{_APOS}])(?={_LETTER})"),
      one_words=frozenset({"un", "une"}),
      one_stop_after=frozenset(
          "de des du d a au aux et ou qui que qu dont en sur par pour parmi "
          "avec dans autre autres peu certain certaine tel telle est etait "
          "fut sera ne n se s y le la les l il elle on ils elles comme apres "
          "avant premier premiere second seconde dernier derniere nouveau "
          "nouvel nouvelle".split()),
      partitive_words=frozenset({"de", "des", "du", "d"}),
      ordinal_words=frozenset({"premier", "premiere", "second", "seconde"}),
      ordinal_ending="ieme",
      date_before=re.compile(rf"(?<!\w)(?:{_FR_MONTHS}){_SP}+$"),
      date_after=re.compile(rf"{_SP}+(?:{_FR_MONTHS})(?!\w)"),
  )


def _es() -> _Lang:
  vague = {
      "una decena": (10, "about", False), "una docena": (12, "about", True),
      "media docena": (6, "about", True), "una quincena": (15, "about", False),
      "una veintena": (20, "about", False),
      "una treintena": (30, "about", False),
      "una cuarentena": (40, "about", False),
      "una cincuentena": (50, "about", False),
      "medio centenar": (50, "about", False),
      "un medio centenar": (50, "about", False),
      "un centenar": (100, "about", False),
      "medio millar": (500, "about", False),
      "un millar": (1000, "about", False),
  }
  for det in ("", "unas ", "unos ", "varias ", "varios ", "algunas ",
              "algunos ", "muchas ", "muchos "):
    for head, value in (("decenas", 12), ("docenas", 12), ("cientos", 100),
                        ("centenares", 100), ("miles", 1000),
                        ("millares", 1000), ("millones", 10**6),
                        ("decenas de miles", 10**4),
                        ("cientos de miles", 10**5),
                        ("centenares de miles", 10**5),
                        ("miles de millones", 10**9)):
      vague[f"{det}{head}"] = (value, "at_least", False)
  kinds = _kinds(
      {"at_least": "al menos|por lo menos|como mínimo|no menos de|"
                   "un mínimo de",
       "less_than": "menos de|no más de|como máximo",
       "more_than": "más de|poco más de|algo más de",
       "about": "cerca de|casi|unos|unas|alrededor de|aproximadamente|hasta|"
                "en torno a"},
      ranges={"entre": r"\s+y\s+", "de": r"\s+a\s+",
              "desde": r"\s+(?:a|hasta)\s+"},
      # "el balance pasó de 13 a 15 muertos": a change.
      no_range=["pasó de", "subió de", "aumentó de"],
      determiners="el la los las cada".split())  # "cada uno", "a la una"
  words = (list(_ES_ONES) + list(_ES_TENS) + list(_ES_HUNDREDS) +
           ["mil", "dieciséis", "veintiún", "veintidós", "veintitrés",
            "veintiséis"])
  return _lang(
      vague, {}, words, {}, kinds,
      numeral=_NUMERAL_ES,
      scale_after=re.compile(
          rf"{_SP}+(mil{_SP}+millones|mil|mill[oó]n|millones|millardos?)\b"),
      scales=_ES_SCALES, parse_words=_es_words,
      post_qualifier=_post(
          at_least=r"\s+o\s+m[áa]s\b|\+(?!\d)|\s+al\s+menos\b|"
                   r"\s+por\s+lo\s+menos\b",
          about=r"\s+aproximadamente\b",
          less_than=r"\s+o\s+menos\b"),
      range_mid=re.compile(r"\s*[-\u2013\u2014]\s*(?=\d)|\s+(?:a|o|u)\s+"),
      unit=_unit_regex(
          rf"(?:del|de(?:{_SP}+(?:los|las|la|el))?){_SP}+(?={_LETTER})"),
      one_words=frozenset({"un", "una", "uno"}),
      one_stop_after=frozenset(
          "de del a al y o u que en por para con sin poco tanto otro otra "
          "cierto cierta tal es era fue sera se lo la el los las le les como "
          "entre sobre tras mas primer primero primera segundo segunda "
          "tercer tercero tercera cuarto cuarta quinto quinta ultimo ultima "
          "nuevo nueva".split()),
      partitive_words=frozenset({"de", "del"}),
      ordinal_words=frozenset(
          "primer primero primera segundo segunda tercer tercero "
          "tercera".split()),
      date_before=re.compile(
          rf"(?<!\w)(?:{_ES_MONTHS}){_SP}+(?:del?{_SP}+)?$"),
      date_after=re.compile(rf"{_SP}+(?:de{_SP}+)?(?:{_ES_MONTHS})(?!\w)"),
  )


def _numerals_only() -> _Lang:
  return _lang(
      {}, {}, (), {}, {}, numeral=_NUMERAL_EN, scale_after=re.compile(r"(?!)"),
      scales={}, parse_words=None,
      post_qualifier=_post(at_least=r"\+(?!\d)"),
      range_mid=re.compile(r"\s*[-\u2013\u2014]\s*(?=\d)"),
      unit=_unit_regex("(?!)"))


_LANGS = {"en": _en(), "fr": _fr(), "es": _es()}
_FALLBACK = _numerals_only()


# ---------------------------------------------------------------------------
# Reading one quantity.

# A run of words joined by spaces or hyphens, where a number phrase can be.
_WORD_RUN = re.compile(
    rf"{_LETTER}+(?:(?:{_SP}+|{_SP}?[{_HYPHENS}]{_SP}?){_LETTER}+){{0,7}}")
_WORD = re.compile(rf"{_LETTER}+")
_NEXT_WORD = re.compile(rf"{_SP}+({_LETTER}+)")

# What is glued to a numeral, checked before anything else after it.
_GLUED = re.compile(
    rf"""(?P<time>:(?=\d))
      |(?P<slash>/(?=\d))
      |(?P<pct>%|‰)
      |(?P<poss>[{_APOS}]s(?!\w))
      |(?:\.(?=[ºª]))?(?P<letters>{_LETTER}+)
      |[{_HYPHENS}](?P<hyph>{_LETTER}+)""", re.VERBOSE)
_ORDINAL_SUFFIXES = frozenset(
    "st nd rd th er re ère ere e è ème eme nde do da ro ra to ta vo va no "
    "na mo ma o a º ª".split())
_NOT_GLUED = frozenset(" \t\n\r\u00a0\u202f\u2009,.;!?)]}\"»”")
_CURRENCY = "$€£¥"
# The minutes of a French time written apart: "6 h 30".
_MINUTES = re.compile(rf"{_SP}+[0-5]\d\b")
# First characters of a post qualifier or a range joiner.
_AFTER_NUMBER = " +-\u2010\u2013\u2014"


@dataclasses.dataclass(slots=True)
class _Core:
  """A bare number phrase, before ranges, qualifiers and units."""
  value: int
  end: int
  vague: bool = False
  qualifier: str = "exact"
  bare_one: bool = False  # a lone "one"/"un"/"una": maybe a pronoun
  unit: Optional[str] = None  # a glued unit ("year", ":", "%", "$")
  skip: bool = False  # an ordinal or a date: not a quantity


def _read_core(text: str, low: str, start: int, end: int,
               lang: _Lang) -> Optional[_Core]:
  """The number phrase that the scan found at low[start:end]."""
  if low[start].isdigit():
    core = _read_numeral(text, low, start, lang)
  else:
    found = _lookup(lang.vague, low[start:end])
    if found is not None:
      return _Core(found[0], end, vague=True, qualifier=found[1])
    core = _read_words(text, low, start, lang)
    if core is None:
      return None
  if (lang.dozen_after is not None and core.unit is None and
      core.value < 100):
    dozen = lang.dozen_after.match(low, core.end)
    if dozen:  # "two dozen"
      core.value, core.end = core.value * 12, dozen.end()
      core.vague, core.qualifier, core.bare_one = True, "about", False
  return core


def _read_numeral(text: str, low: str, start: int, lang: _Lang) -> _Core:
  m = lang.numeral.match(low, start)
  end = m.end()
  scale = 1
  sm = lang.scale_after.match(low, end)
  if sm:
    scale = lang.scales[_fold(re.sub(r"\s+", "", sm.group(1)))]
    end = sm.end()
  if m.group("gi") is not None:
    digits, frac = re.sub(r"\D", "", m.group("gi")), m.group("gf") or ""
  else:
    digits, frac = m.group("pi"), m.group("pf") or ""
  # Integer arithmetic keeps "2.5 million" exact; "2.5" alone truncates.
  value = int(digits) * scale
  if frac:
    value += int(frac) * scale // 10**len(frac)
  core = _Core(value, end)
  if scale == 1:
    _glued(low, end, core, lang)
    plain = m.group("pi") is not None and m.group("pf") is None
    if plain and not core.skip and lang.date_before is not None:
      core.skip = _is_date(text if lang.dates_cased else low, start, end,
                           value, lang)
  if start > 0 and text[start - 1] in _CURRENCY:
    core.unit = text[start - 1]
  elif start > 1 and text[start - 1] == " " and text[start - 2] in _CURRENCY:
    core.unit = text[start - 2]
  return core


def _glued(low: str, end: int, core: _Core, lang: _Lang) -> None:
  """Sets the unit, or skip for an ordinal, from what is glued to `end`."""
  if end >= len(low) or low[end] in _NOT_GLUED:
    return
  g = _GLUED.match(low, end)
  if g is None:
    return
  kind = g.lastgroup
  if kind == "letters":
    letters = g.group("letters")
    if letters in _ORDINAL_SUFFIXES:
      core.skip = True
    else:
      core.unit = letters
  elif kind == "hyph":
    word = g.group("hyph")
    if word in ("plus", "odd"):
      return  # post qualifiers: "12-plus", "100-odd"
    if _is_ordinal(word, lang):
      core.skip = True  # "twenty-first", "vingt-deuxième"
    else:
      core.unit = word  # "34-year-old" -> "year"
  else:
    core.unit = {"time": ":", "slash": "/", "pct": "%", "poss": "'s"}[kind]


def _is_ordinal(word: str, lang: _Lang) -> bool:
  word = _fold(word)
  return word in lang.ordinal_words or bool(
      lang.ordinal_ending and word.endswith(lang.ordinal_ending))


def _is_date(source: str, start: int, end: int, value: int,
             lang: _Lang) -> bool:
  """A day or a year next to a month name: the dates module reads those."""
  day = 1 <= value <= 31
  if not day and not 1000 <= value <= 2100:
    return False  # "in March 300 people": a count
  if lang.date_before.search(source, max(0, start - 30), start):
    return True
  return day and lang.date_after.match(source, end) is not None


def _read_words(text: str, low: str, start: int,
                lang: _Lang) -> Optional[_Core]:
  run = _WORD_RUN.match(low, start).group()
  raw = _WORD.findall(run)
  toks = [t if t.isascii() else _fold(t) for t in raw]
  parsed = lang.parse_words(toks)
  if parsed is None:
    return None
  value, used = parsed
  end = 0
  for tok in raw[:used]:  # where the last token used ends in the run
    end = run.index(tok, end) + len(tok)
  core = _Core(value, start + end)
  core.bare_one = used == 1 and toks[0] in lang.one_words
  if core.end < len(low) and low[core.end] in _HYPHENS:
    _glued(low, core.end, core, lang)  # "five-year-old", "twenty-first"
  return core


def _second(text: str, low: str, pos: int, lang: _Lang) -> Optional[_Core]:
  """The upper end of a range starting at pos, if it is a number."""
  m = lang.core.match(low, pos)
  if m is None:
    return None
  core = _read_core(text, low, pos, m.end(), lang)
  if core is None or core.skip or core.vague:
    return None
  return core


def _range_end(text: str, low: str, core: _Core, joiner: "re.Pattern[str]",
               lang: _Lang) -> Optional[int]:
  mid = joiner.match(low, core.end)
  if mid is None:
    return None
  upper = _second(text, low, mid.end(), lang)
  if upper is None or upper.value <= core.value:
    return None  # "3-1" is a score
  return upper.end


# French elided words: "d'", "l'", "qu'", "jusqu'".
_ELISION = re.compile(r"(?<![\w'\u2019])(?:d|l|qu|jusqu)['\u2019]$")


def _context_before(low: str, start: int, floor: int,
                    lang: _Lang) -> Tuple[Optional[tuple], int]:
  """(kind, argument) of the phrase ending at start, and where it starts."""
  if lang.context is None:
    return None, start
  pos = max(floor, start - 40)
  while True:
    m = lang.context.search(low, pos, start)
    if m is None:
      return None, start
    s = m.start()
    # The phrase must start a word ("some", not "handsome"), which may
    # follow an elision ("d'entre 10 et 15").
    if s == 0 or not (low[s - 1].isalnum() or low[s - 1] in "_'\u2019") or (
        _ELISION.search(low, max(0, s - 4), s)):
      return _lookup(lang.context_kinds, m.group()), s
    pos = s + 1


def _unit_after(text: str, low: str, end: int,
                lang: _Lang) -> Tuple[Optional[str], int]:
  """The unit after a phrase and where it ends (see module docstring)."""
  if end >= len(low) or low[end] in ",.;:!?)]\n":
    return None, end
  m = lang.unit.match(low, end)
  if m is None:
    return None, end
  kind = m.lastgroup
  if kind == "word":
    return text[m.start(kind):m.end()].casefold(), m.end()
  if kind == "pct":
    return "%", m.end()
  if kind == "cur":
    return m.group(kind), m.end()
  return m.group(kind) + "m", m.end()


def _is_pronoun(low: str, end: int, determiner: bool, qualified: bool,
                lang: _Lang) -> bool:
  """Whether a lone "one"/"un"/"una" is a pronoun or an article."""
  if determiner:
    return True  # "no one", "l'un", "cada uno"
  nxt = _NEXT_WORD.match(low, end)
  if nxt is None:
    return True  # "one." "un," "un 30 %"
  word = _fold(nxt.group(1))
  if word in lang.one_stop_after:
    # "one of the wounded" is a pronoun; "at least one of them" a count.
    return not (qualified and word in lang.partitive_words)
  return _is_ordinal(word, lang)


def _change_from(low: str, kind: Optional[str], context_start: int,
                 floor: int, lang: _Lang) -> bool:
  """Whether the number is what a change starts from: "rose from 12 to
  15", "raised the toll from at least nine to 16" (the qualifier between
  them) are no range."""
  if kind == _QUALIFIER:
    before, _ = _context_before(low, context_start, floor, lang)
    kind = before[0] if before else None
  return kind == _NO_RANGE


def _read(text: str, low: str, first: int, scan_end: int, lang: _Lang,
          floor: int) -> Optional[Tuple[Quantity, int]]:
  """The quantity whose number starts at `first`, and where to resume."""
  core = _read_core(text, low, first, scan_end, lang)
  if core is None or core.skip:
    return None
  start, end = first, core.end
  qualifier, explicit, ranged = core.qualifier, False, False

  context, context_start = _context_before(low, first, floor, lang)
  kind = context[0] if context else None
  if kind == _RANGE:  # "between 10 and 15", "entre 10 et 15", "de 10 a 15"
    upper = _range_end(text, low, core, context[1], lang)
    if upper is not None:
      start, end, ranged = context_start, upper, True

  post = None
  nxt = low[end:end + 1]
  if not ranged and core.unit is None and nxt and nxt in _AFTER_NUMBER:
    post = lang.post_qualifier.match(low, end)
    if post is None and not _change_from(low, kind, context_start, floor,
                                         lang):
      upper = _range_end(text, low, core, lang.range_mid, lang)
      if upper is not None:
        end, ranged = upper, True
  if ranged:
    qualifier = "at_least"
  if post is not None:
    qualifier, explicit, end = post.lastgroup, True, post.end()
  if kind == _QUALIFIER:
    qualifier, explicit, start = context[1], True, context_start

  if core.bare_one and not (ranged or post or core.unit) and _is_pronoun(
      low, core.end, kind == _DETERMINER, explicit, lang):
    return None
  if core.bare_one and not (explicit or ranged) and _ELISION.search(
      low, max(0, first - 3), first):
    return None  # "passagers d'un car": an article

  unit, resume = core.unit, end
  if unit is None:
    unit, unit_end = _unit_after(text, low, end, lang)
    if unit == "%":
      resume = unit_end  # "pour cent": that "cent" is not a hundred
    elif unit == "h":
      # "À 6 h 30, ils ont retiré le corps": the minutes are the time's.
      minutes = _MINUTES.match(low, unit_end)
      resume = minutes.end() if minutes else resume
  return Quantity(core.value, qualifier, start, end, core.vague, unit), resume


# ---------------------------------------------------------------------------
# Public API.


def _lower(text: str) -> str:
  # Only U+0130 changes length when lowercased; offsets must not move.
  return text.replace("\u0130", "i").lower()


def find_quantities(text: str, language: str) -> List[Quantity]:
  """Quantities in text order, non-overlapping, the longest phrase winning.

  Args:
    text: the text to search; offsets in the result index into it.
    language: 'en', 'fr' or 'es'; anything else gets English numerals only.
  """
  lang = _LANGS.get(language, _FALLBACK)
  low = _lower(text)
  candidates = [(m.start() + 1, m.end()) for m in lang.scan.finditer(low)]
  head = lang.core.match(low)  # the scan needs a character before
  if head is not None:
    candidates.insert(0, (0, head.end()))
  found = []
  resume = 0
  for first, scan_end in candidates:
    if first < resume:
      continue
    read = _read(text, low, first, scan_end, lang, resume)
    if read is not None:
      found.append(read[0])
      resume = read[1]
  return found


def parse_number(phrase: str, language: str) -> Optional[int]:
  """The value of a whole phrase that is one number, else None.

  Numerals ("1,200", "2.5 million") and number words ("two hundred
  eighty-four", "vingt-et-un", "ciento veinte"), plus the counting nouns that
  name a definite number ("a dozen", "half a dozen", "une douzaine", "two
  dozen"). Vague amounts ("dozens", "une vingtaine") are not numbers: None.
  Ordinals, and numerals glued to a unit ("34-year-old", "3%"), are None.
  """
  lang = _LANGS.get(language, _FALLBACK)
  phrase = phrase.strip()
  low = _lower(phrase)
  m = lang.core.match(low)
  if m is None:
    return None
  found = _lookup(lang.vague, low[:m.end()])
  if found is not None:
    return found[0] if found[2] and m.end() == len(low) else None
  core = _read_core(phrase, low, 0, m.end(), lang)
  if core is None or core.skip or core.unit or core.end != len(low):
    return None
  return core.value
