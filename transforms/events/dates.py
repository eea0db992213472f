"""Date expressions in one news sentence, resolved against the published date.

``find_dates(text, language, published)`` returns a DateMention for each date
expression in ``text`` (English 'en', French 'fr', Spanish 'es'; any other
language code gets the English rules; 'fr-FR' counts as 'fr'), in text order,
non-overlapping, the longest expression winning where candidates overlap.

Conventions:

* Span: ``text[start:end]`` is the expression with the preposition that
  introduces it when that preposition says *when* ("on Monday", "in March",
  "since 2019", "until March", "en mars", "depuis 2019", "jusqu'en 2020",
  "desde 2019", "hasta el lunes"). Articles and other context words ("the
  2017 bombing", "of 2017", "de 2008") only license the expression and stay
  outside the span, as does a possessive "'s".
* Date and precision: 'day' is the day itself, 'month' the 1st of the month,
  'year' January 1. Times of day ("9:40 am", "21h30", "at noon") are not
  dates; parts of a day ("Monday night", "ce matin", "anoche") give the day.
* relative: True when the published date was needed to resolve the
  expression: day words, weekdays, "N ago", "last month", a month without a
  year ("in March") and a day without a year ("March 14"). With
  ``published=None`` these are not returned; absolute ones still are.
* Day without a year ("March 14", "le 14 mars"): the published year, or the
  year before when that date would be more than 7 days after publication.
* Month without a year ("in March", "en mars", "en marzo"): the most recent
  such month on or before the published month. "last March" / "mars
  dernier" / "el pasado marzo" / "marzo pasado": strictly before the
  published month (said in March, it is last year's). "March last year" /
  "mars de l'année dernière" / "marzo del año pasado": the year before.
* Weekdays ("on Monday", "lundi", "el lunes", "Tuesday night", "late on
  Sunday", "la madrugada del domingo"): the most recent such weekday before
  the published date, or the published date itself when it is that weekday
  (news is written the same day). "last Monday" / "lundi dernier" / "el
  pasado lunes" / "el lunes pasado": strictly before, so a week back when
  published on a Monday. "dans la nuit de samedi à dimanche" / "la noche del
  sábado al domingo" is the first day. A weekday with a date ("Monday, March
  14") takes the date.
* Day words: today / tonight / this morning / aujourd'hui / ce soir / hoy /
  esta noche / esta madrugada = published; yesterday / last night / hier /
  cette nuit / la nuit dernière / ayer / anoche = published - 1 (the night
  before publication); the day before yesterday / avant-hier / anteayer = -2.
* "N days ago" -> day, "N months ago" -> month, "N years ago" / "a decade
  ago" (10) / "a century ago" (100) -> year, N from 1 to 20 in words or any
  numeral. "last month" / "this month" -> month; "last year" / "this year"
  -> year. Weeks are too vague: "last week", "earlier this week", "two weeks
  ago" are not returned, unless counted to the day ("a week ago today", "il
  y a deux semaines jour pour jour" -> day). Nor is anything in the future
  ("next Monday", "lundi prochain", "el próximo lunes", "tomorrow",
  "demain", "mañana").
* Years alone: 4 digits, 1900-2099, in a date-like context:
  - after a preposition of time (in/since/until/till/during, en/depuis/
    jusqu'en/durant, en/en el/desde/hasta/durante), or with a modifier
    ("late 2017", "mi-2017", "a finales de 2017"): always;
  - after a context word (the/of/by/from/through/before/after/for,
    de/du/dès/avant/après/l'an/l'année/vers, de/del/el/año/hacia), before a
    possessive ("2017's"), or (English only) before an event noun ("2017
    bombing", see _EN_EVENT_NOUNS): unless a count noun follows ("the 2017
    people", "de 2000 personnes", see _QUANTITY_NOUNS) or a comparator
    precedes ("more than", "a total of", "plus de", "más de");
  - otherwise not: "2017 people", "2,017", "2017 metres", "$2017", nor
    the far end of a range ("from 2015 to 2019" gives 2015 only), nor the
    near end of a count range ("de 2000 à 3000 euros").
* Numeric dates: ISO "2022-11-02"; "02/11/2022" is month/day in English
  unless the first number is over 12, day/month in French and Spanish
  (swapped when only the other order is a valid date); a 2-digit year is
  20yy below 70, else 19yy. "24/7", "9/11" and scores ("2-1") have no year
  and are not dates.
* Role: 'since' after since / depuis / desde; 'until' after until / till /
  jusqu'à / jusqu'au / jusqu'en / hasta; otherwise 'point'. Durations ("for
  three days", "pendant trois jours", "durante tres días") carry no date and
  are skipped entirely, so the 'duration' role is never produced.
* Names: English months and weekdays count only capitalized ("March",
  "MARCH", not "march"), and "May" only with a day, a year or a licensing
  word before it ("in May", "last May", "early May") - never "may have
  been" or "May I". In French and Spanish, where months and weekdays are
  lower case, a capitalized one mid-sentence is a proper noun ("Mars" the
  planet, "Plácido Domingo", "Avenida 9 de Julio"). A capitalized "Today"
  mid-sentence is a name too ("USA Today"). Month abbreviations ("Sept.",
  "janv.") need a day or a year. Holidays and titles named after a weekday
  are not weekdays: Black Friday, Good Friday, Sunday Times, Super Tuesday,
  Vendredi saint, Mardi gras, lundi de Pâques, Viernes Santo, Domingo de
  Ramos... (see _WEEKDAY_NOT_AFTER / _WEEKDAY_NOT_BEFORE); nor are habitual
  ones ("every Monday", "chaque lundi", "los lunes").
* Accents are optional in French and Spanish ("aout", "sabado", "hace tres
  anos"); text is expected in NFC (precomposed) form, as decoded upstream.
"""

import bisect
import dataclasses
import datetime
import functools
import itertools
import re
import unicodedata
from typing import Any, Callable, Dict, FrozenSet, List, Optional, Tuple

from transforms.events.scanning import trie_regex

__all__ = ["DateMention", "day_months_back", "find_dates", "MONTH_NAMES",
           "PRECISIONS", "ROLES"]

PRECISIONS = ("day", "month", "year")
# 'duration' is reserved: durations are skipped (see the module docstring).
ROLES = ("point", "since", "until", "duration")


@dataclasses.dataclass(frozen=True)
class DateMention:
  """One date expression: ``text[start:end]``, resolved to ``date``."""
  start: int
  end: int
  date: datetime.date
  precision: str
  relative: bool
  role: str


# --- text helpers -----------------------------------------------------------

