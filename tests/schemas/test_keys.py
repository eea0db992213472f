"""stable_id: blake2b keys that agree across processes and never collide by joining."""

import hashlib
import subprocess
import sys

import pytest

from schemas.keys import stable_id


def test_stable_id_is_blake2b_of_nul_joined_parts():
  expected = hashlib.blake2b(b"https://a.example/x\x00feed",
                             digest_size=16).hexdigest()
  assert stable_id("https://a.example/x", "feed") == expected
  assert len(expected) == 32


@pytest.mark.parametrize("left, right", [
    (("ab", "c"), ("a", "bc")),
    (("a", ""), ("a",)),
    (("", "a"), ("a",)),
    (("x",), ("X",)),
], ids=["boundary_moves", "trailing_empty_part", "leading_empty_part",
        "case_sensitive"])
def test_stable_id_distinguishes_part_boundaries(left, right):
  assert stable_id(*left) != stable_id(*right)


def test_stable_id_same_in_another_process_with_another_hash_seed():
  code = ("from schemas.keys import stable_id;"
          "print(stable_id('https://a.example/story', 'src'))")
  out = subprocess.run(
      [sys.executable, "-c", code], check=True, capture_output=True,
      text=True, env={"PYTHONHASHSEED": "12345", "PYTHONPATH": "."},
      cwd=__file__.rsplit("/tests/", 1)[0]).stdout.strip()
  assert out == stable_id("https://a.example/story", "src")
