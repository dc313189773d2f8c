## Audit log (/admin/audit)

nav-audit = Audit log
audit-title = Audit log
audit-intro = Who changed which employee, department, service, account, API key, survey cycle, questionnaire or setting, and when (UTC). Entries cannot be edited or deleted; they are removed after the retention period.
audit-filter-kind = Kind
audit-kind-all = All kinds
audit-kind-employee = Employee
audit-kind-department = Department
audit-kind-relationship = Service
audit-kind-account = Account
audit-kind-api_key = API key
audit-kind-cycle = Survey cycle
audit-kind-questionnaire = Questionnaire
audit-kind-setting = Setting
audit-filter-search = Subject or person
audit-filter-since = From
audit-filter-until = Until
audit-filter-invalid = The filter could not be read; showing every entry.
audit-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
audit-empty = Nothing has been recorded yet.
audit-none-found = No entry matches the filter.
audit-col-when = When (UTC)
audit-col-who = Who
audit-col-what = What
audit-col-subject = Subject
audit-col-changes = Old → new
