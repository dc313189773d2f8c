### innerpulse — wbudowany kwestionariusz „Puls usług wewnętrznych”, polski.
### Zmienne: $provider (dział świadczący usługę), $service (nazwa usługi), $standard (standard obsługi).
### Nazwy zawsze w mianowniku; tam, gdzie potrzebny jest inny przypadek, odmienia się słowo „usługa” lub „dział”.

questionnaire-name = Puls usług wewnętrznych

## Pytania

q-overall = Ogólnie rzecz biorąc, usługa „{ $service }” mnie satysfakcjonuje.
q-standard = { $provider } dotrzymuje obietnicy: „{ $standard }”.
q-responsiveness = Gdy potrzebuję usługi „{ $service }”, otrzymuję odpowiedź na czas.
q-reliability = Mogę polegać na tym, że usługa „{ $service }” działa zgodnie z obietnicą.
q-communication = { $provider } informuje mnie na bieżąco o stanie moich zgłoszeń.
    .help = Na przykład: potwierdzenie przyjęcia zgłoszenia, informacje o postępach i jasna wiadomość po zakończeniu sprawy.
q-recommend = Jak prawdopodobne jest, że poleci Pan/Pani usługę „{ $service }” współpracownikowi?
q-lost-time = Ile czasu pracy kosztowały Pana/Panią w ostatnim miesiącu problemy z usługą „{ $service }”?
    .help = Warto uwzględnić czas oczekiwania, obejścia problemu i pracę wykonywaną ponownie.
q-change = Gdyby dział „{ $provider }” mógł zmienić lub poprawić tylko jedną rzecz, co by to było?
    .help = Najbardziej pomaga konkretny przykład. Prosimy pominąć szczegóły, które pozwoliłyby rozpoznać autora lub inne osoby.
q-thanks = Czy ktoś z działu „{ $provider }” zasługuje na podziękowanie? Za co?
    .help = Opcjonalnie. Podziękowanie trafi do działu „{ $provider }” bez imienia i nazwiska autora.

## Skala zgody (1–5)

scale-agree-1 = Zdecydowanie się nie zgadzam
scale-agree-2 = Nie zgadzam się
scale-agree-3 = Ani się zgadzam, ani nie zgadzam
scale-agree-4 = Zgadzam się
scale-agree-5 = Zdecydowanie się zgadzam

## Skala rekomendacji (0–10)

scale-recommend-low = Zupełnie nieprawdopodobne
scale-recommend-high = Bardzo prawdopodobne

## Utracony czas pracy

lost-time-0 = Wcale
lost-time-1 = Mniej niż godzinę
lost-time-2 = 1–4 godziny
lost-time-3 = Od pół dnia do całego dnia
lost-time-4 = Więcej niż dzień

## Tak / nie

answer-yes = Tak
answer-no = Nie

## Wymiary (krótkie etykiety do wykresów)

dimension-reliability = Niezawodność
dimension-responsiveness = Szybkość reakcji
dimension-communication = Komunikacja
dimension-competence = Kompetencje
dimension-courtesy = Uprzejmość
dimension-standard = Standard obsługi
dimension-overall = Ocena ogólna
