"""Authoring source of benchmarks/events_val (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("val")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- val-001
ARTICLES.append(A(1, "en", "article", "2025-03-11T09:30:00Z",
"Twin suicide bombing kills at least 15 at Kohat police lines",
"""
KOHAT, Pakistan, March 11 (Wire) - Two suicide bombers struck minutes apart at the gate of the police lines in the northwestern city of Kohat on Monday evening, killing at least 15 people, most of them police recruits, and wounding more than 40, officials said.

The first attacker blew himself up at around 6:10 p.m. as recruits were leaving a training session, district police chief Sher Afzal Khan told reporters. As rescuers and onlookers gathered, a second bomber on a motorcycle detonated his explosives about 50 metres away.

"It was a planned trap. The second blast was meant for the people who came to help," Khan said. Two rescue workers of the 1122 emergency service were among the dead.

Bomb disposal officials said they found and defused a third suicide vest, packed with about 8 kilograms of explosives, in an abandoned rickshaw near the gate later that night.

No group had claimed responsibility by Tuesday morning. A senior security official said the Pakistani Taliban may have been behind the twin bombing, pointing to a recent statement in which the group warned police to "stay in your barracks or face the consequences". The Tehrik-i-Taliban Pakistan (TTP) usually claims attacks on police within hours.

Hours before the blasts, soldiers killed six militants in a gunfight in the Darra Adam Khel area, about 35 km to the west, the military's media wing said. It did not say which side opened fire first.

Kohat has been hit before. In January 2023, a suicide bomber killed nine people at a mosque inside a police compound in the city, an attack later claimed by the TTP. Last August, gunmen abducted three engineers working on a dam project near Lachi; they were freed in October.

Hospital officials said 11 of the wounded were in critical condition.

(Reporting by Wire staff; editing by Mark Ellis)
"""))
GOLD += [
E(1, ["Two suicide bombers struck minutes apart", "blew himself up", "detonated his explosives", "The second blast", "the twin bombing", "the blasts"],
  "SUI", "2025-03-10", "day", "Kohat", "PK", 15, 40, "at_least", None, None, False,
  "Twin bombing (two bombers, same gate, minutes apart) coded as ONE event (same place, date, actor). 'Monday evening' vs Tuesday publication. Injured 'more than 40' -> 40; qualifier refers to killed (at least 15). 'Pakistani Taliban may have been behind' is speculation -> perpetrator null; the quoted threat is not an event. '6:10 p.m.', '50 metres', '1122', '11 of the wounded' are distractors."),
E(1, ["defused a third suicide vest"],
  "DWU", "2025-03-10", "day", "Kohat", "PK", None, None, None, "police", None, False,
  "'later that night' = Monday. Bomb disposal squad -> police. '8 kilograms' is a weight."),
E(1, ["killed six militants in a gunfight"],
  "BAT", "2025-03-10", "day", "Darra Adam Khel", "PK", 6, None, "exact", None, None, False,
  "'Hours before the blasts' -> Monday. Text says it is not known which side opened fire -> perpetrator null. '35 km' is a distance."),
E(1, ["a suicide bomber killed nine people at a mosque", "an attack later claimed by the TTP"],
  "SUI", "2023-01-01", "month", "Kohat", "PK", 9, None, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", True,
  "Background, 'In January 2023' -> month precision."),
E(1, ["gunmen abducted three engineers"],
  "ABD", "2024-08-01", "month", "Lachi", "PK", None, None, None, None, None, True,
  "'Last August' vs March 2025 publication -> 2024-08. Release in October is not an event. Three = abductees, not casualties."),
]

# ---------------------------------------------------------------- val-002
ARTICLES.append(A(2, "en", "article", "2025-03-13T07:00:00Z",
"Kohat twin bombing toll rises to 19 as TTP claims attack; four held in Hangu",
"""
PESHAWAR, March 13 (Wire) - The death toll from Monday's twin suicide bombing at the police lines in Kohat has risen to 19 after four critically wounded recruits died in hospital, a provincial health official said on Thursday. Another 38 people are still being treated.

