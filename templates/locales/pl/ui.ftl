### innerpulse — interfejs WWW (strony dla kadry zarządzającej i strona ankiety), polski.
### Wyłącznie zwykły tekst: znaczniki dodają szablony.
### Styl: formy bezosobowe; tam, gdzie brzmią lepiej, „Pan/Pani”.

## Wspólne

app-name = innerpulse
nav-dashboard = Pulpit
nav-results = Wyniki
nav-organisation = Organizacja
nav-departments = Działy
nav-employees = Pracownicy
nav-relationships = Usługi
nav-questionnaires = Kwestionariusze
nav-cycles = Cykle badań
nav-delivery = Wysyłka
nav-actions = Działania
nav-thanks = Podziękowania
nav-accounts = Konta
nav-api-keys = Klucze API
nav-logout = Wyloguj
nav-login = Zaloguj
language-label = Język
language-apply = Zmień
skip-to-content = Przejdź do treści głównej
save = Zapisz
cancel = Anuluj
delete = Usuń
confirm-delete = Usunąć „{ $name }”? Tej operacji nie można cofnąć.
edit = Edytuj
create = Utwórz
back = Wstecz
search = Szukaj
filter = Filtruj
previous-page = Poprzednia strona
next-page = Następna strona
page-of = Strona { $page } z { $pages }
empty-list = Nic tu jeszcze nie ma.
required-field = wymagane
optional-field = opcjonalne
yes = Tak
no = Nie
status-active = Aktywny
status-inactive = Nieaktywny

## Logowanie i konto

login-title = Logowanie do innerpulse
login-email = Adres e-mail
login-password = Hasło
login-submit = Zaloguj się
login-failed = Nieprawidłowy adres e-mail lub hasło.
login-throttled =
    { $minutes ->
        [one] Zbyt wiele prób logowania. Prosimy spróbować ponownie za { $minutes } minutę.
        [few] Zbyt wiele prób logowania. Prosimy spróbować ponownie za { $minutes } minuty.
        [many] Zbyt wiele prób logowania. Prosimy spróbować ponownie za { $minutes } minut.
       *[other] Zbyt wiele prób logowania. Prosimy spróbować ponownie za { $minutes } minuty.
    }
login-busy = Serwer sprawdza teraz wiele prób logowania. Prosimy spróbować ponownie za kilka sekund.
forgot-throttled =
    { $minutes ->
        [one] Zbyt wiele próśb o link do zresetowania hasła. Prosimy spróbować ponownie za { $minutes } minutę.
        [few] Zbyt wiele próśb o link do zresetowania hasła. Prosimy spróbować ponownie za { $minutes } minuty.
        [many] Zbyt wiele próśb o link do zresetowania hasła. Prosimy spróbować ponownie za { $minutes } minut.
       *[other] Zbyt wiele próśb o link do zresetowania hasła. Prosimy spróbować ponownie za { $minutes } minuty.
    }
login-forgot = Nie pamiętam hasła
forgot-title = Resetowanie hasła
forgot-intro = Prosimy podać adres e-mail przypisany do konta. Wyślemy na niego link do ustawienia nowego hasła.
forgot-submit = Wyślij link
forgot-sent = Jeśli dla tego adresu e-mail istnieje konto, wysłaliśmy na niego link do zresetowania hasła. Prosimy sprawdzić skrzynkę odbiorczą. Link jest ważny przez 24 godziny.
set-password-title = Ustawianie nowego hasła
set-password-new = Nowe hasło
set-password-repeat = Powtórz nowe hasło
set-password-submit = Zapisz hasło
password-too-short =
    { $min ->
        [one] Hasło musi mieć co najmniej { $min } znak.
        [few] Hasło musi mieć co najmniej { $min } znaki.
        [many] Hasło musi mieć co najmniej { $min } znaków.
       *[other] Hasło musi mieć co najmniej { $min } znaku.
    }
password-too-common = To hasło jest zbyt popularne i łatwe do odgadnięcia. Prosimy wybrać inne.
password-mismatch = Hasła nie są identyczne.
link-expired = Ten link wygasł lub został już użyty. Prosimy poprosić o nowy.

## Błędy

