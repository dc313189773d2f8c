### innerpulse — HR programme setup: service relationships, questionnaires, survey cycles. English.
### Plain text only: the templates add all markup.

form-has-errors = Please correct the fields marked below.
rel-actions = Actions

## Service relationships

rel-title = Services between departments
rel-intro = Who serves whom: each line is a service a department provides to an internal customer, with the promise it makes.
rel-new = New service
rel-edit-title = Edit service
rel-count = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
rel-empty = No services yet. Add the first one: which department serves which internal customer?
rel-no-departments = Create at least two departments first.
rel-provider = Provider department
rel-customer = Internal customer
rel-everyone = Whole organisation
rel-choose = Choose a department
rel-service-name = Service name
rel-service-name-example = e.g. IT helpdesk
rel-service-standard = Service standard
rel-service-standard-help = The promise the provider makes, e.g. “tickets answered within 4 working hours”. Customers see it in the survey.
rel-no-standard = No standard yet
rel-repeat-days = Touchpoint repeat interval in days
rel-repeat-days-help = An employee is asked about this service after an interaction at most once in this many days. Empty means 30.
rel-active = Active: include this service in surveys
rel-status = Status
rel-deactivate = Deactivate
rel-reactivate = Reactivate
rel-matrix-title = Service map
rel-matrix-intro = Providers in rows, internal customers in columns. Select a service to edit it.
rel-matrix-caption = Services by provider and internal customer
rel-matrix-link = Show the service map
rel-list-link = Show as a list
rel-delete-title = Delete the service “{ $name }”?
rel-delete-text = The service and its place in survey cycles are removed. This cannot be undone.
rel-in-use = This service already has survey waves or answers, so it cannot be deleted. Deactivate it instead: it keeps its history and is no longer surveyed.

err-rel-self = A department cannot be its own internal customer.
err-rel-duplicate = This provider already offers a service with this name to this customer.
err-rel-name-length = Give the service a name of 1 to 120 characters.
err-rel-standard-length = Keep the service standard under 2000 characters.
err-rel-provider-unknown = Choose an existing provider department.
err-rel-customer-unknown = Choose an existing department, or the whole organisation.
err-rel-repeat-days = The repeat interval is a whole number of days from 1 to 365.

## Questionnaires

qn-title = Questionnaires
qn-intro = The questions each survey section asks. The built-in questionnaire is ready to use; copy it to adapt it.
qn-empty = No questionnaires yet.
qn-builtin = Built-in
qn-version = Version { $version }
qn-locked = In use by a wave
qn-editable = Editable
qn-question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
qn-copy = Make an editable copy
qn-copy-suffix = (copy)
qn-readonly = The built-in questionnaire cannot be changed. Make a copy to adapt it.
qn-locked-notice = A survey wave uses this version, so it stays as it is. Any change you save creates version { $next }.
qn-new-version = This version was in use, so your change was saved as a new version { $version }.
qn-previous-version = Replaces version { $version }
qn-name = Name
qn-rename = Save name
qn-questions = Questions
qn-no-questions = This questionnaire has no questions yet.
qn-add-question = Add a question
qn-edit-question = Edit question
qn-kind = Kind of answer
qn-dimension = Dimension
qn-required = An answer is required
qn-optional = Optional
qn-texts-in = Texts: { $language }
qn-texts-help = Write the question at least in the organisation’s default language. Placeholders: {"{"}provider{"}"}, {"{"}service{"}"}, {"{"}standard{"}"}.
qn-prompt = Question
qn-help = Help text
qn-options = Options, one per line
qn-options-help = Only for single choice and lost work time questions; every language needs the same number of options.
qn-no-text = No text in this language
qn-move-up = Move up
qn-move-down = Move down
qn-remove = Remove
qn-remove-title = Remove this question?
qn-remove-text = The question and its texts in every language are removed from this questionnaire.

kind-rating = Agreement scale 1–5
kind-recommend = Recommendation 0–10
kind-yes_no = Yes or no
kind-choice = Single choice
kind-lost_time = Lost work time
kind-text = Comment
kind-thanks = Thanks

