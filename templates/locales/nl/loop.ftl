### innerpulse — de cirkel rond: acties, gesprekken, dank, Nederlands.
### Alleen platte tekst: de templates voegen alle opmaak toe. Aantallen zijn getallen.

nav-conversations = Gesprekken
nav-recognition = Waardering

## "Jullie zeiden, wij deden" (enquêtepagina en e-mails)

loop-survey-actions-intro = Wat { $provider } heeft gedaan met de feedback van je collega’s:
loop-email-actions-intro = Wat de afdelingen sinds de vorige enquête met je feedback hebben gedaan:

## Bedankpagina

loop-conversation-open = Open je gesprek
loop-conversation-copy = Link om te bewaren of te kopiëren

## Gesprekspagina’s

loop-conversations-title = Gesprekken
loop-conversations-intro = Berichten tussen je afdeling en collega’s die een opmerking achterlieten. Niemand — jij ook niet — kan zien wie een opmerking schreef.
loop-conversations-all = Alle gesprekken
loop-conversations-awaiting = Wachten op je antwoord
loop-conversations-none-awaiting = Er wacht geen gesprek op een antwoord.
loop-conversations-empty = Nog geen gesprekken. Open een opmerking op een resultatenpagina en antwoord om er een te beginnen.
loop-col-service = Dienst
loop-col-round = Enquêteronde
loop-col-messages = Berichten
loop-col-state = Status
loop-marker-unread = Nieuw antwoord
loop-marker-awaiting = Wacht op antwoord
loop-marker-closed = Beëindigd
loop-no-messages = Nog geen berichten.
loop-message-pending = Komt morgen bij { $provider } aan, samen met de andere berichten van vandaag, zodat niemand kan zien wanneer je het schreef.
loop-conversation-staff-title = Opmerking over { $service }
loop-the-comment = De opmerking
loop-anonymous-note = Anoniem geschreven. Probeer niet te achterhalen wie het schreef; reageer op de inhoud.
loop-messages = Berichten
loop-from-colleague = Collega (anoniem)
loop-staff-delay-note = Berichten van de collega, en het beëindigen van het gesprek door de collega, verschijnen hier de dag erna, zodat het tijdstip niet verraadt wie ze schreef.
loop-reply-label = Je antwoord
loop-reply-help = Platte tekst, hoogstens { $max } tekens. Je afdeling kan { $per_day } berichten per dag sturen in dit gesprek.
loop-respondent-reply-help = Platte tekst, hoogstens { $max } tekens, { $per_day } berichten per dag. Laat je naam en alles wat jou herkenbaar maakt weg.
loop-conversation-ended-staff = Dit gesprek is beëindigd. Er kunnen geen berichten meer worden gestuurd.
loop-close-title = Dit gesprek beëindigen?
loop-close-staff-text = Daarna kunnen je afdeling en de collega niet meer schrijven in het gesprek over { $service }. De berichten blijven leesbaar.
loop-close-respondent-text = Daarna kunnen jij en de afdeling niet meer schrijven in het gesprek over { $service }. De berichten blijven leesbaar met je link.
loop-your-comment = Je opmerking
loop-bookmark-reminder = Bewaar het adres van deze pagina: het is je enige weg terug naar dit gesprek en kan niet opnieuw naar je worden gestuurd.
loop-conversation-unknown-title = Gesprek nog niet geopend
loop-conversation-unknown-text = Opmerkingen blijven verzegeld tot de enquêteronde sluit en genoeg collega’s over de dienst hebben geantwoord; dan opent het gesprek, via deze zelfde link. Is de ronde al een tijd gesloten, controleer dan of je de volledige link hebt gekopieerd.
loop-message-empty = Schrijf een bericht.
loop-message-too-long = Maak je bericht korter: hoogstens { $max } tekens.
loop-rate-limited-respondent = Je kunt hoogstens { $max } berichten per dag sturen in dit gesprek. Kom morgen terug; je tekst staat nog in het vak hieronder.
loop-rate-limited-staff = Je afdeling kan hoogstens { $max } berichten per dag sturen in dit gesprek. Probeer het morgen opnieuw; je tekst staat nog in het vak hieronder.

## Acties

