### innerpulse — wiadomości e-mail, polski.
### Wyłącznie zwykły tekst: szablony budują wokół tych komunikatów część tekstową i HTML.

## Zaproszenie do ankiety

invite-subject =
    { $count ->
        [one] Ocena usług innych działów: { $count } usługa
        [few] Ocena usług innych działów: { $count } usługi
        [many] Ocena usług innych działów: { $count } usług
       *[other] Ocena usług innych działów: { $count } usługi
    }, { $minutes ->
        [one] około { $minutes } minuty
       *[other] około { $minutes } minut
    }
invite-greeting = Dzień dobry, { $name }!
invite-intro = Na co dzień wszyscy korzystamy z usług innych działów. Prosimy o krótką ocenę, jak się one sprawdzają — dzięki temu działy będą wiedziały, co działa dobrze, a co warto poprawić.
invite-services-heading = Usługi w tej ankiecie:
invite-deadline = Ankieta jest otwarta do { $deadline }.
invite-button = Wypełnij ankietę
invite-link-fallback = Jeśli przycisk nie działa, prosimy otworzyć ten link:
invite-anonymity = Odpowiedzi są zapisywane bez imienia i nazwiska ani żadnych danych pozwalających ustalić tożsamość. Działy widzą wyniki dopiero wtedy, gdy odpowie wystarczająco wiele osób, a nikt — ani dział HR, ani przełożony — nie może zobaczyć indywidualnych odpowiedzi.
invite-you-said-we-did = Państwa opinie — nasze działania
invite-footer = Ta wiadomość została wysłana, ponieważ pracodawca korzysta z innerpulse, aby zbierać opinie pracowników o usługach wewnętrznych. Link jest osobisty, dlatego prosimy nie przekazywać tej wiadomości dalej.

## Przypomnienie

reminder-subject = Przypomnienie: ankieta o usługach wewnętrznych czeka na odpowiedź
reminder-intro =
    Uprzejmie przypominamy: ankieta o usługach innych działów jest otwarta do { $deadline }. { $minutes ->
        [one] Jej wypełnienie zajmie około { $minutes } minuty.
       *[other] Jej wypełnienie zajmie około { $minutes } minut.
    }

## Punkt kontaktu

touchpoint-subject = Jak poszło? Krótkie pytanie o usługę „{ $service }”
touchpoint-intro =
    Prosimy o krótką ocenę niedawnego kontaktu z usługą „{ $service }” ({ $context }). Jak poszło? { $minutes ->
        [one] Odpowiedź zajmie około { $minutes } minuty i pozostanie anonimowa.
       *[other] Odpowiedź zajmie około { $minutes } minut i pozostanie anonimowa.
    }

## Konta kadry

staff-invite-subject = Zaproszenie do innerpulse
staff-invite-body = { $inviter } zaprasza do innerpulse — narzędzia, w którym organizacja zbiera opinie o usługach wewnętrznych. Aby aktywować konto, prosimy ustawić hasło. Link jest ważny przez 24 godziny i można go użyć tylko raz.
staff-invite-button = Ustaw hasło
reset-subject = Resetowanie hasła do innerpulse
reset-body = Otrzymaliśmy prośbę o zresetowanie hasła do konta w innerpulse. Aby ustawić nowe hasło, wystarczy skorzystać z linku poniżej. Jest ważny przez 24 godziny i można go użyć tylko raz. Jeśli prośba nie pochodzi od Pana/Pani, wystarczy zignorować tę wiadomość — hasło pozostanie bez zmian.
reset-button = Ustaw nowe hasło

## Nowe wyniki (kierownicy działów)

results-subject = Nowe wyniki dla usługi „{ $service }”: { $wave }
results-body =
    { $responses ->
        [one] Edycja ankiety „{ $wave }” została zamknięta. Na pytania o usługę „{ $service }” odpowiedziała { $responses } osoba. Prosimy zapoznać się z wynikami, komentarzami i podziękowaniami oraz zapisać planowane działania.
        [few] Edycja ankiety „{ $wave }” została zamknięta. Na pytania o usługę „{ $service }” odpowiedziały { $responses } osoby. Prosimy zapoznać się z wynikami, komentarzami i podziękowaniami oraz zapisać planowane działania.
        [many] Edycja ankiety „{ $wave }” została zamknięta. Na pytania o usługę „{ $service }” odpowiedziało { $responses } osób. Prosimy zapoznać się z wynikami, komentarzami i podziękowaniami oraz zapisać planowane działania.
       *[other] Edycja ankiety „{ $wave }” została zamknięta. Na pytania o usługę „{ $service }” odpowiedziało { $responses } osoby. Prosimy zapoznać się z wynikami, komentarzami i podziękowaniami oraz zapisać planowane działania.
    }
results-button = Zobacz wyniki

## Podpis

mail-signature = — innerpulse w imieniu organizacji { $organisation }

## Link do ankiety wysłany na nowy adres (wiadomość na stary adres)

link-moved-subject = Twój link do ankiety wysłano na nowy adres
link-moved-body = Na prośbę działu HR { $links ->
    [one] Twój otwarty link do ankiety wysłano
   *[other] Twoje otwarte linki do ankiety ({ $links }) wysłano
    } ponownie na adres { $address }. { $links ->
    [one] Link otrzymany tutaj już nie działa
   *[other] Linki otrzymane tutaj już nie działają
    }.
link-moved-not-you = Jeśli to nie Ty o to prosiłeś(-aś), powiedz o tym działowi HR: każda zmiana adresu jest zapisana w dzienniku audytu innerpulse.
