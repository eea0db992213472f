"""find_actors: armed groups and state forces, normalized. Invented text."""

import pytest

from transforms.events.actors import canonical_actor, find_actors


def _actors(text):
  return [(a.name, a.state_force, text[a.start:a.end])
          for a in find_actors(text)]


IS, TTP, SHABAAB = "Islamic State", "Tehrik-i-Taliban Pakistan", "al-Shabaab"

# (id, text, [(canonical name, state force, words)]).
CASES = [
    # --- Islamic State in three languages -------------------------------------
    ("isis", "ISIS claimed the ambush.", [(IS, False, "ISIS")]),
    ("isil", "ISIL fighters overran the village.", [(IS, False, "ISIL")]),
    ("daesh", "Daesh said it sent the bomber.", [(IS, False, "Daesh")]),
    ("islamic_state_group", "The Islamic State group issued a statement.",
     [(IS, False, "Islamic State group")]),
    ("etat_islamique_accent", "L'État islamique a revendiqué l'attaque.",
     [(IS, False, "État islamique")]),
    ("estado_islamico_accent", "El Estado Islámico reivindicó el atentado.",
     [(IS, False, "Estado Islámico")]),
    ("is_acronym", "Officials said IS had claimed it.", [(IS, False, "IS")]),
    ("is_lowercase_verb", "The town is quiet and the market is open.", []),
    # --- Pakistani Taliban vs Taliban -------------------------------------------
    ("pakistani_taliban", "The Pakistani Taliban denied the claim.",
     [(TTP, False, "Pakistani Taliban")]),
    ("ttp", "A TTP commander was arrested.", [(TTP, False, "TTP")]),
    ("tehreek_spelling", "Tehreek-e-Taliban Pakistan issued a statement.",
     [(TTP, False, "Tehreek-e-Taliban Pakistan")]),
    ("taliban", "The Taliban said the road was open.",
     [("Taliban", False, "Taliban")]),
    ("taliban_security_forces", "Taliban security forces arrested five men.",
     [("Taliban", False, "Taliban security forces")]),
    # --- al-Shabaab spellings ---------------------------------------------------
    ("al_shabab", "Al-Shabab gunmen stormed the hotel.",
     [(SHABAAB, False, "Al-Shabab")]),
    ("al_shabaab", "al-Shabaab fighters withdrew at dawn.",
     [(SHABAAB, False, "al-Shabaab")]),
    ("al_shabaab_space", "Al Shabaab militants blocked the road.",
     [(SHABAAB, False, "Al Shabaab")]),
    ("shebab_fr", "Les shebab ont attaqué un camp.",
     [(SHABAAB, False, "shebab")]),
    ("kurdistan_freedom_falcons", "Les Faucons de la liberté du Kurdistan "
     "(TAK) ont revendiqué l'attentat.",
     [("Kurdistan Freedom Falcons", False,
       "Faucons de la liberté du Kurdistan"),
      ("Kurdistan Freedom Falcons", False, "TAK")]),
    ("jaish_al_adl", "Jaish al-Adl claimed the bombing.",
     [("Jaish al-Adl", False, "Jaish al-Adl")]),
    ("mit_fr", "Le groupe Moudjahidine d'Indonésie orientale (MIT) a frappé.",
     [("Mujahidin Indonesia Timur", False,
       "Moudjahidine d'Indonésie orientale"),
      ("Mujahidin Indonesia Timur", False, "MIT")]),
    # --- state forces --------------------------------------------------------------
    ("police", "Police said the road was closed.",
     [("police", True, "Police")]),
    ("gendarmes_fr", "Des gendarmes sont arrivés.",
     [("police", True, "gendarmes")]),
    ("tedax_es", "Los Tedax desactivaron la mochila.",
     [("police", True, "Tedax")]),
    # Counter-terrorism forces, units and departments are police, not the
    # army their "forces" would make them.
    ("counter_terrorism_forces_are_police",
     "Counter-terrorism forces surrounded a farm.",
     [("police", True, "Counter-terrorism forces")]),
    ("ctd_is_police", "A CTD team raided a hideout.",
     [("police", True, "CTD")]),
    ("police_antiterroriste_fr", "La police antiterroriste a arrêté un homme.",
     [("police", True, "police antiterroriste")]),
    # Police though "forces" alone is the army; security services too.
    ("forces_de_securite_interieure",
     "Les Forces de sécurité intérieure ont arrêté un homme.",
     [("police", True, "Forces de sécurité intérieure")]),
    ("fsb", "The FSB detained three men.", [("police", True, "FSB")]),
    ("densus", "Densus 88 arrested six suspects.",
     [("police", True, "Densus 88")]),
    ("army", "The army said three soldiers were hurt.",
     [("military", True, "army"), ("military", True, "soldiers")]),
    ("us_drone", "A US drone hit a car on the highway.",
     [("US military", True, "US drone")]),
    ("israeli_troops", "Israeli troops entered the camp.",
     [("Israeli military", True, "Israeli troops")]),
    ("russian_forces", "Russian forces shelled the town.",
     [("Russian military", True, "Russian forces")]),
    ("militaires_francais", "Les militaires français ont quitté la base.",
     [("French military", True, "militaires")]),
    ("houthi_forces_are_the_group", "Houthi forces fired two missiles.",
     [("Houthis", False, "Houthi forces")]),
    # Groups the table lacks, named the Arabic way: a unit word and a name
    # (after an article for the commoner unit words); the name as written.
    ("saraya_unknown", "Saraya al-Ashtar, a Bahraini group, claimed it.",
     [("Saraya al-Ashtar", False, "Saraya al-Ashtar")]),
    ("jund_article_fr", "Le groupe Jund al-Aqsa a revendiqué l'attaque.",
     [("Jund al-Aqsa", False, "Jund al-Aqsa")]),
    # ...its own group, not the one its name holds; a table alias keeps
    # its canonical name.
    ("kataib_hezbollah", "Kataib Hezbollah denied any role.",
     [("Kataib Hezbollah", False, "Kataib Hezbollah")]),
    ("jaish_alias", "Jaish ul-Adl claimed it.",
     [("Jaish al-Adl", False, "Jaish ul-Adl")]),
    ("liwa_oasis", "Tourists left the Liwa Oasis on Monday.", []),
    # ...or any group the text says is an armed one, in words set off by
    # commas after its name; a rights group is none.
    ("apposed_group",
     "The Imam Shamil Battalion, a little-known group from the Caucasus, "
     "claimed it.",
     [("Imam Shamil Battalion", False, "Imam Shamil Battalion")]),
    ("apposed_group_fr",
     "Le Front de libération du Nord, un groupe armé peu connu, a "
     "revendiqué l'attaque.",
     [("Front de libération du Nord", False,
       "Front de libération du Nord")]),
    ("rights_group", "Amnesty International, a rights group, said so.", []),
    ("aqis", "AQIS claimed the bombing.",
     [("al-Qaeda in the Indian Subcontinent", False, "AQIS")]),
    # --- several, in text order ------------------------------------------------
    ("group_and_police", "Police blamed Boko Haram for the raid.",
     [("police", True, "Police"), ("Boko Haram", False, "Boko Haram")]),
    # --- nothing / malformed ---------------------------------------------------
    ("none", "The council approved the budget on Monday.", []),
    ("empty", "", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_find_actors(text, expected):
  assert _actors(text) == expected


@pytest.mark.parametrize("alias, name", [
    ("ISIS", IS), ("Daech", IS), ("Estado Islámico", IS), ("TTP", TTP),
    ("Al Shabab", SHABAAB), ("Ansar Allah", "Houthis"),
    ("Émirat du Caucase", "Caucasus Emirate"), ("nobody", None),
], ids=["isis", "daech", "estado_islamico", "ttp", "al_shabab",
        "ansar_allah", "emirat_du_caucase", "unknown"])
def test_canonical_actor(alias, name):
  assert canonical_actor(alias) == name
