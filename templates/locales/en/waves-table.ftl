# Column headings of the waves table (issue 7: found by the browser tests' screenshots).
waves-col-invited = Invited
waves-col-delivered = Delivered
waves-col-failed = Failed
waves-col-answered = Answered
