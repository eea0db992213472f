"""Feed state of a monitor: what each feed said last, and which items it has.

``FeedState`` is one polled target (a feed, an OPML list, a page, or a
local file): where to poll it now (after permanent redirects), the
validators of its last answer (ETag, Last-Modified, sent back as
received), its adaptive interval and next poll time, a fingerprint of
what it listed last, and whether it is still polled (410 and dropped
targets are not).

``FeedStateStore`` keeps feed states and seen item ids in a SQLite
database in the output directory, so a restarted monitor carries on where
the last committed cycle ended. Each cycle's changes are one transaction
(``commit``): a kill -9 leaves either the whole cycle or none of it. Seen
ids expire a stated time after their feeds last listed them, so the
database holds only what the feeds still carry, plus that margin.

The streaming graph keeps the same ``FeedState`` in Beam state instead
(see transforms/polling.py).
"""

import dataclasses
import sqlite3
from typing import Iterable, Optional

__all__ = ["FeedState", "FeedStateStore", "ACTIVE", "GONE", "DROPPED",
           "STATE_FILE"]

# Statuses: polled; answered 410 Gone (never polled again); no longer
# listed by its SOURCE, URL list, directory or OPML file.
ACTIVE = "active"
GONE = "gone"
DROPPED = "dropped"
STATE_FILE = "state.sqlite"
# SQLite caps the number of '?' in one statement (32,766 since 3.32).
_BATCH = 500


@dataclasses.dataclass(frozen=True)
class FeedState:
  """One polled target and what the monitor knows of it.

  ``url`` is its identity as listed (a SOURCE, an entry of a URL list or
  OPML file, a file:// URI of a local file); ``poll_url`` where it is
  polled now. ``parent`` is the SOURCE or OPML target that listed it.
  """
  url: str
  source: str
  role: str
  parent: str
  trusted: bool = False
  poll_url: Optional[str] = None
  etag: Optional[str] = None
  last_modified: Optional[str] = None
  # Seconds between polls, adapted to how often the target changes.
  interval: Optional[float] = None
  next_poll: float = 0.0
  # Hash of what the target listed at its last read: the same list again
  # is no change, even without validators.
  fingerprint: Optional[str] = None
  status: str = ACTIVE
  # Consecutive failed polls: each one doubles the wait.
  failures: int = 0

  @property
  def where(self) -> str:
    return self.poll_url or self.url


_FIELDS = [field.name for field in dataclasses.fields(FeedState)]

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY, source TEXT NOT NULL, role TEXT NOT NULL,
  parent TEXT NOT NULL, trusted INTEGER NOT NULL, poll_url TEXT, etag TEXT,
  last_modified TEXT, interval REAL, next_poll REAL NOT NULL,
  fingerprint TEXT, status TEXT NOT NULL, failures INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS feeds_parent ON feeds (parent);
CREATE TABLE IF NOT EXISTS seen (
  item_id TEXT PRIMARY KEY, first_seen REAL NOT NULL,
  last_listed REAL NOT NULL);
CREATE INDEX IF NOT EXISTS seen_last_listed ON seen (last_listed);
CREATE TABLE IF NOT EXISTS listing (
  target TEXT NOT NULL, item_id TEXT NOT NULL, PRIMARY KEY (target, item_id));
CREATE TABLE IF NOT EXISTS item_failures (
  item_id TEXT PRIMARY KEY, failures INTEGER NOT NULL, last REAL NOT NULL);
