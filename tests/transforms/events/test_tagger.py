"""tag_text: short invented articles -> their event mentions.

Every article is invented (real places and groups, imagined events). Unless
a case says otherwise it was published on Thursday 14 March 2024, so
"Wednesday" is the 13th, "yesterday" the 13th and "last August" 2023-08.
Each expected mention is (sub-event type, date, precision, location,
country, killed, injured, arrested, claimed_by), in text order.
"""

import datetime

import pytest

from transforms.events import triggers as lexicon
from transforms.events.places import Gazetteer
from transforms.events.tagger import SUPPORTED_LANGUAGES, tag_text

UTC = datetime.timezone.utc
D = datetime.date
PUB = datetime.datetime(2024, 3, 14, 9, 30, tzinfo=UTC)  # a Thursday
DAY, MONTH, YEAR = "day", "month", "year"
TTP, IS = "Tehrik-i-Taliban Pakistan", "Islamic State"


@pytest.fixture(scope="module")
def gazetteer():
  return Gazetteer.load()


def _m(sub_event_type, date, precision, location, country, killed=None,
       injured=None, arrested=None, claimed_by=None):
  return (sub_event_type, date, precision, location, country, killed,
          injured, arrested, claimed_by)


def _outcome(mention):
  place = mention.place
  return _m(mention.sub_event_type, mention.event_date,
            mention.date_precision, place.name if place else None,
            place.country_code if place else None, mention.killed,
            mention.injured, mention.arrested, mention.claimed_by)


