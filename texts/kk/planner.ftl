### Команда жоспарлаушысының сөздері (<aifc-team-planner>) қазақ тілінде: texts/en/planner.ftl аудармасы.

## The page's parts

planner-title = Команданың жоспары
planner-intro = Орталық қызметтері қажет барлық адамды қосыңыз: кестені қойыңыз, CSV файлын таңдаңыз немесе адамдарды бір-бірден қосыңыз. Аты-жөндер осы бетте қалады: тек жауаптар ғана сіздің браузеріңізде тексеріледі.
planner-load-failed = Жоспарлаушы іске қосылмады. Бетті қайта жүктеңіз немесе АХҚО Экспат орталығына хабарласыңыз.
planner-try-again = Қайта көру
planner-switch-failed = Жоспарлаушының «{ $language }» тіліндегі мәтіндері жүктелмеді, сондықтан тіл өзгермеді, барлық жоспар сақталды. Біраздан кейін қайта көріңіз.
planner-date-refused = Жоспарлаушыға берілген { $date } күні бойынша жоспар құру мүмкін емес: жоспарлар бүгінгі күнге жасалды.

## Adding people

planner-add-heading = Адамдарды қосу
planner-paste = Кестені қойыңыз (тақырып жолы бар CSV)
planner-paste-hint = Электрондық кестедегі жолдарды тақырып жолымен бірге көшіріңіз. Бағандар үлгідегідей; бос ұяшық – төменде жауап беруге болатын сұрақ.
planner-read = Қойылған жолдарды қосу
planner-file = CSV файлын таңдау
planner-template = Үлгіні жүктеп алу
planner-template-file = команда-жоспарының-үлгісі
planner-template-hint = Үлгі мен жүктелетін файлда бағандар нүктелі үтірмен бөлінеді, бөлшек бөлігі үтірмен жазылады: Excel орыс немесе қазақ тілі баптауларымен оларды осылай ашады.
planner-add = Адам қосу
planner-clear = Барлығын жою
planner-read-count = { $n } адам қосылды.
planner-ignored = Оқылмаған бағандар: { $columns }.
planner-no-rows = Кестеде тақырып жолынан кейін жол жоқ.
planner-no-columns = Кестенің бірде-бір бағанын жоспарлаушы оқымайды: бірінші жол үлгідегідей тақырып жолы болуы керек.
planner-too-many = Бір реттегі ең көп адам саны – { $max }: кестені бөліңіз.
planner-unreadable = Файлды мәтін ретінде оқу мүмкін болмады.
planner-read-1251 = Файл UTF-8 кодтауында емес: ол Windows-1251 (кирилл) ретінде оқылды – Excel орыс және қазақ Windows жүйесінде CSV файлын осылай сақтайды. Аты-жөн дұрыс көрінбесе, файлды «CSV UTF-8» ретінде сақтап, қайта таңдаңыз.

## The table, one row per person

planner-team = Команда
planner-empty = Әзірге ешкім жоқ. Кестені қойыңыз, файлды таңдаңыз немесе адам қосыңыз.
planner-pages = Команда беттері
planner-shown = { $total } адамның { $from }–{ $to } аралығы
planner-previous = Алдыңғы
planner-next = Келесі
planner-col-number = №
planner-col-name = Аты-жөні немесе белгісі
planner-col-answers = Жауаптар
planner-col-result = Нәтиже
planner-person = { $n }-адам
planner-remove = Жою
planner-remove-person = Жою: { $name }
planner-remove-answer = «{ $question }» сұрағына берілген жауапты жою ({ $name })
planner-answer = Жауап беру
planner-choose = Таңдаңыз…
planner-state =
    .outcome = Жоспарланды
    .question = Жауаптар қажет
    .error = Жауаптарды тексеріңіз
planner-refused = Қабылданбады
planner-errors =
    .invalid-answer = Жауаптардың бірін жоспарлаушы қабылдамайды («Қабылданбады» деп белгіленген): оны жойып, сұраққа қайта жауап беріңіз.
    .invalid-date = Күн жарамсыз немесе жоспарлаушыға белгілі күндерден тыс: оны жойып, қайта жауап беріңіз.
    .invalid-request = Бұл жолды оқу мүмкін болмады: оның жауаптарын жойып, қайта жауап беріңіз.
    .too-large = Бұл жолда мәтін тым көп: оны қысқартыңыз.
    .internal = Бұл жолда қате шықты. Қайталап көріңіз.
planner-services = Қызметтер
planner-total = Барлығы
planner-ready = Дайын болатын күн
planner-no-service = Орталықтың бірде-бір қызметі сәйкес келмейді.
planner-provisional = Алдын ала: өтініш берілетін жылға арналған АЕК әлі бекітілмеген.
planner-incomplete = Нұсқаулықта көрсетілмеген алымдарсыз.

