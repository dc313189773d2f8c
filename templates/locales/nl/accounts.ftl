### innerpulse — medewerkersaccounts, wachtwoordlinks, accountinstellingen en API-sleutels, Nederlands.
### Alleen platte tekst: de templates voegen alle opmaak toe.

## Accountlijst en uitnodigingen (HR)

acct-list-title = Medewerkersaccounts
acct-invite-action = Medewerker uitnodigen
acct-col-name = Naam
acct-col-email = E-mailadres
acct-col-role = Rol
acct-col-departments = Afdelingen
acct-col-status = Status
acct-col-last-login = Laatst ingelogd
acct-col-created = Aangemaakt
acct-role-hr_admin = HR-beheerder
acct-role-department_head = Afdelingshoofd
acct-role-viewer = Kijker
acct-role-help-hr_admin = beheert de organisatie, enquêtes, accounts en API-sleutels en ziet alle resultaten
acct-role-help-department_head = leest en handelt op de resultaten van de eigen afdelingen
acct-role-help-viewer = leest resultaten en wijzigt niets
acct-status-pending = Uitgenodigd
acct-never = Nooit
acct-field-role = Rol
acct-field-departments = Afdelingen
acct-departments-help = Alleen voor afdelingshoofden: de afdelingen waarvan zij de resultaten zien.
acct-no-departments = Er zijn nog geen afdelingen. Voeg eerst afdelingen toe voordat u afdelingshoofden uitnodigt.
acct-invite-title = Medewerker uitnodigen
acct-invite-intro = De nieuwe medewerker ontvangt een e-mail met een link om een wachtwoord te kiezen. De link is 24 uur geldig.
acct-back-to-list = Alle accounts
acct-field-email = E-mailadres
acct-field-name = Naam
acct-field-language = Taal
acct-invite-submit = Uitnodiging versturen
acct-notice-invited = De uitnodiging is verstuurd.
acct-notice-resent = Er is een nieuwe uitnodiging verstuurd. Eerdere uitnodigingslinks werken niet meer.
acct-notice-saved = Uw wijzigingen zijn opgeslagen.
acct-role-title = Rol en afdelingen
acct-self-note = Dit is uw eigen account: u kunt uw eigen HR-beheerdersrol niet intrekken en uzelf niet deactiveren.
acct-actions-title = Toegang
acct-resend = Uitnodiging opnieuw versturen
acct-deactivate = Deactiveren
acct-reactivate = Opnieuw activeren
acct-deactivate-title = Dit account deactiveren?
acct-deactivate-confirm = { $name } ({ $email }) wordt meteen uitgelogd en kan niet meer inloggen. Openstaande uitnodigings- en wachtwoordlinks werken niet meer. U kunt het account later opnieuw activeren.

## Accountfouten

acct-error-email = Vul een geldig e-mailadres in.
acct-error-email-taken = Er bestaat al een account met dit e-mailadres.
acct-error-name-required = Vul een naam in.
acct-error-name-too-long = De naam mag hoogstens 200 tekens hebben.
acct-error-role = Kies een rol.
acct-error-locale = Kies een van de aangeboden talen.
acct-error-head-needs-department = Een afdelingshoofd heeft minstens één afdeling nodig.
acct-error-unknown-department = Een van de gekozen afdelingen bestaat niet meer. Laad de pagina opnieuw.
acct-error-self-demotion = U kunt uw eigen HR-beheerdersrol niet intrekken. Vraag een andere HR-beheerder om dat te doen.
acct-error-self-deactivation = U kunt uw eigen account niet deactiveren. Vraag een andere HR-beheerder om dat te doen.
acct-error-last-admin = Dit is de laatste actieve HR-beheerder. Maak eerst iemand anders HR-beheerder.
acct-error-not-pending = Dit account is al geactiveerd, er is dus geen uitnodiging om te versturen.
acct-error-current-password = Het huidige wachtwoord is niet juist.
acct-error-generic = Deze wijziging kon niet worden doorgevoerd.

## Een wachtwoord kiezen via een gemailde link

acct-accept-title = Welkom bij innerpulse
acct-accept-intro = Kies een wachtwoord voor uw account { $email }. U logt ermee in samen met uw e-mailadres.
acct-reset-intro = Kies een nieuw wachtwoord voor uw account { $email }.
acct-password-rules = Minstens { $min } tekens. Zeer gangbare wachtwoorden worden niet geaccepteerd; een korte zin is makkelijk te onthouden en moeilijk te raden.
acct-link-expired-title = Deze link werkt niet meer
acct-link-expired-help = Uitnodigings- en wachtwoordlinks zijn 24 uur geldig en kunnen één keer worden gebruikt. U kunt een nieuwe wachtwoordlink aanvragen, of uw HR-beheerder vragen een nieuwe uitnodiging te sturen.

## Accountinstellingen

settings-title = Uw account
settings-notice-saved = Uw instellingen zijn opgeslagen.
settings-notice-password = Uw wachtwoord is gewijzigd.
settings-profile-title = Naam en taal
settings-password-title = Uw wachtwoord wijzigen
settings-current-password = Huidig wachtwoord
settings-password-submit = Wachtwoord wijzigen

## API-sleutels (HR)

apikey-title = API-sleutels
apikey-intro = Met API-sleutels kunnen andere systemen — uw HR-systeem, ticketsysteem of rapportage — de innerpulse-API gebruiken. Geef elke koppeling een eigen sleutel met alleen de rechten die ze nodig heeft.
apikey-notice-revoked = De sleutel is ingetrokken. Verzoeken met deze sleutel worden vanaf nu geweigerd.
apikey-create-title = Sleutel aanmaken
apikey-field-name = Naam
apikey-field-scopes = Rechten
apikey-scope-import = medewerkers en afdelingen importeren
apikey-scope-touchpoint = een medewerker na een contactmoment vragen naar een dienst
apikey-scope-results-read = resultaten lezen (de anonimiteitsdrempels blijven gelden)
apikey-create-submit = Sleutel aanmaken
apikey-list-title = Bestaande sleutels
apikey-col-name = Naam
apikey-col-prefix = Sleutel begint met
apikey-col-scopes = Rechten
apikey-col-created = Aangemaakt
apikey-col-last-used = Laatst gebruikt
apikey-col-revoked = Ingetrokken
apikey-col-actions = Acties
apikey-revoke = Intrekken
apikey-empty = Er zijn nog geen API-sleutels.
apikey-created-title = Uw nieuwe API-sleutel
apikey-created-once = De sleutel wordt alleen nu getoond. Kopieer hem meteen en bewaar hem in de geheime instellingen van uw koppeling: innerpulse bewaart alleen een vingerafdruk en kan hem niet opnieuw tonen.
apikey-created-label = Sleutel “{ $name }”
apikey-created-copy-hint = Selecteer de sleutel en kopieer hem (Ctrl+C of ⌘+C). Stuur hem mee als header “Authorization: Bearer …”.
apikey-created-done = Ik heb de sleutel gekopieerd
apikey-revoke-title = Deze API-sleutel intrekken?
apikey-already-revoked = De sleutel “{ $name }” is al ingetrokken.
apikey-revoke-confirm = Koppelingen die “{ $name }” gebruiken (begint met { $prefix }) werken meteen niet meer. Dit kan niet ongedaan worden gemaakt.
apikey-error-name-required = Geef de sleutel een naam.
apikey-error-name-too-long = De naam mag hoogstens 120 tekens hebben.
apikey-error-no-scope = Kies minstens één recht.
