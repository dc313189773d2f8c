## Registro de auditoría (/admin/audit)

nav-audit = Registro de auditoría
audit-title = Registro de auditoría
audit-intro = Quién cambió qué empleado, departamento, servicio, cuenta, clave de API, ciclo de encuesta, cuestionario o ajuste, y cuándo (UTC). Las entradas no se pueden editar ni borrar; se eliminan al acabar el periodo de conservación.
audit-filter-kind = Tipo
audit-kind-all = Todos los tipos
audit-kind-employee = Empleado
audit-kind-department = Departamento
audit-kind-relationship = Servicio
audit-kind-account = Cuenta
audit-kind-api_key = Clave de API
audit-kind-cycle = Ciclo de encuesta
audit-kind-questionnaire = Cuestionario
audit-kind-setting = Ajuste
audit-filter-search = Objeto o persona
audit-filter-since = Desde
audit-filter-until = Hasta
audit-filter-invalid = No se pudo leer el filtro; se muestran todas las entradas.
audit-count = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
audit-empty = Todavía no se ha registrado nada.
audit-none-found = Ninguna entrada coincide con el filtro.
audit-col-when = Cuándo (UTC)
audit-col-who = Quién
audit-col-what = Qué
audit-col-subject = Objeto
audit-col-changes = Antes → después