The Tehrik-i-Taliban Pakistan claimed the attack late on Tuesday in a message to journalists, saying two of its "martyrdom seekers" had targeted "slaves of the regime" and had killed "more than 60 policemen". Police dismissed the figure as propaganda.

The provincial Counter Terrorism Department (CTD) said on Wednesday it had arrested four suspects, including a 22-year-old seminary student, in a raid on a house in Hangu district. Officers recovered two pistols, a laptop and 30 detonators during the raid, a CTD spokesman said, adding that the men were accused of sheltering the bombers.

About 300 people, mostly residents of streets near the police lines, have been questioned since Monday, the spokesman said. A cleric who was summoned for questioning on Tuesday was allowed to go home.

In Kohat, traders kept their shops shut on Wednesday and several hundred people marched from the Tehsil bazaar to the press club to demand better protection for the city. The march ended peacefully.

Separately, the Jamaat-ul-Ahrar faction of the TTP denied any role in a roadside bomb that wounded three soldiers in Orakzai district on Tuesday. Security officials had said the faction might be responsible.

The Kohat bombing was the deadliest in the region since a suicide attack on a market in Parachinar two years ago that killed 27 people.
"""))
GOLD += [
E(2, ["twin suicide bombing", "the attack", "The Kohat bombing"],
  "SUI", "2025-03-10", "day", "Kohat", "PK", 19, 38, "exact", "Tehrik-i-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", False,
  "Follow-up of val-001. Updated toll 19 killed; 38 still being treated -> injured 38. The TTP's own 'more than 60 policemen' is a claimant figure and is not used. Claim made Tuesday; event date stays Monday."),
E(2, ["arrested four suspects", "a raid on a house", "the raid"],
  "ARR", "2025-03-12", "day", "Hangu", "PK", None, None, None, "police", None, False,
  "Raid date not given; the CTD statement was on Wednesday (announcement date used). CTD -> police. Pistols/detonators recovered in the raid belong to the arrest event. '22-year-old' is an age; 'About 300 people ... questioned' and the cleric 'summoned for questioning' are not arrests."),
E(2, ["traders kept their shops shut", "marched from the Tehsil bazaar to the press club", "The march"],
  "PP", "2025-03-12", "day", "Kohat", "PK", None, None, None, None, None, False,
  "Shutter-down strike and march on the same day and place -> one peaceful protest. 'several hundred people' are participants."),
E(2, ["a roadside bomb that wounded three soldiers"],
  "IED", "2025-03-11", "day", "Orakzai", "PK", None, 3, "exact", None, None, False,
  "Tuesday. Jamaat-ul-Ahrar denial is not a claim; officials' 'might be responsible' is speculation -> perpetrator null. Only a district is named -> Orakzai."),
E(2, ["a suicide attack on a market in Parachinar"],
  "SUI", "2023-01-01", "year", "Parachinar", "PK", 27, None, "exact", None, None, True,
  "'two years ago' vs 2025 -> 2023, year precision."),
]

# ---------------------------------------------------------------- val-003
ARTICLES.append(A(3, "en", "article", "2025-08-04T18:30:00Z",
"LIVE: Cost-of-living protests - tear gas in Abuja, looting and deaths in Kano",
"""
18:20 - That's where we will close our live coverage for today. Police in Kano say a curfew will stay in force overnight. Thank you for following.

17:55 - Kano state police now say three people were killed and 19 injured in the unrest in the city, up from the two deaths confirmed earlier. Commissioner Ibrahim Bala said officers had "used minimum force" and blamed "hoodlums who hijacked the protest".

17:10 - The police spokesperson in Abuja says 54 people have been arrested in the capital since the morning for "breaching public order". A rights group says at least 12 of them are students and journalists.

16:30 - In Lagos, a few thousand protesters ended their march at the Lekki toll gate without incident. Organisers are calling for another march on Thursday.

15:05 - Video verified by our team shows a crowd looting a warehouse and setting fire to a customs office on Zaria Road in Kano. Two bodies were carried away after police opened fire, a witness told us.

14:20 - Police in Abuja fire tear gas and water cannon at several hundred protesters trying to reach Eagle Square. Our reporter saw at least five people being treated for injuries.

13:00 - In Port Harcourt, about 2,000 people have gathered peacefully outside Government House, waving placards reading "We are hungry".

