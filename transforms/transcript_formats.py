"""Transcript files to timed cues: one reader per format, without Beam.

The bytes decide the format; the Content-Type and the file name only break
ties, because feeds mislabel a transcript's ``type`` (an SRT file served as
text/vtt, a VTT as text/plain). Formats and what gives each away:

  vtt        WebVTT: the first line starts with ``WEBVTT`` (read by webvtt-py)
  srt        SubRip: a cue number, then ``00:00:01,000 --> ...`` (webvtt-py)
  json       Podcasting 2.0 JSON: ``{"version", "segments": [{"startTime",
             "endTime", "speaker", "body"}]}``
  json3      YouTube timed text JSON: ``{"events": [{"tStartMs",
             "dDurationMs", "segs": [{"utf8"}]}]}``
  timedtext  YouTube XML: srv3 ``<timedtext><body><p t= d=>`` (milliseconds)
             and srv1 ``<transcript><text start= dur=>`` (seconds)
  ttml       W3C TTML: ``<tt>`` with ``<p begin= end=|dur=>``
  html       Podcasting 2.0 HTML: ``<cite>Speaker:</cite> <time>00:00:05
             </time> <p>text</p>``
  text       Timestamped text as copied from a video page: ``01:02 text``,
             ``1:02:03 text``, or a timestamp alone on a line with its text
             on the next lines

A reader returns cues plus problems: a malformed cue or cues out of order
cost that cue or that order, not the file, and each becomes an errors row.
A file that yields no cue at all, is not text, or is an HTML error page
where a transcript was promised raises TranscriptError.
"""

import dataclasses
import io
import json
import re
from typing import List, Optional

from transforms.content import media_type

__all__ = ["Cue", "ParsedTranscript", "TranscriptError", "TranscriptProblem",
           "parse_transcript", "sniff_format", "decode_transcript",
           "format_of_type", "FORMATS"]

FORMATS = ("vtt", "srt", "json", "json3", "timedtext", "ttml", "html", "text")

# How much of a body the format sniff looks at.
_SNIFF_CHARS = 64 * 1024

_SRT_START = re.compile(
    r"\A\s*\d+\s*\r?\n\s*\d{1,2}:\d{1,2}:\d{1,2}[,.]\d{1,3}\s*-->")
_VTT_TIMING = re.compile(
    r"^\s*(?:\d+:)?\d{1,2}:\d{1,2}\.\d{1,3}\s+-->\s+(?:\d+:)?\d{1,2}:\d{1,2}\.\d{1,3}"
    r"(?:\s|$)")
_SRT_TIMING = re.compile(
    r"^\s*\d+:\d{1,2}:\d{1,2}[,.]\d+\s*-->\s*\d+:\d{1,2}:\d{1,2}[,.]\d+\s*")
_JSON_SEGMENTS = re.compile(r'"segments"\s*:\s*\[')
_JSON3_EVENTS = re.compile(r'"events"\s*:\s*\[')
# The root element, past an XML declaration, comments and a doctype.
_XML_ROOT = re.compile(
    r"\A(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*<([\w:.-]+)", re.DOTALL)
# The podcast HTML format times paragraphs with bare <time>00:01:02</time>;
# a live blog's <time datetime=...>10:32</time> has attributes.
_HTML_TIME_CUE = re.compile(r"<time>\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*</time>",
                            re.IGNORECASE)
# '01:02 text', '[1:02:03] text', '0:05 - text', or the timestamp alone.
_TEXT_LINE = re.compile(
    r"^\s*\[?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]?\s*(?:[-–—|]\s*)?(.*)$")
_VTT_LANGUAGE = re.compile(r"^Language:\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\s*$",
                           re.MULTILINE)

# Declared types that settle a tie when the body alone does not.
_TYPE_FORMATS = {
    "text/vtt": "vtt", "application/x-subrip": "srt", "application/srt": "srt",
    "text/srt": "srt", "text/x-srt": "srt",
    "application/json": "json", "application/ttml+xml": "ttml",
    "text/html": "html", "text/plain": "text",
}
_SUFFIX_FORMATS = {".vtt": "vtt", ".srt": "srt", ".ttml": "ttml",
                   ".dfxp": "ttml", ".json": "json", ".json3": "json3",
                   ".srv3": "timedtext", ".txt": "text"}


