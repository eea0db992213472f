"""sniff_format and parse_transcript: one reader per transcript format (no Beam).

The fixtures in tests/fixtures/transcripts are invented bulletins about
invented places; each reader is checked against the exact cues it must give.
Cue text is "as the file has it" here: entities, ``{\\an8}`` and sound
labels are cleaned later by build_segments (tests/transforms/test_transcripts.py).
"""

import os

import pytest

from tests.conftest import FIXTURES
from transforms.transcript_formats import (Cue, TranscriptError,
                                           parse_transcript, sniff_format)

TRANSCRIPTS = os.path.join(FIXTURES, "transcripts")


def _fixture(name: str) -> bytes:
  with open(os.path.join(TRANSCRIPTS, name), "rb") as f:
    return f.read()


def _problem_types(parsed) -> list:
  return [problem.error_type for problem in parsed.problems]


# --- sniff_format -------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("news_segment.vtt", "vtt"),
    ("rolling_autocaptions.vtt", "vtt"),
    ("noticias_es.vtt", "vtt"),
    ("malformed_timing.vtt", "vtt"),
    ("lakeside_evening.srt", "srt"),
    ("journal_fr.srt", "srt"),
    ("out_of_order.srt", "srt"),
    ("harbour_notes.json", "json"),
    ("funkhaus_de.json", "json"),
    ("harbour_board.json3", "json3"),
    ("kelso_bridge.srv3", "timedtext"),
    ("brackenford_market.srv1", "timedtext"),
    ("weather_desk.ttml", "ttml"),
    ("harbour_notes.html", "html"),
    ("fenwick_update.txt", "text"),
    # Two <time datetime=...> elements: a page, not a podcast transcript.
    ("not_found.html", None),
], ids=lambda value: str(value))
def test_sniff_format_of_fixtures(name, expected):
  assert sniff_format(_fixture(name).decode("utf-8")) == expected


@pytest.mark.parametrize("text, expected", [
    ('{"hello": 1, "segments": []}', None),
    ('{"version": "1.0.0", "segments": [{"startTime": 0, "body": "a"}]}',
     "json"),
    ("The council met on Tuesday.\nIt agreed a budget.\n", None),
    ("[00:01] One thing.\n[00:05] Another thing.\n", "text"),
    ("\ufeffWEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n", "vtt"),
    ('<?xml version="1.0"?>\n<!-- captions -->\n<transcript>'
     '<text start="1" dur="1">Hi.</text></transcript>', "timedtext"),
    ('<tt:tt xmlns:tt="http://www.w3.org/ns/ttml"><tt:body/></tt:tt>', "ttml"),
    # Bare <time> cues count; a live blog's <time datetime=...> does not.
    ("<html><body><time>00:00:01</time><p>a</p><time>00:00:04</time><p>b</p>"
     "</body></html>", "html"),
    ('<html><body><time datetime="2024-05-02">10:32</time><p>a</p>'
     '<time datetime="2024-05-02">10:45</time><p>b</p></body></html>', None),
], ids=["json_without_startTime", "podcast_json", "prose", "bracketed_text",
        "vtt_after_bom", "srv1_after_declaration_and_comment",
        "prefixed_ttml", "bare_time_html", "datetime_time_html"])
def test_sniff_format_inline(text, expected):
  assert sniff_format(text) == expected


def test_sniff_format_body_wins_over_declared_type_and_name():
  # Feeds mislabel transcripts: an SRT served as text/vtt named .vtt is SRT.
  srt = _fixture("lakeside_evening.srt").decode("utf-8")
  assert sniff_format(srt, "text/vtt", "https://cdn.example.org/a.vtt") == "srt"
  vtt = _fixture("news_segment.vtt").decode("utf-8")
  assert sniff_format(vtt, "text/plain", "https://cdn.example.org/a.srt") == "vtt"


# --- One reader per format ----------------------------------------------------