"""


def _batches(values: list):
  for start in range(0, len(values), _BATCH):
    yield values[start:start + _BATCH]


class FeedStateStore:
  """Feed states and seen item ids in one SQLite file; not thread-safe."""

  def __init__(self, path: str):
    # isolation_level=None: transactions are opened explicitly in commit(),
    # so one cycle is exactly one transaction.
    self._db = sqlite3.connect(path, isolation_level=None)
    self._db.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed cycle survives power loss, not only kill -9.
    self._db.execute("PRAGMA synchronous=FULL")
    self._db.executescript(_SCHEMA)

  def close(self) -> None:
    self._db.close()

  def feeds(self, status: Optional[str] = None) -> list:
    """Every FeedState (of one status), ordered by URL."""
    query = f"SELECT {', '.join(_FIELDS)} FROM feeds"
    rows = (self._db.execute(query + " WHERE status = ? ORDER BY url",
                             (status,)) if status else
            self._db.execute(query + " ORDER BY url"))
    return [self._state(row) for row in rows]

  def get(self, url: str) -> Optional[FeedState]:
    row = self._db.execute(
        f"SELECT {', '.join(_FIELDS)} FROM feeds WHERE url = ?",
        (url,)).fetchone()
    return self._state(row) if row else None

  def due(self, now: float) -> list:
    """Active targets whose next poll time has come, ordered by URL."""
    rows = self._db.execute(
        f"SELECT {', '.join(_FIELDS)} FROM feeds WHERE status = ? AND "
        "next_poll <= ? ORDER BY url", (ACTIVE, now))
    return [self._state(row) for row in rows]

  def next_poll(self) -> Optional[float]:
    """When the earliest active target is due, or None if none is."""
    row = self._db.execute("SELECT MIN(next_poll) FROM feeds WHERE status = ?",
                           (ACTIVE,)).fetchone()
    return row[0]

  def unseen(self, item_ids: Iterable[str]) -> set:
    """The ids among ``item_ids`` not yet recorded as seen."""
    item_ids = sorted(set(item_ids))
    seen = set()
    for batch in _batches(item_ids):
      seen.update(row[0] for row in self._db.execute(
          "SELECT item_id FROM seen WHERE item_id IN "
          f"({', '.join('?' * len(batch))})", batch))
    return set(item_ids) - seen

  def item_failures(self, item_ids: Iterable[str]) -> dict:
    """{item_id: failed fetches so far} of items that failed before."""
    failures = {}
    for batch in _batches(sorted(set(item_ids))):
      failures.update(self._db.execute(
          "SELECT item_id, failures FROM item_failures WHERE item_id IN "
          f"({', '.join('?' * len(batch))})", batch))
    return failures

  def seen_count(self) -> int:
    return self._db.execute("SELECT COUNT(*) FROM seen").fetchone()[0]

  def commit(self, *, now: float, states: Iterable[FeedState] = (),
             new_targets: Iterable[FeedState] = (),
             listings: Optional[dict] = None, polled: Iterable[str] = (),
             seen: Iterable[str] = (), failed: Iterable[str] = (),
             children: Optional[dict] = None,
             seen_ttl: Optional[float] = None) -> None:
    """One cycle's changes, all or nothing.

    ``states`` replace stored targets; ``new_targets`` are added unless
    known; ``listings`` ({target: item ids}) are what targets read this
    cycle list now; ``polled`` targets answered (a 304 too), so the items
    they list are still there and their expiry clock restarts; ``seen``
    ids are recorded (written to the datasets); ``failed`` ids failed once
    more and will be offered again; ``children`` ({parent: complete set of
    urls it lists now}) drops targets a parent no longer lists and revives
    those it lists again; ``seen_ttl`` forgets ids no polled target listed
    for that many seconds.
    """
    db = self._db
    db.execute("BEGIN IMMEDIATE")
    try:
      db.executemany(
          f"INSERT OR IGNORE INTO feeds ({', '.join(_FIELDS)}) VALUES "
          f"({', '.join('?' * len(_FIELDS))})",
          [self._row(state) for state in new_targets])
      db.executemany(
          f"INSERT OR REPLACE INTO feeds ({', '.join(_FIELDS)}) VALUES "
          f"({', '.join('?' * len(_FIELDS))})",
          [self._row(state) for state in states])
      for parent, urls in (children or {}).items():
        self._sync_children(parent, set(urls))
      seen = sorted(set(seen))
      db.executemany(
          "INSERT OR IGNORE INTO seen (item_id, first_seen, last_listed) "
          "VALUES (?, ?, ?)", [(item_id, now, now) for item_id in seen])
      for target, item_ids in sorted((listings or {}).items()):
        db.execute("DELETE FROM listing WHERE target = ?", (target,))
        db.executemany("INSERT INTO listing (target, item_id) VALUES (?, ?)",
                       [(target, item_id) for item_id in sorted(set(item_ids))])
      for batch in _batches(sorted(set(polled))):
        db.execute(
            "UPDATE seen SET last_listed = ? WHERE item_id IN (SELECT item_id "
            "FROM listing WHERE target IN "
            f"({', '.join('?' * len(batch))}))", [now, *batch])
      db.executemany("DELETE FROM item_failures WHERE item_id = ?",
                     [(item_id,) for item_id in seen])
      db.executemany(
          "INSERT INTO item_failures (item_id, failures, last) VALUES "
          "(?, 1, ?) ON CONFLICT (item_id) DO UPDATE SET "
          "failures = failures + 1, last = excluded.last",
          [(item_id, now) for item_id in sorted(set(failed))])
      if seen_ttl is not None:
        # Targets no longer polled list nothing: their items may expire.
        db.execute("DELETE FROM listing WHERE target IN (SELECT url FROM "
                   "feeds WHERE status != ?)", (ACTIVE,))
        db.execute("DELETE FROM seen WHERE last_listed < ?",
                   (now - seen_ttl,))
        db.execute("DELETE FROM item_failures WHERE last < ?",
                   (now - seen_ttl,))
      db.execute("COMMIT")
    except BaseException:
      db.execute("ROLLBACK")
      raise

  def _sync_children(self, parent: str, urls: set) -> None:
    listed = {row[0]: row[1] for row in self._db.execute(
        "SELECT url, status FROM feeds WHERE parent = ?", (parent,))}
    for url, status in listed.items():
      if url not in urls and status == ACTIVE:
        self._db.execute("UPDATE feeds SET status = ? WHERE url = ?",
                         (DROPPED, url))
      elif url in urls and status == DROPPED:
        self._db.execute(
            "UPDATE feeds SET status = ?, next_poll = 0 WHERE url = ?",
            (ACTIVE, url))

  @staticmethod
  def _row(state: FeedState) -> tuple:
    return tuple(int(value) if isinstance(value, bool) else value
                 for value in dataclasses.astuple(state))

  @staticmethod
  def _state(row) -> FeedState:
    values = dict(zip(_FIELDS, row))
    values["trusted"] = bool(values["trusted"])
    return FeedState(**values)