_SPACES = re.compile(r"\s+")
# The word right before a position, searched in the slice before it: the
# look-behind lets a try start only where a run of letters starts (the only
# place the search can succeed), so re does not try every letter of every
# word; the possessive run gives no letters back to \s+, which takes none.
_PREV_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]++)\s+$")
_NEXT_WORDS = re.compile(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_POSSESSIVE = re.compile(r"['’]s(?!\w)")
# A timeline entry: "2022: A landmine killed three..." (the year heads it).
_TIMELINE_HEAD = re.compile(r"\s*[:–—-]\s")
# Just after a sentence start, a capitalized word says nothing about names.
_SENTENCE_START = re.compile(r"[.!?:;«»\"“”(\[—–-]\s*$")
_RANGE_TO_COUNT = re.compile(
    r"\s*(?:-|–|to|and|or|à|a|et|ou|y|o)\s*[\d.,\u202f\u00a0]*\d\s+"
    r"([^\W\d_]+)", re.IGNORECASE)
_COMPARATOR = re.compile(
    r"(?<!\w)(?:(?:more|less|fewer)\s+than|total\s+of|about|some|over|nearly"
    r"|almost|approximately|(?:plus|moins|pres|environ)\s+de|environ|quelque"
    r"|(?:mas|menos|cerca|alrededor)\s+de|unos|unas)\s+$")


# Resolvers fold the same few words (leads, neighbours) over and over.
@functools.lru_cache(maxsize=4096)
def _fold_key(text: str) -> str:
  """Lower case, no accents, one space, straight apostrophes: a lookup key."""
  text = unicodedata.normalize("NFD", text.replace("’", "'"))
  text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
  return _SPACES.sub(" ", text).replace("' ", "'")


def _accents(pattern: str) -> str:
  """``pattern`` with each accented letter also matching its bare letter and
  each apostrophe matching the typographic one ("août" ~ "aout")."""
  out = []
  for char in pattern:
    if char == "'":
      out.append("['’]")
      continue
    base = unicodedata.normalize("NFD", char)[0]
    out.append(f"[{char}{base}]" if base != char else char)
  return "".join(out)


def _alternation(words) -> str:
  # Longest first, so "dix-sept" is tried before "dix".
  return "|".join(sorted(words, key=len, reverse=True))


def _sentence_initial(text: str, pos: int) -> bool:
  if not text[max(0, pos - 40):pos].strip():
    return True
  return bool(_SENTENCE_START.search(text, max(0, pos - 8), pos))


def _looks_proper(text: str, start: int, token: Optional[str]) -> bool:
  """A capitalized (not all-caps) word that does not start a sentence."""
  return bool(token) and token[0].isupper() and not token.isupper() and (
      not _sentence_initial(text, start))


def _prev_word(text: str, pos: int) -> str:
  match = _PREV_WORD.search(text[max(0, pos - 30):pos])
  return _fold_key(match.group(1)) if match else ""


def _next_words(text: str, pos: int) -> Tuple[str, str]:
  """The next word and the next two words after ``pos``, as keys."""
  match = _NEXT_WORDS.match(text, pos)
  if not match:
    return "", ""
  one = _fold_key(match.group(1))
  two = f"{one} {_fold_key(match.group(2))}" if match.group(2) else one
  return one, two


# --- calendar arithmetic ----------------------------------------------------

def _safe_date(year: int, month: int, day: int) -> Optional[datetime.date]:
  try:
    return datetime.date(year, month, day)
  except ValueError:
    return None


def _day_without_year(published: datetime.date, month: int,
                      day: int) -> Optional[datetime.date]:
  # A day more than a week after publication was last year's ("December 28"
  # in a January 2 article); a few days ahead is an announced date.
  limit = published + datetime.timedelta(days=7)
  for year in (published.year, published.year - 1):
    date = _safe_date(year, month, day)
    if date is not None and (year < published.year or date <= limit):
      return date
  return None


def _month_before(published: datetime.date, month: int,
                  strict: bool) -> datetime.date:
  """The most recent ``month`` on or (``strict``) strictly before the
  published month, as its 1st."""
  same_year = month < published.month or (
      month == published.month and not strict)
  return datetime.date(published.year if same_year else published.year - 1,
                       month, 1)


def _months_back(published: datetime.date, count: int) -> datetime.date:
  index = published.year * 12 + published.month - 1 - count
  return datetime.date(index // 12, index % 12 + 1, 1)


def day_months_back(published: datetime.date,
                    count: int) -> Optional[datetime.date]:
  """The same day of the month ``count`` months before, None where that
  month has no such day (31 March, six months on)."""
  month = _months_back(published, count)
  return _safe_date(month.year, month.month, published.day)


def _weekday_before(published: datetime.date, weekday: int,
                    strict: bool) -> datetime.date:
  back = (published.weekday() - weekday) % 7
  if back == 0 and strict:
    back = 7
  return published - datetime.timedelta(days=back)


def _year_of(text: str) -> int:
  year = int(text)
  if len(text) == 2:
    year += 2000 if year < 70 else 1900
  return year


# --- language profiles ------------------------------------------------------

_Resolved = Tuple[datetime.date, str, bool]   # date, precision, relative


@dataclasses.dataclass(frozen=True)
class _Profile:
  """What the shared resolvers need to know about one language."""
  months: Dict[str, int]
  weekdays: Dict[str, int]
  numbers: Dict[str, int]
  units: Dict[str, Tuple[str, int]]   # key -> (precision, multiplier)
  lead: re.Pattern                    # a context word just before an expression
  strong: FrozenSet[str]              # leads that are part of the span
  since: FrozenSet[str]
  until: FrozenSet[str]
  month_context: FrozenSet[str]       # weak leads that license a bare month
  year_context: FrozenSet[str]        # weak leads that license a bare year
  event_nouns: FrozenSet[str]
  future_before: re.Pattern
  future_after: re.Pattern
  lower_case_names: bool              # fr/es: capitalized = proper noun
  rules: Tuple["_Rule", ...] = ()


@dataclasses.dataclass(frozen=True)
class _Lead:
  start: int
  word: str      # folded key
  strong: bool


@dataclasses.dataclass(frozen=True)
class _Hit:
  """One regex match with what its resolver needs."""
  text: str
  match: re.Match
  lead: Optional[_Lead]
  published: Optional[datetime.date]
  profile: _Profile

  def group(self, name: str) -> Optional[str]:
    if name not in self.match.re.groupindex:
      return None
    return self.match.group(name)

  def any_group(self, *names: str) -> bool:
    return any(self.group(name) for name in names)

  def proper(self, name: str) -> bool:
    """Whether group ``name`` is a capitalized name where names are lower
    case (fr/es), i.e. part of a proper noun."""
    if not self.profile.lower_case_names or not self.group(name):
      return False
    return _looks_proper(self.text, self.match.start(name), self.group(name))


@dataclasses.dataclass(frozen=True)
class _Rule:
  pattern: re.Pattern
  resolve: Callable[[_Hit], Optional[_Resolved]]
  # Where matches can start (see _rule_matches). The whole-word patterns
  # begin with a lookbehind and long alternations, which keeps the regex
  # engine from skipping ahead: a finditer tries every alternative at every
  # character. So each rule names words, one of which every match contains
  # (a month name...), and tries its pattern only at the few word starts
  # just before them. Getting these wrong loses dates: each must hold for
  # every text the pattern matches, whatever the case or accents.
  anchors: Optional["_Anchors"] = None
  # Rules without anchors (numeric dates, which need not start a word) run
  # on the whole text, only when ``needs`` occurs in it and ``gate``
  # matches the lower-cased text: a cheap necessary condition.
  needs: str = ""
  gate: Optional[re.Pattern] = None


@dataclasses.dataclass(frozen=True)
class _Anchors:
  """Every match has a whole word (a \\w+ run) that is one of ``words``
  lower-cased, or with ``whole`` False, that starts with one; ``at``
  matches the text there; and the match starts at most ``reach`` word
  starts before that word."""
  words: FrozenSet[str]
  reach: int
  whole: bool = True
  at: Optional[re.Pattern] = None


def _anchors(reach: int, *words: str, whole: bool = True,
             at: Optional[re.Pattern] = None) -> _Anchors:
  """Anchors for ``words``, written in lower case with their accents;
  ``reach`` counts the words an expression can have before them ("late on
  last Monday": 3), plus one to spare."""
  variants = set()
  for word in words:
    options = [(char, unicodedata.normalize("NFD", char)[0]) for char in word]
    variants.update("".join(chars) for chars in itertools.product(*options))
  return _Anchors(frozenset(variants), reach + 1, whole, at)


# --- resolvers --------------------------------------------------------------

_ORDINAL_ONE = frozenset({"1er", "1re", "premier", "1º", "1°", "1.º", "1ro",
                          "primero"})


def _day_number(token: str) -> int:
  key = _fold_key(token)
  if key in _ORDINAL_ONE:
    return 1
  return int(re.match(r"\d+", key).group())


def _month_number(hit: _Hit) -> int:
  return hit.profile.months[_fold_key(hit.group("month").rstrip("."))]


def _resolve_day_month(hit: _Hit) -> Optional[_Resolved]:
  """"March 14, 2023", "14 mars", "el 14 de marzo de 2023"."""
  if hit.proper("month") or hit.proper("wd"):
    return None
  month, day = _month_number(hit), _day_number(hit.group("day"))
  if hit.group("year"):
    date = _safe_date(int(hit.group("year")), month, day)
    return (date, "day", False) if date else None
  if hit.published is None or not 1 <= day <= 31:
    return None
  weekday = hit.group("wd")
  if weekday:
    # "le samedi 14 mars" written in February 2026 is 2026's (a Saturday),
    # not 2025's (a Friday): the weekday picks the year.
    wanted = hit.profile.weekdays[_fold_key(weekday)]
    for year in (hit.published.year, hit.published.year - 1):
      date = _safe_date(year, month, day)
      if date is not None and date.weekday() == wanted:
        return date, "day", True
  date = _day_without_year(hit.published, month, day)
  return (date, "day", True) if date else None


def _resolve_month_year(hit: _Hit) -> Optional[_Resolved]:
  """"March 2023", "mars 2023", "marzo de 2023"."""
  if hit.proper("month"):
    return None
  return datetime.date(int(hit.group("year")), _month_number(hit), 1), (
      "month"), False


def _future(hit: _Hit) -> bool:
  start, end = hit.match.start(), hit.match.end()
  return bool(hit.profile.future_before.search(
      hit.text, max(0, start - 20), start)) or bool(
          hit.profile.future_after.match(hit.text, end))


def _resolve_bare_month(hit: _Hit) -> Optional[_Resolved]:
  """"in March", "last August", "August last year", "en août dernier"."""
  if hit.proper("month") or _future(hit):
    return None
  lead = hit.lead
  # "on" introduces days: "on March 32" is a typo, not "in March".
  licensed = hit.any_group("mod", "last", "last2", "ly") or (
      lead is not None and lead.word != "on" and (
          lead.strong or lead.word in hit.profile.month_context))
  if not licensed or hit.published is None:
    return None
  month = _month_number(hit)
  if hit.group("ly"):
    return datetime.date(hit.published.year - 1, month, 1), "month", True
  strict = hit.any_group("last", "last2")
  return _month_before(hit.published, month, strict), "month", True


# A year the clause after it dates: "back to 2022, when", "à 2022, lorsque".
_WHEN_CLAUSE = re.compile(r",\s*(?:when|lorsque|lorsqu'|quand|cuando)\b",
                          re.IGNORECASE)


def _year_licensed(hit: _Hit) -> bool:
  if hit.group("mod") or (hit.lead is not None and hit.lead.strong):
    return True
  text, start, end = hit.text, hit.match.start(), hit.match.end()
  if _POSSESSIVE.match(text, end):
    return True
  if not text[:start].strip(" -–—•*\n") and _TIMELINE_HEAD.match(text, end):
    # "2017: a bomb ...", "- 2017: ..." opening a timeline's entry.
    return True
  if _WHEN_CLAUSE.match(text, end):
    return True  # "remontait à 2022, lorsque l'organisation avait..."
  if (text.endswith((", ", "("), max(0, start - 2), start)
      and text.startswith((",", ")"), end)):
    # A year set off in a list of facts: "(engin explosif devant une
    # banque du Moule, 2019, deux blessés)", "(Tunis, 2015)".
    return True
  following, _ = _next_words(text, end)
  if following in _QUANTITY_NOUNS:
    return False
  # "de 2000 à 3000 euros", "2000 to 3000 people": the low end of a count.
  to_count = _RANGE_TO_COUNT.match(text, end)
  if to_count and _fold_key(to_count.group(1)) in _QUANTITY_NOUNS:
    return False
  before = _fold_key(text[max(0, start - 24):start])
  if _COMPARATOR.search(before):
    return False
  if hit.lead is not None and hit.lead.word in hit.profile.year_context:
    return True
  return following in hit.profile.event_nouns


def _resolve_year(hit: _Hit) -> Optional[_Resolved]:
  """"in 2017", "the 2017 bombing", "2017's", "late 2017"."""
  if not _year_licensed(hit):
    return None
  return datetime.date(int(hit.group("year")), 1, 1), "year", False


def _resolve_season(hit: _Hit) -> Optional[_Resolved]:
  """"the summer of 2021", "l'été 2021": its year."""
  return datetime.date(int(hit.group("year")), 1, 1), "year", False


def _resolve_iso(hit: _Hit) -> Optional[_Resolved]:
  date = _safe_date(int(hit.group("y")), int(hit.group("m")),
                    int(hit.group("d")))
  return (date, "day", False) if date else None


def _resolve_numeric(hit: _Hit, month_first: bool) -> Optional[_Resolved]:
  first, second = int(hit.group("a")), int(hit.group("b"))
  year = _year_of(hit.group("y"))
  orders = [(first, second), (second, first)]
  if not month_first:
    orders.reverse()
  # The preferred order, unless only the other one is a valid date.
  for month, day in orders:
    date = _safe_date(year, month, day)
    if date is not None:
      return date, "day", False
  return None


def _resolve_day_slash_month(hit: _Hit) -> Optional[_Resolved]:
  """"le 12/07 au soir": a day and month, the year the nearest past one."""
  if hit.published is None:
    return None
  date = _day_without_year(hit.published, int(hit.group("nm")),
                           int(hit.group("day")))
  return (date, "day", True) if date else None


def _resolve_day_word(hit: _Hit) -> Optional[_Resolved]:
  """"today", "yesterday", "last night", "hier", "anoche"..."""
  for back, name in ((0, "d0"), (1, "d1"), (2, "d2")):
    token = hit.group(name)
    if token:
      break
  # "USA Today", "the Today programme": a capitalized day word mid-sentence
  # is a name.
  if _looks_proper(hit.text, hit.match.start(name), token):
    return None
  following, pair = _next_words(hit.text, hit.match.end())
  if _fold_key(token) == "hoy" and (following == "dia" or pair == "en dia"):
    return None  # "hoy (en) día": nowadays
  if hit.published is None:
    return None
  return hit.published - datetime.timedelta(days=back), "day", True


def _resolve_weekday(hit: _Hit) -> Optional[_Resolved]:
  """"on Monday", "last Tuesday", "lundi soir", "el pasado lunes"..."""
  if hit.proper("wd") or _future(hit):
    return None
  start, end = hit.match.start("wd"), hit.match.end("wd")
  if _prev_word(hit.text, start) in _WEEKDAY_NOT_AFTER:
    return None
  if _prev_word(hit.text, hit.match.start()) in _WEEKDAY_NOT_AFTER:
    return None
  one, two = _next_words(hit.text, end)
  if one in _WEEKDAY_NOT_BEFORE or two in _WEEKDAY_NOT_BEFORE:
    return None
  if hit.published is None:
    return None
  weekday = hit.profile.weekdays[_fold_key(hit.group("wd"))]
  strict = hit.any_group("last", "last2")
  return _weekday_before(hit.published, weekday, strict), "day", True


def _resolve_this_last(hit: _Hit) -> Optional[_Resolved]:
  """"last month", "this year", "l'an dernier", "el mes pasado"..."""
  published = hit.published
  if published is None:
    return None
  if hit.group("last_month"):
    return _months_back(published, 1), "month", True
  if hit.group("this_month"):
    return _months_back(published, 0), "month", True
  year = published.year - (1 if hit.group("last_year") else 0)
  return datetime.date(year, 1, 1), "year", True


def _resolve_ago(hit: _Hit) -> Optional[_Resolved]:
  """"four years ago", "il y a deux mois", "hace tres días"."""
  published = hit.published
  if published is None:
    return None
  token = _fold_key(hit.group("n"))
  count = int(token) if token.isdigit() else hit.profile.numbers.get(token)
  precision, size = hit.profile.units[_fold_key(hit.group("unit"))]
  if count is None:
    return None
  count *= size
  if precision == "day":
    return published - datetime.timedelta(days=count), "day", True
  if precision == "month":
    return _months_back(published, count), "month", True
  if count > published.year - 1:
    return None
  return datetime.date(published.year - count, 1, 1), "year", True


# --- word lists shared by the languages ---------------------------------------

# A year followed by one of these is a count, not a date ("2017 people").
_QUANTITY_NOUNS = frozenset("""
people persons residents inhabitants voters votes troops soldiers police
officers men women children students workers migrants refugees protesters
demonstrators deaths dead cases jobs homes houses households buildings units
cars vehicles points metres meters m km kilometres kilometers miles feet ft
yards acres hectares tonnes tons kg kilograms dollars euros pounds yen
pesos francs percent per times
personnes habitants electeurs voix soldats policiers hommes femmes enfants
eleves travailleurs migrants refugies manifestants morts blesses cas emplois
logements maisons batiments vehicules metres kilometres hectares tonnes
dollars euros fois
personas habitantes votantes votos soldados policias hombres mujeres ninos
estudiantes trabajadores migrantes refugiados manifestantes muertos heridos
casos empleos viviendas casas edificios vehiculos metros kilometros hectareas
toneladas dolares euros pesos veces
""".split())

# English only: "the 2017 bombing" needs no article, "2017 bombing" neither.
_EN_EVENT_NOUNS = frozenset("""
election elections vote referendum poll polls primary primaries campaign
attack attacks bombing bombings shooting shootings massacre killings murder
war invasion coup uprising revolution protests protest riots unrest
earthquake quake tsunami hurricane typhoon cyclone storm flood floods
flooding fire fires wildfire wildfires eruption drought famine pandemic
outbreak epidemic crisis crash collapse explosion blast ceasefire truce
agreement accord deal treaty summit olympics games cup tournament
championship season budget census report survey study law act ruling
verdict trial recession merger
""".split())

# The word before a weekday that makes it a holiday, a title or a habit.
_WEEKDAY_NOT_AFTER = frozenset("""
black good cyber super ash palm easter bloody holy maundy blue giving man
girl shrove fat bowl every each chaque cada los todos
a un
""".split())  # "on a Sunday morning", "un dimanche": some Sunday, not the last
# The word (or two) after a weekday that makes it a holiday or a title.
_WEEKDAY_NOT_BEFORE = frozenset([
    "times", "telegraph", "mirror", "express", "post", "herald", "sport",
    "independent", "mail", "people", "school", "star", "tribune",
    "night football",
    "saint", "sainte", "gras", "noir", "de paques", "de pentecote",
    "santo", "santa", "negro", "de ramos", "de resurreccion",
    "de pascua", "de ceniza", "de carnaval", "de gloria",
])


# --- English ------------------------------------------------------------------

_EN_MONTHS = {name: number for number, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july",
     "august", "september", "october", "november", "december"], 1)}
