### innerpulse — webinterface (beheerpagina’s en enquêtepagina), Nederlands.
### Alleen platte tekst: de templates voegen alle opmaak toe.

## Algemeen

app-name = innerpulse
nav-dashboard = Dashboard
nav-results = Resultaten
nav-organisation = Organisatie
nav-departments = Afdelingen
nav-employees = Medewerkers
nav-relationships = Diensten
nav-questionnaires = Vragenlijsten
nav-cycles = Enquêtecycli
nav-delivery = Verzending
nav-actions = Acties
nav-thanks = Bedankjes
nav-accounts = Accounts
nav-api-keys = API-sleutels
nav-logout = Uitloggen
nav-login = Inloggen
language-label = Taal
language-apply = Wijzigen
skip-to-content = Direct naar de inhoud
save = Opslaan
cancel = Annuleren
delete = Verwijderen
confirm-delete = ‘{ $name }’ verwijderen? Dit kan niet ongedaan worden gemaakt.
edit = Bewerken
create = Aanmaken
back = Terug
search = Zoeken
filter = Filteren
previous-page = Vorige pagina
next-page = Volgende pagina
page-of = Pagina { $page } van { $pages }
empty-list = Hier staat nog niets.
required-field = verplicht
optional-field = optioneel
yes = Ja
no = Nee
status-active = Actief
status-inactive = Inactief

## Inloggen en account

login-title = Inloggen bij innerpulse
login-email = E-mailadres
login-password = Wachtwoord
login-submit = Inloggen
login-failed = Het e-mailadres of het wachtwoord is onjuist.
login-throttled =
    { $minutes ->
        [one] Te veel inlogpogingen. Probeer het over { $minutes } minuut opnieuw.
       *[other] Te veel inlogpogingen. Probeer het over { $minutes } minuten opnieuw.
    }
login-busy = De server controleert op dit moment veel aanmeldingen. Probeer het over enkele seconden opnieuw.
forgot-throttled =
    { $minutes ->
        [one] Te veel aanvragen voor een resetlink. Probeer het over { $minutes } minuut opnieuw.
       *[other] Te veel aanvragen voor een resetlink. Probeer het over { $minutes } minuten opnieuw.
    }
login-forgot = Wachtwoord vergeten?
forgot-title = Wachtwoord opnieuw instellen
forgot-intro = Vul het e-mailadres van uw account in. We sturen u een link waarmee u een nieuw wachtwoord kunt kiezen.
forgot-submit = Link versturen
forgot-sent = Als er een account met dit e-mailadres bestaat, hebben we er een link naartoe gestuurd om het wachtwoord opnieuw in te stellen. Kijk in uw inbox. De link is 24 uur geldig.
set-password-title = Kies een nieuw wachtwoord
set-password-new = Nieuw wachtwoord
set-password-repeat = Herhaal het nieuwe wachtwoord
set-password-submit = Wachtwoord opslaan
password-too-short =
    { $min ->
        [one] Het wachtwoord moet minstens { $min } teken lang zijn.
       *[other] Het wachtwoord moet minstens { $min } tekens lang zijn.
    }
password-too-common = Dit wachtwoord komt te vaak voor en is makkelijk te raden. Kies een ander wachtwoord.
password-mismatch = De twee wachtwoorden komen niet overeen.
link-expired = Deze link is verlopen of al gebruikt. Vraag een nieuwe link aan.

## Foutmeldingen

error-404-title = Pagina niet gevonden
error-404-text = De pagina die u zoekt bestaat niet of is verplaatst.
error-403-title = Geen toegang
error-403-text = U heeft geen toegang tot deze pagina. Denkt u dat u die wel zou moeten hebben? Neem dan contact op met uw HR-beheerder.
error-409-title = Conflicterende wijziging
error-409-text = Dit kon niet worden opgeslagen omdat het botst met de huidige situatie: misschien heeft iemand anders het net gewijzigd, of het bestaat al. Laad de pagina opnieuw en probeer het nog eens.
error-410-title = Niet meer beschikbaar
error-410-text = Deze pagina of link is niet meer beschikbaar.
error-413-title = Te groot
error-413-text = Wat u verstuurde is groter dan toegestaan. Maak uw tekst korter of kies een kleiner bestand.
error-422-title = Controleer uw invoer
error-422-text = Een deel van de ingevulde gegevens is niet geldig. Corrigeer de gemarkeerde velden en probeer het opnieuw.
error-429-title = Te veel verzoeken
error-429-text = U heeft in korte tijd te veel verzoeken gedaan. Wacht even en probeer het opnieuw.
error-500-title = Er is iets misgegaan
error-500-text = Er is aan onze kant een onverwachte fout opgetreden. Probeer het later opnieuw. Blijft het probleem bestaan, neem dan contact op met uw beheerder.
error-503-title = Tijdelijk niet beschikbaar
error-503-text = innerpulse is tijdelijk niet beschikbaar, bijvoorbeeld door onderhoud. Probeer het over een paar minuten opnieuw.
error-csrf = Dit formulier is verlopen. Laad de pagina opnieuw en probeer het nog eens.
error-back-home = Terug naar de startpagina

