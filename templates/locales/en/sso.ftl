### innerpulse — staff single sign-on (OpenID Connect): login page, sign-in errors, account list, English.
### Plain text only: the templates add all markup.
### $provider is the provider's button label from the configuration (e.g. "Company account").

## Login page

login-sso-button = Sign in with { $provider }
# Names the list of provider buttons for screen readers.
login-sso-options = Sign-in options
# Separates the provider buttons from the password form below them.
login-sso-or = or sign in with your password
login-password-off = Password login is switched off here. Please sign in with your company account.

## Sign-in errors

sso-error-title = Sign-in did not work
sso-error-unreachable = { $provider } cannot be reached right now. Please try again in a few minutes; if it keeps failing, tell your IT team.
sso-error-cancelled = The sign-in at { $provider } was cancelled. You can start again whenever you like.
sso-error-expired = This sign-in attempt has expired or was already used. Please start again.
# The provider's answer failed a check (signature, state, nonce, issuer or audience).
sso-error-refused = The answer from { $provider } could not be trusted, so you were not signed in. Please start again; if it happens again, tell your IT team.
sso-error-unverified-email = { $provider } has not verified your email address, so it cannot be matched to an innerpulse account. Ask your IT team to verify it.
sso-error-no-account = There is no innerpulse account for { $email }. Ask HR to invite you.
sso-error-no-role = Your company account gives you no role in innerpulse, so you were signed out everywhere. Ask HR or your IT team for access.
sso-error-inactive = Your innerpulse account is switched off. Ask HR if you need it again.
sso-error-unknown-provider = This sign-in option does not exist. Please choose one on the login page.
sso-error-again = Back to the login page

## Account list (HR): how each account signs in

acct-col-sign-in = Sign-in
acct-sign-in-password = Password
# Invited, has neither chosen a password nor signed in with a provider.
acct-sign-in-pending = Not signed in yet
acct-sign-in-provider = { $provider }