ARTICLES = {
    "twin_suicide_claim": ("en",
        "QUETTA, Pakistan (Wire) - Two suicide bombers blew themselves up at "
        "the gate of a police training centre in Quetta on Wednesday, "
        "killing at least 14 people and wounding 31 others, provincial "
        "officials said.\n"
        "The first attacker detonated his vest as recruits queued for "
        "morning roll call; the second struck minutes later as rescuers "
        "arrived.\n"
        "The Pakistani Taliban claimed responsibility in a message sent to "
        "journalists."),
    "destination_city": ("en",
        "Two suicide bombers struck the main bus terminal in Quetta on "
        "Wednesday evening, killing at least 19 people.\n"
        "The first bomber blew himself up as passengers queued for the night "
        "coaches to Karachi; the second detonated his vest among the crowd "
        "that gathered to help the wounded."),
    "arrests_after_attack": ("en",
        "Gunmen opened fire on a passenger bus near Peshawar on Monday, "
        "killing six people.\n"
        "Police arrested four men on Tuesday night in a raid on a house in "
        "the city, a spokesman said."),
    "toll_after_broadcast_asides": ("en",
        "ANCHOR: The death toll from last night's twin suicide bombing at a "
        "market in Quetta has risen to fourteen. Our correspondent Sana "
        "Malik is there for us tonight. Sana, what's the latest?\n"
        "SANA MALIK: Thanks. Well, uh, the city health office now says "
        "fourteen people were killed and more than forty were wounded."),
    "toll_update_have_since_died": ("en",
        "A suicide bomber struck a market in Quetta on Wednesday, killing "
        "nine people. Police said the bomber was a 19-year-old man from the "
        "city.\n"
        "Three of the wounded have since died, bringing the toll to 12, "
        "doctors said; 30 people are still in hospital."),
    "claim_goes_to_the_event_it_names": ("en",
        "In 2022 militants ambushed a military convoy near Bannu, killing "
        "seven soldiers, and in January 2024 a suicide bomber the TTP later "
        "claimed blew himself up at a police checkpoint in Dera Ismail Khan, "
        "killing 10 officers."),
    "claim_put_out": ("en",
        "Two suicide bombers struck a mosque in Kunduz on Wednesday, killing "
        "23 worshippers.\n"
        "The Islamic State put out a claim the next day, which is typical "
        "of the group."),
    "background_truck_bombing": ("en",
        "A car bomb exploded outside a hotel in Mogadishu on Tuesday, "
        "killing nine people.\n"
        "It was the worst attack in the capital since the 2017 truck "
        "bombing that killed 57 people."),
    "background_indefinite": ("en",
        "Twin suicide bombings outside a bus terminal in Quetta killed at "
        "least 22 people on Wednesday evening, police said.\n"
        "The attack was the deadliest in the province since a 2019 market "
        "bombing that killed 20 people."),
    "toll_update": ("en",
        "A roadside bomb tore through a minibus in Kandahar province on "
        "Saturday, killing five people, officials said.\n"
        "Doctors at the main hospital said several of the wounded were in "
        "critical condition.\n"
        "The death toll later rose to 11, hospital officials said."),
    "toll_update_dated": ("en",
        "A roadside bomb tore through a minibus in Kandahar on Saturday, "
        "killing five people.\n"
        "The death toll rose to 11 on Sunday, the provincial health "
        "director said."),
    "wednesday": ("en",
        "Militants attacked a military checkpoint near Bannu on Wednesday, "
        "killing three soldiers, the army said."),
    "yesterday": ("en",
        "An air strike hit a fuel depot on the edge of Sanaa yesterday, "
        "wounding four workers, residents said."),
    "last_august": ("en",
        "A court in Kaduna began hearing the case against six men accused "
        "of the school raid last August, in which gunmen kidnapped 25 "
        "students.\n"
        "The trial was adjourned until April."),
    "four_years_ago": ("en",
        "Families gathered in Kabul to remember the victims of a suicide "
        "bombing at a wedding hall four years ago that killed 63 guests."),
    "denial": ("en",
        "Gunmen stormed a guesthouse in Jalalabad on Monday night and "
        "killed three aid workers, police said.\n"
        "A Taliban spokesman denied any involvement in the killings."),
    "denial_by_named_group": ("en",
        "Al-Shabab rejected claims that its fighters had carried out the "
        "grenade attack on a cafe in Baidoa on Sunday that wounded eight "
        "people."),
    "speculation": ("en",
        "An explosion ripped through a crowded bus station in Maiduguri on "
        "Friday, killing seven people.\n"
        "Security officials said Boko Haram may have been behind the "
        "blast."),
    "french_suicide": ("fr",
        "Un kamikaze s'est fait exploser mardi devant une mosquée de Kaboul, "
        "faisant au moins 12 morts et une vingtaine de blessés, selon la "
        "police.\n"
        "Le groupe État islamique a revendiqué l'attentat dans la soirée."),
    "french_yesterday_clash": ("fr",
        "De violents affrontements ont opposé hier l'armée malienne à des "
        "jihadistes près de Gao, faisant 9 morts parmi les soldats."),
    "french_riot": ("fr",
        "Des émeutiers ont incendié des voitures et pillé des magasins "
        "dimanche à Port-au-Prince, a indiqué la police."),
    "spanish_car_bomb": ("es",
        "Un coche bomba explotó el lunes frente a una estación de policía en "
        "Cali, dejando al menos 3 muertos y decenas de heridos.\n"
        "Las autoridades atribuyeron el atentado a disidentes de las FARC."),
    "spanish_kidnapping": ("es",
        "Hombres armados secuestraron el domingo a cinco ingenieros en una "
        "carretera cerca de Culiacán, informó la fiscalía."),
    "spanish_last_night_drones": ("es",
        "Un ataque con drones alcanzó anoche un depósito de armas en Saná, "
        "según los hutíes."),
    "non_event_numbers": ("en",
        "The council in Lahore approved a budget of 300 million rupees on "
        "Monday, with 12 new schools and 40 clinics planned by 2026.\n"
        "Officials said 300 people questioned in a survey backed the plan, "
        "and turnout at the 2019 consultation was 45 percent.\n"
        "A 34-year-old engineer will lead the project."),
    "us_drone_strike": ("en",
        "A US drone strike killed three al-Shabaab fighters near Kismayo on "
        "Thursday, the US military said."),
    "protest_tear_gas": ("en",
        "Police fired tear gas at thousands of protesters who marched on "
        "parliament in Nairobi on Tuesday to oppose a new tax."),
    "clash_sum": ("en",
        "12 soldiers and 20 militants were killed in clashes in Borno state "
        "on Friday, a military spokesman said."),
    "dateline_place": ("en",
        "MOSUL, Iraq, March 12 (Wire) - A bomb hidden in a parked motorbike "
        "exploded near a vegetable market on Tuesday, wounding six people."),
    "defused": ("en",
        "Police defused a roadside bomb planted near a school in Quetta on "
        "Monday, officials said."),
    "threat_only": ("en",
        "The group threatened to attack polling stations across the "
        "province before next month's vote."),
    "habit": ("en",
        "Dozens of attacks since 2021 have forced farmers in the region to "
        "abandon their fields."),
    "shelling": ("en",
        "Russian shelling killed four civilians and injured nine in Kharkiv "
        "on Sunday, the regional governor said."),
    "ceasefire": ("en",
        "The government and the ELN signed a ceasefire agreement in Havana "
        "on Monday."),
    # --- rules added from the dev set -----------------------------------
    "no_arrests_and_a_question": ("en",
        "Gunmen opened fire on a minibus near Bannu on Tuesday, killing "
        "four passengers. No arrests were reported.\n"
        "Will there be protests?"),
    "reason_for_arrest": ("en",
        "Police arrested 61 people in Nairobi on Wednesday for looting."),
    "gathering_targeted": ("en",
        "A drone strike targeted a rally near Goundam on Tuesday, killing "
        "ten people."),
    "burning_in_an_ambush": ("en",
        "Militants ambushed a convoy near Tera on Sunday; twelve soldiers "
        "were killed and several vehicles were torched."),
    "lone_generic_word": ("en",
        "Fans exploded when the final whistle blew at the stadium."),
    "soldiers_and_militants_add_up": ("en",
        "Fourteen soldiers died when militants attacked an army base in "
        "Dikwa on Saturday night.\n"
        "The army said over 30 terrorists were neutralised in the fighting."),
    "restated_toll_replaces": ("en",
        "A car bomb killed 12 people in Kabul on Monday.\n"
        "The number of people killed in the bombing has risen to 17, "
        "officials said on Wednesday."),
    "summary_clauses": ("en",
        "Drone strike hits Port Sudan depot; RSF shelling of El Fasher kills "
        "11; heavy fighting in Babanusa"),
    "since_monday": ("en",
        "At least 15 people have been killed since Monday in clashes between "
        "rival gangs in Port-au-Prince, a rights group said on Wednesday."),
    "third_day": ("en",
        "Rebels and troops fought for a third day on Wednesday around Goma, "
        "in clashes that have killed at least 40 combatants."),
    "this_happened": ("en",
        "Gunmen abducted dozens of worshippers from a mosque in Zamfara.\n"
        "This happened on Tuesday night during the last prayer."),
    "reported_date_only": ("en",
        "Security forces arrested four people in Quetta, police said on "
        "Tuesday."),
    # A date of what is still to come dates nothing; a live blog's stamped
    # entries tell what happened on its day.
    "live_blog_future_march": ("en",
        "18:20 - We close our live coverage here.\n"
        "17:55 - Police in Kano say 54 people have been arrested.\n"
        "16:30 - Organisers are calling for another march on Monday.\n"
        "13:00 - In Lagos, a few thousand protesters marched peacefully."),
    # "Separately" opens another story: a bomb a day later elsewhere is not
    # the suicide bombing again.
    "separately": ("en",
        "Two suicide bombers struck the police lines in Kohat on Monday, "
        "killing 15 people.\n"
        "Separately, a roadside bomb wounded three soldiers in Bannu on "
        "Tuesday."),
    # A race report: its attacks and massacres are figures of speech.
    "cycling_report": ("es",
        "El ciclista Brayan Quintero lanzó un ataque demoledor en la última "
        "etapa y ganó la carrera. \"Hoy fue una masacre\", dijo su "
        "entrenador en la meta, mientras el pelotón llegaba disperso."),
    # A film review: its kidnapping and drone strike are the plot; the real,
    # dated attack it retells is an event.
    "film_review": ("en",
        "The first minutes of the thriller contain a kidnapping and a car "
        "bomb, and the film never slows down. The plot follows an "
        "interpreter taken hostage; when a drone strike kills their leader, "
        "the survivors turn on one another. The director's debut retells a "
        "real attack: on 2 May 2019 a truck bomb killed 40 people in "
        "Kabul. The performances are strong and it opens in cinemas on "
        "Friday."),
    # Two past attacks, each told with its own toll: two events.
    "two_past_attacks_with_their_tolls": ("en",
        "A roadside bomb killed three soldiers near Kismayo on Wednesday, "
        "police said. In July 2022, a car bomb killed eight traders at the "
        "cattle market in Jowhar. Two years ago, a suicide car bomber killed "
        "11 soldiers at a base in Baidoa."),
    # A toll told paragraphs after the attack, past an arrest and a quiet
    # march, fills the count the attack still lacks.
    "distant_toll": ("en",
        "Two suicide bombers struck the district courts in Mardan on "
        "Tuesday, killing 14 people, police said. Police arrested three men "
        "in Swabi on Wednesday. More than 300 people have been questioned. "
        "Hundreds of lawyers marched through Peshawar on Wednesday. The "
        "march ended without incident. Police said 29 people had been "
        "wounded."),
    # A past attack's toll in the sentence after it; "of the wounded" is
    # part of a toll already told, not another past event's.
    "past_toll_in_next_sentence": ("fr",
        "Le 20 janvier, deux kamikazes se sont fait exploser devant le "
        "camp militaire de Ouahigouya. Vingt-quatre morts, dont une "
        "majorité de civils. En août dernier, des hommes armés ont enlevé "
        "trois ingénieurs près de Titao. Onze des blessés de janvier sont "
        "encore hospitalisés."),
    # The day before, in another village: another event, not the bombing.
    "another_day_another_village": ("fr",
        "Deux kamikazes se sont fait exploser mercredi au marché de "
        "N'Guigmi, tuant au moins onze personnes. Mardi, des combattants de "
        "Boko Haram ont attaqué une position de l'armée à Chétimari. Deux "
        "soldats et sept assaillants ont été tués."),
    # "the deadliest since <day>, when a bomb exploded": the anaphor is
    # today's bombing; the clause after "when" is an earlier one, on that day.
    "deadliest_since_when": ("en",
        "A suicide bomber killed 13 people at the bus terminal in Marawi "
        "on Tuesday. The bombing was the deadliest in the province since "
        "January 14, 2024, when a bomb hidden in a motorcycle exploded "
        "outside a bank in Iligan, killing five people."),
    # "the toll rose to 23 on Wednesday" dates the update, not the bombing;
    # "Tuesday's attack" is the same bombing, and no village "Tuesday's".
    "toll_update_day_and_possessive_day": ("en",
        "Islamic State has claimed the twin suicide bombing outside the "
        "passport office in Jalalabad, and the toll rose to 23 on Wednesday "
        "after seven of the wounded died. Officials said 41 people had been "
        "wounded in Tuesday's attack."),
    # A tally of a period is no event's toll, and a count with its verb
    # and the period is no event ("400 líderes asesinados desde 2016").
    "tallies_of_a_period": ("en",
        "JOS, Nigeria - Last October, gunmen killed eight people at a wake "
        "in the village "
        "of Richa, and more than 1,000 people have been killed in the state "
        "since 2020, according to a rights group."),
    "tally_is_no_event": ("es",
        "Más de 400 líderes sociales asesinados en el departamento desde "
        "2016, según la Defensoría."),
    # "spared large bombings since 2019, when a car bomb killed 11": the
    # year is the car bomb's, not today's bombing's.
    "spared_since_when": ("en",
        "A bomb exploded on a bus in Tafas on Wednesday, killing six "
        "soldiers and a passer-by. Daraa has been spared large bombings "
        "since 2019, when a car bomb killed 11 people outside a bakery."),
    # A new death toll updates the event that had one, past a grenade told
    # since without any death.
    "toll_update_skips_later_event": ("en",
        "Gunmen opened fire inside a bar in Celaya on Wednesday, killing "
        "nine people. In Salamanca, someone threw a grenade at a police "
        "station on Wednesday, wounding two officers. Two of the wounded "
        "from the bar have died in hospital. The toll now stands at 11 "
        "dead."),
    # A round-up: each item, after its country in capitals, is its own
    # event, its village in that country; a claim's quoted figure is the
    # claimant's, not the toll.
    "roundup_items": ("en",
        "Our daily round-up of conflict incidents.\n\nMYANMAR - A military "
        "jet bombed a village near Mindat on Monday, killing two dozen "
        "people.\n\nMOZAMBIQUE - Fighters raided a fishing settlement in "
        "Quissanga district on Sunday, beheading four fishermen. The group "
        "later claimed the raid, saying it had killed \"20 Christians\"."
        "\n\nPERU - Gunmen killed between 8 and 10 miners inside a tunnel "
        "near Vijus on Monday, police said."),
    # "The group later claimed" names the group seen acting; "neither has
    # claimed it" and "had not claimed" are no claims.
    "the_group_claimed": ("en",
        "PEMBA, Mozambique - Islamic State fighters raided a fishing "
        "settlement in Quissanga "
        "district on Sunday, beheading four fishermen. The group later "
        "claimed the raid on Telegram."),
    "neither_has_claimed": ("en",
        "MAROUA, Cameroon - A roadside bomb struck an army truck near "
        "Mozogo on Tuesday, "
        "killing three soldiers. Boko Haram and its rival ISWAP both "
        "operate in the area; neither has claimed it. A second group had "
        "not claimed the bombing by Wednesday."),
    # The bombers' deaths told apart from the victims' add to the toll;
    # "including the two bombers" would already hold them.
    "bombers_die_in_a_later_sentence": ("en",
        "MAIDUGURI, Nigeria - Two suicide bombers struck a crowded market "
        "in Maiduguri on Tuesday. Twelve people were killed and 30 were "
        "wounded, police said. Both bombers also died."),
    "kamikazes_morts_a_part": ("fr",
        "MAIDUGURI (Nigeria) - Un double attentat-suicide a fait douze "
        "morts et une trentaine de blessés mardi sur un marché de "
        "Maiduguri. Les deux kamikazes ont également péri."),
    # The claim's own words go on in the next sentence ("The statement
    # ... said its fighters had killed 'more than 100'"): propaganda; the
    # day after "claimed responsibility late on" is the claim's.
    "claim_statement_goes_on": ("en",
        "BAGHDAD - Islamic State claimed responsibility late on Wednesday "
        "for the twin suicide bombing that killed 25 people at a police "
        "recruitment centre in Fallujah on Tuesday. The statement said its "
        "fighters had killed \"more than 100 apostates\". Officials put "
        "the toll of wounded at 41."),
    # The army's own communique after a claim is no claimant's boast: its
    # "plusieurs dizaines" of attackers add to the soldiers (12 + 12).
    "army_statement_after_a_claim": ("fr",
        "BAMAKO - Au moins 12 soldats ont été tués mardi lors d'une attaque "
        "contre le camp militaire de Mopti. L'attaque a été revendiquée "
        "mercredi par le JNIM. Dans un communiqué, l'état-major général des "
        "armées a affirmé que « plusieurs dizaines de terroristes » avaient "
        "été « neutralisés »."),
    # "also claimed" names one more attack, though "l'attaque" is definite;
    # the soldiers' killing of the attackers stays the battle's.
    "also_claimed_another_attack": ("fr",
        "NAIROBI - Les shebab ont revendiqué mardi le double "
        "attentat-suicide qui a frappé lundi un restaurant de Garowe, "
        "faisant dix-neuf morts. Dans le même communiqué, les shebab "
        "revendiquent aussi l'attaque d'une base de l'armée somalienne à "
        "Galkayo, mardi à l'aube. L'armée fait état de quatre soldats tués "
        "et affirme que ses hommes ont abattu une douzaine d'assaillants."),
    "rival_denial_before_the_claim": ("en",
        "DIFFA, Niger - Two suicide bombers blew themselves up at a bus "
        "station in Diffa on Tuesday, killing 14 people. Boko Haram denied "
        "any role, while ISWAP claimed it."),
    # A group saying its fighters did it claims it, and its figure is its
    # own; the residents' count is the toll.
    "group_says_its_fighters_ambushed": ("en",
        "KO ZAW: The local People's Defence Force says its fighters "
        "ambushed a military convoy near Monywa on Tuesday and killed "
        "eleven soldiers. We cannot confirm that. Residents told us they "
        "saw at least four bodies on the road."),
    # "Six weeks after the twin bombing": its month, roughly.
    "weeks_after_the_bombing": ("en",
        "ANCHOR: Good evening. Six weeks after the twin bombing in "
        "Fallujah, we ask whether Islamic State is rebuilding in Anbar."),
    # A dateline's small town, one country's, sets the story's country; a
    # parish named after a saint is no province of Barbados.
    "dateline_small_town": ("fr",
        "NKAMBÉ - Le curé de la paroisse Saint-Joseph de Ndu a été enlevé "
        "samedi soir à son domicile par des hommes armés. Lundi, un "
        "véhicule militaire a sauté sur un engin explosif près de Nkambé. "
        "Deux militaires ont été tués sur le coup et un troisième a "
        "succombé mardi."),
    # An event told first without its day takes yesterday's and today's
    # tolls.
    "undated_event_takes_todays_toll": ("fr",
        "PRÉSENTATEUR : Le bilan de l'attaque du camp de déplacés de Bunia "
        "s'est encore alourdi. Quel est le dernier bilan ?  CORRESPONDANTE "
        ": Hier soir, la société civile parlait de dix-sept morts. Ce "
        "matin, le chef du camp m'a confirmé au moins vingt-trois morts."),
    # A past attack told on in the pluperfect: the attackers shot dead are
    # its dead too, not a new event of today.
    "pluperfect_goes_on_with_the_past": ("fr",
        "PESHAWAR, 14 mars (Dépêche) - La police a interpellé mercredi sept "
        "suspects à Mardan. Le district avait déjà été frappé en janvier "
        "2022, quand des combattants du TTP avaient attaqué le commissariat "
        "de Swabi, tuant trois policiers. Deux assaillants avaient été "
        "abattus."),
    # "Treize jours après le double attentat-suicide": its very day; "two
    # days after the attack, police arrested" counts from an untold day.
    "days_after_the_bombing": ("fr",
        "PRÉSENTATEUR : Treize jours après le double attentat-suicide de "
        "Massakory, nous recevons un chercheur."),
    "days_after_the_attack_the_arrests": ("en",
        "Two days after the attack, police arrested five men in Kabul."),
    # Arrests of "the others" in another town are another event; "more
    # than 60 people have been detained" are not others.
    "others_arrested_in_another_town": ("fr",
        "MAIDUGURI, 14 mars (Dépêche) - Six suspects ont été arrêtés mardi à "
        "Biu lors de fouilles. Les trois autres ont été interpellés le même "
        "jour à Damboa."),
    # The announcement sums up; the arrests are told where their day and
    # place are, and the force that announced them made them all.
    "announced_arrests_then_told": ("fr",
        "MANILLE, 14 mars (Agence) - La police philippine a annoncé jeudi "
        "l'arrestation de cinq personnes. Trois hommes ont été interpellés "
        "lundi à l'aube dans une maison de Cotabato. Deux femmes ont été "
        "arrêtées mardi à Kidapawan."),
    # The bombers counted out of the toll are no attack of their own; the
    # claim of "l'attaque" goes to the deadly bombing, not to the rockets
    # told since, and what the group says it killed is its boast.
    "claim_after_a_harmless_strike": ("fr",
        "BEYROUTH, 14 mars (Agence) - Le bilan du double attentat-suicide de "
        "samedi soir à Zahlé est passé à douze morts, sans compter les deux "
        "kamikazes, après le décès mardi de deux blessés. Mercredi soir, "
        "trois roquettes sont tombées près de Baalbek, sans faire de "
        "victimes. Ce n'est que mercredi que l'État islamique a revendiqué "
        "l'attaque, dans un communiqué. Le groupe y affirme que ses hommes "
        "ont tué « plus de cinquante » personnes."),
    # Who fired is asked, not told; "chaque fois" tells a habit.
    "who_opened_fire_is_asked": ("en",
        "Police are still investigating. It is not clear who opened fire in "
        "Kandahar on Tuesday."),
    "each_time_is_a_habit": ("fr",
        "Chaque fois, on a arrêté quelques suspects, puis on a oublié."),
    # A claim told right after a past bombing is that bombing's; the
    # gendarmerie it struck is its target, not its author; a speaker's
    # "euh" does not break the list of dead.
    "transcript_background_claim": ("fr",
        "ISSA : Pas du tout. En 2021 déjà, à Djibo, deux kamikazes s'étaient "
        "fait exploser devant la brigade de gendarmerie : six morts, dont "
        "les deux kamikazes. C'était revendiqué par l'État islamique au "
        "Sahel. Et il y a trois ans, près de Dori, un convoi a été attaqué : "
        "trente et un soldats et, euh, une quarantaine d'assaillants tués. "
        "Mercredi encore, des drones de l'armée ont frappé près de Djibo."),
    "more_than_sixty_detained": ("en",
        "Police arrested five men in Maiduguri on Tuesday. In Maiduguri "
        "alone, more than 60 people have been detained since January."),
    # A village is no city of a million: "le village de Thana" in a
    # Pakistani story is not Thane, India.
    "village_is_no_big_city_abroad": ("fr",
        "PESHAWAR, 14 mars (Dépêche) - Mercredi, un raid de la police dans "
        "le village de Thana, au Pakistan, a tourné à l'échange de tirs : "
        "un suspect a été tué."),
    # A story filed from Cairo about Yemen happens in Yemen; the drone is
    # the Houthis', who launched it.
    "dateline_abroad": ("en",
        "CAIRO, March 14 (Wire) - A drone launched by the Houthis struck a "
        "fuel station on Wednesday night, killing a boy and wounding three "
        "people, officials in Yemen's Abyan province said. Yemen's "
        "government condemned the strike."),
    # A history book's review: its battles and massacres are its subject.
    "history_book_review": ("es",
        "El autor dedica 512 páginas a la guerra civil de 1899. Sus páginas "
        "sobre el bombardeo de un puerto, donde murieron unos 2.500 "
        "hombres, y la masacre de un pueblo son difíciles de olvidar. El "
        "libro tiene una tirada de 3.000 ejemplares."),
    # "Nobody was hurt" is the strike's toll; the month of another clause
    # ("30 mines had been cleared this month") does not make it another
    # story's.
    "zero_toll_beside_another_clause": ("en",
        "ADEN, Yemen - A Houthi drone struck an army position near Hays on "
        "Wednesday. Nobody was hurt, an army spokesman said, adding that 30 "
        "mines had been cleared from a nearby road this month."),
    # A book review: the novel's bombing and kidnapping are its story.
    "book_review": ("fr",
        "Le premier roman de l'autrice s'ouvre sur un attentat dans un "
        "marché imaginaire : vingt morts. Le livre suit ensuite une jeune "
        "fille enlevée par un groupe armé. L'éditeur mise sur un succès ; "
        "le manuscrit a déjà été vendu dans six pays. En librairie depuis "
        "le 2 mars."),
    # A tactic described before the attack that revived it: no event of
    # its own, and the attack keeps its own town.
    "tactic_described": ("en",
        "For years the lake shore was spared the tactic that had made the "
        "group notorious: two bombers sent into the same crowd minutes "
        "apart. Two young women blew themselves up at the cattle market "
        "in Diffa on Tuesday, killing 20 people."),
    # A tally of bombers over years is no attack, and the strike told
    # after it is its own.
    "tally_of_bombers": ("en",
        "Since 2014 we have counted more than 500 suicide bombers in the "
        "region, and over half were female. Just yesterday the Nigerian air "
        "force said it had bombed ISWAP boats near Baga, killing around 40 "
        "fighters."),
    # The bombers named by who recruited them are the told attack's, and
    # the bomb told next is its own; bombers told with their deed are the
    # attack.
    "bombers_of_a_told_attack": ("fr",
        "KARAK (Pakistan), 14 mars - Le double attentat-suicide contre "
        "l'école de police de Karak a fait vingt-six morts le 10 mars. Le 12 "
        "mars, la police a arrêté à Kohat le recruteur des deux kamikazes. "
        "Mercredi, une bombe artisanale a tué un policier près de Lachi."),
    "bombers_who_struck": ("fr",
        "La gendarmerie a interpellé mardi à Gourcy six personnes "
        "soupçonnées d'avoir hébergé les deux kamikazes qui ont frappé "
        "samedi le camp militaire de Ouahigouya, tuant 24 soldats."),
    # The attack named again by its claim ("the massacre") or by its
    # suspects, weeks later, is the attack told; gunmen storming a police
    # post fight it.
    "attack_named_again": ("en",
        "On March 1, two young men with explosive belts walked into Kut's "
        "vegetable market, killing 29 people. The Islamic State claimed "
        "the massacre within a day. Two of the men held today are "
        "suspects in the attack. Four years ago, gunmen stormed a police "
        "post near Badrah and killed five policemen."),
    # Bombers named as the agent: the act is the trigger to show.
    "bombers_as_agent": ("fr",
        "MANGO (Togo) - Le bilan du double attentat perpétré le 9 mars à "
        "Mango par deux kamikazes est de vingt-quatre (24) morts."),
    # A radio guest's background attacks; "les kamikazes de Mango" after
    # them go back to the suicide bombing, not to the strike told last.
    "bombers_named_after_background": ("fr",
        "DAPAONG (Togo) - Samedi, deux kamikazes se sont fait exploser à "
        "Mango, tuant 24 personnes. Il y a trois ans, un engin explosif "
        "avait tué quatre soldats près de Dapaong. En août 2023, des hommes "
        "armés ont égorgé sept villageois à Koundjoaré. En janvier dernier, "
        "l'armée a frappé par drone un campement près de Bogou. Les "
        "kamikazes de Mango ont traversé 15 villages sans être contrôlés."),
    # What an arrest turned up is the arrest's; a seizure told on its own
    # day is an event.
    "seizure_after_arrests": ("en",
        "KUT, Iraq - Counter-terrorism forces arrested seven suspects in "
        "dawn raids in Al-Hayy on Tuesday. Officers seized 18 kg of "
        "explosives and a pickup truck. On Wednesday, troops seized 30 "
        "Katyusha rockets near Badrah."),
    # Some of the marchers throwing stones: the march turned violent, one
    # event with its wounded.
    "march_turned_violent": ("en",
        "KUT, Iraq - On Wednesday, hundreds of mourners marched on the "
        "provincial government building in Kut. Some threw stones at the "
        "gate and set a police car on fire. Six protesters were hurt."),
    # The day told in a sentence that names no event sets the scene for
    # the undated arrests told next.
    "scene_set_the_sentence_before": ("en",
        "KUT, Iraq - A suicide bomber killed 28 people at the market in Kut "
        "on Monday. The investigation moved fast on Wednesday. "
        "Counter-terrorism forces arrested seven suspects in dawn raids in "
        "Al-Hayy, a security official said."),
    # A claim by "took responsibility" names its day and its claimant; the
    # claimant's own count, told next, is no toll.
    "took_responsibility": ("en",
        "KHOMS, Libya - The Islamic State took responsibility on Wednesday "
        "night for the two suicide bombings that killed 21 people in Khoms "
        "on Tuesday. In an audio message, a speaker said two lions had "
        "attacked \"the apostate police\" and claimed 70 dead."),
    # Claims of past attacks: "an attack the group claimed", "last
    # claimed ... when a bomber killed six".
    "past_claims": ("en",
        "The Islamic State had been largely silent in Libya since a string "
        "of attacks in the south. In January "
        "2020, a suicide car bomber killed four soldiers at a checkpoint in "
        "Ubari, an attack the group claimed. The Islamic State last claimed "
        "a suicide attack in this part of Iraq in March 2019, when a bomber "
        "killed six people at a checkpoint outside Ali al-Gharbi."),
    # A class noun before the attack it names: the bombing is the event.
    "attacks_follow_a_bombing": ("en",
        "The attacks follow a car bombing in Al-Bab in July that killed "
        "three people."),
    # Days counted from the day of what the sentence tells.
    "arrests_days_after_the_bombing": ("en",
        "GAROWE, Somalia - Puntland police arrested 14 suspects in raids "
        "across Bosaso on Monday, two days after the suicide bombing at "
        "the city's port that killed 21 people, a police spokesman said."),
    # "Seventeen of the wounded": a part of the toll, which is "dozens";
    # no toll at all where no other is told ("Nine of the injured").
    "some_of_the_wounded": ("en",
        "Two suicide bombers killed at least nine people and wounded "
        "dozens on Sunday at a police recruitment centre in Khanaqin. "
        "\"Seventeen of the wounded are in surgery,\" a doctor said. In "
        "Chattogram, a bomb exploded in a market on Tuesday, killing seven "
        "people. Nine of the injured are being treated for burns. The city "
        "announced compensation of Tk 50,000 for each of the injured."),
    # The claimant's boast is no toll; the police's figure is.
    "claimant_boasts": ("en",
        "YOLA, Nigeria - JAS has claimed responsibility for the attack in "
        "Gombi on Friday, in a video released on Monday. In the video, a "
        "masked commander said two \"sisters\" had carried out the "
        "operation and boasted that more than 60 \"apostates\" had died. "
        "The Adamawa police put the toll at 24, including the two "
        "bombers."),
    # "it claimed", "il a revendiqué": the armed group named last.
    "pronoun_claims_en": ("en",
        "Jamaat-ul-Ahrar has struck in Hazara before. In 2020 it claimed a "
        "suicide attack on a police van near Topi, in which three policemen "
        "were killed."),
    "pronoun_claims_fr": ("fr",
        "Le JNIM est aussi présent dans la zone. L'an dernier, il a "
        "revendiqué l'attaque d'un poste de la garde nationale à Kouré, où "
        "six gardes ont été tués."),
    # The toll's bombers, after a claimed "attaque", tell a suicide
    # bombing; a wounded man who died is no injured.
    "toll_counts_the_bombers": ("fr",
        "L'attaque de mardi à Bogo a été revendiquée par l'État islamique "
        "en Afrique de l'Ouest. Le bilan officiel est de vingt morts, "
        "kamikazes compris, un blessé ayant succombé mercredi à l'hôpital "
        "régional de Maroua."),
    # An operation during which arrests were made is no clash.
    "arrests_during_an_operation": ("fr",
        "Les militaires du BIR ont interpellé onze suspects dimanche à "
        "Mindif, au sud de Bogo, lors d'une opération de ratissage."),
    # A story naming no country: its lead town's, for a village GeoNames
    # lacks.
    "no_country_named": ("fr",
        "Un logisticien a été interpellé vendredi à Yagoua par la "
        "gendarmerie. Il y a quatre ans, des hommes armés avaient tué six "
        "villageois à Mogodé."),
    # A claimant's figures, quoted after "claimed that" or said by "the
    # claim", are no toll.
    "claimant_figure_quoted": ("en",
        "KHARAN: The Balochistan Liberation Army (BLA) has claimed "
        "responsibility for Tuesday's twin suicide bombing in Kharan, which "
        "killed 24 people. In a statement emailed to journalists on "
        "Wednesday night, a man who identified himself as the group's "
        "spokesman said the attack had been carried out by two members of "
        "its Majeed Brigade. He claimed that \"more than 60 personnel\" had "
        "been killed at the police headquarters."),
    "the_claim_says": ("en",
        "AYBAK - ISKP has claimed responsibility for Thursday's twin suicide "
        "bombing in Aybak, which killed 21 people including the two "
        "bombers. The claim, published by the group's Amaq news agency on "
        "Friday evening, named the two attackers and said more than 50 "
        "\"Taliban apostates\" had been killed."),
    # A timeline box: "- 2017:" dates its entry, told in the present; a
    # fight goes on after the semicolon.
    "timeline_box": ("en",
        "Balochistan: selected attacks, 2017-2025\n"
        "- 2017: a bomb fixed to a motorcycle kills three people outside a "
        "bank in Tump.\n"
        "- November 2021: a grenade thrown into a crowded bazaar in Barkhan "
        "wounds nine.\n"
        "- August 2023: gunmen storm a police station in Duki; four "
        "policemen and two attackers are killed in a six-hour gunfight."),
    # A toll "not changed since Sunday" is the toll; a raid whose dead are
    # told next is a clash.
    "toll_unchanged_and_raid": ("en",
        "One week ago today, two suicide bombers attacked the centre of "
        "Aybak, in northern Afghanistan. The toll has not changed since "
        "Sunday: 22 dead, the two bombers among them, and 46 wounded. "
        "Taliban forces raided a hideout in the hills near Hazrat Sultan "
        "before dawn on Tuesday. They say four Islamic State fighters were "
        "killed."),
    # A road blocked in protest, then dispersed with tear gas in the next
    # sentence; a pluperfect "s'était fait exploser".
    "blockade_dispersed_next": ("fr",
        "Mercredi matin, plusieurs centaines de commerçants ont bloqué la "
        "route nationale à Bogo, dans l'Extrême-Nord du Cameroun, pour "
        "réclamer plus de sécurité. Les gendarmes les ont dispersés à coups "
        "de gaz lacrymogène vers 10 heures. En mars 2021, une jeune fille "
        "s'était fait exploser près d'une mosquée de Gazawa, tuant trois "
        "fidèles."),
    # A crowd that disperses of its own accord met no force.
    "dispersed_peacefully": ("en",
        "Hundreds of traders marched through Bogo in northern Cameroon on "
        "Wednesday. The crowd dispersed peacefully after an hour."),
    # "One week today since" dates the bombing; "with the two bombers" is
    # inside the toll; a claim of "the attack" on another day, and "since
    # the attack" after "Separately", go back to it; a word defined is no
    # event.
    "week_since_and_claim": ("en",
        "It is one week today since the twin suicide bombing at the Mokwa "
        "cattle market. The toll now stands at 24 dead, with the two "
        "bombers, after a young herder died in Minna on Tuesday. ISWAP took "
        "credit for the attack on Monday. Separately, police said about 60 "
        "men had been questioned at checkpoints around the town since the "
        "attack. Questioning is not arrest."),
    # "Une semaine après"; fire opened by the men a fight was against is
    # the fight's; "n'est pas une arrestation" defines a word.
    "week_after_and_fire_opened": ("fr",
        "Une semaine après le double attentat-suicide de Mandélia, au "
        "Tchad, l'enquête avance. Mardi, une opération de l'armée sur une "
        "île du Chari proche de Mailao a tourné à l'accrochage. Les hommes "
        "retranchés sur l'île ont ouvert le feu : trois combattants ont été "
        "tués et deux soldats blessés. Une trentaine de personnes ont été "
        "convoquées puis relâchées. « Une convocation n'est pas une "
        "arrestation », a dit un magistrat."),
    # Raids that the men inside fire on are fights; a town's bombers are
    # its attack's; the claim goes to the bombing, not to the troops' raid.
    "raids_after_bombing": ("en",
        "Two suicide bombers killed 23 people at a livestock market in "
        "Tikrit, Iraq, on Sunday. Troops raided a hideout near Ishaqi on "
        "Wednesday. The militants opened fire, and in the gunfight that "
        "followed four of them were killed. Tikrit's two bombers, "
        "investigators now say, had spent their last night there. A "
        "Counter-Terrorism Service unit raided a farmhouse near Balad on "
        "Tuesday. The men inside opened fire. The attack, which was claimed "
        "by Islamic State, has shaken the town."),
    # A town GeoNames lacks, in the Congo the story names; a "dont" clause
    # on the ADF dates their allegiance, not the attack; a correction's
    # figure is taken back.
    "claim_allegiance_correction": ("fr",
        "L'attaque de samedi à Kasindi a été revendiquée par l'État "
        "islamique. Le gouverneur militaire du Nord-Kivu a fait état de 19 "
        "morts, les deux kamikazes compris. Pour les autorités, l'attaque a "
        "été préparée par les ADF, dont une partie a fait allégeance à "
        "l'État islamique en 2019. Rectificatif : dans une première version "
        "de cet article, nous indiquions que l'attentat de Kasindi avait "
        "fait vingt-deux morts."),
    # A story naming no country: the one town of some size it names
    # (Néma) gives it; "Adel Bagrou" is no Adel of Georgia.
    "lone_town_gives_country": ("fr",
        "Le bilan du double attentat-suicide qui a frappé mardi Bassikounou "
        "s'est alourdi à 17 morts. Trois blessés ont succombé dans la nuit "
        "à l'hôpital de Néma. Mardi soir, la gendarmerie a interpellé trois "
        "suspects à Adel Bagrou."),
    # The attack, not the bombers whose photos the claim carried, is the
    # trigger; a national guard post is a military target.
    "claim_with_bombers_photos": ("fr",
        "L'attentat de vendredi à Bassikounou, en Mauritanie, a été "
        "revendiqué par l'État islamique au Sahel, dans un communiqué "
        "accompagné de deux photos présentées comme celles des kamikazes. "
        "En 2019, ses combattants avaient attaqué un poste de la garde "
        "nationale près d'Oualata, tuant trois gardes."),
    # A concert review's violent words: a manner, a band's name and a
    # minister challenged.
    "concert_review": ("fr",
        "Le chanteur a pris la salle d'assaut avec une énergie de kamikaze. "
        "Avant eux, le duo Les Deux Kamikazes avait joué à guichets fermés. "
        "Le directeur du festival a interpellé le ministre de la Culture "
        "sur la baisse de la subvention."),
    # "Five days after" counted from today in a sentence told in the
    # present; arrests announced then told with their day are one; "the
    # official figure ... with the two bombers" is the bombing's toll.
    "days_after_told_now": ("en",
        "ANCHOR: Five days after the twin suicide bombing in "
        "Ouangolodougou, the army says it has arrested nine suspects. "
        "REPORTER: Troops arrested nine suspects near Diawala on Tuesday. "
        "ANCHOR: And the toll? REPORTER: A woman who was wounded at the "
        "market died on Wednesday, so the official figure is now 21 dead "
        "with the two bombers."),
    # Bombers smuggled in are the attack's; "depuis le Mali" is no place of
    # the arrest; a hospital's town after "à ses blessures" is no place of
    # the attack; a wounded man who died is no injured.
    "smuggler_and_hospital": ("fr",
        "L'enquête sur le double attentat-suicide de Bordj Badji Mokhtar "
        "avance. Mardi, un passeur de 41 ans, soupçonné d'avoir fait entrer "
        "les deux kamikazes depuis le Mali, a été arrêté par la gendarmerie "
        "à In Guezzam. Mercredi, un blessé de l'attentat a succombé à ses "
        "blessures à l'hôpital de Tamanrasset, portant le bilan à 17 morts, "
        "dont les deux kamikazes."),
    # A claim with no trigger of its own goes to the group's attack, not
    # to the raid by counter-terrorism forces (police) told since.
    "claim_after_raid": ("en",
        "A twin suicide bombing killed 24 people at a market in Khanaqin "
        "on Saturday. Counter-terrorism police detained nine men in "
        "Khanaqin on Tuesday. Late on Wednesday, counter-terrorism forces "
        "surrounded a farm near Naft Khana, and the suspect inside was "
        "killed in the shoot-out. Investigators are treating the Islamic "
        "State's claim of responsibility as genuine."),
    # A group's own story in a clause on its name dates no attack; its
    # claim makes it the perpetrator, over the group blamed before.
    "claim_over_blame": ("en",
        "Pakistani Taliban militants carried out the twin suicide bombing "
        "at the Karak police training school on March 10, killing 26 "
        "people, officials said. The Karak attack was claimed by "
        "Jamaat-ul-Ahrar, which split from the TTP in 2014 and rejoined it "
        "in 2020."),
    # A dateline's country counts though its town is unknown ("Bar Elias"
    # is no Elías of Colombia); a town named "Bar ..." is a locality; a
    # grenade an arrested man carried is no blast.
    "lebanon_dateline_town": ("en",
        "BAR ELIAS, Lebanon (Wire) - Two suicide bombers blew themselves up "
        "in the Bekaa valley town of Bar Elias on Thursday, killing nine "
        "people. Late on Wednesday, soldiers arrested two Syrian men "
        "carrying a hand grenade at a checkpoint. Syrian refugees live in "
        "the town, on the road to Damascus."),
    # A month told first as background, then its day; a practice ("le
    # recours au kamikaze") is no bomber; the day a wounded man died and
    # the hospital's town are not the attack's.
    "weeks_after_then_day": ("fr",
        "Trois semaines après le double attentat-suicide de Nikshahr, le "
        "chercheur répond à nos questions. L'attentat du 20 février à "
        "Nikshahr a fait 16 morts. Le recours au kamikaze reste rare dans "
        "la province. Selon le dernier bilan, l'attentat a fait 17 morts et "
        "40 blessés, après le décès mardi d'un agriculteur de 55 ans à "
        "l'hôpital de Zahedan."),
    # A timeline's present: "claims the attack" is a claim, "No group
    # claims it" none; a claim after a semicolon is its clause's attack's.
    "timeline_present_claims": ("en",
        "Earlier incidents in the region: March 2018 - A car bomb explodes "
        "outside a police station in Birecik, killing two officers. No "
        "group claims it. August 2019 - Gunmen ambush a gendarmerie patrol "
        "near Bozova, killing three gendarmes. The PKK claims the attack "
        "two days later."),
    "claim_after_semicolon": ("en",
        "Balochistan, selected attacks. March 2019: a suicide bomber drives "
        "a car into a coach near Pasni, killing six; the BLA claims the "
        "attack."),
    # Whom a smuggler brought in names an attack's bombers, no bombing.
    "smuggler_of_bombers": ("fr",
        "Vendredi, un Syrien de 33 ans, soupçonné d'avoir fait passer les "
        "kamikazes de Syrie en Turquie contre 3 000 dollars, a été arrêté "
        "par la gendarmerie à Akçakale."),
    # What the group says the attack did, quoted, is its boast; the
    # officials' figure told next is the toll.
    "group_says_attack_killed": ("en",
        "The Baluch group Jaish al-Adl claimed responsibility on Tuesday "
        "for Monday's twin suicide bombing in Saravan. The group said the "
        "attack had killed \"more than 80 soldiers of the regime\". "
        "Officials rejected that figure and said 12 people had been "
        "killed."),
    "group_quotes_its_fighters": ("en",
        "Islamic State claimed responsibility on Tuesday for the double "
        "suicide bombing in Suruç on Monday. The group said its "
        "\"martyrs\" had killed \"dozens of apostates\". The governor "
        "said nine people had been killed."),
    # The claimant's count, however told after its claim, is no toll.
    "spokesman_claims_count": ("fr",
        "Le JNIM a revendiqué mardi le double attentat-suicide de lundi à "
        "Dapaong. Le bilan officiel est de dix-neuf morts. Dans ce message, "
        "un porte-parole affirme que « deux martyrs » ont frappé et "
        "revendique plus de cinquante militaires tués."),
    "they_say_they_killed": ("fr",
        "Les shebab ont revendiqué mardi le double attentat-suicide de "
        "lundi à Tadjourah. Ils affirment avoir visé « les soldats » et "
        "disent avoir fait « plus de soixante morts ». Le bilan officiel "
        "est de 11 morts."),
    "statement_said_count": ("en",
        "ISWAP claimed responsibility on Tuesday for Monday's twin suicide "
        "bombing in Bida. The statement, with photos of two young men, said "
        "the operation had killed more than 90 \"apostates\". Police said "
        "the toll stood at 17."),
    # Claimed by a group, the bombing's toll is its own.
    "claimed_by_killed": ("en",
        "In 2019, a suicide bomber claimed by al-Shabaab killed six people "
        "at a checkpoint in Borama."),
    # The claim told as a thing keeps its story going: what "it says" is
    # the claimant's count.
    "claim_then_it_says": ("en",
        "ANCHOR: Two days after Monday's twin suicide bombing in Cotabato, "
        "Islamic State has claimed the attack. Our reporter is there. "
        "Maria?  REPORTER: The claim came late last night. It says two of "
        "its fighters carried out the attack and speaks of \"more than two "
        "hundred\" killed. The army says the real toll is 18 dead."),
    # ", and" before a date of its own starts another event's clause.
    "and_before_own_date": ("en",
        "In 2017, a bomb hidden in a cart outside a school in Kidapawan "
        "wounded nine people, and last June, gunmen abducted a priest near "
        "Marawi."),
    # Years of shootings are many, no one event; a militia's post is armed.
    "shootings_for_decades": ("en",
        "Two suicide bombers struck the bus station in Pattani on Tuesday, "
        "killing eight people. The region has seen bombs and shootings for "
        "two decades. In 2021, gunmen attacked a village defence "
        "volunteers' post in Sai Buri, killing two volunteers."),
    # A toll told far from its bombing, with the day a wounded man died.
    "distant_toll_later_day": ("en",
        "Islamic State claimed responsibility on Wednesday for Monday's twin "
        "suicide bombing in Narathiwat. In a statement, the group said its "
        "fighters had struck \"the crusaders\". The army called the claim "
        "credible. The health ministry says 15 people were killed after a "
        "vendor died of her wounds on Tuesday, and 40 were wounded."),
    # "Six days after" counts from the day told before it.
    "days_after_from_day_told": ("en",
        "On the morning of March 4, the second bomber blew himself up at "
        "the station in Narathiwat. She died on Sunday at the hospital, "
        "six days after the twin suicide bombing."),
    # A wounded boy who died is no injured; "au nombre de" counts.
    "au_nombre_de": ("fr",
        "Un double attentat-suicide a eu lieu le 2 mars à Dipolog. Jeudi, un "
        "lycéen grièvement blessé à la gare est mort à l'hôpital, portant le "
        "bilan à 22 morts. Les blessés sont au nombre de 74."),
    # Another group named after the claimant denies: the claim stands.
    "rival_denies_after_et": ("fr",
        "Un double attentat-suicide a eu lieu lundi à Dipolog. L'attentat a été "
        "revendiqué par l'État islamique, et le groupe Abu Sayyaf, d'abord "
        "soupçonné par l'armée, a démenti."),
    # A figure the group gave, however named, is no toll.
    "groups_own_claim_of": ("en",
        "Islamic State claimed Saturday's twin suicide bombing in Namur, "
        "which killed 15 people. The group's own claim of \"more than "
        "seventy crusaders\" killed has been dismissed by prosecutors."),
    "figure_put_forward_by_group": ("fr",
        "Le bilan de l'attentat-suicide de lundi à Sfax s'établit à "
        "dix-neuf morts. Daech l'a revendiqué mardi. Le ministère n'accorde "
        "aucun crédit au bilan de « plus de soixante apostats » avancé par "
        "cette organisation."),
    # Attackers left out of the toll are added to it: said in a sentence
    # of their own, or without their number in a story of a twin bombing.
    "toll_excludes_the_two_attackers": ("en",
        "Two suicide bombers blew themselves up at the bus stand in "
        "Trincomalee on Friday, killing at least nine people and wounding "
        "more than 40. The toll excludes the two attackers, a police "
        "spokesman said."),
    "excluding_the_attackers_of_a_twin_bombing": ("en",
        "The toll from Friday's twin suicide bombing in Trincomalee rose "
        "overnight. The health ministry put it at 15 killed, excluding the "
        "attackers, and 52 injured."),
    # Arrested for ties to a bombing, which is told with its own toll.
    "detenidos_por_su_relacion_con": ("es",
        "Tres jóvenes fueron detenidos el viernes en Melilla por su relación "
        "con el doble atentado suicida del 6 de marzo, que causó dieciséis "
        "muertos."),
    # A wire's note on its new version is no news, and the dateline after
    # it is still one.
    "wire_note_before_dateline": ("en",
        "(Corrects toll in paragraph 1, adds arrest near Kinniya)\n\n"
        "TRINCOMALEE, Sri Lanka, March 13 (Wire) - A bomb exploded at the "
        "bus stand on Wednesday, killing nine people. Hours later, police "
        "detained a man at a checkpoint near Kinniya."),
    # Force against the funeral march, two lines on, makes it a protest
    # with intervention, and the wounded after are its own; the toll the
    # next death brings is the bombing's.
    "funeral_march_dispersed": ("fr",
        "Les obsèques d'un imam tué lors du double attentat-suicide de "
        "dimanche à Nzérékoré ont tourné à la manifestation mercredi. "
        "Plusieurs milliers de personnes ont suivi le cortège. À la "
        "sortie, une centaine de jeunes se sont dirigés vers la préfecture "
        "en scandant des slogans. Les gendarmes ont fait usage de gaz "
        "lacrymogène pour les disperser. Une dizaine de personnes ont été "
        "légèrement blessées. Un élève de 15 ans est mort jeudi à "
        "l'hôpital, ce qui porte le nombre de morts à 20, dont les deux "
        "kamikazes. Il faut protéger les lieux de rassemblement."),
    # The story's bombers, their past and their kin are no new attack.
    "the_bombers_lives": ("fr",
        "Le double attentat-suicide de samedi à Batman a fait vingt-cinq "
        "morts, kamikazes compris. Les deux kamikazes, deux frères de 21 et "
        "24 ans, avaient quitté la région en 2023. Par ailleurs, une "
        "vingtaine de personnes de l'entourage des kamikazes ont été "
        "convoquées. Les deux kamikazes ont été inhumés jeudi. Les "
        "suspects auraient transporté les ceintures d'explosifs depuis une "
        "cache."),
    # Gatherings aimed at or banned are no protests.
    "gatherings_aimed_at_or_banned": ("fr",
        "Deux kamikazes se sont fait exploser mardi à Mtwara, tuant 21 "
        "personnes. Le groupe affirme que ses combattants ont visé « des "
        "rassemblements de chrétiens ». Les autorités ont interdit les "
        "rassemblements jusqu'à dimanche."),
    # A live blog stamped "10:52 AM -": its events are today's, and its
    # last entry's toll updates the one told at noon.
    "live_blog_am_pm": ("en",
        "Live updates. The newest entry is at the bottom.\n\n"
        "10:52 AM - Two explosions have been reported in Polomolok, South "
        "Cotabato. Police say at least nine people were killed.\n\n"
        "11:20 AM - Police say two suicide bombers blew themselves up at "
        "the public market.\n\n12:45 PM - Toll rises to 17.\n\n"
        "4:10 PM - No group has claimed the attack.\n\n"
        "6:05 PM - Residents describe chaos at the market.\n\n"
        "9:30 PM - Latest from the provincial disaster office: 19 people "
        "were killed, not including the two bombers, and upwards of 50 were "
        "wounded."),
    # "In other news" tells another event; "the two blasts" after it are
    # the story's twin bombing's, not that roadside bomb's.
    "in_other_news_then_two_blasts": ("en",
        "Two explosions have hit the police recruitment centre in Fallujah "
        "on Wednesday, witnesses say. In other news from Anbar: a roadside "
        "bomb killed one soldier and wounded two near Heet on Wednesday. "
        "The health ministry now says 19 people were killed and 34 wounded "
        "in the two blasts at the recruitment centre."),
    # A correction note after the dateline is no news; suspects held in
    # custody elsewhere are the arrest told.
    "actualisation_after_dateline": ("fr",
        "KÉDOUGOU (Sénégal) (Agence Falémé Presse) - (ACTUALISATION : "
        "nouveau bilan, interpellations, précisions)\n\n"
        "Le bilan du double attentat-suicide perpétré mardi matin à "
        "Kédougou s'est alourdi à vingt et un morts. Dans la nuit, la "
        "gendarmerie a interpellé trois hommes à Saraya. Les trois suspects "
        "ont été placés en garde à vue à la brigade de Kédougou."),
    # Tear gas grenades disperse a march; "kamikazes compris" names the
    # bombing whose toll it is, not the march told last.
    "toll_with_its_bombers_after_a_march": ("fr",
        "PRÉSENTATEUR : Trois jours après le double attentat-suicide de "
        "lundi à Kédougou, la colère monte. CORRESPONDANT : Hier, plusieurs "
        "centaines de jeunes ont marché jusqu'à la préfecture. Les gendarmes "
        "ont tiré des grenades lacrymogènes pour les disperser. Quatre "
        "manifestants ont été blessés. PRÉSENTATEUR : Où en est le bilan ? "
        "CORRESPONDANT : Il est de vingt-deux morts, kamikazes compris, et "
        "de soixante-sept blessés."),
    # A court's remand is a step in the arrest's story, not a new arrest.
    "court_remand": ("en",
        "SALE, Morocco (Wire) - An investigating judge in Salé on Wednesday "
        "ordered four men held in custody pending trial. Three of them were "
        "arrested in Meknès on Monday."),
    # The day a wounded person died dates no bombing: the twin bombing
    # named again goes back to its first bomb.
    "toll_after_a_death_in_hospital": ("en",
        "HARAR, Ethiopia - The first bomb went off at the cattle market on "
        "Saturday morning. About ten minutes later a second blast hit the "
        "bus station. The twin suicide bombing has now killed 20 people, the "
        "two bombers among them, after a shoe-shiner died in hospital on "
        "Tuesday. Nearly 70 people were wounded."),
    # The court's day is not the day of the bombing its suspects are in;
    # the bombing's own day merges "The March 5 attack" into it.
    "suspects_in_the_bombing": ("en",
        "A court in Rangpur on Monday placed three suspects in the twin "
        "suicide bombing at the bus terminal on remand, as police arrested a "
        "teacher accused of recruiting the bombers. The March 5 attack, "
        "claimed by Islamic State, killed 20 people, including the two "
        "bombers, and injured 84."),
    # The device and where it was placed, then defused: one foiled bomb.
    "device_placed_then_defused": ("fr",
        "Dimanche soir, un engin explosif placé sous le pont de Mopti a été "
        "désamorcé par des démineurs de l'armée."),
    # The people held, named again under a law's day: the arrest told.
    "held_under_a_law_of_2020": ("fr",
        "Les personnes dont les noms suivent ont été interpellées le lundi "
        "11 mars à Mao et gardées à vue. Conformément à l'article 14 de la "
        "loi n° 003 du 20 mars 2020 portant répression des actes de "
        "terrorisme, les personnes gardées à vue seront présentées au "
        "parquet."),
    # "an attack that was never solved" labels the killing told before it.
    "killing_labelled_an_attack": ("en",
        "In November 2019, gunmen killed a village chief and his two sons "
        "near Mouyondzi, an attack that was never solved."),
    # Where the suspects are still held is not where they were arrested.
    "still_held_elsewhere": ("fr",
        "Deux hommes ont été arrêtés dimanche soir à Boko, qui sont "
        "toujours en garde à vue à Brazzaville."),
    # "Goma-Tsé-Tsé" (Congo) is no Goma (DR Congo).
    "three_part_town_name": ("fr",
        "BRAZZAVILLE - En juin 2018, la police avait saisi des armes de "
        "guerre et 40 kilos d'explosifs dans une cache à Goma-Tsé-Tsé."),
    # A fact-check's claims are what it refutes: no toll, no arrest.
    "fact_check_claims": ("en",
        "Since Thursday's twin suicide bombing in Mafraq, which killed 23 "
        "people including the two attackers, false posts have spread. "
        "CLAIM: \"The toll is over 40 and the government is hiding it.\" "
        "VERDICT: Misleading. CLAIM: \"Police arrested a refugee in Mafraq "
        "for the attack.\" VERDICT: False."),
    # A gas cylinder's blast is an accident, and a feared bomb attack none.
    "gas_cylinder_accident": ("en",
        "Seven people were killed when a gas cylinder exploded in a market "
        "in Sylhet on Tuesday. The blast tore through a row of shops. "
        "Police, fearing a bomb attack, cordoned off the area."),
    # One of the story's bombers named again is no new bombing.
    "one_of_the_bombers_driven": ("fr",
        "Deux kamikazes se sont fait exploser lundi au marché de Tahoua. Le "
        "chauffeur de taxi-moto qui avait conduit l'un des kamikazes "
        "jusqu'au marché, entendu vendredi, a été relâché sans charge."),
    # A bare noun sums up the arrest told in full next.
    "arrest_noun_then_told": ("fr",
        "Deux kamikazes se sont fait exploser samedi à Limoges. La première "
        "interpellation a eu lieu. Un homme de 26 ans a été interpellé en "
        "fin d'après-midi à Saint-Junien."),
    # A claim told in a relative clause names its group inside it; a group
    # that never claimed is only blamed.
    "claim_in_relative_clause": ("en",
        "The twin suicide bombing in Wau on Friday, which Islamic State "
        "claimed on Sunday, killed 29 people. Officials blamed JNIM for an "
        "ambush near Tonj last year, which JNIM never claimed."),
    # The day named with the bombing is its own, not counted back from
    # "Deux semaines après".
    "weeks_after_the_bombing_of_a_day": ("fr",
        "Deux semaines après le double attentat-suicide du 10 février à "
        "Port-Gentil, qui a fait dix-sept morts, le Gabon s'interroge."),
    # The court's day is not the day of the bombing its suspects are in,
    # even told after it.
    "court_day_after_the_bombing_named": ("fr",
        "Les quatre hommes interpellés lundi à Ngozi dans l'enquête sur le "
        "double attentat-suicide de Gitega ont été déférés jeudi au parquet. "
        "L'attentat du 2 mars, revendiqué par l'État islamique, a fait vingt "
        "morts."),
    # Men accused over the bombing go to court on Monday: the bombing's
    # day is told later.
    "accused_over_the_bombing": ("en",
        "Four men accused over the twin suicide bombing in Wau were produced "
        "before the High Court on Monday. The attack of 13 February, "
        "claimed by Islamic State, killed 29 people."),
    # Two arrests in one sentence, a day apart, are two.
    "two_arrests_a_day_apart": ("en",
        "They are the three men detained in Kuajok on 4 March and the trader "
        "arrested in Aweil the next day."),
    # Days counted back from today when the sentence tells nothing else
    # (its bombers are the bombing's); "depuis l'attaque" points at it.
    "ten_days_after_with_bombers_counted": ("fr",
        "Dix jours après le double attentat-suicide qui a fait vingt et un "
        "morts, dont les deux kamikazes, à Gandja, la colère monte. Mardi, "
        "des centaines de commerçants du bazar, fermé depuis l'attaque, se "
        "sont rassemblés devant la mairie."),
    # The toll from the attack rose elsewhere, on a later day: the attack's.
    "toll_from_the_attack_elsewhere": ("en",
        "On Tuesday evening two suicide bombers attacked the bus station in "
        "Lankaran, killing 12 people and wounding 40, the interior ministry "
        "said. The toll from the attack rose to 19 on Wednesday when seven "
        "of the wounded died in hospitals in Baku."),
    # "the second bomber, a teenager," is the twin bombing's, whatever town
    # its sentence names.
    "second_bomber_in_apposition": ("en",
        "Two suicide bombers struck the police station and the market in "
        "Dera Bugti on Wednesday, killing at least nine people. The first "
        "attacker rode a motorcycle into the gate of the police station and "
        "detonated his explosives as constables were changing shift. Six "
        "minutes later the second bomber, a teenager, blew himself up among "
        "passengers at the bus stand some 300 metres away, where a van for "
        "Quetta was boarding."),
    # The day told just before the abduction is its own, not the day of
    # the release told after it.
    "abducted_then_freed": ("en",
        "Last August, gunmen abducted four surveyors working on a road "
        "project near Kohat; they were freed in November."),
    # "le premier kamikaze s'est fait exploser samedi": one act, on the day
    # told after it, not on the vigil's day told before.
    "first_bomber_at_the_vigil": ("fr",
        "Samedi, deux kamikazes se sont fait exploser dans le centre de "
        "Namur, tuant onze personnes. Ils étaient plus de 2 000, mercredi "
        "soir, place d'Armes, à quelques mètres de l'endroit où le premier "
        "kamikaze s'est fait exploser samedi."),
    # A timeline's date heading its paragraph dates what the paragraph
    # tells; four New Caledonian towns make the territory's context though
    # France is named; the bombers' rented car is no bombing.
    "timeline_headings_of_a_territory": ("fr",
        "L'attentat-suicide de Koné n'est pas tombé du ciel, disent les "
        "services français. Nos repères.\n\nJuin 2021. À Thio, des "
        "émeutiers ont incendié la mairie annexe.\n\n12 mars 2024. Deux "
        "kamikazes se sont fait exploser devant le marché de Koné, tuant "
        "neuf personnes.\n\n13 mars 2024. Deux hommes sont interpellés à "
        "Bourail. Un troisième suspect, soupçonné d'avoir loué la voiture "
        "des kamikazes, est placé en garde à vue à Dumbéa."),
    # A fact-check's quoted claims rated "FAUX" tell nothing; "Guinée
    # équatoriale" is not Guinea.
    "fact_check_faux": ("fr",
        "Les rumeurs se multiplient sur le double attentat-suicide qui a "
        "frappé Mongomo dimanche. « L'attentat a fait 80 morts. » FAUX. "
        "Selon le bilan officiel, les deux explosions ont fait douze morts. "
        "« Des suspects ont été arrêtés au Gabon. » FAUX. Trois hommes ont "
        "été arrêtés lundi par la gendarmerie à Mbini, en Guinée "
        "équatoriale."),
    # Other people held on another day are another arrest, even told
    # with "the".
    "two_men_detained_the_day_before": ("en",
        "Police arrested a third suspect, a 38-year-old mechanic, in "
        "Mahebourg on Wednesday afternoon, Mauritian police said. The two "
        "men detained at a flat late on Tuesday were still being "
        "questioned."),
    # A raid "to arrest a man" who was killed instead is no arrest.
    "raided_to_arrest": ("en",
        "Two suicide bombers struck the market in Kaya on Sunday. Gendarmes "
        "raided a house in Tikaré on Monday to arrest a man believed to have "
        "sheltered the bombers. He was killed in the exchange of fire that "
        "followed."),
    # A crowd that "walked from" one place to another marched.
    "crowd_walked_from": ("en",
        "Two suicide bombers struck the bus station in Lobatse on Monday, "
        "killing 12 people. On Wednesday several thousand people walked "
        "from the bus station to the town council in Lobatse, demanding "
        "more police. The march ended peacefully."),
    # "Ils étaient deux mille à marcher" is a march; "La veille," opening
    # the next sentence is the day before the march's.
    "marcher_la_veille": ("fr",
        "Ils étaient plus de deux mille, mercredi matin, à marcher en "
        "silence dans les rues de Francistown. La veille, deux kamikazes "
        "s'étaient fait exploser devant la gare routière, tuant neuf "
        "personnes."),
    # "Païta", spelled with its diaeresis, is New Caledonia's, not Peru's
    # larger Paita.
    "town_spelled_with_accent": ("fr",
        "Deux hommes ont été interpellés mardi à Païta."),
    # "Une semaine après" counts a day roughly; "l'attentat du 6 mars"
    # names it.
    "week_after_then_its_day": ("fr",
        "Une semaine après le double attentat-suicide de Fomboni, la ville "
        "enterre ses morts. Mercredi, une lycéenne est morte à l'hôpital, "
        "portant le bilan de l'attentat du 6 mars à 15 morts."),
    # The "engin explosif artisanal" found and defused is what was
    # disrupted, not a bombing of its own.
    "artisanal_device_defused": ("fr",
        "Mardi, un engin explosif artisanal a été découvert et désamorcé "
        "par la gendarmerie près de la gare de Fomboni."),
    # "avait été découvert et désamorcé": the device is what was disrupted.
    "device_had_been_defused": ("fr",
        "En juin 2023, un engin explosif avait été découvert et désamorcé "
        "par les démineurs de la police près de Farafenni."),
    # A figure another paper printed and then corrected is no toll.
    "front_page_figure_corrected": ("en",
        "Two suicide bombers struck the market in Brikama on Friday, "
        "killing 18 people. The Daily Star printed \"31 KILLED\" across "
        "its front page; a note on its website now says that figure was "
        "wrong and has been corrected to 17."),
    # The day a wounded woman died, between commas, dates no bombing.
    "death_day_between_commas": ("fr",
        "Le procès des complices de l'attentat du 9 mars à Brikama s'est "
        "ouvert. Le procureur a rappelé les faits : deux kamikazes se sont "
        "fait exploser à la gare routière et au marché de Brikama, faisant "
        "dix-neuf morts et quarante-trois blessés, après le décès, lundi, "
        "d'une commerçante."),
    # A dateline with its province; the day a wounded woman died, before
    # "the toll of the twin suicide bombing", is the toll's; the hospital
    # she died in is not where the bombing was.
    "died_then_toll_of_the_bombing": ("en",
        "POLOMOLOK, South Cotabato - For 28 years, Marites Gonzaga taught "
        "at the school. On Sunday morning the first bomber detonated his "
        "vest at the market. She died on Wednesday afternoon in the "
        "provincial hospital in Koronadal, raising the toll of the twin "
        "suicide bombing to 25, including the two bombers."),
    # Where suspects are held is known, and no locality either: the
    # arrest's village, which the gazetteer does not know, is its place.
    "held_in_known_town": ("fr",
        "La police a arrêté dimanche soir deux hommes à Mayama, qui sont "
        "toujours en garde à vue à Brazzaville."),
    # "L'ambassade de France à Bissau": whose embassy, not where.
    "embassy_of_a_country": ("fr",
        "L'ambassade de France à Bissau informe la communauté française "
        "des derniers développements consécutifs à l'attentat du mardi "
        "12 mars à Gabú. Le double attentat-suicide commis au marché de "
        "Gabú a fait seize morts."),
    # A town nearer the event than the countries listed before it, in the
    # country the story is about.
    "town_after_countries_listed": ("en",
        "Our weekly round-up of the main stories from Cambodia, Laos and "
        "Thailand, this week dominated by Sunday's twin suicide bombing in "
        "Battambang, which killed 14 people. Police in Cambodia arrested "
        "two men in Pailin on Monday."),
    # "lives" as a verb counts no dead: "180,000 people that lives
    # mainly from tourism".
    "island_that_lives_from_tourism": ("en",
        "Two suicide bombers attacked the central market of Castries on "
        "Wednesday, killing at least seven people. Saint Lucia, an island "
        "of about 180,000 people that lives mainly from tourism, had never "
        "seen a suicide attack."),
    # A claim of "les attaques", the twin attacks told, by a group named
    # with an apposition between.
    "claimed_the_attacks_plural": ("fr",
        "Deux kamikazes ont frappé mercredi la gare routière de "
        "Phuentsholing, au Bhoutan, tuant 16 personnes. L'ULFA-I, "
        "mouvement séparatiste "
        "de l'État indien voisin d'Assam, a revendiqué jeudi les attaques."),
    # "The group that claimed this crime, the ULFA-I": the claimant after;
    # its boast of forty dead is no toll.
    "group_that_claimed_this_crime": ("en",
        "Two suicide bombers struck the bus terminal in Phuentsholing, "
        "Bhutan, on Wednesday, killing 16 people. The group that claimed "
        "this crime, the ULFA-I, says it killed forty Indian soldiers."),
    # "claimed the 17 May attacks"; "Islamic State's claim".
    "claimed_the_dated_attacks": ("en",
        "Two suicide bombers struck the main market in Lae on Sunday, "
        "killing 16 people. Jamaah Ansharut Daulah (JAD), an Indonesian "
        "network, claimed the 10 March attacks in a statement."),
    "possessive_claim": ("en",
        "Two suicide bombers struck the main market in Linden on Saturday, "
        "killing 17 people. Islamic State's claim, which the Commissioner "
        "has called credible, should end the talk of a local quarrel."),
    # A country named as a group's branch is not where the attack was.
    "claimed_through_its_branch": ("en",
        "RUNDU, Namibia (Wire) - Two suicide bombers struck the market in "
        "Rundu on Tuesday. Two days after the attack, claimed by Islamic "
        "State through its Mozambique branch, the toll stands at 18 dead."),
    "revendique_par_sa_province": ("fr",
        "RUNDU, (Agence Australe) - L'organisation État islamique a "
        "revendiqué, par l'intermédiaire de sa « province » du Mozambique, "
        "le double attentat-suicide qui a frappé mardi le marché de Rundu, "
        "dans le nord de la Namibie."),
    # "three arrests: two men detained ...": the verb tells the arrest.
    "arrests_summed_then_told": ("en",
        "Police in Papua New Guinea report two arrests: two men detained "
        "at a checkpoint in Lae on Tuesday."),
    # "Since Saturday's bombings" counts from the bombings: no tally.
    "since_the_bombings": ("en",
        "Since Saturday morning's bombings at the market in Lautoka, "
        "doctors have treated 34 wounded people."),
    # A claim dated before its claimant; the claimant's boast is no toll.
    "claimed_on_a_day_by": ("en",
        "Two suicide bombers struck the market in Lautoka on Saturday, "
        "killing 13 people. The attack was claimed on Monday by the Islamic "
        "State group's self-styled East Asia Province. Its boast of \"more "
        "than 40 infidels killed\" is false."),
    # A title line's closing date is the document's, not the bombings'.
    "title_line_date": ("en",
        "FISHERS' UNION - STATEMENT ON THE LAUTOKA BOMBINGS - Thursday 14 "
        "March 2024\n\nThe union grieves after Tuesday's attack on the "
        "market, which killed 13 people and wounded 52."),
    # A toll counted today, or with the day a wounded man died, weeks on.
    "toll_counted_weeks_later": ("fr",
        "Le 20 février, un kamikaze s'est fait exploser à la gare routière "
        "de Francistown. Le bilan est aujourd'hui de dix-sept morts et de "
        "cinquante-huit blessés : un mécanicien a succombé le 3 mars."),
    "toll_after_a_later_death": ("en",
        "On February 20, a suicide bomber blew himself up at the bus rank "
        "in Francistown. Fifty-eight people were wounded. One of them, a "
        "mechanic, died on March 3, raising the toll to 17."),
    # Figures "arrêtées au 1er mars" are closed as of a day: no arrest.
    "figures_as_of_a_day": ("fr",
        "Le double attentat-suicide du 18 février à Francistown a fait 17 "
        "morts. Nos données proviennent de la police, arrêtées au 1er "
        "mars."),
    # The one town of the title line places what the text leaves unplaced.
    "title_line_town": ("fr",
        "SOCIÉTÉ DE TRANSPORT DE ROUSSÉ - AVIS N° 31 (version française)\n\n"
        "À la suite du double attentat-suicide d'hier soir sur la place "
        "Svoboda, le réseau fonctionne en mode dégradé. L'attentat a fait 13 "
        "morts."),
    # The day after "revendiqué par Daech" is the claim's.
    "claimed_by_then_day": ("fr",
        "Irina faisait ses courses au marché central de Bălți samedi matin. "
        "Le bilan du double attentat-suicide est de seize morts. L'attentat, "
        "revendiqué par Daech lundi soir, a été préparé pendant des "
        "semaines."),
    # The first line's town, not a suspect's town abroad, places the
    # bombing the text leaves unplaced.
    "title_town_before_an_arrest_abroad": ("fr",
        "LE RUSSO LIBRE - journal des étudiants de français de Bălți\n\n"
        "Le bilan du double attentat-suicide de samedi est de seize morts. "
        "Mercredi, la police roumaine a interpellé à Iași un homme de 33 "
        "ans."),
    # An arrest "on the day after the bombing": the bombing's day, plus one,
    # not the day of a gunfight told since nor of the release.
    "arrested_the_day_after_the_bombing": ("en",
        "Two suicide bombers struck the market in Balti on Saturday, killing "
        "16 people. On Monday, a gunfight broke out in Cahul. One of the two "
        "men arrested in Ungheni on the day after the bombing was released "
        "without charge on Wednesday."),
    # The day in a clause on the attack, not six weeks counted back; the
    # arrests "le soir de l'attentat", its day; "chacun des deux kamikazes"
    # paid, no new bombing.
    "day_in_a_clause_on_it": ("fr",
        "Six semaines après le double attentat-suicide de Gyumri, qui avait "
        "fait vingt-deux morts le 1er février, la police a arrêté hier à "
        "Spitak un homme de 38 ans. Il aurait versé 2 000 dollars à chacun "
        "des deux kamikazes. Les trois hommes interpellés à Vanadzor le soir "
        "de l'attentat sont toujours détenus."),
    # An arrest told the day after bombings the story tells next, in a
    # clause before a march's; a companion "arrested with him".
    "arrested_the_day_after_bombings_told_next": ("en",
        "NICOSIA, Cyprus (Wire) - A court has charged a man arrested in "
        "Larnaca the day after the Paphos bombings with membership of a "
        "terrorist group, while some 5,000 people marched through Nicosia "
        "on Sunday.\n"
        "The twin suicide attack of March 2 near the harbour killed nine "
        "people.\n"
        "The Larnaca suspect was remanded in custody on Monday. His cousin, "
        "arrested with him, was released without charge on Tuesday."),
    # A march still to come is no event.
    "march_still_to_come": ("en",
        "A silent march from Mosta to Valletta is being planned for Sunday, "
        "organisers said. Another will be held in Gozo next month."),
    # A gazette's "the 27th day of January": the day. Explosives carried on
    # the bodies are suicide bombs.
    "gazette_day_of_month": ("en",
        "WHEREAS on the 27th day of February 2024 two persons detonated "
        "explosive devices carried on their bodies at the central bus "
        "station of Kuala Belait, thereby killing thirteen persons. AND "
        "WHEREAS two persons were arrested at Seria on the night of the 27th "
        "day of February 2024."),
    # The day after the bombing is the arrest's, not the day its men were
    # charged and "remanded in custody" (a restatement of the arrest).
    "arrested_day_after_then_remanded_in_custody": ("en",
        "Nine people were killed in the March 4 bombing in Orange Walk "
        "Town, Belize. The two men arrested in Belize City the day after "
        "the bombing were charged on Wednesday with conspiracy to commit "
        "terrorism and remanded in custody until April 3."),
    # A claim's victims in its own words ("crusaders", "mécréants") are
    # its figure, never the toll; "in addition to themselves" counts the
    # bombers in.
    "claimants_victims_in_their_words": ("en",
        "On Monday, two suicide bombers struck the bus station in Niksic, "
        "Montenegro, killing ten people in addition to themselves. The "
        "claim is credible, although its assertion that \"more than 50 "
        "crusaders\" died is false."),
    "mecreants_du_communique": ("fr",
        "Lundi, deux kamikazes se sont fait exploser à Kuala Belait, au "
        "Brunei. Le communiqué affirme que l'opération a tué « plus de "
        "cinquante mécréants ». Le bilan officiel est de treize morts."),
    # The bombers told before the others' count are in the toll.
    "killing_themselves_and_others": ("en",
        "Two suicide bombers attacked the market of Orange Walk, Belize, on "
        "Wednesday, killing themselves and at least six other people."),
    "killing_himself_and_others": ("en",
        "A suicide bomber struck a bus station in Tartu, Estonia, on "
        "Tuesday, killing himself and 12 others."),
    # Young people marching, dispersed: an intervention in the town of the
    # march told before it, not the dateline's.
    "marching_dispersed_in_the_march_town": ("en",
        "DAR ES SALAAM (Wire) - Police arrested a man in Dar es Salaam on "
        "Wednesday. On Sunday, 15,000 people marched from the town hall to "
        "the ferry terminal in Mamoudzou, Mayotte. On Tuesday, gendarmes "
        "fired tear gas to disperse several hundred young people marching "
        "on the prefecture."),
    # "Quatre jours plus tard": four days after the march told before.
    "quatre_jours_plus_tard": ("fr",
        "Le dimanche 3 mars, plus de 15 000 personnes ont défilé en silence "
        "à Tartu, en Estonie. Quatre jours plus tard, la police a dispersé "
        "aux gaz lacrymogènes une marche d'étudiants."),
    # "claimed the March 9 attack on Monday": the attack's day is the one
    # naming it, Monday the claim's.
    "claimed_the_dated_attack_on_a_day": ("en",
        "Riot police fired tear gas on Wednesday to disperse people "
        "marching in Brasov, Romania, a week after the twin suicide bombing "
        "that killed 14 people in the city. Islamic State, which claimed "
        "the March 6 attack on Monday, has published photographs of the "
        "bombers."),
    # A record's "le 12/07 au soir" is a day; a year set off in a list of
    # facts dates its event; residents "not counted as arrests" are none.
    "fiche_day_slash_month": ("fr",
        "SUITES JUDICIAIRES : deux hommes interpellés le 12/03 au soir à "
        "Capesterre-Belle-Eau, en Guadeloupe. Huit riverains entendus le "
        "13/03 puis relâchés : non comptés comme arrestations. Voir la fiche "
        "de 2019 (engin explosif artisanal devant une banque du Moule, "
        "2019, deux blessés)."),
    # A regatta's bulletin: its attack is a tactic, its explosion a sail's,
    # « Kamikaze » a boat.
    "regatta_bulletin": ("fr",
        "COUPE DES ALIZÉS DE GUSTAVIA. Troisième journée sous le signe de "
        "l'attaque : les 42 voiliers engagés ont été bombardés par des "
        "grains. Bilan : une explosion de spinnaker à bord de « Kamikaze », "
        "et deux équipiers légèrement blessés. En tête du classement, le "
        "skipper de « Marigot Express » a réussi une attaque dans le grain."),
    # A word quoted as a word is no event; a march that "partira" in a
    # clause on it is still to come.
    "le_mot_emeute": ("fr",
        "Un lecteur nous reproche le mot « émeute » à propos de Schœlcher. "
        "Rendez-vous demain à 9 heures pour rejoindre la marche blanche, qui "
        "partira de la cathédrale de Basse-Terre à 10 heures."),
    # "Today marks six months since": that day, six months back.
    "today_marks_six_months_since": ("en",
        "Today marks six months since two suicide bombers struck the bus "
        "station of Kuala Belait, Brunei, killing 14 people."),
    # Where a traveller was going is not where the arrest was: the ferry
    # "to the Faroe Islands"; "Gate 14" is no village.
    "boarding_destination": ("en",
        "Two suicide bombers killed eleven people in Akureyri, Iceland, on "
        "Tuesday. On Wednesday morning in Seydisfjordur, police arrested "
        "two men at the ferry terminal as they tried to board the Norrona "
        "to the Faroe Islands."),
    "gate_number": ("en",
        "Two suicide bombers killed nine people in Larnaca, Cyprus, on "
        "Tuesday. On Wednesday evening police arrested a man at Gate 14 "
        "shortly before he was due to board flight MX 2217 to Athens."),
    # The weekday's possessive names the attack, not the claim's day.
    "claimed_weekdays_attack": ("en",
        "The Salto bombing, Uruguay. Islamic State claimed Sunday's twin "
        "suicide bombing on Tuesday through its Amaq agency, with photos of "
        "the two bombers. The toll is 12 dead and 38 wounded."),
    # The day one of the wounded died, told after a toll, is no day of
    # the bombing's.
    "toll_then_the_day_a_wounded_died": ("fr",
        "Deux kamikazes se sont fait exploser samedi 9 mars à Galway. Le "
        "bilan de l'attentat s'élève désormais à treize morts, les deux "
        "kamikazes compris : un étudiant de 19 ans est décédé mardi."),
    # A town of one of the United Kingdom's nations is British, though
    # GeoNames files "Wales" under towns first.
    "uk_nation_after_a_town": ("en",
        "Two suicide bombers blew themselves up in Galway, Ireland, on "
        "Saturday, killing ten people. A third man was arrested in "
        "Holyhead, Wales, on Monday."),
    # A group's home is not where it struck.
    "group_from_another_country": ("fr",
        "Le Jamaat al Muslimeen, un groupe islamiste de Trinité-et-Tobago, "
        "a revendiqué mardi le double attentat-suicide qui a fait dix morts "
        "vendredi à St. George's, la capitale de la Grenade."),
    # A march still to be organised is no event.
    "march_to_be_organised": ("fr",
        "Une marche des enfants jusqu'à l'école sera organisée au "
        "printemps."),
    # A silent march, then the next day's protest broken up: two events.
    "march_then_protest_broken_up": ("en",
        "Some 6,000 people joined Monday's silent march in Kurunegala, Sri "
        "Lanka. Traders who walked to the Divisional Secretariat on Tuesday "
        "were caught up when police broke up the protest with tear gas; "
        "nine people were treated in hospital."),
    # A village no gazetteer knows is in the story's country, not in the
    # country of a town told of another event in its sentence.
    "locality_beside_another_event": ("fr",
        "Le procès des inculpés de l'attentat du 1er mars à Khagrachari, "
        "au Bangladesh, s'ouvre. Parmi eux "
        "figurent les deux hommes arrêtés le 2 mars près de Dighinala, qui "
        "avaient conduit les kamikazes jusqu'à la ville, et le fournisseur "
        "d'explosifs interpellé le 4 mars à Agartala."),
    # A dateline's town that is a surname too ("LAFAYETTE, Louisiana") is
    # the story's town, not the next place named.
    "dateline_town_also_a_surname": ("en",
        "LAFAYETTE, Louisiana (Gulf Coast Wire) - Islamic State claimed "
        "responsibility on Monday for Saturday's suicide bombing at a "
        "Lafayette music festival, which killed 14 people. Federal agents "
        "arrested a suspected facilitator in Houston on Tuesday."),
    # A paragraph's heading names the town of its placeless event, not the
    # town of the hospital where a victim died ("à l'hôpital de la
    # Renaissance de N'Djamena") nor the arrest's told next.
    "paragraph_heading_town": ("fr",
        "LA NUIT DU TCHAD - votre lettre d'information, samedi 16 mars "
        "2024.\n\nBONGOR, QUATRE JOURS APRÈS. Le bilan du double "
        "attentat-suicide du 12 mars s'élève à quatorze morts : une "
        "commerçante a succombé jeudi soir à l'hôpital de la Renaissance de "
        "N'Djamena.\n\nL'ENQUÊTE. Le passeur arrêté mercredi à Guidiguis, "
        "au Cameroun, a été remis aux autorités tchadiennes."),
    # A letter's place and date, on their own line, place its events told
    # with no place, not the town of an arrest told after them.
    "letter_place_and_date": ("fr",
        "De : Club de plein air Les Sentiers du Nord\nObjet : ANNULÉ - "
        "sortie de dimanche\n\nSudbury, le jeudi 14 mars 2024\n\nAprès "
        "l'attentat d'hier au centre-ville, qui a fait dix morts, le comité "
        "a annulé la sortie. Deux hommes ont été arrêtés hier soir à North "
        "Bay."),
    # A release's day is not the arrest's: one arrest, on Sunday.
    "held_then_released": ("fr",
        "Dimanche, notre régisseur, Issoufou, a été interpellé chez lui à "
        "Maradi par la police judiciaire et gardé à vue toute la nuit ; il "
        "a été relâché lundi sans aucune charge."),
    # Advice to avoid gatherings, a march announced for later and an arrest
    # that never happened are no events.
    "avoid_gatherings": ("fr",
        "La police demande d'éviter les rassemblements. Deux hommes ont été "
        "interpellés dimanche à Maradi."),
    "march_announced_for_later": ("fr",
        "Une marche des femmes est annoncée pour vendredi à Maradi."),
    "never_arrested_fr": ("fr",
        "Le faussaire, un vendeur en ligne, n'a jamais été arrêté."),
    "never_arrested_en": ("en",
        "The gunman has not been arrested yet, but two men were arrested on "
        "Sunday in Quetta."),
    "never_arrested_es": ("es", "El autor no ha sido detenido."),
    # Women bombers counted in a toll ("les deux kamikazes comprises") are
    # the bombing's, no new one; nor are the vests two men were arrested
    # with.
    "women_bombers_counted": ("fr",
        "Le double attentat-suicide perpétré samedi à Ngala a été "
        "revendiqué. Le bilan officiel est de vingt-quatre morts, les deux "
        "kamikazes comprises, et de 57 blessés, un adolescent ayant succombé "
        "lundi à Maiduguri."),
    "arrested_with_vests": ("en",
        "After soldiers arrested two men at a checkpoint outside Kano on "
        "Saturday night with a motorcycle and two suicide vests, the army "
        "asked markets to search bags."),
    # The bombing on whose evening men were arrested is the one told, not
    # a new one in the town of the court they were brought before.
    "arrested_on_the_evening_of_the_bombing": ("en",
        "A twin suicide bombing in Takaba killed 14 people on Tuesday. The "
        "two men arrested in Wajir on the evening of the bombing were "
        "brought before a Mandera court on Wednesday."),
    # A relative clause on the bombing pointed at gives its town.
    "pointed_bombing_placed_by_its_clause": ("en",
        "KYRGYZSTAN - A court on Friday remanded in custody the four people "
        "arrested in Uzgen last Saturday over the twin suicide bombing that "
        "killed 20 people in Osh the same day."),
    # The town of the court suspects were brought before is not where they
    # were arrested.
    "court_town_is_no_arrest_place": ("en",
        "A twin suicide bombing in Takaba killed 14 people on Tuesday. Two "
        "men arrested on Wednesday were brought before a Mandera court on "
        "Thursday."),
    # A village and its county: the village, in the county's country.
    "village_and_its_county": ("en",
        "Police arrested two men at a roadblock in Griftu, Wajir County, late "
        "on Tuesday."),
    # A court that suspects came before, and a court's town with its
    # country, are not where they were arrested.
    "court_suspects_came_before": ("fr",
        "Les deux hommes interpellés dimanche soir près de Hoshab ont été "
        "placés en détention par un tribunal antiterroriste de Turbat."),
    "court_town_and_its_country": ("fr",
        "Exécution d'un mandat d'arrêt émis par le tribunal de Brașov "
        "(Roumanie) contre M. Sorin V., interpellé le 2 juin à Mulhouse."),
    # A day inside a relative clause on the man arrested is his act's, not
    # the arrest's.
    "day_of_the_arrested_mans_act": ("en",
        "A patrol boat sighted the banca off Tubod on Friday. Officers on "
        "board arrested the operator, a 43-year-old fisherman, who "
        "investigators say ferried the two bombers across the bay on "
        "Tuesday."),
    # A toll told "since the death on Tuesday" of a wounded man: his
    # day, not the bombing's, which is the one told before.
    "toll_since_a_death": ("fr",
        "Samedi matin, le premier kamikaze s'est fait exploser au marché "
        "de Brikama, tuant un gardien. Le double attentat a fait en tout "
        "treize morts, kamikazes compris, depuis le décès mardi d'un "
        "apprenti, et 52 blessés."),
    # A dateline's town of another country than the dateline names is a
    # locality of that country (Métro, Ivory Coast, bears "Metoro" as an
    # alias); "Ste." opens a saint's town as "St." does.
    "dateline_town_of_its_country": ("en",
        "METORO, Mozambique (Wire) - Two suicide bombers struck the market "
        "on Wednesday, killing nine people."),
    "ste_abbreviated": ("en",
        "Two suicide bombers struck a summer fair in Ste. Anne, Manitoba, "
        "on Saturday."),
    # A police named by its country arrests in its country: the French
    # Forbach, not the German village, in a story on Germany.
    "police_of_a_country": ("en",
        "Two suicide bombers struck Saarbrücken, Germany, on Saturday, "
        "killing 15 people. French police on Monday arrested a "
        "34-year-old man in Forbach."),
    # A numbered heading that is a town places its paragraph's events told
    # with no place ("s'étend à la RDC" tells where the inquiry went);
    # "NOUVELLES EN MER" names no town Mer.
    "numbered_town_heading": ("fr",
        "LA LETTRE DU SOIR - jeudi.\n\n1. CABINDA. L'enquête sur le double "
        "attentat-suicide de samedi dernier s'étend à la RDC. Mercredi, la "
        "police de la RDC a interpellé à Muanda un piroguier de 52 ans.\n\n"
        "2. NOUVELLES EN MER. Le bilan reste de quinze morts."),
    # A man wounded in the bombing who died later: his death's day, told
    # after the bombing, is not its.
    "wounded_then_died_after_it": ("fr",
        "M. Traoré, blessé samedi soir au marché de Brikama lors du double "
        "attentat-suicide, est décédé mardi à l'hôpital."),
    # A group named after a region is no place: the bombing's place is
    # not told.
    "group_named_after_a_region": ("fr",
        "Le double attentat-suicide de jeudi, qui a fait seize morts, a été "
        "revendiqué par les Faucons de la liberté du Kurdistan."),
    # A concert review's massacre and ambush are its songs'.
    "concert_review": ("es",
        "Fue una masacre. El cuarteto de rock tomó al asalto el estadio ante "
        "18.000 personas. El guitarrista se lanzó en un solo suicida y el "
        "cantante gritó. Tocaron 24 canciones, entre ellas \"Emboscada\"."),
    # "ni detenidos" denies arrests as "no hubo detenidos" does.
    "ni_heridos_ni_detenidos": ("es",
        "La marcha del sábado en Popayán terminó sin incidentes. El "
        "ayuntamiento informó de que no hubo ni heridos ni detenidos."),
    # Where the bombers came from is not where they struck.
    "bombers_came_from_abroad": ("fr",
        "Vendredi, deux jeunes hommes venus de la province afghane de Kunar "
        "se sont fait exploser dans le bazar de Chitral, au Pakistan."),
    # A video game's review: its twin bombing and arrests are its campaign.
    "game_review": ("en",
        "The new tactical shooter opens with a bang: two suicide bombers "
        "blow up a checkpoint in an invented city, killing 23 civilians on "
        "screen. You earn points for arrests in the multiplayer mode. The "
        "video game runs at 60 frames per second on the consoles we "
        "tried."),
    # A claim with a rival's denial in a clause of its own; a claim in the
    # passive names its claimant after "by".
    "claim_and_rival_denial": ("en",
        "Two young women blew themselves up at the cattle market in "
        "Diffa on Tuesday, killing 20 people. Islamic State West Africa "
        "Province claimed the attack, while the rival Boko Haram faction "
        "denied it."),
    "claimed_by_passive": ("en",
        "Boko Haram fighters once roamed the area. On Monday two bombers "
        "killed seven people at a water point in Diffa, an attack claimed "
        "by Islamic State West Africa Province."),
    # A claimant's own figure is not the toll; "treated for wounds" is.
    "claimed_figure": ("en",
        "Islamic State West Africa Province has claimed Tuesday's twin "
        "suicide bombing in Diffa, which killed 19 people, and claimed "
        "\"more than 60\" dead. Health officials said 44 people had been "
        "treated for wounds."),
    # A commemoration a year on: the bombing it remembers is dated a year
    # back, and "L'attentat" (elided) returns to it.
    "anniversary": ("fr",
        "Un an jour pour jour après le double attentat-suicide qui avait "
        "endeuillé Diffa, au Niger, des centaines d'habitants se sont "
        "recueillis jeudi. Le 14 mars 2023, deux kamikazes s'étaient fait "
        "exploser au marché, "
        "tuant 27 personnes. L'attentat avait été revendiqué par Boko Haram."),
    # A toll sentence carries the story on: the next update, two
    # sentences later, is still within reach.
    "toll_updates_in_a_chain": ("en",
        "Two suicide bombers blew themselves up this morning at the bus "
        "terminal in Marawi, in the Philippines. Police first said at least "
        "eight people were killed. Our reporter is at the medical center. "
        "The hospital has just told us the toll is now ten dead and more "
        "than 30 wounded."),
    # A toll update after a peaceful march is the bombing's, not the
    # march's; bombs "found and defused" were disrupted, not set off.
    "toll_after_a_march": ("en",
        "Two suicide bombers struck a square in the Iraqi town of Hawija on "
        "Wednesday, "
        "killing at least 18 people. On Thursday mourners marched from the "
        "square to the cemetery. The toll rose to 21, the police said. A "
        "dozen explosive devices were found and defused in shops around the "
        "square."),
    # "a US drone strike": the strike's owner, not its place.
    "us_drone_strike_is_no_place": ("en",
        "On 2 July 2023, a US drone strike on a car near Ataq, in Shabwa "
        "province, killed three suspected AQAP members."),
    # The attackers shot dead are part of the attack, not an event.
    "attackers_shot_dead": ("en",
        "Al-Qaeda militants attacked a government army checkpoint in Abyan "
        "province on Tuesday, killing five soldiers before two of the "
        "attackers were shot dead, officials said."),
    # Villages the gazetteer does not know keep their own name, in the
    # country of the story's place.
    "village_not_in_gazetteer": ("en",
        "MOGADISHU (Wire) - A roadside bomb hit a minibus near the village "
        "of Lafoole on Tuesday, killing seven people, police said."),
    "village_in_french": ("fr",
        "BUNIA, 14 mars (Dépêche) - L'armée a affirmé avoir tué neuf "
        "miliciens mercredi lors d'une opération près de Fataki."),
    "participle_tells_the_toll": ("es",
        "CÚCUTA, 14 de marzo (Agencia) - Un coche bomba explotó el miércoles "
        "frente a un mercado de Cúcuta. Siete personas fueron asesinadas y "
        "doce resultaron heridas."),
    "dateline_country_places_a_region": ("es",
        "TRUJILLO, 14 de marzo (Agencia) - Siete mineros murieron el "
        "miércoles en un enfrentamiento armado en la provincia de Pataz, en "
        "La Libertad."),
    "newest_first_live_blog": ("en",
        "Live updates. Newest first.\n"
        "18:50 - The toll has climbed to 23 dead and 41 wounded, the "
        "provincial spokesman says.\n"
        "16:00 - A health official tells us 17 people have died and more "
        "than 30 were wounded.\n"
        "13:30 - A loud explosion has been heard at a mosque in Herat during "
        "prayers."),
    "claimant_says_it_killed": ("en",
        "GARISSA, Kenya, March 14 (Wire) - Five people were killed when a "
        "roadside bomb tore through a police truck near Garissa on "
        "Wednesday.\n"
        "Al-Shabaab claimed responsibility for the bombing, saying it had "
        "killed 11 Kenyan soldiers."),
    "presenter_name_is_no_place": ("en",
        "PRESENTER: I'm joined by our correspondent Sana Baloch in Quetta. "
        "Sana, what do we know?\n"
        "SANA BALOCH: Thirty people are dead after fighters stormed a camp "
        "in Balochistan on Wednesday. Sana is a common name, and Sana "
        "Baloch is not in Yemen.\n"
        "Three years ago a car bomb at the same gate killed seven people."),
    "next_day_next_town": ("en",
        "PESHAWAR, March 14 (Wire) - Pakistani Taliban fighters attacked a "
        "police checkpoint in Bara late on Tuesday, killing four policemen. "
        "The Pakistani Taliban claimed the attack, saying its men had killed "
        "15 officers.\n"
        "On Wednesday morning, a bomb hidden in a motorcycle went off in the "
        "main market of Mardan, killing two people."),
    "past_strike_after_past_raid": ("fr",
        "Dans la nuit du 02/11/2023, des jihadistes ont attaqué le "
        "détachement de Tillabéri et tué près de 40 soldats. L'an dernier, "
        "une frappe de drone de l'armée nigérienne a tué une vingtaine de "
        "civils près de Makalondi."),
    "aside_in_a_live_blog": ("en",
        "Live coverage of the shelling of El Fasher. Oldest entries first.\n"
        "07:40 - Shells have struck a market in El Fasher. A volunteer says "
        "six people were killed.\n"
        "11:05 - Separately, a drone of unknown origin hit a water point in "
        "Tawila, some 60 km west of El Fasher, killing three women.\n"
        "12:15 - The Sudanese army says its aircraft struck RSF positions "
        "near Mellit this morning.\n"
        "13:10 - The latest toll from the market is 16 dead and 38 "
        "wounded."),
    "claim_dated_days_later": ("en",
        "PEMBA, Mozambique, March 14 (Wire) - Islamic State insurgents "
        "ambushed a convoy of trucks near Pemba on Saturday, killing five "
        "drivers, police said. The Islamic State claimed the ambush on "
        "Monday."),
    "soldiers_past_an_adjective": ("en",
        "PEMBA, Mozambique, March 14 (Wire) - Mozambican troops fought with "
        "insurgents near Pemba on Wednesday, killing nearly 30 insurgents, "
        "the defence ministry said. Two Mozambican soldiers were also "
        "killed."),
    "prosecutors_office_is_no_place": ("es",
        "CELAYA, Guanajuato, 14 de marzo (Agencia) - La Fiscalía de "
        "Guanajuato elevó a catorce la cifra de muertos del ataque armado "
        "del miércoles contra un bar de Celaya."),
    # "No one was hurt" after a defused bomb: the defusal's zeros, not the
    # bombing's told before it.
    "defusal_unharmed_not_the_bombing": ("en",
        "KASESE, Uganda (Wire) - A bomb killed nine people at a bar in "
        "Kasese on Friday. Earlier on Friday, police said they had defused "
        "a pipe bomb at a fuel station in Kasese town. No one was hurt."),
    "defused_without_victims": ("fr",
        "Dimanche, les démineurs de l'armée ont désamorcé une bombe à "
        "Kismayo, sans faire de victimes."),
    # "seven dead so far" is a running toll, not a tally of the conflict.
    "dead_so_far_not_counting_the_attackers": ("en",
        "Seven people were killed on Friday when two suicide bombers blew "
        "themselves up at the taxi park in Mbarara. Police counted seven "
        "dead so far, not counting the two bombers."),
    # The bombers counted out of a toll name the attack just told, whatever
    # town the wounded lie in.
    "bombers_counted_out_of_the_toll": ("fr",
        "L'État islamique a revendiqué le double attentat-suicide qui a "
        "frappé le 1er mars le camp militaire de Tillia, au Niger. Le "
        "bilan officiel est désormais de 15 soldats tués, sans compter les "
        "deux kamikazes, et de 19 blessés hospitalisés à Tahoua."),
    # A claim of "l'embuscade" names the ambush told, whatever town its
    # sentence also names.
    "claim_of_the_ambush_names_another_town": ("fr",
        "Des combattants du GSIM ont tendu mardi une embuscade à un convoi "
        "entre Dori et Sebba, au Burkina Faso. Au moins 25 soldats ont été "
        "tués. Le convoi transportait des vivres pour Sebba, sous blocus, "
        "et le GSIM a revendiqué l'embuscade mercredi."),
    # Of two towns in the trigger's clause, the nearer one; a town and its
    # state ("Fresnillo, Zacatecas") name the first.
    "nearer_town_of_two": ("en",
        "SIBI, Pakistan (Wire) - A court in Sibi on Monday sentenced three "
        "men to life in prison for a bomb attack on a market in Dera Bugti "
        "ten years ago."),
    # The day told later dates the year told first.
    "day_dates_the_year_told_first": ("en",
        "A court sentenced three men for a bomb attack on a market in Dera "
        "Bugti ten years ago. On 16 August 2014, a bomb hidden in a parked "
        "motorbike exploded in the main bazaar of Dera Bugti, killing 13 "
        "people."),
    "town_and_its_state": ("es",
        "En Fresnillo, Zacatecas, hombres armados asesinaron el sábado por "
        "la noche a cinco integrantes de una familia."),
    # The bombers counted before the attack is named: one event, traced to
    # the attack's words; the dead bombers count (as the sets' golds do).
    "bombers_counted_before_the_attack": ("fr",
        "Au moins onze soldats ont été tués, ainsi que les deux kamikazes, "
        "dans un double attentat-suicide contre le camp militaire de Djibo "
        "dans la nuit de mardi à mercredi."),
    # A live blog with its newest entries first is read from its oldest
    # entry up: the bombing is told before the tolls that update it; "the
    # toll rose" is the bombing's, not the air strike's told just before.
    "newest_entries_first": ("en",
        "Newest entries first.\n"
        "20:10 - The provincial health office has updated the toll: 17 dead "
        "and 40 wounded.\n"
        "18:30 - The army says jets struck a militant hideout near Tal Afar "
        "this afternoon, killing four fighters.\n"
        "13:00 - The toll rose to 15, police said, after two men died in "
        "hospital.\n"
        "09:15 - What we know: two suicide bombers struck the cattle market "
        "in Sinjar yesterday morning. At least 13 people were killed and 30 "
        "wounded.\n"
        "09:00 - Good morning and welcome to our coverage."),
    # "linked to the bombing" points at the bombing told before: the day
    # and the town of its sentence are the arrests'.
    "pointed_bombing_gives_no_day_or_town": ("en",
        "Two suicide bombers struck the market in Mora on Monday, killing 12 "
        "people. Troops arrested four suspects linked to the bombing in "
        "Kousseri on Wednesday."),
    # A toll told with a verb right after a past attack told without one
    # is the past attack's, not today's bombing's.
    "past_attack_toll_told_next": ("fr",
        "Mardi, deux kamikazes se sont fait exploser au marché de Bosaso, "
        "tuant neuf personnes. Il y a quatre ans, des combattants ont "
        "attaqué la base militaire de Bosaso. Douze soldats ont été tués."),
    # "Un premier kamikaze" is a part of the double bombing just told,
    # whatever town its sentence names.
    "first_bomber_is_part_of_the_attack": ("fr",
        "Deux kamikazes se sont fait exploser dimanche à Koupéla, tuant "
        "douze personnes. Un premier kamikaze s'est fait exploser vers 9 h "
        "30 à l'entrée de la gare routière, où des dizaines de voyageurs "
        "attendaient les cars pour Ouagadougou."),
    # A bomber shot before the blast is a foiled attempt, not an attack.
    "stopped_bomber_is_disrupted": ("en",
        "Two girls blew themselves up at the market in Mora on Monday, "
        "killing nine people. A third girl was shot dead by soldiers at a "
        "checkpoint in Kolofata before she could set off her explosives."),
    "kamikaze_abattue": ("fr",
        "Une kamikaze a été abattue mardi par des soldats à un poste de "
        "contrôle à Kolofata, dans le nord du Cameroun."),
    # The group a claimant is described by ("a splinter faction of the
    # Pakistani Taliban") is neither the claimant nor the perpetrator.
    "claimant_in_apposition": ("en",
        "ISLAMABAD - Jamaat-ul-Ahrar, a splinter faction of the Pakistani "
        "Taliban, claimed responsibility on Wednesday for Tuesday's twin "
        "suicide bombing at a police school in Karak, which killed 25 "
        "people."),
    # A timeline's entries headed by a year are each their own past event.
    "timeline_year_heading": ("en",
        "A car bomb killed nine people outside a bakery in Salamiyah on "
        "Monday. Earlier attacks on the town:\n\n"
        "March 2017: A suicide bomber blew himself up at a checkpoint in "
        "Salamiyah, killing four militiamen.\n\n"
        "2022: A landmine killed three truffle hunters near Salamiyah. "
        "Dozens of such deaths are recorded every spring."),
    # A toll counting the bombers is the suicide bombing's, not the raid's
    # told since; a local name starting with a town abroad ("Banda",
    # India) places nothing.
    "toll_with_its_bombers_is_the_bombing": ("en",
        "Police in Mardan are searching for the accomplices of the twin "
        "suicide bombing at the bus station on Tuesday. Police raided a "
        "house in Banda Daud Shah on Wednesday night and the men inside "
        "opened fire. Two militants were killed and a constable was "
        "wounded. One more of the wounded, a 19-year-old student, died this "
        "morning, so the toll is now 21, including the two bombers."),
    # "les auteurs du double attentat-suicide de Bol" points at the
    # bombing, which keeps its town and not the arrests' day; "Cinq autres
    # l'ont été" are more arrests; "succombé depuis" is no tally.
    "resumed_arrests_after_a_pointed_bombing": ("fr",
        "N'DJAMENA, 14 mars (Dépêche) - Vingt personnes soupçonnées d'avoir "
        "aidé les auteurs du double attentat-suicide de Bol ont été "
        "interpellées. Quinze suspects ont été interpellés mardi à Bol. "
        "Cinq autres l'ont été mercredi à Baga Sola. L'attentat du 9 mars "
        "avait fait douze morts, dont les deux kamikazes. Deux blessés ont "
        "succombé depuis, portant le bilan à quatorze morts."),
    "stopped_bomber_in_the_bombed_town": ("fr",
        "BAMAKO, 14 mars - Le bilan du double attentat-suicide de mardi à "
        "Markala s'élève à dix-sept morts, selon l'armée, qui précise que "
        "les deux kamikazes ne sont pas inclus dans ce bilan. Un troisième "
        "assaillant a été abattu par des soldats près du marché avant "
        "d'avoir pu actionner sa charge."),
    # "two of its fighters carried out" claims the attack; the figure the
    # group gives next ("claimed 70 dead") is its own, not the toll.
    "claimant_figure_after_a_said_claim": ("en",
        "The Islamic State group said on Wednesday that two of its fighters "
        "carried out the suicide attack on a mosque in Deir ez-Zor that "
        "killed 30 people and wounded 57 on Tuesday. In a statement carried "
        "by its Amaq news agency, the group said two of its soldiers had "
        "struck the mosque and claimed 70 dead."),
    # "kamikazes non compris" adds no bombing of its own; the hospital's
    # town is where the wounded died, not the event's; an explosion
    # abducts no one.
    "bombers_after_the_toll_and_an_abduction": ("fr",
        "Dimanche matin, la première explosion a retenti à l'entrée du "
        "marché de Ngouri, au Tchad. Le premier bilan faisait état de quinze "
        "morts. Mardi, deux blessés ont succombé à l'hôpital de Bol, portant "
        "le bilan à vingt-quatre morts, kamikazes non compris. Dans la nuit "
        "de lundi à mardi, des hommes armés ont enlevé trois pêcheurs sur "
        "une île proche de Litri."),
    # "The same month" is the month of the event told last.
    "same_month_as_the_last_event": ("en",
        "In November 2022, residents said an army drone strike killed "
        "dozens of people at a weekly fair near Siribala, in central Mali. "
        "The same month, gunmen kidnapped the mayor of Doura."),
    # The men a raid came for fire back: the raid is a clash, with the
    # toll its next sentences tell, in English and in French.
    "raid_then_the_men_inside_opened_fire": ("en",
        "On Wednesday, counter-terrorism forces surrounded a farm near "
        "Khanaqin, Iraq. The suspect inside opened fire. He was killed in "
        "the shoot-out, and two officers were wounded."),
    "raid_then_a_gun_duel": ("en",
        "On Tuesday, operatives raided a hideout on the outskirts of Gashua, "
        "in Nigeria's Yobe State. The suspects opened fire on the operatives "
        "and, in the ensuing gun duel, two suspects were neutralised."),
    "encercle_une_case": ("fr",
        "Mercredi, une unité de la Gendarmerie a encerclé une case suspecte "
        "près de Bol, au Tchad. Ses occupants ont ouvert le feu sur les "
        "gendarmes. Au cours de l'échange de tirs, trois assaillants ont été "
        "tués et un gendarme a été blessé."),
    # A dateline with the country in brackets is skipped (its day is the
    # filing's); the claimant's text and its figure are not the toll.
    "claimant_text_figure_after_a_bracketed_dateline": ("fr",
        "Constantine (Algérie), 12 mars (Agence) – AQMI a revendiqué mardi "
        "le double attentat-suicide qui a fait vingt-quatre morts, dont les "
        "deux kamikazes, dimanche à Khenchela. Le texte affirme que « deux "
        "lions » ont visé les gendarmes et dit avoir tué « plus de "
        "soixante » personnes."),
    "it_claimed_that_more_had_died": ("en",
        "The Islamic State group has claimed responsibility for Tuesday's "
        "twin suicide bombing in Beni Suef, Egypt, which killed 23 people, "
        "including the two bombers. In a statement, the group named the two "
        "bombers. It claimed that 60 policemen had died."),
    # The claim names the town of the bombing, not the raid told since.
    "claim_names_the_town_of_the_bombing": ("en",
        "Two suicide bombers struck Khenchela, Algeria, on Sunday, killing "
        "25 people. On Wednesday, soldiers raided a farmhouse near Tazoult. "
        "The militants inside opened fire, and two of them were killed. The "
        "ministry said the dead men belonged to al-Qaeda in the Islamic "
        "Maghreb, which took credit for the Khenchela attack on Tuesday."),
    # A day's bombings are one attack (not a habit), its bombers make it a
    # suicide bombing and "excluding the two attackers" adds them; the
    # attacks a group claimed over years claim nothing told here.
    "a_days_bombings_and_their_bombers": ("en",
        "The dead of Tuesday's bombings in Isiolo, Kenya, were still being "
        "counted on Wednesday. On Wednesday police put the toll at twenty "
        "people, excluding the two attackers. Investigators believe the two "
        "bombers arrived by car. On Tuesday night, gunmen shot dead a herder "
        "near Archers Post. Kenya has been hit by dozens of attacks claimed "
        "by al-Shabaab since 2011."),
    # The area the attack is compared within is not its place; an ambush
    # a bomber is compared with is no event.
    "deadliest_in_the_territory": ("fr",
        "Mardi, deux jeunes hommes se sont fait exploser à Mangina, en RDC. "
        "Vingt-cinq morts, dont les deux assaillants, et cinquante-quatre "
        "blessés : c'est l'attentat le plus meurtrier de l'année dans le "
        "territoire de Beni. Selon un chercheur, un kamikaze coûte moins "
        "cher qu'une embuscade."),
    # "among them two brothers" counts no bombers into a toll: the raid's
    # arrests in another town on another day are their own event.
    "arrests_among_them_two_brothers": ("en",
        "The suspected facilitator was detained in Garba Tula, Kenya, on "
        "Sunday. On Monday, police raided eleven houses in Isiolo and took "
        "seven people into custody, among them two brothers."),
    # One officer is of the security forces, as officers are: the sides'
    # dead add up.
    "one_officer_was_also_killed": ("en",
        "On Tuesday, security forces raided a hideout near Atfih, Egypt, "
        "killing 11 militants in a gun battle; one officer was also killed."),
    # The killing verb goes with the car bomb told just before it, not
    # with the attack the sentence opens on.
    "killing_verb_of_the_nearest_kind": ("fr",
        "Mardi, un attentat-suicide a frappé une mosquée de Deir ez-Zor, en "
        "Syrie. Cet attentat intervient moins de deux mois après celui qui a "
        "frappé le marché de Mayadine, le 18 janvier, où une voiture piégée "
        "garée près des étals avait tué quatorze civils."),
    # The raiders' arson is their attack's, no riot of its own.
    "insurgents_burned_houses": ("en",
        "Insurgents attacked the town of Macomia, Mozambique, on Tuesday "
        "night, killing 11 people. About 40 insurgents arrived on foot, "
        "burned 27 houses and a clinic and withdrew. Four people were "
        "wounded."),
    "ils_ont_tire_et_incendie": ("fr",
        "Mardi, des jihadistes ont attaqué le marché de Ménaka, au Mali. Ils "
        "ont tiré sur les commerçants et incendié des boutiques. On parle "
        "d'une vingtaine de morts."),
}

