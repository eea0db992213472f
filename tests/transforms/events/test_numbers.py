"""find_quantities and parse_number: numerals, number words, vague amounts.

Each find_quantities case lists every quantity expected in its text as
(phrase, value, qualifier, vague, unit), phrase being text[start:end].
"""

import dataclasses

import pytest

from transforms.events.numbers import (QUALIFIERS, Quantity, find_quantities,
                                       parse_number)


def _found(text, language):
  return [(text[q.start:q.end], q.value, q.qualifier, q.vague, q.unit)
          for q in find_quantities(text, language)]


EN = [
    # Numerals and number words.
    ("at_least", "At least 12 people were killed.",
     [("At least 12", 12, "at_least", False, "people")]),
    ("words_compound", "two hundred eighty-four people died",
     [("two hundred eighty-four", 284, "exact", False, "people")]),
    ("words_with_and", "two hundred and eighty-four houses",
     [("two hundred and eighty-four", 284, "exact", False, "houses")]),
    ("words_spaces", "twenty one soldiers",
     [("twenty one", 21, "exact", False, "soldiers")]),
    ("words_thousands", "three thousand four hundred people",
     [("three thousand four hundred", 3400, "exact", False, "people")]),
    ("words_capitalised", "Twelve people died.",
     [("Twelve", 12, "exact", False, "people")]),
    ("thousands_comma", "1,200 people",
     [("1,200", 1200, "exact", False, "people")]),
    ("thousands_plain", "1200 people",
     [("1200", 1200, "exact", False, "people")]),
    ("decimal_million", "2.5 million refugees",
     [("2.5 million", 2500000, "exact", False, "refugees")]),
    ("a_hundred", "a hundred people",
     [("a hundred", 100, "exact", False, "people")]),
    ("a_thousand", "a thousand homes",
     [("a thousand", 1000, "exact", False, "homes")]),
    # Qualifiers before.
    ("nearly", "nearly 100 were wounded",
     [("nearly 100", 100, "about", False, "were")]),
    ("more_than", "more than 30 people",
     [("more than 30", 30, "more_than", False, "people")]),
    ("over", "over 40 migrants",
     [("over 40", 40, "more_than", False, "migrants")]),
    ("upwards_of", "upwards of 50 fighters",
     [("upwards of 50", 50, "more_than", False, "fighters")]),
    ("in_excess_of", "in excess of 200 people",
     [("in excess of 200", 200, "more_than", False, "people")]),
    ("no_fewer_than", "no fewer than 7 police officers",
     [("no fewer than 7", 7, "at_least", False, "police")]),
    ("a_minimum_of", "a minimum of 9 deaths",
     [("a minimum of 9", 9, "at_least", False, "deaths")]),
    ("fewer_than", "fewer than 5 people",
     [("fewer than 5", 5, "less_than", False, "people")]),
    ("less_than", "less than 20 people",
     [("less than 20", 20, "less_than", False, "people")]),
    ("under", "under 10 casualties",
     [("under 10", 10, "less_than", False, "casualties")]),
    ("about", "about 200 metres",
     [("about 200", 200, "about", False, "metres")]),
    ("around", "around 30 people",
     [("around 30", 30, "about", False, "people")]),
    ("roughly", "roughly 90 people",
     [("roughly 90", 90, "about", False, "people")]),
    ("approximately", "approximately 25 people",
     [("approximately 25", 25, "about", False, "people")]),
    ("some", "some 300 villagers",
     [("some 300", 300, "about", False, "villagers")]),
    ("an_estimated", "an estimated 5,000 people",
     [("an estimated 5,000", 5000, "about", False, "people")]),
    ("up_to", "up to 40 people",
     [("up to 40", 40, "about", False, "people")]),
    ("as_many_as", "as many as 60 people",
     [("as many as 60", 60, "about", False, "people")]),
    ("almost", "almost seventy people",
     [("almost seventy", 70, "about", False, "people")]),
    ("close_to", "close to 80 people",
     [("close to 80", 80, "about", False, "people")]),
    ("qualifier_not_inside_word", "handsome 30 people",
     [("30", 30, "exact", False, "people")]),
    # Qualifiers after.
    ("or_more", "12 or more people",
     [("12 or more", 12, "at_least", False, "people")]),
    ("or_so", "100 or so protesters",
     [("100 or so", 100, "about", False, "protesters")]),
    ("odd", "100-odd protesters",
     [("100-odd", 100, "about", False, "protesters")]),
    ("plus_sign", "100+ casualties",
     [("100+", 100, "at_least", False, "casualties")]),
    # Ranges.
    ("between", "between 10 and 15 civilians",
     [("between 10 and 15", 10, "at_least", False, "civilians")]),
    ("range_to", "10 to 15 soldiers",
     [("10 to 15", 10, "at_least", False, "soldiers")]),
    ("range_hyphen", "10-15 soldiers",
     [("10-15", 10, "at_least", False, "soldiers")]),
    ("range_en_dash", "10\u201315 soldiers",
     [("10\u201315", 10, "at_least", False, "soldiers")]),
    ("range_or", "10 or 12 bodies",
     [("10 or 12", 10, "at_least", False, "bodies")]),
    ("range_words", "two or three people",
     [("two or three", 2, "at_least", False, "people")]),
    ("range_qualified", "about 10 to 15 people",
     [("about 10 to 15", 10, "about", False, "people")]),
    ("from_to_is_a_change", "the toll rose from 12 to 15",
     [("12", 12, "exact", False, "to"), ("15", 15, "exact", False, None)]),
    ("from_qualified_to_is_a_change", "raised the toll from at least nine "
     "to 16 dead", [("at least nine", 9, "at_least", False, "to"),
                    ("16", 16, "exact", False, "dead")]),
    # Vague amounts.
    ("dozens", "dozens of people were hurt",
     [("dozens", 12, "at_least", True, "people")]),
    ("dozens_alone", "dozens were hurt",
     [("dozens", 12, "at_least", True, "were")]),
    ("tens_of", "tens of people",
     [("tens", 10, "at_least", True, "people")]),
    ("scores_of", "scores of people",
     [("scores", 20, "at_least", True, "people")]),
    ("hundreds", "hundreds of homes",
     [("hundreds", 100, "at_least", True, "homes")]),
    ("thousands", "thousands fled",
     [("thousands", 1000, "at_least", True, "fled")]),
    ("tens_of_thousands", "tens of thousands of people",
     [("tens of thousands", 10000, "at_least", True, "people")]),
    ("several_hundred", "several hundred people",
     [("several hundred", 100, "at_least", True, "people")]),
    ("a_dozen", "a dozen soldiers",
     [("a dozen", 12, "about", True, "soldiers")]),
    ("a_score_of", "a score of villagers",
     [("a score", 20, "about", True, "villagers")]),
    ("half_a_dozen", "half a dozen rockets",
     [("half a dozen", 6, "about", True, "rockets")]),
    ("a_couple_of", "a couple of witnesses",
     [("a couple", 2, "about", True, "witnesses")]),
    ("two_dozen", "two dozen people",
     [("two dozen", 24, "about", True, "people")]),
    ("more_than_a_dozen", "more than a dozen people",
     [("more than a dozen", 12, "more_than", True, "people")]),
    ("nearly_a_hundred", "nearly a hundred people",
     [("nearly a hundred", 100, "about", False, "people")]),
    # "one" and partitives.
    ("one_person", "one person died",
     [("one", 1, "exact", False, "person")]),
    ("one_soldier", "One soldier was killed",
     [("One", 1, "exact", False, "soldier")]),
    ("two_of_the_victims", "two of the victims",
     [("two", 2, "exact", False, "victims")]),
    ("at_least_one_of", "at least one of the attackers",
     [("at least one", 1, "at_least", False, "attackers")]),
    ("one_or_two", "one or two people",
     [("one or two", 1, "at_least", False, "people")]),
]

