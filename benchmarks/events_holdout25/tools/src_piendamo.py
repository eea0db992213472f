"""Authoring source of benchmarks/events_holdout25 (see its README): article
texts with their gold events below them; build with benchmarks.event_sets.build.

Here: the Piendamó, Colombia cluster (holdout25-016 to 021; Spanish, English
and French), two suicide bombers on Sunday 20 September 2026 at two sites of
one town in Cauca (the market square and the police station, about 400 m and
five minutes apart): a Colombian daily's first report with a "podría estar
detrás" and devices defused (es 016), a defence-ministry "comunicado"
numbered by point with the revised toll and arrests (es 017), an English wire
with the claim, a denial and an indigenous march (018), a French analysis with
older attacks (fr 019), a court report (es 020) and an opinion column with no
new event (es 021). Notes are in English."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("holdout25")

ARTICLES = []
GOLD = []

# -------------------------------------------------------------- holdout25-016
ARTICLES.append(A(16, "es", "article", "2026-09-20T19:00:00Z",
"Doble atentado suicida en Piendamó deja al menos cinco muertos",
"""
PIENDAMÓ (Cauca) - Al menos cinco personas murieron y una decena resultaron heridas este domingo en Piendamó, en el departamento del Cauca, cuando dos hombres que llevaban explosivos adheridos al cuerpo se inmolaron en la plaza de mercado y frente a la estación de Policía, en lo que las autoridades describieron como el primer atentado suicida en la región en décadas.

Según testigos, el primer hombre, de unos 25 años, entró a la plaza hacia las 10:30 de la mañana, cuando cientos de campesinos vendían café y plátano. Cinco minutos después, el segundo corrió hacia la estación, en la calle 5 número 4-20, a unos 400 metros, y se hizo estallar ante la barricada de la entrada.

"Pensé que era un cilindro de gas, hasta que vi a la gente tirada", contó una vendedora de 47 años que perdió su puesto de 300.000 pesos de mercancía. Los heridos fueron llevados al hospital local y a Popayán, a 25 kilómetros.

Ningún grupo se había atribuido el ataque al caer la tarde. Un oficial de la Policía del Cauca dijo que la Segunda Marquetalia "podría estar detrás", aunque pidió "no adelantar conclusiones".

En la madrugada del sábado, el Ejército había desactivado 30 artefactos explosivos improvisados que estaban enterrados en un camino veredal de Morales, a unos 40 kilómetros, sin que hubiera heridos. No hubo capturas. Hace dos años, un carro bomba estalló frente a la misma estación de Policía de Piendamó sin causar víctimas.

El alcalde decretó toque de queda desde las 8 de la noche y suspendió la feria del café prevista para el fin de semana. El Gobierno anunció un consejo de seguridad en Popayán para el lunes a las 7 de la mañana.
"""))
GOLD += [
E(16, ["dos hombres que llevaban explosivos adheridos al cuerpo se inmolaron", "el primer atentado suicida en la región en décadas"],
  "SUI", "2026-09-20", "day", "Piendamó", "CO", 5, 10, "at_least", None, None, False,
  "'este domingo' = publication day, Sunday 20 September. Two sites of one town (the market square and the police station, about 400 m and five minutes apart) -> ONE Suicide bomb event (the police station is one of the two sites, not a separate attack on security forces). 'Al menos cinco personas murieron y una decena resultaron heridas' -> 5 (at_least), 10 ('una decena', about). No claim; the Segunda Marquetalia \"podría estar detrás\" is speculation -> null. '25 años', '10:30', 'cientos de campesinos', 'Cinco minutos', 'calle 5 número 4-20', '400 metros', '47 años', '300.000 pesos', '25 kilómetros' are not casualties."),
E(16, ["el Ejército había desactivado 30 artefactos explosivos improvisados"],
  "DWU", "2026-09-19", "day", "Morales", "CO", None, 0, "exact", "military", None, False,
  "'En la madrugada del sábado' vs Sunday 20 September -> Saturday 19 September (the small hours belong to that day). Devices defused on their own -> Disrupted weapons use, 'military'. '30 artefactos' is a weapons count, not a casualty; 'sin que hubiera heridos' is an explicit zero for the wounded only: injured 0, killed null, exact (events_holdout9 Bukkuyum rule: the zero covers only what the text says). 'No hubo capturas' -> no arrest. '40 kilómetros', '8 de la noche', '7 de la mañana' are not casualties."),
E(16, ["un carro bomba estalló frente a la misma estación de Policía de Piendamó"],
  "IED", "2024-01-01", "year", "Piendamó", "CO", 0, 0, "exact", None, None, True,
  "'Hace dos años' vs 2026 -> 2024, year, background. A car bomb, no actor named -> Remote explosive/landmine/IED, null. 'sin causar víctimas' -> 0/0, exact (events_holdout19, events_holdout23 Tournai)."),
]

# -------------------------------------------------------------- holdout25-017
ARTICLES.append(A(17, "es", "article", "2026-09-21T14:00:00Z",
"Comunicado del Ministerio de Defensa sobre el atentado de Piendamó",
"""
COMUNICADO DE PRENSA N.º 214. El Ministerio de Defensa Nacional informa a la opinión pública lo siguiente sobre el doble atentado terrorista perpetrado en Piendamó, Cauca:

