"""Transcripts end to end: a podcast feed through the real local server.

The feed's items carry several ``<podcast:transcript>`` tags each; only the
best one per item is fetched, becomes a 'transcript' document beside the
episode page's article, and a transcript that is really an error page is an
errors row while its episode page is still processed.
"""

import re

from pipelines import backfill
from tests.conftest import read_dataset

_FAST = ["--timeout", "5", "--max-attempts", "1", "--per-host-delay", "0",
         "-q"]
_HTML = "text/html; charset=utf-8"

_EPISODE = """<html><head><title>{title}</title>
<meta property="article:published_time" content="2026-11-18T07:00:00Z"></head>
<body><article><h1>{title}</h1>
<p>{lead} The full conversation is in the audio player above, and a
transcript is published with every episode of the programme.</p>
<p>Listeners can write to the programme with questions for the next episode,
which is recorded on Monday mornings at the studio in the old grain store.</p>
</article></body></html>"""

_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>Harbour Hour</title><language>en</language>
<item><title>The port fire</title><link>{{BASE}}/episodes/port-fire</link>
<pubDate>Wed, 18 Nov 2026 07:00:00 GMT</pubDate>
<podcast:transcript url="{{BASE}}/t/port-fire.srt" type="application/x-subrip" language="en"/>
<podcast:transcript url="{{BASE}}/t/port-fire.es.vtt" type="text/vtt" language="es"/>
<podcast:transcript url="{{BASE}}/t/port-fire.vtt" type="text/vtt" language="en" rel="captions"/>
<podcast:transcript url="{{BASE}}/t/port-fire.json" type="application/json" language="en"/>
</item>
<item><title>Night ferries</title><link>{{BASE}}/episodes/night-ferries</link>
<pubDate>Wed, 18 Nov 2026 09:00:00 GMT</pubDate>
<podcast:transcript url="{{BASE}}/t/night-ferries.vtt" type="text/vtt" language="en"/>
</item>
<item><title>Entrevista con la alcaldesa</title><link>{{BASE}}/episodes/alcaldesa</link>
<pubDate>Wed, 18 Nov 2026 10:00:00 GMT</pubDate>
<podcast:transcript url="{{BASE}}/t/alcaldesa.json" type="application/json"/>
</item>
<item><title>Noon bulletin</title><guid isPermaLink="false">bulletin-1</guid>
<pubDate>Wed, 18 Nov 2026 12:00:00 GMT</pubDate>
<enclosure url="{{BASE}}/audio/bulletin.mp3" type="audio/mpeg" length="1000"/>
<podcast:transcript url="{{BASE}}/t/bulletin.srt" type="text/vtt" language="en"/>
</item>
</channel></rss>"""

# The chosen transcript: English WebVTT, with what TV captions carry.
_PORT_FIRE_VTT = """WEBVTT
Kind: captions

1
00:00:01.000 --> 00:00:04.500 align:start position:10%
<v Mara Quist>Good morning. A fire broke out at the
container port just after midnight.

2
00:00:04.500 --> 00:00:08.000
<v Mara Quist>Crews from three stations fought it <i>until dawn</i> &amp; no one was hurt.

