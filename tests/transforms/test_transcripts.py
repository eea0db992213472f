"""Cues to segments and paragraphs, choose_transcript, and ParseTranscripts."""

import datetime
import os
import re

import apache_beam as beam
import pytest
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.testing.util import assert_that, equal_to

from schemas.documents import KIND_TRANSCRIPT, Segment
from schemas.records import (FeedItem, FetchedPage, FetchRequest,
                             ROLE_SOURCE, ROLE_TRANSCRIPT, TranscriptRef)
from tests.conftest import FIXTURES, offline_pipeline
from transforms.transcript_formats import (Cue, TranscriptError,
                                           parse_transcript)
from transforms.transcripts import (PARAGRAPH_WORDS, ParseTranscripts,
                                    build_segments, choose_transcript,
                                    join_paragraphs, normalize_language,
                                    transcript_document)

UTC = datetime.timezone.utc
TRANSCRIPTS = os.path.join(FIXTURES, "transcripts")
FETCHED = datetime.datetime(2024, 5, 2, 19, 0, tzinfo=UTC)
PUBLISHED = datetime.datetime(2024, 5, 2, 18, 30, tzinfo=UTC)
FEED = "https://tv.example.org/feeds/evening.xml"
EPISODE = "https://tv.example.org/bulletins/2024-05-02-evening"
VTT_URL = "https://tv.example.org/captions/evening.vtt"
SRT_URL = "https://tv.example.org/captions/evening.srt"
# The caption host redirects: the document records the file actually read.
VTT_FINAL = "https://cdn.example.net/c/evening.vtt"

ITEM = FeedItem(
    title="Evening bulletin, 2 May", published_at=PUBLISHED,
    authors=("Dana Reyes",), feed_url=FEED,
    feed_title="Port Albany Evening News", language="en", link=EPISODE,
    transcripts=(TranscriptRef(SRT_URL, "application/x-subrip", "en"),
                 TranscriptRef(VTT_URL, "text/vtt", "en-US")))

NEWS_SEGMENT_TEXT = (
    "Good evening from the Port Albany newsroom. Tonight the Millbrook river "
    "rose past its banks & closed two bridges. Crews worked through the night "
    "to clear the Elm Street crossing.\n\n"
    "The water came up faster than anyone expected. Shops on the quay stay "
    "closed until Friday.\n\n"
    "That was Tom Okafor reporting from the quay.")


def _fixture(name: str) -> bytes:
  with open(os.path.join(TRANSCRIPTS, name), "rb") as f:
    return f.read()


def _segments(name: str) -> list:
  segments, _ = build_segments(parse_transcript(_fixture(name)).cues)
  return segments


def _page(url, body, content_type="", item=None, final_url=None,
          header_charset=None, status=200):
  role = ROLE_TRANSCRIPT if item else ROLE_SOURCE
  return FetchedPage(
      request=FetchRequest(url=url, source=FEED if item else url, role=role,
                           item=item),
      final_url=final_url or url, status=status, content_type=content_type,
      body=body, fetched_at=FETCHED, header_charset=header_charset)


# --- normalize_language and choose_transcript -----------------------------------

@pytest.mark.parametrize("tag, expected", [
    ("en", "en"), ("en-US", "en"), ("pt_BR", "pt"), ("DE", "de"),
    ("zh-Hant-TW", "zh"), (" es ", "es"), ("english", None), ("", None),
    (None, None), ("x-pig-latin", None),
])
def test_normalize_language(tag, expected):
  assert normalize_language(tag) == expected


def _ref(name, type_=None, language=None):
  return TranscriptRef(f"https://pod.example.org/ep12.{name}", type_, language)


def test_choose_transcript_language_before_format():
  refs = [_ref("vtt", "text/vtt", "fr"), _ref("txt", "text/plain", "en-GB"),
          _ref("srt", "application/x-subrip")]
  assert choose_transcript(refs, "en") == refs[1]


def test_choose_transcript_no_language_before_another_language():
  refs = [_ref("vtt", "text/vtt", "fr"), _ref("srt", "application/srt")]
  assert choose_transcript(refs, "en-US") == refs[1]


