### innerpulse — konfiguracja krótkiego pulsu przez HR: pytania główne i rotujące, pytania na część i na falę. Polski.
### Tylko zwykły tekst: znaczniki dodają szablony.

qn-core = Pytanie główne: zadawane w każdej części
qn-core-help = Pytania główne są zadawane w każdej części. Pozostałe rotują: każda część zadaje ich tyle, ile pozwala cykl, w każdej fali inne, tak że w ciągu kilku fal pada każde pytanie.
qn-core-badge = Główne
qn-rotating-badge = Rotujące
qn-core-summary = Pytania główne, zadawane w każdej części: { $core }; rotujące: { $rotating }.
cy-pulse = Krótki puls
cy-pulse-intro = Pytania główne są zadawane w każdej części; pozostałe rotują, aby każdy pracownik odpowiadał tylko na kilka, a usługodawca w ciągu kilku fal poznał opinie o wszystkich.
cy-questions-per-section = Pytań na część
cy-questions-per-section-help = Pytania główne ({ $core }) i rotujące; pytań w ankiecie łącznie: { $total }. Puste: wszystkie pytania.
cy-questions-per-section-help-plain = Pytania główne i rotujące. Puste: wszystkie pytania.
cy-max-answers = Najwyżej pytań na pracownika na falę
cy-max-answers-help = Wszystkie części razem, od { $least } do { $most }. Puste: bez limitu.
cy-shorten-by = Gdy części pracownika zadałyby więcej pytań
cy-shorten-by-rotating_questions = Najpierw mniej pytań rotujących, potem mniej części
cy-shorten-by-sections = Najpierw mniej części, potem mniej pytań rotujących
cy-shorten-by-short = Ponad maksimum
cy-every-question = Wszystkie pytania
cy-no-limit = Bez limitu
cy-every-question-notice = Ten cykl zadaje wszystkie pytania ({ $count } na część), dopóki nie ustawisz liczby pytań na część.
cy-preview-title = Co to oznacza dla pracowników
cy-preview-row = Pracownik, który korzysta z { $services ->
        [one] { $services } usługi
       *[other] { $services } usług
    }, odpowiada najwyżej na { $questions ->
        [one] { $questions } pytanie
        [few] { $questions } pytania
       *[other] { $questions } pytań
    }: około { $minutes ->
        [one] { $minutes } minuty
       *[other] { $minutes } minut
    }.
cy-preview-row-fewer = Pracownik, który korzysta z { $services } usług, odpowiada najwyżej na { $questions ->
        [one] { $questions } pytanie
        [few] { $questions } pytania
       *[other] { $questions } pytań
    } w { $sections ->
        [one] { $sections } części
       *[other] { $sections } częściach
    }: około { $minutes ->
        [one] { $minutes } minuty
       *[other] { $minutes } minut
    }.
cy-preview-comments = Niektóre pytania rotujące to pola komentarza, które zajmują więcej czasu: ten szacunek liczy każde pytanie rotujące jak pytanie wyboru.
cy-preview-basis = Szacunek: { $choice } s na pytanie wyboru i { $comment } s na pole komentarza, dla usług ze standardem obsługi.
cy-preview-form-note = Obliczone dla ustawień i ankiety z chwili wczytania strony; zapisz, aby zobaczyć wynik dla innych wartości.
err-cy-questions-per-section = Zadawaj od { $min } do { $max } pytań na część: pytania główne ({ $core }) i rotujące, najwyżej wszystkie pytania. Zostaw puste, aby zadawać wszystkie pytania.
err-cy-max-answers = Dopuść od { $min } do { $max } pytań na falę: co najmniej pytania główne jednej części. Zostaw puste, aby nie ustawiać limitu.
err-cy-shorten-by = Wybierz, co ograniczać najpierw: pytania rotujące czy części.
err-qn-locale = Podaj każdy tekst w jednym z dostarczanych języków (en, nl, fr, es, ru, pl), każdy język raz.
