"""Language identification: accuracy and cost by prefix length.

    python -m benchmarks.language_accuracy [--quick] [--output BENCHMARKS.md]
        [--no-write]

``detect_language`` (langdetect, seeded) on the invented set of
``benchmarks/language_texts.py`` (10 languages: headlines, paragraphs,
whole stories, long articles, and long articles opening with an English
quotation), once per prefix length: the whole text and several bounded
prefixes, the pipeline's default among them. Cost is CPU milliseconds per
long article (best of three passes), since langdetect's cost grows with
the text it reads; a 'und' answer counts as wrong.
"""

import collections
import sys
import time
from typing import Dict, List, Optional

from benchmarks import report
from benchmarks.language_texts import LanguageItem, language_items
from benchmarks.report import write_section

__all__ = ["accuracy", "story_cost_ms", "PREFIXES"]

# None: the whole text.
PREFIXES = (None, 3000, 2000, 1000, 600, 400, 200)
KINDS = ("short", "paragraph", "story", "long", "quoted")


def accuracy(items: List[LanguageItem], prefix: Optional[int]
             ) -> Dict[str, tuple]:
  """{kind: (right, total)} and 'all'."""
  from transforms.language import detect_language
  counts = collections.defaultdict(lambda: [0, 0])
  for item in items:
    found, _ = detect_language(item.text, prefix or len(item.text) + 1)
    for key in (item.kind, "all"):
      counts[key][0] += found == item.language
      counts[key][1] += 1
  return {key: tuple(value) for key, value in counts.items()}


def story_cost_ms(items: List[LanguageItem], prefix: Optional[int],
                  passes: int = 3) -> float:
  """CPU ms per long article (plain and quoted), best of ``passes``."""
  from transforms.language import detect_language
  stories = [item.text for item in items if item.kind in ("long", "quoted")]
  best = float("inf")
  for _ in range(passes):
    started = time.process_time()
    for text in stories:
      detect_language(text, prefix or len(text) + 1)
    best = min(best, time.process_time() - started)
  return best / len(stories) * 1000


def measure(quick: bool = False) -> dict:
  from transforms.language import DEFAULT_PREFIX_CHARS, detect_language
  items = language_items()
  if quick:
    items = [item for item in items if item.language in ("en", "fr", "pl")]
  detect_language("A warm-up sentence loads the language profiles.")
  prefixes = sorted(set(PREFIXES) | {DEFAULT_PREFIX_CHARS},
                    key=lambda p: -(p or 10 ** 9))
  rows = []
  for prefix in prefixes:
    rows.append({"prefix": prefix, "accuracy": accuracy(items, prefix),
                 "ms": story_cost_ms(items, prefix, 1 if quick else 3)})
  lengths = collections.defaultdict(list)
  for item in items:
    lengths[item.kind].append(len(item.text))
  return {"rows": rows, "default": DEFAULT_PREFIX_CHARS,
          "languages": sorted({item.language for item in items}),
          "items": collections.Counter(item.kind for item in items),
          "lengths": {kind: (min(values), max(values))
                      for kind, values in lengths.items()}}


def _span(result: dict, kind: str) -> str:
  low, high = result["lengths"][kind]
  return f"{low:,}-{high:,}"


def render(result: dict, command: str) -> str:
  items = result["items"]
  lines = [
      "## Language identification: accuracy and cost by prefix",
      "",
      report.written_by(command, ("langdetect",),
                        ("transforms/language.py",)),
      "",
      f"Set: `benchmarks/language_texts.py`, invented, "
      f"{len(result['languages'])} languages "
      f"({', '.join(result['languages'])}): {items['short']} headlines, "
      f"{items['paragraph']} paragraphs, {items['story']} whole stories "
      f"({_span(result, 'story')} characters), {items['long']} long articles "
      f"({_span(result, 'long')}) and {items['quoted']} long articles "
      "opening with a 230-character English quotation "
      f"({_span(result, 'quoted')}). "
      "`detect_language` (langdetect, seeded) on the first N characters; "
      "cost in CPU ms per long article (best of 3).",
      "",
      "| prefix (characters) | headlines | paragraphs | stories | long | "
      "quoted long | all | ms per long article |",
      "|---|---:|---:|---:|---:|---:|---:|---:|",
  ]
  for row in result["rows"]:
    name = "whole text" if row["prefix"] is None else f"{row['prefix']:,}"
    if row["prefix"] == result["default"]:
      name = f"**{name} (pipeline)**"
    cells = []
    for kind in (*KINDS, "all"):
      right, total = row["accuracy"].get(kind, (0, 0))
      cells.append(f"{right}/{total}")
    lines.append(f"| {name} | {' | '.join(cells)} | {row['ms']:.2f} |")
  return "\n".join(lines)


def main(argv=None) -> int:
  parser = report.argument_parser(
      __doc__, "three languages, one timing pass; writes nothing", work=False)
  args = parser.parse_args(argv)
  result = measure(args.quick)
  for row in result["rows"]:
    right, total = row["accuracy"]["all"]
    print(f"prefix {row['prefix'] or 'whole'}: {right}/{total} right, "
          f"{row['ms']:.2f} ms per long article; "
          + ", ".join(f"{kind} {r}/{t}" for kind, (r, t)
                      in sorted(row["accuracy"].items()) if kind != "all"))
  if not (args.no_write or args.quick):
    write_section(args.output, "language-accuracy",
                  render(result, "python -m benchmarks.language_accuracy"))
  return 0


if __name__ == "__main__":
  sys.exit(main())
