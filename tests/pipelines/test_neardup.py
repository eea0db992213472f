"""Near duplicates end to end: two monthly backfills into one output.

January's feed brings original stories; February's brings a wire copy of a
January story (a "(Northwire) -" prefix, a new headline, the last paragraph
trimmed), an unrelated new story and another outlet's own report of the same
January event. February's run reads January's signature index from DIR and
links the copy to January's row; the separate report shares names and
numbers but not sentences, so it stays canonical. Every story is invented.
"""

from pipelines import backfill
from tests.conftest import read_dataset

_FAST = ["--timeout", "5", "--max-attempts", "1", "--per-host-delay", "0",
         "-q"]
_HTML = "text/html; charset=utf-8"
_RSS = {"Content-Type": "application/rss+xml"}

_PAGE = """<html><head><title>{title}</title>
<meta property="article:published_time" content="{published}"></head>
<body><article><h1>{title}</h1>
{paragraphs}
</article></body></html>"""

_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{channel}</title><language>en</language>
{items}
</channel></rss>"""

_ITEM = """<item><title>{title}</title><link>{{{{BASE}}}}{path}</link>
<pubDate>{pub_date}</pubDate></item>"""

# January's original: five paragraphs.
_LIMIT = [
    "Households in the Calderbrook valley will be allowed to use no more "
    "than 120 litres of water a day from Monday, after the level of the "
    "Greywater reservoir fell to 31 percent of its capacity, the lowest "
    "January reading since records began in 1962. The valley water board "
    "announced the limit at a public meeting in the town hall on Thursday "
    "night.",
    "Board chairman Tobias Flint said the dry autumn had left the reservoir "
    "unable to recover and that a leak in the main pipeline from the dam to "
    "the treatment works was losing about 4 million litres every day. Repair "
    "crews have been sent to the pipeline, but the damaged section lies under "
    "the old quarry road and cannot be reached until the ground is dug out.",
    "Under the new rules, garden hoses, car washing and the filling of "
    "private pools are banned until further notice. Farms and the dairy "
    "cooperative at Lowmere will receive a separate allowance, and the board "
    "will send inspectors to check meters in every street of the valley "
    "during the first two weeks.",
    "Several residents at the meeting asked why the leak had not been found "
    "earlier. Flint said the board had received reports of wet ground near "
    "the quarry road in November but had believed the water came from a "
    "spring. He apologised and promised an independent review of how the "
    "reports were handled.",
    "The board will publish the reservoir level on its website every "
    "morning. Flint said the limit could be lifted in March if the winter "
    "brings normal rainfall and the pipeline repairs are finished on time.",
]

_LIBRARY = [
    "The public library in Hollin Cross reopened on Saturday after eighteen "
    "months of building work that added a children's floor, a reading room "
    "overlooking the canal and a workshop where visitors can repair "
    "bicycles, radios and small furniture with borrowed tools.",
    "Librarian Agnes Holloway said more than 900 people came through the "
    "doors on the first day, many of them to look for the local history "
    "collection, which has been moved from the basement to a new room on "
    "the ground floor with its own climate control.",
    "The renovation cost 2.4 million and was paid for by the county and a "
    "bequest from a retired schoolteacher. Opening hours will be extended "
    "to eight in the evening on weekdays from next month.",
]

# Under min_words (50): never compared, never indexed.
_BRIEF = [
    "The Lowmere ferry will not sail on Sunday because of strong winds "
    "forecast for the estuary, the operator said on Friday evening.",
]

# February: the wire copy drops the last paragraph and adds a prefix.
_WIRE_COPY = ["(Northwire) - " + _LIMIT[0], *_LIMIT[1:4]]

_PASS = [
    "Snow closed the Hartfell pass for the third time this winter on "
    "Tuesday, cutting the direct road between the two market towns and "
    "sending lorries on a detour of almost ninety kilometres through the "
    "lowland villages.",
    "Highway crews worked through the night with two ploughs, but drifts "
    "reformed as quickly as they were cleared, the county roads officer "
    "Priya Lanark said. She asked drivers not to follow satellite "
    "navigation onto the farm tracks above the pass, where a van had been "
    "stuck for six hours.",
    "The pass is expected to reopen on Thursday if the wind drops. The "
    "school bus from the upper valley will run on the lowland route until "
    "then, leaving twenty minutes earlier than usual.",
]

# Another outlet's own report of January's limit: same facts, own words.
_LIMIT_REPORT = [
    "A daily cap of 120 litres per household comes into force across the "
    "Calderbrook valley on Monday. The Greywater reservoir now holds just 31 "
    "percent of what it can store, a January figure not seen since "
    "measurements started in 1962.",
    "Tobias Flint, who chairs the valley water board, blamed a rainless "
    "autumn and a broken main between the dam and the treatment works. "
    "Engineers estimate that some 4 million litres escape from it each day; "
    "the fault is buried beneath the former quarry road and has to be "
    "excavated before anyone can fix it.",
    "Hosepipes, washing cars and topping up swimming pools are now "
    "forbidden. Lowmere's dairy cooperative and local farms get their own "
    "quota, and inspectors will visit every street to read meters over the "
    "coming fortnight. Flint told angry residents that wet patches reported "
    "near the quarry in November had been mistaken for a natural spring, "
    "and he promised that outsiders would examine the board's handling of "
    "those warnings.",
]


def _paragraphs(paragraphs):
  return "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def _serve_month(server, feed_path, channel, stories):
  """Serves a feed of ``stories`` and their pages; returns the feed URL.

  A story is (path, title, ISO 8601 date, RFC 822 date, paragraphs).
  """
  items = []
  for path, title, published, pub_date, paragraphs in stories:
    server.add(path, headers={"Content-Type": _HTML}, content=_PAGE.format(
        title=title, published=published, paragraphs=_paragraphs(paragraphs)))
    items.append(_ITEM.format(title=title, path=path, pub_date=pub_date))
  server.add(feed_path, headers=_RSS,
             content=_FEED.format(channel=channel, items="\n".join(items)))
  return server.url(feed_path)


def _serve_january(server):
  return _serve_month(server, "/valley-times/january.xml", "Valley Times", [
      ("/valley-times/2026/01/water-limit",
       "Calderbrook valley limits water to 120 litres a day",
       "2026-01-15T18:00:00Z", "Thu, 15 Jan 2026 18:00:00 GMT", _LIMIT),
      ("/valley-times/2026/01/library",
       "Hollin Cross library reopens after renovation",
       "2026-01-17T10:00:00Z", "Sat, 17 Jan 2026 10:00:00 GMT", _LIBRARY),
      ("/valley-times/2026/01/ferry",
       "Lowmere ferry cancelled",
       "2026-01-16T17:00:00Z", "Fri, 16 Jan 2026 17:00:00 GMT", _BRIEF),
  ])


def _serve_february(server):
  return _serve_month(server, "/february.xml", "Regional Digest", [
      ("/northwire/2026/02/reservoir-rules",
       "Drought rules for valley as reservoir runs low",
       "2026-02-02T07:30:00Z", "Mon, 02 Feb 2026 07:30:00 GMT", _WIRE_COPY),
      ("/hill-post/2026/02/hartfell-snow",
       "Snow shuts Hartfell pass again",
       "2026-02-10T06:00:00Z", "Tue, 10 Feb 2026 06:00:00 GMT", _PASS),
      ("/lowland-echo/2026/02/water-cap",
       "Water cap for Calderbrook homes",
       "2026-02-01T12:00:00Z", "Sun, 01 Feb 2026 12:00:00 GMT", _LIMIT_REPORT),
  ])


def _by_path(server, rows):
  base = server.url("")
  return {row["url"][len(base):]: row for row in rows}


def _snapshot(output):
  documents = read_dataset(output, "documents")
  signatures = read_dataset(output, "signatures")
  return (sorted((row["doc_id"], row["duplicate_of"], row["cluster_id"])
                 for row in documents),
          sorted((row["doc_id"], row["cluster_id"]) for row in signatures))


def test_february_copy_links_to_january_original(server, tmp_path):
  output = str(tmp_path / "out")
  january_feed = _serve_january(server)
  february_feed = _serve_february(server)

  backfill.run([january_feed, "--output", output, *_FAST])
  january = _by_path(server, read_dataset(output, "documents"))
  assert sorted(january) == ["/valley-times/2026/01/ferry",
                             "/valley-times/2026/01/library",
                             "/valley-times/2026/01/water-limit"]
  original = january["/valley-times/2026/01/water-limit"]
  assert original["duplicate_of"] is None
  assert original["cluster_id"] == original["doc_id"]

  backfill.run([february_feed, "--output", output, *_FAST])
  documents = _by_path(server, read_dataset(output, "documents"))
  assert len(documents) == 6
  copy = documents["/northwire/2026/02/reservoir-rules"]
  assert copy["text"].startswith("(Northwire) - Households in the Calderbrook")
  assert copy["duplicate_of"] == original["doc_id"]
  assert copy["cluster_id"] == original["doc_id"]
  # Four of five paragraphs: an exact Jaccard of about 0.8.
  assert 0.5 <= copy["similarity"] < 1.0
  # January's row is untouched: still the canonical of its cluster.
  assert documents["/valley-times/2026/01/water-limit"] == original

  for path in ["/lowland-echo/2026/02/water-cap",
               "/hill-post/2026/02/hartfell-snow",
               "/valley-times/2026/01/library",
               "/valley-times/2026/01/ferry"]:
    row = documents[path]
    assert (row["duplicate_of"], row["similarity"], row["cluster_id"]) == (
        None, None, row["doc_id"]), path

  # One index row per long document of both runs, none for the brief.
  brief = documents["/valley-times/2026/01/ferry"]
  assert len(brief["text"].split()) < 50
  long_ids = {row["doc_id"] for row in documents.values()} - {brief["doc_id"]}
  signatures = read_dataset(output, "signatures")
  assert sorted(row["doc_id"] for row in signatures) == sorted(long_ids)
  assert {row["doc_id"]: row["cluster_id"] for row in signatures} == {
      row["doc_id"]: row["cluster_id"] for row in documents.values()
      if row["doc_id"] in long_ids}
  by_id = {row["doc_id"]: row for row in signatures}
  assert by_id[copy["doc_id"]]["canonical_published_at"] == (
      original["published_at"])
  assert {row["params"] for row in signatures} == {"oph2-w5-p128-b32x4-s1"}
  # Beside its document: the same date partition.
  assert by_id[copy["doc_id"]]["date"] == copy["date"]

  # February again: the index now holds February too; nothing changes.
  before = _snapshot(output)
  backfill.run([february_feed, "--output", output, *_FAST])
  assert _snapshot(output) == before
  again = _by_path(server, read_dataset(output, "documents"))
  assert again["/northwire/2026/02/reservoir-rules"]["similarity"] == (
      copy["similarity"])