@pytest.mark.parametrize("types, expected", [
    (["text/plain", "text/html", "application/x-subrip", "application/json",
      "text/vtt"], "text/vtt"),
    (["text/plain", "text/html", "text/srt", "application/json"],
     "application/json"),
    (["text/plain", "text/html", "application/x-subrip"],
     "application/x-subrip"),
    (["text/plain", "text/html"], "text/html"),
    (["application/octet-stream", "text/plain"], "text/plain"),
    (["text/plain", "TEXT/VTT; charset=utf-8"], "TEXT/VTT; charset=utf-8"),
], ids=["vtt", "json", "srt", "html", "text_before_unknown", "type_params"])
def test_choose_transcript_format_order(types, expected):
  refs = [_ref(str(i), type_, "en") for i, type_ in enumerate(types)]
  assert choose_transcript(refs, "en").type == expected


def test_choose_transcript_ties_keep_the_feed_order():
  refs = [_ref("a", "text/vtt", "en"), _ref("b", "text/vtt", "en")]
  assert choose_transcript(refs, "en") == refs[0]
  assert choose_transcript(list(reversed(refs)), "en") == refs[1]


def test_choose_transcript_without_item_language():
  # With no language to match, a tag without one beats a tag with one.
  refs = [_ref("vtt", "text/vtt", "de"), _ref("html", "text/html")]
  assert choose_transcript(refs, None) == refs[1]


def test_choose_transcript_of_nothing():
  assert choose_transcript([], "en") is None


# --- build_segments: fixtures ----------------------------------------------------

# What must never reach a segment's text: timing arrows, cue tags and voice
# spans, HTML entities, placement codes, cue settings, clock times, turn
# markers, sound labels and bare cue numbers.
_LEFTOVER = re.compile(
    r"-->|<[^>]*>|&(?:[a-z]+|#\d+);|\{\\|\b(?:align|position|line|size):"
    r"|\b\d{1,2}:\d{2}\b|>>|^- |\[[^\]]*\]|\((?:music|música|applaudissements)\)"
    r"|^\d+$", re.IGNORECASE)

CLEAN_FIXTURES = ["news_segment.vtt", "rolling_autocaptions.vtt",
                  "lakeside_evening.srt", "harbour_notes.json",
                  "harbour_notes.html", "harbour_board.json3",
                  "kelso_bridge.srv3", "brackenford_market.srv1",
                  "weather_desk.ttml", "fenwick_update.txt", "noticias_es.vtt",
                  "journal_fr.srt", "funkhaus_de.json",
                  "malformed_timing.vtt", "out_of_order.srt"]


@pytest.mark.parametrize("name", CLEAN_FIXTURES)
def test_segment_text_has_no_markup_left(name):
  segments = _segments(name)
  assert segments
  for segment in segments:
    assert segment.text == segment.text.strip() and segment.text
    assert not _LEFTOVER.search(segment.text), segment.text
    assert segment.end_s >= segment.start_s


@pytest.mark.parametrize("name, text", [
    ("news_segment.vtt", "That was Tom Okafor reporting from the quay."),
    ("harbour_notes.json", "That is all for this week."),
    ("harbour_notes.html", "Let us talk about the ferry timetable."),
    ("harbour_board.json3", "Fishermen say the fees are too high."),
    ("kelso_bridge.srv3", "Drivers should expect delays near the east ramp."),
    ("brackenford_market.srv1", "The market returns next Saturday."),
    ("weather_desk.ttml", "Tomorrow stays dry and mild."),
    ("fenwick_update.txt",
     "In sport, the Fenwick rowing club won the regional final."),
    ("noticias_es.vtt", "Mañana, el tiempo en la sierra."),
])
def test_cue_at_five_minutes_twenty_five_starts_at_325_seconds(name, text):
  starts = {segment.text: segment.start_s for segment in _segments(name)}
  assert starts[text] == 325.0


