## Auditlog (/admin/audit)

nav-audit = Auditlog
audit-title = Auditlog
audit-intro = Wie welke medewerker, afdeling, dienst, account, API-sleutel, enquêtecyclus, vragenlijst of instelling heeft gewijzigd, en wanneer (UTC). Regels kunnen niet worden bewerkt of verwijderd; ze verdwijnen na de bewaartermijn.
audit-filter-kind = Soort
audit-kind-all = Alle soorten
audit-kind-employee = Medewerker
audit-kind-department = Afdeling
audit-kind-relationship = Dienst
audit-kind-account = Account
audit-kind-api_key = API-sleutel
audit-kind-cycle = Enquêtecyclus
audit-kind-questionnaire = Vragenlijst
audit-kind-setting = Instelling
audit-filter-search = Onderwerp of persoon
audit-filter-since = Vanaf
audit-filter-until = Tot en met
audit-filter-invalid = Het filter kon niet worden gelezen; alle regels worden getoond.
audit-count = { $count ->
    [one] { $count } regel
   *[other] { $count } regels
}
audit-empty = Er is nog niets vastgelegd.
audit-none-found = Geen regel past bij het filter.
audit-col-when = Wanneer (UTC)
audit-col-who = Wie
audit-col-what = Wat
audit-col-subject = Onderwerp
audit-col-changes = Oud → nieuw
