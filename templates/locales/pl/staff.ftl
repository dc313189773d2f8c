admin-home-title = Przegląd programu
admin-home-intro = Określ, kto komu świadczy usługi, o co i kiedy pytać — i obserwuj napływające odpowiedzi.
count-departments = { $count ->
    [one] dział
    [few] działy
    [many] działów
   *[other] działu
}
count-employees = { $count ->
    [one] aktywny pracownik
    [few] aktywnych pracowników
    [many] aktywnych pracowników
   *[other] aktywnego pracownika
}
count-relationships = { $count ->
    [one] relacja usługowa
    [few] relacje usługowe
    [many] relacji usługowych
   *[other] relacji usługowej
}
count-cycles = { $count ->
    [one] aktywny cykl ankiet
    [few] aktywne cykle ankiet
    [many] aktywnych cykli ankiet
   *[other] aktywnego cyklu ankiet
}
count-accounts = { $count ->
    [one] konto pracownika
    [few] konta pracowników
    [many] kont pracowników
   *[other] konta pracownika
}