def test_vtt_news_segment_segments():
  segments, problems = build_segments(
      parse_transcript(_fixture("news_segment.vtt")).cues)
  assert problems == []
  assert segments == [
      Segment(1.0, 4.5, "Dana Reyes",
              "Good evening from the Port Albany newsroom."),
      Segment(4.5, 8.0, "Dana Reyes", "Tonight the Millbrook river rose past "
              "its banks & closed two bridges."),
      # No voice span: the anchor goes on talking.
      Segment(8.0, 11.25, "Dana Reyes",
              "Crews worked through the night to clear the Elm Street "
              "crossing."),
      Segment(13.5, 17.0, "TOM OKAFOR",
              "The water came up faster than anyone expected.", new_turn=True),
      Segment(17.0, 20.0, "TOM OKAFOR",
              "Shops on the quay stay closed until Friday."),
      Segment(325.0, 329.0, "Dana Reyes",
              "That was Tom Okafor reporting from the quay."),
  ]
  assert join_paragraphs(segments) == NEWS_SEGMENT_TEXT


def test_srt_placement_dashes_and_sound_labels():
  assert _segments("lakeside_evening.srt") == [
      Segment(0.5, 3.0, None, "Welcome back to Lakeside Evening."),
      Segment(3.2, 6.4, None, "The Orwell Valley dam reopened this morning "
              "after repairs."),
      # '- ' lines are two speakers sharing one cue.
      Segment(6.4, 9.0, None, "Were you worried about the village?",
              new_turn=True),
      Segment(6.4, 9.0, None, "Not for a moment.", new_turn=True),
      # The [MUSIC] cue at 01:02.250 is gone.
      Segment(65.0, 68.75, "MARIA LINDQVIST",
              "The turbines are running again.", new_turn=True),
  ]


def test_podcast_json_paragraphs_on_speaker_change_and_pause():
  assert join_paragraphs(_segments("harbour_notes.json")) == (
      "Welcome to Harbour Notes, the weekly podcast from Saltmere. Today we "
      "talk about the new tide gauge.\n\n"
      "Thanks for having me, Ines.\n\n"
      # Same speaker, but 3 s of silence since 9.0 s.
      "The gauge records the water level every minute.\n\n"
      "That is all for this week.")


def test_podcast_html_ends_at_the_next_start():
  assert [(s.start_s, s.end_s, s.speaker) for s in
          _segments("harbour_notes.html")] == [
      (0.0, 7.0, "Ines Calder"), (7.0, 325.0, "Pavel Stroud"),
      (325.0, 325.0, "Ines Calder")]


def test_timestamped_text_ends_and_wrapped_lines():
  segments = _segments("fenwick_update.txt")
  assert [(s.start_s, s.end_s) for s in segments] == [
      (0.0, 4.0), (4.0, 9.0), (9.0, 325.0), (325.0, 3723.0),
      (3723.0, 3723.0)]
  assert segments[2].text == ("Council engineers will inspect the slope on "
                              "Thursday and expect to reopen one lane by the "
                              "weekend.")


def test_json3_sound_label_dropped_and_entity_decoded():
  assert [(s.start_s, s.end_s, s.text) for s in
          _segments("harbour_board.json3")] == [
      (4.0, 7.2, "The harbour board in Tillbury met on Monday."),
      (7.21, 10.0, "It agreed new mooring fees & a dredging plan."),
      (325.0, 329.5, "Fishermen say the fees are too high.")]


def test_srv1_double_escaped_entities_and_turn_marker():
  segments = _segments("brackenford_market.srv1")
  assert [(s.text, s.new_turn) for s in segments] == [
      ("Farmers in Brackenford brought", False),
      ("their harvest to the town's square.", False),
      ("Apples sold out by noon.", True),
      ("The market returns next Saturday.", False)]


def test_srv3_and_ttml_line_breaks_become_spaces():
  assert _segments("kelso_bridge.srv3")[2].text == (
      "Drivers should expect delays near the east ramp.")
  assert _segments("weather_desk.ttml")[1] == Segment(
      4.5, 7.5, None, "Expect light rain in the hills after lunch.")


