"""fold: accents off, character for character; the helpers it and the
scanners' keys share."""

import random
import unicodedata

import pytest

from transforms.events.text import blank_spans, fold, translate_non_ascii


@pytest.mark.parametrize("text, folded", [
    ("Bogotá, Düsseldorf, Sévaré", "Bogota, Dusseldorf, Sevare"),
    ("l’attaque à Ségou a fait « trois morts »",
     "l’attaque a Segou a fait « trois morts »"),
    ("España: año, niño", "Espana: ano, nino"),
    ("plain ASCII stays", "plain ASCII stays"),
    # One character for one: a ligature whose fold is two letters stays.
    ("ﬁn à Málaga", "ﬁn a Malaga"),
], ids=["french-cities", "curly-quotes-kept", "spanish", "ascii", "ligature"])
def test_fold(text, folded):
  assert fold(text) == folded
  assert len(fold(text)) == len(text)


def test_fold_is_the_per_character_fold_on_every_latin_character():
  """Each character alone folds as in the whole text, so offsets into a
  folded window are offsets into the text."""
  text = "".join(chr(code) for code in range(0x20, 0x250))
  expected = "".join(
      base if len(base) == 1 else char
      for char in text
      for base in ["".join(c for c in unicodedata.normalize("NFKD", char)
                           if not unicodedata.combining(c))])
  assert fold(text) == expected


def test_translate_non_ascii_replaces_each_character_as_translate_does():
  """Each distinct character is replaced at once, which is the per-
  character translation unless a replacement is itself replaced (a
  table that chains, taken one character at a time all the same)."""
  rng = random.Random(20261121)
  alphabet = "ab é\u00e8ö’«ɨ\u212aЖж"
  tables = [
      {ord("é"): "e", ord("è"): "e", ord("ö"): "o", ord("Ж"): "ж"},
      {ord("é"): "ö", ord("ö"): "o"},       # chains: é -> ö, not o
      {ord("’"): " ", ord("\u212a"): "k"},
  ]
  for _ in range(300):
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
    for mapping in tables:
      table = {code: mapping.get(code, chr(code))
               for code in map(ord, alphabet)}
      assert translate_non_ascii(text, table) == text.translate(mapping), (
          text, mapping)


@pytest.mark.parametrize("spans, blanked", [
    ([], "a 6-year-old boy"),
    ([(2, 12)], "a" + " " * 12 + "boy"),
    ([(0, 1), (13, 16)], "  6-year-old    "),
], ids=["none", "one", "at_both_ends"])
def test_blank_spans_keeps_the_offsets(spans, blanked):
  assert blank_spans("a 6-year-old boy", spans) == blanked