## The team's totals

planner-totals = Команда бойынша барлығы
planner-count-people = Адам саны
planner-count-planned = Жоспары бар
planner-count-questions = Жауаптар қажет
planner-count-errors = Жауаптарды тексеру қажет
planner-team-total = Стандартты нұсқа бойынша төленетін жалпы сома
planner-by-service = Қызметтер бойынша
planner-col-service = Қызмет
planner-col-count = Адам саны
planner-col-kzt = Сомасы
planner-per-person = Отбасы мүшелерінің әрқайсысы алым төлей ме, нұсқаулықта айтылмаған. Мұнда әр жолдың алымдары бір рет есептелді: отбасы мүшелері өз жолы болса ғана есептеледі. Орталықтан нақтылаңыз.

## The dates

planner-timeline = Дайын болатын күндер
planner-timeline-none = Әзірге ешкімнің жоспары жоқ.
planner-today = Бүгін

## Taking the plan away

planner-export = CSV ретінде жүктеп алу
planner-export-file = команданың-жоспары
planner-print = Жоспарды басып шығару
planner-csv-state = Күйі
planner-csv-services = Қызметтер
planner-csv-amount = Төленетін сома
planner-csv-total = Барлығы, теңге
planner-csv-ready = Дайын болатын күн
planner-csv-note = Келесі сұрақ немесе мәселе

## The CSV columns, by the fact each holds

planner-columns =
    .need = Не қажет
    .location = Қазір қайда
    .citizenship = Азаматтығы
    .stayDays = Болу мерзімі, күн
    .role = Рөлі
    .term = Мерзімі
    .investmentResident = Инвестициялық резидент
    .category = Санаты
    .family = Отбасы
    .branch = Филиал
    .meetsQualifications = Біліктілік
    .sameHost = Қабылдаушы тарап бірдей ме
    .visa = Ұзартылатын виза
    .visaExpires = Визаның қолданылу мерзімі аяқталатын күн
    .applicantType = Өтініш беруші

## A cell read from a table that was not taken (the row says why, then asks the question)

planner-held =
    .unknown = «{ $given }» бұл сұрақтың жауаптарының бірі емес.
    .not-a-date = «{ $given }» жазбасын күн ретінде оқу мүмкін емес.
    .not-a-number = «{ $given }» күндер саны емес.
    .refused = «{ $given }» { $read } деп оқылды, бірақ бұл сұраққа мұндай жауап қабылданбайды.
    .ambiguous = «{ $given }» екі түрлі оқылады.
planner-held-choose = Жауапты төменнен таңдаңыз.
planner-held-which = Қайсысы дұрыс?
planner-held-tag =
    .unread = Оқылмады
    .ambiguous = Екі түрлі оқылады
planner-announce = { $name }: { $state }

## An extension's dates, fees the guide does not give, people to confirm first (issue 25)

planner-apply-by = Өтініш берудің соңғы күні
planner-apply-from = Өтініш берудің бірінші күні
planner-expires = Визаның қолданылу мерзімі аяқталатын күн
planner-ask-fee = Сомасын Орталықтан нақтылаңыз
planner-ask-fee-of = Алымын Орталықтан нақтылаңыз: { $titles }
planner-to-confirm = Нақтылау қажет
planner-to-confirm-hint = Алдымен Орталықтан нақтылаңыз: команданың жалпы сомасына қосылмады.
planner-unpriced-people = Алымдарын Орталықтан нақтылаңыз ({ $n } адам): сомаға қосылмады.
planner-to-confirm-people = Алдымен Орталықтан нақтылаңыз ({ $n } адам), сомаға қосылмады:
planner-dates-heading = Күндер: дайын болатын күн, өтініш берудің соңғы күні, визаның мерзімі
planner-timeline-ready = дайын болатын күн
planner-timeline-apply-by = өтініш берудің соңғы күні
planner-timeline-expires = визаның мерзімі аяқталады
planner-csv-apply-from = Өтініш берудің бірінші күні
planner-csv-apply-by = Өтініш берудің соңғы күні
planner-csv-ask = Орталықтан нақтылау

## Many people at a glance: a planned row closed to one line, and filters (issue 26)

planner-details-of = Толығырақ: { $name }
planner-filter = Көрсету
planner-filter-all = Барлығы
planner-filter-planned = Жоспарланғандар
planner-filter-asking = Жауаптар қажет
planner-filter-check = Тексеру қажет

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
    .yes = иә, ия
    .no = жоқ, жок
    .abroad = шетелде, шет елде
    .days = күн, кун
    .months = ай, айға, айга
    .years = жыл, жылға, жылга, жылдан, жылдық, жылдык
    .upTo = дейін, дейин
    .dateYear = { "" }