def test_spanish_vtt_escaped_turn_marker_and_accented_speaker():
  segments = _segments("noticias_es.vtt")
  assert [(s.start_s, s.speaker, s.text) for s in segments] == [
      (0.8, "Lucía Ferrán",
       "Buenas noches desde la redacción de Villaverde del Río."),
      (4.0, "Lucía Ferrán",
       "El ayuntamiento aprobó ayer la reforma del puente viejo."),
      (9.9, "ANDRÉS PEÑA", "Las obras empezarán en otoño, según el alcalde."),
      # (música) at 13 s is dropped.
      (325.0, "Lucía Ferrán", "Mañana, el tiempo en la sierra.")]


def test_german_json_speakers():
  assert join_paragraphs(_segments("funkhaus_de.json")) == (
      "Willkommen zum Nachrichtenpodcast aus Lindenau. Heute geht es um die "
      "neue Fähre über die Mulde.\n\n"
      "Die Fähre fährt ab Mai jede halbe Stunde.")
  assert _segments("funkhaus_de.json")[2].speaker == "Jörg Weißmüller"


def test_french_speaker_with_accented_initial():
  segments = _segments("journal_fr.srt")
  assert (segments[2].speaker, segments[2].text, segments[2].new_turn) == (
      "ÉLODIE MARCHAND", "Les pêcheurs ont perdu trois bateaux.", True)


def test_french_srt_sound_label_dropped():
  segments = _segments("journal_fr.srt")
  assert [s.start_s for s in segments] == [1.0, 4.2, 10.5]
  assert segments[1].text == ("La digue du vieux port a cédé cette nuit après "
                              "la tempête.")


# --- Rolling auto-captions ---------------------------------------------------------

ROLLING_SAID = ("the council of Greyhaven voted on Tuesday to rebuild the old "
                "ferry pier before the winter storms arrive and the mayor "
                "said that that work starts next month")


def test_rolling_captions_merge_without_doubling_words():
  segments = _segments("rolling_autocaptions.vtt")
  # Word for word what was said: no line twice, and the speaker's own
  # 'that that' kept.
  assert join_paragraphs(segments).split() == ROLLING_SAID.split()
  # The 10 ms cues that only repeat a line extend the cue before them.
  assert [(s.start_s, s.end_s) for s in segments] == [
      (0.0, 2.32), (2.32, 5.04), (5.04, 8.0), (8.0, 10.51), (10.51, 13.01)]


def test_rolling_captions_keep_a_turn_marker():
  cues = [Cue(0.0, 2.0, "the ferry to Corran Isle"),
          Cue(2.0, 4.0, "the ferry to Corran Isle\nis cancelled again today"),
          Cue(4.0, 6.0, "is cancelled again today\n>> that is the third time"),
          Cue(6.0, 8.0, ">> that is the third time\nthis month")]
  segments, _ = build_segments(cues)
  assert [(s.text, s.new_turn) for s in segments] == [
      ("the ferry to Corran Isle", False), ("is cancelled again today", False),
      ("that is the third time", True), ("this month", False)]
  assert join_paragraphs(segments) == (
      "the ferry to Corran Isle is cancelled again today\n\n"
      "that is the third time this month")


def test_a_repeated_line_in_ordinary_captions_is_kept():
  # A crowd chanting once is not a rolling-caption file.
  cues = [Cue(0.0, 2.0, "Rebuild the pier!"), Cue(2.0, 4.0, "Rebuild the pier!"),
          Cue(4.0, 6.0, "The crowd outside the town hall chanted for an hour."),
          Cue(6.0, 8.0, "Councillors agreed to meet again."),
          Cue(8.0, 10.0, "A vote is due in June."),
          Cue(10.0, 12.0, "Police said the protest was peaceful.")]
  segments, _ = build_segments(cues)
  assert [s.text for s in segments] == [cue.text for cue in cues]


# --- build_segments: timing and speakers -------------------------------------------

def test_cues_out_of_order_are_sorted_and_reported():
  segments, problems = build_segments(
      parse_transcript(_fixture("out_of_order.srt")).cues)
  assert [(s.start_s, s.end_s) for s in segments] == [
      (0.5, 5.5), (6.0, 9.0), (9.0, 12.0)]
  assert segments[0].text == "The first story is about the Dunmore library."
  assert [p.error_type for p in problems] == ["cues_out_of_order"]


