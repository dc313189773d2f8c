## Журнал аудита (/admin/audit)

nav-audit = Журнал аудита
audit-title = Журнал аудита
audit-intro = Кто и когда (UTC) изменил сотрудника, отдел, услугу, учётную запись, API-ключ, цикл опросов, анкету или настройку. Записи нельзя изменить или удалить; они удаляются по истечении срока хранения.
audit-filter-kind = Вид
audit-kind-all = Все виды
audit-kind-employee = Сотрудник
audit-kind-department = Отдел
audit-kind-relationship = Услуга
audit-kind-account = Учётная запись
audit-kind-api_key = API-ключ
audit-kind-cycle = Цикл опросов
audit-kind-questionnaire = Анкета
audit-kind-setting = Настройка
audit-filter-search = Объект или человек
audit-filter-since = С
audit-filter-until = По
audit-filter-invalid = Фильтр не удалось прочитать; показаны все записи.
audit-count = { $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}
audit-empty = Пока ничего не записано.
audit-none-found = Ни одна запись не подходит под фильтр.
audit-col-when = Когда (UTC)
audit-col-who = Кто
audit-col-what = Что
audit-col-subject = Объект
audit-col-changes = Было → стало
