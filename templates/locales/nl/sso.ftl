### innerpulse — eenmalige aanmelding voor medewerkers (OpenID Connect): inlogpagina, inlogfouten, accountlijst, Nederlands.
### Alleen platte tekst: de templates voegen alle opmaak toe.
### $provider is het knoplabel van de provider uit de configuratie (bijv. „Bedrijfsaccount”).

## Inlogpagina

login-sso-button = Inloggen met { $provider }
login-sso-options = Inlogmogelijkheden
login-sso-or = of log in met uw wachtwoord
login-password-off = Inloggen met een wachtwoord is hier uitgeschakeld. Log in met uw bedrijfsaccount.

## Inlogfouten

sso-error-title = Inloggen is niet gelukt
sso-error-unreachable = { $provider } is op dit moment niet bereikbaar. Probeer het over een paar minuten opnieuw; blijft het mislukken, meld het dan bij uw IT-afdeling.
sso-error-cancelled = Het inloggen bij { $provider } is afgebroken. U kunt opnieuw beginnen wanneer u wilt.
sso-error-expired = Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw.
sso-error-refused = Het antwoord van { $provider } kon niet worden vertrouwd, dus u bent niet ingelogd. Begin opnieuw; gebeurt het nog eens, meld het dan bij uw IT-afdeling.
sso-error-unverified-email = { $provider } heeft uw e-mailadres niet geverifieerd, dus het kan niet aan een innerpulse-account worden gekoppeld. Vraag uw IT-afdeling om het te verifiëren.
sso-error-no-account = Er is geen innerpulse-account voor { $email }. Vraag HR om u uit te nodigen.
sso-error-no-role = Uw bedrijfsaccount geeft u geen rol in innerpulse, dus u bent overal uitgelogd. Vraag HR of uw IT-afdeling om toegang.
sso-error-inactive = Uw innerpulse-account is uitgeschakeld. Vraag HR als u het weer nodig heeft.
sso-error-unknown-provider = Deze inlogmogelijkheid bestaat niet. Kies er een op de inlogpagina.
sso-error-again = Terug naar de inlogpagina

## Accountlijst (HR): hoe elk account inlogt

acct-col-sign-in = Inloggen
acct-sign-in-password = Wachtwoord
acct-sign-in-pending = Nog niet ingelogd
acct-sign-in-provider = { $provider }