_EN_MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
                           "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
                           "nov": 11, "dec": 12}
_EN_WEEKDAYS = {name: number for number, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday"])}
_EN_NUMBERS = {name: number for number, name in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
     "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
     "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]) if number}
_EN_NUMBERS.update({"a": 1, "an": 1})


def _cased(words) -> str:
  """English names count only capitalized ("March") or all caps ("MARCH")."""
  return _alternation([w.capitalize() for w in words] +
                      [w.upper() for w in words])


_EN_MONTH_FULL = _cased(_EN_MONTHS)
_EN_MONTH_ANY = (_EN_MONTH_FULL + "|" + "|".join(
    rf"{a}\.?" for a in _cased(_EN_MONTH_ABBREVIATIONS).split("|")))
_EN_WEEKDAY = _cased(_EN_WEEKDAYS)
_EN_DAY = r"(?<![\w.,/:$-])(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]|\.\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|[.,]\d|\s*%)"
_EN_YEAR_MOD = r"(?:(?P<mod>(?i:early|late|mid))(?:-|\s+))?"


def _word(pattern: str, flags: int = 0) -> re.Pattern:
  """``pattern`` as a whole-word expression."""
  return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags)


# Numeric dates, the same in every language.
_ISO = re.compile(r"(?<![\d/-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
                  r"(?![\d-])")
_NUMERIC = re.compile(r"(?<![\w/.,:-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/"
                      r"(?P<y>\d{4}|\d\d)(?![\w/]|[.,]\d)")


# A year is a 4-digit word starting "19" or "20" (_YEAR): "2019", not the
# "20" of "20 people"; one word ("late", "mi-") can come before it.
_YEAR_AT = re.compile(r"(?:19|20)\d\d(?!\d)")
_YEAR_ANCHORS = _anchors(1, "19", "20", whole=False, at=_YEAR_AT)


def _numeric_rules(month_first: bool) -> Tuple[_Rule, ...]:
  # No flags nor lookbehind first, so the engine skips to the digits.
  return (_Rule(_ISO, _resolve_iso, needs="-",
                gate=re.compile(r"\d-\d\d-\d\d")),
          _Rule(_NUMERIC, lambda hit: _resolve_numeric(hit, month_first),
                needs="/", gate=re.compile(r"\d/\d\d?/\d")))


def _english_rules() -> Tuple[_Rule, ...]:
  month = f"(?P<month>{_EN_MONTH_ANY})(?![A-Za-z])"
  full_month = f"(?P<month>{_EN_MONTH_FULL})(?![A-Za-z])"
  weekday = f"(?P<wd>{_EN_WEEKDAY})(?![A-Za-z])"
  year_tail = rf"(?:,?\s+{_YEAR})?"
  numbers = _alternation(_EN_NUMBERS)
  # English names count only capitalized: "may" is no month.
  capital = re.compile("[A-Z]")
  months = (*_EN_MONTHS, *_EN_MONTH_ABBREVIATIONS)
  return _numeric_rules(month_first=True) + (
      # "Monday, March 14, 2023", "Mar. 14", "Sept. 9", "March 14th"
      _Rule(_word(rf"(?:{weekday},?\s+)?{month}\s+{_EN_DAY}{year_tail}"),
            # "Monday, March"
            _resolve_day_month, _anchors(1, *months, at=capital)),
      # "14 March 2023", "the 14th of March", a gazette's "the 27th day of
      # January 2026"
      _Rule(_word(rf"(?:{weekday},?\s+)?(?:(?i:the)\s+)?{_EN_DAY}\s+"
                  rf"(?:(?i:(?:day\s+)?of)\s+)?{month}{year_tail}"),
            _resolve_day_month,
            _anchors(5, *months, at=capital)),   # "Monday, the 14th day of"
      # "the night of Saturday 14 to Sunday 15 March 2026": the first day.
      _Rule(_word(rf"(?i:(?:the\s+)?night\s+of)\s+(?:{weekday}\s+)?"
                  rf"{_EN_DAY}\s+(?i:to|into)\s+(?:(?:{_EN_WEEKDAY})\s+)?"
                  rf"[0-3]?\d(?:st|nd|rd|th)?\s+{month}{year_tail}"),
            _resolve_day_month, _anchors(2, "night")),
      # "March 2023", "March of 2023"
      _Rule(_word(rf"{month},?\s+(?:(?i:of)\s+)?{_YEAR}"),
            _resolve_month_year, _anchors(0, *months, at=capital)),
      # "in March", "last August", "early March", "August last year"
      _Rule(_word(rf"(?:(?P<last>(?i:last))\s+)?"
                  rf"(?:(?P<mod>(?i:early|late|mid))(?:-|\s+))?{full_month}"
                  rf"(?P<ly>\s+(?i:(?:of\s+)?last\s+year))?"),
            # "last early May"
            _resolve_bare_month, _anchors(2, *months, at=capital)),
      _Rule(_word(_EN_YEAR_MOD + _YEAR), _resolve_year, _YEAR_ANCHORS),
      # "in the summer of 2021", "winter 2019": the year.
      _Rule(_word(r"(?:(?i:the)\s+)?(?i:summer|winter|spring|autumn|fall)"
                  rf"\s+(?:(?i:of)\s+)?{_YEAR}"),
            _resolve_season, _anchors(1, "summer", "winter", "spring",
                                      "autumn", "fall")),
      _Rule(_word(r"(?i:(?:(?:earlier|later|early|late)\s+)?(?:"
                  r"(?P<d0>today|tonight|this\s+(?:morning|afternoon|evening))"
                  r"|(?P<d1>yesterday(?:\s+(?:morning|afternoon|evening))?"
                  r"|last\s+night)"
                  r"|(?P<d2>(?:the\s+)?day\s+before\s+yesterday)))"),
            _resolve_day_word,
            # "earlier the day before yesterday": 4
            _anchors(4, "today", "tonight", "night", "yesterday", "morning",
                     "afternoon", "evening")),
      # "late on Sunday", "last Tuesday", "Tuesday night"
      _Rule(_word(rf"(?:(?i:late|early)\s+(?:(?i:on)\s+)?)?"
                  rf"(?:(?P<last>(?i:last))\s+|(?i:this)\s+)?{weekday}"
                  r"(?:\s+(?i:morning|afternoon|evening|night))?"),
            _resolve_weekday,
            _anchors(3, *_EN_WEEKDAYS, at=capital)),   # "late on last"
      _Rule(_word(r"(?i:(?:(?:earlier|later|early|late)\s+)?(?:"
                  r"(?P<last_month>last\s+month)|(?P<this_month>this\s+month)"
                  r"|(?P<last_year>last\s+year)|(?P<this_year>this\s+year)))"),
            _resolve_this_last, _anchors(2, "month", "year")),
      _Rule(_word(rf"(?i:(?P<n>{numbers}|\d{{1,3}})\s+(?P<unit>years?|decades?"
                  r"|century|centuries|months?|days?)\s+ago)"), _resolve_ago,
            _anchors(2, "ago")),   # "three years ago"
      # Weeks are vague unless counted to the day: "a week ago today".
      _Rule(_word(rf"(?i:(?P<n>{numbers}|\d{{1,2}})\s+(?P<unit>weeks?)"
                  r"\s+ago\s+today)"), _resolve_ago, _anchors(2, "ago")),
  )


def _lead_pattern(alternatives) -> re.Pattern:
  return re.compile(rf"(?<![\w'’])(?P<w>{_alternation(alternatives)})\s+$",
                    re.IGNORECASE)


_EN = _Profile(
    months={**_EN_MONTHS, **_EN_MONTH_ABBREVIATIONS},
    weekdays=_EN_WEEKDAYS,
    numbers=_EN_NUMBERS,
    units={"year": ("year", 1), "years": ("year", 1),
           "decade": ("year", 10), "decades": ("year", 10),
           "century": ("year", 100), "centuries": ("year", 100),
           "month": ("month", 1), "months": ("month", 1),
           "day": ("day", 1), "days": ("day", 1),
           "week": ("day", 7), "weeks": ("day", 7)},
    lead=_lead_pattern(["on", "in", "since", "until", "till", "during",
                        "of", "the", "by", "from", "through", "before",
                        "after", "for"]),
    strong=frozenset({"on", "in", "since", "until", "till", "during"}),
    since=frozenset({"since"}),
    until=frozenset({"until", "till"}),
    month_context=frozenset({"of", "by", "from", "through", "before",
                             "after"}),
    year_context=frozenset({"of", "the", "by", "from", "through", "before",
                            "after", "for"}),
    event_nouns=_EN_EVENT_NOUNS,
    future_before=re.compile(r"(?<!\w)(?:next|coming)\s+$", re.IGNORECASE),
    future_after=re.compile(r"\s+next\s+year(?!\w)", re.IGNORECASE),
    lower_case_names=False,
    rules=_english_rules(),
)


# --- French -------------------------------------------------------------------

_FR_MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin",
                   "juillet", "août", "septembre", "octobre", "novembre",
                   "décembre"]
