"""Stand-alone validator for the events_test set (stdlib only).

usage: python tools/validate.py [--strict] [--show-multi]
Exits 1 on errors (and on warnings with --strict)."""
import json, os, re, sys, glob, datetime
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STRICT = "--strict" in sys.argv
SHOW_MULTI = "--show-multi" in sys.argv
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

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

# ---- articles
arts = {}
for fn in sorted(glob.glob(os.path.join(ROOT, "articles", "*.json"))):
    a = json.load(open(fn, encoding="utf-8"))
    if list(a.keys()) != AKEYS:
        err("%s: keys %s" % (fn, list(a.keys())))
    num = os.path.basename(fn)[:-5]
    if a["doc_id"] != "val-" + num:
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
    if not 150 <= wc <= 450:
        err("%s: %d words (must be 150-450)" % (a["doc_id"], wc))
    if "\n\n\n" in a["text"] or a["text"] != a["text"].strip():
        err("%s: paragraph/whitespace format" % a["doc_id"])
    if a["title"] and a["title"] in a["text"]:
        warn("%s: title repeated inside text" % a["doc_id"])
    a["_wc"] = wc
    arts[a["doc_id"]] = a

# ---- gold
gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))

def occurrences(text, s):
    out, i = [], 0
    while True:
        j = text.find(s, i)
        if j < 0:
            return out
        out.append(j)
        i = j + len(s)          # non-overlapping, left to right

def parse_trigger(t):
    m = re.match(r"^(.*)#(\d+)$", t, re.S)
    if m:
        return m.group(1), int(m.group(2))
    return t, None

claimed_spans = defaultdict(list)   # doc -> [(start, end, event index, trigger)]
for i, e in enumerate(gold):
    tag = "gold[%d] %s %r" % (i, e.get("doc_id"), (e.get("triggers") or ["?"])[0][:40])
    if list(e.keys()) != KEYS:
        err("%s: keys %s" % (tag, list(e.keys())))
        continue
    a = arts.get(e["doc_id"])
    if a is None:
        err("%s: doc_id has no article" % tag)
        continue
    text = a["text"]
    pub = datetime.date.fromisoformat(a["published_at"][:10])
    # triggers
    if not e["triggers"]:
        err("%s: no triggers" % tag)
    first_pos = []
    for t in e["triggers"]:
        s, k = parse_trigger(t)
        occ = occurrences(text, s)
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
            if len(occ) > 1 and SHOW_MULTI:
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

# overlapping / shared trigger occurrences across different events
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

# ---- report
by_lang = Counter(arts[e["doc_id"]]["language"] for e in gold if e["doc_id"] in arts)
art_lang = Counter((a["language"], a["kind"]) for a in arts.values())
neg = sorted(set(arts) - {e["doc_id"] for e in gold})
print("articles: %d  %s" % (len(arts), dict(sorted(art_lang.items()))))
wcs = [a["_wc"] for a in arts.values()]
print("words: min %d max %d mean %.0f" % (min(wcs), max(wcs), sum(wcs) / len(wcs)))
print("gold events: %d  by language %s" % (len(gold), dict(by_lang)))
print("background: %d  current: %d" % (sum(e["background"] for e in gold), sum(not e["background"] for e in gold)))
print("articles with no event: %s" % neg)
for (t, s), n in sorted(Counter((e["event_type"], e["sub_event_type"]) for e in gold).items()):
    print("  %-28s %-36s %d" % (t, s, n))
print("date_precision:", dict(Counter(e["date_precision"] for e in gold)))
print("qualifier:", dict(Counter(e["casualty_qualifier"] for e in gold)))
print("killed given: %d  injured given: %d  claimed: %d  perpetrator: %d" % (
    sum(e["killed"] is not None for e in gold), sum(e["injured"] is not None for e in gold),
    sum(bool(e["claimed_by"]) for e in gold), sum(bool(e["perpetrator"]) for e in gold)))
print("perpetrators:", dict(Counter(e["perpetrator"] for e in gold if e["perpetrator"])))
for w in warnings:
    print("WARNING:", w)
for m in errors:
    print("ERROR:", m)
print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
sys.exit(1 if errors or (STRICT and warnings) else 0)
