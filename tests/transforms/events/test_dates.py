"""find_dates: absolute and relative date expressions in en, fr and es."""

import dataclasses
import datetime
import sys
import unicodedata

import pytest

from transforms.events import dates
from transforms.events.dates import DateMention, find_dates

D = datetime.date

# Published dates on different weekdays and at month/year boundaries.
WED = D(2024, 3, 13)     # a Wednesday
MON = D(2023, 6, 5)      # a Monday
SUN = D(2023, 10, 15)    # a Sunday
JAN2 = D(2024, 1, 2)     # a Tuesday, just after a year boundary
LEAP = D(2024, 3, 1)     # a Friday, the day after February 29

POINT, SINCE, UNTIL = "point", "since", "until"
DAY, MONTH, YEAR = "day", "month", "year"
ABS, REL = False, True


def _m(span, date, precision, role=POINT, relative=REL):
  return (span, date, precision, role, relative)


# (id, text, language, published, [(span, date, precision, role, relative)])
CASES = [
    # --- English: absolute -----------------------------------------------
    ("en_month_day_year", "The blast on March 14, 2023 killed five.", "en",
     WED, [_m("on March 14, 2023", D(2023, 3, 14), DAY, relative=ABS)]),
    ("en_day_month_year", "It opened 14 March 2023 in Leeds.", "en", WED,
     [_m("14 March 2023", D(2023, 3, 14), DAY, relative=ABS)]),
    ("en_abbreviated_month", "Filed Mar. 14, 2023, in court.", "en", WED,
     [_m("Mar. 14, 2023", D(2023, 3, 14), DAY, relative=ABS)]),
    # A gazette's day; a record's day and month after an article (not a
    # bare "24/7").
    ("en_day_of_month", "WHEREAS on the 27th day of January 2023 two men",
     "en", WED, [_m("on the 27th day of January 2023", D(2023, 1, 27), DAY,
                    relative=ABS)]),
    # The weekday picks the year: Saturday 13 April is 2024's, though
    # a month ahead (2023's was a Thursday).
    ("fr_weekday_picks_the_year",
     "Une messe sera célébrée le samedi 13 avril à 18 heures.", "fr", WED,
     [_m("le samedi 13 avril", D(2024, 4, 13), DAY)]),
    ("fr_day_slash_month", "Interpellés le 12/03 au soir, ouverts 24/7.",
     "fr", WED, [_m("12/03", D(2024, 3, 12), DAY)]),
    ("en_sept_dot_no_year", "Talks resumed Sept. 9 in Doha.", "en", WED,
     [_m("Sept. 9", D(2023, 9, 9), DAY)]),
    ("en_sep_no_dot", "Talks resumed Sep 9 in Doha.", "en", MON,
     [_m("Sep 9", D(2022, 9, 9), DAY)]),
    ("en_month_day_this_year", "Troops moved in on March 10.", "en", WED,
     [_m("on March 10", D(2024, 3, 10), DAY)]),
    ("en_month_day_within_a_week_ahead", "The vote is set for March 18.",
     "en", WED, [_m("March 18", D(2024, 3, 18), DAY)]),
    ("en_month_day_previous_year", "The fire started December 28.", "en",
     JAN2, [_m("December 28", D(2023, 12, 28), DAY)]),
    ("en_ordinal_suffix", "Police arrived on March 14th.", "en", WED,
     [_m("on March 14th", D(2024, 3, 14), DAY)]),
    ("en_the_1st_of_month", "It began on the 1st of March.", "en", WED,
     [_m("on the 1st of March", D(2024, 3, 1), DAY)]),
    ("en_weekday_with_date", "Gunmen struck on Monday, March 11.", "en", WED,
     [_m("on Monday, March 11", D(2024, 3, 11), DAY)]),
    ("en_month_year", "The plant closed in March 2023.", "en", WED,
     [_m("in March 2023", D(2023, 3, 1), MONTH, relative=ABS)]),
    ("en_in_month_earlier_this_year", "Prices rose in February.", "en", WED,
     [_m("in February", D(2024, 2, 1), MONTH)]),
    ("en_in_month_is_last_years", "Prices rose in August.", "en", WED,
     [_m("in August", D(2023, 8, 1), MONTH)]),
    ("en_in_month_same_month", "Prices rose in March.", "en", WED,
     [_m("in March", D(2024, 3, 1), MONTH)]),
    ("en_early_month", "Fighting resumed in early March.", "en", WED,
     [_m("in early March", D(2024, 3, 1), MONTH)]),
    ("en_last_month_name_strictly_before", "He was seized last March.",
     "en", WED, [_m("last March", D(2023, 3, 1), MONTH)]),
    ("en_last_december_across_new_year", "He was seized last December.",
     "en", JAN2, [_m("last December", D(2023, 12, 1), MONTH)]),
    ("en_in_month_last_year", "He fled in August last year.", "en", WED,
     [_m("in August last year", D(2023, 8, 1), MONTH)]),
    ("en_may_as_month", "The strike began in May and ended May 20.", "en",
     MON, [_m("in May", D(2023, 5, 1), MONTH),
           _m("May 20", D(2023, 5, 20), DAY)]),
    ("en_in_year", "The mine opened in 2017.", "en", WED,
     [_m("in 2017", D(2017, 1, 1), YEAR, relative=ABS)]),
    ("en_year_after_article", "Victims of the 2017 bombing marched.", "en",
     WED, [_m("2017", D(2017, 1, 1), YEAR, relative=ABS)]),
    ("en_year_possessive", "Unlike 2017's floods, this one was brief.", "en",
     WED, [_m("2017", D(2017, 1, 1), YEAR, relative=ABS)]),
    ("en_timeline_year_head", "2022: A landmine killed three hunters.", "en",
     WED, [_m("2022", D(2022, 1, 1), YEAR, relative=ABS)]),
    ("fr_timeline_year_head", "2019 - Une mine a tué trois bergers.", "fr",
     WED, [_m("2019", D(2019, 1, 1), YEAR, relative=ABS)]),
    ("en_year_not_heading_count", "In all, 2022: that was the count.", "en",
     WED, []),
    ("en_year_event_noun", "Since then, 2016 referendum results held.",
     "en", WED, [_m("2016", D(2016, 1, 1), YEAR, relative=ABS)]),
    ("en_late_year", "Talks stalled in late 2019.", "en", WED,
     [_m("in late 2019", D(2019, 1, 1), YEAR, relative=ABS)]),
    ("en_iso", "The decree (2022-11-02) was annulled.", "en", WED,
     [_m("2022-11-02", D(2022, 11, 2), DAY, relative=ABS)]),
    ("en_numeric_month_first", "Signed on 02/11/2022 in Kyiv.", "en", WED,
     [_m("on 02/11/2022", D(2022, 2, 11), DAY, relative=ABS)]),
    ("en_numeric_day_over_12", "Signed 13/11/2022 in Kyiv.", "en", WED,
     [_m("13/11/2022", D(2022, 11, 13), DAY, relative=ABS)]),
    # --- English: roles ----------------------------------------------------
    ("en_since_year", "He has been held since 2019.", "en", WED,
     [_m("since 2019", D(2019, 1, 1), YEAR, SINCE, ABS)]),
    ("en_until_month", "The curfew lasts until March.", "en", WED,
     [_m("until March", D(2024, 3, 1), MONTH, UNTIL)]),
    ("en_till_year", "He ruled till 2020.", "en", WED,
     [_m("till 2020", D(2020, 1, 1), YEAR, UNTIL, ABS)]),
    ("en_since_weekday", "Roads have been shut since Monday.", "en", WED,
     [_m("since Monday", D(2024, 3, 11), DAY, SINCE)]),
    # --- English: relative days --------------------------------------------
    ("en_today", "The minister resigned today.", "en", WED,
     [_m("today", WED, DAY)]),
    ("en_tonight", "A vigil will be held tonight.", "en", WED,
     [_m("tonight", WED, DAY)]),
    ("en_this_morning", "Shelling resumed this morning.", "en", WED,
     [_m("this morning", WED, DAY)]),
    ("en_yesterday_leap_day", "Rebels attacked yesterday.", "en", LEAP,
     [_m("yesterday", D(2024, 2, 29), DAY)]),
    ("en_last_night", "A bomb exploded last night.", "en", LEAP,
     [_m("last night", D(2024, 2, 29), DAY)]),
    ("en_day_before_yesterday", "It rained the day before yesterday.", "en",
     LEAP, [_m("the day before yesterday", D(2024, 2, 28), DAY)]),
    ("en_on_weekday", "Protesters gathered on Monday.", "en", WED,
     [_m("on Monday", D(2024, 3, 11), DAY)]),
    ("en_weekday_is_published_day", "Protesters gathered on Wednesday.",
     "en", WED, [_m("on Wednesday", WED, DAY)]),
    ("en_last_weekday_same_day_is_a_week_back", "They met last Wednesday.",
     "en", WED, [_m("last Wednesday", D(2024, 3, 6), DAY)]),
    ("en_last_weekday", "They met last Tuesday.", "en", WED,
     [_m("last Tuesday", D(2024, 3, 12), DAY)]),
    ("en_bare_weekday_published_sunday", "Monday's raid left two dead.",
     "en", SUN, [_m("Monday", D(2023, 10, 9), DAY)]),
    ("en_late_on_sunday", "Shots rang out late on Sunday.", "en", MON,
     [_m("late on Sunday", D(2023, 6, 4), DAY)]),
    ("en_on_tuesday_night", "Looting began on Tuesday night.", "en", MON,
     [_m("on Tuesday night", D(2023, 5, 30), DAY)]),
    # --- English: relative months and years ---------------------------------
    ("en_last_month_across_new_year", "Exports fell last month.", "en", JAN2,
     [_m("last month", D(2023, 12, 1), MONTH)]),
    ("en_this_month", "Exports fell this month.", "en", WED,
     [_m("this month", D(2024, 3, 1), MONTH)]),
    ("en_last_year", "Exports fell last year.", "en", JAN2,
     [_m("last year", D(2023, 1, 1), YEAR)]),
    ("en_earlier_this_year", "Exports fell earlier this year.", "en", WED,
     [_m("earlier this year", D(2024, 1, 1), YEAR)]),
    ("en_years_ago_words", "The dam broke four years ago.", "en", WED,
     [_m("four years ago", D(2020, 1, 1), YEAR)]),
    ("en_years_ago_numeral", "The dam broke 4 years ago.", "en", WED,
     [_m("4 years ago", D(2020, 1, 1), YEAR)]),
    ("en_decade_ago", "The dam broke more than a decade ago.", "en", WED,
     [_m("a decade ago", D(2014, 1, 1), YEAR)]),
    ("en_months_ago", "He vanished two months ago.", "en", JAN2,
     [_m("two months ago", D(2023, 11, 1), MONTH)]),
    ("en_days_ago", "He vanished three days ago.", "en", LEAP,
     [_m("three days ago", D(2024, 2, 27), DAY)]),
    ("en_twenty_years_ago", "The war ended twenty years ago.", "en", WED,
     [_m("twenty years ago", D(2004, 1, 1), YEAR)]),
    # A day counted from the day told before it; not from an event.
    ("en_the_next_day", "Three were detained on 14 February and a trader "
     "the next day.", "en", WED,
     [_m("on 14 February", D(2024, 2, 14), DAY),
      _m("the next day", D(2024, 2, 15), DAY)]),
    ("fr_la_veille", "L'armée a annoncé jeudi qu'une frappe avait tué la "
     "veille un chef.", "fr", WED,
     [_m("jeudi", D(2024, 3, 7), DAY), _m("la veille", D(2024, 3, 6), DAY)]),
    ("fr_le_lendemain_de_l_attentat", "Le 4 mars, et le lendemain de "
     "l'attentat, la police a arrêté deux hommes.", "fr", WED,
     [_m("Le 4 mars", D(2024, 3, 4), DAY)]),
    ("en_next_day_without_a_day_told", "He was arrested the next day.",
     "en", WED, []),
    # --- English: traps ------------------------------------------------------
    ("en_trap_may_modal", "The attack may have been planned.", "en", WED,
     []),
    ("en_trap_may_sentence_start", "May I add that it was planned?", "en",
     WED, []),
    ("en_trap_theresa_may", "Theresa May said so.", "en", WED, []),
    ("en_trap_time", "The train left at 9:40 am and at noon.", "en", WED,
     []),
    ("en_trap_age", "A 34-year-old man was arrested.", "en", WED, []),
    ("en_trap_sentence_length", "He got a 10-year sentence.", "en", WED,
     []),
    ("en_trap_score", "A 2-1 win on Saturday sealed it.", "en", WED,
     [_m("on Saturday", D(2024, 3, 9), DAY)]),
    ("en_trap_black_friday", "Black Friday sales slumped.", "en", WED, []),
    ("en_trap_a_sunday", "Grenades hit a church during a Sunday service.",
     "en", WED, []),
    ("en_trap_on_a_sunday_morning", "On a Sunday morning, two men walked "
     "in.", "en", WED, []),
    ("fr_trap_un_dimanche", "C'était un dimanche matin, au marché.", "fr",
     WED, []),
    ("en_trap_good_friday_agreement", "It broke the Good Friday Agreement.",
     "en", WED, []),
    ("en_trap_sunday_times", "He told the Sunday Times it was false.", "en",
     WED, []),
    ("en_trap_year_as_count", "A total of 2017 people fled.", "en", WED, []),
    ("en_trap_year_as_count_bare", "About 2017 people fled.", "en", WED, []),
    ("en_trap_thousands_separator", "Some 2,017 homes burned.", "en", WED,
     []),
    ("en_trap_year_with_unit", "They climbed 2017 metres.", "en", WED, []),
    ("en_trap_last_week", "Two men were arrested last week.", "en", WED, []),
    ("en_trap_earlier_this_week", "He spoke earlier this week.", "en", WED,
     []),
    ("en_trap_weeks_ago", "He spoke two weeks ago.", "en", WED, []),
    ("en_week_ago_today", "A week ago today, two girls blew themselves up.",
     "en", WED, [_m("A week ago today", D(2024, 3, 6), DAY)]),
    ("en_trap_24_7", "Guards patrol 24/7 and after 9/11.", "en", WED, []),
    ("en_trap_next_monday", "Talks resume next Monday.", "en", WED, []),
    ("en_trap_march_noun", "A protest march on Sunday drew crowds.", "en",
     WED, [_m("on Sunday", D(2024, 3, 10), DAY)]),
    ("en_trap_usa_today", "He told USA Today he was innocent.", "en", WED,
     []),
    ("en_trap_for_three_days_is_a_duration", "Fighting raged for three days.",
     "en", WED, []),
    ("en_published_unknown_keeps_absolute",
     "On Monday, yesterday and in March, as in 2017 and on March 14, 2023.",
     "en", None, [_m("in 2017", D(2017, 1, 1), YEAR, relative=ABS),
                  _m("on March 14, 2023", D(2023, 3, 14), DAY, relative=ABS)]),
    ("en_published_unknown_drops_month_day", "It happened March 14.", "en",
     None, []),
    ("en_several_in_text_order",
     "Since 2019 the group, which struck on Monday, has grown.", "en", WED,
     [_m("Since 2019", D(2019, 1, 1), YEAR, SINCE, ABS),
      _m("on Monday", D(2024, 3, 11), DAY)]),
    ("unknown_language_uses_english", "Signed on March 14, 2023.", "de", WED,
     [_m("on March 14, 2023", D(2023, 3, 14), DAY, relative=ABS)]),
    # --- French -----------------------------------------------------------
    ("fr_full_date", "L'attentat a eu lieu le 14 mars 2023 à Paris.", "fr",
     WED, [_m("le 14 mars 2023", D(2023, 3, 14), DAY, relative=ABS)]),
    ("fr_le_day_month", "Le vote aura lieu le 14 mars.", "fr", WED,
     [_m("le 14 mars", D(2024, 3, 14), DAY)]),
    ("fr_premier", "Il est mort le 1er mars.", "fr", WED,
     [_m("le 1er mars", D(2024, 3, 1), DAY)]),
    ("fr_weekday_with_date", "Il est mort le lundi 11 mars.", "fr", WED,
     [_m("le lundi 11 mars", D(2024, 3, 11), DAY)]),
    ("fr_month_year", "L'usine a fermé en mars 2023.", "fr", WED,
     [_m("en mars 2023", D(2023, 3, 1), MONTH, relative=ABS)]),
    ("fr_en_month", "L'usine a fermé en mars.", "fr", JAN2,
     [_m("en mars", D(2023, 3, 1), MONTH)]),
    ("fr_en_aout_dernier", "Il a fui en août dernier.", "fr", WED,
     [_m("en août dernier", D(2023, 8, 1), MONTH)]),
    ("fr_no_accents", "Il a fui en aout dernier.", "fr", WED,
     [_m("en aout dernier", D(2023, 8, 1), MONTH)]),
    ("fr_aujourdhui", "Le ministre a démissionné aujourd'hui.", "fr", WED,
     [_m("aujourd'hui", WED, DAY)]),
    ("fr_hier_leap_day", "Les rebelles ont attaqué hier.", "fr", LEAP,
     [_m("hier", D(2024, 2, 29), DAY)]),
    ("fr_hier_soir", "Une bombe a explosé hier soir.", "fr", WED,
     [_m("hier soir", D(2024, 3, 12), DAY)]),
    ("fr_avant_hier", "Il a plu avant-hier.", "fr", LEAP,
     [_m("avant-hier", D(2024, 2, 28), DAY)]),
    ("fr_ce_matin", "Les tirs ont repris ce matin.", "fr", WED,
     [_m("ce matin", WED, DAY)]),
    ("fr_cette_nuit", "Une bombe a explosé cette nuit.", "fr", WED,
     [_m("cette nuit", D(2024, 3, 12), DAY)]),
    ("fr_lundi", "Les manifestants se sont réunis lundi.", "fr", WED,
     [_m("lundi", D(2024, 3, 11), DAY)]),
    ("fr_lundi_dernier_on_a_monday", "Ils se sont vus lundi dernier.", "fr",
     MON, [_m("lundi dernier", D(2023, 5, 29), DAY)]),
    ("fr_nuit_de_samedi_a_dimanche",
     "Il a été tué dans la nuit de samedi à dimanche.", "fr", MON,
     [_m("dans la nuit de samedi à dimanche", D(2023, 6, 3), DAY)]),
    ("fr_nuit_du_samedi_3_au_dimanche_4_juin",
     "Le poste a été attaqué dans la nuit du samedi 3 au dimanche 4 juin "
     "2023.", "fr", MON,
     [_m("dans la nuit du samedi 3 au dimanche 4 juin 2023", D(2023, 6, 3),
         DAY, relative=ABS)]),
    ("en_night_of_saturday_3_to_sunday_4_june",
     "The post was attacked on the night of Saturday 3 to Sunday 4 June "
     "2023.", "en", MON,
     [_m("on the night of Saturday 3 to Sunday 4 June 2023", D(2023, 6, 3),
         DAY, relative=ABS)]),
    ("fr_ete_2021", "À l'été 2021, un homme a lancé une grenade.", "fr", MON,
     [_m("À l'été 2021", D(2021, 1, 1), YEAR, relative=ABS)]),
    ("en_summer_of_2021", "In the summer of 2021, a man threw a grenade.",
     "en", MON, [_m("In the summer of 2021", D(2021, 1, 1), YEAR,
                    relative=ABS)]),
    ("fr_mois_dernier", "Les exportations ont chuté le mois dernier.", "fr",
     JAN2, [_m("le mois dernier", D(2023, 12, 1), MONTH)]),
    ("fr_an_dernier", "Les exportations ont chuté l'an dernier.", "fr", WED,
     [_m("l'an dernier", D(2023, 1, 1), YEAR)]),
    ("fr_annee_derniere", "Les exportations ont chuté l’année dernière.",
     "fr", JAN2, [_m("l’année dernière", D(2023, 1, 1), YEAR)]),
    ("fr_il_y_a_ans", "Le barrage a cédé il y a quatre ans.", "fr", WED,
     [_m("il y a quatre ans", D(2020, 1, 1), YEAR)]),
    ("fr_il_y_a_semaine_jour_pour_jour",
     "Il y a deux semaines jour pour jour, un kamikaze a frappé.", "fr", WED,
     [_m("Il y a deux semaines jour pour jour", D(2024, 2, 28), DAY)]),
    ("fr_trap_il_y_a_semaines", "Il a parlé il y a deux semaines.", "fr",
     WED, []),
    ("fr_il_y_a_mois", "Il a disparu il y a deux mois.", "fr", JAN2,
     [_m("il y a deux mois", D(2023, 11, 1), MONTH)]),
    ("fr_il_y_a_jours", "Il a disparu il y a trois jours.", "fr", LEAP,
     [_m("il y a trois jours", D(2024, 2, 27), DAY)]),
    ("fr_il_y_a_dix_sept_ans", "La guerre a fini il y a dix-sept ans.", "fr",
     WED, [_m("il y a dix-sept ans", D(2007, 1, 1), YEAR)]),
    ("fr_depuis_year", "Il est détenu depuis 2019.", "fr", WED,
     [_m("depuis 2019", D(2019, 1, 1), YEAR, SINCE, ABS)]),
    ("fr_depuis_hier", "Les routes sont fermées depuis hier.", "fr", WED,
     [_m("depuis hier", D(2024, 3, 12), DAY, SINCE)]),
    ("fr_jusqu_en", "Il a régné jusqu'en 2020.", "fr", WED,
     [_m("jusqu'en 2020", D(2020, 1, 1), YEAR, UNTIL, ABS)]),
    ("fr_jusqu_au", "Le couvre-feu court jusqu'au 14 mars 2023.", "fr", WED,
     [_m("jusqu'au 14 mars 2023", D(2023, 3, 14), DAY, UNTIL, ABS)]),
    ("fr_year_after_de", "La crise de 2008 a tout changé.", "fr", WED,
     [_m("2008", D(2008, 1, 1), YEAR, relative=ABS)]),
    ("fr_numeric_day_first", "Signé le 02/11/2022 à Kyiv.", "fr", WED,
     [_m("02/11/2022", D(2022, 11, 2), DAY, relative=ABS)]),
    ("fr_trap_time", "Le train est parti à 21h30.", "fr", WED, []),
    ("fr_trap_planet", "La sonde est arrivée sur Mars.", "fr", WED, []),
    ("fr_trap_vendredi_saint", "La procession du vendredi saint.", "fr", WED,
     []),
    ("fr_trap_lundi_prochain", "Les pourparlers reprennent lundi prochain.",
     "fr", WED, []),
    ("fr_trap_semaine_derniere", "Il a parlé la semaine dernière.", "fr",
     WED, []),
    ("fr_trap_count", "Plus de 2000 personnes ont fui.", "fr", WED, []),
    ("fr_trap_duration", "Les combats ont duré pendant trois jours.", "fr",
     WED, []),
    ("fr_trap_ce_soir_la", "Ce soir-là, il a fui.", "fr", WED, []),
    ("fr_published_unknown", "Lundi, hier et le 14 mars 2023.", "fr", None,
     [_m("le 14 mars 2023", D(2023, 3, 14), DAY, relative=ABS)]),
    ("fr_region_code", "Il a fui en août dernier.", "fr-FR", WED,
     [_m("en août dernier", D(2023, 8, 1), MONTH)]),
    # --- Spanish ------------------------------------------------------------
    ("es_full_date", "El atentado ocurrió el 14 de marzo de 2023.", "es",
     WED, [_m("el 14 de marzo de 2023", D(2023, 3, 14), DAY, relative=ABS)]),
    ("es_el_day_month", "La votación será el 14 de marzo.", "es", WED,
     [_m("el 14 de marzo", D(2024, 3, 14), DAY)]),
    ("es_weekday_with_date", "Murió el lunes 11 de marzo.", "es", WED,
     [_m("el lunes 11 de marzo", D(2024, 3, 11), DAY)]),
    ("es_month_year", "La planta cerró en marzo de 2023.", "es", WED,
     [_m("en marzo de 2023", D(2023, 3, 1), MONTH, relative=ABS)]),
    ("es_en_month", "La planta cerró en marzo.", "es", JAN2,
     [_m("en marzo", D(2023, 3, 1), MONTH)]),
    ("es_el_pasado_agosto", "Huyó el pasado agosto.", "es", WED,
     [_m("el pasado agosto", D(2023, 8, 1), MONTH)]),
    ("es_en_agosto_pasado", "Huyó en agosto pasado.", "es", WED,
     [_m("en agosto pasado", D(2023, 8, 1), MONTH)]),
    ("es_mayo", "Huyó en mayo.", "es", MON,
     [_m("en mayo", D(2023, 5, 1), MONTH)]),
    ("es_hoy", "El ministro dimitió hoy.", "es", WED,
     [_m("hoy", WED, DAY)]),
    ("es_ayer_leap_day", "Los rebeldes atacaron ayer.", "es", LEAP,
     [_m("ayer", D(2024, 2, 29), DAY)]),
    ("es_anteayer", "Llovió anteayer.", "es", LEAP,
     [_m("anteayer", D(2024, 2, 28), DAY)]),
    ("es_anoche", "Una bomba estalló anoche.", "es", WED,
     [_m("anoche", D(2024, 3, 12), DAY)]),
    ("es_esta_manana", "Los disparos se reanudaron esta mañana.", "es", WED,
     [_m("esta mañana", WED, DAY)]),
    ("es_el_lunes", "Los manifestantes se reunieron el lunes.", "es", WED,
     [_m("el lunes", D(2024, 3, 11), DAY)]),
    ("es_el_pasado_lunes_on_a_monday", "Se vieron el pasado lunes.", "es",
     MON, [_m("el pasado lunes", D(2023, 5, 29), DAY)]),
    ("es_el_lunes_pasado", "Se vieron el lunes pasado.", "es", WED,
     [_m("el lunes pasado", D(2024, 3, 11), DAY)]),
    ("es_madrugada_del_domingo", "Murió la madrugada del domingo.", "es",
     MON, [_m("la madrugada del domingo", D(2023, 6, 4), DAY)]),
    ("es_sabado_no_accent", "Murió el sabado.", "es", MON,
     [_m("el sabado", D(2023, 6, 3), DAY)]),
    ("es_mes_pasado", "Las exportaciones cayeron el mes pasado.", "es", JAN2,
     [_m("el mes pasado", D(2023, 12, 1), MONTH)]),
    ("es_ano_pasado", "Las exportaciones cayeron el año pasado.", "es", JAN2,
     [_m("el año pasado", D(2023, 1, 1), YEAR)]),
    ("es_hace_anos", "La presa cedió hace cuatro años.", "es", WED,
     [_m("hace cuatro años", D(2020, 1, 1), YEAR)]),
    ("es_hace_una_decada", "La presa cedió hace una década.", "es", WED,
     [_m("hace una década", D(2014, 1, 1), YEAR)]),
    ("es_hace_meses", "Desapareció hace dos meses.", "es", JAN2,
     [_m("hace dos meses", D(2023, 11, 1), MONTH)]),
    ("es_hace_dias", "Desapareció hace tres días.", "es", LEAP,
     [_m("hace tres días", D(2024, 2, 27), DAY)]),
    ("es_desde_year", "Está detenido desde 2019.", "es", WED,
     [_m("desde 2019", D(2019, 1, 1), YEAR, SINCE, ABS)]),
    ("es_hasta_el_lunes", "Las escuelas cierran hasta el lunes.", "es", WED,
     [_m("hasta el lunes", D(2024, 3, 11), DAY, UNTIL)]),
    ("es_en_el_year", "Ocurrió en el 2017.", "es", WED,
     [_m("en el 2017", D(2017, 1, 1), YEAR, relative=ABS)]),
    ("es_numeric_day_first", "Firmado el 02/11/2022 en Kiev.", "es", WED,
     [_m("02/11/2022", D(2022, 11, 2), DAY, relative=ABS)]),
    ("es_trap_placido_domingo", "Cantó Plácido Domingo.", "es", WED, []),
    ("es_trap_hoy_en_dia", "Hoy en día nadie lo usa.", "es", WED, []),
    # A year the "when" clause after it dates.
    ("fr_year_of_the_lorsque_clause",
     "Sa dernière revendication remontait à 2022, lorsque le groupe avait "
     "tendu une embuscade.", "fr", WED, [_m("2022", D(2022, 1, 1), YEAR,
                                            relative=ABS)]),
    ("en_year_of_the_when_clause",
     "The last claim dates back to 2019, when a bomb killed nine.", "en",
     WED, [_m("2019", D(2019, 1, 1), YEAR, relative=ABS)]),
    ("es_trap_proximo_lunes", "Las conversaciones siguen el próximo lunes.",
     "es", WED, []),
    ("es_trap_viernes_santo", "La procesión del viernes santo.", "es", WED,
     []),
    ("es_trap_los_lunes", "Abre todos los lunes.", "es", WED, []),
    ("es_trap_street_name", "Marcharon por la Avenida 9 de Julio.", "es",
     WED, []),
    ("es_trap_count", "Más de 2000 personas huyeron.", "es", WED, []),
    ("es_trap_duration", "Los combates duraron durante tres días.", "es",
     WED, []),
    ("es_published_unknown", "Ayer, el lunes y el 14 de marzo de 2023.",
     "es", None,
     [_m("el 14 de marzo de 2023", D(2023, 3, 14), DAY, relative=ABS)]),
]


