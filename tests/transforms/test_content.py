"""classify_content: sniff the body before believing the Content-Type."""

import pytest

from transforms.content import (FEED, HTML, OPML, TRANSCRIPT, UNSUPPORTED,
                                classify_content, is_binary_content_type,
                                is_html_document)

RSS = b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel/></rss>'
ATOM = b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>'
RDF = (b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"></rdf:RDF>')
JSON_FEED = b'{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": []}'
OPML_BODY = b'<?xml version="1.0"?>\n<opml version="2.0"><body/></opml>'
PAGE = b"<!DOCTYPE html>\n<html><head><title>x</title></head><body>y</body></html>"


@pytest.mark.parametrize("content_type, body, expected", [
    ("text/html; charset=utf-8", RSS, FEED),
    ("text/html", ATOM, FEED),
    ("application/rss+xml", RSS, FEED),
    ("text/xml", RDF, FEED),
    ("application/feed+json", JSON_FEED, FEED),
    ("text/plain", JSON_FEED, FEED),
    ("application/json", b'{"title": "not a feed"}', FEED),
    ("text/xml", OPML_BODY, OPML),
    ("text/html", OPML_BODY, OPML),
    ("text/x-opml", b"", OPML),
    ("application/octet-stream", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", UNSUPPORTED),
    ("text/html", b"%PDF-1.4\n", UNSUPPORTED),
    ("application/pdf", PAGE, UNSUPPORTED),
    ("APPLICATION/PDF; qs=0.9", b"", UNSUPPORTED),
    ("image/jpeg", b"\xff\xd8\xff\xe0", UNSUPPORTED),
    ("", PAGE, HTML),
    ("application/octet-stream", PAGE, HTML),
    ("", b"\xef\xbb\xbf\n  <html lang='en'><body>x</body></html>", HTML),
    ("text/html", b"<html><body><p>A <feed> of news</p></body></html>", HTML),
    ("text/html", b"", HTML),
    ("text/plain", b"just words", UNSUPPORTED),
    ("", b"just words", UNSUPPORTED),
], ids=["rss_served_as_html", "atom_served_as_html", "rss", "rdf", "json_feed",
        "json_feed_mislabelled", "json_by_type", "opml_as_xml", "opml_as_html",
        "opml_by_type", "pdf_by_bytes", "pdf_bytes_labelled_html",
        "pdf_by_type", "pdf_type_case_and_params", "image",
        "html_without_type", "html_as_octet_stream", "html_after_bom",
        "html_mentioning_feed_tag", "empty_html_by_type", "plain_text",
        "unknown"])
def test_classify_content(content_type, body, expected):
  assert classify_content(content_type, body) == expected


@pytest.mark.parametrize("content_type, expected", [
    ("application/pdf", True), ("video/mp4", True), ("font/woff2", True),
    ("application/vnd.ms-powerpoint", True),
    ("application/vnd.google-earth.kml+xml", False),
    ("text/html", False), ("", False),
], ids=["pdf", "video", "font", "vnd_binary", "vnd_xml", "html", "empty"])
def test_is_binary_content_type(content_type, expected):
  assert is_binary_content_type(content_type) is expected


# --- Transcripts: the body decides, whatever the Content-Type says ------------

VTT = b"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nGood evening, harbour.\n"
SRT = (b"1\n00:00:01,000 --> 00:00:04,000\nGood evening.\n\n"
       b"2\n00:00:04,500 --> 00:00:06,000\nThe ferry is late.\n")
PODCAST_JSON = (b'{"version": "1.0.0", "segments": [{"speaker": "Ana", '
                b'"startTime": 0.5, "endTime": 3.2, "body": "Welcome."}]}')
JSON3 = (b'{"wireMagic": "pb3", "events": [{"tStartMs": 0, "dDurationMs": '
         b'2000, "segs": [{"utf8": "Hello"}]}]}')
SRV3 = (b'<?xml version="1.0" encoding="utf-8" ?><timedtext format="3"><body>'
        b'<p t="0" d="1500">Hello</p></body></timedtext>')
SRV1 = (b'<?xml version="1.0" encoding="utf-8" ?><transcript>'
        b'<text start="0.5" dur="1.5">Hello</text></transcript>')
TTML = (b'<?xml version="1.0"?><tt xmlns="http://www.w3.org/ns/ttml" '
        b'xml:lang="en"><head/><body><div><p begin="00:00:01.000" '
        b'end="00:00:03.000">Hello</p></div></body></tt>')
# Podcasting 2.0 HTML: bare <time> elements, no attributes.
PODCAST_HTML = (b"<!DOCTYPE html><html><body><cite>Ana:</cite>"
                b"<time>00:00:05</time><p>Welcome.</p><cite>Ben:</cite>"
                b"<time>00:00:09</time><p>Thanks.</p></body></html>")
STAMPED_TEXT = (b"0:00 Welcome to the show.\n0:12 Today the ferry.\n"
                b"1:02:03 Goodbye.\n")
# A live blog's stamps carry a datetime attribute: a news page, not cues.
LIVE_BLOG = (b'<!DOCTYPE html><html><body><article>'
             b'<time datetime="2024-03-05T10:32">10:32</time><p>Ferry late.</p>'
             b'<time datetime="2024-03-05T10:45">10:45</time><p>It left.</p>'
             b"</article></body></html>")
PODCAST_RSS = (b'<?xml version="1.0"?><rss version="2.0" xmlns:podcast="'
               b'https://podcastindex.org/namespace/1.0"><channel><title>t'
               b'</title><item><title>e</title><link>https://a.example/e</link>'
               b'<podcast:transcript url="https://a.example/e.vtt" '
               b'type="text/vtt"/></item></channel></rss>')


@pytest.mark.parametrize("content_type, body, expected", [
    ("text/vtt", VTT, TRANSCRIPT),
    ("text/html", VTT, TRANSCRIPT),
    ("", b"\xef\xbb\xbf" + VTT, TRANSCRIPT),
    ("text/vtt", VTT.decode().encode("utf-16"), TRANSCRIPT),
    ("text/plain", SRT, TRANSCRIPT),
    ("application/json", PODCAST_JSON, TRANSCRIPT),
    ("application/json", JSON3, TRANSCRIPT),
    ("text/xml", SRV3, TRANSCRIPT),
    ("text/xml", SRV1, TRANSCRIPT),
    ("application/xml", TTML, TRANSCRIPT),
    ("text/html", PODCAST_HTML, TRANSCRIPT),
    ("text/plain", STAMPED_TEXT, TRANSCRIPT),
    ("application/octet-stream", STAMPED_TEXT, TRANSCRIPT),
    ("text/html", LIVE_BLOG, HTML),
    ("application/rss+xml", PODCAST_RSS, FEED),
    ("application/json", JSON_FEED, FEED),
    # Media is never sniffed, even if its first bytes look like captions.
    ("audio/mpeg", VTT, UNSUPPORTED),
], ids=["vtt", "vtt_as_html", "vtt_after_bom", "vtt_utf16", "srt_as_text",
        "podcast_json", "youtube_json3", "srv3", "srv1", "ttml",
        "podcast_html", "stamped_text", "stamped_text_as_octet_stream",
        "live_blog_stays_html", "podcast_rss_stays_feed",
        "json_feed_stays_feed", "audio_labelled"])
def test_classify_content_transcripts(content_type, body, expected):
  assert classify_content(content_type, body) == expected


def test_feed_with_time_chapters_in_show_notes_stays_feed():
  body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
          b"<item><title>e</title><link>https://a.example/e</link>"
          b"<description><![CDATA[<p>Chapters:</p><ul>"
          b"<li><time>00:00</time> Intro</li>"
          b"<li><time>05:12</time> The ferry</li></ul>]]></description>"
          b"</item></channel></rss>")
  assert classify_content("application/rss+xml", body) == FEED


@pytest.mark.parametrize("body, expected", [
    (PAGE, True),
    (b"\xef\xbb\xbf<html lang='en'><body>x</body></html>", True),
    (PODCAST_HTML, True),
    (b"<HEAD><title>Login</title></HEAD>", True),
    (VTT, False),
    (PODCAST_JSON, False),
    (RSS, False),
    (b"", False),
    # Only the head of the body counts.
    (b" " * 4096 + PAGE, False),
], ids=["doctype", "html_after_bom", "podcast_html_page", "bare_head",
        "vtt", "json", "rss", "empty", "html_too_far_in"])
def test_is_html_document(body, expected):
  assert is_html_document(body) is expected


@pytest.mark.parametrize("body", [TTML, SRV3], ids=["ttml", "srv3"])
def test_timed_text_xml_is_not_an_html_document(body):
  assert is_html_document(body) is False
