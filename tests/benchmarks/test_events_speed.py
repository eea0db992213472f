"""The event tagger's speed benchmark on sets written here (no timings are
asserted): bodies are tagged in their detected language, those the tagger
does not read are left out, and a missing set stops it before any work."""

import json

from benchmarks import events_speed

_BODIES = {
    "page-en": (
        "A car bomb exploded outside the grain market in Farlow on Monday, "
        "killing four people and wounding eleven others, the regional "
        "police chief told reporters. Nobody has claimed the attack, and "
        "traders said the market would reopen once the street was cleared."),
    "page-fr": (
        "Le conseil municipal de Brévinne a voté mardi soir le nouveau plan "
        "de circulation du centre-ville, qui réserve la rue principale aux "
        "bus et aux vélos pendant les heures de marché, une décision "
        "attendue depuis deux ans par les commerçants du quartier."),
    "page-de": (
        "Der Gemeinderat von Hollmark hat am Dienstag beschlossen, die alte "
        "Fähre über den Fluss bis zum Herbst weiterfahren zu lassen, weil "
        "die neue Brücke erst im nächsten Jahr fertig wird und viele Pendler "
        "sonst einen langen Umweg fahren müssten."),
}


def _write_news(root) -> None:
  root.mkdir()
  truth = {page_id: {"articleBody": body, "url": f"https://x.example/{page_id}"}
           for page_id, body in _BODIES.items()}
  (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")


def _write_event_set(root) -> None:
  (root / "articles").mkdir(parents=True)
  (root / "articles" / "one.json").write_text(json.dumps({
      "doc_id": "one", "language": "en",
      "published_at": "2024-05-06T09:00:00Z", "text": _BODIES["page-en"]}),
                                               encoding="utf-8")
  (root / "gold.json").write_text("[]", encoding="utf-8")


def test_news_bodies_are_tagged_in_their_language_and_others_left_out(
    tmp_path):
  _write_news(tmp_path / "news")
  articles = events_speed.load_news(tmp_path / "news")
  assert {page_id: article.language for page_id, article
          in articles.items()} == {"page-en": "en", "page-fr": "fr"}


def test_section_gives_both_sets_and_their_pieces(tmp_path):
  _write_news(tmp_path / "news")
  _write_event_set(tmp_path / "events")
  output = tmp_path / "BENCHMARKS.md"
  assert events_speed.main([str(tmp_path / "news"), "--events-set",
                            str(tmp_path / "events"), "--output",
                            str(output)]) == 0
  section = output.read_text(encoding="utf-8")
  assert "<!-- events-speed:start -->" in section
  words = len(_BODIES["page-en"].split()) + len(_BODIES["page-fr"].split())
  # The bombing is one mention; the council's vote is none.
  assert f"| general news | 2 (en 1, fr 1) | {words} | 1 |" in section
  assert "| events | 1 (en 1) |" in section
  assert "- general news: sentence split " in section


def test_missing_sets_are_refused_with_exit_2(tmp_path, capsys):
  assert events_speed.main([str(tmp_path / "none")]) == 2
  assert capsys.readouterr().err.count("\n") == 1
  _write_news(tmp_path / "news")
  assert events_speed.main([str(tmp_path / "news"), "--events-set",
                            str(tmp_path / "none"), "--no-write"]) == 2
