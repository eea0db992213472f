"""Authoring source of benchmarks/events_holdout9 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: a football match report with no event (holdout9-009), a court verdict
in Balochistan, Pakistan, whose old attacks are background events (010),
and a news story from Yemen with a denial (011)."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout9")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout9-009
ARTICLES.append(A(9, "en", "article", "2026-10-02T21:00:00Z",
"Al-Zawraa demolish Air Force in a bruising Baghdad derby",
"""
BAGHDAD, Oct 2 - Al-Zawraa killed off the Baghdad derby in a devastating eleven-minute spell before half-time on Friday, blasting three goals past Al-Quwa Al-Jawiya in front of 30,000 fans at Al-Shaab Stadium to go top of the Iraq Stars League.

It was a battle from the first whistle. The Air Force, unbeaten in six games, laid siege to the home goal for twenty minutes and their striker fired two shots that were blocked on the line. Then the visitors were ambushed on the counter. Ameer Sabah's first goal was an execution from the penalty spot after a clumsy tackle in the 34th minute; his second, a shot from 25 yards, exploded into the top corner. The third, a header from a corner, was a massacre of the marking.

Two players were injured in a clash of heads late in the first half and both were taken to hospital for checks, the club doctor said; neither was seriously hurt. The Air Force captain was sent off for a second yellow card and his teammates surrounded the referee to protest, which earned two more bookings.

"They were lethal," said the Air Force coach, who has now lost three derbies in a row. "We were slaughtered in eleven minutes and we did not fire a shot in the second half."

Al-Zawraa's coach, who turns 58 next week, called it "a killer performance". His side travel to Basra on Tuesday and have won nine of their 12 league games, scoring 27 goals. Ticket sales reached a record 1.2 billion dinars this season.
"""))

# --------------------------------------------------------------- holdout9-010
ARTICLES.append(A(10, "en", "article", "2026-10-20T10:00:00Z",
"Three men sentenced for 2016 Dera Bugti market bombing",
"""
SIBI, Pakistan, Oct 20 (Wire) - An anti-terrorism court in Sibi on Monday sentenced three men to life in prison for a bomb attack on a market in Dera Bugti ten years ago, closing one of the longest-running terrorism trials in Balochistan.

On 16 August 2016, a bomb hidden in a parked motorbike exploded in the main bazaar of Dera Bugti as shoppers crowded in ahead of Independence Day, killing 13 people and wounding 27. Prosecutors said the three men belonged to a banned separatist group, which the court did not name in its short order.

The men were arrested by the Counter Terrorism Department in Sui in March 2017, after some 300 people had been questioned. Each was also fined 2 million rupees. Defence lawyer Naveed Bugti said his clients, now aged 29, 33 and 41, had been tortured and would appeal. The court heard 41 witnesses over nine years.

In a separate case, the same court acquitted five men accused over the killing of two policemen at a checkpoint in Kohlu in May 2019, saying the prosecution had failed to link them to the weapons found.

