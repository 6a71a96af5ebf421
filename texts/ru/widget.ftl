### The widget's own words in Russian. { $name } is a value filled in at run time; a date
### ending in «г.» takes no second full stop from the sentence around it.

## The language: its name in the language switch, and the locale of its numbers, dates and plural forms

language-name = Русский
# Not shown: the BCP 47 locale for Intl (numbers, dates, plural categories).
intl-locale = ru-RU
# The language switch's accessible name.
language = Язык проверки Экспат-центра МФЦА

## Loading, and failing to

loading = Загрузка…
load-failed = Не удалось запустить проверку. Обновите страницу или свяжитесь с Экспат-центром МФЦА.
failed = Что-то пошло не так. Начните заново или свяжитесь с Экспат-центром МФЦА.

## A question: progress, navigation, the answers so far

question = Вопрос { $n }
progress = Отвечено вопросов: { $answered }, всего до { $total }
continue = Продолжить
back = Назад
start-again = Начать заново
change = Изменить
# Read after "Change" by screen readers only.
change-hidden = ответ на вопрос: { $question }
your-answers = Ваши ответы

## Errors: above the question, and in the summary at the top

error-prefix = Ошибка
error-summary = Исправьте ошибку
choose-answer = Выберите ответ.
# The message above a question left unanswered, by the fact it asks; choose-answer for any other.
errors =
    .need = Выберите, что вам нужно от Центра
    .location = Выберите, где сейчас находится иностранный гражданин
    .citizenship = Введите страну гражданства и выберите её из списка
    .stayDays = Введите срок этого пребывания в днях, например 120
    .role = Выберите, работает ли человек как работник или как эксперт
    .term = Выберите, на какой срок нужна виза
    .investmentResident = Выберите, является ли инвестор инвестиционным резидентом МФЦА
    .family = Выберите, приезжают ли члены семьи
    .branch = Выберите, является ли принимающая сторона представительством или филиалом
    .meetsQualifications = Выберите, соответствует ли работник квалификационным требованиям
    .sameHost = Укажите, осталась ли принимающая сторона прежней
    .category = Выберите категорию визы
    .visa = Выберите, какую визу нужно продлить
    .visaExpires = Введите дату окончания срока действия визы
    .applicantType = Выберите, кто подаёт заявление

## The country, number and date fields

country-hint = Начните вводить название страны и выберите её из списка.
country-list = Страны, соответствующие запросу
country-matches = Найдено стран: { $n }.
country-none = Совпадений нет.
number-error = Введите целое число дней от { $min } до { $max }, например 120
number-days = дн, день, дня, дней
day = День
month = Месяц
year = Год
date-hint = Например, 27 3 2027
date-error = Дата должна быть не раньше { $min } и не позже { $max }

## The outcome at a glance

result = Результат
what-you-need = Что нужно оформить
no-service-title = У Центра нет услуги для этого случая
if-needed-title = Если Центр подтвердит, что это вам нужно
instead-title = Что можно сделать
alternatives = Услуги, о которых можно спросить в Центре
stage = Этап { $n } из { $total }
total-to-pay = Итого к оплате
total-basis = Стандартный вариант: сборы и госпошлина
total-basis-fees = Стандартный вариант: сервисные сборы
total-partial = В руководстве не указан сбор за: { $titles }. В итог он не входит.
total-nothing = Сумму уточните в Центре
ready-by-label = Срок готовности
ready-no-time = Срок уточните в Центре
ready-up-to = до { $date } при задержке со стороны государственного органа
same-day = в тот же день
where = Куда обращаться
where-centre = Экспат-центр МФЦА, Астана
where-then = затем { $place }
apply-by = Подать до
apply-from = начиная с { $date }
documents-label = Документы
# Plural forms on $n, by the CLDR categories of the language.
documents-count =
    { $n ->
        [one] { $n } документ
        [few] { $n } документа
        [many] { $n } документов
       *[other] { $n } документа
    }

## A stage: why, cost and date

