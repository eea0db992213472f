"""The monitor end to end against feeds that change on a local server.

Every feed and page is invented (tests/live_feeds.py). Cycles are driven
through ``Monitor.run_cycle`` with an explicit clock where a test needs to
change the feeds between cycles, and through the `ingest monitor` command
in a subprocess for kill -9, restart and SIGTERM.
"""

import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from pipelines import monitor
from pipelines.cli import main, parse_args
from tests.conftest import read_dataset
from tests.live_feeds import LiveFeeds

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
# 127.0.0.1 serves the feeds: the monitor blocks private addresses unless told.
_LOCAL = ["--private-addresses", "allow", "--per-host-delay", "0",
          "--timeout", "5", "--max-attempts", "1", "-q"]


def _monitor(urls, output, *extra):
  args, beam_args = parse_args(["monitor", *urls, "--output", str(output),
                                "--interval", "60", "--max-interval", "60",
                                *_LOCAL, *extra])
  return monitor.Monitor(monitor.plan(args, beam_args))


def _urls(output) -> list:
  return sorted(row["url"] for row in read_dataset(str(output), "documents"))


def _statuses_since(server, start: int) -> list:
  return sorted(set(server.statuses[start:]))


def test_feeds_change_between_cycles(server, tmp_path):
  live = LiveFeeds(server)
  first = live.publish("/a.xml", 2)
  live.publish("/b.xml", 1, shared=(first[0],))  # The same story, two feeds.
  live.publish("/c.xml", 1)
  old = live.publish("/old.xml", 1)
  feeds = [server.url(path) for path in ("/a.xml", "/b.xml", "/c.xml",
                                         "/old.xml")]
  output = tmp_path / "out"
  watcher = _monitor(feeds, output)
  start = 1_900_000_000.0
  try:
    report = watcher.run_cycle(now=start)
    assert report.outcomes == {"changed": 4}
    assert report.items_new == 5
    assert _urls(output) == sorted(server.url(p) for p in live.pages)

    # Between cycles: a new story on a, c is gone, old.xml moved for good.
    added = live.publish("/a.xml", 1)
    server.add("/c.xml", status=410, content="gone")
    server.add("/old.xml", status=301, headers={"Location": "/new.xml"})
    live.feeds["/new.xml"] = list(live.feeds["/old.xml"])
    moved = live.publish("/new.xml", 1)
    mark = len(server.statuses)
    report = watcher.run_cycle(now=start + 60)
    assert report.outcomes == {"changed": 2, "gone": 1, "not_modified": 1}
    assert report.items_new == 2
    assert _statuses_since(server, mark) == sorted({
        ("/a.xml", 200), ("/b.xml", 304), ("/c.xml", 410),
        ("/old.xml", 301), ("/new.xml", 200),
        (added[0], 200), (moved[0], 200)})

    # Nothing changed: every feed answers 304; c and old.xml are not asked.
    mark = len(server.statuses)
    report = watcher.run_cycle(now=start + 120)
    assert report.outcomes == {"not_modified": 3}
    assert report.items_new == 0
    assert _statuses_since(server, mark) == [
        ("/a.xml", 304), ("/b.xml", 304), ("/new.xml", 304)]
    # The validators went back exactly as the server sent them.
    conditional = [headers for _, path, headers in server.requests
                   if path == "/a.xml" and "If-None-Match" in headers]
    assert conditional[-1]["If-None-Match"] == f'"a.xml-v{live.versions["/a.xml"]}"'
    states = {state.url: state for state in watcher.store.feeds()}
    assert states[server.url("/c.xml")].status == "gone"
    assert states[server.url("/old.xml")].poll_url == server.url("/new.xml")
  finally:
    watcher.close()

  documents = read_dataset(str(output), "documents")
  urls = [row["url"] for row in documents]
  assert sorted(urls) == sorted(server.url(path) for path in live.pages)
  assert len(urls) == len(set(urls)) == 7
  assert server.url(old[0]) in urls
  gone = [row for row in read_dataset(str(output), "errors")
          if row["error_type"] == "feed_gone"]
  assert [(row["url"], row["http_status"]) for row in gone] == [
      (server.url("/c.xml"), 410)]


