### innerpulse — cerrar el círculo: acciones, conversaciones, agradecimientos, español.
### Solo texto: las plantillas añaden el formato. Las cantidades son números.

nav-conversations = Conversaciones
nav-recognition = Reconocimiento

## «Nos dijisteis, hicimos» (página de la encuesta y correos)

loop-survey-actions-intro = Lo que { $provider } ha hecho con los comentarios de tus compañeros:
loop-email-actions-intro = Lo que los departamentos han hecho con tus comentarios desde la última encuesta:

## Página de agradecimiento

loop-conversation-open = Abrir tu conversación
loop-conversation-copy = Enlace para guardar o copiar

## Páginas de conversación

loop-conversations-title = Conversaciones
loop-conversations-intro = Mensajes entre tu departamento y los compañeros que dejaron un comentario. Nadie — tampoco tú — puede ver quién escribió un comentario.
loop-conversations-all = Todas las conversaciones
loop-conversations-awaiting = Esperan tu respuesta
loop-conversations-none-awaiting = Ninguna conversación espera respuesta.
loop-conversations-empty = Aún no hay conversaciones. Abre un comentario en una página de resultados y responde para iniciar una.
loop-col-service = Servicio
loop-col-round = Ronda de encuesta
loop-col-messages = Mensajes
loop-col-state = Estado
loop-marker-unread = Respuesta nueva
loop-marker-awaiting = Espera respuesta
loop-marker-closed = Terminada
loop-no-messages = Aún no hay mensajes.
loop-message-pending = Llegará a { $provider } mañana, junto con los demás mensajes de hoy, para que nadie sepa cuándo lo escribiste.
loop-conversation-staff-title = Comentario sobre { $service }
loop-the-comment = El comentario
loop-anonymous-note = Escrito de forma anónima. No intentes averiguar quién lo escribió; responde al contenido.
loop-messages = Mensajes
loop-from-colleague = Compañero/a (anónimo)
loop-staff-delay-note = Los mensajes del compañero, y el cierre de la conversación por su parte, aparecen aquí al día siguiente, para que su hora no revele quién los escribió.
loop-reply-label = Tu respuesta
loop-reply-help = Texto sin formato, como máximo { $max } caracteres. Tu departamento puede enviar { $per_day } mensajes al día en esta conversación.
loop-respondent-reply-help = Texto sin formato, como máximo { $max } caracteres, { $per_day } mensajes al día. No incluyas tu nombre ni nada que permita reconocerte.
loop-conversation-ended-staff = Esta conversación ha terminado. Ya no se pueden enviar mensajes.
loop-close-title = ¿Terminar esta conversación?
loop-close-staff-text = Después, ni tu departamento ni el compañero podrán escribir en la conversación sobre { $service }. Los mensajes seguirán visibles.
loop-close-respondent-text = Después, ni tú ni el departamento podréis escribir en la conversación sobre { $service }. Los mensajes seguirán visibles con tu enlace.
loop-your-comment = Tu comentario
loop-bookmark-reminder = Guarda la dirección de esta página: es tu única forma de volver a esta conversación y no se te puede volver a enviar.
loop-conversation-unknown-title = Conversación aún no abierta
loop-conversation-unknown-text = Los comentarios permanecen sellados hasta que se cierra la ronda de la encuesta y suficientes colegas han respondido sobre el servicio; entonces se abre la conversación, en este mismo enlace. Si la ronda cerró hace tiempo, comprueba que has copiado el enlace completo.
loop-message-empty = Escribe un mensaje.
loop-message-too-long = Acorta tu mensaje a { $max } caracteres como máximo.
loop-rate-limited-respondent = Puedes enviar como máximo { $max } mensajes al día en esta conversación. Vuelve mañana; tu texto sigue en el cuadro de abajo.
loop-rate-limited-staff = Tu departamento puede enviar como máximo { $max } mensajes al día en esta conversación. Inténtalo de nuevo mañana; tu texto sigue en el cuadro de abajo.

## Acciones

loop-actions-title = Acciones
loop-actions-for = Acciones para { $service }
loop-actions-intro = Lo que los departamentos proveedores se han comprometido a hacer en respuesta a los comentarios de sus clientes internos. Los clientes ven las acciones nuevas y su estado en la siguiente encuesta.
loop-action-record = Registrar una acción
loop-action-created = La acción se ha registrado. Sus clientes la verán en la próxima encuesta.
loop-action-updated = La acción se ha guardado.
loop-action-deleted = La acción se ha eliminado.
loop-action-translated = Las traducciones se han guardado.
loop-actions-overdue-count =
    { $count ->
        [one] { $count } acción está vencida.
       *[other] { $count } acciones están vencidas.
    }