why = Почему вам нужна эта услуга
cost-and-date = Стоимость и срок
service-fee = Сервисный сбор: выберите один из вариантов
state-duty = Государственная пошлина
mci-amount = { $mci } МРП
mci-explained = МРП — месячный расчётный показатель: 1 МРП = { $value } в { $year } году.
step-total = Итого по стандартному варианту
fees-not-listed = В руководстве сервисный сбор за эту услугу не указан.
provisional = Предварительно
processing = Срок оформления
ready = Когда будет готово
ready-range = Если подать заявление { $applied }, результат будет готов в период с { $earliest } по { $latest }.
ready-by = Если подать заявление { $applied }, результат будет готов к { $latest }.
ready-same-day = Если подать заявление { $applied }, услуга оказывается в тот же день в рабочее время.
ready-delay = Не позднее { $date } с учётом возможной задержки со стороны государственного органа (до { $days }).
ready-provisional = Не все праздничные дни этого года ещё известны.

## The dates

timeline-title = Ключевые даты
# The timeline's moments, by kind.
moments =
    .today = Сегодня
    .apply = Подача заявления
    .ready = Готово
    .delay = Крайний срок при задержке госоргана
    .next-step = Затем: { $place } (срок не указан)
    .window-opens = Первый день подачи заявления на продление
    .window-closes = Последний день подачи заявления на продление
    .expires = Срок действия визы истекает
# A moment of one stage when there are several: { $text } is a moment above.
of-stage = { $text } (этап { $n })
# Where the step after the Centre happens, by place.
places =
    .embassy-or-airport = посольство Казахстана или международный аэропорт
    .embassy = посольство Казахстана
no-date = дата не определена
after-ready = После готовности

## A stage: about it, and its documents

about-service = Об услуге
how-to-apply = Как подать заявление
documents = Документы ({ $n })
documents-hint = Отмечайте документ, когда он готов.
# A checklist's groups, by who provides the documents.
groups =
    .company = От компании
    .applicant = От заявителя
    .family = Для членов семьи
    .advice = Полезно знать
if-any = при наличии
optional = по желанию
notes = Примечания
source = Источник: { $section }

## An extension's window

extension = Когда подавать заявление на продление
expires = Срок действия визы истекает
window-first = Первый день подачи
window-last = Последний день подачи
add-to-calendar = Добавить эти даты в мой календарь (.ics)
calendar-file = продление-визы-{ $iso }

## Websites, print and the link to the result

act-title = Сайты, которые понадобятся
more-about = Подробнее об услуге
print = Распечатать список
copy-link = Скопировать ссылку
link-copied = Ссылка скопирована.
link-copy-manually = Скопируйте ссылку ниже.
link-label = Ссылка на этот результат
print-made = Список составлен { $date } с помощью проверки Экспат-центра МФЦА.
print-link = Этот результат онлайн: { $url }

## The Centre's office

office = Контакты Экспат-центра МФЦА
hours = Часы работы
phones = Телефон
line-open = сейчас звонки принимаются
line-closed = сейчас звонки не принимаются
calls-hours = приём звонков: { $hours }
email = Эл. почта
address = Адрес

## Announced to screen readers

announce-outcome = Результат: { $titles }.
announce-no-service = Результат: { $reason }
announce-fact = { $label }: { $value }.

## Durations

working-days =
    { $n ->
        [one] { $n } рабочий день
        [few] { $n } рабочих дня
        [many] { $n } рабочих дней
       *[other] { $n } рабочего дня
    }
working-days-range = от { $min } до { $max } рабочих дней
# Задержка государственного органа в ready-delay, после «до»: родительный падеж.
delay-days =
    { $n ->
        [one] { $n } календарного дня
       *[other] { $n } календарных дней
    }
minutes =
    { $n ->
        [one] { $n } минута
        [few] { $n } минуты
        [many] { $n } минут
       *[other] { $n } минуты
    }
minutes-range = от { $min } до { $max } минут

## Month names, for a long date where the browser has no calendar data for the language

# $month is 1 to 12 (a select needs a default: December). In the genitive: the name sits in a
# date («18 января 2026 г.»), never alone. Every browser has Russian months today, so this is a
# fallback that is not shown.
month-name =
    { $month ->
        [1] января
        [2] февраля
        [3] марта
        [4] апреля
        [5] мая
        [6] июня
        [7] июля
        [8] августа
        [9] сентября
        [10] октября
        [11] ноября
       *[12] декабря
    }
long-date = { $day } { $month } { $year } г.
