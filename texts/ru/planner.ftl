### Слова планировщика команды (<aifc-team-planner>) на русском: перевод texts/en/planner.ftl.

## The page's parts

planner-title = План для команды
planner-intro = Добавьте всех, кому нужны услуги Центра: вставьте таблицу, выберите файл CSV или добавьте людей по одному. Имена остаются на этой странице: проверяются только ответы, в вашем браузере.
planner-load-failed = Не удалось запустить планировщик. Перезагрузите страницу или обратитесь в Экспат-центр МФЦА.
planner-try-again = Попробовать снова
planner-switch-failed = Тексты планировщика на языке «{ $language }» не удалось загрузить, поэтому язык не изменился и все планы сохранены. Попробуйте ещё раз через минуту.
planner-date-refused = Дата { $date }, заданная для планировщика, не подходит для расчёта: планы составлены на сегодня.

## Adding people

planner-add-heading = Добавить людей
planner-paste = Вставьте таблицу (CSV со строкой заголовков)
planner-paste-hint = Скопируйте строки из электронной таблицы вместе со строкой заголовков. Столбцы — как в шаблоне; пустая ячейка — вопрос, на который можно ответить ниже.
planner-read = Добавить вставленные строки
planner-file = Выбрать файл CSV
planner-template = Скачать шаблон
planner-template-file = шаблон-плана-команды
planner-template-hint = В шаблоне и выгрузке столбцы разделены точкой с запятой, а дробная часть отделена запятой: так их открывает Excel с русскими настройками.
planner-add = Добавить человека
planner-clear = Удалить всех
planner-read-count =
    { $n ->
        [one] Добавлен { $n } человек.
        [few] Добавлено { $n } человека.
        [many] Добавлено { $n } человек.
       *[other] Добавлено { $n } человека.
    }
planner-ignored = Не прочитаны столбцы: { $columns }.
planner-no-rows = В таблице нет строк под строкой заголовков.
planner-no-columns = Ни один столбец таблицы не знаком планировщику: первая строка должна быть строкой заголовков, как в шаблоне.
planner-too-many = Не больше { $max } человек за раз: разделите таблицу.
planner-unreadable = Файл не удалось прочитать как текст.
planner-read-1251 = Файл не в кодировке UTF-8: он прочитан как Windows-1251 (кириллица) — так Excel сохраняет CSV в русской и казахской Windows. Если имя выглядит неправильно, сохраните файл как «CSV UTF-8» и выберите его снова.

## The table, one row per person

planner-team = Команда
planner-empty = Пока никого нет. Вставьте таблицу, выберите файл или добавьте человека.
planner-pages = Страницы команды
planner-shown = Люди с { $from } по { $to } из { $total }
planner-previous = Назад
planner-next = Далее
planner-col-number = №
planner-col-name = Имя или метка
planner-col-answers = Ответы
planner-col-result = Результат
planner-person = Человек { $n }
planner-remove = Удалить
planner-remove-person = Удалить: { $name }
planner-remove-answer = Удалить ответ на вопрос «{ $question }» ({ $name })
planner-answer = Ответить
planner-choose = Выберите…
planner-state =
    .outcome = Запланировано
    .question = Нужны ответы
    .error = Проверьте ответы
planner-refused = Не принят
planner-errors =
    .invalid-answer = Один из ответов планировщик не принимает (отмечен «Не принят»): удалите его и ответьте на вопрос снова.
    .invalid-date = Дата не существует или выходит за пределы известных планировщику дат: удалите её и ответьте снова.
    .invalid-request = Эту строку не удалось прочитать: удалите её ответы и ответьте снова.
    .too-large = В строке слишком много текста: сократите его.
    .internal = Со строкой что-то пошло не так. Попробуйте ещё раз.
planner-services = Услуги
planner-total = Итого
planner-ready = Срок готовности
planner-no-service = Ни одна услуга Центра не подходит.
planner-provisional = Предварительно: МРП на год подачи заявления ещё не установлен.
planner-incomplete = Без сборов, которые не указаны в руководстве.

## The team's totals

planner-totals = Итого по команде
planner-count-people = Число людей
planner-count-planned = С планом
planner-count-questions = Нужны ответы
planner-count-errors = Нужно проверить ответы
planner-team-total = Итого к оплате по стандартному варианту
planner-by-service = По услугам
planner-col-service = Услуга
planner-col-count = Число людей
planner-col-kzt = Сумма
planner-per-person = В руководстве не сказано, платит ли сборы каждый член семьи. Здесь сборы каждой строки учтены один раз: члены семьи учтены, только если у них есть своя строка. Уточните в Центре.

## The dates

