### innerpulse — konfiguracja dla HR: relacje usługowe, kwestionariusze, cykle ankiet. Polski.
### Tylko zwykły tekst: znaczniki dodają szablony.

form-has-errors = Popraw zaznaczone poniżej pola.
rel-actions = Działania

## Relacje usługowe

rel-title = Usługi między działami
rel-intro = Kto obsługuje kogo: każdy wiersz to usługa, którą dział świadczy klientowi wewnętrznemu, wraz z obietnicą, którą składa.
rel-new = Nowa usługa
rel-edit-title = Edytuj usługę
rel-count = { $count ->
    [one] { $count } usługa
    [few] { $count } usługi
    [many] { $count } usług
   *[other] { $count } usługi
}
rel-empty = Nie ma jeszcze usług. Dodaj pierwszą: który dział obsługuje którego klienta wewnętrznego?
rel-no-departments = Najpierw utwórz co najmniej dwa działy.
rel-provider = Dział świadczący
rel-customer = Klient wewnętrzny
rel-everyone = Cała organizacja
rel-choose = Wybierz dział
rel-service-name = Nazwa usługi
rel-service-name-example = np. pomoc IT
rel-service-standard = Standard obsługi
rel-service-standard-help = Obietnica dostawcy, np. „zgłoszenia z odpowiedzią w ciągu 4 godzin roboczych”. Klienci widzą ją w ankiecie.
rel-no-standard = Brak standardu
rel-repeat-days = Odstęp między pytaniami po kontakcie (dni)
rel-repeat-days-help = Po kontakcie pracownik dostaje pytanie o tę usługę najwyżej raz na tyle dni. Puste oznacza 30.
rel-active = Aktywna: uwzględniaj tę usługę w ankietach
rel-status = Stan
rel-deactivate = Wyłącz
rel-reactivate = Włącz ponownie
rel-matrix-title = Mapa usług
rel-matrix-intro = Dostawcy w wierszach, klienci wewnętrzni w kolumnach. Wybierz usługę, aby ją edytować.
rel-matrix-caption = Usługi według dostawcy i klienta wewnętrznego
rel-matrix-link = Pokaż mapę usług
rel-list-link = Pokaż jako listę
rel-delete-title = Usunąć usługę „{ $name }”?
rel-delete-text = Usługa i jej miejsce w cyklach ankiet zostaną usunięte. Tego nie można cofnąć.
rel-in-use = Ta usługa ma już fale ankiet lub odpowiedzi, więc nie można jej usunąć. Zamiast tego ją wyłącz: zachowa historię i nie będzie już badana.

err-rel-self = Dział nie może być swoim własnym klientem wewnętrznym.
err-rel-duplicate = Ten dostawca oferuje już temu klientowi usługę o tej nazwie.
err-rel-name-length = Nadaj usłudze nazwę o długości od 1 do 120 znaków.
err-rel-standard-length = Standard obsługi musi mieć mniej niż 2000 znaków.
err-rel-provider-unknown = Wybierz istniejący dział świadczący.
err-rel-customer-unknown = Wybierz istniejący dział lub całą organizację.
err-rel-repeat-days = Odstęp to całkowita liczba dni od 1 do 365.

## Kwestionariusze

