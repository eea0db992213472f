"""Before and after the hot-spot fixes: each one's cost on the same inputs.

    python -m benchmarks.fix_costs [--pages 150] [--work DIR] [--quick]
        [--output BENCHMARKS.md] [--no-write]

The fixes found with ``benchmarks.hotspots``, each measured against what it
replaced, in one process, on pages of the synthetic corpus, alternating
old and new three times and keeping each one's best (CPU time):

- extraction: trafilatura with its readability/jusText fallbacks (the old
  settings) against fast mode with favor_recall and split bodies joined;
- language: langdetect on the first 2,000 characters against 1,000;
- cleaning: the old per-character Python loop against whole-text regexes;
- ``valid_text`` (every string written to Parquet): a per-character
  surrogate test against one UTF-8 encode.

The old cleaning loop and surrogate test are kept here, verbatim from
before the change, only to be measured.
"""

import glob
import os
import re
import sys
import time
import unicodedata

from benchmarks import report
from benchmarks.throughput import ensure_corpus

__all__ = ["measure"]

_OLD_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u200e\u200f"
                                   "\u202a\u202b\u202c\u202d\u202e"))
_OLD_SPACES = re.compile(r"[^\S\n]+")


def _old_clean_text(text: str):
  from transforms.clean import is_boilerplate_line
  text = unicodedata.normalize("NFC", text)
  paragraphs, removed = [], 0
  for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
    line = line.translate(_OLD_INVISIBLE)
    line = "".join(" " if unicodedata.category(ch) == "Cc" or ch.isspace()
                   else ch for ch in line)
    line = _OLD_SPACES.sub(" ", line).strip()
    if not line:
      continue
    if is_boilerplate_line(line):
      removed += 1
      continue
    paragraphs.append(line)
  return "\n\n".join(paragraphs), removed


def _old_valid_text(value: str) -> str:
  if "\x00" in value:
    value = value.replace("\x00", "")
  return value.encode("utf-8", "replace").decode("utf-8") if any(
      "\ud800" <= ch <= "\udfff" for ch in value) else value


def _old_extract(page):
  """extract_article with trafilatura's fallbacks and no favor_recall."""
  from transforms import extract
  saved = dict(extract._EXTRACTION_OPTIONS)  # pylint: disable=protected-access
  extract._EXTRACTION_OPTIONS.update(fast=False, favor_recall=False)  # pylint: disable=protected-access
  try:
    return extract.extract_article(page)
  finally:
    extract._EXTRACTION_OPTIONS.update(saved)  # pylint: disable=protected-access


def _best_us(function, inputs, rounds: int) -> float:
  best = float("inf")
  for _ in range(rounds):
    started = time.process_time()
    for value in inputs:
      function(value)
    best = min(best, time.process_time() - started)
  return best / len(inputs) * 1e6


def measure(pages: int, work: str, rounds: int = 3) -> dict:
  from schemas.version import valid_text
  from transforms.clean import clean_text
  from transforms.extract import extract_article
  from transforms.language import detect_language
  from transforms.sources import local_page
  corpus, _ = ensure_corpus(work, pages)
  fetched = [local_page(path, corpus) for path in
             sorted(glob.glob(os.path.join(corpus, "*.html")))]
  texts = [extract_article(page).text for page in fetched]
  pairs = {
      "extraction": ((_old_extract, extract_article), fetched),
      "language": ((lambda text: detect_language(text, 2000),
                    lambda text: detect_language(text, 1000)), texts),
      "cleaning": ((_old_clean_text, clean_text), texts),
      "valid_text": ((_old_valid_text, valid_text), texts),
  }
  results = {name: [float("inf"), float("inf")] for name in pairs}
  for _ in range(rounds):
    for name, ((old, new), inputs) in pairs.items():
      results[name][0] = min(results[name][0], _best_us(old, inputs, 1))
      results[name][1] = min(results[name][1], _best_us(new, inputs, 1))
  words = sum(len(text.split()) for text in texts) / len(texts)
  return {"pages": len(fetched), "words": words, "results": results}


_LABELS = {
    "extraction": ("trafilatura with fallbacks",
                   "fast mode, favor_recall, split bodies joined"),
    "language": ("first 2,000 characters", "first 1,000 characters"),
    "cleaning": ("per-character loop", "whole-text regexes"),
    "valid_text": ("per-character surrogate test", "one UTF-8 encode"),
}


def render(result: dict, command: str) -> str:
  lines = [
      "## Hot-spot fixes: before and after",
      "",
      report.written_by(command, ("trafilatura", "langdetect")),
      "",
      f"{result['pages']} synthetic pages (mean {result['words']:.0f} words "
      "of text), one process, old and new alternated three times, best "
      "pass each, CPU µs per document:",
      "",
      "| step | before | µs | after | µs | saved |",
      "|---|---|---:|---|---:|---:|",
  ]
  for name, (old, new) in result["results"].items():
    before, after = _LABELS[name]
    lines.append(f"| {name} | {before} | {old:,.0f} | {after} | {new:,.0f} "
                 f"| {1 - new / old:.0%} |")
  return "\n".join(lines)


def main(argv=None) -> int:
  parser = report.argument_parser(__doc__,
                                  "10 pages, one round; writes nothing")
  parser.add_argument("--pages", type=int, default=150)
  args = parser.parse_args(argv)
  if args.pages < 1:
    parser.error("--pages must be >= 1")
  with report.work_directory(args.work, "fix-costs-") as work:
    result = measure(10 if args.quick else args.pages, work,
                     1 if args.quick else 3)
  report.publish(args, "hotspot-fixes", render(
      result, "python -m benchmarks.fix_costs" + (
          f" --pages {args.pages}" if args.pages != 150 else "")))
  return 0


if __name__ == "__main__":
  sys.exit(main())
