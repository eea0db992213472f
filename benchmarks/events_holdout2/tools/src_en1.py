"""Authoring source of benchmarks/events_holdout2 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Chains here: Jalalabad, Afghanistan (holdout2-001 to 003) and Hawija, Iraq
(holdout2-004 to 006). Notes are in English, as in the other sets."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout2")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout2-001
ARTICLES.append(A(1, "en", "article", "2026-03-04T06:30:00Z",
"Twin suicide bombing outside Jalalabad passport office kills at least 16",
"""
JALALABAD, Afghanistan, March 4 (Wire) - Two suicide bombers attacked a crowd outside the passport office in the eastern Afghan city of Jalalabad on Tuesday, killing at least 16 people and wounding more than 30, a spokesman for the provincial police said.

The first bomber detonated his explosives among men queuing at the gate shortly after 9 a.m., and the second blew himself up about ten minutes later as rescuers ran towards the gate, said the spokesman, Qari Noorullah Hamdard. Among the dead were three Taliban guards and a 34-year-old shopkeeper who sold application forms across the street.

"I had ticket number 212," said Zabihullah, 27, who lost two fingers. "The second explosion was worse, because everybody had run to help."

No group had claimed responsibility by Wednesday morning. Analysts said the attack resembled earlier ones by Islamic State Khorasan Province, which has targeted Taliban officials and crowded places in Nangarhar province for a decade.

Hours later, a roadside bomb hit a Taliban patrol in Chaparhar district, south of the city, killing two fighters, a district official said. On Monday, Taliban fighters raided a suspected ISKP hideout in Achin district, near the Pakistani border, and more than 10 people were killed in the fighting, a Taliban commander said.

The passport office, which issues around 3,000 documents a day, had reopened in January after a two-month closure. A passport now costs 10,000 afghanis, and applicants often travel 150 kilometres from Kunar and Laghman to queue overnight.

Last August, a suicide bomber killed nine worshippers at a Sufi shrine in Pul-e-Khumri, in Baghlan province, an attack claimed by the Islamic State. Residents of Jalalabad said they had hoped the city would be spared.

The Taliban's health ministry said the wounded had been taken to the regional hospital, where 14 remained in a serious condition on Wednesday.
"""))
GOLD += [
E(1, ["Two suicide bombers attacked a crowd outside the passport office", "detonated his explosives", "blew himself up", "The second explosion", "the attack resembled"],
  "SUI", "2026-03-03", "day", "Jalalabad", "AF", 16, 30, "at_least", None, None, False,
  "Twin suicide bombing (two bombers, same gate, minutes apart) -> ONE event. 'on Tuesday' vs Wednesday 4 March -> 3 March. 'more than 30' wounded -> 30; the qualifier describes killed ('at least 16'). Resemblance to ISKP attacks is analysts' speculation -> perpetrator null. '9 a.m.', '34-year-old', 'ticket number 212', '27', 'two fingers', '3,000 documents', '10,000 afghanis', '150 kilometres' and '14 remained in a serious condition' (a subset) are distractors."),
E(1, ["a roadside bomb hit a Taliban patrol in Chaparhar district"],
  "IED", "2026-03-03", "day", "Chaparhar", "AF", 2, None, "exact", None, None, False,
  "'Hours later' after Tuesday's bombing -> 3 March. A district, no town named -> Chaparhar. No actor named -> null."),
E(1, ["Taliban fighters raided a suspected ISKP hideout in Achin district", "the fighting"],
  "BAT", "2026-03-02", "day", "Achin", "AF", 10, None, "more_than", "Taliban", None, False,
  "'On Monday' vs Wednesday 4 March -> 2 March. A raid by the de facto authorities' fighters -> Armed clash initiated by the 'Taliban' (dev rule). 'more than 10' -> 10, more_than. District, no town -> Achin."),
E(1, ["a suicide bomber killed nine worshippers at a Sufi shrine in Pul-e-Khumri", "an attack claimed by the Islamic State"],
  "SUI", "2025-08-01", "month", "Pul-e-Khumri", "AF", 9, None, "exact", "Islamic State", "Islamic State", True,
  "'Last August' in a March 2026 story -> 2025-08, month precision. Claimed by the Islamic State -> claimant and perpetrator."),
]

# --------------------------------------------------------------- holdout2-002
ARTICLES.append(A(2, "en", "article", "2026-03-06T08:00:00Z",
"ISKP claims Jalalabad bombing as toll rises to 23",
"""
KABUL, March 6 (Wire) - Islamic State Khorasan Province (ISKP) has claimed the twin suicide bombing outside the passport office in Jalalabad, and the toll rose to 23 on Thursday after seven of the wounded died, health officials in Nangarhar said.

