"""Keeps a long-running process's resident memory flat under glibc malloc.

Every local monitor cycle runs bounded Beam pipelines in this process, and
each run starts short-lived threads: two per fused stage
(``ExecutionTreeCreator`` in apache_beam/runners/worker/bundle_processor.py,
``BundleProcessor.__init__``; the state sampler's thread in
runners/worker/statesampler_fast.pyx, ``StateSampler.start``), the poll
thread pool, the fetcher's. glibc gives each new thread its own malloc
arena while there are fewer than 8 per core, and an arena keeps the memory
freed into it (``malloc_trim`` gets little of it back: the free chunks lie
between live ones). So resident memory climbs for tens of cycles, one
arena's worth of fragments after another, and settles at a height set by
the number of cores. Measured on 2 cores, 50 feeds all answering 304
(BENCHMARKS.md, monitor-cycle): 360 MB after the first cycle, 391-393 MB
from cycle 60 on, 16 arenas; with the cap, 3 arenas and no climb. Python's
own objects do not grow either way.

Two arenas are plenty for Python code, which holds the GIL while it
allocates: ``limit_malloc_arenas`` sets glibc's M_ARENA_MAX (mallopt(3)),
the same as the MALLOC_ARENA_MAX environment variable, which wins when set.
Other C libraries (musl, macOS) are left alone.
"""

import ctypes
import os
import re
from typing import Optional

__all__ = ["ARENA_LIMIT", "limit_malloc_arenas", "malloc_arenas"]

# Arenas a monitor process may use: the main thread's and one shared by all
# others. Python allocates under the GIL, so more buy little concurrency.
ARENA_LIMIT = 2
# glibc's malloc.h: mallopt parameter number of M_ARENA_MAX.
_M_ARENA_MAX = -8
_ENVIRONMENT = "MALLOC_ARENA_MAX"
# One <heap> element per arena in malloc_info's XML, with its mapped size.
_HEAP = re.compile(
    rb'<heap nr="\d+">.*?<system type="current" size="(\d+)"/>', re.DOTALL)


def _glibc() -> Optional[ctypes.CDLL]:
  """The process's C library if it is glibc, else None."""
  try:
    libc = ctypes.CDLL(None)
  except OSError:
    return None
  # gnu_get_libc_version exists only in glibc; musl has a mallopt stub.
  if not hasattr(libc, "gnu_get_libc_version"):
    return None
  return libc


def limit_malloc_arenas(limit: int = ARENA_LIMIT) -> bool:
  """Caps glibc's malloc arenas at ``limit`` for threads started from now
  on; True if set. Arenas made before stay, so call it early. A
  MALLOC_ARENA_MAX in the environment is the operator's choice: kept."""
  if limit < 1:
    raise ValueError(f"limit must be >= 1, got {limit}")
  if os.environ.get(_ENVIRONMENT):
    return False
  libc = _glibc()
  if libc is None:
    return False
  libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
  return libc.mallopt(_M_ARENA_MAX, limit) == 1


def malloc_arenas() -> Optional[tuple]:
  """(arenas, bytes they have mapped) from glibc's malloc_info(3), or None
  when the C library is not glibc."""
  libc = _glibc()
  if libc is None:
    return None
  libc.open_memstream.restype = ctypes.c_void_p
  libc.open_memstream.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
  libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
  libc.fclose.argtypes = [ctypes.c_void_p]
  libc.free.argtypes = [ctypes.c_void_p]
  buffer, size = ctypes.c_void_p(), ctypes.c_size_t()
  stream = libc.open_memstream(ctypes.byref(buffer), ctypes.byref(size))
  if not stream:
    return None
  try:
    libc.malloc_info(0, stream)
  finally:
    libc.fclose(stream)  # Flushes: buffer and size are final only now.
  try:
    text = ctypes.string_at(buffer.value, size.value)
  finally:
    libc.free(buffer.value)
  heaps = [int(mapped) for mapped in _HEAP.findall(text)]
  return len(heaps), sum(heaps)