EN_TRAPS = [
    ("age", "a 34-year-old man", [("34", 34, "exact", False, "year")]),
    ("age_words", "a five-year-old girl",
     [("five", 5, "exact", False, "year")]),
    ("clock_time", "at 9:40 am", [("9", 9, "exact", False, ":")]),
    ("clock_am", "at 9 a.m.", [("9", 9, "exact", False, "am")]),
    ("bombs", "30 bombs", [("30", 30, "exact", False, "bombs")]),
    ("questioned", "300 people questioned",
     [("300", 300, "exact", False, "people")]),
    ("year", "in 2019", [("2019", 2019, "exact", False, None)]),
    ("one_of_the_wounded", "one of the wounded died", []),
    ("no_one", "no one was hurt", []),
    ("each_one", "each one of them", []),
    ("one_another", "they blamed one another", []),
    ("one_at_end", "the worst one.", []),
    ("article_alone", "a soldier was killed", []),
    ("a_dozen_devices", "a dozen devices",
     [("a dozen", 12, "about", True, "devices")]),
    ("second_blast", "the second blast", []),
    ("ordinal_numeral", "the 3rd battalion", []),
    ("ordinal_words", "the twenty-first century", []),
    ("percent", "3%", [("3", 3, "exact", False, "%")]),
    ("per_cent", "3 per cent", [("3", 3, "exact", False, "%")]),
    ("date", "on March 14, 2023", []),
    ("date_day_first", "on 14 March", []),
    ("month_then_count", "In March 300 people", [
        ("300", 300, "exact", False, "people")]),
    ("may_is_a_verb", "12 may have died",
     [("12", 12, "exact", False, "may")]),
    ("possessive", "2017's attack", [("2017", 2017, "exact", False, "'s")]),
    ("decade", "the 1990s", [("1990", 1990, "exact", False, "s")]),
    ("currency", "$300 million", [("300 million", 300000000, "exact", False,
                                   "$")]),
    ("score_is_not_a_range", "won 3-1", [("3", 3, "exact", False, None)]),
    ("model_names", "COVID-19 and an F-16", []),
    ("miles_is_english", "5 miles", [("5", 5, "exact", False, "miles")]),
    ("one_after_adjective", "a big one about trees", []),
    ("date_abbreviated", "On Sept. 19, 2021 two died",
     [("two", 2, "exact", False, "died")]),
]

