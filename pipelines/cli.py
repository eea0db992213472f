"""The `ingest` command: argument parsing, validation, exit codes.

A bad invocation (missing file, unsupported scheme, --since after --until,
unwritable output, unknown flag) gets one line on stderr and exit code 2
before any work starts. A run in which individual items fail exits 0: the
failures are rows in DIR/errors and counts in the summary.
"""

import argparse
import logging
import sys

__all__ = ["main", "parse_args", "UsageError"]

EXIT_USAGE = 2


class UsageError(Exception):
  """A bad invocation: reported in one line, exit code 2."""


class _OneLineParser(argparse.ArgumentParser):
  """argparse prints usage plus the message; we promise one line."""

  def error(self, message):
    raise UsageError(message)


def _positive_int(text: str) -> int:
  value = int(text)
  if value < 1:
    raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
  return value


def _non_negative_float(text: str) -> float:
  value = float(text)
  if value < 0:
    raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
  return value


def _build_parser() -> argparse.ArgumentParser:
  parser = _OneLineParser(
      prog="ingest",
      description="News feeds and pages to clean, deduplicated Parquet.",
      epilog="Beam pipeline options (--runner, --direct_num_workers, "
             "--setup_file, ...) pass through to Beam. The default runner is "
             "the in-process FnApiRunner, which needs no download.")
  commands = parser.add_subparsers(dest="command", required=True,
                                   parser_class=_OneLineParser)
  backfill = commands.add_parser(
      "backfill", help="ingest feeds, URL lists and pages once",
      description="Fetch, extract, clean, detect language, deduplicate and "
                  "write Parquet. With no SOURCE, runs offline on the bundled "
                  "sample corpus.")
  backfill.add_argument(
      "sources", nargs="*", metavar="SOURCE",
      help="feed URL, local feed/OPML/.html file or file:// URL, .txt file "
           "of URLs, directory of .html files, or WARC files (path or glob "
           "ending in .warc or .warc.gz, local or gs://, s3://)")
  backfill.add_argument("--output", default="out", metavar="DIR",
                        help="output directory (default: ./out)")
  backfill.add_argument("--since", metavar="DATE",
                        help="keep items published on or after DATE "
                             "(YYYY-MM-DD or ISO 8601, UTC)")
  backfill.add_argument("--until", metavar="DATE",
                        help="keep items published up to DATE inclusive")
  backfill.add_argument("--shards-per-day", type=_positive_int, default=None,
                        help="Parquet files per date partition and dataset "
                             "(default 1; fixed by the first run into DIR)")
  _add_fetch_options(backfill, private_addresses="allow")
  backfill.add_argument("--replay-archive", metavar="DIR",
                        help="serve http(s) URLs from a recorded archive "
                             "(manifest.json) instead of the network")
  backfill.add_argument("-q", "--quiet", action="store_true",
                        help="no progress lines on stderr")
  _add_monitor_parser(commands)
  return parser


def _add_fetch_options(parser, private_addresses: str) -> None:
  """Fetching and politeness options, shared by backfill and monitor."""
  from transforms.fetch import FetchConfig
  defaults = FetchConfig()
  parser.add_argument("--timeout", type=_non_negative_float,
                      default=defaults.total_timeout,
                      help="seconds one request may take in all (default "
                           "%(default)s)")
  parser.add_argument("--max-bytes", type=_positive_int,
                      default=defaults.max_bytes,
                      help="largest body accepted, in bytes (default "
                           "%(default)s)")
  parser.add_argument("--max-attempts", type=_positive_int,
                      default=defaults.max_attempts,
                      help="attempts per URL (default %(default)s)")
  parser.add_argument("--per-host-concurrency", type=_positive_int,
                      default=defaults.per_host_concurrency,
                      help="requests in flight per host (default "
                           "%(default)s)")
  parser.add_argument("--per-host-delay", type=_non_negative_float,
                      default=defaults.per_host_delay,
                      help="seconds between request starts per host "
                           "(default %(default)s)")
  parser.add_argument("--user-agent", default=defaults.user_agent,
                      help="User-Agent header sent with every request")
  parser.add_argument(
      "--private-addresses", choices=("allow", "block"),
      default=private_addresses,
      help="'block' refuses URLs found in feeds, lists and redirects that "
           "resolve to loopback, private, link-local or cloud-metadata "
           "addresses (default here: %(default)s)")
  parser.add_argument("--max-feed-items", type=_positive_int,
                      default=defaults.max_feed_items,
                      help="items read from one feed; the rest are "
                           "recorded in errors (default %(default)s)")
  parser.add_argument("--max-feed-bytes", type=_positive_int,
                      default=defaults.max_feed_bytes,
                      help="bytes read from one feed; a longer feed is "
                           "parsed up to the cap (default %(default)s)")