_FR_MONTHS = {_fold_key(name): number
              for number, name in enumerate(_FR_MONTH_NAMES, 1)}
_FR_MONTH_ABBREVIATIONS = {"janv": 1, "fevr": 2, "fev": 2, "avr": 4,
                           "juil": 7, "sept": 9, "oct": 10, "nov": 11,
                           "dec": 12}
_FR_WEEKDAYS = {name: number for number, name in enumerate(
    ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
     "dimanche"])}
_FR_NUMBERS = {_fold_key(name): number for number, name in enumerate(
    ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
     "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
     "dix-sept", "dix-huit", "dix-neuf", "vingt"]) if number}
_FR_NUMBERS["une"] = 1


def _french_rules() -> Tuple[_Rule, ...]:
  full = _alternation(_FR_MONTH_NAMES)
  abbreviations = r"janv\.|févr\.|fév\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\."
  month = f"(?P<month>{full}|{abbreviations})"
  full_month = f"(?P<month>{full})"
  weekday = f"(?P<wd>{_alternation(_FR_WEEKDAYS)})"
  day = r"(?<![\d.,/:-])(?P<day>1er|1re|premier|[0-3]?\d)"
  mod = r"(?:(?P<mod>début|fin|mi)(?:-|\s+))?"
  numbers = _alternation(["un", "une", "deux", "trois", "quatre", "cinq",
                          "six", "sept", "huit", "neuf", "dix", "onze",
                          "douze", "treize", "quatorze", "quinze", "seize",
                          "dix-sept", "dix-huit", "dix-neuf", "vingt"])
  part_of_day = r"(?:matin|midi|après-midi|soir)"
  months = (*_FR_MONTH_NAMES, "janv", "févr", "fév", "avr", "juil", "sept",
            "oct", "nov", "déc")
  rules = (
      # "le 14 mars 2023", "lundi 14 mars", "1er mars"
      (rf"(?:(?:le|ce)\s+)?(?:{weekday}\s+)?{day}\s+{month}(?:\s+{_YEAR})?",
       _resolve_day_month, _anchors(3, *months)),   # "le lundi 1er mars"
      (rf"{month}\s+{_YEAR}", _resolve_month_year, _anchors(0, *months)),
      # "en mars", "début mars", "en août dernier", "août de l'année dernière"
      (rf"{mod}{full_month}(?:\s+(?P<last>dernier|passé)"
       r"|\s+(?P<ly>de\s+l'année\s+(?:dernière|passée)"
       r"|de\s+l'an\s+(?:dernier|passé)|l'an\s+dernier|l'année\s+dernière))?",
       _resolve_bare_month, _anchors(1, *months)),   # "début mars"
      (mod + _YEAR, _resolve_year, _YEAR_ANCHORS),
      # "à l'été 2021", "l'hiver 2019", "au printemps 2020": the year.
      (r"(?:(?:à\s+)?l'|au\s+|en\s+)?(?:été|hiver|printemps|automne)"
       rf"\s+(?:de\s+)?{_YEAR}", _resolve_season,
       _anchors(2, "été", "hiver", "printemps", "automne")),
      # "ce soir-là" is some other evening, not the published one.
      (rf"(?P<d0>aujourd'hui|(?:ce|cet)\s+(?:matin|après-midi|soir|midi)"
       r"(?!-là))|(?P<d1>hier(?:\s+" + part_of_day + r")?|cette\s+nuit(?!-là)"
       r"|la\s+nuit\s+dernière)|(?P<d2>avant[-\s]hier)", _resolve_day_word,
       # "aujourd'hui" is two words, "cet après-midi" three.
       _anchors(2, "aujourd", "matin", "midi", "soir", "hier", "nuit")),
      (rf"(?:(?:le|ce)\s+)?{weekday}(?:\s+{part_of_day})?"
       r"(?:\s+(?P<last>dernier))?", _resolve_weekday,
       _anchors(1, *_FR_WEEKDAYS)),   # "le lundi"
      # "dans la nuit du samedi 14 au dimanche 15 mars": the first day.
      (rf"(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?:{weekday}\s+)?{day}\s+"
       rf"(?:à|au)\s+(?:(?:{_alternation(_FR_WEEKDAYS)})\s+)?[0-3]?\d\s+{month}"
       rf"(?:\s+{_YEAR})?", _resolve_day_month, _anchors(2, "nuit")),
      # "dans la nuit de samedi à dimanche": the first day.
      (rf"(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+{weekday}"
       rf"(?:\s+(?:à|au)\s+(?P<wd2>{_alternation(_FR_WEEKDAYS)}))?",
       _resolve_weekday, _anchors(2, "nuit")),   # "dans la nuit"
      (r"(?P<last_month>le\s+mois\s+(?:dernier|passé))"
       r"|(?P<this_month>ce\s+mois(?:-ci)?)"
       r"|(?P<last_year>l'an\s+(?:dernier|passé)"
       r"|l'année\s+(?:dernière|passée))|(?P<this_year>cette\s+année)",
       # "le mois", "l'an", "cette année", "l'année"
       _resolve_this_last, _anchors(1, "mois", "an", "année")),
      (rf"il\s+y\s+a\s+(?:(?:plus\s+de|près\s+de|environ|presque)\s+)?"
       rf"(?P<n>{numbers}|\d{{1,3}})\s+(?P<unit>ans|an|années|année|mois"
       r"|jours|jour|décennies|décennie|siècles|siècle)", _resolve_ago,
       _anchors(0, "il")),
      # "il y a une semaine jour pour jour": weeks counted to the day.
      (rf"il\s+y\s+a\s+(?P<n>{numbers}|\d{{1,2}})\s+(?P<unit>semaines?)"
       r"\s+jour\s+pour\s+jour", _resolve_ago, _anchors(0, "il")),
  )
  # "interpellés le 12/07 au soir": a day and month with no year, told
  # after an article only ("ouvert 24/7", "3/5" are no days).
  day_slash_month = _Rule(
      re.compile(r"(?:(?<=\ble )|(?<=\bdu )|(?<=\bau ))"
                 r"(?P<day>[0-3]?\d)/(?P<nm>[01]?\d)(?![\d/]|[.,]\d)",
                 re.IGNORECASE),
      _resolve_day_slash_month, needs="/",
      gate=re.compile(r"\b(?:le|du|au) [0-3]?\d/[01]?\d(?![\d/]|[.,]\d)"))
  return _numeric_rules(month_first=False) + (day_slash_month,) + tuple(
      _Rule(_word(_accents(pattern), re.IGNORECASE), resolve, anchors)
      for pattern, resolve, anchors in rules)