09:35 - Some context: in March 2023, crowds angered by a shortage of banknotes burned two bank branches in Kano, in one of the worst outbreaks of unrest the city had seen in years.

09:30 - Good morning and welcome to our live coverage of the first day of nationwide protests against fuel and food prices. Organisers say rallies are planned in at least 20 states. Petrol prices have more than tripled since subsidies were scrapped, and the price of a bag of rice exploded in June.
"""))
GOLD += [
E(3, ["the unrest in the city", "looting a warehouse and setting fire to a customs office"],
  "RIOT", "2025-08-04", "day", "Kano", "NG", 3, 19, "exact", None, None, False,
  "Reverse-chronological blog: the 17:55 update (3 killed, 19 injured) is the latest figure and overrides the 15:05 'Two bodies'. Police firing does not turn a riot into a protest. 'hijacked the protest' is a quote, not a separate event."),
E(3, ["54 people have been arrested"],
  "ARR", "2025-08-04", "day", "Abuja", "NG", None, None, None, "police", None, False,
  "Arrests of protesters reported on their own. 54 and 'at least 12 of them' are arrest counts, not casualties."),
E(3, ["ended their march at the Lekki toll gate"],
  "PP", "2025-08-04", "day", "Lagos", "NG", None, None, None, None, None, False,
  "Lekki is part of Lagos. 'another march on Thursday' is a future event, not coded."),
E(3, ["fire tear gas and water cannon at several hundred protesters"],
  "PI", "2025-08-04", "day", "Abuja", "NG", None, 5, "at_least", None, None, False,
  "'at least five people being treated for injuries' -> injured 5 at_least (no killed figure, so the qualifier describes the injured figure)."),
E(3, ["have gathered peacefully outside Government House"],
  "PP", "2025-08-04", "day", "Port Harcourt", "NG", None, None, None, None, None, False,
  "'about 2,000 people' are participants."),
E(3, ["burned two bank branches in Kano"],
  "RIOT", "2023-03-01", "month", "Kano", "NG", None, None, None, None, None, True,
  "Background; 'in March 2023' -> month. 'rallies are planned in at least 20 states' (future) and 'price ... exploded' are not events."),
]

# ---------------------------------------------------------------- val-004
ARTICLES.append(A(4, "en", "transcript", "2025-05-22T16:00:00Z",
"Horn Hour: roadside bomb on Afgooye road, US strike near Jamaame, aid workers kidnapped",
"""
HOST: Welcome to Horn Hour, I'm Leila Farah. We start in Somalia, where a, uh, a roadside bomb hit a minibus on the road between Mogadishu and Afgooye this morning. Our correspondent Abdirahman Nur is in Mogadishu. Abdirahman?

ABDIRAHMAN NUR: Yes, Leila, hi. So the bomb went off at about, um, 7:30 near the village of Lafoole, which is maybe 20 kilometres from the city. The minibus was carrying, uh, traders going to the Afgooye market. Police say seven people died and eleven were hurt. Nobody has said they did it yet. A police officer told me it was, and I quote, "most likely the Khawarij", which is what the government calls al-Shabaab.

HOST: So no claim at this point.

ABDIRAHMAN NUR: No claim, no. And, uh, al-Shabaab's radio said nothing about it this afternoon, which is a bit unusual.

HOST: There's also news of an American air strike.

ABDIRAHMAN NUR: Right. US Africa Command says it carried out a strike on Tuesday near Jamaame in Lower Juba and killed three al-Shabaab fighters. It says no civilians were harmed. Local elders say two of the dead were, um, farmers. We can't verify that.

HOST: And there was a kidnapping in Baidoa?

ABDIRAHMAN NUR: Yes. Gunmen took two Somali staff of a, um, of a health charity from their car outside Baidoa yesterday evening. The charity has asked us not to name it. The regional administration blamed al-Shabaab for the abduction and says a search is under way.

HOST: Abdirahman, how does this compare with the last few months?

ABDIRAHMAN NUR: Honestly, Leila, it's, uh, it's very similar. In February there was a suicide car bomb at a checkpoint near the airport that killed, I think, around nine people, and al-Shabaab claimed that one. People are tired.