In a statement carried by its Amaq agency on Wednesday, the group named the two bombers and said they had targeted "the militia of the apostate Taliban", claiming "more than 70" killed and wounded. Officials said 41 people had been wounded in Tuesday's attack.

A Taliban spokesman said those responsible "will be found and punished", and that the passport office would stay closed for ten days.

On Thursday, dozens of relatives of the victims gathered outside the governor's compound in Jalalabad to demand better protection for civilians. Taliban guards fired into the air and beat several men with rifle butts to disperse them, witnesses said.

Also on Thursday, Pakistani forces fired mortar rounds into Dangam district of Kunar province, wounding a woman and two children, the provincial information department said. Pakistan's army did not comment.

ISKP has claimed repeated attacks in eastern and northern Afghanistan. Four years ago, a suicide bomber from the group killed thirty-one people at a Shiite mosque in Charikar, north of Kabul. In October 2024, a magnetic bomb attached to a minibus killed four customs employees near the border crossing at Spin Boldak.

The United Nations mission said it was "appalled" by the bombing and urged the authorities to let the wounded be treated in Pakistan, where two of the most serious cases had been sent. A reward of 500,000 afghanis has been offered for information on the bombers' helpers.
"""))
GOLD += [
E(2, ["twin suicide bombing", "Tuesday's attack", "the bombing and urged"],
  "SUI", "2026-03-03", "day", "Jalalabad", "AF", 23, 41, "exact", "Islamic State", "Islamic State", False,
  "Follow-up of holdout2-001. 'Tuesday's' vs Friday 6 March -> 3 March. 'the toll rose to 23' is the final killed figure; 41 wounded. ISKP (Islamic State Khorasan Province) claim via Amaq -> canonical 'Islamic State'. The claimant's 'more than 70' is not used. 'ten days', '500,000 afghanis', 'two of the most serious cases' are distractors."),
E(2, ["dozens of relatives of the victims gathered outside the governor's compound"],
  "PI", "2026-03-05", "day", "Jalalabad", "AF", None, None, None, None, None, False,
  "'On Thursday' -> 5 March. A protest dispersed by guards firing into the air and beating men -> Protest with intervention (no figure of injured). 'dozens' are participants."),
E(2, ["Pakistani forces fired mortar rounds into Dangam district"],
  "SHL", "2026-03-05", "day", "Dangam", "AF", None, 3, "exact", "Pakistani military", None, False,
  "'Also on Thursday' -> 5 March. A woman and two children -> injured 3. Stated by the provincial department; Pakistan 'did not comment' is no denial (events_test test-009) -> foreign force 'Pakistani military'. District, no town -> Dangam."),
E(2, ["a suicide bomber from the group killed thirty-one people at a Shiite mosque in Charikar"],
  "SUI", "2022-01-01", "year", "Charikar", "AF", 31, None, "exact", "Islamic State", None, True,
  "'Four years ago' vs 2026 -> 2022, year. 'from the group' = ISKP, stated as fact; no claim is mentioned for it -> perpetrator only. Number word 'thirty-one'."),
E(2, ["a magnetic bomb attached to a minibus killed four customs employees"],
  "IED", "2024-10-01", "month", "Spin Boldak", "AF", 4, None, "exact", None, None, True,
  "'In October 2024' -> month. Magnetic bomb -> Remote explosive. No actor named for it -> null."),
]

# --------------------------------------------------------------- holdout2-003
ARTICLES.append(A(3, "en", "transcript", "2026-03-10T16:00:00Z",
"Frontline Briefing, episode 112: after Jalalabad",
"""
HOST: Welcome to Frontline Briefing, I'm Dana Whitcombe. This week, a week on from the twin suicide bombing at the Jalalabad passport office, we're asking what the Taliban's response tells us. With me is Farid Sultani, who researches armed groups in eastern Afghanistan. Farid, first, where does the toll stand?

FARID SULTANI: So, um, the latest figure from the health ministry is twenty-six dead, and a little over forty wounded. And that's after, uh, three more people died over the weekend.

HOST: And there have been arrests.