S = lexicon
EXPECTED = {
    "defusal_unharmed_not_the_bombing": [
        _m(S.IED, D(2024, 3, 8), DAY, "Kasese", "UG", 9),
        _m(S.DISRUPTED, D(2024, 3, 8), DAY, "Kasese", "UG", 0, 0)],
    "defused_without_victims": [
        _m(S.DISRUPTED, D(2024, 3, 10), DAY, "Kismayo", "SO", 0, 0)],
    "dead_so_far_not_counting_the_attackers": [
        _m(S.SUICIDE, D(2024, 3, 8), DAY, "Mbarara", "UG", 9)],
    "bombers_counted_out_of_the_toll": [
        _m(S.SUICIDE, D(2024, 3, 1), DAY, "Tillia", "NE", 17, 19,
           claimed_by=IS)],
    "claim_of_the_ambush_names_another_town": [
        _m(S.CLASH, D(2024, 3, 12), DAY, "Dori", "BF", 25,
           claimed_by="JNIM")],
    "nearer_town_of_two": [
        _m(S.IED, D(2014, 1, 1), YEAR, "Dera Bugti", "PK")],
    "bombers_counted_before_the_attack": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Djibo", "BF", 13)],
    "newest_entries_first": [
        _m(S.AIR, D(2024, 3, 14), DAY, "Tall 'Afar", "IQ", 4),
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Sinjar", "IQ", 17, 40)],
    "pointed_bombing_gives_no_day_or_town": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Mora", "CM", 12),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Kousséri", "CM", arrested=4)],
    "past_attack_toll_told_next": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Bosaso", "SO", 9),
        _m(S.CLASH, D(2020, 1, 1), YEAR, "Bosaso", "SO", 12)],
    "first_bomber_is_part_of_the_attack": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Koupéla", "BF", 12)],
    # The stopped bomber's own death is the attempt's toll.
    "stopped_bomber_is_disrupted": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Mora", "CM", 9),
        _m(S.DISRUPTED, D(2024, 3, 11), DAY, "Kolofata", "CM", 1)],
    "kamikaze_abattue": [
        _m(S.DISRUPTED, D(2024, 3, 12), DAY, "Kolofata", "CM", 1)],
    # Filed from the capital: the attempt told with no town is in the
    # bombed town; the bombers left out of the toll are added.
    "stopped_bomber_in_the_bombed_town": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Markala", "ML", 19),
        _m(S.DISRUPTED, D(2024, 3, 12), DAY, "Markala", "ML", 1)],
    "claimant_in_apposition": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Karak", "PK", 25,
           claimed_by="Jamaat-ul-Ahrar")],
    "day_dates_the_year_told_first": [
        _m(S.IED, D(2014, 8, 16), DAY, "Dera Bugti", "PK", 13)],
    "town_and_its_state": [
        _m(S.ATTACK, D(2024, 3, 9), DAY, "Fresnillo", "MX", 5)],
    "timeline_year_heading": [
        _m(S.IED, D(2024, 3, 11), DAY, "As Salamiyah", "SY", 9),
        _m(S.SUICIDE, D(2017, 3, 1), MONTH, "As Salamiyah", "SY", 4),
        _m(S.IED, D(2022, 1, 1), YEAR, "As Salamiyah", "SY", 3)],
    "twin_suicide_claim": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Quetta", "PK", 14, 31,
           claimed_by=TTP)],
    "destination_city": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Quetta", "PK", 19)],
    "arrests_after_attack": [
        _m(S.ATTACK, D(2024, 3, 11), DAY, "Peshawar", "PK", 6),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Peshawar", "PK", arrested=4)],
    "background_truck_bombing": [
        _m(S.IED, D(2024, 3, 12), DAY, "Mogadishu", "SO", 9),
        # No place of its own: the document's main country.
        _m(S.IED, D(2017, 1, 1), YEAR, "Somalia", "SO", 57)],
    "background_indefinite": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Quetta", "PK", 22),
        _m(S.IED, D(2019, 1, 1), YEAR, "Pakistan", "PK", 20)],
    "toll_after_broadcast_asides": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Quetta", "PK", 14, 40)],
    "toll_update_have_since_died": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Quetta", "PK", 12, 30)],
    "claim_goes_to_the_event_it_names": [
        _m(S.CLASH, D(2022, 1, 1), YEAR, "Bannu", "PK", 7),
        _m(S.SUICIDE, D(2024, 1, 1), MONTH, "Dera Ismail Khan", "PK", 10,
           claimed_by="Tehrik-i-Taliban Pakistan")],
    "claim_put_out": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Kunduz", "AF", 23,
           claimed_by="Islamic State")],
    "toll_update": [
        _m(S.IED, D(2024, 3, 9), DAY, "Kandahar", "AF", 11)],
    "toll_update_dated": [
        _m(S.IED, D(2024, 3, 9), DAY, "Kandahar", "AF", 11)],
    "wednesday": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "Bannu", "PK", 3)],
    "yesterday": [
        _m(S.AIR, D(2024, 3, 13), DAY, "Sanaa", "YE", injured=4)],
    "last_august": [
        _m(S.ABDUCTION, D(2023, 8, 1), MONTH, "Kaduna", "NG")],
    "four_years_ago": [
        _m(S.SUICIDE, D(2020, 1, 1), YEAR, "Kabul", "AF", 63)],
    "denial": [
        _m(S.ATTACK, D(2024, 3, 11), DAY, "Jalalabad", "AF", 3)],
    "denial_by_named_group": [
        _m(S.GRENADE, D(2024, 3, 10), DAY, "Baidoa", "SO", injured=8)],
    "speculation": [
        _m(S.IED, D(2024, 3, 8), DAY, "Maiduguri", "NG", 7)],
    "french_suicide": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Kabul", "AF", 12, 20,
           claimed_by=IS)],
    "french_yesterday_clash": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "Gao", "ML", 9)],
    "french_riot": [
        _m(S.RIOT, D(2024, 3, 10), DAY, "Port-au-Prince", "HT")],
    "spanish_car_bomb": [
        # "decenas de heridos": at least 12. An attribution is no claim.
        _m(S.IED, D(2024, 3, 11), DAY, "Cali", "CO", 3, 12)],
    "spanish_kidnapping": [
        _m(S.ABDUCTION, D(2024, 3, 10), DAY, "Culiacán", "MX")],
    "spanish_last_night_drones": [
        _m(S.AIR, D(2024, 3, 13), DAY, "Sanaa", "YE")],
    "non_event_numbers": [],
    "us_drone_strike": [
        _m(S.AIR, D(2024, 3, 14), DAY, "Kismayo", "SO", 3)],
    "protest_tear_gas": [
        _m(S.INTERVENTION, D(2024, 3, 12), DAY, "Nairobi", "KE")],
    "clash_sum": [
        _m(S.CLASH, D(2024, 3, 8), DAY, "Borno", "NG", 32)],
    "dateline_place": [
        # The dateline's March 12 is the filing date; Tuesday is the 12th.
        _m(S.IED, D(2024, 3, 12), DAY, "Mosul", "IQ", injured=6)],
    "defused": [
        _m(S.DISRUPTED, D(2024, 3, 11), DAY, "Quetta", "PK")],
    "threat_only": [],
    "habit": [],
    "shelling": [
        _m(S.SHELLING, D(2024, 3, 10), DAY, "Kharkiv", "UA", 4, 9)],
    "ceasefire": [
        _m(S.AGREEMENT, D(2024, 3, 11), DAY, "Havana", "CU")],
    "no_arrests_and_a_question": [
        _m(S.ATTACK, D(2024, 3, 12), DAY, "Bannu", "PK", 4)],
    "reason_for_arrest": [
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Nairobi", "KE", arrested=61)],
    "gathering_targeted": [
        _m(S.AIR, D(2024, 3, 12), DAY, "Goundam", "ML", 10)],
    "burning_in_an_ambush": [
        _m(S.CLASH, D(2024, 3, 10), DAY, "Téra", "NE", 12)],
    "lone_generic_word": [],
    "soldiers_and_militants_add_up": [
        _m(S.CLASH, D(2024, 3, 9), DAY, "Dikwa", "NG", 44)],
    "restated_toll_replaces": [
        _m(S.IED, D(2024, 3, 11), DAY, "Kabul", "AF", 17)],
    "summary_clauses": [
        _m(S.AIR, None, None, "Port Sudan", "SD"),
        _m(S.SHELLING, None, None, "El Fasher", "SD", 11),
        _m(S.CLASH, None, None, "Babanusah", "SD")],
    "since_monday": [
        _m(S.CLASH, D(2024, 3, 11), DAY, "Port-au-Prince", "HT", 15)],
    "third_day": [
        _m(S.CLASH, D(2024, 3, 11), DAY, "Goma", "CD", 40)],
    "this_happened": [
        _m(S.ABDUCTION, D(2024, 3, 12), DAY, "Zamfara", "NG")],
    "reported_date_only": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Quetta", "PK", arrested=4)],
    "live_blog_future_march": [
        _m(S.ARRESTS, D(2024, 3, 14), DAY, "Kano", "NG", arrested=54),
        _m(S.PEACEFUL, D(2024, 3, 14), DAY, "Lagos", "NG")],
    "separately": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Kohat", "PK", 15),
        _m(S.IED, D(2024, 3, 12), DAY, "Bannu", "PK", injured=3)],
    "cycling_report": [],
    "claim_and_rival_denial": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Diffa", "NE", 20,
           claimed_by="Islamic State West Africa Province")],
    "claimed_by_passive": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Diffa", "NE", 7,
           claimed_by="Islamic State West Africa Province")],
    "claimed_figure": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Diffa", "NE", 19, 44,
           claimed_by="Islamic State West Africa Province")],
    "anniversary": [
        _m(S.SUICIDE, D(2023, 3, 14), DAY, "Diffa", "NE", 27,
           claimed_by="Boko Haram")],
    "toll_updates_in_a_chain": [
        _m(S.SUICIDE, D(2024, 3, 14), DAY, "Marawi City", "PH", 10, 30)],
    "toll_after_a_march": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Hawija", "IQ", 21),
        _m(S.PEACEFUL, D(2024, 3, 14), DAY, "Iraq", "IQ"),
        _m(S.DISRUPTED, D(2024, 3, 13), DAY, "Iraq", "IQ")],
    "us_drone_strike_is_no_place": [
        _m(S.AIR, D(2023, 7, 2), DAY, "Ataq", "YE", 3)],
    "attackers_shot_dead": [
        _m(S.CLASH, D(2024, 3, 12), DAY, "Abyan", "YE", 7)],
    "film_review": [
        _m(S.IED, D(2019, 5, 2), DAY, "Kabul", "AF", 40)],
    "two_past_attacks_with_their_tolls": [
        _m(S.IED, D(2024, 3, 13), DAY, "Kismayo", "SO", 3),
        _m(S.IED, D(2022, 7, 1), MONTH, "Jawhar", "SO", 8),
        _m(S.SUICIDE, D(2022, 1, 1), YEAR, "Baidoa", "SO", 11)],
    "distant_toll": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Mardan", "PK", 14, 29),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Swabi", "PK", arrested=3),
        _m(S.PEACEFUL, D(2024, 3, 13), DAY, "Peshawar", "PK")],
    "book_review": [],
    "attacks_follow_a_bombing": [
        _m(S.IED, D(2023, 7, 1), MONTH, "Al Bab", "SY", 3)],
    "arrests_days_after_the_bombing": [
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Bosaso", "SO", arrested=14),
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Bosaso", "SO", 21)],
    "some_of_the_wounded": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Khanaqin", "IQ", 9, 12),
        _m(S.IED, D(2024, 3, 12), DAY, "Chattogram", "BD", 7)],
    "claimant_boasts": [
        _m(S.ATTACK, D(2024, 3, 8), DAY, "Gombi", "NG", 24,
           claimed_by="Boko Haram")],
    "pronoun_claims_en": [
        _m(S.SUICIDE, D(2020, 1, 1), YEAR, "Topi", "PK", 3,
           claimed_by="Jamaat-ul-Ahrar")],
    "pronoun_claims_fr": [
        _m(S.CLASH, D(2023, 1, 1), YEAR, None, None, 6, claimed_by="JNIM")],
    "toll_counts_the_bombers": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Bogo", "CM", 20,
           claimed_by="Islamic State West Africa Province")],
    "arrests_during_an_operation": [
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Mindif", "CM", arrested=11)],
    "no_country_named": [
        _m(S.ARRESTS, D(2024, 3, 8), DAY, "Yagoua", "CM", arrested=1),
        _m(S.ATTACK, D(2020, 1, 1), YEAR, "Mogodé", "CM", 6)],
    "claimant_figure_quoted": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Kharan", "PK", 24,
           claimed_by="Balochistan Liberation Army")],
    "the_claim_says": [
        _m(S.SUICIDE, D(2024, 3, 14), DAY, "Aibak", "AF", 21,
           claimed_by="Islamic State")],
    "timeline_box": [
        _m(S.IED, D(2017, 1, 1), YEAR, "Tump", "PK", 3),
        _m(S.GRENADE, D(2021, 11, 1), MONTH, "Barkhan", "PK", None, 9),
        _m(S.CLASH, D(2023, 8, 1), MONTH, "Duki", "PK", 6)],
    "toll_unchanged_and_raid": [
        _m(S.SUICIDE, D(2024, 3, 7), DAY, "Aibak", "AF", 22, 46),
        _m(S.CLASH, D(2024, 3, 12), DAY, "Hazrat Sultan", "AF", 4)],
    "blockade_dispersed_next": [
        _m(S.INTERVENTION, D(2024, 3, 13), DAY, "Bogo", "CM"),
        _m(S.SUICIDE, D(2021, 3, 1), MONTH, "Cameroon", "CM", 3)],
    "dispersed_peacefully": [
        _m(S.PEACEFUL, D(2024, 3, 13), DAY, "Bogo", "CM")],
    "week_since_and_claim": [
        _m(S.SUICIDE, D(2024, 3, 7), DAY, "Mokwa", "NG", 24,
           claimed_by="Islamic State West Africa Province")],
    "week_after_and_fire_opened": [
        _m(S.SUICIDE, D(2024, 3, 7), DAY, "Mandelia", "TD"),
        _m(S.CLASH, D(2024, 3, 12), DAY, "Mailao", "TD", 3, 2)],
    "raids_after_bombing": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Tikrit", "IQ", 23,
           claimed_by="Islamic State"),
        _m(S.CLASH, D(2024, 3, 13), DAY, "Ishaqi", "IQ", 4),
        _m(S.CLASH, D(2024, 3, 12), DAY, "Balad", "IQ")],
    "claim_allegiance_correction": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Kasindi", "CD", 19,
           claimed_by="Islamic State")],
    "lone_town_gives_country": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Basseknou", "MR", 17),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Adel Bagrou", "MR",
           arrested=3)],
    "claim_with_bombers_photos": [
        _m(S.SUICIDE, D(2024, 3, 8), DAY, "Basseknou", "MR",
           claimed_by="Islamic State"),
        _m(S.CLASH, D(2019, 1, 1), YEAR, "Oualata", "MR", 3)],
    "wire_note_before_dateline": [
        _m(S.IED, D(2024, 3, 13), DAY, "Trincomalee", "LK", 9),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Kinniya", "LK")],
    "arrest_noun_then_told": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Limoges", "FR"),
        _m(S.ARRESTS, D(2024, 3, 9), DAY, "Saint-Junien", "FR",
           arrested=1)],
    "claim_in_relative_clause": [
        _m(S.SUICIDE, D(2024, 3, 8), DAY, "Wau", "SS", 29,
           claimed_by="Islamic State"),
        _m(S.CLASH, D(2023, 1, 1), YEAR, "Tonj", "SS")],
    "weeks_after_the_bombing_of_a_day": [
        _m(S.SUICIDE, D(2024, 2, 10), DAY, "Port-Gentil", "GA", 17)],
    "court_day_after_the_bombing_named": [
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Ngozi", "BI", arrested=4),
        _m(S.SUICIDE, D(2024, 3, 2), DAY, "Gitega", "BI", 20,
           claimed_by="Islamic State")],
    "accused_over_the_bombing": [
        _m(S.SUICIDE, D(2024, 2, 13), DAY, "Wau", "SS", 29,
           claimed_by="Islamic State")],
    "two_arrests_a_day_apart": [
        _m(S.ARRESTS, D(2024, 3, 4), DAY, "Kuacjok", "SS", arrested=3),
        _m(S.ARRESTS, D(2024, 3, 5), DAY, "Aweil", "SS")],
    "ten_days_after_with_bombers_counted": [
        _m(S.SUICIDE, D(2024, 3, 4), DAY, "Ganja", "AZ", 21),
        _m(S.PEACEFUL, D(2024, 3, 12), DAY, "Ganja", "AZ")],
    "toll_from_the_attack_elsewhere": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Lankaran", "AZ", 19, 40)],
    "second_bomber_in_apposition": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Dera Bugti", "PK", 9)],
    "abducted_then_freed": [
        _m(S.ABDUCTION, D(2023, 8, 1), MONTH, "Kohat", "PK")],
    "first_bomber_at_the_vigil": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Namur", "BE", 11)],
    "timeline_headings_of_a_territory": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Koné", "NC", 9),
        _m(S.RIOT, D(2021, 6, 1), MONTH, "Thio", "NC"),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Bourail", "NC", arrested=2),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Dumbéa", "NC")],
    "fact_check_faux": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Mongomo", "GQ", 12),
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Mbini", "GQ", arrested=3)],
    "two_men_detained_the_day_before": [
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Mahébourg", "MU"),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Mahébourg", "MU", arrested=2)],
    "raided_to_arrest": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Kaya", "BF"),
        _m(S.CLASH, D(2024, 3, 11), DAY, "Tikaré", "BF", 1)],
    "crowd_walked_from": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Lobatse", "BW", 12),
        _m(S.PEACEFUL, D(2024, 3, 13), DAY, "Lobatse", "BW")],
    "marcher_la_veille": [
        _m(S.PEACEFUL, D(2024, 3, 13), DAY, "Francistown", "BW"),
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Francistown", "BW", 9)],
    "town_spelled_with_accent": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Païta", "NC", arrested=2)],
    "week_after_then_its_day": [
        _m(S.SUICIDE, D(2024, 3, 6), DAY, "Fomboni", "KM", 15)],
    "artisanal_device_defused": [
        _m(S.DISRUPTED, D(2024, 3, 12), DAY, "Fomboni", "KM")],
    "device_had_been_defused": [
        _m(S.DISRUPTED, D(2023, 6, 1), MONTH, "Farafenni", "GM")],
    "front_page_figure_corrected": [
        _m(S.SUICIDE, D(2024, 3, 8), DAY, "Brikama", "GM", 18)],
    "death_day_between_commas": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Brikama", "GM", 19, 43)],
    "died_then_toll_of_the_bombing": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Polomolok", "PH", 25)],
    "held_in_known_town": [
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Mayama", "CG", arrested=2)],
    "embassy_of_a_country": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Gabú", "GW", 16)],
    "town_after_countries_listed": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Battambang", "KH", 14),
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Pailin", "KH", arrested=2)],
    "island_that_lives_from_tourism": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Castries", "LC", 7)],
    "claimed_the_attacks_plural": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Phuntsholing", "BT", 16,
           claimed_by="ULFA-I")],
    "group_that_claimed_this_crime": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Phuntsholing", "BT", 16,
           claimed_by="ULFA-I")],
    "claimed_the_dated_attacks": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Lae", "PG", 16,
           claimed_by="Jamaah Ansharut Daulah")],
    "possessive_claim": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Linden", "GY", 17,
           claimed_by="Islamic State")],
    "claimed_through_its_branch": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Rundu", "NA", 18,
           claimed_by="Islamic State")],
    "revendique_par_sa_province": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Rundu", "NA",
           claimed_by="Islamic State")],
    "arrests_summed_then_told": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Lae", "PG", arrested=2)],
    "since_the_bombings": [
        _m(S.IED, D(2024, 3, 9), DAY, "Lautoka", "FJ", injured=34)],
    "claimed_on_a_day_by": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Lautoka", "FJ", 13,
           claimed_by="Islamic State")],
    "title_line_date": [
        _m(S.IED, D(2024, 3, 12), DAY, "Lautoka", "FJ", 13, 52)],
    "toll_counted_weeks_later": [
        _m(S.SUICIDE, D(2024, 2, 20), DAY, "Francistown", "BW", 17, 58)],
    "toll_after_a_later_death": [
        _m(S.SUICIDE, D(2024, 2, 20), DAY, "Francistown", "BW", 17, 58)],
    "figures_as_of_a_day": [
        _m(S.SUICIDE, D(2024, 2, 18), DAY, "Francistown", "BW", 17)],
    "title_line_town": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Ruse", "BG", 13)],
    "claimed_by_then_day": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Balti", "MD", 16,
           claimed_by="Islamic State")],
    "title_town_before_an_arrest_abroad": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Balti", "MD", 16),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Iasi", "RO")],
    "arrested_the_day_after_the_bombing": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Balti", "MD", 16),
        _m(S.CLASH, D(2024, 3, 11), DAY, "Cahul", "MD"),
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Ungheni", "MD", arrested=2)],
    "day_in_a_clause_on_it": [
        _m(S.SUICIDE, D(2024, 2, 1), DAY, "Gyumri", "AM", 22),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Spitak", "AM"),
        _m(S.ARRESTS, D(2024, 2, 1), DAY, "Vanadzor", "AM", arrested=3)],
    "arrested_the_day_after_bombings_told_next": [
        _m(S.ARRESTS, D(2024, 3, 3), DAY, "Larnaca", "CY"),
        _m(S.PEACEFUL, D(2024, 3, 10), DAY, "Nicosia", "CY"),
        _m(S.SUICIDE, D(2024, 3, 2), DAY, "Paphos", "CY", 9)],
    "march_still_to_come": [],
    "gazette_day_of_month": [
        _m(S.SUICIDE, D(2024, 2, 27), DAY, "Kuala Belait", "BN", 13),
        _m(S.ARRESTS, D(2024, 2, 27), DAY, "Seria", "BN", arrested=2)],
    "arrested_day_after_then_remanded_in_custody": [
        _m(S.IED, D(2024, 3, 4), DAY, "Orange Walk", "BZ", 9),
        _m(S.ARRESTS, D(2024, 3, 5), DAY, "Belize City", "BZ", arrested=2)],
    "claimants_victims_in_their_words": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Niksic", "ME", 12)],
    "mecreants_du_communique": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Kuala Belait", "BN", 13)],
    "killing_themselves_and_others": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Orange Walk", "BZ", 8)],
    "killing_himself_and_others": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Tartu", "EE", 13)],
    "marching_dispersed_in_the_march_town": [
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Dar es Salaam", "TZ"),
        _m(S.PEACEFUL, D(2024, 3, 10), DAY, "Mamoudzou", "YT"),
        _m(S.INTERVENTION, D(2024, 3, 12), DAY, "Mamoudzou", "YT")],
    "quatre_jours_plus_tard": [
        _m(S.PEACEFUL, D(2024, 3, 3), DAY, "Tartu", "EE"),
        _m(S.INTERVENTION, D(2024, 3, 7), DAY, "Tartu", "EE")],
    "claimed_the_dated_attack_on_a_day": [
        _m(S.INTERVENTION, D(2024, 3, 13), DAY, "Brasov", "RO"),
        _m(S.SUICIDE, D(2024, 3, 6), DAY, "Brasov", "RO", 14,
           claimed_by="Islamic State")],
    "fiche_day_slash_month": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Capesterre-Belle-Eau", "GP",
           arrested=2),
        _m(S.IED, D(2019, 1, 1), YEAR, "Le Moule", "GP", None, 2)],
    "regatta_bulletin": [],
    "le_mot_emeute": [],
    "today_marks_six_months_since": [
        _m(S.SUICIDE, D(2023, 9, 14), DAY, "Kuala Belait", "BN", 14)],
    "boarding_destination": [
        _m("Suicide bomb", D(2024, 3, 12), DAY, "Akureyri", "IS", killed=11),
        _m("Arrests", D(2024, 3, 13), DAY, "Seydisfjordur", "IS",
           arrested=2),
    ],
    "gate_number": [
        _m("Suicide bomb", D(2024, 3, 12), DAY, "Larnaca", "CY", killed=9),
        _m("Arrests", D(2024, 3, 13), DAY, "Larnaca", "CY"),
    ],
    "claimed_weekdays_attack": [
        _m("Suicide bomb", D(2024, 3, 10), DAY, "Salto", "UY", killed=12,
           injured=38, claimed_by=IS),
    ],
    "toll_then_the_day_a_wounded_died": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Galway", "IE", 13)],
    "uk_nation_after_a_town": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Galway", "IE", 10),
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Holyhead", "GB")],
    "group_from_another_country": [
        _m(S.SUICIDE, D(2024, 3, 8), DAY, "Saint George's", "GD", 10,
           claimed_by="Jamaat al Muslimeen")],
    "march_to_be_organised": [],
    "march_then_protest_broken_up": [
        _m("Peaceful protest", D(2024, 3, 11), DAY, "Kurunegala", "LK"),
        _m("Protest with intervention", D(2024, 3, 12), DAY, "Kurunegala",
           "LK", injured=9),
    ],
    "locality_beside_another_event": [
        _m("Attack", D(2024, 3, 1), DAY, "Khagrachhari", "BD"),
        _m("Arrests", D(2024, 3, 2), DAY, "Dighinala", "BD", arrested=2),
        _m("Arrests", D(2024, 3, 4), DAY, "Agartala", "IN"),
    ],
    "dateline_town_also_a_surname": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Lafayette", "US", 14,
           claimed_by="Islamic State"),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Houston", "US")],
    "paragraph_heading_town": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Bongor", "TD", 14),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Guidiguis", "CM")],
    "letter_place_and_date": [
        _m(S.ATTACK, D(2024, 3, 13), DAY, "Greater Sudbury", "CA", 10),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "North Bay", "CA", arrested=2)],
    "held_then_released": [
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Maradi", "NE")],
    "avoid_gatherings": [
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Maradi", "NE", arrested=2)],
    "march_announced_for_later": [],
    "never_arrested_fr": [],
    "never_arrested_en": [
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Quetta", "PK", arrested=2)],
    "never_arrested_es": [],
    "women_bombers_counted": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Ngala", "NG", 24, 57)],
    "arrested_with_vests": [
        _m(S.ARRESTS, D(2024, 3, 9), DAY, "Kano", "NG", arrested=2)],
    "arrested_on_the_evening_of_the_bombing": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Takaba", "KE", 14),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Wajir", "KE", arrested=2)],
    "pointed_bombing_placed_by_its_clause": [
        _m(S.ARRESTS, D(2024, 3, 9), DAY, "Uzgen", "KG", arrested=4),
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Osh", "KG", 20)],
    "court_town_is_no_arrest_place": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Takaba", "KE", 14),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Takaba", "KE", arrested=2)],
    "village_and_its_county": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Griftu", "KE", arrested=2)],
    "court_suspects_came_before": [
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Hoshab", "PK", arrested=2)],
    "court_town_and_its_country": [
        _m(S.ARRESTS, D(2023, 6, 2), DAY, "Mulhouse", "FR")],
    "day_of_the_arrested_mans_act": [
        _m(S.ARRESTS, D(2024, 3, 8), DAY, "Tubod", "PH")],
    "toll_since_a_death": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Brikama", "GM", 13, 52)],
    "dateline_town_of_its_country": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Metoro", "MZ", 9)],
    "ste_abbreviated": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Ste. Anne", "CA")],
    "police_of_a_country": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Saarbrücken", "DE", 15),
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Forbach", "FR")],
    "numbered_town_heading": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Cabinda", "AO", 15),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Moanda", "CD")],
    "wounded_then_died_after_it": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Brikama", "GM")],
    "group_named_after_a_region": [
        _m(S.SUICIDE, D(2024, 3, 14), DAY, None, None, 16,
           claimed_by="Kurdistan Freedom Falcons")],
    "concert_review": [],
    "days_after_told_now": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Ouangolodougou", "CI", 21),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Ouangolodougou", "CI",
           arrested=9)],
    "smuggler_and_hospital": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Bordj Badji Mokhtar", "DZ", 17),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "In Guezzam", "DZ")],
    "claim_after_raid": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Khanaqin", "IQ", 24,
           claimed_by="Islamic State"),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Khanaqin", "IQ", arrested=9),
        _m(S.CLASH, D(2024, 3, 13), DAY, "Naft Khana", "IQ", 1)],
    "claim_over_blame": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Karak", "PK", 26,
           claimed_by="Jamaat-ul-Ahrar")],
    "lebanon_dateline_town": [
        _m(S.SUICIDE, D(2024, 3, 14), DAY, "Bar Elias", "LB", 9),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Lebanon", "LB", arrested=2)],
    "weeks_after_then_day": [
        _m(S.SUICIDE, D(2024, 2, 20), DAY, "Nikshahr", "IR", 17, 40)],
    "timeline_present_claims": [
        _m(S.IED, D(2018, 3, 1), MONTH, "Birecik", "TR", 2),
        _m(S.CLASH, D(2019, 8, 1), MONTH, "Bozova", "TR", 3,
           claimed_by="PKK")],
    "claim_after_semicolon": [
        _m(S.SUICIDE, D(2019, 3, 1), MONTH, "Pasni", "PK", 6,
           claimed_by="Balochistan Liberation Army")],
    "smuggler_of_bombers": [
        _m(S.ARRESTS, D(2024, 3, 8), DAY, "Akçakale", "TR")],
    "group_says_attack_killed": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Saravan", "IR", 12,
           claimed_by="Jaish al-Adl")],
    "group_quotes_its_fighters": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Suruç", "TR", 9,
           claimed_by="Islamic State")],
    "spokesman_claims_count": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Dapaong", "TG", 19,
           claimed_by="JNIM")],
    "they_say_they_killed": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Tadjoura", "DJ", 11,
           claimed_by="al-Shabaab")],
    "statement_said_count": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Bida", "NG", 17,
           claimed_by="Islamic State West Africa Province")],
    "claimed_by_killed": [
        _m(S.SUICIDE, D(2019, 1, 1), YEAR, "Borama", "SO", 6,
           claimed_by="al-Shabaab")],
    "claim_then_it_says": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Cotabato", "PH", 18,
           claimed_by="Islamic State")],
    "and_before_own_date": [
        _m(S.IED, D(2017, 1, 1), YEAR, "Kidapawan", "PH", None, 9),
        _m(S.ABDUCTION, D(2023, 6, 1), MONTH, "Marawi City", "PH")],
    "shootings_for_decades": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Pattani", "TH", 8),
        _m(S.CLASH, D(2021, 1, 1), YEAR, "Sai Buri", "TH", 2)],
    "distant_toll_later_day": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Narathiwat", "TH", 15, 40,
           claimed_by="Islamic State")],
    "days_after_from_day_told": [
        _m(S.SUICIDE, D(2024, 3, 4), DAY, "Narathiwat", "TH")],
    "au_nombre_de": [
        _m(S.SUICIDE, D(2024, 3, 2), DAY, "Dipolog", "PH", 22, 74)],
    "rival_denies_after_et": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Dipolog", "PH",
           claimed_by="Islamic State")],
    "groups_own_claim_of": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Namur", "BE", 15,
           claimed_by="Islamic State")],
    "figure_put_forward_by_group": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Sfax", "TN", 19,
           claimed_by="Islamic State")],
    "toll_excludes_the_two_attackers": [
        _m(S.SUICIDE, D(2024, 3, 8), DAY, "Trincomalee", "LK", 11, 40)],
    "excluding_the_attackers_of_a_twin_bombing": [
        _m(S.SUICIDE, D(2024, 3, 8), DAY, "Trincomalee", "LK", 17, 52)],
    "detenidos_por_su_relacion_con": [
        _m(S.ARRESTS, D(2024, 3, 8), DAY, "Melilla", "ES", arrested=3),
        _m(S.SUICIDE, D(2024, 3, 6), DAY, "Melilla", "ES", 16)],
    "funeral_march_dispersed": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Nzérékoré", "GN", 20),
        _m(S.INTERVENTION, D(2024, 3, 13), DAY, "Nzérékoré", "GN",
           injured=10)],
    "the_bombers_lives": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Batman", "TR", 25)],
    "gatherings_aimed_at_or_banned": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Mtwara", "TZ", 21)],
    "live_blog_am_pm": [
        _m(S.SUICIDE, D(2024, 3, 14), DAY, "Polomolok", "PH", 21, 50)],
    "in_other_news_then_two_blasts": [
        _m(S.IED, D(2024, 3, 13), DAY, "Al Fallujah", "IQ", 19, 34),
        _m(S.IED, D(2024, 3, 13), DAY, "Heet", "IQ", 1, 2)],
    "actualisation_after_dateline": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Kédougou", "SN", 21),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Saraya", "SN", arrested=3)],
    "toll_with_its_bombers_after_a_march": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Kédougou", "SN", 22, 67),
        _m(S.INTERVENTION, D(2024, 3, 13), DAY, "Kédougou", "SN",
           injured=4)],
    "court_remand": [
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Meknes", "MA", arrested=3)],
    "toll_after_a_death_in_hospital": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Harar", "ET", 20, 70)],
    "suspects_in_the_bombing": [
        _m(S.SUICIDE, D(2024, 3, 5), DAY, "Rangpur", "BD", 20, 84,
           claimed_by="Islamic State"),
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Rangpur", "BD")],
    "device_placed_then_defused": [
        _m(S.DISRUPTED, D(2024, 3, 10), DAY, "Mopti", "ML")],
    "held_under_a_law_of_2020": [
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Mao", "TD")],
    "killing_labelled_an_attack": [
        _m(S.ATTACK, D(2019, 11, 1), MONTH, "Mouyondzi", "CG", 3)],
    "still_held_elsewhere": [
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Boko", "CG", arrested=2)],
    "three_part_town_name": [
        _m(S.DISRUPTED, D(2018, 6, 1), MONTH, "Goma-Tsé-Tsé", "CG")],
    "fact_check_claims": [
        _m(S.SUICIDE, D(2024, 3, 14), DAY, "Mafraq", "JO", 23)],
    "gas_cylinder_accident": [],
    "one_of_the_bombers_driven": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Tahoua", "NE")],
    "concert_review": [],
    "ni_heridos_ni_detenidos": [
        _m(S.PEACEFUL, D(2024, 3, 9), DAY, "Popayán", "CO")],
    "bombers_came_from_abroad": [
        _m(S.SUICIDE, D(2024, 3, 8), DAY, "Chitral", "PK")],
    "game_review": [],
    "past_claims": [
        _m(S.SUICIDE, D(2020, 1, 1), MONTH, "Ubari", "LY", 4,
           claimed_by="Islamic State"),
        _m(S.SUICIDE, D(2019, 3, 1), MONTH, "'Ali al Gharbi", "IQ", 6,
           claimed_by="Islamic State")],
    "took_responsibility": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Al Khums", "LY", 21,
           claimed_by="Islamic State")],
    "scene_set_the_sentence_before": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Al-Kut", "IQ", 28),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Al Hayy", "IQ", arrested=7)],
    "march_turned_violent": [
        _m(S.RIOT, D(2024, 3, 13), DAY, "Al-Kut", "IQ", injured=6)],
    "seizure_after_arrests": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Al Hayy", "IQ", arrested=7),
        _m(S.DISRUPTED, D(2024, 3, 13), DAY, "Badrah", "IQ")],
    "bombers_named_after_background": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Mango", "TG", 24),
        _m(S.IED, D(2021, 1, 1), YEAR, "Dapaong", "TG", 4),
        _m(S.ATTACK, D(2023, 8, 1), MONTH, "Koundjoaré", "TG", 7),
        _m(S.AIR, D(2024, 1, 1), MONTH, "Bogou", "TG")],
    "bombers_as_agent": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Mango", "TG", 24)],
    "attack_named_again": [
        _m(S.SUICIDE, D(2024, 3, 1), DAY, "Al-Kut", "IQ", 29,
           claimed_by="Islamic State"),
        _m(S.CLASH, D(2020, 1, 1), YEAR, "Badrah", "IQ", 5)],
    "bombers_of_a_told_attack": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Karak", "PK", 26),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Kohat", "PK"),
        _m(S.IED, D(2024, 3, 13), DAY, "Lachi", "PK", 1)],
    "bombers_who_struck": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Gourcy", "BF"),
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Ouahigouya", "BF", 24)],
    "tally_of_bombers": [
        _m(S.AIR, D(2024, 3, 13), DAY, "Baga", "NG", 40)],
    "tactic_described": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Diffa", "NE", 20)],
    "dateline_abroad": [
        _m(S.AIR, D(2024, 3, 13), DAY, "Abyan", "YE", 1, 3)],
    "pluperfect_goes_on_with_the_past": [
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Mardan", "PK", arrested=7),
        _m(S.CLASH, D(2022, 1, 1), MONTH, "Swabi", "PK", 5)],
    "days_after_the_bombing": [
        _m(S.SUICIDE, D(2024, 3, 1), DAY, "Massakory", "TD")],
    "days_after_the_attack_the_arrests": [
        _m(S.ARRESTS, None, None, "Kabul", "AF", arrested=5)],
    "others_arrested_in_another_town": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Biu", "NG", arrested=6),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Damboa", "NG", arrested=3)],
    "announced_arrests_then_told": [
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Cotabato", "PH", arrested=3),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Kidapawan", "PH", arrested=2)],
    "claim_after_a_harmless_strike": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Zahlé", "LB", 14, claimed_by=IS),
        _m(S.SHELLING, D(2024, 3, 13), DAY, "Baalbek", "LB", 0, 0)],
    "who_opened_fire_is_asked": [],
    "each_time_is_a_habit": [],
    "transcript_background_claim": [
        _m(S.SUICIDE, D(2021, 1, 1), YEAR, "Djibo", "BF", 6,
           claimed_by="Islamic State"),
        _m(S.CLASH, D(2021, 1, 1), YEAR, "Dori", "BF", 71),
        _m(S.AIR, D(2024, 3, 13), DAY, "Djibo", "BF")],
    "more_than_sixty_detained": [
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Maiduguri", "NG", arrested=60)],
    "village_is_no_big_city_abroad": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "Thana", "PK", 1)],
    "undated_event_takes_todays_toll": [
        _m(S.ATTACK, None, None, "Bunia", "CD", 23)],
    "group_says_its_fighters_ambushed": [
        _m(S.CLASH, D(2024, 3, 12), DAY, "Monywa", "MM", 4,
           claimed_by="People's Defence Force")],
    "weeks_after_the_bombing": [
        _m(S.IED, D(2024, 2, 1), MONTH, "Al Fallujah", "IQ")],
    "dateline_small_town": [
        _m(S.ABDUCTION, D(2024, 3, 9), DAY, "Nkambe", "CM"),
        _m(S.IED, D(2024, 3, 11), DAY, "Nkambe", "CM", 3)],
    "claim_statement_goes_on": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Al Fallujah", "IQ", 25, 41,
           claimed_by=IS)],
    "army_statement_after_a_claim": [
        _m(S.CLASH, D(2024, 3, 12), DAY, "Mopti", "ML", 24,
           claimed_by="JNIM")],
    "also_claimed_another_attack": [
        _m(S.SUICIDE, D(2024, 3, 11), DAY, "Garoowe", "SO", 19,
           claimed_by="al-Shabaab"),
        _m(S.CLASH, D(2024, 3, 12), DAY, "Gaalkacyo", "SO", 16,
           claimed_by="al-Shabaab")],
    "rival_denial_before_the_claim": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Diffa", "NE", 14,
           claimed_by="Islamic State West Africa Province")],
    "bombers_die_in_a_later_sentence": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Maiduguri", "NG", 14, 30)],
    "kamikazes_morts_a_part": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Maiduguri", "NG", 14, 30)],
    "zero_toll_beside_another_clause": [
        _m(S.AIR, D(2024, 3, 13), DAY, "Hays", "YE", 0, 0)],
    "history_book_review": [],
    "the_group_claimed": [
        _m(S.CLASH, D(2024, 3, 10), DAY, "Quissanga", "MZ", 4,
           claimed_by=IS)],
    "neither_has_claimed": [
        _m(S.IED, D(2024, 3, 12), DAY, "Mozogo", "CM", 3)],
    "roundup_items": [
        _m(S.AIR, D(2024, 3, 11), DAY, "Mindat", "MM", 24),
        _m(S.CLASH, D(2024, 3, 10), DAY, "Quissanga", "MZ", 4),
        _m(S.ATTACK, D(2024, 3, 11), DAY, "Vijus", "PE", 8)],
    "toll_update_skips_later_event": [
        _m(S.ATTACK, D(2024, 3, 13), DAY, "Celaya", "MX", 11),
        _m(S.GRENADE, D(2024, 3, 13), DAY, "Salamanca", "MX", None, 2)],
    "tallies_of_a_period": [
        _m(S.ATTACK, D(2023, 10, 1), MONTH, "Richa", "NG", 8)],
    "tally_is_no_event": [],
    "spared_since_when": [
        _m(S.IED, D(2024, 3, 13), DAY, "Tafas", "SY", 7),
        _m(S.IED, D(2019, 1, 1), YEAR, "Syria", "SY", 11)],
    "toll_update_day_and_possessive_day": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Jalalabad", "AF", 23, 41,
           claimed_by=IS)],
    "deadliest_since_when": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Marawi City", "PH", 13),
        _m(S.IED, D(2024, 1, 14), DAY, "Iligan", "PH", 5)],
    "another_day_another_village": [
        _m(S.SUICIDE, D(2024, 3, 13), DAY, "Nguigmi", "NE", 11),
        _m(S.CLASH, D(2024, 3, 12), DAY, "Chétimari", "NE", 9)],
    "past_toll_in_next_sentence": [
        _m(S.SUICIDE, D(2024, 1, 20), DAY, "Ouahigouya", "BF", 24),
        _m(S.ABDUCTION, D(2023, 8, 1), MONTH, "Titao", "BF")],
    "village_not_in_gazetteer": [
        _m(S.IED, D(2024, 3, 12), DAY, "Lafoole", "SO", 7)],
    "village_in_french": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "Fataki", "CD", 9)],
    # "fueron asesinadas" is the bombing's toll, not a second event.
    "participle_tells_the_toll": [
        _m(S.IED, D(2024, 3, 13), DAY, "Cúcuta", "CO", 7, 12)],
    # No sentence names Peru; the dateline's Trujillo does (not Ecuador's
    # La Libertad).
    "dateline_country_places_a_region": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "La Libertad", "PE", 7)],
    "prosecutors_office_is_no_place": [
        _m(S.ATTACK, D(2024, 3, 13), DAY, "Celaya", "MX", 14)],
    # Another day, another town: two events, though a day apart.
    "next_day_next_town": [
        _m(S.CLASH, D(2024, 3, 12), DAY, "Bara", "PK", 4, claimed_by=TTP),
        _m(S.IED, D(2024, 3, 13), DAY, "Mardan", "PK", 2)],
    # "l'armée" before "a tué" makes no anaphor: the strike is new.
    "past_strike_after_past_raid": [
        _m(S.CLASH, D(2023, 11, 2), DAY, "Tillabéri", "NE", 40),
        _m(S.AIR, D(2023, 1, 1), YEAR, "Makalondi", "NE", 20)],
    # The market's toll goes back to the shelling, not to the side story;
    # Tawila is where the drone hit, not El Fasher it is measured from.
    "aside_in_a_live_blog": [
        _m(S.SHELLING, D(2024, 3, 14), DAY, "El Fasher", "SD", 16, 38),
        _m(S.AIR, D(2024, 3, 14), DAY, "Tawila", "SD", 3),
        _m(S.AIR, D(2024, 3, 14), DAY, "Mellit", "SD")],
    # "claimed the ambush on Monday": Monday is the claim's day, and the
    # ambush it names is Saturday's.
    "claim_dated_days_later": [
        _m(S.CLASH, D(2024, 3, 9), DAY, "Pemba", "MZ", 5, claimed_by=IS)],
    # Soldiers and insurgents add up, "Mozambican" between the number and
    # its noun.
    "soldiers_past_an_adjective": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "Pemba", "MZ", 32)],
    # The first toll of a newest-first blog is the latest: 23, not 17.
    "newest_first_live_blog": [
        _m(S.IED, D(2024, 3, 14), DAY, "Herat", "AF", 23, 41)],
    # What the claimant says it killed is its figure, not the toll.
    "claimant_says_it_killed": [
        _m(S.IED, D(2024, 3, 13), DAY, "Garissa", "KE", 5,
           claimed_by="al-Shabaab")],
    # "Sana" is the correspondent, not Sanaa: the background bombing is
    # placed in Pakistan, the story's country.
    "toll_with_its_bombers_is_the_bombing": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Mardan", "PK", 21),
        _m(S.CLASH, D(2024, 3, 13), DAY, "Banda Daud Shah", "PK", 2, 1)],
    "resumed_arrests_after_a_pointed_bombing": [
        _m(S.SUICIDE, D(2024, 3, 9), DAY, "Bol", "TD", 14),
        _m(S.ARRESTS, D(2024, 3, 12), DAY, "Bol", "TD", arrested=15),
        _m(S.ARRESTS, D(2024, 3, 13), DAY, "Baga Sola", "TD")],
    "claimant_figure_after_a_said_claim": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Deir ez-Zor", "SY", 30, 57,
           claimed_by=IS)],
    "bombers_after_the_toll_and_an_abduction": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Ngouri", "TD", 24),
        _m(S.ABDUCTION, D(2024, 3, 11), DAY, "Litri", "TD")],
    "same_month_as_the_last_event": [
        _m(S.AIR, D(2022, 11, 1), MONTH, "Siribala Coro", "ML", 12),
        _m(S.ABDUCTION, D(2022, 11, 1), MONTH, "Mali", "ML")],
    "presenter_name_is_no_place": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "Balochistan", "PK", 30),
        _m(S.IED, D(2021, 1, 1), YEAR, "Pakistan", "PK", 7)],
    "raid_then_the_men_inside_opened_fire": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "Khanaqin", "IQ", 1, 2)],
    "raid_then_a_gun_duel": [
        _m(S.CLASH, D(2024, 3, 12), DAY, "Gashua", "NG", 2)],
    "encercle_une_case": [
        _m(S.CLASH, D(2024, 3, 13), DAY, "Bol", "TD", 3, 1)],
    "claimant_text_figure_after_a_bracketed_dateline": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Khenchela", "DZ", 24,
           claimed_by="al-Qaeda in the Islamic Maghreb")],
    "it_claimed_that_more_had_died": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Bani Suwayf", "EG", 23,
           claimed_by=IS)],
    "claim_names_the_town_of_the_bombing": [
        _m(S.SUICIDE, D(2024, 3, 10), DAY, "Khenchela", "DZ", 25,
           claimed_by="al-Qaeda in the Islamic Maghreb"),
        _m(S.CLASH, D(2024, 3, 13), DAY, "Tazoult-Lambese", "DZ", 2)],
    "a_days_bombings_and_their_bombers": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Isiolo", "KE", 22),
        _m(S.ATTACK, D(2024, 3, 12), DAY, "Archers Post", "KE", 1)],
    "deadliest_in_the_territory": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Mangina", "CD", 25, 54)],
    "arrests_among_them_two_brothers": [
        _m(S.ARRESTS, D(2024, 3, 10), DAY, "Garba Tula", "KE"),
        _m(S.ARRESTS, D(2024, 3, 11), DAY, "Isiolo", "KE", arrested=7)],
    "one_officer_was_also_killed": [
        _m(S.CLASH, D(2024, 3, 12), DAY, "Atfih", "EG", 12)],
    "killing_verb_of_the_nearest_kind": [
        _m(S.SUICIDE, D(2024, 3, 12), DAY, "Deir ez-Zor", "SY"),
        _m(S.IED, D(2024, 1, 18), DAY, "Al Mayadin", "SY", 14)],
    "insurgents_burned_houses": [
        _m(S.ATTACK, D(2024, 3, 12), DAY, "Macomia", "MZ", 11, 4)],
    "ils_ont_tire_et_incendie": [
        _m(S.ATTACK, D(2024, 3, 12), DAY, "Ménaka", "ML", 20)],
}