HOST: Abdirahman Nur in Mogadishu, thank you.
"""))
GOLD += [
E(4, ["a roadside bomb hit a minibus", "the bomb went off"],
  "IED", "2025-05-22", "day", "Lafoole", "SO", 7, 11, "exact", None, None, False,
  "'this morning' = publication day. Road between Mogadishu and Afgooye, but the village of Lafoole is named as the blast site. 'most likely the Khawarij' is speculation -> perpetrator null; no claim. '7:30', '20 kilometres' are distractors; 'eleven' is a number word."),
E(4, ["an American air strike", "carried out a strike on Tuesday near Jamaame"],
  "AIR", "2025-05-20", "day", "Jamaame", "SO", 3, None, "exact", "US military", None, False,
  "Tuesday vs Thursday publication. 'no civilians were harmed' concerns civilians only, so injured stays null. Elders dispute the identity of two of the dead, not the number."),
E(4, ["a kidnapping in Baidoa", "Gunmen took two Somali staff", "the abduction"],
  "ABD", "2025-05-21", "day", "Baidoa", "SO", None, None, None, "al-Shabaab", None, False,
  "'yesterday evening' = Wednesday. Regional administration's blame stated as fact -> perpetrator al-Shabaab; not claimed."),
E(4, ["a suicide car bomb at a checkpoint near the airport"],
  "SUI", "2025-02-01", "month", "Mogadishu", "SO", 9, None, "about", "al-Shabaab", "al-Shabaab", True,
  "'In February' vs May 2025 -> 2025-02, month, more than 30 days before -> background. 'I think, around nine' -> 9, about."),
]

# ---------------------------------------------------------------- val-005
ARTICLES.append(A(5, "en", "article", "2025-10-07T08:00:00Z",
"Opinion: Cabo Delgado's war has not ended just because the world stopped watching",
"""
Last Thursday, insurgents loyal to Islamic State ambushed a convoy of trucks carrying rice near Mucojo, in Macomia district, killing four drivers and setting six vehicles alight. It barely made the news outside Mozambique. That silence is the story.

When Rwandan troops arrived in Cabo Delgado four years ago, officials in Maputo spoke as if the war was all but won. Mozambican troops, backed by the Rwandans, did retake the coastal towns: in August 2021 they recaptured Mocímboa da Praia after heavy fighting in which, by the army's count, 18 insurgents were killed.

But the insurgency adapted. In June 2022 Islamic State fighters raided villages around Ancuabe, beheading at least seven people and sending tens of thousands fleeing south. Two years ago, the same fighters abducted 11 children from a school near Meluco; their families say four have never come back. And last February, a homemade bomb on the Mueda road killed three Rwandan soldiers, the first device of its kind the Rwandans had faced.

The government's answer has been to announce victories. On Sunday, the defence ministry said its forces had killed "dozens of terrorists" in an operation in the Catupa forest. Perhaps. Nobody independent was there to count.

What people in Pemba want is less complicated. In March this year, hundreds of displaced families marched peacefully through the city to demand that food rations, cut by half, be restored. They were heard politely and then ignored.

The insurgents have learned to use the media, too. A video circulating last month showed a commander threatening to "burn Pemba before Christmas". It is propaganda, and nothing of the sort has happened. But people believe it, because so much of what they were told would never happen did.

