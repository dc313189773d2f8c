### innerpulse — HR-inrichting: dienstrelaties, vragenlijsten, enquêtecycli. Nederlands.
### Alleen platte tekst: de templates voegen alle opmaak toe.

form-has-errors = Verbeter de gemarkeerde velden hieronder.
rel-actions = Acties

## Dienstrelaties

rel-title = Diensten tussen afdelingen
rel-intro = Wie bedient wie: elke regel is een dienst die een afdeling levert aan een interne klant, met de belofte die ze doet.
rel-new = Nieuwe dienst
rel-edit-title = Dienst bewerken
rel-count = { $count ->
    [one] { $count } dienst
   *[other] { $count } diensten
}
rel-empty = Nog geen diensten. Voeg de eerste toe: welke afdeling bedient welke interne klant?
rel-no-departments = Maak eerst minstens twee afdelingen aan.
rel-provider = Leverende afdeling
rel-customer = Interne klant
rel-everyone = Hele organisatie
rel-choose = Kies een afdeling
rel-service-name = Naam van de dienst
rel-service-name-example = bijv. IT-servicedesk
rel-service-standard = Servicenorm
rel-service-standard-help = De belofte van de leverancier, bijv. “meldingen binnen 4 werkuren beantwoord”. Klanten zien die in de enquête.
rel-no-standard = Nog geen norm
rel-repeat-days = Herhaalinterval voor contactmomenten in dagen
rel-repeat-days-help = Een medewerker krijgt na een contact hoogstens eens per zoveel dagen een vraag over deze dienst. Leeg betekent 30.
rel-active = Actief: deze dienst opnemen in enquêtes
rel-status = Status
rel-deactivate = Deactiveren
rel-reactivate = Weer activeren
rel-matrix-title = Dienstenkaart
rel-matrix-intro = Leveranciers in de rijen, interne klanten in de kolommen. Kies een dienst om die te bewerken.
rel-matrix-caption = Diensten per leverancier en interne klant
rel-matrix-link = Toon de dienstenkaart
rel-list-link = Toon als lijst
rel-delete-title = De dienst “{ $name }” verwijderen?
rel-delete-text = De dienst en zijn plaats in enquêtecycli worden verwijderd. Dit kan niet ongedaan worden gemaakt.
rel-in-use = Deze dienst heeft al enquêterondes of antwoorden en kan daarom niet worden verwijderd. Deactiveer hem in plaats daarvan: de geschiedenis blijft bewaard en er wordt niet meer naar gevraagd.

err-rel-self = Een afdeling kan niet haar eigen interne klant zijn.
err-rel-duplicate = Deze leverancier biedt deze klant al een dienst met deze naam.
err-rel-name-length = Geef de dienst een naam van 1 tot 120 tekens.
err-rel-standard-length = Houd de servicenorm onder 2000 tekens.
err-rel-provider-unknown = Kies een bestaande leverende afdeling.
err-rel-customer-unknown = Kies een bestaande afdeling of de hele organisatie.
err-rel-repeat-days = Het herhaalinterval is een heel aantal dagen van 1 tot 365.

## Vragenlijsten

qn-title = Vragenlijsten
qn-intro = De vragen die elk onderdeel van de enquête stelt. De ingebouwde vragenlijst is klaar voor gebruik; kopieer hem om hem aan te passen.
qn-empty = Nog geen vragenlijsten.
qn-builtin = Ingebouwd
qn-version = Versie { $version }
qn-locked = In gebruik door een ronde
qn-editable = Bewerkbaar
qn-question-count = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
qn-copy = Maak een bewerkbare kopie
qn-copy-suffix = (kopie)
qn-readonly = De ingebouwde vragenlijst kan niet worden gewijzigd. Maak een kopie om hem aan te passen.
qn-locked-notice = Een enquêteronde gebruikt deze versie, dus die blijft zoals ze is. Elke wijziging die u opslaat maakt versie { $next }.
qn-new-version = Deze versie was in gebruik, dus uw wijziging is opgeslagen als nieuwe versie { $version }.
qn-previous-version = Vervangt versie { $version }
qn-name = Naam
qn-rename = Naam opslaan
qn-questions = Vragen
qn-no-questions = Deze vragenlijst heeft nog geen vragen.
qn-add-question = Vraag toevoegen
qn-edit-question = Vraag bewerken
qn-kind = Soort antwoord
qn-dimension = Dimensie
qn-required = Een antwoord is verplicht
qn-optional = Optioneel
qn-texts-in = Teksten: { $language }
qn-texts-help = Schrijf de vraag minstens in de standaardtaal van de organisatie. Plaatsaanduidingen: {"{"}provider{"}"}, {"{"}service{"}"}, {"{"}standard{"}"}.
qn-prompt = Vraag
qn-help = Hulptekst
qn-options = Opties, één per regel
qn-options-help = Alleen voor keuzevragen en vragen over verloren werktijd; elke taal heeft evenveel opties nodig.
qn-no-text = Geen tekst in deze taal
qn-move-up = Omhoog
qn-move-down = Omlaag
qn-remove = Verwijderen
qn-remove-title = Deze vraag verwijderen?
qn-remove-text = De vraag en haar teksten in alle talen worden uit deze vragenlijst verwijderd.

kind-rating = Instemmingsschaal 1–5
kind-recommend = Aanbeveling 0–10
kind-yes_no = Ja of nee
kind-choice = Enkele keuze
kind-lost_time = Verloren werktijd
kind-text = Opmerking
kind-thanks = Bedankje

