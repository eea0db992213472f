"""decode_html: BOM, then header, then markup, then detection (no Beam)."""

import codecs

import pytest

from transforms.decode import DecodeError, decode_html

FRENCH = "Le café coûte 3 € — « très » cher, dit l’élève."


def _page(charset_tag: str, text: str = FRENCH) -> str:
  return (f"<html><head>{charset_tag}<title>Été</title></head>"
          f"<body><p>{text}</p></body></html>")


@pytest.mark.parametrize("body, header, expected_codec, expected_how", [
    (_page('<meta charset="windows-1252">').encode("cp1252"), None,
     "cp1252", "markup"),
    (_page('<meta http-equiv="Content-Type" '
           'content="text/html; charset=windows-1252">').encode("cp1252"),
     None, "cp1252", "markup"),
    (_page("<meta charset='iso-8859-1'>").encode("cp1252"), None,
     "cp1252", "markup"),
    (_page('<meta charset="ISO-8859-1">').encode("cp1252"), "latin1",
     "cp1252", "header"),
    (_page('<meta charset="utf-8">').encode("cp1252"), "windows-1252",
     "cp1252", "header"),
    (codecs.BOM_UTF8 + _page('<meta charset="windows-1252">').encode("utf-8"),
     "iso-8859-1", "utf-8-sig", "bom"),
    (codecs.BOM_UTF16_LE + _page("").encode("utf-16-le"), "utf-8",
     "utf-16", "bom"),
    (codecs.BOM_UTF16_BE + _page("").encode("utf-16-be"), None,
     "utf-16", "bom"),
    (_page("").encode("utf-8"), None, "utf-8", "detected"),
    (_page('<meta charset="utf8">').encode("utf-8"), None, "utf-8", "markup"),
    (('<?xml version="1.0" encoding="windows-1252"?>' + _page(""))
     .encode("cp1252"), None, "cp1252", "markup"),
], ids=["meta_charset_only", "http_equiv_only", "iso_8859_1_label_is_cp1252",
        "header_latin1_label_is_cp1252", "header_wins_over_meta", "utf8_bom",
        "utf16le_bom", "utf16be_bom", "undeclared_utf8", "utf8_alias",
        "xml_declaration"])
def test_decode_html_gets_accents_and_euro_right(body, header, expected_codec,
                                                 expected_how):
  text, codec, how = decode_html(body, header)
  assert "Le café coûte 3 € — « très » cher, dit l’élève." in text
  assert "<title>Été</title>" in text
  assert not text.startswith("\ufeff")
  assert (codec, how) == (expected_codec, expected_how)


def test_header_charset_wins_over_meta_even_when_both_decode():
  # ISO-8859-15 puts € at 0xA4 where windows-1252 has ¤: the answer shows
  # which label was used.
  body = _page('<meta charset="windows-1252">', "Prix : 5 €").encode(
      "iso-8859-15")
  text, codec, how = decode_html(body, "iso-8859-15")
  assert "Prix : 5 €" in text
  assert (codec, how) == ("iso8859-15", "header")
  assert "Prix : 5 ¤" in decode_html(body)[0]  # the meta alone misleads


@pytest.mark.parametrize("declared_in, label", [
    ("header", "windows-1252"),
    ("header", "euc-kr"),
    ("meta", "windows-1252"),
    ("meta", "us-ascii"),
    ("header", "no-such-charset"),
], ids=["header_cp1252", "header_euc_kr", "meta_cp1252", "meta_ascii",
        "unknown_label"])
def test_utf8_wrongly_declared_falls_through_to_utf8(declared_in, label):
  # 'Á' is C3 81 and '”' is E2 80 9D in UTF-8: 0x81 and 0x9D are undefined
  # in windows-1252, so the wrong label fails strictly and is passed over.
  words = "Ágata said “déjà vu” in Ōsaka"
  tag = f'<meta charset="{label}">' if declared_in == "meta" else ""
  body = _page(tag, words).encode("utf-8")
  text, codec, how = decode_html(
      body, label if declared_in == "header" else None)
  assert words in text
  assert (codec, how) == ("utf-8", "detected")


def test_legacy_bytes_without_any_declaration_are_detected():
  body = _page("", "Überraschung für die Bürger: das Straßenfest fällt aus, "
                   "weil es regnet. Schöne Grüße aus Köln und München. "
                   * 4).encode("cp1252")
  text, codec, how = decode_html(body)
  assert how == "detected"
  assert codec != "utf-8"
  assert "Straßenfest fällt aus" in text


def test_bytes_that_are_no_text_raise_decode_error():
  with pytest.raises(DecodeError):
    decode_html(bytes(range(256)) * 4)
