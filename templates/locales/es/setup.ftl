### innerpulse — configuración de RR. HH.: relaciones de servicio, cuestionarios, ciclos de encuesta. Español.
### Solo texto plano: las plantillas añaden todo el marcado.

form-has-errors = Corrija los campos marcados abajo.
rel-actions = Acciones

## Relaciones de servicio

rel-title = Servicios entre departamentos
rel-intro = Quién atiende a quién: cada línea es un servicio que un departamento presta a un cliente interno, con el compromiso que asume.
rel-new = Nuevo servicio
rel-edit-title = Editar servicio
rel-count = { $count ->
    [one] { $count } servicio
   *[other] { $count } servicios
}
rel-empty = Todavía no hay servicios. Añada el primero: ¿qué departamento atiende a qué cliente interno?
rel-no-departments = Cree primero al menos dos departamentos.
rel-provider = Departamento proveedor
rel-customer = Cliente interno
rel-everyone = Toda la organización
rel-choose = Elija un departamento
rel-service-name = Nombre del servicio
rel-service-name-example = p. ej. soporte informático
rel-service-standard = Compromiso de servicio
rel-service-standard-help = La promesa del proveedor, p. ej. «incidencias respondidas en 4 horas laborables». Los clientes la ven en la encuesta.
rel-no-standard = Sin compromiso todavía
rel-repeat-days = Intervalo entre consultas tras un contacto (días)
rel-repeat-days-help = Tras una interacción, a cada empleado se le pregunta por este servicio como máximo una vez en este número de días. Vacío significa 30.
rel-active = Activo: incluir este servicio en las encuestas
rel-status = Estado
rel-deactivate = Desactivar
rel-reactivate = Reactivar
rel-matrix-title = Mapa de servicios
rel-matrix-intro = Proveedores en filas, clientes internos en columnas. Seleccione un servicio para editarlo.
rel-matrix-caption = Servicios por proveedor y cliente interno
rel-matrix-link = Ver el mapa de servicios
rel-list-link = Ver como lista
rel-delete-title = ¿Eliminar el servicio «{ $name }»?
rel-delete-text = Se eliminan el servicio y su lugar en los ciclos de encuesta. No se puede deshacer.
rel-in-use = Este servicio ya tiene oleadas de encuesta o respuestas, así que no se puede eliminar. Desactívelo: conserva su historial y deja de encuestarse.

err-rel-self = Un departamento no puede ser su propio cliente interno.
err-rel-duplicate = Este proveedor ya ofrece a este cliente un servicio con este nombre.
err-rel-name-length = Dé al servicio un nombre de 1 a 120 caracteres.
err-rel-standard-length = El compromiso de servicio debe tener menos de 2000 caracteres.
err-rel-provider-unknown = Elija un departamento proveedor existente.
err-rel-customer-unknown = Elija un departamento existente o toda la organización.
err-rel-repeat-days = El intervalo es un número entero de días entre 1 y 365.

## Cuestionarios

qn-title = Cuestionarios
qn-intro = Las preguntas de cada sección de la encuesta. El cuestionario integrado está listo para usar; cópielo para adaptarlo.
qn-empty = Todavía no hay cuestionarios.
qn-builtin = Integrado
qn-version = Versión { $version }
qn-locked = En uso por una oleada
qn-editable = Editable
qn-question-count = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
qn-copy = Crear una copia editable
qn-copy-suffix = (copia)
qn-readonly = El cuestionario integrado no se puede cambiar. Haga una copia para adaptarlo.
qn-locked-notice = Una oleada de encuesta usa esta versión, así que se queda como está. Cualquier cambio que guarde crea la versión { $next }.
qn-new-version = Esta versión estaba en uso, así que su cambio se ha guardado como una nueva versión { $version }.
qn-previous-version = Sustituye a la versión { $version }
qn-name = Nombre
qn-rename = Guardar nombre
qn-questions = Preguntas
qn-no-questions = Este cuestionario aún no tiene preguntas.
qn-add-question = Añadir una pregunta
qn-edit-question = Editar pregunta
qn-kind = Tipo de respuesta
qn-dimension = Dimensión
qn-required = Respuesta obligatoria
qn-optional = Opcional
qn-texts-in = Textos: { $language }
qn-texts-help = Escriba la pregunta al menos en el idioma predeterminado de la organización. Marcadores: {"{"}provider{"}"}, {"{"}service{"}"}, {"{"}standard{"}"}.
qn-prompt = Pregunta
qn-help = Texto de ayuda
qn-options = Opciones, una por línea
qn-options-help = Solo para elección única y tiempo de trabajo perdido; cada idioma necesita el mismo número de opciones.
qn-no-text = Sin texto en este idioma
qn-move-up = Subir
qn-move-down = Bajar
qn-remove = Quitar
qn-remove-title = ¿Quitar esta pregunta?
qn-remove-text = La pregunta y sus textos en todos los idiomas se quitan de este cuestionario.

kind-rating = Escala de acuerdo 1–5
kind-recommend = Recomendación 0–10
kind-yes_no = Sí o no
kind-choice = Elección única
kind-lost_time = Tiempo de trabajo perdido
kind-text = Comentario
kind-thanks = Agradecimiento

