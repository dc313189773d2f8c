admin-home-title = Programme overview
admin-home-intro = Set up who serves whom, what you ask, and when — then watch the answers come in.
count-departments = { $count ->
    [one] department
   *[other] departments
}
count-employees = { $count ->
    [one] active employee
   *[other] active employees
}
count-relationships = { $count ->
    [one] service relationship
   *[other] service relationships
}
count-cycles = { $count ->
    [one] active survey cycle
   *[other] active survey cycles
}
count-accounts = { $count ->
    [one] staff account
   *[other] staff accounts
}
