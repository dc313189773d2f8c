### innerpulse — web UI (staff pages and the survey page), English.
### Plain text only: the templates add all markup.
### Counts ($count, $k, $min, $max, $minutes) must be passed as numbers so plural selection works.

## Common

app-name = innerpulse
nav-dashboard = Dashboard
nav-results = Results
nav-organisation = Organisation
nav-departments = Departments
nav-employees = Employees
# Provider → customer relationships; users know them as "services".
nav-relationships = Services
nav-questionnaires = Questionnaires
nav-cycles = Survey cycles
nav-delivery = Delivery
nav-actions = Actions
nav-thanks = Thanks
nav-accounts = Accounts
nav-api-keys = API keys
nav-logout = Log out
nav-login = Log in
language-label = Language
language-apply = Change
skip-to-content = Skip to main content
save = Save
cancel = Cancel
delete = Delete
confirm-delete = Delete “{ $name }”? This cannot be undone.
edit = Edit
create = Create
back = Back
search = Search
filter = Filter
previous-page = Previous page
next-page = Next page
page-of = Page { $page } of { $pages }
empty-list = Nothing here yet.
required-field = required
optional-field = optional
yes = Yes
no = No
status-active = Active
status-inactive = Inactive

## Login and account

login-title = Log in to innerpulse
login-email = Email address
login-password = Password
login-submit = Log in
# Same message for an unknown email address and a wrong password.
login-failed = The email address or password is not correct.
login-throttled =
    { $minutes ->
        [one] Too many login attempts. Please try again in { $minutes } minute.
       *[other] Too many login attempts. Please try again in { $minutes } minutes.
    }
# All password checks are busy (a flood of logins); the login was not checked.
login-busy = The server is checking many logins right now. Please try again in a few seconds.
forgot-throttled =
    { $minutes ->
        [one] Too many requests for a reset link. Please try again in { $minutes } minute.
       *[other] Too many requests for a reset link. Please try again in { $minutes } minutes.
    }
login-forgot = Forgot your password?
forgot-title = Reset your password
forgot-intro = Enter the email address of your account. We will send you a link to choose a new password.
forgot-submit = Send link
# Shown whether or not the account exists.
forgot-sent = If an account exists for this email address, we have sent a link to reset its password. Please check your inbox. The link is valid for 24 hours.
set-password-title = Choose a new password
set-password-new = New password
set-password-repeat = Repeat the new password
set-password-submit = Save password
password-too-short =
    { $min ->
        [one] The password must be at least { $min } character long.
       *[other] The password must be at least { $min } characters long.
    }
password-too-common = This password is too common and easy to guess. Please choose another one.
password-mismatch = The two passwords do not match.
link-expired = This link has expired or has already been used. Please request a new one.

## Errors

error-404-title = Page not found
error-404-text = The page you are looking for does not exist or has been moved.
error-403-title = Access denied
error-403-text = You do not have permission to view this page. If you think you should, please contact your HR administrator.
error-409-title = Conflicting change
error-409-text = This could not be saved because it conflicts with the current state: someone else may have just changed it, or it already exists. Please reload the page and try again.
error-410-title = No longer available
error-410-text = This page or link is no longer available.
error-413-title = Too large
error-413-text = What you sent is larger than allowed. Please shorten your text or choose a smaller file.
error-422-title = Please check your input
error-422-text = Some of the information you entered is not valid. Please correct the marked fields and try again.
error-429-title = Too many requests
error-429-text = You have made too many requests in a short time. Please wait a moment and try again.
error-500-title = Something went wrong
error-500-text = An unexpected error occurred on our side. Please try again later. If the problem continues, contact your administrator.
error-503-title = Temporarily unavailable
error-503-text = innerpulse is temporarily unavailable, for example during maintenance. Please try again in a few minutes.
error-csrf = This form has expired. Please reload the page and try again.
error-back-home = Back to the start page

## Survey page (employees, no account)

survey-title = Internal service survey — { $organisation }
# Used when no organisation name is known.
survey-title-generic = Internal service survey
survey-intro =
    { $count ->
        [one] This survey has { $count } short section about a service you receive from another department.
       *[other] This survey has { $count } short sections, one for each service you receive from another department.
    } { $minutes ->
        [one] It takes about { $minutes } minute.
       *[other] It takes about { $minutes } minutes.
    }
survey-anonymity = Your answers are anonymous: they are stored without your name or anything that identifies you, and results are only shown once enough colleagues have answered. Nobody — not HR, not your manager — can see what you answered.
survey-section-heading = { $service } — { $provider }
# Above each section's heading when the survey has several: where the person is.
survey-step = Section { $number } of { $count }
survey-standard-label = Their service standard
survey-not-used = I haven’t used this service recently
survey-not-used-help = Choose this to skip the questions about this service.
survey-submit = Send answers
survey-required-missing = Please answer this question.
survey-invalid-value = This answer is not valid. Please choose one of the options.
survey-text-too-much = Your comments together are too long: please shorten them to { $max } characters in all.
survey-text-left = Characters left for your comments:
survey-text-cap = Your comments on this page can hold up to { $max } characters in all.
survey-text-too-long =
    { $max ->
        [one] Please shorten your answer to { $max } character or fewer.
       *[other] Please shorten your answer to { $max } characters or fewer.
    }