def _add_monitor_parser(commands) -> None:
  monitor = commands.add_parser(
      "monitor", help="poll feeds and ingest new stories until stopped",
      description="Poll SOURCEs' feeds with conditional GETs at adaptive "
                  "intervals and write new stories to the datasets in DIR; "
                  "feed state is kept in DIR across restarts. Locally runs "
                  "micro-batch cycles; --streaming or a distributed --runner "
                  "runs an unbounded pipeline.")
  monitor.add_argument(
      "sources", nargs="+", metavar="SOURCE",
      help="feed URL, OPML file or URL, local feed/.html file, .txt file of "
           "URLs, or directory of .html files")
  monitor.add_argument("--output", required=True, metavar="DIR",
                       help="output directory, also holding the feed state")
  monitor.add_argument("--interval", type=_non_negative_float, default=300.0,
                       metavar="SECONDS",
                       help="seconds between polls of a feed that changes "
                            "(default %(default)s)")
  monitor.add_argument("--max-interval", type=_non_negative_float,
                       default=3600.0, metavar="SECONDS",
                       help="longest wait a quiet feed backs off to "
                            "(default %(default)s)")
  monitor.add_argument("--max-cycles", type=_positive_int, metavar="N",
                       help="stop after N cycles (default: run until "
                            "SIGINT/SIGTERM)")
  monitor.add_argument("--duration", type=_non_negative_float,
                       metavar="SECONDS",
                       help="start no cycle after SECONDS")
  monitor.add_argument("--seen-ttl", type=_non_negative_float,
                       default=30 * 24 * 3600.0, metavar="SECONDS",
                       help="forget an item id this long after no feed lists "
                            "it (default %(default)s: 30 days)")
  monitor.add_argument("--shards-per-day", type=_positive_int, default=None,
                       help="Parquet files per date partition and dataset "
                            "(default 1; fixed by the first run into DIR)")
  _add_fetch_options(monitor, private_addresses="block")
  monitor.add_argument("-q", "--quiet", action="store_true",
                       help="no progress lines on stderr")


def _split_beam_args(argv: list) -> tuple:
  """(our args, Beam's args): Beam flags are recognised by name, with values.

  argparse alone would take the value of an unknown `--runner X` for a
  SOURCE, so Beam's own option table decides which tokens are Beam's.
  """
  from pipelines.options import beam_option_arity
  ours, beams = [], []
  index = 0
  while index < len(argv):
    token = argv[index]
    flag = token.split("=", 1)[0]
    arity = beam_option_arity(flag) if token.startswith("--") else None
    if arity is None:
      ours.append(token)
    else:
      beams.append(token)
      if arity and "=" not in token:
        if index + 1 >= len(argv):
          raise UsageError(f"{flag} expects a value")
        beams.append(argv[index + 1])
        index += 1
    index += 1
  return ours, beams


def parse_args(argv: list):
  """(namespace, beam_args); raises UsageError."""
  ours, beam_args = _split_beam_args(argv)
  return _build_parser().parse_args(ours), beam_args


def _configure_logging(quiet: bool) -> None:
  handler = logging.StreamHandler(sys.stderr)
  handler.setFormatter(logging.Formatter("%(asctime)s %(message)s", "%H:%M:%S"))
  progress = logging.getLogger("news_ingest")
  progress.addHandler(handler)
  progress.setLevel(logging.WARNING if quiet else logging.INFO)
  progress.propagate = False


def main(argv=None) -> int:
  """Entry point of `ingest` and `python -m pipelines`; returns the exit code."""
  argv = sys.argv[1:] if argv is None else list(argv)
  # Importing Beam logs a warning about optional GCP clients on the root
  # logger; it means nothing for this pipeline and would precede every run.
  logging.getLogger().setLevel(logging.ERROR)
  from pipelines import backfill
  try:
    args, beam_args = parse_args(argv)
    if args.command == "monitor":
      from pipelines import monitor as command
    else:
      command = backfill
    plan = command.plan(args, beam_args)
  except UsageError as exc:
    print(f"ingest: error: {exc}", file=sys.stderr)
    return EXIT_USAGE
  logging.getLogger().setLevel(logging.WARNING)
  _configure_logging(args.quiet)
  try:
    summary = command.run_plan(plan)
  except UsageError as exc:  # Found at start: another monitor holds DIR.
    print(f"ingest: error: {exc}", file=sys.stderr)
    return EXIT_USAGE
  print(summary.render())
  return 0
