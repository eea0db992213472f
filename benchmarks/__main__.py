"""One command for the benchmarks: all of them, or one by name.

    python -m benchmarks all [--quick] [--skip NAME ...]
    python -m benchmarks NAME [its own options]      (e.g. throughput --pages 1000)
    python -m benchmarks list

Each benchmark is also ``python -m benchmarks.<module>``. ``all`` runs them
one after another, each writing its own section of BENCHMARKS.md;
``--quick`` runs each on a tiny input as a smoke test and writes nothing.
"""

import importlib
import pathlib
import sys
import time

# The second event set, found wherever the command is run from.
_EVENTS_VAL = str(pathlib.Path(__file__).resolve().parent / "events_val")

# name -> (module, arguments for --quick, arguments for a full run).
BENCHMARKS = {
    "extraction": ("benchmarks.extraction_quality", ["--quick"], []),
    "language": ("benchmarks.language_accuracy", ["--quick"], []),
    "throughput": ("benchmarks.throughput", ["--quick"], []),
    "hotspots": ("benchmarks.hotspots", ["--quick"], []),
    "fixes": ("benchmarks.fix_costs", ["--quick"], []),
    "memory": ("benchmarks.memory", ["--quick"], []),
    "scaling": ("benchmarks.scaling", ["--quick"], []),
    "neardup-quality": ("benchmarks.neardup_quality", ["--no-write"], []),
    "neardup-cost": ("benchmarks.neardup_cost", ["--sizes", "60"], []),
    "events-quality": ("benchmarks.events_quality", ["--no-write"], []),
    "events-val": ("benchmarks.events_quality",
                   ["--no-write", "--set", _EVENTS_VAL], ["--set", _EVENTS_VAL]),
    "events-speed": ("benchmarks.events_speed", ["--quick"], []),
    "warc-read": ("benchmarks.warc_read",
                  ["--no-write", "--pages", "50", "--repeat", "1"], []),
    "monitor-cycle": ("benchmarks.monitor_cycle",
                      ["--feeds", "20", "--cycles", "3"], ["--write"]),
}
_USAGE = ("usage: python -m benchmarks {all [--quick] [--skip NAME ...] | "
          "list | NAME [options]}; NAME: " + ", ".join(BENCHMARKS))


def _run(name: str, argv: list) -> int:
  module = importlib.import_module(BENCHMARKS[name][0])
  print(f"== {name}: python -m {BENCHMARKS[name][0]} {' '.join(argv)}",
        flush=True)
  started = time.monotonic()
  status = module.main(argv) or 0
  print(f"== {name}: done in {time.monotonic() - started:.0f} s "
        f"(exit {status})", flush=True)
  return status


def _run_all(argv: list) -> int:
  quick = "--quick" in argv
  skip = set()
  rest = [arg for arg in argv if arg != "--quick"]
  if rest and rest[0] == "--skip":
    skip = set(rest[1:])
    rest = []
  unknown = skip - set(BENCHMARKS)
  if rest or unknown:
    print(f"unknown arguments {rest or sorted(unknown)}; {_USAGE}",
          file=sys.stderr)
    return 2
  failed = []
  for name, (_, quick_args, full_args) in BENCHMARKS.items():
    if name in skip:
      continue
    if _run(name, quick_args if quick else full_args) != 0:
      failed.append(name)
  if failed:
    print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1
  return 0


def main(argv=None) -> int:
  argv = sys.argv[1:] if argv is None else argv
  if not argv or argv[0] in ("-h", "--help"):
    print(__doc__ if argv else _USAGE, file=sys.stdout if argv else sys.stderr)
    return 0 if argv else 2
  name, rest = argv[0], argv[1:]
  if name == "all":
    return _run_all(rest)
  if name == "list":
    print("\n".join(f"{key}: python -m {module}"
                    for key, (module, _, _) in BENCHMARKS.items()))
    return 0
  if name not in BENCHMARKS:
    print(f"unknown benchmark {name!r}; {_USAGE}", file=sys.stderr)
    return 2
  return _run(name, rest)


if __name__ == "__main__":
  sys.exit(main())
