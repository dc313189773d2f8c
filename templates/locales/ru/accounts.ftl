### innerpulse — учётные записи сотрудников, ссылки для пароля, настройки учётной записи и ключи API, русский.
### Только простой текст: разметку добавляют шаблоны.

## Список учётных записей и приглашения (HR)

acct-list-title = Учётные записи сотрудников
acct-invite-action = Пригласить сотрудника
acct-col-name = Имя
acct-col-email = Электронная почта
acct-col-role = Роль
acct-col-departments = Отделы
acct-col-status = Статус
acct-col-last-login = Последний вход
acct-col-created = Создана
acct-role-hr_admin = HR-администратор
acct-role-department_head = Руководитель отдела
acct-role-viewer = Наблюдатель
acct-role-help-hr_admin = управляет организацией, опросами, учётными записями и ключами API, видит все результаты
acct-role-help-department_head = просматривает результаты своих отделов и работает с ними
acct-role-help-viewer = просматривает результаты и ничего не меняет
acct-status-pending = Приглашён
acct-never = Никогда
acct-field-role = Роль
acct-field-departments = Отделы
acct-departments-help = Только для руководителей отделов: отделы, результаты которых они видят.
acct-no-departments = Отделов пока нет. Добавьте отделы, прежде чем приглашать руководителей.
acct-invite-title = Пригласить сотрудника
acct-invite-intro = Приглашённый получит письмо со ссылкой для выбора пароля. Ссылка действует 24 часа.
acct-back-to-list = Все учётные записи
acct-field-email = Электронная почта
acct-field-name = Имя
acct-field-language = Язык
acct-invite-submit = Отправить приглашение
acct-notice-invited = Приглашение отправлено.
acct-notice-resent = Отправлено новое приглашение. Прежние ссылки приглашения больше не действуют.
acct-notice-saved = Изменения сохранены.
acct-role-title = Роль и отделы
acct-self-note = Это ваша учётная запись: вы не можете снять с себя роль HR-администратора или отключить себя.
acct-actions-title = Доступ
acct-resend = Отправить приглашение ещё раз
acct-deactivate = Отключить
acct-reactivate = Включить снова
acct-deactivate-title = Отключить эту учётную запись?
acct-deactivate-confirm = { $name } ({ $email }) сразу выйдет из системы и больше не сможет войти. Открытые ссылки приглашения и смены пароля перестанут действовать. Позже учётную запись можно включить снова.

## Ошибки учётной записи

acct-error-email = Введите правильный адрес электронной почты.
acct-error-email-taken = Учётная запись с этим адресом уже существует.
acct-error-name-required = Введите имя.
acct-error-name-too-long = Имя может содержать не более 200 символов.
acct-error-role = Выберите роль.
acct-error-locale = Выберите один из предложенных языков.
acct-error-head-needs-department = Руководителю отдела нужен хотя бы один отдел.
acct-error-unknown-department = Один из выбранных отделов больше не существует. Обновите страницу.
acct-error-self-demotion = Вы не можете снять с себя роль HR-администратора. Попросите об этом другого HR-администратора.
acct-error-self-deactivation = Вы не можете отключить свою учётную запись. Попросите об этом другого HR-администратора.
acct-error-last-admin = Это последний активный HR-администратор. Сначала назначьте HR-администратором кого-то другого.
acct-error-not-pending = Эта учётная запись уже активирована, поэтому отправлять приглашение не нужно.
acct-error-current-password = Текущий пароль указан неверно.
acct-error-generic = Не удалось внести это изменение.

## Выбор пароля по ссылке из письма

acct-accept-title = Добро пожаловать в innerpulse
acct-accept-intro = Выберите пароль для учётной записи { $email }. Вы будете входить с ним и своим адресом электронной почты.
acct-reset-intro = Выберите новый пароль для учётной записи { $email }.
acct-password-rules = Не менее { $min } символов. Очень распространённые пароли не принимаются; короткую фразу легко запомнить и трудно угадать.
acct-link-expired-title = Эта ссылка больше не действует
acct-link-expired-help = Ссылки приглашения и смены пароля действуют 24 часа и используются один раз. Вы можете запросить новую ссылку для смены пароля или попросить HR-администратора отправить новое приглашение.

## Настройки учётной записи

settings-title = Ваша учётная запись
settings-notice-saved = Настройки сохранены.
settings-notice-password = Пароль изменён.
settings-profile-title = Имя и язык
settings-password-title = Сменить пароль
settings-current-password = Текущий пароль
settings-password-submit = Сменить пароль

## Ключи API (HR)

apikey-title = Ключи API
apikey-intro = Ключи API позволяют другим системам — вашей HR-системе, системе заявок или отчётности — работать с API innerpulse. Выдавайте каждой интеграции отдельный ключ только с нужными правами.
apikey-notice-revoked = Ключ отозван. Запросы с ним теперь отклоняются.
apikey-create-title = Создать ключ
apikey-field-name = Название
apikey-field-scopes = Права
apikey-scope-import = импорт сотрудников и отделов
apikey-scope-touchpoint = опрос сотрудника о сервисе после обращения
apikey-scope-results-read = чтение результатов (пороги анонимности продолжают действовать)
apikey-create-submit = Создать ключ
apikey-list-title = Существующие ключи
apikey-col-name = Название
apikey-col-prefix = Начало ключа
apikey-col-scopes = Права
apikey-col-created = Создан
apikey-col-last-used = Последнее использование
apikey-col-revoked = Отозван
apikey-col-actions = Действия
apikey-revoke = Отозвать
apikey-empty = Ключей API пока нет.
apikey-created-title = Ваш новый ключ API
apikey-created-once = Ключ показывается только один раз. Скопируйте его сейчас и сохраните в секретных настройках интеграции: innerpulse хранит лишь его отпечаток и не сможет показать ключ снова.
apikey-created-label = Ключ «{ $name }»
apikey-created-copy-hint = Выделите ключ и скопируйте его (Ctrl+C или ⌘+C). Передавайте его в заголовке «Authorization: Bearer …».
apikey-created-done = Я скопировал ключ
apikey-revoke-title = Отозвать этот ключ API?
apikey-already-revoked = Ключ «{ $name }» уже отозван.
apikey-revoke-confirm = Интеграции, использующие «{ $name }» (начинается с { $prefix }), сразу перестанут работать. Это действие нельзя отменить.
apikey-error-name-required = Дайте ключу название.
apikey-error-name-too-long = Название может содержать не более 120 символов.
apikey-error-no-scope = Выберите хотя бы одно право.
