# Column headings of the waves table (issue 7: found by the browser tests' screenshots).
waves-col-invited = Invitadas
waves-col-delivered = Entregadas
waves-col-failed = Fallidas
waves-col-answered = Respondidas
