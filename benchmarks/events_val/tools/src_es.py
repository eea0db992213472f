"""Authoring source of benchmarks/events_val (see its README): article texts
with their gold events below them; build with benchmarks.event_sets.build."""
from benchmarks.event_sets.authoring import helpers

A, E = helpers("val")

ARTICLES = []
GOLD = []

# ---------------------------------------------------------------- val-026
ARTICLES.append(A(26, "es", "article", "2025-07-17T14:00:00Z",
"ELN vuela el oleoducto Caño Limón-Coveñas en Saravena; combates dejan hasta diez muertos en Tame",
"""
ARAUCA, 17 de julio (Agencia) - Una carga explosiva instalada por el ELN dañó en la madrugada del pasado domingo el oleoducto Caño Limón-Coveñas en zona rural de Saravena, en Arauca, informó el Ejército, que atribuyó el atentado al Frente de Guerra Oriental de esa guerrilla. No hubo víctimas, pero el derrame de crudo contaminó un caño que abastece a varias veredas.

Ayer, combates entre el ELN y disidencias de las FARC en zona rural de Tame dejaron entre ocho y diez muertos, entre ellos dos civiles, según la Defensoría del Pueblo. Más de 300 familias se desplazaron hacia el casco urbano.

En Fortul, hombres armados secuestraron el sábado a un concejal de 52 años cuando salía de su finca. La Policía atribuye el secuestro al ELN, que no se ha pronunciado.

Además, tropas del Ejército desactivaron este jueves dos cilindros bomba cargados con 40 kilos de explosivos que habían sido abandonados frente a la alcaldía de Arauquita.

El pasado lunes, decenas de campesinos bloquearon de manera pacífica la vía a la salida de Tame para exigir garantías de seguridad. El bloqueo se levantó en la noche.

En un comunicado, el ELN advirtió que "no habrá paz para los traidores". En 2021, una ofensiva similar del ELN contra las disidencias en Arauca dejó decenas de muertos.
"""))
GOLD += [
E(26, ["Una carga explosiva instalada por el ELN dañó", "el atentado"],
  "IED", "2025-07-13", "day", "Saravena", "CO", 0, 0, "exact", "ELN", None, False,
  "'el pasado domingo' vs Thursday publication -> 13 July. Pipeline bombing -> remote explosive. 'No hubo víctimas' -> explicit zero killed and injured. Army attribution stated as fact (Frente de Guerra Oriental = ELN); no claim in this article."),
E(26, ["combates entre el ELN y disidencias de las FARC"],
  "BAT", "2025-07-16", "day", "Tame", "CO", 8, None, "at_least", None, None, False,
  "'Ayer' -> 16 July. Range 'entre ocho y diez' -> lower bound 8, at_least. Initiator not stated -> null. 'Más de 300 familias' displaced are not casualties."),
E(26, ["secuestraron el sábado a un concejal", "el secuestro"],
  "ABD", "2025-07-12", "day", "Fortul", "CO", None, None, None, "ELN", None, False,
  "'el sábado' -> 12 July. Police attribution stated as fact -> ELN; ELN silent, not a claim. '52 años' is an age."),
E(26, ["desactivaron este jueves dos cilindros bomba"],
  "DWU", "2025-07-17", "day", "Arauquita", "CO", None, None, None, "military", None, False,
  "'este jueves' = publication day. '40 kilos' is a weight."),
E(26, ["bloquearon de manera pacífica la vía", "El bloqueo"],
  "PP", "2025-07-14", "day", "Tame", "CO", None, None, None, None, None, False,
  "'El pasado lunes' -> 14 July. Peaceful road blockade -> peaceful protest. 'decenas de campesinos' are participants."),
E(26, ["una ofensiva similar del ELN contra las disidencias en Arauca"],
  "BAT", "2021-01-01", "year", "Arauca", "CO", 12, None, "at_least", "ELN", None, True,
  "'En 2021' -> year. ELN offensive -> ELN initiated. 'decenas de muertos' -> 12, at_least. Only the department is named -> Arauca. The ELN threat is not an event."),
]

