"""English sentence material for the near-duplicate pairs (all invented).

Slot templates are filled with an event's facts by ``neardup_pairs``. Every
slot has three variants so that the three outlets covering one event never
share a paragraph template: their reports are written independently.
"""

PHRASES = {
    "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday"],
    "months": ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"],
    "date": "{day} {month}",
    "thousands": ",",
    "decimal": ".",
    "damage": "{amount} million euros",
    "money": "{amount} euros",
    "hotline": "0800 {a:03d} {b:03d}",
    "clock": "{h:02d}:{m:02d}",
    "experts": [("a safety engineer at the regional technical university",
                      "a safety engineer at the regional technical university"),
                     ("a professor of risk management",
                      "a professor of risk management"),
                     ("a former head of the national civil protection agency",
                      "a former head of the national civil protection agency")],
    # A quote followed by its attribution: no full stop (English: a comma).
    "quote_lead": "{body},",
    "first_names": {
        "f": ["Helen", "Margaret", "Ruth", "Alice", "Joanna", "Fiona", "Nora",
              "Claire", "Bethany", "Imogen", "Harriet", "Maeve"],
        "m": ["Thomas", "Gareth", "Owen", "Malcolm", "Peter", "Rhys", "Colin",
              "Simon", "Declan", "Martin", "Hugh", "Callum"],
    },
    "surnames": ["Ashcombe", "Thornley", "Pellow", "Garside", "Whitlock",
                 "Brennagh", "Coverdale", "Lusk", "Marrable", "Oakden",
                 "Penhale", "Ridsdale", "Tennick", "Yarwood", "Quarrie",
                 "Hebblethwaite"],
    "places": [
        ("Dunmere", "in the Ashdown Valley"),
        ("Caverleigh", "in the north of Calderwick county"),
        ("Brackwater", "on the Westmarch coast"),
        ("Sallowmere", "in the Fellhampton hills"),
        ("Fennick Cross", "in the lowlands east of the capital"),
        ("Otterby", "in the Orrin river basin"),
        ("Kestrelford", "in the south of Calderwick county"),
        ("Wyndholt", "on the edge of the Harle moors"),
        ("Ravensby", "in the Ashdown Valley"),
    ],
    "roads": ["the A41 trunk road", "the M9 motorway", "the B2170 valley road",
              "the coast road", "the northern bypass"],
    "shelters": ["the leisure centre", "a school gymnasium",
                 "the community hall", "the exhibition centre"],
    "officials": [("mayor of {place}", "mayor of {place}"),
                  ("the district fire chief", "the district fire chief"),
                  ("a police spokesman", "a police spokeswoman"),
                  ("the regional emergency coordinator",
                   "the regional emergency coordinator")],
    "politicians": [("the regional interior minister",
                     "the regional interior minister"),
                    ("the head of the regional government",
                     "the head of the regional government"),
                    ("the county governor", "the county governor")],
    "investigators": ["the regional prosecutor's office",
                      "the county police", "the national accident board",
                      "the district public prosecutor"],
    "jobs": {"f": ["nurse", "shopkeeper", "retired teacher", "electrician",
                   "student", "taxi driver", "baker", "pharmacist"],
             "m": ["nurse", "shopkeeper", "retired teacher", "electrician",
                   "student", "taxi driver", "baker", "pharmacist"]},
    "kinds": {
        "fire": {
            "the": "the fire", "a": "a fire", "short": "fire",
            "clause": "a fire tore through {site}",
            "sites": ["a furniture warehouse", "a four-storey apartment block",
                      "a textile factory"],
            "responders": "firefighters",
            "causes": ["an electrical fault", "a heater left unattended",
                       "faulty wiring in a storage room"],
            "aftermath": ["thick black smoke rising above the rooftops",
                          "the charred shell of the building",
                          "blackened facades and melted window frames"],
        },
        "flood": {
            "the": "the flooding", "a": "flash floods", "short": "floods",
            "clause": "flash floods swept through {site}",
            "sites": ["the low-lying riverside districts", "the old town",
                      "several streets near the canal"],
            "responders": "rescue crews",
            "causes": ["two days of torrential rain",
                       "a burst embankment upstream",
                       "an overwhelmed storm drain system"],
            "aftermath": ["cars half submerged in brown water",
                          "streets covered in a thick layer of mud",
                          "ruined furniture piled up outside houses"],
        },
        "derailment": {
            "the": "the derailment", "a": "a derailment",
            "short": "train derailment",
            "clause": "{site} left the tracks on a curve",
            "sites": ["a regional passenger train", "a packed commuter train",
                      "an overnight train from the capital"],
            "responders": "emergency workers",
            "causes": ["a defect in the track", "excessive speed on the curve",
                       "a failure of the braking system"],
            "aftermath": ["carriages lying on their side next to the track",
                          "rails torn up over dozens of metres",
                          "debris scattered across the embankment"],
        },
        "explosion": {
            "the": "the explosion", "a": "an explosion", "short": "explosion",
            "clause": "an explosion ripped through {site}",
            "sites": ["a chemical storage depot",
                      "a bakery on the main square",
                      "a gas distribution station near the port"],
            "responders": "emergency services staff",
            "causes": ["a gas leak", "the ignition of stored solvents",
                       "a pressure failure in a tank"],
            "aftermath": ["shattered windows for several blocks around",
                          "a crater where the building used to stand",
                          "twisted metal and glass across the street"],
        },
        "collapse": {
            "the": "the collapse", "a": "a collapse", "short": "collapse",
            "clause": "part of {site} collapsed",
            "sites": ["a road bridge over the river",
                      "a multi-storey car park", "a sports hall roof"],
            "responders": "rescue workers",
            "causes": ["corrosion in the supporting structure",
                       "the weight of accumulated snow",
                       "construction work on a neighbouring plot"],
            "aftermath": ["slabs of concrete piled on top of crushed cars",
                          "a gaping hole where the structure used to be",
                          "cranes lifting steel beams from the rubble"],
        },
        "storm": {
            "the": "the storm", "a": "a violent storm", "short": "storm",
            "clause": "a violent storm battered {site}",
            "sites": ["the harbour district",
                      "the old town and its outlying villages",
                      "the northern hillside neighbourhoods"],
            "responders": "emergency crews",
            "causes": ["hurricane-force gusts",
                       "an unusual storm system for the season",
                       "winds of up to 140 km/h"],
            "aftermath": ["uprooted trees blocking the roads",
                          "roofs torn off houses along the seafront",
                          "boats thrown onto the quay"],
        },
    },
    "headlines": [
        "{dead} dead, {injured} injured in {place} {ev_short}",
        "Deadly {ev_short} in {place}: what we know so far",
        "{place} mourns {dead} victims of {ev_short}",
        "Death toll in {place} {ev_short} rises to {dead}",
        "{Ev_short} leaves {dead} dead and dozens hurt in {place}",
        "{place}: {dead} killed as {ev_short} hits town",
    ],
    "slots": {
        "lede": [
            "{dead} people were killed and {injured} injured when {clause} in "
            "{place} on {weekday}, officials said. Rescue workers were still "
            "searching the site late into the evening.",
            "At least {dead} people died on {weekday} after {clause} in the "
            "town of {place} {region_in}, according to local authorities. A "
            "further {injured} people were hurt, {serious} of them seriously.",
            "The death toll from {ev_the} in {place} rose to {dead} on "
            "{weekday}, {date}, as emergency services worked through the "
            "night. Authorities said {injured} people had been injured after "
            "{clause}.",
        ],
        "casualties": [
            "Of the {injured} people injured, {serious} were taken to "
            "hospital in a serious condition, a hospital spokesperson said. "
            "Several of the victims have not yet been identified, and families "
            "were asked to contact the town hall.",
            "Hospitals across the region treated the wounded through the "
            "night. Doctors said {serious} patients remained in intensive care "
            "on {weekday} evening, while most of the others were expected to "
            "be discharged within days.",
            "The regional health service said it had activated its emergency "
            "plan. {serious} of the injured were transferred to larger "
            "hospitals outside {place}, and officials warned that the number "
            "of dead could still rise.",
        ],
        "response": [
            "More than {responders_n} {responders} were deployed at the height "
            "of the operation, some of them sent from neighbouring districts. "
            "It took about {hours} hours to bring the situation under control.",
            "Some {responders_n} {responders} took part in the rescue effort, "
            "working in shifts for {hours} hours. Dogs and thermal cameras were "
            "used to search for people who might still be trapped.",
            "The emergency response mobilised {responders_n} {responders} and "
            "dozens of vehicles. Local volunteers brought food and blankets to "
            "the crews, who worked for nearly {hours} hours without a break.",
        ],
        "official_direct": [
            "\"{quote_lead}\" {off_name}, {off_title}, told reporters at the scene.",
            "Speaking at a press conference on {weekday} afternoon, "
            "{off_name}, {off_title}, said: \"{quote}\"",
            "\"{quote_lead}\" said {off_name}, {off_title}, who visited the site in "
            "the morning and met families of the victims.",
        ],
        "official_indirect": [
            "{off_name}, {off_title}, said the town was in shock and promised "
            "that every family affected would receive help in the coming "
            "weeks.",
            "In a short statement, {off_name}, {off_title}, thanked the "
            "emergency services and said all municipal buildings would fly "
            "their flags at half-mast.",
            "{off_name}, {off_title}, described the scene as devastating and "
            "said the priority now was to care for the injured and their "
            "relatives.",
        ],
        "witness": [
            "{wit_name}, a {wit_age}-year-old {wit_job} who lives nearby, "
            "said: \"{wit_quote}\"",
            "\"{wit_quote_lead}\" said {wit_name}, {wit_age}, a {wit_job} from "
            "{place}.",
            "Among those who saw it happen was {wit_name}, a local {wit_job}. "
            "\"{wit_quote_lead}\" the {wit_age}-year-old said.",
        ],
        "scene": [
            "Images shared on social media showed {aftermath}, with emergency "
            "vehicles lining the surrounding streets.",
            "By {weekday} evening the area was still sealed off. Reporters at "
            "the scene saw {aftermath} and dozens of police officers guarding "
            "the perimeter.",
            "Residents filmed {aftermath} from their windows. Several described "
            "hearing sirens for hours as ambulances shuttled between the site "
            "and the hospital.",
        ],
        "evacuations": [
            "About {evacuated} residents were evacuated from surrounding "
            "streets as a precaution and spent the night in {shelter} and "
            "other temporary shelters.",
            "Authorities ordered {evacuated} people to leave their homes. Many "
            "stayed with relatives, while others were taken by bus to "
            "{shelter}, where volunteers set up camp beds.",
            "Around {evacuated} people were forced out of their homes. "
            "Officials said it was not yet known when they would be allowed to "
            "return, and asked them to follow updates from the town hall.",
        ],
        "investigation": [
            "The cause of {ev_the} was not immediately clear. {Inv} has opened "
            "an investigation, and a spokesperson said experts were examining "
            "whether {cause} could have played a role.",
            "Investigators said it was too early to determine what had "
            "happened, but early indications pointed to {cause}. {Inv} is "
            "expected to publish preliminary findings next week.",
            "{Inv} said on {weekday} it had launched an inquiry. Police have "
            "not ruled out any hypothesis, though local media reported that "
            "{cause} was being examined.",
        ],
        "politician": [
            "{pol_name}, {pol_title}, travelled to {place} and promised "
            "emergency funds for the victims and for the reconstruction.",
            "{pol_name}, {pol_title}, called {ev_the} a tragedy and said the "
            "government would examine whether safety rules had been "
            "respected.",
            "In the regional capital, {pol_name}, {pol_title}, announced a day "
            "of mourning and said that support for the affected families "
            "would be the priority.",
        ],
        "transport": [
            "{Road} was closed in both directions for most of the day, causing "
            "long tailbacks, and rail services through {place} were "
            "suspended.",
            "Traffic was diverted away from the town centre and {road} "
            "remained closed on {weekday} evening. Bus operators warned "
            "passengers to expect delays.",
            "Police closed {road} and several smaller roads, and drivers were "
            "urged to avoid the area until further notice.",
        ],
        "damage": [
            "Early estimates put the damage at around {damage}. Local business "
            "owners said it could take months before the area was back to "
            "normal.",
            "The regional chamber of commerce estimated the material damage at "
            "{damage}, and insurers said they had already received hundreds "
            "of claims.",
            "Officials said the cost of repairs could reach {damage}, a heavy "
            "burden for a municipality of {population} inhabitants.",
        ],
        "solidarity": [
            "Across {place}, residents opened their homes to those who had "
            "been evacuated, and local shops donated food and water.",
            "A fundraising campaign launched by a local sports club had "
            "collected more than {donations} by {weekday} night.",
            "Neighbouring towns sent volunteers and equipment, and several "
            "businesses offered to house families free of charge.",
        ],
        "criticism": [
            "Opposition councillors said they had warned for years about "
            "safety problems in the area and demanded an independent review.",
            "A residents' association said it had raised concerns with the "
            "authorities several times without receiving an answer.",
            "Unions and local associations questioned whether inspections had "
            "been carried out properly and called for those responsible to be "
            "held to account.",
        ],
        "place": [
            "{place}, a town of about {population} people {region_in}, is "
            "known for its weekly market and its small manufacturing "
            "businesses.",
            "With a population of {population}, {place} is one of the larger "
            "towns {region_in}. Its economy depends largely on logistics, "
            "farming and tourism.",
            "{place} lies on the main route between the regional capital and "
            "the coast. Around {population} people live in the town and its "
            "outlying villages.",
        ],
        "history": [
            "It is the worst disaster to hit the area since {prev_year}, when "
            "{prev_dead} people died in a similar incident.",
            "Residents recalled the events of {prev_year}, when {prev_dead} "
            "people lost their lives in a comparable disaster. Many safety "
            "measures introduced after that tragedy are now being questioned.",
            "The town has been hit before: in {prev_year}, {prev_dead} people "
            "were killed and dozens of families lost their homes.",
        ],
        "next": [
            "A memorial service is planned for {next_day} at the main church. "
            "The town council will hold an extraordinary meeting to discuss "
            "support for the families.",
            "Officials said the site would remain cordoned off for several "
            "days while experts assess the damage. Schools in {place} will "
            "stay closed until {next_day}.",
            "A vigil was being organised for {next_day} evening on the town "
            "square, and a book of condolence has been opened at the town "
            "hall.",
        ],
        "help": [
            "The town hall has set up a helpline for relatives on {hotline}. "
            "Psychologists are available at the community centre.",
            "Relatives looking for information can call {hotline}. Donations "
            "of clothing and food are being collected at the fire station.",
            "Authorities asked people not to travel to the scene and to call "
            "{hotline} if they were worried about a family member.",
        ],
        "timeline": [
            "The first emergency call was received at {call_time}, according "
            "to the emergency services. The first crews arrived {minutes} "
            "minutes later and immediately asked for reinforcements from "
            "neighbouring stations as the scale of the disaster became clear.",
            "Emergency services said they were alerted at {call_time}. Within "
            "{minutes} minutes several teams were on site, but access was "
            "difficult and it took time to reach the people in most urgent "
            "need of help.",
            "According to a timeline published by the town hall, the alarm "
            "was raised at {call_time}. The regional crisis unit was activated "
            "less than an hour later, and hospitals in the area were told to "
            "prepare for a large number of casualties.",
        ],
        "victims": [
            "Among the dead were a {victim_age}-year-old man and his two "
            "teenage children, neighbours said. Local media reported that "
            "several of the other victims worked in the area and had been on "
            "their way home.",
            "The victims have not been formally named. Relatives told local "
            "reporters that the oldest was {victim_age}, and that at least two "
            "of the dead were volunteers who had gone to help others.",
            "Friends described one of the victims, a {victim_age}-year-old "
            "grandmother, as a pillar of the street where she had lived all "
            "her life. By the next morning, candles and flowers had been "
            "placed outside her house.",
        ],
        "rescue": [
            "In one of the few moments of relief, rescuers brought out a "
            "{rescued_age}-year-old woman alive after {rescue_hours} hours. "
            "She was taken to hospital conscious and in a stable condition.",
            "Rescuers said they had found a {rescued_age}-year-old man alive "
            "after {rescue_hours} hours, prompting applause from the crowd "
            "that had gathered behind the police cordon.",
            "Some survivors owed their lives to neighbours. A {rescued_age}-"
            "year-old resident was pulled to safety by two passers-by, and "
            "crews later rescued a family of four after {rescue_hours} hours "
            "of searching.",
        ],
        "utilities": [
            "About {homes} homes were left without electricity, and the water "
            "supply was cut off in several districts as a precaution. The "
            "network operator said repairs could take several days.",
            "Power cuts affected around {homes} households on {weekday} "
            "night. Mobile phone networks were also disrupted, making it "
            "harder for families to reach their relatives.",
            "Technicians worked through the night to restore electricity to "
            "{homes} homes. Residents were advised to boil tap water until "
            "tests confirmed it was safe to drink.",
        ],
        "expert": [
            "{expert_name}, {expert_title}, warned against jumping to "
            "conclusions. \"Disasters like this usually have several causes "
            "at once, and it will take months to establish the full "
            "picture.\"",
            "Experts said the disaster raised wider questions. {expert_name}, "
            "{expert_title}, told reporters that many towns in the region had "
            "not updated their safety plans for more than a decade.",
            "According to {expert_name}, {expert_title}, the speed at which "
            "the situation deteriorated left residents little time to react. "
            "Better early warning systems could save lives in future.",
        ],
        "condolences": [
            "Messages of condolence came in from across the country. The head "
            "of state called the town hall of {place} on {weekday} evening to "
            "express sympathy, and flags were lowered on public buildings in "
            "the region.",
            "A minute's silence was held before sporting events across the "
            "region, and the national parliament paused its session to "
            "remember the victims of {ev_the}.",
            "Leaders of several neighbouring countries sent messages of "
            "sympathy, and the town's twin cities offered practical help. "
            "Churches in {place} opened their doors to residents who wanted to "
            "grieve together.",
        ],
    },
    "quotes": [
        "This is a dark day for our town. Our thoughts are with the families "
        "who have lost loved ones, and we will not leave them alone.",
        "The teams on the ground have done extraordinary work in very "
        "difficult conditions, and I want to thank every one of them.",
        "Our priority right now is to find everyone who is still missing and "
        "to make sure the injured get the care they need.",
        "We will find out exactly what happened here, and if mistakes were "
        "made, those responsible will have to answer for them.",
        "Nobody should have to go through what the people of this town went "
        "through last night. We will rebuild, but it will take time.",
        "We are still in the middle of the operation and it is too early to "
        "say anything about the cause. Please stay away from the area.",
        "I have spoken to many of the families this morning. The grief is "
        "enormous, but so is the solidarity I have seen.",
        "Everything that can be done is being done. We have asked for "
        "reinforcements and they are already on their way.",
    ],
    "witness_a": [
        "I heard a terrible noise and everybody started running.",
        "Within a few minutes the whole street was full of people shouting.",
        "I was on my way to work when I saw the police cars arriving.",
        "My neighbour knocked on the door and told us to get out straight "
        "away.",
        "At first we did not understand what was happening.",
        "I have lived here for thirty years and I have never seen anything "
        "like it.",
    ],
    "witness_b": [
        "We are all thinking of the families now.",
        "Nobody here will forget this day.",
        "I still cannot sleep when I think about it.",
        "People came out to help each other, that is what this town is like.",
        "We just want to know how this could happen.",
        "Everyone here knows someone who was there.",
    ],
    "editor_notes": [
        "Editor's note: This article has been updated with the latest figures "
        "from the regional health authority.",
        "This story was first published at 08:15 and has been updated "
        "throughout with new information from the emergency services.",
        "Correction: An earlier version of this article gave the wrong day "
        "for the memorial service. We apologise for the error.",
    ],
    "context": [
        "Context: the region has recorded a steady rise in extreme weather "
        "events and industrial accidents over the past decade, according to "
        "figures from the regional government. Emergency planners have "
        "repeatedly called for more investment in prevention.",
        "Background: municipalities {region_in} have complained for years that "
        "they lack the money to maintain ageing infrastructure, and a "
        "national audit last year found that a third of local emergency "
        "plans were out of date.",
        "How we reported this story: our correspondent spoke to residents, "
        "rescue workers and officials in {place} and checked the figures with "
        "the regional authorities.",
    ],
    "wire_prefix": "{PLACE} ({agency}) - ",
    "wire_trailer": "(Reporting by {reporter}; Editing by {editor})",
    "agencies": ["Wire", "Northline", "CPW"],
    "synonyms": [("officials", "authorities"), ("authorities", "officials"),
                 ("about", "around"), ("more than", "over"),
                 ("residents", "locals"), ("injured", "hurt"),
                 ("said", "stated"), ("several", "a number of"),
                 ("dozens of", "scores of"), ("promised", "pledged"),
                 ("families", "relatives"), ("started", "began")],
    # Attribution moved to the front: "X, according to Y." -> "According
    # to Y, x."
    "fronting": [r"^(?P<a>[^\"]+), (?P<b>according to [^,\"]+)\.$"],
    "lowercase_first": ["The", "A", "At", "More", "Some", "About", "Around",
                        "Authorities", "Officials", "Investigators"],
    # A paywalled page: a teaser of the story inside a long template.
    "paywall": {
        "header": ["THE CALDERWICK POST", "Region | Calderwick", "{author}",
                   "{date} 2025", "Subscriber exclusive"],
        "footer": [
            "This article is reserved for subscribers.",
            "You have reached the end of the free preview. To keep reading, "
            "choose one of our offers: digital access to every article, the "
            "daily e-paper and our archive going back to 1952, from 1 euro "
            "for the first month.",
            "Already a subscriber? Log in to continue reading.",
            "Why subscribe? Our reporters cover the county every day, from "
            "council meetings to court cases, and our journalism is paid for "
            "by readers, not by advertisers.",
            "Most read",
            "Council approves new cycle lanes for the old town",
            "Hospital waiting times fall for the third month",
            "Rugby club celebrates promotion after dramatic final",
            "Farmers warn of poor harvest after dry spring",
            "Wine fair draws record crowds to the market hall",
            "New family doctor joins the health centre",
            "About us: The Calderwick Post has been published since 1952 and "
            "is owned by an independent foundation.",
        ],
    },
    "sites": [
        {"header": ["The Brackwater Courier", "Home › News › Region",
                    "By {author} | {date} 2025, 08:41"],
         "footer": ["Share this article", "Sign up for our newsletter",
                    "© 2025 The Brackwater Courier. All rights reserved."]},
        {"header": ["Valley Today", "News / Local / Emergencies",
                    "{author}, Local Democracy Reporter",
                    "Published {date} 2025 · Updated 11:05", "Advertisement"],
         "footer": ["Topics: Emergencies, Weather, Region",
                    "Valley Today is an independent newsroom funded by its "
                    "readers. Support local journalism from 3 euros a month.",
                    "Follow us on Facebook and Instagram",
                    "Copyright 2025 Valley Today Media"]},
        {"header": ["THE CALDERWICK POST", "Region | Calderwick",
                    "{author}", "{date} 2025"],
         "footer": ["Most read",
                    "Council approves new cycle lanes for the old town",
                    "Hospital waiting times fall for the third month",
                    "Rugby club celebrates promotion after dramatic final",
                    "Farmers warn of poor harvest after dry spring",
                    "We rely on readers like you. If you value our reporting "
                    "on the county, please consider becoming a subscriber "
                    "today.",
                    "Share", "Print", "© Calderwick Post 2025"]},
        {"header": ["Westmarch Herald – Local news since 1896",
                    "Written by {author}",
                    "Reading time: 4 minutes"],
         "footer": ["More from the Herald: read our special report on the "
                    "state of local emergency services.",
                    "Have a story? Contact the newsdesk at "
                    "news@westmarch-herald.example",
                    "Subscribe to our daily briefing",
                    "All rights reserved. Westmarch Herald Ltd."]},
    ],
}