FR = [
    ("au_moins", "au moins 12 morts",
     [("au moins 12", 12, "at_least", False, "morts")]),
    ("pas_moins_de", "pas moins de 40 personnes",
     [("pas moins de 40", 40, "at_least", False, "personnes")]),
    ("plus_de", "plus de 30 morts",
     [("plus de 30", 30, "more_than", False, "morts")]),
    ("pres_de", "près de 200 personnes",
     [("près de 200", 200, "about", False, "personnes")]),
    ("environ", "environ 50 personnes",
     [("environ 50", 50, "about", False, "personnes")]),
    ("quelque", "quelque 300 manifestants",
     [("quelque 300", 300, "about", False, "manifestants")]),
    ("jusqua", "jusqu\u2019à 20 morts",
     [("jusqu\u2019à 20", 20, "about", False, "morts")]),
    ("moins_de", "moins de 10 blessés",
     [("moins de 10", 10, "less_than", False, "blessés")]),
    ("ou_plus", "12 ou plus", [("12 ou plus", 12, "at_least", False, None)]),
    ("entre_et", "entre 10 et 15 morts",
     [("entre 10 et 15", 10, "at_least", False, "morts")]),
    ("d_un_is_an_article", "dix-neuf passagers d'un car",
     [("dix-neuf", 19, "exact", False, "passagers")]),
    ("d_entre_et", "parlent d'entre 10 et 15 morts",
     [("entre 10 et 15", 10, "at_least", False, "morts")]),
    ("de_a", "de 10 à 15 morts",
     [("de 10 à 15", 10, "at_least", False, "morts")]),
    ("une_vingtaine", "une vingtaine de blessés",
     [("une vingtaine", 20, "about", True, "blessés")]),
    ("des_dizaines", "des dizaines de blessés",
     [("des dizaines", 12, "at_least", True, "blessés")]),
    ("une_dizaine", "une dizaine de soldats",
     [("une dizaine", 10, "about", True, "soldats")]),
    ("une_quinzaine", "une quinzaine de morts",
     [("une quinzaine", 15, "about", True, "morts")]),
    ("une_trentaine", "une trentaine de morts",
     [("une trentaine", 30, "about", True, "morts")]),
    ("une_centaine", "une centaine de personnes",
     [("une centaine", 100, "about", True, "personnes")]),
    ("des_centaines", "des centaines de familles",
     [("des centaines", 100, "at_least", True, "familles")]),
    ("un_millier", "un millier d'habitants",
     [("un millier", 1000, "about", True, "habitants")]),
    ("plus_d_une_centaine", "plus d'une centaine de blessés",
     [("plus d'une centaine", 100, "more_than", True, "blessés")]),
    ("thousands_space", "1 200 personnes",
     [("1 200", 1200, "exact", False, "personnes")]),
    ("thousands_thin_space", "1\u202f200 personnes",
     [("1\u202f200", 1200, "exact", False, "personnes")]),
    ("thousands_nbsp", "1\u00a0200 personnes",
     [("1\u00a0200", 1200, "exact", False, "personnes")]),
    ("thousands_dot", "1.200 personnes",
     [("1.200", 1200, "exact", False, "personnes")]),
    ("decimal_millions", "2,5 millions de réfugiés",
     [("2,5 millions", 2500000, "exact", False, "réfugiés")]),
    ("vingt_et_un_hyphens", "vingt-et-un soldats",
     [("vingt-et-un", 21, "exact", False, "soldats")]),
    ("vingt_et_un_spaces", "vingt et un soldats",
     [("vingt et un", 21, "exact", False, "soldats")]),
    ("quatre_vingt_dix_sept", "quatre-vingt-dix-sept morts",
     [("quatre-vingt-dix-sept", 97, "exact", False, "morts")]),
    ("quatre_vingts", "quatre-vingts morts",
     [("quatre-vingts", 80, "exact", False, "morts")]),
    ("soixante_et_onze", "soixante et onze morts",
     [("soixante et onze", 71, "exact", False, "morts")]),
    ("deux_cent_cinquante", "deux cent cinquante morts",
     [("deux cent cinquante", 250, "exact", False, "morts")]),
    ("deux_mille", "deux mille personnes",
     [("deux mille", 2000, "exact", False, "personnes")]),
    ("un_soldat", "un soldat a été tué",
     [("un", 1, "exact", False, "soldat")]),
    ("l_un_des", "l'un des blessés est mort", []),
    ("un_des", "un des otages", []),
    ("quelqu_un", "quelqu'un a tiré", []),
    ("quelques_alone", "quelques blessés", []),
    ("date", "le 14 mars 2023", []),
    ("time", "à 21h30", [("21", 21, "exact", False, "h")]),
    ("ordinal_word", "le deuxième attentat", []),
    ("ordinal_numeral", "le 2e attentat", []),
    ("pour_cent", "3 pour cent", [("3", 3, "exact", False, "%")]),
    ("cent_pour_cent", "cent pour cent", [("cent", 100, "exact", False, "%")]),
    ("dateline_abbreviation", "PARIS, 3 janv. 2024 - deux morts",
     [("deux", 2, "exact", False, "morts")]),
    ("time_minutes_apart", "À 6 h 30, ils ont retiré",
     [("6", 6, "exact", False, "h")]),
    ("passe_de_a_is_a_change", "le bilan est passé de treize à quinze "
     "morts", [("treize", 13, "exact", False, "à"),
               ("quinze", 15, "exact", False, "morts")]),
]

