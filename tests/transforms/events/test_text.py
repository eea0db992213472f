"""fold: accents off, character for character."""

import unicodedata

import pytest

from transforms.events.text import fold


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
