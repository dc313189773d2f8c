### innerpulse — built-in questionnaire "Internal service pulse", English.
### Variables: $provider (providing department), $service (service name), $standard (service standard).

questionnaire-name = Internal service pulse

## Questions

# Rating 1–5 (agreement).
q-overall = Overall, I am satisfied with { $service }.
# Rating 1–5 (agreement).
q-standard = { $provider } keeps its promise: “{ $standard }”.
# Rating 1–5 (agreement).
q-responsiveness = When I need { $service }, I get a timely response.
# Rating 1–5 (agreement).
q-reliability = I can rely on { $service } to work as promised.
# Rating 1–5 (agreement).
q-communication = { $provider } keeps me informed about my requests.
    .help = For example: confirmation that your request arrived, updates while it is in progress, and a clear message when it is done.
# 0–10 (internal NPS).
q-recommend = How likely are you to recommend { $service } to a colleague?
# Time bands, see lost-time-*.
q-lost-time = In the last month, how much of your work time did problems with { $service } cost you?
    .help = Count waiting, workarounds and work you had to redo.
# Free text.
q-change = What is the one thing { $provider } should change or improve?
    .help = A concrete example helps most. Please leave out details that could identify you or others.
# Free text, optional.
q-thanks = Is there anyone at { $provider } you would like to thank? What for?
    .help = Optional. Your thanks reaches { $provider } without your name.

## Agreement scale (1–5)

scale-agree-1 = Strongly disagree
scale-agree-2 = Disagree
scale-agree-3 = Neutral
scale-agree-4 = Agree
scale-agree-5 = Strongly agree

## Recommendation scale (0–10) end labels

scale-recommend-low = Not at all likely
scale-recommend-high = Extremely likely

## Lost work time bands

lost-time-0 = None
lost-time-1 = Less than an hour
lost-time-2 = 1–4 hours
lost-time-3 = Half a day to a day
lost-time-4 = More than a day

## Yes / no

answer-yes = Yes
answer-no = No

## Dimensions (short labels for charts)

dimension-reliability = Reliability
dimension-responsiveness = Responsiveness
dimension-communication = Communication
dimension-competence = Competence
dimension-courtesy = Courtesy
dimension-standard = Service standard
dimension-overall = Overall
