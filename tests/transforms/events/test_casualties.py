"""find_casualties: which numbers count the killed, the injured, the arrested.

Every sentence is invented. Each case lists the casualties found as
(kind, value, qualifier, the words of the count).
"""

import pytest

from transforms.events.casualties import (ARRESTED, INJURED, KILLED,
                                          find_casualties,
                                          may_name_casualties)
from transforms.events.numbers import find_quantities

K, I, A = KILLED, INJURED, ARRESTED


def _casualties(sentence, language):
  found = find_casualties(sentence, find_quantities(sentence, language))
  return [(c.kind, c.value, c.qualifier, sentence[c.start:c.end])
          for c in found]


# (id, language, sentence, [(kind, value, qualifier, words)]).
CASES = [
    # --- killed vs injured vs arrested -------------------------------------
    ("killed_and_injured", "en", "The blast killed 7 and injured 19.",
     [(K, 7, "exact", "7"), (I, 19, "exact", "19")]),
    # A toll's change: the old figure is no count, nor a range of ages;
    # a time's minutes count no one.
    ("fr_toll_changed_from_to", "fr",
     "Le bilan est passé de 13 à 15 morts et 48 blessés.",
     [(K, 15, "exact", "15"), (I, 48, "exact", "48")]),
    ("fr_toll_changed_in_words", "fr",
     "Le bilan est passé de treize à quinze morts, les deux kamikazes "
     "compris.", [(K, 15, "exact", "quinze")]),
    ("fr_time_minutes", "fr",
     "À 6 h 30, ils ont retiré le corps d'une femme.", []),
    # "with the two bombers" after a toll counts them in it; shot dead
    # after it, they are dead of their own.
    ("toll_with_its_bombers", "en",
     "The toll now stands at 24 dead, with the two bombers.",
     [(K, 24, "exact", "24")]),
    # A wounded woman who died is a death, however far the verb.
    ("wounded_who_died_is_no_injured", "en",
     "A woman who was wounded at the market died on Wednesday, so the "
     "official figure is now 21 dead with the two bombers.",
     [(K, 21, "exact", "21")]),
    ("wounded_in_a_clause_then_died_is_no_injured", "en",
     "Advocate Tariq Jadoon, who was wounded at the lawyers' gate on "
     "Tuesday, died on Friday night.", []),
    ("femme_blessee_puis_decedee", "fr",
     "Une femme grièvement blessée dans le double attentat-suicide de "
     "mardi est décédée vendredi.", []),
    ("wounded_and_another_died", "en",
     "One man was wounded in the crossfire and another died later.",
     [(I, 1, "exact", "One")]),
    ("wounded_who_died_four_words_on_is_no_injured", "en",
     "The toll rose to 25 when a schoolteacher who had been wounded at the "
     "bus terminal died in hospital.", [(K, 25, "exact", "25")]),
    ("fr_wounded_who_died_is_no_injured", "fr",
     "Un blessé de l'attentat a succombé à ses blessures, portant le bilan "
     "à 17 morts.", [(K, 17, "exact", "17")]),
    # Whom a helper moved is no count.
    ("fr_bombers_smuggled_are_no_count", "fr",
     "Un passeur, soupçonné d'avoir fait entrer les deux kamikazes depuis "
     "le Mali, a été arrêté.", []),
    ("toll_with_attackers_shot", "en",
     "Gunmen killed 24, with the two attackers shot dead by police.",
     [(K, 24, "exact", "24"), (K, 2, "exact", "two")]),
    ("killing_wounding_others", "en",
     "Gunmen opened fire on the crowd, killing at least 12 people and "
     "wounding 31 others.",
     [(K, 12, "at_least", "at least 12"), (I, 31, "exact", "31")]),
    ("passive_killed_words", "en", "Two guards were killed and three wounded.",
     [(K, 2, "exact", "Two"), (I, 3, "exact", "three")]),
    ("labels_with_counts", "en",
     "Killed: at least 17, among them two policemen. Wounded: dozens.",
     [(K, 17, "at_least", "at least 17"), (I, 12, "at_least", "dozens")]),
    ("labels_with_counts_fr", "fr",
     "Morts : au moins 14 ; blessés : une trentaine.",
     [(K, 14, "at_least", "au moins 14"), (I, 30, "about", "une trentaine")]),
    ("a_toll_told_by_its_parts_is_one_count", "fr",
     "L'attaque a fait vingt-trois morts : dix-neuf militaires, deux VDP "
     "et les deux kamikazes.",
     [(K, 23, "exact", "vingt-trois")]),
    ("more_than_injured", "en", "More than 40 people were injured.",
     [(I, 40, "more_than", "More than 40")]),
    ("about_died", "en", "About 20 villagers died in the fire that followed.",
     [(K, 20, "about", "About 20")]),
    ("left_dead", "en", "The explosion left 3 dead.",
     [(K, 3, "exact", "3")]),
    ("detained", "en", "Officers detained 14 people after the raid.",
     [(A, 14, "exact", "14")]),
    ("arrested_not_questioned", "en",
     "Police arrested 5 men and questioned 12 others.",
     [(A, 5, "exact", "5")]),
    # --- lists share their verb ---------------------------------------------
    ("soldiers_and_militants_summed", "en",
     "12 soldiers and 20 militants were killed in the fighting.",
     [(K, 32, "exact", "12 soldiers and 20")]),
    ("quoted_second_count_summed", "en",
     'Five soldiers and "about ten" assailants were killed.',
     [(K, 15, "about", 'Five soldiers and "about ten')]),
    # --- verb, then the count ---------------------------------------------------
    ("french_pluperfect", "fr",
     "Le 3 mars, une mine avait tué quatre civils sur la route.",
     [(K, 4, "exact", "quatre")]),
    ("french_infinitive", "fr",
     "L'armée a affirmé avoir tué neuf miliciens.",
     [(K, 9, "exact", "neuf")]),
    ("speaker_aside", "en",
     "a car bomb that killed, I think, around nine people",
     [(K, 9, "about", "around nine")]),
    ("one_victim_no_number", "en",
     "The vice-principal tried to stop them and was shot dead.",
     [(K, 1, "exact", "was shot dead")]),
    ("one_victim_spanish", "es", "Fue asesinado el gobernador indígena.",
     [(K, 1, "exact", "Fue asesinado")]),
    ("anyone_is_no_victim", "en",
     "It is not known whether anyone was killed so far.", []),
    ("no_one_hurt_is_none_at_all", "en", "No one was hurt.",
     [(K, 0, "exact", "No one was hurt"), (I, 0, "exact", "No one was hurt")]),
    ("second_count_has_its_own_verb", "en",
     "Police said 17 protesters were injured and 23 were taken into custody.",
     [(I, 17, "exact", "17"), (A, 23, "exact", "23")]),
    ("verb_shared_forward", "en",
     "They ambushed a column, killing at least nine soldiers and two of the "
     "attackers.",
     [(K, 11, "at_least", "at least nine soldiers and two")]),
    ("wounded_who_died_are_in_the_toll", "en",
     "The toll has risen to 19 after four critically wounded recruits died.",
     [(K, 19, "exact", "19")]),
    ("some_of_the_wounded_died", "en",
     "The toll has risen to 19 after several of the 37 wounded died.",
     [(K, 19, "exact", "19"), (I, 37, "exact", "37")]),
    # An apposition between the wounded and their death; "is now" before
    # the new toll.
    ("one_more_of_the_wounded_died", "en",
     "One more of the wounded, a 23-year-old recruit, died this morning, so "
     "the toll is now 26, including the two bombers.",
     [(K, 26, "exact", "26")]),
    # The bombers left out of the toll, told after it: added; how many
    # from "double" when not said.
    ("bombers_not_included", "fr",
     "Le bilan s'est alourdi à vingt-deux morts, précise le ministère, et "
     "les deux kamikazes ne sont pas inclus dans ce bilan.",
     [(K, 24, "exact", "vingt-deux morts, précise le ministère, et les "
       "deux kamikazes ne sont pas inclus")]),
    ("bombers_non_compris_of_a_double_bombing", "fr",
     "Le bilan du double attentat-suicide s'élève à trente et un morts, "
     "kamikazes non compris.",
     [(K, 33, "exact", "trente et un morts, kamikazes non compris")]),
    ("bombers_non_compris_how_many_unsaid", "fr",
     "Le bilan s'élève à trente et un morts, kamikazes non compris.",
     [(K, 31, "exact", "trente et un")]),
    # "of them" is a part of the hunters, not of the years.
    ("part_of_people_after_years_ago", "en",
     "Three years ago, fighters attacked dozo hunters and killed 14 of "
     "them.",
     [(K, 14, "exact", "14")]),
    ("being_treated", "en", "Another 38 people are still being treated.",
     [(I, 38, "exact", "38")]),
    ("family_of", "en", "The strike killed a family of five.",
     [(K, 5, "exact", "five")]),
    ("unit_as_modifier_of_people", "en",
     "Gunmen attacked the convoy, killing 11 truck drivers.",
     [(K, 11, "exact", "11")]),
    ("trucks_are_not_people", "en",
     "The blast destroyed 11 trucks and killed two.",
     [(K, 2, "exact", "two")]),
    # --- tolls ----------------------------------------------------------------
    ("death_toll_rose", "en", "The death toll rose to 15 by the evening.",
     [(K, 15, "exact", "15")]),
    # --- numbers that are not people -----------------------------------------
    # The age is no count; the one victim is.
    ("age", "en", "A 34-year-old shopkeeper was killed.",
     [(K, 1, "exact", "was killed")]),
    ("bombs_seized", "en", "Police said 30 bombs seized in the raid.", []),
    ("year", "en", "The militia was founded in 2019.", []),
    ("percent", "en", "Turnout was 45 percent, officials said.", []),
    ("time_of_day", "en", "The bombing at 10:30 killed 4.",
     [(K, 4, "exact", "4")]),
    # --- people counted by another verb --------------------------------------
    ("questioned", "en", "300 people questioned by police", []),
    ("were_questioned", "en", "300 people were questioned by police.", []),
    ("summoned", "en", "Prosecutors summoned 40 residents to testify.", []),
    ("displaced", "en", "Nearly 2,000 people were displaced.", []),
    ("abducted", "en", "Gunmen abducted 25 students.", []),
    # --- French -----------------------------------------------------------------
    ("fr_morts_blesses", "fr",
     "L'explosion a fait au moins 12 morts et une vingtaine de blessés.",
     [(K, 12, "at_least", "au moins 12"), (I, 20, "about", "une vingtaine")]),
    ("fr_tuees_blessees", "fr",
     "Trois personnes ont été tuées et huit blessées.",
     [(K, 3, "exact", "Trois"), (I, 8, "exact", "huit")]),
    ("fr_interpelles", "fr", "Six suspects ont été interpellés.",
     [(A, 6, "exact", "Six")]),
    # --- Spanish ----------------------------------------------------------------
    ("es_muertos_heridos", "es",
     "El ataque dejó al menos 30 muertos y decenas de heridos.",
     # "decenas": 12, at least (ACLED's reading of "dozens").
     [(K, 30, "at_least", "al menos 30"), (I, 12, "at_least", "decenas")]),
    ("es_asesinados", "es", "Cinco policías fueron asesinados.",
     [(K, 5, "exact", "Cinco")]),
    ("es_detuvo", "es", "La policía detuvo a 4 sospechosos.",
     [(A, 4, "exact", "4")]),
    ("es_interrogados", "es", "Veinte vecinos fueron interrogados.", []),
    # --- malformed / empty --------------------------------------------------------
    ("empty", "en", "", []),
    ("no_numbers", "en", "Many people were killed.", []),
]

