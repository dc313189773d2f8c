### innerpulse — cuentas del personal, enlaces de contraseña, ajustes de la cuenta y claves de API, español.
### Solo texto plano: las plantillas añaden todo el marcado.

## Lista de cuentas e invitaciones (RR. HH.)

acct-list-title = Cuentas del personal
acct-invite-action = Invitar a un miembro del personal
acct-col-name = Nombre
acct-col-email = Correo electrónico
acct-col-role = Rol
acct-col-departments = Departamentos
acct-col-status = Estado
acct-col-last-login = Último acceso
acct-col-created = Creada
acct-role-hr_admin = Administrador de RR. HH.
acct-role-department_head = Jefe de departamento
acct-role-viewer = Lector
acct-role-help-hr_admin = gestiona la organización, las encuestas, las cuentas y las claves de API, y ve todos los resultados
acct-role-help-department_head = consulta los resultados de sus propios departamentos y actúa sobre ellos
acct-role-help-viewer = consulta resultados y no cambia nada
acct-status-pending = Invitado
acct-never = Nunca
acct-field-role = Rol
acct-field-departments = Departamentos
acct-departments-help = Solo para jefes de departamento: los departamentos cuyos resultados ven.
acct-no-departments = Todavía no hay departamentos. Añada departamentos antes de invitar a jefes de departamento.
acct-invite-title = Invitar a un miembro del personal
acct-invite-intro = La persona invitada recibe un correo con un enlace para elegir una contraseña. El enlace es válido durante 24 horas.
acct-back-to-list = Todas las cuentas
acct-field-email = Correo electrónico
acct-field-name = Nombre
acct-field-language = Idioma
acct-invite-submit = Enviar invitación
acct-notice-invited = La invitación se ha enviado.
acct-notice-resent = Se ha enviado una nueva invitación. Los enlaces de invitación anteriores ya no funcionan.
acct-notice-saved = Sus cambios se han guardado.
acct-role-title = Rol y departamentos
acct-self-note = Es su propia cuenta: no puede quitarse el rol de administrador de RR. HH. ni desactivarse.
acct-actions-title = Acceso
acct-resend = Reenviar la invitación
acct-deactivate = Desactivar
acct-reactivate = Reactivar
acct-deactivate-title = ¿Desactivar esta cuenta?
acct-deactivate-confirm = { $name } ({ $email }) cerrará sesión de inmediato y ya no podrá acceder. Los enlaces de invitación y de contraseña pendientes dejarán de funcionar. Puede reactivar la cuenta más adelante.

## Errores de cuenta

acct-error-email = Introduzca una dirección de correo válida.
acct-error-email-taken = Ya existe una cuenta con esta dirección de correo.
acct-error-name-required = Introduzca un nombre.
acct-error-name-too-long = El nombre puede tener como máximo 200 caracteres.
acct-error-role = Elija un rol.
acct-error-locale = Elija uno de los idiomas ofrecidos.
acct-error-head-needs-department = Un jefe de departamento necesita al menos un departamento.
acct-error-unknown-department = Uno de los departamentos elegidos ya no existe. Vuelva a cargar la página.
acct-error-self-demotion = No puede quitarse su propio rol de administrador de RR. HH. Pídaselo a otro administrador.
acct-error-self-deactivation = No puede desactivar su propia cuenta. Pídaselo a otro administrador de RR. HH.
acct-error-last-admin = Es el último administrador de RR. HH. activo. Nombre antes a otra persona administrador de RR. HH.
acct-error-not-pending = Esta cuenta ya está activada, así que no hay ninguna invitación que enviar.
acct-error-current-password = La contraseña actual no es correcta.
acct-error-generic = No se ha podido realizar este cambio.

## Elegir una contraseña mediante un enlace enviado por correo

acct-accept-title = Bienvenido a innerpulse
acct-accept-intro = Elija una contraseña para su cuenta { $email }. La usará junto con su correo electrónico para acceder.
acct-reset-intro = Elija una nueva contraseña para su cuenta { $email }.
acct-password-rules = Al menos { $min } caracteres. No se aceptan contraseñas muy comunes; una frase corta es fácil de recordar y difícil de adivinar.
acct-link-expired-title = Este enlace ya no funciona
acct-link-expired-help = Los enlaces de invitación y de contraseña son válidos durante 24 horas y solo se pueden usar una vez. Puede solicitar un nuevo enlace de contraseña o pedir a su administrador de RR. HH. que le envíe una nueva invitación.

## Ajustes de la cuenta

settings-title = Su cuenta
settings-notice-saved = Sus ajustes se han guardado.
settings-notice-password = Su contraseña se ha cambiado.
settings-profile-title = Nombre e idioma
settings-password-title = Cambiar su contraseña
settings-current-password = Contraseña actual
settings-password-submit = Cambiar contraseña

## Claves de API (RR. HH.)

apikey-title = Claves de API
apikey-intro = Las claves de API permiten que otros sistemas — su sistema de RR. HH., su herramienta de tickets o sus informes — usen la API de innerpulse. Dé a cada integración su propia clave, solo con los permisos que necesita.
apikey-notice-revoked = La clave se ha revocado. A partir de ahora se rechazan las solicitudes que la usen.
apikey-create-title = Crear una clave
apikey-field-name = Nombre
apikey-field-scopes = Permisos
apikey-scope-import = importar empleados y departamentos
apikey-scope-touchpoint = preguntar a un empleado por un servicio tras una interacción
apikey-scope-results-read = leer resultados (los umbrales de anonimato siguen aplicándose)
apikey-create-submit = Crear clave
apikey-list-title = Claves existentes
apikey-col-name = Nombre
apikey-col-prefix = La clave empieza por
apikey-col-scopes = Permisos
apikey-col-created = Creada
apikey-col-last-used = Último uso
apikey-col-revoked = Revocada
apikey-col-actions = Acciones
apikey-revoke = Revocar
apikey-empty = Todavía no hay claves de API.
apikey-created-title = Su nueva clave de API
apikey-created-once = Es la única vez que se muestra la clave. Cópiela ahora y guárdela en la configuración secreta de su integración: innerpulse solo conserva una huella y no puede volver a mostrarla.
apikey-created-label = Clave «{ $name }»
apikey-created-copy-hint = Seleccione la clave y cópiela (Ctrl+C o ⌘+C). Envíela en la cabecera «Authorization: Bearer …».
apikey-created-done = Ya he copiado la clave
apikey-revoke-title = ¿Revocar esta clave de API?
apikey-already-revoked = La clave «{ $name }» ya está revocada.
apikey-revoke-confirm = Las integraciones que usan «{ $name }» (empieza por { $prefix }) dejarán de funcionar de inmediato. No se puede deshacer.
apikey-error-name-required = Dé un nombre a la clave.
apikey-error-name-too-long = El nombre puede tener como máximo 120 caracteres.
apikey-error-no-scope = Elija al menos un permiso.
