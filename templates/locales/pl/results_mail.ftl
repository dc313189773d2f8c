### innerpulse — e-mail „nowe wyniki” do kierowników działów. Polski.

results-mail-subject = Nowe wyniki od Twoich klientów wewnętrznych ({ $starts })
results-mail-intro = Runda ankiety od { $starts } do { $ends } została zamknięta. Oto co powiedzieli Twoi klienci wewnętrzni:
results-mail-figures = odpowiedzi: { $responses }, ogólne zadowolenie { $headline } / 5, wewnętrzny NPS { $nps }
results-mail-withheld = za mało odpowiedzi, by pokazać wyniki (ukryte, aby chronić anonimowość)
results-mail-next = Zobacz szczegóły, komentarze i podziękowania i zapisz, co zrobisz: klienci zobaczą to w następnej ankiecie.
