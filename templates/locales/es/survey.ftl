### innerpulse — complementos de la página de encuesta (empleados, sin cuenta), español.

# Encuestas puntuales: de qué trata la encuesta, p. ej. «ticket n.º 4711».
survey-context = Esta encuesta trata sobre: { $label }
# El formulario no coincide con la encuesta (por ejemplo, una copia antigua de la página).
survey-form-mismatch = Sus respuestas no coinciden con esta encuesta, por ejemplo porque la página no está actualizada. Vuelva a cargar la página y responda de nuevo.
survey-thanks-close = Ya puede cerrar esta página.
