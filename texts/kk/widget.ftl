### The widget's own words in Kazakh. { $name } is a value filled in at run time. A date is
### never given a case ending: sentences put «күні» after it («{ $applied } күні өтініш берсеңіз»).

## The language: its name in the language switch, and the locale of its numbers, dates and plural forms

language-name = Қазақша
# Not shown: the BCP 47 locale for Intl (numbers, dates, plural categories).
intl-locale = kk-KZ
# The language switch's accessible name.
language = АХҚО Экспат орталығының тексеру құралының тілі

## Loading, and failing to

loading = Жүктелуде…
load-failed = Тексеру құралы іске қосылмады. Бетті жаңартыңыз немесе АХҚО Экспат орталығына хабарласыңыз.
failed = Қате орын алды. Қайта бастаңыз немесе АХҚО Экспат орталығына хабарласыңыз.

## A question: progress, navigation, the answers so far

question = { $n }-сұрақ
progress = { $answered } сұраққа жауап берілді (барлығы { $total } сұраққа дейін)
continue = Жалғастыру
back = Артқа
start-again = Қайта бастау
change = Өзгерту
# Read after "Change" by screen readers only.
change-hidden = — «{ $question }» сұрағына берілген жауап
your-answers = Сіздің жауаптарыңыз

## Errors: above the question, and in the summary at the top

error-prefix = Қате
error-summary = Қатені түзетіңіз
choose-answer = Жауапты таңдаңыз.
# The message above a question left unanswered, by the fact it asks; choose-answer for any other.
errors =
    .need = Орталықтан не қажет екенін таңдаңыз
    .location = Шетел азаматы қазір қай жерде екенін таңдаңыз
    .citizenship = Елдің атауын енгізіп, тізімнен таңдаңыз
    .stayDays = Осы сапардағы болу мерзімін күнмен енгізіңіз, мысалы, 120
    .role = Адам кім ретінде жұмыс істейтінін таңдаңыз: қызметкер немесе сарапшы
    .term = Виза қандай мерзімге қажет екенін таңдаңыз
    .investmentResident = Инвестор АХҚО инвестициялық резиденті ме, жоқ па – таңдаңыз
    .family = Отбасы мүшелері де келе ме, жоқ па – таңдаңыз
    .branch = Қабылдаушы тарап өкілдік немесе филиал ма, жоқ па – таңдаңыз
    .meetsQualifications = Қызметкер біліктілік талаптарына сай ма, жоқ па – таңдаңыз
    .sameHost = Қабылдаушы тарап бұрынғы тараппен бірдей ме, жоқ па – таңдаңыз
    .category = Виза санатын таңдаңыз
    .visa = Қай визаны ұзарту керек екенін таңдаңыз
    .visaExpires = Визаның қолданылу мерзімі аяқталатын күнді енгізіңіз
    .applicantType = Өтінішті кім беретінін таңдаңыз

## The country, number and date fields

country-hint = Ел атауын тере бастаңыз да, тізімнен таңдаңыз.
country-list = Терілген мәтінге сәйкес елдер
country-matches = Табылған елдер: { $n }.
country-none = Сәйкес ел жоқ.
number-error = { $min } – { $max } аралығындағы бүтін күн санын енгізіңіз, мысалы, 120
number-days = күн
day = Күн
month = Ай
year = Жыл
date-hint = Мысалы, 27 3 2027
date-error = { $min } – { $max } аралығындағы жарамды күнді енгізіңіз

## The outcome at a glance

result = Нәтиже
what-you-need = Не рәсімдеу керек
no-service-title = Орталықта бұл жағдайға арналған қызмет жоқ
if-needed-title = Егер Орталық мұның Сізге қажет екенін растаса
instead-title = Не істеуге болады
alternatives = Орталықтан сұрауға болатын қызметтер
stage = { $n }-кезең (барлығы { $total })
total-to-pay = Төленетін жалпы сома
total-basis = Стандартты нұсқа: алымдар мен мемлекеттік баж
total-basis-fees = Стандартты нұсқа: сервистік алымдар
total-partial = Нұсқаулықта мына қызметтің алымы көрсетілмеген: { $titles }. Ол жалпы сомаға кірмейді.
total-nothing = Сомасын Орталықтан нақтылаңыз
ready-by-label = Дайын болатын күн
ready-no-time = Мерзімін Орталықтан нақтылаңыз
ready-up-to = мемлекеттік орган кідіртсе, ең кеш мерзімі – { $date }
same-day = сол күні
where = Қайда бару керек
where-centre = АХҚО Экспат орталығы, Астана
where-then = содан кейін: { $place }
apply-by = Өтініш берудің соңғы күні
apply-from = { $date } күнінен бастап
documents-label = Құжаттар
# Plural forms on $n, by the CLDR categories of the language.
documents-count = { $n } құжат

## A stage: why, cost and date