def test_end_before_start_is_set_to_start_and_reported():
  segments, problems = build_segments([
      Cue(1.0, 3.0, "The road is open."), Cue(5.0, 4.0, "Then it closed."),
      Cue(6.0, 8.0, "It opened again.")])
  assert [(s.start_s, s.end_s) for s in segments] == [
      (1.0, 3.0), (5.0, 5.0), (6.0, 8.0)]
  assert [p.error_type for p in problems] == ["malformed_timing"]
  assert "5.000" in problems[0]


def test_missing_end_is_the_next_later_start():
  segments, problems = build_segments([
      Cue(2.0, None, "- Is it raining?\n- Not yet."),
      Cue(9.0, None, "It will by noon.")])
  assert problems == []
  assert [(s.start_s, s.end_s, s.text) for s in segments] == [
      (2.0, 9.0, "Is it raining?"), (2.0, 9.0, "Not yet."),
      (9.0, 9.0, "It will by noon.")]


def test_sound_label_only_cues_are_dropped():
  segments, _ = build_segments([
      Cue(0.0, 1.0, "[Music]"), Cue(1.0, 2.0, "♪ la la la ♪"),
      Cue(2.0, 3.0, "(APPLAUSE)"), Cue(3.0, 5.0, "Thank you, Ravensworth.")])
  assert [(s.start_s, s.text) for s in segments] == [
      (3.0, "Thank you, Ravensworth.")]


def test_speaker_carries_over_until_an_unnamed_turn():
  segments, _ = build_segments([
      Cue(0.0, 2.0, "MAYOR HALE: We will rebuild the pier."),
      Cue(2.0, 4.0, "Work starts in March."),
      Cue(4.0, 6.0, ">> How much will it cost?"),
      Cue(6.0, 8.0, "Dr. Ana Ruiz: About two million."),
  ])
  assert [(s.speaker, s.new_turn) for s in segments] == [
      ("MAYOR HALE", True), ("MAYOR HALE", False), (None, True),
      ("Dr. Ana Ruiz", True)]
  assert segments[3].text == "About two million."


def test_a_clock_time_is_not_a_speaker():
  segments, _ = build_segments([Cue(0.0, 2.0, "10:30 is when the polls close.")])
  assert (segments[0].speaker, segments[0].text) == (
      None, "10:30 is when the polls close.")


def test_two_voices_in_one_vtt_cue():
  parsed = parse_transcript(b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
                            b"<v Mara Quill>Is the coast road open?</v>\n"
                            b"<v Tom Reed>Not until Friday.</v>\n")
  segments, _ = build_segments(parsed.cues)
  assert [(s.speaker, s.text) for s in segments] == [
      ("Mara Quill", "Is the coast road open?"),
      ("Tom Reed", "Not until Friday.")]


# --- join_paragraphs ------------------------------------------------------------

def test_paragraph_on_a_pause_of_two_seconds_not_less():
  segments = [Segment(0.0, 3.0, None, "The storm has passed."),
              Segment(4.99, 6.0, None, "Roads are clear."),
              Segment(8.0, 9.0, None, "Schools open tomorrow.")]
  assert join_paragraphs(segments) == (
      "The storm has passed. Roads are clear.\n\nSchools open tomorrow.")


def test_paragraph_on_speaker_change_and_on_unnamed_turn():
  segments = [Segment(0.0, 1.0, "Ana", "Hello."),
              Segment(1.0, 2.0, "Ana", "Welcome."),
              Segment(2.0, 3.0, "Ben", "Thanks."),
              Segment(3.0, 4.0, None, "Next question.", new_turn=True)]
  assert join_paragraphs(segments) == (
      "Hello. Welcome.\n\nThanks.\n\nNext question.")


