### innerpulse — survey page additions (employees, no account), English.

# Touchpoint surveys: what the survey is about, e.g. "ticket #4711".
survey-context = This survey is about: { $label }
# The form did not match the survey (for example an old copy of the page).
survey-form-mismatch = Your answers do not match this survey, for example because the page is out of date. Please reload the page and answer again.
survey-thanks-close = You can close this page now.
