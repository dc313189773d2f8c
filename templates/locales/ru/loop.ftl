### innerpulse — замыкание цикла: действия, переписка, благодарности, русский.
### Только текст: разметку добавляют шаблоны. Количества передаются числами.

nav-conversations = Переписка
nav-recognition = Признание

## «Вы сказали — мы сделали» (страница опроса и письма)

loop-survey-actions-intro = Что { $provider } сделал по отзывам ваших коллег:
loop-email-actions-intro = Что подразделения сделали по вашим отзывам после прошлого опроса:

## Страница благодарности

loop-conversation-open = Открыть переписку
loop-conversation-copy = Ссылка, которую нужно сохранить или скопировать

## Страницы переписки

loop-conversations-title = Переписка
loop-conversations-intro = Сообщения между вашим подразделением и коллегами, оставившими комментарий. Никто — и вы тоже — не может узнать, кто написал комментарий.
loop-conversations-all = Вся переписка
loop-conversations-awaiting = Ждут вашего ответа
loop-conversations-none-awaiting = Ни одна переписка не ждёт ответа.
loop-conversations-empty = Переписки пока нет. Откройте комментарий на странице результатов и ответьте, чтобы начать её.
loop-col-service = Услуга
loop-col-round = Волна опроса
loop-col-messages = Сообщения
loop-col-state = Состояние
loop-marker-unread = Новый ответ
loop-marker-awaiting = Ждёт ответа
loop-marker-closed = Завершена
loop-no-messages = Сообщений пока нет.
loop-message-pending = Дойдёт до { $provider } завтра вместе с другими сегодняшними сообщениями, чтобы никто не узнал, когда вы его написали.
loop-conversation-staff-title = Комментарий об услуге { $service }
loop-the-comment = Комментарий
loop-anonymous-note = Написано анонимно. Не пытайтесь выяснить, кто это написал; отвечайте по существу.
loop-messages = Сообщения
loop-from-colleague = Коллега (анонимно)
loop-staff-delay-note = Сообщения коллеги, а также завершение им разговора, появляются здесь на следующий день, чтобы время не выдало, кто их написал.
loop-reply-label = Ваш ответ
loop-reply-help = Простой текст, не более { $max } символов. Ваше подразделение может отправлять { $per_day } сообщений в день в этой переписке.
loop-respondent-reply-help = Простой текст, не более { $max } символов, { $per_day } сообщений в день. Не указывайте своё имя и ничего, по чему вас можно узнать.
loop-conversation-ended-staff = Эта переписка завершена. Новые сообщения отправить нельзя.
loop-close-title = Завершить эту переписку?
loop-close-staff-text = После этого ни ваше подразделение, ни коллега не смогут писать в переписке об услуге { $service }. Сообщения останутся доступны для чтения.
loop-close-respondent-text = После этого ни вы, ни подразделение не сможете писать в переписке об услуге { $service }. Сообщения останутся доступны по вашей ссылке.
loop-your-comment = Ваш комментарий
loop-bookmark-reminder = Сохраните адрес этой страницы: это единственный способ вернуться к переписке, повторно его отправить нельзя.
loop-conversation-unknown-title = Переписка ещё не открыта
loop-conversation-unknown-text = Комментарии остаются запечатанными, пока раунд опроса не закроется и достаточно коллег не ответят об этой службе; тогда переписка откроется по этой же ссылке. Если раунд закрылся давно, проверьте, что вы скопировали ссылку полностью.
loop-message-empty = Напишите сообщение.
loop-message-too-long = Сократите сообщение до { $max } символов.
loop-rate-limited-respondent = В этой переписке можно отправлять не более { $max } сообщений в день. Возвращайтесь завтра; ваш текст остался в поле ниже.
loop-rate-limited-staff = Ваше подразделение может отправлять в этой переписке не более { $max } сообщений в день. Попробуйте завтра; ваш текст остался в поле ниже.

## Действия

loop-actions-title = Действия
loop-actions-for = Действия по услуге { $service }
loop-actions-intro = Что подразделения-поставщики пообещали сделать в ответ на отзывы своих внутренних клиентов. Клиенты видят новые действия и их статус в следующем опросе.
loop-action-record = Записать действие
loop-action-created = Действие записано. Клиенты увидят его в следующем опросе.
loop-action-updated = Действие сохранено.
loop-action-deleted = Действие удалено.
loop-action-translated = Переводы сохранены.
loop-actions-overdue-count =
    { $count ->
        [one] { $count } действие просрочено.
        [few] { $count } действия просрочены.
       *[other] { $count } действий просрочено.
    }