FARID SULTANI: Yes. On Sunday the Taliban's intelligence service said it had arrested six men in a raid on a house in Kama district, just east of the city. They showed a dozen explosive vests on a table, and, um, a pile of forged Pakistani ID cards. Then yesterday they said two more suspects were picked up in Kabul. Their spokesman also said about 300 people had been questioned since the bombing, which, you know, tells you how wide the net is.

HOST: Is this a sign they have a handle on ISKP?

FARID SULTANI: I'd be careful. They arrested a lot of people after Charikar too, and the group came back. What worries me more is the border. On Saturday, Pakistani air strikes hit Barmal district in Paktika, and the Taliban say eight civilians were killed. Islamabad says it struck militant hideouts. So you have, uh, two fronts at once.

HOST: Listeners can find Farid's report on our website. And if you're in Nangarhar and want to reach the Red Crescent blood drive, the number is 0093 60 555 0142, that's open until Friday.

FARID SULTANI: And it's needed, honestly. That many wounded is a lot for one hospital.

HOST: Farid Sultani, thank you. Next week: the drought in the north, and why wheat is up 18 percent.
"""))
GOLD += [
E(3, ["the twin suicide bombing at the Jalalabad passport office", "since the bombing"],
  "SUI", "2026-03-03", "day", "Jalalabad", "AF", 26, 40, "exact", None, None, False,
  "Podcast. 'a week on from' vs Tuesday 10 March -> 3 March, exactly one week earlier. 'twenty-six dead' (number word) -> exact. 'a little over forty wounded' -> 40 (more_than), but the qualifier describes the killed figure. No claim or attribution is stated in this document (ISKP is only named in the host's question) -> null."),
E(3, ["it had arrested six men in a raid on a house in Kama district"],
  "ARR", "2026-03-08", "day", "Kama", "AF", None, None, None, "Taliban", None, False,
  "'On Sunday' vs Tuesday 10 March -> 8 March (announcement and raid, no other date given). Taliban intelligence -> 'Taliban' (dev rule). 'a dozen explosive vests' and the forged ID cards belong to the arrest and are not casualties."),
E(3, ["two more suspects were picked up in Kabul"],
  "ARR", "2026-03-09", "day", "Kabul", "AF", None, None, None, "Taliban", None, False,
  "'yesterday' -> 9 March. Separate arrest (another day, another place). 'about 300 people had been questioned' is not an arrest."),
E(3, ["Pakistani air strikes hit Barmal district"],
  "AIR", "2026-03-07", "day", "Barmal", "AF", 8, None, "exact", "Pakistani military", None, False,
  "'On Saturday' -> 7 March. Pakistan acknowledges the strikes ('says it struck militant hideouts') -> 'Pakistani military'. The victims are disputed (civilians vs militants) but the figure eight is the only one given. The phone number, 'Friday', '18 percent' are distractors; Charikar is named only as a reference ('after Charikar') with no date -> not a separate event here."),
]

# --------------------------------------------------------------- holdout2-004
ARTICLES.append(A(4, "en", "article", "2026-04-17T06:00:00Z",
"Suicide bombers kill at least 18 day labourers in Iraq's Hawija",
"""
KIRKUK, Iraq, April 17 (Wire) - Two suicide bombers blew themselves up among day labourers waiting for work in a square in Hawija, west of Kirkuk, on Thursday morning, killing at least 18 people and wounding about 35, police and hospital sources said.

The first attacker walked into the crowd of several hundred men at around 6:45 a.m., when contractors arrive to pick workers for building sites, a police colonel said. The second detonated his belt at the edge of the square a few minutes later. Ahmed Khalaf, a student, 19, who worked on building sites during the holidays, was among the dead, his cousin said.

No group has claimed the attack. The colonel said it had "the fingerprints of Daesh", whose remnants still move through the Hamrin hills and the Zghaytun valley south of the town.

Late on Wednesday, gunmen abducted the head of a village near al-Riyadh, a subdistrict southwest of Hawija, and his two sons, a local official said. Their families have received no demand.

Hawija has seen few large attacks since the Islamic State lost it. The last suicide bombing in the district, in 2021, killed four members of a tribal militia at a checkpoint near Abbasi. Last August, a roadside bomb wounded three soldiers near Zab.

Workers in the square earn about 25,000 dinars a day. "There is no other work," said Saad Jassim, 52, who was 20 metres from the second blast. "We will be back on Saturday."

