### innerpulse — konta pracowników, linki do hasła, ustawienia konta i klucze API, polski.
### Tylko zwykły tekst: szablony dodają całe formatowanie.

## Lista kont i zaproszenia (HR)

acct-list-title = Konta pracowników
acct-invite-action = Zaproś pracownika
acct-col-name = Imię i nazwisko
acct-col-email = Adres e-mail
acct-col-role = Rola
acct-col-departments = Działy
acct-col-status = Status
acct-col-last-login = Ostatnie logowanie
acct-col-created = Utworzono
acct-role-hr_admin = Administrator HR
acct-role-department_head = Kierownik działu
acct-role-viewer = Obserwator
acct-role-help-hr_admin = zarządza organizacją, ankietami, kontami i kluczami API oraz widzi wszystkie wyniki
acct-role-help-department_head = przegląda wyniki swoich działów i na ich podstawie działa
acct-role-help-viewer = przegląda wyniki i niczego nie zmienia
acct-status-pending = Zaproszony
acct-never = Nigdy
acct-field-role = Rola
acct-field-departments = Działy
acct-departments-help = Tylko dla kierowników działów: działy, których wyniki widzą.
acct-no-departments = Nie ma jeszcze działów. Dodaj działy, zanim zaprosisz kierowników.
acct-invite-title = Zaproś pracownika
acct-invite-intro = Zaproszona osoba otrzyma e-mail z linkiem do ustawienia hasła. Link jest ważny przez 24 godziny.
acct-back-to-list = Wszystkie konta
acct-field-email = Adres e-mail
acct-field-name = Imię i nazwisko
acct-field-language = Język
acct-invite-submit = Wyślij zaproszenie
acct-notice-invited = Zaproszenie zostało wysłane.
acct-notice-resent = Wysłano nowe zaproszenie. Wcześniejsze linki z zaproszeniem już nie działają.
acct-notice-saved = Zmiany zostały zapisane.
acct-role-title = Rola i działy
acct-self-note = To Twoje własne konto: nie możesz odebrać sobie roli administratora HR ani się dezaktywować.
acct-actions-title = Dostęp
acct-resend = Wyślij zaproszenie ponownie
acct-deactivate = Dezaktywuj
acct-reactivate = Aktywuj ponownie
acct-deactivate-title = Dezaktywować to konto?
acct-deactivate-confirm = { $name } ({ $email }) zostanie od razu wylogowany i nie będzie mógł się zalogować. Otwarte linki z zaproszeniem i do zmiany hasła przestaną działać. Konto można później aktywować ponownie.

## Błędy konta

acct-error-email = Podaj prawidłowy adres e-mail.
acct-error-email-taken = Konto z tym adresem e-mail już istnieje.
acct-error-name-required = Podaj imię i nazwisko.
acct-error-name-too-long = Imię i nazwisko może mieć najwyżej 200 znaków.
acct-error-role = Wybierz rolę.
acct-error-locale = Wybierz jeden z dostępnych języków.
acct-error-head-needs-department = Kierownik działu musi mieć co najmniej jeden dział.
acct-error-unknown-department = Jeden z wybranych działów już nie istnieje. Odśwież stronę.
acct-error-self-demotion = Nie możesz odebrać sobie roli administratora HR. Poproś o to innego administratora HR.
acct-error-self-deactivation = Nie możesz dezaktywować własnego konta. Poproś o to innego administratora HR.
acct-error-last-admin = To ostatni aktywny administrator HR. Najpierw nadaj rolę administratora HR komuś innemu.
acct-error-not-pending = To konto jest już aktywne, więc nie ma zaproszenia do wysłania.
acct-error-current-password = Obecne hasło jest nieprawidłowe.
acct-error-generic = Nie udało się wprowadzić tej zmiany.

## Ustawianie hasła przez link z e-maila

acct-accept-title = Witamy w innerpulse
acct-accept-intro = Ustaw hasło do konta { $email }. Będziesz go używać razem z adresem e-mail do logowania.
acct-reset-intro = Ustaw nowe hasło do konta { $email }.
acct-password-rules = Co najmniej { $min } znaków. Bardzo popularne hasła nie są akceptowane; krótkie zdanie łatwo zapamiętać i trudno odgadnąć.
acct-link-expired-title = Ten link już nie działa
acct-link-expired-help = Linki z zaproszeniem i do zmiany hasła są ważne przez 24 godziny i można ich użyć tylko raz. Możesz poprosić o nowy link do zmiany hasła albo poprosić administratora HR o nowe zaproszenie.

## Ustawienia konta

settings-title = Twoje konto
settings-notice-saved = Ustawienia zostały zapisane.
settings-notice-password = Hasło zostało zmienione.
settings-profile-title = Imię i język
settings-password-title = Zmień hasło
settings-current-password = Obecne hasło
settings-password-submit = Zmień hasło

## Klucze API (HR)

apikey-title = Klucze API
apikey-intro = Klucze API pozwalają innym systemom — systemowi kadrowemu, systemowi zgłoszeń czy raportom — korzystać z API innerpulse. Każdej integracji daj osobny klucz tylko z potrzebnymi uprawnieniami.
apikey-notice-revoked = Klucz został unieważniony. Żądania z tym kluczem są od teraz odrzucane.
apikey-create-title = Utwórz klucz
apikey-field-name = Nazwa
apikey-field-scopes = Uprawnienia
apikey-scope-import = import pracowników i działów
apikey-scope-touchpoint = pytanie pracownika o usługę po kontakcie
apikey-scope-results-read = odczyt wyników (progi anonimowości nadal obowiązują)
apikey-create-submit = Utwórz klucz
apikey-list-title = Istniejące klucze
apikey-col-name = Nazwa
apikey-col-prefix = Początek klucza
apikey-col-scopes = Uprawnienia
apikey-col-created = Utworzono
apikey-col-last-used = Ostatnie użycie
apikey-col-revoked = Unieważniono
apikey-col-actions = Działania
apikey-revoke = Unieważnij
apikey-empty = Nie ma jeszcze kluczy API.
apikey-created-title = Twój nowy klucz API
apikey-created-once = Klucz jest wyświetlany tylko ten jeden raz. Skopiuj go teraz i zapisz w tajnych ustawieniach integracji: innerpulse przechowuje tylko jego odcisk i nie może pokazać go ponownie.
apikey-created-label = Klucz „{ $name }”
apikey-created-copy-hint = Zaznacz klucz i skopiuj go (Ctrl+C lub ⌘+C). Wysyłaj go w nagłówku „Authorization: Bearer …”.
apikey-created-done = Skopiowałem klucz
apikey-revoke-title = Unieważnić ten klucz API?
apikey-already-revoked = Klucz „{ $name }” jest już unieważniony.
apikey-revoke-confirm = Integracje korzystające z „{ $name }” (zaczyna się od { $prefix }) od razu przestaną działać. Tej operacji nie można cofnąć.
apikey-error-name-required = Nadaj kluczowi nazwę.
apikey-error-name-too-long = Nazwa może mieć najwyżej 120 znaków.
apikey-error-no-scope = Wybierz co najmniej jedno uprawnienie.
