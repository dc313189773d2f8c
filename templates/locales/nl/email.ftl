### innerpulse — e-mails, Nederlands.
### Alleen platte tekst: de templates bouwen de tekst- en HTML-delen rond deze berichten.

## Uitnodiging voor de enquête

invite-subject =
    { $count ->
        [one] Hoe bevalt de service van uw collega’s? { $count } dienst
       *[other] Hoe bevalt de service van uw collega’s? { $count } diensten
    }, { $minutes ->
        [one] ongeveer { $minutes } minuut
       *[other] ongeveer { $minutes } minuten
    }
invite-greeting = Beste { $name },
invite-intro = Elke dag rekent u op diensten van andere afdelingen. We horen graag hoe goed die u helpen, zodat de afdelingen weten wat goed gaat en wat beter kan.
invite-services-heading = De diensten in deze enquête:
invite-deadline = De enquête is open tot { $deadline }.
invite-button = Enquête invullen
invite-link-fallback = Werkt de knop niet? Open dan deze link:
invite-anonymity = Uw antwoorden worden opgeslagen zonder uw naam of iets anders dat naar u herleidbaar is. De afdelingen zien pas resultaten als genoeg collega’s hebben geantwoord, en niemand – niet HR, niet uw leidinggevende – kan zien wat u heeft geantwoord.
invite-you-said-we-did = Uw feedback, onze acties
invite-footer = U ontvangt deze e-mail omdat uw organisatie innerpulse gebruikt om medewerkers om feedback op interne dienstverlening te vragen. De link is persoonlijk; stuur deze e-mail daarom niet door.

## Herinnering

reminder-subject = Herinnering: uw collega’s horen graag van u
reminder-intro =
    Een vriendelijke herinnering: de enquête over de diensten die u van andere afdelingen ontvangt, is open tot { $deadline }. { $minutes ->
        [one] Invullen duurt ongeveer { $minutes } minuut.
       *[other] Invullen duurt ongeveer { $minutes } minuten.
    }

## Contactmoment

touchpoint-subject = Hoe ging het? Een korte vraag over { $service }
touchpoint-intro =
    U had onlangs contact met { $service } ({ $context }). Hoe ging het? { $minutes ->
        [one] Antwoorden duurt ongeveer { $minutes } minuut en is anoniem.
       *[other] Antwoorden duurt ongeveer { $minutes } minuten en is anoniem.
    }

## Accounts voor medewerkers

staff-invite-subject = U bent uitgenodigd voor innerpulse
staff-invite-body = { $inviter } heeft u uitgenodigd voor innerpulse, waarmee uw organisatie feedback op interne dienstverlening verzamelt. Kies een wachtwoord om uw account te activeren. De link is 24 uur geldig en kan één keer worden gebruikt.
staff-invite-button = Wachtwoord kiezen
reset-subject = Uw innerpulse-wachtwoord opnieuw instellen
reset-body = Iemand heeft gevraagd om het wachtwoord van uw innerpulse-account opnieuw in te stellen. Was u dat? Kies dan via de link hieronder een nieuw wachtwoord. De link is 24 uur geldig en kan één keer worden gebruikt. Was u het niet? Dan kunt u deze e-mail negeren: uw wachtwoord blijft ongewijzigd.
reset-button = Nieuw wachtwoord kiezen

## Nieuwe resultaten (afdelingshoofden)

results-subject = Nieuwe resultaten voor { $service }: { $wave }
results-body =
    { $responses ->
        [one] De enquêteronde { $wave } is gesloten. { $responses } collega heeft de vragen over { $service } beantwoord. Bekijk de resultaten, opmerkingen en bedankjes, en leg vast wat u gaat doen.
       *[other] De enquêteronde { $wave } is gesloten. { $responses } collega’s hebben de vragen over { $service } beantwoord. Bekijk de resultaten, opmerkingen en bedankjes, en leg vast wat u gaat doen.
    }
results-button = Resultaten bekijken

## Ondertekening

mail-signature = — innerpulse, namens { $organisation }

## Een enquêtelink is naar een nieuw adres gestuurd (naar het oude adres)

link-moved-subject = Je enquêtelink is naar een nieuw adres gestuurd
link-moved-body = Op verzoek van HR { $links ->
    [one] is je open enquêtelink
   *[other] zijn je { $links } open enquêtelinks
    } opnieuw gestuurd naar { $address }. { $links ->
    [one] De link die je hier kreeg, werkt
   *[other] De links die je hier kreeg, werken
    } niet meer.
link-moved-not-you = Heb je hier niet om gevraagd? Laat het HR weten: een adreswijziging staat in het auditlogboek van innerpulse.