class TranscriptError(ValueError):
  """A body that yields no transcript, with an ``error_type`` for the row."""

  def __init__(self, error_type: str, message: str):
    super().__init__(message)
    self.error_type = error_type


class TranscriptProblem(str):
  """A partial problem's message, carrying its ``error_type``."""

  def __new__(cls, error_type: str, message: str):
    problem = super().__new__(cls, message)
    problem.error_type = error_type
    return problem


@dataclasses.dataclass(frozen=True)
class Cue:
  """One timed piece of a transcript, its text still as the file has it."""
  start_s: float
  # None where the format gives no end (plain text, HTML): the next cue's
  # start is used later.
  end_s: Optional[float]
  text: str
  speaker: Optional[str] = None


@dataclasses.dataclass
class ParsedTranscript:
  format: str
  cues: List[Cue]
  problems: list
  # A language the file declares itself (VTT 'Language:', TTML xml:lang).
  language: Optional[str] = None


def decode_transcript(body: bytes, header_charset: Optional[str] = None) -> str:
  """The body as text: UTF-8 (the formats' own rule), or the declared charset.

  Subtitle files in a legacy charset are common, but guessing one turns
  accents into mojibake without a trace, so an undeclared non-UTF-8 file is
  refused with a reason instead.
  """
  if not body.strip():
    raise TranscriptError("empty_transcript", "the transcript file is empty")
  try:
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
      return body.decode("utf-16")
    return body.decode("utf-8-sig")
  except UnicodeDecodeError as exc:
    if header_charset:
      try:
        return body.decode(header_charset)
      except (LookupError, UnicodeDecodeError):
        pass
    raise TranscriptError(
        "not_utf8", f"transcript is not valid UTF-8 (byte {exc.start}) and "
                    "declares no charset that decodes it") from exc



def _looks_like_timestamped_text(text: str) -> bool:
  lines = [line for line in text.splitlines()[:400] if line.strip()]
  stamped = sum(1 for line in lines if _TEXT_LINE.match(line))
  return stamped >= 2 and stamped * 10 >= len(lines) * 3


