### innerpulse — correos electrónicos, español.
### Solo texto sin formato: las plantillas construyen las partes de texto y HTML en torno a estos mensajes.

## Invitación a la encuesta

invite-subject =
    { $count ->
        [one] ¿Qué opina de los servicios internos? { $count } servicio
       *[other] ¿Qué opina de los servicios internos? { $count } servicios
    }, { $minutes ->
        [one] aproximadamente { $minutes } minuto
       *[other] aproximadamente { $minutes } minutos
    }
invite-greeting = Hola, { $name }:
invite-intro = Cada día usted cuenta con los servicios de otros departamentos. Nos gustaría saber hasta qué punto responden a sus necesidades, para que sepan qué funciona bien y qué pueden mejorar.
invite-services-heading = Los servicios de esta encuesta:
invite-deadline = La encuesta está abierta hasta el { $deadline }.
invite-button = Responder a la encuesta
invite-link-fallback = Si el botón no funciona, abra este enlace:
invite-anonymity = Sus respuestas se guardan sin su nombre ni ningún dato que permita identificarle. Los departamentos solo ven resultados cuando han respondido suficientes compañeros, y nadie —ni RR. HH. ni su responsable— puede ver lo que ha respondido.
invite-you-said-we-did = Lo que nos dijeron, lo que hicimos
invite-footer = Recibe este correo porque su organización utiliza innerpulse para pedir a los empleados su opinión sobre los servicios internos. El enlace es personal: no reenvíe este correo.

## Recordatorio

reminder-subject = Recordatorio: sus compañeros quieren conocer su opinión
reminder-intro =
    Un breve recordatorio: la encuesta sobre los servicios que recibe de otros departamentos está abierta hasta el { $deadline }. { $minutes ->
        [one] Le llevará aproximadamente { $minutes } minuto.
       *[other] Le llevará aproximadamente { $minutes } minutos.
    }

## Punto de contacto

touchpoint-subject = ¿Qué tal fue? Una pregunta rápida sobre «{ $service }»
touchpoint-intro =
    Hace poco estuvo en contacto con «{ $service }» ({ $context }). ¿Qué tal fue? { $minutes ->
        [one] Responder le llevará aproximadamente { $minutes } minuto y es anónimo.
       *[other] Responder le llevará aproximadamente { $minutes } minutos y es anónimo.
    }

## Cuentas del personal

staff-invite-subject = Invitación a innerpulse
staff-invite-body = { $inviter } le ha invitado a innerpulse, la herramienta con la que su organización recoge opiniones sobre los servicios internos. Elija una contraseña para activar su cuenta. El enlace es válido durante 24 horas y solo puede usarse una vez.
staff-invite-button = Elegir contraseña
reset-subject = Restablecer su contraseña de innerpulse
reset-body = Alguien ha solicitado restablecer la contraseña de su cuenta de innerpulse. Si ha sido usted, elija una nueva contraseña con el enlace de abajo. Es válido durante 24 horas y solo puede usarse una vez. Si no ha sido usted, puede ignorar este correo: su contraseña no cambiará.
reset-button = Elegir nueva contraseña

## Nuevos resultados (responsables de departamento)

results-subject = Nuevos resultados de «{ $service }»: { $wave }
results-body =
    { $responses ->
        [one] La ronda { $wave } de la encuesta se ha cerrado. { $responses } compañero respondió a las preguntas sobre «{ $service }». Consulte los resultados, comentarios y agradecimientos, y registre qué hará a continuación.
       *[other] La ronda { $wave } de la encuesta se ha cerrado. { $responses } compañeros respondieron a las preguntas sobre «{ $service }». Consulte los resultados, comentarios y agradecimientos, y registre qué hará a continuación.
    }
results-button = Ver resultados

## Firma

mail-signature = — innerpulse, en nombre de { $organisation }

## Un enlace de encuesta enviado a una nueva dirección (se envía a la anterior)

link-moved-subject = Tu enlace de encuesta se ha enviado a una nueva dirección
link-moved-body = A petición de RR. HH., { $links ->
    [one] tu enlace de encuesta abierto se ha enviado
   *[other] tus { $links } enlaces de encuesta abiertos se han enviado
    } de nuevo a { $address }. { $links ->
    [one] El enlace que recibiste aquí ya no funciona
   *[other] Los enlaces que recibiste aquí ya no funcionan
    }.
link-moved-not-you = Si no lo has pedido, avisa a RR. HH.: todo cambio de dirección figura en el registro de auditoría de innerpulse.
