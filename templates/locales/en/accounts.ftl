### innerpulse — staff accounts, password links, account settings and API keys, English.
### Plain text only: the templates add all markup.

## Account list and invitations (HR)

acct-list-title = Staff accounts
acct-invite-action = Invite a staff member
acct-col-name = Name
acct-col-email = Email address
acct-col-role = Role
acct-col-departments = Departments
acct-col-status = Status
acct-col-last-login = Last login
acct-col-created = Created
acct-role-hr_admin = HR admin
acct-role-department_head = Department head
acct-role-viewer = Viewer
acct-role-help-hr_admin = manages the organisation, surveys, accounts and API keys, and sees all results
acct-role-help-department_head = reads and acts on the results of their own departments
acct-role-help-viewer = reads results and changes nothing
acct-status-pending = Invited
acct-never = Never
acct-field-role = Role
acct-field-departments = Departments
acct-departments-help = Only for department heads: the departments whose results they see.
acct-no-departments = There are no departments yet. Add departments before inviting department heads.
acct-invite-title = Invite a staff member
acct-invite-intro = The new staff member receives an email with a link to choose a password. The link is valid for 24 hours.
acct-back-to-list = All accounts
acct-field-email = Email address
acct-field-name = Name
acct-field-language = Language
acct-invite-submit = Send invitation
acct-notice-invited = The invitation has been sent.
acct-notice-resent = A new invitation has been sent. Earlier invitation links no longer work.
acct-notice-saved = Your changes have been saved.
acct-role-title = Role and departments
acct-self-note = This is your own account: you cannot remove your own HR admin role or deactivate yourself.
acct-actions-title = Access
acct-resend = Send the invitation again
acct-deactivate = Deactivate
acct-reactivate = Reactivate
acct-deactivate-title = Deactivate this account?
acct-deactivate-confirm = { $name } ({ $email }) will be logged out at once and can no longer log in. Open invitation and password links stop working. You can reactivate the account later.

## Account errors

acct-error-email = Please enter a valid email address.
acct-error-email-taken = An account with this email address already exists.
acct-error-name-required = Please enter a name.
acct-error-name-too-long = The name can have at most 200 characters.
acct-error-role = Please choose a role.
acct-error-locale = Please choose one of the offered languages.
acct-error-head-needs-department = A department head needs at least one department.
acct-error-unknown-department = One of the chosen departments no longer exists. Please reload the page.
acct-error-self-demotion = You cannot remove your own HR admin role. Ask another HR admin to do it.
acct-error-self-deactivation = You cannot deactivate your own account. Ask another HR admin to do it.
acct-error-last-admin = This is the last active HR admin. Make someone else HR admin first.
acct-error-not-pending = This account has already been activated, so there is no invitation to send.
acct-error-current-password = The current password is not correct.
acct-error-generic = This change could not be made.

## Choosing a password through an emailed link

acct-accept-title = Welcome to innerpulse
acct-accept-intro = Choose a password for your account { $email }. You will use it together with your email address to log in.
acct-reset-intro = Choose a new password for your account { $email }.
acct-password-rules = At least { $min } characters. Very common passwords are not accepted; a short sentence is easy to remember and hard to guess.
acct-link-expired-title = This link no longer works
acct-link-expired-help = Invitation and password links are valid for 24 hours and can be used once. You can ask for a new password link, or ask your HR administrator to send a new invitation.

## Account settings

settings-title = Your account
settings-notice-saved = Your settings have been saved.
settings-notice-password = Your password has been changed.
settings-profile-title = Name and language
settings-password-title = Change your password
settings-current-password = Current password
settings-password-submit = Change password

## API keys (HR)

apikey-title = API keys
apikey-intro = API keys let other systems — your HR system, ticketing tool or reporting — use the innerpulse API. Give each integration its own key with only the scopes it needs.
apikey-notice-revoked = The key has been revoked. Requests with it are refused from now on.
apikey-create-title = Create a key
apikey-field-name = Name
apikey-field-scopes = Scopes
apikey-scope-import = import employees and departments
apikey-scope-touchpoint = ask an employee about a service after an interaction
apikey-scope-results-read = read results (anonymity thresholds still apply)
apikey-create-submit = Create key
apikey-list-title = Existing keys
apikey-col-name = Name
apikey-col-prefix = Key starts with
apikey-col-scopes = Scopes
apikey-col-created = Created
apikey-col-last-used = Last used
apikey-col-revoked = Revoked
apikey-col-actions = Actions
apikey-revoke = Revoke
apikey-empty = There are no API keys yet.
apikey-created-title = Your new API key
apikey-created-once = This is the only time the key is shown. Copy it now and store it in your integration’s secret settings: innerpulse keeps only a fingerprint and cannot show it again.
apikey-created-label = Key “{ $name }”
apikey-created-copy-hint = Select the key and copy it (Ctrl+C or ⌘+C). Send it as the header “Authorization: Bearer …”.
apikey-created-done = I have copied the key
apikey-revoke-title = Revoke this API key?
apikey-already-revoked = The key “{ $name }” has already been revoked.
apikey-revoke-confirm = Integrations using “{ $name }” (starts with { $prefix }) will stop working at once. This cannot be undone.
apikey-error-name-required = Please give the key a name.
apikey-error-name-too-long = The name can have at most 120 characters.
apikey-error-no-scope = Please choose at least one scope.