def test_vtt_news_segment_cues_voices_and_language():
  parsed = parse_transcript(_fixture("news_segment.vtt"), "text/vtt")
  assert parsed.format == "vtt"
  assert parsed.language == "en"
  assert parsed.problems == []
  assert parsed.cues == [
      Cue(1.0, 4.5, "Good evening from the Port Albany newsroom.",
          "Dana Reyes"),
      # The entity is decoded later, by build_segments.
      Cue(4.5, 8.0, "Tonight the Millbrook river rose past its banks &amp; "
          "closed two bridges.", "Dana Reyes"),
      Cue(8.0, 11.25, "Crews worked through the night\n"
          "to clear the Elm Street crossing."),
      Cue(13.5, 17.0, ">> TOM OKAFOR: The water came up faster than anyone "
          "expected."),
      Cue(17.0, 20.0, "Shops on the quay stay closed until Friday."),
      Cue(325.0, 329.0, "That was Tom Okafor reporting from the quay.",
          "Dana Reyes"),
  ]


def test_srt_cues_tags_gone_placement_code_left_for_cleaning():
  parsed = parse_transcript(_fixture("lakeside_evening.srt"))
  assert parsed.format == "srt"
  assert parsed.problems == []
  assert [(cue.start_s, cue.end_s) for cue in parsed.cues] == [
      (0.5, 3.0), (3.2, 6.4), (6.4, 9.0), (62.25, 65.0), (65.0, 68.75)]
  assert parsed.cues[0].text == "{\\an8}Welcome back to Lakeside Evening."
  assert parsed.cues[1].text == ("The Orwell Valley dam reopened\n"
                                 "this morning after repairs.")


def test_podcast_json_cues_with_speakers():
  parsed = parse_transcript(_fixture("harbour_notes.json"), "application/json")
  assert parsed.format == "json"
  assert parsed.problems == []
  assert [(c.start_s, c.end_s, c.speaker) for c in parsed.cues] == [
      (0.5, 3.25, "Ines Calder"), (3.25, 5.0, "Ines Calder"),
      (5.4, 9.0, "Pavel Stroud"), (12.0, 15.5, "Pavel Stroud"),
      (325.0, 328.5, "Ines Calder")]
  assert parsed.cues[2].text == "Thanks for having me, Ines."


def test_podcast_html_cues_have_no_end_and_collapsed_whitespace():
  parsed = parse_transcript(_fixture("harbour_notes.html"), "text/html")
  assert parsed.format == "html"
  assert parsed.cues == [
      Cue(0.0, None, "Welcome back to Harbour Notes from Saltmere.",
          "Ines Calder"),
      Cue(7.0, None, "Glad to be here again, the tide gauge is finally "
          "working.", "Pavel Stroud"),
      Cue(325.0, None, "Let us talk about the ferry timetable.",
          "Ines Calder"),
  ]


def test_json3_skips_window_and_line_break_events():
  parsed = parse_transcript(_fixture("harbour_board.json3"))
  assert parsed.format == "json3"
  assert parsed.problems == []
  assert parsed.cues == [
      Cue(1.5, 4.0, "[Music]"),
      Cue(4.0, 7.2, "The harbour board in Tillbury met on Monday."),
      Cue(7.21, 10.0, "It agreed new mooring fees &amp; a dredging plan."),
      Cue(325.0, 329.5, "Fishermen say the fees are too high."),
  ]


def test_srv3_milliseconds_word_spans_and_line_breaks():
  parsed = parse_transcript(_fixture("kelso_bridge.srv3"))
  assert parsed.format == "timedtext"
  assert parsed.cues == [
      Cue(0.0, 2.8, "The Kelso bridge reopens on Monday"),
      Cue(2.8, 5.9, "after eight weeks of repairs."),
      Cue(325.0, 327.0, "Drivers should expect delays\nnear the east ramp."),
  ]