_FR = _Profile(
    months={**_FR_MONTHS, **_FR_MONTH_ABBREVIATIONS},
    weekdays=_FR_WEEKDAYS,
    numbers=_FR_NUMBERS,
    units={"an": ("year", 1), "ans": ("year", 1), "annee": ("year", 1),
           "annees": ("year", 1), "decennie": ("year", 10),
           "decennies": ("year", 10), "siecle": ("year", 100),
           "siecles": ("year", 100), "mois": ("month", 1),
           "jour": ("day", 1), "jours": ("day", 1),
           "semaine": ("day", 7), "semaines": ("day", 7)},
    lead=_lead_pattern([
        "en", "depuis", r"jusqu['’]\s*(?:à|a|au|en)", "durant", "de", "du",
        "dès", "avant", "après", "apres", r"l['’]année",
        r"l['’]annee", r"l['’]an", "année", "annee", "courant", "vers"]),
    strong=frozenset({"en", "depuis", "jusqu'a", "jusqu'au", "jusqu'en",
                      "durant"}),
    since=frozenset({"depuis"}),
    until=frozenset({"jusqu'a", "jusqu'au", "jusqu'en"}),
    month_context=frozenset({"de", "du", "des", "avant", "apres",
                             "courant", "vers"}),
    year_context=frozenset({"de", "du", "des", "avant", "apres",
                            "l'annee", "l'an", "annee", "courant", "vers"}),
    event_nouns=frozenset(),
    future_before=re.compile(r"(?<!\w)prochaine?\s+$", re.IGNORECASE),
    future_after=re.compile(_accents(
        r"\s+(?:prochaine?|de\s+l'année\s+prochaine|de\s+l'an\s+prochain)"
        r"(?!\w)"), re.IGNORECASE),
    lower_case_names=True,
    rules=_french_rules(),
)


