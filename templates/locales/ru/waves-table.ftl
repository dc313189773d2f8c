# Column headings of the waves table (issue 7: found by the browser tests' screenshots).
waves-col-invited = Приглашено
waves-col-delivered = Доставлено
waves-col-failed = Не доставлено
waves-col-answered = С ответом
