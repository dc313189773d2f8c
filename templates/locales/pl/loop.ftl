### innerpulse — domykanie pętli: działania, rozmowy, podziękowania, polski.
### Tylko tekst: szablony dodają znaczniki. Liczby są przekazywane jako liczby.

nav-conversations = Rozmowy
nav-recognition = Uznanie

## „Mówiliście, zrobiliśmy” (strona ankiety i e-maile)

loop-survey-actions-intro = Co { $provider } zrobił z opiniami Twoich współpracowników:
loop-email-actions-intro = Co działy zrobiły z Twoimi opiniami od ostatniej ankiety:

## Strona podziękowania

loop-conversation-open = Otwórz swoją rozmowę
loop-conversation-copy = Link do zapisania lub skopiowania

## Strony rozmów

loop-conversations-title = Rozmowy
loop-conversations-intro = Wiadomości między Twoim działem a współpracownikami, którzy zostawili komentarz. Nikt — także Ty — nie może zobaczyć, kto napisał komentarz.
loop-conversations-all = Wszystkie rozmowy
loop-conversations-awaiting = Czekają na Twoją odpowiedź
loop-conversations-none-awaiting = Żadna rozmowa nie czeka na odpowiedź.
loop-conversations-empty = Nie ma jeszcze rozmów. Otwórz komentarz na stronie wyników i odpowiedz, aby ją rozpocząć.
loop-col-service = Usługa
loop-col-round = Runda ankiety
loop-col-messages = Wiadomości
loop-col-state = Stan
loop-marker-unread = Nowa odpowiedź
loop-marker-awaiting = Czeka na odpowiedź
loop-marker-closed = Zakończona
loop-no-messages = Nie ma jeszcze wiadomości.
loop-message-pending = Dotrze do { $provider } jutro, razem z innymi dzisiejszymi wiadomościami, aby nikt nie wiedział, kiedy ją napisałeś/napisałaś.
loop-conversation-staff-title = Komentarz o usłudze { $service }
loop-the-comment = Komentarz
loop-anonymous-note = Napisany anonimowo. Nie próbuj ustalać, kto go napisał; odpowiedz na treść.
loop-messages = Wiadomości
loop-from-colleague = Współpracownik (anonimowo)
loop-staff-delay-note = Wiadomości współpracownika, a także zakończenie przez niego rozmowy, pojawiają się tu dzień później, aby pora nie zdradziła autora.
loop-reply-label = Twoja odpowiedź
loop-reply-help = Zwykły tekst, najwyżej { $max } znaków. Twój dział może wysłać { $per_day } wiadomości dziennie w tej rozmowie.
loop-respondent-reply-help = Zwykły tekst, najwyżej { $max } znaków, { $per_day } wiadomości dziennie. Nie podawaj imienia ani niczego, co pozwoli Cię rozpoznać.
loop-conversation-ended-staff = Ta rozmowa została zakończona. Nie można już wysyłać wiadomości.
loop-close-title = Zakończyć tę rozmowę?
loop-close-staff-text = Potem ani Twój dział, ani współpracownik nie będą mogli pisać w rozmowie o usłudze { $service }. Wiadomości pozostaną do przeczytania.
loop-close-respondent-text = Potem ani Ty, ani dział nie będziecie mogli pisać w rozmowie o usłudze { $service }. Wiadomości pozostaną dostępne pod Twoim linkiem.
loop-your-comment = Twój komentarz
loop-bookmark-reminder = Zachowaj adres tej strony: to jedyny sposób powrotu do tej rozmowy i nie można go wysłać ponownie.
loop-conversation-unknown-title = Rozmowa nie jest jeszcze otwarta
loop-conversation-unknown-text = Komentarze pozostają zapieczętowane, dopóki runda ankiety się nie zakończy i wystarczająco wielu współpracowników nie odpowie na temat usługi; wtedy rozmowa otworzy się pod tym samym linkiem. Jeśli runda zakończyła się dawno, sprawdź, czy skopiowano cały link.
loop-message-empty = Napisz wiadomość.
loop-message-too-long = Skróć wiadomość do najwyżej { $max } znaków.
loop-rate-limited-respondent = W tej rozmowie możesz wysłać najwyżej { $max } wiadomości dziennie. Wróć jutro; Twój tekst nadal jest w polu poniżej.
loop-rate-limited-staff = Twój dział może wysłać w tej rozmowie najwyżej { $max } wiadomości dziennie. Spróbuj jutro; Twój tekst nadal jest w polu poniżej.

## Działania

