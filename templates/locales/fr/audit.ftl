## Journal d'audit (/admin/audit)

nav-audit = Journal d'audit
audit-title = Journal d'audit
audit-intro = Qui a modifié quel employé, service, prestation, compte, clé d'API, cycle d’enquête, questionnaire ou paramètre, et quand (UTC). Les entrées ne peuvent être ni modifiées ni supprimées ; elles disparaissent après la durée de conservation.
audit-filter-kind = Type
audit-kind-all = Tous les types
audit-kind-employee = Employé
audit-kind-department = Service
audit-kind-relationship = Prestation
audit-kind-account = Compte
audit-kind-api_key = Clé d'API
audit-kind-cycle = Cycle d’enquête
audit-kind-questionnaire = Questionnaire
audit-kind-setting = Paramètre
audit-filter-search = Objet ou personne
audit-filter-since = Du
audit-filter-until = Au
audit-filter-invalid = Le filtre est illisible ; toutes les entrées sont affichées.
audit-count = { $count ->
    [one] { $count } entrée
   *[other] { $count } entrées
}
audit-empty = Rien n'a encore été enregistré.
audit-none-found = Aucune entrée ne correspond au filtre.
audit-col-when = Quand (UTC)
audit-col-who = Qui
audit-col-what = Quoi
audit-col-subject = Objet
audit-col-changes = Avant → après
