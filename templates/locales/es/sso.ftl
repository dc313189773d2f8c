### innerpulse — inicio de sesión único del personal (OpenID Connect): página de acceso, errores de inicio de sesión, lista de cuentas, español.
### Solo texto sin formato: las plantillas añaden todo el marcado.
### $provider es la etiqueta del botón del proveedor definida en la configuración (p. ej. «Cuenta de la empresa»).

## Página de acceso

login-sso-button = Iniciar sesión con { $provider }
login-sso-options = Opciones de inicio de sesión
login-sso-or = o inicie sesión con su contraseña
login-password-off = El inicio de sesión con contraseña está desactivado aquí. Inicie sesión con su cuenta de la empresa.

## Errores de inicio de sesión

sso-error-title = No se ha podido iniciar sesión
sso-error-unreachable = No se puede contactar con { $provider } en este momento. Vuelva a intentarlo dentro de unos minutos; si el problema continúa, avise a su equipo de informática.
sso-error-cancelled = Se ha cancelado el inicio de sesión en { $provider }. Puede volver a empezar cuando quiera.
sso-error-expired = Este intento de inicio de sesión ha caducado o ya se ha utilizado. Vuelva a empezar.
sso-error-refused = No se ha podido confiar en la respuesta de { $provider }, por lo que no ha iniciado sesión. Vuelva a empezar; si vuelve a ocurrir, avise a su equipo de informática.
sso-error-unverified-email = { $provider } no ha verificado su correo electrónico, por lo que no se puede asociar a ninguna cuenta de innerpulse. Pida a su equipo de informática que lo verifique.
sso-error-no-account = No existe ninguna cuenta de innerpulse para { $email }. Pida a RR. HH. que le envíen una invitación.
sso-error-no-role = Su cuenta de la empresa no le da ningún rol en innerpulse, por lo que se ha cerrado su sesión en todas partes. Pida acceso a RR. HH. o a su equipo de informática.
sso-error-inactive = Su cuenta de innerpulse está desactivada. Si vuelve a necesitarla, consulte a RR. HH.
sso-error-unknown-provider = Esta opción de inicio de sesión no existe. Elija una en la página de acceso.
sso-error-again = Volver a la página de acceso

## Lista de cuentas (RR. HH.): cómo inicia sesión cada cuenta

acct-col-sign-in = Inicio de sesión
acct-sign-in-password = Contraseña
acct-sign-in-pending = Aún no ha iniciado sesión
acct-sign-in-provider = { $provider }
