"""Actors: armed groups and state forces named in a sentence, normalized.

``ALIASES`` maps one canonical name per group to the ways news in English,
French and Spanish writes it: acronyms (ISIS, ISIL, TTP, JNIM), Arabic-
derived names (Daesh, Ansar Allah, Harakat al-Shabaab al-Mujahideen,
Jama'at Nusrat al-Islam wal-Muslimin) and translations (Etat islamique,
Estado Islamico). Acronyms match only as written (upper case), names
without regard to case or accents. Branches keep their own name when the
text gives it ("Islamic State West Africa Province", ISWAP), else the
parent's.

State forces are named by their common names: "police" (police,
gendarmes, counter-terrorism units) and "military" (army, troops,
soldiers, security forces, air force); a nationality before them makes a
foreign force ("US military", "Israeli military").
"""

import dataclasses
import re
from typing import Dict, List, Optional, Tuple

from transforms.events.scanning import BranchScanner, Scanner
from transforms.events.text import fold

__all__ = ["ALIASES", "ActorMention", "find_actors", "canonical_actor"]

ALIASES: Dict[str, Tuple[str, ...]] = {
    "Islamic State": (
        "Islamic State", "Islamic State group", "Islamic State of Iraq and "
        "the Levant", "Islamic State of Iraq and Syria", "ISIS", "ISIL", "IS",
        "Daesh", "Daech", "Da'esh", "Etat islamique", "groupe Etat islamique",
        "EI", "Estado Islamico", "grupo Estado Islamico", "Islamic State "
        "Khorasan Province", "Islamic State Khorasan", "ISKP", "IS-K",
        "ISIS-K", "Islamic State Sahel Province", "Islamic State in the "
        "Greater Sahara", "EIGS", "ISGS", "Islamic State Somalia"),
    "Islamic State West Africa Province": (
        "Islamic State West Africa Province", "ISWAP", "Iswap",
        "Islamic State West Africa", "Islamic State's West Africa Province",
        "Islamic State's West Africa branch", "Etat islamique en Afrique de "
        "l'Ouest", "EIAO", "Estado Islamico en Africa Occidental"),
    "Taliban": ("Taliban", "Taleban", "talibans", "talibanes",
                "Islamic Emirate of Afghanistan"),
    "Tehrik-i-Taliban Pakistan": (
        "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan",
        "Tehrik-e-Taliban Pakistan", "Pakistani Taliban", "TTP",
        "talibans pakistanais", "talibanes pakistanies"),
    "al-Shabaab": ("al-Shabaab", "al-Shabab", "Al Shabaab", "Al Shabab",
                   "Shabaab", "shebab", "shebabs", "chebab", "chabab",
                   "Harakat al-Shabaab al-Mujahideen", "al-Chabab"),
    "Boko Haram": ("Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
                   "JAS"),
    "JNIM": ("JNIM", "GSIM", "Jama'at Nusrat al-Islam wal-Muslimin",
             "Jamaat Nusrat al-Islam wal-Muslimin",
             "Group for the Support of Islam and Muslims",
             "Groupe de soutien a l'islam et aux musulmans"),
    "al-Qaeda": ("al-Qaeda", "al-Qaida", "Al Qaeda", "Al Qaida", "Al-Qaïda"),
    "al-Qaeda in the Arabian Peninsula": (
        "al-Qaeda in the Arabian Peninsula", "al-Qaida in the Arabian "
        "Peninsula", "AQAP", "Al-Qaida dans la peninsule arabique",
        "Al Qaeda en la Peninsula Arabiga"),
    "al-Qaeda in the Islamic Maghreb": (
        "al-Qaeda in the Islamic Maghreb", "al-Qaida in the Islamic Maghreb",
        "AQIM", "Al-Qaida au Maghreb islamique", "AQMI",
        "Al Qaeda en el Magreb Islamico"),
    "al-Qaeda in the Indian Subcontinent": (
        "al-Qaeda in the Indian Subcontinent", "al-Qaida in the Indian "
        "Subcontinent", "AQIS", "Al-Qaida dans le sous-continent indien",
        "Al Qaeda en el subcontinente indio"),
    "Jamaat-ul-Ahrar": ("Jamaat-ul-Ahrar", "Jamaat ul Ahrar", "JuA"),
    "Ansarul Islam": ("Ansarul Islam", "Ansaroul Islam", "Ansar ul Islam"),
    "Dawlah Islamiyah": ("Dawlah Islamiyah", "Daulah Islamiyah"),
    "Abu Sayyaf": ("Abu Sayyaf", "Abu Sayyaf Group", "ASG"),
    "Fano": ("Fano", "Fano militia", "Fano militiamen", "milices Fano"),
    "Shining Path": ("Shining Path", "Sendero Luminoso", "Sentier lumineux"),
    "MS-13": ("MS-13", "MS13", "Mara Salvatrucha"),
    "Barrio 18": ("Barrio 18", "Calle 18", "Mara 18", "18th Street gang"),
    "Gran Grif": ("Gran Grif",),
    "Los Lobos": ("Los Lobos",),
    "Hayat Tahrir al-Sham": ("Hayat Tahrir al-Sham", "HTS",
                             "Hayat Tahrir al-Cham"),
    "Houthis": ("Houthis", "Houthi", "Huthis", "Huthi", "Ansar Allah",
                "Ansarallah", "houthistes", "rebeldes hutíes", "hutíes",
                "hutis"),
    "Hamas": ("Hamas", "Ezzedine al-Qassam", "Izz ad-Din al-Qassam",
              "Qassam Brigades"),
    "Hezbollah": ("Hezbollah", "Hizbollah", "Hizbullah", "Hezbolá"),
    "Balochistan Liberation Army": ("Balochistan Liberation Army", "BLA",
                                    "Baloch Liberation Army"),
    "ELN": ("ELN", "National Liberation Army", "Ejercito de Liberacion "
            "Nacional", "Armee de liberation nationale"),
    "FARC dissidents": ("FARC dissidents", "FARC dissident", "disidencias de "
                        "las FARC", "disidentes de las FARC", "dissidents des "
                        "FARC", "Estado Mayor Central", "EMC",
                        "Segunda Marquetalia"),
    "FARC": ("FARC",),
    "Clan del Golfo": ("Clan del Golfo", "Gulf Clan", "Autodefensas "
                       "Gaitanistas de Colombia", "AGC"),
    "M23": ("M23", "March 23 Movement", "Mouvement du 23 mars",
            "Movimiento 23 de Marzo"),
    "Allied Democratic Forces": ("Allied Democratic Forces", "ADF",
                                 "Forces democratiques alliees"),
    "Rapid Support Forces": ("Rapid Support Forces", "RSF",
                             "Forces de soutien rapide", "FSR",
                             "Fuerzas de Apoyo Rapido"),
    "People's Defence Force": ("People's Defence Force", "People's Defense "
                               "Force", "PDF"),
    "Arakan Army": ("Arakan Army",),
    "PKK": ("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"),
    "Kurdistan Freedom Falcons": ("Kurdistan Freedom Falcons", "TAK",
                                  "Faucons de la liberte du Kurdistan",
                                  "Halcones de la Libertad del Kurdistan"),
    "Jaish al-Adl": ("Jaish al-Adl", "Jaish ul-Adl", "Jaysh al-Adl",
                     "Jeish al-Adl", "Djaich al-Adl"),
    "Mujahidin Indonesia Timur": (
        "Mujahidin Indonesia Timur", "Mujahideen Indonesia Timur", "MIT",
        "East Indonesia Mujahideen", "Eastern Indonesia Mujahideen",
        "Mujahidin of Eastern Indonesia", "Moudjahidine d'Indonesie "
        "orientale", "Moudjahidines d'Indonesie orientale"),
    "Jamaah Ansharut Daulah": ("Jamaah Ansharut Daulah",
                               "Jemaah Ansharut Daulah", "JAD"),
    "Abdullah Azzam Brigades": ("Abdullah Azzam Brigades",
                                "Brigades Abdallah Azzam",
                                "Brigades Abdullah Azzam"),
    "Viv Ansanm": ("Viv Ansanm",),
    "Caucasus Emirate": ("Caucasus Emirate", "Imarat Kavkaz",
                         "Emirat du Caucase", "Émirat du Caucase"),
    "Sinaloa Cartel": ("Sinaloa Cartel", "Cartel de Sinaloa", "cartel de "
                       "Sinaloa"),
    "Jalisco New Generation Cartel": ("Jalisco New Generation Cartel", "CJNG",
                                      "Cartel Jalisco Nueva Generacion"),
    "Wagner Group": ("Wagner Group", "Wagner", "Africa Corps"),
    "ULFA-I": ("ULFA-I", "ULFA (I)", "United Liberation Front of Asom "
               "(Independent)", "United Liberation Front of Assam "
               "(Independent)", "Front uni de liberation de l'Asom "
               "(independant)", "ULFA"),
    "NSCN": ("NSCN", "NSCN-IM", "NSCN-K", "National Socialist Council of "
             "Nagaland"),
    "CPI (Maoist)": ("CPI (Maoist)", "Communist Party of India (Maoist)",
                     "Maoist rebels", "Maoist insurgents", "Naxalites",
                     "rebelles maoistes", "naxalites"),
    # Not its acronym "LeT": matched without regard to case, it is "let".
    "Lashkar-e-Taiba": ("Lashkar-e-Taiba", "Lashkar-e-Toiba",
                        "Lashkar-e-Tayyiba", "The Resistance Front"),
    "Jaish-e-Mohammed": ("Jaish-e-Mohammed", "Jaish-e-Muhammad", "JeM"),
    "Jamaat-ul-Mujahideen Bangladesh": (
        "Jamaat-ul-Mujahideen Bangladesh", "Jamaatul Mujahideen Bangladesh",
        "JMB", "Neo-JMB"),
    "Jemaah Islamiyah": ("Jemaah Islamiyah", "Jamaah Islamiyah"),
    "New People's Army": ("New People's Army", "NPA",
                          "Nouvelle armee populaire"),
    "Bangsamoro Islamic Freedom Fighters": (
        "Bangsamoro Islamic Freedom Fighters", "BIFF"),
    "Maute group": ("Maute group", "Maute"),
    "Ansar al-Sunna": ("Ansar al-Sunna", "Ahlu Sunnah Wa-Jama", "Ansar "
                       "al-Sunnah"),
    "Ansar Dine": ("Ansar Dine", "Ansar Eddine"),
    "Katiba Macina": ("Katiba Macina", "Macina Liberation Front",
                      "Front de liberation du Macina"),
    "Okba Ibn Nafaa Brigade": ("Okba Ibn Nafaa Brigade", "Okba Ibn Nafaa",
                               "brigade Okba Ibn Nafaa", "Uqba bin Nafi "
                               "Brigade"),
    "3R": ("3R", "Retour, Reclamation et Rehabilitation"),
    "CODECO": ("CODECO", "Cooperative for the Development of Congo"),
    "Lord's Resistance Army": ("Lord's Resistance Army", "LRA",
                               "Armee de resistance du Seigneur"),
    "La Familia Michoacana": ("La Familia Michoacana", "Familia Michoacana"),
}

