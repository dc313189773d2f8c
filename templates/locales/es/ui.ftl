### innerpulse — interfaz web (páginas de gestión y página de la encuesta), español.
### Solo texto sin formato: las plantillas añaden todo el marcado.

## General

app-name = innerpulse
nav-dashboard = Panel
nav-results = Resultados
nav-organisation = Organización
nav-departments = Departamentos
nav-employees = Empleados
nav-relationships = Servicios
nav-questionnaires = Cuestionarios
nav-cycles = Ciclos de encuesta
nav-delivery = Envíos
nav-actions = Acciones
nav-thanks = Agradecimientos
nav-accounts = Cuentas
nav-api-keys = Claves de API
nav-logout = Cerrar sesión
nav-login = Iniciar sesión
language-label = Idioma
language-apply = Cambiar
skip-to-content = Ir al contenido principal
save = Guardar
cancel = Cancelar
delete = Eliminar
confirm-delete = ¿Eliminar «{ $name }»? Esta acción no se puede deshacer.
edit = Editar
create = Crear
back = Volver
search = Buscar
filter = Filtrar
previous-page = Página anterior
next-page = Página siguiente
page-of = Página { $page } de { $pages }
empty-list = Todavía no hay nada aquí.
required-field = obligatorio
optional-field = opcional
yes = Sí
no = No
status-active = Activo
status-inactive = Inactivo

## Inicio de sesión y cuenta

login-title = Iniciar sesión en innerpulse
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-failed = El correo electrónico o la contraseña no son correctos.
login-throttled =
    { $minutes ->
        [one] Demasiados intentos de inicio de sesión. Vuelva a intentarlo dentro de { $minutes } minuto.
       *[other] Demasiados intentos de inicio de sesión. Vuelva a intentarlo dentro de { $minutes } minutos.
    }
login-busy = El servidor está comprobando muchos inicios de sesión en este momento. Vuelva a intentarlo dentro de unos segundos.
forgot-throttled =
    { $minutes ->
        [one] Demasiadas solicitudes de enlace de restablecimiento. Vuelva a intentarlo dentro de { $minutes } minuto.
       *[other] Demasiadas solicitudes de enlace de restablecimiento. Vuelva a intentarlo dentro de { $minutes } minutos.
    }
login-forgot = ¿Ha olvidado su contraseña?
forgot-title = Restablecer la contraseña
forgot-intro = Introduzca el correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar enlace
forgot-sent = Si existe una cuenta con este correo electrónico, le hemos enviado un enlace para restablecer la contraseña. Revise su bandeja de entrada. El enlace es válido durante 24 horas.
set-password-title = Elija una nueva contraseña
set-password-new = Nueva contraseña
set-password-repeat = Repita la nueva contraseña
set-password-submit = Guardar contraseña
password-too-short =
    { $min ->
        [one] La contraseña debe tener al menos { $min } carácter.
       *[other] La contraseña debe tener al menos { $min } caracteres.
    }
password-too-common = Esta contraseña es demasiado común y fácil de adivinar. Elija otra.
password-mismatch = Las dos contraseñas no coinciden.
link-expired = Este enlace ha caducado o ya se ha utilizado. Solicite uno nuevo.

## Errores

error-404-title = Página no encontrada
error-404-text = La página que busca no existe o se ha trasladado.
error-403-title = Acceso denegado
error-403-text = No tiene permiso para ver esta página. Si cree que debería tenerlo, póngase en contacto con su administrador de RR. HH.
error-409-title = Cambio en conflicto
error-409-text = No se ha podido guardar porque entra en conflicto con el estado actual: quizá otra persona acaba de modificarlo o ya existe. Vuelva a cargar la página e inténtelo de nuevo.
error-410-title = Ya no está disponible
error-410-text = Esta página o enlace ya no está disponible.
error-413-title = Envío demasiado grande
error-413-text = Lo que ha enviado supera el tamaño permitido. Acorte el texto o elija un archivo más pequeño.
error-422-title = Revise los datos
error-422-text = Algunos de los datos introducidos no son válidos. Corrija los campos marcados e inténtelo de nuevo.
error-429-title = Demasiadas solicitudes
error-429-text = Ha realizado demasiadas solicitudes en poco tiempo. Espere un momento e inténtelo de nuevo.
error-500-title = Algo ha salido mal
error-500-text = Se ha producido un error inesperado por nuestra parte. Inténtelo de nuevo más tarde. Si el problema continúa, póngase en contacto con su administrador.
error-503-title = No disponible temporalmente
error-503-text = innerpulse no está disponible temporalmente, por ejemplo, por tareas de mantenimiento. Inténtelo de nuevo dentro de unos minutos.
error-csrf = Este formulario ha caducado. Vuelva a cargar la página e inténtelo de nuevo.
error-back-home = Volver a la página de inicio

