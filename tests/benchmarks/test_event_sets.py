"""The labelled event sets are what their authoring sources build, and they
pass the validator: the JSON files are never edited by hand, and a
convention slip (a trigger not in the text, a background flag against the
30-day rule) fails here rather than skewing a score."""

import pathlib

import pytest

from benchmarks.event_sets import build, validate

_BENCHMARKS = pathlib.Path(build.__file__).resolve().parents[1]
_SETS = ["events_val", "events_test", "events_holdout", "events_holdout2",
         "events_holdout3", "events_holdout4", "events_holdout5",
         "events_holdout6", "events_holdout7",
         "events_holdout8", "events_holdout9", "events_holdout10",
         "events_holdout11", "events_holdout12", "events_holdout13",
         "events_holdout14", "events_holdout15", "events_holdout16",
         "events_holdout17", "events_holdout18", "events_holdout19",
         "events_holdout20", "events_holdout21", "events_holdout22",
         "events_holdout23", "events_holdout24",
         "events_holdout25", "events_holdout26", "events_holdout27",
         "events_holdout28", "events_holdout29", "events_holdout30",
         "events_holdout31", "events_holdout32",
         "events_holdout33", "events_holdout34",
         "events_holdout35", "events_holdout36",
         "events_holdout37", "events_holdout38",
         "events_holdout39", "events_holdout40", "events_holdout41",
         "events_holdout42", "events_holdout43", "events_holdout44",
         "events_holdout45", "events_holdout46", "events_holdout47",
         "events_holdout48", "events_holdout49", "events_holdout50",
         "events_holdout51", "events_holdout52", "events_holdout53",
         "events_holdout54", "events_holdout55", "events_holdout56",
         "events_holdout57", "events_holdout58", "events_holdout59",
         "events_holdout60", "events_holdout61", "events_holdout62",
         "events_holdout63", "events_holdout64", "events_holdout65",
         "events_holdout66", "events_holdout67",
         "events_holdout68", "events_holdout69",
         "events_holdout70", "events_holdout71"]


def _files(directory: pathlib.Path) -> dict:
  return {str(path.relative_to(directory)): path.read_bytes()
          for path in sorted(directory.rglob("*.json"))}


@pytest.mark.parametrize("name", _SETS)
def test_set_is_rebuilt_byte_for_byte(name, tmp_path):
  set_dir = _BENCHMARKS / name
  assert build.main([str(set_dir), "--output", str(tmp_path)]) == 0
  rebuilt = _files(tmp_path)
  # gold.json plus the articles: the smallest set (events_holdout17) has 17.
  assert "gold.json" in rebuilt and len(rebuilt) > 10
  assert rebuilt == _files(set_dir)


@pytest.mark.parametrize("name", _SETS)
def test_set_passes_the_validator(name):
  errors, warnings, counts = validate.check_set(_BENCHMARKS / name,
                                                name.split("_", 1)[1])
  assert (errors, warnings) == ([], [])
  assert counts[0].startswith("articles: ")


def test_validator_reports_a_trigger_missing_from_the_text(tmp_path):
  article = {"doc_id": "x-001", "language": "en", "kind": "article",
             "published_at": "2025-05-02T10:00:00Z", "title": "t",
             "text": " ".join(["word"] * 160) + " a bomb exploded"}
  event = {"doc_id": "x-001", "triggers": ["a grenade exploded"],
           "event_type": "Explosions/Remote violence",
           "sub_event_type": "Grenade", "event_date": "2025-03-01",
           "date_precision": "day", "location": "Gao", "country_code": "ML",
           "killed": None, "injured": None, "casualty_qualifier": None,
           "perpetrator": None, "claimed_by": None, "background": False,
           "note": ""}
  build.write_set([article], [event], tmp_path)
  errors, warnings, _ = validate.check_set(tmp_path, "x")
  assert errors == ["gold[0] x-001 'a grenade exploded': trigger "
                    "'a grenade exploded' not in text"]
  assert warnings == ["gold[0] x-001 'a grenade exploded': background=False "
                      "but 30-day rule says True (62 days)"]


def test_bad_invocations_exit_2(tmp_path, capsys):
  with pytest.raises(SystemExit) as built:
    build.main([str(tmp_path)])
  with pytest.raises(SystemExit) as checked:
    validate.main([str(tmp_path)])
  assert built.value.code == checked.value.code == 2
  assert "no authoring sources" in capsys.readouterr().err
