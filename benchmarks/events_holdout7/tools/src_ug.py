"""Authoring source of benchmarks/events_holdout7 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Mbarara, Uganda chain (holdout7-010 to 014): a twin suicide
bombing at the taxi park on Friday evening 12 June 2026, told by a breaking
wire, an update naming the ADF, the Islamic State claim, a French arrests
story and a TV transcript with background attacks. Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout7")

ARTICLES = []
GOLD = []

# --------------------------------------------------------------- holdout7-010
ARTICLES.append(A(10, "en", "article", "2026-06-12T19:30:00Z",
"Seven dead as two suicide bombers strike Mbarara taxi park",
"""
KAMPALA, June 12 (Wire) - Seven people, among them a traffic officer and a child, were killed and dozens injured on Friday evening when two suicide bombers blew themselves up at the main taxi park in Mbarara, in western Uganda, police said.

The first bomber, who arrived on a motorcycle taxi, set off his explosives near the ticket booths at about 6:20 p.m., as commuters crowded the park at the end of the working week. A second man detonated a bag of explosives minutes later near the exit, where people were fleeing, police spokesman Fred Asiimwe said.

"We have counted seven dead so far, not counting the two attackers," Asiimwe told a television station. He said the toll could rise. Mbarara Regional Referral Hospital said it had received dozens of wounded and appealed for blood donors.

There was no immediate claim of responsibility. Police have in the past blamed the Allied Democratic Forces, a rebel group that pledged allegiance to the Islamic State, for bombings in the country.

Earlier on Friday, police said they had defused a pipe bomb left in a plastic bag at a fuel station in Kasese town, about 150 km to the north-west. No one was hurt.

Security was tightened at bus terminals in Kampala, Masaka and Fort Portal, and police asked the public to report suspicious packages on the toll-free line 999. Taxi operators in Mbarara said the park handles about 4,000 passengers a day.
"""))
GOLD += [
E(10, ["two suicide bombers blew themselves up at the main taxi park in Mbarara", "The first bomber", "A second man detonated a bag of explosives"],
  "SUI", "2026-06-12", "day", "Mbarara", "UG", 9, 12, "exact", None, None, False,
  "Toll before the event: 'Seven people ... were killed and dozens injured'; the spokesman's 'seven dead so far, not counting the two attackers' adds the bombers -> 7 + 2 = 9 (the 'not counting' rule of events_holdout). 'dozens' wounded -> 12 (dev table); the qualifier describes the killed figure (exact). 'on Friday evening' = publication day, 12 June. 'Police have in the past blamed' is speculation -> no perpetrator; no claim. '6:20', '150 km', '999', '4,000' are distractors."),
E(10, ["police said they had defused a pipe bomb left in a plastic bag at a fuel station in Kasese town"],
  "DWU", "2026-06-12", "day", "Kasese", "UG", 0, 0, "exact", "police", None, False,
  "'Earlier on Friday' -> 12 June. A device defused on its own -> Disrupted weapons use; 'No one was hurt' -> 0/0."),
]

# --------------------------------------------------------------- holdout7-011
ARTICLES.append(A(11, "en", "article", "2026-06-14T10:00:00Z",
"Mbarara bombing toll rises to 16 as police name ADF cell",
"""
MBARARA, Uganda, June 14 (Wire) - The two bombers and 14 others are now known to have died in Friday's twin suicide attack on the Mbarara taxi park, police said on Sunday, after three of the wounded died in hospital on Saturday. Another 49 people were wounded, 18 of whom remain in a serious condition.

Police spokesman Fred Asiimwe said the bombers belonged to a cell of the Allied Democratic Forces (ADF) that had entered the country from the Democratic Republic of Congo in May. "The ADF carried out this attack. We know who they are and who helped them," he said at a news conference.

The dead include a 9-year-old girl who was selling boiled eggs and a traffic officer, Corporal Annet Kyomuhendo, 29, who tried to stop the second bomber.

On Saturday, hundreds of motorcycle taxi riders blocked the Mbarara-Kabale road to protest against a ban on boda bodas in the town centre, which police imposed after the attack. Police fired tear gas to disperse them and said eleven riders had been arrested. Two riders were injured.

