"""classify_content: sniff the body before believing the Content-Type."""

import pytest

from transforms.content import (FEED, HTML, OPML, UNSUPPORTED,
                                classify_content, is_binary_content_type)

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
