### innerpulse — páginas de resultados para proveedores y RR. HH. (panel, resumen, exportaciones). Español.

results-intro = Lo que los clientes internos opinan de cada servicio. Cada cifra solo aparece cuando han respondido suficientes compañeros para mantener su anonimato.
results-no-providers = Todavía no hay servicios cuyos resultados pueda ver.
results-no-services = Este departamento aún no presta ningún servicio.
results-overview-link = Resumen de la organización
results-export-all = Exportar todos los resultados en CSV
results-back = Todos los resultados
results-provider-title = Resultados de { $provider }
results-gate-note = Una cifra solo aparece si respondieron al menos { $k } compañeros; los grupos más pequeños se ocultan o se agrupan para que nadie pueda deducir las respuestas de nadie.
results-for-customer = Para { $customer }
results-for-everyone = Para toda la organización
results-inactive = ya no se encuesta
results-standard = Estándar de servicio:
results-no-final-wave = Todavía no se ha cerrado ninguna ronda sobre este servicio.
results-period = Ronda del { $starts } al { $ends }
results-record-action = Registrar una acción
results-see-actions = Acciones
results-live-title = Hay una ronda abierta hasta el { $closes }.
results-live-rate = Han respondido { $answered } de { $invited } compañeros hasta ahora ({ $rate } %).
results-live-too-few = Hasta ahora han respondido menos de { $k } compañeros.
results-live-why = Las puntuaciones aparecen al cerrar la ronda: unas cifras que cambiaran con cada respuesta mostrarían lo que dijo la última persona.
results-responses-label = Respuestas
results-not-applicable = No lo ha usado
results-carried-over =
    { $count ->
        [one] Incluye { $count } respuesta de la ronda del { $since }: permaneció sellada hasta que el servicio tuvo suficientes respuestas para mostrarse.
       *[other] Incluye { $count } respuestas de la ronda del { $since }: permanecieron selladas hasta que el servicio tuvo suficientes respuestas para mostrarse.
    }
results-rate-label = Tasa de respuesta
results-headline = Satisfacción general
results-dimensions = Por dimensión
results-questions = Pregunta por pregunta
results-question-not-enough = No hay suficientes respuestas en esta ronda: las cifras de una pregunta se muestran cuando al menos { $k } compañeros la han respondido.
results-favourable = { $share } % de acuerdo
results-nps-split = { $promoters } % promotores, { $passives } % pasivos, { $detractors } % detractores
results-yes-share = { $share } % sí
results-answers =
    { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
results-distribution = Distribución de las respuestas
results-answer = Respuesta
results-share = Porcentaje
results-answers-col = Respuestas
results-comments-too-few = Los comentarios se muestran cuando han respondido suficientes compañeros, para que nadie pueda ser reconocido por lo que escribió.
results-no-comments = No hay comentarios en esta ronda.
results-comments-note = En orden aleatorio y sin fechas, para que nadie pueda ser reconocido.
results-comment-label = Comentario
results-reply = Responder en privado
results-trend-title =
    { $count ->
        [one] Evolución en la última ronda
       *[other] Evolución en las últimas { $count } rondas
    }
results-trend-headline = Satisfacción general por ronda (1–5)
results-trend-nps = NPS interno por ronda (−100 a 100)
results-chart-data = Mostrar las cifras como tabla
results-not-enough-this-round = No hay suficientes respuestas en esta ronda
results-no-answers-this-round = Sin respuestas en esta ronda
results-n = n = { $count }
results-dimension-from = a partir de { $used } de { $total } preguntas en esta ronda
results-question-trend = Esta pregunta en las últimas { $count } rondas
results-touchpoints = Tras las interacciones (puntos de contacto), por mes
results-month = Mes
results-breakdown = Por departamento cliente
results-customer-department = Departamento cliente
results-all-customers = Todos los clientes
results-breakdown-merged = Los departamentos con menos de { $k } respuestas se agrupan en «Otros departamentos» (o se omiten) para que sus respuestas no puedan deducirse por resta.

overview-title = Resumen de la organización
overview-wave = Ronda de encuestas
overview-metric = Cifra
overview-show = Mostrar
overview-heatmap = Servicios por departamento cliente
overview-heatmap-help = Cada celda: cómo valora un departamento cliente a un departamento proveedor. «<{ $k }» significa que hay muy pocas respuestas para mostrarla.
overview-provider = Proveedor
overview-withheld-title = Menos de { $k } respuestas, o mostrarla permitiría deducir las respuestas de un grupo pequeño
overview-no-answers = sin respuestas
overview-ranking = Clasificación de servicios
overview-no-ranking = Ningún servicio tiene aún suficientes respuestas en esta ronda (al menos { $k }).
overview-by-score = Por satisfacción general
overview-by-change = Por cambio desde la ronda anterior
overview-no-change = No hay una ronda anterior con la que comparar.
overview-participation = Participación por ciclo
overview-one-question = Una pregunta
overview-question = Pregunta
overview-question-help = Se usa con «Una pregunta»: su media, o el porcentaje de «sí».
overview-the-service = el servicio
overview-the-provider = el proveedor
overview-the-standard = su estándar de servicio

comments-title = Comentarios sobre { $service }
comments-back = Volver a los resultados de { $provider }
comments-count =
    { $count ->
        [one] { $count } comentario o agradecimiento.
       *[other] { $count } comentarios y agradecimientos.
    }
comments-see-all = Ver los { $count } comentarios y agradecimientos