planner-timeline = Сроки готовности
planner-timeline-none = Пока ни у кого нет плана.
planner-today = Сегодня

## Taking the plan away

planner-export = Скачать CSV
planner-export-file = план-команды
planner-print = Распечатать план
planner-csv-state = Статус
planner-csv-services = Услуги
planner-csv-amount = Сумма к оплате
planner-csv-total = Итого, тенге
planner-csv-ready = Срок готовности
planner-csv-note = Следующий вопрос или проблема

## The CSV columns, by the fact each holds

planner-columns =
    .need = Что нужно
    .location = Где сейчас
    .citizenship = Гражданство
    .stayDays = Пребывание, дней
    .role = Роль
    .term = Срок
    .investmentResident = Инвестиционный резидент
    .category = Категория
    .family = Семья
    .branch = Филиал
    .meetsQualifications = Квалификация
    .sameHost = Та же принимающая сторона
    .visa = Продлеваемая виза
    .visaExpires = Окончание срока действия визы
    .applicantType = Заявитель

## A cell read from a table that was not taken (the row says why, then asks the question)

planner-held =
    .unknown = «{ $given }» — не один из ответов на этот вопрос.
    .not-a-date = «{ $given }» не удаётся прочитать как дату.
    .not-a-number = «{ $given }» — не число дней.
    .refused = «{ $given }» прочитано как { $read }, но такой ответ на этот вопрос не принимается.
    .ambiguous = «{ $given }» можно прочитать двумя способами.
planner-held-choose = Выберите ответ ниже.
planner-held-which = Какой из них верный?
planner-held-tag =
    .unread = Не прочитано
    .ambiguous = Два прочтения
planner-announce = { $name }: { $state }

## An extension's dates, fees the guide does not give, people to confirm first (issue 25)

planner-apply-by = Последний день подачи
planner-apply-from = Первый день подачи
planner-expires = Срок действия визы истекает
planner-ask-fee = Сумму уточните в Центре
planner-ask-fee-of = Сбор уточните в Центре: { $titles }
planner-to-confirm = Уточнить
planner-to-confirm-hint = Сначала уточните в Центре: не входит в общую сумму команды.
planner-unpriced-people =
    { $n ->
        [one] Сборы уточните в Центре ({ $n } человек): в сумму не вошли.
        [few] Сборы уточните в Центре ({ $n } человека): в сумму не вошли.
       *[other] Сборы уточните в Центре ({ $n } человек): в сумму не вошли.
    }
planner-to-confirm-people =
    { $n ->
        [one] Сначала уточните в Центре ({ $n } человек), в сумму не вошло:
        [few] Сначала уточните в Центре ({ $n } человека), в сумму не вошло:
       *[other] Сначала уточните в Центре ({ $n } человек), в сумму не вошло:
    }
planner-dates-heading = Даты: готовность, последний день подачи, окончание визы
planner-timeline-ready = срок готовности
planner-timeline-apply-by = последний день подачи
planner-timeline-expires = виза истекает
planner-csv-apply-from = Первый день подачи
planner-csv-apply-by = Последний день подачи
planner-csv-ask = Уточнить в Центре

## Many people at a glance: a planned row closed to one line, and filters (issue 26)

planner-details-of = Подробнее: { $name }
planner-filter = Показать
planner-filter-all = Всех
planner-filter-planned = Запланированных
planner-filter-asking = Нужны ответы
planner-filter-check = Проверить

## Input words: read, never shown (issue 28)

# What people write in a team's table (a pasted sheet, a chosen file, a row's typed answer) that
# the planner reads as an answer (src/planner/read.js). ACCEPTED, NEVER SHOWN: these are not texts
# to translate or polish. Each language lists the words its own speakers write, not a translation
# of English's; every language's words are read in every sheet, in any case, with or without
# accents (й as и, ё as е). Words are separated by commas. Add a form people write; never remove or
# "improve" one: sheets that use it would no longer be read (tests/js/planner-read.test.mjs lists
# every word). .yes and .no: a yes/no answer; .abroad: outside Kazakhstan, in the "where now"
# column; .days: the unit after a number of days ("120 days"); .months, .years and .upTo: the words
# of a term, one word each ("up" of "up to"); .dateYear: the year's abbreviation after a date
# ("18.12.2026 г."), matched as written (case kept), { "" } where a language writes none.
planner-input-words =
    .yes = да, д
    .no = нет, н
    .abroad = за рубежом, за границей, за пределами РК
    .days = дн, день, дня, дней, сут, суток
    .months = мес, месяц, месяца, месяцев
    .years = г, год, года, лет
    .upTo = до, максимум
    .dateYear = г