## Página de la encuesta (empleados, sin cuenta)

survey-title = Encuesta de servicios internos — { $organisation }
survey-title-generic = Encuesta de servicios internos
survey-intro =
    { $count ->
        [one] Esta encuesta tiene { $count } breve apartado sobre un servicio que usted recibe de otro departamento.
       *[other] Esta encuesta tiene { $count } breves apartados, uno por cada servicio que usted recibe de otros departamentos.
    } { $minutes ->
        [one] Le llevará aproximadamente { $minutes } minuto.
       *[other] Le llevará aproximadamente { $minutes } minutos.
    }
survey-anonymity = Sus respuestas son anónimas: se guardan sin su nombre ni ningún dato que permita identificarle, y los resultados solo se muestran cuando han respondido suficientes compañeros. Nadie —ni RR. HH. ni su responsable— puede ver lo que ha respondido.
survey-section-heading = { $service } — { $provider }
# Above each section's heading when the survey has several: where the person is.
survey-step = Apartado { $number } de { $count }
survey-standard-label = Su compromiso de servicio
survey-not-used = No he utilizado este servicio recientemente
survey-not-used-help = Elija esta opción para omitir las preguntas sobre este servicio.
survey-submit = Enviar respuestas
survey-required-missing = Por favor, responda a esta pregunta.
survey-invalid-value = Esta respuesta no es válida. Elija una de las opciones.
survey-text-too-much = Sus comentarios son demasiado largos en conjunto: acórtelos a { $max } caracteres en total.
survey-text-left = Caracteres restantes para sus comentarios:
survey-text-cap = Sus comentarios en esta página pueden tener hasta { $max } caracteres en total.
survey-text-too-long =
    { $max ->
        [one] Acorte su respuesta a un máximo de { $max } carácter.
       *[other] Acorte su respuesta a un máximo de { $max } caracteres.
    }
survey-errors-summary =
    { $count ->
        [one] Hay { $count } problema en sus respuestas. Revise la pregunta marcada a continuación.
       *[other] Hay { $count } problemas en sus respuestas. Revise las preguntas marcadas a continuación.
    }
survey-last-score = La última vez ({ $wave }), sus compañeros dieron a este servicio una puntuación media de { $score } sobre 5.
survey-you-said-we-did = Lo que nos dijeron, lo que hicimos
action-status-planned = Planificada
action-status-in_progress = En curso
action-status-done = Completada
survey-thanks-title = ¡Gracias!
survey-thanks-text = Sus respuestas se han guardado. Ayudan a sus compañeros a mejorar los servicios con los que usted cuenta.
survey-conversation-intro = El departamento puede responder a su comentario. Para leer las respuestas y contestarlas, guarde ahora este enlace privado en sus marcadores: solo se muestra esta vez y no se le puede volver a enviar. Nadie puede saber quién es usted. La conversación se abre cuando se cierra la ronda y tu comentario se publica junto con suficientes otros.
survey-conversation-link = Su enlace privado a la conversación
survey-closed-title = Esta encuesta está cerrada
survey-closed-text = Esta encuesta ya no está abierta, así que no se pueden enviar respuestas. Gracias por su interés: recibirá la próxima encuesta por correo electrónico.
survey-answered-title = Ya ha respondido
survey-answered-text = Ya ha respondido a esta encuesta. ¡Gracias por su tiempo!
survey-unknown-title = Enlace no reconocido
survey-unknown-text = No reconocemos este enlace de encuesta. Compruebe que ha copiado el enlace completo del correo electrónico.
survey-too-large-title = El formulario es demasiado grande
survey-too-large-text = No se ha guardado nada. Vuelve atrás, acorta tus textos y envía el formulario de nuevo.
survey-too-many-fields-title = El formulario tiene demasiados campos
survey-too-many-fields-text = No se ha guardado nada. Vuelve atrás y envía el formulario de nuevo desde la página.
survey-unreadable-title = El formulario no llegó completo
survey-unreadable-text = No se ha guardado nada. Vuelve atrás y envía el formulario de nuevo.

