"""Scanner: a compiled pattern's finditer/search/blanking results, exactly,
from trying the pattern only where one of its literal prefixes starts."""

import random
import re

import pytest

from transforms.events import actors, casualties, tagger, triggers
from transforms.events.scanning import (AnchorGate, AnchorSet,
                                       BranchScanner, Scanner, trie_regex)

# Texts with what could trip a prefix search: case twins that re's
# IGNORECASE equates with ASCII letters (Kelvin sign, dotless i, long s,
# dotted capital I), accents, curly apostrophes, hyphens, overlaps.
TEXTS = [
    "",
    "Gunmen attacked the ISIS-K base; ISIS and IS fighters fled.",
    "The \u212aabul blast: \u0131slamic \u017ftate, \u0130SIS and isis.",
    "Car bombs, car-bombs and CAR  BOMBS; carbomb; a bomb-car.",
    "Al-Qa\u00efda, al Qaeda, AL-QAEDA and l\u2019attaque d\u2019hier.",
    "attack attacks attacked attacking counterattack reattack",
    "suicide bombing suicide bomber suicide-bombers bombing suicide",
    "VBIED, vbied, IEDs and an ied: land mines, landmines.",
    "aaaa aaab abab baba ab-ab a\u2019b a'b",
    "2 weeks, 3 AB, 44 weeks, 5 weeks, 1a2 ab, c-3 Weeks",
]

# (id, pattern): the constructs lexicon entries use.
PATTERNS = [
    ("words_ignorecase", re.compile(
        r"(?<![\w-])(?:attacks?|attacked|bomb(?:ing|er)?)(?![\w-])", re.I)),
    ("first_alternative_wins", re.compile(
        r"(?<![\w-])(?:(?P<a>suicide bomb(?:er|ers|ing))|(?P<b>bombing)|"
        r"(?P<c>suicide))(?![\w-])", re.I)),
    ("case_sensitive_acronyms", re.compile(r"(?<![\w-])(?:ISIS-K|ISIS|IS)"
                                           r"(?![\w-])")),
    ("case_sensitive_part", re.compile(
        r"\b(?:(?-i:V?B?IEDs?)|land ?mines?)\b", re.I)),
    ("optional_and_classes", re.compile(
        r"(?:al[-\s]?)?qa(?:e|i|\u00ef)da|l['\u2019]attaque", re.I)),
    ("case_twins", re.compile(r"kabul|islamic|state|isis", re.I)),
    ("no_boundary_overlaps", re.compile(r"aab|ab|ba", re.I)),
    ("repeats", re.compile(r"(?:ab){2,}|a{3}b?", re.I)),
    ("spaces_inside", re.compile(r"car\s+bombs?|car-bombs?", re.I)),
    ("boundary_before_non_word", re.compile(r"\b(?:-b|'a|ab)", re.I)),
    ("lookbehind_in_branches", re.compile(
        r"(?<!\w)(?:aa|ISIS)|(?:x)?(?<![\w'])ba", re.I)),
    ("ascii_word_rule", re.compile(r"(?<![\w-])(?:kabul|state)", re.I | re.A)),
    ("small_ranges", re.compile(r"\b(?:[2-4]|[a-cX]-[3-4]) (?:weeks?|ab)",
                                re.I)),
    # No literal start: scanned as the plain pattern, where a string
    # inside every match is in the text.
    ("class_first", re.compile(r"\w+ing\b", re.I)),
    ("class_first_words_inside", re.compile(
        r"\b(?:(?P<n>[a-z]+|\d) (?:weeks?|ab) (?:since|after)|"
        r"(?P<m>two|a) (?:bomb|ab)s?)\s+(?:\w+ ){0,2}$", re.I)),
    ("class_first_case_sensitive", re.compile(r"[A-Z]\w*(?:IS-K|state)")),
    ("ignorecase_inside_case_sensitive", re.compile(r"(?i:isis)|IS")),
]


def _results(matches):
  return [(m.span(), m.lastgroup, m.groups()) for m in matches]


@pytest.mark.parametrize("pattern", [p for _, p in PATTERNS],
                         ids=[name for name, _ in PATTERNS])