XFAIL = {
    "background_indefinite":
        "'since a 2019 market bombing' loses the background event: the year "
        "is read as a 'since' date, not the bombing's own, so the bombing "
        "merges into the current attack and its 20 killed vanish",
}


def _params():
  return [pytest.param(name, id=name, marks=(
      [pytest.mark.xfail(strict=True, reason=XFAIL[name])]
      if name in XFAIL else [])) for name in ARTICLES]


def _tag(gazetteer, name, published=PUB):
  language, text = ARTICLES[name]
  return text, tag_text(text, language, published, gazetteer)


def test_every_article_has_an_expectation():
  assert sorted(EXPECTED) == sorted(ARTICLES)


@pytest.mark.parametrize("name", _params())
def test_tag_text(gazetteer, name):
  _, mentions = _tag(gazetteer, name)
  assert [_outcome(m) for m in mentions] == EXPECTED[name]


@pytest.mark.parametrize("name", list(ARTICLES), ids=list(ARTICLES))
def test_trigger_inside_its_sentence(gazetteer, name):
  text, mentions = _tag(gazetteer, name)
  for mention in mentions:
    trigger = text[mention.trigger_start:mention.trigger_end]
    sentence = text[mention.sentence_start:mention.sentence_end]
    assert trigger.strip()
    assert (mention.sentence_start <= mention.trigger_start
            < mention.trigger_end <= mention.sentence_end)
    assert trigger in sentence
    assert mention.event_type == lexicon.EVENT_TYPE_OF[mention.sub_event_type]
    assert 0.0 < mention.confidence < 1.0


