"""Helpers for authoring the events_test set (val-NNN)."""

T = {
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


def A(num, lang, kind, published_at, title, text):
    paras = [p.strip() for p in text.strip().split("\n\n")]
    return {
        "doc_id": "val-%03d" % num,
        "language": lang,
        "kind": kind,
        "published_at": published_at,
        "title": title,
        "text": "\n\n".join(paras),
    }


def E(num, triggers, t, date, prec, loc, cc, killed, injured, qual, perp, claim, bg, note=""):
    et, st = T[t]
    return {
        "doc_id": "val-%03d" % num,
        "triggers": list(triggers),
        "event_type": et,
        "sub_event_type": st,
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
