### innerpulse — organisation administration (departments, employees, CSV import), English.

## Departments

departments-title = Departments
departments-intro = The organisation as a tree. Departments provide services to each other and are the customers in surveys.
departments-empty = No departments yet. Add the first one below or import your organisation from a CSV file.
department-name = Name
department-employees = Active employees
department-parent = Parent department
department-no-parent = None (top level)
department-create-title = Add a department
department-rename-title = Rename
department-move-title = Move in the tree
department-move-submit = Move
department-delete-title = Delete department
department-notice-created = The department was added.
department-notice-renamed = The department was renamed.
department-notice-moved = The department was moved.
department-notice-deleted = The department was deleted.
department-name-invalid = Please enter a name of at most { $max } characters.
department-name-taken = Another department already has this name. Please choose a different one.
department-not-found = This department does not exist.
department-parent-not-found = The chosen parent department does not exist.
department-move-loop = A department cannot be moved under itself or one of its own sub-departments.
department-in-use = This department cannot be deleted while it still has: { $what }. Move or remove them first.
department-left-employees = { $count ->
    [one] { $count } employee
   *[other] { $count } employees
    }
department-left-sub-departments = { $count ->
    [one] { $count } sub-department
   *[other] { $count } sub-departments
    }
department-left-relationships = { $count ->
    [one] { $count } service relationship
   *[other] { $count } service relationships
    }
department-left-accounts = { $count ->
    [one] { $count } linked staff account
   *[other] { $count } linked staff accounts
    }

## Employees

employees-title = Employees
employees-search = Search by name or email
employees-all-departments = All departments
employees-status = Status
employees-status-all = All
employees-count = { $count ->
    [one] { $count } employee
   *[other] { $count } employees
    }
employees-empty = No employees yet. Add them one by one or import a CSV file.
employees-none-found = No employees match your search.
pagination-label = Pages
employee-add = Add an employee
employee-name = Name
employee-email = Email address
employee-department = Department
employee-choose-department = Choose a department
employee-locale = Language
employee-external-id = External id (HR system)
employee-deactivate = Deactivate
employee-reactivate = Reactivate
employee-deactivate-confirm = Deactivate { $name }? They will receive no more surveys. Their earlier answers stay anonymous and counted.
employee-reactivate-confirm = Reactivate { $name }? They will be included in the next survey rounds again.
employee-notice-created = The employee was added.
employee-notice-updated = The changes were saved.
employee-notice-deactivated = The employee was deactivated.
employee-notice-reactivated = The employee was reactivated.
employee-email-invalid = Please enter a valid email address.
employee-name-invalid = Please enter a name of at most { $max } characters.
employee-department-missing = Please choose a department.
employee-locale-invalid = Please choose one of the offered languages.
employee-external-id-invalid = The external id can have at most { $max } characters.
employee-email-taken = Another employee already has this email address.
employee-external-id-taken = Another employee already has this external id.

## CSV import

import-title = Import from CSV
import-upload-title = Upload a file
import-help = The first row names the columns: { $columns } (any order; email, name and department are required). Comma or semicolon separated, UTF-8.
import-sync-help = Employees are matched by external id, then by email: matched ones are updated, new ones created, listed inactive ones reactivated, and active employees missing from the file are deactivated.
import-file = CSV file
import-create-departments = Create departments that do not exist yet
import-confirm-deactivation = I confirm that many employees may be deactivated
import-submit = Import
import-no-file = Please choose a CSV file.
import-done = Import complete
import-created = { $count ->
    [one] { $count } employee created
   *[other] { $count } employees created
    }
import-updated = { $count ->
    [one] { $count } employee updated
   *[other] { $count } employees updated
    }
import-reactivated = { $count ->
    [one] { $count } employee reactivated
   *[other] { $count } employees reactivated
    }
import-deactivated = { $count ->
    [one] { $count } employee deactivated
   *[other] { $count } employees deactivated
    }
import-unchanged = { $count ->
    [one] { $count } employee unchanged
   *[other] { $count } employees unchanged
    }
import-departments-created = { $count ->
    [one] { $count } department created
   *[other] { $count } departments created
    }
import-rejected = { $count ->
    [one] Nothing was imported: { $count } problem must be fixed first.
   *[other] Nothing was imported: { $count } problems must be fixed first.
    }
import-line = Line
import-reason = Problem
import-confirm-title = Confirm deactivation
import-confirm-text = This import would deactivate { $count } of { $active } active employees, more than 20 %. Nothing has been changed yet.
import-confirm-submit = { $count ->
    [one] Import and deactivate { $count } employee
   *[other] Import and deactivate { $count } employees
    }
import-summary-line = Imported: { $created } created, { $updated } updated, { $reactivated } reactivated, { $deactivated } deactivated, { $unchanged } unchanged, { $departments } departments created.

## CSV problems (file)

import-not-utf8 = The file is not UTF-8 text. Please save it as “CSV UTF-8” and try again.
import-empty-file = The file is empty: it needs a header row naming the columns.
import-bad-header = The header row could not be read.
import-unknown-columns = Unknown columns: { $columns }. Allowed columns are: { $allowed }.
import-missing-columns = Required columns are missing: { $columns }.
import-duplicate-column = The column “{ $column }” appears more than once.

## CSV problems (rows)

import-field-count = Expected { $expected } fields but found { $found }.
import-unclosed-quote = A quoted field is never closed.
import-text-after-quote = Unexpected text after a closing quote.
import-empty-email = The email address is empty.
import-bad-email = “{ $value }” is not a valid email address.
import-empty-name = The name is empty.
import-bad-name = The name is longer than { $max } characters.
import-empty-department = The department is empty.
import-unknown-department = Unknown department “{ $value }” (choose “create departments” to add it).
import-bad-department = The department name is longer than { $max } characters.
import-bad-locale = Unknown language “{ $value }” (use en, nl, fr, es, ru or pl).
import-bad-external-id = The external id is longer than { $max } characters.
import-control-characters = The { $column } column must not contain control characters (such as tabs or text-direction overrides).
import-duplicate-email = The email address { $value } is also on line { $first }.
import-duplicate-external-id = The external id { $value } is also on line { $first }.
import-same-employee = This row matches the same employee as line { $first }.
import-email-taken = The email address { $value } belongs to another employee.
import-needs-confirmation = This import would deactivate { $count } of { $active } active employees (more than 20 %); confirm to proceed.

## Survey links that still go to an earlier address

employee-links-elsewhere = { $links ->
    [one] One open survey link still goes
   *[other] { $links } open survey links still go
    } to { $addresses }: a survey link keeps the address the employee had when the round opened.
employee-reissue = Send open survey links to the current address
employee-reissue-confirm = { $links ->
    [one] One open survey link of { $name } goes
   *[other] { $links } open survey links of { $name } go
    } to { $addresses }. Reissuing sends { $links ->
    [one] it
   *[other] them
    } to { $address } with a new link; the old { $links ->
    [one] link stops
   *[other] links stop
    } working, { $addresses } is told, and the reissue is listed in the audit log.
employee-reissue-nothing = Every open survey link of { $name } already goes to { $address }.
employee-notice-links-reissued = The open survey links were sent to the current address; the old address was told.
employee-notice-links-current = Every open survey link already goes to the current address.