def test_srv1_seconds_and_double_escaped_entities_left_for_cleaning():
  parsed = parse_transcript(_fixture("brackenford_market.srv1"))
  assert parsed.format == "timedtext"
  assert parsed.cues == [
      Cue(0.5, 3.25, "Farmers in Brackenford brought"),
      # YouTube escapes twice: XML decodes one level, build_segments the other.
      Cue(3.25, 6.35, "their harvest to the town&#39;s square."),
      Cue(6.35, 8.75, "&gt;&gt; Apples sold out by noon."),
      Cue(325.0, 329.25, "The market returns next Saturday."),
  ]


def test_ttml_clock_offset_duration_and_frames():
  parsed = parse_transcript(_fixture("weather_desk.ttml"))
  assert parsed.format == "ttml"
  assert parsed.language == "en-GB"
  assert parsed.cues == [
      Cue(1.0, 4.5, "Fog lifts over the Carrow estuary by mid morning."),
      # begin="4.5s" dur="3s"
      Cue(4.5, 7.5, "Expect light rain in the hills\nafter lunch."),
      # dur="2500ms"
      Cue(325.0, 327.5, "Tomorrow stays dry and mild."),
      # 00:05:30:05 at ttp:frameRate="25" is 330 s and 5/25 s.
      Cue(pytest.approx(330.2), 333.0, "Highs of fourteen degrees."),
  ]


def test_timestamped_text_inline_and_alone_on_a_line():
  parsed = parse_transcript(_fixture("fenwick_update.txt"), "text/plain")
  assert parsed.format == "text"
  assert parsed.cues == [
      Cue(0.0, None, "Good morning, this is the Fenwick Valley update."),
      Cue(4.0, None, "The orchard road is closed after a rockfall near "
          "Hollins Gap."),
      Cue(9.0, None, "Council engineers will inspect the slope on Thursday\n"
          "and expect to reopen one lane by the weekend."),
      Cue(325.0, None, "In sport, the Fenwick rowing club won the regional "
          "final."),
      Cue(3723.0, None, "That is all from the valley desk tonight."),
  ]


# --- Other languages and encodings --------------------------------------------

def test_spanish_vtt_keeps_accents_and_declares_language():
  parsed = parse_transcript(_fixture("noticias_es.vtt"))
  assert parsed.language == "es"
  assert parsed.cues[0] == Cue(
      0.8, 4.0, "Buenas noches desde la redacción de Villaverde del Río.",
      "Lucía Ferrán")
  assert parsed.cues[-1].start_s == 325.0


def test_french_srt_keeps_accents():
  parsed = parse_transcript(_fixture("journal_fr.srt"))
  assert parsed.cues[1] == Cue(4.2, 8.0, "La digue du vieux port a cédé\n"
                               "cette nuit après la tempête.")


def test_german_json_speakers_with_umlauts():
  parsed = parse_transcript(_fixture("funkhaus_de.json"))
  assert [(c.start_s, c.speaker) for c in parsed.cues] == [
      (0.0, "Katrin Vogler"), (3.5, "Katrin Vogler"),
      (7.25, "Jörg Weißmüller")]
  assert parsed.cues[2].text == "Die Fähre fährt ab Mai jede halbe Stunde."


def test_utf16_with_bom_is_decoded():
  body = _fixture("noticias_es.vtt").decode("utf-8").encode("utf-16")
  parsed = parse_transcript(body)
  assert parsed.format == "vtt"
  assert parsed.cues[1].text == (
      "El ayuntamiento aprobó ayer la reforma del puente viejo.")


def test_cp1252_is_refused_without_a_declared_charset():
  with pytest.raises(TranscriptError) as raised:
    parse_transcript(_fixture("cp1252.srt"), "application/x-subrip")
  assert raised.value.error_type == "not_utf8"


def test_cp1252_is_read_with_the_declared_charset():
  parsed = parse_transcript(_fixture("cp1252.srt"), header_charset="windows-1252")
  assert parsed.cues == [
      Cue(1.0, 3.5, "Le café de la place rouvre à Montvallon."),
      Cue(3.5, 6.0, "Les habitués sont revenus dès sept heures."),
  ]


