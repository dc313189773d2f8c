admin-home-title = Vue d’ensemble du programme
admin-home-intro = Définissez qui sert qui, ce que vous demandez et quand — puis suivez l’arrivée des réponses.
count-departments = { $count ->
    [one] service
   *[other] services
}
count-employees = { $count ->
    [one] collaborateur actif
   *[other] collaborateurs actifs
}
count-relationships = { $count ->
    [one] relation de service
   *[other] relations de service
}
count-cycles = { $count ->
    [one] cycle d’enquête actif
   *[other] cycles d’enquête actifs
}
count-accounts = { $count ->
    [one] compte du personnel
   *[other] comptes du personnel
}