# --- Spanish ------------------------------------------------------------------

_ES_MONTH_NAMES = ["enero", "febrero", "marzo", "abril", "mayo", "junio",
                   "julio", "agosto", "septiembre", "octubre", "noviembre",
                   "diciembre"]
_ES_MONTHS = {name: number for number, name in enumerate(_ES_MONTH_NAMES, 1)}
# Every month's full name, in the three languages read (other modules spell
# out dates too: a letter's "Vallauris, le 17 octobre 2026").
MONTH_NAMES = (*_EN_MONTHS, *_FR_MONTH_NAMES, *_ES_MONTH_NAMES)
_ES_MONTHS["setiembre"] = 9
_ES_WEEKDAY_NAMES = ["lunes", "martes", "miércoles", "jueves", "viernes",
                     "sábado", "domingo"]
_ES_WEEKDAYS = {_fold_key(name): number
                for number, name in enumerate(_ES_WEEKDAY_NAMES)}
_ES_NUMBER_NAMES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis",
                    "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
                    "catorce", "quince", "dieciséis", "diecisiete",
                    "dieciocho", "diecinueve", "veinte"]
_ES_NUMBERS = {_fold_key(name): number
               for number, name in enumerate(_ES_NUMBER_NAMES) if number}
_ES_NUMBERS.update({"un": 1, "una": 1})