# State forces: the noun decides which; a nationality adjective before it
# makes it foreign.
_MILITARY = (
    r"army|armed forces|military|troops|soldiers|security forces|air force|"
    r"forces|navy|warplanes|fighter jets|jets|drones?|"
    r"armee|armees|etat-major|militaires|soldats|forces armees|"
    r"forces de securite|aviation|"
    r"ejercito|militares|soldados|fuerzas armadas|fuerzas de seguridad|"
    r"fuerza aerea|tropas")
_POLICE = (
    r"counter-?\s?terror(?:ism)?\s+(?:police|units?|officers|department|"
    r"service|forces?|team|squad)|ctd|cts|anti-?\s?terror(?:ism)?\s+police|"
    r"police\s+antiterroriste|forces\s+antiterroristes|"
    r"forces\s+de\s+securite\s+interieure|internal\s+security\s+forces|"
    r"fsb|dgsi|densus\s+88|densus|"
    r"police|policemen|police officers|officers|gendarmes|gendarmerie|"
    r"detectives|investigators|"
    r"policiers|policia|policias|agentes|carabineros|guardia civil|tedax|"
    r"mossos|ertzaintza")
_NATIONALITY = {
    "us": "US", "u.s.": "US", "american": "US", "americaine": "US",
    "americaines": "US", "americain": "US", "americains": "US",
    "estadounidense": "US", "estadounidenses": "US",
    "israeli": "Israeli", "israelien": "Israeli", "israelienne": "Israeli",
    "israeliennes": "Israeli", "israeliens": "Israeli", "israeli's": "Israeli",
    "israelies": "Israeli", "israelie": "Israeli",
    "russian": "Russian", "russe": "Russian", "russes": "Russian",
    "ruso": "Russian", "rusos": "Russian", "rusa": "Russian",
    "rusas": "Russian",
    "ukrainian": "Ukrainian", "ukrainien": "Ukrainian",
    "ukrainiens": "Ukrainian", "ucraniano": "Ukrainian",
    "ucranianos": "Ukrainian",
    "pakistani": "Pakistani", "pakistanais": "Pakistani",
    "pakistani's": "Pakistani", "paquistani": "Pakistani",
    "turkish": "Turkish", "turc": "Turkish", "turque": "Turkish",
    "turques": "Turkish", "turcs": "Turkish", "turco": "Turkish",
    "turcos": "Turkish",
    "french": "French", "francais": "French", "francaises": "French",
    "frances": "French", "franceses": "French",
    "saudi": "Saudi", "saudi-led": "Saudi", "saoudien": "Saudi",
    "saoudienne": "Saudi", "saudi-led coalition": "Saudi", "saudi's": "Saudi",
    "nigerian": "Nigerian", "nigerian's": "Nigerian", "nigerians": "Nigerian",
    "somali": "Somali", "somalien": "Somali", "somaliennes": "Somali",
    "kenyan": "Kenyan", "iraqi": "Iraqi", "irakien": "Iraqi",
    "irakiennes": "Iraqi", "irakiens": "Iraqi", "iraqui": "Iraqi",
    "iraquies": "Iraqi", "syrian": "Syrian", "syrien": "Syrian",
    "syriens": "Syrian", "sirio": "Syrian", "sirios": "Syrian",
    "afghan": "Afghan", "malian": "Malian", "malien": "Malian",
    "maliens": "Malian", "maliennes": "Malian",
    "burkinabe": "Burkinabe", "burkinabes": "Burkinabe",
    "colombian": "Colombian", "colombien": "Colombian",
    "colombiano": "Colombian", "colombianos": "Colombian",
    "colombiana": "Colombian", "mexican": "Mexican", "mexicano": "Mexican",
    "mexicanos": "Mexican", "mexicana": "Mexican",
    "congolese": "Congolese", "congolais": "Congolese",
    "congolaises": "Congolese", "sudanese": "Sudanese",
    "soudanais": "Sudanese", "yemeni": "Yemeni", "yemenite": "Yemeni",
    "indian": "Indian", "indien": "Indian", "indiens": "Indian",
    "iranian": "Iranian", "iranien": "Iranian", "iraniens": "Iranian",
    "ethiopian": "Ethiopian", "myanmar": "Myanmar", "burmese": "Myanmar",
}


