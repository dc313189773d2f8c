### innerpulse — enquêterondes en bezorging voor HR, Nederlands.

waves-title = Enquêterondes: { $cycle }
waves-intro = Elke ronde nodigt de interne klanten van deze cyclus per e-mail uit. Alleen aantallen: niemand kan zien wie heeft geantwoord.
waves-back-to-cycle = Terug naar de cyclus
waves-open-now = Nu een ronde openen
waves-open-now-help = Opent direct een nieuwe ronde, ongeacht het schema, en verstuurt de uitnodigingen bij de volgende planner-run. Handig voor een proefronde.
waves-opened = Er is een nieuwe ronde geopend. De uitnodigingen worden verstuurd.
waves-empty = Nog geen rondes. De eerste opent volgens het schema van de cyclus, of open er nu een.
waves-times-in = Tijden in { $timezone }.
waves-col-state = Status
waves-col-opens = Opent
waves-col-closes = Sluit
wave-state-scheduled = Gepland
wave-state-open = Open
wave-state-closed = Gesloten

delivery-title = Bezorging van uitnodigingen
delivery-intro = Uitnodigingsmails van de open enquêterondes en van recente contactmomenten.
delivery-invited = uitgenodigd
delivery-pending = wacht op verzending
delivery-delivered = bezorgd
delivery-failed = mislukt
delivery-answered = beantwoord
delivery-answered-note = Antwoorden worden alleen geteld. Niemand – ook HR niet – kan zien wie heeft geantwoord.
delivery-failed-heading = Uitnodigingen die niet bezorgd konden worden
delivery-failed-none = Geen mislukte uitnodigingen: alles is bezorgd of onderweg.
delivery-col-email = Medewerker
delivery-col-kind = Soort
delivery-col-attempts = Pogingen
delivery-col-reason = Reden
invitation-kind-wave = Enquêteronde
invitation-kind-touchpoint = Contactmoment
delivery-retry-button = Mislukte uitnodigingen opnieuw versturen
delivery-retry-confirm-title = Mislukte uitnodigingen opnieuw versturen?
delivery-retry-confirm-text =
    { $count ->
        [one] { $count } mislukte uitnodiging wordt opnieuw verstuurd, met een nieuwe reeks pogingen. Los eerst de oorzaak op (bijvoorbeeld de instellingen van de mailserver of het adres van de medewerker).
       *[other] { $count } mislukte uitnodigingen worden opnieuw verstuurd, met een nieuwe reeks pogingen. Los eerst de oorzaak op (bijvoorbeeld de instellingen van de mailserver of de adressen van de medewerkers).
    }
delivery-retry-confirm = Ja, opnieuw versturen
delivery-retried =
    { $count ->
        [one] { $count } uitnodiging staat weer in de wachtrij.
       *[other] { $count } uitnodigingen staan weer in de wachtrij.
    }
