"""Smoke tests of the benchmark tools at tiny sizes: the corpus generator,
the scorers, the plain-loop baseline, the command. No timings are asserted
(performance numbers belong in BENCHMARKS.md), and nothing here needs the
shared extraction benchmark: its scorer runs on a set written here."""

import gzip
import hashlib
import json
import os

import pytest

from benchmarks import __main__ as command
from benchmarks import extraction_quality, language_accuracy
from benchmarks.corpus import write_corpus
from benchmarks.language_texts import language_items
from benchmarks.process_run import tree_rss_bytes


def _digest(directory) -> str:
  digest = hashlib.blake2b(digest_size=16)
  for name in sorted(os.listdir(directory)):
    with open(os.path.join(directory, name), "rb") as f:
      digest.update(name.encode() + f.read())
  return digest.hexdigest()


def test_corpus_is_deterministic_and_varied(tmp_path):
  first = write_corpus(str(tmp_path / "a"), 40, seed=3)
  again = write_corpus(str(tmp_path / "b"), 40, seed=3)
  other = write_corpus(str(tmp_path / "c"), 40, seed=4)
  assert first == again and first["pages"] == 40
  assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
  assert _digest(tmp_path / "a") != _digest(tmp_path / "c")
  assert 0 < first["copies"] < 40
  pages = [(tmp_path / "a" / name).read_text(encoding="utf-8")
           for name in sorted(os.listdir(tmp_path / "a"))]
  assert {page.split('lang="')[1][:2] for page in pages} == {"de", "en", "es",
                                                              "fr"}
  for furniture in ("<nav", "<script", 'class="comment"', "<footer"):
    assert any(furniture in page for page in pages)


@pytest.mark.parametrize("truth, predicted, expected", [
    ("one two three four five", "one two three four five", (1.0, 0.0, 0.0)),
    ("one two three four five", "", (0.0, 0.0, 1.0)),
    ("", "one two three four five", (0.0, 1.0, 0.0)),
    ("", "", (0.0, 0.0, 0.0)),
    # Shingles: (a b c d) (b c d e) vs (a b c d) (b c d x): 1 tp, 1 fp, 1 fn.
    ("a b c d e", "a b c d x", (1 / 3, 1 / 3, 1 / 3)),
    # Fewer tokens than a shingle: one shingle of them all.
    ("short text", "short text", (1.0, 0.0, 0.0)),
    # Counted with multiplicity: w x y z twice, and three shingles across
    # the join; one true positive, four false.
    ("w x y z", "w x y z\n\nw x y z", (0.2, 0.8, 0.0)),
], ids=["same", "nothing_found", "nothing_true", "both_empty", "one_word_off",
        "short", "repeated"])
def test_page_scores(truth, predicted, expected):
  assert extraction_quality.page_scores(truth, predicted) == pytest.approx(
      expected)


def test_aggregate_averages_pages_then_takes_f1():
  scores = [(1.0, 0.0, 0.0), (0.5, 0.5, 0.0), (0.0, 0.0, 1.0)]
  result = extraction_quality.aggregate(scores)
  # Precision over pages that predicted something (1 and 0.5); recall over
  # pages with a truth (1, 1 and 0).
  assert result["precision"] == pytest.approx(0.75)
  assert result["recall"] == pytest.approx(2 / 3)
  assert result["f1"] == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


STORY = ("The harbour council met on Tuesday to discuss the ferry timetable, "
         "which islanders say leaves them without a morning crossing. ")