## Enquêtepagina (medewerkers, zonder account)

survey-title = Enquête interne dienstverlening — { $organisation }
survey-title-generic = Enquête interne dienstverlening
survey-intro =
    { $count ->
        [one] Deze enquête heeft { $count } kort onderdeel over een dienst die u van een andere afdeling ontvangt.
       *[other] Deze enquête heeft { $count } korte onderdelen, één voor elke dienst die u van een andere afdeling ontvangt.
    } { $minutes ->
        [one] Invullen duurt ongeveer { $minutes } minuut.
       *[other] Invullen duurt ongeveer { $minutes } minuten.
    }
survey-anonymity = Uw antwoorden zijn anoniem: ze worden opgeslagen zonder uw naam of iets anders dat naar u herleidbaar is, en resultaten worden pas getoond als genoeg collega’s hebben geantwoord. Niemand – niet HR, niet uw leidinggevende – kan zien wat u heeft geantwoord.
survey-section-heading = { $service } — { $provider }
# Above each section's heading when the survey has several: where the person is.
survey-step = Onderdeel { $number } van { $count }
survey-standard-label = Hun servicenorm
survey-not-used = Ik heb deze dienst de laatste tijd niet gebruikt
survey-not-used-help = Kies dit om de vragen over deze dienst over te slaan.
survey-submit = Antwoorden versturen
survey-required-missing = Beantwoord deze vraag.
survey-invalid-value = Dit antwoord is niet geldig. Kies een van de opties.
survey-text-too-much = Uw opmerkingen zijn samen te lang: maak ze korter, tot { $max } tekens in totaal.
survey-text-left = Tekens over voor uw opmerkingen:
survey-text-cap = Uw opmerkingen op deze pagina mogen samen maximaal { $max } tekens bevatten.
survey-text-too-long =
    { $max ->
        [one] Maak uw antwoord korter: maximaal { $max } teken.
       *[other] Maak uw antwoord korter: maximaal { $max } tekens.
    }
survey-errors-summary =
    { $count ->
        [one] Er is { $count } probleem met uw antwoorden. Controleer de gemarkeerde vraag hieronder.
       *[other] Er zijn { $count } problemen met uw antwoorden. Controleer de gemarkeerde vragen hieronder.
    }
survey-last-score = Vorige keer ({ $wave }) gaven collega’s deze dienst gemiddeld een { $score } op een schaal van 1 tot 5.
survey-you-said-we-did = Uw feedback, onze acties
action-status-planned = Gepland
action-status-in_progress = In uitvoering
action-status-done = Afgerond
survey-thanks-title = Hartelijk dank!
survey-thanks-text = Uw antwoorden zijn opgeslagen. Ze helpen uw collega’s de diensten te verbeteren waarop u rekent.
survey-conversation-intro = De afdeling kan op uw opmerking reageren. Sla deze privélink nu op als bladwijzer om reacties te lezen en te beantwoorden: hij wordt maar één keer getoond en kan niet opnieuw naar u worden gestuurd. Niemand kan zien wie u bent. Het gesprek opent zodra de ronde sluit en je opmerking samen met genoeg andere wordt vrijgegeven.
survey-conversation-link = Uw privélink naar het gesprek
survey-closed-title = Deze enquête is gesloten
survey-closed-text = Deze enquête is niet meer open, dus er kunnen geen antwoorden meer worden verstuurd. Bedankt voor uw interesse – de volgende enquête ontvangt u weer per e-mail.
survey-answered-title = Al beantwoord
survey-answered-text = U heeft deze enquête al ingevuld. Bedankt voor uw tijd!
survey-unknown-title = Link niet herkend
survey-unknown-text = We herkennen deze enquêtelink niet. Controleer of u de volledige link uit de e-mail heeft gekopieerd.
survey-too-large-title = Het formulier is te groot
survey-too-large-text = Er is niets opgeslagen. Ga terug, maak je teksten korter en verstuur het formulier opnieuw.
survey-too-many-fields-title = Het formulier heeft te veel velden
survey-too-many-fields-text = Er is niets opgeslagen. Ga terug en verstuur het formulier opnieuw vanaf de pagina.
survey-unreadable-title = Het formulier is niet volledig aangekomen
survey-unreadable-text = Er is niets opgeslagen. Ga terug en verstuur het formulier opnieuw.

