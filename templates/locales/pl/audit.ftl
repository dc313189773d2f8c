## Dziennik audytu (/admin/audit)

nav-audit = Dziennik audytu
audit-title = Dziennik audytu
audit-intro = Kto i kiedy (UTC) zmienił pracownika, dział, usługę, konto, klucz API, cykl badań, kwestionariusz lub ustawienie. Wpisów nie można edytować ani usuwać; znikają po upływie okresu przechowywania.
audit-filter-kind = Rodzaj
audit-kind-all = Wszystkie rodzaje
audit-kind-employee = Pracownik
audit-kind-department = Dział
audit-kind-relationship = Usługa
audit-kind-account = Konto
audit-kind-api_key = Klucz API
audit-kind-cycle = Cykl badań
audit-kind-questionnaire = Kwestionariusz
audit-kind-setting = Ustawienie
audit-filter-search = Obiekt lub osoba
audit-filter-since = Od
audit-filter-until = Do
audit-filter-invalid = Nie udało się odczytać filtra; pokazano wszystkie wpisy.
audit-count = { $count ->
    [one] { $count } wpis
    [few] { $count } wpisy
    [many] { $count } wpisów
   *[other] { $count } wpisu
}
audit-empty = Nic jeszcze nie zapisano.
audit-none-found = Żaden wpis nie pasuje do filtra.
audit-col-when = Kiedy (UTC)
audit-col-who = Kto
audit-col-what = Co
audit-col-subject = Obiekt
audit-col-changes = Było → jest