1. El domingo 20 de septiembre, hacia las 10:30 horas, dos individuos que portaban chalecos con explosivos los activaron con cinco minutos de diferencia en la plaza de mercado y frente a la estación de Policía del municipio.

2. El balance preliminar de cinco personas fallecidas se elevó en la tarde del domingo a once. En la noche murieron en el Hospital Universitario San José dos de los heridos. A la fecha, el número de víctimas mortales es de trece, sin incluir a los dos atacantes. Otras 38 personas resultaron heridas, entre ellas cuatro policías.

3. Tropas del Ejército Nacional capturaron en la noche del domingo a dos hombres en zona rural de Timbío, en un retén sobre la vía Panamericana. Se les incautaron dos radios de comunicación y 12 millones de pesos en efectivo.

4. Una tercera persona, que conducía el vehículo en el que viajaban los capturados, fue conducida para entrevista y dejada en libertad al no encontrarse mérito para su captura.

5. Se ofrece una recompensa de hasta 500 millones de pesos por información que permita identificar a los determinadores del atentado.

6. Se desplegarán 1.200 uniformados adicionales en el norte del Cauca durante los próximos 30 días.

El Ministerio rechaza este acto de barbarie contra la población civil y expresa su solidaridad con las familias de las víctimas.

Bogotá, D. C., 21 de septiembre de 2026.
"""))
GOLD += [
E(17, ["doble atentado terrorista perpetrado en Piendamó", "dos individuos que portaban chalecos con explosivos los activaron"],
  "SUI", "2026-09-20", "day", "Piendamó", "CO", 15, 38, "exact", None, None, False,
  "'El domingo 20 de septiembre' -> 20 September. Revised toll inside the communiqué: 'cinco personas fallecidas' -> 'once' -> 'murieron ... dos de los heridos' -> 'trece, sin incluir a los dos atacantes' -> 13 + 2 = 15 ('sin incluir' adds them), 'Otras 38 personas resultaron heridas' -> 38, exact; 'cuatro policías' is a subset. No group named -> null. 'N.º 214', the point numbers 1 to 6, '10:30', 'cinco minutos' are not casualties."),
E(17, ["Tropas del Ejército Nacional capturaron en la noche del domingo a dos hombres en zona rural de Timbío"],
  "ARR", "2026-09-20", "day", "Timbío", "CO", None, None, None, "military", None, False,
  "'en la noche del domingo' vs Monday 21 September -> 20 September. Army -> 'military'. A checkpoint in 'zona rural de Timbío' -> Timbío. The radios and money belong to the arrest; 'dos radios', '12 millones de pesos' are not casualties. The driver 'conducida para entrevista y dejada en libertad' (point 4) is not arrested. '500 millones de pesos', '1.200 uniformados', '30 días' are not casualties."),
]

# -------------------------------------------------------------- holdout25-018
ARTICLES.append(A(18, "en", "article", "2026-09-22T12:00:00Z",
"Colombian FARC dissidents claim twin suicide attack; ELN denies role",
"""
PIENDAMÓ, Colombia (Andes Wire) - A faction of FARC dissidents took responsibility on Monday for Sunday's twin suicide bombing in Piendamó, in Colombia's southwestern Cauca province, in a statement signed by the so-called Dagoberto Ramos column of the Central General Staff.

The statement called the attack "a response to the militarisation of the territory" and said the group had "no intention of harming the civilian population", a claim local leaders rejected as an insult. The attack killed 16 people, the two attackers included, after a 16-year-old girl died in hospital in Popayán on Monday evening, and wounded 38.

The National Liberation Army (ELN), which operates in other parts of Cauca, denied any involvement in a message on its website. A police officer had suggested on Sunday that another dissident faction could have been responsible.

