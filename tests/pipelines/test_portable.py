"""The backfill on Beam's portable runner gives the default runner's rows.

Flink's and Spark's job servers and Dataflow run a pipeline through the
Job API: the pipeline is serialized, submitted to a job service, and run by
SDK workers in other processes. Beam's own local job service is that path
without a cluster, so what only works in one process (unpicklable closures,
module state, a DoFn that relies on running beside the submitter) fails
here as it would there. Two environments:

- LOOPBACK: the job service calls back into SDK workers the submitting
  process starts;
- EXTERNAL: a worker pool (`worker_pool_main`) started separately, whose
  workers are new `python` processes (found on PATH, so the project's
  interpreter comes first there).

Input: the fixture news site (feeds, OPML, pages, failures) served on
127.0.0.1, plus a WARC archive. Every column of every dataset must match the
default run's, except the ones that record when something happened on the
network: `fetched_at` (and signatures' `canonical_fetched_at`) of fetched
pages, errors' `at`, and the date partition of rows that have no published
date (it is taken from those times). Archived pages carry WARC-Date, so for
them `fetched_at` must match too.
"""

import datetime
import json
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from pipelines import backfill
from tests import warc_files as wf
from tests.conftest import read_dataset
from tests.pipelines.test_backfill import _FAST, _site_sources
from tests.pipelines.test_warc_backfill import _archive_records

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
_DATASETS = ("documents", "errors", "mentions", "signatures")
# Columns that record when a fetch or a failure happened.
_WHEN = {"fetched_at", "canonical_fetched_at", "at"}
_START_SECONDS = 60
_STOP_SECONDS = 15


def _free_port() -> int:
  with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    return probe.getsockname()[1]


def _wait_for_port(process, port: int, log_path) -> None:
  deadline = time.monotonic() + _START_SECONDS
  while time.monotonic() < deadline:
    if process.poll() is not None:
      raise RuntimeError(f"service exited with {process.returncode}: "
                         f"{log_path.read_text()[-2000:]}")
    try:
      with socket.create_connection(("localhost", port), timeout=1):
        return
    except OSError:
      time.sleep(0.2)
  raise RuntimeError(f"nothing listens on port {port} after "
                     f"{_START_SECONDS}s: {log_path.read_text()[-2000:]}")


def _service_env() -> dict:
  env = dict(os.environ)
  # Workers import this checkout's packages, and `python` is ours.
  env["PYTHONPATH"] = os.pathsep.join(
      [_ROOT] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
  env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get(
      "PATH", "")
  return env


def _service(module: str, port_flag: str, log_path):
  """Starts ``python -m module port_flag PORT``; yields (port, log path);
  stops it."""
  port = _free_port()
  with open(log_path, "w", encoding="utf-8") as log:
    # Its own session, so stopping it also stops the workers it started.
    process = subprocess.Popen(
        [sys.executable, "-m", module, port_flag, str(port)], cwd=_ROOT,
        env=_service_env(), stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True)
  try:
    _wait_for_port(process, port, log_path)
    yield port, log_path
  finally:
    # SIGINT lets the worker pool stop its workers; the group kill is for
    # whatever is left after the timeout.
    os.killpg(process.pid, signal.SIGINT)
    try:
      process.wait(timeout=_STOP_SECONDS)
    except subprocess.TimeoutExpired:
      os.killpg(process.pid, signal.SIGKILL)
      process.wait(timeout=_STOP_SECONDS)


@pytest.fixture(scope="module")
def job_service(tmp_path_factory):
  yield from _service("apache_beam.runners.portability.local_job_service_main",
                      "--port", tmp_path_factory.mktemp("jobs") / "log.txt")


@pytest.fixture(scope="module")
def worker_pool(tmp_path_factory):
  yield from _service("apache_beam.runners.worker.worker_pool_main",
                      "--service_port",
                      tmp_path_factory.mktemp("pool") / "log.txt")


@pytest.fixture(scope="module")
def inputs(site, tmp_path_factory):
  tmp_path = tmp_path_factory.mktemp("inputs")
  archive = tmp_path / "archive.warc.gz"
  wf.write_warc(archive, _archive_records())
  return [*_site_sources(site, tmp_path), str(archive)]


@pytest.fixture(scope="module")
def default_run(inputs, tmp_path_factory):
  output = str(tmp_path_factory.mktemp("default") / "out")
  summary = backfill.run([*inputs, "--output", output, *_FAST])
  return output, summary


def _comparable(row: dict) -> str:
  row = {k: v for k, v in row.items() if k not in _WHEN}
  if row.get("published_at") is None:
    row.pop("date", None)
  return json.dumps(row, sort_keys=True, default=str)


def _assert_same_rows(output: str, expected_output: str) -> None:
  for dataset in _DATASETS:
    got = read_dataset(output, dataset)
    want = read_dataset(expected_output, dataset)
    assert want, f"the default run wrote no {dataset}"
    assert sorted(map(_comparable, got)) == sorted(map(_comparable, want)), (
        dataset)
  # Archived pages: fetched_at is WARC-Date, the same in every run.
  archived = {(row["doc_id"], row["fetched_at"])
              for row in read_dataset(output, "documents")
              if row["source"].endswith(".warc.gz")}
  assert archived == {(row["doc_id"], row["fetched_at"])
                      for row in read_dataset(expected_output, "documents")
                      if row["source"].endswith(".warc.gz")}
  assert len(archived) == 3
  assert all(when == datetime.datetime(2026, 11, 4, 6, 30,
                                       tzinfo=datetime.timezone.utc)
             for _, when in archived)


def _assert_same_counts(summary, expected) -> None:
  for key in [("write", "documents_rows"), ("write", "errors_rows"),
              ("write", "mentions_rows"), ("warc", "pages"),
              ("fetch", "fetched"), ("neardup", "near_not_exact")]:
    assert summary.count(*key) == expected.count(*key), key
  assert summary.warc_skipped == expected.warc_skipped


def test_loopback_job_service_matches_default_runner(job_service, inputs,
                                                     default_run, tmp_path):
  expected_output, expected_summary = default_run
  output = str(tmp_path / "out")
  summary = backfill.run([
      *inputs, "--output", output, *_FAST, "--runner=PortableRunner",
      f"--job_endpoint=localhost:{job_service[0]}",
      "--environment_type=LOOPBACK"])
  _assert_same_rows(output, expected_output)
  _assert_same_counts(summary, expected_summary)


def test_external_worker_pool_matches_default_runner(job_service, worker_pool,
                                                     inputs, default_run,
                                                     tmp_path):
  expected_output, expected_summary = default_run
  pool_port, pool_log = worker_pool
  output = str(tmp_path / "out")
  summary = backfill.run([
      *inputs, "--output", output, *_FAST, "--runner=PortableRunner",
      f"--job_endpoint=localhost:{job_service[0]}",
      "--environment_type=EXTERNAL",
      f"--environment_config=localhost:{pool_port}"])
  _assert_same_rows(output, expected_output)
  _assert_same_counts(summary, expected_summary)
  # The work ran in `python` processes the pool started, not in this one.
  assert "Starting worker with command ['python'" in pool_log.read_text()
