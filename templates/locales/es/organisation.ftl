### innerpulse — administración de la organización (departamentos, empleados, importación CSV), español.

## Departments

departments-title = Departamentos
departments-intro = La organización como un árbol. Los departamentos se prestan servicios entre sí y son los clientes en las encuestas.
departments-empty = Todavía no hay departamentos. Añada el primero abajo o importe su organización desde un archivo CSV.
department-name = Nombre
department-employees = Empleados activos
department-parent = Departamento superior
department-no-parent = Ninguno (nivel superior)
department-create-title = Añadir un departamento
department-rename-title = Cambiar el nombre
department-move-title = Mover en el árbol
department-move-submit = Mover
department-delete-title = Eliminar el departamento
department-notice-created = Se ha añadido el departamento.
department-notice-renamed = Se ha cambiado el nombre del departamento.
department-notice-moved = Se ha movido el departamento.
department-notice-deleted = Se ha eliminado el departamento.
department-name-invalid = Introduzca un nombre de { $max } caracteres como máximo.
department-name-taken = Ya existe otro departamento con este nombre. Elija otro.
department-not-found = Este departamento no existe.
department-parent-not-found = El departamento superior elegido no existe.
department-move-loop = Un departamento no se puede colocar debajo de sí mismo ni de uno de sus propios subdepartamentos.
department-in-use = Este departamento no se puede eliminar mientras todavía tenga: { $what }. Muévalos o elimínelos primero.
department-left-employees = { $count ->
    [one] { $count } empleado
   *[other] { $count } empleados
    }
department-left-sub-departments = { $count ->
    [one] { $count } subdepartamento
   *[other] { $count } subdepartamentos
    }
department-left-relationships = { $count ->
    [one] { $count } relación de servicio
   *[other] { $count } relaciones de servicio
    }
department-left-accounts = { $count ->
    [one] { $count } cuenta de personal vinculada
   *[other] { $count } cuentas de personal vinculadas
    }

## Employees

employees-title = Empleados
employees-search = Buscar por nombre o correo electrónico
employees-all-departments = Todos los departamentos
employees-status = Estado
employees-status-all = Todos
employees-count = { $count ->
    [one] { $count } empleado
   *[other] { $count } empleados
    }
employees-empty = Todavía no hay empleados. Añádalos uno a uno o importe un archivo CSV.
employees-none-found = Ningún empleado coincide con su búsqueda.
pagination-label = Páginas
employee-add = Añadir un empleado
employee-name = Nombre
employee-email = Correo electrónico
employee-department = Departamento
employee-choose-department = Elija un departamento
employee-locale = Idioma
employee-external-id = Identificador externo (sistema de RR. HH.)
employee-deactivate = Desactivar
employee-reactivate = Reactivar
employee-deactivate-confirm = ¿Desactivar a { $name }? Dejará de recibir encuestas. Sus respuestas anteriores siguen siendo anónimas y se siguen contando.
employee-reactivate-confirm = ¿Reactivar a { $name }? Volverá a participar en las próximas rondas de encuestas.
employee-notice-created = Se ha añadido el empleado.
employee-notice-updated = Se han guardado los cambios.
employee-notice-deactivated = Se ha desactivado el empleado.
employee-notice-reactivated = Se ha reactivado el empleado.
employee-email-invalid = Introduzca una dirección de correo electrónico válida.
employee-name-invalid = Introduzca un nombre de { $max } caracteres como máximo.
employee-department-missing = Elija un departamento.
employee-locale-invalid = Elija uno de los idiomas ofrecidos.
employee-external-id-invalid = El identificador externo puede tener como máximo { $max } caracteres.
employee-email-taken = Otro empleado ya tiene esta dirección de correo electrónico.
employee-external-id-taken = Otro empleado ya tiene este identificador externo.

## CSV import

import-title = Importar desde CSV
import-upload-title = Subir un archivo
import-help = La primera fila nombra las columnas: { $columns } (en cualquier orden; email, name y department son obligatorias). Separadas por comas o punto y coma, UTF-8.
import-sync-help = Los empleados se emparejan por identificador externo y después por correo electrónico: los encontrados se actualizan, los nuevos se crean, los inactivos incluidos se reactivan y los empleados activos que faltan en el archivo se desactivan.
import-file = Archivo CSV
import-create-departments = Crear los departamentos que aún no existen
import-confirm-deactivation = Confirmo que se pueden desactivar muchos empleados
import-submit = Importar
import-no-file = Elija un archivo CSV.
import-done = Importación completada
import-created = { $count ->
    [one] { $count } empleado creado
   *[other] { $count } empleados creados
    }