def sniff_format(text: str, content_type: str = "", url: str = ""
                 ) -> Optional[str]:
  """The format of a transcript's text, or None if it is not one we read.

  HTML counts only when it has timestamped ``<time>`` elements, so a news
  page or an error page is never taken for a transcript.
  """
  head = text[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n")
  if head.startswith("WEBVTT"):
    return "vtt"
  if _SRT_START.match(head):
    return "srt"
  if head.startswith("{"):
    if _JSON_SEGMENTS.search(head) and '"startTime"' in head:
      return "json"
    if _JSON3_EVENTS.search(head) and '"tStartMs"' in head:
      return "json3"
    return None
  if head.startswith("<"):
    root = _XML_ROOT.match(head)
    local = root.group(1).rsplit(":", 1)[-1] if root else ""
    if local in ("timedtext", "transcript"):
      return "timedtext"
    if local == "tt":
      return "ttml"
    if len(_HTML_TIME_CUE.findall(head)) >= 2:
      return "html"
    return None
  if _looks_like_timestamped_text(head):
    return "text"
  return None


def format_of_type(content_type: Optional[str]) -> Optional[str]:
  """The format a Content-Type (or a feed tag's ``type``) announces."""
  return _TYPE_FORMATS.get(media_type(content_type or ""))


def _declared_format(content_type: str, url: str) -> Optional[str]:
  by_type = format_of_type(content_type)
  if by_type:
    return by_type
  path = url.split("?", 1)[0].split("#", 1)[0].lower()
  for suffix, fmt in _SUFFIX_FORMATS.items():
    if path.endswith(suffix):
      return fmt
  return None


def parse_transcript(body: bytes, content_type: str = "", url: str = "",
                     header_charset: Optional[str] = None) -> ParsedTranscript:
  """Cues of a transcript in any supported format; raises TranscriptError."""
  text = decode_transcript(body, header_charset)
  fmt = sniff_format(text, content_type, url)
  if fmt is None:
    declared = _declared_format(content_type, url)
    head = text[:_SNIFF_CHARS].lstrip("\ufeff \t\r\n")[:1024].lower()
    if "<html" in head or "<!doctype html" in head or "<body" in head:
      raise TranscriptError(
          "not_a_transcript",
          f"an HTML page without timestamped cues where a transcript"
          f"{' (' + declared + ')' if declared else ''} was expected: an "
          "error or login page?")
    raise TranscriptError(
        "unknown_format",
        f"not a transcript format we read (declared {content_type or 'no type'}"
        f"; expected one of {', '.join(FORMATS)})")
  parsed = _READERS[fmt](text)
  if not parsed.cues:
    raise TranscriptError("empty_transcript", f"{fmt} transcript has no cues"
                          + (f" ({parsed.problems[0]})" if parsed.problems else ""))
  return parsed


# --- WebVTT and SubRip: webvtt-py --------------------------------------------

def _seconds(timestamp) -> float:
  hours, minutes, seconds, milliseconds = timestamp.to_tuple()
  return hours * 3600 + minutes * 60 + seconds + milliseconds / 1000


# Anything that tries to be a timing line: '00:03 -> 00:05', '3,000 --> '.
_TIMING_LIKE = re.compile(r"^\s*[\d:.,]+\s*-+>")
_VOICE = re.compile(r"<v(?:\.[\w-]+)*\s+([^>]+)>")


def _malformed(text: str, valid: re.Pattern, parsed: int) -> list:
  """One problem if webvtt-py skipped cues: it drops malformed ones silently."""
  arrows = [(number, line) for number, line in
            enumerate(text.splitlines(), start=1)
            if "-->" in line or _TIMING_LIKE.match(line)]
  if len(arrows) <= parsed:
    return []
  bad = [(number, line) for number, line in arrows if not valid.match(line)]
  example = (f"; first at line {bad[0][0]}: {bad[0][1].strip()[:80]!r}"
             if bad else "")
  return [TranscriptProblem(
      "malformed_timing",
      f"{len(arrows) - parsed} cue(s) with malformed timings skipped{example}")]


_CLOCK_PAIR = re.compile(
    r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})\s*-->\s*"
    r"(?:(\d+):)?(\d{1,2}):(\d{1,2})[,.](\d{1,3})")


def _out_of_range_timings(text: str) -> set:
  """(start, end) in seconds of timing lines with 60+ minutes or seconds.

  webvtt-py's SRT reader turns 00:00:61,000 into 61 s instead of refusing it.
  """
  found = set()
  for line in text.splitlines():
    match = _CLOCK_PAIR.match(line)
    if not match:
      continue
    fields = [int(value or 0) for value in match.groups()]
    if any(value >= 60 for value in (fields[1], fields[2], fields[5], fields[6])):
      found.add(tuple(
          round(h * 3600 + m * 60 + sec + ms / 10 ** len(raw), 3)
          for h, m, sec, ms, raw in ((*fields[0:4], match.group(4)),
                                     (*fields[4:8], match.group(8)))))
  return found


def _cut_glued_block(lines: List[str]) -> List[str]:
  """A cue's lines up to a timing-like line webvtt-py took for text.

  Its SRT reader appends a block with a bad timing line (and its cue number)
  to the previous cue; that block is malformed, not speech.
  """
  for index, line in enumerate(lines):
    if _TIMING_LIKE.match(line):
      kept = lines[:index]
      if kept and kept[-1].strip().isdigit():
        kept = kept[:-1]
      return kept
  return lines


