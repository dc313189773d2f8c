### innerpulse — rundy ankiety i dostarczanie zaproszeń dla HR, polski.

waves-title = Rundy ankiety: { $cycle }
waves-intro = Każda runda zaprasza e-mailem klientów wewnętrznych tego cyklu. Tylko liczby: nikt nie może zobaczyć, kto odpowiedział.
waves-back-to-cycle = Powrót do cyklu
waves-open-now = Otwórz rundę teraz
waves-open-now-help = Od razu otwiera nową rundę, niezależnie od harmonogramu, i wysyła zaproszenia przy następnym przebiegu harmonogramu. Przydatne do próby.
waves-opened = Otwarto nową rundę. Zaproszenia są wysyłane.
waves-empty = Nie ma jeszcze rund. Pierwsza otworzy się zgodnie z harmonogramem cyklu — albo otwórz ją teraz.
waves-times-in = Godziny w strefie { $timezone }.
waves-col-state = Stan
waves-col-opens = Otwarcie
waves-col-closes = Zamknięcie
wave-state-scheduled = Zaplanowana
wave-state-open = Otwarta
wave-state-closed = Zamknięta

delivery-title = Dostarczanie zaproszeń
delivery-intro = E-maile z zaproszeniami z otwartych rund ankiety i z ostatnich punktów kontaktu.
delivery-invited = zaproszonych
delivery-pending = czeka na wysłanie
delivery-delivered = dostarczonych
delivery-failed = niedostarczonych
delivery-answered = z odpowiedzią
delivery-answered-note = Odpowiedzi są tylko liczone. Nikt — także HR — nie może zobaczyć, kto odpowiedział.
delivery-failed-heading = Zaproszenia, których nie udało się dostarczyć
delivery-failed-none = Brak niedostarczonych zaproszeń: wszystko zostało dostarczone lub jest w drodze.
delivery-col-email = Pracownik
delivery-col-kind = Rodzaj
delivery-col-attempts = Próby
delivery-col-reason = Przyczyna
invitation-kind-wave = Runda ankiety
invitation-kind-touchpoint = Punkt kontaktu
delivery-retry-button = Ponów niedostarczone zaproszenia
delivery-retry-confirm-title = Ponowić niedostarczone zaproszenia?
delivery-retry-confirm-text =
    { $count ->
        [one] { $count } niedostarczone zaproszenie zostanie wysłane ponownie, z nową serią prób. Najpierw usuń przyczynę (na przykład ustawienia serwera poczty lub adres pracownika).
        [few] { $count } niedostarczone zaproszenia zostaną wysłane ponownie, z nową serią prób. Najpierw usuń przyczynę (na przykład ustawienia serwera poczty lub adresy pracowników).
       *[other] { $count } niedostarczonych zaproszeń zostanie wysłanych ponownie, z nową serią prób. Najpierw usuń przyczynę (na przykład ustawienia serwera poczty lub adresy pracowników).
    }
delivery-retry-confirm = Tak, wyślij ponownie
delivery-retried =
    { $count ->
        [one] { $count } zaproszenie wróciło do kolejki.
        [few] { $count } zaproszenia wróciły do kolejki.
       *[other] { $count } zaproszeń wróciło do kolejki.
    }