err-qn-name-length = Give the questionnaire a name of 1 to 200 characters.
err-qn-kind = Choose the kind of answer.
err-qn-dimension = Choose a dimension.
err-qn-prompt-default = Write the question at least in the organisation’s default language.
err-qn-prompt-missing = This language has help or options but no question.
err-qn-prompt-length = Keep the question under 500 characters.
err-qn-help-length = Keep the help text under 1000 characters.
err-qn-option-length = Use at most 12 options of at most 200 characters each.
err-qn-options-min = A choice needs at least two options, one per line.
err-qn-options-count = Every language needs the same number of options.
err-qn-last-question = A questionnaire needs at least one question.
err-qn-builtin = The built-in questionnaire cannot be changed. Make a copy to adapt it.

## Survey cycles

cy-title = Survey cycles
cy-intro = When and how often internal customers are asked: each cycle opens a survey wave on its schedule.
cy-empty = No survey cycles yet. Create one to start asking internal customers.
cy-new = New survey cycle
cy-edit-title = Edit survey cycle
cy-edit = Edit settings
cy-name = Name
cy-questionnaire = Questionnaire
cy-relationships = Services
cy-all-relationships = Every active service
cy-chosen-relationships = Only the services ticked below
cy-no-relationships = There are no services yet.
cy-cadence = How often
cadence-weekly = Every week
cadence-every_two_weeks = Every two weeks
cadence-monthly = Every month
cadence-quarterly = Every quarter
cadence-custom = Custom rule
cy-timezone = Timezone
cy-timezone-other = Other timezone
cy-timezone-other-help = Any IANA timezone name, e.g. America/Sao_Paulo. Leave empty to use the list.
cy-first-date = First opening: date
cy-first-time = First opening: local time
cy-first-help = In the cycle’s timezone; later waves open at the same local time, also across daylight-saving changes.
cy-days-open = Days open
cy-reminder-after = First reminder after (days)
cy-reminder-after-help = Empty: no reminders. Must be less than the days open.
cy-max-reminders = Reminders at most
cy-fatigue-cap = Sections per employee per wave at most
cy-fatigue-cap-help = Protects against survey fatigue; 3 is a good start.
cy-sample = Sample share (%)
cy-sample-help = Optional: invite only this share of employees in each wave.
cy-active = Active: open waves on schedule
cy-status = Status
cy-paused = Paused
cy-pause = Pause
cy-resume = Resume
cy-next-opening = Next opening
cy-none = —
cy-next-openings = Next five openings
cy-next-openings-empty = No upcoming openings.
cy-paused-notice = This cycle is paused: no waves open until you resume it.
cy-local-time = Local time ({ $zone })
cy-utc-time = UTC
cy-held-notice =
    { $count ->
        [one] { $count } submission of closed rounds is still sealed: a service it answers about had fewer answers than the anonymity threshold. It is released with the next round that brings that service to the threshold.
       *[other] { $count } submissions of closed rounds are still sealed: a service they answer about had fewer answers than the anonymity threshold. They are released with the next round that brings that service to the threshold.
    }
cy-waves-link = Waves and delivery
cy-every-relationship = Every active service

err-cy-name-length = Give the cycle a name of 1 to 200 characters.
err-cy-questionnaire = Choose an existing questionnaire.
err-cy-relationships-none = Tick at least one service, or include every active service.
err-cy-relationship-unknown = One of the ticked services no longer exists.
err-cy-cadence = Choose how often waves open.
err-cy-timezone = This is not a known IANA timezone (for example Europe/Amsterdam).
err-cy-date = Enter the date as YYYY-MM-DD.
err-cy-time = Enter the time as HH:MM.
err-cy-time-nonexistent = This local time does not exist on that day because the clocks jump forward. Choose another time.
err-cy-time-ambiguous = This local time happens twice on that day because the clocks go back. Choose another time.
err-cy-days-open = A wave stays open for at least 1 day (at most 90).
err-cy-reminder-after = The first reminder comes after 1 or more days, before the wave closes.
err-cy-max-reminders = Send at most 0 to 5 reminders.
err-cy-fatigue-cap = Ask at least 1 section per employee per wave (at most 20).
err-cy-sample = The sample share is a whole percentage from 1 to 100.
