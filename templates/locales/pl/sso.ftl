### innerpulse — jednokrotne logowanie pracowników (OpenID Connect): strona logowania, błędy logowania, lista kont, polski.
### Wyłącznie zwykły tekst: znaczniki dodają szablony.
### $provider to etykieta przycisku dostawcy z konfiguracji (np. „Microsoft”).

## Strona logowania

login-sso-button = Zaloguj się przez { $provider }
login-sso-options = Sposoby logowania
login-sso-or = lub zaloguj się hasłem
login-password-off = Logowanie hasłem jest tutaj wyłączone. Prosimy zalogować się kontem firmowym.

## Błędy logowania

sso-error-title = Logowanie się nie powiodło
sso-error-unreachable = Usługa { $provider } jest w tej chwili niedostępna. Prosimy spróbować ponownie za kilka minut; jeśli błąd będzie się powtarzał, prosimy zgłosić to działowi IT.
sso-error-cancelled = Logowanie w usłudze { $provider } zostało anulowane. Można zacząć od nowa w dowolnej chwili.
sso-error-expired = Ta próba logowania wygasła lub została już użyta. Prosimy zacząć od nowa.
sso-error-refused = Odpowiedź usługi { $provider } nie była wiarygodna, dlatego logowanie nie nastąpiło. Prosimy zacząć od nowa; jeśli sytuacja się powtórzy, prosimy zgłosić to działowi IT.
sso-error-unverified-email = Usługa { $provider } nie potwierdziła adresu e-mail, więc nie można go powiązać z żadnym kontem innerpulse. Prosimy poprosić dział IT o jego potwierdzenie.
sso-error-no-account = Nie ma konta innerpulse dla adresu { $email }. Prosimy poprosić dział HR o zaproszenie.
sso-error-no-role = Konto firmowe nie daje żadnej roli w innerpulse, dlatego nastąpiło wylogowanie ze wszystkich sesji. Prosimy poprosić dział HR lub IT o dostęp.
sso-error-inactive = Konto innerpulse jest wyłączone. Jeśli jest znów potrzebne, prosimy zwrócić się do działu HR.
sso-error-unknown-provider = Taki sposób logowania nie istnieje. Prosimy wybrać jeden ze sposobów na stronie logowania.
sso-error-again = Powrót do strony logowania

## Lista kont (HR): jak loguje się każde konto

acct-col-sign-in = Logowanie
acct-sign-in-password = Hasło
acct-sign-in-pending = Jeszcze nie zalogowano
acct-sign-in-provider = { $provider }