## Gesprekspagina (respondent, via de privélink)

conversation-title = Gesprek over uw opmerking
conversation-intro = Hier leest u reacties op uw opmerking en kunt u erop antwoorden. De afdeling weet niet wie u bent; vermeld daarom geen naam of andere gegevens waaraan u herkend kunt worden.
conversation-from-provider = Reactie van { $provider }
conversation-from-you = Uw bericht
conversation-reply-label = Uw antwoord
conversation-send = Antwoord versturen
conversation-close = Gesprek beëindigen
conversation-closed = Dit gesprek is beëindigd. Bedankt voor uw feedback.
conversation-rate-limited = U heeft in korte tijd meerdere berichten verstuurd. Wacht even voordat u een nieuw bericht stuurt.

## Resultaten (medewerkers met een account)

results-title = Resultaten
results-not-enough =
    { $k ->
        [one] Nog niet genoeg antwoorden. Om de anonimiteit te beschermen worden resultaten pas getoond als minstens { $k } collega heeft geantwoord.
       *[other] Nog niet genoeg antwoorden. Om de anonimiteit te beschermen worden resultaten pas getoond als minstens { $k } collega’s hebben geantwoord.
    }
results-responses =
    { $count ->
        [one] { $count } antwoord
       *[other] { $count } antwoorden
    }
results-response-rate = Respons: { $rate }
results-mean = Gemiddelde score
results-nps = Interne NPS
results-promoters = Promotors
results-passives = Passief tevredenen
results-detractors = Criticasters
results-meets-standard = Voldoet aan de servicenorm
results-trend = Trend
results-org-average = Gemiddelde organisatie
results-comments = Opmerkingen
results-thanks = Bedankjes
results-heatmap = Scores per afnemende afdeling
results-suppressed-cell =
    { $k ->
        [one] Minder dan { $k } antwoord
       *[other] Minder dan { $k } antwoorden
    }
results-other-departments = Overige afdelingen
results-breakdown-withheld = Deze uitsplitsing is verborgen omdat sommige groepen te klein zijn: anders zou te herleiden zijn hoe individuele collega’s hebben geantwoord.
results-export-csv = Exporteren als CSV
results-latest-wave = Laatste ronde
results-open-wave = Huidige ronde (nog open)
results-no-waves = Nog geen resultaten. Ze verschijnen hier zodra de eerste enquêteronde is gesloten.

## Startpagina

home-title = Feedback op interne dienstverlening
home-intro = innerpulse vraagt de collega’s die de diensten van een afdeling gebruiken anoniem wat zij ervan vinden, en laat de afdeling zien waar zij kan verbeteren.

## Text fields

err-control-characters = Dit veld mag geen stuurtekens bevatten (zoals tabs, regeleinden in een veld van één regel of tekens die de schrijfrichting omkeren).
survey-group = { $colleagues ->
    [0] Niemand anders van je afdeling is voor deze ronde uitgenodigd, dus je antwoorden tellen mee in een grotere groep.
    [one] Je antwoorden tellen samen met die van 1 collega van je afdeling die voor deze ronde is uitgenodigd; resultaten tonen alleen groepen die groot genoeg zijn om te verbergen wie wat zei.
   *[other] Je antwoorden tellen samen met die van { $colleagues } collega's van je afdeling die voor deze ronde zijn uitgenodigd.
    }
survey-group-changes = { $changes ->
    [one] 1 wijziging in je groep sinds deze ronde begon (iemand toegevoegd, verplaatst, weer actief gemaakt of met een nieuw adres) — het auditlogboek van HR vermeldt die.
   *[other] { $changes } wijzigingen in je groep sinds deze ronde begon (mensen toegevoegd, verplaatst, weer actief gemaakt of met een nieuw adres) — het auditlogboek van HR vermeldt ze.
    }