loop-actions-title = Działania
loop-actions-for = Działania dla usługi { $service }
loop-actions-intro = Do czego działy-dostawcy zobowiązały się w odpowiedzi na opinie swoich klientów wewnętrznych. Klienci widzą nowe działania i ich stan w kolejnej ankiecie.
loop-action-record = Zapisz działanie
loop-action-created = Działanie zostało zapisane. Klienci zobaczą je w kolejnej ankiecie.
loop-action-updated = Działanie zostało zapisane.
loop-action-deleted = Działanie zostało usunięte.
loop-action-translated = Tłumaczenia zostały zapisane.
loop-actions-overdue-count =
    { $count ->
        [one] { $count } działanie jest po terminie.
        [few] { $count } działania są po terminie.
       *[other] { $count } działań jest po terminie.
    }
loop-actions-show-overdue = Pokaż działania po terminie
loop-action-status = Stan
loop-actions-any-status = Dowolny stan
loop-actions-overdue-only = Tylko działania po terminie
loop-actions-empty = Nie ma jeszcze działań.
loop-actions-empty-service = Nie ma jeszcze działań dla tej usługi. Zapisz, co zrobisz z opiniami, aby klienci widzieli, że coś się zmieniło.
loop-actions-count =
    { $count ->
        [one] { $count } działanie
        [few] { $count } działania
       *[other] { $count } działań
    }
loop-action-overdue = Po terminie
loop-action-owner = Dział odpowiedzialny
loop-action-topic = Dotyczy
loop-topic-service = Usługi jako całości
loop-action-due-on = Termin
loop-action-recorded-by = Zapisane przez
loop-action-translations = Tłumaczenia
loop-action-set-status = Zmień stan
loop-action-translate = Przetłumacz
loop-action-edit-title = Edytuj działanie
loop-action-form-intro = Napisz krótko, co zmienisz. Klienci tej usługi zobaczą tytuł i stan w kolejnej ankiecie.
loop-action-title-label = Tytuł
loop-action-description-label = Opis
loop-action-visible-note = Tytuł i stan są pokazywane klientom tej usługi w kolejnej rundzie ankiety, w ich języku, jeśli dodasz tłumaczenie.
loop-action-delete-title = Usunąć to działanie?
loop-action-delete-text = Działanie i jego tłumaczenia zostaną usunięte i nie będą już pokazywane klientom. Tego nie można cofnąć.
loop-action-translations-title = Tłumaczenia
loop-action-translations-intro = Klienci widzą tytuł w swoim języku, jeśli istnieje tłumaczenie, a w przeciwnym razie w wersji zapisanej. Pozostaw język pusty, aby usunąć jego tłumaczenie.
err-action-title = Wpisz tytuł o długości od 1 do 200 znaków.
err-action-description = Skróć opis do najwyżej 4000 znaków.
err-action-owner = Wybierz istniejący dział.
err-action-status = Wybierz: zaplanowane, w toku lub zrobione.
err-action-due-on = Wpisz termin jako datę (RRRR-MM-DD) albo pozostaw pole puste.
err-action-topic = Wybierz usługę, wymiar lub istniejące pytanie.

## Podziękowania

loop-thanks-title = Za co dziękują Ci klienci wewnętrzni
loop-thanks-intro = Podziękowania, które współpracownicy napisali w ankietach, bez nazwisk i dat.
loop-thanks-gate =
    { $k ->
        [one] Podziękowania pojawiają się po zamknięciu rundy ankiety z co najmniej { $k } odpowiedzią o usłudze.
       *[other] Podziękowania pojawiają się po zamknięciu rundy ankiety z co najmniej { $k } odpowiedziami o usłudze.
    }
loop-thanks-department = Dział
loop-thanks-all-departments = Wszystkie działy
loop-thanks-empty = Nie ma jeszcze podziękowań do pokazania.
loop-thanks-count =
    { $count ->
        [one] { $count } podziękowanie
        [few] { $count } podziękowania
       *[other] { $count } podziękowań
    }
loop-thanks-is-shared = Udostępnione całej organizacji
loop-thanks-share = Udostępnij całej organizacji
loop-thanks-unshare = Przestań udostępniać
loop-thanks-share-title = Udostępnić to podziękowanie całej organizacji?
loop-thanks-unshare-title = Przestać udostępniać to podziękowanie?
loop-thanks-share-text = Wszyscy pracownicy zobaczą ten tekst na stronie uznania, wraz z usługą i miesiącem. Upewnij się, że nie zdradza autora.
loop-thanks-unshare-text = Podziękowanie zniknie ze strony uznania. Dział nadal je widzi.
loop-thanks-already-shared = To podziękowanie jest już udostępnione.
loop-thanks-not-shared = To podziękowanie nie jest udostępnione.
loop-thanks-shared-notice = Podziękowanie jest teraz na stronie uznania.
loop-thanks-unshared-notice = Podziękowania nie ma już na stronie uznania.
loop-recognition-title = Uznanie
loop-recognition-intro = Podziękowania współpracowników za usługi innych działów, udostępnione przez dział kadr.
loop-recognition-empty = Nic jeszcze nie udostępniono.
loop-recognition-for = Dla { $service } ({ $provider })