loop-actions-title = Acties
loop-actions-for = Acties voor { $service }
loop-actions-intro = Wat de leverende afdelingen hebben toegezegd naar aanleiding van de feedback van hun interne klanten. Klanten zien nieuwe acties en hun status in de volgende enquête.
loop-action-record = Actie vastleggen
loop-action-created = De actie is vastgelegd. De klanten zien haar in de volgende enquête.
loop-action-updated = De actie is opgeslagen.
loop-action-deleted = De actie is verwijderd.
loop-action-translated = De vertalingen zijn opgeslagen.
loop-actions-overdue-count =
    { $count ->
        [one] { $count } actie is over de streefdatum.
       *[other] { $count } acties zijn over de streefdatum.
    }
loop-actions-show-overdue = Toon acties over de streefdatum
loop-action-status = Status
loop-actions-any-status = Elke status
loop-actions-overdue-only = Alleen acties over de streefdatum
loop-actions-empty = Nog geen acties.
loop-actions-empty-service = Nog geen acties voor deze dienst. Leg vast wat je met de feedback doet, zodat je klanten zien dat het iets heeft opgeleverd.
loop-actions-count =
    { $count ->
        [one] { $count } actie
       *[other] { $count } acties
    }
loop-action-overdue = Over de streefdatum
loop-action-owner = Verantwoordelijke afdeling
loop-action-topic = Over
loop-topic-service = De dienst als geheel
loop-action-due-on = Streefdatum
loop-action-recorded-by = Vastgelegd door
loop-action-translations = Vertalingen
loop-action-set-status = Status wijzigen
loop-action-translate = Vertalen
loop-action-edit-title = Actie bewerken
loop-action-form-intro = Zeg kort wat je gaat veranderen. Klanten van deze dienst zien de titel en de status in hun volgende enquête.
loop-action-title-label = Titel
loop-action-description-label = Beschrijving
loop-action-visible-note = De titel en de status worden in de volgende enquêteronde aan de klanten van deze dienst getoond, in hun taal als je een vertaling toevoegt.
loop-action-delete-title = Deze actie verwijderen?
loop-action-delete-text = De actie en haar vertalingen worden verwijderd en niet meer aan klanten getoond. Dit kan niet ongedaan worden gemaakt.
loop-action-translations-title = Vertalingen
loop-action-translations-intro = Klanten zien de titel in hun eigen taal als er een vertaling is, anders zoals vastgelegd. Laat een taal leeg om de vertaling te verwijderen.
err-action-title = Vul een titel in van 1 tot 200 tekens.
err-action-description = Maak de beschrijving korter: hoogstens 4.000 tekens.
err-action-owner = Kies een bestaande afdeling.
err-action-status = Kies gepland, bezig of klaar.
err-action-due-on = Vul de streefdatum in als datum (JJJJ-MM-DD), of laat het veld leeg.
err-action-topic = Kies de dienst, een dimensie of een bestaande vraag.

## Dank

loop-thanks-title = Waarvoor je interne klanten je bedankten
loop-thanks-intro = Dank die collega’s in de enquêtes schreven, zonder namen of datums.
loop-thanks-gate =
    { $k ->
        [one] Dank verschijnt zodra een enquêteronde is gesloten met minstens { $k } antwoord over de dienst.
       *[other] Dank verschijnt zodra een enquêteronde is gesloten met minstens { $k } antwoorden over de dienst.
    }
loop-thanks-department = Afdeling
loop-thanks-all-departments = Alle afdelingen
loop-thanks-empty = Nog geen dank om te tonen.
loop-thanks-count =
    { $count ->
        [one] { $count } bedankje
       *[other] { $count } bedankjes
    }
loop-thanks-is-shared = Gedeeld met de organisatie
loop-thanks-share = Delen met de organisatie
loop-thanks-unshare = Niet meer delen
loop-thanks-share-title = Dit bedankje delen met de hele organisatie?
loop-thanks-unshare-title = Dit bedankje niet meer delen?
loop-thanks-share-text = Alle medewerkers zien deze tekst op de waarderingspagina, met de dienst en de maand. Controleer dat hij niet verraadt wie hem schreef.
loop-thanks-unshare-text = Het bedankje verdwijnt van de waarderingspagina. De afdeling ziet het nog steeds.
loop-thanks-already-shared = Dit bedankje is al gedeeld.
loop-thanks-not-shared = Dit bedankje is niet gedeeld.
loop-thanks-shared-notice = Het bedankje staat nu op de waarderingspagina.
loop-thanks-unshared-notice = Het bedankje staat niet meer op de waarderingspagina.
loop-recognition-title = Waardering
loop-recognition-intro = Dank die collega’s schreven over de diensten van andere afdelingen, gedeeld door HR.
loop-recognition-empty = Nog niets gedeeld.
loop-recognition-for = Voor { $service } ({ $provider })
