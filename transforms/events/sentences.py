"""Sentences with their character offsets, for tagging one at a time.

Paragraphs (blank-line or line breaks) never share a sentence; inside a
paragraph, Bling Fire's sentence breaker (Microsoft, a compiled finite-state
model shipped in the wheel: about 1 ms per 1,000 words here, where pysbd
took 40 ms, over the tagger's whole budget of 5) finds the boundaries. Its
one habit that hurts news text, breaking after a title such as "Gen." or
"Col." before a name, is undone by joining such a fragment to the next one.
"""

import ctypes
import functools
import re
import threading
from typing import List, Tuple

__all__ = ["split_sentences"]

_PARAGRAPH = re.compile(r"[^\n]+")
# Titles and abbreviations that end a fragment but not a sentence.
_TITLE_END = re.compile(
    r"(?:\b(?:Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Cmdr|Adm|Brig|Gov|Sen|Rep|Mr|Mrs|Ms|"
    r"Dr|Prof|St|Ste|No|Nos|Gral|Sr|Sra|Dña|Mme|Mgr|Me|M)\.)$")

# Longer than any title with its period, plus the character before: a
# match in the tail is a match in the whole fragment, and \b sees the same
# neighbour.
_TITLE_TAIL = 8


def _title_end(chunk: str, start: int, end: int) -> bool:
  """Whether chunk[start:end] ends with a title ("Gen."): searched in its
  tail only, since the pattern is anchored at the end; most fragments do
  not even end with a period."""
  if not chunk.endswith(".", start, end):
    return False
  tail = chunk[max(start, end - _TITLE_TAIL):end]
  return _TITLE_END.search(tail) is not None


_BUFFERS = threading.local()


@functools.lru_cache(maxsize=1)
def _break_sentences():
  """Bling Fire's TextToSentences with its argument types declared once:
  converting each argument by hand (c_char_p, c_int, byref) on every call
  cost a tenth of the breaking."""
  import blingfire  # Lazy: the CLI imports this module's parents.
  prototype = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_char_p, ctypes.c_int,
                               ctypes.c_void_p, ctypes.c_int)
  return prototype(("TextToSentences", blingfire.blingfire))


def _text_to_sentences(chunk: str) -> str:
  """``blingfire.text_to_sentences``, with its output buffer kept per
  thread: the wrapper makes a new ctypes array type and buffer for every
  call, which cost as much as the breaking itself."""
  encoded = chunk.encode("utf-8")
  # The size the wrapper declares: the library sees the same call.
  size = len(encoded) * 2
  buffer = getattr(_BUFFERS, "buffer", None)
  if buffer is None or len(buffer) < size:
    buffer = _BUFFERS.buffer = ctypes.create_string_buffer(max(size, 1 << 16))
  written = _break_sentences()(encoded, len(encoded), buffer, size)
  if written == -1 or written > size:
    return ""
  # The wrapper reads its zeroed buffer up to the first NUL; this one holds
  # older output after ``written`` bytes.
  return buffer[:written].split(b"\0", 1)[0].decode("utf-8")


def _sentences_with_offsets(chunk: str):
  """Bling Fire's sentences of ``chunk`` with character offsets.

  ``text_to_sentences`` runs entirely in C; its offsets twin maps UTF-8
  byte offsets back in a Python loop, six times slower here, so it is only
  the fallback for a sentence whose spacing the breaker changed.
  """
  import blingfire  # Lazy: the CLI imports this module's parents.
  offsets, position = [], 0
  for sentence in _text_to_sentences(chunk).split("\n"):
    start = chunk.find(sentence, position)
    if start < 0 or not sentence:
      return blingfire.text_to_sentences_and_offsets(chunk)[1]
    position = start + len(sentence)
    offsets.append((start, position))
  return offsets


# Bling Fire does not break before an accented capital ("à Niamey. À la
# une", "¡Nadie sabe! Él dijo"), nor after "ans." and "km." in French and
# Spanish, which it takes for abbreviations ("une infirmière de 36 ans.
# Al-Qaïda a démenti"): these ends are found here.
_MISSED_END = re.compile(r"[.!?](?:\s?[\"»”’)])?\s+(?=[À-ÖØ-Þ])")
_ACCENTED_CAPITAL = re.compile(r"[À-ÖØ-Þ]")
_UNIT_END = re.compile(r"\b(?:ans|km)\.\s+(?=[A-ZÀ-ÖØ-Þ])")


def _missed_breaks(chunk: str, start: int, end: int):
  """(start, end) pieces of one sentence, split where Bling Fire missed an
  end (not after a title: "Gen. Éric")."""
  ends = []
  if not chunk.isascii() and _ACCENTED_CAPITAL.search(chunk, start, end):
    # Most non-ASCII sentences hold curly quotes only: no accented capital
    # for _MISSED_END to look ahead for.
    ends = [match.end() for match in _MISSED_END.finditer(chunk, start, end)
            if not _title_end(chunk, start, match.start() + 1)]
  if chunk.find("ans.", start, end) >= 0 or chunk.find("km.", start, end) >= 0:
    ends = sorted(set(ends).union(
        match.end() for match in _UNIT_END.finditer(chunk, start, end)))
  for piece_end in ends:
    yield start, len(chunk[:piece_end].rstrip())
    start = piece_end
  yield start, end


def split_sentences(text: str) -> List[Tuple[int, int]]:
  """[(start, end)] of each sentence of ``text``, in order, stripped."""
  spans = []
  for paragraph in _PARAGRAPH.finditer(text):
    chunk = paragraph.group()
    if not chunk.strip():
      continue
    offsets = _sentences_with_offsets(chunk)
    base = paragraph.start()
    pending = None
    for start, end in offsets:
      if pending is not None:
        start = pending
        pending = None
      if _title_end(chunk, start, end):
        pending = start
        continue
      spans.extend((base + piece_start, base + piece_end)
                   for piece_start, piece_end in _missed_breaks(chunk, start,
                                                                end))
    if pending is not None:
      spans.append((base + pending, base + len(chunk.rstrip())))
  return spans