def _write_set(root) -> None:
  (root / "html").mkdir(parents=True)
  truth = {}
  for number in range(2):
    body = " ".join([STORY] * (3 + number))
    html = (f"<html><head><title>Ferry {number}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>Ferry {number}</h1><p>{body}</p></article>"
            f"<footer>© 2024 Harbour Gazette</footer></body></html>")
    page_id = f"page{number}"
    (root / "html" / f"{page_id}.html.gz").write_bytes(
        gzip.compress(html.encode("utf-8")))
    truth[page_id] = {"articleBody": body,
                      "url": f"https://gazette.example.org/{number}"}
  (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")


def test_extraction_benchmark_runs_ours_and_the_reference(tmp_path, capsys):
  _write_set(tmp_path / "set")
  pages = extraction_quality.load_set(tmp_path / "set")
  assert [page["id"] for page in pages] == ["page0", "page1"]
  results = extraction_quality.score_set(
      pages, {"ours": extraction_quality.our_text,
              "trafilatura": extraction_quality.reference_text})
  for result in results.values():
    assert result["pages"] == 2
    assert 0.0 <= result["f1"] <= 1.0
  assert results["ours"]["recall"] > 0.5  # the story is found
  section = extraction_quality.render(results, tmp_path / "set", 2, "cmd")
  assert "| ours" in section and "standalone" in section
  assert extraction_quality.main(
      ["--set", str(tmp_path / "set"), "--no-write"]) == 0
  assert "ours: precision" in capsys.readouterr().out


def test_extraction_benchmark_refuses_a_missing_set(tmp_path):
  assert extraction_quality.main(["--set", str(tmp_path / "none")]) == 2


def test_language_set_covers_eight_languages_and_every_kind():
  items = language_items()
  assert len({item.language for item in items}) >= 8
  assert {item.kind for item in items} == set(language_accuracy.KINDS)
  counts = language_accuracy.accuracy(
      [item for item in items if item.language in ("en", "pl")], 1000)
  right, total = counts["all"]
  # en: 3 headlines, 4 paragraphs, 1 story, 1 long; pl the same and 1
  # quoted long article.
  assert total == 19 and 0 <= right <= total


def test_plain_loop_writes_what_the_pipeline_writes(tmp_path):
  from benchmarks.stage_loop import STAGES, run_loop
  from benchmarks.throughput import _pipeline_rows, _run_pipeline
  # 40 pages of seed 5 hold two near-duplicate copies, so the loop's
  # clustering is compared too, not just documents that are their own.
  write_corpus(str(tmp_path / "corpus"), 40, seed=5)
  loop = run_loop(str(tmp_path / "corpus"), str(tmp_path / "loop"))
  _run_pipeline(str(tmp_path / "corpus"), str(tmp_path / "pipeline"))
  assert loop.documents == 40
  assert set(loop.cpu) == set(STAGES)
  assert sum(1 for row in loop.rows if row[1] is not None) == 2
  assert _pipeline_rows(str(tmp_path / "pipeline")) == loop.rows
  assert _pipeline_rows(str(tmp_path / "loop")) == loop.rows


@pytest.mark.parametrize("text", [
    "Ferry\u00a0cuts\u200b announced.\r\nShare this article\n\n  Islanders "
    "\x00 protest\t\tloudly. \n\u2028Advertisement\x0b\n",
    "  \n\t\n\u200b\n", "a  b \x85 c\u3000d\x7fe \n",
], ids=["article", "only_invisible", "odd_spaces"])
def test_old_cleaning_measured_by_fix_costs_does_the_same_work(text):
  from benchmarks.fix_costs import _old_clean_text, _old_valid_text
  from schemas.version import valid_text
  from transforms.clean import clean_text
  assert _old_clean_text(text) == clean_text(text)
  assert _old_valid_text(text + "\ud800") == valid_text(text + "\ud800")


def test_tree_rss_counts_this_process():
  assert tree_rss_bytes(os.getpid()) > 10 * 1024 * 1024


def test_command_lists_and_refuses_unknown_names(capsys):
  assert command.main(["list"]) == 0
  assert "throughput: python -m benchmarks.throughput" in (
      capsys.readouterr().out)
  assert command.main(["no-such-benchmark"]) == 2
  assert command.main(["all", "--skip", "no-such-benchmark"]) == 2


def test_functions_timed_inside_the_stages_exist():
  # --inside wraps these by name; a renamed function would fail only in a
  # full benchmark run, so it fails here.
  import importlib
  from benchmarks.throughput import _INSIDE
  for module_name, attribute in _INSIDE:
    owner = importlib.import_module(module_name)
    for part in attribute.split("."):
      owner = getattr(owner, part)
    assert callable(owner), (module_name, attribute)


def test_fix_costs_runs_quick():
  from benchmarks import fix_costs
  assert fix_costs.main(["--quick"]) in (None, 0)


def test_scaling_speedup_is_within_a_round_and_judged_on_the_median():
  from benchmarks import scaling

  def run(round_number, workers, wall):
    return {"round": round_number, "workers": workers, "wall": wall,
            "cpu": wall, "process_cpu": [1.0, wall - 1.0],
            "load_before": 0.1, "load_after": 0.2}

  runs = [run(1, 1, 120.0), run(1, 2, 60.0),   # 2.00x
          run(2, 1, 100.0), run(2, 2, 80.0),   # 1.25x
          run(3, 1, 130.0), run(3, 2, 72.0)]   # 1.81x
  found = scaling.speedups(runs)
  assert found == {2: [2.0, 1.25, pytest.approx(130 / 72)]}
  section = scaling.render({"pages": 10, "documents": 9, "runs": runs}, "cmd")
  assert "median speed-up 1.81x over 3 round(s)" in section
  assert "Goal: at least 1.7x: met" in section
  runs[5]["wall"] = 90.0  # 1.44x: the median is now 1.44x
  assert "**not met**" in scaling.render(
      {"pages": 10, "documents": 9, "runs": runs}, "cmd")