why = Бұл қызмет сізге неге қажет
cost-and-date = Құны мен мерзімі
service-fee = Сервистік алым: төмендегі нұсқалардың бірін төлейсіз
state-duty = Мемлекеттік баж
mci-amount = { $mci } АЕК
mci-explained = АЕК – айлық есептік көрсеткіш: { $year } жылы 1 АЕК = { $value }.
step-total = Стандартты нұсқа бойынша барлығы
fees-not-listed = Нұсқаулықта бұл қызметтің сервистік алымы көрсетілмеген.
provisional = Алдын ала
processing = Рәсімдеу мерзімі
ready = Қашан дайын болады
ready-range = { $applied } күні өтініш берсеңіз, { $earliest } – { $latest } аралығында дайын болады.
ready-by = { $applied } күні өтініш берсеңіз, ең кеш мерзімі – { $latest }.
ready-same-day = { $applied } күні өтініш берсеңіз, сол күні жұмыс уақытында дайын болады.
ready-delay = Мемлекеттік орган тарапынан болуы мүмкін кідірісті ({ $days } дейін) ескергенде, ең кеш мерзім: { $date }.
ready-provisional = Сол жылдың мереке күндері әлі толық белгілі емес.

## The dates

timeline-title = Маңызды күндер
# The timeline's moments, by kind.
moments =
    .today = Бүгін
    .apply = Өтініш беру
    .ready = Дайын
    .delay = Мемлекеттік орган кідіртсе – ең кеш мерзім
    .next-step = Содан кейін: { $place } (мерзімі көрсетілмеген)
    .window-opens = Ұзартуға өтініш берудің бірінші күні
    .window-closes = Ұзартуға өтініш берудің соңғы күні
    .expires = Визаның қолданылу мерзімі аяқталатын күн
# A moment of one stage when there are several: { $text } is a moment above.
of-stage = { $text } ({ $n }-кезең)
# Where the step after the Centre happens, by place.
places =
    .embassy-or-airport = Қазақстан елшілігі немесе халықаралық әуежай
    .embassy = Қазақстан елшілігі
no-date = күні белгісіз
after-ready = Дайын болғаннан кейін

## A stage: about it, and its documents

about-service = Қызмет туралы
how-to-apply = Өтінішті қалай беру керек
documents = Құжаттар ({ $n })
documents-hint = Дайын болған құжатты белгілеп отырыңыз.
# A checklist's groups, by who provides the documents.
groups =
    .company = Компаниядан
    .applicant = Өтініш берушіден
    .family = Отбасы мүшелері үшін
    .advice = Білген жөн
if-any = егер бар болса
optional = міндетті емес
notes = Ескертпелер
source = Дереккөз: { $section }

## An extension's window

extension = Ұзартуға қашан өтініш беру керек
expires = Визаның қолданылу мерзімі аяқталатын күн
window-first = Өтініш берудің бірінші күні
window-last = Өтініш берудің соңғы күні
add-to-calendar = Осы күндерді күнтізбеме қосу (.ics)
calendar-file = визаны-ұзарту-{ $iso }

## Websites, print and the link to the result

act-title = Қажет болатын сайттар
more-about = Қызмет туралы толығырақ
print = Тізімді басып шығару
copy-link = Сілтемені көшіру
link-copied = Сілтеме көшірілді.
link-copy-manually = Төмендегі сілтемені көшіріңіз.
link-label = Осы нәтижеге сілтеме
print-made = Тізім { $date } күні АХҚО Экспат орталығының тексеру құралымен жасалды.
print-link = Бұл нәтиже желіде: { $url }

## The Centre's office

office = АХҚО Экспат орталығымен байланыс
hours = Жұмыс уақыты
phones = Телефон
line-open = қазір қоңырау қабылдайды
line-closed = қазір қоңырау қабылдамайды
calls-hours = қоңырау қабылдау уақыты: { $hours }
email = Эл. пошта
address = Мекенжай

## Announced to screen readers

announce-outcome = Нәтиже: { $titles }.
announce-no-service = Нәтиже: { $reason }
announce-fact = { $label }: { $value }.

## Durations

working-days = { $n } жұмыс күні
working-days-range = { $min }–{ $max } жұмыс күні
# Мемлекеттік органның кідірісі, ready-delay ішінде: «күнтізбелік 30 күнге дейін».
delay-days = күнтізбелік { $n } күнге
minutes = { $n } минут
minutes-range = { $min }–{ $max } минут

## Month names, for a long date where the browser has no calendar data for the language

# $month is 1 to 12 (a select needs a default: December).
month-name =
    { $month ->
        [1] қаңтар
        [2] ақпан
        [3] наурыз
        [4] сәуір
        [5] мамыр
        [6] маусым
        [7] шілде
        [8] тамыз
        [9] қыркүйек
        [10] қазан
        [11] қараша
       *[12] желтоқсан
    }
long-date = { $year } ж. { $day } { $month }
