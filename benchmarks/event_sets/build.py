"""Write an event set's ``articles/NNN.json`` and ``gold.json`` from its
authoring sources.

    python -m benchmarks.event_sets.build SET_DIR [SOURCE.py ...] [--output DIR]

SOURCEs default to ``SET_DIR/tools/src_*.py``; ``--output`` defaults to
SET_DIR (another directory lets a test rebuild a set and compare it with the
committed files). The output is deterministic: articles sorted by doc id,
gold sorted by doc id and in authoring order within a document.
"""

import argparse
import importlib.util
import json
import pathlib
import sys

__all__ = ["load_sources", "write_set", "main"]


def load_sources(sources):
  """(articles, gold) gathered from the ARTICLES and GOLD of each source."""
  articles, gold = [], []
  for number, source in enumerate(sources):
    # A name of our own per file: every set's sources are called src_en1.py
    # and so on, and must not shadow one another in sys.modules.
    spec = importlib.util.spec_from_file_location(
        "_event_set_source_%d" % number, source)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    articles += module.ARTICLES
    gold += module.GOLD
  return articles, gold


def write_set(articles, gold, output: pathlib.Path) -> None:
  articles = sorted(articles, key=lambda a: a["doc_id"])
  (output / "articles").mkdir(parents=True, exist_ok=True)
  for article in articles:
    name = article["doc_id"].split("-")[1] + ".json"
    with open(output / "articles" / name, "w", encoding="utf-8") as f:
      json.dump(article, f, ensure_ascii=False, indent=1)
      f.write("\n")
  gold = sorted(gold, key=lambda e: e["doc_id"])  # stable within a document
  with open(output / "gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write("\n")


def main(argv=None) -> int:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("set_dir", type=pathlib.Path)
  parser.add_argument("sources", nargs="*", type=pathlib.Path)
  parser.add_argument("--output", type=pathlib.Path)
  args = parser.parse_args(argv)
  sources = args.sources or sorted((args.set_dir / "tools").glob("src_*.py"))
  missing = [str(s) for s in sources if not s.is_file()]
  if not sources or missing:
    parser.error("no authoring sources: %s" % (
        ", ".join(missing) or "%s/tools/src_*.py" % args.set_dir))
  articles, gold = load_sources(sources)
  write_set(articles, gold, args.output or args.set_dir)
  print("wrote %d articles, %d gold events" % (len(articles), len(gold)))
  return 0


if __name__ == "__main__":
  sys.exit(main())
