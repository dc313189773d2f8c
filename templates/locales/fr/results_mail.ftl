### innerpulse — e-mail « nouveaux résultats » aux responsables de département. Français.

results-mail-subject = Nouveaux résultats de vos clients internes ({ $starts })
results-mail-intro = La campagne du { $starts } au { $ends } est clôturée. Voici ce que vos clients internes ont dit :
results-mail-figures = { $responses } réponses, satisfaction globale { $headline } / 5, NPS interne { $nps }
results-mail-withheld = pas assez de réponses pour afficher des résultats (masqués pour protéger l’anonymat)
results-mail-next = Consultez le détail, les commentaires et les remerciements, et notez ce que vous allez faire : vos clients le verront dans la prochaine enquête.