def test_scanner_matches_equal_the_patterns(pattern):
  scanner = Scanner(pattern)
  for text in TEXTS:
    assert _results(scanner.finditer(text)) == _results(
        pattern.finditer(text)), text
    expected = pattern.search(text)
    found = scanner.search(text)
    assert (found and found.span()) == (expected and expected.span()), text
    assert scanner.blank(text) == pattern.sub(
        lambda m: " " * len(m.group()), text), text


@pytest.mark.parametrize("pattern", [p for _, p in PATTERNS],
                         ids=[name for name, _ in PATTERNS])
def test_scanner_search_between_positions_equals_the_patterns(pattern):
  """search(text, pos, endpos) as re's: a lookbehind or \\b at pos still
  sees the character before it, and a match ends by endpos."""
  scanner = Scanner(pattern)
  for text in TEXTS:
    for pos in range(len(text) + 1):
      for endpos in range(pos, len(text) + 1, 3):
        expected = pattern.search(text, pos, endpos)
        found = scanner.search(text, pos, endpos)
        assert (found and found.span()) == (
            expected and expected.span()), (text, pos, endpos)


def test_patterns_with_literal_starts_are_anchored_others_are_not():
  anchored = {name: Scanner(p).anchored for name, p in PATTERNS}
  assert anchored == {
      "words_ignorecase": True, "first_alternative_wins": True,
      "case_sensitive_acronyms": True, "case_sensitive_part": True,
      "optional_and_classes": True, "case_twins": True,
      "no_boundary_overlaps": True, "repeats": True, "spaces_inside": True,
      "boundary_before_non_word": True, "lookbehind_in_branches": True,
      "ascii_word_rule": True, "small_ranges": True,
      "class_first": False, "class_first_words_inside": False,
      "class_first_case_sensitive": False,
      "ignorecase_inside_case_sensitive": False}


def _check_random_texts(pattern: re.Pattern, rng: random.Random) -> None:
  """Scanner(pattern) finds what ``pattern`` finds in random texts over a
  small alphabet with case twins, whole and between random positions."""
  scanner = Scanner(pattern)
  for _ in range(5):
    text = "".join(rng.choice(_LETTERS) for _ in range(rng.randint(0, 40)))
    assert _results(scanner.finditer(text)) == _results(
        pattern.finditer(text)), (pattern.pattern, text)
    pos = rng.randint(0, len(text))
    endpos = rng.randint(pos, len(text))
    expected = pattern.search(text, pos, endpos)
    found = scanner.search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span()), (
        pattern.pattern, text, pos, endpos)


_LETTERS = "abAB-' \u212a\u0131k\u00e9_1"


def test_random_patterns_and_texts_agree_with_re():
  """Alternations of random words over a small alphabet (so prefixes
  overlap often), with and without IGNORECASE and boundaries."""
  rng = random.Random(20261121)
  for _ in range(300):
    words = [rng.choice(["", "-", "'"])
             + "".join(rng.choice("abkAB") for _ in range(rng.randint(1, 5)))
             + rng.choice(["", "s?", "(?:-b)?", "[ab]", r"\s+a"])
             for _ in range(rng.randint(1, 6))]
    body = "|".join(words)
    source = rng.choice(["(?:%s)", r"(?<![\w-])(?:%s)(?![\w-])",
                         r"\b(?:%s)\b", r"(?<!\w)(?:%s)"]) % body
    pattern = re.compile(source, rng.choice(
        [0, re.IGNORECASE, re.IGNORECASE | re.ASCII]))
    _check_random_texts(pattern, rng)


def test_random_unanchored_patterns_agree_with_re():
  """Patterns no literal starts, with words inside every match: the
  text is scanned only when one of those is in it (or in the part
  searched), and the matches are still the pattern's."""
  rng = random.Random(20261125)
  for _ in range(300):
    words = "|".join("".join(rng.choice("abkAB")
                             for _ in range(rng.randint(1, 4)))
                     + rng.choice(["", "s?", "[ab]", r"\s+a"])
                     for _ in range(rng.randint(1, 4)))
    source = rng.choice([r"\w+(?:%s)", r"[ab]?(?:%s)\w", r"(?:\w|-)(?:%s)",
                         r"\b(?:\w+ (?:%s)|'(?:%s))"]).replace(
                             "%s", words)
    pattern = re.compile(source, rng.choice([0, re.IGNORECASE]))
    _check_random_texts(pattern, rng)


