"""Helpers an event set's authoring sources (``tools/src_*.py``) write with.

A source module holds ``ARTICLES`` and ``GOLD`` lists built with the two
functions ``helpers(prefix)`` returns: ``A`` for one article, ``E`` for one
gold event, both keyed by the article number so that an article's events sit
directly below its text. The prefix is the set's doc-id prefix (``val``,
``test``, ``holdout``), so one copy of these helpers serves every set.
"""

__all__ = ["SUBTYPES", "helpers"]

# Short codes for (event_type, sub_event_type), so gold entries stay one line.
SUBTYPES = {
    "BAT": ("Battles", "Armed clash"),
    "AIR": ("Explosions/Remote violence", "Air/drone strike"),
    "IED": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "SUI": ("Explosions/Remote violence", "Suicide bomb"),
    "SHL": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "GRN": ("Explosions/Remote violence", "Grenade"),
    "ABD": ("Violence against civilians", "Abduction/forced disappearance"),
    "ATK": ("Violence against civilians", "Attack"),
    "PP": ("Protests", "Peaceful protest"),
    "PI": ("Protests", "Protest with intervention"),
    "RIOT": ("Riots", "Violent demonstration"),
    "ARR": ("Strategic developments", "Arrests"),
    "DWU": ("Strategic developments", "Disrupted weapons use"),
    "AGR": ("Strategic developments", "Agreement"),
    "OTH": ("Strategic developments", "Other"),
}


def helpers(prefix: str):
  """The (A, E) pair that writes doc ids as ``<prefix>-NNN``."""

  def doc_id(num: int) -> str:
    return "%s-%03d" % (prefix, num)

  def article(num, lang, kind, published_at, title, text):
    # Paragraphs are stripped and joined by one blank line, so sources can
    # indent and space their triple-quoted texts freely.
    paras = [p.strip() for p in text.strip().split("\n\n")]
    return {
        "doc_id": doc_id(num),
        "language": lang,
        "kind": kind,
        "published_at": published_at,
        "title": title,
        "text": "\n\n".join(paras),
    }

  def event(num, triggers, code, date, prec, loc, cc, killed, injured, qual,
            perp, claim, bg, note=""):
    event_type, sub_event_type = SUBTYPES[code]
    return {
        "doc_id": doc_id(num),
        "triggers": list(triggers),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "event_date": date,
        "date_precision": prec,
        "location": loc,
        "country_code": cc,
        "killed": killed,
        "injured": injured,
        "casualty_qualifier": qual,
        "perpetrator": perp,
        "claimed_by": claim,
        "background": bg,
        "note": note,
    }

  return article, event
