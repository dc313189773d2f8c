### innerpulse — e-mail „nieuwe resultaten” aan afdelingshoofden. Nederlands.

results-mail-subject = Nieuwe resultaten van uw interne klanten ({ $starts })
results-mail-intro = De enquêteronde van { $starts } tot { $ends } is gesloten. Dit zeiden uw interne klanten:
results-mail-figures = { $responses } antwoorden, algemene tevredenheid { $headline } / 5, interne NPS { $nps }
results-mail-withheld = te weinig antwoorden om resultaten te tonen (verborgen om de anonimiteit te beschermen)
results-mail-next = Bekijk de details, opmerkingen en bedankjes, en leg vast wat u gaat doen: uw klanten zien het in de volgende enquête.