@dataclasses.dataclass(frozen=True)
class ActorMention:
  start: int
  end: int
  name: str  # canonical
  state_force: bool


def _alias_pattern(alias: str) -> str:
  # Apostrophes and hyphens vary between outlets; accents are folded
  # before matching.
  escaped = re.escape(fold(alias))
  escaped = escaped.replace("'", "['’]?").replace(r"\-", r"[-\s]?")
  return escaped.replace(r"\ ", r"\s+")


def _is_acronym(alias: str) -> bool:
  letters = [c for c in alias if c.isalpha()]
  return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 6


def _compile_groups() -> Tuple[Scanner, Scanner, Dict[str, str]]:
  canonical = {}
  acronyms, names = [], []
  for name, aliases in ALIASES.items():
    for alias in aliases:
      canonical[fold(alias).casefold()] = name
      (acronyms if _is_acronym(alias) else names).append(alias)
  by_length = lambda items: sorted(set(items), key=len, reverse=True)
  acronym_re = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
      _alias_pattern(a) for a in by_length(acronyms)))
  # Hundreds of names, which re would try one after another (ignoring case,
  # it cannot skip one on its first letter) wherever a name may start: each
  # start tries only the names that can begin there.
  names_scanner = BranchScanner(
      r"(?<![\w])", [(None, _alias_pattern(a)) for a in by_length(names)],
      r"(?![\w])", re.IGNORECASE)
  return Scanner(acronym_re), names_scanner, canonical


