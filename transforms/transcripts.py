"""ParseTranscripts: transcript files to documents with timed segments.

A transcript (a feed item's ``<podcast:transcript>``, or a caption file given
as a SOURCE) becomes one Document of kind 'transcript': ``segments`` keeps
every cue with its start and end in seconds and its speaker, ``text`` joins
them into paragraphs that read as prose. Cue text is cleaned on the way:

- styling tags, cue settings and inline timestamps are gone already
  (webvtt-py); HTML entities are decoded, SubRip's ``{\\an8}`` placement
  codes and sound labels (``[Music]``, ``(applause)``, ``♪``) removed;
- a speaker named at the start of a cue (``JANE DOE:``, ``>> Anchor:``, a
  ``<v>`` voice span, a podcast ``speaker``) goes to the ``speaker`` column;
  ``>>`` and a leading ``-`` mark a change of speaker even without a name;
- rolling auto-captions, where each cue repeats the line before it, are
  recognized by that repetition and merged so no word is doubled;
- a new paragraph starts on a change of speaker or a pause of at least
  ``PARAGRAPH_PAUSE_S`` seconds, and a long monologue is cut at a sentence
  end after ``PARAGRAPH_WORDS`` words.

Which transcript of an item is read: see ``choose_transcript``.
"""

import dataclasses
import html
import re
import urllib.parse
from typing import Iterable, List, Optional, Sequence, Tuple

import apache_beam as beam
from apache_beam import pvalue

from schemas.documents import Document, KIND_TRANSCRIPT, Segment
from schemas.errors import ErrorRecord
from schemas.records import FetchedPage, TranscriptRef
from transforms.transcript_formats import (Cue, TranscriptError,
                                           TranscriptProblem, format_of_type,
                                           parse_transcript)

__all__ = ["ParseTranscripts", "transcript_document", "build_segments",
           "join_paragraphs", "choose_transcript", "normalize_language",
           "PARAGRAPH_PAUSE_S", "PARAGRAPH_WORDS"]

_NAMESPACE = "transcript"
PARAGRAPH_PAUSE_S = 2.0
PARAGRAPH_WORDS = 120

# Preferred formats, best first (the order; YouTube's and TTML after
# the podcast ones since feeds rarely point to them).
_FORMAT_ORDER = ("vtt", "json", "srt", "html", "text")

_PLACEMENT = re.compile(r"\{\\[^}]*\}")
# Sound and editorial labels: short, bracketed, not speech.
_SOUND_LABEL = re.compile(
    r"\[[^\]\n]{1,40}\]|\((?:music|applause|laughter|laughs|inaudible|"
    r"crosstalk|silence|cheering|static|musique|rires|música|risas|"
    r"applaudissements|aplausos|beifall|lachen)\)|♪+[^♪\n]{0,200}♪+|♪",
    re.IGNORECASE)
_TURN_MARK = re.compile(r"^\s*(?:>>+|-(?=\s))\s*")
# 'JANE DOE:', 'Jane Doe:' or 'ÉLODIE MARCHAND :' at the start of a line:
# up to four words, each starting with a capital (checked in _speaker_label,
# as `re` has no class for capitals of every script), then a colon and text
# (a time like '10:30' is not a name).
_SPEAKER_LABEL = re.compile(
    r"^([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3})\s*:\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")
_WORD = re.compile(r"\w+", re.UNICODE)
_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


def normalize_language(tag: Optional[str]) -> Optional[str]:
  """'en-US' -> 'en'; None for anything that is not a language tag."""
  found = _LANGUAGE_TAG.match((tag or "").strip())
  return found.group(1).lower() if found else None


# --- Which transcript of a feed item --------------------------------------------

def transcript_format(ref: TranscriptRef) -> str:
  """The format a tag's ``type`` announces ('' if unknown)."""
  return format_of_type(ref.type) or ""


def choose_transcript(refs: Sequence[TranscriptRef],
                      language: Optional[str]) -> Optional[TranscriptRef]:
  """The transcript to read among an item's tags.

  First those in the item's (else the feed's) language, then those with no
  language, then the rest; within that, WebVTT, JSON, SRT, HTML, plain text,
  then unknown types (the body decides later); ties keep the feed's order.
  """
  if not refs:
    return None
  wanted = normalize_language(language)

  def rank(indexed):
    index, ref = indexed
    ref_language = normalize_language(ref.language)
    by_language = (0 if wanted and ref_language == wanted
                   else 1 if ref_language is None else 2)
    fmt = transcript_format(ref)
    by_format = (_FORMAT_ORDER.index(fmt) if fmt in _FORMAT_ORDER
                 else len(_FORMAT_ORDER))
    return by_language, by_format, index

  return min(enumerate(refs), key=rank)[1]


