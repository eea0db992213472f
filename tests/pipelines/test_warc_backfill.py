"""End to end: a backfill whose SOURCE is a WARC archive, read with no network.

The archive is written by the test (tests/warc_files.py): invented news
pages in three languages, the records a crawl stores beside them, a damaged
record, and a copy of one story under a tracking parameter.
"""

import datetime

import pytest

from pipelines import backfill
from tests import warc_files as wf
from tests.conftest import read_dataset
from tests.pipelines.test_backfill import _audited_run

SITE = "https://lakeside-courier.example"
CRAWLED = datetime.datetime(2026, 11, 4, 6, 30, tzinfo=datetime.timezone.utc)

STORIES = {
    f"{SITE}/2026/11/02/tram-line": ("en", "Tram line to the lake opens", [
        "The new tram line between the railway station and the lake shore "
        "opened on Monday morning, two months later than the city council "
        "had promised when the works began last spring.",
        "About four hundred passengers rode the first trams, and the operator "
        "said the line would carry six thousand people a day once the schools "
        "reopen after the autumn holidays.",
        "Shop owners along Harbour Street, closed to cars during the works, "
        "said their customers were returning, although parking near the "
        "market hall remains scarce on weekends.",
    ]),
    f"{SITE}/fr/2026/11/02/pont-des-pecheurs": (
        "fr", "Le pont des Pêcheurs rouvre aux piétons", [
            "Le pont des Pêcheurs, fermé depuis l'été pour des travaux de "
            "consolidation, a rouvert aux piétons mardi matin sous un ciel "
            "couvert, au grand soulagement des habitants du vieux quartier.",
            "Les cyclistes devront encore patienter jusqu'à la fin du mois, "
            "le temps que la nouvelle chaussée sèche et que les garde-corps "
            "soient contrôlés par les services techniques de la ville.",
            "Selon la mairie, le chantier a coûté un peu plus que prévu, "
            "mais les piles du pont devraient tenir encore un siècle.",
        ]),
    f"{SITE}/es/2026/11/02/mercado-de-abastos": (
        "es", "El mercado de abastos amplía su horario", [
            "El mercado de abastos del barrio del puerto abrirá también los "
            "domingos por la mañana a partir de diciembre, según anunció el "
            "martes la asociación de comerciantes tras meses de negociación.",
            "Los vendedores de fruta y pescado celebraron la decisión, "
            "aunque algunos temen que el nuevo horario obligue a contratar "
            "más personal en plena temporada baja.",
            "El ayuntamiento estudia además cubrir la plaza contigua para "
            "instalar puestos de productores locales durante el invierno.",
        ]),
}


def _archive_records() -> list:
  records = [wf.warcinfo()]
  for url, (lang, title, paragraphs) in STORIES.items():
    records += [wf.request(url), wf.response(url, wf.page(title, paragraphs,
                                                          lang),
                                             date="2026-11-04T06:30:00Z"),
                wf.metadata(url)]
  first = next(iter(STORIES))
  lang, title, paragraphs = STORIES[first]
  records += [
      # The same story under a tracking parameter: one document.
      wf.response(f"{first}?utm_source=newsletter",
                  wf.page(title, paragraphs, lang),
                  date="2026-11-04T07:00:00Z"),
      wf.response(f"{SITE}/2026/11/01/old-story", b"<html>gone</html>",
                  "404 Not Found"),
      wf.response(f"{SITE}/img/tram.jpg", b"\xff\xd8\xff", content_type="image/jpeg"),
      wf.revisit(first),
      wf.Raw(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03damaged member"),
  ]
  return records


@pytest.fixture(scope="module")
def warc_run(tmp_path_factory):
  tmp_path = tmp_path_factory.mktemp("warc")
  archive = tmp_path / "CC-NEWS-20261104063000-00001.warc.gz"
  wf.write_warc(archive, _archive_records())
  output = tmp_path / "out"
  summary = backfill.run([str(tmp_path / "CC-NEWS-*.warc.gz"), "--output",
                          str(output), "-q"])
  return tmp_path, str(output), summary


def test_archived_pages_become_documents(warc_run):
  tmp_path, output, _ = warc_run
  documents = read_dataset(output, "documents")
  by_url = {row["canonical_url"]: row for row in documents}
  assert sorted(by_url) == sorted(STORIES)
  for url, (lang, title, paragraphs) in STORIES.items():
    row = by_url[url]
    assert row["title"] == title
    assert row["language"] == lang
    assert row["kind"] == "article"
    assert row["http_status"] == 200
    assert row["source"] == str(tmp_path / "CC-NEWS-*.warc.gz")
    assert row["published_at"].date() == datetime.date(2026, 11, 2)
    for paragraph in paragraphs:
      assert paragraph in row["text"]
    assert "Home | World" not in row["text"]
  # fetched_at is WARC-Date; the tracking-parameter copy merged into one row.
  tram = by_url[next(iter(STORIES))]
  assert tram["fetched_at"] in (CRAWLED, CRAWLED + datetime.timedelta(
      minutes=30))


def test_damaged_record_is_an_errors_row_and_skips_are_counted(warc_run):
  _, output, summary = warc_run
  errors = read_dataset(output, "errors")
  assert [(e["stage"], e["error_type"]) for e in errors] == [
      ("source", "corrupt_record")]
  assert "CC-NEWS-20261104063000-00001.warc.gz at byte " in errors[0]["message"]
  assert summary.warc_skipped == {
      "warcinfo_record": 1, "request_record": 3, "metadata_record": 3,
      "not_200": 1, "not_html": 1, "revisit_record": 1}
  assert summary.count("warc", "pages") == 4
  assert summary.count("write", "documents_rows") == 3
  lines = summary.render().splitlines()
  assert ("  warc:        15 records in 1 files: 4 HTML pages, 10 skipped "
          "(metadata_record 3, not_200 1, not_html 1, request_record 3, "
          "revisit_record 1, warcinfo_record 1), 1 unreadable (in errors)"
          ) in lines


def test_warc_backfill_opens_no_connection(tmp_path):
  archive = tmp_path / "news.warc.gz"
  wf.write_warc(archive, _archive_records())
  events, completed = _audited_run(
      tmp_path, ["backfill", str(archive), "--output", str(tmp_path / "out")])
  assert events == []
  assert "4 HTML pages" in completed.stdout
