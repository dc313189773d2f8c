### innerpulse — управление организацией (отделы, сотрудники, импорт CSV), русский.

## Departments

departments-title = Отделы
departments-intro = Организация в виде дерева. Отделы оказывают услуги друг другу и выступают клиентами в опросах.
departments-empty = Отделов пока нет. Добавьте первый ниже или импортируйте организацию из CSV-файла.
department-name = Название
department-employees = Активные сотрудники
department-parent = Вышестоящий отдел
department-no-parent = Нет (верхний уровень)
department-create-title = Добавить отдел
department-rename-title = Переименовать
department-move-title = Переместить в дереве
department-move-submit = Переместить
department-delete-title = Удалить отдел
department-notice-created = Отдел добавлен.
department-notice-renamed = Отдел переименован.
department-notice-moved = Отдел перемещён.
department-notice-deleted = Отдел удалён.
department-name-invalid = Введите название длиной не более { $max } символов.
department-name-taken = Отдел с таким названием уже есть. Выберите другое название.
department-not-found = Такого отдела нет.
department-parent-not-found = Выбранный вышестоящий отдел не существует.
department-move-loop = Отдел нельзя переместить внутрь самого себя или одного из своих подотделов.
department-in-use = Этот отдел нельзя удалить, пока у него остаются: { $what }. Сначала переместите или удалите их.
department-left-employees = { $count ->
    [one] { $count } сотрудник
    [few] { $count } сотрудника
    [many] { $count } сотрудников
   *[other] { $count } сотрудника
    }
department-left-sub-departments = { $count ->
    [one] { $count } подотдел
    [few] { $count } подотдела
    [many] { $count } подотделов
   *[other] { $count } подотдела
    }
department-left-relationships = { $count ->
    [one] { $count } связь по услугам
    [few] { $count } связи по услугам
    [many] { $count } связей по услугам
   *[other] { $count } связи по услугам
    }
department-left-accounts = { $count ->
    [one] { $count } связанная учётная запись
    [few] { $count } связанные учётные записи
    [many] { $count } связанных учётных записей
   *[other] { $count } связанной учётной записи
    }

## Employees

employees-title = Сотрудники
employees-search = Поиск по имени или адресу электронной почты
employees-all-departments = Все отделы
employees-status = Статус
employees-status-all = Все
employees-count = { $count ->
    [one] { $count } сотрудник
    [few] { $count } сотрудника
    [many] { $count } сотрудников
   *[other] { $count } сотрудника
    }
employees-empty = Сотрудников пока нет. Добавьте их по одному или импортируйте CSV-файл.
employees-none-found = По вашему запросу сотрудники не найдены.
pagination-label = Страницы
employee-add = Добавить сотрудника
employee-name = Имя
employee-email = Адрес электронной почты
employee-department = Отдел
employee-choose-department = Выберите отдел
employee-locale = Язык
employee-external-id = Внешний идентификатор (HR-система)
employee-deactivate = Деактивировать
employee-reactivate = Активировать снова
employee-deactivate-confirm = Деактивировать сотрудника { $name }? Он больше не будет получать опросы. Его прежние ответы остаются анонимными и учитываются.
employee-reactivate-confirm = Снова активировать сотрудника { $name }? Он снова будет участвовать в следующих раундах опросов.
employee-notice-created = Сотрудник добавлен.
employee-notice-updated = Изменения сохранены.
employee-notice-deactivated = Сотрудник деактивирован.
employee-notice-reactivated = Сотрудник снова активирован.
employee-email-invalid = Введите корректный адрес электронной почты.
employee-name-invalid = Введите имя длиной не более { $max } символов.
employee-department-missing = Выберите отдел.
employee-locale-invalid = Выберите один из предложенных языков.
employee-external-id-invalid = Внешний идентификатор может содержать не более { $max } символов.
employee-email-taken = Этот адрес электронной почты уже есть у другого сотрудника.
employee-external-id-taken = Этот внешний идентификатор уже есть у другого сотрудника.

## CSV import