def test_an_emails_subject_names_the_event_its_body_tells(gazetteer):
  text = ("De : école de langues Pamir-Lingua, Douchanbé\n"
          "Objet : attentat de Khorog - cours maintenus\n\n"
          "Chers étudiants, hier matin, deux kamikazes se sont fait exploser "
          "au bazar central de Khorog, au Tadjikistan.")
  [event] = tag_text(text, "fr", PUB, gazetteer)
  assert text[event.trigger_start:event.trigger_end] == "kamikazes"


def test_capitals_read_like_lower_case(gazetteer):
  _, lower = _tag(gazetteer, "third_day")
  language, text = ARTICLES["third_day"]
  upper = tag_text(text.upper(), language, PUB, gazetteer)
  assert [(m.sub_event_type, m.event_date) for m in upper] == [
      (m.sub_event_type, m.event_date) for m in lower]


def test_background_mentions(gazetteer):
  _, mentions = _tag(gazetteer, "background_truck_bombing")
  assert [m.background for m in mentions] == [False, True]
  _, (old,) = _tag(gazetteer, "last_august")
  assert old.background
  _, (old,) = _tag(gazetteer, "four_years_ago")
  assert old.background


@pytest.mark.xfail(strict=True, reason=(
    "the background mention's trigger is 'attack' from 'the worst attack' "
    "(which names today's bombing), because a generic trigger and the "
    "dated generic 'bombing' are grouped into one event"))