err-qn-name-length = Geef de vragenlijst een naam van 1 tot 200 tekens.
err-qn-kind = Kies de soort antwoord.
err-qn-dimension = Kies een dimensie.
err-qn-prompt-default = Schrijf de vraag minstens in de standaardtaal van de organisatie.
err-qn-prompt-missing = Deze taal heeft hulptekst of opties, maar geen vraag.
err-qn-prompt-length = Houd de vraag onder 500 tekens.
err-qn-help-length = Houd de hulptekst onder 1000 tekens.
err-qn-option-length = Gebruik hoogstens 12 opties van elk hoogstens 200 tekens.
err-qn-options-min = Een keuzevraag heeft minstens twee opties nodig, één per regel.
err-qn-options-count = Elke taal heeft evenveel opties nodig.
err-qn-last-question = Een vragenlijst heeft minstens één vraag nodig.
err-qn-builtin = De ingebouwde vragenlijst kan niet worden gewijzigd. Maak een kopie om hem aan te passen.

## Enquêtecycli

cy-title = Enquêtecycli
cy-intro = Wanneer en hoe vaak interne klanten een vraag krijgen: elke cyclus opent volgens zijn schema een enquêteronde.
cy-empty = Nog geen enquêtecycli. Maak er een aan om interne klanten te bevragen.
cy-new = Nieuwe enquêtecyclus
cy-edit-title = Enquêtecyclus bewerken
cy-edit = Instellingen bewerken
cy-name = Naam
cy-questionnaire = Vragenlijst
cy-relationships = Diensten
cy-all-relationships = Alle actieve diensten
cy-chosen-relationships = Alleen de hieronder aangevinkte diensten
cy-no-relationships = Er zijn nog geen diensten.
cy-cadence = Hoe vaak
cadence-weekly = Elke week
cadence-every_two_weeks = Om de twee weken
cadence-monthly = Elke maand
cadence-quarterly = Elk kwartaal
cadence-custom = Eigen regel
cy-timezone = Tijdzone
cy-timezone-other = Andere tijdzone
cy-timezone-other-help = Elke IANA-tijdzonenaam, bijv. America/Sao_Paulo. Laat leeg om de lijst te gebruiken.
cy-first-date = Eerste opening: datum
cy-first-time = Eerste opening: lokale tijd
cy-first-help = In de tijdzone van de cyclus; latere rondes openen op dezelfde lokale tijd, ook over de zomer- en wintertijd heen.
cy-days-open = Dagen open
cy-reminder-after = Eerste herinnering na (dagen)
cy-reminder-after-help = Leeg: geen herinneringen. Moet kleiner zijn dan het aantal dagen open.
cy-max-reminders = Hoogstens zoveel herinneringen
cy-fatigue-cap = Hoogstens zoveel onderdelen per medewerker per ronde
cy-fatigue-cap-help = Beschermt tegen enquêtemoeheid; 3 is een goed begin.
cy-sample = Steekproefaandeel (%)
cy-sample-help = Optioneel: nodig in elke ronde alleen dit deel van de medewerkers uit.
cy-active = Actief: rondes openen volgens schema
cy-status = Status
cy-paused = Gepauzeerd
cy-pause = Pauzeren
cy-resume = Hervatten
cy-next-opening = Volgende opening
cy-none = —
cy-next-openings = Volgende vijf openingen
cy-next-openings-empty = Geen komende openingen.
cy-paused-notice = Deze cyclus is gepauzeerd: er opent geen ronde tot u hem hervat.
cy-local-time = Lokale tijd ({ $zone })
cy-utc-time = UTC
cy-held-notice =
    { $count ->
        [one] { $count } inzending uit gesloten rondes is nog verzegeld: een dienst waarover ze gaat had minder antwoorden dan de anonimiteitsdrempel. Ze wordt vrijgegeven met de volgende ronde die die dienst tot de drempel brengt.
       *[other] { $count } inzendingen uit gesloten rondes zijn nog verzegeld: een dienst waarover ze gaan had minder antwoorden dan de anonimiteitsdrempel. Ze worden vrijgegeven met de volgende ronde die die dienst tot de drempel brengt.
    }
cy-waves-link = Rondes en verzending
cy-every-relationship = Alle actieve diensten

err-cy-name-length = Geef de cyclus een naam van 1 tot 200 tekens.
err-cy-questionnaire = Kies een bestaande vragenlijst.
err-cy-relationships-none = Vink minstens één dienst aan, of neem alle actieve diensten op.
err-cy-relationship-unknown = Een van de aangevinkte diensten bestaat niet meer.
err-cy-cadence = Kies hoe vaak rondes openen.
err-cy-timezone = Dit is geen bekende IANA-tijdzone (bijvoorbeeld Europe/Amsterdam).
err-cy-date = Vul de datum in als JJJJ-MM-DD.
err-cy-time = Vul de tijd in als UU:MM.
err-cy-time-nonexistent = Deze lokale tijd bestaat niet op die dag, omdat de klok vooruit gaat. Kies een andere tijd.
err-cy-time-ambiguous = Deze lokale tijd komt die dag twee keer voor, omdat de klok terug gaat. Kies een andere tijd.
err-cy-days-open = Een ronde staat minstens 1 dag open (hoogstens 90).
err-cy-reminder-after = De eerste herinnering komt na 1 of meer dagen, voordat de ronde sluit.
err-cy-max-reminders = Stuur 0 tot hoogstens 5 herinneringen.
err-cy-fatigue-cap = Vraag minstens 1 onderdeel per medewerker per ronde (hoogstens 20).
err-cy-sample = Het steekproefaandeel is een heel percentage van 1 tot 100.
