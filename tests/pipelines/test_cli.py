"""Bad invocations: one line on stderr, exit code 2, no work done."""

import os
import subprocess
import sys

import pytest

from pipelines import cli


def _run_main(argv, capsys):
  code = cli.main(argv)
  captured = capsys.readouterr()
  return code, captured.out, captured.err


@pytest.fixture
def feed_file(tmp_path):
  path = tmp_path / "feed.xml"
  path.write_text("<rss version='2.0'><channel><title>t</title></channel></rss>")
  return str(path)


def _bad_invocations(tmp_path, feed_file):
  a_file = tmp_path / "plain-file"
  a_file.write_text("x")
  out = str(tmp_path / "out")
  return {
      "missing file": ["backfill", str(tmp_path / "nope.xml"), "--output", out],
      "unsupported scheme": ["backfill", "ftp://example.org/feed.xml",
                             "--output", out],
      "url without host": ["backfill", "http:///feed.xml", "--output", out],
      "since after until": ["backfill", feed_file, "--output", out,
                            "--since", "2026-11-20", "--until", "2026-11-01"],
      "malformed date": ["backfill", feed_file, "--output", out,
                         "--since", "last tuesday"],
      "output is a file": ["backfill", feed_file, "--output", str(a_file)],
      "output under a file": ["backfill", feed_file, "--output",
                              str(a_file / "out")],
      "unknown flag": ["backfill", feed_file, "--output", out, "--bogus"],
      "beam flag without value": ["backfill", feed_file, "--output", out,
                                  "--runner"],
      "no command": [],
      "bad number": ["backfill", feed_file, "--output", out,
                     "--max-attempts", "0"],
  }


@pytest.mark.parametrize("case", [
    "missing file", "unsupported scheme", "url without host",
    "since after until", "malformed date", "output is a file",
    "output under a file", "unknown flag", "beam flag without value",
    "no command", "bad number",
])
def test_bad_invocation_exits_2_with_one_line(case, tmp_path, feed_file,
                                             capsys):
  argv = _bad_invocations(tmp_path, feed_file)[case]
  code, out, err = _run_main(argv, capsys)
  assert code == 2
  assert out == ""
  lines = err.strip().splitlines()
  assert len(lines) == 1, err
  assert lines[0].startswith("ingest: error: ")
  # Rejected before any work: no datasets were written.
  assert not os.path.exists(tmp_path / "out" / "documents")
  assert not os.path.exists(tmp_path / "out" / "errors")


def test_shards_per_day_cannot_change_for_an_output_dir(tmp_path, feed_file,
                                                        capsys):
  out = str(tmp_path / "out")
  args, beam_args = cli.parse_args(
      ["backfill", feed_file, "--output", out, "--shards-per-day", "4"])
  from pipelines import backfill
  assert backfill.plan(args, beam_args).shards_per_day == 4
  code, _, err = _run_main(
      ["backfill", feed_file, "--output", out, "--shards-per-day", "2"], capsys)
  assert code == 2
  assert "--shards-per-day 4" in err


def test_beam_flags_pass_through_and_do_not_become_sources(feed_file):
  args, beam_args = cli.parse_args([
      "backfill", feed_file, "--runner", "FnApiRunner",
      "--direct_num_workers=2", "--save_main_session", "--output", "x"])
  assert args.sources == [feed_file]
  assert beam_args == ["--runner", "FnApiRunner", "--direct_num_workers=2",
                       "--save_main_session"]
  assert args.output == "x"


def test_default_runner_is_offline_fnapi():
  from apache_beam.options.pipeline_options import StandardOptions
  from pipelines.options import pipeline_options
  assert pipeline_options([]).view_as(StandardOptions).runner == "FnApiRunner"
  chosen = pipeline_options(["--runner", "DirectRunner"])
  assert chosen.view_as(StandardOptions).runner == "DirectRunner"


def test_python_dash_m_pipelines_is_the_ingest_command(tmp_path):
  completed = subprocess.run(
      [sys.executable, "-m", "pipelines", "backfill", str(tmp_path / "nope")],
      capture_output=True, text=True, timeout=120, check=False)
  assert completed.returncode == 2
  assert completed.stderr.strip().splitlines() == [
      f"ingest: error: source {str(tmp_path / 'nope')!r}: no such file or "
      "directory"]