ES = [
    ("al_menos", "al menos 30 muertos",
     [("al menos 30", 30, "at_least", False, "muertos")]),
    ("por_lo_menos", "por lo menos 8 heridos",
     [("por lo menos 8", 8, "at_least", False, "heridos")]),
    ("como_minimo", "como mínimo 5 muertos",
     [("como mínimo 5", 5, "at_least", False, "muertos")]),
    ("mas_de", "más de 50 heridos",
     [("más de 50", 50, "more_than", False, "heridos")]),
    ("mas_de_no_accent", "mas de 50 heridos",
     [("mas de 50", 50, "more_than", False, "heridos")]),
    ("cerca_de", "cerca de 40 personas",
     [("cerca de 40", 40, "about", False, "personas")]),
    ("casi", "casi 100 muertos",
     [("casi 100", 100, "about", False, "muertos")]),
    ("unos", "unos 40 soldados",
     [("unos 40", 40, "about", False, "soldados")]),
    ("unas", "unas 300 personas",
     [("unas 300", 300, "about", False, "personas")]),
    ("alrededor_de", "alrededor de 60 personas",
     [("alrededor de 60", 60, "about", False, "personas")]),
    ("hasta", "hasta 20 muertos",
     [("hasta 20", 20, "about", False, "muertos")]),
    ("menos_de", "menos de 10 heridos",
     [("menos de 10", 10, "less_than", False, "heridos")]),
    ("o_mas", "30 o más muertos",
     [("30 o más", 30, "at_least", False, "muertos")]),
    ("entre_y", "entre 10 y 15 muertos",
     [("entre 10 y 15", 10, "at_least", False, "muertos")]),
    ("de_a", "de 10 a 15 muertos",
     [("de 10 a 15", 10, "at_least", False, "muertos")]),
    ("decenas", "decenas de heridos",
     [("decenas", 12, "at_least", True, "heridos")]),
    ("una_decena", "una decena de muertos",
     [("una decena", 10, "about", True, "muertos")]),
    ("una_docena", "una docena de soldados",
     [("una docena", 12, "about", True, "soldados")]),
    ("una_veintena", "una veintena de heridos",
     [("una veintena", 20, "about", True, "heridos")]),
    ("medio_centenar", "medio centenar de heridos",
     [("medio centenar", 50, "about", True, "heridos")]),
    ("centenares", "centenares de familias",
     [("centenares", 100, "at_least", True, "familias")]),
    ("cientos", "cientos de personas",
     [("cientos", 100, "at_least", True, "personas")]),
    ("miles", "miles de desplazados",
     [("miles", 1000, "at_least", True, "desplazados")]),
    ("mas_de_un_centenar", "más de un centenar de heridos",
     [("más de un centenar", 100, "more_than", True, "heridos")]),
    ("ciento_veinte", "ciento veinte personas",
     [("ciento veinte", 120, "exact", False, "personas")]),
    ("doce", "doce policías", [("doce", 12, "exact", False, "policías")]),
    ("veintidos_accent", "veintidós muertos",
     [("veintidós", 22, "exact", False, "muertos")]),
    ("veintidos_plain", "veintidos muertos",
     [("veintidos", 22, "exact", False, "muertos")]),
    ("treinta_y_uno", "treinta y uno heridos",
     [("treinta y uno", 31, "exact", False, "heridos")]),
    ("tres_mil", "tres mil personas",
     [("tres mil", 3000, "exact", False, "personas")]),
    ("thousands_dot", "1.200 personas",
     [("1.200", 1200, "exact", False, "personas")]),
    ("decimal_millones", "2,5 millones de personas",
     [("2,5 millones", 2500000, "exact", False, "personas")]),
    ("un_policia", "un policía murió",
     [("un", 1, "exact", False, "policía")]),
    ("uno_de_los", "uno de los heridos murió", []),
    ("cada_uno", "cada uno de ellos", []),
    ("a_la_una", "a la una de la tarde", []),
    ("date", "el 14 de marzo de 2023", []),
    ("ordinal", "el segundo atentado", []),
    ("un_before_percent", "un 30% de los votos",
     [("30", 30, "exact", False, "%")]),
    ("dateline_abbreviation", "BOGOTÁ, 29 abr (Despacho) - Dos soldados",
     [("Dos", 2, "exact", False, "soldados")]),
    ("month_inside_a_word", "para sumar 12 muertos",
     [("12", 12, "exact", False, "muertos")]),
    ("paso_de_a_is_a_change", "el balance pasó de 13 a 15 muertos",
     [("13", 13, "exact", False, "a"), ("15", 15, "exact", False, "muertos")]),
]