3
00:05:25.000 --> 00:05:29.000
<v Tomas Lind>The harbour master says the east quay stays closed until Friday.
"""

_ALCALDESA_JSON = """{"version": "1.0.0", "segments": [
 {"speaker": "Lucía Ferrer", "startTime": 0.5, "endTime": 6.0,
  "body": "Buenos días. Hoy hablamos con la alcaldesa sobre el nuevo puerto."},
 {"speaker": "Alcaldesa", "startTime": 6.2, "endTime": 14.0,
  "body": "Gracias por la invitación. Las obras empezarán en primavera y durarán dos años."},
 {"speaker": "Lucía Ferrer", "startTime": 14.5, "endTime": 19.0,
  "body": "¿Qué pasará con los pescadores mientras tanto?"}
]}"""

_ERROR_PAGE = ("<!doctype html><html><head><title>Not found</title></head>"
               "<body><h1>Page not found</h1><p>Sorry.</p></body></html>")


def _serve_podcast(server):
  server.add("/feed.xml", headers={"Content-Type": "application/rss+xml"},
             content=_FEED)
  for path, title, lead in [
      ("/episodes/port-fire", "The port fire",
       "Firefighters spent the night at the container port."),
      ("/episodes/night-ferries", "Night ferries",
       "The night ferry timetable changes next month."),
      ("/episodes/alcaldesa", "Entrevista con la alcaldesa",
       "The mayor talks about the new port works."),
  ]:
    server.add(path, headers={"Content-Type": _HTML},
               content=_EPISODE.format(title=title, lead=lead))
  server.add("/t/port-fire.vtt", headers={"Content-Type": "text/vtt"},
             content=_PORT_FIRE_VTT)
  # Promised as WebVTT, served as the site's error page with a 200.
  server.add("/t/night-ferries.vtt", headers={"Content-Type": _HTML},
             content=_ERROR_PAGE)
  server.add("/t/alcaldesa.json", headers={"Content-Type": "application/json"},
             content=_ALCALDESA_JSON)
  # No episode page at all, and an SRT labelled as WebVTT.
  server.add("/t/bulletin.srt", headers={"Content-Type": "text/plain"},
             content="1\n00:00:00,000 --> 00:00:03,000\nThe east quay "
                     "reopens on Friday morning.\n")


def _by_kind_and_title(rows):
  return {(row["kind"], row["title"]): row for row in rows}


def test_feed_transcripts_become_documents(server, tmp_path):
  _serve_podcast(server)
  output = str(tmp_path / "out")
  backfill.run([server.url("/feed.xml"), "--output", output, *_FAST])
  documents = _by_kind_and_title(read_dataset(output, "documents"))

  # Three episode pages as articles, three transcripts (one more was an
  # error page).
  assert sorted(documents) == [
      ("article", "Entrevista con la alcaldesa"),
      ("article", "Night ferries"),
      ("article", "The port fire"),
      ("transcript", "Entrevista con la alcaldesa"),
      ("transcript", "Noon bulletin"),
      ("transcript", "The port fire"),
  ]
  fire = documents[("transcript", "The port fire")]
  assert fire["url"] == server.url("/episodes/port-fire")
  assert fire["transcript_url"] == server.url("/t/port-fire.vtt")
  assert fire["language"] == "en"
  assert fire["doc_id"] != documents[("article", "The port fire")]["doc_id"]
  assert [(s["start_s"], s["end_s"], s["speaker"]) for s in fire["segments"]] == [
      (1.0, 4.5, "Mara Quist"), (4.5, 8.0, "Mara Quist"),
      (325.0, 329.0, "Tomas Lind")]
  assert fire["text"] == (
      "Good morning. A fire broke out at the container port just after "
      "midnight. Crews from three stations fought it until dawn & no one was "
      "hurt.\n\nThe harbour master says the east quay stays closed until "
      "Friday.")
  assert fire["published_at"].isoformat() == "2026-11-18T07:00:00+00:00"
  assert fire["feed_title"] == "Harbour Hour"

  # Only the chosen tag of each item was fetched.
  assert server.hits("/t/port-fire.vtt") == 1
  for other in ("/t/port-fire.srt", "/t/port-fire.es.vtt", "/t/port-fire.json"):
    assert server.hits(other) == 0

  # No language tag: detected from the words.
  mayor = documents[("transcript", "Entrevista con la alcaldesa")]
  assert mayor["language"] == "es"
  assert [s["speaker"] for s in mayor["segments"]] == [
      "Lucía Ferrer", "Alcaldesa", "Lucía Ferrer"]
  assert len(mayor["text"].split("\n\n")) == 3  # one paragraph per turn

  # An item with no page: the transcript's own URL names the document.
  bulletin = documents[("transcript", "Noon bulletin")]
  assert bulletin["url"] == server.url("/t/bulletin.srt")
  assert bulletin["text"] == "The east quay reopens on Friday morning."
  assert server.hits("/audio/bulletin.mp3") == 0

  errors = [row for row in read_dataset(output, "errors")
            if row["stage"] == "transcript"]
  assert [(row["error_type"], row["url"]) for row in errors] == [
      ("not_a_transcript", server.url("/t/night-ferries.vtt"))]


def test_transcript_sources_and_lists(server, tmp_path):
  """Caption files given directly: a local SRT, timestamped text, a listed URL."""
  server.add("/clips/briefing.vtt", headers={"Content-Type": "text/plain"},
             content=_PORT_FIRE_VTT)
  srt = tmp_path / "briefing.srt"
  srt.write_text(
      "1\n00:00:02,000 --> 00:00:05,000\n<i>Le pont du canal</i> rouvrira "
      "lundi matin.\n\n2\n00:00:05,500 --> 00:00:09,000\nLes travaux ont "
      "duré six semaines de plus que prévu.\n", encoding="utf-8")
  copied = tmp_path / "copied.txt"
  copied.write_text(
      "0:00\nThe bridge over the canal reopens on Monday morning.\n"
      "0:07\nWork took six weeks longer than planned.\n"
      "1:02:03 Traffic returns to the old route.\n", encoding="utf-8")
  urls = tmp_path / "urls.txt"
  urls.write_text(server.url("/clips/briefing.vtt") + "\n", encoding="utf-8")
  output = str(tmp_path / "out")
  backfill.run([str(srt), str(copied), str(urls), "--output", output, *_FAST])
  documents = {row["transcript_url"].rsplit("/", 1)[-1]: row
               for row in read_dataset(output, "documents")}
  assert sorted(documents) == ["briefing.srt", "briefing.vtt", "copied.txt"]
  assert all(row["kind"] == "transcript" for row in documents.values())
  assert documents["briefing.srt"]["language"] == "fr"
  assert documents["briefing.srt"]["text"] == (
      "Le pont du canal rouvrira lundi matin. Les travaux ont duré six "
      "semaines de plus que prévu.")
  assert [s["start_s"] for s in documents["copied.txt"]["segments"]] == [
      0.0, 7.0, 3723.0]
  assert documents["briefing.vtt"]["url"] == server.url("/clips/briefing.vtt")
  for row in documents.values():
    assert not re.search(r"-->|\d+:\d\d|<[a-z/]|&amp;", row["text"])