_ACRONYMS, _NAMES, _CANONICAL = _compile_groups()
# A group the table lacks, named the way Arabic names armed groups: a unit
# word ("Saraya", "Kataib", "Jaish": companies, brigades, army) and a name,
# mostly after an article ("Saraya al-Ashtar", "Jund al-Aqsa", "Kataib
# Hezbollah"). Its canonical name is the name as written. "Liwa Oasis" or
# "Ansar Dine" (in the table) are not guessed: those unit words need the
# article.
_ARABIC_ARTICLE = r"(?:al|el|ad|an|as|ash|at|az|ar|ul|wal)[-\s]"
# (Plain substring tests first: re would try the words at every letter.)
_ARABIC_UNIT_STEMS = ("Saraya", "Kata", "Katib", "Jaish", "Jaysh", "Harakat",
                      "Jabhat", "Asa", "Faylaq", "Hurras", "Liwa", "Ansar",
                      "Jund", "Tanzim", "Jama", "Ahrar", "Hizb")
# Where a match may start; the whole pattern decides.
_ARABIC_UNIT_WORD = re.compile(r"\b(?:%s)" % "|".join(_ARABIC_UNIT_STEMS))
_ARABIC_NAMED_GROUP = re.compile(
    r"(?<![\w-])(?:(?:Saraya|Kata['’]?ib|Katibat?|Jaish|Jaysh|Harakat|"
    r"Jabhat|Asa['’]?ib|Faylaq|Hurras)\s+(?:" + _ARABIC_ARTICLE + r")?|"
    r"(?:Liwa|Ansar|Jund|Tanzim|Jama['’]?at|Ahrar|Hizb)\s+"
    + _ARABIC_ARTICLE + r")"
    r"[A-Z][\w'’]+(?:[\s-](?:" + _ARABIC_ARTICLE + r")?[A-Z][\w'’]+){0,2}")
