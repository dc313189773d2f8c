### innerpulse — HR setup of a short pulse: core and rotating questions, the cycle's questions per section and per wave. English.
### Plain text only: the templates add all markup.

qn-core = Core question: asked in every section
qn-core-help = Core questions are asked in every section. The other questions rotate: each section asks as many of them as the cycle allows, a different one each wave, so that over a few waves every question is asked.
qn-core-badge = Core
qn-rotating-badge = Rotating
qn-core-summary = { $core ->
        [one] One core question is
       *[other] { $core } core questions are
    } asked in every section; { $rotating ->
        [one] one question rotates
       *[other] { $rotating } questions rotate
    }.
cy-pulse = Short pulse
cy-pulse-intro = Core questions are asked in every section; the other questions rotate, so that each employee answers a few and the service still hears about all of them over a few waves.
cy-questions-per-section = Questions per section
cy-questions-per-section-help = The { $core } core questions plus rotating ones; the questionnaire has { $total } questions. Empty: every question.
cy-questions-per-section-help-plain = Core questions plus rotating ones. Empty: every question.
cy-max-answers = Questions per employee per wave at most
cy-max-answers-help = All sections together, { $least } to { $most }. Empty: no limit.
cy-shorten-by = When an employee’s sections would ask more than that
cy-shorten-by-rotating_questions = Fewer rotating questions first, then fewer sections
cy-shorten-by-sections = Fewer sections first, then fewer rotating questions
cy-shorten-by-short = Over the maximum
cy-every-question = Every question
cy-no-limit = No limit
cy-every-question-notice = This cycle asks every question ({ $count } per section) until you set questions per section.
cy-preview-title = What this means for employees
cy-preview-row = An employee who receives { $services ->
        [one] one service
       *[other] { $services } services
    } answers at most { $questions ->
        [one] one question
       *[other] { $questions } questions
    }: about { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.
cy-preview-row-fewer = An employee who receives { $services } services answers at most { $questions } questions in { $sections ->
        [one] one section
       *[other] { $sections } sections
    }: about { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }.
cy-preview-comments = Some rotating questions are comment fields, which take longer: this estimate counts every rotating question as a choice question.
cy-preview-basis = Estimated at { $choice } seconds per choice question and { $comment } seconds per comment field, for services with a service standard.
cy-preview-form-note = Worked out from the settings and questionnaire shown when this page was loaded; save to see it for other values.
err-cy-questions-per-section = Ask from { $min } to { $max } questions per section: the { $core } core questions and rotating ones, at most every question. Leave it empty to ask every question.
err-cy-max-answers = Allow from { $min } to { $max } questions per wave: at least the core questions of one section. Leave it empty for no limit.
err-cy-shorten-by = Choose whether fewer rotating questions or fewer sections come first.
err-qn-locale = Give each text in one of the shipped languages (en, nl, fr, es, ru, pl), each language once.
