# Column headings of the waves table (issue 7: found by the browser tests' screenshots).
waves-col-invited = Zaproszone
waves-col-delivered = Dostarczone
waves-col-failed = Niedostarczone
waves-col-answered = Z odpowiedzią