# Any other group the text says is one, in words set off by commas after
# its name: "The Imam Shamil Battalion, a little-known group from Russia's
# North Caucasus, claimed", "le Front X, un groupe armé peu connu". Only
# an armed group's words: "Amnesty International, a rights group" is none.
# (Found from the apposition back to the name: "a ... group" is rare, so
# the name's pattern runs only where one is.)
_ARMED_APPOSITION = re.compile(
    r", (?:an?|another|one|un|une|autre) "
    r"(?:[\w-]+ ){0,3}?(?:(?:militant|armed|jihadist|rebel|insurgent|"
    r"separatist|extremist|terrorist|islamist|little-known|splinter|"
    r"breakaway|shadowy|guerrilla|paramilitary) (?:[\w-]+ )?(?:group|"
    r"faction|movement|organi[sz]ation|outfit|militia|network)|"
    r"(?:groupe|mouvement|faction|organisation|milice) (?:arme|jihadiste|"
    r"djihadiste|rebelle|islamiste|separatiste|terroriste|insurge|"
    r"paramilitaire|peu connu|dissident|radical))\b")
_APPOSED_NAME = re.compile(
    r"(?<![\w'’-])(?:(?:The|the|Le|le|La|la|Les|les|L['’]) )?"
    r"(?P<name>(?:[A-Z][\w'’-]+ (?:(?:of|of the|for|al|de|du|des|de la|"
    r"el|wal|pour la|pour le) )?(?:(?:liberation|salut|defense|resistance|"
    r"patriotique|populaire|nationale?|islamique|armee|revolutionnaire|"
    r"democratique|unifiee?) (?:(?:de|du|des|de la|et|pour la) )?)?){0,4}"
    r"[A-Z][\w'’-]+)$")
_APPOSED_NAME_REACH = 90
_NATIONALITIES = "|".join(sorted((re.escape(n) for n in _NATIONALITY),
                                 key=len, reverse=True))
# Police first: "forces de sécurité intérieure", "forces antiterroristes"
# are police though "forces" alone is the army.
_STATE = Scanner(re.compile(
    r"(?<![\w])(?P<police>%s)(?![\w])|"
    r"(?<![\w])(?:(?P<nat>%s)[\s-]+(?:(?:led|backed|coalition|government|"
    r"state|regime|de\s+la|del?)\s+)?)?(?P<military>%s)(?![\w])"
    % (_POLICE, _NATIONALITIES, _MILITARY), re.IGNORECASE))