def _found(text, language, published):
  return [(text[m.start:m.end], m.date, m.precision, m.role, m.relative)
          for m in find_dates(text, language, published)]


@pytest.mark.parametrize("text, language, published, expected",
                         [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_find_dates(text, language, published, expected):
  assert _found(text, language, published) == expected


def test_case_ids_are_unique():
  ids = [case[0] for case in CASES]
  assert len(ids) == len(set(ids))


def test_datetime_published_counts_as_its_date():
  published = datetime.datetime(2024, 3, 13, 23, 30)
  assert _found("It happened yesterday.", "en", published) == [
      ("yesterday", D(2024, 3, 12), DAY, POINT, REL)]


def test_mentions_are_frozen_in_order_and_disjoint():
  text = ("On Monday, police said the 2017 bombing and the March 14, 2023 "
          "raid were linked; yesterday they made arrests in August last year.")
  mentions = find_dates(text, "en", WED)
  assert [text[m.start:m.end] for m in mentions] == [
      "On Monday", "2017", "March 14, 2023", "yesterday",
      "in August last year"]
  for first, second in zip(mentions, mentions[1:]):
    assert first.end <= second.start
  with pytest.raises(dataclasses.FrozenInstanceError):
    mentions[0].start = 3
  assert isinstance(mentions[0], DateMention)


# --- the anchored matching (dates._rule_matches) ------------------------------

def _variants(text):
  """``text`` as it may come: cased, unaccented, spaced, typographic."""
  bare = "".join(char for char in unicodedata.normalize("NFD", text)
                 if not unicodedata.combining(char))
  return [text, text.upper(), text.lower(), text.title(), bare,
          text.replace(" ", "  "), text.replace(" ", "\u00a0"),
          text.replace("'", "’"), "(" + text + ")", "x" + text]


def _spans(found):
  return [(index, [match.span() for match in matches])
          for index, matches in found]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_anchored_rules_find_what_their_patterns_find(language):
  # The rules only try their patterns near their anchor words: check that
  # this finds what a scan of the whole text does, on every test sentence
  # in every language and form.
  profile = dates._profile(language)
  for case in CASES:
    for text in _variants(case[1]):
      scanned = [(index, list(rule.pattern.finditer(text)))
                 for index, rule in enumerate(profile.rules)]
      assert _spans(dates._rule_matches(text, profile)) == _spans(
          [(index, matches) for index, matches in scanned if matches]), text


def test_lower_case_keeps_positions_except_where_checked():
  # The anchors are looked up in text.lower() at the text's positions.
  for code in range(sys.maxunicode + 1):
    char = chr(code)
    if char not in dates._LOWER_UNSAFE:
      assert len(char.lower()) == 1, hex(code)
      assert char.isalnum() == char.lower().isalnum(), hex(code)


def test_case_folds_beyond_lower_case_are_checked():
  casefix = pytest.importorskip("re._casefix")
  for code, others in casefix._EXTRA_CASES.items():
    if chr(code).isascii():
      assert all(chr(other) in dates._LOWER_UNSAFE for other in others)


def test_unsafe_lower_case_falls_back_to_whole_scans():
  assert _found("HİER, on a voté.", "fr", WED) == [
      ("HİER", D(2024, 3, 12), DAY, POINT, REL)]
  assert _found("It happened yeſterday.", "en", WED) == [
      ("yeſterday", D(2024, 3, 12), DAY, POINT, REL)]