XFAIL = {}
CASES += [
    ("shot_dead_object", "en",
     "Gunmen shot dead three aid workers outside the clinic.",
     [(K, 3, "exact", "three")]),
    ("perpetrators_are_not_victims", "en",
     "Two gunmen on a motorcycle shot dead two aid workers.",
     [(K, 2, "exact", "two")]),
    ("new_total_after_risen", "en",
     "The number of people killed in the bombing has risen to 17.",
     [(K, 17, "exact", "17")]),
    ("raised_the_toll", "en",
     "Doctors raised the toll from the morning's shelling to 11.",
     [(K, 11, "exact", "11")]),
    ("part_of_a_count", "en",
     "Nine people, four of them children, were killed.",
     [(K, 9, "exact", "Nine")]),
    ("including_is_a_part", "en",
     "The blast killed 11 people, including six policemen.",
     [(K, 11, "exact", "11")]),
    ("shared_verb_list", "en",
     "The battle left nine soldiers and dozens of insurgents dead.",
     [(K, 21, "at_least", "nine soldiers and dozens")]),
    ("quoted_count", "en", 'Jets struck, killing "dozens of terrorists".',
     [(K, 12, "at_least", "dozens")]),
    ("no_casualties", "en", "There were no casualties.",
     [(K, 0, "exact", "no casualties"), (I, 0, "exact", "no casualties")]),
    ("no_casualties_reported_yet", "en",
     "No casualties have been reported so far.", []),
    ("no_one_killed", "en", "No one was killed.",
     [(K, 0, "exact", "No one was killed")]),
    ("neutralised", "fr",
     "Plus de 30 terroristes ont été neutralisés.",
     [(K, 30, "more_than", "Plus de 30")]),
    ("asesinaron_a", "es", "Hombres armados asesinaron a ocho jóvenes.",
     [(K, 8, "exact", "ocho")]),
    # --- attackers added to a toll that leaves them out --------------------
    ("as_well_as_the_bomber", "en",
     "The attack killed five soldiers as well as the bomber.",
     [(K, 6, "exact", "five soldiers as well as the bomber")]),
    ("ainsi_que_les_deux_kamikazes", "fr",
     "Onze militaires ont été tués et 23 blessés, « ainsi que les deux "
     "kamikazes ».",
     [(K, 13, "exact", "Onze militaires ont été tués et 23 blessés, « ainsi "
       "que les deux kamikazes"), (I, 23, "exact", "23")]),
    ("sans_compter_les_kamikazes", "fr",
     "Le bilan est de 15 soldats tués, sans compter les deux kamikazes.",
     [(K, 17, "exact", "15 soldats tués, sans compter les deux kamikazes")]),
    ("en_plus_des_deux_auteurs", "fr",
     "Le bilan est porté à treize morts, en plus des deux auteurs.",
     [(K, 15, "exact", "treize morts, en plus des deux auteurs")]),
    ("besides_the_perpetrators", "en",
     "Eleven people were killed besides the two perpetrators.",
     [(K, 13, "exact", "Eleven people were killed besides the two "
       "perpetrators")]),
    ("including_the_bomber_is_inside", "en",
     "The blast killed six people, including the bomber.",
     [(K, 6, "exact", "six")]),
    ("as_well_as_attackers_unknown_count", "en",
     "Four soldiers were killed, as well as the attackers.",
     [(K, 4, "exact", "Four")]),
    # --- a count after the verb joins it; one more victim without a number
    ("ainsi_que_dozens_of_attackers", "fr",
     "Au moins 25 soldats ont été tués, ainsi que plusieurs dizaines "
     "d'assaillants.",
     [(K, 37, "at_least", "Au moins 25 soldats ont été tués, ainsi que "
       "plusieurs dizaines")]),
    ("and_a_police_officer", "en",
     "A roadside bomb killed two civilians and a police officer.",
     [(K, 3, "exact", "two civilians and a police officer")]),
    ("and_a_man_who_has_own_verb", "en",
     "The blast killed two civilians and a man who was passing by.",
     [(K, 2, "exact", "two")]),
    # --- "left", "faisant", "dejó": the word after says which toll ---------
    ("faisant_trois_blesses", "fr",
     "Un véhicule a sauté sur une mine, faisant trois blessés légers.",
     [(I, 3, "exact", "trois")]),
    ("dejo_cuatro_heridos", "es",
     "Un coche bomba dejó cuatro heridos frente a una comisaría.",
     [(I, 4, "exact", "cuatro")]),
    ("left_homeless", "en",
     "The floods left 300 people homeless.", []),
    ("left_dead_still_killed", "en", "The ambush left 9 soldiers dead.",
     [(K, 9, "exact", "9")]),
    ("personne_n_a_ete_tue", "fr", "Personne n'a été tué.",
     [(K, 0, "exact", "Personne n'a été tué")]),
    # --- one victim without a number, the object of the verb ---------------
    ("shot_dead_a_chief_wounded_his_driver", "en",
     "Gunmen shot dead a village chief and wounded his driver.",
     [(K, 1, "exact", "shot dead a village chief"),
      (I, 1, "exact", "wounded his driver")]),
    ("killed_a_soldier_and_two_civilians", "en",
     "The blast killed a soldier and two civilians.",
     [(K, 3, "exact", "killed a soldier and two")]),
    ("abattant_le_chef", "fr",
     "Des hommes armés ont ouvert le feu, abattant le chef du village.",
     [(K, 1, "exact", "abattant le chef")]),
    ("asesinaron_a_un_concejal", "es",
     "Sicarios asesinaron a un concejal frente a su casa.",
     [(K, 1, "exact", "un")]),
    ("killed_himself_is_no_victim", "en", "The bomber killed himself.", []),
    # ...or of a killing noun.
    ("the_killing_of_a_judge", "en",
     "The faction claimed the killing of a judge in Swat.",
     [(K, 1, "exact", "killing of a judge")]),
    ("l_assassinat_d_un_elu", "fr",
     "L'assassinat d'un élu local a choqué la ville.",
     [(K, 1, "exact", "assassinat d'un élu")]),
    ("el_asesinato_de_la_lideresa", "es",
     "El asesinato de la lideresa indignó al barrio.",
     [(K, 1, "exact", "asesinato de la lideresa")]),
    ("the_deaths_of_twelve", "en",
     "Officials confirmed the deaths of 12 people.",
     [(K, 12, "exact", "12")]),
    ("la_mort_de_trois_soldats", "fr",
     "L'armée a confirmé la mort de trois soldats.",
     [(K, 3, "exact", "trois")]),
    ("the_real_toll_was", "en",
     "He said the real toll was 13, after a driver died.",
     [(K, 13, "exact", "13")]),
    ("et_blesse_deux", "fr",
     "Les assaillants ont tué trois soldats et blessé deux civils.",
     [(K, 3, "exact", "trois"), (I, 2, "exact", "deux")]),
    ("neutralisant", "fr",
     "L'armée a frappé, « neutralisant une trentaine de terroristes ».",
     [(K, 30, "about", "une trentaine")]),
    # --- numbers of things, with accents ------------------------------------
    ("blessait_imperfect", "fr",
     "En 2023, un homme armé d'un couteau blessait deux voyageurs.",
     [(I, 2, "exact", "deux")]),
    ("poignarde_a_mort", "fr",
     "Un imam avait été poignardé à mort devant sa mosquée.",
     [(K, 1, "exact", "Un")]),
    # A count revised in one breath replaces the first; the bombers left
    # out are added to the revised one.
    ("vingt_morts_puis_vingt_deux", "fr",
     "Le gouvernorat a annoncé vingt morts, puis vingt-deux, sans compter "
     "les deux kamikazes.",
     [(K, 20, "exact", "vingt"),
      (K, 24, "exact", "vingt-deux, sans compter les deux kamikazes")]),
    ("twelve_dead_then_fifteen", "en", "Officials first said 12 dead, then 15.",
     [(K, 12, "exact", "12"), (K, 15, "exact", "15")]),
    # The part named after its noun is inside the toll, whatever verb
    # comes after it.
    ("bombers_among_them", "en",
     "The bombing has now killed 20 people, the two bombers among them, "
     "after a shoe-shiner died in hospital on Tuesday.",
     [(K, 20, "exact", "20")]),
    ("quatre_enfants_parmi_eux", "fr",
     "Neuf civils ont été tués, quatre enfants parmi eux.",
     [(K, 9, "exact", "Neuf")]),
    # The bombers left out are added once: the death told after a comma
    # and "after" is another's.
    ("not_counting_the_bombers_after_a_death", "en",
     "The ministry said that 16 people had been killed, not counting the "
     "two bombers, after a boy died overnight in hospital.",
     [(K, 18, "exact", "16 people had been killed, not counting the two "
                       "bombers")]),
    ("toll_from_that_attack_stands_at", "en",
     "The toll from that attack now stands at fifteen.",
     [(K, 15, "exact", "fifteen")]),
    # The claimant's own toll is no count; the police's is.
    ("group_put_the_toll_at", "en",
     'The group put the toll at "nearly a hundred".', []),
    ("police_put_the_toll_at", "en", "Police put the toll at 22.",
     [(K, 22, "exact", "22")]),
    # Each new total's own noun tells its kind.
    ("s_eleve_a_morts_et_a_blesses", "fr",
     "Le bilan s'élève à vingt-huit morts et à soixante-six blessés.",
     [(K, 28, "exact", "vingt-huit"), (I, 66, "exact", "soixante-six")]),
    ("porte_le_nombre_de_morts", "fr",
     "Un élève est mort jeudi, ce qui porte le nombre de morts à 20.",
     [(K, 1, "exact", "Un"), (K, 20, "exact", "20")]),
    ("elevando_el_numero_de_muertos", "es",
     "Un herido murió el jueves, elevando el número de muertos a 20.",
     [(K, 20, "exact", "20")]),
    # The army's word in quotes: the closing one stands between.
    ("neutralised_in_quotes", "fr",
     "L'armée a affirmé avoir « neutralisé » quatre séparatistes.",
     [(K, 4, "exact", "quatre")]),
    ("kilometres_then_neutralised", "fr",
     "Des frappes près de Koumbri, à une trentaine de kilomètres de la "
     "ville, ont « neutralisé plusieurs dizaines de terroristes ».",
     [(K, 12, "at_least", "plusieurs dizaines")]),
    ("dead_animals", "fr",
     "« Il y avait des dizaines d'animaux morts », a dit un marchand.", []),
    ("slash_date_then_et_tue", "fr",
     "Dans la nuit du 02/11/2025, des jihadistes ont attaqué le poste et "
     "tué près de 40 soldats.",
     [(K, 40, "about", "près de 40")]),
    ("beheading_four", "en",
     "Fighters raided a settlement, beheading four fishermen.",
     [(K, 4, "exact", "four")]),
    ("ont_decapite_deux", "fr", "Des insurgés ont décapité deux paysans.",
     [(K, 2, "exact", "deux")]),
    ("morts_after_d_un", "fr",
     "Dix-neuf passagers d'un car sont morts sur la route.",
     [(K, 19, "exact", "Dix-neuf")]),
    ("murieron_cuatro_y_un_herido", "es",
     "En el enfrentamiento murieron cuatro delincuentes y un soldado "
     "resultó herido.",
     [(K, 4, "exact", "cuatro"), (I, 1, "exact", "un")]),
    ("money_is_no_toll", "en",
     "The ministry will pay 2 million Syrian pounds to each family of the "
     "dead.", []),
    ("naira_is_no_toll", "en",
     "The governor will pay 100,000 naira to each family of the dead.", []),
    ("shot_dead_a_member", "en",
     "Gunmen shot dead a member of the local council, 58, outside his home.",
     [(K, 1, "exact", "shot dead a member")]),
    ("six_soldiers_and_a_passer_by", "en",
     "The blast killed six soldiers and a passer-by.",
     [(K, 7, "exact", "six soldiers and a passer-by")]),
    # --- figures the sentence itself disputes ------------------------------
    ("figure_rejected", "en",
     "A doctor said the hospital had received 31 bodies, a figure the "
     "Taliban rejected.", []),
    ("figure_called_invented", "en",
     'The group said it had killed "more than 40 soldiers", a figure the '
     "government called invented.", []),
    ("age_in_commas", "en",
     "The student, 23, was killed when officers opened fire.",
     [(K, 1, "exact", "was killed")]),
    ("ages_of_victims_in_commas", "en",
     "Two people were killed, a farmer, 54, and his son, 12.",
     [(K, 2, "exact", "Two")]),
    ("still_in_hospital", "en", "Thirty-three people are still in hospital.",
     [(I, 33, "exact", "Thirty-three")]),
    # --- the lives it took, the bodies found -------------------------------
    ("claiming_the_lives_of", "en",
     "The bomb went off at the depot, claiming the lives of nine workers.",
     [(K, 9, "exact", "nine")]),
    ("bodies_of_victims_recovered", "en",
     "The bodies of 14 victims were recovered from the rubble.",
     [(K, 14, "exact", "14")]),
    ("coutant_la_vie", "fr",
     "Une bombe a explosé au dépôt, coûtant la vie à onze ouvriers.",
     [(K, 11, "exact", "onze")]),
    ("corps_de_victimes", "fr",
     "Les corps de douze victimes ont été retrouvés sous les décombres.",
     [(K, 12, "exact", "douze")]),
    ("personnes_sont_mortes", "fr",
     "Au moins vingt-trois personnes sont mortes dans l'explosion.",
     [(K, 23, "at_least", "Au moins vingt-trois")]),
    ("ville_morte_is_a_strike", "fr",
     "L'opposition appelle à une journée « ville morte » lundi.", []),
    ("perdieron_la_vida", "es",
     "Cuarenta y seis civiles perdieron la vida en el ataque.",
     [(K, 46, "exact", "Cuarenta y seis")]),
    ("cobrando_la_vida_de", "es",
     "La bomba estalló en el mercado, cobrando la vida de doce personas.",
     [(K, 12, "exact", "doce")]),
    ("cuerpos_de_victimas", "es",
     "Los cuerpos de ocho víctimas fueron recuperados.",
     [(K, 8, "exact", "ocho")]),
    ("neuf_corps", "fr", "Neuf corps ont été retirés des décombres.",
     [(K, 9, "exact", "Neuf")]),
    ("the_dead_included", "en", "The dead included seven children.",
     [(K, 7, "exact", "seven")]),
    ("those_killed_were", "en", "Those killed were seven traders.",
     [(K, 7, "exact", "seven")]),
    ("succombe", "fr", "Sept civils ont succombé à leurs blessures.",
     [(K, 7, "exact", "Sept")]),
    ("assassinees", "fr", "Sept personnes ont été assassinées.",
     [(K, 7, "exact", "Sept")]),
    # --- a second count of more of the same adds to the first --------------
    ("two_more_died", "en",
     "Seven people were killed outright and two more died later in "
     "hospital.", [(K, 9, "exact", "Seven people were killed outright and "
                   "two")]),
    ("deux_autres", "fr",
     "Neuf personnes ont été tuées sur le coup et deux autres sont mortes "
     "à l'hôpital.", [(K, 11, "exact", "Neuf personnes ont été tuées sur le "
                      "coup et deux")]),
    ("dos_mas", "es",
     "Nueve personas murieron en el acto y dos más fallecieron en el "
     "hospital.", [(K, 11, "exact", "Nueve personas murieron en el acto y "
                   "dos")]),
    ("army_lost_soldiers", "en",
     "The army says it lost four soldiers and killed thirty of the "
     "attackers.", [(K, 4, "exact", "four"), (K, 30, "exact", "thirty")]),
    ("armee_a_perdu", "fr", "L'armée a perdu six soldats dans l'embuscade.",
     [(K, 6, "exact", "six")]),
    ("figure_called_nonsense", "en",
     "Their statement says they killed more than sixty soldiers, which "
     "officials call nonsense.", []),
    ("a_woman_and_her_three_children", "en",
     "The strike killed a woman and her three children.",
     [(K, 4, "exact", "killed a woman and her three")]),
    ("un_homme_et_ses_deux_fils", "fr",
     "Les assaillants ont tué un homme et ses deux fils.",
     [(K, 3, "exact", "un homme et ses deux")]),
    ("una_mujer_y_a_sus_dos_hijos", "es",
     "Los sicarios asesinaron a una mujer y a sus dos hijos.",
     [(K, 3, "exact", "una mujer y a sus dos")]),
    ("bringing_the_number_of_dead_to", "en",
     "Troops found two more bodies, bringing the number of dead to ten.",
     [(K, 2, "exact", "two"), (K, 10, "exact", "ten")]),
    ("ont_massacre", "fr",
     "En avril 2023, des hommes armés ont massacré quatorze cultivateurs.",
     [(K, 14, "exact", "quatorze")]),
    ("no_dejo_muertos_ni_heridos", "es",
     "El ataque no dejó muertos ni heridos, pero destruyó una garita.",
     [(K, 0, "exact", "no dejó muertos ni heridos"),
      (I, 0, "exact", "no dejó muertos ni heridos")]),
    ("sin_causar_muertos", "es",
     "Un artefacto hirió a siete pasajeros, sin causar muertos.",
     [(I, 7, "exact", "siete"), (K, 0, "exact", "sin causar muertos")]),
    ("sin_causar_victimas", "es",
     "Hace dos años, un carro bomba estalló frente a la estación sin causar "
     "víctimas.",
     [(K, 0, "exact", "sin causar víctimas"),
      (I, 0, "exact", "sin causar víctimas")]),
    ("sin_que_nadie_resultara_herido", "es",
     "Los Tedax desactivaron una mochila con explosivos, sin que nadie "
     "resultara herido.",
     [(I, 0, "exact", "sin que nadie resultara herido")]),
    ("sin_que_hubiera_heridos", "es",
     "El Ejército desactivó 30 artefactos explosivos, sin que hubiera "
     "heridos.", [(I, 0, "exact", "sin que hubiera heridos")]),
    ("sans_faire_de_blesses", "fr",
     "Une roquette est tombée dans un champ sans faire de blessés.",
     [(I, 0, "exact", "sans faire de blessés")]),
    ("including_the_two_bombers", "en",
     "Twelve people, including the two bombers, were killed.",
     [(K, 12, "exact", "Twelve")]),
    ("dont_les_deux_kamikazes", "fr",
     "Douze personnes, dont les deux kamikazes, ont été tuées.",
     [(K, 12, "exact", "Douze")]),
    ("besides_themselves", "en",
     "Two suicide bombers blew themselves up, killing 12 people besides "
     "themselves.", [(K, 14, "exact", "12 people besides themselves")]),
    ("and_himself", "en",
     "A suicide bomber blew himself up, killing 12 people and himself.",
     [(K, 13, "exact", "12 people and himself")]),
    ("en_plus_d_eux_memes", "fr",
     "Deux kamikazes se sont fait exploser, tuant douze personnes en plus "
     "d'eux-mêmes.",
     [(K, 14, "exact", "douze personnes en plus d'eux-mêmes")]),
    ("day_between_verb_and_count_es", "es",
     "Hombres armados asesinaron el sábado por la noche a cinco integrantes "
     "de una familia.", [(K, 5, "exact", "cinco")]),
    ("day_between_verb_and_count_fr", "fr",
     "Des hommes armés ont tué samedi soir cinq personnes.",
     [(K, 5, "exact", "cinq")]),
    ("toll_rises_present_es", "es",
     "Con el atacante, el número de muertos asciende a doce.",
     [(K, 12, "exact", "doce")]),
    ("sans_compter_l_assaillant", "fr",
     "Le kamikaze a tué douze personnes, sans compter l'assaillant.",
     [(K, 13, "exact", "douze personnes, sans compter l'assaillant")]),
    ("en_plus_de_lui_meme", "fr",
     "Un kamikaze s'est fait exploser, tuant trois personnes en plus de "
     "lui-même.",
     [(K, 4, "exact", "trois personnes en plus de lui-même")]),
    ("ainsi_que_lui_meme", "fr",
     "Le kamikaze a tué trois passants ainsi que lui-même.",
     [(K, 4, "exact", "trois passants ainsi que lui-même")]),
    ("and_the_two_bombers", "en",
     "The blast killed 12 people and the two bombers.",
     [(K, 14, "exact", "12 people and the two")]),
    ("both_bombers_also_died", "en", "Both bombers also died.",
     [(K, 2, "exact", "Both bombers also died")]),
    ("the_bomber_was_also_killed", "en", "The bomber was also killed.",
     [(K, 1, "exact", "The bomber was also killed")]),
    ("le_kamikaze_a_egalement_peri", "fr", "Le kamikaze a également péri.",
     [(K, 1, "exact", "Le kamikaze a également péri")]),
    ("killing_only_himself", "en",
     "A suicide bomber blew himself up at a checkpoint, killing only "
     "himself.", [(K, 1, "exact", "killing only himself")]),
    ("ne_tuant_que_lui_meme", "fr",
     "Un kamikaze s'était fait exploser devant un bar, ne tuant que "
     "lui-même et blessant deux clients.",
     [(I, 2, "exact", "deux"), (K, 1, "exact", "ne tuant que lui-même")]),
    ("sans_autres_victimes_que_lui_meme", "fr",
     "Un kamikaze s'était fait exploser au poste frontière, sans faire "
     "d'autres victimes que lui-même.",
     [(K, 1, "exact", "sans faire d'autres victimes que lui-même")]),
    ("sin_mas_victimas_que_el_mismo", "es",
     "Un suicida se hizo estallar en el puesto, sin causar más víctimas "
     "que él mismo.",
     [(K, 1, "exact", "sin causar más víctimas que él mismo")]),
    ("the_toll_excludes_the_two_attackers", "en",
     "The toll excludes the two attackers, a police spokesman said.",
     [(K, 2, "exact", "toll excludes the two attackers")]),
    ("le_bilan_n_inclut_pas_les_deux_kamikazes", "fr",
     "Le bilan n'inclut pas les deux kamikazes.",
     [(K, 2, "exact", "bilan n'inclut pas les deux kamikazes")]),
    ("excluding_the_attackers_how_many_unsaid", "en",
     "The ministry put the toll at 15 killed, excluding the attackers.",
     [(K, 15, "exact", "15")]),
    ("the_bomber_killed_is_no_death_of_his", "en",
     "The bomber killed twelve people.", [(K, 12, "exact", "twelve")]),
    ("toll_of_wounded", "en", "Officials put the toll of wounded at 41.",
     [(I, 41, "exact", "41")]),
    ("ont_abattu", "fr",
     "Ses hommes ont abattu une douzaine d'assaillants.",
     [(K, 12, "about", "une douzaine")]),
    ("un_troisieme_a_succombe", "fr",
     "Deux militaires ont été tués sur le coup et un troisième a succombé "
     "mardi.", [(K, 3, "exact", "Deux militaires ont été tués sur le coup "
                "et un troisième a succombé")]),
    ("a_third_soldier_died", "en",
     "Two soldiers were killed and a third soldier later died in hospital.",
     [(K, 3, "exact", "Two soldiers were killed and a third soldier later "
       "died")]),
    ("death_of_wounded_is_no_injured_count", "fr",
     "Le bilan est passé à douze morts, après le décès mardi de deux "
     "blessés.", [(K, 12, "exact", "douze")]),
    ("age_inside_the_victims_is_no_count", "en",
     "At least eight people, including a 6-year-old boy, were killed and 23 "
     "wounded.", [(K, 8, "at_least", "At least eight"),
                  (I, 23, "exact", "23")]),
    ("bus_line_is_no_count", "fr",
     "Daniel Maire, chauffeur sur la ligne 302, grièvement blessé à la "
     "gare, est décédé dimanche.", []),
    ("flight_number_is_no_count", "en",
     "A steward on Flight 17, wounded in the blast, was flown home.", []),
    ("ages_of_suspects_are_no_count", "en",
     "The suspects, aged 24, 31 and 45, were detained.", []),
    ("ages_after_the_victims", "en", "Five people aged 20 to 30 were killed.",
     [(K, 5, "exact", "Five")]),
    ("themselves_without_a_count", "en",
     "Gunmen killed 12 people and themselves.", [(K, 12, "exact", "12")]),
    ("more_of_another_kind_stays_apart", "en",
     "Seven people were killed and two more were wounded.",
     [(K, 7, "exact", "Seven"), (I, 2, "exact", "two")]),
    ("one_was_later_killed", "en",
     "Fighters abducted three teachers; one was later killed by his captors.",
     [(K, 1, "exact", "was later killed")]),
    ("it_now_stands_at", "en",
     "It now stands at 25, including the two bombers, officials said.",
     [(K, 25, "exact", "25")]),
    ("it_stood_at_a_percentage", "en", "It stood at 25 percent last year.",
     []),
    # Mourners and kin are counted, not the dead they mourn.
    ("mourners_at_the_funerals_of_the_dead", "fr",
     "Des milliers de personnes assistaient aux obsèques des policiers "
     "tués.", []),
    ("kin_of_the_wounded", "fr",
     "Une cinquantaine de proches de blessés ont organisé un sit-in.", []),
    ("relatives_of_the_dead", "en",
     "Hundreds of relatives of the dead gathered outside the morgue.", []),
    ("relatives_who_were_killed", "en",
     "Two relatives of the governor were killed.",
     [(K, 2, "exact", "Two")]),
    ("bombers_sowing_death_are_not_its_dead", "fr",
     "Jeudi, deux kamikazes ont semé la mort à Khoms : vingt-deux morts, "
     "dont les deux assaillants.",
     [(K, 22, "exact", "vingt-deux")]),
    ("wounded_having_died", "fr",
     "Le bilan est de vingt morts, kamikazes compris, un blessé ayant "
     "succombé samedi à l'hôpital.",
     [(K, 20, "exact", "vingt")]),
    ("present_tense_wounds", "en",
     "A grenade thrown into a crowded bazaar in Barkhan wounds nine.",
     [(I, 9, "exact", "nine")]),
    ("died_of_wounds_is_no_wounding", "en", "He died of his wounds.", []),
    ("ambulances_are_no_wounded", "en",
     "The ministry sent 37 ambulances and the wounded were taken to the "
     "general hospital.", []),
    ("money_before_the_number", "en",
     "The city announced compensation of Tk 50,000 for each of the "
     "injured.", []),
]