def _caption_cues(caption) -> List[Cue]:
  """One cue per voice: a cue may hold two speakers' lines."""
  start, end = _seconds(caption.start_time), _seconds(caption.end_time)
  raw_lines = caption.raw_text.split("\n")
  lines = _cut_glued_block(caption.text.split("\n"))
  cues: List[Cue] = []
  voice = caption.voice.strip() if caption.voice else None
  for raw, line in zip(raw_lines, lines):
    found = _VOICE.search(raw)
    if found and found.group(1).strip() != voice or not cues:
      voice = found.group(1).strip() if found else voice
      cues.append(Cue(start, end, line, voice))
    else:
      last = cues[-1]
      cues[-1] = Cue(start, end, last.text + "\n" + line, last.speaker)
  return cues


def _read_webvtt(text: str, fmt: str) -> ParsedTranscript:
  import webvtt
  from webvtt.errors import MalformedCaptionError, MalformedFileError
  try:
    captions = webvtt.from_buffer(io.StringIO(text), format=fmt).captions
  except (MalformedFileError, MalformedCaptionError) as exc:
    raise TranscriptError("malformed_transcript",
                          f"malformed {fmt.upper()} file: {exc}") from exc
  out_of_range = _out_of_range_timings(text)
  captions = [c for c in captions if (
      round(_seconds(c.start_time), 3), round(_seconds(c.end_time), 3))
              not in out_of_range]
  cues = [cue for caption in captions for cue in _caption_cues(caption)]
  problems = _malformed(text, _VTT_TIMING if fmt == "vtt" else _SRT_TIMING,
                        len(captions))
  language = None
  if fmt == "vtt":
    header = text.lstrip("\ufeff").split("\n\n", 1)[0]
    found = _VTT_LANGUAGE.search(header)
    language = found.group(1) if found else None
  return ParsedTranscript(fmt, cues, problems, language)


# --- JSON formats --------------------------------------------------------------

def _number(value) -> Optional[float]:
  if isinstance(value, bool):
    return None
  if isinstance(value, (int, float)):
    return float(value) if value >= 0 else None
  if isinstance(value, str):
    try:
      number = float(value)
    except ValueError:
      return None
    return number if number >= 0 else None
  return None


def _load_json(text: str, fmt: str) -> dict:
  try:
    document = json.loads(text)
  except ValueError as exc:
    raise TranscriptError("malformed_transcript",
                          f"malformed {fmt} transcript: {exc}") from exc
  if not isinstance(document, dict):
    raise TranscriptError("malformed_transcript",
                          f"malformed {fmt} transcript: not a JSON object")
  return document


def _read_podcast_json(text: str) -> ParsedTranscript:
  document = _load_json(text, "JSON")
  segments = document.get("segments")
  if not isinstance(segments, list):
    raise TranscriptError("malformed_transcript",
                          "JSON transcript without a 'segments' list")
  cues, bad = [], []
  for index, segment in enumerate(segments):
    if not isinstance(segment, dict):
      bad.append(index)
      continue
    start, end = _number(segment.get("startTime")), _number(segment.get("endTime"))
    body = segment.get("body")
    if start is None or not isinstance(body, str):
      bad.append(index)
      continue
    speaker = segment.get("speaker")
    cues.append(Cue(start, end, body,
                    speaker.strip() if isinstance(speaker, str) and speaker.strip()
                    else None))
  problems = [TranscriptProblem(
      "malformed_timing", f"{len(bad)} segment(s) without a valid startTime or "
                          f"body skipped; first: segment {bad[0]}")] if bad else []
  return ParsedTranscript("json", cues, problems)