# ---------------------------------------------------------------- val-027
ARTICLES.append(A(27, "es", "transcript", "2025-03-25T23:30:00Z",
"Noticiero estelar: emboscada a la Guardia Nacional en Apatzingán y ataque con drones en Tepalcatepec",
"""
CONDUCTORA: Buenas noches. Comenzamos en Michoacán, donde un enfrentamiento entre elementos de la Guardia Nacional y un grupo armado dejó, eh, al menos seis muertos esta mañana en las inmediaciones de Apatzingán. Nuestro corresponsal Julián Ríos tiene los detalles. Julián, adelante.

JULIÁN RÍOS: Gracias, Laura. Sí, pues, de acuerdo con la Fiscalía estatal, los guardias fueron emboscados alrededor de las siete de la mañana en la carretera que va a Aguililla. Murieron dos guardias y cuatro de los agresores, y hay, este, tres heridos. En el lugar se aseguraron ocho fusiles y una camioneta blindada.

CONDUCTORA: ¿Y lo de los drones?

JULIÁN RÍOS: Así es. El pasado domingo, un grupo criminal lanzó explosivos desde drones contra la comunidad de El Bejuco, en Tepalcatepec. Resultaron heridos cuatro pobladores, entre ellos una niña de 9 años. Las autoridades atribuyen el ataque al Cártel Jalisco Nueva Generación, aunque no hay detenidos.

CONDUCTORA: ¿Hubo detenciones por el enfrentamiento?

JULIÁN RÍOS: Sí, la Fiscalía informó que esta tarde detuvo a tres presuntos integrantes del grupo armado en un hospital de Uruapan, adonde llegaron con heridas de bala. Y, bueno, el dueño de la camioneta fue citado a interrogatorio.

CONDUCTORA: ¿Cómo ha reaccionado la población?

JULIÁN RÍOS: Ayer, más de 500 productores de limón marcharon en Apatzingán para exigir seguridad. Fue una marcha pacífica. Y hay que recordar que hace dos años, en esta misma carretera, un artefacto explosivo enterrado mató a cuatro militares.

CONDUCTORA: Julián Ríos desde Apatzingán, gracias.
"""))
GOLD += [
E(27, ["un enfrentamiento entre elementos de la Guardia Nacional y un grupo armado", "fueron emboscados", "el enfrentamiento"],
  "BAT", "2025-03-25", "day", "Apatzingán", "MX", 6, 3, "exact", None, None, False,
  "'esta mañana'. Anchor's 'al menos seis' is superseded by the breakdown 2 guards + 4 attackers = 6 (exact). Ambush by an unnamed armed group -> perpetrator null. Rifles and the armoured truck secured at the scene belong to this event. 'las siete de la mañana' is a time."),
E(27, ["lo de los drones", "lanzó explosivos desde drones contra la comunidad de El Bejuco", "el ataque"],
  "AIR", "2025-03-23", "day", "El Bejuco", "MX", None, 4, "exact", "Cártel Jalisco Nueva Generación", None, False,
  "'El pasado domingo' vs Tuesday -> 23 March. Non-state drone attack coded as Air/drone strike (dev practice). Authorities' attribution -> CJNG (group absent from the dev set; canonical name chosen here: 'Cártel Jalisco Nueva Generación'). '9 años' is an age; 'no hay detenidos'."),
E(27, ["detuvo a tres presuntos integrantes del grupo armado"],
  "ARR", "2025-03-25", "day", "Uruapan", "MX", None, None, None, "police", None, False,
  "'esta tarde'. State prosecutor's office (Fiscalía) -> police. The truck owner 'citado a interrogatorio' is not arrested."),
E(27, ["más de 500 productores de limón marcharon en Apatzingán", "una marcha pacífica"],
  "PP", "2025-03-24", "day", "Apatzingán", "MX", None, None, None, None, None, False,
  "'Ayer' -> 24 March. 'más de 500' are participants."),
E(27, ["un artefacto explosivo enterrado mató a cuatro militares"],
  "IED", "2023-01-01", "year", "Apatzingán", "MX", 4, None, "exact", None, None, True,
  "'hace dos años' -> 2023. 'en esta misma carretera' = the Apatzingán-Aguililla road -> nearest named place Apatzingán (debatable)."),
]

