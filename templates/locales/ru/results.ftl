### innerpulse — страницы результатов для подразделений-поставщиков и HR (панель, обзор, выгрузки). Русский.

results-intro = Что внутренние клиенты думают о каждой услуге. Каждый показатель появляется, только когда ответило достаточно коллег, чтобы сохранить их анонимность.
results-no-providers = Пока нет услуг, результаты которых вы можете видеть.
results-no-services = Это подразделение пока не оказывает услуг.
results-overview-link = Обзор организации
results-export-all = Выгрузить все результаты в CSV
results-back = Все результаты
results-provider-title = Результаты: { $provider }
results-gate-note = Показатель появляется, только если ответили не менее { $k } коллег; меньшие группы скрываются или объединяются, чтобы ничьи ответы нельзя было вычислить.
results-for-customer = Для: { $customer }
results-for-everyone = Для всей организации
results-inactive = больше не опрашивается
results-standard = Стандарт обслуживания:
results-no-final-wave = Ни один опрос об этой услуге ещё не завершён.
results-period = Опрос с { $starts } по { $ends }
results-record-action = Записать действие
results-see-actions = Действия
results-live-title = Опрос открыт до { $closes }.
results-live-rate = Пока ответили { $answered } из { $invited } коллег ({ $rate } %).
results-live-too-few = Пока ответили менее { $k } коллег.
results-live-why = Оценки появятся после закрытия опроса: цифры, меняющиеся с каждым ответом, показали бы, что сказал последний ответивший.
results-responses-label = Ответы
results-not-applicable = Не пользовались
results-carried-over =
    { $count ->
        [one] Включает { $count } ответ из раунда от { $since }: он оставался запечатанным, пока у службы не набралось достаточно ответов для показа.
        [few] Включает { $count } ответа из раунда от { $since }: они оставались запечатанными, пока у службы не набралось достаточно ответов для показа.
       *[other] Включает { $count } ответов из раунда от { $since }: они оставались запечатанными, пока у службы не набралось достаточно ответов для показа.
    }
results-rate-label = Доля ответивших
results-headline = Общая удовлетворённость
results-dimensions = По аспектам
results-questions = По вопросам
results-question-not-enough = Недостаточно ответов в этом опросе: показатели вопроса появляются, когда на него ответят не менее { $k } коллег.
results-favourable = { $share } % согласны
results-nps-split = { $promoters } % сторонников, { $passives } % нейтральных, { $detractors } % критиков
results-yes-share = { $share } % «да»
results-answers =
    { $count ->
        [one] { $count } ответ
        [few] { $count } ответа
        [many] { $count } ответов
       *[other] { $count } ответа
    }
results-distribution = Распределение ответов
results-answer = Ответ
results-share = Доля
results-answers-col = Ответы
results-comments-too-few = Комментарии показываются, когда ответило достаточно коллег, чтобы никого нельзя было узнать по тексту.
results-no-comments = В этом опросе комментариев нет.
results-comments-note = В случайном порядке и без дат, чтобы никого нельзя было узнать.
results-comment-label = Комментарий
results-reply = Ответить лично
results-trend-title =
    { $count ->
        [one] Динамика за последний опрос
        [few] Динамика за последние { $count } опроса
        [many] Динамика за последние { $count } опросов
       *[other] Динамика за последние { $count } опроса
    }
results-trend-headline = Общая удовлетворённость по опросам (1–5)
results-trend-nps = Внутренний NPS по опросам (от −100 до 100)
results-chart-data = Показать цифры таблицей
results-not-enough-this-round = Недостаточно ответов в этом опросе
results-no-answers-this-round = В этом опросе ответов нет
results-n = n = { $count }
results-dimension-from = по { $used } из { $total } вопросов в этом опросе
results-question-trend =
    { $count ->
        [one] Этот вопрос за последний { $count } опрос
        [few] Этот вопрос за последние { $count } опроса
        [many] Этот вопрос за последние { $count } опросов
       *[other] Этот вопрос за последние { $count } опроса
    }
results-touchpoints = После обращений (точки контакта), по месяцам
results-month = Месяц
results-breakdown = По подразделениям-клиентам
results-customer-department = Подразделение-клиент
results-all-customers = Все клиенты
results-breakdown-merged = Подразделения, где меньше { $k } ответов, объединены в «Другие подразделения» (или не показаны), чтобы их ответы нельзя было вычислить вычитанием.

overview-title = Обзор организации
overview-wave = Опрос
overview-metric = Показатель
overview-show = Показать
overview-heatmap = Услуги по подразделениям-клиентам
overview-heatmap-help = Каждая ячейка — оценка, которую подразделение-клиент ставит поставщику. «<{ $k }» — слишком мало ответов, чтобы показать.
overview-provider = Поставщик
overview-withheld-title = Меньше { $k } ответов, или показ позволил бы вычислить ответы маленькой группы
overview-no-answers = нет ответов
overview-ranking = Рейтинг услуг
overview-no-ranking = Ни у одной услуги пока нет достаточного числа ответов в этом опросе (не менее { $k }).
overview-by-score = По общей удовлетворённости
overview-by-change = По изменению с прошлого опроса
overview-no-change = Нет прошлого опроса для сравнения.
overview-participation = Участие по циклам
overview-one-question = Один вопрос
overview-question = Вопрос
overview-question-help = Используется при выборе «Один вопрос»: среднее значение или доля ответов «да».
overview-the-service = услуга
overview-the-provider = поставщик
overview-the-standard = стандарт обслуживания

comments-title = Комментарии об услуге «{ $service }»
comments-back = Назад к результатам: { $provider }
comments-count = Комментариев и благодарностей: { $count }.
comments-see-all = Все комментарии и благодарности ({ $count })