def _read_json3(text: str) -> ParsedTranscript:
  document = _load_json(text, "json3")
  events = document.get("events")
  if not isinstance(events, list):
    raise TranscriptError("malformed_transcript",
                          "json3 transcript without an 'events' list")
  cues, bad = [], 0
  for event in events:
    if not isinstance(event, dict) or not isinstance(event.get("segs"), list):
      continue  # Window and style events carry no text.
    words = "".join(seg.get("utf8", "") for seg in event["segs"]
                    if isinstance(seg, dict) and isinstance(seg.get("utf8"), str))
    if not words.strip():
      continue  # Line-break events of auto-captions.
    start = _number(event.get("tStartMs"))
    if start is None:
      bad += 1
      continue
    duration = _number(event.get("dDurationMs"))
    cues.append(Cue(start / 1000, (start + duration) / 1000
                    if duration is not None else None, words))
  problems = [TranscriptProblem(
      "malformed_timing", f"{bad} event(s) without a valid tStartMs skipped")
  ] if bad else []
  return ParsedTranscript("json3", cues, problems)


# --- XML formats -------------------------------------------------------------

def _parse_xml(text: str, fmt: str):
  import defusedxml.ElementTree
  from xml.etree.ElementTree import ParseError
  try:
    # defusedxml: a transcript is as untrusted as a feed (billion laughs,
    # external entities).
    return defusedxml.ElementTree.fromstring(text.encode("utf-8"))
  except (ParseError, defusedxml.DefusedXmlException) as exc:
    raise TranscriptError("malformed_transcript",
                          f"malformed {fmt} XML: {exc}") from exc


def _local(tag) -> str:
  return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _element_text(element) -> str:
  """Text of an element, ``<br/>`` as a line break."""
  parts = [element.text or ""]
  for child in element:
    parts.append("\n" if _local(child.tag) == "br" else _element_text(child))
    parts.append(child.tail or "")
  return "".join(parts)


def _read_timedtext(text: str) -> ParsedTranscript:
  root = _parse_xml(text, "timedtext")
  cues, bad = [], 0
  if _local(root.tag) == "transcript":  # srv1: seconds
    elements, start_key, length_key, scale = root.iter("text"), "start", "dur", 1.0
  else:  # srv3: milliseconds
    elements, start_key, length_key, scale = root.iter("p"), "t", "d", 1000.0
  for element in elements:
    words = _element_text(element)
    if not words.strip():
      continue
    start = _number(element.get(start_key))
    if start is None:
      bad += 1
      continue
    length = _number(element.get(length_key))
    cues.append(Cue(start / scale, (start + length) / scale
                    if length is not None else None, words))
  problems = [TranscriptProblem(
      "malformed_timing", f"{bad} cue(s) without a valid start skipped")
  ] if bad else []
  return ParsedTranscript("timedtext", cues, problems)


_TTML_CLOCK = re.compile(r"^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)(?::(\d+(?:\.\d+)?))?$")
_TTML_OFFSET = re.compile(r"^(\d+(?:\.\d+)?)(h|m|s|ms|f|t)$")
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TTP = "{http://www.w3.org/ns/ttml#parameter}"
_TTM = "{http://www.w3.org/ns/ttml#metadata}"
_TTM_AGENT = _TTM + "agent"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _ttml_seconds(value: Optional[str], frame_rate: float, tick_rate: float
                  ) -> Optional[float]:
  """A TTML time expression (clock time or offset time) in seconds."""
  if not value:
    return None
  value = value.strip()
  clock = _TTML_CLOCK.match(value)
  if clock:
    hours, minutes, seconds, frames = clock.groups()
    return (int(hours) * 3600 + int(minutes) * 60 + float(seconds)
            + (float(frames) / frame_rate if frames else 0.0))
  offset = _TTML_OFFSET.match(value)
  if not offset:
    return None
  number, unit = float(offset.group(1)), offset.group(2)
  return number * {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001,
                   "f": 1 / frame_rate, "t": 1 / tick_rate}[unit]


def _ttml_agents(root) -> dict:
  """{xml:id: name} of the <ttm:agent> elements."""
  names = {}
  for element in root.iter(_TTM + "agent"):
    name = element.find(_TTM + "name")
    label = (name.text if name is not None else None) or ""
    if element.get(_XML_ID) and label.strip():
      names[element.get(_XML_ID)] = " ".join(label.split())
  return names