qn-title = Kwestionariusze
qn-intro = Pytania zadawane w każdej części ankiety. Wbudowany kwestionariusz jest gotowy do użycia; skopiuj go, aby go dostosować.
qn-empty = Nie ma jeszcze kwestionariuszy.
qn-builtin = Wbudowany
qn-version = Wersja { $version }
qn-locked = Używany przez falę
qn-editable = Do edycji
qn-question-count = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
qn-copy = Utwórz kopię do edycji
qn-copy-suffix = (kopia)
qn-readonly = Wbudowanego kwestionariusza nie można zmienić. Utwórz kopię, aby go dostosować.
qn-locked-notice = Tej wersji używa fala ankiety, więc pozostaje bez zmian. Każda zapisana zmiana utworzy wersję { $next }.
qn-new-version = Ta wersja była używana, więc zmianę zapisano jako nową wersję { $version }.
qn-previous-version = Zastępuje wersję { $version }
qn-name = Nazwa
qn-rename = Zapisz nazwę
qn-questions = Pytania
qn-no-questions = Ten kwestionariusz nie ma jeszcze pytań.
qn-add-question = Dodaj pytanie
qn-edit-question = Edytuj pytanie
qn-kind = Rodzaj odpowiedzi
qn-dimension = Wymiar
qn-required = Odpowiedź jest wymagana
qn-optional = Opcjonalne
qn-texts-in = Teksty: { $language }
qn-texts-help = Napisz pytanie co najmniej w domyślnym języku organizacji. Symbole zastępcze: {"{"}provider{"}"}, {"{"}service{"}"}, {"{"}standard{"}"}.
qn-prompt = Pytanie
qn-help = Tekst pomocy
qn-options = Opcje, jedna w wierszu
qn-options-help = Tylko dla jednokrotnego wyboru i straconego czasu pracy; każdy język potrzebuje tej samej liczby opcji.
qn-no-text = Brak tekstu w tym języku
qn-move-up = W górę
qn-move-down = W dół
qn-remove = Usuń
qn-remove-title = Usunąć to pytanie?
qn-remove-text = Pytanie i jego teksty we wszystkich językach zostaną usunięte z tego kwestionariusza.

kind-rating = Skala zgody 1–5
kind-recommend = Rekomendacja 0–10
kind-yes_no = Tak lub nie
kind-choice = Jednokrotny wybór
kind-lost_time = Stracony czas pracy
kind-text = Komentarz
kind-thanks = Podziękowanie

err-qn-name-length = Nadaj kwestionariuszowi nazwę o długości od 1 do 200 znaków.
err-qn-kind = Wybierz rodzaj odpowiedzi.
err-qn-dimension = Wybierz wymiar.
err-qn-prompt-default = Napisz pytanie co najmniej w domyślnym języku organizacji.
err-qn-prompt-missing = Ten język ma tekst pomocy lub opcje, ale nie ma pytania.
err-qn-prompt-length = Pytanie musi mieć mniej niż 500 znaków.
err-qn-help-length = Tekst pomocy musi mieć mniej niż 1000 znaków.
err-qn-option-length = Użyj najwyżej 12 opcji, każda najwyżej 200 znaków.
err-qn-options-min = Wybór wymaga co najmniej dwóch opcji, jednej w wierszu.
err-qn-options-count = Każdy język potrzebuje tej samej liczby opcji.
err-qn-last-question = Kwestionariusz musi mieć co najmniej jedno pytanie.
err-qn-builtin = Wbudowanego kwestionariusza nie można zmienić. Utwórz kopię, aby go dostosować.

## Cykle ankiet