FIND_CASES = ([("en", name, text, want) for name, text, want in EN] +
              [("en", "trap_" + name, text, want)
               for name, text, want in EN_TRAPS] +
              [("fr", name, text, want) for name, text, want in FR] +
              [("es", name, text, want) for name, text, want in ES])


@pytest.mark.parametrize(
    "language, text, expected",
    [(language, text, want) for language, _, text, want in FIND_CASES],
    ids=[f"{language}-{name}" for language, name, _, _ in FIND_CASES])
def test_find_quantities(language, text, expected):
  assert _found(text, language) == expected


PARSE_CASES = [
    ("en_words", "two hundred eighty-four", "en", 284),
    ("en_words_and", "two hundred and eighty-four", "en", 284),
    ("en_comma", "1,200", "en", 1200),
    ("en_plain", "1200", "en", 1200),
    ("en_decimal_million", "2.5 million", "en", 2500000),
    ("en_a_hundred", "a hundred", "en", 100),
    ("en_twelve_hundred", "twelve hundred", "en", 1200),
    ("en_thousand_and", "two thousand and twelve", "en", 2012),
    ("en_million_words", "three million", "en", 3000000),
    ("en_a_dozen", "a dozen", "en", 12),
    ("en_half_a_dozen", "half a dozen", "en", 6),
    ("en_zero", "zero", "en", 0),
    ("en_dozens_is_vague", "dozens", "en", None),
    ("en_not_a_number", "hello", "en", None),
    ("en_trailing_word", "12 people", "en", None),
    ("en_ordinal", "twenty-first", "en", None),
    ("en_glued_unit", "34-year-old", "en", None),
    ("en_empty", "", "en", None),
    ("fr_vingt_et_un", "vingt-et-un", "fr", 21),
    ("fr_97", "quatre-vingt-dix-sept", "fr", 97),
    ("fr_91", "quatre-vingt-onze", "fr", 91),
    ("fr_81", "quatre-vingt-un", "fr", 81),
    ("fr_77", "soixante-dix-sept", "fr", 77),
    ("fr_70", "soixante-dix", "fr", 70),
    ("fr_cent", "cent", "fr", 100),
    ("fr_deux_cents", "deux cents", "fr", 200),
    ("fr_mille", "mille", "fr", 1000),
    ("fr_2345", "deux mille trois cent quarante-cinq", "fr", 2345),
    ("fr_space_thousands", "1 200", "fr", 1200),
    ("fr_dot_thousands", "1.200", "fr", 1200),
    ("fr_decimal_millions", "2,5 millions", "fr", 2500000),
    ("fr_une_douzaine", "une douzaine", "fr", 12),
    ("fr_vingtaine_is_vague", "une vingtaine", "fr", None),
    ("fr_ordinal", "deuxième", "fr", None),
    ("es_ciento_veinte", "ciento veinte", "es", 120),
    ("es_doce", "doce", "es", 12),
    ("es_veintiun", "veintiún", "es", 21),
    ("es_veintidos_plain", "veintidos", "es", 22),
    ("es_dieciseis", "dieciséis", "es", 16),
    ("es_treinta_y_uno", "treinta y uno", "es", 31),
    ("es_cien", "cien", "es", 100),
    ("es_doscientos", "doscientos cincuenta", "es", 250),
    ("es_quinientas", "quinientas", "es", 500),
    ("es_mil", "mil", "es", 1000),
    ("es_cien_mil", "cien mil", "es", 100000),
    ("es_dos_mil_millones", "dos mil millones", "es", 2000000000),
    ("es_un_millon", "un millón", "es", 1000000),
    ("es_comma_thousands", "1,200", "es", 1200),
    ("es_decimal", "2,5 millones", "es", 2500000),
    ("es_decenas_is_vague", "decenas", "es", None),
    ("es_ordinal", "segundo", "es", None),
    ("other_language_numeral", "1,200", "de", 1200),
    ("other_language_no_words", "zwei", "de", None),
    ("other_language_no_english_words", "two", "de", None),
]


