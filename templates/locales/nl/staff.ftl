admin-home-title = Programma-overzicht
admin-home-intro = Leg vast wie wie bedient, wat u vraagt en wanneer — en zie de antwoorden binnenkomen.
count-departments = { $count ->
    [one] afdeling
   *[other] afdelingen
}
count-employees = { $count ->
    [one] actieve medewerker
   *[other] actieve medewerkers
}
count-relationships = { $count ->
    [one] dienstrelatie
   *[other] dienstrelaties
}
count-cycles = { $count ->
    [one] actieve enquêtecyclus
   *[other] actieve enquêtecycli
}
count-accounts = { $count ->
    [one] medewerkersaccount
   *[other] medewerkersaccounts
}
