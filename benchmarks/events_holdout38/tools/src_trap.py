"""Authoring source of benchmarks/events_holdout38 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the trap (holdout38-022), an English and French bilingual municipal
notice from Luganville (Vanuatu) about an Independence Day fireworks show
and the controlled demolition of an old shed. It holds no security event:
fireworks "shells" (« bombes »), a "controlled blast", charges "detonated",
an "explosion", children "treated for minor burns" after an accident last
year, a police tent for lost children and many numbers. No gold event.
Vanuatu is UTC+11: published 13:00 local, 02:00 UTC on the same date."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout38")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout38-022
ARTICLES.append(A(22, "en", "article", "2026-07-24T02:00:00Z",
"Luganville: fireworks and shed demolition notice",
"""
LUGANVILLE MUNICIPAL COUNCIL / CONSEIL MUNICIPAL DE LUGANVILLE - PUBLIC NOTICE No. 31/2026 / AVIS PUBLIC N° 31/2026

EN: The Council informs residents that the fireworks display for the 46th anniversary of Independence will be fired from the Main Wharf on Thursday 30 July at 8:30 p.m. The show lasts 18 minutes and uses about 1,200 shells. Spectators must stay behind the barriers, at least 150 metres from the firing zone. Last year two children were treated for minor burns after picking up unexploded rockets on the beach: do not touch any device you find, and call 36 555.

FR : Le Conseil informe les habitants que le feu d'artifice du 46e anniversaire de l'Indépendance sera tiré depuis le quai principal le jeudi 30 juillet à 20 h 30. Le spectacle dure 18 minutes et compte environ 1 200 bombes. Les spectateurs doivent rester derrière les barrières, à au moins 150 mètres de la zone de tir. L'an dernier, deux enfants ont été soignés pour de légères brûlures après avoir ramassé des fusées non explosées sur la plage : ne touchez à aucun engin et appelez le 36 555.

EN: On Monday 3 August at 7 a.m., a contractor will bring down the old copra shed near the Main Wharf with a controlled blast. The charges will be detonated by a licensed engineer. Roads within 200 metres will be closed from 6 to 9 a.m., and 40 households will spend the morning in the school hall. A siren will sound three times before the explosion.

FR : Le lundi 3 août à 7 heures, une entreprise abattra l'ancien hangar à coprah près du quai principal par dynamitage contrôlé. Les charges seront mises à feu par un ingénieur agréé. Les rues situées à moins de 200 mètres seront fermées de 6 heures à 9 heures, et 40 foyers passeront la matinée à la salle de l'école. Une sirène retentira trois fois avant l'explosion.

Lost children / Enfants perdus: police tent / tente de la police. Council office / Mairie: 36 111.

The Town Clerk / Le secrétaire général
"""))
# No gold event: holdout38-022 is a trap.