Also on Saturday, soldiers attacked a camp of suspected ADF fighters near Ntoroko, close to the Congolese border, killing four of them in the gunfight that followed, the army said, without linking them to the bombing.

The taxi park reopened on Sunday morning under heavy guard. Traders said business was down by more than half.
"""))
GOLD += [
E(11, ["Friday's twin suicide attack on the Mbarara taxi park", "this attack", "the second bomber", "after the attack", "the bombing"],
  "SUI", "2026-06-12", "day", "Mbarara", "UG", 16, 49, "exact", "Allied Democratic Forces", None, False,
  "'Friday's' vs Sunday 14 June -> 12 June. 'The two bombers and 14 others' -> 16 (bombers named in the count); the three who died in hospital are inside it. 'Another 49 people were wounded' -> 49 ('18' is a subset). Police state as fact that the ADF carried it out (no claim in this document) -> perpetrator 'Allied Democratic Forces', claimed_by null. '9-year-old', '29' are ages."),
E(11, ["hundreds of motorcycle taxi riders blocked the Mbarara-Kabale road to protest", "Police fired tear gas to disperse them"],
  "PI", "2026-06-13", "day", "Mbarara", "UG", None, 2, "exact", None, None, False,
  "'On Saturday' -> 13 June. A road blockade dispersed with tear gas -> Protest with intervention (events_holdout6 Tinsukia). Mbarara-Kabale road -> first-named place. 'Two riders were injured' -> injured 2, killed null."),
E(11, ["eleven riders had been arrested"],
  "ARR", "2026-06-13", "day", "Mbarara", "UG", None, None, None, "police", None, False,
  "Protesters' arrests reported on their own -> a separate Arrests event (events_val val-015). 'eleven' are arrestees."),
E(11, ["soldiers attacked a camp of suspected ADF fighters near Ntoroko", "the gunfight that followed"],
  "BAT", "2026-06-13", "day", "Ntoroko", "UG", 4, None, "exact", "military", None, False,
  "'Also on Saturday' -> 13 June. A raid by soldiers on an armed camp -> Armed clash initiated by the military (events_holdout6). The army's own figure of four is the only one."),
]

# --------------------------------------------------------------- holdout7-012
ARTICLES.append(A(12, "en", "article", "2026-06-15T07:45:00Z",
"Islamic State claims Mbarara suicide bombing",
"""
KAMPALA, June 15 (Wire) - The Islamic State group has claimed Friday's double suicide bombing at a taxi park in the western Ugandan city of Mbarara, which killed 14 people as well as the two attackers.

In a statement posted on Sunday evening on its Telegram channels, the group's Central Africa Province said two of its "soldiers of the caliphate" had attacked "a gathering of Christians", killing and wounding "more than 40". The statement carried a photograph of two young men holding rifles in front of a black flag.

Ugandan police have said the bombers belonged to the Allied Democratic Forces (ADF), the Congo-based rebel group whose leaders pledged allegiance to the Islamic State in 2019. A government spokeswoman, Grace Nankunda, said the group's figures were "inflated, as usual", but did not question its responsibility.

On Sunday afternoon, suspected ADF fighters killed four farmers and abducted two children in a village near Bundibugyo, a local official said. The army said troops were pursuing the attackers.

The group's last claimed attack in Uganda was a bomb that exploded in a bar in Fort Portal in October last year, killing two people and wounding eleven.

