"""Event mentions end to end: a backfill writes DIR/mentions.

One feed brings an English wire story about an invented twin suicide
bombing in Quetta (a claim of responsibility, arrests the next day and an
older attack recalled as background), a French report of the same bombing
and a story with numbers but no event. Every story is invented.
"""

import datetime

from pipelines import backfill
from tests.conftest import read_dataset

_FAST = ["--timeout", "5", "--max-attempts", "1", "--per-host-delay", "0",
         "-q"]
_HTML = "text/html; charset=utf-8"
_RSS = {"Content-Type": "application/rss+xml"}

_PAGE = """<html lang="{lang}"><head><title>{title}</title>
<meta property="article:published_time" content="{published}"></head>
<body><article><h1>{title}</h1>
{paragraphs}
</article></body></html>"""

_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Frontier Wire</title>
{items}
</channel></rss>"""

_ITEM = """<item><title>{title}</title><link>{{{{BASE}}}}{path}</link>
<pubDate>{pub_date}</pubDate></item>"""

# Published on Thursday 5 February 2026: "Wednesday" is the 4th.
_WIRE = [
    "QUETTA, Pakistan (Frontier Wire) - Two suicide bombers blew themselves "
    "up outside the main bus terminal in Quetta on Wednesday evening, "
    "killing at least 19 people and wounding 42 others, provincial "
    "officials said.",
    "The first bomber struck at the ticket hall as passengers queued for "
    "the night coaches; the second detonated his vest among the crowd that "
    "gathered to help the wounded.",
    "Tehreek-e-Taliban Pakistan claimed responsibility in a message sent to "
    "journalists a few hours later.",
    "Police arrested six men on Thursday morning in raids on two houses in "
    "the eastern outskirts of the city, a spokesman said.",
    "In 2017, a truck bombing in the city killed 57 people.",
]
_FRENCH = [
    "Deux kamikazes se sont fait exploser mercredi soir devant la gare "
    "routière de Quetta, dans le sud-ouest du Pakistan, faisant au moins 19 "
    "morts et une quarantaine de blessés, selon les autorités de la "
    "province.",
    "Les passagers attendaient les cars de nuit pour Karachi lorsque le "
    "premier assaillant a actionné sa charge dans le hall des guichets. Le "
    "second a visé la foule venue porter secours aux victimes.",
]
_ORCHARD = [
    "Apricot growers in the valleys around Quetta expect a harvest of about "
    "300,000 tonnes this year, 12 percent more than in 2025, after a mild "
    "winter and 40 days of steady rain in the autumn, the provincial farm "
    "office said on Wednesday.",
    "A 34-year-old grower who farms 15 acres near the city said prices at "
    "the wholesale market had already risen by a fifth, and that 200 "
    "seasonal pickers had signed up for the first week of the season.",
]


def _serve(server):
  stories = [
      ("/wire/2026/02/quetta-bombing", "Twin suicide bombing kills 19 in "
       "Quetta", "en", "2026-02-05T07:00:00Z",
       "Thu, 05 Feb 2026 07:00:00 GMT", _WIRE),
      ("/monde/2026/02/quetta-attentat", "Double attentat-suicide à Quetta",
       "fr", "2026-02-05T08:00:00Z", "Thu, 05 Feb 2026 08:00:00 GMT",
       _FRENCH),
      ("/farm/2026/02/apricots", "Quetta apricot growers expect a record "
       "harvest", "en", "2026-02-05T09:00:00Z",
       "Thu, 05 Feb 2026 09:00:00 GMT", _ORCHARD),
  ]
  items = []
  for path, title, lang, published, pub_date, paragraphs in stories:
    server.add(path, headers={"Content-Type": _HTML}, content=_PAGE.format(
        lang=lang, title=title, published=published, paragraphs="\n".join(
            f"<p>{paragraph}</p>" for paragraph in paragraphs)))
    items.append(_ITEM.format(title=title, path=path, pub_date=pub_date))
  server.add("/frontier.xml", headers=_RSS,
             content=_FEED.format(items="\n".join(items)))
  return server.url("/frontier.xml")


def _summary(row, path_of):
  return (path_of[row["doc_id"]], row["event_type"], row["sub_event_type"],
          row["trigger"], row["event_date"], row["date_precision"],
          row["location"], row["country_code"], row["killed"],
          row["injured"], row["arrested"], row["claimed_by"],
          row["background"])


D = datetime.date
TTP = "Tehrik-i-Taliban Pakistan"
EXPECTED = sorted([
    ("/wire/2026/02/quetta-bombing", "Explosions/Remote violence",
     "Suicide bomb", "suicide bombers", D(2026, 2, 4), "day", "Quetta", "PK",
     19, 42, None, TTP, False),
    ("/wire/2026/02/quetta-bombing", "Strategic developments", "Arrests",
     "arrested", D(2026, 2, 5), "day", "Quetta", "PK", None, None, 6, None,
     False),
    ("/wire/2026/02/quetta-bombing", "Explosions/Remote violence",
     "Remote explosive/landmine/IED", "bombing", D(2017, 1, 1), "year",
     "Pakistan", "PK", 57, None, None, None, True),
    ("/monde/2026/02/quetta-attentat", "Explosions/Remote violence",
     "Suicide bomb", "kamikazes", D(2026, 2, 4), "day", "Quetta", "PK", 19,
     40, None, None, False),
])


def _mention_rows(output, server):
  documents = read_dataset(output, "documents")
  base = server.url("")
  path_of = {row["doc_id"]: row["url"][len(base):] for row in documents}
  text_of = {row["doc_id"]: row["text"] for row in documents}
  return documents, path_of, text_of, read_dataset(output, "mentions")


def test_backfill_writes_mentions(server, tmp_path):
  output = str(tmp_path / "out")
  feed = _serve(server)

  backfill.run([feed, "--output", output, *_FAST])
  documents, path_of, text_of, mentions = _mention_rows(output, server)
  assert sorted(path_of.values()) == ["/farm/2026/02/apricots",
                                      "/monde/2026/02/quetta-attentat",
                                      "/wire/2026/02/quetta-bombing"]
  assert {path_of[row["doc_id"]]: row["language"] for row in documents} == {
      "/farm/2026/02/apricots": "en", "/monde/2026/02/quetta-attentat": "fr",
      "/wire/2026/02/quetta-bombing": "en"}
  assert sorted(_summary(row, path_of) for row in mentions) == EXPECTED

  # Every row is traced to its words in its document's text.
  for row in mentions:
    text = text_of[row["doc_id"]]
    assert text[row["char_start"]:row["char_end"]] == row["trigger"]
    assert row["sentence"] in text
    assert row["trigger"] in row["sentence"]
  # Beside its document: the same date partition.
  date_of = {row["doc_id"]: row["date"] for row in documents}
  assert all(row["date"] == date_of[row["doc_id"]] for row in mentions)
  assert len({row["mention_id"] for row in mentions}) == len(mentions)
  # The apricot story's numbers are no casualties: no mentions at all.
  assert "/farm/2026/02/apricots" not in {
      path_of[row["doc_id"]] for row in mentions}
  # Tagging failed for no document.
  assert [row for row in read_dataset(output, "errors")
          if row["stage"] == "events"] == []

  # A second run into the same DIR leaves the same rows: no duplicates.
  key = lambda row: row["mention_id"]
  before = sorted(mentions, key=key)
  backfill.run([feed, "--output", output, *_FAST])
  after = sorted(read_dataset(output, "mentions"), key=key)
  assert [row["mention_id"] for row in after] == [
      row["mention_id"] for row in before]
  strip = lambda row: {k: v for k, v in row.items() if k != "fetched_at"}
  assert [strip(row) for row in after] == [strip(row) for row in before]
