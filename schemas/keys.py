"""Stable identifiers.

Keys come from blake2b, never from ``hash()``: Python salts ``hash()`` per
process, so two workers would disagree on the same record's key.
"""

import hashlib

__all__ = ["stable_id"]

# 16 bytes: collisions stay negligible far beyond a billion documents.
_DIGEST_BYTES = 16


def stable_id(*parts: str) -> str:
  """Hex digest of ``parts``, joined unambiguously (a NUL cannot occur in URLs)."""
  digest = hashlib.blake2b(digest_size=_DIGEST_BYTES)
  digest.update("\x00".join(parts).encode("utf-8"))
  return digest.hexdigest()
