### innerpulse — strony wyników dla dostawców i HR (panel, przegląd, eksport). Polski.

results-intro = Co klienci wewnętrzni myślą o każdej usłudze. Każda liczba pojawia się dopiero wtedy, gdy odpowiedziało wystarczająco wielu współpracowników, by zachować ich anonimowość.
results-no-providers = Nie ma jeszcze usług, których wyniki możesz zobaczyć.
results-no-services = Ten dział nie świadczy jeszcze żadnej usługi.
results-overview-link = Przegląd organizacji
results-export-all = Eksportuj wszystkie wyniki do CSV
results-back = Wszystkie wyniki
results-provider-title = Wyniki: { $provider }
results-gate-note = Liczba pojawia się tylko wtedy, gdy odpowiedziało co najmniej { $k } współpracowników; mniejsze grupy są ukrywane lub łączone, aby nie dało się ustalić niczyich odpowiedzi.
results-for-customer = Dla: { $customer }
results-for-everyone = Dla całej organizacji
results-inactive = już nie jest badana
results-standard = Standard usługi:
results-no-final-wave = Żadna runda ankiety o tej usłudze nie została jeszcze zamknięta.
results-period = Runda od { $starts } do { $ends }
results-record-action = Zapisz działanie
results-see-actions = Działania
results-live-title = Runda ankiety trwa do { $closes }.
results-live-rate = Dotąd odpowiedziało { $answered } z { $invited } współpracowników ({ $rate } %).
results-live-too-few = Dotąd odpowiedziało mniej niż { $k } współpracowników.
results-live-why = Wyniki pojawią się po zamknięciu rundy: liczby zmieniające się przy każdej odpowiedzi zdradziłyby, co powiedziała ostatnia osoba.
results-responses-label = Odpowiedzi
results-not-applicable = Nie korzystał(a)
results-carried-over =
    { $count ->
        [one] Obejmuje { $count } odpowiedź z rundy z { $since }: pozostawała zapieczętowana, dopóki usługa nie miała dość odpowiedzi, by je pokazać.
        [few] Obejmuje { $count } odpowiedzi z rundy z { $since }: pozostawały zapieczętowane, dopóki usługa nie miała dość odpowiedzi, by je pokazać.
       *[other] Obejmuje { $count } odpowiedzi z rundy z { $since }: pozostawały zapieczętowane, dopóki usługa nie miała dość odpowiedzi, by je pokazać.
    }
results-rate-label = Odsetek odpowiedzi
results-headline = Ogólne zadowolenie
results-dimensions = Według wymiaru
results-questions = Pytanie po pytaniu
results-question-not-enough = Za mało odpowiedzi w tej rundzie: wyniki pytania pojawiają się, gdy odpowie na nie co najmniej { $k } współpracowników.
results-favourable = { $share } % się zgadza
results-nps-split = { $promoters } % promotorów, { $passives } % neutralnych, { $detractors } % krytyków
results-yes-share = { $share } % „tak”
results-answers =
    { $count ->
        [one] { $count } odpowiedź
        [few] { $count } odpowiedzi
        [many] { $count } odpowiedzi
       *[other] { $count } odpowiedzi
    }
results-distribution = Rozkład odpowiedzi
results-answer = Odpowiedź
results-share = Udział
results-answers-col = Odpowiedzi
results-comments-too-few = Komentarze pokazujemy, gdy odpowie wystarczająco wielu współpracowników, aby nikogo nie dało się rozpoznać po tym, co napisał.
results-no-comments = Brak komentarzy w tej rundzie.
results-comments-note = W losowej kolejności i bez dat, aby nikogo nie dało się rozpoznać.
results-comment-label = Komentarz
results-reply = Odpowiedz prywatnie
results-trend-title =
    { $count ->
        [one] Zmiana w ostatniej rundzie
       *[other] Zmiana w ostatnich rundach ({ $count })
    }
results-trend-headline = Ogólne zadowolenie w kolejnych rundach (1–5)
results-trend-nps = Wewnętrzny NPS w kolejnych rundach (od −100 do 100)
results-chart-data = Pokaż liczby w tabeli
results-not-enough-this-round = Za mało odpowiedzi w tej rundzie
results-no-answers-this-round = Brak odpowiedzi w tej rundzie
results-n = n = { $count }
results-dimension-from = na podstawie { $used } z { $total } pytań w tej rundzie
results-question-trend = To pytanie w ostatnich { $count } rundach
results-touchpoints = Po kontaktach (punkty styku), według miesięcy
results-month = Miesiąc
results-breakdown = Według działu klienta
results-customer-department = Dział klienta
results-all-customers = Wszyscy klienci
results-breakdown-merged = Działy z mniej niż { $k } odpowiedziami połączono w „Inne działy” (lub pominięto), aby ich odpowiedzi nie dało się wyliczyć przez odejmowanie.

overview-title = Przegląd organizacji
overview-wave = Runda ankiety
overview-metric = Wskaźnik
overview-show = Pokaż
overview-heatmap = Usługi według działu klienta
overview-heatmap-help = Każda komórka: jak dział klienta ocenia dział dostawcy. „<{ $k }” oznacza zbyt mało odpowiedzi, by pokazać wynik.
overview-provider = Dostawca
overview-withheld-title = Mniej niż { $k } odpowiedzi albo pokazanie pozwoliłoby ustalić odpowiedzi małej grupy
overview-no-answers = brak odpowiedzi
overview-ranking = Ranking usług
overview-no-ranking = Żadna usługa nie ma jeszcze wystarczającej liczby odpowiedzi w tej rundzie (co najmniej { $k }).
overview-by-score = Według ogólnego zadowolenia
overview-by-change = Według zmiany od poprzedniej rundy
overview-no-change = Brak wcześniejszej rundy do porównania.
overview-participation = Udział według cykli
overview-one-question = Jedno pytanie
overview-question = Pytanie
overview-question-help = Używane przy „Jedno pytanie”: średnia albo odsetek odpowiedzi „tak”.
overview-the-service = usługa
overview-the-provider = dostawca
overview-the-standard = standard usługi

comments-title = Komentarze o usłudze „{ $service }”
comments-back = Wróć do wyników: { $provider }
comments-count = Komentarze i podziękowania: { $count }.
comments-see-all = Zobacz wszystkie komentarze i podziękowania ({ $count })
