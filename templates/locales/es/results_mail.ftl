### innerpulse — correo «nuevos resultados» para responsables de departamento. Español.

results-mail-subject = Nuevos resultados de sus clientes internos ({ $starts })
results-mail-intro = La ronda de encuestas del { $starts } al { $ends } ha cerrado. Esto es lo que dijeron sus clientes internos:
results-mail-figures = { $responses } respuestas, satisfacción general { $headline } / 5, NPS interno { $nps }
results-mail-withheld = no hay suficientes respuestas para mostrar resultados (ocultos para proteger el anonimato)
results-mail-next = Consulte los detalles, comentarios y agradecimientos, y registre lo que va a hacer: sus clientes lo verán en la próxima encuesta.