# ---------------------------------------------------------------- val-028
ARTICLES.append(A(28, "es", "article", "2025-09-09T10:00:00Z",
"Opinión: El Cauca no necesita más consejos de seguridad",
"""
El pasado viernes fue asesinado en Toribío el gobernador indígena Edison Ulcué, de 41 años, baleado por hombres armados frente a su casa. Ese mismo día, en Popayán, se reunió el enésimo consejo de seguridad. Nadie en el Cauca cree ya en esas reuniones.

La historia es larga. En marzo de 2019, la minga indígena bloqueó la vía Panamericana a la altura de Cajibío durante 26 días para exigir el cumplimiento de acuerdos; fue una protesta pacífica que el país entero recuerda. El 14/05/2021, en pleno estallido social, manifestantes prendieron fuego a la sede de la Fiscalía en Santander de Quilichao. Hace dos años, un carro bomba contra la estación de Policía de Corinto dejó dos muertos y decenas de heridos.

Se nos dijo que todo cambiaría con el acuerdo de paz firmado en Bogotá en 2016. No fue así. El año pasado, la columna Dagoberto Ramos, de las disidencias de las FARC, secuestró a cuatro contratistas de una empresa eléctrica en Suárez y los liberó tres semanas después. Y en agosto, el Ejército bombardeó un campamento de disidentes en Argelia; murieron siete, entre ellos, según la comunidad, dos menores reclutados.

Los grupos armados amenazan ahora con un "paro armado" en todo el departamento. Ojalá se quede en amenaza. Más de 60 líderes sociales han sido asesinados en el Cauca este año, según la Defensoría.

El Cauca no necesita más consejos de seguridad ni más bombardeos. Necesita jueces, maestros, carreteras y un Estado que se quede.
"""))
GOLD += [
E(28, ["fue asesinado en Toribío el gobernador indígena", "baleado por hombres armados"],
  "ATK", "2025-09-05", "day", "Toribío", "CO", 1, None, "exact", None, None, False,
  "'El pasado viernes' vs Tuesday publication -> 5 September; news peg, not background. '41 años' is an age. The security council meeting is not an event."),
E(28, ["la minga indígena bloqueó la vía Panamericana a la altura de Cajibío", "una protesta pacífica"],
  "PP", "2019-03-01", "month", "Cajibío", "CO", None, None, None, None, None, True,
  "Multi-day blockade ('26 días') coded as one event dated at its start, month precision."),
E(28, ["manifestantes prendieron fuego a la sede de la Fiscalía"],
  "RIOT", "2021-05-14", "day", "Santander de Quilichao", "CO", None, None, None, None, None, True,
  "'14/05/2021' is day/month/year."),
E(28, ["un carro bomba contra la estación de Policía de Corinto"],
  "IED", "2023-01-01", "year", "Corinto", "CO", 2, 12, "exact", None, None, True,
  "'Hace dos años' -> 2023. Car bomb with no suicide driver -> remote explosive. 'decenas de heridos' -> 12; qualifier describes the exact killed figure."),
E(28, ["el acuerdo de paz firmado en Bogotá en 2016"],
  "AGR", "2016-01-01", "year", "Bogotá", "CO", None, None, None, None, None, True,
  "Background agreement, place of signing stated."),
E(28, ["secuestró a cuatro contratistas de una empresa eléctrica en Suárez"],
  "ABD", "2024-01-01", "year", "Suárez", "CO", None, None, None, "FARC dissidents", None, True,
  "'El año pasado' -> 2024. Columna Dagoberto Ramos (disidencias de las FARC) -> 'FARC dissidents'. Release three weeks later is not an event."),
E(28, ["el Ejército bombardeó un campamento de disidentes en Argelia"],
  "AIR", "2025-08-01", "month", "Argelia", "CO", 7, None, "exact", "military", None, True,
  "'en agosto' vs 9 September -> 2025-08; Aug 1 is 39 days before publication -> background under the 30-day rule (borderline: the strike itself may have been late August). The 'paro armado' threat and '60 líderes' (cumulative) are not coded."),
]

# ---------------------------------------------------------------- val-029 (negative: cycling)
ARTICLES.append(A(29, "es", "article", "2025-06-22T21:00:00Z",
"Ataque demoledor de Quintero en el Alto de Letras y golpe de autoridad en la Vuelta a Colombia",
"""
MANIZALES, 22 de junio - El boyacense Brayan Quintero lanzó un ataque demoledor a seis kilómetros de la cima del Alto de Letras y dejó sin respuesta a sus rivales en la etapa reina de la Vuelta a Colombia, que ganó en solitario con más de un minuto de ventaja.

"Sabía que tenía que explotar la carrera aquí", dijo Quintero, de 24 años, en la meta. "Cuando ataqué, miré atrás y vi que estaban muertos".

La fuga del día, con 12 corredores, fue neutralizada a 20 kilómetros de la llegada, después de que el equipo del líder impusiera un ritmo asesino en las primeras rampas. A partir de allí, el pelotón saltó por los aires: decenas de corredores se quedaron atrás y al menos 30 llegaron fuera de control.

El antioqueño Andrés Cárdenas, segundo en la general, intentó responder, pero "reventó" a cuatro kilómetros de la meta. "Me fusilaron en la subida", bromeó. "Hoy fue una masacre".

Hace dos años, Quintero sufrió una grave caída en esta misma carretera y estuvo tres meses sin competir. Hoy, miles de aficionados que bombardearon las redes sociales con mensajes de apoyo lo recibieron como a un héroe.

La carrera termina el próximo domingo en Bogotá con una contrarreloj de 35 kilómetros, la última batalla por el título.
"""))