# --- Cues to segments -----------------------------------------------------------

@dataclasses.dataclass
class _Piece:
  """A cue's line after cleaning, before it becomes a Segment."""
  start_s: float
  end_s: Optional[float]
  text: str
  speaker: Optional[str]
  new_turn: bool


def _clean_line(line: str) -> str:
  line = html.unescape(_PLACEMENT.sub("", line))
  line = _SOUND_LABEL.sub(" ", line)
  return " ".join(line.split())


def _clean_cue(cue: Cue) -> Cue:
  """The cue with entities decoded and sound labels gone, lines kept."""
  lines = (_clean_line(line) for line in cue.text.split("\n"))
  return dataclasses.replace(cue, text="\n".join(line for line in lines if line))


def _speaker_label(line: str):
  found = _SPEAKER_LABEL.match(line)
  if found and all(word[0].isupper() for word in found.group(1).split()):
    return found
  return None


def _pieces(cue: Cue) -> List[_Piece]:
  """A cue's lines, split where a turn marker starts a new speaker."""
  pieces: List[_Piece] = []
  for line in cue.text.split("\n"):
    marked = _TURN_MARK.match(line)
    if marked:
      line = line[marked.end():]
    speaker = None
    named = _speaker_label(line)
    if named:
      speaker, line = " ".join(named.group(1).split()), line[named.end():]
    line = line.strip()
    if not line:
      continue
    if pieces and not (marked or named):
      pieces[-1].text += " " + line  # A cue wrapped over two lines.
      continue
    pieces.append(_Piece(cue.start_s, cue.end_s, line,
                         speaker or cue.speaker, bool(marked or named)))
  return pieces


def _words(text: str) -> List[str]:
  return [word.casefold() for word in _WORD.findall(text)]


def _is_rolling(cues: Sequence[Cue]) -> bool:
  """Auto-captions that repeat the previous cue's last line first.

  Seen in YouTube's and broadcasters' VTT: 'a b' / 'a b\\nc d' / 'c d\\ne f',
  often with 10 ms cues that only repeat a line. A third of consecutive
  pairs repeating a line is far above what real speech does.
  """
  if len(cues) < 3:
    return False
  repeats = 0
  for previous, cue in zip(cues, cues[1:]):
    last = _words(previous.text.strip().split("\n")[-1])
    first = _words(cue.text.strip().split("\n")[0])
    repeats += bool(last) and last == first
  return repeats * 3 >= len(cues) - 1


def _overlap(tail: List[str], words: List[str]) -> int:
  """Length of the longest end of ``tail`` that ``words`` starts with."""
  for size in range(min(len(tail), len(words)), 0, -1):
    if tail[-size:] == words[:size]:
      return size
  return 0


def _drop_leading_words(text: str, count: int) -> str:
  """``text`` without its first ``count`` words (as _WORD counts them).

  What follows the last dropped word is kept from the next line or word on,
  so a '>>' or '-' turn mark starting the new line survives.
  """
  if count <= 0:
    return text
  matches = list(_WORD.finditer(text))
  if count >= len(matches):
    return ""
  rest = text[matches[count - 1].end():matches[count].start()]
  if "\n" in rest:
    return text[matches[count - 1].end():].split("\n", 1)[1].strip()
  return text[matches[count].start():].strip()


def _merge_rolling(cues: Sequence[Cue]) -> List[Cue]:
  """Each cue keeps only the words the previous cues have not shown yet."""
  merged: List[Cue] = []
  tail: List[str] = []
  for cue in cues:
    shown = _overlap(tail[-60:], _words(cue.text))
    remainder = _drop_leading_words(cue.text, shown)
    if not remainder:
      if merged and cue.end_s is not None:
        last = merged[-1]
        merged[-1] = dataclasses.replace(
            last, end_s=max(last.end_s or cue.end_s, cue.end_s))
      continue
    merged.append(dataclasses.replace(cue, text=remainder))
    tail.extend(_words(remainder))
  return merged