On Monday, several thousand members of the Nasa indigenous people, many carrying the green-and-red staffs of their unarmed guard, marched through Piendamó to demand that all armed groups leave their territory. The march ended peacefully with a ceremony in the market square. Late on Monday, soldiers arrested a suspected courier for the dissidents at a roadblock in Morales.

The bombing was the deadliest attack in Cauca in more than a year. Last August, dissidents attacked the police station in Caloto with explosive-laden drones, killing two police officers, in an attack the army blamed on the same column.

President's office officials said the government would not suspend talks with other armed groups. Analysts note that suicide attacks are almost unknown in Colombia's six-decade conflict, and that the use of two bombers suggests outside training.
"""))
GOLD += [
E(18, ["Sunday's twin suicide bombing in Piendamó", "The attack killed 16 people"],
  "SUI", "2026-09-20", "day", "Piendamó", "CO", 16, 38, "exact", "FARC dissidents", "FARC dissidents", False,
  "'Sunday's' vs Tuesday 22 September -> 20 September. 'A faction of FARC dissidents took responsibility' (the Dagoberto Ramos column of the Central General Staff) -> 'FARC dissidents' (dev), claimant and perpetrator; local leaders reject the statement's wording, not the authorship. 'killed 16 people, the two attackers included' -> 16 (inside), 'wounded 38' -> 38, exact; the girl who died on Monday raised it. The ELN's denial is not a claim; the police officer's suggestion was speculation. '16-year-old' is an age (next to the toll of 16)."),
E(18, ["several thousand members of the Nasa indigenous people", "marched through Piendamó"],
  "PP", "2026-09-21", "day", "Piendamó", "CO", None, None, None, None, None, False,
  "'On Monday' vs Tuesday 22 September -> 21 September. A march with a demand that 'ended peacefully' -> Peaceful protest, null actor. 'several thousand' are participants."),
E(18, ["soldiers arrested a suspected courier for the dissidents at a roadblock in Morales"],
  "ARR", "2026-09-21", "day", "Morales", "CO", None, None, None, "military", None, False,
  "'Late on Monday' vs Tuesday 22 September -> 21 September. Soldiers -> 'military'. A roadblock 'in Morales' -> Morales."),
E(18, ["dissidents attacked the police station in Caloto with explosive-laden drones"],
  "AIR", "2026-08-01", "month", "Caloto", "CO", 2, None, "exact", "FARC dissidents", None, True,
  "'Last August' vs September 2026 -> August 2026, month, background (52 days). Explosive-laden drones flown by an armed group -> Air/drone strike (events_holdout9). 'dissidents' plus 'an attack the army blamed on the same column' (stated as fact) -> perpetrator 'FARC dissidents', no claim. 'killing two police officers' -> 2, exact. 'more than a year', 'six-decade' are not casualties."),
]

# -------------------------------------------------------------- holdout25-019
ARTICLES.append(A(19, "fr", "article", "2026-09-24T10:00:00Z",
"Colombie : le Cauca, laboratoire de toutes les violences",
"""
L'attentat-suicide de Piendamó, dimanche 20 septembre, a sidéré la Colombie. Jamais, dans ce conflit vieux de soixante ans, deux hommes ne s'étaient fait exploser de concert contre une place de marché et un commissariat. Le bilan s'établit à seize morts, kamikazes compris, et trente-huit blessés.

L'attaque a été revendiquée lundi par la colonne Dagoberto Ramos, une des factions des dissidences des FARC qui ont refusé l'accord de paix de 2016. L'Armée de libération nationale (ELN) a nié toute participation.

Pour les chercheurs, le choix du kamikaze marque une rupture, mais le Cauca n'en est pas à sa première escalade. En avril 2024, une moto piégée avait explosé devant la mairie de Totoró, blessant six personnes. Il y a trois ans, l'ELN avait attaqué une patrouille de l'armée près d'Inzá, tuant deux soldats. En janvier 2020, des hommes armés avaient enlevé un dirigeant indigène à Caloto ; son corps n'a jamais été retrouvé.

« La dissidence veut montrer qu'elle peut frapper au cœur des bourgs, pas seulement sur les routes », analyse une politologue de Cali, qui recense plus de 200 attaques contre la force publique dans le département depuis 2022.

Le département, grand comme la Belgique, concentre les cultures de coca et de marijuana et les couloirs vers le Pacifique. La Garde indigène nasa, forte de plusieurs milliers de membres non armés, a défilé lundi à Piendamó pour exiger le départ de tous les groupes armés.