def test_adaptive_interval_and_server_hints(server, tmp_path):
  live = LiveFeeds(server, validators="last_modified")
  live.publish("/quiet.xml", 0)  # No items: the cycles only poll.
  live.set_extra("/quiet.xml", "<ttl>30</ttl>")  # Minutes.
  output = tmp_path / "out"
  args, beam_args = parse_args(["monitor", server.url("/quiet.xml"),
                                "--output", str(output), "--interval", "60",
                                "--max-interval", "600", *_LOCAL])
  watcher = monitor.Monitor(monitor.plan(args, beam_args))
  start = 1_900_000_000.0
  try:
    watcher.run_cycle(now=start)
    state = watcher.store.feeds()[0]
    # Changed: the base interval, but not sooner than the feed's ttl.
    assert (state.interval, state.next_poll) == (60.0, start + 1800)
    assert watcher.run_cycle(now=start + 60) is None  # Not due yet.
    live.set_extra("/quiet.xml", "")  # New Last-Modified, same items.
    watcher.run_cycle(now=start + 1800)
    state = watcher.store.feeds()[0]
    assert state.interval == 90.0  # Read, nothing new: backs off.
    watcher.run_cycle(now=state.next_poll)
    state = watcher.store.feeds()[0]
    assert state.interval == 135.0  # 304 (If-Modified-Since): further.
    assert server.statuses[-1] == ("/quiet.xml", 304)
  finally:
    watcher.close()


def test_bad_invocations_exit_2(tmp_path, capsys):
  assert main(["monitor", "--output", str(tmp_path)]) == 2  # No SOURCE.
  assert main(["monitor", "ftp://example.org/feed", "--output",
               str(tmp_path)]) == 2
  assert main(["monitor", "https://example.org/feed.xml"]) == 2  # No DIR.
  assert main(["monitor", "https://example.org/feed.xml", "--output",
               str(tmp_path), "--interval", "-1"]) == 2
  lines = capsys.readouterr().err.strip().splitlines()
  assert len(lines) == 4 and all(l.startswith("ingest: error:") for l in lines)


def test_private_addresses_blocked_by_default(tmp_path):
  args, beam_args = parse_args(["monitor", "https://example.org/feed.xml",
                                "--output", str(tmp_path)])
  assert monitor.plan(args, beam_args).poll.fetch.block_private_addresses
  args, beam_args = parse_args(["backfill", "https://example.org/feed.xml",
                                "--output", str(tmp_path)])
  from pipelines import backfill
  assert not backfill.plan(args, beam_args).fetch_config.block_private_addresses


def test_second_monitor_on_the_same_dir_is_refused(server, tmp_path):
  LiveFeeds(server).publish("/a.xml", 1)
  watcher = _monitor([server.url("/a.xml")], tmp_path)
  try:
    with pytest.raises(monitor.UsageError, match="another monitor"):
      _monitor([server.url("/a.xml")], tmp_path)
  finally:
    watcher.close()


def _start(urls, output, *extra) -> subprocess.Popen:
  env = dict(os.environ, PYTHONPATH=_ROOT)
  return subprocess.Popen(
      [sys.executable, "-m", "pipelines", "monitor", *urls, "--output",
       str(output), "--interval", "0.2", "--max-interval", "0.2", *_LOCAL,
       *extra], cwd=_ROOT, env=env, stdout=subprocess.PIPE,
      stderr=subprocess.PIPE)


def _wait_for(condition, process, seconds: float = 120.0) -> None:
  deadline = time.monotonic() + seconds
  while not condition():
    assert process.poll() is None, process.communicate()
    assert time.monotonic() < deadline, "the monitor did not get there"
    time.sleep(0.05)