Mozambique does not need another victory announcement. It needs roads that are safe to drive, schools that stay open and an honest count of the dead.
"""))
GOLD += [
E(5, ["ambushed a convoy of trucks carrying rice"],
  "ATK", "2025-10-02", "day", "Mucojo", "MZ", 4, None, "exact", "Islamic State", None, False,
  "'Last Thursday' vs Tuesday publication -> Oct 2. Unescorted civilian trucks, drivers killed -> Violence against civilians/Attack, not a battle. Author states the attackers are IS-loyal insurgents (IS Mozambique -> Islamic State). 'six vehicles' is property."),
E(5, ["recaptured Mocímboa da Praia", "heavy fighting"],
  "BAT", "2021-08-01", "month", "Mocímboa da Praia", "MZ", 18, None, "exact", "military", None, True,
  "Mozambican troops (Rwandan-backed) initiated the offensive -> 'military' (lead actor, armed forces of the country). The Rwandan arrival 'four years ago' is a deployment, not an event."),
E(5, ["raided villages around Ancuabe"],
  "ATK", "2022-06-01", "month", "Ancuabe", "MZ", 7, None, "at_least", "Islamic State", None, True,
  "'beheading at least seven' -> 7, at_least. 'tens of thousands fleeing' are displaced, not casualties."),
E(5, ["abducted 11 children from a school near Meluco"],
  "ABD", "2023-01-01", "year", "Meluco", "MZ", None, None, None, "Islamic State", None, True,
  "'Two years ago' vs 2025 -> 2023. 'the same fighters' refers back to the Islamic State fighters of the previous sentence. 'four have never come back' is not a death toll."),
E(5, ["a homemade bomb on the Mueda road"],
  "IED", "2025-02-01", "month", "Mueda", "MZ", 3, None, "exact", None, None, True,
  "'last February' vs October 2025 -> 2025-02. Victims are Rwandan soldiers but the event is in Mozambique. No perpetrator named."),
E(5, ["in an operation in the Catupa forest"],
  "BAT", "2025-10-05", "day", "Catupa forest", "MZ", 12, None, "at_least", "military", None, False,
  "Only the announcement date is known ('On Sunday, the defence ministry said') -> Sunday Oct 5 used. 'dozens' -> 12, at_least. Army-initiated operation -> military. The author's doubt does not remove the event."),
E(5, ["marched peacefully through the city"],
  "PP", "2025-03-01", "month", "Pemba", "MZ", None, None, None, None, None, True,
  "'In March this year' -> 2025-03, month. 'hundreds of displaced families' are participants. The commander's threat ('burn Pemba before Christmas') did not happen and is not coded."),
]

# ---------------------------------------------------------------- val-006
ARTICLES.append(A(6, "en", "article", "2025-06-18T15:00:00Z",
"Drone strike kills 23 at Kosti market hours before army and RSF agree Jeddah truce",
"""
PORT SUDAN, June 18 (Wire) - A drone strike on a crowded market in the White Nile state city of Kosti killed 23 people and wounded at least 50 on Tuesday, hours before Sudan's army and the paramilitary Rapid Support Forces agreed in Jeddah to a 10-day humanitarian truce, officials said.

The state health ministry said the dead included six children. The army-backed government accused the RSF of carrying out the strike with a long-range drone. An RSF spokesman denied any involvement and said the army was "bombing its own people to sabotage peace".

In Jeddah, mediators from Saudi Arabia and the United States said both delegations had signed a text on Tuesday night committing them to a truce from June 20 and to the opening of three aid corridors into Darfur and Kordofan. Previous truces, including one agreed in the same city in May 2023, collapsed within days.

Fighting broke out on Wednesday around Dilling in South Kordofan, where the army said it had repelled an RSF assault on its positions near the town's southern gate. More than 30 fighters from both sides were killed, a medical source said.

Separately, residents of Nyala, the RSF's de facto capital in South Darfur, said an army air strike on Monday destroyed a fuel station and killed a family of five. The army did not comment.

In Atbara, dozens of women protested outside the state government building on Tuesday to demand news of relatives held by military intelligence. The protest broke up peacefully after an hour.

More than 12 million people have been displaced since the war began in April 2023, according to the United Nations.