def _spanish_rules() -> Tuple[_Rule, ...]:
  month = f"(?P<month>{_alternation(list(_ES_MONTHS))})"
  weekday_names = _alternation(_ES_WEEKDAY_NAMES)
  weekday = f"(?P<wd>{weekday_names})"
  day = r"(?<![\d.,/:-])(?P<day>1\.º|1º|1°|1ro|primero|[0-3]?\d)"
  mod = r"(?:(?P<mod>(?:a\s+)?(?:principios|finales|fines|mediados)\s+de)\s+)?"
  numbers = _alternation(list(_ES_NUMBERS) + _ES_NUMBER_NAMES[1:])
  part_of_day = r"(?:\s+por\s+la\s+(?:mañana|tarde|noche))?"
  months = tuple(_ES_MONTHS)
  rules = (
      # "el 14 de marzo de 2023", "el lunes 14 de marzo"
      (rf"(?:(?:el|este)\s+)?(?:{weekday},?\s+)?{day}\s+de\s+{month}"
       # "el lunes 1.º de marzo": "º" starts a word too.
       rf"(?:\s+(?:de|del)\s+{_YEAR})?", _resolve_day_month,
       _anchors(5, *months)),
      (rf"{month}\s+(?:(?:de|del)\s+)?{_YEAR}", _resolve_month_year,
       _anchors(0, *months)),
      # "en marzo", "el pasado agosto", "agosto pasado", "a finales de marzo"
      (rf"{mod}(?:(?:el\s+)?(?P<last>pasado)\s+)?{month}"
       r"(?:\s+(?P<last2>pasado)|\s+(?P<ly>del\s+año\s+pasado))?",
       # "a principios de el pasado marzo"
       _resolve_bare_month, _anchors(5, *months)),
      # "a principios de 2017"
      (mod + _YEAR, _resolve_year,
       _anchors(3, "19", "20", whole=False, at=_YEAR_AT)),
      (r"(?P<d0>hoy|esta\s+(?:mañana|tarde|noche|madrugada))"
       r"|(?P<d1>ayer" + part_of_day + r"|anoche)"
       r"|(?P<d2>anteayer|antier|antes\s+de\s+ayer|anteanoche)",
       _resolve_day_word,
       # "antes de ayer"
       _anchors(2, "hoy", "esta", "ayer", "anoche", "anteayer", "antier",
                "anteanoche")),
      # "el lunes", "el pasado lunes", "el lunes pasado por la noche"
      (rf"(?:(?:el|este)\s+)?(?:(?P<last>pasado)\s+)?{weekday}"
       rf"(?:\s+(?P<last2>pasado))?{part_of_day}", _resolve_weekday,
       _anchors(2, *_ES_WEEKDAY_NAMES)),   # "el pasado lunes"
      # "la madrugada del domingo", "la noche del sábado al domingo"
      (rf"(?:en\s+)?la\s+(?:madrugada|noche|mañana|tarde)\s+(?:del|de\s+este)"
       rf"\s+{weekday}(?:\s+al\s+(?P<wd2>{weekday_names}))?",
       # "en la madrugada"
       _resolve_weekday,
       _anchors(2, "madrugada", "noche", "mañana", "tarde")),
      (r"(?P<last_month>(?:el\s+)?mes\s+pasado|el\s+pasado\s+mes)"
       r"|(?P<this_month>este\s+mes)"
       r"|(?P<last_year>(?:el\s+)?año\s+pasado|el\s+pasado\s+año)"
       r"|(?P<this_year>este\s+año)", _resolve_this_last,
       _anchors(2, "mes", "año")),   # "el pasado mes"
      (rf"hace\s+(?:(?:más\s+de|casi|unos|unas|cerca\s+de|alrededor\s+de)\s+)?"
       rf"(?P<n>{numbers}|\d{{1,3}})\s+(?P<unit>años|año|meses|mes|días|día"
       r"|décadas|década|siglos|siglo)", _resolve_ago, _anchors(0, "hace")),
  )
  return _numeric_rules(month_first=False) + tuple(
      _Rule(_word(_accents(pattern), re.IGNORECASE), resolve, anchors)
      for pattern, resolve, anchors in rules)


_ES = _Profile(
    months=_ES_MONTHS,
    weekdays=_ES_WEEKDAYS,
    numbers=_ES_NUMBERS,
    units={"ano": ("year", 1), "anos": ("year", 1), "decada": ("year", 10),
           "decadas": ("year", 10), "siglo": ("year", 100),
           "siglos": ("year", 100), "mes": ("month", 1),
           "meses": ("month", 1), "dia": ("day", 1), "dias": ("day", 1)},
    lead=_lead_pattern([r"en\s+el", "en", "desde", "hasta", "durante", "de",
                        "del", "el", "año", "hacia"]),
    strong=frozenset({"en el", "en", "desde", "hasta", "durante"}),
    since=frozenset({"desde"}),
    until=frozenset({"hasta"}),
    month_context=frozenset({"de", "del", "hacia"}),
    year_context=frozenset({"de", "del", "el", "ano", "hacia"}),
    event_nouns=frozenset(),
    future_before=re.compile(_accents(r"(?<!\w)próximo\s+$"), re.IGNORECASE),
    future_after=re.compile(_accents(
        r"\s+(?:próximo|que\s+viene|del\s+año\s+(?:próximo|que\s+viene))"
        r"(?!\w)"), re.IGNORECASE),
    lower_case_names=True,
    rules=_spanish_rules(),
)

_PROFILES = {"en": _EN, "fr": _FR, "es": _ES}


# --- matching -----------------------------------------------------------------

def _lead(text: str, start: int, profile: _Profile) -> Optional[_Lead]:
  """The context word just before ``start`` ("since", "en", "de"...)."""
  match = profile.lead.search(text, max(0, start - 24), start)
  if not match:
    return None
  word = _fold_key(match.group("w"))
  return _Lead(match.start("w"), word, word in profile.strong)


def _role(lead: Optional[_Lead], profile: _Profile) -> str:
  if lead is None or not lead.strong:
    return "point"
  if lead.word in profile.since:
    return "since"
  if lead.word in profile.until:
    return "until"
  return "point"


# Characters that IGNORECASE matches to a letter of the anchors other than
# through str.lower(): the dotless i and the long s (re._casefix), and the
# dotted capital I, the only character whose lower case is two characters
# ("i" and a combining dot), which would also shift every position after it.
_LOWER_UNSAFE = ("\u0131", "\u017f", "\u0130")
_WORD_RUN = re.compile(r"\w+")


def _lower(text: str) -> Optional[str]:
  """``text`` lower-cased character for character, for the anchors; None
  when that could miss an expression (see _LOWER_UNSAFE)."""
  if not text.isascii() and any(char in text for char in _LOWER_UNSAFE):
    return None
  return text.lower()


def _is_word_char(char: str) -> bool:
  return char.isalnum() or char == "_"   # as \w