_FORCES_AFTER = re.compile(
    r"\s+(?:armees?|militaires?|forces|ejercito|fuerzas|armadas)?\s*"
    r"(?P<nat>%s)\b"
    % _NATIONALITIES, re.IGNORECASE)


def canonical_actor(alias: str) -> Optional[str]:
  """The canonical name of a group alias, or None."""
  return _CANONICAL.get(fold(alias).casefold())


def _canonical_of_match(text: str) -> str:
  folded = re.sub(r"\s+", " ", text).casefold().replace("’", "'")
  name = _CANONICAL.get(folded)
  if name is None:
    # Apostrophe or hyphen dropped: compare without them.
    squeeze = lambda s: re.sub(r"['\s-]", "", s)
    for alias, canonical in _CANONICAL.items():
      if squeeze(alias) == squeeze(folded):
        return canonical
  return name


def find_actors(text: str) -> List[ActorMention]:
  """Groups and state forces named in ``text``, in text order."""
  folded = fold(text)
  found = []
  taken = []
  for pattern in (_NAMES, _ACRONYMS):
    for match in pattern.finditer(folded):
      if any(s < match.end() and match.start() < e for s, e in taken):
        continue
      name = _canonical_of_match(match.group())
      if name is None:
        continue
      taken.append((match.start(), match.end()))
      found.append(ActorMention(match.start(), match.end(), name, False))
  unit_words = (_ARABIC_UNIT_WORD.finditer(folded)
                if any(word in folded for word in _ARABIC_UNIT_STEMS) else ())
  for unit_word in unit_words:
    match = _ARABIC_NAMED_GROUP.match(folded, unit_word.start())
    if match is None:
      continue
    inside = [(s, e) for s, e in taken
              if s < match.end() and match.start() < e]
    if all(match.start() <= s and e <= match.end()
           and e - s < match.end() - match.start() for s, e in inside):
      # "Kataib Hezbollah" is its own group, not Hezbollah.
      found = [a for a in found if (a.start, a.end) not in inside]
      taken.append((match.start(), match.end()))
      found.append(ActorMention(match.start(), match.end(),
                                _as_written(text, match.start(), match.end()),
                                False))
  for apposition in _ARMED_APPOSITION.finditer(folded):
    match = _APPOSED_NAME.search(
        folded, max(0, apposition.start() - _APPOSED_NAME_REACH),
        apposition.start())
    if match is None:
      continue
    start, end = match.span("name")
    if not any(s < end and start < e for s, e in taken):
      taken.append((start, end))
      found.append(ActorMention(start, end, _as_written(text, start, end),
                                False))
  for match in _STATE.finditer(folded):
    if any(s < match.end() and match.start() < e for s, e in taken):
      continue
    if match.group("police"):
      name = "police"
    else:
      nationality = match.group("nat")
      if nationality is None:
        after = _FORCES_AFTER.match(folded, match.end())
        nationality = after.group("nat") if after else None
      name = ("%s military" % _NATIONALITY[nationality.casefold()]
              if nationality else "military")
    found.append(ActorMention(match.start(), match.end(), name, True))
  found.sort(key=lambda actor: actor.start)
  return _absorb_group_forces(found, folded)


def _as_written(text: str, start: int, end: int) -> str:
  """The name of a group the table lacks: as written, one space between
  words, a straight apostrophe."""
  return re.sub(r"\s+", " ", text[start:end]).replace("’", "'")


def is_state_force(name: str) -> bool:
  """Whether a canonical name is a state force's ("police", "military",
  "Nigerian military")."""
  return name in ("police", "military") or name.endswith(" military")


def _absorb_group_forces(found: List[ActorMention],
                         text: str) -> List[ActorMention]:
  """"Taliban security forces", "Houthi forces": the group's own forces,
  not the state's."""
  kept = []
  for actor in found:
    previous = kept[-1] if kept else None
    if (actor.state_force and previous is not None
        and not previous.state_force
        and not text[previous.end:actor.start].strip(" -")):
      kept[-1] = dataclasses.replace(previous, end=actor.end)
      continue
    kept.append(actor)
  return kept