Kirkuk's governor ordered a curfew in Hawija until further notice and sent 40 ambulances and two generators to the town's hospital.
"""))
GOLD += [
E(4, ["Two suicide bombers blew themselves up among day labourers", "detonated his belt", "the attack", "the second blast"],
  "SUI", "2026-04-16", "day", "Hawija", "IQ", 18, 35, "at_least", None, None, False,
  "Twin suicide bombing -> one event. 'on Thursday morning' vs Friday 17 April -> 16 April. 'about 35' wounded -> 35; the qualifier describes killed (at least 18). 'the fingerprints of Daesh' is a police colonel's impression, not a stated attribution -> speculation, null. 'several hundred men', '6:45 a.m.', 'a student, 19,', '25,000 dinars', '52', '20 metres', '40 ambulances' are distractors; the curfew is not an event."),
E(4, ["gunmen abducted the head of a village near al-Riyadh"],
  "ABD", "2026-04-15", "day", "al-Riyadh", "IQ", None, None, None, None, None, False,
  "'Late on Wednesday' -> 15 April. al-Riyadh is a subdistrict of Kirkuk province (not the Saudi capital) -> IQ. Unnamed gunmen -> null."),
E(4, ["The last suicide bombing in the district", "killed four members of a tribal militia at a checkpoint near Abbasi"],
  "SUI", "2021-01-01", "year", "Abbasi", "IQ", 4, None, "exact", None, None, True,
  "'in 2021' -> year. 'The last suicide bombing in the district' names this event and is its first trigger. No actor named -> null."),
E(4, ["a roadside bomb wounded three soldiers near Zab"],
  "IED", "2025-08-01", "month", "Zab", "IQ", None, 3, "exact", None, None, True,
  "'Last August' in an April 2026 story -> 2025-08, month. Only an injured figure."),
]

# --------------------------------------------------------------- holdout2-005
ARTICLES.append(A(5, "en", "article", "2026-04-17T17:45:00Z",
"Live: Hawija bombing, day two",
"""
All times are local (UTC+3). Newest entries first.

20:40 - The Kirkuk health directorate has just updated the toll: 23 dead and 41 wounded. Two of the wounded were transferred to Erbil overnight.

19:30 - Police in Kirkuk say they detained two men at the Maktab Khalid checkpoint this afternoon with a car full of fertiliser. It is not yet clear whether they are linked to the attack on the square.

18:15 - The Security Media Cell says army helicopters struck an Islamic State hideout in the Zghaytun valley this afternoon, killing five militants, "in response to yesterday's crime". It does not say whether the dead are linked to the bombing.

16:05 - Mourners carrying three coffins marched from the square to the cemetery, chanting against the provincial council. Our reporter says it ended quietly.

14:30 - The toll rose to 21, the police said, after two men died in surgery.

11:00 - The interior ministry says a dozen explosive devices were found and defused this morning in shops around the square, where "a third attack" may have been planned. Nobody was hurt.

09:20 - Families looking for relatives can call the Kirkuk hospital hotline on 07701 234 567 or go to the Hawija general hospital, which has listed 30 names on its gate.

08:00 - What we know so far: Two suicide bombers struck a square where day labourers gather in Hawija, west of Kirkuk, yesterday at about 6:45 a.m. At least 18 people were killed and about 35 wounded, according to the overnight figures. No group has claimed the attack. The curfew ordered last night is still in force, and 300 soldiers have been sent from Kirkuk.

