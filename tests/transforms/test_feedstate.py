"""FeedStateStore: one transaction per cycle, seen ids that expire, targets
a list stops naming."""

import dataclasses
import sqlite3

import pytest

from schemas.records import ROLE_SOURCE
from transforms.feedstate import (ACTIVE, DROPPED, GONE, FeedState,
                                  FeedStateStore)

_NOW = 1_900_000_000.0
_DAY = 24 * 3600.0


def _target(url, parent="source:list", **fields):
  return FeedState(url=url, source="list", role=ROLE_SOURCE, parent=parent,
                   **fields)


@pytest.fixture
def store(tmp_path):
  opened = FeedStateStore(str(tmp_path / "state.sqlite"))
  yield opened
  opened.close()


def test_states_survive_reopening(tmp_path):
  path = str(tmp_path / "state.sqlite")
  store = FeedStateStore(path)
  feed = _target("https://example.org/f", etag='W/"1"', trusted=True,
                 interval=90.0, next_poll=_NOW + 90)
  store.commit(now=_NOW, new_targets=[feed], seen=["i1", "i2"])
  store.close()
  reopened = FeedStateStore(path)
  assert reopened.feeds() == [feed]
  assert reopened.unseen(["i1", "i2", "i3"]) == {"i3"}
  assert reopened.due(_NOW) == [] and reopened.due(_NOW + 90) == [feed]
  reopened.close()


def test_a_failed_commit_leaves_nothing(store):
  store.commit(now=_NOW, new_targets=[_target("https://example.org/f")])
  broken = dataclasses.replace(_target("https://example.org/g"), source=None)
  with pytest.raises(sqlite3.IntegrityError):
    store.commit(now=_NOW, seen=["i1"],
                 states=[_target("https://example.org/f", etag="x"), broken])
  assert store.unseen(["i1"]) == {"i1"}
  assert store.feeds()[0].etag is None


def test_seen_ids_expire_after_their_feeds_stop_listing_them(store):
  feed = "https://example.org/f"
  store.commit(now=_NOW, new_targets=[_target(feed)], seen=["old", "kept"],
               listings={feed: ["old", "kept"]})
  # The feed drops 'old'; 'kept' stays listed (and a 304 later says so).
  store.commit(now=_NOW + _DAY, listings={feed: ["kept"]}, polled=[feed])
  store.commit(now=_NOW + 20 * _DAY, polled=[feed], seen_ttl=10 * _DAY)
  assert store.unseen(["old", "kept"]) == {"old"}
  assert store.seen_count() == 1


def test_children_dropped_and_revived(store):
  a, b = _target("https://example.org/a"), _target("https://example.org/b")
  store.commit(now=_NOW, new_targets=[a, b],
               children={"source:list": {a.url, b.url}})
  store.commit(now=_NOW, children={"source:list": {a.url}})
  assert {s.url: s.status for s in store.feeds()} == {a.url: ACTIVE,
                                                      b.url: DROPPED}
  store.commit(now=_NOW, new_targets=[b],
               children={"source:list": {a.url, b.url}})
  assert store.get(b.url).status == ACTIVE


def test_gone_feeds_are_never_due_and_item_failures_count(store):
  store.commit(now=_NOW, states=[_target("https://example.org/g",
                                         status=GONE)])
  assert store.due(_NOW + 10 * _DAY) == []
  assert store.next_poll() is None
  store.commit(now=_NOW, failed=["i1"])
  store.commit(now=_NOW, failed=["i1", "i2"])
  assert store.item_failures(["i1", "i2", "i3"]) == {"i1": 2, "i2": 1}
  store.commit(now=_NOW, seen=["i1"])
  assert store.item_failures(["i1"]) == {}
