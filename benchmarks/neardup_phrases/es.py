"""Spanish sentence material for the near-duplicate pairs (all invented).

Same slots as ``en``; written for Spanish, not translated line by line.
Event nouns come with their article (``the``) and with ``de`` contracted
(``de``: "del incendio", "de las inundaciones").
"""

PHRASES = {
    "weekdays": ["lunes", "martes", "miércoles", "jueves", "viernes",
                 "sábado", "domingo"],
    "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
               "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "date": "{day} de {month}",
    "thousands": ".",
    "decimal": ",",
    "damage": "{amount} millones de euros",
    "money": "{amount} euros",
    "hotline": "900 {a:03d} {b:03d}",
    "clock": "{h:02d}.{m:02d}",
    "experts": [("ingeniero de seguridad de la universidad politécnica regional",
                      "ingeniera de seguridad de la universidad politécnica "
                      "regional"),
                     ("catedrático de gestión de riesgos",
                      "catedrática de gestión de riesgos"),
                     ("exdirector de Protección Civil",
                      "exdirectora de Protección Civil")],
    # A quote followed by its attribution: no full stop (English: a comma).
    "quote_lead": "{body}",
    "first_names": {
        "f": ["Lucía", "Marta", "Inmaculada", "Rocío", "Begoña", "Nuria",
              "Alicia", "Montserrat", "Pilar", "Ainhoa", "Consuelo",
              "Elena"],
        "m": ["Javier", "Andrés", "Ignacio", "Rubén", "Tomás", "Eduardo",
              "Sergio", "Julián", "Ramiro", "Gonzalo", "Aitor", "Fermín"],
    },
    "surnames": ["Albarrán", "Cervera", "Echániz", "Fontanilla", "Garcés",
                 "Iturbe", "Lorenzana", "Medrano", "Olmedilla", "Peñalver",
                 "Quintanar", "Robledo", "Salcedo", "Toribio", "Urquijo",
                 "Villaverde"],
    "places": [
        ("San Aurelio del Monte", "en la comarca del Alto Tiera"),
        ("Villaroca de Tiera", "en el norte de la provincia de Cerva"),
        ("Puerto Almenar", "en la costa de Levantes"),
        ("Castrobel", "en la sierra de Marjal"),
        ("Valdemiro", "en la vega oriental de la capital"),
        ("Torrelisa", "en la comarca del Alto Tiera"),
        ("Fuentealba del Río", "en el sur de la provincia de Cerva"),
        ("Santa Irene de Cerva", "a los pies de la sierra de Marjal"),
        ("Olmedal", "en la vega oriental de la capital"),
    ],
    "roads": ["la autovía A-58", "la carretera nacional N-412",
              "la carretera comarcal CV-230", "la carretera de la costa",
              "la ronda norte"],
    "shelters": ["el polideportivo municipal", "un colegio público",
                 "el centro cívico", "el recinto ferial"],
    "officials": [("alcalde de {place}", "alcaldesa de {place}"),
                  ("jefe de bomberos de la provincia",
                   "jefa de bomberos de la provincia"),
                  ("portavoz de la policía local",
                   "portavoz de la policía local"),
                  ("delegado del Gobierno en la provincia",
                   "delegada del Gobierno en la provincia")],
    "politicians": [("consejero de Interior del gobierno regional",
                     "consejera de Interior del gobierno regional"),
                    ("presidente de la comunidad autónoma",
                     "presidenta de la comunidad autónoma"),
                    ("ministro del Interior", "ministra del Interior")],
    "investigators": ["la fiscalía provincial", "la Guardia Civil",
                      "la comisión de investigación de accidentes",
                      "el juzgado de instrucción"],
    "jobs": {"f": ["una enfermera", "una comerciante", "una maestra",
                   "una estudiante", "una panadera", "una farmacéutica",
                   "una peluquera", "una taxista"],
             "m": ["un enfermero", "un comerciante", "un maestro",
                   "un electricista", "un estudiante", "un taxista",
                   "un panadero", "un farmacéutico"]},
    "kinds": {
        "fire": {
            "the": "el incendio", "de": "del incendio", "a": "un incendio",
            "short": "incendio",
            "clause": "un incendio arrasó {site}",
            "sites": ["una nave de muebles", "un edificio de cuatro plantas",
                      "una fábrica textil"],
            "responders": "bomberos",
            "causes": ["un cortocircuito",
                       "una estufa que quedó encendida sin vigilancia",
                       "una instalación eléctrica defectuosa"],
            "aftermath": ["una densa columna de humo negro sobre los tejados",
                          "el esqueleto calcinado del edificio",
                          "fachadas ennegrecidas por las llamas"],
        },
        "flood": {
            "the": "las inundaciones", "de": "de las inundaciones",
            "a": "unas inundaciones", "short": "inundaciones",
            "clause": "una riada repentina anegó {site}",
            "sites": ["los barrios bajos junto al río", "el casco antiguo",
                      "varias calles cercanas al canal"],
            "responders": "efectivos de rescate",
            "causes": ["dos días de lluvias torrenciales",
                       "la rotura de un dique aguas arriba",
                       "el colapso de la red de alcantarillado"],
            "aftermath": ["coches medio sumergidos en agua marrón",
                          "calles cubiertas por una gruesa capa de barro",
                          "muebles empapados amontonados frente a las casas"],
        },
        "derailment": {
            "the": "el descarrilamiento", "de": "del descarrilamiento",
            "a": "un descarrilamiento", "short": "descarrilamiento",
            "clause": "{site} descarriló en una curva",
            "sites": ["un tren regional de pasajeros",
                      "un tren de cercanías abarrotado",
                      "un tren nocturno procedente de la capital"],
            "responders": "efectivos de emergencias",
            "causes": ["un defecto en la vía",
                       "un exceso de velocidad en la curva",
                       "un fallo del sistema de frenado"],
            "aftermath": ["vagones volcados junto a la vía",
                          "raíles arrancados a lo largo de decenas de metros",
                          "restos esparcidos por el terraplén"],
        },
        "explosion": {
            "the": "la explosión", "de": "de la explosión",
            "a": "una explosión", "short": "explosión",
            "clause": "una explosión destrozó {site}",
            "sites": ["un almacén de productos químicos",
                      "una panadería de la plaza mayor",
                      "una estación de distribución de gas junto al puerto"],
            "responders": "efectivos de emergencias",
            "causes": ["una fuga de gas",
                       "la ignición de disolventes almacenados",
                       "un fallo de presión en un depósito"],
            "aftermath": ["cristales rotos en varias manzanas a la redonda",
                          "un cráter donde antes estaba el edificio",
                          "hierros retorcidos y vidrios por toda la calle"],
        },
        "collapse": {
            "the": "el derrumbe", "de": "del derrumbe",
            "a": "un derrumbe", "short": "derrumbe",
            "clause": "se vino abajo parte {site}",
            "sites": ["de un puente sobre el río",
                      "de un aparcamiento de varias plantas",
                      "del techo de un polideportivo"],
            "responders": "efectivos de rescate",
            "causes": ["la corrosión de la estructura",
                       "el peso de la nieve acumulada",
                       "unas obras en un solar vecino"],
            "aftermath": ["losas de hormigón sobre coches aplastados",
                          "un enorme hueco donde antes estaba la estructura",
                          "grúas retirando vigas de acero de los escombros"],
        },
        "storm": {
            "the": "el temporal", "de": "del temporal",
            "a": "un fuerte temporal", "short": "temporal",
            "clause": "un fuerte temporal azotó {site}",
            "sites": ["el barrio del puerto",
                      "el casco antiguo y sus pedanías",
                      "los barrios altos del norte"],
            "responders": "efectivos de emergencias",
            "causes": ["rachas de viento huracanadas",
                       "una borrasca impropia de la estación",
                       "vientos de hasta 140 km/h"],
            "aftermath": ["árboles arrancados que cortaban las carreteras",
                          "tejados levantados a lo largo del paseo marítimo",
                          "barcas arrastradas hasta el muelle"],
        },
    },
    "headlines": [
        "{dead} muertos y {injured} heridos por {ev_the} de {place}",
        "Lo que se sabe {ev_de} de {place}",
        "{place} llora a las {dead} víctimas {ev_de}",
        "Asciende a {dead} el número de muertos {ev_de} de {place}",
        "Tragedia en {place}: al menos {dead} muertos y decenas de heridos",
        "{place}, de luto tras {ev_the}: {dead} muertos",
    ],
    "slots": {
        "lede": [
            "{dead} personas murieron y {injured} resultaron heridas el "
            "{weekday} en {place} cuando {clause}, según informaron las "
            "autoridades. Los equipos de rescate seguían trabajando en la zona "
            "a última hora de la tarde.",
            "Al menos {dead} personas perdieron la vida este {weekday} en "
            "{place}, {region_in}, cuando {clause}, según las "
            "autoridades locales. Otras {injured} personas sufrieron heridas, "
            "{serious} de ellas de gravedad.",
            "El balance {ev_de} de {place} se elevó a {dead} muertos el "
            "{weekday} {date}, mientras los servicios de emergencia trabajaban "
            "sin descanso. Las autoridades cifraron en {injured} los heridos "
            "desde que {clause}.",
        ],
        "casualties": [
            "De los {injured} heridos, {serious} fueron ingresados en estado "
            "grave, según precisó un portavoz del hospital. Varias de las "
            "víctimas aún no han sido identificadas y se ha pedido a las "
            "familias que acudan al ayuntamiento.",
            "Los hospitales de toda la provincia atendieron a los heridos "
            "durante la noche. Según los médicos, {serious} pacientes seguían "
            "en la UCI el {weekday} por la noche, mientras que la mayoría de "
            "los demás recibirán el alta en los próximos días.",
            "El servicio regional de salud activó su plan de emergencias. "
            "{serious} de los heridos fueron trasladados a hospitales más "
            "grandes fuera de {place}, y las autoridades advirtieron de que la "
            "cifra de fallecidos podría aumentar.",
        ],
        "response": [
            "Más de {responders_n} {responders} fueron desplegados en el "
            "momento álgido del operativo, algunos llegados de provincias "
            "vecinas. Hicieron falta unas {hours} horas para controlar la "
            "situación.",
            "Unos {responders_n} {responders} participaron en las labores de "
            "rescate, por turnos, durante {hours} horas. Se emplearon perros y "
            "cámaras térmicas para buscar a posibles personas atrapadas.",
            "El dispositivo de emergencia movilizó a {responders_n} "
            "{responders} y decenas de vehículos. Vecinos voluntarios llevaron "
            "comida y mantas a los equipos, que trabajaron casi {hours} horas "
            "sin descanso.",
        ],
        "official_direct": [
            "\"{quote_lead}\", declaró a los periodistas {off_name}, {off_title}, "
            "en el lugar de los hechos.",
            "En una rueda de prensa celebrada el {weekday} por la tarde, "
            "{off_name}, {off_title}, afirmó: \"{quote}\"",
            "\"{quote_lead}\", señaló {off_name}, {off_title}, tras reunirse por la "
            "mañana con familiares de las víctimas.",
        ],
        "official_indirect": [
            "{off_name}, {off_title}, aseguró que el municipio está conmocionado "
            "y prometió que todas las familias afectadas recibirán ayuda en "
            "las próximas semanas.",
            "En un breve comunicado, {off_name}, {off_title}, agradeció el "
            "trabajo de los servicios de emergencia y anunció que las banderas "
            "ondearán a media asta en todos los edificios municipales.",
            "{off_name}, {off_title}, describió la escena como devastadora y "
            "dijo que la prioridad ahora es atender a los heridos y a sus "
            "familiares.",
        ],
        "witness": [
            "{wit_name}, {wit_job} de {wit_age} años que vive cerca, relató: "
            "\"{wit_quote}\"",
            "\"{wit_quote_lead}\", explicó {wit_name}, {wit_age} años, {wit_job} "
            "de {place}.",
            "Entre los testigos se encuentra {wit_name}, {wit_job} del barrio. "
            "\"{wit_quote_lead}\", contó a sus {wit_age} años.",
        ],
        "scene": [
            "Las imágenes difundidas en redes sociales mostraban {aftermath}, "
            "con vehículos de emergencia ocupando las calles cercanas.",
            "El {weekday} por la noche la zona seguía acordonada. Sobre el "
            "terreno se podían ver {aftermath} y decenas de agentes vigilando "
            "el perímetro.",
            "Desde sus ventanas, algunos vecinos grabaron {aftermath}. Varios "
            "contaron que oyeron sirenas durante horas mientras las "
            "ambulancias iban y venían del hospital.",
        ],
        "evacuations": [
            "Unos {evacuated} vecinos de las calles cercanas fueron desalojados "
            "por precaución y pasaron la noche en {shelter} y en otros "
            "alojamientos provisionales.",
            "Las autoridades ordenaron a {evacuated} personas abandonar sus "
            "casas. Muchas se alojaron con familiares, mientras que otras "
            "fueron trasladadas en autobús a {shelter}, donde voluntarios "
            "instalaron camas plegables.",
            "Alrededor de {evacuated} personas tuvieron que salir de sus "
            "viviendas. Todavía se desconoce cuándo podrán regresar, y el "
            "ayuntamiento les pidió que sigan sus comunicados.",
        ],
        "investigation": [
            "Las causas {ev_de} no estaban claras en un primer momento. {Inv} "
            "ha abierto una investigación y los expertos analizan si {cause} "
            "pudo influir.",
            "Los investigadores consideran que es pronto para determinar lo "
            "ocurrido, aunque los primeros indicios apuntan a {cause}. {Inv} "
            "prevé publicar conclusiones preliminares la próxima semana.",
            "{Inv} anunció el {weekday} la apertura de diligencias. No se "
            "descarta ninguna hipótesis, aunque según la prensa local se "
            "estudia la posibilidad de {cause}.",
        ],
        "politician": [
            "{pol_name}, {pol_title}, viajó a {place} y prometió fondos de "
            "emergencia para las víctimas y para la reconstrucción.",
            "{pol_name}, {pol_title}, calificó {ev_the} de tragedia y aseguró "
            "que el gobierno examinará si se cumplieron las normas de "
            "seguridad.",
            "Desde la capital regional, {pol_name}, {pol_title}, decretó una "
            "jornada de luto y afirmó que el apoyo a las familias afectadas "
            "será la prioridad.",
        ],
        "transport": [
            "{Road} permaneció cortada en ambos sentidos durante buena parte "
            "del día, con largas retenciones, y se suspendió la circulación "
            "ferroviaria a su paso por {place}.",
            "El tráfico se desvió fuera del centro urbano y {road} seguía "
            "cerrada el {weekday} por la noche. Las empresas de autobuses "
            "advirtieron de retrasos.",
            "La policía cortó {road} y varias carreteras secundarias, y pidió "
            "a los conductores que eviten la zona hasta nuevo aviso.",
        ],
        "damage": [
            "Las primeras estimaciones sitúan los daños en torno a {damage}. "
            "Los comerciantes temen que pasen meses antes de volver a la "
            "normalidad.",
            "La cámara de comercio provincial calcula los daños materiales en "
            "{damage}, y las aseguradoras afirman haber recibido ya cientos de "
            "partes.",
            "Según el ayuntamiento, el coste de las reparaciones podría "
            "alcanzar {damage}, una carga enorme para un municipio de "
            "{population} habitantes.",
        ],
        "solidarity": [
            "En todo {place}, los vecinos abrieron sus casas a los desalojados "
            "y los comercios del centro donaron agua y comida.",
            "Una campaña de recogida de fondos impulsada por un club deportivo "
            "local había reunido más de {donations} el {weekday} por la "
            "noche.",
            "Los municipios vecinos enviaron voluntarios y material, y varias "
            "empresas se ofrecieron a alojar gratis a familias.",
        ],
        "criticism": [
            "Concejales de la oposición aseguran que llevaban años advirtiendo "
            "de problemas de seguridad en la zona y exigen una auditoría "
            "independiente.",
            "Una asociación de vecinos afirma haber trasladado su preocupación "
            "a las autoridades en varias ocasiones sin obtener respuesta.",
            "Sindicatos y asociaciones locales se preguntan si las "
            "inspecciones se hicieron correctamente y reclaman que se depuren "
            "responsabilidades.",
        ],
        "place": [
            "{place}, un municipio de unos {population} habitantes situado "
            "{region_in}, es conocido por su mercado semanal y sus pequeñas "
            "industrias.",
            "Con {population} habitantes, {place} es una de las localidades más "
            "grandes {region_in}. Su economía depende sobre todo de la "
            "logística, la agricultura y el turismo.",
            "{place} se encuentra en el eje principal entre la capital y la "
            "costa. Unas {population} personas viven en el municipio y sus "
            "pedanías.",
        ],
        "history": [
            "Se trata de la peor catástrofe en la zona desde {prev_year}, "
            "cuando {prev_dead} personas murieron en un suceso similar.",
            "Los vecinos recuerdan lo ocurrido en {prev_year}, cuando "
            "{prev_dead} personas perdieron la vida en una tragedia "
            "comparable. Muchas de las medidas de seguridad adoptadas entonces "
            "están ahora en entredicho.",
            "El municipio ya sufrió un golpe así: en {prev_year}, {prev_dead} "
            "personas murieron y decenas de familias perdieron su hogar.",
        ],
        "next": [
            "Está previsto un funeral el {next_day} en la iglesia mayor. El "
            "pleno municipal celebrará una sesión extraordinaria para "
            "organizar la ayuda a las familias.",
            "La zona permanecerá acordonada varios días mientras los técnicos "
            "evalúan los daños. Los colegios de {place} seguirán cerrados "
            "hasta el {next_day}.",
            "Se ha convocado una vigilia el {next_day} por la noche en la "
            "plaza del ayuntamiento, donde se ha abierto un libro de "
            "condolencias.",
        ],
        "help": [
            "El ayuntamiento ha habilitado un teléfono de atención a "
            "familiares, el {hotline}. Hay psicólogos a disposición en el "
            "centro cívico.",
            "Los familiares que busquen información pueden llamar al "
            "{hotline}. En el parque de bomberos se recogen donaciones de ropa "
            "y alimentos.",
            "Las autoridades pidieron no acercarse a la zona y llamar al "
            "{hotline} en caso de preocupación por algún familiar.",
        ],
        "timeline": [
            "La primera llamada de emergencia se recibió a las {call_time}, "
            "según los servicios de emergencia. Los primeros equipos llegaron "
            "{minutes} minutos después y pidieron de inmediato refuerzos a los "
            "parques vecinos al comprobar la magnitud de la catástrofe.",
            "Los servicios de emergencia afirman que recibieron el aviso a las "
            "{call_time}. En {minutes} minutos había varios equipos en el "
            "lugar, pero el acceso era complicado y costó llegar hasta las "
            "personas que más ayuda necesitaban.",
            "Según la cronología difundida por el ayuntamiento, la alerta se "
            "dio a las {call_time}. El gabinete de crisis regional se activó "
            "menos de una hora después y se pidió a los hospitales de la zona "
            "que se prepararan para recibir a un gran número de heridos.",
        ],
        "victims": [
            "Entre los fallecidos hay un hombre de {victim_age} años y sus dos "
            "hijos adolescentes, según los vecinos. La prensa local informó de "
            "que varias de las otras víctimas trabajaban en la zona y volvían "
            "a casa.",
            "Las víctimas aún no han sido identificadas oficialmente. "
            "Familiares contaron a periodistas locales que la de más edad "
            "tenía {victim_age} años y que al menos dos de los fallecidos eran "
            "voluntarios que habían acudido a ayudar.",
            "Sus amigos describen a una de las víctimas, una abuela de "
            "{victim_age} años, como un pilar de la calle en la que había "
            "vivido toda su vida. A la mañana siguiente ya había velas y "
            "flores frente a su casa.",
        ],
        "rescue": [
            "En uno de los pocos momentos de alivio, los rescatadores sacaron "
            "con vida a una mujer de {rescued_age} años tras {rescue_hours} "
            "horas de búsqueda. Fue trasladada consciente al hospital y se "
            "encuentra estable.",
            "Los equipos de rescate hallaron con vida a un hombre de "
            "{rescued_age} años al cabo de {rescue_hours} horas, entre los "
            "aplausos de la multitud congregada tras el cordón policial.",
            "Algunos supervivientes deben la vida a sus vecinos. Un residente "
            "de {rescued_age} años fue puesto a salvo por dos transeúntes, y "
            "los servicios de emergencia rescataron más tarde a una familia de "
            "cuatro miembros tras {rescue_hours} horas de búsqueda.",
        ],
        "utilities": [
            "Unos {homes} hogares se quedaron sin electricidad y el suministro "
            "de agua se cortó por precaución en varios barrios. La compañía "
            "eléctrica advirtió de que las reparaciones podrían durar varios "
            "días.",
            "Los cortes de luz afectaron a cerca de {homes} hogares el "
            "{weekday} por la noche. Las redes de telefonía móvil también "
            "sufrieron problemas, lo que dificultó que las familias "
            "localizaran a sus seres queridos.",
            "Técnicos trabajaron durante toda la noche para devolver la luz a "
            "{homes} viviendas. Se recomendó a los vecinos hervir el agua del "
            "grifo hasta que los análisis confirmen que es potable.",
        ],
        "expert": [
            "No hay que sacar conclusiones precipitadas, advierte "
            "{expert_name}, {expert_title}. \"Este tipo de catástrofes suele "
            "tener varias causas a la vez, y harán falta meses para tener una "
            "visión completa\".",
            "Para los especialistas, la tragedia plantea preguntas de más "
            "calado. {expert_name}, {expert_title}, recordó que muchos "
            "municipios de la región no han actualizado sus planes de "
            "seguridad desde hace más de una década.",
            "Según {expert_name}, {expert_title}, la rapidez con la que se "
            "deterioró la situación dejó a los vecinos muy poco margen para "
            "reaccionar. Mejores sistemas de alerta temprana podrían salvar "
            "vidas en el futuro.",
        ],
        "condolences": [
            "Los mensajes de condolencia llegaron desde todo el país. El jefe "
            "del Estado llamó el {weekday} por la noche al ayuntamiento de "
            "{place} para trasladar su pésame, y las banderas ondearon a media "
            "asta en los edificios públicos de la región.",
            "Se guardó un minuto de silencio antes de los eventos deportivos "
            "de la región, y el Parlamento interrumpió su sesión para recordar "
            "a las víctimas {ev_de}.",
            "Los dirigentes de varios países vecinos enviaron mensajes de "
            "apoyo, y las ciudades hermanadas con el municipio ofrecieron "
            "ayuda concreta. Las iglesias de {place} abrieron sus puertas a "
            "los vecinos que querían despedirse juntos de las víctimas.",
        ],
    },
    "quotes": [
        "Es un día muy triste para nuestro pueblo. Nuestro pensamiento está "
        "con las familias que han perdido a un ser querido, y no las vamos a "
        "dejar solas.",
        "Los equipos sobre el terreno han hecho un trabajo extraordinario en "
        "condiciones muy difíciles, y quiero dar las gracias a cada uno de "
        "ellos.",
        "Nuestra prioridad ahora es encontrar a todas las personas que siguen "
        "desaparecidas y garantizar que los heridos reciban la atención que "
        "necesitan.",
        "Vamos a averiguar exactamente qué ha pasado aquí, y si hubo errores, "
        "los responsables tendrán que dar explicaciones.",
        "Nadie debería pasar por lo que han vivido los vecinos de este pueblo "
        "esta noche. Vamos a reconstruir, pero llevará tiempo.",
        "Seguimos en plena operación y es demasiado pronto para hablar de las "
        "causas. Pido a todo el mundo que no se acerque a la zona.",
        "Esta mañana he hablado con muchas de las familias. El dolor es "
        "inmenso, pero también lo es la solidaridad que he visto.",
        "Se está haciendo todo lo que se puede hacer. Hemos pedido refuerzos "
        "y ya están en camino.",
    ],
    "witness_a": [
        "Oí un ruido terrible y todo el mundo empezó a correr.",
        "En pocos minutos la calle entera estaba llena de gente gritando.",
        "Iba camino del trabajo cuando vi llegar los coches de policía.",
        "Un vecino llamó a la puerta y nos dijo que saliéramos enseguida.",
        "Al principio no entendíamos lo que estaba pasando.",
        "Vivo aquí desde hace treinta años y nunca había visto nada igual.",
    ],
    "witness_b": [
        "Ahora solo pensamos en las familias.",
        "Nadie aquí olvidará este día.",
        "Todavía no puedo dormir cuando lo recuerdo.",
        "La gente salió a ayudarse, así es este pueblo.",
        "Solo queremos saber cómo ha podido pasar algo así.",
        "Aquí todo el mundo conoce a alguien que estaba allí.",
    ],
    "editor_notes": [
        "Nota de la redacción: esta noticia ha sido actualizada con las "
        "últimas cifras facilitadas por el servicio regional de salud.",
        "Esta información, publicada inicialmente a las 8.15, se ha "
        "actualizado con nuevos datos de los servicios de emergencia.",
        "Fe de errores: una versión anterior de esta noticia indicaba una "
        "fecha equivocada para el funeral. Pedimos disculpas a nuestros "
        "lectores.",
    ],
    "context": [
        "Contexto: la región registra desde hace una década un aumento "
        "constante de fenómenos meteorológicos extremos y de accidentes "
        "industriales, según datos del gobierno autonómico. Los expertos en "
        "protección civil reclaman más inversión en prevención.",
        "Claves: los municipios situados {region_in} se quejan desde hace "
        "años de la falta de recursos para mantener infraestructuras "
        "envejecidas, y una auditoría nacional concluyó el año pasado que un "
        "tercio de los planes locales de emergencia estaban desactualizados.",
        "Cómo hemos elaborado esta información: nuestro corresponsal habló "
        "con vecinos, rescatadores y responsables municipales en {place} y "
        "contrastó las cifras con las autoridades regionales.",
    ],
    "wire_prefix": "{place}, {day} {month_short} ({agency}).- ",
    "wire_trailer": "(Redacción: {reporter}; edición: {editor})",
    "agencies": ["Agencia Ébano", "EPN", "Wire"],
    "synonyms": [("murieron", "fallecieron"), ("autoridades", "responsables"),
                 ("vecinos", "residentes"), ("varias", "diversas"),
                 ("heridos", "lesionados"), ("unos", "alrededor de"),
                 ("afirmó", "aseguró"), ("cercanas", "próximas"),
                 ("casas", "viviendas"), ("mostraban", "enseñaban"),
                 ("familias", "familiares"), ("empezó", "comenzó")],
    "fronting": [r"^(?P<a>[^\"]+), (?P<b>según [^,\"]+)\.$"],
    "lowercase_first": ["Al", "El", "La", "Los", "Las", "Un", "Una", "Unos",
                        "Más", "Alrededor"],
    # Una página de pago: el arranque de la noticia en una plantilla larga.
    "paywall": {
        "header": ["EL HERALDO DE MARJAL", "Provincia | Marjal", "{author}",
                   "{date} de 2025", "Exclusivo para suscriptores"],
        "footer": [
            "Este artículo está reservado a suscriptores.",
            "Has llegado al final de la vista previa gratuita. Para seguir "
            "leyendo, elige una de nuestras ofertas: acceso digital a todas "
            "las noticias, la edición impresa en formato digital y nuestra "
            "hemeroteca desde 1952, desde 1 euro el primer mes.",
            "¿Ya eres suscriptor? Inicia sesión para seguir leyendo.",
            "¿Por qué suscribirse? Nuestros periodistas cubren la provincia "
            "cada día, desde los plenos municipales hasta los juicios, y "
            "nuestro periodismo lo pagan los lectores, no los anunciantes.",
            "Lo más leído",
            "El pleno aprueba nuevos carriles bici para el casco antiguo",
            "Bajan por tercer mes las listas de espera en urgencias",
            "El club de rugby celebra el ascenso tras una final de infarto",
            "Los agricultores temen una mala cosecha tras una primavera seca",
            "La feria del vino bate su récord de visitantes",
            "Un nuevo médico se incorpora al centro de salud",
            "Quiénes somos: El Heraldo de Marjal se publica desde 1952 y "
            "pertenece a una fundación independiente.",
        ],
    },
    "sites": [
        {"header": ["Diario del Alto Tiera", "Portada › Noticias › Provincia",
                    "Por {author} | {date} de 2025, 8.41"],
         "footer": ["Compartir la noticia", "Suscríbete a nuestro boletín",
                    "© 2025 Diario del Alto Tiera. Todos los derechos "
                    "reservados."]},
        {"header": ["Cerva Hoy", "Noticias / Sucesos",
                    "{author}, corresponsal",
                    "Publicado el {date} de 2025 · Actualizado a las 11.05",
                    "Publicidad"],
         "footer": ["Temas: Sucesos, Meteorología, Provincia",
                    "Cerva Hoy es un medio independiente financiado por sus "
                    "lectores. Apoya el periodismo local desde 3 euros al "
                    "mes.",
                    "Síguenos en Facebook e Instagram",
                    "Copyright 2025 Cerva Hoy Medios"]},
        {"header": ["EL HERALDO DE MARJAL", "Provincia | Marjal",
                    "{author}", "{date} de 2025"],
         "footer": ["Lo más leído",
                    "El pleno aprueba nuevos carriles bici para el casco "
                    "antiguo",
                    "Bajan por tercer mes las listas de espera en urgencias",
                    "El club de rugby celebra el ascenso tras una final "
                    "de infarto",
                    "Los agricultores temen una mala cosecha tras una "
                    "primavera seca",
                    "Este periódico existe gracias a sus lectores. Si valoras "
                    "nuestra información sobre la provincia, hazte suscriptor "
                    "hoy mismo.",
                    "Compartir", "Imprimir", "© El Heraldo de Marjal 2025"]},
        {"header": ["La Voz de Levantes – noticias locales desde 1896",
                    "Escrito por {author}", "Tiempo de lectura: 4 minutos"],
         "footer": ["Consulta también nuestro informe especial sobre el "
                    "estado de los servicios de emergencia en la provincia.",
                    "¿Tienes una historia? Escribe a la redacción en "
                    "redaccion@vozdelevantes.example",
                    "Suscríbete a nuestro resumen diario",
                    "Todos los derechos reservados. La Voz de Levantes S.L."]},
    ],
}
