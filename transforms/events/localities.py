"""Localities: villages and towns the gazetteer does not know.

The gazetteer holds GeoNames towns of 1,000 people or more, but attacks
also happen in villages ("near the village of Lafoole", "près de Fataki", "en
Toribío"). A capitalized name right after a locative ("in", "near", "the
village of", "à", "près de", "en", "cerca de") that is no known place, no
actor, no month or weekday and no facility ("Tahrir Square", "Government
House") is taken as a locality: the event's most specific place when its
own sentence names nothing finer. It has a name only; its country comes
from the event's other places or the document's context (see tagger).
"""

import re
from typing import Iterable, List, Tuple

from transforms.events.place_aliases import HARD_STOPWORDS, SOFT_STOPWORDS
from transforms.events.scanning import Scanner
from transforms.events.text import fold

__all__ = ["find_localities"]

_NAME_WORD = r"[A-ZÀ-Þ][\w'’-]+"
_LOCALITY = Scanner(re.compile(
    r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]t|through)\s+"
    r"(?:the\s+(?:village|town|hamlet|settlement|locality)\s+of\s+)?"
    r"|\b(?:village|town|hamlet|locality)\s+of\s+"
    r"|\b(?:à|près de|pres de|proche de|aux environs de|dans le village de|"
    r"dans la localité de|dans la localite de)\s+(?:la localité de\s+|"
    r"le village de\s+)?"
    r"|\b(?:près|pres|aux environs|proche) d['’]"
    r"|\b(?:en|cerca de|a las afueras de)\s+(?:el\s+(?:municipio|"
    r"corregimiento|caserío|caserio|poblado|pueblo)\s+de\s+|la\s+vereda\s+)?)"
    rf"(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}})"))

# Words that make a capitalized name a facility, a body or a time, not a
# settlement: the event's place is then the town around it.
_NOT_A_SETTLEMENT = frozenset("""
    house square street road avenue bridge hospital university school
    college church mosque cathedral temple market airport station prison
    gate terminal
    parliament ministry council court palace hotel stadium camp base
    headquarters office army police forces force party group company bank
    province state region district county department city river lake
    forest mountains valley desert park highway
    january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday
    sunday
    janvier fevrier mars avril mai juin juillet aout septembre octobre
    novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche
    enero febrero marzo abril mayo junio julio agosto septiembre octubre
    noviembre diciembre lunes martes miercoles jueves viernes sabado domingo
    """.split())
_STOPWORDS = frozenset(fold(word).lower()
                       for word in HARD_STOPWORDS | SOFT_STOPWORDS)
_PLACE_WORDS = frozenset(fold(word).lower() for word in SOFT_STOPWORDS)


_POSSESSIVE = re.compile(r"['’]s\b")
_NAMED_AS_SETTLEMENT = re.compile(
    r"\b(?:village|town|hamlet|settlement|locality|localité|localite)\s+"
    r"(?:of|de)\s+$")


def _is_settlement(name: str, named_as_one: bool) -> bool:
  # "Tuesday's attack": a possessive names no village.
  words = [re.sub(r"['\u2019]s$", "", fold(word).lower())
           for word in re.split(r"[ -]", name)]
  if words[0] in _STOPWORDS and not (
      len(words) > 1 and (named_as_one or words[0] in _PLACE_WORDS)):
    # ...but "the Bekaa valley town of Bar Elias" names one, whatever
    # its first word, and "à Bar Elias" too: "Bar" is a place's word.
    return False
  if any(word in _NOT_A_SETTLEMENT for word in words):
    return False
  # "in the US", "at UN": acronyms are countries or bodies, never villages.
  return not (len(name) <= 5 and name.isupper())


def find_localities(sentence: str, taken: Iterable[Tuple[int, int]]
                    ) -> List[Tuple[int, int, str]]:
  """(start, end, name) of the sentence's localities; ``taken``: spans of
  known places and actors, which a locality may not overlap."""
  taken = list(taken)
  found = []
  for match in _LOCALITY.finditer(sentence):
    start, end = match.span("name")
    name = match.group("name")
    possessive = _POSSESSIVE.search(name)
    if possessive:  # "Batkhela's main bazaar": the town is Batkhela
      name = name[:possessive.start()]
      end = start + len(name)
    if any(start < taken_end and taken_start < end
           for taken_start, taken_end in taken):
      continue
    if _is_settlement(name, _NAMED_AS_SETTLEMENT.search(
        sentence, match.start(), start) is not None):
      found.append((start, end, name))
  return found