error-404-title = Nie znaleziono strony
error-404-text = Szukana strona nie istnieje lub została przeniesiona.
error-403-title = Brak dostępu
error-403-text = Brak uprawnień do wyświetlenia tej strony. Jeśli to pomyłka, prosimy o kontakt z administratorem HR.
error-409-title = Konflikt zmian
error-409-text = Nie udało się zapisać zmian, ponieważ są sprzeczne z aktualnym stanem: być może ktoś inny właśnie je zmienił albo taki element już istnieje. Prosimy odświeżyć stronę i spróbować ponownie.
error-410-title = Już niedostępne
error-410-text = Ta strona lub link nie jest już dostępny.
error-413-title = Zbyt duże dane
error-413-text = Przesłane dane przekraczają dopuszczalny rozmiar. Prosimy skrócić tekst lub wybrać mniejszy plik.
error-422-title = Prosimy sprawdzić dane
error-422-text = Część wprowadzonych danych jest nieprawidłowa. Prosimy poprawić zaznaczone pola i spróbować ponownie.
error-429-title = Zbyt wiele żądań
error-429-text = W krótkim czasie wysłano zbyt wiele żądań. Prosimy chwilę odczekać i spróbować ponownie.
error-500-title = Coś poszło nie tak
error-500-text = Po naszej stronie wystąpił nieoczekiwany błąd. Prosimy spróbować ponownie później. Jeśli problem będzie się powtarzał, prosimy o kontakt z administratorem.
error-503-title = Chwilowo niedostępne
error-503-text = innerpulse jest chwilowo niedostępny, na przykład z powodu prac konserwacyjnych. Prosimy spróbować ponownie za kilka minut.
error-csrf = Formularz wygasł. Prosimy odświeżyć stronę i spróbować ponownie.
error-back-home = Powrót do strony głównej

## Strona ankiety (pracownicy, bez konta)

survey-title = Ankieta o usługach wewnętrznych — { $organisation }
survey-title-generic = Ankieta o usługach wewnętrznych
survey-intro =
    { $count ->
        [one] Ankieta ma { $count } krótką część dotyczącą usługi świadczonej przez inny dział.
        [few] Ankieta ma { $count } krótkie części — po jednej na każdą usługę świadczoną przez inne działy.
        [many] Ankieta ma { $count } krótkich części — po jednej na każdą usługę świadczoną przez inne działy.
       *[other] Ankieta ma { $count } krótkiej części — po jednej na każdą usługę świadczoną przez inne działy.
    } { $minutes ->
        [one] Jej wypełnienie zajmie około { $minutes } minuty.
       *[other] Jej wypełnienie zajmie około { $minutes } minut.
    }
survey-anonymity = Odpowiedzi są anonimowe: zapisujemy je bez imienia i nazwiska ani żadnych danych pozwalających ustalić tożsamość, a wyniki pokazujemy dopiero wtedy, gdy odpowie wystarczająco wiele osób. Nikt — ani dział HR, ani przełożony — nie może zobaczyć indywidualnych odpowiedzi.
survey-section-heading = { $service } — { $provider }
# Above each section's heading when the survey has several: where the person is.
survey-step = Część { $number } z { $count }
survey-standard-label = Standard obsługi
survey-not-used = Ostatnio nie korzystam z tej usługi
survey-not-used-help = Zaznaczenie tej opcji pozwala pominąć pytania o tę usługę.
survey-submit = Wyślij odpowiedzi
survey-required-missing = Prosimy odpowiedzieć na to pytanie.
survey-invalid-value = Ta odpowiedź jest nieprawidłowa. Prosimy wybrać jedną z podanych opcji.
survey-text-too-much = Twoje komentarze są łącznie za długie: skróć je do { $max } znaków w sumie.
survey-text-left = Pozostało znaków na komentarze:
survey-text-cap = Komentarze na tej stronie mogą mieć łącznie do { $max } znaków.
survey-text-too-long =
    { $max ->
        [one] Prosimy skrócić odpowiedź do { $max } znaku.
        [few] Prosimy skrócić odpowiedź do { $max } znaków.
        [many] Prosimy skrócić odpowiedź do { $max } znaków.
       *[other] Prosimy skrócić odpowiedź do { $max } znaku.
    }
survey-errors-summary =
    { $count ->
        [one] W odpowiedziach jest { $count } błąd. Prosimy sprawdzić zaznaczone pytanie poniżej.
        [few] W odpowiedziach są { $count } błędy. Prosimy sprawdzić zaznaczone pytania poniżej.
        [many] W odpowiedziach jest { $count } błędów. Prosimy sprawdzić zaznaczone pytania poniżej.
       *[other] W odpowiedziach jest { $count } błędu. Prosimy sprawdzić zaznaczone pytania poniżej.
    }
survey-last-score = W poprzedniej edycji ({ $wave }) średnia ocena tej usługi wyniosła { $score } na 5.
survey-you-said-we-did = Państwa opinie — nasze działania
action-status-planned = Zaplanowane
action-status-in_progress = W toku
action-status-done = Zrealizowane
survey-thanks-title = Dziękujemy!
survey-thanks-text = Odpowiedzi zostały zapisane. Pomogą współpracownikom ulepszać usługi, na których wszyscy polegamy.
survey-conversation-intro = Dział może odpowiedzieć na komentarz. Aby czytać odpowiedzi i na nie reagować, warto od razu dodać ten prywatny link do zakładek: jest wyświetlany tylko raz i nie można go wysłać ponownie. Nikt nie może ustalić, kto jest autorem komentarza. Rozmowa otworzy się, gdy runda się zakończy, a Twój komentarz zostanie ujawniony razem z wystarczającą liczbą innych.
survey-conversation-link = Prywatny link do rozmowy
survey-closed-title = Ankieta jest zamknięta
survey-closed-text = Ta ankieta nie jest już otwarta, więc nie można przesłać odpowiedzi. Dziękujemy za zainteresowanie — kolejna ankieta przyjdzie e-mailem.
survey-answered-title = Ankieta już wypełniona
survey-answered-text = Odpowiedzi na tę ankietę zostały już wysłane. Dziękujemy za poświęcony czas!
survey-unknown-title = Nierozpoznany link
survey-unknown-text = Nie rozpoznajemy tego linku do ankiety. Prosimy sprawdzić, czy został skopiowany z e-maila w całości.
survey-too-large-title = Formularz jest za duży
survey-too-large-text = Nic nie zostało zapisane. Wróć, skróć teksty i wyślij formularz ponownie.
survey-too-many-fields-title = Formularz ma za dużo pól
survey-too-many-fields-text = Nic nie zostało zapisane. Wróć i wyślij formularz ze strony ponownie.
survey-unreadable-title = Formularz nie dotarł w całości
survey-unreadable-text = Nic nie zostało zapisane. Wróć i wyślij formularz ponownie.