# ---------------------------------------------------------------- val-030
ARTICLES.append(A(30, "es", "article", "2025-07-22T15:00:00Z",
"ELN se atribuye la voladura del oleoducto en Saravena; capturan a dos presuntos responsables",
"""
ARAUCA, 22 de julio (Agencia) - El Ejército de Liberación Nacional (ELN) se atribuyó, en un comunicado difundido el domingo, la voladura del oleoducto Caño Limón-Coveñas ocurrida el 13 de julio en zona rural de Saravena, y advirtió que seguirá atacando la infraestructura petrolera "mientras continúe el saqueo".

La Fiscalía informó ayer que capturó en Saravena a dos hombres, de 23 y 31 años, señalados de haber instalado la carga explosiva. Durante el operativo se incautaron dos fusiles y 15 kilos de explosivos. Un tercer sospechoso fue citado a interrogatorio y quedó en libertad.

Mientras tanto, la Defensoría del Pueblo elevó a 11 la cifra de muertos por los combates del 16 de julio entre el ELN y disidencias de las FARC en Tame: nueve combatientes y dos civiles. El ELN negó haber iniciado los enfrentamientos y culpó a las disidencias.

El concejal de Fortul secuestrado el 12 de julio fue liberado el domingo en zona rural de ese municipio, tras una mediación de la Iglesia católica.

Además, el pasado sábado, decenas de habitantes de Saravena protestaron frente a la sede de Ecopetrol para exigir la limpieza del caño contaminado por el derrame; la Policía los dispersó con gases lacrimógenos y hubo tres detenidos.

En 2020, según cifras oficiales, el mismo oleoducto fue atacado más de 40 veces.
"""))
GOLD += [
E(30, ["la voladura del oleoducto Caño Limón-Coveñas"],
  "IED", "2025-07-13", "day", "Saravena", "CO", None, None, None, "ELN", "ELN", False,
  "Follow-up of val-026. Absolute date 'el 13 de julio'. Claimed in a communiqué on Sunday; event date stays 13 July. This article gives no casualty figure -> null (val-026 says 'No hubo víctimas'). The threat to keep attacking is not an event."),
E(30, ["capturó en Saravena a dos hombres", "el operativo"],
  "ARR", "2025-07-21", "day", "Saravena", "CO", None, None, None, "police", None, False,
  "Only the announcement date is known ('informó ayer') -> 21 July. Fiscalía -> police. Rifles/explosives seized in the operation belong to the arrest. '23 y 31 años' are ages; the third suspect 'citado a interrogatorio' is not arrested."),
E(30, ["los combates del 16 de julio", "los enfrentamientos"],
  "BAT", "2025-07-16", "day", "Tame", "CO", 11, None, "exact", None, None, False,
  "Updated toll 11 (9 combatants + 2 civilians). ELN denies starting the fighting and blames the dissidents -> initiator contested, perpetrator null."),
E(30, ["secuestrado el 12 de julio"],
  "ABD", "2025-07-12", "day", "Fortul", "CO", None, None, None, None, None, False,
  "Abduction referred to while reporting the release (release itself not coded). No attribution in this article -> null."),
E(30, ["protestaron frente a la sede de Ecopetrol", "la Policía los dispersó con gases lacrimógenos"],
  "PI", "2025-07-19", "day", "Saravena", "CO", None, None, None, None, None, False,
  "'el pasado sábado' vs Tuesday -> 19 July. 'decenas de habitantes' are participants."),
E(30, ["hubo tres detenidos"],
  "ARR", "2025-07-19", "day", "Saravena", "CO", None, None, None, "police", None, False,
  "Arrests of protesters coded as a separate Arrests event (dev convention); debatable since they are reported in the same sentence as the dispersal. 'más de 40 veces' in 2020 is a cumulative statistic."),
]