err-qn-name-length = Dé al cuestionario un nombre de 1 a 200 caracteres.
err-qn-kind = Elija el tipo de respuesta.
err-qn-dimension = Elija una dimensión.
err-qn-prompt-default = Escriba la pregunta al menos en el idioma predeterminado de la organización.
err-qn-prompt-missing = Este idioma tiene ayuda u opciones, pero no pregunta.
err-qn-prompt-length = La pregunta debe tener menos de 500 caracteres.
err-qn-help-length = El texto de ayuda debe tener menos de 1000 caracteres.
err-qn-option-length = Use como máximo 12 opciones de como máximo 200 caracteres cada una.
err-qn-options-min = Una elección necesita al menos dos opciones, una por línea.
err-qn-options-count = Cada idioma necesita el mismo número de opciones.
err-qn-last-question = Un cuestionario necesita al menos una pregunta.
err-qn-builtin = El cuestionario integrado no se puede cambiar. Haga una copia para adaptarlo.

## Ciclos de encuesta

cy-title = Ciclos de encuesta
cy-intro = Cuándo y con qué frecuencia se pregunta a los clientes internos: cada ciclo abre una oleada de encuesta según su calendario.
cy-empty = Todavía no hay ciclos de encuesta. Cree uno para empezar a preguntar a los clientes internos.
cy-new = Nuevo ciclo de encuesta
cy-edit-title = Editar ciclo de encuesta
cy-edit = Editar ajustes
cy-name = Nombre
cy-questionnaire = Cuestionario
cy-relationships = Servicios
cy-all-relationships = Todos los servicios activos
cy-chosen-relationships = Solo los servicios marcados abajo
cy-no-relationships = Todavía no hay servicios.
cy-cadence = Frecuencia
cadence-weekly = Cada semana
cadence-every_two_weeks = Cada dos semanas
cadence-monthly = Cada mes
cadence-quarterly = Cada trimestre
cadence-custom = Regla personalizada
cy-timezone = Zona horaria
cy-timezone-other = Otra zona horaria
cy-timezone-other-help = Cualquier nombre de zona IANA, p. ej. America/Sao_Paulo. Déjelo vacío para usar la lista.
cy-first-date = Primera apertura: fecha
cy-first-time = Primera apertura: hora local
cy-first-help = En la zona horaria del ciclo; las oleadas siguientes abren a la misma hora local, también tras los cambios de horario.
cy-days-open = Días abierta
cy-reminder-after = Primer recordatorio tras (días)
cy-reminder-after-help = Vacío: sin recordatorios. Debe ser menor que los días abierta.
cy-max-reminders = Recordatorios como máximo
cy-fatigue-cap = Secciones como máximo por empleado y oleada
cy-fatigue-cap-help = Protege contra la fatiga de encuestas; 3 es un buen comienzo.
cy-sample = Porcentaje de muestra (%)
cy-sample-help = Opcional: invitar solo a esta parte de los empleados en cada oleada.
cy-active = Activo: abrir oleadas según el calendario
cy-status = Estado
cy-paused = En pausa
cy-pause = Pausar
cy-resume = Reanudar
cy-next-opening = Próxima apertura
cy-none = —
cy-next-openings = Próximas cinco aperturas
cy-next-openings-empty = No hay aperturas próximas.
cy-paused-notice = Este ciclo está en pausa: no se abre ninguna oleada hasta que lo reanude.
cy-local-time = Hora local ({ $zone })
cy-utc-time = UTC
cy-held-notice =
    { $count ->
        [one] { $count } respuesta de rondas cerradas sigue sellada: un servicio que evalúa tuvo menos respuestas que el umbral de anonimato. Se publicará con la próxima ronda que lleve ese servicio al umbral.
       *[other] { $count } respuestas de rondas cerradas siguen selladas: un servicio que evalúan tuvo menos respuestas que el umbral de anonimato. Se publicarán con la próxima ronda que lleve ese servicio al umbral.
    }
cy-waves-link = Oleadas y envío
cy-every-relationship = Todos los servicios activos

err-cy-name-length = Dé al ciclo un nombre de 1 a 200 caracteres.
err-cy-questionnaire = Elija un cuestionario existente.
err-cy-relationships-none = Marque al menos un servicio o incluya todos los servicios activos.
err-cy-relationship-unknown = Uno de los servicios marcados ya no existe.
err-cy-cadence = Elija con qué frecuencia se abren las oleadas.
err-cy-timezone = No es una zona horaria IANA conocida (por ejemplo Europe/Madrid).
err-cy-date = Escriba la fecha como AAAA-MM-DD.
err-cy-time = Escriba la hora como HH:MM.
err-cy-time-nonexistent = Esta hora local no existe ese día porque los relojes se adelantan. Elija otra hora.
err-cy-time-ambiguous = Esta hora local ocurre dos veces ese día porque los relojes se atrasan. Elija otra hora.
err-cy-days-open = Una oleada permanece abierta al menos 1 día (como máximo 90).
err-cy-reminder-after = El primer recordatorio llega tras 1 día o más, antes de que cierre la oleada.
err-cy-max-reminders = Envíe entre 0 y 5 recordatorios como máximo.
err-cy-fatigue-cap = Pregunte al menos 1 sección por empleado y oleada (como máximo 20).
err-cy-sample = El porcentaje de muestra es un número entero de 1 a 100.