# --- Bodies that yield no transcript --------------------------------------------

@pytest.mark.parametrize("body, content_type, error_type", [
    (_fixture("empty.vtt"), "text/vtt", "empty_transcript"),
    (b" \r\n\t\n", "text/vtt", "empty_transcript"),
    (b"WEBVTT\nLanguage: en\n\n", "text/vtt", "empty_transcript"),
    (_fixture("cp1252.srt"), "", "not_utf8"),
    (_fixture("cp1252.srt"), "text/srt; charset=no-such-charset", "not_utf8"),
    (_fixture("not_found.html"), "text/vtt", "not_a_transcript"),
    (b'{"hello": 1}', "application/json", "unknown_format"),
    (b"The council met on Tuesday.\nIt agreed a budget.\n", "text/plain",
     "unknown_format"),
    (b'{"version": "1.0.0", "segments": [{"startTime": 0, "body": "a"},',
     "application/json", "malformed_transcript"),
    (b'<tt xmlns="http://www.w3.org/ns/ttml"><body><p begin="1s">a</p>',
     "application/ttml+xml", "malformed_transcript"),
], ids=["empty_file", "whitespace_only", "vtt_header_only", "cp1252",
        "cp1252_unknown_charset", "html_404_page", "other_json", "prose",
        "truncated_json", "unclosed_ttml"])
def test_bad_bodies_raise_with_error_type(body, content_type, error_type):
  header_charset = ("no-such-charset" if "no-such-charset" in content_type
                    else None)
  with pytest.raises(TranscriptError) as raised:
    parse_transcript(body, content_type, "https://cdn.example.org/t",
                     header_charset)
  assert raised.value.error_type == error_type
  assert str(raised.value)


# --- A bad cue costs that cue, not the file -------------------------------------

def test_malformed_timing_fixture_keeps_the_good_cues():
  parsed = parse_transcript(_fixture("malformed_timing.vtt"))
  assert parsed.cues == [Cue(1.0, 3.0, "The Ashby tram line runs again."),
                         Cue(5.0, 8.0, "Trams leave every ten minutes.")]
  assert _problem_types(parsed) == ["malformed_timing"]
  # The message points at the line, so the file can be fixed.
  assert "line 8" in parsed.problems[0]


_VTT_WITH = ("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nGood one.\n\n"
             "{}\nBad one.\n\n00:00:05.000 --> 00:00:08.000\nGood two.\n")
_SRT_WITH = ("1\n00:00:01,000 --> 00:00:03,000\nGood one.\n\n2\n{}\nBad one."
             "\n\n3\n00:00:05,000 --> 00:00:08,000\nGood two.\n")


@pytest.mark.parametrize("template, timing", [
    (_VTT_WITH, "00:00:03,000 --> 00:00:05,000"),
    (_VTT_WITH, "00:00:61.000 --> 00:00:62.000"),
    (_VTT_WITH, "00:00:03.000 --> "),
    (_VTT_WITH, "00:00:03 --> 00:00:05"),
    (_SRT_WITH, "00:00:03,000 --> "),
    (_SRT_WITH, "00:00:03,000 --> 00:00:0x,000"),
    (_SRT_WITH, "3,000 --> 5,000"),
    (_VTT_WITH, "00:00:03.000 -> 00:00:05.000"),
    (_SRT_WITH, "00:00:03,000 -> 00:00:05,000"),
    (_SRT_WITH, "00:00:61,000 --> 00:00:62,000"),
], ids=["vtt_comma", "vtt_61_seconds", "vtt_no_end", "vtt_no_fraction",
        "srt_no_end", "srt_letter", "srt_no_minutes", "vtt_short_arrow",
        "srt_short_arrow", "srt_61_seconds"])
def test_one_malformed_timing_costs_one_cue_and_is_reported(template, timing):
  parsed = parse_transcript(template.format(timing).encode("utf-8"))
  assert [(c.start_s, c.end_s, c.text) for c in parsed.cues] == [
      (1.0, 3.0, "Good one."), (5.0, 8.0, "Good two.")]
  assert _problem_types(parsed) == ["malformed_timing"]