import-updated = { $count ->
    [one] { $count } empleado actualizado
   *[other] { $count } empleados actualizados
    }
import-reactivated = { $count ->
    [one] { $count } empleado reactivado
   *[other] { $count } empleados reactivados
    }
import-deactivated = { $count ->
    [one] { $count } empleado desactivado
   *[other] { $count } empleados desactivados
    }
import-unchanged = { $count ->
    [one] { $count } empleado sin cambios
   *[other] { $count } empleados sin cambios
    }
import-departments-created = { $count ->
    [one] { $count } departamento creado
   *[other] { $count } departamentos creados
    }
import-rejected = { $count ->
    [one] No se ha importado nada: primero hay que corregir { $count } problema.
   *[other] No se ha importado nada: primero hay que corregir { $count } problemas.
    }
import-line = Línea
import-reason = Problema
import-confirm-title = Confirmar la desactivación
import-confirm-text = Esta importación desactivaría a { $count } de { $active } empleados activos, más del 20 %. Todavía no se ha cambiado nada.
import-confirm-submit = { $count ->
    [one] Importar y desactivar { $count } empleado
   *[other] Importar y desactivar { $count } empleados
    }
import-summary-line = Importado: { $created } creados, { $updated } actualizados, { $reactivated } reactivados, { $deactivated } desactivados, { $unchanged } sin cambios, { $departments } departamentos creados.

## CSV problems (file)

import-not-utf8 = El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» e inténtelo de nuevo.
import-empty-file = El archivo está vacío: necesita una fila de encabezado con los nombres de las columnas.
import-bad-header = No se ha podido leer la fila de encabezado.
import-unknown-columns = Columnas desconocidas: { $columns }. Las columnas permitidas son: { $allowed }.
import-missing-columns = Faltan columnas obligatorias: { $columns }.
import-duplicate-column = La columna «{ $column }» aparece más de una vez.

## CSV problems (rows)

import-field-count = Se esperaban { $expected } campos, pero hay { $found }.
import-unclosed-quote = Un campo entre comillas no se cierra nunca.
import-text-after-quote = Texto inesperado después de unas comillas de cierre.
import-empty-email = La dirección de correo electrónico está vacía.
import-bad-email = «{ $value }» no es una dirección de correo electrónico válida.
import-empty-name = El nombre está vacío.
import-bad-name = El nombre tiene más de { $max } caracteres.
import-empty-department = El departamento está vacío.
import-unknown-department = Departamento desconocido «{ $value }» (elija «crear departamentos» para añadirlo).
import-bad-department = El nombre del departamento tiene más de { $max } caracteres.
import-bad-locale = Idioma desconocido «{ $value }» (use en, nl, fr, es, ru o pl).
import-bad-external-id = El identificador externo tiene más de { $max } caracteres.
import-control-characters = La columna { $column } no debe contener caracteres de control (como tabulaciones o marcas que invierten la dirección del texto).
import-duplicate-email = La dirección { $value } también aparece en la línea { $first }.
import-duplicate-external-id = El identificador externo { $value } también aparece en la línea { $first }.
import-same-employee = Esta fila corresponde al mismo empleado que la línea { $first }.
import-email-taken = La dirección { $value } pertenece a otro empleado.
import-needs-confirmation = Esta importación desactivaría a { $count } de { $active } empleados activos (más del 20 %); confirme para continuar.

## Enlaces de encuesta que aún van a una dirección anterior

employee-links-elsewhere = { $links ->
    [one] Un enlace de encuesta abierto aún va
   *[other] { $links } enlaces de encuesta abiertos aún van
    } a { $addresses }: un enlace conserva la dirección que tenía el empleado al abrirse la ronda.
employee-reissue = Enviar los enlaces abiertos a la dirección actual
employee-reissue-confirm = { $links ->
    [one] Un enlace de encuesta abierto de { $name } va
   *[other] { $links } enlaces de encuesta abiertos de { $name } van
    } a { $addresses }. Al reemitir { $links ->
    [one] se envía
   *[other] se envían
    } a { $address } con un enlace nuevo; { $links ->
    [one] el enlace anterior deja
   *[other] los enlaces anteriores dejan
    } de funcionar, se avisa a { $addresses } y la reemisión figura en el registro de auditoría.
employee-reissue-nothing = Todos los enlaces de encuesta abiertos de { $name } ya van a { $address }.
employee-notice-links-reissued = Los enlaces de encuesta abiertos se enviaron a la dirección actual; se avisó a la dirección anterior.
employee-notice-links-current = Todos los enlaces de encuesta abiertos ya van a la dirección actual.