## Strona rozmowy (respondent, przez prywatny link)

conversation-title = Rozmowa o komentarzu
conversation-intro = Tutaj można czytać odpowiedzi na komentarz i na nie odpowiadać. Dział nie wie, kto jest autorem, dlatego prosimy nie podawać imienia ani szczegółów, które pozwoliłyby ustalić tożsamość.
conversation-from-provider = Odpowiedź działu „{ $provider }”
conversation-from-you = Moja wiadomość
conversation-reply-label = Odpowiedź
conversation-send = Wyślij odpowiedź
conversation-close = Zakończ rozmowę
conversation-closed = Rozmowa została zakończona. Dziękujemy za opinię.
conversation-rate-limited = W krótkim czasie wysłano kilka wiadomości. Prosimy chwilę odczekać przed wysłaniem kolejnej.

## Wyniki (kadra)

results-title = Wyniki
results-not-enough =
    { $k ->
        [one] Za mało odpowiedzi. Aby chronić anonimowość, wyniki pojawią się, gdy odpowie co najmniej { $k } osoba.
        [few] Za mało odpowiedzi. Aby chronić anonimowość, wyniki pojawią się, gdy odpowiedzą co najmniej { $k } osoby.
        [many] Za mało odpowiedzi. Aby chronić anonimowość, wyniki pojawią się, gdy odpowie co najmniej { $k } osób.
       *[other] Za mało odpowiedzi. Aby chronić anonimowość, wyniki pojawią się, gdy odpowie co najmniej { $k } osoby.
    }
results-responses =
    { $count ->
        [one] { $count } odpowiedź
        [few] { $count } odpowiedzi
        [many] { $count } odpowiedzi
       *[other] { $count } odpowiedzi
    }
results-response-rate = Wskaźnik odpowiedzi: { $rate }
results-mean = Średnia ocena
results-nps = Wewnętrzny NPS
results-promoters = Promotorzy
results-passives = Neutralni
results-detractors = Krytycy
results-meets-standard = Zgodność ze standardem obsługi
results-trend = Trend
results-org-average = Średnia w organizacji
results-comments = Komentarze
results-thanks = Podziękowania
results-heatmap = Oceny według działów klientów
results-suppressed-cell =
    { $k ->
        [one] Mniej niż { $k } odpowiedź
        [few] Mniej niż { $k } odpowiedzi
        [many] Mniej niż { $k } odpowiedzi
       *[other] Mniej niż { $k } odpowiedzi
    }
results-other-departments = Pozostałe działy
results-breakdown-withheld = Ten podział jest ukryty, ponieważ niektóre grupy są zbyt małe: jego pokazanie pozwoliłoby ustalić odpowiedzi poszczególnych osób.
results-export-csv = Eksportuj do CSV
results-latest-wave = Ostatnia edycja
results-open-wave = Bieżąca edycja (wciąż otwarta)
results-no-waves = Brak wyników. Pojawią się tutaj po zamknięciu pierwszej edycji ankiety.

## Strona główna

home-title = Opinie o usługach wewnętrznych
home-intro = innerpulse anonimowo pyta osoby korzystające z usług każdego działu, co o nich sądzą, i pokazuje działowi, co może poprawić.

## Text fields

err-control-characters = To pole nie może zawierać znaków sterujących (takich jak tabulatory, podziały wiersza w polu jednowierszowym lub znaki odwracające kierunek tekstu).
survey-group = { $colleagues ->
    [0] Nikt inny z Twojego działu nie został zaproszony do tej rundy, więc Twoje odpowiedzi liczą się w większej grupie.
   *[other] Twoje odpowiedzi liczą się razem z odpowiedziami współpracowników z Twojego działu zaproszonych do tej rundy: { $colleagues }.
    }
survey-group-changes = Zmiany w Twojej grupie od otwarcia rundy (ktoś dodany, przeniesiony, ponownie aktywowany lub z nowym adresem): { $changes }. Wszystkie są w dzienniku audytu HR.