def test_unanchored_patterns_are_gated_by_a_string_inside_when_they_have_one():
  """Speed, not results: the anniversary pattern opens with a class, but
  every match holds a unit word ("days", "ans"), and most windows before a
  trigger hold none; a pattern with no literal at all has no gate."""
  assert not tagger._ANNIVERSARY.anchored
  assert tagger._ANNIVERSARY.search("killed in an attack on") is None
  # pylint: disable=protected-access
  assert tagger._ANNIVERSARY._inside is not None
  assert Scanner(re.compile(r"\w+ing\b"))._inside is not None
  assert Scanner(re.compile(r"\w+\s+\w"))._inside is None


def test_uncased_characters_stay_in_anchors_and_cased_ones_end_them():
  """A curly apostrophe has no case twin, so it may stay in an anchor
  under IGNORECASE ("l’attaque" is not anchored on "l" alone); an accented
  letter has one ("É"), which the key does not map, so the anchor stops
  before it. Either way the matches are the pattern's."""
  rng = random.Random(20261124)
  letters = "la’'\u00e9\u00c9 tqLT-\u00ab"
  for _ in range(200):
    body = "|".join(rng.choice(["l['’]", "l’", "d’", "", "«\\s?"])
                    + "".join(rng.choice("atq\u00e9\u00c9’")
                              for _ in range(rng.randint(1, 4)))
                    for _ in range(rng.randint(1, 4)))
    source = rng.choice(["(?:%s)", r"(?<![\w-])(?:%s)(?![\w-])",
                         r"\b(?:%s)"]) % body
    pattern = re.compile(source, rng.choice([0, re.IGNORECASE]))
    scanner = Scanner(pattern)
    for _ in range(5):
      text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
      assert _results(scanner.finditer(text)) == _results(
          pattern.finditer(text)), (source, text)
  assert Scanner(re.compile(r"\bl['’]attaque", re.I))._kept == ["l attaqu"]


def _spans_and_names(matches):
  return [(m.span(), m.group(), m.lastgroup) for m in matches]


def test_branch_scanner_finds_what_the_whole_alternation_finds():
  """Random branches over a small alphabet, so that one branch's prefix
  is often another's, and the first matching branch must win; some named,
  some not (None: no group)."""
  rng = random.Random(20261122)
  letters = "abAB-' \u212a\u0131k\u00e9_1"
  for _ in range(300):
    branches = [(rng.choice(["b%d" % index, None]),
                 rng.choice(["", "-", "'"])
                 + "".join(rng.choice("abkAB")
                           for _ in range(rng.randint(1, 5)))
                 + rng.choice(["", "s?", "(?:-b)?", "[ab]", r"\s+a", "|ab"]))
                for index in range(rng.randint(1, 8))]
    head, tail = rng.choice([("", ""), (r"(?<![\w-])", r"(?![\w-])"),
                             (r"\b", r"\b"), (r"(?<!\w)", "")])
    flags = rng.choice([0, re.IGNORECASE, re.IGNORECASE | re.ASCII])
    scanner = BranchScanner(head, branches, tail, flags)
    for _ in range(5):
      text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
      assert _spans_and_names(scanner.finditer(text)) == _spans_and_names(
          scanner.pattern.finditer(text)), (branches, text)
      found, expected = scanner.search(text), scanner.pattern.search(text)
      assert _spans_and_names([found] if found else []) == _spans_and_names(
          [expected] if expected else []), (branches, text)