The Mbarara bombing was the deadliest in the country in years. Thousands of people attended a prayer service for the victims at the city's stadium on Sunday, where the names of the 14 dead were read out one by one.
"""))
GOLD += [
E(12, ["Friday's double suicide bombing at a taxi park", "The Mbarara bombing"],
  "SUI", "2026-06-12", "day", "Mbarara", "UG", 16, None, "exact", "Islamic State", "Islamic State", False,
  "'Friday's' vs Monday 15 June -> 12 June. 'killed 14 people as well as the two attackers' -> 14 + 2 = 16 (the text names the bombers' deaths). Claimed by the Islamic State's Central Africa Province -> Islamic State, which is also the perpetrator although police name the ADF (events_test test-024 rule); the government disputes the figures, not the authorship. 'more than 40' is the claimant's toll; no wounded figure otherwise. The prayer service is not coded."),
E(12, ["suspected ADF fighters killed four farmers and abducted two children"],
  "ATK", "2026-06-14", "day", "Bundibugyo", "UG", 4, None, "exact", None, None, False,
  "'On Sunday afternoon' vs Monday 15 June -> 14 June. 'suspected' -> speculation, no perpetrator. A killing and an abduction in one incident -> one Attack (events_holdout3 Butura). 'near Bundibugyo' -> Bundibugyo."),
E(12, ["The group's last claimed attack in Uganda", "a bomb that exploded in a bar in Fort Portal"],
  "IED", "2025-10-01", "month", "Fort Portal", "UG", 2, 11, "exact", "Islamic State", "Islamic State", True,
  "'in October last year' in a June 2026 story -> October 2025, month, background. 'The group's last claimed attack' -> claimed by the Islamic State group."),
]

# --------------------------------------------------------------- holdout7-013
ARTICLES.append(A(13, "fr", "article", "2026-06-19T12:00:00Z",
"Ouganda : onze interpellations après le double attentat-suicide de Mbarara",
"""
KAMPALA, 19 juin (Agence) - La police ougandaise a annoncé jeudi avoir interpellé onze personnes soupçonnées d'avoir aidé les deux kamikazes qui se sont fait exploser le 12 juin dans la gare routière de Mbarara, un double attentat-suicide revendiqué par l'État islamique qui a fait seize morts, dont les deux assaillants, et une cinquantaine de blessés.

Six suspects ont été arrêtés mardi lors d'une opération dans un quartier périphérique de Mbarara. Les policiers y ont saisi deux ceintures explosives inachevées, une vingtaine de détonateurs et trois millions de shillings en liquide, selon un communiqué.

Quatre autres ont été interpellés mercredi à Bwera, poste-frontière avec la République démocratique du Congo, parmi lesquels un passeur de 24 ans. Le onzième, un homme de 52 ans présenté comme le logeur du commando, a été arrêté jeudi matin à Ibanda, à une soixantaine de kilomètres au nord.

Une quarantaine de personnes ont par ailleurs été entendues puis relâchées. Le porte-parole de la police a indiqué que le cerveau présumé de l'attaque était toujours en fuite.

À Kasese, mercredi soir, des hommes armés ont attaqué un poste de police, tuant un agent avant d'être repoussés. Un des assaillants a été tué, selon l'armée.

Les autorités ont renforcé les contrôles à la frontière, où quelque 300 militaires supplémentaires ont été déployés depuis le début de la semaine.
"""))
GOLD += [
E(13, ["les deux kamikazes qui se sont fait exploser", "un double attentat-suicide", "l'attaque"],
  "SUI", "2026-06-12", "day", "Mbarara", "UG", 16, 50, "exact", "Islamic State", "Islamic State", False,
  "'le 12 juin'. 'seize morts, dont les deux assaillants' -> 16 (bombers already inside). 'une cinquantaine de blessés' -> 50; the qualifier describes the killed figure (exact). 'revendiqué par l'État islamique' -> claimed. 'onze personnes' are arrestees (split by place below)."),
E(13, ["Six suspects ont été arrêtés mardi lors d'une opération dans un quartier périphérique de Mbarara"],
  "ARR", "2026-06-16", "day", "Mbarara", "UG", None, None, None, "police", None, False,
  "'mardi' vs Friday 19 June -> 16 June. Belts, 'une vingtaine de détonateurs', 'trois millions de shillings' belong to the arrest."),
E(13, ["Quatre autres ont été interpellés mercredi à Bwera"],
  "ARR", "2026-06-17", "day", "Bwera", "UG", None, None, None, "police", None, False,
  "'mercredi' -> 17 June. The force is carried over from the police communiqué. '24 ans' is an age."),
E(13, ["a été arrêté jeudi matin à Ibanda"],
  "ARR", "2026-06-18", "day", "Ibanda", "UG", None, None, None, "police", None, False,
  "'jeudi matin' -> 18 June. '52 ans', 'une soixantaine de kilomètres' are distractors. 'Une quarantaine de personnes ... entendues' are questioned, not arrested."),
E(13, ["des hommes armés ont attaqué un poste de police"],
  "BAT", "2026-06-17", "day", "Kasese", "UG", 2, None, "exact", None, None, False,
  "'mercredi soir' -> 17 June. Gunmen attacking a police post -> Armed clash with a null perpetrator (unnamed; events_holdout6 Ngaoundéré). 'un agent' + 'Un des assaillants' = 2. '300 militaires' is a deployment."),
]

# --------------------------------------------------------------- holdout7-014
ARTICLES.append(A(14, "en", "transcript", "2026-07-04T17:00:00Z",
"Evening News: Uganda on alert after Mbarara",
"""
ANCHOR: Good evening. More than three weeks after the twin suicide bombing at the Mbarara taxi park, the city's traders say customers are only slowly coming back. Our correspondent Brian Tumusiime joins us from Mbarara. Brian?