def test_kill_9_mid_cycle_then_restart_then_sigterm(server, tmp_path):
  live = LiveFeeds(server)
  # A page that takes a while: the cycle is surely mid-way when killed.
  first = live.publish("/a.xml", 3)
  live.publish("/b.xml", 2)
  server.add(first[0], **{**server._routes[first[0]], "delay": 1.5})  # pylint: disable=protected-access
  feeds = [server.url("/a.xml"), server.url("/b.xml")]
  output = tmp_path / "out"

  running = _start(feeds, output)
  _wait_for(lambda: server.hits(first[0]) >= 1, running)
  running.kill()  # kill -9 while fetching the cycle's items.
  running.wait()
  killed_after = set(_urls(output))
  assert killed_after < {server.url(p) for p in live.pages}

  later = live.publish("/b.xml", 2)
  running = _start(feeds, output)
  _wait_for(lambda: server.hits(later[0]) >= 1, running)
  running.send_signal(signal.SIGTERM)  # Finish this cycle, then stop.
  out, err = running.communicate(timeout=120)
  assert running.returncode == 0, err
  assert "monitor finished" in out.decode()

  urls = _urls(output)
  assert urls == sorted(server.url(p) for p in live.pages)  # Each once.
  # No partial or stray file: every Parquet file reads, no scratch left.
  for directory, _, files in os.walk(output):
    for name in files:
      if name.endswith(".parquet"):
        pq.read_metadata(os.path.join(directory, name))
  assert not os.path.exists(output / "_tmp")
  assert os.listdir(output / "_monitor" / "cycle") == []


# Run in a fresh interpreter: pytest's own process has made its malloc
# arenas long before. Prints the arenas before the Monitor and after its
# cycles (all 304 after the first).
_ARENAS_SCRIPT = """
import sys
from pipelines import monitor
from pipelines.allocator import malloc_arenas
from pipelines.cli import parse_args
args, beam_args = parse_args(["monitor", *sys.argv[1:]])
before = malloc_arenas()[0]
watcher = monitor.Monitor(monitor.plan(args, beam_args))
try:
  for cycle in range(3):
    report = watcher.run_cycle(now=1_900_000_000.0 + 60 * cycle)
    assert report.outcomes == {"changed" if cycle == 0 else "not_modified":
                               20}, report.outcomes
finally:
  watcher.close()
print(before, malloc_arenas()[0])
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="glibc malloc arenas")
def test_cycles_start_no_new_malloc_arenas(server, tmp_path):
  # Each cycle starts dozens of threads (poll pool, Beam's per-stage
  # threads); given an arena each, resident memory climbed ~33 MB over
  # 60 cycles (pipelines/allocator.py). 20 feeds polled 16 at a time
  # make 16 arenas on 2 cores without the cap (checked).
  from pipelines.allocator import ARENA_LIMIT, malloc_arenas
  if malloc_arenas() is None:
    pytest.skip("the C library is not glibc")
  live = LiveFeeds(server)
  feeds = [f"/feeds/{number:02d}.xml" for number in range(20)]
  for feed in feeds:
    live.publish(feed, 0)  # No items: the cycles only poll.
  env = {key: value for key, value in os.environ.items()
         if key != "MALLOC_ARENA_MAX"}
  env["PYTHONPATH"] = _ROOT
  done = subprocess.run(
      [sys.executable, "-c", _ARENAS_SCRIPT,
       *[server.url(feed) for feed in feeds], "--output",
       str(tmp_path / "out"), "--interval", "60", "--max-interval", "60",
       *_LOCAL, "--per-host-concurrency", "16"],
      cwd=_ROOT, env=env, capture_output=True, text=True, timeout=300)
  assert done.returncode == 0, done.stderr
  before, after = map(int, done.stdout.split())
  assert after <= max(before, ARENA_LIMIT)