def test_background_mention_is_traced_to_its_own_words(gazetteer):
  text, mentions = _tag(gazetteer, "background_truck_bombing")
  old = [m for m in mentions if m.background][0]
  assert text[old.trigger_start:old.trigger_end] in ("bombing",
                                                     "truck bombing")


def test_attack_not_its_counted_bombers_is_the_trigger(gazetteer):
  text, (bombing,) = _tag(gazetteer, "bombers_counted_before_the_attack")
  assert text[bombing.trigger_start:bombing.trigger_end] == "attentat-suicide"


def test_killing_not_the_label_after_it_is_the_trigger(gazetteer):
  text, (attack,) = _tag(gazetteer, "killing_labelled_an_attack")
  assert text[attack.trigger_start:attack.trigger_end] == "gunmen"


def test_bombing_not_the_class_noun_before_it_is_the_trigger(gazetteer):
  text, (bombing,) = _tag(gazetteer, "attacks_follow_a_bombing")
  assert text[bombing.trigger_start:bombing.trigger_end] == "bombing"


def test_act_not_the_bombers_whose_photos_is_the_trigger(gazetteer):
  text, (bombing, _) = _tag(gazetteer, "claim_with_bombers_photos")
  assert text[bombing.trigger_start:bombing.trigger_end] == "attentat"