Outside the court on Monday, about 150 relatives of the Dera Bugti victims rallied with photographs of their dead and demanded that the men be hanged. The gathering was peaceful and ended after an hour. "Ten years is too long," said a shopkeeper who lost his brother and two nephews in the blast.
"""))
GOLD += [
E(10, ["a bomb attack on a market in Dera Bugti", "a bomb hidden in a parked motorbike exploded", "the blast"],
  "IED", "2016-08-16", "day", "Dera Bugti", "PK", 13, 27, "exact", None, None, True,
  "A verdict is not an event (events_holdout2 rule), but the old attack is named with place and date -> background. 'On 16 August 2016' -> day. 'a banned separatist group' unnamed -> null. 'ten years ago' is the same attack. 'two nephews' are among the 13."),
E(10, ["The men were arrested by the Counter Terrorism Department in Sui"],
  "ARR", "2017-03-01", "month", "Sui", "PK", None, None, None, "police", None, True,
  "'in March 2017' -> month. CTD -> police. 'some 300 people had been questioned' are not arrests; '2 million rupees', ages '29, 33 and 41', '41 witnesses' are distractors."),
E(10, ["the killing of two policemen at a checkpoint in Kohlu"],
  "BAT", "2019-05-01", "month", "Kohlu", "PK", 2, None, "exact", None, None, True,
  "'in May 2019' -> month. Policemen killed at a checkpoint by unnamed attackers -> Armed clash with a null perpetrator (holdout5 Dargai rule). The acquittal is not an event."),
E(10, ["about 150 relatives of the Dera Bugti victims rallied"],
  "PP", "2026-10-19", "day", "Sibi", "PK", None, None, None, None, None, False,
  "'Outside the court on Monday' -> 19 October. A gathering with a demand, peaceful -> Peaceful protest. 'about 150' are participants."),
]

# --------------------------------------------------------------- holdout9-011
ARTICLES.append(A(11, "en", "article", "2026-11-04T12:00:00Z",
"Missile strike on Red Sea coast camp kills nine Yemeni soldiers",
"""
ADEN, Yemen, Nov 4 (Wire) - A ballistic missile hit a military camp in al-Khokha, on Yemen's Red Sea coast, on Monday, killing nine soldiers and wounding more than a dozen, military officials said.

The government's defence ministry said the missile had been fired by the Houthis from Hodeidah province, some 110 km to the north. A Houthi military spokesman denied the charge, saying the group "has not fired a single missile at al-Khokha" and accusing the government of shelling its own camp to derail talks. Two years ago, a missile strike on the same camp killed 14 soldiers.

In Abyan province, gunmen believed to belong to al-Qaeda in the Arabian Peninsula abducted two local staff of an international aid group near Jaar on Sunday, the group said. Their vehicle was found burned a day later.

In the Houthi-held city of Ibb, several hundred people protested on Tuesday over salaries that have gone unpaid for eight months. Houthi security men fired into the air to break up the crowd, and detained 23 protesters, among them a 17-year-old, rights activists said. Two journalists covering the protest were briefly questioned and released.

The UN envoy, who visited Aden last week, said 4.5 million people remained displaced in the country.
"""))
GOLD += [
E(11, ["A ballistic missile hit a military camp in al-Khokha", "the missile had been fired by the Houthis", "fired a single missile at al-Khokha"],
  "SHL", "2026-11-02", "day", "al-Khokha", "YE", 9, 12, "exact", None, None, False,
  "'on Monday' vs Wednesday 4 November -> 2 November. A missile attack -> Shelling/artillery/missile attack. The government blames the Houthis and the Houthis deny -> perpetrator null (blame plus denial). 'more than a dozen' wounded -> 12; the qualifier describes the killed figure (exact). '110 km' is a distractor."),
E(11, ["a missile strike on the same camp killed 14 soldiers"],
  "SHL", "2024-01-01", "year", "al-Khokha", "YE", 14, None, "exact", None, None, True,
  "'Two years ago' vs 2026 -> 2024, year. No actor named."),
E(11, ["gunmen believed to belong to al-Qaeda in the Arabian Peninsula abducted two local staff"],
  "ABD", "2026-11-01", "day", "Jaar", "YE", None, None, None, None, None, False,
  "'on Sunday' -> 1 November. 'believed to belong to' is speculation -> perpetrator null. 'two' are abductees; the vehicle found 'a day later' is no event."),
E(11, ["several hundred people protested on Tuesday over salaries", "fired into the air to break up the crowd"],
  "PI", "2026-11-03", "day", "Ibb", "YE", None, None, None, None, None, False,
  "'on Tuesday' -> 3 November. A protest broken up by shots in the air -> Protest with intervention. 'eight months' is a span."),
E(11, ["detained 23 protesters"],
  "ARR", "2026-11-03", "day", "Ibb", "YE", None, None, None, "Houthis", None, False,
  "Protesters' arrests reported on their own -> separate Arrests event; Houthi security men as the arresting authority -> Houthis (holdout3 Rada'a rule). '17-year-old' is a distractor; the two journalists 'briefly questioned' are not arrested. '4.5 million' displaced is a distractor."),
]