07:45 - Good morning. We are resuming our coverage of the twin bombing in Hawija.
"""))
GOLD += [
E(5, ["linked to the attack on the square", "yesterday's crime", "linked to the bombing", "Two suicide bombers struck a square", "the attack#2", "the twin bombing in Hawija"],
  "SUI", "2026-04-16", "day", "Hawija", "IQ", 23, 41, "exact", None, None, False,
  "Live blog, reverse-chronological. 'yesterday' vs 17 April -> 16 April. The toll rises within the text (at least 18 -> 21 -> 23); the latest entry (20:40, '23 dead and 41 wounded') is the final figure. Not claimed -> null. Blog times are local (UTC+3); published_at is the last entry in UTC. The first naming in the text is in the 19:30 entry ('linked to the attack on the square')."),
E(5, ["Police in Kirkuk say they detained two men at the Maktab Khalid checkpoint"],
  "ARR", "2026-04-17", "day", "Kirkuk", "IQ", None, None, None, "police", None, False,
  "'this afternoon' -> 17 April. A checkpoint in Kirkuk -> Kirkuk. Two arrestees are not casualties; the possible link is not established."),
E(5, ["army helicopters struck an Islamic State hideout in the Zghaytun valley"],
  "AIR", "2026-04-17", "day", "Zghaytun valley", "IQ", 5, None, "exact", "military", None, False,
  "'this afternoon' -> 17 April. Army helicopters -> military. A valley with no town -> coded by its own name."),
E(5, ["Mourners carrying three coffins marched from the square to the cemetery"],
  "PP", "2026-04-17", "day", "Hawija", "IQ", None, None, None, None, None, False,
  "Funeral march chanting against officials, ended quietly -> Peaceful protest (events_holdout funeral-march convention)."),
E(5, ["a dozen explosive devices were found and defused"],
  "DWU", "2026-04-17", "day", "Hawija", "IQ", 0, 0, "exact", "police", None, False,
  "'this morning' -> 17 April. Devices defused on their own -> Disrupted weapons use; the interior ministry -> police. 'Nobody was hurt' -> explicit 0/0. 'a dozen' is a device count, not a casualty figure. The hotline number, '30 names', '300 soldiers' are distractors."),
]

# --------------------------------------------------------------- holdout2-006
ARTICLES.append(A(6, "en", "article", "2026-04-23T09:00:00Z",
"Iraq arrests three in Rashad over Hawija bombing; toll reaches 25",
"""
BAGHDAD, April 23 (Wire) - Iraqi intelligence officers have arrested three men suspected of helping the two suicide bombers who killed 25 people in Hawija last week, the National Security Service said on Wednesday.

The men were detained on Monday in Rashad, a town about 40 kilometres south of Hawija, where officers also found 30 homemade bombs and two explosive belts in a chicken farm, the service said. One of the suspects, a 41-year-old, is the brother-in-law of one of the bombers, it said.

On Tuesday, a woman suspected of hiding the bombers for two nights was detained at her home in Baiji, the statement said.

The Islamic State claimed the April 16 bombing through its Amaq agency the day after the attack. A wounded 14-year-old boy died on Tuesday, raising the toll to 25. Forty-three people were wounded, the health directorate said.

Separately, Islamic State militants attacked a post of the Popular Mobilisation Forces near Dibis, north of Kirkuk, on Tuesday night. Two fighters and one attacker were killed, the PMF said.

In Hawija, the square where the bombers struck reopened on Sunday, with two checkpoints at its entrances. Around 200 workers came back the first day, about half the usual number.

The arrests are the largest in Kirkuk province since the spring of 2024, when the security services broke up a cell in Hawija accused of planning to bomb a Shiite pilgrimage route. Eleven men were arrested then and sentenced to death last year.
"""))
GOLD += [
E(6, ["the two suicide bombers who killed 25 people in Hawija", "the April 16 bombing", "the attack", "where the bombers struck"],
  "SUI", "2026-04-16", "day", "Hawija", "IQ", 25, 43, "exact", "Islamic State", "Islamic State", False,
  "'the April 16 bombing' absolute. Final toll 25 ('raising the toll to 25'), 43 wounded. Claimed by the Islamic State via Amaq. '14-year-old', '40 kilometres', '41-year-old', 'two nights', 'Around 200 workers' are distractors."),
E(6, ["have arrested three men", "The men were detained on Monday in Rashad"],
  "ARR", "2026-04-20", "day", "Rashad", "IQ", None, None, None, "police", None, False,
  "'on Monday' vs Thursday 23 April -> 20 April. National Security Service -> police. '30 homemade bombs and two explosive belts' belong to the arrest and are not casualties."),
E(6, ["a woman suspected of hiding the bombers for two nights was detained"],
  "ARR", "2026-04-21", "day", "Baiji", "IQ", None, None, None, "police", None, False,
  "'On Tuesday' -> 21 April. Separate arrest (another day, another place), same service."),
E(6, ["Islamic State militants attacked a post of the Popular Mobilisation Forces near Dibis"],
  "BAT", "2026-04-21", "day", "Dibis", "IQ", 3, None, "exact", "Islamic State", None, False,
  "'on Tuesday night' -> 21 April. Initiator stated by the PMF -> Islamic State. Sum of sides: 2 fighters + 1 attacker = 3."),
E(6, ["broke up a cell in Hawija"],
  "ARR", "2024-01-01", "year", "Hawija", "IQ", None, None, None, "police", None, True,
  "'the spring of 2024' -> year precision (dev rule for seasons). Background arrests by the security services -> police. The death sentences 'last year' are not events; the planned bombing never happened."),
]