@pytest.mark.parametrize("phrase, language, expected",
                         [case[1:] for case in PARSE_CASES],
                         ids=[case[0] for case in PARSE_CASES])
def test_parse_number(phrase, language, expected):
  assert parse_number(phrase, language) == expected


def test_several_quantities_in_order_without_overlap():
  text = ("At least 12 people were killed and dozens wounded on Monday, "
          "two of them children, police said; between 10 and 15 remain "
          "missing, and a 34-year-old was arrested at 9:40 am.")
  assert _found(text, "en") == [
      ("At least 12", 12, "at_least", False, "people"),
      ("dozens", 12, "at_least", True, "wounded"),
      ("two", 2, "exact", False, "them"),
      ("between 10 and 15", 10, "at_least", False, "remain"),
      ("34", 34, "exact", False, "year"),
      ("9", 9, "exact", False, ":"),
  ]
  found = find_quantities(text, "en")
  assert all(a.end <= b.start for a, b in zip(found, found[1:]))
  assert all(q.qualifier in QUALIFIERS for q in found)


def test_other_languages_get_numerals_only():
  assert _found("Mindestens 12 Tote, zwei Verletzte, 1,200 Helfer", "de") == [
      ("12", 12, "exact", False, "tote"),
      ("1,200", 1200, "exact", False, "helfer"),
  ]


def test_offsets_survive_case_changes():
  # U+0130 is the one character whose lowercase is longer.
  text = "\u0130STANBUL - AT LEAST 12 KILLED"
  assert _found(text, "en") == [
      ("AT LEAST 12", 12, "at_least", False, "killed")]


def test_quantity_at_start_of_text():
  assert _found("12 killed", "en") == [("12", 12, "exact", False, "killed")]
  assert _found("Dozens killed", "en") == [
      ("Dozens", 12, "at_least", True, "killed")]


def test_quantity_is_frozen():
  quantity = find_quantities("12 killed", "en")[0]
  assert quantity == Quantity(12, "exact", 0, 2, False, "killed")
  with pytest.raises(dataclasses.FrozenInstanceError):
    quantity.value = 13  # type: ignore[misc]


def test_empty_text():
  assert find_quantities("", "en") == []
  assert find_quantities("", "xx") == []