cy-title = Cykle ankiet
cy-intro = Kiedy i jak często pytamy klientów wewnętrznych: każdy cykl otwiera falę ankiety według swojego harmonogramu.
cy-empty = Nie ma jeszcze cykli ankiet. Utwórz cykl, aby zacząć pytać klientów wewnętrznych.
cy-new = Nowy cykl ankiet
cy-edit-title = Edytuj cykl ankiet
cy-edit = Edytuj ustawienia
cy-name = Nazwa
cy-questionnaire = Kwestionariusz
cy-relationships = Usługi
cy-all-relationships = Wszystkie aktywne usługi
cy-chosen-relationships = Tylko usługi zaznaczone poniżej
cy-no-relationships = Nie ma jeszcze usług.
cy-cadence = Jak często
cadence-weekly = Co tydzień
cadence-every_two_weeks = Co dwa tygodnie
cadence-monthly = Co miesiąc
cadence-quarterly = Co kwartał
cadence-custom = Własna reguła
cy-timezone = Strefa czasowa
cy-timezone-other = Inna strefa czasowa
cy-timezone-other-help = Dowolna nazwa strefy IANA, np. America/Sao_Paulo. Zostaw puste, aby użyć listy.
cy-first-date = Pierwsze otwarcie: data
cy-first-time = Pierwsze otwarcie: czas lokalny
cy-first-help = W strefie czasowej cyklu; kolejne fale otwierają się o tej samej godzinie lokalnej, także po zmianie czasu.
cy-days-open = Dni otwarcia
cy-reminder-after = Pierwsze przypomnienie po (dniach)
cy-reminder-after-help = Puste: bez przypomnień. Musi być mniejsze niż liczba dni otwarcia.
cy-max-reminders = Najwyżej przypomnień
cy-fatigue-cap = Najwyżej części na pracownika na falę
cy-fatigue-cap-help = Chroni przed zmęczeniem ankietami; 3 to dobry początek.
cy-sample = Udział próby (%)
cy-sample-help = Opcjonalnie: zapraszaj w każdej fali tylko taki odsetek pracowników.
cy-active = Aktywny: otwieraj fale według harmonogramu
cy-status = Stan
cy-paused = Wstrzymany
cy-pause = Wstrzymaj
cy-resume = Wznów
cy-next-opening = Następne otwarcie
cy-none = —
cy-next-openings = Pięć następnych otwarć
cy-next-openings-empty = Brak nadchodzących otwarć.
cy-paused-notice = Ten cykl jest wstrzymany: żadna fala się nie otworzy, dopóki go nie wznowisz.
cy-local-time = Czas lokalny ({ $zone })
cy-utc-time = UTC
cy-held-notice =
    { $count ->
        [one] { $count } odpowiedź z zamkniętych rund jest nadal zapieczętowana: usługa, której dotyczy, miała mniej odpowiedzi niż próg anonimowości. Zostanie ujawniona z następną rundą, która doprowadzi tę usługę do progu.
        [few] { $count } odpowiedzi z zamkniętych rund są nadal zapieczętowane: usługa, której dotyczą, miała mniej odpowiedzi niż próg anonimowości. Zostaną ujawnione z następną rundą, która doprowadzi tę usługę do progu.
       *[other] { $count } odpowiedzi z zamkniętych rund jest nadal zapieczętowanych: usługa, której dotyczą, miała mniej odpowiedzi niż próg anonimowości. Zostaną ujawnione z następną rundą, która doprowadzi tę usługę do progu.
    }
cy-waves-link = Fale i wysyłka
cy-every-relationship = Wszystkie aktywne usługi

err-cy-name-length = Nadaj cyklowi nazwę o długości od 1 do 200 znaków.
err-cy-questionnaire = Wybierz istniejący kwestionariusz.
err-cy-relationships-none = Zaznacz co najmniej jedną usługę lub uwzględnij wszystkie aktywne usługi.
err-cy-relationship-unknown = Jedna z zaznaczonych usług już nie istnieje.
err-cy-cadence = Wybierz, jak często otwierają się fale.
err-cy-timezone = To nie jest znana strefa czasowa IANA (na przykład Europe/Warsaw).
err-cy-date = Wpisz datę w formacie RRRR-MM-DD.
err-cy-time = Wpisz godzinę w formacie GG:MM.
err-cy-time-nonexistent = Ten czas lokalny nie istnieje tego dnia, bo zegary przesuwa się do przodu. Wybierz inną godzinę.
err-cy-time-ambiguous = Ten czas lokalny występuje tego dnia dwa razy, bo zegary cofa się. Wybierz inną godzinę.
err-cy-days-open = Fala jest otwarta co najmniej 1 dzień (najwyżej 90).
err-cy-reminder-after = Pierwsze przypomnienie przychodzi po 1 dniu lub później, przed zamknięciem fali.
err-cy-max-reminders = Wysyłaj od 0 do 5 przypomnień.
err-cy-fatigue-cap = Zadawaj co najmniej 1 część na pracownika na falę (najwyżej 20).
err-cy-sample = Udział próby to całkowita liczba procent od 1 do 100.
