# Column headings of the waves table (issue 7: found by the browser tests' screenshots).
waves-col-invited = Invitées
waves-col-delivered = Distribuées
waves-col-failed = En échec
waves-col-answered = Avec réponse
