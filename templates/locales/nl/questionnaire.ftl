### innerpulse — ingebouwde vragenlijst ‘Interne servicepeiling’, Nederlands.
### Variabelen: $provider (leverende afdeling), $service (naam van de dienst), $standard (servicenorm).

questionnaire-name = Interne servicepeiling

## Vragen

q-overall = Over het geheel genomen ben ik tevreden over { $service }.
q-standard = { $provider } maakt deze belofte waar: ‘{ $standard }’.
q-responsiveness = Als ik { $service } nodig heb, krijg ik op tijd een reactie.
q-reliability = Ik kan erop rekenen dat { $service } werkt zoals beloofd.
q-communication = { $provider } houdt mij op de hoogte van mijn aanvragen.
    .help = Bijvoorbeeld: een bevestiging dat uw aanvraag is ontvangen, tussentijdse updates en een duidelijk bericht als alles is afgerond.
q-recommend = Hoe waarschijnlijk is het dat u { $service } aan een collega zou aanbevelen?
q-lost-time = Hoeveel van uw werktijd hebben problemen met { $service } u de afgelopen maand gekost?
    .help = Tel wachttijd, omwegen en dubbel werk mee.
q-change = Wat is het belangrijkste dat { $provider } zou moeten veranderen of verbeteren?
    .help = Een concreet voorbeeld helpt het meest. Laat details weg waaraan u of anderen herkend kunnen worden.
q-thanks = Is er iemand bij { $provider } die u wilt bedanken? Waarvoor?
    .help = Optioneel. Uw bedankje komt zonder uw naam bij { $provider } terecht.

## Schaal van instemming (1–5)

scale-agree-1 = Helemaal mee oneens
scale-agree-2 = Mee oneens
scale-agree-3 = Neutraal
scale-agree-4 = Mee eens
scale-agree-5 = Helemaal mee eens

## Aanbevelingsschaal (0–10)

scale-recommend-low = Helemaal niet waarschijnlijk
scale-recommend-high = Zeer waarschijnlijk

## Verloren werktijd

lost-time-0 = Geen
lost-time-1 = Minder dan een uur
lost-time-2 = 1–4 uur
lost-time-3 = Een halve tot een hele dag
lost-time-4 = Meer dan een dag

## Ja / nee

answer-yes = Ja
answer-no = Nee

## Dimensies (korte labels voor grafieken)

dimension-reliability = Betrouwbaarheid
dimension-responsiveness = Reactiesnelheid
dimension-communication = Communicatie
dimension-competence = Deskundigheid
dimension-courtesy = Vriendelijkheid
dimension-standard = Servicenorm
dimension-overall = Algemeen
