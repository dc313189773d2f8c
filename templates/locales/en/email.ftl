### innerpulse — emails, English.
### Plain text only: the templates build the text and HTML parts around these messages.
### Subjects are plain text: render them without Unicode isolation marks.

## Survey invitation (one per wave per employee, 1–3 services)

invite-subject =
    { $count ->
        [one] How are your colleagues serving you? { $count } service
       *[other] How are your colleagues serving you? { $count } services
    }, { $minutes ->
        [one] about { $minutes } minute
       *[other] about { $minutes } minutes
    }
invite-greeting = Hello { $name },
invite-intro = Every day you rely on services from other departments. We would like to know how well they serve you, so that they know what works and what to improve.
invite-services-heading = The services in this survey:
# $deadline: already formatted date and time.
invite-deadline = The survey is open until { $deadline }.
invite-button = Answer the survey
invite-link-fallback = If the button does not work, open this link:
invite-anonymity = Your answers are stored without your name or anything that identifies you. The departments only see results once enough colleagues have answered, and nobody — not HR, not your manager — can see what you answered.
invite-you-said-we-did = You said, we did
invite-footer = You received this email because your organisation uses innerpulse to ask employees for feedback on internal services. The link is personal, so please do not forward this email.

## Reminder

reminder-subject = Reminder: your colleagues would like to hear from you
reminder-intro =
    A friendly reminder: the survey about the services you receive from other departments is open until { $deadline }. { $minutes ->
        [one] It takes about { $minutes } minute.
       *[other] It takes about { $minutes } minutes.
    }

## Touchpoint (one question right after an interaction)

touchpoint-subject = How did it go? A quick question about { $service }
# $context: short label of the interaction, e.g. "ticket #123 closed".
touchpoint-intro =
    You were recently in touch with { $service } ({ $context }). How did it go? { $minutes ->
        [one] Answering takes about { $minutes } minute and stays anonymous.
       *[other] Answering takes about { $minutes } minutes and stays anonymous.
    }

## Staff accounts

staff-invite-subject = You have been invited to innerpulse
staff-invite-body = { $inviter } has invited you to innerpulse, where your organisation collects feedback on internal services. Please choose a password to activate your account. The link is valid for 24 hours and can be used once.
staff-invite-button = Choose your password
reset-subject = Reset your innerpulse password
reset-body = Someone asked to reset the password of your innerpulse account. If this was you, choose a new password with the link below. It is valid for 24 hours and can be used once. If this was not you, you can ignore this email: your password stays the same.
reset-button = Choose a new password

## Results notification (department heads)

results-subject = New results for { $service }: { $wave }
results-body =
    { $responses ->
        [one] The { $wave } survey round has closed. { $responses } colleague answered the questions about { $service }. See the results, comments and thanks, and record what you will do next.
       *[other] The { $wave } survey round has closed. { $responses } colleagues answered the questions about { $service }. See the results, comments and thanks, and record what you will do next.
    }
results-button = View results

## Signature

mail-signature = — innerpulse, on behalf of { $organisation }

## A survey link moved to a new address (sent to the old address)

link-moved-subject = Your survey link was sent to a new address
link-moved-body = At HR's request, { $links ->
    [one] your open survey link was
   *[other] your { $links } open survey links were
    } sent again to { $address }. { $links ->
    [one] The link you received here no longer works
   *[other] The links you received here no longer work
    }.
link-moved-not-you = If you did not ask for this, tell HR: a change of address is listed in innerpulse's audit log.