import-title = Импорт из CSV
import-upload-title = Загрузить файл
import-help = Первая строка содержит названия столбцов: { $columns } (в любом порядке; email, name и department обязательны). Разделитель — запятая или точка с запятой, кодировка UTF-8.
import-sync-help = Сотрудники сопоставляются по внешнему идентификатору, затем по адресу электронной почты: найденные обновляются, новые создаются, перечисленные неактивные снова активируются, а активные сотрудники, которых нет в файле, деактивируются.
import-file = CSV-файл
import-create-departments = Создать отделы, которых ещё нет
import-confirm-deactivation = Я подтверждаю, что многие сотрудники могут быть деактивированы
import-submit = Импортировать
import-no-file = Выберите CSV-файл.
import-done = Импорт завершён
import-created = Создано сотрудников: { $count }
import-updated = Обновлено сотрудников: { $count }
import-reactivated = Снова активировано сотрудников: { $count }
import-deactivated = Деактивировано сотрудников: { $count }
import-unchanged = Без изменений: { $count }
import-departments-created = Создано отделов: { $count }
import-rejected = Ничего не импортировано. Сначала нужно исправить проблемы: { $count }.
import-line = Строка
import-reason = Проблема
import-confirm-title = Подтвердите деактивацию
import-confirm-text = Этот импорт деактивирует { $count } из { $active } активных сотрудников — больше 20 %. Пока ничего не изменено.
import-confirm-submit = Импортировать и деактивировать сотрудников: { $count }
import-summary-line = Импортировано: создано { $created }, обновлено { $updated }, снова активировано { $reactivated }, деактивировано { $deactivated }, без изменений { $unchanged }, создано отделов { $departments }.

## CSV problems (file)

import-not-utf8 = Файл не является текстом в кодировке UTF-8. Сохраните его как «CSV UTF-8» и попробуйте снова.
import-empty-file = Файл пуст: нужна строка заголовка с названиями столбцов.
import-bad-header = Не удалось прочитать строку заголовка.
import-unknown-columns = Неизвестные столбцы: { $columns }. Допустимые столбцы: { $allowed }.
import-missing-columns = Отсутствуют обязательные столбцы: { $columns }.
import-duplicate-column = Столбец «{ $column }» встречается больше одного раза.

## CSV problems (rows)

import-field-count = Ожидалось полей: { $expected }, найдено: { $found }.
import-unclosed-quote = Поле в кавычках не закрыто.
import-text-after-quote = Неожиданный текст после закрывающей кавычки.
import-empty-email = Адрес электронной почты пуст.
import-bad-email = «{ $value }» — некорректный адрес электронной почты.
import-empty-name = Имя пустое.
import-bad-name = Имя длиннее { $max } символов.
import-empty-department = Отдел не указан.
import-unknown-department = Неизвестный отдел «{ $value }» (выберите «создать отделы», чтобы добавить его).
import-bad-department = Название отдела длиннее { $max } символов.
import-bad-locale = Неизвестный язык «{ $value }» (используйте en, nl, fr, es, ru или pl).
import-bad-external-id = Внешний идентификатор длиннее { $max } символов.
import-control-characters = Столбец { $column } не должен содержать управляющих символов (табуляции, символов смены направления текста).
import-duplicate-email = Адрес { $value } также указан в строке { $first }.
import-duplicate-external-id = Внешний идентификатор { $value } также указан в строке { $first }.
import-same-employee = Эта строка относится к тому же сотруднику, что и строка { $first }.
import-email-taken = Адрес { $value } принадлежит другому сотруднику.
import-needs-confirmation = Этот импорт деактивирует { $count } из { $active } активных сотрудников (больше 20 %); подтвердите, чтобы продолжить.

## Ссылки на опрос, которые всё ещё идут на прежний адрес

employee-links-elsewhere = Открытых ссылок на опрос, которые всё ещё идут на { $addresses }: { $links }. Ссылка сохраняет адрес, который был у сотрудника при открытии раунда.
employee-reissue = Отправить открытые ссылки на текущий адрес
employee-reissue-confirm = Открытых ссылок на опрос сотрудника { $name }, которые идут на { $addresses }: { $links }. При повторной выдаче они уйдут на { $address } с новой ссылкой; старые ссылки перестанут работать, на { $addresses } придёт уведомление, а выдача будет записана в журнале аудита.
employee-reissue-nothing = Все открытые ссылки сотрудника { $name } уже идут на { $address }.
employee-notice-links-reissued = Открытые ссылки на опрос отправлены на текущий адрес; прежний адрес уведомлён.
employee-notice-links-current = Все открытые ссылки на опрос уже идут на текущий адрес.