def build_segments(cues: Sequence[Cue]) -> Tuple[List[Segment], list]:
  """(segments in time order, problems) from a reader's cues.

  Cues out of order are sorted by start time (stable) and reported; an end
  before its start is set to the start and reported; a missing end is the
  next cue's start (the last cue's: its own start). A cue left with no
  words (only a sound label) is dropped; a speaker carries over to the
  following cues until the next turn.
  """
  problems = []
  cues = list(cues)
  if any(b.start_s < a.start_s for a, b in zip(cues, cues[1:])):
    problems.append(TranscriptProblem(
        "cues_out_of_order",
        "cues are not in time order; they were sorted by start time"))
    cues.sort(key=lambda cue: cue.start_s)
  backwards = [cue for cue in cues if cue.end_s is not None
               and cue.end_s < cue.start_s]
  if backwards:
    problems.append(TranscriptProblem(
        "malformed_timing",
        f"{len(backwards)} cue(s) end before they start; first at "
        f"{backwards[0].start_s:.3f} s (end set to start)"))
  cues = [cue for cue in map(_clean_cue, cues) if cue.text]
  if _is_rolling(cues):
    cues = _merge_rolling(cues)
  pieces = [piece for cue in cues for piece in _pieces(cue)]
  segments = []
  speaker = None
  for index, piece in enumerate(pieces):
    # A named speaker goes on talking until the next turn.
    if piece.speaker:
      speaker = piece.speaker
    elif piece.new_turn:
      speaker = None
    end = piece.end_s
    if end is None:
      following = next((p.start_s for p in pieces[index + 1:]
                        if p.start_s > piece.start_s), piece.start_s)
      end = following
    segments.append(Segment(start_s=piece.start_s,
                            end_s=max(end, piece.start_s),
                            speaker=speaker, text=piece.text,
                            new_turn=piece.new_turn))
  return segments, problems


def join_paragraphs(segments: Sequence[Segment]) -> str:
  """The segments' text as paragraphs separated by blank lines."""
  paragraphs: List[List[str]] = []
  previous: Optional[Segment] = None
  words = 0
  for segment in segments:
    new_paragraph = (
        previous is None or segment.new_turn
        or (segment.speaker and segment.speaker != previous.speaker)
        or segment.start_s - previous.end_s >= PARAGRAPH_PAUSE_S
        or (words >= PARAGRAPH_WORDS
            and _SENTENCE_END.search(previous.text) is not None))
    if new_paragraph:
      paragraphs.append([])
      words = 0
    paragraphs[-1].append(segment.text)
    words += len(segment.text.split())
    previous = segment
  return "\n\n".join(" ".join(parts) for parts in paragraphs)


# --- Documents ------------------------------------------------------------------

def _chosen_ref(page: FetchedPage) -> Optional[TranscriptRef]:
  item = page.request.item
  if item is None:
    return None
  return next((ref for ref in item.transcripts
               if ref.url == page.request.url), None)


def transcript_document(page: FetchedPage) -> Tuple[Document, list]:
  """(Document, problems) for a transcript response; raises TranscriptError."""
  parsed = parse_transcript(page.body, page.content_type, page.final_url,
                            page.header_charset)
  segments, problems = build_segments(parsed.cues)
  if not segments:
    raise TranscriptError("empty_transcript",
                          f"{parsed.format} transcript has cues but no words "
                          "once sound labels and markup are removed")
  item = page.request.item
  ref = _chosen_ref(page)
  url = item.link if item is not None and item.link else page.final_url
  language = normalize_language(ref.language if ref else None) or (
      normalize_language(parsed.language))
  document = Document(
      url=url,
      source=page.request.source,
      kind=KIND_TRANSCRIPT,
      text=join_paragraphs(segments),
      fetched_at=page.fetched_at,
      title=item.title if item else None,
      authors=list(item.authors) if item else [],
      published_at=item.published_at if item else None,
      site=urllib.parse.urlsplit(url).hostname,
      feed_title=item.feed_title if item else None,
      http_status=page.status,
      transcript_url=page.final_url,
      segments=segments,
      declared_language=language,
  )
  return document, [*parsed.problems, *problems]


class _ParseTranscriptFn(beam.DoFn):
  ERRORS = "errors"

  def process(self, page: FetchedPage) -> Iterable:
    try:
      document, problems = transcript_document(page)
    except TranscriptError as exc:
      beam.metrics.Metrics.counter(_NAMESPACE, f"failed_{exc.error_type}").inc()
      yield pvalue.TaggedOutput(self.ERRORS, ErrorRecord.for_page(
          page, "transcript", exc.error_type, str(exc)))
      return
    for problem in problems:
      beam.metrics.Metrics.counter(_NAMESPACE, f"problem_{problem.error_type}").inc()
      yield pvalue.TaggedOutput(self.ERRORS, ErrorRecord.for_page(
          page, "transcript", problem.error_type, str(problem)))
    beam.metrics.Metrics.counter(_NAMESPACE, "parsed").inc()
    beam.metrics.Metrics.counter(_NAMESPACE, "segments").inc(
        len(document.segments))
    yield document


class ParseTranscripts(beam.PTransform):
  """PCollection[FetchedPage] (transcripts) -> Document (main), errors."""
  ERRORS = _ParseTranscriptFn.ERRORS

  def expand(self, pages):
    return pages | "Parse" >> beam.ParDo(_ParseTranscriptFn()).with_outputs(
        self.ERRORS, main="documents")
