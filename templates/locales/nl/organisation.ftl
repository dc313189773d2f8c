### innerpulse — beheer van de organisatie (afdelingen, medewerkers, CSV-import), Nederlands.

## Departments

departments-title = Afdelingen
departments-intro = De organisatie als boomstructuur. Afdelingen leveren diensten aan elkaar en zijn de klanten in de enquêtes.
departments-empty = Nog geen afdelingen. Voeg hieronder de eerste toe of importeer uw organisatie uit een CSV-bestand.
department-name = Naam
department-employees = Actieve medewerkers
department-parent = Bovenliggende afdeling
department-no-parent = Geen (hoogste niveau)
department-create-title = Afdeling toevoegen
department-rename-title = Naam wijzigen
department-move-title = Verplaatsen in de boom
department-move-submit = Verplaatsen
department-delete-title = Afdeling verwijderen
department-notice-created = De afdeling is toegevoegd.
department-notice-renamed = De naam van de afdeling is gewijzigd.
department-notice-moved = De afdeling is verplaatst.
department-notice-deleted = De afdeling is verwijderd.
department-name-invalid = Vul een naam in van maximaal { $max } tekens.
department-name-taken = Er is al een andere afdeling met deze naam. Kies een andere naam.
department-not-found = Deze afdeling bestaat niet.
department-parent-not-found = De gekozen bovenliggende afdeling bestaat niet.
department-move-loop = Een afdeling kan niet onder zichzelf of onder een van haar eigen subafdelingen worden geplaatst.
department-in-use = Deze afdeling kan niet worden verwijderd zolang ze nog heeft: { $what }. Verplaats of verwijder die eerst.
department-left-employees = { $count ->
    [one] { $count } medewerker
   *[other] { $count } medewerkers
    }
department-left-sub-departments = { $count ->
    [one] { $count } subafdeling
   *[other] { $count } subafdelingen
    }
department-left-relationships = { $count ->
    [one] { $count } dienstrelatie
   *[other] { $count } dienstrelaties
    }
department-left-accounts = { $count ->
    [one] { $count } gekoppeld personeelsaccount
   *[other] { $count } gekoppelde personeelsaccounts
    }

## Employees

employees-title = Medewerkers
employees-search = Zoeken op naam of e-mailadres
employees-all-departments = Alle afdelingen
employees-status = Status
employees-status-all = Alle
employees-count = { $count ->
    [one] { $count } medewerker
   *[other] { $count } medewerkers
    }
employees-empty = Nog geen medewerkers. Voeg ze een voor een toe of importeer een CSV-bestand.
employees-none-found = Geen medewerkers gevonden die aan uw zoekopdracht voldoen.
pagination-label = Pagina’s
employee-add = Medewerker toevoegen
employee-name = Naam
employee-email = E-mailadres
employee-department = Afdeling
employee-choose-department = Kies een afdeling
employee-locale = Taal
employee-external-id = Extern id (HR-systeem)
employee-deactivate = Deactiveren
employee-reactivate = Opnieuw activeren
employee-deactivate-confirm = { $name } deactiveren? Deze persoon ontvangt geen enquêtes meer. Eerdere antwoorden blijven anoniem en tellen mee.
employee-reactivate-confirm = { $name } opnieuw activeren? Deze persoon doet weer mee aan de volgende enquêterondes.
employee-notice-created = De medewerker is toegevoegd.
employee-notice-updated = De wijzigingen zijn opgeslagen.
employee-notice-deactivated = De medewerker is gedeactiveerd.
employee-notice-reactivated = De medewerker is opnieuw geactiveerd.
employee-email-invalid = Vul een geldig e-mailadres in.
employee-name-invalid = Vul een naam in van maximaal { $max } tekens.
employee-department-missing = Kies een afdeling.
employee-locale-invalid = Kies een van de aangeboden talen.
employee-external-id-invalid = Het externe id mag maximaal { $max } tekens hebben.
employee-email-taken = Een andere medewerker heeft dit e-mailadres al.
employee-external-id-taken = Een andere medewerker heeft dit externe id al.

## CSV import

import-title = Importeren uit CSV
import-upload-title = Bestand uploaden
import-help = De eerste regel noemt de kolommen: { $columns } (in willekeurige volgorde; email, name en department zijn verplicht). Gescheiden door komma of puntkomma, UTF-8.
import-sync-help = Medewerkers worden gekoppeld op extern id en daarna op e-mailadres: gevonden medewerkers worden bijgewerkt, nieuwe aangemaakt, vermelde inactieve opnieuw geactiveerd, en actieve medewerkers die niet in het bestand staan worden gedeactiveerd.
import-file = CSV-bestand
import-create-departments = Afdelingen aanmaken die nog niet bestaan
import-confirm-deactivation = Ik bevestig dat veel medewerkers gedeactiveerd mogen worden
import-submit = Importeren
import-no-file = Kies een CSV-bestand.
import-done = Import voltooid
import-created = { $count ->
    [one] { $count } medewerker aangemaakt
   *[other] { $count } medewerkers aangemaakt
    }