loop-actions-show-overdue = Показать просроченные
loop-action-status = Статус
loop-actions-any-status = Любой статус
loop-actions-overdue-only = Только просроченные
loop-actions-empty = Действий пока нет.
loop-actions-empty-service = По этой услуге действий пока нет. Запишите, что вы сделаете по отзывам, чтобы клиенты увидели результат.
loop-actions-count =
    { $count ->
        [one] { $count } действие
        [few] { $count } действия
       *[other] { $count } действий
    }
loop-action-overdue = Просрочено
loop-action-owner = Ответственное подразделение
loop-action-topic = Тема
loop-topic-service = Услуга в целом
loop-action-due-on = Срок
loop-action-recorded-by = Записал(а)
loop-action-translations = Переводы
loop-action-set-status = Изменить статус
loop-action-translate = Перевести
loop-action-edit-title = Изменить действие
loop-action-form-intro = Кратко опишите, что вы измените. Клиенты этой услуги увидят название и статус в следующем опросе.
loop-action-title-label = Название
loop-action-description-label = Описание
loop-action-visible-note = Название и статус показываются клиентам этой услуги в следующей волне опроса, на их языке, если вы добавите перевод.
loop-action-delete-title = Удалить это действие?
loop-action-delete-text = Действие и его переводы будут удалены и больше не будут показываться клиентам. Это нельзя отменить.
loop-action-translations-title = Переводы
loop-action-translations-intro = Клиенты видят название на своём языке, если есть перевод, иначе — как оно было записано. Оставьте язык пустым, чтобы удалить перевод.
err-action-title = Введите название длиной от 1 до 200 символов.
err-action-description = Сократите описание до 4000 символов.
err-action-owner = Выберите существующее подразделение.
err-action-status = Выберите: запланировано, в работе или выполнено.
err-action-due-on = Укажите срок как дату (ГГГГ-ММ-ДД) или оставьте поле пустым.
err-action-topic = Выберите услугу, измерение или существующий вопрос.

## Благодарности

loop-thanks-title = За что вас благодарят внутренние клиенты
loop-thanks-intro = Благодарности, которые коллеги написали в опросах, без имён и дат.
loop-thanks-gate =
    { $k ->
        [one] Благодарности появляются, когда волна опроса закрыта и по услуге есть хотя бы { $k } ответ.
        [few] Благодарности появляются, когда волна опроса закрыта и по услуге есть хотя бы { $k } ответа.
       *[other] Благодарности появляются, когда волна опроса закрыта и по услуге есть хотя бы { $k } ответов.
    }
loop-thanks-department = Подразделение
loop-thanks-all-departments = Все подразделения
loop-thanks-empty = Благодарностей пока нет.
loop-thanks-count =
    { $count ->
        [one] { $count } благодарность
        [few] { $count } благодарности
       *[other] { $count } благодарностей
    }
loop-thanks-is-shared = Показано всей организации
loop-thanks-share = Показать всей организации
loop-thanks-unshare = Больше не показывать
loop-thanks-share-title = Показать эту благодарность всей организации?
loop-thanks-unshare-title = Больше не показывать эту благодарность?
loop-thanks-share-text = Все сотрудники увидят этот текст на странице признания вместе с услугой и месяцем. Убедитесь, что он не выдаёт автора.
loop-thanks-unshare-text = Благодарность исчезнет со страницы признания. Подразделение по-прежнему её видит.
loop-thanks-already-shared = Эта благодарность уже показана.
loop-thanks-not-shared = Эта благодарность не показана.
loop-thanks-shared-notice = Благодарность теперь на странице признания.
loop-thanks-unshared-notice = Благодарности больше нет на странице признания.
loop-recognition-title = Признание
loop-recognition-intro = Благодарности коллег за услуги других подразделений, которыми поделился отдел кадров.
loop-recognition-empty = Пока ничего не показано.
loop-recognition-for = Для { $service } ({ $provider })