(Reporting by Wire staff; editing by Anna Brooks)
"""))
GOLD += [
E(6, ["A drone strike on a crowded market", "the strike"],
  "AIR", "2025-06-17", "day", "Kosti", "SD", 23, 50, "exact", None, None, False,
  "Tuesday. Government accuses the RSF, RSF denies and blames the army -> contested, perpetrator null. Injured 'at least 50' -> 50; qualifier describes the exact killed figure. 'six children' is a subset."),
E(6, ["agreed in Jeddah to a 10-day humanitarian truce", "had signed a text on Tuesday night"],
  "AGR", "2025-06-17", "day", "Jeddah", "SA", None, None, None, None, None, False,
  "Agreement coded to where it was signed (Jeddah, Saudi Arabia). The truce start on June 20 is in the future and not a separate event."),
E(6, ["one agreed in the same city in May 2023"],
  "AGR", "2023-05-01", "month", "Jeddah", "SA", None, None, None, None, None, True,
  "Background truce; 'the same city' = Jeddah."),
E(6, ["Fighting broke out on Wednesday around Dilling", "repelled an RSF assault on its positions"],
  "BAT", "2025-06-18", "day", "Dilling", "SD", 30, None, "more_than", "Rapid Support Forces", None, False,
  "Army says the RSF attacked; RSF did not dispute -> RSF initiated. 'More than 30 fighters from both sides' -> 30, more_than (all sides already summed in the text)."),
E(6, ["an army air strike on Monday destroyed a fuel station"],
  "AIR", "2025-06-16", "day", "Nyala", "SD", 5, None, "exact", "military", None, False,
  "'a family of five' killed -> 5, exact (ambiguous phrasing; the family is the death toll). Residents attribute to the army, army silent -> military."),
E(6, ["dozens of women protested outside the state government building", "The protest"],
  "PP", "2025-06-17", "day", "Atbara", "SD", None, None, None, None, None, False,
  "'dozens of women' are participants. The 12 million displaced and 'the war began in April 2023' are not coded."),
]

# ---------------------------------------------------------------- val-007
ARTICLES.append(A(7, "en", "article", "2025-01-16T11:00:00Z",
"Myanmar air strike on Magway village school kills 11; resistance fighters ambush army column",
"""
An air strike by Myanmar's military on a village in Magway region killed 11 people, including seven students, when bombs hit a school building on Tuesday morning, residents and a local resistance group said.

Two fighter jets dropped at least four bombs on Kyauk Hta village in Pauk township at around 10 a.m., according to a member of the village administration set up by the opposition. "The children were in their classroom. We pulled out the bodies with our hands," he said by phone. Another 16 people were wounded.

A spokesman for the military government did not respond to requests for comment. The junta has in the past said it targets only "terrorist" positions.

The strike came a day after fighters of the local People's Defence Force (PDF) ambushed a military column on the road between Pauk and Saw, killing at least nine soldiers and two of the attackers, according to a local monitoring group. The PDF claimed the ambush on its Telegram channel.

In Yangon, police arrested eight young people on Wednesday for allegedly posting anti-military comments online, a legal aid group said. Separately, the military said it had seized 200 kilograms of explosives and 15 landmines during a search near Monywa on Sunday.

The military has carried out hundreds of air strikes since it seized power in February 2021. In one of the deadliest last year, jets bombed a monastery in Ayadaw township, in neighbouring Sagaing region, in May, killing 22 people who were sheltering there.
"""))
GOLD += [
E(7, ["An air strike by Myanmar's military on a village", "dropped at least four bombs", "The strike"],
  "AIR", "2025-01-14", "day", "Kyauk Hta", "MM", 11, 16, "exact", "military", None, False,
  "Tuesday vs Thursday publication. 'at least four bombs' is a count of bombs, not casualties. 'seven students' is a subset of the 11."),
E(7, ["ambushed a military column on the road between Pauk and Saw", "the ambush"],
  "BAT", "2025-01-13", "day", "Pauk", "MM", 11, None, "at_least", "People's Defence Force", "People's Defence Force", False,
  "'a day after' the Tuesday strike -> Monday. All sides summed: at least 9 soldiers + 2 attackers = 11, at_least. Road between Pauk and Saw -> first-named town Pauk (ambiguous: Saw also possible)."),
E(7, ["police arrested eight young people"],
  "ARR", "2025-01-15", "day", "Yangon", "MM", None, None, None, "police", None, False,
  "Wednesday."),
E(7, ["had seized 200 kilograms of explosives and 15 landmines"],
  "DWU", "2025-01-12", "day", "Monywa", "MM", None, None, None, "military", None, False,
  "'on Sunday' vs Thursday publication. Weight and landmine count are not casualties."),
E(7, ["jets bombed a monastery in Ayadaw township"],
  "AIR", "2024-05-01", "month", "Ayadaw", "MM", 22, None, "exact", "military", None, True,
  "'last year ... in May' -> 2024-05. 'hundreds of air strikes' is generic and the February 2021 coup is not coded."),
]