loop-actions-show-overdue = Mostrar acciones vencidas
loop-action-status = Estado
loop-actions-any-status = Cualquier estado
loop-actions-overdue-only = Solo acciones vencidas
loop-actions-empty = Aún no hay acciones.
loop-actions-empty-service = Aún no hay acciones para este servicio. Registra lo que harás con los comentarios, para que tus clientes vean que sirvieron de algo.
loop-actions-count =
    { $count ->
        [one] { $count } acción
       *[other] { $count } acciones
    }
loop-action-overdue = Vencida
loop-action-owner = Departamento responsable
loop-action-topic = Tema
loop-topic-service = El servicio en su conjunto
loop-action-due-on = Fecha límite
loop-action-recorded-by = Registrada por
loop-action-translations = Traducciones
loop-action-set-status = Cambiar estado
loop-action-translate = Traducir
loop-action-edit-title = Editar la acción
loop-action-form-intro = Di brevemente qué vas a cambiar. Los clientes de este servicio ven el título y el estado en su próxima encuesta.
loop-action-title-label = Título
loop-action-description-label = Descripción
loop-action-visible-note = El título y el estado se muestran a los clientes de este servicio en la próxima ronda, en su idioma si añades una traducción.
loop-action-delete-title = ¿Eliminar esta acción?
loop-action-delete-text = La acción y sus traducciones se eliminan y dejan de mostrarse a los clientes. No se puede deshacer.
loop-action-translations-title = Traducciones
loop-action-translations-intro = Los clientes ven el título en su idioma cuando existe una traducción; si no, tal como se registró. Deja un idioma vacío para eliminar su traducción.
err-action-title = Escribe un título de 1 a 200 caracteres.
err-action-description = Acorta la descripción a 4000 caracteres como máximo.
err-action-owner = Elige un departamento existente.
err-action-status = Elige prevista, en curso o hecha.
err-action-due-on = Escribe la fecha límite como fecha (AAAA-MM-DD) o deja el campo vacío.
err-action-topic = Elige el servicio, una dimensión o una pregunta existente.

## Agradecimientos

loop-thanks-title = Lo que tus clientes internos te agradecieron
loop-thanks-intro = Agradecimientos que los compañeros escribieron en las encuestas, sin nombres ni fechas.
loop-thanks-gate =
    { $k ->
        [one] Los agradecimientos aparecen cuando una ronda se ha cerrado con al menos { $k } respuesta sobre el servicio.
       *[other] Los agradecimientos aparecen cuando una ronda se ha cerrado con al menos { $k } respuestas sobre el servicio.
    }
loop-thanks-department = Departamento
loop-thanks-all-departments = Todos los departamentos
loop-thanks-empty = Aún no hay agradecimientos que mostrar.
loop-thanks-count =
    { $count ->
        [one] { $count } agradecimiento
       *[other] { $count } agradecimientos
    }
loop-thanks-is-shared = Compartido con la organización
loop-thanks-share = Compartir con la organización
loop-thanks-unshare = Dejar de compartir
loop-thanks-share-title = ¿Compartir este agradecimiento con toda la organización?
loop-thanks-unshare-title = ¿Dejar de compartir este agradecimiento?
loop-thanks-share-text = Todo el personal verá este texto en la página de reconocimiento, con el servicio y el mes. Asegúrate de que no revela quién lo escribió.
loop-thanks-unshare-text = El agradecimiento se retira de la página de reconocimiento. El departamento lo sigue viendo.
loop-thanks-already-shared = Este agradecimiento ya está compartido.
loop-thanks-not-shared = Este agradecimiento no está compartido.
loop-thanks-shared-notice = El agradecimiento se muestra ahora en la página de reconocimiento.
loop-thanks-unshared-notice = El agradecimiento ya no se muestra en la página de reconocimiento.
loop-recognition-title = Reconocimiento
loop-recognition-intro = Agradecimientos que los compañeros escribieron sobre los servicios de otros departamentos, compartidos por RR. HH.
loop-recognition-empty = Aún no se ha compartido nada.
loop-recognition-for = Para { $service } ({ $provider })