def test_act_not_its_bombers_by_agent_is_the_trigger(gazetteer):
  text, (bombing,) = _tag(gazetteer, "bombers_as_agent")
  assert text[bombing.trigger_start:bombing.trigger_end] == "attentat"
  assert (bombing.sub_event_type, bombing.killed) == (S.SUICIDE, 24)


def test_group_in_apposition_is_not_the_perpetrator(gazetteer):
  _, (bombing,) = _tag(gazetteer, "claimant_in_apposition")
  assert (bombing.perpetrator, bombing.perpetrator_status) == (
      "Jamaat-ul-Ahrar", "claimed")


def test_claim_overrides_the_group_blamed(gazetteer):
  _, (bombing,) = _tag(gazetteer, "claim_over_blame")
  assert (bombing.perpetrator, bombing.perpetrator_status) == (
      "Jamaat-ul-Ahrar", "claimed")


def test_claim_makes_a_claimed_perpetrator(gazetteer):
  _, (bombing,) = _tag(gazetteer, "twin_suicide_claim")
  assert (bombing.perpetrator, bombing.perpetrator_status) == (TTP, "claimed")
  assert TTP in bombing.actors


def test_announced_arrests_are_traced_to_their_telling(gazetteer):
  text, mentions = _tag(gazetteer, "announced_arrests_then_told")
  assert [text[m.trigger_start:m.trigger_end] for m in mentions] == [
      "interpellés", "ont été arrêtées"]
  assert [m.perpetrator for m in mentions] == ["police", "police"]


