### innerpulse — administracja organizacją (działy, pracownicy, import CSV), polski.

## Departments

departments-title = Działy
departments-intro = Organizacja w postaci drzewa. Działy świadczą sobie nawzajem usługi i są klientami w ankietach.
departments-empty = Nie ma jeszcze działów. Dodaj pierwszy poniżej lub zaimportuj organizację z pliku CSV.
department-name = Nazwa
department-employees = Aktywni pracownicy
department-parent = Dział nadrzędny
department-no-parent = Brak (najwyższy poziom)
department-create-title = Dodaj dział
department-rename-title = Zmień nazwę
department-move-title = Przenieś w drzewie
department-move-submit = Przenieś
department-delete-title = Usuń dział
department-notice-created = Dział został dodany.
department-notice-renamed = Nazwa działu została zmieniona.
department-notice-moved = Dział został przeniesiony.
department-notice-deleted = Dział został usunięty.
department-name-invalid = Wpisz nazwę o długości najwyżej { $max } znaków.
department-name-taken = Inny dział ma już tę nazwę. Wybierz inną.
department-not-found = Ten dział nie istnieje.
department-parent-not-found = Wybrany dział nadrzędny nie istnieje.
department-move-loop = Działu nie można przenieść pod niego samego ani pod jeden z jego własnych poddziałów.
department-in-use = Tego działu nie można usunąć, dopóki ma jeszcze: { $what }. Najpierw je przenieś lub usuń.
department-left-employees = { $count ->
    [one] { $count } pracownika
    [few] { $count } pracowników
    [many] { $count } pracowników
   *[other] { $count } pracownika
    }
department-left-sub-departments = { $count ->
    [one] { $count } poddział
    [few] { $count } poddziały
    [many] { $count } poddziałów
   *[other] { $count } poddziału
    }
department-left-relationships = { $count ->
    [one] { $count } relację usługową
    [few] { $count } relacje usługowe
    [many] { $count } relacji usługowych
   *[other] { $count } relacji usługowej
    }
department-left-accounts = { $count ->
    [one] { $count } powiązane konto pracownika
    [few] { $count } powiązane konta pracowników
    [many] { $count } powiązanych kont pracowników
   *[other] { $count } powiązanego konta pracownika
    }

## Employees

employees-title = Pracownicy
employees-search = Szukaj po imieniu i nazwisku lub adresie e-mail
employees-all-departments = Wszystkie działy
employees-status = Status
employees-status-all = Wszyscy
employees-count = { $count ->
    [one] { $count } pracownik
    [few] { $count } pracowników
    [many] { $count } pracowników
   *[other] { $count } pracownika
    }
employees-empty = Nie ma jeszcze pracowników. Dodaj ich pojedynczo lub zaimportuj plik CSV.
employees-none-found = Żaden pracownik nie pasuje do wyszukiwania.
pagination-label = Strony
employee-add = Dodaj pracownika
employee-name = Imię i nazwisko
employee-email = Adres e-mail
employee-department = Dział
employee-choose-department = Wybierz dział
employee-locale = Język
employee-external-id = Identyfikator zewnętrzny (system kadrowy)
employee-deactivate = Dezaktywuj
employee-reactivate = Aktywuj ponownie
employee-deactivate-confirm = Dezaktywować: { $name }? Ta osoba nie będzie już otrzymywać ankiet. Jej wcześniejsze odpowiedzi pozostają anonimowe i są nadal liczone.
employee-reactivate-confirm = Ponownie aktywować: { $name }? Ta osoba znów weźmie udział w kolejnych rundach ankiet.
employee-notice-created = Pracownik został dodany.
employee-notice-updated = Zmiany zostały zapisane.
employee-notice-deactivated = Pracownik został dezaktywowany.
employee-notice-reactivated = Pracownik został ponownie aktywowany.
employee-email-invalid = Wpisz prawidłowy adres e-mail.
employee-name-invalid = Wpisz imię i nazwisko o długości najwyżej { $max } znaków.
employee-department-missing = Wybierz dział.
employee-locale-invalid = Wybierz jeden z oferowanych języków.
employee-external-id-invalid = Identyfikator zewnętrzny może mieć najwyżej { $max } znaków.
employee-email-taken = Inny pracownik ma już ten adres e-mail.
employee-external-id-taken = Inny pracownik ma już ten identyfikator zewnętrzny.

## CSV import