def _read_ttml(text: str) -> ParsedTranscript:
  root = _parse_xml(text, "TTML")
  declared_frames = _number(root.get(_TTP + "frameRate"))
  frame_rate = declared_frames or 30.0
  # TTML's defaults: ticks count frames when a frame rate is given, else 1/s.
  tick_rate = _number(root.get(_TTP + "tickRate")) or declared_frames or 1.0
  agents = _ttml_agents(root)
  cues, bad = [], 0

  def seconds(element, name):
    return _ttml_seconds(element.get(name), frame_rate, tick_rate)

  def visit(element, offset):
    nonlocal bad
    # Times are relative to the parent's begin (the default par container).
    begin = seconds(element, "begin")
    if _local(element.tag) != "p":
      for child in element:
        visit(child, offset + (begin or 0.0))
      return
    words = _element_text(element)
    if not words.strip():
      return
    if begin is None:
      bad += 1
      return
    end, duration = seconds(element, "end"), seconds(element, "dur")
    if end is None and duration is not None:
      end = begin + duration
    agent = (element.get(_TTM_AGENT) or "").strip()
    cues.append(Cue(offset + begin, offset + end if end is not None else None,
                    words, agents.get(agent, agent) or None))

  visit(root, 0.0)
  problems = [TranscriptProblem(
      "malformed_timing", f"{bad} <p> cue(s) without a valid begin skipped")
  ] if bad else []
  return ParsedTranscript("ttml", cues, problems, root.get(_XML_LANG))


# --- Timestamps on a page: podcast HTML and copied text ------------------------

def _clock_seconds(value: str) -> Optional[float]:
  """'01:02', '1:02:03', '00:01:02.500' or '00:01:02,500' in seconds."""
  parts = value.strip().replace(",", ".").split(":")
  if not 2 <= len(parts) <= 3:
    return None
  try:
    numbers = [float(part) for part in parts]
  except ValueError:
    return None
  if any(n < 0 for n in numbers) or any(n >= 60 for n in numbers[1:]):
    return None
  seconds = 0.0
  for number in numbers:
    seconds = seconds * 60 + number
  return seconds


def _read_podcast_html(text: str) -> ParsedTranscript:
  from lxml import html as lxml_html
  try:
    tree = lxml_html.document_fromstring(text)
  except (ValueError, TypeError) as exc:  # lxml's ParserError is a ValueError
    raise TranscriptError("malformed_transcript",
                          f"unparseable HTML transcript: {exc}") from exc
  cues, bad = [], 0
  speaker, start = None, None
  for element in tree.iter("cite", "time", "p"):
    content = " ".join(element.text_content().split())
    if element.tag == "cite":
      speaker = content.rstrip(":").strip() or None
    elif element.tag == "time":
      start = _clock_seconds(content)
      if start is None:
        bad += 1
    elif content and start is not None:
      cues.append(Cue(start, None, content, speaker))
      start = None  # Each <time> times one paragraph.
  problems = [TranscriptProblem(
      "malformed_timing", f"{bad} <time> element(s) that are not a timestamp")
  ] if bad else []
  return ParsedTranscript("html", cues, problems)


def _read_timestamped_text(text: str) -> ParsedTranscript:
  cues: List[Cue] = []
  start, lines = None, []

  def close():
    if start is not None and lines:
      cues.append(Cue(start, None, "\n".join(lines)))

  for line in text.splitlines():
    stamped = _TEXT_LINE.match(line)
    seconds = _clock_seconds(stamped.group(1)) if stamped else None
    if seconds is not None:
      close()
      start, lines = seconds, [stamped.group(2)] if stamped.group(2).strip() else []
    elif line.strip() and start is not None:
      lines.append(line.strip())
  close()
  return ParsedTranscript("text", cues, [])


_READERS = {
    "vtt": lambda text: _read_webvtt(text, "vtt"),
    "srt": lambda text: _read_webvtt(text, "srt"),
    "json": _read_podcast_json,
    "json3": _read_json3,
    "timedtext": _read_timedtext,
    "ttml": _read_ttml,
    "html": _read_podcast_html,
    "text": _read_timestamped_text,
}

