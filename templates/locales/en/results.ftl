### innerpulse — results pages for providers and HR (dashboard, overview, exports). English.

results-intro = What internal customers think of each service. Every figure is shown only when enough colleagues answered to keep them anonymous.
results-no-providers = There are no services whose results you can see yet.
results-no-services = This department does not provide any service yet.
results-overview-link = Organisation overview
results-export-all = Export all results as CSV
results-back = All results
results-provider-title = Results for { $provider }
results-gate-note = A figure appears only when at least { $k } colleagues answered; smaller groups are hidden or merged so that nobody’s answers can be worked out.
results-for-customer = For { $customer }
results-for-everyone = For the whole organisation
results-inactive = no longer surveyed
results-standard = Service standard:
results-no-final-wave = No survey round about this service has closed yet.
results-period = Round of { $starts } to { $ends }
results-record-action = Record an action
results-see-actions = Actions
results-live-title = A survey round is open until { $closes }.
results-live-rate = { $answered } of { $invited } colleagues have answered so far ({ $rate } %).
results-live-too-few = Fewer than { $k } colleagues have answered so far.
results-live-why = Scores appear when the round closes: figures that changed with every answer would show what the latest person said.
results-responses-label = Responses
results-not-applicable = Haven’t used it
results-carried-over =
    { $count ->
        [one] Includes { $count } answer carried over from the round of { $since }: it waited, sealed, until the service had enough answers to be shown.
       *[other] Includes { $count } answers carried over from the round of { $since }: they waited, sealed, until the service had enough answers to be shown.
    }
results-rate-label = Response rate
results-headline = Overall satisfaction
results-dimensions = By dimension
results-questions = Question by question
results-question-not-enough = Not enough answers this round: a question’s figures appear once at least { $k } colleagues answered it.
results-favourable = { $share } % agree
results-nps-split = { $promoters } % promoters, { $passives } % passives, { $detractors } % detractors
results-yes-share = { $share } % yes
results-answers =
    { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }
results-distribution = How the answers are spread
results-answer = Answer
results-share = Share
results-answers-col = Answers
results-comments-too-few = Comments are shown once enough colleagues have answered, so that nobody can be recognised by what they wrote.
results-no-comments = No comments this round.
results-comments-note = In random order and without dates, so that nobody can be recognised.
results-comment-label = Comment
results-reply = Reply privately
results-trend-title =
    { $count ->
        [one] Trend over the last round
       *[other] Trend over the last { $count } rounds
    }
results-trend-headline = Overall satisfaction per round (1–5)
results-trend-nps = Internal NPS per round (−100 to 100)
results-chart-data = Show the figures as a table
results-not-enough-this-round = Not enough answers this round
results-no-answers-this-round = No answers this round
results-n = n = { $count }
results-dimension-from = from { $used } of { $total } questions this round
results-question-trend = This question over the last { $count } rounds
results-touchpoints = After interactions (touchpoints), by month
results-month = Month
results-breakdown = By customer department
results-customer-department = Customer department
results-all-customers = All customers
results-breakdown-merged = Departments with fewer than { $k } answers are merged into “Other departments” (or left out) so that their answers cannot be worked out by subtraction.

overview-title = Organisation overview
overview-wave = Survey round
overview-metric = Figure
overview-show = Show
overview-heatmap = Services by customer department
overview-heatmap-help = Each cell: how a customer department rates a providing department. “<{ $k }” means too few answers to show.
overview-provider = Provider
overview-withheld-title = Fewer than { $k } answers, or showing it would let a small group be worked out
overview-no-answers = no answers
overview-ranking = Services ranked
overview-no-ranking = No service has enough answers in this round yet (at least { $k }).
overview-by-score = By overall satisfaction
overview-by-change = By change since the previous round
overview-no-change = No earlier round to compare with.
overview-participation = Participation per cycle
overview-one-question = One question
overview-question = Question
overview-question-help = Used when “One question” is chosen: its average, or the share answering “yes”.
overview-the-service = the service
overview-the-provider = the provider
overview-the-standard = its service standard

comments-title = Comments on { $service }
comments-back = Back to the results of { $provider }
comments-count =
    { $count ->
        [one] { $count } comment or thanks.
       *[other] { $count } comments and thanks.
    }
comments-see-all = See all { $count } comments and thanks