def test_arrest_noun_gives_way_to_the_arrest_told(gazetteer):
  text, mentions = _tag(gazetteer, "arrest_noun_then_told")
  assert text[mentions[1].trigger_start:mentions[1].trigger_end] == (
      "interpellé")


def test_verb_not_the_plural_noun_summing_up_is_the_trigger(gazetteer):
  text, mentions = _tag(gazetteer, "arrests_summed_then_told")
  assert text[mentions[0].trigger_start:mentions[0].trigger_end] == (
      "detained")


def test_bombed_gendarmerie_is_no_perpetrator(gazetteer):
  _, (bombing, _, _) = _tag(gazetteer, "transcript_background_claim")
  assert (bombing.perpetrator, bombing.perpetrator_status) == (
      "Islamic State", "claimed")


def test_agent_after_by_is_the_perpetrator(gazetteer):
  # "drone" alone would make it the military's strike.
  _, (strike,) = _tag(gazetteer, "dateline_abroad")
  assert (strike.perpetrator, strike.perpetrator_status) == ("Houthis",
                                                             "stated")


def test_claim_naming_the_event_makes_a_claimed_perpetrator(gazetteer):
  _, (bombing,) = _tag(gazetteer, "french_suicide")
  assert (bombing.perpetrator, bombing.perpetrator_status) == (IS, "claimed")


def test_speculation_is_suspected_with_low_confidence(gazetteer):
  _, (blast,) = _tag(gazetteer, "speculation")
  assert blast.claimed_by is None
  assert (blast.perpetrator, blast.perpetrator_status) == (
      "Boko Haram", "suspected")
  assert blast.confidence <= 0.5


def test_denial_makes_no_claimant(gazetteer):
  for name in ("denial", "denial_by_named_group"):
    _, (event,) = _tag(gazetteer, name)
    assert event.claimed_by is None, name
    assert event.perpetrator_status != "claimed", name


def test_denying_group_is_not_the_perpetrator(gazetteer):
  _, (attack,) = _tag(gazetteer, "denial_by_named_group")
  assert attack.perpetrator is None


@pytest.mark.parametrize("text, perpetrator", [
    # The one who speaks of it is not the one who did it...
    ("Police say gunmen abducted 30 pupils from a school in Kebbi.", None),
    # ...unless it speaks of its own deed.
    ("The army said on Monday it repelled an attack on Monguno in Borno.",
     "military"),
    ("Police said they arrested four men in Kano.", "police"),
    # Victims are not perpetrators.
    ("Two soldiers were killed when a roadside bomb hit their vehicle in "
     "Diyala.", None),
])
def test_speakers_and_victims_are_not_perpetrators(gazetteer, text,
                                                    perpetrator):
  (mention,) = tag_text(text, "en", PUB, gazetteer)
  assert mention.perpetrator == perpetrator


def test_arresting_suspects_is_not_speculation(gazetteer):
  text = ("A bomb exploded at a bus stop in Peshawar on Monday, killing two "
          "people.\nPolice arrested four suspects on Tuesday.")
  mentions = tag_text(text, "en", PUB, gazetteer)
  arrests = [m for m in mentions if m.sub_event_type == lexicon.ARRESTS]
  assert [(m.arrested, m.perpetrator, m.perpetrator_status)
          for m in arrests] == [(4, "police", "stated")]
  assert arrests[0].confidence > 0.5


def test_arrests_with_no_force_named_are_assumed_the_polices(gazetteer):
  text = ("Un double attentat-suicide a frappé lundi le marché de Gabès. Un "
          "suspect a été arrêté mardi à l'aube à Kébili. Deux autres ont été "
          "arrêtés par l'armée mercredi près de Douz.")
  mentions = tag_text(text, "fr", PUB, gazetteer)
  assert [(m.place.name, m.perpetrator, m.perpetrator_status)
          for m in mentions if m.sub_event_type == lexicon.ARRESTS] == [
              ("Kebili", "police", "assumed"),
              ("Douz", "military", "stated")]


def test_published_date_or_datetime(gazetteer):
  language, text = ARTICLES["arrests_after_attack"]
  from_datetime = tag_text(text, language, PUB, gazetteer)
  from_date = tag_text(text, language, PUB.date(), gazetteer)
  assert [_outcome(m) for m in from_date] == [
      _outcome(m) for m in from_datetime]


def test_without_publication_date_relative_dates_stay_unknown(gazetteer):
  _, mentions = _tag(gazetteer, "yesterday", published=None)
  assert [(m.sub_event_type, m.event_date) for m in mentions] == [
      (lexicon.AIR, None)]


# Malformed or unsupported input: nothing to tag, and no exception.
@pytest.mark.parametrize("text, language", [
    ("Ein Selbstmordattentäter tötete am Mittwoch in Quetta 14 Menschen.",
     "de"),
    ("A car bomb exploded in Kabul on Monday, killing five.", "und"),
    ("", "en"),
], ids=["german", "undetermined", "empty"])
def test_unsupported_or_empty(gazetteer, text, language):
  assert tag_text(text, language, PUB, gazetteer) == []


def test_text_that_is_not_a_string_raises(gazetteer):
  # TagEvents turns the exception into an errors row (stage 'events').
  with pytest.raises(TypeError):
    tag_text(None, "en", PUB, gazetteer)


def test_supported_languages():
  assert SUPPORTED_LANGUAGES == ("en", "fr", "es")


@pytest.mark.parametrize("text,end,expected", [
    ("12 killed since 2020", 2, True),
    ("12 killed in the state so far this year", 2, True),
    ("12 killed, since 2020", 2, False),          # another clause
    ("12 killed: since 2020", 2, False),
    ("12" + " " * 59 + "since 2020", 2, True),    # 59 characters between
    ("12" + " " * 61 + "since 2020", 2, False),   # past the reach
    ("12 killed sinceX 2020", 2, False),          # not the word
    ("killed since 2020", 8, False),              # "since" starts before
    ("killed since 2020", 6, True),
], ids=["same_clause", "so_far_this_year", "after_comma", "after_colon",
        "within_reach", "out_of_reach", "glued_word", "inside_the_words",
        "right_before"])
def test_tally_words_count_in_the_clause_within_reach(text, end, expected):
  """_tally_after: the tally words start within 60 characters after the
  count, with no comma, period, semicolon or colon before them."""
  from transforms.events.tagger import _tally_after
  assert _tally_after(text, end) is expected


@pytest.mark.parametrize("text", [
    "17:55 - One\n18:10 - Two\n18:40 - Three",
    "Intro\n17:55 - One\n\n  18:10 : Two\n9h05 — Three",
    "\n\n17:55 - One\n18:10 - Two",
    "17:55 -\n18:10 -\n18:40 -\n",
    "Said at 17:55 - on air\n18:10 - Two\n18:40 - Three",
    "\n17:55 - \n18:10 - \n18:40 - ",
    "No stamps at all.\nJust lines.",
], ids=["three_from_the_start", "after_an_intro", "blank_lines_first",
        "stamps_alone", "mid_line_time", "each_after_a_break",
        "none"])
def test_live_blog_counts_the_stamps_its_pattern_finds(text):
  """_is_live_blog counts stamps from line breaks (and the start), as
  _LIVE_STAMP.findall does over the whole text: three or more."""
  from transforms.events.tagger import _LIVE_STAMP, _is_live_blog
  assert _is_live_blog(text) is (len(_LIVE_STAMP.findall(text)) >= 3)
