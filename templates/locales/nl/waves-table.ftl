# Column headings of the waves table (issue 7: found by the browser tests' screenshots).
waves-col-invited = Uitgenodigd
waves-col-delivered = Bezorgd
waves-col-failed = Mislukt
waves-col-answered = Beantwoord
