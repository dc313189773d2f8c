### innerpulse — "new results" email to department heads. English.

results-mail-subject = New results from your internal customers ({ $starts })
results-mail-intro = The survey round of { $starts } to { $ends } has closed. This is what your internal customers said:
results-mail-figures = { $responses } responses, overall satisfaction { $headline } / 5, internal NPS { $nps }
results-mail-withheld = not enough responses to show results (kept hidden to protect anonymity)
results-mail-next = See the details, comments and thanks, and record what you will do next: your customers will see it in the next survey.