survey-errors-summary =
    { $count ->
        [one] There is { $count } problem with your answers. Please check the marked question below.
       *[other] There are { $count } problems with your answers. Please check the marked questions below.
    }
# $score: average of the 1–5 rating questions, already formatted (e.g. "4.2"); $wave: label of the previous round.
survey-last-score = Last time ({ $wave }), colleagues rated this service { $score } out of 5 on average.
survey-you-said-we-did = You said, we did
action-status-planned = Planned
action-status-in_progress = In progress
action-status-done = Done
survey-thanks-title = Thank you!
survey-thanks-text = Your answers have been saved. They help your colleagues improve the services you rely on.
survey-conversation-intro = The department may reply to your comment. To read replies and answer them, bookmark this private link now: it is shown only this once and cannot be sent to you again. Nobody can see who you are. The conversation opens once the round closes and your comment is released with enough others.
survey-conversation-link = Your private conversation link
survey-closed-title = This survey has closed
survey-closed-text = This survey is no longer open, so answers can no longer be sent. Thank you for your interest — you will receive the next survey by email.
survey-answered-title = Already answered
survey-answered-text = You have already answered this survey. Thank you for your time!
survey-unknown-title = Link not recognised
survey-unknown-text = We do not recognise this survey link. Please check that you copied the complete link from the email.
survey-too-large-title = The form is too large
survey-too-large-text = Nothing was saved. Go back, shorten your texts and send the form again.
survey-too-many-fields-title = The form has too many fields
survey-too-many-fields-text = Nothing was saved. Go back and send the form from the page again.
survey-unreadable-title = The form did not arrive complete
survey-unreadable-text = Nothing was saved. Go back and send the form again.

## Conversation page (respondent, through the private link)

conversation-title = Conversation about your comment
conversation-intro = Here you can read replies to your comment and answer them. The department does not know who you are, so please leave out your name and any details that could identify you.
conversation-from-provider = Reply from { $provider }
conversation-from-you = Your message
conversation-reply-label = Your reply
conversation-send = Send reply
conversation-close = End conversation
conversation-closed = This conversation has ended. Thank you for your feedback.
conversation-rate-limited = You have sent several messages in a short time. Please wait a little before sending another one.

## Results (staff)

results-title = Results
results-not-enough =
    { $k ->
        [one] Not enough responses yet. To protect anonymity, results are shown once at least { $k } colleague has answered.
       *[other] Not enough responses yet. To protect anonymity, results are shown once at least { $k } colleagues have answered.
    }
results-responses =
    { $count ->
        [one] { $count } response
       *[other] { $count } responses
    }
# $rate: already formatted percentage (e.g. "62 %").
results-response-rate = Response rate: { $rate }
results-mean = Average score
results-nps = Internal NPS
results-promoters = Promoters
results-passives = Passives
results-detractors = Detractors
results-meets-standard = Meets the service standard
results-trend = Trend
results-org-average = Organisation average
results-comments = Comments
results-thanks = Thanks
results-heatmap = Scores by customer department
results-suppressed-cell =
    { $k ->
        [one] Fewer than { $k } response
       *[other] Fewer than { $k } responses
    }
results-other-departments = Other departments
results-breakdown-withheld = This breakdown is hidden because some groups are too small: showing it would make it possible to work out how individual colleagues answered.
results-export-csv = Export as CSV
results-latest-wave = Latest round
results-open-wave = Current round (still open)
results-no-waves = No results yet. They appear here once the first survey round has closed.

## Home

home-title = Feedback on internal services
home-intro = innerpulse asks the colleagues who use each department’s services what they think, anonymously, and shows the department where it can improve.

## Text fields

err-control-characters = This field must not contain control characters (such as tabs, line breaks in a one-line field, or text-direction overrides).
survey-group = { $colleagues ->
    [0] Nobody else in your department was invited to this round, so your answers count in a larger group.
    [one] Your answers count with those of 1 colleague of your department invited to this round; results show only groups large enough to hide who said what.
   *[other] Your answers count with those of { $colleagues } colleagues of your department invited to this round.
    }
survey-group-changes = { $changes ->
    [one] 1 change to your group since this round opened (someone added, moved, reactivated or given a new address) — HR's audit log lists it.
   *[other] { $changes } changes to your group since this round opened (people added, moved, reactivated or given a new address) — HR's audit log lists them.
    }
