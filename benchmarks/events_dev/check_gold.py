#!/usr/bin/env python3
"""Validate the events_dev benchmark (articles/*.json + gold.json). Stdlib only.

Usage:  python benchmarks/events_dev/check_gold.py [--strict] [--notes]

Errors make the script exit with status 1. Warnings (first trigger not the
earliest naming, background flag inconsistent with the 30-day rule) are
printed but only fail the run with --strict. Notes (a trigger string that
occurs several times without #k, i.e. every occurrence names the event; a
location spelled differently from the text) are informational; list them
with --notes.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART_DIR = os.path.join(HERE, 'articles')
GOLD = os.path.join(HERE, 'gold.json')

TYPES = {
    'Battles': {'Armed clash'},
    'Explosions/Remote violence': {'Suicide bomb', 'Remote explosive/landmine/IED', 'Air/drone strike',
                                   'Shelling/artillery/missile attack', 'Grenade'},
    'Violence against civilians': {'Attack', 'Abduction/forced disappearance'},
    'Protests': {'Peaceful protest', 'Protest with intervention'},
    'Riots': {'Violent demonstration'},
    'Strategic developments': {'Arrests', 'Agreement', 'Disrupted weapons use', 'Other'},
}
PRECISIONS = {'day', 'month', 'year'}
QUALIFIERS = {'exact', 'at_least', 'about', 'more_than'}
LANGS = {'en', 'fr', 'es'}
KINDS = {'article', 'transcript'}
ART_KEYS = {'doc_id', 'language', 'kind', 'published_at', 'title', 'text'}
GOLD_KEYS = {'doc_id', 'triggers', 'event_type', 'sub_event_type', 'event_date', 'date_precision', 'location',
             'country_code', 'killed', 'injured', 'casualty_qualifier', 'perpetrator', 'claimed_by',
             'background', 'note'}
MIN_WORDS, MAX_WORDS = 120, 450
BACKGROUND_DAYS = 30  # background == event (period start) more than 30 days before publication

errors, warnings, notes = [], [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def note(msg):
    notes.append(msg)


def occurrences(text, s):
    """Start offsets of non-overlapping, case-sensitive occurrences of s in text."""
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + len(s))
    return out


def parse_trigger(t):
    m = re.fullmatch(r'(.+)#(\d+)', t)
    if m:
        return m.group(1), int(m.group(2))
    return t, None


def load_articles():
    arts = {}
    if not os.path.isdir(ART_DIR):
        err('missing directory %s' % ART_DIR)
        return arts
    for fn in sorted(os.listdir(ART_DIR)):
        if not fn.endswith('.json'):
            continue
        path = os.path.join(ART_DIR, fn)
        try:
            with open(path, encoding='utf-8') as f:
                a = json.load(f)
        except (OSError, ValueError) as e:
            err('%s: cannot load: %s' % (fn, e))
            continue
        if set(a) != ART_KEYS:
            err('%s: keys %s != %s' % (fn, sorted(a), sorted(ART_KEYS)))
            continue
        did = a['doc_id']
        if not re.fullmatch(r'dev-\d{3}', did) or fn != did[4:] + '.json':
            err('%s: doc_id %r does not match file name NNN.json' % (fn, did))
        if did in arts:
            err('%s: duplicate doc_id %s' % (fn, did))
        if a['language'] not in LANGS:
            err('%s: bad language %r' % (did, a['language']))
        if a['kind'] not in KINDS:
            err('%s: bad kind %r' % (did, a['kind']))
        try:
            a['_pub'] = dt.datetime.strptime(a['published_at'], '%Y-%m-%dT%H:%M:%SZ').date()
        except (TypeError, ValueError):
            err('%s: published_at %r is not YYYY-MM-DDTHH:MM:SSZ' % (did, a['published_at']))
            a['_pub'] = None
        text = a['text']
        if not isinstance(text, str) or not text.strip():
            err('%s: empty text' % did)
            continue
        if '\r' in text or '\n\n\n' in text or text != text.strip():
            err('%s: text must use "\\n\\n" paragraph breaks without stray whitespace' % did)
        nw = len(text.split())
        if not MIN_WORDS <= nw <= MAX_WORDS:
            err('%s: %d words (expected %d-%d)' % (did, nw, MIN_WORDS, MAX_WORDS))
        if a['kind'] == 'transcript' and not re.search(r'^[A-ZÀ-Ý][A-ZÀ-Ý .()\'-]+ ?:', text, re.M):
            err('%s: transcript without speaker labels' % did)
        arts[did] = a
    return arts


def check_date(g, where, pub):
    d, p = g['event_date'], g['date_precision']
    if d is None or p is None:
        if (d is None) != (p is None):
            err('%s: event_date and date_precision must both be null or both set' % where)
        return None
    if p not in PRECISIONS:
        err('%s: bad date_precision %r' % (where, p))
        return None
    try:
        day = dt.date.fromisoformat(d)
    except (TypeError, ValueError):
        err('%s: event_date %r does not parse as YYYY-MM-DD' % (where, d))
        return None
    if p == 'month' and day.day != 1:
        err('%s: month precision must use the first day of the month (%s)' % (where, d))
    if p == 'year' and (day.month, day.day) != (1, 1):
        err('%s: year precision must use January 1 (%s)' % (where, d))
    if pub is not None and day > pub:
        err('%s: event_date %s after publication %s' % (where, d, pub))
    return day


def main():
    strict = '--strict' in sys.argv[1:]
    arts = load_articles()
    try:
        with open(GOLD, encoding='utf-8') as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        print('ERROR: cannot load gold.json: %s' % e)
        return 1
    if not isinstance(gold, list):
        print('ERROR: gold.json must be a list')
        return 1

    per_doc_triggers = collections.defaultdict(dict)
    for i, g in enumerate(gold):
        where = 'gold[%d] (%s)' % (i, g.get('doc_id') if isinstance(g, dict) else '?')
        if not isinstance(g, dict) or set(g) != GOLD_KEYS:
            err('%s: keys must be exactly %s' % (where, sorted(GOLD_KEYS)))
            continue
        a = arts.get(g['doc_id'])
        if a is None:
            err('%s: no article for doc_id' % where)
            continue
        text = a['text']
        # triggers
        trig = g['triggers']
        if not isinstance(trig, list) or not trig or not all(isinstance(t, str) and t for t in trig):
            err('%s: triggers must be a non-empty list of strings' % where)
            trig = []
        first_pos = []
        for t in trig:
            s, k = parse_trigger(t)
            occ = occurrences(text, s)
            if not occ:
                err('%s: trigger %r not found in text' % (where, s))
                continue
            if k is not None:
                if k < 1 or k > len(occ):
                    err('%s: trigger %r asks for occurrence %d but text has %d' % (where, t, k, len(occ)))
                    continue
                pos = [occ[k - 1]]
            else:
                pos = occ
                if len(occ) > 1:
                    note('%s: trigger %r occurs %d times without #k (all taken to refer to this event)'
                         % (where, s, len(occ)))
            first_pos.append(pos[0])
            for p in pos:
                other = per_doc_triggers[g['doc_id']].get((s, p))
                if other is not None and other != i:
                    err('%s: trigger %r at offset %d already used by gold[%d]' % (where, s, p, other))
                per_doc_triggers[g['doc_id']][(s, p)] = i
        if first_pos and first_pos[0] != min(first_pos):
            warn('%s: first trigger is not the earliest naming in the text' % where)
        # types
        et, st = g['event_type'], g['sub_event_type']
        if et not in TYPES:
            err('%s: bad event_type %r' % (where, et))
        elif st not in TYPES[et]:
            err('%s: sub_event_type %r not valid for %r' % (where, st, et))
        # dates
        day = check_date(g, where, a['_pub'])
        if day is not None and a['_pub'] is not None and isinstance(g['background'], bool):
            old = (a['_pub'] - day).days > BACKGROUND_DAYS
            if old != g['background']:
                warn('%s: background=%s but event is %d days before publication'
                     % (where, g['background'], (a['_pub'] - day).days))
        # place
        if not isinstance(g['location'], str) or not g['location'].strip():
            err('%s: location must be a non-empty string' % where)
        elif g['location'].lower() not in text.lower() and g['location'].split()[0].lower() not in text.lower():
            note('%s: location %r does not occur in the text (normalised spelling)' % (where, g['location']))
        if not (isinstance(g['country_code'], str) and re.fullmatch(r'[A-Z]{2}', g['country_code'])):
            err('%s: country_code must be ISO alpha-2 uppercase' % where)
        # casualties
        for key in ('killed', 'injured'):
            v = g[key]
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err('%s: %s must be a non-negative int or null' % (where, key))
        q = g['casualty_qualifier']
        if g['killed'] is None and g['injured'] is None:
            if q is not None:
                err('%s: casualty_qualifier must be null when killed and injured are null' % where)
        elif q not in QUALIFIERS:
            err('%s: casualty_qualifier %r must be one of %s' % (where, q, sorted(QUALIFIERS)))
        for key in ('perpetrator', 'claimed_by'):
            if g[key] is not None and (not isinstance(g[key], str) or not g[key].strip()):
                err('%s: %s must be a non-empty string or null' % (where, key))
        if not isinstance(g['background'], bool):
            err('%s: background must be true/false' % where)
        if not isinstance(g['note'], str):
            err('%s: note must be a string' % where)

    # ---- counts ----
    gold_docs = {g.get('doc_id') for g in gold if isinstance(g, dict)}
    print('Articles: %d' % len(arts))
    by_lang_kind = collections.Counter((a['language'], a['kind']) for a in arts.values())
    for lang in sorted(LANGS):
        n = sum(v for (l, _), v in by_lang_kind.items() if l == lang)
        kinds = ', '.join('%s %d' % (k, by_lang_kind[(lang, k)]) for k in sorted(KINDS) if by_lang_kind[(lang, k)])
        print('  %s: %d (%s)' % (lang, n, kinds))
    no_event = sorted(d for d in arts if d not in gold_docs)
    print('  articles without any gold event: %d %s' % (len(no_event), no_event))
    words = [len(a['text'].split()) for a in arts.values()]
    if words:
        print('  words per article: min %d, max %d, mean %.0f' % (min(words), max(words), sum(words) / len(words)))
    print('Gold events: %d' % len(gold))
    valid = [g for g in gold if isinstance(g, dict) and set(g) == GOLD_KEYS]
    by_type = collections.Counter(g['event_type'] for g in valid)
    by_sub = collections.Counter((g['event_type'], g['sub_event_type']) for g in valid)
    for et in TYPES:
        print('  %-28s %3d' % (et, by_type[et]))
        for st in sorted(TYPES[et]):
            if by_sub[(et, st)]:
                print('      %-34s %3d' % (st, by_sub[(et, st)]))
    print('  background: %d, current: %d' % (sum(g['background'] is True for g in valid),
                                              sum(g['background'] is False for g in valid)))
    print('  by language: %s' % dict(collections.Counter(arts[g['doc_id']]['language'] for g in valid
                                                        if g['doc_id'] in arts)))
    print('  date precision: %s' % dict(collections.Counter(g['date_precision'] for g in valid)))
    print('  with killed: %d, with injured: %d, claimed: %d, with perpetrator: %d' % (
        sum(g['killed'] is not None for g in valid), sum(g['injured'] is not None for g in valid),
        sum(g['claimed_by'] is not None for g in valid), sum(g['perpetrator'] is not None for g in valid)))

    if '--notes' in sys.argv[1:]:
        for n in notes:
            print('NOTE: ' + n)
    else:
        print('(%d informational note(s); run with --notes to list them)' % len(notes))
    for w in warnings:
        print('WARNING: ' + w)
    for e in errors:
        print('ERROR: ' + e)
    if errors or (strict and warnings):
        print('FAILED: %d error(s), %d warning(s)' % (len(errors), len(warnings)))
        return 1
    print('OK: %d warning(s)' % len(warnings))
    return 0


if __name__ == '__main__':
    sys.exit(main())