def _anchor_starts(text: str, lowered: str, words,
                   check: Optional[re.Pattern]) -> List[int]:
  """Where any of ``words`` starts a word that ``check`` matches."""
  found = []
  for word in words:
    at = lowered.find(word)
    while at >= 0:
      if (at == 0 or not _is_word_char(text[at - 1])) and (
          check is None or check.match(text, at)):
        found.append(at)
      at = lowered.find(word, at + 1)
  return found


def _words_up_to(text: str, at: int, count: int) -> List[int]:
  """The last ``count`` + 1 word starts up to word start ``at``, with it."""
  if not count:
    return [at]
  # Words are short: look a little way back, and from the start if that
  # was not far enough.
  low = max(0, at - 16 * count)
  starts = [match.start() for match in _WORD_RUN.finditer(text, low, at)]
  if low and len(starts) - (bool(starts) and starts[0] == low) < count:
    starts = [match.start() for match in _WORD_RUN.finditer(text, 0, at)]
  starts.append(at)
  return starts[-count - 1:]


def _match_at(pattern: re.Pattern, text: str, starts) -> List[re.Match]:
  """What ``pattern.finditer(text)`` finds when no match can start
  elsewhere than ``starts``: leftmost first, then on from its end."""
  matches, end = [], 0
  for start in sorted(starts):
    if start >= end:
      match = pattern.match(text, start)
      if match is not None:
        matches.append(match)
        end = match.end()
  return matches


@dataclasses.dataclass(frozen=True)
class _Group:
  """Rules with the same anchors, looked up once for all of them."""
  anchors: _Anchors
  reach: int                        # the longest of the rules'
  rules: Tuple[Tuple[int, int], ...]   # (index in profile.rules, reach)


@dataclasses.dataclass(frozen=True)
class _Plan:
  whole_words: FrozenSet[str]   # the whole-word anchors of all the groups
  groups: Tuple[_Group, ...]
  unanchored: Tuple[int, ...]
  # Finds the whole_words that are words of a lower-cased text: a word,
  # \w+ as _WORD_RUN reads it, that is one of them. Most words of a
  # sentence are none, and re skips them in C instead of listing them all.
  present: re.Pattern


def _plan(profile: _Profile) -> _Plan:
  groups: Dict[_Anchors, List[Tuple[int, int]]] = {}
  unanchored = []
  for index, rule in enumerate(profile.rules):
    if rule.anchors is None:
      unanchored.append(index)
    else:
      key = dataclasses.replace(rule.anchors, reach=0)
      groups.setdefault(key, []).append((index, rule.anchors.reach))
  whole_words = frozenset().union(*(a.words for a in groups if a.whole))
  # An anchor with a character outside \w is never a whole word; the
  # others start and end with one, so \b around them says the word ends.
  words = sorted(w for w in whole_words if _WORD_RUN.fullmatch(w))
  return _Plan(
      whole_words,
      tuple(_Group(anchors, max(reach for _, reach in rules), tuple(rules))
            for anchors, rules in groups.items()),
      tuple(unanchored),
      re.compile(r"\b(?:%s)\b" % trie_regex(words)))


_PLANS = {id(profile): _plan(profile) for profile in (_EN, _FR, _ES)}


def _rule_matches(text: str, profile: _Profile) -> List[Tuple[int, Any]]:
  """(index, what ``rule.pattern.finditer(text)`` finds) for the rules of
  ``profile`` that can match, in their order."""
  rules = profile.rules
  lowered = _lower(text)
  if lowered is None:
    return [(index, rule.pattern.finditer(text))
            for index, rule in enumerate(rules)]
  found = []
  plan = _PLANS[id(profile)]
  for index in plan.unanchored:
    rule = rules[index]
    if rule.needs in text and rule.gate.search(lowered):
      found.append((index, rule.pattern.finditer(text)))
  # One pass in C over the words; most sentences have none of the anchors.
  # Lower-casing keeps which characters are word characters.
  present = set(plan.present.findall(lowered))
  for group in plan.groups:
    anchors = group.anchors
    if anchors.whole:
      words = anchors.words & present
      if not words:
        continue
    else:
      words = anchors.words
    at_words = _anchor_starts(text, lowered, words, anchors.at)
    if not at_words:
      continue
    before = [_words_up_to(text, at, group.reach) for at in at_words]
    for index, reach in group.rules:
      starts = {start for starts in before for start in starts[-reach - 1:]}
      matches = _match_at(rules[index].pattern, text, starts)
      if matches:
        found.append((index, matches))
  found.sort(key=lambda pair: pair[0])
  return found


def _candidates(text: str, profile: _Profile,
                published: Optional[datetime.date]) -> List[DateMention]:
  found = []
  # In rule order: equally long candidates at the same place keep it.
  for index, matches in _rule_matches(text, profile):
    rule = profile.rules[index]
    for match in matches:
      lead = _lead(text, match.start(), profile)
      resolved = rule.resolve(_Hit(text, match, lead, published, profile))
      if resolved is None:
        continue
      date, precision, relative = resolved
      start = lead.start if lead is not None and lead.strong else match.start()
      found.append(DateMention(start, match.end(), date, precision, relative,
                               _role(lead, profile)))
  return found


# Callers pass the same few language codes sentence after sentence.
@functools.lru_cache(maxsize=256)
def _profile(language: str) -> _Profile:
  code = (language or "").strip().lower().replace("_", "-").split("-")[0]
  return _PROFILES.get(code, _EN)


def find_dates(text: str, language: str,
               published: Optional[datetime.date]) -> List[DateMention]:
  """The date expressions in ``text``, in text order, non-overlapping.

  Where expressions overlap the longest wins ("March 14, 2023" over "March
  14", "in August last year" over "last year"); at equal length, the first.
  Relative expressions need ``published`` and are left out without it.
  """
  if isinstance(published, datetime.datetime):
    published = published.date()
  chosen: List[DateMention] = []
  candidates = _candidates(text, _profile(language), published)
  for mention in sorted(candidates, key=lambda m: (m.start - m.end, m.start)):
    if all(mention.end <= other.start or mention.start >= other.end
           for other in chosen):
      chosen.append(mention)
  chosen.extend(_next_or_previous_days(text, chosen))
  return sorted(chosen, key=lambda m: m.start)


# A day counted from the day told before it in the same text: "detained in
# Kuajok on 14 February and the trader arrested in Aweil the next day",
# "le lendemain", "la veille". Not "the day after the bombing" ("le
# lendemain de l'attentat"): that counts from an event, not a date.
_NEXT_OR_PREVIOUS_DAY = re.compile(
    r"\b(?:(?P<next>the (?:next|following) day|a day later|the day after|"
    r"le lendemain|al d[ií]a siguiente)|(?P<previous>the (?:previous )?day "
    r"before|the previous day|la veille|el d[ií]a anterior))\b"
    r"(?!\s+(?:of|de|du|des|d['’]|del)\b)", re.IGNORECASE)


def _next_or_previous_days(text: str, chosen: List[DateMention]
                           ) -> List[DateMention]:
  found = []
  for match in _NEXT_OR_PREVIOUS_DAY.finditer(text):
    if any(match.start() < other.end and other.start < match.end()
           for other in chosen):
      continue
    told = [other for other in chosen
            if other.end <= match.start() and other.precision == "day"]
    if not told:
      continue
    step = 1 if match.group("next") else -1
    found.append(DateMention(
        match.start(), match.end(),
        told[-1].date + datetime.timedelta(days=step), "day", True, "point"))
  return found
