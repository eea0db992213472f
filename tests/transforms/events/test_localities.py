"""find_localities: capitalized names after a locative that may be villages.

Every sentence is invented. Each case lists the names found.
"""

import pytest

from transforms.events.localities import find_localities

# (id, sentence, names found).
CASES = [
    ("village_of", "The bomb went off near the village of Lafoole.",
     ["Lafoole"]),
    ("several_words", "Six militants died in a gunfight in Darra Adam Khel.",
     ["Darra Adam Khel"]),
    ("through", "Hundreds of women marched through Maltam on Tuesday.",
     ["Maltam"]),
    ("proche_de", "Ils ont enlevé trois pêcheurs sur une île proche de Litri.",
     ["Litri"]),
    ("possessive", "Traders marched through Batkhela's main bazaar.",
     ["Batkhela"]),
    ("sentence_initial", "Near Kotulo, a bus hit a mine.", ["Kotulo"]),
    ("french", "une opération près de Fataki", ["Fataki"]),
    ("french_elided", "sur la route près d'Ufeyn, au nord", ["Ufeyn"]),
    ("french_village", "dans le village de Nizi, à l'aube", ["Nizi"]),
    ("spanish", "Fue asesinado en Toribío el gobernador.", ["Toribío"]),
    ("spanish_municipality", "en el municipio de Argelia", ["Argelia"]),
    # A place's word first ("Bar", "Split"), or any word after "town of":
    # still one name.
    ("place_word_first", "des soldats ont interpellé à Bar Elias deux "
     "Syriens", ["Bar Elias"]),
    ("town_of_any_first_word", "in the Bekaa valley town of Abu Nasr",
     ["Abu Nasr"]),
    # --- not settlements ------------------------------------------------------
    ("facility", "Protesters gathered in Tahrir Square.", []),
    ("body", "He spoke at Government House.", []),
    ("month", "The trial opens in February.", []),
    ("weekday_french", "Il est arrivé à Lundi.", []),
    ("place_word_alone", "Il est arrivé à Bar.", []),
    ("acronym", "Officials in the US said so.", []),
    ("lower_case", "They met in the capital.", []),
]


@pytest.mark.parametrize("sentence, names",
                         [pytest.param(s, n, id=i) for i, s, n in CASES])
def test_find_localities(sentence, names):
  assert [name for _, _, name in find_localities(sentence, [])] == names


def test_offsets_name_the_words():
  sentence = "Gunmen attacked a post near Bulo Hawo on Monday."
  [(start, end, name)] = find_localities(sentence, [])
  assert sentence[start:end] == name == "Bulo Hawo"


def test_known_places_and_actors_are_not_localities():
  sentence = "Fighters attacked a post near Kotulo and in Baidoa."
  baidoa = sentence.index("Baidoa")
  found = find_localities(sentence, [(baidoa, baidoa + len("Baidoa"))])
  assert [name for _, _, name in found] == ["Kotulo"]