BRIAN TUMUSIIME: Thank you. Sixteen people died here on the twelfth of June, the two bombers among them, and about fifty were hurt. Today the park is busy again, but there are soldiers at every gate and the boda bodas are still banned from the centre.

ANCHOR: Thank you, Brian. Joining us in the studio is the security analyst Dr Sarah Nabirye. Doctor, is this kind of attack new for Uganda?

SARAH NABIRYE: Not entirely. In 2019 a suicide bomber on a bicycle blew himself up at a police checkpoint outside Kasese. He killed only himself; nobody else was hurt. Four years ago, ADF gunmen attacked the police post at Bwera and killed five officers. And in August 2024 a bomb hidden in a church in Kyotera wounded six worshippers. There were no deaths, by a miracle.

ANCHOR: And the military response since June?

SARAH NABIRYE: It has been strong. Two weeks ago, troops raided an ADF camp near Ntoroko and say they killed six fighters. But the cells that matter are in the towns, not in the forest. Mbarara showed that two young men with a bag and a motorcycle can do more harm than a hundred fighters.

ANCHOR: What should the public do?

SARAH NABIRYE: Report what looks wrong. And the government should pay the families, as it promised, within the month.

ANCHOR: Dr Nabirye, thank you. Now the weather.
"""))
GOLD += [
E(14, ["the twin suicide bombing at the Mbarara taxi park"],
  "SUI", "2026-06-12", "day", "Mbarara", "UG", 16, 50, "exact", None, None, False,
  "'on the twelfth of June', 22 days before the 4 July bulletin -> current. 'Sixteen people died ..., the two bombers among them' -> 16; 'about fifty were hurt' -> 50 (the qualifier describes the killed figure). No group or claim named for this bombing in the document -> null."),
E(14, ["a suicide bomber on a bicycle blew himself up at a police checkpoint outside Kasese"],
  "SUI", "2019-01-01", "year", "Kasese", "UG", 1, 0, "exact", None, None, True,
  "'In 2019' -> year. 'He killed only himself; nobody else was hurt' -> killed 1 (the bomber), injured 0."),
E(14, ["ADF gunmen attacked the police post at Bwera"],
  "BAT", "2022-01-01", "year", "Bwera", "UG", 5, None, "exact", "Allied Democratic Forces", None, True,
  "'Four years ago' in 2026 -> 2022, year. An attack on a police post -> Armed clash; the analyst states the ADF did it -> perpetrator, no claim."),
E(14, ["a bomb hidden in a church in Kyotera wounded six worshippers"],
  "IED", "2024-08-01", "month", "Kyotera", "UG", 0, 6, "exact", None, None, True,
  "'in August 2024' -> month. 'There were no deaths' -> killed 0; six wounded. No actor named."),
E(14, ["troops raided an ADF camp near Ntoroko"],
  "BAT", "2026-06-20", "day", "Ntoroko", "UG", 6, None, "exact", "military", None, False,
  "'Two weeks ago' in a Saturday 4 July bulletin -> 20 June, day precision (pub minus 14 days, as 'Ten days ago' is resolved in the earlier sets). A raid by troops on an armed camp -> Armed clash initiated by the military; the troops' own figure (six) is the only one. 'a hundred fighters' is rhetorical."),
]
