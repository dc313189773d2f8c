### innerpulse — resultatenpagina's voor aanbieders en HR (dashboard, overzicht, exports). Nederlands.

results-intro = Wat interne klanten van elke dienst vinden. Elk cijfer verschijnt pas als genoeg collega's hebben geantwoord om hen anoniem te houden.
results-no-providers = Er zijn nog geen diensten waarvan u de resultaten kunt zien.
results-no-services = Deze afdeling levert nog geen dienst.
results-overview-link = Overzicht van de organisatie
results-export-all = Alle resultaten exporteren als CSV
results-back = Alle resultaten
results-provider-title = Resultaten van { $provider }
results-gate-note = Een cijfer verschijnt alleen als minstens { $k } collega's hebben geantwoord; kleinere groepen worden verborgen of samengevoegd, zodat niemands antwoorden te herleiden zijn.
results-for-customer = Voor { $customer }
results-for-everyone = Voor de hele organisatie
results-inactive = wordt niet meer bevraagd
results-standard = Servicenorm:
results-no-final-wave = Er is nog geen enquêteronde over deze dienst afgesloten.
results-period = Ronde van { $starts } tot { $ends }
results-record-action = Actie vastleggen
results-see-actions = Acties
results-live-title = Er loopt een enquêteronde tot { $closes }.
results-live-rate = { $answered } van de { $invited } collega's hebben tot nu toe geantwoord ({ $rate } %).
results-live-too-few = Tot nu toe hebben minder dan { $k } collega's geantwoord.
results-live-why = Scores verschijnen wanneer de ronde sluit: cijfers die bij elk antwoord veranderen, zouden laten zien wat de laatste persoon zei.
results-responses-label = Antwoorden
results-not-applicable = Niet gebruikt
results-carried-over =
    { $count ->
        [one] Inclusief { $count } antwoord uit de ronde van { $since }: het bleef verzegeld tot de dienst genoeg antwoorden had om getoond te worden.
       *[other] Inclusief { $count } antwoorden uit de ronde van { $since }: ze bleven verzegeld tot de dienst genoeg antwoorden had om getoond te worden.
    }
results-rate-label = Respons
results-headline = Algemene tevredenheid
results-dimensions = Per dimensie
results-questions = Per vraag
results-question-not-enough = Niet genoeg antwoorden deze ronde: de cijfers van een vraag verschijnen zodra minstens { $k } collega's hem hebben beantwoord.
results-favourable = { $share } % mee eens
results-nps-split = { $promoters } % promotors, { $passives } % passief, { $detractors } % criticasters
results-yes-share = { $share } % ja
results-answers =
    { $count ->
        [one] { $count } antwoord
       *[other] { $count } antwoorden
    }
results-distribution = Verdeling van de antwoorden
results-answer = Antwoord
results-share = Aandeel
results-answers-col = Antwoorden
results-comments-too-few = Opmerkingen verschijnen zodra genoeg collega's hebben geantwoord, zodat niemand aan zijn tekst te herkennen is.
results-no-comments = Geen opmerkingen deze ronde.
results-comments-note = In willekeurige volgorde en zonder datum, zodat niemand te herkennen is.
results-comment-label = Opmerking
results-reply = Privé antwoorden
results-trend-title =
    { $count ->
        [one] Verloop over de laatste ronde
       *[other] Verloop over de laatste { $count } rondes
    }
results-trend-headline = Algemene tevredenheid per ronde (1–5)
results-trend-nps = Interne NPS per ronde (−100 tot 100)
results-chart-data = Cijfers als tabel tonen
results-not-enough-this-round = Niet genoeg antwoorden deze ronde
results-no-answers-this-round = Geen antwoorden deze ronde
results-n = n = { $count }
results-dimension-from = uit { $used } van de { $total } vragen deze ronde
results-question-trend = Deze vraag over de laatste { $count } rondes
results-touchpoints = Na contactmomenten (touchpoints), per maand
results-month = Maand
results-breakdown = Per klantafdeling
results-customer-department = Klantafdeling
results-all-customers = Alle klanten
results-breakdown-merged = Afdelingen met minder dan { $k } antwoorden zijn samengevoegd tot „Andere afdelingen” (of weggelaten), zodat hun antwoorden niet door aftrekken te herleiden zijn.

overview-title = Overzicht van de organisatie
overview-wave = Enquêteronde
overview-metric = Cijfer
overview-show = Tonen
overview-heatmap = Diensten per klantafdeling
overview-heatmap-help = Elke cel: hoe een klantafdeling een leverende afdeling beoordeelt. „<{ $k }” betekent te weinig antwoorden om te tonen.
overview-provider = Aanbieder
overview-withheld-title = Minder dan { $k } antwoorden, of tonen zou een kleine groep herleidbaar maken
overview-no-answers = geen antwoorden
overview-ranking = Diensten gerangschikt
overview-no-ranking = Nog geen dienst heeft genoeg antwoorden in deze ronde (minstens { $k }).
overview-by-score = Op algemene tevredenheid
overview-by-change = Op verandering sinds de vorige ronde
overview-no-change = Geen eerdere ronde om mee te vergelijken.
overview-participation = Deelname per cyclus
overview-one-question = Eén vraag
overview-question = Vraag
overview-question-help = Gebruikt bij „Eén vraag”: het gemiddelde, of het aandeel dat „ja” antwoordt.
overview-the-service = de dienst
overview-the-provider = de aanbieder
overview-the-standard = de servicenorm

comments-title = Opmerkingen over { $service }
comments-back = Terug naar de resultaten van { $provider }
comments-count =
    { $count ->
        [one] { $count } opmerking of bedankje.
       *[other] { $count } opmerkingen en bedankjes.
    }
comments-see-all = Alle { $count } opmerkingen en bedankjes bekijken
