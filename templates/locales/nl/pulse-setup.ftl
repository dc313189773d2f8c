### innerpulse — HR-inrichting van een korte pulse: kern- en roulerende vragen, vragen per onderdeel en per ronde. Nederlands.
### Alleen platte tekst: de sjablonen voegen alle opmaak toe.

qn-core = Kernvraag: in elk onderdeel gesteld
qn-core-help = Kernvragen worden in elk onderdeel gesteld. De andere vragen rouleren: elk onderdeel stelt er zoveel als de cyclus toestaat, elke ronde een andere, zodat na een paar rondes elke vraag gesteld is.
qn-core-badge = Kern
qn-rotating-badge = Roulerend
qn-core-summary = { $core ->
        [one] Eén kernvraag wordt
       *[other] { $core } kernvragen worden
    } in elk onderdeel gesteld; { $rotating ->
        [one] één vraag rouleert
       *[other] { $rotating } vragen rouleren
    }.
cy-pulse = Korte pulse
cy-pulse-intro = Kernvragen worden in elk onderdeel gesteld; de andere vragen rouleren, zodat elke medewerker er maar een paar beantwoordt en de dienst na een paar rondes toch over alle vragen hoort.
cy-questions-per-section = Vragen per onderdeel
cy-questions-per-section-help = De { $core } kernvragen plus roulerende vragen; de vragenlijst heeft { $total } vragen. Leeg: elke vraag.
cy-questions-per-section-help-plain = Kernvragen plus roulerende vragen. Leeg: elke vraag.
cy-max-answers = Hoogstens zoveel vragen per medewerker per ronde
cy-max-answers-help = Alle onderdelen samen, { $least } tot { $most }. Leeg: geen grens.
cy-shorten-by = Als de onderdelen van een medewerker meer vragen zouden stellen
cy-shorten-by-rotating_questions = Eerst minder roulerende vragen, dan minder onderdelen
cy-shorten-by-sections = Eerst minder onderdelen, dan minder roulerende vragen
cy-shorten-by-short = Boven het maximum
cy-every-question = Elke vraag
cy-no-limit = Geen grens
cy-every-question-notice = Deze cyclus stelt elke vraag ({ $count } per onderdeel) totdat u vragen per onderdeel instelt.
cy-preview-title = Wat dit betekent voor medewerkers
cy-preview-row = Een medewerker die { $services ->
        [one] één dienst
       *[other] { $services } diensten
    } afneemt, beantwoordt hoogstens { $questions ->
        [one] één vraag
       *[other] { $questions } vragen
    }: ongeveer { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    }.
cy-preview-row-fewer = Een medewerker die { $services } diensten afneemt, beantwoordt hoogstens { $questions } vragen in { $sections ->
        [one] één onderdeel
       *[other] { $sections } onderdelen
    }: ongeveer { $minutes ->
        [one] één minuut
       *[other] { $minutes } minuten
    }.
cy-preview-comments = Sommige roulerende vragen zijn opmerkingvelden, die langer duren: deze schatting telt elke roulerende vraag als keuzevraag.
cy-preview-basis = Geschat op { $choice } seconden per keuzevraag en { $comment } seconden per opmerkingveld, voor diensten met een servicenorm.
cy-preview-form-note = Berekend met de instellingen en vragenlijst van het moment waarop deze pagina werd geladen; sla op om het voor andere waarden te zien.
err-cy-questions-per-section = Stel { $min } tot { $max } vragen per onderdeel: de { $core } kernvragen en roulerende vragen, hoogstens elke vraag. Laat het leeg om elke vraag te stellen.
err-cy-max-answers = Sta { $min } tot { $max } vragen per ronde toe: minstens de kernvragen van één onderdeel. Laat het leeg voor geen grens.
err-cy-shorten-by = Kies of eerst minder roulerende vragen of eerst minder onderdelen komen.
err-qn-locale = Geef elke tekst in een van de meegeleverde talen (en, nl, fr, es, ru, pl), elke taal één keer.