def _random_word_scanners(rng, alphabet="abkAB", longest=4, flags=None):
  """One to three scanners of a few random words each, opening as the
  lexicons do (bare, after ``(?<![\w-])`` or ``\b``); ``flags`` None: drawn
  for each scanner."""
  scanners = []
  for _ in range(rng.randint(1, 3)):
    words = "|".join("".join(rng.choice(alphabet)
                             for _ in range(rng.randint(2, longest)))
                     + rng.choice(["", "s?", r"\s+a"])
                     for _ in range(rng.randint(1, 3)))
    source = rng.choice(["(?:%s)", r"(?<![\w-])(?:%s)(?![\w-])",
                         r"\b(?:%s)\b"]) % words
    scanners.append(Scanner(re.compile(source, rng.choice(
        [0, re.IGNORECASE]) if flags is None else flags)))
  return scanners


def test_anchor_gate_passes_every_text_with_a_match_in_some_part():
  """A gate closes only on texts where none of its scanners matches, in
  the text or in any slice of it; and it closes on some."""
  rng = random.Random(20261123)
  letters = "abAB-' \u212a\u0131k\u00e9_1"
  closed = 0
  for _ in range(60):
    scanners = _random_word_scanners(rng)
    gate = AnchorGate(*scanners)
    for _ in range(10):
      text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
      matched = any(scanner.search(text[i:j]) for scanner in scanners
                    for i in range(len(text) + 1)
                    for j in range(i, len(text) + 1))
      if matched:
        assert gate.may_match(text), ([s.pattern for s in scanners], text)
      closed += not gate.may_match(text)
  assert closed


def test_anchor_gate_blanked_by_passes_every_text_matched_after_blanking():
  """With ``blanked_by``, a gate on the text passes wherever its scanners
  match the text blanked by that scanner (which can join two words of an
  anchor with its spaces, or open a word); and it closes on some."""
  rng = random.Random(20261125)
  letters = "abAB-' \u212a\u0131k\u00e9_1"
  closed = 0
  for _ in range(80):
    flags = rng.choice([0, re.IGNORECASE])
    scanners = _random_word_scanners(rng, "abkAB ", 5, flags)
    blanking = Scanner(re.compile(rng.choice(["k[ab]", "ab?k", "[-']b"]),
                                  flags))
    gate = AnchorGate(*scanners, blanked_by=blanking)
    for _ in range(10):
      text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 16)))
      blanked = blanking.blank(text)
      if any(scanner.search(blanked) for scanner in scanners):
        assert gate.may_match(text), (
            [s.pattern for s in scanners], blanking.pattern, text)
      closed += not gate.may_match(text)
  assert closed


def test_anchor_gate_blanked_by_a_one_character_pattern_always_passes():
  gate = AnchorGate(Scanner(re.compile(r"\bab cd")),
                    blanked_by=Scanner(re.compile(r"ab?")))
  assert gate.may_match("") and gate.may_match("nothing here")


def test_anchor_gate_of_an_unanchored_scanner_always_passes():
  gate = AnchorGate(Scanner(re.compile(r"\w+ing\b")))
  assert gate.may_match("") and gate.may_match("nothing here")


def test_anchor_set_names_every_scanner_that_matches_and_leaves_some_out():
  """Scanners of one key mode share the search; an unanchored one, or one
  of another mode, is always named."""
  rng = random.Random(20261124)
  letters = "abAB-' \u212a\u0131k\u00e9_1"
  left_out = 0
  for _ in range(80):
    flags = rng.choice([0, re.IGNORECASE])
    scanners = []
    for _ in range(rng.randint(1, 4)):
      words = "|".join(rng.choice(["", "-"])
                       + "".join(rng.choice("abkAB")
                                 for _ in range(rng.randint(1, 4)))
                       + rng.choice(["", "s?", r"\s+a"])
                       for _ in range(rng.randint(1, 3)))
      source = rng.choice(["(?:%s)", r"(?<![\w-])(?:%s)(?![\w-])",
                           r"\b(?:%s)\b", r"\w+(?:%s)"]) % words
      scanners.append(Scanner(re.compile(source, flags)))
    anchors = AnchorSet(*scanners)
    for _ in range(10):
      text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 24)))
      present = anchors.present(text)
      for scanner in scanners:
        if scanner.search(text):
          assert scanner in present, (scanner.pattern, text)
      left_out += len(scanners) - len(present)
  assert left_out