import-updated = { $count ->
    [one] { $count } medewerker bijgewerkt
   *[other] { $count } medewerkers bijgewerkt
    }
import-reactivated = { $count ->
    [one] { $count } medewerker opnieuw geactiveerd
   *[other] { $count } medewerkers opnieuw geactiveerd
    }
import-deactivated = { $count ->
    [one] { $count } medewerker gedeactiveerd
   *[other] { $count } medewerkers gedeactiveerd
    }
import-unchanged = { $count ->
    [one] { $count } medewerker ongewijzigd
   *[other] { $count } medewerkers ongewijzigd
    }
import-departments-created = { $count ->
    [one] { $count } afdeling aangemaakt
   *[other] { $count } afdelingen aangemaakt
    }
import-rejected = { $count ->
    [one] Er is niets geïmporteerd: eerst moet { $count } probleem worden opgelost.
   *[other] Er is niets geïmporteerd: eerst moeten { $count } problemen worden opgelost.
    }
import-line = Regel
import-reason = Probleem
import-confirm-title = Deactivering bevestigen
import-confirm-text = Deze import zou { $count } van de { $active } actieve medewerkers deactiveren, meer dan 20 %. Er is nog niets gewijzigd.
import-confirm-submit = { $count ->
    [one] Importeren en { $count } medewerker deactiveren
   *[other] Importeren en { $count } medewerkers deactiveren
    }
import-summary-line = Geïmporteerd: { $created } aangemaakt, { $updated } bijgewerkt, { $reactivated } opnieuw geactiveerd, { $deactivated } gedeactiveerd, { $unchanged } ongewijzigd, { $departments } afdelingen aangemaakt.

## CSV problems (file)

import-not-utf8 = Het bestand is geen UTF-8-tekst. Sla het op als “CSV UTF-8” en probeer het opnieuw.
import-empty-file = Het bestand is leeg: het heeft een kopregel met de kolomnamen nodig.
import-bad-header = De kopregel kon niet worden gelezen.
import-unknown-columns = Onbekende kolommen: { $columns }. Toegestane kolommen zijn: { $allowed }.
import-missing-columns = Verplichte kolommen ontbreken: { $columns }.
import-duplicate-column = De kolom “{ $column }” komt meer dan eens voor.

## CSV problems (rows)

import-field-count = Verwacht werden { $expected } velden, gevonden { $found }.
import-unclosed-quote = Een veld tussen aanhalingstekens wordt nooit afgesloten.
import-text-after-quote = Onverwachte tekst na een afsluitend aanhalingsteken.
import-empty-email = Het e-mailadres is leeg.
import-bad-email = “{ $value }” is geen geldig e-mailadres.
import-empty-name = De naam is leeg.
import-bad-name = De naam is langer dan { $max } tekens.
import-empty-department = De afdeling is leeg.
import-unknown-department = Onbekende afdeling “{ $value }” (kies “afdelingen aanmaken” om haar toe te voegen).
import-bad-department = De afdelingsnaam is langer dan { $max } tekens.
import-bad-locale = Onbekende taal “{ $value }” (gebruik en, nl, fr, es, ru of pl).
import-bad-external-id = Het externe id is langer dan { $max } tekens.
import-control-characters = De kolom { $column } mag geen stuurtekens bevatten (zoals tabs of tekens die de schrijfrichting omkeren).
import-duplicate-email = Het e-mailadres { $value } staat ook op regel { $first }.
import-duplicate-external-id = Het externe id { $value } staat ook op regel { $first }.
import-same-employee = Deze regel hoort bij dezelfde medewerker als regel { $first }.
import-email-taken = Het e-mailadres { $value } hoort bij een andere medewerker.
import-needs-confirmation = Deze import zou { $count } van de { $active } actieve medewerkers deactiveren (meer dan 20 %); bevestig om door te gaan.

## Enquêtelinks die nog naar een eerder adres gaan

employee-links-elsewhere = { $links ->
    [one] Eén open enquêtelink gaat
   *[other] { $links } open enquêtelinks gaan
    } nog naar { $addresses }: een enquêtelink houdt het adres dat de medewerker had toen de ronde begon.
employee-reissue = Open enquêtelinks naar het huidige adres sturen
employee-reissue-confirm = { $links ->
    [one] Eén open enquêtelink van { $name } gaat
   *[other] { $links } open enquêtelinks van { $name } gaan
    } naar { $addresses }. Opnieuw uitgeven stuurt { $links ->
    [one] hem
   *[other] ze
    } met een nieuwe link naar { $address }; { $links ->
    [one] de oude link werkt
   *[other] de oude links werken
    } niet meer, { $addresses } krijgt bericht en het staat in het auditlogboek.
employee-reissue-nothing = Alle open enquêtelinks van { $name } gaan al naar { $address }.
employee-notice-links-reissued = De open enquêtelinks zijn naar het huidige adres gestuurd; het oude adres heeft bericht gekregen.
employee-notice-links-current = Alle open enquêtelinks gaan al naar het huidige adres.