@pytest.mark.parametrize(
    "language, sentence, expected",
    [pytest.param(*case[1:], id=case[0], marks=(
        [pytest.mark.xfail(strict=True, reason=XFAIL[case[0]])]
        if case[0] in XFAIL else [])) for case in CASES])
def test_find_casualties(language, sentence, expected):
  assert _casualties(sentence, language) == expected


@pytest.mark.parametrize("language, sentence, expected", [
    ("en", "The ministry put the toll at 15 killed, excluding the attackers.",
     17),
    ("es", "El balance es de 19 muertos, sin contar a los atacantes.", 21),
], ids=["excluding_the_attackers", "sin_contar_a_los_atacantes"])
def test_attackers_left_out_of_a_twin_bombing_are_two(language, sentence,
                                                      expected):
  # The story told of a twin bombing before: its attackers are two.
  found = find_casualties(sentence, find_quantities(sentence, language),
                          two_attackers=True)
  assert [(c.kind, c.value) for c in found] == [(K, expected)]


def test_no_quantities_means_no_casualties():
  # The words alone are not counts: only quantities are read.
  assert find_casualties("Twelve people were killed.", []) == []


@pytest.mark.parametrize("language, sentence",
                         [pytest.param(*case[1:3], id=case[0])
                          for case in CASES])
def test_a_sentence_with_casualties_passes_the_gate(language, sentence):
  """The tagger reads numbers only in sentences that pass the gate: any
  sentence where find_casualties finds something must pass it."""
  if _casualties(sentence, language):
    assert may_name_casualties(sentence)


@pytest.mark.parametrize("language, sentence", [
    ("en", "The budget grew by 12 percent in 2023 to 4.5 billion dollars."),
    ("fr", "Le budget a augmenté de 12 % pour atteindre 4,5 milliards."),
    ("es", "El presupuesto creció un 12 % hasta 4.500 millones."),
])
def test_numbers_without_casualty_words_do_not_pass_the_gate(language,
                                                             sentence):
  assert find_quantities(sentence, language)
  assert not may_name_casualties(sentence)
  assert _casualties(sentence, language) == []


# The verb before a number starts a word: not "mato" in "formato" or
# "killed" in "skilled".
@pytest.mark.parametrize("language, sentence", [
    ("es", "El canal emitió en formato 16 episodios de la serie."),
    ("en", "The firm hired skilled 40 workers last year."),
], ids=["formato", "skilled"])
def test_a_verb_inside_another_word_counts_no_one(language, sentence):
  assert _casualties(sentence, language) == []