TRIGGER_TEXTS = TEXTS + [
    "A suicide car bomber struck; the suicide bombing and a car bomb "
    "followed, then an airstrike, shelling, clashes and a grenade attack.",
    "Gunmen attacked a police checkpoint and abducted two workers; "
    "protesters marched, rioters torched cars and police arrested ten.",
    "Un attentat-suicide et une voiture piégée ; des hommes armés ont "
    "enlevé trois personnes, des manifestants ont défilé.",
    "Un atentado suicida y un coche bomba; hombres armados secuestraron a "
    "dos personas y los manifestantes marcharon.",
]


@pytest.mark.parametrize("language", sorted(triggers._COMPILED))
def test_trigger_lexicon_branches_match_as_the_whole_lexicon(language):
  combined = triggers._COMPILED[language][0]
  assert combined.anchored
  for text in TRIGGER_TEXTS:
    assert _spans_and_names(combined.finditer(text)) == _spans_and_names(
        combined.pattern.finditer(text)), text


@pytest.mark.parametrize("language, sentence", [
    ("en", "The weather was fine and the shops closed early."),
    ("es", "Hacía buen tiempo y las tiendas cerraron temprano."),
])
def test_trigger_gate_closes_on_a_sentence_without_trigger_words(
    language, sentence):
  """The gate that spares most sentences the exclusions and the lexicon
  is built: an exclusion of one character, or an anchor left empty, would
  make it pass every sentence. (The French lexicon has one-letter anchors,
  "a", which its gate finds inside words: it passes nearly every sentence.)"""
  assert not triggers._COMPILED[language][3].may_match(sentence)


@pytest.mark.parametrize("language", sorted(triggers._COMPILED))
def test_trigger_gate_passes_the_texts_with_triggers(language):
  combined, _, exclude, gate = triggers._COMPILED[language]
  for text in TRIGGER_TEXTS:
    if combined.search(exclude.blank(text)):
      assert gate.may_match(text), text


@pytest.mark.parametrize("name, scanner", [
    *((f"triggers_{language}", combined)
      for language, (combined, *_) in triggers._COMPILED.items()),
    *((f"trigger_exclusions_{language}", exclude)
      for language, (_, _, exclude, _) in triggers._COMPILED.items()),
    ("actor_names", actors._NAMES), ("actor_acronyms", actors._ACRONYMS),
    ("state_forces", actors._STATE),
    ("casualty_words", casualties._ANY_WORD),
    ("casualty_verbs", casualties._BEFORE),
    ("claims", tagger._CLAIM), ("denials", tagger._DENIAL),
    ("speculation", tagger._SPECULATION),
    ("hypothetical", tagger._HYPOTHETICAL),
])
def test_sentence_lexicons_are_anchored(name, scanner):
  """Every alternative of these lexicons starts with a literal: an entry
  that starts with a class or wildcard would make each sentence scan try
  the whole lexicon at every position again (the tagger gets slow, not
  wrong)."""
  assert scanner.anchored, name


def test_trie_regex_matches_exactly_its_words():
  words = ["attack", "attacks", "at", "bomb", "bomber"]
  pattern = re.compile(f"(?:{trie_regex(words)})$")
  for word in words:
    assert pattern.match(word)
  for other in ["atta", "bombe", "a", ""]:
    assert not pattern.match(other)


def test_qualifier_before_a_place_lies_within_its_reach():
  """The tagger searches for "Lower", "Southern"... in _QUALIFIER_REACH
  characters before a place, not from the start of the sentence: every
  qualifier, right before the place or before a line break there, is
  found as the whole sentence up to the place would find it."""
  words = re.search(r"\((.*)\)", tagger._QUALIFIER_BEFORE.pattern.pattern)
  for word in words.group(1).split("|"):
    for text in (f"Gunmen struck {word} ", f"In the {word} \n",
                 f"{word} ", f"x-{word} "):
      whole = tagger._QUALIFIER_BEFORE.pattern.search(text, 0, len(text))
      near = tagger._QUALIFIER_BEFORE.search(
          text, max(0, len(text) - tagger._QUALIFIER_REACH), len(text))
      assert whole is not None and near is not None, text
      assert near.span() == whole.span(), text