@pytest.mark.parametrize("body, kept", [
    (b'{"version": "1.0.0", "segments": ['
     b'{"startTime": 0, "endTime": 1, "body": "One."},'
     b'{"startTime": "soon", "endTime": 2, "body": "Bad."},'
     b'{"startTime": 2, "endTime": 3, "body": "Three."}]}',
     [(0.0, "One."), (2.0, "Three.")]),
    (b'{"events": [{"tStartMs": 0, "dDurationMs": 1000, "segs": '
     b'[{"utf8": "One."}]}, {"dDurationMs": 1000, "segs": [{"utf8": "Bad."}]}]}',
     [(0.0, "One.")]),
    (b'<timedtext format="3"><body><p t="0" d="1000">One.</p>'
     b'<p d="1000">Bad.</p></body></timedtext>', [(0.0, "One.")]),
    (b'<tt xmlns="http://www.w3.org/ns/ttml"><body><div>'
     b'<p begin="1s" end="2s">One.</p><p>Bad.</p>'
     b'<p begin="3s" end="4s">Three.</p></div></body></tt>',
     [(1.0, "One."), (3.0, "Three.")]),
    (b"<html><body><cite>Ana:</cite><time>00:00:01</time><p>One.</p>"
     b"<time>00:00:75</time><p>Bad.</p><time>00:00:09</time><p>Nine.</p>"
     b"</body></html>", [(1.0, "One."), (9.0, "Nine.")]),
], ids=["podcast_json", "json3", "srv3", "ttml", "podcast_html"])
def test_cue_without_valid_start_is_skipped_and_reported(body, kept):
  parsed = parse_transcript(body)
  assert [(cue.start_s, cue.text) for cue in parsed.cues] == kept
  assert _problem_types(parsed) == ["malformed_timing"]


# --- TTML timing and agents -------------------------------------------------------

def test_ttml_begin_is_relative_to_the_enclosing_div():
  parsed = parse_transcript(
      b'<tt xmlns="http://www.w3.org/ns/ttml"><body>'
      b'<div begin="00:01:00.000"><p begin="00:00:01.000" end="00:00:03.000">'
      b'The second half of the bulletin.</p></div></body></tt>')
  assert [(c.start_s, c.end_s) for c in parsed.cues] == [(61.0, 63.0)]


def test_ttml_ticks_use_the_declared_tick_rate():
  parsed = parse_transcript(
      b'<tt xmlns="http://www.w3.org/ns/ttml" '
      b'xmlns:ttp="http://www.w3.org/ns/ttml#parameter" '
      b'ttp:tickRate="10000000"><body><div>'
      b'<p begin="10000000t" end="25000000t">Ticks.</p></div></body></tt>')
  assert [(c.start_s, c.end_s) for c in parsed.cues] == [(1.0, 2.5)]


def test_ttml_ticks_default_to_one_per_second():
  parsed = parse_transcript(
      b'<tt xmlns="http://www.w3.org/ns/ttml"><body><div>'
      b'<p begin="30t" end="60t">Ticks.</p></div></body></tt>')
  assert [(c.start_s, c.end_s) for c in parsed.cues] == [(30.0, 60.0)]


def test_ttml_agent_gives_the_speaker_name():
  parsed = parse_transcript(
      b'<tt xmlns="http://www.w3.org/ns/ttml" '
      b'xmlns:ttm="http://www.w3.org/ns/ttml#metadata"><head><metadata>'
      b'<ttm:agent xml:id="a1" type="person"><ttm:name type="full">Jo Marsh'
      b'</ttm:name></ttm:agent></metadata></head><body><div>'
      b'<p begin="1s" end="2s" ttm:agent="a1">The road is open.</p>'
      b'</div></body></tt>')
  assert [cue.speaker for cue in parsed.cues] == ["Jo Marsh"]
