"""Event tagger speed on general news, beside the labeled event set.

    python -m benchmarks.events_speed [DIR] [--events-set DIR] [--quick]
        [--output BENCHMARKS.md] [--no-write]

The labeled event sets (benchmarks/events_dev) are dense attack reports:
nearly every sentence has a trigger. Most news names no event, and there
the tagger's cost is that of reading sentences that hold none. So the
tagger is also timed over general news: the article bodies of the
article-extraction benchmark (``DIR/ground-truth.json``, {page id:
{"articleBody", "url"}}; by default ``../shared/benchmarks/article-
extraction``, read in place and never copied into the project).

Each body is tagged in the language ``detect_language`` gives it, as the
pipeline does; bodies in languages the tagger does not read cost nothing
there (``tag_text`` returns at once) and are left out of the words. Bodies
carry no date: all are tagged as published on _PUBLISHED. Timing is
``events_quality``'s: CPU time, gazetteer loaded and one warm-up pass
before, the fastest of _PASSES passes, then each piece of the tagger
alone (the fastest of events_quality's passes).
"""

import datetime
import json
import pathlib
import sys
from typing import Dict

from benchmarks import report
from benchmarks.events_quality import (DEFAULT_SET, Article, count_words,
                                       load_set, piece_seconds,
                                       tagging_seconds)
from benchmarks.extraction_quality import DEFAULT_SET as NEWS_SET

__all__ = ["load_news", "measure", "render", "main"]

# Any fixed day: dates in the bodies are read relative to it.
_PUBLISHED = datetime.datetime(2024, 3, 14, tzinfo=datetime.timezone.utc)
# --quick: this many bodies of each set.
_QUICK_BODIES = 20
# Passes of the whole tagger, the fastest counting: more than
# events_quality's 5, as a shared machine's load comes and goes over
# seconds and a set of general news takes half a second a pass.
_PASSES = 10


def load_news(path: pathlib.Path) -> Dict[str, Article]:
  """The bodies of ``path``/ground-truth.json that the tagger reads, each
  with the language detected for it."""
  from transforms.events.tagger import SUPPORTED_LANGUAGES
  from transforms.language import detect_language
  truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
  articles = {}
  for page_id in sorted(truth):
    text = truth[page_id].get("articleBody") or ""
    language, _ = detect_language(text)
    if language in SUPPORTED_LANGUAGES:
      articles[page_id] = Article(page_id, language, _PUBLISHED, text)
  return articles


def measure(articles: Dict[str, Article], gazetteer) -> dict:
  """Words, mentions, ms per 1,000 words of the whole tagger and of each
  piece alone."""
  words = count_words(articles)
  seconds, predictions = tagging_seconds(articles, gazetteer, _PASSES)
  languages: Dict[str, int] = {}
  for article in articles.values():
    languages[article.language] = languages.get(article.language, 0) + 1
  per_1000 = lambda spent: spent * 1e6 / words if words else 0.0
  return {"documents": len(articles), "words": words,
          "languages": languages,
          "mentions": sum(map(len, predictions.values())),
          "ms": per_1000(seconds),
          "pieces": {piece: per_1000(spent) for piece, spent
                     in piece_seconds(articles, gazetteer).items()}}


def render(results: Dict[str, dict], command: str) -> str:
  lines = [
      "## Event tagger speed: general news and the event set",
      "",
      report.written_by(command, ("blingfire", "pyahocorasick"),
                        ("transforms/events", "benchmarks/events_speed.py")),
      "",
      "CPU time of `tag_text` alone, one process, gazetteer loaded, one "
      f"warm-up pass, best of {_PASSES} passes (each piece: of 5; goal: "
      "under 5 ms per 1,000 words on one core). General news: the "
      "article-extraction benchmark's bodies "
      "in the languages the tagger reads, each in its detected language, "
      "read in place; dated "
      f"{_PUBLISHED:%Y-%m-%d}.",
      "",
      "| set | documents (languages) | words | mentions | ms per 1,000 "
      "words |",
      "|---|---|---:|---:|---:|",
  ]
  for name, result in results.items():
    languages = ", ".join(f"{language} {count}" for language, count
                          in sorted(result["languages"].items()))
    lines.append(f"| {name} | {result['documents']} ({languages}) | "
                 f"{result['words']} | {result['mentions']} | "
                 f"{result['ms']:.2f} |")
  lines += ["", "Each piece alone over every sentence (ms per 1,000 words):",
            ""]
  for name, result in results.items():
    lines.append(f"- {name}: " + ", ".join(
        f"{piece} {ms:.2f}" for piece, ms in result["pieces"].items()) + ".")
  return "\n".join(lines) + "\n"


def main(argv=None) -> int:
  parser = report.argument_parser(
      __doc__, f"the first {_QUICK_BODIES} documents of each set; writes "
      "nothing", work=False)
  parser.add_argument("news", type=pathlib.Path, nargs="?", default=NEWS_SET,
                      help="directory of the article-extraction benchmark's "
                           f"ground-truth.json (default {NEWS_SET})")
  parser.add_argument("--events-set", type=pathlib.Path, default=DEFAULT_SET,
                      help="labeled event set timed beside it")
  args = parser.parse_args(argv)
  if not (args.news / "ground-truth.json").is_file():
    print(f"events speed: no ground-truth.json in {args.news}",
          file=sys.stderr)
    return 2
  if not (args.events_set / "gold.json").is_file():
    print(f"events speed: --events-set {args.events_set}: no gold.json there",
          file=sys.stderr)
    return 2
  from transforms.events.places import Gazetteer
  sets = {"general news": load_news(args.news),
          args.events_set.name: load_set(args.events_set)[0]}
  if args.quick:
    sets = {name: dict(list(articles.items())[:_QUICK_BODIES])
            for name, articles in sets.items()}
  gazetteer = Gazetteer.load()
  results = {name: measure(articles, gazetteer)
             for name, articles in sets.items()}
  command = " ".join(["python -m benchmarks.events_speed"]
                     + list(sys.argv[1:] if argv is None else argv))
  report.publish(args, "events-speed", render(results, command))
  return 0


if __name__ == "__main__":
  sys.exit(main())