## Página de conversación (quien respondió, mediante el enlace privado)

conversation-title = Conversación sobre su comentario
conversation-intro = Aquí puede leer las respuestas a su comentario y contestarlas. El departamento no sabe quién es usted, así que no incluya su nombre ni datos que permitan identificarle.
conversation-from-provider = Respuesta de { $provider }
conversation-from-you = Su mensaje
conversation-reply-label = Su respuesta
conversation-send = Enviar respuesta
conversation-close = Cerrar la conversación
conversation-closed = Esta conversación se ha cerrado. Gracias por sus comentarios.
conversation-rate-limited = Ha enviado varios mensajes en poco tiempo. Espere un poco antes de enviar otro.

## Resultados (personal)

results-title = Resultados
results-not-enough =
    { $k ->
        [one] Aún no hay suficientes respuestas. Para proteger el anonimato, los resultados se muestran cuando ha respondido al menos { $k } compañero.
       *[other] Aún no hay suficientes respuestas. Para proteger el anonimato, los resultados se muestran cuando han respondido al menos { $k } compañeros.
    }
results-responses =
    { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
results-response-rate = Tasa de respuesta: { $rate }
results-mean = Puntuación media
results-nps = NPS interno
results-promoters = Promotores
results-passives = Pasivos
results-detractors = Detractores
results-meets-standard = Cumplimiento del compromiso de servicio
results-trend = Tendencia
results-org-average = Media de la organización
results-comments = Comentarios
results-thanks = Agradecimientos
results-heatmap = Puntuaciones por departamento cliente
results-suppressed-cell =
    { $k ->
        [one] Menos de { $k } respuesta
       *[other] Menos de { $k } respuestas
    }
results-other-departments = Otros departamentos
results-breakdown-withheld = Este desglose está oculto porque algunos grupos son demasiado pequeños: mostrarlo permitiría deducir cómo respondieron compañeros concretos.
results-export-csv = Exportar a CSV
results-latest-wave = Última ronda
results-open-wave = Ronda actual (aún abierta)
results-no-waves = Todavía no hay resultados. Aparecerán aquí cuando se cierre la primera ronda de la encuesta.

## Inicio

home-title = Opiniones sobre los servicios internos
home-intro = innerpulse pregunta de forma anónima a los compañeros que utilizan los servicios de cada departamento qué opinan de ellos, y muestra al departamento en qué puede mejorar.

## Text fields

err-control-characters = Este campo no debe contener caracteres de control (como tabulaciones, saltos de línea en un campo de una línea o marcas que invierten la dirección del texto).
survey-group = { $colleagues ->
    [0] Nadie más de su departamento ha sido invitado a esta ronda, así que sus respuestas cuentan en un grupo mayor.
    [one] Sus respuestas cuentan junto con las de 1 compañero de su departamento invitado a esta ronda; los resultados solo muestran grupos lo bastante grandes para ocultar quién dijo qué.
   *[other] Sus respuestas cuentan junto con las de { $colleagues } compañeros de su departamento invitados a esta ronda.
    }
survey-group-changes = { $changes ->
    [one] 1 cambio en su grupo desde que se abrió esta ronda (alguien añadido, trasladado, reactivado o con una dirección nueva): el registro de auditoría de RR. HH. lo recoge.
   *[other] { $changes } cambios en su grupo desde que se abrió esta ronda (personas añadidas, trasladadas, reactivadas o con una dirección nueva): el registro de auditoría de RR. HH. los recoge.
    }
