### innerpulse — cuestionario integrado «Pulso de servicios internos», español.
### Variables: $provider (departamento que presta el servicio), $service (nombre del servicio), $standard (compromiso de servicio).

questionnaire-name = Pulso de servicios internos

## Preguntas

q-overall = En general, el servicio «{ $service }» me resulta satisfactorio.
q-standard = { $provider } cumple su compromiso: «{ $standard }».
q-responsiveness = Cuando necesito el servicio «{ $service }», recibo una respuesta a tiempo.
q-reliability = Puedo confiar en que el servicio «{ $service }» funciona según lo prometido.
q-communication = { $provider } me mantiene al tanto del estado de mis solicitudes.
    .help = Por ejemplo: confirmación de que su solicitud ha llegado, avisos sobre su avance y un mensaje claro cuando está resuelta.
q-recommend = ¿Qué probabilidad hay de que recomiende el servicio «{ $service }» a un compañero?
q-lost-time = En el último mes, ¿cuánto tiempo de trabajo le han hecho perder los problemas con el servicio «{ $service }»?
    .help = Cuente las esperas, las soluciones provisionales y el trabajo repetido.
q-change = Si { $provider } pudiera cambiar o mejorar una sola cosa, ¿cuál debería ser?
    .help = Un ejemplo concreto es lo que más ayuda. Evite los datos que puedan identificarle a usted o a otras personas.
q-thanks = ¿Hay alguien en { $provider } a quien le gustaría dar las gracias? ¿Por qué?
    .help = Opcional. Su agradecimiento llega a { $provider } sin su nombre.

## Escala de acuerdo (1–5)

scale-agree-1 = Totalmente en desacuerdo
scale-agree-2 = En desacuerdo
scale-agree-3 = Ni de acuerdo ni en desacuerdo
scale-agree-4 = De acuerdo
scale-agree-5 = Totalmente de acuerdo

## Escala de recomendación (0–10)

scale-recommend-low = Nada probable
scale-recommend-high = Extremadamente probable

## Tiempo de trabajo perdido

lost-time-0 = Nada
lost-time-1 = Menos de una hora
lost-time-2 = De 1 a 4 horas
lost-time-3 = De medio día a un día
lost-time-4 = Más de un día

## Sí / no

answer-yes = Sí
answer-no = No

## Dimensiones (etiquetas cortas para gráficos)

dimension-reliability = Fiabilidad
dimension-responsiveness = Capacidad de respuesta
dimension-communication = Comunicación
dimension-competence = Competencia
dimension-courtesy = Cortesía
dimension-standard = Compromiso de servicio
dimension-overall = General
