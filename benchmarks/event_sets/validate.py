"""Check an event set against the annotation conventions and print its counts.

    python -m benchmarks.event_sets.validate SET_DIR [--prefix P] [--strict] [--show-multi]

The doc-id prefix defaults to the directory name after ``events_``
(``events_test`` -> ``test-NNN``). Exits 1 on errors (and on warnings with
--strict); the conventions are those of benchmarks/events_dev/README.md.
"""

import argparse
import datetime
import json
import pathlib
import re
import sys
from collections import Counter, defaultdict

__all__ = ["check_set", "main"]

TYPES = {
    "Battles": {"Armed clash"},
    "Explosions/Remote violence": {"Air/drone strike", "Remote explosive/landmine/IED", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Grenade"},
    "Violence against civilians": {"Abduction/forced disappearance", "Attack"},
    "Protests": {"Peaceful protest", "Protest with intervention"},
    "Riots": {"Violent demonstration"},
    "Strategic developments": {"Arrests", "Disrupted weapons use", "Agreement", "Other"},
}
QUALS = {None, "exact", "at_least", "more_than", "about"}
PRECS = {None, "day", "month", "year"}
KEYS = ["doc_id", "triggers", "event_type", "sub_event_type", "event_date", "date_precision", "location",
        "country_code", "killed", "injured", "casualty_qualifier", "perpetrator", "claimed_by", "background", "note"]
AKEYS = ["doc_id", "language", "kind", "published_at", "title", "text"]
# Texts shorter than this are too thin to carry events and traps; longer ones
# stop reading like a single news item.
MIN_WORDS, MAX_WORDS = 150, 450


def _occurrences(text, s):
  out, i = [], 0
  while True:
    j = text.find(s, i)
    if j < 0:
      return out
    out.append(j)
    i = j + len(s)  # non-overlapping, left to right


def _parse_trigger(t):
  m = re.match(r"^(.*)#(\d+)$", t, re.S)
  if m:
    return m.group(1), int(m.group(2))
  return t, None


def _check_articles(set_dir, prefix, err, warn):
  arts = {}
  for fn in sorted((set_dir / "articles").glob("*.json")):
    a = json.loads(fn.read_text(encoding="utf-8"))
    if list(a.keys()) != AKEYS:
      err("%s: keys %s" % (fn, list(a.keys())))
    num = fn.name[:-5]
    if a["doc_id"] != prefix + "-" + num:
      err("%s: doc_id %s does not match file name" % (fn, a["doc_id"]))
    if a["language"] not in ("en", "fr", "es"):
      err("%s: language %s" % (a["doc_id"], a["language"]))
    if a["kind"] not in ("article", "transcript"):
      err("%s: kind %s" % (a["doc_id"], a["kind"]))
    try:
      datetime.datetime.strptime(a["published_at"], "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
      err("%s: published_at %s" % (a["doc_id"], a["published_at"]))
    wc = len(a["text"].split())
    if not MIN_WORDS <= wc <= MAX_WORDS:
      err("%s: %d words (must be %d-%d)" % (a["doc_id"], wc, MIN_WORDS, MAX_WORDS))
    if "\n\n\n" in a["text"] or a["text"] != a["text"].strip():
      err("%s: paragraph/whitespace format" % a["doc_id"])
    if a["title"] and a["title"] in a["text"]:
      warn("%s: title repeated inside text" % a["doc_id"])
    a["_wc"] = wc
    arts[a["doc_id"]] = a
  return arts


def _check_event(i, e, arts, claimed_spans, show_multi, err, warn):
  tag = "gold[%d] %s %r" % (i, e.get("doc_id"), (e.get("triggers") or ["?"])[0][:40])
  if list(e.keys()) != KEYS:
    err("%s: keys %s" % (tag, list(e.keys())))
    return
  a = arts.get(e["doc_id"])
  if a is None:
    err("%s: doc_id has no article" % tag)
    return
  text = a["text"]
  pub = datetime.date.fromisoformat(a["published_at"][:10])
  # triggers
  if not e["triggers"]:
    err("%s: no triggers" % tag)
  first_pos = []
  for t in e["triggers"]:
    s, k = _parse_trigger(t)
    occ = _occurrences(text, s)
    if not occ:
      err("%s: trigger %r not in text" % (tag, t))
      continue
    if k is not None:
      if k > len(occ):
        err("%s: trigger %r: only %d occurrence(s)" % (tag, t, len(occ)))
        continue
      if len(occ) == 1:
        warn("%s: trigger %r uses #k but the string is unique" % (tag, t))
      spans = [(occ[k - 1], occ[k - 1] + len(s))]
    else:
      spans = [(o, o + len(s)) for o in occ]
      if len(occ) > 1 and show_multi:
        warn("%s: plain trigger %r occurs %d times (all must name this event)" % (tag, t, len(occ)))
    first_pos.append(spans[0][0])
    for sp in spans:
      claimed_spans[e["doc_id"]].append((sp[0], sp[1], i, t))
  if first_pos and first_pos[0] != min(first_pos):
    warn("%s: first trigger is not the earliest naming in the text" % tag)
  # types
  if e["event_type"] not in TYPES or e["sub_event_type"] not in TYPES[e["event_type"]]:
    err("%s: bad type %s / %s" % (tag, e["event_type"], e["sub_event_type"]))
  # dates
  if e["date_precision"] not in PRECS:
    err("%s: date_precision %r" % (tag, e["date_precision"]))
  if (e["event_date"] is None) != (e["date_precision"] is None):
    err("%s: event_date/date_precision null mismatch" % tag)
  if e["event_date"] is not None:
    try:
      d = datetime.date.fromisoformat(e["event_date"])
    except ValueError:
      err("%s: bad date %r" % (tag, e["event_date"]))
      d = None
    if d:
      if e["date_precision"] == "month" and d.day != 1:
        err("%s: month precision must use day 1" % tag)
      if e["date_precision"] == "year" and (d.month, d.day) != (1, 1):
        err("%s: year precision must use Jan 1" % tag)
      if d > pub:
        err("%s: event after publication" % tag)
      bg_rule = (pub - d).days > 30
      if bg_rule != e["background"]:
        warn("%s: background=%s but 30-day rule says %s (%d days)" % (tag, e["background"], bg_rule, (pub - d).days))
  elif e["background"]:
    warn("%s: background with null date" % tag)
  # casualties
  for f in ("killed", "injured"):
    v = e[f]
    if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
      err("%s: %s=%r" % (tag, f, v))
  q = e["casualty_qualifier"]
  if q not in QUALS:
    err("%s: qualifier %r" % (tag, q))
  if (e["killed"] is None and e["injured"] is None) != (q is None):
    err("%s: qualifier must be null iff killed and injured are both null" % tag)
  if e["event_type"] == "Strategic developments" and e["sub_event_type"] in ("Arrests", "Agreement") and (e["killed"] or e["injured"]):
    warn("%s: casualties on an %s event" % (tag, e["sub_event_type"]))
  # actors
  if e["claimed_by"] and e["perpetrator"] != e["claimed_by"]:
    warn("%s: claimed_by %r differs from perpetrator %r" % (tag, e["claimed_by"], e["perpetrator"]))
  if e["event_type"] in ("Protests", "Riots") or e["sub_event_type"] == "Agreement":
    if e["perpetrator"] is not None:
      warn("%s: perpetrator set on protest/riot/agreement" % tag)
  if e["sub_event_type"] in ("Arrests", "Disrupted weapons use") and not e["perpetrator"]:
    warn("%s: arrests/disrupted without a state actor" % tag)
  if not isinstance(e["background"], bool):
    err("%s: background must be bool" % tag)
  if not re.match(r"^[A-Z]{2}$", e["country_code"] or ""):
    err("%s: country_code %r" % (tag, e["country_code"]))
  if not e["location"]:
    err("%s: empty location" % tag)


def _check_overlaps(claimed_spans, err):
  """Two events may not claim the same or overlapping trigger occurrences."""
  for doc, spans in claimed_spans.items():
    spans.sort()
    for x in range(len(spans)):
      for y in range(x + 1, len(spans)):
        s1, e1, i1, t1 = spans[x]
        s2, e2, i2, t2 = spans[y]
        if s2 >= e1:
          break
        if i1 != i2:
          err("%s: trigger occurrence %r (gold[%d]) overlaps %r (gold[%d])" % (doc, t1, i1, t2, i2))


def _counts(arts, gold):
  lines = []
  out = lines.append
  by_lang = Counter(arts[e["doc_id"]]["language"] for e in gold if e["doc_id"] in arts)
  art_lang = Counter((a["language"], a["kind"]) for a in arts.values())
  neg = sorted(set(arts) - {e["doc_id"] for e in gold})
  out("articles: %d  %s" % (len(arts), dict(sorted(art_lang.items()))))
  wcs = [a["_wc"] for a in arts.values()]
  out("words: min %d max %d mean %.0f" % (min(wcs), max(wcs), sum(wcs) / len(wcs)))
  out("gold events: %d  by language %s" % (len(gold), dict(by_lang)))
  out("background: %d  current: %d" % (sum(e["background"] for e in gold), sum(not e["background"] for e in gold)))
  out("articles with no event: %s" % neg)
  for (t, s), n in sorted(Counter((e["event_type"], e["sub_event_type"]) for e in gold).items()):
    out("  %-28s %-36s %d" % (t, s, n))
  out("date_precision: %s" % dict(Counter(e["date_precision"] for e in gold)))
  out("qualifier: %s" % dict(Counter(e["casualty_qualifier"] for e in gold)))
  out("killed given: %d  injured given: %d  claimed: %d  perpetrator: %d" % (
      sum(e["killed"] is not None for e in gold), sum(e["injured"] is not None for e in gold),
      sum(bool(e["claimed_by"]) for e in gold), sum(bool(e["perpetrator"]) for e in gold)))
  out("perpetrators: %s" % dict(Counter(e["perpetrator"] for e in gold if e["perpetrator"])))
  return lines


def check_set(set_dir: pathlib.Path, prefix: str, show_multi: bool = False):
  """(errors, warnings, count lines) for the set in set_dir."""
  errors, warnings = [], []
  arts = _check_articles(set_dir, prefix, errors.append, warnings.append)
  gold = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))
  claimed_spans = defaultdict(list)  # doc -> [(start, end, event index, trigger)]
  for i, e in enumerate(gold):
    _check_event(i, e, arts, claimed_spans, show_multi, errors.append, warnings.append)
  _check_overlaps(claimed_spans, errors.append)
  return errors, warnings, _counts(arts, gold) if arts else []


def main(argv=None) -> int:
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("set_dir", type=pathlib.Path)
  parser.add_argument("--prefix", help="doc-id prefix (default: the directory name after events_)")
  parser.add_argument("--strict", action="store_true", help="fail on warnings too")
  parser.add_argument("--show-multi", action="store_true",
                      help="list plain triggers that occur more than once")
  args = parser.parse_args(argv)
  if not (args.set_dir / "gold.json").is_file() or not (args.set_dir / "articles").is_dir():
    parser.error("%s: no gold.json and articles/ there" % args.set_dir)
  prefix = args.prefix
  if prefix is None:
    if not args.set_dir.resolve().name.startswith("events_"):
      parser.error("%s: name is not events_<prefix>; pass --prefix" % args.set_dir)
    prefix = args.set_dir.resolve().name[len("events_"):]
  errors, warnings, lines = check_set(args.set_dir, prefix, args.show_multi)
  for line in lines:
    print(line)
  for w in warnings:
    print("WARNING:", w)
  for m in errors:
    print("ERROR:", m)
  print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
  return 1 if errors or (args.strict and warnings) else 0


if __name__ == "__main__":
  sys.exit(main())