def test_long_monologue_cut_at_a_sentence_end():
  sentence = "The ferry crossed the bay in under ten minutes today."
  assert len(sentence.split()) * 12 == PARAGRAPH_WORDS
  segments = [Segment(float(i), i + 1.0, "Ana", sentence) for i in range(12)]
  # Past the limit, the cut waits for the end of a sentence.
  segments.append(Segment(12.0, 13.0, "Ana", "And then"))
  segments.append(Segment(13.0, 14.0, "Ana", "it turned back."))
  text = join_paragraphs(segments)
  assert text == (" ".join([sentence] * 12) + "\n\nAnd then it turned back.")
  segments[11] = Segment(11.0, 12.0, "Ana", "The ferry crossed the bay and")
  assert "\n\n" not in join_paragraphs(segments)


def test_join_paragraphs_of_nothing():
  assert join_paragraphs([]) == ""


# --- transcript_document -------------------------------------------------------

def test_transcript_document_of_a_feed_item():
  page = _page(VTT_URL, _fixture("news_segment.vtt"), "text/vtt", ITEM,
               final_url=VTT_FINAL)
  document, problems = transcript_document(page)
  assert problems == []
  assert (document.url, document.source, document.kind, document.site,
          document.transcript_url) == (
      EPISODE, FEED, KIND_TRANSCRIPT, "tv.example.org", VTT_FINAL)
  assert (document.title, document.authors, document.published_at,
          document.feed_title, document.http_status, document.fetched_at) == (
      "Evening bulletin, 2 May", ["Dana Reyes"], PUBLISHED,
      "Port Albany Evening News", 200, FETCHED)
  # The feed tag's 'en-US', normalized.
  assert document.declared_language == "en"
  assert document.text == NEWS_SEGMENT_TEXT
  assert document.segments[-1] == Segment(
      325.0, 329.0, "Dana Reyes", "That was Tom Okafor reporting from the quay.")


def test_feed_tag_language_wins_over_the_file():
  item = FeedItem(link=EPISODE, transcripts=(
      TranscriptRef(VTT_URL, "text/vtt", "es-MX"),))
  # news_segment.vtt says 'Language: en'; the feed says Spanish.
  document, _ = transcript_document(
      _page(VTT_URL, _fixture("news_segment.vtt"), "text/vtt", item))
  assert document.declared_language == "es"


@pytest.mark.parametrize("name, language", [
    ("noticias_es.vtt", "es"), ("weather_desk.ttml", "en"),
    ("harbour_notes.json", None)])
def test_transcript_document_of_a_source_file(name, language):
  url = f"https://files.example.com/captions/{name}"
  document, _ = transcript_document(_page(url, _fixture(name)))
  assert (document.url, document.transcript_url, document.site,
          document.title, document.authors, document.published_at) == (
      url, url, "files.example.com", None, [], None)
  assert document.declared_language == language


def test_transcript_document_returns_reader_and_segment_problems():
  body = (b"WEBVTT\n\n00:00:03.000 --> 00:00:07.000\nSecond.\n\n"
          b"00:00:0x.000 --> 00:00:04.000\nBroken.\n\n"
          b"00:00:01.000 --> 00:00:03.000\nFirst.\n")
  document, problems = transcript_document(
      _page("https://files.example.com/t.vtt", body))
  assert document.text == "First. Second."
  assert [p.error_type for p in problems] == ["malformed_timing",
                                              "cues_out_of_order"]


def test_transcript_of_sound_labels_only_is_empty():
  body = b"WEBVTT\n\n00:00:01.000 --> 00:00:09.000\n[Music]\n"
  with pytest.raises(TranscriptError) as raised:
    transcript_document(_page("https://files.example.com/t.vtt", body))
  assert raised.value.error_type == "empty_transcript"


# --- ParseTranscripts --------------------------------------------------------------

