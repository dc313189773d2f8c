### innerpulse — rondas de encuesta y entrega para RR. HH., español.

waves-title = Rondas de encuesta: { $cycle }
waves-intro = Cada ronda invita por correo a los clientes internos de este ciclo. Solo recuentos: nadie puede ver quién respondió.
waves-back-to-cycle = Volver al ciclo
waves-open-now = Abrir una ronda ahora
waves-open-now-help = Abre una nueva ronda de inmediato, sea cual sea el calendario, y envía las invitaciones en la próxima pasada del planificador. Útil para una prueba.
waves-opened = Se ha abierto una nueva ronda. Sus invitaciones se están enviando.
waves-empty = Todavía no hay rondas. La primera se abrirá según el calendario del ciclo, o abra una ahora.
waves-times-in = Horas en { $timezone }.
waves-col-state = Estado
waves-col-opens = Apertura
waves-col-closes = Cierre
wave-state-scheduled = Programada
wave-state-open = Abierta
wave-state-closed = Cerrada

delivery-title = Entrega de invitaciones
delivery-intro = Correos de invitación de las rondas abiertas y de los puntos de contacto recientes.
delivery-invited = invitadas
delivery-pending = pendientes de envío
delivery-delivered = entregadas
delivery-failed = fallidas
delivery-answered = respondidas
delivery-answered-note = Las respuestas solo se cuentan. Nadie —tampoco RR. HH.— puede ver quién respondió.
delivery-failed-heading = Invitaciones que no se pudieron entregar
delivery-failed-none = No hay invitaciones fallidas: todo se ha entregado o está en camino.
delivery-col-email = Empleado
delivery-col-kind = Tipo
delivery-col-attempts = Intentos
delivery-col-reason = Motivo
invitation-kind-wave = Ronda de encuesta
invitation-kind-touchpoint = Punto de contacto
delivery-retry-button = Reintentar las invitaciones fallidas
delivery-retry-confirm-title = ¿Reintentar las invitaciones fallidas?
delivery-retry-confirm-text =
    { $count ->
        [one] Se volverá a enviar { $count } invitación fallida, con una nueva serie de intentos. Corrija primero la causa (por ejemplo, la configuración del servidor de correo o la dirección del empleado).
       *[other] Se volverán a enviar { $count } invitaciones fallidas, con una nueva serie de intentos. Corrija primero la causa (por ejemplo, la configuración del servidor de correo o las direcciones de los empleados).
    }
delivery-retry-confirm = Sí, volver a enviarlas
delivery-retried =
    { $count ->
        [one] { $count } invitación ha vuelto a la cola.
       *[other] { $count } invitaciones han vuelto a la cola.
    }
