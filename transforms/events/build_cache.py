"""A disk cache for data built from packaged datasets at start-up.

The gazetteer's index is built from GeoNames' 170,000 towns of 1,000+
people: about 12 s of folding and pairing names, against 2 s to read the
same index back from a pickle. Every worker process and every CLI run pays
the build once per machine, not once per process.

The cache file's name carries a fingerprint of everything the build reads
(the code that builds it, the data packages' versions, Python's version),
so a changed build is never served stale. The cache is an optimisation
only: a file that cannot be read is rebuilt and replaced, a directory that
cannot be written (read-only worker images) leaves the build in memory.

Where: ``$NEWS_INGEST_CACHE_DIR``, else ``$XDG_CACHE_HOME/news-ingest``,
else ``~/.cache/news-ingest``.
"""

import hashlib
import logging
import os
import pathlib
import pickle
import sys
import tempfile
from importlib import metadata
from typing import Callable, Iterable, Optional, TypeVar

__all__ = ["cache_dir", "cached_build", "fingerprint"]

_LOG = logging.getLogger(__name__)
T = TypeVar("T")


def cache_dir() -> pathlib.Path:
  explicit = os.environ.get("NEWS_INGEST_CACHE_DIR")
  if explicit:
    return pathlib.Path(explicit)
  base = os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache"
  return pathlib.Path(base) / "news-ingest"


def fingerprint(sources: Iterable[pathlib.Path],
                packages: Iterable[str], *extra: str) -> str:
  """A short digest of the files' bytes, the packages' versions and
  ``extra``, with Python's version (pickles follow the interpreter)."""
  digest = hashlib.sha256()
  digest.update(f"python {sys.version_info[:2]}\n".encode())
  for source in sources:
    digest.update(source.read_bytes())
  for package in packages:
    digest.update(f"{package} {metadata.version(package)}\n".encode())
  for part in extra:
    digest.update(f"{part}\n".encode())
  return digest.hexdigest()[:16]


def _read(path: pathlib.Path) -> Optional[object]:
  try:
    with path.open("rb") as handle:
      return pickle.load(handle)
  except FileNotFoundError:
    return None
  except (OSError, EOFError, pickle.UnpicklingError, AttributeError,
          ImportError, IndexError, TypeError, ValueError) as error:
    # A truncated or foreign file: rebuilt below, and replaced.
    _LOG.warning("Ignoring unreadable cache %s (%s: %s); rebuilding.",
                 path, type(error).__name__, error)
    return None


def _write(path: pathlib.Path, value: object) -> None:
  try:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside, then renamed: a reader never sees half a file, and
    # two processes building at once both leave a whole one.
    handle, temporary = tempfile.mkstemp(dir=path.parent,
                                         prefix=path.name + ".")
    try:
      with os.fdopen(handle, "wb") as out:
        pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
      os.replace(temporary, path)
    except BaseException:
      os.unlink(temporary)
      raise
  except OSError as error:
    _LOG.warning("Could not write cache %s (%s); it is rebuilt next time.",
                 path, error)


def cached_build(name: str, key: str, build: Callable[[], T]) -> T:
  """``build()``'s value, read from the cache file ``name-key.pickle`` when
  one exists, else built and saved there."""
  path = cache_dir() / f"{name}-{key}.pickle"
  value = _read(path)
  if value is None:
    value = build()
    _write(path, value)
  return value
