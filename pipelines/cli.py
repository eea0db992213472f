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
  from transforms.fetch import FetchConfig
  defaults = FetchConfig()
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
  backfill.add_argument("--timeout", type=_non_negative_float,
                        default=defaults.total_timeout,
                        help="seconds one request may take in all (default "
                             "%(default)s)")
  backfill.add_argument("--max-bytes", type=_positive_int,
                        default=defaults.max_bytes,
                        help="largest body accepted, in bytes (default "
                             "%(default)s)")
  backfill.add_argument("--max-attempts", type=_positive_int,
                        default=defaults.max_attempts,
                        help="attempts per URL (default %(default)s)")
  backfill.add_argument("--per-host-concurrency", type=_positive_int,
                        default=defaults.per_host_concurrency,
                        help="requests in flight per host (default "
                             "%(default)s)")
  backfill.add_argument("--per-host-delay", type=_non_negative_float,
                        default=defaults.per_host_delay,
                        help="seconds between request starts per host "
                             "(default %(default)s)")
  backfill.add_argument("--user-agent", default=defaults.user_agent,
                        help="User-Agent header sent with every request")
  backfill.add_argument(
      "--private-addresses", choices=("allow", "block"), default="allow",
      help="'block' refuses URLs found in feeds, lists and redirects that "
           "resolve to loopback, private, link-local or cloud-metadata "
           "addresses (default for backfill: allow)")
  backfill.add_argument("--max-feed-items", type=_positive_int,
                        default=defaults.max_feed_items,
                        help="items read from one feed; the rest are "
                             "recorded in errors (default %(default)s)")
  backfill.add_argument("--max-feed-bytes", type=_positive_int,
                        default=defaults.max_feed_bytes,
                        help="bytes read from one feed; a longer feed is "
                             "parsed up to the cap (default %(default)s)")
  backfill.add_argument("--replay-archive", metavar="DIR",
                        help="serve http(s) URLs from a recorded archive "
                             "(manifest.json) instead of the network")
  backfill.add_argument("-q", "--quiet", action="store_true",
                        help="no progress lines on stderr")
  return parser


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
    plan = backfill.plan(args, beam_args)
  except UsageError as exc:
    print(f"ingest: error: {exc}", file=sys.stderr)
    return EXIT_USAGE
  logging.getLogger().setLevel(logging.WARNING)
  _configure_logging(args.quiet)
  summary = backfill.run_plan(plan)
  print(summary.render())
  return 0