import-title = Import z CSV
import-upload-title = Prześlij plik
import-help = Pierwszy wiersz zawiera nazwy kolumn: { $columns } (w dowolnej kolejności; email, name i department są wymagane). Separator: przecinek lub średnik, kodowanie UTF-8.
import-sync-help = Pracownicy są dopasowywani według identyfikatora zewnętrznego, a następnie adresu e-mail: dopasowani są aktualizowani, nowi tworzeni, wymienieni nieaktywni ponownie aktywowani, a aktywni pracownicy nieobecni w pliku dezaktywowani.
import-file = Plik CSV
import-create-departments = Utwórz działy, które jeszcze nie istnieją
import-confirm-deactivation = Potwierdzam, że wielu pracowników może zostać dezaktywowanych
import-submit = Importuj
import-no-file = Wybierz plik CSV.
import-done = Import zakończony
import-created = Utworzeni pracownicy: { $count }
import-updated = Zaktualizowani pracownicy: { $count }
import-reactivated = Ponownie aktywowani pracownicy: { $count }
import-deactivated = Dezaktywowani pracownicy: { $count }
import-unchanged = Bez zmian: { $count }
import-departments-created = Utworzone działy: { $count }
import-rejected = Nic nie zostało zaimportowane. Najpierw trzeba poprawić problemy: { $count }.
import-line = Wiersz
import-reason = Problem
import-confirm-title = Potwierdź dezaktywację
import-confirm-text = Ten import dezaktywowałby { $count } z { $active } aktywnych pracowników, czyli ponad 20 %. Nic jeszcze nie zostało zmienione.
import-confirm-submit = Importuj i dezaktywuj pracowników: { $count }
import-summary-line = Zaimportowano: utworzeni { $created }, zaktualizowani { $updated }, ponownie aktywowani { $reactivated }, dezaktywowani { $deactivated }, bez zmian { $unchanged }, utworzone działy { $departments }.

## CSV problems (file)

import-not-utf8 = Plik nie jest tekstem w kodowaniu UTF-8. Zapisz go jako „CSV UTF-8” i spróbuj ponownie.
import-empty-file = Plik jest pusty: potrzebny jest wiersz nagłówka z nazwami kolumn.
import-bad-header = Nie udało się odczytać wiersza nagłówka.
import-unknown-columns = Nieznane kolumny: { $columns }. Dozwolone kolumny to: { $allowed }.
import-missing-columns = Brakuje wymaganych kolumn: { $columns }.
import-duplicate-column = Kolumna „{ $column }” występuje więcej niż raz.

## CSV problems (rows)

import-field-count = Oczekiwano pól: { $expected }, znaleziono: { $found }.
import-unclosed-quote = Pole w cudzysłowie nie zostało zamknięte.
import-text-after-quote = Nieoczekiwany tekst po cudzysłowie zamykającym.
import-empty-email = Adres e-mail jest pusty.
import-bad-email = „{ $value }” nie jest prawidłowym adresem e-mail.
import-empty-name = Imię i nazwisko jest puste.
import-bad-name = Imię i nazwisko ma więcej niż { $max } znaków.
import-empty-department = Dział jest pusty.
import-unknown-department = Nieznany dział „{ $value }” (wybierz „utwórz działy”, aby go dodać).
import-bad-department = Nazwa działu ma więcej niż { $max } znaków.
import-bad-locale = Nieznany język „{ $value }” (użyj en, nl, fr, es, ru lub pl).
import-bad-external-id = Identyfikator zewnętrzny ma więcej niż { $max } znaków.
import-control-characters = Kolumna { $column } nie może zawierać znaków sterujących (takich jak tabulatory lub znaki odwracające kierunek tekstu).
import-duplicate-email = Adres e-mail { $value } występuje też w wierszu { $first }.
import-duplicate-external-id = Identyfikator zewnętrzny { $value } występuje też w wierszu { $first }.
import-same-employee = Ten wiersz dotyczy tego samego pracownika co wiersz { $first }.
import-email-taken = Adres e-mail { $value } należy do innego pracownika.
import-needs-confirmation = Ten import dezaktywowałby { $count } z { $active } aktywnych pracowników (ponad 20 %); potwierdź, aby kontynuować.

## Linki do ankiety, które wciąż trafiają na wcześniejszy adres

employee-links-elsewhere = Otwarte linki do ankiety, które wciąż trafiają na { $addresses }: { $links }. Link zachowuje adres, który pracownik miał w chwili otwarcia rundy.
employee-reissue = Wyślij otwarte linki na obecny adres
employee-reissue-confirm = Otwarte linki do ankiety pracownika { $name } trafiające na { $addresses }: { $links }. Ponowne wydanie wyśle je z nowym linkiem na { $address }; stare linki przestaną działać, { $addresses } dostanie powiadomienie, a wydanie zostanie zapisane w dzienniku audytu.
employee-reissue-nothing = Wszystkie otwarte linki pracownika { $name } trafiają już na { $address }.
employee-notice-links-reissued = Otwarte linki do ankiety wysłano na obecny adres; poprzedni adres został powiadomiony.
employee-notice-links-current = Wszystkie otwarte linki do ankiety trafiają już na obecny adres.