Le gouvernement a promis 1 200 militaires et policiers supplémentaires. Les ONG rappellent que plus de 80 leaders sociaux ont été assassinés dans le Cauca depuis le début de l'année.
"""))
GOLD += [
E(19, ["L'attentat-suicide de Piendamó", "L'attaque a été revendiquée lundi par la colonne Dagoberto Ramos"],
  "SUI", "2026-09-20", "day", "Piendamó", "CO", 16, 38, "exact", "FARC dissidents", "FARC dissidents", False,
  "'dimanche 20 septembre' -> 20 September (4 days before Thursday 24 September, current). The Dagoberto Ramos column, 'une des factions des dissidences des FARC' -> 'FARC dissidents', claimant and perpetrator. 'seize morts, kamikazes compris, et trente-huit blessés' -> 16 (inside), 38, exact. The ELN's denial is not a claim. 'soixante ans' and '2016' are not event figures."),
E(19, ["une moto piégée avait explosé devant la mairie de Totoró"],
  "IED", "2024-04-01", "month", "Totoró", "CO", None, 6, "exact", None, None, True,
  "'En avril 2024' -> month, background. A booby-trapped motorcycle, no actor named -> IED, null. 'blessant six personnes' -> injured 6, exact."),
E(19, ["l'ELN avait attaqué une patrouille de l'armée près d'Inzá"],
  "BAT", "2023-01-01", "year", "Inzá", "CO", 2, None, "exact", "ELN", None, True,
  "'Il y a trois ans' vs 2026 -> 2023, year, background. A named group attacking an army patrol -> Armed clash initiated by 'ELN'. 'tuant deux soldats' -> 2, exact."),
E(19, ["des hommes armés avaient enlevé un dirigeant indigène à Caloto"],
  "ABD", "2020-01-01", "month", "Caloto", "CO", None, None, None, None, None, True,
  "'En janvier 2020' -> month, background. Unnamed 'hommes armés' -> null; 'son corps n'a jamais été retrouvé' gives no death toll."),
E(19, ["a défilé lundi à Piendamó"],
  "PP", "2026-09-21", "day", "Piendamó", "CO", None, None, None, None, None, False,
  "'lundi' vs Thursday 24 September -> 21 September. A march with a demand (the same as holdout25-018's) -> Peaceful protest, null actor. 'plusieurs milliers' are participants. 'plus de 200 attaques ... depuis 2022' and 'plus de 80 leaders sociaux ... assassinés' are cumulative statistics, not coded (dev); '1 200 militaires' are not casualties."),
]

# -------------------------------------------------------------- holdout25-020
ARTICLES.append(A(20, "es", "article", "2026-09-25T17:00:00Z",
"A la cárcel los dos capturados por el atentado de Piendamó; cae una presunta financiadora en Pasto",
"""
Un juez de control de garantías de Popayán legalizó este viernes la captura de los dos hombres aprehendidos el pasado domingo en zona rural de Timbío y les impuso medida de aseguramiento en centro carcelario por su presunta participación en el doble atentado suicida de Piendamó. La Fiscalía les imputó los delitos de terrorismo, homicidio agravado y concierto para delinquir; ninguno aceptó los cargos.

El atentado del 20 de septiembre, que se atribuyeron las disidencias de las FARC, dejó dieciséis muertos, incluidos los dos atacantes, y 38 heridos.

Según la Fiscalía, los capturados, de 22 y 29 años, transportaron a los suicidas desde una finca de Morales hasta la entrada del pueblo. En uno de los teléfonos incautados había 47 mensajes con un contacto identificado como "el Profe".

La Policía capturó además el miércoles en Pasto a una mujer de 35 años señalada de haber entregado 80 millones de pesos a la estructura para la compra de los explosivos. Fue puesta a disposición de un juez de Popayán, que decidirá el lunes sobre su aseguramiento.

El conductor del vehículo, que había sido citado a declarar, fue escuchado durante tres horas y quedó en libertad. Un hermano de uno de los capturados fue interrogado y no fue vinculado al proceso.

No es la primera vez que la mujer aparece en un expediente. En marzo de 2022, la Policía la había capturado en Ipiales, en la frontera con Ecuador, con 2.000 cartuchos de fusil escondidos en un bus; quedó libre por vencimiento de términos.

