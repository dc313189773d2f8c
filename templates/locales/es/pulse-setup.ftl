### innerpulse — configuración de RR. HH. de un pulso breve: preguntas centrales y rotativas, preguntas por sección y por oleada. Español.
### Solo texto plano: las plantillas añaden el marcado.

qn-core = Pregunta central: se hace en cada sección
qn-core-help = Las preguntas centrales se hacen en cada sección. Las demás rotan: cada sección hace tantas como permita el ciclo, una distinta en cada oleada, de modo que en pocas oleadas se hacen todas.
qn-core-badge = Central
qn-rotating-badge = Rotativa
qn-core-summary = { $core ->
        [one] { $core } pregunta central se hace
       *[other] { $core } preguntas centrales se hacen
    } en cada sección; { $rotating ->
        [one] { $rotating } pregunta rota
       *[other] { $rotating } preguntas rotan
    }.
cy-pulse = Pulso breve
cy-pulse-intro = Las preguntas centrales se hacen en cada sección; las demás rotan, para que cada empleado responda solo unas pocas y el servicio conozca la opinión sobre todas en pocas oleadas.
cy-questions-per-section = Preguntas por sección
cy-questions-per-section-help = Las { $core } preguntas centrales más preguntas rotativas; el cuestionario tiene { $total } preguntas. Vacío: todas las preguntas.
cy-questions-per-section-help-plain = Las preguntas centrales más preguntas rotativas. Vacío: todas las preguntas.
cy-max-answers = Preguntas como máximo por empleado y oleada
cy-max-answers-help = Todas las secciones juntas, de { $least } a { $most }. Vacío: sin límite.
cy-shorten-by = Si las secciones de un empleado hicieran más preguntas
cy-shorten-by-rotating_questions = Primero menos preguntas rotativas, después menos secciones
cy-shorten-by-sections = Primero menos secciones, después menos preguntas rotativas
cy-shorten-by-short = Por encima del máximo
cy-every-question = Todas las preguntas
cy-no-limit = Sin límite
cy-every-question-notice = Este ciclo hace todas las preguntas ({ $count } por sección) hasta que fije las preguntas por sección.
cy-preview-title = Qué significa para los empleados
cy-preview-row = Un empleado que recibe { $services ->
        [one] un servicio
       *[other] { $services } servicios
    } responde como máximo { $questions ->
        [one] una pregunta
       *[other] { $questions } preguntas
    }: unos { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }.
cy-preview-row-fewer = Un empleado que recibe { $services } servicios responde como máximo { $questions } preguntas en { $sections ->
        [one] una sección
       *[other] { $sections } secciones
    }: unos { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }.
cy-preview-comments = Algunas preguntas rotativas son campos de comentario, que llevan más tiempo: esta estimación cuenta cada pregunta rotativa como una pregunta de elección.
cy-preview-basis = Estimado en { $choice } segundos por pregunta de elección y { $comment } segundos por campo de comentario, para servicios con un compromiso de servicio.
cy-preview-form-note = Calculado con los ajustes y el cuestionario mostrados al cargar la página; guarde para verlo con otros valores.
err-cy-questions-per-section = Haga de { $min } a { $max } preguntas por sección: las { $core } preguntas centrales y preguntas rotativas, como máximo todas. Déjelo vacío para hacer todas las preguntas.
err-cy-max-answers = Permita de { $min } a { $max } preguntas por oleada: al menos las preguntas centrales de una sección. Déjelo vacío para no poner límite.
err-cy-shorten-by = Elija si primero se reducen las preguntas rotativas o las secciones.
err-qn-locale = Dé cada texto en uno de los idiomas incluidos (en, nl, fr, es, ru, pl), cada idioma una sola vez.