def _pipeline_pages():
  cp1252_item = FeedItem(published_at=PUBLISHED, link=EPISODE,
                         transcripts=(TranscriptRef(SRT_URL, "text/srt"),))
  return [
      _page(VTT_URL, _fixture("news_segment.vtt"), "text/vtt", ITEM,
            final_url=VTT_FINAL),
      _page("https://files.example.com/order.srt", _fixture("out_of_order.srt"),
            "application/x-subrip"),
      _page("https://files.example.com/tram.vtt",
            _fixture("malformed_timing.vtt"), "text/vtt"),
      # The same cp1252 bytes: refused undeclared, read when declared.
      _page(SRT_URL, _fixture("cp1252.srt"), "text/srt", cp1252_item),
      _page("https://files.example.com/cafe.srt", _fixture("cp1252.srt"),
            "text/srt; charset=windows-1252", header_charset="windows-1252"),
      # A soft 404: an error page served with 200 where captions were linked.
      _page("https://files.example.com/gone.vtt", _fixture("not_found.html"),
            "text/html"),
      _page("https://files.example.com/empty.vtt", _fixture("empty.vtt"),
            "text/vtt"),
  ]


def test_parse_transcripts_documents_and_errors():
  with offline_pipeline() as p:
    result = p | beam.Create(_pipeline_pages()) | ParseTranscripts()
    assert_that(
        result.documents | "DocumentFields" >> beam.Map(
            lambda d: (d.url, d.transcript_url, d.kind, d.declared_language,
                       d.text, [(s.start_s, s.end_s, s.speaker)
                                for s in d.segments])),
        equal_to([
            (EPISODE, VTT_FINAL, "transcript", "en", NEWS_SEGMENT_TEXT,
             [(1.0, 4.5, "Dana Reyes"), (4.5, 8.0, "Dana Reyes"),
              (8.0, 11.25, "Dana Reyes"), (13.5, 17.0, "TOM OKAFOR"),
              (17.0, 20.0, "TOM OKAFOR"), (325.0, 329.0, "Dana Reyes")]),
            ("https://files.example.com/order.srt",
             "https://files.example.com/order.srt", "transcript", None,
             "The first story is about the Dunmore library. The second story "
             "is about the school roof. The third story is the weather.",
             [(0.5, 5.5, None), (6.0, 9.0, None), (9.0, 12.0, None)]),
            ("https://files.example.com/tram.vtt",
             "https://files.example.com/tram.vtt", "transcript", None,
             "The Ashby tram line runs again.\n\n"
             "Trams leave every ten minutes.",
             [(1.0, 3.0, None), (5.0, 8.0, None)]),
            ("https://files.example.com/cafe.srt",
             "https://files.example.com/cafe.srt", "transcript", None,
             "Le café de la place rouvre à Montvallon. Les habitués sont "
             "revenus dès sept heures.",
             [(1.0, 3.5, None), (3.5, 6.0, None)]),
        ]), label="CheckDocuments")
    assert_that(
        result[ParseTranscripts.ERRORS] | "ErrorFields" >> beam.Map(
            lambda e: (e.stage, e.error_type, e.url, e.source, e.http_status,
                       e.published_at)),
        equal_to([
            ("transcript", "cues_out_of_order",
             "https://files.example.com/order.srt",
             "https://files.example.com/order.srt", 200, None),
            ("transcript", "malformed_timing",
             "https://files.example.com/tram.vtt",
             "https://files.example.com/tram.vtt", 200, None),
            ("transcript", "not_utf8", SRT_URL, FEED, 200, PUBLISHED),
            ("transcript", "not_a_transcript",
             "https://files.example.com/gone.vtt",
             "https://files.example.com/gone.vtt", 200, None),
            ("transcript", "empty_transcript",
             "https://files.example.com/empty.vtt",
             "https://files.example.com/empty.vtt", 200, None),
        ]), label="CheckErrors")


def test_parse_transcripts_counts_every_outcome():
  p = offline_pipeline()
  _ = p | beam.Create(_pipeline_pages()) | ParseTranscripts()
  result = p.run()
  result.wait_until_finish()
  counters = {c.key.metric.name: c.committed for c in result.metrics().query(
      MetricsFilter().with_namespace("transcript"))["counters"]}
  assert counters == {
      "parsed": 4, "segments": 6 + 3 + 2 + 2,
      "problem_cues_out_of_order": 1, "problem_malformed_timing": 1,
      "failed_not_utf8": 1, "failed_not_a_transcript": 1,
      "failed_empty_transcript": 1}
