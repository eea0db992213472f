"""The malloc arena cap's rules; its effect on a monitor is tested in
test_monitor.py (in a fresh process)."""

import sys

import pytest

from pipelines.allocator import limit_malloc_arenas, malloc_arenas


def test_bad_limit_is_refused():
  with pytest.raises(ValueError, match="limit must be >= 1"):
    limit_malloc_arenas(0)


def test_operator_setting_is_kept(monkeypatch):
  # MALLOC_ARENA_MAX in the environment was read by glibc at start-up.
  monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
  assert limit_malloc_arenas() is False


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="glibc malloc arenas")
def test_arenas_are_counted():
  arenas = malloc_arenas()
  if arenas is None:
    pytest.skip("the C library is not glibc")
  count, mapped = arenas
  # The main thread's arena at least, and memory it has mapped.
  assert count >= 1 and mapped > 0