La audiencia de la mujer continuará el lunes 28 de septiembre a las 9 de la mañana.
"""))
GOLD += [
E(20, ["la captura de los dos hombres aprehendidos el pasado domingo en zona rural de Timbío"],
  "ARR", "2026-09-20", "day", "Timbío", "CO", None, None, None, "military", None, False,
  "'el pasado domingo' vs Friday 25 September -> 20 September. 'legalizó ... la captura', 'medida de aseguramiento en centro carcelario' and 'imputó' are the arrest's judicial follow-up: one Arrests event for the arrest, at its place and day. No force named here; the army in holdout25-017 -> 'military' (each document stands alone for dates, the actor follows the story; a reader could leave it null)."),
E(20, ["doble atentado suicida de Piendamó", "El atentado del 20 de septiembre, que se atribuyeron las disidencias de las FARC"],
  "SUI", "2026-09-20", "day", "Piendamó", "CO", 16, 38, "exact", "FARC dissidents", "FARC dissidents", False,
  "'El atentado del 20 de septiembre' -> 20 September (5 days before publication, current). 'que se atribuyeron las disidencias de las FARC' -> 'FARC dissidents', claimant and perpetrator. 'dieciséis muertos, incluidos los dos atacantes, y 38 heridos' -> 16 (inside), 38, exact. '22 y 29 años', '47 mensajes' are not casualties."),
E(20, ["La Policía capturó además el miércoles en Pasto a una mujer de 35 años"],
  "ARR", "2026-09-23", "day", "Pasto", "CO", None, None, None, "police", None, False,
  "'el miércoles' vs Friday 25 September -> 23 September. The suspected financier (facilitator); 'puesta a disposición de un juez' is this arrest's follow-up. '35 años', '80 millones de pesos' are not casualties. The driver 'citado a declarar ... quedó en libertad' and the brother 'interrogado' are not arrested."),
E(20, ["la Policía la había capturado en Ipiales"],
  "ARR", "2022-03-01", "month", "Ipiales", "CO", None, None, None, "police", None, True,
  "'En marzo de 2022' -> month, background. The cartridges belong to the arrest; '2.000 cartuchos' is a weapons count. 'lunes 28 de septiembre a las 9' is a future hearing."),
]

# -------------------------------------------------------------- holdout25-021
ARTICLES.append(A(21, "es", "article", "2026-09-28T07:00:00Z",
"Opinión. Piendamó y la guerra que no quisimos ver",
"""
Durante años nos dijimos que Colombia no era Siria ni Somalia, que aquí la guerra tenía otras reglas, que los grupos armados querían territorio y rentas, no mártires. El doble atentado suicida del domingo 20 de septiembre en Piendamó, que se atribuyeron las disidencias de las FARC, acabó con esa tranquilidad. Dieciséis muertos, los dos atacantes incluidos, y 38 heridos son la prueba.

No escribo para pedir más soldados. Desde 2016 hemos enviado al Cauca miles de uniformados, y el resultado está a la vista: más economías ilegales, más reclutamiento de menores, más miedo. Lo que falta en Piendamó no son fusiles, sino un Estado que llegue antes que los grupos, con carreteras, colegios y precios justos para el café.

Los dos jóvenes que se inmolaron tenían 19 y 23 años. Crecieron a menos de 30 kilómetros de la plaza que destruyeron. Alguien los convenció de que su vida valía menos que una consigna. Esa es la derrota que debería quitarnos el sueño.

Tampoco basta con indignarse en redes durante tres días y olvidar en el cuarto. La indignación es barata; la presencia del Estado, cara. Un kilómetro de vía terciaria cuesta menos que un helicóptero artillado.

Dirán que soy ingenuo. Quizá. Pero llevo veinte años escribiendo sobre esta región y he visto cómo cada promesa incumplida se convierte, tarde o temprano, en una nueva lista de víctimas. Ojalá Piendamó sea la última. Temo que no lo será.

El autor es profesor de la Universidad del Cauca y columnista de este diario desde 2011.
"""))
GOLD += [
E(21, ["El doble atentado suicida del domingo 20 de septiembre en Piendamó"],
  "SUI", "2026-09-20", "day", "Piendamó", "CO", 16, 38, "exact", "FARC dissidents", "FARC dissidents", False,
  "An opinion column with no new event. 'del domingo 20 de septiembre' -> 20 September (8 days before Monday 28 September, current). 'que se atribuyeron las disidencias de las FARC' -> claimant and perpetrator. 'Dieciséis muertos, los dos atacantes incluidos, y 38 heridos' -> 16 (inside), 38, exact. '2016', 'miles de uniformados', '19 y 23 años', '30 kilómetros', 'tres días', 'Un kilómetro', 'veinte años', '2011' are not casualties; 'una nueva lista de víctimas' is generic. 'Los dos jóvenes que se inmolaron' is left out of the triggers (a reference to the bombers)."),
]
